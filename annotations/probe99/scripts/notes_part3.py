"""probe99 corpus notes, E15-E20 (emergency department and urgent care; all invented)."""

E15 = {"patient_id": "E15", "age": 58, "sex": "M", "notes": [
("2026-02-09", "ED Physician Note", """
58M on hemodialysis, diabetic requiring insulin (injects R thigh "mostly"), BMI 30.4. Tender firm nodule front of R thigh, in the zone he uses for insulin, central dark crust, started ~2 wks ago.
Exam: 3 cm indurated nodule with 8 mm black crust, mild surrounding erythema, no fluctuance.
MDM: concern for calciphylaxis; ddx abscess at injection site, fat necrosis. Plan admit for derm bx, IV abx pending.
"""),
("2026-02-10", "ED Nursing Note", """
0230 Pt states he wants to leave, "I got dialysis in the morning and my dog at home". Risks explained incl missed dx of possible calciphylaxis and infection. Pt signed AMA form, left ambulatory. No bx done. Abx rx given per MD.
"""),
]}

E16 = {"patient_id": "E16", "age": 69, "sex": "F", "notes": [
("2021-05-03", "ED Physician Note", """
69F. CKD4 - no dialysis yet. Warfarin (AF). Not diabetic. BMI 25.0. Wheelchair user, leans on the L armrest all day. Painful lacy purple patch L flank where the armrest presses, x 3 wks.
MDM: r/o calciphylaxis; ddx pressure injury, WISN. Derm consult.
"""),
("2021-05-05", "Dermatology Consult", """
Bx L flank: nonspecific dermal findings, vessels without calcium on this sample; nondiagnostic. Calciphylaxis cannot be excluded. Rec deeper incisional bx.
"""),
("2021-05-14", "ED Return Visit Note", """
Return for pain. Pt and family decline further biopsy, opting for comfort-focused care, transitioning to hospice. Flank patch unchanged. Dx still open: calciphylaxis was possible but it was never confirmed.
"""),
]}

E17 = {"patient_id": "E17", "age": 73, "sex": "F", "notes": [
("2024-12-02", "Urgent Care Note", """
73F, CKD5 (predialysis), DM2 on diet, no blood thinners, BMI 22.1. Burn L outer ankle from space heater 11/20, now black ulcer, very painful.
A: thermal burn vs possible calciphylaxis. Sent to ED.
"""),
("2024-12-02", "ED Physician Note", """
73F, as above. L lateral ankle 3 cm ulcer with eschar at burn site. MDM: possible CUA vs deep thermal burn. Derm outpt, nephrology for dialysis planning.
"""),
("2025-01-15", "ED Return Visit Note", """
Started HD last week via tunneled cath. Ankle ulcer slowly improving. Pt declined bx. Calciphylaxis remains a possibility, never confirmed.
"""),
]}

E18 = {"patient_id": "E18", "age": 76, "sex": "M", "notes": [
("2023-03-06", "ED Physician Note", """
76M - HD since 2019, DM2 (insulin), AF w/ warfarin begun 2/20, BMI 27.9. Sore purplish-black patches both thighs for a week. ?calciphylaxis vs warfarin skin necrosis. Admit, derm.
"""),
("2023-03-08", "Dermatology Consult", """
Bx L thigh: thrombosed dermal vessels, no calcium deposits (von Kossa neg). Low protein C. Calciphylaxis ruled out on path; diagnosis is warfarin-induced skin necrosis.
"""),
("2023-03-10", "Hospital Medicine Progress Note", """
Warfarin stopped, heparin gtt. Thigh necrosis stabilizing. Not calciphylaxis per derm.
"""),
]}

E19 = {"patient_id": "E19", "age": 45, "sex": "F", "notes": [
("2026-05-18", "Urgent Care Note", """
45F dog bite L hand today, puncture wounds x 2. T1DM on insulin pump. Kidney function nl. BMI 23.4. Brother on dialysis had calciphylaxis. Pt worried "could that happen to me". Reassured.
Augmentin, tetanus up to date.
"""),
("2026-05-21", "Urgent Care Note", """
Wound check L hand: healing, no infection. No skin lesions elsewhere.
"""),
]}

E20 = {"patient_id": "E20", "age": 81, "sex": "M", "notes": [
("2018-09-10", "ED Triage Note", """
81M fall at home, HD pt, on warfarin. BMI 19.8.
"""),
("2018-09-10", "ED Physician Note", """
81M, HD dependent ESRD, warfarin for AF, no diabetes. Mechanical fall, no injury on CT. Skin exam intact, no lesions.
Discussed risk of calciphylaxis on HD + warfarin; if painful skin sores develop, return.
"""),
("2018-09-11", "ED Nursing Note", """
Dc teaching done: avoid heating pads, fall precautions. Pt verbalized understanding.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
