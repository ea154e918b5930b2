"""probe176 corpus notes, B08-B14 (travel medicine, immunization clinics, pharmacy vaccine records
and the dialysis, dermatology, wound and primary-care notes around them; all invented)."""

B08 = {"patient_id": "B08", "age": 60, "sex": "M", "notes": [
("2024-07-10", "Post-Travel Clinic Visit", """
NORTHFOLD TRAVEL HEALTH - POST-TRAVEL VISIT
60M back 7/3/24 from 3 wks in Queensland, Australia (Brisbane, Cairns) visiting his daughter;
~15 h flight home plus a connection.
1) Diarrhea x 4 d in Cairns, resolved w/o abx. No fever, no blood. Nothing now.
2) L low back ache since the long flight. He has been wearing ThermaCare heat wraps on the
L low back every day since the Fourth of July, 8+ h at a time, and twice slept in one.
PMH: ESRD - CAPD, four manual exchanges daily, since 2022; T2DM (linagliptin only, no insulin
ever); HTN; gout.
PD during trip: exchanges in hotel rooms, no peritonitis.
VS: 134/80, 76, T 36.6, wt 94.6kg, ht 177.6cm, BMI 30.0
On exam: L paralumbar muscle tenderness, no midline TTP, SLR neg. Skin of the L low back faintly
pink in a rectangle, no blisters.
A: Resolved travelers' diarrhea. Mechanical L lumbar strain.
P: Acetaminophen; stretching handout. Heat: limit to 20-30 min sessions, never sleep with a
wrap on, look at the skin after - reduced sensation risk. PT referral if not better in 3 wks.
"""),
("2024-09-10", "PD Clinic Visit", """
PD CLINIC
60M on CAPD. L low back: deep burning pain, a hard spot that hurts to touch, since Labor
Day, getting darker. Says the back strain itself is better.
Exam: 128/76, wt 94.5kg (BMI 30.0). L lumbar paraspinal skin: 6x5cm plaque, violaceous and
indurated, livedo at the edge, dusky center, no blister or ulcer. Exit site clean, no crust.
Labs 9/3: Ca 9.6, Phos 7.2, iPTH 1015, Alb 2.9, bicarb 24.
Meds: calcitriol 0.5mcg qd; Ca acetate 2 tabs (1334) TID; linagliptin; allopurinol 100;
amlodipine 5.
A: ?calciphylaxis, L low back.
P: Deep biopsy by derm - asked for this week. Hold calcitriol; stop calcium acetate ->
sucroferric
oxyhydroxide 500mg TID chewed with meals. Review PD prescription for phosphate clearance.
"""),
("2024-09-24", "Dermatology Consult", """
DERMATOLOGY
Bx 9/13/24 L low back (incisional): small-vessel medial calcification, thrombi, fat necrosis;
no vasculitis. -> CALCIPHYLAXIS.
60M on PD. L low back plaque now 7x6cm, black eschar 2cm. The plaque is rectangular
and lies directly beneath where he wore the heat wraps every day from the Fourth of July on (he
showed me the placement). No other lesions - abdomen around the PD catheter, thighs and
buttocks clear.
IMP: Calciphylaxis, L low back - confined to the skin the heat wraps sat on day after day.
PLAN: sodium thiosulfate (intraperitoneal per PD team vs IV); stop all heat (wraps, pads,
hot packs) to
the back; silicone-bordered foam dressing, nothing adhesive on the fragile skin. Pain:
acetaminophen + low-dose gabapentin. RTC 2 wks.
"""),
]}

B09 = {"patient_id": "B09", "age": 64, "sex": "F", "notes": [
("2016-01-04", "Dialysis Unit Hepatitis B Vaccine Flowsheet", """
HARLOW BEND DIALYSIS - HEP B VACCINE FLOWSHEET
Pt B09, 64F, chair 6, MWF 1st shift.
Indication: anti-HBs <10 after her 2011 series (non-responder) - repeat 4-dose series,
Engerix-B 40mcg (2x1mL) at 0, 1, 2, 6 mo.
 #1 11/02/2015  lot AHB7731  IM  R anterolateral thigh   K. Mundy RN
 #2 12/01/2015  lot AHB7731  IM  R anterolateral thigh   K. Mundy RN
 #3 01/04/2016  lot AHB8020  IM  R anterolateral thigh   P. Salas RN
 #4 due 05/2016
Arms excluded: L arm AVF; R arm - mastectomy with axillary node dissection 2009, no
sticks/BP/injections on that side.
Tolerated each dose; nothing at 15 min observation. VIS (Hep B) given at #1.
Hx: ESRD on HD since 2012; T2DM on NPH insulin 20 u AM / 10 u PM, injected into the abdomen;
HTN; breast cancer in remission; obesity (BMI 35.0).
"""),
("2016-02-22", "Hemodialysis Rounding Note", """
HD ROUNDS - Harlow Bend
64F MWF. Painful purple lacy patch, L inner thigh, x 1 week, worse
at night, hurts to cross her legs. No fever. No injury she knows of.
Vitals: 158/74, 86, 36.7, pre wt 91.2kg.
L medial thigh: 8x5cm tender retiform purpura over firm subcutaneous induration, dusky
center, no ulcer. R thigh (vaccine side) normal skin, no nodules. Abdomen soft.
Labs 2/15: Ca/Phos/PTH/Alb = 9.8/7.0/880/3.2; Hgb 10.1.
Meds: calcium acetate 667mg x3 TID, calcitriol 0.5mcg TIW, NPH insulin, lisinopril,
metoprolol, letrozole stopped 2014.
A: Retiform purpura L inner thigh in obese diabetic HD pt on Ca binder and vit D - concern for
calciphylaxis.
P: Deep bx - derm consult placed. Ca acetate -> sevelamer; calcitriol held.
Recheck labs next week.
"""),
("2016-03-08", "Dermatology Consult", """
DERMATOLOGY CONSULT - HARLOW BEND DIALYSIS REFERRAL
Bx 2/26/16 L medial thigh (incisional): SQ small arterioles calcified, thrombi, necrotic
fat; positive von Kossa stain. = calciphylaxis.
Exam: L medial thigh plaque 9x6cm, now with 2cm ulcer and black base; two new 1.5cm
tender nodules lower on the L inner thigh. R thigh clear - all three of her recent Hep B
doses went into the R anterolateral thigh, and those sites look normal. Abdomen (insulin
sites): no lesions.
Calciphylaxis here is not at her vaccine or insulin injection sites.
Plan: STS with HD runs; alginate to the ulcer; hold Hep B dose #4 until wound
heals; pain control per nephrology. BMI 34.6.
"""),
]}

B10 = {"patient_id": "B10", "age": 72, "sex": "M", "notes": [
("2025-04-28", "Hemodialysis Progress Note", """
HD PROGRESS NOTE
72M, MWF in-center HD, AF on warfarin. Dusky hard sore patch, anterior R thigh, since
Easter Sunday; worse every day, now 7/10, keeps him up. Denies any
injury, falls, or injections into the legs.
O: 150/82, 78 irregular, 36.5 C, wt 84.0kg (BMI 28.3, overweight).
R anterior thigh, mid: 5x4cm plaque - violaceous, indurated, lacy purpuric margin,
very tender, skin intact. L thigh normal.
Labs 4/21: Ca/Phos/PTH 9.5/6.2/690, alb 3.4, INR 3.0.
Meds: warfarin 4mg qd; sevelamer 1600 TID w/ food; cinacalcet 30; calcitriol 0.25 3x/wk;
diltiazem ER 180; atorvastatin.
A: Painful retiform plaque R thigh on warfarin -> concern for calciphylaxis.
P: Biopsy - derm to see him this week. Hold calcitriol. Discuss warfarin -> apixaban with
cardiology.
"""),
("2025-05-09", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx 5/2/25 R anterior thigh: SQ arterioles calcified + thrombosed, necrotic fat, vK+,
not a vasculitis. DX: calciphylaxis.
72M on HD. Lesion R anterior thigh (onset Easter Sunday 2025) now 6x5cm, early central
eschar. No preceding trauma to the thigh per pt. No other lesions.
Warfarin -> apixaban 2.5mg BID by cardiology on 5/5.
He plans to fly to his granddaughter's graduation at the end of May - ok with aisle seat,
walk often, carry dressing supplies, wound RN letter.
Plan: thiosulfate 25g IV with his MWF runs; foam dressing; pain per nephrology. RTC 3 wks.
"""),
("2025-06-02", "Emergency Department Note", """
ED PROVIDER NOTE
72M on HD with calciphylaxis of the anterior R thigh (bx-proven, since Easter, on STS).
Flying home from his granddaughter's graduation, he tripped over his rolling carry-on at the
gate yesterday evening, falling onto the R thigh. Able to walk after. Today more pain and
a new big bruise.
Exam: 148/80, HR 84 irreg, afebrile. R anterior/lateral thigh: 10x8cm fresh ecchymosis
with a firm hematoma, extending around and below the known 6x5cm eschar-covered plaque;
plaque dressing intact, no bleeding from the wound. Hip/knee ROM full.
XR R femur: no fracture.
Hgb 10.8 (baseline 11.0). On apixaban.
A: Contusion/hematoma R thigh after mechanical fall, in a pt with preexisting calciphylaxis at
that thigh.
P: Discharge; acetaminophen; wound clinic to see him this week; fall precautions at home.
"""),
]}

B11 = {"patient_id": "B11", "age": 57, "sex": "F", "notes": [
("2020-07-21", "Wound Clinic Visit", """
TALLOWMEAD WOUND CENTER - NEW PATIENT
57F on CCPD, insulin-treated T2DM, BMI 42.4. Painful L lateral calf ulcer since late June;
derm punch biopsy 7/14/20 confirmed calciphylaxis. No known injury to the calf before it
started.
Wound: L lateral calf 3.8x2.9x0.2cm, half adherent black eschar / half yellow slough,
little serous exudate, periwound violaceous induration 2cm, biopsy site sutured at 12 o'clock.
Procedure: selective sharp debridement - curette, loose slough removed down to bleeding
edges, EBL minimal, topical lidocaine, tolerted well.
Dressing: calcium alginate + silicone foam, changed 3x/wk by home health.
Tetanus: last Td >10 yrs ago -> Tdap 0.5mL IM into L deltoid today (VIS given).
Plan: STS to be started by nephrology; weekly wound visits.
"""),
("2020-08-18", "PD Clinic Visit", """
PERITONEAL DIALYSIS CLINIC
57F on CCPD; calciphylaxis L lateral calf, proven on biopsy. Sodium thiosulfate
added to the last fill (intraperitoneal), tolerated w/o nausea or abdominal pain.
Home RN has been putting cool saline compresses on the calf ulcer for 15 min before dressing
changes, which helps the pain.
Wound clinic measured 3.1x2.4cm last wk, less eschar.
Insulin: glargine 40 u + aspart with meals, injected into the abdomen; A1c 8.1.
Exam: BP 142/80, wt 115.6kg, BMI 41.8. Exit site clean. Abdomen without lesions.
Labs: PTH 450; calcium 9.2; PO4 5.8; alb 3.0 g/dL. Kt/V wk 1.8.
Plan: continue IP STS, sevelamer, cinacalcet; calcitriol remains off.
"""),
("2020-10-06", "Pharmacy Immunization Record", """
ORRIN STREET PHARMACY - IMMUNIZATION RECORD
Patient B11  57 F  DOB verified  Screening form completed, signed.
Screening: sick today? no. Allergies: none to vaccines/latex. Prior reaction? no. Bleeding
disorder/anticoagulant? no. Pregnant? no. Chronic illness: kidney failure on PD, diabetes.
Vaccine: Influenza, quadrivalent (IIV4) 0.5mL, lot FL3318, exp 06/2021
Route/site: IM R deltoid, 1" needle. VIS: Influenza (inactivated) 8/15/2019 given.
Administered by: D. Ferro, PharmD, 10/06/2020 11:42.
Comments: Pt has a dressing on her L calf for a calciphylaxis wound (under wound clinic care),
no fever. Pneumococcal: PCV13 2018, PPSV23 due - pt wants to wait. Observed 15 min, no rxn.
IIS upload: sent.
"""),
]}

B12 = {"patient_id": "B12", "age": 61, "sex": "F", "notes": [
("2026-01-13", "Travel Medicine Pre-Travel Consult", """
TRAVEL MEDICINE - PRE-TRAVEL CONSULT
61F going to Vietnam (Hanoi, Hoi An, Ho Chi Minh City) 3/10 - 3/31/2026 with her sister.
PMH: ESRD, HD MWF since 2020 (R forearm fistula); T2DM on linagliptin, A1c 7.9 - per PCP insulin
may be needed down the road; L leg DVT 2024 -> warfarin (range 2-3). HTN.
VS 136/78, 80, wt 81.9kg, ht 164.8cm, BMI 30.2.
Vaccines given today (VIS given for each):
 - Typhoid Vi 0.5mL IM, L deltoid
 - Hepatitis A #1 1mL IM L deltoid, 1 inch below
Planned: Japanese encephalitis (Ixiaro) 2 doses, 2/3 and 3/3, L deltoid. Hep B non-responder -
dialysis unit to restart a series after the trip.
Malaria: no prophylaxis for this itinerary.
Long flights (>12 h): already on warfarin - no extra VTE drug unless INR is low; if INR <2
before
departure would consider bridging. Aisle seat, walk hourly.
Dialysis abroad: sessions requested at a unit in Hanoi and HCMC.
"""),
("2026-02-16", "Hemodialysis Progress Note", """
HD PROGRESS NOTE
61F MWF. x 5 days: hard purple patches, very painful, posterior thighs bilat, R > L;
sitting in the chair hurts. Denies injections there, falls, bumps, heating pads or
snug garments. Afebrile.
O: 152/84, 88, 36.9 C, wt 82.3kg.
Posterior thighs: R 7x5cm, L 4x4cm; violaceous, indurated, retiform borders, dusky
centers, not ulcerated.
Labs 2/9: Ca/Phos/iPTH 10.2/7.3/1210; alb 3.1; INR 2.4.
Meds: warfarin 5mg; Ca acetate 1334 w/ meals; calcitriol 0.5 3x/wk; linagliptin;
amlodipine.
A: Bilateral posterior thigh plaques on warfarin + Ca binder + vit D -> concern for
calciphylaxis.
P: Warfarin held today; apixaban per hematology. Stop calcium acetate and calcitriol. Derm
for biopsy. JE dose #2 and the Vietnam trip on hold.
"""),
("2026-03-03", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx 2/20/26 L posterior thigh: SQ arteriolar medial Ca++ with thrombi, necrotic fat.
Calciphylaxis.
61F on HD. Both posterior thighs involved: R 8x6cm (1cm eschar now), L 5x4cm. She
is certain nothing was ever injected into her thighs, has not used heating pads or ice, no
falls or bites.
Warfarin permanently off; on apixaban 2.5mg BID. Not on insulin - may need it later per PCP.
Counselling: never use heat pads or ice on her legs; any future vaccines into the deltoid, not
the thighs; no tight garments across the thighs.
Plan: STS with HD; foam dressings; trip cancelled - travel clinic informed. RTC 2 wks.
"""),
]}

B13 = {"patient_id": "B13", "age": 68, "sex": "M", "notes": [
("2018-09-25", "Travel Medicine Pre-Travel Consult", """
TRAVEL MEDICINE - PRE-TRAVEL CONSULT
68M, trip to Sydney and Auckland 11/2 - 11/25/2018 (LAX-SYD 15 h out, AKL-LAX 12 h back).
PMH: ESRD, on HD since 2015 (MWF, L forearm fistula); provoked R leg DVT after a long
flight in 2012,
no anticoagulation since; HTN; BPH. No diabetes.
VS 128/74, 68, wt 80.9kg, body mass index 26.1 kg/m2.
VTE plan: enoxaparin 30mg SC once, 2-4 h before each long-haul leg (renal dosing, OK'd by
nephrology), total 2 doses. Taught self-injection today with a trainer pen: R lower abdomen,
2 inches from the navel. Compression socks, aisle seat, walk each hour.
Vaccines: influenza 0.5mL IM R deltoid today, VIS given. Tdap 2017. Hep B immune.
Dialysis: sessions booked in Sydney (x6) and Auckland (x3); unit letters, serologies, EPO
plan sent.
Sun/skin protection; TD standby azithromycin.
"""),
("2018-12-03", "Hemodialysis Progress Note", """
HD PROGRESS NOTE
68M MWF, back from Australia/NZ 11/26. Used the enoxaparin before both flights (11/2 and
11/24), both shots into the R lower belly; two small bruises there, fading.
New: painful purple patch on his R side, toward the back, x ~1 wk; 6/10, worse lying on it.
O: 144/80, pulse 72, afebrile (36.6), wt 81.4kg.
R flank, posterolateral: 5x4cm plaque, indurated, violaceous, net-like purple margin.
R lower abdominal wall: 2 faint yellow-green bruises, no induration, no lesion there.
Labs 11/28: Ca 10.0, Phos 6.7, iPTH 820, Alb 3.3.
Meds: calcitriol 0.5 TIW, calcium carbonate 1 g TID, cinacalcet 30, tamsulosin, amlodipine.
A: Concern for calciphylaxis, R flank.
P: Refer to derm for bx. Calcitriol on hold; Ca carbonate -> sevelamer.
"""),
("2018-12-17", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx 12/7/18 R flank: calcified subcutaneous arterioles with intimal fibrosis and thrombi, fat
necrosis -> calciphylaxis.
68M on HD. Single lesion, R posterolateral flank, 6x4cm, early central eschar. I looked
for his enoxaparin sites: both are on the R lower abdominal wall about 12cm medial and
below the plaque, fully faded, no induration. The calciphylaxis is on the flank, separate from
the abdominal injection area, with normal skin in betwen.
No other lesions (abdomen, thighs, buttocks clear). Wt 81.0kg, BMI 26.0.
Plan: STS 25g IV each MWF session; petrolatum gauze + foam; pain per nephrology. RTC 3 wks.
"""),
]}

B14 = {"patient_id": "B14", "age": 52, "sex": "F", "notes": [
("2023-03-07", "Post-Travel Clinic Visit", """
ASHCOMBE TRAVEL CLINIC - POST-TRAVEL VISIT
52F on HD TTS, back 2/27 from 3 wks in Thailand (Chiang Mai, Koh Lanta).
1) Burn: on 2/20/23 she burned her R inner calf on the hot exhaust pipe getting off a
motorbike taxi. A pharmacy there sold her a burn cream. Now a 3x2cm shallow ulcer with
yellow slough, mild surrounding erythema, no fever, no streaking.
2) L arm: tender 2cm firm lump under the skin where she had her typhoid shot here on
1/30/23 (pre-travel). No redness, no fluctuance.
PMH: lupus nephritis -> ESRD, HD since 2019; not diabetic; HTN; obesity.
VS 130/76, 82, T 36.8, wt 96.0kg, BMI 34.3.
A: (1) Partial-thickness exhaust-pipe burn, R medial calf. (2) Benign injection-site nodule,
L deltoid.
P: Wound clinic referral; nonadherent dressing + petrolatum; tetanus up to date (Tdap 1/30/23).
Arm nodule: observe, expect slow resolution.
"""),
("2023-04-11", "Wound Clinic Visit", """
TALLOWMEAD WOUND CENTER
52F on HD. R medial calf burn from a motorbike exhaust in Thailand on 2/20/23.
Wound: 1.2x0.8 x <0.1cm, 90% pink granulation, advancing epithelial edge, no slough,
minimal drainage. Periwound: hyperpigmented, soft, no induration, no retiform purpura. Pain
1/10.
Impression: healing thermal burn; nothing here to suggest calciphylaxis.
L deltoid lump from the typhoid vaccine has resolved on exam.
Plan: hydrocolloid weekly; expect closure in 2-3 wks; moisturize scar; sun protection.
Pt reassured - she had read about dialysis skin problems online and was worried.
Discharge from wound clinic when healed.
"""),
("2023-05-23", "Dermatology Consult", """
DERMATOLOGY CONSULT
52F on HD (lupus nephritis), BMI 34.0. Since early May: purple plaques, hard and painful,
low on the abdomen beneath the pannus. Bx 5/16/23 L lower abdomen: SQ vessel calcification,
thrombi,
necrotic fat, vK+ -> calciphylaxis.
Exam: lower abdomen/pannus - L 7x4cm and R 5x3cm violaceous retiform plaques, L with
central eschar. Belly never used for injections (not on insulin, never SC heparin); no belts or
binders, no injury there.
R medial calf: healed burn scar, flat, pale, no induration. L deltoid: normal. Neither the
old burn nor the vaccine site looks like calciphylaxis.
Plan: STS 25g IV each TTS run; stop calcium carbonate; alginate + foam under the pannus;
dietitian
referral. RTC 2 wks.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
