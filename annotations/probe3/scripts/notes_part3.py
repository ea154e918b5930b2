"""Notes of V13-V20 (calciphylaxis possible or no)."""
# ruff: noqa: E501  (note texts are data: their lines are kept as written)
PATIENTS = [
{"patient_id": "V13", "age": 74, "sex": "M", "notes": [
("2023-08-14", "Patient Portal Message", """
Doc, my wife is writing this for me. Hes got two hard lumps on his stomach on the left side that are purple and sore, right where he does his insulin. They came up maybe 3 weeks ago. One of them looks like it has a little dark crust. He has dialysis Monday Wed Fri. Is this the thing you warned us about with kidney patients?
"""),
("2023-08-17", "Endocrinology Clinic", """
Endo f/u. 74M DM2 on glargine + lispro, injects L abd almost exclusively despite teaching. ESRD on HD MWF. BMI 32.5. No warfarin.
L abd: two 2 cm firm violaceous subcutaneous nodules at injection sites, one w/ 3 mm dark crust; background lipohypertrophy.
A: lipohypertrophy w/ traumatic hematoma vs early calciphylaxis - cannot exclude. Derm referral for bx. Rotate to R abd/thighs.
"""),
("2023-09-12", "Telephone Encounter", """
Wife called: pt cancelled derm bx twice, does not want a biopsy "at his age". Nodules smaller per wife, crust fell off. Now rotating sites. Diagnosis still unsettled: could be early calciphylaxis, could be lipohypertrophy at injection sites; will reassess at next visit. Wife agrees.
"""),
]},
{"patient_id": "V14", "age": 59, "sex": "F", "notes": [
("2021-10-04", "Physical Medicine and Rehabilitation Note", """
PM&R. S/p L TKA 8/30/21 at OSH, in hinged knee brace since surgery. Pt reports painful dark spot on the L lateral thigh right where the upper brace strap sits, started ~1 wk ago. ESRD on PD, not diabetic. BMI 35.
Exam: L lateral distal thigh, 3 x 2 cm violaceous patch w/ small central necrosis under proximal strap. TKA incision healed. R leg normal.
A/P: device-related pressure injury vs calciphylaxis. Pad/loosen strap, refer derm + renal.
"""),
("2021-10-18", "Dermatology Consult", """
Derm: L lateral thigh necrotic patch at brace strap. Ddx: pressure necrosis vs calciphylaxis vs bacterial infection. Punch bx nondiagnostic - dermal necrosis, no calcification seen, sample superficial. Calciphylaxis not excluded. Pt declines repeat deep bx. Brace switched to a sleeve.
"""),
("2021-12-06", "Nephrology Clinic", """
PD clinic. L thigh wound healing well after strap removed, now 1 cm, granulating. Unclear still if this was early calciphylaxis or only a strap pressure injury. Keeping Ca/Phos tight. Warfarin not used (on rivaroxaban post-op, done).
"""),
]},
{"patient_id": "V15", "age": 52, "sex": "F", "notes": [
("2019-02-11", "Emergency Department Note", """
ED. 52F, ESRD on HD MWF, new L leg DVT 2/4, started warfarin 2/5 WITHOUT heparin bridge. Now 3 days of painful dark skin on the R breast and L thigh. No DM. BMI 27.
Exam: R breast 6 cm and L anterior thigh 9 cm sharply demarcated purple-black plaques w/ hemorrhagic bullae. INR 3.4.
Concern: warfarin-induced skin necrosis; calciphylaxis also on the list. Warfarin held, vit K given, heparin drip, admitting.
"""),
("2019-02-16", "Hematology Consult", """
Heme: protein C activity 31% (low). Timing (day 3-4 of warfarin, no bridge), fatty sites, and sharp borders typical of warfarin-induced skin necrosis. Derm bx L thigh: epidermal necrosis, thrombi in dermal vessels, NO vascular calcification on von Kossa. Calciphylaxis ruled out.
Plan: heparin -> apixaban. Never rechallenge warfarin.
"""),
]},
{"patient_id": "V16", "age": 45, "sex": "M", "notes": [
("2016-05-09", "Dermatology Consult", """
DERM CONSULT
45M on HD TTS (since 2012), MRA w/ gadolinium 11/2015 at outside hospital. 3 mo of progressive woody thickening of the forearms and both lower legs, difficulty bending ankles. Some areas brawny and brown. A small ulcer on the R shin where he scraped it on a bed frame in April.
DDx includes nephrogenic systemic fibrosis, scleromyxedema, and calciphylaxis (doubt it - neither livedo nor retiform purpura). Deep bx L calf.
"""),
("2016-05-20", "Dermatology Follow-up", """
Bx L calf: thickened collagen bundles, CD34+ fibrocytes, increased mucin; no calcified vessels. Dx nephrogenic systemic fibrosis. Calciphylaxis excluded. R shin abrasion ulcer healing w/ simple care. PT referral for contractures. Not diabetic. No warfarin. BMI 23.
"""),
]},
{"patient_id": "V17", "age": 78, "sex": "M", "notes": [
("2024-06-03", "Interventional Cardiology Procedure Note", """
Cardiac cath via R femoral 5/31/24: 95% mid-RCA, DES x1. Access closed w/ closure device. CKD 4 (eGFR 21), not on dialysis. DM2 on metformin/glipizide. BMI 29.
"""),
("2024-06-17", "Nephrology Clinic", """
Renal. 78M CKD 4, 2 wks post cath. Creat 2.9 -> 3.8. Eos 9%. Blue, painful toes b/l for ~10 days, livedo reticularis of both feet and lower legs, small ulcer on the L 2nd toe tip.
Groin access site clean.
A: atheroembolic (cholesterol emboli) syndrome after catheterization - favored. Calciphylaxis considered but unlikely: CKD 4, normal Ca/Phos, distal acral pattern.
"""),
("2024-07-01", "Dermatology Consult", """
Derm: bx L lower leg livedo - cholesterol clefts in small arteries; no calcification. Dx: cholesterol embolization. Calciphylaxis ruled out. Toe ulcer: local care. On apixaban? No - on clopidogrel + ASA. No warfarin.
"""),
]},
{"patient_id": "V18", "age": 64, "sex": "F", "notes": [
("2022-01-10", "Urgent Care Note", """
UC. 64F DM2 on insulin (injects thighs), CKD 3a (no dialysis), BMI 39.
R anterior thigh red, hot, swollen x 4d, at insulin site. Fluctuant 3 cm area. T 38.2.
I&D: 4 mL pus, packed. Cx sent. Cellulitis w/ abscess. Keflex + doxy.
"""),
("2022-01-13", "Primary Care Follow-up", """
PCP f/u: R thigh abscess cavity clean, erythema receding. Cx MSSA. Rotate insulin to abdomen. No skin necrosis, no purpura. Pt asks about "the kidney skin disease" her sister on dialysis had (calciphylaxis) - reassured; no features of it here.
"""),
]},
{"patient_id": "V19", "age": 81, "sex": "M", "notes": [
("2020-04-22", "Nursing Progress Note", """
ICU RN. Pt on BiPAP overnight. Stage 2 pressure injury bridge of nose from the mask, foam barrier applied. Stage 1 R heel from the heel protector boot rim - boot refitted. Stage 2 R ear from the O2 tubing, tubing padded. Foley in place, no meatal breakdown. Turned q2h. HD TTS via R IJ tunneled cath.
"""),
("2020-04-29", "Wound Care Consult", """
WOC: medical device related pressure injuries: nasal bridge (stage 2, improving), R heel (deep tissue injury now, 3 x 2 cm purple, intact), R ear (stage 2). Sacrum: 4x3 cm stage 3 PI, slough in base.
Team asked re calciphylaxis given ESRD: pattern, location over bony prominences and devices, no livedo, no retiform purpura -> pressure injuries, not calciphylaxis.
Plan: offloading, device padding, nutrition consult. DM2 on insulin SSI. BMI 22.
"""),
]},
{"patient_id": "V20", "age": 55, "sex": "F", "notes": [
("2025-03-10", "Nephrology Clinic", """
Renal clinic. 55F ESRD on HD MWF since 2023, DM2 on insulin degludec (abd), warfarin for AF, BMI 30.4.
Pt worried: her brother (also on HD) had calciphylaxis of the legs last year. She has no skin lesions today, no pain.
Exam: skin intact, no livedo, no nodules. Abd injection sites normal.
Counseled: risk of calciphylaxis w/ warfarin + high phos; rotate insulin sites, avoid ice packs/heating pads, report any painful skin spots early. Discuss switching warfarin -> apixaban w/ cardiology.
"""),
("2025-04-14", "Telephone Encounter", """
Pt called: bumped R forearm on car door 3 days ago, small bruise, no open skin, not painful. Reassured. Skin check at HD today: no lesions. Warfarin switched to apixaban 4/1 per cardiology.
"""),
]},
]
