"""probe125 corpus notes, J08-J14 (NP-led advanced CKD and dialysis-transition clinic; all invented)."""

J08 = {"patient_id": "J08", "age": 60, "sex": "F", "notes": [
("2023-05-24", "PD Transition Clinic - NP Visit", """
PD TRANSITION CLINIC -- NP
60F ESRD (DKD), CCPD since Jan 2023, catheter exit site clean.
DM2: 70/30 insulin bid since Feb 2022 (came off glipizide then). Her shots go in the front of the thighs, switching legs "when I remember".
Other hx: DVT 2019, was on warfarin till 2021, off since. Morbid obesity.
HPI: On 5/2 she banged her L thigh on the car door's edge climbing out in the grocery lot -> big bruise. Then on May 16 a hard, burning, exquisitely painful area came up in that same bruised spot; now there is a black crust.
PE: L anterolateral thigh 6 x 5 cm indurated stellate plaque, dusky purple, central eschar 2 cm, residual yellow-green bruise at the periphery, lipohypertrophy from insulin around it. R thigh: lipohypertrophy only, no lesion. BMI 41.0 at 118 kg.
A/P: PD pt w/ necrotic L thigh plaque -- site of both a recent blunt injury and her insulin field. Calciphylaxis until proven otherwise. Derm 6/1. Insulin to be moved away from the thighs (abd, staying clear of PD exit site).
"""),
("2023-06-01", "Dermatology Consult", """
DERM
60 yo F on PD with a painful L thigh plaque. Per pt the plaque developed about 2 weeks after she struck the thigh on a car door, in skin that has taken her insulin for more than a year.
Exam: L anterolateral thigh stellate necrotic plaque, ~6 cm, livedoid edge.
Biopsy: calcium laid down in small subcut vessel walls plus thrombi; diagnostic of calciphylaxis.
IMPRESSION: Calciphylaxis, left thigh -- traumatized skin (contusion + repeated injections).
REC: STS; no injections into thighs; wound care.
"""),
("2023-06-15", "Patient Education - NP", """
PATIENT EDUCATION VISIT (NP, 40 min, pt + husband)
Topics:
1. What calciphylaxis is, why her thigh is affected ("skin that gets hurt over and over is more likely to get it").
2. Insulin site rotation -- map drawn, abdomen quadrants, 2 inches from the PD catheter exit, never into the legs again.
3. Binders w/ meals, no calcium supplements, reading labels.
4. Pain plan; signs of infection.
Teach-back done, husband demonstrated a pen injection on the abd correctly.
Wt 116.6 kg, BMI 40.6.
"""),
]}

J09 = {"patient_id": "J09", "age": 72, "sex": "M", "notes": [
("2018-11-06", "CKD/HD Clinic - NP Visit", """
NP visit -- Kidney Transition Clinic
72M ESRD (obstructive uropathy), HD MWF (access = R IJ tunneled line for now), AVF surgery pending. No diabetes. No warfarin.
CC: painful L thigh.
HPI: early Oct (~1 mo back) found a tender bruise-looking spot, front of L thigh; now larger, black in the center. Denies falls, bumps or injections on the left leg. He has had sciatica on the right for years and lays a heating pad across his right thigh nightly; left side never gets it.
PE: L anterior thigh: necrotic plaque 5 by 4 cm, retiform purpuric edge. R thigh: reticulated tan-brown pigment (erythema ab igne), skin intact, not tender. BMI 28.3.
A: painful necrotic plaque L thigh, ESRD -- probable calciphylaxis. 
P: derm, labs, review binders.
"""),
("2018-11-20", "Dermatology Consult", """
Derm consult
HD pt with necrotic L anterior thigh plaque. Punch bx: calcified, thrombosed vessels in subcut fat, von Kossa positive. Dx: calciphylaxis, left thigh.
Separate finding: erythema ab igne, R thigh, from chronic heating pad use; no ulcer, no purpura, not calciphylaxis.
Rec: STS, stop heating pad anyway.
"""),
("2019-01-08", "Telephone Encounter", """
Called pt for f/u. L leg sore "healing slow but the black is lifting at the edge". On STS w/ HD, no side effects besides tiredness. Got rid of the heating pad, uses a TENS unit for the sciatica now.
AVF done 12/18, maturing. Next clinic 1/29.
"""),
]}

J10 = {"patient_id": "J10", "age": 74, "sex": "F", "notes": [
("2020-02-11", "NP Visit - Dialysis Transition Clinic", """
NP NOTE
74F ESRD (DKD) on HD TTS x 8 mo. T2DM on glargine 18 u, injects only into both upper arms (she's thin). AF on warfarin 3 mg daily.
CC: painful sore back of the right leg.
HPI: Feb 3rd she felt a hard tender lump, R calf; it has since gone dark and opened up. Denies any trauma, fall, bump, scratch, heating pad, or tight stocking. Never had any shot in her legs.
PE: R calf, posterior aspect, an ulcer 4x3cm, black eschar, livedo racemosa around. L leg normal. Pedal pulses faint. BMI 32.6 (88 kg).
A: necrotic ulcer R calf, ESRD + warfarin + DM -- c/f calciphylaxis.
P: derm bx, arterial duplex, warfarin -> discuss apixaban.
"""),
("2020-02-18", "Dermatology Consult", """
Dermatology
R posterior calf ulcer in 74F on HD, onset early Feb without preceding injury.
Punch biopsy: subcut arterioles w/ calcified media, thrombi in lumens and fat necrosis; = calciphylaxis.
Plan: STS with HD; stop warfarin; wound care q-other-day dressings.
"""),
("2020-02-26", "Telephone Encounter", """
Son called. "Mom fell getting out of bed last Wednesday night and hit her right shin on the bed frame, there's a skin tear below the bad sore now."
Fall was 2/19. Skin tear about 3 cm on the R anterior shin, son put steri-strips on it.
Still on warfarin until cards appt (INR 2.8). Advised wound RN visit tomorrow, bed alarm, PT referral.
"""),
]}

J11 = {"patient_id": "J11", "age": 64, "sex": "F", "notes": [
("2026-01-12", "PD Clinic - NP Visit", """
PD CLINIC NP VISIT
Pt: 64F, ESRD (lupus nephritis), CAPD since 2024 (4 exch daily). No DM. Never on warfarin. Obesity, BMI 37.9.
CC: "a sore on my bottom on the left, it's like being stabbed."
HPI: Started around New Year's as a hard purple patch on the L buttock, now black in the middle. Denies falls, injections in the buttock, heating pads, sitting on anything unusual, tight clothes.
PE: L buttock (upper outer quadrant) with an indurated stellate plaque ~4 cm square w/ central eschar, livedo edges. R buttock clear.
A: ? calciphylaxis L buttock -- derm punch bx next wk. Ca x P elevated.
P: bx, stop calcitriol, non-Ca binder.
"""),
("2026-01-20", "Dermatology Procedure Note", """
Dermatology procedure note
Indication: necrotic plaque L buttock, PD pt, r/o calciphylaxis.
Procedure: 5mm punch from the plaque rim; hemostasis with pressure; closed w/ 1 suture. Center: loose necrotic slough removed by sharp debridement.
Dressing: Ca alginate + bordered silicone foam, secured w/ paper tape.
Pt mentions since the sore began she's kept an ice pack pressed to it for pain -- advised to stop.
Path (added 1/23): calcified small vessels, thrombi, panniculitis. Calciphylaxis confirmed.
"""),
("2026-02-03", "NP Follow-up", """
NP F/U
Biopsy-proven calciphylaxis L buttock. STS given via IV access 3x/wk at the infusion ctr; PD continues.
Wound: 4.5 x 4 cm, yellow slough at base, biopsy site healed, tape tearing skin edges -> changed to tubular mesh retention. Home health doing dressings MWF.
Wt stable, BMI 37.6.
Pain: 6/10, tramadol + gabapentin.
"""),
]}

J12 = {"patient_id": "J12", "age": 61, "sex": "M", "notes": [
("2025-03-04", "Adv CKD Clinic - NP Visit", """
ADV CKD CLINIC
61M, CKD 5 (eGFR 8) due to DKD, not yet on dialysis; chose PD, PD catheter placement booked for 3/24. Morbid obesity, BMI 44.3. T2DM on linagliptin 5 mg; A1c 8.1 -- may need insulin later, pt reluctant. No warfarin.
CC: painful belly fold.
HPI: ~2 wks ago noticed painful firm spots in the skin of the pannus, now purple and one black. Denies: shots into the belly (none, ever), heating pad, ice, belts, scratches, injuries.
PE: lower pannus, bilateral: 3 indurated purpuric plaques, the largest 5 cm with central necrosis; surrounding livedo. No intertrigo.
A/P: necrotic plaques of the pannus, advanced CKD, obesity -- ? calciphylaxis. Derm referral urgent. PD catheter placement on hold pending derm (would cut through the involved area).
"""),
("2025-03-12", "Dermatology Consult", """
Dermatology consult
61M CKD 5, not on dialysis. Pannus plaques, onset late Feb. No history of local trauma, no injections into abdominal skin.
Biopsy (deep incisional, largest plaque): arteriolar calcium in arteriolar walls, clotting, fatty tissue necrosis. Dx: calciphylaxis.
Rec: urgent dialysis start (HD rather than PD, given abdominal wall involvement), STS, avoid SC injections into the abdomen if insulin is ever started.
"""),
("2025-04-01", "Dialysis Transition - NP Follow-up", """
TRANSITION NP F/U
ESRD now; HD began 3/20 (R IJ tunneled cath). PD catheter plan cancelled for now. STS w/ each run.
DM: still linagliptin only. Discussed that if insulin is needed arms would be the site, never the abdomen. He has not started it.
Pannus wounds: largest one still black, others dry. Wt 138 kg, BMI 43.8.
"""),
("2025-04-22", "Telephone Encounter", """
Phone f/u with pt and wife. Wife does dressings daily. No fever. Pain 5/10.
Pt: "I'm not doing any shots yet, doc, I told you." Med list unchanged; no warfarin, no insulin.
Next visit 5/6.
"""),
]}

J13 = {"patient_id": "J13", "age": 57, "sex": "F", "notes": [
("2022-08-09", "NP Visit - Advanced CKD/HD", """
NP VISIT
57F ESRD (DKD) on HD MWF. T2DM, insulin glargine + aspart, injects in the abdomen only. No anticoagulants. BMI 34.0.
CC: "sores on both my thighs" x3 wk; also R heel sore from new boots.
HPI: painful hard patches on the inner thighs, L and R, that started in mid-July, turning black. No injections, heat, ice, rubbing or injuries to the thighs. Separately, bought new work boots in June, the R heel got a blister then a sore.
PE: medial thighs bilaterally -- several stellate purpuric plaques w/ central necrosis, livedo around them. R heel, posterior: punched-out ulcer, 1.5 cm, clean pink base, callus rim, at the boot counter. Abd: a few small bruises where insulin goes in.
A/P: 1) necrotic thigh plaques -- calciphylaxis likely, derm referral. 2) R heel ulcer -- diabetic pressure ulcer from boot; podiatry. 3) abd bruises -- injection bruising, benign.
"""),
("2022-08-17", "Dermatology Consult", """
DERM
HD pt, necrotic plaques of the medial thighs both sides. L medial thigh bx = calciphylaxis (arteriolar calcium + thrombi + necrosis in subcutis).
R heel ulcer: reviewed -- neuropathic/pressure ulcer from footwear, not calciphylaxis -- lacks retiform purpura or eschar.
Abdominal ecchymoses at insulin injection sites: simple bruising, no induration or necrosis.
Dx: calciphylaxis, thighs bilat; no injection or trauma history at those sites.
"""),
("2022-09-07", "HD Unit - NP Rounding Note", """
HD rounds
57F on HD, calciphylaxis of both thighs, STS started 8/22.
Thighs: eschars stable. R heel ulcer healing in offloading shoe (podiatry).
Insulin still abdomen. Post wt BMI 33.7.
"""),
]}

J14 = {"patient_id": "J14", "age": 68, "sex": "M", "notes": [
("2024-02-06", "NP Visit - Dialysis Transition Clinic", """
DIALYSIS TRANSITION CLINIC -- NP
68M ESRD (HTN) on HD TTS since 9/2023. warfarin 4 mg/d for AF. No diabetes (A1c 5.6). BMI 30.4.
Hospitalized 1/2-1/9 for pneumonia; got SC heparin bid, nurses gave it in both upper arms (pt showed me the faded bruises on his arms).
CC: painful L leg spot since 1/22.
PE: L lateral thigh 5 x 3 cm stellate plaque, violaceous w/ black center, retiform edge. No marks on the thigh from needles; denies injury or heat there.
A/P: L lateral thigh -- ? calciphylaxis -- warfarin, ESRD. Derm referral.
"""),
("2024-02-14", "Dermatology Consult", """
Dermatology
68M on HD + warfarin, L lateral thigh necrotic plaque (onset 1/22).
Bx: calcified small arteries and thrombosis in subcutis. Calciphylaxis.
No local trauma to the thigh; recent heparin injections were confined to the upper arms, where skin is normal.
Rec: stop warfarin, STS.
"""),
("2024-03-05", "Patient Education - NP", """
EDUCATION VISIT
Reviewed calciphylaxis with pt + wife.
Counselled: no shots into thighs/belly fat if he's ever admitted again; legs stay away from heating pads or ice packs; protect skin from bumps; report new painful spots early.
Warfarin switched to apixaban 2/20. Pt verbalized understanding. BMI 30.4 today, obese range, diet referral.
"""),
]}

PATIENTS = [J08, J09, J10, J11, J12, J13, J14]
