"""probe63 corpus notes, N08-N14 (telehealth video, phone triage, patient portal; all invented)."""

N08 = {"patient_id": "N08", "age": 61, "sex": "M", "notes": [
("2025-04-10", "Telehealth Video Visit", """
VIDEO VISIT - primary care
Location: pt at home (Kettering), clinician at Dayton clinic. Verbal consent for telehealth. Wife present.

61 M. Kidneys: CKD4, last eGFR 19, no dialysis yet (nephrologist Dr Pak). Clot behind the L knee (popliteal DVT) found 01/06/2025 -> warfarin plus a knee-high 20-30 compression sock for the L leg, both from that day. The sock's elastic top "bites" the upper calf, he says, and leaves a deep red dent each evening. Roughly six weeks back a painful purple blotch showed up on that very dent; it has opened into a sore with a black floor. Afebrile. Sugar normal, no DM. Weighs 112 kg (BMI 35.0).

Video: L upper posterior-lateral calf, horizontal ulcer ~5 x 2 cm following the band line, black adherent base, violaceous livedo extending above and below. R leg normal. Mild L ankle edema.

A/P: ulcer at compression band on the L calf, CKD4 on warfarin - pressure injury vs calciphylaxis vs venous ulcer. Calciphylaxis can occur without dialysis and warfarin raises the odds.
- stocking off for now, leg elevation
- INR, Ca, phos, PTH, albumin
- urgent derm (bx)
G. Whitcombe MD
"""),
("2025-04-11", "Phone Triage", """
Triage note - incoming call from pt
Pain in L calf wound "10 out of 10" overnight, couldn't sleep. No fever, no spreading redness, no chest pain/SOB. Took acetaminophen 1 g.
Per protocol (wound pain, no red flags) -> same day callback from provider. Dr Whitcombe called in tramadol 50 mg (renal dosing) and confirmed derm bx 4/22. Pt ok with plan.
INR from yesterday 3.4 - anticoag clinic notified.
J. Sorensen RN
"""),
("2025-04-29", "Dermatology Video Follow-up", """
Dermatology telehealth - results
Pt at home, wife present, consent given.
4mm punch bx (4/22, margin of the L calf ulcer): medial calcification of subcutaneous arterioles, microthrombi, septal and lobular necrosis. Diagnosis: calciphylaxis in CKD 4, not on dialysis.
The ulcer traces the line where his compression stocking's top band pressed from early January onwards; the steady squeeze at that ring is, in my view, why it appeared there.
Plan: warfarin out, apixaban in (anticoag clinic agrees); STS infusions thrice weekly at the outpatient infusion suite; no compression on that leg; wound clinic.
BMI 35.0.
E. Lindgren MD
"""),
]}

N09 = {"patient_id": "N09", "age": 58, "sex": "F", "notes": [
("2018-06-04", "Patient Portal Message", """
Subject: spot on leg
i have a really tender hard spot on my LEFT thigh, outer side, maybe 2 inches, purple color and lumpy. its weird because i only ever do my insulin pen in my RIGHT thigh, never the left, thats been my routine for like 15 yrs. no fall or anything. dialysis nurse said message you. can i get a video apt this week
Gwen F
"""),
("2018-06-05", "Telehealth Video Visit", """
Tele-video visit (pt at home in Tulsa, provider in clinic). Pt consents.

58F. ESRD - hemodialysis Tues, Thurs, Sat. Type 2 DM, NPH 28 am / 16 pm, and every dose goes into the right anterior thigh. Obese, BMI 35.2 by the last dialysis weight. Never anticoagulated.
L lateral thigh: tender lump first felt ~10 days ago, now discolored. She denies any knock, any hot or cold pack, any shot on that side.

Camera exam: L lateral thigh - firm-looking violaceous plaque ~5 cm wide, livedoid edge, skin unbroken so far. R anterior thigh, her injection territory: soft lipohypertrophy, normal colour, no lesion.

A: tender livedoid induration of the L thigh, dialysis pt. R/O calciphylaxis; panniculitis is the other thought.
P: derm bx, check Ca/phos/PTH, pain control.
B. Halvorsen NP
"""),
("2018-06-26", "Nephrology Video Follow-up", """
Video f/u after bx. Pt at home.
Skin bx L thigh 6/14 returned: calciphylaxis - mural calcium, thrombus, necrotic fat. A small central eschar has now formed (seen on camera).
Her injection area on the R thigh remains clear; no lesion there.
Wt down, BMI now 33.8.
Plan: STS 25 g to be infused after every HD run, calcium carbonate swapped for sevelamer, cinacalcet; wound care.
T. Olabode MD
"""),
]}

N10 = {"patient_id": "N10", "age": 69, "sex": "M", "notes": [
("2021-05-24", "Phone Triage", """
RN TELEPHONE TRIAGE
Caller: pt (Lionel Batiste)
Reason: on 5/20 the Buick door swung into his left shin - "right on the bad sore I already had." He says that sore dates from the beginning of May. Now oozing a little blood from the lower edge, more painful.
On warfarin (afib). Dialysis M/W/F. No fever.
Disposition: video visit within 24 h - booked w/ NP Castellanos tomorrow AM. Apply gauze, no tight wraps.
R. Ibekwe RN
"""),
("2021-05-25", "Telehealth Video Visit", """
Video telehealth - pt at home w/ granddaughter helping with the camera. Consent obtained.

69 M. Hemodialysis for ESRD. AF - warfarin, INR goal 2-3. Non-diabetic. BMI 26.3.
L anterior shin lesion: onset 05/03/2021 - a sore purple patch he spotted coming out of the shower, with no injury beforehand (he is certain: "nothing hit it, I'd remember"). It slowly turned black. Then on 05/20/2021 the same shin met the car door, which tore the lower edge of the scab.

Video: L mid-anterior shin, black eschar about 4 cm, retiform purpura all round, a small fresh superficial tear at the inferior margin with a little dried blood. R shin normal.

Imp: painful necrotic lesion L shin preceding the knock - suspect calciphylaxis; the car door injury came 17 days after onset.
Plan: bx (6/8), protect shin w/ padding, check INR.
N. Castellanos NP
"""),
("2021-06-15", "Nephrology Video Visit", """
Telehealth - nephrology. Pt home.
Bx L shin 6/8/2021: calciphylaxis, confirmed. Warfarin being changed to apixaban (cardiology agrees).
Eschar stable; the small tear from the car door has closed.
Start STS w/ HD Wednesday. Stop calcium acetate.
F. Mbatha MD
"""),
]}

N11 = {"patient_id": "N11", "age": 64, "sex": "F", "notes": [
("2019-09-09", "Telehealth Video Visit", """
VIDEO VISIT
Pt at home (Macon); her home health aide holds the phone. I'm in the office. Consent given.

64 F. ESRD, on CAPD - four bags a day. T2DM: glargine + aspart, given by the aide into the upper arms (both, alternating). Knee OA: ice packs on both knees daily since 2017. Morbid obesity, BMI 44.6.
Since about 8/25 two painful, dark, hard areas on the lower belly under the pannus fold.

Video (limited by positioning): central lower abdomen / pannus - two necrotic plaques, the bigger 3 cm, the other 2 cm, black centres, purple lacy edges. Both knees: normal skin, mild swelling. Upper arms: no discoloration.

A: necrotic pannus plaques in PD pt, obese, diabetic - suspected calciphylaxis.
P: derm bx 9/24, wound consult, hold calcium carbonate.
V. Okwuosa MD
"""),
("2019-09-30", "Phone Call - Results", """
Called pt w/ bx results. Bx 9/24 pannus plaque: calciphylaxis.
Explained diagnosis, treatment options (STS, binder changes, pain control, wound care). Pt asked whether the ice on her knees did this - explained the lesions are on the belly, the knees are not involved, and ice there did not cause these.
Renal team to coordinate STS.
K. Adebayo RN for Dr Okwuosa
"""),
("2019-11-12", "Telehealth Video Visit", """
Video f/u (pt home, aide present).
Calciphylaxis of the pannus, bx-proven, on STS. Since 10/21 she's on in-center hemodialysis (TTS) instead of CAPD - peritoneal clearance was inadequate. STS now given with HD.
Plaques: larger one with eschar lifting, granulation at edges; smaller one dry. No new sites.
BMI 43.9 (dialysis scale). Insulin still to the arms.
V. Okwuosa MD
"""),
]}

N12 = {"patient_id": "N12", "age": 56, "sex": "M", "notes": [
("2023-07-19", "Patient Portal Message", """
Subject: lump on leg
Dr Iwu, theres a lump on my right thigh, front part, that came up on July 10th out of nowhere. Its hard, purple now, and hurts a lot, mostly at night. Since it got this sore Ive been laying the heating pad on it at bedtime, takes the edge off a little. I didnt hurt it or anything. Should I come in or can u look by video? Im at dialysis Mon Wed Fri until 11.
Rashid
"""),
("2023-07-20", "Telehealth Video Visit", """
Video visit (pt at home, clinician in office). Consent obtained.
56 M. ESRD, hemo on Mon, Wed and Fri. Borderline sugars only - A1c 6.1, "prediabetes", untreated. HTN. No blood thinners. BMI 31.9.
R anterior thigh painful lump since 07/10/2023. Denies injury, injections or anything applied before it came up. Once it began to hurt he started putting a heating pad over it at night.

Exam (video): R anterior thigh ~4 cm violaceous indurated plaque, central dusky area suggesting early necrosis. No other lesions visible on legs.

A/P: r/o calciphylaxis. Punch bx 7/27. Told him to stop heat on the area.
C. Iwu MD
"""),
("2023-08-03", "Telehealth Video Visit", """
Video f/u.
Punch bx 7/27 from R thigh plaque: pathology diagnostic of calciphylaxis - calcified arteriolar walls, clot, fat necrosis.
The bx site is healing; the adhesive tape from his dressings has stripped the skin around the wound, switching to silicone border dressings. Heating pad stopped after last visit.
Wound surgery to evaluate for debridement of the central eschar in the next few weeks.
Plan: STS with HD, sevelamer, pain mgmt.
BMI 31.9.
C. Iwu MD
"""),
]}

N13 = {"patient_id": "N13", "age": 47, "sex": "F", "notes": [
("2024-10-02", "Phone Triage", """
TRIAGE - phone
Caller: husband (Dwayne). Patient: Shauna Pettigrew.
Painful dark spots on both sides of her bottom, ~10 days, getting bigger. She can barely sit through her dialysis chair time.
RN asked about falls, shots, heating pads, ice: husband says no to all. No fever.
HD MWF. Was on warfarin years ago after a lung clot, not now.
Disposition: virtual visit next day with nephrology.
P. Yamamoto RN
"""),
("2024-10-03", "Nephrology Video Visit", """
Nephrology video visit. Pt at home, lying on her side; husband operates phone camera. Consent given.

47 F. ESRD secondary to lupus nephritis, hemodialysis. PE in 2015 - warfarin for six months then. No diabetes. BMI 22.8.
Bilateral buttock pain and discoloration ~11 days. No trauma, shots, heat or cold there, per pt.

Video: retiform purpura on both buttocks; L side carries a central black eschar of 3 cm, R side a 2 cm dusky patch starting to necrose.

A: necrotic retiform purpura, both buttocks. Suspect calciphylaxis; lupus vasculopathy remains on the list.
P: derm to see; bx; labs (Ca, phos, PTH, APL abs).
L. Ferreira-Hahn MD
"""),
("2024-10-17", "Nephrology Video Visit", """
Video f/u, pt at home.
After we talked through the chance of a biopsy wound that will not heal, she declined it. APL abs negative. Derm and I are comfortable calling this calciphylaxis of the buttocks on clinical grounds and treating accordingly.
Plan: STS with each HD, stop calcium binder, pressure-relieving cushion, wound RN.
If she gets admitted, she would need heparin SC for DVT prophylaxis - we'd give that into the abdomen, not the buttocks. Reminded her not to use heating pads or ice on her bottom.
L. Ferreira-Hahn MD
"""),
]}

N14 = {"patient_id": "N14", "age": 60, "sex": "M", "notes": [
("2025-06-10", "Patient Portal Message", """
Subject: 2 problems
1) my insulin spot, left half of my belly, is red and hot and has a lump that feels like its got pus in it, started maybe 4 days ago.
2) also both my calves have these dark purple blotches that hurt bad, been a couple weeks. I didnt bang them or anything.
which one do I worry about first lol. on dialysis tues thurs sat.
Boris
"""),
("2025-06-11", "Telehealth Video Visit", """
Telehealth (video). Pt home in Yakima, wife assisting. Consent verbal.

60 M. ESRD, dialysis at the Fruitvale unit Tu/Th/Sa. Type 2 DM, glargine injected into the L abdomen. No anticoagulants. BMI 29.1.
1. L abdominal injection site: ~3 cm red, swollen, fluctuant-looking nodule, onset ~6/6. Low-grade temp 99.9.
2. Both calves: painful violaceous retiform patches for ~2 wks, no trauma, no heat/cold, no compression.

Video: L lower abdomen - erythematous swollen nodule with yellowish center, c/w abscess. Bilateral posterior calves - retiform purpura, L with small central black area.

A/P
1. Injection-site abscess L abdomen - in-person I&D today at urgent care, doxycycline.
2. Calf lesions - worrisome for calciphylaxis. Derm bx.
Counseled: rotate insulin sites, avoid injecting into lumps or scars.
Y. Demir MD
"""),
("2025-06-30", "Telehealth Video Visit", """
Video f/u.
Calf bx (6/19, L calf) came back as calciphylaxis. R calf looks identical - same disease, same treatment.
L abdominal abscess: drained 6/11, culture MSSA, resolved on doxy. This was an infection, not calciphylaxis - no necrosis, healed fully.
Discussed the risk that injections could trigger calciphylaxis at injection sites; he will rotate among the arms and R abdomen going forward and avoid any bumps to the legs.
Plan: thiosulfate on his dialysis days, cinacalcet, wound RN visits.
BMI 29.1.
Y. Demir MD
"""),
]}

PATIENTS = [N08, N09, N10, N11, N12, N13, N14]
