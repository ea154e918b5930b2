"""probe97 corpus notes, Q15-Q20 (home health, visiting nurse, phone triage; all invented)."""

Q15 = {"patient_id": "Q15", "age": 74, "sex": "F", "notes": [
("2025-10-07", "Home Health Skilled Nursing Visit", """
SN visit - Tallgrass Home Health
74F, ESRD, chair time Mon/Wed/Fri; insulin-using type 2 diabetic - pt injects into her R lower belly, "same spot, its where it hurts least". Afib, on warfarin. Wt 161 lb, BMI 28.8.
New: firm, exquisitely tender nodule R lower abdomen right on her injection spot, ~2 cm, dusky, pinpoint dark scab on top. Pt noticed it about a week back.
A: could be early calciphylaxis vs hematoma in lipohypertrophied skin (anticoagulated).
P: no more injections there - showed her the L side and thighs. Nephro paged, INR drawn.
"""),
("2025-10-09", "After-Hours Nurse Advice Call", """
After hours 20:15. Caller: granddaughter (Keisha).
"Grandma's belly lump where she does her insulin is more purple, she's hurting real bad." No fever, eating ok, sugars 170-200.
Told her nephro already knows; keep Tues appt; tylenol per label; go to ER for fever, confusion or bleeding that won't stop.
"""),
("2025-10-21", "Nephrology Clinic Note", """
Nephrology
R lower abdominal nodule at insulin site - concern for calciphylaxis; a bleed into the site on warfarin stays in the ddx. Pt refuses skin biopsy - "nobody's cutting on me again." Family mtg w/ daughter and granddaughter: pt choosing hospice, plans to stop HD after next week.
Diagnosis never established. Comfort focus, hospice referral sent.
Wt 159 lb (BMI 28.5).
"""),
]}

Q16 = {"patient_id": "Q16", "age": 80, "sex": "M", "notes": [
("2018-05-15", "Visiting Nurse Home Visit", """
VNA visit
80M, CKD IV, no dialysis. Afib, coumadin. Non-diabetic. BMI 22.4.
L shin: 2.5cm ulcer capped by black eschar; he knocked the shin on the wheelchair footrest 4/28 and the ulcer came on about a week after, per pt. Skin around it dusky, pain out of proportion. DP faint on doppler.
Plan: PCP + derm referral. ?calciphylaxis vs arterial ulcer.
"""),
("2018-06-05", "Dermatology Consult", """
Derm
L shin ulcer where the footrest caught him. Punch bx 5/24 nondiagnostic - dermal necrosis only, no vascular calcification seen, sample shallow. Cannot exclude calciphylaxis; arterial ulcer remains on the list.
Deeper incisional biopsy offered; he said no. Vascular referral placed - did not go.
Remains on warfarin. BMI 22.4.
"""),
]}

Q17 = {"patient_id": "Q17", "age": 62, "sex": "F", "notes": [
("2026-01-13", "Telephone Triage", """
PD nurse triage line 09:40
Pt calling: "purple lace on both my thighs and a sore hard spot on the right one." She's had an electric blanket on high all night since Christmas, "its been so cold". Cycler fine, fluid clear.
Diabetes - linagliptin per med list, no insulin.
Disposition: HH RN visit within 48h; unplug the electric blanket.
"""),
("2026-01-15", "Home Health Skilled Nursing Visit", """
SN visit
62F ESRD on CCPD. Anterior thighs bilat: mottled lacy pink-brown pattern; R anterior thigh 2 cm indurated tender nodule, skin unbroken. Electric blanket since 12/25. Wt 188 lb, BMI 32.1.
A: erythema ab igne vs livedo, need to r/o calciphylaxis.
P: derm referral, blanket removed.
"""),
("2026-01-27", "Nephrology Clinic Note", """
Nephrology
Possible early calciphylaxis R thigh vs heat-related change; skin bx had been booked for 2/3. Pt moving in with her daughter in Oregon this week - records sent, biopsy cancelled.
Unconfirmed. No warfarin. BMI 31.5.
"""),
]}

Q18 = {"patient_id": "Q18", "age": 68, "sex": "F", "notes": [
("2019-08-06", "Visiting Nurse Home Visit", """
VN visit
68F, HD M/W/F, new AF - warfarin started 7/22. Not diabetic. BMI 27.7.
Painful net-like purple patches over both thighs plus the L breast since 8/2, getting bigger by the day, centers going dusky.
A: ?calciphylaxis vs warfarin necrosis. INR 4.2 today.
P: warfarin held per MD, urgent derm slot requested.
"""),
("2019-08-08", "Telephone Triage", """
Telephone triage
Daughter calling - the patches on her mom's legs are "turning black," pt scared and tearful. No fever, no bleeding.
Advised: derm appt tomorrow 10:30, warfarin stays on hold, ER if bleeding or fever.
"""),
("2019-08-20", "Dermatology Consult", """
Derm
Thigh and L breast necrotic plaques. Bx 8/9: thrombi in dermal vessels, no calcium on von Kossa stain; protein C activity reduced.
Diagnosis: warfarin-induced skin necrosis; path argues firmly against calciphylaxis, which we consider ruled out.
Coumadin discontinued for good; bridged on heparin, then apixaban. BMI 27.7.
"""),
]}

Q19 = {"patient_id": "Q19", "age": 50, "sex": "M", "notes": [
("2023-05-09", "Home Health Skilled Nursing Visit", """
SN visit
50M, CKD3a, GFR 52; insulin-dependent type 2 (basal-bolus). Wt 232 lb, BMI 30.8 - obese.
Small healed burn mark L forearm from a heating pad last winter. No other skin findings.
Family hx: his mom, a dialysis pt, had calciphylaxis and passed in 2015.
Teaching done: feet, insulin site rotation.
"""),
("2023-06-13", "After-Hours Nurse Advice Call", """
After hours call
Pt worried he could get "what mom had" (calciphylaxis). Reviewed: his kidneys are moderately reduced, he is not on dialysis, and he has no sores.
Disposition: reassurance, PCP f/u as planned.
"""),
]}

Q20 = {"patient_id": "Q20", "age": 46, "sex": "F", "notes": [
("2022-09-13", "Home Health Skilled Nursing Visit", """
SN visit - PD start of care
46F, ESRD, new to home CCPD. T1DM on MDI insulin. BMI 22.0.
Skin intact head to toe.
Taught: if painful sores ever show up at insulin sites, that could be calciphylaxis - call us.
"""),
("2022-11-02", "Telephone Triage", """
Telephone triage
Pt asks about a pink spot on her abdomen near the pump set - pump started 10/20. Small, not painful, fading.
Disposition: move the set to a new site, call if it worsens.
"""),
("2023-01-17", "Nephrology Clinic Note", """
Nephrology
PD going well. T1DM now on insulin pump. Skin check: no lesions; no sign of calciphylaxis.
BMI 22.3.
"""),
("2023-04-18", "Visiting Nurse Home Visit", """
VN visit
PD adequacy fine. Skin intact, pump sites clean. No warfarin. BMI 22.1.
Reinforced: no heating pads; call for any painful skin lesion (calciphylaxis risk on dialysis).
"""),
]}

PATIENTS = [Q15, Q16, Q17, Q18, Q19, Q20]
