"""probe100 corpus notes, C01-C07 (cardiology and cardiac surgery clinics; all invented)."""

C01 = {"patient_id": "C01", "age": 71, "sex": "F", "notes": [
("2019-03-01", "Anticoagulation Clinic", """
ANTICOAG CLINIC - periprocedural plan
71F, On-Q mechanical MVR (2011), chronic AF. ESRD, dialyses in-centre T/Th/Sa through a L brachiocephalic fistula. No DM.
Warfarin 4 mg daily except 6 mg Mon/Fri. INR today 3.1 (her target 2.5-3.5).
Upcoming: screening colonoscopy 03/11/19 w/ Dr Varga, needs hold.
Bridge: last warfarin dose 3/3. Enoxaparin renally adjusted 1 mg/kg SQ once daily to start 3/4/19 - reviewed technique w/ pt and her niece, she'd rather use the lower belly on her L ("my right side is where the pants button digs in").
BMI 32.6 (88kg).
Resume warfarin evening of procedure if GI ok, LMWH until INR >= 2.5. RTC 3/15 for INR.
- T. Brandt, PharmD
"""),
("2019-04-02", "Valve Clinic", """
Structural/valve clinic f/u
S: Seen for routine mech MVR check. Complains of a "purple sore" low on the L abdomen, hurts 9/10, can't wear her slacks. Started as a tender hard lump about 2 weeks ago. Bridging went as planned: she did the Lovenox shots herself into the left lower belly from March 4th until 3/18 when INR got back in range. Colonoscopy 3/11 - 2 small polyps.
O: BP 132/70, HR 78 irreg irreg. Mechanical clicks crisp. LLQ: 5x4 cm stellate violaceous plaque, netlike dusky border, small central black eschar, exquisitely tender. Several faint needle marks around it.
INR 2.9 in clinic.
Assessment/plan -
#1 Painful necrotic LLQ plaque; she dialyzes and takes warfarin, exactly over her LMWH injection field - worried about calciphylaxis. Urgent derm today, renal aware. 2. MVR - stable, cont warfarin for now, discuss w/ derm/renal.
"""),
("2019-04-16", "Dermatology Consult", """
DERMATOLOGY
Reason: abdominal wall plaque, path f/u.
Pt is a 71 yo woman w/ ESRD on HD and a mechanical mitral valve on warfarin. Incisional bx of the left lower quadrant lesion (4/4) shows subcutaneous small vessels calcified, some thrombosed, fat necrosis adjacent; biopsy-proven calciphylaxis.
Exam: LLQ plaque now 6 x 5 cm, eschar enlarging. Nothing on the thighs, breasts or R abdomen.
BMI now 31.2 (84kg).
Assessment: calciphylaxis, L lower abdominal wall - precisely the patch of skin that took her enoxaparin bridge shots.
Plan: sodium thiosulfate with HD (renal to order), wound care, pain team. Cardiology to weigh warfarin vs alternatives given mech MVR - no DOAC option. Future SQ meds: keep off abdomen + thighs.
"""),
]}

C02 = {"patient_id": "C02", "age": 64, "sex": "M", "notes": [
("2021-01-11", "AF Clinic", """
AF clinic (telehealth video)
64M, persistent AF, CHA2DS2-VASc 4, anticoagulated w/ warfarin. ESRD - does CCPD at home. T2DM, glargine + lispro.
Pt reports INR stable per home meter (2.4 yesterday). Main concern today is his legs: "I've got bruises on my right thigh that are killing me, they showed up on New Year's Day". Shows them on camera - dusky purple patches on front of R thigh, one looks dark in the middle. Denies falls. He mentions he sits with the electric heating pad on his lap/thighs most evenings for his knees.
Plan: needs in-person look, asked PD unit to see him at his visit next week. Cont warfarin 5 mg. Wt self-reported 96 kg (BMI 29.6 from last clinic ht).
"""),
("2021-01-19", "Nephrology PD Clinic", """
PD clinic note
Ultrafiltration ok, no peritonitis episodes. Kt/V 1.8 last month.
Skin: R anterior thigh - 2 violaceous retiform plaques, larger one 4 cm with black centre. L anterior thigh - new tender purple patch since last week, about 3 cm. Wife says he has had the heating pad draped over both thighs every night since Thanksgiving ("football season, he never takes it off"), set on high.
PTH 820 / PO4 7.4 / cCa 9.8. On calcium acetate, cinacalcet.
Insulin: injects abdomen, rotates.
Imp: ?calciphylaxis bilateral thighs vs thermal injury. Stop heating pad. Derm urgent, stop Ca-based binder -> sevelamer.
"""),
("2021-01-28", "Dermatology Consult", """
Derm consult - thigh lesions
Hx as per PD team. Punch bx R thigh plaque done 1/21: arterioles in deep dermis and fat with medial calcium, thrombi in lumens, septal panniculitis. Dx: calciphylaxis (biopsy proven).
Exam today: both anterior thighs involved, R > L, in a band matching where the heating pad sits; L thigh patch now with early eschar. No abdominal lesions at insulin sites.
BMI 29.6.
Impression: calciphylaxis of the anterior thighs, right and left, in the zone of chronic heat exposure from his heating pad.
Rec: no heat to the legs. STS 25 g with each... pt on PD so IV via infusion clinic 3x/wk. Ok to continue warfarin per cardiology for now but favor switch - will message AF clinic.
"""),
]}

C03 = {"patient_id": "C03", "age": 58, "sex": "M", "notes": [
("2022-08-30", "Heart Failure Clinic", """
HF CLINIC
58 yo man, anterior STEMI 7/2022 s/p PCI to LAD, ischemic CM EF 25%. Dialysis-dependent ESRD (3 runs/wk). DM2 - linagliptin, insulin never required. Apixaban 2.5 bid for LV thrombus (not on warfarin - renal pharmacy preference).
Wearable defibrillator (LifeVest) - has been wearing since early August, compliance 22 h/day per download. c/o the garment belt "rubbing raw" under his left ribs, esp lying on that side. No alarms/shocks.
Exam: euvolemic. L lateral flank - mild erythema under belt line, skin intact.
Wt 109 kg BMI 34.5 (obese).
Plan: GDMT uptitration limited by BP on HD days. Padding for the belt; LifeVest rep to refit. Repeat TTE 90 days -> ICD decision.
"""),
("2022-10-04", "Device Clinic", """
Device clinic - LifeVest check
Download: wear 20.5 h/d, 0 treatments, 1 noise alert.
He describes an exquisitely sore dark patch L flank where the belt/electrode strap sits; first noticed it 10 days ago, has got bigger since. Says he's still wearing the vest bc "they told me I might die without it".
Exam: L flank at belt level - indurated purple plaque 3x2.5cm, black crust in the middle; surrounding livedo, severe tenderness. No fluctuance.
A: Painful necrotic flank lesion at site of chronic pressure from wearable defib belt (HD patient). Ddx calciphylaxis versus plain pressure necrosis.
P: Discussed with HF attending - derm today. Belt repositioned with foam; reassess ICD timing.
"""),
("2022-10-20", "Dermatology Progress Note", """
DERM PROGRESS
Bx L flank 10/6: calcified arterioles in subcutaneous fat, microthrombi - consistent with calciphylaxis. Dx confirmed.
Plaque L flank now 4 x 3 cm with adherent eschar. No other lesions.
PTH 612, phos 6.9.
A/P: calciphylaxis L flank, developed under the pressure line of his LifeVest strap. STS w/ HD (renal started 10/14). HF team moving up ICD implant so the vest can come off. Wound RN weekly. f/u 4 wk.
"""),
]}

C04 = {"patient_id": "C04", "age": 66, "sex": "F", "notes": [
("2023-03-01", "Cardiac Surgery Post-op Visit", """
CT SURGERY CLINIC - POST-OP
POD 15 s/p CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA) on 2/14/2023. Open GSV harvest R leg, knee to ankle.
Hosp course: post-op AF -> amio + warfarin (INR goal 2-3, via anticoag clinic). HD resumed POD1 (ESRD, TTS). Insulin gtt -> back on home glargine/aspart.
Today: sternal incision well approximated, sternum stable, no click. R medial calf harvest incision: intact, edges dry, trace serous drainage at lower 2 cm, steri-strips off.
Wt 82.6 kg BMI 30.0.
Plan: sternal precautions x 6 more wks. Keep leg elevated. Cardiac rehab referral. RTC 6 wks.
"""),
("2023-04-27", "Wound Clinic", """
WOUND CARE CENTER - initial
Referred by CT surgery NP for "non-healing leg incision".
Pt and husband state the R calf scar was healing nicely then sometime in April he noticed dark purple spots along the scar that turned black; now very painful (8/10), worse at night, opioid not helping much.
Wound #1: R medial calf along the vein harvest incision - three confluent areas of black eschar, total 9 x 2.5 cm, surrounded by violaceous retiform rim. Minimal exudate. Pulses: DP palp, PT dopplerable.
Sternotomy: healed.
Impression: necrosis along saphenous harvest scar, atypical for simple dehiscence - ESRD pt, concern for calciphylaxis. Holding debridement. Derm referral for bx.
"""),
("2023-05-05", "Dermatology Consult", """
Dermatology - consult note
Asked to evaluate R leg wound. 66F HD-dependent ESRD, insulin-requiring T2DM, recent CABG with R leg vein harvest, now on warfarin for post-op AF.
Deep incisional bx taken at edge of R calf eschar (done today in clinic, path expedited) -> prelim read this PM: vascular medial calcification + thrombosis in subcutis, fat necrosis: CALCIPHYLAXIS.
The lesions follow the harvest incision and nothing else - no lesions L leg, abdomen or chest.
Rec: 1) STS with dialysis 2) stop warfarin if cardiology agrees (switch to apixaban) 3) no sharp debridement yet; 4) pain svc.
"""),
("2023-06-12", "Nephrology Clinic", """
Renal clinic
Calciphylaxis R lower leg (along her CABG vein harvest scar) - sodium thiosulfate 25g after each TTS run, started 5/9. Pain slightly better. Eschar dry, no new lesions.
Warfarin stopped 5/10, now apixaban 2.5 bid.
PTH 390 / P 5.2 / Ca 9.1. Cinacalcet uptitrated.
Wt 82.5 kg, BMI 30.0. A1c 7.9 on insulin.
Plan: cont STS, lanthanum, f/u 4 wk.
"""),
]}

C05 = {"patient_id": "C05", "age": 77, "sex": "F", "notes": [
("2024-09-10", "Anticoagulation Clinic", """
Coumadin clinic - phone + POC INR
INR 3.8 (goal 2-3). Warfarin 3 mg daily for AF.
States she caught her foot in the garden hose in the garage on Labor Day, landed on her L knee, skinned it pretty good, "no big deal, the scab is drying". Did not hit head. No other bleeding.
Hx: ESRD on HD (MWF, dialysis unit on Birch St), HTN, no diabetes.
Plan: hold 1 dose, then 2.5 mg daily. Recheck 1 wk. Reviewed fall precautions.
"""),
("2024-10-07", "AF Clinic", """
ARRHYTHMIA CLINIC
77F, permanent AF, metoprolol for rate. Warfarin managed by anticoag clinic, INR 2.6 last wk.
c/o: "my knee where I fell has gone black and it's the worst pain I've ever had" - daughter says it started to change on 09/28/24, the scrape had nearly healed before that.
Exam: L anterior knee, over the old abrasion - 3 cm black eschar, surrounding stellate purpura with a lacy purple edge, very tender, no pus. R knee normal.
BMI 27.3, 68kg.
A/P: necrotic lesion at a healed traumatic abrasion in a dialysis pt on warfarin - calciphylaxis must be excluded; also consider warfarin necrosis though on it for yrs. Derm referral expedited. Continue rate control.
"""),
("2024-10-22", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx L knee (10/9): arterioles of the subcutis calcified, intima thickened, thrombi present. Calciphylaxis confirmed.
Lesion sits on the exact spot of the early-Sept fall abrasion per pt and daughter. No other skin lesions.
Plan: STS via dialysis unit, discontinue warfarin -> discuss with AF clinic (apixaban). Gentle wound care, no debridement. BMI 27.3.
"""),
]}

C06 = {"patient_id": "C06", "age": 62, "sex": "M", "notes": [
("2021-06-10", "Structural Heart Clinic", """
Structural Heart / TAVR Evaluation
62M severe calcific AS (AVA 0.7, MG 46), NYHA III. ESRD on HD since 2016. DM2 - insulin since March 2019 (degludec + aspart). Morbid obesity, BMI 41.6.
Incidental: pt shows me "hard sore patches" - backs of both his arms, came up last month, painful to touch. Every insulin shot he gives goes in the back of an arm - "my belly's too big to see" - has done that since he started insulin.
Exam: posterior upper arms bilat - firm violaceous plaques, L 4 cm, R 3 cm with small central ulcer. Not warm.
Plan: TAVR w/u - CTA, cath. Derm referral re arm lesions. Suggested moving insulin to abdomen, wife can help.
"""),
("2021-06-24", "Nephrology Clinic", """
Nephrology
Dialyzing MWF through a R IJ tunneled line since fistula clotted. Spkt/V 1.3.
Arm plaques as noted by cardiology - now both with central black eschar, pain 7/10. Derm bx booked.
Ca x P elevated (Ca 10.2, P 7.1). Switched calcium carbonate to sevelamer. Not on warfarin.
BMI 41.2 (128kg).
"""),
("2021-07-08", "Dermatology Consult", """
Derm
Punch bx R posterior upper arm (6/30): small vessels in fat calcified and thrombosed, lobular fat necrosis: calciphylaxis.
Distribution: posterior upper arms, bilateral, corresponding to his habitual insulin injection areas (used for >2 yrs).
Wt 127 kg BMI 41.0.
Plan: STS at dialysis; no more injections into arms, cardiology aware (TAVR timing). Pain med adjust.
"""),
]}

C07 = {"patient_id": "C07", "age": 55, "sex": "F", "notes": [
("2025-01-20", "Valve Clinic", """
VALVE CLINIC - annual
55F s/p bioprosthetic MVR (29 mm) 2021 for rheumatic MS. ESRD (IgA nephropathy), peritoneal dialysis. Aspirin 81 only - never anticoagulated, stayed in sinus after surgery. Not diabetic.
Echo today: prosthesis well seated, MG 4 mmHg, no PVL.
Pt brings up a "horrible sore" on her lower back, first noticed it on Christmas Eve. Her chronic low back pain - every night since the fall the heating pad goes under her lower back while she sleeps.
Exam: lower back at the belt line - 5 cm dusky plaque with black centre, purple mottled edge. Marked tenderness.
BMI 24.8.
A/P: 1. Bioprosthesis fine, repeat echo 1 yr. 2. Lower back lesion - PD pt, heat exposure; suspect calciphylaxis vs burn. Derm referral, told to stop heating pad.
"""),
("2025-01-29", "Dermatology Consult", """
Dermatology new consult
CC: painful lower back plaque x 5 wk.
Lumbar skin: stellate necrotic plaque 6x4cm with livedoid margin. No blistering. No other lesions, abdomen (PD exit site) clean.
Prior heat: nightly heating pad to low back for months.
Bx: 2 punches from the edge today.
Ddx: calciphylaxis > thermal burn / erythema ab igne with ulceration.
"""),
("2025-02-12", "Nephrology PD Clinic", """
PD clinic
Derm path back: calciphylaxis (calcified arterioles, thrombi, panniculitis). Lesion on the lower back, where she had been putting the heating pad - pad thrown out.
Plan: infusion centre for IV thiosulfate thrice weekly, stop calcium binder -> sevelamer, vitamin D held. Icodextrin for long dwell.
Wt 62 kg, BMI 24.8. No diabetes. No warfarin.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
