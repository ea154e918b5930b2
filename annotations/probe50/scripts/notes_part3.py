"""probe50 corpus notes, I15-I20 (interpreter- and family-mediated visits; all invented)."""

I15 = {"patient_id": "I15", "age": 76, "sex": "F", "notes": [
("2024-09-03", "Home Visit - Physician", """
Home visit. Pt Spanish speaking; granddaughter Daniela interpreted, pt's sister and son-in-law also in the living room.
76F CKD4, GFR around 18, conservative kidney care (family chose no dialysis). DM2 on insulin, granddaughter does injections into the abdomen, R side mostly. AF on warfarin.
Daniela reports a tender purple nodule on the belly, right side, "where I give the insulin" for about a month.
Pt's sister volunteered that she had "the same thing" and lost a toe from diabetes - not relevant to pt.
Exam: R periumbilical abdomen 3 cm firm violaceous nodule, small central duskiness, no eschar.
BMI 26.0.
Imp: possible calciphylaxis at insulin site vs lipohypertrophy w/ hematoma (on warfarin). Offered derm/biopsy.
"""),
("2024-09-17", "Telephone Encounter", """
Daniela called. Family discussed (in Spanish, with pt) and declines biopsy and derm referral - "she doesn't want more needles". Goals of care: comfort, hospice eval requested.
Nodule unchanged per family.
"""),
("2024-10-22", "Hospice Admission Note", """
Hospice RN admission. Interpreter line (Spanish #9934) + granddaughter.
Dx: CKD 4, DM2, AF. R abdominal nodule - calciphylaxis vs injection-site hematoma, never biopsied, not worked up further per family wishes. Insulin moved to L side of abdomen.
"""),
]}

I16 = {"patient_id": "I16", "age": 70, "sex": "M", "notes": [
("2018-10-10", "Nephrology Clinic Note", """
Farsi interpreter (phone, #5012). Daughter Shirin present.
70M ESRD on HD, on warfarin for recurrent DVT. No DM. BMI 31.2.
Shirin reports dad has had sore dark patches over both thighs for a week. No trauma.
Exam: bilat lateral thighs - retiform purpura, mild induration.
Concern for calciphylaxis; warfarin-induced skin necrosis also possible. Derm referral.
"""),
("2018-10-18", "Dermatology Consult", """
Interpreter Farsi (in person, Mr. Rahimi). Daughter and wife present.
Punch bx L thigh: superficial, nondiagnostic - no vascular calcification seen, some thrombi.
Imp: calciphylaxis cannot be excluded; warfarin necrosis also on the differential. Pt and family decline deeper bx for now.
"""),
("2018-12-04", "Nephrology Clinic Note", """
Interpreter Farsi (video). Daughter present.
Thigh lesions partly healed after switch from warfarin to apixaban. Etiology remains unclear, ?calciphylaxis ?warfarin necrosis - no repeat biopsy done. Weight down, BMI 29.8.
"""),
]}

I17 = {"patient_id": "I17", "age": 57, "sex": "F", "notes": [
("2022-05-16", "PD Clinic Note", """
Amharic interpreter (phone, #1188). Husband Dawit present.
57F ESRD on PD. No diabetes. BMI 24.0.
Husband says she has painful purple patches on both lower legs for 2 weeks; she spends the evenings with her legs close to the electric space heater.
Exam: bilat shins - livedo and 2 small violaceous plaques, one w/ central duskiness.
Imp: concern for CUA vs heat-related injury. Derm referral placed; biopsy planned.
"""),
("2022-06-01", "Telephone Encounter", """
Husband called via interpreter. Pt missed derm appt; family relocating out of state next week. Lesions "same". Advised to establish care and get skin biopsy there.
"""),
("2022-06-03", "Transfer Summary", """
Summary for receiving PD unit. ESRD on PD since 2020. Bilat lower leg lesions, suspected calciphylaxis vs thermal injury, biopsy not done. Please evaluate.
"""),
]}

I18 = {"patient_id": "I18", "age": 62, "sex": "M", "notes": [
("2021-08-02", "Inpatient Medicine Note", """
Vietnamese interpreter (in person, Ms. Pham). Wife present.
62M, HD-dependent ESRD; diabetic on insulin; obese, BMI 30.4.
Painful red swollen R lower leg with bullae x 4 days. Wife says he scratched a mosquito bite on the calf last week.
Imp: cellulitis vs calciphylaxis. r/o calciphylaxis - derm consult.
"""),
("2021-08-04", "Dermatology Consult", """
Interpreter Vietnamese (phone #2290). Wife, 2 sons present; elder son noted he himself has psoriasis.
R calf: bullous erythema, no retiform purpura, no eschar, warm. Bx: dermal edema and neutrophils, vessels without calcium.
This rules out calciphylaxis. Dx bullous cellulitis.
"""),
("2021-08-12", "Discharge Summary", """
Bullous cellulitis R leg, improving on cefazolin with HD. Calciphylaxis excluded by biopsy. Follow up PCP.
"""),
]}

I19 = {"patient_id": "I19", "age": 48, "sex": "F", "notes": [
("2023-02-08", "Home Visit - Nursing", """
Home visit for BP/DM check. Pt Spanish speaking; her husband and teenage son present, son interpreted, pt's mother listening from the kitchen.
48F DM2 on metformin, CKD 3a, HTN. No dialysis. No insulin.
Pt's sister Rosa died last year of "calcifilaxis" while on dialysis in another town; pt worried it runs in family.
Skin exam: skin intact throughout; legs, belly and thighs clear.
BMI 33.1, obese.
"""),
("2023-02-21", "Primary Care Visit", """
Interpreter Spanish (in person, Mr. Ortega).
Discussed sister's calciphylaxis; explained it is not inherited, mostly dialysis-related. Pt's kidneys stable, eGFR 52. No skin findings.
"""),
]}

I20 = {"patient_id": "I20", "age": 71, "sex": "M", "notes": [
("2025-03-11", "Dialysis Unit Note", """
Punjabi interpreter via video (#6743); son Harpreet present.
71M ESRD on HD, AF on warfarin, DM2 on insulin.
Education (via interpreter): risk of calciphylaxis with warfarin and dialysis - keep hot-water bottles and heat pads away from the skin, and change insulin sites around. Report any painful dark skin patches.
Skin check: intact. BMI 28.0.
"""),
("2025-06-10", "Dialysis Unit Note", """
Son interprets. No skin lesions. Family says he follows the advice, no heat packs at home. Reinforced site rotation.
"""),
("2025-09-16", "Home Visit - Nursing", """
HV for missed HD sessions x2. Living room full - pt, wife, son Harpreet, daughter-in-law, two grandkids. Harpreet translating; wife answered most questions herself in Punjabi and he relayed.
Wife says her own sugar is "high too" and she takes tablets - advised own GP.
Pt missed HD because of a family wedding. Denies pain. Looked over legs, buttocks, belly and thighs: no sores, no dark patches, insulin sites on the abdomen unremarkable.
Weight 79 kg. INR 2.4 on warfarin. Reviewed: if a painful purple spot ever shows up, call the unit the same day.
"""),
]}

PATIENTS = [I15, I16, I17, I18, I19, I20]
