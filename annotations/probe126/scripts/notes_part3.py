"""probe126 corpus notes, K15-K20 (hospital-at-home and remote patient monitoring; all invented)."""

K15 = {"patient_id": "K15", "age": 80, "sex": "F", "notes": [
("2026-01-13", "HaH Admission H&P", """
HaH admit for pneumonia (CAP), oxygen via concentrator.
80F. ESKD - dialysing MWF. T2DM (sitagliptin only, insulin never). BMI 23.1. Not on warfarin.
VTE ppx: heparin 5000 u SC q12h started today, RN/CP to give into the abdomen.
Skin: intact.
"""),
("2026-01-22", "HaH Round - Day 9", """
Day 9. Lungs improving, off O2 since 1/20.
New: 3 x 2 cm dusky necrotic patch R lower abdomen at a heparin injection site, noticed 1/20, painful.
Differential - early calciphylaxis, heparin skin necrosis, or injection hematoma. Platelets stable.
Heparin stopped, SCDs instead. Bx offered - pt and son decline ("no more needles").
"""),
("2026-02-02", "HaH Discharge to Hospice", """
Pt elected hospice at home; transfer today.
R abdominal patch: unchanged, dry eschar. Possible calciphylaxis - never biopsied, no further work-up per goals of care.
Comfort measures.
"""),
]}

K16 = {"patient_id": "K16", "age": 57, "sex": "M", "notes": [
("2020-07-08", "RPM Nurse Call", """
RPM call: pt uploaded photo of ankle sore w/ app message "this wont heal".
57M, CKD4 w/ eGFR 18 - no dialysis yet. T2DM on glipizide. Warfarin for mech AVR.
Says he bumped his left ankle on the boat trailer around July 4th, then a dark sore formed on the outer ankle bone.
Photo: L lateral malleolus, 2cm ulcer, base black, rim purple.
Booked HaH NP visit.
"""),
("2020-07-10", "HaH NP Home Visit", """
NP visit. L lateral ankle - 2.5 x 2 cm punched-out ulcer w/ dry black base, livedoid rim, very painful. DP faint, PT absent on L.
ABI L 0.62.
Imp: arterial ulcer vs calciphylaxis (r/o) - warfarin + advanced CKD. Bx deferred until vascular eval (poor perfusion).
BMI 28.4. A1c 9.2 - starting insulin glargine 10 u nightly, teaching done.
"""),
("2020-07-24", "RPM Nurse Call", """
Pt relocating next wk to his sister's (Oregon); care transferred. Vascular appt there pending.
Ankle ulcer unchanged per photo. No bx done, calciphylaxis still not excluded.
Using insulin nightly without problems, BG 140-180.
"""),
]}

K17 = {"patient_id": "K17", "age": 49, "sex": "F", "notes": [
("2018-09-18", "HaH Admission", """
HaH admit (PD peritonitis, IP abx).
49F, ESRD on PD, no DM, no anticoagulants. Morbid obesity, BMI 45.0.
Incidental: lacy purple mottling on both thighs, w/ 2 small painful subcut nodules L thigh; pt noticed last month.
Can't exclude early calciphylaxis vs livedo reticularis w/ panniculitis. Bx tomorrow.
"""),
("2018-10-02", "HaH Discharge", """
Peritonitis resolved.
Thigh bx: nonspecific septal panniculitis; vessels without calcium - nondiagnostic. Nodules now smaller, pain gone.
Calciphylaxis possible but unproven; derm f/u outpatient, repeat bx if progression.
"""),
]}

K18 = {"patient_id": "K18", "age": 69, "sex": "M", "notes": [
("2026-03-03", "HaH Admission H&P", """
HaH admit from ED for LLE DVT.
69M, ESKD, HD Tu/Th/Sa. T2DM, detemir nightly; BMI 27.7. Warfarin started 2/26 w/o heparin bridge (pt refused injections).
Skin: intact.
"""),
("2026-03-05", "CP Home Visit", """
CP visit: wife reports "a big purple bruise on his left thigh that came from nowhere" yesterday. No injury.
L anterior thigh: 10x8cm painful purpuric patch w/ hemorrhagic bullae, sharply demarcated.
INR 4.1. MD notified: ?calciphylaxis vs warfarin necrosis.
"""),
("2026-03-09", "HaH Round - Day 6", """
Bx L thigh: dermal vessel fibrin thrombi, hemorrhage and epidermal necrosis, von Kossa negative for calcium. Protein C activity low.
Impression revised: warfarin-induced skin necrosis. Path has excluded calciphylaxis.
Warfarin stopped, vit K, switched to apixaban. Necrotic area L thigh - wound care.
"""),
]}

K19 = {"patient_id": "K19", "age": 52, "sex": "F", "notes": [
("2022-04-11", "RPM Enrollment Visit", """
Enrolled in BP telemonitoring.
52F, CKD 3a (eGFR 51), not on dialysis. Non-diabetic, no anticoag, BMI 32.6.
FHx: her father was on HD and died of calciphylaxis in 2009 ("his legs had horrible black sores"). She is worried.
Skin exam: normal.
"""),
("2022-10-17", "RPM Nurse Call", """
6-month check. Home BP avg 131/79.
No skin changes. Reassured - her kidney fn stable, eGFR 49.
Weight slightly up.
"""),
]}

K20 = {"patient_id": "K20", "age": 45, "sex": "M", "notes": [
("2026-05-05", "HaH Admission - PD Training Complications", """
HaH admit for fluid overload during start of home PD.
45M, ESRD 2/2 T1DM, on a pump, sets swapped every 3 days into abdomen. BMI 26.0. No warfarin.
Skin: intact throughout.
"""),
("2026-05-08", "HaH Education Note", """
Education session by RN (video): calciphylaxis risk in dialysis - signs to look for (very painful purple or black patches), call HaH line if any appear. Avoid heating pads on skin.
Pt verbalised understanding.
"""),
("2026-05-19", "HaH Discharge", """
Euvolemic, PD going well. No skin lesions. Discharged to routine PD clinic with RPM scale and BP cuff.
"""),
]}

PATIENTS = [K15, K16, K17, K18, K19, K20]
