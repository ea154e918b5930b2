"""probe37 corpus notes, Y21-Y30 (decision challenge, mixed clinical styles; all invented)."""

Y21 = {"patient_id": "Y21", "age": 62, "sex": "F", "notes": [
("2025-06-02", "Patient Portal Message", """
Subject: sore on my leg
hi, ive got a really painfull sore on my left thigh, started around 5/20 and now theres a black bit in the middle of it. Could it be from my husbands insulin?? he does his shots in his own thighs every day and sits right next to me on the sofa. I dont take insulin, Im not diabetic. weight has gone up too, dietitian said my BMI is 31.9
can somebody look at it before dialysis on weds
thanks Carol
"""),
("2025-06-10", "Dermatology Consult", """
62F on HD for chronic glomerulonephritis. Obesity.
L anterolateral thigh necrotic plaque since about 5/20.
She herself has never had injections or heat there; the injections she mentioned are her husband's (he is the diabetic).
Bx: calciphylaxis.
Plan: STS, wound care, nephrology.
"""),
("2025-07-08", "Dialysis Progress Note", """
Thigh wound stable, less pain.
Her husband fell last week and cut his own L thigh -- pt upset about him; no injury to her.
BMI 31.4.
"""),
]}

Y22 = {"patient_id": "Y22", "age": 54, "sex": "M", "notes": [
("2022-11-07", "Dermatology Consult", """
54M on CCPD, T2DM on oral agents (no insulin). BMI 34.6.
Painful retiform purpura with eschar on both medial thighs since 10/2022. Biopsy: calciphylaxis.
No trauma, heat or injections to the thighs.
Counselled him to keep any heat pad or cold pack away from his legs, no injections into the thighs, protect the legs from knocks -- trauma may set off new lesions.
"""),
("2022-12-12", "Nephrology Note", """
Changed from PD to in-centre HD on 12/5 so thiosulfate can be given with dialysis.
Reinforced: never warm the legs; any future SC meds go in the arms.
Thigh wounds unchanged.
"""),
]}

Y23 = {"patient_id": "Y23", "age": 66, "sex": "M", "notes": [
("2018-03-12", "Diabetes Clinic", """
66M, HD-dependent ESRD, insulin-treated DM; self-injects in the L abdomen.
Tender firm nodule at that injection site x 2 wks with purplish mottling.
DDx: lipohypertrophy with fat necrosis vs calciphylaxis -- cannot exclude the latter.
BMI 30.0. Rotate sites; derm referral.
"""),
("2018-04-16", "Dermatology Consult", """
Pt declined biopsy. Nodule smaller since he moved to the R side for injections.
Calciphylaxis remains possible; no other diagnosis made. Will observe, return if it enlarges or ulcerates.
"""),
]}

Y24 = {"patient_id": "Y24", "age": 81, "sex": "F", "notes": [
("2025-01-13", "Dialysis Unit Physician Note", """
81F on HD with long-standing uremic pruritus, scratches both shins raw.
New ulcer R shin past 10 days, black base, livedoid border.
Concern for calciphylaxis. On warfarin. BMI 21.4.
Derm consult requested.
"""),
("2025-01-27", "Palliative Care Note", """
Goals of care meeting with pt and son. She has chosen comfort-focused care; continues HD for now but declines biopsy or further workup.
R shin ulcer: suspected calciphylaxis, never biopsied. Focus on pain control and gentle dressings.
"""),
]}

Y25 = {"patient_id": "Y25", "age": 59, "sex": "F", "notes": [
("2019-11-19", "PD Clinic Note", """
59F on CAPD. Type 2 DM (linagliptin; never insulin). BMI 28.9.
Most evenings she props the heat pad under her L buttock, for sciatica. New painful indurated area there with brown reticulate discolouration.
R/o calciphylaxis vs erythema ab igne with panniculitis. Derm.
"""),
("2020-01-07", "Dermatology Consult", """
Punch bx nondiagnostic (too superficial). Recommended a deeper incisional biopsy, but she is moving out of state next week and will transfer care.
Calciphylaxis neither confirmed nor excluded.
"""),
]}

Y26 = {"patient_id": "Y26", "age": 70, "sex": "F", "notes": [
("2024-04-22", "CKD Clinic Note", """
70F, CKD stage 4, no dialysis yet; insulin-treated T2DM, warfarin for AF, obesity class II (BMI 36.7).
Tender livedo and two small ulcers on both posterior calves x 1 mo. No trauma.
Favor calciphylaxis; ddx livedoid vasculopathy, cholesterol emboli.
Refer derm.
"""),
("2024-05-14", "Dermatology Consult", """
Clinically I favor calciphylaxis but cannot confirm it; biopsy booked and cancelled by pt twice.
BMI 36.2.
Will rebook; pt reluctant.
"""),
]}

Y27 = {"patient_id": "Y27", "age": 58, "sex": "F", "notes": [
("2021-08-16", "Inpatient Dermatology Consult", """
58F, CKD 3b. Warfarin started 8/9 for PE.
Day 5 of therapy: painful purpuric necrotic plaque on the R breast.
Timing fits warfarin-induced skin necrosis. Would keep calciphylaxis in mind too. BMI 32.3.
Biopsy today; protein C level sent.
"""),
("2021-08-24", "Dermatology Follow-up", """
Bx: thrombi in dermal vessels, no calcification on von Kossa. Protein C low.
Final: warfarin-induced skin necrosis on a background of low protein C. Calciphylaxis is ruled out.
Warfarin stopped, heparin bridge per medicine.
"""),
]}

Y28 = {"patient_id": "Y28", "age": 45, "sex": "M", "notes": [
("2023-03-06", "HD Unit Note", """
45M on HD three times weekly, type 1 DM on insulin.
Lost his brother to calciphylaxis in 2021 and worries about his own risk.
Skin check: intact. A couple of small bruises at his insulin sites on the abdomen. BMI 23.3.
"""),
("2023-09-11", "Nephrology Clinic", """
No skin lesions today.
Family history of calciphylaxis (brother). Went through phosphate control and avoiding warfarin and calcium binders.
"""),
]}

Y29 = {"patient_id": "Y29", "age": 73, "sex": "M", "notes": [
("2020-06-15", "Nephrology Clinic", """
73M, CKD stage 5, not yet on dialysis, preparing for HD. Obese (BMI 35.1). Warfarin for AF.
Discussed: if painful skin lesions develop, consider calciphylaxis -- he should call straight away.
"""),
("2020-09-14", "HD Initiation Note", """
Started in-centre HD on 9/8 via R IJ tunnelled catheter. Tolerating 3.5 h runs.
"""),
("2020-12-07", "Dialysis Monthly Review", """
Skin intact. No calciphylaxis.
Warfarin switched to apixaban. BMI 33.8.
"""),
]}

Y30 = {"patient_id": "Y30", "age": 50, "sex": "F", "notes": [
("2024-10-21", "Surgery Post-op Clinic", """
50F s/p sigmoid colectomy 9/30 for diverticulitis.
Enlarging painful ulcer at the midline incision with a violaceous undermined border since 10/10. No kidney disease. BMI 26.9.
? calciphylaxis vs pyoderma gangrenosum vs wound infection.
"""),
("2024-11-04", "Dermatology Consult", """
Bx: dense neutrophilic dermal infiltrate, no vascular calcification.
Dx: pyoderma gangrenosum (pathergy at the incision). Calciphylaxis excluded.
Start prednisone; no further debridement.
"""),
]}

PATIENTS = [Y21, Y22, Y23, Y24, Y25, Y26, Y27, Y28, Y29, Y30]
