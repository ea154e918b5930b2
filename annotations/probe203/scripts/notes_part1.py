"""probe203 corpus notes, E01-E07 (pharmacovigilance and adverse-event reports and the clinics
around them; all people, places and wording invented)."""

E01 = {"patient_id": "E01", "age": 67, "sex": "F", "notes": [
("2020-10-05", "MedWatch Voluntary Report (Pharmacist)", """
FDA MEDWATCH FORM 3500 - VOLUNTARY REPORT (draft saved by reporter)
Reporter: inpatient clinical pharmacist, St. Aldric Medical Center, 6 West

A. PATIENT  initials R.T. | age 67 | sex F | BMI 33.1 | weight 88 kg
B. ADVERSE EVENT  [x] required intervention  [x] hospitalization prolonged
Date of event: 10/02/2020      Date of this report: 10/05/2020
Describe event: Admitted 14-SEP-2020 w/ community-acquired pneumonia. Enoxaparin 30 mg SC
once daily for VTE prophylaxis started 09/14/2020; nursing rotated the doses between the
L and R lower abdomen. On 10/02/2020 the night RN charted two exquisitely painful,
stone-hard violaceous plaques with a central black eschar, one left and one right of the
midline below the umbilicus, over spots that had been used for the injections. Derm saw pt;
punch bx x2 sent 10/05. Enoxaparin d/c'd 10/02 -> sequential compression devices to calves.
Relevant tests: corrected Ca 9.6, phosphorus 7.2, intact PTH 612, albumin 2.9
Other history: ESRD, hemodialysis (MWF) for six years; T2DM on linagliptin; insulin never
prescribed; HTN; obesity.
C. SUSPECT PRODUCT: enoxaparin sodium 30 mg/0.3 mL PFS, lot # requested from pharmacy stock.
"""),
("2020-10-12", "Dermatology Consult Follow-up", """
DERMATOLOGY - inpatient follow-up, biopsy results

Path (10/05/2020; punches, L and R lower abdomen): tiny subcutaneous arterioles with a
calcified media and intimal overgrowth; thrombus occluding several; fat lobules necrotic.
von Kossa: calcium stains black.
Exam today: bilateral lower abdominal eschars unchanged, 3.5 x 2 cm on the left and
2.8 x 2.5 cm on the right, each rimmed by retiform purpura. Thighs, buttocks, breasts
checked: nothing new. SCD sleeves on both calves, skin underneath normal.
Impression: calciphylaxis, biopsy-proven. Both lesions sit precisely on her enoxaparin
injection sites - localisation to injured fat, a Koebner-type pattern, seen here in a
dialysis patient whose phosphate and PTH run high.
Recs: 1) renal team to start IV sodium thiosulfate (25 g) on each of her HD days.
2) Abdomen off-limits for any SC drug from now on. 3) Dressing: non-adherent only; defer
any sharp debridement. 4) Pain service.
"""),
("2020-10-20", "ADR Causality Assessment (Drug Safety)", """
ADR CAUSALITY ASSESSMENT - P&T Drug Safety Subcommittee
Case SAMC-20-0417 | suspect: enoxaparin | event: calciphylaxis at injection sites

Chronology: 1st dose 14-Sep-2020; lesion onset 02-Oct-2020 (day 18).
Dechallenge: stopped 02-Oct; lesions stable, no new ones by 20-Oct.
Naranjo: previous conclusive reports +1 | event after drug +2 | improved on stopping 0 |
rechallenge n/a 0 | alternative causes -1 (ESRD, hyperphosphataemia, 2ry HPT) |
placebo 0 | drug level 0 | dose relation 0 | prior similar reaction 0 | objective
evidence +1 (histology). TOTAL 3 = possible.
WHO-UMC category: possible.
Comment: enoxaparin itself is an unlikely root cause. The needle trauma most plausibly
steered an already active disease to the abdominal fat. Suggest an order-set note for
high-risk HD pts: prefer non-adipose sites, avoid repeated use of one area.
Sent to FDA as follow-up #1.   -- J. Okonkwo, PharmD, BCPS
"""),
("2020-11-03", "Nephrology Clinic Note", """
NEPHROLOGY OUTPATIENT F/U - Hollis Street dialysis unit

67 yo F, end-stage kidney disease (Hollis St chair, Mon/Wed/Fri, R IJ tunnelled line until the L AVF matures).
Sept admission for CAP, during which a lower-abdominal calciphylaxis was diagnosed by
biopsy.
Interval: 9 doses of sodium thiosulfate so far, mild nausea only. Pain better with
hydromorphone 1 mg up to q6h. Both eschars drier, edges lifting, no new spots.
Vitals: BP 146/82, HR 78, BMI 32.6 (86.4 kg)
Labs 10/30: Hgb 9.8 | alb 3.1 | Ca 9.1 mg/dL | phos 5.4 mg/dL | PTH 388
A/P
- Calciphylaxis: cont STS TIW; cinacalcet 30 mg daily; calcium acetate swapped for
  sevelamer 1600 mg TID; dialysate Ca 2.0.
- T2DM: A1c 7.1 on linagliptin alone.
- Anticoag: circuit heparin only. Has never taken warfarin.
RTC 4 wks.
"""),
]}

E02 = {"patient_id": "E02", "age": 63, "sex": "M", "notes": [
("2019-01-23", "Yellow Card Report (GP)", """
MHRA YELLOW CARD - SUSPECTED ADVERSE DRUG REACTION
Reporter: GP partner, Harrowgate Lane Surgery

Patient: initials D.M. | male | 63 y | weight 84 kg | height 172 cm | BMI 28.4
Suspect drug: methylprednisolone acetate (Depo-Medrone) 120 mg, single IM injection given
in surgery on 14/01/2019 into the right buttock (upper-outer quarter). Indication: acute
gout, L first MTP joint.
Reaction: hyperglycaemia - capillary glucose 19.8 mmol/L on 17/01/2019 with thirst and
polyuria, ketones negative. Not known diabetic (HbA1c 41 mmol/mol in Nov). Settled by
21/01/2019 with no treatment.
Outcome: recovered.
Concomitant: warfarin (AF, target INR 2-3), alfacalcidol, calcium acetate, sevelamer,
bisoprolol.
Relevant history: end stage renal failure, haemodialysis Tue/Thu/Sat at Kellingford
satellite unit.
Seriousness: non-serious. Comment: expected steroid effect; sent because pt is on dialysis.
"""),
("2019-02-26", "Renal Clinic Letter", """
Dear Dr Pellow,

Renal clinic, Kellingford satellite HD unit - seen 26/02/2019

Diagnoses: 1. ESRF on haemodialysis (IgA nephropathy)  2. AF on warfarin  3. Gout
4. Secondary hyperparathyroidism

Mr M. told the dialysis nurses about a very painful patch on his right buttock since
early February. On examination: an indurated violaceous plaque, 6 by 4 cm, over the
right buttock's upper-outer part, with a dry black central eschar and a net-like
purpuric edge. Foot pulses palpable.
Bloods: INR 2.8, PTH 96 pmol/L, phosphate 2.34, adjusted calcium 2.61

Impression: probable calciphylaxis. An urgent skin biopsy is arranged with dermatology; in
the meantime I have stopped the calcium acetate and alfacalcidol, and asked cardiology
whether his warfarin could be changed to apixaban.

Yours sincerely,
Dr H. Vashti, Consultant Nephrologist
"""),
("2019-03-12", "Dermatology Histology Letter", """
Dermatology Department, Kellingford General - results letter, 12/03/2019
Re: D.M., 63 M, hospital no. KG449102

Deep incisional sample from the plaque on the right buttock, taken 01/03/2019.
Histology: medial calcium deposits in the subcutaneous vessels (small and medium calibre), luminal
thrombosis, adipocyte necrosis around them; calcium confirmed on von Kossa.
Conclusion: calcific uraemic arteriolopathy (calciphylaxis).

The ulcer is dressed by the district nurses three times weekly with alginate and foam; the
biopsy wound is slow to close. Warfarin has been replaced by apixaban 2.5 mg bd
(cardiology). Weight today 82.1 kg, BMI 27.8.

Plan: renal team to give intravenous sodium thiosulfate on dialysis days; wound clinic
every 2 weeks; dermatology review at six weeks, earlier should new areas appear.
"""),
]}

E03 = {"patient_id": "E03", "age": 61, "sex": "F", "notes": [
("2022-02-10", "PD Clinic Nursing Note", """
HOME DIALYSIS (PD) CLINIC - RN VISIT

61 F on CCPD x 3 yrs (nightly cycler, icodextrin last fill). Not diabetic. No anticoagulants.
C/O: painful "bruise-looking" patch L lower back x 3 wks. Pulled a back muscle shoveling
snow about 5 wks ago and since then has worn OTC air-activated heat wraps (pt calls them
"the WarmCore ones") across the lower back, often overnight, most nights.
O: 138/84, P 72, temp 36.8 C, BMI 30.0 (79.0 kg).
Catheter exit: no crust, no redness; tunnel nontender.
L lower back, paraspinal: 7 x 5 cm mottled dusky purple area with a firm edge and a 1.5 cm
dark central crust; she flinches at light touch. Skin on the right of the spine is normal.
Labs 2/7: PTH 540, albumin 3.3, calcium 10.2, phos 6.9
Plan: stop the heat wraps today. Photos to Dr Marchetti (nephro). Derm appt this week.
Told pt to keep the box and lot number for a product complaint.
"""),
("2022-02-18", "Dermatology Clinic Note", """
DERM CLINIC
CC: painful plaque on the back
HPI: 61-year-old PD patient, referred by nephrology. The lesion on the L lower back began
around 1/20/22, after roughly two weeks of nightly disposable heat wraps over the lumbar
area. No fall, no injections there.
Exam: L lumbar paraspinal: black eschar (2 cm) inside a zone of retiform purpura; livedo
racemosa tracking laterally. Abdomen and PD catheter exit: clear.
Punch bx 2/11/22 (partner): subcutis shows calcified, clotted arterioles; von Kossa +.
A/P: Calciphylaxis, biopsy-proven, confined to skin she had been heating night after night;
repeated heat to vulnerable fat = local trigger.
- STS per nephrology
- skin to stay free of heat or cold packs
- wound RN referral
- Suggested a device complaint to the manufacturer and MedWatch.
"""),
("2022-03-02", "Manufacturer Complaint Intake (MedWatch 3500A)", """
MANUFACTURER COMPLAINT / MDR INTAKE - FORM FDA 3500A
Mfr report #3011478-2022-00088 | product: single-use air-activated heat wrap, back, 8 h
Event type: serious injury | source: health professional (home dialysis RN)

Narrative: A 61-year-old female consumer on peritoneal dialysis used the wraps on the lower
back nightly from about 06-Jan-2022. She then developed a painful left lower back lesion
around 20-Jan-2022, later diagnosed on dermatology biopsy as calciphylaxis. Reporter states
use was per label except that the wrap was worn during sleep (label: do not sleep wearing
this product). No wrap returned; lot unknown.
Device evaluation: not performed, no sample.
Root cause: undetermined; patient's underlying condition considered contributory.
Labeling review: existing warnings cover sleep use and people with poor circulation.
Assessment: MDR reportable (serious injury). Trend review: 0 similar complaints in 12 mo.
"""),
]}

E04 = {"patient_id": "E04", "age": 70, "sex": "M", "notes": [
("2023-12-05", "Wound Care Center - New Patient", """
WOUND CARE CENTER - INITIAL VISIT

70 M, ESRD - dialyses Tu-Th-Sa in center; T2DM requiring insulin (glargine + lispro);
ischemic cardiomyopathy (EF 25%) after an NSTEMI this summer; obesity (BMI 36.2). On
apixaban; no warfarin ever.
Referral: HD nurses spotted black crust low on his L trunk.
HPI: began as a "hard sore knot" around Thanksgiving; turned black last week. Pain 9/10;
lying on the left makes it worse.
Wound #1 - L flank, midaxillary, two fingerbreadths under the costal margin: 4.0 x 3.2 cm
dry adherent eschar, violaceous indurated periwound, livedo reaching 3 cm posteriorly.
Nondraining, no smell. Pedal pulses by doppler both sides.
Procedure: punch bx (4 mm) off the wound rim; AgNO3 for bleeding.
Plan: keep eschar dry, silver alginate + bordered foam; pt to avoid lying on that side.
F/u 1 wk with path.
"""),
("2023-12-14", "Device Manufacturer Complaint Follow-up", """
WEARABLE CARDIOVERTER DEFIBRILLATOR - PATIENT COMPLAINT FOLLOW-UP
Call w/ pt and daughter about the fit/comfort complaint logged 12/08/2023.

Pt has worn the garment ~23 h/day since last summer, from his hospital discharge.
States the monitor belt "digs in" on his left flank and for weeks he has been padding it
with a folded washcloth. No shocks delivered. Alarm log: 2 gel-deployment warnings
(bending forward), no treatable arrhythmia.
Fit check by field clinical rep today: size L garment exchanged for XL, belt repositioned.
Pt says his "sore on my side" is being checked by a wound doctor; skin questions
referred back to the prescriber.
Complaint category: comfort/fit with possible skin injury -> escalated to complaint
handling for an MDR reportability decision.
"""),
("2024-01-10", "Pharmacist ADR Follow-up (Sodium Thiosulfate)", """
CLINICAL PHARMACY - ADR FOLLOW-UP
Drug: sodium thiosulfate, 25 g intravenously at the end of each TTS dialysis, started
12/19/2023 for calciphylaxis (punch bx of the L flank wound 12/5/23 confirmed it).
Event: anion-gap metabolic acidosis (HCO3 16, AG 19 on 1/6/24) plus nausea and vomiting
within an hour of each dose.
Action: dose cut to 12.5 g per nephrology; ondansetron 4 mg pre-dose; dialysate bicarb 38.
Assessment: WHO-UMC probable - labelled effect, plausible timing, better after reduction.
Reported internally (ADR #24-006) and to FDA MedWatch.
Other: insulin reduced for poor intake, glargine now 10 u qHS, lispro held.
Wt 101.8 kg, BMI 35.9.
"""),
]}

E05 = {"patient_id": "E05", "age": 52, "sex": "F", "notes": [
("2021-06-24", "MedWatch Report (OPAT Pharmacist)", """
MEDWATCH 3500 | reporter: OPAT pharmacist, Riverside Infusion Clinic

Patient: 52 F, 104 kg, BMI 38.4 (class II obesity). ESRD - CAPD, 4 bags a day.
Type 2 DM (insulin degludec). HTN.
Suspect product: daptomycin 6 mg/kg IV q48h through a R basilic PICC placed by IR on
06/03/2021, for MSSA vertebral osteomyelitis (cefazolin stopped after a rash).
Event: CK climbed from 140 (6/7) to 2,870 U/L (6/22) with proximal thigh aching and
weakness climbing stairs. Anuric, so no urine colour change.
Action taken: daptomycin stopped 6/22, atorvastatin held; antibiotic changed to IV
vancomycin dosed by levels via the same PICC.
Outcome: CK 1,020 on 6/24, improving.
Seriousness: required intervention to prevent impairment.
Concomitant: atorvastatin 40 mg (held), sevelamer, calcitriol, gabapentin 100 mg,
insulin degludec 30 u.
"""),
("2021-07-15", "OPAT Pharmacist Follow-up", """
OPAT PHARMACIST FOLLOW-UP - clinic visit

Vancomycin course completed today, 7/15. ESR 48 -> 22, CRP 3.1. Back pain much better.
PICC removed this morning by infusion RN: catheter tip intact, entry point with a small
scab, covered with gauze.
CK 118 (normal). Statin restart left to PCP/cardiology given the CK episode.
Reviewed: no further muscle symptoms. Arms and legs: skin fine apart from the PICC entry
point. PD bags clear; catheter exit OK.
Plan: discharge from OPAT. Follow-up #1 to FDA for the daptomycin CK case with positive
dechallenge. ID clinic in 4 weeks.
"""),
("2021-08-06", "Dermatology Consult", """
DERMATOLOGY CONSULT (inpatient, admitted for pain control)
Reason: painful arm wound

52F on PD, recent OPAT for MSSA osteomyelitis via a R arm PICC (6/3-7/15/21). About one
week ago she spotted a tender purplish area, inner R upper arm; it has since opened.
Exam: R medial upper arm, about 8 cm proximal to the elbow crease, at the old PICC entry
site: stellate ulcer (3.0 x 2.5) whose floor is black, ringed by retiform purpura, and
rock-hard subcutaneous induration spreading 5 cm. L arm, abdomen and PD exit site
unremarkable.
Labs: PTH 702, phos 7.8, Ca 9.9, alb 2.8.
Assessment: calciphylaxis suspected, arising where the PICC used to enter the skin
(procedural skin injury -> localisation). Punch bx of the margin done today. DDx: infection
or septic thrombophlebitis - blood cultures sent, US of the basilic vein ordered.
"""),
("2021-08-20", "Drug Safety Causality Review", """
DRUG SAFETY - CAUSALITY REVIEW | case RIC-2021-112, follow-up #2

New event since the last submission: calciphylaxis, R upper arm, confirmed on the 8/6
punch biopsy (calcified vessel walls, thrombi, von Kossa +). Venous US negative, cultures
no growth.
Timeline: PICC in the R basilic vein 03-Jun-2021 to 15-Jul-2021; daptomycin 6/3-6/22;
vancomycin 6/22-7/15; arm lesion onset ~30-Jul-2021.
Assessment: daptomycin - unlikely (WHO-UMC); no plausible mechanism and 5 wks after the
last dose. Vancomycin - unlikely. The ulcer sits exactly at the PICC entry site: the line
insertion was, in our view, the local trigger; Ca x P was above 70 in this PD patient.
Reporter comment: forward to the vascular access committee (PICC use in CKD 5).
"""),
]}

E06 = {"patient_id": "E06", "age": 76, "sex": "M", "notes": [
("2018-12-27", "ED Pharmacist Adverse Drug Event Report", """
ED PHARMACIST - ADVERSE DRUG EVENT REPORT

Pt 76 M, ESRD on HD MWF, T2DM, CAD.
Suspect drug: glipizide 10 mg BID, restarted at a PCP visit on 11/30 (had been stopped years
ago because of renal function).
Event: on Christmas Eve evening his wife found him on the living-room floor, sweaty and
confused; EMS fingerstick 38 mg/dL. He had struck the edge of the glass coffee table as he
went down and has a large tender haematoma over the L lateral thigh, 12 x 8 cm, skin
unbroken. Plain films, L hip and femur: negative for fx.
Treatment: D50 then D10 drip, observed 48 h; two more lows (prolonged effect in ESRD).
Dechallenge: glipizide discontinued.
Classification: serious (hospitalisation); preventable (renal dosing contraindication).
Also: warfarin in the past, stopped 2015 after a GI bleed. BMI 26.0 (78 kg).
"""),
("2019-01-15", "Nephrology HD Rounding Note", """
HD ROUNDS - chair 14

76 M, ESRD, T2DM (glipizide stopped after the Dec ED visit, now linagliptin), CAD.
S: severe burning pain L outer thigh, limping into the unit. Says the area "went black"
around New Year's Day.
O: BP 142/70  HR 66  EDW 77.5 kg
L lateral thigh: necrotic ulcer 5 by 4 cm, hard violaceous rim, surrounding livedo, all
sitting inside a fading yellow-green bruise.
Labs: iPTH 980 | albumin 3.0 | Ca 10.4 | PO4 7.6
A/P: picture worrying for calciphylaxis -> wound RN and derm for biopsy tomorrow.
Hold calcitriol, start cinacalcet, swap calcium acetate for sevelamer. STS after HD if
bx +.
"""),
("2019-01-30", "Pharmacy ADR Closeout", """
PHARMACY ADR CLOSEOUT - case ED-18-231 (glipizide hypoglycaemia)

Follow-up: no hypoglycaemia since glipizide was stopped; A1c 6.8 on linagliptin 5 mg.
Naranjo 7 = probable. Preventability: yes - sulfonylurea with active renally cleared
metabolites in a dialysis pt. Prescriber education done; EHR alert requested for
glipizide when eGFR <15 or on dialysis.
Incidental: derm biopsy 1/16 confirmed calciphylaxis of the left thigh; he now gets sodium
thiosulfate with HD. Not considered related to glipizide.
Warfarin: remains off since 2015; nephrology aware of it as part of his risk history.
MedWatch submitted 12/28/18. Case closed.
"""),
]}

E07 = {"patient_id": "E07", "age": 54, "sex": "F", "notes": [
("2022-12-01", "VAERS Report (Pharmacist)", """
VAERS - VACCINE ADVERSE EVENT REPORTING SYSTEM (online form, community pharmacist)

Age 54 | sex F | pregnant: no
Vaccine: zoster vaccine recombinant, adjuvanted - dose 2, IM, L upper arm (deltoid), given
at Eastgate Pharmacy in October 2022. Dose 1 (August 2022) was in the R deltoid without any
reaction.
Describe adverse event: In November she developed an exquisitely tender dusky plaque on the
L upper arm which then ulcerated; now a 3 cm eschar with a violaceous rim. Soreness right
after the shot lasted only 2 days. Derm biopsy on 11/29 - result pending.
Medical history: ESRD (lupus nephritis), HD via a right forearm fistula; atrial
fibrillation on warfarin; SLE quiescent on hydroxychloroquine. Not diabetic.
Outcome: not recovered. ED/urgent care: no.
Reporter: pharmacist-in-charge, Eastgate Pharmacy.
"""),
("2022-12-08", "Dermatology Follow-up", """
DERMATOLOGY F/U - biopsy result

54F on HD, warfarin for AF, SLE.
Bx L upper arm 11/29/22: media of small fat vessels calcified, thrombi
within them, lobular panniculitis; von Kossa +. Diagnosis: calciphylaxis.
The plaque lies exactly where her 2nd Shingrix dose went in (October) - I read the
vaccination as the local trigger rather than as a cause.
Rest of skin: faint livedo on thighs, no ulcers.
BP 118/70, wt 63 kg, BMI 24.3.
Plan:
- nephrology to add STS to her dialysis sessions
- cardiology: warfarin -> apixaban?
- wound RN dressings 3x/wk
- left arm: no further IM injections; the R arm has her fistula, so any future
  vaccine should go in the thigh.
"""),
("2023-01-05", "Vaccine Safety Follow-up Call (Pharmacist)", """
VAERS FOLLOW-UP - pharmacist phone call
VAERS ID on file. Pt reached at home.

Arm wound smaller per pt; wound clinic weekly; getting STS with every HD.
Warfarin changed to apixaban 12/15/22 by cardiology.
Timeline re-checked with pt: dose 2 given mid-October 2022; the arm "went purple and hard"
in early November 2022.
Assessment: lesion at the injection site; calciphylaxis is not a recognised reaction to this
vaccine - coded as an injection-site event in a predisposed host. Follow-up submitted
online.
Counselled: future vaccines are not contraindicated; have them given into the thigh.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
