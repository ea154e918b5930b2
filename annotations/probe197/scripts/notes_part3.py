"""probe197 corpus notes, E15-E20 (border community clinic, promotoras, bilingual notes; all invented)."""

E15 = {"patient_id": "E15", "age": 54, "sex": "F", "notes": [
("2025-02-04", "Promotora Home Visit", """
PROMOTORA - VISITA DOMICILIARIA       04/02/2025 (4 de febrero)
Promotora: Norma Leal
Sra. Graciela O., 54. Kidneys stage 4 per Dr. Quintanilla, no dialysis yet ("todavia no").
DM2 on NPH 22 u bid, glucometer readings 120s-200s.
Every night since December she sleeps with a bolsa de agua caliente (rubber hot water bottle)
on her estomago, around the ombligo, for colitis cramps. Skin there: brownish lacy mottling,
no sore, no blister, not painful today.
SV: TA 148/90, glucosa 196, peso 95.0 kg.
Teaching: wrap the bottle in a towel, not boiling water, take it off before sleeping. Gave her
the colitis diet sheet in Spanish.
Next: lab draw at clinic 3/11.
"""),
("2025-03-11", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO      03/11/2025
54F CKD stage 4 (eGFR 21 today, not on dialysis), DM2 on NPH insulin, obesity.
CC: "una bola dura y morada" around the belly button, painful, noticed ~2 weeks ago.
Still uses the hot water bottle on the belly every night since Dec.
Exam: periumbilical abdomen: 4 x 3 cm firm tender violaceous plaque w/ subtle retiform edge
inside a reticulated brown patch (erythema ab igne pattern). No ulcer, no eschar yet.
Labs: Ca 9.2, Phos 5.8, PTH 410, Alb 3.6.
VS: BP 150/88, wt 94.6 kg, BMI 37.0.
A/P: painful periumbilical plaque at the heat site - concern for early calciphylaxis vs
panniculitis / fat necrosis from heat. Derm referral for deep biopsy. Stop the hot water bottle.
"""),
("2025-04-22", "Telephone Encounter", """
TELEPHONE ENCOUNTER - 4/22/25 - RN Adela Paredes
Called pt re: missed derm appt 4/15. Sister answered: pt moved to Monterrey to live with her,
does not want the biopsy ("no quiere que la corten"). Plaque "igual", still sore, no open wound.
Per Dr. Ybarra: periumbilical plaque remains unexplained - possible calciphylaxis, never
confirmed or excluded, as no biopsy was done. Gave sister the names of two nephrologists in
Monterrey; records (notes, labs) faxed to the number she gave. Reminded: no hot water bottle,
insulin as before.
Case closed in our clinic per pt request. Promotora informed.
"""),
]}

E16 = {"patient_id": "E16", "age": 72, "sex": "M", "notes": [
("2019-11-05", "HD Rounding Note", """
HD ROUNDS - Candelaria Dialysis       11/05/2019
72M ESRD (polycystic), HD MWF via R upper arm graft. No diabetes. Warfarin stopped 2018 after a
GI bleed, on nothing now.
C/o painful hard lump on the L upper arm. On 10/19 he crossed to Nuevo Progreso and got a
"complejo B" shot at a pharmacy, into the outer L upper arm; lump started a week or so later.
Exam: L lateral upper arm 3 cm firm deep nodule, tender, overlying livedoid purplish skin,
no ulcer, no fluctuance.
Labs: Ca 10.2, P 7.0, PTH 1,150.
Assessment: ?early calciphylaxis vs injection granuloma / sterile abscess.
Plan: derm referral, no more pharmacy shots. BMI 23.1.
"""),
("2019-11-14", "Dermatology Consult", """
DERMATOLOGY CONSULT      Nov 14 2019
72 y/o M on HD. L upper arm nodule at the site of an IM vitamin injection (10/19/19).
Exam: 3 x 2.5 cm deep subcutaneous nodule, L posterolateral arm, faint livedo over it, no
necrosis. No lesions on the trunk or legs.
Differential: injection-site granuloma / fat necrosis vs early calciphylaxis - calciphylaxis
cannot be excluded clinically.
Recommended deep incisional biopsy; pt declines for now ("ya me picaron bastante").
Plan: warm soaks NOT advised; re-evaluate in 4 weeks or sooner if it ulcerates; nephrology
to keep Ca/P controlled.
"""),
("2019-12-10", "Promotora Home Visit", """
VISITA PROMOTORA - 10 diciembre 2019
Promotora: Rosendo Villarreal
Sr. Teodoro B., 72. The lump on the L arm is the same size, still hurts at night, skin purple
around it, no open sore.
Derm follow-up was set for 12/12 but the family is moving him to his daughter's house in
Houston next week; dialysis transfer arranged by the unit social worker.
Still no biopsy - "nadie sabe que es" per daughter. Gave her a copy of the notes for the new doctors.
SV: TA 126/70, peso 66.4 kg.
Reminded: no more shots from the pharmacy.
"""),
]}

E17 = {"patient_id": "E17", "age": 80, "sex": "F", "notes": [
("2022-03-15", "Promotora Home Visit", """
PROMOTORA HOME VISIT     15-mar-2022
Promotora: Maribel Ochoa
Dona Amparo S., 80, PD at home (granddaughter does the exchanges). DM2 controlled with diet
only, no pills, no insulin.
She sits in her wooden chair most of the day with her feet up on a little wooden banquito,
the R heel resting right on the hard edge "desde hace anos".
Found: R heel black dry spot, about the size of a quarter, purple around it, she says it
started hace un mes and hurts a lot at night.
SV: TA 110/60, glucosa 118, peso 52 kg.
Put a folded pillow on the banquito. Will ask wound care for an appt this week.
"""),
("2022-03-24", "Wound Care / Podiatry", """
WOUND CARE + PODIATRY      03/24/2022
80F on PD, DM2 diet-controlled, BMI 22.0. R posterior heel: 2 x 2 cm dry black eschar with a
violaceous, slightly netlike rim, exquisitely painful. Heel propped for years on a hard wooden
footstool. ABI noncompressible; toe pressures low-normal.
Assessment: unstageable pressure injury vs calciphylaxis vs ischemic ulcer - cannot tell
clinically. Biopsy of the heel not advised (poor healing); no other lesions to sample.
Discussed with granddaughter: family prefers comfort-focused care, hospice referral placed.
Plan: heel offloading boot, betadine paint to keep the eschar dry, no debridement.
Diagnosis left open.
"""),
]}

E18 = {"patient_id": "E18", "age": 61, "sex": "M", "notes": [
("2024-09-10", "HD Rounding Note", """
HD ROUNDS - Candelaria Dialysis   9/10/24
61M ESRD (DM2), HD TTS, insulin detemir + sliding scale, warfarin for recurrent DVT (INR 2.6).
New: painful purple spots on both shins x 5 days.
Exam: bilateral anterior lower legs: many 3-8 mm palpable purpuric papules, some coalescing,
2 small ulcers on the L shin with crust. No livedo pattern.
Labs: Ca 9.4, P 5.9, PTH 520.
A: ?calciphylaxis vs vasculitis vs warfarin-related. Derm asap.
BMI 29.0.
"""),
("2024-09-19", "Dermatology Consult", """
DERMATOLOGY CONSULT      09/19/2024
61 y/o M on HD, warfarin, DM2 on insulin. Referred "r/o calciphylaxis".
Exam: palpable purpura on both lower legs from ankles to mid-shin, two 5 mm shallow ulcers L
shin. Also a few purpuric papules on the R forearm. Recent amoxicillin for a tooth abscess (8/28).
Assessment: leukocytoclastic vasculitis favored (drug-induced); calciphylaxis less likely given
palpable, small, symmetric lesions.
Procedure: 4 mm punch x 2 (one for DIF), R shin.
Plan: path, UA, complement, hep panel; stop amoxicillin if still taking.
"""),
("2024-10-01", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP    10/01/2024
Path 9/19 R shin: leukocytoclastic vasculitis; DIF IgA negative; no vascular calcification on
von Kossa. Calciphylaxis ruled out.
Dx: cutaneous small-vessel vasculitis, likely from amoxicillin.
Lesions fading, L shin ulcers healing with crust, no new spots.
Plan: no steroids needed; leg elevation; recheck 4 wks. Told pt and wife (Spanish) the good news:
it is NOT calciphylaxis.
Meds reviewed: insulin detemir, warfarin (continue), sevelamer. BMI 29.0.
"""),
]}

E19 = {"patient_id": "E19", "age": 45, "sex": "F", "notes": [
("2023-05-16", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO - chronic care      05/16/2023
45F CKD 3b (eGFR 38), HTN, obesity, gout. Not diabetic (A1c 5.6). No anticoagulants.
She is worried because her older brother Ramiro, who was on hemodialysis in McAllen, died last
winter of calciphylaxis ("se le hicieron llagas negras en las piernas"). Asks if it runs in
families and if she will need dialysis.
Skin exam: full skin check of legs, abdomen, buttocks and arms - normal, no livedo, no nodules.
VS: BP 138/86, wt 87.5 kg, BMI 32.2.
A/P: CKD 3b stable - ACEi continued, nephrology f/u in Aug. Explained calciphylaxis is not
inherited and mostly affects people on dialysis; keep phosphorus low, avoid calcium pills.
"""),
("2023-08-22", "Nephrology Clinic", """
NEPHROLOGY - Candelaria Kidney Associates     Aug 22, 2023
45F CKD 3b (IgA nephropathy by bx 2015), HTN on lisinopril, obesity. No diabetes.
Family hx: brother with ESRD died of calciphylaxis in 2022.
Labs: Cr 1.7, eGFR 37, K 4.9, Ca 9.3, Phos 4.1, PTH 88, UACR 640.
Skin: no lesions.
VS: BP 132/82, BMI 31.9.
Plan: add empagliflozin for proteinuria; dietitian (low sodium, moderate protein); recheck
labs in 3 months. Reassured about her own calciphylaxis risk at this stage of CKD.
"""),
]}

E20 = {"patient_id": "E20", "age": 50, "sex": "M", "notes": [
("2026-01-13", "Promotora Group Education Note", """
PROMOTORA - CHARLA / EDUCATION SESSION    13 de enero 2026
Promotora: Lupita Benavides     Tema: "Cuidando la piel en dialisis"
Attendee: Sr. Ignacio D., 50, HD MWF, DM2 on insulin (Basaglar + Novolog).
Topics covered in Spanish:
- Dialysis patients can get calciphylaxis (painful dark sores of the skin). To lower the risk:
  do not accept injections from neighbors or pharmacies across the border, do not put very hot
  compresses, hot salt or ice right on the skin, avoid tight fajas.
- Rotate insulin sites; tell the nurse about any new painful purple spot.
He says he has never had shots outside the clinic and has no sores. Took the handout.
SV: TA 142/80, peso 84 kg.
"""),
("2026-02-10", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO      2/10/26
50M ESRD on HD (MWF), DM2 on insulin, HTN. Here for DM f/u.
A1c 7.6. No hypoglycemia. Injects in the abdomen, rotating.
Skin: injection sites without lipohypertrophy; no ulcers, no livedo, no nodules on legs or
trunk. Nothing to suggest calciphylaxis.
Labs (HD 2/2): Ca 9.1, Phos 5.2, PTH 340.
VS: BP 136/78, wt 83.6 kg, BMI 27.0.
A/P: DM2 at goal for HD pt, continue Basaglar 18 u + Novolog scale. Reviewed the skin care
handout from the promotora charla. Foot exam normal.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
