"""probe205 corpus notes, A08-A14 (coroner, autopsy and M&M review, and the clinics behind them; all invented)."""

A08 = {"patient_id": "A08", "age": 69, "sex": "M", "notes": [
("2024-05-27", "ED Trauma Activation Note", """
TRAUMA ACTIVATION - LEVEL 2 - 05/27/2024 (Memorial Day) 16:48
69M fell ~6 steps down the porch stairs at a family cookout, struck his head,
brief LOC per wife. EMS placed a c-collar on scene.
PMH: ESRD, dialysing Tues/Thurs/Sat through his L arm AVF; insulin-requiring
DM2 (glargine 30u qhs); CAD s/p PCI; obesity - BMI 29.8 per dietitian.
Primary survey: A patent; B clear bilat; C HR 98, BP 162/90; D GCS 14;
E 3 cm abrasion R forehead.
CT head: negative. CT C-spine: non-displaced fracture of the C6 lamina,
stable.
NSGY: rigid collar (Miami-J) for 8 weeks, may come off for hygiene with the
neck held neutral.
Dispo: admit to trauma surgery for obs; HD tomorrow; glucose checks AC/HS.
"""),
("2024-06-11", "Trauma Surgery Progress Note", """
Trauma surgery f/u 6/11/24, HD#15
S: burning pain on the L side of his neck under the collar edge, says it
started Sunday 6/9 and keeps him awake.
O: Tmax 37.4, HR 84, BP 148/77.
L lateral neck, along the lower margin of the Miami-J pad: 5x2.5cm
indurated violaceous plaque, its centre dusky and necrotic, netlike purpura
around. R side of neck clean. Forehead abrasion healed.
PTH 780 pg/mL; calcium 9.6, phosphorus 8.1 this AM
Assessment: collar pressure injury, or calciphylaxis given ESRD and the
phosphate?
- WOC + derm consults placed
- collar padding revised, skin check q shift
- binder: sevelamer up to 1600 TID
"""),
("2024-07-25", "Trauma M&M / Peer Review", """
TRAUMA M&M - PEER REVIEW 07/25/2024
Case 4: 69M, fall 5/27, C6 lamina fx managed in a collar.
Punch biopsy 6/13 (derm), L neck plaque: calciphylaxis (calcified
subcutaneous arterioles, thrombi). Progressed despite STS with HD and a
wound vac; wound sepsis; comfort care; died 7/3.
ME notified (death after a fall) and released the case - natural.
Discussion: calciphylaxis arose exactly where the cervical collar bore down
in an HD patient; device pressure on high-risk skin was the trigger. Collar
skin checks were charted only once daily before 6/11.
Determination: opportunity for improvement - yes (device skin surveillance).
Actions: collar skin checks q8h; WOC nurse review by day 3 for dialysis
patients in rigid collars. Owner: trauma PI coordinator.
"""),
]}

A09 = {"patient_id": "A09", "age": 57, "sex": "M", "notes": [
("2017-09-19", "Dialysis Unit Nursing Note", """
Northgate Dialysis Centre - chair 11 - RN note 19-Sep-2017
Pre: BP 148/79, HR 71, wt 82.6 kg (EDW 81.0), T 36.7. BMI 27.5.
Access: L radiocephalic AVF, good thrill, cannulated 15G x2 without trouble.
Vaccines today: hepatitis B vaccine dose 2 of 4 (40 mcg) IM into the R
deltoid; PPSV23 IM, also R deltoid. He asks for the R arm every time as the L
is his fistula arm.
Pt mentions soreness behind his L upper arm, present about a week.
Looked: 3 cm firm tender purple area, posterior L arm, skin not broken.
Told Dr Halvorsen, who will see him Thursday.
Meds: linagliptin 5 mg daily (T2DM), sevelamer, cinacalcet. No insulin.
Post: BP 131/74, UF 1.6 L. Tolerated.
"""),
("2017-10-05", "Dermatology Inpatient Consult", """
Derm consult - inpatient (admitted 10/1 with fluid overload)
57M, HD 4 yrs, T2DM on oral agent.
Back of L upper arm: stellate eschar 7x5cm, violaceous margin, livedo
spreading towards the elbow. Very tender.
He asks whether "the jabs" caused it. Record checked: every vaccine has gone
into the R deltoid; R arm skin normal. Denies bumping, warming or
squeezing the L arm. Fistula at the L wrist, working, skin there normal.
Punch bx 10/3 (L arm): calcific arteriolopathy with thrombosis - consistent
with calciphylaxis.
Plan: sodium thiosulfate, 25 grams, given in the closing stretch of each
haemodialysis; no more calcium-containing binder; wound care team; pain
team for regional options.
"""),
("2017-12-14", "Renal Mortality and Morbidity Review Minutes", """
RENAL M&M REVIEW - 14.12.2017
Patient A09, 57 M, HD for 4 yrs, died 22.11.2017 at home (DNACPR in place).
Not reported to the coroner; natural death, certified by the renal consultant.
Diagnosis: calciphylaxis on the left upper arm, proven by biopsy in Oct 2017,
grew to a 12 cm ulcer despite STS. Last BMI 27.1.
Family question: did the vaccinations cause it? Panel: all IM doses were
given into the R deltoid; the lesion was on the opposite arm, so no link.
Contributing: PTH 1350; high Ca x PO4 for > 6 months; 9 missed sessions.
Learning: parathyroidectomy referral took 9 months.
Action: PTH > 800 on two readings triggers a surgical referral at the MDT
(owner: Dr Halvorsen).
"""),
]}

A10 = {"patient_id": "A10", "age": 74, "sex": "F", "notes": [
("2020-02-03", "ICU Nursing Shift Summary", """
ICU nursing shift summary 02/03/20 0700-1930
74F, ICU day 3, septic shock from PD peritonitis. PD catheter removed 1/31,
temporary HD. No DM. Home warfarin for mechanical MVR - held, on heparin gtt.
Automated BP cuff on L upper arm, set to q15min cycling from admission
1/31 (R arm has two PIVs, and the art line attempts there failed).
VS 1600: 38.1C, HR 104, BP 96/55, RR 22, 95% on 4 L NC.
Skin: bruises on the R forearm from the failed arterial line attempts. L arm:
red ring mark from the cuff, fades between readings.
Wt 84 kg, BMI 31.2.
Intake 1.9 L, UF 2.2 L. Foley draining minimal.
Raised with team: consider a femoral art line tomorrow so the cuff can
come off.
"""),
("2020-02-14", "Dermatology Consult", """
Derm consult 2/14/2020
RN found a sore purplish area on her left forearm on 2/11.
Exam: L volar forearm, mid-shaft: 5x3cm firm violaceous retiform plaque,
dusky necrotic centre. It lies well below the cuff line; skin of the L
upper arm under the NIBP cuff is clean apart from a faint pressure mark.
R forearm: resolving bruises.
Hx: PD for 3 yrs; calcium 10.4 while taking CaCO3; PO4 6.8; warfarin for
8 yrs (now heparin).
Impression: calciphylaxis a real concern; also consider heparin necrosis
(HIT antibody sent) and vasculitis.
Plan: 4 mm punch bx L forearm today; switch calcium carbonate to sevelamer;
avoid pressure on the forearm.
"""),
("2020-03-26", "ICU Morbidity and Mortality Minutes", """
ICU Morbidity & Mortality - 26 March 2020
Case 1: 74F, PD peritonitis -> septic shock, ICU 1/31 to 3/2/20; died 3/2
(multi-organ failure, family chose comfort care).
Key events: L forearm punch (pathology 2/17) confirmed
calciphylaxis - medial calcification, microthrombi. HIT antibody negative.
Warfarin for 8 years felt contributory, with obesity and PD.
Nursing question: was the lesion caused by continuous NIBP cycling? Review:
the cuff was on the L upper arm and the skin beneath it stayed intact; the
lesion sat on the forearm, distal to the cuff - not the cuff site.
Art line attempts on the R forearm: bruising only.
No autopsy requested. MCCD: 1a MOF 1b septic shock 1c PD peritonitis;
2 ESRD, calciphylaxis.
Learning: rotate NIBP cuffs q12h; place arterial lines early.
"""),
]}

A11 = {"patient_id": "A11", "age": 82, "sex": "M", "notes": [
("2022-10-20", "Wound Care Clinic Note", """
Wound care clinic 10/20/22
82M on HD, sent by nephrology for a R shin wound that began at the start of
October per pt; he recalls no injury.
R anterior shin, mid: ulcer 4.2x3.0cm; base mostly black eschar (~80%) with
some slough; violaceous border and livedo. Pain 9/10.
Punch bx 10/13 (ordered by nephro): calciphylaxis.
Dx: calciphylaxis R lower leg.
PMH: DM2 diet controlled (no meds); AF - warfarin stopped 2019, now apixaban;
ESRD MWF.
Vitals: BP 142/68, HR 66, BMI 25.1.
Plan: STS via HD, non-adherent foam + light wrap, no compression; f/u 1 wk.
"""),
("2022-11-27", "Emergency Department Note", """
ED 11/27/2022 06:40
82M found on the floor by his neighbour this morning; last seen well 11/26
in the evening. Overnight, heading for the
toilet, his foot snagged the rug; R shin struck the bedframe and he
couldn't rise.
Exam: R shin - known ulcer with a soaked dressing, new 6 cm skin tear and
bruising around it. L leg short and turned outwards.
XR: L intertrochanteric fracture.
CK 2140, K 6.4, Cr 7.8 (missed HD yesterday).
Plan: urgent HD, ortho for IMN, wound RN for the shin, hold apixaban,
fall-risk bundle.
"""),
("2022-12-20", "County Coroner Autopsy Report", """
OFFICE OF THE COUNTY CORONER - AUTOPSY REPORT
82 M, died 12/09/2022, POD 10 after L hip IMN (11/29). Reported because the
death followed a fall with a hip fracture.
EXTERNAL: healing incision L lateral hip. R mid shin: ulcer 6x4.5cm, black
eschar, livedoid margin; next to it a healing skin tear and a
yellow-green bruise. The bruise and tear are recent and post-date the ulcer,
which the records document from October 2022.
MICROSCOPIC: skin R shin - calciphylaxis. Lungs: bilateral bronchopneumonia.
CAUSE OF DEATH: 1a Bronchopneumonia; 1b Immobility following fracture of the
left femur; 1c Fall at home. Other: ESRD, calciphylaxis.
MANNER: Accident.
"""),
]}

A12 = {"patient_id": "A12", "age": 61, "sex": "F", "notes": [
("2023-04-21", "Dermatology Consult", """
Dermatology consult 4/21/2023
61F; ESRD, three HD sessions a week; T2DM, insulin given into both thighs;
obesity (BMI 38.9).
Painful L buttock "since Easter Sunday", getting worse; she now lies only on
her right.
Exam - upper outer L buttock: woody violaceous plaque 10x7cm, stellate
necrosis centrally; livedo racemosa around it. Both thighs:
lipohypertrophy where she injects, no plaques.
Procedure: 6mm punch, L buttock plaque, at its border;
H&E and a calcium stain requested.
Plan: STS 25 g post-dialysis x3/wk; low-calcium bath; pain team; air mattress.
Addendum 4/25/23: path back - small subcutaneous arteries
with mural calcium and clot; calciphylaxis confirmed.
"""),
("2023-05-08", "Operative Note / Anaesthetic Incident", """
OPERATIVE NOTE 05/08/2023
Procedure: excisional debridement of L buttock calciphylaxis wound, NPWT
application.
Anaesthesia: GA, ETT. Position: R lateral decubitus, pillows between knees.
Findings: 14x9cm necrotic wound of the L buttock extending to fascia, no
pus; non-viable fat excised to bleeding tissue.
Event: 38 min into the case, sudden bradycardia then PEA. ROSC after 2 cycles
of CPR and epinephrine 1 mg; K 7.2 on the ABG. Case abandoned; wound packed,
dressing applied. To SICU intubated.
EBL 350 mL. Specimen: skin/fat L buttock to path.
Surgeon: Dr T. Vasquez-Lund.
"""),
("2023-06-01", "Surgical Morbidity and Mortality Minutes", """
SURGICAL M&M - 1 June 2023
Case: 61F, calciphylaxis L buttock (onset around Easter, bx 4/21), taken for
debridement 5/8; intra-op PEA arrest, died SICU 5/10.
Medical examiner: not a reportable death under county criteria; hospital
autopsy declined by family.
Discussion
- K 5.9 the evening before, not rechecked after a missed HD session; no
  pre-op HD.
- Debridement, wound vac, daily dressings were all to the existing lesion.
- Anaesthesia: succinylcholine given despite K 5.9.
Classification: potentially preventable death.
Actions: same-day K before any GA in dialysis patients; no
succinylcholine if K > 5.5; dialysis before elective debridement.
"""),
]}

A13 = {"patient_id": "A13", "age": 70, "sex": "M", "notes": [
("2016-02-09", "Nephrology PD Clinic Note", """
PD CLINIC - 9 Feb 2016
70M, APD 5 nights/wk, 2 yrs. Prediabetes only (HbA1c 6.1, untreated) - he
is not diabetic. No anticoagulation. BMI 26.0.
New: painful purple mottling of both calves for 2 weeks, now with small
black areas.
He denies any knock, fall, injection, heat pad or ice to the legs. No new
socks or stockings.
Exam: bilateral posterior calves - livedo racemosa with three eschars,
largest 2 cm on the L; exquisitely tender. Pulses palpable.
Feb bloods: PTH 640 pg/mL; phosphate 6.6; corrected Ca 10.2, albumin low
at 3.1.
Imp: suspect calciphylaxis.
Plan: derm for bx; stop calcium carbonate; no compression stockings; if he is
admitted, heparin SC only into the abdomen, never the legs.
"""),
("2016-02-24", "Inpatient Medicine Admission Note", """
Medicine H&P 02/24/16
CC: calf pain, can't walk.
70M on PD. Derm bx of the L calf 2/15 showed calciphylaxis (arteriolar
calcium deposits, thrombi, fat necrosis).
Pain now 10/10, both calves. Once more he says nothing has injured his legs.
VS: temp 37.8, pulse 96, BP 150/80, sat 96%.
Exam: bilateral calf ulcers enlarging, the L now 5 cm across and covered in
black eschar; livedo around; no cellulitis.
A/P
1. Calciphylaxis bilateral calves - STS IV 3x/wk, switch to low-Ca PD fluid.
2. VTE ppx: plan to start enoxaparin 30 mg SC daily, abdomen only; no SCDs on
   the calves.
3. Pain: palliative care consult.
"""),
("2016-04-06", "Hospital Autopsy Report", """
AUTOPSY REPORT (hospital, consent of next of kin)
70 yr male, died 3/30/2016 on the medical ward.
EXTERNAL: length 172 cm, weight 77 kg. Bilateral posterior calves: ulcers with
black eschar (L 7x5cm, R 4x3cm) in a field of livedo. No external
injuries, bruises or injection marks on the legs. PD catheter in situ.
MICROSCOPIC: calf skin - calcific uremic arteriolopathy. Heart: LVH and
calcific aortic stenosis, moderate. Lungs: edema, early bronchopneumonia.
FINAL DIAGNOSES: 1. Calciphylaxis, bilateral calves, with infected ulcers.
2. Bronchopneumonia (immediate cause of death). 3. ESRD on peritoneal dialysis.
Pathologist: D. Achterberg, MD
"""),
]}

A14 = {"patient_id": "A14", "age": 76, "sex": "F", "notes": [
("2025-01-14", "Wound Care Clinic Note", """
WOUND CLINIC 14-Jan-2025
76F, ESRD on HD (TTS). Warfarin - On-X mechanical
aortic valve. Obesity, BMI 44.0. No diabetes.
Pannus calciphylaxis (lower abdomen), known since December (biopsy
12/20/2024 proved it).
Today: lower pannus, midline and R: two necrotic plaques, 6x4cm and
3x3cm, black eschar, no infection. Pannus fold moist.
No trauma there; she does not inject anything.
Plan: STS with dialysis to go on; the valve means warfarin stays, but after
talking to cardiology the INR target is now 2.0-2.5; daily non-adherent
dressing; pannus lifted with gauze; vitamin K2 trial.
BP 132/70, HR 80. Weight 118 kg.
"""),
("2025-02-03", "Emergency Department Note", """
ED 2/3/2025 11:05
76F found on her kitchen floor by a carer; fell on the evening of 2/1, a
long lie of around 36 h.
VS: T 35.1, HR 112, BP 92/50, RR 24, SpO2 93%.
Exam: sacral pressure injury, 5x4cm, deep purple with a blister; second
pressure injury 4x3cm, R greater trochanter (lateral hip). Known
abdominal calciphylaxis plaques, dressings dry, unchanged per daughter.
Labs: CK 18,400, K 6.8, lactate 4.2, INR 4.9.
Dx: rhabdomyolysis, hyperkalaemia, pressure injuries after a long lie.
Plan: IV calcium, insulin-dextrose for the potassium, emergency dialysis,
warfarin held, WOC.
"""),
("2025-02-20", "Coroner's Post-Mortem Report", """
POST-MORTEM REPORT for HM Coroner, East Riding area
76F, died 10/02/2025 in hospital. Referred: death following a fall and long
lie.
EXTERNAL: BMI 43.6. Sacrum - 6x5cm ulcer with necrotic base; R lateral hip
- 4x4cm ulcer. Lower abdomen / pannus - two black necrotic plaques with
livedo margins.
HISTOLOGY: sacral and hip ulcers - full-thickness pressure ulcers, no vascular
calcification, not calciphylaxis. Pannus plaques - calciphylaxis with
arteriolar calcification and thrombosis.
CAUSE OF DEATH: 1a Acute kidney injury on ESRD and hyperkalaemia; 1b
Rhabdomyolysis; 1c Prolonged lie after a fall. 2 Calciphylaxis; aortic
valve replacement on warfarin.
Conclusion suggested: accident.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
