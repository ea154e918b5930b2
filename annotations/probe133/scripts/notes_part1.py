"""probe133 corpus notes, V01-V07 (medical/surgical ICU and the services around it; all invented)."""

V01 = {"patient_id": "V01", "age": 66, "sex": "F", "notes": [
("2019-03-05", "MICU Progress Note", """
MICU PROGRESS NOTE -- hospital day 5
Riverglen Medical Ctr, MICU bed 12     Attending: Dr. P. Anselm

66 y/o F, ESRD, iHD Mon-Wed-Fri thru right IJ permcath, DM2 prev on linagliptin only,
HTN, admitted 3/1/19 w/ influenza A pna -> ARDS, intubated in ED same day.

Overnight: Dexamethasone started 3/2 per ARDS protocol -> BG into the 380s,
on insulin gtt. Gtt weaned off and converted 03/03/2019 to SC insulin
(glargine 18 units at bedtime, lispro correction scale q4h). RN rotating SC doses between
R and L lower abdomen.

Vent: AC/VC Vt 380, RR 22, PEEP 12, FiO2 .50 -> P/F 168
VS: Tmax 37.8  HR 96  BP 108/62 (norepi 0.04 mcg/kg/min)  SpO2 93%
RASS -2, CAM-ICU neg
Labs: WBC 13.2 / Hgb 8.7 / Plt 62 ; K 4.9 ; iCa 1.08 ; PO4 6.8 ; gluc 212
Ht 163 cm, weight 96.2 kg -> BMI 36.2 (obese)

A/P
# ARDS 2/2 influenza A - LPV, oseltamivir day 5, consider prone if P/F <150
# Steroid hyperglycemia on DM2 - SC insulin as above, goal 140-180
# ESRD - iHD today w/ UF 2 L, renal following
# Thrombocytopenia - heparin products held; DVT ppx w/ SCDs to calves
# Skin: intact per RN q-shift check
Dispo: remains MICU, full code.
"""),
("2019-03-24", "ICU Nursing Skin Assessment", """
SKIN / WOUND ASSESSMENT -- RN flowsheet   03/24/2019 0415
Braden total 12  [sensory2 moisture3 activity1 mobility2 nutrition2 friction2]
Turned q2h: Y      Low-air-loss surface: Y     Heels floated: Y

Site: R lower abdomen    Status: NEW
  Type: purpura / plaque   Size: 3.5 x 2.0 cm
  Descr: violaceous, net-like border, firm; pt grimaces + pulls away on touch
  First noted 03/23/2019 ~2200 during bath by this RN
Site: L lower abdomen    Status: NEW
  2.5 x 2.5 cm, same appearance, darker (almost black) center
Sacrum/coccyx: intact, blanches
Occiput: intact
Heels: intact, offloaded on pillows

Interventions: pics to media tab. Dr. Anselm notified 0420, at bedside 0440.
Per MD, SC insulin to go in the backs of the arms from the 0800 dose onward.
Will cont to monitor q shift.
"""),
("2019-03-26", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE (inpatient, MICU)
Requesting: Dr. Anselm     Q: painful purpuric plaques on abdomen, ?calciphylaxis

HPI: 66F with ESRD on HD and DM2, in MICU since 3/1/19 for influenza ARDS (extubated
3/18). Started on SC insulin 3/3/19 after an insulin drip; RNs alternated the shots
right and left below the umbilicus. Night RN found two tender purple plaques there on 3/23/19.

Exam: R lower abdomen (4x2.5cm) and L lower abdomen (3x3cm) - indurated plaques, the
margins netted/retiform purpuric, centers starting to necrose. Exquisitely tender. Rest of
skin incl thighs, buttocks and calves clear.

Path: 4 mm punch, R lower abdomen (3/25/19) - hypodermal microvessels encrusted
with calcium (vK stain lights them up), occlusive thrombi, fat necrosis, no organisms.

Dx: calciphylaxis, proven on histology, located precisely where her SC insulin
has gone in since 3/3 (R + L lower abdomen).

Recs:
- STS 25g IV x3/wk, given in the last hr on the HD machine
- calcium carbonate off, sevelamer on; renal to address PTH (pending)
- abdomen now off-limits for SC shots (arms ok)
- hydrogel + nonadherent dressing daily; pain team re: opioid choice
Wt 95.1 kg, BMI 35.8.
"""),
]}

V02 = {"patient_id": "V02", "age": 71, "sex": "M", "notes": [
("2022-01-13", "MICU Progress Note", """
MICU Daily Progress                                   01/13/22
71 yo M  ESRD (HTN nephrosclerosis), dialyzes 3x weekly by L upper-arm graft;
PAF - takes warfarin, COPD, adm 1/11/22 w/ septic shock from
LLL pneumonia (strep pneumo bacteremia).

24h: weaned off vasopressin, still on norepi 0.06. Remains on 4L NC.
INR 4.8 on arrival -> warfarin on hold, no reversal needed, INR 2.9 today.
No pharmacologic ppx while INR supratherapeutic; SCD sleeves on both calves
since admit 1/11, pt tolerating.

Exam: drowsy but oriented x3. Coarse BS L base. Irreg irreg. Abd soft.
No edema. Skin warm, no rashes, no breakdown.
Body mass index 27.4 (Wt 79 kg)

Labs: Na 134  K 5.6  HCO3 19  BUN 71  Cr 7.9  Ca 9.6  PO4 7.2  lactate 2.4

Plan
1. Septic shock/CAP: ceftriaxone (narrowed), wean norepi to MAP>65
2. ESRD: HD tomorrow, K binder today, renal diet when eating
3. AF: rate ok on low-dose amio; hold warfarin, recheck INR am
4. DVT ppx: mechanical as above
"""),
("2022-01-25", "ICU Nursing Flowsheet", """
ICU RN FLOWSHEET -- 01/25/2022 0800-2000   MICU rm 7
Neuro: A&O x3, RASS 0, CAM neg. Pain 6/10 (R leg), tylenol given
CV: AF 80-100s, BP 112/58, off pressors since 1/19
Resp: 2L NC, sats 95%, IS 750
GI/GU: anuric, HD yesterday (net -2.1 L)
Lines/LDAs: PIV #20 L forearm - site clean/dry, flushes
DVT ppx: SCDs - bilateral calf sleeves ON / functioning

SKIN:
 R posterior calf - NEW nonblanchable violaceous patch 4 x 3 cm found this
 AM at 0800 linen change. Mottled, lacy edges, center firm. Very tender,
 pt states "it burns like fire". No blister, no drainage.
 L calf: intact.  Sacrum: intact.  Heels: intact, boots on.
 Braden 15.

Notified: NP Ocampo 0815, came to see. Plan per NP: photo, derm e-consult,
keep pressure off area, elevate leg on pillow.
"""),
("2022-02-15", "Dermatology Clinic Note", """
DERM CLINIC - F/U                      Tamsen Hill Dermatology, 2/15/2022

CC: painful wound on back of right calf, hospital f/u

HPI: 71M, ESRD on HD, AF. Seen as inpatient e-consult. Per pt the sore began
3 wks ago - he was still in the MICU w/ pneumonia - a purple patch that went
black over a week. Bedside 6 mm punch 1/31/22, the day before discharge.
Pain 8/10, nights worst, cannot sleep.

Path (1/31/22): arteriolar medial calcification, thrombi, lobular panniculitis w/ fat
necrosis. c/w calciphylaxis.

Exam: R calf, posterior - stellate ulcer 5x4cm, stuck-on black eschar, livedo racemosa
ringing it. No cellulitis. L leg clear. DP pulses dopplerable bilat.

A/P: Calciphylaxis, right posterior calf, biopsy-proven.
- Warfarin STOPPED; cards changed him to apixaban (renal dose)
- STS with HD 3x/wk started at unit 2/8
- wound: cadexomer iodine to eschar, bordered foam, change 3x/wk at HD
- RTC 3 wks. BMI 27.1 today.
"""),
]}

V03 = {"patient_id": "V03", "age": 58, "sex": "M", "notes": [
("2020-11-27", "CICU Post-Arrest Note", """
CARDIAC ICU -- POST CARDIAC ARREST NOTE        11/27/2020 0630

58M w/ ESRD on HD MWF, DM2 (home glargine, injects into his belly), HTN, CAD.
Collapsed at the dinner table Thanksgiving night (11/26/20); wife started CPR,
EMS found VF, shocked x3, ROSC at ~18 min. Intubated in field.

TTM: initiated 11/26/20 at 2340 -- surface cooling system w/ adhesive hydrogel
pads to back, abdomen and both anterior thighs. Target 33 C x 24 h, then
rewarm 0.25 C/h. At target since 0215.

Devices: ETT 7.5 @ 24 cm lip; L radial art line; R IJ TLC; OGT; Foley.

VS: T 33.1 (bladder)  HR 54 SB  MAP 72 on norepi 0.08  RR 16 (vent)
Vent PRVC 500/16/PEEP 8/FiO2 .40
Labs: K 5.9 -> insulin/dextrose given; lactate 6.1 -> 3.2; trop 2.41; glucose 261
Ht 180 cm / Wt 103.4 kg (BMI 31.9)

Imp: OHCA, VF, ROSC; likely ischemic.
- TTM as above, shivering protocol (BSAS q1h), sedation propofol/fentanyl
- CRRT (CVVHDF) via L IJ temp cath, started 0300, no citrate (heparin-free)
- cath lab when stable
- insulin gtt for glucose
- daily skin checks under cooling pads per protocol
"""),
("2020-12-29", "Dialysis Unit Note", """
OUTPATIENT HEMODIALYSIS -- Nephrology rounding note      12/29/20
Shelby Crossing Dialysis, chair 14

Pt back at unit since 12/10 after long hospitalization (cardiac arrest 11/26, ICD
placed 12/7). Today c/o painful spot on his left thigh since Christmas Eve,
"hurts more than my chest did". Can't tolerate blanket on it.

Exam: L anterior thigh - indurated plaque 6x4cm, retiform purpuric margin,
dusky center, no fluctuance. No fever. Access: L arm AVF good thrill.
Pre-HD: BP 162/88, wt 101.8 kg, no edema.

Recent labs: Ca/P 9.9/7.9, iPTH 812, alb 3.1.
Meds: sevelamer 1600 mg w/ meals, calcitriol (HELD today), glargine.

A/P:
- ?calciphylaxis L thigh. Urgent derm referral placed; spoke with derm on call
- hold calcitriol, stop Ca-containing binder (none), cinacalcet 30 daily
- lengthen treatments by 30 min
- pain: low-dose hydromorphone prn (renally cleared opioids avoided)
"""),
("2021-01-06", "Dermatology Consult", """
DERMATOLOGY -- NEW CONSULT                                        01/06/2021

Nephrology sent this 58M on HD for a painful L thigh plaque.

Timeline per pt and chart: OHCA on Thanksgiving 2020, 24 h of targeted temperature
management at 33 C with hydrogel cooling pads stuck to the back, abdomen and both
anterior thighs. Skin checks then were "pink, no blistering". Pain and a purple plaque
in the L anterior thigh since Christmas Eve. Incisional biopsy 12/31/20 by us.

Path: septal arterioles calcified w/ intimal proliferation, thrombus, necrotic fat.
Calciphylaxis, histologically confirmed.

Exam today: L anterior thigh plaque now 7x5cm, new black eschar centrally, livedo at
the edge. R thigh, abdomen and back clear.

Impression: calciphylaxis L anterior thigh. The plaque sits in the footprint of the
left thigh cooling pad from TTM; the cold injury there is the likely trigger.

Plan: STS 25g at every dialysis; wound RN for eschar care; pain as per renal.
BMI 31.5.
"""),
]}

V04 = {"patient_id": "V04", "age": 49, "sex": "F", "notes": [
("2017-08-07", "Procedure Note - Central Line", """
PROCEDURE NOTE: CENTRAL VENOUS CATHETER PLACEMENT
Date: 08/07/2017  Time-out: 1412   Location: MICU bed 3
Operator: Dr. R. Haverty (PGY-2), supervised by Dr. Lindqvist

Indication: septic shock (PD peritonitis) needing norepinephrine; poor PIV access
Consent: by husband (pt intubated), risks/benefits explained
Site: R femoral vein  (R groin)   Device: 7 Fr triple-lumen 20 cm
Technique: full barrier precautions, chlorhexidine prep, US guidance w/ real-time
needle visualization, 1 pass, Seldinger, dark non-pulsatile flow, wire confirmed
in vein on US before dilation. All ports aspirate/flush.
Secured w/ 2-0 silk sutures, CHG disc, transparent dressing.
EBL <5 mL. Complications: none. Pt tol well.
Note: IJ sites deferred -- L IJ already has the temp HD cath for CRRT.
Post-procedure: ok to use.
"""),
("2017-08-16", "ICU Transfer Summary", """
MICU TRANSFER SUMMARY  (to 6 West)      08/16/2017

49 yo F, ESRD from IgA nephropathy, home CCPD x 3 yrs, no DM.
Admitted 8/6/17 w/ cloudy effluent, abd pain, BP 70s.

Course:
- PD peritonitis, Strep viridans -> IP vancomycin/ceftazidime, effluent WBC
  3,400 -> 60. Catheter retained.
- Septic shock: norepi via R femoral TLC 8/7-8/11; line pulled 8/12, tip cx neg.
- Renal: PD held; CRRT (CVVHDF, citrate) via L IJ temp cath 8/7-8/13; PD
  resumed 8/14 with cycler, tolerating fills of 1.5 L.
- Anemia: 1 u PRBC 8/9.

Skin: intact on transfer, R groin line site healed.
Wt 77.8 kg / Ht 162 cm, BMI=29.5 (overweight).
Meds: IP antibiotics per PD RN x 14 days total, sevelamer, darbepoetin w/ clinic,
calcitriol.
PD clinic to see her within a week of d/c.
"""),
("2017-10-03", "Dermatology Consult", """
Dermatology Outpatient Consult -- 10/3/17
Referring: PD clinic (Dr. Okafor)

HPI: 49F on PD. Painful black spot in her R groin since September. Started as a
hard purple bump the size of a dime, now bigger. Pain 9/10, worse with walking.
No fever, no drainage from it.

PMH: ESRD/IgA on PD, MICU Aug 2017 for PD peritonitis/septic shock.
Meds: calcitriol (held by renal last wk), sevelamer, darbepoetin.

Exam: R inguinal crease: adherent eschar 3x2cm, rim violaceous + indurated,
faint retiform purpura. Tender. No drainage. L groin, abdomen around PD exit site,
thighs clear. BMI 29.3.

Procedure: 2 punch bx (center edge + rim) after consent.
Path (10/5): small-vessel calcification in subcutis, thrombi, fat necrosis -> read
as calciphylaxis.

A/P: Calciphylaxis, R groin.
- STS 25g IV 3 days/wk at the infusion center; renal to stop calcitriol, start cinacalcet
- Santyl + foam; no tight waistbands
- f/u 2 wks
"""),
]}

V05 = {"patient_id": "V05", "age": 77, "sex": "F", "notes": [
("2023-06-14", "SICU Event Note - Fall", """
SICU EVENT NOTE -- PATIENT FALL       06/14/2023 0350
RN called 0315: pt discovered on the floor next to the bed ~0310 after bed alarm.

77F POD 3 s/p lap cholecystectomy (converted to open, R subcostal incision) for
gangrenous GB; ESRD on HD, mech mitral valve -> warfarin (INR today 2.6),
delirium overnight (CAM-ICU +). Climbed over the rails, struck her left side on the
metal bedside table going down.

Exam: A&O x1 (baseline x3). GCS 14. Pupils equal. No midline C-spine ttp.
L lateral thigh: tense hematoma approx 8x6cm, ecchymotic, skin unbroken.
L hip moves fully, leg not shortened/rotated. Incision intact, no dehiscence.
VS: HR 102  BP 138/74  SpO2 96% RA

Imaging: CT head w/o contrast neg for bleed; XR L hip/femur - no fx.
Plan:
- warfarin held tonight, repeat INR/CBC in AM, Hgb 9.1 baseline
- ice to L thigh hematoma 20 min q2h while awake x 24 h? -> deferred (RN concern
  about skin); ACE wrap not applied
- sitter, delirium bundle, low bed, bed alarm
- family (son) updated by phone 0400
"""),
("2023-06-19", "SICU Transfer Summary", """
SICU -> 5 Surgical transfer summary       6/19/23

77 yo F, ESRD on HD thrice weekly (R chest tunneled cath), mech MVR (On-X 2016) on
warfarin, DM2 - linagliptin, never insulin, HTN.

Hospital course by problem:
1. Gangrenous cholecystitis -- open chole 6/11, drain removed 6/17.
2. Delirium -- resolved, CAM-ICU negative x 48 h, sitter d/c'd.
3. Fall 6/14 -- L lateral thigh hematoma, Hgb nadir 7.9 (1 u PRBC 6/15),
   hematoma stable/softening, bruise now yellow-green at edges.
4. Anticoagulation -- heparin gtt bridge from 6/16, warfarin restarted 6/17,
   INR 1.8 today.
5. ESRD -- HD on schedule, last 6/18.

Wt 58.1 kg, Ht 155.5 cm, BMI 24.0
Skin: incision healing; L thigh ecchymosis as above; sacrum intact.
"""),
("2023-07-08", "ED Provider Note", """
ED PROVIDER NOTE  7/8/2023  1932

CC: "my leg went black, the pain is unbearable"
HPI: 77F w/ ESRD on HD and mech MVR on warfarin, discharged 6/26 after open chole.
Since the Fourth of July, exquisitely painful dusky patch, outer aspect L thigh,
enlarging and now black. Fell in the hospital last month and hit that side.
Afebrile, nothing draining.

ROS otherwise neg. Meds: warfarin, metoprolol succinate, sevelamer, linagliptin.

Exam: T 37.2 HR 92 BP 151/70. L lateral thigh: stellate purpuric plaque 7x5cm,
black eschar centrally, livedo around it; indurated; exquisitely tender;
overlies the area of the prior bruise, which is otherwise resolved.

Labs: INR 3.1, WBC 9.8, CK 88, Ca 9.4, Phos 6.6.
MDM: ddx calciphylaxis / warfarin skin necrosis / infected hematoma. Nec fasc
doubtful - no crepitus, looks well.
Plan: admit (hospitalist), derm consult AM, skip tonight's warfarin.
"""),
("2023-07-10", "Dermatology Consult", """
DERMATOLOGY CONSULT                                  07/10/2023
Pt: 77F, ESRD/HD, mech MVR on warfarin.

L lateral thigh: stellate eschar 7.5x5cm with purpuric, livedoid border;
induration extends 2 cm beyond. Onset 7/4/23 per pt.

Punch x2 (7/9): subcutaneous arterioles w/ medial calcium + intimal thickening,
thrombi, septal calcium on von Kossa stain; no vasculitic change.
Protein C activity 88%.

Assessment: L lateral thigh calciphylaxis - it arose within the resolving
hematoma from her in-hospital fall on 6/14/23 (Koebner-type).
Warfarin-induced skin necrosis unlikely (on warfarin >7 yrs, no recent load).

Recommendations:
- STS 25g IV during HD; cardiology re: warfarin -> must continue for On-X MVR,
  target INR lower end, no DOAC option
- wound: enzymatic debridement, no sharp debridement for now
- protect L thigh from further trauma
BMI 23.8.
"""),
]}

V06 = {"patient_id": "V06", "age": 63, "sex": "M", "notes": [
("2016-02-12", "MICU Progress Note", """
MICU PROGRESS NOTE  2/12/16

63M ESRD on HD (missed 2 sessions), DM2 on insulin, EtOH use d/o, adm 2/8/16
w/ K 7.4, pulmonary edema. Emergent HD x2, now euvolemic.

Events: hyperactive delirium, pulled PIV x3 and R IJ temp cath (replaced 2/10).
No IV access at times -> haloperidol 5 mg IM given 2/9, 2/10 and again
2/12 0200, all into R lateral thigh (vastus lateralis) per MAR. Phenobarb
taper started for ?EtOH withdrawal.

VS: T 37.4 HR 108 BP 164/92 RR 20 SpO2 97% 2L
Exam: agitated, RASS +2, tremulous. Lungs few crackles bases. Abd obese, soft.
Skin: no wounds; insulin sites abdomen without bruising.
Height 175 / weight 101.4 -> BMI 33.1

Labs: K 4.6  Ca 8.9  PO4 6.1  Mg 1.6  QTc 468

A/P
1. Hyperkalemia/volume - resolved w/ HD; next HD 2/13
2. Delirium/withdrawal - phenobarb taper; avoid further haloperidol (QTc),
   sitter, restraints off
3. DM2 - glargine 20 u + SSI (abdomen)
4. Dispo - MICU 24 more hours
"""),
("2016-03-22", "Wound Care Consult", """
WOUND CARE NURSE CONSULT -- HD unit referral          03/22/16

Pt: 63 y/o male, ESRD (dialysis 3x/wk), DM2 treated w/ insulin
Reason: painful leg wound, "won't heal"

Wound #1: R lateral thigh, mid-third
 Onset: x 2 wks per pt (began as a hard purple patch, later broke open)
 Size: L 4.0cm / W 3.2cm / D 0.2cm
 Bed: ~70 pct black eschar / ~30 pct yellow slough
 Edges: irregular, violaceous, indurated 2 cm around
 Exudate: scant serous. Odor: none. Periwound: livedo pattern
 Pain: 9/10, says it is "like somebody holding a lighter to it"

ABI not done (calcified vessels). Pedal pulses palpable.

Impression: atypical painful necrotic ulcer in fatty area, dialysis pt --
calciphylaxis is the concern until proven otherwise. Location is not bony, so pressure injury unlikely.

Plan: no sharp debridement until dx. Hydrogel to eschar, silicone foam, change
qod. Urgent derm referral placed, renal notified.
"""),
("2016-03-30", "Dermatology Consult", """
DERMATOLOGY CLINIC NOTE          March 30, 2016
Patient: 63M  Referred by wound RN, HD unit

S: Painful R thigh ulcer as per wound RN note, onset early March.
Punch biopsy done here 3/24/16.

O: R lateral thigh ulcer 4.5x3.5cm, black eschar, violaceous indurated border,
livedo racemosa inferiorly. Exquisite tenderness. Other skin: no lesions.
Path: subcutaneous arteriolar calcification with thrombosis, extravascular calcium
in fat lobules, fat necrosis. Von Kossa positive.

A: Calciphylaxis, R lateral thigh, biopsy confirmed.

P:
- STS 25g IV three times a week on HD (ordered w/ Dr. Marchetti)
- cinacalcet to be started, binder switched to lanthanum
- wound care per wound RN, consider hyperbaric O2 if no response in 6 wks
- pain: fentanyl patch 12 mcg + oxycodone prn
Wt 99.9 kg, BMI 32.8.
"""),
]}

V07 = {"patient_id": "V07", "age": 55, "sex": "F", "notes": [
("2024-10-03", "SICU Progress Note", """
SURGICAL ICU -- PROGRESS NOTE   POD #1        10/03/24

55F ESRD, HD via L arm AVF, HTN, morbid obesity, no DM. Presented 10/2 with
acute mesenteric ischemia -> exploratory laparotomy 10/2/24: 40 cm ischemic
jejunum resected, primary anastomosis, abdomen closed. Midline incision
(xiphoid to below umbilicus) closed with staples.

Overnight: extubated 0500. MAP 68-75, off norepi since 0200. Pain 7/10.
Abd binder placed this AM for splinting/comfort, pt feels it helps her cough.

Ht 165 cm  Wt 120 kg  BMI 44.1
I/O: CRRT net -1.1 L (CVVH via R IJ temp cath, citrate). Lactate 1.8.
Labs: Hgb 9.4  WBC 15.6  Plt 188  iCa 1.12  Phos 5.9

Plan:
- NPO/NGT to LIWS, TPN tomorrow if no bowel fn
- heparin 5000 u SC q8h -- give in the upper arms, not abdomen (incision)
- binder on at all times while OOB
- CRRT until hemodynamically stable then resume iHD
- PT/OT, IS q1h
"""),
("2024-11-05", "Surgery Clinic Post-op Note", """
General Surgery Clinic -- post-op visit    11/05/2024
Dr. Ferreira-Lund

5 wks s/p ex-lap/SB resection. Discharged 10/18. Staples removed 10/22.
Eating well, +BM. Has worn the abdominal binder day and night since the
hospital "because it holds my belly."

New problem: very painful black area, lower L belly, began
~10 days ago - at first purple, "like a bruise".

Exam: incision healed, no hernia, no drainage. L lower pannus: necrotic plaque 5x3cm,
retiform purpuric border, ~2 cm lateral to the caudal incision, exactly at the
level where the binder's bottom hem rides. Tender++.
Not fluctuant, no crepitus.

BMI 43.8

A/P: necrotic lesion of abd wall, ESRD -- ?calciphylaxis; wound infection and
pressure necrosis from binder also possible. Binder stopped. Urgent derm today (spoke w/ Dr.
Hsieh, will see this afternoon). Renal updated.
"""),
("2024-11-12", "Dermatology Consult", """
DERMATOLOGY CONSULT   Nov 12 2024

55F, ESRD/HD, recent ex-lap (10/2/24) for mesenteric ischemia. Seen 11/5 same-day
referral; incisional biopsy performed then.

Path: subcutaneous small-vessel calcification (circumferential), thrombosis, fat
necrosis, no organisms. c/w CALCIPHYLAXIS.

Exam 11/12: L lower abdomen/pannus eschar 5.5x3.5cm, livedo border, not
extending. Incision well healed. Thighs/buttocks clear.

Impression: calciphylaxis, L lower abd wall. It arose right beside her
laparotomy incision, in the band where the abdominal binder pressed for weeks --
surgical trauma and binder pressure both likely triggers.

Plan: STS with HD, binder discontinued permanently, pannus support with soft
cotton sling only, wound care referral, palliative care for pain.
BMI 43.6.
"""),
]}

PATIENTS = [V01, V02, V03, V04, V05, V06, V07]
