"""probe58 corpus notes, E01-E07 (infectious disease consults and wound microbiology; all invented)."""

E01 = {"patient_id": "E01", "age": 59, "sex": "F", "notes": [
("2019-08-14", "Infectious Disease Consult", """
INFECTIOUS DISEASES CONSULT  -  Harwick Valley Medical Ctr
Requesting: Dr. Pelletier (hospitalist)   Reason: ?abdominal wall cellulitis, abx choice

HPI: 59F, ESRD (HD Tue-Thu-Sat, R BC fistula), T2DM on insulin (Lantus 30u qhs + lispro SSI), admitted w/ exquisitely painful LLQ abd wall lesion. Pt reports it began on 07/29/2019 as a hard, tender knot. She self-injects all insulin into the left lower quadrant - "always the left side, since November last year, the right side bruises". Started on vanc/pip-tazo in ED.
Exam: afebrile x48h. LLQ: stellate black eschar 6x4cm, retiform purpuric rim, indurated, no fluctuance, no crepitus. Exquisite pain out of proportion.
Labs: WBC 7.9, CRP 18, Ca x Phos 71, PTH 812.
BMI 33.6 (91 kg).
Assessment/plan: picture not c/w bacterial cellulitis. Top concern calcific uremic arteriolopathy at insulin site. Rec: d/c pip-tazo, stop vanc once MRSA nares neg. Derm for punch bx (edge). Send bx half for tissue cx (aerobic/anaerobic/AFB/fungal).
"""),
("2019-08-21", "Surgical Pathology + Tissue Culture", """
SPECIMEN: LLQ abdominal wall skin, 2 punches (4mm each) from the eschar edge.
MICRO: deep dermal / subcutaneous arterioles show ring-like mural calcium, intimal proliferation and fibrin thrombi. Adjacent fat lobules are necrotic. Von Kossa positive.
DIAGNOSIS: Consistent with calciphylaxis.
TISSUE CULTURE (aerobic/anaerobic): rare coagulase-negative Staphylococcus, 1 of 2 plates, likely skin contaminant. AFB and fungal cultures pending (final 6 wks).
Comment discussed w/ ID fellow 8/21.
"""),
("2019-09-30", "ID Clinic Follow-up", """
ID clinic f/u - Ms. Armitage-Kowal
Calciphylaxis L lower abd wall, proven on punch 8/21, on STS 25 g with HD. No antibiotics since 8/22. CoNS was contaminant - no tx.
Insulin now given in the upper arms by her sister, abdomen off limits.
Eschar unchanged size, dry, no drainage, no surrounding warmth. Wt down, BMI 31.2 today.
Plan: no role for abx. Sign off. Wound clinic + nephrology to continue. Return PRN for any drainage/fever.
"""),
]}

E02 = {"patient_id": "E02", "age": 73, "sex": "M", "notes": [
("2021-03-10", "Infectious Disease Consult", """
ID consult note
Q from PD team: is the R buttock wound infected, does he need IV abx, and is this a PD peritonitis source?

73M, ESRD (IgA nephropathy) on CCPD x 4 yrs, anticoagulated (warfarin, AF; INR today 2.6). No diabetes (A1c 5.4).
Story: for sciatica he has sat most evenings since January perched on an electric pad (heat setting 3 of 4) tucked under the right buttock. Three weeks back a sore purplish patch came up exactly under the pad; centre now black.
Effluent clear (WBC 12/uL). No fever.
Exam: R upper outer buttock 5 x 5 cm violaceous, netlike border, 2 cm adherent black eschar. No tracts, no drainage. L buttock normal.
BMI 27.4
Impression: necrotic lesion at chronic heat-exposure site; calciphylaxis favoured over infection; NOT a peritonitis source.
Recs: hold abx. Derm biopsy. Swab only if drainage develops.
"""),
("2021-03-16", "Dermatopathology Report", """
Right buttock, incisional wedge biopsy (skin + fat):
Calcification of small and medium vessel walls within septal fat, with thrombosis and ischemic necrosis of overlying dermis. Diagnosis: calcific uraemic arteriolopathy (calciphylaxis). Gram, PAS, GMS stains: no organisms.
"""),
("2021-04-13", "ID Progress Note", """
Brief ID f/u (phone + photo review)
Calciphylaxis R buttock, path-proven 3/16. Heating pad thrown away per pt. Warfarin swapped to apixaban by cardiology 4/2.
Photo: eschar stable, new thin serous ooze at 6 o'clock. Swab sent by PD RN 4/12: light growth Corynebacterium striatum - colonizer, do not treat.
Nothing further from ID. We are signing off.
"""),
]}

E03 = {"patient_id": "E03", "age": 66, "sex": "F", "notes": [
("2022-11-02", "Wound Microbiology - Deep Tissue Culture", """
WOUND CULTURE, DEEP TISSUE (operating room specimen)
Source: L calf ulcer base, post sharp debridement, 11/01/2022
Gram stain: few WBC, no organisms seen.
Culture: No growth at 48 hours. Anaerobes pending.
Pt info from requisition: ESRD/HD, ?osteo vs calciphylaxis
"""),
("2022-11-04", "Infectious Disease Consult", """
ID CONSULT
66 yo woman, ESRD on HD (MWF), T2DM managed with linagliptin and glipizide (has never needed insulin), chronic venous disease. Described by vascular as "obese" though BMI documented 29.6. Wt 79.
Consulted for L calf ulcer, vascular worried about osteomyelitis of tibia.
Background: her vascular surgeon prescribed knee-length 20-30 hose, first worn 09/06/2022; she says the top band on the left cut in badly and left a deep red groove in the upper calf every evening. Pain and a dusky patch at exactly that band line began in mid-October, now a 3 cm ulcer with a black base.
Exam: left upper posterior calf, circumferential-ish groove line; 3.2 x 2 cm ulcer, dry black base, livedoid rim. No bone palpable. R leg has the same stocking band mark but intact skin.
XR L tib/fib: no periosteal rxn. OR deep cx NG.
Impression: ulcer at compression-band line, most likely calciphylaxis; osteo unlikely.
Rec: no abx. Skin bx w/ derm. Stop stockings on L.
"""),
("2022-11-15", "ID Progress Note", """
ID f/u
Derm punch bx L calf 11/9: medial calcinosis of subcut arterioles + thrombi = calciphylaxis, confirmed. Final OR tissue cx NG (aerobic + anaerobic).
Compression stockings discontinued bilaterally.
No antimicrobials indicated. Will sign off; renal starting thiosulfate.
"""),
]}

E04 = {"patient_id": "E04", "age": 62, "sex": "M", "notes": [
("2021-02-03", "Vascular Access Procedure Note", """
PICC INSERTION - bedside, US guided
Indication: 6 wks IV cefazolin for MSSA bacteremia / L knee septic arthritis (OPAT).
Note: pt has ESRD on HD. Nephrology (Dr Sandoval) approved PICC on the right given L arm AVF is in use and no other access; vein preservation concern documented and accepted.
Vein: R basilic, upper arm. 4 Fr single lumen, 41 cm, tip at CAJ on CXR. 1 attempt. StatLock securement, CHG dressing.
EBL minimal. No complications.
"""),
("2021-02-26", "OPAT Weekly Note", """
OPAT WEEK 4
Drug: cefazolin 2 g post-HD TIW (given at dialysis, NOT via PICC). PICC used for weekly labs only.
Labs 2/25: WBC 6.1, ESR 62 (from 98), CRP 14.
New issue: since 2/24 the skin just below the PICC insertion site on R inner arm has become very painful w/ a dusky lacy purple area ~4 cm. No drainage, no fever. Pt ("Mr. O'Daly") uses insulin, thinks it is "a bruise from the nurse".
Plan: photos to ID MD, PICC team to assess for phlebitis vs line infection. Blood cx x2 peripherally and via line.
"""),
("2021-03-01", "Infectious Disease Inpatient Consult", """
ID re-consult, readmitted for arm pain
62M, ESRD/HD, insulin-requiring DM2, no anticoagulants. BMI 26.1.
R medial upper arm: 5x3 cm firm stellate purpura with early central black necrosis, starting 1 cm below PICC exit site. Does not track along vein. No purulence, no cord.
Blood cx x2 (line + peripheral): NGTD 72h.
Imp: unlikely CLABSI/septic thrombophlebitis. Given ESRD, PTH 1100, and pain out of proportion -> calciphylaxis at catheter site is leading ddx.
Rec: remove PICC, tip cx. Punch bx. Finish cefazolin at HD (no line needed).
"""),
("2021-03-09", "ID Progress Note", """
ID f/u. PICC out 3/2, tip cx NG.
Bx R upper arm 3/3 - calcified arterioles, thrombosed lumens, necrotic fat -> calciphylaxis (biopsy-proven). Tissue cx NG.
Cefazolin course completes 3/17 at dialysis, knee doing well.
Strong recommendation: no further PICCs / midlines in this pt - document in chart alert.
"""),
]}

E05 = {"patient_id": "E05", "age": 48, "sex": "F", "notes": [
("2023-11-25", "Urgent Care / ID Phone Consult", """
Phone consult w/ UC provider re: animal bite.
48F, ESRD on HD (Tu/Th/Sat) after failed transplant, mechanical mitral valve on warfarin, not diabetic.
Bitten by her nephew's terrier on Thanksgiving afternoon - 2 punctures + superficial tear, left volar forearm. Irrigated at UC today.
Rec: amox-clav renally dosed 875 mg daily x 5d (post-HD on dialysis days), tetanus up to date, no primary closure. Return if spreading redness.
"""),
("2023-12-22", "Infectious Disease Clinic", """
ID CLINIC NEW
Ref: failed outpt tx of dog bite?
She finished Augmentin on 11/30 and the punctures healed. Then in early December the area got hard, violently painful and dark. Not hot, no pus, no fevers.
Exam: L volar forearm, over old bite marks: black eschar 4x3.5cm, livedoid indurated edge. No lymphangitis, no axillary LAD. R forearm fine.
BMI 24.3. INR 3.1.
Wound cx (swab of eschar edge) from PCP 12/18: Pasteurella multocida NOT isolated; light mixed skin flora.
Imp: not a Pasteurella/capnocytophaga infection picture. Dx considered: warfarin skin necrosis (unusual for forearm, and on warfarin for yrs), calciphylaxis (on HD + warfarin), pyoderma gangrenosum.
Plan: biopsy for H&E + tissue culture. No abx for now.
"""),
("2024-01-08", "ID Clinic Follow-up", """
Bx L forearm 12/28: arteriolar calcification, thrombi, panniculitis. Tissue cx no growth. Derm and renal agree: calciphylaxis, evolving at dog-bite wound.
Antibiotics not indicated. Cardiology reviewing whether she can move off warfarin (mech valve - likely not).
Discharged from ID clinic.
"""),
]}

E06 = {"patient_id": "E06", "age": 70, "sex": "M", "notes": [
("2024-12-30", "Infectious Disease Consult", """
ID Consult - 4 West
CC: fever + bilat thigh wounds, ?necrotizing soft tissue infection
70M; ESRD, dialyses via tunneled R IJ catheter; DM2 (insulin degludec 18u daily), morbid obesity (BMI 41.0), admitted 12/16 for CAP. On the ward he has had heparin 5,000 units SC every 8 h started on admission, given in both anterior thighs (abd wall declined by pt - "my belly is off limits").
On Christmas Eve he noted painful purple blotches on both thighs; now several with black centres.
Tmax 38.2 yesterday.
Exam: bilateral anterior thighs, 6-7 lesions 1-4 cm, retiform purpura with central necrosis, each around a visible needle mark. No crepitus. Skin not woody beyond lesions.
CT thighs: no gas, no fascial fluid.
Imp: LRINEC 3, CT neg -> nec fasc very unlikely. Pattern (injection sites, ESRD) strongly suggests calciphylaxis. Fever more likely residual CAP / line.
Recs: hold heparin SC -> switch to mechanical ppx. Blood cx x2 + line cx. Derm bx.
"""),
("2025-01-03", "Microbiology - Blood and Tissue", """
BLOOD CULTURES 12/30 (periph + R IJ catheter): no growth at 5 days.
TISSUE, L anterior thigh punch: Gram no organisms; culture no growth.
Histopathology (same biopsy): small vessel medial calcification, intravascular thrombi, subcutaneous necrosis; von Kossa +. Interpretation: calciphylaxis.
"""),
("2025-01-06", "ID Progress Note", """
ID note, HD#21
Calciphylaxis both thighs confirmed on path. No infectious source for fever; afebrile since 1/1 off all abx.
Renal started sodium thiosulfate; derm following.
ID signing off. Please call again if purulence or new fevers.
"""),
]}

E07 = {"patient_id": "E07", "age": 77, "sex": "M", "notes": [
("2018-06-12", "Infectious Disease Consult", """
ID Consultation
Reason: r/o septic R knee / prosthetic-type infxn (native knee) + knee wound
77M, ESRD on HD since 2015, gout, obese (BMI 35.2). No DM. No anticoag.
Gout flare R knee in April - from 04/02/2018 wife put ice packs wrapped in a dish towel over the anterior right knee 3-4x/d, for weeks ("nothing else touched the pain").
Last month a painful hard dark patch formed on the anterior R knee; now 3 cm ulcer w/ black eschar.
Aspirate R knee 6/10: WBC 2100, MSU crystals +, Gram neg, cx NG.
Exam: anterior R knee - eschar 3x2.5 cm, purplish mottled rim, no sinus communicating with joint. L knee normal.
Impression: no septic arthritis. Skin lesion suspicious for calciphylaxis at cold-injury site.
Rec: no abx. Derm punch bx.
"""),
("2018-06-19", "Surgical Pathology", """
Skin, R knee, punch biopsy:
- Calciphylaxis. Subcutaneous small-vessel walls calcified; microthrombi; fat lobules necrotic.
- No vasculitis. PAS/GMS/AFB stains negative.
"""),
("2018-07-24", "ID Clinic Follow-up", """
ID f/u post discharge. R knee calciphylaxis (bx 6/19). Wound nurse doing weekly dressing changes. Ice stopped per renal.
Small amt yellow slough, no cellulitis. Wound swab 7/20: Enterococcus faecalis, few - colonizing, not treated.
No further ID involvement needed.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
