"""probe120 corpus notes, D15-D20 (wound, ostomy and continence nursing; all invented)."""

D15 = {"patient_id": "D15", "age": 75, "sex": "M", "notes": [
("2018-11-06", "Home Health Wound Visit", """
HH SN visit - new skin concern
75M, ESRD, HD thru R arm fistula 3x weekly, DM2 on insulin. Wife gives the insulin into the back of his L arm - "always the same arm, the right one is his fistula arm and he hates me poking his stomach". No warfarin.
Wife: "theres a purple hard spot where I give his shot, it's been getting worse about 10 days now and it's gone dark in the middle."
Back of L upper arm - indurated violaceous plaque 3.5x3cm, 7 mm black center, no drainage, no warmth. Pt winces w/ palpation.
Wt 79 kg, BMI 27.7.
Called PCP - wound clinic appt Fri. PCP says use the thigh for now.
"""),
("2018-11-09", "Wound Clinic Note", """
Wound clinic - NP/WOC
HD pt with necrotic plaque, back of L upper arm, right at the insulin spot.
Differential incl. calciphylaxis, abscess at the injection site, or necrotic lipohypertrophy. No fluctuance on exam; US not available today.
Punch bx recommended for a definite answer - pt wants to talk w/ family first.
Dressing: xeroform + dry gauze, roll gauze, daily by wife.
"""),
("2018-11-27", "Hospice Admission Skin Assessment", """
Hospice admission - skin
Pt has chosen to stop HD; comfort focus. Family declined the bx.
Back of L upper arm: 3.8x3.2cm dry eschar, stable. Pain controlled on hydromorphone.
Note from wound clinic reviewed: possible calciphylaxis at insulin site, never confirmed.
Plan: comfort dressing only (foam border, chg prn). Sacrum + heels intact.
"""),
]}

D16 = {"patient_id": "D16", "age": 71, "sex": "F", "notes": [
("2025-08-12", "Wound Clinic Note", """
Wound clinic - new pt
71F, CKD4, pre-dialysis (AV fistula planning), warfarin 5 mg daily (AF), nondiabetic. BMI 31.0.
Pt: "I whacked my right shin against the bed frame corner on July 30th, and a couple days later it turned into this black thing." Ulcer there since ~8/2.
R anterior shin, mid: 3.2x2.4cm ulcer, black eschar 90%, purpuric stellate border, exquisite tenderness. L shin intact.
ABI R 0.88.
Thinking calciphylaxis? warfarin-induced skin necrosis? plain traumatic ulcer slow to heal from poor arterial inflow? Rec derm bx.
Tx: Santyl to eschar edges, bordered foam, q-daily.
"""),
("2025-08-26", "Dermatology Consult", """
Derm
Punch bx 8/19 R shin: epidermal necrosis only, no subcutis sampled - nondiagnostic.
Pt declines a deeper / incisional bx: "no more cutting on it."
Imp: calciphylaxis remains a possibility; can't exclude warfarin necrosis. INR 2.4.
Plan: discuss warfarin alternatives w/ cardiology; WOC to follow.
"""),
("2025-10-14", "WOC Nurse Follow-up", """
WOC f/u
Began in-center hemodialysis 10/6 via L upper arm AVF (Mon/Wed/Fri).
R shin: 2.6x2.0cm, 50% granulation, eschar edges separating. Less pain.
Etiology never pinned down - calciphylaxis vs warfarin necrosis still both on the list, pt wants no more workup.
Remains on warfarin.
82.3kg, BMI 30.4.
"""),
]}

D17 = {"patient_id": "D17", "age": 62, "sex": "M", "notes": [
("2022-02-15", "Ostomy Clinic Note", """
Ostomy clinic
62M, ESRD on HD TTS. End colostomy LLQ since 2019 (Hartmann's for perforated diverticulitis). No diabetes. Warfarin for a DVT until 2020, then stopped.
Pouching: 2-pc, deep convex barrier + ostomy belt done up tight d/t leaks, for about 2 months.
Stoma 35 mm round, budded 1.5 cm, pink, moist.
Peristomal skin: painful full thickness ulcer 2.0x1.6cm at 5 o'clock, right where the convexity presses; undermined violaceous edge, black base. Rest of peristomal skin w/ mild irritant dermatitis.
BMI 24.4.
Plan: crusting technique, derm referral.
"""),
("2022-03-01", "Dermatology Consult", """
Derm
Peristomal ulcer LLQ.
Differential - peristomal PG, calciphylaxis, or a pressure ulcer from the convex barrier. PTH 700, on HD.
Punch bx 2/24 from ulcer edge: ulceration w/ mixed inflammation, no vessel calcification seen, no neutrophilic dermatosis pattern - nondiagnostic.
Pt does not want more bx for now.
Plan: topical clobetasol to edge trial, change pouching.
"""),
("2022-03-22", "Ostomy Clinic Follow-up", """
Ostomy f/u
Ulcer 5 o'clock: 1.8x1.5cm, slough 50%, black edge softening.
Still no firm answer - derm says it could be calciphylaxis, could be PG.
Switched to flat flexible barrier w/ moldable ring, belt loosened. Stoma powder + skin barrier wipe, hydrofiber under wafer to ulcer.
Pouch wear time 3 days, no leaks.
"""),
]}

D18 = {"patient_id": "D18", "age": 57, "sex": "F", "notes": [
("2021-05-11", "WOC Nurse Consult", """
WOC inpt consult
57F, end stage kidney dz on HD, T2DM needing insulin, which she mostly injects into her R thigh, BMI 34.2. Not on warfarin.
Hot, very painful purple area R anterior thigh at her insulin spots x 1 wk, now w/ dusky center.
R anterior thigh: 6x5cm indurated violaceous area, 1.5 cm dusky center, warmth +, fluctuant at center.
Imp: ?calciphylaxis vs abscess.
P: derm bx, cultures; insulin to abdomen.
"""),
("2021-05-14", "Dermatology Consult", """
Derm
R anterior thigh, insulin injection site. HD pt, concern for calciphylaxis raised by WOC.
Exam: fluctuant center, warm, tender. Less retiform than expected.
6 mm punch bx + tissue culture today. Empiric cefazolin w/ HD.
"""),
("2021-05-25", "Dermatology Follow-up", """
Derm f/u
Path: suppurative panniculitis w/ abscess formation, gram positive cocci; vessels without calcification; von Kossa stain neg. Culture MSSA.
Calciphylaxis ruled out - injection site abscess.
I&D done 5/18 by surgery; packing by WOC.
BMI 34.2.
"""),
]}

D19 = {"patient_id": "D19", "age": 69, "sex": "M", "notes": [
("2026-03-03", "PD Clinic WOC Note", """
PD clinic - WOC visit
69M on CCPD x 2 yrs. No DM, no anticoagulants. BMI 28.9.
Pt anxious: his older brother, a hemodialysis pt, passed away from calciphylaxis a few yrs back, "the black sores ate his legs up." Asks to have his skin checked.
Full skin exam: legs, thighs, abdomen and buttocks free of purpura, livedo, nodules or ulcers.
Coccyx: category 2 pressure injury 1.0x0.8cm, shallow, pink bed - from sitting long hours in recliner.
Plan: foam sacral border, cushion, position changes q1h when up.
"""),
("2026-04-07", "WOC Nurse Follow-up", """
WOC f/u
Coccyx PI 0.4x0.3cm, nearly epithelialized.
Skin otherwise intact, no concerning lesions. Reassured about his brother's illness.
"""),
]}

D20 = {"patient_id": "D20", "age": 45, "sex": "F", "notes": [
("2018-03-20", "Ostomy Clinic Postop Teaching", """
Ostomy teaching visit
45F, POD 12 from total colectomy + end ileostomy RLQ for UC. CKD 3a (eGFR 52). DM1 on insulin pens (abdomen, L side away from stoma). Warfarin for antiphospholipid syndrome. BMI 29.5.
Stoma 28 mm, pink, output 1.2 L/day.
Peristomal skin: mild irritant dermatitis at 6 o'clock from leaks.
Taught emptying, measuring, cut-to-fit barrier, ring.
"""),
("2018-04-17", "Ostomy Clinic Follow-up", """
Ostomy f/u
Peristomal skin healed.
Renal note reviewed: if she progresses to dialysis she would be at risk of calciphylaxis (warfarin, DM). Pt educated to report painful purple skin spots.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
