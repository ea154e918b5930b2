"""probe156 corpus notes, F01-F07 (night-float cross-cover, rapid-response and sign-out notes,
plus the clinics around them; every patient, place and sentence invented)."""

F01 = {"patient_id": "F01", "age": 58, "sex": "F", "notes": [
("2019-03-22", "Night Float Cross-Cover Note", """
NIGHT FLOAT CROSS-COVER NOTE -- 5 West, rm 512
Paged 01:40 by RN Marisol T.  Reason: new severe R arm pain, pt tearful, wants "something
stronger"

58yoF. ESRD; she dialyzes Tue-Thu-Sat at Brackley unit (L BC fistula). DM2 on basal insulin,
HTN, obesity.
In since 3/20 w/ K 6.4 after a skipped run. Day team s/o: "stable, HD in AM, nothing to do."

S: R arm, back side, has burned/ached since Tuesday 3/19, much worse tonight, 9/10,
cannot lie on that side. No fever/chills. No falls. Her daughter Renata draws up + gives the
insulin glargine 28u qHS into the back of the R arm ("L arm is the fistula, nobody sticks it")
every night since the insulin was started 02/11/2019.

O: T37.4  HR96  BP148/82  RR18  SpO2 97% RA
R posterior upper arm: approx 6x4 cm violaceous indurated plaque, dusky netlike border,
gray-black dot ~1cm in the middle, exquisitely TTP. No fluctuance/streaking.
K 5.1 (6.4 on admit)  Ca 9.9  PO4 7.8  PTH 1140 in Jan.

A/P: painful retiform plaque R post arm in HD pt w/ big Ca x P -- worried re calciphylaxis;
ddx cellulitis, hematoma, panniculitis.
- hydromorphone 0.2mg IV x1 now, oxycodone 5mg q4h prn
- borders marked w/ skin pen 0205
- derm consult in AM
- RN told: no more insulin into R arm; tonights dose given in abd
- to day team 0700 as watcher
"""),
("2019-03-23", "Dermatology Inpatient Consult", """
DERM C/S (INPT)
Asked by: Hospitalist svc (Dr. Okonkwo-Pratt)   Q: painful plaque R arm, ?calciphylaxis

HPI: 58F, HD-dependent, DM2 needing insulin. Pain + purple color over the posterior R
upper arm began 3/19/2019. Per pt and daughter, this is the exact patch of skin where the daughter
has injected the nightly glargine since it was begun on 2/11/19; they "go round in a circle
about the size of my hand" because the other arm carries the fistula. Family denies heating
or icing it. No earlier sores like this. Never took coumadin.

Exam: R posterior upper arm w/ 7x4.5 cm retiform purpura, at its middle a stellate black
eschar 1.2 cm, firm induration to the rim, marked tenderness. Abdomen, thighs, buttocks and
shins clear.

Procedure: consent obtained. Two 4 mm punches (edge, and just off the eschar) from the R
arm plaque; routine stains plus calcium stain requested. Gelfoam, one 4-0 nylon each.

Impression: eschar-topped retiform purpura at her insulin injection site, back of R arm, in
an HD pt -- highly suspicious for calciphylaxis, await path.
Recs: all injections out of the R arm; discuss sodium thiosulfate w/ renal; nonadherent
dressing daily, no sharp debridement for now. Will f/u path.
"""),
("2019-03-28", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE -- HD day (Thurs)

Path (3/23 punch x2, R arm): tiny arterioles of the fat w/ mural calcium, thickened
intima, clot in lumens; calcium stain +. Diagnostic of calciphylaxis.

S: pain 5/10 on oxy, slept 5 h. Daughter now giving the glargine in the abdomen.
O: pre-HD BP136/78, wt 91.8kg (EDW 90.5), BMI 33.1 (obese)
R posterior upper arm eschar unchanged 7x4.5, rim less red. L AVF good thrill/bruit.
Hgb 9.7, Alb 3.1, PTH 1022, Ca 9.2 (phos 6.4)

A/P: 58F, HD TTS, now w/ calciphylaxis proven by bx, posterior R upper arm,
which arose right where her insulin has been going in.
1. STS 25g IV, infused in hour 4 of each run (first dose 3/26)
2. calcium acetate off -> sevelamer 1600mg TID w/ meals; cinacalcet 30 -> 60
3. 4 h runs, dialysate Ca 2.0, add a Mon session this wk
4. no warfarin, no IV vit D pulses
5. wound RN to see; analgesia per primary
Dispo: home w/ home health when oral analgesia suffices.
"""),
]}

F02 = {"patient_id": "F02", "age": 71, "sex": "M", "notes": [
("2023-08-27", "Night Float Cross-Cover Note", """
NF X-COVER  8/27/23  0310   6 East
Called by RN Tobias re: pt keeps pulling off his SCD sleeves, restless

71M. Dialysis M-W-F thru a R IJ permcath. AF; warfarin HELD (INR 5.8 + melena on arrival).
DM2 on linagliptin, ischemic CM EF 35%, OSA, obesity. Admitted yesterday 8/26 w/ UGIB + vol.
Per RN the SCD sleeves went onto both calves as soon as he reached 6E on 8/26 (no heparin ppx
while bleeding).

S: "those things squeeze my legs all night, I can't sleep." Knows he is in hospital, not date.
O: T36.9  HR88 irreg  BP118/64  RR18  SpO2 94% 2L NC
Calves soft, nontender, skin intact; old brawny stasis color over both shins.
Hgb 7.6 (7.9 at 1800), no further melena per RN.

A/P: mild hyperactive delirium (sleep/environment, ?uremia), no focal deficit.
- reorientation, lights off, glasses at bedside
- SCDs reapplied to both calves, RN to check skin q4h
- no benzos; haloperidol 0.5mg only if unsafe
- repeat H/H 0600, GI aware -- EGD today
"""),
("2023-09-05", "Night Float Cross-Cover Note", """
NIGHT FLOAT NOTE   9/5/2023 2340   (6E, hosp day 11)
Paged: "new bruises and bad leg pain"

71M on HD MWF, AF w/ warfarin on hold since admit, UGIB s/p EGD w/ clip x2 8/27, CHF.
S: says both calves began hurting and "going purple" on Labor Day, much worse today,
8/10, any touch or sheet makes him yell.
VS T37.0, HR92, BP104/58, RR20, 95% on 2L
Bilat posterior calves: symmetric lacy violaceous livedo w/ several firm purpuric plaques
3-5 cm; on the L one a dusky 1.5cm middle -- early eschar? DP/PT dopplerable bilat.
No crepitus, compartments soft.
INR 1.4, Alb 2.6, WBC 9.8, Ca 9.4, PO4 8.2

A/P: painful retiform purpura, both calves, dialysis pt -> concerning for calciphylaxis.
Ddx warfarin skin necrosis (but INR was high, not starting), cellulitis, atheroemboli
(never cathed), vasculitis.
- derm c/s AM, photos uploaded to media tab
- stop the calcium carbonate, renal to weigh in on STS
- hydromorphone 0.2 IV q3h prn, air mattress
- upgraded to watcher; if fever or crepitus -> surgery + broad abx
"""),
("2023-09-07", "Dermatology Consult", """
Dermatology Consult Note
CC: painful purple areas both lower legs x 3 days

71 y/o man on HD, anticoagulation held for GI bleed, now w/ retiform purpura of the legs.
Primary team notes reviewed. He is uncomfortable but cooperative.

Skin exam:
- R posterior calf: 10x6 cm livedoid violaceous plaque, stellate edge, indurated
- L posterior calf: 12x7 cm similar plaque w/ a black 2cm eschar in its middle, dry
- shins w/ hemosiderin staining (chronic venous), dorsal feet clear, thighs clear
- no palpable purpura elsewhere, mucosa normal

Procedure: 4 mm punch at the L calf plaque margin, sent for routine + calcium stains
(pt consented; bleeding controlled w/ pressure and one stitch).

Assessment: retiform purpura of both posterior calves, early eschar, in a dialysis
patient with PO4 8 and recent warfarin exposure. Clinical picture is that of calciphylaxis;
biopsy sent for confirmation and to rule out a vasculitis.
Plan: gentle care only, petrolatum gauze + ABD, no compression wraps, pain per primary.
"""),
("2023-09-14", "I-PASS Handoff", """
I-PASS HANDOFF -- 6E team B, night intern <- day senior   9/14/23
I: WATCHER
P: 71M ESRD HD MWF, AF, UGIB (resolved, Hgb stable 8.4), now biopsy-proven calciphylaxis of
   both posterior calves (path 9/11: calcified walls of small arterioles, positive calcium
   stain, no vasculitis). BMI 38.2 on today's bed scale (38.9 on admit).
A: - STS 25g w/ each HD (next dose Fri 9/15 at HD)
   - warfarin off permanently; apixaban 2.5 bid began 9/12 (cards + GI ok)
   - dressings daily by RN, wound team Tues/Fri
   - pain: hydromorphone PO 2mg q4h prn, gabapentin 100 post-HD
S: if pain 8+/10 despite prn -> call, can give IV hydromorphone x1
   if T > 38.3 or purulence from L calf -> cultures, vanc/cefepime (renally dosed)
   if melena again -> hold apixaban, GI pager 4471
S: night intern read back: watcher, STS Fri, never restart warfarin, bleeding plan ok.
"""),
]}

F03 = {"patient_id": "F03", "age": 66, "sex": "F", "notes": [
("2021-11-08", "ED Provider Note", """
EMERGENCY DEPT PROVIDER NOTE

Chief complaint: L side pain + "purple spot"
HPI: 66 yo woman w/ ESRD on PD (CCPD nightly x3 yrs), HTN, hypothyroidism, obesity, chronic
L-sided back pain, p/w worsening L flank pain and a dark patch of skin she first noticed
in mid October. Pain is burning, 8/10, worse w/ any light touch. No fever, no rash elsewhere,
says PD bags look clear, belly nontender. No dysuria.

ROS otherwise neg.
Exam: T37.1  HR84  BP162/90  SpO2 98%
L flank between the costal margin and iliac crest, at the posterior axillary line: 8x6 cm
hard purple-violet plaque, stellate purpuric margin, two small black crusts, exquisite TTP.
Not dermatomal, no vesicles, no warmth tracking. Abd soft; PD catheter exit RLQ clean, no
tunnel tenderness.
Labs: lipase nl, Alb 3.3, WBC 8.1; Ca 10.2, phosphorus 6.9. Cell count of PD fluid 12 WBC.

MDM: painful necrotic plaque in a PD patient w/ high phosphorus. Ddx: calciphylaxis,
cellulitis/abscess, zoster (no vesicles), warfarin necrosis (not on warfarin).
Admitting to hospitalist for analgesia; derm + renal consults.
"""),
("2021-11-09", "Nocturnist Admission H&P", """
NOCTURNIST ADMISSION NOTE  0020  7 South
Source: ED, pt, husband Wendell at bedside

ID: 66F, ESRD on CCPD, HTN, hypothyroid, obesity, here w/ painful L flank plaque.
HPI: in summer 2021 her old L back/flank pain flared; since then, every evening while on the
cycler she heats a rice-filled sock in the microwave ~2 min and holds it against the L flank
for an hour or more -- "nothing else touches the pain." Noticed the purple, hard area at that
spot mid-Oct, now black in two places. Has NOT used a heating pad or hot tub.
PMH: ESRD 2/2 FSGS, CCPD since 2018; HTN; hypothyroid; obesity; OA knees. No DM.
Meds: levothyroxine, amlodipine, calcium acetate 667 x2 TID, calcitriol, EPO at PD clinic.
No anticoag, never on warfarin.

O: T36.8  HR80  BP150/84  SpO2 97%  wt 80.1kg
L flank plaque as per ED, marked w/ pen. No other lesions on thighs or abdomen.

A/P:
#painful necrotic L flank plaque -- probable calciphylaxis; heat exposure noted
- stop calcium acetate, stop calcitriol; sevelamer
- derm for bx, renal for PD Rx
- oxycodone 2.5-5mg q4 prn, lidocaine patch NOT over lesion
- no heat packs while admitted (told pt + husband)
#ESRD on PD: continue home CCPD tonight
"""),
("2021-11-12", "Nephrology Consult Follow-up", """
NEPHROLOGY (PD) FOLLOW-UP

Bx result: 11/10 punch, L flank -- subcutaneous arterioles calcified and
clotted; positive VK stain. CALCIPHYLAXIS confirmed.

66F on CCPD. Plaque at the L flank sits precisely where she has held the microwaved rice sock
every night since the summer; in my view the repeated heat injury likely localized the lesion.
Counselled pt and husband: no heat of any kind on the skin.

Vitals: BP144/80. Wt 79.6kg, BMI 29.8 -- hx obesity (class I) w/ some wt loss this yr.
Labs: iPTH 488, Ca 9.6, PO4 6.1, Alb 3.2. Clearance (Sept): Kt/V 1.8/wk

Plan:
1. sodium thiosulfate IV 3x/wk here, then at PD center via infusion chair
2. icodextrin for the long dwell; add an extra exchange to boost Phos clearance
3. binder: sevelamer only; calcitriol held; start cinacalcet 30 daily
4. wound care: hydrocolloid to crusts, no debridement yet
5. f/u PD clinic in 1 wk
"""),
]}

F04 = {"patient_id": "F04", "age": 54, "sex": "F", "notes": [
("2022-05-17", "Breast Imaging Procedure Note", """
STEREOTACTIC CORE NEEDLE BIOPSY - LEFT BREAST
Date of service: 05/17/2022

Indication: screening mammogram 4/28/22 w/ a new 9 mm group of fine pleomorphic
calcifications, L breast 2:00, 6 cm from nipple, BI-RADS 4B.
Pertinent hx: ESRD -- Mon/Wed/Fri chair at Quarry Rd HD, DM2 using insulin, BMI 42.7. No
anticoagulants; ASA held 5 d.

Procedure: risks incl bleeding, infection, nondiagnostic sampling discussed; consent signed.
Pt prone on dedicated table, lateral approach. After local anesthesia, a 9G vacuum-assisted
needle was advanced to the target; 12 cores obtained. Specimen radiograph: calcifications
present in 4 cores. Marker clip deployed. Post-procedure 2-view mammo: clip at biopsy site.
Hemostasis achieved. Steri-Strips and gauze applied to the L breast skin nick.
Complications: none. Pt tolerated well, left ambulatory w/ written aftercare.

Pathology addendum 5/20/22: benign breast tissue w/ fibrocystic change; calcifications are
within the walls of small arteries (medial arterial calcification). No atypia.
Concordant benign. Return to annual screening.
"""),
("2022-06-21", "Nocturnist Admission H&P", """
NOCTURNIST H&P  6/21/22  2210   Medicine, 4 West

CC: L breast pain, black skin
HPI: 54F, HD-dependent ESRD (MWF, L thigh AVG), DM2 on glargine + lispro, morbid obesity, HTN,
CAD w/ stent 2019. Had a stereotactic core bx of the L breast on 5/17 (benign, vascular
calcs). About 2 wks ago she felt a hard, very sore spot at the top outer part of the L breast
that turned purple and then black. Missed no HD runs. Afebrile at home; nipples normal.

O: T37.6  HR102  BP172/96  RR18  SpO2 96% RA  BMI 42.4
L breast, upper outer quadrant around 2:00: 4x3.5 cm stellate black eschar on a 9 cm
violaceous, indurated, netlike base; very tender; no fluctuance; tiny healed nick scar
within it. Contralateral breast unremarkable, axillae w/o adenopathy.
Labs: lactate 1.4 | WBC 11.2 | PTH 906 | Ca 10.4 | PO4 7.5

A/P:
#necrotic L breast plaque: ddx calciphylaxis (HD + high Ca x P), infected hematoma/abscess
after bx, fat necrosis. US breast in AM to look for collection; blood cx x2;
vancomycin (HD dosing) for now. Derm + breast surgery consult.
#ESRD: HD tomorrow per schedule; renal aware. #DM2: glargine 20u + SSI.
"""),
("2022-06-27", "Dermatology Consult Follow-up", """
DERMATOLOGY FOLLOW-UP NOTE (inpatient)

Path from 6/23 incisional wedge, L breast: calcium deposition in small and medium vessel walls
of the subcutaneous fat w/ thrombosis and fat necrosis; VK stain shows the calcium.
Tissue cx no growth. Final: CALCIPHYLAXIS, L breast.

The eschar is centered on her core biopsy site from 5/17/2022 (clip on mammo sits under it);
symptoms began about 6/7 by pt's account, ~3 wks after the bx. We think the needle biopsy
set it off locally, given vessels that were already calcified.

Exam today: L breast eschar 4.5x3.5 cm, rim violaceous but not spreading (compared with
marked border). Abdomen, thighs, calves: nothing new.

Recs:
- STS w/ each HD per renal; switch to non-calcium binder
- no further biopsies or debridement in the breast unless infected
- Mepilex border over eschar, change q3d; well-fitted soft bra, no underwire
- pain: scheduled APAP + low-dose hydromorphone prn
- insulin injections to abd/thighs only, never upper body
- outpatient derm wound clinic 2 wks
"""),
]}

F05 = {"patient_id": "F05", "age": 47, "sex": "F", "notes": [
("2018-03-13", "Home Dialysis Clinic Note", """
HOME DIALYSIS (PD) CLINIC - MONTHLY VISIT   3/13/18

47 y/o F, diabetic ESRD, cycler PD (CCPD) since 11/2016, DM2 on glargine 24u +
aspart w/ meals (she injects the insulin into her belly).
Anemia of CKD: Hgb 8.9 in Dec -> darbepoetin (Aranesp) 60 mcg SC q4 wk was started in
Jan 2018. She asked that the Aranesp go in the R lateral thigh, "belly is for my insulin";
RN has given every dose there. Dose #3 given today, R lateral thigh, by RN Fiona.

Interval: no peritonitis, no exit site issues. Rx 5 exchanges of 2.2 L on the cycler, day dwell
1.5 L.
Vitals: BP138/82, weight 71.4kg, BMI 26.5
Exam: no edema, exit site clean/dry, skin intact.
Labs: Hgb 9.6 (up), TSAT 28%, ferritin 410; Ca 9.1, PO4 6.6, PTH 640; albumin 3.4; weekly Kt/V
1.9 (Feb)

Plan: continue Aranesp 60 q4w; sevelamer 800 -> 1600 TID; diet teaching re phos w/ RD;
A1c 8.2 -> endo referral; next visit 4 wks.
"""),
("2018-04-22", "Night Float Cross-Cover Note", """
NF cross cover  04/22/18  0135   8 North

Paged by RN re: "leg pain out of proportion, pt crying"
47F on cycler PD, insulin-treated DM2, adm 4/20 w/ PD peritonitis (turbid bags, 1800 WBC,
cx pending) on IP vanc + ceftaz.

S: pain in R outer thigh x 10 days, worse tonight, says "burns deep, like under the skin", cant
bear sheet on it. Effluent clearing per RN.
O: T37.8  HR104  BP128/70  RR18  SpO2 98% RA
R lateral thigh mid-third: 5x7 cm violaceous net-like patch, firm, dusky center w/ a
little blister, very TTP. No crepitus. Abd mild diffuse tenderness, no rebound.
Ca 9.4  PO4 7.0  WBC 12.9

A/P: dysesthetic retiform patch R thigh on PD -- could be early calciphylaxis; cellulitis
less likely (no spreading redness), hematoma?
- APAP 1g now, hydromorphone 0.2 IV x1
- circle lesion, derm c/s in AM, ask re bx
- no SC meds into R thigh until seen
- continue IP abx, PD team aware
"""),
("2018-04-25", "Dermatology Consult Follow-up", """
DERM CONSULT F/U   4/25/2018

Reason: R thigh plaque, ?calciphylaxis. Seen w/ attending Dr. Halvorsen.
47F on PD w/ insulin-treated DM. Pain R lateral thigh started about 4/12/18. She has had
monthly darbepoetin injections in exactly that area since January; last dose 3/13 in the
R lateral thigh (April dose not yet given). Insulin only in the abdomen -- abdomen clear.

Exam: R lateral thigh 8x7 cm indurated retiform purpuric plaque w/ 2 cm central eschar,
surrounded by livedo. No other skin lesions.

Punch bx 4/23 (by our service, R lateral thigh) returned: calcified small arteriole walls
in the panniculus, intravascular thrombi, septal panniculitis; VK +.

Impression: R lateral thigh calciphylaxis, arising at her darbepoetin injection site.

Recs:
- darbepoetin: give IV w/ PD clinic iron or switch site away from thighs (renal to decide)
- STS per renal; stop calcium-based binder; cinacalcet
- hydrogel + foam dressing; NO debridement yet
- pain: scheduled APAP, oxycodone prn
Will follow.
"""),
]}

F06 = {"patient_id": "F06", "age": 77, "sex": "F", "notes": [
("2024-01-12", "Night Float Event Note", """
NIGHT FLOAT EVENT NOTE -- FALL   01/12/2024  0355   Tele 3

Called by RN for unwitnessed fall. 77F admitted 1/10 w/ decompensated HFpEF; mech MVR on
warfarin (valve-level INR goal, last 3.0 on 1/10), obesity, primary hyperparathyroidism, OA. Cr
0.9, eGFR 64.

Event: at 0340 RN found her seated on the floor by her bed; states she was walking to the
bathroom in socks,
slipped and landed on her R side. Denies LOC, head strike, CP, palpitations.
O: T36.6  HR78  BP134/72 (no orthostasis)  SpO2 95% RA  GCS 15, moves all 4 ext.
R lateral hip: 5x3 cm ecchymosis w/ a superficial 2 cm abrasion, tender; ROM full, no
shortening or rotation. Nothing else hurt.
INR this AM 3.1.

A/P: mechanical fall, on warfarin.
- CT head w/o: no bleed
- XR R hip/pelvis: no fx
- abrasion cleaned, foam dressing; ice not applied
- bed alarm, nonskid socks, PT eval in AM
- continue warfarin, INR in AM
- daughter (Annika) updated by phone 0430
Handed off to day team.
"""),
("2024-02-16", "ED Provider Note", """
EMERGENCY DEPARTMENT NOTE  16-Feb-2024

CC: painful black spot R hip
HPI: 77 yo F, mechanical MV (warfarin), HFpEF, obesity, primary HPT (Ca high-nl),
normal kidney function. Recent inpatient stay 1/10-1/14 for heart failure. For ~3 wks a spot
on her R hip, lateral side, has been increasingly painful, first red-purple, now w/ black
center. Pain 9/10, wakes her from sleep. Afebrile.

Exam: T37.2 HR86 BP128/70
R lateral hip (trochanteric region): 7x6 cm stellate violaceous plaque w/ 3 cm black
eschar, retiform edges, exquisite tenderness. Rest of skin unremarkable.
Labs: INR 3.4; creat 0.8; Ca 10.6; PO4 3.9; PTH 148; Alb 3.0; WBC 8.4

MDM: necrotic plaque w/ retiform purpura in a woman on warfarin w/ normal renal function.
Ddx: nonuremic calciphylaxis (risks: warfarin, obesity, hyperPTH, female), warfarin skin necrosis
(unlikely this long into therapy), infected hematoma, vasculitis.
Dispo: admitted to hospitalists; derm asked to biopsy; cards re anticoag plan w/ mech valve.
"""),
("2024-02-20", "I-PASS Handoff", """
I-PASS  2/20/24  night team handoff  (Gen Med 2, bed 27)

I: stable
P: 77F, mech MVR, HFpEF, obesity (BMI 35.9), primary HPT, normal GFR, w/ punch bx (2/17) of
   the R lateral hip showing calciphylaxis: subcut arteriolar calcification + thrombi, von Kossa
   pos. Non-uremic calciphylaxis, warfarin the main suspected driver.
A: - warfarin stopped 2/18; enoxaparin 1mg/kg q12h SC (bridge, abd injections only) per cards
     until valve plan final; check anti-Xa after 4th dose (due 0600)
   - IV sodium thiosulfate 12.5g 3x/wk started 2/19 (next Wed)
   - endocrine: parathyroidectomy eval as outpt; cinacalcet held for now
   - wound RN daily, hydrogel + silicone foam
S: if chest pain, new murmur, neuro sx -> stroke/valve thrombosis workup, call cards fellow
   if anti-Xa > 1.0 -> hold next dose, pharmacy to redose
S: receiver summary: stable, anti-Xa at 6, no warfarin, valve red flags reviewed.
"""),
]}

F07 = {"patient_id": "F07", "age": 69, "sex": "M", "notes": [
("2019-12-21", "I-PASS Handoff", """
I-PASS HANDOFF   Step-Down Unit bed 14   12/21/19  0630  (night -> day)

I: WATCHER
P: 69M, ESRD (HD Tu/Th/Sat, R forearm fistula -- NO BP / sticks R arm), DM2 on insulin, HTN,
CVA 2015
   w/ mild residual R weakness. Adm 12/20 w/ hypertensive urgency 228/118 + HA, missed Thurs HD.
   Nicardipine gtt off at 0200.
   Automated NIBP cuff on the L upper arm, inflating every 15 min since he arrived 12/20,
   never moved.
A: - HD today (Sat) 4h, UF 3 L as tolerated
   - restart home labetalol 400 bid, amlodipine 10, hydralazine 50 tid
   - MRI brain if HA persists after HD
   - glargine 18u + SSI
S: if SBP > 190 x2 -> hydralazine 10mg IV, call if refractory
   if new focal deficit -> code stroke
S: receiver (Dr. Ferreira-Lund) read back, no questions.
Vitals 0600: BP164/92 HR70 RR16 SpO2 97% RA  BMI 26.3
"""),
("2020-01-02", "Rapid Response Team Note", """
RAPID RESPONSE TEAM NOTE   01/02/2020  2050   SDU 14
Called by RN for SBP 76 about 1 hr after HD.

69M HD pt (TTS), insulin-treated DM2, HTN, adm 12/20 hypertensive urgency, stay prolonged by
HAP (on cefepime). UF 3.8 L today.
On arrival: lethargic but arousable, A&Ox3 once awake. BP76/44 -> 84/50, HR92, RR18,
SpO2 96% 2L, T37.3. BG 142. Lungs few crackles bases. Abd soft.
Incidental: L upper arm has a circumferential band of retiform purpura w/ three dusky
indurated plaques 2-3 cm and a small eschar, very tender -- in the exact footprint of the
automated BP cuff that has cycled on that arm since 12/20. Pt says the arm started to hurt
on New Year's Day and he thought it was "the cuff pinching."

Interventions: legs elevated, 250mL NS bolus, held evening labetalol + hydralazine,
BP102/58 at 2120. Blood cx x2, lactate 1.6.
Assessment: post-HD hypotension from UF + antihypertensives, not septic shock. New painful
L arm plaques -- concern for calciphylaxis where the cuff has been squeezing.
Plan: stays on SDU; move NIBP cuff to L calf; derm consult AM; primary team updated.
"""),
("2020-01-06", "Dermatology Consult", """
DERMATOLOGY CONSULTATION  1/6/20

Asked to see L arm lesion. 69M on HD; L upper arm retiform plaques first felt 1/1/2020.
Rapid response note reviewed. The pattern matches the cuff: a 9 cm-wide band around the mid
L upper arm with sharp upper/lower edges, three purpuric plaques within it, medial one now w/
1.5 cm eschar.

Bx 1/3 (deep punch, lateral L upper arm plaque edge): calcified thrombosed arterioles in
subcutaneous fat, VK+. Fits CALCIPHYLAXIS.

Dx: L upper arm calciphylaxis in an ESRD pt, localized by 12 days of continuous
BP-cuff pressure.

Recs:
1. no BP cuff on either upper arm; use L calf or arterial line if needed
2. STS w/ HD per nephrology; binder to sevelamer
3. petrolatum + nonadherent gauze, loose tubular gauze sleeve, no tape on skin
4. analgesia: APAP scheduled, hydromorphone PO prn
5. we will follow twice weekly
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
