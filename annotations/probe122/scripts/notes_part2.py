"""probe122 corpus notes, F08-F14 (teaching-hospital admission H&Ps by students and interns; all invented)."""

F08 = {"patient_id": "F08", "age": 63, "sex": "M", "notes": [
("2021-07-19", "Admission H&P - MS3", """
MS3 ADMISSION NOTE   (Team Cedar, Dr. Whitcombe attending)
Patient: Desmond Achterberg, 63 M

CC: "sore on my leg where the bag strap goes"

HPI: 63M w/ ESRD, does CAPD (4 bags a day) since 2019, insulin-dependent T2DM, obesity, BPH w/ urinary retention, presents w/ a very painful sore, outer aspect of L thigh. In May of this year he went into retention, failed 2 voiding trials and was sent home w/ an indwelling Foley draining to a leg bag. The leg bag hangs on the left and is held by 2 elastic straps; pt says the upper strap "cuts in" around his thick thigh but if he loosens it the bag slips. He first felt a sore, hard "knot" on the outer L thigh right under that strap on the 4th of July (remembers because he couldn't sit comfortably at the cookout). It has since become purple, then blackened centrally, and he now can't wear the strap at all - has been holding the bag in his hand. Also he has been injecting his insulin (Levemir + Novolog) into his thighs, both sides, ever since he started insulin in 2015 - "never liked doing my belly w/ the PD tube there". Denies fever, pus, falls.

PMH: ESRD (DM nephropathy), on PD since 2019 | T2DM ~20 yrs, insulin since 2015 | obesity | BPH w/ urinary retention, Foley since 5/2021 | HTN | PAD? (never worked up) | hx of cellulitis R foot 2017
PSH: PD cath 2019, L knee scope
Meds:
 insulin detemir 30u BID
 insulin aspart SSI + 8u w/ meals
 tamsulosin 0.4
 finasteride 5
 carvedilol 25 BID
 calcium acetate 1334mg with meals
 calcitriol 0.5 daily
 furosemide 80 BID (residual fxn)
 atorvastatin 20
 not on blood thinners, never on warfarin
Allergies: NKDA
Soc: married, 3 kids. Drives a forklift, off work since June. 1 ppd x 30 years, still smoking ~ half a pack. Beer on weekends.
Fam: mother ESRD on HD, father CAD.

ROS
 constit: no fevers, 10 lb wt loss intentionally (diet)
 HEENT: neg
 cardiac: neg
 pulm: smoker's cough
 GI: neg, PD effluent clear
 GU: Foley, urine clear
 MSK: L thigh pain
 skin: L thigh sore. nothing else
 neuro: numb feet
 psych: neg
 endo: sugars 200s lately

PE: T37.3 HR96 BP158/84 RR18 SpO2 96% | Wt 109kg, BMI 31.5
 L lateral thigh, mid-portion: horizontally oriented 7x3cm plaque, violaceous, w/ central black eschar 2.5x1cm and a livedoid halo. Faint linear indentation from the strap still visible continuing around the thigh at this level. Scattered lipohypertrophy + old needle marks on both anterior thighs. R thigh: no purpura.
 Abd: obese, PD cath exit site clean.
 GU: Foley in place.

Labs: Ca10.6 (on Ca acetate), PO4 7.2, PTH1010. Alb3.0. A1c 8.9.

A/P: necrotic L lateral thigh plaque under a leg-bag strap in a PD pt who also injects insulin into both thighs. Concern for calciphylaxis. Ddx: pressure necrosis from strap, cellulitis.
 - derm consult, bx
 - urology: alternative bag securement / consider SPC
 - stop calcium acetate + calcitriol -> sevelamer
 - insulin: nursing to use upper arms
"""),
("2021-07-20", "Urology Consult", """
Urology consult
63M w/ BPH + chronic retention, Foley since May 2021, leg bag w/ elastic straps around L thigh. Asked to evaluate drainage alternatives given a necrotic L thigh wound under the strap.
Exam: Foley draining clear urine. Meatus ok. L lateral thigh wound as described by primary team, directly under strap impression.
Recs: switch to a belly-bag/waist-mounted drainage system (no thigh straps). Outpt discussion re: TURP vs SPC once skin issue settled.
"""),
("2021-07-22", "Dermatology Consult", """
Derm consult note
63M PD, obesity, DM on insulin. Lesion L lateral thigh since July 4, located at the level of the leg bag's top strap (worn tight since May) and within the thigh territory he has used for insulin since 2015.
Exam: 7.5x3cm retiform purpuric plaque w/ black eschar, deep induration, tender. Lipohypertrophy both thighs.
Bx 6 mm x 2 taken from the plaque border, L lateral thigh.
Imp: favor calciphylaxis triggered by chronic strap pressure +/- repeated injections. Ddx pressure necrosis.
Recs: f/u path, avoid all pressure/injections to thighs.
"""),
("2021-07-28", "Discharge Summary", """
Discharge Summary - PGY1 Dr. Abernathy-Lowe
Admission 7/19/21 - Discharge 7/28/21
Final dx: L lateral thigh calciphylaxis, biopsy-confirmed (path 7/24: calcified subcutaneous arterioles, microthrombi, fat necrosis)
Other: ESRD on PD, T2DM on insulin, obesity, BPH w/ Foley
Hospital course: Ca-based binder and calcitriol stopped, started sevelamer + cinacalcet. Na thiosulfate IV thrice weekly (via PIV) - to continue at the infusion center. Leg bag exchanged for waist-mounted bag by urology. Insulin moved to upper arms. Wt 103kg at d/c, BMI 29.8 (down from 31.5; he remains under the obesity clinic).
"""),
]}

F09 = {"patient_id": "F09", "age": 67, "sex": "M", "notes": [
("2018-12-03", "Intern Admission H&P", """
PGY-1 Admission History & Physical
Name: Thaddeus Okoro   67 M

CC: painful L hip sore x about 10 days

HPI: Mr Okoro is a 67 yo man, ESRD, dialyzing M/W/F, R arm AVF, for ~5 yrs from HTN nephrosclerosis, secondary HPT, CHF (HFpEF), who comes in with a very painful area over his LEFT lateral hip. He noticed it "around Thanksgiving" as a sore red patch, it's since become a hard dark purple area with a black middle. He's had R hip trochanteric bursitis since summer and has kept a heating pad under the RIGHT hip nightly ever since just after Labor Day. He is adamant the pad has never gone on the left ("the left one doesn't hurt"). No falls, no bumps. He sleeps on his back in a recliner because of orthopnea. No injections anywhere except epo at dialysis (given into the HD circuit). Denies fever.

PMH: ESRD on HD | HTN | HFpEF | sHPT | R trochanteric bursitis | gout | prostate ca s/p XRT 2010
PSH: AVF R arm 2013, hernia repair
Meds:
 lisinopril 10 (non-HD days)
 metoprolol 50 BID
 torsemide 40
 calcium carbonate 1 g TID (binder)
 calcitriol 0.5 qd
 allopurinol 100
 meloxicam OTC for hip (told to stop)
 no anticoagulants
NKDA
Social: lives alone in a senior apt, divorced, son visits weekends. Ex-postal worker. Never smoked. No EtOH.
Family hx: mother HTN, brother stroke.

Review of systems:
 GEN: fatigue, no fevers
 HEENT: neg
 CV: 2-pillow orthopnea, stable
 RESP: neg
 GI: constipated
 GU: anuric
 MSK: R hip ache lateral
 SKIN: L hip lesion. R hip skin has some brown lacy discoloration (pt: "from the pad")
 NEURO/PSYCH: neg
 ENDO: no diabetes, A1c 5.2 last spring

PE: T36.9 P74 BP149/80 R16 O2 96%  wt 88.9kg  BMI 28.4
 L lateral hip, over the trochanter: 6x5cm indurated violaceous plaque w/ 2 cm central black necrosis, retiform edges. Very tender.
 R lateral hip: reticular brown erythema ab igne, intact skin, no induration, no ulcer.
 Lungs: few basilar crackles. 1+ edema bilat shins.

Labs: Ca10.3 PO4 7.5 PTH1130

A/P: 67M HD w/ necrotic L hip plaque, ?calciphylaxis. The heat exposure was on the R hip, which shows only erythema ab igne; no trauma to L hip identified. Derm consult. Switch binder to sevelamer, stop calcitriol. Pain control.
"""),
("2018-12-05", "Dermatology Consult", """
Derm c/s
67M HD. L lateral hip necrotic plaque (onset ~Thanksgiving). R lateral hip shows erythema ab igne (heat pad), and no lesion.
Bx L hip 6 mm punch x 2.
Frozen/rapid: calcified vessels + thrombi within subcut fat.
Dx: calciphylaxis, left hip. Note: contralateral to the heat source - no local trauma found.
Recs: thiosulfate, wound care, pain.
"""),
("2018-12-10", "Progress Note", """
Progress Note - Intern
Calciphylaxis L hip (bx-proven). Day 4 of STS with HD. Pain 5/10 on hydromorphone PO.
Wt 88.0, BMI 28.1. Plan: outpt STS, wound clinic, cinacalcet; heating pad OK to keep using on R hip only at low setting per pt preference? -> d/w attending: advised against any heat, pt agreeable.
"""),
]}

F10 = {"patient_id": "F10", "age": 75, "sex": "F", "notes": [
("2020-05-18", "Intern Admission H&P", """
H&P - Medicine (intern: Dr. Z. Halvorsen)
Ms. Philippa Grunwald, 75F

CC: L leg wound, fall

HPI: 75F w/ ESRD (HD T-Th-Sa, L AVF), T2DM on insulin (glargine into her abdomen, rotating), remote PE on warfarin 2012-2016 (stopped), HTN, who presents after a trip-and-fall at home on 5/10 plus a nonhealing L calf sore. Careful timeline from pt + husband Rolf: the L calf sore came first - she noticed a "blood blister, then it went hard and purple" behind her L calf on May 3rd, w/o any preceding injury ("I hadn't bumped it, nothing"). One week later, on 5/10, she tripped on the garden hose and went down onto her L side; she scraped the back of the same calf on the edge of a flower bed - the scrape sits just below the older sore. Since the fall the sore has grown and turned black. Pain 8/10. No head strike, no LOC.

PMH: ESRD (DM) HD since 2017 | T2DM | PE 2012 (warfarin x 4 yrs, stopped 2016) | HTN | osteoporosis | macular degeneration
PSH: AVF, ORIF R wrist 2014, cataracts
Meds:
 glargine 16u qhs
 amlodipine 5
 sevelamer 800 TID
 cinacalcet 30
 alendronate (held - CKD)
 vitamin D (ergocalciferol) weekly
 no current anticoagulation
All: amoxicillin
Soc: married, lives in a house w/ husband, gardens daily. Never smoker. 1 glass wine/wk.
FHx: mother DM, died of CVA.

ROS: + L calf pain, + fall. Gen: no fevers/chills. Eyes: poor central vision. Cardio/pulm: no CP, no SOB. GI: neg. GU: anuric. MSK: L hip sore from fall, improving. Skin: as HPI. Neuro: no dizziness before the fall, no syncope. Psych: neg. Heme: no bleeding.

PE: VS 36.8  80  134/70  16  97%.  Wt 66.5kg, BMI 26.0
 Calf, L posterior: 6x4cm necrotic ulcer w/ black eschar and violaceous indurated border w/ livedo. Small healing abrasion 2 cm at its inferior margin (from fall).
 L hip: small ecchymosis, FROM, no pain w/ ROM.
 R leg normal.
Xray L hip/femur: no fx.

A/P: 75F HD/DM w/ necrotic L calf ulcer that preceded her fall by a week. ddx calciphylaxis vs arterial ulcer. Fall: mechanical, no injury beyond abrasion/bruise.
 - derm consult, bx
 - PT/OT
 - ABI
"""),
("2020-05-20", "Dermatology Consult", """
Derm consult
75F on HD. L posterior calf ulcer, onset 5/3/20 - spontaneous per pt; fall w/ abrasion to the same calf only afterward (5/10).
Exam: retiform purpura + eschar, deep induration, 6.3x4.1cm.
Punch bx x 2 at border.
Path (5/20 rapid): medial calcium in subcut arterioles, intraluminal thrombi, fat necrosis -> calciphylaxis.
Recs: STS w/ HD, no debridement yet, hydrogel + foam, elevate, avoid trauma.
"""),
("2020-05-26", "Progress Note - Intern", """
PN HD#8
Calciphylaxis L calf (bx-proven) - ulcer stable, less pain. STS continuing. Husband educated. BMI 26.0. Glucose controlled on glargine. Plan d/c to SNF for rehab + wound care tomorrow.
"""),
]}

F11 = {"patient_id": "F11", "age": 49, "sex": "F", "notes": [
("2022-09-26", "Admission H&P - MS3", """
Medicine admission (MS3 T. Ng-Barrios)
49F, Ms. Rosalind Abara

CC: "this spot on my leg, it's killing me"

HPI: 49F, T1DM since age 11 on an insulin pump (cannula always in her abdomen, she rotates around the belly), ESRD (diabetic) on PD since 2020, obesity, gastroparesis, presents w/ a painful lesion of the R outer thigh. It started "since Labor Day" as a hard tender lump, turned dark purple, and a week later the center went black. Pt denies any injury, heat or injecting into either thigh before this (pump sites only ever on abdomen). After it opened she started putting a warm washcloth on it a few times a day, and her PD nurse put a foam dressing over it last week. Pain 10/10 at night, can't let the sheet touch. No fevers. PD fluid clear.

PMH: T1DM (pump) | ESRD on CCPD | gastroparesis | retinopathy s/p laser | obesity | hypothyroid | depression
PSH: PD catheter 2020, laser OU
Meds:
 lispro in pump, basal rate 0.8 units/hr
 metoclopramide 5mg ac (reduced dose)
 levothyroxine 100
 sevelamer 1600 TID
 calcitriol 0.25
 duloxetine 30
 no warfarin
All: morphine - itching
Soc: lives w/ partner + teenage son. Works as a medical coder (home). No tobacco. No EtOH. No drugs.
FH: mom T2DM, sister celiac

ROS:
 Gen: no fevers, bad sleep
 HEENT: blurry vision baseline
 CV: no CP
 Resp: no SOB
 GI: early satiety, intermittent vomiting (chronic)
 GU: some residual urine
 MSK: neg
 Derm: R thigh as HPI
 Neuro: stocking neuropathy
 Psych: depressed mood, no SI
 Endo: lows at night sometimes

PE: T37.0 HR98 BP146/88 RR16 97%  Wt 85.6kg BMI 30.4
 R lateral thigh: 8x6cm indurated purple plaque; center has a 3 cm black eschar, stellate edges, livedo reticularis extending anteriorly. Foam dressing in place on arrival. Exquisitely tender.
 Abd: PD catheter, pump cannula LUQ, mild lipohypertrophy at the pump sites. No purpura on abdomen.
 L thigh normal.

Labs: Ca9.7 PO4 6.8 PTH650 Alb3.2

A/P: 49F PD, T1DM, obese, R lateral thigh necrotic plaque. No preceding local trauma. High suspicion for calciphylaxis. 
 - derm for bx
 - stop warm compresses (could worsen necrosis)
 - wound RN
"""),
("2022-09-28", "Dermatology Consult", """
Dermatology inpatient consult
49F PD, T1DM. R lateral thigh plaque since early Sept, no prior trauma at the site. Pt applying warm washcloths and dressings since it ulcerated.
Bx: 2 x 6 mm punch from plaque margin R thigh.
Imp: r/o calciphylaxis; path pending.
Recs: stop heat. Gentle dressing. Counselled pt: in future avoid heat/cold packs, tight clothing and injections into the thighs, rotate pump sites.
"""),
("2022-10-04", "Progress Note - Intern", """
Intern daily note
Path final: calciphylaxis (calcific small vessel deposits + thrombosis in the subcutis), R thigh.
Today: wound team did sharp bedside debridement of eschar, tolerated w/ premedication. Dressing: hydrofiber + foam.
STS started w/ PD unit (IV 3x/wk). Binder switched. BMI 30.2.
Plan: home w/ home health wound care; derm f/u.
"""),
]}

F12 = {"patient_id": "F12", "age": 59, "sex": "M", "notes": [
("2023-03-06", "Intern Admission H&P", """
PGY1 admission note
Bartholomew Quince, 59M

CC: pannus wound

HPI: 59M, ESRD, HD three days a week via L arm AVG, mechanical MV (warfarin since 2011), class III obesity, OSA, presenting w/ painful wound on the lower abdominal pannus. Started last month as a tender purple area under the belly fold, now w/ large black center and foul smell. Pt specifically denies any shots in the belly (never on insulin, no home heparin), no heat pad, no ice, no belts (wears suspenders), no injuries/scratches/surgery there. Never had a wound on his belly before.

PMH: ESRD (glomerulonephritis) | mech MVR 2011, on warfarin | obesity III | OSA | HTN | afib
 no DM (A1c 5.5)
PSH: MVR, AVG 2018, tonsillectomy
Meds:
 warfarin 7.5mg qd (valve - cardiology keeps his INR 2.5-3.5)
 Toprol XL 100
 sevelamer 2400 TID
 cinacalcet 60
 amlodipine 10
 CPAP qhs
NKDA
Soc: disabled, lives w/ mother. Former smoker 10 pk-yr, quit 2015. No EtOH.
Fam: father valve disease, mother obese + HTN.

ROS:
 Constitutional: subjective chills last night
 ENT: neg
 CV: neg
 Resp: sleeps w/ CPAP
 GI: neg
 GU: anuric
 MSK: neg
 Skin: pannus wound, nothing else
 Neuro: neg
 Psych: embarrassed about the smell

PE: T37.8 HR102 BP130/78 RR20 95%. Wt 151kg, BMI 44.7
 Lower pannus, midline and both sides of midline: 14x9cm area of black necrosis w/ surrounding retiform purpura and woody induration, malodorous drainage at the inferior edge.

Labs: INR3.0, WBC13.1, Ca9.9, PO4 6.9, PTH820. Lactate 1.4.

A/P: necrotic pannus wound, HD + warfarin -> calciphylaxis highly likely, maybe superinfected. Nothing traumatic happened at that site per pt.
 - derm + gen surg consults
 - blood cx, vanc/pip-tazo
 - AC: mech valve, needs AC. Options: continue warfarin vs bridge w/ heparin. Plan to transition to SC heparin into the abdomen once INR drifts down -> discuss w/ cards.
 - surgical debridement being considered next week
"""),
("2023-03-08", "Dermatology Consult", """
Derm c/s
59M HD, warfarin for mech MVR, obese. Lower abd pannus necrosis started ~Feb 2023.
Bx: incisional, edge of necrosis.
Result: extensive calcification of subcut arterioles w/ thrombosis - calciphylaxis confirmed.
Recs: STS w/ HD; discuss AC strategy w/ cards (warfarin is a risk factor); avoid SC injections into the pannus.
"""),
("2023-03-14", "Progress Note - Intern", """
PN
Calciphylaxis of pannus (bx proven). Gen surg: OR debridement planned for later in the week. Cards: must stay on anticoagulation; warfarin continued for now as heparin SC would have had to go into the pannus - SC heparin NOT started. Abx per ID. BMI 44.1.
"""),
]}

F13 = {"patient_id": "F13", "age": 68, "sex": "F", "notes": [
("2020-01-20", "Admission H&P - MS3", """
STUDENT ADMISSION H&P - Gen Med Red
Pt: Marisol Etxeberria, 68F

CC: painful legs, sores both calves

HPI: 68F w/ ESRD (HD Tu-Th-Sa) and insulin-treated T2DM - injects in her abdomen only -, HTN, morbid obesity, who presents w/ painful sores, posterior aspect of both calves. Per pt, they began "around the first of the year" as tender purple blotches on both calves and now both have dark crusts. Pt denies having hurt her legs in any way, does not use compression stockings, no heating pad, no ice. Husband confirms. Also has a sore on her tailbone from sitting in her recliner all day because of the leg pain.

PMH: ESRD (DM) HD since 2016 | T2DM | HTN | obesity, BMI ~34 | CHF | depression
PSH: AVF L, hysterectomy
Meds:
 insulin glargine 28u daily, lispro SS
 carvedilol, hydralazine, isosorbide
 sevelamer 1600 w/ meals
 calcitriol 0.5mcg
 sertraline 100
 no warfarin ever
All: none
Soc: lives w/ husband, retired seamstress, never smoked, no EtOH
FH: sister w/ lupus

ROS: fever none; weight stable; vision fine; no CP; no SOB beyond baseline; GI neg; anuric; bilateral calf pain; skin - calves + tailbone; neuro neg; mood low.

PE: T37.0 HR80 BP150/85 RR18 96%  Wt 88kg BMI 34.0
 Posterior calves, bilateral: L 5x4cm, R6x3cm violaceous retiform plaques with central black eschar, livedo extending up to the popliteal fossae. Tender.
 Sacrum: 2x1.5cm stage 2 pressure injury, pink wound bed, no eschar.
 Abdomen: lipohypertrophy where she injects, no purpura.

A/P: 68F HD/DM obese w/ bilateral calf necrotic plaques - calciphylaxis highly suspected. Sacral pressure injury. 
 - derm for bx
 - SQ heparin for DVT ppx
 - wound RN
"""),
("2020-01-22", "Dermatology Consult", """
Derm consult
Bilateral posterior calf retiform purpura w/ necrosis; no trauma to the legs per pt and husband.
Bx L calf: subcutaneous small vessels calcified, thrombi present -> calciphylaxis.
Sacrum: superficial stage 2 pressure injury - ordinary pressure injury, not calciphylaxis (lacks retiform purpura and induration).
Abdomen: new ecchymoses around the inpatient heparin injection sites on the lower abdomen - these are simple hematomas/bruising from the SQ heparin, not calciphylaxis.
Recs: STS; offload sacrum; switch DVT ppx away from SQ heparin if possible.
"""),
("2020-01-29", "Progress Note - Intern", """
Intern PN
1. Calciphylaxis bilat calves (bx proven) - STS 3x/wk w/ HD, pain improved w/ hydromorphone.
2. Sacral PI (stage 2) - improving, q2h turns.
3. Abdominal bruises from heparin injections - resolving; heparin SQ stopped, SCDs not used d/t calf wounds.
BMI 33.8.
"""),
]}

F14 = {"patient_id": "F14", "age": 56, "sex": "M", "notes": [
("2024-06-10", "Intern Admission H&P", """
H&P (Dr. N. Abiodun, PGY-1)
56M, Mr Crispin Velázquez-Orr

CC: penile pain, black spot

HPI: 56M w/ ESRD on HD (since 2014), long-standing T2DM on insulin (injects into his stomach), PAD s/p R BKA, presents w/ excruciating pain of the glans w/ a black area. Pt states it began roughly 10 days ago - a painful purple spot on the glans, then went dark. He has not been sexually active for a year; denies trauma, catheters, piercing, or any procedure on the penis. In the ED a Foley was placed because he could not void from pain + retention (placed today, after the lesion appeared).

PMH: ESRD (DM) | T2DM 25 yrs | PAD, R BKA 2021 | CAD | HTN | hyperparathyroidism
PSH: R BKA, fem-pop bypass L 2019, AVF
Meds:
 insulin glargine 20u, aspart 5u TID
 aspirin, clopidogrel
 atorvastatin 80
 calcitriol 0.5
 calcium acetate 667 TID
 no warfarin
NKA
Soc: lives w/ brother, ex-trucker, smoker 1/2 ppd current. No EtOH.
FH: DM everybody.

ROS: ENT -, CV -, Resp -, GI - | GU: penile pain, retention | MSK: phantom pain R leg | Skin: penile lesion only | Neuro: neuropathy | Psych: neg | no f/c

PE: T37.2 HR88 BP128/70 RR16 98%  Wt 70kg  BMI 23.8
 GU: glans penis w/ 1.5 cm black dry necrosis dorsally, surrounding violaceous purpura, exquisitely tender. Foley in place.
 Abd: insulin injection marks, no lesions.

A/P: penile necrosis in HD pt w/ DM, PAD -> calciphylaxis vs PAD-related gangrene. 
 - urology, derm consults
 - Ca-based binder off
 - pain
 Counselling given re: calciphylaxis risk: avoid tight underwear, no heating pads/ice on skin, rotate insulin sites.
"""),
("2024-06-11", "Urology Consult", """
Urology consult
56M HD, DM, PAD. Glans necrosis onset ~5/31 per pt, no prior trauma or instrumentation. Foley placed yesterday in ED.
Exam: dorsal glans necrotic eschar 1.5 cm w/ purpuric halo.
Imp: clinical diagnosis of penile calciphylaxis (ESRD, high PTH, distal vessel calcification seen on CT). We do not recommend bx (risk of nonhealing).
Recs: remove Foley ASAP, STS, local care.
"""),
("2024-06-14", "Progress Note - Intern", """
PN
Penile calciphylaxis - clinical dx per urology + derm, no bx. Foley removed 6/12, voiding. STS started. Parathyroidectomy evaluation outpt. Insulin into abdomen per home routine - no lesions there. BMI 23.8.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
