"""probe36 corpus notes, W08-W14 (plastic surgery, burns unit, surgical wound clinic; all invented)."""

W08 = {"patient_id": "W08", "age": 47, "sex": "F", "notes": [
("2025-01-14", "Operative Note", """
OPERATIVE REPORT
Pre-op dx: symptomatic macromastia (neck/shoulder pain, intertrigo, bra strap grooving)
Procedure: bilateral reduction mammaplasty, Wise pattern, inferior pedicle
Surgeon: Dr M. Oyelaran; Assist: Dr Tsai (PGY4)
Anesthesia: GETA. Ancef 2 g pre-incision. SCDs on.
Relevant hx: ESRD on HD MWF (last HD yesterday, K 4.6 this am), warfarin for recurrent access thrombosis - held 5 d, INR 1.2. BMI 38.2. No DM.
Description: markings confirmed. Infiltration with dilute epinephrine. Dermoglandular resection R 1150 g, L 1080 g. NAC viable on both sides after inset, good bleeding at dermal edges. IMF incisions closed in layers, 3-0 Monocryl deep dermal, 4-0 running subcuticular. Dermabond + Prineo. No drains.
EBL 150 mL. Specimens to path (routine).
Dispo: PACU, overnight obs, HD tomorrow per renal.
"""),
("2025-01-28", "Post-operative Visit", """
Post-op visit #1, POD 14
Doing well. Pain controlled w/ acetaminophen. Wearing surgical bra.
Incisions: vertical limbs + IMF healing bilat, small 5 mm area of superficial separation at R T-junction - clean, no drainage. NAC pink b/l.
Path: benign breast tissue, both sides.
Warfarin back on since POD 2.
Plan: dry gauze to T-jxn, RTC 6 wk.
"""),
("2025-03-18", "Plastic Surgery Clinic Note", """
Return visit - unscheduled
CC: "my right breast scar is burning and turning black"
Onset first week of March. Says R underside of the breast got very sore, then a purple patch along the scar, then black. L side fine. Temp normal at home.
Exam: R breast, along the lateral two-thirds of the IMF incision: 7 x 2.5 cm band of dusky violaceous induration with overlying black eschar 4x1.5cm, reticulated purple rim extending onto the lower pole. Extremely tender. The earlier T-junction separation had healed. L breast incisions intact and soft.
Ddx: delayed wound necrosis / fat necrosis vs calciphylaxis (HD, warfarin, obesity). Punch bx x2 from edge today.
Plan: hold off on debridement. Call renal. Pain: tramadol low dose.
"""),
("2025-03-27", "Plastic Surgery Phone Note", """
Spoke w/ pt re path.
Bx R breast (3/18): medial calcification + thrombosis of small subcutaneous arterioles, panniculitis - calciphylaxis. Diagnosis made.
The calciphylaxis has localized to the R IMF surgical scar from the 1/14/25 reduction.
Nephrology seeing her Thurs; STS to start w/ HD. Hematology to review switching off warfarin.
Wound care RN visit 2x/wk, xeroform + dry dressing. RTC 1 wk.
"""),
]}

W09 = {"patient_id": "W09", "age": 60, "sex": "F", "notes": [
("2018-06-12", "Surgical Wound Clinic Referral Assessment", """
Tissue viability / surgical wound clinic
Referral from renal: "ulcer on tummy, ?pannus intertrigo breakdown"
Pt has HD (L arm fistula), T2DM on insulin 15 yrs. Every injection goes in on the right of her tummy: "being right handed I can't reach round to the left, so I never use it". Checked: lipohypertrophy R periumbilical, injection marks R side only.
Complains of pain L lower abdomen for ~5 wks, now an open wound under the apron.
Exam: L lower abdominal pannus, lateral to midline: ulcer 5x3.5cm, eschar covering most of it, indurated violaceous edge, retiform purpura tracking inferolaterally. R abdominal wall clear of lesions.
BMI 31.2 (Wt 84 kg).
Impression: suspicious for calciphylaxis. Refer plastics for excisional biopsy/debridement. Swab taken.
"""),
("2018-06-26", "Operative Note", """
Op note
Procedure: excisional debridement + biopsy of L lower abdominal wall ulcer
Surgeon: Mr K. Brannigan
GA. Prophylactic co-amox.
Findings: necrotic ulcer measuring 6x4cm in L lower quadrant of pannus, necrosis into subcutaneous fat with gritty, calcified vessels. No fascial involvement.
Debrided to bleeding tissue; final defect 8 x 6 cm. Haemostasis diathermy. Aquacel Ag + Mepore.
Specimen: ellipse from ulcer edge for histology.
Plan: wound clinic for dressings, await histology.
"""),
("2018-07-10", "Surgical Wound Clinic Follow-up", """
Wound clinic f/u
Histology of L abdominal wall specimen: calciphylaxis (vascular calcification, thrombi, septal panniculitis).
Wound 8 x 6 cm, 60% granulation, 40% slough, moderate exudate. NPWT commenced today at 125 mmHg.
Insulin - still R side of abdomen, as before; advised to move injections to thighs? - discussed with diabetes nurse, she will decide with pt.
Renal starting thiosulfate. Review weekly.
"""),
]}

W10 = {"patient_id": "W10", "age": 72, "sex": "M", "notes": [
("2022-07-11", "Burns Assessment", """
BURNS ASSESSMENT
Mechanism: scald, R hand, knocked over a full mug of tea this morning at 0800.
Area: R hand dorsum + radial fingers, superficial partial thickness, blistered, blanching, TBSA 0.75%. Fingers not circumferential.
Background: ESRD - haemodialysis T/Th/S, AF on warfarin, ex-smoker, PVD. Not diabetic.
Incidental: both calves have painful purple mottled areas, net-like, with small black spots - pt says present for about a month, "I thought it was my circulation". Denies having hurt his legs; no heat, no injections into legs, nothing put on them.
Wt 86 kg, BMI 28.7.
Plan: deroof + Mepitel/Allevyn to hand, burns dressing clinic 48h. Ask dermatology re calves - ?calciphylaxis vs livedo from PVD.
"""),
("2022-07-14", "Dermatology Consult (Burns Unit)", """
Derm consult
Asked to see: calf lesions.
O/E: bilateral posterior and lateral calves - retiform purpura, firm tender subcutaneous plaques, 2 small stellate eschars L calf (6mm, 9mm), 1 on R. Dorsalis pedis faint bilat.
R hand burn noted (under dressing, burns team managing).
Impression: clinical picture strongly suggests calciphylaxis (HD + warfarin), no trauma at these sites.
Procedure: 5mm punch biopsy L lateral calf plaque edge, 2 x 4-0 nylon.
Rec: await histo; stop warfarin if cardiology agree; renal to optimise Ca/PO4.
"""),
("2022-07-21", "Burns Dressing Clinic", """
Burns dressings
R hand: healed, pink new skin, full ROM. Discharged from burns with moisturiser + sun advice.
Calves: derm biopsy back - calciphylaxis. Lesions both calves stable, no new black areas. Dressed with Urgotul + wool + light bandage by clinic RN.
Pt now under derm + renal. Burns f/u not required.
"""),
]}

W11 = {"patient_id": "W11", "age": 65, "sex": "F", "notes": [
("2020-05-12", "Surgical Wound Clinic", """
WOUND CLINIC (telephone triage then F2F - COVID screen neg)
65F, HD (MWF). Insulin-treated T2DM - she injects the posterior aspect of both upper arms, rotating; BMI 35.0.
New painful lesion L lateral thigh since 2 May. Began as a hard tender patch, now purple w/ dark centre. Pt adamant the leg had not been hurt or touched by anything beforehand - no knock, no fall, no heat packs, no injections there, nothing rubbing.
O/E: L lateral thigh: indurated, violaceous, 4x3cm plaque, central 1 cm dusky necrosis, livedoid rim. Arms: injection sites clean, no lesions.
Plan: ?calciphylaxis - derm bx booked Thurs. Foam dressing. Analgesia review with GP.
"""),
("2020-05-26", "Surgical Wound Clinic Follow-up", """
Wound clinic r/v
Derm bx result: calciphylaxis, L lateral thigh (bx 14/05).
Interval event: last Wednesday she tripped in the garden and landed on her L side - grazed the L thigh right across the existing plaque, some bleeding from the edge. Superficial abrasion 5 x 2 cm overlying the lesion, dressed by daughter.
O/E: plaque has grown to 5x3.5cm, eschar central 2 cm, abrasion crusted over lateral part. No cellulitis.
Plan: Atrauman + foam. Falls referral. Refer plastics re management of eschar.
"""),
("2020-06-09", "Plastic Surgery Clinic", """
Plastics - new pt
Biopsy-proven calciphylaxis L lateral thigh, onset early May 2020 (before the fall of 20/05, which only grazed the existing lesion).
Eschar 2.5 cm, dry, stable; surrounding induration softening on STS.
Plan: no debridement now - will consider if eschar becomes boggy or infected. Keep dry. Review 4 wks. Wt 94kg.
"""),
]}

W12 = {"patient_id": "W12", "age": 58, "sex": "M", "notes": [
("2024-09-03", "Surgical Wound Clinic", """
Wound clinic - transfer of care from Lakeshore Regional
58M. ESRD on PD (APD nightly). T1DM, uses an insulin pump (cannula in abdomen, rotated). No warfarin.
Problem: R medial ankle ulcer since June. Biopsied at Lakeshore 08/2024 - calciphylaxis confirmed (report seen).
Since onset: outside wound team applied multilayer compression to R leg last week ("for swelling") - pt found it agonising, removed it himself after 2 days.
O/E: R medial ankle (over/just above med malleolus) 4.5 x 3 cm ulcer, 50% adherent yellow slough, 30% black eschar, 20% pale granulation, retiform purpura rim. ABPI 0.9.
BMI 26.3.
Plan: no compression. Book theatre for debridement +/- STSG if bed acceptable. Renal aware.
"""),
("2024-09-17", "Operative Note", """
Procedure: sharp debridement R medial ankle ulcer; STSG (R anterolateral thigh donor); NPWT over graft
Surgeon: Dr Aasmundsen. Anaesthetic: spinal + sedation.
Findings: ulcer R medial ankle 5 x 3.5 cm after debridement; calcified vessels at base, bleeding adequate after debridement to healthy fat. No tendon exposed.
STSG 0.010 inch from R anterolateral thigh, meshed 1.5:1, secured w/ staples. NPWT 75 mmHg over graft. Donor: Mepilex Transfer + Opsite.
Complications nil. Specimen: debrided tissue to histo.
"""),
("2024-10-01", "Dressing Change Note", """
Dressing change - POD 14
NPWT removed day 5 (done on ward). Today: R ankle graft approx 60% take, central area of graft loss 2 x 1.5 cm with pale base; edges adherent. Irrigated with saline, Adaptic + foam + crepe (no compression).
Donor site R thigh: epithelialised, no breakdown.
Histo of debrided tissue: consistent with known calciphylaxis.
Pain 4/10. Next change 3 days (home health).
"""),
]}

W13 = {"patient_id": "W13", "age": 69, "sex": "F", "notes": [
("2023-03-14", "Orthopaedic/Plastics Joint Wound Review", """
Joint ortho-plastics wound round
69F, morbid obesity, on haemodialysis for ESRD, T2DM (linagliptin, not on insulin). Fell on ice 14/02/2023 -> R bimalleolar ankle #, ORIF 16/02 (lateral plate). Below-knee backslab/cast since.
Enoxaparin 40 mg SC daily given into the outer upper arms (pt refused abdomen).
Issues today:
1) R lateral ankle incision: distal 2 cm dehiscence, superficial slough, no metalwork visible. Surgical wound breakdown - dressing + review.
2) R heel: black eschar 3x2.5cm from the back of the cast - category 3 pressure ulcer, plain pressure damage.
3) NEW - both inner thighs: painful purple reticulate patches with small black areas, started "about a fortnight ago" per pt, no trauma, no injections there, no pressure from cast (cast is below knee).
Plan: derm to see thighs. Heel offloading boot, cast revised with padding.
"""),
("2023-03-21", "Dermatology Inpatient Consult", """
Derm consult - Ward 12
Bilateral medial thighs: multiple indurated violaceous plaques with retiform purpura, the biggest is on the L medial thigh, 6x4cm, eschar in its middle ~15mm; smaller plaque on R, 4x3cm.
Punch bx L medial thigh (done today).
R ankle/heel wounds seen: neither looks like calciphylaxis - heel is a classic pressure ulcer under a cast edge; incision shows simple dehiscence with healthy bleeding edges. No retiform purpura around either.
Impression: probable calciphylaxis thighs, await histology.
"""),
("2023-04-04", "Surgical Wound Clinic", """
Wound clinic
Histo (L thigh): calciphylaxis - vascular calcification + thrombosis + fat necrosis.
So: 1) calciphylaxis bilateral medial thighs, no local trauma; 2) R heel pressure ulcer - improving in offloading boot, 2.5 x 2 cm, eschar softening; 3) R ankle incision - healing by secondary intention, 1 cm left, not calciphylaxis.
Thighs: Inadine, light dressings, STS via renal. Heel + ankle: Aquacel + foam.
Review 2/52.
"""),
]}

W14 = {"patient_id": "W14", "age": 57, "sex": "M", "notes": [
("2025-05-06", "Surgical Wound Clinic", """
SURGICAL WOUND CLINIC - new
57M, HD via R tunnelled line (fistula failed), warfarin for DVT 2023. Pre-diabetes (HbA1c 44), no diabetic meds.
Presenting: very painful dark area L lower back, started around 20 April, getting bigger.
Specifically asked: no heat pads or hot water bottles, no injections there, no fall or knock, no brace, belt or strap rubbing there. Sleeps on his R side.
O/E: L lower back/flank, plaque 5x4cm, violaceous, indurated,, 2 cm black eschar centrally, net-like purpura at margin.
Wt 92 kg, BMI 29.6 (overweight).
Plan: punch bx today (done, 4 mm edge). If confirmed, will likely need surgical debridement later. Counselled: no hot or cold packs over the back; should SC heparin ever be needed it goes in the arms rather than the trunk.
"""),
("2025-05-20", "Plastic Surgery Clinic", """
Plastics OPD
Bx 06/05: calciphylaxis, L lower back.
Lesion now 5.5x4cm with a dry eschar, no pus, no spreading cellulitis. Pt again denies any injury, heat, pressure or injections in that region preceding the lesion.
Discussed: may need excisional debridement + NPWT if eschar softens; not booking yet. Risk of new lesions at any surgical wound explained.
Renal: STS, warfarin -> apixaban being discussed.
"""),
("2025-06-17", "Dressing Change Note", """
Dressing change (DN)
L low back wound: eschar edges lifting, small amount of serous ooze, no smell. Size 5 x 4 cm.
Cleaned w/ saline, Inadine + Mepilex Border. Pain 5/10.
Pt asked about the operation - explained plastics still planning to watch it for now.
"""),
]}

PATIENTS = [W08, W09, W10, W11, W12, W13, W14]
