"""probe197 corpus notes, E15-E20 (border community clinic, promotoras, bilingual notes; all invented)."""

E15 = {"patient_id": "E15", "age": 54, "sex": "F", "notes": [
("2025-02-04", "Promotora Home Visit", """
PROMOTORA - VISITA DOMICILIARIA       04/02/2025 (4 de febrero)
Promotora: Norma Leal
Sra. Graciela O., 54. Kidneys stage 4 per Dr. Quintanilla, no dialysis yet ("todavia no").
DM2 on NPH 22 u bid, glucometer readings 120s-200s.
Every night since December she sleeps with a bolsa de agua caliente (hule, the red rubber
kind) on the estomago, around the ombligo, for colitis cramps. Skin there: brownish lacy mottling,
no sore, no blister, not painful today.
SV: TA 148/90, glucosa 196, peso 95.0 kg.
Teaching: put a towel around the bolsa, not boiling water, take it off before sleeping. Gave her
the colitis diet sheet in Spanish.
Next: lab draw at clinic 3/11.
"""),
("2025-03-11", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO      03/11/2025
54F CKD stage 4 (eGFR 21 today, not on dialysis), DM2 on NPH insulin, obesity.
CC: "una bola dura y morada" around the belly button, painful, noticed ~2 weeks ago.
Still sleeps with the hot water bottle over her belly nightly since Dec.
Exam: periumbilical abdomen: 4x3cm firm tender violaceous plaque w/ subtle retiform edge
inside a reticulated brown patch (erythema ab igne pattern). No ulcer, no eschar yet.
Labs: PTH 410, fosforo 5.8, calcio 9.2, albumina 3.6.
VS: BP 150/88, wt 94.6 kg, BMI 37.0.
A/P: periumbilical painful plaque where the heat goes - worry about early calciphylaxis;
ddx panniculitis, heat-related fat necrosis. Derm referral (deep bx). Hot water bottle to stop.
"""),
("2025-04-22", "Telephone Encounter", """
TELEPHONE ENCOUNTER - 4/22/25 - RN Adela Paredes
Called pt re: missed derm appt 4/15. Sister answered: pt moved to Monterrey to live with her,
does not want the biopsy ("no quiere que la corten"). Plaque "igual", still sore, no open wound.
Per Dr. Ybarra: periumbilical plaque remains unexplained - still possible calciphylaxis,
neither confirmed nor excluded, no biopsy was ever done. Gave sister the names of two nephrologists in
Monterrey; records (notes, labs) faxed to the number she gave. Reminded: no hot water bottle,
insulin as before.
Case closed in our clinic per pt request. Promotora informed.
"""),
]}

E16 = {"patient_id": "E16", "age": 72, "sex": "M", "notes": [
("2019-11-05", "HD Rounding Note", """
HD ROUNDS - Candelaria Dialysis       11/05/2019
72M ESRD (polycystic), HD MWF (R upper arm graft). No diabetes. His warfarin was stopped in 2018
because of a GI bleed, on nothing now.
C/o a hard, painful bump, L upper arm. On 10/19 he crossed to Nuevo Progreso and got a
"complejo B" shot at a pharmacy, into the outer L upper arm; lump started a week or so later.
Exam: L lateral upper arm 3 cm firm deep nodule, tender, overlying livedoid purplish skin,
no ulcer, not fluctuant.
Labs: calcio 10.2, fosforo 7.0, PTH 1150.
Assessment: ?early calciphylaxis vs injection granuloma / sterile abscess.
Plan: derm referral, no more pharmacy shots. BMI 23.1.
"""),
("2019-11-14", "Dermatology Consult", """
DERMATOLOGY CONSULT      Nov 14 2019
72 y/o M on HD. L upper arm nodule at the site of an IM vitamin injection (10/19/19).
Exam: 3x2.5cm deep subcutaneous nodule, L posterolateral arm, faint overlying livedo; no
necrosis. Trunk and legs clear.
Differential: granuloma / fat necrosis from the injection vs early calciphylaxis; on exam
alone I cannot exclude calciphylaxis.
Offered a deep incisional bx; he says no for now ("ya me picaron bastante").
Plan: warm soaks NOT advised; recheck in a month, earlier if it opens; nephrology
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
She spends most days in her wooden chair, feet up on a little wooden banquito,
the R heel resting right on the hard edge "desde hace anos".
Found: R heel black dry spot, como una moneda de 25 (quarter-sized), purple around it, she says it
started hace un mes and hurts a lot at night.
SV: TA 110/60, glucosa 118, peso 52 kg.
Put a folded pillow on the banquito. Will ask wound care for an appt this week.
"""),
("2022-03-24", "Wound Care / Podiatry", """
WOUND CARE + PODIATRY      03/24/2022
80F on PD, DM2 diet-controlled, BMI 22.0. R posterior heel: 2x2cm eschar, dry and
black, rim violaceous and slightly netlike, exquisitely painful. Heel propped for years on a hard wooden
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
61M ESRD (DM2), HD TTS, insulin detemir + sliding scale, warfarin (recurrent DVTs), INR 2.6.
New: x 5 days painful purple spots, both shins.
Exam: bilateral anterior lower legs: many palpable purpuric papules 3-8mm, a few coalescing,
2 small ulcers on the L shin with crust. No livedo pattern.
Labs: calcio 9.4, fosforo 5.9, PTH 520.
Wife says the spots showed up after he finished the antibiotic the dentist in Matamoros gave
him. No fever, no joint pain, no blood in urine that he has seen.
A: ?calciphylaxis vs vasculitis vs warfarin-related. Derm asap.
BMI 29.0.
"""),
("2024-09-19", "Dermatology Consult", """
DERMATOLOGY CONSULT      09/19/2024
61 y/o M on HD, warfarin, DM2 on insulin. Referred "r/o calciphylaxis".
Exam: both lower legs, ankles to mid-shin, palpable purpura; two 5 mm shallow ulcers L
shin. Also a few purpuric papules on the R forearm. Recent amoxicillin for a tooth abscess (8/28).
Assessment: leukocytoclastic vasculitis favored (drug-induced); calciphylaxis less likely given
palpable, small, symmetric lesions.
Procedure: two 4mm punches (1 for DIF), R shin.
Plan: path, UA, complement, hep panel; stop amoxicillin if still taking.
"""),
("2024-10-01", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP    10/01/2024
Path 9/19 R shin: leukocytoclastic vasculitis; IgA on DIF neg. Von Kossa: vessels free of
calcium deposits. So calciphylaxis is excluded (ruled out).
Dx: cutaneous small-vessel vasculitis, likely from amoxicillin.
Lesions fading, L shin ulcers healing with crust, no new spots.
Plan: no steroids needed; leg elevation; recheck 4 wks. Told pt and wife (Spanish) the good news:
it is NOT calciphylaxis.
Meds reviewed: insulin detemir, warfarin (continue), sevelamer. BMI 29.0.
Complement and hepatitis panel normal, UA with trace blood only. Promotora Maribel to look at
the legs at home next week.
"""),
]}

E19 = {"patient_id": "E19", "age": 45, "sex": "F", "notes": [
("2023-05-16", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO - chronic care      05/16/2023
45F CKD 3b (eGFR 38), HTN, gout, obesity. Not diabetic (her A1c was 5.6). No blood thinners.
She is worried because her older brother Ramiro, who was on hemodialysis in McAllen, died last
winter of calciphylaxis ("se le hicieron llagas negras en las piernas"). She asks: is it
hereditary? will she need dialysis?
Skin exam: full skin check of legs, abdomen, buttocks and arms - normal, no livedo, no nodules.
VS: BP 138/86, wt 87.5 kg, BMI 32.2.
A/P: CKD 3b stable - ACEi continued, nephrology f/u in Aug. Explained calciphylaxis is not
inherited and mostly affects people on dialysis; keep phosphorus low, avoid calcium pills.
"""),
("2023-08-22", "Nephrology Clinic", """
NEPHROLOGY - Candelaria Kidney Associates     Aug 22, 2023
45F CKD 3b (IgA nephropathy by bx 2015), HTN on lisinopril, obesity. No diabetes.
Family hx: her brother (ESRD, HD) died of calciphylaxis 2022.
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
- Rotate insulin sites; avisar a la enfermera if any new painful purple spot appears.
He says he has never had shots outside the clinic and has no sores. Took the handout.
SV: TA 142/80, peso 84 kg.
"""),
("2026-02-10", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO      2/10/26
50M, ESRD (HD lunes-miercoles-viernes), DM2 w/ insulin, HTN. DM f/u.
A1c 7.6. No hypoglycemia. Injects in the abdomen, rotating.
Skin: no lipohypertrophy at injection sites. Legs and trunk without ulcer, livedo or nodule.
Nothing to suggest calciphylaxis.
Labs (HD 2/2): calcio 9.1, fosforo 5.2, PTH 340.
VS: BP 136/78, peso 83.6kg, BMI 27.0.
A/P: DM2 at goal for HD pt, continue Basaglar 18 u + Novolog scale. Reviewed the skin care
handout from the promotora charla. Foot exam normal.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
