"""probe243 corpus notes, W08-W14 (Gulf-region hospital notes; all people and places invented)."""

W08 = {"patient_id": "W08", "age": 70, "sex": "M", "notes": [
("2023-01-10", "Internal Medicine OPD Note", """
Internal Medicine OPD - Ras Sumaira General Hospital, Doha - 10/01/2023
70M Qatari. Painful black patches on both knees since National Day (18 Dec).
Knee OA: since last summer he puts frozen gel packs on both knees every evening while watching
TV, half an hour or so.
PMH: AF on Marevan 5 mg (INR 3.1 today), HTN, OA knees. Prediabetes - HbA1c 6.0, not diabetic,
no meds. Kidneys normal: Cr 88 umol/L, eGFR 79.
O/E: BMI 38.4. Front of both knees: star-shaped purpuric plaques (4-5cm) each with a black
necrotic core, livedo around, very tender.
Imp: ?calciphylaxis (non-uraemic); ddx warfarin necrosis, vasculitis.
Plan: derm, bx, Ca/PO4/PTH, ANCA/cryo/complement.
"""),
("2023-01-16", "Dermatology Note", """
DERM - seen 01/16/2023 (Dr Whitcombe, visiting consultant)
Bx both knees (11 Jan): calcific arteriolopathy with thrombosis, von Kossa +ve; no vasculitis.
Dx: non-uraemic calciphylaxis, both knees, confined to the area where the ice packs sat.
Risk factors: warfarin, obesity, ?primary hyperparathyroidism (Ca 2.68, PTH 14.2 pmol/L - high
with normal kidneys).
Plan: stop the ice. Recommend warfarin -> apixaban, cardiology to decide. Endocrine referral.
Thiosulfate 25 g IV on Sun/Tue/Thu as a day case.
Went through the cold / warfarin / vessel story with him and his son in Arabic. Photos taken.
No steroid injections into the knees for the OA while this is active.
"""),
("2023-02-02", "Wound Clinic Note", """
Wound clinic 2 Feb 2023
L knee: ulcer 3x2cm, half covered by eschar, no infection. R knee: dry eschar 2.5x2cm, stable.
No ice since the derm visit.
Cardiology changed Marevan to Eliquis 5 mg bd on 20/01.
Wt 118 kg. Walking with a stick, son drives him.
Dressing: dry gauze over the R eschar, hydrofiber to L.
Sestamibi: R inferior parathyroid adenoma - surgery being planned by ENT.
Pain 4/10, no opioid needed. Son asked about Umrah next month - advised to wait until both
ulcers have closed.
RV 1/52.
"""),
]}

W09 = {"patient_id": "W09", "age": 56, "sex": "F", "notes": [
("2024-02-12", "Nephrology Consult", """
NEPHROLOGY CONSULT - Dana Al Sharqiya Hospital, Al Khobar
2 Sha'ban 1445 H / 12-02-2024
56F Saudi, HD MWF through a L AVF, ESRD from DKD. T2DM for 25 yrs on Mixtard 30 - injects into
her belly only; according to her the thighs have never been used.
c/o severe pain inner thighs 3 weeks, now dark patches.
Had hijama (wet cupping) last month between the shoulder blades for headaches - small healed
cuts, nothing there now.
Not on warfarin.
O/E: BMI 41.0. Bilat medial thighs: retiform purpura 8-10 cm, L with a 2 cm necrotic centre.
Periumbilical lipohypertrophy, skin intact, no purpura. Upper back: cupping marks, clean.
Ca 2.44, PO4 2.7, PTH 110 pmol/L.
Imp: ?calciphylaxis thighs. Derm asap.
"""),
("2024-02-19", "Dermatology Consult", """
Dermatology consult - 19/02/2024
Both inner thighs plaqued, L now ulcerated. No injections, heat, ice or trauma
to the thighs - pt and daughter both deny.
Bx (13/2, L medial thigh): arteriolar calcification, thrombosis, necrotic fat.
Dx: calciphylaxis, both medial thighs.
Plan: STS near the end of her dialysis runs, wound nurse, palliative team for pain. Insulin:
carry on in the abdomen; she should not start using the thighs.
Prognosis discussed openly with the daughter present; pt wants full treatment. Photos to EMR.
"""),
("2024-03-04", "Wound Care Note", """
Wound care 4 March 2024
L medial thigh ulcer 5x3cm, 60% black eschar, edges dusky; R medial thigh plaque intact, dark.
Pain 6/10 on fentanyl patch 12 mcg/h.
Wt 104 kg, BMI now 40.6.
Dressing: Inadine + ABD pad held with retention tape over the L thigh ulcer, changed every 2 days.
Daughter trained to do dressings at home; sister-in-law helps on HD days.
Plan: continue; review at next HD.
Exudate moderate and serous, no odour, no spreading redness. Appetite poor - dietitian to start
Nepro twice a day.
"""),
]}

W10 = {"patient_id": "W10", "age": 63, "sex": "M", "notes": [
("2021-08-24", "HD Physician Note", """
HD physician note - Al Barsha Heights Renal Unit, Dubai - 24/08/2021
63M Indian (Tamil; nurse Kavitha interpreting). Dialyses Mon/Wed/Fri, L AVF.
Painful black ulcer behind the L calf since 05/08/2021. Since about 10 Aug his wife has been
cooling it with ice packs because of the burning.
PMH: DM2 - diet controlled since starting dialysis, off all tablets (HbA1c 6.3). LV thrombus
after MI in 2019 - warfarin x 3 months, stopped.
O/E: L posterior calf - eschar roughly 3x4cm inside a 10 cm zone of livedo. R leg normal.
BMI 28.7.
Plan: stop the ice packs; derm + bx; Ca/PO4/PTH.
"""),
("2021-09-01", "Dermatology Note", """
DERMATOLOGY    1-Sep-2021
Bx L calf (26/08): calciphylaxis confirmed - calcium and clot in small subcutaneous vessels.
Interval hx: on 30/08 he slipped in the bathroom and bruised the L calf just below the ulcer;
bruise 6x4cm, ulcer itself unchanged.
The ulcer began early Aug, before both the ice and the fall.
Plan: foam dressing held with Mefix tape; STS through renal; falls assessment and physio.
Wife reassured that the fall did not cause the ulcer. Bone profile:
Ca 2.47 / phos 2.1 / PTH 76 pmol/L. Pain 6/10 - regular paracetamol, tramadol at night.
"""),
("2021-09-15", "Wound Clinic Note", """
Wound clinic 15/09/21
Ulcer, back of L calf: 4.5x4cm now; eschar lifting at its rim, slough beneath.
Bruise fading.
Skin under the tape slightly red - changed to tubular bandage for retention.
Exudate low; periwound skin intact apart from the tape mark. Livedo fading on the upper calf.
No sign of infection, swab not needed. Tolerating STS, mild nausea after it.
Pain 4/10, using paracetamol only.
Wt 82 kg, BMI 28.4.
Wife doing dressings well. Son visiting from Chennai.
Plan: continue, RV 1/52.
"""),
]}

W11 = {"patient_id": "W11", "age": 49, "sex": "F", "notes": [
("2022-05-10", "PD Clinic Note", """
PD clinic 10 May 2022
49F, Emirati, APD nightly since 2019 (ESRD 2ry DKD). T2DM on Toujeo 30 u - injects into her
upper arms only, never thighs or tummy (her own habit).
c/o painful lumps on both outer thighs since Eid (Eid al-Fitr, 2/5/2022).
Denies trauma, falls and bumps; says no heat source or ice pack has touched her legs. No
injection of any sort has gone into the thighs.
Never on warfarin.
O/E: BMI 34.9. Bilateral lateral thighs: tender indurated plaques with livedo, R with a 1 cm
eschar. Arms: injection sites clean.
Plan: derm for bx. Counselled to avoid injecting into the thighs; if Clexane is ever needed it
should go in the arms.
"""),
("2022-05-17", "Dermatology Note", """
Derm 17/05/22
Bx (12/05) R lateral thigh: calciphylaxis - calcified subcutaneous arterioles with thrombus and
panniculitis.
Pt recalls no injury to the area beforehand. Lesions on both lateral thighs, largest on R.
Plan: IV thiosulfate Mon/Wed/Fri in day unit; calcium binder off; dressings. Keep pressure,
heat and ice off the thighs. Repeat bx only if new lesions develop.
No interpreter needed, pt fluent in English. Photographs with consent. Pelvis/thigh X-ray: fine
vascular calcification along the femoral branches. Pain: paracetamol + pregabalin 25 mg nocte.
"""),
("2022-06-07", "PD Nurse and Dietitian Review", """
PD nurse + renal dietitian review - 07/06/2022
Weight 86.2 kg, BMI 34.5. PO4 1.9 on Renvela 800 mg tds.
Thighs: R eschar dry, 1.2 cm; L plaque softer.
Toujeo into the upper arms, rotation checked, no lumps there.
Education: protein targets on APD; cut down on processed cheese and cola (phosphate additives);
reminded - nothing hot or cold to be applied to the thighs. Husband attended.
APD 5 cycles overnight, UF about 900 ml. Diet diary: dates and laban during last Ramadan were
her main phosphate sources.
"""),
]}

W12 = {"patient_id": "W12", "age": 57, "sex": "M", "notes": [
("2020-10-20", "HD Unit Note", """
HD Unit, Khawr Tibat Hospital - 20/10/2020
57M Pakistani (Pashto; cousin translates). HD Sun/Tue/Thu via R AVF.
Pain R buttock began 10 days ago, now a hard dark patch. Keeping him awake.
Late Sept: low back pain - a clinic in Ruwi gave him 3 IM Voltaren injections into the L
buttock.
O/E: R buttock, upper inner quadrant: indurated plaque ~6cm, necrotic middle, livedo around.
L buttock injection area: no induration, no discolouration.
No DM. Warfarin - no. BMI 23.9.
Imp: ?calciphylaxis R buttock.
Plan: derm; Ca/PO4/PTH; analgesia.
"""),
("2020-10-28", "Dermatology Note", """
Dermatology    28-Oct-2020
R gluteal plaque with eschar - calciphylaxis confirmed on bx (23/10): vascular calcification,
thrombosis, necrosis.
Site: R upper inner buttock. The IM diclofenac injections were given into the L buttock -
contralateral side, which is normal.
Plan: STS; offloading cushion for the dialysis chair; no IM injections in future.
Ca 2.58, PO4 2.3, PTH 134 pmol/L - renal to add cinacalcet. Explained in Pashto through the
cousin: this is not an infection caught from the injections. Pain team to review opioids.
"""),
("2020-11-15", "Wound Care Note", """
Wound care 15/11/20
Interpreter: Pashto via phone line.
R buttock: eschar has separated leaving a 4x3cm ulcer, edges granulating, no smell, no pus.
Moderate exudate, little maceration; periwound skin otherwise healthy.
Dressing: hydrogel + foam, alternate days. Air cushion supplied for the unit.
Weight 69.0 kg.
Pain better on pregabalin post-HD.
Cousin asked about going to
Peshawar in the winter - better to wait for closure and book a holiday dialysis slot. Some
nausea with the STS.
Plan: review 2/52.
"""),
]}

W13 = {"patient_id": "W13", "age": 68, "sex": "F", "notes": [
("2024-06-25", "Renal Clinic Note", """
Renal clinic - 25.06.2024
68F Emirati, HD Sun/Tue/Thu via L AVF since 2015. T2DM on insulin.
PMH: calciphylaxis, lower abdominal wall, 2018, at her insulin injection areas (bx-proven),
healed by mid-2019 after 6 months of STS, left scars. Warfarin (for AF) stopped in 2018 at that
time, no anticoagulant since. From 2019 she injects Lantus into the upper arms only.
New: painful ulcer behind the R calf, present 3 wks. No fall, knock, heat or ice to the leg.
O/E: 3x2.5cm ulcer R posterior calf with a black base, livedo around. Old abdominal scars
soft, pale, healed; nothing active there.
BMI 31.2.
Imp: ?recurrent calciphylaxis R calf.
"""),
("2024-07-02", "Dermatology Note", """
Dermatology 02/07/2024
Recurrent calciphylaxis, R posterior calf - bx (26/06/2024): medial calcification of arterioles,
fibrin thrombi, fat necrosis.
No trauma at this site. Arm injection sites clean; the 2018 abdominal scars quiescent.
Exam: R posterior calf 3.5x3cm, black eschar, livedo, pulses palpable. Photos taken.
Ca 2.42, PO4 2.2, PTH 61.
Plan: STS again on HD days; dressings; tighter phosphate control. Explained to pt and her
daughter.
Daughter asked whether the arm injections are safe - arms are clear,
carry on rotating there.
"""),
("2024-07-16", "Wound Care Note", """
Wound care nurse - 16/7/24
R calf ulcer 3.5x3cm, 70% black eschar, dry; margins violaceous. Pain 7/10 at rest.
Dressing: povidone-iodine paint to eschar, dry gauze, crepe bandage applied loosely.
Pressure relief discussed: pillow under the calf at night so the heel floats.
Pt fasting for Ashura today although it is an HD day - advised to break the fast if she feels
dizzy on the machine.
Exudate low, no odour. Her daughter plans to drive her over to the
dressing clinic every Tuesday after HD, and to take photos of the calf at home each Saturday for
the nurse.
"""),
("2024-08-20", "HD Quarterly Review", """
Quarterly HD review - Aug 2024 (20/08)
Kt/V 1.4, URR 71%. Hb 10.6, albumin 34. Ca 2.21, PO4 1.6, PTH 42 pmol/L.
Calciphylaxis R calf improving: ulcer down to 2x1.5cm, granulating.
BMI 30.8 (wt 76.9 kg, ht 158 cm).
Insulin: Lantus 12 u, arms.
Albumin up with Nepro. BP pre 146/80, post 128/72. Good thrill over the fistula. Not fasting
at present. Labs again in 4 wks; MDT to decide about stopping STS at the 3-month mark.
Dialysis prescription unchanged; STS to complete 3 months.
"""),
]}

W14 = {"patient_id": "W14", "age": 60, "sex": "M", "notes": [
("2020-01-14", "Haemodialysis Doctor Note", """
Haemodialysis - doctor's note 14/01/2020
60M Lebanese, dialyses Tue/Thu/Sat, L AVF, ESRD ?ADPKD. Not diabetic.
c/o pain in both buttocks since New Year's Day, keeping him up at night.
Every night since the winter started an electric heat pad has lain across his lower
back (lumbar spondylosis) as he sleeps; the pad sits above his belt line.
Meds: Marevan 4 mg (recurrent DVT), Renvela, Mimpara, One-Alpha.
O/E: upper outer R and L buttocks: symmetrical 5-7 cm violaceous indurated plaques with small
necrotic centres. Lumbar skin: faint reticulate brown pigmentation, no plaque, no ulcer.
Imp: ?calciphylaxis.
"""),
("2020-01-21", "Dermatology Note", """
DERMATOLOGY    21 Jan 2020
Bilateral buttock plaques -> bx (15/01) L buttock: calciphylaxis.
Lumbar skin under the heating pad: erythema ab igne only, nothing to suggest calciphylaxis there.
The buttock plaques lie well below the pad area, and the pad does not reach the buttocks.
Exam: upper outer buttocks both sides, 5-7 cm indurated plaques, eschar forming on the L.
Plan: stop the heating pad anyway; STS with HD; haematology to consider switching Marevan to
apixaban.
He understands; wife will take the pad off the bed tonight.
"""),
("2020-02-11", "Nephrology Follow-up", """
Nephrology f/u 11/02/20
Buttock ulcers (L 3x2cm, R 2x2cm) with eschar, slowly improving. No new lesions.
Haematology replaced warfarin with apixaban (2.5 mg bd) from 28/01.
Wt 92.0 kg, BMI 30.0.
PTH 64 -> 38 pmol/L on Mimpara 60 mg. PO4 1.7.
Plan: thiosulfate to run 3 months, then review; pain controlled on paracetamol + low dose
hydromorphone.
Lumbar pigmentation unchanged, no ulcer there. Pad not used since January. Dry weight
reassessed, no change. Wants to go back to his garage part-time - fine if pain
allows.
"""),
]}

PATIENTS = [W08, W09, W10, W11, W12, W13, W14]
