"""probe164 corpus notes, E15-E20 (adolescent and young-adult nephrology transition clinic and
the dialysis, dermatology, podiatry and ED notes around it; all invented)."""

E15 = {"patient_id": "E15", "age": 19, "sex": "F", "notes": [
("2017-04-11", "Pediatric PD Clinic Note", """
PEDIATRIC PD CLINIC                                04/11/2017

19F, ESRD from congenital nephrotic syndrome (Finnish type), failed transplant
2012, now CAPD. Darbepoetin 40 mcg SC weekly at home since January 2017; mom
gives it into the posterior L upper arm (pt's choice, "the belly is for the
catheter").
c/o a tender lump on that arm for about a month.

Exam: BP 128/78. Wt 55.0 kg, BMI 21.5. L posterior upper arm: firm nodule about
2.5 cm, sore, subcutaneous, faint violet tinge, no ulcer. R arm normal.
Labs: Hgb 10.9 / Ca 9.6 / P 6.8 / PTH 690.
Warfarin was talked about after the 2016 catheter clot but never started; on
ASA 81.

A/P: nodule at the ESA injection site - injection-site reaction/fat necrosis,
early calciphylaxis not excludable. US soft tissue + derm. Mom to
switch the darbepoetin to the R thigh meanwhile.
"""),
("2017-04-25", "Dermatology Clinic", """
DERMATOLOGY                          4/25/17

19F on CAPD, nodule L posterior upper arm at her darbepoetin site.
US 4/18: 2.8 cm echogenic subcutaneous nodule with a few tiny calcific foci,
no fluid collection.
Exam: 3 cm indurated nodule, dusky livedoid skin over it, no eschar, tender.

Imp: DDx injection-site panniculitis/fat necrosis vs early calciphylaxis.
Recommended a deep wedge biopsy; she is declining for now (needle-phobic,
exams in May). She and mom understand the risk of missing calciphylaxis.
Photos taken.
Plan: that arm is off limits for injections; recheck in six weeks, earlier if
it darkens, breaks down, or new painful spots appear.
"""),
("2017-06-06", "Transition Clinic Transfer Summary", """
TRANSITION CLINIC - TRANSFER SUMMARY                 06/06/2017

19F leaving for university in Ashford in August; care transferred to Ashford
Adult Renal (PD program), records sent, warm hand-off call done 6/5.
She now orders her own PD supplies and knows her exchange regimen.

Skin: L arm nodule smaller and less tender since darbepoetin moved to the R
thigh. Never biopsied.
Problem list: "L posterior arm nodule - ?early calciphylaxis vs ESA
injection-site fat necrosis, unresolved". Recommend the receiving team
biopsy it if it grows or ulcerates.

Last labs: Ca 9.3, phosphorus 6.1, PTH 610. BMI 21.5.
"""),
]}

E16 = {"patient_id": "E16", "age": 23, "sex": "M", "notes": [
("2025-05-19", "Emergency Department Provider Note", """
ED PROVIDER NOTE                           05/19/2025

23M ESRD (obstructive uropathy, multiple childhood surgeries), HD MWF, missed
Wed/Fri. Five days of painful purple skin over both thighs and both ears. Admits
cocaine on weekends (last 5/16). Denies IV drug use, injections, injury.

Exam: T 37.8, BP 168/100, HR 108. Retiform purpura of both anterior thighs,
stellate, with a few small necrotic centers; purpuric ear helices bilaterally.
Labs: K 6.1, WBC 3.1 (ANC 0.9), Ca 9.0, Phos 7.2, PTH 540. UDS + cocaine.
ANCA pending.

Imp: retiform purpura. Leading ddx: vasculopathy from levamisole-cut cocaine;
calciphylaxis; septic emboli.
Plan: blood cx x2, derm consult, HD tonight, admit medicine.
"""),
("2025-05-21", "Dermatology Inpatient Consult", """
DERM CONSULT                                 5/21/2025

Punch bx 5/20 R anterior thigh: thrombosed small dermal vessels, sparse
perivascular neutrophils, focal calcium in one vessel wall. Dermpath:
nondiagnostic, "cannot distinguish early calciphylaxis from levamisole-induced
thrombotic vasculopathy". MPO-ANCA weakly positive. Blood cx NGTD.

Exam: purpura on both thighs unchanged, ears slightly better. No new areas.
Impression: calciphylaxis remains possible; levamisole vasculopathy equally
likely. Can't settle it without more tissue.
Recs: a deeper incisional specimen from the border on the left thigh; repeat
ANCA; empiric STS with HD reasonable meanwhile; cocaine cessation counseling;
petrolatum to the purpuric skin twice daily.
"""),
("2025-05-23", "Discharge Against Medical Advice", """
AMA DISCHARGE NOTE                          05/23/2025

Pt left againt medical advice this morning before the planned incisional
biopsy. Risks explained (including an undiagnosed calciphylaxis getting worse);
he repeated them back; capacity intact. One dose of STS given with HD 5/22.
Outpatient derm follow-up offered - he would not schedule it. HD unit to watch
the skin at each run and encourage him to come back.

Final dx on the chart: "retiform purpura, thighs/ears - ?calciphylaxis vs
levamisole vasculopathy, undetermined".
No diabetes. No anticoagulants. Wt 81 kg, BMI 25.3.
"""),
]}

E17 = {"patient_id": "E17", "age": 20, "sex": "F", "notes": [
("2022-01-25", "PD Clinic Note", """
PD CLINIC                                  01/25/2022

20F, type 1 DM since age 3 (insulin pump, pods on the abdomen), diabetic
kidney disease -> ESRD, APD since 2021. Peripheral neuropathy both feet.
Uses a hot-water bottle at her feet in bed every night since Christmas
("feet always freezing").

R heel: 2x2 cm black eschar, violaceous rim; she felt it only when
her sock stuck to it. No drainage, no odor.
Vitals: BP 132/80, HR 90, Wt 72.5 kg, BMI 27.0. A1c 8.1.
Foot exam: monofilament absent bilat; DP faint, PT not felt. ABI noncompressible,
TBI 0.42 R.
Labs: Ca 9.7 (alb 3.6), PTH 860, phos 6.9.

A/P: R heel eschar - thermal burn in a neuropathic foot vs ischemic ulcer
(calcified vessels) vs calciphylaxis. No more hot-water bottle. Podiatry +
vascular; derm opinion.
"""),
("2022-02-08", "Podiatry and Wound Clinic", """
PODIATRY / WOUND                            2/8/2022

20F on APD, T1DM. R heel eschar 2.2x2.0 cm, dry, stable, violaceous halo,
no fluctuance, no probe to bone. XR: no osteomyelitis. Arterial duplex:
heavily calcified tibials, monophasic flow.
Derm (curbside, photos): "possible distal calciphylaxis vs burn/ischemia;
a heel biopsy may not heal".
Decision with pt and mom: no biopsy for now. Working dx: possible
calciphylaxis vs thermal/ischemic ulcer.
Empiric intraperitoneal STS started for possible calciphylaxis (renal).
Offloading boot at all times when up; betadine paint to the eschar daily.
RTC 2 wk.
"""),
("2022-03-22", "Transition Clinic Transfer Note", """
TRANSITION CLINIC - transfer note                  03/22/2022

20F moving to her college town (Marlow) in the last week of March; PD care
transferring to Marlow Home Dialysis, records sent. Pt runs her own cycler and
pump and orders supplies herself - ready for adult care.

R heel eschar unchanged in size, less painful; still on IP STS, still in the
offloading boot.
Problem list: "R heel eschar - ?calciphylaxis vs neuropathic burn/ischemia,
never biopsied, not confirmed".
Insulin pump settings unchanged. BMI 27.0.
"""),
]}

E18 = {"patient_id": "E18", "age": 18, "sex": "F", "notes": [
("2016-11-22", "Hemodialysis Rounding Note", """
HD ROUNDS                                  11/22/2016

18F, ESRD after STEC-HUS at age 2, HD MWF. Heterozygous protein C deficiency
(mom also). R IJ catheter thrombosed 11/10 -> replaced; heme started warfarin
11/15 (5 mg daily) - no heparin overlap because of a HIT question last year.
INR today 2.6.

Vitals: 118/70, 84, 36.8. Wt 49.8 kg, BMI 19.8.
Labs: PTH 380, Hgb 9.9, calcium 9.1 mg/dL, phosphate 5.2
Skin: intact.
Plan: INR at each run; AVF planning (vein mapping 12/1). Pt working on her
GED, wants evening shift in spring.
"""),
("2016-11-23", "Emergency Department Note", """
ED NOTE                                  11/23/2016 19:05

18F on HD and warfarin (started 11/15). This morning sudden, very painful
purple areas came up on both thighs; now blistering. INR 3.4.

Exam: both anterior thighs with large irregular purple-black plaques with
sharp borders and hemorrhagic bullae, very tender. No fever.
Labs: protein C activity 31% (low); Ca 9.2; phosphorus 5.0.

Imp: warfarin necrosis of skin (protein C def., day 8, no heparin
cover) vs calciphylaxis - r/o calciphylaxis.
Plan: warfarin off, IV vitamin K 5 mg, FFP, argatroban per heme, derm consult,
admit.
"""),
("2016-12-01", "Dermatology Consult Follow-up", """
DERMATOLOGY CONSULT - FOLLOW UP                   12/01/2016

Bx 11/24 L thigh: occlusive fibrin microthrombi in dermal and subcutaneous
vessels, hemorrhagic infarction of skin and fat. Calcium stains (H&E, von
Kossa) negative - none in vessel walls, none outside them.

Dx: warfarin-induced skin necrosis (heterozygous protein C deficiency).
Calciphylaxis is ruled out (no calcification, only modest phos/PTH, timing).
Thigh wounds demarcating; plastics following for possible grafting.
Warfarin permanently stopped; heme to use argatroban then apixaban; "allergy"
entry for warfarin added to chart. Pt tearful but relieved it has a name; mom
at bedside.
BMI 19.8.
"""),
]}

E19 = {"patient_id": "E19", "age": 14, "sex": "F", "notes": [
("2026-06-09", "Transition Clinic Intake", """
ADOLESCENT KIDNEY / TRANSITION CLINIC - new intake           06/09/2026

14F with nephronophthisis (NPHP1), CKD stage 4, eGFR 22 (CKiD U25). Not on
dialysis. Seen with mom; part of visit alone (HEADSS unremarkable, 8th grade,
504 plan for bathroom access).

Family hx: maternal aunt also had nephronophthisis; she needed hemodialysis
and calciphylaxis killed her at 31. Mom very anxious that "the same skin
thing" will happen.
Explained that calciphylaxis is rare, mostly on dialysis, and linked to
calcium/phos/PTH control.

Vitals: BP 116/72. Ht 161.5 cm; 75.8 kg; BMI 29.1 (>95th percentile for
age - obesity).
Skin: normal, no lesions.
Labs: calcium 9.4; phos 5.1; PTH 198; bicarb 20.

Plan: sodium bicarbonate 650 mg bid; diet for phos; preemptive transplant
evaluation (mom interested in donating); healthy-weight clinic.
"""),
("2026-09-15", "Transition Clinic Follow-up", """
TRANSITION CLINIC - follow up                       09/15/2026

14F NPHP1, CKD 4 (eGFR 19). Started 9th grade; school nurse has her med plan
and a water bottle pass. No skin problems; mom checks her legs weekly "because
of my sister".
Exam: skin intact, no plaques or ulcers. BMI 29.1.
Labs: K 4.8, PTH 240, phos 5.4 mg/dL, Ca 9.5 mg/dL.

Plan: transplant work-up continuing (living donor evaluation for mom); no
dialysis yet; TRAQ 2.1 - goal: pt to name her 3 meds by next visit.
Reassured mom again: the aunt's calciphylaxis does not make it likely for her.
"""),
]}

E20 = {"patient_id": "E20", "age": 20, "sex": "M", "notes": [
("2024-02-13", "Dialysis Unit Education Note", """
HD UNIT - RN/MD EDUCATION NOTE                    02/13/2024

20M, ESRD from ANCA vasculitis (age 17), HD TTS via L AVF, moved from peds
unit to adult unit last month. PTH 1100 / phosphorus 7.9 / calcium 9.6 - poorly
controlled. A1c 6.0 (prediabetic range), no treatment.

Education today (pt + dad): with phos/PTH this high a dialysis patient can
develop calciphylaxis, so - no heating pads, hot tubs or ice packs against
the skin, and tell us right away about any very painful dark skin spots.
Binders with evry meal, not just dinner.
Skin check: intact, no lesions.
BMI 28 kg/m2.
Plan: cinacalcet 30 -> 60, parathyroid surgery referral if no response.
"""),
("2024-08-20", "Young Adult Nephrology Clinic", """
YOUNG ADULT NEPHROLOGY                           08/20/2024

20M on HD TTS. PTH down to 540 after cinacalcet 90. Phos 6.1.
No skin complaints. Exam: trunk and legs intact; no livedo or ulcers, and so no
sign of calciphylaxis.
Working at a phone-repair shop, starting community college classes in the
fall; asked for a later chair time on Saturdays - unit SW looking into it.
No anticoagulants. A1c 5.9, not diabetic.
BMI 28.

Plan: continue cinacalcet; re-discuss transplant listing (vasculitis in
remission > 2 yr); RTC 3 mo.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
