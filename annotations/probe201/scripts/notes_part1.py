"""probe201 corpus notes, C01-C07 (medical student and intern write-ups and the clinics around them; all invented)."""

C01 = {"patient_id": "C01", "age": 67, "sex": "M", "notes": [
("2022-03-08", "Medical Student H&P", """
MS3 ADMISSION H&P -- Medicine Team Cardinal, Harwell Univ Hosp
Student: T. Okonkwo-Reyes (MS3)     Attending: Dr. Lindqvist

CC: "can't catch my breath" x3d

HPI: 67yo M w/ ESRD, dialyzes Tu/Th/Sa at Lakeview, who skipped his
Saturday run b/c his ride fell through, now w/ orthopnea (sleeps on 4 pillows)
and leg swelling. Admitted overnight 3/7/22 by night float; got urgent HD
this AM, 3.1 L pulled off.

PMH: IgA nephropathy -> ESRD; HTN; HFpEF; gout. Pt states he is "not
diabetic" -- A1c 5.2 (Feb 2022).
Home meds: calcitriol, sevelamer 2 tabs (800 mg each) w/ meals, amlodipine,
allopurinol. Inpt: VTE ppx = heparin SC 5,000 u q8h (1st dose 3/7 in ED).
SH: retired city bus mechanic. Quit cigs 2004. No EtOH/drugs.

Exam: T 36.8  HR 92  BP 164/88  RR 22  SpO2 93% on 2L
Wt 86 kg   BMI 27.4
JVP up to the jaw, crackles bilat bases, pitting edema 2+ up to knees.
Skin: warm, no rash, no open areas. Abd soft, NT.

A/P: hypervolemia from a missed HD session
- HD per renal, daily weights, strict I/O
- 2 g Na diet / 1 L fluid restriction
- cont SC heparin ppx
"""),
("2022-03-15", "Intern Progress Note (SOAP)", """
PGY-1 PROGRESS NOTE  HD#9  (covering for Dr. Amadi)

S: Overnight RN paged about a new tender purple area on his belly, right
side. Pt first saw it 2 days ago while washing up. "Burns like a sunburn."
Breathing is back to his baseline.

O: Tmax 37.2  HR 84  BP 148/80  SpO2 97% RA
Skin: RLQ, lateral to umbilicus -- approx 6 x 4 cm violaceous stellate patch,
dusky center, firm rim, exquisitely TTP, no fluctuance. Several needle
marks in and around it from the subq heparin; per the MAR most doses have
gone into the RLQ since he came in.
BMP: Ca/P 9.8/7.4; iPTH 1120; alb 3.1; INR 1.1; plts 212k

A/P
#Painful violaceous patch RLQ -- ddx heparin skin necrosis vs hematoma vs
 calciphylaxis (Ca x P high, PTH sky high)
 - derm c/s, punch bx planned
 - HIT ab sent
 - give heparin in the thighs for now, pending derm
#Volume -- euvolemic after 3 sessions of HD
"""),
("2022-03-17", "Attending Addendum", """
TEACHING ATTENDING ADDENDUM -- Dr. M. Lindqvist, 03/17/2022
I saw and examined the patient with the team. I agree with Dr. Amadi's note,
with these additions.

Derm (Dr. Fairweather) biopsied the RLQ plaque edge (6-mm punch)
16-Mar-2022. Rapid read, in her words: "tiny subcutaneous vessels,
calcium in the media, clot in the lumen, dead fat around" = calciphylaxis. HIT antibody negative.

Teaching point for the students: look at where it is. The plaque sits squarely
on his right lower belly wall, the same spot his subq heparin has gone into
since the night he arrived (3/7); he noticed it on 3/13. Needle trauma to
fragile skin localizing the lesion is well described (Koebner-like).
No more SC injections at any site; mechanical ppx only.
Stop calcitriol, start cinacalcet, low calcium bath, STS given on every
HD day. Palliative care for pain.
"""),
]}

C02 = {"patient_id": "C02", "age": 58, "sex": "F", "notes": [
("2019-12-10", "Medical Student Clinic Write-up", """
STUDENT OUTPATIENT WRITE-UP -- Home Dialysis Clinic, Sorrel Creek
Precepted by Dr. Nakashima (nephrology)

58 y/o F on CCPD x3 yrs (cycler, 5 exchanges overnight, icodextrin day
dwell) here for her monthly visit.
Interval: no peritonitis, exit site OK per pt. New c/o R hip ache, worse at
night, "arthritis like my mom had". Since October she sleeps with an
electric heating pad pushed up against the R hip, "on high, all night".
PMH: DM2 (glargine 22 u HS, lispro correction); ESRD from diabetic
nephropathy; obesity; OSA on CPAP.
VS: BP 138/76  P 80  weight 97.1 kg -> BMI 36.5
Exam: exit site no erythema/crust. Abd soft. R hip full ROM, mild pain
on IR. Skin over hip not looked at closely (pt dressed).
Labs: iPTH 610 pg/mL; Ca/P 9.4/6.2; Kt/V 1.9 (at goal).
A/P: 1) ESRD on PD, adequate clearance. 2) CKD-MBD: up sevelamer, add
cinacalcet 30 mg. 3) R hip pain, prob OA: plain films, acetaminophen.
"""),
("2020-02-13", "Dermatology Consult", """
DERMATOLOGY CONSULT (addended 2/13 w/ pathology)
Requested by Dr. Nakashima, nephrology. Q: painful R hip lesion.

HPI: 58F on CCPD w/ DM2 sent for an agonizing lesion on her right lateral
hip that began early in January as a mottled purple blotch and has darkened
since. Pain rated 9/10; she has not slept through a night in weeks.

Exam: R lateral hip (greater trochanter area): 9 x 7 cm retiform
purpuric plaque, a black central eschar of 3 x 2 cm, rim of livedo,
woody induration. Abdomen, thighs and buttocks clear.

Procedure (2/11): consented; two deep incisional specimens taken at the
plaque border.
Path, expedited: lobular panniculitis; small vessels ringed by calcium,
thrombi within their lumens. Fits calciphylaxis.

Assessment: calciphylaxis, right lateral hip. Suggest admission for pain
control, local wound care and sodium thiosulfate.
"""),
("2020-02-14", "Intern Admission H&P", """
NIGHT FLOAT ADMIT H&P -- PGY-1 R. Castellanos
Direct admit from derm clinic.

CC: pain from R hip wound

HPI: 58 yo F (ESRD/CCPD; insulin-requiring DM2; obesity) with calciphylaxis
of the R lateral hip proven on derm bx 2/11/20, here for pain control
and to begin STS. The spot began in January, a purple blotch, and has
spread; center now black. Denies fevers/chills. Oxycodone from her PCP
not touching it. Still uses her heating pad at night for "the hip arthritis".

VS: 37.0 / 98 / 152/84 / 96% RA.  Weight 96.4 kilograms (BMI 36.2).
Exam: R lat hip eschar w/ violaceous halo as derm described, very tender.
Catheter exit site: dry and clean, tunnel nontender.
Labs: albumin 3.0; phos 6.8; Ca 9.9; iPTH 588.

A/P
#Calciphylaxis R hip -- IV thiosulfate, 25-gram doses, three days a week
 in the infusion suite, stop calcium binder, wound RN
#Pain -- hydromorphone PCA low dose, palliative c/s
#ESRD/PD -- cycler nightly, renal following
"""),
]}

C03 = {"patient_id": "C03", "age": 71, "sex": "M", "notes": [
("2023-05-30", "MICU Intern H&P", """
MICU ADMISSION H&P -- PGY1 J. Whitcombe, MICU team B
Admitted to unit: 5/29/2023 evening

CC: fevers, low BP

HPI: 71M (ESRD; HD thrice weekly via R brachiocephalic fistula), pAF
anticoagulated with warfarin, and HTN, presenting w/ 2 days of productive cough and rigors. In ED:
T 39.1, BP 78/40, lactate 4.2, RLL consolidation on CXR. 1 L LR, norepi.
Access: fistula in R arm -> no cuffs or needles on that side. Two failed art line
attempts at the L radial -> non-invasive cuff put on the L upper arm,
cycling q15min since he hit the unit 5/29.

PMH: ESRD (HTN nephrosclerosis), pAF, BPH. Not diabetic (A1c 5.3).
Current meds: metoprolol, sevelamer, warfarin 5 mg daily (held; INR 4.1).
Exam: ill appearing, mottled knees. Wt 72 kg  BMI 24.9. Skin otherwise
without ulcers or purpura.
A/P: septic shock 2/2 RLL CAP -- cefepime + vanc (renal dosing), norepi
for MAP>65, HD per renal once stable. Hold warfarin.
"""),
("2023-06-09", "Sub-Intern SOAP Presentation", """
SUB-I PROGRESS NOTE -- A. Pereira-Lund, MS4   (MICU day 12)

S: Off pressors since 6/4. Pt says the L arm "stings under the cuff". RN
first saw a purplish area there two days ago at bath time.

O: T 37.3  HR 88 (AF, rate ok)  BP 118/64 (L arm cuff)  RR 18  SpO2 95% 2L
L upper arm, medial + posterior: 10 x 5 cm band of net-like violaceous
discoloration, 2 firm dusky nodules in the middle, no bullae. Very tender
to light touch. Radial pulse 2+.
Labs: WBC 9.8 | INR 1.6 | iPTH 892 (high) | Ca 10.1 (high) | phos 6.9 (high) | Alb 2.6

A: retiform purpura of the L upper arm; ESRD, hyperphosphatemia,
hypoalbuminemia, warfarin exposure -- worried about calciphylaxis; ddx cuff
pressure injury, cellulitis.
P: derm consult for bx; warfarin already on hold; low-dose hydromorphone
prn; wound RN.
"""),
("2023-06-12", "Attending Addendum", """
MICU ATTENDING ADDENDUM -- Dr. O. Szabo
I agree with Mr. Pereira-Lund's assessment with one correction: this is no
longer a differential. Derm punch bx 06/10/23 (read by Dr. Halloran):
arterioles in the deep dermis/subcutis -- media calcified, intima thickened,
lumen thrombosed;
von Kossa stains the calcium. Dx: calciphylaxis, L upper arm.

Please note the shape: it reproduces the bladder of the automated BP cuff,
which has been squeezing that arm every 15 minutes since admission on 5/29.
Repeated pressure on vulnerable skin is a recognised trigger. The cuff is off;
BP now from a new femoral art line.
Warfarin discontinued for good -- apixaban when appropriate. Sodium
thiosulfate with HD, phosphate control, no calcium-based binders.
Family updated at bedside.
"""),
]}

C04 = {"patient_id": "C04", "age": 62, "sex": "M", "notes": [
("2021-08-03", "Intern Procedure Note", """
PROCEDURE NOTE -- Paracentesis, diagnostic + therapeutic
Operator: PGY-1 D. Marchetti; supervised by PGY-3 S. Iwu
Date: 08/03/2021

Indication: tense ascites w/ dyspnea. Written consent obtained; universal
time-out completed.
INR 2.3 on warfarin for PVT; discussed w/ attending, ok to proceed, no FFP.
Prior tap this year: June, R side.
Site: left lower quadrant, ~3 cm superomedial to the ASIS, marked with US.
Prep: chlorhexidine x3, sterile field; local anesthesia w/ 8 mL of 1% lidocaine.
Technique: Z-track entry w/ 15G catheter needle, vacuum bottles. 5.4 L of
straw colored fluid removed. 25% albumin 50 g IV given.
Complications: none. Slight oozing from the puncture at end, held
pressure 5 min.
Sent: cell count w/ diff, albumin, total protein, cultures in bottles.
EBL minimal. Pt tolerated well.
"""),
("2021-09-14", "Medical Student H&P", """
MS3 H&P -- Wards, Team Magnolia (Westbury General)
Student: H. Adeyemi

CC: "a sore on my belly that won't quit"

HPI: 62 yo M w/ EtOH cirrhosis (sober since 2019), diuretic-refractory
ascites, CKD stage 4 (baseline creat ~3.4; he has never dialysed) and portal
vein thrombosis on warfarin, who presents with a painful black spot, L lower
quadrant of the belly. It started about 3 weeks ago, red and tender at
first, and has turned black. No fever.

PMH also: DM2, diet controlled, never on meds (A1c 6.6).
Exam: T 37.4, BMI 29.0. Abd distended, mod ascites. LLQ: black eschar
3 x 3 cm, rim of erythema/induration about 2 cm, TTP.
Labs: INR 2.6, alb 2.4, creat 3.6, Ca/P 9.1/5.4

A/P: 62M w/ cirrhosis p/w LLQ ulcer w/ eschar -- likely cellulitis with
necrosis vs pressure ulcer. Start cefazolin, wound care consult, trend WBC.
"""),
("2021-09-15", "Attending Addendum", """
TEACHING ATTENDING ADDENDUM -- Dr. Y. Hollenbeck, 9/15/2021
Seen and examined with Ms. Adeyemi; I have edited her assessment.
I do not think this is cellulitis. The eschar is framed by a net-like
violaceous border rather than spreading erythema, and it sits exactly on
the LLQ paracentesis puncture from 8/3 (see the procedure note). The
tap site leaked for a day afterward, per the patient.
He has warfarin, low albumin and advanced CKD -- non-uremic calciphylaxis
has to be ruled out. I asked derm to biopsy today; hold cefazolin if
no fever or leukocytosis.
Future taps on the right only.
"""),
("2021-09-20", "Dermatology Consult Follow-up", """
DERMATOLOGY FOLLOW-UP

Incisional biopsy, LLQ abdominal wall, 9/16/21.
Pathology: the subcutaneous arterioles show a full ring of calcium in the
media, with fibrin thrombi; septal plus lobular fat necrosis; organism
stains negative. Diagnosis: calciphylaxis (non-uremic; pt is CKD 4, not dialysed).

Exam today: LLQ eschar now 3.5 by 3 cm, stable, retiform purpuric margin,
tender. Thighs, flanks, breasts: nothing new.

Impression: biopsy-confirmed calciphylaxis, non-uremic type, L lower
abdominal wall -- located on the puncture of the August paracentesis. Warfarin is a likely contributor.

Recs:
1. Change warfarin to an alternative anticoagulant per hepatology/heme.
2. Sodium thiosulfate can be given even though he is not on HD -- renal to dose.
3. Gentle wound care, no debridement of dry stable eschar.
4. Pain: scheduled acetaminophen (max 2 g/day w/ cirrhosis).
"""),
]}

C05 = {"patient_id": "C05", "age": 79, "sex": "F", "notes": [
("2024-01-07", "ED Provider Note", """
ED PROVIDER NOTE -- Pinecrest Regional

79 yo F BIBA after a fall at home last night around 10 pm: slipped stepping
from the bathtub and banged her right shin against its rim. Got up on her
own. Denies LOC, didn't hit her head, neck fine.
PMH: ESRD, goes to Pinecrest Kidney Center for HD Mon-Wed-Fri; DM2 treated
with insulin; high BP; PE 2017
(warfarin 2017-2019, changed to apixaban).

Exam: BP 170/92  HR 76  afebrile. A&O x3.
R anterior shin: superficial abrasion ~3 cm with a small flap of skin,
minimal bleeding, surrounding bruising. Knee and ankle nontender, full ROM, no
point tenderness over bone.
R tib/fib films: no fx.

Tx: wound irrigated with saline, bacitracin, left uncovered.
Dispo: home w/ daughter. PCP wound check in 1 week. Return precautions
for redness, pus, fever.
"""),
("2024-02-01", "Medical Student H&P", """
MS3 ADMISSION H&P (Gold team) -- E. Vasquez-Moore, MS3

CC: painful leg wound

HPI: 79F, HD-dependent ESRD (MWF) and insulin-treated DM2, sent in from her
dialysis unit, where RNs noted a worsening wound of the R shin. She says a
small dark spot appeared about 2 wks ago on her right shin, front side, and
has grown; pain
10/10, "can't even let the sheet touch it".
Meds: insulin detemir 10 u qAM, apixaban 2.5 mg BID, sevelamer, cinacalcet.
Exam: HR 88  BP 158/72  afebrile.  BMI 22.1
R anterior mid-shin: stellate ulcer (5 x 4 cm) whose base is covered by
adherent eschar, black; violaceous retiform border, no purulence. DP pulses dopplerable bilat.
Labs: iPTH 455 | albumin 3.2 | Ca 10.4 | phos 6.1

Assessment: R shin, necrotic ulcer. Differential: calciphylaxis; arterial (PAD)
ulcer; venous stasis ulcer.
- ABIs + arterial duplex
- derm to biopsy
- wound nurse
"""),
("2024-02-05", "Dermatology Consult Follow-up", """
DERM CONSULT F/U -- inpatient

Punch biopsy R anterior shin (Feb 2, 2024), from the retiform edge:
deep subcutaneous vessels, small caliber, with a calcified rind and
thrombi; panniculitis. A von Kossa stain outlines the vascular calcium.
ABI 1.02 on R -- not an arterial ulcer.

Exam: ulcer of the R anterior mid-shin now 5.5 cm long, 4 cm wide, eschar intact, violaceous
stellate border, no cellulitis.

Impression: calciphylaxis, R lower leg.
Recommendations:
- STS w/ each HD session, nephro aware
- stop any vitamin D analog; target phos < 5.5
- hydrocolloid not advised; nonadherent dressing, leave eschar intact
- palliative care for pain; consider gabapentin at renal dose
Will follow weekly while inpatient.
"""),
]}

C06 = {"patient_id": "C06", "age": 54, "sex": "M", "notes": [
("2024-11-19", "Nephrology PD Clinic Note", """
NEPHROLOGY -- PERITONEAL DIALYSIS CLINIC (seen with the renal fellow)

54M with T1DM since age 12, ESRD on APD since 2021.
Insulin: glargine 18 units nightly, aspart before meals. Because the PD
catheter and dwell volume make his belly feel "tight", since last spring he
has injected all his insulin into the anterior surface of each thigh rather
than the abdomen. Says he
rotates within the thighs "mostly".
No skin complaints today. Exit site clean, no tenderness or crust.
Wt 101.3 kg  BMI 33.1 (obese)  BP 144/82
Labs: PTH 702 | Ca/P 9.6/6.6 | albumin 3.4 | Kt/V (weekly) 1.8

Plan: continue APD prescription; sevelamer up to 2400 TID; start
cinacalcet; dietitian for phos; endocrine f/u re: rising A1c 8.9.
"""),
("2025-02-04", "Medical Student H&P", """
MS3 H&P -- Internal Medicine, Team Juniper
Student: P. Lindahl

CC: painful sore on thigh

HPI: 54M w/ T1DM and ESRD on APD admitted for a very painful thigh lesion.
Began in January as a firm, painful lump, R anterior thigh;
turned purple; now topped by a black scab. Pain 8/10, walking makes it
worse. Afebrile.
Meds: glargine 18 u qhs, aspart SSI, sevelamer, cinacalcet.
Exam (5 pm): T 36.9  HR 90  BP 150/86.  Wt 73 kg per triage, BMI 23.4
R anterior thigh: necrotic plaque, 6 by 5 cm, livedoid border, indurated,
very tender. PD exit site fine.
Labs: WBC 8.2, PTH 810, Ca/P 9.8/7.0, alb 3.1

A/P: R thigh necrotic plaque, ddx calciphylaxis vs a necrotizing infection
(doubt it: no crepitus, WBC normal).
- derm consult for biopsy
- wound care, pain control
"""),
("2025-02-06", "Attending Addendum", """
ATTENDING ADDENDUM -- Dr. R. Okafor
Seen and examined with the student. Corrections:
1) The triage weight of 73 kg was a data-entry error. Measured today on
the bed scale: 100.8 kg, BMI 33.1.
2) The student described only the R thigh. There is a second, smaller
indurated violaceous plaque (2 cm) on the L anterior thigh.
Derm biopsied the R thigh plaque yesterday: calciphylaxis, with calcified
small vessels and fat necrosis. Derm and I agree the L thigh lesion is the
same process.
Both plaques lie squarely in the skin he has used for insulin shots since
last spring. This is calciphylaxis arising at his insulin injection sites.
Teach him to switch to the upper arms, with pen needles rotated.
"""),
]}

C07 = {"patient_id": "C07", "age": 46, "sex": "M", "notes": [
("2023-09-19", "Medical Student H&P", """
MS3 ADMISSION H&P -- Team Ridgeback, Fallowfield Medical Center
Student: G. Tamura-Blake

CC: "burning spot on my side"

HPI: 46 yo M with ESRD (HD 3x/wk, L arm AV graft) presenting with a
painful spot on his R flank. First saw it on Labor Day, a purple
area the size of a quarter; now 5 cm and dark in the middle. Rates the
pain 7/10, at night 9/10.
No fevers. No hx DM (A1c 5.4 this summer).

SH: since June 2023 works as an order picker at a distribution warehouse,
10 hr shifts; wears a heavy-duty leather belt with a tool holster that rides
on his R flank. Smokes 1/2 ppd.

VS: T 37.1  HR 82  BP 162/94  Wt 98.0 kg  Ht 180.7 cm  BMI 30.0 (calc)
Exam: R flank about 6 cm over the iliac crest: violaceous plaque
5 x 3 cm, dusky stellate center, firm, markedly tender.
Labs: iPTH 1,340 | PO4 7.8 | Ca 10.2 | alb 3.9

A/P: R flank painful plaque -- ?calciphylaxis vs abscess.
- nephro + derm consults
"""),
("2023-09-20", "Nephrology Consult", """
NEPHROLOGY CONSULT
Reason: ?calciphylaxis in an HD pt.

46M, FSGS -> ESRD, HD x6 yrs; poorly adherent to binders, missed 4
sessions last month. Last iPTH 1,340, phos 7.8, corrected Ca 10.3.
Takes calcium carbonate "a few" per day and oral calcitriol.

Exam: R flank lesion as documented by the team, horizontal in shape.
Access: L upper arm AVG w/ good thrill.

Impression: painful retiform plaque; calciphylaxis leads my differential
given severe secondary HPT. Await derm biopsy.
Recs: d/c calcium carbonate + calcitriol; switch binder to sevelamer carbonate,
two 800s per meal; add cinacalcet at 30 mg/day; low Ca dialysate; surgery opinion on
parathyroidectomy; if bx confirms, sodium thiosulfate with HD.
"""),
("2023-09-26", "Dermatology Consult", """
DERMATOLOGY -- inpatient consult note

46M on HD, seen for a R flank plaque. 2 punch bx 9/21 at the lesion margin.
Path (Dr. Quayle) -- vessels of the subcutis, small and mid-caliber, walls
calcified; intima proliferated; thrombi; fat necrosis.
Diagnosis: calciphylaxis.

Exam today: R flank lesion, 6 by 3 cm, running horizontally, retiform
purpura, eschar forming centrally. Abdomen, thighs, legs: clear.

Impression: R flank calciphylaxis.
Plan: STS 25 g at each HD; wound care with nonadherent dressing and
gentle cleansing; no sharp debridement yet; pain team consult.
He asks about returning to work -- defer, discuss with social work.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
