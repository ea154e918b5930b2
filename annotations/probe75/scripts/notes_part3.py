"""probe75 corpus notes, C15-C20 (bariatric / weight-management clinic with endocrinology; all invented)."""

C15 = {"patient_id": "C15", "age": 50, "sex": "F", "notes": [
("2019-11-04", "Endocrinology Follow-up", """
ENDOCRINOLOGY - DM/OBESITY
50F, T2DM on U-500 insulin 3x daily, super obesity (BMI 52.3, wt 141 kg), CKD4 with eGFR 21 (fistula created in spring, she is pre-dialysis). Anticoag: warfarin (AF).
Every U-500 dose is given into her L lower abdomen beneath the fold - "it's numb there so it doesn't hurt".
Problem: tender purple-brown hardened area on the L lower abdomen at those injection sites, noticed about a month ago, now with a small dark crust.
Exam: 6x4cm violaceous indurated plaque, L infraumbilical pannus, crust 8 mm. Warm. No fluctuance.
A/P: concern for calciphylaxis (CKD4, warfarin, obesity) vs injection-site panniculitis vs early abscess. Derm referral. Change injection site to thighs.
""".strip()),
("2019-11-19", "Dermatology Consult", """
Derm
Lesion as described, L lower abdomen. INR 3.6 today - biopsy deferred, will rebook after anticoag clinic adjusts.
Ddx: calciphylaxis possible; also consider traumatic fat necrosis from repeated U-500 injections, or panniculitis of other cause.
Doxycycline empirically x 10 d given warmth.
""".strip()),
("2020-01-08", "Weight Management Clinic", """
WMC f/u
Patient missed the rebooked derm biopsy x2. Plaque on L lower abdomen slightly smaller, crust fell off, residual brown induration. Still unclear whether this was calciphylaxis; never biopsied.
She relocates out of state in February, care to transfer; records sent.
Wt 139 kg.
""".strip()),
]}

C16 = {"patient_id": "C16", "age": 45, "sex": "M", "notes": [
("2024-02-12", "Weight Management Clinic", """
Obesity medicine visit
45 y/o man; hemodialysis since 2021 (ESRD); T2DM managed with semaglutide 2.4 mg weekly (no insulin; stopped basal insulin? - no, never on insulin per pt and pharmacy hx), OSA.
Injects semaglutide into the right lateral thigh every Sat since 10/2023.
Now: 2 weeks of burning pain R lateral thigh, a lacy purple patch 5 cm with a central firm nodule, no ulcer.
BMI 37.0 (wt 118 kg).
Imp: ?CUA vs local reaction to the semaglutide injections. Derm referral, move injections to abdomen.
""".strip()),
("2024-02-26", "Dermatology Consult", """
Derm
R lateral thigh livedoid patch with nodule.
Punch biopsy: dermis only, scant subcutis, no calcification or thrombi seen - nondiagnostic. Cannot exclude calciphylaxis on this sample.
Deeper incisional biopsy offered and refused ("I'll wait and see").
""".strip()),
("2024-04-08", "Weight Management Clinic", """
Obesity med f/u
R thigh patch faded, nodule softer, no ulceration. Pt declines further biopsy. Still unsure what this was: early calciphylaxis possible, or a resolving reaction to the injections. Derm agrees to observe.
Semaglutide resumed into abdomen only.
Wt 115 kg, BMI 36.2.
""".strip()),
]}

C17 = {"patient_id": "C17", "age": 59, "sex": "F", "notes": [
("2021-09-28", "Plastic Surgery Post-op Visit", """
Plastics - POD 14 s/p panniculectomy (9/14/21) after 61 kg weight loss following RYGB in 2019.
PMH: ESRD on PD (catheter repositioned at surgery), T2DM on insulin (degludec), HTN.
Incision: central 6 cm segment of the transverse suprapubic incision with dusky edges and a 1.5 cm black eschar. Rest of the incision well apposed. Drains out POD 6.
A: wound edge necrosis - ischemic flap edge most likely; calciphylaxis could be considered given ESRD.
P: local care, recheck 1 wk.
""".strip()),
("2021-10-12", "Nephrology Clinic", """
Nephrology
PD adequate. Calcium 9.1 / phosphate 6.2 / PTH 540.
Plastics wondering about possible calciphylaxis at panniculectomy wound; wound clinic to follow. I would start sevelamer in place of calcium carbonate regardless.
Wt 82.5 kg, BMI 33.0.
""".strip()),
("2021-11-16", "Wound Care Clinic", """
Wound clinic
Suprapubic wound, debrided twice, now granulating, 2 x 0.5 cm. No biopsy was ever taken. Cause still not settled: flap edge ischemia vs calciphylaxis - clinically improving either way, no further workup planned.
""".strip()),
]}

C18 = {"patient_id": "C18", "age": 67, "sex": "F", "notes": [
("2020-06-15", "Endocrinology Follow-up", """
Endo
67F w/ T2DM on glipizide + linagliptin, ESRD on HD, overweight (BMI 28.7). Newly dx AF, warfarin started 6/9 by cardiology without a heparin bridge.
Pt called in yesterday: sudden very painful dark area on R thigh. Exam today: R anterolateral thigh 10 x 7 cm hemorrhagic bullous plaque with central necrosis, sharply demarcated.
Imp: calciphylaxis a concern; warfarin-induced skin necrosis the main alternative. Same-day derm + hematology.
""".strip()),
("2020-06-18", "Dermatology Consult", """
Derm
Bx R thigh: fibrin thrombi occluding venules of dermis/fat, haemorrhagic necrosis. Vessel walls free of calcium; vK stain neg.
Protein C activity low.
Conclusion: necrosis due to warfarin, in the setting of the low protein C. Calciphylaxis is excluded.
Plan: warfarin off, vitamin K given, UFH drip, wound care.
""".strip()),
("2020-07-27", "Weight Management Clinic", """
WMC
Pt back after hospital stay for warfarin necrosis of R thigh - grafted, healing. Now on apixaban. Weight 74 kg, BMI 28.1.
Discussed GLP-1; will start low dose dulaglutide once graft fully healed.
""".strip()),
]}

C19 = {"patient_id": "C19", "age": 42, "sex": "M", "notes": [
("2023-02-07", "Weight Management Clinic", """
New patient - medical weight management
42M, T2DM, basal + bolus insulin injected in the abdomen, HTN, fatty liver. Kidney function normal (Cr 0.9, eGFR 101, no albuminuria).
Wt 146 kg, BMI 45.0.
Family hx: his older sister, on hemodialysis, had calciphylaxis of her legs and died of it in 2019. He is scared he will "get the same thing" because of his sugar and weight.
Skin: no lesions, injection sites clean.
Counseled: his kidneys are healthy; calciphylaxis is very unlikely. Plan: start tirzepatide, RD referral, bariatric surgery info session.
""".strip()),
("2023-05-08", "Endocrinology Follow-up", """
Endocrine
T2DM improving on tirzepatide; prandial insulin stopped, glargine 20u continues. Wt 136 kg. eGFR 104.
No skin concerns.
""".strip()),
("2023-09-11", "Bariatric Surgery Info Session", """
Bariatric surgery - group info session attendance + brief 1:1
Attended. Weight down to 129 kg (BMI 41.6). Interested in sleeve. Insulin: glargine 14u. Normal kidneys. Asked again about his sister's illness - reassured.
Next: psych eval, RD x 3, sleep study.
""".strip()),
]}

C20 = {"patient_id": "C20", "age": 53, "sex": "F", "notes": [
("2025-06-02", "Pre-operative Assessment", """
Bariatric pre-op medical clearance
53F for laparoscopic RYGB (scheduled 8/2025). ESRD on PD x 2 yrs; A1c 6.1 = prediabetes, untreated; no anticoag.
Wt 106 kg, BMI 41.0.
Skin: full exam, including pannus and inframammary folds - intact, no nodules or discoloration.
Counselled: PD patients carry a risk of calciphylaxis; post-op enoxaparin shots will be needed for VTE prophylaxis and we will rotate sites; no heating pads and no ice packs on the belly while recovering. If any painful dark spots appear, call us right away.
""".strip()),
("2025-07-14", "Nephrology Clinic", """
Nephrology - PD clinic
Cleared from renal standpoint for RYGB. Ca/P at goal, PTH 310. Skin checked: no lesions. No calciphylaxis.
""".strip()),
("2025-09-02", "Bariatric Surgery Post-op Visit", """
Post-op visit, 3 wks s/p lap RYGB (8/12/25).
Enoxaparin 40 mg SC daily x 28 d, husband giving it, rotating around the umbilicus. Port incisions healed, small bruises at the enoxaparin spots only, no painful nodules, no dusky skin. PD resumed day 3.
Wt 97.4 kg, BMI 37.9. Tolerating puree stage.
""".strip()),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
