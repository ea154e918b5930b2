"""probe236 corpus notes, P08-P14 (dictated notes passed through speech recognition; all invented)."""

P08 = {"patient_id": "P08", "age": 55, "sex": "F", "notes": [
("2023-12-12", "Peritoneal Dialysis Clinic Note", """
HOME DIALYSIS CLINIC -- P D monthly visit -- dictated 12.12.2023

Fifty five year old on continuous ambulatory peritoneal dialysis, four exchanges a day,
type two diabetes, insulin degludec plus aspart injected in the abdomen, morbid obesity. Main
complaint is night time leg cramps in both calves period. Since the fall she has wrapped both
calves in an electric heating pad nightly at the high setting and sleeps with it on
because nothing else helps. Counseled that long heat on the legs can burn and to use the
low setting with an auto shut off. Exit site clean, no peritonitis this year. Weight one
hundred nine kilograms comma BMI thirty nine point four. No warfarin. Quinine not advised.
"""),
("2024-03-20", "Wound Clinic Dictation", """
Wound care center, dictation, March 20 2024

Referred by the P D nurse for wounds on both calves. She reports that on March third both
calves became painful and blotchy and within two weeks dark crusted sores formed on each
posterior calf. She still puts the heating pad around both calves nightly, as she has
done since last fall for cramps. Exam: right posterior calf six by four centimeter and left
posterior calf five by three centimeter ulcers, black eschar, netlike purple margins,
pulses palpable. Impression colon probable calcify lacks is, differential thermal injury or
erythema ab igne with ulceration. Heating pad stopped. Biopsy arranged.
"""),
("2024-04-02", "Dermatology Dictation", """
DERMATOLOGY -- dictated April 2nd 2024 -- transcription unreviewed

Incisional biopsy of the right posterior calf ulcer edge on March twenty sixth: small
vessel calcification, thrombosis, calcium in fat lobules, consistent with
calciphylaxis comma no features of a simple burn. Both calf ulcers sit inside the zone the
heating pad wrapped every night. New paragraph Plan: sodium thiosulfate intravenously at
the infusion center three times weekly, P D prescription adjusted by nephrology, wound
care twice weekly. BMI thirty nine point one.
"""),
]}

P09 = {"patient_id": "P09", "age": 61, "sex": "M", "notes": [
("2017-05-08", "Nephrology Clinic Dictation", """
NEPHROLOGY CLINIC -- dictated 05/08/2017 -- Dr. Baptiste Olumide-Fenn

Sixty one year old male, E S R D, hemo dialysis thrice weekly, in Sulan requiring type two
diabetes, with a month of exquisite pain in both inner thighs. Exam: large indurated plaques
bilateral medial thighs, livedo racemosa, two centimeter black eschar on the right side. He
injects insulin into the belly only comma never the thighs. No injury comma and he swears no
heating pad comma no ice has touched his legs period Calcium phosphate product high.
Suspect calcify lacks is, dermatology biopsy this week. Weight one hundred twenty six kg,
BMI forty one point two.
"""),
("2017-05-19", "Dermatology Dictation", """
Derm note dictated May 19 2017

Punch biopsies of the right and left medial thigh plaques: widespread calcium in small and
medium sized vessels of the subcutaneous fat comma thrombosis present, consistent with
calciphylaxis period. Prognosis discussed frankly with him and his wife. The abdomen where
he injects is clear of any lesion. No warfarin history. Dressings with non adherent gauze,
pain regimen with nephrology. Photos in chart.
Exam colon right medial thigh eschar now three centimeters, left thigh plaque still
without an ulcer, livedo creeping down toward both knees. Sugars handled by his in Sulan
regimen, unchanged. Dictated via speech engine, Dr. Marisol Quennell-Abara.
"""),
("2017-06-14", "Hemodialysis Rounding Note", """
HD rounds 14/06/2017 chair six

Calciphylaxis of both thighs, on thio sulfate twenty five grams each treatment
since late May comma tolerating with some nausea. Thigh wounds per wound nurse slightly
less painful, eschar unchanged. Insulin doses cut back, sugars in the one forties. Obese,
BMI forty point eight today, dry weight lowered by one kilo. Continue sevelamer and
cinacalcet. Ondansetron before thiosulfate.
Pain six out of ten. Blood pressure one thirty over seventy six comma no intradialytic
drops. He asks about hyperbaric oxygen, will bring it up at the next clinic visit period
Rounding nephrologist dictating, unreviewed.
"""),
]}

P10 = {"patient_id": "P10", "age": 72, "sex": "F", "notes": [
("2021-09-20", "Primary Care Dictation", """
Primary care office visit dictated 9/20/21 by Gwendolyn Marchetti-Shaw, NP

Seventy two year old lady, mechanical mitral prosthesis, warfarin long term, hypertension,
not diabetic, creatinine zero point eight with normal kidney function, here for a sore
purple area right inner thigh first seen on Labor Day. Now palm sized, firm and exquisitely
tender. Since last week she has iced it with cold packs two or three times daily to numb
the pain. No injury, bug bite or injections to the thigh by her report. I N R three point
one. Concern for warfarin related skin necrosis
versus cellulitis versus something else; urgent dermatology. BMI twenty nine point four,
overweight.
"""),
("2021-10-01", "Dermatology Dictation", """
DERMATOLOGY consult -- speech recognition -- 1 October 2021

Right medial thigh colon ten by seven centimeter indurated plaque, retiform purpura at its
margin, necrotic ulcer in the center. Incisional biopsy on September twenty fourth shows
calcified
subcutaneous micro vasculature with thrombosis plus calcium in fat lobules comma
diagnostic of calciphylaxis, non uremic, in the setting of long term warfarin. Protein C
level normal. Cold packs on the wound to stop. Cardiology contacted because
the mechanical valve needs ongoing anticoagulation.
"""),
("2021-10-15", "Anticoagulation Clinic Note", """
Anticoagulation clinic note dictated 10/15/2021

Reason colon anticoagulation in a patient with biopsy confirmed right thigh calciphylaxis.
Warfarin
stopped October eighth and replaced by enoxaparin one milligram per kilogram twice daily,
self injected in her stomach area, nowhere near the thigh wound. Anti ten A level in
range. She is no longer icing the thigh. Kidney function normal, creatinine zero point
seven. Weight seventy six kg, BMI twenty nine point two. Follow up two weeks.
Thigh wound unchanged, dermatology dressing it weekly. No bleeding problems. Sharps
disposal reviewed. Pharmacist Ambrose Tillinghast dictating, voice software used.
"""),
]}

P11 = {"patient_id": "P11", "age": 66, "sex": "M", "notes": [
("2020-11-03", "Hemodialysis Rounding Note", """
Dialysis rounds, dictated 11/03/2020 -- Renwick Street unit

Sixty six year old man with E S R D on hemo dialysis and insulin treated type two diabetes.
He uses his in Sulan pen only into the upper arms, back side, right one day and left the
next, because his belly is scarred
from old surgery. New complaint of severe pain in the left buttock for about ten days with
a hard purple patch the nurse spotted when he stood up from the chair. He denies falls,
heat packs, ice packs, or any shots into the buttock, and sleeps on his right side.
Concern for calciphylaxis, urgent dermatology. Dry weight eighty one kilos.
"""),
("2020-11-12", "Dermatology Dictation", """
Dermatology consultation dictated November 12 2020, not proofread

Left upper buttock with a seven by five centimeter violaceous stellate plaque and early
black eschar, surrounded by livedo. Punch biopsy taken on 11/05/2020 resulted today colon
calcific uremic arteriolopathy, so calciphylaxis confirmed. Asked him not to inject
anything near the buttocks and to avoid lying on the left side. No warfarin ever per
pharmacy record. BMI twenty seven point zero.
Arms checked where he injects colon soft, no nodules. Dressings colon alginate rope plus
a foam border, changed every other day.
Dictating clinician Ottoline Brandvold, MD -- new paragraph -- not proofread
"""),
("2020-12-02", "Palliative Care Consult Dictation", """
Palliative care consult dictation, December 2nd 2020

Asked to see him for pain from calciphylaxis of the left buttock. Pain eight out of ten,
worst while sitting through dialysis. Started low dose hydromorphone before dialysis and
gabapentin after each treatment. Gel cushion ordered for the dialysis chair. Goals of
care discussed, he wants to keep doing dialysis and is clear about that. Insulin still
given in the arms. Weight eighty kilograms.
He lives with his niece, who helps with the dressings. Full code for now. Palliative
team to see him weekly at dialysis period Dictated by Thaddeus Mwangi-Roe, NP.
"""),
]}

P12 = {"patient_id": "P12", "age": 58, "sex": "M", "notes": [
("2023-01-18", "Emergency Department Dictation", """
EMERGENCY DEPARTMENT PROVIDER NOTE -- dictated -- 01/18/2023

Fifty eight year old man, E S R D on hemo dialysis Monday Wednesday Friday via a left arm
graft, no diabetes, slipped on an icy driveway early today and fell onto his
right hip. Able to bear weight. Exam colon large ecchymosis and tenderness over the right
lateral hip, full range of motion, no leg shortening. Left hip nontender, skin intact. X
ray right hip and pelvis no fracture. Diagnosis contusion of the right hip. Ice and
acetaminophen, see primary care. BMI thirty point zero.
"""),
("2023-02-27", "Nephrology Clinic Dictation", """
Nephrology clinic, dictated February 27th 2023

Here regarding a newly painful left hip lesion which he dates to roughly two weeks back,
a firm tender spot at first comma now a six centimeter dusky plaque, black centered, left
lateral hip. Of
note his January fall was to the right, bruise long gone, and he reports no blow or
pressure to the left hip. Phosphorus seven point two. Never
on warfarin. Very concerned for calcify lacks is, dermatology biopsy requested. Obese, BMI
thirty point three.
"""),
("2023-03-09", "Dermatology Dictation", """
Derm dictation 09.03.2023

Left lateral hip plaque biopsied on March second colon subcutaneous fat shows calcified
small vessels plus thrombi comma compatible with calciphylaxis. The right hip where he fell
is clear, no lesions. Plan per nephrology: sodium thiosulfate, binder change. Wound care
teaching done with his wife. BMI thirty point three. Recheck three weeks.
Exam colon lesion now seven centimeters, eschar dry, livedo along the left lateral hip
margin. Pain nine out of ten comma pain team following. Not a diabetic, hemoglobin A
one C five point four. Dr. Faustina Ebbesen dictating, speech recognition output not checked.
"""),
]}

P13 = {"patient_id": "P13", "age": 64, "sex": "F", "notes": [
("2019-08-13", "Nephrology Clinic Dictation", """
NEPHROLOGY -- dictated 8/13/2019 -- Esperanza Toivonen, MD

Sixty four year old woman, E S R D on hemo dialysis since twenty fourteen, type two diabetes
on insulin, obesity. Past history of calciphylaxis in twenty sixteen, lower abdomen, at
her insulin shot sites, treated with sodium thiosulfate and healed completely by
spring twenty seventeen, scars only. Ever since, her insulin goes only into both
thighs. Today she reports three weeks of a sore firm area right breast lower outer
quadrant, now purple with a firm center. No breast trauma, no recent mammogram, no
injections there. Concern for recurrent calciphylaxis versus breast abscess. Ultrasound
and derm referral.
"""),
("2019-08-22", "Dermatology Consult Dictation", """
Derm consult dictated August 22 2019

Right breast lower outer quadrant eight by six centimeter indurated violaceous plaque,
retiform purpura, central dusky patch. Old atrophic scars in the lower abdomen from
her prior calciphylaxis, no active lesions there, thighs clear where she injects.
Ultrasound last week showed no abscess. Punch biopsy times two today. Impression colon
likely recurrent calcify lacks is. Pathology in about a week.
Legs and arms examined colon no lesions. No axillary nodes. Dictation produced with a
speech engine comma please excuse homophones. Dr. Ruairi Castellanos-Pike.
"""),
("2019-09-03", "Dermatology Follow-up Dictation", """
Dermatology follow up -- 2019-09-03 -- voice recognition

Pathology from the right breast shows vessel wall calcification, thrombi and fat necrosis
period Consistent with calciphylaxis. A recurrence at a new site, the breast, with
no preceding injury there. Restart sodium thiosulfate with dialysis. Warfarin has never
been used. BMI thirty six point five. Follow up in two weeks with wound nurse present.
Pain managed with tramadol after dialysis. Insulin regimen unchanged comma still the
thighs only. Breast surgery aware, no excision planned. Dictated, unedited.
"""),
]}

P14 = {"patient_id": "P14", "age": 59, "sex": "F", "notes": [
("2022-06-14", "Wound Clinic Dictation", """
WOUND CLINIC new patient -- dictation -- 06/14/2022

Fifty nine year old woman, hemo dialysis for E S R D, type two diabetes on glipizide,
insulin was discussed but she is not taking it. Right calf sore, painful, began over Memorial
Day weekend as a purple patch, now black scabbed. She denies any bump, burn,
heating pad or injection on the leg. Her sister, who is also on dialysis, had a similar
ulcer caused by a hot water bottle last year, which is why she came in worried. Exam colon
right posterior calf five by four centimeter ulcer with eschar and a livedoid border.
Biopsy arranged. Compression not applied today.
"""),
("2022-06-28", "Dermatology Dictation", """
Dermatology note dictated June 28 2022

Biopsy of the right calf ulcer edge done 21/06/2022 showing calciphylaxis colon calcified
small vessels plus panniculitis. She took warfarin in twenty fifteen and twenty sixteen for
a pulmonary embolism, since stopped. Plan colon sodium thiosulfate with dialysis, sharp
debridement of the eschar at the wound clinic, light compression wrap to the right calf
for edema after debridement. BMI thirty two point seven.
Exam colon right posterior calf ulcer five by four point five centimeters, eschar
adherent, pain seven out of ten comma no signs of infection. Dictated by Dr. Leontyne
Harrowgate, text from speech software.
"""),
("2022-07-12", "Wound Clinic Follow-up Dictation", """
Wound clinic follow up dictation, July 12 2022

Right calf calciphylaxis ulcer. Sharp debridement of the eschar done today and a two layer
compression wrap applied, as at each visit since the first debridement on June thirtieth.
Base now forty percent granulation. Pain down to five out of ten. Her sister is doing well.
BMI thirty two point five. Continue thiosulfate with runs.
Dressing colon calcium alginate under the wrap. Sugars stable on glipizide per
patient log. Next visit one week period Dictated by wound nurse Saoirse Lindqvist.
"""),
]}

PATIENTS = [P08, P09, P10, P11, P12, P13, P14]
