"""probe188 corpus notes, B15-B20 (Australian and New Zealand renal units and the clinics around them; all invented)."""

B15 = {"patient_id": "B15", "age": 70, "sex": "F", "notes": [
("2022-05-10", "Renal (CKD) Clinic", """
CKD CLINIC - Banksia Vale Hospital      10/5/22
70F, CKD stage 4 (eGFR 18, diabetic kidney disease), not on dialysis; planning for PD
discussed. T2DM on Protaphane 22/14 u BD, which she injects into her lower abdomen.
New: painful firm lumps across the lower abdomen where she injects, noticed since Easter.
O/E: three tender subcut nodules, 2-3cm each, infraumbilical, overlying skin dusky with
a faint livedoid tinge; no ulcer.
Bloods: Ca 2.47, PO4 1.9, PTH 31, Alb 34, Hb 109.
BMI 32.2 (obese).
Imp: lipohypertrophy? injection-site panniculitis? early calciphylaxis can't be ruled out
with her Ca x PO4 product.
Plan: derm bx; for now, insulin into thighs instead; BSL diary.
Dr F. Lindqvist, Nephrologist
"""),
("2022-05-24", "Dermatology Consult", """
DERMATOLOGY CONSULT      24/05/2022
Punch bx lower abdomen 12/05/22: mixed septal/lobular panniculitis; I see no convincing
calcium in vessel walls, but the specimen is superficial and barely reaches the fat, so it is
nondiagnostic for calciphylaxis.
The nodules are unchanged and still tender; a small purpuric centre on the largest.
Suggest a deep incisional (telescoping) biopsy to settle it.
Until then: possible calciphylaxis at insulin injection sites; keep avoiding the abdomen.
Photos taken. BSL diary 6-12, no hypos. Warned about bleeding or infection at the punch site.
Dr Mahmoud Haddad, Dermatology Registrar
"""),
("2022-06-21", "Renal (CKD) Clinic", """
CKD CLINIC      21/06/22
She has declined the deeper biopsy - "one was enough". Nodules unchanged, pain 3/10.
eGFR 16. K 5.3. Still not on dialysis; PD catheter not yet placed.
Working diagnosis unchanged: ?calciphylaxis vs injection-site panniculitis, unproven.
Social: off to Perth next month, into her daughter's granny flat. Referral written to a Perth renal
service with the history, the biopsy report and the open question of calciphylaxis.
Insulin now into the thighs only.
BMI 32.0.
BP 146/80, Hb 104.
Dr F. Lindqvist
"""),
]}

B16 = {"patient_id": "B16", "age": 48, "sex": "F", "notes": [
("2020-07-22", "PD Clinic Review", """
PD CLINIC - Rangatira Hospital      22/07/2020
48F on CAPD (reflux nephropathy), ESRD since 2017. No diabetes. No anticoagulants.
She sits with a hottie on her lap, resting on the L thigh, every evening watching TV since
the start of June.
O/E: lacy brown-red reticulate pigmentation L anterior thigh; within it a 2 x 2 cm tender,
dusky purple patch with an angular edge. No ulcer, no eschar.
Bloods: Ca 2.53, PO4 2.0, PTH 72.
BMI 22.1.
Imp: erythema ab igne from the hottie; ?early calciphylaxis in the purple patch.
Plan: stop the hottie - use a blanket; derm review; photos to the EMR.
R. Tane, PD Nurse Practitioner
"""),
("2020-08-05", "Dermatology Consult", """
DERMATOLOGY CONSULT      05.08.20
L anterior thigh: retiform purpura 2.5 x 2 cm within reticulated pigmented erythema.
Differential: erythema ab igne with livedoid change vs early calciphylaxis; I cannot
separate them clinically.
Biopsy offered and explained; she declines (needle phobia, and she is moving soon).
Hottie has stopped. Plan: review in 2/52 if still in Wellington; otherwise the receiving
unit to reassess and biopsy if it progresses.
Other skin clear; nails normal; no livedo anywhere else. PD adequacy fine per the NP, and
her phosphate was 2.0 last month.
Dr Aroha Tipene, Dermatology
"""),
("2020-09-01", "Renal Transfer Letter", """
Dear Colleague, Renal Unit, Brisbane
Re: Ms Kiri Matthews, 48
Kiri is moving to Queensland this week and transfers her PD care to you.
1. ESRD (reflux nephropathy), CAPD four 2L bags daily, Kt/V 2.1, no peritonitis.
2. Suspected early calciphylaxis, L anterior thigh, within hot-water-bottle erythema ab
igne. Never biopsied; remains unconfirmed. The patch is no bigger.
3. No diabetes. Never on warfarin.
Wt 58.4 kg, BMI 22.0.
Meds: sevelamer 800 mg TDS, calcitriol 0.25 mcg, Mircera monthly.
Nga mihi,
Dr H. Rewi, Nephrologist
"""),
]}

B17 = {"patient_id": "B17", "age": 82, "sex": "M", "notes": [
("2023-05-16", "Haemodialysis Nursing Note", """
HD NURSING      16/05/23   Chair 11
82M, HD MWF 4 h via R BCF. Pre 58.9 kg, BP 118/60. Post 57.2 kg. Dropped to 92/50 at 3 h,
UF paused, 100 ml saline; recovered.
He always leans on his L elbow on the armrest of the chair for the whole run. Today a
painful dark scab over the tip of the L elbow, ~1.5 cm, with a purple rim.
Background: T2DM on gliclazide (no insulin), AF on warfarin, CCF.
BMI 25.3.
Padded the armrest with a gel pad; asked him to alternate positions.
Reg to see Weds.
J. Oyedepo RN
"""),
("2023-05-23", "Renal Consultant Review", """
RENAL CONSULTANT REVIEW      23/05/23
L elbow: 2 x 2 cm eschar over the olecranon with a livedoid rim extending onto the back of
the forearm, exquisitely tender.
Ddx: pressure injury from leaning on the chair arm vs calciphylaxis - I cannot exclude
calciphylaxis, with warfarin and a PO4 of 2.3.
D/W patient and his daughter: not for biopsy given frailty and his wish to avoid further
procedures; they prefer comfort-focused care.
Plan: armrest padding; elbow off-loading; warfarin stopped today (falls, bleeding risk);
paracetamol + low-dose hydromorphone; ACP discussion started.
Dr C. Fairbrother, Nephrologist
"""),
("2023-06-20", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT      20/06/2023
82M, ESRD on HD, increasing frailty. He and his family have chosen to stop HD;
last run Friday.
Symptoms: L elbow wound pain 4/10, breathlessness at rest.
Skin: L elbow eschar unchanged - suspected calciphylaxis, never confirmed; no other wounds.
Meds: warfarin ceased last month. Hydromorphone 0.25 mg SC prn, midazolam prn, glyco prn.
NFR. Goals: at home with his daughter, hospice backup.
Plan: home with community palliative care; syringe driver if needed.
Dr E. Lau, Palliative Medicine
"""),
]}

B18 = {"patient_id": "B18", "age": 52, "sex": "F", "notes": [
("2021-11-09", "Renal Registrar Review", """
RENAL REG REVIEW - Dialysis Unit      09/11/21
52F, HD MWF via L BCF (ESRD 2' membranoproliferative GN, hep C treated 2019).
c/o 10 days of painful spots, lower legs bilat.
O/E: palpable purpura and three punched-out ulcers (1-2 cm) on the lower legs bilaterally,
some with a dusky rim; livedo over the R shin.
Bloods: Ca 2.39, PO4 1.8, PTH 45, CRP 48, C4 low.
Imp: ?calciphylaxis ?vasculitis.
Plan: derm bx; cryoglobulins, RF, ANCA, HCV PCR.
Not diabetic, no anticoagulants. BMI 34.1.
Dr T. Brennan, Renal Reg
"""),
("2021-11-18", "Dermatology Consult", """
DERMATOLOGY CONSULT      18 Nov 2021
Bx R lower leg 10/11/21: leukocytoclastic vasculitis with intravascular hyaline thrombi; von
Kossa stain shows no vessel calcium. Calciphylaxis excluded.
Cryoglobulins positive (type II), RF high, HCV RNA detectable again (relapse).
Dx: cryoglobulinaemic vasculitis, not calciphylaxis.
Plan: hepatology re retreatment; renal re immunosuppression; dressings with Bactigras and
crepe; review 3/52.
Skin today: ulcers 1-2 cm with clean bases, a few fresh purpuric papules at the L ankle.
Cryocrit 4%, C4 0.04. I explained that this is a different, treatable problem.
Dr Sunita Menon, Dermatology
"""),
("2021-12-07", "Renal Clinic Letter", """
Dear Dr Kaur,
Re: Ms Donna Pritchard, 52
Her leg ulcers are due to cryoglobulinaemic vasculitis from relapsed hepatitis C - not
calciphylaxis, which the biopsy excluded. Hepatology have started sofosbuvir/velpatasvir;
we have given rituximab 375 mg/m2 weekly x 4 (two doses so far). The ulcers are drying.
HD MWF continues; Kt/V 1.4.
Weight 94 kg, BMI 34.0 (obese).
Update: cryocrit falling and C4 recovering. Her fistula works well. No new skin lesions today.
Not diabetic; no anticoagulants. Please continue her usual medicines.
Yours sincerely,
Dr G. Fitzsimons, Nephrologist
"""),
]}

B19 = {"patient_id": "B19", "age": 44, "sex": "M", "notes": [
("2024-08-13", "Renal (CKD) Clinic", """
CKD CLINIC - Ironbark Regional      13/08/24
44M, ADPKD, CKD 4 (eGFR 21, down from 26 in Feb). Not on dialysis. Not diabetic.
No anticoagulants.
He is worried: his older brother (also ADPKD) got calciphylaxis on haemodialysis and
it killed him in 2019; he wants to know if it is inherited.
Skin examined fully: no lesion, livedo or nodule anywhere.
Bloods: PO4 1.50, Ca 2.31, PTH 19, Hb 121, HCO3 20.
PMH: obesity (BMI 31 last year - lost 5 kg with the dietitian), HTN, renal stones.
Today wt 93.0 kg, ht 1.778 m, BMI 29.4.
Plan: tolvaptan continues; low-phosphate diet reinforced; pre-dialysis education; review
3/12.
Dr S. Ramanathan, Nephrologist
"""),
("2025-02-11", "Pre-Dialysis Education Session", """
KIDNEY SUPPORTIVE / PRE-DIALYSIS EDUCATION      11 Feb 2025
Attended with wife. eGFR 15.
Covered: HD (in-centre, satellite, home) and PD (CAPD, APD), transplant work-up (wife
keen to be assessed as a donor), fistula planning with vascular.
Raised the question of his brother's calciphylaxis once more; explained it is uncommon, linked to
dialysis, calcium-phosphate balance and warfarin, and that his own skin is normal today.
Decision: leaning to PD; referral for Tenckhoff assessment.
BMI 29.4.
Handouts given; next session booked for March.
L. Fanning, Renal Educator
"""),
]}

B20 = {"patient_id": "B20", "age": 68, "sex": "F", "notes": [
("2019-04-02", "PD Education Note", """
PD EDUCATION - Home Therapies, Saltbush Hospital      02/04/2019
68F, new to CAPD (diabetic nephropathy). T2DM on Lantus 30 u nocte + NovoRapid with meals.
Session 3 topics: fluid balance, exit-site care, phosphate binders.
Counselled on calciphylaxis as a rare dialysis complication: keep phosphate in range, take
binders with food, avoid direct heat on the skin (hot water bottle, heat pack), and warfarin is
best avoided if there is a choice. Report any painful purple patches early.
Skin check: intact, no lesions.
Wt 74.6 kg, BMI 28.0.
Understanding good; teach-back done.
M. Lambrou RN
"""),
("2019-10-15", "PD Clinic Review", """
PD CLINIC      15-Oct-2019
CAPD 4 x 2 L, one 2.5% bag. UF 1.1 L/day. No peritonitis since starting.
Exit site: clean, no granulation.
Skin checked as she asked: clear, no livedo or nodules; no features of
calciphylaxis.
Bloods: Ca 2.33, PO4 1.6, PTH 38, Alb 35, HbA1c 7.2%.
Insulin unchanged. No warfarin.
Wt 74.4 kg, BMI 28.0. BP 134/76.
Plan: continue; dietitian review; see in 3 months.
Exit-site swab not needed. Her sister's wedding in Adelaide is in December - PD supplies to be
delivered there by the company.
Dr W. Sorensen
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
