"""probe121 corpus notes, E08-E14 (internal medicine residency continuity clinic; all invented)."""

E08 = {"patient_id": "E08", "age": 60, "sex": "M", "notes": [
("2024-01-15", "Continuity Clinic Progress Note", """
PGY1 note - H. Stavros-Lin, MD
CC: "got a sore where my belt goes"

S: 60M, ESRD (dialysis Tues-Thurs-Sat). Diabetic (type 2), uses insulin since 03/2016 (Lantus 40 + Humalog w/ meals, always sticks it low on his belly, "just under my navel, that's where the padding is"), HTN, obesity. Works at a parts warehouse since May 2023, wears a heavy leather tool belt buckled tight over the same area for 10 h shifts. Noticed a painful lump along the belt line on New Year's Eve that has since turned dark. Wife thinks it's "an infected shot spot".

O: Wt 121 kg, BMI 38.5. T 37.1.
Abd: infraumbilical, on the belt line + amid his insulin sites: 5x4cm indurated plaque, dusky violaceous w/ stellate black center, livedoid rim. Extremely tender. No fluctuance.

A/P:
#Necrotic infraumbilical plaque - where he both injects insulin and wears a tight belt. DDx calciphylaxis vs abscess vs necrotizing infection - pt afebrile, nothing crepitant, WBC 8.1
- stat derm bx, US soft tissue
- no belt, move insulin to thighs
- note to employer
Attestation: I saw and examined him. Agree. - T. Mensah-Kurtz, MD
"""),
("2024-01-29", "Continuity Clinic Progress Note", """
PGY1 f/u - H. Stavros-Lin
S: Out of work on FMLA. Wearing suspenders. US 1/16: no abscess. Bx 1/19 lower abdomen: vascular calcification of subcutaneous arterioles w/ occlusive thrombi, von Kossa +. -> calciphylaxis.
O: BMI 38.5. Lesion 5.5 x 4 cm.
A/P: Calciphylaxis lower abd, in the area of his years-long insulin shots, which was also under constant belt pressure.
- STS at HD started 1/25
- insulin to thighs only
Attestation: agree. - T. Mensah-Kurtz, MD
"""),
("2024-03-11", "Continuity Clinic Progress Note", """
PGY1 - H. Stavros-Lin
S: back at light duty, no belt. Pain 3/10.
O: Wt 119 kg, BMI 37.9. Abd ulcer 3 x 2 cm, granulating.
A/P: Calciphylaxis improving. DM2 on insulin (thighs), A1c 8.4. Obesity - referred to wt mgmt. No warfarin.
Attestation: agree. - T. Mensah-Kurtz, MD
"""),
]}

E09 = {"patient_id": "E09", "age": 64, "sex": "F", "notes": [
("2018-09-17", "Continuity Clinic Progress Note", """
PGY3 note - L. Marchetti
S: 64F. ESRD, peritoneal dialysis from 2016. DM2 - on insulin. morbid obesity, DVT 2017 on warfarin. Pt c/o exquisitely painful purple area on the inside of her L thigh for about a month (since mid-Aug). NPH goes in the R thigh, nowhere else: "I always do my right leg, I can't reach the left well with my belly in the way." Denies falling, heat, ice packs, or snug clothing.

O: 112 kg, BMI 41.3.
L medial thigh: 8x5cm indurated plaque, violaceous retiform border, 2 small eschars. R thigh: lots of needle marks + lipohypertrophy; skin otherwise unremarkable.

A/P:
#L medial thigh plaque - r/o calciphylaxis (PD, warfarin, obesity, DM)
- derm bx
Attestation: agree w/ resident. - I. Varga, MD
"""),
("2018-10-08", "Continuity Clinic Progress Note", """
PGY3 - L. Marchetti
S: derm bx 9/24 L thigh: calciphylaxis (calcified arterioles, thrombosis). Also hospitalized 9/28-10/3 w/ PD peritonitis; PD cath removed, tunneled HD line placed R IJ, now on in-center HD MWF.
O: BMI 41.0. L thigh lesion w/ larger eschar.
A/P:
#Calciphylaxis (bx-proven) - L medial thigh. No trauma to that thigh - her insulin goes only into the right.
- STS w/ HD
- warfarin: stopped, DVT >1 yr ago, apixaban not started
Attestation: agree. - I. Varga, MD
"""),
("2019-01-14", "Continuity Clinic Progress Note", """
PGY3 - L. Marchetti
S: Now HD MWF via new L AVF. L thigh wound healing slowly. Still NPH into R thigh.
O: BMI 40.7. L thigh ulcer 4 x 2 cm. R thigh clear.
A/P: Calciphylaxis L thigh, improving on STS. ESRD now on HD (was PD). Obesity class III.
Attestation: agree. - I. Varga, MD
"""),
]}

E10 = {"patient_id": "E10", "age": 69, "sex": "M", "notes": [
("2020-08-24", "Continuity Clinic Progress Note", """
PGY2 note - C. Ferreira-Banks
S: 69M. ESRD/HD MWF. Afib - warfarin (CHADS-VASc 4), no DM. Painful spot R outer thigh since beginning of August, "like a deep bruise I never got." Denies any bump, fall, injection, heat or ice to that area. Does not wear a belt or holster.

O: BMI 26.1. R lateral thigh: 5x4cm violaceous livedoid plaque, central dusky area, woody. L thigh nl.

A/P:
#R lateral thigh painful plaque - ?calciphylaxis vs warfarin necrosis vs hematoma on AC
- derm bx
Attestation: agree. - P. Lindqvist, MD
"""),
("2020-09-21", "Continuity Clinic Progress Note", """
PGY2 - C. Ferreira-Banks
S: Bx 8/31: calciphylaxis. Last Tuesday tripped over the neighbor's dog and fell onto his right side, "right on the sore, it bled like crazy."
O: BMI 26.1. R lateral thigh now 6 x 5 cm w/ black eschar and superficial abrasion + ecchymosis over it from the fall.
A/P: Calciphylaxis R thigh - the fall came weeks after this lesion had already appeared, no earlier trauma.
- STS per nephro, warfarin -> apixaban discussion w/ cards
- fall risk: PT home safety eval
Attestation: agree. - P. Lindqvist, MD
"""),
("2020-11-02", "Continuity Clinic Progress Note", """
PGY2 - C. Ferreira-Banks
S: Wound slowly better. Switched warfarin to apixaban 10/5.
O: BMI 25.8. R thigh 4x3cm ulcer granulating.
A/P: calciphylaxis R lateral thigh - improving. ESRD on HD. No DM.
Attestation: agree. - P. Lindqvist, MD
"""),
]}

E11 = {"patient_id": "E11", "age": 52, "sex": "F", "notes": [
("2023-03-06", "Continuity Clinic Progress Note", """
PGY1 note - B. Nakashima-Doyle
S: 52F ESRD on PD (APD), DM2 managed w/ diet alone (HbA1c 6.6), insulin never, obesity. New sore, very painful, L calf, x ~6 wks (early/mid Jan). Can't recall any injury there; heat, ice and compression stockings all denied.

O: Wt 129 kg, BMI 45.0.
L posterolateral calf: 3x3cm ulcer, black eschar, and purpuric rim, indurated. R leg nl.
A/P: L calf ulcer - calciphylaxis vs venous ulcer vs arterial
- ABI, derm bx
Attestation: agree. - K. Mensah, MD
"""),
("2023-03-27", "Continuity Clinic Progress Note", """
PGY1 - B. Nakashima-Doyle
S: Bx 3/14 at the L calf ulcer edge -> calciphylaxis. Since the bx she's been holding a cold pack against the sore for pain, and the dressing tape keeps peeling the skin around it. Wound clinic did sharp debridement 3/20.
O: BMI 45.0. L calf 4x3cm, post-debridement, tape stripping around edges.
A/P: Calciphylaxis L calf - no trauma preceded it; ice, tape, bx and debridement are all after/at the existing ulcer.
- stop ice, silicone tape
- STS via nephro
Attestation: agree. - K. Mensah, MD
"""),
("2023-05-15", "Continuity Clinic Progress Note", """
PGY1 - B. Nakashima-Doyle
S: home health does dressings three times weekly. Pain better.
O: BMI 44.6. L calf 2.5 x 2 cm.
A/P: Calciphylaxis improving. PD. DM2 diet. No warfarin. Obesity.
Attestation: agree. - K. Mensah, MD
"""),
]}

E12 = {"patient_id": "E12", "age": 47, "sex": "M", "notes": [
("2019-06-03", "Continuity Clinic Progress Note", """
PGY2 note - F. Oyelaran-Voss
S: 47M ESRD (FSGS) on HD TTS, no DM, no anticoag. c/o a hard, painful patch in the fold under his belly for 2 wks. No diabetes. Gets no shots at all. Denies heating pads, belts or tight waistbands ("I wear sweatpants"), no trauma/injury.

O: Wt 98 kg, BMI 30.2. Pannus: 6x4cm indurated, violaceous plaque w/ livedo, tender. No eschar yet.
A/P: Pannus plaque - calciphylaxis suspected.
- derm bx
- pt asked if he should put a heating pad on it - advised not to.
Attestation: agree. - I. Varga, MD
"""),
("2019-06-17", "Continuity Clinic Progress Note", """
PGY2 - F. Oyelaran-Voss
S: Bx 6/7: calciphylaxis confirmed. Pt admitted next wk for parathyroidectomy; surgery team plans SQ heparin for DVT ppx during that stay, abd injections to avoid pannus per our request -> will use thighs.
O: BMI 30.2. Pannus lesion now w/ central eschar.
A/P: Calciphylaxis of pannus, bx-proven. Nothing injured that skin beforehand (pt denies again).
Attestation: agree. - I. Varga, MD
"""),
("2019-08-12", "Continuity Clinic Progress Note", """
PGY2 - F. Oyelaran-Voss
S: s/p PTX 6/25. Pannus wound better.
O: BMI 29.4. Pannus ulcer 3 x 2 cm.
A/P: Calciphylaxis pannus improving. ESRD HD. Obesity class I (was 30.2 in June).
Attestation: agree. - I. Varga, MD
"""),
]}

E13 = {"patient_id": "E13", "age": 73, "sex": "F", "notes": [
("2021-03-29", "Continuity Clinic Progress Note", """
Hospital f/u - PGY3 G. Adeyemi-Holt
S: 73F, ESRD (HD 3x/wk), insulin-requiring DM2 (injects abd), walks w/ rolling walker. Admitted 3/10-3/22 for CAP, was mostly in bed and developed a sacral pressure injury. Also bilateral outer-thigh lumps, very painful, about 2 wks.

O: BMI 24.2. Sacrum: stage II PI, 2x2cm. Bilat lateral thighs: tender indurated violaceous plaques w/ livedo, L 5x3cm, R 4x3cm. Abd injection sites fine.
A/P:
#Bilat lateral thigh plaques - r/o calciphylaxis, bx
#Sacral PI stage II - turn q2h, foam
Attestation: agree. - K. Mensah, MD
"""),
("2021-04-12", "Continuity Clinic Progress Note", """
PGY3 - G. Adeyemi-Holt
S: Bx 4/1 R thigh: calciphylaxis. Her R shin caught the bed frame last week, got a scab. Daughter asks "is this the calcium thing too?"
O: BMI 24.2. Thighs unchanged. R shin: 1.5 cm superficial abrasion w/ dry scab, no purpura, no induration.
A/P:
#Calciphylaxis bilat lateral thighs (no trauma at thighs - nothing injected, heated or pressed there)
#R shin abrasion - simple traumatic wound, not calciphylaxis
#Sacral pressure injury - healing, it is a pressure ulcer not calciphylaxis
Attestation: agree. - K. Mensah, MD
"""),
("2021-05-24", "Continuity Clinic Progress Note", """
PGY3 - G. Adeyemi-Holt
S: thighs hurt less.
O: BMI 24.0. Thighs: eschars L + R. Shin healed. Sacrum healed.
A/P: Calciphylaxis thighs on STS. DM2 on insulin. No warfarin.
Attestation: agree. - K. Mensah, MD
"""),
("2021-07-19", "Continuity Clinic Progress Note", """
PGY3 - G. Adeyemi-Holt
S: Thigh wounds healing.
O: BMI 24.1. Thighs: shallow ulcers, no new lesions.
A/P: Calciphylaxis thighs improving. RTC 2 mo.
Attestation: agree. - K. Mensah, MD
"""),
]}

E14 = {"patient_id": "E14", "age": 58, "sex": "M", "notes": [
("2025-09-08", "Continuity Clinic Progress Note", """
PGY2 note - N. Castellanos-Ibe
S: 58M, ESRD, HD T/Th/Sat, access = R arm AVF, DM2 on insulin (abd injections), PAD, prior warfarin for LV thrombus (stopped 2023). Painful black tips on L middle + ring fingers x 3 wks. Uses CGM, no fingersticks. No cold exposure, no injury.

O: BMI 22.8. L 3rd + 4th fingertips: dry black necrosis w/ violaceous rim. Radial pulse palpable.
A/P: L digital necrosis - calciphylaxis vs PAD vs steal (AVF on R so unlikely)
- derm bx, arterial dopplers
Attestation: agree. - P. Lindqvist, MD
"""),
("2025-09-29", "Continuity Clinic Progress Note", """
PGY2 - N. Castellanos-Ibe
S: Bx 9/15: calciphylaxis. Dopplers w/o proximal stenosis.
O: BMI 22.8. L fingertips unchanged.
A/P: Calciphylaxis of L 3rd/4th fingers.
- counselled: avoid cold or heat on the hands, avoid hand trauma
- STS per nephro
Attestation: agree. - P. Lindqvist, MD
"""),
("2025-11-10", "Continuity Clinic Progress Note", """
PGY2 - N. Castellanos-Ibe
S: fingers stable.
O: BMI 22.6.
A/P: Calciphylaxis L fingers. Insulin still into abd, no lesions there.
Attestation: agree. - P. Lindqvist, MD
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
