"""probe136 corpus notes, Y01-Y07 (general/bariatric surgery, cardiology and the clinics around them; all invented)."""

Y01 = {"patient_id": "Y01", "age": 52, "sex": "F", "notes": [
("2019-02-20", "Bariatric Surgery Pre-op Visit", """
BARIATRIC SURGERY - PRE-OPERATIVE VISIT
Linden Vale Metabolic & Weight Surgery Center

52 y/o F sent by transplant nephrology; kidney tx listing requires BMI under 40.
Kidneys: ESRD (diabetic), dialyzes Tu/Th/Sa at the Kessel Road unit, R brachiocephalic
AVF, since 2015.
DM2 x 18 yrs: Lantus 30 u nightly, Humalog by scale; she injects both
thighs, never the arms ("my arms bruise like peaches"). HTN, OSA on CPAP, mild GERD.
Anticoag: none, no hx of warfarin. NKDA.

Vitals: BP 148/86  HR 84  SpO2 97% RA  Wt 118.4kg / Ht 163.5cm -> BMI 44.3 kg/m2
Exam: obese, pleasant, NAD. Abd soft, large pannus, no ventral hernia, skin intact.
No LE edema.
Labs (drawn at HD 2/16): K 4.9; Ca/PO4 9.1/6.2; iPTH 512; alb 3.6; HbA1c 7.8%.

Completed 6-month supervised diet program. Psych and nutrition clearances on file.
EGD 1/30: mild esophagitis, no Barrett's.
Discussed LSG vs RYGB at length; sleeve favored on dialysis (binder and med
absorption simpler). Risks reviewed incl leak, bleed, VTE, and the SC heparin
she will get for clot prevention after surgery.

Plan: lap sleeve gastrectomy booked 3/12/19. Dialyze the day before, K on
morning of surgery. Half-dose glargine the night prior. 2 wk liquid diet pre-op.
"""),
("2019-03-12", "Operative Report", """
OPERATIVE REPORT
Date of surgery: 03/12/2019
Surgeon: R. Okonkwo-Hale MD   Assist: T. Brandvold PA-C
Preop dx: class III obesity (BMI 44); ESRD, HD-dependent; DM2 requiring insulin
Postop dx: same
Procedure: laparoscopic sleeve gastrectomy, intra-op EGD w/ air leak test
Anesthesia: GETA   EBL: 30 mL   Fluids: 600 mL LR (renal pt, restricted)
Drain: 19 Fr Blake along the staple line, exiting L upper abdomen

VTE prophylaxis: heparin 5000 units SC given in pre-op holding, R posterior
upper arm (back of arm); ordered heparin 5000 u SC q8h thereafter, nursing to give them
in the posterior upper arms,
R then L then R by rotation (pt requests her thighs be kept for her insulin). SCDs on
both legs.

Findings: enlarged fatty liver, no hiatal hernia.
Description: Supine, split-leg. Five ports (12 mm L paramedian, 5 mm x3, liver
retractor subxiphoid). Greater curvature taken down with the energy device starting
6 cm from the pylorus up to the angle of His. 36 Fr bougie. Serial stapler firings,
staple line buttressed. EGD: no bubbles under saline, no bleeding. Specimen withdrawn
through the 12 mm site, fascia closed, skin 4-0 monocryl + glue.
Extubated in OR, to PACU in stable condition.
"""),
("2019-04-17", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT - INPATIENT
Requesting: Bariatric Surgery (Dr Okonkwo-Hale)   Reason: painful lesions both arms

HPI: 52F w/ ESRD (HD) and insulin-treated DM2, now POD 36 from lap sleeve (3/12/19) c/b a
staple-line leak -> endoscopic stent + IR drain, on TPN, still inpatient. She first
noticed burning over the backs of her arms (upper, posterior) 3 wks ago, then purple
blotches
which have become hard and dark. Per the nurses, her SC heparin 5000 u q8h has been given in
the posterior upper arms, switching arm each dose, since the day of surgery. Insulin only
ever into the thighs; thighs uninvolved.

Exam:
R posterior upper arm: 7x5 cm stellate violaceous retiform plaque, 2 cm central
black eschar, livedo at the rim, exquisitely TTP.
L posterior upper arm: 4x4 cm indurated retiform purpura, eschar not yet formed.
Port sites healed. Thighs soft and clear.
Labs: Ca/PO4/PTH 9.4/7.1/604; albumin 2.6; INR 1.1; plt 212

A/P: picture most suggestive of calciphylaxis arising at the heparin injection sites
(posterior upper arms bilat). DDx heparin-induced skin necrosis - PF4 sent.
- 4 mm punch bx x2 today from the L arm plaque edge (separate procedure note)
- stop SC heparin; SCDs only
- suggest sodium thiosulfate 25g IV during every HD session; renal aware
- nonadherent dressings, no debridement for now
"""),
("2019-04-24", "Nephrology HD Progress Note", """
NEPHROLOGY - INPATIENT HD PROGRESS NOTE   4/24/2019

Seen on HD, 3.5 h via R BC AVF, UF 2.1 L, tolerated.
Derm punch bx (4/17) resulted - small arterioles in the panniculus show medial
calcium, intimal thickening and luminal thrombi; von Kossa positive; read as
calciphylaxis. PF4 neg.
=> biopsy-proven calciphylaxis, posterior upper arms R and L, onset late March 2019,
located where SC heparin was injected following her sleeve gastrectomy.

Current regimen: thiosulfate 25 gm IV, hung for the final 60 minutes of
every dialysis (since 4/18), cinacalcet 30 mg daily started, sevelamer 1600 mg TID,
calcium-based binder
stopped, calcitriol held. Dialysate calcium now 2.0.
Pain: PO hydromorphone 1 mg every 4 h if needed; gabapentin 100 mg post-HD.
Wt today 105.2 kg (BMI 39.4). Labs 4/23: Ca 8.9, Phos 5.6, Alb 2.7.

Plan: STS three times weekly for at least 3 months; transplant listing on hold until
the arm wounds heal. Weekly Ca/Phos. Wound RN following both arms.
"""),
]}

Y02 = {"patient_id": "Y02", "age": 61, "sex": "M", "notes": [
("2022-06-02", "Cardiology CCU Discharge Day Note", """
CARDIOLOGY - CCU PROGRESS / DAY OF DISCHARGE   06/02/2022

61M, ESRD on CCPD x3 yrs (nightly cycler), HTN, dyslipidemia, quit smoking 2015 (40
pk-yr), admitted 5/28
with anterior STEMI. s/p primary PCI prox LAD (1 DES, R radial). TTE 5/30: LVEF 25-30%,
apical akinesis, no LV thrombus.

S: no chest pain, walking the halls, no palpitations.
O: BP 112/68  HR 76  RR 16  SpO2 96% RA  Wt 83.0 kg  BMI=27.1
JVP flat, lungs clear, no edema. R radial site soft, 2+ pulse. PD exit site clean/dry.
Tele: no VT past 72 h. Hgb 10.8, K 4.4, troponin trending down.

A/P:
1. Anterior STEMI s/p LAD PCI - ASA 81 + ticagrelor 90 BID x 12 mo, atorvastatin 80.
2. Ischemic CM, EF 25-30%, within 40 days of MI so no ICD yet. Wearable
cardioverter-defibrillator (LifeVest) fitted today by the vendor rep before discharge;
pt and wife taught, to be worn 24 h/day except bathing. Repeat TTE ~3 mo for ICD decision.
   Carvedilol 3.125 BID; no ACEi/ARNI/MRA given ESRD, K.
3. ESRD on CCPD - renal following, back on home cycler tonight.
No indication for anticoagulation. D/c home.
"""),
("2022-06-23", "Device Clinic WCD Check", """
DEVICE CLINIC - WEARABLE DEFIBRILLATOR FOLLOW-UP   6/23/22
Pt 61 y.o. male, WCD since 6/2/22 for LVEF 25-30% after anterior MI.

Download: avg wear time 22.6 h/day. No treatments delivered. 1 noise alert,
no true arrhythmia. Underlying NSR 70s.

Pt says "the belt rubs me raw, right under my left arm". Sleeps in the garment as
instructed. When he sits the electrode belt rides up into the L axilla.
Skin check: linear red pressure marks along the L lateral chest wall where the
left-side ECG electrode and belt press, roughly mid-axillary line at the 6th rib;
skin not broken. Nothing on the back under the therapy pads.

Garment resized M -> L with the rep, belt repositioned lower. Reminded to check skin
daily and call with any blistering.
Plan: continue WCD, compliance excellent. Echo booked 8/30, then EP visit re ICD.
"""),
("2022-08-11", "Dermatology Clinic", """
Dermatology - return visit for biopsy results              Aug 11 2022

61 yo man with ESRD on CCPD, anterior MI 5/28 with EF 25-30%, referred by PD
nephrology for a painful lesion on his left side. Began around the 4th of July as a
purple blotch, then hardened and the center turned black. Pain 9/10, much worse at night,
keeps him from sleeping.
Meds: ASA, ticagrelor, atorvastatin, carvedilol, sevelamer, calcitriol 0.25 mcg
daily, Ca acetate 667 mg TID w/ meals, darbepoetin.

Exam: on the left lateral chest wall at the mid-axillary line, about ribs 6-7, a 6x3 cm
plaque - violaceous, woody, its 1.5 cm core black, its border net-like -
exquisitely tender. Rest of trunk, abdomen and legs clear. PD catheter exit clean.

Path (punch, 8/4/22, L lateral chest): subcutaneous vessels with calcified walls;
fibrin thrombi; necrotic fat lobules. Pathologist's dx: calciphylaxis.

A/P: L lateral chest wall calciphylaxis.
- stop calcium acetate and calcitriol (d/w Dr. Vantongeren)
- sodium thiosulfate per nephrology
- wound: hydrocolloid-free, nonadherent foam; no sharp debridement
- pain: refer palliative for regimen, avoid NSAIDs
RTC 3 wks.
"""),
]}

Y03 = {"patient_id": "Y03", "age": 78, "sex": "F", "notes": [
("2024-01-10", "Cardiology Clinic Follow-up", """
Harrowgate Heart & Vascular - CARDIOLOGY F/U

78 F with
- AF (CHA2DS2-VASc 6) on warfarin since 2014
- HFpEF
- PAD, bilat SFA disease, ABI 0.62 R / 0.70 L
- ESRD, dialysis MWF
- DM2 (diet only), A1c 6.5
- HTN

S: no CP. DOE at one block, stable. Calf claudication bilat at ~50 ft. Says her feet and
legs are "like ice" in bed, so every night since early autumn she has slept with her
electric heating pad wound round both lower legs, medium setting, on till morning.

O: BP 136/62  HR 78 irreg irreg  SpO2 95%  Wt 74.8 kg  Body mass index 29.7 (overweight)
Lungs clear. Trace ankle edema. DP/PT not palpable bilat, feet cool, cap refill 4 s.
Skin: mottled reticulated red-brown net over both shins and calves, looks like erythema
ab igne. No ulcers.
INR 2.6 (anticoag clinic manages).

A/P:
AF - rate ok on metoprolol tartrate 25 BID, continue warfarin.
PAD - lifestyle limiting, refer vasc surg for angiogram; cilostazol avoided (HF).
Heat - told her to stop the heating pad: burn risk w/ PAD and neuropathy; wool socks,
extra blanket instead.
HFpEF - euvolemic, UF per HD unit.
RTC 3 mo.
"""),
("2024-03-05", "Anticoagulation Clinic Note", """
ANTICOAGULATION CLINIC (pharmacist visit)   3/5/2024
Indication: nonvalvular AF. Goal INR 2-3.
Dose: warfarin 3 mg daily except 4.5 mg Mon + Fri.
POC INR today 3.4 - above goal. No bleeding, bruising or dark stool. No missed or extra
doses. Ate less this week (poor appetite). No new abx.

Pt brings up a new very sore spot, R calf, back of the leg, started about two weeks
ago, "like a hot coal sitting there". Admits she kept using the heating pad on her legs
most nights after the January visit. With her permission looked: approx 3 cm dusky
purple firm patch w/ darker center, R posterior calf. Not draining.

Plan:
- skip tonight's dose, then 3 mg every day, INR recheck in 1 wk
- messaged Dr. Pellerin (cardiology) and PCP about the calf; urgent derm referral placed
- told again to stop the heating pad completely
Time spent 20 min, >50% counselling.
"""),
("2024-03-19", "Dermatology Consult", """
DERM CONSULT  3/19/24
CC: painful R calf lesion
78F on HD, AF on warfarin >10 yrs, PAD. R calf pain and discoloration since late Feb.

Bx 3/12 (6 mm punch + deep incisional wedge, R posterior calf): medial calcification of
subcutaneous arterioles, lobular fat necrosis, intraluminal thrombi. Dx: calciphylaxis.

Exam: R posterior calf: 5x4 cm necrotic plaque, black eschar stuck to it, retiform
purpura around it. Background: the reticulated brown pigment of erythema ab igne on
both lower legs; L calf has no ulcer or plaque.

Assessment: calciphylaxis (biopsy-proven), R posterior calf, arising within skin she
has been cooking nightly with the heating pad since autumn 2023 - the repeated thermal
injury is the likely local trigger, with ESRD and warfarin as the systemic risks.

Plan:
1. asked cardiology to consider switching warfarin -> apixaban
2. STS 25g IV post-dialysis three times weekly, nephrology to order
3. absolutely no heat to the legs
4. Vaseline gauze + foam, no debridement; vasc surg aware
5. RTC 2 wks
"""),
]}

Y04 = {"patient_id": "Y04", "age": 66, "sex": "M", "notes": [
("2017-10-05", "Cardiac Surgery Operative Report", """
CARDIAC SURGERY OPERATIVE NOTE
DOS: 10/05/2017
Preop dx: multivessel CAD (LM 60%, LAD 90%, OM1 80%, RCA 95%), NSTEMI 9/29
Postop dx: same
Procedure: CABG x3 - LIMA-LAD, reversed SVG-OM1, reversed SVG-PDA.
 Open greater saphenous vein harvest, L leg, medial thigh (groin crease to just above knee).
Surgeon: H. Castellanos MD  Assist: B. Ruud PA
PMH: ESRD on TTS hemodialysis; DM2 on insulin; HTN. BMI: 30.0

Description: median sternotomy. LIMA taken skeletonized. At the same time the
L greater saphenous vein was harvested via one continuous incision along the medial thigh,
branches clipped, wound closed in two layers of 3-0 vicryl and skin staples.
Heparinized, aorto-RA cannulation, CPB 94 min, cross-clamp 71 min, cold blood cardioplegia.
Distal anastomoses 8-0 prolene, proximals to the ascending aorta. Perfusion ran
ultrafiltration on bypass (ESRD). Weaned easily on low-dose norepinephrine.
2 mediastinal and 1 L pleural tube. Sternum closed with 7 wires.
To CVICU intubated, hemodynamics stable.
"""),
("2017-11-30", "Cardiac Surgery Post-op Clinic", """
CT SURGERY CLINIC - post-op visit #2

66M s/p CABG x3 on 10/5/17. Post-op course: AF (warfarin started 10/11, INR goal 2-3)
and slow vent wean; to SNF 10/20, home since 11/6. HD resumed T/Th/Sa.
Today: L thigh harvest incision very painful since Thanksgiving Day - "woke up
and it was purple". No fever.

VS: BP 128/70  HR 82 AF, rate ok  T 36.8  Wt 96.1 kg  BMI 30.0
Sternum stable, incision healed, no click, no drainage.
L leg: mid-third of the medial thigh incision has a 9 x 4 cm stellate violaceous,
rock-hard area straddling the scar with a 3x1.5 cm dry black eschar, livedo surrounding
it. Proximal and distal incision healed nicely. No fluctuance, no pus, no crepitus.
WBC 8.1. INR 2.4.

A/P: necrotic plaque on the L thigh along the vein-harvest scar. Does not look like SSI.
DDx calciphylaxis (ESRD, warfarin, insulin) vs ischemic wound edge.
- urgent derm referral for bx; venous duplex neg for DVT
- NO debridement for now, dry dressing
- d/w his nephrologist re binders, PTH
"""),
("2017-12-08", "Dermatology Clinic", """
DERMATOLOGY - new pt, referred by CT surgery

66 yo man (ESRD/HD; insulin-treated DM2), CABG 10/5/17 with L saphenous harvest,
warfarin since the post-op AF. Painful L thigh lesion since 11/23/17 (Thanksgiving).

Two 4 mm punch biopsies taken from the edge 12/1/17: subcutaneous small-vessel
calcification (von Kossa +) with thrombosis. Consistent with calciphylaxis.

Exam today: L medial thigh - 10x5 cm rock-firm purple plaque whose centre is
black eschar, sitting on the middle of the vein harvest scar. No new lesions elsewhere,
R leg clear, abdomen clear.

Impression: L medial thigh calciphylaxis, localized along the saphenous vein
harvest incision from the CABG; the surgical incision is the probable local precipitant
in this man with ESRD, warfarin exposure and insulin use.
Plan: thiosulfate with dialysis (renal to order), stop Ca-based binder, cardiology asked
whether
warfarin can be swapped. Wound care weekly. Pain: tramadol low dose per renal.
"""),
]}

Y05 = {"patient_id": "Y05", "age": 71, "sex": "F", "notes": [
("2020-08-19", "Emergency Department Provider Note", """
ED PROVIDER NOTE   08/19/2020 07:42
CC: syncope w/ fall

HPI: 71 F with ESRD on HD (MWF, last run yesterday), HTN, hypothyroidism, no diabetes,
BIBA. Stepping out of the bathtub this AM she "just blacked out" and fell, striking her
right side on the tub edge. Brief LOC per husband. No prodrome, no CP, no palpitations.
Not on any blood thinners.

Exam: BP 168/74  HR 34 (!)  RR 18  SpO2 98%  BMI 24.6 (chart)
Alert, oriented x3. Head atraumatic, no midline spine tenderness.
R flank: 8 x 6 cm ecchymosis with a superficial abrasion over it where she hit the tub,
tender, no crepitus. Abd soft, NT.
ECG: complete heart block, junctional escape ~34.
CT head neg. CXR no PTX, no rib fx. CT A/P: no rib, renal or splenic injury.
K 5.3, trop flat.

MDM: syncope from CHB. Pacer pads placed, atropine ready, not needed.
Abrasion cleaned with NS, bacitracin + dry dressing.
Dispo: CCU, EP consulted for pacemaker.
"""),
("2020-08-21", "EP Procedure Note", """
ELECTROPHYSIOLOGY PROCEDURE NOTE   08/21/2020
Procedure: dual-chamber permanent pacemaker implant, L axillary vein access;
removal of temporary transvenous wire (R IJ)
Indication: complete heart block with syncope
Anesthesia: local lidocaine + moderate sedation

Cefazolin 2 g IV pre-incision. 5 cm incision L infraclavicular, pocket made on the
pectoralis fascia. Two axillary vein sticks under fluoro. RV lead to mid septum
(R 11 mV, threshold 0.6 V @ 0.4 ms), RA lead to appendage (P 2.8, threshold 0.8 V).
Pocket irrigated, generator attached, closed in 3 layers, skin adhesive.
EBL trivial. No complications. No pocket hematoma at end.

Post: CXR in AM, L arm sling 24 h, no lifting L arm above shoulder x 4 wks.
HD tomorrow as scheduled; avoid L arm BP. R flank bruise from the fall improving.
Device wound check 2 wks, full check 1 month.
"""),
("2020-09-24", "Device Clinic Note", """
DEVICE CLINIC - one month post implant   9/24/20
71 y.o. F, DDD PPM 8/21/20 for CHB w/ syncope.

Interrogation: battery OK. AP 12%, VP 99%. Thresholds RA 0.75 V, RV 0.5 V @ 0.4 ms.
Sensing/impedances stable. No AHRE. No events.
Pocket: well healed, flat, no erythema, no tenderness.

Other: pt asked the RN to look at a very painful area on her R side x 2 wks. Location R
flank,
a hand's breadth over the iliac crest, posterior axillary line: 5x4 cm hard purple-black
plaque with net-like edges, very tender, no drainage. Her nephrologist has seen it,
she has a dermatology appointment tomorrow.

BMI 24.2 today. Vitals stable.
Plan: no device changes. Remote monitoring q3 mo. Next in-office check 6 months.
"""),
("2020-10-08", "Dermatology Clinic", """
Dermatology clinic note  10/08/2020

71F, ESRD on HD MWF, pacemaker 8/2020. Seen 9/25 for a painful R flank plaque present
since about 9/10; punch biopsy taken that day.
Path: small vessel mural calcification in the subcutis with surrounding fat necrosis
and microthrombi; von Kossa stain outlines the deposits. Final diagnosis: calciphylaxis.

Today pain 8/10 despite acetaminophen. Exam: R flank, 6x5 cm retiform plaque; the
central eschar now measures 2 cm; livedo around it. Trunk and legs otherwise clear.

Labs from unit 10/5: Ca/PO4 9.8/6.9, iPTH 880, alb 3.3.

A/P: calciphylaxis, R flank, biopsy-proven.
- thiosulfate 25g with dialysis, started by nephrology 10/2
- cinacalcet uptitration, stop calcitriol
- wound: collagenase declined by pt; foam + gentle cleansing
- palliative care referral for pain
f/u 3 wks
"""),
]}

Y06 = {"patient_id": "Y06", "age": 74, "sex": "M", "notes": [
("2025-01-08", "Advanced Heart Failure Clinic", """
ADVANCED HEART FAILURE CLINIC                      01/08/2025

74 M, HFrEF (NICM, LVEF 30%), CKD stage 4 (eGFR 17, nephrology following; no dialysis
yet and no access placed), AF (warfarin 2016-2023, now apixaban 2.5 BID), DM2 on insulin
glargine - injects his thighs, obesity, gout.

Three HF admissions in 2024. Oral torsemide 100 mg BID no longer holding him.
Wt up 3 kg in 10 days, orthopnea 2 pillows -> 3.

Vitals: BP 118/64  HR 72  SpO2 94%  Wt 104.6 kg  BMI 33.5
JVP 12 cm, 2+ pitting edema to knees, bibasilar crackles.
Labs: Cr 3.4, BUN 71, K 4.8, Na 134, NT-proBNP 11,400.

Plan:
1. Congestion: start Furoscix (furosemide 80 mg/10 mL SC by on-body infusor over 5 h)
   whenever wt is up >1 kg; prior auth approved. HF RN to teach application to the
   lower abdomen, rotating sides each time.
2. Continue metoprolol succinate 25, dapagliflozin stopped (eGFR).
3. Nephrology aware, discussing RRT options.
RTC 4-5 wks, labs in 1 wk.
"""),
("2025-02-12", "Advanced Heart Failure Clinic", """
ADV HF CLINIC f/u   2/12/25

Since January he has been putting the Furoscix on-body infusor on about twice a week,
lower abdomen, swapping R and L like he was shown. Good response, ~1.5 L extra urine
per dose. Some pink skin under the adhesive after removal that fades by next day.
No other skin complaints. Sleeping on 2 pillows again.

Vitals: BP 110/60  HR 70  Wt 101.9 kg  BMI 32.6
JVP 8 cm, 1+ edema ankles, lungs clear.
Labs 2/5: Cr 3.6, K 4.5, Mg 2.0.

A/P: improved volume status on oral torsemide + SC furosemide infusor.
Continue current plan. Reviewed site rotation and skin checks with pt and daughter.
Nephrology visit next month. RTC 6 wks.
"""),
("2025-03-26", "Dermatology Clinic", """
DERMATOLOGY  3/26/2025  - return for biopsy results

74M w/ HFrEF and CKD 4 (pre-dialysis), insulin-treated DM2, prior warfarin. Uses a
subcutaneous furosemide on-body infusor on the lower abdomen since January. Painful
lesion on the right lower belly since St. Patrick's Day; seen here 3/19 and biopsied.

Path (incisional, R lower abdomen): medial calcific deposits in small arteries of the
subcutis,
fibrointimal hyperplasia, thrombi, panniculitis. Diagnosis: calciphylaxis.

Exam: RLQ - 6x5 cm purple retiform plaque, necrotic centre, livedo
rim; it sits right on the infusor application area. L lower quadrant
skin normal. Thighs clear.

Impression: non-dialysis (CKD 4) calciphylaxis, R lower abdomen, located at the on-body
infusor sites.
Plan: HF team to stop abdominal infusor use; STS discussed with nephrology; vitamin K2
not started; wound care foam; f/u 2 wks. Weight today 102.3 kg.
"""),
]}

Y07 = {"patient_id": "Y07", "age": 69, "sex": "M", "notes": [
("2021-08-24", "Heart Failure Transitions Clinic", """
HF TRANSITIONS CLINIC - post discharge visit   8/24/21

69 M. Mechanical MVR (On-X, 2012) on warfarin; his valve INR window is 2.5-3.5. HFrEF
LVEF 35%.
ESRD, on CAPD (4 bags a day). DM2 on linagliptin, never needed insulin. R shoulder OA.
Admitted 7/27-8/3 with ADHF.

S: Breathing better. Since discharge on 8/3 he can't lie flat, so every night
he sleeps in his lift recliner, slumped toward the left because of the R
shoulder pain, weight mostly on his left buttock. Also sits in the same chair most of
the day watching ball games.

O: BP 104/62  HR 80  SpO2 96%  Ht 1.73 m  Wt 85.0 kg  -> BMI 28.4
Crisp mechanical S1. JVP 9. Ankles: trace edema.
Skin: blanchable redness over the L buttock/ischial area, intact.
INR 3.1.

A/P:
- HFrEF: euvolemic-ish; UF via PD, renal adjusting dextrose.
- Valve: continue warfarin, INR in range.
- Skin: pressure-relief cushion ordered; asked him to shift weight q1-2h and alternate
sides.
RTC 4 wks.
"""),
("2021-10-28", "Nephrology PD Clinic", """
PD CLINIC - monthly   10/28/2021
69 M on CAPD, mech MVR on warfarin, HFrEF.

PD: 4 exchanges 2.5%/1.5%, UF ~900 mL/d. No peritonitis. Exit site clean.
New problem: excruciating pain in the L buttock starting in early October, now a hard
dark area. Pain 9/10, can barely sit.
Exam: L buttock - 7x6 cm indurated purple plaque, black eschar 2 cm centrally, retiform
purple edge; light touch makes him wince.
Labs: Ca/PO4/iPTH 10.1/6.8/1140, alb 3.0, INR 3.3.
Meds incl CaCO3 1 g w/ meals x3, calcitriol 0.5 daily.

A: concern for calciphylaxis vs unstageable pressure injury.
P: derm punch bx tomorrow (OK with INR, spoke with derm); stop Ca carbonate -> lanthanum;
hold calcitriol; start cinacalcet 30. If confirmed, IP sodium thiosulfate protocol.
"""),
("2021-11-09", "Wound Care Clinic", """
Wound Clinic  11/9/21

Referred by nephrology. Punch biopsy 10/29 of the L buttock: calciphylaxis (arteriolar
medial calcification, thrombi, fat necrosis). Mech MVR so warfarin has to continue;
cardiology and renal discussed, no alternative.

Wound #1 L buttock: 7.5 x 6.0 cm, 80% adherent black eschar, 20% yellow slough
rimming it, no exudate, periwound retiform purpura, no fluctuance. Pain 8/10.
Plan for wound 1: leave eschar dry/intact, paint with betadine daily, bordered foam.
No sharp debridement. Offload the L buttock: alternating-pressure overlay ordered;
avoid sitting > 1 h at a time.
Started IP STS with nephrology 11/4.
RTC 1 wk.
"""),
]}

PATIENTS = [Y01, Y02, Y03, Y04, Y05, Y06, Y07]
