"""probe159 corpus notes, C01-C07 (prior-authorization requests, appeal letters, medical-necessity
statements and the clinic notes behind them; every person, place and sentence invented)."""

C01 = {"patient_id": "C01", "age": 58, "sex": "M", "notes": [
("2016-09-12", "Peritoneal Dialysis Clinic Visit", """
TILLBURY HOME DIALYSIS PROGRAM - PD MONTHLY VISIT
Provider: R. Okonkwo-Hale MD    RN: J. Baptiste

58 yo M, ESRD after IgA nephropathy; on the overnight cycler (CCPD) since 03/2015, here for monthly review.
No diabetes. Never anticoagulated / no warfarin.
CC: tired all the time, winded walking out to the mailbox.

Labs drawn 9/6: Hgb 8.9 | ferritin 612 | TSAT 31% | PTH(intact) 540 | cCa 9.4 | albumin 3.5 | PO4 6.8
weekly Kt/V 1.9, RRF ~300 mL urine/day

Vitals: BP 138/82, pulse 78, temp 36.7C, Wt 79.6 kg (BMI 24.8)
Exit site: looks good - dry, crust-free, nontender tunnel.
Skin: arms/trunk/legs inspected, nothing open, no rash. Trace pedal edema.

A/P
1. Anemia (renal origin); iron indices fine; Hgb under target. Begin Aranesp (darbepoetin) 40mcg
   subcut q14d. Dose #1 administered here today by RN, back of R upper arm (pt's choice of the
   right arm, he sleeps on his left). Further doses at PD clinic q2wk.
2. CKD-MBD: phos high. Sevelamer increased, now 1600mg with each meal, cont cinacalcet 30 mg daily.
   Renal dietitian to review dairy and cola intake.
3. Volume OK, keep 1.5%/2.5% bag mix.
RTC 2 wks (injection + CBC).
"""),
("2016-12-05", "Dermatology Consult", """
DERMATOLOGY CONSULTATION - Carrow Valley Skin Associates
Referring: Dr Okonkwo-Hale (nephrology)

HPI: 58M, home PD, sent over for a sore spot behind his R arm. On 11/21/2016 he
noticed a hard, very tender knot there; over two weeks its center went dark. Pain rated 9/10,
worst overnight, cannot lie on that side. He gets his anemia shot every other week and says the
nurses "always stick me in the same spot, back of my right arm." No fevers.

Exam: R posterior upper arm - 6x4.5cm firm, dusky-violet plaque, branching purpuric rim,
central black eschar 1.5cm, stuck down. Exquisitely tender beyond its visible edge.
L arm, abdomen, flanks, thighs and calves: clear.

Procedure: consent obtained (verbal + written); 1% lido with epi; 4mm punch taken from the
plaque's lateral margin, into subcutis. Hemostasis w/ pressure, 1 suture 4-0 nylon.

Path addendum 12/08/16: subcutaneous arterioles show medial calcium deposits, narrowed lumens
with thrombus, necrotic fat lobules; von Kossa stain positive. Final: calciphylaxis.

Impression: R posterior upper arm calciphylaxis, which arose right at his darbepoetin
injection site. Recs: stop all subcut shots to both arms; nephrology to consider giving ESA
intraperitoneally or switching products; sodium thiosulfate; wound care referral; gabapentin
100mg at bedtime.
"""),
("2017-01-10", "Prior Authorization Request - Sodium Thiosulfate", """
PRIOR AUTHORIZATION REQUEST - SPECIALTY INFUSION
To: Brightwater Health Plan, Pharmacy Utilization Management   Fax 555-0148
From: Tillbury Home Dialysis Program, nephrology
Re: member C01 (58 M), plan ID on file

Drug requested: sodium thiosulfate 25g intravenously (60-minute infusion) thrice weekly at the Hollins Ave
infusion suite, x 12 weeks (off-label; no labeled alternative for this indication).
Dx codes: E83.59 (calciphylaxis), N18.6, Z99.2, L98.412 (non-pressure ulcer of skin, other
site, fat layer exposed).

Clinical summary: Mr. C01 has ESRD on CCPD. He started subcutaneous darbepoetin on 09/12/2016,
every dose given into the right posterior upper arm. On 11/21/2016 a painful plaque appeared at
exactly that injection site, and a punch biopsy on 12/05/2016 confirmed calciphylaxis. The
plaque now carries a 2.1 cm eschar. Calcium-based binders were already stopped, cinacalcet
titrated, PD prescription intensified, ESA moved to the intraperitoneal route.

Why needed: untreated calciphylaxis carries high mortality; sodium thiosulfate is standard of
care in published case series. Pain still 8/10 on gabapentin.
BMI 24.8; nondiabetic; has never had warfarin.

Requested urgency: expedited (72 h). Please call 555-0172 for peer-to-peer.
"""),
]}

C02 = {"patient_id": "C02", "age": 63, "sex": "F", "notes": [
("2020-01-20", "Hemodialysis Rounding Note", """
HD ROUNDING - Ferncliff Dialysis (chair 14 / M-W-F midday shift)
Seen on the machine, hour 2.

63F, polycystic kidneys -> ESRD, in-center HD from 2017, L brachiocephalic fistula. Warfarin for
atrial fib (INR 2.4, drawn pre-run). No diabetes.

S: More L flank ache the past few weeks, dull, 5/10, "same as when the cysts act up." Has been
sleeping with a hot water bottle pressed against her L flank nightly, starting New Year's Day,
refilling it from the kettle. No fever, no hematuria this month.

O: BP 152/88 -> 141/80, HR 72 irreg. EDW 84.0 kg, UF goal 2.6 L. BMI 31.6 (obese class I).
Flank: large palpable L kidney, mild tenderness. Skin over flank pink, warm, intact.
Access: good thrill/bruit, cannulation sites clean.
Labs: K 5.3, cCa 9.1, PO4 6.2, PTH 710, Hgb 10.4, spKt/V 1.42, alb 3.6g.

A/P:
- Flank pain likely cyst-related; Tylenol ok, no NSAIDs. Asked her to use the bottle wrapped in
  a towel and for shorter stretches; she is reluctant to give it up.
- Phos above goal: binder adherence reviewed, lanthanum chewable 1000 mg TID.
- PTH trending up: cinacalcet 60 mg.
- Continue warfarin per anticoag clinic.
"""),
("2020-02-24", "Wound Care Clinic - New Patient", """
WOUND & HYPERBARIC CENTER, Larkmoor Regional
New patient, referred from Ferncliff Dialysis

63 y/o HD pt seen for a wound on the left flank that is agonizing; it began
3 wks ago, first a dusky mottled patch, later black. Burning pain 10/10, wakes her
at night. Hx: ADPKD, dialysis-dependent ESRD, AF (warfarin). Nonsmoker.

Wound assessment (L flank, posterolateral):
  size 7.0x5.5cm, depth not measurable due to eschar
  bed: dry black eschar 100%; 3cm collar of violaceous retiform purpura
  edges: irregular, indurated; periwound very tender; no odor, no exudate
  no fluctuance, no crepitus
Pulses: DP/PT palpable bilat. Temp 37.0, BP 148/84, glucose not checked (no DM).

Impression: presentation strongly suspicious for calciphylaxis (ESRD, warfarin, PTH 710).
Plan: two punches off the purpuric border (H&E, von Kossa stain); leave eschar intact,
no debridement for now; foam dressing; message nephrology re: holding warfarin and starting
sodium thiosulfate; pain team.
"""),
("2020-03-09", "Appeal Letter - Hyperbaric Oxygen Therapy Denial", """
Larkmoor Regional Wound & Hyperbaric Center
March 9, 2020

Appeals Department, Pinecrest Medicare Advantage
RE: First-level appeal, denial #HB-20-33817, member C02 (DOB on file)
Service: hyperbaric oxygen therapy, CPT 99183 / G0277, 30 treatments

Dear Medical Director,
I am writing to appeal your 02/28/2020 denial of hyperbaric oxygen for my patient. The denial
letter states the diagnosis is "not a covered indication." Please reconsider.

Ms. C02, 63, receives hemodialysis for ESRD from ADPKD. Her skin biopsy of 02/24/2020
proved calciphylaxis of the left flank, with calcium-encrusted, clotted little vessels throughout
the fat layer. The ulcer measures 7.5x6.0cm with eschar. Warfarin was stopped and apixaban started;
she receives sodium thiosulfate with each dialysis; cinacalcet was increased.

Despite two weeks of this she has new purpura at the margin. Tissue oximetry at the wound edge
is 18 mmHg and rises to 312 mmHg in a chamber challenge, indicating a hypoxic but oxygen-
responsive wound. Calciphylaxis carries 1-year mortality above 50%; published series report
healing benefit with HBOT as an adjunct.
BMI 31.6. I am available for a peer-to-peer review at 555-0119.

Sincerely,
Anneliese Varga, DO, CWSP, UHM
"""),
]}

C03 = {"patient_id": "C03", "age": 61, "sex": "M", "notes": [
("2022-08-18", "General Surgery Post-op Visit", """
GENERAL SURGERY CLINIC - POST-OP CHECK
Dr. Ishaan Mehrotra / PA-C Colleen Duarte

61M, 2 wks post op: open Lichtenstein mesh herniorrhaphy, R inguinal, 08/04/2022, day
surgery.
Uneventful recovery. Mild soreness, using acetaminophen only.

PMH: ESRD; his HD days are Tues, Thurs, Sat, using a right IJ permcath for now (L arm fistula still maturing);
T2DM, insulin: glargine
28 u qhs + lispro sliding scale, injects into his abdomen around the navel; HTN; OSA on CPAP.
Not on anticoagulants.

Exam: afebrile 36.8, BP 146/78, pulse 80. Weighs 118kg; BMI: 36.2 kg/m2.
R groin: 7cm oblique wound paralleling the inguinal ligament, edges well approximated, steri-
strips in place, minimal ecchymosis, no drainage, no erythema, no hernia recurrence on cough.
Scrotum without swelling.

A/P: Healing well.
- No lifting >15 lb x 6 wks.
- OK to shower; pat incision dry.
- Fingerstick glucose running 180s-220s; PCP/endocrine to adjust insulin.
- RTC prn; call for redness, drainage or fever.
"""),
("2022-10-19", "Emergency Department Provider Note", """
ED PROVIDER NOTE - Saint Adalbert Hospital

CC: "the hernia scar went black on me"

HPI: 61 yo male, dialysis TTS (missed nothing), insulin-dependent diabetic, had a right groin
hernia operation in August. Since early October has had increasing pain along the scar, then a
dark purple patch whose center has gone black. Pain 9/10, worse w/ walking and at
night. No fevers at home. Dialysis unit sent him in.

ROS: neg for vomiting, abd pain, scrotal swelling.
Vitals: 37.4 C | P 96 | BP 162/88 | RR 18 | SpO2 96%, no O2. POC glucose 241.
Exam: R groin - along the healed incision a 5x3cm stellate black eschar with a violaceous
lacy rim extending ~2 cm; very tender. Not fluctuant, nothing crepitant, dry. Hernia not recurred.
Labs: WBC 9.8, lactate 1.4, cCa 9.8, PO4 7.1, CRP 46.

MDM: ddx wound infection / necrotizing soft tissue infection (low suspicion, no systemic signs,
no gas on CT) vs calciphylaxis given ESRD. CT pelvis: no abscess, mesh in place, extensive
vascular calcification.
Dispo: admit to medicine, derm + surgery consults, vanc/pip-tazo pending derm input.
"""),
("2022-10-31", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT - follow up / biopsy result
Attending: Margit Solvang MD

Pt known to us from 10/20 bx. Path (S22-44071): calcification of small arterioles in deep dermis
and subcutaneous fat, fibrin thrombi, septal fat necrosis; GMS/gram neg; von Kossa stains the vessel walls.
Final dx: calciphylaxis.

Today: R groin eschar 5.5x3.5cm, retiform purpura extending superiorly ~3 cm, follows the
course of the herniorrhaphy scar. Abdominal skin at his insulin sites: mild lipohypertrophy, no
purpura. Thighs/legs unremarkable.

Assessment: calciphylaxis of the R groin, localized to the surgical incision (Koebnerized).
Recommendations:
1. Renal to order STS (sodium thiosulfate): 25 grams IV on every dialysis day, hung near the end of the run.
2. Stop calcium carbonate; cinacalcet; low-Ca dialysate per renal.
3. Stop empiric antibiotics, no evidence of infection.
4. Local wound care: leave dry eschar intact, nonadherent dressing, no sharp debridement now.
5. Pain: palliative care consult.
"""),
("2022-11-21", "Prior Authorization - Negative Pressure Wound Therapy", """
CERTIFICATE OF MEDICAL NECESSITY / PRIOR AUTH REQUEST
Item: negative pressure wound therapy pump E2402 + dressing kits A6550 x 15/mo
Payer: Commonwealth Keystone Health, Medicaid managed care
Ordering: Saint Adalbert Wound Clinic, Tomasz Ruhl, NP

Member: C03, 61 M. Dx: E83.59 calciphylaxis; L98.412 chronic non-pressure ulcer of other site
(R groin), fat layer exposed; N18.6; Z99.2; E11.622; Z79.4.

History: calciphylaxis, biopsy-proven 10/20/2022, arising in his right inguinal herniorrhaphy
incision from 08/04/2022. The wound opened after eschar separated on 11/09.
Current wound: 6.0x3.8x1.4cm; base beefy red granulation 80% / slough 20%; serous
drainage, moderate amount; no exposed mesh. Prior treatment >30 days: moist wound care, calcium alginate, silicone
foam, IV sodium thiosulfate with HD, glucose control.
BMI 36.2, HbA1c 8.4.

Goal: promote granulation, manage exudate and avoid mesh exposure. Weekly measurements will be
sent. Re-evaluate at 30 days.
"""),
]}

C04 = {"patient_id": "C04", "age": 69, "sex": "F", "notes": [
("2017-03-08", "Dialysis Unit Nursing Note", """
HD NURSING NOTE / EVENT - Quarry Hill Dialysis, MWF AM shift
Time: 0715

Pt arrived by w/c. While pivoting into the treatment chair pt lost footing briefly and
struck her L lateral thigh against the metal bracket of the chair's swing-out tray table. Did
not fall to floor; staff x2 assisted. Pt c/o immediate pain 6/10 L thigh.
Assessment: L lateral mid-thigh 4x3cm red-purple ecchymosis forming, skin intact, no
laceration, no deformity, able to bear weight. VS: BP 168/90, P 84, SpO2 98%.
INR (drawn pre-tx, on warfarin for mechanical mitral valve): 3.1.

Charge RN and Dr. Pasternak notified. Ice offered, pt declined. Tray table bracket reported to
biomed for padding. Incident report #QH-17-0212 filed.
Tx: 4 hrs through R forearm fistula, both needles first stick, UF 2.4 L, post wt 76.8 kg.
Will recheck thigh next treatment.
K. Ansah, RN
"""),
("2017-03-31", "Dermatology Consult", """
DERM CONSULT - Quarry Hill Medical Group
Requested by: nephrology, Dr. Pasternak

69 y/o F, HD MWF x 6 yrs, mechanical MVR on warfarin, T2DM on linagliptin (no insulin), here
for a painful left leg lesion. She reports it started 10 days ago: a tender reddish-purple patch on
the lateral left thigh, which within a week hardened into a star shape with a dark center.
Pain is severe, 9/10, "a burning that never lets up."

PE: wt 76.5 kg, ht 161 cm, BMI 29.5 (overweight).
L lateral thigh: branching retiform purpura 8x6cm surrounding a 2x2cm gray-black necrotic
center, firm subcutaneous induration beyond the margin, markedly tender.
R thigh, abdomen, buttocks, lower legs: clear; livedo absent elsewhere.

Assessment: necrotic retiform purpura, dialysis pt taking warfarin - calciphylaxis heads
the ddx; warfarin necrosis and cholesterol emboli less likely.
Plan:
- 2 incisional wedge bx (edge), deep to fat, sent H&E + von Kossa.
- warfarin question to cardiology (mechanical valve, so stopping it is not simple).
- gentle wound care, nonadherent dressing.
"""),
("2017-04-20", "Prior Authorization Request - Sodium Thiosulfate", """
QUARRY HILL NEPHROLOGY - REQUEST FOR PRIOR AUTHORIZATION
Plan: Aldermoor Senior Care (Part D / Part B review)
Medication: sodium thiosulfate 12.5g IV, 3x/wk, given as the treatment winds down (last hour on the machine),
then 25 g if tolerated. Duration: 3 months, reassess.

Patient C04, 69 F. ESRD on HD since 2011. Type 2 diabetes (linagliptin). Mechanical mitral valve
on warfarin, now being bridged with heparin during dialysis pending cardiology decision.

Diagnosis: calciphylaxis, confirmed by incisional biopsy 03/31/2017 (arteriolar medial
calcification, microthrombi, necrosis of subcutaneous fat). Lesion: left lateral thigh, 9x7cm
with necrotic center, pain requiring hydromorphone 2 mg q4h prn.

Relevant labs: cCa 9.6, PO4 6.6, iPTH 388, alb 3.2g, INR 2.9.
Measures already taken: calcium binder stopped, vitamin D analogue held, dialysate Ca bath
now 2.0 mEq/L, wound clinic weekly.

Sodium thiosulfate is the accepted first-line agent for calciphylaxis; no FDA-labeled
alternative exists. Please approve as medically necessary.
Signed electronically, Lev Pasternak MD
"""),
]}

C05 = {"patient_id": "C05", "age": 55, "sex": "F", "notes": [
("2019-06-10", "Primary Care Visit", """
FAMILY MEDICINE - Orchard Street Health Center
55F f/u DM, HTN, ESRD

Subjective: Feels "about the same." HD Tu/Th/Sat at DaVale Kidney Center. T2DM on insulin since
2017 - NPH 30 u am / 20 u pm; she injects into the lower part of her belly, into the pannus,
"since that's the one spot I can reach and see." Occasional lows at night.
Denies chest pain, SOB beyond baseline. No foot wounds.

Meds: NPH insulin, lisinopril 10, sevelamer 800 w/ meals, calcitriol 0.25mcg, ASA 81, atorvastatin.
No blood thinners.

Objective: BP 144/86, HR 88, Wt 121.6 kg, BMI of 44.1. A1c 8.2 (6/3).
Abd: large pannus, intertrigo mild under fold, injection sites w/ small firm areas, no bruising.
Feet: monofilament reduced bilat, no ulcers.

A/P:
1. T2DM, A1c above goal - reduce pm NPH to 16 u for nocturnal lows, discuss GLP-1 later.
   Reviewed rotating injection sites.
2. Obesity class III - nutrition referral; bariatric consult offered, declined.
3. ESRD - per nephrology.
4. Intertrigo - nystatin powder.
"""),
("2019-09-16", "Wound Care Clinic Consult", """
WOUND CLINIC CONSULT - DaVale Regional Medical Center

Reason: painful dark spots on the abdomen, referred by dialysis NP.

Hx: 55 y/o woman on HD with insulin-treated diabetes and BMI 44. States the first spot showed up
on Labor Day, a hard lump that was purple and "hurt like nothing I've ever felt." Now several.
All sit on the lower pannus, the very area where her insulin shots have gone these two years.

Assessment of wounds:
 #1 lower pannus, 4.2x3.0cm, eschar (black), netted violaceous rim, firm
 #2 lower pannus, 2.5x2.0cm, purpuric plaque, no open area
 #3 lower pannus, 1.5cm tender subQ nodule, livedo over it
No drainage. Pannus fold intertrigo improved.
Vitals: 98.4 F, BP 150/92, P 90, BS 212.

Impression: probable calciphylaxis at insulin injection sites.
To do: punch #2 at its edge (scheduled 9/18 with derm), stop injecting the abdomen, endo to move
injections; Vaseline gauze + ABD pads; pain regimen per PCP; notify nephrology.
"""),
("2019-10-02", "Letter of Medical Necessity", """
LETTER OF MEDICAL NECESSITY
Date: October 2, 2019
To: Granite State Community Health Plan, Clinical Review
Re: C05, sodium thiosulfate IV with hemodialysis and specialty wound dressings

Dear Clinical Reviewer,
I care for this 55-year-old on maintenance hemodialysis for end-stage kidney disease; insulin keeps
her type 2 diabetes in check; obese, BMI 44.1. Skin biopsy on 09/18/2019 showed calcified,
clotted small vessels within subcutaneous fat, diagnostic of calciphylaxis.

Her lesions arose at her insulin injection sites in the lower pannus, where she has injected
twice daily for about two years; the first appeared on 9/2/2019. There are now three, the
largest an eschar-covered ulcer of 4.6x3.2cm. Insulin has been moved to the upper arms.

I request: (1) sodium thiosulfate 25g IV at each of her three weekly dialysis sessions, 12 weeks;
(2) calcium alginate and silicone foam dressings, 3 changes weekly. Both are standard
components of calciphylaxis care. Delay risks infection, sepsis and death.

Sincerely,
Rosalind Achterberg, MD, Nephrology
"""),
]}

C06 = {"patient_id": "C06", "age": 72, "sex": "M", "notes": [
("2023-04-10", "Cardiology Clinic Follow-up", """
CARDIOLOGY FOLLOW-UP - Westbrook Heart Associates
72M, HFpEF (EF 55%), permanent AF on warfarin, HTN, CKD 3a, OSA.

Interval: admitted late Feb for HF exacerbation, diuresed 9 kg. Since mid-March he has spent
every night in his recliner because of orthopnea; the footrest is a hard wooden-edged type and
both his calves rest on the front edge all night. Wife says his "legs are propped right on that
bar." 2-pillow orthopnea improved. No PND.

Meds: warfarin (goal INR 2-3), furosemide 40 bid, metoprolol succ 100, empagliflozin 10,
spironolactone 12.5. No diabetes (A1c 5.6).

Exam: BP 128/74, HR 74 irregular, Wt 124.0 kg (BMI 38.0). JVP 9 cm. Lungs clear. 1+ pitting
edema to mid-shin. Posterior calves: skin intact, faint pressure marks.
Labs: Cr 1.38, eGFR 52, K 4.6, INR 2.7.

A/P:
- HFpEF, improving; continue diuretics.
- AF - rate controlled, continue warfarin.
- Suggested a cushion or pillow under the legs rather than the bare footrest edge.
- Obesity - referral to weight program.
RTC 8 weeks.
"""),
("2023-06-12", "Dermatology Consult", """
DERMATOLOGY - Westbrook Medical Center, new consult

72 yo man, CKD stage 3a (no dialysis), heart failure, atrial fibrillation on warfarin.
Painful dark patches behind both lower legs, present since around Memorial Day, keep
enlarging. Pain 8/10 bilaterally, worse at night.

PE:
  R posterior calf: 9x5cm retiform purpura, central 3x2cm black necrosis
  L posterior calf: 7x4cm similar plaque, central ulcer 1.5 cm w/ eschar
  Both: indurated, tender subcutaneous cords at the margins
  Shins, feet, thighs: no lesions. DP pulses 1+ bilat.

Procedure: telescoped punch bx (6mm then 4mm), R calf lesion border.

Path (prelim by phone, 6/14): calcified arterioles in the fat with thrombus - reads as
calciphylaxis.

Impression: nonuremic calciphylaxis, bilateral posterior calves. Risk factors: warfarin, obesity,
CHF with venous stasis, CKD 3a.
Recs: stop warfarin, cardiology to start a DOAC; IV sodium thiosulfate; wound care; consider
HBOT given non-healing necrosis.
"""),
("2023-07-05", "Hyperbaric Oxygen Prior Authorization Request", """
HYPERBARIC MEDICINE - PRIOR AUTHORIZATION REQUEST
Westbrook Center for Wound Healing
Payer: Redfield National Insurance, Commercial PPO

Member C06, 72 M. Requesting HBOT 2.4 atmospheres absolute, 90-min, 5x/week, 40 sessions (CPT 99183, G0277).

Primary dx: nonuremic calciphylaxis (E83.59), biopsy-proven 6/12/2023.
Wounds: bilateral posterior lower legs, R 9.5x5.5cm and L 7x4.5cm, necrotic bases.
Comorbidities: HFpEF, chronic atrial fibrillation (warfarin discontinued 6/13, now apixaban),
CKD stage 3a (eGFR 50), obesity, BMI 38.0. No diabetes, no dialysis.

Failed / concurrent therapy (>4 weeks): IV STS 25g three times a week since 6/16; local
wound care with hydrogel and bordered foam; pain management; leg elevation on pillows.

Objective: TcPO2 at the L calf periwound 14 mmHg (room air) rising to 286 mmHg on 100% O2
challenge. Cardiology cleared for chamber (EF 55%, no pneumothorax history).

Rationale: hypoxic, oxygen-responsive calciphylaxis wounds; HBOT is used as an adjunct in
published series. Please review urgently.
"""),
]}

C07 = {"patient_id": "C07", "age": 60, "sex": "F", "notes": [
("2024-02-26", "Primary Care Visit", """
PRIMARY CARE - Maplewood Family Practice
60 yo F - ESRD, dialyzing Mondays/Wednesdays/Fridays; diet-only type 2 DM, HTN

CC: R buttock pain shooting down the back of the R leg x 4 wks.
HPI: No injury. Pain worse bending and at night. To cope she warms a microwavable rice
bag and has been lying on it against her R buttock several hours a day since early February.
Sometimes it is "really hot," she doesn't always feel it well. No bowel/bladder change.

Meds: amlodipine 10 daily, calcium acetate 667mg x2 with meals, sevelamer 800 with meals,
cinacalcet 30. No
insulin. No anticoagulation.

Exam: BP 150/84, P 80, weight 82.5kg, BMI 30.6. SLR + on R at 45 deg. Strength 5/5, reflexes
symmetric. R buttock skin: mildly red and warm where the bag sits, intact.
A1c 6.3 on diet alone.

A/P:
1. R lumbar radiculopathy - PT referral, gabapentin 100 mg post-HD. Told to wrap the rice bag,
   limit to 20 min, and never sleep on it.
2. ESRD - per nephrology.
3. Obesity - discussed.
"""),
("2024-03-28", "Wound Clinic Consult", """
WOUND CLINIC - Maplewood Regional Outpatient Wound Center

60 y/o F on HD, referred by PCP for a painful R buttock wound.
Per pt it showed up March 17th - St. Patrick's Day - a firm purple spot, since blackened. It
sits precisely where the heated rice bag was laid for her sciatica; she stopped using it after the
spot appeared.

Wound location R upper outer buttock; 6.2x4.8cm, dry black eschar 3.0x2.5cm, surrounding
stellate violaceous purpura, indurated, exquisitely tender. Brownish reticulated erythema ab igne
surrounds it. Dry, odorless.
No lesions on L buttock, sacrum, thighs.
Temp 98.2, BP 146/82, BS not checked.

Impression: suspect calciphylaxis where heat was applied again and again; ddx deep thermal burn.
Plan: punch biopsy (4mm) of purpuric edge today (done, 1 suture); silver foam dressing; no
sitting on heat; offload R buttock with pressure-redistribution cushion; msg nephrology re:
stopping calcium acetate.
"""),
("2024-04-22", "Appeal - Denial of Sodium Thiosulfate", """
Maplewood Kidney Associates
April 22, 2024

Tidewater Health Plan - Pharmacy Appeals
RE: Expedited appeal of denial dated 04/15/2024 - sodium thiosulfate injection
Member: C07

Dear Reviewer,
The denial states calciphylaxis was "not established." That is incorrect. The punch biopsy of
3/28/2024 (Maplewood Pathology, M24-11820) demonstrated ring-like calcium deposition in subcutaneous
arterioles, clot within vessels and necrotic fat: calciphylaxis. A copy is enclosed.

Ms. C07 has ESRD on hemodialysis and diet-controlled diabetes. The calciphylaxis ulcer is on her
right buttock, at the same spot where she applied a microwaved heat pack daily for sciatica from
early February; it began 3/17/2024. It now measures 6.8x5.0cm with eschar.
She has lost weight from pain and poor intake: 78.4 kg, BMI 29.1.

Calcium acetate ended 3/29; sevelamer is now her only binder. Sodium thiosulfate
25g IV following every HD is the only therapy with consistent published support. Please overturn the
denial.

Sincerely,
Dr. Bettina Oyelaran, Nephrology
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
