"""probe42 corpus notes, K08-K14 (transplant nephrology and anticoagulation clinics; all invented)."""

K08 = {"patient_id": "K08", "age": 67, "sex": "F", "notes": [
("2025-09-22", "Anticoagulation Clinic", """
ANTICOAGULATION CLINIC
67 yo F, AF, on warfarin since 2016; INRs all over the place (1.6 -> 4.0 -> 2.2) over the summer. ESRD on PD (APD nightly), insulin-treated T2DM (degludec).
R knee OA flare: she has been icing the right knee with gel cold packs several times a day since Labor Day.
She also mentions "a sore black spot on my kneecap" that appeared 09/20/25. Did not look at it in detail in this visit -- asked PD team to see her this wk.
INR 2.2. Discussed possible swich to apixaban; she's keen.
"""),
("2025-09-30", "Peritoneal Dialysis Clinic", """
PD clinic - Dr. Haraldsen
Knee: anterior R knee, 3 cm necrotic plaque with surrounding livedo racemosa, extremely tender; ice-pack outline still faintly visible as redness. No effusion.
Ca 9.4, P 6.9, PTH 640, albumin 3.1. On warfarin. 
Suspect calciphylaxis. Derm bx arranged, STOP ice. Ht 160 Wt 72.7 -> BMI 28.4.
"""),
("2025-10-14", "Dermatology Consult", """
Derm
Punch bx R anterior knee 10/2: arteriolar calcification + thrombi. Calciphylaxis confirmed.
Onset ~9/20 in the skin she had been cold-packing since 9/1 (Labor Day); we consider the repeated cold injury a plausible local trigger.
Warfarin stopped by anticoag clinic 10/6; now apixaban. STS started.
"""),
]}

K09 = {"patient_id": "K09", "age": 58, "sex": "F", "notes": [
("2018-05-14", "Anticoagulation Clinic - Pharmacist", """
Pharmacist bridging visit
58F, DVT 2017 (recurrent), warfarin long-term. ESRD on HD (MWF). T2DM, oral agents only (linagliptin). BMI 30.4.
AVF revision planned 5/17. Warfarin held from 5/12. Enoxaparin SC daily started 5/14.
Teaching: pt prefers her right front thigh ("I can see it best"); demonstrated on R anterior thigh, return demo good, pt verbalized understnading. She does not want to use the L side because of an old scar.
"""),
("2018-06-18", "Nephrology Clinic", """
Nephrology clinic
Main issue: painful indurated purple area, medial L thigh, started 6/4/2018. Enoxaparin finished 5/24.
She is sure every shot went into the right thigh - never the left. R anterior thigh: a few pinpoint scabs, soft, nontender.
L medial thigh: 6 cm retiform purpura w/ central gray-black necrosis.
Imp: r/o calciphylaxis. Derm.
"""),
("2018-06-29", "Dermatology Consult", """
DERMATOLOGY
L medial thigh bx: calciphylaxis (von Kossa positive calcification of small vessels). Diagnosis made.
Her enoxaparin was given on the R side only; the affected L thigh was, per pt, never injected, heated or hurt.
Plan STS, warfarin review w/ hematology.
"""),
]}

K10 = {"patient_id": "K10", "age": 66, "sex": "M", "notes": [
("2021-05-10", "Hemodialysis Unit - Nephrology Rounding", """
HD rounds
66 yo man, ESRD, dialysis access a L forearm loop graft; AF, warfarin (today INR 2.3). No DM. BMI 25.1.
New: tender mottled patch, L posterior calf, first seen Monday 5/3/21. Denies any trauma, bumps, heat, cold, injections or tight socks. 
Exam: 4 cm livedoid patch w/ small central dusky area, very tender.
Concern for calciphylaxis; derm referral.
"""),
("2021-05-24", "Anticoagulation Clinic", """
Anticoag clinic
INR 2.9.
Pt reports that on 5/20 he caught his L posterior calf on the car door getting out - right on the sore spot - bled through the dressing for an hour. Now has a bruise around the existing lesion.
Pressure held, no further bleeding. Warfarin continued, derm appt next wk.
"""),
("2021-06-02", "Dermatology Consult", """
Derm consult
Punch bx L calf 5/26: calciphylaxis.
Onset 5/3 without preceding injury; the car-door knock (5/20) was after the lesion was already present. Secondary bruising around eschar.
Plan STS, stop warfarin -> apixaban per cardiology.
"""),
]}

K11 = {"patient_id": "K11", "age": 45, "sex": "F", "notes": [
("2020-02-11", "Peritoneal Dialysis Clinic", """
PD clinic
45F, T1DM since age 9, on insulin pens (she injects into both upper arms, alternating). Failed pancreas-kidney 2018, back on PD since 3/2019, Tenckhoff catheter in L abdomen, exit site looks fine.
BMI 37.2. No anticoagulation.
New complaint: R buttock pain since late January, now with a dark firm area.
Exam: R upper outer buttock: indurated violet plaque 5x3cm, centre starting to necrose.
Concern for calciphylaxis - derm asap.
"""),
("2020-02-20", "Dermatology Consult", """
Derm consult
R buttock plaque: retiform purpura with eschar. No heat, injections or injury to this area; she has never injected anything there.
Punch bx result (2/14): calciphylaxis, clear-cut.
Upper arm injection sites look normal. Abdominal catheter tract unremarkable.
"""),
("2020-03-05", "Peritoneal Dialysis Nursing Note", """
PD nursing
STS 25 g IV running at the PD unit 3x/wk, tolerating. Some nausea.
R buttock wound: 10% slough, dressing Mepilex. Offloading w/ side-lying.
Weight 101 kg.
"""),
]}

K12 = {"patient_id": "K12", "age": 72, "sex": "M", "notes": [
("2019-09-09", "Anticoagulation Clinic", """
INR clinic
72M, AF + bioprosthetic AVR, on warfarin. ESRD/HD. Non-insulin T2DM (linagliptin).
INR 4.1 (supratherapeutic) - hold tonight, then 3 mg.
Also: tender dark area L inner thigh, first seen 9/1/19. No injury before.
Referred to dermatology.
"""),
("2019-09-16", "Dermatology Consult", """
Derm
L medial thigh: 3 cm stellate purpura w/ black center, indurated rim.
Daughter has been applying warm compresses to it since 9/5 "to bring it to a head" - advised to stop.
Punch biopsy of the lesion performed today, 4 mm, from the edge. Sutured.
Ddx calciphylaxis vs warfarin necrosis vs vasculitis.
"""),
("2019-09-30", "Nephrology Wound Clinic", """
Wound clinic
Path back: calciphylaxis.
L medial thigh eschar: sharp debridement at bedside today, tolerated w/ lidocaine. Biopsy suture site well healed.
Warfarin to be stopped - apixaban via anticoag clinic.
BMI 31.0.
"""),
]}

K13 = {"patient_id": "K13", "age": 61, "sex": "F", "notes": [
("2024-02-05", "Hemodialysis Unit - Nephrology Rounding", """
HD rounding
61F, ESRD (lupus nephritis), dialyzing via R IJ tunneled line awaiting AVF maturation; on warfarin for APS (goal 2-3). No diabetes. Obesity, BMI 44.9.
New hard, tender purplish area, lower pannus, midline, noticed ~1/28.
No heat sources on the belly (pad, bottle), no binding belts or waistbands, no SC shots to the abdomen, no knocks or falls - all denied.
Exam: 10 x 6 cm indurated plaque, retiform edges, central eschar 2 cm.
Concern for calciphylaxis vs panniculitis. Derm.
"""),
("2024-02-15", "Dermatology Consult", """
Dermatology
Pannus bx: calciphylaxis (calcification of subcutaneous arterioles, thrombus).
No local trauma identified on careful history.
Recs: STS, wound care, avoid any future SC injections or heat to the abdomen; any abdominal support garment must stay loose.
"""),
("2024-02-26", "Anticoagulation Clinic - Pharmacist", """
Pharmacist note
Upcoming colonoscopy 3/12. If bridging is needed, plan UFH infusion inpatient - NO LMWH injections given the pannus wound.
Counselled: warfarin may worsen calciphylaxis; hematology says APS -> warfarin remains preferred, revisit.
"""),
]}

K14 = {"patient_id": "K14", "age": 55, "sex": "M", "notes": [
("2023-03-13", "Anticoagulation Clinic - Pharmacist", """
Pharmacist
55M. HD-dependent ESRD. Mechanical aortic valve -> warfarin. INR 1.5 -> enoxaparin bridging started 3/6/23, self-injecting into the lower abdomen (L and R alternating). Technique reviewed.
BMI 26.0. Non diabetic.
"""),
("2023-03-27", "Nephrology Clinic", """
Nephrology
1) Abdomen: several bruises around injection sites; one on the L lower abdomen has a 1 cm dusky center.
2) Calves: retiform purpura both calves for 2 wks, extremely painful, no trauma to the legs.
Worried about calciphylaxis of the calves; abdomen may be simple injection hematomas. Derm to see both.
"""),
("2023-04-06", "Dermatology Consult", """
Derm
Bilateral calves: bx R calf -> calciphylaxis.
L lower abdomen lesion: bx shows hemorrhage and superficial necrosis, no vascular calcification = injection site hematoma with necrosis, NOT calciphylaxis.
Enoxaparin stopped (INR now 2.6).
"""),
]}

PATIENTS = [K08, K09, K10, K11, K12, K13, K14]
