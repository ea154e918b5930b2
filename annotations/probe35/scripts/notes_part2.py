"""probe35 corpus notes, U08-U14 (medication administration records, injection logs, pharmacy,
anticoagulation and diabetes-education notes; all invented)."""

U08 = {"patient_id": "U08", "age": 58, "sex": "M", "notes": [
("2025-01-08", "Outpatient Pharmacist Pain Consult", """
PHARMACIST CONSULT -- pain regimen, dialysis patient
Referral: Dr. Amadi (nephrology) -- "R flank cyst pain, please optimize, no NSAIDs"
Background: ADPKD -> ESRD, in-center HD MWF since 2021. T2DM on insulin glargine 18 u qHS (pen, he injects into his thighs).
Current analgesia: acetaminophen 500 mg 2 tabs BID (under-using), tramadol 50 mg prn (stopped - dizzy).
Non-drug: pt uses a plug-in heating pad on his right side, under the ribs, most evenings since Christmas (gift from his sister). "Takes the edge off."
Recs:
 1. acetaminophen 1 g TID scheduled (max 3 g/d)
 2. if still uncontrolled: gabapentin, renally dosed (100mg after each run)
 3. avoid NSAIDs, avoid tramadol
 4. heating pad: low setting only, cloth layer between pad and skin, 20 min max
BMI 27.9. No anticoagulants.
-- P. Lindqvist, PharmD
"""),
("2025-02-03", "Hemodialysis Chairside RN Note", """
HD chairside RN -- Monday 2/3/25
Pt c/o new sore on right side since Tuesday 1/28/25 -- "right where the heat pad sits." Has kept using the pad nightly.
Assessment: R flank, below costal margin, 4x3cm dusky violaceous plaque, dark crust centrally, reticulated purple border, very tender. No drainage. Brown lacy discoloration of surrounding skin.
Vitals stable, UF goal 3 L met.
Dr. Amadi aware, urgent derm.
Told him the heating pad has to go, completely.
"""),
("2025-02-12", "Dermatology Consultation", """
Derm consult
58M w/ ESRD (ADPKD) on HD, T2DM on insulin.
Right flank 4.5x3.5cm necrotic plaque, retiform purpura around, onset 1/28/2025, in the area where an electric heating pad has been applied nightly since 12/25/2024.
Punch biopsy 2/5: arteriolar calcification in subcutis, thrombosed vessels, fat necrosis, vK pos. Diagnosis: calciphylaxis.
Insulin injection sites (both thighs) - no lesions.
A/P: calciphylaxis, R flank, at a site of repeated heat exposure. STS with HD, stop heat, binder change, wound care.
"""),
]}

U09 = {"patient_id": "U09", "age": 61, "sex": "F", "notes": [
("2020-02-11", "DSMES Follow-up", """
Diabetes education f/u -- site & technique review
T2DM, insulin NPH 30 u BID by vial/syringe. A1c 8.1.
Sites: pt uses her RIGHT thigh exclusively -- "my left leg has the bad veins and my stomach is too big to reach the bottom of." Palpation: 3 cm rubbery lipohypertrophy R anterior thigh. L thigh not used (varicosities, skin intact).
Taught: spread injections across the whole R thigh, avoid the lumpy spot; offered to demo upper arm, pt declined.
Kidneys: ESRD, HD at Lakeshore Renal TTS.
Wt 112 kg / BMI 41.5 (class III obesity).
"""),
("2020-08-05", "Hemodialysis RN Note", """
HD RN note -- 8/5/20
Pt tearful at chairside, "the inside of my left leg is killing me." Says it began 7/29 as a purple blotch, now there's a black area.
Assess: L medial thigh 6x4cm livedoid purpura with 2 cm central eschar, firm, exquisitely tender. No fever.
Pt states she gives her NPH in the right thigh only, as always; never injects on the left.
Notified Dr. Whitcombe -> derm same week.
"""),
("2020-08-18", "Dermatology Consultation", """
DERMATOLOGY CONSULT
61F -- HD (ESRD), insulin-treated DM2, BMI 41.5.
L medial thigh necrotic plaque w/ retiform purpura since late July. R thigh (her only insulin site) has lipohypertrophy but no purpura or ulcer.
Nothing has injured, heated or squeezed the L thigh per pt.
Bx 8/10: shows calcific uremic arteriolopathy (medial calcium in arterioles, thrombosis, necrotic subcutaneous fat).
Plan: STS, wound care, pain. Continue insulin in R thigh with rotation.
"""),
]}

U10 = {"patient_id": "U10", "age": 70, "sex": "M", "notes": [
("2021-01-12", "Nephrology Clinic Note", """
Nephrology clinic
70M, ESRD due to HTN nephrosclerosis; HD in-centre (Tu-Th-Sa) using a R IJ permcath while his L forearm fistula matures.
DM2 diet controlled, no meds, A1c 7.1 (12/2020).
Anticoag: none.
Wt 109 kg, BMI 35.0 - obese.
Ca 9.9 / PO4 6.9 / PTH 640. Plan: switch calcium acetate to sevelamer, start cinacalcet 30 mg.
"""),
("2021-02-17", "Hemodialysis RN Note", """
HD RN note
C/o very painful hard area low on his belly, under the fold, started the first week of Feb. 
Assess: lower abdomen/pannus, central-R, 7x5cm indurated plaque, violaceous with black center and lacy purple margin. Warm? no.
Pt denies any injections there, no heparin shots, no insulin ever, no injury, no heat. No belt (wears suspenders).
Dr. Peralta paged, derm referral + wound RN.
"""),
("2021-02-26", "Dermatology Consultation", """
DERM
Pannus lesion as described by HD RN, onset early February 2021.
Punch bx 2/22: calciphylaxis (vascular calcification, intravascular thrombi, extravascular calcium in fat, vK+).
No preceding trauma to the area per pt and wife.
Plan: STS 25g each HD session, wound care, gabapentin 100 mg post-HD. BG in the 250s on recent labs -- PCP to address.
"""),
("2021-03-10", "Diabetes Education -- Insulin Start", """
DIABETES EDUCATION -- INSULIN INITIATION
A1c 8.9 (3/1/21), fasting 200s; PCP starting basal insulin.
Insulin glargine 10 units daily starting today 03/10/2021.
First dose self-injected in clinic, L upper abdomen -- well away from the pannus wound. Instructed to use upper abdomen, L side, rotating, and to keep >5 cm from the wound edge; thighs shown as an alternative if needed.
Hypo symptoms/tx reviewed. Meter: Contour, strips sent to pharmacy.
Wt 106.6 kg, BMI 34.6.
"""),
]}

U11 = {"patient_id": "U11", "age": 67, "sex": "F", "notes": [
("2019-03-04", "Anticoagulation Clinic -- Periprocedural Plan", """
ANTICOAGULATION CLINIC -- bridging plan for colonoscopy w/ polypectomy on 3/11/19
Indication: AF + prior embolic stroke (2016) -> bridge required.
Warfarin 4 mg daily: last dose 3/5.
Enoxaparin 1 mg/kg SC q24h (CrCl < 30 / PD) = 70 mg daily, start 3/6 evening, last dose 3/10 AM. Resume warfarin evening of 3/11, enoxaparin restart 3/12 until INR >= 2.
Teaching: pt's husband will give the shots into her abdomen, 2 inches from navel, alternate L/R.
Renal: CKD 5D, on CCPD (Baxter cycler). No diabetes.
Wt 78 kg.
"""),
("2019-03-19", "Home Injection Record", """
HOME INJECTION RECORD (returned to clinic)
enoxaparin 70 mg SC daily
 3/6  abd L   3/7  abd R   3/8  abd L   3/9  abd R   3/10 abd L
 3/12 abd R   3/13 abd L   3/14 abd R   3/15 abd L   3/16 abd R  -- INR 2.3 on 3/16, stopped
darbepoetin alfa 40 mcg SC q2 weeks (PD unit RN)
 3/1 back of R arm    3/15 back of L arm
Comments: small bruises at a few belly sites, resolved. No lumps.
"""),
("2019-05-21", "Nephrology Clinic Note", """
Nephrology
67F CCPD, AF on warfarin. Two weeks of burning pain and mottled skin on both thighs, now with necrotic plaques posteromedially on both sides.
Exam: bilateral posterior-medial thighs, livedo racemosa with 2 black plaques on the R and 1 on the L. Abdomen and upper arms (enoxaparin and darbepoetin sites) are clear.
Derm bx 5/17: calciphylaxis.
Wt 79.5 kg, Ht 162.8 cm, BMI 30.0.
Plan: stop warfarin -> apixaban 2.5 BID per cardiology, STS IV 3x wk via PD unit, add extra night exchange.
"""),
]}

U12 = {"patient_id": "U12", "age": 56, "sex": "M", "notes": [
("2023-06-20", "Hemodialysis RN Note", """
HD RN note (Tue)
Pt c/o painful raised area along the outer L thigh, first noticed on Father's Day when his daughter hugged him and he winced.
Assess: L lateral thigh 3x2.5cm firm violaceous plaque, livedoid edge, no break in the skin yet.
Denies injury, falls, heat or cold to that leg. Insulin: aspart + detemir, all into his abdomen.
BP 170/92 pre. Dr. Moreau to see on rounds Thurs; derm referral.
"""),
("2023-06-27", "Dermatology Procedure Note", """
PROCEDURE: punch biopsy x2
Site: L lateral thigh, edge of plaque and center.
Consent signed. Prepped w/ chlorhexidine. Local anesthesia: 1% lidocaine with epinephrine, 3 mL infiltrated.
4 mm punches, hemostasis w/ pressure, 4-0 nylon x1 each, petrolatum + bandage.
EBL minimal. Tolerated well.
Wound care instructions given; suture removal in 10-14 d (slow healing expected).
"""),
("2023-07-06", "Wound Clinic Note", """
WOUND CLINIC
Path (6/27): calciphylaxis -- calcified subcutaneous arterioles, thrombi, necrotic fat.
Wound: L lateral thigh, now 4x3cm black eschar with the 2 biopsy sites at its margins. Surrounding skin stripped in a square where tape was pulled off at home.
Since the biopsy he keeps an ice pack pressed on the wound to numb it -- asked him to stop.
Sharp debridement of loose eschar today with curette after topical lidocaine; silver alginate, foam, paper tape only.
Follow up weekly.
"""),
("2023-07-20", "Pharmacy Note -- Sodium Thiosulfate", """
Clinical pharmacy, dialysis unit
Sodium thiosulfate 25 g IV in 100 mL NS over last 30-60 min of HD, TIW (started 7/11).
Admin record: 7/11 given, 7/13 given (nausea, ondansetron 4 mg), 7/15 given, 7/18 given.
Analgesia: oxyCODONE 5mg Q6H PRN; gabapentin 100mg post-dialysis.
DM2 -- detemir 20u at bedtime + aspart SS (abdomen rotation confirmed).
No anticoagulants.
Wt 86 kg, BMI 28.3.
"""),
]}

U13 = {"patient_id": "U13", "age": 45, "sex": "F", "notes": [
("2022-09-14", "Breast Clinic NP Note", """
Breast clinic NP
45F, CKD 5D on CCPD, DVT 2021 on apixaban. Never on warfarin.
Two weeks of a hard, painful area in the L breast, lower inner quadrant, skin now purple with a dark center.
She denies any injury, injections, biopsy, heat or ice to the breast, and wears soft bras with no underwire.
Exam: L breast LIQ 5cm indurated violaceous plaque, 1cm black centre, peau d'orange absent, no nipple changes, no axillary nodes.
Mammo/US: extensive vascular calcifications, no mass.
Ddx: calciphylaxis vs inflammatory breast ca vs fat necrosis. Core bx scheduled.
BMI 44.0.
"""),
("2022-09-22", "Pathology / Dermatology Result Note", """
Result note
L breast core biopsies (9/16): no malignancy. Dermis and fat with calcified small vessels, thrombosis, and necrosis -- calciphylaxis.
Discussed with pt by phone; derm and nephrology appointments made.
"""),
("2022-09-30", "Outpatient Pharmacy Consult", """
PHARMACY CONSULT -- calciphylaxis regimen
Dx: calciphylaxis of L breast (biopsy-proven 9/2022). CCPD.
Anticoagulant: apixaban 5 mg BID continue (no warfarin, ever).
STS: IP not available, IV 25 g 3x/wk via PD unit infusion chair, start 10/3.
Counselling: avoid tight or underwire bras; if she is ever admitted, VTE prophylaxis injections should go in the thighs, not the chest or abdomen.
Pain: hydromorphone 1 mg q6h prn.
No diabetes. Wt 118 kg.
"""),
]}

U14 = {"patient_id": "U14", "age": 69, "sex": "M", "notes": [
("2024-02-06", "Diabetes Educator Note", """
DIABETES EDUCATOR -- insulin technique check
T2DM -- glargine 30u + lispro per scale. A1c 8.4.
Sites exam: LLQ of abdomen has several small bruises and a soft rubbery lump (~4 cm) -- lipohypertrophy from re-using the same spot and re-using needles.
Taught: new needle each time, rotate through all 4 abdominal quadrants, skip the lump.
Renal: ESRD on APD at home. AF on warfarin (INR by anticoag clinic).
BMI 25.5.
"""),
("2024-08-13", "Hemodialysis RN Note", """
HD RN note
Now in-center HD MWF since July (PD stopped after 2 peritonitis episodes / poor UF).
New problem: R posterior calf painful black ulcer, about 2 x 2 cm, and a rim of lacy purple skin. Pt says no bump or injury, no heat or cold on legs.
BP 140/78. Pre-wt 74.1 kg.
Dr. Nakashima aware -> derm.
"""),
("2024-08-22", "Dermatology Consultation", """
Derm consult
69M: HD, insulin-requiring DM2, AF (warfarin).
R posterior calf: 2.5 cm necrotic ulcer with eschar, surrounding retiform purpura. Biopsy 8/16: calciphylaxis.
Abdomen: LLQ soft nodule with faint old bruises at the insulin sites -- lipohypertrophy and injection ecchymoses, not calciphylaxis clinically; no biopsy needed.
Counselled to keep heat pads and ice packs off both legs, no compression on the calves, protect shins.
Plan: warfarin -> apixaban (cardiology agrees), STS with HD, wound care.
"""),
]}

PATIENTS = [U08, U09, U10, U11, U12, U13, U14]
