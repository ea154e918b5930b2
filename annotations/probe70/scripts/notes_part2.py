"""probe70 corpus notes, V08-V14 (transplant nephrology; all invented)."""

V08 = {"patient_id": "V08", "age": 66, "sex": "F", "notes": [
("2022-03-15", "Kidney Transplant Evaluation", """
KIDNEY TRANSPLANT CANDIDATE EVALUATION
Referring nephrologist: Dr Ysolde Marchetti
66 yo woman, CKD from DM nephropathy, progressed to ESKD; started in-center hemodialysis in January 2022 via a R radiocephalic fistula created last yr (matured well). No catheter.
Per unit protocol no BP on the fistula arm, so the automated cuff is on her LEFT upper arm for every pre/intra/post-dialysis reading - she says it cycles every 15-30 min and "squeezes hard".
DM2 on insulin degludec 30 u daily, injects into the abdomen. Hypothyroid. No anticoagulants ever.
Wt 101 kg, Ht 161 cm, BMI 38.9. Morbid obesity is the main barrier - bariatric referral discussed, she's keen.
Skin intact.
Plan: cardiology, bariatric surgery opinion, re-present when BMI < 35.
"""),
("2022-06-14", "Transplant Nephrology Clinic", """
TRANSPLANT CLINIC - pre-listing f/u
c/o: agonising pain L upper arm for 11 days. Onset 6/3/2022 as a tender hard band on the inner/back of the arm, right where the dialysis BP cuff sits; over the last week it turned purple and a dark scab has formed. HD unit moved the cuff to the forearm 6/10.
PE: L upper arm, posteromedial, mid-humeral: horizontal band-like band-like indurated violaceous plaque 8x3cm, black eschar 1.5cm, retiform purpura along its edges. Exquisitely tender. R arm fistula thrill +, skin normal. Abdomen (insulin sites) - some lipohypertrophy, no plaques.
BMI 38.1.
A: necrotic plaque at chronic pressure site from BP cuff in obese diabetic HD pt - calciphylaxis likely. Ddx pressure necrosis.
P: derm incisional bx; no BP measurements on L upper arm (use L forearm or thigh); bariatric on hold.
"""),
("2022-07-05", "Letter to Referring Nephrologist", """
Dear Dr Marchetti,
Re: Mrs Philippa Achterberg-Mensah

Biopsy of the left upper arm plaque on 20 June confirmed calciphylaxis, with calcified arterioles, thrombi and panniculitis. The band-shaped lesion appeared on 3 June exactly beneath the automated blood pressure cuff, which had been inflated on that arm at every dialysis session since she started haemodialysis in January; we think the repeated compression localised it.
Please start sodium thiosulfate at dialysis, and no cuff readings on the left upper arm. Her weight is 98.8 kg today (BMI 38.1) and her listing work-up is paused until the wound heals.
Kind regards,
Dr Ruaridh Okeke, Transplant Medicine
"""),
]}

V09 = {"patient_id": "V09", "age": 60, "sex": "M", "notes": [
("2018-12-04", "Transplant Wait-list Update", """
WAIT LIST F/U - 60M
ESRD (DKD), HD MWF 2nd shift, dialysis vintage 6 yrs; listed 2015, currently status 7 for weight (BMI 41.2 today; wt 132 kg).
DM2 on insulin: NPH 50 u bid, always injects the anterior R thigh "because it doesnt hurt there", never the left leg, never the belly.
New since Nov: painful firmness in the L anterior thigh, now with a dusky purple surface. He is adamant he never injects that side and denies any injury or heat.
O: L thigh, anterior, mid-portion: 5x5cm tender indurated plaque, violaceous, no eschar yet; R thigh injection area: lipohypertrophy, no discolouration, non-tender.
Ca 2.6, PO4 2.4, PTH 94.
Imp: L thigh plaque, r/o calciphylaxis.
Plan: derm bx, stop calcitriol, switch calcium acetate -> sevelamer.
"""),
("2019-01-08", "Transplant Nephrology Clinic", """
Seen w/ wife.
Bx L thigh (12/12/18): calciphylaxis confirmed - vascular calcifications + thrombi + necrosis, von Kossa +.
Lesion now 7 x 6 cm w/ central black eschar. No new lesions. R thigh (insulin site) unchanged - soft, lipohypertrophic, no purpura.
Started STS 25 g w/ HD 12/20.
BMI 40.6. Obese.
Pt asks about "being taken off the list for good" - reassured; remains status 7 until wound healed and weight improved.
"""),
("2019-04-16", "Letter to Referring Nephrologist", """
Dear Dr Szabo,
Re: Mr Gunnar Olawale-Price

Gunnar's left thigh calciphylaxis has improved substantially on thiosulfate: the eschar has separated and granulation is filling the base. He continues insulin into the right thigh, which has remained completely clear throughout. He has never used anticoagulants.
His weight is 128 kg (BMI 40.0). He stays temporarily inactive on the list.
Best wishes,
Dr Imelda Castaneda-Reyes
"""),
]}

V10 = {"patient_id": "V10", "age": 55, "sex": "F", "notes": [
("2019-02-25", "Kidney Transplant Evaluation", """
Transplant eval - new referral
55 F, ESRD from FSGS (bx 2009), on CAPD since 2017 with good clearances.
Antiphospholipid antibody + w/ one DVT 2016 -> Coumadin 2016-2018, then changed over to apixaban by haematology.
No diabetes. Nonsmoker.
BMI 24.2, wt 63 kg.
Skin clear. Potential living donor: sister (Marisol) - will contact.
Plan: full w/u, haem opinion re anticoag around tx.
"""),
("2019-06-25", "Transplant Nephrology Clinic", """
Follow up visit
Pt reports painful lump on back of L calf since ~mid-May, no injury beforehand that she can think of, no heat, no injections there. It was already a purple, sore, hard patch when, on 6/16, she slipped on wet decking and scraped that calf on the step edge - the graze ran across the existing patch and has ulcerated since.
Exam: L calf (posterior) - 4x3cm black-based ulcer and surrounding 10 cm livedo racemosa + induration, very tender. Separate linear abrasion healing just below it. R leg normal.
Derm (Dr Penhaligon) saw her in clinic today and makes a clinical diagnosis of calciphylaxis - bx deferred given posterior calf and poor healing risk; imaging showed net-like vascular calcification in calf soft tissue.
On apixaban. BMI 24.0.
P: STS via PD clinic, wound care, hold living donor surgery date.
"""),
("2019-09-10", "Transplant Wait-list Update", """
WAITLIST UPDATE
Since last visit: PD peritonitis (Staph aureus) in July -> PD cath out; switched to in-centre HD TuThSa via R IJ tunnelled line, AVF planned. She will not go back to PD.
L calf calciphylaxis healing slowly on STS w/ HD; now 2x1.5cm, clean base.
Anticoag: apixaban (off warfarin since 2018).
BMI 23.7.
Plan: living donor (sister) evaluation resumes once wound closed.
"""),
]}

V11 = {"patient_id": "V11", "age": 47, "sex": "M", "notes": [
("2020-09-22", "Post-Transplant Clinic", """
POST-TRANSPLANT CLINIC - first visit after discharge
47M s/p DDKT 9/14/2020 (KDPI 58%), ESRD from chronic GN, HD for 4 yrs pre-tx.
Course: DGF, needed 3 HD sessions post-op, now making urine, Cr 3.9 -> 2.7.
Inpatient DVT ppx was heparin sc 5000 units three times daily, all in the abdominal wall, stopped at discharge; few small bruises around the umbilicus from it, resolving.
IS: tac (level 9.1), MMF 1 g bid, pred taper.
Glucose: fasting 6.8, A1c 5.9 - monitor for PTDM.
Wound: midline? no - R lower quadrant incision, staples in, clean.
BMI 27.5.
Plan: labs 2x/wk, staples out day 21.
"""),
("2021-01-12", "Post-Transplant Clinic", """
Post KT clinic, month 4
Cr 1.6 stable. Tac 7.8.
Now has post-transplant diabetes - A1c 8.4, started on NPH insulin 14 u AM by endo 12/2020, he injects into the backs of his arms (both, upper).
Persistent hypercalcaemia Ca 2.82 and PTH 78 pmol/L - tertiary HPTH; cinacalcet started.
Skin: no lesions.
BMI 27.8.
"""),
("2021-04-06", "Post-Transplant Clinic", """
POST-TRANSPLANT CLINIC
c/o: extremely painful areas on both buttocks since early March, initially purple mottling, now 2 ulcers.
No injections ever given into the buttocks, no falls, no heat. Insulin still into upper arms only - those sites clean.
O/E: bilat buttocks, upper outer quadrants: ulcers (R 4x3cm, L 3x3cm) with black eschar, surrounding violaceous retiform purpura. Abdomen: old heparin sites unremarkable. Arms: small lipohypertrophy only.
Derm bx (3/29): calciphylaxis - subcutaneous arteriolar calcification with thrombosis, von Kossa stain +.
A: calciphylaxis post-transplant in setting of tertiary hyperparathyroidism and hypercalcaemia. Graft function good (Cr 1.5).
P: urgent parathyroidectomy referral, STS IV 3x/wk via infusion centre, stop calcium supplement, wound RN. BMI 27.2.
"""),
]}

V12 = {"patient_id": "V12", "age": 62, "sex": "F", "notes": [
("2024-05-21", "Transplant Wait-list Update", """
Waitlist reassessment
62F, ESKD 2/2 HTN + DM2. HD 4 h MWF, AVF L arm. On list since 2021 (status 7 for BMI).
DM2 on empagliflozin - not on insulin.
Wt 117 kg, Ht 163, BMI 44.1 - morbid obesity; semaglutide not tolerated.
No anticoagulation.
Skin: intertrigo under both breasts, treated with nystatin powder.
Plan: bariatric MDT referral.
"""),
("2025-01-20", "Transplant Nephrology Clinic", """
Transplant clinic (add-on)
Hx: exquisitely tender hard area under the R breast since Mon 6 Jan 2025, by 10th it had gone purple-black. She denies any knock, pressure or heat to that breast before it started. Dermatology took a punch bx from it on 1/14; since then she has put ice packs on it for the pain, and the HD nurses have been dressing it with foam + tape, which she says pulls.
O: R inframammary fold, lateral: 9 x 5 cm stellate necrotic plaque with eschar and violaceous rim, bx site at edge sutured. L breast fold: mild intertrigo only.
Path (1/17): calciphylaxis.
BMI 43.8.
P: no ice to the area; silicone dressings, no adhesive tape; surgical debridement planned by plastics 2/3 if no infection; STS with HD.
"""),
("2025-02-10", "Letter to Referring Nephrologist", """
Dear Dr Kowalczyk-Adeyemi,

I saw Mrs Beatriz Thorvaldsen today. The right breast calciphylaxis (onset 6 January; biopsy confirmed 17 January) was debrided in theatre on 3 February and the base looks healthier. Biopsy, ice and dressings were all applied only after the lesion began.
She remains on the list as status 7. Her BMI is 43.5.
Regards,
Dr Henrik Abiodun
"""),
]}

V13 = {"patient_id": "V13", "age": 39, "sex": "M", "notes": [
("2022-10-03", "Kidney Transplant Evaluation", """
KIDNEY TRANSPLANT EVALUATION
39M, ESRD d/t Alport syndrome, on HD since 2020 (TTS, L AVF). Hearing aids.
No DM. Never anticoagulated.
Wt 102 kg Ht 183 cm BMI 30.4.
Two potential living donors (cousin, friend). Mother has Alport carrier status - not a donor.
Plan: standard w/u.
"""),
("2023-08-02", "Transplant Nephrology Clinic", """
TRANSPLANT CLINIC
S: ~3 wk hx of a painful patch on inner L thigh (started around the 2nd week of July), now blackened. Denies every kind of injection (he isn't diabetic, has no home heparin); no heating pads or hot baths either, and says nothing hit or rubbed that thigh. No new meds.
O: L medial thigh: 6x4cm eschar, black, rimmed by indurated violaceous skin, retiform purpura. R thigh normal.
Derm bx 7/27: calciphylaxis.
BMI 30.1.
A/P: calciphylaxis L thigh, no local trigger. Plastics plan a surgical debridement next month. If he is admitted for that, he will get SC heparin into the abdomen as DVT prophylaxis - to avoid thighs. STS w/ HD. Living donor surgery postponed.
"""),
("2023-08-23", "Letter to Referring Nephrologist", """
Dear Dr Lindahl,
Re: Mr Kwabena Featherstonehaugh

His left thigh calciphylaxis is biopsy proven. There was no injection, heat or injury at the site beforehand. Debridement is scheduled for 14 September; if it goes ahead, any heparin will go into the abdomen. BMI 29.8 today.
Kind regards,
Dr Aisling Mwangi
"""),
]}

V14 = {"patient_id": "V14", "age": 68, "sex": "F", "notes": [
("2020-11-09", "Transplant Nephrology Clinic", """
TRANSPLANT CLINIC - waitlisted pt
68F, ESRD 2/2 DKD, HD via R IJ tunnelled catheter (fistula failed x2). DM2 on insulin glargine into the abdomen. Hx Coumadin 2014-2017 for AF, stopped after GI bleed, now LAA occluder.
New: bilateral calf pain since October with purple net-like patches, now ulcers.
O/E: both posterior calves: several stellate black-eschared ulcers (3 R, 2 L), livedo racemosa. Abdomen: scattered small bruises at insulin sites, soft, non-tender - look like ordinary needle bruising, not calciphylaxis. R chest catheter exit: 1 cm superficial skin erosion from the dressing, clean, no purpura - not CUA.
BMI 29.9 - overweight but not in the obese range.
A: clinically calciphylaxis, bilateral calves. P: bx, STS.
"""),
("2020-12-01", "Transplant Coordinator Telephone Encounter", """
Call from daughter (Priya). Bx result on 11/24: calciphylaxis. Pt started STS at dialysis.
Daughter asked about compression socks for the swelling - advised NOT to use compression stockings or heating pads on the legs while the ulcers are open. She has never worn them.
Insulin sites on belly - the bruises have faded.
"""),
("2021-01-18", "Letter to Referring Nephrologist", """
Dear Dr Montgomery-Achebe,
Mrs Rosalind Ogunleye's calf calciphylaxis, confirmed on biopsy in November, is slowly improving. She never had injections, injuries or heat on her legs. The abdominal bruising at her insulin sites and the small erosion at her catheter exit were simple needle and tape marks, unrelated.
She remains inactive on the list. BMI 29.9.
Sincerely,
Dr Caspar Eze
"""),
]}

PATIENTS = [V08, V09, V10, V11, V12, V13, V14]
