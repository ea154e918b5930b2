"""probe84 corpus notes, D15-D20 (endocrinology and diabetes clinic; all invented)."""

D15 = {"patient_id": "D15", "age": 58, "sex": "M", "notes": [
("2025-02-11", "Endocrinology Follow-up", """
DM2 f/u
58M, ESKD on in-centre hemodialysis thrice weekly; T2DM, glargine 26u nightly, always into the R lower abdomen - admits he "never really moves it around".
Two weeks of a tender nodule at that R abdominal spot. Palpates as a 2cm indurated knot, faintly purple, no eschar, no livedo, no warmth.
Differential: early calciphylaxis?? Or panniculitis from the injections, or an inflamed lipohypertrophic pad.
BMI 30.4.
Plan: offered punch bx -- he wants to think it over. Start rotating to L abdomen and thighs tonight.
"""),
("2025-03-04", "Diabetes Educator Note", """
CDCES visit.
Pt turned the biopsy down ("not letting anyone cut me for a bruise"). Knot smaller, 1.2cm, less sore.
Went through the rotation grid with a marker on his belly; sites now L abdomen and thighs. Swapped him to 4mm pen needles.
"""),
("2025-05-20", "Endocrinology Follow-up", """
R abdominal nodule gone on palpation. Whether this was ever calciphylaxis we never found out.
A1c 7.4. BMI 30.1. Not on warfarin.
"""),
]}

D16 = {"patient_id": "D16", "age": 70, "sex": "F", "notes": [
("2018-01-16", "Endocrinology - Vitamin D / Parathyroid", """
Parathyroid/vit D clinic
70F, CKD 4 (eGFR 24), not on dialysis, never had diabetes. SHPT, PTH 280. 25-OH vit D 19 -> cholecalciferol 2000 IU daily. Takes warfarin after two PEs.
Ca 9.4. Obese, BMI 33.4.
Plan: labs in 3 months.
"""),
("2018-04-03", "Endocrinology - Vitamin D / Parathyroid", """
F/u. PTH 310, vit D 31.
New: lacy purple mottling over both thighs for a fortnight, and one exquisitely tender spot within it on the L, no break in the skin.
Concern for calciphylaxis; livedo from the cold flat is the alternative.
BMI 33.0.
Plan: derm referral (expedited), hold the calcium supplement.
"""),
("2018-05-22", "Telephone Encounter", """
Pt rang: she relocates to Tucson (son's house) next week and has cancelled the derm slot. Records faxed to her new PCP. Whether she has calciphylaxis was never settled either way.
"""),
]}

D17 = {"patient_id": "D17", "age": 63, "sex": "M", "notes": [
("2020-06-09", "Endocrinology Follow-up", """
63M, T2DM on detemir 22u, ESRD on PD.
On 5/20 he struck his L shin against the metal bed frame getting up in the dark; now a 1.5cm ulcer with a dusky base right there, painful.
Cannot exclude calciphylaxis; a plain traumatic ulcer in a diabetic is just as likely.
BMI 27.8.
Plan: derm bx, wound care.
"""),
("2020-07-07", "Dermatology Note", """
Bx L shin 6/16: nonspecific dermal change, no calcified vessels in the sample - nondiagnostic.
Picture still uncertain; rebiopsy only if it worsens.
"""),
("2020-09-15", "Endocrinology Follow-up", """
L shin ulcer closed with dressings alone. No second bx. Never got to a diagnosis.
BMI 27.8. No warfarin.
"""),
]}

D18 = {"patient_id": "D18", "age": 49, "sex": "F", "notes": [
("2022-02-15", "Endocrinology Follow-up", """
49F, T1DM; MDI with glargine and aspart. ESRD, on HD since 2020.
Shiny yellow-brown plaques on both shins, the L one broken down centrally.
?calciphylaxis; necrobiosis lipoidica looks more like it.
BMI 31.0.
Plan: derm bx.
"""),
("2022-03-08", "Dermatology Note", """
Bx L shin: palisading granulomas, degenerated collagen - necrobiosis lipoidica. Vessels free of calcium. Calciphylaxis excluded.
Clobetasol under occlusion, wound care for the ulcerated part.
"""),
("2022-06-14", "Endocrinology Follow-up", """
Shins calmer on the steroid. A1c 8.3 - more aspart with dinner.
BMI 31.0. No anticoagulants.
"""),
]}

D19 = {"patient_id": "D19", "age": 34, "sex": "M", "notes": [
("2023-09-12", "Endocrinology Follow-up", """
34M, T1DM on pump + CGM. Kidneys normal, eGFR 110, urine ACR < 30.
His older sister, who is on HD, had calciphylaxis last year and he has read a lot about it.
Skin exam: pump and sensor sites clean, skin intact everywhere.
BMI 25.3.
Reassured; his risk with normal kidneys is very low.
"""),
("2024-03-12", "Endocrinology Follow-up", """
TIR 78%. No skin complaints. BMI 25.3.
"""),
("2024-09-10", "Endocrinology Follow-up", """
Doing well. Loop closed on new algorithm, TIR 81%. Sister stable.
"""),
]}

D20 = {"patient_id": "D20", "age": 61, "sex": "F", "notes": [
("2021-01-19", "Diabetes Educator Note", """
61F, insulin-treated T2DM, ESRD on HD. Came off warfarin last year.
Talked about calciphylaxis - uncommon, but dialysis patients are at higher risk: keep heating pads off the skin, keep rotating sites, ring us if a painful hard lump appears.
Skin intact.
BMI 31.7.
"""),
("2021-06-22", "Endocrinology Follow-up", """
Down 6kg. BMI 29.6. Skin intact.
"""),
("2021-11-30", "Endocrinology Follow-up", """
Insulin unchanged. Skin still intact.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
