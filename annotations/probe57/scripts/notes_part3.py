"""probe57 corpus notes, D15-D20 (vascular access and interventional radiology; all invented)."""

D15 = {"patient_id": "D15", "age": 64, "sex": "F", "notes": [
("2025-01-13", "Access Nurse Cannulation Note", """
Cannulation note - chair 12
L upper arm BCF. 15g x 2, first attempt, no infiltration. Post-run hemostasis 8 min.
Pt quietly mentioned a "dark sore patch" on her left front thigh that hurts to touch. It is where she injects her insulin (has used that thigh since 2023). Looked: ~3 cm dusky, firm area, small scab. Concern for calciphylaxis - nephrologist to see pt on rounds Thurs.
"""),
("2025-01-22", "Vascular Access Clinic", """
Access clinic / nephrology
BCF fine - flow 900 mL/min, no stenosis on duplex.
Left anterior thigh - indurated tender violaceous patch 3.5 cm with 5 mm crust, at insulin injection site. Possible calciphylaxis vs lipohypertrophy with ulcerated injection site. Calcium 10.1, phos 6.9.
Derm referral placed for biopsy. Pt is planning to move to her daughter's in Tucson within 2 weeks.
T2DM on insulin; BMI 33.0, obese. No warfarin.
"""),
("2025-02-05", "Dialysis Transfer Summary", """
TRANSFER OF CARE SUMMARY - outgoing HD unit
Pt transferring to an outside dialysis facility (Tucson) on 2/7/25.
Access: L BCF, last fistulagram 2023.
Open issues: L thigh lesion at the insulin site - suspected calciphylaxis, NOT confirmed. Derm appointment was not kept; no biopsy done. Please arrange dermatology review locally.
Dx list: ESRD (hemodialysis), T2DM requiring insulin, HTN, obesity.
"""),
]}

D16 = {"patient_id": "D16", "age": 77, "sex": "M", "notes": [
("2019-02-11", "Fistulagram Report", """
LEFT ARM FISTULAGRAM
Access: L brachiocephalic AVF (2015). Flow on duplex 2.1 L/min.
Findings: widely patent anastomosis, no outflow stenosis, large-calibre cephalic vein; reversal of flow in the distal radial artery.
Hand: dry gangrene of the tip of the L middle finger, 1 cm; cool, pale digits; digital-brachial index 0.38.
Impression: high-flow access with probable steal. Differential for the fingertip necrosis includes access-related hand ischemia vs distal calciphylaxis.
"""),
("2019-03-04", "Vascular Surgery Access Clinic", """
Vascular surgery - access clinic
Fingertip necrosis unchanged. Options: banding (MILLER) vs DRIL discussed - pt undecided.
Biopsy of digit not advisable (poor healing). Calciphylaxis cannot be excluded; x-ray of the hand shows heavy digital artery calcification.
PMH: ESRD on HD, T2DM on glimepiride, AF - was on warfarin until a GI bleed in 2017, now off all anticoagulants. BMI 25.5.
"""),
("2019-04-15", "Access Nurse Note", """
Nursing note
After a family meeting the pt opted for comfort-focused care and elected not to have further procedures on the access. Continues HD 3x/wk for now.
L middle fingertip eschar dry, no drainage, dressed with betadine paint.
Cause of the fingertip necrosis remains undetermined (steal vs calciphylaxis) - no further work-up planned per pt wishes.
"""),
]}

D17 = {"patient_id": "D17", "age": 59, "sex": "F", "notes": [
("2021-06-07", "IR Procedure Report", """
PD catheter removal and simultaneous replacement
Reason: recurrent exit-site infections (Pseudomonas) at the R lower quadrant exit.
Old catheter removed by cutdown over the deep cuff, R paramedian; tract curetted, wound left to heal by secondary intention at the exit.
New catheter placed via a L paramedian approach, exit L lower abdomen.
CAPD patient; kidney failure secondary to reflux nephropathy; no diabetes. Weight 81 kg, height 164 cm, BMI 30.0.
"""),
("2021-08-16", "PD Access Clinic", """
PD access f/u
New exit site L: healed. Old R exit scar: since early August a firm tender mauve plaque has formed around the scar, 3 cm, no drainage, no eschar.
Imp: ?early calciphylaxis vs panniculitis vs deep suture granuloma. Calcium-phosphate product high.
Plan: derm for biopsy.
"""),
("2021-09-01", "Dermatology Consult", """
Derm
R lower abdomen plaque at the healed catheter exit scar.
Punch biopsy 8/24: septal and lobular panniculitis, no vascular calcification seen - non-diagnostic. She declined a deeper incisional sample.
Plaque now softer and smaller. Calciphylaxis is still possible, unproven; will reassess if it worsens.
No warfarin history.
"""),
]}

D18 = {"patient_id": "D18", "age": 67, "sex": "M", "notes": [
("2020-10-05", "Peripheral Angiogram Report", """
Diagnostic bilateral lower extremity angiogram
Access: R CFA, 5F, micropuncture under US. Aortogram with runoff.
Findings: diffusely shaggy, ulcerated infrarenal aorta; moderate tibial disease bilaterally, no focal target for intervention.
Sheath removed, 15 min manual pressure.
Background: ESRD on HD via R forearm AVG; DM type 2 on insulin aspart + detemir. No anticoagulant. BMI 27.9.
"""),
("2020-10-19", "Vascular Access Clinic", """
Graft review - AVG good thrill, no aneurysm.
Since the angiogram: painful blue-purple toes on the R foot and lacy livedo over the R sole and ankle. Pedal pulses palpable.
Ddx: cholesterol emboli after the angiogram vs calciphylaxis. Eosinophils 9%.
Derm to biopsy.
"""),
("2020-10-30", "Dermatology Consult", """
Dermatology
Biopsy R ankle livedo 10/23: needle-shaped clefts of cholesterol occluding small arterioles; vessel walls free of calcium, von Kossa negative.
Diagnosis: atheroembolic (cholesterol embolization) disease following angiography. Calciphylaxis ruled out.
Plan: statin, supportive care, foot protection.
"""),
]}

D19 = {"patient_id": "D19", "age": 45, "sex": "F", "notes": [
("2023-05-08", "IR Procedure Report", """
Procedure: placement of R IJ tunneled HD catheter for initiation of hemodialysis.
45F with ESRD due to FSGS, K 6.4, volume overloaded.
US-guided puncture, tunnel over R chest, tip at cavoatrial junction. No complications.
Family history: her older brother, a dialysis patient, had calciphylaxis of both legs and died in 2016. Pt has no skin lesions.
Not diabetic, not on warfarin. BMI 23.0.
"""),
("2023-05-30", "Vascular Access Clinic", """
Access planning
Vein mapping: L cephalic 3.4 mm at wrist - suitable for L radiocephalic AVF. Surgery booked.
Pt anxious - asks whether she will "get what my brother had". Head-to-toe skin exam unremarkable - no ulcer, plaque, or livedo. Reassured, labs reviewed (phos 5.1).
"""),
("2023-07-10", "Operative Note - AV Fistula Creation", """
L radiocephalic AVF, end-to-side, under regional block. Good thrill at end of case.
Skin elsewhere intact. TDC to remain until AVF matures.
"""),
]}

D20 = {"patient_id": "D20", "age": 50, "sex": "M", "notes": [
("2024-09-16", "Pre-access Clinic", """
Vein mapping + access counselling
50M, CKD 4, eGFR 18, pre-dialysis. Type 2 diabetes: degludec insulin plus metformin (reduced dose). BMI 32.5.
Mapping: L cephalic adequate at the forearm.
Counselling: if he starts dialysis, he may be at risk of calciphylaxis; told to report any painful skin sores early and to rotate insulin sites.
Plan: endovascular AVF L forearm.
"""),
("2024-10-21", "IR Procedure Report", """
Percutaneous (endovascular) AV fistula creation, L proximal forearm, radiofrequency.
Consent covered bleeding, thrombosis, hand ischemia, infection. Uneventful.
Skin exam: intact, no lesions. No anticoagulants. Not on dialysis.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
