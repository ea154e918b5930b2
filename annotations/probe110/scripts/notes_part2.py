"""probe110 corpus notes, G08-G14 (endocrinology and diabetes education; all invented)."""

G08 = {"patient_id": "G08", "age": 60, "sex": "F", "notes": [
("2020-07-01", "Diabetes Education - Telehealth Visit", """
DSMES by video d/t COVID-19; pt at home, consent obtained.

60F, T2DM on basal-bolus (Levemir 26 u qHS, Humalog 4-10 u ac), ESRD (HD M/W/F), AF - warfarin, obesity (BMI 36.5 from HD unit weight 6/29).

BG log read aloud by pt: FBG 150-190, pre-supper up to 260 on HD days (snacks in chair). Adjusted Levemir to 28 u.
Sites: rotates abdomen (both sides) and thighs; demonstrated on camera, good technique, no lumps reported.
Pt mentioned, off topic, that she bought "new underwire bras from the catalog" in early June because her old ones were stretched - "they pinch like crazy under the left one, the wire rides up right into the skin there" - she wears them all day incl. 4 h in the dialysis chair. Suggested a wire-free bra; pt "doesn't like how they look."
Plan: f/u 8 wks, bring meter to HD unit for download.
"""),
("2020-09-02", "Endocrinology Clinic", """
ENDO clinic (in person)
60 yo w/ T2DM, HD, warfarin, obese.
New problem: very painful sore under the L breast that began three weeks ago; first a tender hard line, now has turned purple-black. "Exactly where the wire sits," pt says, she stopped wearing the bra a week ago due to pain.

Exam (chaperone present): L breast, lower pole along the inframammary crease: 7x2cm linear indurated violaceous plaque, black eschar 2cm mid-lesion, edges retiform. No discharge, no fluctuance. R breast normal.
BMI 36.5.

A: linear necrotic plaque where underwire has pressed since June; HD + warfarin + obesity + female -> calciphylaxis high on list. ddx pressure ulcer, warfarin necrosis.
P: derm urgent ref; wire-free soft bra only; nephrology messaged; A1c 8.2 - Levemir unchanged for now.
"""),
("2020-09-16", "Dermatology Consult", """
Derm consult
Reason for referral: painful L breast lesion, ?calciphylaxis.
Seen 9/9; 6 mm punch taken from purpuric margin.
Path: dermal/subcutaneous small vessel calcification + thrombosis - diagnostic of calciphylaxis.

Final: Calciphylaxis, left breast (inframammary), at the line of chronic underwire pressure; onset ~mid-Aug 2020.
Recs: avoid all constricting garments; wound RN; switch warfarin to apixaban if cardiology agrees; STS per nephrology; pain - gabapentin 100 after each HD.
"""),
]}

G09 = {"patient_id": "G09", "age": 66, "sex": "M", "notes": [
("2020-01-15", "CDCES Insulin Technique Review", """
Insulin technique review (DSMES)
66M, T2DM 20+ yrs, on Tresiba 40 u daily + Admelog ac. ESRD on HD TTS via R arm fistula.

He has done every insulin shot in his right outer thigh since 2018 - being right-handed, "that's where my hand falls naturally." Not the left leg, not the belly. Log he keeps: a notebook with date + "R leg" written 3x a day for months.
Exam of sites: R lateral thigh has a 5 cm soft lipohypertrophic pad; L thigh, abdomen normal.
Discussed: insulin absorbs erratically from lipo, explains the variable BGs. Plan to spread within R thigh and start using abdomen too.
No warfarin. Wt 102 kg, BMI 30.1 (obese class I - pt surprised).
"""),
("2020-06-03", "Endocrinology Clinic", """
Endo
New complaint: "a sore on my left leg that burns like fire" on the inner thigh, started in May 2020 as a red firm lump, now dark.
He confirms all injections still R thigh and (since our Jan visit) R abdomen; "never touched the left." No injury, no bumps, no heat to the L leg.

Exam: L medial thigh: 4x3cm indurated violaceous plaque, dusky necrotic center, and stellate purpura at rim. R thigh: lipohypertrophy, no purpura, no necrosis. Abdomen clear.

Imp: necrotic plaque L thigh, HD pt -> worry for calciphylaxis. Site does NOT correspond to his injection area.
Plan: derm ref (urgent), nephro notified. Tresiba 36 u.
"""),
("2020-06-18", "Dermatology Consult", """
Dermatology consultation
66 yo M on HD, DM on insulin (R thigh + R abd injections only).
Lesion: L medial thigh, onset May 2020. No trauma at that site by history.
Bx (6/10): calcium + thrombus in subcut small vessels, necrotic fat lobules -> calciphylaxis confirmed.
Notably the R thigh injection zone is spared.
Plan: sodium thiosulfate on HD, wound care; calcium acetate stopped; keep injections away from both legs for now (abdomen only).
BMI 30.1.
"""),
]}

G10 = {"patient_id": "G10", "age": 74, "sex": "F", "notes": [
("2019-05-13", "Endocrinology - Bone/Mineral Clinic", """
Endocrine bone & mineral clinic
74F, ESRD on HD (MWF, since 2015), severe secondary hyperparathyroidism (PTH 1140), osteoporosis, AF (warfarin). Not diabetic, A1c 5.3.
Meds incl cinacalcet 60 mg, sevelamer, calcitriol 0.25 mcg. Denosumab 60 mg SC was given into R upper arm in January.

New: painful sore on L calf started 5/6/19 as "a purple net under the skin" then a hard painful spot. She denies knocking, falling, scratching, or any shot to that leg; no heating pads. "I didn't do anything to it."
Exam - L calf, posterolateral: 3x2cm indurated purpuric plaque, central dusky area, livedo around it. Very tender. No other lesions.
BMI 26.0.

A/P: suspect calciphylaxis (HD, warfarin, high PTH). Urgent derm. Discussed parathyroidectomy referral with nephrology. Hold calcitriol.
"""),
("2019-05-28", "Endocrinology Follow-up", """
Endo f/u - derm results
Derm bx 5/16: arteriolar calcification + thrombosis in subcutis. Calciphylaxis, L calf, confirmed.

Interval: On 5/20 the pt banged the same L calf on her wheelchair footplate during a transfer at HD - the ulcer was already there since 5/6 - and now it is bigger, 5x3cm w/ black eschar, plus a small skin tear along the lower edge.
Exam: as above, no cellulitis.
Plan: HD unit to pad wheelchair footplates; wound RN twice weekly; warfarin -> discussion with cardiology re: LAA occlusion vs apixaban; STS started 5/22.
"""),
("2019-07-02", "Endocrinology Note", """
Bone/mineral f/u
L calf calciphylaxis slowly improving (eschar 3 x 2 cm, granulating edges).
Warfarin stopped 6/10, cardiology moved her to apixaban (renal-dosed, 2.5 mg).
PTH 980 on cinacalcet 90 mg. Surgery consult: subtotal parathyroidectomy planned for August - will need neck incision; pt agrees.
Wt stable, BMI 26.0. No DM.
"""),
]}

G11 = {"patient_id": "G11", "age": 52, "sex": "F", "notes": [
("2021-06-10", "Diabetes Education Visit", """
DSMES 1:1 - insulin titration + site review
52F, T2DM on Tresiba 48 u and Fiasp 8-12 u w/ meals; ESRD on HD (TTS, L forearm fistula); obesity, BMI 38.9.

Injection habits: She has never injected into her belly - "too much of me there to pinch right, I'd miss." Uses upper outer thighs, L and R alternating, and the fleshy back of the L arm sometimes. Rotation pattern explained w/ body map; she marks a calendar.
Site inspection: thighs w/ mild lipo R; abdomen/pannus intact, no lesions.
A1c 8.8. Tresiba -> 52 u. Ozempic discussed (renal ok) - pt will think.
No anticoagulation.
"""),
("2021-07-19", "Endocrinology Clinic", """
Endocrinology
52 yo obese woman, HD, insulin-requiring DM.
Since the 4th of July she has a "hot hard painful lump" low on the belly fold (pannus) that has turned black in the middle. She insists no shots ever go in the stomach - confirmed by her calendar. No injury, no heating pad before it started, no tight clothes.

Exam: lower pannus, centered just L of midline: 8x5cm indurated retiform purpuric plaque w/ central necrosis and eschar. Tender ++.
Imp: suspicious for calciphylaxis of the pannus (obesity, HD).
Plan: derm/wound urgent; nephrology to increase dialysis clearance of phos; no insulin change.
"""),
("2021-07-28", "Dermatology and Wound Clinic", """
Derm/Wound
Pannus lesion, onset 7/4/21. Punch bx (7/21): calciphylaxis confirmed.

Since last Thursday her sister has been holding a warm microwave heat pack over the sore "to help the pain" - stopped today after counseling (heat to an existing calciphylaxis wound can worsen necrosis).
Procedure today: sharp debridement of loose necrotic slough, 8x5cm, minimal bleeding. Dressing: hydrofiber + ABD pad secured w/ silicone tape, changes 3x/wk after HD.
Insulin injections continue in thighs only; pannus off limits.
Plan: sodium thiosulfate 25g each HD, wound re-eval 2 wks, consider HBOT.
BMI 38.9.
"""),
]}

G12 = {"patient_id": "G12", "age": 69, "sex": "M", "notes": [
("2022-02-07", "Endocrinology Clinic", """
ENDOCRINOLOGY F/U
69 yo M. Problem list: T2DM (insulin), ESRD on HD, HTN, obesity, gout.
Insulin: glargine 34 u + lispro ac - all injections in abdomen (he shows me the bruise-free rotation; wife checks).

New: painful "purple lace" + hard knots across both anterior thighs x ~10 days, L worse than R, now a couple of black spots.
ROS/hx: DENIES ever injecting into his legs ("never, I'm scared of the big vein"). No heating pad, no hot tub, no ice, hasn't fallen or bumped anything, no tight pants or braces. No recent procedures. Never on warfarin or any anticoagulant.

Exam: Bilateral anterior thighs: reticulate purpura, several firm nodules, two 1-2 cm black eschars L. BMI 29.5.
Imp: suspected calciphylaxis. 
Plan: derm tomorrow; labs; nephrology aware.
"""),
("2022-02-21", "Dermatology Consult", """
Dermatology consult
Bilateral anterior thigh necrotic plaques in 69 yo HD pt.
Bx 2/10 L thigh: calcific uremic arteriolopathy (calciphylaxis): calcified + thrombosed small vessels; septal fat necrosis.
No trauma history at the thighs per pt and wife; insulin exclusively abdomen.
Plan: STS, wound care, pain. If he needs to be admitted, inpatient team should give SC heparin in the abdomen, never the thighs.
"""),
("2022-03-02", "Diabetes Education Visit", """
CDCES visit
Reviewed BG log on reduced glargine (28 u) - no lows. Appetite poor.
Injection plan unchanged: abdomen only, rotating around the navel like a clock face. We discussed that thighs will NOT be used in future even after healing; if he is ever started on enoxaparin after his planned knee surgery, he should ask for belly shots only.
Pt's weight 91.5 kg; BMI 29.5, problem list keeps "obesity".
No anticoagulant meds.
"""),
]}

G13 = {"patient_id": "G13", "age": 48, "sex": "F", "notes": [
("2024-05-06", "CDCES Injection Site Check", """
Diabetes educator - injection site check
48F, T2DM (U-500 insulin via KwikPen, 90 u BID), ESRD on HD MWF, severe obesity BMI 44.0.
Pt complains of a "boil" on her L belly where most shots go. Exam: L lower abdomen, in the middle of a large lipohypertrophic mound: 3 cm red, warm, fluctuant tender nodule w/ pustular head, surrounding cellulitis 6 cm. Afebrile.
Appearance c/w injection-site abscess. Sent to walk-in clinic for I&D (spoke with NP there).
Counseled: new needle every injection, clean skin, rotate away from L abdomen, use R abd + thighs.
"""),
("2024-06-10", "Endocrinology Clinic", """
Endo
Abscess L abd: I&D 5/7 at walk-in, cx MSSA, treated w/ cephalexin, healed - only a small scar now; nothing there that looks like calciphylaxis.

NEW: since Memorial Day she has painful net-like purple patches on both calves that became hard and 2 are now ulcerated. Legs not injured: no falls, no bumps, no compression stockings, no heat, no injections into calves ever.
Exam: posterior calves bilat - retiform purpura; 2 shallow black-based ulcers (R 2 cm, L 3 cm). Abdomen: well-healed small scar L lower quadrant, lipo mound unchanged, no purpura.
BMI 44.0.
Imp: ? calciphylaxis of calves. Derm/wound ref.
"""),
("2024-06-24", "Dermatology Consult", """
Dermatology - consult note
48 yo HD pt, insulin-treated DM, BMI 44.
Bx L calf 6/14: calciphylaxis (mural calcium in arterioles plus thrombosis; necrotic panniculus).
Dx: Calciphylaxis, bilateral calves; no antecedent trauma at these sites.
Prior abscess at L abdominal injection site was bacterial, fully resolved; not related.
Advice: no compression wraps, no heat, elevate legs; STS per nephro.
Warfarin: never.
"""),
]}

G14 = {"patient_id": "G14", "age": 80, "sex": "M", "notes": [
("2025-09-03", "Endocrinology - Parathyroid Clinic", """
Endocrine (parathyroid) clinic
80M, ESRD on HD since 2016, tertiary hyperPTH (PTH 1480, Ca 10.6), AF, on warfarin. Non-diabetic (A1c 5.1 last month).

Pain hx: chronic lumbar back pain, sleeps every night w/ a heating pad under his low back, since the spring.
He fell in the garden in early August - bruised R shin, "big purple bruise" that has faded. Skin check today: faint yellow ecchymosis R anterior shin, no open areas; L leg intact.
BMI 25.1.
Plan: cinacalcet uptitrate, surgical referral for parathyroidectomy. Fall risk discussed. Counseled: with his labs he is at risk for calciphylaxis - keep heat off the legs, report any painful dark spots right away.
"""),
("2025-10-15", "Endocrinology Clinic", """
Endo - urgent f/u
Pt with new painful ulcer, L lateral calf, present since the first week of October, "came up by itself." Denies injury to the L leg - the fall was R. Heating pad still on low back only, never on legs.
Exam: L lateral calf: 3x3cm ulcer, black eschar, stellate violaceous border, livedo extending proximally. R shin: bruise resolved, skin intact. Low back: brownish net-pattern erythema ab igne, not ulcerated.
Imp: concern for calciphylaxis (HD, warfarin, PTH). Derm seeing him 10/20.
Plan: stop heating pad, hold calcitriol.
"""),
("2025-10-29", "Dermatology Consult", """
Derm
Bx 10/20 from L lateral calf ulcer: calciphylaxis confirmed (von Kossa positive vascular calcification, thrombi).
Other skin: erythema ab igne lower back - no necrosis; R shin normal.
Plan: warfarin -> apixaban (cardiology aware), STS 3x/wk on HD, wound care; parathyroidectomy expedited.
BMI 25.1. Non-diabetic.
"""),
]}

PATIENTS = [G08, G09, G10, G11, G12, G13, G14]
