"""probe106 corpus notes, D15-D20 (outpatient haemodialysis unit; all invented)."""

D15 = {"patient_id": "D15", "age": 61, "sex": "M", "notes": [
("2018-10-15", "HD Monthly Rounding Note", """
61M ESRD HD MWF, DM2 previously on oral agents; endo started NPH 10u bid last month, pt injects R upper arm ("that's the one not holding the fistula").
BMI 32.8. Never on warfarin.
"""),
("2018-11-19", "HD Nursing Flowsheet Comment", """
Pt showed RN tender firm lump R upper arm at his insulin spot, ~2 cm, faint purple tinge. Pain 5/10. No drainage. MD to eval next round.
"""),
("2018-12-03", "HD Monthly Rounding Note", """
R upper arm: 2.5 cm tender subcutaneous nodule w overlying dusky hue at NPH injection site. Differential: lipohypertrophy, fat necrosis, early calciphylaxis (not able to exclude the last). Asked derm to see; pt transferring to the Eastgate unit near his daughter next wk, records sent. No bx done here. BMI 32.5.
"""),
]}

D16 = {"patient_id": "D16", "age": 84, "sex": "F", "notes": [
("2025-12-01", "HD Nursing Flowsheet Comment", """
Per daughter, mom "sleeps under the electric blanket turned up high" and now has red-purple blotches on both thighs. RN sees bilat anterior thigh net-like purple discoloration, few firm tender spots. No DM. Takes warfarin (afib). Informed MD.
"""),
("2025-12-15", "HD Monthly Rounding Note", """
84F ESRD HD TTS, frailty. BMI 29.9 (not obese).
Thighs: livedo racemosa w 2 small indurated plaques, no ulcer. DDx erythema ab igne from blanket vs early CUA - r/o. Would need bx to settle; family wants to think about it.
"""),
("2026-01-12", "Social Work Note", """
Family meeting: pt and daughter chose withdrawal from HD with hospice enrolment. No biopsy per goals of care. Thigh skin changes never worked up further. Bereavement resources given.
"""),
]}

D17 = {"patient_id": "D17", "age": 58, "sex": "M", "notes": [
("2020-01-20", "PD Clinic Note", """
58M ESRD on CAPD. No diabetes. Warfarin for prior PE. BMI 27.0.
L shin ulcer 2 cm with black base - he hit the shin on the bed frame ~10 days ago, very painful, livedo around it.
A/P: differential CUA / arterial ulcer / plain traumatic wound. ABI + derm referral.
"""),
("2020-02-17", "PD Clinic Note", """
L shin ulcer slightly bigger. ABI 0.72 L - PAD present. Derm appt missed. Still uncertain, possible calciphylaxis. Re-referred.
"""),
("2020-03-30", "Social Work Note", """
Pt moved to his sister's in another state; PD supplies rerouted. Derm/vascular workup not completed here. Records faxed.
"""),
]}

D18 = {"patient_id": "D18", "age": 70, "sex": "F", "notes": [
("2024-07-08", "HD Monthly Rounding Note", """
70F ESKD on HD Mon-Wed-Fri; DM2 w Tresiba insulin; warfarin (afib), BMI 33.0.
Bilat lower legs: shallow painful ulcers medial ankles-shins, brawny hyperpigmentation, edema 2+. ?CUA given risk profile - derm bx.
"""),
("2024-07-29", "Dermatology Consult (scanned)", """
Punch bx L medial shin: stasis changes, lipodermatosclerosis, von Kossa shows no vessel calcification. Calciphylaxis excluded. Dx venous stasis ulcers.
"""),
("2024-08-05", "HD Monthly Rounding Note", """
Venous ulcers bilat legs - compression per wound clinic as tolerated. Calciphylaxis was ruled out on biopsy. Continue warfarin. BMI 33.4.
"""),
]}

D19 = {"patient_id": "D19", "age": 45, "sex": "M", "notes": [
("2023-03-06", "Social Work Note", """
Pt anxious, his older brother (also on dialysis in Ohio) was diagnosed with calciphylaxis last year and lost part of a leg. Pt wants to know if it "runs in the blood". Reassured, referred to RN educator.
"""),
("2023-04-03", "HD Monthly Rounding Note", """
45M ESRD (IgA nephropathy) HD TTS. No DM, no warfarin. BMI 24.2.
Head-to-toe skin check at pt request: skin intact; livedo, nodules and ulcers all absent. No evidence of calciphylaxis.
"""),
("2023-05-01", "Dietitian Note", """
Phos 4.9, Ca 9.1 - at goal. Pt motivated after brother's illness, eating less processed food. Wt 73 kg, BMI 24.0.
"""),
]}

D20 = {"patient_id": "D20", "age": 66, "sex": "F", "notes": [
("2026-02-09", "Pre-dialysis Education Class Note", """
66F with CKD4, eGFR 17, not yet on dialysis, attending the unit's modality class. DM2, uses detemir plus aspart. Warfarin - no. BMI 30.8.
Taught: risk of calciphylaxis once on dialysis; keep heating pads/ice packs off bare skin; rotate insulin sites; report any painful skin spots.
"""),
("2026-03-09", "Pre-dialysis Education Class Note", """
Second session. Pt asks what to do if she gets a painful dark spot - told to phone us that same day. Skin intact per pt. Leaning toward home PD when the time comes.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
