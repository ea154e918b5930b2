"""probe21 corpus notes, F08-F14 (emergency department and urgent care; all invented)."""

F08 = {"patient_id": "F08", "age": 81, "sex": "M", "notes": [
("2019-10-23", "Urgent Care Visit", """
WALK-IN CLINIC  10/23/2019
CC: sore L arm
81 y/o M accompanied by wife. Got his flu shot at the Main St pharmacy on 10/3 in the L upper arm. Arm was a little sore for a day, fine after. 8 days ago a red-purple spot came up right where the shot went in, now hard + very painful, unable to lie on that arm at night.
PMH: end-stage renal dz, dialyzes MWF (AVF R forearm), AF (warfarin), CAD w/ prior CABG, BPH. No diabetes.
VS: 118/62, HR 68 irreg, T 36.6, SpO2 95%. Wt 78 kg BMI 25.8
L lateral upper arm: 3x3 cm indurated violaceous plaque w/ dusky center, tender; faint lacy purple border. No warmth, no drainage. R arm fistula w/ good thrill.
A: ?local vaccine rxn vs cellulitis
P: cephalexin (renal dosed) 5d, cool compresses NOT advised -> pt to avoid ice/heat on it. Recheck PCP 1 wk.
"""),
("2019-11-04", "ED Physician Note", """
ED NOTE
81M HD pt on warfarin p/w worsening necrotic L arm lesion despite keflex. Onset ~10/15 at his influenza vaccine site (vaccinated 10/03/19).
PE: afebrile. L upper arm lateral aspect: 4x3.5 cm black eschar w/ retiform purpuric border, firm subcutaneous plaque, exquisite tenderness. No other skin lesions.
INR 2.4; PO4 6.9; Ca 9.4; iPTH 720.
MDM: elderly HD pt, on warfarin, w/ necrosis exactly at a vaccine injection site. Top concern calciphylaxis. Warfarin-related necrosis felt unlikely as he's been on a steady dose for yrs. Derm did punch bx in ED.
Dispo: discharged home w/ wife, derm and nephrology f/u within the week, hydrocodone short supply.
"""),
("2019-11-19", "ED Revisit Note", """
ED RETURN VISIT
81 yo male back w/ L arm pain. Skin bx (11/4) = calciphylaxis. Nephrology stopped warfarin 11/12 (afib, now on apixaban 2.5 bid), STS started w/ HD.
L upper arm eschar 4x4 cm, dry, no spreading erythema.
Plan: pain control, wound care teaching to wife. RTC/ED if fever, confusion, new dark spots on skin.
"""),
]}

F09 = {"patient_id": "F09", "age": 64, "sex": "F", "notes": [
("2020-06-11", "ED Triage Note", """
TRIAGE 06/11/2020 09:05
CC: L leg wound, pain
Arr: EMS from home. ESI 3.
VS BP 188/102 P 97 R 20 T 36.9 SpO2 95% RA. Pain 10/10.
Hx ESRD (HD MWF), IDDM, CHF, morbid obesity. Pt reports black painful sore outer L thigh x 10 days, getting bigger. Dialysis nurse told her to come in.
Isolation: none. Fall risk: yes.
"""),
("2020-06-11", "ED Physician Note", """
ED PROVIDER NOTE
64 yo F. ESRD, HD Mon/Wed/Fri. DM2 on NPH twice daily (always into the R thigh: "never use the other leg, it's too tender"), HFpEF, OSA, BMI 38.7.
HPI: ~10 d of progressive, very painful lesion of the L lateral thigh. Started as a firm bump, now has a black center. Denies injections into the L thigh, no heating pads, no falls or bumps, doesn't wear a girdle.
Exam: L lateral thigh: 7x5 cm necrotic eschar w/ surrounding stellate purpura and indurated plaque. R anterior thigh where she injects: a little lipohypertrophy but skin color normal and intact. Abdomen pannus w/o lesions.
Labs: Phos 8.0, PTH 1320, albumin 2.7.
MDM: strongly suspect calciphylaxis; derm consulted for bx; nephrology to intensify HD + start STS.
Dispo: admit to medicine.
"""),
("2020-07-09", "ED Revisit Note", """
ED NOTE
64F presents from dialysis with L thigh wound drainage. Known calciphylaxis L lateral thigh, bx 6/12 positive (SC vessel calcification, thrombosis). On STS, cinacalcet.
Exam: T 37.9, L thigh eschar partly sloughed, 8x6 cm ulcer with yellow slough and purulence at inferior edge. R thigh normal.
BMI 38.1
Plan: cx, IV abx, gen surg for debridement, admit.
"""),
]}

F10 = {"patient_id": "F10", "age": 57, "sex": "M", "notes": [
("2023-08-10", "ED Physician Note", """
ED PROVIDER NOTE
CC: painful L hip sore
HPI: 57 y/o M w/ ESRD who chose conservative kidney management (no dialysis, followed by renal + palliative), HTN, gout. L outer hip pain and a "bruise that keeps growing" since 07/28/2023. Now has a black center. Denies any fall, injury, injections, heat or tight clothing at that spot. No fever.
Meds: allopurinol, amlodipine, calcitriol, calcium carbonate, sevelamer.
VS BP 164/90 HR 80 T 36.8. Wt 91 kg, BMI 29.9 (overweight). No diabetes.
Exam: L lateral hip over greater trochanter region: 5x4 cm violaceous retiform plaque w/ central 1.5 cm necrosis, woody induration. R hip normal.
MDM: concerning for calciphylaxis (advanced CKD, Ca-based binder + calcitriol). Derm consulted: punch bx today. Stop calcium carbonate and calcitriol. Renal notified.
Dispo: home w/ f/u.
"""),
("2023-08-30", "ED Revisit Note", """
ED REVISIT
57M w/ L hip calciphylaxis - bx 8/10 confirmed (medial calcification, microthrombi, panniculitis). Still declining dialysis after family meeting. STS started IV at infusion center.
Here for pain. L hip plaque 6x5 cm w/ dry eschar. No infection.
Plan: pain meds; hospice info given, pt will think about it.
"""),
("2023-09-18", "ED Physician Note", """
ED NOTE - FALL
57M w/ ESRD (conservative mgmt, no HD/PD) and known calciphylaxis of the L hip, p/w mechanical fall at home yesterday: tripped on rug, landed directly on L hip. Since then more pain and bleeding from the hip wound.
PE: L lateral hip: existing eschar w/ new 3 cm contusion at the inferior edge and oozing from a cracked margin. Hip ROM full, no shortening/rotation. No head strike.
XR L hip/pelvis: no fx.
A/P: fall w/ contusion over known calciphylaxis wound. Hemostasis w/ pressure + alginate. PT eval for walker, home safety. Return for heavy bleeding, inability to walk, fever.
BMI 29.9
"""),
]}

F11 = {"patient_id": "F11", "age": 69, "sex": "F", "notes": [
("2021-09-14", "Urgent Care Visit", """
UC VISIT 9/14/21
CC: R shoulder pain
69F w/ R shoulder bursitis, icing R shoulder several x daily for 2 wks. Here for ongoing pain. Also mentions her INR "has been all over the place", PCP put her on enoxaparin shots into her belly since 8/30 while warfarin is adjusted.
PMH: ESRD on HD, afib on warfarin, DM2 diet-controlled, obesity (BMI 34.9).
Exam: R shoulder TTP subacromial, painful arc, skin intact. Abdomen: small bruises at injection sites periumbilical.
A: subacromial bursitis. P: sling PRN, acetaminophen, ortho f/u.
"""),
("2021-10-05", "ED Physician Note", """
ED ATTENDING NOTE
69 y/o F - ESRD, HD Tu/Th/Sat, afib (warfarin, currently bridging w/ enoxaparin injections into the abdomen), DM2 (diet), obesity. P/w 10 days of severe pain and dark patches on BOTH inner thighs. No injections into thighs, no heat, no trauma to the legs.
Exam: medial thighs bilat: multiple indurated violaceous plaques w/ retiform purpura, 2 with central black necrosis (L 3 cm, R 2 cm). Abdomen: periumbilical injection bruises, no plaques, no necrosis. R shoulder normal skin.
Labs: INR 1.8, Phos 6.5, PTH 880.
MDM: calciphylaxis suspected; derm bx from R medial thigh plaque obtained. Renal: STS w/ HD.
Dispo: admit.
"""),
("2021-10-28", "ED Revisit Note", """
ED NOTE - REVISIT
69F w/ biopsy-proven calciphylaxis of bilateral medial thighs (bx 10/6). Warfarin stopped permanently; enoxaparin stopped, now apixaban. Presents for uncontrolled pain.
Thighs: stable eschars, no cellulitis. Wt 88 kg BMI 34.4
Plan: pain meds, wound clinic. Return precautions reviewed with daughter.
"""),
]}

F12 = {"patient_id": "F12", "age": 73, "sex": "M", "notes": [
("2022-02-08", "ED Physician Note", """
ED PROVIDER NOTE
CC: R buttock "abscess"
HPI: 73M, dialysis pt (ESRD, MWF), here with a hard, painful lump on R buttock first noticed 01/25/2022. Thought it was a boil: since ~2/1 has been putting hot washcloths on it 3x/day, and last night his wife tried to drain it with a sterilized needle - nothing came out. Before that lump: no shots in the buttock, no falls, no sores there.
PMH: ESRD, HTN, PVD, afib (on warfarin until 2020, now apixaban). No DM.
VS 150/88, 88, 18, 37.1, 97%. BMI 31.2
Exam: R buttock: firm violaceous plaque 5x4cm, black eschar 1.5cm in the middle, small puncture mark at center, retiform border. No fluctuance. L buttock nl.
US: no collection.
MDM: not an abscess. Suspect calciphylaxis. No I&D. Derm bx ordered. Advised to stop hot compresses and no more needle.
Dispo: admit obs.
"""),
("2022-02-26", "ED Revisit Note", """
ED NOTE
73 yo male, R buttock calciphylaxis (punch bx 2/9 c/w calciphylaxis), on STS. Bedside sharp debridement of eschar done at wound clinic 2/22; now bleeding and pain.
Exam: R buttock ulcer 5x5 cm, debrided base w/ pinpoint oozing. Tape blisters around dressing edge.
A/P: post-debridement bleeding, hemostasis achieved. Switched to paper tape / silicone border dressing. Return for fever, heavy bleeding.
"""),
("2022-03-30", "ED Physician Note", """
ED PHYSICIAN NOTE
73M w/ calciphylaxis R buttock p/w fever 38.6 and confusion. Wound: 7x6 cm w/ purulent drainage, surrounding cellulitis.
BMI 30.6
Imp: sepsis from infected calciphylaxis ulcer.
Plan: cx, broad abx, surgery consult, admit step-down. Goals of care discussed with wife - full code for now.
"""),
]}

F13 = {"patient_id": "F13", "age": 52, "sex": "F", "notes": [
("2024-10-02", "ED Triage Note", """
ED TRIAGE  10/2/24 22:48
CC: painful skin on stomach
VS BP 176/98 HR 108 RR 20 T 37.3 SpO2 96% RA Pain 9/10
52F ESKD on HD (L arm graft), DM2, morbid obesity. c/o very painful purple/dark areas on lower belly fold x ~3 wks, worse past few days.
Wt 126 kg BMI 44.0
Hx of cellulitis there in 2022.
"""),
("2024-10-03", "ED Physician Note", """
ED ATTENDING NOTE
52 y/o F ESKD on HD TTS (L upper arm AVG), DM2 managed with linagliptin only - has never used insulin, HTN, morbid obesity, OSA. P/w 3 wks of severe lower-pannus pain and darkened skin. She specifically denies injecting anything in the belly; no heating pad or hot water bottle, no belts or shapewear, no scratches or falls. Not on warfarin.
Exam: lower pannus, both sides of midline: 3 violaceous indurated plaques, the largest (R, 6x4 cm) with central necrotic black eschar; livedoid mottling between them. No intertrigo, no crepitus.
Labs: Phos 7.7, Ca 9.8, PTH 1510, WBC 10.4.
MDM: classic central (pannus) distribution in an obese HD pt - calciphylaxis is the leading dx vs NSTI (CT no gas). Derm bx in AM. DVT ppx while inpatient: SC heparin -> upper arms only, NOT abdominal wall. Counseled pt to avoid heat packs and tight waistbands on the belly.
Dispo: admit.
"""),
("2024-11-14", "ED Revisit Note", """
ED NOTE - RETURN
52F, calciphylaxis of the pannus confirmed by bx (10/4), on STS + cinacalcet, f/u derm/renal. Back for pain and foul odor.
Exam: R pannus eschar 7x5 cm, soft edges, mild odor, no purulence, no cellulitis.
Wt 122 kg, BMI 42.6
Plan: metronidazole gel, pain control, wound clinic sooner. Return if fever.
"""),
]}

F14 = {"patient_id": "F14", "age": 78, "sex": "M", "notes": [
("2024-03-04", "ED Physician Note", """
ED NOTE
78M, ESRD (HD; R IJ tunneled cath), DM2 on insulin (injects abdomen), HTN. Sent by HD unit for painful dark areas on both calves x ~2 wks (since ~2/19). Denies leg injury; does not wear compression stockings; no heat to legs.
Exam: posterior calves bilat: multiple retiform violaceous plaques, 2 w/ black centers (L 2.5 cm, R 3 cm). DP pulses faint bilat, ABI unable (calcified).
MDM: calciphylaxis vs arterial ulcers vs vasculitis. Derm consulted - bx. Vascular consult.
BMI 23.1
Dispo: admit.
"""),
("2024-03-25", "ED Revisit Note", """
ED REVISIT
78 yo M w/ calciphylaxis of bilateral calves (bx 3/5 confirmed; arteriolar calcification + thrombi). On STS.
Here after HD for pain. Calves: eschars stable.
Counseled: no compression wraps or stockings on the legs, no heating pads, elevate legs.
Return if fever, redness, new spots.
"""),
("2024-05-12", "ED Physician Note", """
ED PHYSICIAN NOTE - FALL
78M found on kitchen floor by daughter this AM, down ~8 hrs after tripping last night. Hit his R elbow and forehead.
Known calciphylaxis both calves (healing).
Exam: forehead 2 cm hematoma. R elbow: 4 cm skin tear w/ flap, bleeding controlled. Sacrum: non-blanchable erythema 3x2cm w/ superficial blister - stage 2 pressure injury from lying on the floor. Calves: eschars unchanged, no new lesions.
CT head neg, CK 2100.
A: fall w/ long lie, skin tear R elbow, sacral pressure injury, mild rhabdo.
P: steri-strips to skin tear, foam dressing sacrum, turn q2h, admit obs.
"""),
("2024-06-03", "ED Revisit Note", """
ED RETURN VISIT
78M w/ hx calciphylaxis of calves presents w/ sacral wound check worry (daughter). Sacrum: stage 2 pressure injury (3x2cm) with pink healing base - clinically a pressure wound, not calciphylaxis (no retiform purpura, no induration). R elbow skin tear healing.
Calves: eschars smaller.
Plan: offloading, foam dressing, HD as scheduled. Return for fever, new black spots.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
