"""probe51 corpus notes, A08-A14 (endocrinology and diabetes clinic; all invented)."""

A08 = {"patient_id": "A08", "age": 66, "sex": "F", "notes": [
("2025-01-14", "Endocrinology Clinic Note", """
Endo f/u - T2DM on NPH 30u qAM + 14u qPM. CKD stage 5 / ESRD; she chose conservative kidney care, not on dialysis (eGFR 8).
Presents w/ L shoulder lesion. Strained the shoulder lifting a suitcase on Christmas Eve and has been strapping frozen gel ice packs onto the left shoulder several times a day ever since (sometimes 45+ min, directly on skin).
On Jan 9 a painful mottled patch appeared on top of the L shoulder where the packs sit; today a dusky purple stellate plaque 5 cm with a black centre, livedo around.
BMI 33.4 (91.2kg).
Imp: cold injury vs calciphylaxis. Stop ice. Derm referral urgent, palliative renal team cc'd.
"""),
("2025-01-23", "Dermatology Consult", """
Left superior shoulder: necrotic eschar 5.5 cm with violaceous retiform margin, on the area iced repeatedly since 24/12/2024. Onset 09/01/2025.
Deep punch: calcified subcutaneous arterioles, microthrombi, adipocyte necrosis. Diagnosis calciphylaxis; repeated cold exposure likely the local trigger.
Not a dialysis candidate by her choice; IV STS 3x wk via day unit offered.
"""),
("2025-03-04", "Diabetes Educator Note", """
Phone f/u, diabetes educator.
Insulin NPH reduced to 22u AM / 8u PM after fasting readings 4-5 mmol/L. Pt checking fingerstick bid.
Shoulder being dressed by district nurse. No anticoagulant (aspirin only).
Weight (home scales) 88 kg.
"""),
]}

A09 = {"patient_id": "A09", "age": 60, "sex": "M", "notes": [
("2020-05-12", "Injection Technique Check", """
Injection site assessment
60M, insulin glargine U300 70u + aspart 12-16u tds. Injects himself; admits uses the LEFT thigh for every injection because "the right one I can't reach past my belly".
Inspection L thigh: soft lipohypertrophy 6 cm, bruising from needles. Abdomen and R thigh: no injections, skin intact today.
ESRD. HD x3/wk (M-W-F), access = tunnelled R internal jugular cath pending fistula maturation.
BMI 41.3.
Taught rotation into abdomen quadrants; new 4mm pen needles.
"""),
("2020-06-30", "Endocrinology Clinic Note", """
T2DM / obesity class III / ESRD on HD.
New: 2 wks of excruciating pain R lateral thigh; exam shows a 7 x 5 cm indurated, purple, net-patterned plaque with black necrotic centre on the RIGHT lateral thigh. L thigh (injection side) lipohypertrophy unchanged, no discolouration.
No fall, no knocks to right leg, no heat.
Suspect calciphylaxis. Derm + nephro.
"""),
("2020-07-21", "Dermatology Consult", """
R lateral thigh necrotic plaque. Biopsy 7/8: calciphylaxis (vessel calcification, thrombi, necrosis).
Injections are confined to the contralateral thigh; nothing has injured the right thigh.
Plan STS, wound care, stop calcitriol. BMI 40.8, not on warfarin.
"""),
]}

A10 = {"patient_id": "A10", "age": 45, "sex": "F", "notes": [
("2023-09-05", "CGM Sensor Site Review", """
CGM / PUMP SITE REVIEW
45F, T1DM on closed-loop pump. Infusion sets in abdomen only (rotates L/R). Sensor on back of upper arms, alternating each 10 days.
Sensor sites: mild adhesive erythema R arm, L clear.
Infusion sites: small healed dots, no lipo.
Other concern: pt reports both calves "burning and mottled" x 10 days.
Bg: ESRD, on PD (APD at night). Mechanical mitral valve -> warfarin, INR 3.1.
Wt 63 kg, BMI 24.2.
"""),
("2023-09-07", "Endocrinology Clinic Note", """
Bilateral posterior calves: symmetric tender livedo racemosa with 2 small black ulcers on L, one on R. Nothing has been injected into, heated on or banged against the calves; no compression hosiery.
Imp: calciphylaxis highly likely (PD, warfarin, female).
Derm today, biopsy.
"""),
("2023-09-26", "Dermatology Follow-up", """
Path from L calf ulcer edge: calciphylaxis (von Kossa + calcium in small vessels, thrombi).
Pump sets and sensors on trunk/arms are distant from lesions.
Warfarin -> discussion with cardiothoracic; mechanical valve so continues for now with close INR.
STS started.
"""),
]}

A11 = {"patient_id": "A11", "age": 69, "sex": "F", "notes": [
("2021-10-12", "Diabetes Foot Screening", """
Foot screen + leg check
Sensation: monofilament 10/10 bilat. Pulses palpable.
L anterior shin: exquisitely painful purple plaque w/ dark center ~3 cm. Pt says it appeared by itself on 5 Oct, no injury beforehand ("never bumped it, I'm careful").
Feet: callus R 1st MTH, debrided.
T2DM on metformin (renally adjusted) + linagliptin; insulin-naive. On haemodialysis for ESRD.
BMI 34.5.
"""),
("2021-10-26", "Endocrinology Clinic Note", """
Since last visit: on 10/20 she knocked the sore L shin on a kitchen step stool; lesion bled a little and is larger now (5 cm) w/ black eschar.
Before that, skin at this spot was completely intact - lesion came first (10/5).
Imp: calciphylaxis suspected; derm bx booked.
"""),
("2021-11-09", "Dermatology Consult", """
Biopsy L shin: dermal and subcutaneous vascular calcification, thrombi: CALCIPHYLAXIS.
Note: step stool knock occurred 15 d after onset, not a trigger.
Obesity noted, wt 88 kg. No warfarin.
"""),
]}

A12 = {"patient_id": "A12", "age": 58, "sex": "M", "notes": [
("2020-11-10", "Endocrinology Clinic Note", """
58 yo man, T2DM on basal insulin (detemir 40u), injects abdomen only. ESRD, HD via L arm AVG. Warfarin for LV thrombus 2018-2019, stopped.
Complaining of a tender knot, anterior L thigh, which came up on 2 Nov without any injury. A few days later, because it hurt, his wife put an electric heating pad over it each night.
O/E: L anterior thigh: 4 cm violaceous nodule w/ central necrosis and reticulate purple margin, no blisters.
BMI 30.4.
A/P: suspect calciphylaxis. Stop heating pad. Derm.
"""),
("2020-11-19", "Dermatology Consult", """
Punch biopsy of L thigh nodule today. Path: calciphylaxis.
Heat application started after lesion onset (care of lesion) - advised against.
Wound care: hydrogel + foam dressings, taped; surgical debridement being considered by plastics if eschar extends.
"""),
("2021-01-12", "Endocrinology Follow-up", """
Thigh ulcer debrided by plastics 12/15, clean granulating base. Abdomen insulin sites: no lipo, no lesions.
A1c 7.9 -> 7.3%.
Wt 96 kg (BMI 30.4 unchanged).
"""),
]}

A13 = {"patient_id": "A13", "age": 55, "sex": "F", "notes": [
("2024-04-02", "Weight Management Visit", """
Obesity clinic
55F, BMI 46.0 (wt 121 kg). T2DM managed with diet alone (HbA1c 6.4%). ESRD on HD.
Complains of excruciating pain lower pannus x 1 wk with a black patch in the fold.
Denies injections of any kind (never on insulin or GLP-1), no heating pad, no tight belts or shapewear, no injury.
O/E: suprapubic pannus: black eschar 6cm ringed by retiform violaceous skin.
Plan: urgent derm, likely admit.
"""),
("2024-04-09", "Dermatology Consult", """
Pannus lesion: biopsy proven calciphylaxis.
Counselled: avoid tight waistbands and heat pads / ice bags: none anywhere near her belly. Will discuss a GLP-1 (liraglutide) later; if started, injections would go into the thighs, not near the lesion.
"""),
("2024-06-18", "Weight Management Visit", """
F/u: pannus wound smaller.
BMI table:
| 04/2024 | 121.0 kg | 46.0 |
| 06/2024 | 116.4 kg | 44.3 |
Liraglutide not yet started - awaiting wound healing. No warfarin.
"""),
]}

A14 = {"patient_id": "A14", "age": 66, "sex": "M", "notes": [
("2018-03-06", "Injection Technique Check", """
Lipo check: large lipohypertrophy both sides of abdomen from 10 yrs of insulin injections in the same small area; scattered needle bruises around umbilicus.
Skin over the lipo: no necrosis.
Pt also has painful purple plaques both medial thighs (see endo note) - thighs never used for injection.
ESRD on PD (CCPD). BMI 28.4.
"""),
("2018-03-06", "Endocrinology Clinic Note", """
Bilateral medial thigh plaques, retiform purpura, central eschar L. Onset about 3 wks. No heat, no trauma to thighs.
R great toe: neuropathic ulcer at tip from new shoes rubbing (diabetic foot ulcer, not calciphylaxis), podiatry aware.
Imp: calciphylaxis likely for thighs; bx.
"""),
("2018-03-20", "Dermatology Consult", """
Thigh biopsy L: calciphylaxis confirmed.
Abdominal bruises = needle trauma, benign. Toe ulcer = neuropathic, unrelated.
No warfarin. STS via PD unit.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
