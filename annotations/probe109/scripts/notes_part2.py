"""probe109 corpus notes, P08-P14 (palliative care and hospice; all invented)."""

P08 = {"patient_id": "P08", "age": 69, "sex": "M", "notes": [
("2026-01-16", "Hospice RN Visit", """
Hospice RN visit - routine
69M, ESRD on CCPD (cycler overnight), IDDM (Lantus + Humalog), AF - warfarin (POC INR today 3.1); morbidly obese.
S: "got a nasty bruise on my right leg that's killing me." Started 1/12/26. He bumped the R thigh hard on the arm of the bedside commode on 12/30/25, it was bruised after that.
Also: that outer R thigh is where he gives all his insulin, has used only that thigh since 2017 ("left one's too tender from the old knee surgery").
O: R lateral thigh 8x6 cm violaceous, woody plaque, 2 cm black centre, livedo around it.
A/P: called hospice MD - derm bx arranged (pt agrees), insulin to abdomen for now.
"""),
("2026-01-22", "Dermatology Note", """
Dermatology - outpatient
Bx R lateral thigh 1/19: calcified small arterioles in subcut fat w/ thrombosis. Dx: calciphylaxis.
Site = both his long-term insulin injection area and where he struck the commode in late December; we think both contributed.
BMI 41.3. Warfarin ongoing - recommend discussing with hospice MD given goals.
"""),
("2026-02-05", "Family Meeting Note", """
Family meeting (hospice)
Pt, wife Oksana, son Yaroslav.
Pt: "If it won't heal I'd rather be comfortable than keep poking at it."
Agreed: no further bx, no debridement, warfarin to stop (pt + cardiology ok), keep PD for breathlessness/fluid while it helps.
Oksana asked about diet - liberalized.
"""),
]}

P09 = {"patient_id": "P09", "age": 58, "sex": "F", "notes": [
("2018-03-06", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT
58F w/ end-stage renal failure, hemodialysis x 6 yrs, insulin-requiring diabetes (glargine to abdomen), PAD s/p L BKA.
Consulted for pain from a necrotic ulcer, R shoulder posteriorly, started about 2 weeks ago.
Heat: uses a heating pad, L shoulder, for bursitis most afternoons since last fall. Nothing warm or cold ever on the R side per pt and husband, and no falls, no shots in that arm.
Exam: R posterior shoulder 5x4 cm black eschar, retiform purple border. L shoulder skin normal, no mottling.
Weight 90kg, BMI 34.0.
"""),
("2018-03-14", "Dermatology Consult", """
Dermatology clinic
Seen w/ husband. R posterior shoulder punch bx (3/8): medial calcinosis of small arterioles, thrombosis, surrounding necrosis = calciphylaxis.
Inspected L shoulder where the heating pad goes: skin intact, no livedo, no induration, nothing to biopsy.
Recs: thiosulfate w/ dialysis, wound care per hospice, keep pad on low.
"""),
("2018-04-02", "Hospice RN Visit", """
Hospice RN visit
Husband Ferenc: "she asks for the heating pad for the left one still, is that ok?" Told ok if on low and skin checked, R shoulder is the sore one and never had heat.
R shoulder wound: eschar lifting at edges, moderate exudate, alginate + foam.
Wt 85 kg, BMI 32.2.
"""),
]}

P10 = {"patient_id": "P10", "age": 80, "sex": "M", "notes": [
("2019-06-12", "Palliative Clinic Note", """
Pall clinic
80M. ESRD, dialyses Tue-Thu-Sat. Glipizide for his sugar (T2), AF (warfarin).
Biopsy-proven calciphylaxis, L calf (outside derm, bx 6/7). Ulcer began 6/3/2019 as a painful hard spot.
Specifically asked - denies any knock, fall, scratch, injection, or heat/cold to that leg prior to the ulcer.
Exam: posterolateral L calf 3 cm ulcer, black base, lacy violaceous surround.
BMI 23.1.
"""),
("2019-06-24", "Hospice RN Visit", """
Hospice RN
Pt scraped L calf on the wheelchair footplate 4 days ago getting into the van for dialysis - small skin tear an inch under the ulcer. Steri-strips, padded footplate.
Ulcer itself slightly bigger, 3.5 cm.
"""),
("2019-07-08", "Goals of Care Conversation", """
GOC
Pt + daughter Wilhelmina. He wants to keep HD "while I can still walk in there, more or less."
Wilhelmina: "Dad, you're not on your own two feet now." Laughed.
Agreed: continue HD, DNR, hospice for symptom support. Warfarin stopped today.
"""),
]}

P11 = {"patient_id": "P11", "age": 67, "sex": "F", "notes": [
("2020-09-21", "Palliative Care Consult", """
Palliative care consult
67F, ESRD on hemodialysis via R IJ permcath, no diabetes, no anticoagulants. Wt loss 30 kg over 2 yrs, now BMI 29.9 (overweight, no longer obese).
Painful sore, lower pannus, since Labor Day. Biopsy 9/18 by derm -> calciphylaxis.
No injections into the abdomen ever, no binder, never a heating pad, clothes loose - wears loose housedresses.
Exam: lower central pannus 6x5 cm black eschar, netlike purple rim.
"""),
("2020-10-05", "Hospice RN Visit", """
Hospice nurse visit
Daughter applying warm damp washcloths to the belly wound since it started "to soften the scab". Advised to stop.
Wound: biopsy site at upper edge healing. Hydrocolloid removed - tape tore skin at the margins; changed to silicone-bordered foam.
"""),
("2020-10-26", "Wound/Palliative Note", """
At bedside, sharp removal of loosened slough off the pannus eschar, minimal bleeding, tolerated with premed.
Pt: "I just want to be able to sit up without it pulling."
Plan: continue palliative wound care.
"""),
]}

P12 = {"patient_id": "P12", "age": 72, "sex": "M", "notes": [
("2021-11-30", "Palliative Care Consult", """
Inpatient palliative consult, 6 West
72M. ESRD - HD MWF via L arm fistula. No DM (A1c 5.2). Previously on warfarin for a PE, switched to apixaban in 2019. Obese, BMI 31.5.
Reason: pain + GOC. Bilat anterior thigh necrotic plaques; about 6 weeks ago they started as "hard red lumps, like marbles under the skin."
Pt firmly says no injections ever went into the thighs (only ever had his flu jabs in the arm), denies heating pads, ice, falls, tight belts or braces. Wife confirms.
Exam: both anterior thighs - multiple black plaques 2-5 cm, surrounding livedo racemosa, exquisitely tender.
Plan: derm bx, hydromorphone prn, bowel regimen.
"""),
("2021-12-07", "Dermatology Consult", """
Dermatology inpatient consult
Bx R anterior thigh 12/3 - subcutaneous arteriolar calcification, thrombosis, lobular necrosis of fat: calciphylaxis.
No local trigger identified despite careful hx.
Recs: if SC heparin ends up needed during admission, keep it well away from the thighs. Sodium thiosulfate w/ HD - renal aware.
"""),
("2021-12-21", "Hospice RN Visit", """
Hospice RN home visit
Wife Margit asked whether a heating pad on his legs would ease the pain at night - advised NOT to, explained why.
Thighs: eschars dry; larger R one has a boggy edge.
Plan per hospice MD: possible bedside debridement of the larger R thigh eschar next wk if pain allows.
Pt: "Let me think about it. I hate being poked."
"""),
("2022-01-11", "Hospice RN Visit", """
Hospice RN routine visit
Thighs unchanged, no new plaques. Debridement deferred - pt declined, comfort first.
Pain 4/10 w/ current meds, sleeping better. Still attending HD 3x/wk, tolerating.
Margit: "he's grumpy, which means he's feeling better."
BMI not rechecked (bedbound, no scale).
"""),
]}

P13 = {"patient_id": "P13", "age": 76, "sex": "F", "notes": [
("2023-01-09", "Hospice RN Visit", """
Hospice RN visit - skin check
76F, kidney failure on HD, IDDM (NPH, she injects into both thighs herself), morbid obesity, BMI 38.7. Never on blood thinners.
1) L breast, inferior fold: known calciphylaxis plaque 4x3 cm, dry black eschar, stable.
2) R forearm: intact tense blister 3 cm w/ red rim - dozed off lying on the heating pad 1/6.
3) L shin: flap-type skin tear from slipping off the edge of the bed 1/2, steri-stripped by son.
Thighs: skin intact at the insulin sites, no lumps.
Heating pad removed from home with her permission.
"""),
("2023-01-17", "Palliative MD Note", """
Palliative MD home visit
Breast lesion: calciphylaxis proven on punch bx in December, before hospice; she dates it to early Dec. No trauma ever to the breast - "no bra for ten years now, honey."
Forearm = superficial 2nd degree thermal burn, not calciphylaxis; looks like a burn, behaving like one.
Shin = simple skin tear, edges approximating, not calciphylaxis.
Symptoms: pain controlled (oxycodone 2.5 q4 prn, using 2/day), appetite poor. Wants to keep HD until her sister visits in Feb.
"""),
("2023-02-07", "Hospice RN Visit", """
RN visit
Forearm blister healed, pink new skin. Shin tear closed. Breast plaque unchanged, no drainage, foam dressing.
Sister arrived Sat. Pt says she'll tell renal this week she wants to stop dialysis.
"""),
]}

P14 = {"patient_id": "P14", "age": 61, "sex": "M", "notes": [
("2024-02-12", "Palliative Care Consult", """
Palliative care consult - inpatient
61M, ESRD on HD (TTS), T2DM, takes insulin glargine into his belly, BMI 27.8. No anticoagulants, never on warfarin.
Severe penile pain; a black area appeared on the glans 2 weeks ago, and has spread onto the distal shaft. Never catheterised, no instrumentation, no injury.
Urology consulted.
Risk talk w/ pt + partner: he should never use a heating pad or ice on that area, and keep rotating his insulin sites around the abdomen.
Pt: "I'm scared they'll want to cut it off."
"""),
("2024-02-20", "Urology Consult", """
Urology
Exam: dry gangrene of the glans, violaceous mottling of distal shaft. Doppler: calcified penile arteries.
Impression: penile calciphylaxis - clinical diagnosis; bx not needed and would not change management.
Discussed: surgery not recommended given goals; pain control + local care.
"""),
("2024-03-05", "Hospice RN Visit", """
Hospice RN home visit
Penile eschar stable, dry; petroleum gauze. Voiding on his own.
Partner Dario: "He's less on edge since the nerve block thing."
Insulin now only at supper, sugars 140s.
"""),
]}

PATIENTS = [P08, P09, P10, P11, P12, P13, P14]
