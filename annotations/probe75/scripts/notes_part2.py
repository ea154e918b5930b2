"""probe75 corpus notes, C08-C14 (bariatric / weight-management clinic with endocrinology; all invented)."""

C08 = {"patient_id": "C08", "age": 55, "sex": "F", "notes": [
("2018-10-11", "Weight Management Clinic", """
WT MGMT CLINIC -- follow up visit
Pt is a 55 yo female w/ obesity (BMI 39.9 today, wt 103.2kg), ESRD on hemodialysis MWF, DM2 on insulin (NPH bid, she injects into the outer upper arms, rotates L/R), chronic L sciatica.
Diet: logging in app 4/7 days. Walking limited by L buttock/hip pain.
Pt reports that since January a plug-in heating pad has been her evening seat cushion, under the left buttock, on "high", for the sciatica.
2 weeks ago an exquisitely sore firm patch arose on her L buttock, just where the pad sits. Pic on her phone from then shows a purple mottled area; today there is a 6x5cm purpuric indurated plaque w/ 2 cm dusky-black center, left upper outer buttock. R buttock clear. Upper arm inj sites w/o lesions.
A/P: ? calciphylaxis vs thermal burn. Will d/w nephrology, derm referral urgent. Stop heating pad!!
""".strip()),
("2018-10-19", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
CC: painful left buttock plaque
HPI: Heating pad on L buttock nightly since Jan 2018. Lesion started late Sept.
PE: left buttock, 7x5cm indurated plaque; retiform purpura peripherally; central necrosis w eschar. No bullae, no erythema ab igne pattern.
Path: punch bx L buttock - small vessels in subcutaneous fat show medial calcium and thrombosis, plus fat necrosis; c/w calciphylaxis.
Impression: Calciphylaxis, left buttock. Location corresponds to chronic heat exposure.
Plan: thiosulfate three times weekly on HD, wound care, offload.
""".strip()),
("2018-11-26", "Endocrinology Follow-up", """
Endocrinology
DM2 on NPH. Glucose better since appetite down w/ pain. A1c 7.6.
Wt 100.8 kg, BMI 39.0.
L buttock calciphylaxis - on STS, wound clinic wkly. Pain improving.
Plan: NPH 24/16 u, keep arm sites. Not starting GLP-1 until wound closed (nephro preference).
""".strip()),
]}

C09 = {"patient_id": "C09", "age": 60, "sex": "M", "notes": [
("2022-05-09", "Endocrinology Follow-up", """
Endo clinic note
60M, T2DM (dx 2004), hemodialysis dependent since 2019, obesity, OSA, gout.
Insulin: Toujeo 36u qAM + Admelog with meals. Semaglutide 1 mg weekly (since 2021).
Injection technique reviewed: he uses only the right side of his abdomen for all pens ("lefty side's off limits, dunno why, habit"). R abdo sites: mild lipohypertrophy, no erythema.
New complaint: sore purple patch, L lower belly, under the fold, 10 days.
Exam: L lower abdominal pannus 5x6cm retiform purpura; centre necrotic, grey-black; very tender, warm. R abdomen w/o similar changes.
Wt 134 kg, BMI 40.0.
Plan: urgent derm. Keep injecting on the R side, not the L.
""".strip()),
("2022-05-17", "Dermatology Consult", """
Dermatology consult note
Reason: L lower abdominal necrotic plaque.
He denies any injections, heat, tight belts or knocks to the L abdominal wall. Nothing has been applied to that fold except soap and a dry towel.
Bx (5/10) L abdomen: calciphylaxis - vascular calcification, thrombosis, panniculitis.
Dx: calciphylaxis left lower abdomen.
Plan: STS, wound RN, nephrology to optimise Ca/P.
""".strip()),
("2022-06-20", "Bariatric Clinic Visit", """
Bariatric medicine
Calciphylaxis L pannus, improving. Pt wants to keep semaglutide; nephro and derm OK as long as R-sided abdomen only. BMI 39.1 on home scale per pt, clinic wt not done (wheelchair today).
""".strip()),
]}

C10 = {"patient_id": "C10", "age": 49, "sex": "F", "notes": [
("2021-03-02", "Weight Management Clinic", """
Obesity Med - initial
49F, IgA nephropathy -> ESRD; CCPD for 3 yrs. No diabetes; fasting glucose 94. No anticoagulants ever.
82.1kg / 162cm / BMI 31.2.
Starting semaglutide 0.25 mg weekly, abdomen. Taught injection.
Also wears knee-high 20-30 compression stockings daily for ankle edema.
Skin: intact. Panniculus small, no intertrigo.
""".strip()),
("2021-08-16", "Weight Management Clinic", """
Obesity medicine f/u
On semaglutide 1.7 mg weekly, injecting into the lower abdomen, rotating.
Weight 78.4kg; BMI now 29.9 (no longer in obese range).
New issue: painful lumps along both inner thighs for ~3 wks, now dark. Exam: medial thighs bilaterally, several 2-4 cm violaceous indurated nodules, two w/ black eschar centrally. Abdomen injection sites clean. Lower legs under stockings intact.
Denies anything applied to the thighs, no injections there, no injuries.
Refer derm today, call PD team.
""".strip()),
("2021-08-27", "Dermatology Consult", """
Derm
Bilateral medial thigh lesions, PD pt.
Bx R medial thigh: calcium-laden arterioles in fat, thrombi, necrotic adipose tissue. Diagnosis: calciphylaxis.
No trauma at these sites identified. Injections are abdominal only; stockings stop below the knee.
Plan: STS, hold semaglutide temporarily (weight loss/poor intake), wound care.
""".strip()),
]}

C11 = {"patient_id": "C11", "age": 58, "sex": "M", "notes": [
("2023-04-11", "Bariatric Clinic Visit", """
Bariatric program - preop workup
58M pursuing gastric bypass for transplant eligibility. ESRD, HD TTS. T2DM, diet controlled (A1c 6.2, no meds). No warfarin.
Wt 121 kg, BMI 36.5.
Pre-op exam found a 3 cm painful dark plaque on the L posterior calf. He says it showed up 04/02 with no trigger. He has not bumped it or fallen, and has had no shots or heat there.
Plan: derm first, pre-op labs drawn, surgery date not set.
""".strip()),
("2023-04-25", "Telephone Encounter", """
Pt called clinic nurse. Fell in the shower on 4/20, landed on his left side and struck his L calf (posterior) on the tub edge - "right where the sore spot already was". Now bleeding a bit and more painful.
Advised to keep covered, attend derm appt on 4/27.
""".strip()),
("2023-04-27", "Dermatology Consult", """
Dermatology
L posterior calf ulcer w/ surrounding retiform purpura and eschar, 4.5x3cm. Lesion began 4/2/23, before the fall of 4/20 which only abraded the existing ulcer.
Biopsy c/w calciphylaxis.
Thiosulfate started; wound RN; bypass on hold.
""".strip()),
]}

C12 = {"patient_id": "C12", "age": 62, "sex": "F", "notes": [
("2022-04-28", "Weight Management Clinic", """
Wt mgmt clinic, f/u
62 y/o F, hemodialysis for ESRD (MWF), hx PE 2018 on warfarin, no DM (A1c 5.6). Wt 131 kg, BMI 48.1. On orlistat, no injectables.
Reports new very painful area in suprapubic pannus since Easter weekend - red then purple then black. No injections ever into abdomen, no heat, no injury; the pannus sling she has was bought AFTER this started to lift the fold.
Exam: suprapubic pannus 8x5cm stellate necrotic plaque, purple net-like rim.
A/P: needs calciphylaxis excluded - derm referral, will message nephrology & anticoag clinic.
""".strip()),
("2022-05-06", "Dermatology Consult", """
Derm consult
Punch bx today from the suprapubic plaque.
Pt started putting ice packs on the lesion the past few days for pain relief; advised to stop.
Plan: await path. Pain control.
""".strip()),
("2022-05-20", "Wound Care Clinic", """
WOUND CLINIC
Problem: calciphylaxis of suprapubic pannus, proven on biopsy (5/6).
Sharp debridement of necrotic tissue done today, NPWT applied. Warfarin discontinued 5/12 -> apixaban.
Panniculectomy discussed with plastics as a future option once stable - not scheduled.
BMI 47.5.
""".strip()),
]}

C13 = {"patient_id": "C13", "age": 57, "sex": "F", "notes": [
("2024-09-04", "Pre-operative Assessment", """
PRE-ANESTHESIA / BARIATRIC PRE-OP
Planned: RYGB (date TBD). 57F, ESRD - CAPD at home; T2DM, glargine pen, injects upper arms; HTN, OSA.
Wt 98.6 kg, BMI 34.4.
Skin exam: R lateral lower leg, 3 x 2 cm painful violaceous nodule w/ central dark crust. Pt says noticed 8/20. Denies trauma, insect bites, scratching, heat or injections at that site.
Plan: hold surgical scheduling; derm eval. Peri-op VTE plan would be enoxaparin injections post-op - will revisit.
""".strip()),
("2024-09-16", "Dermatology Consult", """
Derm
R lateral calf nodule now ulcerated. Bx: calcification of small arterioles w/ thrombi in subcut fat -> calciphylaxis.
No precipitating trauma. Counselled: calciphylaxis risk increases with local injury, avoid heating pads, avoid injections into the legs, take care not to knock the shins.
Pt had been planning to use a heating pad for leg cramps - told her not to.
Plan: STS via PD unit.
""".strip()),
("2024-10-21", "Endocrinology Follow-up", """
Endo
Insulin glargine continued in arms. Glycemia ok. Wt 97.2 kg.
Calciphylaxis R lower leg healing per derm. Bypass on hold until healed.
""".strip()),
]}

C14 = {"patient_id": "C14", "age": 64, "sex": "F", "notes": [
("2025-03-10", "Endocrinology Follow-up", """
Endocrine
64F, T2DM on insulin (lispro + detemir, injects both anterior thighs), ESRD, HD through a left AVF, obesity BMI 43.7.
Freestyle Libre on L posterior upper arm; last sensor pulled off and left a small skin tear on L upper arm, healing.
Thighs: soft rubbery lipohypertrophy nodules in both injection zones, non-tender, no discoloration - injection site lipohypertrophy, NOT calciphylaxis. Counselled on rotation.
Breasts: pt reports pain under both breasts. Exam: bilateral lower breasts with violaceous retiform patches, L w/ small black crust. Fold with mild intertrigo.
Refer derm.
""".strip()),
("2025-03-21", "Dermatology Consult", """
Derm consult
Bilateral breast lesions, lower poles, with eschar on L. Biopsy R breast: subcutaneous calciphylaxis.
Reviewed other skin: thigh lumps are lipohypertrophy from insulin; L upper arm skin tear from sensor adhesive - neither is calciphylaxis. No trauma to breasts identified.
Plan: thiosulfate on dialysis days + dressings.
""".strip()),
("2025-04-28", "Bariatric Clinic Visit", """
Bariatric med - f/u
Breast calciphylaxis: both sides slowly healing on STS, L eschar lifting at edges. Wearing a soft cotton sports bra now.
Insulin still into thighs, lipohypertrophy unchanged. Pt asks about GLP-1 - will discuss w/ renal.
Today wt 118.3 kg, BMI 43.1.
""".strip()),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
