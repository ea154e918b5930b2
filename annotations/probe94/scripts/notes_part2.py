"""probe94 corpus notes, N08-N14 (rural NP clinic and telemedicine shorthand; all invented)."""

N08 = {"patient_id": "N08", "age": 48, "sex": "F", "notes": [
("2022-10-20", "Telemedicine Video Visit", """
VV - pt on break at work (CNA @ Cedar Bluff Nursing & Rehab), on phone in her car.
48F, obesity (BMI 46 at last visit), hx PE 2020 on warfarin, kidneys nl (Cr 0.8 in Aug). No DM.
CC: painful spot lower belly. Started 10 days ago under the fold of her stomach, right where the waistband of her work scrub pants sits. She started this job Labor Day and the uniform pants "are a size too small but they won't reorder".
Cam: lower abd under pannus - purple blotchy area w/ small dark center.
A/P: ?panniculitis vs early necrosis vs calciphylaxis (nonuremic, on warfarin, obese). In-clinic exam + bx. Loose clothing.
H. Brandvold FNP
"""),
("2022-10-25", "Rural Health Clinic NP Visit", """
S: lower abd pain, can't wear uniform pants, using sweatpants.
O: Wt 127 kg BMI 46.2. Lower abd along pannus crease/waistband line: 8x3cm band-shaped indurated violaceous plaque, 1cm central eschar, livedoid edge. Waistband groove visible. No warmth.
INR 3.1.
Proc: 2 x 4mm punch bx.
A: necrotic plaque lower abd along waistband pressure line - nonuremic calciphylaxis high on ddx.
P: path. Derm telehealth. Discussed w/ hematology re warfarin.
HB
"""),
("2022-11-08", "Dermatology Telehealth Visit", """
Path: calcified subcut arterioles, thrombi, fat necrosis. Dx nonuremic calciphylaxis.
Risks: warfarin, obesity. Lesion onset ~10/10/22 on lower abdomen beneath pannus, in exact line of tight uniform waistband worn daily from 9/5/22 (first day of job). Pressure as local trigger.
Rec: transition warfarin -> DOAC (heme agrees), STS, loose clothing, wound care. BMI 46.
"""),
]}

N09 = {"patient_id": "N09", "age": 61, "sex": "M", "notes": [
("2021-08-04", "Rural Health Clinic NP Visit", """
61M w/ ESRD (HD TTS, L arm AVF). DM2 on NPH 30u BID. Wife gives insulin, "always the right thigh, he won't let me near his belly".
c/o L inner thigh pain + lump for 1 wk.
O: L medial thigh 4x3cm firm dusky plaque w/ central gray-black area. R thigh: scattered old injection marks, lipohypertrophy, no discoloration, no nodules. Wt 112 kg BMI 35.1.
A: L thigh indurated plaque - ?calciphylaxis.
P: punch bx, telederm.
C. Engstrom APRN
"""),
("2021-08-18", "Teledermatology Video Consult", """
Path: calciphylaxis - dermal + subcut vessel calcification, thrombosis, necrosis.
L medial thigh lesion. Pt/wife confirm no injections ever on L thigh; all insulin is R thigh, which is uninvolved on exam today.
Rec STS, wound care, stop calcium binder, consider cinacalcet.
"""),
("2021-09-01", "Dialysis Unit NP Rounding Note", """
Chairside. L thigh calciphylaxis wound 4.5 x 3 cm, fibrinous base, eschar debrided by wound RN last wk. STS w/ each tx.
Still NPH into R thigh per wife. No coumadin.
"""),
]}

N10 = {"patient_id": "N10", "age": 69, "sex": "F", "notes": [
("2020-02-10", "Rural Health Clinic NP Visit", """
69F HD (MWF), AFib on warfarin 5 mg, HTN. No diabetes.
Painful dark patch R calf since Mon 2/3/20. Pt adamant she did not bump, fall or scrape it, no heat/ice, no shots in legs - "I haven't done a thing to it."
O: R lateral calf 3x3cm livedoid purpuric plaque, firm, exquisitely tender. Skin intact otherwise. L calf nl. Pulses palp.
BMI 24.3.
A: ? calciphylaxis vs warfarin necrosis.
P: punch bx, telederm.
D. Hollingsworth NP
"""),
("2020-02-20", "Teledermatology Consult", """
Path: calciphylaxis. R lateral calf, onset 02/03/2020, no preceding trauma per pt.
Rec: STS w/ HD, wound care, stop warfarin if cardiology agrees.
"""),
("2020-03-12", "Rural Health Clinic Acute Visit", """
Pt slipped in the barn 3/10 feeding goats and struck her R calf on the stall gate. Now the calciphylaxis wound on the R calf is bigger and bled.
O: R lateral calf ulcer 5x4cm w/ new bruising around it, small amount bleeding, eschar partly torn. No fx signs.
A: mechanical injury to existing calciphylaxis ulcer R calf, which began 2/3.
P: dsg, keep on STS, fall precautions discussed. Warfarin stopped 2/25, on apixaban now.
DH
"""),
]}

N11 = {"patient_id": "N11", "age": 74, "sex": "M", "notes": [
("2019-02-06", "Telemedicine Video Visit", """
Video visit from home, Tamarack Flats. Grandson set up labtop.
74M, ESRD on PD (cycler), DM2 on insulin - lantus into belly qAM. Chronic low back pain - heating pad to low back q night "for years, since '18 for sure".
New: painful dark sores on front of both thighs x ~2 wk.
Video: bilat anterior thighs w/ purple netlike patches, dark crust R.
A/P: ?calciphylaxis bilat thighs. In-person exam.
E. Kowalczyk NP
"""),
("2019-02-13", "Rural Health Clinic NP Visit", """
O: Ant thighs bilat: R 5x4cm necrotic plaque w/ eschar, L 3x3cm violaceous indurated plaque. Low back: lacy brown hyperpigm c/w EAI (heat pad), no ulcer, no plaque, no tenderness. Abd inj sites w/ some lipohypertrophy only.
Wt 98 kg, BMI 30.4.
Pt denies any injections, heat, ice, or injury to thighs.
Proc: punch bx R thigh.
A: suspected calciphylaxis bilat thighs.
EK
"""),
("2019-03-01", "Telenephrology Consult", """
Bx: calciphylaxis confirmed.
Lesions confined to both anterior thighs. Heating pad use is on the low back only (erythema ab igne there, no calciphylaxis). Insulin abdomen only.
Plan STS, sevelamer, hold vit D.
"""),
]}

N12 = {"patient_id": "N12", "age": 58, "sex": "F", "notes": [
("2025-03-18", "Rural Health Clinic NP Visit", """
58F ESRD on HD TTS; afib (warfarin); obesity. No DM (A1c 5.6).
c/o painful hard spot L flank since early March. Denies injury, shots, heat before it started.
O: L flank 4x3cm violaceous, indurated plaque, dusky center. Wt 104 kg BMI 37.2.
A: ?calciphylaxis.
P: punch bx today. OK to use cool compress for comfort.
L. Fairweather NP
"""),
("2025-03-25", "Telehealth Phone Visit", """
Phone f/u. Bx: calciphylaxis.
Pt icing the L flank spot w/ frozen gel pack since last Wed for pain ("the cold helps"), bx site healing.
Advised stop ice - can worsen vasoconstriction. Tylenol, gabapentin renal dose.
LF
"""),
("2025-04-15", "Rural Health Clinic NP Visit", """
L flank calciphylaxis wound now 5 x 4 cm w/ thick eschar. Curette used to debride loosened eschar at bedside, minimal bleed. Dressing: hydrogel + foam, secured w/ paper tape; some skin stripping from tape at wound edge.
Not using ice any longer. BMI 37.
LF
"""),
("2025-05-06", "Dialysis Unit NP Rounding Note", """
HD rounding. L flank calciphylaxis wound granulating, 4.5x3.5cm. On STS since 3/27.
Warfarin switched to apixaban 4/2.
"""),
]}

N13 = {"patient_id": "N13", "age": 67, "sex": "M", "notes": [
("2018-06-04", "Rural Health Clinic NP Visit", """
67M ESRD HD MWF, obesity, preDM by A1c (6.1), diet-controlled, not on meds. HTN, gout.
Painful purple lump lower belly under fold x 10 d.
Pt and wife deny any shots in the belly - "he's never been on insulin or heparin shots". No heating pad, no tight belt (wears suspenders), no fall or bump.
O: Pannus, infraumbilical: 6 x 4 cm indurated purpuric plaque w/ early central necrosis, exquisitely TTP. Wt 131 kg BMI 39.4.
A: concerning for calciphylaxis.
P: bx, telederm.
G. Ruhl NP
"""),
("2018-06-14", "Teledermatology Consult", """
Path: calciphylaxis.
Pannus lesion; no trauma to the abdomen found on hx.
Rec: STS. If DVT ppx needed in hospital, SC heparin should go in upper arms, avoid abd. Avoid heat.
"""),
("2018-07-02", "Dialysis Unit NP Rounding Note", """
Pannus calciphylaxis ulcer 6x5cm. STS TIW. Still no SC meds. BMI 39. Not DM - A1c 6.0.
Plan if admitted for debridement: heparin SQ to upper arms only.
"""),
]}

N14 = {"patient_id": "N14", "age": 80, "sex": "F", "notes": [
("2023-10-03", "Rural Health Clinic NP Visit", """
80F, ESRD - HD MWF. DM2, insulin (aspart/detemir) into both upper arms, osteoporosis. BMI 22.0.
Fell at home 9/28 tripping on a rug, skin tear L shin.
O: L anterior shin 4 cm flap skin tear; flap laid back down, steri-stripped. Thighs not examined.
P: dsg q2-3d, home health.
N. Thibodeaux APRN
"""),
("2023-10-24", "Rural Health Clinic NP Visit", """
HH RN called about "black spots on thighs".
O: Medial thighs bilat w/ several stellate purpuric plaques w/ eschar, R 4 cm, L 3 cm, onset ~10/15 per pt. No injections, heat, or trauma to thighs per pt/HH RN. L shin tear healing nicely, pink granulation, no necrosis, not purpuric - appears to be ordinary traumatic wound.
Arms (insulin sites): bruising only, no plaques.
Proc: punch bx R thigh.
A: ?calciphylaxis thighs. L shin skin tear healing.
NT
"""),
("2023-11-07", "Dermatology Telehealth Visit", """
Bx R thigh: calciphylaxis.
Thighs bilat involved. L shin lesion = healing skin tear from fall, not calciphylaxis.
Counselling: calciphylaxis risk is higher w/ trauma to fatty areas - keep heat + cold packs away from thighs/belly, and no shots there into thighs/abdomen; keep insulin in arms. Fall prevention reviewed.
Plan STS.
"""),
]}

PATIENTS = [N08, N09, N10, N11, N12, N13, N14]
