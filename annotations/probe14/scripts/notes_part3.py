"""probe14 corpus notes, M15-M20 (community and long-term care; all invented)."""

M15 = {"patient_id": "M15", "age": 83, "sex": "F", "notes": [
("2024-06-03", "Telephone Encounter - Relative", """
Granddaughter (Chloe) phoned about her nan.
Nan banged her right shin against the coffee table last Tuesday - "just a knock". Now there is a black scab the size of a 10p with a purple ring round it and it's agony, she can't get her tights on. Nan takes warfarin for her heart.
Appt booked for Wednesday.
"""),
("2024-06-05", "GP Visit", """
83F. CKD 3b (eGFR 34), not on dialysis. No diabetes. AF on warfarin (INR 2.6). BMI 28.0.
R anterior shin: adherent black eschar about 25 by 18 mm, 1 cm violaceous rim with a retiform edge, very tender. ABPI R 0.9.
DDx: traumatic ulcer with delayed healing; warfarin-related skin necrosis; possible calciphylaxis (she has warfarin and CKD).
Plan: derm referral; dressings by community nurses.
"""),
("2024-06-19", "Dermatology Reply", """
Dear Dr Fenwick,
I saw Mrs Doyle with her granddaughter. The R shin lesion could be calciphylaxis, but a post-traumatic ulcer in an elderly anticoagulated patient is at least as likely. I offered a biopsy, which she declined. With no tissue diagnosis, calciphylaxis can neither be confirmed nor refuted; I suggest we treat it as a wound and reconsider if it enlarges or new lesions appear.
"""),
("2024-07-15", "Home Care Nursing Visit", """
R shin wound smaller, 1.5 x 1 cm, edges of the scab starting to lift; pain now 3/10.
The diagnosis was never confirmed - patient does not want any more tests. Continue dressings twice weekly.
"""),
]}

M16 = {"patient_id": "M16", "age": 52, "sex": "M", "notes": [
("2020-04-14", "Dialysis Chair Nursing Note", """
52M, HD TTS, T2DM on insulin - his wife gives the injections at home into the left side of his abdomen.
Reports a hard painful lump "where my wife does my insulin" for 1 week.
L abdomen: 2.5 cm firm tender subcutaneous nodule, faint violaceous colour over it, no ulcer.
BMI 31.0.
Concern for early calciphylaxis - Dr informed, derm referral made.
"""),
("2020-04-28", "Dermatology Reply", """
Punch biopsy L abdomen (04/21/2020): lobular panniculitis; vessel walls look clean on the von Kossa stain.
Non-diagnostic - early calciphylaxis cannot be excluded on a superficial sample. I recommend a deeper incisional biopsy.
"""),
("2020-05-20", "Dialysis Chair Nursing Note", """
Pt declined the deeper biopsy. Nodule smaller (1.5 cm), less tender, no breakdown.
Nephrologist's view: diagnosis still uncertain - possible early calciphylaxis vs injection-site panniculitis. Wife to use the R abdomen and the thighs for insulin for now. Recheck skin monthly.
"""),
]}

M17 = {"patient_id": "M17", "age": 69, "sex": "F", "notes": [
("2022-02-08", "Home Care Nursing Visit", """
69F, ESRD on PD (CAPD), no diabetes. Sleeps with the electric blanket on its highest setting "since the cold snap in December".
New dark areas behind both calves - R 3 x 2 cm black crusted, L 2 x 2 cm purple - with mottled brown skin around them. Painful.
BMI 30.1.
Possible burn vs calciphylaxis - renal team emailed photos.
"""),
("2022-02-10", "Patient Portal Message", """
the nurse said it might be that calci thing (calciphylaxis?) or a burn from the blanket. Ive turned it off now. my daughter wants me to move in with her in Ohio next week, can the tests be done there instead?
Pat
"""),
("2022-02-25", "Nephrology Reply", """
Seen once in clinic on 02/18. Bilateral posterior calf ulcers with eschar.
Differential: thermal injury from the electric blanket vs calciphylaxis. Biopsy was planned, but the patient relocated out of state on 02/20 and care has been transferred; the diagnosis was not established.
"""),
]}

M18 = {"patient_id": "M18", "age": 60, "sex": "F", "notes": [
("2019-10-02", "Dialysis Chair Nursing Note", """
60F, HD MWF, T2DM on insulin (abdomen), warfarin for AF.
Purple lacy painful patches on both shins x 5 days, one small scab on the R shin.
?calciphylaxis - MD to see today. BMI 27.0.
"""),
("2019-10-15", "Dermatology Reply", """
Biopsy R shin (10/07): leukocytoclastic vasculitis; von Kossa negative, no calcification in vessel walls or fat.
Calciphylaxis is ruled out. Probably drug-induced (recent cefalexin). Oral prednisolone taper started; recheck in 2 weeks.
"""),
("2019-10-20", "Patient Portal Message", """
thank you for ringing me, so relieved its not the calcium disease. the spots on my shins are fading already
Marisol
"""),
]}

M19 = {"patient_id": "M19", "age": 66, "sex": "M", "notes": [
("2021-04-12", "Dialysis Chair Nursing Note", """
66M HD TTS. Education session.
Calciphylaxis risk reviewed (dialysis, warfarin for AF, insulin-treated diabetes, obesity with BMI 35.5, phosphate 2.1). Advised to keep ice packs and heating pads off his skin, to rotate insulin sites, and to tell us at once about any tender spots or dark patches on his skin.
Skin check: intact, no lesions.
"""),
("2021-04-20", "Patient Portal Message", """
my wife wants to know can I still use the hot water bottle on my feet at night after what the nurse said about the calci.. thing? I havent got any sores. also what do I do about my warfarin
Thanks Lenny
"""),
("2021-05-03", "GP Visit", """
Full skin check: no ulcers, plaques or purpura anywhere. Advised no hot water bottle. Warfarin to continue for now; renal to discuss alternatives. BMI 35.5.
"""),
]}

M20 = {"patient_id": "M20", "age": 48, "sex": "F", "notes": [
("2023-08-14", "Patient Portal Message", """
Hi, my mum passed away last year, she had calciphylaxis from her kidneys (she was on dialysis) and it was awful. I have type 1 diabetes and do insulin shots 4 times a day, am I going to get it too? does it run in families?
Also ive got a blister on my right heel from new boots, is that anything to worry about
Thanks Jess
"""),
("2023-08-22", "GP Visit", """
48F, T1DM on MDI insulin. Mother had calciphylaxis while on haemodialysis. Pt's own kidney function is normal (eGFR 94, ACR normal). No warfarin. BMI 24.0.
Skin: healing 1 cm blister R heel from new boots; no necrosis, no purpura. Injection sites fine.
Counselled: calciphylaxis is not inherited; the risk comes mainly from kidney failure, which she does not have.
"""),
]}

PATIENTS = [M15, M16, M17, M18, M19, M20]
