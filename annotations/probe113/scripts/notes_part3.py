"""probe113 corpus notes, I15-I20 (intensive and critical care; all invented)."""

I15 = {"patient_id": "I15", "age": 80, "sex": "M", "notes": [
("2026-01-05", "MICU H&P", """
80M with stage 4 CKD, no HD/PD, DM2 insulin-requiring (wife gives NPH into R thigh), AF on warfarin, BMI 28.4.
R anterior thigh: dusky plaque w/ black center at the insulin spot.
"""),
("2026-01-07", "Dermatology Consult", """
Concern for calciphylaxis; differential includes warfarin-induced skin necrosis. Biopsy recommended.
"""),
("2026-01-09", "MICU Progress Note", """
Family meeting: goals changed to comfort care. Biopsy deferred.
"""),
("2026-01-11", "MICU Death Note", """
Pt passed peacefully with family at bedside. R thigh lesion never biopsied; etiology unconfirmed.
"""),
]}

I16 = {"patient_id": "I16", "age": 44, "sex": "F", "notes": [
("2018-05-10", "MICU Progress Note", """
44F ESRD HD, no DM, BMI 30.2. L lower abd ulcer at heparin SC injection site. r/o calciphylaxis.
"""),
("2018-05-12", "Dermatology Consult", """
Punch bx nondiagnostic. Deeper bx suggested.
"""),
("2018-05-14", "Transfer Note", """
Transferred to outside facility at family request. Calciphylaxis not confirmed.
"""),
]}

I17 = {"patient_id": "I17", "age": 67, "sex": "M", "notes": [
("2025-08-01", "SICU Progress Note", """
67M ESRD HD, DM2 diet-controlled, BMI 25.0. L groin retiform purpura at prior fem line site.
"""),
("2025-08-03", "Dermatology Consult", """
Calciphylaxis cannot be excluded; DIC also possible.
"""),
("2025-08-06", "Discharge Summary", """
Discharged to LTACH. L groin lesion improving. Diagnosis unconfirmed.
"""),
]}

I18 = {"patient_id": "I18", "age": 70, "sex": "F", "notes": [
("2019-03-01", "CCU Progress Note", """
70F ESRD HD, DM2 on insulin, on warfarin, BMI 29.0. s/p cardiac cath 2/27. Bilateral feet livedo, ?calciphylaxis.
"""),
("2019-03-03", "Dermatology Consult", """
Bx shows cholesterol emboli.
"""),
("2019-03-05", "CCU Progress Note", """
Calciphylaxis ruled out. Dx: cholesterol embolization syndrome.
"""),
("2019-03-08", "Discharge Summary", """
Discharged home. No calciphylaxis.
"""),
]}

I19 = {"patient_id": "I19", "age": 39, "sex": "M", "notes": [
("2020-11-11", "MICU H&P", """
39M AKI, no dialysis needed, no DM, BMI 23.0. Mother had calciphylaxis on dialysis. Skin intact.
"""),
("2020-11-13", "MICU Progress Note", """
Renal function recovering. Skin intact.
"""),
]}

I20 = {"patient_id": "I20", "age": 61, "sex": "F", "notes": [
("2022-09-02", "MICU Progress Note", """
61F ESRD HD, DM2 insulin, BMI 38.7. At risk for calciphylaxis.
"""),
("2022-09-04", "Pharmacy Note", """
Avoid warfarin. Should painful new skin lesions appear, think of calciphylaxis.
"""),
("2022-09-06", "MICU Progress Note", """
Skin intact. No lesions.
"""),
]}

PATIENTS = [I15, I16, I17, I18, I19, I20]
