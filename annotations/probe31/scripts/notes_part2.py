"""probe31 corpus notes, K08-K14 (rheumatology, hematology and vascular-surgery consults; all invented)."""

K08 = {"patient_id": "K08", "age": 59, "sex": "M", "notes": [
("2022-09-22", "Vascular Surgery Consult", """
VASC SURG CONSULT
Ref: cardiology (Dr. Mbeki-Laurent). "Painful necrotic lesion L forearm 2 wks after cath - cholesterol emboli?"

59M, HD-dependent ESRD (MWF schedule) since Feb 2020, access = R brachiocephalic AVF (working well, thrill+). HTN, CAD - LHC via R common femoral on 08/18/2022, 1 stent to the LAD. No DM. Not on warfarin (ASA + clopidogrel).
The patient noticed the lesion on Labor Day: a sore, purplish, firm patch on the inside of the L forearm, which has progressively darkened. He says that's the arm he props on the dialysis chair's armrest - the R one is the fistula arm so he keeps it still and leans his whole weight on the L elbow/forearm on that hard vinyl rest for 4 hrs, 3x a week, since starting HD in February 2020.
No toe pain, no discoloration of the feet, no abd pain, no new confusion.

PE: BMI 27.3. R groin access site - healed, no bruit, no hematoma. Feet: warm, pink, cap refill <2s, no livedo, no blue toes. DP/PT 2+ bilat.
L volar forearm, mid-third: 4x3cm violaceous, indurated plaque; black eschar centrally (1.5cm), retiform purpura around it. Radial and ulnar pulses 2+. Allen's nl.
Labs: eos 2% (abs 0.15), Cr stable (HD), Ca 9.9 | PO4 7.4 | iPTH 890 on calcium acetate 1334 mg tid w/ meals. UA n/a (anuric).

Imp: Single L forearm necrotic plaque with no lower-extremity findings and no eosinophilia makes atheroembolism from the femoral cath very unlikely - an embolus from the groin would not travel to the contralateral forearm. Pattern + labs + chronic armrest pressure = concern for calciphylaxis. Pressure injury alone wouldn't give retiform purpura.
Plan: derm bx; renal to optimize CKD-MBD; pad the chair armrest / rest the forearm on a pillow.
Thanks for this consult. - T. Grzelak, MD
"""),
("2022-09-30", "Dermatology Consult Note", """
Dermatology note
Biopsy of L volar forearm plaque performed 9/26.
Histopath: arterioles in deep dermis and subcutis are calcified with intraluminal fibrin and fat necrosis. No cholesterol clefts seen in any vessel. Von Kossa+.
Dx: calciphylaxis - L forearm.
Recs as per renal: IV sodium thiosulfate post HD, switch Ca acetate -> sevelamer, cinacalcet.
"""),
("2022-11-15", "Nephrology Dialysis Unit Note", """
Monthly HD rounding note.
Calciphylaxis L forearm - improved, eschar 1 cm, no new lesions. Forearm now rests on a gel pillow during runs; armrest padded.
Kt/V 1.41. Phos 5.1 on sevelamer. Receiving STS 25 g post each run.
Dry wt 83.5 kg.
"""),
]}

K09 = {"patient_id": "K09", "age": 52, "sex": "F", "notes": [
("2021-04-06", "Rheumatology Consult", """
RHEUM CONSULT - Inpatient, 4 North
Req by: Dr. Ferreira-Oduya, medicine. "Painful purple lesion L thigh, hx Sjogren's?, ?vasculitis, ?cryo"

52 yo woman. ESRD from diabetic nephropathy, home hemodialysis (NxStage) 6x/wk since 2019. T1DM since age 11 - insulin pump failed last yr, now glargine 22 u + lispro; she injects ONLY into her right thigh (she is right-handed and "the left one hurts more"). Sicca sx for yrs, never worked up. BMI 30.0 (obese, borderline).
Onset: 3/24/2021 - firm painful knot on the inner L thigh that went purple then black.
Denies any knock, fall, heat or cold to the left thigh. No injections into the left leg.

Exam: L medial thigh, 8 x 6 cm indurated area with a central 3 cm black necrotic plaque and surrounding livedo racemosa. R anterolateral thigh: numerous small injection marks + lipohypertrophy, no purpura, no induration beyond the lipo, nontender. Schirmer 4 mm OU. No salivary swelling. No synovitis. No palpable purpura.

Labs: SSA+, SSB neg, RF 18, C4 19, cryoglobulins negative, ANCA neg, HCV neg. Ca 9.0, Phos 6.1, PTH 1120. Albumin 2.8.

A/P: Probable primary Sjogren's, but nothing here suggests cryoglobulinemic or small-vessel vasculitis. Lesion is more in keeping w/ calciphylaxis (PTH >1000, HD, obesity, diabetes, hypoalbuminemia). Request derm wedge biopsy. We will sign off pending path.
"""),
("2021-04-15", "Dermatology Inpatient Note", """
Derm inpt f/u
Wedge bx L medial thigh 4/8: medial calcification + thrombosis of subcutaneous arterioles, fat necrosis - calciphylaxis. No vasculitis.
Wound: stable, 3 x 3 cm eschar L inner thigh.
R thigh injection area examined again: lipohypertrophy only, no calciphylaxis there.
Recs: STS with HD; pain mgmt; wound care.
"""),
("2021-05-25", "Rheumatology Clinic Note", """
Rheum clinic - post-discharge.
Sjogren's: artificial tears, pilocarpine trial.
Calciphylaxis of the left thigh being managed by nephrology/derm, slowly improving. She was advised to keep injecting into the R thigh/abdomen as before but never into the left leg.
BMI 30.0.
F/u 6 mo.
"""),
]}

K10 = {"patient_id": "K10", "age": 77, "sex": "M", "notes": [
("2021-03-10", "Hematology Consult", """
Hematology Consultation
Reason: "necrotic calf lesion on warfarin, ?warfarin skin necrosis, protein C def?"

77M. ESRD on HD (TTS) since 2015. Unprovoked R femoral DVT 2018 -> warfarin indefinitely, INR goal 2-3. No diabetes. Former smoker.
Pain + purple discoloration R posterior calf first noticed 3/2/2021; over a week became a dark necrotic patch. He insists nothing happened to that leg beforehand - "I haven't bumped it, I haven't fallen, nothing."
Exam: thin, BMI 22.8. R posterior calf: necrotic plaque 5x4cm, stellate edge and livedo, hard induration. L leg clean. Pedal pulses faint but doppler biphasic.
Labs: INR 2.6. Protein C 61%, protein S 58% (both on VKA). Plt 188. Intact PTH 640 pg/mL; phosphorus 6.8 mg/dL; Ca++ 10.1; albumin 3.0.

Impression: WISN classically occurs in the first days of starting VKA, esp. with protein C deficiency - he is ~3 years into warfarin therapy, so this is not WISN. Calciphylaxis is the leading diagnosis (ESRD, warfarin, high Ca x P). Not cholesterol emboli (no procedure, no eos).
Rec: biopsy; discuss w/ renal re stopping warfarin in favor of apixaban given calciphylaxis concern.
"""),
("2021-03-24", "Hematology Progress Note", """
Heme f/u.
Path from 3/15 punch of R calf: calcification of small subcutaneous vessels + microthrombi. Dx calciphylaxis.
Interval: on 3/20 he tripped getting out of the shower and scraped the back of the R calf - the abrasion runs across the lower edge of the existing necrotic area. Cleaned, bacitracin. X-ray no fx.
Warfarin stopped 3/18; apixaban 2.5 BID begun.
"""),
("2021-05-04", "Hematology Clinic Follow-up", """
Seen for anticoagulation f/u.
Apixaban tolerated. No bleeding.
R calf calciphylaxis ulcer: smaller, granulating; scrape from the March fall healed. PT for balance.
RTC 3 mo.
"""),
]}

K11 = {"patient_id": "K11", "age": 68, "sex": "F", "notes": [
("2022-08-16", "Vascular Surgery Clinic Note", """
Vascular surgery post-op clinic
68F POD 8 wks s/p L common femoral to above-knee popliteal bypass w/ PTFE (06/21/2022) for lifestyle-limiting claudication. ESRD, HD M/W/F through a R upper-arm AVG. T2DM - Humalog mix 75/25 bid, the needle only ever goes into the triceps area of each arm, alternating sides. Warfarin started post-op for graft patency (INR 2.4 today). Obese, BMI 38.9.

Wound: L medial thigh incision - the distal 2 cm opened up at wk 3 (superficial dehiscence); now a shallow 2 x 0.8 cm wound, pink granulating base, no exposed graft, no purulence, no necrosis, edges healthy.
Graft: palpable pulse, duplex velocities nl.

New issue: about 2 wks ago she developed several exquisitely painful, hard violaceous plaques on the lower abdominal pannus; two now have black centers. No injections there ("my belly's too tender"). Has not put heat or cold on the area; no falls.

A/P:
1. Superficial dehiscence L thigh incision - healing by secondary intention, typical, continue moist dressings.
2. Pannus lesions - concern for calciphylaxis (HD, DM, obesity, warfarin). Warfarin necrosis also considered given new start, though she's 8 wks out. Urgent derm referral for bx.
"""),
("2022-08-25", "Dermatology Consult Note", """
Derm consult
Lower abdominal pannus: 3 plaques, largest 5x4cm, each indurated w/ retiform purpura and a black central eschar.
Bx 8/19 (pannus, deep incisional): calcific arteriolopathy of subcutaneous vessels, thrombi, no vasculitis. Protein C level nl. => CALCIPHYLAXIS (not warfarin necrosis).
Also looked at her L thigh surgical wound at vascular's request: clean, granulating dehiscence that lacks livedo, induration or eschar; doesn't look like calciphylaxis and I wouldn't biopsy it.
Recs: STS; vasc/cardiology to consider changing warfarin to apixaban.
"""),
("2022-10-04", "Vascular Surgery Clinic Note", """
Vasc f/u
L thigh incision: fully epithelialized.
Bypass patent on duplex. Warfarin changed to apixaban 9/2022 by cardiology after the calciphylaxis dx.
Pannus calciphylaxis: per derm, stable; wound nurse following.
BMI 38.2.
RTC 3 mo w/ surveillance duplex.
"""),
]}

K12 = {"patient_id": "K12", "age": 63, "sex": "M", "notes": [
("2019-10-17", "Rheumatology Consult", """
Rheumatology consultation
Requesting MD: Dr. Pettigrew (PCP). "Tender nodules/plaque L thigh - EN? panniculitis? Please see."

63 y/o man, ESRD on in-centre HD (MWF), T2DM on insulin (detemir 40 units, injected into abdomen - never the legs), OSA, obesity (BMI 34.6), psoriasis w/o arthritis.
Lesion began the first week of October as a deep, painful lump on the outside of the L thigh, then more lumps joined it and the skin turned purple.
For roughly the past week he has pressed a cold pack against it in the evenings because it burns.
He denies insect bites, injections, trauma or heat to that thigh prior to onset.

Exam: L lateral thigh - 10 x 7 cm confluent indurated plaque, livedoid purple with a central dusky-black zone of 2x2cm. Tender. No ulceration yet. Shins: no erythema nodosum. Psoriatic plaques both elbows. R thigh normal.

Labs: CRP 31. ASO neg, ACE nl, lipase nl, A1AT nl. Ca 9.7, Phos 7.0, PTH 590.

Imp: Not erythema nodosum (location, necrosis, no shin involvement). Pancreatic panniculitis / A1AT panniculitis unlikely. Calciphylaxis is the main concern. Recs: deep biopsy (derm); stop the ice pack; no NSAIDs.
"""),
("2019-10-24", "Dermatology Clinic Note", """
Derm.
Deep incisional bx L lateral thigh (10/21): extensive vascular calcification in the subcutis, thrombosed vessels, septal + lobular fat necrosis. Diagnosis: calciphylaxis.
The plaque now has a 4 cm central eschar.
Plan: sodium thiosulfate during dialysis, local wound care, vascular surgery to assess for debridement.
"""),
("2019-11-19", "Vascular Surgery Procedure Note", """
Procedure: bedside sharp debridement, L lateral thigh calciphylaxis wound
5x4cm eschar removed with curette/scissors down to viable fat, minimal bleeding controlled w/ pressure. Wound base 5.5x4.5x0.6cm. Dressed with calcium alginate + ABD.
Pt tolerated with pre-medication.
Note: BMI 33.1 (wt down 4 kg since Oct). Insulin still into the abdomen only; abdomen skin intact.
"""),
]}

K13 = {"patient_id": "K13", "age": 47, "sex": "F", "notes": [
("2020-02-11", "Rheumatology Consult", """
RHEUMATOLOGY - INPATIENT CONSULT
Q: SLE pt w/ livedo + necrotic thigh lesions - lupus vasculitis? APS? calciphylaxis?

47F, SLE dx 2004 (malar rash, arthritis, +dsDNA), class IV lupus nephritis -> ESRD, on CAPD since 2017. HCQ 200 mg daily, prednisone 5. No diabetes.
2 wks of painful mottling, then hard black patches on both inner thighs. She denies any injections into the legs (takes no injectable meds at all), denies heat or cold applied there, tight garments, or any fall. Never had a clot, no miscarraiges.
Exam: BMI 28.4. Bilateral medial thighs: symmetric retiform purpura with central necrotic plaques (L 5 x 3 cm, R 4 x 3 cm), indurated, tender. No oral ulcers. No synovitis.
Labs: dsDNA 28 (low), C3 96, C4 18 - quiescent. Lupus anticoagulant POSITIVE (dRVVT ratio 1.6), aCL IgG 45 GPL, anti-b2GP1 IgG 12 (neg). Ca 10.0, Phos 6.5, PTH 520.
Imp: Serologically quiet lupus. Ddx: (1) calciphylaxis - PD, steroid, high Ca/phos; (2) APS-related thrombotic vasculopathy - LA+ but single time point; (3) lupus vasculitis - unlikely w/ low activity.
Plan: deep biopsy L thigh; repeat aPL in 12 wks.
"""),
("2020-02-20", "Rheumatology Progress Note", """
Rheum f/u.
Path (L medial thigh, 2/14): mural calcium deposits in subcutaneous arterioles, thrombosed, no vasculitis, no leukocytoclasis. => calciphylaxis, both thighs clinically identical.
Anticoagulation discussion: if repeat aPL confirm APS, hematology would start enoxaparin - it would go into the abdomen, not the thighs - and possibly warfarin, though VKA would be a poor choice given calciphylaxis. Nothing started yet.
Advised: no heat pads, no cold packs over the thighs, loose-fitting clothes.
"""),
("2020-05-19", "Hematology Consult", """
Hematology - outpatient
Referred for aPL positivity. Repeat at 14 wks: LA negative, aCL 9 GPL, anti-b2GP1 neg. Does not meet laboratory criteria for APS. No indication for anticoagulation - not starting enoxaparin or warfarin.
Thigh calciphylaxis improving on IV STS 3x/week arranged through the PD unit.
"""),
("2020-09-08", "Rheumatology Clinic Note", """
SLE f/u - stable, no flare.
Thigh calciphylaxis lesions healed with atrophic scarring. PD continues.
BMI 28.1.
"""),
]}

K14 = {"patient_id": "K14", "age": 71, "sex": "F", "notes": [
("2018-03-06", "Hematology Consult", """
HEMATOLOGY INPATIENT CONSULT
Asked: "necrosis of abdomen on Coumadin - WISN vs calciphylaxis?"

71F, ESRD on HD (TTS) since 2014, T2DM on NPH 30u bid which her daughter gives into the upper arms (abdomen never used - too much fold), AF on Coumadin for 5 yrs, morbid obesity BMI 46.2.
Around 2/20 (about two weeks ago) a painful hard red-purple area appeared on the lower pannus, now black centrally. Admitted 3/2.
Also: peripheral IV in L forearm placed 3/1 in ED; on 3/4 it infiltrated during vancomycin and left a blister there that has now opened into a small shallow ulcer.
Exam: pannus 12 x 8 cm indurated violaceous plaque, 4 cm central eschar, retiform edge. L volar forearm: 1.5 cm shallow clean ulcer w/ surrounding erythema at the old IV site. Arms otherwise only small needle marks.
Labs: INR 2.8, Protein C 42% (on VKA), plt 210. Ca 9.5, Phos 6.2, PTH 455, alb 2.7.
Imp: Necrosis in a fatty area on warfarin makes WISN tempting, but she has been on it for years. Calciphylaxis more likely. Forearm ulcer = vancomycin extravasation injury.
Rec: biopsy pannus; consider switching anticoagulant.
"""),
("2018-03-14", "Hematology Progress Note", """
Heme progress
Pannus bx 3/8: vascular calcification + thrombosis in subcutaneous fat = calciphylaxis. Warfarin stopped; apixaban.
L forearm extravasation ulcer healing, not calciphylaxis (wound RN + derm agree, no biopsy needed).
"""),
("2018-04-24", "Nephrology Clinic Note", """
Nephrology follow-up
Abdominal calciphylaxis improving on STS with HD.
Counselled pt and daughter: continue insulin into the arms and avoid injecting into the abdomen; no tight waistbands, no heating pads on the belly; this lowers the risk of new lesions.
BMI 45.0.
"""),
]}

PATIENTS = [K08, K09, K10, K11, K12, K13, K14]
