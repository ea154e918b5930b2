"""probe212 corpus notes, B08-B14 (obstetric medicine, postpartum care and the clinics around them; all invented)."""

B08 = {"patient_id": "B08", "age": 33, "sex": "F", "notes": [
("2025-06-18", "Postnatal Obstetric Medicine Clinic", """
Obstetric Medicine - postnatal clinic (Lindqvist Suite)
18 June 2025

33 y/o P1, 18 wks after SVD (10 Feb 2025). Background: ESRD from FSGS; on PD
(overnight CCPD) since April, exit site clean.
Pregnancy: heavy oedema in the 3rd trimester -> knee-high class 2 compression
stockings, worn daily since last autumn and still on most days; their silicone
grip bands sit at the upper calves, just under the knees.

Now: from the start of June, painful "spots" on both legs.
O/E: both upper posterior calves - tender purpuric patches with a livedoid net,
L 3cm; R 4cm, small dark centre. No pedal oedema now. Pulses fine.
BP 128/79. Not diabetic. No warfarin ever.

Plan: urgent derm (?vasculitis ?calciphylaxis), bloods incl. ANCA and
complement, Ca/PO4/PTH. Leave the stockings off for now.
"""),
("2025-07-02", "Dermatology Clinic", """
DERMATOLOGY - 02/07/2025

Referred by obs med. PD patient, 5 months postpartum.
Calves: bilateral upper posterior calf lesions, bigger now: R 5x3cm, black
eschar centrally; L 3.5x2cm of retiform purpura, necrosis starting. Both lie in
a horizontal band. Very painful.
Deep incisional biopsy R calf (hot clinic 20/06): widespread calcium in
subcutaneous arterioles and capillaries, thrombi, necrosis of septal fat; von
Kossa +.
ANCA neg, C3/C4 normal, cryoglobulins neg.

Dx: calciphylaxis, both calves.
Plan: district nurses for wound care (honey alginate, foam); analgesia; renal
to start sodium thiosulfate; review in 4 weeks.
"""),
("2025-07-30", "PD Clinic - Nephrology", """
PD clinic (Nephrology)   30.7.25

ESRD (FSGS), CCPD 5 cycles overnight + 1 day exchange. Kt/V 1.9.
Bilateral calf calciphylaxis, proven on biopsy; co-managed with derm and tissue
viability. Pain better since STS began 3 wks ago (IV via day unit 3x/wk).
Compression hosiery stopped in June; lesions not spreading, eschar on the R
calf lifting at the edges.
Exit site: clean, no crust. Abdomen soft.
Bloods: corr Ca 2.31 | phos 1.62 | PTH 40 | albumin 30 | Hb 104.
84.9 kg today; BMI 31.6.

Plan: continue STS, swap calcium acetate for lanthanum, longer icodextrin
dwell, dietitian, review 4 weeks.
"""),
]}

B09 = {"patient_id": "B09", "age": 30, "sex": "F", "notes": [
("2021-04-14", "Renal Antenatal Clinic", """
RENAL ANTENATAL CLINIC - 14/04/2021
Obstetric physician + renal physician

30F G1 at 14+1. ESRD due to ADPKD, HD since 2019, now 5 sessions/week.
PMH: L calf DVT 2017, anticoagulated with warfarin x6/12, off it since. No
diabetes.
Thromboprophylaxis: enoxaparin 20 mg SC daily since 6/40. Self-injects, always
into her abdomen on the R (right-handed; says she "can't bring herself" to
do the left).
BP 128/80, Hb 102, plt 180. Wt 76 kg, BMI 28.3.

Plan: continue LMWH; aspirin 150; renal bloods monthly; anomaly scan 20/40.
"""),
("2021-07-07", "Dermatology Consult", """
Dermatology - urgent referral from renal antenatal clinic
7th July 2021

30F, 26+1/40, ESRD on HD.
A fortnight of burning pain, L lower abdomen, then a dark patch that
keeps enlarging. No injury.
Exam: L lower quadrant, lateral to the midline and below the umbilicus:
indurated purple plaque 4x3cm, central eschar, livedoid rim. R hemi-abdomen:
scattered small LMWH needle marks, otherwise normal skin. By her account the left
side has never once been used for a jab.
Punch biopsy (2 x 4 mm) from the L plaque.
Imp: probable calciphylaxis; histology awaited.
"""),
("2021-07-21", "HD Unit Nephrology Review", """
HD Unit ward round - 21/07/21

Histology: calciphylaxis confirmed (medial calcification, thrombosed
subcutaneous arterioles, von Kossa +). Lesion L lower abdomen 4.5 cm, dry eschar.
STS 25 g started with HD on Monday. Pain 5/10 on paracetamol + dihydrocodeine.
Pre-HD BP 131/83; post 120/76. EDW 75.5 kg.
PO4 2.0 -> binder changed to sevelamer. Ca 2.30. PTH 66.
LMWH to continue, right side of the abdomen only as before, well clear of the
lesion.
Fetal growth 40th centile on last scan. Next HD review in a fortnight, sooner if
the pain escalates.
"""),
]}

B10 = {"patient_id": "B10", "age": 37, "sex": "F", "notes": [
("2023-10-05", "Obstetric Anaesthesia Note", """
OBSTETRIC ANAESTHESIA - labour epidural
05/10/2023 03:20

37 yo G2P1 at 39+4, spontaneous labour. ESRD on HD (last session yesterday), K
4.6, plt 221, no anticoagulant (no LMWH this pregnancy).
Airway MP2. BMI 41.2 (obese).
Procedure: sitting, full asepsis. 16G Tuohy at L3-4, LOR to saline at 7 cm.
Catheter 5 cm in the space, fixed with a clear dressing and taped up the L side
of the back to the shoulder. Test dose negative. Mobile epidural regimen.
Block T10 both sides at 30 min. Good analgesia.
After delivery (SVD 07:55): catheter out intact, tip seen, site clean.
Day 1 follow-up: no headache, no pain at the site, sensation normal.
"""),
("2023-11-22", "Dermatology Consult", """
Dermatology - 22 Nov 2023

37F, 7 wks postpartum, ESRD on HD. Labour epidural 5/10/23.
L buttock painful since early November and now open. She wondered whether the
epidural caused it.
Exam: upper outer L buttock: violaceous indurated plaque 6x5cm, black eschar
centrally, stellate purpuric edge. The epidural puncture mark at L3-4 is
healed, flat and non-tender, with normal skin between it and the plaque, which
lies a good 10 cm lower and lateral, on the buttock proper rather than the back.
No marks from the tape.
Punch biopsy x2 from the edge.
Impression: calciphylaxis likely; unrelated to the epidural site. Histology
to follow.
"""),
("2023-12-06", "Nephrology HD Rounds", """
Renal - HD rounds Bay 2    6.12.23

Bx (22/11, L buttock): calcified subcutaneous arterioles, intimal proliferation,
thrombi, von Kossa positive -> calciphylaxis.
9/52 postnatal, bottle-feeding. Pain 7/10, worse sitting. Has a
pressure-relieving cushion.
Pre BP 152/90. IDWG 2.4 kg.
corr Ca 2.48 / phos 2.2 / PTH 95 pmol/L / albumin 29.
Weight 112kg, BMI 41.2. Not diabetic (HbA1c 36).

Plan: STS after each HD x3/wk; calcium acetate -> sevelamer; start cinacalcet;
dialysate Ca 1.25; tissue viability for dressings; analgesia with the
palliative team (d/w pharmacy).
"""),
]}

B11 = {"patient_id": "B11", "age": 29, "sex": "F", "notes": [
("2022-10-12", "Dermatology Consult - Maternity Day Unit", """
Dermatology consult - Maternity Day Unit
12 Oct 2022

29F, G1, 28+6/40, ESRD (Alport) on HD 5x/wk. Type 2 DM, diet-controlled, no
medication for it.
PC: painful plaque on L thigh.
HPI: began on Sunday 2nd October, a tender pink lump, anterior aspect L thigh;
now dark and "like a burn". Nothing has been injected into either thigh - she is
not on LMWH or any other injectable; no knocks, no heat.
O/E: L anterior mid-thigh: 5x4cm plaque, violaceous and indurated, with
retiform purpura and a dusky grey centre. R thigh normal.
Punch biopsies x2 (H&E, von Kossa).
Imp: ?calciphylaxis. DDx: panniculitis, vasculitis.
"""),
("2022-10-26", "Obstetric Medicine Review", """
Obs Med clinic - 26.10.22  (30+6/40)

Biopsy: calcium encrusting the walls of tiny subcut vessels, with thrombi; von
Kossa +ve - confirming calciphylaxis, L anterior thigh.
BP 134/86. Hb 99, PO4 2.2, cCa 2.47, PTH 57.
Joint plan with renal + MFM:
- HD up to 6x/wk with STS at each session
- low-Ca dialysate; sevelamer
- aim to deliver at about 34/40, earlier if fetal concern
- postnatal LMWH will be needed for 6 weeks
Wt 93.0 kg, BMI 32.9.
"""),
("2022-12-14", "Postnatal Review - Obstetric Medicine and Renal", """
Postnatal review - obs med / renal   14/12/2022

EMCS 20/11/2022 at 34+3 for pathological CTG; boy 2.1 kg, SCBU 6 days, home now.
Enoxaparin 40 mg SC once a day from 20/11, given into both thighs (abdomen
avoided because of the CS wound); last dose due 1/1/23.
L anterior thigh calciphylaxis: slowly improving, eschar softening, 4 x 3 cm.
No new lesions anywhere; both thighs' injection sites unremarkable.
CS wound healed.
HD back to 3x/wk + STS. BP 126/80. Wt 90.7 kg, BMI 32.1.
"""),
]}

B12 = {"patient_id": "B12", "age": 35, "sex": "F", "notes": [
("2024-04-09", "Postnatal Obstetric Medicine Clinic", """
Obs Med - postnatal clinic   09/04/24

35 yo P2, 5/52 after SVD (05/03/24). Type 1 DM from childhood (age 9) with
nephropathy, now ESRD, dialysing Tue/Thu/Sat.
Insulin: MDI, glargine + lispro, which she has only ever injected into her two
upper arms, never the abdomen.
PC: sore area on her lower abdominal apron, R side, for about 2 weeks, now
weeping.
O/E: R lower pannus: firm violaceous plaque 7x5cm, centrally a black eschar;
edges retiform. Macerated skin in the fold beneath.
Upper arm injection sites: mild lipohypertrophy, no purpura.
Wt 121 kg, BMI 44.0.
Plan: urgent derm - ?calciphylaxis; wound swab; DSN review of glucose.
"""),
("2024-04-16", "Dermatology Clinic", """
Dermatology clinic 16-Apr-2024

Asked to see: ESRD on HD, T1DM, 6 wks postpartum, R pannus plaque.
Findings: R lower pannus - indurated stellate violaceous plaque 8x6cm; black
eschar 3cm across in the centre; retiform purpura along the border. Pain on the
lightest touch. Nothing comparable elsewhere; arms show injection
lipohypertrophy only.
Procedure: 4mm punch biopsies, x2, border of plaque, under 1% lidocaine; haemostasis
achieved, Aquacel dressing. Verbal consent, scarring and infection explained.
Clinical impression: calciphylaxis (high likelihood) - renal to start STS now
rather than wait for histology. Talked through the likely slow healing over
months and the need for good pain control.
"""),
("2024-05-14", "Tissue Viability Wound Clinic", """
TISSUE VIABILITY / WOUND CLINIC   14/5/24

Dx: biopsy-proven calciphylaxis R lower pannus (histology 19/4: vascular
calcification, von Kossa +).
Wound: 8.5 x 6 cm, 60% adherent black/yellow slough, 40% pale granulation,
moderate serous exudate, periwound maceration in the fold. Pain 6/10 at dressing.
Procedure: loose slough removed by conservative sharp debridement (scalpel,
forceps) after topical lidocaine, minimal bleeding. NPWT at -80 mmHg, drape held
with adhesive strips; fold protected with barrier film.
Arms (insulin sites): intact.
Plan: NPWT change 3x/wk by DN, review 2/52. Wt 119 kg, BMI 43.5.
"""),
]}

B13 = {"patient_id": "B13", "age": 32, "sex": "F", "notes": [
("2020-02-11", "Renal Antenatal Clinic", """
Renal antenatal clinic 11/02/2020

32 yo G2P0+1, 24+2/40. ESRD (chronic GN) on HD 5x/wk.
New: painful lumps on both calves for about 10 days, L worse.
Denies injury, bites, or any hot water bottle, heat pad or ice on her legs.
No injections of any kind; not on LMWH (risk score: not indicated antenatally,
planned for 6 weeks after delivery).
O/E: posterior calves bilat - multiple tender subcut nodules (1-2cm), livedo
racemosa over them; one on the L calf has a dusky violet centre.
BP 140/88. Weight 80.3kg, BMI 29.9 = overweight. No DM.
Rh negative: routine anti-D due at 28/40.
Plan: derm urgently, Ca/PO4/PTH today.
"""),
("2020-02-25", "Dermatology Clinic", """
Dermatology - 25/02/20

Bilateral calf nodules, now with two small black-based ulcers on the L and one
on the R.
Histology (punch, L posterior calf, 13/2): calciphylaxis - small subcutis
arteries with calcified media, positive von Kossa, fat necrosis, vasculitis
absent.
Once more denies any trauma to the legs.
Diagnosis: calciphylaxis of both calves in a pregnant woman on HD.
Advice: keep heat packs and cold packs away from the legs; any future
injections (postnatal LMWH, anti-D) to go into the upper arm or abdomen, never
the calves.
"""),
("2020-03-10", "Obstetric Medicine Antenatal Clinic", """
Obs Med ANC  10.3.2020  GA 28+2

Calciphylaxis BLE (biopsy-proven), STS with HD for 3 wks. Pain easing; ulcers
stable (L 1.5cm, R 1cm), dressed by DN.
Anti-D: rhesus negative, dose deferred to the next visit as she felt unwell
today. Postnatal LMWH, if needed, to go into the abdomen. Compression
stockings not to be used (risk to the calves). Told to keep hot baths off the
legs.
BP 136/86. Urine 2+ prot (baseline). Growth 25th centile.
BMI 29.9.
Plan: continue; MFM scan at 32/40; deliver by 37/40 if stable.
"""),
]}

B14 = {"patient_id": "B14", "age": 38, "sex": "F", "notes": [
("2025-03-17", "Community Midwife Postnatal Visit", """
COMMUNITY MIDWIFE - postnatal home visit (day 14)
17/03/25

Mum 38, EMCS 03/03/25 at 36+3 for severe PET, ESRD with HD at the
Ashdown unit on M/W/F. A2 GDM: insulin in the 3rd trimester, stopped at delivery, CBGs
normal since.
Enoxaparin 40 mg daily for 6 weeks: partner injects it behind each
upper arm; sites look fine.
CS wound: R end gaping 3 cm, sloughy base, offensive purulent discharge, 2 cm of
redness around it. T 37.9. Swab taken. Remainder of the wound healed.
Baby: formula feeding well, birth weight regained.
Plan: GP today for antibiotics; daily dressing; escalate to obs team if
spreading.
"""),
("2025-04-02", "Dermatology Consult", """
Derm consult  02.04.2025

38F, 4/52 post EMCS, ESRD on HD.
1) Both inner thighs: painful retiform purpura with two necrotic plaques, 4cm on
the L and 3cm on the R, started ~10 days ago. Denies injections, heat, knocks or
pressure there.
2) CS wound R end: 2.5 cm granulating cavity, clean now on flucloxacillin - Staph
aureus on the swab. This is a healing surgical site infection, not
calciphylaxis; no livedo or eschar around it.
3) Upper arms (enoxaparin sites): small healed puncture marks only.
Punch biopsy L inner thigh today.
Imp: calciphylaxis of the inner thighs, biopsy to confirm.
"""),
("2025-04-16", "HD Unit Nephrology Review", """
HD unit nephrology review 16/4/25

Punch bx, L inner thigh: vessels calcified (von Kossa +) and thrombosed =
calciphylaxis, confirmed.
Thighs: L 4.5 cm eschar, R 3 cm, no infection. CS wound healed.
STS 25 g after HD since 4/4. Pain 4/10 on regular paracetamol, oxycodone prn
before dressings.
PO4 2.1, Ca 2.42, PTH 71. Hb 96. Pre-HD BP 138/84, IDWG 1.9 kg.
Wt 97 kg, BMI 35.2 (obese). No insulin needed since delivery; CBGs fine.
Plan: continue STS, change binder, wound care via district nurses; enoxaparin
course finished 14/4. Contraception discussed - POP. Review in clinic 2 weeks.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
