"""probe82 corpus notes, B01-B07 (infectious disease consults and OPAT follow-ups; all invented)."""

B01 = {"patient_id": "B01", "age": 74, "sex": "M", "notes": [
("2019-10-07", "Infectious Disease Consult", """
INFECTIOUS DISEASES CONSULTATION - Linwood Memorial, 5 West
Requesting: Dr. Szabo (cardiology)   Reason: E. faecalis bacteremia, ?endocarditis

HPI: 74M. CKD4 (creat runs 2.9, eGFR ~22; no dialysis, followed by Dr Ferreira), paroxysmal AF on warfarin, T2DM on glipizide, presented w/ 10 days of rigors and malaise. 4/4 bottles Enterococcus faecalis, amp-S, high-level gent resistant. TEE 10/4: 9 mm mobile vegetation on the posterior mitral leaflet, mild MR. No embolic phenomena on exam.

Exam: Tm 38.3. Holosystolic murmur at apex. No Janeway lesions or splinters. Skin of trunk and all four limbs intact.
BMI 27.3 (81 kg).

A/P: native mitral valve E. faecalis IE.
- ampicillin 2 g q4h + ceftriaxone 2 g q12h (double beta-lactam, avoids gent in his kidneys) x 6 wks from first neg cx (10/3)
- will need PICC for home infusion; request to vascular access team, right arm preferred by pt (left-handed)
- repeat BCx until neg, weekly CBC/BMP/LFT once home
- INR closely, ceftriaxone may bump it
Thank you for this consult - ID will follow.
"""),
("2019-10-17", "OPAT Intake Visit", """
OPAT INTAKE - Home Infusion Pharmacy / ID clinic
Line: single lumen 4 Fr PICC, R basilic, placed 10/08/2019 by VAT, ext length 2 cm, arm circ 31 cm at baseline. Tip cavoatrial junction on CXR.
Regimen: ampicillin via elastomeric pump 12 g/24h continuous + ceftriaxone 2 g IV q12h, via home health RN. End date 11/14/2019.
Labs 10/15: WBC 7.9, Hgb 10.4, Cr 3.0, K 4.8, INR 2.6 (warfarin 5 mg daily, per anticoag clinic).
Site: no redness, no drainage, securement device dry. Pt denies arm pain or swelling.
Educated on line care, no submersion, call for fever >38.
F/u 2 weeks.
"""),
("2019-12-05", "OPAT Follow-up", """
OPAT f/u - late visit (abx course extended to 12/02 after delayed clearance)
S: Pt c/o a "burning, purple patch" around the PICC on his R upper arm since Thanksgiving. Wife thought it was the dressing tape irritating him. Pain 8/10, worse w/ sleeve contact. No fevers, no chills.
O: T 36.9, HR 78. R upper arm medial aspect: firm violaceous plaque, roughly 4x3cm, centred over where the PICC enters and extending under the StatLock footprint; 1 cm black eschar inferior to the exit point, retiform purpuric border. No purulence. Arm circ 32 cm. No cord.
A: necrotic plaque at PICC site. ddx exit-site infection vs septic thrombophlebitis vs calciphylaxis (CKD4, warfarin, DM - all on the list).
P: PICC pulled today, tip to micro. BCx x2 peripheral. Duplex R arm ordered. Derm asked to biopsy this week. Abx course is complete so no new line.
"""),
("2019-12-16", "ID Progress Note", """
ID follow up
Micro: PICC tip <15 cfu, BCx 12/5 NGTD at 5 days. Duplex: no DVT, no superficial thrombus.
Path (derm punch bx 12/9, R upper arm): calcium lining the walls of tiny arterioles in dermis and fat, intimal proliferation, occlusive clot, overlying epidermal necrosis - consistent with calciphylaxis. Tissue cx negative.
Assessment: R upper arm calciphylaxis, developing over the site where the PICC sat from 10/08 until removal; not an infection. No antibiotic indicated.
Recs: nephrology + derm co-managing (sodium thiosulfate discussion, switch warfarin to a DOAC - defer to cardiology), local wound care, pain control. ID signing off; endocarditis f/u TTE in 4 wks.
"""),
]}

B02 = {"patient_id": "B02", "age": 58, "sex": "F", "notes": [
("2023-09-05", "Infectious Disease Consult", """
ID CONSULT NOTE
CC: cloudy PD fluid x 2 days; also "infected spot" on L side, per nephrology.
HPI: 58F with ESRD (diabetic nephropathy) doing cycler PD nightly, 5 exchanges, since Feb 2022. T2DM - glargine 40 units qHS, lispro SSI with meals. Effluent WBC 1,850 w/ 88% PMN; gram stain GPC in clusters; cx growing coag-negative Staph. IP vancomycin loading dose given by PD RN yesterday.
Separately pt reports a hard, very painful lump in the L flank, since mid-August. Every single glargine shot has gone into her L "love handle" since PD started, she says - "the right side has the catheter so I leave it alone."
Exam: abd soft, mild diffuse tenderness, exit site R paramedian w/o crust or drainage, tunnel non-tender. L flank: woody 5x4cm plaque, violaceous, black crust in the middle and stellate purpura at the edges, no fluctuance, no warmth beyond the plaque. BMI 36.4.
Impression: 1) CoNS PD peritonitis, uncomplicated. 2) L flank necrotic plaque at chronic insulin site - calciphylaxis favored over injection-site abscess.
Recs: IP vanc 15 mg/kg q5 days, level before 2nd dose; repeat cell count day 3. Derm for incisional bx w/ tissue cx. Do not I&D.
"""),
("2023-09-14", "Dermatology Procedure Note", """
Dermatology - inpatient consult / procedure
Procedure: 6 mm incisional biopsy, left flank plaque, deep to fat. Hemostasis with sutures. Specimens: formalin half (H&E + VK stain), fresh half to micro for bacterial/fungal/AFB cx.
Dr Lindqvist's prelim: calcium in the media of arterioles within the subcutis, fibrin clots in lumina, necrotic fat; VK stain positive. Dx: calciphylaxis (calcific uremic arteriolopathy), left flank, at pt's long-standing insulin injection zone.
Counseled pt. Recommend she rotate glargine to the thighs from now on and avoid the flank entirely.
"""),
("2023-09-26", "ID Clinic Follow-up", """
ID clinic f/u
Peritonitis: effluent WBC 42 on day 10. Completing 3 wks IP vanc, random vanc level 14.6 on 9/19. No recurrence.
Flank: tissue cx no growth (AFB pending). Biopsy = calciphylaxis, so the L flank lesion needs no antibiotics; c/w wound care + nephrology plan for thiosulfate, binder change.
Insulin: she moved the glargine to her thighs last week as derm advised.
Vitals: afebrile, BMI 35.1 (down from 36.4).
Plan: finish IP vanc 10/3, PD RN to send cell count if cloudy again. ID f/u prn.
"""),
]}

B03 = {"patient_id": "B03", "age": 66, "sex": "M", "notes": [
("2020-02-24", "Infectious Disease Consult", """
Infectious Disease Consult
Reason: MRSA bacteremia, HD pt; also "R hip abscess?"
66 y.o. gentleman with ESRD, dialyzes Tue/Thu/Sat in-center by R IJ tunnelled cath until the new L arm AVF is usable. No diabetes (A1c 5.2). Hx DVT, was on Coumadin until 2016 then switched to apixaban. BCx 2/21 x2 MRSA (vanc MIC 1). Catheter exchanged over wire 2/22 by IR.
On exam the team's "abscess" sits on the R lateral hip, just over the trochanter: a stellate 6x4cm violaceous plaque, black eschar centrally, net-like livedo around it, exquisitely tender to light touch, no fluctuance, no crepitus. He admits the electric heating pad goes under that hip for sciatica every night since Christmas. The sore spot itself appeared in early February.
98kg/176cm, BMI 31.8.
Impression: MRSA CLABSI. Hip plaque looks like calciphylaxis more than a deep abscess - needs tissue.
Plan: vancomycin dosed by HD pharmacy, 1 g after each run, pre-HD level goal 15-20. TTE. Bedside US of the hip. Derm punch bx. No more heating pad.
"""),
("2020-03-02", "ID Progress Note", """
ID progress
Vanc pre-HD level 17.2 mcg/mL (2/29). Repeat BCx 2/24 and 2/26 NG. TTE w/o vegetation.
Hip US: no drainable collection, subcutaneous edema only.
Punch biopsy R hip (2/27): CUA - calcium deposited along walls of little vessels, clotted lumina, VK stain +. Gram stain neg, cx NG.
A/P: 1. MRSA bacteremia, line-related, cleared - 4 wks vanc w/ HD from 2/22. 2. calciphylaxis of the R hip at the spot the heating pad sat on since late December - reviewed with nephrology, STS with HD started. Pt has thrown the pad out.
"""),
("2020-03-30", "OPAT Follow-up (HD unit)", """
OPAT visit at the dialysis unit - chairside
Last vanc dose given 3/21. Final pre-HD level 18.9. CBC ok, no rash, hearing unchanged.
R hip wound: eschar 5 x 3.5, edges turning from purple to dusky pink; pain now 5 of 10 (was 9) with gabapentin 100 after HD. Sodium thiosulfate 25 g tiw ongoing.
Today's wt 96.5 kg, BMI 31.2.
Abx complete. Surveillance BCx neg. ID to see him again only if febrile.
"""),
]}

B04 = {"patient_id": "B04", "age": 71, "sex": "F", "notes": [
("2024-08-02", "OPAT Follow-up", """
OPAT Progress Note - week 3 of 6
Dx: MSSA bacteremia from L arm AVF cannulation site infection (cleared 7/11).
Abx: cefazolin 2 g IV after each HD (M/W/F), given by dialysis RN. No line.
Interval: feels well. Interim event: left popliteal DVT diagnosed in June, started on warfarin (INR 2.3 this wk) and fitted with thigh-high compression stockings that she wears all day.
PMH: ESRD on HD, T2DM - insulin degludec 18 u daily, HTN.
Exam: AVF site healed, thrill +. Legs: mild pitting edema L>R. Skin of thighs and legs intact under the stockings.
BMI exactly 30.0 (76.8kg, 160cm).
Labs: WBC 6.1, ESR 38 (from 92), CRP 1.1.
Plan: continue cefazolin to 8/22. Weekly CBC/BMP at HD.
"""),
("2024-09-10", "OPAT Follow-up", """
OPAT / ID clinic - post-treatment visit
Cefazolin course finished 8/22.
Pt reports painful purple bands across the tops of both thighs, starting 2 wks ago, right where the elastic tops of her compression stockings sit. Says the stockings "dig in, they're a size too small but the pharmacy had no others."
Exam: T 37.0. R medial upper thigh: 7 cm horizontal violaceous band w/ 2 cm black eschar. L medial upper thigh: retiform purpura along the same band line with a shallow ulcer, 1.5 cm. Both indurated, very tender. No fluctuance, no streaking.
A: bilateral thigh lesions along stocking band. Concern cellulitis vs calciphylaxis (ESRD, warfarin, obese, insulin user). Looks more like the latter; no systemic signs.
P: BCx x2. Stockings off, switch to knee-high. Urgent derm for bx. Hold abx for now.
"""),
("2024-09-19", "Dermatology Consult", """
DERMATOLOGY CONSULT
Referred by ID for bilateral medial thigh plaques.
Bx 9/12 (L and R medial thigh, 4 mm punches): calcium-encrusted septal vessels, thrombosed, VK positive, no organisms on PAS/GMS/gram. Diagnosis: calciphylaxis, both upper medial thighs, arising in a band exactly under the elastic tops of the thigh-high stockings she has worn since June.
BCx from ID negative.
Plan: no compression to the thighs, loose clothing. Nephrology: IV thiosulfate to be hung on dialysis days; hematology to review the warfarin. Dressings: nonstick layer only, nobody should sharp-debride yet.
"""),
]}

B05 = {"patient_id": "B05", "age": 63, "sex": "M", "notes": [
("2021-07-06", "ID Clinic - Urgent Visit", """
ID urgent clinic
Dog bite, R calf, on 7/4 - neighbor's boxer at a cookout, dog is up to date on rabies vaccine and will be observed by owner x10d.
63M with ESRD doing home hemo on a NxStage machine 5 days a week (wife is his care partner). No DM. Not anticoagulated. BMI 24.6.
Exam: posterolateral R calf - 2 puncture wounds 4 mm and 6 mm, 2 cm apart, mild surrounding erythema 3 cm, no purulence, no tendon involvement, full ROM ankle.
Plan: amoxicillin-clavulanate 500/125 q24h (dosed for HD, give after run) x 5 days. Tdap given today, L deltoid. Irrigated, left open. Return if spreading redness or fever.
"""),
("2021-08-03", "ID Clinic Follow-up", """
ID f/u - "the bite is back"
Finished augmentin 7/11; the two punctures scabbed over and healed by mid-July. About a week ago a hard, exquisitely painful purplish area came up exactly where the teeth went in on his R calf, and the middle has since turned black. Pain keeps him awake. No fever. Wife has photos from 7/27 showing a dusky 2 cm patch around the healed marks.
O: R posterolateral calf: firm dusky-violet plaque about 4.5 by 3 cm, necrotic centre, incorporating both bite scars, livedoid margin. No drainage. Pulses palpable.
ddx: late Pasteurella / Capnocytophaga infection, atypical mycobacteria (unlikely so soon), calciphylaxis in a HD pt.
Plan: deep punch w/ tissue cx incl AFB and fungal. Hold abx pending.
"""),
("2021-08-12", "ID Clinic Follow-up", """
ID f/u
Path from the R calf biopsy: mural calcium within little vessels of the subcutaneous fat, thrombosis, panniculitis; von Kossa +; organisms absent on special stains. This is calciphylaxis - the lesion began in the dog-bite wound of 7/4 on his right lower leg.
Tissue cx: no growth bacterial/fungal at 7 d, AFB no growth to date.
No antibiotics. Referred back to his home HD nephrologist (Dr Amadi) for thiosulfate and phosphate binder change; wound clinic weekly.
"""),
]}

B06 = {"patient_id": "B06", "age": 49, "sex": "F", "notes": [
("2018-05-02", "ID Clinic Note", """
ID clinic - new pt
Referred from dialysis unit: reactive RPR on annual screen.
49F, ESRD from FSGS, dialysing MWF on a L forearm fistula, since 2014. A1c 6.0 - prediabetic range, diet only. BMI 41.2. No anticoagulants.
RPR 1:32, TPPA reactive, prior RPR 2016 nonreactive. No chancre, rash, neuro or eye sx. Not pregnant. HIV neg today.
Assessment: latent syphilis, >1 yr unknown -> treat as late latent.
Plan: benzathine penicillin G 2.4 MU IM weekly x 3. Dose #1 given in clinic today, L upper outer buttock (pt asks for the left side - she lies on her right during her runs). Next doses 5/9 and 5/16. Repeat RPR 6 and 12 mo.
"""),
("2018-05-16", "ID Nurse Visit", """
Nurse visit - Bicillin L-A dose 3 of 3
2.4 million units IM, left gluteal (upper outer quadrant), lot 7731-B, pt tolerated. Doses 1 and 2 on 5/2 and 5/9 were also into the L buttock at her request.
Pt says the L side aches a little after each shot; skin looks normal today.
Course complete. RPR in Nov.
"""),
("2018-06-06", "ID Clinic Follow-up", """
ID clinic - add-on
Pt back with severe pain L buttock. She first felt a hard, sore knot where the shots went in around May 24, it grew, and last wk the skin over it turned black.
Exam: L upper outer buttock - 8 x 6 cm firm plaque, violaceous net-like border, 3x2cm black eschar centrally, located where the IM penicillin was given. Bedside ultrasound: no pocket of fluid. Crepitus absent. Afebrile.
Considered sterile injection abscess, Nicolau syndrome (embolia cutis medicamentosa), necrotizing infection, calciphylaxis.
Derm did a wedge bx on 6/1 - path pending, cx pending.
"""),
("2018-06-20", "Dermatology Clinic Note", """
Derm f/u
Wedge biopsy of the L buttock lesion: calcified small arterioles of the septal fat with intravascular clot, widespread necrosis of fat; calcium shows up on VK staining in vessels and interstitium. No vasculitis seen; the culture stayed sterile. Final dx: calciphylaxis of the left buttock, at the site of her three IM benzathine penicillin injections (5/2-5/16).
Plan: wound care, nephrology starting STS, avoid IM injections in future - use other routes.
"""),
]}

B07 = {"patient_id": "B07", "age": 77, "sex": "F", "notes": [
("2022-10-06", "Infectious Disease Consult", """
ID Consult - r/o septic prepatellar bursitis, L knee
Hx from pt + daughter: 77 y/o lady w/ ESRD doing manual CAPD, four bags a day, never had peritonitis, DM2 on insulin (detemir BID), OA knees. She has been icing her L knee with gel ice packs 2-3x a day since Labor Day for arthritis pain. On 10/03/2022 the daughter noticed a blister over the kneecap that went dark within a day.
Exam: T 37.2. Anterior L knee: violaceous, indurated 5x5cm plaque carrying a stellate black eschar over the patella, livedo spreading onto the distal thigh. No effusion; bedside US shows no bursal fluid, so no tap. ROM preserved. PD effluent clear.
BMI 29.9 (overweight).
Imp: not septic bursitis. Necrotic plaque in a cold-exposed area of an ESRD pt; calciphylaxis strongly suspected.
Recs: no antibiotics. Stop ice. Derm bx w/ tissue cx.
"""),
("2022-10-11", "ID Progress Note", """
ID follow-up
Punch bx by derm (10/7), L knee: calciphylaxis - calcified arterioles in subcutaneous fat, thrombi, von Kossa +. Tissue cx NG x 4 days.
So the L knee lesion is calciphylaxis, where she'd been applying ice packs since early September; not an infection. Daughter has stopped the ice.
ID signing off. Defer STS / binders to PD nephrology.
"""),
("2022-11-15", "ID Clinic Visit", """
ID clinic - seen again at daughter's request ("is it infected now?")
L knee: eschar lifting at the edges, yellow slough 20%, mild serous drainage, no odor, no surrounding erythema, no fever. Swab not sent (would only show colonizers).
Not infected. Reassured. Wound clinic continues with hydrogel.
BMI today 29.9. Detemir unchanged.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
