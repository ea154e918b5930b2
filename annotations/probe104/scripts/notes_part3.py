"""probe104 corpus notes, V15-V20 (telehealth video visits and voice-recognition dictations from
nephrology, dialysis and dermatology clinics; all people, places and wording invented)."""

V15 = {"patient_id": "V15", "age": 59, "sex": "F", "notes": [
("2023-10-03", "Nephrology Telehealth Video Visit", """
Renal video visit. pt is at her sisters house in Lowell, connection kept freezing so part of this was by phone
59 F ESKD, HD mon wed fri at Copper Creek dialysis, type two diabetes for twenty years on insulin. She does the Basaglar into her left thigh every evening "same spot for years, it dont hurt there". About ten days ago a hard tender lump came up at exactly that spot, "its not black or nothing just hard and sore like a bee sting that wont go". camera shows a pinkish purple firm looking area left front of thigh, roughly 3 cm, skin not broken
No warfarin ever. BMI thirty six, she knows she needs to loose wait
A/P tender indurated plaque at insulin sight, could this be early calciphylaxis, other possibilities lipohypertrophy gone inflamed or injection site panniculitis. In person derm visit requested, rotate insulin to the belly meantime
voice recognition software was used in dictating this note
"""),
("2023-10-17", "Dermatology Consult Dictation", """
Dermatology consult, dictated. Pleasant 59 y/o HD patient sent for a tender firm plaque at the place on her left thigh where she injects insulin.
Exam: left anterior thigh 4 cm indurated dusky violaceous plaque, no necrosis, not retiform, faint livedo at one edge. Lipohypertrophy around it. Abdomen and right thigh clear.
Impression: r/o calciphylaxis. Differential injection site panniculitis, lipodystrophy with inflammation.
Took a 4mm punch out of the middle today, Vicryl times one.
"""),
("2023-12-05", "Dermatology Follow-up Dictation", """
derm follow up
The October biopsy came back nondiagnostic, septal panniculitis only, no calcium in vessels seen, but the sample may not have reached deep enough. Offered a deeper incisional biopsy, patient declines "I dont want another hole in my leg".
Plaque softer today, never ulcerated. We cannot exclude early calciphylaxis. Insulin now going in the abdomen only.
Plan watch clinically, low threshold to biopsy if it opens up, photos to the chart
"""),
]}

V16 = {"patient_id": "V16", "age": 80, "sex": "M", "notes": [
("2024-09-10", "Nephrology Clinic Dictation", """
Nephrology clinic, dictated. Eighty year old retired mail carrier with CKD four, last GFR nineteen, not dialyzing, and he has told us more than once he does not want dialysis. AF, has been on warfarin a long time. No diabetes. BMI 28.1.
Three weeks of painful purple mottling outer left thigh. No falls, nothing hot or cold on it, no shots there.
Exam left lateral thigh 10 cm of violaceous netlike mottling, a couple of tender firm areas within it, no ulcer.
Assessment maybe calciphylaxis, maybe warfarin skin necrosis, maybe cholesterol emboli. Derm referral, INR and lipids.
"""),
("2024-10-01", "Dermatology Video Visit", """
Derm video visit, his daughter Renee holding the iPad. Left lateral thigh: retiform purpura with a small dusky center, no eschar, no ulcer. He says it burns at night. Worried re calciphylaxis, ddx warfarin necrosis, calciphylaxis cant be called without tissue. We recommended a biopsy, family want to talk it over first
"""),
("2024-11-12", "Nephrology Telehealth Video Visit", """
renal tele visit with daughter. he is on home hospice now, biopsy declined for good, warfarin stopped for comfort. The thigh area looks the same to her, not open.
Cause of the thigh lesion still unclear, calciphylaxis possible but never confirmed. comfort care, fentanyl patch per hospice, we are available if they need us
"""),
]}

V17 = {"patient_id": "V17", "age": 45, "sex": "F", "notes": [
("2025-10-07", "PD Clinic Telehealth Video Visit", """
PD clinic tele video. 45 F on CCPD, ESRD due to diabetic nephropathy, DM2 on weekly dulaglutide pen, no insulin, never warfarin. Works twelve hour shifts at a distribution warehouse in stiff work pants with a tight waste band.
She says for about a month theres a painful lacy purple rash and little hard lumps "right where my pants dig in" across the lower tummy. On camera livedo reticularis across the lower abdomen, two small firm nodules she pinches up, no open areas.
BMI 33.1, obese.
A/P ? early calciphylaxis vs panniculitis. derm referral, she prefers video because of work
"""),
("2025-11-04", "Teledermatology Video Visit", """
Teledermatology by video. Lower abdominal livedo with tender dermal nodules in a band where the waistband sits. Possible early calciphylaxis, ddx livedo from cold exposure in the warehouse freezer section, erythema nodosum. A biopsy was advised, pt cant get the time off work and declines for the time being. Looser clothing advised
"""),
("2026-01-13", "PD Clinic Telehealth Video Visit", """
PD tele visit. Nodules smaller since she changed to elastic waist scrubs. No ulcers, no black areas. She still has not had a biopsy. Calciphylaxis stays on the list as a possibility, nothing proven. PD adequacy fine, Kt/V 1.9. Will keep watching
"""),
]}

V18 = {"patient_id": "V18", "age": 67, "sex": "M", "notes": [
("2018-09-11", "Dialysis Unit Rounding Note", """
Dialysis rounds chair 3, dictated. 67 M, ESRD on HD, DM2 on pills (glipizide), no insulin, no anticoagulation. BMI 30.5.
Shallow painful ulcers on both shins for two months, he says "they weep all day and my socks stick". Big varicose veins both legs.
? calciphylaxis given phos 6.8, derm consult placed
"""),
("2018-10-02", "Dermatology Consult Dictation", """
Derm consult. Both lower legs: shallow ulcers over the medial ankles extending onto the lower shins, brawny brown hyperpigmentation, woody skin, varicosities. Not retiform, no eschar. Differential venous stasis ulcers versus calciphylaxis. Punch biopsy of the right shin ulcer edge sent.
"""),
("2018-10-23", "Dermatology Follow-up Dictation", """
derm follow up. Biopsy shows stasis changes and lipodermatosclerosis, vessels not calcified. Calciphylaxis ruled out. Diagnosis venous stasis ulcers, starting multilayer compression wraps with the wound clinic, legs up when sitting
"""),
]}

V19 = {"patient_id": "V19", "age": 52, "sex": "F", "notes": [
("2022-04-19", "PD Clinic Dictation", """
PD clinic dictation. 52 F on CCPD for ESRD from reflux nephropathy, no diabetes, no warfarin now or ever, no other anticoagulant. BMI 24.3.
She is frightened because her older sister, also a dialysis patient, had calciphylaxis and passed from it last year. She asked what to watch for. Full skin check done, no lesions anywhere, no livedo.
Plan labs, reviewed phosphate and binder use, she will send photos if anything appears
"""),
("2022-07-12", "PD Clinic Telehealth Video Visit", """
PD tele visit. No skin complaints, she checks her legs and belly daily in the mirror, skin intact on camera. Phos 4.9. Continue same prescription.
"""),
]}

V20 = {"patient_id": "V20", "age": 71, "sex": "M", "notes": [
("2023-02-14", "Nephrology Clinic Dictation", """
Renal clinic dictated. 71 M, ESRD on HD, DM2 on Tresiba 20 units, a fib on warfarin. BMI 27.0.
Counselled him that warfarin raises the calciphylaxis risk for people on dialysis; if he ever gets painful purple or black spots on the skin he should call the same day.
Clipped his L shin on the bedframe last week, small scrape healing nicely, pink base, no purple
Plan continue current HD prescription, recheck INR
"""),
("2023-05-16", "Nephrology Telehealth Video Visit", """
Renal tele visit. The shin scrape has healed completely, just a faint pink mark. No new skin lesions. Cardiology looking at switching warfarin.
"""),
]}

PATIENTS = [V15, V16, V17, V18, V19, V20]
