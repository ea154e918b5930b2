"""probe14 corpus notes, M08-M14 (community and long-term care; all invented)."""

M08 = {"patient_id": "M08", "age": 63, "sex": "M", "notes": [
("2025-05-28", "Patient Portal Message", """
Subject: black blister on foot
hello, my left foot has a blister on top that went black. it started on the 20th of may as a purple sore patch where my new work boots press. I got the boots on 3rd May and they were to tight over the top of the foot but I had to break them in so I wore them every shift. Now its black and stinging like mad and the skin round it is purple and blotchy
I'm on dialysis mon wed fri. should I come in or wait till dialysis? Ray
"""),
("2025-05-30", "GP Visit", """
63M. ESRD on haemodialysis MWF for 7 yrs. T2DM on basal-bolus insulin, injects into his abdomen. Not anticoagulated.
Seen re his portal msg: lesion on dorsum of L foot since 20 May 2025, after wearing tight new safety boots from 3 May 2025.
O/E: dorsum L foot over the 2nd-3rd metatarsals: 2 cm haemorrhagic bulla with a black necrotic roof, surrounding 4 cm area of retiform purple discolouration, extremely tender. DP and PT pulses palpable both sides. Monofilament sensation reduced in both feet.
BMI 27.5.
Imp: necrotic bulla at a boot pressure point - diabetic foot pressure injury vs calciphylaxis. Stop the boots. Urgent diabetic foot / vascular referral.
"""),
("2025-06-10", "Vascular Surgery Reply", """
Vascular surgery - reply to GP
Thank you for referring Mr Ray Osei. Arterial duplex shows no significant occlusive disease in either leg. Because of the retiform purpura we took a punch biopsy on 3 June 2025 from the margin of the L dorsal foot lesion: small-vessel medial calcification with intravascular thrombi and panniculitis - consistent with calciphylaxis.
The site matches the pressure point of the tight boots he began wearing on 3 May 2025 (onset 20 May). I have referred him to renal for thiosulfate and asked podiatry for offloading footwear.
"""),
]}

M09 = {"patient_id": "M09", "age": 57, "sex": "F", "notes": [
("2023-09-12", "Dialysis Chair Nursing Note", """
Chair 22 - nursing note
57F, HD MWF, diabetic on insulin. Pt reports a painful "sore" on the outer right thigh for about 10 days. She injects all her insulin into her LEFT thigh - "I'm left-handed so I only ever do the left one, never the right".
R lateral thigh: black eschar approx 5 by 4 cm, with purple lacy skin around it, very tender.
L thigh: a few small lumps of lipohypertrophy at the injection sites, skin intact, no discolouration.
BMI 42.0.
Nephrologist informed, photos in chart.
"""),
("2023-09-14", "Patient Portal Message", """
Dr Haddad, the nurses at dialysis said I had to message you about the black sore on my right thigh. its really bad I cant lie on that side at night. its not the side I do my insulin, I always do the left. I dont remember hurting it at all
Thank you Janelle
"""),
("2023-09-25", "Dermatology Reply", """
Dermatology - reply to nephrology
Biopsy R lateral thigh (09/18/2023): mineralised arterioles deep in the fat, blocked by thrombus, with fat necrosis - calciphylaxis.
Her left thigh injection sites are free of lesions; the right thigh has never been used for injections and she reports no other injury, heat or pressure there.
Plan: wound care, thiosulfate per renal, pain review.
"""),
]}

M10 = {"patient_id": "M10", "age": 72, "sex": "M", "notes": [
("2024-03-05", "Home Care Nursing Visit", """
72M, ESRD, haemodialysis three times a week (M/W/F), mechanical mitral valve on warfarin. No diabetes.
Wife rang the agency: painful sore behind the right calf, noticed 4 days ago. Pt and wife both deny any knock, fall or injury to that leg beforehand; no heat or cold applied.
O/E: R posterior calf: ulcer about 3 cm across with a black base and purple net-like margin; severe pain.
BMI 24.9.
Plan: dressing; GP and renal notified; urgent review requested.
"""),
("2024-03-14", "Nephrology Reply Letter", """
Dear colleague,
Punch biopsy of the R calf on 8 March 2024 confirms calciphylaxis (calcified, thrombosed small arteries in the subcutis).
Warfarin continues (mechanical valve) after discussion with cardiology, with a lower INR target. Sodium thiosulfate started with each HD session; phosphate binders changed.
BMI 24.9. Not diabetic.
"""),
("2024-03-22", "Home Care Nursing Visit", """
Follow-up visit.
Wife reports that on 03/20 he knocked the R calf ulcer against the bed rail while turning over at night; a small bleed from the wound edge stopped with pressure.
O/E: ulcer has grown slightly, now 35 mm by 30 mm, black base, edges oozing slightly. No new wounds elsewhere.
Bed rails padded today. Dressing renewed.
"""),
]}

M11 = {"patient_id": "M11", "age": 64, "sex": "F", "notes": [
("2022-12-01", "Patient Portal Message", """
Hi, ive got horrible hard lumps on the inside of both my thighs, they went purple and one has a black bit now. Started about a fortnight ago. I havent hurt them at all.
The only thing is i use a hot water bottle on my tummy most nights for the cramps I get from the PD fluid, been doing that since september. my insulin i do in my arms not my thighs.
Can I get an appointment please
Bev
"""),
("2022-12-05", "GP Visit", """
64F. ESRD on CAPD. T2DM, insulin into the upper arms (she is adamant - never thighs or abdomen). BMI 33.3.
Inner thighs both sides: indurated painful plaques, L 5 x 4 cm with a small black eschar, R 4 x 3 cm violaceous; reticulate purpura at the edges.
Abdomen: reticulated brown erythema ab igne from the hot water bottle, no ulcer, no plaque, non-tender. Upper arms: injection sites unremarkable.
No history of injury, pressure or heat to the thighs.
Imp: ?calciphylaxis - urgent derm + renal referral.
"""),
("2022-12-16", "Dermatology Reply", """
Biopsy L medial thigh (12/12/2022): mineral deposits lining tiny vessels among the fat lobules, some thrombosed - confirms calciphylaxis.
The hot water bottle went only on the abdomen, which shows erythema ab igne and nothing more; her insulin goes into the arms. The thighs have had no heat, injections or injury.
Plan: PD prescription review, sodium thiosulfate, analgesia, dressings.
"""),
]}

M12 = {"patient_id": "M12", "age": 55, "sex": "F", "notes": [
("2021-08-10", "Dialysis Chair Nursing Note", """
Pt (55F, HD MWF, T2DM diet-controlled, on warfarin for a previous PE) reports a very painful spot on her left buttock, first noticed about 1 wk ago. Her husband has held frozen peas wrapped in a tea towel against it since Sunday to numb it.
Looked with chaperone: L upper outer buttock: purple plaque, firm, about 4 by 3 cm, central dusky grey area, lace-like purple edge.
BMI 36.0.
Asked her to stop the frozen peas until seen. MD to review today.
"""),
("2021-08-16", "Dermatology Reply", """
Dermatology - reply
Punch biopsy L buttock (12 Aug): calcified subcutaneous arterioles, thrombosis, fat necrosis - calciphylaxis.
No injections, heat, pressure devices or injury at that site before it started. The frozen peas were put on after the plaque appeared and did not cause it; please stop them.
Warfarin: suggest switching to a DOAC with her haematologist.
"""),
("2021-08-30", "Home Care Nursing Visit", """
Dressing change, L buttock wound (now ulcerated, 4 x 3.5 cm, black slough).
Adhesive tape from the last dressing has stripped the skin at the wound margin; switched to a silicone-bordered foam. Tissue viability nurse plans sharp debridement next week.
Rated pain 6 out of 10 during the change; had analgesia beforehand.
"""),
]}

M13 = {"patient_id": "M13", "age": 61, "sex": "M", "notes": [
("2025-02-03", "GP Visit", """
61M, ESRD, dialysing Tue-Thu-Sat, T2DM on oral agents only (never used insulin), obese (BMI 40.2). Not on warfarin.
c/o painful dark patch on lower belly under the fold of his tummy, for 2-3 weeks.
O/E: infra-umbilical pannus: 8 x 6 cm indurated plaque, violaceous with livedo, central black eschar 2 cm.
He denies any injections into the belly, heat packs or hot water bottles, tight belts, or any knock or injury there.
Imp: suspicious for calciphylaxis.
Plan: urgent derm. If he ever needs SC heparin or insulin, these should avoid the abdomen.
"""),
("2025-02-14", "Dermatology Reply", """
Biopsy of the pannus (02/10/2025): calciphylaxis - calcified small vessels with thrombosis and fat necrosis.
No preceding trauma of any kind at the site.
Plan: sodium thiosulfate at dialysis; admission next month for debridement is planned, and if prophylactic heparin is given during that stay it should go into the arms.
"""),
("2025-02-20", "Dialysis Chair Nursing Note", """
Pt asked whether "the shots in hospital" will go in his stomach - reassured, per the derm letter they will be given in his arms.
Pannus wound dressed by unit nurse, moderate exudate. BMI 40.2.
"""),
]}

M14 = {"patient_id": "M14", "age": 79, "sex": "M", "notes": [
("2023-11-07", "SNF Skin Assessment", """
SKIN ASSESSMENT - Oakridge Nursing & Rehab
79M, ESRD on HD (MWF), no diabetes, not anticoagulated. Wt 66 kg, BMI 21.7.
1. R forearm, dorsal aspect: skin tear of 4 cm, flap approximated, ISTAP type 2, from catching his arm on the bed rail during a transfer on 11/05/2023. Silicone dressing.
2. Sacrum: stage 2 pressure injury, 2.2 by 1.4 cm, superficial with a pink floor. Turning q2h, air mattress.
3. Both anterolateral thighs: new firm painful purple-black areas (R 3 x 2 cm; L 4 x 3 cm with a black centre) with net-like purple margins, first noted 11/03/2023. No injury, heat or injections at these sites per resident and staff.
Wound MD referral for #3.
"""),
("2023-11-20", "Dermatology Reply", """
Biopsy L thigh (11/13): calciphylaxis.
The R forearm wound is a healing skin tear and is not calciphylaxis. The sacral wound is a pressure injury, also not calciphylaxis. The thigh lesions have no preceding local trauma.
Recs: thiosulfate on dialysis days; stop calcium binders, gentle dressings to thighs.
"""),
("2023-11-24", "Telephone Encounter - Relative", """
Son (Michael) called asking about "the black patches on Dad's thighs". Explained the biopsy result and the plan.
He asked if the cut from the bed rail is the same thing - explained no, that is a skin tear and it is healing well.
"""),
]}

PATIENTS = [M08, M09, M10, M11, M12, M13, M14]
