"""probe47 corpus notes, H15-H20 (home dialysis and community care; all invented)."""

H15 = {"patient_id": "H15", "age": 62, "sex": "M", "notes": [
("2020-02-03", "Patient Message to Home HD Team", """
hi its Terry from the home dialysis lot. theres a lump come up left side of my tummy where my insulin goes in, been there a fortnight, its hard and sore and gone a bit purple. nothing black. shld i worry? runs going fine, machine ok.
"""),
("2020-02-06", "Home HD Nurse Visit", """
HHD visit. 62M ESKD on home HD (wife trained), T2DM insulin (Humulin I bd, L abdo only). BMI 34.0, obese. Not on warfarin.
L lower abdo at injection zone: firm, tender 3cm nodule; faint violaceous mottling over it, no ulceration.
Ddx: lipohypertrophy / fat necrosis vs early calciphylaxis?? Discussed with Dr Rahman - needs derm opinion and possibly biopsy. Rotate insulin to R side / thighs in meantime.
"""),
("2020-02-24", "Dermatology Letter", """
Dear Dr Rahman
Terence Gallagher
The left abdominal nodule at his insulin site could be early calciphylaxis, although injection-related fat necrosis is equally plausible. I offered a deep incisional biopsy, which Mr Gallagher declined after discussion. We agreed to watch it.
Dr Helena Strand
"""),
("2020-05-11", "Home HD Nurse Visit", """
HHD review. L abdo nodule smaller, softer, no skin breakdown ever. Biopsy still refused. Query calciphylaxis remains unproven - monitor. Insulin now R abdomen, no issues. Wt stable, BMI 34.0.
"""),
]}

H16 = {"patient_id": "H16", "age": 77, "sex": "F", "notes": [
("2018-10-09", "Community Nursing Visit", """
DN visit - Mrs Beryl Sato, 77
CKD 4 (not for dialysis yet, low clearance clinic), warfarin (AF). Not diabetic. BMI 30.2.
R shin: knocked it on the shopping trolley 3 wks ago -> wound not healing, now 3cm shallow ulcer with dusky purple border and a black edge. Painful +++. Moderate oedema both legs, varicose veins.
Impression: venous ulcer vs calciphylaxis? (warfarin + CKD). GP to review, ?derm.
"""),
("2018-10-22", "GP Letter to Dermatology", """
Dear Dermatology
Please see Mrs Sato, 77, with a painful right shin ulcer after a minor knock. Differential is venous / traumatic ulcer or possible calciphylaxis in view of warfarin and CKD 4. INR 2.6. Not on dialysis. BMI 30.2, obese.
Dr Raj Menon
"""),
("2018-12-04", "Community Nursing Visit", """
DN visit. Derm appointment missed (pt in hospital with chest infection, now discharged to daughter's out of area). R shin ulcer still present, slightly smaller. Calciphylaxis not confirmed, no biopsy done. Handing over to new DN team.
"""),
]}

H17 = {"patient_id": "H17", "age": 48, "sex": "F", "notes": [
("2025-01-15", "PD Nurse Home Visit", """
PD home visit - 48F, APD, ESKD (lupus nephritis). No diabetes. No warfarin (on aspirin only). BMI 27.9.
Reports lacy purple mottling over both front thighs for approx 2 weeks. Since November she's been resting an electric heat pad over her lap/thighs each evening while the cycler is set up. Mottling doesn't blanch fully, mildly tender, no ulcers, no black areas.
Impression: erythema ab igne vs livedo racemosa - cannot exclude early calciphylaxis. Advised to stop heating pad. Renal clinic next wk.
"""),
("2025-01-23", "Renal Clinic Note", """
Renal OPD. Mottling of both anterior thighs, heat pad use. Calciphylaxis is on the differential, lupus-related livedo also possible. Plan skin biopsy with derm - request sent. Ca 2.41 PO4 2.1 PTH 54.
"""),
("2025-02-27", "PD Nurse Home Visit", """
Visit: thigh mottling fading since heat pad stopped. Derm biopsy appointment cancelled twice by hospital, pt now moving to Scotland next month and transferring care. Diagnosis never established. Not obese, BMI 27.9.
"""),
]}

H18 = {"patient_id": "H18", "age": 70, "sex": "M", "notes": [
("2019-03-04", "Home HD Nurse Visit", """
HHD - home visit. 70M ESRD, home HD nocturnal x5/wk. T2DM (linagliptin), no insulin, no warfarin. BMI 23.0.
Painful purple discolouration, left second + third toes, started after his coronary angiogram last month. Cold to touch distally, livedo on sole.
?calciphylaxis ?cholesterol emboli. Escalate to renal.
"""),
("2019-03-15", "Renal Letter", """
Mr Osei Boateng
The toe lesions are not calciphylaxis. The livedo and blue toes after cardiac catheterisation, with eosinophilia and a skin biopsy showing cholesterol clefts within arterioles, establish cholesterol embolisation. Calciphylaxis is excluded.
Dr Marta Lindgren
"""),
("2019-04-02", "Pain Clinic Letter", """
Dear Dr Lindgren
Thank you for referring Mr Boateng with painful toes due to cholesterol emboli. Amitriptyline 10mg nocte started, gabapentin 100mg post-dialysis. Skin otherwise intact.
Dr Ruth Abernethy
"""),
]}

H19 = {"patient_id": "H19", "age": 44, "sex": "F", "notes": [
("2022-08-08", "PD Nurse Home Visit", """
PD visit - 44F, CAPD, ESKD (polycystic kidneys). No diabetes, no warfarin. BMI 21.0.
Pt anxious: her older brother Danny had calciphylaxis while he was a dialysis patient and passed away from it in 2016 and she wants her skin checked. Full skin check: no ulcers, no mottling, no nodules. Reassured.
"""),
("2022-08-10", "Patient Diary", """
wed - PD nurse checked all my skin, nothing there, thank god. I keep thinking of Danny and his legs. Fluid all clear this week, weight 58.4.
"""),
("2022-11-21", "PD Nurse Home Visit", """
Routine PD review. Skin intact throughout. Family hx calciphylaxis (brother). PET test booked. BMI 21.0.
"""),
]}

H20 = {"patient_id": "H20", "age": 66, "sex": "M", "notes": [
("2023-05-15", "Community Pharmacist Note", """
New Medicine Service - warfarin counselling
Mr Vikram Shah, 66, on in-centre haemodialysis (ESKD), T2DM - Toujeo insulin once daily. BMI 31.5 (obese). Started warfarin for AF last week.
Discussed: bleeding signs, INR monitoring, interactions. Also explained that in dialysis patients warfarin can rarely be linked with calciphylaxis - should any exquisitely sore, darkening skin patches appear he should tell his renal team promptly. He has no skin problems at present.
"""),
("2023-06-12", "Community Pharmacist Note", """
NMS follow-up (phone). Taking warfarin as directed, INR 2.3. No bruising, no skin changes. No questions.
"""),
]}

PATIENTS = [H15, H16, H17, H18, H19, H20]
