"""probe54 corpus notes, M15-M20 (nephrology consults and dialysis-unit rounding; all invented)."""

M15 = {"patient_id": "M15", "age": 80, "sex": "F", "notes": [
("2020-10-05", "Home Dialysis Clinic Visit", """
PD clinic - assisted APD (nurse sets up cycler daily). 80F, ESRD (DKD), frail.
T2DM on detemir 12u daily, the home nurse gives it in the R outer thigh.
Skin: small red tender patch R lateral thigh noted by home RN last week.
O: R lat thigh 2 cm erythematous, slightly firm, no necrosis.
Ca 9.5 / P 5.9 / PTH 380 / weekly Kt/V 1.6. BMI 27.0. No anticoagulation.
Plan: rotate insulin sites, recheck next visit.
"""),
("2020-10-26", "Home Dialysis Clinic Visit", """
PD clinic, 3 wk recheck.
Patch on R lat thigh now 4 cm, dusky center with a superficial ulcer, painful with dressing changes.
Concern for calciphylaxis at the insulin site vs injection-site infection/fat necrosis.
Pt and son decline admission. Derm bx offered - wants to think about it.
Insulin moved to abdomen.
"""),
("2020-11-09", "Nephrology Consult Note", """
Outpatient nephrology consult (home visit)
80 y/o on assisted APD, R thigh ulcer 4.5 cm with thin black crust. Differential: possible early calciphylaxis, pressure/shear, infected fat necrosis.
Biopsy discussed again; pt declines, goals are comfort. Empiric STS not started (pt declined IV access).
Doxycycline x 10 d for surrounding cellulitis.
"""),
("2020-12-14", "Home Dialysis Clinic Visit", """
PD clinic - last visit before hospice enrolment.
R thigh ulcer unchanged. Never biopsied, dx not established.
Pt and family chose hospice; PD to continue for symptom control for now.
BMI 26.4.
"""),
]}

M16 = {"patient_id": "M16", "age": 62, "sex": "F", "notes": [
("2019-06-17", "Nephrology Consult Note", """
NEPHROLOGY CONSULT (inpatient) - CKD stage 4 (eGFR 22), no RRT yet.
62F, mechanical MVR, warfarin (adm INR 3.4). No DM. Obese, BMI 30.4.
Admitted w/ painful black area on the L breast x 10 days; she recalls no injury, has had no injections or surgery there, same bras as always.
Exam: L breast UOQ: 6x5cm purpuric plaque, central necrosis, livedo at margins.
Ca 9.6, P 4.8, PTH 210, alb 2.8.
Ddx: coumadin skin necrosis / non-uremic calciphylaxis / NSTI. Surgery - no gas, not NSTI.
Plan: derm bx incl. von Kossa; check protein C/S; do not stop warfarin without cardiology (valve).
"""),
("2019-07-22", "Nephrology Clinic Note", """
CKD clinic f/u.
L breast bx 6/19: fat necrosis, no vascular calcification seen - nondiagnostic; derm felt calciphylaxis still possible but not proven.
Protein C low-normal. Repeat deeper bx recommended, pt declined.
Wound improving with local care. Warfarin continued (valve). Pt moving to live with her daughter in another state; records sent.
eGFR 20. Wt 81 kg, BMI 30.2.
"""),
]}

M17 = {"patient_id": "M17", "age": 57, "sex": "M", "notes": [
("2025-01-13", "Dialysis Unit Rounding Note", """
HD rounds (TTS, Cedar Hill unit)
57M, ESRD (HTN), HD via R AVF. T2DM on dulaglutide + linagliptin, no insulin. Not on warfarin. Obese.
Skin: lacy purple mottling both thighs, tender, no ulceration, x 2 wks.
Nothing injected, heated or pressing on the thighs.
Ca 10.2 / P 7.5 / PTH 1320 / Kt/V 1.27
A: livedo of thighs - r/o CUA vs livedo reticularis (cold clinic?).
Plan: derm referral; sevelamer up.
"""),
("2025-01-27", "Nephrology Clinic Note", """
Renal f/u - thigh livedo persists, now one 1 cm indurated tender nodule L thigh.
Calciphylaxis remains on the differential; derm appt 2/10 for bx.
Bone scan ordered.
"""),
("2025-02-06", "Modality / Unit Transfer Note", """
TRANSFER SUMMARY - pt relocating for work, transferring to an HD unit out of state 2/8/25.
Open issues: possible early calciphylaxis of thighs - NOT confirmed, derm bx not done before move. Receiving nephrologist informed.
Last labs: cCa 9.9 / PO4 6.8 / iPTH 1290 / Kt/V 1.30 / Hb 10.8
Heparin 2000 bolus / 1000 per hr. Epo 4000 u/tx.
"""),
]}

M18 = {"patient_id": "M18", "age": 67, "sex": "M", "notes": [
("2018-04-09", "Dialysis Unit Rounding Note", """
Rounds 4/9/18 - MWF HD, L AVF.
67M ESRD (DKD), DM2 on insulin (glargine + aspart). No anticoag.
Cardiac cath via R femoral 3/28 -> since then purple painful toes L foot.
O: L 3rd-5th toes dusky blue, livedo over L sole; pedal pulses present.
? CUA vs emboli. cCa 9.1 / PO4 5.0 / iPTH 310.
BMI 28.0.
Plan: vascular + derm.
"""),
("2018-04-16", "Inpatient Nephrology Consult", """
Renal consult - admitted with L foot pain.
Eosinophils 9%, low C3. L toes: blue, livedo, no eschar.
Derm bx L sole: needle-shaped cholesterol clefts occluding arterioles; no calcium.
Impression: atheroembolic disease after cath; calciphylaxis ruled out.
Plan: statin, wound watch, pain control.
"""),
("2018-05-14", "Dialysis Unit Rounding Note", """
5/14 rounds. Cholesterol emboli L foot - toes pinker. No ulcers.
cCa 9.0 / PO4 5.2 / iPTH 340 / Kt/V 1.44. Insulin unchanged.
"""),
("2018-06-11", "Dialysis Unit Rounding Note", """
6/11 rounds - foot healed. Kt/V 1.47.
Fistula: aneurysmal segment, cannulating around it, surgeon aware.
BMI 28.0.
"""),
]}

M19 = {"patient_id": "M19", "age": 45, "sex": "F", "notes": [
("2022-08-15", "Home Dialysis Clinic Visit", """
PD clinic new start - 45F ESRD (Alport), CCPD since 7/2022. No diabetes, no anticoagulants.
Worried: older brother (HD pt) developed calciphylaxis and died in 2016, septic from his leg wounds.
Skin: full check - intact, no lesions.
Ca 9.2 / P 5.1 / PTH 290 / weekly Kt/V 2.1. BMI 22.0.
Reassured; keep phos in range, avoid Ca binders.
"""),
("2023-02-13", "Home Dialysis Clinic Visit", """
PD clinic 6-mo review.
Skin intact. No calciphylaxis.
Exit site clean. UF 1.1 L/d. Labs stable.
BMI 22.3.
"""),
]}

M20 = {"patient_id": "M20", "age": 72, "sex": "M", "notes": [
("2023-05-08", "Dialysis Unit Rounding Note", """
HD rounding, TTS
72M, ESRD (DKD), HD thru L arm AVF. DM2 on glipizide; no insulin. New AF - cards started warfarin 4/28.
Counselled: warfarin carries a risk of calciphylaxis in dialysis pts; call if painful skin patches appear.
cCa 9.4 / PO4 5.6 / iPTH 420 / Kt/V 1.40 / INR 2.1
Wt 101 kg, BMI 31.2.
"""),
("2023-06-05", "Dialysis Unit Rounding Note", """
6/5 rounds. Bumped R shin on car door last week - small bruise, not tender, skin intact.
No skin lesions elsewhere. INR 2.6.
"""),
("2023-07-10", "Dialysis Unit Rounding Note", """
7/10 rounds. Shin bruise gone. Skin check normal.
Warfarin continues.
Ca 9.2 | P 5.3 | Kt/V 1.43. BMI 31.2.
"""),
]}

PATIENTS = [M15, M16, M17, M18, M19, M20]
