"""probe71 corpus notes, W15-W20 (cardiology and heart-failure clinic; all invented)."""

W15 = {"patient_id": "W15", "age": 79, "sex": "F", "notes": [
("2023-09-12", "Cardiology Clinic Note", """
79F w/ new provoked L popliteal DVT (8/2023) + HFpEF. CKD 4, eGFR 22, no dialysis yet - nephrology follows. T2DM on sitagliptin, no insulin.
Anticoag: started renally dosed enoxaparin 1 mg/kg once daily 8/21/23, injected by home health RN into abdomen, bridged to warfarin - INR therapeutic since 9/5, lovenox stopped.
Today: tender dusky nodule L periumbilical area at one of the enoxaparin sites with a small gray-black center, ~2 cm, noticed about a week ago.
Wt 70 kg BMI 27.3.
Imp: injection site hematoma vs fat necrosis vs possible early calciphylaxis (CKD 4, warfarin). Recommend derm bx.
"""),
("2023-09-26", "Dermatology Consultation", """
L periumbilical nodule with central necrosis, 2.5 cm. Ddx: calciphylaxis vs enoxaparin-induced skin necrosis vs organizing hematoma. Discussed biopsy - pt and son decline any biopsy at present ("she's been poked enough").
Plan: observe, photos, return 4 wks; if enlarging, revisit bx.
"""),
("2023-11-07", "Heart Failure Clinic Note", """
Pt now enrolled in home hospice for progressive frailty; family wants comfort focus. Periumbilical lesion unchanged - nature never established, ?calciphylaxis not confirmed, no biopsy. Warfarin stopped by hospice MD. Diuretics for comfort.
"""),
]}

W16 = {"patient_id": "W16", "age": 68, "sex": "M", "notes": [
("2022-01-25", "Heart Failure Clinic Note", """
68 y/o with HFrEF EF 30%, ESRD (CAPD), insulin-treated T2DM - degludec, chronic venous insufficiency. Multilayer compression wraps applied weekly by wound RN to both legs since 11/2021 for edema + weeping.
New shallow ulcer on L anterior shin under the wraps, painful, first seen 1/10/22 at wrap change; edges dusky with a little black slough.
BMI 32.5.
Ddx: venous stasis ulcer vs pressure from wraps vs calciphylaxis (PD patient). Biopsy recommended.
"""),
("2022-02-15", "Wound Clinic Note", """
L shin punch bx 2/3: nonspecific dermal fibrosis, hemosiderin, no vascular calcification seen - nondiagnostic. Could still be calciphylaxis (sampling). Deeper incisional bx offered; pt undecided, will let us know.
Wraps loosened.
"""),
("2022-03-22", "Cardiology Telephone Note", """
Pt relocating to Arizona next week to live with his daughter. Records sent to new HF clinic. L shin ulcer: cause still uncertain, possible calciphylaxis vs venous ulcer, never proven. Advised to get the deeper bx done there.
"""),
]}

W17 = {"patient_id": "W17", "age": 61, "sex": "F", "notes": [
("2024-10-08", "Interventional Cardiology Follow-up", """
61F, ESRD on HD (L arm AVF), obese, HTN, NSTEMI 9/19/24 - cath via L femoral (radial not usable) with DES to RCA. Nondiabetic. Antithrombotics: ASA + ticagrelor (never warfarin).
Since ~9/30: painful purplish firm area L groin/upper inner thigh crease at the access site, with a dark center.
Exam: L inguinal region indurated violaceous plaque 4x3cm, netlike edges, small dusky necrotic center. No bruit, no pulsatile mass.
Assessment: post-access hematoma vs cannot exclude calciphylaxis given HD. US groin ordered; derm e-consult.
"""),
("2024-10-29", "Heart Failure Clinic Note", """
US: small organizing hematoma only. Derm e-consult: "r/o CUA - recommend biopsy if not improving." Pt declines bx for now; lesion a little smaller.
A/P: L groin lesion - hematoma vs calciphylaxis, still unclear. Recheck 6 wks.
"""),
("2024-12-10", "Heart Failure Clinic Note", """
Groin area partly improved, small eschar remains. Remains undiagnosed; we still cannot rule out calciphylaxis but no bx done, she prefers to watch. DAPT to continue through 9/2025.
"""),
]}

W18 = {"patient_id": "W18", "age": 73, "sex": "M", "notes": [
("2021-11-16", "Cardiology Clinic Note", """
73M s/p cardiac cath 11/2/2021 (R femoral, extensive aortic plaque noted). CKD 3b, creat 1.9, no RRT. T2DM on metformin + empagliflozin, not on insulin. No anticoagulation.
Now has painful purple mottled toes bilaterally plus livedo reticularis across the feet and ankles, a couple of small necrotic spots on the R 3rd and 4th toes. Eos 9%.
Ddx: cholesterol embolization vs ?calciphylaxis vs vasculitis. Derm bx of the foot livedo.
Wt 90 kg BMI 29.0.
"""),
("2021-12-01", "Dermatology Note", """
Punch bx L dorsal foot livedo: biconvex cholesterol clefts occluding small arterioles, no calcium in vessel walls (von Kossa neg).
Dx: post-cath atheroembolism (cholesterol emboli). Calciphylaxis excluded.
"""),
("2022-01-18", "Cardiology Clinic Note", """
Toes improving, statin intensified. Renal function stable CKD 3b. No calciphylaxis. BMI 28.6.
"""),
]}

W19 = {"patient_id": "W19", "age": 66, "sex": "F", "notes": [
("2022-05-03", "Heart Failure Clinic Note", """
66 yo woman with HFpEF, AF on warfarin (since 2018, INR stable), CKD 3a (eGFR 52). No DM.
She is anxious because her older brother passed away last year - a longtime dialysis pt, he got calciphylaxis of both legs; she asks whether warfarin puts her at risk.
Discussed: her kidneys are nowhere near dialysis; calciphylaxis is very rare outside ESRD. Skin: intact throughout; not a single ulcer, purpuric area or nodule.
Wt 93 kg, BMI 34.7 (obese).
"""),
("2022-11-08", "Heart Failure Clinic Note", """
Doing well. Still on warfarin, INR 2.3. Skin intact. BMI 34.1. Echo: EF 60%.
"""),
]}

W20 = {"patient_id": "W20", "age": 52, "sex": "M", "notes": [
("2025-06-17", "Cardiology Consultation", """
52M - ESRD (hemodialysis Mon/Wed/Fri); T2DM, glargine nightly, new persistent AF. CHA2DS2-VASc 3.
Shared decision on anticoagulation: explained that warfarin in dialysis patients carries a risk of calciphylaxis (painful skin ulcers/necrosis), plus bleeding. If he were ever started on warfarin and developed painful skin lesions, he should call immediately. He chose apixaban; warfarin not started.
Skin: no lesions. Weight 88 kg; BMI 28.8.
"""),
("2025-09-23", "Cardiology Clinic Note", """
AF rate controlled on metoprolol, apixaban 5 mg bid. Skin check normal. Advised to avoid heating pads on legs due to neuropathy. Remains on HD, insulin unchanged.
"""),
("2025-12-09", "Heart Failure Clinic Note", """
Seen for new DOE; TTE 11/2025 EF 50%, mild LVH, no wall motion abnl. Volume up 3 kg over dry wt - nephro to challenge dry weight. Apixaban continued, he has never taken coumadin. Skin on legs/abdomen intact. BMI 29.4.
"""),
]}

PATIENTS = [W15, W16, W17, W18, W19, W20]
