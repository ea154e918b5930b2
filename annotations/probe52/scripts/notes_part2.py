"""probe52 corpus notes, C08-C14 (nursing home and geriatric care; all invented)."""

C08 = {"patient_id": "C08", "age": 83, "sex": "M", "notes": [
("2023-08-14", "Care Home Admission Assessment", """
ADMISSION - Kestrel View Care Centre, 14/08/2023
Mr Lionel Featherstone, 83, admitted from Ward 9 after 6 week stay (pneumonia, deconditioning).
Renal: ESKD, haemodialysis via L AVF, transport booked M/W/F.
Cardiac: AF, on warfarin - INR monitored at dialysis unit.
No diabetes (HbA1c 38).
Habits: sits for most of each day in his riser recliner in the lounge with the left forearm propped on the wooden armrest. Offered a gel pad - declined.
Skin on admission: intact throughout, heels slightly dry. Waterlow 17.
Wt 98.6 kg, BMI 31.2.
"""),
("2023-11-07", "Nursing Progress Note", """
Lionel showed me a sore place - L forearm, lateral aspect, right where it rests on the recliner arm all day. Purple hard area, about 4 x 2.5cm, with a black crusted centre and lacy purplish skin around. He said it started last month but he didn't want to bother anyone. Very tender.
Gel armrest pad now fitted, he agreed this time. GP asked to review on Weds round. Photo in chart.
"""),
("2023-11-15", "GP Ward Round", """
Ward round - Dr Yusuf Carraway
Lionel, 83. HD pt on warfarin. BMI 30.6 today (weight down slightly).
L lateral forearm: necrotic plaque w/ retiform purpura. Biopsy by derm 10/11 - result: calciphylaxis. Located at the point of constant contact with the hard recliner armrest since admission to Kestrel View (14 Aug); chronic pressure felt to be the local trigger.
Renal aware - STS started. Cardiology advise swapping warfarin for apixaban. Pain: paracetamol + topical lidocaine patch nearby (not on lesion).
"""),
("2023-12-01", "Family Phone Update", """
Rang nephew (Martin) at his request. Explained uncle's arm wound is a rare problem called calciphylaxis linked to his kidneys, and that the doctors think leaning the arm on the hard chair arm made it appear there. Martin asked if it will heal - explained it is slow and painful and the palliative team is helping with pain. He will visit Sunday.
"""),
]}

C09 = {"patient_id": "C09", "age": 71, "sex": "M", "notes": [
("2018-03-06", "Diabetes Nurse Review", """
DSN visit - Fairholme Care Home
Mr Desmond Okoro. T2DM on Humulin I twice daily, given by nurses. Site rotation chart reviewed - all doses given into R thigh for the last 4 months (resident refuses abdomen as "it's ticklish"). Early lipohypertrophy R thigh. Advised rotation across the R thigh area + try arms.
Also ESRD on HD, BMI 34.0 - obese. No warfarin.
"""),
("2018-04-19", "Nursing Progress Note", """
New painful lesion on the INNER L thigh noted at wash this morning. Hard, dusky, ~3cm with central black crust and mottled halo. Desmond says it started a week ago. Nothing has been injected into that leg - MAR rotation sheet shows R thigh + R upper arm only. No falls, no hot packs.
GP informed.
"""),
("2018-05-02", "Nephrology Letter", """
Dear GP,
Desmond Okoro, 71, HD. Skin biopsy from the left medial thigh lesion confirms calciphylaxis. Note that his insulin goes into the opposite (right) thigh and arm, and the left thigh has had neither injury nor injections, so we do not feel this represents an injection site reaction - more likely spontaneous, driven by his high phosphate and obesity (BMI 34).
Plan: thiosulfate, stop calcium-based binders. Avoid insulin injections into any area near lesions.
"""),
]}

C10 = {"patient_id": "C10", "age": 84, "sex": "F", "notes": [
("2020-02-14", "GP Ward Round", """
Ward round - Ashby Grange
Mrs Philippa Strand, 84. HD (Tu/Th/Sa), warfarin for recurrent DVT. Not diabetic. BMI 29.9 - overweight.
4 days of pain R shin. Exam: R anterior lower leg 3cm purple indurated plaque, dark centre, netlike edge. She denies any knock, fall, scratch or anything applied to the leg beforehand, and staff confirm nothing logged.
Imp: ?calciphylaxis vs early venous ulcer. Derm referral.
"""),
("2020-03-01", "Falls Log", """
FALLS LOG - Ashby Grange 01/03/2020 19:10
While transferring to bed Philippa banged her R shin - wheelchair footplate not swung away - knocked directly against the dressing over her existing shin wound. No fall to floor. Small amount of fresh blood on dressing, redressed. Obs normal. Carer reminded about footplates.
"""),
("2020-03-11", "Dermatology Letter", """
Re: Philippa Strand
Diagnosis: calciphylaxis, right shin - biopsy 24/02/2020 confirmed.
Onset of pain 10 February 2020 with no preceding trauma to the leg. The footplate knock on 1 March happened to the lesion after it was established, and should not be regarded as a cause. The wound is larger (5cm) since then.
Warfarin - recommend change to a DOAC with renal dosing. BMI 29.9.
"""),
]}

C11 = {"patient_id": "C11", "age": 69, "sex": "F", "notes": [
("2025-01-21", "MDS Admission Assessment", """
MDS 3.0 ADMISSION (5-day)
Resident: Mrs Dolores Vantongeren, 69.
I0100-I8000 active dx: ESRD on PD (cycler, nightly), type 2 DM diet controlled, morbid obesity (BMI 41.3), chronic low back pain, bilat knee OA.
Pain mgmt: electric heating pad to her lower back nightly (own device - safety checked by maintenance); cold gel packs to both knees after physio.
M1040: lesion present - abdominal pannus, lower fold on the R, black eschar 6x4cm, indurated violaceous skin around it; family say since Christmas.
"""),
("2025-01-23", "Nurse Practitioner Note", """
NP visit. Pannus lesion R lower abdomen examined under good light: firm necrotic plaque with retiform purpura. No heating pad or packs ever used on the abdomen per resident ("only my back and my knees"). Back and knees examined: skin intact, mild erythema ab igne lower back only.
No insulin, no injections into abdomen. No anticoagulants.
Impression: calciphylaxis likely. Biopsy arranged. Continue heat to back with timer.
"""),
("2025-02-06", "Dermatology Note", """
Biopsy R lower abdominal pannus lesion (28/01/2025): calciphylaxis confirmed.
Skin at the sites of heat (lumbar) and cold (knees) is intact and not involved. Lesion occurred in an area of adiposity with no local trauma.
PD unit to start thiosulfate; dressings; talk about weight. BMI 41.3.
"""),
]}

C12 = {"patient_id": "C12", "age": 80, "sex": "M", "notes": [
("2022-08-23", "Nursing Progress Note", """
Mr Horace Blackwood, Rm 7. New wound R calf (posterior): hard purple area with black centre, 4cm, very painful. Staff first saw it on his bath day 16/08/2022 and thought it was a bruise. No trauma reported beforehand, no heat or cold used, no injections into the legs (insulin is given in the abdomen).
ESRD - HD. Insulin dependent diabetic. Warfarin for PE 2019. BMI 26.0.
GP notified.
"""),
("2022-09-05", "Wound Care Note", """
TVN review - R posterior calf
Eschar covers approx 70% of the base, remainder slough. Loose slough removed today by sharp debridement at the bedside, tolerated with premedication. Punch bx (margin) by visiting derm reg on 30/08. Dressing regime: Ag alginate under foam, held with paper tape; tape stripping noted on the surrounding skin - changed to tubular retention bandage.
Carers had put a warm heat pack on the calf for comfort over the weekend after the wound appeared - advised not to use any heat on the wound.
"""),
("2022-09-14", "GP Ward Round", """
Biopsy result: calciphylaxis (R calf). Onset mid-August with no trauma to that leg beforehand. Debridement, biopsy, heat pack and dressings have all been applied to the lesion since it appeared.
Plan: STS with HD, review warfarin with haematology, palliative care referral for pain. Ongoing insulin into abdomen. BMI 26.
"""),
]}

C13 = {"patient_id": "C13", "age": 76, "sex": "F", "notes": [
("2025-06-03", "GP Ward Round", """
Ward round - Millbrook House
Mrs Agatha Pryce-Jennings, 76. HD 3x wk. Obesity (BMI 38.0). "Borderline sugar" - HbA1c 44, not diabetic, no meds. No warfarin ever.
Ten days of a hard painful lump, L lower abdomen; centre going dark. She firmly denies any injections there, hot water bottle, heat pad, tight belt or bump. No SC meds on chart.
Imp: possible calciphylaxis. Refer derm.
Ortho have suggested enoxaparin injections after her planned knee op - advised the team that if started these should avoid the abdomen.
"""),
("2025-06-17", "Dermatology Letter", """
Dear Dr Whitlock,
I reviewed Mrs Pryce-Jennings. Left lower abdominal necrotic plaque 4cm with surrounding livedo. Biopsy: calciphylaxis confirmed.
Nothing has injured, heated, pressed on or been injected into this site. I have counselled her on the risk of new lesions at injection or pressure sites; if heparin is ever needed, upper arms only. Knee replacement has been postponed.
"""),
("2025-07-01", "Advance Care Planning Discussion", """
ACP meeting with resident, son and key worker.
Agatha understands her skin condition (calciphylaxis) is serious. Wishes: stay at Millbrook, continue dialysis for now, no hospital admission for IV antibiotics if wounds become infected; comfort focused if she deteriorates. Knee surgery declined. ReSPECT updated.
"""),
]}

C14 = {"patient_id": "C14", "age": 92, "sex": "F", "notes": [
("2020-10-12", "Skin Bundle / Turning Chart", """
24h repositioning chart - 2 hrly turns (L side / back / R side).
Skin check: Category 2 pressure ulcer sacrum (present on admission, from prolonged lie at home), 2 x 1.5 cm, pink base, dressed. Skin tear L forearm 3cm (hoist sling edge, 09/10) - steristrips.
NEW: both thighs, anterior aspects: several firm dark purple patches with lacy borders, R worst (with small black centre). Hurt to touch. Not over pressure areas.
HD pt (Mon/Wed/Fri), T2DM diet only, BMI 19.8. Not on warfarin.
"""),
("2020-10-20", "Dermatology Consultation", """
Domiciliary derm review.
Bilateral anterior thighs: retiform purpura with a necrotic centre on the R. Biopsy R thigh: calciphylaxis.
Sacrum: typical category 2 pressure ulcer on the bony prominence - a separate problem, not calciphylaxis. Hoist-related tear, L forearm: healing, likewise unrelated.
No trauma, heat or injection to the thighs. Thigh lesions began around start of October.
"""),
("2020-11-03", "Family Phone Update", """
Called granddaughter Leanne. Explained gran has two different skin problems: a pressure sore at the base of the spine that is slowly healing, and painful patches on the thighs from calciphylaxis linked to her kidneys. Leanne asked if the hoist caused the arm tear - yes, sling changed. Leanne will discuss palliative options with family.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
