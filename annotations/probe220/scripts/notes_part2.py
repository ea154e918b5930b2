"""probe220 corpus notes, D08-D14 (machine-translated records from abroad and the local clinics around them; all invented)."""

D08 = {"patient_id": "D08", "age": 81, "sex": "F", "notes": [
("2023-11-10", "Dialysis Unit Clinic Record (machine translation)", """
[Machine translation of a clinic record; the original is not in English]
Outpatient room of the Dialysis Unit, Provincial Hospital of Haranishi. 10.11.2023

Patient Mrs. Y.T., 81 years old. Maintenance hemodialysis 3 times a week since 2016, kidney
failure from nephrosclerosis. No diabetes. No anticoagulant drug.
From 2.11.2023 on the upper side (back) of right foot a hard painful purple spot appeared; the middle
of it became black.
Way of life: she sits on the floor in the traditional manner, on the knees with the feet folded
under the body, the back of the feet pressed to the tatami, several hours every day, all of her
life.
Calcium 10,2 mg/dl, phosphorus 7,1 mg/dl, intact PTH 588 pg/ml.
Height 148 cm, weight 43,4 kg, BMI 19,8.
Evaluation: suspicion of calciphylaxis. She goes to live with her son abroad next week; please
continue the examination there.
"""),
("2023-11-28", "Dermatology Consult", """
Dermatology consult  11/28/23
81F, ESRD on HD, new to our unit (moved into son's home). Machine-translated clinic letter
reviewed; son interprets.
Onset 11/2/23, R dorsal foot.
Exam: R dorsal foot, over the shafts of MT 2 and 3: stellate purpuric plaque 3.5x3cm,
eschar centrally, livedo around. L dorsum: callus-like thickening only, no purpura.
Pedal pulses dopplerable bilat.
Assessment: calciphylaxis at the pressure point of her seiza kneeling posture - the dorsal
foot carries her weight on the floor for hours daily.
Plan: punch bx from the edge; she agrees to sit on a chair from now on; offloading shoe.
"""),
("2023-12-14", "Wound Care Visit", """
Wound care  12/14/2023
Bx 11/28 R dorsal foot: calciphylaxis (calcified dermal/subcutaneous vessels, thrombi).
Wound: R dorsal foot 3.8 x 3.2 cm, dry black eschar 100%, no exudate, periwound purple rim
0.5 cm, no fluctuance. Pain 5/10 with shoe; tolerating the offloading sandal.
Sitting on a chair at home now, son confirms.
Wt 43 kg, BMI 19.6.
Plan: eschar left dry; povidone-iodine painted once a day, gauze, no debridement. STS per
nephrology with HD. Recheck in two weeks, or earlier for drainage/redness.
"""),
]}

D09 = {"patient_id": "D09", "age": 64, "sex": "F", "notes": [
("2018-05-14", "District Polyclinic Therapist Record (machine translation)", """
[machine translated] District polyclinic, Zaretsk. Therapist. 14.05.2018.

Patient N.K., 64 y. B12-deficient anaemia (Hb 89 g/l, MCV 112 fl). Hemodialysis from 2015
(chronic pyelonephritis). Diabetes 2 type - keeps the diet, without medicines.
Assigned: cyanocobalamin 500 mcg intramuscular every day No.14, after that 1 time in week; the
nurse makes it always into the left thigh (outer surface), because patient asks so.
Objectively: skin pale, clean. AP 135/80. Weight 92 kg, BMI 35,2.
Control of blood after 1 month. Next visit to the therapist in 4 weeks, with the card.
"""),
("2018-08-20", "Hemodialysis Department Note (machine translation)", """
Hemodialysis department, Zaretsk. 20.08.2018. [translation by program]

Complaints: from the middle of July painful lumps on the outer side of the right thigh, skin
over them violet with black point in the middle, 4 x 3 cm.
Injections of B12 continue weekly into the left thigh - there the skin is clean, no changes.
Labs: Ca 2,58 mmol/l, P 2,37 mmol/l, PTH 1210 pg/ml.
Diagnosis: Calciphylaxis of the right thigh (clinically, confirmed by surgeon).
Recommended: sodium thiosulfate with dialysis, to discuss parathyroidectomy. To continue diet
for diabetes.
"""),
("2018-09-17", "Dermatology Consult", """
DERMATOLOGY  9/17/18
64F with ESRD (HD) and DM2 managed by diet, visiting her sister for 2 months; HD as transient at
Eastfield. Translated notes reviewed.
Exam: the right thigh, lateral aspect, has a violaceous indurated 5x4cm plaque with
retiform edge and a 1.2cm eschar in its centre. L lateral thigh (her weekly B12 IM site): skin normal, no induration.
Punch bx R thigh 9/10 -> calciphylaxis.
Assessment: calciphylaxis R thigh. This isn't at an injection site - she has only ever had the B12 in
the left thigh.
Plan: STS with HD here; B12 may continue in L thigh or switch to oral. Wt 91.4 kg, BMI 35.0.
"""),
]}

D10 = {"patient_id": "D10", "age": 68, "sex": "M", "notes": [
("2020-03-20", "Nephrology Outpatient Note (machine translation)", """
(Text automatically translated) Nephrology ambulatory, Hospital Santa Irene de Calvera.
20/03/2020

Male 68 years, peritoneal dialysis since 2017 (CAPD, 3 bags). Diabetes type 2 with insulin
detemir 22 UI at night. Anticoagulation: warfarin 4 mg for deep vein thrombosis of the
right leg (2019).
Since the 10 of March he has on the left calf a painful network of violet colour and a hard
plaque that blackens in the centre. No antecedent of blow or wound there, he says.
Exploration: TA 138/76. Weight 86 kg. BMI 29,9 (overweight).
Calcium 10,4 mg/dl, phosphorus 6,9 mg/dl, PTH 690.
Judgement: suspicion of calciphylaxis. We request biopsy for next week.
"""),
("2020-04-10", "Emergency Report (machine translation)", """
(Automatic translation) Urgency Service, Hospital Santa Irene. 10/04/2020 09:15

Reason: fall at home.
On 04/04/2020 he fell on the stairs of his house and struck the left calf against the edge of a
step. Abrasion 3x2 cm of the left calf, just next to the known ulcer, with bruise.
Antecedents: calciphylaxis of left calf confirmed by biopsy 24/03/2020 (vessels with calcium,
thrombosis). PD. Diabetes with insulin. Warfarin.
Exploration: ulcer of left calf 4x3 cm, black eschar, edges violet; abrasion beside,
superficial, clean. No fracture on X-ray.
Treatment: cure with saline, vaseline gauze. INR 2,4.
Destination: home, control by his nephrologist.
"""),
("2020-04-30", "Dermatology Note", """
DERMATOLOGY  4/30/2020
68M on CAPD, T2DM on insulin, warfarin for prior DVT; came to live with his daughter 2 weeks
ago, Spanish records machine translated.
Calciphylaxis L calf, biopsy-proven 3/24/20. Onset 3/10/20.
Fall on 4/4/20 scraped the same calf beside the ulcer - this came after the calciphylaxis
started, so it is not what triggered it.
Exam: ulcer L posterior calf 4.5x3.2cm, black eschar, violaceous rim; healed abrasion
lateral to it. R leg clear.
Wt 85.7 kg, BMI 29.9.
Plan: STS via PD team; heme to weigh a warfarin-to-apixaban switch; wound clinic.
"""),
]}

D11 = {"patient_id": "D11", "age": 59, "sex": "F", "notes": [
("2019-01-15", "Surgical Department Extract (machine translation)", """
[TRANSLATED BY MACHINE] Department of purulent surgery, City Hospital No. 2, Lindau-Ost.
Extract 15.01.2019.

Patient E.W., 59 y. Ulcer on the right lower part of the belly (on the apron of fat) since
December, growing. Terminal renal insufficiency, hemodialysis 3 times weekly. Diabetes 2 type
on tablets (linagliptin). Weight 118 kg, BMI 41,0.
Biopsy from the edge of ulcer 10.01.2019: calciphylaxis (calcinosis of the small vessels,
necroses of the fat).
At home the relatives put warm cabbage leaves with honey on the ulcer as compress - we asked
to stop this.
Status localis: right lower abdomen 9 x 6 cm ulcer with black crust, around violet net.
Done: necrectomy partial 12.01.2019, bandages with povidone-iodine.
Recommended: continue bandages, sodium thiosulfate at dialysis.
"""),
("2019-02-05", "Wound Clinic Visit", """
Wound clinic  2/5/2019
59F ESRD/HD, DM2 (linagliptin), obese; moved here with husband in late Jan. Calciphylaxis R
lower abdomen / pannus, bx-proven abroad 1/10/19. Partial necrectomy there 1/12.
Wound: R lower pannus 9.5x6.2cm; eschar ~60 pct, slough ~40 pct; moderate serous exudate,
mild odor.
Procedure: sharp selective debridement (loose slough, inferior margin); bled minimally,
stopped with gauze pressure. Alginate then bordered foam, daily change.
Teaching: no cabbage or honey compresses. No tape on skin - wrap with tubular binder.
Pain 6/10 after debridement.
"""),
("2019-02-26", "Nephrology Clinic Note", """
Nephrology clinic note   02/26/19
R pannus calciphylaxis, slow progress at edges.
Dialyzing Mon-Wed-Fri through her left brachiocephalic fistula. STS 25g each run from 2/6.
Nothing is injected in her abdomen - she takes no insulin and gets no SC heparin. Only oral
DM meds.
Weight 116.8kg, BMI 40.6, BP 152/84
Chem 2/20: PTH 488, phosphorus 5.7, Ca 9.1.
Plan: keep STS going; cinacalcet 60; sevelamer; wound clinic weekly; dietitian. No warfarin,
never has been on it.
Husband present and asks about the outlook - discussed openly; she agreed to
a referral to the palliative team.
"""),
]}

D12 = {"patient_id": "D12", "age": 70, "sex": "M", "notes": [
("2022-07-05", "Nephrology Extract (machine translation)", """
[Text was translated automatically] Nephrology clinic, Provincial Hospital of Kettering-Nord.
05.07.2022

Patient A.F., 70 years. Chronic hemodialysis from 2018. Diabetes 2 type; insulin was replaced by
tablets in 2019 (now sitagliptin). Weight 101 kg, BMI 32,5.
From June painful ulcers on both shins with the black crusts, the skin around is violet with the
net. Biopsy 28.06.2022 from right shin: calciphylaxis.
The patient denies traumas, falls, burns, insect bites, injections in the legs.
Hot baths for the feet and the warming ointments are forbidden for him.
Plan: sodium thiosulfate with each hemodialysis, cinacalcet.
"""),
("2022-07-25", "Vascular Surgery Consult", """
Vascular surgery consult  7/25/22
70M ESRD on HD, DM2 (sitagliptin; off insulin since 2019), bx-proven calciphylaxis both shins
since June. Asked re: AV access revision and whether arterial disease contributes.
ABI 1.0 R / 0.95 L, TBI 0.6 bilat - no critical limb ischemia.
Exam: bilateral anterior shin ulcers with eschar (R 3 x 2, L 4 x 2.5 cm).
Pt again denies any knock, scratch or burn to the legs.
Plan: if access revision is done, he would get enoxaparin shots as VTE prophylaxis peri-op -
those would go in the upper arms, away from the ulcers. No surgery scheduled yet.
"""),
("2022-08-15", "Wound Clinic Note", """
Wound clinic  8/15/2022
Bilateral shin calciphylaxis.
R anterior shin 3.2x2.0cm, L anterior shin 4.1x2.6cm: dry eschar, no slough, periwound
violaceous. Pain 7/10.
Counselled: avoid heating pads / hot foot soaks / ice on legs; no compression hose;
protect the shins from bumps.
BMI 32.1. Glucose fine on sitagliptin.
Plan: betadine to eschar, non-adherent dressing, gauze wrap; f/u 2 weeks.
Walks with a cane; wife does the dressings every other day and reports no fever. Tramadol
50 mg after HD takes the edge off the pain. Nephrology continues STS with each run.
"""),
]}

D13 = {"patient_id": "D13", "age": 66, "sex": "F", "notes": [
("2021-05-03", "Polyclinic Neurology Record (machine translation)", """
[Automatic translation] Polyclinic of Sarvena, neurologist. 03.05.2021

Patient I.M., 66 y. Complaints on pain in the low back with irradiation to right leg.
Accompanying: hemodialysis 3 times in week (chronic glomerulonephritis), not diabetic.
Atrial fibrillation - warfarin 5 mg, INR 2,3.
Was made: course of diclofenac 3 ml intramuscular into right buttock, its upper-outer quarter,
No.5 from 19.04.2021 (finished 23.04).
Now pain less. AP 140/85. Weight 70 kg, BMI 26,3.
Recommended: exercises, to avoid lifting weights. Control in one month; MRI of the lumbar
spine if there is no effect.
"""),
("2021-06-02", "Hemodialysis Centre Note (machine translation)", """
Hemodialysis centre "Nefrocare Sarvena". 02.06.2021. [machine translation]

Complaints: from the middle of May painful plaque on the right hip, outer surface, over the
big trochanter, now with black crust 2 cm.
Biopsy 28.05.2021: calcification of vessels, necrosis of fat - calciphylaxis.
Labs: Ca 2,49, P 2,18 mmol/l, PTH 980 pg/ml. Pain 6 from 10 on the scale, sleeps in the chair.
Plan: sodium thiosulfate by 25 g after each procedure of dialysis. Warfarin - to consult cardiologist.
The patient travels to her daughter abroad in June, the documents are given.
"""),
("2021-06-21", "Dermatology Consult", """
DERMATOLOGY CONSULT  6/21/21
66F ESRD/HD, AF on warfarin, visiting daughter. Translated records: calciphylaxis bx 5/28/21.
She asks if the diclofenac shots in April caused it.
Exam: R lateral hip, right on top of the greater trochanter: indurated violaceous plaque
6x5cm, central eschar 2.2 cm. R upper outer buttock (the injection area): normal skin, no
induration, no scar, about 10 cm above and behind the lesion.
Assessment: R lateral hip calciphylaxis; the lesion lies outside the injection area - the
gluteal injection field is clear.
Plan: STS with HD here; cardiology agrees to swap warfarin for apixaban; wound RN. BMI 26.0.
"""),
]}

D14 = {"patient_id": "D14", "age": 61, "sex": "M", "notes": [
("2025-01-20", "Internal Medicine Epicrisis (machine translation)", """
[MACHINE TRANSLATION] Epicrisis, internal department, Hospital of Ravelle. 08.01-20.01.2025

Patient P.D., 61 y., program hemodialysis. Not diabetic.
1) Pneumonia of right lower lobe: ceftriaxone 1 g intramuscular in the right buttock
02.01-07.01.2025, then tablets. On the place of injections formed a painful post-injection
infiltrate 3 cm; ultrasound - no abscess.
2) On 12.01.2025 the patient put the hot-water bottle on the left thigh in bed and got burn of
II degree, blister 4 x 3 cm. Treated with panthenol.
3) From the end of the stay: on lower abdomen hard painful violet spots.
Weight 112 kg, BMI 36,7. AP 150/90.
Recommended: dermatologist about the spots of the belly.
"""),
("2025-02-12", "Dermatology Consult", """
DERMATOLOGY  2/12/2025
61M ESRD on HD, no DM, obese. Came here to his son; translated epicrisis reviewed.
1. Lower abdomen bilat: indurated retiform purpuric plaques, largest 7 x 4 cm, two with eschar;
onset ~ late Jan 2025. Punch bx 2/3: calciphylaxis (von Kossa + vessels, thrombi).
2. L anterior thigh: healing superficial partial-thickness burn with blister remnant from the
hot-water bottle - a thermal burn, not calciphylaxis.
3. R buttock: resolving post-injection induration - not calciphylaxis.
Nothing injected or worn on the abdomen.
Plan: STS on HD days; abdominal wound care; burn care L thigh.
"""),
("2025-03-05", "Nephrology Clinic Note", """
Nephrology clinic  3/5/25
Abdominal calciphylaxis, improving pain.
HD MWF, R arm AVF. Not diabetic. No anticoagulation.
L thigh burn healed; R buttock induration gone.
Wt 110 kg  BMI 36.1  BP 144/82
Most recent chem: phosphorus 5.5, calcium 9.3, PTH 610.
Plan: STS continues, cinacalcet 60, lanthanum; weight loss talk; f/u 6 wk.
Abdominal plaques: eschars dry, margins softer, nothing new since February. Pain 3/10 (was 7).
Son asks about a trip home in summer - reasonable if the wounds keep improving.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
