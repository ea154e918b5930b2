"""probe253 corpus notes, A08-A14 (retina clinic and the kidney/skin clinics of the same patients; all invented)."""

A08 = {"patient_id": "A08", "age": 52, "sex": "M", "notes": [
("2018-09-11", "Retina Clinic Note", """
Retina clinic, 9/11/18

52M, T1DM since age 12 (MDI: glargine + aspart), PDR OU s/p PRP, DME OS.
Kidneys: CKD stage 4, eGFR 19 (nephrologist Dr. Amadi); L radiocephalic
fistula created 7/2018, dialysis not started.
VA: OD 20/30, OS 20/50.
IOP 15/15.
OCT OS: CST 365, cystic IRF.
DFE: regressed NV OU; no fill-in PRP needed.
Pt asks about dark sores on both shins - advised to show nephrology/PCP.
Proc: aflibercept 2 mg IVT OS, tol.
A/P: DME OS - monthly loading doses; PDR quiet.
Wt 90 kg, BMI 29.6 (overweight).
"""),
("2018-10-02", "CKD Clinic Note", """
CKD clinic 10/02/2018

52M CKD4 (diabetic nephropathy), T1DM on insulin; pre-dialysis teaching done,
AVF maturing.
Skin: both anterior shins carry shiny yellow-brown atrophic plaques; on the
L, one plaque is broken down into a shallow ulcer about 15 mm across. He
scraped that shin on a stair edge in August and feels it "never healed
right".
Labs: creat 3.6 | K 5.1 | corrected Ca 9.0 | PO4 5.4 | iPTH 310.
A/P: CKD4 - start HD when eGFR <10 or symptomatic. Shin ulcer: ?calciphylaxis
given CKD and phosphate, although the look is atypical -> derm referral for
biopsy. Starting a phosphate binder.
"""),
("2018-10-23", "Dermatology Consult", """
Dermatology, 23 Oct 2018

Shin plaques for ~2 yrs, the L one ulcerated since late summer after a minor
knock on a step.
Exam: bilateral pretibial waxy yellow-brown plaques with telangiectasia and
violaceous rims; 1.5 cm clean-based ulcer L shin. Livedo absent; retiform
purpura absent; eschar absent.
Path (L shin, bx 10/09/18): palisading granulomas in a layered pattern around
sclerotic collagen; the calcium stain (von Kossa) is negative in every vessel.
Impression: necrobiosis lipoidica with ulceration. Calciphylaxis excluded.
Plan: clobetasol to the active plaque edges, protect the shins (padded knee
socks), wound care, glycemic control with endocrine.
"""),
]}

A09 = {"patient_id": "A09", "age": 59, "sex": "F", "notes": [
("2021-02-08", "Retina Imaging and Injection Note", """
RETINA / IMAGING - 2/8/2021

59F sev NPDR vs early PDR OU, DME OD. FA today to look for NV and
nonperfusion.
PMH: T2DM (degludec + aspart insulin); ESRD - dialysis TTS, LUE AV graft; AF, warfarin-anticoagulated (INR 2.4); HTN. BMI 27.5.
IV: 22g placed in the R volar forearm by the photographer, 1 stick;
fluorescein 10% 5 mL given; cannula pulled after the late frames and the site
covered with gauze and tape. Told skin/urine will look yellow for a day.
FA: early NVE along the ST arcade OD, peripheral nonperfusion OU; late
leakage at the macula OD.
VA: OD 20/60, OS 20/30.  IOP 16/17.
A/P: PDR OD -> PRP OD next week; aflibercept OD today (tol). OS: watch
closely.
"""),
("2021-03-09", "Dialysis Progress Note", """
Dialysis unit progress note 3/9/21

59F ESRD/HD, DM2 on insulin.
S: a tender purplish blotch, R forearm, "where they put the IV for the eye
dye test last month". Came up about 10 days ago, darker now and very sore to
touch.
O: R volar forearm - violaceous, indurated plaque (approx 40 x 30 mm), small
central black eschar, net-like purpura around it. No streaking. LUE graft
+thrill.
Labs: iPTH 880, Ca 10.1, PO4 7.0; INR 2.6 (therapeutic).
A/P: suspected calciphylaxis R forearm (warfarin, high Ca x P). Expedited
derm referral for bx. Hold calcium binder, start sevelamer. Will ask
cardiology about getting her off warfarin.
"""),
("2021-03-23", "Dermatology Consult", """
DERMATOLOGY CONSULT

59F, HD, on warfarin. Painful R forearm lesion noticed ~27 Feb.
Bx (03/12/21, R volar forearm): calciphylaxis - circumferential calcification
of small subcutaneous vessels, intravascular thrombi, early fat necrosis.
Exam: R volar forearm, necrotic eschar-topped plaque 45 x 35 mm with a
retiform border; it lies over the spot where the 22g cannula went in for her
fluorescein angiogram on 2/8.
Impression: calciphylaxis R forearm at the prior IV/tape site.
Plan: thiosulfate 25 g after dialysis; wound care with a nonadherent dressing
held by tubular gauze, never tape; cardiology OK'd stopping warfarin ->
apixaban. No BP cuffs or IVs on the R arm.
"""),
]}

A10 = {"patient_id": "A10", "age": 66, "sex": "M", "notes": [
("2019-01-15", "Retina Clinic Note", """
Retina f/u - DME OU

66M T2DM (linagliptin; has turned down insulin many times), ESRD on HD since
2017, morbid obesity - BMI has run 40-43 over the past year, 41.2 today.
Today ranibizumab 0.3 mg OS (#7). OD stable, observe.
Reports derm is seeing him for painful sores under his belly fold; "they
took a biopsy last week".
VA cc: OD 20/30, OS 20/40.
IOP 15/14.
OCT: OD CST 289 dry; OS CST 331 with small IRF.
A/P: DME OS persistent -> stay on q4-5wk; OD observe. Will look for the derm
result.
"""),
("2019-01-22", "Dermatology Results Visit", """
DERM - results visit

66M on HD, DM2. Painful lower abdominal pannus plaques since Christmas.
Bx 1/10/19 (L pannus): calcific uremic arteriolopathy confirmed.
Nothing is ever injected into his abdomen, he says - no insulin (he takes
tablets), no heparin shots; he has never owned a heating pad or used ice,
and holds his trousers up with braces, not a belt. No trauma there.
Exam: lower pannus, L and R: several indurated purple plaques 2-5 cm across
with retiform edges, two with black eschar; the fold itself macerated.
A: calciphylaxis of the abdominal pannus, bilateral.
P: STS with HD; keep the fold dry. If anticoagulant injections are ever
needed, they must go elsewhere than the belly. Tape should not be stuck to
the pannus skin.
"""),
("2019-02-05", "Nephrology Inpatient Consult", """
Nephrology consult - inpatient (admitted 2/3/2019)

66M ESRD/HD TTS, known calciphylaxis of the pannus (biopsied Jan 2019),
admitted with cellulitis around the pannus ulcers.
Recs:
- HD tomorrow, 2K bath, UF 2 L.
- continue thiosulfate 25 g IV, each dialysis session.
- DVT ppx: SC heparin 5000 u q12h ordered for the upper arms ONLY - nursing
  please do not inject the abdomen/pannus.
- Vancomycin dosed by level; cefazolin per ID.
- Wound RN daily, non-adherent dressings.
Wt 128 kg. Linagliptin continued; sliding scale not needed so far.
"""),
]}

A11 = {"patient_id": "A11", "age": 76, "sex": "M", "notes": [
("2022-10-04", "Retina Clinic Note", """
Retina clinic 10/4/2022

76M nAMD OS (aflibercept q6w), GA OD involving the fovea.
No DM. ESRD on HD (MWF). Anticoagulant is apixaban for his AF; warfarin has
never been prescribed.
Vision is limiting him at home: yesterday he walked into the open dishwasher
door and scraped his right shin - abrasion ~3 cm, superficial, crusted, not
bleeding.
VA: OD 20/200 ecc, OS 20/80.
IOP 13/14.
OCT OS: small SRF recurrence, CST 305.
Proc: aflibercept 2 mg IVT OS.
A/P: nAMD OS - shorten to q5wk. GA OD - no treatment available here,
discussed. Low vision OT referral (home safety, high-contrast tape on cabinet
edges). BMI 23.9.
"""),
("2022-10-27", "Hemodialysis Rounding Note", """
HD rounds - chair 4, Beacon Hill Dialysis

76M ESRD/HD.
R shin: the dishwasher scrape had crusted over, but since Friday 10/21 the
same spot has turned into a very painful purplish-black area. Exam: R
anterior mid shin, dusky plaque 35 x 30 mm, black eschar centrally, livedoid
halo.
Not diabetic; on apixaban.
Labs 10/24: PTH 1150 (!), phos 7.8, Ca 9.7, alb 3.0.
A/P: worry = calciphylaxis (R shin), less likely an infected abrasion ->
derm bx, wound swab. Change binder to sucroferric oxyhydroxide, cinacalcet 60.
"""),
("2022-11-08", "Dermatology Note", """
Dermatology - 8 Nov 2022

Bx R anterior shin 10/31/22: calciphylaxis (stippled calcification of
subcutis vessels, thrombi, necrotic fat). Swab: commensal skin flora, nothing else.
Timeline from pt and HD records: abrasion on Oct 3 (dishwasher door), painful
plaque at the same spot from about Oct 21.
Exam: R shin ulcer 40 x 30 mm, eschar; no new sites.
Impression: calciphylaxis R lower leg, arising where the shin had been
scraped a few weeks before.
Plan: thiosulfate on his HD days, local care; pad the lower edge of the
dishwasher door per OT home visit.
"""),
]}

A12 = {"patient_id": "A12", "age": 64, "sex": "F", "notes": [
("2016-11-29", "Retina Clinic Note", """
RETINA CLINIC 11/29/2016

64F DME OD, moderate NPDR OU. T2DM: NPH insulin bid, belly injections.
ESRD on PD since 2015. No warfarin.
Mentions months of burning in the L outer thigh (PCP calls it meralgia
paresthetica); most evenings she lays a heating pad over the left thigh.
VA: OD 20/50, OS 20/25.
IOP 16/16.
OCT OD: CST 344, IRF temporally.
Bevacizumab 1.25 mg IVT OD, tol. Discussed that laser may be added later if
the edema is slow to dry.
BMI 35.3.
Plan: q4wk x 3 then reassess.
"""),
("2016-12-20", "Peritoneal Dialysis Clinic", """
PD clinic - Dec 20 2016

64F on CAPD, DM2 on NPH.
New: exquisitely tender hard lump on the RIGHT inner thigh x 1 wk, now purple.
Heating pad only ever on the left thigh (for the meralgia) - never on the
right. She puts her NPH into the abdomen. Has not fallen.
Exam: R medial thigh - purple-red plaque, firm, ~50 x 40 mm, retiform
margins, dusky centre. L thigh: faint brownish mottling where the pad sits,
no induration, no ulcer.
Labs: PTH 720 / phos 6.5 / Ca 10.2.
A: suspected calciphylaxis R thigh.
P: urgent derm biopsy; stop calcium carbonate and calcitriol.
"""),
("2017-01-10", "Dermatology Note", """
Dermatology 1/10/17

64F PD pt. Bx 12/22/16 R medial thigh: calciphylaxis.
Exam: R medial thigh plaque 60 x 40 mm, a 2 cm eschar has formed. L lateral
thigh: erythema ab igne (the heating pad), brown reticulated pigment on
intact skin, no induration or ulceration; not involved by calciphylaxis.
Impression: calciphylaxis R thigh; no local trauma preceded it - she heated
only the opposite leg.
Plan: IV STS 25 g on M-W-F at the infusion center; dressings per wound RN; she
should give up the heating pad on the L thigh too.
"""),
]}

A13 = {"patient_id": "A13", "age": 70, "sex": "F", "notes": [
("2025-05-20", "Retina Clinic Note", """
Retina - CRVO OS, aflibercept q6w

70F. Was the belted front-seat passenger when their car was rear-ended at low
speed on May 12; the belt left a bruise across the left chest and breast, ED
imaging negative.
PMH: ESRD (IgA nephropathy) - HD T/R/Sa; obesity; HTN; hypothyroid. No
DM. No anticoag.
VA: OD 20/25, OS 20/70.
IOP 18/21. No NVI.
OCT OS: CST 310, trace IRF.
Aflibercept 2 mg IVT OS. IOP 24 at 5 min -> 19 at 15 min.
Plan: q6wk. Wt 79.5 kg.
"""),
("2025-07-15", "Dermatology New Consult", """
Dermatology new consult

70F HD pt referred for a firm, tender L breast mass with purple overlying skin
x 3 weeks.
Hx: seatbelt bruise over the L chest/breast from a car crash in mid-May,
faded by June.
Exam: L breast, UOQ: plaque ~5 x 4 cm, purplish and hard, edge faintly
retiform; skin not broken, nipple normal. Axillae: nothing palpable.
Outside mammogram 7/8: coarse calcifications incl. arterial calcification, L
UOQ.
DDx: post-traumatic fat necrosis vs calciphylaxis vs malignancy.
Plan: core/incisional biopsy with breast surgery; pain control.
"""),
("2025-08-05", "Nephrology Clinic Note", """
Nephrology clinic 08/05/2025

70F ESRD/HD.
L breast bx (7/24): fat necrosis with small-vessel medial calcification;
pathologist and derm agree calciphylaxis is still possible. No malignancy.
Pt declines a second, deeper biopsy. Plaque unchanged, not ulcerated.
Plan: treat as possible calciphylaxis - thiosulfate 25 g at the close of
each dialysis for 8 wks, non-calcium binder, lower dialysate Ca. Re-evaluate
with derm in 2 months.
PMH as before incl. obesity. Wt 80.1 kg today (height not on file).
Husband drives her to runs; she wants to keep her retina injections on
non-dialysis days.
"""),
]}

A14 = {"patient_id": "A14", "age": 48, "sex": "F", "notes": [
("2018-04-10", "Retina Clinic Note", """
Retina - 10 Apr 2018

48F with T1DM from age 9, insulin pump (cannula in the abdomen), PDR OU s/p
PRP, CI-DME OD.
Started PD 3/2018 (ESRD, diabetic nephropathy). BMI 30.2 - obesity. No
warfarin.
VA: OD 20/60, OS 20/30.
IOP 12/14.
OCT OD: CST 420, IRF + SRF.
DFE: regressed NV OU, no new heme.
Aflibercept 2 mg IVT OD, tol.
Anemia flagged by PD team - Hgb 8.8; they plan an ESA.
Plan: monthly loading OD x 5. Reminded to keep pump readings steady around
injection days.
"""),
("2018-05-08", "Peritoneal Dialysis Clinic", """
PD CLINIC - Brookhaven Renal

48F, ESRD on CCPD since Mar 2018, T1DM on pump.
Anemia: Hgb 8.8 -> 9.6 after starting darbepoetin alfa 40 mcg SC weekly on
4/17/2018. She gives it herself, front of the thigh, switching sides week to
week, since the pump site occupies her abdomen.
Adequacy Kt/V 2.1. Catheter exit: clean, dry. Residual urine ~600 mL/day.
Appetite fair; renal dietitian reviewed phosphorus sources.
Wt 82.7 kg (BMI 30.4).
Ca 9.5, P 6.1, PTH 540.
Plan: continue darbepoetin, iron studies next month, sevelamer, cinacalcet
30.
"""),
("2018-08-14", "Retina Clinic Note", """
Retina f/u 8/14/18

48F CI-DME OD, 5th aflibercept today.
Walks in slowly - says both thighs have "burning purple spots" which came on
near the 4th of July; derm appt Friday.
VA: OD 20/40, OS 20/30.
IOP 13/13.
OCT OD: CST 318 (from 420), trace IRF.
Aflibercept 2 mg IVT OD, tol.
Plan: treat-and-extend, next in 6 wks. Pt asked to bring the derm report to
her next visit. Fellow (Dr. Sarkissian) discussed faricimab as a later option
if the interval cannot be stretched.
"""),
("2018-08-21", "Dermatology Consult", """
Dermatology consult

48F on CCPD, T1DM. Painful thigh lesions since ~July 4, 2018.
Exam: L anterior thigh 5 cm and R anterior thigh 3 cm retiform purpuric
plaques, each with a central black eschar; abdomen (pump sites) clear.
Bx (L anterior thigh, 8/17/18): calcified subcutaneous arterioles, thrombosed,
necrotic fat around them - calciphylaxis.
Comment: both plaques lie in the zones where she has injected weekly
darbepoetin since mid-April.
Plan: IV STS 3x/wk; darbepoetin to be given another way - no more thigh
injections; wound care; analgesia. BMI 30.6.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
