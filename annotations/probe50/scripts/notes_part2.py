"""probe50 corpus notes, I08-I14 (interpreter- and family-mediated visits; all invented)."""

I08 = {"patient_id": "I08", "age": 55, "sex": "M", "notes": [
("2021-01-28", "Urgent Care Visit", """
Pt is Deaf; ASL interpreter (VRI, interpreter #A-117) used for entire visit. Partner Renee present, signs fluently, clarified some terms.
55M, dialysis pt (HD, ESRD), type 2 diabetes - was on a pump, now multiple daily injections; obesity.
Pt signs that he slipped on ice on the back porch on Christmas Eve and landed hard on his right buttock; big bruise afterwards that faded over ~2 wks. Around mid January a hard, very painful purple area came up in the same place now topped with a black scab. Renee says he can't sit on the right side at all.
Exam: R upper-outer buttock: hard plaque 9x6cm with retiform purpura, central 3 cm black eschar. L buttock normal.
Wt 131 kg, BMI 41.2.
A/P: necrotic R buttock plaque following fall; HD. R/O CALCIPHYLAXIS; also consider pressure injury or necrotizing soft tissue infection. Sent to ED for derm/surg eval.
"""),
("2021-01-30", "Dermatology Inpatient Consult", """
ASL interpreter in person (Ms. Carrow). Partner at bedside.
Fall onto R buttock 12/24/2020 with hematoma; onset of painful plaque ~mid-Jan 2021 at the same site.
Exam as per ED; livedo also extends toward R lateral hip.
Bx R buttock: calciphylaxis - medial calcification of small vessels, thrombi, necrosis.
Imp: calciphylaxis of R buttock localized to prior trauma (fall w/ hematoma).
Rec: STS, surgical debridement eval, pressure offloading.
"""),
("2021-02-09", "Wound Care Note", """
Wound team. ASL interpreter (VRI). R buttock calciphylaxis wound post bedside debridement 2/4, 8.5 x 5.5 cm, 20% slough. Air mattress. Partner learning dressing change.
"""),
]}

I09 = {"patient_id": "I09", "age": 69, "sex": "F", "notes": [
("2024-06-11", "Nephrology Clinic Note", """
Arabic interpreter (in person, Mr. Haddad). Husband present and answered most questions; interpreter re-directed questions to pt.
69F ESRD on HD via RIJ tunneled cath, DM2 on insulin glargine, obesity (BMI 36.3).
Pt reports a painful tender dark patch on her LEFT inner thigh x 2 wks. Husband gives her insulin every night, always into the right thigh - "she likes that side, I never use the left". Denies falls, heat, or other shots.
Exam: L medial thigh firm violet plaque 4x4cm, early central duskiness. R thigh: mild lipohypertrophy at injection area, no discoloration, no plaque.
Referral to derm.
"""),
("2024-06-20", "Dermatology Consult", """
DERM. Interpreter Arabic (phone, #7710). Husband and daughter present.
L medial thigh plaque since early June. Husband injects into R thigh only; L thigh never injected per pt and husband.
Daughter mentioned that she herself had gestational diabetes - noted.
Bx L thigh: calciphylaxis (calcified arterioles with thrombi, fat necrosis).
Dx calciphylaxis L thigh. R thigh injection site without lesion.
"""),
("2024-07-15", "Dialysis Unit Note", """
Chairside. Interpreter line used. L thigh wound eschar, smaller. Insulin moved from R thigh to abdomen per endocrine. STS ongoing. Wt stable, BMI 36.0.
"""),
]}

I10 = {"patient_id": "I10", "age": 74, "sex": "M", "notes": [
("2020-02-12", "Family Medicine Visit", """
Russian-speaking; son Dmitri translated (pt declined phone interpreter).
74M ESRD on HD, AF on warfarin, not diabetic.
Son says a painful hard spot on the R shin appeared on Feb 3 without any knock or cut - "nothing happened to the leg, he was sitting at home". Pt (via son) denies falls, injections, heat, scratching.
Exam: R anterior shin 3 cm indurated violaceous plaque, tender, small central duskiness. BMI 25.5.
Plan: derm ref, labs.
"""),
("2020-02-24", "Emergency Department Note", """
ED. Russian interpreter via phone (#3350). Son and daughter-in-law present.
Pt fell at home on 02/20/2020 tripping over a rug, scraping his R shin on the radiator - the same spot where the painful plaque had been present since early Feb. Now bleeding, eschar partially torn off.
Exam: R shin, 5 cm necrotic plaque with superficial abrasion over it and fresh bleeding; livedo surrounding. XR negative for fx.
Dressed. Already has derm booked.
"""),
("2020-03-02", "Dermatology Consult", """
Interpreter: Russian (in person, Ms. Orlova). Son present.
R shin lesion onset 2/3/20, spontaneous; fall with abrasion 2/20/20 came after.
Bx: calciphylaxis. Dx calciphylaxis R shin, not trauma-induced (onset precedes injury).
Cardiology switching warfarin -> apixaban. STS at dialysis.
"""),
]}

I11 = {"patient_id": "I11", "age": 61, "sex": "F", "notes": [
("2023-10-05", "Primary Care Visit", """
Tagalog interpreter unavailable; daughter Jasmine interpreted by pt's choice.
61F. Kidney failure - cycler PD overnight. Type 2 diabetic, insulin into the upper arms, switches arm each day. Morbid obesity BMI 44.1.
Jasmine says mom puts an electric pad for warmth at the low back every night for years for sciatica. Two weeks ago she got painful dark red-purple patches on the lower belly fold, both sides, under the pannus.
Exam: bilateral lower abdomen / pannus: several firm indurated plaques w/ retiform purpura, biggest one R side ~6cm. Lumbar skin shows lacy brown pigment c/w toasted skin syndrome (EAI); no plaque or ulcer there. Upper arms clear.
Referral derm urgent.
"""),
("2023-10-12", "Dermatology Consult", """
Interpreter Tagalog (video, #15523). Daughter and son-in-law present.
Painful pannus plaques x ~3 wks. No injections into abdomen ("never the tummy" - arms only). No trauma, no belts. Heat used only on lumbar back.
Bx pannus: calciphylaxis. Low back: erythema ab igne, no calciphylaxis there.
Dx: calciphylaxis of the abdomen (pannus), bilateral.
"""),
("2023-11-09", "Home Visit - Nursing", """
Home visit; pt, husband, daughter, 2 grandchildren present. Daughter interprets. Husband says he has kidney disease too and asks about his own labs - redirected.
Pannus wounds with eschar, moist dressings. Heating pad still used on back at night; advised stop. BMI 43.7.
"""),
]}

I12 = {"patient_id": "I12", "age": 67, "sex": "M", "notes": [
("2022-03-08", "Nephrology Clinic Note", """
Korean interpreter (in person, Mrs. Park). Wife present.
67M ESRD on HD, DM2 on oral agents (no insulin). Hx warfarin for DVT, stopped in 2015.
Via interpreter pt reports painful purplish lump low on the left calf, back side, since about Feb 20. No trauma, no injections, no heat before it started.
Exam: L posterior calf: hard violet plaque about 5cm across, livedo round it. BMI 29.9, overweight.
Derm referral.
"""),
("2022-03-15", "Dermatology Procedure Note", """
Interpreter Korean (phone, #9902). Wife present.
Punch bx x2 from the L calf plaque. Hemostasis w/ pressure and Drysol. Steri-strips.
Wife asks about ice for pain; told OK briefly with cloth barrier until path back.
"""),
("2022-03-29", "Dermatology Follow-up", """
Interpreter Korean (in person). Wife and son present.
Path: calciphylaxis. L calf plaque now ulcerated with eschar, enlarged at bx sites. Wife keeps applying ice to the calf wound since the biopsy. Sharp debridement of eschar today.
Dx calciphylaxis L calf, onset ~2/20/22. No trauma prior to onset; biopsy, ice, and debridement all after.
Stop ice. STS started.
"""),
]}

I13 = {"patient_id": "I13", "age": 59, "sex": "F", "notes": [
("2025-01-14", "Dialysis Unit Note", """
Cantonese phone interpreter used (#4421). Son visiting, also helped.
59F ESRD on HD MWF. Not diabetic. Obese (BMI 31.5).
Pt complains of painful hard area on R buttock x 10 days. Son says no falls; she gets no shots there - "she has never had an injection in the bottom". No heating pads at home.
Exam: R buttock 6 cm firm violaceous plaque, central small eschar.
Derm consult requested. Discussed risk: avoid heat packs and pressure on the area.
"""),
("2025-01-22", "Dermatology Consult", """
DERM. Interpreter Cantonese in person (Ms. Leung). Son and daughter-in-law present.
R buttock plaque since early January. Denies trauma, injections, heat, or tight garments. Daughter-in-law asks about her own eczema - deferred.
Bx R buttock: calciphylaxis.
Dx calciphylaxis R buttock.
Plan: STS; nephrology considering IM vitamin K injections - if given, use deltoid, not the gluteal area. Avoid heating pads.
"""),
("2025-02-19", "Nephrology Clinic Note", """
Interpreter Cantonese (video). Son present.
R buttock calciphylaxis, wound cleaner. No vit K given yet - still planned. Obese, BMI 29.6 today after weight loss.
"""),
]}

I14 = {"patient_id": "I14", "age": 64, "sex": "M", "notes": [
("2019-05-07", "Inpatient Medicine Note", """
Hmong interpreter (phone, #2261); nephew Kou at bedside, also interpreted overnight.
64M, ESKD, HD MWF; diabetic, self-injects insulin into abdomen, admitted for painful thigh lesions.
SC heparin 5000 u TID in abdomen since admission 5/5 - small bruises at injection sites on the abdomen. Left forearm skin tear from wheelchair brake on 5/6.
Thighs: both fronts show retiform purpura, necrotic eschars, present since ~4/20 per nephew. No trauma to thighs reported.
BMI 27.0.
"""),
("2019-05-09", "Dermatology Consult", """
Interpreter Hmong (in person, Mr. Vang). Nephew and brother present; brother mentioned he is also on dialysis elsewhere.
Bx R thigh: calciphylaxis. Dx calciphylaxis bilateral thighs.
Abdominal heparin bruises - ecchymoses only, not calciphylaxis. L forearm skin tear - traumatic, healing, not calciphylaxis.
"""),
("2019-05-20", "Discharge Summary", """
Dx: calciphylaxis of both thighs (biopsy proven), onset April 2019. Abd heparin bruises and L forearm skin tear resolved, not related.
Interpreter used for discharge teaching; nephew to assist with dressings.
"""),
]}

PATIENTS = [I08, I09, I10, I11, I12, I13, I14]
