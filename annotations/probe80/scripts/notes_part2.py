"""probe80 corpus notes, H08-H14 (metabolic bone and parathyroid clinic; all invented)."""

H08 = {"patient_id": "H08", "age": 60, "sex": "M", "notes": [
("2019-07-02", "Metabolic Bone Clinic", """
MBD CLINIC
60M HD (L forearm AVF) since 2015, diet-controlled DM2, warfarin stopped 2017 after his ablation.
Problem: phos 8.1 mg/dL, PTH 760, awful itch. Owns up to raking the outside of his R upper arm with his nails and a bamboo back-scratcher since mid-May; wife says "he digs at it in his sleep".
Then on June 20 a hard, very painful purple spot rose up right in the centre of the scratched patch.
Exam: R lateral upper arm - linear excoriations, lichenified; centrally a 3cm firm violaceous plaque, small necrotic core. L arm (access arm) normal.
BMI 26.4.
Plan: binder adherence talk (only taking 1 of 3 sevelamer doses), add lanthanum, difelikefalin w HD for pruritus, derm bx of arm plaque.
"""),
("2019-07-09", "Dermatology Consult", """
DERM
R upper arm, lateral: 3.5cm purpuric, firm plaque, central black crust, surrounded by excoriated, thickened skin from chronic scratching.
6mm punch from edge.
DDx: calciphylaxis vs excoriated prurigo nodule vs vasculitis. Awaiting path.
"""),
("2019-07-23", "Telephone Encounter", """
Path back: medial calcium in tiny subcut vessels, lumens narrowed, microthrombi, fat necrosis. Final: calciphylaxis.
Called pt. Explained. HD unit to begin STS Thurs. Itch a bit better on difelikefalin; told to keep nails short and stop the back-scratcher. Bone clinic 2 wks.
"""),
]}

H09 = {"patient_id": "H09", "age": 64, "sex": "F", "notes": [
("2018-05-15", "Metabolic Bone Clinic", """
METABOLIC BONE - return
64F, CAPD (four 2-litre exchanges a day) since 2016; DM2 on NPH 22u bid - every dose goes into her RIGHT thigh ("my left hand's been useless since the stroke, I reach across"). No warfarin.
Complaint: painful lump in the inner LEFT thigh for about a month.
O/E: L medial thigh, 6x5cm woody induration with overlying retiform purpura and a dusky 1cm centre. R thigh: a few needle marks, mild lipohypertrophy, no purpura, non tender.
Labs: Ca 2.55 mmol/L, PTH 55 pmol/L, PO4 2.1, Alb 31.
BMI 38.5.
Plan: derm bx L thigh; stop calcium carbonate.
"""),
("2018-05-22", "Dermatology Consult", """
Derm: L medial thigh plaque 6cm, now eschar forming. Punch bx x1 (5mm).
R thigh injection area inspected - benign lipohypertrophy only.
Impression: ? calciphylaxis.
"""),
("2018-06-12", "Metabolic Bone Clinic", """
f/u. Biopsy: calciphylaxis (calcified vessel walls, thrombi, necrotic fat, von Kossa +).
Lesion limited to the left thigh; insulin sites on the right thigh remain clear.
STS started via PD team (IV, infusion chair). Switched to sevelamer. BMI 38.0.
"""),
]}

H10 = {"patient_id": "H10", "age": 77, "sex": "M", "notes": [
("2021-04-08", "Metabolic Bone Clinic", """
Bone & Mineral clinic
77M, HD 3x/wk, St Jude mitral prosthesis - warfarin, target INR 2.5-3.5. No diabetes.
New R calf pain since Good Friday: a tender violaceous patch behind the right calf which has since turned dusky.
Specifically asked: no fall, no knock, no insect bite, nothing hot or cold applied, no injections there. Wears loose trousers.
Exam: R posterior calf 5x3cm indurated retiform purpura, central 1cm necrosis. L leg normal. DP pulses weak bilat.
Labs Tues: phos 6.1 mg/dL, PTH 310, calcium 9.4.
BMI 22.8.
Imp: possible calciphylaxis (warfarin + HD). Punch bx tomorrow w derm.
"""),
("2021-04-14", "Dermatology Consult", """
Dermatology - results
Bx 4/9, R posterior calf: arteriolar calcium deposits w thrombi in the subcutis = calciphylaxis (confirmed).
Rec: discuss anticoag alternatives with cardiology (valve limits options), STS with HD, wound care.
"""),
("2021-04-27", "Telephone Encounter", """
HD charge nurse called. During a transfer on 4/20 the pt knocked his R calf ulcer on the wheelchair footplate; the ulcer edge bled, now a small new skin tear at its lower border. Dressing changed. No signs of infection.
Plan: footplate padding, transfer with two staff. Wound clinic aware.
"""),
]}

H11 = {"patient_id": "H11", "age": 52, "sex": "F", "notes": [
("2022-10-03", "Endocrine Follow-up", """
ENDOCRINE CLINIC (diabetes + parathyroid)
52F, type 1 DM from age 11, pump user (infusion set sited in the abdomen only, rotated q3d). Diabetic nephropathy -> HD since 2020 via R IJ tunnelled line. Not on warfarin.
SHPT: PTH 820, Ca 9.6, P 6.4. Cinacalcet 60.
Back pain: uses a microwaveable heat wrap on her lower back most nights.
New: sore, bruised-looking areas along both inner thighs, ~10 days.
Exam: bilateral medial thighs - multiple indurated purpuric plaques w livedo, largest 7cm on the L, 5cm on the R. Abdomen: pump site clean, a few healed cannula marks, no purpura. Lower back: mild mottling from heat, skin intact.
BMI 34.0.
A: concern CUA bilateral thighs. Derm referral today.
"""),
("2022-10-10", "Dermatology Consult", """
DERMATOLOGY
Bilateral medial thigh lesions, enlarging; L has developed a central eschar.
Incisional bx L medial thigh: calciphylaxis (arteriolar calcification, thrombi, panniculitis).
No trauma history to the thighs on direct questioning - no injections, no heat, no pressure.
"""),
("2022-11-15", "Metabolic Bone Clinic", """
MBD f/u. Calciphylaxis of the thighs on STS x 5 wks. Lesions stable, pain better.
PTH 690. BMI 33.1. Pump continues (abdominal sites). Heat wrap to back still used, skin there intact.
"""),
]}

H12 = {"patient_id": "H12", "age": 70, "sex": "M", "notes": [
("2023-09-19", "Metabolic Bone Clinic", """
METABOLIC BONE CLINIC - urgent slot
70M, HD (L AVF), AF on warfarin for yrs, no DM.
Since 9/10/23 (onset per wife, who saw it during his shower) an exquisitely sore purplish area high on the L buttock, black centrally now. Before it appeared: no falls, no hard chairs or perching, no shots or heat to the region, per pt.
From 9/14 he has perched on a cold gel pack to "take the sting out".
Exam: L gluteal, upper outer quadrant: indurated retiform purpura 6x5cm, central 2cm eschar.
Biopsy done yesterday (9/18) by derm, result pending.
BMI 31.5.
Plan: stop gel pack on lesion; no calcium binder; warfarin -> d/w cardiology.
"""),
("2023-09-28", "Dermatology Consult", """
Derm f/u. Path from the L buttock: calciphylaxis.
Exam: 6.5cm eschar, surrounding livedo. Mild odor.
Plan: gen surg to debride the gluteal eschar on 10/2. STS 3x/week.
"""),
("2023-10-16", "Wound Clinic", """
Wound clinic. Two weeks since the L buttock calciphylaxis ulcer was sharply debrided.
Bed 60% granulation. Dressings: hydrofiber + foam daily, tape to periwound replaced by a silicone border dressing after stripping.
Warfarin switched to apixaban 10/1.
BMI 31.0.
"""),
]}

H13 = {"patient_id": "H13", "age": 47, "sex": "F", "notes": [
("2024-06-05", "Parathyroid Surgery Consult", """
ENDOCRINE SURGERY CONSULT
47F, renal tx 2009 failed 2021, back on HD. Tertiary HPT: PTH 1650, Ca 11.0, P 5.5, cinacalcet intolerance (vomiting).
BMI 44.3 (morbid obesity). Not diabetic. Never on warfarin.
Skin: ~3 wks of a sore, hard place in the skin fold of her lower belly.
Exam: pannus, L paramedian lower abdomen: 8x6cm violaceous indurated plaque; centre is black eschar; livedo around the edges.
Hx: pt denies belly injections of any kind (no insulin, no heparin, never on enoxaparin); denies heat (pads, bottles) to the area; denies belts, girdles, shapewear; denies scratches or bumps. Asked one by one.
A/P: clinically calciphylaxis; needs bx. Plan total PTX with autotransplant once skin settled. Post-op DVT prophylaxis will be heparin SC - to be given into the upper arms, not the pannus.
"""),
("2024-06-12", "Dermatology Consult", """
Derm. Pannus plaque L lower abdomen, biopsy 6/7: calciphylaxis.
Counselled: avoid pressure to the pannus; avoid heat; any future injections in the arms.
"""),
("2024-07-22", "Post-Parathyroidectomy Review", """
POST-OP CLINIC
Total PTX + autotransplant 7/2/24, uneventful. PTH now 35. Ca 8.6 on calcitriol.
Abdominal calciphylaxis plaque: slowly improving, eschar separating. No new lesions.
Neck wound healed. BMI 43.8.
"""),
]}

H14 = {"patient_id": "H14", "age": 62, "sex": "M", "notes": [
("2020-02-18", "Metabolic Bone Clinic", """
MBD clinic
62M on PD since 2019 (Tenckhoff, R lower quadrant exit). T2DM, basal-bolus insulin into the abdomen. No warfarin.
PTH 1050, Ca 10.3, Phos 6.8. Post-op check: subtotal PTX was 1/28/2020.
Issues:
1. Neck incision: small superficial dehiscence at R end with a bit of slough - looks like ordinary wound breakdown, not necrotic. Steri-strips.
2. PD exit site: crusted, red 1cm, culture sent - exit site infection, not calciphylaxis.
3. NEW: painful purple nodules on both calves for 2 wks. Bilateral posterior calves, multiple indurated purpuric plaques, the left-sided one black centrally. Legs not hurt, heated or squeezed by anything, he says.
BMI 28.3.
Plan: derm bx calf. Cipro for exit site.
"""),
("2020-02-25", "Dermatology Consult", """
DERM
Bilateral calf plaques, L with eschar. Bx L calf: calciphylaxis.
Abdomen examined: lipohypertrophy at insulin areas, no purpura. Exit site crusting - infection, unrelated.
Neck: healing scar, no calcific change.
Counselling: keep any heat source (pads, bottles) off the lower legs, avoid compression on the calves.
"""),
("2020-03-24", "Metabolic Bone Clinic", """
f/u: calciphylaxis of both calves on STS (IV via PD clinic) - improving.
Exit site infection resolved after cipro. Neck healed.
PTH 240. BMI 28.0.
"""),
]}

PATIENTS = [H08, H09, H10, H11, H12, H13, H14]
