"""probe100 corpus notes, C15-C20 (cardiology and cardiac surgery clinics; all invented)."""

C15 = {"patient_id": "C15", "age": 80, "sex": "M", "notes": [
("2025-04-07", "Anticoagulation Clinic", """
ANTICOAG CLINIC
80M AF + h/o DVT, warfarin. CKD4 (eGFR 18), renal following, has not started dialysis. T2DM on sitagliptin, no insulin.
Bridged with enoxaparin 30 mg SQ daily 3/24-4/2 for a TURP; his daughter injected it into the R lower belly each time.
Today: INR 2.2. Pt notes a "hard lump that hurts" in that same R lower abdominal area where the shots went, came up about 5 days ago.
Exam: R LQ subcut nodule, 2.5cm, firm and tender; skin over it dusky purple, no necrosis.
Wt 81 kg BMI 27.9.
Plan: likely LMWH hematoma vs fat necrosis; sent photo to cardiology. Recheck 1 wk.
"""),
("2025-04-21", "Cardiology Clinic", """
Cardiology
Nodule R lower quadrant now 3.5 cm with a small dusky center; very painful, out of proportion. Concern for early calciphylaxis given CKD 4, warfarin, injection site - though not on dialysis. Could also be an organising hematoma.
Offered derm bx - pt and daughter decline any biopsy ("he's been through enough").
Plan: warfarin -> apixaban 2.5 twice daily. Topical care, pain control. Warfarin stopped today.
"""),
("2025-05-12", "Telephone Encounter", """
Phone note - daughter (Rosalind)
Dad moved to hospice at home last wk for his heart failure. Says the tummy spot is "about the same, still sore, not black". Hospice RN managing. No plans for biopsy or derm visit. Dx never established - possible calciphylaxis, unconfirmed.
"""),
]}

C16 = {"patient_id": "C16", "age": 57, "sex": "F", "notes": [
("2026-01-12", "Cardiac Surgery Clinic", """
CT SURGERY POST-OP VISIT
57F, bioprosthetic AVR (23 mm) 12/15/25 via partial upper sternotomy. ESRD, HD via R arm fistula. Type 1 DM, insulin pump. ASA only - no warfarin.
ICU stay 6 days, NIBP cuff on L upper arm cycling q15 min the whole time (R arm = fistula).
Since discharge: painful purple blotch on the L upper arm in the cuff area, noticed 12/28.
Exam: L lateral upper arm - violaceous, indurated 4x3cm patch, faint net-like margin. No eschar. Incision healing well.
BMI 30.1.
Plan: to derm; question calciphylaxis versus cuff pressure injury.
"""),
("2026-01-26", "Dermatology Consult", """
Dermatology
L upper arm plaque - unchanged, very tender.
Punch bx x1 from centre today. Ddx: calciphylaxis vs. resolving pressure-related fat necrosis vs. cuff-related purpura.
"""),
("2026-02-16", "Dermatology Follow-up", """
Derm f/u
Bx: fat necrosis (septal + lobular), sparse, equivocal calcium deposits; no definite vascular calcification or thrombi - nondiagnostic.
Clinically lesion improving, now 2.5 cm, less painful.
Impression: possible early calciphylaxis vs pressure fat necrosis - can't confirm. Pt refuses re-biopsy by excision. Will observe, keep BP cuff off that arm.
BMI 30.1.
"""),
]}

C17 = {"patient_id": "C17", "age": 70, "sex": "M", "notes": [
("2018-11-05", "Cardiology Clinic", """
Gen cards
70M ischemic CM (EF 35%), AF on warfarin, PAD, ESRD/PD, insulin-treated DM2.
c/o nonhealing painful ulcer L lateral ankle x 6 wks.
Exam: L lateral malleolus 2 cm punched-out ulcer, dry black base, cool foot, DP/PT not palpable. Livedo on L foot dorsum.
BMI 31.8.
A/P: ulcer ?arterial vs calciphylaxis. ABI + arterial duplex, vascular + derm referrals.
"""),
("2018-11-19", "Dermatology Consult", """
Dermatology
L lateral ankle ulcer, necrotic base. ABI 0.48 on L - significant arterial disease.
Ddx: ischemic ulcer > calciphylaxis. Biopsy deferred given poor perfusion (risk of non-healing biopsy site) - await vascular.
"""),
("2019-01-07", "Cardiology Follow-up", """
Cards f/u
Angiogram 12/10: L SFA occlusion, tibial runoff poor; not a revasc candidate per vascular.
Ulcer L ankle unchanged. Derm still lists possible calciphylaxis vs ischemic ulcer, no biopsy done. Pt relocating to his son's in Oregon next month - care transferred.
Warfarin continued. BMI 31.8.
"""),
]}

C18 = {"patient_id": "C18", "age": 73, "sex": "M", "notes": [
("2024-06-03", "Cardiology Post-PCI Clinic", """
Post-PCI visit
73M, NSTEMI 5/20/24 -> PCI to RCA via R femoral approach. ESRD on HD. No DM. DAPT (ASA + ticagrelor), never on warfarin.
Since the cath: blue-purple lacy mottling, feet and lower legs both sides, painful toes, one dusky L 2nd toe tip.
Ddx: atheroembolism vs calciphylaxis. Eos 9%. Derm referral.
BMI 25.5.
"""),
("2024-06-17", "Dermatology Consult", """
Dermatology
Livedo racemosa bilat lower legs + feet, L 2nd toe ischemic tip.
Bx L calf (6/5): cholesterol clefts within arterioles, no vascular calcification -> cholesterol emboli. This rules out calciphylaxis.
Plan: max statin, toe care, vascular informed.
"""),
]}

C19 = {"patient_id": "C19", "age": 48, "sex": "F", "notes": [
("2019-05-14", "AF Clinic", """
AF clinic - new pt
48F paroxysmal AF, CHA2DS2-VASc 3 (HTN, DM, F). Started warfarin by PCP 4/2019. CKD 3a (Cr 1.4, eGFR 48), not on dialysis. T2DM - metformin/empagliflozin; not on insulin.
Family hx: her older brother (dialysis pt) died 2017 of "calciphylaxis" - skin wounds on legs. Pt worried she will get the same thing on warfarin.
Skin: no lesions.
BMI 36.3 (obesity).
Plan: reassured, discussed apixaban as alternative.
"""),
("2019-08-20", "Anticoagulation Clinic", """
INR 2.5. No bleeding. Small burn on R forearm from the oven rack last week, healing. Skin otherwise clear.
Plan: continue warfarin 5 mg; pt to decide on switch at AF clinic.
"""),
("2020-02-11", "AF Clinic", """
AF clinic f/u
Switched to apixaban 5 bid in 10/2019. No AF episodes on rhythm monitor. Skin intact, no ulcers. Brother's calciphylaxis history again discussed - not hereditary in usual sense; her kidney function stable (eGFR 50).
BMI 36.0.
"""),
]}

C20 = {"patient_id": "C20", "age": 65, "sex": "M", "notes": [
("2026-03-02", "AF Clinic", """
AF clinic
65M permanent AF on warfarin since 2020 (TTR poor, 48%). Kidney failure - ESRD, hemodialysis thrice weekly. T2DM, uses insulin. Obese, BMI 32.5.
Renal has raised concern re warfarin + calciphylaxis risk. No skin problems, skin exam normal.
Plan: stop warfarin, start apixaban 2.5 bid. If any painful skin lesions appear, see derm promptly.
"""),
("2026-05-11", "Nephrology Clinic", """
Nephrology
Apixaban since 3/3, tolerating. Told pt: risk of calciphylaxis with warfarin, vit K antagonism; now off it. Skin clear on exam, no livedo, no ulcers. Avoid heating pads and keep insulin sites rotated.
BMI 32.5.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
