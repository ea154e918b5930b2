"""probe90 corpus notes, J15-J20 (geriatric medicine and memory clinic; all invented)."""

J15 = {"patient_id": "J15", "age": 92, "sex": "F", "notes": [
("2025-04-02", "Nursing Home Geriatric Review", """
Care home round - Elmstead House, room 4
92F, advanced mixed dementia (FAST 7a), no longer speaks. Renal: end-stage, managed conservatively - family chose against dialysis in 2023. Diabetes on insulin; staff give it into the abdomen. BMI 19.5.
Night staff found a dark firm patch on her lower tummy, left of the navel, on 3/28.
O/E: 3 cm violaceous plaque, blackish centre, in the area where the injections go.
Imp: possible calciphylaxis; could equally be fat necrosis or a haematoma from the needle.
"""),
("2025-04-09", "Family Meeting Note", """
Met both sons in the quiet room w/ unit manager.
Explained that without a skin sample we cannot be sure - sons do not want it, goals are comfort. Insulin simplified to once daily, sites moved to the thighs.
Dx stays uncertain: ?calciphylaxis, not confirmed. DNACPR in place.
"""),
("2025-05-20", "Nursing Home Geriatric Review", """
Round
Belly lesion same size, dry crust, pain controlled with patch. No further investigations per family wishes. Eating small amounts.
"""),
]}

J16 = {"patient_id": "J16", "age": 78, "sex": "M", "notes": [
("2018-09-12", "Geriatric Medicine Clinic", """
Geri clinic
78M on PD (CCPD). Anticoag: warfarin (AF). DM: none. BMI 30.0 today.
Knocked his R thigh on the car door getting in on 8/30; from 9/5 the spot turned purple and began to hurt badly.
O/E: R anterior thigh, 5 cm necrotic plaque with a dusky halo.
Differential: warfarin necrosis / calciphylaxis / expanding haematoma. INR 3.1.
Plan: derm bx.
"""),
("2018-09-25", "Dermatology Note", """
Derm
Bx 9/18: only superficial dermis sampled, nondiagnostic. Calciphylaxis not excluded - repeat deep wedge bx planned for October.
"""),
("2018-10-30", "Geriatric Medicine Telephone Note", """
Daughter rang: he has moved in with her in Arizona, will not be returning. Repeat biopsy never done. Copy of records posted to new PCP. Diagnosis was never settled.
"""),
]}

J17 = {"patient_id": "J17", "age": 81, "sex": "F", "notes": [
("2019-02-06", "Geriatric Medicine Clinic", """
Geriatric medicine
81F, CKD G4 (eGFR 18), not dialysing, followed by renal. T2DM - metformin changed to linagliptin. Took warfarin for years, stopped 2016 following a GI bleed. BMI 27.0.
Lives w/ husband who has early dementia - she is his carer.
Ulcers over both shins for six weeks, slow to heal.
Concern for calciphylaxis vs venous ulcers.
"""),
("2019-02-27", "Dermatology Note", """
Derm
Punch bx L shin: nondiagnostic, no calcium seen but sample shallow. Calciphylaxis cannot be excluded. She declines a second biopsy.
"""),
("2019-04-10", "Geriatric Medicine Clinic", """
Geri f/u
Shin ulcers improving slowly under compression wraps. Cause never pinned down - ?calciphylaxis still on the table.
Carer stress discussed; respite for husband arranged.
"""),
]}

J18 = {"patient_id": "J18", "age": 74, "sex": "M", "notes": [
("2020-05-13", "Geriatric Medicine Clinic", """
Geri clinic
74M on HD, insulin-treated diabetic, obese (BMI 32.5). Never anticoagulated.
Shallow painful ulcers on both lower legs, sloughy base, haemosiderin staining.
?calciphylaxis vs venous disease - bx.
"""),
("2020-06-03", "Dermatology Note", """
Derm
Bx L shin: venous stasis changes, vessels free of calcium. This is not calciphylaxis.
"""),
("2020-07-01", "Geriatric Medicine Clinic", """
Geri clinic
Venous ulcers both legs healing under 4-layer bandaging. Falls: none. Med rec unchanged.
"""),
]}

J19 = {"patient_id": "J19", "age": 69, "sex": "F", "notes": [
("2021-10-20", "Memory Clinic New Patient", """
Memory clinic, first visit
69F, retired nurse, self-referred with word-finding lapses. MoCA 25/30 -> MCI.
CKD 3a, stable. Type 2 DM on tablets (no insulin). Obese, BMI 31.5. No anticoagulants.
Her older sister, a dialysis patient, was diagnosed with calciphylaxis in 2018 and was dead within the year; she is frightened the same will happen. Skin examined: intact, no lesions.
"""),
("2022-04-20", "Memory Clinic Follow-up", """
Memory f/u
Cognition stable (MoCA 25). Mood better after counselling. Skin still clear.
"""),
]}

J20 = {"patient_id": "J20", "age": 85, "sex": "M", "notes": [
("2023-01-11", "Geriatric Medicine Clinic", """
Geriatric outpatients
85M, ESRD on PD, warfarin (AF). No diabetes. BMI 24.0.
Gait slower; uses stick. No falls.
"""),
("2023-03-08", "Memory Clinic Review", """
Memory
Wife says he forgets PD exchanges. Counselled re risk of calciphylaxis; keep any heat pad / rubber bottle of hot water well away from skin.
"""),
("2023-06-14", "Home Safety Evaluation", """
OT home visit
Rails fitted on stairs. Skin intact on inspection.
"""),
("2023-09-13", "Geriatric Medicine Clinic", """
Geri
Weight down, BMI 22.8. Skin intact. Still on warfarin.
"""),
]}

PATIENTS = [J15, J16, J17, J18, J19, J20]
