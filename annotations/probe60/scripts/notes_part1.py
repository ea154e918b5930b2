"""probe60 corpus notes, G01-G07 (nursing shift documentation and care plans; all invented)."""

G01 = {"patient_id": "G01", "age": 71, "sex": "F", "notes": [
("2019-05-09", "SBAR Handover", """
SBAR - 3 West LTACH, bed 14, nights -> days
S: New dusky patch, back of pt's R upper arm, v tender. Day RN Kezia first saw it on 05/07, was thumbnail size, now ~3x4 cm. Pt rates 8/10, cries when BP cuff even brushes it.
B: 71F. ESRD on HD MWF thru L forearm AVF (L arm = NO sticks/NO BP). T2DM - glargine 18u qHS + lispro per scale. Since her admission here in Feb 2019 every SC insulin dose has gone into the R posterior upper arm, pt refuses belly shots ("it's the only spot that doesn't bruise").
A: violaceous center going grey, lacy purple edge, hard to palpate. Afebrile. No drainage.
R: paged hospitalist Dr Pell, asked for wound RN consult. Insulin moved to abdomen for now. Pls keep arm on pillow, no tape on it.
"""),
("2019-05-14", "Wound RN Skin Check", """
SKIN CHECK FLOW - wound/ostomy nurse
Location: R posterior upper arm (insulin site since Feb)
Size: 4.2 x 4.0 cm, depth n/a - intact black eschar 1.5 cm center
Surrounding: retiform purple mottling, induration extends 2 cm past edge
Pain: 9/10 w/ dressing change, premedicated
Punch bx taken by derm 5/10 -> path back today: CALCIPHYLAXIS (calcium in walls of tiny subq vessels + clot + necrotic fat per pathologist).
Dressing: nonadherent contact layer + ABD, wrapped w/ rolled gauze, NO adhesive
Wt 88.1 kg  Ht 162 cm  BMI 33.6
Notified: charge RN, Dr Pell, renal (STS to start w/ HD Weds)
"""),
("2019-05-20", "Nursing Care Plan", """
Problem #4: Impaired skin integrity r/t calcific uremic arteriolopathy, R posterior upper arm
Goal: pain </= 4/10 at rest by 5/27; no new lesions
Interventions:
 - sodium thiosulfate w/ every HD tx (renal)
 - all SC insulin into abdomen only, rotate quadrants, document site each dose
 - q-shift skin check of both arms, thighs, abd; report any new tender spots
 - float arm on pillow; gown sleeve cut open
Eval 5/20: eschar unchanged 4 x 4 cm, edge less red. Pain 6/10 at rest. Obese (BMI 33.6), diet consult placed. Continue plan.
"""),
]}

G02 = {"patient_id": "G02", "age": 64, "sex": "M", "notes": [
("2020-11-27", "Heat/Cold Therapy Order - Nursing", """
COLD THERAPY ORDER (home health, per Dr Amari)
Dx: acute gout flare L knee
Modality: reusable gel cold pack, wrapped in thin towel
Site: L knee, anterior + medial
Frequency: 20 min on / 40 off while awake
Start: 11/26/2020 (Thanksgiving - wife started icing after dinner when knee swelled up)
Skin checks before/after each application; stop if numb, blanched, blistered.
Hx: ESRD, home PD (CCPD nightly), AFib on warfarin 4 mg. No diabetes. BMI 27.1.
Teaching done w/ wife Ines, teach-back OK.
"""),
("2021-01-05", "Home Health Nursing Visit", """
HH RN visit #6. Gout better but new problem. Wife says he has "basically lived with the ice on that knee" since Thanksgiving, often hours at a time, slept w/ it on.
Skin: inner side of L knee - 5x3.5cm firm purplish plaque, net-like edges, black 1 cm center. Onset about 3 weeks ago per pt ("started as a dark blotch"). Exquisitely tender.
Afebrile; PD bags draining clear.
Cold pack STOPPED, removed from freezer. Called PD nurse + PCP, same day derm appt requested. INR 2.7.
"""),
("2021-01-19", "Nurse-to-Nurse Handoff", """
HH -> PD clinic handoff (phone)
- 64M, CCPD, warfarin (renal + cards discussing switch to apixaban)
- L medial knee lesion: derm punch 1/12 = calciphylaxis, confirmed on path
- derm note says lesion grew right where the ice was kept on the knee
- STS IV 3x/wk at clinic starting Fri
- dressing: hydrogel + foam, change q2d, wife competent
- no ice, no heat anywhere. BMI 27.1 unchanged
"""),
]}

G03 = {"patient_id": "G03", "age": 58, "sex": "F", "notes": [
("2023-03-12", "ICU Device Check Flowsheet", """
MICU - DEVICE / LINE CHECK 0800
ETT: removed 3/11, on 4L NC
R IJ HD catheter: dsg C/D/I, dated 3/10
SCDs: bilat calves, ON and cycling, applied POD 0 (03/09/2023) after ex-lap; skin under sleeves pink, intact
Foley: draining, securement on R thigh
Restraints: none
Braden 12 (high risk). Turned q2h L/R/back, heels floated.
Hx: ESRD (HD), DM2 - insulin gtt weaned -> SC glargine today. 118kg, BMI 41.2.
"""),
("2023-03-31", "Braden / Skin Assessment", """
Braden 11. Full skin check w/ 2nd RN (Ola T.).
NEW: both posterior calves - purpuric net-like patches, R 6x4 cm, L 5x5 cm, center of L patch dusky/grey. Pt screams w/ light touch. Both are under where the SCD sleeves sit (SCDs on continuously since 3/9). Night RN first noted them yesterday 3/30.
Sacrum intact. Heels intact.
SCDs removed both legs, MD aware (Dr Foyle), derm consult, heparin SC for DVT ppx.
"""),
("2023-04-06", "SBAR to Wound Team", """
S: Pt's bilateral calf lesions now w/ black eschar both sides.
B: 58F, HD-dependent ESRD, DM needing insulin. Calf lesions appeared 3/30 under SCD sleeves (worn since 3/9).
A: L calf bx 4/3 -> calciphylaxis confirmed. R calf same appearance. Pain controlled w/ hydromorphone PCA. Today wt 114 kg, BMI 39.8.
R: pls eval for dressing plan + offloading; STS w/ HD started 4/4.
"""),
]}

G04 = {"patient_id": "G04", "age": 66, "sex": "M", "notes": [
("2022-07-20", "Post-Procedure Nursing Note", """
Returned from IR 1540 yesterday (7/19) s/p L percutaneous nephrostomy for obstructed, infected L native kidney (stone).
L flank PCN tube to gravity, draining blood-tinged urine 40 mL overnight. Drain sponge + transparent dsg, tube secured w/ StatLock.
VS stable. Pt on HD TTS via R chest tunneled cath - renal aware of procedure.
PMH: ESRD, DM2 (diet controlled, no meds), HTN. Was on warfarin for old DVT, stopped 2020.
Ht 175 cm Wt 91.9 kg BMI 30.0
"""),
("2022-08-23", "Home Health Handoff", """
HH RN to wound clinic RN, pt seen today in home
- L PCN site: skin ringing the tube is hard, purple-black, 4 cm across w/ 2.5 cm dry eschar. Per pt + daughter it started early August as "a dark ring" around the tube and got worse daily
- pain 7/10, won't let me touch it
- tube draining clear yellow, flushing OK
- afebrile
Concern this is not just infection. Photos in chart. Appt tmrw.
"""),
("2022-09-01", "Wound Care Plan", """
WOUND CARE PLAN - L flank
Dx: calciphylaxis at L nephrostomy tube site, bx 8/24 confirmed (derm/wound clinic)
Onset early Aug 2022, ~3 wk after PCN placed (7/19/22)
Size 4.5 x 4 cm, eschar ~70%, slough ~30%
Plan: leave eschar intact, Betadine paint daily, split foam around tube, IR to consider moving tube if possible
Renal: STS w/ HD, cinacalcet up. Hx warfarin (off since 2020).
"""),
]}

G05 = {"patient_id": "G05", "age": 79, "sex": "F", "notes": [
("2024-12-25", "Incident Report - Fall", """
INCIDENT REPORT - FALL (unwitnessed)
Date/time: 12/25/2024 0615, Rm 208 Cedar Hall
Found by: CNA Marisol on floor beside dresser, lying on R side. States she got up to use commode, "my slipper caught". Hit R hip/thigh on dresser corner.
Injury: 8 x 6 cm ecchymosis R lateral thigh, no open skin. ROM hips WNL, no shortening/rotation. Denies head strike.
On warfarin (INR 2.4 yesterday) -> MD notified, neuro checks q1h x4, post-fall huddle done.
Hx: ESRD on HD, borderline sugars - A1c 6.0, told "prediabetic", no DM meds, AFib. BMI 22.4.
Fall precautions: bed low, call light in reach, non-skid socks.
"""),
("2025-01-11", "Weekly Skin Check", """
Weekly skin check (Sat). Bruise on R lateral thigh from the Christmas-morning fall has mostly faded BUT in the middle of it there is a new 3 x 3 cm hard, mottled purple plaque w/ central black spot. Very painful (7/10). Evening aide noticed it yesterday 1/10.
No other new areas. Sacrum/heels OK.
NP + dialysis unit called.
"""),
("2025-01-22", "SBAR Handover", """
S: R thigh wound - derm dx back
B: 79F on HD, warfarin for AFib, fell 12/25 bruising R lat thigh; plaque came up in the bruise 1/10
A: punch bx 1/15 -> calciphylaxis. Eschar now 4 cm. Warfarin being changed to apixaban per cards/renal.
R: STS with HD starting Mon; wound care daily; keep low bed + hip pads
"""),
]}

G06 = {"patient_id": "G06", "age": 55, "sex": "M", "notes": [
("2021-07-23", "Nurse-to-Nurse Handoff", """
rpt to oncoming RN 1900:
55M rm 5, HD MWF (last run today, -2.1 L)
sq heparin 5000 q8 for VTE ppx - started mid June at the rehab place, he ALWAYS wants it in the R lower belly, won't let anyone use L side or arms
new: hard purple lump RLQ right where heparin goes, noticed 7/22 by me, v painful, pt says "like a hot coal"
DM2 on glipizide, no insulin. overweight, BMI 29.6.
MD aware, held heparin sq, wound consult in AM
"""),
("2021-07-28", "Skin Check Flow", """
SKIN CHECK - 4 North
RLQ abdomen: 5x4cm plaque, indurated + violaceous, retiform margin, 1cm eschar centrally. Onset 07/22/2021.
L abd: intact
Thighs/legs: intact
Sacrum: intact, blanches
Bx done bedside 7/26 by derm, results pending.
"""),
("2021-08-04", "Nursing Care Plan Update", """
Care plan update: Alteration in skin integrity - calciphylaxis RLQ abdomen (bx proven 7/30), at the site where SQ heparin was given since June 2021.
- SQ heparin d/c'd, on SCDs instead
- STS w/ HD MWF
- foam dsg, change q3d & prn
- pain regimen per palliative
Pt is overweight - BMI 29.6, dietitian says not in obese range. Not on insulin.
"""),
]}

G07 = {"patient_id": "G07", "age": 49, "sex": "F", "notes": [
("2018-09-06", "Heat Therapy Order", """
THERMOTHERAPY ORDER - SNF rehab
Dx: adhesive capsulitis R shoulder
Moist hot pack (hydrocollator, 6 layers toweling) to R shoulder, anterior/lateral, 20 min BID before PT
Start today 9/6/18
Check skin q5min during tx. D/c if mottling, blisters, c/o burning.
PMH: ESRD, HD Tue/Thu/Sat; T2DM, glargine into abd; obese w/ BMI 31.2. No anticoag.
"""),
("2018-10-09", "Skin Check", """
Pt c/o burning pain over R shoulder x 10 days, thought it was the "frozen shoulder". On exam today: R lateral shoulder 3x2.5cm violaceous plaque w/ reticulated border + small central dark crust. This is exactly the heat pack area. Hot packs held, PT aware. Photo taken. MD to see.
"""),
("2018-10-16", "Handoff - Day to Evening", """
handoff:
- R shoulder lesion seen by derm 10/12 -> clinical dx calciphylaxis (bx deferred, pt on HD, poor healing), derm states it started in the skin that got daily hot packs
- STS w/ HD starting Thurs
- NO heat/ice to any area, sign on door
- insulin still abd only
- pain 5/10 on tramadol
"""),
]}

PATIENTS = [G01, G02, G03, G04, G05, G06, G07]
