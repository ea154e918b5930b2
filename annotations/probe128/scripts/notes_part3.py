"""probe128 corpus notes, Q15-Q20 (community health centre, interpreter-mediated visits; all invented)."""

Q15 = {"patient_id": "Q15", "age": 59, "sex": "F", "notes": [
("2023-07-11", "Primary Care Visit", """
Spanish interp (phone, #4410). Son Edgar present.
59F. CKD4 (eGFR 19), dialysis not started. T2DM - glargine, she gives it herself, R side of belly. BMI 31.0.
"Tengo una bolita dura donde me pongo la insulina" - interp: "I have a hard little ball where I put the insulin." Noticed ~6 wks ago, sore, skin a bit purple.
Exam: R lower abd - firm tender nodule under the skin, 2.5cm, faintly violet, skin unbroken, no eschar.
A: fat necrosis in lipohypertrophy? early calciphylaxis?? Unsure. Derm.
"""),
("2023-07-25", "Dermatology Consult", """
Derm, Spanish video interp.
Nodule R abdomen, where her glargine goes in. Ddx: possible calciphylaxis (CKD 4) vs traumatic fat necrosis vs lipohypertrophy. Recommended deep incisional bx - pt declined today, wants to talk with family.
"""),
("2023-09-05", "Phone Note", """
Son called via interp line: family moving back to Guatemala next week, mom will not do the biopsy here. Nodule "same, maybe a little smaller". Records sent. Calciphylaxis never confirmed.
"""),
]}

Q16 = {"patient_id": "Q16", "age": 72, "sex": "M", "notes": [
("2025-04-03", "Primary Care Visit", """
Vietnamese interp (phone, Mr. Quang).
72M. ESKD (HD Mon/Wed/Fri). AF - warfarin. No DM. PAD.
About 3 weeks ago the grocery cart's metal edge caught his L shin - small scrape. Same spot is now a painful black ulcer.
Exam: L shin, anterior: ulcer 2cm, black base, violet border. Weak DP pulses bilat.
Wt 58 kg, BMI 21.5.
A: traumatic ulcer w/ PAD vs r/o calciphylaxis. Derm + vascular.
"""),
("2025-04-17", "Dermatology Consult", """
Derm. Vietnamese interp in person.
L shin ulcer at site of cart injury. Possible calciphylaxis given HD + warfarin; also PAD ulcer. Biopsy scheduled 4/24.
"""),
("2025-05-08", "Phone Note", """
Pt no-show for biopsy 4/24. Daughter called back (speaks English): dad moved to her house in Texas, will see doctors there. Calciphylaxis not confirmed or excluded here.
"""),
]}

Q17 = {"patient_id": "Q17", "age": 68, "sex": "F", "notes": [
("2018-01-16", "Primary Care Visit", """
Arabic: daughter Rania interpreting by choice.
68F, ESRD on PD, T2DM on sitagliptin (no insulin), HTN.
Both thighs: purple net pattern since December, painful. All winter she has slept with the electric blanket switched to high.
Exam: bilat anterior thighs reticulated violaceous patches, one 1.5 cm dusky firm area on R thigh, no ulcer.
BMI 28.6.
A: ab igne? livedo? Cannot exclude calciphylaxis. Derm.
"""),
("2018-02-06", "Dermatology Consult", """
Derm. Arabic interp (video).
Punch bx R thigh nondiagnostic: pigment in dermis, vessels without calcium, but specimen likely too shallow. So calciphylaxis still on the table. Offered deep bx; pt declined. Blanket off.
"""),
("2018-03-20", "Follow-Up Visit", """
F/u. Daughter interpreting.
Thigh marks fading since blanket stopped. Pt declines further biopsy. Possible early calciphylaxis vs erythema ab igne - unresolved. Not on warfarin.
"""),
]}

Q18 = {"patient_id": "Q18", "age": 57, "sex": "M", "notes": [
("2020-10-06", "Primary Care Visit", """
Creole interp by phone.
57M. ESKD/HD. T2DM (glipizide). New DVT - enoxaparin shots to belly since 9/20, bridging to warfarin.
Painful black patches on the belly at the injection spots for 5 days.
Exam: periumbilical 3 areas 1-2 cm necrotic w/ purple rim.
A: ?calciphylaxis ?heparin skin necrosis. Check plt, HIT Ab. Derm urgent.
"""),
("2020-10-13", "Dermatology Consult", """
Derm. Creole interp in person.
Plt 62 (from 210). HIT Ab positive, SRA positive. Bx: epidermal necrosis w/ thrombi, no vascular calcification. Dx: heparin-induced skin necrosis. Calciphylaxis excluded.
"""),
("2020-11-10", "Follow-Up Visit", """
F/u, Creole interp.
Enoxaparin stopped, on warfarin now (INR 2.3). Belly lesions healing. BMI 26.4.
"""),
]}

Q19 = {"patient_id": "Q19", "age": 45, "sex": "F", "notes": [
("2024-02-14", "Primary Care Visit", """
Somali interp in person (Hodan).
45F. CKD 3a (eGFR 52), never dialysed. T2DM using insulin. Obese, BMI 36.2.
Worried: her brother died of calciphylaxis on dialysis (back home, 2021) - "his legs went black and he suffered" per interp. Asks whether this runs in families.
Skin exam: thighs, abdomen, legs - no lesions; her insulin areas on the tummy look clean, no lumps.
Explained her kidneys work much better than her brother's did; no warfarin for her.
"""),
("2024-08-20", "Primary Care Visit", """
Somali interp (video).
6-mo check. Kidney numbers stable (eGFR 50). Skin: nothing new, no lesions. Reassured again. Weight down a little, BMI 36.0.
"""),
]}

Q20 = {"patient_id": "Q20", "age": 50, "sex": "M", "notes": [
("2025-11-04", "Nephrology Note", """
Cantonese interp (phone).
50M. CKD 5, fistula maturing, HD start expected around year end. AF - on warfarin. No DM. Body mass index 23.8.
Pre-dialysis teaching w/ interp (Ms. Wong): told him that people on dialysis, esp. on warfarin, can rarely get calciphylaxis - if a skin spot ever turns dusky purple and hurts far more than it looks, phone the clinic that day, don't wait for the dialysis visit. Advised not to put heat packs or hot towels on the legs once on HD. Pt via interp: "OK, my wife uses the hot towel on her neck, not me." Will review warfarin vs apixaban with cardiology.
"""),
("2026-01-13", "Primary Care Visit", """
Cantonese interp in person.
Interp said pt prefers Taishanese but fine in Cantonese.
Started HD Dec 2025, three mornings a week (T-Th-Sa), L forearm fistula working, tolerating it. No skin complaints; full skin check - intact, no purpura, no ulcers. Still on warfarin (INR 2.1). Repeated the calciphylaxis warning signs; pt repeated them back.
"""),
]}

PATIENTS = [Q15, Q16, Q17, Q18, Q19, Q20]
