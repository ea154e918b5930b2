"""probe99 corpus notes, E01-E07 (emergency department and urgent care; all invented)."""

E01 = {"patient_id": "E01", "age": 62, "sex": "F", "notes": [
("2021-11-17", "ED Triage Note", """
TRIAGE  1342   ESI 3
CC: "sore on my stomach wont heal"
62F, HD TTS via L arm fistula, last run yesterday full tx. Pt reports painful sore L lower belly x 3 wks, now "turning black in the middle". Denies fevers/chills. Ambulatory w/ cane.
FSBG 212. BP 168/92 HR 96 T 37.4 RR 18 SpO2 97% RA. Pain 8/10 "burning".
Allergies: PCN (rash). To pod C.
"""),
("2021-11-17", "ED Physician Note", """
EMERGENCY DEPT PROVIDER NOTE
HPI: 62 y.o. female w/ ESRD on hemodialysis, insulin-requiring T2DM, HTN, presenting w/ an exquisitely tender lesion of the lower abdominal wall that started roughly three weeks back as a firm red knot and has gone dark over the last several days. She gives her own Lantus qHS and Humalog w/ meals. Her shots, per pt, always get stuck into her tummy left of and below the bellybutton "cause I'm right handed and that's where I can see" -- has used that spot since June 2020, when her PCP took her off pills. No recent abx, no drainage.
ROS: neg except above. No CP/SOB.
PE: Obese, BMI 33.6. Belly soft, nontender apart from the lesion itself. LLQ: stellate violaceous plaque 5.3x4.1cm, black eschar centrally approx 1.5cm, netlike purple border, rock hard on palpation, pain way beyond what exam shows. Crepitus absent; not fluctuant. Multiple small lipohypertrophic bumps same quadrant.
Labs: wbc 8.1 / corrected calcium 9.8 / phosphorus 7.2 / iPTH 812, lactate 1.1.
MDM: Painful necrotic plaque in an HD pt with elevated phos/PTH, sitting in her insulin field. Ddx calciphylaxis (leading) vs nec fasc (not toxic, no crepitus, lactate nl - less likely) vs abscess (bedside US no collection). Not a candidate for dc - pain uncontrolled, needs bx + nephro input.
Dispo: admit hospitalist. Derm consult placed. Morphine 2 mg IV x1, fentanyl avoided. Told pt to hold off injecting anywhere near the sore.
"""),
("2021-11-22", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT  (requested by Hospital Medicine)
Reason: necrotic abdominal plaque, ?CUA
Seen 11/19, LLQ plaque sampled x2 by punch at its rim (not the eschar). Path back today: small arterioles of dermis and subcutis with mural calcium, intimal thickening, fibrin thrombi; lobular fat necrosis. Calcium confirmed on VK.
A/P:
1. Calciphylaxis, biopsy-confirmed, LLQ abdominal wall, arising in the patch of L lower abdomen she has injected insulin into since 6/2020. Likely Koebner-type trigger from the repeated needle sticks.
2. Sodium thiosulfate w/ HD - discussed w/ nephrology, starting Mon.
3. Insulin -> outer arms going forward, abdomen off limits.
4. Local care: Adaptic + dry gauze; hold off on debriding.
Will follow.
"""),
]}

E02 = {"patient_id": "E02", "age": 74, "sex": "M", "notes": [
("2023-01-05", "Urgent Care Note", """
Walk-in clinic visit. Pt here w/ wife.
S: 74 yo M on peritoneal dialysis at home (cycler every night), AFib, takes coumadin, "black spots on his back". Wife does most of the talking: "he's had that heating pad across his lower back every single night since Thanksgiving, on high, I kept telling him he'd cook himself." First saw the dark patches on Christmas Eve when she was helping him into the shower. Pt says they "sting like crazy", worse lying down.
O: afebrile. Lumbar region, both sides of the spine: L paraspinal 4 cm purplish-black plaque w/ firm edge, R paraspinal 3 cm similar; faint lacy purple between them. No blisters. Very tender.
A: ?deep burn vs something vascular - with PD + warfarin I'm worried about calciphylaxis.
P: wife driving him over to ED for labs and eval. Called ahead to charge RN.
"""),
("2023-01-05", "ED Physician Note", """
ED NOTE
CC: back lesions, referred from urgent care
HPI: 74M, ESRD 2/2 polycystic kidneys, on CCPD x 2 yrs, pAF (warfarin - today's INR 2.6), nondiabetic. Two exquisitely painful dark plaques low back since 12/24/22. Nightly: plug-in heat pad laid along his low back nightly for chronic lumbar pain, started around Thanksgiving 2022 (11/24). Denies fever, falls, trauma otherwise.
Exam: thin, BMI 29.9 per today's wt/ht (pt is not obese). Low back bilat: two indurated necrotic plaques w/ livedoid periphery as described by UC. Skin elsewhere without reticulated heat mottling.
Calcium-phos product 68. Alk phos nl.
MDM: Bilateral lumbar necrotic plaques in PD pt on warfarin exactly under the heating pad footprint. Leading dx calciphylaxis; thermal injury on ddx but the retiform border and extreme pain fit CUA better. Needs derm bx, pain control, nephrology.
Plan: admit to medicine. Heating pad home with wife - pt agreed not to use. Hold warfarin pending team discussion.
"""),
("2023-01-09", "Hospital Medicine Progress Note", """
HD#4
Skin bx (derm, 1/6) of L lumbar plaque: calcified media in little subQ vessels plus thrombosis, c/w calciphylaxis. R-sided plaque clinically identical.
Assessment: calciphylaxis of the lower back, both sides, exactly where the heat pad has been lying every night from late November on; onset 12/24.
- PD team increasing clearance; STS 25 g with each exchange discussed, starting tonight
- warfarin -> apixaban after cards input
- oxycodone 2.5 q6 prn, lidocaine patch NOT over lesions
- no heat/ice to skin, wife counselled
"""),
]}

E03 = {"patient_id": "E03", "age": 57, "sex": "F", "notes": [
("2024-04-08", "ED Triage Note", """
57 y/o F  ESI 3   arrived by wheelchair from HD unit after her run
c/o "open sore" L leg above knee, started 11 days ago, pain 9/10, cant bear weight comfortably.
Hx: ESRD - chair time M-W-F; DM2; HTN; obesity. Meds list reviewed - linagliptin, sevelamer, cinacalcet, no insulin.
VS 142/80  88  36.9  16  98%
"""),
("2024-04-08", "ED Physician Note", """
HPI: 57F with ESRD/HD, DM2 on orals only, here for a very sore L leg wound. Twisted her L knee stepping off the dialysis chair on 3/2/24; urgent care put her in a hinged knee brace that day. She admits wearing it "really tight so it doesnt slide down" - top velcro strap sits just above the kneecap, on pretty much 24/7 since. Wound appeared 3/28 as a purple welt under the top strap, now a black scab w/ a dusky ring.
Exam: BMI 31.2. L distal anterior thigh, ~8 cm above patella: 3.5 x 2 cm eschar, surrounding violaceous indurated band 10 cm long following where the strap runs. Knee itself: mild effusion, no ecchymosis. R leg nl. DP pulses palpable bilat.
MDM: 57F ESRD w/ necrotic band-shaped lesion under a tight brace strap. Ddx pressure injury from brace, calciphylaxis, cellulitis w/ necrosis. Pain way out of proportion + retiform edge, high Ca-P product -> worried for calciphylaxis. Knee sprain stable.
Plan: brace off, knee immobilizer loose instead; admit obs for derm bx + pain.
"""),
("2024-04-10", "Dermatology Consult", """
Derm c/s - Pt seen and examined, chart reviewed.
Lesion: L anterior distal thigh, eschar with retiform purpuric margin, in a linear band exactly matching the upper brace strap (brace brought in by daughter, strap position confirmed).
Path (4 mm punch, 4/9): subcutaneous vessel calcification, intraluminal thrombi and necrotic fat => calciphylaxis.
Impression: Calciphylaxis L thigh, Koebnerized at site of chronic strap pressure (brace since 3/2, lesion 3/28).
Recs: STS w/ HD, wound RN for dressings, avoid any circumferential straps or tight garments, pain per primary.
"""),
]}

E04 = {"patient_id": "E04", "age": 66, "sex": "M", "notes": [
("2019-11-02", "Urgent Care Triage", """
Pt walks in c/o "scab in my groin thats killing me". States it is right where they fixed his hernia. Noticed ~mid Oct. Dialysis pt. Sent to main ED per protocol (pain + HD pt).
"""),
("2019-11-02", "ED Physician Note", """
ED attending note
66 yo M, dialysis-dependent ESRD, dialyzes T/Th/Sat, access = L forearm AVF, HTN, remote DVT (was on warfarin, stopped 2018), NOT diabetic. Had an open mesh repair of a R inguinal hernia on 8/14/2019, healed without issue per pt.
Since around the middle of October has had a firm purple area at the outer end of that incision that has turned into a black crust. Pain 10/10, can't wear briefs. No fever. No drainage.
PE: Wt 88 kg, BMI 27.4. R inguinal scar well-healed medially; lateral 3 cm: star-shaped black crust, firm purple skin beneath and around it, reticulated purpura around it extending 2 cm. No bulge, no cough impulse, no fluctuance.
CT A/P: no abscess, mesh in place, no fluid; extensive vascular calcs.
MDM: HD patient w/ a necrotic lesion within an operative scar. Surgical site infection/mesh infection unlikely given imaging and timing. Calciphylaxis high on ddx. Gen surg + derm called.
Dispo: admit, surgery primary.
"""),
("2019-11-05", "Surgery Admission Progress Note", """
Gen Surg progress
Bx (4mm, edge of R groin lesion) - small vessel calcification + thrombosis in subQ fat. Dx: calciphylaxis in the R inguinal hernia incision.
Timeline: hernia repair 08/14/19 -> lesion in scar from mid-October.
Plan: no operative debridement now, local wound care, STS via HD unit, renal to adjust binders. Home when pain controlled.
"""),
("2019-11-20", "ED Return Visit Note", """
RETURN VISIT - 66M known calciphylaxis R groin (dx 11/5 this hospital), on thiosulfate w/ HD. Back for pain crisis overnight, ran out of oxycodone. Wound unchanged in size, dry eschar, no cellulitis, no pus. Afebrile. No coumadin since 2018 per pt.
Given home dose, rx bridge 3 days, palliative care outpt referral faxed. Dc home w/ son.
"""),
]}

E05 = {"patient_id": "E05", "age": 70, "sex": "F", "notes": [
("2025-01-09", "ED Physician Note", """
Chief complaint: slipped on ice
70 y.o. F, HD pt (M/W/F), DM2 on insulin, lost her footing on ice in the driveway early today getting the mail, went down onto both knees/shins on the concrete. Didn't hit head. No LOC. Takes no anticoagulant.
Exam: superficial abrasions to both anterior shins (R 6 x 3 cm, L 5 x 2 cm), mild surrounding bruising. Knees FROM, nontender patellae. No deformity.
XR bilateral tib/fib neg.
MDM: mechanical fall, superficial injuries only. Wounds irrigated, bacitracin + nonstick gauze.
Dc home, wound care instructions, PCP f/u.
"""),
("2025-02-03", "ED Triage Note", """
c/o worsening leg wounds, "both shins are black now and hurt worse than when I fell", pain 10/10. Sts the dark spots began 01/20. Daughter at bedside. FSBG 164. Afebrile.
"""),
("2025-02-03", "ED Physician Note", """
HPI: 70F ESRD on HD, insulin-dependent T2DM (injects into her upper arms, daughter helps), obesity. Seen here 1/9 after fall on ice w/ abrasions of both shins. Per pt and daughter the scrapes were "almost healed" then on 1/20 both spots went purple, hard, and then black.
PE: BMI 35.2. Right shin, front: black eschar about 5.4x3.8cm, stellate violaceous edge. Left shin, front: similar, roughly 4.2x3.1cm. Both sit on the old abrasion beds. Upper arms: mild lipohypertrophy, no lesions. Pedal pulses dopplerable.
MDM: bilateral shin necrosis in HD pt, appearing in healing traumatic abrasions 11 days after the fall. Ddx: calciphylaxis, infected abrasions, PAD ulcers (ABI difficult). Very painful, retiform margins - calciphylaxis favored.
Plan: admit, derm bx, vascular studies, wound RN.
"""),
("2025-02-06", "Dermatology Consult", """
Derm consult note.
Bilateral anterior lower leg eschars. Punch bx R shin (2/4): subcutaneous vessels calcified and thrombosed, c/w calciphylaxis.
Dx: calciphylaxis of both shins, located in the areas of the shin abrasions she got when she fell on ice 1/9/25; lesions since 1/20/25.
Rec: thiosulfate each HD session, d/c calcium acetate, gentle wound care, no compression wraps.
"""),
]}

E06 = {"patient_id": "E06", "age": 59, "sex": "F", "notes": [
("2023-09-12", "Urgent Care Note", """
UC VISIT
59 yof c/o tender firm area, R arm posteriorly, began on Labor Day. Thinks it is "a bug bite gone bad". On home PD. Also on warfarin since her August hospital stay (clot in leg).
Exam: firm dusky 6cm plaque posterior right upper arm, pinpoint black center, very tender, no fluctuance.
Given PD + anticoag and appearance, not comfortable treating as abscess here -> ED.
"""),
("2023-09-12", "ED Nursing Note", """
1815 Pt arrived from UC via private vehicle, husband driving. A&Ox4. Pain 8/10 R arm, guarding. PD catheter site clean dry intact, pt did last exchange 1400. Wt 79.8 kg ht 163 cm. Husband states "she had all those heparin shots in the back of her arms last month, both arms, that's where it started hurting". MD aware.
"""),
("2023-09-13", "Hospitalist Admission H&P", """
H&P
59F ESRD (IgA nephropathy) on CAPD, no DM, admitted Aug 2023 (outside hosp) x 12 days for CAP, complicated by L popliteal DVT -> discharged on warfarin. During that admission received SQ heparin injections TID, nurses took turns between the backs of the L and R upper arms.
Presents w/ painful plaque R posterior upper arm, onset Labor Day (9/4).
Exam: BMI 30.0, obese. R posterior arm: hard purple plaque 6.2x4.8cm, 1 cm eschar, livedo at rim. L posterior arm: few faded ecchymoses, no plaque.
A/P: Suspect calciphylaxis where the heparin shots went in in PD pt on warfarin. Derm bx tomorrow. Continue warfarin for now (DVT) - discuss w/ heme.
"""),
("2023-09-15", "Dermatology Consult", """
Derm: R posterior upper arm bx - subcutaneous arteriolar calcification w/ thrombi, fat necrosis. Confirms calciphylaxis.
Comment: lesion lies in the zone used for SC heparin in Aug 2023; left arm spared so far.
Recs: STS via PD team, switch warfarin to DOAC if heme agrees, no injections to arms.
"""),
]}

E07 = {"patient_id": "E07", "age": 64, "sex": "M", "notes": [
("2020-02-10", "ED Triage Note", """
64M c/o R hip wound, pain 9/10, limping. HD MWF, missed none. Insulin pt, BG 188. Obese. "My hip is rotting" per pt.
"""),
("2020-02-10", "ED Physician Note", """
S: 64 yr male. Gets HD (ESRD); T2DM - insulin into abd, morbid obesity, trochanteric bursitis R hip per PCP. Since last autumn he has been putting gel cold packs straight from the freezer onto the R side of the hip several times a day, no towel. On 1/28 noticed a dark tender patch right there; patch enlarging, crusted black now.
O: BMI 38.4. Overlying the R greater trochanter: retiform purpuric plaque ~7.1x5.2cm, 2cm eschar centrally. Abdomen: injection bruising periumbilical, no plaques. L hip nl.
MDM: necrotic lesion at site of repeated cold pack use in an HD patient. Frostbite/cold injury vs calciphylaxis vs pressure injury (sleeps on L side, so less likely). Admit for bx + pain control.
"""),
("2020-02-12", "Hospital Medicine Progress Note", """
Day 2. Derm bx R lateral hip: calcified subcutaneous arterioles, thrombi -> calciphylaxis, confirmed.
Lesion where he iced the bursitis daily since fall 2019; onset 1/28/20.
Plan: STS w/ HD, cinacalcet up, cold packs stopped, insulin continue to abd.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
