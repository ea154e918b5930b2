"""probe79 corpus notes, G08-G14 (LTACH and ventilator-weaning unit; all invented)."""

G08 = {"patient_id": "G08", "age": 60, "sex": "M", "notes": [
("2018-09-10", "Nursing Progress Note", """
RN progress note 1900-0700
Neuro: A&Ox3, writes on whiteboard.
Resp: trach #8 cuffless, 35% ATC, sxn x3 thick tan.
Pain: chronic LBP R>L, hx lumbar DDD. Aquathermia (K-pad) warming pad at 40C placed behind R lower back for 20 min q4h PRN - per pt says nothing else helps, has had it since Labor Day (ordered by covering MD that weekend). Skin under pad checked, pink, blanchable.
Renal: HD tomorrow AM, fluid restrict 1.2 L.
Endo: DM2 diet-controlled, FSBG 118-164, no insulin coverage needed.
"""),
("2018-09-25", "Wound Care Consult", """
WOUND CONSULT
Reason: "dark painful area on back where heating pad goes"
Onset: first seen 9/22 by day RN during bath.
R lower back, paraspinal at L3-4 level: 6 x 4 cm livid purple net-like plaque with two central black necrotic areas (1 cm, 0.6 cm). Firm, hot to touch? no - cool. Severe tenderness.
Sacrum, heels ok.
Pt: ESRD, HD MWF. BMI 35.2 (obese). A1c 6.7 w/o meds.
Imp: R lower back necrotic plaque at warming-pad site: DDx thermal burn vs calciphylaxis. K-pad discontinued. Derm consult requested.
"""),
("2018-10-04", "Dermatology Consult", """
Derm
Lesion R lower back - biopsy 9/27: small vessels of the fat with intramural calcium + fibrin thrombi, surrounding necrosis. No epidermal thermal necrosis pattern.
Dx: calciphylaxis (CUA) of R lower back.
Comment: The heat pad was applied to this exact area repeatedly starting on Labor Day (9/3/18); lesion appeared 9/22. Recurrent local heat likely acted as trigger.
Recs: no heat/ice to trunk, STS w/ HD, low-Ca dialysate, pain regimen per palliative.
"""),
]}

G09 = {"patient_id": "G09", "age": 55, "sex": "F", "notes": [
("2020-06-08", "Weekly Physician Summary", """
Weekly Summary - Vent Unit, Bed 14
Wk 6/1-6/8.
- Weaning: failed SBT x2 (RSBI 128). Cont PS overnight.
- Renal: ESRD on HD TTS via LUE AVG.
- DM2: insulin detemir 22u daily + aspart SS; nursing notes she asks that all insulin go into her right thigh ("it stings less there"), so all SC insulin has been in R anterolateral thigh since admission in April.
- BMI 38.0, obesity.
- Skin: intact except healed old sternotomy scar.
"""),
("2020-06-19", "Nursing Skin Note", """
Skin note
New lesion L posterolateral thigh, mid third: purple, hard, very painful, ~3cm, first noticed 6/17 during turn. Pt cries w/ repositioning. No injections given in L thigh per MAR review - all insulin R thigh. R thigh injection area: a few small bruises, no induration, no lesion.
MD notified.
"""),
("2020-07-01", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
55F ESRD/HD, insulin-dependent DM2, obesity (BMI 38), hx CABG.
Left posterior thigh - a 5.3 by 3.9 cm woody plaque, eschar centrally, and rim of retiform purpura. Right thigh (insulin site) examined carefully: no induration, no purpura, no ulcer.
Biopsy (6/23) L thigh: calciphylaxis - von Kossa + calcium in vessel walls, thrombosis.
Impression: Calciphylaxis L thigh. Note the lesion is contralateral to her injection site; no local trauma identified on the left.
Plan: STS, wound care, insulin may stay in R thigh; rotate to abdomen if anything changes there.
"""),
]}

G10 = {"patient_id": "G10", "age": 78, "sex": "M", "notes": [
("2021-04-06", "Wound Care Rounds", """
WOUND ROUNDS
78M LTACH day 19, trach/vent (night), ESRD/HD, warfarin for hx PE (INR 3.1 today).
NEW: L posterior calf, dusky plaque, stellate margins, approx 3.3 x 2.3 cm, painful, noted 4/3 during bath. Pt (via letterboard) says nothing hit or pressed on that leg beforehand; heat/ice never used; no leg injections. Leg positioned on pillow, heel floated.
Imp: r/o calciphylaxis vs vasculitis. Derm consult.
BMI 22.1.
"""),
("2021-04-20", "Nursing Event Note", """
Event note 4/19 @ 0330
During q2h turn, pt's L lower leg knocked against side rail -> skin tear/abrasion ~2cm at lateral border of the existing L calf wound. Steri-strips not applied (fragile), covered w/ silicone foam. Rail padding placed. Charge RN aware.
"""),
("2021-04-28", "Dermatology Consult", """
Dermatology note
Bx (4/12) of L calf plaque: shows calciphylaxis (arteriolar Ca deposition in subcutis, thrombosed lumens).
Lesion started 4/3/21; the side-rail abrasion on 4/19 happened weeks afterward and at the margin of the existing wound. No preceding trauma to this leg.
Mgmt: STS w/ HD, consider switching warfarin to apixaban - discuss with pulmonary (PE). Pad rails.
"""),
]}

G11 = {"patient_id": "G11", "age": 61, "sex": "F", "notes": [
("2022-10-14", "LTACH Admission H&P", """
ADMISSION H&P
61 y.o. F from Lakeshore Univ Hosp, trach (Shiley 6) after prolonged intubation for COVID PNA.
PMH: ESRD on PD (CCPD at night, being continued in LTACH with cycler), T2DM on insulin, HTN, overweight (BMI 29.9).
Meds: enoxaparin 30 SC daily, insulin glargine 14u + lispro SS - all SC injections into abdomen, rotated quadrants.
Skin: trach ties soft velcro, neck skin intact. Bilat lower extremities w/ 1+ edema, skin intact.
"""),
("2022-11-07", "Wound Care Note", """
Wound RN
Bilat posterior calves: multiple tender violaceous retiform plaques, R 4x3, L 3x3 and 2x2, central necrosis on R. Pt says the calves started to ache and darken "around Halloween". No trauma to legs, no devices on legs, no heat/ice used.
Abdomen: injection sites w/ small ecchymoses, no induration or lesions.
Neck under trach ties: intact.
Rec derm.
"""),
("2022-11-18", "Dermatology Consult", """
Derm consult
Dx: calciphylaxis bilateral calves, confirmed on punch bx 11/10 (vascular calcification, thrombosis, panniculitis).
Risk: PD-dependent ESRD, insulin-treated diabetes, BMI 29.9.
Only local skin trauma identified is injections to abdomen - abdomen is clear. No Koebnerization seen.
Plan: STS IV 3x/wk (PD pt - via PIV w/ renal), wound care, pain control.
"""),
]}

G12 = {"patient_id": "G12", "age": 49, "sex": "F", "notes": [
("2022-02-21", "Wound Care Consult", """
WOUND/OSTOMY NURSE CONSULT
49F, vent wean unit, ESRD HD, morbid obesity BMI 46.0, no DM.
L breast, inferolateral/inframammary area: 7 x 5 cm violaceous firm plaque with 2 cm black central eschar. Onset in early February per pt ("the second week of Feb"), progressive pain 9/10. Pt denies any injury, heat, ice, injections or pressure to breast before onset; bra not worn in hospital.
Pannus fold: MASD, no necrosis.
Imp: possible calciphylaxis. Recommend derm bx.
"""),
("2022-03-02", "Dermatology Consult", """
Derm consult
Punch biopsy L breast plaque performed 2/24: calciphylaxis confirmed (calcified arterioles, thrombosis, fat necrosis).
Since biopsy pt's RN applying ice pack over the L breast lesion PRN for pain (started 2/25), per pt request - recommend discontinuing ice over lesion.
Wound care: tape-free dressing preferred; paper tape currently used, causing stripping at lesion edge.
Plan: STS w/ HD, bedside sharp debridement next week by wound MD.
"""),
("2022-03-14", "Weekly Physician Summary", """
Weekly Summary
- Calciphylaxis L breast: s/p bedside debridement 3/9 of necrotic eschar, base now 60% yellow slough. Ice stopped. Silicone adhesive dressings.
- Resp: trach collar all day, BiPAP qHS.
- Renal: HD MWF; STS 25g post-HD.
- Nutrition: BMI 46.0. Prot 1.4 g/kg.
- Anticoag: none (SCDs). No warfarin.
"""),
]}

G13 = {"patient_id": "G13", "age": 72, "sex": "M", "notes": [
("2023-08-07", "Weekly Physician Summary", """
WEEKLY SUMMARY 7/31-8/7
Resp: vent weaning, 8h on TC.
CV: AF - warfarin d/c'd on LTACH admit (7/20) d/t labile INR, now apixaban 2.5 BID.
Renal: ESRD, HD MWF.
Endo: T2DM on glipizide (renally cautious), no insulin.
Wt 104 kg, BMI 33.5.
Skin: new painful R lateral thigh area - see wound note.
"""),
("2023-08-09", "Wound Care Note", """
Wound care
R lateral thigh: firm violaceous plaque 5.4x3.1cm, stellate central necrosis, livedo around. Started ~8/1 per RN.
Hx: pt and wife deny he fell or banged the leg; heating pad/cold pack never used, no tight straps. MAR reviewed: no SC injections given - pt is not on insulin, DVT ppx is oral (apixaban), no IM meds. Thigh never used as a site.
Plan: derm bx.
"""),
("2023-08-22", "Dermatology Consult", """
Derm consult
Bx R lateral thigh (8/11): calciphylaxis.
No trauma identified at the site.
Recs: avoid any future SC heparin or insulin in the thighs if these become necessary; avoid compression wraps to R leg; STS w/ HD; continue apixaban (not warfarin).
Pt counseled - he understands the risk of new lesions with local trauma.
"""),
]}

G14 = {"patient_id": "G14", "age": 66, "sex": "F", "notes": [
("2024-01-15", "Wound Care Rounds", """
WOUND ROUNDS - LTACH 2 North
66F, trach/vent, ESRD HD, BMI 19.8 (cachectic).
1) Sacrococcygeal: Stage III PI (acquired during long supine ICU stay elsewhere), 4 x 3 cm, red granular base - healing.
2) Posterior neck under trach flange/ties: MDRPI, stage II, approx 1.4 cm.
3) NEW bilateral lower legs, lateral calves: 3 painful purple-black retiform plaques (R 3x2, L 4x3 and 2x2). No devices on legs, heels floated on pillows only.
Plan: derm for #3.
"""),
("2024-01-26", "Dermatology Consult", """
Derm consult
Calf lesions (#3) punch biopsied 1/18: calciphylaxis confirmed.
Sacral wound: typical pressure injury, no retiform/livedoid features - NOT calciphylaxis; did not biopsy. Neck device injury likewise not calciphylaxis, healing.
No trauma at the calves.
Counseling for staff: keep cold packs and heating devices off the legs, avoid SC injections into legs.
"""),
("2024-02-12", "Weekly Physician Summary", """
Wkly summary
- Calciphylaxis bilat calves: on STS w/ HD, lesions stable, pain controlled w/ hydromorphone.
- Sacral PI healing, neck PI healed.
- No diabetes, no warfarin.
- BMI 19.8, TF increased.
"""),
]}

PATIENTS = [G08, G09, G10, G11, G12, G13, G14]
