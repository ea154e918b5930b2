"""probe50 corpus notes, I01-I07 (interpreter- and family-mediated visits; all invented)."""

I01 = {"patient_id": "I01", "age": 63, "sex": "F", "notes": [
("2021-11-15", "Nephrology Clinic Note", """
Renal clinic f/u. Visit conducted w/ certified Spanish interpreter by video (ID #40972); pt's daughter Yesenia also in the room.
63F w/ ESRD (in-centre HD, L forearm fistula, Tu-Th-Sa chair), type 2 DM, takes NPH 18 units twice a day.
Through the interpreter pt reports "una bola dura y morada" on her belly, left side below the navel, that began on Monday 11/08/2021. She says it burns "like chili" and she can't wear her skirt over it. Yesenia explains that she (the daughter) has been giving all of the NPH into that same left lower belly since June because mom's eyesight got worse after the cataract op; before that pt did her own shots in both thighs.
Exam: LLQ abdomen, indurated plaque, violet, ~5x4cm, stellate dusky middle, exquisitely tender. No fluctuance.
Wt 88.2 kg, BMI 33.6.
A/P: painful plaque at insulin site in HD pt - concern for calciphylaxis. Urgent derm. Calcium 9.8 / phosphorus 7.1 last week - d/w unit re binder.
"""),
("2021-11-19", "Dermatology Consult", """
DERMATOLOGY - new consult
Interpreter: Spanish, in person (Marisol R., staff interpreter). Daughter present, answered some questions for pt re: injections.
HPI: painful lesion L lower quadrant since 11/8. Per daughter insulin injected at the same few cm of skin on the left lower abdomen "every day, morning and night" starting 06/2021. No heat, no trauma. Pt asked via interpreter if her sugar shots caused this - explained likely contributed.
Exam: L infraumbilical abdomen - 6 cm retiform purpuric plaque, 1.5cm black eschar at its centre; livedo surrounds. R abdomen clear. Thighs clear.
Procedure: 2 deep incisional bx from edge, L abdomen.
Imp: retiform purpura w/ eschar at site of repeated insulin injections, ESRD on HD. Strongly suspect calciphylaxis, await path.
"""),
("2021-12-02", "Dermatology Follow-up", """
Derm f/u via phone interpreter (Spanish, #51206). Daughter on speaker.
Path: calcification of small subcut vessel walls with thrombi, fat necrosis. VK positive. Dx: calciphylaxis of left lower abdomen, arising at the daughter's insulin injection site.
Told family (thru interpreter) to move injections to the upper outer arms. Nephrology started STS during HD. Wound RN to see at dialysis.
BMI 33.9 today.
"""),
]}

I02 = {"patient_id": "I02", "age": 77, "sex": "M", "notes": [
("2020-02-03", "Telephone Encounter", """
Call from pt's son Minh (pt speaks Vietnamese only, son interpreting on the call; pt heard in the background).
Son says dad has a "black sore" on his right lower back, near the belt line. It started on Tet - they noticed it that morning when he was getting dressed for the temple. Dad says it stings all the time.
Son volunteered that every night since early December dad's been lying on an electric warming pad tucked against that very spot, for his "old back pain". They have unplugged it now.
Pt on PD at home (cycler nightly). Afib on warfarin. Not diabetic.
Advised clinic tomorrow; son will bring him.
"""),
("2020-02-04", "Family Medicine Visit", """
77M, accompanied by son who interprets. Declined professional interpreter, preference documented.
HPI as per phone note 2/3: lesion R low back noticed 01/25/2020 (Lunar New Year). Heating pad used nightly from 12/2019 on the R lumbar area. No falls.
PMH: ESRD 2/2 HTN on CCPD, AF - warfarin, INR 2.6 last check, BPH.
Exam: R lumbar skin - 7 x 5 cm firm stellate purpura, black eschar ~2 cm, surrounding reticulated brown-pink mottling matching the outline of the pad. L back normal.
Ht 165 cm, wt 62 kg, BMI 22.8.
A: necrotic lesion R low back under the heating pad (on warfarin, on PD). Ddx calciphylaxis vs thermal burn w/ necrosis.
P: urgent derm + renal. No heat.
"""),
("2020-02-14", "Dermatology Consult", """
Interpreter: Vietnamese (in person, Mr. Tran, agency). Son also present.
Pt reports via interpreter pain 9/10, worse lying on his back.
Bx 2/10 (R lower back): medial calcification of arterioles, intravascular thrombi, septal panniculitis - consistent with calciphylaxis.
Final dx: calciphylaxis R lower back where the heating pad sat every night since December.
Plan: STS with PD team, warfarin -> apixaban discussion w/ cardiology, dressing w/ hydrofiber. Son taught dressing changes.
"""),
]}

I03 = {"patient_id": "I03", "age": 70, "sex": "F", "notes": [
("2023-03-02", "Vascular Clinic Note", """
Vascular - leg edema. Pt is Haitian Creole speaking; granddaughter Nadège (21) interpreted at pt request.
70F, kidney failure, dialyses Mon-Wed-Fri; DM type 2 (glipizide + linagliptin - no insulin ever per family), HTN. Bilat LE edema, venous duplex w/o DVT.
Skin of both legs intact today, no ulcers.
Measured and fitted today for knee-length graduated compression hose (20-30), to wear daily starting now. Granddaughter will help her put them on in the mornings.
BMI 30.6.
"""),
("2023-04-20", "Home Visit - Nursing", """
HOME VISIT. Present: pt, her daughter Roseline, granddaughter Nadège (interpreting), and a neighbour who left partway.
Daughter reports mom has been crying with leg pain; purple hard patches on both calves came up 3 weeks ago "right where the stocking's top band digs in". Family says the stockings left deep red grooves every evening, "too tight, she could not take them off alone".
Roseline also mentioned her own sugar and blood pressure problems - she is seeing her own doctor.
Findings: bilat posterior calves, where the stocking cuff sits, band-like indurated violaceous plaques, 8cm on left, 6cm on right, with small dark eschar on the L. Very tender.
Stockings removed and bagged. Called HD unit nephrologist - seen at HD tomorrow.
"""),
("2023-04-27", "Dermatology Consult", """
DERM CONSULT (interpreter: Haitian Creole, tele, ID 3318)
Family at bedside (daughter, granddaughter).
Bilateral calf plaques from ~3/30/23, circumferential in the zone of the compression stocking band which she wore daily since 3/2/23.
Exam: retiform purpura with central necrosis both calves, livedo extending to the popliteal fossae.
Punch bx R calf: calcium in vessel walls of small arterioles, thrombosis - calciphylaxis.
Dx calciphylaxis, bilateral lower legs, pressure from compression garment. No further compression. STS 3x/wk with HD.
"""),
("2023-06-01", "Dialysis Unit Note", """
Chairside note. Pt speaks via granddaughter on FaceTime. Calf wounds cleaner, eschar L lifting at edges. Pain 5/10.
Wt down, BMI 30.0 today. Continues STS, cinacalcet started.
"""),
]}

I04 = {"patient_id": "I04", "age": 58, "sex": "M", "notes": [
("2022-07-12", "Operative Note", """
Procedure: R groin hernia, open mesh repair (Lichtenstein technique).
Pt Mandarin-speaking; consent obtained with in-person interpreter (Ms. Zhou). Wife present preop.
58M, ESRD on PD (CAPD) - hernia felt to be related to PD dwell volumes. DM2 on glargine (injects upper arms).
Incision: 6 cm oblique, R groin. Closed in layers, subcuticular 4-0. Uncomplicated.
Hold PD 48h, low-volume exchanges thereafter.
"""),
("2022-09-28", "Surgery Clinic Note", """
Post-op f/u, R inguinal hernia repair 07/12/2022. Interpreter via phone (Mandarin #6607). Wife speaks a little English and added details.
Through the interpreter: the incision healed well by August, then around the middle of September the scar "went hard and purple and now hurts more than the surgery". Wife says he cannot stand up straight because of it.
Exam: along the healed R groin incision there's a firm purple-violet plaque, roughly 5 by 2 cm, centred by a small black spot and lacy livedo at the lateral end. No hernia recurrence. No erythema tracking, afebrile.
Not typical for wound infection. Given PD and DM, worry about calciphylaxis. Referring derm + nephrology. BMI 27.1.
"""),
("2022-10-06", "Dermatology Consult", """
Interpreter: Mandarin (video, ID 20314). Wife present.
HPI: painful plaque in the R groin surgical scar, onset mid-Sept 2022.
Bx: tiny subcut vessels calcified in their walls; fibrin clot; lobular fat necrosis seen too. Dx: calciphylaxis in R inguinal incision scar (Koebner-type localisation to surgical site).
Denies warfarin. Glargine injected in arms only - skin there normal.
Plan: STS, switch calcium-based binder, wound care w/ PD nurses.
"""),
]}

I05 = {"patient_id": "I05", "age": 66, "sex": "F", "notes": [
("2019-08-22", "Primary Care Visit", """
Pt seen with daughter Hodan who interprets (Somali). Pt prefers daughter; offered phone interpreter, declined.
Hodan says her mother caught her right shin, front part, on the car door step getting out of the van 3 weeks ago. It bled a little, scabbed and nearly healed, then 10 days ago the same spot turned into a hard purple patch that hurts "like a burn".
Hodan adds that her own mother-in-law had diabetic foot ulcers, so the family is worried.
PMH: kidney failure, dialysis Mon/Wed/Fri; sugar diabetes (type 2) - metformin stopped, now sitagliptin; AF on warfarin. No insulin.
Exam: R pretibial area: stellate, indurated, violet plaque 4x3 cm, central 8 mm black crust, exquisitely tender. L leg normal. DP pulses faint both.
BMI 35.2.
A/P: ?calciphylaxis vs infected traumatic wound. CBC, Ca/Phos, derm urgent.
"""),
("2019-08-29", "Dermatology Consult", """
Interp: Somali, in person (Abdi M.). Daughter present.
R pretibial plaque since ~8/12/19, at the exact spot of a car-door scrape (~8/1/19).
Exam: retiform purpura, central necrotic eschar, R shin. Livedo mild.
2 punch bx taken.
Imp: suspect calciphylaxis (warfarin + ESRD + obesity), pending path.
"""),
("2019-09-05", "Dermatology Phone Follow-up", """
Called pt; daughter answered and interpreted. Pathology reviewed with them: subcutaneous arterioles calcified and clotted - fits calciphylaxis.
Dx confirmed - calciphylaxis R shin at site of prior abrasion. Nephrology aware; STS w/ HD. Discussed stopping warfarin with cardiology.
"""),
]}

I06 = {"patient_id": "I06", "age": 72, "sex": "M", "notes": [
("2018-04-03", "Anticoagulation Clinic Note", """
Pt Polish-speaking; wife Halina interprets (pt preference). Phone interpreter also used for med teaching.
72M ESRD on HD, mechanical AVR on warfarin, INR subtherapeutic 1.4 after dental extraction hold.
Enoxaparin bridging started today. Pt refuses abdominal injections ("no, not the belly"), so home health RN will give enoxaparin SC into the L lateral thigh daily.
Not diabetic. BMI 28.4.
"""),
("2018-05-02", "Home Health RN Visit", """
Home visit. Pt, wife Halina, and adult son Tomasz present. Wife interprets; son also talking over her at times.
Wife reports a "very painful dark spot" on his left outer thigh that appeared at the end of April, where the nurse had been doing the blood thinner shots. Son mentions his own heparin shots after knee surgery last year "did nothing like this".
Findings: L lateral thigh - 5 cm firm purple plaque w/ net-like border, 1 cm dusky center. R thigh normal.
Enoxaparin stopped 4/24 when INR therapeutic. Notified MD.
"""),
("2018-05-10", "Dermatology Consult", """
DERM. Interpreter Polish (in person, Ms. Nowak). Wife present.
Painful L lateral thigh plaque, onset late April 2018, at the enoxaparin injection sites used daily from 04/03/2018.
Exam: indurated retiform purpura with early eschar L lateral thigh.
Bx: calcified dermal/subcut arterioles, thrombi - calciphylaxis.
Dx: calciphylaxis L thigh at injection site, on warfarin + HD.
Plan: STS, cardiology says warfarin stays, mech AVR, wound care. BMI 28.9.
"""),
]}

I07 = {"patient_id": "I07", "age": 80, "sex": "F", "notes": [
("2025-04-28", "Home Visit - Physician", """
HOUSE CALL. Portuguese speaking pt; husband Joaquim and daughters Fátima and Lurdes present. Fátima interpreted; Lurdes and husband added history, sometimes disagreeing.
80F, ESRD on home PD, T2DM on insulin (lispro/glargine), knee OA.
Family says the L knee "went black" - first seen on Easter Sunday when they were dressing her for church. Husband admits she has been holding frozen gel packs on the left knee for her arthritis since last summer, several times a day, "sometimes she fell asleep with it on". Lurdes is diabetic herself and asked about her own feet; advised her to see her PCP.
Exam: L anterior knee, 6 x 5 cm firm violaceous plaque with black necrotic center and lacy purpura extending to the lower thigh. R knee normal.
BMI 31.8, obese.
Imp: necrotic plaque L knee at ice pack site in PD pt - calciphylaxis most likely. Pt does not want biopsy.
"""),
("2025-05-06", "Dermatology Teledermatology Note", """
E-consult w/ photos from house call 4/28 + interpreter-mediated video visit (Portuguese, #88120), husband present.
Ice application to L knee ongoing since summer 2024; lesion onset 04/20/2025.
Photos show retiform purpura w/ central eschar, L knee.
Assessment: clinical diagnosis of calciphylaxis, L knee, confined to the repeatedly iced area. Biopsy deferred per pt/family wishes and risk of non-healing.
Rec: stop ice; STS via PD team; pain mgmt.
"""),
("2025-05-21", "Home Visit - Nursing", """
Home RN. Husband interprets today. Ice packs removed from freezer by daughter. L knee eschar stable, dry. Pain 6/10; gabapentin low dose.
Insulin given in abdomen by husband - skin ok there.
"""),
]}

PATIENTS = [I01, I02, I03, I04, I05, I06, I07]
