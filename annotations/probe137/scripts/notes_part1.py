"""probe137 corpus notes, Z01-Z07 (psychiatry, addiction medicine and the clinics around them; all invented)."""

Z01 = {"patient_id": "Z01", "age": 46, "sex": "F", "notes": [
("2019-03-04", "LAI Clinic Injection Note", """
LONG-ACTING INJECTABLE CLINIC -- Harrowgate Community Mental Health
Visit type: LAI initiation

46 y/o F, SZA-bipolar type, here to begin monthly aripiprazole LAI after
three admissions in 2018, each after she quit her oral meds. Renal: ESRD 2/2 lithium
nephropathy (lithium d/c'd 2014), HD Tu/Th/Sa at Kestrel Dialysis via R forearm AVF.
Paliperidone palmitate not chosen because CrCl < 10.
DM2 -- glargine 18u nightly, self-injects into her belly. No anticoagulant.

Vitals: BP 152/88, P 84, Wt 91.3 kg, BMI 33.1

MSE: calm, fair grooming, speech nl rate/volume, mood "okay I guess", affect mildly
constricted, TP linear, no AH/VH endorsed today, denies SI/HI, insight partial.

Injection: aripiprazole monohydrate 400 mg IM into the L deltoid, 1.5 inch 22G needle,
site prepped w/ alcohol, no bleeding. Oral aripiprazole 15 mg to overlap x 14 days.
Observed 15 min post dose, no reacton.

Plan: next dose due 4/1/19, will alternate to the R deltoid. RTC 4 wks, sooner prn.
-- K. Osterfeld RN / A. Nwachukwu MD (psychiatry)
"""),
("2019-04-01", "LAI Clinic Injection Note", """
LAI CLINIC f/u -- Harrowgate CMHC

Pt here for 2nd aripiprazole monohydrate dose. Says she has had a "mean sore spot" on her
left arm for the past 4 days, "like somebody put a match out on me", hurts to lift her
purse, worse at night. No fever. Cannot recall any fall or bump.

Looked at L upper arm: lateral deltoid area has a ~3cm firm dusky-plum patch, darker in
the middle, exquisitely sore to a fingertip, not fluctuant, no red streaks. She tells us
it is "right where you gave me the shot last month."

Dose given today in the R deltoid w/o incident (400 mg, lot # in MAR).
MSE: mood "annoyed about my arm", otherwise unchanged, no SI/HI, no psychotic sx reported.
Vitals: BP 146/90 P 88 T 36.9

Called dialysis RN for recent labs: PTH 1,020 (!), phos 7.4, Ca 10.1, albumin 3.2.
Urgent derm referral faxed; pt asked to show the HD nurse at Tuesday's run. Will hold off
on any further L arm injections.
"""),
("2019-04-18", "Dermatology Consult", """
DERMATOLOGY -- new pt consult
Ref: Harrowgate CMHC (psychiatry) / Kestrel Dialysis nephrology

HPI: 46F, 4 yrs of in-center HD for lithium nephropathy, insulin-treated DM2, obesity, on
cinacalcet + calcium acetate. Painful L upper arm lesion, onset roughly 3 wks ago, sitting
on the spot where her first aripiprazole LAI went in (03/04/2019, L deltoid). Never on
warfarin.

On exam, over the L deltoid (lateral upper arm): 4.5x3.8cm stellate retiform purpuric
plaque, adherent black eschar centrally, livedoid rim. R deltoid (4/1 dose) normal.
Abdomen: a few soft lipohypertrophic pads from insulin, no purpura. Legs clear.
Body mass index: 32.6 kg/m2

Procedure: 6 mm punch bx from the purpuric edge, L upper arm, consent signed.
Path (addendum 4/22/19): medial calcium deposits lining little subcutaneous
vessels, occlusive thrombi, necrosis of fat lobules. Pathologist signs out calciphylaxis.

A/P: Calciphylaxis, L upper arm -- arose at an IM injection site.
- nephrology: STS 25 g at every HD session, low-Ca bath, stop Ca acetate
- psychiatry aware: next LAI doses into a gluteal site
- Vaseline gauze + ABD daily; pain per PCP
F. Lindqvist-Osei MD, Dermatology
"""),
]}

Z02 = {"patient_id": "Z02", "age": 58, "sex": "M", "notes": [
("2022-02-09", "Addiction Medicine Intake", """
ADDICTION MEDICINE -- NEW PT INTAKE
Riverbend Recovery Clinic

CC: "My kidney doctor says the drinking will get me before the kidneys do."
HPI: 58M w/ AUD, severe, ~10-12 beers/day until 3 wks ago; now 19 days abstinent after a
detox stay at St. Anselm's. Relapsed twice on oral naltrexone ("I forget the pills").
AUDIT-C 11 at detox. No w/d seizures; DTs once (2019).
Medical: kidney failure, home PD w/ overnight cycler x5y; pAF -- warfarin, target INR 2-3,
followed at anticoag clinic; HTN; gout. Not diabetic.
Psych: MDD recurrent, partial remission on sertraline 100 mg.
SH: lives w/ his sister, forklift operator, smokes 1/2 ppd.
Vitals: BP 138/82, HR 76, wt 94.1 kg, BMI 29.8
UDS neg; EtG pending. LFTs wnl.

A/P
1. AUD severe, early remission -- reviewed extended-release naltrexone 380 mg IM gluteal
   q4 wks. Pt agrees. Will start next month when the insurance auth clears.
2. Tobacco -- NRT offered, declines for now.
3. Mutual help: SMART Recovery meeting list given.
RTC 3-4 wks.
"""),
("2022-05-25", "Addiction Medicine Follow-up", """
ADDICTION MED F/U -- Riverbend

Interval: abstinent per pt and sister; EtG neg x 3. Has received naltrexone XR 380 mg IM
q4 wks since March, alternating the upper outer gluteal quadrants; last dose 4/27 on the
R side. Cravings 2/10. Sleeping beter, back at work full shifts.
Before today's dose, both prior gluteal sites checked: no nodules, no abscess, nontender.
INR 2.4 on 5/20 (warfarin), ok for IM per anticoag clinic.

Injection: naltrexone XR 380 mg IM, L upper outer gluteal quadrant, 1.5" needle from kit.
Tolerated.
Vitals: BP 129/80 HR 70
Meds: sertraline 100 mg, warfarin per INR, sevelamer 1600 w/ each meal, calcitriol
(0.25), allopurinol 100 mg.
MSE: bright, euthymic, future oriented, no SI.
Plan: next injection 6/22. Continue weekly group + SMART. RTC 4 wks.
"""),
("2022-06-14", "Peritoneal Dialysis Clinic Note", """
PERITONEAL DIALYSIS CLINIC -- monthly visit
Nephrology: Dr. Halvorsen-Reyes

58M, ESRD (HTN nephrosclerosis) on CCPD, 4 cycles x 2.2 L + icodextrin last fill. AF on
warfarin. AUD in remission on monthly injectable naltrexone through the addiction clinic.
S: both buttocks purple and "on fire" since Memorial Day, can't sit on the
cycler chair; the right one "went black" last week. Sleeping prone.
O: BP 142/86, wt 95.6 kg, BMI 30.3. Catheter exit site w/o crust or erythema, tunnel
nontender. Effluent clear.
Skin: bilat upper outer buttocks with net-like violaceous plaques; R ~6x5cm w/ central
black eschar, L ~4x3cm indurated, no eschar yet. Very tender.
Labs: PTH 845 | phos 7.1 | INR 2.7 | albumin 3.0 | Ca 9.8
A: painful retiform purpura + eschar, PD, warfarin, phos >7 -- strongly
suspect calciphylaxis.
P: urgent derm for biopsy; warfarin -> apixaban after talking to cardiology; sevelamer up;
hold calcitriol; pain regimen; will call addiction clinic about his care.
"""),
("2022-06-28", "Dermatology Note", """
DERMATOLOGY CLINIC -- f/u after biopsy

58M on PD, AF (warfarin stopped 6/16, now apixaban), seen for buttock lesions present
since May 30.
Biopsy 6/17/22 (R buttock, incisional wedge): mural calcium deposits within tiny
hypodermal arterioles, thickened intima, clot in lumens, septal panniculitis and fat
necrosis; positive von Kossa along vessel walls. Dx: calciphylaxis.
Exam: R upper outer buttock eschar 6.5x5cm, dry, livedoid rim; L upper outer buttock
plaque 4x3.5cm, now darkening centrally. Thighs, abdomen, calves clear.
A/P: calciphylaxis, bilateral buttocks.
- STS is awkward on PD; nephrology setting up IV STS Mon/Wed/Fri
  in the outpatient infusion suite
- wound RN: calcium alginate + silicone foam, offloading, air cushion for sitting
- pain: palliative care referral; addiction med co-signing any opioid plan
RTC 2 wks.
"""),
]}

Z03 = {"patient_id": "Z03", "age": 29, "sex": "F", "notes": [
("2021-07-20", "Outpatient Psychiatry Follow-up", """
OUTPATIENT PSYCHIATRY -- med mgmt + DBT check-in
Linden Street Behavioral Health

29F w/ BPD, MDD, PTSD. Medical: ESRD from class IV lupus nephritis, dialyzes at Marlowe
3 days a week via a R upper-arm fistula; antiphospholipid syndrome on warfarin.
Since around the Fourth of July she has been riding out urges to cut by pressing a bag of
ice cubes to the inside of her L forearm, often half an hour or longer, several times a
week. Last cut was in April (R forearm, superficial, healed). L forearm today: cool, faint
pink, intact.
C-SSRS: passive SI last month, none this wk; no plan/intent. No HI.
MSE: casual dress, good eye contact, mood "wiped out", affect labile but congruent, TP
goal directed, insight improving.
Vitals: BP 118/74, HR 90. Wt 58.2 kg, BMI 22.6.
A/P
- ice as a substitute skill is ok but keep it to a few minutes, wrapped in a cloth --
  coached today, will tell DBT therapist
- cont lamotrigine 100 mg, sertraline 150 mg; prazosin 2 mg qhs for nightmares
- DBT individual + skills group weekly
- safety plan reviewed, crisis numbers updated in her phone
"""),
("2021-08-30", "Hemodialysis Rounding Note", """
HD ROUNDS -- Marlowe Dialysis Unit, chair 7
Nephrology NP: T. Abernathy-Cole

Burning, "10 out of 10" pain inside the L forearm. She noticed a purple blotch there in
early August that has grown and now has a dark crust. States it is where she keeps putting
the ice for her DBT skill. Not her access arm.
Pre-HD: BP 132/80, HR 96, T 37.0, wt 59.0 kg (EDW 57.5).
Exam: middle third of the L volar forearm -- angulated violaceous patch 5x3cm, 1cm dark
eschar centrally, livedo around it; she winces at a feather touch. Not warm, no pus.
Labs (8/27): Ca/Phos/PTH = 9.6/6.8/612; albumin 3.4; INR 2.9 (warfarin for APS).
A/P: ?calciphylaxis (warfarin, SLE, ESRD) vs cold injury vs lupus vasculitis.
- urgent derm referral for bx
- no more ice on that arm, pt agrees; psychiatry/DBT team messaged
- rheumatology aware; complement levels sent
Run: 3.5 h, Qb 350, UF goal 1.5 L, heparin per protocol.
"""),
("2021-09-09", "Dermatology Consult", """
DERMATOLOGY CONSULT
Reason: L forearm ulcer, r/o calciphylaxis

29F, lupus + APS (warfarin), HD-dependent ESRD. Lesion began early Aug 2021 on the L
volar forearm. Since July 4 she has held ice to exactly this spot for long stretches, a
self-harm alternative she learned in DBT.
Exam: L volar forearm, necrotic 5.5x3.5cm plaque, black eschar, retiform margin.
Old linear white scars on the R forearm. Trunk and legs: nothing similar.
Path (bx 9/2/21, L forearm): calcium encrusting small hypodermal vessels, thrombosed
lumens, necrosis around them; no leukocytoclasia. Fits calciphylaxis.
Impression: calciphylaxis of the L forearm (biopsy-confirmed), arising where she had
applied ice again and again for long periods.
Plan:
- STS with HD; hematology re warfarin alternatives (APS limits the options)
- no cold or heat to that arm; called her DBT therapist about other TIPP options
- hydrogel + nonadherent dressing, change daily
BMI=22.4
"""),
]}

Z04 = {"patient_id": "Z04", "age": 52, "sex": "M", "notes": [
("2020-06-03", "Addiction Clinic Follow-up", """
ADDICTION CLINIC F/U (court referred)
Tamarack County Recovery Services

52M w/ AUD severe, 2nd DUI in Feb, on probation. Has worn the court-ordered transdermal
alcohol monitor on his L ankle since this spring. Says the band "rubs me raw" over the
outer ankle bone and he stuffs a sock under it; probation won't let him move it.
Reports 94 days sober; monitoring co. reports no alcohol events.
PMH: diabetic nephropathy -> ESRD, dialyzes Tue/Thu/Sat at Northgate; DM2 on glargine +
lispro sliding scale; class II obesity; HTN; OSA on CPAP.
Meds: acamprosate stopped by nephrology (not for ESRD) -> gabapentin 100 mg after HD;
insulin; sevelamer; amlodipine; atorvastatin.
Vitals: BP 150/92 HR 81 BMI 36.4
L ankle: faint redness under the band at the lateral malleolus, skin intact.
MSE: cooperative, euthymic, no SI/HI, insight good.
Plan: letter to probation officer asking for padding; cont weekly IOP; gabapentin same.
"""),
("2020-09-22", "Wound Care Clinic Note", """
WOUND CARE CLINIC -- new referral from dialysis
Northgate Wound & Hyperbaric Center

52M on HD, insulin-treated DM2, BMI 36.

Wound #1: L lateral ankle, just above the lateral malleolus
 - onset: pt first noticed a painful purple spot 9/8/20, it turned black within days
 - 2.4x2.0cm, dry black eschar over the whole base, violaceous retiform erythema ~5cm around
 - pain 9/10, worse dependent, not eased by elevation
 - DP 1+ L, PT biphasic on doppler; ABI noncompressible, TBI 0.52
 - no probe to bone, no drainage, no odor

Assessment: atypical necrotic ulcer w/ pain out of proportion in ESRD -- calciphylaxis vs
ischemic ulcer. HD labs: phos 8.2 (Ca 9.9).
Plan: keep eschar dry, betadine paint daily, offload, derm to do punch bx at the edge next
wk, vascular surgery eval. Pt aware.
"""),
("2020-10-06", "Nephrology HD Rounding Note", """
NEPHROLOGY -- HD rounding note, Northgate Dialysis

Biopsy 9/29/2020 (L ankle, by derm): calciphylaxis -- calcified arterioles w/ thrombosis,
panniculitis.
Wound care and derm following. Pain 8/10; on low-dose hydromorphone (safer than morphine
in ESRD); addiction clinic aware and agrees, given severity, w/ pill counts.
Plan
- STS 25 g IV, infused during the final hour of dialysis
- Ca-containing binder off, lanthanum on; cinacalcet 30 mg daily
- extend to 4.5 h sessions
- 2.0 Ca bath
Wt 117.4 kg, BMI 36.1
Treatment today: 4h, blood flow 400, dialysate 600, UF 3.1 L, 2K/2.0Ca, no cramps.
"""),
]}

Z05 = {"patient_id": "Z05", "age": 61, "sex": "M", "notes": [
("2023-10-20", "Consultation-Liaison Psychiatry Consult", """
CONSULTATION-LIAISON PSYCHIATRY -- initial consult
Requesting: Hospital Medicine, 7 West
Question: alcohol w/d mgmt; engagement in treatment

61M, AUD severe, alcohol-associated cirrhosis w/ refractory ascites, ESRD on HD MWF
(diabetic nephropathy), DM2 (on insulin until 2021, stopped after repeated hypos, now on
linagliptin only). Admitted 10/18 w/ tense ascites; therapeutic paracentesis today in the
RLQ, 6.1 L off with albumin.
Last drink 10/17. CIWA-Ar peak 14 on symptom-triggered lorazepam (phenobarb avoided).
Ht 178 cm, wt 86.7 kg, BMI 27.4 (with ascites).
MSE: tremulous, diaphoretic, oriented x3, attention ok (months backward intact), mood
"scared", no AH/VH/TH, denies SI.
A/P
1. Alcohol w/d, moderate: continue CIWA w/ lorazepam; thiamine 500 mg IV TID x3d
2. AUD: motivated; naltrexone not with decompensated cirrhosis, acamprosate not with ESRD;
   low-dose baclofen after d/c w/ hepatology input; referral to Riverside addiction clinic
3. Has capacity for the decisions at hand.
"""),
("2023-11-14", "ED Procedure Note", """
EMERGENCY DEPT -- PROCEDURE NOTE: paracentesis, therapeutic + diagnostic
Date: 2023-11-14

Indication: 61M w/ cirrhosis, ESRD on HD, recurrent tense ascites, sent from the dialysis
unit for distension and dyspnea; outpatient IR slot not until next wk.
Consent obtained, time-out done.
Site: left lower quadrant, ultrasound marked, lateral to the rectus sheath, no vessels on
color doppler.
Prep: chlorhexidine, sterile drape, 1% lidocaine 8 mL.
15G Caldwell needle, single pass. 7.2 L straw-colored fluid removed. Albumin 25% 50 g.
Fluid: WBC 140, PMN 22 -> no SBP.
Catheter out, pressure dressing on; slight ooze stopped w/ pressure. No complications.
INR 1.6, plt 92k. After: BP 104/62, HR 88.
Pt says 4 wks sober, going to Riverside addiction clinic.
Dispo: home; f/u hepatology + addiction clinic.
"""),
("2023-12-12", "Addiction Clinic Follow-up", """
RIVERSIDE ADDICTION CLINIC -- F/U

61M, AUD in early remission (last drink 10/17/23), baclofen 5 mg TID per hepatology.
C/o "a burning, bruised-looking spot" on his lower L belly x 2 wks, exactly where the ER
drained his belly; now w/ a black scab, hurts to touch. No fever, no chills.
Exam (chaperoned): LLQ plaque 3.5x3cm, violaceous and indurated, black eschar ~1cm in
the middle, livedo-like margin, surrounding the healed puncture mark. Not fluctuant, dry.
Vitals: BP 110/68, HR 84, wt 81.9 kg, BMI 25.9.
Recovery: 8 wks sober, PEth 12 (was 410), meetings 3x/wk, has a sponsor. PHQ-9 = 6.
Plan: phoned his nephrologist Dr. Oyelaran -- phos and PTH high at last HD; urgent derm
appt made for bx ?calciphylaxis. Cont baclofen. RTC 2 wks.
"""),
("2023-12-28", "Dermatology Consult", """
DERMATOLOGY
CC: painful LLQ plaque

61M, ESRD on HD, cirrhosis, DM2 (no insulin now). Lesion first noticed late Nov at the
site of the 11/14/2023 ED paracentesis (LLQ); his earlier paracentesis on 10/20 was in the
RLQ, which looks normal.
Biopsy 12/19/2023 (LLQ, two deep 4 mm punches): subcutaneous arterioles w/ calcified
media, fibrin in the lumens, necrotic fat; von Kossa +. Compatible w/ calciphylaxis.
Exam: LLQ eschar 4x3.2cm, soft edges, small serous drainage at the bx sites. Remainder of
the abdomen, both thighs, buttocks -- no similar change.
A/P: calciphylaxis localized to a prior paracentesis puncture site.
- STS 25 g w/ HD (nephrology ordering)
- future taps on the R, well away from this
- bordered silicone foam; no debridement for now
- addiction clinic aware; pain w/o opioids so far
"""),
]}

Z06 = {"patient_id": "Z06", "age": 38, "sex": "F", "notes": [
("2025-01-07", "Addiction Medicine Follow-up", """
ADDICTION MEDICINE FOLLOW-UP
Eastbrook Health Center -- substance use program

38F, stimulant use disorder (methamphetamine, smoked), severe, back after a relapse over the
holidays. ESRD (IgA nephropathy) on home PD -- manual CAPD, 4 exchanges/day. No DM. No
anticoagulation.
Describes bugs-crawling feelings on her legs while using and admits she has been digging
at her R shin w/ fingernails and tweezers since Christmas. "I know there's nothing there."
Exam: R anterior shin w/ ~8 linear excoriations and 2 picked shallow erosions, crusted, no
cellulitis. L leg clean. Forearms w/ old healed picking scars.
Vitals: BP 126/78 HR 102 wt 51.0 kg BMI 18.9 (underweight)
UDS: methamphetamine +, fentanyl neg.
A/P
- stimulant UD relapse: contingency mgmt restarted; mirtazapine 15 mg qhs for sleep and
  appetite; bupropion/naltrexone combo deferred (renal)
- skin picking: habit reversal handout, nails short, hydrocolloid over the erosions
- PD: reminded about exit site care, PD RN to call
RTC 1 wk + CM visits Mon/Thu.
"""),
("2025-02-11", "Home PD Clinic Note", """
HOME PD CLINIC -- Nephrology
Dr. I. Szabo-Mensah / PD RN Clarke

38F on CAPD since 2022, IgA nephropathy. Using meth on and off, engaged w/ the addiction
program.
S: severe pain R lower leg -- a "black scab" that began late January and keeps spreading;
can't sleep.
O: BP 130/84, HR 98, wt 50.6 kg. Exit site clean, no crust, no erythema.
R shin, midway down the front: 3x2.5cm ulcer under a black eschar cap, violaceous retiform
halo, exquisitely tender; smaller purpuric satellite 1 cm proximal.
Labs: iPTH 1190 / P 7.8 / Ca 10.4, alb 2.9, weekly Kt/V 1.6.
A: necrotic ulcer in a young PD pt w/ severe SHPT -- need to exclude calciphylaxis.
P: derm urgent bx; calcitriol off, cinacalcet 30 mg on; sevelamer to 2400 TID; if STS
needed will discuss whether to transfer to HD.
"""),
("2025-02-27", "Dermatology Note", """
DERMATOLOGY -- return visit
Dx: calciphylaxis, R shin

Path from 2/14/25 wedge bx (R anterior shin): rings of calcium around small vessels of
the subcutis, microthrombi, widespread fat necrosis; vasculitis absent; cultures sterile.
Diagnosis: calciphylaxis.
Onset late Jan 2025 per pt; ulcer now 3.6x3.0cm, satellite has merged into it.
Course: IV sodium thiosulfate three days a week (remains on PD, not switching); pain 7/10
on low-dose hydromorphone, naloxone kit given; addiction med co-managing.
BMI 18.7.
Plan: cont STS; wound RN weekly, collagenase + foam; vitamin K trial discussed with
nephrology; RTC 3 wks.
"""),
]}

Z07 = {"patient_id": "Z07", "age": 55, "sex": "M", "notes": [
("2017-09-12", "Street Psychiatry Outreach Note", """
STREET PSYCHIATRY OUTREACH NOTE
Location: Canal St. drop-in center

55M, schizophrenia (dx age 22), chronic AH. ESRD on HD MWF at Fairhaven Dialysis but has
missed 5 runs this month. Lost his apartment in August after an eviction; sleeping at the
shelter or the bus depot sinse. Carries everything he owns in a large overstuffed hiking
pack slung over his R shoulder only, and would not set it down in our 25 min talk ("they'll
take it").
Hx DVT 2015, finished 6 mo of warfarin, off since.
MSE: disheveled, guarded, speech latency, mood "fine", affect blunted, TP tangential at
times, endorses voices commenting, no command AH, denies SI/HI, insight poor.
Vitals (drop-in RN): BP 162/98, HR 88. Wt 74 kg, Ht 5'10, BMI ~23.5
A/P
- restart haloperidol 5 mg PO qhs (accepts oral; declines LAI today)
- housing navigator referral; coordinated w/ dialysis SW re transport
- see again in 1 wk at the drop-in
"""),
("2017-10-20", "ED Psychiatric Evaluation", """
EMERGENCY DEPARTMENT -- PSYCHIATRIC EVALUATION
BIB police after a welfare check at the bus depot

55M w/ schizophrenia, ESRD on HD (missed last 2 runs), unhoused. Yelling at passersby,
refusing food. Calmer in ED, takes PO meds.
Medical: K 6.1 -> emergent HD arranged. Also c/o pain "where the strap digs" on the R
shoulder; says the dark spot showed up 10 days ago.
Skin (ED MD): R superior shoulder over the trapezius ridge, 4 cm stellate violaceous plaque
w/ 1 cm central eschar, along the backpack strap line; exquisitely tender.
MSE: unkempt, guarded, AH present, no command, denies SI/HI, not oriented to date.
Vitals: BP 178/102, HR 94, T 36.8, SpO2 96% RA.
A/P
1. exacerbation of schizophrenia w/ grave disability -- admit to medicine for HD first;
   C-L psych to follow; no hold needed, pt agrees to stay
2. R shoulder lesion: pressure injury vs calciphylaxis -> inpatient derm + wound consult
"""),
("2017-11-02", "Inpatient Wound Care Consult", """
INPATIENT WOUND CARE CONSULT (w/ dermatology)
Fairhaven General, 5 South

Biopsy 10/24/17, R shoulder: calcified subcutaneous arterioles with intimal thickening and
thrombosis -> calciphylaxis.
Wound R shoulder (superior, trapezial): 4.6x3.9cm; eschar ~80%, yellow slough the rest;
periwound livedo. The lesion sits exactly where his pack strap bore down every day since
August; he kept the pack on even in the ED bay.
Plan
- sodium thiosulfate with HD (nephrology)
- get the pack off his shoulder: SW found a small rolling cart + a locker at the shelter
- Medihoney alginate, bordered foam, change q2 days
- acetaminophen + low-dose hydromorphone
- C-L psych following; now taking haloperidol, accepting dressing changes
Wt 72.6 kg; BMI 23.2.
"""),
]}

PATIENTS = [Z01, Z02, Z03, Z04, Z05, Z06, Z07]
