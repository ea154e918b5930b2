"""probe40 corpus notes, B15-B20 (outpatient dermatology, terse SOAP; all invented)."""

B15 = {"patient_id": "B15", "age": 67, "sex": "M", "notes": [
("2019-03-19", "Dermatology Clinic Note", """
67 y/o M. ESRD, in-center HD. DM2, Lantus - always shoots into L upper arm (says he can't pinch belly). BMI 30.4.
Tender nodule L posterior upper arm x 6 wks, slowly enlarging.
PE: L post upper arm: firm subQ nodule 2.5cm, overlying skin dusky violaceous, no ulcer, no eschar. Mild lipohypertrophy around.
A/P: ? early calciphylaxis vs lipohypertrophy w/ fat necrosis vs amyloid. 4mm punch today. Rotate insulin to abd.
"""),
("2019-03-25", "Pathology", """
L upper arm punch: superficial sample, dermis w/ mild perivascular lymphocytes. Subcutis scant, no calcification identified. Nondiagnostic for calciphylaxis. Recommend deeper incisional sampling if clinically indicated.
"""),
("2019-04-16", "Dermatology Follow-up", """
Path nondiagnostic. Offered incisional bx - pt declines ("enough cutting"). Nodule unchanged, no necrosis. Still concern for calciphylaxis, cannot exclude.
Pt says moving to daughter's in Arizona next month; records sent. No f/u w/ us scheduled.
"""),
]}

B16 = {"patient_id": "B16", "age": 80, "sex": "F", "notes": [
("2025-01-28", "Dermatology Visit", """
80F, CKD 4 (not on dialysis, has declined RRT). Afib - warfarin. Nondiabetic. BMI 25.5.
Daughter reports pt has kept a heating pad wrapped on R calf for cramps every evening since Thanksgiving. Sore came up there 10 days ago, dark + painful.
Exam: R post calf: ulcer (3.0 by 2.5cm), adherent blk eschar; reticulate dusky erythema around it.
A: thermal burn vs calciphylaxis (CUA) - cannot distinguish clinically.
P: recommended punch bx - pt and daughter decline. Stop heating pad. Local care.
"""),
("2025-02-25", "Dermatology Follow-up", """
F/u R calf ulcer. Pt now enrolled in hospice, goals comfort. Ulcer similar. Still unclear burn vs CUA, no bx per pt wishes. Dressing changes by hospice RN. prn f/u.
"""),
]}

B17 = {"patient_id": "B17", "age": 49, "sex": "M", "notes": [
("2024-08-06", "Dermatology New Patient", """
49M, PD x 2 yrs (APD). No DM. Not on anticoagulation. BMI 33.0.
x 1 month: lacy purple discoloration of both thighs, intermittently tender, no open areas.
Exam: anterior + medial thighs bilat: livedo racemosa, broken net pattern, mild induration L medial thigh, no ulcer, no eschar.
Imp: concern for early calciphylaxis; ddx livedoid vasculopathy, APLS.
Plan: deep incisional bx scheduled 8/20. Labs APLA, cryo, PTH.
"""),
("2024-08-20", "Nurse Note", """
Pt no-show for incisional bx. Called - states switching insurance, moving care to Riverbend Health. Will send records.
"""),
("2024-09-10", "Outside Records Request", """
Records request rec'd from Riverbend derm. Last note here 8/6: livedo thighs, r/o calciphylaxis, bx never done. Wt per PD clinic fax 9/3: BMI 32.2. Records faxed.
"""),
]}

B18 = {"patient_id": "B18", "age": 59, "sex": "F", "notes": [
("2020-10-13", "Dermatology Urgent Visit", """
59F on HD (MWF). Warfarin restarted 10/1 for LV thrombus. No diabetes. BMI 35.9.
5 d hx: abrupt, v painful purple areas, thighs bilat.
Exam: bilat anterior thighs, large retiform purpuric patches w/ hemorrhagic bullae, early necrosis centrally.
A: calciphylaxis on ddx; vs coumadin necrosis (check prot C).
P: incisional bx L thigh today; hold warfarin pending heme, heparin gtt inpt.
"""),
("2020-10-16", "Pathology", """
L thigh incisional: dermal and subcutaneous vessel occlusive fibrin thrombi w/ hemorrhagic necrosis. Von Kossa neg; no vessel calcification seen. Favor coagulopathic necrosis (warfarin assoc.). No features of calciphylaxis.
"""),
("2020-11-03", "Dermatology Follow-up", """
Dx: warfarin-induced skin necrosis, thighs. Calciphylaxis ruled out on bx. Off warfarin, now on apixaban. Eschars lifting. Protein C low. RTC 4 wk.
"""),
]}

B19 = {"patient_id": "B19", "age": 52, "sex": "M", "notes": [
("2021-07-08", "Dermatology Visit", """
52M. CKD 3b (Cr 2.1), no dialysis. DM2 on insulin detemir. BMI 27.7.
Pt worried: brother died 2019 w/ calciphylaxis while on HD; asks if his shin spots are the same.
Exam: bilat lower legs: brown hemosiderin staining, scaly eczematous patches medial ankles, 1+ pitting edema. No purpura, no necrosis, no ulcer.
A: stasis dermatitis. No signs of calciphylaxis.
P: TAC 0.1% oint bid x 2 wks, compression stockings, elevate. Reassured.
"""),
("2021-08-19", "Dermatology Follow-up", """
Stasis derm much improved. Skin intact. Tolerating stockings. RTC prn.
"""),
]}

B20 = {"patient_id": "B20", "age": 44, "sex": "F", "notes": [
("2025-06-03", "Dermatology Visit", """
44F, lupus nephritis -> ESRD, started HD 4/2025 via L AVF. No DM. BMI 23.0. No warfarin.
Read about calciphylaxis online, wants full skin check, asks whether she could get it.
Exam: full body - no livedo, no plaques, no ulcers. Few SKs back.
A/P: no evidence of calciphylaxis. Discussed: dialysis pts are at risk; would present as painful purple or black areas; if any such spot appears call us same week. Avoid warfarin if alternatives.
"""),
("2025-12-02", "Dermatology Follow-up", """
6 mo skin check. No new lesions. Skin normal. Reassured. Yearly TBSE.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
