"""probe99 corpus notes, E08-E14 (emergency department and urgent care; all invented)."""

E08 = {"patient_id": "E08", "age": 48, "sex": "M", "notes": [
("2022-06-06", "ED Triage Note", """
48 yo M. CC: "black marks on my belly", pain 7/10. On dialysis Tue/Thu/Sat. Morbidly obese, wt 141 kg, BMI 44.1 (bed scale). No fever. Came in after his shift.
"""),
("2022-06-06", "ED Physician Note", """
HPI: 48M, ESRD, in-center hemo (HTN nephrosclerosis), no diabetes, no anticoagulants. Started a new job at a warehouse in March and wears a heavy tool belt cinched tight around his belly the whole 10-hr shift, 5 days/wk. On Memorial Day itself (the Monday, he is certain) he noticed a purple line of skin along where the belt buckles, which then developed two black scabs. Getting worse; can't wear the belt at all now.
PE: band of retiform purpura across the lower abdomen at the belt line, 2 central eschars (2 cm, 1.5 cm), woody induration. No crepitus. Pannus otherwise intact.
MDM: necrotic lesions in the belt band of an obese HD pt - calciphylaxis, pressure necrosis, or early nec soft tissue infx (no systemic sx, CRP 14). Consult derm; admit under medicine.
"""),
("2022-06-08", "Dermatology Consult", """
DERM CONSULT
ID: 48M, HD, obese (BMI today 42.7).
Exam: lower abdominal wall, belt-distribution purpura and eschar, as documented.
Path: punch bx 6/7 - calcification of small subcut vessels, thrombosis, panniculitis. = calciphylaxis.
Assessment: calciphylaxis along the chronic belt-pressure line (work belt worn since March 2022; lesions since 5/30/22).
Plan: STS, no belts/tight waistbands, work note given, wound care.
"""),
]}

E09 = {"patient_id": "E09", "age": 55, "sex": "F", "notes": [
("2018-03-14", "ED Triage Note", """
55F ESI 3. L thigh lump, very painful, "cant even put my pants on". HD pt (Mon/Wed/Fri). BS 245. Insulin at home. Afebrile.
"""),
("2018-03-14", "ED Physician Note", """
55 yo woman ESRD/HD, T2DM on NPH + regular, obesity (BMI 36.1), here for a hard painful area on the L inner thigh, noticed it maybe a week ago. Insulin shots go in her R thigh exclusively ("I never do the left, I sleep on that side"). Denies falls, knocks, hot or cold packs, snug clothing. Not on coumadin.
Exam: L inner thigh: violaceous plaque ~4cm across, firm, dusky necrotic center, livedo around it. R anterior thigh: lipohypertrophy from injections, skin intact, no discoloration.
MDM: HD pt w/ tender plaque of L thigh. ddx abscess (US: no collection), panniculitis, calciphylaxis. Admit for derm.
"""),
("2018-03-16", "Dermatology Consult", """
Derm consult: 4mm punch of L medial thigh plaque - vessel wall calcium + thrombi in dermis/subcutis, necrotic fat. Biopsy proven calciphylaxis.
Left-sided lesion only; R thigh where she injects is spared.
Recs: thiosulfate during dialysis, dressings, pain svc.
"""),
]}

E10 = {"patient_id": "E10", "age": 71, "sex": "M", "notes": [
("2019-04-20", "ED Triage Note", """
71 M c/o L calf wound, bleeding, states hit it on car door 5 days ago. On coumadin for mech valve. HD pt. Bandage soaked, small ooze controlled w/ pressure.
"""),
("2019-04-20", "ED Physician Note", """
HPI: 71M ESRD on HD, mech aortic valve, warfarin, INR 3.1, no DM. Pt says he "banged the back of my leg on the car door" on 4/15 and it bled. Wife corrects him: the black painful patch on his L calf was already there on 4/2 (her birthday, they went out to dinner and he was limping); the car door just knocked the scab. Pt then agrees - says nothing hit or cut the L leg before the patch came up.
Exam: BMI 26.0. Back of L calf: necrotic eschar approx 5.1x2.9cm, partially avulsed at one edge with fresh oozing, surrounded by purpuric netlike margin. R calf nl.
MDM: bleeding from a preexisting necrotic calf lesion after minor trauma. Concern for calciphylaxis (HD + warfarin). Hemostasis with pressure dressing. Derm consult, admit.
"""),
("2019-04-23", "Dermatology Consult", """
Derm: L calf bx -> calciphylaxis (vascular calcification, thrombi, von Kossa+). Onset 4/2/19 predates the car door knock (4/15/19), which only disrupted the eschar.
Recs: STS, nephrology re: warfarin alternatives, wound care.
"""),
]}

E11 = {"patient_id": "E11", "age": 63, "sex": "F", "notes": [
("2020-07-02", "Urgent Care Note", """
63F w/ painful spot R buttock x 10 days. Has sat on an electric pad set to warm ever since it began hurting, "to calm it down". Home PD pt. DM2 on glipizide, no insulin. No anticoagulants.
Exam: R buttock 5 cm purple hard plaque w/ black center; erythematous heat-mottled skin over it.
Referred to ED, PD + possible calciphylaxis.
"""),
("2020-07-02", "ED Physician Note", """
63F, ESRD on CCPD, DM2 (no insulin), obesity BMI 32.5. Painful R gluteal lesion, noticed ~10 days ago; the heating pad came only later, once it hurt, for relief. Denies injections to buttocks, falls, prolonged sitting on hard surfaces, or any procedure there.
PE: upper outer R buttock - indurated plaque 5.2x3.7cm, eschar in the middle, livedoid rim. L buttock, sacrum intact.
MDM: likely calciphylaxis; heat applied only after lesion onset. Admit, derm bx.
"""),
("2020-07-06", "Dermatology Consult", """
Derm f/u: bx 7/3 R buttock - calciphylaxis. Wound care: hydrogel + foam dressings, daily. Surgery did bedside debridement of loose eschar 7/5. Heating pad discontinued.
No preceding trauma at this site identified.
"""),
]}

E12 = {"patient_id": "E12", "age": 52, "sex": "M", "notes": [
("2022-10-03", "ED Triage Note", """
52 M  "sores on both legs up top" x 2 wks. HD TTS, came from unit. Obese, BMI 31.5. Pain 8/10.
"""),
("2022-10-03", "ED Physician Note", """
HPI: 52 y/o M w/ ESRD on HD, HTN, no diabetes, not on anticoagulation. Painful dusky patches on both thighs for about two weeks, now w/ black centers. Pt specifically denies any shots or injections into his legs, heating pads, ice, tight clothing, braces, bumps or falls. "Nothing touched them, they just showed up."
PE: anterolateral aspect of both thighs: several firm purple plaques, 2 to 4cm, eschars, retiform edges.
MDM: ddx calciphylaxis / vasculitis; no warfarin exposure so WISN unlikely. Admit to medicine.
"""),
("2022-10-05", "Hospitalist Admission H&P", """
H&P addendum after derm bx results:
Bx L thigh: calciphylaxis, confirmed.
Class I obesity, wt down, BMI 29.8 today.
Plan:
- STS w/ HD
- will start SQ heparin for DVT ppx tomorrow, into the abdomen only, avoid thighs
- surgery to consider debridement of L thigh eschar next week
- no heat or ice
"""),
]}

E13 = {"patient_id": "E13", "age": 67, "sex": "F", "notes": [
("2024-01-22", "ED Triage Note", """
67F brought by son. Burn L shin from space heater 3 days ago + "sore under belly fold". HD MWF. No insulin. BMI 41.
"""),
("2024-01-22", "ED Physician Note", """
67F with ESRD - HD, obese w/ BMI 41.0, not diabetic, not anticoagulated.
1) L anterior shin: sat too close to a space heater 1/19, 4 x 3 cm partial-thickness burn with blister, clean base. Typical thermal burn, no necrosis beyond burn margins.
2) Pannus: painful black plaque under the abdominal fold for "a month or so". No shots into belly, no belts, no heat there, no trauma.
Also skin tear R forearm from bumping the door frame yesterday - steri-stripped.
MDM: burn - routine care. Pannus plaque - concerning for calciphylaxis, needs bx. Admit.
"""),
("2024-01-25", "Dermatology Consult", """
Bx pannus: calciphylaxis, confirmed.
L shin = ordinary heater burn, healing, not CUA. R forearm skin tear fine too, not CUA.
Recs: STS, wound care pannus, silver sulfadiazine to shin burn.
"""),
]}

E14 = {"patient_id": "E14", "age": 60, "sex": "M", "notes": [
("2025-06-16", "ED Triage Note", """
60M c/o painful sores both calves. PD at home. Insulin. Ice to L knee since sprain in May. Pain 7/10.
"""),
("2025-06-16", "ED Physician Note", """
60 yo M, ESRD doing PD at home, T2DM, insulin into abdomen only, past PE on coumadin 2015-2017. L knee sprain in early May, has been icing the front of the L knee since.
Calf lesions started about a week ago: bilateral posterior calves, multiple purplish-black plaques with necrotic centers. Knee skin intact. Abdomen: injection sites clean.
BMI 28.3.
MDM: calciphylaxis suspected. Note no trauma to the calves. Admit.
"""),
("2025-06-19", "Dermatology Consult", """
Bx posterior R calf: calciphylaxis.
Lesions only on bilateral posterior calves; nothing injected, injured, heated or iced at the calves.
Counselled pt + wife: nothing hot or frozen against his legs, no tight stockings, rotate insulin sites in abdomen.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
