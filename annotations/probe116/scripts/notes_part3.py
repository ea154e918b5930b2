"""probe116 corpus notes, M15-M20 (city safety-net nephrology and dialysis clinics; all invented)."""

M15 = {"patient_id": "M15", "age": 57, "sex": "M", "notes": [
("2024-05-06", "Dialysis Unit Note", """
HD RN: Mr. Dela Cruz shows me a firm tender lump on his belly where he does his Lantus. Slightly purple. Says "2 weeks already, ma'am". ESRD - his chair days Tu/Th/Sa; diabetic, insulin user. BMI 32.6.
"""),
("2024-05-13", "Nephrology Visit", """
57M ESRD HD, DM2 insulin, obese. No warfarin.
Periumbilical 2 cm indurated violaceous nodule at insulin site, no eschar. Possible early calciphylaxis vs lipohypertrophy w/ hematoma. Bx offered - pt wants to wait until after trip.
"""),
("2024-08-19", "Nephrology Phone Note", """
Called pt: he stayed in Cebu 2 months, had dialysis there, the nodule "gone flat". No bx ever done, dx never settled - ?calciphylaxis remains unconfirmed. Will re-examine at next visit.
"""),
]}

M16 = {"patient_id": "M16", "age": 68, "sex": "F", "notes": [
("2022-11-08", "Orthopedic Note", """
L knee OA. Hinged knee brace prescribed, worn daily. PMH ESRD HD, AF on warfarin. BMI 27.9.
"""),
("2023-01-17", "Nephrology Visit", """
Painful dusky plaque L distal thigh where upper brace strap sits, 10 days. Ddx: calciphylaxis (cannot exclude), warfarin-induced skin necrosis, pressure injury from brace. Brace off. Derm referral.
"""),
("2023-02-21", "Dermatology Note", """
L thigh plaque now smaller and softening. Pt declined biopsy. Impression remains: possible calciphylaxis, differential unresolved. Continue warfarin per cards, follow clinically.
"""),
]}

M17 = {"patient_id": "M17", "age": 70, "sex": "M", "notes": [
("2025-03-04", "Primary Care Visit", """
70M CKD G4, eGFR 19, pre-dialysis, DM2 on empagliflozin - no insulin. No anticoag. BMI 30.2 (obese).
Bumped L shin on car door 2/20; now black scab with purple rim over the spot.
"""),
("2025-03-18", "Nephrology Consult", """
L shin 2 cm eschar with retiform edge at site of car-door injury. Concern for calciphylaxis in advanced CKD. Bx.
"""),
("2025-04-01", "Dermatology Note", """
Punch bx L shin: nonspecific ulceration, granulation tissue; vessels show no calcium (superficial sample). Calciphylaxis not confirmed, not excluded. Deeper bx offered, pt declines. Wound healing slowly.
"""),
]}

M18 = {"patient_id": "M18", "age": 61, "sex": "F", "notes": [
("2018-07-10", "Dialysis Unit Note", """
RN note: pt on HD with DM2 on insulin, ulcer R lower leg x 10 days, very painful, undermined edges. ?calciphylaxis per rounding MD. BMI 23.0. No warfarin.
"""),
("2018-07-24", "Dermatology Consult", """
R pretibial ulcer 5 cm, violaceous undermined border, pathergy after minor bump. Bx: neutrophilic dermatosis, no vascular calcification, no thrombi.
"""),
("2018-08-07", "Dermatology Follow-up", """
Final dx: pyoderma gangrenosum. Calciphylaxis ruled out. Started on topical clobetasol + oral doxycycline, improving.
"""),
]}

M19 = {"patient_id": "M19", "age": 45, "sex": "M", "notes": [
("2020-02-11", "Nephrology New Patient", """
45M CKD G3a, eGFR 52. Not dialysing, nondiabetic, warfarin never. BMI 26.7.
FHx: his father died of calciphylaxis on dialysis in Lagos. Pt anxious about same. Skin exam normal, no ulcers.
"""),
("2021-02-16", "Nephrology Follow-up", """
Stable CKD 3a. Reassured re: father's calciphylaxis; pt has none. Skin intact. BMI 26.7.
"""),
]}

M20 = {"patient_id": "M20", "age": 59, "sex": "F", "notes": [
("2025-06-03", "PD Clinic Note", """
59F ESRD on APD, DM2 uses insulin; LV thrombus -> warfarin. Obese (BMI 33.0).
Taught today: should any sore purple/black patches appear on her skin, call same day - risk of calciphylaxis w/ warfarin + PD. Skin intact.
"""),
("2025-12-09", "PD Clinic Note", """
Skin check: no lesions anywhere. BMI 32.1. Warfarin continued. No calciphylaxis.
"""),
]}

PATIENTS = [M15, M16, M17, M18, M19, M20]
