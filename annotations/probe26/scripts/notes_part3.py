"""probe26 corpus notes, G15-G20 (all invented)."""

G15 = {"patient_id": "G15", "age": 68, "sex": "F", "notes": [
("2025-03-03", "GP Note", """
S: 68F, CKD 4 (eGFR 18; no RRT yet - renal following), AF on warfarin, INR 3.4 last wk. Caught the L shin against the boat trailer hitch on 21/2. Now black scab, v painful.
O: L shin anterior: 2.5cm dry black eschar, purple halo, tender++. No cellulitis.
A: traumatic ulcer vs warfarin necrosis vs ?calciphylaxis - unsure
P: dressing, refer renal + derm, INR check. BMI 30.4
"""),
("2025-03-14", "Renal Clinic Letter", """
Dear Dr Ngata,
Saw Mrs Rewa Holloway. CKD 4, not on RRT. Her L shin lesion could be early calciphylaxis given warfarin and a Ca x P on the high side, but a traumatic wound with poor healing is equally possible. Suggest derm punch bx.
Dr L. Kingi, Renal
"""),
("2025-03-28", "Dermatology Note", """
Derm: L shin eschar. Possible calciphylaxis, differential includes a post-traumatic ulcer. Biopsy offered - pt wishes to wait until after she moves to Brisbane next month to be near her daughter. Letter given.
"""),
("2025-04-11", "Practice Nurse Note", """
Dressing change L shin - smaller, edges pink. Pt moving to QLD on Monday, records transferred. No biopsy was done. Diagnosis remains uncertain.
"""),
]}

G16 = {"patient_id": "G16", "age": 63, "sex": "M", "notes": [
("2019-10-08", "Nephrology OPD Note", """
63M, MHD 2/wk (CKD 5D), T2DM on inj. Glargine 24 U - self injects R side of abdomen. BMI 25.0. No anticoagulant.
C/o painful nodule R abdomen at insulin site x 3 wks, now dusky.
O/E: R para-umbilical 2cm tender indurated nodule, overlying violaceous discoloration, no ulcer.
Imp: ?early CUA vs injection site panniculitis / lipohypertrophy
Adv: punch bx, rotate insulin to thighs
"""),
("2019-10-21", "Dermatology OPD Note", """
Punch bx R abdomen: septal panniculitis, no definite vascular calcification seen - nondiagnostic. Suspected CUA still. Deeper incisional bx advised.
"""),
("2019-11-30", "Nephrology OPD Note", """
Pt did not come for incisional biopsy - went to native village for harvest. Nodule reportedly softer per son on phone. Calciphylaxis not confirmed or excluded.
"""),
]}

G17 = {"patient_id": "G17", "age": 80, "sex": "F", "notes": [
("2018-12-03", "Medical Admission", """
80F nursing home resident, HD x 3/wk, T2DM (diet), AF on warfarin. BMI 27.
Retiform purpura over both anterior thighs, few small black areas, very painful. Family report she uses a hot water bottle on her lap.
Imp: cannot exclude calciphylaxis; ddx warfarin necrosis, vasculitis, cholesterol emboli
Plan: discuss bx with family
"""),
("2018-12-07", "Ward Round Note", """
Family meeting - agreed for comfort-focused care. No bx. Warfarin held.
Working dx remains ?calciphylaxis vs warfarin necrosis.
"""),
("2018-12-15", "Discharge Letter", """
Discharged back to Ashgrove Nursing Home for palliative care. Painful thigh purpura - aetiology not established (possible calciphylaxis). Warfarin stopped.
"""),
]}

G18 = {"patient_id": "G18", "age": 50, "sex": "M", "notes": [
("2023-06-12", "Medical Clerking", """
50M, ESRD on HD 2/wk. Non-diabetic. BMI 24.
Painful ulcer R medial ankle x 6 wks, bluish margin. Hx of long-standing varicose veins.
Imp: venous ulcer vs ?calciphylaxis
Plan: doppler, bx edge
"""),
("2023-06-20", "Dermatology Consult", """
Biopsy R ankle ulcer edge: stasis changes, lipodermatosclerosis, no vessel calcification, no thrombi. Calciphylaxis excluded. Dx venous ulcer.
Adv: compression bandaging, leg elevation.
"""),
("2023-07-18", "Surgical OPD Note", """
Venous ulcer R ankle healing under 4-layer bandage. Duplex: GSV reflux. For EVLT later. No evidence of calciphylaxis.
"""),
]}

G19 = {"patient_id": "G19", "age": 59, "sex": "F", "notes": [
("2022-09-05", "PD Clinic Note", """
PD clinic - Banksia Renal
59F, APD nightly. T2DM on insulin (Toujeo). BMI 31.5.
Her father had calciphylaxis on HD and died of it in 2010 - she is anxious.
Skin check: no lesions, no ulcers.
Counselled re calciphylaxis risk factors; advised to rotate injection sites and avoid heat packs.
"""),
("2023-03-06", "PD Clinic Note", """
Annual review. Skin intact, no purpura/nodules. Ca/PO4 ok. BMI 31.0. No warfarin.
"""),
("2024-02-19", "PD Clinic Note", """
Seen w husband. Peritonitis x1 in Nov (CoNS), treated, resolved. Skin: all over check - nil ulcer, nil livedo. Reassured again that her dad's illness is not inherited in any straightforward way. Toujeo 26u mane. BMI 31.2.
"""),
]}

G20 = {"patient_id": "G20", "age": 44, "sex": "M", "notes": [
("2023-08-14", "Nephrology OPD Note", """
44M, ESKD (chronic GN) - AVF created, HD not yet started. Mechanical MVR on warfarin. Not diabetic. BMI 29.0.
Counselled: warfarin and dialysis increase risk of calciphylaxis; if any painful skin lesion develops, report early.
Skin: dry eczematous patch on L shin, no ulcer.
"""),
("2024-01-22", "Nephrology OPD Note", """
Started MHD 3/wk since Dec 2023. Warfarin continues. BMI 28.6. Skin intact - no calciphylaxis.
"""),
]}

PATIENTS = [G15, G16, G17, G18, G19, G20]
