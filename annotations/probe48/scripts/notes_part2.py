"""probe48 corpus notes, W08-W14 (wound-care flowsheet exports; all invented)."""

W08 = {"patient_id": "W08", "age": 64, "sex": "M", "notes": [
("2018-12-05", "Dialysis RN Wound Note", """
Pt c/o "raw burning spot" low back x 3 wks. Wife says since mid-October he has had the electric pad cranked to high beneath his low back nightly for lumbar pain.
ESRD - HD via R IJ permcath. IDDM, 70/30 insulin bid. BMI 28.4

Site | Type | Stage | L x W x D | Exudate | Periwound | Dressing
Low back, midline-paraspinal | purple stellate plaque, black center | unstageable | 5 x 4 x 0 | none | reticulated brown/violet mottling | ABD pad, paper tape

[ ] Skin intact  [x] Pain  [x] MD aware
Heating pad use discouraged. Neph to see Fri.
"""),
("2018-12-12", "Nephrology Note", """
Low back plaque examined: indurated, necrotic center, exquisitely tender, sits where the heating pad rests. Ca 9.7 / PO4 8.4 / iPTH 1120.
Dermatology punch bx today. Impression: likely calciphylaxis, possibly thermal injury superimposed. Heating pad removed from home per wife.
"""),
("2018-12-28", "Wound Care Flowsheet", """
WOUND FLOWSHEET 12/28/18
Site: low back | Type: calciphylaxis (path 12/17 confirms - calcification & thrombosis of subq arterioles) | Stage: full thickness
L x W x D: 6.3 x 4.1 x 0.5 | Exudate: mod purulent-ish, cx sent | Periwound: erythema 1cm | Dressing: Aquacel Ag + foam
Comment: STS 3x weekly post HD started 12/19. Cinacalcet up-titrated. Pain 7/10.
"""),
]}

W09 = {"patient_id": "W09", "age": 60, "sex": "F", "notes": [
("2020-07-14", "Wound Care Flowsheet", """
NURSING HOME WEEKLY WOUND ROUNDS
Res: 60F, ESRD HD MWF, insulin-dependent DM2 (glargine given by staff, R upper arm only - contracted L arm from old CVA), BMI 37.5

Site | Type | Stage | LxWxD | Exudate | Periwound | Dressing
L posterior upper arm | necrotic ulcer w/ eschar | unstageable | 3.3 x 2.9 x 0.1 | scant | livedoid, indurated | hydrocolloid
R upper arm (injection site) | intact, few bruises | -- | -- | -- | -- | --

Comment: L arm lesion first seen 7/1/2020 at AM care. Staff unaware of any injury to L arm; no sticks on that side (AVF is R forearm, limb alert on L for old CVA). Derm referral.
"""),
("2020-07-28", "Dermatology Consult", """
L posterior upper arm, 3.5 cm eschar with surrounding retiform purpura. Biopsy: calciphylaxis.
Note: all insulin has been given in the contralateral (right) upper arm per MAR; the right arm skin is normal. No trauma to the left arm recalled by staff.
Start STS; optimize PTH.
"""),
("2020-08-25", "Wound Care Flowsheet", """
L upper arm - calciphylaxis | full thickness | 3.8 x 3.0 x 0.3 | mod | purpura | alginate + foam
R upper arm - intact.  [x] repositioned q2h  BMI 36.9
"""),
]}

W10 = {"patient_id": "W10", "age": 70, "sex": "M", "notes": [
("2022-06-08", "Vascular/Wound Clinic", """
Referred for L calf ulcer. Onset 06/01/2022 as tender purple patch on posterior L calf, now 2 x 2 cm eschar. Pt and wife deny any bump, scratch, injection, or heat to the leg beforehand.
ABI 0.95 L. Pulses palp.
HD via L AVF Tue/Thu/Sat for ESRD. AF on warfarin 5 mg. No diabetes. BMI 24.9
Imp: concerning for calciphylaxis vs warfarin-related necrosis. Bx scheduled.
"""),
("2022-06-22", "Wound Care Flowsheet", """
Site | Type | Stage | L x W x D | Exudate | Periwound | Dressing
L post calf | calciphylaxis (bx 6/13 confirmed) | unstageable | 3.2 x 2.6 x 0 | none | retiform purpura | silver foam
L ant shin | abrasion/skin tear | partial thickness | 1.5 x 0.8 | sm serosang | bruised | steri-strip, tegaderm

Comment: pt fell in bathroom 6/20, struck L shin on tub edge -> new skin tear anterior shin. Calciphylaxis wound on calf unchanged by fall. Cardiology changed warfarin -> apixaban 6/15.
"""),
("2022-07-12", "WOC Nurse Note", """
Calf wound slowly demarcating, 3.0 x 2.4. Shin skin tear healed. Wife helping with dressings. Continue STS. No further falls.
"""),
]}

W11 = {"patient_id": "W11", "age": 52, "sex": "F", "notes": [
("2021-11-02", "PD Clinic Wound Assessment", """
PERITONEAL DIALYSIS CLINIC
52F CAPD 4 exchanges/day, T2DM on insulin degludec (abd SC), obesity BMI 38.0. No warfarin.
Skin assessment: [x] abnormal
- Abdomen: erythema ab igne (reticulated brown) from heating pad she keeps on her belly for PD cramping x months. No ulcer, no nodule there.
- Thighs, both, medial: painful indurated plaques, L 4x3 cm with central necrosis, R 3x2 cm purpuric, noticed around 10/20.
Imp: r/o calciphylaxis. Derm referral.
"""),
("2021-11-16", "Dermatology Note", """
Bilateral medial thigh plaques, necrotic on left. Punch bx left: calciphylaxis.
Heating pad is applied to abdomen only; insulin given in abdomen. Neither thigh has been exposed to injections, heat, or pressure per pt. Abdominal skin shows only erythema ab igne.
"""),
("2021-12-07", "Wound Care Flowsheet", """
Site	Type	Stage	LxWxD	Exudate	Periwound	Dressing
L medial thigh	calciphylaxis	full thickness	4.6x3.4x0.3	small	livedo	hydrofiber + foam
R medial thigh	calciphylaxis	intact purpura	3.2x2.2	none	indurated	none, padding
Abd	erythema ab igne	--	--	--	--	stop heating pad
"""),
]}

W12 = {"patient_id": "W12", "age": 67, "sex": "M", "notes": [
("2019-10-03", "Wound Care Flowsheet", """
ACUTE CARE WOUND FLOWSHEET
67M ESRD on HD, morbid obesity (BMI 45.3), NIDDM on metformin - held, warfarin for mech valve.

Site | Type | Stage | L x W x D | Exudate | Periwound | Dressing
R buttock, upper outer | purple firm plaque w/ dusky center | unstageable / DTI? | 7 x 5 | none | livedo | foam, offload
Coccyx | intact | -- | -- | -- | -- | --

Comment: per pt, painful spot on R buttock since about 9/26. No hx of a fall; says nothing has been injected there and he hasn't been perched on a hard chair.
"""),
("2019-10-09", "WOC Nurse Note", """
Derm performed incisional bx of R buttock plaque 10/7 - calciphylaxis confirmed. Since bx, staff applying ice pack to the buttock lesion for pain per pt request - advised to stop; tape from previous dressing caused stripping along the edge. WOC RN did conservative sharp debridement (loose eschar only) at bedside today; lidocaine topical, tolerated.
"""),
("2019-10-22", "Wound Care Flowsheet", """
R buttock - calciphylaxis | full thickness | 8.0 x 5.5 x 1.0 | mod serous | macerated edges from tape | Dakin's packing bid, silicone border
Comment: no more ice. Low-air-loss bed. Warfarin continued per cardiology (valve), INR 2.8.
"""),
]}

W13 = {"patient_id": "W13", "age": 48, "sex": "F", "notes": [
("2024-02-13", "Bariatric Unit Skin Assessment", """
Skin check - HD pt admitted w/ volume overload
Ht 165 cm, Wt 119.8 kg, BMI 44.0. ESRD on HD, no DM, not on anticoag.

Site | Type | Stage | LxWxD | Exudate | Periwound | Dressing
Pannus, lower L | retiform purpura with black eschar | unstageable | 9 x 6 x 0 | none | hard, hot, tender | non-adherent + ABD
Pannus fold | intertrigo | -- | -- | moist | red | interdry

Comment: pt denies injections of any kind into abdomen, denies heating pads or hot packs, says she doesn't wear belts. Lesion present ~1 month.
"""),
("2024-02-15", "Dermatology Consult", """
Pannus: large indurated necrotic plaque with stellate purpura. Bx: calciphylaxis.
Plan per hospitalist: DVT ppx with heparin SC will be started - recommend deltoid sites, NOT pannus, to avoid new lesions. Counselled on avoiding trauma to fatty areas.
"""),
("2024-03-05", "Wound Care Flowsheet", """
Pannus L lower - calciphylaxis | full thickness | 10 x 6.5 x 0.5 | mod | purpura | Santyl + ABD
[x] heparin SC given R deltoid only  [x] pannus lifted w/ sling
"""),
]}

W14 = {"patient_id": "W14", "age": 75, "sex": "M", "notes": [
("2023-04-18", "SNF Wound Flowsheet", """
SNF WOUND FLOWSHEET - weekly
75M, ESRD, goes out for HD M-W-F, bedbound. No DM. BMI 20.4

Site | Type | Stage | LxWxD | Exudate | Periwound | Dressing
Sacrum | pressure inj. | stg 2 | 2.2 x 1.7 x 0.1 | sm serous | blanchable redness | foam, turn q2h
R dorsal forearm | skin tear (transfer) | cat 2 | 3 x 1 | scant | bruised | steri-strips
L lat calf | black eschar, purpuric rim | unstageable | 4 x 3 | none | livedo | betadine, dry

Comment: L calf lesion new this week, very painful. No trauma to L calf known.
"""),
("2023-04-25", "Dermatology Consult", """
L lateral calf: retiform purpura w/ necrotic center. Bx: calciphylaxis.
Sacral wound is a typical stage 2 pressure injury; the forearm is just a skin tear that is healing - neither looks like calciphylaxis on exam.
Advised staff to avoid compression wraps on legs.
"""),
("2023-05-09", "SNF Wound Flowsheet", """
Wkly wound rounds 5/9
L lat calf (calciphylaxis, bx proven) | unstageable | 4.4 x 3.1 | dry eschar | violaceous border | betadine paint, float heels
Sacral PI | stg 2 -> nearly closed | 0.8 x 0.5 | scant | pink | foam
R forearm tear | resolved | -- | -- | -- | none
Comment: pain meds adjusted by NP; pt eating 50% of meals. Renal aware, STS given at HD.
"""),
]}

PATIENTS = [W08, W09, W10, W11, W12, W13, W14]
