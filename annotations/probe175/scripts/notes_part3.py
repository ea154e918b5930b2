"""probe175 corpus notes, A15-A20 (lymphedema clinics, compression therapy and the clinics around them; all invented)."""

A15 = {"patient_id": "A15", "age": 74, "sex": "F", "notes": [
("2024-07-09", "Lymphedema Therapy Follow-up", """
LYMPHEDEMA THERAPY - FOLLOW UP
Quarry Hill Therapy Services, CLT: E. Brandvold, OT

74F, RLE lymphedema (post cellulitis), CKD 4 (last eGFR 17), pre-dialysis; type 2 DM on
glipizide. No anticoagulant. Obese, BMI 32.8.

S: Uses the home pneumatic pump daily 45 min at 40 mmHg since 2022 with the thigh-length sleeve.
Roughly one week ago she found a sore purple patch, lateral R thigh, just under where
the top chamber of the sleeve ends.

O: R lateral thigh: 6x3cm violaceous, net-like patch, firmer 1.5cm center; tender;
no blister, no warmth. R leg girths unchanged vs April. L leg normal.

A: New painful livedoid patch at the top of the pump sleeve. Pump bruising vs something
vascular - with CKD 4 I'd like derm to look (?calciphylaxis).
P: Pump on hold on the R until seen. Derm referral sent.
"""),
("2024-07-23", "Dermatology Consult", """
DERMATOLOGY CONSULT

74F with CKD 4 and R leg lymphedema. Painful patch, R lateral thigh, x 3 wks, right at the proximal
rim of her compression pump sleeve.

Exam: lateral R thigh - retiform purpura 6x4cm, indurated center, no ulceration.
Rest of skin unremarkable.

Procedure: shave bx of the center (pt declined a deep punch today).
Path (prelim by phone): superficial dermis with extravasated RBCs, fat not reached, so no
deep vessels to assess - nondiagnostic.

Impression: Retiform purpura R thigh. Differential: pressure-related purpura from the pump
vs early calciphylaxis (CKD 4, diabetic, obese) vs cholesterol emboli. Cannot exclude
calciphylaxis without a deep biopsy.
Plan: recommend deep incisional bx; keep pump off that leg; nephrology f/u.
"""),
("2024-08-20", "Nephrology CKD Clinic Note", """
RENAL CLINIC (pre-dialysis)

74F, CKD 4, eGFR 16, T2DM on glipizide (declined insulin again), HTN. Not on dialysis,
fistula planning discussed.

S: R thigh patch less painful. Deep biopsy declined - "no more cutting on me".
In September she moves out of state to her son's home.

O: BP 150/74. Wt 86 kg, BMI 32.6. R lateral thigh: dusky patch 5x3cm, nothing necrotic.
Labs: creat 3.1, potassium 5.0, Ca/P/PTH 9.0/5.1/220.

A/P:
1. R thigh retiform purpura - possible early calciphylaxis, never confirmed; biopsy declined.
   Low-calcium binder, avoid vitamin D excess.
2. CKD 4 - transfer of care, records sent to her new nephrologist.
"""),
]}

A16 = {"patient_id": "A16", "age": 79, "sex": "M", "notes": [
("2025-03-04", "Lymphedema Therapy Treatment Note", """
LYMPHEDEMA THERAPY - TREATMENT NOTE
Marlowe Home Health, CLT visit

79M, BLE lymphedema; ESRD, hemodialysis 3x/wk; type 2 DM using insulin; mechanical aortic valve, warfarin.
BMI 24.9.

S: Wife reports a "black spot", new and painful, front of the L thigh, x 5 days.
O: L anterior thigh: necrotic black patch 4x3cm, purple rim, exquisitely tender.
BLE wraps removed: skin intact, 1+ edema, no blisters.

Tx: MLD 20 min, rewrapped both lower legs, avoided the thigh.
A: New necrotic L thigh lesion - possible calciphylaxis vs warfarin-related necrosis?
P: Called PCP, who is admitting him for evaluation.
"""),
("2025-03-12", "Inpatient Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
Marlowe General, 5 West

79M, HD, mechanical AVR, admitted 3/5 with a necrotic L anterior thigh lesion. Warfarin held on
admission, enoxaparin bridge started 3/10 (abdomen).

Exam: L anterior thigh - necrotic plaque 5x4cm, stellate border, surrounding livedo. No other
lesions.

Impression: calciphylaxis; the alternative is skin necrosis from warfarin. Deep tissue would help, but
with his valve and anticoagulation the primary team and patient prefer to defer.
Recs: wound care with nonadherent dressing; if bx becomes safe, 6 mm punch at the border;
STS could be considered empirically.
"""),
("2025-04-01", "Palliative Care Note", """
PALLIATIVE CARE - FAMILY MEETING

79M, ESRD on HD, multiple admissions this year. Thigh wound, felt to be possibly calciphylaxis,
never biopsied. Patient and wife chose to withdraw from dialysis; home hospice referral made.
Warfarin and insulin to be simplified by hospice. Comfort-focused wound care, morphine prn.

Symptoms: thigh pain 6/10, poor appetite, fatigue after every run, itching.
Exam: frail, thin, BMI 24.6. L anterior thigh dressing dry. BLE edema 2+, wraps off.

Goals: to be at home, pain controlled. Last HD Friday, then hospice admission visit Saturday.
Family at bedside; all questions answered. Code status DNR/DNI.
Total time 60 min, >50% counselling.
"""),
]}

A17 = {"patient_id": "A17", "age": 52, "sex": "F", "notes": [
("2026-01-13", "Compression Garment Follow-up", """
LYMPHEDEMA & COMPRESSION - GARMENT FOLLOW-UP
Ellery Point Lymphedema Center, fitter: K. Achterberg, CLT

52F, lipo-lymphedema both legs; automated PD for ESRD; not diabetic; never on warfarin. Obese.

Garments: custom flat-knit ccl 2 thigh-high stockings with a silicone top band, both legs,
worn daily since 2024.

S: "The tops of my stockings are leaving purple marks that don't go away and hurt."
O: BMI 39.6. Both anterior upper thighs at the band line: lacy violaceous mottling, R 8 cm,
L 6 cm wide, with a tender pea-sized nodule under each. Skin unbroken, no blistering.

A: Painful livedoid change + nodules at the garment band, bilateral. Not typical band
irritation. Given PD, wants a medical look.
P: Switched to knee-high ccl 2 for now. PD team + derm notified.
"""),
("2026-02-03", "Dermatology Consult", """
DERMATOLOGY CONSULT

52F on PD, lipo-lymphedema. Tender mottling and nodules on both anterior upper thighs x 6 wks.

Exam: Livedo racemosa across both anterior upper thighs, a firm tender subcutaneous nodule
of 1cm on each side. No ulceration, no eschar.

Labs from PD clinic (1/20): calcium 9.6, phosphate 6.3, iPTH 402.

Impression: concern for early calciphylaxis; alternatives are a panniculitis (lipodermatosclerosis in
lipedema) or pressure livedo. Recommended a deep incisional biopsy; she declines
for now, worried about healing.
Plan: soft tissue XR thighs; stay in knee-highs only; gentle emollient; revisit biopsy
in 4 wks or sooner if any ulceration.
"""),
("2026-03-17", "Nephrology PD Clinic Note", """
PD CLINIC

S: Thigh nodules still tender, livedo unchanged. Again declines bx.
O: BP 128/76, wt 104 kg, BMI 39.4. Exit site clean. Both upper thighs: livedo, nodules
unchanged, skin intact.
Soft tissue XR 2/10: no vascular calcification seen.
Chem 3/10: calcium 9.4, phosphate 5.8, iPTH 380; albumin 3.6.

A/P: Bilateral thigh livedo + nodules - cannot rule out early calciphylaxis; no biopsy, no
STS for now. Phosphate control: calcium carbonate off, sucroferric oxyhydroxide on.
Knee-high garments only. Re-discuss bx at next visit. PD Rx unchanged, weekly Kt/V 1.8.
"""),
]}

A18 = {"patient_id": "A18", "age": 81, "sex": "F", "notes": [
("2022-02-15", "Lymphedema Clinic Follow-up", """
LYMPHEDEMA CLINIC - FOLLOW UP
Sorrel Bay Lymphedema Services

81F with chronic RUE lymphedema since R mastectomy + axillary dissection (1998). Hemodialysis
through a L forearm fistula. Not diabetic; never prescribed warfarin. BMI 22.7.

S: Wears R arm sleeve + gauntlet daily. New purple "bruises" and bumps on the R upper arm
x 1 mo, no injury.

O: R upper arm: three violaceous plaques 1-3 cm and two firm purple nodules, nontender;
no ulcer. Arm circumference stable.

A: New purple plaques/nodules in a long-standing lymphedematous arm. ?calciphylaxis given HD
vs angiosarcoma (Stewart-Treves) - needs biopsy.
P: Urgent derm referral; sleeve off until seen.
"""),
("2022-03-01", "Dermatology Consult", """
DERMATOLOGY CONSULT

81F, HD, chronic R arm lymphedema. Purple plaques and nodules R upper arm.

Exam: R upper arm: 5 violaceous plaques and nodules up to 3 cm, one with a small
hemorrhagic crust. No retiform pattern, no livedo, nontender.

Background: R mastectomy and axillary node dissection 1998, chest wall radiation, no
recurrence. Lymphedema 20+ yrs, sleeve and gauntlet. Dialysis 4 yrs, L arm access.

Impression: Stewart-Treves angiosarcoma strongly suspected; calciphylaxis unlikely given
nontender, non-retiform lesions, though she is on HD. Two 4 mm punch biopsies today from
the largest plaque and a nodule, sent for H&E and vascular markers; von Kossa requested.
Plan: results in 1 wk; sleeve stays off.
"""),
("2022-03-15", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP

Bx 3/1: atypical vascular channels dissecting collagen, CD31/ERG +, MYC amplified -
cutaneous angiosarcoma (Stewart-Treves). A von Kossa stain shows no vascular calcium.

Calciphylaxis excluded.

Exam: R upper arm lesions unchanged, biopsy sites healing with small crusts. No axillary or
supraclavicular masses. R forearm and hand without new lesions.
Discussed diagnosis with pt and her son; she understands this is a cancer arising in
chronic lymphedema.

Plan: oncology and surgical oncology referral; staging CT chest; lymphedema clinic to hold
compression on the R arm pending oncology plan. Nephrology informed. BMI 22.7.
"""),
]}

A19 = {"patient_id": "A19", "age": 45, "sex": "M", "notes": [
("2026-05-12", "Lymphedema Therapy Initial Evaluation", """
LYMPHEDEMA THERAPY - INITIAL EVALUATION
Haverly Clinic Lymphedema Program

45M, primary lymphedema both legs since puberty (Meige type). ESRD (IgA nephropathy) treated with
in-center HD x 3 yrs. T2DM on insulin degludec. Obesity listed in PMH. No anticoagulants.

FHx - older sister (on HD at the time) died of calciphylaxis in 2023 - he is very anxious
about his own skin.

O: height 180, weight 96.4 -> BMI 29.8. BLE 2+ pitting, Stemmer + bilat, deep ankle skin creases.
Skin: intact, no plaques, no livedo, no wounds.

A: Primary lymphedema BLE, stage II. No skin lesions.
P: CDT 3x/wk x 4 wks then custom garments; HEP; skin care.
"""),
("2026-06-09", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC

45M HD TTS. Doing CDT at Haverly; legs less heavy.
FHx: sister with calciphylaxis (deceased). He wonders whether it is hereditary - reviewed risk
factors and his labs.

Exam: skin of the legs and trunk intact; no lesions.
Labs: Ca/P/PTH 9.1/4.9/310. A1c 7.4.
BMI 29.8.

Meds: insulin degludec 30 u daily, sevelamer 800 mg TID, amlodipine 10, ESA given on the machine.
Dialysis: spKt/V 1.44, IDWG 2.1 kg, access L AVF working well.

A/P: ESRD on HD, well dialyzed. No lesions. Family history alone does not change his
management; keep phosphate and PTH in range. Continue insulin, sevelamer; annual skin check.
"""),
]}

A20 = {"patient_id": "A20", "age": 66, "sex": "F", "notes": [
("2016-11-15", "Lymphedema Therapy Education Visit", """
LYMPHEDEMA THERAPY - EDUCATION SESSION
Corliss Memorial Outpatient Rehab

66F, BLE lymphedema, ESRD on CAPD, T2DM diet-controlled, never on warfarin. BMI 28.4.

Education: skin care, garment care, signs of cellulitis. Explained that people whose kidneys have failed
can develop calciphylaxis, so avoid heating pads, hot tubs and garments that dig in; call
if any painful dark spot appears.

O: Legs 1+ edema, Stemmer neg; skin whole, no wounds or color change.
Girth (R/L cm): ankle 24.0/24.4, calf 38.2/38.9.

P: Knee-high ccl 1 garments ordered; self-MLD taught with handout; f/u 6 wks.
97535 x 2 units.
"""),
("2017-02-14", "Nephrology PD Clinic Note", """
PD CLINIC - QUARTERLY

66F on CAPD, BLE lymphedema in knee-high garments, DM2 diet only.

O: BP 132/74. Weight 74.0, BMI 28.4. Skin: legs and abdomen intact, no lesions
suggestive of calciphylaxis.
Labs: Ca/P/PTH 9.0/4.6/240; albumin 3.8; A1c 6.4.

Rx: 4 exchanges daily (3 x 1.5%, 1 x 2.5% overnight), UF about 600 mL/day.
Exit site clean, dry, not red. January adequacy study: weekly Kt/V 1.9, above target.

A/P: Stable on PD. No skin concerns; lymphedema controlled in garments. Continue
sevelamer, calcitriol. Recheck in 3 mo.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
