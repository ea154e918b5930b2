"""probe84 corpus notes, D08-D14 (endocrinology and diabetes clinic; all invented)."""

D08 = {"patient_id": "D08", "age": 39, "sex": "F", "notes": [
("2023-05-16", "Endocrinology - Pump Follow-up", """
T1DM pump f/u -- Ms Haddadin
39F, T1DM x 25 yrs, tubeless patch pump. Since October 2020 she has rotated her pods only across the upper buttocks, both sides ("nobody sees them there").
CKD 3a (eGFR 52, stable), no dialysis. Antiphospholipid syndrome -> warfarin long term.
Since the end of April: painful lump at the L upper buttock where a pod had sat. Today: dusky indurated plaque about 3cm, black crust in the middle, livedo fanning out from it. R buttock clear.
A1c 6.9%, TIR 74%.
BMI 24.0.
Imp: DDx pod-site abscess vs fat necrosis vs calciphylaxis (warfarin!).
Plan: pods to abdomen/arms meanwhile; derm bx; INR check.
"""),
("2023-05-30", "Dermatology Consult", """
Punch L upper buttock 5/18: subcutaneous vessels, mural calcium, thrombosed lumens, necrotic fat lobules; von Kossa +.
Dx: calciphylaxis (non-uremic) of the L buttock, at the insulin pump site. Contributing: warfarin, APS, diabetes.
Recs: hematology re: switching warfarin; wound care; STS.
"""),
("2023-07-11", "Endocrinology Follow-up", """
Pods on the abdomen now. Buttock wound down to 1cm.
Hematology kept warfarin for now (APS, triple positive). Discussed.
eGFR 50. BMI 24.0.
"""),
]}

D09 = {"patient_id": "D09", "age": 69, "sex": "M", "notes": [
("2018-09-12", "Endocrinology Follow-up", """
DM visit
69M, T2DM: glargine 34u, aspart 8u before each meal. ESRD, HD Tue-Thu-Sat.
Injection sites: uses ONLY his right thigh for every shot, has for years; insists no needle has ever gone into his left leg.
CC: a fortnight of a painful plaque on the inner L thigh.
Exam: R anterior thigh - big rubbery lipohypertrophy pad, colour normal. L medial thigh - violaceous, indurated, 4x3cm, stellate purpura, tender++.
BMI 31.2.
A/P: L thigh plaque in HD pt, away from any injection site -- r/o calciphylaxis, derm referral. Rotate off the lipohypertrophy.
"""),
("2018-10-02", "Dermatology Consult", """
L medial thigh plaque, now w/ central eschar.
Bx 9/20 shows arteriolar medial calcification, thrombosis, necrotic panniculus. Dx calciphylaxis.
Per pt nothing has touched the L thigh: no injections, heat, knocks. His injecting is all on the other thigh.
Plan: wound care, STS through dialysis.
"""),
("2018-11-20", "Endocrinology Follow-up", """
Moved insulin to the abdomen after teaching. L thigh ulcer 2.5cm, improving.
A1c 8.0. BMI 30.6. No warfarin.
"""),
]}

D10 = {"patient_id": "D10", "age": 73, "sex": "F", "notes": [
("2021-08-11", "Endocrinology - Bone and Mineral Clinic", """
Bone/mineral f/u
73F, ESRD on PD, SHPT (PTH 920), vit D deficient (25-OH D 14) on ergocalciferol 50,000 IU weekly. T2DM, diet-controlled, A1c 6.3. AF: apixaban since 2019; previously six yrs of warfarin.
New: painful ulcer on the R calf posteriorly, started 08/03/2021. She is clear she did not knock, fall on, scratch or inject that leg.
Exam: 2cm ulcer, black base, retiform purpura around it, R posterior calf.
BMI 26.0.
A/P: concern for calciphylaxis - derm bx. Stop ergocalciferol for now; cinacalcet uptitrate.
"""),
("2021-08-26", "Telephone Encounter", """
Daughter called. Mom caught the same calf on the bathroom step 8/20 - bled and the ulcer got bigger.
Gave her the 8/17 bx result: calciphylaxis (calcified vessels, clot, dead fat). Wound nurse visit arranged for tomorrow.
"""),
("2021-10-05", "Endocrinology Follow-up", """
R calf wound 3.5cm, clean; STS via PD team ongoing.
PTH 610 on cinacalcet 60mg. Vit D paused.
BMI 25.8.
"""),
]}

D11 = {"patient_id": "D11", "age": 60, "sex": "M", "notes": [
("2022-11-09", "Endocrinology Follow-up", """
Endo f/u - T2DM
Mr Nkemelu, sixty. ESRD; chairside hemodialysis (Eastgate unit, M/W/F). Obese.
Insulin: glargine 48u + lispro sliding scale, all injected into his abdomen. CGM sensor goes on the back of either arm. For sciatica he lies on a heating pad, lumbar area, most evenings.
New: painful firm patches on both lateral thighs x 10 days.
Exam: bilateral lateral thighs - indurated violaceous plaques with livedo, eschar on the R. Abdomen: mild lipohypertrophy, no discolouration. Arms and back: intact.
121kg, BMI 37.0.
A/P: concern for CUA of the thighs -> derm bx. Continue insulin.
"""),
("2022-11-30", "Dermatology Consult", """
Bx R lateral thigh 11/16: calciphylaxis; calcified arterioles, thrombi, necrotic fat.
Legs have had no needles, heat or injury according to pt. Lesions now bilateral with eschar on both sides.
"""),
("2023-01-18", "Endocrinology Follow-up", """
Thigh wounds improving on STS. Insulin needs down: glargine 40u.
BMI 36.2. Never on warfarin.
"""),
]}

D12 = {"patient_id": "D12", "age": 64, "sex": "F", "notes": [
("2024-03-19", "Endocrinology Follow-up", """
Endo clinic
64F, T2DM on sitagliptin 25mg (renal dose), never on insulin or any injectable. ESRD, HD TTS. AF on warfarin.
Since early March: painful hard area, L side of the lower pannus. No prior injury, heat or pressure there per pt.
Exam: violaceous plaque 6x4cm on the L pannus, necrotic middle.
118kg, BMI 44.0.
Imp: likely calciphylaxis; derm bx.
"""),
("2024-04-02", "Dermatology Consult", """
Punch 3/21, L pannus: calciphylaxis (calcified vessels, thrombi, fat necrosis).
Since the sore came up she has been holding warm compresses against it. Told her to stop.
Sharp debridement of eschar today at bedside; dressing held with paper tape.
"""),
("2024-05-14", "Endocrinology Follow-up", """
A1c 7.1. Pannus wound still 5cm, some granulation.
Cardiology changed warfarin to apixaban on 4/20.
BMI 43.1.
"""),
]}

D13 = {"patient_id": "D13", "age": 52, "sex": "M", "notes": [
("2019-05-07", "Endocrinology Follow-up", """
ENDO
52M, T2DM on glargine 60u qhs, injects abdomen only. ESRD on CAPD. Morbidly obese (scale maxes out at clinic).
New: very painful patch R lateral thigh since 04/22/2019.
He denies injecting in the legs, no heating pad, no falls, no tight clothes there.
Exam: 5cm stellate purpura, dark centre, R lateral thigh.
A/P: concern for calciphylaxis. Punch biopsy of that thigh lesion booked for 5/14. Advised: no heat, no ice, no shots into the legs.
"""),
("2019-05-28", "Dermatology Note", """
Specimen from 5/14 (R thigh): calciphylaxis.
Plan debridement next month if necrosis extends. Wound RN follows.
No warfarin.
"""),
("2019-08-13", "Endocrinology Follow-up", """
Glargine trimmed to 52u after two overnight lows (CGM loaner showed 54 at 0300).
Thigh wound: eschar off after the July debridement, 3x2cm pink base. Thiosulfate continues with his PD team.
Hospitalist at his June admission suggested he start injecting into the thighs "to spare the belly"; we disagreed - the abdomen stays his only site.
Still morbidly obese per dietitian, weight not obtained (bariatric scale broken).
"""),
]}

D14 = {"patient_id": "D14", "age": 67, "sex": "F", "notes": [
("2020-09-15", "Endocrinology Follow-up", """
Endo f/u
67F, T2DM (NPH twice daily, which she injects in the L abdomen), ESRD HD.
Seen in ED 9/8: ulcer at her L abdominal insulin site; fluctuant, I&D done, culture MSSA. On cephalexin.
Also: painful plaques with eschar on both calves x 3 wks.
BMI 29.9.
A/P: abdominal wound = injection-site abscess. Calf lesions - possible calciphylaxis, derm.
"""),
("2020-10-06", "Dermatology Consult", """
Bilateral calf biopsy 9/22: calciphylaxis.
L abdominal wound: healing abscess cavity, typical of a bacterial injection-site infection, not calciphylaxis.
No trauma to the calves.
"""),
("2020-11-17", "Endocrinology Follow-up", """
Abd wound closed. Calves improving on STS.
Insulin moved to the R abdomen. BMI 29.9. No warfarin.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
