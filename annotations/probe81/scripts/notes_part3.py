"""probe81 corpus notes, A15-A20 (skilled nursing facility / nursing home; all invented)."""

A15 = {"patient_id": "A15", "age": 84, "sex": "F", "notes": [
("2024-06-04", "Weekly Wound Rounds", """
wound rnds - hospice pt, comfort focused
L anterior thigh (her usual insulin spot, Lantus daily by nursing): 2.5 cm hard purplish nodule w/ small dark scab on top, tender. CNA thinks it popped up 2 wks ago.
Pt on HD 2x/wk now (reduced schedule, goals of care), DM2 on insulin, no warfarin. BMI 26.0.
Possible calciphylaxis; other thought is fat necrosis from her injections. Insulin moved to R arm.
"""),
("2024-06-11", "Physician Note", """
MD visit (hospice co-managed)
L thigh nodule - ?early calciphylaxis; differential includes lipohypertrophy w/ necrosis, abscess (no fluctuance).
Discussed biopsy with pt and daughter -- declined, wish to avoid procedures. Will treat symptomatically; no STS.
"""),
("2024-07-09", "Family Phone Call", """
Phone call to daughter Maxine. Thigh sore unchanged or perhaps slightly smaller, pain controlled w/ low dose morphine. Reminded her the doctors were never able to say for sure whether it was calciphylaxis since no biopsy was done, which is per family wishes. Plans unchanged.
"""),
]}

A16 = {"patient_id": "A16", "age": 76, "sex": "M", "notes": [
("2019-03-19", "Wound Nurse Note", """
Skin/wound - new referral
R lateral ankle (malleolus): 2 x 2.5 cm shallow ulcer w/ black eschar, dusky purple border. Res bumped the ankle on the wheelchair footrest on 3/2/19, and it "never healed right".
PMH: CKD4, last GFR 18 - nephro following, no dialysis planned yet; Coumadin for AF; DM2 - was on insulin until 2016, now on glipizide only. BMI 28.4.
ABI ordered. Protective boot.
"""),
("2019-04-02", "Physician Monthly Visit", """
Monthly MD
R ankle ulcer: ABI 0.6 on R, noncompressible on L. Ddx arterial ulcer vs calciphylaxis (CKD 4 + warfarin) vs traumatic ulcer slow to heal. Derm suggests biopsy to confirm or exclude calciphylaxis.
Family (wife, POA) declines biopsy for now.
"""),
("2019-05-14", "Physician Monthly Visit", """
Monthly MD
Ulcer R ankle slightly larger 3 x 2.5 cm. Still no biopsy -- family firm. Vascular declined revascularization. Working dx remains uncertain: arterial vs possible calciphylaxis. Continue local care, pain meds. BMI 28.0.
"""),
]}

A17 = {"patient_id": "A17", "age": 58, "sex": "F", "notes": [
("2025-08-05", "SNF Admission Nursing Assessment", """
Admission - short stay rehab
58F s/p L TKA 7/30/25. ESRD on home PD (APD), continues here w/ cycler. "Borderline sugar" per pt - A1c 6.0, prediabetic, not treated. Obese, BMI 30.4.
Anticoag: enoxaparin SC daily bridging to warfarin (started warfarin 8/1), abdomen injection sites.
Incision L knee, dressing dry.
"""),
("2025-08-19", "Wound Nurse Note", """
Wound RN
Abdomen: 3 tender firm nodules at enoxaparin sites, 1-1.5 cm, one w/ faint netlike purple rim and pinpoint dark center.
Concern for early calciphylaxis vs injection hematomas.
Derm punch 8/18: nondiagnostic (superficial, no subcutis); repeat deeper bx recommended.
"""),
("2025-08-26", "Discharge Summary - SNF", """
Discharge home w/ husband 8/26/25.
Abdominal nodules: calciphylaxis not excluded -- suspected but unconfirmed; repeat biopsy to be arranged by outpatient derm. Enoxaparin done, on warfarin (INR 2.3).
L knee incision healed. BMI 30.2.
"""),
]}

A18 = {"patient_id": "A18", "age": 71, "sex": "M", "notes": [
("2021-11-09", "Weekly Wound Rounds", """
Wound rounds
Both anterior thighs: large irregular dark purple-black patches (right bigger than left), with hemorrhagic bullae, painful.
Started 11/6 -- 4 days after warfarin started for new DVT.
ESRD on HD, T2DM (linagliptin, no insulin). BMI 29.5.
Query calciphylaxis?? or coumadin necrosis. MD paged.
"""),
("2021-11-23", "Physician Note", """
Physician progress note
Bx R thigh 11/12: dermal/subcutaneous vessel thrombi without any mural calcification, von Kossa negative. Protein C low. Final dx per derm/path is warfarin-induced skin necrosis; they have excluded calciphylaxis.
Plan: warfarin stopped, heparin gtt at hospital then apixaban. Wound care to thigh necrosis.
"""),
]}

A19 = {"patient_id": "A19", "age": 67, "sex": "F", "notes": [
("2018-05-22", "SNF Admission Nursing Assessment", """
Nursing admission
67F post CVA rehab. CKD stage 3a (Cr 1.3), no dialysis. T2DM, takes glargine nightly. HTN. BMI 31.0. No anticoagulant (ASA + clopidogrel).
Family hx: Rosalind (sister, HD for years) succumbed to calciphylaxis in 2011 - pt very anxious about her own skin.
Skin: skin tear on R forearm (~3cm) sustained during transfer, steri-strips. Otherwise intact.
"""),
("2018-06-19", "MDS Skin Check", """
MDS skin section: no ulcers, no pressure injuries. R forearm skin tear healed.
Resident reassured - no signs of calciphylaxis, skin intact. BMI 30.6.
"""),
]}

A20 = {"patient_id": "A20", "age": 73, "sex": "M", "notes": [
("2025-02-10", "Physician Monthly Visit", """
Monthly physician visit
73M ESRD, hemodialysis MWF (R AVF), insulin-treated T2DM, mechanical AVR - warfarin lifelong. Obese, BMI 35.0.
Discussed w/ resident: between his coumadin and his kidneys he is at higher risk for calciphylaxis; should any painful purple spots or sores show up, staff will call us at once. Keep moving insulin sites around; heating pads not allowed.
Skin exam: intact.
"""),
("2025-03-11", "MDS Skin Check", """
MDS Skin check: skin intact, heels intact, no rashes or wounds. Monthly skin sweep per calciphylaxis risk protocol - nothing found. Wt stable, BMI 34.7.
"""),
("2025-04-08", "Family Phone Call", """
Son (Deshawn) called asking about "that calcium skin disease" the doctor mentioned. Explained it is only a risk being watched, his father does not have it, skin checked weekly and clear.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
