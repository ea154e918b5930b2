"""probe64 corpus notes, O08-O14 (hospitalist H&Ps and discharge summaries; all invented)."""

O08 = {"patient_id": "O08", "age": 52, "sex": "M", "notes": [
("2019-11-04", "Hospitalist Admission H&P", """
IM Hospitalist - Admission H&P
Date 11/04/2019   Admitted from: ortho clinic

CC: thigh wound under brace

HPI:
52 y/o man with type 1 DM since age 9 (insulin pump, Omnipod, pods on the abdomen), ESRD dialyzing Mon-Wed-Fri (L radiocephalic AVF), and chronic R knee instability. He slipped on black ice in early 2018 and had a nondisplaced R lateral tibial plateau fx, treated without surgery; since September 2018 he has worn a hinged knee brace every waking hour because the knee "gives way". The brace's upper cuff and its velcro strap wrap the lower R thigh about 10cm proximal to the patella and, by his account, always left a red dented band by evening. About 6 weeks ago that band turned into a painful purplish reticulated patch over the anterolateral aspect of the lower R thigh; then a black dry scab formed in the middle. Ortho loosened the cuff 2 wks ago, no better. He has stopped using the brace.
No fever. No drainage.

Problem list:
#1 R distal thigh necrotic ulcer under brace cuff - ?calciphylaxis vs device pressure ulcer
#2 ESRD on HD (since 2016)
#3 DM1, pump, A1c 7.9
#4 R knee instability s/p tibial plateau fx (nonop)
#5 Secondary HPT - PTH 1,140
#6 HTN
#7 Depression

Meds reviewed with pt's own list: insulin aspart via pump (basal 0.9u/h), calcium acetate 1334mg TID w/ meals, calcitriol 0.5mcg TIW at HD, atorvastatin 40, lisinopril 10, bupropion 150. No warfarin/DOAC.

Exam: 36.9, 78, 136/72. Wt 76kg, Ht 171cm, BMI 26.0.
R thigh, distal anterolateral, in line with the brace cuff: 4x3cm ulcer w/ dry black eschar, 2cm violaceous retiform border, exquisitely tender. R knee: mild laxity, skin intact. L leg: normal. Abdomen: pump pod LUQ, clean.

Plan:
- Derm bx of the edge
- Vascular: noninvasive arterial studies to exclude ischemia
- Stop calcium acetate -> sevelamer; hold calcitriol
- pump continued, endocrine aware
"""),
("2019-11-12", "Discharge Summary", """
DISCHARGE SUMMARY - 11/12/2019
Patient: Ruairi Densmore, 52M   Admit 11/4/2019

Principal diagnosis: R distal anterolateral thigh calciphylaxis (biopsy confirmed) beneath the knee brace cuff

Problem-oriented course
1) R thigh calciphylaxis. Arterial studies normal. Biopsy 11/5: small-vessel medial calcification, intimal proliferation, thrombi, fat necrosis -> calciphylaxis. Derm and ortho agree that constant pressure from the brace cuff, worn since 9/2018, localized it. Brace off until healed; ortho to fit an offloading sleeve that ends below the wound. STS 25g IV with HD started 11/6. Wound: collagenase, foam. Pain on tramadol + APAP.
2) CKD-MBD - calcium acetate stopped; sevelamer 1600 TID; calcitriol off; cinacalcet 30 started; parathyroidectomy referral.
3) DM1 - pump continued; lows x2, basal reduced to 0.8u/h.
4) HTN - lisinopril.

Discharge meds: insulin aspart via pump (basal 0.8u/h, CHANGED); sevelamer 1600mg TID (NEW); cinacalcet 30mg daily (NEW); STS with HD (NEW); tramadol 50mg q12h prn (NEW); atorvastatin 40; lisinopril 10; bupropion 150
Stopped: calcium acetate, calcitriol

Wt 74.9kg -> BMI 25.6. Mobility: cane, PT home program.
"""),
("2020-01-15", "Hospitalist Admission H&P", """
Hospitalist H&P 01/15/2020
52M DM1 on pump, ESRD/HD, calciphylaxis of the R lower thigh dx 11/2019 (STS ongoing), in w/ DKA (pump site occlusion, BG 560, AG 24). R thigh wound smaller, 2x1.5cm, eschar lifting. Not wearing the brace.
Problems: DKA - insulin gtt per protocol, new pod; ESRD - HD tomorrow, K 5.9; calciphylaxis R thigh - cont wound care; R knee instability; secondary HPT - parathyroidectomy scheduled Feb.
BMI 25.2 (wt 73.7).
"""),
]}

O09 = {"patient_id": "O09", "age": 64, "sex": "F", "notes": [
("2018-05-20", "Hospitalist Admission H&P", """
Hospital Medicine H&P      5/20/2018

CC: L thigh pain and dark spots

HPI: 64F w/ ESRD (permcath R IJ, TTS runs, fistula not yet usable), insulin-treated T2DM, obesity, HTN, who comes from HD with severe L thigh pain for 10 days and new dark discoloration. She gives all her NPH and regular insulin into the RIGHT thigh, front and outside, "never the left, my left hand is weak since the stroke so I hold the pen with my left and stick the right". Ten days back a hard, tender lump appeared in the medial L thigh, which has since become purple and mottled with a dark center. No falls, no bumps, no heating pad or ice. No IM shots.

Past Hx:
- ESRD, HD since 1/2018
- T2DM since 1995, insulin x 10 yrs
- Obesity (BMI 37.5)
- HTN
- CVA 2015, mild L hemiparesis
- Hypothyroidism

Home Medications: NPH 30u BID, regular insulin 8u AC, calcium acetate 667mg 2 tabs TID, levothyroxine 100mcg, amlodipine 10, aspirin 81, atorvastatin 40. No anticoagulants ever.

Exam: 37.1 82 154/70 95%.
Ht 157cm Wt 92.5kg.
L thigh medial, mid: 6x5cm firm, indurated, violaceous plaque with livedoid rim, 1cm central dusky-black necrotic area, very tender. R thigh (injection side): several soft lipohypertrophic pads, no discoloration, no tenderness. Abd pannus no lesions.

A/P:
1. Painful indurated necrotic plaque L medial thigh in ESRD pt on Ca binder - calciphylaxis top of ddx; ddx cellulitis/panniculitis. Derm bx. Stop calcium acetate. Renal: STS if bx +.
2. ESRD - HD Tues via permcath
3. DM2 - NPH 24u BID + SSI
4. HTN, hypothyroid - cont
"""),
("2018-05-29", "Discharge Summary", """
DISCHARGE SUMMARY
Hospital Medicine, Admit 05/20/2018 - Discharge 05/29/2018

Final Dx: calciphylaxis, left medial thigh (punch bx 5/21: calcified subcutaneous arterioles, fibrin thrombi, fat necrosis).

Course by problem:
L thigh calciphylaxis: Stop Ca-based binders (done); sevelamer + cinacalcet; IV STS with HD since 5/23; wound care (hydrogel + foam) and pain control with hydromorphone. Her insulin has always gone into the opposite (R) thigh; nothing has injured the L thigh that we can find. Insulin teaching: she will move to the abdomen with her daughter's help.
ESRD: HD TTS via permcath; AVF L arm maturing.
DM2: glucose 110-190 on NPH 24 BID + SSI.
Obesity: BMI 37.1 at discharge.

DISCHARGE MEDS
- NPH 24 units BID (decreased)
- regular insulin SSI
- sevelamer 1600mg TID (new)
- cinacalcet 30mg (new)
- hydromorphone 1mg q4h prn (new)
- levothyroxine, amlodipine, ASA, atorvastatin unchanged
- STOPPED: calcium acetate
"""),
("2018-08-13", "Hospitalist Admission H&P", """
Hospitalist Admission, 08/13/2018
64F ESRD/HD, insulin T2DM, obesity, L medial thigh calciphylaxis (biopsy-proven 5/2018) on STS, now admitted for volume overload / missed HD x2.
Skin: L thigh wound 4x3cm with granulation, eschar gone. No new lesions; R thigh intact.
Problem list: 1. hypervolemia w/ hypoxia - HD + UF today 2. calciphylaxis L thigh improving 3. ESRD 4. DM2 on NPH (now into abdomen) 5. obesity, BMI 38.0 6. HTN.
"""),
]}

O10 = {"patient_id": "O10", "age": 71, "sex": "M", "notes": [
("2022-04-21", "Hospitalist Admission H&P", """
Admission H&P - Medicine Teaching Service / Hospitalist
Date: 4/21/2022

CC: fall, L leg wound

HPI: 71 yo man with ESRD on HD MWF (AVF L arm), AF on apixaban, CAD, not diabetic. Sent from ED after tripping at home yesterday (04/20/2022) - caught his foot on a rug and hit his posterior L calf against the coffee table's corner; big bruise there now. However the family point out that the wound on that calf was there before the fall: dialysis RN notes document a new painful "purple stain" on the posterior L calf first reported at HD on Saturday 04/02/2022, which had developed a dark center by last week. Pt is firm that he had not hurt that leg before the lesion appeared - "no bumps, no burns, nothing". No shots have ever gone into his legs.

Active problem list
1. Fall w/ L calf contusion 4/20/22
2. Painful necrotic lesion posterior L calf, onset 4/2/22 - ?calciphylaxis
3. ESRD on HD, since 2015 (HTN)
4. pAF - apixaban 2.5 BID (never warfarin - "intolerant of INR checks")
5. CAD s/p CABG 2010
6. Hyperparathyroidism, PTH 690
7. BPH

Meds: apixaban 2.5 BID, metoprolol 25 BID, atorvastatin 80, calcium acetate 667 TID, doxercalciferol at HD, finasteride 5.

Exam: 36.8 | 66 | 118/62. BMI 22.8 (wt 68kg).
L posterior calf: 5x4cm stellate violaceous plaque with 1.5cm black eschar and livedoid margin; overlying/adjacent fresh ecchymosis 8cm from the table edge, tender. R calf normal. Hip exam normal, no fx on xray.

Plan: derm bx, wound care, hold Ca binder, PT/OT, fall precautions.
"""),
("2022-05-01", "Discharge Summary", """
Discharge Summary (Hospitalist)
Admitted: 04/21/2022   Discharged: 05/01/2022
Disposition: home w/ HH PT

Diagnoses:
1. Calciphylaxis, L posterior calf - biopsy confirmed 4/22
2. Fall with L calf contusion (4/20), after lesion onset
3. ESRD on HD
4. pAF on apixaban
5. CAD, BPH

Hospital course:
- Calciphylaxis: biopsy with vascular calcification, thrombosis and necrosis, von Kossa +. Onset 4/2/22 per HD records; the table injury happened 18 days later and just added a bruise on top. No antecedent trauma, injection, or thermal exposure at the calf. STS with HD 3x/wk, calcium acetate stopped -> sevelamer, doxercalciferol held, cinacalcet started.
- Fall: no fracture; PT recommends walker; home safety eval.
- AF: apixaban continued (hgb stable despite hematoma).

Meds at d/c: apixaban 2.5mg BID; metoprolol 25 BID; atorvastatin 80; sevelamer 800 TID (new); cinacalcet 30 (new); STS IV with HD (new); finasteride 5; oxycodone 2.5mg q6 prn (new)
STOPPED: calcium acetate. HELD: doxercalciferol.
"""),
("2022-07-10", "Hospitalist Admission H&P", """
H&P 7/10/2022 - hospital medicine
71M ESRD/HD, pAF on apixaban, bx-proven calciphylaxis of L calf (onset April), admitted for wound infection: cellulitis spreading from the calf ulcer, WBC 14.
Problems: cellulitis around L calf calciphylaxis wound - cefazolin w/ HD, wound cx, derm/wound RN; ESRD; pAF; CAD. BMI 22.1. No diabetes.
"""),
]}

O11 = {"patient_id": "O11", "age": 60, "sex": "F", "notes": [
("2022-01-14", "Hospitalist Admission H&P", """
Hospitalist admission H&P - 01/14/2022

CC: lower belly pain and black skin

HPI: 60F, ESRD dialyzing MWF at a center (L arm fistula), long-standing insulin-dependent type 2 diabetes, severe obesity (BMI 44), OA of both knees. Admitted w/ a very painful dark area on the lower abdominal pannus that started around New Year's and has spread. She has iced both knees nightly since October 2021 with bags of frozen corn, "one on each knee", and her home health aide gives her insulin in the backs of her arms. Nothing has been applied to her belly; no injections there; no belt or waistband on it (wears a housedress); no fall.

PMH/Problem list:
1. ESRD, HD 2019-
2. T2DM on insulin - A1c 8.8
3. Obesity class III, BMI 44.0
4. OA knees bilat
5. HTN
6. OSA not on CPAP
7. Chronic venous insufficiency

Meds: insulin degludec 60u daily, insulin lispro 15u TID AC, calcium acetate 667mg x2 TID, cinacalcet 60, amlodipine 10, hydralazine 50 TID, APAP, diclofenac gel to knees.

Exam: 37.4, HR 96, BP 170/92. 152cm, 101.6kg.
Abd: large pannus; inferior pannus, suprapubic, 12x7cm area of retiform purpura with two black necrotic plaques (3cm, 2cm), indurated and exquisitely tender. Intertrigo in the fold. Knees: normal skin, no wounds. Arms: injection bruises posterior arms, no plaques.

A/P:
Pannus retiform purpura + necrosis in obese ESRD pt on Ca binder -> calciphylaxis vs NSTI (crepitus absent, LRINEC 3). Surgery eval, CT abd wall, derm biopsy. Vanc/pip-tazo until NSTI excluded.
"""),
("2022-01-25", "Discharge Summary", """
DISCHARGE SUMMARY  1/14/2022 - 1/25/2022

Diagnoses: biopsy-proven calciphylaxis, lower abdominal pannus; ESRD with HD 3x/wk; T2DM (insulin); obesity class III; OA knees; HTN

Course by issue
1. Pannus calciphylaxis - CT abd wall: subcutaneous vascular calcifications, no gas. Gen surg: no NSTI; abx stopped d3. Punch biopsy 1/15 confirmed calciphylaxis (medial calcification, thrombi, panniculitis). Onset ~1/1/2022. Cold packs have only been on the knees and insulin only in the upper arms - no local trigger found at the pannus. STS IV with each HD from 1/17. Wound RN: Vashe soaks, foam, pannus lift.
2. Secondary HPT - calcium acetate -> sevelamer, cinacalcet to 90.
3. T2DM - degludec 50u, lispro 12u AC.
4. OA - APAP + topical diclofenac; ice to knees is fine per derm.
5. HTN - amlodipine, hydralazine.

Discharge med rec:
degludec 50u (changed); lispro 12u AC (changed); sevelamer 1600 TID (new); cinacalcet 90 (changed); STS IV w/ HD (new); oxycodone 5 q6h prn (new); amlodipine 10; hydralazine 50 TID; APAP; diclofenac gel
Stopped: calcium acetate
Wt 99kg (BMI 42.9).
"""),
("2022-03-30", "Hospitalist Admission H&P", """
Hospitalist H&P - 3/30/22
60F ESRD on HD, insulin T2DM, obesity (BMI 43.1), calciphylaxis of the pannus since Jan 2022 - admitted with hyperglycemia (BG 480) and poor PO after missing insulin while her HHA was out.
Pannus wound: 8x5cm, mixed granulation and slough, no cellulitis. Knees fine.
Problems: hyperglycemia (not DKA) - resume degludec/lispro; calciphylaxis pannus - wound care, STS; ESRD; OA; HTN.
"""),
]}

O12 = {"patient_id": "O12", "age": 67, "sex": "M", "notes": [
("2025-02-10", "Hospitalist Admission H&P", """
ADMISSION H&P
Hospitalist: A. Mbeki-Rowe, MD     DOS: 02/10/2025

Chief complaint: painful R buttock sore

HPI: 67 yo gentleman with ESRD (chair time Tu-Th-Sa), mechanical AVR (2011) on warfarin, obesity, gout. Ten or so days ago a sore red-purple area appeared high on the outer R buttock; nothing had happened to that skin beforehand - no fall, no injections (his HD heparin goes in the circuit), no heat, not sitting more than usual. Once it hurt, his wife took to draping a warm heating pad across it at bedtime "to draw it out", and the center went dark shortly after. She stopped the pad 2 days ago.

ROS negative except above; no fever.

Problem list:
1) R buttock necrotic plaque - calciphylaxis? ddx pressure injury, abscess, warfarin necrosis (long-term warfarin, unlikely)
2) ESRD on HD - since 2020
3) Mech AVR (2011) - warfarin; cardiology asks for an INR of 2.5-3.5
4) Obesity - BMI 31.5
5) Gout
6) HTN
7) No diabetes (A1c 5.2)

Meds: warfarin 7.5mg daily, carvedilol 25 BID, calcium carbonate 500mg TID (binder), calcitriol 0.25 daily, allopurinol 100, colchicine prn.

Exam: 36.9 | 74 | 142/80. Wt 102kg, ht 180cm.
R upper outer buttock: 7x6cm violaceous indurated plaque, net-like border, 2.5cm central black eschar, extremely tender; no fluctuance. L buttock, sacrum: intact. Thighs, abdomen: no lesions.

Plan: derm punch bx tomorrow (hold warfarin 1 dose, INR 3.0), no further heating pad, wound RN, renal re binder.
"""),
("2025-02-20", "Discharge Summary", """
Discharge Summary - Hospital Medicine
Adm 2/10/2025 | D/C 2/20/2025

Discharge diagnosis: calciphylaxis, right buttock, biopsy proven

Course by problem:
1. Calciphylaxis R buttock: Punch biopsy 2/11 of the plaque edge - calcific arteriolopathy with thrombi and fat necrosis. Lesion onset ~1/31/25 with no preceding local trauma; the heating pad was put on the patch only after it hurt, and the biopsy and the bedside debridement of the eschar on 2/14 were treatment of the established lesion. STS 25g w/ HD started 2/12. Wound now 5x4cm, yellow slough, dressings BID (Santyl + foam).
2. Mechanical AVR: cardiology and hematology discussed - warfarin must continue (no DOAC for mechanical valve). INR goal lowered to 2.0-3.0. Vit K supplementation considered - deferred.
3. CKD-MBD: stopped calcium carbonate + calcitriol, started sevelamer 1600 TID.
4. Obesity - BMI 31.2.
5. Gout - quiet.

Discharge medications
Continue: warfarin (dose 6.25mg daily, INR check Mon), carvedilol 25 BID, allopurinol 100
New: sevelamer 1600mg TID, sodium thiosulfate 25g at each HD run, oxycodone 5mg q6h prn, collagenase ointment
Stopped: calcium carbonate, calcitriol
Pt/wife instructed: no heating pad, no ice on the wound.
"""),
("2025-04-02", "Hospitalist Admission H&P", """
Hospitalist Admission H&P 04/02/2025
67M ESRD/HD, mechanical AVR on warfarin, calciphylaxis R buttock (Feb 2025, biopsy-proven), obesity (BMI 30.8), admitted for wound deterioration and fever 38.6.
R buttock wound 6x5cm with foul drainage, undermining at 3 o'clock. CRP 180. Blood cx pending.
Plan: vanc + cefepime (renal dosed), surgical debridement of the buttock wound by gen surg, hold warfarin pre-op with heparin gtt bridge.
Other problems: ESRD (HD TTS), gout, HTN, no DM.
"""),
("2025-04-11", "Discharge Summary", """
DISCHARGE SUMMARY 4/2/2025-4/11/2025
Diagnoses: infected calciphylaxis wound R buttock s/p excisional debridement in OR 4/4; ESRD (HD); mech AVR - warfarin; obesity; gout.
Course: debridement 4/4 to bleeding tissue, cultures MSSA + Bacteroides; ceftriaxone/metronidazole x 2 wks total (ertapenem at HD after discharge). NPWT placed 4/7. Warfarin resumed 4/6, INR 2.3 at d/c. No new lesions elsewhere.
Discharge meds: warfarin 6.25mg, ertapenem 500mg IV after HD x 10 days, sevelamer, STS w/ HD, carvedilol, allopurinol, oxycodone prn.
BMI 30.2.
"""),
]}

O13 = {"patient_id": "O13", "age": 55, "sex": "F", "notes": [
("2019-03-03", "Hospitalist Admission H&P", """
Hospitalist H&P
Date: 3/3/2019      Service: Medicine B

CC: painful lumps on both thighs

HPI: 55F with ESRD, nightly CCPD since 2017 (PD catheter R lower abd), AF on warfarin, hypothyroidism, and overweight. 3 weeks of worsening pain in both anterior thighs with firm purple nodules that now have darkened centers. Specifically asked: she denies any injections in the thighs (never on insulin, no B12 or other shots), has not used heat of any kind or cold packs, wears nothing tight, and recalls no knocks or falls; she does not rest anything on her lap. "Nothing, doctor, they just appeared."

Problem list:
a) bilateral anterior thigh painful nodules/plaques - r/o calciphylaxis
b) ESRD (IgA) on CCPD
c) AF - warfarin since 2014, INR 2.4
d) hypothyroidism
e) overweight - BMI 29.6 (ht 160cm, wt 75.8kg)
f) no DM (A1c 5.5)

Home meds: warfarin 4mg daily, diltiazem ER 180, levothyroxine 88mcg, calcium acetate 667 TID, calcitriol 0.25, epo at clinic.

Exam: Anterior thighs bilaterally - several indurated violaceous plaques 2-4cm across, centers blackened (R 3 lesions, L 2), livedo between them, exquisitely tender. Abd: R lower quadrant PD exit site looks fine; skin without lesions. Legs below knees clear.

Plan: derm bx; stop Ca binder/calcitriol; hematology/cardiology re stopping warfarin - would bridge with enoxaparin injected into the abdomen, keeping the thighs free of injections; PD per renal.
"""),
("2019-03-15", "Discharge Summary", """
Discharge Summary
Admit 3/3/2019, Discharge 3/15/2019

Principal diagnosis: bilateral anterior thigh calciphylaxis, biopsy proven (3/4/19)

Hospital course:
1. Calciphylaxis b/l thighs. Punch biopsy R thigh: calcified subcutaneous arterioles with thrombi and necrosis. Re-checked with pt and husband: thighs never injected, heated or injured. STS 25g IV three times weekly started 3/6 via R arm PICC - not ideal in a dialysis pt, vascular access team aware. Renal to consider conversion to HD if wounds worsen.
2. AF - warfarin stopped 3/6. Apixaban 5mg BID started (CHA2DS2-VASc 2) instead of the planned enoxaparin bridge, so no injections needed.
3. ESRD on CCPD - no changes.
4. CKD-MBD - sevelamer 800 TID replaces calcium acetate; calcitriol off.
5. Hypothyroid - cont.

Med rec at discharge:
STOP warfarin, calcium acetate, calcitriol
START apixaban 5 BID, sevelamer 800 TID, STS 25g IV TIW (home infusion), hydrocodone/APAP 5/325 q6h prn
CONTINUE diltiazem ER 180, levothyroxine 88

Wt 75.1kg, BMI 29.3. Counselled that warming pads on the legs should be avoided.
"""),
("2019-06-20", "Hospitalist Admission H&P", """
Hospitalist H&P 06/20/2019
55F, ESRD on CCPD, calciphylaxis of both anterior thighs (dx 3/2019) on STS, AF - apixaban since warfarin was stopped in March. Admitted for PD peritonitis - cloudy effluent, WBC 1,800 in effluent.
Thigh wounds: all 5 healing, largest 1.5cm, no eschar. No new lesions.
Problem list: PD peritonitis - IP vanc/ceftaz; ESRD on PD; calciphylaxis thighs; AF; hypothyroid; overweight (BMI 29.8).
"""),
]}

O14 = {"patient_id": "O14", "age": 63, "sex": "M", "notes": [
("2024-11-03", "Hospitalist Admission H&P", """
HOSPITALIST ADMISSION NOTE    11/03/2024

CC: bilateral calf ulcers, "cannot walk for the pain"

HPI: 63M w/ ESRD on HD MWF (R AVF), T2DM on oral agents, HFrEF EF 30%, admitted from HD for 5 weeks of progressively painful skin changes posteriorly on each calf. Began in late September as purple mottling on the L posterior calf, then the R; over the past 2 weeks both developed black, leathery centers. He denies injury, insect bites, heat, ice, compression stockings or leg wraps ("my legs are too sore for anything"). Walks little since the pain began.

Problem list
1. Painful necrotic ulcers posterior calves, bilat - concern for calciphylaxis vs arterial/ischemic ulcers vs vasculitis
2. ESRD on HD since 2021 (DM nephropathy)
3. DM2 - glipizide 2.5, sitagliptin 25; no insulin
4. HFrEF, ICD 2022
5. CKD-MBD - PTH 1,020, phos 8.2
6. Deconditioning, immobility

Meds: glipizide 2.5mg qd, sitagliptin 25mg qd, carvedilol 6.25mg twice daily, Entresto 24/26 BID, calcium acetate 1334mg TID, calcitriol 0.5mcg at HD, atorvastatin 40. No warfarin; no anticoagulant.

Exam: Afebrile. BMI 27.9 (80.9kg / 170cm).
Calves: L posterior mid-calf 6x4cm and R posterior calf 4x3cm ulcers; black eschar in each, rimmed by retiform purpura; exquisitely tender. DP/PT faint but dopplerable. Sacrum: intact. Arms: PIV R forearm, skin ok.

Plan: ABI/TBI, derm biopsy, stop Ca binder, renal re: STS. Turning q2h, heels off-loaded.
"""),
("2024-11-20", "Discharge Summary", """
DISCHARGE SUMMARY (Hospital Medicine)
Admission 11/03/2024 - Discharge 11/20/2024 to SNF (Brookhaven Care)

Diagnoses
1. Calciphylaxis, bilateral posterior calves (biopsy L calf 11/5: calcific arteriolopathy with thrombosis)
2. Skin tear R forearm at old PIV site from tape removal (11/9) - superficial, not calciphylaxis
3. Stage 2 pressure injury, sacrum (found 11/14) - hospital-acquired, not calciphylaxis per derm
4. ESRD on HD
5. DM2 (oral agents)
6. HFrEF
7. Severe secondary hyperparathyroidism

Hospital course by problem:
#Calciphylaxis calves: ABI 1.1/1.0, TBI 0.6 - no critical ischemia. Derm: classic calciphylaxis; calves had no prior local injury. STS with HD from 11/6; wound care with Medihoney alginate.
#R forearm skin tear: tape pulled at PIV removal 11/9 leaving a 2cm flap tear; steri-strips, healing. Derm looked at it 11/12: ordinary skin tear.
#Sacral pressure injury: 3x2cm partial-thickness area from prolonged supine positioning; low-air-loss mattress, foam, q2h turns. Derm: pressure injury, no features of calciphylaxis.
#CKD-MBD: calcium acetate -> sevelamer; calcitriol stopped; cinacalcet 60; surgery referral for parathyroidectomy.
#DM2: glipizide stopped (hypoglycemia x2), sitagliptin continued. Pt counselled that insulin, if ever needed, carries a calciphylaxis risk at injection sites.
#HFrEF - GDMT continued.

Discharge meds: sitagliptin 25; carvedilol 6.25mg twice daily; Entresto 24/26 BID; sevelamer 1600 TID (new); cinacalcet 60 (new); STS 25g IV with HD (new); atorvastatin 40; oxycodone 2.5-5 q4h prn (new)
Stopped: glipizide, calcium acetate, calcitriol
BMI 27.5 at d/c.
"""),
("2025-01-08", "Hospitalist Admission H&P", """
H&P - Hospital Medicine - 01/08/2025
63M from Brookhaven SNF, ESRD/HD, DM2 (sitagliptin), HFrEF, calciphylaxis of both posterior calves (11/2024) on STS, s/p parathyroidectomy 12/18/2024; admitted for hungry bone syndrome, Ca 6.9, symptomatic perioral tingling.
Calf wounds smaller, no eschar on R; sacral pressure injury healed; R forearm skin tear healed.
Problems: hypocalcemia - IV Ca gtt, calcitriol, high-dose CaCO3 (calciphylaxis noted - renal accepts short term); ESRD on HD; calciphylaxis calves; DM2; HFrEF.
BMI 27.0.
"""),
]}

PATIENTS = [O08, O09, O10, O11, O12, O13, O14]
