"""probe114 corpus notes, J15-J20 (outpatient infusion centre and OPAT; all invented)."""

J15 = {"patient_id": "J15", "age": 76, "sex": "F", "notes": [
("2026-01-12", "Infusion Centre Nursing Note", """
Z-track IM INFeD, L upper-outer gluteal (3rd of 4). CKD 3b, not on dialysis, eGFR 38. On warfarin for PE hx. No DM. BMI 28.7.
Pt mentions tender lump at same L buttock site from last dose.
"""),
("2026-01-26", "Dermatology Consultation", """
Derm
L buttock nodule at iron dextran inj site, 2.5cm, firm, dusky overlying skin, no eschar.
DDx: possible calciphylaxis / inj-site fat necrosis / hematoma (on warfarin). Punch bx taken.
"""),
("2026-02-09", "Dermatology Follow-up", """
Bx nondiagnostic - fat necrosis, no vessel calcification seen, sampling may be too shallow. Calciphylaxis not excluded. Offered deep incisional bx - pt declines, does not wish further procedures. Will watch.
"""),
]}

J16 = {"patient_id": "J16", "age": 60, "sex": "M", "notes": [
("2019-03-04", "Infusion Centre Nursing Note", """
Pt for IV abx (OPAT, cefazolin post-HD not possible this wk). Bumped R shin on the chair footplate on 2/25, now black scab w/ purple rim R anterior shin. HD pt, T2DM on sitagliptin. BMI 30.2.
"""),
("2019-03-11", "Nephrology Note", """
R shin ulcer w/ eschar at site of knock. Concern for CUA vs traumatic ulcer in diabetic. Bx offered - pt declines.
"""),
("2019-04-02", "Telephone Encounter", """
Pt transferred care to another state; unable to f/u. Shin ulcer still unexplained, no bx ever done.
"""),
]}

J17 = {"patient_id": "J17", "age": 49, "sex": "F", "notes": [
("2024-05-06", "Infusion Centre Nursing Note", """
PD pt, heparin 5000u SC given in lower abdomen pre-procedure yesterday. Today lacy purple patch lower abdo at the injection site. T1DM on insulin. BMI 29.5 (overweight).
"""),
("2024-05-13", "Dermatology Consultation", """
Lower abdominal livedo at heparin injection site, tender. cannot exclude early calciphylaxis; heparin skin rxn also possible. Bx deferred, monitor.
"""),
("2024-06-10", "Dermatology Follow-up", """
Livedo fading, no necrosis. CUA still on ddx, never proven; pt declines bx as it's improving.
"""),
]}

J18 = {"patient_id": "J18", "age": 67, "sex": "M", "notes": [
("2023-09-18", "Infusion Centre Nursing Note", """
Iron sucrose via PIV L forearm - infiltrated, swelling noted, stopped. HD pt. On warfarin. No DM. BMI 26.0.
"""),
("2023-09-25", "Dermatology Consultation", """
L forearm brown-purple firm plaque at infiltration site. ?calciphylaxis vs iron extravasation injury. Bx done.
"""),
("2023-10-05", "Dermatology Follow-up", """
Bx shows iron deposition; vessels free of calcium. Calciphylaxis is ruled out -> iron extravasation staining.
"""),
]}

J19 = {"patient_id": "J19", "age": 45, "sex": "F", "notes": [
("2025-02-03", "Infusion Centre Injection Log", """
B12 1000mcg IM L deltoid. Normal renal function. T1DM on insulin pump. BMI 23.1.
Pt says her brother (on dialysis) had calciphylaxis, she's worried.
"""),
("2025-03-03", "Infusion Centre Injection Log", """
B12 IM R deltoid. Skin intact both arms. No lesions. Reassured.
"""),
]}

J20 = {"patient_id": "J20", "age": 71, "sex": "M", "notes": [
("2020-11-09", "OPAT Pharmacist Note", """
OPAT - IM tobramycin not suitable; IV via HD circuit. HD pt; T2DM (insulin); warfarin - AF; BMI 32.7.
Counselled: any new painful skin sore -> think calciphylaxis and tell us.
"""),
("2020-12-07", "OPAT Pharmacist Note", """
Course complete. Skin intact. No lesions.
"""),
]}

PATIENTS = [J15, J16, J17, J18, J19, J20]
