"""probe68 corpus notes, T08-T14 (surgical and burn-unit consults, procedure notes; all invented)."""

T08 = {"patient_id": "T08", "age": 60, "sex": "F", "notes": [
("2025-05-30", "Burn Unit Consult", """
BURN SURGERY CONSULT
CC: grease burn R hand

60F, cooking-oil pan tipped over onto her right hand 5/28. Hx ESRD - HD thrice weekly, access = L forearm AVF, T2DM on glipizide + linagliptin - oral agents only, no insulin ever. Obese, BMI 33.0. No anticoagulants.

Burn exam: R dorsal hand and dorsal proximal phalanges 2-4, ~1.2% TBSA. Waxy white centrally, insensate to pinprick, no cap refill = deep partial to full thickness. Palm spared. Fingers perfused.
Other skin: intact; thighs unremarkable.

Plan: OR this week for tangential excision + STSG to the R dorsal hand. Discussed donor site options, pt prefers thigh ("nobody sees it"). Hand therapy consult. HD on schedule, no fluid issues.
"""),
("2025-06-03", "Operative Note", """
OPERATIVE NOTE

Procedures:
 1. Tangential excision R dorsal hand burn, 110 cm2
 2. Split-thickness skin graft harvest, L anterolateral thigh, 0.012 inch, meshed 1:1.5
 3. STSG application to R dorsal hand, secured with staples; bolster + volar splint
Anesthesia: GA
Findings: deep dermal burn, punctate bleeding reached at mid-dermis in most areas, extensor paratenon intact.
Donor: L anterolateral thigh 12x10 cm, epinephrine-soaked lap pads, dressed with Xeroform + ABD.
EBL 60 mL. No complications. Splint to stay until POD5 graft check.
"""),
("2025-07-10", "Burn Clinic Visit", """
BURN CLINIC

R hand: graft ~100% take, soft, ROM improving w/ OT.

L thigh donor site: had re-epithelialized fine by POD 14. She says the donor area "started burning like fire" on the Fourth of July; afterwards a purple net pattern crept across it, and now there are 2 black patches inside the donor rectangle.
Exam: L anterolateral thigh, within the healed donor field: two stellate necrotic areas 3x2 cm and 2x2 cm, each ringed with retiform purpura; skin between them indurated and very tender. No drainage, afebrile. R thigh normal.
Differential: calciphylaxis in a HD pt (lesion confined to the surgical donor site) vs delayed donor-site infection.
Bedside 4 mm punch x2 from the purpuric margin today, local lido. Path + cx sent. Renal notified for Ca x P, PTH.
"""),
("2025-07-18", "Burn Clinic - Results Call", """
Telephone/results note

Discussed pathology with pt and daughter by phone: skin and subcutis from the L thigh donor site show calcific arteriolopathy with thrombosis and surrounding necrosis of fat. Calciphylaxis, arising in the STSG donor site from June 3. Cultures no growth.
Plan explained: starting sodium thiosulfate w/ dialysis (renal placing orders), no further grafting or harvest from either thigh, dressings Mepilex Border q3d, clinic visit Tues. BMI remains 33.0 per dialysis weight.
Pt verbalized understanding.
"""),
]}

T09 = {"patient_id": "T09", "age": 57, "sex": "M", "notes": [
("2022-03-09", "General Surgery Consult", """
Surgery Consult
Reason for consult: RLQ abdominal wall necrosis, ?abscess

57 yo M, ESRD on hemodialysis (TTS), insulin-requiring type 2 diabetes (Lantus 22u + Novolog). He is very particular about where he injects: always in the L side of his belly, lateral to the umbilicus, rotating within that area. He states he has never injected on the R side ("my right side feels weird, like ticklish"). No heat, ice, belts, falls or scratches on the right.
HPI: ~2 wks of a painful hard area in the RLQ that turned dark; now has a black center.

PE: BMI 34.9 (wt 108 kg).
  RLQ abd wall: 5x4 cm indurated plaque, 2 cm central black necrosis, lacy violaceous periphery. No fluctuance on exam, bedside US: no fluid collection.
  LUQ/LLQ injection area: scattered lipohypertrophy, no discoloration, no ulcer.
Imp: not an abscess. Retiform necrotic plaque, suspect calciphylaxis; located on the side he does NOT inject.
Plan: punch bx, no I&D. Renal to check PTH.
"""),
("2022-03-11", "Procedure Note", """
PROCEDURE NOTE
Punch biopsy, right lower quadrant abdominal wall
Indication: necrotic plaque, possible calciphylaxis
Consent obtained, time out performed.
Local anesthetic: 2 mL of 1% lido.
6 mm punch at the violaceous margin including subcutaneous fat; closure w/ 2 simple interrupted 4-0 nylon.
Pt tolerated procedure well, no immediate complications. Specimen labeled and sent.
"""),
("2022-03-24", "Surgery Follow-up", """
SURG F/U

Path (3/15): calciphylaxis - subcutaneous small vessels w/ mural calcium, intraluminal thrombi, and necrotic fat.
RLQ lesion slightly bigger, 5.5x4.5 cm, central eschar dry.
L abdominal injection zone: still no lesions, no purpura.
BMI 34.9. Insulin regimen unchanged per endocrine; continue to inject L side only.
Plan: leave dry eschar, topical betadine, STS started on HD 3/18. RTC 3 wks, sooner if fluctuance or drainage.
"""),
]}

T10 = {"patient_id": "T10", "age": 67, "sex": "F", "notes": [
("2023-02-15", "Wound Surgery Consult", """
Consult: wound/general surgery

67F on automated PD for 2 yrs, mechanical aortic valve (St Jude, 2014) so on lifelong warfarin. BMI 26.0, no diabetes history.
L medial calf ulcer since Feb 1, 2023 - started as a very painful purple patch, no precipitating event. Specifically asked: denies any bump, fall, scratch, insect bite, any shots, heat, or cold applied to that leg. No new shoes or stockings.
Exam: L medial calf mid-third: 3x2.5 cm ulcer, base black eschar, livedoid violaceous border, firm surrounding tissue. Pedal pulses palp. R leg clear.
Ddx: calciphylaxis given PD + warfarin; warfarin necrosis unlikely after 9 yrs; vasculitis.
Plan: punch bx tomorrow, Vaseline gauze, elevate.
"""),
("2023-02-24", "ED Surgical Consult", """
ED - surgery re-consult

Pt tripped over her PD cycler tubing at home on 2/20 and hit the L calf against a coffee table corner, next to the ulcer. Came in for bleeding from the area.
Exam: new 6x5 cm hematoma/ecchymosis just distal to the known ulcer, tense but not expanding. Ulcer itself 3.5x3 cm, some fresh blood at edge. INR 4.1.
Bx from 2/16 resulted: calciphylaxis (calcified subcutaneous arterioles, thrombi, necrosis).
So the injury happened ~3 wks after the ulcer began; the ulcer predates it.
Plan: hold warfarin x1 (cardiology ok), compressive dressing, no evacuation. Will need OR debridement.
"""),
("2023-03-20", "Operative Note", """
Brief op note
Dx: calciphylaxis L medial calf w/ organized hematoma
Procedure: excisional debridement L calf ulcer, 5x4 cm, evacuation of organized hematoma, application of NPWT
Findings: necrotic fat beneath eschar, old clot distally, no abscess.
EBL 40. No complications.
Note: PD stopped after peritonitis 3/5; switched to unit-based HD (R IJ tunneled cath), MWF. Warfarin resumed post-op per cards, bridging not needed.
BMI 26.0.
"""),
]}

T11 = {"patient_id": "T11", "age": 62, "sex": "M", "notes": [
("2021-09-07", "Surgical Consult", """
General Surgery Consult
62M, ESRD, HD MWF, T2DM on sitagliptin (no insulin). BMI 30.0.
Painful black area R buttock, began roughly 10 days ago - first a firm purple spot over the upper outer buttock. No IM injections there ever, no prior surgery, no falls or bumps, no heating pads.
Exam: R upper outer buttock: 7x5 cm necrotic plaque with black center, retiform purpura around it, woody induration. L buttock and sacrum intact. No fluctuance.
Imp: necrotic plaque R buttock, concerning for calciphylaxis; wet gangrene/infection unlikely.
Plan: OR for excisional debridement + tissue biopsy.
"""),
("2021-09-09", "Operative Note", """
OPERATIVE NOTE
PREOPERATIVE DIAGNOSIS: necrotic R buttock plaque, suspected calciphylaxis
POSTOPERATIVE DIAGNOSIS: unchanged
OPERATION: excisional debridement R buttock, 8x6x2 cm, with full-thickness skin/subcut biopsy
ANESTHESIA: general
INDICATIONS: see consult 9/7
FINDINGS: dry eschar, grey avascular fat, calcified feeling vessels in the fat. Debrided to bleeding tissue. No abscess cavity.
SPECIMEN: tissue to pathology with calcium stains; cx.
EBL 75 mL. Tolerated well.
POST-OP: NPWT placed 125 mmHg.
"""),
("2021-09-20", "Wound Surgery Progress Note", """
Progress - wound surgery

Path: small and medium vessel calcification in the subcutis, thrombi, ischemic fat necrosis. = calciphylaxis.
R buttock wound after debridement: 8.5x6x2 cm, 40% granulation, slough at superior edge.
NPWT changed MWF since 9/9; skin under the drape tape has mild stripping at the margins, barrier film applied. Floor RN had been putting warm compresses on the wound edge for comfort since 9/14 - asked to stop.
BMI 30.0.
Plan: continue NPWT, STS w/ HD, nutrition consult. Repeat bedside debridement of slough next wk.
"""),
]}

T12 = {"patient_id": "T12", "age": 45, "sex": "F", "notes": [
("2024-02-06", "Burn & Wound Consult", """
BURN/WOUND SERVICE CONSULT

45 yo F, ESRD on HD since 2019, T1DM? no - T2DM, on an insulin pump (infusion set changes in the abdomen only). Class III obesity, BMI 44.3.
Seen for painful wounds both inner thighs x 1 month. Outside derm biopsy 1/25 (L medial thigh): calciphylaxis.
ROS specifically: denies injections into her thighs, denies heat or ice, denies trauma/falls, denies tight clothing, says she wears loose dresses. No rubbing that she can identify.
Exam:
 L medial thigh - 10x6 cm black eschar w/ retiform purpura at margin
 R medial thigh - 6x4 cm violaceous plaque w/ small central ulcer
 Abdomen (pump sites) - no lesions
Plan: debridement under anesthesia; pre-op w/u. Not grafting yet.
"""),
("2024-02-08", "Pre-op Assessment", """
PRE-ANESTHESIA / PRE-OP ASSESSMENT
Planned: excisional debridement of bilateral medial thigh calciphylaxis wounds. Possible later STSG - if needed later the donor site would have to be taken from the anterior thigh or back; pt counseled this would be a new wound and could itself develop calciphylaxis.
ASA IV. HD day before surgery. K 4.9.
DM: insulin pump to basal only night prior.
VTE ppx post-op: SC heparin is planned - inject into upper arms only - avoid thighs and abdomen.
BMI 44.3. Airway: Mallampati 3, OSA on CPAP.
Consent discussed including bleeding, infection, non-healing.
"""),
("2024-02-12", "Operative Note", """
OP NOTE
Procedure: excisional debridement L medial thigh (11x7 cm) and R medial thigh (6x5 cm), skin and subcut.
No grafting performed; no donor site harvested.
Findings: L side eschar over necrotic fat, base with mottled calcific fat, bleeding at ~2 cm; R side thinner necrosis.
Dressings: Aquacel Ag + ABD bilat.
EBL 90 mL. Complications: none.
Pt to PACU, HD tomorrow.
"""),
]}

T13 = {"patient_id": "T13", "age": 70, "sex": "M", "notes": [
("2018-11-14", "Burn Unit Consult", """
Burn Consult

70M HD pt (MWF). AFib on warfarin. HbA1c 6.1% = prediabetic range, untreated. BMI 29.9; he objects to the word obese ("I'm a big guy, that's all").

1) L low back burn: uses a microwavable heat pack on the L lower back for sciatica, fell asleep on it 11/10. superficial partial-thickness contact burn 6x4 cm, pink, moist, blanching, blisters debrided. Typical contact burn.
2) Both calves: 3 wks of painful purple mottling that has become two black patches, R calf 4x3 cm and L calf 3x2 cm, with net-like purpura. Denies leg injuries; never put heat/cold on the calves.
Imp: (1) contact burn, will heal w/ dressings. (2) calf lesions: retiform purpura w/ necrosis in HD pt -> suspect calciphylaxis.
Plan: bx R calf.
"""),
("2018-11-16", "Procedure Note", """
Procedure: punch biopsy R posterior calf
Two 4 mm punches at lesion edge under local 1% lido, INR 2.4 so pressure held 10 min. 4-0 nylon.
Specimen: derm path, von Kossa.
Complications: none.
"""),
("2018-11-28", "Burn Unit Progress Note", """
BURN PROGRESS

Path (R calf): calciphylaxis - subcutaneous vessel calcification, fibrin thrombi, necrotic fat.
Calves: R 4.5x3 cm and L 3x2.5 cm eschars, unchanged.
L low back burn: re-epithelializing, 80% healed, no necrosis, no purpura, soft surrounding skin - this is the heat pack burn healing normally, no features of calciphylaxis there.
Warfarin -> apixaban per renal given calciphylaxis.
BMI 29.9.
Plan: STS, calf wound care, burn dressings to continue until closed. Heat pack discarded.
"""),
]}

T14 = {"patient_id": "T14", "age": 59, "sex": "F", "notes": [
("2020-10-05", "Surgical Consult", """
Gen Surg consult - pannus wound

59F on CCPD, T2DM on linagliptin (never insulin). BMI 37.0 (class II obesity).
Outside biopsy 9/2020 (lower pannus): calciphylaxis. Transferred for surgical opinion.
She gets her darbepoetin shots weekly into the backs of both arms, switching arm each week, given by PD RN - arms are clear.
Exam: lower abdominal pannus, central, just above the suprapubic fold: 9x5 cm necrotic plaque, black center, purpura at margin, maceration in the fold. Upper arms: injection spots, no induration, no purpura.
Imp: pannus calciphylaxis, proven on biopsy.
"""),
("2020-10-07", "Pre-op Assessment", """
Pre-op assessment (surgery)
For debridement of pannus calciphylaxis; panniculectomy discussed but deferred - too high risk now.
Counselling done: avoid binders or tight waistbands over the abdomen; no heating pad, hot water bottle or ice pack against her skin at all; keep injections rotated and out of the abdomen; report any new painful purple areas.
PD effluent clear on last check; PD RN aware of the date.
BMI 37.0. Glucose 160s.
Anesthesia ok for MAC + local.
"""),
("2020-10-20", "Operative Note", """
BRIEF OPERATIVE NOTE
Procedure: sharp excisional debridement of lower abdominal pannus wound, 10x6 cm, to viable subcut tissue
Findings: thick eschar, necrotic fat, calcified vessels visible in the specimen, no purulence
Specimen: path
Dressing: Hydrofera Blue, fold offloaded with soft gauze
EBL 30 mL
No complications. PD to resume tonight with low fill volume.
"""),
]}

PATIENTS = [T08, T09, T10, T11, T12, T13, T14]
