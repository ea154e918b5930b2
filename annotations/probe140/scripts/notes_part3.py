"""probe140 corpus notes, B15-B20 (clinical pharmacy and the clinics around it; all invented)."""

B15 = {"patient_id": "B15", "age": 57, "sex": "F", "notes": [
("2016-08-09", "Pharmacist Insulin Technique Assessment", """
CLINICAL PHARMACIST - INSULIN INJECTION TECHNIQUE CHECK
57yo woman, insulin-treated T2DM x 9 yrs, ESRD on CAPD since 2015 (Harborview PD program).
Regimen: NPH 20 u bid + regular 6 u AC via vial/syringe -> pt asking for pens.

Observed: injects only 2 spots, both just below the navel, "because it doesn't hurt there".
Palpation: two rubbery, non-tender 3-4 cm lumps at those spots - lipohypertrophy. Skin color
normal. Reuses syringes 3-4x.
Education: rotation grid across the whole abdomen staying 2 inches clear of the navel and of
the PD catheter exit, thighs also ok; single-use syringes; avoid the lumps
(erratic absorption -> her variable sugars). Switched to NPH/regular 70/30 KwikPen, 20 u bid.
BMI 29.5 (78 kg, 162.5 cm)
F/u 6 wks.
E. Baptiste-Cole, PharmD
"""),
("2016-10-18", "PD Clinic Note", """
PD CLINIC - NEPHROLOGY
57F CAPD, T2DM on insulin 70/30 pen.

New c/o: the lumps below her navel have become painful over ~3 wks, "like a deep bruise",
and one is darker. Still injecting near them at times.
Exam: infraumbilical abdomen, 2 firm tender subcutaneous nodules 3 and 4 cm, the L one with
dusky violet overlying skin and faint livedo; no ulceration. Exit site ok.
Labs: Ca 10.0 | PO4 6.6 | PTH 540 | Alb 3.2
Meds: calcium carbonate (1000 mg w/ food), 0.5 mcg calcitriol qd, 70/30 pen, losartan, atorvastatin.

A/P: Painful indurated nodules at lipohypertrophy sites - inflamed lipohypertrophy vs
panniculitis vs early calciphylaxis, which I can't rule out in a PD pt taking calcium.
Stop calcium carbonate -> sevelamer. Hold calcitriol. Derm referral for bx. Inject thighs only
until seen.
"""),
("2016-11-15", "Dermatology Consult", """
DERMATOLOGY CONSULT
57yo woman on PD, T2DM on insulin, referred for painful abdominal nodules at old insulin sites.

Exam: 2 firm subcutaneous nodules infraumbilical, mildly tender (improved per pt since
stopping injections there), the L with residual violaceous hue, no necrosis, no ulcer.
Differential: lipohypertrophy with inflammation/fat necrosis vs early calciphylaxis;
clinically, calciphylaxis remains possible. Advised a deep incisional bx.
Pt declines biopsy ("it's settling down, no more holes near my catheter please").
Risks discussed, she understands.
Plan: serial photos; RTC 6 wks, earlier if it darkens, opens or hurts more. Nephrology aware.
Not seen back - moved to her son's home out of state (records request 1/2017).
BMI 29.4.
"""),
]}

B16 = {"patient_id": "B16", "age": 70, "sex": "M", "notes": [
("2026-01-08", "Anticoagulation Clinic Pharmacist Visit", """
ANTICOAGULATION CLINIC - NEW START FOLLOW-UP (PharmD)
70M, new PE (12/27/2025, provoked - hip surgery 11/2025). CKD4 (eGFR 22; no dialysis), HTN, obesity (BMI 33.4), no diabetes.

Started warfarin 5 mg 12/29 with enoxaparin 1 mg/kg SC once daily (renal dose) into the
abdomen, overlap stopped 1/4 after INR 2.2 x2.
INR today 2.8. TWD 32.5 mg, continue.

Pt c/o a painful dark area, outer L thigh, appearing over the last 4 days, no
injury, no injections there. RPh viewed: 7x4 cm purple-black patch w/ irregular edge,
tender, no blister. Concern for warfarin skin necrosis vs other - called PCP, sent to ED.
Counselled: do not skip warfarin until seen.
Pt understands. I. Marchetti, PharmD
"""),
("2026-01-08", "Emergency Department Note", """
ED NOTE - Brightwater General
70M on warfarin (started 12/29 for PE), CKD 4, sent by anticoag clinic for L thigh lesion.

Exam: L lateral thigh 8x5 cm retiform purpuric patch with a 2 cm central dusky-black area,
exquisitely tender. No crepitus, no fluctuance. Legs otherwise mottled-free.
Labs: INR 2.9; Cr 2.8; Ca 9.1; PO4 5.0; PTH 190; plt 214. Protein C activity pending.

Derm (phone consult, Dr. Haight): could be warfarin-induced skin necrosis or could be
calciphylaxis, can't be told apart clinically; recommend bx.
Plan: punch bx by derm tomorrow. Hold warfarin, start UFH infusion pending derm advice.
Admit obs. Pain: acetaminophen, low-dose oxycodone.
"""),
("2026-02-05", "Anticoagulation Pharmacist Telephone Note", """
ANTICOAG PHARMACIST - PHONE
Pt discharged 1/12 on apixaban 5 mg bid (switched from warfarin; dose ok, Cr 2.8, age 70,
wt 104 kg). Warfarin stopped 1/8.

Derm bx result (1/9, 4 mm punch): dermal vessels w/ fibrin thrombi; VK stain negative for
calcium; sample superficial - "nondiagnostic; cannot confirm or exclude calciphylaxis".
Protein C 68% (low-normal). Derm wants a deeper incisional specimen; pt said no.
Pt reports thigh patch smaller, less painful; derm f/u 2/18 - he cancelled.
Adherence: apixaban on time, pillbox. No bleeding.
Plan: continue apixaban x 3-6 months, PCP/heme decide duration.
BMI 33.1 per clinic scale.
I. Marchetti, PharmD
"""),
]}

B17 = {"patient_id": "B17", "age": 83, "sex": "F", "notes": [
("2019-05-14", "Dialysis Unit Pharmacist Monthly Medication Review", """
DIALYSIS UNIT - PHARMACIST MONTHLY MED REVIEW  (Eastbrook Dialysis, TTS)
83F, ESRD; HD by a tunneled line (right internal jugular); T2DM on insulin, CHF, hx AF (warfarin until 2017,
stopped for a GI bleed; LAA occlusion device since). Mostly chair/bed-bound at her daughter's.

Med review:
 - insulin glargine 8 u qAM (daughter gives); lows 60s on HD days -> suggest 6 u on HD days.
 - epoetin per protocol w/ HD, iron sucrose protocol - Hgb 10.6, TSAT 24%.
 - calcitriol 0.25 mcg IV w/ HD, calcium acetate 1334 mg TID. Ca 9.8, PO4 5.9.
 - metoprolol, sertraline, docusate, senna.
 - Duplicate therapy: two stool softeners -> stop docusate.
Recs faxed to Dr. Vance; accepted 5/15.
Wt 55.2 kg, BMI 22.9.
P. Oyelaran, PharmD
"""),
("2019-06-11", "Nephrology Dialysis Rounding Note", """
NEPHROLOGY ROUNDS - Eastbrook Dialysis
83F ESRD/HD, T2DM on insulin, frail, mostly seated in a recliner at home.

RN reported pt grimacing with sitting. Exam in chair-side curtain: both buttocks with
mottled, net-like violaceous patches, 6-8 cm each, firm and very tender; small 1 cm dusky
area on the L without open skin. Sacrum intact.
Ddx: deep tissue pressure injury from prolonged sitting vs early calciphylaxis - concern for
the latter given calcium binder, calcitriol, pain out of proportion.
Labs: alb 2.9, PTH 430, P 6.2, Ca 10.0.

A/P: calcium acetate off, sevelamer on; calcitriol on hold. Pressure redistribution cushion,
turning schedule. Derm referral for bx discussed w/ daughter - she will think about it.
BMI 22.6.
"""),
("2019-06-27", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT
83F, ESRD on HD, CHF, T2DM, progressive frailty, painful buttock lesions (?calciphylaxis vs
pressure injury - never biopsied).

Family meeting w/ daughter and son: pt has said many times she is "tired of the machine".
Goals: comfort, home with hospice. Decision: stop HD after Saturday's run; no biopsy, no
further workup of the skin.
Symptoms: buttock pain 7/10 -> hydromorphone 0.5 mg oral every four hours prn, low-air-loss mattress via
hospice. Dyspnea: morphine avoided (ESRD), hydromorphone prn.
Meds stopped: sevelamer, insulin glargine (eating little; check sugar only if symptomatic),
metoprolol.
Hospice referral placed (Linden Hospice), expected prognosis 1-2 wks after last dialysis.
"""),
]}

B18 = {"patient_id": "B18", "age": 68, "sex": "M", "notes": [
("2017-02-07", "Wound Clinic New Patient", """
WOUND CLINIC - NEW PATIENT
68M, ESRD on CCPD (since 2014), T2DM on linagliptin (no insulin), long-standing poorly
controlled HTN (on 4 agents), no PAD (1/2017 ABIs normal at 1.05 and 1.08).

R lower leg, lateral side, some 8 cm above the ankle bone: 3.5x2.5 cm ulcer, punched-out,
very painful (9/10), black eschar at the edge, livid purplish rim. Began ~6 wks ago w/o
injury per pt. L leg clean.
Ddx: calciphylaxis (PD, diabetes) vs hypertensive ischemic ulcer (Martorell) vs arterial.
?calciphylaxis - bx needed.
Plan: derm bx. Meanwhile NS cleanse, nonadherent + foam; no compression.
Wt 86.4 kg, BMI 27.9.
"""),
("2017-02-28", "Dermatology Biopsy Result Note", """
DERMATOLOGY - BIOPSY RESULT / FOLLOW-UP
R distal lateral leg ulcer, deep incisional bx 2/14 (skin + subcutis).

Path: arteriolosclerosis of subcutaneous arterioles with marked medial hypertrophy and
luminal narrowing; H&E and VK stains show no medial calcium; no calciphylaxis-type
thrombi; no vasculitis.
Interpretation: hypertensive ischemic leg ulcer (Martorell). Calciphylaxis ruled out.

Plan: tight BP control (goal SBP < 140 per nephrology), avoid vasoconstrictors, stop smoking
(already quit), wound care w/ skin substitute discussion. Told pt & wife it is NOT
calciphylaxis. F/u 4 wks.
"""),
("2017-03-14", "Clinical Pharmacist Hypertension Visit", """
CLINICAL PHARMACIST - HTN MANAGEMENT (PD clinic, CPP protocol)
68M, CCPD, T2DM, Martorell ulcer R leg (bx 2/14, calciphylaxis excluded).
Home BP log 14 d: avg 168/92. Clinic 172/94.

Current: amlodipine 10, carvedilol 25 bid, hydralazine 50 TID, clonidine 0.2 bid (adherence
spotty, misses hydralazine midday doses). Linagliptin 5, sevelamer 1600 TID, calcitriol.
A/P:
 - Add losartan 25 mg daily (K 4.6, PD pt, monitor K/residual function in 1 wk).
 - Hydralazine: midday doses missed -> keep 50 mg TID, pillbox + phone alarms set up.
 - Clonidine: counselled never to stop abruptly.
 - Ulcer pain: acetaminophen scheduled; no NSAIDs.
BMI 27.9.
Labs 1 wk. Recheck BP 2 wks.
"""),
]}

B19 = {"patient_id": "B19", "age": 45, "sex": "F", "notes": [
("2025-03-18", "MTM Comprehensive Medication Review", """
MEDICATION THERAPY MANAGEMENT - CMR (telehealth, 40 min)
45F, T1DM (dx at 11) on an insulin pump (Omnipod, insulin lispro), CKD stage 4 (diabetic
nephropathy, eGFR 24), not on dialysis; transplant evaluation started. HTN, hypothyroid.

Family: older sister developed calciphylaxis during her years on hemodialysis; she passed
away in 2019 of sepsis from the leg wounds. Pt very worried about "getting what my sister had".
Meds: lispro via pump (TDD ~38 u), losartan 50, levothyroxine 100, calcitriol 0.25 three
times weekly, calcium carbonate 500 mg prn heartburn, atorvastatin 20, sodium bicarbonate 650 bid.
Reviewed: calcium carbonate use is ~6 tabs/day -> suggested famotidine 10 mg instead; note to
nephrology. Pump site rotation reviewed, sites healthy.
Pt denies any skin sores; no lesions seen on video of legs/abdomen.
BMI 25.3 (self-reported wt).
"""),
("2025-09-23", "MTM Follow-up", """
MTM FOLLOW-UP (phone)
45F T1DM pump, CKD 4 (eGFR 20), pre-dialysis education done; fistula planning.
Famotidine started 4/2025 per nephrology, calcium carbonate stopped.
Latest labs 9/2025: Ca 9.2, PO4 4.9, PTH 210, A1c 7.1.
Her question today: is she at risk of calciphylaxis like her sister? Explained risk factors
(dialysis, high phos, calcium load, warfarin) and that her skin is fine and labs are
reasonable; nephrology monitoring. No skin changes, no painful spots.
Refills: pump pods PDC 0.97, losartan 1.0. Weight stable, BMI 25.3.
Next review 6 months.
"""),
]}

B20 = {"patient_id": "B20", "age": 52, "sex": "M", "notes": [
("2026-03-10", "Anticoagulation Pharmacist Consult", """
ANTICOAGULATION - PHARMACIST CONSULT (warfarin to DOAC)
52M, ESRD on HD since 2021 (FSGS), paroxysmal AF (CHA2DS2-VASc 2: HTN, vascular dz), on
warfarin since 2023, TTR 48% over last 6 months. No diabetes.

Nephrology asked us to review: poor INR control, and they want to reduce his calciphylaxis
risk (warfarin + calcium-based binder + Phos 7.1). Skin exam by nephrology last week
normal - no lesions.
A/P:
 - Stop warfarin; start apixaban 5 mg bid when INR < 2 (INR today 2.3 -> start Thu).
 - Counselled: why switching (vitamin K antagonism and vascular calcification/calciphylaxis
   risk), bleeding precautions, no NSAIDs, what to do if dose missed.
 - Remove warfarin from home supply; return to pharmacy for disposal.
Wt 102 kg, Ht 1.83 m, BMI 30.5.
S. Delacroix-Ambe, PharmD
"""),
("2026-04-14", "Dialysis Unit Pharmacist Note", """
DIALYSIS UNIT - PHARMACIST MEDICATION REVIEW
52M HD MWF. Apixaban 5 mg bid since 3/12, no bleeding, adherence good by pill count.
Binder: calcium acetate stopped 3/2026 -> sucroferric oxyhydroxide 500 mg chewable TID
with meals (chew, don't swallow whole; dark stools expected).
Phos 5.8 (was 7.1). Ca 9.0. PTH 380.
Counselled again on calciphylaxis warning signs - painful hard purple skin patches; call the
unit if any appear. Pt reports no skin problems. Skin check by RN: intact.
Flu shot declined. Pneumococcal up to date.
BMI 30.2.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
