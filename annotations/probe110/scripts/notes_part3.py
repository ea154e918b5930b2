"""probe110 corpus notes, G15-G20 (endocrinology and diabetes education; all invented)."""

G15 = {"patient_id": "G15", "age": 67, "sex": "F", "notes": [
("2018-03-05", "Insulin Pump Follow-up", """
Pump clinic - CDCES
67F, T2DM insulin-requiring (TDD ~70 u), on Tandem pump since 2016. CKD stage 4 from diabetic nephropathy, eGFR 19, NOT on dialysis - nephrology (Dr. Sørlie) following, access planning discussed but deferred.
Wt 88 kg, BMI 32.2.

Sites: per pt, "I just keep using the right of my tummy, it's easiest with my good hand." Sets changed q3d, mostly the same 3-4 spots, R lower abdomen.
On exam, R lower abd: 2 cm firm, tender, dusky-red subcutaneous nodule at a recent set location, overlying skin slightly purple. No drainage. L abd normal.
Plan: move sets to L abdomen + upper buttocks; photo taken; endo to see in 2 wks. Warm compresses NOT advised.
No anticoag.
"""),
("2018-03-19", "Endocrinology Clinic", """
Endo
R abd nodule at old infusion site a bit smaller but still painful, faint violaceous mottling at edge, no ulcer, no eschar.
Given CKD 4 and high phos (6.1), I raised possible early calciphylaxis with pt; differential also includes fat necrosis/inflammatory reaction to cannula and lipohypertrophy with hematoma.
Offered punch biopsy today or derm referral - pt declined ("let's see if it goes away now I've moved the pump").
Plan: recheck 6-8 wks, lower phos w/ nephrology (binder started), keep sets off R abd.
BMI 32.2, obese.
"""),
("2018-05-21", "Endocrinology Follow-up", """
Endo f/u
The R lower abdominal nodule has shrunk to a 1 cm soft, non-tender area w/ slight brown discoloration; no breakdown ever occurred.
Whether this was early calciphylaxis was never settled - no tissue obtained; pt again declines biopsy now that it's better.
Sets on L abd + buttocks without problems.
A1c 7.6. CKD 4 stable, no dialysis. BMI 32.0.
"""),
]}

G16 = {"patient_id": "G16", "age": 71, "sex": "M", "notes": [
("2021-10-12", "Inpatient Diabetes Consult", """
Inpatient Diabetes Management Service - consult
71M admitted 10/8 w/ CAP. PMH: ESRD - HD TTS; T2DM, home med linagliptin (no insulin; BG 120-180 here, no insulin needed), AF on warfarin (held on admission for INR 4.6).
DVT prophylaxis: heparin 5000 u SC q8h, nursing has been giving it into the L anterior thigh since admission (R thigh has old burn graft).

Incidental: tender dusky area on L anterior thigh where the heparin shots went, ~4 cm, with a small dark crust, noticed by RN 10/11.
Rec: switch heparin shots to abdomen, derm consult placed. Glucose: continue linagliptin 5 mg, POC BG ac/hs.
Wt 86 kg, BMI 28.8.
"""),
("2021-10-20", "Endocrinology Discharge Follow-up Note", """
Endo/diabetes service - final note before transfer
L anterior thigh: 5x3cm retiform purpura, 1.5cm eschar in center, at prior SC heparin sites. Derm saw him 10/14: "cannot exclude calciphylaxis; differential includes heparin-induced skin necrosis and warfarin-induced skin necrosis." Bx recommended but pt/family wished to wait until after the move.
Warfarin stopped by cardiology on 10/15 (apixaban started).
Pt discharged today to a rehab facility near his daughter in Arizona; records faxed, recommended biopsy of the thigh lesion there. No further follow-up with our system expected.
"""),
]}

G17 = {"patient_id": "G17", "age": 63, "sex": "F", "notes": [
("2019-11-18", "Diabetes Education Visit", """
DSMES - annual review
63F, T2DM on Toujeo 38 u + Trulicity, ESRD on PD (CAPD), BMI 35.0 (obese).
Goals review: A1c 7.9 -> target < 8 ok given ESRD. Insulin into abdomen away from catheter + thighs, rotating. No lipo.
Leg cramps at night: she's been lying w/ a heat pad across both calves most evenings since last winter; she says it helps her sleep. Educator advised lower setting + time limit (20 min) and a towel between.
Feet: intact, no ulcers.
No anticoagulation.
"""),
("2019-12-09", "Endocrinology Clinic", """
Endo
Pt reports painful "purple webbing" on the back of both calves and 2 hard sore lumps on the R calf for ~2 wks. Heating pad still in use nightly.
Exam: bilat posterior calves: livedo reticularis pattern w/ brown reticulated pigment (erythema ab igne); R calf 2 indurated tender violaceous nodules, no ulcer.
A: rule out calciphylaxis; erythema ab igne w/ panniculitis possible.
P: stop heating pad. Punch biopsy R calf nodule done in clinic (4 mm). PD nurse informed.
BMI 35.0.
"""),
("2020-01-06", "Endocrinology Follow-up", """
Endo f/u
Path: superficial dermis only, mild perivascular inflammation, subcutis not reached -> nondiagnostic; neither confirms nor excludes calciphylaxis.
Offered deeper incisional biopsy via derm; pt declined, nodules are less tender since stopping heat.
Imp: calciphylaxis remains possible - never proven. Will monitor; low threshold for re-biopsy if ulceration.
Insulin unchanged. BMI 35.0.
"""),
]}

G18 = {"patient_id": "G18", "age": 45, "sex": "F", "notes": [
("2018-09-10", "Endocrinology Clinic", """
Endocrinology
45F, T1DM since 14 (MDI: Lantus 22 u, Novolog carb count 1:10), CKD stage 3b (eGFR 38, diabetic nephropathy), not on dialysis.
C/o painful shiny patches on both shins for months; one on the L shin broke open 3 wks ago after she "caught it on the bedframe."
Exam: bilat pretibial: yellow-brown atrophic plaques w/ telangiectasia and violaceous rims; L shin 1.5 cm shallow ulcer w/ dark crust.
A: ?necrobiosis lipoidica vs calciphylaxis (thought less likely as she's not dialyzing). Derm ref for bx.
BMI 23.9. No warfarin.
"""),
("2018-10-02", "Dermatology Consult", """
Dermatology
Bilateral pretibial plaques, L ulcerated. Bx L shin edge 9/20: palisading granulomas in layered pattern, degenerated collagen, no calcium in vessel walls on von Kossa.
DX: Necrobiosis lipoidica. Calciphylaxis ruled out.
Plan: clobetasol under occlusion to borders, wound care for ulcer, smoking cessation, pentoxifylline trial.
"""),
("2018-11-14", "Diabetes Education Visit", """
CDCES
Reviewed NL dx w/ pt - understands it is linked w/ diabetes, not kidney calcium. Shin ulcer healing.
Injection sites: abdomen + thighs, good rotation, no lipo. Pen needles 4 mm.
BG log: fasting 90-160. Lantus 22 u unchanged. A1c 7.2.
BMI 23.9.
"""),
]}

G19 = {"patient_id": "G19", "age": 50, "sex": "M", "notes": [
("2024-02-26", "Diabetes Education Visit", """
Diabetes self-mgmt education - individual
50M, T2DM on Lantus 44 u + Humalog 1:8 ICR, ESRD on PD (cycler nightly), BMI 31.7, obese.
Pt very worried about skin: his older brother, a dialysis pt too, had calciphylaxis of the legs and passed away in 2021. Pt asks whether "it runs in the family" and if his shots could cause it.
Full site check today: abdomen both sides + thighs - no nodules, no discoloration, no lipo, skin intact.
Technique good; rotating properly.
Taught what to watch for; provided handout. No warfarin.
"""),
("2024-03-11", "Endocrinology Clinic", """
Endo
Skin exam: entire trunk + extremities intact; no purpura/livedo/ulcer. Nothing to suggest calciphylaxis.
FHx: brother - calciphylaxis (deceased).
Reassured; will keep phos/PTH in range w/ nephrology.
A1c 7.3. Lantus 42 u. BMI 31.7.
"""),
]}

G20 = {"patient_id": "G20", "age": 58, "sex": "F", "notes": [
("2025-04-02", "Endocrinology Clinic", """
Endo
58F, T2DM on linagliptin + glipizide 5 mg, CKD 5, eGFR 11, pre-dialysis - L arm AV fistula maturing, HD start expected within months.
No anticoagulants. BMI 27.2.
Glipizide hypos x3 last month - reduced to 2.5 mg. Discussed that once on HD we may need basal insulin instead.
"""),
("2025-07-14", "Endocrinology Clinic", """
Endo f/u
Started in-center hemodialysis 6/30/2025 (MWF).
Glipizide stopped (lows on HD days). A1c 8.4. Starting glargine 10 u daily, titration per CDCES.
Skin: no lesions. BMI 27.2.
"""),
("2025-07-28", "Diabetes Education - Insulin Start", """
CDCES - new insulin start (glargine pen)
Teaching: prime 2 u, 4 mm needle, 90 degrees, hold 10 s.
Rotation taught: abdomen in 4 quadrants + upper outer thighs, a new spot each day.
Counseling: dialysis patients have a higher risk of calciphylaxis, so avoid using one spot over and over, do not put heating pads or ice straight on skin, and call us if you ever notice a dark or purple patch that hurts a lot.
Pt gave first dose in R lower abd. Skin intact at all sites.
"""),
("2026-01-12", "Diabetes Education Follow-up", """
CDCES f/u
On glargine 14 u. Fasting 110-150, no lows.
Sites checked: abdomen + thighs smooth, no lumps, no discoloration, no sores.
HD ongoing MWF. BMI 27.2. Not on any blood thinner.
Plan: continue; RTC 3 mo.
"""),
]}

PATIENTS = [G15, G16, G17, G18, G19, G20]
