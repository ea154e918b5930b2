"""probe27 corpus notes, Z08-Z14 (hospital medicine progress notes; all invented)."""

Z08 = {"patient_id": "Z08", "age": 64, "sex": "F", "notes": [
("2018-02-12", "Hospitalist H&P", """
ADMISSION NOTE -- Hospitalist service, Calloway County Medical Center
64 yo F w/ ESRD (HD MWF, Calloway Kidney Ctr) since 2014, insulin-requiring type 2 diabetes, lumbar radiculopathy (L leg), obesity. Admitted for pain control and eval of L thigh lesion.
HPI: Patient has injected her NPH into the outer L thigh for years ("since 2015, that's when I went on insulin, always the left one, I'm a righty"). Additionally since Christmas Eve she has been resting a heating pad on the same L lateral thigh for sciatic pain, often falling asleep on it. Starting February 3rd she noticed a purple patch, rock hard and violently tender, on her outer L thigh; now black-centered.
Med list (reconciled):
  NPH insulin 22 units BID (self-injected L thigh)
  regular insulin sliding scale
  calcium carbonate 1250 mg TID
  gabapentin 100 mg qHS
  metoprolol 25 BID
  epoetin w/ HD
Exam: Wt 98 kg BMI 35.0. L lateral thigh: 7x5cm indurated plaque, violaceous net pattern, 2.5 cm central eschar; reticulated tan hyperpigmentation over surrounding skin. R thigh normal.
Assessment/Plan
#1 Necrotic plaque, L outer thigh, HD pt, exactly where she injects insulin and rests the heating pad -- calciphylaxis highly suspected. Derm bx; stop heating pad; move insulin to abdomen.
#2 ESRD -- HD tomorrow (schedule shifted).
#3 DM2 on insulin -- NPH 18 BID inpt.
#4 Obesity BMI 35.
"""),
("2018-02-14", "Dermatology Consult Note", """
Derm consult -- L thigh. Clinical exam as documented by primary team.
Punch bx x1 (L lateral thigh) 2/13: subcutaneous arteriolar calcium deposition, extensive, w/ fibrin thrombi and ischemic fat necrosis: CALCIPHYLAXIS.
Comment: both the long-standing insulin injections (since 2015) and the nightly heating pad (since 12/24/2017) targeted this same area of the L lateral thigh; lesion onset 2/3/2018. Either or both likely served as local trigger.
Recs: STS IV post-HD; switch calcium carbonate to non-calcium binder; wound RN; no thermal devices; insulin to abdomen.
"""),
("2018-02-16", "Hospital Medicine Progress Note", """
HM PROGRESS NOTE, day 5 (copy-forward; see 2/14 for details)
S: pain 6/10; first STS dose tolerated w/ mild nausea.
O: wt 95.4 kg, BMI 34.1.
I/O flowsheet: UF 2.6 L at HD 2/15.
Wound flowsheet 2/15: L lat thigh | 7.2x5.1cm | eschar 40% | no drainage | pain 7/10.
Impression/plan
#1 Calciphylaxis L lateral thigh, bx-confirmed -- STS qHD, sevelamer replacing CaCO3; palliative care for pain.
#2 ESRD -- Mon/Wed/Fri runs.
#3 DM2 on insulin -- injections to abdomen (R and L) now.
#4 Obesity.
"""),
]}

Z09 = {"patient_id": "Z09", "age": 69, "sex": "F", "notes": [
("2019-03-11", "Hospitalist H&P", """
HOSPITAL MEDICINE H&P  --  Eastbrook Medical Center, tele floor
69F; ESRD, six years on HD (T/Th/Sa); HFpEF, obesity (BMI 38.0), hypothyroidism, admitted 3/9 for CHF exacerbation; now day 3. NOT diabetic.
Interval issue: new painful lesion on lower belly noted by RN on 3/10 night shift.
VTE ppx: heparin 5000 units SC q8h since 3/9. MAR injection-site documentation: RLQ for every dose (pt asks for the right side; left side "too sore from my hernia").
Exam: L lower abdominal pannus, inferolateral: 4x3cm purple stony plaque w/ retiform border, no eschar yet. RLQ: scattered pinpoint needle marks, small faint ecchymoses, soft, non-tender.
Home meds: levothyroxine 100 mcg, torsemide 40 mg, carvedilol 12.5 BID, sevelamer 800 three times daily, calcitriol 0.25.
A/P:
#1 L lower abd painful plaque -- ddx early calciphylaxis vs panniculitis vs hematoma. Derm c/s.
#2 HFpEF -- UF w/ HD.
#3 Hypothyroid -- cont.
"""),
("2019-03-13", "Dermatology Consult Note", """
DERMATOLOGY: Lesion L lower abdomen (LLQ pannus), 4.5x3.5cm, retiform purpura, extremely tender, woody. Per pt, she first noticed pain there "the weekend before I came in" (~3/2-3/3), before any in-hospital injections.
Heparin injections documented on the R abdomen only; the L side has never been used.
Bx 3/12 (L abd): vascular calcification, thrombi -> calciphylaxis.
Recs: STS; switch VTE ppx to ambulation/SC heparin into the RLQ may continue (lesion is contralateral) but favor stopping; nephro for phos.
"""),
("2019-03-15", "Hospital Medicine Progress Note", """
PROGRESS NOTE (Dr. G. Pellegrini) -- copied forward w/ updates
S: "the left side still burns but I slept." Walking hallway w/ PT twice.
O: afebrile, BP 118/64, net UF 2.1 L yesterday. Wt 103.5 kg.
Wound flowsheet (RN J. Abara, 3/14 2000):
  | LLQ abdominal pannus | 4.6x3.6cm | no eschar, dusky center | periwound indurated | pain 6/10 |
  | RLQ (heparin sites) | skin intact, 2 faint yellow bruises, non-tender |
#1 Calciphylaxis, LLQ abdominal wall, biopsy-proven. Heparin stopped 3/13. STS started.
#2 HFpEF -- euvolemic after UF.
#3 Obesity BMI 38 -- dietitian.
Meds at discharge: levothyroxine, torsemide, carvedilol, sevelamer 1600 TID (increased), STS w/ HD.
"""),
]}

Z10 = {"patient_id": "Z10", "age": 77, "sex": "M", "notes": [
("2020-06-08", "Hospitalist H&P", """
ADMISSION H&P -- Hospital Medicine, St. Ignatius (Tacoma campus)
77M w/ ESRD (HD M-W-F), type 2 DM using glargine (injects abdomen), AF on warfarin, BPH. BMI 28.6.
HPI: painful sore on the outside of L thigh, started about 2 weeks ago as a firm purple spot, now black crust. Pt denies fall, bump, injections or heat to that area. Lives alone w/ walker.
Meds: glargine 16 u qHS (abd), warfarin 3 mg, tamsulosin, sevelamer, cinacalcet.
Exam: L lateral thigh 5x4cm indurated necrotic plaque, livedoid rim.
A/P
#1 L thigh necrotic plaque -- concerning for calciphylaxis. Derm. Hold warfarin pending.
#2 AF -- rate controlled.
#3 DM2 -- glargine 12 u.
Fall risk: high -- bed alarm, non-skid socks.
"""),
("2020-06-11", "Hospital Medicine Progress Note", """
PROGRESS NOTE HD#4
Event: overnight 6/10 ~0230 pt got up without calling, slipped and fell onto his L side in bathroom. Seen by cross-cover; CT head neg. Small 3 cm hematoma L lateral thigh just inferior to the known plaque; plaque itself unchanged.
Bx L thigh (6/9): calciphylaxis confirmed (arteriolar calcification, thrombosis).
Assessment & Plan
#1 Calciphylaxis L lateral thigh (onset ~5/25/20, pre-admission). STS w/ HD.
#2 Fall 6/10 w/ L thigh hematoma -- ice 20 min q4h x 24h (to hematoma, not plaque), PT/OT.
#3 AF -- warfarin discontinued; apixaban.
"""),
("2020-06-15", "Discharge Summary", """
DISCHARGE SUMMARY
Dx: calciphylaxis L lateral thigh, bx-proven; ESRD/HD; DM2 (insulin); atrial fib (warfarin stopped, on apixaban).
Note re documentation: the orthopedics consult of 6/12 states the thigh ulcer "followed a fall." That is inaccurate: the ulcer was present for ~2 weeks before admission and the fall happened in hospital on 6/10. There was no trauma before the lesion.
BMI 28.6 at d/c. Home w/ HH, STS at Cascade Dialysis.
"""),
]}

Z11 = {"patient_id": "Z11", "age": 48, "sex": "M", "notes": [
("2021-10-04", "Hospitalist H&P", """
H&P  -- Hospital Medicine, Bayview Teaching Hospital
48M w/ CKD 5 not yet on dialysis (refused HD previously), HTN, hx warfarin for LV thrombus 2017-2018 (stopped 2018), BMI 22.3, presenting w/ uremia and painful R buttock wound.
HPI: Sore on R buttock started early September as a painful hard lump, then turned black. He has no diabetes. He denies sitting on anything hard, injections or heat to the area before it started.
Meds: amlodipine 10, hydralazine 50 TID, sodium bicarb 650 BID, calcium carbonate 500 TID.
Exam: black eschar 6x5cm over R upper-outer buttock w/ livedo reticularis around it, indurated.
A/P
#1 Uremia -- nephro consult; pt now agrees to HD; tunneled line by IR tomorrow.
#2 R buttock necrotic ulcer -- r/o calciphylaxis. Derm.
#3 HTN.
"""),
("2021-10-06", "Dermatology Consult Note", """
DERM: R buttock. Since about two weeks after it appeared, his sister has been holding warm compresses on the sore twice daily and taping gauze over it, which is stripping the periwound skin.
Procedure 10/5: 6mm punch bx R buttock lesion edge.
Imp: suspected calciphylaxis; bx pending.
Recs: stop warm compresses (heat on an existing lesion); no tape to skin, use stretch net; plan surgical debridement only if infected.
"""),
("2021-10-08", "Hospital Medicine Progress Note", """
PROGRESS NOTE  -- HD started 10/5 via R IJ tunneled catheter, now ESRD on HD TTS.
Path: calciphylaxis (medial calcification, thrombi, fat necrosis).
#1 Calciphylaxis R buttock, bx-proven; onset 9/2021. STS w/ HD. Wound RN: bedside sharp debridement of loose slough today 10/8; Santyl. Offloading mattress.
#2 ESRD, new HD start.
#3 HTN better w/ UF.
"""),
("2021-10-12", "Discharge Summary", """
DISCHARGE SUMMARY (Bayview)
48M, new ESRD started on HD this admission, calciphylaxis of R buttock (biopsy 10/5, onset early Sept 2021) with no preceding skin injury identified. Warm compresses, tape, biopsy and debridement were all applied to the already established lesion.
Past warfarin 2017-2018. Non-diabetic. BMI 22.3.
Disposition: home, outpt HD Bayview Dialysis TTS, STS with HD.
"""),
]}

Z12 = {"patient_id": "Z12", "age": 51, "sex": "F", "notes": [
("2022-02-07", "Hospitalist H&P", """
HM H&P -- Tri-Rivers Hospital
51F ESRD on HD MWF (L upper arm AVF), morbid obesity BMI 44.5, OSA on CPAP, no diabetes, presenting w/ 3 wks of painful dark plaques on lower abdomen.
HPI: Denies insulin or any other shots ("I'm not diabetic, never had shots in my belly"). Denies heating pads, hot tubs, ice packs, tight belts or waistbands (wears loose dresses), scratching, falls. No surgery to abdomen.
Meds: sevelamer, calcitriol, midodrine pre-HD, atorvastatin.
Exam: bilateral lower abdominal pannus w/ multiple stellate purpuric plaques, largest R 5 cm with eschar, L 3 cm.
A/P
#1 Pannus necrotic plaques -- suspect calciphylaxis. Derm. Pain control.
#2 ESRD.
#3 VTE ppx: will start SC heparin -- plan to give in the thighs rather than abdomen.
"""),
("2022-02-09", "Dermatology Consult Note", """
DERM: 4mm punch from L pannus plaque 2/8 -> calciphylaxis (bx-proven).
Again no history of local injection, heat or pressure; pt firm about this.
Recs: STS, wound care, plan sharp debridement of R plaque once demarcated; avoid any future injections, heat or binders on the abdomen; if heparin is needed, use thighs.
"""),
("2022-02-11", "Hospital Medicine Progress Note", """
PROGRESS NOTE (copy fwd from 2/10; Dr. N. Whitcombe)
S: pain 7/10 -> 4/10 on scheduled APAP + hydromorphone PO; sleeping in recliner.
O: T 36.6, HR 92, BP 104/58 pre-HD. Pannus lifted for exam w/ 2 RNs: R plaque now w/ firm black eschar, L plaque (bx site) sutured, clean.
Meds (inpatient): sevelamer 1600 tid, calcitriol held, midodrine 10 pre-HD, thiosulfate 25 g each dialysis, oral hydromorphone 2mg every 4h if needed, senna.
#1 Calciphylaxis, bilateral lower abdomen/pannus, onset ~mid-Jan 2022, bx-proven -- STS started 2/9. Heparin never started (pt ambulatory, low VTE risk). Debridement to be scheduled as outpt w/ wound clinic.
#2 ESRD HD.
#3 Obesity (BMI 44.5).
"""),
]}

Z13 = {"patient_id": "Z13", "age": 71, "sex": "M", "notes": [
("2023-05-15", "Hospitalist H&P", """
ADMISSION -- Medicine service, Harlow Valley
71M ESRD HD TTS, T2DM on insulin (glargine + aspart, self-injects abdomen), HTN, BMI 26.0, admitted w/ bilateral calf pain and dark skin lesions x 10 days.
Denies any leg injury, compression wraps or heat.
Exam: bilateral posterior calves w/ livedo racemosa and several 1-3 cm black eschars, exquisitely tender. Abdomen: several 1-2 cm blue-green bruises at the spots used for his insulin and for inpatient heparin.
VTE ppx: heparin SC q8h in abdomen (home insulin sites).
A/P
#1 Bilateral calf necrotic lesions -- ?calciphylaxis vs cholesterol emboli. Derm, check eos.
#2 DM2 -- insulin.
"""),
("2023-05-17", "Dermatology Consult Note", """
DERM CONSULT
Calves: retiform purpura, eschar, bilateral posterior lower legs. Bx L calf 5/16.
Abdomen: scattered ecchymoses at injection sites, soft, non-indurated, non-tender -- these are simple injection bruises, NOT calciphylaxis.
Also R forearm skin tear (bed rail 5/16) -- superficial, healing; not calciphylaxis.
Path: calciphylaxis, L calf.
Recs: STS with HD; avoid leg trauma; continue insulin in abdomen (rotate).
"""),
("2023-05-19", "Hospital Medicine Progress Note", """
PROGRESS NOTE HD#5 (copied forward; Dr. E. Moretti)
S: calf pain 6/10, worse at night; wants to go home by the weekend.
O: afebrile, BG 150-230 on glargine 14 + aspart correction. Eos 3% (no eosinophilia).
Nursing skin flowsheet 5/18 0600:
  L posterior calf | 3 eschars, largest 2.8cm | livedo racemosa | pain 7/10
  R posterior calf | 2 eschars, 1.5cm | livedo | pain 6/10
  Abdomen | scattered green-yellow ecchymoses at injection sites | soft | no pain
#1 Calciphylaxis bilateral posterior calves, bx-proven (L calf), onset ~5/5/23. STS started.
#2 Abdominal wall injection-site ecchymoses -- benign, resolving.
#3 R forearm skin tear -- steri-strips, healing.
#4 DM2 on insulin. BMI 26.0.
"""),
]}

Z14 = {"patient_id": "Z14", "age": 67, "sex": "F", "notes": [
("2023-11-06", "Hospitalist H&P", """
H&P -- Hospital Medicine, Fairhaven Methodist
67F on HD (Mon-Wed-Fri) for ESRD; insulin-treated T2DM (injects posterior upper arms only), AF on warfarin, obesity BMI 39.9, R TKA (2016), chronic LBP (uses heating pad on low back).
HPI: 1 month of painful dark patches on inner thighs.
Exam: bilateral medial thighs, upper third: violaceous indurated plaques w/ black centers, R 6 cm, L 4 cm. R knee midline TKA scar well healed, no lesion. Low back: no skin changes.
A/P
#1 Bilateral medial thigh necrotic plaques -- suspect calciphylaxis. Derm.
#2 AF on warfarin -- cardiology re: alternative.
"""),
("2023-11-08", "Dermatology Consult Note", """
DERM: bx R medial thigh 11/7 -> calciphylaxis.
No trauma to the thighs reported -- pt denies injecting there, denies heat, denies friction.
Recs: STS; avoid heating pads/ice on thighs; do not inject into thighs; consider apixaban instead of warfarin.
"""),
("2023-11-10", "Hospital Medicine Progress Note", """
PROGRESS NOTE (copy forward from 11/9; Dr. H. Achterberg)
S: thigh pain 5/10 on gabapentin 100 post-HD + oxycodone prn. Asks whether her knee replacement "caused this" -- explained the knee scar is healed and uninvolved.
O: afebrile. Wound flowsheet 11/9: R medial thigh 6.2cm plaque, eschar 50%; L medial thigh 4.1cm plaque, dusky, intact.
Med rec at discharge planning: insulin glargine 28 u (upper arms), lispro SSI, apixaban 5 bid (new), diltiazem ER 180, sevelamer 2400 tid, STS with HD (new).
#1 Calciphylaxis bilateral medial thighs, bx-proven, onset ~early Oct 2023. STS w/ HD. Pt counselled at length on risks of heat, injections and pressure to the thighs.
#2 AF -- warfarin stopped 11/9, apixaban.
#3 DM2 on insulin (arms).
#4 Obesity BMI 39.9.
"""),
]}

PATIENTS = [Z08, Z09, Z10, Z11, Z12, Z13, Z14]
