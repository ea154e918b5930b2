"""probe107 corpus notes, K15-K20 (general dermatology clinic with dermatopathology; all invented)."""

K15 = {"patient_id": "K15", "age": 71, "sex": "M", "notes": [
("2018-11-26", "Dermatology Clinic Note", """
S: 71 yo M, HD pt (ESRD, hypertensive nephrosclerosis), DM2 on Levemir. Flu shot in the R deltoid at his dialysis unit on 10/29/18. About 10 days ago a tender lump came up at the shot spot and it's getting harder, slightly purple.
O: BMI 31.9. R deltoid: 2.5cm firm subQ nodule w/ overlying violaceous hue, faint peripheral livedo, no ulcer, no eschar. No warmth. L arm nl.
A: Vaccination-site nodule, dialysis pt: concern for early calciphylaxis vs post-vaccination granuloma/panniculitis.
P: 4 mm punch today. RTC w/ results.
"""),
("2018-12-03", "Dermatopathology Report", """
Skin, right deltoid, punch (4mm):
mixed septal + lobular panniculitis, mixed inflammation, focal fat necrosis. Sample is superficial and includes only the upper subcutis; this material shows no calcified vessels.
Comment: nondiagnostic for calciphylaxis. On so superficial a specimen, early calciphylaxis is not excluded; a deep incisional biopsy would be more informative if clinically warranted.
"""),
("2019-01-14", "Telephone Encounter", """
Called pt re deeper biopsy per dermpath comment. Pt declines - "it's smaller and not so sore now, leave it". Nodule per pt about the size of a pea. Still possible early calciphylaxis vs resolving post-vaccine panniculitis; not confirmed. Told to call if it darkens, opens or gets painful. Declined in-person f/u for now.
"""),
]}

K16 = {"patient_id": "K16", "age": 57, "sex": "F", "notes": [
("2022-03-14", "Dermatology Clinic Note", """
HPI: 57F, ESRD on HD (TTS, Greenbriar Dialysis), St Jude mitral valve on Coumadin, obesity (BMI 30.4). No diabetes. Heating pad on her lower back every night for 2+ yrs for lumbar DJD. Now lacy brown-purple mottling across the lumbar area and since the end of February a small sore there that stings.
Exam: low back, midline to both paraspinal areas: reticulated hyperpigmented patch (EAI), and at L paraspinal 1.2 cm shallow ulcer with thin dark crust, surrounding induration, mild tenderness.
Imp: Ulcer within erythema ab igne; cannot exclude early calciphylaxis (HD, warfarin). Also ddx ulcerated EAI/thermal injury.
Plan: recommended bx - pt declines today ("no more needles"). Stop heating pad. Vaseline + dressing. Recheck 4 wks.
"""),
("2022-04-11", "Dermatology Follow-up", """
Ulcer L low back 1 cm, clean base, crust off. EAI persistent. Less tender. BMI 30.6.
Pt again declines biopsy. Calciphylaxis still on the differential, unproven; improving off heat, which favors a thermal ulcer. Will follow clinically. Renal informed so Ca x P and PTH are watched.
"""),
]}

K17 = {"patient_id": "K17", "age": 62, "sex": "M", "notes": [
("2023-08-08", "Dermatology Clinic Note", """
CC: L shin wound not healing
S: 62 y/o M, CKD3b with eGFR 38 - no dialysis. Warfarin (AF), most recent INR 3.1, no diabetes, BMI 27.1. Scraped his L shin on a metal porch step 07/04/2023; wound got bigger and very painful, black since ~2 weeks ago.
O: L anterior shin 4x3cm ulcer with black adherent eschar, violaceous stellate rim, firm surrounding skin. Palpable DP/PT.
A: Necrotic ulcer at site of a scrape - ?nonuremic calciphylaxis; ?necrosis from warfarin; or plain traumatic ulcer on anticoag.
P: Deep wedge bx from edge. ABIs. Ask PCP to check INR/Ca/Phos.
"""),
("2023-08-14", "Dermatopathology Report", """
Left shin, wedge:
Ulcer base: granulation tissue, necrotic dermis. A single small subcutaneous vessel shows possible focal mural calcification, von Kossa equivocal. Elsewhere, vessels are free of thrombi.
Comment: Non-specific. Findings insufficient for a diagnosis of calciphylaxis; the possibility is not excluded.
"""),
("2023-09-18", "Dermatology Follow-up", """
Ulcer L shin 3.5x3cm, eschar softening with cadexomer iodine. ABI 1.0. INR 2.4.
Discussed equivocal path - nonuremic calciphylaxis remains possible; would need repeat deeper biopsy to say. Pt relocating to Arizona next month; prefers to set up care there. Copy of records given. No final diagnosis.
"""),
]}

K18 = {"patient_id": "K18", "age": 66, "sex": "F", "notes": [
("2019-05-13", "Dermatology Consult", """
Inpatient derm consult, medicine service.
66F, ESRD (HD), DM2 - aspart + glargine, obesity (BMI 36.6), admitted 5/2 for pneumonia; on SC heparin 5000 u q8h into the abdomen since admission. Since 5/8 several painful black plaques on the abdomen at the injection spots. Platelets 210 -> 88.
Exam: periumbilical + lower abdomen, four 1-3cm plaques w/ necrotic centers, erythematous halo.
Imp: necrotic plaques at heparin sites. DDx: HIT-associated skin necrosis at heparin sites, calciphylaxis, embolic.
Rec: stop all heparin, HIT antibody + SRA, punch bx x1.
"""),
("2019-05-16", "Dermatopathology Report", """
Skin, abdomen, punch:
Epidermal and dermal necrosis with fibrin thrombi occluding superficial and deep dermal vessels; von Kossa: no calcium in or outside vessels. No vasculitis.
Comment: In this setting (thrombocytopenia on heparin) findings fit heparin-induced skin necrosis; they do not support calciphylaxis.
"""),
("2019-06-10", "Dermatology Follow-up", """
Outpt f/u after discharge. HIT confirmed (SRA positive), now on argatroban-bridged apixaban per heme, never warfarin.
Abdominal plaques crusted, healing.
A: HIT skin necrosis; biopsy ruled out calciphylaxis.
BMI 36.1.
"""),
]}

K19 = {"patient_id": "K19", "age": 45, "sex": "M", "notes": [
("2024-03-19", "Dermatology Clinic Note", """
Annual skin check + pt worried.
His older brother (on dialysis) passed in 2022 after calciphylaxis on his legs, pt wants to know if he is at risk. Pt himself: CKD3a, eGFR 52, no dialysis, DM2 on empagliflozin + diet, no insulin, no blood thinners. BMI 29.9 - overweight.
Exam: 1 cm epidermoid cyst R upper back, multiple benign nevi, SKs. Skin free of purpura, livedo or ulceration.
A/P: FHx: brother w/ calciphylaxis. Nothing on his own skin suggests it. Explained risk relates mostly to dialysis. Cyst - excise electively.
"""),
("2024-04-23", "Procedure Note", """
Excision epidermoid cyst, R upper back, 1.8 cm ellipse, layered closure, 4-0 nylon. Sutures out in 10-14 d. Path to dermpath. Again asked about what his brother had; reassurance given, no signs on exam.
"""),
]}

K20 = {"patient_id": "K20", "age": 73, "sex": "F", "notes": [
("2025-01-21", "Dermatology Clinic Note", """
S: 73 F with CKD5, dialysis not started yet (PD training planned), DM2 on glipizide, BMI 32.5. Itchy scaly brown legs for a year.
O: bilateral lower legs: hemosiderin staining, eczematous scaling, 1+ edema. No ulcers, no purpura, no eschar.
A: Stasis dermatitis BLE.
P: triamcinolone 0.1% ointment BID for 2wk, compression as tolerated, emollient. Counseled: once on dialysis a small chance of calciphylaxis exists; should painful dark sores ever develop, call right away.
"""),
("2025-04-02", "Patient Portal Message", """
Hi its Dorothea. I started the peritoneal dialysis at home in March, going ok. my neighbor at the clinic had that calciphylaxis thing on her belly and it was awful. could I get that too?? my legs are way less itchy with the cream. also they put me on insulin now (Basaglar) instead of the glipizide.
"""),
("2025-05-06", "Dermatology Follow-up", """
PD since 3/2025. DM2 now on basal insulin. BMI 31.8.
Legs: stasis changes improved, no ulcers, no retiform purpura.
Reviewed her question: no evidence of calciphylaxis today. Risk reduction advice - heating pads + ice packs shouldn't touch her skin, rotate insulin sites. Recheck 6 mo.
"""),
]}

PATIENTS = [K15, K16, K17, K18, K19, K20]
