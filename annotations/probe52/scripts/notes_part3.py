"""probe52 corpus notes, C15-C20 (nursing home and geriatric care; all invented)."""

C15 = {"patient_id": "C15", "age": 93, "sex": "M", "notes": [
("2021-11-08", "Nursing Progress Note", """
Mr Albert Quennell - night staff found an electric heat pack (his own, plugged in) under his L shoulder blade in bed; he says he's used it "most nights since the summer" for his frozen shoulder. Removed.
Skin L upper back/shoulder: 4cm dark purple patch with a blackish centre and mottled edges, firm. Albert says it's been sore about a week.
PMH: end stage kidney disease - chose conservative management (no dialysis) 2019. Warfarin (AF). Non-diabetic. BMI 24.1.
"""),
("2021-11-10", "GP Ward Round", """
Dr Ifeoma Stroud - review of L posterior shoulder lesion.
Necrotic centre with violaceous rim and some livedo. DDx: thermal burn from heat pack vs calciphylaxis (ESKD, warfarin) vs pressure. Biopsy discussed - Albert and his daughter decline any procedures, in keeping with his ACP (comfort care).
Plan: simple dressings, pain relief, stop heat pack. Treat as possible calciphylaxis for comfort purposes, no further tests.
"""),
("2021-12-02", "End of Life Care Note", """
Albert died peacefully at 04:20 with daughter present. Shoulder wound had been dressed daily, still black in centre, cause never confirmed (burn vs ?calciphylaxis). Verification of death by RN. GP and family informed.
"""),
]}

C16 = {"patient_id": "C16", "age": 78, "sex": "F", "notes": [
("2024-03-12", "Diabetes Nurse Review", """
DSN review - Hollins Park
Mrs Maeve O'Shaughnessy, 78. T2DM on Toujeo 18 units (staff give, R side of abdomen mostly). PD at night. BMI 32.5 - obese.
R abdomen injection area: tender firm nodule 2cm with a purple halo and small dark scab on top. Advised: use L abdomen and thighs, avoid R abdomen completely.
"""),
("2024-03-20", "GP Ward Round", """
GP review. R abdominal nodule (insulin site) has grown to 2.5cm, dusky, faint livedo around it. On PD, insulin-treated.
Imp: ?early calciphylaxis, or perhaps just lipohypertrophy with a bleed / fat necrosis.
Discussed biopsy - Maeve does not want it ("I don't want any more holes"). Agreed to watch.
"""),
("2024-05-02", "Family Phone Update", """
Rang daughter Siobhan. Mum's tummy lump is smaller and no longer black on top, the GP still isn't certain what it was - they said it might have been the start of the kidney-related skin problem (calciphylaxis) but it was never tested. Insulin now in her thighs and L side. Siobhan content.
"""),
]}

C17 = {"patient_id": "C17", "age": 87, "sex": "M", "notes": [
("2019-07-15", "Falls Log", """
Fall log 15/07/19 - Mr Ernest Lobb tripped on rug edge in corridor, struck L shin on skirting/radiator cover. Laceration 2cm L anterior shin, cleaned, steristrips. Skin fragile. On warfarin (AF) - INR 2.6.
"""),
("2019-08-06", "GP Ward Round", """
Ernie, 87. CKD 3b (eGFR 36) - no dialysis. Anticoagulated (warfarin) because of his fibrillation. Nondiabetic. BMI 27.0.
L shin: where the lac was, now ulcerated, 3cm by 2.5cm, base black and necrotic, and surrounding purplish mottling, very painful out of proportion.
Imp: non-healing traumatic ulcer in elderly skin; cannot exclude calciphylaxis given warfarin. Refer to derm for ?biopsy.
"""),
("2019-08-28", "Transfer Summary", """
Transfer to Seaview Nursing Home (closer to son). Outstanding: derm appointment for L shin ulcer (?calciphylaxis vs traumatic/arterial ulcer) - not yet seen, referral letter enclosed; no biopsy done. Meds include warfarin. BMI 27.
"""),
]}

C18 = {"patient_id": "C18", "age": 73, "sex": "M", "notes": [
("2018-09-04", "GP Ward Round", """
Mr Reginald Thwaite, 73. HD, insulin-treated DM (Lantus), warfarin for LV thrombus. Obese, BMI 30.2.
Both thighs - painful purple net-like mottling with two small dark ulcers on the R. ?calciphylaxis. Urgent derm.
"""),
("2018-09-18", "Dermatology Letter", """
Biopsy R thigh: cholesterol clefts within small arterioles, no vascular or soft tissue calcification, von Kossa negative. Diagnosis: cholesterol embolisation syndrome (recent angiogram 6 weeks ago). Calciphylaxis excluded.
Plan: supportive, continue wound care.
"""),
("2018-10-09", "Family Phone Update", """
Updated wife (Pauline). Explained the leg rash is due to small cholesterol crystals blocking vessels after his heart test, not calciphylaxis as first feared. Thigh ulcers slowly improving with dressings.
"""),
]}

C19 = {"patient_id": "C19", "age": 81, "sex": "F", "notes": [
("2023-05-09", "Care Home Admission Assessment", """
Admission - Larkrise Residential
Mrs Hilda Marchbank, 81. Dementia (moderate), T2DM on metformin, kidney function normal (eGFR 78). BMI 25.0. No anticoagulants.
Family hx: brother had calciphylaxis on dialysis and died 2015 - daughter anxious about this.
Skin: intact. Uses a heated throw in the chair.
"""),
("2023-05-11", "Family Phone Update", """
Daughter (Jean) rang about uncle's illness. Reassured her that her mum's kidneys are normal and that there are no skin changes of concern. Will monitor skin weekly as per routine.
"""),
]}

C20 = {"patient_id": "C20", "age": 85, "sex": "F", "notes": [
("2025-03-04", "Advance Care Planning Discussion", """
ACP discussion - Mrs Constance Ilori, with daughter + renal nurse specialist.
End-stage kidney disease (eGFR 9). Decision re: dialysis vs conservative kidney management.
Explained that dialysis carries burdens incl. transport 3x weekly, fatigue, and rare complications such as calciphylaxis (painful skin ulcers), esp with her diabetes and insulin use. Constance chose conservative care - no dialysis.
Insulin (Levemir) continued with simplified regimen. BMI 22.0. No warfarin.
"""),
("2025-03-18", "MDS Quarterly Review", """
MDS quarterly - Section M: no pressure ulcers, no skin lesions. Skin intact, dry on shins. Conservative kidney care plan in place, not on dialysis. Resident eating well.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
