"""probe126 corpus notes, K08-K14 (hospital-at-home and remote patient monitoring; all invented)."""

K08 = {"patient_id": "K08", "age": 62, "sex": "M", "notes": [
("2021-09-14", "RPM Glucose Alert - RN Call", """
CGM alert: >300 x 6h. Called pt.
62M on HD Tu/Th/Sa; insulin-using T2DM (degludec + aspart pen). Reports sugars high since "this sore on my side" started - says it's on his left love handle, the exact spot he's jabbed his insulin since Feb this year (switched from belly on advice of diabetes educator).
Also wearing a lumbar back brace for his disc since 7/12 and "the velcro edge digs right in there".
Sore began Labor Day, he remembers because of the BBQ. Hurts ++.
Plan: CP visit tomorrow, hold injections at that site, insulin into R flank for now.
"""),
("2021-09-15", "Community Paramedic Visit", """
CP home visit.
L flank, ~10cm over the iliac crest - hard purple plaque, 5x4cm,, lacy violet edge, 1 x 1 cm black crust in middle. Pt winces w/ light touch. Brace upper edge sits right across the lesion (red groove in skin w/ brace on). Insulin lipo-lumps over same area.
R flank clear.
Wt 126 kg, BMI 41.3 per home scale/ht.
VS: BP 170/94, HR 98, T 37.4, glucose 286.
Advised brace off until reviewed.
"""),
("2021-09-20", "HaH Admission H&P", """
HaH ADMISSION
Dx on admission: necrotic L flank lesion, ?calciphylaxis. Hyperglycemia.
PMH: ESRD on HD since 2017, T2DM since 2004 on insulin, class III obesity, lumbar disc disease (brace since 12 July), HTN. No anticoagulation.
Exposures at the lesion: insulin injections at the same L flank site since Feb 2021; friction/pressure from the brace edge since July.
Plan: NP punch bx today, insulin titration via CGM, STS w/ HD pending bx, no more injections or brace on L side.
"""),
("2021-09-27", "HaH Daily Round + Bx Result", """
Round day 8. Glucose 140s-190s.
Path (9/20 punch, L flank): calcific uremic arteriolopathy - calcified subcut arterioles, thrombi, adipocyte necrosis.
Derm (phone): agrees both the repeated injections and the brace pressure at that spot likely triggered it.
Weight down, 121.5 kg, BMI 39.8.
STS started 9/23. Continue.
"""),
]}

K09 = {"patient_id": "K09", "age": 55, "sex": "F", "notes": [
("2018-05-03", "RPM Enrollment Visit", """
Enrollment into remote monitoring (post-discharge). Kit set up by CP: BP cuff, scale, glucometer w/ bluetooth.
55F, ESKD, HD in a unit Mondays/Weds/Fridays, T2DM needing insulin. Pt injects insulin into her right thigh only, "been doing it there forever", since about 2016.
Skin: no open areas at enrollment. Wt 92 kg, ht 164.5, BMI 34.0.
Education: BG checks TID, weigh daily, call for new pain or wounds.
"""),
("2018-05-29", "HaH Admission Note", """
HaH admit - painful L thigh lesion.
HPI: 2 weeks of a very tender purple area on her left outer thigh which developed a dark scab last week. No trauma to that leg. Injections only ever on the other side (R thigh), confirmed w/ pt and husband.
On exam the L lateral thigh shows retiform purpura 7x5cm w/ 2cm of necrosis centrally; indurated. R thigh w/ some lipohypertrophy, no lesion.
Plan: bx, labs, STS pending.
"""),
("2018-06-04", "HaH Round + Path", """
Path: calciphylaxis (calcified vessel walls subcutis + thrombi). Lesion L lateral thigh.
Insulin site R thigh unaffected.
Cont thiosulfate on HD days + wound care + analgesia.
"""),
]}

K10 = {"patient_id": "K10", "age": 73, "sex": "M", "notes": [
("2019-11-12", "HaH Admission H&P", """
Hospital at home - admit
73M, CKD 5, started HD (in-center) 10/2019 fistula L arm. Warfarin since 2016 for afib. Never diabetic. BMI 24.9.
CC: painful black patch on right calf. Onset 11/2 - "just appeared, I hadn't bumped it". No falls, no heat, no injections in the legs. Lives w/ wife.
Exam: R posterior calf, 4x3cm firm violaceous plaque with stellate central eschar; livedo surrounding.
Assessment: rule out calciphylaxis (warfarin + new HD). P: bx, hold warfarin pending, pain control.
"""),
("2019-11-15", "HaH Round + Pathology", """
Day 4.
Bx R calf: calcified small arteries in subcutaneous fat, intimal hyperplasia, thrombosis - calciphylaxis.
Warfarin stopped. STS w/ HD.
Pt anxious, wife coping.
"""),
("2019-11-20", "Community Paramedic Visit - Fall", """
CP called by wife: pt fell getting up from couch Monday night (11/18), struck his right calf against the coffee table edge. No LOC, no head strike.
R calf: existing calciphylaxis ulcer w/ fresh bruising along the lower edge, small skin tear 1 cm below eschar, oozing. Dressing changed, steri-strips.
Vitals stable. Fall risk reviewed; walker placed by couch.
"""),
]}

K11 = {"patient_id": "K11", "age": 68, "sex": "F", "notes": [
("2022-01-17", "RPM Nurse Video Check", """
Video check for high pain score in app.
68F on CAPD, T2DM (linagliptin), BMI 31.5 (obese).
Shows a sore on her left buttock, first felt on Jan 10 as a hard painful lump while sitting. Now darker.
Since the pain started she's been laying her heat pad on it "to ease the ache", started this weekend.
Advised stop heat on the sore. NP visit tomorrow.
"""),
("2022-01-20", "HaH NP Home Visit", """
NP visit. L buttock (upper outer qtr): violaceous indurated plaque 5x4cm, eschar 1cm, retiform margin, very tender. No hx of injections, pressure sores or injury there before the lump.
Punch bx x2 from lesion edge today. Dressing: silicone foam, paper tape.
No warfarin ever.
"""),
("2022-02-03", "HaH Wound Round", """
Path: calciphylaxis, confirmed.
Wound NP sharply debrided the L buttock eschar at the bedside today; tolerated w/ premedication. Tape stripping noted at wound margin - switched to tubular retention.
Heating pad stopped since 1/17 per pt.
Plan: STS IV via HaH infusion team, PD adequacy, cont dressings q2d.
"""),
]}

K12 = {"patient_id": "K12", "age": 60, "sex": "M", "notes": [
("2023-03-06", "HaH Admission H&P", """
HaH ADMIT
60M, HD MWF, T2DM (linagliptin, never used insulin), BMI 38 (obese). Lives alone, daughter checks daily.
CC: painful hardened area down on the pannus, i.e. lowest belly fold, x about 10 days.
No jabs into his abdomen ever, per pt ("never had a jab there"), denies heat pads / hot-water bottles; no belt - wears suspenders. No knocks or falls.
Exam: lower pannus, midline - 8 x 6 cm woody induration with violaceous net-like pattern and 2 small black eschars. Very tender.
Plan: bx, labs.
"""),
("2023-03-09", "HaH Round - Day 3", """
Path: calciphylaxis of pannus (calcified subcut arterioles w/ thrombi, fat necrosis).
Pt may need SC heparin for DVT prophylaxis if mobility drops further - if started, not into the abdomen.
Endocrine may consider basal insulin later if A1c rises; not now.
STS via HaH infusion RN.
"""),
("2023-03-20", "RPM Nurse Call", """
Weekly call. Pain 5/10. Daughter doing photos q3d, lesion edges less dusky.
Still no injections of any kind. Mobility ok, heparin not needed.
Weight stable. Reminded to avoid tight waistbands and heat over the belly.
"""),
]}

K13 = {"patient_id": "K13", "age": 75, "sex": "F", "notes": [
("2024-02-12", "HaH Admission Note", """
Admit to HaH - leg ulcers + back burn.
75F, ESRD, in-center HD TTS. Not diabetic. warfarin 2019-2021 (AF), d/c'd after a GI bleed (LAAO device placed). BMI 26.4.
1) Painful black ulcers across both calves since roughly mid-Jan, no injury; legs never heated, never in compression hose.
2) Blistered reddish-brown mottled area low back - sits all day in her armchair w/ an electric heat pad tucked behind her low back, "all winter".
Plan: bx calf lesion; derm review of back.
"""),
("2024-02-15", "Tele-Derm Consult", """
Derm video + bx review.
Calves (bilateral, posterior): retiform purpura w/ eschars; bx = calciphylaxis.
Low back: net-like brown pigment = erythema ab igne, with a superficial partial-thickness thermal burn (blister) from the heating pad. This is not calciphylaxis: skin soft, no retiform pattern, healing normally.
Recs: STS for calves; stop heating pad; burn care to back.
"""),
("2024-02-26", "HaH Discharge Note", """
D/c from HaH.
Calciphylaxis both calves - stable, less pain.
Back burn healed, erythema ab igne persists (will fade slowly).
No warfarin - remains off.
"""),
]}

K14 = {"patient_id": "K14", "age": 64, "sex": "M", "notes": [
("2025-01-21", "RPM Enrollment + Education", """
RPM program enrollment - PD pt (CCPD). T2DM - glargine + lispro pens, pen (w/ spacer) goes into the rear of both upper arms, alternating, has done for years.
BMI 30.2.
Education given: dialysis pts can get calciphylaxis; steer clear of heat pads, ice, tight clothing; if injection sites must change, avoid fatty areas like thighs and belly.
Skin intact.
"""),
("2025-03-10", "HaH Admission", """
HaH admit. Painful dark plaques on both inner thighs, started around the last week of February.
Pt firm that he never injects into the thighs, uses no heat, no ice, nothing new or tight to wear, hasn't hurt himself.
Exam: bilateral medial thighs - symmetric violaceous plaques with central eschar (L 6x4cm, R 5x3cm), firm. Upper arms: lipohypertrophy, no discoloration.
Plan: bx R thigh.
"""),
("2025-03-17", "HaH Round + Path", """
Path c/w calciphylaxis - subcut arterioles calcified, thrombosed.
Thighs only. Arm injection sites normal.
STS via infusion RN. Reinforced earlier counselling.
Weight 101 kg, BMI 30.2 unchanged.
"""),
]}

PATIENTS = [K08, K09, K10, K11, K12, K13, K14]
