"""probe37 corpus notes, Y11-Y20 (decision challenge, mixed clinical styles; all invented)."""

Y11 = {"patient_id": "Y11", "age": 48, "sex": "F", "notes": [
("2021-12-06", "Dermatology Consult", """
48F on CAPD (ESRD from reflux nephropathy). No DM. Obesity, BMI 38.4.
Had her flu vaccine at the pharmacy in October, in the right upper arm. In November a sore, hard lump formed at the jab site; it now has a purple lacy halo and a little black crust.
Exam: R lateral upper arm, 3 cm indurated plaque, 6 mm central eschar, retiform purpura around it.
A: r/o calciphylaxis at the vaccine site. 4 mm punch done today, sutured.
"""),
("2021-12-15", "Dermatology Result Note", """
Result: R upper arm punch -- arteriolar walls in the subcutis are calcified, lumens thrombosed, fat necrotic. Final dx calciphylaxis.
Phoned pt with result. PD nurse + nephrologist informed; thiosulfate to start next wk.
"""),
]}

Y12 = {"patient_id": "Y12", "age": 80, "sex": "M", "notes": [
("2023-02-06", "SNF Nursing Note", """
SKIN: new wound L anterior thigh approx 4x3 cm, purple-black, hard to touch, resident winces with any pressure. First noted on 01/30/2023 by day shift.
Resident says nothing has knocked that leg; he tells staff he's had no warming or cooling of it either.
Hx: ESRD on HD, afib on Coumadin. BMI 24.0.
MD notified, awaiting orders. Pillow to offload.
"""),
("2023-02-09", "Telephone Note", """
Daughter Linda returned our call. She says she has been bringing her dad a hot water bottle every evening since Christmas, and he keeps it on his L thigh for sciatica -- "he probably forgot to tell you".
Explained the new wound. She agreed to take the hot water bottle home.
"""),
("2023-02-16", "Dermatology Consult", """
Biopsy-confirmed calciphylaxis of the left anterior thigh.
Family reports nightly hot water bottle on that thigh since 12/25/22 (the resident himself had denied heat).
Recs: no heat or cold packs, STS with HD, stop warfarin if cardiology agrees, wound RN weekly.
"""),
]}

Y13 = {"patient_id": "Y13", "age": 74, "sex": "F", "notes": [
("2020-04-28", "Vascular Surgery Clinic", """
74F. ESRD (HD). Type 2 diabetes: sitagliptin + diet. Chronic venous insufficiency.
Fitted with knee-high 20-30 mmHg compression stockings on 03/02/2020 and wears them on both legs all day. Mid-April a painful purple band appeared on the L calf just beneath the knee where the top cuff digs in; it has now ulcerated.
Exam: L proximal calf, 6 cm indurated violaceous band with 2 cm ulcer. R calf unremarkable. ABI 0.9 bilaterally. BMI 34.0.
Imp: ? calciphylaxis vs pressure ulcer from the stocking.
Plan: stockings off. Derm referral.
"""),
("2020-05-06", "Dermatology Consult", """
L calf biopsy: calciphylaxis.
Likely provoked by the stocking cuff compressing the upper calf.
Compression stopped for good. STS started by renal; calcium binder stopped.
"""),
]}

Y14 = {"patient_id": "Y14", "age": 63, "sex": "M", "notes": [
("2022-04-22", "Discharge Summary", """
Admit: 04/17/2022   Discharge: 04/22/2022
Dx: hyperkalemia (K 7.1) after missed dialysis.
63M with ESRD on HD (R arm AV fistula), insulin-requiring DM2. In the ED a peripheral IV was put in the L volar forearm for calcium gluconate and insulin/dextrose. Urgent HD x2, K normalized.
Glargine continued. BMI 27.7.
Follow-up: dialysis unit Monday.
"""),
("2022-05-03", "Dermatology Consult", """
63M, HD, DM on insulin. Painful ulcer of the left volar forearm that began on 4/27, exactly where he had an IV cannula during his Easter admission.
Exam: 2.5 cm ulcer with black base and livedo around it.
Bx: calciphylaxis.
Plan: STS, wound care, no more lines in the L arm.
"""),
]}

Y15 = {"patient_id": "Y15", "age": 57, "sex": "F", "notes": [
("2023-10-03", "Endocrinology Follow-up", """
57F type 1 DM since childhood, ESRD on PD.
Insulin by pen. Being left-handed, she crosses over and puts every dose into the front of her R thigh, has done for years.
Exam: R thigh mild lipohypertrophy, no erythema. BMI 37.0.
A1c 8.2. Increased basal by 2 u. Rotation discussed.
"""),
("2023-11-20", "Dermatology Consult", """
3-wk hx of an exquisitely sore necrotic plaque, L medial thigh.
She never injects on the left and denies heat, cold, bumps or falls there.
Exam: L medial thigh 5 cm eschar, retiform purpura around it. R thigh injection zone clear of lesions.
Bx: calciphylaxis.
Plan: STS via PD unit, wound care.
"""),
]}

Y16 = {"patient_id": "Y16", "age": 67, "sex": "M", "notes": [
("2018-06-19", "Primary Care Visit", """
67M, still doing part-time machinist work, stands all shift with his left hip leaned against the edge of the workbench and has done so for years.
PMH: ESRD on nocturnal HD. Took warfarin until 2017, stopped after GI haemorrhage. Non-diabetic. BMI 28.3.
Exam, L hip: callused, hyperpigmented skin over the greater trochanter; no wound.
Counselled on padding.
"""),
("2018-07-10", "Dermatology Consult", """
Two weeks of a painful retiform plaque, L lateral thigh, lower third (about 10 cm proximal to the knee).
Biopsy: calciphylaxis.
The skin over his L hip where he leans on the bench is intact and unaffected.
Plan: STS, wound care, nephrology to review phosphate control.
"""),
]}

Y17 = {"patient_id": "Y17", "age": 71, "sex": "F", "notes": [
("2024-09-09", "Dialysis RN Note", """
Pt reports new painful purple hard patch L calf, first noticed 09/02/2024. Can't recall knocking it, hasn't fallen, no heat and no jabs there -- insulin only goes in her tummy. On warfarin (mechanical AVR).
Pre-tx vitals stable. Charge RN notified nephrology.
"""),
("2024-09-23", "Emergency Department Note", """
Mechanical fall at home 9/20, struck L calf on the edge of the bath.
Known L calf eschar (under evaluation for possible calciphylaxis) now oozing blood. No head strike, no LOC.
BMI 31.2. INR 2.6.
Pressure dressing; home with follow-up at derm as already booked.
"""),
("2024-10-01", "Dermatology Consult", """
L calf biopsy: calciphylaxis. The lesion started on 9/2, before her fall on 9/20.
Recs: STS with HD, stop warfarin if possible, wound clinic, fall prevention at home.
"""),
]}

Y18 = {"patient_id": "Y18", "age": 60, "sex": "M", "notes": [
("2020-02-24", "PD Clinic Note", """
60M on CCPD.
New R buttock plaque since 02/10/2020 -- firm, violaceous, very sore. Since it started hurting he perches on a heating pad placed over it, for comfort.
No diabetes, no anticoagulation. BMI 33.0.
Plan: biopsy, stop the heat, labs.
"""),
("2020-03-09", "Wound Care Note", """
Biopsy 2/26 of the R buttock: calciphylaxis.
Eschar sharply debrided at bedside today, then alginate + foam held with tape.
Heating pad use has stopped (it was used only after the plaque appeared).
"""),
]}

Y19 = {"patient_id": "Y19", "age": 52, "sex": "F", "notes": [
("2019-10-15", "General Surgery Consult", """
52F, ESRD on HD, antiphospholipid syndrome on warfarin. Morbid obesity, BMI 45.1. Not diabetic.
Painful necrotic plaque on the lower pannus (midline and right) for 3 wks.
Per pt no shots in the belly, no heating pads, no belts, no injury there.
Plan: biopsy + debridement in OR Thursday. Post-op SC heparin would be given in the abdomen -- will reconsider.
"""),
("2019-10-25", "Operative / Pathology Note", """
Pannus debrided to bleeding tissue. Frozen and permanent sections: calciphylaxis.
VTE prophylaxis: SCDs only, no SC heparin.
Dressings twice daily, STS with HD.
"""),
]}

Y20 = {"patient_id": "Y20", "age": 76, "sex": "M", "notes": [
("2021-03-02", "Internal Medicine Clinic", """
76M on HD, T2DM on insulin (injects in his arms). BMI 25.5.
1) Blistered, crusted patch L anterior thigh from a heating pad he dozed off on 2/20 -- partial-thickness burn.
2) Painful indurated purple plaques on the lower abdomen since mid-February; no injury, heat or injections to that area.
Plan: derm urgently for #2, silver dressing for #1.
"""),
("2021-03-15", "Dermatology Consult", """
Abdominal bx: calciphylaxis.
L thigh: healing second-degree burn, re-epithelialising well; this is not calciphylaxis.
STS, wound care.
"""),
]}

PATIENTS = [Y11, Y12, Y13, Y14, Y15, Y16, Y17, Y18, Y19, Y20]
