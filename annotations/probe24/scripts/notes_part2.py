"""probe24 corpus notes, V08-V14 (hospital dermatology, dermatopathology, inpatient SOAP; all invented)."""

V08 = {"patient_id": "V08", "age": 69, "sex": "F", "notes": [
("2022-11-15", "Admission H&P / Progress Note", """
Internal Medicine Admit Note
CC: R thigh pain and a black sore
HPI: 69F w ESRD on HD (TTS at Riverbend Dialysis), DM2 on insulin since 08/2022 (prior on oral agents), CHF with preserved EF, obesity, presents with 2 wks of worsening pain in the right thigh. The pt reports that on 10/30/2022 she felt a sore knot on her outer R thigh which became purple and then black over several days. She gives all her insulin into her right outer thigh "it's the one I reach easiest from my recliner". Also she has been using an electric heating pad on high on the same outer R thigh every night since Labor Day for sciatica type pain, she falls asleep with it. Denies fevers.
ROS: negative other than HPI
PE: Temp 37.1, pulse 92, BP 108/62. BMI 33.0. R lat thigh: 8x6 cm stellate plaque, dusky violaceous with central black eschar 3 x 2 cm, surrounding reticulated brown hyperpigmentation (erythema ab igne) and small puncture scars. L thigh clear.
BMP notable Ca 9.4, Phos 6.9, alb 2.7 PTH 455 WBC 8.1
A/P:
# Necrotic R lateral thigh plaque - concern for calciphylaxis given HD, obesity, low albumin, at insulin injection + heating pad site. derm consult. wound cx not sent (no drainage)
# ESRD on HD: renal consult, HD Thursday
# DM2: glargine 18 units (moved to abdomen), ISS
# HFpEF: euvolemic, UF with HD
"""),
("2022-11-16", "Dermatology Consult", """
Dermatology Inpatient Consult
69 y/o female seen at request of Dr. Castellanos for R thigh lesion. History as per admission note, confirmed with patient and her daughter. Insulin injections into the R lateral thigh exclusively since she started insulin in August 2022; heating pad nightly on that same area since Labor Day 2022 (Sept 5). Onset of painful nodule 10/30/22.
Exam: R lateral thigh with a large retiform necrotic plaque with eschar as described; peripheral livedo; erythema ab igne in a rectangular pattern matching the heating pad; lipohypertrophy around injection area. No lesions L thigh, buttocks, abdomen or calves.
Impression: calciphylaxis, clinically very likely, at combined site of repeated insulin injection and chronic heat exposure (Koebner type localization).
Plan: 2 punch biopsies (edge), done today. Stop heating pad entirely. Rotate insulin to abdomen/arms. Recommend renal start STS pending path, avoid warfarin, non calcium binder. Wound care: Medihoney, foam, change daily.
"""),
("2022-11-18", "Dermatopathology Report", """
Dermatopathology report
A. Skin, right lateral thigh, edge of necrotic plaque (punch)
B. Skin, right lateral thigh, livedoid border (punch)
Microscopic: A: epidermal and dermal necrosis; arterioles in the subcutis showing circumferential calcification of the media, intimal proliferation, thrombi; extravascular calcium deposits in fat. B: small subcutis vessels with calcium in their walls without necrosis; mild dermal melanophages and dilated superficial vessels as seen in erythema ab igne.
Diagnosis: A and B. calciphylaxis; B also shows changes of erythema ab igne.
"""),
("2022-11-19", "Internal Medicine Progress Note", """
IM Progress Note HD 5
S: pain in R thigh 6/10 with oxy and gabapentin. No fevers. Daughter visited and took the heating pad home.
O: T 36.9 BP 114/66 HR 84. BMI 33.0. R lateral thigh eschar 3 x 2 cm unchanged, periwound livedo stable, no purulence.
A/P (copied from 11/15 and updated):
# Necrotic R lateral thigh plaque - concern for calciphylaxis given HD, obesity, low albumin, at insulin injection + heating pad site. derm consult. -> UPDATE 11/18: bx proven calciphylaxis. STS 25g at every HD run started 11/17. wound care per derm.
# ESRD on HD: renal consult, HD Thursday -> HD TTS cont
# DM2: glargine 18 units (moved to abdomen), ISS
# HFpEF: euvolemic, UF with HD
Addendum 11/19 1700: discussed with pt that the calciphylaxis developed where she both injected and used the heating pad, she verbalized understanding, will inject into upper arms and belly from now.
"""),
]}

V09 = {"patient_id": "V09", "age": 63, "sex": "F", "notes": [
("2023-07-11", "Dermatology Consult", """
Dermatology consult
Reason for consult: buttock wound, ?pressure injury vs other
HPI: 63 yr old lady ESRD on hemodialysis (MWF, L forearm AVG), type 2 diabetes on insulin (she injects into her abdomen), AF on Coumadin, obesity (BMI 35.1), lumbar radiculopathy. Admitted 7/8 w fluid overload. Wound RN asked us to see a painful L buttock ulcer. Pt tells me she has sciatica on the RIGHT and for months she sits on a heating pad tucked under the right buttock in her chair, "only the right side, the left is my good side". The L buttock sore began late June as a very painful purple spot and quickly got a black crust. She has not been bedbound, she walks with a cane.
Exam: L upper inner buttock: 5x4 cm indurated plaque with stellate black eschar and retiform purple edges, tender to light touch. R buttock: reticulated red brown hyperpigmented net pattern (erythema ab igne) over 10 cm area, no induration, no ulcer, not tender. Sacrum and coccyx intact, no blanching erythema. Abdomen injection sites fine.
Assessment:
1. L buttock retiform necrotic plaque - presentation consistent with calciphylaxis (ESRD, warfarin, obesity, fatty area). This is not over a bony prominence so less c/w pressure injury. bx today
2. Erythema ab igne (heating pad related) R buttock - benign, advised to stop using heating pad
"""),
("2023-07-13", "Dermatopathology Report", """
Dermatopathology
Site: left buttock
Clinical: ESRD, warfarin, retiform necrosis - r/o calciphylaxis
Microscopic: ischemic necrosis of epidermis and dermis. Small and medium vessels in septa and lobules of the subcutaneous fat with medial calcium deposits, some with intraluminal thrombus; perieccrine calcification also present. No pressure related hyalinization pattern. von Kossa positive.
Diagnosis: Skin, left buttock, punch biopsy: calciphylaxis.
"""),
("2023-07-14", "Medicine Progress Note", """
Daily Progress Note
S: states "left cheek" of bottom hurts a lot sitting, slept on her rite side. no chest pain no sob
O: 98.6 76 130/70 18 97%RA, -2.1 L with HD yesterday. Weight 95.8 kg. BMI 35.1
Skin: L buttock eschar unchanged. R buttock lacy brown discoloration, intact.
A/P
1. Calciphylaxis L buttock - bx confirmed 7/13. renal started STS with HD. Coumadin -> switched to apixaban per renal and cards. pain regimen. offload buttock with cushion. Heating pad not to be used again on either side.
2. ESRD - HD MWF
3. DM2 - Lantus 22 u + lispro, injecting abdomen
4. Obesity
5. Lumbar radic - lidocaine patch to R low back
"""),
]}

V10 = {"patient_id": "V10", "age": 74, "sex": "M", "notes": [
("2020-09-02", "Hospital Medicine Progress Note", """
PROGRESS NOTE - Hospital Day 2
Subjective: 74M on PD (CAPD 4 exchanges, managed himself) and insulin requiring DM2, admitted 8/31 for L calf pain and wound. He fell in his garbage around two weeks before admission landing on his L knee on the concrete, skinned the kneecap which scabbed over and healed. Wife says the calf sore started "maybe a week after that" in the middle of the inner calf, which he did not hit. Injects insulin in abdomen.
Objective: VSS afebrile. L knee: healed abrasion over the patella with pink new skin, no tenderness, no necrosis. L medial calf mid shaft: 3.5x3 cm ulcer w/ black eschar, surrounding violaceous retiform patch 8 cm, severe pain. Pulses dopplerable. R leg normal. BMI 28.4
Assessment/Plan:
#L medial calf necrotic ulcer - ddx arterial ulcer, calciphylaxis, infected traumatic wound (the fall landed on the knee not the calf). ABI 1.1 noncompressible, arterial duplex pending. Derm consult
#ESRD on PD - renal
#DM2 - basal bolus insulin
"""),
("2020-09-03", "Dermatology Consult", """
Dermatology Consult Note
Patient seen and examined with attending. 74 yo man, end stage renal disease, home peritoneal dialysis since 2017, diabetes on insulin glargine and aspart, no anticoagulants, overweight. Problem: a painful L calf sore for about 10 days.
Relevant history: mechanical fall on the L knee in mid August, abrasion to the kneecap only. The calf lesion arose spontaneously ~1 week later on the medial calf, separate from the knee by about 15 cm of normal skin.
Exam: L medial calf: ulcer 3.5 cm with adherent eschar, retiform purpuric halo, tender. L patella: healed superficial abrasion, no purpura. R lower extremity: no lesions.
Assessment: retiform purpura and ulceration of left medial calf in PD pt - suspicious for calciphylaxis, not related to the knee abrasion by location. arterial studies pending.
Plan: punch bx x2 L calf. f/u path. Minimize calcium, renal to review binder.
"""),
("2020-09-08", "Dermatopathology Report", """
DERMPATH
Specimen: Left medial calf, punch biopsies x2
Clinical: PD, ?calcify laxis vs arterial ulcer
Microscopic: Ulcerated skin with necrotic dermis. Arterioles deep in the fat have mineralized (calcified) media, fibrin thrombi in lumens; calcium also surrounds adipocytes. No features of atherosclerotic large vessel emboli, no cholesterol clefts. von Kossa +
Diagnosis: Left medial calf: calciphylaxis.
"""),
]}

V11 = {"patient_id": "V11", "age": 56, "sex": "F", "notes": [
("2021-08-11", "Medicine Progress Note", """
Medicine progress note
S: 56 F admitted 8/9 with AV graft thrombosis s/p thrombectomy 8/10 now HD through graft ok. She asks about a "bruise" on the right lower belly that has hurt for over a week, says she first saw it on 8/2 (her grandsons birthday) as a small red tender bump before admission, now darker. She is not diabetic and was not on any shots at home. She took warfarin for a L arm graft clot years ago (stopped 2019 after GI bleed).
O: BP 150/84, Obese BMI 40.5. Abdomen: right lower quadrant 4x3cm firm purple plaque, black dot center; several new small bruises from the SQ heparin given here since admission, on the lower abdomen, right and left, including two right next to the plaque.
A/P:
1. s/p graft thrombectomy - renal/vascular following, HD tomorrow
2. RLQ purple plaque - predates admission, ? calciphylaxis vs hematoma, derm consult. Move SQ heparin injections to the arms/thighs away from the plaque.
3. Obesity
"""),
("2021-08-12", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Patient: 56 female on maintenance HD x 4 yrs (ESRD from hypertensive nephrosclerosis)
Consulting: Dr. Halvorsen, medicine
HPI: painful RLQ abdominal lesion. Onset 8/2/2021 per patient, started as a tender pink nodule and evolved to a violaceous indurated plaque with black center. She reports no injections, heat or ice, injury or tight clothing at this site before it began. Prophylactic SQ heparin started 8/9 on admission (7 days after onset), given into abdomen including near the plaque; these injections came after the lesion. No insulin use ever. Hx warfarin 2017 to 2019.
Exam: RLQ: 4x3.5 cm stellate violaceous plaque with livedo border and a 0.8 cm black necrotic center, tender. Scattered small ecchymoses of bilateral lower abdomen at heparin injection sites, nontender, not indurated.
Assessment: Calciphylaxis suspected. Bx today.
Plan: 4 mm punch x 2. no further abdominal injections. Wound care petrolatum and nonadherent dressing.
"""),
("2021-08-16", "Dermatopathology Report", """
Pathology - Dermatopathology
Right lower quadrant abdomen, punch biopsies (2):
- Calciphylaxis; von Kossa positive calcium within vessel walls, thrombi, necrotic fat.
- Focal superficial dermal hemorrhage, nonspecific.
Microscopic description: Sections show skin with dermal and subcutaneous necrosis. Arterioles in the subcutis show medial calcification. Scattered fibrin thrombi. Adipocyte rim calcification. No vasculitis.
"""),
]}

V12 = {"patient_id": "V12", "age": 67, "sex": "M", "notes": [
("2025-02-04", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
Reason: L leg ulcer, rule out calciphylaxis
HPI: 67 yo male with ESRD on HD via R arm fistula (MWF), diet controlled DM2 (no insulin or oral agents), hx parathyroidectomy 2015 with recurrent HPT. Admitted for cellulitis ddx. Wife first noticed a dark spot on the outside of his L lower leg on about Jan 20th, which became painful and ulcerated. Pt emphatic he did not bump or scratch it, no injections or heat there, he does not wear compression. No anticoagulants.
Exam: L lateral lower leg, mid shin, a 5x4 cm ulceration capped with stuck-on black eschar, thin violaceous retiform rim. no streaking. Pedal pulses palpable. R leg without lesions. BMI 26.0.
Assessment: retiform necrotic ulcer of the L lateral lower leg in HD pt with secondary HPT - calciphylaxis strongly suspected. cellulitis unlikely.
Plan: 2 punch biopsies from the edge today. Wound RN. Pain control.
"""),
("2025-02-07", "Dermatopathology Report", """
DERMATOPATHOLOGY FINAL REPORT
Left lateral lower leg, punch x2
Findings: epidermal necrosis with ulceration; dermal and subcutaneous small vessel medial calcification, thrombi, and extravascular calcium deposition in the fat. Von Kossa stain highlights calcium.
Dx: CALCIPHYLAXIS (calcific uremic arteriolopathy).
"""),
("2025-02-12", "Medicine Progress Note", """
Medicine Progress Note
S: Pain in L lower leg much worse after the sharp debridement yesterday, nursing has been putting cold compresses on the ulcer since then which helps a little, also ace wrap put on yesterday for leg swelling. Wife at bed side.
O: vitals stable. L lateral leg: post debridement wound 5.5 x 4.5 cm with red granulation at the margins and thin yellow slough, healing biopsy sites at the edge. R leg clean. BMI 26.0
A/P
1) Calciphylaxis L lateral lower leg (bx proven 2/7): wound care team did sharp debridement 2/11; dressing with hydrogel and foam daily; cold compresses ok for comfort per derm; continue STS 25 g with HD; sevelamer, cinacalcet
2) kidney failure, HD Mon/Wed/Fri through R arm fistula
3) DM2 diet controlled, A1c 6.6
Addendum: Discussed with wound team re: whether the ace wrap could worsen the ulcer, they will use a light tubular bandage instead.
"""),
]}

V13 = {"patient_id": "V13", "age": 51, "sex": "F", "notes": [
("2019-09-23", "Dermatology Consult", """
Dermatology Consult
Consulting physician: Dr. Petrakis, nephrology
HPI: 51 year old female with ESRD due to FSGS on peritoneal dialysis (APD nightly), class III obesity BMI 47, HTN, who was admitted with extremely painful thigh lesions for 3 weeks. She has no diabetes and never used insulin. She denies any injections to the thighs, has never had heparin shots at home, denies heating pads, hot baths, ice, falls, bumps or scratching, says her clothes are loose. Never took warfarin.
Exam: Bilateral medial thighs with large stellate violaceous indurated plaques with reticulated borders; the left one 12 x 8 cm with central black eschar, the right 9 x 6 cm with central dusky necrotic area. Exquisitely tender. No lesions of the calves. Abdomen with PD catheter site ok.
Assessment: Bilateral thigh retiform purpura with necrosis in obese PD patient, classic for calciphylaxis.
Plan: punch biopsy R thigh (less necrotic) tomorrow. Renal to start STS. Counseled to avoid heat or cold on the thighs and to not allow shots into the thighs.
"""),
("2019-09-24", "Nephrology Progress Note", """
Nephrology Progress Note
S: thigh pain 9/10, not sleeping. APD overnight ok.
O: T 37.0 BP 162/90 weight 129 kg. Thighs as per derm. PD effluent clear
A/P 51F ESRD on APD, severe obesity, with suspected calciphylaxis both thighs.
- derm bx today, STS 25 g IV 3x weekly via PIV starting today
- sevelamer, stop calcium carbonate
- DVT prophylaxis: plan SQ heparin, will give it only into the upper arms, NOT into thighs or abdomen
- pain: hydromorphone PCA per palliative
- if path negative consider other causes
"""),
("2019-09-26", "Dermatopathology Report", """
DERMATOPATHOLOGY
Skin, right medial thigh, punch
Microscopic: skin with subcutaneous tissue showing medial calcification of numerous small arterioles, fibrin thrombi, and fat necrosis with calcium deposits around adipocytes; overlying dermal ischemia. Von kossa confirms calcium.
Diagnosis: calciphylaxis.
"""),
]}

V14 = {"patient_id": "V14", "age": 60, "sex": "M", "notes": [
("2024-10-08", "Hospitalist Progress Note", """
Hospitalist progress note
S: 60 yo M, ESRD (HD), insulin-treated DM2, class I obesity (BMI 32.5), admitted for hyperkalemia which was treated in the ED with IV calcium gluconate via R forearm PIV; the IV infiltrated on 10/4 and he developed swelling of the R forearm which is now a firm white chalky area with a blister and a dark crust. He also has a painful spot on his left lower belly since about late September, before this admission.
He gives his insulin into the back of both upper arms (his wife does it).
O: R dorsal forearm 4 x 3 cm firm plaque with chalky white papules, a small blister and crust at the old PIV site. L lower abdomen/pannus: 6 x 5 cm violaceous retiform plaque with central necrosis. Upper arms w/o lesions.
A/P
1. R forearm infiltration injury - elevation, warm compress per pharmacy extravasation protocol, derm consult
2. L abdominal plaque - ? calciphylaxis, derm consult
3. ESRD on HD
4. DM2 - insulin
"""),
("2024-10-09", "Dermatology Consult", """
Dermatology Consult Note
Thank you for consulting us regarding 2 skin problems in this 60 year old man who dialyzes TTS for ESRD and has insulin-requiring type 2 DM and obesity.
1) Right dorsal forearm: onset after calcium gluconate extravasation 10/4/2024 through a peripheral IV. Firm plaque with white chalky papules and a small bulla with crust. This is iatrogenic calcinosis cutis from calcium extravasation, an expected course, NOT calciphylaxis. Will sample to confirm.
2) Left lower abdomen / pannus: lesion present since late September, pt denies insulin or any other injections into his belly (insulin always into the upper arms), denies heating pad, belt pressure or trauma. 6x5cm retiform purpuric plaque, central necrotic eschar, livedo edges. Clinically calciphylaxis.
Plan: punch bx of both. Counseling: avoid all abdominal and thigh injections, keep insulin in the arms, never use heat or ice on the skin, avoid tight belts. Reduce risk: non calcium binder.
"""),
("2024-10-11", "Dermatopathology Report", """
DERMATOPATHOLOGY REPORT
A. Skin, left lower abdomen, punch:
Calciphylaxis. Subcutaneous arterioles are thrombosed, their media heavily calcified; lobular fat necrosis present; von Kossa stain is positive.
B. Skin, right dorsal forearm, punch:
Calcinosis cutis (dystrophic/iatrogenic calcium deposits in the dermis with foreign body giant cell reaction), consistent with calcium gluconate extravasation. No vascular calcification; no features of calciphylaxis.
Comment: Specimen B findings are distinct from specimen A.
"""),
]}

PATIENTS = [V08, V09, V10, V11, V12, V13, V14]
