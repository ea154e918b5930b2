"""probe115 corpus notes, L01-L07 (long-term care and nursing homes; all invented)."""

L01 = {"patient_id": "L01", "age": 74, "sex": "F", "notes": [
("2021-02-10", "Weekly Wound Rounds", """
WOUND ROUNDS - Cedar Ridge Nursing & Rehab, 2 North
Res seen w/ wound RN + charge nurse. 74F, ESRD, gets HD Tu/Th/Sa at Brookfield Dialysis. DM2 - on glargine qHS + lispro sliding scale.
Site #1 L lateral thigh: 4.6x2.9cm; eschar (blk) mid-wound approx 1.4cm; dusky violet border that is very hard to palpation. No drainage, no odor. Res rates pain 9/10, cries out when linen touches it. Per res it began 3 weeks ago - "like a dried bean stuck in there".
Per MAR review all of her insulin has been going into the L lateral thigh - res refuses belly and arms ("it tickles"), and staff have used that thigh exclusively since 09/2020.
Weighed 91.2 this wk, BMI 33.4.
Plan: notify attending, hold thigh for insulin, foam border dsg, pain mgmt review.
"""),
("2021-02-16", "Attending Physician Note", """
Asked to see re: painful thigh wound. Hx as per wound team. No warfarin, never on it. Labs last mo: Ca 9.6 | PO4 7.1 | iPTH 610.
Exam: L lateral thigh - indurated violaceous plaque w/ central necrosis, livedo-like net at margins. Exactly over the zone where nursing has been giving SC insulin since Sept 2020.
A/P: picture fits calciphylaxis arising in her insulin field, pending path. Punch bx done at bedside today, lateral edge of plaque. Will d/w nephrology re thiosulfate. Insulin to be given in R upper arm going fwd (staff to document site each dose).
"""),
("2021-03-04", "Dermatology Consult (telehealth)", """
Derm e-consult reply. Path from 2/16 reviewed: subcut arterioles w/ mural calcium (von Kossa +), clot in lumens, lobular fat necrosis. Diagnosis: calciphylaxis, L lateral thigh, arising in her only insulin injection site. Agree w/ sodium thiosulfate at HD, stop calcium based binder, leave eschar alone, moist-free wound care for now.
Nursing wt this week 89.4 kg, BMI now 32.8.
"""),
]}

L02 = {"patient_id": "L02", "age": 79, "sex": "M", "notes": [
("2023-01-09", "CNA Observation", """
Care aide note 0630. While doing am care noticed Mr D has 2 dark purplish hard spots on his low back, L and R of the spine, bigger one on the R. He said "leave them alone theyre sore" and said they came up around New Years. He sits in his recliner every evening with his own plug in heating pad behind him, wife brought it in at Thanksgiving and he has used it every nite since. Told nurse Rosa. Pad unplugged and put in closet.
"""),
("2023-01-12", "Family Phone Call", """
Spoke with wife (Margit) by phone re: skin on back. She reports he "always ran cold" and she bought the heating pad for him Thanksgiving Day, set it on medium. She asked if it burned him. Explained NP is evaluating, may need biopsy. She confirms he is on Coumadin for his heart valve for years and does his PD overnight on the cycler, no sugar diabetes. Wife agreeable to plan. Will call back w/ results.
"""),
("2023-01-25", "Nurse Practitioner Progress Note", """
SUBJ: f/u low back lesions. Pt on CCPD, warfarin (mech AVR), no DM. 
OBJ: Wt 80.1 kg, BMI 27.2. Bilateral paraspinal low back: R 5.2x4.1, L 3x2.4 (cm), both stellate purpura with black eschar, indurated. Located where the heating pad sat in his chair.
Path (bx 1/13, R lesion): medial calcification of arterioles, thrombosis, consistent with calciphylaxis.
ASSESS: calciphylaxis (bx proven), low back bilat, heating pad contact zone, onset ~1/1/23.
PLAN: no heat devices (care plan updated), renal asked re: coumadin -> apixaban swap, STS per renal, wound RN weekly.
"""),
]}

L03 = {"patient_id": "L03", "age": 70, "sex": "F", "notes": [
("2024-03-20", "MDS Skin Assessment (Section M)", """
Quarterly MDS - Sec M skin conditions
M0100 risk: yes - formal assessment (Braden 15), clinical judgement.
M1040 other: RLE, posterior-lateral R calf - open lesion 3 cm x 2 cm w/ black base, surrounding mottled purple skin, not a pressure injury per wound RN. Began in March 2024.
Note: res has indwelling urinary cath since mid Jan, leg bag held on R calf by velcro strap; CNA reports strap "always leaves a deep red line" and was worn snug to stop bag slipping. Strap was over that exact spot.
Dx: ESRD on HD, DM2 (glipizide - no insulin). Height 160, weight 76.8 -> BMI 30.0.
"""),
("2024-04-02", "Nephrology Quarterly Note", """
Renal rounds at facility. 70yo lady, in-ctr HD four yrs via L AVF. Non insulin dependent diabetic. Not anticoagulated.
Wound R lower leg painful, necrotic, where the leg bag strap went since January. Ca x P elevated, PTH 890. High suspicion calcific uremic arteriolopathy. Bx requested. Changed binder to sevelamer, will start STS at HD if bx +.
"""),
("2024-04-15", "Weekly Wound Rounds", """
R calf (strap site) wound 3.4 x 2.2 cm, 80% eschar. Path result back: calciphylaxis confirmed. Leg bag now secured to the thigh with a loose sleeve, no strap on either calf. Obese per dietary note (BMI 30.0 stable). Continue santyl? - no, wound MD prefers dry eschar left intact. f/u next wk.
"""),
]}

L04 = {"patient_id": "L04", "age": 66, "sex": "M", "notes": [
("2019-10-01", "Physician Quarterly Visit", """
Quarterly H&P - Maplewood Care Center
66M long stay. ESRD, dialyzes MWF. DM2 requiring insulin (detemir, nursing injects in the upper arms). No warfarin. Morbid obesity, BMI 36.0.
Surg hx: open ventral hernia repair 06/04/2019 at St. Anselm, lower midline incision, healed by July.
New: since late summer staff have noted painful dark areas along the hernia scar. Today - two firm purple-black plaques on the lower abdomen, sitting right on the healed incision line, exquisitely tender. 
Impression: r/o calciphylaxis; ddx ischemic scar breakdown. Refer derm, CBC/CMP/PTH.
"""),
("2019-10-08", "Weekly Wound Rounds", """
Abd incision area: 2 lesions (2.5x2, 4x1.6 cm), dry blk eschar, violaceous halo, no tunneling, no purulence. Res says "the cut from my rupture surgery turned bad end of summer". Dsg: dry gauze, change qod. Pain premed 30 min before dsg chg.
"""),
("2019-10-30", "Dermatology Telehealth Note", """
Pt seen via tele w/ floor nurse presenting. Bx results (10/14): subcutaneous arteriolar calcification, intimal hyperplasia, thrombus. = calciphylaxis. Lesions arise within the hernia repair scar of June, a likely Koebner-type trigger. Upper arm insulin sites clear. Plan STS 3x/wk at dialysis, minimize surgical manipulation, no sharp debridement.
"""),
]}

L05 = {"patient_id": "L05", "age": 88, "sex": "F", "notes": [
("2025-10-03", "Fall Incident Note", """
Post-fall huddle. 10/02/2025 @2340 res on floor next to bed, states she "slid off reaching for the commode" - came down onto L side. Neuro checks WNL. Skin: 8 x 6 cm bruise over L lateral hip, no open area, no deformity, ROM intact. On warfarin (a-fib), INR 2.6 today - MD aware. Low bed + floor mat placed. POA (son) notified.
"""),
("2025-10-21", "Weekly Wound Rounds", """
L hip - centered in the fading fall bruise there is now a 3 x 3 cm firm retiform purple patch with a grey-black center, first seen by CNA on 10/20 at evening care. Extreemly painful, res screams w/ repositioning. Not consistent w/ simple hematoma per wound nurse.
PMH: ESRD, CAPD x4 exchanges/day, AF on warfarin. No diabetes.
Wt 58 kg, BMI 24.0.
"""),
("2025-11-05", "Attending Progress Note", """
F/u L hip lesion. Bx 10/24 shows calciphylaxis (calcium deposition in small subcut vessels, thrombi). So this is calciphylaxis developing at the site of her 10/2 fall contusion. D/w son over phone. Hold warfarin - cardiology ok'd switch to apixaban. STS via PD team. Pressure relief to L hip, turn q2h avoiding L side.
"""),
]}

L06 = {"patient_id": "L06", "age": 71, "sex": "M", "notes": [
("2020-11-13", "Admission Nursing Assessment", """
Admitted from Mercy General 11/12 after ORIF R hip fx. ESRD - HD MWF via R chest permcath. No DM. Not on coumadin. Obese, wt 128 kg, BMI 41.0.
DVT prophylaxis = SQ heparin 5,000u every 8 hrs, begun 11/12/2020 on admission, nurses to alternate R and L lower abdomen.
Skin: R hip surgical incision w/ staples, clean/dry. Abd skin intact. Coccyx intact.
"""),
("2020-12-14", "Skin Check / Wound Note", """
Both sides of lower abd - multiple hard, dusky lesions where heparin shots given. Largest L lower quadrant 3 x 2 cm w/ black center; R lower quadrant 2 x 2 cm purple, mottled. Pt says they showed up 10 days ago and "burn like a hot coal sitting on my gut". MD paged. Heparin held pending review.
"""),
("2020-12-18", "Family Phone Call", """
Daughter Kendra called asking about the "black spots on dads stomach". Explained the doctor thinks they might be from the blood clot shots and a sample of skin was taken 12/16. She asked if its infection - told no fever, will discuss with her when path back. She voiced understanding.
"""),
("2021-01-06", "Physician Quarterly Note", """
Quarterly review. Biopsy (12/16, L lower abd): calciphylaxis. Lesions on both L and R lower abdomen confined to the SC heparin injection fields, onset early Dec. Heparin stopped 12/14, switched to mechanical ppx, now ambulating w/ PT. BMI 41.0, no DM, HD continues. STS started at HD. Dilaudid 0.5 mg PRN covering pain.
"""),
]}

L07 = {"patient_id": "L07", "age": 83, "sex": "F", "notes": [
("2022-03-02", "CNA Observation", """
Care aide: Mrs Halvorsen wanted me to check her right knee, she has a black scab on the front of it with a purple hard ring and she says it is awful sore. She says it came in February. She puts the blue ice pack from the kitchen freezer on that knee every day for her arthritis, has done since Christmas, she says "at least 2-3 times a day". Reported to LPN.
"""),
("2022-03-09", "Primary Care Visit (facility)", """
83F, dialysis TTS, DM2 (aspart + glargine). BMI 29.9 (overwt, not obese). Warfarin in the past for DVT, stopped 2018.
R anterior knee: 2.5 cm necrotic eschar w/ violaceous indurated border + livedo. Hx of daily ice packs to R knee since Dec 25 for OA pain. Lesion onset February per pt.
Imp: likely calciphylaxis vs cold injury. Ice packs d/c'd. Derm referral.
"""),
("2022-03-30", "Dermatology Consult", """
Seen in derm clinic (pt transported by wheelchair van). Classic findings of calciphylaxis on the R knee: retiform purpura, central necrosis, woody induration, extreme pain, HD pt. Calciphylaxis - clinical dx, bx held off b/c poor healing on the knee and pt preference. Cold packs in the weeks before onset likely triggered it at that spot. STS recommended.
"""),
]}

PATIENTS = [L01, L02, L03, L04, L05, L06, L07]
