"""probe104 corpus notes, V08-V14 (telehealth video visits and voice-recognition dictations from
nephrology, dialysis and dermatology clinics; all people, places and wording invented)."""

V08 = {"patient_id": "V08", "age": 69, "sex": "M", "notes": [
("2025-03-25", "Dialysis Unit Rounding Note", """
HD rounding, pod B, voice recognition used
69 yo M new to dialysis, started HD in January 2025 through a R arm fistula, ESRD from hypertension and diabetes. DM2 on weekly semaglutide pen into the belly, no insulin. coumadin for a left leg DVT since last year.
c/o his right hip, real painful spot. says it came up on 3/18 as a red hard lump and now its dark purple. he always leans onto his right side against the chair armrest the whole four hour run, three times a week, ever since his first treatment "its the only way my back dont hurt"
exam R lateral hip over the trochanter 5 cm violaceous plaque with a dark center and netlike purple edges, indurated, tender, blanching absent
BMI 31.9
A/P worry is calciphylaxis at a chronic pressure point vs early pressure injury. gel pad on the armrest, tele derm consult, labs
"""),
("2025-03-28", "Teledermatology Video Visit", """
Teledermatology video consult
pt in the dialysis unit during his run, nurse holding the tablet. Right lateral hip: retiform purpura, black necrosis centrally roughly 2 cm, firm, sitting just where his hip rests on the padded armrest. pt reports onset 3/18.
Assessment likely calciphylaxis at the site of repetitive pressure against the dialysis chair. Pressure injury alone would not give retiform purpura with this degree of pain.
Plan punch biopsy in derm procedure clinic next week, avoid leaning on that side
"""),
("2025-04-15", "Dermatology Procedure Clinic Note", """
derm procedure clinic
biopsy of right hip lesion taken 4/2: calciphylaxis confirmed, calcium deposits in subcutaneous arteriolar walls with thrombosis and panniculitis.
exam today eschar has grown to 3 cm, edges dry, no drainage
Told pt and wife, they want to know if they can still use the chair. unit is getting him a wider chair with both arms padded, and he will shift sides every half hour
"""),
("2025-05-20", "Nephrology Clinic Dictation", """
renal clinic follow up dictation
calciphylaxis of the right hip, biopsy proven, on sodium thiosulfate 25 grams with HD since mid april. pain better. eschar stable
warfarin changed to apixaban last week in view of the calciphylaxis. semaglutide continues. not on insulin
BMI 32.4 today
plan continue thiosulfate, target phos under 5.5, recheck in 6 weeks
"""),
]}

V09 = {"patient_id": "V09", "age": 55, "sex": "F", "notes": [
("2018-05-08", "Dermatology Consult Dictation", """
DERMATOLOGY CONSULT. 55 y/o woman, ESRD, hemodialysis M-W-F, T1DM since she was a kid, Lantus plus Humalog, referred by nephrology for an exquisitely painful ulcer of the left inner thigh which began at the beginning of April.
She is emphatic that she gives every insulin shot into her right leg "only ever my right leg, the left one is for show".
Exam. Left medial thigh, ulcer five by four, black eschar capping it, retiform purpura ringing it. Right anterior thigh shows lipohypertrophy and needle marks but no purpura or induration. Abdomen clear.
BMI 38.0, obese.
Assessment dialysis pt, necrotic L medial thigh ulcer, suspect calciphylaxis.
Plan six mm punch off the ulcer rim today.
"""),
("2018-05-22", "Dermatology Follow-up Dictation", """
derm follow up, results
Biopsy of left medial thigh: calciphylaxis, septal vessels calcified and thrombosed.
Her right injecting thigh remains clear today, no new lesions. she has never taken warfarin.
Plan coordinate with renal on thiosulfate, wound care with hydrogel, follow up 3 weeks
"""),
("2018-06-19", "Nephrology Telehealth Video Visit", """
renal video visit. pt at home alone, camera angled at the ceiling for the first few minutes
known calciphylaxis left thigh, thiosulfate with dialysis since late May, she says the pain is a little better, she showed the dressing on camera, not removed
still injecting insulin into the right thigh as always, we asked her to rotate to the abdomen, she is reluctant, says the belly is to tender
weight stable, BMI 38
plan continue thiosulfate, binder change to lanthanum, follow up 1 month
"""),
]}

V10 = {"patient_id": "V10", "age": 74, "sex": "M", "notes": [
("2021-01-12", "Dialysis Unit Rounding Note", """
dialysis rounds. 74 M on HD for ESRD from polycystic kidneys, a fib on warfarin, no diabetes.
Pt says his R calf (back of it) went purple and painful January fifth. Denies he hurt it, knocked it, fell, had a needle or put heat anywhere on that leg. no recent new shoes or braces.
Exam R posterior calf 4 cm violaceous plaque with a lacy border, very tender, skin still intact. left calf normal
BMI 25.3
A/P concerning for calciphylaxis, derm referral, INR check
"""),
("2021-01-26", "Dermatology Consult Dictation", """
dermatology consult, dictated. 74 year old gentleman on hemodialysis and warfarin with a right calf lesion that began January 5. Interval history: on January twentieth he slipped on the icy back steps at home and hit the same right calf on the step edge, and since then the area has opened.
Exam right posterior calf: five cm necrotic ulcer having central black eschar, purpura netlike at the margin, and a fresh bruise along the lower edge from the fall.
Impression calciphylaxis favored, with superimposed traumatic bruising. Of note the lesion was there about two weeks before the fall.
Plan punch biopsy from the purpuric margin.
"""),
("2021-02-09", "Dermatology Follow-up Video Visit", """
derm video follow up
Right calf biopsy: calciphylaxis. calcified vessels and thrombosis down in the fat.
The bruise from the fall has faded on camera, the ulcer is unchanged. cardiology will move him off warfarin onto apixaban.
plan thiosulfate with HD, wound clinic, follow up 2 weeks
"""),
]}

V11 = {"patient_id": "V11", "age": 62, "sex": "F", "notes": [
("2019-09-17", "PD Clinic Telehealth Video Visit", """
PD clinic telehealth video visit
62 F on CAPD for ESRD, T2DM, mealtime aspart and glargine at night, all injected into the abdomen. She reports a very painful sore on her left buttock since Labor Day. Since the sore started she has been perching on a heating pad for the pain "the only thing that helps". No falls, no injections into the buttocks, no long sitting before it started.
Video: left buttock, 5 cm dark purple plaque with a black center. Abdomen injection sites look normal on camera.
No warfarin. BMI 35.2 today.
A/P ? calciphylaxis left buttock. stop heating pad. derm biopsy this week
"""),
("2019-09-20", "Dermatology Procedure Note", """
Derm procedure note
Left buttock: 6 cm retiform purpura, black eschar central, indurated. The patient has kept a heating pad against the lesion ever since it showed.
Procedures: 6 mm punch at the lesion margin and then sharp debridement of the loose necrotic eschar tissue, hemostasis with silver nitrate. Dressing: calcium alginate covered with foam and secured with paper tape.
Impression suspected calciphylaxis, results to follow.
"""),
("2019-10-08", "Dermatology Follow-up Dictation", """
Dermatology follow up
Biopsy confirms calciphylaxis of the left buttock.
The wound is 6.5 cm, base yellow slough, no cellulitis. Some skin stripping around the wound edges from the tape, now using a silicone border foam instead. Home health dressing changes three times weekly.
Abdominal insulin sites clear. Heating pad stopped.
Plan thiosulfate with PD team, pain management, recheck 3 weeks
"""),
]}

V12 = {"patient_id": "V12", "age": 57, "sex": "M", "notes": [
("2026-01-13", "Dialysis Unit Rounding Note", """
HD rounds, voice dictated. 57 M on hemodialysis for ESRD from FSGS, obese, on warfarin for a LV thrombus, no diabetes.
complains of a soar dark patch low on the belly, tucked under his apron fold x 2 wks. He denies any shots whatsoever in the belly "I dont take no shots at home", denies heating pad or ice, denies any fall or bump, wears suspenders and no belt.
Exam lower abdominal pannus, left of midline, 8 cm violaceous plaque, necrotic black center, livedo at margins, extremely tender
Plan derm referral, labs, hold calcium binder
"""),
("2026-01-16", "Dermatology Consult Dictation", """
DERMATOLOGY CONSULT. 57 year old man on HD and warfarin with a necrotic painful pannus plaque low down, present for about two weeks. He denies trauma, injections, hot or cold things on that skin.
Exam lower pannus just left of midline: plaque nine by six cm, retiform purpuric, black eschar central, livedo racemosa all round.
Impression calciphylaxis most likely, ddx warfarin induced skin necrosis.
Procedure: punch 6mm from edge.
"""),
("2026-01-27", "Dermatology Telehealth Video Follow-up", """
derm tele follow up
biopsy: calciphylaxis. reviewed with pt
He may be admitted for a hernia repair next month, if so any SQ heparin should go into the arms and never the belly, we wrote that on his discharge sheet. he has no injections currently
plan thiosulfate per renal, wound care
"""),
("2026-02-17", "Nephrology Clinic Dictation", """
Nephrology clinic. calciphylaxis of the pannus on thiosulfate with HD. Warfarin stopped, now on apixaban after cardiology review.
Hernia repair postponed, no surgery done, no heparin given.
Weight 138 kg, BMI 44.0, class three obesity.
Plan continue thiosulfate, phos 5.9, increase sevelamer
"""),
]}

V13 = {"patient_id": "V13", "age": 68, "sex": "F", "notes": [
("2020-02-11", "Dialysis Unit Rounding Note", """
dialysis rounds. 68 F ESRD on HD, diabetes type 2 on linagliptin no insulin, a fib on warfarin.
New painful purple areas on both calves since mid January, legs not injured, no shots in the legs. Separately she tripped over the dog on 2/3 and caught herself on the left forearm, there is a large dark bruise on the left forearm with a blister.
Also a dark spot on the left heel from lying in bed.
BMI 26.0
plan derm consult for the calfs and the arm, daughter aware
"""),
("2020-02-18", "Dermatology Consult Dictation", """
Derm consult. 68 year old woman on HD and warfarin.
Both posterior calves: multiple painful plaques of retiform purpura, biggest one left calf 4 cm with central eschar, right calf 3 cm. No preceding trauma to the calves.
Left forearm: 6 cm hematoma with a hemorrhagic blister and dusky skin over it from the fall on February 3. This is a traumatic hematoma, not calciphylaxis.
Left heel: unstageable pressure injury, 2 cm black eschar, from bed positioning, not calciphylaxis.
Impression calciphylaxis of the calves suspected. Biopsy of the left calf plaque done.
"""),
("2020-03-03", "Dermatology Follow-up Dictation", """
derm follow up
biopsy of the left calf: calciphylaxis. calf lesions on both sides stable.
Forearm hematoma resolving as expected. heel pressure injury followed by wound care nurse, offloading boots.
plan thiosulfate, warfarin to apixaban discussion with cardiology
"""),
]}

V14 = {"patient_id": "V14", "age": 64, "sex": "M", "notes": [
("2022-08-09", "PD Clinic Dictation", """
PD clinic dictated note. 64 M ESRD on APD, DM2, glargine, he sticks it in the abdomen. Uses a heating pad on his shoulders for neck pain most nights, wife says he falls asleep with it.
He has painful purple lesions inside of both thighs that began in late July. No injections into the thighs ever, no heat, no ice on the thighs, no injuries.
Exam medial thighs bilaterally with retiform purpura and small eschars, right 3 cm, left 4 cm. shoulders clear.
BMI 31.0, obese. never on warfarin.
A/P suspect calciphylaxis, derm consult
"""),
("2022-08-15", "Dermatology Consult Dictation", """
Derm consult. Bilateral medial thigh retiform purpura with central necrosis, left larger. Shoulders and abdomen without lesions.
Counseling: avoid heating pads, ice packs or any injections on the thighs, avoid tight clothing over the area, as trauma can trigger new lesions.
Punched the left medial thigh.
"""),
("2022-09-06", "Dermatology Telehealth Follow-up", """
derm video follow up
biopsy showed calciphylaxis. we again went over avoiding heat, cold and needles on the legs. he says he understands and keeps the heating pad for the shoulders only.
lesions stable on video
plan thiosulfate, follow up 1 month
"""),
]}

PATIENTS = [V08, V09, V10, V11, V12, V13, V14]
