"""probe220 corpus notes, D01-D07 (machine-translated records from abroad and the local clinics around them; all invented)."""

D01 = {"patient_id": "D01", "age": 67, "sex": "F", "notes": [
("2022-02-03", "Polyclinic Neurologist Record (machine translation)", """
[MACHINE TRANSLATION - source language not English. Extract from the ambulatory card]
City Polyclinic No. 4, Varnetsk. Reception of neurologist 03.02.2022

Complaints: on the burning and numbness in both feet, stronger in night, "as if I walk
on the ants".
Anamnesis: terminal chronic kidney insufficiency, programmed haemodialysis 3 times in
week since 2018 (centre "Nefros-Varnetsk"). Diabetes mellitus 2 type, on insulin glargine
20 units in the evening, pricks it herself in the belly.
Objectively: state of middle heaviness. AP 160/85 mm hg, pulse 80 in minute. Vibration
feeling is lowered on the feet. Weight 82 kg, growth 161 cm, BMI 31,6.
Diagnosis: diabetic polyneuropathy, distal, sensory form.
Assigned: Neurobexin (vitamins B1+B6+B12) 2,0 ml intramuscular deep into the buttock,
to change the sides right-left, No.10 through one day, first injection today in the
manipulation cabinet. Gabapentin 100 mg for the night (dose for dialysis).
Repeat visit after finishing of the course.
Neurologist Ilinskaya O.P.
"""),
("2022-03-01", "Nephrology Department Epicrisis (machine translation)", """
[Automatic translation] EPICRISIS No. 1187. Nephrological department, Regional Clinical
Hospital of Varnetsk. Was in department from 21.02.2022 until 01.03.2022.

Patient R., 67 years, directed from the dialysis centre because of strong pain of the right
buttock. Two weeks ago in the upper-outer quarter of the right buttock appeared the dense
painful infiltrate, skin over it violet-blue with the net drawing, later in centre the black
crust 2 x 3 cm. The course of vitamin injections was stopped on the 7th injection.
Lab: Hb 94 g/l, leucocytes 8,9 x10*9/l, CRP 31 mg/l, Ca common 2,52 mmol/l, phosphorus
2,41 mmol/l, PTH 1040 pg/ml.
US of soft tissues of right gluteal region: liquid collection not found, abscess not confirmed.
Diagnosis: Post-injection infiltrate of the right buttock with necrosis? Calciphylaxis is not
excluded.
Recommended: consultation of dermatologist with biopsy; not to make more injections in
muscle; tramadol 50 mg if strong pain.
"""),
("2022-03-22", "Dermatology Consult", """
DERMATOLOGY CONSULT   3/22/2022
Referring: Dr. Moravec (nephrology). Interpreter: telephone line, ID 4471.

67F, recently came to stay with her son. ESRD, now on HD MWF at Lakeport Dialysis. DM2 on
glargine. Records from abroad reviewed (machine translated, wording odd in places).
HPI: painful R buttock lesion since approx 15 Feb 2022. Just before that she had a series of IM
B-vitamin injections into both buttocks, alternating sides, starting 2/3/2022, 7 of 10 given.
Exam: R buttock (the upper-outer part) - indurated plaque, violaceous, 4x5cm, edge retiform,
black eschar 2.5x3cm in the middle, very tender. L buttock: no lesion, a few faded needle marks.
Assessment: lesion arising inside the R gluteal injection field, strongly suspicious for
calciphylaxis (ESRD, high phos, PTH > 1000). Abscess ruled out on US abroad.
Plan: punch biopsy 4mm at the lesion margin today (consent via interpreter). No more IM injections.
Will call with path.
"""),
("2022-04-05", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - follow-up 04/05/22

Path on the 3/22 R buttock punch reads: mural calcium in little subcutaneous
arteries, a few with clot, and lobular fat necrosis = calciphylaxis. Derm and I agree it
developed right where she received the IM vitamin B shots abroad in Feb (Koebner-type localisation).
Pain 7/10, sleeping poorly. Son interprets today.
VS: 148/82, P 76, afebrile. Weight today 81.5kg -> BMI 31.4
Labs drawn 4/1 - iPTH 980; PO4 6.8; corrected calcium 9.6; alb 3.4; Hgb 9.7.
Plan:
- sodium thiosulfate 25g IV three times weekly, hung for the final portion of dialysis
- calcium carbonate stopped, sevelamer 800mg started (one tab per meal); cinacalcet 30mg qd
- referral wound clinic; no IM injections anywhere
- insulin glargine 20 u at bedtime unchanged
RTC 4 wks.
"""),
]}

D02 = {"patient_id": "D02", "age": 58, "sex": "M", "notes": [
("2023-08-10", "Nephrologist Consultative Conclusion (machine translation)", """
[Automatic translation from the original. Quality of the translation is not guaranteed.]
Consultative conclusion of nephrologist. Centre of Peritoneal Dialysis, Oskarn. 10/08/2023

Patient T., 58 years, on continuous ambulatory peritoneal dialysis from 2020, 4 exchanges
in day by 2 litres, glucose 1,36%. Base disease: chronic glomerulonephritis. Diabetes: no.
Atrial fibrillation, constant form - receives warfarin by 5 mg, INR was 2,6.
In June of this year patient rested in sanatorium "Silver Birch" where he received mud
applications and ozokerite on the zone of both thighs, for the pains in knees (procedures
were hot "like a frying pan", he tells).
From July on the inner surface of left thigh appeared painful dense spots of blue colour which
grow; sleeps badly from the pain.
Objectively: AP 140/80, Ps 72. Weight 79 kg, BMI 27,1. Oedemas no.
Ca 2,61 mmol/l, P 2,05 mmol/l, PTH 760 pg/ml.
Conclusion: Changes of skin of left thigh - to exclude calciphylaxis. Consultation of
dermatologist with biopsy. Question of warfarin to discuss with cardiologist.
"""),
("2023-09-04", "Dermatology New Patient", """
Dermatology - new pt visit   9/4/23
58M here for 3 mo staying with daughter. CAPD at home (brought supplies), warfarin for AF.
Brought a translated letter from his PD centre.
CC: painful L inner thigh, about 2 months.
Exam: L medial thigh, mid to upper third: stellate retiform purpura 7x5cm, black eschar 2cm
centrally, woody induration around it, livedo at the margin. R thigh clear.
Abd: PD cath exit healthy, trunk free of lesions.
Impression: PD pt on warfarin with eschar-topped retiform purpura. Calciphylaxis favored;
ddx warfarin necrosis, other thrombotic vasculopathy.
Plan: incisional bx today from the lesion rim, 2 pieces (one sent for von Kossa). Labs drawn.
Will phone daughter with results. Told him: keep all heat away from his legs.
"""),
("2023-09-20", "Wound Care Center Initial Visit", """
WOUND CARE CENTER - initial visit 09/20/2023

Dx: L medial thigh calciphylaxis (bx 9/4/23 showed calcified arterioles with intimal
hyperplasia, septal fat necrosis, von Kossa positive).
Wound #1 L medial thigh: 7.4x5.2cm, 80% black adherent eschar, 20% yellow slough; exudate
scant/serous, nonodorous. Periwound violaceous and indurated. Pain 8/10 at dressing change.
Weight 78kg; BMI 26.8. Afebrile.
Meds per pt list: warfarin 5 mg (PD centre abroad to decide on switch), sevelamer, calcitriol
stopped.
Plan: eschar dry and firmly stuck -> leave intact (no sharp debridement); cadexomer iodine
applied to the rim, silicone
foam cover, change every 2-3 days; daughter shown how. Pain: tramadol per PCP. Nephrology
here to coordinate STS with his home team. RTC 2 weeks.
"""),
]}

D03 = {"patient_id": "D03", "age": 71, "sex": "F", "notes": [
("2021-10-02", "Family Doctor Referral Letter (machine translation)", """
DOCUMENT TRANSLATED BY MACHINE. Ambulatory of family medicine, village Dolna Reka.
Letter of referral, 02.10.2021

Respected colleague! I send to you the patient M.D., 71 y., who is on the hemodialysis in your
town centre three times weekly (terminal stage of renal insufficiency from polycystosis of
kidneys).
In February she had the spontaneous osteoporotic fracture of vertebra L1. From spring of this
year she wears each day the rigid orthopaedic corset with metal plates, tightened strongly.
From September she complains of pain on the both sides of waist, just above the bones of the
pelvis, where appeared blue-black spots, hard like a wood.
Not diabetic. Warfarin she took until 2019, then the cardiologist changed on apixaban.
Weight 76 kg, growth 159 cm, BMI 30,0. AP 130/70.
Please examine her and take decision.
With respect, Dr. V. Petkova
"""),
("2021-10-20", "Dermatology Clinic Note", """
DERM CLINIC  10/20/21
71F ESRD on HD (polycystic kidney disease), referred by GP abroad and our nephrology.
Wears a rigid lumbar brace with metal stays ~10 h/day since spring '21 after an L1
compression fx (no fall).
Exam: bilateral flanks, each a few cm cranial to the iliac crest: symmetric 6-8 cm bands of retiform purpura
with central black eschars (L 3 x 2 cm, R 4 x 2 cm), indurated, very tender. They lie exactly
beneath the brace's lower rim - she put it on in clinic and the rim lands on both lesions.
No lesions on abdomen, thighs, legs.
A/P: calciphylaxis suspected, localized by brace pressure. Incisional bx L flank today.
Stop the brace; spine team to advise a soft alternative.
"""),
("2021-11-03", "Nephrology Progress Note", """
Nephrology progress note 11/3/2021

Path (10/20): calciphylaxis - calcified small vessels of subcutis, luminal thrombi, necrosis.
Summary: bilateral flank calciphylaxis at the pressure points of her lumbar brace, worn daily
since spring; lesions since Sept.
ESRD on thrice-weekly HD (left arm fistula), Kt/V 1.4. Not diabetic. Anticoag now apixaban (2.5 mg,
b.i.d.) - warfarin discontinued back in 2019.
Brace off for 2 wks now, pain a bit better.
Wt 75.6 kg   BMI 30.0   BP 128/66
PTH 702 with Ca 9.9 and phosphorus 6.1.
Plan: STS 25g after each run; cinacalcet titrate to 60; calcium acetate discontinued; wound
team; palliative consult re pain. Daughter updated by phone.
"""),
]}

D04 = {"patient_id": "D04", "age": 62, "sex": "M", "notes": [
("2019-04-16", "Vascular Surgery Discharge Extract (machine translation)", """
[TRANSLATED AUTOMATICALLY]
Clinic of vascular surgery "Angio-Med", Tervin. Extract from the history of illness No. 522.
Patient K.A., 62 years. Was in stationary 13.04.2019 - 16.04.2019.
Diagnosis: Varicose illness of the left lower limb, C2. Accompanying: CKD 5D, program
hemodialysis (Tuesday, Thursday, Saturday). Diabetes mellitus 2 type, on diet, without tablets.
Atrial fibrillation - takes acenocoumarol (Sintrom) 2 mg, it was paused 5 days before.
Operation 14.04.2019: miniphlebectomy after Varadi on the left shank, 9 puncture-cuts 2-3 mm
along the medial and back surface of the left calf. Without complications.
Weight 104 kg, BMI 33,8.
Recommended: bandages 5 days, to take off the steri-strips on the 10th day, to walk much.
Acenocoumarol again from tomorrow, INR control after 3 days.
"""),
("2019-06-25", "Hemodialysis Department Letter (machine translation)", """
Nephrologist of the hemodialysis department, Tervin City Hospital. 25.06.2019.
[text was translated by a program]

Patient K.A. is on program hemodialysis 4 years. From the beginning of June on the left shank,
precisely on the places of postoperative scars after phlebectomy, appeared painful violet plaques,
three of them with black necrosis in the centre. The pain is "burning like the nettle, only
stronger".
Biopsy 20.VI.2019 (skin of left calf): calcinosis of the middle layer of the little arteries in
the fat under the skin, thrombosis - picture of calciphylaxis.
Ca 2,48 mmol/l, P 2,2 mmol/l, PTH 1320 pg/ml.
Conclusion: Calciphylaxis of the left shank, the elements arose in the scars of the operation
(phenomenon of Koebner).
Prescribed: sodium thiosulfate 25 g intravenously after each dialysis; acenocoumarol is
cancelled. Patient moves to his family abroad in July - copies given.
"""),
("2019-08-12", "Wound Clinic New Patient", """
Wound Clinic - new patient  8/12/2019
62M relocated to live with family; HD TTS at Riverside Dialysis. Calciphylaxis L lower leg,
biopsy-proven abroad in 6/2019; ulcers sit on his old phlebectomy incisions from April.
Wounds:
 L medial calf x3: 1.2x0.8 / 2.0x1.5 / 0.9x0.9 cm
 L posterior calf: 2.5x2.0 cm
 all dry black eschar, periwound livid and indurated, no drainage.
Meds: STS with HD (ordered here by Dr. Ahn), sevelamer, cinacalcet. Anticoagulant stopped in
June (was acenocoumarol). DM2 diet only.
Ht 175, wt 101.4 -> BMI 33.1
Plan: stable eschars - povidone paint, dry gauze, no compression wraps; elevate legs; f/u 2 wk.
"""),
]}

D05 = {"patient_id": "D05", "age": 55, "sex": "M", "notes": [
("2024-03-04", "Emergency Department Sheet (machine translation)", """
[Machine translation] Reception-emergency department, Hospital of St. Lazar, Brevno.
04.03.2024  10:40
Patient S.N., 55 y. Complaints on the wound of right shank.
Anamnesis: yesterday in evening was bitten by the dog of neighbour (dog vaccinated, owner
known) into the back surface of the right shank.
Status localis: on back surface of right shank, middle third, two stab wounds 0,5 and 1 cm,
the edges bruised, small bleeding, signs of inflammation absent.
Done: washing with soap solution and peroxide of hydrogen, aseptic bandage. Tetanus anatoxin
0,5 ml i/m in the left shoulder. Amoxicillin/clavulanate 875 mg 2 times, 5 days.
Accompanying: CKD 5, hemodialysis Monday-Wednesday-Friday. AP 170/95, t 36,8 C.
Recommended: bandages at the surgeon of polyclinic, to observe the dog 10 days.
"""),
("2024-04-02", "Dialysis Centre Doctor Examination (machine translation)", """
Hemodialysis centre "Vita-Nefro", Brevno. Examination of the doctor 02.04.2024.
(automatically translated)

Patient S.N., dialysis from 2021, 3 times in the week on 4 hours. Complaints on strong pain of
the right calf, cannot to sleep. 3 weeks ago in the right calf appeared a livid hard zone,
which now in the middle became black. Diabetes: absent.
Objectively: on back surface of right calf, middle third, dense infiltrate 6 x 4 cm, violet
with the net, black necrosis in centre 2 x 1,5 cm. Temperature normal.
Dry weight 74 kg, BMI 24,6.
Ca 2,55 mmol/l, P 2,31 mmol/l, PTH 845 pg/ml, CRP 12 mg/l.
Conclusion: Necrosis of the skin of right calf. Calciphylaxis? Infection of the soft tissue?
The patient goes to his daughter abroad in April and will be examined there, extract given.
"""),
("2024-04-18", "Dermatology Consult", """
DERMATOLOGY  04/18/2024
55M, ESRD on HD (transient pt at Northgate Dialysis while visiting daughter). Translated
records reviewed, daughter interprets.
R posterior mid-calf: indurated plaque 6.5x4.5cm, livedoid, retiform border; eschar 2.3x1.8cm
in the centre; patient winces even when the sheet brushes it. Nonfluctuant; no lymphangitic streak.
L leg and trunk clear.
Labs today: Ca 10.1, phos 7.0, PTH 812.
Imp: calciphylaxis most likely; r/o vasculitis, deep infection.
Plan: 2 punch specimens from the rim: histology with von Kossa stain, and a piece for tissue
culture. Keep legs protected, no heat.
Results to nephrology.
"""),
("2024-05-02", "Nephrology Note (Transient Dialysis)", """
Nephrology - transient HD patient  5/2/24

Bx 4/18 R calf: calcific uremic arteriolopathy with vessel thrombosis; tissue cx negative.
Doing HD MWF here until June.
Plan: STS 25g IV, 3x/wk, toward the end of HD; Ca acetate -> lanthanum; cinacalcet 30mg;
wound clinic; gabapentin 100mg after dialysis for pain. Pt wants to return home in June - will write a
plain-English summary for his centre.
Wt 73.4 kg, BMI 24.3. No DM. No anticoagulants.
BP 156/88, HR 80.
Daughter asks whether he may fly with open wounds - yes, with dressing supplies in the cabin bag
and the biopsy report printed.
"""),
]}

D06 = {"patient_id": "D06", "age": 49, "sex": "F", "notes": [
("2023-04-11", "Endocrinology Consultation (machine translation)", """
[MT] Endocrinological department, University Hospital of Marenzia. Consultation 11.04.2023.

Patient L.B., 49 years. Diabetes mellitus 1 type from 2009, complicated by diabetic
nephropathy, terminal stage; on peritoneal dialysis (automatic, in night) since 2021.
Insulin: glargine 14 U in morning, aspart 4-6 U to the meals. Technique of injection: since
2017 the patient injects only in the anterior surface of both thighs, "the belly is for the dialysis
tube".
From March she has painful hard knots on the anterior surface of both thighs, skin above purple with
the net, on the left one a black crust.
HbA1c 7,4%. AP 125/75. BMI 22,3.
Conclusion: Lipohypertrophy? Calciphylaxis? Recommended: dermatologist; to change the
zones of injections to the shoulders.
"""),
("2023-04-28", "Dermatology Consult", """
DERM consult 4/28/23
49F T1DM, ESRD on APD, relocated here 3 weeks ago. Brought translated endocrine note.
Exam: bilateral anterior thighs - multiple tender violaceous indurated plaques (2-5cm) w/
retiform livedo; one on the L anterior thigh carries black eschar 1.5cm. Distribution matches her
insulin injection zones exactly (she showed me where she injects). Abdomen: PD catheter exit
clean, no plaques. Arms: nothing.
A/P: favor calciphylaxis at the insulin injection sites over lipohypertrophy or
panniculitis. 4 mm punch L anterior thigh today. Insulin into the upper arms meanwhile.
"""),
("2023-05-15", "PD Clinic Note", """
PD clinic   5/15/2023
Bx 4/28: calciphylaxis - vK-positive calcified arterioles in subcutis + fat necrosis.
No growth of the thigh plaques; eschar on the L stays dry. Pain 6/10.
Now injecting insulin into upper arms. Glucose log 110-220.
APD 5 cycles/night, 1.5%, icodextrin daytime; Kt/V (weekly) 1.9, last checked April.
Wt 58 kg   BMI 22.1   BP 122/70
Ca 9.4 / P 6.3 / PTH 540.
Plan: STS infusions 3x/wk at infusion center; low-calcium PD fluid; stop calcitriol; sevelamer.
PD RN to recheck exit-site care and her arm-injection technique at the home visit next week.
"""),
]}

D07 = {"patient_id": "D07", "age": 73, "sex": "M", "notes": [
("2024-02-09", "General Practice Letter (machine translation)", """
Translated by machine from the original. General practice, settlement Ostrovki.
09.02.2024. To the dialysis centre.

Patient G.P., 73 y., hemodialysis 3 times in week (diabetic nephropathy). Diabetes 2 type on
gliclazide, insulin does not take. Warfarin 3,75 mg for the artificial mechanical valve.
Since New Year's Eve the patient warms each evening the left knee with a bag of salt heated
on the pan (folk method against arthrosis), sometimes he sleeps off with it on the knee.
From the end of January on the frontal side of left knee, over the knee cup, appeared a painful
dark-violet spot, now with the black crust 1,5 cm.
AP 150/80, pulse 68, BMI 28,9. INR 3,1.
I think it is the burn from salt, but the dialysis doctor says it can be calciphylaxis.
Please, look.
"""),
("2024-02-26", "Dermatology Note", """
DERMATOLOGY  2/26/2024
73M ESRD/HD, T2DM on gliclazide, mechanical AVR on warfarin. Son interprets.
Has put a heated-salt pouch on his L knee nightly since New Year's Eve; L anterior knee lesion since
late January.
Exam: L prepatellar: indurated violaceous plaque 5x4cm, retiform margin, central 1.8 cm
black eschar. No blister, no reticulate erythema ab igne pigment. R knee normal.
Imp: calciphylaxis arising where he applies the heated salt pouch (thermal Koebner), not a
simple burn. Warfarin adds to the risk.
Plan: incisional bx; stop all heat to the knee; cardiology re anticoagulation (mechanical valve -
cannot just stop warfarin).
"""),
("2024-03-12", "Nephrology HD Rounds", """
Nephrology - HD rounds 3/12/24
Bx (2/26): calciphylaxis, L knee, von Kossa +.
Wound: L anterior knee eschar 2 x 1.6 cm, edges stable, no drainage.
Warfarin continued per cardiology (mechanical valve), target INR now 2-2.5. STS 25g after HD
from 3/1. Sevelamer 1600 TID. Cinacalcet 30.
Ca 9.2 / P 5.9 / PTH 640 / Hb 10.4.
BP 146/78  BMI 28.7
Plan: continue, wound RN weekly on the unit.
The son wonders whether the salt bag could go on the other knee for arthrosis - advised no heat to
either knee; acetaminophen 650 mg every 8 h instead.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
