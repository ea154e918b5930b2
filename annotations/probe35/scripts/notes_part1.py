"""probe35 corpus notes, U01-U07 (medication administration records, injection logs, pharmacy,
anticoagulation and diabetes-education notes; all invented)."""

U01 = {"patient_id": "U01", "age": 59, "sex": "F", "notes": [
("2019-06-03", "Diabetes Education Visit", """
DIABETES SELF-MGMT EDUCATION -- INSULIN START
Referred by: Dr. Vasquez-Lind (nephrology, Harlow Creek Kidney Ctr)
Dx: T2DM x 11 yrs, A1c 9.4% (05/21/2019). Kidney: CKD 5 on home CCPD since fall 2017.
Meds reviewed: linagliptin 5 mg -- STOP today.
New: insulin glargine (Basaglar pen) 12 units at bedtime; lispro 3 units w/ meals + correction card.
Insulin start date: 06/03/2019
Teaching completed:
 - pen priming (2 units), 4 mm pen needle, 90 deg, hold for 10 sec
 - site rotation map handed out (abd quadrants / thighs / back of arms)
 - hypo tx rule of 15, glucagon not ordered
Return demo: pt gave her own 1st dose in clinic -- L lower abdomen, approx 2 inches lateral to umbilicus. Tolerated well.
Pt comment: "I'll probably just keep to the left, my PD tubing sits on the right side." Reviewed why rotating matters; pt nodded but not convinced.
Height 160cm, weight 86.5kg -> BMI 33.8
F/u: phone check in 1 wk, clinic 3 mo.
-- K. Marsh RN, CDCES
"""),
("2019-12-13", "PD Clinic Nursing Note", """
PD CLINIC - monthly visit, RN
CCPD 5 cycles overnight, avg UF 900 mL. Effluent clear per pt, no abd pain with fills.
C/o: "sore hard lump" on belly, L lower side, first noticed about 3 weeks ago, much worse this past week. Pain 8/10, wakes her at night.
Insulin log brought in by pt -- every entry June thru Dec marked LLQ. She admits she never rotated.
Assessment: L lower abdomen 3.5x2.5cm plaque, indurated and violaceous, stellate black centre ~1 cm, net-like purple mottling at edges, non fluctuant. T 36.9, HR 84.
Wt 85.0 kg
Dr. Vasquez-Lind in clinic and examined pt -- urgent derm referral placed for punch bx. Pt told to inject into the R thigh for now, nowhere near the sore.
"""),
("2019-12-20", "Dermatology Biopsy Result Note", """
DERMATOLOGY -- path review / follow up
Procedure 12/16/2019: 4 mm punch, border of L lower abdominal plaque.
Path: arteriolar mural calcium in the subcutis, intimal proliferation, luminal thrombi; fat necrosis both septal & lobular; vK stain +.
DX: CALCIPHYLAXIS (calcific uremic arteriolopathy).
Correlation: plaque lies squarely inside the patch of skin she has used for each glargine/lispro dose since 06/03/2019 (DSME record + her own log). Repeated needle trauma at one spot is the likely local trigger.
Today: eschar unchanged, surrounding livedo slightly wider. Wt 84.2 kg, BMI 33.1.
Plan: STS per renal team, who will also adjust CCPD, wound RN for dressings, insulin only into thighs alternating L/R, pain team consult.
"""),
]}

U02 = {"patient_id": "U02", "age": 72, "sex": "M", "notes": [
("2020-11-29", "Inpatient MAR Excerpt", """
MEDICATION ADMINISTRATION RECORD  |  4 West, St. Brennan Hospital  |  printed 11/29/2020 0700
Admit 11/26/2020 (Thanksgiving Day) via ED -- community-acquired pneumonia.
PMH: ESRD, HD MWF at Ridgeline Dialysis. Home meds per pharmacy med rec: sevelamer, cinacalcet, amlodipine; warfarin d/c'd 2016 after UGIB, none since.
** LEFT ARM AVF -- NO BP / NO LAB DRAWS / NO INJECTIONS LEFT ARM **
Allergies: NKDA   Dosing wt: 79 kg
heparin 5000 unit/0.5 mL SUBCUT Q8H (VTE ppx)
  11/26 2150  R posterior upper arm   GIVEN  J.Lorne RN
  11/27 0610  abd RLQ                 GIVEN  J.Lorne RN
  11/27 1405  R posterior upper arm   GIVEN  T.Sayre RN
  11/27 2200  R posterior upper arm   GIVEN  M.Oduya RN
  11/28 0600  R posterior upper arm   GIVEN  M.Oduya RN
  11/28 1400  R posterior upper arm   GIVEN  T.Sayre RN
  11/28 2210  abd LLQ                 REFUSED - "not the belly"
  11/29 0605  R posterior upper arm   GIVEN  J.Lorne RN
ceftriaxone 1 g IV q24h -- 11/26, 11/27, 11/28 given
azithromycin 500 mg PO daily -- given x3
sevelamer 1600 mg PO TID w/ meals -- given
RN comment 11/28: pt asks for all shots "in my good arm, belly is ticklish"; honored, alternating spots on back of R arm.
"""),
("2020-12-14", "Outpatient Hemodialysis Nursing Note", """
Ridgeline Dialysis -- chairside RN note (Mon)
Pre tx: BP 151/83, HR 78, wt 80.3 kg (EDW 79.0). Post-hospital, discharged 12/1.
New complaint: pt pulled up his sleeve and showed me the back of his R upper arm - noticed it this morning getting dressed. Purple, firm, very tender area about 4cm across, dusky centre, surrounded by lacy purple blotches. States "that's where they kept sticking me with the blood thinner in the hospital".
No fever. No drainage.
AVF L arm: + thrill/bruit, cannulated 15g x2 without difficulty.
Labs last month: Ca 9.6, Phos 7.8, iPTH 812.
Dr. Okwuosa rounding, looked at it -- ? calciphylaxis. Derm referral faxed, photo in chart.
"""),
("2020-12-23", "Dermatology Consultation", """
Dermatology consult -- 72M
Reason: painful plaque R arm in HD patient.
HPI: ESRD on in-center HD x 6 yrs. Admitted 11/26-12/1/2020 for CAP; MAR shows heparin 5000 u subcut q8h, nearly all doses to the right posterior upper arm from 11/26 on. Since 12/14 pain and purple discoloration at that same area, now with a black center.
No diabetes. Warfarin in the past (2012 to 2016, stopped after GI bleed); no anticoagulant now.
Exam: R posterior upper arm retiform purpura 5x4cm with 2 cm adherent necrotic eschar. L arm AVF. No other skin lesions. BMI 26.4.
Incisional biopsy 12/18: medial calcification and thrombosis of dermal and subcutaneous vessels, extravascular calcium in fat -- consistent with calciphylaxis.
Assessment: calciphylaxis of the R upper arm arising at the recent SC heparin injection sites.
Plan: STS 25g IV over the closing 60 minutes of every HD session; swap calcium acetate for lanthanum; cinacalcet up; dressings per wound RN; no more subcut shots into either arm.
"""),
]}

U03 = {"patient_id": "U03", "age": 66, "sex": "F", "notes": [
("2021-07-20", "Anticoagulation Clinic Note", """
ANTICOAGULATION CLINIC - INR visit (PharmD)
Indication: mechanical mitral valve (On-X, 2014). Target INR 3.0 (range 2.5-3.5), lifelong.
Regimen: warfarin 5mg qd, 2.5mg on Mon+Fri (30 mg/wk)
INR today (POC): 3.9     prev 3.1 on 7/6
Bleeding: denies melena/hematuria/epistaxis. Bruising: "a little on the arms, nothing new".
Diet/EtOH: no change, no alcohol.
Med changes: asks about ibuprofen for L knee arthritis -- advised NO NSAIDs (bleeding risk + kidneys). Pt then told me she has been icing the left knee 2-3x a day with a gel pack since the Fourth of July, "nothing else touches it." Acetaminophen up to 3 g/day OK'd.
Other: ESRD, HD Tu/Th/Sat at Brookmoor unit.
Plan: hold tonight, then 27.5 mg/wk (2.5 mg Mon/Wed/Fri, 5 mg other days). Recheck 7/27.
L. Crane, PharmD, CACP
"""),
("2021-09-02", "Anticoagulation Clinic Note", """
ANTICOAG CLINIC f/u
INR 2.8 - in range. Dose unchanged 27.5 mg/wk.
New problem: pt reports a black, very painful spot on the inner side of her L knee that came up in August, ringed by a purple web. Still putting the ice pack on most nights since the knee keeps aching. Photo taken w/ consent, uploaded to media tab.
Told pt to stop icing that knee and that this needs to be seen this week -- secure message to Dr. Farrow (nephrology) and derm triage.
Wt 76.1 kg. Next INR 9/16 or sooner if seen in hospital.
"""),
("2021-09-10", "Dermatology Consultation", """
DERM CONSULT
66yo woman; HD for ESRD; mechanical MVR on warfarin, prediabetes (A1c 6.0, on no diabetes meds).
Lesion: L medial knee, 3x3cm necrotic ulcer, black eschar, retiform purpura round it; pt winces at light touch. First appeared in August per pt.
Exposure: daily cold gel pack on the same area of the L knee since 07/04/2021 for OA pain.
Punch bx (9/3, edge of lesion): mural calcification of small vessels + thrombi + fat necrosis, vK-positive. Warfarin-related skin necrosis considered -- histology favors calciphylaxis.
Dx: calciphylaxis, left knee, where the cold pack went daily.
Ht 160.5 cm, Wt 76.0 kg, BMI 29.5 (overweight).
Plan: cardiology re anticoag (valve needs a VKA per cards, so warfarin probably stays), STS with HD, no ice or heat to legs, wound care Q2 days.
"""),
]}

U04 = {"patient_id": "U04", "age": 63, "sex": "M", "notes": [
("2022-11-08", "Diabetes Educator Telehealth Visit", """
DSMES follow-up (video visit), pt + wife on camera
DM type 2 since 2009. Regimen: insulin degludec 26 u q AM; semaglutide on hold (nausea). A1c 7.6 (10/2022).
Injection technique reviewed: pt injects belly only, moving around clockwise; wife palpated per my instructions -- no lumps reported.
Kidney: ESRD on APD, 9 hr nightly cycler.
Feet/legs: wears knee-high compression hose every day for ankle swelling. Reminded him to look at the skin under the top band each night.
Meter download: fasting 110-160s, 2 lows < 70 in 30 days (both after missed supper).
Wt 98.4 kg  Ht 177.5 cm  BMI 31.2
Plan: reduce degludec to 24 u, RTC 3 months.
-- A. Nkemelu, MS RD CDCES
"""),
("2023-01-19", "Home Health Skilled Nursing Visit", """
HOME HEALTH - SN visit #4 (wound/med mgmt)
S: "Feels like a burn right under my sock line." Sore spot on R calf, which he spotted 10 days ago, darker each day.
O: R upper calf, posterolateral, lined up with the stocking's elastic cuff (circumferential indentation visible): 5 x 2.5 cm horizontally-oriented purpuric plaque, central black area 1.5 cm, livedoid margins. L calf shows the band mark, skin intact.
Pt has worn the 20-30 mmHg knee-highs daily since last spring ("the vein doctor put me in them").
Pain 7/10, T 98.1 F. Cycler working, no PD concerns.
Meds verified vs list: degludec 24 u, sevelamer, calcitriol, furosemide.
A/P: stockings off until MD review. Called PCP office + nephrology on-call, message left. Dry dressing applied.
"""),
("2023-01-31", "Dermatology Clinic Note", """
DERMATOLOGY
Pt seen for R calf plaque, f/u of punch bx done 1/23/23.
Path: subcutaneous small-artery wall calcium, thrombosed lumina, lobular panniculitis -- calciphylaxis.
Distribution: one lesion, tracking the line where the compression stocking band pressed on the R calf. Sustained band pressure is the probable local trigger. No lesions on abdomen where he injects insulin.
Wt 94.0 kg, BMI 29.8 (down ~4 kg, poor appetite since pain began).
Plan: stop compression hose for good, leg elevation instead; STS via nephrology; wound care biweekly.
"""),
]}

U05 = {"patient_id": "U05", "age": 54, "sex": "F", "notes": [
("2024-03-06", "Inpatient Clinical Pharmacy Note", """
Clinical Pharmacy -- renal dosing / VTE prophylaxis review
POD#1 s/p open R inguinal hernia repair w/ mesh on 03/05/2024 (Dr. Hallorann).
Renal: ESRD, HD M-W-F, last run 3/4.
Order received: enoxaparin 40 mg SC daily. Rec: change to heparin 5000 u subcut Q8H, as enoxaparin accumulates in dialysis pts. Prescriber agreed; order changed 0940.
MAR check: first heparin dose given 1015, abd LUQ.
Other meds: oxyCODONE 5mg Q4H PRN, APAP 650mg Q6H, sevelamer 800 TID, cinacalcet 30 daily.
Home anticoagulation: none (no warfarin / no DOAC).
Wt 101 kg, BMI 36.2 (class II obesity).
No DM.
"""),
("2024-05-03", "Surgery Clinic RN Intake", """
General Surgery clinic - post-op RN intake
Pt says the groin incision "healed nicely at first", then toward the end of April the skin along the right groin scar turned dark and became very painful, worse with walking.
RN exam: R inguinal incision 6 cm, medial third has a 2x1.5cm black eschar w/ surrounding mottled violaceous skin, very tender to light touch. No drainage, no warmth, no fluctuance.
VS: T 37.0, BP 162/88. Dialysis as scheduled.
Dr. Hallorann examined -- ? deep mesh infection vs something else. CT pelvis ordered; derm e-consult sent.
"""),
("2024-05-16", "Dermatology Consultation", """
Derm consult
HPI: 54F on HD, open R inguinal herniorrhaphy 3/5/24. Painful necrosis along the healed scar since late April.
CT 5/7: no fluid collection, mesh in place, extensive small vessel calcification in the groin soft tissues.
Bx 5/10 (wedge, wound edge): calcified subcut arterioles, thrombi, necrotic fat => calciphylaxis.
The heparin injection areas of the abdomen (LUQ/RUQ) are clear.
Impression: calciphylaxis localized to the right inguinal surgical incision.
Plan: STS 3x/wk with HD, stop calcium-containing binder, wound clinic, pain service.
"""),
]}

U06 = {"patient_id": "U06", "age": 77, "sex": "M", "notes": [
("2022-06-02", "Coumadin Clinic Visit", """
COUMADIN CLINIC
Dx: AF, CHA2DS2-VASc 5. Warfarin 3 mg daily (21 mg/wk). Goal 2-3.
INR 2.4 -- therapeutic.
Bleed/bruise screen: + bruise on L shin -- clipped it on the car door climbing out at his granddaughter's house on Memorial Day. Exam: 4 cm yellowish-purple ecchymosis anterior L shin, skin intact, no hematoma, no open area.
Falls: denies.
Other: ESRD on in-center HD (TTS). T2DM -- linagliptin 5 mg, no insulin.
Plan: no change, 21 mg/wk. INR 4 wks. Told to call if the bruise gets bigger or breaks open.
"""),
("2022-06-21", "Hemodialysis RN Progress Note", """
HD unit - RN progress note
Pt asked me to look at his L leg. Says the Memorial Day bruise was fading, then on June 9 a hard, painful knot came up in the middle of it and over a few days it went black.
Assess: L anterior shin: 3x2cm ulcer, black eschar on top, surrounding star-shaped purpura, pain 9/10 on touch. Pedal pulses faint but present bilat.
Pre-wt 68.2 kg. Tx uneventful, UF 2.3 L.
Dr. Ibarra notified on rounds -> derm urgent. Warfarin clinic messaged re lesion.
"""),
("2022-06-30", "Dermatology Consultation", """
DERMATOLOGY
77M, HD-dependent ESRD, DM2, AF on warfarin.
L shin 3.5x2cm necrotic ulcer, stellate purpura and livedo around it; onset 6/9/22 per pt, arising inside a bruise from a car-door knock to the shin on 5/30/22.
Punch bx edge 6/24: small-vessel calcification, thrombosis, necrotic fat, vK+. = calciphylaxis.
A: CUA L shin, arising where he injured it.
BMI 24.7.
Plan: warfarin -> apixaban (d/w cardiology + nephrology), STS, wound care, leg protection.
"""),
]}

U07 = {"patient_id": "U07", "age": 48, "sex": "F", "notes": [
("2018-03-12", "Nurse Injection Clinic Log", """
NURSE INJECTION CLINIC -- RECURRING ORDER LOG
Order: cyanocobalamin 1,000 mcg IM q month (pernicious anemia, intrinsic factor Ab +). Ordering: Dr. Szabo.
Pt preference: L upper arm (deltoid) only -- "I'm right handed, a sore right arm ruins my week."
Date     | Site               | Lot    | By | Rxn
01/08/18 | L upper arm deltd  | 7K22A  | DP | none
02/12/18 | L upper arm deltd  | 7K22A  | DP | none
03/12/18 | L upper arm deltd  | 8B04C  | AM | none
Notes: pt on PD (ESRD), T2DM on sitagliptin -- no insulin. Next due 04/09/18.
"""),
("2018-11-20", "PD Clinic RN Note", """
PD clinic RN note
Pt complains of a hard, painful place on her outer L upper arm, "where I get my B12 shot". Started about two months ago as a pea-sized lump, now the skin on top has gone purple-black, pain keeps her up.
Exam: 3 cm indurated violaceous plaque L lateral upper arm w/ small central necrotic ulcer, netlike purple discoloration around it. No pus.
B12 shots have continued monthly into that arm thru 11/12.
PD: CAPD 4 exchanges, no peritonitis. Pt is obese, seeing renal dietitian.
Plan: B12 inj on hold, Dr. Szabo + nephrology aware, derm appt 12/4.
"""),
("2018-12-04", "Dermatology Consultation", """
DERMATOLOGY CONSULT
48yo F; ESRD, CAPD; DM2 (oral agent), obesity, pernicious anemia on monthly IM vitamin B12 since January 2018, every injection into the L deltoid area.
Lesion began in September as a firm knot right at that injection spot, now 3.5cm plaque, ulcerated centre w/ eschar, L lateral upper arm.
4 mm punch: calcification of subcutaneous small vessels, thrombi, fat necrosis -- calciphylaxis.
Impression: calciphylaxis where the IM B12 has been given monthly.
Plan: switch B12 to oral 2 mg daily; no injections into that arm; STS via nephrology; wound care.
"""),
]}

PATIENTS = [U01, U02, U03, U04, U05, U06, U07]
