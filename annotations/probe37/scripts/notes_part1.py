"""probe37 corpus notes, Y01-Y10 (decision challenge, mixed clinical styles; all invented)."""

Y01 = {"patient_id": "Y01", "age": 59, "sex": "F", "notes": [
("2019-02-11", "Diabetes Education Visit", """
CDE visit -- pen technique review

59 yo woman, T2DM x14 yrs complicated by diabetic nephropathy -> ESRD; dialyses in-centre M-W-F using a left forearm fistula. Tablets only until her first insulin, started 11/05/2018 as basal-bolus: glargine 18 u at bedtime, lispro by carb ratio.
Watched her dose today. Every single injection goes into the left lower quadrant of her abdomen, she says "it's the only place that doesnt sting". Small soft lipohypertrophic pad palpable there; skin intact, no bruises.
Talked through rotating to the R side of the belly, thighs, backs of arms -- she's not keen.
A1c 7.9%. Weight 97 kg, BMI 36.2.
Return in 3 months.
"""),
("2019-04-02", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
Reason: painful belly wound in an HD patient.
HPI: 59F, ESRD/HD, insulin-treated DM. A tender purple patch came up low on her abdomen on 03/20/2019 and grew a dark crust over the following week. Pain she scores at nine out of ten; barely sleeping.
Exam: left lower quadrant abdominal wall -- stellate black eschar measuring 5 x 4 cm, collared by violaceous retiform purpura; she flinches at the lightest touch. Remainder of skin exam unremarkable.
Path (4 mm punch taken 3/27): calcified small subcutaneous vessels, intraluminal thrombi, fat necrosis; von Kossa positive.
Impression: calciphylaxis, biopsy proven, LLQ.
Recs: sodium thiosulfate with HD per renal; moist wound care; pain service. BMI today 35.8.
"""),
]}

Y02 = {"patient_id": "Y02", "age": 72, "sex": "M", "notes": [
("2021-01-26", "Telephone Encounter", """
Caller: Ruth, wife. Pt does home PD.
Reason for call: "black sore on his side"
Per Ruth, every night he wedges the electric heat pad against his right flank for his back ache -- started about 5 weeks ago. 8 days ago she spotted a purple blotch on that side that has gone dark in the middle. Hurts so much he can't lie on it. No fevers, bags draining clear.
Advised: unplug the heating pad, nothing on the skin, keep Thurs appt w/ Dr Sandoval.
T. Mbeki RN
"""),
("2021-01-28", "Nephrology Clinic Note", """
S: 72M. IgA nephropathy -> ESRD, CCPD on an overnight cycler (5 exchanges). Painful skin change R side x ~10 days, right over the area his heating pad sits each night since before Xmas. Warfarin for mechanical mitral valve, last INR 2.8. Not diabetic.
O: BP 138/76. Wt 81 kg; BMI 27.4. R flank: retiform purpura approx 6 by 5 cm, firm, 2 cm central black eschar, very tender. PD cath exit site (L) clean and dry.
A: suspect calciphylaxis, R flank -- nightly heat a plausible trigger. Ddx warfarin necrosis, thermal burn.
P: punch bx by derm this pm. No more heat. Ca/phos/PTH. Call cardiology re: anticoagulant options.
"""),
("2021-02-08", "Dermatology Follow-up", """
Path review visit.
R flank punch (1/28/21): medial calcification and intimal hyperplasia of subcutaneous arterioles, scattered microthrombi, septal panniculitis; von Kossa highlights the calcium.
Diagnosis: calciphylaxis.
Went over this w/ pt + wife. Heating pad is packed away in the garage. PD team arranging thiosulfate; wound nurse twice weekly.
"""),
]}

Y03 = {"patient_id": "Y03", "age": 64, "sex": "F", "notes": [
("2022-08-15", "Primary Care Visit", """
CC: sore rash on stomach

64 y/o F. ESRD due to lupus nephritis, HD Tu/Th/Sa. T2DM managed on linagliptin only -- never been on insulin.
Since April 2022 she has been working the tills at a garden centre; the store's uniform trousers have a really snug elastic waistband and she does 8-hr shifts. Early July she saw a tender violet band at her waistline on the L lower abdomen; now it's opening up in the middle.
Exam: BMI 41.3. Left lower abdomen, along the waist crease -- 7 cm indurated violaceous plaque with a 1 cm central ulceration, livedo at the edges. Afebrile, no discharge.
A/P: ?calciphylaxis vs garment pressure injury. Urgent derm referral. Suggested looser clothes for now.
"""),
("2022-08-30", "Dermatology Consult Note", """
Seen for L lower abdominal plaque.
Biopsy 8/22: small-vessel calcification with thrombi plus lobular fat necrosis; together these establish calciphylaxis. Its outline traces the compression line left by her work waistband.
Weight unchanged, BMI 41.3.
Plan: STS during dialysis, wound RN, analgesia. Letter to employer for a modified uniform.
"""),
]}

Y04 = {"patient_id": "Y04", "age": 58, "sex": "M", "notes": [
("2023-05-10", "Wound Care Clinic", """
NEW PATIENT - WOUND CLINIC
Referred by his dialysis unit (HD 4h MWF). 58M, ESRD from polycystic kidneys. Afib: on warfarin until 2021, since then apixaban. No diabetes. BMI 30.0.
Hx: open wound within an old surgical scar, right upper abdominal wall -- a port site from his lap gallbladder removal in 2016. He says a hard, aching lump rose up in that scar two months ago and the skin over it then died.
Exam: RUQ, centred on a 1.5 cm linear scar: ulcer 3.5 by 3 cm, base covered by adherent black eschar, net-like purpuric discolouration around it, very tender.
Plan: foam dressing; derm for biopsy, r/o calciphylaxis.
"""),
("2023-05-24", "Dermatology Note", """
Derm f/u. Bx from the edge of the RUQ ulcer shows vascular calcification, thrombi and necrotic fat: calciphylaxis confirmed. Of note it has arisen inside a laparoscopy port scar (2016).
Plan discussed with nephrology: STS, binder change, avoid further trauma to the scar. Pain ok on current regimen.
"""),
]}

Y05 = {"patient_id": "Y05", "age": 77, "sex": "F", "notes": [
("2024-01-08", "Geriatrics Clinic Note", """
77 yo F. CKD 3a (eGFR 52), atrial fibrillation on warfarin for 6 yrs, osteoporosis. No diabetes. BMI 22.8.
Tripped over the grandkids' toys on Thanksgiving and skinned her L knee -- a small graze that healed within about a week. On Christmas Eve she felt a firm purple area on the same knee; it turned black over the next days and the pain is agonising.
O/E: L anterior knee, 4 cm necrotic plaque with a livedoid border. INR 3.1.
Imp: non-healing L knee lesion -- warfarin necrosis vs non-uremic calciphylaxis?
Plan: derm, biopsy. Hold off on compression.
"""),
("2024-01-19", "Dermatology Consult", """
Dx: CALCIPHYLAXIS (non-uremic type), L knee -- confirmed on incisional biopsy (1/12).
Onset Dec 24, at the place she grazed in a fall on Thanksgiving.
Cardiology has switched warfarin to apixaban. Starting IV sodium thiosulfate as outpatient; wound care by home health.
"""),
]}

Y06 = {"patient_id": "Y06", "age": 66, "sex": "M", "notes": [
("2020-09-14", "Hospitalist Progress Note", """
Hospital day 18
66M. ESRD, dialyses Tu-Th-Sa. T2DM, glargine (nurses give it in the posterior upper arms). Admitted 8/28 with L hip fracture, s/p ORIF. Enoxaparin 30 mg SC daily since admission on 8/28, into the lower abdomen, alternating sides.
Overnight: c/o severe pain low in the belly. Yesterday the RN found firm dusky plaques low on the abdomen, right and left, where the injections had gone in.
Exam: lower abdominal wall bilaterally -- several 2-4 cm indurated violaceous plaques, retiform edges, one with central dusky necrosis. Hip wound clean. BMI 33.9.
A/P: concern for calciphylaxis vs enoxaparin hematoma. Holding enoxaparin, SCDs. Derm to biopsy.
"""),
("2020-09-22", "Dermatology Consult Follow-up", """
Punch taken from the left-sided lower abdominal plaque: calcified subcutaneous arterioles with thrombosis. This is calciphylaxis, not hematoma. Lesions sit on both sides of the lower abdominal wall where enoxaparin was injected since 8/28.
Recs: STS with HD, stop calcium-based binders, wound care, and no more subcutaneous shots in the belly.
"""),
]}

Y07 = {"patient_id": "Y07", "age": 70, "sex": "F", "notes": [
("2018-12-17", "Nephrology Progress Note", """
70F on HD for hypertensive nephrosclerosis, T2DM on glipizide.
Since October she has put an ice pack on her right shin most evenings, for an ache from an old tibial fracture.
Two painful skin lesions:
1) R anterior shin -- began 12/03/2018, now black eschar of 3 cm ringed by violet skin, exactly where she ices.
2) L posterior thigh -- 4 cm indurated purple plaque, appeared about a week after the first; nothing cold, hot or injured there.
BMI 31.5.
A: ? calciphylaxis at two sites. Stop icing. Refer derm.
"""),
("2018-12-28", "Dermatology Consult", """
Bx taken from the L posterior thigh plaque: calciphylaxis. The R shin eschar has identical morphology and both lesions represent calciphylaxis; shin not biopsied given poor healing potential.
BMI 31.2. Plan: thiosulfate, wound care, pain management.
"""),
]}

Y08 = {"patient_id": "Y08", "age": 61, "sex": "M", "notes": [
("2025-03-04", "Home PD Nursing Visit", """
Home visit -- APD pt.
ESRD from diabetic kidney disease. Self-injects lispro + degludec into his abdomen. Morbid obesity; no scale in the house today.
He passes most days in his recliner hunched forward, elbows planted on the tops of both thighs -- "been sitting like that since I retired in 2019". Last month painful, hard purplish patches came up on both anterior thighs, right under where the elbows rest; the left-sided patch has gone black centrally.
Exit site clean. Notified nephrology.
"""),
("2025-03-12", "Dermatology Consult", """
61 M, PD, insulin-treated DM2, morbid obesity.
Bilateral anterior thigh retiform plaques, eschar on the L. Biopsy: calciphylaxis.
Distribution fits chronic pressure from his elbows. Advised a different sitting posture, pillow on lap. STS via nephrology.
"""),
]}

Y09 = {"patient_id": "Y09", "age": 55, "sex": "F", "notes": [
("2024-06-11", "Dermatology Procedure Note", """
PROCEDURE: shave biopsy, left lateral calf
Indication: 6 mm irregularly pigmented nevus, r/o dysplastic nevus.
Consent signed. Site prepped, lidocaine w/ epi, shave to mid-dermis. Hemostasis with aluminium chloride; some oozing (on warfarin for recurrent DVT, INR 2.4), controlled.
Background: ESRD on haemodialysis MWF. No DM. BMI 29.5.
Wound care handout given.
"""),
("2024-08-05", "Dermatology Follow-up", """
Nevus path benign (mild atypia, clear margins).
However the biopsy site never healed: in July a painful violaceous plaque developed around it on the L lateral calf, now 4 cm with central necrosis and a retiform border.
Repeat biopsy 7/29: calciphylaxis.
Plan: renal aware, STS started, warfarin -> apixaban discussion, wound clinic.
"""),
]}

Y10 = {"patient_id": "Y10", "age": 69, "sex": "M", "notes": [
("2019-07-18", "Urgent Care Note", """
69M with ESRD on hemodialysis, insulin-dependent DM, warfarin for AF.
Knocked his right shin against the car door 3 weeks ago -- small bruise, faded. 10 days ago a painful dark patch appeared right where the door hit, and it keeps enlarging.
Exam: R pretibial 3x2 cm necrotic ulcer with stellate purpuric margins. No cellulitis, no fluctuance. BMI 26.1.
Dx: R shin ulcer, ? calciphylaxis. Dressing applied, follow up with derm.
"""),
("2019-07-30", "Dermatology Consult", """
Assessment: clinical diagnosis of calciphylaxis, R shin -- textbook look for a dialysis pt taking warfarin. Biopsy deferred (pretibial site, anticoagulated).
It began where the car door struck the shin.
Plan: sodium thiosulfate, wound care, nephrology to review warfarin.
"""),
]}

PATIENTS = [Y01, Y02, Y03, Y04, Y05, Y06, Y07, Y08, Y09, Y10]
