"""probe66 corpus notes, R15-R20 (outpatient dialysis unit; all invented)."""

R15 = {"patient_id": "R15", "age": 80, "sex": "M", "notes": [
("2019-02-11", "Chairside RN Note", """
Pt returned to unit after 9-day admission at St. Brendan's for pneumonia. Per d/c summary he received enoxaparin 30 mg SC daily in the L thigh (abd wall avoided d/t large ventral hernia).
L anterior thigh: 6 x 4 cm area, purple-brown, firm, one small dark crust, tender. Pt says it appeared while inpatient.
Pre wt 71.3, BMI 27.8. Hypotensive mid-tx 88/50, UF off x 15 min, NS 200 mL.
"""),
("2019-02-25", "Nephrology Monthly Progress Note", """
80M, ESRD (DKD); HD on the Tuesday/Thursday/Saturday shift, L arm fistula. T2DM on sitagliptin, no insulin. No warfarin.
L ant thigh: indurated violaceous plaque at the enoxaparin injection area, small eschar, livedo at the margins. Ddx: possible calciphylaxis vs organizing hematoma from the LMWH shots. Ca 9.4, Phos 5.8, PTH 390.
Offered derm bx - pt declines ("no more needles, no more cutting"). Empiric STS discussed, but he does not want treatment without a diagnosis. Local wound care, monitor.
D. Kessler MD
"""),
("2019-03-11", "Transfer Summary", """
TRANSFER SUMMARY - pt relocating to Tucson to live with daughter, last tx here 3/13.
Active issues: 1) L thigh lesion - possible calciphylaxis versus hematoma, never biopsied, not confirmed; slightly smaller. Receiving unit asked to re-evaluate. 2) Anemia on ESA. 3) T2DM.
Access: L radiocephalic AVF, 15g, BFR 350. EDW 70.5 kg.
"""),
]}

R16 = {"patient_id": "R16", "age": 59, "sex": "F", "notes": [
("2025-06-02", "Home PD Clinic RN Note", """
APD pt, monthly visit. Complains of aching across the lower abdomen x 2 wks, not at exit site. Exit site clean.
Skin: faint purple netlike pattern both sides of lower belly, no open areas, firm in spots. She rotates her Toujeo + Humalog all over the abdomen.
INR 2.9 (warfarin for recurrent PE). BMI 36.9.
Flagged to Dr Abara.
"""),
("2025-06-16", "Nephrology Progress Note", """
59F, ESRD due to DM, APD since 2022. Insulin-requiring T2DM. On warfarin. Obesity.
Abd: livedo reticularis lower abdomen bilaterally, tender indurated areas, no ulceration.
Imp: r/o early calciphylaxis; differential includes panniculitis and livedo from cold. 
Punch bx done today in clinic, L lower abdomen.
K. Abara MD
"""),
("2025-07-07", "Nephrology Progress Note", """
Bx result: nondiagnostic - superficial sample, no subcutaneous vessels seen. Offered deeper incisional bx, pt declines.
She has chosen hospice care at home and will keep doing her nightly PD for symptom control; family meeting held, goals of care comfort focused. Calciphylaxis was never proven or excluded; skin unchanged.
BMI 36.2.
K. Abara MD
"""),
]}

R17 = {"patient_id": "R17", "age": 52, "sex": "M", "notes": [
("2021-11-08", "Vascular Access Check", """
Pre-dialysis access clinic. CKD 4, eGFR 17 - dialysis not started. L upper arm brachiocephalic fistula made 9/2021 - maturing, 5.5 mm, flow 720 mL/min. Not yet to be used.
Incidental: pt pointed out tender purple mottled areas on both buttocks x 10 days. Retiform pattern, no ulcer. No recent cath or procedure.
Impression: cannot exclude CUA; vasculitis and cholesterol emboli also possible. Refer to Dr Greaves.
A1c 6.0 = prediabetes, untreated. BMI 30.2.
"""),
("2021-12-06", "Nephrology Progress Note", """
CKD clinic f/u. Buttock lesions fading without treatment, no ulceration occurred. Workup: ANCA neg, complement normal, eosinophils normal. Pt declined biopsy since improving.
Assessment: retiform purpura of buttocks, etiology uncertain - calciphylaxis still in the differential, unproven.
eGFR 16. Prep for HD start early 2022. No warfarin (none ever).
M. Greaves MD
"""),
]}

R18 = {"patient_id": "R18", "age": 74, "sex": "F", "notes": [
("2018-03-05", "Nephrology Monthly Progress Note", """
74F, ESRD (DM), in-center HD, R arm AVG. Insulin glargine 14u. Warfarin for LV thrombus since Jan. BMI 28.3.
New painful ulcers on both shins, small, with blue toes on the R. Cardiac cath 2/14 via femoral approach.
Imp: ?calciphylaxis (warfarin + ESRD) vs cholesterol embolization after the cath.
Plan: derm bx, eos count, check CK.
B. Sorensen MD
"""),
("2018-03-19", "Chairside RN Note", """
Dressings to bilateral shin ulcers changed per wound orders (xeroform + kerlix). R 2nd and 3rd toes still dusky. Pt rates pain 6/10.
BFR 350, tx 4 h. Post wt 68.0.
"""),
("2018-04-02", "Nephrology Monthly Progress Note", """
Skin bx (R shin, 3/14): needle-shaped cholesterol clefts occlude small arterioles; vessel walls are not calcified and nothing suggests calciphylaxis. Eosinophilia 9%.
Dx: atheroembolic disease after cardiac cath. Calciphylaxis excluded.
Warfarin stopped, switched to apixaban per cardiology. Statin high dose.
B. Sorensen MD
"""),
]}

R19 = {"patient_id": "R19", "age": 47, "sex": "M", "notes": [
("2024-10-14", "Nephrology Monthly Progress Note", """
47M with ESRD from Alport syndrome, HD since 2021, R IJ catheter pending fistula revision. No diabetes. No anticoagulation. BMI 25.5.
Pt asks about his older brother, also on HD at another center, who was diagnosed with calciphylaxis this summer and has leg wounds. He is frightened it runs in the family.
Explained it is not inherited; his own risk is lower - Ca/Phos in range, no warfarin, normal weight. Skin exam today: normal, no lesions.
A. Fontaine MD
"""),
("2024-11-11", "Chairside RN Note", """
Pt requested skin check after talking about his brother's illness. Skin of legs, trunk and arms checked: intact, no discoloration, no tenderness. Reassured.
Cath dressing changed, site clean. Tx 3.5 h uneventful.
"""),
]}

R20 = {"patient_id": "R20", "age": 63, "sex": "F", "notes": [
("2019-07-08", "Nephrology Progress Note", """
PD monthly. 63F, ESRD from DKD, CAPD since 2018. T2DM on insulin detemir. Coumadin for AF, INR 2.2. Obese, BMI 31.9.
Long talk about risks: her warfarin, her diabetes and a high phosphorus all push her calciphylaxis risk up. Any new skin spot that is painful and dark or purple = ring the unit same day, she repeated this back. Cardiology asked whether apixaban is an option.
Skin: no lesions. Phos 6.8.
C. Dubois MD
"""),
("2019-08-05", "Home PD Clinic RN Note", """
Home visit. Exit site good. Drained volumes appropriate.
Pt asked about the "calci- thing" the doctor mentioned; gave leaflet. Checked her skin with her: no spots, no ulcers.
Wt 86 kg.
"""),
("2019-09-09", "Nephrology Progress Note", """
PD f/u. No evidence of calciphylaxis. Remains on warfarin, cardiology prefers to continue for now. Detemir unchanged.
BMI 32.1.
C. Dubois MD
"""),
]}

PATIENTS = [R15, R16, R17, R18, R19, R20]
