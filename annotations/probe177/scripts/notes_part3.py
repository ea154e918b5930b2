"""probe177 corpus notes, C15-C20 (urology and men's health, and the clinics around them;
all invented)."""

C15 = {"patient_id": "C15", "age": 64, "sex": "M", "notes": [
("2022-11-08", "Men's Health Follow-up", """
MEN'S HEALTH FOLLOW-UP                   11/08/2022
Provider: T. Brannigan-Osei, PA

64M, hypogonadism on testosterone cypionate 140 mg IM weekly since the summer of 2022,
self-injects into the L anterolateral thigh (R hand dominant, finds L thigh easiest).
CKD stage 4 (eGFR 21, Dr. Mwangi following, no dialysis yet, fistula planning), T2DM on
insulin glargine 40 u + aspart, HTN, OSA, obesity.

S: More energy, libido improved. No urinary change, IPSS 9. No injection site problems.
O: BP 146/88, weight 118 kg (BMI 36.1). Testes 10 mL bilat. Thigh injection area unremarkable.
Labs: trough T 512 ng/dL, Hct 49.1, PSA 1.8 (was 1.5), E2 38, K 5.2, phos 5.4.

A/P:
- Hypogonadism, good response. Continue 140 mg weekly.
- Hct 49 -- ok, recheck in 3 mo; donate blood if > 52? Not with his anemia history.
- PSA rise small, recheck w/ next labs.
- Continue to move the needle around within the thigh.
"""),
("2023-02-14", "Men's Health Acute Visit", """
MEN'S HEALTH - ACUTE VISIT               2/14/23

64M on weekly IM testosterone into the L anterolateral thigh, CKD 4 (eGFR 19 now), insulin
T2DM, obese. c/o tender firm lump in the L thigh where he usually injects, x ~1 month,
skin turning dusky. No fever, no drainage.

Exam: L anterolateral mid thigh: 3x3 cm deep firm nodule, mildly warm, overlying skin
dusky violet with a faint lacy livedo around it. No fluctuance. No eschar, no ulceration.
R thigh normal.
POCUS (clinic): 2.5 cm heterogeneous subcutaneous nodule, no drainable fluid.
Labs 2/9: Hct 50.2, Ca 9.9, P 5.9, PTH 410.

A/P: L thigh injection-site nodule w/ livedo. DDx: oil granuloma / sterile abscess /
early calciphylaxis (CKD 4, phosphorus elevated, insulin, obesity) -- cannot exclude the
last one.
- Stop injections into the L thigh; bridge with testosterone gel 1.62% 2 pumps daily.
- Derm referral for possible deep biopsy. Nephrology informed.
"""),
("2023-03-01", "Dermatology Consult", """
DERMATOLOGY CONSULT                    03/01/2023
Dr. Lucia Ferrand-Okoye

64M w/ CKD 4, T2DM on insulin, referred for a L thigh nodule at a testosterone injection site.

Exam: L anterolateral thigh: 3.5x3 cm firm subcutaneous nodule, dusky overlying skin,
faint retiform livedo at one edge; no necrosis, no ulcer. No other lesions. BMI 35.8.

Impression: Injection-site panniculitis. DDx sclerosing lipogranuloma from the oil vehicle
vs early calciphylaxis -- cannot tell clinically. Only a deep incisional specimen will
settle it.

Plan: Recommended deep incisional bx to fat with von Kossa. Pt declined today; he relocates
to Tucson on the 8th, where his daughter lives, and plans to find a dermatologist there.
Records plus a letter summarizing the open question sent with him. Continue gel; no
injections into that thigh. Counselled to seek care promptly if the area turns black or ulcerates.
"""),
]}

C16 = {"patient_id": "C16", "age": 82, "sex": "M", "notes": [
("2019-04-09", "Urology Inpatient Consult", """
UROLOGY CONSULT - INPATIENT                 04/09/2019

Requesting: Medicine, Dr. Ilse Bergqvist-Nnaji. Q: dark glans.
82M, ESRD (hemodialysis Tues-Thurs-Sat), DM2 on glargine 10 units, PAD s/p R BKA 2016, chronic
indwelling 16 Fr Foley since 1/2019 for retention (PVR > 1 L, not a TURP candidate). Admitted
4/6 for hypotension on HD. Weighs 58 kg, BMI 21.9.

Exam: distal glans, dorsal 12 o'clock: 1.2 x 1 cm black dry eschar w/ dusky violaceous rim,
tender; ventral meatus intact. Shaft/scrotum normal. Foley draining, taped upward on the abd.
CT A/P (4/7): heavy vascular calcification incl. internal pudendals and penile arteries.

A: Glans necrosis. DDx: ischemic necrosis from calcified penile arteries / PAD; penile
calciphylaxis (ESRD, DM, vessel calcification); pressure necrosis from the catheter (less
likely, dorsal location). Not Fournier's.
P: Discussed punch bx of the glans margin to look for calciphylaxis; daughter (HCP) wants to
think about it. Convert to SP tube? Also offered, pending goals. Keep dry, bacitracin.
"""),
("2019-04-12", "Wound Care Nurse Note", """
WOUND/OSTOMY RN NOTE                 4/12/19 1430

Consult for glans eschar, 82M on HD.
Glans, dorsal distal: eschar 1.4x1.1 cm, dry, black, firm; periwound dusky purple ~3 mm,
no drainage, no odor. Tender when touched. Foley 16 Fr in place, urine clear.
Shaft, scrotum intact. Sacrum, heels: intact, blanchable. L heel offloaded (R BKA).

Team aware; per urology, possible calciphylaxis vs ischemic necrosis; biopsy still
undecided by family.

Interventions: eschar left intact, painted w/ povidone-iodine daily, dry gauze wrap loosely.
Foley anchored to the thigh using a securement device, tubing without tension. Turn q2h.
Will follow 2x/wk.
"""),
("2019-04-18", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT                 04/18/2019

82M on hemodialysis, DM on insulin, PAD s/p R BKA, chronic Foley, declining function over
6 months (bed to chair), 4 admissions this year. Glans necrosis: possible calciphylaxis vs
ischemia, never biopsied.

Met w/ pt and daughter (HCP). Pt says he is "tired of the machine" and wants to go home.
Goals: comfort, home with hospice, last HD session this Saturday. Family declines the
glans biopsy and the SP tube -- "it won't change what we do". We agreed that whether the
glans lesion is calciphylaxis will remain unknown.

Plan: hospice referral (Harbor Light), comfort meds: oxycodone solution prn, lorazepam prn,
glycopyrrolate. Foley stays for comfort. Insulin stopped; check glucose only for symptoms.
DNR/DNI, MOLST completed. Once off dialysis, survival likely measured in days, perhaps 1-2
weeks.
"""),
]}

C17 = {"patient_id": "C17", "age": 70, "sex": "F", "notes": [
("2020-01-22", "Urology Inpatient Progress Note", """
UROLOGY PROGRESS NOTE - POD 2               01/22/2020

70F, ESRD (HD M/W/F), atrial fibrillation -- warfarin held from 1/15, INR 1.3, obesity, no
DM. Gross hematuria work-up -> 3 cm papillary bladder tumor, L lateral wall. S/p TURBT 1/20, single
post-op mitomycin instillation given.

S: mild suprapubic ache, no clots. Ambulating.
O: T 36.6, BP 132/70, HR 84 irreg. Wt 86 kg, BMI 31.8.
3-way catheter, CBI off since this am, urine pink-light.
SC heparin 5000 units every 8 h into the lower abdomen since 1/20 (DVT ppx while warfarin
held).
Abdomen soft. Skin: scattered small injection-site bruises lower abd.

A/P:
- Path pending. TWOC tomorrow.
- Warfarin restart 1/24 per cardiology; SC heparin until INR > 2.
- HD tomorrow per neph (heparin-free circuit x1).
"""),
("2020-02-04", "Hemodialysis Rounding Note", """
HEMODIALYSIS ROUNDING NOTE            2/4/2020

70F, HD M/W/F, s/p TURBT 1/20 (pTa low grade); warfarin resumed for AF, INR now 2.4.
S: painful, hard "bruises" on her lower belly since about 1/26, at the spots where she got
heparin shots while admitted. Burning pain, 6/10.

O: Lower abdomen, both sides of midline: three indurated, mottled purple plaques 2-4 cm with
a faint net-like rim, tender; no eschar, no ulcer.
Labs: platelets 212, calcium 9.4, phosphate 6.5, PTH 510. HIT Ab (sent by hosp team 1/28)
negative.

A/P: Tender livedoid plaques at prior SC heparin sites. DDx: possible early calciphylaxis;
hematomas at injection sites on anticoagulation; skin necrosis from heparin (HIT negative).
- Derm referral, requested bx.
- Review binder/calcitriol; low-Ca bath.
"""),
("2020-02-25", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC                    02/25/2020

70F on HD, on warfarin, plaques lower abdomen at prior heparin injection sites since late
January.
Bx 2/11 (3 mm punch, L lower abdomen): dermal hemorrhage and mild perivascular inflammation;
the specimen barely reached fat -- no vascular calcification seen, but the sample is too
superficial to exclude calciphylaxis. Non-diagnostic.

Exam today: plaques softer, less tender, faded to brown-purple; no ulceration. BMI 31.6.

Impression: resolving lower-abdominal plaques after SC heparin. Calciphylaxis was suspected
and is still possible -- never confirmed, never excluded.
Plan: offered a deeper incisional bx; pt declines since improving. Photos taken. Recheck in
six weeks; earlier for any new painful plaque, darkening or ulcer. Nephrology to keep Ca/phos
in target.
"""),
]}

C18 = {"patient_id": "C18", "age": 57, "sex": "M", "notes": [
("2023-05-16", "Urology Clinic Note", """
UROLOGY CLINIC                       05/16/2023

57M, ESRD on PD (CAPD) from polycystic kidney disease, HTN, no DM. Third episode of
perineal/ejaculatory pain, dysuria, and urgency since January. Afebrile.
UA: LE+, nitrite+, WBC 40-50. Urine cx x2 (Feb, May): E. coli > 100k, cipro-S.
Post-DRE VB3 also E. coli. PSA 3.9 (prior 1.6). PVR 35 mL.

Exam: prostate mildly boggy, tender, no nodules. Testes/epididymides nontender. Weight 73 kg;
BMI 24.0.

A/P: Chronic bacterial prostatitis.
- Ciprofloxacin 500 mg daily (PD dosing) x 4 weeks; reviewed tendon and QT cautions.
- Repeat PSA 6-8 wks after treatment.
- Pelvic floor PT referral for residual pain.
- Discussed w/ PD nurse re: drug levels.
"""),
("2023-06-06", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - MONTHLY REVIEW              June 6, 2023
Nurse: Aoife D.     Nephrologist: Dr. Kwame Lindahl

CAPD 4 x 2 L (1.5/2.5%), UF 900 mL/d. Exit site: no erythema. Kt/V (weekly) 1.8.
On cipro for prostatitis since 5/16.

New: for 10 days, tender purple spots on the shins and ankles bilaterally, spreading from
the ankles up to the mid shins; several have small dark crusted centers, two ulcerated. Mild ankle ache. No
fever. No new meds apart from cipro.
Exam: BLE: multiple 0.3-1.5 cm palpable purpuric papules, some w/ central necrosis, two
superficial ulcers L shin. BP 138/80, Wt 72.6 kg.
Labs: CRP 41, plt 250, calcium 9.0, phosphate 5.1, PTH 310; urine dip blood 1+.

A/P: Palpable purpura w/ necrosis on both legs. ?Calciphylaxis in a PD pt -- r/o; vasculitis
(drug-related, cipro?) seems more likely from the look. Derm same week for bx; hold cipro
pending review with urology.
"""),
("2023-06-20", "Dermatology Consult", """
DERMATOLOGY CONSULT                   06/20/2023

57M on PD, recent ciprofloxacin for prostatitis; palpable purpura and small ulcers BLE since
late May.
Bx 6/8 (L shin, two punches): LCV involving superficial dermal vessels w/
fibrinoid necrosis and neutrophilic debris; DIF: vascular C3 and IgM deposits, no IgA.
Vessel calcification absent, subcutis normal; von Kossa negative.

Impression: cutaneous LCV (small-vessel vasculitis), most likely provoked by
ciprofloxacin. Calciphylaxis ruled out.

Exam: purpura fading, brown macules; shin ulcers re-epithelializing.
Plan: cipro stopped 6/6 (urology switched to TMP-SMX renally dosed); leg elevation;
petrolatum to ulcers; CBC, ANCA, hepatitis panel, cryoglobulins pending; RTC 4 wks.
"""),
]}

C19 = {"patient_id": "C19", "age": 48, "sex": "M", "notes": [
("2017-04-11", "Men's Health New Patient", """
MEN'S HEALTH - NEW PATIENT               04/11/2017

48M, referred by PCP for low T. Fatigue, low libido, poor concentration, mild ED.
AM T 241 and 259 ng/dL, free T low-normal, LH 2.9, prolactin nl, Hct 43, PSA 0.8.
PMH: CKD 3a (eGFR 52; hypertensive nephrosclerosis), HbA1c 6.1 = prediabetes, HLD, HTN.
FH: brother Gerald (older, dialysis-dependent) died in 2015 "from calciphylaxis" --
terrible skin wounds on his thighs. Pt worried testosterone injections could do the same to him.

Exam: BP 138/86; weight 96.4 kg at 180 cm, BMI 29.8. Testes 16 mL bilat, no masses. Skin:
normal trunk and legs, no lesions.

A/P: Borderline hypogonadism with symptoms.
- Lifestyle first: weight loss, OSA screen (STOP-BANG 5) -> sleep study.
- Reassured: his own kidney function (eGFR 52) remains far above the dialysis range;
  calciphylaxis is rare outside ESRD. If treatment later, a gel would avoid needles entirely.
- Recheck T after sleep study.
"""),
("2017-06-06", "Men's Health Follow-up", """
MEN'S HEALTH FOLLOW-UP                  6/6/2017

48M w/ borderline low T, CKD 3a, prediabetes. Sleep study: moderate OSA, CPAP started 5/20.
Energy a bit better. Repeat AM T 262 ng/dL.

Exam: BP 132/82, BMI 29.9 (96.8 kg): overweight. Skin: intact.

Plan:
- Shared decision: trial of testosterone gel 1.62%, 2 pumps daily to the shoulders; no
  injections, per his preference given his brother's history.
- Labs in 4 wks (T, Hct, PSA).
- Prediabetes: A1c 6.0, diet and walking; not on any diabetes medicine.
- Kidney: eGFR 54, stable.
RTC 3 months.
"""),
]}

C20 = {"patient_id": "C20", "age": 59, "sex": "M", "notes": [
("2026-01-13", "Urology Sexual Medicine Visit", """
UROLOGY - SEXUAL MEDICINE                   01/13/2026

59M, ED x 3 yrs; ESRD (hypertensive nephrosclerosis), on hemodialysis Tu-Th-Sa through a
left AV fistula; type 2 DM, diet-managed, A1c 6.6, takes no diabetes drugs; HTN. Failed
sildenafil 100 mg and tadalafil 20 mg. SHIM 7. Not a transplant candidate for now.

Exam: Wt 93.1 kg, ht 176 cm, BMI 30.0. Phallus normal, no plaques, penile skin intact.
Testes normal.

A/P: Vasculogenic ED, PDE5i failure.
- Options: VED, intracavernosal injections, MUSE, penile prosthesis.
- He favors a trial of ICI. Counselled: people on dialysis are more prone to
  calciphylaxis, and injection sites can be a trigger -- if he starts, alternate sides, use
  the smallest effective dose, and call us right away about any painful darkening of skin.
- In-office test dose at next visit.
"""),
("2026-02-10", "Urology ICI Teaching Visit", """
UROLOGY - ICI TEACHING / TEST DOSE            2/10/2026

59M with ED, ESRD on HD, diet-controlled DM2. Here for the in-office test dose.
Skin check before dosing: penile skin intact, no nodules or discoloration. Nothing to
suggest calciphylaxis anywhere on exam.

Procedure: Trimix 0.1 mL injected by pt under supervision into the R lateral shaft at the
base, 29g needle. Rigidity 4/4 at 12 min, lasted 55 min, detumescence spontaneous. BP
stable 142/80.

Teaching: technique, sharps, priapism action plan (> 4 h -> ED).
Counselled again on the calciphylaxis risk and site rotation.
Plan: home Trimix 0.1-0.15 mL, max 2x/wk; f/u 6 wks.
BMI 30.0 today (93.0 kg).
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
