"""probe98 corpus notes, T15-T20 (transplant nephrology; all people, places and wording invented)."""

T15 = {"patient_id": "T15", "age": 64, "sex": "M", "notes": [
("2018-10-09", "Transplant Nephrology Clinic", """
64M, DDKT 2008 -> chronic rejection, back on HD since 2016 (MWF, Cedar Flats unit). DM2: NPH 22u bid, pt injects R lateral thigh mostly.
No AC. BMI 32.6.
"""),
("2018-11-20", "Dermatology Consult", """
Derm: tender 2 cm nodule with faint purple lacy halo R lateral thigh at his insulin spot, present ~1 mo.
Ddx: calciphylaxis (early) vs insulin lipohypertrophy w/ fat necrosis vs panniculitis.
Punch bx today - non-diagnostic (too superficial, no subcutis). Rec deeper incisional bx; pt declined ("not another cut").
"""),
("2019-01-15", "Transplant Nephrology Clinic", """
Pt relocating to Arizona next wk to live w/ son; records sent. Nodule R thigh unchanged, no ulceration. Possible early CUA never confirmed, pt still declines repeat biopsy.
Insulin continues, advised rotate to abdomen. BMI 32.1.
"""),
]}

T16 = {"patient_id": "T16", "age": 77, "sex": "F", "notes": [
("2018-02-06", "Telephone Encounter", """
PD RN phone note: pt's husband says she got tangled in the dog leash Saturday and hit her left shin on the porch step, "its got a big goose egg and its going black and blue". On coumadin for AF.
Advised: INR at clinic visit Thurs.
"""),
("2018-02-22", "Inpatient Nephrology Progress Note", """
77F ESRD on CCPD, AF on warfarin (INR 4.6 on admit), no DM, BMI 30.4.
L anterior shin: 8 cm black necrotic plaque w/ surrounding livedo, at site of the bump 2 wks ago.
A: ddx - CUA? coumadin necrosis? infected hematoma that has necrosed? Derm to bx.
"""),
("2018-02-27", "Inpatient Dermatology Consult", """
Derm f/u: family and pt decline biopsy after goals-of-care discussion; transitioning to hospice at home. Warfarin held.
Final impression remains uncertain - possible CUA vs hematoma necrosis; no tissue dx.
"""),
]}

T17 = {"patient_id": "T17", "age": 45, "sex": "M", "notes": [
("2023-03-14", "Post-Transplant Immunosuppression Clinic", """
45M, pre-emptive LRKT 2019 (brother donor), never dialysed. Baseline Cr 1.7 (CKD 3bT). Tac/MMF/pred. Post-transplant DM on insulin glargine 12u.
Recent admission 2/2023 for ankle ORIF; enoxaparin SQ x 10 d into the belly.
No warfarin. BMI 28.0.
"""),
("2023-04-11", "Dermatology Consult", """
Derm
Two firm, mildly tender subQ nodules periumbilical, R side, at his enoxaparin sites, one w/ faint livedoid rim. No ulcer.
Assessment: r/o calciphylaxis (very unusual w/ functioning graft) vs enoxaparin-related panniculitis vs hematoma. Recommend excisional bx.
"""),
("2023-05-30", "Post-Transplant Immunosuppression Clinic", """
No-showed derm bx x2. By phone: nodules "going down". Calciphylaxis question remains open; will re-refer if they recur.
Cr 1.8. Insulin continues. BMI 28.3.
"""),
]}

T18 = {"patient_id": "T18", "age": 69, "sex": "F", "notes": [
("2019-05-07", "Hemodialysis Unit Progress Note", """
69F, failed DDKT (2001-2014), HD MWF. Warfarin started 4/22 for new AF. DM2 on glipizide. BMI 31.0.
New painful dark purple patches both thighs x 3 days. Concern for calciphylaxis -> urgent derm.
"""),
("2019-05-09", "Inpatient Dermatology Consult", """
Derm: bilat anterior thighs, sharply demarcated hemorrhagic bullae and necrosis, onset 2 wks after warfarin start, protein C low.
Bx: thrombosed dermal capillaries; vessel walls: zero calcium deposition; VK-negative.
Dx = warfarin-induced skin necrosis, so calciphylaxis is off the table (ruled out).
"""),
("2019-06-18", "Transplant Nephrology Clinic", """
Thigh necrosis healing w/ local care. Warfarin stopped, on apixaban. Calciphylaxis excluded on histology.
BMI 30.6. Still on glipizide, no insulin.
"""),
]}

T19 = {"patient_id": "T19", "age": 38, "sex": "M", "notes": [
("2025-08-19", "Kidney Transplant Evaluation", """
38M, ESKD (Alport), on home PD w/ overnight cycler x 2y. No DM, no warfarin.
FHx: older brother, also Alport, had biopsy-proven calciphylaxis of the legs while on HD and passed away 2021.
Skin: intact, no lesions. BMI 25.0.
"""),
("2025-10-07", "Transplant Nephrology Clinic", """
F/u eval: cleared by cardiology. Skin exam again normal, no nodules or ulcers. Pt anxious about brother's illness; explained his own risk is low on PD w/ good phos control.
BMI 25.3.
"""),
]}

T20 = {"patient_id": "T20", "age": 50, "sex": "F", "notes": [
("2024-04-23", "Post-Transplant Immunosuppression Clinic", """
50F, DDKT 2020, stable graft (Cr 1.1, CKD 2T). PTDM on insulin degludec. Hx PE 2017 -> warfarin x 1 yr, now off.
Tac/MMF. BMI 29.8.
Pt read online about "skin calcification" - told her calciphylaxis would mainly be a risk if the graft ever failed and she needed dialysis; if painful skin lesions appear she should call.
"""),
("2024-10-22", "Post-Transplant Immunosuppression Clinic", """
Stable. No skin complaints, skin exam normal. Protocol graft biopsy planned for 1/2025.
BMI 30.2 (up 1 kg).
"""),
]}

PATIENTS = [T15, T16, T17, T18, T19, T20]
