"""probe86 corpus notes, F15-F20 (primary care / family medicine, portal, nurse triage; all invented)."""

F15 = {"patient_id": "F15", "age": 67, "sex": "F", "notes": [
("2022-02-14", "Family Medicine Office Visit", """
67F on HD since 2019, DM2 on Humulin 70/30 which she injects into the R lower abdomen, obese (BMI 32.4).
Tender nodule R lower abdomen in her usual injection spot, about 3 wk, now with purplish discoloration on top.
Exam: 2 cm firm subcutaneous nodule, overlying faint violaceous patch, no ulcer, no eschar.
Differential - fat necrosis or lipohypertrophy from injecting, vs early calciphylaxis. Punch biopsy done today in office, R lower abd.
Advised to inject elsewhere (L abdomen) for now.
"""),
("2022-02-25", "Family Medicine Follow-up", """
Path: fat necrosis with nonspecific inflammation, no vascular calcification seen - nondiagnostic for calciphylaxis; sample may be too superficial.
Offered deep incisional biopsy with derm. Pt declines ("I've had enough poking"). Nodule unchanged. Calciphylaxis remains a possibility, not proven.
"""),
("2022-04-11", "Nurse Triage Phone Note", """
Pt returning call. Nodule R belly "unchanged, maybe softer". No open sore. Still does not want another biopsy. Moving to her son's in Tucson next month; will establish care there. Records release signed.
"""),
]}

F16 = {"patient_id": "F16", "age": 80, "sex": "M", "notes": [
("2024-09-16", "Nurse Triage Phone Note", """
Caller: pt. Hit his L shin against the dishwasher door (left open) on 9/12. Now a dark, painful sore the size of a quarter. On Coumadin for afib. Kidney disease stage 4, not on dialysis.
Dispo: appt tomorrow.
"""),
("2024-09-17", "Family Medicine Office Visit", """
80M, CKD stage 4 (eGFR 19, no dialysis), AF - takes warfarin (INR today 2.8), not diabetic. BMI 23.0.
L anterior shin: ulcer 2.5cm, black crust and a ring of purpura, where he hit the dishwasher door on 9/12.
Assessment: L lower leg ulcer following a minor knock. Differential includes simple traumatic ulcer (anticoagulated), skin necrosis from warfarin, and calciphylaxis given CKD 4 + warfarin.
Plan: offered derm biopsy - declines for now. Dressings, recheck 2 wk.
"""),
("2024-10-01", "Family Medicine Follow-up", """
L shin ulcer 3 cm, surrounding purpura persists. Still possible calciphylaxis, cannot exclude; again declines biopsy. Daughter moving him to Oregon next week - referral letter to her PCP summarizing the open question.
"""),
]}

F17 = {"patient_id": "F17", "age": 48, "sex": "F", "notes": [
("2021-12-06", "Patient Portal Message", """
Hi, I have this weird lacy brownish purple pattern on the top of my left thigh. I work from home and the laptop sits right there on my lap all day, since the pandemic started. now there is a sore tender bump in the middle of it. My PD nurse mentioned calciphylaxis?? I am scared. Can I get in this week. - Priya
"""),
("2021-12-09", "Family Medicine Office Visit", """
48F, ESRD from T1DM nephropathy, on PD (CAPD), insulin pump? no - MDI with glargine/aspart. BMI 29.9 (overweight).
L anterior thigh: reticulated hyperpigmented patch 10 cm consistent with erythema ab igne from the laptop; within it a 1.5 cm tender indurated nodule with faint violaceous color, no ulceration.
A: erythema ab igne L thigh; nodule - early calciphylaxis not excluded; panniculitis in ddx.
P: no laptop on lap. Derm referral for biopsy.
"""),
("2022-01-18", "Family Medicine Follow-up", """
Derm appt was cancelled twice (weather, then pt ill w/ covid). Nodule smaller, less tender. Still not biopsied; calciphylaxis not confirmed or excluded. Rescheduled derm for February. Uses lap desk now.
"""),
]}

F18 = {"patient_id": "F18", "age": 72, "sex": "M", "notes": [
("2019-04-05", "Nurse Triage Phone Note", """
Spouse calling (Arlene). Both of his lower legs are "beet red", hot, swollen, and a couple of water blisters popped up on the right calf. Started 2 days ago. Temp 99.9 at home. He had dialysis this morning, unit nurse told him to call his doctor.
Triage protocol: leg redness/swelling. Dispo: same-day sick slot not available -> appt Monday 8:15, ED if fever >101 or red streaks. Pt's wife verbalized understanding.
"""),
("2019-04-08", "Family Medicine Office Visit", """
72M, HD-dependent ESRD, type 2 DM using detemir, obesity (BMI 31.5), CHF.
Bilateral lower legs red, warm, painful, with purplish mottling and two small blisters on the R calf. Onset 5 days.
Concern for calciphylaxis vs cellulitis vs stasis dermatitis. Derm bx, doxycycline started.
"""),
("2019-04-22", "Family Medicine Follow-up", """
Derm punch (R calf, 4/11): stasis dermatitis with superimposed cellulitis; von Kossa stain negative, vessels without calcium. Calciphylaxis ruled out.
Legs improving on abx + elevation + compression. Blisters healed.
"""),
]}

F19 = {"patient_id": "F19", "age": 45, "sex": "M", "notes": [
("2025-03-03", "Family Medicine Office Visit", """
Annual physical. 45M, CKD 3a (eGFR 52), type 2 diabetes on metformin + empagliflozin, no insulin. BMI 30.4 - obesity.
FHx: father was a long-term HD patient; calciphylaxis with leg ulcers, passed away 2011.
Pt worried about his own risk. Skin exam: no ulcers, no purpura, no nodules anywhere.
Counselled: his kidneys are far from dialysis; good BP/glucose control lowers progression risk.
"""),
("2025-03-19", "Patient Portal Message", """
thanks doc for explaining about my dad. one more question, is calciphylaxis something that runs in families? i have no sores or anything, just worried. Marcus
"""),
]}

F20 = {"patient_id": "F20", "age": 57, "sex": "F", "notes": [
("2020-09-14", "Family Medicine Office Visit", """
57F on home PD (cycler) since 2018, ESRD from IgA nephropathy. Not diabetic. BMI 27.0. No anticoagulation.
She read about calciphylaxis online and asks what she would do if she got it. Discussed: any new painful, darkening skin spot means a same-day call; avoid heat and cold packs on skin; PD team monitors calcium and phosphate.
Skin: intact, no lesions.
"""),
("2020-10-02", "Nurse Triage Phone Note", """
Pt cut her R index finger with a kitchen knife chopping onions, 1 cm, bleeding controlled. Last tetanus 2017.
No skin sores elsewhere per pt.
Home care: clean, bandage, watch for infection.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
