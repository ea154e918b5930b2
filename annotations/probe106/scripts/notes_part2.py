"""probe106 corpus notes, D08-D14 (outpatient haemodialysis unit; all invented)."""

D08 = {"patient_id": "D08", "age": 48, "sex": "M", "notes": [
("2024-06-24", "HD Monthly Rounding Note", """
48M ESKD (DM2 + HTN), in-center HD MWF eves so he can keep working - forklift/warehouse, there since 2019. A1c 9.8 -> endo started basal insulin this month (glargine 14u); pt self-injects into the R lower belly, "only side I can reach under my work belt".
A leather tool belt, buckled snug, rides across his R low abdomen every shift - ever since he started at the warehouse in 2019.
BMI 31.2. No anticoagulation.
Plan: DSMES referral, insulin teaching reinforced (rotate!).
"""),
("2024-10-14", "HD Nursing Flowsheet Comment", """
pt came in guarding R side of abd. shows 2 dark purple hard patches R lower quadrant right under where the tool belt sits & where he does his insulin. says started 10/07/24, pain 9/10, belt is off, cant stand it touching. afebrile. NP paged -> to see today. pt upset re: missing work.
"""),
("2024-11-04", "HD Monthly Rounding Note", """
Bx (11/28?? no - 10/21) R LQ abd: calciphylaxis confirmed, calcified arterioles w thrombosis in subcut fat.
Lesions ~ 6 & 3 cm, eschar forming. Location = overlap of tool-belt pressure and insulin injection field, R lower abdomen.
Insulin moved to thighs, belt off, FMLA paperwork w SW. STS started, binder changed to sucroferric oxyhydroxide. BMI 30.6.
"""),
]}

D09 = {"patient_id": "D09", "age": 57, "sex": "F", "notes": [
("2022-02-14", "HD Monthly Rounding Note", """
57F ESRD HD TTS. Type 1 DM since age 12, on Humalog pump? - no, MDI: Lantus 20u + Humalog w meals. Says she always injects into her L thigh ("my good leg, I never use the right").
BMI 38.5 (obese). No warfarin.
A/P: volume ok, phos 5.8, cont current.
"""),
("2022-03-28", "HD Nursing Flowsheet Comment", """
New painful lesion R outer thigh, pt noticed early March. 5 cm dusky, firm, w/ lacy purple edge, center dark. Pt reiterates she does NOT put insulin in that leg, all shots go L thigh. No fall or bump. L thigh skin checked - lipohypertrophy only, no discoloration. MD informed.
"""),
("2022-04-11", "HD Monthly Rounding Note", """
R lateral thigh: biopsy 3/31 = calciphylaxis (calcium deposits in vessel walls, thrombosis). No lesion on the L thigh injection sites. No preceding trauma to R thigh identified.
Plan STS 25g TIW, cinacalcet, wound clinic. BMI 38.1.
"""),
]}

D10 = {"patient_id": "D10", "age": 80, "sex": "M", "notes": [
("2019-06-10", "HD Monthly Rounding Note", """
80M ESRD on HD (ischemic nephropathy). Non diabetic. Not anticoagulated.
Pain L calf x ~2 wks ("since the end of May"), now 3 cm purple indurated area, posterior L calf, w/ livedo. Pt and son deny injury of any kind before it - no knock or fall, nothing injected into the calf, neither heat nor ice.
BMI 24.6.
A/P: ?CUA -> bx with derm.
"""),
("2019-07-01", "Dermatology Consult (scanned)", """
L posterior calf, punch biopsy 6/20: calciphylaxis (vascular calcification, intraluminal thrombi, panniculitis). Confirmed.
No history of trauma at the site before the lesion appeared.
"""),
("2019-07-15", "HD Nursing Flowsheet Comment", """
Last wk (7/8) while transferring pt caught the L calf against the chair's footplate. Small skin tear at edge of the existing calf ulcer, steri-strip. Ulcer otherwise unchanged, eschar intact. Wt 71.4, BMI 25.1. Chair footrest padded.
"""),
]}

D11 = {"patient_id": "D11", "age": 62, "sex": "F", "notes": [
("2023-05-08", "HD Nursing Flowsheet Comment", """
pt reports painful "bruise" on R buttock since about 4 days ago, difficult to sit in chair for 4h. Purple firm area 3x3. No fall per pt. Positioned on L side w pillow. Will tell MD.
"""),
("2023-05-22", "HD Monthly Rounding Note", """
62F ESRD (lupus nephritis) on HD MWF. No DM. Prior warfarin for APLS, changed to apixaban in 2021.
R buttock: 5x4 cm stellate necrotic plaque w retiform border. Pt admits holding a heating pad against it at home for pain starting last week - told to stop.
BMI 31.9. A/P: suspected calciphylaxis vs APLS vasculopathy -> punch bx by derm 5/25.
"""),
("2023-06-12", "HD Monthly Rounding Note", """
Bx of R buttock lesion: calciphylaxis. No antiphospholipid thrombotic pattern alone. Diagnosis: calciphylaxis, R gluteal.
Wound team did sharp debridement 6/6; now hydrofiber + foam dressings changed daily by home health. STS started.
"""),
("2023-07-10", "Wound Care RN Note", """
R gluteal ulcer 5.2x4.0x0.4 cm; slough ~70 pct, granulation ~30 pct. Periwound: maceration from tape, switched to silicone border. Debrided at bedside again today (curette). Bx site from May healed. Pt no longer using heat.
"""),
]}

D12 = {"patient_id": "D12", "age": 55, "sex": "F", "notes": [
("2020-09-14", "HD Monthly Rounding Note", """
55F ESRD HD TTS, not diabetic, never on insulin or warfarin. Class II obesity, BMI 36.0.
Periumbilical 4 cm violaceous necrotic plaque, onset ~ late Aug. Pt flatly denies any shots in the stomach, heat pads, hot-water bottle, snug waistband or any knock to that area. Wears loose dresses.
Clinical dx calciphylaxis by derm (bx deferred - pt refused); I agree, classic appearance.
Admitted team had planned SC heparin for DVT ppx during last month's admission - never given (pt refused, ambulating).
"""),
("2020-10-12", "HD Monthly Rounding Note", """
Calciphylaxis periumbilical, stable, eschar dry. On STS. Counselled: avoid injections into the abdomen going forward; if anticoag ever needed, would use the arms. Do not apply heat to skin.
"""),
]}

D13 = {"patient_id": "D13", "age": 69, "sex": "M", "notes": [
("2024-02-05", "PD Clinic Note", """
69M ESRD on APD. Type 2 DM - glargine, given in the arms. Warfarin none. BMI 29.2.
Bilat inner thighs: painful indurated purpura w retiform pattern, first noted in mid-January. Thighs have seen no trauma - pt denies shots, heat, or bumps there.
R hand: dorsal blister, kettle water spilled on it last Sunday - healing burn, not related.
A/P: r/o calciphylaxis - bx.
"""),
("2024-03-04", "HD Monthly Rounding Note", """
Transitioned PD -> in-center HD 2/20 (PD failure, peritonitis x2). Tunneled cath.
Bx of L thigh (2/12): calciphylaxis. Both thighs involved.
New: stage 2 PI of L heel, from the HD chair footrest - skin breakdown only, wound RN says typical pressure ulcer, not calciphylaxis in appearance.
R hand burn healed.
"""),
("2024-04-01", "Wound Care RN Note", """
L heel PI (stg 2) 1.5cm, base pink, healing w offloading boot. Not calciphylaxis.
Thighs (calciphylaxis): eschar both sides, unchanged. BMI 29.7 now - still under the obesity cutoff.
"""),
]}

D14 = {"patient_id": "D14", "age": 77, "sex": "F", "notes": [
("2021-11-08", "HD Monthly Rounding Note", """
77F, ESKD, in-centre HD; DM2 managed by diet alone. Hx warfarin (stopped 2019, now on apixaban for AF). BMI 26.3.
Chronic low back pain; her lumbar ache gets a plug-in heat pad nearly every night, has for years - always the back.
"""),
("2021-12-06", "HD Nursing Flowsheet Comment", """
pt has new painful purple + black area L lower abdomen (4 cm), says appeared right after Thanksgiving. No injections in the belly, no belt, no bump. Heating pad only ever on her back. MD notified.
"""),
("2021-12-20", "HD Monthly Rounding Note", """
L lower abdominal wall: necrotic plaque w retiform purpura - clinical diagnosis of calciphylaxis (derm concurs; bx not done d/t location over pannus fold & pt preference).
Back skin checked: no lesion, mild erythema ab igne only.
Discussed risk: avoid heating pad directly on skin. STS started.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
