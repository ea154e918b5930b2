"""probe127 corpus notes, M15-M20 (interdisciplinary wound conference and case-review minutes; all invented)."""

M15 = {"patient_id": "M15", "age": 59, "sex": "F", "notes": [
("2021-09-08", "Wound Conference Minutes", """
Wound MDT 9/8/21
Present: Dr G. Rasmussen (renal), Dr O. Kettering (derm), M. Ferreira RN, endocrine fellow
59F, HD MWF, DM2 insulin-requiring (injects the R side of the abdomen near the navel). BMI 36.7. No warfarin.
R periumbilical: tender firm nodule 2.5 cm, slightly purple, tiny dark crust. About a month.
Kettering: differential = early calciphylaxis (possible) / lipohypertrophy w/ fat necrosis / abscess.
Endocrine fellow favours lipohypertrophy.
Actions: US of the nodule; consider bx.
"""),
("2021-09-22", "Interdisciplinary Case Review", """
Case review 9/22
US: heterogeneous subcutaneous fat, no collection.
Bx deferred: pt anxious, and Kettering prefers to watch 2 wks first.
Working diagnosis still "?CUA vs injection-site fat necrosis". Insulin moved to the L abdomen meanwhile.
"""),
("2021-10-20", "Wound Conference Minutes", """
MDT 10/20: nodule unchanged. Pt relocating next wk - sister lives interstate, she'll stay with her; care transferred.
Calciphylaxis never confirmed or excluded - handover letter says "possible calciphylaxis, biopsy not done".
BMI 36.9.
"""),
]}

M16 = {"patient_id": "M16", "age": 72, "sex": "M", "notes": [
("2025-06-11", "Wound Conference Minutes", """
Wound conference 6/11/2025
Present: Dr A. Lindahl (renal), Dr M. Osei (derm), Dr J. Whitcombe (ortho), K. Mahlangu RN
72M, CAPD. No diabetes. AF on warfarin. BMI 29.5.
R distal tib/fib fracture after a trip on a curb 4/20, in a below-knee cast since 4/22. Cast edge rubbed the front of the R shin.
Cast off 6/3: R anterior shin, necrotic ulcer 3 cm with purple mottled rim at the old cast margin.
Whitcombe: cast sore. Osei: concern for calciphylaxis given PD + warfarin; bx.
"""),
("2025-06-25", "Interdisciplinary Case Review", """
Case review 6/25 - R shin
Punch bx: dermal necrosis and some vessel thrombi, von Kossa negative for calcium - nondiagnostic.
Osei: calciphylaxis not excluded, sampling may have missed it. Whitcombe: pressure ulcer from the cast.
No consensus; labelled "pressure ulcer vs calciphylaxis".
"""),
("2025-07-23", "Wound Conference Minutes", """
MDT 7/23 - R shin ulcer slowly healing. Pt declined repeat bx. Still listed as possible CUA.
Warfarin continues. BMI 29.5.
"""),
]}

M17 = {"patient_id": "M17", "age": 65, "sex": "F", "notes": [
("2018-11-07", "Wound Conference Minutes", """
Wound MDT 11/7/18
Present: Dr P. Harrow (renal), Dr D. Anand (derm), E. Kowalski RN, hospice liaison
65F, HD MWF, insulin-treated diabetes; never warfarin; BMI 33.1.
L anterior thigh: purple net-like patch with a black centre, 4 cm. Onset unclear, "a couple of weeks".
Daughter: mum puts the electric heat pad on her left thigh for sciatica, "every night since the summer".
Anand: favour calciphylaxis vs thermal injury - bx.
Harrow: thermal burn more likely.
"""),
("2018-11-21", "Interdisciplinary Case Review", """
Case review 11/21
Bx refused by pt. Heating pad removed.
Anand still suspects calciphylaxis; Harrow unconvinced.
Label unchanged - "possible calciphylaxis vs heat injury", uncertain.
"""),
("2018-12-05", "Wound Conference Minutes", """
MDT 12/5
Patch unchanged. Pt considering hospice. BMI 31.6.
"""),
("2019-01-09", "Wound Conference Minutes", """
MDT 1/9/19
Enrolled in hospice 12/20; HD stopped. Lesion never biopsied. Final label in our log: possible calciphylaxis, not confirmed.
Last BMI 31.0.
"""),
]}

M18 = {"patient_id": "M18", "age": 68, "sex": "M", "notes": [
("2020-07-15", "Wound Conference Minutes", """
Wound MDT 7/15/20
Present: Dr K. Yoon (renal), Dr F. Adler (derm), S. Diallo RN (wound), haematology registrar (T. Ng)
68M on HD MWF, no diabetes. Warfarin loaded 7/1 for a L popliteal DVT, no bridging because of bleeding worry. BMI 27.9.
Diallo: anterior aspect of both thighs, branching purple patches, a few already grey-black in the middle; came up about 10 days after the warfarin was started.
Adler: r/o calciphylaxis; other contender = warfarin-induced skin necrosis - timing leans to the second; bx from both sides.
Ng: check protein C & S.
Actions: bx x2; haem to advise on anticoag.
"""),
("2020-07-29", "Interdisciplinary Case Review", """
Case review 7/29 - thigh purpura
Bx R + L thigh: thrombus plugging dermal + subcut venules, haemorrhagic necrosis; von Kossa stain negative. Protein C at 31%.
Adler and Ng both land on warfarin-induced skin necrosis. We have ruled out calciphylaxis - off the problem list.
Yoon agrees. Warfarin stopped 7/24, heparin with HD, DOAC later per haem.
"""),
("2020-08-26", "Wound Conference Minutes", """
MDT 8/26: thigh necrosis from warfarin healing by secondary intention, eschars lifting. BMI 27.5.
No new areas. Discharge from MDT list.
"""),
]}

M19 = {"patient_id": "M19", "age": 47, "sex": "F", "notes": [
("2022-10-05", "Wound Conference Minutes", """
Wound MDT 10/5/22 - referral for "skin surveillance"
Present: Dr L. Abiodun (renal), Dr S. Marchetti (derm), N. Pillai RN (PD)
47F, CCPD 2 yrs, type 1 diabetes since age 9, insulin pump (cannula moved every 3 days around the abdomen). BMI 23.4.
Why referred: her big brother died in 2021 of calciphylaxis on dialysis in another hospital; she is scared it runs in the family.
Marchetti full skin exam: a small yellowing bruise at an old pump cannula site L abdomen, otherwise nothing purpuric, nodular or ulcerated. No sign of calciphylaxis.
Pillai: discussed the warning signs with her.
"""),
("2022-11-02", "Interdisciplinary Case Review", """
Case review 11/2 - skin surveillance, 47 F (PD)
Skin recheck normal, bruise gone. Never took warfarin. Ca x P fine.
Consensus: no calciphylaxis; family history only. Open access to derm clinic if anything new.
"""),
]}

M20 = {"patient_id": "M20", "age": 58, "sex": "M", "notes": [
("2023-03-01", "Dialysis Unit Skin Review", """
QAPI skin-risk review - Riverside HD unit, 3/1/23
Attending: unit medical director Dr B. Ferro, charge RN O. Adebayo, SW K. Lindgren, RD
58M, HD MWF 5 yrs, no DM. Warfarin for AF. BMI 31.5, obese.
Flagged by the unit's risk score (warfarin + high phos + obesity).
Discussion: if calciphylaxis were to develop he would need early derm review and biopsy; explained to pt and wife. Wife asked about his heating pad - advised not to use it. Skin today intact.
Action: RD phosphate teaching; pharmacy to review warfarin vs apixaban.
"""),
("2023-04-05", "Dialysis Unit Skin Review", """
QAPI follow-up 4/5: skin intact on full check, no painful spots. Heating pad given away per wife.
Warfarin continued (cardiology preference). BMI 31.2.
"""),
]}

PATIENTS = [M15, M16, M17, M18, M19, M20]
