"""probe42 corpus notes, K15-K20 (transplant nephrology and anticoagulation clinics; all invented)."""

K15 = {"patient_id": "K15", "age": 64, "sex": "F", "notes": [
("2020-06-08", "Anticoagulation Clinic - Pharmacist", """
Bridging visit
64F, mech AVR, warfarin. CKD3b, eGFR 38, not dialysing. No DM. BMI 24.1.
Dental extractions 6/11 - enoxaparin 1 mg/kg q12 from 6/9, taught into the L thigh (pt choice). Warfarin hold 6/6.
"""),
("2020-06-29", "Anticoagulation Clinic", """
INR 2.4, bridge completed 6/15.
Pt shows a violaceous, firm, tender plaque at the L anterior thigh where she injected, ~4 cm, came up around 6/20.
Possible calciphylaxis vs enoxaparin hematoma vs skin necrosis - can't tell. Derm referral; pt reluctant re biopsy.
"""),
("2020-08-03", "Dermatology Consult", """
Derm
L anterior thigh: residual 2 cm brown indurated patch, no eschar, less tender.
Bx offered again and declined. Differential still includes early calciphylaxis vs resolving hematoma; never confirmed.
RTC prn.
"""),
]}

K16 = {"patient_id": "K16", "age": 70, "sex": "M", "notes": [
("2018-11-13", "Hemodialysis Unit - Nephrology Rounding", """
HD rounds
70M, Kidney failure on thrice-weekly HD; type 2 diabetic using glargine. Not on warfarin. BMI 29.9 - overweight.
Flu shot given 10/16 in the R deltoid at the unit. Since late Oct a tender 2 cm firm nodule at that spot, now violaceous.
Ddx vaccine reaction / abscess vs early calciphylaxis? Derm.
"""),
("2018-12-04", "Dermatology Consult", """
Derm
R deltoid nodule, 2.5 cm, dusky, no eschar.
Punch bx nondiagnostic: septal fibrosis only, no calcification seen. Concern for calciphylaxis persists - deeper incisional bx recommended.
"""),
("2018-12-20", "Hemodialysis Unit - Nephrology Rounding", """
HD rounds
Pt transfering to a unit near his son in another state 12/28. Incisional bx not done. Nodule unchanged.
Possible calciphylaxis remains unresolved; records sent.
"""),
]}

K17 = {"patient_id": "K17", "age": 39, "sex": "F", "notes": [
("2021-01-19", "Peritoneal Dialysis Clinic", """
PD clinic
39F, ESRD from reflux nephropathy, CAPD since 2019. No DM, no anticoagulants. BMI 21.5.
Livedo on lower abdomen + one tender nodule below umbilicus, 1 cm, for ~3 wks.
Calcium 10.4 and phosphate 7.8 this month. R/o CUA. Bx booked.
"""),
("2021-02-09", "Transplant Nephrology Follow-up", """
Post-transplant clinic (POD 10)
DDKT 1/30/21, tac trough 9.1, Cr 1.2. PD catheter removed at surgery.
Abdominal livedo fading; nodule smaller. Bx cancelled given transplant. Calciphylaxis was suspected but never confirmed.
"""),
("2021-05-24", "Transplant Nephrology Follow-up", """
Kidney txp clinic, month 4
Graft humming along: creat 1.05, tacro level 7.4 (target 6-8), BK PCR neg.
Skin: lower abd livedo has vanished, the small nodule is no longer palpable. Old PD exit site closed.
Whether that was CUA we will never know - no tissue was ever obtained. Nothing further planned.
Wt 58 kg.
"""),
]}

K18 = {"patient_id": "K18", "age": 52, "sex": "F", "notes": [
("2022-05-16", "Anticoagulation Clinic", """
INR clinic
52F, ESRD on HD, T2DM (no insulin), BMI 33.0. R leg DVT 5/9 -> warfarin 5/10 without heparin overlap (pt refused injections).
Day 6: painful violaceous areas over L breast + R anterior thigh.
DDx warfarin necrosis (protein C) vs calciphylaxis. Sent to ED.
"""),
("2022-05-19", "Dermatology Inpatient Consult", """
Derm
Skin bx L breast: dermal vessel thrombi, no calcification. Protein C activity 31%.
Conclusion: skin necrosis from warfarin in the setting of low protein C. Histology does not support calciphylaxis, which is excluded.
Warfarin stopped, heparin infusion then apixaban.
"""),
("2022-06-13", "Anticoagulation Clinic - Pharmacist", """
Post-discharge anticoag pharmacist call
Now on apixaban, reduced dose for HD, no missed doses per pill box check. Warfarin listed as an allergy/intolerance (skin necrosis).
Breast wound being dressed by home health, smaller. Thigh patch has faded to brown.
Hematology to repeat protein C level off VKA in 6 wks.
"""),
]}

K19 = {"patient_id": "K19", "age": 47, "sex": "M", "notes": [
("2023-10-02", "Transplant Nephrology Follow-up", """
Transplant f/u
47M, ESRD from Alport, preemptive LDKT 2015 (never dialyzed). Cr 1.4. Tac 5.8.
Brother (on HD) died of calciphylaxis last year; pt anxious about his own skin.
Skin exam: no lesions. BMI 27.0.
"""),
("2024-04-15", "Transplant Nephrology Follow-up", """
Transplant f/u
Stable graft. No rashes or wounds. Reassured: his own risk is low with a working kidney.
"""),
]}

K20 = {"patient_id": "K20", "age": 74, "sex": "F", "notes": [
("2025-03-10", "Anticoagulation Clinic - Pharmacist", """
Pharmacist
74F, AF on warfarin, HD for ESRD; T2DM on insulin. BMI 30.0.
Discussed switch to apixaban: fewer INR checks; warfarin in HD pts is linked to calciphylaxis.
Skin intact.
"""),
("2025-04-07", "Anticoagulation Clinic - Pharmacist", """
Pharmacist f/u
Apixaban began 3/14 at the reduced dose. No bleeding. No skin lesions.
"""),
]}

PATIENTS = [K15, K16, K17, K18, K19, K20]
