"""probe128 corpus notes, Q08-Q14 (community health centre, interpreter-mediated visits; all invented)."""

Q08 = {"patient_id": "Q08", "age": 55, "sex": "F", "notes": [
("2021-12-08", "Primary Care Visit", """
Portuguese interp in person (Rafaela, CHC staff).
55F. Kidneys failed 2016, HD Tues-Thurs-Sat. T2DM - glargine plus lispro. Morbid obesity.
Pt sells fruit at the weekend flea market since 2019 - sits on an upturned wooden crate 9-10 hrs each Sat and Sun, "no cushion, the crate is hard but it is what I have". Since Thanksgiving both sides of her bottom hurt "like knives", now dark spots.
Exam (chaperone present): bilateral buttocks, on the sitting surfaces - L 6x4cm, R 4x3cm, both hard violet plaques w/ star-shaped black centres, net-like purpura around them. Sacrum intact.
Wt 118 kg, BMI 41.7.
Imp: necrotic painful plaques on both buttocks; obese, HD, insulin. Leading dx calciphylaxis, pressure injury 2nd.
Plan: derm this wk, cushion given by CHW, nephrology aware.
"""),
("2021-12-15", "Dermatology Consult", """
Derm. Interp: Portuguese by video.
Telescoping punch bx, margin of L buttock plaque: calcific uremic arteriolopathy - arteriolar media calcified, thrombi, septal panniculitis.
Distribution matches the parts of the buttocks that bear her weight on the crate for many hours every weekend for the last ~2 years. Onset 11/25/2021.
Plan: STS, stop calcium binder, pressure offloading, wound care.
"""),
("2022-01-10", "Follow-Up Visit", """
F/u with Portuguese interp (phone). Husband drove her.
Both buttock wounds with eschar, no infection. Pt has stopped going to the market; sad about income, SW referral.
Insulin doses reduced (eating less). No warfarin. BMI 40.9. Still obese.
"""),
]}

Q09 = {"patient_id": "Q09", "age": 63, "sex": "M", "notes": [
("2018-03-14", "Primary Care Visit", """
Wife (Galina) interpreting Russian, pt declined phone interp.
63M - ESKD, dialysis Mon-Wed-Fri, diabetic on detemir, AF (warfarin).
Wife: for about a month he has had a spot on the left thigh that hurts terribly. He injects his insulin himself "only in the right leg, always the right, five years already, the left side he never touches."
Exam: front of L thigh - 3x3cm dusky violet firm plaque, beginning to ulcerate. R thigh - some lipohypertrophy where he injects, otherwise clear.
Wt 104 kg, BMI 31.8.
Plan: derm, renal aware. INR today 2.4.
"""),
("2018-03-21", "Dermatology Consult", """
Derm. Russian interp in person (Oleg).
Biopsy L thigh: calciphylaxis (arteriolar calcification + thrombosis).
Of note insulin is injected exclusively into the R thigh; the L thigh lesion is not at an injection site. Galina and pt: the L thigh was never bumped, warmed, strapped or jabbed.
"""),
("2018-04-18", "Nephrology Note", """
Renal f/u, Russian phone interp.
Calciphylaxis L thigh, on STS. Warfarin switched to apixaban (calciphylaxis). Obesity, BMI 31.8 unchanged. Insulin continued - R thigh only per pt.
"""),
]}

Q10 = {"patient_id": "Q10", "age": 77, "sex": "F", "notes": [
("2024-06-10", "Primary Care Visit", """
Tagalog: granddaughter Joy interpreting; offered staff interp, family preferred Joy.
77F, ESRD on PD (cycler), no DM, HTN.
Joy: since mid-May Lola has had a sore behind the right leg. No fall, no bump, no cream, nothing hot or cold, "it just came by itself."
Exam: R calf, posterior - ulcer 2.5cm across, black base, mottled purple skin round it, exquisitely tender.
Wt 55 kg, BMI 24.0. Not on blood thinners.
A: ? calciphylaxis. Derm referral.
"""),
("2024-06-20", "Phone Note", """
Call from Joy (granddaughter). Lola tripped getting out of bed 06/14/2024 and struck her R shin against the metal frame of the bed - small skin tear on the front of the shin, cleaned at home. The calf sore unchanged.
Advised keep tear covered, bring to derm appt.
"""),
("2024-07-02", "Dermatology Consult", """
Derm. Tagalog interp (in person, Mr. Dizon) + granddaughter.
R posterior calf: punch bx = calciphylaxis. Onset mid-May 2024, before the bed frame injury (6/14), which was to the anterior shin and has healed.
Plan: STS w/ PD, wound care.
"""),
]}

Q11 = {"patient_id": "Q11", "age": 60, "sex": "M", "notes": [
("2026-01-14", "Primary Care Visit", """
Amharic interp by phone (Tigist). Pt's nephew also present.
60M. ESKD, dialysis M-W-F. T2DM, insulin - only ever into his upper arms ("my belly is too big, I can't see").
HPI: sore under the pannus, in the lower belly crease, x 3 wks; pain severe. Denies injections, heating pads, belts there. Since the sore started each night a warm wet towel goes on it "to pull out the bad".
Exam: Wt 146 kg, BMI 44.3. Pannus, midline below umbilicus: 7x5cm plaque, black eschar, retiform purpura. Arms clear.
A/P: ?calciphylaxis, ?panniculitis. Urgent derm. Asked him to stop the warm towel.
"""),
("2026-01-28", "Dermatology Consult", """
Derm, Amharic interp in person.
Pannus plaque: deep incisional bx done today (calciphylaxis suspected). Edge debrided, silver dressing, paper tape. Warm compresses to wound: stop.
"""),
("2026-02-18", "Dermatology Follow-Up", """
Derm f/u, Amharic video interp.
Bx result: calciphylaxis. Wound care nurse doing dressings 3x/wk, serial sharp debridement. Tape irritating the wound edge, so now silicone tape.
No warfarin. Insulin continues (arms).
"""),
]}

Q12 = {"patient_id": "Q12", "age": 52, "sex": "F", "notes": [
("2021-05-05", "Primary Care Visit", """
Dari interp by phone (Farid). Husband also present.
52F. ESKD, HD T/Th/Sa. T2DM, linagliptin only, no insulin.
Sore on L lower leg since "the start of Ramadan" (mid-April). Pt via interp denies falls, bumps, burns, hot water, ice, shots in the legs. "Nothing touched it."
Exam: outer L lower leg, 3x2cm star-shaped ulcer, dark eschar, livedo round it. R leg clear.
Wt 79kg; BMI 30.1.
Assessment/plan: ?calciphylaxis, L leg. Derm. If A1c stays high may need to start insulin - discussed.
"""),
("2021-05-19", "Dermatology Consult", """
Derm. Dari interp (video).
L shin/lateral calf ulcer: punch biopsy = calciphylaxis. No prior trauma to the L leg per pt and husband.
Counselled: avoid heat or ice on the legs, avoid tight socks, avoid injections into fatty areas if possible.
"""),
("2021-06-02", "Nephrology Note", """
Renal note. Dari interp (phone).
Calciphylaxis L leg. Hospital team plans enoxaparin shots into the abdomen if she is admitted for the line change next month. No warfarin. Obese.
"""),
]}

Q13 = {"patient_id": "Q13", "age": 70, "sex": "M", "notes": [
("2022-02-09", "Primary Care Visit", """
Polish interp (phone, Ewa). Son present.
70M. ESKD on HD (M, W, F). No DM. Past warfarin for PE, stopped 2019.
Two issues:
1) Both thighs - dark painful patches, 3 wks. No injuries, injections or heat there per pt.
2) Red blistered area on the low back - he uses an electric heating pad every evening for his back pain; son thinks he turned it on "high".
Exam: BMI 27.9. Thighs bilat anterior: 4 cm and 3 cm violaceous retiform plaques with central dusky necrosis. Low back: 8 x 6 cm erythema w/ two intact bullae, blanching, well demarcated in a rectangle shape.
A/P: #1 ?calciphylaxis - derm. #2 partial thickness burn, heating pad the cause - pad to go, silver sulfadiazine.
"""),
("2022-02-16", "Dermatology Consult", """
Derm. Polish interp (video).
Thigh plaques: punch bx = calciphylaxis. Back: thermal burn from heating pad, healing, not calciphylaxis.
"""),
("2022-03-02", "Nurse Visit", """
Nurse visit. Polish interp in person.
Red, sore lump L upper arm - he had his flu shot there at the pharmacy 10 days ago. Warm, fluctuant 2 cm.
PCP saw him: abscess at the shot site - I&D, culture sent, doxycycline. Not calciphylaxis.
"""),
("2022-03-23", "Follow-Up Visit", """
Polish interp (phone).
Arm abscess healed. Back burn healed. Thigh calciphylaxis wounds stable on STS. BMI 27.5.
"""),
]}

Q14 = {"patient_id": "Q14", "age": 64, "sex": "F", "notes": [
("2019-08-07", "Primary Care Visit", """
Karen interp in person (Saw Htoo, community interp). Daughter present.
64F. ESKD, CAPD. T2DM, insulin (injects belly). Obesity class II - BMI 37.0.
R breast: hard spot x 2 weeks, painful, now purple-black. Pt denies injury, bites, heat, tight clothing. Daughter: "she never puts hot things on her chest."
Exam: R breast LOQ - 4cm indurated violet plaque with stellate central necrosis and retiform purpura. L breast normal. Abdomen: injection sites without lesions.
A/P: ? calciphylaxis vs inflammatory breast ca. Derm + breast imaging.
"""),
("2019-08-21", "Dermatology Consult", """
Derm. Karen interp by phone.
R breast punch biopsy: calciphylaxis. Mammogram benign.
Teaching: avoid tight bras, avoid heat packs, keep insulin in rotation on abdomen.
"""),
("2019-09-18", "Nephrology Note", """
Renal. Karen interp (phone).
Calciphylaxis R breast. Was given enoxaparin shots into abdomen during Aug admission for peritonitis - no lesions there. Not on warfarin. BMI 36.6, obesity.
"""),
]}

PATIENTS = [Q08, Q09, Q10, Q11, Q12, Q13, Q14]
