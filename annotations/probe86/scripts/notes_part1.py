"""probe86 corpus notes, F01-F07 (primary care / family medicine, portal, nurse triage; all invented)."""

F01 = {"patient_id": "F01", "age": 71, "sex": "F", "notes": [
("2019-11-08", "Nurse Triage Phone Note", """
RN TELEPHONE TRIAGE
Caller: pt (Gloria) calling for herself. Callback # verified.
Reason for call: "sore dark place on my stomach"
Pt reports painful purple area L lower belly, below and to the left of navel, first noticed Monday 11/04/2019. Black center now, dime-sized. Pain 8/10 per pt, clothes rubbing on it aggravate.
She gives her own Lantus and Humalog, always in the belly left of the navel ("I'm right handed so that's the easy side"), same routine since starting insulin in June 2018.
Denies fever, denies drainage. On peritoneal dialysis at home nightly, PD fluid clear per pt.
Protocol: Skin lesion/wound - painful w/ color change.
Disposition: appt w/ PCP within 72 hr, pt agreeable. Advised call back / ED if fever or spreading redness.
-- T. Varga RN
"""),
("2019-11-11", "Family Medicine Office Visit", """
FAMILY MEDICINE - ACUTE VISIT
CC: painful lesion L abdomen
HPI: 71F w/ ESKD on nightly cycler PD (since 2017), DM2 on basal/bolus insulin, HTN, here for a lesion of the LLQ noted 11/4. See RN note 11/8. Injects every dose into L lower abd since June '18. No new meds. No warfarin ever.
Exam: Wt 88.1 kg, BMI 33.6. Afebrile.
Skin: LLQ, 3x2.5cm stellate plaque, violaceous, hard to palpation; adherent 1cm black eschar centrally, net-like dusky discoloration surrounding. Exquisitely tender. PD catheter exit site (R) clean and dry. R abdomen, thighs: no lesions.
A/P:
1. LLQ necrotic plaque overlying her insulin injection area, suspect calciphylaxis -> urgent derm (punch bx requested), message sent to Dr. Ferris (nephro).
2. Insulin: rotate to backs of upper arms for now.
3. Obesity, BMI 33.6.
Pain: acetaminophen scheduled, tramadol low dose qHS.
"""),
("2019-11-29", "Family Medicine Follow-up", """
F/u calciphylaxis
Derm (Dr. Amadi) did incisional biopsy 11/15, path: subcutis shows calcified walls of small vessels plus thrombosis, von Kossa +, c/w calciphylaxis. Plaque = dead center of her ~18-month insulin patch.
Renal has started sodium thiosulfate with her PD, phosphate binder changed to non-calcium.
Today: eschar unchanged in size, rim less dusky. Pain 5/10.
Injecting into upper arms now per pt. BMI 33.1.
RTC 3 wk.
"""),
]}

F02 = {"patient_id": "F02", "age": 64, "sex": "M", "notes": [
("2021-01-20", "Patient Portal Message", """
Subject: sore on my back side
Dr Lindqvist,
I have a sore on my right side in the back just above the belt line that started 3 wks ago. it was a red tender patch at first but now its dark purple almost black and hurts like crazy. I've been sleeping with the heating pad under that spot every night since Thanksgiving because my back has been killing me, could I have burned it?? I still go to dialysis tues thurs sat. INR last wk 2.6.
Rich Kowalczyk
"""),
("2021-01-22", "Family Medicine Office Visit", """
Subjective: 64 y/o M, kidney failure on in-center hemodialysis TTS, A-fib on Coumadin, gout. Non-diabetic (A1c 5.3). Presents for lesion R flank, onset ~12/30/2020 per pt. Heating pad (electric) jammed under the R flank all night, every night, starting Thanksgiving (11/26/2020), for mechanical low back pain, setting "high".
Objective: BP 148/86, wt 81kg / BMI 27.2
Skin - R posterior flank: retiform purpura 6x4cm with a firm 2cm black eschar at its center; reticulated mottling spreads out to where the pad lies. L flank normal.
Assessment: painful necrotic lesion R flank on HD pt using heat nightly. Differential: calciphylaxis; coumadin necrosis; thermal injury from the pad.
Plan: stop heating pad. Same-week derm bx arranged. Nephrology informed. Hold off changing anticoag until path back.
"""),
("2021-02-05", "Family Medicine Follow-up", """
Follow up R flank wound.
Path from 1/27 derm biopsy: subcutaneous arterioles with medial calcium, fibroplasia of the intima, fat necrosis -> calcific uremic arteriolopathy. No features of burn.
Discussed with cardiology - warfarin switched to apixaban today. Nephrology adding STS 3x/wk with HD.
Pt stopped the heating pad on 1/22. Lesion 6 x 4.5 cm, eschar stable, no cellulitis. BMI 27.2.
"""),
]}

F03 = {"patient_id": "F03", "age": 58, "sex": "M", "notes": [
("2022-03-09", "Family Medicine Office Visit", """
Reason for visit: R knee pain f/u
58 yo male, ESRD (HD thrice weekly, Mon/Wed/Fri; access = L brachiocephalic AVF), type 2 diabetes on glipizide (no insulin), HLD. Class I obesity, BMI 31.2.
MRI showed a degenerative medial meniscus tear. Ortho fitted a hinged knee brace on 03/02/2022; he wears it from waking until bed, the straps cinched tight "so it doesn't slide."
Exam: R knee mild effusion, skin intact under brace, some pink strap marks above and below patella.
Plan: PT referral, loosen straps, brace off when seated.
"""),
("2022-05-03", "Nurse Triage Phone Note", """
TRIAGE CALL - spouse (Denise) calling
States husband has a "black sore" on the R knee right where the lower strap of the brace presses, started "sometime in April", getting bigger, hurts to bend the knee. Still wearing the brace most of the day.
No fever. Blood sugars 140s-190s.
Disposition: see today/tomorrow in clinic. Told to take the brace off until seen.
"""),
("2022-05-06", "Family Medicine Office Visit", """
S: see triage note. Knee lesion since April at the brace strap line.
O: R knee, inferior to the patella along the strap impression: 3x2cm ulcer capped by dry black eschar, bordered by indurated violaceous skin and livedo racemosa extending 4 cm. Very tender. L knee normal.
A: Necrotic ulcer R knee at a chronic pressure point in a dialysis patient - high suspicion for calciphylaxis.
P: Derm biopsy Mon. Brace discontinued, ortho aware. Wound RN dressing teaching.
"""),
("2022-05-20", "Family Medicine Follow-up", """
Result review: derm punch of R knee ulcer edge = calciphylaxis (calcified small vessels + thrombi, von Kossa positive).
He has dropped weight on a renal diet, 29.4 BMI today. Nephrology started sodium thiosulfate at HD, lanthanum instead of calcium acetate.
No brace since 5/3.
"""),
]}

F04 = {"patient_id": "F04", "age": 66, "sex": "F", "notes": [
("2023-08-09", "Family Medicine Procedure Note", """
PROCEDURE: excision of subcutaneous lipoma, L posterior upper arm
Indication: enlarging, tender 2.5 cm mass, pt request.
Consent signed. Time-out done. Local: 6mL lidocaine 1% with epinephrine. Elliptical incision (4cm); lipoma delivered whole and sent for pathology. Six interrupted 4-0 nylon sutures. Minimal blood loss.
Hx relevant: ESRD on hemodialysis via R forearm AV fistula; no diabetes; no anticoagulants. BMI 24.1.
Suture removal at 10-14d. Wound care handout given.
"""),
("2023-09-07", "Patient Portal Message", """
Hello, this is Bernadette. The cut on my left arm where you took the fatty lump out was healing nicely, the stitches came out fine. But on Labor Day it went dark purple along the scar and now a section has gone black and hard and it is SO painful, worse than the surgery ever was. Is this infected? I have dialysis tomorrow morning. thank you
"""),
("2023-09-12", "Family Medicine Office Visit", """
HPI: 66F, ESRD/HD MWF, s/p L upper arm lipoma excision 8/9/23 (path: benign lipoma). Since 9/4 new painful dark discoloration of the healed incision.
Exam: L posterior upper arm, along the 4 cm scar: 3x1.5cm eschar, black, w/ surrounding firm dusky purple plaque, stellate borders. No pus, no fluctuance. Afebrile.
Ddx: calciphylaxis within the surgical scar vs infected wound with necrosis.
Plan: derm urgent bx; cephalexin held off (no signs of infection); renal notified (Ca x P high last month).
"""),
("2023-09-26", "Family Medicine Follow-up", """
Derm bx 9/15 confirmed calciphylaxis (calcified small vessels throughout the fat lobules, positive von Kossa).
Nephro: STS started, cinacalcet increased. Lesion stable. Pt tearful, counselled. BMI 23.8.
"""),
]}

F05 = {"patient_id": "F05", "age": 77, "sex": "M", "notes": [
("2025-01-02", "Nurse Triage Phone Note", """
Phone triage - pt calling
Scraped his R shin on the tow hitch of his truck on New Year's Eve loading firewood. Small scrape ~2 inches, bled a little, stopped with pressure. He is on home PD and has diabetes on NPH insulin.
No signs of infection at this time.
Care advice: wash gently w/ soap and water daily, petroleum jelly and a clean bandage, watch for redness, warmth, pus, fever. Call if not healing in a week (PD + DM).
"""),
("2025-01-27", "Family Medicine Office Visit", """
77 y.o. man, ESRD on CCPD, T2DM on NPH bid, CAD. BMI 28.0.
Says the shin scrape from 12/31 had nearly closed but in mid-January the area became very painful and turned purple, then black.
Exam R anterior shin: black eschar 4x3cm sitting on the old abrasion, surrounding violaceous indurated skin with lacy livedo. L leg: no lesions. DP pulses faint bilat.
Impression: necrotic ulcer R lower leg at site of recent abrasion, PD patient - suspicious for calciphylaxis; ddx arterial ulcer.
Plan: ABI, derm punch bx, hold off compression.
"""),
("2025-02-10", "Family Medicine Follow-up", """
ABIs 0.9 R / 0.95 L. Derm biopsy of the R shin 1/31: calcific uremic arteriolopathy. PD unit adjusting binders and starting STS.
Wound care by home health. Pain controlled with gabapentin 100 mg qHS.
"""),
]}

F06 = {"patient_id": "F06", "age": 59, "sex": "F", "notes": [
("2024-05-13", "Anticoagulation Nurse Phone Note", """
Anticoag clinic call
INR today 1.4 (goal 2-3), pt on warfarin for recurrent DVT. Per Dr. Huang, bridge w/ enoxaparin SC once daily until INR therapeutic - first dose today 5/13/24. Pt will self-inject, prefers the front of her thighs, alternating L and R, "my stomach is too tender". Injection technique reviewed by phone, she has done it before.
Background: ESRD (HD), T2DM - sitagliptin.
Recheck INR Thurs.
"""),
("2024-06-03", "Family Medicine Office Visit", """
CC: painful spots on both thighs
HPI: 59F, on hemodialysis, DM2 (no insulin), morbid obesity (BMI 36.5), warfarin for DVT with enoxaparin bridge since 5/13. Painful hard areas in both anterior thighs began 10 days ago, at the spots she has been injecting the enoxaparin. She still injects daily because INR never reached goal.
Exam: L anterior thigh: ulcer 2.5cm, base black, dusky halo. R anterior thigh: two 2 cm violaceous indurated plaques w/ retiform edges. Both very tender.
A/P: necrotic lesions exactly where the enoxaparin has been going, HD + warfarin -> worried this is calciphylaxis; other possibilities warfarin necrosis or injection hematoma. Derm referral urgent. Stop enoxaparin, INR recheck.
"""),
("2024-06-14", "Family Medicine Follow-up", """
Biopsy (L thigh, 6/5): calciphylaxis; calcium in arteriolar walls of subcutaneous fat, thrombi, von Kossa +.
Warfarin stopped by hematology, changed to apixaban. No more shots.
Lesions both thighs: L ulcer 3 cm, R plaques unchanged. BMI 36.2.
"""),
]}

F07 = {"patient_id": "F07", "age": 83, "sex": "F", "notes": [
("2019-06-04", "Family Medicine Office Visit", """
L shoulder pain x 2 months. Rotator cuff tendinopathy on exam (painful arc, neg drop arm).
She has kept a frozen gel pack on the top of the L shoulder several times a day since Memorial Day, has dozed off with it in place more than once.
PMH: ESRD on HD (3x/wk), AF, warfarin stopped in 2017 because of a GI bleed. Diabetes: none. BMI 22.0.
Plan: PT, topical diclofenac, cloth between ice and skin, 20 min max.
"""),
("2019-08-02", "Nurse Triage Phone Note", """
Caller: daughter (Marisol), on pt's HIPAA list.
Mom has a black scab on top of her L shoulder, right where she puts the ice pack, first saw it in July, now it's bigger and she cries when the strap of her bag touches it. She is still icing.
Denies fever. Eating ok.
Dispo: office visit Tuesday; stop ice until seen.
"""),
("2019-08-06", "Family Medicine Office Visit", """
83F on HD, seen w/ daughter. Lesion L shoulder since July.
Exam: superior L shoulder adherent eschar 4x3cm ringed by retiform purpura, indurated and tender. No other skin lesions.
Discussed by phone with dermatology (Dr. Osei) and nephrology with photos: clinical diagnosis of calciphylaxis. Biopsy deferred given her goals of care and healing concerns.
Plan: no ice/heat, wound care, STS per nephro at HD, palliative care consult.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
