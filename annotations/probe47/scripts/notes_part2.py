"""probe47 corpus notes, H08-H14 (home dialysis and community care; all invented)."""

H08 = {"patient_id": "H08", "age": 61, "sex": "F", "notes": [
("2023-02-20", "Community Pharmacist Note", """
Appliance fitting - Harrow Road Community Pharmacy
Pt: Mrs Gwen Otieno, 61. PD patient (APD overnight). Type 2 diabetes on gliclazide, warfarin for metallic mitral valve (INR clinic at surgery).
Request: lumbar support for back pain, GP recommended. Measured and fitted elasticated lumbosacral brace with rigid stays, size XL (waist 112 cm). Advised to wear during the day when up and about, not in bed. Buckle sits over R side per pt preference (left hand arthritic).
Counselled: check skin daily under the brace, remove if red or sore.
BMI (pt reported wt/ht) approx 33.
"""),
("2023-03-19", "Patient Diary", """
Sunday 19/3
Dear diary, well the doctor will want to know all this. The back brace from the chemist has been rubbing on my right side where the buckle and the hard strip dig in, since I started it (20 Feb). Early March I got a sore red lump there, now it has gone black like a burnt bit and round it is all blotchy purple. Hurts more than my back ever did!! Not wearing it now. Told the PD nurse on the phone, she says renal clinic on the 28th.
Sugars running high 14-17 so GP going to start me on insulin - scared of needles.
"""),
("2023-04-03", "Nephrology Clinic Letter", """
RENAL CLINIC - Dr Yusuf Haddad
Dear Dr Pearce
Gwen Otieno - APD
Problems: 1. Calciphylaxis R flank, biopsy-proven 2. ESKD on APD since 2020 3. T2DM, now on insulin (Abasaglar 10 units started 24/03) 4. Mechanical MVR on warfarin 5. Obesity, BMI 33.0
Mrs Otieno's right flank lesion - a painful, necrotic plaque - appeared at the beginning of March, under the buckle and rigid stay of a lumbar brace fitted on 20 February 2023. Punch biopsy 28/03 confirms calciphylaxis (calcified arterioles, thrombosis, fat necrosis). I believe the constant friction and pressure from the brace triggered the lesion in this high-risk lady (warfarin, PD, diabetes, obesity).
We will discuss warfarin alternatives with cardiology given the valve. Brace not to be worn again. Sodium thiosulfate to start via day unit.
"""),
]}

H09 = {"patient_id": "H09", "age": 57, "sex": "M", "notes": [
("2018-05-16", "PD Nurse Home Visit", """
PD community visit - routine 3 monthly + new concern
57M ESKD (diabetic nephropathy), CCPD. T1DM on insulin pump? -> NO, on pens: Lantus + Humalog, injects R thigh only ("always the right, it's the side I can reach with my bad shoulder").
New: painful hard area L anterior thigh for 2 wks, now with purple net pattern and small dark scab. Pt denies any injections on L side, no knocks, no heat.
R thigh injection sites: mild lipohypertrophy, no discolouration, nontender.
Wt 118kg BMI 36.4 (obese). Not on anticoagulants.
Plan: photo to renal consultant, derm referral, rotate within R thigh + abdomen.
"""),
("2018-06-01", "Dermatology Letter", """
Dear Dr Fairbairn
Re: Mr Rhys Moffatt
I saw this gentleman with a tender indurated plaque on the left anterior thigh, now measuring 6 cm, black eschar centrally, livedoid margin. Punch biopsy confirms calciphylaxis. He has been careful to point out that none of his insulin goes into the left leg - he uses the opposite thigh exclusively - and the right thigh skin is normal apart from some lipohypertrophy. I do not therefore think injection was the trigger here. Obesity and diabetes are both relevant risks.
Plan as discussed with renal: sodium thiosulfate, stop calcium carbonate, wound care.
Dr Maeve O'Callaghan
"""),
("2018-06-27", "PD Nurse Home Visit", """
PD home visit
L thigh calciphylaxis wound - dressing change by nurse, eschar intact and dry, edges a little paler. Pain now 5/10, down from 9. STS going in on the day unit 3x/wk.
Right thigh - insulin sites fine. Still not injecting left.
Weight 116.5kg, BMI now 35.9. Bags drain clear.
"""),
]}

H10 = {"patient_id": "H10", "age": 69, "sex": "F", "notes": [
("2023-09-01", "Carer Log", """
Home HD log (kept by daughter Shona)
14/8 - Mum showed me a sore purple patch on her LEFT calf, back of the leg. No idea where from, she hasnt bumped it or anything, I asked twice.
22/8 - black bit in the middle now. Crying with it at night.
30/8 - getting out the car at the dialysis clinic she banged that same calf on the door frame, bled a little round the edge.
1/9 - nurse coming Monday. Warfarin as usual (for her clots).
"""),
("2023-09-04", "Home HD Nurse Visit", """
Home HD nursing visit
69F ESKD, home HD via tunnelled line (fistula failed x2), on warfarin for recurrent PE, non-diabetic, BMI 26.0.
L posterior calf: 5cm necrotic ulcer with black eschar, retiform purpura around, started 14/08/2023 per daughter's log, without any preceding injury. On 30/08 (16 days after it started) she knocked the same calf on a car door - small bleed at margin only.
R leg normal.
Concern for calciphylaxis given warfarin + ESKD. Referred renal & tissue viability.
"""),
("2023-09-20", "Renal Letter", """
Renal Services
Mrs Ailsa Drummond
Calciphylaxis left calf - confirmed on biopsy 12/09/2023.
History is clear that the ulcer began in mid-August with no trauma beforehand; the car door knock came later and did not start it. Warfarin has been stopped and she is now on apixaban. Thiosulfate started with home HD.
Dr Benedikt Kraus
"""),
]}

H11 = {"patient_id": "H11", "age": 64, "sex": "F", "notes": [
("2021-01-18", "Nursing Home Handover Sheet", """
Handover - Fernleigh Nursing Home - 18/01/21 AM
Mrs Dolores Quigley Rm 22
* ESRF - dialysis Tue Thu Sat (renal unit transport)
* T2 diabetic, insulin Novomix BD into upper arms (alternating)
* Electric heat pad on LOW BACK most afternoons for sciatica (own pad, PAT tested)
* NEW skin: large dark purple areas on lower tummy/under apron of belly fold, black patch centre L side, very painful when hoisting. Lower back under heat pad - skin normal, checked.
* Morbid obesity - bariatric bed, BMI 41.7
GP called.
"""),
("2021-01-21", "Nursing Home Handover Sheet", """
Handover 21/1 PM
Dolores - GP: "probable calciphylaxis of pannus, ESRF/obese/diabetic", referred renal today. Dressings to pannus lesion - Flaminal + Allevyn. Keep heat pad to back only, not near tummy.
Insulin sites upper arms ok, no bruising.
"""),
("2021-02-10", "Pain Clinic Letter", """
Dear Dr Saunders
Dolores Quigley, 64
Biopsy at the renal unit on 29 January confirmed calciphylaxis affecting her lower abdominal pannus. Pain is severe, 8/10, worse with hoisting. The heat pad she uses on her lower back is well away from the lesions and the skin there is normal; insulin is given in both arms. I have suggested regular oxycodone 2.5mg qds and a trial of amitriptyline 10mg nocte.
Dr Kwame Asante
"""),
]}

H12 = {"patient_id": "H12", "age": 73, "sex": "M", "notes": [
("2021-10-11", "Community Pharmacist Note", """
Pharmacy - OTC consultation
Wife (Mrs Vera Lund) collecting for husband Bernard, 73, who has a "nasty sore on his right buttock" that started last Tuesday (5 Oct). He is on home haemodialysis, warfarin (AF), no diabetes ("borderline/prediabetes" per wife, no meds). Since Saturday he has held ice cubes in a freezer bag on it for the pain. Advised ice not to be used on broken skin; supplied non-adherent dressings and paper tape. Advised GP/home HD team contact today - wife will phone.
"""),
("2021-10-13", "Home HD Nurse Visit", """
Home HD visit - unplanned
73M ESKD, home HD 3.5x/wk, warfarin for AF, prediabetes (HbA1c 44), no insulin. BMI 28.5.
R buttock (upper outer quadrant): 4cm indurated violaceous plaque, central black slough, retiform border. Onset 05/10/2021. Denies fall, injection or pressure there before it appeared (sits on a gel cushion, sleeps on L side). Ice applied to the lesion since 09/10 - stopped. Tape stripping of the surrounding skin from dressings noted.
Plan: urgent renal, punch biopsy arranged 15/10, photos.
"""),
("2021-11-01", "Dermatology Letter", """
Dear Dr Hale
Bernard Lund - right buttock lesion
Calciphylaxis is confirmed by the 15 October punch biopsy, which sampled the plaque margin. The ice, dressings and tape were all applied after the lesion had appeared and I do not consider them causes. Sharp debridement of the slough is planned at the next visit. Warfarin to be switched (discussed with cardiology).
Dr Ines Carvalho
"""),
]}

H13 = {"patient_id": "H13", "age": 55, "sex": "F", "notes": [
("2024-06-03", "PD Nurse Home Visit", """
PD nurse - home visit
55F ESKD on CAPD, T2DM diet controlled (no insulin, no tablets), BMI 32.8, no anticoagulation.
Painful mottled purplish plaques on both inner thighs for about 10 days, with small black crusts on the left one. Pt firmly denies any injections into her legs, has never used hot water bottles, heat pads or ice packs; no falls; clothing loose ("I live in loose dresses"). No rubbing from anything.
Plan: renal reg to see, likely biopsy.
Education: told her to avoid heat or ice packs on the legs and if she ever needs injections the thighs are to be avoided.
"""),
("2024-06-14", "Renal Letter", """
Dear Dr Ellery
Mrs Priya Nandakumar
Biopsy of the left inner thigh plaque (7 June) shows calciphylaxis. Lesions on both medial thighs. There is no history of trauma, injections, heat or pressure at these sites. As she is now less mobile, the ward may start prophylactic heparin injections if she is admitted - we have asked that the thighs be avoided and the belly used instead. Weight down slightly, BMI 31.9.
Dr Chiara Benedetti
"""),
("2024-07-08", "PD Nurse Home Visit", """
Home visit - PD + wound check
Both thigh wounds dry, eschar L thigh lifting at edge. Pain improving with thiosulfate (given via day unit). No admission so far, no heparin given. Fluid clear, exit site good. BMI 31.9.
"""),
]}

H14 = {"patient_id": "H14", "age": 80, "sex": "M", "notes": [
("2022-03-07", "Nursing Home Handover Sheet", """
HANDOVER - Birchwood - 07/03/2022 nights
Rm 15 Mr Stanley Ferreira 80
- HD at Linton renal unit M/W/F (ESRD). T2DM - sitagliptin, no insulin. Past warfarin, now stopped (bleed 2020).
- Skin tear L forearm from hoist sling on 02/03, steri-stripped, healing, clean.
- Pressure sore R heel cat 2 - offloading boot on.
- Lower abdomen: several very painful purple-black areas, renal team aware, biopsy done last wk.
"""),
("2022-03-10", "Renal Letter", """
To Birchwood Nursing Home / GP
Stanley Ferreira
The biopsy from the lower abdominal lesion confirms calciphylaxis. I also looked at his other wounds: the left forearm skin tear from the hoist is a simple traumatic tear that is healing, and the right heel is an ordinary category 2 pressure injury. Neither looks like calciphylaxis. No injury or injection to the abdominal skin preceded these lesions, according to staff and his own account. BMI 25.5.
Plan: thiosulfate on dialysis, pain team referral.
Dr Adaeze Mensah
"""),
("2022-03-28", "Pain Clinic Letter", """
Dear Dr Mensah
Mr Ferreira is in considerable pain from his abdominal calciphylaxis, 7/10, worst when turned. The forearm tear has now healed fully. I have commenced fentanyl 12 mcg/h and paracetamol 1g qds. Review 6 weeks.
Dr Tobias Reinholt
"""),
]}

PATIENTS = [H08, H09, H10, H11, H12, H13, H14]
