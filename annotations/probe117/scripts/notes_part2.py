"""probe117 corpus notes, A08-A14 (home dialysis unit; all invented)."""

A08 = {"patient_id": "A08", "age": 60, "sex": "M", "notes": [
("2022-01-18", "PD Nurse Note", """
Pt seen in PD unit for small umbilical hernia - surgeons happy to watch, advised a support garment.
Elasticated abdominal binder (size XL) fitted today; he wears it snug over the whole lower belly day and night, "it stops the bulge".
Exit site L of midline - healthy.
T2DM on Novorapid + Levemir; he gives these into the R lower abdomen ("since I started in April last year, never anywhere else").
Wt 112 kg, BMI 35.8. No warfarin.
"""),
("2022-06-20", "PD Home Visit", """
HV - APD review.
c/o exquisitely sore place R lower abdomen, first noticed 2 wks ago as hard lump, now purple star shape with black centre ~3cm. Sits beneath the binder's bottom edge and in the middle of his insulin patch.
Effluent clear, no peritonitis sx. ES L - clean.
Binder off. Pt to inject into thighs instead. Urgent clinic booked.
"""),
("2022-07-05", "Home Therapies Clinic", """
60M, ESKD (DKD), APD 4 yrs.
R iliac fossa: 5x4cm necrotic plaque, surrounding livedo, indurated. At both the insulin site and under the binder.
Punch bx 22/06: calcific uraemic arteriolopathy.
BMI 35.8, obese. PTH 120.
Plan: STS, cinacalcet, wound care. Binder not to be used again.
"""),
]}

A09 = {"patient_id": "A09", "age": 64, "sex": "F", "notes": [
("2018-03-06", "HHD Training Note", """
Home HD training wk 3.
Needling own fistula (L forearm) w/ supervision - good.
Insulin: T2DM on Toujeo 40u mane. She injects the LEFT thigh only, has done for years, "I'm right handed so the left leg is easy". Never the right.
Wt 101kg, BMI 38.0 -> obese.
Warfarin: never.
"""),
("2018-05-22", "Phone Triage", """
Pt phoned. Painful lump on her right thigh, outer side, started 1st week of May. Now "black and leathery" in the middle.
Confirms she has never put any insulin in the right leg. No falls or knocks; heat pads / hot-water bottles - none.
Advised to attend clinic Thursday.
"""),
("2018-05-24", "Home Therapies Clinic", """
64F home HD, T2DM insulin, obese.
R lat thigh 5x4cm indurated plaque w/ black eschar and violaceous reticulate border. L thigh (injection site) - mild lipohypertrophy, no purpura, no ulcer.
Deep bx R thigh: calciphylaxis.
Plan STS w/ each session, stop calcium.
"""),
]}

A10 = {"patient_id": "A10", "age": 77, "sex": "M", "notes": [
("2019-05-20", "PD Home Visit", """
HV - CAPD.
Pt c/o painful patch on L calf since the beginning of May. On exam purple mottled area 4 x 3 cm, firm, tender, small dark centre.
Specifically denies any knocks, falls, scratches or anything put on it. No heat, no ice.
Mech MVR - warfarin (INR 3.1). Not diabetic. Wt 64 kg BMI 22.3.
Photo sent to Dr Ferreira.
"""),
("2019-06-04", "Phone Triage", """
Son rang - dad fell in the garden on Sunday and scraped his L calf against a raised garden bed, right across the sore patch. Bled a bit, son dressed it.
No head injury, no LOC. INR check tomorrow.
Advised clinic as already booked 12/6.
"""),
("2019-06-12", "Home Therapies Clinic", """
77M CAPD. L calf lesion now 6 x 4cm ulcer with eschar + superficial graze from fall on 2/6 across it.
Bx from 29/05 (taken at the rim before the fall): calciphylaxis confirmed.
Warfarin - d/w cardiology, must continue for mech valve, target lower.
STS IP started.
"""),
]}

A11 = {"patient_id": "A11", "age": 52, "sex": "F", "notes": [
("2024-10-07", "Phone Triage", """
Pt on PD rang, sounds upset. Has a "horrible sore on my right bum cheek" for about a week, hurts to sit. No fall, nothing sat on, "it just came up".
Insulin goes in her tummy as always.
Plan: HV tomorrow.
"""),
("2024-10-08", "PD Home Visit", """
HV. R buttock, upper outer: 4cm purple firm plaque with black centre, lacy purple edge.
Pt has been holding a microwaved wheatie bag to it for pain since the day it started - advised to stop.
T2DM, Lantus + Humalog into abdomen. Wt 118 kg BMI 41.0. Never on warfarin.
Photo to Dr Nakamura.
"""),
("2024-10-15", "Home Therapies Clinic", """
52F, ESKD, CCPD.
R buttock lesion as described. Punch biopsy taken from the margin today.
Dressings: hydrocolloid, changed every 3 days by community RN.
Imp: probable calciphylaxis.
"""),
("2024-10-29", "Home Therapies Clinic", """
Bx: calciphylaxis. Lesion 5cm, thick eschar - sharp debridement at the bedside today by TVN, tolerated w/ analgesia.
STS started. Continue dressings. No heat to the area.
"""),
]}

A12 = {"patient_id": "A12", "age": 48, "sex": "M", "notes": [
("2025-03-11", "HHD Clinic", """
48M home HD 4 yrs (FSGS). Wants to move to PD - for PD catheter insertion with surgeons, date TBC.
Skin: new tender firm patch around the umbilicus, 2 wks, now with small dusky centre.
Not diabetic. Gets no SC injections whatsoever (heparin shots - no, insulin - no, EPO goes in on HD). No belts, no heat packs, no injury - pt firm on this.
Wt 96kg, BMI 30.4.
Plan: bx, hold off PD catheter.
"""),
("2025-03-25", "Phone Call", """
Spoke to pt with result: periumbilical skin bx shows calciphylaxis. PD catheter insertion postponed indefinitely - would mean cutting near the lesion.
Pt asks whether the tube would have caused it - explained he never had one.
"""),
("2025-04-22", "HHD Home Visit", """
HV. Periumbilical ulcer 3 x 2 cm, eschar lifting at edges. Dressed.
Still home HD. Catheter for PD will be reconsidered only once healed.
No warfarin. BMI 30.1.
"""),
]}

A13 = {"patient_id": "A13", "age": 70, "sex": "F", "notes": [
("2020-11-03", "PD Home Visit", """
HV - APD.
ES (R lower abdo): crusting, red 1cm around, yellow ooze, small area of skin breakdown at the sinus. Swab taken. Exit site infection - start oral cipro per protocol.
Also has a red mottled mark w/ a blister on her lower back where she sits against a hot water bottle - told her to stop it.
Both thighs: no skin changes.
T2DM on sitagliptin. Wt 69 kg BMI 28.5.
"""),
("2021-01-19", "Home Therapies Clinic", """
70F CCPD. New painful purple lacy patches w/ black centres on backs of both thighs, started ~New Year.
ES infection settled, granulating, staph aureus sens cipro. Back burn healed - was a simple partial thickness burn.
Thighs: pt denies injury, injections, heat.
Imp: ?calciphylaxis. Bx taken L post thigh.
"""),
("2021-02-02", "Home Therapies Clinic", """
Bx L thigh: calciphylaxis confirmed. The exit site problem was infection, not calciphylaxis; the back mark was a hot water bottle burn, also not calciphylaxis.
Plan STS IP, wound care thighs. Not on warfarin.
"""),
]}

A14 = {"patient_id": "A14", "age": 67, "sex": "M", "notes": [
("2022-05-09", "HHD Nurse Home Visit", """
HV. Home HD 5x/wk.
Both calves: dusky purple net pattern, L calf 2cm black eschar, R calf 3cm hard tender nodule. Since about a month ago per pt.
T2DM, insulin glargine into abdomen. No warfarin. Wt 96.5 kg, BMI 29.4.
Counselled: no heat packs / hottie bottles near legs; don't wear tight socks.
"""),
("2022-05-17", "Home Therapies Clinic", """
67M ESRD (DKD), home HD.
Bilat calf lesions as per nursing note. Bx R calf: calcific uraemic arteriolopathy.
No trauma to either leg - no falls, no knocks. Insulin only ever to abdomen, abdominal skin normal.
Compression stockings considered for oedema but NOT to be used given calciphylaxis risk.
"""),
("2022-06-14", "HHD Nurse Home Visit", """
HV. Calf ulcers: L stable, R eschar now.
Wt up to 99.2 kg (fluid?) BMI 30.2 - now meets obesity criteria, dietitian ref.
Reminded again: avoid leaning legs against the heater, avoid ice.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
