"""probe42 corpus notes, K01-K07 (transplant nephrology and anticoagulation clinics; all invented)."""

K01 = {"patient_id": "K01", "age": 57, "sex": "F", "notes": [
("2019-02-26", "Anticoagulation Clinic - Pharmacist", """
ANTICOAG PHARMACY VISIT (warfarin mgmt)
Indication: paroxysmal AF, CHA2DS2-VASc 4. Goal INR 2-3.
Pt is a 57yo F w/ two failed renal allografts, dialyzes in center Tues/Thurs/Sat.
Warfarin held x5 days ahead of her parathyroidectomy on 3/1; surgeon wants LMWH cover.
Bridging: weight-based enoxaparin once daily (renal dosing cleared w/ Dr Vasquez-Lund, nephrology).
TEACHING: abdomen is a poor choice for her -- two transplant scars plus a hernia mesh -- so we went through injecting into the outer thighs. First dose given here today 2/26/19 by the pt herself into the L lateral thigh w/ supervision, good technique. Told her she may alternate sides.
Wt 86 kg, BMI 31.6.
RTC after surgery for INR + restart plan.
"""),
("2019-03-19", "Transplant Nephrology - Failed Graft Clinic", """
Failed Allograft Clinic
S: Ms. Pardo-Wiles returns. Parathyroidectomy went fine on 3/1. Bridging was stretched out because the INR took forever to climb - she is STILL doing enoxaparin, nearly always into the left leg because she is right handed ("the other one is awkward"). C/o L outer-thigh lump, hard + very sore, x 10 days; the middle has gone dark. Rates pain 8, worse under bedsheets.
Meds: prednisone 5 mg, tacrolimus stopped 2018, warfarin 5 mg, enoxaparin, sevelamer, cinacalcet (new).
O: L lateral thigh - woody induration 5x4cm, lacy violet border, black eschar centrally (1.5cm). Several faint needle marks within it. R thigh w/ two small yellow bruises, nothing firm.
A/P: necrotic plaque right in her injection zone, ESRD on HD, on warfarin - worried about calciphylaxis. Urgent derm for biopsy. Stop the enoxaparin now, INR 2.2 today anyway. Wound care referral.
"""),
("2019-03-28", "Dermatology Consult", """
DERMATOLOGY - consult f/u
Path from the punch bx of the L lateral thigh (3/20): subcutaneous arteriolar walls calcified (highlighted on von Kossa), intimal proliferation, luminal thrombus, adjacent liponecrosis.
Dx: calciphylaxis, biopsy confirmed, arising at the site where she self-injected enoxaparin since 02/26/2019 - the needle trauma is the likely local trigger. Lesion onset per pt around 3/9.
Recs: no further SC injections into either leg; sodium thiosulfate on dialysis days; pain team; ask cardiology/pharmacy re stopping warfarin.
"""),
("2019-04-02", "Anticoagulation Clinic - Pharmacist", """
Warfarin -> apixaban transition
Reason: biopsy-proven calciphylaxis (L thigh). Cardiology agrees.
Last warfarin dose 3/30. INR this am 1.8 -> start apixaban 2.5 mg BID today (age <80 but on HD; dose per cardiology).
Reviewed bleeding precautions, no NSAIDs. Removed warfarin from med list, disposed of leftover enoxaparin syringes.
BMI 31.6 unchanged.
"""),
]}

K02 = {"patient_id": "K02", "age": 63, "sex": "M", "notes": [
("2022-01-24", "Transplant Nephrology Follow-up", """
TRANSPLANT NEPHROLOGY f/u
63 M, DDKT 2009 (FSGS), graft lost to chronic AMR 2020; since then on CCPD overnight, 5 exchanges w/ icodextrin day dwell. Tac was weaned off last yr, remains on pred 5.
Diet-controlled T2 diabetes, A1c 6.8, never on insulin. No anticoagulants.
CC: "a black patch on my side that's killing me".
Has chronic low back ache. Every night since Thanksgiving (11/25/2021) he has kept a plug-in heat pad pressed to his L flank while asleep. Lesion came up the first week of January.
Exam: L flank a few cm above iliac crest - stellate purpura 6x4cm, black centre; reticulated brown mottling (erythema ab igne) outlining where the pad lies. Exquisitely tender. PD exit site clean, R side.
Bone-min panel: calcium 9.9, phosphorus 7.4 (high), intact PTH 812.
Assessment: calciphylaxis suspected on heat-damaged skin, thermal burn the main alternative. Heating pad confiscated (wife taking it home). Derm next available, binder adjustment, lanthanum added.
"""),
("2022-02-03", "Dermatology Consult", """
Derm clinic
Reason: L flank necrotic plaque, PD pt
Punch taken 1/27 from plaque margin. Path: ring-like mural calcification of little vessels deep in the fat, microthrombi, septal panniculitis. Diagnosis: calciphylaxis (calcific uremic arteriolopathy).
Plaque sits wholly inside the heat-mottled (EAI) patch left by the pad he used nightly; we think the chronic heat injured the skin where the lesion later formed.
Plan: STS IV 3x/wk at the PD unit; hyperbaric referral declined by pt; weekly wound care.
"""),
("2022-02-17", "Peritoneal Dialysis Nursing Note", """
PD RN home-visit note
Pt doing his own CCPD, no peritonitis. Most recent Kt/V 1.9.
Wound L flank: eschar intact, edges less purple, pain 5/10 w/ gabapentin 100 qhs.
Wt 81.2 kg Ht 172 cm, BMI 27.3.
Reinforced: no heat packs, no hot tub. He says the pad is "gone for good".
"""),
]}

K03 = {"patient_id": "K03", "age": 71, "sex": "F", "notes": [
("2023-06-12", "Anticoagulation Clinic", """
INR CLINIC - new start
71F, L popliteal DVT diagnosed 5/18/23 after a long car trip. Started warfarin 5/19/23 (inpatient, heparin overlap at HD).
PMH: DM kidney dz -> ESRD, dialyzes Mon/Wed/Fri (R upper arm fistula); insulin-requiring T2DM (glargine + lispro); morbid obesity, BMI 41.8; OSA.
Vascular fitted her with below-knee compression hose (20-30) for both legs, which she has worn daily since 6/5/2023 -- "they're murder to get on".
INR 2.1 today. Dose unchanged 4 mg daily. Next INR 1 wk.
"""),
("2023-08-14", "Anticoagulation Clinic", """
INR visit
INR 2.6, in range.
Pt bringing up new problem: both calves very painful, with dark purple areas that began last Wednesday (08/09/2023). Her finger traces the line the hose's top elastic leaves; the areas lie in a ring where the elastic digs in. Some blistering on R.
Not our area - messaged nephrology + PCP. Question warfarin skin necrosis? (though she is ~3 mo into therapy). Asked her to take stockings off until seen.
Warfarin 4 mg daily continued pending eval.
"""),
("2023-08-22", "Dermatology Inpatient Consult", """
Dermatology consult (admitted for pain control)
HPI: 71F on HD, insulin, warfarin, with painful plaques on both calves since 8/9.
Exam: bilat upper calves: retiform purpura arranged in a band, each with black eschar centrally, R 7 cm, L 5 cm, corresponding exactly to the upper cuff of her compression stockings. Legs otherwise w/o edema.
Punch bx R calf: calcified media in small arterioles of deep dermis and fat; thrombi present. Consistent with calciphylaxis.
Impression: calciphylaxis of both calves at the sites of chronic stocking pressure (worn since early June). Warfarin necrosis not favored (timing, histology).
Recs: stop compression, switch warfarin -> apixaban (pharmacy), STS with HD, nutrition. BMI today 40.6.
"""),
]}

K04 = {"patient_id": "K04", "age": 49, "sex": "M", "notes": [
("2020-08-31", "Transplant Surgery Clinic", """
Transplant Surgery - preop
49 y/o man, DDKT 2012 in the RLQ for IgA nephropathy; graft failed 2019 and he returned to HD (L brachiocephalic AVF). Now w/ graft intolerance: tender, swollen allograft, low-grade fevers, Hb falling.
Plan: transplant nephrectomy, date 9/14/2020, via the previous R lower quadrant incision.
No diabetes. On aspirin only, never warfarin. BMI 29.6 (overweight).
Consent done.
"""),
("2020-10-26", "Transplant Nephrology Follow-up", """
TXP NEPHRO
s/p allograft nephrectomy on 09/14/2020 via R lower quadrant incision - uncomplicated stay.
Since early October he has had burning pain along the scar's lateral portion, and his wife noticed "it went black in spots".
Exam: R lower quadrant: incision healed medially; laterally an 8 cm stretch of firm purple skin carrying two black eschars on the scar line, livedoid rim. No drainage, not fluctuant.
Ca 10.2, P 8.1, PTH 1430 - poorly controlled.
A/P: eschar on the nephrectomy scar in HD pt w/ severe secondary HPT. Calciphylaxis vs ischemic wound dehiscence. Derm for wedge bx; surgery aware.
"""),
("2020-11-09", "Dermatology Consult", """
Derm
Wedge bx (11/2) of the R lower quadrant scar: calcified, thrombosed small vessels; necrotic subcutaneous fat -> calciphylaxis.
So: CUA developing in the recent surgical incision (nephrectomy 9/14). Recommend parathyroid surgery eval, STS, no further debridement until pain controlled.
BMI 29.6.
"""),
]}

K05 = {"patient_id": "K05", "age": 76, "sex": "F", "notes": [
("2018-12-31", "Anticoagulation Clinic - Telephone", """
Phone call from pt, 76F, mechanical MVR (On-X) on warfarin, INR target range 2.5 to 3.5. CKD4 (eGFR 19), no RRT.
She tripped on her daughter's porch step on Christmas Eve and struck her right shin. Big bruise, swelling, no open wound. No head strike.
INR at urgent care 12/27 = 3.4.
Advised leg up on a stool, call us for expanding swelling. Keep dose. Recheck INR Wed.
"""),
("2019-01-28", "Anticoagulation Clinic", """
Anticoag clinic visit
INR 3.0.
Shin bruise (Xmas Eve fall) never cleared. Around mid-January the middle of it turned hard and purple-black and became "ten times more painful than when I fell".
R shin exam: 4 x 6 cm firm dusky plaque w/ central eschar at the bump site; surrounding skin yellow-green.
Not typical for a resolving hematoma. Concern: warfarin skin necrosis (unlikely after years on drug) vs calciphylaxis (CKD 4, high phos) vs infected hematoma. Same-wk derm appt made. Warfarin continued - mechanical valve.
Wt 58 kg, BMI 22.8.
"""),
("2019-02-08", "Dermatology Consult", """
DERMATOLOGY NOTE
Bx R shin (1/31): calcified small arterioles, fibrin thrombi, panniculitis. Diagnosis calciphylaxis - CKD4, pre-dialysis.
Lesion formed in the traumatized area from the 12/24 fall.
Cardiology: must stay on VKA given mechanical mitral prosthesis. Add vitamin K2? - not evidence based, deferred. Wound clinic, STS via nephrology if proceeds.
"""),
]}

K06 = {"patient_id": "K06", "age": 54, "sex": "M", "notes": [
("2022-03-07", "Transplant Nephrology Follow-up", """
Kidney Transplant Clinic
LRKT 2017 (donor: sister). Chronic active rejection on bx 2021; Cr 4.3, eGFR 15 (CKD 5T).
Tac trough 6.2 (goal 5-7), MMF 500 bid, pred 5.
PTDM: A1c 8.9 in Jan -> started insulin glargine in February 2022. The diabetes educator taught him to use the R posterior upper arm for injections (he refused the belly), and he has been doing so nightly.
BMI 34.5. Not on anticoagulation.
Discussed likely return to dialysis in 2022; AVF mapping ordered.
"""),
("2022-09-19", "Transplant Nephrology Follow-up", """
TX clinic
Graft failed - restarted in-center HD 8/2022 via L forearm AVF. Tac lowered to trough 3-4, MMF stopped.
Still on glargine 22 u, still R arm, site rotation within the arm discussed.
Wt stable.
"""),
("2022-11-08", "Nephrology Clinic", """
Nephrology
CC: painful hard areas on R arm.
First appeared four weeks ago, R posterior upper arm = his glargine site; now three plaques, the largest 3 cm with a black scab, the rest dusky and woody.
Ddx: lipohypertrophy w/ infection, calciphylaxis (HD, obese, high phos, insulin injections), panniculitis. Referred for punch bx. Insulin to be moved to the L thigh meanwhile.
"""),
("2022-11-21", "Dermatology Consult", """
DERM f/u
Path (R posterior upper arm punch): calciphylaxis (medial vascular calcification + thrombosis, extravascular calcium in fat).
Clinically and histologically calciphylaxis at the insulin injection site used since Feb.
BMI 33.9. Started STS; wound nurse follow-up; avoid any injections in the R arm.
"""),
]}

K07 = {"patient_id": "K07", "age": 60, "sex": "M", "notes": [
("2024-07-10", "Hemodialysis Unit - Nephrology Rounding", """
HD rounding, chair 14
60M, ESRD (HTN/DM2) on HD TTS since 2020. T2DM on linagliptin, no insulin ever. Past PE 2019 treated w/ warfarin for one year; switched in 2022 to apixaban, reduced dose. Class II obesity per PCP (no scale weight documented w/ BMI).
New: painful purple area on the L hip, started July 2nd. Works as an electrician; resumed full shifts this spring; his tool belt, with a heavy pouch, hangs on the left hip 10 hrs a day.
Exam - L hip, lateral, overlying trochanter: 5 cm indurated, net-like violaceous plaque w/ central dusky necrosis. Belt mark visible.
Imp: ?CUA. Derm consult, stop belt for now.
"""),
("2024-07-18", "Dermatology Consult", """
Derm consult
Bx L hip plaque (7/12): calcification within small vessels of subcutaneous fat, thrombosis, fat necrosis.
Final dx: calciphylaxis. Lesion lies exactly where the loaded tool pouch presses; chronic pressure/friction there likely contributed.
Recs: STS, reduce Ca-based binder, off work note, suspenders instead of belt when he returns.
"""),
("2024-08-05", "Pharmacist Note", """
Clinical pharmacist - HD unit med rec
Stopped calcium acetate -> sevelamer 1600 tid.
Na thiosulfate intradialytic every run; QTc fine.
Apixaban (reduced dose) continues (not restarting warfarin - history only).
Linagliptin 5 mg daily.
"""),
]}

PATIENTS = [K01, K02, K03, K04, K05, K06, K07]
