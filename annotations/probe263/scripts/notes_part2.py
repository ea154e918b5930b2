"""probe263 corpus notes, M08-M14 (outpatient physiotherapy, hydrotherapy, exercise physiology
and the renal, dialysis and dermatology clinics around them; every person and place invented)."""

M08 = {"patient_id": "M08", "age": 64, "sex": "F", "notes": [
("2025-02-04", "Physiotherapy Initial Assessment (post-DVT)", """
Physiotherapy IA - vascular / post-DVT clinic          04/02/2025
64 y.o. F. L popliteal DVT diagnosed 20/01/2025 after a long-haul flight. Enoxaparin
1.5 mg/kg SC once daily started that day - she self-injects into her flanks, swapping L
and R ("the love handles"). Haem plan 3 months. Never been on warfarin.
PMHx: obesity, OA both knees, NAFLD. No diabetes. Renal function normal (eGFR 78).
O: Weight 121kg, BMI 44.0. L calf girth +2 cm vs R. 6MWT 310 m, RPE 14, mild L calf ache
at the end.
Compression: class 2 below-knee stocking fitted to L leg today.
Rx: graded walking plan, calf pump ex, seated cycling 10 min at low resistance.
Goal: 6MWT 380 m by week 8.
"""),
("2025-03-11", "Physiotherapy Treatment Note", """
Physio f/u #4 - 11 Mar 2025
S: pt felt a hard painful lump at her L waist 3 weeks ago; bigger since
and now purple. She blames her shots.
O: L flank - indurated plaque 8x5cm w/ violaceous reticulated edge and a small central
eschar. R flank: a couple of small injection bruises only. Not warm.
6MWT 352 m. Stocking tolerated well, L calf girth now equal to R.
A: DVT rehab progressing well; the skin lesion on the L flank needs medical review.
P: GP appt arranged for this afternoon. Advised not to inject near that area until seen.
"""),
("2025-03-25", "Dermatology Clinic Note", """
Dermatology - 25/03/2025
Dx: L flank non-uraemic calciphylaxis, biopsy-proven (punch 14/3/25 - subcutaneous
small-vessel calcification, thrombosed).
Onset about 18 Feb 2025, where she had been injecting enoxaparin into the L flank (since
20 Jan).
Risk profile: severe obesity (BMI 44.0), female, normal kidney function, never had
warfarin, no diabetes. Ca, PO4 and PTH within normal limits.
Plan: enoxaparin stopped -> apixaban (haematology agree); IV sodium thiosulfate via day
unit 3x/wk; foam dressing; analgesia (paracetamol, low-dose tapentadol; pain 7/10 at rest).
Physio may carry on with the walking programme. Clinical photos taken. Review 2 wks.
"""),
]}

M09 = {"patient_id": "M09", "age": 60, "sex": "M", "notes": [
("2020-06-16", "Physiotherapy Initial Assessment", """
Outpatient physio IA - R shoulder                    June 16, 2020
60M, R hand dominant. Painful arc R shoulder since lifting a bag of potting mix in March.
PMHx: ESRD; HD 3 days/wk. T2DM, insulin - pt says he only ever injects his abdomen.
HTN, gout.
Not on warfarin.
GP gave a subacromial steroid injection to the R shoulder on 2 June - about 50% relief.
O: AROM flex 140deg, abd 120deg with painful arc 70-110deg, ER 40deg. Hawkins +,
empty can 4-/5 and painful.
Wt 116 kg, BMI 37.9.
Rx: ice pack to R shoulder 10 min after ex; scapular setting, ER/IR isometrics,
pendulums.
HEP given; ice at home if needed.
"""),
("2020-08-25", "Physiotherapy Treatment Note", """
Physio Rx 8 - 25/8/20
Shoulder: flex 165deg, pain 2/10, ER 4/5. Ice no longer needed, stopped.
Pt mentioned very painful lumps, both posterior thighs, for about a fortnight, making it
hard to sit in the dialysis chair. Looked: posterior thighs bilat, several firm purplish
nodules with lacy discolouration, L worse than R, no open areas.
No knock, no heat, no injections to the legs, he says.
Advised to show the renal team tomorrow at HD; letter given.
Ex today: theraband ER/IR 3x12, wall slides, prone Y raises. Likely d/c from shoulder
rehab next visit if gains hold.
"""),
("2020-09-15", "Haemodialysis Rounding Note", """
Renal - HD rounding note     15-Sep-2020
Skin biopsy L posterior thigh (2/9): calciphylaxis confirmed. Lesions on both posterior
thighs, onset ~mid Aug; the L one has now ulcerated, 2 cm with eschar.
No trauma to that area identified: insulin always into the abdomen, per pt, no IM
injections, no heating pads, no falls. Asked him not to start using his thighs for insulin.
Plan: thiosulfate 25g on each dialysis run; sevelamer; cinacalcet; PTH 112 - refer
for parathyroidectomy opinion; wound care; low dose hydromorphone.
BMI 37.4.
"""),
]}

M10 = {"patient_id": "M10", "age": 73, "sex": "F", "notes": [
("2017-05-02", "Hydrotherapy Initial Assessment", """
HYDROTHERAPY - INITIAL ASSESSMENT              2017-05-02
Seacliff Community Pool program
73F, referred by renal physician for deconditioning and LBP.
PMH: ESKD, dialysis Mon/Wed/Fri. Mech MVR - warfarin, INR kept high (valve).
R THR 2012. Hypothyroid. No diabetes.
O: Weight 70.2kg, BMI 27.0. TUG 14.8 s with 4WW. Skin: both lower legs intact, mild
haemosiderin staining, no oedema.
Pool plan: 2x/wk, 30 min, 34C - walking, hip abd/ext at the rail, seated noodle cycling.
Precautions: falls; easy bruising on warfarin; post-HD fatigue, so sessions Tue/Thu only.
"""),
("2017-06-21", "Haemodialysis Nursing Note", """
HD nursing - Wed 21/06/17, chair 12
Severe L calf pain since Saturday. On exam: purple-black patch 3x3cm L posterior calf,
mottling around it, very tender, skin intact. No injury she can recall
("never knocked it"). Not warm, afebrile. INR 3.1.
Renal reg Dr Osei saw her on shift: ?calciphylaxis given mech valve, warfarin and HD.
BP before dialysis 152/80, wt 69.8 kg. Foot pulses faint but present. Tearful with the pain.
Plan: derm referral, photo to chart, paracetamol + oxycodone low dose, hydro on hold.
"""),
("2017-07-11", "Physiotherapy Oedema Management Note", """
Physio - 11/07/2017 (hydro on hold)
Referred for oedema mx of the L leg around her existing calf ulcer (bx result pending
with derm).
Pateint has been holding a wrapped ice pack on the sore calf since it started, for pain.
O: L calf ulcer approx 3.5x3cm w/ black eschar, violaceous skin around it; pitting oedema +2
to mid calf. ABPI 1.0 (done by vascular nurse 7/7).
Rx: first application today of light 2-layer compression bandaging L lower leg, padding
over the ulcer. Ice to the ulcer to cease.
Review Friday.
"""),
("2017-07-25", "Dermatology Follow-up", """
Derm f/u - 25 July 2017
Bx 29/6 (L calf): calciphylaxis, confirmed on histology.
Course: lesion appeared 17 June. Ice and compression bandaging were both started only
after it appeared, so neither came before it; no other injury to the leg beforehand.
Ulcer now 4x3cm, eschar adherent, edge less violaceous.
Plan: STS on HD. Warfarin stays (mechanical valve, per cardiology), tighter INR
range; trial of vit K2; compression ok as tolerated; analgesia.
Pain easier since hydromorphone (small doses) began. Pool can restart once the ulcer
has closed.
Weight 68.4 kg.
"""),
]}

M11 = {"patient_id": "M11", "age": 48, "sex": "F", "notes": [
("2023-10-03", "Physiotherapy Initial Assessment", """
Physio IA            3 Oct 2023
48F, R anterior knee pain on stairs and squatting for 4 months, no injury. Dx PFPS.
PMH: ESKD (FSGS) on APD every night since 2021; T2DM, diet-controlled (HbA1c 6.3), no
insulin; no anticoagulation; obesity (BMI 35.2).
O: R knee full ROM, crepitus, patellar grind +, VMO weak. Step-down - poor control R.
Rx: McConnell tape to R patella (medial glide) over hypoallergenic underlay, skin checked;
quads/glute program.
Plan: weekly for 4; keep taping if it helps.
"""),
("2023-11-14", "Physiotherapy Treatment Note", """
Physio #5 - 14/11/23
Knee much better, tape no longer needed.
New problem: exquisitely sore spot L buttock for ~3 wks - unable to sit on it. She denies
falls, heat packs, hot water bottles or any injections there - "nothing has touched it".
Looked (chaperone present): L buttock, 5 cm firm purple patch with a stellate dark centre
and reticulate margin. Not a pressure area - she's ambulant and sits little.
A: not MSK. Worried about a vascular or skin cause in a PD patient.
P: called the PD nurse - pt to PD clinic Thurs.
"""),
("2023-12-05", "PD Clinic Note", """
PD clinic - Dec 5, 2023
Calciphylaxis L buttock - confirmed on deep punch biopsy 16/11. Onset late Oct.
No local trauma identified. The physio taping was on the R knee only.
Advised: avoid IM injections into the buttocks, keep hot and cold packs well away,
pressure-relief cushion when sitting.
Plan: IV STS thrice weekly at the day unit, increase PD dose, calcium carbonate -> lanthanum,
cinacalcet. Exit site clean, adequacy fine. Physio may continue standing knee/hip work,
avoiding sitting exercises on hard surfaces. Diabetes diet-controlled, no insulin. BMI 34.8.
"""),
]}

M12 = {"patient_id": "M12", "age": 66, "sex": "M", "notes": [
("2021-09-07", "Physiotherapy Treatment Note / Incident", """
Physio Rx note - 7 Sept 2021 (session 3, LBP)
Hot pack (hydrocollator, 8 layers) to lumbar spine 15 min in prone - on removal a 3 x 2
cm blister R low back/paraspinal. Pt has reduced sensation (diabetic neuropathy) and did
not feel it getting hot. Cooled under running water 20 min, non-adherent dressing,
incident reported, GP informed.
Background: 66M; ESRD, HD; T2DM with insulin; warfarin until 2014 (apixaban since).
BMI has ranged 29-32 with fluid shifts.
Plan: no more heat modalities. Exercise only - McKenzie extension, walking program.
"""),
("2021-10-19", "Haemodialysis Medical Rounds", """
HD rounds 19/10/21
Back burn healed (GP review 28/9: superficial partial thickness, no scarring).
NEW: both shins - painful violaceous reticulate plaques, L 6 cm with central eschar, R 3
cm; started ~2 wks ago. Pedal pulses weak. Pt denies bumping his legs, no stockings or
bandages.
Bloods: Ca 2.55, phos 2.4 (high), iPTH 67.
Imp: probable calciphylaxis; ddx vasculitis, arterial disease.
Sleeping in his recliner because of pain. Dry weight 91.5 kg.
Plan: urgent derm, ABI, stop calcium binder.
"""),
("2021-11-02", "Dermatology Consultation", """
Derm - 02 Nov 2021
Biopsy L shin (22/10): calciphylaxis. The diagnosis stands for both lower legs.
The earlier thermal injury was on the back, has healed, and is unrelated; there was no
injury to either leg before the onset.
Exam: L shin 7 cm plaque w/ eschar, R shin 3.5 cm retiform purpura.
Plan: STS on dialysis days; simple dressings by the HD nurses; debridement deferred;
pain team; vascular review. Phosphate binder now sevelamer, cinacalcet added.
Insulin continues. BMI 30.6.
"""),
]}

M13 = {"patient_id": "M13", "age": 70, "sex": "F", "notes": [
("2019-02-12", "Physiotherapy Initial Assessment", """
Physiotherapy IA          12/02/2019
70F, bilat knee OA R>L. Ref: GP.
PMHx: ESRD on HD since 2014. Calciphylaxis in 2016 - L lateral thigh, at the spots used for
SC heparin during a hospital admission; healed by 2017 after parathyroidectomy + STS,
scar only. Warfarin was stopped in 2016 at that time. No diabetes.
Precautions: renal team request - thighs: no heat, no ice.
O: BMI 28.0. R knee flex 100deg, small effusion. L thigh: 4 cm pale atrophic scar, no
active lesion.
Rx: TENS to R knee (electrodes medial + lateral joint line) 20 min; quads and hip
strengthening.
"""),
("2019-03-26", "Physiotherapy Treatment Note", """
Physio Rx 6 - 26 Mar 2019
Knee pain 3/10, stairs reciprocal with rail.
Ice pack to R knee 10 min after session (knee only, per renal precautions).
Skin check of thighs and legs: old L thigh scar unchanged, no new lesions.
Ex: recumbent bike 8 min, step-ups 10 cm 2x10, TKE with band 3x12, sit-to-stand from a
45 cm chair x10. Tandem stance 20 s each side. HEP updated.
Hydro referral sent - pt keen for the pool.
"""),
("2019-04-30", "Nephrology Clinic Note", """
Nephrology - 30 April 2019
HD three times weekly, Kt/V 1.4. History of calciphylaxis (2016, L thigh), in
remission with no recurrence; skin examined today - no active lesions.
Meds: cinacalcet, sevelamer. Off warfarin since 2016 (paroxysmal AF, no anticoagulation
after discussion).
Knee OA: physio is helping; TENS and ice to the knee are fine, keep away from the thighs.
BP 136/78, IDWG 2.1 kg. Ca 2.30, PTH 31 (post-parathyroidectomy).
Wt 71 kg, BMI 28.0.
"""),
]}

M14 = {"patient_id": "M14", "age": 57, "sex": "M", "notes": [
("2022-05-10", "Exercise Physiology Initial Assessment", """
EXERCISE PHYSIOLOGY - IA (Diabetes & Kidney program)      2022-05-10
57M. HD Tu/Th/Sa. T2DM 15 yrs, basal-bolus insulin. Injection sites: L abdomen only - a
long habit. AF on warfarin. Obesity.
Ax: Ht 1.83 m, Wt 141.7 kg, BMI 42.3. Resting HR 82, BP 142/84. 6MWT 295 m, Borg 15.
Grip R 32 kg, L 30 kg. 30s STS 8 reps.
Program: interval walking, recumbent bike, resistance bands; BGL checks pre and post.
HEP issued. Goal: 5% wt loss over 6 months.
"""),
("2022-07-05", "Exercise Physiology Session Note", """
EP session - 5/7/22
BGL pre 8.9, post 7.1. Bike 20 min @ 40 W, RPE 13.
Client reports a sore "bruised-looking" patch low on the R belly since about mid June.
Looked: RLQ, livid purple indurated patch ~6x4cm, lacy edge.
He confirms again today that all his insulin goes into the L side.
Emailed the renal unit + GP, photo taken with consent. Upper body session only.
Program adjusted: no prone or R side-lying work, bands + walking only. Next session
12/7 if medically cleared.
"""),
("2022-07-26", "Dermatology Consultation", """
Derm consult - 26 July 2022
Impression: RLQ abdominal wall calciphylaxis - bx 7/12/2022 confirms. Onset mid-June 2022.
Exam: 7x4cm plaque RLQ, early central necrosis, livedo at the margin.
Skin at the L abdominal insulin sites is normal. Nothing else injured the R abdomen
before onset; the biopsy is the only procedure there.
Plan: warfarin to apixaban (cardiology), thiosulfate on HD, insulin to continue on the
L side, wound care, analgesia. HbA1c 7.9%. BMI 42.0.
"""),
]}

PATIENTS = [M08, M09, M10, M11, M12, M13, M14]
