"""probe61 corpus notes, J01-J07 (emergency department and urgent care; all invented)."""

J01 = {"patient_id": "J01", "age": 62, "sex": "F", "notes": [
("2020-11-09", "ED Triage Note", """
ESI 3 -- arrived POV with daughter
CC: "black sore on my belly" x 5 days, pain 9/10, even the bedsheet touching it hurts
62 yo F, ESRD, runs HD Tu/Th/Sat at Riverbend Kidney Center, last tx Saturday (full run). Insulin dependent DM2. States the spot on her L lower abd began as a tender hard knot and now has a dark centre. Denies fever, chills, vomiting.
VS: T 36.9  HR 94  BP 171/88  RR 18  SpO2 98% RA
Wt 86.2 kg  BMI 31.2
Allergies: sulfa (hives)
Placed in pod B rm 14, primary RN notified.
"""),
("2020-11-09", "ED Provider Note", """
HPI: 62F -- ESRD (in-center HD, TTS schedule), T2DM (glargine 30u nightly; lispro sliding w/ meals), HTN -- here for an exquisitely painful left lower quadrant skin lesion noticed 5 days ago. All of her insulin she injects personally, always into the LLQ of the belly, and she has used only that side since she changed from vials to pens in April 2020 ("the right side just feels bruisy"). Never had anything like this. Not on any blood thinner.
Exam: uncomfortable, tearful when the area is touched. Abdomen soft; tender only at the lesion itself.
Skin, LLQ abdominal wall: 5x4cm stellate violaceous plaque, central black eschar, rim of net-like purpura; several pen needle marks sit within the plaque. No crepitus. No fluctuance. Right hemiabdomen clear.
Labs: K 5.1 | Ca++ 9.8 | PO4 7.9 | iPTH 812 | WBC 8.4 | lactate 1.1
CT abd wall: subcut stranding, no gas.
MDM: necrotic plaque right over her insulin injection area in a dialysis pt with uncontrolled phosphorus -- concern for calciphylaxis, top of ddx. Nec fasc felt unlikely given normal lactate, no gas, nontoxic.
ED course: derm resident did 4mm punch bx at bedside. Hydromorphone 0.5mg IV x2, good relief. Renal fellow aware.
Dispo: admit medicine.
"""),
("2020-11-11", "ED Boarding Handoff (I-PASS)", """
I-PASS  night -> day, boarder rm 14
Illness severity: watcher
Pt summary: 62F, ESRD (HD TTS) and insulin-treated DM2. L lower abdominal necrotic plaque. Path called this am: small subcutaneous arterioles with medial calcification + intraluminal thrombi, adjacent fat necrosis = consistent w calciphylaxis. Derm attending agrees; lesion lies in the exact zone she has injected every dose since April.
Action list: renal to give sodium thiosulfate with HD today. Diabetes educator moved insulin to R upper arm. Scheduled hydromorphone, pain 4/10 this am. Wt 84.3 kg today, BMI 30.6.
Situation awareness: wound care recs pending; palliative consult placed per pt wish.
Synthesis: pt + daughter updated on dx, questions answered.
"""),
]}

J02 = {"patient_id": "J02", "age": 74, "sex": "M", "notes": [
("2024-01-02", "Urgent Care Visit", """
Walk-in clinic - Harbor St Urgent Care
74 y/o male c/o R knee "sore that wont heal". He has put ice on that knee every night since Thanksgiving for his arthritis - a ziploc of ice wrapped in a tea towel, half an hour or longer each evening in front of the TV. The skin on the front of the knee went "tight and purple" on Christmas Eve; since then a dark scab has formed.
PMH: ESRD on home PD (cycler overnight), St Jude mitral valve -> coumadin, INR 2.8 at anticoag clinic recently, gout. No diabetes.
O/E: afebrile. R knee, infrapatellar, anterior: 3cm firm purple plaque with central black eschar, lacy mottling around it, very tender. No effusion, ROM full but guarded.
A/P: necrotic skin lesion in PD pt on warfarin - beyond what we can do here. Sent to ED by private car with wife. Told to stop the ice.
"""),
("2024-01-03", "ED Provider Note", """
74M, PD-dependent ESRD, mechanical MVR on coumadin, sent from UC yesterday but went home first and came back today.
HPI per pt and wife: nightly icing R knee since late Nov (Thanksgiving night was the first time), lesion from 12/24 on the same spot. Now can barely sleep d/t pain.
VS 37.0 / 82 / 149/77 / 16 / 97%. Ht 175cm Wt 83.6kg BMI 27.3
Skin: R infrapatellar plaque as described by UC, eschar 1.5 cm, retiform violaceous border. L knee nl.
Ortho at bedside: no joint effusion, not septic joint, no tap.
Derm consult: clinical picture highly c/w calciphylaxis where he applied cold night after night; 4mm punch obtained at the lesion margin.
INR 3.1. Ca x phos product high.
Dispo: admit, cards aware re anticoagulation plan.
"""),
("2024-01-05", "ED Handoff Note", """
Still boarding (no tele bed). Handoff to Dr. Varga at 0700.
- R knee bx resulted: calcium deposits in dermal/subcut vessel walls, von Kossa +, = calciphylaxis. Derm documented that the plaque formed on the patch of skin he had been icing nightly for about a month beforehand.
- Cards: warfarin held, heparin gtt started for valve, will discuss apixaban not an option w/ mech valve, long convo pending.
- Nephro adjusting PD prescription, STS to start tomorrow.
- Pain tolerable w/ oxycodone 2.5mg q6h PRN.
"""),
]}

J03 = {"patient_id": "J03", "age": 57, "sex": "F", "notes": [
("2022-04-20", "ED Triage Note", """
CC: both legs "burning like fire", open sores
Onset roughly 3 wks ago, worse past 4 days. Pt dialyzes Mon/Wed/Fri (L arm AVF) - went this am. Wearing knee-high compression hose since 3/2 for swelling (prescribed by PCP) - pt still has them on at triage, marks visible.
PMH DM2, HTN, obesity. BMI 36.4
T 37.3 P 101 BP 132/70 R 20 O2 96%
Pain 10/10, ESI 3
"""),
("2022-04-20", "ED Physician Note", """
57 yo F -- ESRD, HD MWF; DM2 managed with linagliptin (never insulin); class II obesity, presents with painful bilateral calf wounds.
Since the 2nd of March she has worn 20-30 mmHg knee-high stockings all day every day; the tops of the stockings dig in "like a rubber band". Within the past ~3 wks she developed dark painful spots right where the top band sits.
Exam:
L posterior calf - 6 cm band-shaped ulcer with black eschar, tracking along the groove left by the hose's top elastic
R posterior calf - 4 x 2 cm retiform purpura w central necrosis, same level
Pedal pulses dopplerable bilat. No crepitus.
Labs: WBC 10.2; alb 2.9; Ca 9.4 (uncorrected); PO4 6.8
Impression: suspect calciphylaxis vs pressure injury from the hose. Needs derm.
Plan: stockings off, do not reapply. Derm consult in am, obs unit.
"""),
("2022-04-22", "ED Observation Unit Note", """
Obs day 2.
Derm (Dr. Quispe) saw pt: clinical diagnosis of calciphylaxis of both posterior calves, biopsy deliberately deferred - derm worried a bx site would never close. Their note states the lesions follow the line of pressure from the compression hose she had worn daily since early March.
Renal: STS on each of her dialysis days, binder titration, cinacalcet started.
Her diabetes is handled by diet plus linagliptin; no insulin ever, no warfarin ever.
Wt 97.1 kg, BMI 36.4 (unchanged).
Dispo: home w/ wound clinic f/u + HD unit STS, pt agreeable.
"""),
]}

J04 = {"patient_id": "J04", "age": 66, "sex": "M", "notes": [
("2023-07-24", "Urgent Care Visit", """
66M c/o painful right-sided scar.
Had a lipoma removed from his R flank by Dr Ferrante (gen surg) on 06/02/2023; it healed fine and the stitches came out 2 weeks later. Around mid-July the incision line got hard, purplish and extremely tender and now the middle is black.
PMH: ESRD, hemodialysis MWF for 6 yrs, afib on warfarin, gout, HTN. No DM.
Vitals stable, afebrile.
Exam: R flank well-healed 7 cm linear scar; along its central third a 3x2cm indurated violaceous plaque with dry black eschar, retiform edge. Not fluctuant, no drainage.
A: wound infection less likely; ?calciphylaxis in surgical scar - pt on warfarin + HD.
P: to ED now for labs + derm/surg eval. Pt agrees, wife driving.
"""),
("2023-07-24", "ED Triage Note", """
Sent from UC for "possible calciphylaxis" of R flank surgical scar. Pain 8/10. HD pt (MWF), last run today, no issues. On warfarin - INR pending.
BP 162/84, HR 72 (irreg), RR 16, temp 36.6, sat 95%
Wt 88 kg BMI 28.8
ESI 3. To rm 22.
"""),
("2023-07-27", "ED to Inpatient Handoff", """
ED hold, pt still here awaiting floor bed. Verbal + written handoff to hospitalist.
66M ESRD/HD, AF on warfarin (now held per derm/nephro), s/p R flank lipoma excision 6/2/23.
Punch biopsy 7/25 from the R flank plaque: calcific uremic arteriolopathy (calciphylaxis) -- vascular calcification of small vessels, microthrombi, von Kossa positive. Derm comment: necrosis confined to the surgical scar from the June excision.
Plan: STS w HD, switch AC to apixaban per cards, wound RN, low-Ca bath.
Code: full.
"""),
]}

J05 = {"patient_id": "J05", "age": 70, "sex": "F", "notes": [
("2019-02-18", "ED Triage Note", """
70F walked in with cane. Fell on icy front steps 3 weeks ago, scraped L shin. The scrape healed over but roughly 10 days ago an extremely painful dark sore came up "in the exact same place".
On peritoneal dialysis at home. DM on insulin (pt injects in her arms).
T 37.2 HR 88 BP 138/64 RR 18 SpO2 97%
Pain 7/10. ESI 4 -> upgraded to 3 after RN saw wound.
"""),
("2019-02-18", "ED Provider Note", """
HPI: 70 y/o F with ESRD on CCPD, DM2 (insulin degludec + aspart, injects into upper arms), HTN, who slipped on her porch steps in late January and grazed her left anterior shin against the concrete lip of the step. The graze scabbed and looked fine. ~10 days ago the same area became hard, purple, and excruciating, and the centre has blackened since.
Denies fever. No other wounds. Not on warfarin.
PE: L anterior shin midpoint, 4 x 3.5 cm necrotic plaque with stellate purpuric margin, surrounding induration, no fluctuance. R leg nl. DP/PT 1+ bilat.
Labs notable phos 7.1, PTH 640, WBC 7.9.
ABI L 0.92.
MDM: ddx infected abrasion vs calciphylaxis vs arterial ulcer. Pattern favors calciphylaxis. Cefazolin given after blood cx. Derm aware, will see in am for bx.
Dispo: ED obs.
"""),
("2019-02-19", "ED Shift Handoff", """
Handoff 0700, Dr. Lindqvist -> Dr. Abara
Bed 6, 70F CCPD, DM2 on insulin, L shin necrotic lesion after a fall.
Overnight: PD effluent cloudy this am, cell count sent (pending). Pain controlled.
Derm did punch bx of L shin at 0630, path in 3-5 days.
To do: f/u PD cell count -> if >100 WBC start IP abx per renal protocol. Wt 62.3 kg.
"""),
("2019-03-04", "ED Return Visit", """
70 y/o F back for wound check and pain, referred by renal.
Interval: had PD peritonitis, catheter removed, and she was transitioned to in-center hemodialysis last week (Tu/Th/Sat). 
Biopsy of L shin from 2/19: calciphylaxis (medial calcification of arterioles, thrombosis, panniculitis). Lesion slightly larger (5x4cm), dry eschar, no cellulitis.
Wt 61.8 kg, BMI 25.1.
Plan: STS now w/ HD, wound clinic Thursday, oxycodone refill x 5 days. Return precautions.
"""),
]}

J06 = {"patient_id": "J06", "age": 59, "sex": "M", "notes": [
("2021-05-20", "Urgent Care Visit", """
59 y o man here for "a hard painful patch behind my right arm" since early May. States it keeps getting bigger, now a black center.
Recently hospitalised at St Brennan's (March) w/ covid pneumonia; remembers the nurses giving him "little shots in the backs of my arms" three times daily.
Hx: kidney failure on HD, insulin-treated DM2, morbid obesity, OSA.
O/E: R posterior upper arm, 5cm woody plaque, dusky purple w 2 cm central eschar. Very tender. No fluctuance.
Plan: ED referral, concerned for calciphylaxis. Declined ambulance.
"""),
("2021-05-21", "ED Provider Note", """
CC: R arm lesion
59M ESRD/HD (MWF, L thigh graft), insulin-requiring DM2 (injects in abdomen), OSA on CPAP, BMI 41.0.
Reviewed outside records: inpatient at St. Brennan's for about 12 days in March 2021 with COVID PNA; heparin 5000 u subq q8h for DVT ppx, per MAR each dose went subq into the posterior upper arm, R and L in turn. No further injections in the arms since.
Lesion first noticed early May 2021. No trauma otherwise.
Exam: back of R upper arm has a 5.5x4cm indurated violaceous plaque; eschar (2cm) centrally; livedoid rim. L arm: normal skin.
Labs: Ca 10.1, phos 8.4, alk phos 190.
MDM: strongly suspect calciphylaxis given morphology + HD + hyperphos. Derm punch bx done in ED.
Dispo: admit.
"""),
("2021-05-25", "ED Transfer Handoff", """
Transfer to Mercy Regional (pt request, closer to home). SBAR to accepting Dr. Oyelaran.
S: 59M, biopsy-proven calciphylaxis R posterior upper arm (path final 5/24).
B: ESRD/HD, DM2 on insulin, obesity (BMI 41). Lesion arose in early May exactly at the area of his subq heparin shots from March.
A: hemodynamically stable, pain controlled, eschar dry.
R: continue STS with HD, wound care, no subq meds into the arms.
"""),
]}

J07 = {"patient_id": "J07", "age": 64, "sex": "F", "notes": [
("2025-01-10", "ED Triage Note", """
64F c/o R hip wound, "looks like it's rotting". Pain 8/10.
HD pt Mon-Wed-Fri, due today -- HD unit sent her over. Diet-controlled sugar. Old warfarin (stopped 2016).
T 36.8  P 90  BP 118/60  RR 18  SpO2 99%
BMI 30.0
ESI 3
"""),
("2025-01-10", "ED Provider Note", """
History: 64 yo woman, ESRD (in-center HD), DM2 on diet only, hx provoked PE (warfarin 2014-2016, stopped after GI bleed), obesity. Falls asleep nightly w/ her electric heating pad under the R hip for trochanteric bursitis, "since October" 2024, usually on high, falls asleep on it. On Jan 3rd she noted a hard painful purple patch right where the pad sits; it opened 2 days ago.
Exam: R lateral hip overlying the trochanter: 6x5cm violaceous indurated plaque, 2cm ulcer centrally, yellow-black base, livedo reticularis around it. No reticulate erythema of ab igne pattern. L hip normal.
Labs: Ca 9.6 // PO4 6.9 // PTH 1100 // CRP 48.
Assessment: likely calciphylaxis at site of chronic heat exposure; r/o infected thermal burn.
ED course: derm bx, dialysis in ED (emergent slot), vanc x1 pending bx.
"""),
("2025-01-13", "ED Return Visit", """
Seen in ED for post-bx wound check + pain (bx done here 1/10).
Path: calciphylaxis confirmed - subcutaneous vessel calcification with fat necrosis, no organisms, no burn changes. The derm read states the lesion started at the location of her nightly heating pad, used since October.
Per daughter, the heating pad has now been thrown away.
Vitals stable. Wound clean.
Plan: thiosulfate at the dialysis unit from Wednesday, stop calcium carbonate, wound clinic referral. BMI 30.0.
"""),
]}

PATIENTS = [J01, J02, J03, J04, J05, J06, J07]
