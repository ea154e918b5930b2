"""probe86 corpus notes, F08-F14 (primary care / family medicine, portal, nurse triage; all invented)."""

F08 = {"patient_id": "F08", "age": 52, "sex": "F", "notes": [
("2025-06-09", "Patient Portal Message", """
Subj: painful spot under my breast
hi dr. Nakamura-Brooks, sorry for the long msg. theres a really painful spot under my left boob right along where the wire of my new bras digs in. I bought 3 of them at Easter and have worn them pretty much every day since. it started out like a hard bruise and now theres a black patch in the middle. my PD nurse saw it and said to message you asap. I can barely stand anything touching it
Yolanda
"""),
("2025-06-10", "Family Medicine Office Visit", """
52F w/ ESRD/CCPD, T2DM using glargine + lispro (injects abdomen, no abdominal lesions), HTN.
CC: painful lesion of L inframammary fold x 2 wks. Underwire bras since 4/20/2025, tight.
Exam: BMI 30.0. L inframammary fold along the wire line: 5x2cm violaceous, indurated plaque; central 1.5cm necrotic black zone and livedoid border. R breast fold normal.
Assessment: necrotic plaque where an underwire has pressed daily for weeks, PD pt - calciphylaxis highly suspected.
Plan: derm punch biopsy, no underwire (sports bra), renal aware, obesity counselling deferred.
"""),
("2025-06-24", "Family Medicine Follow-up", """
Path (derm, 6/13): calciphylaxis confirmed - calcified arterioles in subcutaneous fat w/ fibrin thrombi.
Wearing soft bra only. Lesion no larger. STS being arranged via PD unit. Weight stable, BMI 30.0.
"""),
]}

F09 = {"patient_id": "F09", "age": 69, "sex": "M", "notes": [
("2020-03-02", "Nurse Triage Phone Note", """
TC from pt re: painful lump L thigh x 1 wk, skin turning purple. Asked about insulin: he injects Lantus only into the R thigh ("always the right, I never use the left one"). No falls, no bumps. Hasn't used heat or ice.
On HD MWF. Denies fever.
Appt made w/ Dr. Petrosyan 3/4.
"""),
("2020-03-04", "Family Medicine Office Visit", """
69M, HD-dependent ESRD, insulin-treated T2DM (glargine 30 u daily into R thigh), obesity, BMI 34.0, OSA.
L lateral thigh: 6 cm indurated, stellate purple plaque, central ulceration 1 cm w/ black base. Pt flinches at light touch.
R thigh, where he injects: a little lipohypertrophy only, skin color normal.
No trauma history to L thigh. Not on warfarin.
Imp: probable calciphylaxis L thigh. Derm bx.
"""),
("2020-03-20", "Family Medicine Follow-up", """
Derm bx L thigh (3/9): calciphylaxis.
R thigh injection sites remain clear. He asks whether the insulin caused it - pointed out that it sits on the other leg from his injections.
Nephro: STS w/ HD. BMI 33.8.
"""),
]}

F10 = {"patient_id": "F10", "age": 74, "sex": "F", "notes": [
("2021-02-15", "Family Medicine Office Visit", """
74 yo F HD for polycystic kidney ESRD; mechanical MVR - warfarin; not diabetic. BMI 26.0.
One week of a dark, exquisitely sore spot on the R buttock, began 2/8/2021 per pt. Before it showed up there was no fall, no knock, no shot and no heat there, she says. Mostly housebound, daughter does errands.
Exam: Skin over the R buttock (upper outer): 4cm of retiform purpura, center dusky/necrotic. L buttock normal.
A/P: suspected calciphylaxis vs warfarin necrosis -> derm.
"""),
("2021-02-26", "Family Medicine Follow-up", """
Derm biopsy result 2/19: calciphylaxis (subcutaneous small-vessel calcification, thrombi). Cardiology: cannot stop warfarin with mechanical valve, aiming for the low end of the INR range.
Lesion now eschar 4.5 cm. Home health for dressings.
"""),
("2021-03-02", "Nurse Triage Phone Note", """
Pt called: slipped getting out of the shower yesterday 3/1, landed on her R buttock on the tile. Bruised, sore. Did not hit head. The existing calciphylaxis dressing got wet and came off; states the wound looks the same as before the fall.
On warfarin - advised to be seen today for exam, pt agrees, appt 2:40.
"""),
]}

F11 = {"patient_id": "F11", "age": 61, "sex": "M", "notes": [
("2022-10-24", "Family Medicine Office Visit", """
61M, ESRD on home PD for 3 yrs, T2DM on Tresiba into abdomen, overweight (BMI 29.6), HTN.
New painful area L posterior calf since early October. No injury there, no injections in legs, nothing hot or cold applied, socks not tight.
Exam: back of L calf: firm plaque 5x4cm, violaceous, w/ retiform border and a central black scab. R calf normal. Abdomen injection sites unremarkable.
Plan: suspect calciphylaxis - punch biopsy by derm next week.
"""),
("2022-11-14", "Family Medicine Follow-up", """
Derm biopsy of the L calf plaque 10/31 confirmed calciphylaxis. The biopsy site itself has widened into the ulcer.
He has started putting a heating pad on the calf in the evenings for the pain since about 11/5 - asked him to stop.
PD failing (peritonitis x2); transition to in-center HD planned.
"""),
("2023-01-09", "Family Medicine Follow-up", """
Now on in-center hemodialysis TTS since 12/2022 via R IJ tunneled catheter, PD catheter removed.
L calf ulcer: surgical debridement done by wound surgery 12/20, granulating at edges. Ongoing wound care; dressings changed daily by wife.
BMI 29.1. Still on degludec 22 u.
"""),
]}

F12 = {"patient_id": "F12", "age": 55, "sex": "F", "notes": [
("2018-09-17", "Family Medicine Office Visit", """
55 y/o woman, HD since 2015 for ESRD, prediabetes - A1c 6.1, managed with diet, severe obesity BMI 41.3, HTN, depression.
Lower belly skin fold hurts, hard spot, x 3 wk.
Pertinent negatives: nothing injected into the belly ever, no hot packs/heating pad, no ice, no belts/shapewear, no scratching, no recent surgery. Never on warfarin.
Exam: lower abdominal pannus, midline and L: 8 x 5 cm woody plaque, violaceous, with two black necrotic areas 1 cm each.
A/P: ?calciphylaxis, panniculitis possible too. Derm for deep incisional bx.
"""),
("2018-10-05", "Family Medicine Follow-up", """
Biopsy (9/24): calciphylaxis.
Nephro plans: STS, stop calcium binder. If she is admitted, any SC heparin is to be given in the thighs rather than the pannus. Bariatric surgery / panniculectomy discussed as a future possibility - not scheduled.
Pannus lesion slightly larger. Pain mgmt reviewed.
"""),
("2018-10-30", "Patient Portal Message", """
hi its Tamsin. the sore on my tummy is about the same, the nurse at dialysis says its not worse. I read you should avoid tight waistbands so I am only wearing loose nightgowns now. do I need antibiotics?
"""),
]}

F13 = {"patient_id": "F13", "age": 71, "sex": "M", "notes": [
("2020-07-06", "Nurse Triage Phone Note", """
Pt's wife calls: husband fell in the garage on 7/4, scraped his L elbow on the concrete, skin torn about 1 inch. Cleaned, bandaged. On HD. Diabetes, diet controlled.
Advised: office visit in 2 days for wound check, sooner if red/hot.
"""),
("2020-07-08", "Family Medicine Office Visit", """
71M, ESRD, HD through L arm fistula, DM2 diet-controlled, PVD. BMI 25.5.
1) L elbow skin tear 7/4, 2.5 cm, clean, edges approximating, no necrosis. Steri-strips.
2) Also noted today: painful mottled area of the R lower abdomen x 10 days, no trauma there, and he gets no injections at all - no insulin, no heparin. 4 cm indurated purple plaque w/ lacy livedo and small central eschar.
A/P: R abdominal plaque - concern for calciphylaxis, derm referral. Elbow - routine wound care.
"""),
("2020-07-24", "Family Medicine Follow-up", """
R abdomen biopsy 7/14 = calciphylaxis.
L elbow: the skin tear has become a shallow ulcer 2 cm with clean pink base and some slough; derm looked at it and felt it is a slow-healing traumatic ulcer, not calciphylaxis (soft surrounding skin, no purpura, no eschar).
Also a stage 2 sacral pressure injury from sitting in the dialysis chair - nursing wound care, not calciphylaxis.
"""),
]}

F14 = {"patient_id": "F14", "age": 63, "sex": "F", "notes": [
("2023-11-02", "Family Medicine Office Visit", """
63F, ESRD, her HD chair time is Tue-Thu-Sat; diabetic, on insulin (rotates between both upper arms, dislikes belly shots), prior PE 2015 treated w/ warfarin x 1 yr, obesity BMI 38.0.
Flu vaccine given today L deltoid.
New: tender purple hardness of R medial thigh x 2 wk. Nothing injected into the thighs, no injury there, no heating pad or ice use.
Exam: R medial thigh 5 cm violaceous plaque, livedo around it, early central necrosis.
Plan: derm urgent.
"""),
("2023-11-20", "Family Medicine Follow-up", """
Derm bx 11/8 R thigh: calciphylaxis.
Counselled at length on skin protection going forward: nothing frozen and nothing heated against her skin, no tight waistbands, keep injecting only in the arms and continue rotating, never into the thighs, fall precautions at home.
Upper arms checked - no lesions.
"""),
("2023-12-12", "Patient Portal Message", """
Dr. Adeyemi-Frost, the thigh wound is about the same. The flu jab in my arm was sore for a day then fine. I am keeping to the arms for my insulin like you said. Merry Christmas early, Loretta
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
