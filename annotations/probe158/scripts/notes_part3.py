"""probe158 corpus notes, B15-B20 (teaching-hospital resident, attending and student notes; all invented)."""

B15 = {"patient_id": "B15", "age": 55, "sex": "F", "notes": [
("2026-01-13", "Dialysis Unit Rounding Note", """
HD ROUNDS - Quarry Hill Dialysis - Nephrology fellow Dr. Ambrose Kettering

55F with diabetic ESRD, dialyzing Mon-Wed-Fri (R AVF), T2DM treated w/ NPH + regular insulin (she injects the L lower
belly "because it hurts less there"), HTN, obesity.
S: ~2 months of tender lumps, L lower abdomen, worse lately.
O: pre 158/86, EDW 90.1, BMI 34.2. L lower quadrant: several 1-3 cm firm rubbery
nodules, one with faint purple mottling over it; no ulceration.
Labs: Ca/PO4 9.3/5.9, PTH 560.

A/P: nodules at insulin sites - lipohypertrophy most likely, but ESRD pt, so ?early
calciphylaxis. Rotate sites. Refer to derm; admit if skin darkens.
"""),
("2026-01-20", "Medicine Admission H&P", """
MEDICINE H&P - PGY-1 Dr. Juniper Oyelowo-Hart, attending Dr. Raimund Castellane

CC: painful L lower belly

HPI: 55F, ESRD/HD, insulin-using T2DM, admitted from HD after the fellow noted new
livedo over the L lower abdominal nodules. Pain 7/10. No fever.

Exam: 37.0  152/84  86  BMI 34.0
L lower abdomen: 8x6cm area of net-like violaceous livedo over firm nodules; one 1.5 cm
dusky patch, no eschar. R abdomen normal.
Labs: WBC 7.4, Ca/PO4 9.4/6.0.

A/P: Painful livedo and nodules where she injects insulin. Could be early calciphylaxis;
alternatively lipohypertrophy w/ fat necrosis or panniculitis. Derm consult for deep bx; move insulin to
the R abdomen/arms; wound RN.
"""),
("2026-02-02", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC - Resident Dr. Wilhelmina Essien / Attending Dr. O. Brantley

Seen after discharge. She declined the inpatient biopsy and declines one again today - she
is relocating to Tennessee next week (son's house) and "won't have my stomach cut."

Exam: L lower abdomen livedo fainter, nodules persist, dusky patch unchanged, no ulcer.

Impression: cannot exclude early calciphylaxis; lipohypertrophy w/ fat necrosis also possible.
Without a biopsy we cannot confirm. Recommend deep incisional bx at her new center, avoid
injecting the L lower abdomen. Records sent.
"""),
]}

B16 = {"patient_id": "B16", "age": 80, "sex": "M", "notes": [
("2019-09-17", "PD Clinic Note", """
HOME DIALYSIS CLINIC - Renal fellow Dr. Esperanza Lindahl

80M, manual CAPD for 3 yrs, AF (warfarin), HFrEF, no diabetes. Over Labor Day weekend he knocked his L shin
against a low table's edge; the scrape has not healed and is getting more painful.

O: BP 118/64, HR 70 irreg, wt 66 kg, BMI 22.3. L anterior mid shin: 3x2cm shallow ulcer
with dry dark base and a purple rim; surrounding skin thin, shiny. Pedal pulses faint.
INR 3.3.

A/P: L shin ulcer not healing since the minor injury; elderly, PD, warfarin. ABI ordered.
Wound clinic referral. Ddx includes slow healing due to PAD; keep an eye out for calciphylaxis.
"""),
("2019-09-30", "Medicine Admission H&P w/ Attending Addendum", """
MEDICINE H&P - PGY-2 Dr. Cornelius Abara-Lund

80M on PD, AF on warfarin, admitted w/ worsening L shin ulcer and pain despite wound care.
ABI 0.9 (likely falsely high), toe pressures low.

Exam: 36.6  112/60  74  BMI 22.1
L anterior shin: ulcer 4x3cm, black eschar, retiform violaceous edge, tender.

A/P: L shin ulcer - differential: poorly healing traumatic ulcer with PAD vs calciphylaxis vs
warfarin necrosis. Asking derm about bx; vascular consult.

ATTENDING ADDENDUM (Dr. Solveig Ndiaye): Agree with a broad differential; I cannot exclude
calciphylaxis. He and his wife want to talk about goals before any biopsy.
"""),
("2019-10-04", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT - Fellow Dr. Bartholomew Iwu

80M on PD w/ HFrEF, AF, and a painful L shin ulcer; possible calciphylaxis per primary
team, never biopsied.
Family meeting held w/ pt, wife, primary team: pt declines biopsy and vascular procedures,
wants to stop PD and go home with hospice. Warfarin stopped.

He is clear that comfort matters more than knowing the exact cause of the ulcer; wife agrees
and is his health care proxy. Now DNR and no intubation.
Plan: hospice referral, hydromorphone PRN, simple dressings to the L shin, no labs.
"""),
]}

B17 = {"patient_id": "B17", "age": 49, "sex": "F", "notes": [
("2021-07-19", "Medical Student Presentation", """
MS3 ADMISSION PRESENTATION (reviewed with PGY-2 Dr. Magnus Oduya)
Student: Carolina Rasmussen-Diallo

CC: "sore knots" in both thighs

HPI: 49 yo F w/ CKD stage 4 (GFR 19, pre-dialysis; veins mapped), T2DM on glipizide,
obesity (BMI 37.5), who wears tight compression shapewear shorts daily for the past
year. Two wks of painful firm lumps on both outer thighs at the bottom hem of the
shorts, with purple lacy skin.

Exam: T 37.0, BP 148/92, HR 90. Both lateral thighs: band of indurated tender nodules
with overlying livedo reticularis, no ulcer, no eschar.
Labs: Ca/PO4 9.1/5.4, PTH 310.

Assessment: r/o calciphylaxis (CKD 4, obesity, DM); ddx erythema nodosum, panniculitis from
pressure, cold panniculitis. Plan: derm bx, stop the shapewear.
"""),
("2021-07-21", "Medicine Progress Note", """
MEDICINE PROGRESS NOTE - PGY-2 Dr. Magnus Oduya, attending Dr. E. Valentini

S: pain 6/10. Not wearing the shapewear. O: 36.9  140/86  84  BMI 37.5
Lateral thigh nodules same, livedo a bit fainter.

A/P: suspect early calciphylaxis vs pressure panniculitis. Derm bx scheduled tomorrow AM.
Nephrology: not a dialysis candidate yet. Glipizide held while inpatient, BG 160s on
correction scale. Pain controlled with APAP and lidocaine patches.

Addendum 18:40: pt left AMA this evening before the biopsy (childcare); she was given the
derm clinic number and understands the risks.
"""),
("2021-08-30", "Dermatology Clinic - No Show / Phone Note", """
DERMATOLOGY - PHONE NOTE - PGY-3 Dr. Aurelie Nakamura-Booth

Pt missed the 8/16 and 8/27 biopsy visits; two letters mailed. Reached by phone: thigh lumps "mostly better"
since she stopped the tight shorts; no open sores. Declines to come in.

Assessment: thigh nodules under tight garment - possible early calciphylaxis never confirmed;
pressure panniculitis now favored clinically but not proven. Told to phone us for any darkening
or opening of the skin. Husband present on speaker; both voiced understanding of the plan.
"""),
]}

B18 = {"patient_id": "B18", "age": 76, "sex": "M", "notes": [
("2024-08-16", "Cardiology Floor Progress Note", """
CARDIOLOGY PROGRESS NOTE - PGY-4 fellow Dr. Evander Sokolowski

76M, ESRD on HD, T2DM using insulin, CAD; R femoral approach cath 8/5 with LAD stent.
New today: both feet purple and painful, toes dusky, net-like mottling up both legs.

O: 36.8  132/70  76  BMI 27.9. Pedal pulses present bilat. R groin access site: small
healed puncture, no hematoma. Bilateral feet: blue toes, livedo reticularis to mid calves,
two small dark patches on the L 3rd and 4th toes.
Labs: eos 9%, low complement.

A/P: post-cath livedo and blue toes -> atheroemboli most likely; ?calciphylaxis given ESRD.
Derm asked to biopsy. Hold further contrast.
"""),
("2024-08-20", "Dermatology Consult Note", """
DERMATOLOGY CONSULT - Resident Dr. Fenella Obi-Marchand / Attending Dr. J. Strasser

Exam: bilateral livedo to mid calves, purpuric toe tips, small L toe necrosis.
Path (4 mm punch L lower leg livedo, 8/17): biconvex cholesterol clefts in arterioles w/
foreign-body reaction; von Kossa negative for vessel-wall calcium.

Impression: cholesterol embolization syndrome following the cath. Calciphylaxis is ruled out.
Recs: statin, wound care to toes, no anticoagulation for this, pain control. Keep feet warm
with socks only (no heating devices), podiatry for toenail care. We will sign off; call back
if toe necrosis spreads.
"""),
("2024-09-10", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - Fellow Dr. Priyanka Sturgeon

76M HD MWF, insulin-treated DM2, cholesterol emboli syndrome after Aug cath (bx proven, not
calciphylaxis). Toes improving; livedo fading.
BMI 27.7. Not on warfarin. Kt/V 1.5.
The L 3rd toe tip has a dry black cap about 4 mm, no drainage; the rest of the toes pink.
Phos 5.2, Hgb 10.1. Glargine 14 units, fasting sugars 120s. Eats well, wife helps with foot checks.
Plan: cont HD, statin, podiatry f/u, vascular surgery only if the toe worsens.
"""),
]}

B19 = {"patient_id": "B19", "age": 45, "sex": "F", "notes": [
("2016-05-11", "Primary Care Resident Clinic", """
RESIDENT CLINIC - Dr. Ottavio Brennan (PGY-1), preceptor Dr. A. Halvorsen

45F w/ IgA nephropathy, CKD stage 2 (Cr 1.0, eGFR 68, UACR 240), HTN on lisinopril,
here for annual visit. Worried: her older sister (on HD in Ohio) was just diagnosed with
calciphylaxis and "her legs turned black." Asks if she will get it too.

Exam: BP 128/78, BMI 23.0, skin: no lesions, no livedo.

A/P: Counseled - calciphylaxis is rare and mainly a dialysis complication, does not run in
families in any simple pattern; her kidney function is good. Continue ACEi, BP goal < 130/80, recheck
UACR in 6 mo. No diabetes.
"""),
("2016-11-22", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - Fellow Dr. Marisa Kowalczyk-Ebo

45F IgAN, CKD 2, stable. Cr 1.0. UACR 190. BP 124/76. BMI 23.1.
Sister w/ calciphylaxis (HD pt) - pt anxious; reassured. No skin changes on exam.
Reviewed her sister's story with her: very different situation (years of dialysis, high phosphorus,
warfarin). Skin check at each visit as she wishes. She has no diabetes and takes no
blood thinners. Family history otherwise: father with hypertension.
Plan: continue lisinopril, fish oil, f/u 6 mo.
"""),
]}

B20 = {"patient_id": "B20", "age": 64, "sex": "M", "notes": [
("2026-04-07", "Dialysis Unit New Start Note", """
IN-CENTER HD - NEW PATIENT NOTE - Nephrology fellow Dr. Lucan Achterberg-Moss

64M, ESRD from DKD, first HD 3/30/26, R IJ tunneled catheter in place until the L AVF matures.
T2DM on insulin glargine/aspart. HTN. BMI 30.2, obese.
Skin: intact, no lesions.

Education today: phosphorus diet, fluid limits, fistula care. We also talked about calciphylaxis,
uncommon but dangerous in dialysis patients: move insulin shots around, never lay heat wraps or frozen
gel packs on bare skin, and tell us quickly about any painful darkened skin.
Plan: EDW 97 kg, 3x/wk, sevelamer.
"""),
("2026-07-14", "Primary Care Resident Clinic", """
RESIDENT CLINIC - Dr. Hana Vukovic (PGY-2)

64M on HD since March, insulin-treated T2DM. He asks about calciphylaxis after the dialysis
education. No painful skin, no sores. Skin exam: no livedo, no ulcers, no nodules.
BMI 30.4.

A/P: skin shows nothing suggesting calciphylaxis. Reinforced rotating insulin sites and avoiding heat/ice on skin.
A1c 7.8 - adjust glargine by 2 units every 3 days to fasting 100-150. Eye exam due; foot exam
today with intact monofilament; he tests sugars twice daily. Attending agrees.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
