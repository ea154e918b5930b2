"""probe53 corpus notes, L15-L20 (dermatology outpatient and dermatopathology; all invented)."""

L15 = {"patient_id": "L15", "age": 72, "sex": "M", "notes": [
("2025-05-06", "Teledermatology Referral", """
TELEDERM eCONSULT - Harbourside Nephrology Clinic
72M, ESKD on automated PD (nightly cycler), T2DM on insulin isophane - injects L anterior thigh, "never anywhere else". Wt 88.5kg. BMI 29.9, i.e. overweight (below the obese cut-off).
Concern: 10 days of a firm, tender, dusky patch at his L thigh injection area; a central black crust appeared this week. Low grade temp 37.9 yesterday.
Photos (4): L anterior thigh, 4 x 4 cm violaceous indurated area, 1 cm black crust, faint surrounding net-like erythema; no drainage.
Q: calciphylaxis? necrotising infection? needs biopsy?
"""),
("2025-05-08", "Teledermatology Response", """
eConsult reply - Dermatology (Dr Saoirse Mbeki-Lund)
Images reviewed. A necrotic plaque where a PD patient injects insulin: calciphylaxis is a real possibility, but with fever a necrotising soft tissue infection must be excluded first.
Recommend: same-day ED assessment, CRP/lactate, blood cultures; if infection excluded, urgent in-person derm for deep incisional biopsy (H&E + von Kossa). Meanwhile insulin should go into the abdomen instead.
Working impression: r/o calciphylaxis vs infected injection-site necrosis.
"""),
("2025-07-15", "Dermatology Clinic Note", """
DNA x2 (did not attend 5/20 and 6/17 derm appointments). Phone call today: pt says the place on his leg "got better with the antibiotics from the ER" and declines biopsy or further visits. Per ED record 5/8: treated with doxycycline, discharged, no imaging.
Diagnosis remains uncertain - possible calciphylaxis never confirmed or excluded. Letter to PD unit and PCP. Discharged from derm follow-up; re-refer if recurs.
"""),
]}

L16 = {"patient_id": "L16", "age": 79, "sex": "F", "notes": [
("2019-10-01", "Biopsy Requisition", """
DERMATOPATHOLOGY REQUISITION
Pt: 79F | Requesting: Dr Bartholomew Achterberg, Dermatology
Specimen: 1) R anterior shin, 4 mm punch, edge of necrotic plaque
Clinical information: CKD G3b, eGFR 34, no dialysis. Anticoagulated (warfarin) for AF. No DM. BMI 26.0.
Hit her right shin on a low coffee table approx. 2 weeks ago; 5 days later area became purple, painful, now 3 cm plaque w/ black centre and livedoid rim.
Clinical ddx: calciphylaxis (non-uraemic / warfarin-associated)? vs traumatic haematoma with necrosis vs vasculitis.
Stains requested: H&E, von Kossa.
"""),
("2019-10-08", "Dermatopathology Report", """
Right anterior shin, punch:
Superficial specimen (subcutis <1 mm in depth). Dermal haemorrhage with haemosiderin, focal epidermal necrosis and thrombosed superficial capillaries. Sampled vessels are free of calcification; von Kossa shows no convincing deposits. No vasculitis.
Diagnosis: Non-diagnostic for calciphylaxis - the specimen lacks adequate subcutis. Calciphylaxis cannot be excluded; if suspicion persists, a deeper incisional sample is advised.
"""),
("2019-11-05", "Dermatology Clinic Letter", """
Dear Dr Mwangi,
Mrs Gwendolyn Treharne returned today. The R shin plaque is slightly smaller with a dry eschar. I explained that her biopsy was too shallow to answer the question and that calciphylaxis remains possible. After discussion she has declined a deeper biopsy. We will continue simple dressings and I have asked you to review whether warfarin could be swapped for another anticoagulant.
Diagnosis at this point: necrotic shin plaque after trauma, ?non-uraemic calciphylaxis, unconfirmed.
Kind regards, Dr B. Achterberg
"""),
]}

L17 = {"patient_id": "L17", "age": 66, "sex": "M", "notes": [
("2022-06-14", "Dermatology Inpatient-to-Clinic Note", """
Derm - seen in clinic after hospital discharge
66M, ESRD on HD (TTS), insulin-requiring T2DM (glargine), warfarin for LV thrombus. BMI 30.0.
New reticulate purple patches on the lower abdomen and both flanks for ~1 wk, some with dusky centres; painful.
Dermoscopy: purple-blue structureless areas with a reticular pattern; no white-grey veil; no ulceration yet.
Clinical photos x4 filed.
Ddx: calciphylaxis; warfarin-induced skin necrosis; atheroemboli (cardiac cath 3 weeks ago); low-flow livedo.
Plan: biopsy next week once INR down; eosinophils, urinalysis.
"""),
("2022-06-21", "Dermatology Clinic Note", """
Biopsy postponed: pt admitted with NSTEMI and decompensated heart failure. Eosinophils 0.9 (elevated).
Skin: purpura unchanged, no eschar.
Still uncertain - cholesterol embolisation now favoured but calciphylaxis not excluded.
"""),
("2022-07-19", "Dermatology Note", """
Telephone update from palliative team: pt transitioned to home hospice on 7/8, dialysis withdrawn. No skin biopsy will be done.
Final derm impression: retiform purpura of abdomen/flanks, aetiology unconfirmed (calciphylaxis vs atheroembolism). Closing referral.
"""),
]}

L18 = {"patient_id": "L18", "age": 57, "sex": "F", "notes": [
("2021-08-24", "Dermatology Clinic Note", """
Dermatology clinic
57F on HD (ESRD 2/2 lupus nephritis), T1DM on MDI insulin (abdomen), BMI 27.2.
3 months of a firm, shiny, violaceous-rimmed indurated plaque where she injects, left side of the lower belly; mildly tender, no ulcer, no eschar.
Ddx: calciphylaxis (given HD + injections) vs morphea vs lipodermatosclerosis-like panniculitis vs insulin lipoatrophy.
Plan: deep incisional biopsy, H&E + von Kossa.
"""),
("2021-08-31", "Dermatopathology Report", """
L lower abdomen, incisional ellipse to fat:
Thickened, hyalinised dermal collagen bundles extending into the subcutaneous septa, entrapping eccrine coils; perivascular and interstitial lymphoplasmacytic infiltrate at the dermal-subcutaneous junction. Von Kossa stain: negative - neither vessels nor interstitium calcified. Fat necrosis and thrombi absent.
Diagnosis: Morphea (localised scleroderma), deep/inflammatory stage. No features of calciphylaxis.
"""),
("2021-09-28", "Dermatology Clinic Letter", """
Dear Dr Lindqvist-Oduya,
Ms Fenella Rousseau's biopsy has shown morphea; calciphylaxis has been ruled out. I have started clobetasol under occlusion and phototherapy is being arranged. She has been asked to use her thighs for insulin rather than the affected area.
Regards, Dr Jasper Emenike
"""),
]}

L19 = {"patient_id": "L19", "age": 44, "sex": "M", "notes": [
("2019-03-19", "Dermatology Skin Check", """
Full skin exam at pt request.
44M, T1DM - pump (CSII) (infusion set changed every 3 days, abdomen). Creatinine normal, eGFR >90. BMI 23.4. No anticoagulants.
Worried because his father, a dialysis patient, died in 2017 from calciphylaxis - asks whether he could get it.
Exam: 41 naevi, all benign-appearing. Dermoscopy of an irregular 6 mm naevus L scapula: reticular pattern, regular network, no blue-white structures. Pump sites: tiny healed puncture marks only. No purpura, no ulcers, no livedo.
Reassured: calciphylaxis is essentially confined to advanced kidney disease; his kidneys are normal.
"""),
("2019-09-17", "Dermatology Follow-up", """
6-month naevus review. Sequential dermoscopy of L scapular naevus: no change. Skin otherwise clear. No new concerns. Discharged to annual self-checks.
"""),
]}

L20 = {"patient_id": "L20", "age": 60, "sex": "F", "notes": [
("2022-04-12", "Dermatology Pre-transplant Clearance", """
DERMATOLOGY - RENAL TRANSPLANT WORK-UP SKIN EXAM
60F, ESRD on HD since 2020, not diabetic. Recently started warfarin for a new AF diagnosis. BMI 31.2 (obese).
Exam: several seborrhoeic keratoses on trunk (dermoscopy: milia-like cysts, comedo-like openings, fissures - benign), actinic keratoses on dorsal hands treated with LN2. No ulcers, no retiform purpura, no indurated plaques.
Counselling: both HD and warfarin make calciphylaxis more likely; should a painful dusky patch or a non-healing sore appears, she should contact us straight away. Avoid warming pads and cold packs directly on skin.
"""),
("2022-10-25", "Dermatology Follow-up", """
Review pre-listing. Skin remains clear, no evidence of calciphylaxis. AKs on hands resolved post-cryotherapy. Still on warfarin and HD. Cleared from a dermatology standpoint for transplant listing.
"""),
]}

PATIENTS = [L15, L16, L17, L18, L19, L20]
