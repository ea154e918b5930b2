"""probe112 corpus notes, F15-F20 (family medicine and primary care; all invented)."""

F15 = {"patient_id": "F15", "age": 80, "sex": "F", "notes": [
("2019-04-02", "Office Visit", """
80F. CKD IV, GFR 22; she has told us she'd refuse dialysis. DM2 - glargine, always given into the R abdomen; HTN, mild dementia. No anticoagulants. BMI 27.7.
Daughter noticed a tender lump on mom's R lower belly, at her shot spot, about 2 months ago; it now has a dark purple-black center.
Exam: R lower abdomen - firm subcut nodule ~2.5cm, violaceous skin over it and 8 mm central dark crust. Mild livedo around it. Several softer lipohypertrophic areas nearby.
A/P: nodule where she injects insulin - ? calciphylaxis; fat necrosis or lipodystrophy from the shots also on the list. Move injections to thighs. Derm referral for possible biopsy.
"""),
("2019-04-30", "Patient Portal Message", """
Message from daughter (Priya, proxy): Mom saw the skin doctor, she said it "could be" the calcium thing but could also be fat damage from the shots, and wanted to do a biopsy. Mom said absolutely no more procedures. We talked as a family and we are not going to do it. The spot isn't any bigger. Is that ok?
"""),
("2019-07-09", "Office Visit", """
80F, f/u. Biopsy declined by pt (capacity assessed, consistent w/ prior wishes). Derm letter: "possible calciphylaxis, cannot exclude fat necrosis; recommended biopsy, declined."
R abdominal nodule: crust has separated, 1.5 cm shallow ulcer healing in from edges. Still on glargine, thighs only now.
Etiology remains unconfirmed. Comfort-focused care, goals of care discussed.
BMI 27.1.
"""),
]}

F16 = {"patient_id": "F16", "age": 69, "sex": "M", "notes": [
("2021-03-15", "Telephone Encounter", """
Pt's partner Glen calls: pt fell off the back porch step Saturday night (3/13), landed on his left elbow, skinned it pretty good. Cleaned and bandaged. On warfarin, bled through 2 bandaids. No head injury. Dialysis tomorrow, will have the nurses look.
Advised as usual; call back if signs of infection.
"""),
("2021-04-06", "Office Visit", """
69M. Hemodialysis (ESRD) 3x/wk. Atrial fib, on warfarin. COPD. No DM. BMI 22.8.
L elbow: skinned on 3/13, since ~3/25 very painful, now a dry black eschar about 2.5cm over the olecranon with a dusky purple halo, no drainage.
Impression: non-healing traumatic wound L elbow vs ?calciphylaxis (HD + warfarin). Derm referral for consideration of biopsy. Xray elbow neg for osteomyelitis changes.
"""),
("2021-05-11", "Office Visit", """
F/u L elbow. Missed derm appt x2 (transport problems). Pt declines a biopsy ("nobody's cutting my bony elbow").
Eschar now 1.8 cm, halo fading, much less pain.
Assessment unchanged: possible calciphylaxis vs. slow traumatic wound healing in a dialysis pt. Continue local care.
"""),
("2021-08-17", "Office Visit", """
L elbow healed, pink scar. Never biopsied; derm never saw him. Cause of the wound was not established. Warfarin continued (cardiology). BMI 23.0.
"""),
]}

F17 = {"patient_id": "F17", "age": 58, "sex": "F", "notes": [
("2023-09-19", "Office Visit", """
58F - PD via cycler since 2020 for ESRD; T2DM, diet plus sitagliptin, insulin-naive; obese (BMI 38.0); hypothyroid.
CC: lacy purple rash on both thighs x 1 mo, achy, now a few tender firm spots.
No heat, no injections, no new clothing, no trauma.
Exam: anterior thighs bilaterally: livedo reticularis w/ 3 firm tender violaceous subcutaneous nodules (largest 1.5 cm R), skin unbroken, no eschar.
A/P: possible early calciphylaxis vs. livedo from other cause (cold, antiphospholipid). Derm bx, APL panel, Ca/Phos/PTH.
"""),
("2023-10-17", "Office Visit", """
Derm bx 10/2 (R thigh nodule): nondiagnostic: septal panniculitis only, vessels without calcium on von Kossa; derm notes sampling may be too shallow and cannot exclude calciphylaxis. APL neg. Phos 6.9.
Offered deeper incisional bx - she wants to wait.
Renal tightening phosphate control empirically.
"""),
("2024-01-23", "Office Visit", """
Thighs: livedo faded, nodules smaller, still no ulcer. Pt still declines repeat bx; remains "possible calciphylaxis, unconfirmed" on the problem list.
DM: A1c 9.0 - start insulin glargine 10u, inject in the abdomen; teaching done today. BMI 37.6.
"""),
]}

F18 = {"patient_id": "F18", "age": 75, "sex": "M", "notes": [
("2020-12-01", "Office Visit", """
75M. ESRD (HD Tu-Th-Sa). Diabetic, Levemir plus Novolog. Venous insufficiency. BMI 32.7.
CC: sores on both shins. He has slept w/ a heating pad across both lower legs every night since October "for the cold feet".
Exam: BLE pitting edema 2+, hemosiderin staining, erythema ab igne pattern on both anterior shins; two shallow ulcers, R 2 cm, L 1.5 cm, with yellow fibrinous base, mildly tender.
A/P: r/o calciphylaxis (HD, DM) vs venous stasis ulcers vs thermal injury. Heating pad: unplug it, permanently. Derm bx + venous duplex.
"""),
("2020-12-22", "Office Visit", """
12/9 derm punch, R shin ulcer margin: stasis changes, hemosiderin in the dermis, vessels free of calcium and clot (von Kossa neg). Venous duplex: GSV reflux both legs.
Derm and renal agree: calciphylaxis ruled out. Dx venous stasis ulcers aggravated by heat.
Plan: compression wraps by wound clinic, leg elevation.
"""),
("2021-02-09", "Office Visit", """
Shin ulcers nearly closed w/ compression. No heating pad. Insulin unchanged, A1c 7.2. BMI 32.7.
"""),
]}

F19 = {"patient_id": "F19", "age": 45, "sex": "F", "notes": [
("2026-01-13", "Patient Portal Message", """
Hi Dr Bergstrom, my big brother Anders is a dialysis patient and last year he got calciphylaxis on his legs, it was awful. Since my kidney numbers aren't perfect either, am I going to get that too? Is it genetic? I don't have any sores or anything, just worried. - Lena
"""),
("2026-01-27", "Office Visit", """
45F, T1DM (dx at 12), uses an insulin pump (infusion set in abdomen), CKD stage 3a (eGFR 52, UACR 180), HTN on lisinopril. Not on dialysis. No warfarin. BMI 24.1.
Concern re: brother's calciphylaxis (ESRD on HD). Reviewed: not inherited as such, risk mainly w/ advanced kidney failure + dialysis; her kidneys are at stage 3a. Skin exam: no lesions, pump sites clean.
Plan: optimize BP/glucose, SGLT2i started, recheck renal function 3 mo.
"""),
]}

F20 = {"patient_id": "F20", "age": 52, "sex": "M", "notes": [
("2025-10-07", "Office Visit", """
52M, ESRD, dialysis via L arm fistula M/W/F, new paroxysmal AF. Not diabetic. BMI 30.
Cardiology started warfarin last wk since his insurer won't pay for apixaban. INR checks at HD unit.
Counselling: explained that warfarin raises the chance of calciphylaxis for a dialysis patient, a rare and very painful skin problem. Should he ever see purple or black skin patches that hurt far more than they look like they should, he is to phone the office the same day. Also told him to avoid heating pads and to ask about switching to apixaban if coverage changes.
Skin today: intact throughout.
"""),
("2025-12-02", "Telephone Encounter", """
Pt called w/ question re: INR 3.4 at dialysis. Renal adjusted dose. No skin problems, no sores. Reminded him what to watch for. Pharmacy appeal for apixaban submitted.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
