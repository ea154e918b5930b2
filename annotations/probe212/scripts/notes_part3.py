"""probe212 corpus notes, B15-B20 (obstetric medicine, postpartum care and the clinics around them; all invented)."""

B15 = {"patient_id": "B15", "age": 27, "sex": "F", "notes": [
("2022-01-05", "Obstetric Medicine Antenatal Clinic", """
OBSTETRIC MEDICINE CLINIC  05/01/2022

27F G1 at 8+4. CKD 4 (IgA nephropathy, eGFR 21, Cr 265), not on dialysis.
PE in 2020 while on the combined pill, treated with apixaban for 6 months
(warfarin never used).
No diabetes; HbA1c 34.
Plan: enoxaparin 40 mg SC once daily from today for the whole pregnancy and 6
weeks postnatal (renal dosing; anti-Xa level at 2 weeks). First dose given in
clinic into the lower abdomen; she will rotate across both sides below the navel.
Aspirin 150 mg nocte from 12/40.
BP 134/86, Wt 60.5 kg, BMI 23.0.
Booking bloods sent. Renal review 4 weeks.
"""),
("2022-04-20", "Obstetric Medicine Antenatal Clinic", """
Obs med ANC 20/4/22 - 23+4/40

Since Easter Sunday, painful lumps at her injection sites across the lower
abdomen (both R and L), a few with purple mottling. Still injecting daily, but into the
upper outer thighs since Monday.
O/E: 4 tender firm nodules 1-2 cm below the umbilicus, R and L, two with a dusky
violaceous centre and livedoid border. No ulceration.
Bloods: Cr 281, Ca 2.48, PO4 1.79, PTH 22 pmol/L, plt 231, anti-Xa 0.31.
A: worried this is early calciphylaxis (CKD 4, phosphate up); DDx LMWH
injection site reaction / panniculitis.
P: derm referral; ?biopsy.
"""),
("2022-05-04", "Dermatology Clinic", """
Dermatology clinic - 04/05/2022

Referred: tender abdominal nodules at LMWH sites, 25+4/40, CKD 4.
Exam: 5 indurated nodules spread over the lower abdomen bilaterally, 1-2.5
cm; two with a violaceous livedoid halo; no eschar.
My view: this may be early calciphylaxis, but an injection-site panniculitis or
a type IV reaction to enoxaparin is at least as likely, and I cannot tell them
apart clinically.
Biopsy offered; declined for now (needle fear, pregnancy). Would reassess in 2
weeks and biopsy if any eschar forms - however the family moves to Scotland next
week, so care is transferred to the renal-obstetric service there (letter sent).
"""),
]}

B16 = {"patient_id": "B16", "age": 35, "sex": "F", "notes": [
("2023-04-25", "Postnatal Check - Obstetric Medicine", """
Postnatal check (6/52) - obs med clinic   25/04/2023

35F P3, SVD 14/03/23 at 38+1, EBL 400. ESRD (diabetic nephropathy) on PD - APD
nightly, no peritonitis this year. T2DM on insulin detemir + aspart.
Low back ache since the birth; puts a hot water bottle across the lower back
every night in bed, and in the daytime on the sofa, since mid-March.
Perineum healed. Bottle feeding. Mood ok (EPDS 6).
BP 132/84. Wt 94 kg, BMI 34.9.
Plan: physio referral for the back; contraception - implant booked.
"""),
("2023-06-07", "PD Clinic", """
PD CLINIC   07/06/23

APD: 4 cycles/9h with a last fill; Kt/V (weekly) 1.8; exit site healthy.
3-4 weeks of a sore mottled patch, L lower back; still puts the hot water bottle
there most nights.
Exam: L lumbar area: reticulate brownish-red mottling (~12 x 8 cm) enclosing a
tender, firm, violaceous 2.5cm plaque, not ulcerated yet.
corr Ca 2.49 / phos 2.05 / PTH 78. HbA1c 61.
Imp: erythema ab igne ?early calciphylaxis in the plaque - urgent derm.
Hot water bottle: advised to give it up.
"""),
("2023-06-21", "Dermatology Clinic", """
DERMATOLOGY - 21 June 2023

Referred ?calciphylaxis L lower back, PD patient, 3 months postpartum.
Findings: erythema ab igne over the L lower back from chronic heat; inside it a
dusky indurated plaque (3cm), faint net-like purpuric edge, no eschar.
Assessment: the reticulate pigmentation is classic erythema ab igne; the plaque
is the worry - calciphylaxis cannot be excluded, and a heat-related panniculitis
is the alternative.
Incisional biopsy recommended; she declined today (childcare) and will ring to
book it.
All heat sources off the back. Renal aware. Review 4 weeks.
"""),
]}

B17 = {"patient_id": "B17", "age": 42, "sex": "F", "notes": [
("2024-09-10", "Obstetric HDU Admission Note", """
OBSTETRIC HDU ADMISSION NOTE  10/09/2024 16:05

42 yo G1P0 (IVF), 31+0/40, ESRD (hypertensive nephrosclerosis); dialyses through
a R forearm fistula, so the R arm is off limits for cuffs and cannulae.
PC: BP 172/110, headache, RUQ pain. plt 88, ALT 140, LDH 690 -> severe PET /
evolving HELLP.
Started: MgSO4 loading + maintenance via a L hand cannula; IV labetalol;
steroids dose 1.
Monitoring: automated BP cuff, L upper arm, inflating q15min; CTG continuous.
No DM. Never anticoagulated.
Wt 78 kg, BMI 26.8.
Plan: deliver within 24-48 h after steroids, HD tomorrow morning, MDT with renal
and anaesthetics.
"""),
("2024-09-14", "Obstetric Medicine Review", """
Obs med review - HDU bed 3 - 14.9.24

Day 3 after EMCS (11/9) under GA for HELLP. BP 140s/90s on nifedipine. plt 64 ->
92.
Cuff left on the L upper arm for 72 h, inflating q15-30min (the only arm
available with the fistula).
New since yesterday: L upper arm, band-shaped area where the cuff sat - tender,
indurated violaceous patches, edges netted with livedo, one 1.5 cm dusky
centre. No blisters.
PO4 2.6, Ca 2.22, PTH 92.
Imp: ?early calciphylaxis (ESRD, high phosphate, pressure site) vs purpura from
the cuff in a thrombocytopenic woman.
Plan: cuff moved to L thigh; derm review; photo in notes.
"""),
("2024-09-18", "Dermatology Inpatient Review", """
Dermatology inpatient review 18/09/2024

L upper arm: band of livedoid violaceous induration 10x5cm with two small dusky
areas, very tender. No eschar, no ulcer.
Possible early calciphylaxis; purpura from repeated cuff inflation with low
platelets is the main alternative. Skin biopsy not done - platelets 61 this
morning and still oozing from the wound drain site.
She transfers tomorrow to the renal-obstetric unit at St Columba's, nearer home;
I have written to their dermatologists asking them to biopsy if it does not
settle.
"""),
]}

B18 = {"patient_id": "B18", "age": 31, "sex": "F", "notes": [
("2019-10-08", "Obstetric Medicine Antenatal Clinic", """
OBS MED ANTENATAL - 08 Oct 2019

31F G2P1 at 20+1. ESRD (lupus nephritis, quiescent), HD 6x/wk in pregnancy. APS
-> enoxaparin 40 mg bd, injected into the abdomen since 6/40.
New: itchy, then tender red-purple lumps at the injection sites over the last 2
weeks.
O/E: 6-8 firm red-violet nodules and plaques, 1-3cm, periumbilical and lower
abdomen, no necrosis.
Ca 2.40, PO4 1.70, PTH 40, plt 240.
A: probably an LMWH injection-site reaction; need to r/o calciphylaxis in view
of ESRD.
P: derm + biopsy; consider changing to fondaparinux.
BMI 32.0 - obesity. No DM.
"""),
("2019-10-22", "Dermatology Clinic", """
Dermatology - 22/10/19

Seen with her husband; 22/40, ESRD on HD, APS on enoxaparin.
Biopsy (10/10, abdominal nodule): superficial and deep perivascular lymphocytic
infiltrate with eosinophils and a septal panniculitis; no calcium seen in any
vessel (H&E, von Kossa stain) and no thrombi.
Diagnosis: delayed-type hypersensitivity to enoxaparin at the injection sites.
Calciphylaxis ruled out.
Anticoagulant to be changed (haematology agree: fondaparinux 2.5 mg). Topical
steroid to the nodules. Explained that the lumps should fade over some weeks
once the enoxaparin stops. Discharged from derm follow-up; happy to see again.
"""),
("2019-11-19", "Renal Antenatal Clinic", """
Renal antenatal - 19/11/2019 - 26+1/40

On fondaparinux 3 weeks, injected into the thighs, no reaction. Abdominal
nodules fading, leaving brown marks only.
No calciphylaxis (excluded on biopsy).
HD 6x/wk, pre-HD urea 11. BP 130/82. Hb 104. Phosphate and calcium within
target on sevelamer.
Weight 86.5kg (BMI 32.0). Fondaparinux to continue to 6 weeks postnatal.
Baby: anomaly scan normal, movements felt daily.
Plan: carry on; growth scan at 28/40; iron and ESA per renal anaemia protocol;
see again in 4 weeks.
"""),
]}

B19 = {"patient_id": "B19", "age": 26, "sex": "F", "notes": [
("2020-06-03", "Renal Pre-pregnancy Clinic", """
RENAL PRE-PREGNANCY CLINIC   03/06/2020

26F, CKD 3a (reflux nephropathy), Cr 118, eGFR 52, uPCR 45. BP 124/78 on no
treatment.
Planning a first pregnancy.
Family: older sister, a haemodialysis patient, developed calciphylaxis on both
thighs in 2018, which frightened her badly. Mother HTN.
Skin: normal, no lesions.
Not diabetic. Never on anticoagulants. BMI 22.4.
Counselled: risk of CKD progression (~20%), PET, preterm birth; calciphylaxis
is very unlikely at her level of kidney function.
Plan: folic acid 400 mcg; stop ramipril once pregnant; aspirin from 12/40.
"""),
("2020-11-11", "Obstetric Medicine Antenatal Clinic", """
Obs med ANC 11.11.2020 - 16+2/40

Pregnancy going well, CKD 3a stable, Cr 104 (the expected fall). BP 118/74.
uPCR 52, urine culture negative.
On aspirin 150, folic acid. No LMWH (low VTE score).
Anxious again about what happened to her sister (calciphylaxis); reassurance
given, and told whom to call if she ever notices a painful skin patch. Skin examined
at her request: no lesions.
Wt 61 kg, BMI 22.6.
Next: anomaly scan 20/40, renal bloods monthly, BP and urine dip at each visit,
sFlt:PlGF if BP rises.
"""),
]}

B20 = {"patient_id": "B20", "age": 33, "sex": "F", "notes": [
("2021-03-09", "Preconception Clinic - Obstetric Medicine", """
PRECONCEPTION CLINIC (obs med + cardiology + renal)  09/03/2021

33F, nulliparous. ESRD due to T1DM nephropathy; haemodialysis Mon, Wed and Fri;
on the transplant list. Insulin pump. Mechanical aortic valve 2015 - warfarin 6
mg, INR 2.5-3.0.
Counselling done:
- warfarin embryopathy -> change to LMWH before conceiving
- pregnancy on HD: more dialysis, PET, preterm birth, FGR
- calciphylaxis: risk higher with both dialysis and warfarin; told what to look
  for (painful purple patches, black scabs) and to report it early
Skin: intact, no lesions.
BMI 27.5.
"""),
("2021-05-18", "Obstetric Medicine Follow-up", """
Obs med follow-up - 18/05/21

Changed from warfarin to treatment-dose enoxaparin 4 weeks ago (anti-Xa
guided), injected into the abdomen, no problems at the sites.
Not pregnant yet; folic acid 5 mg.
Skin check: normal, no features of calciphylaxis.
HbA1c 56 on pump. Pre-HD BP 134/82. BMI 27.5.
Plan: see again at 6 weeks of pregnancy or in 3 months; renal and cardiology
follow-up as planned. Echo last month satisfactory. Pump settings reviewed with
the diabetes team for pregnancy targets.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
