"""probe95 corpus notes, O01-O07 (hematology and anticoagulation clinic; all invented)."""

O01 = {"patient_id": "O01", "age": 59, "sex": "F", "notes": [
("2021-06-07", "Anticoagulation Clinic Visit", """
ANTICOAG CLINIC (pharmacist-run) - warfarin mgmt
Indication: On-X MVR (mechanical), INR tgt 2.5-3.5. Warfarin since 2014.
Pt: 59 yo woman, ESRD, dialyses in-centre Tu/Th/Sa, HTN, gout.

INR log
05/10  2.7   7.5mg qd, 5mg Mon+Fri
05/24  2.2   no change, pt admits missed 2 doses
06/07  1.4   !! subtherapeutic, colonoscopy prep last wk - held x3 days on GI advice

A/P: Valve pt w/ INR 1.4 -> needs bridging. Enoxaparin not appropriate w/ her kidneys. Start unfractionated heparin 10,000 units SC q12h beginning tomorrow AM (06/08/2021), continue until INR >= 2.5 on two checks. RN taught self-injection today w/ teach-back. Pt wants to use the L lower abd only: "the right side has my old hernia repair scar and it pulls." Resume warfarin 7.5 mg tonight.
BMI 27.3. Recheck INR 6/14.
-- L. Ferreira, PharmD, CACP
"""),
("2021-06-21", "Anticoagulation Telephone Encounter", """
Phone f/u. INR today at dialysis 2.9 (6/17 was 2.6). Two consecutive values in range, OK to stop SC heparin after this mornings dose. Pt says the left lower belly "where the needle goes" looks fine to her; fistula holds after runs without prolonged oozing. Cont warfarin 7.5mg/5mg schedule. Next INR 7/6.
"""),
("2021-07-20", "Hematology Clinic Note", """
HEMATOLOGY - follow up, sent over urgently by anticoag RN

CC: "the spot on my stomach went black"
HPI: 59F, mech MVR on warfarin, ESRD/HD. Bridged with subcutaneous heparin 6/8-6/21 into the left lower abdominal wall. By her account a tender reddish-purple zone showed up there about 3 weeks ago, enlarging and darkening since. Pain rated 8/10, nights worst. No fever.
Exam: LLQ abdomen, overlying the former heparin injection field: 6x4cm patch of retiform purpura, stellate outline, firm black eschar centrally, roughly 1.5cm. Exquisitely tender. R abdomen and thighs clear.
Labs: platelets 221 (stable through bridge) - HIT very unlikely, PF4 Ab sent anyway. Calcium 9.6, phosphorus 6.8 (high), intact PTH 640.
Imp: concern for calciphylaxis in the skin she used for the bridge injections; heparin-related skin necrosis is on the differential.
Plan: derm for deep punch bx. Discussed with nephro: tighten phos, add cinacalcet, consider STS. Warfarin continuation vs alternatives to be discussed w/ cardiology given mechanical mitral (DOAC not an option).
"""),
("2021-08-03", "Dermatology Procedure and Pathology Note", """
Derm f/u. Path from 7/26 telescoping punch (L lower abdominal plaque): calcium deposited in the arteriolar media of the subcutis, intimal fibroplasia, fibrin thrombi, septal fat necrosis; von Kossa confirms. PF4 antibody negative.
Dx: calciphylaxis, L lower abdomen, arising in the skin she used for her heparin bridge (first noticed 6/29). Wound care: Vashe soaks, foam dressing. STS 25 g with HD three times a week started by nephrology. Warfarin: cardiology decided to continue given On-X mitral, with tighter goal; will revisit.
Weight 71.0 kg; BMI 27.3.
"""),
]}

O02 = {"patient_id": "O02", "age": 66, "sex": "F", "notes": [
("2023-01-09", "Coumadin Clinic Note", """
COUMADIN CLINIC
Dx: paroxysmal AF, CHA2DS2-VASc 5, target INR 2-3. On warfarin since 2017.
PMH: ESRD, home PD on a nightly cycler (CCPD), T2DM on glipizide - no insulin, L greater trochanteric bursitis.
Today INR 3.8 (was 2.6 in Dec). Dose 4 mg daily.
Interacting factors: started acetaminophen 1 g bid + occasional tramadol for L hip pain; poor appetite over the holidays. Pt also mentions the electric heating pad her grandson gave her on Christmas Day - she has had it on her left outer hip every night since then, "on high - nothing else gets me off to sleep".
Bruising: a few on forearms, no bleeding.
Plan: hold tonight, then 3 mg daily x 1 wk, INR 1/17. Advised lower setting on the pad + a cloth layer.
Ht 160 cm, wt 72.7 kg, BMI 28.4.
"""),
("2023-02-20", "Hematology Urgent Visit", """
Heme urgent add-on. Pt called the Coumadin line on Friday re: "a black scab on my hip that's killing me."
S: Started early February as a hard tender patch over the L lateral hip, now with a dark scab. She points to the exact place the heating pad rests. Still using pad intermittently.
O: L lateral hip, overlying the trochanter: 5x5cm violaceous indurated plaque, livedoid border, black eschar 2cm in the middle. Dry. Contralateral hip normal.
INR 2.4. Ca x P product 62.
A: clinically suspect calciphylaxis (warfarin + PD + hyperphosphatemia) where she has been applying heat nightly.
P: stop heating pad. Warfarin off; switch to apixaban 2.5mg BID after talking to nephrology. Derm incisional biopsy this wk.
"""),
("2023-03-06", "Dermatology Follow-up", """
Dermatology - results visit.
Incisional wedge from the L lateral hip (2/23): small vessel medial calcification with thrombosis, diffuse panniculus necrosis. Diagnosis: calciphylaxis, confirmed histologically.
Lesion has not extended. Hydrocolloid dressing, pain team involved. Anticoag now apixaban; INR monitoring discontinued. PD team adjusting binders and starting sodium thiosulfate IP.
Wt 71.4 kg, BMI 27.9.
"""),
]}

O03 = {"patient_id": "O03", "age": 71, "sex": "M", "notes": [
("2020-04-02", "Thrombosis Clinic Note", """
THROMBOSIS CLINIC - new pt
71M referred after R femoropopliteal DVT dx on duplex 3/17/2020 (unprovoked, no recent travel/surgery). On warfarin since 3/18 (enoxaparin overlap not used - CKD, got IV UFH in hospital).
PMH: ESRD, on CCPD at home x 2 yrs. T2DM on insulin glargine 30u qhs, injects into belly. OA knees.
INR: 3/25 2.1, 3/30 2.6, today 2.4. Warfarin 5 mg daily.
Thrombophilia w/u: deferred - not useful while on warfarin/acute phase; will reconsider at 3 mo.
R leg swelling improving. Fitted today for a knee-high class II (30-40 mmHg) graduated compression stocking for the R leg, to wear all day from today.
BMI 31.2 (obese class I).
"""),
("2020-07-13", "Anticoagulation RN Note", """
INR 2.2 - in range, continue 5mg.
Pt says the stocking "bites into the back of my leg right at the top elastic" and that over the 4th of July holiday weekend (sat watching fireworks on July 4th) he felt a burning spot there. Now a purple-black sore on the R calf right under the top band, size of a quarter, very painful. Pt has kept wearing the stocking. No fall, no insect bite.
Told to remove stocking. Same-week heme appt made; message to Dr Qureshi.
"""),
("2020-08-10", "Hematology Follow-up", """
Heme f/u. Deep punch of the R posterior upper calf lesion (7/20): calcific uremic arteriolopathy (calcified subcutaneous arterioles, thrombi). Its position matches the pressure line left by the stocking's top band.
Interval: PD catheter removed after 2 episodes of peritonitis; on in-centre HD MWF since 7/24 through a tunnelled R IJ line.
Warfarin stopped 7/21, now apixaban 5 bid. Thrombophilia panel still pending off warfarin.
BMI today 30.0. Insulin unchanged.
"""),
]}

O04 = {"patient_id": "O04", "age": 54, "sex": "M", "notes": [
("2018-09-10", "Hematology Consultation", """
HEMATOLOGY CONSULT
Reason: recurrent DVT despite therapeutic warfarin.
54 yo man, ESRD from IgA nephropathy, dialyses MWF through a L upper-arm AVF. Recurrent L iliofemoral DVT in Aug 2018 with INR 2.7 on the day of dx. Prior LLE DVT 2016.
Workup: lupus anticoagulant (dRVVT) weakly positive, aCL IgG 38, anti-b2GP1 pending - repeat at 12 wk for APS criteria. Protein C/S not interpretable on VKA. FVL and PT20210A negative.
Given failure + bleeding risk w/ escalation, IR consulted for retrievable IVC filter; will keep warfarin, aiming higher (2.5-3.5).
DM: none. Wt 108 kg, BMI 33.6.
"""),
("2018-09-14", "Interventional Radiology Procedure Note", """
Procedure: IVC filter placement (retrievable).
Access: right common femoral vein, US-guided micropuncture, 10 Fr sheath.
Filter deployed infrarenal, cavagram satisfactory.
Sheath removed, manual compression 15 min at the R groin, hemostasis achieved. Small skin nick closed w/ steri-strips.
Complications: none. EBL minimal. Warfarin may resume tonight.
"""),
("2018-11-12", "Hematology Follow-up", """
Heme f/u. Reports a painful lump in the R groin since Halloween ("was handing out candy and it was throbbing"). Over 10 days it turned dark.
Exam: R inguinal crease, centered on the healed femoral puncture scar: 3x2.5cm black stellate eschar ringed by violaceous induration and livedo extending onto upper medial thigh. No fluctuance.
Surg onc did an incisional biopsy 11/8: mural calcium in small vessels plus thrombi, c/w calciphylaxis.
Plan: d/w nephro re STS, stop calcium-based binder. Given APS not yet confirmed, will switch warfarin to LMWH? - not in HD; UFH infusion not practical. Keep warfarin for now at low-end goal, re-discuss at tumor board-style anticoag conference.
BMI 33.1.
"""),
]}

O05 = {"patient_id": "O05", "age": 63, "sex": "F", "notes": [
("2024-09-05", "Anticoagulation Telephone Note", """
Call from pt re: INR. Fingerstick at dialysis yesterday = 4.6. She had taken an extra 2.5 mg by mistake last weekend.
She also reports a big bruise on her R outer thigh - walked into the corner of the kitchen island on Labor Day while carrying groceries. It's "purple-green, size of my palm", tender but soft, no swelling getting bigger.
Indication: PE 2022 + heterozygous factor V Leiden, indefinite warfarin, goal 2-3.
Plan: hold x1, then resume 5 mg except 2.5 mg Wed/Sat. Recheck 9/9. Call 911 if headache, vomiting blood, etc. Elevate/rest.
"""),
("2024-09-27", "Hematology Clinic Note", """
Heme clinic. 63F, ESRD (HD TTS), T2DM on detemir + lispro which she injects in the posterior upper arms, FVL het w/ prior PE on warfarin. BMI 35.2.
The thigh bruise from Labor Day had almost faded; then on 09/20/2024 she felt a rock-hard, fiercely painful patch appear in the same area, now with a dusky violet center. Exam: R lateral thigh: 7x5cm indurated plaque, net-like purpura at the edges, dusky grey-black center, no warmth. L thigh normal. Arms with insulin lipohypertrophy, no ulcer.
Impression: calciphylaxis suspected - ESRD, warfarin, obesity; arose in the bruised area.
Plan: derm bx, bone/mineral labs, nephro aware.
"""),
("2024-10-08", "Dermatology Clinic Note", """
Derm: bx results reviewed with pt. R lateral thigh punch: von Kossa-positive mural calcium in small vessels, occlusive thrombi, fat necrosis = calciphylaxis.
Heme is converting her from warfarin to apixaban. STS started at HD.
Recs: no pressure/heat to that thigh, soft dressings, pain regimen per palliative.
Wt 95 kg (BMI 35.2).
"""),
]}

O06 = {"patient_id": "O06", "age": 77, "sex": "M", "notes": [
("2023-10-06", "Anticoagulation Clinic Visit", """
Anticoag clinic, in person (came straight from dialysis).
Indication: AF w/ prior TIA. Warfarin 3 mg M/W/F, 4 mg other days. INR target 2.0-3.0.
INR log: 8/25 2.1 | 9/8 2.6 | 9/22 2.9 | today 2.4
He had his influenza vaccine this morning at the HD unit, IM into the right upper arm; a small band-aid there, no oozing. Vaccines are OK at therapeutic INR with firm pressure 2 min - reinforced.
Other: A1c 6.0, told "pre-diabetes", diet only. Weight 86 kg, BMI 29.6 - overweight.
Next INR 10/20.
"""),
("2023-11-01", "Hematology Clinic Note", """
Hem clinic, urgent slot.
77M ESRD on HD, warfarin for AF.
HPI: About 10 days ago a sore, firm lump came up where the flu vaccine went into his R upper arm. It has become purple with a black crust; pain keeps him awake. Daughter thought it was an abscess from the shot.
Exam: R lateral upper arm, mid-deltoid to below: 4 x 3.5 cm purpuric indurated plaque w/ central eschar 1 cm, livedo around it. No fluctuance or warmth. L arm (AVF) thrill present, skin normal.
Labs: WBC 6.8. PO4 7.2, PTH 880.
A/P: favor calciphylaxis over injection-site abscess. Derm bx, hold warfarin, bridge nothing (AF, low short-term risk), nephro to start STS if confirmed.
"""),
("2023-11-15", "Dermatology Consult Note", """
Derm consult follow up. R upper arm plaque, punch 11/3: subcutaneous arteriolar calcification, fibrin thrombi, necrosis of fat; diagnostic of calciphylaxis. Special stains negative for organisms.
Clinically the lesion sits exactly at his 10/6 vaccine site. Warfarin permanently stopped; cardiology to consider LAA occlusion.
BMI 29.6.
"""),
]}

O07 = {"patient_id": "O07", "age": 49, "sex": "F", "notes": [
("2019-05-02", "Thrombosis Clinic Note", """
Thrombosis clinic, new referral
49F, CKD4 (GFR 21 mL/min), dialysis not yet planned, severe obesity (BMI 41.8), OSA on CPAP. No diabetes (A1c 5.4).
Bilateral segmental PE this spring after a long drive; on renally adjusted enoxaparin 1mg/kg q24h since then. Declined warfarin ("my aunt bled on it"). DOACs discussed - nephrology prefers LMWH w/ anti-Xa levels for now.
Injection technique: she uses both sides of her waist ("my love handles") because her belly skin has deep folds and stretch marks. Sites look OK today.
Anti-Xa peak 0.9 (goal 0.5-1.0).
"""),
("2019-07-08", "Hematology Clinic Note", """
Heme f/u; she reports exquisitely painful "net-like purple marks" along both sides of the waist, which she first saw in June. Two of them now have black centres.
Exam: R flank: 8 x 5 cm livedo racemosa with 2 cm black eschar. L flank: 6x4cm retiform purpura w/ small ulcer. These are at her enoxaparin injection sites. Abdomen and thighs spared.
Anti-Xa 1.1 (slightly high). Ca 9.9, PO4 5.9.
Imp: calciphylaxis (non-dialysis CKD) vs LMWH skin necrosis. Derm consult requested same week.
"""),
("2019-07-10", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Reviewed history with heme. Findings are classic: bilateral flank retiform purpura with stellate necrosis and eschar, in adipose-rich skin, in a woman with CKD 4 and morbid obesity. Platelets normal throughout, no HIT.
Assessment: clinical diagnosis of calciphylaxis at both enoxaparin injection areas. Biopsy deferred - poor wound healing risk and the picture is diagnostic; will biopsy only if atypical course.
Recs: move anticoagulation off injections (heme switching to apixaban 2.5 bid with nephro input), sodium thiosulfate IV, wound care.
"""),
]}

PATIENTS = [O01, O02, O03, O04, O05, O06, O07]
