"""probe218 corpus notes, B01-B07 (rapid response / code team events and the clinics around them; all invented)."""

B01 = {"patient_id": "B01", "age": 58, "sex": "F", "notes": [
("2023-03-06", "Rapid Response Team Event Note", """
RAPID RESPONSE TEAM - EVENT NOTE
Date 03/06/2023   called 10:38 / RRT at bedside 10:41 / cleared 11:25
Where: CT scanner 2 (inpt from 8 South)
Trigger: SOB + hives + SBP in the 70s minutes after IV contrast for CT A/P

10:38 CT tech: pt flushed and wheezy ~4 min after contrast bolus
10:41 BP 72/40  HR 128  RR 30  SpO2 86% RA, diffuse urticaria, upper lip swollen
10:42 EPINEPHrine 0.5 mg IM into L anterolateral thigh (RN Okafor)
10:44 NRB 15 L -> sat 94%
10:46 diphenhydramine 50 mg IV, methylpred 125 mg IV, famotidine 20 IV
10:49 still soft 80/46 -> repeat IM epi 0.5 mg, again L thigh
10:55 BP 104/62 HR 112, wheeze easing
11:10 no stridor, tongue nl size, speaking full sentences

Background: ESRD, dialyzes Tu/Th/Sa via R forearm AVF (no cuff or sticks R arm). Not diabetic.
Never anticoagulated.
Dispo: back to 8S on tele. Allergy list updated -> iodinated contrast: ANAPHYLAXIS.
RRT RN J. Whitcombe / RT D. Amadi
"""),
("2023-04-18", "Dermatology Consult", """
DERM CONSULT - inpatient (readmitted for clotted access)
Asked by: Dr Pellegrini, renal

CC: "a burning bruise on my leg"
HPI: 58 yo lady w/ ESRD (HD) and obesity. A tender pink patch came up on the outer L thigh
about 3 weeks ago; it has gone dark and woody since. Pain 9/10, worse standing.
On 3/6/23 she had contrast anaphylaxis and got two IM epinephrine shots into this thigh.

Exam: L lateral thigh - 7x5cm retiform purpura, central black eschar, livedo rim.
R thigh, abdomen, breasts and calves clear.
Labs 4/17 - corr Ca 9.6; phosphate 7.1 (high); iPTH 884; alb 3.0

Imp + plan
#1 Retiform purpura with eschar, L lateral thigh, arising where the IM epinephrine was
   given in March -> favor calciphylaxis.
   - punch x2 (4 mm each) off the lesion edge today, von Kossa stain requested
#2 Analgesia per primary. No more shots into either thigh.
"""),
("2023-04-27", "Nephrology Progress Note", """
Nephrology Progress Note   27-Apr-2023

S: says the L thigh is "a notch better" with hydromorphone, slept 5 hrs. Tolerated HD yesterday, 2.4 L off.
O: vitals 138/76, P 84, Tmax 36.8; weight 88.9kg (BMI 32.8)
   L thigh eschar unchanged, dry, no drainage or odor.
Path, punch bx 4/18 = CALCIPHYLAXIS: subcutaneous microvessels, walls calcified,
lumens clotted; the fat around them necrotic.

Assessment: L lateral thigh calciphylaxis (bx-proven), right where the epinephrine
was injected IM during the March contrast reaction.
- STS 25g IV, run in over the back half of each Tu/Th/Sa treatment
- calcium acetate OFF; sevelamer carbonate 1600mg w/ each meal
- cinacalcet 30mg qd; PTH again in a month
- bath Ca now 2.0
- wound RN to set up dressings; pain team following
"""),
]}

B02 = {"patient_id": "B02", "age": 66, "sex": "M", "notes": [
("2022-11-24", "Code Blue Record", """
CODE BLUE RECORD - Thanksgiving Day, Thu 11/24/22 - 4 East rm 418
Recorder RN T. Vasquez | code leader Dr Haldane (MICU)

20:51 daughter finds pt unresponsive after his dinner tray; no pulse, RN starts CPR
20:52 code called, backboard placed, Zoll pads ant/post
20:53 VF -> 200 J, compressions resumed
20:55 epi 1 mg IV (L forearm PIV)
20:57 still VF -> 200 J; amiodarone 300 mg IV push
20:59 ROSC, sinus 104, BP 92/58
21:05 intubated by anesthesia, 7.5 tube 23 cm at lip
21:22 ABG 7.18/48/88, K 5.9, lactate 6.2
21:40 TTM goal 33 C - Arctic Sun gel pads put on back, abdomen and both thighs,
      esophageal temp probe in
Hx from chart: ESRD, cycler PD at night at home; DM2 (glargine); CAD s/p stents.
Daughter updated at bedside. To CVICU.
"""),
("2022-12-28", "Wound Care Consult", """
WOUND / OSTOMY RN CONSULT   12/28/2022
Reason: "dark painful spots on both upper legs"
66 y/o M, PD pt, back from subacute rehab 12/26 with poor PO intake and weakness.
Wife says she first saw the purple patches in early December while he was still in the CVICU after
his cardiac arrest, "like someone drew on him with a purple marker, then they went black."

Assessment
- R anterior thigh: 6x4cm stellate purpuric plaque, dry black eschar centrally,
  lacy livedo around it, no odor, no drainage
- L anterior thigh: 5 x 3 cm, same look
- sacrum, heels, elbows intact
- hurts 8/10 even to a light touch
Plan: no sharp debridement. Leave eschar dry and stable, bordered silicone foam q3 days,
offload heels. Will ask derm to biopsy, ?calciphylaxis.
"""),
("2023-01-10", "Dermatology Clinic Note", """
Derm clinic follow-up 1/10/23

Path from the 12/29/22 incisional bx of the R anterior thigh: calciphylaxis - concentric
calcium rings in small septal arterioles, intraluminal thrombi.

66M, ESRD on peritoneal dialysis; diabetic, glargine 20 u at bedtime.
Height 178 cm / weight 95.0 kg -> BMI 30.0.

Exam: eschars on both anterior thighs stable in size, edges a bit softer. Nothing new on
abdomen, flanks, buttocks or calves.

Impression: calciphylaxis, anterior thighs bilaterally, biopsy-confirmed.
Plan:
- renal aware; IV sodium thiosulfate 3x/wk being arranged through the home PD unit
- stop calcium carbonate binder
- gabapentin 100 mg qHS for neuropathic pain, renally dosed
- see me again in 4 weeks, sooner if new spots
"""),
]}

B03 = {"patient_id": "B03", "age": 71, "sex": "F", "notes": [
("2024-07-09", "Rapid Response Team Note", """
RRT NOTE    7N-722    7/9/24
call 16:12 / arrival 16:15 / end 16:58
Reason: SBP 76 after HD, drowsy

On arrival BP 78/44, HR 58 (AF, slow), RR 18, sat 95% on 2 L, T 36.1, fingerstick 142.
Came back from HD ~1 hr ago (3.2 L pulled).

- AVF in L upper arm = RESTRICTED LIMB, no BP or sticks on the left
- NIBP cuff put on R upper arm, auto-cycle q5min
- NS 250 mL x1 via R hand PIV -> 96/52 by 16:40
- midodrine 10 mg PO
- INR 2.6 - on warfarin (AF)

Imp: post-HD hypotension from aggressive UF; no signs of sepsis or bleeding.
Plan: stepdown overnight, q15min vitals, keep cuff auto-cycling, lower UF goal next run.
D/w Dr Lindqvist (renal).
"""),
("2024-07-30", "Nephrology Progress Note", """
Renal progress note - 30 Jul 2024

71F ESRD; her L brachiocephalic fistula is used for HD on Mondays,
Wednesdays, Fridays; DM2 managed by diet (A1c 6.4); AF on warfarin; HTN.

New: painful purple hard plaque, inside of the R upper arm, started mid-July while she was in
stepdown. It lies right under where the automatic BP cuff squeezed every 5-15 min for about
5 days after the 7/9 rapid response.

Exam: R medial upper arm 8x6cm violaceous indurated plaque w/ net-pattern border, 1 cm central
eschar, exquisitely tender. Forearm and hand spared.
Ca 10.1 | P 6.9 | PTH 612 | Alb 3.2 | INR 2.9
Wt 68 kg, BMI 27.4

A: likely calciphylaxis at a pressure site; warfarin adds risk.
P: warfarin stopped today, apixaban 2.5 BID replaces it. Derm for deep incisional bx. STS with HD if
confirmed. No BP cuff to the R upper arm going forward - forearm or calf instead.
"""),
("2024-08-06", "Dermatology Note", """
Dermatology - 08/06/2024

Incisional bx 7/31/24, R medial upper arm: calciphylaxis CONFIRMED - von Kossa highlights
calcified subcutaneous arteriole walls, fibrin clot, and necrotic fat lobules.

Today: plaque a bit bigger, 9x6cm, and the eschar has grown to 2 cm. Sutures at bx site
intact, no pus. Pain 7/10; takes oxycodone 2.5mg up to q6h.

Assessment: R upper arm calciphylaxis, bx-proven, where the BP cuff kept inflating
over and over in July.
Plan:
- STS 25g IV w/ every HD (renal ordering)
- santyl NOT used; keep eschar intact, xeroform + ABD pad, change every other day
- sutures out in 10 days
- f/u 3 weeks
"""),
]}

B04 = {"patient_id": "B04", "age": 49, "sex": "M", "notes": [
("2021-01-01", "Code Blue Documentation", """
CODE BLUE DOCUMENTATION - 1 Jan 2021 (New Year's Day) - MICU bed 9

01:06 RN finds pt apneic, no carotid pulse; CPR begun
01:07 team arrives; monitor PEA, wide complex ~40/min
01:08 CaCl 1 g IV - PIV then blows
01:10 epi 1 mg; pads on, anterior-lateral
01:14 EZ-IO, 45 mm needle, into L proximal tibia; marrow aspirated, flushes easily
01:15 CaCl 1 g, NaHCO3 100 mEq, regular insulin 10 u + D50 all via IO
01:19 ROSC, sinus tach 118, BP 88/50
01:25 iSTAT K 7.9
01:40 renal at bedside - will dialyze through existing R IJ tunneled cath, no new line

Hx: 49M, T1DM on insulin pump (site L abdomen, suspended for the code), ESRD on HD,
missed his Wednesday run over the holiday.
Brother notified by phone.
"""),
("2021-02-09", "Wound Clinic Note", """
WOUND CLINIC   02/09/21

49 y/o M, T1DM (pump), ESRD on HD. Sent by renal for a L leg wound that won't heal.
He says it began in late January as a sore purple dot just below the L knee, then turned black.
Per chart, an intraosseous needle went into the L proximal tibia during his New Year's Day
arrest; the wound sits right on top of that old IO insertion point.

L proximal medial shin: 3.0 x 2.5 cm dry adherent eschar, violaceous mottling out to 6 cm,
pain 8/10, way beyond what its size would explain. No fluctuance, no drainage.
DP/PT pulses palpable.

Plan: no debridement for now; paint eschar with betadine once a day, leave open to air.
Derm referral for biopsy - calciphylaxis vs infected IO site. X-ray tibia to look for osteomyelitis.
"""),
("2021-02-23", "Dermatology Note", """
Dermatology 2/23/2021

Incisional bx 2/16, L shin eschar margin: calciphylaxis (calcium + thrombus in subcutaneous
microvessels), no organisms on Gram/PAS/AFB. Tibia film: no osteomyelitis.

Impression: calciphylaxis of the L proximal shin, biopsy-proven, developing at a prior
intraosseous needle site.

Exam today: eschar 3.5x2.5cm, surrounding purpura unchanged, bx site clean.
Other skin (thighs, abdomen incl. pump sites, R leg) clear.

Recs
- STS during dialysis (renal managing)
- off calcium-based binder
- no compression to that leg
- shin to stay clear of ice + heat; bed rail padded that side
- return 4 wks
"""),
("2021-03-02", "Hemodialysis Rounding Note", """
HD rounds Tue 3/2/21 - chair 14

BP pre 152/84, post 131/77. EDW 71.0 kg, BMI 24.2. UF 2.1 L, no cramping.
Access: R IJ tunneled cath, exit site clean, good flows (Qb 400).

1. ESRD/HD: Kt/V 1.4 (Feb). Adherent since January scare.
2. Calciphylaxis L shin (bx 2/16) - thiosulfate 25g IV into the venous limb, last hr,
   every run, started 2/25, tolerating, some nausea. Pain down to 6/10. Eschar unchanged per pt.
3. CKD-MBD - Ca 9.0, Phos 6.2, PTH 540. Sevelamer increased to 2400 TID; cinacalcet now 60.
4. T1DM - pump, A1c 7.8. Endo following.
Next labs 3/16.
"""),
]}

B05 = {"patient_id": "B05", "age": 63, "sex": "F", "notes": [
("2020-08-19", "Rapid Response Team Note - Fall", """
RAPID RESPONSE - FALL WITH INJURY
19-Aug-2020 03:20   5 West rm 507

63 y/o F admitted 8/16 for COPD flare. Unwitnessed fall in bathroom; RN found her on the floor
on her R side beside the toilet. Pt says her socks slipped and she hit her R side on the
toilet grab bar. No LOC.

VS: BP 148/90  HR 96  RR 20  SpO2 93% 2 L  BG 131
Exam: GCS 15. R lateral hip: abrasion 3x2cm with a 6 cm ecchymosis around it.
R hip passive range full and painless-ish; leg length equal, no rotation.
No head strike per pt, but she takes warfarin (mechanical MVR), INR 3.4.
PMH: morbid obesity (BMI 41.2), COPD, mech MVR, prediabetic by A1c (6.0), no DM dx or meds,
kidneys normal (Cr 0.8).

Actions: CT head noncon - negative for hemorrhage. Pelvis + R hip films: no fx.
Abrasion rinsed, covered with a foam pad. Bed alarm, fall precautions, nonslip socks.
RRT RN M. Santangelo
"""),
("2020-09-15", "Dermatology Consult", """
Derm consult (urgent outpatient) 9/15/20

63F - mech MVR (warfarin), morbidly obese, COPD. Creat 0.7, eGFR >90; no kidney disease,
never dialyzed.
CC: tender plaque R lateral hip x 2 wks.

Findings: R lateral hip - 9x7cm indurated violaceous plaque with angular retiform edges and a
small central ulcer; exquisitely tender when touched. No other skin lesions; legs and abdomen clear.

Differential (in order): non-uremic calciphylaxis - she has warfarin, obesity and female sex
in her favor; warfarin skin necrosis; panniculitis.
Plan:
- double punch biopsy today at the edge, first specimen -> dermpath (H&E, von Kossa stain), second -> micro
- labs: Ca/P/PTH, vitamin D level, protein C + S activity
- coordinate with cardiology re anticoagulation
"""),
("2020-09-24", "Dermatology Follow-up", """
Derm f/u - bx results   Sept 24, 2020

Path 9/15: subcutaneous small/medium vessels calcified and thrombosed; septal fat
necrotic. Read as calciphylaxis. Culture: no growth.
Ca 9.4 P 3.8, PTH 61, 25-D 14, protein C/S nl.

Diagnosis: non-uremic calciphylaxis, R lateral hip.
Cardiology: mechanical MVR needs a VKA, no DOAC option - warfarin continues; anticoag clinic
holds INR 2.5-3.5 (valve range), with vit K supplementation discussed.
Wt 118 kg, BMI 40.6.

Plan:
- STS 25g IV x3/week via PICC at the infusion center
- vitamin D repletion
- wound: hydrocolloid not advised; silicone foam, change q48h
- weight-loss referral once healed
"""),
]}

B06 = {"patient_id": "B06", "age": 55, "sex": "F", "notes": [
("2020-05-12", "Rapid Response Team Note", """
RRT  12 May 2020  06:15   6 East rm 633
Called for: BG 38, diaphoretic, confused

06:15 RN gave D50 25 g IV before team arrival
06:20 repeat BG 112, pt A&Ox3, apologizing
Had glargine 18 u at 22:00 plus lispro 8 u with a late snack, ate little at supper.

PMH: ESRD, does CCPD; DM2, insulin since 2016 - injects into her belly near the navel,
uses "the same few spots every time"; obesity, BMI 36.8.
Incidental: RN points out several tender dusky purple areas around the umbilicus. Pt says
they have been there since last spring and are getting worse; "I just inject around them."

Plan: hold lispro tonight, glargine down to 12 u, D10 if BG < 70 again, BG q1h x4.
Derm consult in AM re abdominal skin. Primary team (Dr Osei) updated at bedside.
"""),
("2020-05-14", "Dermatology Consult", """
DERMATOLOGY CONSULT 5/14/2020

Reason: painful periumbilical lesions
55F: ESRD on CCPD, insulin-requiring DM2, obese.
Pt reports the sores began in spring of 2019 as hard lumps and slowly darkened.

Exam: periumbilical abdomen with five stellate violaceous plaques, 2-5 cm, three with
central black eschar; all located at her insulin injection sites. Surrounding skin indurated.
Flanks, thighs, arms spared.

Assessment: plaques at insulin injection sites in a PD patient - calciphylaxis suspected;
lipodystrophy and injection-site panniculitis less likely given eschar.
Plan:
- 6 mm incisional bx at the edge of the largest plaque today
- advised to inject elsewhere meanwhile (upper arms), teaching by diabetes RN
"""),
("2020-05-22", "Peritoneal Dialysis Clinic Note", """
PD CLINIC 22-May-2020

Bx 5/14: calciphylaxis - medial calcification of arterioles in subcutaneous fat,
thrombosis, no vasculitis.
Dx: calciphylaxis of the periumbilical abdomen at long-standing insulin injection sites.

55F on CCPD, 5 exchanges overnight, Kt/V 1.9 (adequate). Exit site: clean.
Wt 99 kg, BMI 36.8. BP 144/88.
Labs: PTH 702; PO4 at 7.4; Ca 9.9 - all above goal.

Plan:
- booked at the 2nd-floor infusion suite: thiosulfate 25g IV, Monday-Wednesday-Friday slots
- calcium carbonate stopped -> lanthanum 1 g with meals
- cinacalcet 30 mg
- insulin now into the upper arms only
- pain: scheduled APAP 650 q6, hydromorphone 1mg prn severe
"""),
]}

B07 = {"patient_id": "B07", "age": 60, "sex": "M", "notes": [
("2019-11-02", "Code Blue Record", """
CODE BLUE - Sat 11/02/2019 - Cardiac stepdown 3C-310

14:31 tele alarm VF, pt unresponsive, CPR by RN
14:32 team in. Zoll pads R infraclavicular + L lateral chest (anterolateral)
14:32 shock 200 J biphasic
14:34 VF continues -> 200 J; epi 1 mg
14:36 200 J -> sinus 96 with pulse, ROSC 14:36
14:40 BP 108/64, SpO2 97% on NRB, GCS 11 -> 14 by 14:50
14:45 K 6.4 - Ca gluconate 2 g, insulin 5 u + D50, albuterol neb
Hx: 60M, ESRD, HD by L arm fistula, ischemic CM EF 25%. Warfarin stopped 2017
(GI bleed); on no anticoagulant now. No diabetes.
Plan: CCU, urgent HD, EP consult.
Code leader Dr Marangoni
"""),
("2019-11-05", "CCU Progress Note", """
CCU progress 11/5/19, HD 3

Neuro intact, no recurrent VT/VF on tele since urgent HD 11/2. K 4.6 today.
EP: arrest from hyperkalemia, reversible cause - no ICD for now.

Skin: pad site on L lateral chest wall - 10x8cm erythema with two small
blisters, consistent with a 1st-2nd degree pad burn from the 11/2 shocks. R infraclavicular
pad area ok.
Wt 86 kg, BMI 28.5.

Plan:
- silver sulfadiazine to the burn bid, nonadherent dressing
- HD MWF, K bath 2
- low K diet teaching
- d/c home tomorrow if stable
"""),
("2020-01-14", "Dermatology Consult", """
Derm consult - 1/14/2020

60M, ESRD on HD. Since Christmas: a very painful firm purple patch, L side of chest,
in the same spot as the defibrillator pad burn from his November arrest (burn had healed by
early December per his CCU follow-up).

Exam: L lat chest wall, midaxillary near rib 6: 7x6cm retiform purpura with
dusky necrosis on top, no fluctuance. R chest clear.
Bx from 1/9/20 (outside derm) reviewed: calciphylaxis, vascular calcification and thrombi.

Impression: calciphylaxis, L lateral chest wall (bx-proven), arising within the healed
defibrillator pad burn.
Plan: thiosulfate with dialysis; off calcium acetate; PTH/phos control per renal, wound RN for dressings.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
