"""probe82 corpus notes, B08-B14 (infectious disease consults and OPAT follow-ups; all invented)."""

B08 = {"patient_id": "B08", "age": 60, "sex": "M", "notes": [
("2025-01-16", "Infectious Disease Consult", """
ID CONSULT
Pt: 60 yo M. ESRD; dialyzes Tu/Th/Sa through a L internal jugular tunneled line (two failed fistulas). T2DM, diet + sitagliptin. BMI 33.9.
Presented 1/12 w/ perforated appendicitis; CT: 6.2 cm RLQ abscess. IR placed an 8.5 Fr pigtail drain through the right lower abdominal wall on 1/14/25; 40 mL pus. Abscess cx: E. coli ESBL+, Bacteroides fragilis. BCx neg.
Surgery plans interval appendectomy in 8-12 wks.
Recs:
1. ertapenem 500 mg IV q24h (HD dose, give after HD on dialysis days) - anticipate 3-4 wks total, guided by repeat CT
2. vascular access: please preserve arm veins as much as possible -> midline rather than PICC, L arm, discussed w/ nephro
3. drain flushes 10 mL NS BID, record output
4. OPAT labs weekly CBC, CMP
"""),
("2025-02-06", "OPAT Follow-up", """
OPAT f/u #2
Abx: ertapenem day 23. Tolerating, no diarrhea, no seizures.
Access: 18 G midline L upper arm placed 1/17, flushing well, site clean.
Drain: output < 5 mL/d x 4 days, repeat CT 2/3 shows collapse of the abscess cavity -> IR pulled the drain 2/4. Drain tract site R lower abdomen: small dry scab, no erythema.
Endocrine started insulin glargine 10 u at night last wk (A1c 9.4); he injects it into his thighs.
Wt 103 kg, BMI 33.9.
Plan: stop ertapenem after the 2/9 dose, remove midline at that visit. Surgery f/u for interval appy.
"""),
("2025-03-20", "ID Clinic Follow-up", """
ID clinic - sent by surgery pre-op
Hard, burning area at the old drain exit per pt, R lower quadrant, starting four weeks ago. Initially a purple ring around the tract scar, now black in the middle. Surgeon worried about recurrent abscess or an enterocutaneous fistula.
Exam: afebrile. RLQ, centered on the healed drain-tract scar: 3.5x3cm indurated plaque, its middle taken up by 1.5cm of black eschar, dusky retiform rim, exquisitely tender. No drainage, no fluctuance, no crepitus. Midline site L arm healed.
CT A/P today (prelim): no fluid collection, no fistula tract, calcified subcutaneous vessels in the anterior abdominal wall.
Imp: not recurrent infection. Necrotic plaque at the old drain site in HD pt on insulin - calciphylaxis suspected.
P: no abx. Derm bx. Let surgery know to postpone appy until settled.
BMI 32.6.
"""),
("2025-03-31", "Dermatology Consult", """
Dermatology note
Punch biopsy 3/24 of the R lower quadrant abdominal plaque: arterioles with calcified media, thrombosed lumina, lobular fat necrosis (VK +). Gram stain of tissue negative, culture sterile.
Final: calciphylaxis, R lower abdominal wall, arising in the healed tract of the percutaneous drain that was in place 1/14-2/4/2025.
Rec: nephrology - STS with HD, cinacalcet review. Surgery to avoid incisions through the area. Gentle wound care only.
"""),
]}

B09 = {"patient_id": "B09", "age": 55, "sex": "M", "notes": [
("2019-03-11", "Infectious Disease Consult", """
Infectious Diseases - initial consult
55M, ESRD, in-center dialysis Mon-Wed-Fri via right arm fistula, T2DM on insulin, obese (BMI 38.0), presenting with 5 wks of low back pain, MRI: L3-L4 discitis/osteomyelitis w/ small epidural phlegmon. BCx 2/2 MSSA. No neuro deficits. IR bx deferred since BCx diagnostic.
Skin: the primary team also asked about a dusky, tender plaque in his left lower abdomen, 4 x 3.5 cm with central eschar, noticed two weeks ago. He uses NPH 2x/day and is adamant that all his NPH goes into the RIGHT half of the abdomen and the left side is never used ("I do it lefty, reaching over"). Wife confirms. No heat packs, no belt rubbing there, no falls. RLQ injection area: a few small lipohypertrophic nodules, no discoloration.
A/P: 1) MSSA vertebral osteomyelitis - cefazolin 2 g after each HD (3 g before the 72-h gap) x 6 wks from 3/8; ESR/CRP baseline 110/14. 2) LLQ necrotic plaque - calciphylaxis vs cellulitis; no fever, no streaking, favor calciphylaxis. Derm to biopsy.
"""),
("2019-03-20", "Dermatology Consult", """
Derm consult
Biopsy (3/14), left lower abdominal wall: calcified arteriolar walls in subcutaneous fat, thrombi, necrotic adipocytes, VK positive -> calciphylaxis.
Not one injection into his left abdominal wall, ever; his insulin area is the right lower quadrant, which is clear. No other trauma at the left-sided site that we can find.
Management per nephrology (STS 25 g tiw). Local care: calcium alginate, gauze, change 3x/wk at HD.
"""),
("2019-04-15", "OPAT Follow-up", """
OPAT - week 5/6 cefazolin
Back pain much better. Tolerating cefazolin at HD, no rash. ESR 54, CRP 3.1. CBC stable, eos 2%.
Left lower abdomen calciphylaxis: eschar stable, no new lesions, no cellulitis around it.
Wt down: BMI 37.2.
Plan: last dose 4/19. Repeat MRI not needed if pain continues to resolve. F/u ID in 4 wks off abx.
"""),
]}

B10 = {"patient_id": "B10", "age": 69, "sex": "F", "notes": [
("2023-04-12", "Infectious Disease Consult", """
ID consult - "infected leg ulcer, wound cx +"
69 y/o woman on HD (ESRD from ADPKD), warfarin for atrial fibrillation (INR today 2.4), not diabetic. BMI 26.1.
R posterior calf ulcer started on 04/02 as a painful purple blotch, no preceding injury - beforehand she did not knock, scratch, fall on, heat, ice or inject that leg, she insists. Today a 3x2.5cm ulcer, eschar-covered, ringed by livedo, extremely tender.
Wound swab (4/9): MSSA + Pseudomonas aeruginosa, light growth.
No fever, WBC 7.2, no cellulitis beyond 0.5 cm, no crepitus.
Imp: swab most likely reflects colonization of a necrotic ulcer; the ulcer itself is suspicious for calciphylaxis (ESRD + warfarin).
Recs: no systemic abx at this time. Punch/wedge bx from the edge w/ tissue cx (not swab). Consider warfarin -> apixaban pending bx.
"""),
("2023-04-24", "ID Progress Note", """
ID follow up
Wedge bx (4/14) R calf: calciphylaxis (calcium in subcutaneous arteriolar walls, thrombosis, necrotic fat; VK stain positive). Tissue cx: scant Pseudomonas only.
Interval event: on 4/20 she caught her R shin against the footplate of her wheelchair while transferring and tore the skin at the ulcer's lower margin - small bleed, stopped w/ pressure. Note this injury postdates the ulcer by 18 days.
Margin now 1.5 cm of erythema, mildly warm, new since the skin tear.
Recs: cephalexin 500 mg after HD x 7 days for early cellulitis at the tear; wound care to pad footplates. Nephrology started STS.
"""),
("2023-05-22", "OPAT Telephone Encounter", """
Telephone f/u w/ pt and daughter (ID RN)
Finished cephalexin 5/1. Redness gone per HD nurse. Ulcer unchanged in size, less painful on STS. No fever.
Warfarin was stopped 5/3, now on apixaban.
No further ID needs - close episode. Call back if fever, spreading redness or pus.
"""),
]}

B11 = {"patient_id": "B11", "age": 52, "sex": "M", "notes": [
("2024-02-12", "Infectious Disease Consult", """
ID consult
52 y/o male; ESRD, HD through R brachiobasilic AVG, T2DM on insulin (glargine + aspart; pt gives all his shots into the triceps area, L and R alternately - "the belly hurts too much"). Heating pad to lower back nightly for chronic LBP. BMI 34.5.
Bacteremia: VRE faecium 2/9, source likely AVG? (graft tender, no fluctuance). TEE neg.
Also: exquisitely painful indurated purple plaques on both medial thighs x ~10 days, L 6 cm w/ central necrosis, R 4 cm with retiform purpura, no eschar yet. No trauma of any kind to the thighs recalled; he does not inject there, no heat there.
Backs of arms: some lipohypertrophy, no discoloration. Low back shows a faint reticulated brown pigmentation typical of erythema ab igne; skin there otherwise unbroken.
Recs: daptomycin 8 mg/kg q48h (after HD), CK weekly, hold statin. Vascular re: AVG. Derm for thigh bx - concern calciphylaxis vs septic emboli.
"""),
("2024-02-26", "Dermatology Consult", """
Derm consult
Bx L medial thigh (2/14): calciphylaxis. No organisms, no emboli, tissue cx NG.
R medial thigh plaque is clinically identical, not biopsied - same process.
Arms (insulin sites) and back (heating pad) examined: no calciphylaxis there.
Plan: STS via nephrology; avoid new trauma to thighs; pain mgmt.
"""),
("2024-03-18", "OPAT Follow-up", """
OPAT Progress
Abx: dapto at HD, week 5 of 6. CK 142. No myalgias.
AVG excised 2/28 (graft cx VRE), new tunneled HD catheter R IJ. Repeat BCx NG.
Thighs: L eschar 5 cm, R plaque now eschared 3 cm, no surrounding cellulitis.
Continues insulin in the upper arms. Heating pad stopped at derm's request.
Plan: end dapto 3/25, then ID f/u in 2 wks.
"""),
]}

B12 = {"patient_id": "B12", "age": 64, "sex": "F", "notes": [
("2021-02-08", "Infectious Disease Consult", """
ID Consult Note
Reason: Pseudomonas in debridement tissue from R thigh wound, ?need for IV abx
Hx: 64F, obese (BMI 43.7), ESRD (dialysis 3x/wk), type 2 DM managed with linagliptin alone, never insulin, AF - took Coumadin for some years [pt unsure when; pharmacy fill hx shows warfarin 2015-2019], now apixaban.
R lateral thigh calciphylaxis, proven on punch biopsy 1/25. Lesion began spontaneously in mid-January as a painful purple patch - she recalls nothing that hurt that skin beforehand - no shots, heat, fall, or pressure.
Since then: bedside sharp debridement by wound team 2/3, tissue cx grew P. aeruginosa (cefepime S, pip-tazo S, cipro R); wound edges now 2 cm erythematous, warm, WBC 13.1, T 38.2.
Imp: secondary Pseudomonas soft-tissue infection of a calciphylaxis wound.
Recs: cefepime 1 g IV q24h after HD; PICC L arm OK per nephro (she has a R arm fistula). Plan 2-3 wks. NPWT per wound team after infection controlled.
"""),
("2021-02-22", "OPAT Follow-up", """
OPAT visit
Cefepime day 14 via L arm PICC (placed 2/9). No confusion/myoclonus. Afebrile since 2/11. WBC 8.4.
R thigh wound: wound VAC applied 2/10, changed 3x/wk at HD; the VAC drape and foam sit on the thigh wound, periwound tape stripping noted. Ice packs wrapped in a towel have been laid on the ulcer at night for pain since 2/14 per pt.
Surrounding erythema resolved.
Plan: cefepime through 3/1. Stop ice on the wound (skin already fragile). Tape - switch to silicone border.
"""),
("2021-03-15", "OPAT Follow-up", """
OPAT final visit
Abx done 3/1. PICC removed 3/1, tip not cultured, site healed.
R lateral thigh calciphylaxis ulcer: 8 x 5 cm, 60% granulation, VAC continues. No new lesions elsewhere; her L arm where the PICC was is clear.
BMI 43.7 today. Apixaban continued.
Discharged from OPAT.
"""),
]}

B13 = {"patient_id": "B13", "age": 45, "sex": "F", "notes": [
("2022-06-07", "Infectious Disease Consult", """
ID consult: "infected pannus wound - needs abx + PICC?"
45F, morbid obesity (BMI 47.0), ESRD on HD (R IJ tunneled catheter, AVF planned), no DM, no anticoagulation.
Pannus lower central abdomen: black eschar 9x6cm, violaceous retiform purpura around it, onset late May, excruciating pain. Superficial swab: mixed skin flora + Enterococcus.
She has never had shots of any kind in the belly (no insulin, no heparin), denies heating pads or ice, denies tight belts/binders/shapewear, no fall or injury.
Afebrile, WBC 9.0, no crepitus, CT: no gas, no collection; subcutaneous vascular calcification.
Imp: pannus necrosis most c/w calciphylaxis; swab = colonization. No evidence of necrotizing infection.
Recs: no IV abx, no PICC needed at this time. Derm bx. If surgical debridement is ever undertaken we would send deep tissue cx.
"""),
("2022-06-15", "Dermatology Consult", """
Derm consult
Incisional bx of pannus (6/9): calciphylaxis confirmed (von Kossa +, vascular calcification, thrombi).
Discussed with hospitalist: she will need DVT prophylaxis while immobile - enoxaparin is planned but should be injected in the arms or thighs, NOT the pannus, if it is started.
Counseled pt: injured skin is a known trigger for calciphylaxis; no heating pad, no ice pack, no snug waistband against her skin.
"""),
("2022-07-06", "ID Clinic Follow-up", """
ID clinic
Seen again for the pannus. No fever. Surface slough, scant serous drainage, no odor.
Heparin prophylaxis was never started (she was ambulating, discharged 6/18).
Exam unchanged otherwise. BMI 46.2.
Plan: no antibiotics. Wound clinic for dressing. ID available prn.
"""),
]}

B14 = {"patient_id": "B14", "age": 72, "sex": "M", "notes": [
("2018-09-04", "Infectious Disease Consult", """
ID consult
72M, ESRD on HD, T2DM on 70/30 insulin injected into L lower abdomen. BMI 27.8. No warfarin.
1) Fluctuant 3 cm abscess at his L abdominal insulin site - I&D at bedside 9/1 by surgery, cx MSSA. Packed.
2) R arm PICC (placed 8/20 for a course of cefazolin for MSSA septic arthritis of L wrist) - tender cord and erythema along the cephalic vein 8 cm above the insertion: superficial thrombophlebitis, PICC removed 9/2.
3) Painful necrotic ulcers of both legs (anterior shins), 2-5 cm, black eschar, livedo, onset ~Aug 15 - no trauma, no compression, no injections there.
Recs: doxycycline 100 BID x7d for the abscess (cultures S), warm compresses to the R arm, no new line. Derm for leg bx, concern for calciphylaxis.
"""),
("2018-09-12", "Dermatology Consult", """
Dermatology
Biopsy of the L shin ulcer edge (9/6): calciphylaxis (calcified arterioles, thrombi, von Kossa +). R shin lesions clinically identical.
Abdominal insulin-site wound: healing abscess cavity, pink granulation - this is NOT calciphylaxis. R arm: resolving phlebitis, no necrosis - not calciphylaxis.
Plan: thiosulfate at dialysis; BLE dressings.
"""),
("2018-10-01", "OPAT Follow-up", """
OPAT visit
L wrist septic arthritis course completed (cefazolin at HD after PICC removed, through 9/28). Wrist ROM near normal, CRP 0.9.
Abdominal abscess healed. R arm phlebitis resolved.
Calciphylaxis ulcers of both lower legs - stable, on STS.
Closed to OPAT.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
