"""probe220 corpus notes, D15-D20 (machine-translated records from abroad and the local clinics around them; all invented)."""

D15 = {"patient_id": "D15", "age": 72, "sex": "F", "notes": [
("2017-10-09", "Dialysis Centre Record (machine translation)", """
[machine translation from the original language] Dialysis centre of Pellara. 09.10.2017

Patient V.S., 72 years, hemodialysis from 2013 (diabetic kidney). Diabetes 2 type on
repaglinide. Weight 71 kg, BMI 28,0.
From 25.09 until 29.09.2017 received ceftriaxone 1 g intramuscular in the left buttock for the
cystitis (by the family doctor).
From 30.09 strong pain on the place of the injection, after that livid spot with the net
drawing, now with the black centre 2 x 2 cm.
PTH 1150 pg/ml, P 2,4 mmol/l.
Conclusion: necrosis on the place of injection - syndrome of Nicolau? calciphylaxis? To show to
the dermatologist; she goes in October to her son abroad.
"""),
("2017-10-24", "Dermatology Consult", """
DERMATOLOGY CONSULT  10/24/2017
72F ESRD on HD, DM2, visiting son for 6 weeks. Translated dialysis note reviewed.
IM ceftriaxone into L buttock 9/25-9/29; pain at that spot from 9/30, then purpura, now eschar.
Examined: left buttock, upper-outer part - retiform violaceous patch 5x4cm, central 2.2 cm black eschar,
livedo beyond. R buttock normal.
Assessment: necrosis at an IM injection site. Ddx Nicolau syndrome (aka embolia cutis
medicamentosa) versus calciphylaxis given ESRD and PTH > 1000 - cannot distinguish clinically.
Plan: offered deep incisional biopsy - she declines ("not while I am a guest here").
Local wound care. Discussed with nephrology.
"""),
("2017-11-14", "Nephrology Transient HD Note", """
Nephrology - transient HD note  11/14/17
L buttock necrotic lesion at the site of the Sept IM ceftriaxone course abroad. Still
undiagnosed: Nicolau syndrome vs possible calciphylaxis. Biopsy declined again.
Eschar 2.0 cm, drier, less pain (4/10). Seen with her son. Afebrile. Chem: PTH 1090, phos 6.6.
Wt 70.6 kg, BMI 27.8. No insulin, no warfarin.
Plan: no empiric STS for now per pt wish; she flies home 11/20 - letter for her centre asking
for biopsy if it enlarges. Avoid IM injections.
"""),
]}

D16 = {"patient_id": "D16", "age": 60, "sex": "M", "notes": [
("2016-03-02", "Traditional Medicine Clinic Card (machine translation)", """
[Automatic translation] Clinic of traditional medicine "Harmony of Qi", Nanlu district.
02.03.2016

Patient W., 60 years. Complaints on stiffness of the upper back and the shoulders.
Was done: fire cupping, 6 glass cups to the upper back, left and right of the spine, 3 sessions in February
(last one 20.02.2016), each 10 minutes.
Patient says he is on the abdominal dialysis (peritoneal) at home 5 years. Earlier took warfarin
for the heart rhythm, stopped in 2014.
Now: on the upper back in the places of the cups round dark-violet marks, some with black crust,
very painful, do not go away already 10 days.
Advice: to go to the hospital; to stop cupping.
"""),
("2016-03-15", "Dermatology Consult", """
DERMATOLOGY CONSULT  3/15/2016
60M ESRD on PD (CAPD), here to see his grandchild. Son translated the clinic card with an app.
Cupping on the upper back x3 in Feb, last 2/20.
Exam: upper back bilat: six round 4-5 cm violaceous plaques in two rows exactly matching cup
placement; 3 with central black eschar; indurated and tender; faint livedo between them.
Assessment: cupping burns/bruising vs calciphylaxis koebnerized at cupping sites - cannot
exclude calciphylaxis (ESRD, PD, PTH 860).
Plan: 4mm punch today, taken from the rim of one left upper-back plaque. BMI 23.5. Wound care.
"""),
("2016-04-05", "Dermatology Follow-up", """
Dermatology f/u  4/5/16
Punch 3/15: epidermal necrosis and dermal hemorrhage, no vascular calcification seen, sample
too superficial to assess subcutaneous vessels - calciphylaxis neither proven nor disproven by it.
He was offered a deeper incisional specimen but says no - flying home 4/10.
Plaques: 4 of 6 healing, 2 eschars persistent.
Impression: thermal cupping injury vs calciphylaxis - remains undetermined.
Plan: letter to his PD team recommending deep biopsy if any plaque grows; no more cupping.
Wt 70 kg, BMI 23.4.
"""),
]}

D17 = {"patient_id": "D17", "age": 77, "sex": "F", "notes": [
("2025-06-03", "Traumatology Record (machine translation)", """
[TRANSLATED BY MACHINE] Trauma point of the City Hospital, Novo Brdo. 03.06.2025

Patient D.J., 77 y. Fracture of the right outer ankle without shift, after she fell in the
garden on 10.05.2025. Gypsum longuette (plaster splint) from the toes to the knee, put on the
same day; control today - standing of fragments good.
Accompanying: chronic hemodialysis, diabetes 2 type on insulin (NPH 2 times), obesity - weight
84 kg, BMI 30,8.
Complains the gypsum presses under the knee from front.
Recommended: to keep the gypsum until 20.06.2025, then X-ray.
"""),
("2025-06-24", "Traumatology Record (machine translation)", """
[machine translation] Trauma point, Novo Brdo. 24.06.2025

Removal of the gypsum 20.06.2025. X-ray: fracture consolidates.
Under the upper edge of gypsum, on the front of the right shin under the knee: ulcer 3x2 cm,
black bottom, around violet net, very painful; patient says it was hurting under the
gypsum for some weeks.
Bedsore from the gypsum? Calciphylaxis (she is on dialysis)?
AP 150/85, pulse 74. Glucose 9,8 mmol/l.
Recommended: dermatologist; bandages with povidone. She goes to her daughter abroad for summer.
"""),
("2025-07-08", "Wound Clinic Note", """
Wound clinic  7/8/2025
77F ESRD/HD (transient at Clearwater), DM2 on NPH insulin, BMI 30.8. Translated trauma notes
reviewed.
R proximal anterior shin just below the tibial tuberosity, at the rim of the former cast:
3.3 x 2.1 cm ulcer with black eschar, violaceous livedoid border.
Assessment: cast-rim pressure injury or early calciphylaxis; tissue needed to tell apart.
Pt declines biopsy ("after the summer, at home"). No dx made.
Plan: offload, no tape to skin, foam dressing; letter home recommending biopsy.
"""),
]}

D18 = {"patient_id": "D18", "age": 57, "sex": "M", "notes": [
("2022-10-11", "Dialysis Centre Note (machine translation)", """
[Automatic translation] Dialysis centre Ostrava-Zapad. 11.10.2022

Patient J.H., 57 years, hemodialysis from 2019 (IgA nephropathy). Ulcerative colitis since
youth. Not diabetic. BMI 27,5.
Since two weeks on both shins ulcers which grow quickly, edges purple and hanging over, with
pus in the bottom. Pain strong.
No traumas according to the patient.
PTH 420, Ca 2,30, P 1,7 mmol/l. AP 130/80, t 37,4.
Conclusion: ulcers of shins - calciphylaxis? vasculitis? Dermatologist needed. He will be at the
brother abroad for treatment from next week.
"""),
("2022-10-27", "Dermatology Consult", """
DERMATOLOGY  10/27/22
57M ESRD/HD, ulcerative colitis. Translated note asked "?calciphylaxis".
Exam: bilateral shins - 3 ulcers, 2-5 cm, violaceous undermined borders, purulent base,
cribriform edge healing on the smallest. Retiform purpura/eschar/livedo absent.
Punch bx 10/18 (edge): heavy neutrophilic dermal infiltrate; von Kossa: negative;
vessel walls unremarkable.
Assessment: pyoderma gangrenosum associated with UC. Calciphylaxis excluded.
Plan: prednisone 40 mg, topical clobetasol to margins, GI f/u.
He reports bloody stools flaring this autumn; GI aware. Glucose checks on steroids discussed.
Photos taken for comparison.
"""),
("2022-11-15", "Nephrology Note", """
Nephrology clinic  11/15/22
PG of both shins on prednisone, better. Not calciphylaxis (bx 10/18).
HD MWF. Phos 5.1, PTH 430 - no change to binders.
wt 84kg / BMI 27.4. Glucose on steroids up to 190 - no diabetes diagnosis, will monitor.
No warfarin.
Ulcers smaller, borders flattening, base granulating.
Bone protection on steroids discussed; calcium/vit D held for now given phos and PTH - revisit.
Plan: continue; derm f/u. Monthly HD labs. Interpreter not needed - he reads English well
and keeps his own copy of every note.
"""),
]}

D19 = {"patient_id": "D19", "age": 45, "sex": "F", "notes": [
("2020-09-08", "Nephrology Outpatient Note (machine translation)", """
(translated by the computer) Nephrology outpatient department, Hospital of Lemberg-Sud. 08.09.2020

Patient K.O., 45 y. Chronic illness of the kidneys, stage 3b (eGFR 38 ml/min), from hypertension and
obesity. Not on dialysis. Diabetes 2 type - metformin 500 mg 2 times.
Family anamnesis: her brother died in 2018 on the dialysis from calciphylaxis, with wounds on
the legs.
Patient is worried if she will have the same.
Objectively: adipositas II degree, weight 104 kg, growth 1,68 m. Skin without changes.
AP 145/90.
Recommended: diet, control of phosphorus; she moves to her husband abroad in September.
"""),
("2020-10-01", "Nephrology New Patient Note", """
Nephrology - new pt  10/1/2020
45F CKD 3b (eGFR 37), HTN, DM2 on metformin, obesity class II. Relocated from abroad;
machine-translated note reviewed.
FHx: brother on dialysis abroad died of calciphylaxis 2018.
Skin exam: full, no purpura, livedo or ulcers.
Counselled: calciphylaxis is very rare at her stage of CKD; keep phosphate controlled.
Wt 103.5 kg. Never on warfarin, no insulin.
BP 142/88. Weight-loss options talked through; dietitian referral - she is keen.
Plan: ACEi, SGLT2i, labs in 3 mo.
"""),
]}

D20 = {"patient_id": "D20", "age": 52, "sex": "M", "notes": [
("2016-12-05", "Dialysis School Record (machine translation)", """
[machine translation] School of the dialysis patient, Centre "Renalis", Mirovsk. 05.12.2016

Patient B.L., 52 years, hemodialysis from 2015, diabetes 1 type on insulin pen (lispro and
degludec). BMI 25,3.
Theme of the lesson: care of the skin. The patient was taught: not to apply the hot-water bottle,
the mustard plasters and the ice on the skin, to not scratch, because dialysis patients have
risk of calciphylaxis and of the bad healing.
Examination: skin clean, without ulcers and spots.
Signature of patient about the teaching is present.
"""),
("2017-01-16", "Nephrology Clinic Note", """
Nephrology clinic  1/16/17
52M ESRD on HD (new transfer from abroad, HD MWF here), T1DM on insulin lispro/degludec.
No warfarin.
Skin: intact, no lesions of the legs, trunk or arms; nothing to suggest calciphylaxis.
Reviewed the dialysis-school teaching from his previous centre: heat and cold avoidance.
weight 78kg - BMI 25.1. BP 138/80.
PTH 350, phosphorus 5.2, calcium 9.0.
No trouble with the fistula arm. Feet: monofilament sensation intact, pulses present.
Plan: binders as before, podiatry yearly, f/u 3 months.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
