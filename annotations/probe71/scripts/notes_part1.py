"""probe71 corpus notes, W01-W07 (cardiology and heart-failure clinic; all invented)."""

W01 = {"patient_id": "W01", "age": 71, "sex": "F", "notes": [
("2019-05-14", "Heart Failure Clinic Follow-up", """
HF CLINIC - Riverbend Heart Institute
Pt: 71F, HFrEF (NICM), LVEF 30-35% on TTE 01/2019, single chamber ICD (2016). Dialysis-dependent ESRD, TTS sched, L BC fistula. pAF - anticoagulated w/ warfarin (target INR 2-3). T2DM - endocrine moved her off glipizide onto glargine 18 units qhs, first dose on the 2nd of April, and she self-injects into the left lower abdomen every night ("it's the only spot I can see without my glasses").
Interval hx: dyspnea stable NYHA II. Dry wt per HD unit 79.5 kg. No ICD shocks.
New c/o: exquisitely tender dark patch in her L lower quadrant that came up 3 weeks ago, worse each week, keeps her awake.
Exam: BP 108/64, HR 72 paced intermittently. JVP ~8 cm. Trace ankle edema b/l. Abd: LLQ plaque ~3.5x2.5cm, violaceous and woody, black eschar in its middle, retiform purpura ringing it - right where she injects. No warmth or drainage.
Wt 81 kg, BMI 33.6 (obese).
Assessment & plan:
1. HFrEF - euvolemic, coreg 6.25 twice daily; no ARNI given dialysis. Volume per HD.
2. LLQ necrotic plaque, dialysis + warfarin - high concern for calciphylaxis. Urgent derm referral, asked HD unit to send Ca/Phos/PTH. Told her to move the glargine to the thighs for now.
3. AF - CHA2DS2-VASc 5. Will discuss anticoag strategy once skin dx known.
"""),
("2019-05-21", "Dermatology Consultation", """
Derm consult requested by Dr. Tamsin Yarrow (HF)
71 y/o woman on hemodialysis with a painful ulcerating plaque, L lower abd wall. Onset late April per pt. Insulin glargine started early April, injected nightly into this same area until last week. Warfarin for atrial fibrillation x 4 yrs.
Exam: L lower abdominal wall, stellate violaceous plaque measuring 4x3cm, adherent central eschar 1.5 cm, livedoid border. Thighs and other abdominal quadrants clear.
Procedure: 4 mm punch biopsy obtained from the indurated margin after lidocaine, 1 suture.
Impression: clinical picture very consistent with calciphylaxis. Path pending.
"""),
("2019-05-30", "Cardiology Anticoagulation Clinic Telephone Note", """
Called pt re: biopsy result from derm 5/21 - calcified subQ arterioles, thrombi, fat necrosis; von Kossa +ve -> biopsy proven calciphylaxis, L lower abdomen at her glargine injection site.
Plan discussed with Dr Yarrow and nephro: warfarin STOPPED today (last INR 2.6). Apixaban (2.5 BID) to begin once INR drops below 2. Dialysis unit to give STS 25 grams every run. Insulin to go into the thighs only, rotate.
Pt verbalized understanding. Weight at dialysis yesterday 80.1 kg (BMI 32.9).
"""),
]}

W02 = {"patient_id": "W02", "age": 64, "sex": "M", "notes": [
("2021-06-23", "Device Clinic Wound Check", """
DEVICE CLINIC - post-op wound check
64M s/p ICD generator change 06/09/2021 (ERI reached), L infraclavicular pocket, leads left in place and tested fine intraop. Hx ischemic CM EF 25%, ESRD - does overnight cycler PD (CCPD), HTN. No diabetes. Anticoag: apixaban 2.5 bid for AF - never been on coumadin.
Incision: 6 cm, well approximated, steri-strips peeling, no erythema/drainage, pocket flat and nontender.
Interrogation: RV lead impedance 512 ohm, R wave 9.8 mV, threshold 0.75 V @ 0.4 ms. Battery OK.
Wt 79 kg BMI 27.4.
Plan: routine remote monitoring, f/u 3 mo or sooner prn.
"""),
("2021-08-26", "Device Clinic Urgent Visit", """
Urgent add-on, pt called c/o pain "under the defibrillator" since early August.
Exam: lateral third of the L chest generator-change incision has a firm violaceous plaque about 3 x 2 cm with net-like purple mottling fanning out from it and a 1 cm black eschar overlying the scar. Pocket itself not boggy, no fluctuance, no purulence, device not eroded. Afebrile, WBC 7.1.
Rates pain 8/10 - far worse than it looks.
A/P: DDx pocket infection vs calciphylaxis (PD pt, Ca x P product high on last labs). Do NOT want to extract system unless infection. Derm to biopsy edge of plaque away from pocket; blood cx x2 drawn; ID aware.
"""),
("2021-09-08", "Electrophysiology Progress Note", """
EP f/u. Blood cultures no growth x5 days. Derm punch bx 8/30: calcified small vessels in subcutis with thrombosis and necrosis c/w calciphylaxis. No organisms on gram/PAS.
So: calciphylaxis arising within the healed L upper chest incision from the 6/9 generator change. No evidence for device infection -> system stays in.
Renal adjusting PD prescription, binder changed to sevelamer, starting IV STS. Wound RN for dressings (non-adherent, no tape on the plaque).
Wt 78.6 kg (BMI ~27.2).
"""),
]}

W03 = {"patient_id": "W03", "age": 77, "sex": "F", "notes": [
("2022-11-22", "Heart Failure Clinic Note", """
Subjective: 77 yo lady w/ HFpEF (EF 60%, grade II DD, PASP 48 on echo 8/2022), persistent AF on warfarin since 2015, ESRD, in-center hemodialysis M/W/F (started 2021). Not diabetic.
Legs have been "like tree trunks" for a month despite UF at dialysis; she is skipping the end of runs due to cramping.
Objective: wt 84.2 kg, BMI 31.2. JVP 12 cm. 3+ pitting edema to the knees both sides, skin intact, no ulcers, no wounds.
Assessment/Plan:
- Volume overload. Talked w/ her nephrologist re: extra UF session this wk, torsemide 40 mg on non-HD days.
- Rx given: 20-30 mmHg graduated knee-length hose; she will pick them up at the medical supply store and start them this week (said she would put them on Thanksgiving morning before her family comes).
- Warfarin: INR 2.4, no change.
"""),
("2023-02-07", "Heart Failure Clinic Note", """
S: Back for volume f/u. Has not missed a day in the knee-length hose since Thanksgiving. In January she started getting "burning purple lace" on both shins just below the knees right where the hose's upper cuff digs in, and now both have black scabs. Pain severe, cannot tolerate the stockings any longer, took them off 3 days ago.
O: BP 126/70. Wt 80.9 kg, BMI 30.0 (down w/ extra UF). Edema 1+.
R anterior shin below the knee: 2 x 4 cm stellate black eschar with violaceous halo. L shin, same height: 3x3cm patch of retiform purpura, necrotic centrally. Both lie in the horizontal band where the stocking tops sat.
A/P:
- Painful necrotic lesions b/l shins in HD pt on warfarin -> worried about calciphylaxis. Same-wk derm/wound referral. Stockings d/c'd.
- Warfarin - will hold pending bx, bridge not needed (AF, no valve), discussed stroke risk.
"""),
("2023-02-20", "Wound Care / Dermatology Note", """
WOUND CENTER - Dermatology co-visit
Bilateral anterior lower legs, circumferential band ~4 cm below tibial tuberosity. L shin edge punch (2/10) - path: arteriolar medial calcification w/ intimal proliferation and microthrombi; von Kossa +.
Diagnosis: calciphylaxis, both lower legs, where the compression-hose cuff pressed day after day (worn from 11/24/22, lesions starting Jan 2023).
Plan: sodium thiosulfate with HD, warfarin permanently stopped - LAA occlusion referral. Gentle moist dressings; absolutely no compression. Pain svc consult.
"""),
]}

W04 = {"patient_id": "W04", "age": 59, "sex": "M", "notes": [
("2020-10-27", "Cardiology Clinic Progress Note", """
CC: 3 mo f/u ischemic cardiomyopathy.
HPI: 59M, 3v CAD s/p PCI x3, EF 35-40%. HD-dependent ESRD for 6 yrs (T/Th/S). T2DM on linagliptin, never needed insulin. Warfarin was used for LV thrombus 2016-2017 and stopped; now on aspirin + clopidogrel only. Morbid obesity - wt 132 kg, BMI 41.3.
Reports his R hip "throbs all night" - sciatica type pain for which he has kept his plug-in heat pad cranked to max, tucked against the right hip, every night since Labor Day. On 10/19/2020 his wife saw a purple-black blotch there.
Exam: Trochanteric skin R hip: 6x4cm indurated plaque, livedo reticularis at its margins, central dusky necrosis, exquisite tenderness. Surrounding skin has a faint lacy brown pigmentation.
Echo 9/2020: EF 38%, mild MR.
A/P: CAD stable, continue DAPT until 12/2020 then aspirin alone. New R hip necrotic plaque in an ESRD pt with heating pad exposure - calciphylaxis vs thermal burn. Heating pad to be removed from the house. Derm e-consult placed today.
"""),
("2020-11-05", "Dermatology Consultation", """
Reason: R hip lesion.
Hx as per cardiology. Pt confirms nightly heating pad use over the right hip since early September. Lesion first seen 10/19.
Exam: R lateral hip - retiform purpuric plaque, 7x5cm, necrotic in the middle; surrounding erythema ab igne.
Biopsy (done 10/30 by derm NP, deep incisional): small subQ vessels with calcified media plus thrombi and septal panniculitis, i.e. calciphylaxis.
Assessment: calciphylaxis of the right hip; heat exposure at the same site likely precipitated.
"""),
("2020-12-10", "Heart Failure Clinic Note", """
Seen with wife. Tolerating STS on HD. Hip wound smaller per wound nurse, eschar edges curling up; pain 5/10, had been 9. No heating pad since October.
Wt 129 kg BMI 40.3. Euvolemic. Continue GDMT as tolerated by BP.
"""),
]}

W05 = {"patient_id": "W05", "age": 83, "sex": "F", "notes": [
("2024-01-03", "Anticoagulation Clinic Note", """
Warfarin visit (indication: AF, CHA2DS2-VASc 5). INR today 3.4 (goal 2.0-3.0).
Pt fell in her bathroom on Christmas Eve, banged her L kneecap area against the bathtub rim. No LOC, no head strike. Seen by urgent care that night - xray negative. Has a large bruise on the L anterior knee, yellow-purple, nontender-ish.
ESRD on hemodialysis (her unit: Westfield Kidney Center MWF). No DM.
Plan: hold tonight's dose, then 2.5 mg nightly, Fridays 5 mg. Recheck INR 1 wk. Fall precautions reviewed, grab bar for tub.
"""),
("2024-01-22", "Heart Failure Clinic Note", """
83F HFpEF, AF on coumadin, ESRD HD, here for routine 3 mo visit.
Daughter pointed out that the the bruise she got falling on Christmas Eve "turned black" - began to change 2 weeks ago, now extremely painful, she can't bear the blanket on it.
PE: L anterior knee, within the fading ecchymosis: ulcer 2.5x2cm capped by firm black eschar; violaceous netlike mottling around it; she winces at light touch. No fluctuance.
Echo 11/2023 unchanged, EF 60%. Wt 57 kg, BMI 22.8.
Impression: necrotic ulcer L knee at site of recent trauma, on warfarin + HD -> strongly suspect calciphylaxis; warfarin necrosis less likely (long-standing therapy).
Plan: derm today if possible, bx. HD unit notified.
"""),
("2024-02-02", "Dermatology Clinic Note", """
F/u for biopsy results. Punch biopsy from the L knee ulcer edge (1/24): vascular calcifications w/ fibrin thrombi in subcutaneous fat - consistent with calciphylaxis.
Lesion at the L knee where she hit the tub 12/24/23, onset of necrosis around 1/8/24.
Rec: stop warfarin (discussed w/ cardiology), wound care, STS via dialysis.
"""),
("2024-02-15", "Cardiology Telephone Encounter", """
Daughter called. Mom now off warfarin since 2/2; cardiology recommends apixaban reduced-dose 2.5 twice a day (meets age >80 and wt <60 criteria). Daughter agrees. Knee dressing changed by home health 3x/wk. No new falls.
"""),
]}

W06 = {"patient_id": "W06", "age": 66, "sex": "M", "notes": [
("2019-04-02", "Heart Failure Clinic Note", """
HISTORY: 66 y/o gentleman with nonischemic dilated CM (LVEF 20% on cMRI 2017, no LGE), CRT-D placed 2018, ESRD, manual CAPD x4 exchanges daily. DM2 - insulin since spring 2018 (NPH bid), he injects into his right thigh only ("my belly has the PD tube, so I stay away").
Complains of an agonizingly painful spot on the outer right thigh since mid-March. Initially blamed it on straining a muscle.
EXAM: Wt 88 kg, BMI 28.5. Lungs clear. 1+ edema. R lateral thigh: woody induration 8 x 5 cm, overlying livedo racemosa, two small black necrotic areas. Left thigh normal. PD exit site clean.
IMPRESSION / PLAN:
#HFrEF - NYHA II, CRT-D functioning, BiV pacing 98%. Continue metoprolol succinate, spironolactone held (K 5.6).
#R thigh necrotic plaque at his insulin site - calciphylaxis must be excluded. Derm urgent. Asked him to switch insulin to the left thigh for now.
"""),
("2019-04-15", "Dermatology Consultation", """
DERMATOLOGY
Referred for R thigh lesion. PD pt, has injected NPH into the R thigh since roughly last spring.
Exam confirms ulcerating, tender indurated plaque lateral R thigh with necrotic eschars and surrounding livedo.
Incisional biopsy 4/9 result: calciphylaxis (medial calcification arterioles, thrombosis, fat necrosis).
Dx: calciphylaxis, R thigh, at insulin injection site.
"""),
("2019-07-09", "Heart Failure Clinic Note", """
3 mo f/u. Thigh wound healing slowly on thiosulfate; Renal floated a move to HD for phos control but he stays on PD; IP thiosulfate added instead. Insulin now given in the L thigh/arms, rotating.
Wt 94 kg - gained; BMI now 30.4. Counselled re: weight. Device check normal.
"""),
]}

W07 = {"patient_id": "W07", "age": 70, "sex": "M", "notes": [
("2022-03-24", "Cardiothoracic Surgery Post-op Visit", """
POD 21 after three-vessel bypass 3/3/2022 (grafts: LIMA->LAD, vein->OM and vein->PDA). Endoscopic vein harvest from the left thigh, access incision at the L medial distal thigh just above the knee.
Hx: ESRD on HD MWF, T2DM diet-controlled (A1c 6.7), no insulin, no warfarin. HFrEF EF 35% pre-op.
Wounds: sternotomy clean/dry/intact, wires stable. L medial thigh harvest incision 3 cm, healed, slight ecchymosis along the tunnel.
Wt 76 kg, BMI 26.1.
Plan: cardiac rehab referral, f/u cardiology 6 wks.
"""),
("2022-06-14", "Cardiology Clinic Note", """
Post-CABG follow up, referred from cardiac rehab because he could not do the bike d/t leg pain.
Since late May he has had a very painful area at the L thigh harvest scar; wife photographed it turning from red-purple to black.
Exam: left medial thigh above knee, along and around the healed EVH incision: necrotic plaque 5x3cm, eschar black, skin around it mottled and violaceous. Pulses dopplerable DP/PT. Sternum healed.
TTE 6/1: EF 45%, improved.
Assessment: necrotic plaque at vein harvest site in ESRD patient - calciphylaxis vs surgical wound ischemia. Vascular + derm referral.
"""),
("2022-06-28", "Wound Clinic / Dermatology Note", """
6/20 punch, L medial thigh: subcutis shows calcified small-vessel walls and thrombosed lumens = calciphylaxis. Arterial studies - no flow-limiting disease above knee.
Dx: calciphylaxis at the L thigh vein-harvest incision from March 2022 CABG.
Plan: thiosulfate with each of his 3 weekly HD runs, cinacalcet, hyperbaric O2 consult. Pt told not to use heat on the leg.
"""),
]}

PATIENTS = [W01, W02, W03, W04, W05, W06, W07]
