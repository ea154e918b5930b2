"""probe257 corpus notes, E08-E14 (remote-area Australian clinics, retrieval and regional dialysis; all invented)."""

E08 = {"patient_id": "E08", "age": 60, "sex": "F", "notes": [
("2019-07-15", "RAN Clinic Note", """
WANBIRRA CLINIC - RAN
60F, ESKD on PD (APD overnight, cycler), T2DM on linagliptin, HTN. No blood thinners.
Slipped on wet concrete by the laundry yesterday, came down hard on her L side.
O/E: L lateral thigh 12x9cm haematoma, tense, very tender. Hip ROM full, FWB, no bony
tenderness, no deformity. Skin not broken.
Mx: cold pack on the L thigh in clinic 20 min. Given 2 gel packs from the clinic freezer to
keep icing at home 20 min 3-4 x/day for 2 days. Paracetamol.
Obs: BP 146/80 HR 82. Wt 81kg; BMI 30.6.
PD: no issues, exit site clean.
"""),
("2019-08-20", "PD Outreach Nurse Review", """
PD OUTREACH - Wanbirra (renal nurse from Coolibah)
She iced the L thigh with the gel packs for about 3 days after the fall, as advised; bruise
went yellow and faded.
Since about 12 Aug: new hard, burning lump in the same spot, L lateral thigh. Pain
keeps her off the cycler some nights.
O/E: 6x5cm purple firm plaque, reticulate edge, 1 cm central eschar - sits inside the
footprint of the old haematoma. Other thigh (R) and abdo - nil. Exit site OK.
Bloods: Ca 2.61, phos 2.2, PTH 58.
Plan: rang renal physician - ?calciphylaxis; bx at Red Gum next Tues, PATS.
"""),
("2019-09-03", "Renal Physician Review", """
RENAL REVIEW - Red Gum Base Hospital outpatients
Incisional bx L lateral thigh 27/08/19: calciphylaxis: subcutaneous arteriolar calcification,
thrombus, fat necrosis.
Lesion developed about 4 wks after a fall haematoma at the same place (fall 14 July), which
had been iced.
Plan: IV STS - she'll need to come in to Coolibah 3 x wk for it (PD pt) vs intraperitoneal,
discuss with PD team; stop calcium carbonate; cinacalcet; wound care via clinic.
BMI 30.4. Not on insulin. Husband to drive her in for the first week; PATS
accommodation at the hostel booked.
"""),
]}

E09 = {"patient_id": "E09", "age": 52, "sex": "M", "notes": [
("2021-03-16", "RAN Diabetes Review", """
KARNKU CLINIC - RAN DIABETES CYCLE OF CARE
52M, T2DM (2006), ESKD on HD at Coolibah Crossing (Tue/Thu/Sat), HTN, obesity. No warfarin.
Insulin: Optisulin 30 units mane + NovoRapid 6-8u TDS with meals. Injects only into the
abdomen, moving round the belly button - checked sites, mild lipohypertrophy L of umbilicus.
Never uses thighs or arms, he says.
Feet: sensation reduced to monofilament both, no ulcers. Skin of legs intact.
HbA1c 8.1%. BP 140/84. Wt 118kg; BMI 37.0.
Plan: site rotation reinforced, needle 4 mm, podiatry next visit.
"""),
("2021-06-29", "Fly-in Renal Clinic", """
FLY-IN RENAL CLINIC - Karnku
Painful sores on both inner thighs since the end of the wet.
O/E: bilateral medial thighs - L 7x5cm and R 5x4cm necrotic plaques with retiform
purpura, exquisitely tender. Abdomen (insulin sites): soft, nil induration or purpura.
He has never put insulin into his thighs, he says; no knocks, heat packs or tight shorts either.
Punch bx R medial thigh done at Coolibah 22/06: calciphylaxis.
PTH 140, PO4 2.5.
Plan: STS with HD; cinacalcet; consider parathyroidectomy referral; wound care 3x/wk at the
renal unit.
"""),
("2021-08-10", "Wound Care Telehealth", """
WOUND TELEHEALTH - Red Gum wound CNC with RAN at Karnku
Calciphylaxis ulcers both medial thighs. L 6.5x4.5cm, R 4x3cm, eschar softening,
some granulation at edges.
Dressing: Prontosan soak, Acticoat, ABD pad, tubular bandage.
Insulin: keep injecting into the abdomen as usual; do NOT move injections to the thighs.
Pain 5/10 with current meds, sleeping a bit better.
Nutrition: alb 31, dietitian phone review booked; protein drink with HD.
BMI 36.4.
RAN to send photos each Tuesday via the telehealth app. Review 2/52. Pt's wife doing
shopping; he is getting to all 3 HD runs on the bus.
"""),
]}

E10 = {"patient_id": "E10", "age": 75, "sex": "F", "notes": [
("2020-05-12", "RAN Clinic Note", """
MARDU HILL CLINIC - RAN
75F, ESKD on HD (Coolibah, MWF). AF, anticoagulated (warfarin) - POC INR reads 2.4. Nondiabetic.
Presents re sore darkened skin on the R outer lower leg x 1/52, "like a burn inside".
No injury she knows of - denies knocks, falls, scratches.
O/E: R lateral calf 3x2cm dusky purple, firm, tender, mottled edge. Skin unbroken.
L leg clear. Pedal pulses present.
Obs: T 36.5 HR 76 irreg BP 132/70.
Wt 58kg; BMI 24.3.
Plan: photo to DMO, review 1/52, elevate at rest, paracetamol 1 g TDS.
"""),
("2020-05-26", "RAN Clinic Note", """
Mardu Hill - RAN review R leg
Since last week her granddaughter has been laying a heated wheat bag on the R leg sore to
ease the pain. Edge now blistered - superficial burn on top of the original patch.
O/E: R lateral calf 5x4cm, black centre, purple net at the margin, 2 small blisters at
the lateral edge.
Advised family: no more wheat bag or hot water on the leg.
D/w DMO -> ?calciphylaxis (ESKD, warfarin). Flying renal clinic Thursday.
"""),
("2020-06-09", "Renal Outreach Clinic", """
RENAL OUTREACH - Mardu Hill
Bx 28/05 (taken at Coolibah): calciphylaxis, R lateral calf.
The lesion started early May, before any heat was put on it; the wheat bag burn came after.
Ca 2.55, phos 2.1, PTH 67, alb 30.
Exam: R lateral calf ulcer 5x4.5cm, black eschar, purple reticulate margin.
Plan: STS on dialysis; swap warfarin for apixaban (d/w cardiology); surgical debridement of the eschar
at Red Gum next week; dressings by the clinic. Family re-educated: nothing hot on the leg.
"""),
("2020-07-07", "RAN Wound Care Note", """
Mardu Hill - RAN wound care
R lateral calf ulcer after sharp debridement (17/06): 5.5x4cm, granulation 60%, some
slough. Burn blisters healed.
Cleaned, Acticoat, Melolin, secured with Hypafix tape, light crepe.
Pain 3/10. Now on apixaban, warfarin stopped.
Obs: T 36.4, BP 126/68. Eating ok, mobile with stick around the house.
Daughter taught to look for strike-through on the dressing; will ring if it leaks.
Next dressing Friday after HD. Photo uploaded for the renal team.
INR no longer needed - point-of-care machine booking cancelled.
"""),
]}

E11 = {"patient_id": "E11", "age": 46, "sex": "M", "notes": [
("2024-03-28", "RAN Clinic Note", """
NGARLU ROCKHOLE CLINIC - RAN
46M, ESKD on HD (Coolibah, bus M/W/F), T2DM on Toujeo 40 units into the abdomen, HTN.
No anticoagulants.
Knocked his L shin on the troopy tailgate 3 days ago.
O/E: skin tear L anterior shin, 4cm flap, viable edges, minimal bleeding.
Mx: cleaned, flap repositioned, 3 Steri-strips, Mepitel + crepe. ADT up to date (2022).
Wt 97kg; BMI 29.8 (overweight).
BSL 9.6. BP 144/86.
Review 3 days, sooner if red, hot or smelly. Told to keep the leg up at dialysis.
"""),
("2024-05-14", "RAN Clinic Note", """
Ngarlu Rockhole - RAN
L shin skin tear healed, faint scar only.
New problem: R calf pain for 2 wks, now a mottled purple patch behind the R calf that
hurts to touch. Denies any knock, fall or bite to the R leg, no heat packs.
O/E: R posterior calf 6x4cm livedo, central plaque 2x2cm, dusky and indurated.
BP 150/90. BSL 12.4.
Plan: photos to renal. Bx at Coolibah next dialysis day. Paracetamol regular, keep the
leg elevated on the bus, review Friday with the AHP.
"""),
("2024-06-04", "Renal Physician Clinic", """
RENAL CLINIC - Coolibah Crossing
Bx R posterior calf (20/05/2024): calciphylaxis - calcified small vessels, thrombi.
Now ulcerated 3x2cm with eschar.
The L shin tear from March was on the other leg and has healed; no injury to the R.
PTH 121, PO4 2.3, Ca 2.52. HbA1c 7.8%.
Plan: STS during HD; cinacalcet; review his binder; pain plan (hydromorphone low dose);
dressings by unit staff after each run. Photos each week to the renal CNC. Pt asks about going out bush
for a week in July - ok if he keeps his HD days; dressing packs to take.
BMI 29.5.
"""),
]}

E12 = {"patient_id": "E12", "age": 57, "sex": "F", "notes": [
("2022-09-13", "PD Clinic Review", """
PD CLINIC - Coolibah Crossing (visiting from Burramine)
57F, ESKD (IgA nephropathy), CAPD since 2020. Not diabetic - HbA1c 5.4%. Warfarin - never.
Morbidly obese (BMI 44.0).
C/o sore, hard patches beneath both breasts for about 3 weeks.
Denies hot packs, creams rubbed in, injections or any knocks there. Doesn't wear a bra -
loose singlets only.
O/E: inframammary skin both sides - L 5x3cm, R 4x3cm indurated violaceous plaques
with livedo; no maceration, no candida.
Ca 2.70 / phos 2.3 / PTH 88.
Plan: derm outreach for bx, ?calciphylaxis. Keep the area dry.
"""),
("2022-09-28", "Dermatology Outreach", """
DERMATOLOGY OUTREACH - Coolibah
Bilateral inframammary plaques (L > R), now with early necrosis.
Deep incisional bx L inframammary fold today.
Histo (phoned same afternoon, urgent): small subcut arteries calcified and thrombosed ->
calciphylaxis confirmed.
Counselled: nothing hot on the chest (no heat packs, no hottie); no rubbing; no injections there.
Plan: STS - renal team to choose IP or IV route; analgesia, dressings. Soft cotton layer
under the breasts, change when damp. Photos for the chart. Review 4/52 via telederm with the
Burramine RAN.
"""),
("2022-10-25", "RAN Home Visit", """
Burramine - RAN home visit
Breast wounds: R 3x2cm granulating at the edge; L 5x3.5cm still with eschar. Dressed with
Inadine + soft silicone foam, washed gently.
Biopsy site L healed.
Pain 4/10. Exchanges 4x/day, effluent clear, exit site clean.
Obs: T 36.8 HR 86 BP 130/76.
Wt 121kg; BMI 43.6.
Sister staying to help with the bags. Next visit 2/52, dressing supplies left for 3 changes.
IP STS started by the PD team last week, tolerating, some abdominal cramps.
Bloods sent: Ca 2.5, PO4 1.9.
"""),
]}

E13 = {"patient_id": "E13", "age": 64, "sex": "F", "notes": [
("2024-08-06", "Fly-in Renal Clinic", """
FLY-IN RENAL CLINIC - Wirrinya Creek
64F, ESKD on HD since 2014 (Coolibah), T2DM on insulin, HTN. Not on anticoagulants.
Past: calciphylaxis 2016, abdominal insulin injection sites - healed by mid-2017 after
STS and a parathyroidectomy. Since then she injects only into the upper arms.
New: R calf painful 2/52, mottled, small sore centrally.
No knock, fall, heat or bite to either leg, she says.
O/E: livedo 5x4cm R posterior calf, 1.5cm central ulcer. Abdomen: old pale scars
only, no active lesion. Arms clear.
BMI 32.2.
Plan: ?recurrent calciphylaxis - bx via derm next wk.
"""),
("2024-08-14", "Dermatology Outreach", """
DERMATOLOGY - Coolibah Crossing outreach clinic
Bx R calf (deep incisional, today): frozen not avail; formal histo to follow.
Clinical: R posterior lower leg ulcer with retiform purpura, typical of calciphylaxis.
Other skin: old atrophic scars lower abdomen (2016 episode), quiet. Upper arms normal.
Addendum 19/08/24: histo confirms calciphylaxis - recurrence, R calf.
Plan: STS with each HD, cinacalcet restart, review binders with the renal pharmacist, wound
care by unit nurses, analgesia per renal. Telederm review 6 wks.
Letter to the Wirrinya Creek clinic and GP.
"""),
("2024-09-17", "RAN Wound Care Note", """
Wirrinya Creek - RAN
R calf calciphylaxis ulcer now 2.5x2cm, slough 40%, edges less purple.
Dressing: cleanse, Inadine, foam, crepe - changed Mon/Wed/Fri after HD.
Insulin still into the upper arms - sites look fine.
Obs: T 36.6 HR 80 BP 140/78. BGL 10.1.
Pain 3/10, sleeping through most nights. Eating ok.
BMI 31.9.
Next RAN wound check Friday. Renal outreach due October.
Husband does the driving to the bus stop; reminded him to call if fever or a new sore.
Photos sent to the Coolibah wound CNC.
"""),
]}

E14 = {"patient_id": "E14", "age": 59, "sex": "M", "notes": [
("2023-11-07", "RAN Clinic Note", """
TJINTA SPRINGS CLINIC - RAN
59M, ESKD on HD at Coolibah (MWF), HTN, gout. Not diabetic. No warfarin.
Stepped on coals from the campfire 2 days ago, barefoot. Burn to the R dorsum of foot,
partial thickness, 4x3cm, blistered.
Mx: blisters left intact, cleaned, Acticoat + gauze. Tetanus up to date.
Wt 84 kg. BP 138/82. Afebrile.
Pain 6/10, paracetamol given.
Review 2 days. Told to keep the foot clean and dry, wear thongs around camp, no swimming
at the waterhole till healed.
"""),
("2023-12-12", "Fly-in Renal Clinic", """
FLY-IN RENAL CLINIC - Tjinta Springs
Pt with ESKD on HD, no diabetes. Painful dark patches L flank x 3 wks.
His brother, also on HD at Coolibah, had calciphylaxis that started at his insulin
injection sites - pt worried he has "the same thing". Pt has no injections at all.
O/E: L flank 2 plaques, 4x3 and 3x2cm, violaceous, indurated, livedo around; one has a
small eschar. R foot burn healing well, pink, no necrosis.
PTH 102, PO4 2.4.
Plan: ?calciphylaxis - bx at derm outreach; STS to start meantime.
"""),
("2024-01-09", "Dermatology Outreach", """
DERMATOLOGY OUTREACH - Coolibah
L flank plaques: incisional bx 20/12/2023 -> calciphylaxis.
R dorsal foot burn (Nov) re-epithelialised - healing normally, not calciphylaxis.
Exam: L flank - 2 ulcers with eschar, purpuric rim. Nothing new elsewhere.
Plan: STS to continue, cinacalcet; wound care L flank (Inadine, foam) by the renal unit;
analgesia. Reassured him about his brother's story - explained it is not catching.
PO4 2.2 today, improving. Dietitian phone call re phosphate in takeaway food.
Telederm review in 6 weeks with photos from the unit.
Wt 82.5 kg.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
