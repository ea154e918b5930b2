"""probe159 corpus notes, C15-C20 (prior-authorization requests, appeal letters, medical-necessity
statements and the clinic notes behind them; every person, place and sentence invented)."""

C15 = {"patient_id": "C15", "age": 52, "sex": "F", "notes": [
("2026-01-12", "Dialysis NP Visit", """
NP VISIT ON DIALYSIS - Juniper Flats Kidney Care, TTS chair 6

52F, diabetic ESRD, HD since 2022 (R arm fistula); T2DM, insulin glargine 30u at night
plus mealtime lispro, all injected into the lower belly fold. Obese. No warfarin.

S: "Lumps in my stomach fat" that hurt to touch, past 3-4 weeks. Injects in the same few spots
because "the other spots sting more." No fevers or drainage.

O: BP 146/80, P 84. EDW 104 kg. BMI 39.8.
Lower abdomen / pannus: four firm subQ nodules (1-2cm); over two of them a faint violet
net pattern; rubbery lipohypertrophy around them. Skin unbroken.
Labs 1/6: A1c 8.8, iPTH 745, PO4 6.9, cCa 9.7, albumin 3.4.

A/P:
- Painful pannus nodules at insulin sites: lipohypertrophy/panniculitis vs early calciphylaxis.
  Refer to derm; may need bx.
- Rotate insulin away from these spots; diabetes educator.
- Phos high - binder review.
"""),
("2026-02-02", "Dermatology Consult", """
DERMATOLOGY CONSULT - Juniper Flats Skin & Laser

Pt is 52, dialyzes in-center, uses insulin for diabetes, obese; sent for tender
nodules in the lower abdominal fold where she injects insulin.

Exam: pannus, lower aspect: 5 indurated tender nodules 1-2.5 cm; the two largest have violaceous
livedoid overlying skin, no necrosis, no ulceration. Background lipohypertrophy.
Arms, thighs, legs clear.

Assessment: early calciphylaxis is possible at these injection sites; alternatively insulin-induced
lipohypertrophy with traumatic panniculitis. Cannot be distinguished without deep tissue.
Deep incisional biopsy advised. We talked through the chance that the biopsy wound never heals;
she declines biopsy for now. She understands the diagnosis remains uncertain.

Plan: stop injecting pannus entirely (use upper arms); photograph today for comparison; if
nodules ulcerate or spread, revisit biopsy; nephrology to decide on empiric sodium thiosulfate.
"""),
("2026-03-09", "Appeal Letter - Sodium Thiosulfate Denial", """
Juniper Flats Kidney Care
March 9, 2026

Appeals Unit, Silverline Health Plan
Re: C15 - appeal of 02/20/2026 denial of sodium thiosulfate (reason: "diagnosis not confirmed
by biopsy")

Dear Appeals Reviewer,
I ask you to reconsider. My patient, 52, is maintained on hemodialysis; she is insulin-dependent (type 2)
and obese (BMI 39.6). She has painful indurated nodules with livedoid change
in the lower pannus at her insulin injection sites. Dermatology considers early calciphylaxis a
real possibility that cannot be excluded; the alternative is insulin-related panniculitis. She
has refused biopsy, afraid of a second wound that never closes; I support that choice.

Given the high mortality of calciphylaxis, we propose an empiric 8-week course of sodium
thiosulfate 12.5g IV at dialysis sessions while the lesions are watched closely. Her Ca x P product
is 67 and PTH 745.
Should the lesions progress to necrosis we will re-offer biopsy.

Respectfully,
Soren Adeyemi-Holt, MD
"""),
]}

C16 = {"patient_id": "C16", "age": 75, "sex": "M", "notes": [
("2023-05-22", "Primary Care Visit", """
PRIMARY CARE - Cedar Lane Internal Medicine

75M, ESRD - HD MWF at Quill River Dialysis; T2DM (linagliptin); PAD, L SFA stented 2020;
former smoker 50 pk-yr. No anticoagulant, ASA + clopidogrel.

CC: cut on R leg. On 5/18, climbing out of the car in the grocery lot, he scraped the right shin
against the door edge. Small skin tear, bled a little, wife put a Band-Aid on it.

Exam: BP 138/70, P 76, weight 68kg, BMI 22.7.
R anterior mid-shin: 2.5x1cm skin tear, flap partly adherent, mild surrounding bruise, no
infection. Feet cool, DP/PT not palpable R, faint L. Cap refill 4 s.

A/P:
1. R shin skin tear - steri-strips to flap, nonadherent dressing, wife to change q2 days.
   Watch closely given PAD + ESRD.
2. PAD - ABI ordered, vascular follow-up overdue, scheduled.
3. DM - A1c 6.9.
"""),
("2023-07-10", "Wound Clinic Consult", """
WOUND CLINIC - Quill River Wound Center

75 y/o M - HD, diabetes, PAD. R shin wound from a car door injury in May,
never healed; over the last 3 weeks it enlarged and turned black with intense pain (9/10, much
more than expected).

Wound R anterior shin: 4.8x3.5cm, 90% dry black eschar, rim of dusky violaceous purpura
with angular edges 1-2 cm, periwound indurated; no drainage or odor.
ABI 6/20: R 0.52 (noncompressible at ankle, TBI 0.28), L 0.71.
Labs: PTH 510; cCa 9.3; PO4 6.1.

Impression: necrotic ulcer R shin - ischemic (arterial) ulcer vs calciphylaxis vs both; cannot
exclude calciphylaxis given the retiform border and pain out of proportion.
Biopsy deferred: with TBI 0.28 a biopsy site is unlikely to heal; vascular surgery first.
Plan: dry eschar protocol (povidone-iodine paint daily), offload, vascular referral urgent, HBOT candidacy.
"""),
("2023-08-14", "Hyperbaric Oxygen Prior Authorization Request", """
HYPERBARIC OXYGEN - PRIOR AUTHORIZATION
Quill River Wound Center -> Harwell Medicare Supplement / Advantage UM

Member C16 (75 M). Requested HBOT at 2.0 ATA, 90-min sessions, 40 treatments.
Diagnoses: chronic non-healing ulcer R lower leg with necrosis (L97.914), PAD with ischemic
ulcer (I70.234), T2DM (E11.51), ESRD on HD (N18.6, Z99.2). Calciphylaxis is suspected
(?E83.59) but has not been biopsied; the ulcer may be purely arterial.

Wound: R anterior shin 5.0x3.8cm, eschar, started as a traumatic skin tear 5/18/2023.
Vascular (8/2): angioplasty of R tibial vessels not feasible; no revascularization option.
TcPO2 periwound 12 mmHg room air, 220 mmHg on O2 challenge.
Standard care >30 days: offloading, eschar care, glucose control, smoking abstinent.
BMI 22.7. No anticoagulants.

Note: next month he moves in with his daughter in Arizona, and care transfers there.
Requesting approval of the first 20 sessions meanwhile.
Dr. Priya Castellano-Webb
"""),
]}

C17 = {"patient_id": "C17", "age": 78, "sex": "F", "notes": [
("2024-08-05", "Peritoneal Dialysis Clinic Visit", """
PD CLINIC - Sunmore Home Dialysis
78F, ESRD (cardiorenal), on CCPD 2 yrs. AF and prior stroke on warfarin. HTN, obesity,
hypothyroid. No diabetes.

S: Sore band of skin around her waist "where my slacks dig in" since July. She wears elastic-
waist slacks pulled up high over the PD catheter site every day. Pain 6/10, nights worst.

O: BP 128/70, HR 66 irreg. Wt 74.8kg / ht 159.5cm -> BMI 29.4. Exit site clean.
Abdomen at waistline: 2-3 cm wide livedoid band, mottled violet, running across the lower abdomen, right to
left, with a 1.5 cm tender subcutaneous nodule at L side. No ulcer. Red pressure line from the
elastic.
Labs: PTH 412, INR 2.8, PO4 6.0, cCa 9.9, alb 3.0g/dL.

A/P:
- Livedoid band under tight waistband: pressure livedo vs concern for early calciphylaxis
  (warfarin, PD). Looser clothing, derm referral for biopsy, discuss warfarin with cardiology.
- PD adequacy OK.
"""),
("2024-08-26", "Appeal Letter - Sodium Thiosulfate", """
Sunmore Home Dialysis - Nephrology
August 26, 2024

Attn: Appeals & Grievances, Plainsview Senior Health
RE: C17 - appeal of denial for intraperitoneal/IV sodium thiosulfate

Dear Medical Director,
My patient, aged 78, does peritoneal dialysis, has taken warfarin long term, is obese, and
developed a painful livedoid band and a subcutaneous nodule along her waistband. We are
concerned this is early calciphylaxis, although pressure-related livedo is also possible. She
has declined a skin biopsy; at her age and with her goals, I consider this reasonable.

Your denial requires biopsy proof. In suspected calciphylaxis with multiple risk factors,
empiric treatment is commonly started because the disease progresses quickly and is frequently
fatal. We have already loosened her clothing, stopped calcium carbonate, and cardiology is
moving her from warfarin to apixaban.

Please approve sodium thiosulfate for 6 weeks, with reassessment.
Sincerely,
Dr. Marguerite Osei-Lindgren
"""),
("2024-09-30", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT - Sunmore Regional
Reason: goals of care, considering stopping dialysis

78F, ESRD on PD, AF (warfarin stopped 9/1, now apixaban), heart failure, prior stroke, obesity.
Progressive fatigue, two falls at home, poor intake; PD taking 10 h/night and she "hates the
machine." Waistband livedo from August unchanged; possible calciphylaxis was never confirmed,
biopsy declined, sodium thiosulfate appeal still pending and now moot.

Exam: frail, BMI 28.2. Lower abdomen: faint livedoid band, no ulcer.
PPS 40%.

Met with patient + son (HCP): she wants PD discontinued and home hospice. Prognosis
days to a few weeks explained.
Plan: last PD at end of this week; refer to hospice; morphine 2.5 mg SL prn dyspnea/pain; stop
apixaban, stop binders; comfort-focused skin care.
"""),
]}

C18 = {"patient_id": "C18", "age": 59, "sex": "M", "notes": [
("2021-04-12", "Hemodialysis Rounding Note", """
HD ROUNDS - Ashgrove Dialysis, MWF 1st shift
59M ESRD (FSGS) HD since 2016 via L upper arm AVF. No DM. No anticoagulation.

S: ~1 wk of purple spots, shins both sides, after a cold with sore throat, mildly
painful, some itchy. Also aching knees and ankles.

O: BP 150/88, HR 80, T 37.2. Post wt 78.1 kg; BMI 25.3.
BLE: many palpable purpuric papules (2-8mm) on shins and ankles bilaterally, a few coalescing
into 2 cm plaques with small central dusky areas, no ulcer.
Labs: cCa 9.4, PO4 5.8, PTH 390, Plt 244, Hgb 11.2.

A/P: purpura BLE - ?calciphylaxis vs vasculitis. Derm urgent. Hold off on heparin changes.
Will start STS authorization in case biopsy confirms calciphylaxis.
"""),
("2021-04-19", "Prior Authorization Request - Sodium Thiosulfate (Pending)", """
PRIOR AUTHORIZATION REQUEST - PROVISIONAL
Ashgrove Nephrology -> Coastal Keystone Health, Pharmacy UM

Member C18, 59 M, ESRD on in-center HD.
Request: STS 25g IV, given with HD three times weekly, 12 weeks.
Working diagnosis: suspected calciphylaxis (r/o), bilateral lower legs; skin biopsy obtained
4/15/2021 with results pending. Submitted now so that treatment is not delayed if confirmed.

Clinical: purpuric plaques both shins and ankles with central dusky change, painful; no ulcer.
Nondiabetic, no warfarin, BMI 25.3. cCa 9.4, PO4 5.8, PTH 390.

If biopsy shows another process we will withdraw this request.
Contact: Ashgrove Nephrology office 555-0187, Dr. Fenwick Acheampong.
"""),
("2021-04-30", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP - Ashgrove Skin Clinic

59M on HD with purpura of both lower legs; biopsy (L shin, 4/15) results reviewed.
Path: leukocytoclastic vasculitis - superficial dermal vessels with fibrinoid change,
perivascular neutrophils and nuclear dust; DIF: granular IgA in vessel walls. H&E and von
Kossa: no vessel calcium; fat vessels free of thrombi.
Diagnosis: IgA vasculitis (Henoch-Schonlein type). Calciphylaxis excluded.

Exam today: purpura fading on R shin, L ankle plaques flattening, no ulcers.

A/P:
- IgA vasculitis, adult, post-infectious. Check urine (residual output), stool guaiac, LFTs.
- Short prednisone taper 30 mg -> off over 3 wks per nephrology.
- Calciphylaxis is ruled out: nephrology to withdraw the sodium thiosulfate authorization.
- Return 4 wks or sooner if new lesions.
"""),
]}

C19 = {"patient_id": "C19", "age": 47, "sex": "M", "notes": [
("2025-11-03", "Primary Care Annual Visit", """
ANNUAL PHYSICAL - Briarcliff Family Health

47 yo M. CKD 3b, eGFR 38, from diabetic kidney disease; T2DM on metformin 500 bid
(renally dosed) + empagliflozin; HTN; obesity. Not on insulin, no anticoagulants.

FHx: sister (age 52) was on hemodialysis and died last year of calciphylaxis - he cared for her
and is scared of "the same skin thing." Father MI at 60.

Vitals: BP 136/84, HR 76, Wt 104.5 kg, Ht 183.5 cm, BMI 31.0.
Skin: full exam - no rashes, no livedo, no nodules, no wounds. Feet intact.
Labs: Cr 2.1, eGFR 38, K 4.7, cCa 9.3, PO4 4.1, PTH 96, A1c 7.2, UACR 410.

A/P:
1. CKD 3b - nephrology referral to discuss progression and his concerns.
2. T2DM - continue; add GLP-1 RA for weight + glucose.
3. Obesity - diet counselling, start semaglutide.
4. Anxiety re: sister's illness - reassurance; explained that calciphylaxis is very uncommon
   before dialysis.
"""),
("2026-02-16", "Nephrology New Consult", """
NEPHROLOGY NEW PATIENT - Briarcliff Renal Associates

47M referred by PCP for CKD 3b (diabetic), UACR 410.
He is anxious: his sister died of calciphylaxis in 2024 - she was on dialysis; asks whether he will
get it. No skin complaints.

Meds: metformin 500 bid, empagliflozin 10, semaglutide 0.5 mg weekly (since Dec), losartan 50,
atorvastatin 40. Takes no calcium, vitamin D or warfarin.
Exam: BP 128/80, weight 101.2kg, BMI 30.1. Skin: no livedo, purpura, nodules or ulcers anywhere.
Labs: eGFR 37, cCa 9.2, PO4 4.0, PTH 104, 25-OH D 24.

A/P:
- CKD 3b A3, stable. Continue SGLT2i, max ARB; finerenone discussed.
- Skin shows nothing of calciphylaxis; family history recorded. Risk low at this stage; we will keep
  calcium-phosphate control tight and steer clear of warfarin should he ever need anticoagulation.
- RTC 4 months.
"""),
]}

C20 = {"patient_id": "C20", "age": 81, "sex": "F", "notes": [
("2017-11-20", "Hemodialysis Rounding Note", """
HD ROUNDS - Elmstead Dialysis Center, TTS
81F ESRD (renovascular) HD since 2014 via R forearm AVF. Permanent AF on warfarin since 2012
(CHA2DS2-VASc 5). No diabetes.

S: Doing ok. No bleeding. INRs swinging 1.6-4.2 this fall.

O: BP 144/72, HR 72 irregular. Post wt 66.0 kg, BMI 27.7.
Skin: intact; trunk and legs without livedo, purpura or ulceration.
Labs: cCa 9.6, PO4 5.5, PTH 480, alb 3.5g, INR 3.9.

A/P:
- AF: labile INR. Discussed with pt and daughter that warfarin in dialysis patients is linked to
  calciphylaxis and to bleeding; we favor changing to apixaban (2.5mg BID). Counselled on warning
  signs: painful purple or dark skin spots - report right away.
- Will submit insurance prior auth for apixaban.
- CKD-MBD acceptable.
"""),
("2018-01-08", "Prior Authorization Request - Apixaban", """
PRIOR AUTHORIZATION REQUEST - NON-FORMULARY ANTICOAGULANT
Elmstead Nephrology -> Heritage Gold Medicare Part D
Member: C20, 81 F

Drug: apixaban 2.5mg by mouth twice daily (non-formulary; formulary alternative warfarin).
Indication: nonvalvular atrial fibrillation, CHA2DS2-VASc 5; ESRD on hemodialysis.

Reason formulary alternative is inappropriate: on warfarin since 2012 with labile INR
(time in therapeutic range 38% over 6 months), one INR of 5.1 with gum bleeding. Warfarin is also
associated with calciphylaxis in dialysis patients; she has no signs of it (skin exam 1/4/2018
normal), and we wish to lower that risk.
No diabetes. BMI 27.7.

Please approve for 12 months.
Dr. Hamish Obuya-Carrington
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
