"""probe103 corpus notes, N15-N20 (oncology and radiation oncology; all invented)."""

N15 = {"patient_id": "N15", "age": 77, "sex": "F", "notes": [
("2018-10-02", "Leukemia Clinic Note", """
LEUK CLINIC - AML on aza/ven C3.
Pt on HD (anuric). On enoxaparin 40 SC daily (L abdomen, by home RN) for catheter thrombus since Aug.
New: dusky tender plaque at the L abdominal injection area, 3 cm, since about 1 wk.
Imp: concern for calciphylaxis vs enoxaparin-related skin necrosis vs leukemia cutis. Plt 22 - bx deferred.
Not diabetic. No warfarin. BMI 30.4.
"""),
("2018-10-09", "Dermatology Consult", """
Derm: L lower abd plaque - retiform purpura w/ central dusky area. Differential: calciphylaxis, heparin necrosis, leukemia cutis. Cannot exclude calciphylaxis. Bx not possible (plt 15, pt declines).
Enoxaparin stopped.
"""),
("2018-10-23", "Palliative Care Note", """
Pall care - pt and son elect hospice. Leukemia refractory.
Abdominal plaque: possible calciphylaxis, never biopsied; will not pursue further w/u. Comfort focus.
HD to stop per pt wishes. BMI 30.4.
"""),
]}

N16 = {"patient_id": "N16", "age": 60, "sex": "M", "notes": [
("2020-02-11", "Oncology Clinic Note", """
MED ONC - RCC s/p nephrectomy, on cabozantinib.
Pt on PD. T2DM on insulin aspart/glargine. Overweight, BMI 29.95.
R lateral thigh ulcer 2 cm with eschar x 1 month. R/o calciphylaxis vs cabo-related wound healing issue. Derm.
"""),
("2020-02-25", "Dermatology Note", """
Derm - R thigh ulcer.
Punch bx: nondiagnostic (dermal fibrosis, no vascular calcification seen). Calciphylaxis remains a possibility. Recommended deeper incisional bx - pt to think it over.
Pt moved to his daughter's out of state; lost to f/u.
"""),
]}

N17 = {"patient_id": "N17", "age": 68, "sex": "F", "notes": [
("2021-03-02", "Radiation Oncology On-Treatment Visit", """
OTV - cervical ca, EBRT 45 Gy + weekly cis held (HD). Fx 11/25.
Pt heats a wheat-filled bag (microwave) and lies on it, low back, nightly since February for back pain.
New: painful dusky patch, lower back, midline-ish, 4 cm, last week.
ESRD on HD. Warfarin for DVT. No DM. BMI 23.0.
Imp: thermal burn vs calciphylaxis. No more wheat bag. Derm.
"""),
("2021-03-09", "Dermatology Consult", """
Derm - lower back: dusky violaceous patch with early eschar, reticulate border.
Ddx: wheat-bag burn vs calciphylaxis; cannot exclude either clinically. Bx offered - pt declined ("I'm having enough procedures").
"""),
("2021-04-06", "Gynecologic Oncology Clinic Note", """
GYN ONC f/u
Back lesion healing w/ dressings; diagnosis never established (burn vs possible calciphylaxis), bx declined again.
Remains on warfarin and HD.
"""),
]}

N18 = {"patient_id": "N18", "age": 62, "sex": "F", "notes": [
("2022-08-16", "Breast Oncology Clinic Note", """
BREAST ONC - recurrent L breast ca, s/p mastectomy + PMRT 2019.
New firm purple plaques across L chest wall x 3 wks, painful. ?calciphylaxis given HD.
DM2 (oral agents). No warfarin. BMI 36.2.
Plan: derm bx.
"""),
("2022-08-23", "Dermatology Consult", """
Derm - L chest wall indurated violaceous plaques.
Ddx: calciphylaxis vs cutaneous metastasis (carcinoma en cuirasse). Bx x2.
"""),
("2022-09-06", "Breast Oncology Clinic Note", """
Bx: metastatic breast carcinoma in dermal lymphatics. No calcium deposits in vessel walls -> NOT calciphylaxis.
Plan: restart systemic therapy. HD continues.
"""),
]}

N19 = {"patient_id": "N19", "age": 55, "sex": "M", "notes": [
("2023-05-02", "Colorectal Oncology Clinic Note", """
Rectal ca, TNT plan. Kidney fn: CKD G3a (GFR 52), never dialysed.
FHx: brother had calciphylaxis on dialysis, died 2019.
Skin: intact. No lesions. No DM. No warfarin. BMI 30.0 (obesity).
"""),
("2023-05-30", "Radiation Oncology Consult", """
Rad onc consult - short-course RT discussed. Pt anxious re: brother's calciphylaxis; reassured.
No skin lesions on exam.
"""),
]}

N20 = {"patient_id": "N20", "age": 69, "sex": "F", "notes": [
("2024-10-01", "Myeloma Clinic Note", """
MM w/ cast nephropathy, CKD 5, starting dara-VRd.
T2DM on insulin. BMI 32.4. No anticoagulant.
"""),
("2024-10-29", "Nephrology Note", """
HD initiated 10/22 via tunneled line. ESRD.
Risk of calciphylaxis discussed; avoid warfarin if VTE proph needed.
"""),
("2024-11-19", "Myeloma Clinic Note", """
C2. On HD. Skin intact. If new painful skin lesions develop, call.
BMI 31.9.
"""),
("2025-01-07", "Infusion Nursing Note", """
C4 dara. HD pt. No skin issues.
"""),
]}

PATIENTS = [N15, N16, N17, N18, N19, N20]
