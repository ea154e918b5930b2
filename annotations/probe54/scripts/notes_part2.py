"""probe54 corpus notes, M08-M14 (nephrology consults and dialysis-unit rounding; all invented)."""

M08 = {"patient_id": "M08", "age": 60, "sex": "M", "notes": [
("2024-12-05", "Dialysis Unit Rounding Note", """
HD ROUNDS  Thu 12/5/24  (TTS, 2nd shift, Pinecrest Renal)
60M, ESRD (DKD), HD since 2020 via L radiocephalic AVF (cannulation 16G rope-ladder, no issues).
T2DM on insulin since spring 2019 - degludec 40u + aspart SSI; he injects into the lower abdomen/pannus, "all over the belly".
Also, since October he keeps a heating pad on the lower belly while he watches TV "for the cramps".
Skin: says the pannus got hard and sore on Monday Dec 2 and a black spot has appeared since.
O: lower abdominal pannus, across midline: 10 x 6 cm woody induration, retiform purpura, two black patches 1-2 cm. Heat-mottled brown skin around it.
Ca 9.6 | P 7.4 | PTH 640 | Kt/V 1.18 (big pt, short runs)
Wt 142 kg, BMI 41.3. Not on warfarin.
Plan: to ED - suspected calciphylaxis; no more heat; insulin to the upper arms until seen.
"""),
("2024-12-09", "Inpatient Nephrology Consult", """
RENAL CONSULT - 60 y/o man, TTS HD, morbid obesity, insulin-requiring DM.
Pannus lesion began 12/02/2024 in skin he has been injecting since 2019 and heating with an electric pad since Oct 2024.
Derm incisional bx 12/7: medial calcification + intravascular thrombi in subcutaneous arterioles, septal panniculitis. DIAGNOSIS: calciphylaxis.
Recs: STS 25 g each run, increase to 4x/wk HD this admission, stop calcium-based binder, start cinacalcet, surgery c/s for debridement candidacy, palliative care for pain.
"""),
("2025-01-06", "Dialysis Unit Rounding Note", """
1/6/25 rounding.  Readmission 12/20 for wound infection, IV vanc given post HD x 3 wks.
Pannus calciphylaxis: surgical debridement 12/23, VAC in place.
Insulin into upper arms. Wife says the heat pad is gone from the house.
Labs: Ca 8.9 | P 5.9 | PTH 510 | Kt/V 1.26 | Alb 2.9
Wt 136 kg, BMI 39.6.
"""),
]}

M09 = {"patient_id": "M09", "age": 59, "sex": "F", "notes": [
("2018-10-29", "Dialysis Unit Rounding Note", """
Rounds - MWF HD, Eastfield Dialysis
59F ESRD (DKD). T1DM? - no, T2 on insulin (glargine 50u, lispro 10-15u tid), self-injects, always the R thigh ("left hand is clumsy since the stroke").
Skin check: tender firm area L inner thigh, started earlier this month; she has never injected on the left.
O: L medial thigh 6x5cm violaceous indurated plaque, livedoid rim. R thigh - lipohypertrophy at the injection zone, no discoloration, no nodules.
Ca 10.0 | P 7.7 | PTH 1120 | Kt/V 1.30
BMI 38.0.
Plan: derm urgent; Ca carbonate -> sevelamer.
"""),
("2018-11-06", "Inpatient Nephrology Consult", """
Nephrology consult - admitted for L thigh pain.
L medial thigh: now 8 cm plaque with central necrosis. Onset October 2018.
Bx 11/5: calciphylaxis (vascular calcification + thrombosis, von Kossa +).
Pt injects insulin only into the right thigh - opposite leg; R thigh skin normal apart from lipohypertrophy.
Not on warfarin. Obese (BMI 38).
Rec: STS, daily HD x 3 then back to MWF, rotate insulin to abdomen.
"""),
("2018-12-03", "Dialysis Unit Rounding Note", """
12/3 rounds: L thigh calciphylaxis - stable eschar, wound care 2x/wk. STS ongoing.
cCa 9.2 / PO4 6.1 / iPTH 880 / Kt/V 1.36. Hep 1500 bolus / 1000 per hr.
BMI 37.6.
"""),
]}

M10 = {"patient_id": "M10", "age": 70, "sex": "M", "notes": [
("2020-05-26", "Dialysis Unit Rounding Note", """
ROUNDING NOTE 5/26/20 (masked rounds, COVID precautions)
70M ESRD from HTN/renovascular dz, HD TTS via R AVF. No diabetes. On warfarin since 2017 for recurrent DVT (INR 2-3).
New: L calf pain since 5/20/2020 - painful dark patch, no injury he can recall ("I haven't bumped it, haven't fallen").
O: L posterolateral calf 4x3cm indurated violaceous plaque, reticulate edge, no ulcer yet.
Ca 9.9  P 6.3  PTH 475  INR 2.7  Kt/V 1.42
BMI 25.0.
A: concern for calciphylaxis (warfarin, ESRD). Derm tele + in-person bx.
"""),
("2020-06-08", "Inpatient Nephrology Consult", """
Nephrology - admitted after fall at home 6/2/2020: slipped getting out of the tub and struck the left calf on the edge, now bleeding from an existing lesion.
Hx: L calf plaque present since 5/20, pre-dating this fall by ~2 weeks.
Exam: L calf - 5x4cm ulcer, black eschar; fresh abrasion and bruising at its lower edge from the tub.
Bx (outpt 5/29): calciphylaxis.
Rec: warfarin -> apixaban per heme. STS with HD. PT/OT for falls. Wound RN.
"""),
("2020-07-06", "Dialysis Unit Rounding Note", """
7/6 rounds. L calf CUA ulcer - slow improvement, no infection. Off warfarin (apixaban 2.5 bid now).
STS #14.
cCa 9.0 / PO4 5.2 / iPTH 410 / Kt/V 1.45
BMI 24.9
"""),
]}

M11 = {"patient_id": "M11", "age": 64, "sex": "F", "notes": [
("2021-09-20", "Home Dialysis Clinic Visit", """
PD CLINIC (CAPD 4 x 2L)
64F ESRD (DKD), on PD from 2019. DM2, insulin: Humalog mix 70/30 bid into abdomen, avoiding the PD catheter side. Warfarin: previously for LV thrombus, stopped 2019; now on no anticoag.
New: painful hard area R buttock x 2 wks. Denies any fall, heat, injection or pressure there; sits on a soft cushion.
O: upper outer R buttock - 5cm violaceous plaque with small central black crust.
Ca 9.8 / P 6.7 / PTH 770 / weekly Kt/V 1.7
Wt 92 kg BMI 34.0.
Plan: derm bx; wound care referral.
"""),
("2021-09-30", "Inpatient Nephrology Consult", """
RENAL CONSULT
R buttock lesion - bx (9/23) confirms calciphylaxis.
Since biopsy: pt has been putting a heat pad on the lesion for pain (started ~9/25) - advised to stop, risk of burn on ischemic skin.
Wound team sharp debridement today of R buttock eschar; foam dressing, secured with tape.
PD: inadequate clearance + buttock wound + peritonitis x1 in Aug -> plan transfer to HD. Tunnelled line placement Monday.
STS to start with HD.
"""),
("2021-11-01", "Dialysis Unit Rounding Note", """
HD rounds - transferred from PD 10/5/21. MWF via R IJ tunnelled cath, AVF planned.
R buttock calciphylaxis: debrided again 10/19, granulating. Heating pad stopped.
Insulin 70/30 continues.
cCa 9.1 / PO4 5.5 / iPTH 610 / Kt/V 1.31
BMI 33.5.
"""),
]}

M12 = {"patient_id": "M12", "age": 52, "sex": "M", "notes": [
("2023-02-13", "Inpatient Nephrology Consult", """
NEPHROLOGY CONSULT - reason: abdominal wall wounds
52M, ESRD, HD MWF through L arm fistula, morbid obesity (BMI 47.2), DM2 managed with oral agents only (sitagliptin, glipizide stopped) - has never used insulin. No warfarin.
HPI: painful purple patches on the pannus x 3 weeks, now ulcerated.
Pt specifically denies: any injections in the abdomen, heating pads/hot water bottles, belts or binders, scratches, bites, insect stings or injury to that area.
Exam: lower abdominal pannus, L > R, 3 stellate ulcers with black eschar on violaceous indurated bases, largest 5 cm.
Labs: Ca 10.3, P 8.1, PTH 1460.
A: clinically consistent with calciphylaxis.
Plan: derm bx; STS. DVT ppx: if SC heparin is ever required, arms only - never the belly.
"""),
("2023-02-20", "Nephrology Progress Note", """
Renal f/u. Bx of pannus (2/15): calcific uremic arteriolopathy confirmed.
No heparin injections given (ambulating, ppx not needed).
STS 3x/wk, cinacalcet 60.
Discussed: no heat, no tight belts or binders over the pannus going forward.
"""),
("2023-03-20", "Dialysis Unit Rounding Note", """
HD rounds 3/20/23: pannus calciphylaxis - 2 of 3 ulcers smaller. STS ongoing.
Ca 9.4 | P 6.0 | PTH 1100 | Kt/V 1.22 | Alb 3.3
Wt 151 kg, BMI 46.8. Sitagliptin renally dosed.
"""),
]}

M13 = {"patient_id": "M13", "age": 68, "sex": "F", "notes": [
("2024-07-08", "Inpatient Nephrology Consult", """
RENAL CONSULT - HD pt admitted w/ new PE
68F ESRD (lupus nephritis), HD MWF. No DM. BMI 29.6 at 78 kg (overweight; does not meet obesity).
Started enoxaparin 7/3 (renally adjusted) into the abdomen as bridge, warfarin started 7/5.
Skin: several bruises around the umbilicus at the enoxaparin sites.
Also: painful mottled areas both lower legs since about 6/20, predating admission.
Exam: bilateral shins/calves - net-like violaceous plaques, R calf with 2 cm black eschar. Periumbilical: scattered ecchymoses 1-3 cm, soft, non-tender.
Ca 9.7  P 6.9  PTH 560
A: leg lesions concerning for calciphylaxis. Abdominal bruises look like ordinary injection hematomas.
"""),
("2024-07-12", "Nephrology Progress Note", """
Renal f/u. Bx R calf 7/10: calciphylaxis.
One periumbilical bruise became firm -> bx 7/11 at that site: hematoma w/ organizing blood, no vascular calcification, not calciphylaxis.
Enoxaparin stopped, INR therapeutic on warfarin (2.4) - heme + renal discussed risk, PE needs anticoag; will revisit apixaban.
STS started.
"""),
("2024-08-05", "Dialysis Unit Rounding Note", """
Rounds 8/5: bilateral leg calciphylaxis, dressings 3x/wk. Abdominal bruises resolved.
Warfarin -> apixaban 7/25.
Ca 9.0 | P 5.6 | PTH 470 | Kt/V 1.39 | Hgb 9.9
BMI 29.4.
"""),
]}

M14 = {"patient_id": "M14", "age": 74, "sex": "M", "notes": [
("2022-10-17", "Dialysis Unit Rounding Note", """
ROUNDS  Mon 10/17/22
74M, ESRD (DKD), in-centre HD MWF. Obesity (BMI 31.0). T2DM on glargine 22u, injects into the abdomen.
Most evenings a heat pad goes on the back of his neck (arthritis).
New: painful indurated area R anterior thigh, onset ~10/1.
O: R ant thigh 7x5cm retiform purpura, necrotic centre. Neck skin: mild reticulate erythema, no plaques.
cCa 10.0 / PO4 6.9 / iPTH 890
Plan: admit; bx.
"""),
("2022-10-24", "Inpatient Nephrology Consult", """
Renal consult note.
R thigh bx 10/19: calciphylaxis.
No trauma to the R thigh: insulin always abdominal, heat only on the neck.
Counselled pt/wife: thighs are off-limits for insulin, keep heat pads and hot-water bottles off his legs, and phone early about any new painful spot.
STS 25 g with HD. Pt interested in home PD - referral to home team.
"""),
("2023-01-16", "Home Dialysis Clinic Visit", """
PD clinic - transitioned from in-centre HD to CCPD 12/2022 (catheter placed 11/28).
R thigh calciphylaxis healing, eschar off.
Insulin abdominal (away from exit site). STS via infusion centre 3x/wk.
Weekly Kt/V 2.0. Ca 9.1 / P 5.7 / PTH 640.
Wt 92 kg, BMI 29.4.
"""),
]}

PATIENTS = [M08, M09, M10, M11, M12, M13, M14]
