"""probe69 corpus notes, U08-U14 (oncology and infusion centre; all invented)."""

U08 = {"patient_id": "U08", "age": 62, "sex": "M", "notes": [
("2024-08-26", "Myeloma Clinic - Infusion Nursing Note", """
Daratumumab-hyaluronidase 1800mg SC into abdomen over 5 min, bortezomib 1.3mg/m2 SC abdomen (opposite quadrant), dex 20mg PO taken at home. No reaction, obs 15 min.
While I was prepping he wanted me to check his R leg: since 08/19/2024 a painful dark spot just below the R knee, at the top edge of the knee-high compression stocking he wears. He has had a 20-30 mmHg stocking on the R leg only since the 4th of July, after the R popliteal DVT in June (on apixaban now). The band "digs in and leaves a dent all day".
Seen: R proximal calf, band-shaped purple plaque 4x2cm, dusky centre ~1cm, tender. No calf swelling beyond baseline.
Hx ESRD from myeloma cast nephropathy, HD M/W/F. Not diabetic (dex-related sugars only, A1c 5.9). 112kg, BMI 35.2.
Stocking removed, Dr Nakashima-Ruiz notified -> derm referral.
"""),
("2024-09-03", "Dermatology Consult", """
DERM CONSULT
62 y/o man with IgG-kappa myeloma on Dara-VRd? (actually dara-Vd, len stopped after DVT), ESRD on HD.
Exam: R proximal calf - retiform purpura running horizontally for 6cm, precisely along the upper border of where the stocking sat, ulcerated in the middle (18mm) with adherent black slough; indurated; no warmth, no lymphangitic streaking. L leg normal. Abdomen injection sites: small faint bruises only.
Imp: calciphylaxis vs pressure necrosis from the stocking band vs livedoid vasculopathy.
Plan: 2 x 4mm punches from the purpuric edge (H&E, von Kossa). Stocking stays off. Leg elevation, gentle foam dressing.
"""),
("2024-09-12", "Multidisciplinary Myeloma Conference", """
Myeloma MDT - 09/12/24
62M, R-ISS II IgG-k myeloma, VGPR after 4 cycles dara-Vd. ESRD (cast nephropathy) on HD. Obesity, BMI 35.2.
New issue: biopsy-confirmed calciphylaxis, R proximal calf (calcified + thrombosed arterioles deep in fat, panniculitis, von Kossa lit up the calcium). Onset 19 Aug 2024, directly beneath where the upper edge of the knee-high compression stocking pressed every day since 4 Jul 2024; felt to be pressure-induced localisation.
Agreed:
- no compression garments on the R leg; DVT mgmt with apixaban alone
- STS with each HD, cinacalcet, phos target < 5.5
- continue dara-Vd; transplant eligibility to be revisited when wound healing
"""),
]}

U09 = {"patient_id": "U09", "age": 68, "sex": "M", "notes": [
("2022-03-21", "Injection Clinic Nursing Note", """
Degarelix (Firmagon) 80mg SC maintenance dose, LLQ - pt always asks for the left side, on the left since his first dose 6/2021.
Before I gave it he lifted his shirt to show a painful firm purple area on the RIGHT lower belly, "came up a couple weeks ago, early March". About 5cm, dark centre. I did not inject near it. Previous injection spots LLQ: a few small firm nodules (normal for Firmagon), no discoloration.
He said he does his insulin (Lantus) in his thighs, never the belly.
ESRD - HD MWF. Weight 88kg; BMI 28.8.
Message to GU onc NP re R abdominal lesion.
"""),
("2022-03-29", "Dermatology Consult", """
Dermatology

68 yo M metastatic castrate-sensitive prostate ca on degarelix; dialysis-dependent (HD); T2DM requiring insulin; overweight, not obese.
Exam: R lower quadrant, woody plaque 55x40mm, necrotic crust at its centre, livedoid rim; no fluctuance. LLQ degarelix sites: two pea-sized SC nodules, skin intact, no purpura. Thighs (insulin sites): lipohypertrophy L, no purpura either side.
He and the MAR agree: nothing injected, heated or injured on the R half of the abdomen.
Bx: 5mm punch, edge of R abdominal plaque.
Ddx calciphylaxis vs necrotic panniculitis vs deep fungal infection.
"""),
("2022-04-12", "GU Oncology Follow-up", """
GU ONC F/U
PSA 0.4 (from 38). Tolerating degarelix.
Path: calciphylaxis, R lower abdominal wall (medial calcification of small vessels in fat, thrombi, von Kossa +). Cultures neg.
Lesion is on the side opposite his injections; no local trigger identified.
Plan
- degarelix to continue, LLQ only, away from the lesion
- nephro: thiosulfate during dialysis; calcium carbonate binder discontinued
- wound nurse to see him every week; pain plan unchanged
"""),
]}

U10 = {"patient_id": "U10", "age": 60, "sex": "F", "notes": [
("2018-10-09", "Chemotherapy Visit - TC Cycle 3", """
TC (docetaxel/cyclophosphamide) C3.
Scalp cooling cap on 30 min before, throughout and 90 min after docetaxel; hair loss so far < 30%.
On-body pegfilgrastim injector applied to L abdomen at end of visit, to deliver tomorrow evening.
Pt mentions both calves have been painful and "blotchy" for about 2 weeks, worse when she stands. Denies any bumps, falls, heat, creams or injections to the legs.
Exam: bilat posterior calves with dusky livedo, a few firm tender nodules, no ulceration.
PMH: ESRD (her chair days are Tue-Thu-Sat); T2DM, diet only; St Jude mitral prosthesis -> warfarin, INR today 3.1; morbid obesity BMI 41.3.
Proceed. Derm referral urgent.
"""),
("2018-10-16", "Dermatology Consult", """
Derm - new pt
60F, early-stage L breast ca on adjuvant TC; ESRD/HD; warfarin for mech valve; BMI 41.3.
Calves: bilateral retiform purpura, now with 2 small stellate necrotic ulcers R calf (1cm, 0.8cm) and one 1.5cm on the L. Exquisitely tender.
No injection, thermal or pressure exposure of the legs per pt; cold cap only on the scalp, growth factor device on the abdomen - scalp and abdomen skin normal.
Bx: deep punch R calf. Ddx calciphylaxis (ESRD, warfarin, obesity, female) vs warfarin necrosis vs vasculitis.
"""),
("2018-10-30", "Breast Oncology Follow-up", """
Biopsy (10/16) = calciphylaxis: calcium-encrusted arterioles in the subcutis, thrombi, necrotic fat; von Kossa agrees.
Both calves involved, no ulcers elsewhere.
Anticoag: with a mechanical mitral prosthesis a DOAC is not an option; cardiology and nephrology meeting this week re LMWH bridging vs staying on warfarin with tight INR.
Chemo: C4 TC to proceed with 20% dose reduction; growth factor device and scalp cooling unchanged.
Nephro starting STS.
"""),
]}

U11 = {"patient_id": "U11", "age": 72, "sex": "M", "notes": [
("2023-05-09", "Immunotherapy Infusion Visit", """
Pembrolizumab 200mg, C9. TSH, LFTs ok.
Pt c/o new painful patch L outer thigh since May 2nd, "it's like a hot coal". No fall, no injury, no injections, no heating pad there - asked specifically.
Exam: outer L thigh, firm violaceous plaque 4x3cm, pale-grey centre, net-like rim. R thigh normal.
Hx ESRD on HD (MWF). Prior warfarin 2015-2019 for DVT, off since. No DM. Weighs 71kg; BMI 24.3.
Pembro given. Derm referral placed - first available 5/24.
"""),
("2023-05-15", "Oncology Urgent Care Visit", """
Walk-in to onc urgent care.
Fell in the parking garage on 5/12 - tripped on the curb, landed on his L side. Now a large bruise over the L hip and outer thigh, right over and around the sore that was already there from early May.
Exam: ecchymosis 10x8cm L lateral thigh/hip; within it the previously documented plaque, grown to 5x4cm and now capped by black eschar. ROM hip ok, xray L hip/femur neg for fx.
Plan: pain control, wound care, keep derm appt, fall precautions/PT eval.
"""),
("2023-05-24", "Thoracic Tumor Board Summary", """
THORACIC TB
72M stage IV NSCLC (adeno, PD-L1 80%) on pembrolizumab, CR in lung, stable adrenal.
Skin: derm biopsy 5/24 (same-day read) - calciphylaxis, L lateral thigh. Lesion present since 05/02/2023; the fall onto that side on 05/12/2023 came 10 days later, so it did not start the process. No other trauma at the site.
Continue pembro. Nephrology: thiosulfate on dialysis days plus a new phosphate binder. Wound clinic.
"""),
]}

U12 = {"patient_id": "U12", "age": 65, "sex": "F", "notes": [
("2024-02-13", "Chemotherapy Visit - Carboplatin/Paclitaxel", """
C3 carbo (AUC 4, dose for ESRD, given after PD dwell drained) / paclitaxel.
New: painful dark patch L calf, showed up about a week ago. Ever since it appeared she puts an ice pack against it most evenings because "it burns". No prior injury to that leg.
On exam, L calf posteriorly: firm violaceous plaque, 3x3cm, blackish at the centre.
CCPD nightly, no peritonitis. T2DM on glargine + aspart (abdomen). BMI 37.9. No anticoagulation.
Chemo given. Told to stop icing the area. Wound clinic referral.
"""),
("2024-02-20", "Wound Clinic Note", """
WOUND CARE CENTER
Posterior L calf: full-thickness wound 35x30mm; bed mostly (~80%) black eschar, remainder yellow slough; small amount of serous exudate; livedo around the margins. Pain 8/10.
Procedures: (1) 4mm punch at wound edge for path, sent with von Kossa request; (2) conservative sharp debridement of loose slough, no bleeding.
Dressing: medical-grade honey + bordered foam secured with paper tape, change q48h.
Ice pack use stopped 2/13 per pt.
Dx working: calciphylaxis vs venous/arterial ulcer. ABI 1.1 bilat.
"""),
("2024-03-05", "Gynecologic Oncology Follow-up", """
Endometrial serous carcinoma, stage IIIA, C4 today.
Calf wound bx: calciphylaxis (calcified, thrombosed vessels of the subcutis with fat necrosis; von Kossa +).
L calf lesion onset about 2/6/24; the icing, biopsy and debridement all came after it appeared. No trauma before onset found.
Risk: ESRD on PD, insulin-treated diabetes, obesity (BMI 37.6).
Plan: chemo C4 proceed. PD team: STS added. Wound clinic to continue.
"""),
]}

U13 = {"patient_id": "U13", "age": 57, "sex": "M", "notes": [
("2025-01-14", "Medical Oncology New Patient Consult", """
GU MED ONC - NEW CONSULT
57 yo M with metastatic clear cell RCC (lung, bone) after bilateral nephrectomies (2019 L, 2022 R) -> anephric, HD TTS via R arm AVF.
Referred before first-line systemic tx. Incidentally: exquisitely painful sore on his L flank since Christmas Day.
He denies any injection there, no heat source of any kind (pads, bottles, heat lamp), no belts or braces, no fall or knock. No prior surgery on that side of the flank (nephrectomy scars are anterior subcostal and well healed).
Exam: L flank violaceous, indurated plaque (6x4cm) around a 2cm eschar. Height 180cm, weight 97.2kg -> BMI 30.0.
No diabetes, no warfarin.
A/P: ?calciphylaxis - derm bx. Plan port placement R chest next week and start pembro/axitinib after derm clears.
"""),
("2025-01-22", "Dermatology Clinic Note", """
Derm f/u - bx 1/14 results
L flank biopsy: subcutaneous arteriolar calcification with thrombosis, fat necrosis; von Kossa +.
Dx: calciphylaxis, L flank.
Hx again reviewed with pt and wife: no trauma of any sort to the flank before it started. Lesion unchanged.
Counselled: keep heat and cold off the skin, no tight belts, and any future SC injections should avoid the flanks and abdomen if possible.
"""),
("2025-02-04", "GU Tumor Board Summary", """
GU tumor board 2/4/2025
mccRCC, anephric on HD, IMDC intermediate. Biopsy-proven calciphylaxis L flank (since 12/25/24), no preceding local trauma identified.
Plan: port placement (R chest) scheduled 2/7 for pembrolizumab; axitinib held until wound plan in place given wound healing concerns. STS + cinacalcet per nephrology. If growth factor ever needed, into the upper arms, not flanks or abdomen.
"""),
]}

U14 = {"patient_id": "U14", "age": 70, "sex": "F", "notes": [
("2019-07-16", "Radiation Oncology On-Treatment Visit", """
OTV - wk 4 of 6, L whole breast 50 Gy/25 fx + boost planned.
L breast: brisk erythema, moist desquamation in the inframammary fold with a 1cm shallow open area - grade 2-3 radiation dermatitis. Mepilex + silver sulfadiazine.
Pt also complains that both inner thighs have had very painful mottled patches for ~10 days, well outside the RT field. Not from injury per pt.
PMH: ESRD (dialysis M-W-F), atrial fib - warfarin, obese with BMI 36.0. Concurrent trastuzumab q3wk via PIV.
Will ask med onc/derm to see thighs.
"""),
("2019-07-22", "Infusion Nursing Note", """
Trastuzumab maintenance dose, PIV R forearm (L arm = HD fistula).
Note: last infusion 7/1 the PIV in R forearm infiltrated; site now has a 2cm healing blister with surrounding firmness, no necrosis. Documented as infiltration injury, warm compresses done at the time.
New PIV placed R hand today. Infusion uneventful.
Pt walks with a wide gait because of the thigh pain. Derm appt 7/30.
"""),
("2019-07-30", "Dermatology Consult", """
DERMATOLOGY
70F, L breast ca on RT + trastuzumab; ESRD/HD; warfarin; obese, BMI 36.0.
1) Bilateral medial thighs: retiform purpura with stellate necrotic ulcers, the biggest (3cm) on the right; indurated. Deep punch R medial thigh: subcutaneous small vessels calcified and clotted, fat necrosis, von Kossa + -> CALCIPHYLAXIS. No injections, heat or pressure on the thighs ever reported; no local trigger.
2) L inframammary open area: radiation dermatitis, typical of the RT course, not calciphylaxis.
3) R forearm blister: resolving infiltration injury at the old IV site, not calciphylaxis.
Counselling given: nothing hot or frozen and no snug clothing against the thighs; cardiology asked to reconsider the warfarin; explained that needle sticks or pressure can seed fresh lesions.
STS per nephro.
"""),
]}

PATIENTS = [U08, U09, U10, U11, U12, U13, U14]
