"""probe242 corpus notes, V08-V14 (diabetes educator visits and the clinics around them; all
invented)."""

V08 = {"patient_id": "V08", "age": 63, "sex": "M", "notes": [
("2018-06-12", "Diabetes Education - GLP-1 RA Start", """
DIABETES EDUCATION -- GLP-1 RA start (Trulicity)

63 M, T2DM, ESRD, in-centre dialysis Mon-Wed-Fri since 2016. A1c 8.4 on linagliptin. Insulin
offered
again, he declines it for now ("one shot a week I can do").
Dulaglutide 0.75 mg weekly started June 12, 2018: demo pen first, then pt self-injected into
the R anterior thigh. Plan to alternate R and L front of thighs week to week (abdomen
avoided - old hernia repair scar he dislikes touching).
Reviewed GI side effects, low hypo risk without insulin/SU, pancreatitis sx, missed dose
rule (within 3 days).
121 kg, BMI 38.0 -> obese. No anticoagulant.
F/u 6 wks; step to 1.5 mg if tolerated.
"""),
("2018-09-18", "Dialysis Rounds - Nephrology", """
Dialysis rounds

Pt reports painful, hard "knots" across both thighs at the front, there since Labor Day, L
worse than R;
walking to the chair hurts.
Exam: anterior thighs bilat - multiple firm purple-violet plaques (2 to 5 cm), lacy livedo
between them; a black dot centrally on the largest (L).
He mentions these are the areas where he gives his weekly Trulicity, alternating sides.
Ca 10.1, Phos 7.9, PTH 690.
A: r/o calciphylaxis.
P: hold Trulicity; derm bx; renal dietitian to go over phos again.
"""),
("2018-10-02", "Dermatology", """
DERMATOLOGY

Biopsy (L anterior thigh, 9/21/2018): calciphylaxis -- widespread medial calcium in
subcutaneous small arteries, fibrin thrombi present.
Exam today: purpuric indurated plaques on both front thighs; the L thigh carries a dry 1.5-cm
eschar;
abdomen and calves spared.
Dx: calciphylaxis, anterior thighs bilaterally, confined to his dulaglutide injection
zones (onset early September, roughly 12 wks after his first dose).
Plan: STS x3 weekly w/ dialysis; thighs: no further jabs - diabetes team to pick a
new agent; wound care to the L thigh eschar; BMI today 37.4.
"""),
]}

V09 = {"patient_id": "V09", "age": 70, "sex": "F", "notes": [
("2020-02-11", "CDE Visit - Injection Technique Check", """
CDE VISIT -- injection technique check

70 F, T2DM on Tresiba 40 u + Fiasp, ESRD (HD). Warfarin - recurrent PEs.
Brougth her pens: using 8 mm needles and reusing each one for a week. Palpation: soft
rubbery 4 x 5 cm zone of lipohypertrophy periumbilical, where nearly every dose goes. Thighs and
arms: never used for injecting - "the belly is where the nurse showed me in 2009".
Taught: fresh 4 mm needle each injection; rotate to the outer abdomen, stay 2 cm off the
lipohypertrophy; doses may need to drop on fresh tissue, so check BG more.
CGM: Libre on back of L arm.
BMI 41.0.
"""),
("2020-05-05", "Dermatology Consult", """
DERMATOLOGY CONSULT
CC: painful lesions inner thighs x 1 month.

Exam: medial thighs both sides -- big retiform violaceous plaques, R 12 x 6 cm,
L 9 x 5 cm, central necrosis on the R. Abdomen: periumbilical lipohypertrophy, no purpura,
no necrosis. Arms clear.
Punch 2020-04-28 (R inner thigh): calciphylaxis.
She confirms she does not inject into the thighs and denies heat, ice, tight garments or
falls.
Dx: calciphylaxis, medial thighs (both).
Plan: thiosulfate on dialysis, warfarin off (heme to choose alternative), wound care.
"""),
("2020-05-19", "CDE Follow-up", """
CDE f/u

Off warfarin since last week; apixaban now. Daughter now helps with the pens as the thigh
wounds make it hard for her to sit forward.
Sites re-checked: outer abdomen in use now, lipohypertrophy a little smaller. She asks if
she should "use my legs" instead - told her the thighs stay insulin-free while the
calciphylaxis wounds are open.
Tresiba 34 u (requirement fell with fresh tissue + poor intake). Fiasp by a simple scale,
2-4 u. One low, 64 mg/dL before lunch, self-treated with juice.
Needle supply: 4 mm, one per shot, confirmed.
BMI 40.2.
"""),
]}

V10 = {"patient_id": "V10", "age": 61, "sex": "M", "notes": [
("2024-07-09", "PD Clinic - Nephrology", """
PD clinic

61M, T2DM on Lantus 30 u daily (self-injects abdomen), ESRD on APD via cycler, 5 cycles.
AF: warfarin until 2019, apixaban since.
New: very painful sore, lateral L thigh, x 2 weeks, first a purplish patch; he
remembers no injury and had put nothing on it.
Exam: a necrotic L lateral thigh ulcer about 3 cm across, surrounding livedo racemosa, exquisitely
tender. Exit site clean. No edema.
A: likely calciphylaxis -- needs bx. Mineral labs off: PTH 540 and phosphorus 6.9, calcium
normal at 9.8. Off calcium carbonate
from today.
BMI 29.8, "overweight".
"""),
("2024-07-23", "Dermatology", """
Derm

Bx L lateral thigh 7/12/24: calciphylaxis, confirmed.
Since the ulcer appeared, his wife has iced it with gel packs 3-4x daily to ease
the pain; asked them to stop. Hydrocolloid dressing w/ a tape border applied weekly by the
home nurse. Debrided today at bedside, tolerated with lidocaine.
Post-debridement: 3.5 by 3 cm, yellow slough base, no pus.
Dx: calciphylaxis, L lateral thigh.
Plan: thiosulfate via renal; offload - he is to sleep off the L side; gabapentin 100 mg after PD
per renal; f/u 2 wk.
"""),
("2024-08-13", "CDE Visit", """
CDE -- insulin adjustment during STS / poor appetite

Lantus into abdomen, rotating; site check fine, no lipohypertrophy. No thigh injections.
Hypo log: 3 lows (58, 64, 66) since the thigh pain cut his intake. Lantus 30 -> 24 u.
Wife asks whether the ice she put on the thigh sore did harm; reminded them derm wants no
ice there.
Libre 3 started today, back of R arm; taught scanning and low alarm at 70.
Dietitian: small frequent meals, protein for wound healing within PD limits.
BMI 29.1.
"""),
]}

V11 = {"patient_id": "V11", "age": 52, "sex": "F", "notes": [
("2022-09-20", "CGM Start - CDE", """
CGM START -- FreeStyle Libre 3 (CDE)

52 F, T1DM since 1989, MDI (Lantus 14 u, Admelog by carb count) into the abdomen. ESRD,
HD via tunneled R chest catheter. No anticoagulants.
First sensor applied today 20 Sept 2022, R posterior upper arm, after alcohol wipe + dry.
She says she will always wear it on the right as she sleeps on her left.
Taught: 14-day wear, alarms, false lows from lying on the sensor, fingerstick if symptoms
don't match.
BMI 26.1.
"""),
("2022-12-06", "Dermatology", """
DERMATOLOGY

Painful necrotic area, L posterior upper arm, since mid-November.
Exam: 4x3 cm of retiform purpura with eschar, posterior L upper arm. R arm: sensor in place
over the triceps, skin around it normal. Abdominal injection sites normal.
Per pt the Libre has never been anywhere but the R arm; nothing injected into, knocked
against or heated on the L arm.
Bx 12/1/22 L arm: calciphylaxis - calcified subcutaneous arterioles, thrombi.
Dx: calciphylaxis, L upper arm.
Tx: thiosulfate during HD; wound nurse; renally dosed analgesia.
"""),
("2023-01-10", "CDE Follow-up", """
CDE f/u

Sensor still on the R arm, moved around within the R triceps area each change; skin under
the adhesive fine.
TIR 55 %, lows mostly on HD afternoons (lowest 61). Lantus 14 -> 12 u, post-HD snack of
15 g carb added. Carb counting reviewed with the new renal diet handout.
L arm wound being dressed by the HD nurses, improving per pt, pain 3/10. She has had to
stop her evening walks, so less activity -> watch for higher readings.
Abdomen injection sites rotated, no lipohypertrophy.
BMI 25.8.
"""),
]}

V12 = {"patient_id": "V12", "age": 66, "sex": "M", "notes": [
("2019-10-22", "HD Rounds - Nephrology", """
HD rounds

66M, T2DM (glargine via pen, abdomen), ESRD/HD, AF - warfarin, obese (BMI 31.5).
Painful ulcers, both shins, new, x 3 weeks. Denies falls, bumps or scratches; says he has
no heating pad at home and no hot-water bottle, and doesn't wear compression hose. Never
injects insulin into his legs.
Exam: bilateral anterior shins -- 2-3 necrotic ulcers each side with livedo and
indurated edges. DP pulses weak but present.
INR 2.9 today; phos 6.4; PTH 560.
A: calciphylaxis? DDx warfarin-related skin necrosis, small-vessel vasculitis.
P: derm bx; ABI; hold calcium binder.
"""),
("2019-11-05", "Dermatology", """
Derm

Bx R shin 10/29/19: calciphylaxis; no vasculitis.
Exam: shin ulcers unchanged, both legs, biggest one (L, 3 cm) black-eschared.
ABI 0.9 bilaterally per vascular lab.
Dx: calciphylaxis, bilateral lower legs.
Plan: warfarin stopped -> apixaban; STS with HD; avoid any knocks or heat to the legs;
call if new ulcers appear. Wound RN to teach wife dressing changes. Pain: hydromorphone
low dose after HD, per renal pharmacist. Photos taken for the chart. RTC 3 wks or earlier
with fever/cellulitis.
"""),
("2019-11-19", "CDE Visit", """
CDE visit -- pt and wife (wife also T2DM, followed in this clinic)

Glargine 22 u, abdomen, rotation good, no lipohypertrophy.
Advised: keep needles well away from the leg ulcers; legs get no heat packs and no ice.
Wife mentions her own bruising from the heparin shots after her knee replacement - her
issue, suggested she raise it w/ her surgeon.
Lows: none on log. Fasting 120-160. Apetite down since the leg pain began; reviewed
protein snacks that fit his HD diet.
Needles: 4 mm, pt agreeable.
BMI 31.2.
"""),
]}

V13 = {"patient_id": "V13", "age": 69, "sex": "F", "notes": [
("2021-04-13", "CDE Visit", """
CDE visit

69F T2DM on degludec + aspart, ESRD on HD since 2014. Never on warfarin.
Hx: in 2017 she had calciphylaxis - left lower belly, at the spots she used for insulin -
STS given, healed by summer 2018 leaving a depressed scar. Since then she uses only the outer
thighs, switching sides each dose; abdomen never used.
Sites today: thighs fine, no lipohypertrophy; abdominal scar quiet.
Hypos: 2 in the last month (60s), pre-HD mornings. Degludec 18 -> 16 u.
BMI 34.0.
"""),
("2021-05-25", "Dermatology", """
DERM

New painful lesion R breast, lower inner quadrant, for 3 weeks.
Exam: R breast, firm plaque ~5x4 cm, retiform purpuric edge, necrosis starting centrally.
Old L lower abdominal scar: no activity. Thighs: clear at injection sites.
No trauma to the breast - denies bra rubbing, no earlier breast procedures, no recent
mammogram.
Bx 5/20/21: calciphylaxis.
Dx: recurrent calciphylaxis, R breast.
Plan: thiosulfate again on dialysis days; silicone foam to the wound; soft bra, pain regimen.
Photos in media tab. Review in 2 wks with the HD team.
"""),
("2021-06-08", "HD Nephrology Note", """
HD note

STS restarted 5/27, tolerating, mild nausea on run days - ondansetron before each dose.
R breast wound dressed each run by the HD RN; edges look calmer, pain 5/10.
Phos 6.5, Ca 9.1, PTH 730 - cinacalcet increased, now 60 mg. Sevelamer 2 tabs with each meal.
Insulin: thighs only, doses unchanged; CDE reviewing lows on run days.
Pt tearful about the recurrence; social work to see her next run.
Dry weight 84 kg, BMI 33.5. No access problems, Qb 400.
"""),
]}

V14 = {"patient_id": "V14", "age": 57, "sex": "M", "notes": [
("2022-10-04", "Pump Clinic - CDE", """
PUMP CLINIC

57M T2DM on t:slim X2 (Humalog U-100), ESRD on PD. Apixaban for AF; never took warfarin.
Sets: he reused the R lower abdomen for weeks; yesterday urgent care did an I&D of a 2 cm
infusion-site abscess there (culture MSSA, on cephalexin).
Taught: change sets q2-3 d, rotate across 6 zones, stay off the R lower quadrant until
healed; hand washing and alcohol prep.
Hypo log: 1 reading 66. TIR 63 %, Control-IQ on 95 %.
BMI 30.0.
"""),
("2022-11-15", "Dermatology Consult", """
Derm consult: painful L buttock lesion

Onset 10/30/22, started as a purple blotch. Denies falls, heat or ice; no injections or
pump sites on the buttocks (sets abdomen only).
Exam: necrotic plaque on the L buttock, 6x5 cm, retiform edges. R lower abdomen: healed
I&D incision, no purpura - that was an abscess, not calciphylaxis.
Bx L buttock (2022-11-10): calciphylaxis.
Dx: calciphylaxis, L buttock.
Plan: nephrology to give thiosulfate; dressings; pressure-relief cushion from now on;
photos taken; f/u 3 wks.
"""),
("2022-12-06", "PD Clinic", """
PD clinic

Since 11/21 he gets thiosulfate in the infusion suite on M/W/F, some nausea.
L buttock wound: foam dressing w/ silicone border, edges taped; pressure-relief cushion in
use.
Pump sets rotating across the abdomen, R lower quadrant healed.
PD: cycler x5, net UF ~900, exit site clean. No peritonitis since starting PD.
Phos 5.9, PTH 410. Sevelamer continued; cinacalcet 30 mg added.
Pain 4/10 on tramadol 50 mg BID (renally dosed).
Glucose on pump fine - CDE note reviewed, TIR 66 %.
Next PD clinic in 4 wks; derm in 2.
"""),
]}

PATIENTS = [V08, V09, V10, V11, V12, V13, V14]
