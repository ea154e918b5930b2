"""probe107 corpus notes, K08-K14 (general dermatology clinic with dermatopathology; all invented)."""

K08 = {"patient_id": "K08", "age": 52, "sex": "F", "notes": [
("2025-09-30", "Dermatology Clinic Note", """
Dermatology - hospital follow-up clinic
S: 52 yo F, ESKD; HD through a tunneled R IJ catheter; DM2 - Tresiba 40u/day into the abdomen, class III obesity. Admitted 8/14/2025 for L femoral DVT + line sepsis, ~3 wk stay; received SQ heparin TID from admission day until warfarin therapeutic, per pt the nurses gave every dose in the fronts of her thighs. Discharged on warfarin. New painful "bruise that turned black" L anterior thigh, started 09/22/2025.
O: BMI 41.3. L ant thigh 5x3.5cm retiform purpuric plaque w/ dusky necrotic center, woody induration. Multiple small healed needle puncture marks both anterior thighs. R thigh: subtle livedo, no plaque. Abd injection sites ok.
A: R/o calciphylaxis (HD, warfarin, obesity) at prior heparin sites vs warfarin necrosis.
P: Punch x2 + incisional L thigh. Renal to check Ca/Phos/PTH.
"""),
("2025-10-03", "Dermatopathology Report", """
DERMATOPATHOLOGY
Specimen: L anterior thigh, punch x2 and incisional
Diagnosis: Calciphylaxis.
Subcutaneous arterioles with circumferential calcification and thrombi, extensive lobular fat necrosis with calcified adipocytes. No features of a primary coagulopathic/warfarin-induced necrosis pattern (thrombi limited to calcified vessels).
"""),
("2025-10-06", "Dermatology Follow-up", """
f/u - path reviewed with pt: calciphylaxis.
Interval: new tender dark plaque on the R anterior thigh, started about 10 days ago, where the livedo was. Same zone as the inpatient heparin shots.
O: BMI still 41.3 (112kg). R ant thigh 3x2cm violaceous plaque w/ early central eschar. L thigh ulcer now 5x4cm under black eschar.
A/P: Calciphylaxis of both anterior thighs, at former heparin injection sites. Renal: STS with HD, stop calcium carbonate, warfarin -> apixaban discussed w/ hematology. Thighs are off limits for all injections.
"""),
]}

K09 = {"patient_id": "K09", "age": 64, "sex": "M", "notes": [
("2018-09-10", "Dermatology Clinic Note", """
S: 64M c/o very painful spot inside L thigh since Labor Day weekend. ESRD - HD TTS at the Riverbend unit. Type 2 DM on NPH 22u bid; gives it only ever in the right thigh ("always the right one, my left hand does the pen"). Denies falls, heat, belts, new meds. Never on warfarin.
O: BMI 35.0. L medial thigh 4 x 4 cm indurated dusky plaque, fine livedo at periphery, small central black crust. R anterolateral thigh w/ soft lipohypertrophy where he injects; purpura, induration absent. Abd, calves clear.
A: ?calciphylaxis L thigh.
P: Deep punch x2 L medial thigh. Labs via renal.
"""),
("2018-09-14", "Dermatopathology Report", """
Skin, left medial thigh, deep punch x2:
CALCIPHYLAXIS.
Subcutaneous arterioles calcified (von Kossa +), thrombosed, in a bed of fat necrosis.
"""),
("2018-10-01", "Dermatology Follow-up", """
S: Nephrology added cinacalcet; STS with dialysis. Still injecting NPH into R thigh. Pain somewhat better.
O: BMI 34.6. L medial thigh eschar 4.5 cm, no cellulitis. R thigh injection area: lipohypertrophy only, no new lesion.
A: Calciphylaxis L thigh, biopsy proven. Injection sites contralateral - nothing injured the L thigh beforehand.
P: Advised to spread insulin over abdomen + R thigh, wound care, RTC 6 wks.
"""),
]}

K10 = {"patient_id": "K10", "age": 69, "sex": "F", "notes": [
("2026-02-02", "Dermatology Clinic Note", """
SUBJECTIVE: 69 y/o F on home hemodialysis (NxStage, 6x/wk) for ESKD from polycystic kidneys. No DM. Was on Coumadin 2019-2023 for a PE, stopped. L posterior calf: began ~3 wks back as a hard painful lump, now black in the middle. Firmly denies any bump, scratch, burn, insect bite, or injection to that leg. No heating pad.
OBJECTIVE: BMI 22.3. L posterior calf 3x2.5cm violaceous indurated plaque, central black eschar, retiform border. R calf clear.
ASSESSMENT: concern for calciphylaxis L calf.
PLAN: incisional bx today, 2 sutures; renal aware.
"""),
("2026-02-06", "Dermatopathology Report", """
L posterior calf, incisional biopsy -
Calciphylaxis - subcutis shows small arteries with medial calcium, intraluminal thrombi, ischemic fat necrosis, focal epidermal necrosis.
"""),
("2026-02-16", "Patient Portal Message", """
Hello Dr Pham-Castellano
I did something dumb, saturday I caught the sore spot at the back of my left calf against the dishwasher door unloading plates and it bled alot and the black scab partly came off. Its stopped bleeding now I put a clean gauze on. Does this mean it will get worse? Also the stitches from the biopsy come out when? 
Thanks, Gwendolyn
"""),
]}

K11 = {"patient_id": "K11", "age": 80, "sex": "M", "notes": [
("2019-07-22", "Dermatology Clinic Note", """
Pt: 80 M brought by daughter.
CC: sore on R buttock.
HPI: ESRD on HD MWF x 9 yrs. DM2 on linagliptin, never insulin. No warfarin. Lesion began about 2 weeks ago: hard purple spot on the right buttock, now with a black center; excruciating when sitting. Since it began hurting the daughter has iced it at bedtime for comfort. Before that - no falls, no injections in buttocks, no heat, sits on a soft cushion.
Exam: BMI 26.0. R upper buttock 6x4cm purpuric plaque w/ stellate black eschar, indurated. L buttock and sacrum intact.
A: Suspected calciphylaxis.
P: Incisional bx R buttock. Stop ice on it. Cushion offloading.
"""),
("2019-07-26", "Dermatopathology Report", """
Skin, R buttock, incisional:
Calciphylaxis, established - calcified and thrombosed subcutaneous vessels, fat necrosis, dermal infarction.
"""),
("2019-08-12", "Procedure Note", """
Procedure: sharp debridement, R buttock calciphylaxis wound (biopsy proven 7/26/19).
Consent signed by pt. Lidocaine jelly topically. Removed ~8 cm2 of loose black necrotic tissue with curette + scissors down to yellow subcut; scant bleeding, pressure hemostasis. Dressing: Mepitel, ABD pad, paper tape (pt had redness from the silicone tape last week).
Wound after: 6.5x4.5cm, depth 0.4 cm.
Weight today 68.9 kg, BMI 25.2.
"""),
("2019-09-09", "Patient Portal Message", """
this is Sunita, Mr. Arjunan's daughter. Dad's bottom wound - the home nurse changes the dressing every other day like you said, its less smelly. But there is a red itchy patch where the tape goes on the skin next to the wound, should we use a different tape? He is eating better. Thanks
"""),
]}

K12 = {"patient_id": "K12", "age": 55, "sex": "F", "notes": [
("2020-10-19", "Dermatology Clinic Note", """
S/ 55F, morbid obesity (BMI 45.7), ESRD - in-center HD, tunneled cath R chest; DM2 managed by diet only, A1c 6.4, paroxysmal AF on Coumadin. Painful lower abdominal fold since early October.
Pt denies: insulin or any shots in the belly, heparin, heat (pad, hot water bottle), shapewear or tight belts, scratches, falls, insect bites. Lifts and washes the fold daily.
O/ Infrapannus, central: 9x6cm indurated violaceous plaque w/ 2 black necrotic foci and retiform edges. No satellite pustules, no maceration.
A/ DDx: calciphylaxis; warfarin skin necrosis; necrotic intertrigo.
P/ bx next week (booked for 10/26). If anticoagulation has to change, renal may want SC heparin - asked that any future injections avoid the abdomen. Bariatric surgery referral deferred.
"""),
("2020-10-26", "Biopsy Requisition", """
REQUISITION - Dermatopathology
Site: lower abdominal pannus, central, deep incisional (ellipse 2.5 cm)
Hx: HD, warfarin, obesity. Necrotic plaques on pannus since early 10/2020, no trauma reported.
Clinical ddx: calciphylaxis; warfarin necrosis.
Please: von Kossa.
"""),
("2020-11-02", "Dermatopathology Report", """
Lower abdominal pannus, incisional:
DIAGNOSIS: Calciphylaxis.
Comment: arteriolar medial calcification with thrombus and diffuse fat necrosis; thrombi are confined to calcified vessels and there is no widespread non-inflammatory venular thrombosis to suggest warfarin necrosis.
"""),
]}

K13 = {"patient_id": "K13", "age": 48, "sex": "M", "notes": [
("2021-12-06", "Dermatology Clinic Note", """
Reason for visit: 1) blister on back  2) purple legs
48 yo man w/ T1DM since age 12 (glargine + lispro, injects belly), ESRD on HD since 2017.
1) Slept on a heating pad on his L low back 12/1 for back spasm, woke to a large blister. Exam: L lumbar 8 x 6 cm deroofed bulla, pink moist base, blanching, no eschar.
2) About a month of painful purple "net" pattern on both calves, now 2 small black spots on the R calf. Denies leg injury, shots, heat, compression.
BMI 28.4.
Bilateral posterior calves: retiform purpura, firm subcut nodules; R calf 2x1cm and 1x1cm black eschars.
A/P:
1) Superficial partial-thickness thermal burn L low back from heating pad. Not calciphylaxis. Silver sulfadiazine, no more heating pad.
2) Retiform purpura BLE w/ early necrosis - concern for calciphylaxis; punch bx R calf today.
"""),
("2021-12-10", "Dermatopathology Report", """
Skin + subcutis, right posterior calf, punch:
Calciphylaxis, with vascular thrombi and calcified capillaries in septal fat.
"""),
("2022-01-05", "Dermatology Follow-up", """
Back burn: fully re-epithelialized, mild pink, no scar.
Calves: calciphylaxis both calves, R now 3 small ulcers with eschar, L with retiform purpura + 1 new 1 cm eschar. On STS with HD since 12/13.
Abd: lipohypertrophy at insulin sites, no purpura, no necrosis.
BMI 28.1.
A: Bx-proven calciphylaxis of BLE, no trauma preceding at those sites. Burn healed, separate issue.
"""),
]}

K14 = {"patient_id": "K14", "age": 63, "sex": "F", "notes": [
("2024-10-08", "Dermatology Clinic Note", """
S: 63F on PD (automated, nightly) for ESKD from diabetic nephropathy. DM2, takes glargine - injects it in her thighs. BMI 38.2. L breast: painful firm area for 2 wks, now darker. Wears soft cotton bras, no underwire, nothing rubbing; no trauma, no heat. Mammo 6/2024 BIRADS 2 (vascular calcs).
O: L breast, LIQ: 6x5cm indurated dusky plaque with peau d'orange-like texture and central 1 cm eschar. Nipple normal; axillae without adenopathy. Thighs: injection sites unremarkable.
A: DDx: calciphylaxis / inflammatory breast carcinoma / fat necrosis.
P: Incisional bx today; breast surgery aware.
"""),
("2024-10-14", "Dermatopathology Report", """
Skin, left breast, incisional:
Calciphylaxis. No malignancy identified.
Medial calcium and intimal proliferation in subcutaneous arterioles; thrombi; calcified adipocytes with fat necrosis. Cytokeratin stains negative for dermal lymphatic tumor emboli.
"""),
("2024-10-29", "Dermatology Follow-up", """
S: L breast still painful, eschar stable. PD team started STS IV 3x/wk.
O: BMI 37.9. L breast plaque 6x5cm, eschar 1.5 cm. Abdomen and thighs: nothing new.
A: Biopsy-proven calciphylaxis, L breast. No prior skin trauma at that site.
Counseling: risks of new calciphylaxis lesions reviewed - no heating pad, no ice directly on skin, skip tight clothing, keep rotating insulin across thighs and abdomen, report any new painful spot early. Pt verbalized understanding.
"""),
]}

PATIENTS = [K08, K09, K10, K11, K12, K13, K14]
