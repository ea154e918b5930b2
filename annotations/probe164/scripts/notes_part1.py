"""probe164 corpus notes, E01-E07 (adolescent and young-adult nephrology transition clinic and
the dialysis, dermatology, surgery, gynecology and ED notes around it; all invented)."""

E01 = {"patient_id": "E01", "age": 15, "sex": "M", "notes": [
("2017-03-02", "Pediatric Nephrology Transition Clinic", """
PEDIATRIC NEPHROLOGY - ADOLESCENT/TRANSITION CLINIC
Harrowgate Children's, Renal Suite B

15 y/o male, ESRD 2/2 posterior urethral valves, chairside HD
Mon/Wed/Fri after school (3rd shift, Larkfield Dialysis). Seen with mom, then
pt alone for part of visit. HEADSS: 9th grade, robotics club, denies
vaping/etoh, not sexually active, mood "fine".

Growth: Ht 149.2 cm (<3rd %ile), Wt 37.4 kg, BMI 16.8 kg/m2 (10th %ile).
Height velocity only 3.1 cm/yr despite optimized nutrition and Kt/V.
Vitals: BP 124/78  HR 88  T 36.6
Labs 2/27: K 4.9 | Ca 9.1 | Phos 6.6 | iPTH 611 | Alb 3.9 | Hgb 10.8 | spKt/V 1.41

Plan:
1. Growth failure of CKD - endo agrees. Somatropin started TODAY 03/02/2017,
   0.05 mg/kg SC nightly. RN taught mom + pt the pen; first dose given here
   into the L thigh. Rotate front/outer R and L thighs each night.
2. CKD-MBD: sevelamer stays 1600 with each meal. The unit gives calcitriol
   0.5 mcg thrice weekly. Phos still up - dietitian f/u, talked about
   chips + dark soda.
3. Transition readiness: TRAQ 2.9/5. Goal before next visit: pt calls in
   his own refills.
RTC 3 mo.
"""),
("2017-06-20", "Dialysis Unit Rounding Note", """
HD ROUNDS - Larkfield Pediatric & Young Adult Dialysis      06/20/17
15M PUV/ESRD, chair 3, 3.5 hr run, EDW 37.0 kg.

S: quiet today, c/o "stabbing" pain of the L outer thigh - keeps the unit
blanket off that leg. Noticed a red-purple spot there 3 wks ago and thought
his GH pen had bruised him. Since then darker and wider. Mom says he has
skipped the last 4 nightly shots b/c of pain.

O: BP 131/80 pre, afebrile. L lateral thigh: 6x4 cm woody, dusky-violet
plaque, purple lacy margin, 1.5 cm blackened middle; cries out with light
touch; nothing fluctuant. Opposite thigh has a few tiny pinpoint marks only.
Today's chem: iPTH 1040, PO4 7.9, Ca 9.8, alb 3.6.

Assessment/plan: necrotic L thigh plaque, PUV teen on HD with phos and PTH
both way up - calciphylaxis high on the list.
- hold somatropin
- urgent peds derm for bx
- STS 12.5 g after each run pending derm (d/w attending Dr. Quillan)
- 2.0 Ca bath, stop calcitriol
"""),
("2017-07-05", "Pediatric Dermatology Follow-up", """
PEDS DERMATOLOGY - follow up                         07/05/2017
Reason: L thigh plaque, biopsy results

15 yo boy on HD, seen w/ father. Onset ~5/30/17 per family (painful red spot
that evolved). Punch bx x2 taken 6/22 from edge of plaque.

Path (HCS-17-4482): von Kossa-positive medial calcium in little arterioles of
the subcutis, intimal thickening, luminal thrombi, necrotic fat lobules ->
fits calciphylaxis.

Exam: L lateral thigh - eschar 5.0x3.5 cm ringed by retiform purpura, less
red than last wk. R thigh clear.

Impression: tissue-confirmed calcific uremic arteriolopathy (calciphylaxis),
L outer thigh. The plaque lies right inside the patch of skin his nightly
growth hormone pen was going into; we'd call this Koebnerization at the
injection sites.

Plan: no further GH injections into the thighs; endo to decide whether to
restart at all. Wound: hydrogel + nonadherent dressing daily by mom, wound
clinic referral. STS continues thrice weekly on the machine. Pain: gabapentin
100 mg given post-dialysis.
Wt 36.1 kg, BMI today 16.6.
"""),
]}

E02 = {"patient_id": "E02", "age": 19, "sex": "F", "notes": [
("2019-12-05", "Young Adult Primary Care Visit", """
YOUNG ADULT PRIMARY CARE - Fenwick St. Clinic
12/05/2019
CC: bad period cramps, med refills

19 yo F w/ ESRD (FSGS, lost her first transplant 2017), dialyzing on a
Tue-Thu-Sat schedule using a tunneled R IJ line at Ostler Dialysis. Here by
herself - first visit she booked w/o her mom (transition step, praised).

HPI: dysmenorrhea worse the last several cycles, missing community college
classes day 1-2. Renal told her no NSAIDs. Since November 2019 she has used a
microwaveable rice-bag heat pack on her lower abdomen most nights, "as hot as
I can stand it", and falls asleep with it on. LMP 11/24. No dysuria, no fever.

Exam: BP 142/88 HR 90 Wt 84.1 kg BMI: 31.4 (obese class I). Abd soft, NT,
faint mottled pink-brown lacy pattern on the skin low on the abdomen.

A/P:
- Primary dysmenorrhea: scheduled acetaminophen days 1-2; gyn referral for
  hormonal options (estrogen ok? will ask renal).
- Mottled skin, likely heat related: counseled lower setting, cloth layer,
  20 min max, never while asleep.
- Obesity: nutrition referral placed.
RTC 3 mo.
"""),
("2020-01-09", "Emergency Department Provider Note", """
EMERGENCY DEPT PROVIDER NOTE        01/09/2020 22:41
CC: "my belly skin is going black"

HPI: 19F ESRD on HD (full run today), severe pain in the skin of her lower
belly. A tender purple patch popped up New Year's Day just beneath her belly
button, has spread, and the middle has gone dark. No fever/chills, no vomiting, no
drainage. Pain 9/10. No recent shots in the abdomen.

PE: T 37.1  HR 104  BP 158/92  RR 18  SpO2 98% RA
Abd: beneath the umbilicus, straddling midline, ~9x6 cm star-shaped purpuric
plaque around a black eschar, livedo beyond; very tender, no crepitus.
Otherwise soft.
Labs: Ca 10.2; WBC 8.9; PO4 7.4; albumin 3.1; lactate 1.1; CK normal.
Noncontrast CT A/P: calcified small vessels in the lower abdominal wall fat,
no soft tissue gas, no abscess.

MDM: nec fasc unlikely (no gas, nl CK, well appearing). Suspect calciphylaxis.
Admit to medicine w/ renal, derm consult AM. Hydromorphone 0.2 mg IV prn.
"""),
("2020-01-14", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT NOTE
Date of service: 1/14/2020
Requesting: Dr. Abernath (Medicine)   Q: ?calciphylaxis lower abdomen

19F ESRD on HD, obese (BMI 31.0 on admission wt). Lesion began 01/01/2020.

Exam: infraumbilical abdominal wall, midline, 10 x 7 cm black eschar with
retiform purpuric rim; firm subcutaneous induration reaching ~3 cm past it.
No other skin lesions.

Procedure: two 6-mm punch biopsies 1/10 at the purpuric rim.
Path: little vessels of the dermis and fat carry mural calcium, clot within
lumens, necrotic fat lobules - this is calciphylaxis.

Dx: calciphylaxis (biopsy proven), lower abdomen.

Rec:
- STS 25 grams IV, infused late in each HD treatment; renal to add a 4th
  run weekly
- stop calcium-based binder; cinacalcet per renal
- eschar: leave it dry and intact, not debriding yet; wound RN for dressings
- palliative care for pain
- nothing injected subcutaneously into the belly wall
"""),
]}

E03 = {"patient_id": "E03", "age": 16, "sex": "M", "notes": [
("2023-08-02", "Adolescent Kidney Transition Clinic", """
ADOLESCENT KIDNEY TRANSITION CLINIC - sports participation visit
Aug 2, 2023

16M w/ ESRD from renal hypodysplasia, nightly CCPD (cycler 9 hr, 5 exchanges,
last fill 1 L). Rising junior at Carver Ridge HS. Wants to try out for JV
soccer; first practice is 8/14/23.

Exam: Wt 56.8 kg, Ht 166 cm, BMI 20.6. BP 118/70. PD exit site L of the
umbilicus clean/dry, no crust. Skin of legs intact.
Chem/heme: Ca/Phos/PTH 9.4/6.2/558; alb 3.8; Hgb 11.4; weekly Kt/V 2.0.

A/P:
1. Sports clearance: OK for JV soccer w/ precautions - catheter immobilizer
   belt, drain before practice, no goalkeeping, hydrate per fluid plan.
   Standard shin guards required by league - fine.
2. Hyperphosphatemia: two 667-mg calcium acetate caps per meal; add
   cinacalcet 30 mg. Went over phosphorus in sports drinks.
3. Transition: TRAQ 3.4/5, pt names all meds and doses unprompted.
Both parents in for the last part of teh visit.
"""),
("2023-09-12", "Home PD Clinic Note", """
HOME PD CLINIC - monthly     9/12/2023     RN + MD visit

S: 16M on CCPD. Complains of sore spots down BOTH shins since Labor Day. Has
played JV soccer since first practice 8/14; wears shin guards at every
practice and game, "they're tight, dad got the small ones". Denies being
kicked in the shins. No fever. Mom worried they're infected.

O: BP 122/74, Wt 56.1 kg (BMI 20.4). Bilat anterior lower legs: on each shin a
horizontal band of purple netted discoloration ~2 cm wide at the lower rim of
where the guard sits, with 1-2 cm black necrotic centers; R 4 cm long, L 3 cm.
DP pulses 2+. Exit site ok, effluent clear.
Monthly bloods: calcium 10.1, phosphorus 7.0, PTH 702.

A/P: ulcers on both shins with retiform purpura; on PD and his calcium-phos
product is running high - worry for calciphylaxis vs plain pressure injury
from the guards.
- no soccer, no guards for now
- derm this week for bx
- stop the calcium acetate; sevelamer carbonate 800 with meals
"""),
("2023-09-20", "Dermatology Clinic Note", """
Dermatology Clinic Note          20-Sep-2023
16-year-old male on CCPD, referred for bilateral shin necrosis.

Onset Labor Day (9/4/23), three weeks into JV soccer with shin guards.
Bx (punch, L shin, 9/14): subcutaneous arterioles, walls crusted with
calcium, fibrin clot - calciphylaxis.

Exam: black eschars, R shin 4.5x2 cm and L shin 3.5x2 cm, each rimmed by
retiform purpura, running in a horizontal line right where the bottom border
of the shin-guard imprint falls. Calves and feet spared.

Assessment: calciphylaxis of both lower legs, biopsy-confirmed. The ulcers line
up with the lower rim of his shin guards on both sides - a pressure-induced
(Koebner-type) distribution.

Plan: no shin guards/soccer this season; sodium thiosulfate - renal to pick IV
vs intraperitoneal; wound care medical honey + silicone foam; school note for
PE. BMI 20.5. F/u 2 wk, sooner if drainage or fever.
"""),
]}

E04 = {"patient_id": "E04", "age": 22, "sex": "F", "notes": [
("2022-02-04", "General Surgery Discharge Summary", """
GENERAL SURGERY DISCHARGE SUMMARY
Admit 02/02/2022   Discharge 02/04/2022

22F w/ ESRD (SLE, ISN/RPS class IV nephritis), on Mon-Wed-Fri hemodialysis
with a left brachiocephalic fistula; antiphospholipid syndrome, warfarin w/
target INR 2 to 3. Came in w/ RLQ pain; CT: acute nonperforated appendicitis.

Warfarin held and 2.5 mg PO vitamin K given; INR 1.4 on 2/3.
Procedure 02/03/2022: laparoscopic appendectomy (Dr. Penhallow). Ports: 12 mm
umbilical, 5 mm suprapubic, 5 mm left lower quadrant. Uncomplicated, EBL
minimal. Skin: subcuticular monocryl, dermabond.
Post-op HD 2/3 without heparin.

Course: diet advanced POD 1, pain fine on acetaminophen, oxycodone 2.5 only
twice. Warfarin restarted evening of 2/4, no bridge per heme (INR to be
drawn at HD).

Discharge meds: warfarin 5 qd; HCQ 200 qd; pred 5 qd; sevelamer 800 w/ meals;
cinacalcet 30 qd; acetaminophen prn.
Wt 64.2 kg, BMI 24.3.
F/u: surgery clinic 2 wk; nephrology at HD.
"""),
("2022-02-17", "Surgery Clinic Post-op Visit", """
SURGERY CLINIC - POST OP            2/17/22

22F s/p lap appy 2/3. Doing well. Back at HD, back in classes (LPN program,
mostly online this term). Eating fine, BMs daily, pain 0-1/10, off oxycodone.
Mom drove her today; pt gave her own history and med list.

Incisions: umbilical, suprapubic and LLQ port sites all healed, no erythema,
no drainage, glue flaking off. Abdomen soft, nontender.
Path: acute appendicitis, no neoplasm.
INR 2.4 at HD Monday.

Plan: cleared for usual activity, no lifting over 10 lb for 2 more weeks.
Return PRN. Reviewed signs of wound infection w/ pateint.
"""),
("2022-04-01", "Surgery Clinic Add-on Visit", """
SURGERY CLINIC - add-on visit               04/01/2022
Sent by HD unit RN for "wound at old port site".

22F s/p lap appy 2/3/22. About 5 weeks ago the LLQ port scar became very
sore and a purple-red firm area grew around it; over the last ten days its
middle turned black. Pain 8/10 - she is awake half the night with it. No
fever or drainage.

Meds: warfarin 6 mg (INR 2.9 last HD), HCQ, prednisone 5 mg, sevelamer,
cinacalcet.
Exam: T 36.9, BP 146/90, HR 84. L lower quadrant: 5x4cm firm, plum-colored
plaque, 2 cm central eschar, netlike purpura at its margins, centered on the
healed 5 mm LLQ port incision. Umbilical + suprapubic scars normal.

Imp: not a typical SSI (late, no pus). DDx calciphylaxis (ESRD + warfarin),
warfarin necrosis, thrombotic vasculopathy of APS.
Plan: urgent derm for biopsy; no I&D; d/w nephrology (Dr. Ruiz-Halden).
"""),
("2022-04-12", "Dermatology Consult", """
DERM CONSULT - Tillbury Medical Center            04/12/2022
22F, ESRD on HD, SLE/APS on warfarin.

HPI: painful LLQ lesion since late Feb (~2/25/22), after lap appy 2/3/22.
Incisional bx 4/5 at plaque edge: calcium lining the walls of small-to-mid
sized arterioles in the fat, thrombosed lumens, septal and lobular
panniculitis; no vasculitis.

Exam: L lower quadrant plaque now 6.0x4.5 cm, retiform purpura, 2.5 cm adherent
eschar, firm cord-like induration under it.

Dx: calciphylaxis, biopsy-proven, arising at the healed left lower quadrant
laparoscopic port incision (surgical-site Koebner phenomenon).

Rec:
- nephrology/heme: change warfarin to apixaban if APS allows
- IV STS 25 g 3x/wk with HD; HD intensification
- wound clinic for dressings; avoid further procedures to that area unless
  essential
BMI 24.0.
"""),
]}

E05 = {"patient_id": "E05", "age": 17, "sex": "M", "notes": [
("2019-05-30", "Hemodialysis Progress Note", """
Larkfield Dialysis - Young Adult Pod        HD progress note 5/30/19

17 yo M, ESRD d/t Alport syndrome (bilat hearing aids), HD T/Th/Sat 2nd
shift via R radiocephalic AVF.
Interval: on Memorial Day he wiped out on his BMX bike at the skatepark and
the pedal gouged his R calf, posterior aspect. Superficial abrasion ~6 x 2 cm R
posterior calf, cleaned by mom, now scabed. No other injuries, no head
strike. Td up to date (2017).

Vitals pre 146/88, 82, 36.7; post 128/76. UF 2.4 L, EDW 61.0 kg, BMI 19.6.
Access: good thrill/bruit.
Monthly labs: Hgb 10.1 | alb 4.0 | iPTH 930 | PO4 7.1 | Ca 9.6 | URR 71%.

Plan:
- abrasion: keep clean, bacitracin, dry dressing
- PTH rising: cinacalcet 30 -> 60 mg
- missed 2 Saturday runs this month; pt wants evening shift for his summer
  job at a bike shop - SW to look at chair availability
"""),
("2019-07-02", "Emergency Department Note", """
ED NOTE                    07/02/2019
17M, ESRD on HD (Alport), sent over by his dialysis unit for a painful leg
wound.

Reports a spot behind his R calf started hurting and turning purple on
06/24/2019; now a black scab, pain 10/10, can't sleep. Denies fever. Denies
any new injury.

PE: T 37.4  BP 151/93  HR 99
R posterior calf: 4x3 cm black eschar on a firm violaceous plaque with lacy
livedo surrounding it, markedly tender; no streaking, no fluctuance.
DP/PT pulses 2+ bilat, cap refill <2 s.
Labs: WBC 7.2, CRP 18, Ca 10.0, Phos 8.2.
Tib/fib films (R): calcified small vessels in the soft tissue, no gas.

Imp: necrotic ulcer R calf in ESRD - concern for calciphylaxis vs ecthyma.
Vancomycin 1 g IV (re-dose at HD). Derm + wound consult, admit to obs.
"""),
("2019-07-10", "Wound Care and Dermatology Clinic", """
WOUND CARE & DERM JOINT CLINIC          7/10/2019

17M on HD. Bx 7/3 (punch, R calf): calciphylaxis - mural calcification of
subcutaneous arterioles, fat necrosis, no organisms on special stains.

R posterior calf ulcer 4.2x3.1 cm, eschar covers all of it, dry, purpura at
the periwound. Pain 7/10; sodium thiosulfate started 7/5 with HD.
No debridement today (stable dry eschar).

Dressing: povidone-iodine paint + dry gauze daily. Pillow under the thighs in
bed so nothing presses on the calf.
Nephrology: HD 4x/wk this month, calcium carbonate -> lanthanum.
Social: bike-shop job on hold; school SW helping w/ senior-year schedule and
home instruction.
Wt 59.8 kg, BMI 19.2. RTC 1 wk.
"""),
]}

E06 = {"patient_id": "E06", "age": 20, "sex": "F", "notes": [
("2020-09-08", "Adolescent and Young Adult Gynecology", """
ADOLESCENT & YOUNG ADULT GYNECOLOGY
Visit date: 8 Sep 2020

20 y.o. G0 w/ ESRD from reflux nephropathy (bilateral ureteral reimplants as a
child), on CAPD x 2 yr, 4 exchanges/day. Referred by renal for heavy,
irregular menses (Hgb falling despite ESA) and wants reliable contraception
while listed for transplant.

Options reviewed: LNG-IUD, implant, DMPA. Estrogen avoided (HTN). Pt chose
DMPA, would like to revisit IUD later.
Vitals: BP 136/84, Wt 88.0 kg, Ht 171 cm, BMI 30.1. UPT neg.

Procedure: first Depo-Provera (medroxyprogesterone acetate 150 mg) IM today,
R upper outer buttock (dorsogluteal), 22g 1.5" needle. Tolerated well, no
bleeding.

Plan: next dose in 11-13 wk (late Nov - early Dec); no extra OTC calcium
(per renal); bleeding diary app; call for heavy bleeding.
"""),
("2020-10-20", "PD Clinic Note", """
PD CLINIC NOTE               10/20/2020

20F on CAPD. Since early October there is a sore, rock-hard knot in her R
buttock, "worse than the shot ever was". Hurts to sit in class (cosmetology
school) and on the bus. No fever. Effluent clear, no peritonitis sx.

Exam: BP 140/86, Wt 87.6 kg. R upper outer buttock: firm 4-cm subcutaneous
nodule, exquisitely tender, mottled violet skin over it, 1 cm dusky center.
L buttock normal. Exit site looks clean.
Bloods: PTH 1130 (up from 720), PO4 6.9, Ca 9.9, albumin 3.3.

A/P: painful indurated nodule at the site of her 9/8 DMPA injection. DDx
sterile abscess, fat necrosis from the injection, calciphylaxis (high PTH, on
a calcium binder).
- urgent derm referral, soft-tissue US
- calcium carbonate off; sevelamer 1600 with meals
- hold next Depo until this is sorted out; gyn aware
"""),
("2020-11-03", "Dermatology Clinic Note", """
DERMATOLOGY                          11/03/2020
Chief concern: R buttock plaque

20F on CAPD. Lesion since early Oct 2020. US 10/22: no fluid collection.
Incisional bx 10/27: stippled calcium in arteriole and capillary walls
throughout the fat, clot in the lumens, dead fat; von Kossa +. Reads as
calciphylaxis.

On exam: the R upper outer buttock carries a 5x4 cm retiform purpuric plate
with a 2 cm eschar in its middle, right at the DMPA injection point.

Assessment: R buttock calciphylaxis confined to the exact spot of her first
Depo-Provera shot - likely injection-triggered (Koebner phenomenon).

Plan: STS IP vs IV per renal; avoid intramuscular shots in either buttock from
now on; gyn to move her to an LNG-IUD. Wt 87.7 kg, BMI 30.0. Photos to chart.
F/u 3 wk.
"""),
]}

E07 = {"patient_id": "E07", "age": 24, "sex": "M", "notes": [
("2024-10-08", "Young Adult Nephrology Clinic", """
YOUNG ADULT NEPHROLOGY (post-transition) - clinic note      Oct 8 2024

24 yo M, youth-onset type 2 DM (dx age 13), diabetic kidney disease -> ESRD,
on in-center hemo Mon/Wed/Fri since 2023, L upper arm AVF. Works nights at a
distribution warehouse. Moved into a basement apartment in Sept - "it's
freezing down there".

Meds: insulin glargine 22 u qHS into the abdomen, lispro sliding scale,
sevelamer 1600 TID, cinacalcet 60, amlodipine 10, ESA at HD.
Vitals: BP 150/94, HR 86, Wt 118 kg, BMI=37.1. A1c 8.4.
Labs (10/4): PTH 790 pg/mL, phos 6.5, Ca 9.3, alb 3.7.

A/P:
- DM: glargine up to 24 u, pt to send sugars via portal weekly
- obesity: referred to young-adult weight program
- CKD-MBD: skipping lunch binder doses (sleeps days) - moved to breakfast/
  dinner schedule
- transplant re-eval once BMI < 35; pt motivated
"""),
("2024-12-10", "Hemodialysis Rounding Note", """
HD ROUNDING                      12/10/2024

Pt c/o R hip pain; says a "purple burn" came up there two weeks ago. He has
slept next to a small electric space heater since the fall (cold basement),
lying on his L side w/ the R side up toward it, heater about 1 ft from
his R hip and flank.

Exam: R lateral hip: 7x5 cm hard, very tender violaceous plaque whose center is
a 2-cm black eschar, inside a wider reticulated brown-red mottled patch that runs
from the R flank down over the hip. L side clear.
BP 162/90. Phos 7.8, Ca 10.0, PTH 1210.

A: necrotic plaque R hip, concern for calciphylaxis on skin that has been
heated night after night (background looks like erythema ab igne).
P: derm consult; stop the space heater (gave info on renters' heating
assistance); STS with HD pending derm. Pain: APAP, no NSAIDs.
"""),
("2024-12-19", "Dermatology Consult", """
DERMATOLOGY CONSULT                     2024-12-19
24M with ESRD on hemodialysis, type 2 DM on insulin, obese (BMI 36.8).
Lesion R lateral hip, first noted 11/26/24.

Bx 12/12: calciphylaxis - arterioles of the fat calcified and thrombosed,
extravascular calcium deposits too. Overlying dermis with
changes of erythema ab igne.

Exam: R lateral hip eschar 3.0x2.5 cm within an 8 x 6 cm indurated purpuric
plaque; net-like hyperpigmentation across the R flank/hip. No other lesions;
abdominal wall (insulin sites) without plaques.

Assessment: R hip calciphylaxis, biopsy-proven, arising within skin
chronically heated by the space heater (thermal Koebner).

Plan: no heat source near the skin; STS IV 3x/wk with HD; calcium alginate +
ABD pad daily; plastics not now; parathyroid surgery referral.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
