"""probe40 corpus notes, B08-B14 (outpatient dermatology, terse SOAP; all invented)."""

B08 = {"patient_id": "B08", "age": 45, "sex": "F", "notes": [
("2024-04-16", "Dermatology Office Visit", """
45F, ESRD 2/2 FSGS, HD MWF after work. No DM, no anticoagulants. Obese, BMI 38.9.
HPI: works register at a grocery store - started the job Feb 2024, stands 8 hr shifts leaning her R hip against the counter edge "the whole shift". Painful firm spot R lateral hip since 04/02/24, darker each week.
Exam: R lat hip over greater trochanter area: 5 x 3.5 cm woody plaque, violaceous net pattern, 1 cm central dusky necrosis. L hip: nl. Photos uploaded.
Imp: c/w calciphylaxis vs pressure-related fat necrosis; recurrent friction from counter.
Plan: punch bx R lat hip (done, 4mm, 1 suture). Work note: no leaning, stool provided. Labs Ca/Phos/PTH.
"""),
("2024-04-19", "Dermatopathology", """
R lateral hip, punch:
Stippled and circumferential calcium in walls of subcutaneous small vessels, fibrin thrombi, lipomembranous fat necrosis. -> CALCIPHYLAXIS.
"""),
("2024-05-07", "Dermatology Follow-up", """
RTC bx proven calciphylaxis R hip.
PTH 1140 - nephro planning parathyroidectomy eval. STS started 4/24. Pt on modified duty, no leaning since.
Lesion: eschar 1.3 cm, induration softer at margin. No new lesions.
A/P: CUA R lateral hip at site of chronic counter pressure. Cont STS, hydrocolloid. RTC 4 wks.
"""),
]}

B09 = {"patient_id": "B09", "age": 60, "sex": "M", "notes": [
("2022-09-06", "Dermatology New Patient", """
60M, on HD Tue/Thu/Sat, L AVF. DM2 x 20 yrs, insulin 70/30 bid, gives every shot into R thigh (R-handed, "never the left"). BMI 28.4.
Painful lump L thigh x ~10 days, now black center.
Exam: L anterolateral thigh: 3cm indurated plaque, eschar centrally, retiform purpura around. R thigh: lipohypertrohy at inj sites, skin intact, no purpura. Abd clear.
No trauma to L leg per pt - no falls, no heat/ice, no tight clothes.
A: r/o calciphylaxis L thigh.
P: 4 mm punch today, path. f/u 1 wk.
"""),
("2022-09-12", "Pathology", """
L anterior thigh skin: vascular calcification within subcutaneous septa, thrombosed capillaries, fat necrosis with calcification. Consistent with calciphylaxis.
"""),
("2022-10-04", "Dermatology Follow-up", """
Calciphylaxis L thigh, confirmed.
Pt asks if it is from his shots - explained his injections are in the opposite leg, no lesion there.
Eschar 2.5 cm, dry. No new lesions, R thigh still clear. BMI 28.0.
P: STS via HD, no injections into L thigh in future, wound nurse. RTC 6 wks.
"""),
]}

B10 = {"patient_id": "B10", "age": 72, "sex": "F", "notes": [
("2021-05-17", "Dermatology Consult", """
Derm consult. 72F on CAPD, Afib, takes warfarin (INR 2.8 last wk). Not diabetic. BMI 22.6.
Pateint noticed a painful violet patch on R calf ~2 wks ago. Specifically denies any bump, fall, scratch, heat or injections to the leg beforehand.
R post. calf - retiform purpuric patch 4x3cm, necrotic eschar ~1cm in its center. L leg nl. Pedal pulses palp.
A: r/o calciphylaxis (PD + warfarin), vs warfarin necrosis.
P: 6mm punch bx R calf obtained. Hold off on compression.
"""),
("2021-05-20", "Pathology Report", """
SPECIMEN: skin, right posterior calf, punch.
Subcutaneous vessels with medial calcification, thrombosis, and surrounding fat necrosis; features of calciphylaxis. No vasculitis.
"""),
("2021-06-01", "Dermatology Follow-up", """
Interval hx: pt tripped on the back step on 5/20, scraping the R shin against it - skin tear right through the existing ulcer. Now ulcer larger 5 x 3.5 cm, bled, packed by home health.
Path: calciphylaxis.
Assess: calciphylaxis R calf (onset early May), secondarily traumatized by fall on 5/20.
Plan: warfarin -> apixaban per cards. STS via PD unit. Home safety eval. RTC 3 wks.
"""),
]}

B11 = {"patient_id": "B11", "age": 64, "sex": "M", "notes": [
("2025-03-04", "Dermatology Clinic Note", """
64M ESRD/HD, insulin-requiring DM2 - injects into backs of both arms only, per pt and his wife. BMI 44.0 (class III obesity).
S: lump in the pannus (lower belly fold) since about 2/14/25, no preceding injury. Since it started hurting he lays a heat pad across it nightly "to soothe it".
O: infraumbilical pannus, L of midline: dusky indurated plaque 6x4cm, 2cm blk eschar, faint mottled erythema overlying from heat. Arms: no lesions.
A: suspect calciphylaxis of pannus.
P: stop heating pad on the lesion. 5mm punch bx today from edge. Mepilex + tape dressing daily.
"""),
("2025-03-07", "Surgical Pathology", """
Pannus, left infraumbilical, 5 mm punch: mural calcium in subcutaneous arteries (small, medium) with thrombi; widespread fat necrosis. DIAGNOSIS: calciphylaxis.
"""),
("2025-03-25", "Dermatology Follow-up", """
F/u CUA pannus L.
Path confirms calciphylaxis. Sharp debridement of eschar by wound surgery 3/18, bed now granulating edges. Pt stopped heat. Tape irritation around dressing - switched to silicone border.
No new lesions. BMI 43.1.
Plan: STS 3x/wk at HD. RTC 4 wk.
"""),
]}

B12 = {"patient_id": "B12", "age": 57, "sex": "F", "notes": [
("2018-10-02", "Dermatology Consult", """
Derm consult - buttock pain.
57F, HD x 6 yrs. No diabetes. Never on warfarin. BMI 29.6 (overweight).
HPI: exquisitly painful areas on both buttocks x 3 wks. Denies injections in that area (no IM shots), denies sitting on heat or ice, no falls, no tight garments.
Exam: bilat buttocks upper outer quadrants: symmetric violaceous plaques w/ retiform purpura, L one w/ early eschar 1 cm.
Imp: calciphylaxis likely.
Plan: punch bx L buttock. Debridement may be needed later. If admitted, SC heparin into abdomen only.
"""),
("2018-10-05", "Pathology", """
Skin, left buttock: small-vessel calcification of subcutaneous fat w/ thrombi and necrosis. Dx: calciphylaxis.
"""),
("2018-10-23", "Dermatology Follow-up", """
Bx-proven calciphylaxis, bilat buttocks. Both plaques w/ eschar now. Pain 8/10.
Pt again says nothing touched or hurt the area before this.
Plan: STS at HD. Will refer to surgery to consider debridement if eschar lifts. Avoid IM injections to gluteal area.
"""),
("2018-11-20", "Dermatology Follow-up", """
Calciphylaxis buttocks f/u. eschars stable, no surgery needed yet. BMI 29.1. cont STS. RTC 1 mo.
"""),
]}

B13 = {"patient_id": "B13", "age": 70, "sex": "M", "notes": [
("2024-11-12", "Dermatology Visit", """
70M, HD since 2019, no DM. Hx PE, was on warfarin 2015-2017, none now. BMI 26.0.
Two issues:
1) R lower back: fell asleep on a heating pad 11/2 -> blistered red patch. Exam 5 x 4 cm superficial partial-thickness burn w/ ruptured bullae, pink moist base, no eschar, no purpura. Dx thermal burn. Silvadene.
2) Both calves: painful purple netlike patches x 2 wks, now w/ black ulcers. Exam bilat posterior calves: retiform purpura w/ three eschar-covered ulcers (1-2cm). No heat, no wraps, no trauma to legs.
A: #1 burn. #2 r/o calciphylaxis calves.
P: punch bx L calf.
"""),
("2024-11-15", "Dermatopathology Report", """
L posterior calf, punch: arterioles of subcutis calcified + thrombosed; ischemic necrosis. Final dx calciphylaxis.
"""),
("2024-12-03", "Dermatology Follow-up", """
1) Burn R low back: healed, mild hyperpigmentation, no necrosis. Not calciphylaxis.
2) Calciphylaxis bilateral calves (bx proven): ulcers stable, pain 5/10. STS started at HD.
Plan: no heating pads anywhere. RTC 4 wk.
"""),
]}

B14 = {"patient_id": "B14", "age": 61, "sex": "F", "notes": [
("2022-05-10", "Dermatology New Patient", """
61F, ESRD/PD. Type 2 DM, glargine, injects abdomen (rotates). BMI 34.7, obese.
Breast surgeon referral: painful hard area L breast, lower inner quadrant, x 1 mo. Mammo neg for mass. Denies any injury, procedure or bx to that breast ever.
Exam: L breast LIQ: indurated violaceous plaque ~5cm, livedo at margins, small central ulcer. Abd: injection sites ok, no necrosis.
A: concern calciphylaxis L breast.
P: 4 mm punch bx done L breast.
"""),
("2022-05-13", "Pathology", """
L breast skin/subcutis punch: calcified vessels, thrombi; necrotic fat. Findings c/w CUA / calciphylaxis.
"""),
("2022-05-31", "Dermatology Follow-up", """
Calciphylaxis L breast - confirmed. Counseled at length: her insulin injection sites carry risk of new lesions, keep rotating and report any painful spot there; skin is not to get ice pks/heat pads; avoid tight bras. Abd skin intact today.
STS via PD team (IV). Wound care. RTC 3 wk.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
