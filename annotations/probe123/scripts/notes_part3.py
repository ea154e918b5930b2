"""probe123 corpus notes, G15-G20 (obesity medicine and PM&R; all invented)."""

G15 = {"patient_id": "G15", "age": 55, "sex": "F", "notes": [
("2024-09-09", "Obesity Medicine Follow-up", """
OB MED f/u - GLP1 titration
55F ESRD on HD (MWF, Lakeview Dialysis), DM2 on sema 1 mg weekly + glipizide, no insulin. No warfarin.
She injects sema into the L lower belly every Sunday, same pinch of skin "because it bruises less there".
Wt 104.5 kg, BMI 40.6. Nausea mild.
Plan: titrate sema to 1.7 mg. Rotate sites - showed her the 4 quadrant map.
"""),
("2024-11-04", "Obesity Medicine Follow-up", """
OB MED f/u
C/o a "hard ugly knot" L lower abd at her pen site, noticed ~3 wks ago, tender, with purple-grey middle. Afebrile.
Exam: LLQ 2.5 cm firm subcutaneous nodule, overlying dusky violaceous patch w/ faint reticulate edge, small central crust. No fluctuance.
A: nodule w/ dusky center at GLP-1 injection site in HD pt - ddx: panniculitis from the injections vs early calciphylaxis vs hematoma; cannot exclude CUA.
P: hold sema x 2 wks; derm for punch bx; US soft tissue.
Wt 99.0 kg, BMI 38.5.
"""),
("2025-01-13", "Obesity Medicine Follow-up", """
OB MED f/u
Pt never made it to derm (cancelled twice - transport, then flu). US: nonspecific subcutaneous edema, no abscess.
LLQ nodule smaller, crust fell off, still tender. Calciphylaxis still possible, never proven; re-referred, pt reluctant about a biopsy ("no more holes").
Restarted sema at 0.5 mg, R thigh only.
Wt 98.2 kg, BMI 38.2.
"""),
]}

G16 = {"patient_id": "G16", "age": 70, "sex": "M", "notes": [
("2022-02-07", "Inpatient Rehabilitation Admission H&P", """
IRF ADMIT - ortho rehab
70M s/p R femoral neck fx, ORIF 2/2. CKD4 (eGFR 19) - no dialysis so far. Glargine-treated DM2. Started warfarin 2/3 for VTE ppx (pt declined injections).
Wt 86.5 kg Ht 172.7 cm BMI 29.0.
Skin: R hip incision c/d/i.
Plan: PT/OT, PWB RLE, INR qd.
"""),
("2022-02-10", "Inpatient Rehabilitation Progress Note", """
IRF PN
Overnight RN found new painful net-like purple patches both anterior thighs, some w/ dark centers. Pt admits his son brought in a heating pad and he has kept it draped on the fronts of both his thighs ever since coming here (2/7) for the hip ache.
Heating pad removed.
A: retiform purpura B thighs - thinking calciphylaxis, or else a warfarin-induced skin necrosis, or a burn (CKD 4, Ca x P elevated).
P: hold warfarin, switch to apixaban; derm consult; protein C level.
"""),
("2022-02-18", "Inpatient Rehabilitation Discharge Summary", """
IRF D/C summary
Thigh lesions: derm saw 2/11, thought possible calciphylaxis or else warfarin-related necrosis; bx put off given anticoagulation and rapid improvement after warfarin stopped. No definite diagnosis made before discharge.
D/C home w/ HH PT. Derm f/u scheduled; CKD clinic f/u.
Wt 85.9 kg (BMI 28.8).
"""),
]}

G17 = {"patient_id": "G17", "age": 67, "sex": "F", "notes": [
("2025-07-01", "Orthotics / Bracing Note", """
Orthotics - KAFO check
67F L leg weakness (post-polio), old metal KAFO. New padding to the calf band installed today. Pt says the calf cuff has sat tight on her L upper calf "for years".
Skin: L posterior calf under cuff - 2 x 2 cm purplish firm patch w/ a dry dark center; pt thinks it has been there since spring.
PMH per pt: kidney failure, dialysis 3x/wk (HD). No sugar diabetes. No blood thinners.
Wt 84 kg, BMI 33.8.
Referred back to PM&R.
"""),
("2025-07-15", "PM&R Clinic Note", """
PM&R
L calf lesion under KAFO calf band: violaceous 2.5cm indurated plaque, small dry eschar, faint livedo. Painful.
A: possible early CUA vs simple device pressure ulcer. HD pt, Phos 7.8.
P: modify KAFO cuff, vascular & derm referral.
"""),
("2025-08-26", "Vascular Surgery Clinic Note", """
Vascular
ABI 0.9 L, non-compressible R. L calf plaque under brace cuff - calciphylaxis can't be excluded; pressure ulcer also plausible. Pt declines biopsy, prefers to watch it with the new cuff pad.
F/u 3 mo. BMI 33.5.
"""),
]}

G18 = {"patient_id": "G18", "age": 58, "sex": "M", "notes": [
("2023-03-13", "Bariatric / Obesity Medicine Visit", """
Post-op check - 8 wks after panniculectomy (01/16/2023) done before planned sleeve.
58M ESRD, HD T-Th-Sa. DM2 - degludec + aspart. No warfarin.
Incision: lower abdominal transverse scar, central 3 cm area broke down ~2 wks ago -> painful ulcer with violaceous undermined border and purulent-looking base.
A: wound breakdown at panniculectomy incision - ? calciphylaxis vs pyoderma gangrenosum vs infection. Plastic surgery + derm.
Wt 116 kg, BMI 35.0.
"""),
("2023-03-29", "Dermatology Consult", """
Derm
Path from ulcer rim (abd incision): neutrophils flooding the dermis. Vessels look clean - no calcium, no thrombus - and von Kossa stays negative. Clinically and on path: pyoderma gangrenosum (pathergy at surgical site). Calciphylaxis ruled out.
Start prednisone 40 + topical tacrolimus; no further debridement.
"""),
("2023-05-08", "Bariatric / Obesity Medicine Visit", """
F/u
PG ulcer on abd nearly healed on steroids. Glucose higher on pred - insulin up 4 u. Sleeve deferred.
Wt 118.6 kg, BMI 35.8.
"""),
]}

G19 = {"patient_id": "G19", "age": 44, "sex": "F", "notes": [
("2025-02-17", "Weight Management New Patient", """
New pt - wt mgmt
44F, prediabetes (A1c 6.1), HTN, kidneys normal (Cr 0.7). FHx: sister (older, on HD) died 2021 from calciphylaxis; pt quite anxious about "getting that skin disease". No insulin. No warfarin.
Wears a hinged neoprene knee brace on the R knee for OA, no skin problems.
Wt 84.9 kg, BMI 30.1.
Plan: lifestyle + metformin for prediabetes; phentermine not started (BP).
"""),
("2025-05-19", "Weight Management Follow-up", """
F/u
Down 4 kg. Skin exam normal, no lesions, brace site fine. Reassured her: her sister's calciphylaxis was tied to kidney failure; her own risk is very low.
Wt 80.8 kg, BMI 28.6.
"""),
]}

G20 = {"patient_id": "G20", "age": 62, "sex": "M", "notes": [
("2018-10-01", "Obesity Medicine Pre-bariatric Evaluation", """
Pre-op med eval for sleeve
62M, CKD5, eGFR 11, dialysis not started yet, fistula placed 9/2018. DM2 on NPH 30 u bid. No warfarin.
Wt 165 kg, BMI 52.3.
Discussed: if he starts dialysis he will be at risk of calciphylaxis; would avoid warfarin, keep Ca x P controlled, and rotate insulin sites. Any painful purple or black skin spot -> phone us that day.
"""),
("2019-04-22", "Obesity Medicine Follow-up", """
F/u
Started in-center HD 1/2019 (MWF). Sleeve on hold until 6 mo stable on HD. Skin: intact, no lesions, insulin sites rotated abd/thighs without problems.
Wt 157 kg, BMI 49.8.
"""),
]}

PATIENTS = [G15, G16, G17, G18, G19, G20]
