"""probe145 corpus notes, A15-A20 (correctional health services and the clinics around them; all invented)."""

A15 = {"patient_id": "A15", "age": 39, "sex": "M", "notes": [
("2024-02-06", "Jail Intake Health Assessment", """
MARROWFIELD REGIONAL JAIL - MEDICAL INTAKE     02/06/2024
Booked 02/05/24 on a warrant. Seen by intake RN + NP.

PMH: ESRD (Greywater Dialysis, HD thrice weekly, access is a L upper
arm graft); DM2, insulin since 2019; HTN, obesity (per his PCP records), GERD.
Home meds: Lantus 24u HS, NovoLog with meals, sevelamer,
carvedilol, omeprazole. No anticoagulants.
Injections: says at home he always injects in the R thigh, front side;
asks the med cart nurse to keep doing that. Noted on MAR.

VS: BP 146/92  P 84  T 98.1  SpO2 98%. Wt 90.2 kg, Ht 175.5 cm -> BMI 29.3
FSBG 241. Skin: visual check, no wounds; small firm areas front R thigh
(old injection spots).

Plan: insulin at med cart AC and HS, renal/diabetic tray, dialysis
transport, chronic care enrollment (DM, ESRD).
"""),
("2024-03-19", "Provider Sick Call", """
PROVIDER SICK CALL                          03/19/2024
HSR: "my right leg has a hot hard spot where I do my shots, it hurts"

S: 39M, HD pt, insulin given into the R anterior thigh at med cart
2-4 times a day. About 10 days of a painful hard lump there, color
change over the last few days. No fever, no drainage.

O: T 98.9  BP 150/88. BMI 29.2 (wt 89.0 kg).
R anterior thigh, mid: firm tender subcut nodule 4x3cm with a
faint violaceous net pattern around it, 7 cm in all; no fluctuance, no
punctum. Adjacent rubbery lipohypertrophy.
Dialysis labs 3/11: Ca 9.9, PO4 6.6, PTH 720 (high).

A: Tender indurated nodule where insulin is injected. Rule out calciphylaxis
vs lipohypertrophy with panniculitis vs early abscess. Cannot exclude
calciphylaxis without biopsy.

P: Insulin moved to abdomen. Off-site derm referral for biopsy, UM
approved, appointment 4/11. Warm compresses NOT advised.
"""),
("2024-04-09", "Release Summary / Continuity of Care", """
MARROWFIELD REGIONAL JAIL - DISCHARGE / CONTINUITY OF CARE SUMMARY
Release date: 04/05/2024 (posted bond). Summary completed 04/09/2024.

Open problems at release:
1. R anterior thigh painful nodule with livedoid pattern at his insulin
   injection site; possible calciphylaxis, not confirmed. Off-site derm
   appt for biopsy (4/11) was cancelled by the release; biopsy never
   done. Nodule unchanged on 4/3 nursing check, no ulcer.
2. ESRD on HD MWF - Greywater Dialysis notified of release.
3. DM2, basal-bolus insulin, A1c 8.6 (2/7).
4. Obesity (BMI 29.2 on last weight, 3/19).

Records faxed to his community clinic (Eastside Health Partners) with a
request for urgent derm referral. Pt given 30-day supply of meds and
copies of labs at release. Unable to reach pt by phone on 4/9 for
follow-up.
"""),
]}

A16 = {"patient_id": "A16", "age": 70, "sex": "F", "notes": [
("2025-05-12", "Nursing Sick Call - Skin Tear", """
ASHGROVE WOMEN'S CORRECTIONAL FACILITY - NURSING SICK CALL   05/12/25

S: 70F knocked her L shin (anterior) into the steel bunk frame on Saturday
(5/10/25) when getting up at night; it bled a little and she put toilet
paper on it. Came today because it is still oozing.
PMH: ESRD, on-site HD unit MWF; pAF, takes warfarin; HTN;
COPD. No DM.

O: T 97.9  P 76 irreg  BP 128/66.
L anterior shin, mid: 2 cm flap skin tear, flap viable, mild oozing,
surrounding 4 cm bruise. Pedal pulses faint.
INR (5/9) 3.1.

A: Skin tear L shin, category 2.

P: Cleansed; skin flap repositioned, steri-strips x3; nonadherent pad,
rolled gauze over. Night light requested for cell. Recheck in 1 week; sooner if
redness or drainage.
"""),
("2025-06-17", "Provider Clinic Note", """
CLINIC NOTE - ASHGROVE WCF                    06/17/2025

S: L shin wound from the 5/10 bunk bump has not healed; over the last 2
weeks much more painful, now "black and burning". Pain keeps her up.

O: BP 124/70. Wt 79.8 kg, BMI 31.0.
L anterior shin: 3.5x3cm ulcer, necrotic black base, surrounding
retiform purple-red net 10 cm across, very tender. Foot cool, DP not
palpable, PT faint. ABI L 0.68 (on-site Doppler).
Labs: Ca 9.5 / PO4 6.2 / PTH 560 / alb 3.0 / INR 2.9

A: Necrotic L shin ulcer at a recent skin-tear site in an HD patient
who takes warfarin. Concern: calciphylaxis vs traumatic ulcer with arterial
insufficiency vs warfarin necrosis.

P: Off-site derm for biopsy and vascular surgery consult, both
approved. Wound: xeroform + foam daily. Warfarin to be reviewed after
biopsy.
"""),
("2025-07-08", "Provider Note - Refusal and Transfer", """
PROVIDER NOTE - OFF-SITE REFUSALS / TRANSFER          07/08/2025

I/M refused the off-site derm appointment on 6/26 and the vascular
appointment on 7/2 ("I'm not riding in that van in chains for 3 hours").
Refusal of treatment forms signed and witnessed; risks explained,
including that calciphylaxis cannot be ruled in or out without a biopsy.

L shin ulcer today 4 x 3 cm, eschar, livedo unchanged. Pain 7/10.
Still on warfarin; hematology e-consult pending.

Classification: transfer to Northgate Correctional Center (medical
level 3) approved, leaving 7/9/25. Transfer summary lists: L shin
necrotic ulcer (?calciphylaxis vs arterial ulcer), no biopsy ever
done; ESRD, HD; AF, warfarin.
"""),
]}

A17 = {"patient_id": "A17", "age": 62, "sex": "M", "notes": [
("2026-01-13", "Regional Medical Facility - PD Clinic Note", """
NORTHGATE REGIONAL MEDICAL FACILITY (DOC) - PD CLINIC     01/13/2026

62M on CCPD nightly in the infirmary since 2023 (cycler 4 exchanges of
2L, last fill 1.5L). Exit site without crust or redness; tunnel
nontender. Kt/V 1.8 (Dec).
PMH: ESRD from diabetic nephropathy, DM2 on insulin (sliding scale
lispro + detemir), ischemic cardiomyopathy EF 25% with LV thrombus on
warfarin, metastatic prostate cancer (hormone therapy).
Meds: warfarin 4 mg, detemir 10 u qhs, lispro SS, calcium acetate,
enzalutamide, carvedilol.
VS: BP 104/62  P 70  Wt 78.2 kg, BMI 26.3.
Skin: no wounds. Labs: Ca 10.3, phos 6.9, PTH 410, albumin 2.6.

Plan: change binder from calcium acetate to sevelamer (Ca-phos product
high), keep CCPD prescription, INR goal 2-3, palliative care following.
"""),
("2026-02-03", "Infirmary Provider Note", """
INFIRMARY PROVIDER NOTE                       02/03/2026
S: Burning pain on the outer sides of both thighs since late January,
now purple patterns. Denies injury or heat; legs never used for
injections (insulin in the arms per MAR).

O: Lateral thighs bilaterally: retiform purpura, R 10 x 6 cm, L 8 x 5
cm, L with a 1 cm dusky center, exquisitely tender. No bullae.
INR 3.6.

A: Retiform purpura both lateral thighs. Likely calciphylaxis, though
cholesterol embolization and warfarin-induced skin necrosis are also in the
differential; no diagnosis without biopsy.

P: Punch biopsy offered; I/M declines ("no more procedures, I'm done").
Warfarin stopped. Sevelamer, low-calcium dialysate. Pain: hydromorphone
prn. Palliative team notified.
"""),
("2026-02-24", "Palliative Care / Compassionate Release Note", """
PALLIATIVE CARE NOTE - COMPASSIONATE RELEASE        02/24/2026

Compassionate release granted 2/20; leaving 2/26 to a community hospice
near his daughter.

Skin: thigh lesions larger, R now with small eschar. Diagnosis remains
suspected calciphylaxis, never biopsied (declined); warfarin necrosis
and emboli not excluded. Goals: comfort. PD to continue at hospice as
long as he wants it, then stop.

Summary for hospice: ESRD (CCPD), insulin-treated DM2, LV thrombus (warfarin
stopped 2/3), metastatic prostate cancer, painful retiform purpura both
thighs. Wt 75.1 kg, BMI 25.3.
"""),
]}

A18 = {"patient_id": "A18", "age": 53, "sex": "F", "notes": [
("2019-06-10", "Infirmary Provider Note", """
ASHGROVE WOMEN'S CORRECTIONAL FACILITY - INFIRMARY        06/10/2019

S: 53F, back from St. Anselm 6/4 after a PE, started on warfarin 6/4
(no heparin overlap per hospital d/c orders). Since yesterday severe
pain over the L anterior thigh, now a dark blotch.
PMH: ESRD on HD (off-site MWF), HTN, SLE (inactive). No DM.

O: BP 132/80  P 96  T 99.0. Wt 74 kg, BMI=27.4
L anterior thigh: sharply marginated 9x7cm dusky purple plaque with
hemorrhagic bullae forming in the center, exquisitely tender.
INR 4.2.

A: Acute painful necrotic plaque of the L thigh 5 days after starting
warfarin. ?warfarin skin necrosis, ?calciphylaxis.

P: Warfarin held; phytonadione 2.5 mg by mouth; heparin drip not possible here,
so sent to St. Anselm ED now (custody notified).
"""),
("2019-06-14", "Inpatient Dermatology Consult", """
ST. ANSELM REGIONAL MEDICAL CENTER - DERMATOLOGY CONSULT    06/14/2019
Patient in DOC custody, officer at bedside.

Deep wedge bx, L ant thigh, 6/11: venules of dermis and fat plugged by
fibrin thrombi, hemorrhagic necrosis around them; no calcium in any vessel
wall (von Kossa neg). Protein C level low at 31%.

Clinical: plaque 10x8cm now, bullae unroofed, central dusky necrosis.
She is comfortable on IV opioids. Afebrile.

Impression: L thigh warfarin-induced skin necrosis; the low protein C and
no heparin bridge explain it. Histology rules out
calciphylaxis.

Recs: on heparin infusion; when stable, transition to apixaban, no
warfarin ever again (allergy list updated). Wound: hydrogel + foam; may
need surgical debridement later.
"""),
("2019-07-23", "Chronic Care Follow-up", """
CHRONIC CARE - ANTICOAG / RENAL          07/23/2019
Ashgrove WCF

L anterior thigh wound after warfarin skin necrosis: 6 x 4 cm, clean
granulation, edges contracting. Pain 2/10.
Anticoag: apixaban 2.5 mg BID, tolerating, no bleeding. Warfarin listed
as an allergy.
HD MWF off-site, adequacy ok. PTH 310, phos 5.1.
Wt 72.5 kg, BMI 26.9.

Reminder: the June biopsy ruled out calciphylaxis.
Skin elsewhere: no new purpura, no other wounds. Bullae long gone.
Dressing: hydrogel to base, foam on top, changed q48h by
infirmary nurse; she does the home-style dressing in her cell on
weekends with supplies from the clinic.
Plan: continue dressings, RTC 3 months.
"""),
]}

A19 = {"patient_id": "A19", "age": 34, "sex": "M", "notes": [
("2024-08-20", "Reception Intake Health Screening", """
STONECROP STATE PRISON - RECEPTION INTAKE SCREENING      08/20/2024

34 y/o M, new commitment.
PMH: T1DM dx at age 11, on multiple daily injections
(glargine + lispro), diabetic kidney disease stage 2 with
microalbuminuria (eGFR 78), HTN. No dialysis.
Family hx: brother (age 41) on hemodialysis died in 2022 of
calciphylaxis "the skin rotted on his legs"; mother ESRD on HD; father
T2DM.
Meds: Lantus 22u at bedtime; Humalog by carb count + scale;
lisinopril 10.
VS: BP 138/84  P 76. Wt 72 kg, BMI 23.4.
Skin: clean, injection sites rotated, no lipohypertrophy, no wounds.

Plan: insulin line AC/HS, diabetic tray, chronic care DM/CKD.
Very worried about his brother's illness - education given.
"""),
("2024-11-19", "Chronic Care Clinic - Diabetes/CKD", """
CHRONIC CARE CLINIC - DM1 / CKD                   11/19/2024

A1c 7.9 (from 8.8). eGFR 74, UACR 180. K 4.6, Ca 9.3, phos 3.8.
Skin exam: normal, no plaques or ulcers.
He asked again about calciphylaxis: explained it is a rare
complication in people on dialysis or with advanced kidney failure;
his kidneys work well and nothing on his skin suggests it. Family
history noted. Asked to put in a sick call slip for any sore, dark
patch of skin anyway.
Fingersticks reviewed: fasting 110-190, two lows (60s) after yard.
BMI 23.6.

Plan: add empagliflozin 10, lisinopril 20, RTC 90 days.
"""),
]}

A20 = {"patient_id": "A20", "age": 41, "sex": "F", "notes": [
("2025-11-04", "Telehealth Nephrology - PD Clinic", """
TELE-NEPHROLOGY VISIT - Ashgrove WCF PD unit         11/04/2025

41F on CAPD (4 exchanges/day, done by her in the medical unit) since
2023, ESRD due to IgA nephropathy; nondiabetic. HTN. Obese, BMI 30.6.
No blood thinners.
Labs: calcium 9.4, phos 6.1 (H), PTH 520 (H), albumin 3.4, Kt/V 2.0.

Education (long talk): when phosphorus and PTH stay high, PD patients
carry a higher chance of calciphylaxis, in which skin vessels calcify
and the skin dies, very painfully. Advised: binders at each meal, no
heating pad or hot pack on her belly or legs, no calcium supplements,
and tell the nurse the same day if a sore dark or purple spot shows up.
Skin today per unit RN: intact, no lesions.

Plan: sevelamer 1600 TID with meals, cinacalcet 30 mg started, recheck
labs in 1 month.
"""),
("2026-01-06", "PD Unit Nursing Note", """
PD UNIT - NURSING NOTE                         01/06/2026

Monthly PD review. Exit site dry, no crust or erythema. Effluent clear,
no fibrin. Cycler not used; manual CAPD bags, 2.5% at night.
Peritonitis: none since start.
Weight 83.2 kg (BMI 30.4). BP 132/78.
Full skin check done as ordered by nephrology: no plaques, no ulcers,
no tender spots anywhere. She is taking binders at meals per MAR.
Reviewed again: no heating pads, report any new painful skin area.
She repeats the teaching back correctly and keeps a copy of the
handout in her cell.
Phos 5.2, PTH 410.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
