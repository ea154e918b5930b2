"""probe163 corpus notes, D08-D14 (clinical-trial research visits, SAE narratives and the clinics
around them; every person, place, study and drug name is invented)."""

D08 = {"patient_id": "D08", "age": 68, "sex": "F", "notes": [
("2026-01-01", "Emergency Department Provider Note", """
ED PROVIDER NOTE    Harlow County ED    01/01/2026 10:52

CC: fell, scraped L leg
HPI: 68 yo F, ESRD on home hemodialysis (5 sessions/wk via buttonhole L arm AVF). Went out
for the newspaper this morning, about 2 h before arrival, lost her footing on icy front
steps and raked her left shin along the concrete step edge. Head not struck, no syncope,
has walked on it since. No anticoagulants.
PMH: ESRD (lupus nephritis), HTN, hypothyroid. No diabetes.

Exam: BP 150/84, pulse 90, temp 36.5. Front of the L shin, mid third: partial-thickness
abrasion 5x3cm with a small skin flap, oozing slightly. Tibia nontender; ankle and knee
move fully.
XR left tibia/fibula: intact, no fx.

Tx: irrigated, flap approximated with adhesive strips, nonadherent dressing.
Tdap 0.5 mL IM, right deltoid (last booster more than 10 y ago).
Dx: mechanical fall on ice, abrasion L shin.
Dispo: home; PCP wound check in a week; come back for spreading redness or fever.
"""),
("2026-01-27", "Research Visit - Unscheduled (AE)", """
HOME HD TRIAL (NOCTURNE-H) -- UNSCHEDULED CONTACT / AE
Subject NH-0315, 68 F    Site: Harlow Renal Research    CRC: P. Ngata

Subject reported through the home-training RN that the shin scrape from her New Year's Day
fall had been closing, but since mid-January a purple, very painful area has spread around
it. Seen at the site today.

Exam (sub-I Dr. Okafor): L anterior shin: violaceous, indurated plaque 7x5cm with a
stellate border, central 2 cm black eschar where the abrasion was; livedo extending toward
the ankle. Pedal pulses palpable. No cellulitic streaking. T 36.9.
BMI 26.0 (Wt 66.5 kg, Ht 160 cm).
Labs (01/22 monthly): iPTH 980 pg/mL; phosphorus 6.6; calcium 9.9; albumin 3.4 g/dL.

AE: "necrotic skin lesion L shin", grade 3 -- query calciphylaxis vs infected traumatic
wound.
Action: dermatology referral this week; treatment arm unchanged.
"""),
("2026-02-10", "Dermatology Clinic Note", """
DERMATOLOGY     Harlow Medical Group

68F, ESRD on home HD, referred for a L shin ulcer.
Punch bx 1/30/26 (lesion edge): calcific deposits in subcutaneous arteriolar walls,
thrombi, septal calcification -- calciphylaxis. Tissue culture: no growth.

Timeline: abrasion from a fall on ice on New Year's Day 2026; painful necrosis began around
it in mid-January. This is calciphylaxis that has developed within the traumatized skin of
the L anterior shin (trauma-induced, Koebner-like).

Exam: L anterior shin ulcer 7.5x5cm, eschar, livedo margin. R leg clear.
Meds: levothyroxine, sevelamer, calcitriol 0.5 mcg (stop), cinacalcet (start), home HD per
the trial prescription.

Plan: STS with home HD (nephrology arranging), stop calcitriol, protect the legs from
further knocks, wound clinic referral, consider vitamin K.
"""),
]}

D09 = {"patient_id": "D09", "age": 52, "sex": "F", "notes": [
("2018-02-20", "Research Visit - Week 8 (Weight-Management Trial)", """
SLIMPATH-2  Week 8 visit   Site 5 Orchard Metabolic Research   Subj 05-433
CRC: A. Fairweather

52 y F, T2DM on insulin (glargine 56 u), HTN, obesity. Kidney function normal (eGFR 88).
Study drug: weekly SC pen (vexoglutide vs placebo), self-injected since 12/26/2017.
Dosing diary reviewed: all 8 doses went into the RIGHT anterior thigh, spots rotated within
it -- she dislikes injecting her belly and prefers her right leg.
Injection-site check: R thigh, no nodules, no bruising.

Weight 109.8 kg (baseline 113.6), Ht 165 cm, BMI 40.3
BP 136/82, HR 84.
Nausea grade 1 weeks 5-6, resolved.
Warfarin: none. Other meds: glargine, metformin 1 g BID, lisinopril, atorvastatin,
OTC calcium + vitamin D.
AEs: nausea (resolved). Next visit Week 12.
"""),
("2018-04-03", "Unscheduled Research Visit - AE", """
UNSCHEDULED VISIT    SLIMPATH-2    Subj 05-433
Reason: painful area, left inner thigh x 10 days.

Subject noticed a tender lump on her left inner thigh ~10 days ago that turned purple and
hard; pain 8/10, worse walking. No injury to that leg, no injections there (diary confirms
every dose in the R thigh), no thermal exposure (no heat, no cold) per her diary.

Exam: L medial thigh: 6x5cm indurated plaque, reticulated violaceous edge, small ulcer
centrally. R thigh injection area normal, no induration.
Weight 106.0 kg, BMI 38.9.
Labs: Cr 0.8, eGFR 86, Ca 10.2, PO4 3.9, PTH 58, Alb 3.5.

Ddx: panniculitis, abscess, necrotizing infection, non-uremic calciphylaxis.
Study drug held. Urgent dermatology referral. AE entered, grade 3.
"""),
("2018-04-17", "Dermatology Clinic Note", """
Derm clinic -- Orchard University Dermatology

52F with obesity, insulin-treated T2DM, normal kidney function, rapid weight loss on a
GLP-1-type trial drug (~8 kg).
Bx 4/5/18, L medial thigh (deep incisional): calcific deposits within subcutaneous small
vessels, occlusive thrombi, necrotic fat. Diagnosis: non-uremic calciphylaxis.

Exam: single lesion on the L medial thigh, 7x5cm, eschar forming. R thigh (her study
injection site) entirely normal; no lesions elsewhere.

Her lesion is left-sided and every injection went into the right thigh, so the injections
are not the trigger here. No other skin trauma reported.

Plan: sodium thiosulfate IV three days a week (outpatient infusion),
stop OTC calcium/vit D, wound care, study drug stays on hold (research team deciding
about withdrawal). No warfarin, now or in the past.
BMI 38.7
"""),
]}

D10 = {"patient_id": "D10", "age": 77, "sex": "M", "notes": [
("2020-09-15", "PD Clinic Note", """
PD CLINIC -- Redfern Kidney Center     Dr. Castellanos

77M, ESRD (hypertensive nephrosclerosis), APD for 3 yr, enrolled in the FERROLAN-PD binder
study. Mechanical AVR (2009) -- Coumadin; cardiology wants his INR kept 2.5 through 3.5.
Not diabetic.

New: a painful "sore" on the right calf, there since Labor Day weekend. Denies any injury,
new footwear, heat or ice. Pain 7/10, it wakes him at night.
Exam: R posterior calf -- violaceous retiform plaque 4x4cm, dusky necrotic centre, livedo
surrounding. Left leg clear. DP pulses 1+ both sides.
Wt 84.5 kg, BMI 28.6
Labs: PTH 610, phos 6.9, Ca 9.9, INR 3.0.

A/P: suspected calciphylaxis R calf -- derm for punch bx; research coordinator notified
(AE). Stop calcium carbonate. Coumadin continued for now (mechanical valve), cardiology to
weigh in.
"""),
("2020-10-05", "SAE Report - Fall", """
SAE REPORT    FERROLAN-PD    Subject 12-088
Event: fall with right calf haematoma.   Serious: hospitalised 10/02/2020 - 10/04/2020.

77-year-old man on APD; R posterior-calf calciphylaxis proven on punch biopsy 09/18/2020;
mechanical aortic valve, anticoagulated with warfarin. On 10/02/2020 he got up in the
night, tripped on the cycler tubing and struck his right calf on the bed frame.
A 6 cm haematoma formed around and beneath the existing calciphylaxis ulcer; INR 3.8.
Admitted for observation, warfarin held for 2 doses, Hgb stable 9.9 -> 9.6. No fracture.
Discharged 10/04 on warfarin.
Causality to study binder: not related; related to concomitant factors (night-time APD
tubing, anticoagulation).
Outcome: recovering.
"""),
("2020-10-20", "Wound Clinic Follow-up", """
Wound clinic f/u     Redfern

77M, APD, calciphylaxis of the R posterior calf since early Sept (dx 9/18 by bx). Fell on
10/2 and bruised the same calf, well after the ulcer had started -- the fall did not cause
it, but the haematoma has made the wound larger.

Wound: R posterior calf, 6.5x5cm, 50% eschar, 30% slough, resolving ecchymosis at the
edges. Moderate serosanguineous drainage. No cellulitis.
Pain 6/10.

Plan: gentle autolytic debridement (hydrogel), NO compression, elevate, STS 3x/wk via home
infusion, fall precautions, tubing organizer for the cycler. Warfarin per cardiology
(valve). BMI 28.1.
RTC 2 wk.
"""),
]}

D11 = {"patient_id": "D11", "age": 60, "sex": "F", "notes": [
("2023-04-11", "Screening Visit - Calciphylaxis Treatment Trial", """
CALCIFY-RESOLVE (Protocol HRT-330-02)   SCREENING VISIT (V1)
Site 09 -- Grantham Renal Trials Unit    Subj 09-S-0147    CRC: E. Ionescu

60 y F, ESRD, in-centre HD since 2015 (TTS, R arm AVF). T2DM, insulin-requiring: NPH 30 u
BID, she injects it only into the posterolateral upper arms, L one day, R the next,
never the abdomen. Obesity.
Calciphylaxis of the lower pannus, onset Feb 2023 (per derm note), biopsy-proven:
incisional bx 03/02/2023 of the pannus lesion.

Inclusion: #1 HD >= 3 mo [x]   #2 biopsy-proven calciphylaxis [x]   #3 reference lesion
>= 2 cm [x]
Exclusion: none met. Warfarin: never.

Reference lesion (RL1): lower pannus, midline, 9x4cm, 80% eschar, BWAT 38, photographed
with scale. Pain VAS 78/100.
VS: 152/81, HR 86, Wt 121.0 kg, BMI 44
ICF v1.3 signed 13:20 before any study procedure. Randomisation at V2 after labs.
"""),
("2023-05-09", "Study Wound Assessment - Week 4", """
CALCIFY-RESOLVE   Week 4 wound assessment    Subj 09-0147 (randomised 04/18/2023)
Assessor: blinded wound nurse C. Mbeki

IP (blinded, IV) given with each HD through the dialysis circuit -- 12 of 12 doses.

RL1 lower pannus: 8.5x4cm, eschar 60%, slough 30%, granulation 10%. Moderate serous
drainage. Periwound: livedo, maceration in the skin fold.
Procedures today: conservative sharp debridement, inferior edge, loose eschar only
(scalpel/forceps), hemostasis with pressure. NPWT started at -125 mmHg, drape on intact
periwound skin. She may use a cool compress over the dressing for pain as needed.
Pain VAS 61.
New-lesion survey (thighs, buttocks, legs, breasts): clear.
Insulin sites on the upper arms: some lipohypertrophy, no lesions.
"""),
("2023-06-06", "Investigator Assessment - Week 8", """
CALCIFY-RESOLVE    PI assessment, Week 8     Dr. H. Sorensen

Subject 09-0147, 60F, ESRD/HD, insulin-treated T2DM, BMI 43.1.
Calciphylaxis, lower pannus (biopsy 3/2/23). Lesion now 7x3.5cm, eschar 20%, granulating;
NPWT continuing, changed 3x/wk at HD. Pain VAS 40.
No trauma to the pannus was ever reported before the lesion appeared; the biopsy,
debridement and NPWT were all done on the established wound.
AEs: nausea during HD (grade 1), one episode of intradialytic hypotension. No SAEs.
Labs: PTH 390 pg/mL, phosphorus 5.6, calcium 9.1.
Plan: continue IP to Week 12; next blinded photograph at W12.
"""),
]}

D12 = {"patient_id": "D12", "age": 45, "sex": "M", "notes": [
("2016-10-11", "Nephrology HD Rounding Note", """
HD rounding    Ashby Dialysis    Dr. Wen

45M ESRD (FSGS), HD since 2012 via L arm AVF, MWF. Not diabetic. Apixaban for an LV
thrombus (warfarin was discussed in August but never started).

New complaint: for ~2 weeks, purple areas on both calves that hurt exquisitely. Denies any
injury, falls, bites, heating pad or ice, tight socks, or injections into the legs.
Exam: bilateral posterior calves, symmetric violaceous retiform patches 3-6 cm, with early
central necrosis on the L. Pulses palpable.
Labs: Ca 10.4, PO4 8.1, PTH 1450 (tertiary HPT), Alb 3.9.
Wt 72 kg; BMI 23.0

A/P: ?calciphylaxis both calves. Derm bx this week. Cinacalcet up, stop calcium binder,
surgical eval for parathyroidectomy. Avoid compression wraps until the dx is clear.
"""),
("2016-10-25", "Dermatology Clinic Note", """
Derm -- Ashby University

Bx (10/14, L calf): calciphylaxis. Medial calcium in the subcutaneous arterioles, lumens
thrombosed, von Kossa positive.
Pt again denies any kind of trauma to his legs. No heat, no cold, no injections there.

Exam: both calves with retiform purpura; L with a 2 cm eschar, R plaques without
ulceration.
Impression: calciphylaxis, bilateral calves.
Recs: STS with HD, local wound care L, parathyroid surgery evaluation.
Counseled: keep heating pads, ice packs and massage off the legs; any future heparin or
other shots should go into the abdomen, never the calves.
He is interested in a research study -- referred to Dr. Wen's trial team.
"""),
("2016-11-08", "Research Screening Visit", """
SCREENING V1    Protocol KAL-CX-101 (SC investigational agent for calciphylaxis)
Site 3, Ashby Renal Research    Subject 03-0024    CRC: V. Kowalczyk

ICF signed 11/08/2016 10:05. 45 y M, ESRD/HD, calciphylaxis of both calves proven by
biopsy (10/14/2016), no diabetes, BMI 23.4, never on warfarin (apixaban).
Eligibility: all inclusion criteria met pending labs; exclusion #7 (PTX within 3 mo) --
PTX not yet scheduled, OK.

Plan if eligible: Day 1 on 11/22; study drug will be given SC into the abdomen (never near
the leg lesions) weekly x 12. Compression therapy is planned by the wound clinic after
Day 1 if pain allows.

Wound photos taken (both calves); reference lesion L calf 4x3cm.
Vitals: 128/70, HR 76. AEs: n/a (pre-randomisation).
"""),
]}

D13 = {"patient_id": "D13", "age": 57, "sex": "F", "notes": [
("2021-03-02", "Research Visit - Baseline (CGM in Dialysis Study)", """
GLUCO-HD  Baseline visit (V2)    Site 2 Tamsin Kidney Research    Subj 2-077
CRC: R. Delacroix

57 y F, ESRD, HD on TTS by R IJ permcath until her L forearm AVF
matures. T2DM since 2004, insulin: glargine 18 u each morning + lispro 4-6 u with meals;
for over 10 years she has injected to the left and right of her navel, lower abdomen.
Blinded CGM sensor placed today, posterior R upper arm, 14-day wear.
HbA1c 7.9, glycated albumin 23%. Hypoglycaemia questionnaire completed.
Warfarin: no. Other anticoagulant: no.
VS: 146/78, HR 82, Wt 101.4 kg, Ht 1.60 m, BMI 39.6
Skin: lipohypertrophy of the lower abdominal injection zones (L and R), no lesions.
Next: sensor removal and swap on Day 14.
"""),
("2021-05-18", "Hospital Medicine Admission H&P", """
ADMISSION H&P    Tamsin General    Hospitalist service

CC: "my left side is black and it hurts"
HPI: 57F with ESRD (HD), insulin-using T2DM, BMI ~40. Three weeks of a painful firm area
on the left flank, which went black 4 days ago. No fall or bump per pt. No heat or ice.
Exam: L flank on the mid-axillary line, roughly 6 cm below the ribs --
necrotic plaque 8x5cm, stellate eschar, livedo racemosa around it. Lower abdomen (her
insulin sites): lipohypertrophy, no lesions. T 37.2. WBC 9.1.
Labs: PTH 880 pg/mL, phosphorus 7.3, calcium 9.6, albumin 2.9.

A/P:
# Necrotic L flank plaque -- concerning for calciphylaxis; derm consult and bx, pain
  control, no debridement until dx
# ESRD -- HD tomorrow, renal following
# DM2 -- glargine 12 u + SSI
# Research -- enrolled in GLUCO-HD; coordinator paged
"""),
("2021-05-21", "Dermatology Inpatient Consult", """
DERM CONSULT    Tamsin General

Bx L flank 5/19/21: calciphylaxis -- calcified vessel walls within the panniculus,
thrombi, necrosis.

Exam: one plaque only, L lateral flank, 8x5.5cm with a 3-cm eschar. Abdomen, thighs and
breasts free of lesions.
Comment: her insulin goes into the lower abdomen, either side of the umbilicus; this
flank plaque lies well lateral to and above that zone, at the mid-axillary line, and is
not where she injects. No other local trauma.
BMI 40.2 (Wt 102.9 kg).

Dx: calciphylaxis, L flank (biopsy-proven).
Recs: STS 25 g IV each dialysis; stop calcitriol; alginate dressing with a foam cover;
palliative care for pain; avoid injecting near the flank.
"""),
]}

D14 = {"patient_id": "D14", "age": 69, "sex": "M", "notes": [
("2025-02-11", "Research Visit - Week 16 (SC Anti-inflammatory Trial)", """
EMBER-HD  Week 16    Site 11, Lowther Clinical Trials    Subj 11-302    CRC: F. Ahmadi

69 y M, ESRD; in-centre HD three times weekly, right radiocephalic fistula. T2DM on oral
therapy only (linagliptin).
Warfarin stopped in 2023 after a GI bleed; currently no anticoagulation.
Study drug SC q2wk by the site RN into the abdomen, rotating quadrants.

Injection-site check today: 3 firm pink nodules ~1.5 cm at recent injection sites, lower
abdomen L and R, mildly itchy, no ulceration, no necrosis. Investigator: injection-site
reactions, grade 1, expected per IB; they do not look like calciphylaxis (no purpura,
not painful).
Also: skin tear of the R forearm from a fall against a door frame 02/03/2025, 3 cm,
steri-stripped at urgent care, healing.

VS: 134/76, HR 70, Wt 99.0 kg, BMI 32.0
Dose 8 administered into the L upper quadrant. Next visit W18.
"""),
("2025-03-25", "Urology Consult (Inpatient)", """
UROLOGY CONSULT    Lowther General

Asked to see a 69M (ESRD on HD, DM2) for penile pain with the glans turning black over
10 days.
No Foley or urethral instrumentation ever; no trauma.
Exam: distal glans and adjacent shaft with dry black eschar, 2.5 cm, surrounding
violaceous mottling, exquisitely tender. Scrotum normal. Voiding spontaneously.
CT abdomen/pelvis without contrast: heavy calcification of penile/cavernosal arteries and
both internal pudendals.
Labs: iPTH 1130, phos 7.6, Ca 10.0.

Imp: penile calciphylaxis -- clinical diagnosis in an ESRD patient with typical imaging;
biopsy not advised (poor healing).
Plan: STS per nephrology, local care, analgesia, no surgical debridement for now.
The abdominal injection-site nodules were noted -- unrelated.
"""),
("2025-04-08", "SAE Follow-up - Investigator Assessment", """
SAE FOLLOW-UP #1    EMBER-HD    Subj 11-302    PI: Dr. M. Thistlewood

Event: penile calciphylaxis (clinical dx, CT with calcified penile arteries), onset
~03/15/2025, hospitalisation 03/24 - 04/01/2025.
Other skin findings reviewed for the safety database:
 - abdominal injection-site nodules: typical ISR; biopsy of one nodule on 03/27 showed a
   granulomatous reaction around injected material, no vascular calcification -- NOT
   calciphylaxis.
 - skin tear, R forearm (fall 02/03/2025): healed with a linear scar, not calciphylaxis.
None of these trauma sites carries a calciphylaxis lesion.

Causality: unlikely related to IP. IP continued after discussion with the medical monitor.
BMI 31.6. DM2, no insulin. Warfarin history noted (stopped 2023).
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
