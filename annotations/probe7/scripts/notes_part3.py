"""Probe7 corpus notes, B15-B20 (all people, places and wording invented)."""

B15 = {"patient_id": "B15", "age": 64, "sex": "F", "notes": [
("2016-02-03", "Hospitalist Progress Note", """
Hospitalist Daily Note (hospital day 3)
64F ESRD on hemodialysis, insulin-treated DM2 (she uses the L lower abdomen for both basal and mealtime), obesity BMI 33.1, admitted for hyperkalemia after missed HD.
New issue: tender, firm subcutaneous nodules in the L lower abdomen, two of them with overlying purple discoloration, present "since mid-January" per pt. Areas coincide with where she injects.
Assessment: panniculitis vs lipohypertrophy with injection trauma vs early calciphylaxis - concern for calciphylaxis given ESRD and PTH 1100. Derm consult.
Plan: derm; insulin to be given in the upper arms while inpatient.
"""),
("2016-02-05", "Dermatology Consult", """
Derm inpatient consult
L lower abdominal nodules at insulin sites, faint livedo; not ulcerated and without eschar.
Punch bx done 2/4. Differential: calciphylaxis (early) vs sclerosing panniculitis vs insulin-induced lipohypertrophy. Will follow path.
"""),
("2016-02-19", "Dermatology Clinic Note", """
Derm clinic, post-discharge f/u
Path: septal panniculitis, focal fat necrosis; vessel calcification absent on both H&E and von Kossa stains; sample may be too superficial to exclude calciphylaxis.
Nodules are softer, no ulcer.
Impression: findings nondiagnostic; early calciphylaxis still not excluded. Pt declines a deeper excisional biopsy.
Plan: keep injections off the L lower abdomen; recheck in 6 wks; return sooner if skin darkens or breaks down. She transferred her dialysis care out of state the following month and did not return.
"""),
]}

B16 = {"patient_id": "B16", "age": 58, "sex": "M", "notes": [
("2019-04-16", "Dialysis Unit Nursing Note", """
HD Nursing Note
Pt arrived by wheelchair. Reports he caught his L calf on the footrest of his wheelchair last Wednesday getting into the van; skin tore. Wound on L posterior calf approx 2 x 1 cm, edges dusky, small amount of serosanguinous drainage. Dressed with foam. MD notified.
Tx: 4 h, UF 2.8L, pressures stable. Access L upper arm graft.
"""),
("2019-04-23", "Nephrology Progress Note", """
Nephrology - HD rounds
58M ESRD, dialyzes M/W/F; warfarin for AF; not diabetic; BMI 24.4, PAD.
L posterior calf wound after skin tear from wheelchair footrest (4/10): now 3 x 2 cm with a black base, surrounding purple net-like skin extending 4 cm. Very painful.
A/P: non-healing calf ulcer in a warfarin-treated dialysis patient. Ddx arterial ulcer vs r/o calciphylaxis. Order ABI/toe pressures; vascular surgery referral. Deferring biopsy: poor healing expected on this leg per vascular.
"""),
("2019-05-21", "Vascular Surgery Clinic Note", """
Vascular Surgery Clinic
TBI 0.31 L, 0.58 R. L SFA occlusion on duplex.
L calf ulcer: 3.5 x 2.5 cm, dry eschar, livedo around it.
Impression: ischemic ulcer from L SFA occlusion; calciphylaxis remains on the differential and has not been excluded, no tissue dx. Bx not recommended at present.
Plan: angiogram with possible intervention 6/3; wound care; cont warfarin for AF per cardiology.
"""),
]}

B17 = {"patient_id": "B17", "age": 80, "sex": "F", "notes": [
("2022-10-11", "Palliative Care Consult", """
PALLIATIVE MEDICINE CONSULT
80F with ESRD (eGFR 7) who chose conservative kidney management and declined dialysis in 2021. No diabetes. BMI 21.7. Never on warfarin.
Reason: painful skin on both thighs, goals of care.
HPI: over the last 10 days, dark purple lacy patches appeared on the inner thighs, now with small black areas; severe pain. Nothing injected there, no injury.
Exam: bilateral medial thighs with retiform purpura and 3 small eschars.
Assessment: suspected calciphylaxis (possible CUA per derm phone consult), in a patient with advanced CKD not on dialysis. Family and patient decline biopsy and hospitalization.
Plan: comfort-focused care; hospice referral; morphine low-dose, gabapentin avoided.
"""),
("2022-10-27", "Hospice Nursing Visit", """
Hospice RN visit
Skin: thighs with purple-black patches, unchanged; foam dressings intact. Pain 4/10 on current regimen. Daughter at bedside.
No biopsy planned per goals of care; working dx remains possible calciphylaxis.
"""),
]}

B18 = {"patient_id": "B18", "age": 56, "sex": "F", "notes": [
("2017-05-30", "Hospital Medicine H&P", """
ADMISSION H&P
56F, CKD 3a (Cr 1.4), new LLE DVT dx 5/22/2017, started on warfarin 5/23 with a short enoxaparin overlap, BMI 31.0.
CC: painful dark skin on the left breast and left thigh.
HPI: 3 days after starting warfarin, noticed a red painful patch on the L breast, which turned purple-black; similar area on the L posterior thigh on 5/27. No dialysis, no diabetes.
Exam: L breast lower inner quadrant 6 x 5 cm hemorrhagic bullae over a purpuric plaque with central necrosis; L posterior thigh 8 x 4 cm similar. Enoxaparin injection bruises on the abdomen.
Labs: INR 4.2, Protein C activity 38%.
A/P: skin necrosis after warfarin start - warfarin-induced skin necrosis most likely; calciphylaxis considered though she has no ESRD; derm bx. Stop warfarin, give vitamin K, heparin drip.
"""),
("2017-06-02", "Dermatopathology Report", """
DERMATOPATHOLOGY
Skin, L breast, punch: Fibrin clots fill many small venules in dermis and fat; hemorrhagic necrosis. Von Kossa stain negative: calcium is absent from vessels and interstitium.
Comment: features favor warfarin-induced skin necrosis in the given setting; calciphylaxis is not supported.
"""),
("2017-06-09", "Discharge Summary", """
Discharge Summary
Final diagnoses: warfarin-induced skin necrosis (L breast, L thigh) with protein C deficiency; LLE DVT. Calciphylaxis ruled out on biopsy.
Course: warfarin stopped, heparin drip bridged to apixaban. Wounds managed by wound RN with silver dressings.
Obesity class I.
"""),
]}

B19 = {"patient_id": "B19", "age": 47, "sex": "F", "notes": [
("2020-08-18", "Rheumatology Clinic Note", """
RHEUMATOLOGY
47F limited cutaneous systemic sclerosis (dx 2009), scleroderma renal crisis 2018 -> ESRD on HD (T/Th/Sat). BMI 19.2. No DM.
Problem list: SSc; Raynaud's with digital pitting; calcinosis cutis; ESRD on HD.
HPI: hard white chalky bumps on the fingertips of both hands, some draining chalky material; R index fingertip ulcer after she caught it on a kitchen drawer in July.
Exam: bilateral digital calcinosis nodules, R 2nd fingertip ulcer 4 mm, clean base. No livedo, no retiform purpura, no necrotic plaques on trunk or legs.
Hand XR: calcinosis in the soft tissue of several fingertips; vascular calcification of the digital arteries.
A: calcinosis cutis of SSc with a fingertip ulcer; no evidence of calciphylaxis.
P: topical STS compounded for the calcinosis (off-label), wound care, nifedipine for Raynaud's.
"""),
("2020-09-22", "Dialysis Rounds Note", """
HD ROUNDS
SSc-related ESRD on HD. Fingertip calcinosis per rheum, R index ulcer healing.
Skin check: no calciphylaxis features - no painful plaques, no livedo on thighs/abdomen. Phos 5.1, Ca 8.9.
Continue current tx.
"""),
]}

B20 = {"patient_id": "B20", "age": 70, "sex": "M", "notes": [
("2025-03-04", "Podiatry Clinic Note", """
PODIATRY
70M on hemodialysis for ESRD; diabetic, uses insulin (abdominal injections), PAD, prior warfarin 2016-2019 for a mechanical-valve bridge, now on apixaban. BMI 29.9.
CC: sore on the R big toe x 2 months.
Exam: R hallux distal tip 1 cm dry black eschar, cool foot, absent DP/PT, dependent rubor. L foot intact.
Assessment: dry gangrene R hallux, arterial. Nothing here suggests calciphylaxis: the skin lacks retiform purpura and painful induration.
Plan: vascular surgery; offloading shoe; avoid heating pads on the feet. His brother was treated for calciphylaxis, and he asks if this is the same - explained it is not.
"""),
("2025-03-18", "Vascular Surgery Note", """
Vascular surgery
Angiogram 3/14: R anterior tibial and PT occlusion, peroneal reconstitution. Angioplasty of the R AT performed.
R hallux gangrene stable; plan R hallux amputation once perfused.
Calciphylaxis: not suspected.
"""),
("2025-04-15", "Operative Note", """
OP NOTE
Procedure: R hallux amputation at the MTP joint, 4/14/2025.
Indication: dry gangrene R great toe due to PAD.
Findings: viable margins, bleeding tissue. Closed primarily.
Path: gangrenous toe with atherosclerotic arterial disease; no vascular calcification pattern of calciphylaxis noted.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
