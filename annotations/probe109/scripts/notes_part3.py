"""probe109 corpus notes, P15-P20 (palliative care and hospice; all invented)."""

P15 = {"patient_id": "P15", "age": 70, "sex": "F", "notes": [
("2018-09-04", "Hospice RN Visit", """
Hospice RN visit
70F, end-stage renal disease, HD thrice weekly; type 1 diabetic, insulin pen (always injects L thigh - "I'm left handed, it's easiest"). BMI 30.4. Terminal dx: ESRD + cardiomyopathy.
New: painful, hard, purple lump on the L front thigh, at her injection area, noticed ~1 wk ago. Size of a plum. No break in skin yet.
Notified hospice MD.
"""),
("2018-09-11", "Palliative NP Visit", """
Palliative NP
L anterior thigh: 5 cm indurated violaceous nodule w/ early central duskiness, in the insulin site.
DDx: ?calciphylaxis / lipohypertrophy with fat necrosis / abscess (afebrile, no fluctuance). Discussed bx - pt declines: "No more holes in me. Just keep me comfortable."
Moved insulin to abdomen.
"""),
("2018-10-02", "Hospice RN Visit", """
Hospice RN
Thigh lump softer, centre now dark. Still very tender.
Possible calciphylaxis never confirmed; pt and family content not to know. Focus comfort.
Son: "She says if it's that calcium thing she doesn't want to hear it."
"""),
]}

P16 = {"patient_id": "P16", "age": 75, "sex": "M", "notes": [
("2022-03-15", "Palliative Clinic Note", """
Palliative clinic
75M, ESRD on PD (manual exchanges), T2DM (sitagliptin), AF - warfarin, PAD. BMI 25.0.
R calf ulcer under his thigh-high compression stocking, right where the stocking's band bunches; noticed about a month ago.
Exam: punched-out 2.5cm ulcer R posterior calf w/ black base; cool foot, faint DP.
A: arterial ulcer vs calciphylaxis. Vascular referral.
"""),
("2022-03-29", "Vascular Surgery Consult", """
Vascular surgery
ABI R 0.45, incompressible vessels. Ulcer R calf.
Cannot exclude calciphylaxis given PD + warfarin; bx in this ischemic limb risks non-healing - not recommended.
No revasc candidate per pt goals. Stop compression stockings.
"""),
("2022-04-19", "Hospice RN Visit", """
Hospice RN admission visit
R calf ulcer 3 cm, dry black base. Diagnosis remains unclear (arterial vs calciphylaxis) - no further workup per pt.
Warfarin continued per pt preference (stroke fear).
"""),
]}

P17 = {"patient_id": "P17", "age": 84, "sex": "F", "notes": [
("2025-06-03", "Palliative Care Consult", """
Palliative medicine consult (inpt, 4 North)
84F, CKD stage 4 (eGFR 17) - she and her kids chose conservative kidney mgmt years ago, no dialysis ever. AF, warfarin - INR 4.8 at admission. Not diabetic. Obese, BMI 32.6.
Painful netlike purple patches across lower abdomen and both thighs x 10 days, some now dusky grey centrally.
Ddx: calciphylaxis?? warfarin skin necrosis?? chol emboli?. Pt declines biopsy: "I'm 84, let me be."
Warfarin held. Hydromorphone low dose prn.
Granddaughter Yesenia: "Grandma's always bruised easy but never like this."
"""),
("2025-06-10", "Hospice Admission", """
HOSPICE ADMISSION - inpatient unit
PPS 30%. Skin: retiform purpura lower abd and bilateral thighs, 2 small areas of superficial necrosis L thigh.
Cause never established - palliative team listed calciphylaxis vs warfarin necrosis, no workup by choice. Comfort care.
Warfarin discontinued permanently.
"""),
("2025-06-24", "Hospice RN Visit", """
Hospice RN visit
Skin unchanged, no new purpura. Turning q2-3h as tolerated, pressure areas intact.
Family at bedside, singing. Pt comfortable, minimal intake.
"""),
]}

P18 = {"patient_id": "P18", "age": 57, "sex": "M", "notes": [
("2019-11-19", "Palliative Clinic Note", """
Outpt palliative - new pt
57M w/ ESRD on hemodialysis since 2014, IDDM on 70/30 insulin, HFpEF, chronic venous insufficiency. BMI 29.0 (overweight).
Bilateral shin ulcers for a couple months, painful, draining. Dialysis RN worried: "r/o calciphylaxis??"
Exam: medial gaiter areas of both legs, shallow ulcers w/ yellow base, hemosiderin staining, pitting edema 2+. No eschar, no retiform purpura.
Plan: derm for bx, r/o calciphylaxis; compression once arterial status known.
"""),
("2019-12-03", "Dermatology Consult", """
Dermatology
4mm punch from L inner shin - stasis change, dermal fibrosis, ulceration; von Kossa shows no calcium in vessel walls; thrombi absent.
Impression: venous stasis ulcers. Calciphylaxis ruled out.
Rec: multilayer compression, leg elevation.
"""),
("2020-01-14", "Hospice RN Visit", """
Hospice RN (enrolled for cardiac dx)
Shin ulcers smaller with wraps, less drainage. Pt pleased: "Legs don't weep on the carpet anymore."
Insulin dose cut back, eating less.
"""),
]}

P19 = {"patient_id": "P19", "age": 64, "sex": "F", "notes": [
("2021-05-11", "Palliative Care Consult", """
Palliative care consult - oncology clinic
64F, metastatic ER+ breast ca to bone and liver, CKD 3a (creat 1.4) from prior cisplatin, not on dialysis and not expected to need it. No diabetes. On apixaban for a port-associated clot. BMI 21.4.
Big worry today: her dad died on dialysis in 2009 "with those awful black sores on his legs - calciphylaxis, they called it." She keeps checking her own legs.
Exam: skin intact head to toe, no purpura, no ulcers.
Reassured: her kidneys are nowhere near where his were. Focus on bone pain.
"""),
("2021-06-08", "Palliative Clinic Note", """
Pall f/u
Bone pain better after XRT to L hip (5 fractions). Fatigue 6/10.
Skin: still intact, she showed me her shins herself, "just making sure."
Daughter asked if it runs in families - explained her father's calciphylaxis came from his kidney failure, not genes as far as we know.
"""),
]}

P20 = {"patient_id": "P20", "age": 79, "sex": "M", "notes": [
("2026-03-03", "Goals of Care Conversation", """
GOC conversation - dialysis unit family room
79M, kidney failure on in-centre HD for 6 yrs, severe AS not a valve candidate, frailty. Non-diabetic. Never anticoagulated. BMI 24.4.
He is thinking about stopping dialysis. "I've done my bit. Every Monday Wednesday Friday is a day I lose."
Wife Hildur asked what happens if he keeps going another year - we talked about more hospital stays, falls, and rarer things like calciphylaxis (painful skin sores from calcium in the small vessels) that can happen to long-term dialysis pts.
Skin exam today: no lesions.
He'll decide after his son flies in.
"""),
("2026-03-10", "Hospice Admission", """
Hospice admission - home
Last HD session Fri 3/6, pt decision, son and wife present and in agreement.
Skin: intact, no wounds, no purpura.
Comfort kit placed. Prognosis likely days, maybe two wks.
Hildur: "He's at peace with it, so I am too. Mostly."
"""),
]}

PATIENTS = [P15, P16, P17, P18, P19, P20]
