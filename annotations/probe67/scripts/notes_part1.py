"""probe67 corpus notes, S01-S07 (pharmacy and anticoagulation-clinic consults; all invented)."""

S01 = {"patient_id": "S01", "age": 72, "sex": "F", "notes": [
("2019-04-02", "Anticoagulation Clinic - Bridging Visit", """
ANTICOAGULATION CLINIC (pharmacist-run) -- Harrowgate Heart Centre
Indication: On-X mechanical mitral valve (2011). goal for the prosthesis 2.5-3.5.
Reason for visit: warfarin held x5 days for upper GI endoscopy + banding; INR today 1.3 via POC fingerstick.
Renal: ESRD, in-centre haemodialysis at Fairholme (Tu-Th-Sa chair). Estimated CrCl <15.
Other: T2DM managed w/ linagliptin 5 mg, not on insulin. Wt 88 kg.
Bridging: d/w Dr Vance (cardiology) -- SC enoxaparin once every 24 h at 1 mg/kg (renal dose, off-label in HD, anti-Xa to be checked after 3rd dose) until INR >= 2.5 x2.
Self-injection teaching done at the desk. Pt demonstrated pinch + 90 degree insertion; first syringe (90 mg) given by pt herself today into the L lower abdomen under supervision. She says she prefers that side "because my right hand does the work". Advised to alternate L/R and stay 5 cm from umbilicus -- pt nodded but said the left feels less sore.
Warfarin restart tonight 7.5 mg, then 5 mg on most days and 7.5 mg Mondays/Fridays.
RTC 04/05 for INR. -- K. Lindqvist, PharmD, CACP
"""),
("2019-05-14", "Clinical Pharmacist Consult", """
Pharmacy consult requested by Fairholme charge RN: "painful skin on belly, ?reaction to the blood thinner shots"
S: Pt reports a very tender, hard patch low on her tummy, left side, that started 3 weeks ago. Describes it as "a bee sting that never stops". Confirms she injected the left lower belly for almost every enoxaparin dose; bridging ran much longer than planned (INR would not climb above 2.0 until 05/06).
O: Left lower quadrant, lateral to umbilicus: ~6 x 4 cm purplish, stony-firm plaque with net-like dusky border; a 1 cm black center. Numerous old needle punctures visible within it. No drainage, afebrile.
Labs (HD 05/11): Ca 9.9, phos 7.2, PTH 812, albumin 3.1. INR today 2.7.
A: necrotic plaque overlying repeatedly used LMWH injection spots; HD, phos high, on warfarin -- concerned for calciphylaxis. Other considerations: hematoma from the injections; heparin skin necrosis (plt 211, stable).
P: enoxaparin stopped (INR therapeutic x2). Paged derm for urgent eval + punch bx. Suggested nephrology review calcium-based binder (pt takes calcium acetate 1334 mg TID). Warfarin continued for now given mechanical valve -- flagged for team discussion.
"""),
("2019-05-29", "Anticoagulation Clinic Note", """
Anticoag f/u. INR 3.1 (goal 2.5-3.5), in range. Dose unchanged 5 mg daily / 7.5 mg M,F.
Interval: derm bx on 5/20 sampling the margin of the L lower abdominal plaque -- pathology: calciphylaxis -- subcutaneous microvessels calcified and thrombosed, von Kossa +. Dermatology letter states the plaque sits on the enoxaparin injection sites she used during bridging.
Because of the mechanical mitral valve, cardiology + nephrology agree warfarin must continue (no DOAC option). Vitamin K2 supplement discussed and declined by team. Sodium thiosulfate 25 g IV post-HD three times weekly started 5/24.
Binder changed calcium acetate -> sevelamer carbonate 1600 mg TID with meals. Pain: hydromorphone 1 mg orally, up to q6h.
BMI 33.6, obese (wt 88.2 kg, ht 162 cm).
No future SC injections anywhere on the abdomen; if bridging needed again use IV UFH inpatient.
"""),
]}

S02 = {"patient_id": "S02", "age": 59, "sex": "M", "notes": [
("2021-03-09", "Pharmacist Telephone Encounter - Insulin Review", """
Phone call w/ pt + his home health nurse (Ms Adeyemi, Brightwater Home Care) re: insulin.
Pt: 59M, ESRD on CCPD (nightly cycler), T2DM x 20 yrs, insulin glargine 30 units qAM given by the visiting RN.
He reports a "sore hard spot" at the rear of his right upper arm since February -- the skin has gone dark and it "feels like a stone under there". Nurse confirms she has put every glargine dose into the R posterior arm since last summer because the patient is self-conscious about his belly and refuses injections there.
Reviewed technique: 6 mm pen needle, single use, no obvious lipohypertrophy elsewhere per RN.
Plan: moved injections to R/L thigh alternating, pending exam. Asked PD clinic to see him Friday and to look at the arm. Nurse will upload a picture via MyChart.
"""),
("2021-03-16", "PD Clinic - Pharmacy Medication Reconciliation", """
PD CLINIC MED REC
Allergies: sulfa (rash)
Meds verified w/ pt + pill bottles:
 - insulin glargine 30 u SC daily (now thighs)
 - sevelamer 800 mg 2 tabs TID
 - calcitriol 0.25 mcg daily
 - darbepoetin q2wk (given in clinic)
 - atorvastatin 40 mg qHS
 - amlodipine 10 mg qAM
No anticoagulants, never on warfarin.
Vitals: BP 148/86, wt 118 kg, BMI 35.1.
Note: derm (Dr Haddad) saw him this AM -- Posterior R upper arm -- violaceous, indurated 5x3cm plaque w/ stellate black eschar. Punch bx sent 3/12 before today's visit. Pt very tender on palpation, rates pain 8/10, using acetaminophen only.
Recs: avoid NSAIDs; if opioid needed consider low dose hydromorphone rather than morphine/codeine.
"""),
("2021-03-30", "Clinical Pharmacy Follow-up", """
F/U on R arm lesion.
Path (3/12 punch): medial calcification + intimal hyperplasia affecting subcutaneous small arterioles, fat necrosis. Final dx calciphylaxis per dermatopathology; derm notes its location precisely matches the arm the home RN used for insulin.
Therapy plan agreed with PD team:
 - sodium thiosulfate added intraperitoneally (PD team protocol), monitor anion gap
 - sevelamer up to 1600 mg TID, calcitriol off; cinacalcet 30 mg daily added
 - insulin: thighs only, rotate; no more arm injections
Wt 113.6 kg today -> BMI 34.0.
A1c 7.8. Will call next week to check hypoglycaemia once cinacalcet on board.
"""),
]}

S03 = {"patient_id": "S03", "age": 66, "sex": "F", "notes": [
("2022-12-01", "Pharmacy Consult - Pain Management, CKD", """
Consult: renal dose adjustment of analgesics, R knee pain.
66 y/o F, CKD stage 5 (eGFR 9), fistula matured, not yet on dialysis. T2DM on NPH insulin 18u BID. OA both knees.
Current: gabapentin 300 mg TID (!), tramadol 50 q6h prn, acetaminophen 1 g TID.
Hx from pt: dark, exquisitely painful patch, anterior R knee, since Thanksgiving. She admits to nightly use of an electric heating pad on that knee since October -- frequently dozing off with the dial on "high".
Exam (w/ PA Mireles): R anterior knee 4 cm violaceous plaque, lacy livedo around it, small central black crust; L knee normal.
Recs:
1. Reduce gabapentin to 100 mg at bedtime (accumulation risk w/ eGFR <10); stop tramadol.
2. Stop the heating pad.
3. Ca x Phos 71 -- appreciate nephrology; the picture raises concern for calcific uremic arteriolopathy. Derm consult placed.
BMI 31.8.
"""),
("2022-12-20", "Inpatient Pharmacy Progress Note", """
Pharmacy progress note, 4 West.
Admitted 12/13 w/ hyperkalemia + uremic sx; first HD 12/14 through a right IJ tunnelled line; schedule now MWF.
Derm saw pt 12/15: right anterior knee plaque = calciphylaxis (clinical diagnosis), biopsy deferred (over the joint, poor healing). Derm documents the plaque in the exact area of her nightly heating pad use.
Sodium thiosulfate (25 g, infused across 1 hr) after each HD run, started 12/16; tolerated w/ mild nausea -- ondansetron 4 mg pre-dose added.
Insulin: NPH decreased to 12u BID (new HD, poor PO intake). Glucose 110-190.
Analgesia: IV hydromorphone 0.5 mg every 4 hrs if needed, fentanyl patch avoided.
No warfarin; VTE ppx is SC heparin 5000 u q12h into the abdomen -- RN aware, no knee or leg sites.
"""),
("2023-02-07", "Outpatient Pharmacist Follow-up", """
Telehealth (video) visit -- Marlow Renal Pharmacy Service.
Pt on HD x 8 wks. STS continues 3x/wk after dialysis. Knee wound now dry eschar, smaller, pain 4/10 (was 9/10).
Meds reviewed: NPH 12u BID, cinacalcet 60, sevelamer 1600 w/ meals, hydromorphone 2 mg PO q6h prn (using 2/day).
Heating pad: confirms it went in the trash in December.
Weight 80.5 kg, height 159 cm (BMI 31.8) -- unchanged.
Next: lab review at HD unit 2/14; call back in 4 weeks.
"""),
]}

S04 = {"patient_id": "S04", "age": 63, "sex": "M", "notes": [
("2023-07-19", "Dialysis Unit Pharmacist Medication Review", """
Quarterly med review -- Eastbrook Dialysis, chair 14, MWF 2nd shift.
63 yo man, ESRD (IgA nephropathy), dialysing since 2017. No diabetes. AF -- apixaban (2.5 mg bid dose) (never warfarin per pt + records).
Chief issue raised by RN: severe leg cramps late in runs. Pt asked for quinine -- explained not recommended (FDA warning); will review target wt w/ nephrology instead.
Pt mentioned he has been freezing gel packs and strapping them on both calves for an hour after every session since mid-June "to stop the cramps".
Skin: both calves show painful purple net-like patches with firm centres, L > R; per pt they began two weeks ago. R calf has a 2 cm dusky area starting to blacken.
Labs: Ca 10.1 (on calcium carbonate 1 g TID as binder), phos 6.8, PTH 640.
Recs: stop ice packs. Urgent referral to derm -- concerned for calciphylaxis. Suggest swapping the calcium carbonate for sevelamer or lanthanum.
"""),
("2023-07-28", "Clinical Pharmacy Consult Note", """
Consult re: sodium thiosulfate dosing.
Biopsy L posterior calf 7/25: calciphylaxis, confirmed (derm path: circumferential calcification of small vessels w/ thrombi). Derm links the distribution on both calves to the gel-pack icing.
Recs:
- STS 25 g IV in last hour of HD, MWF; monitor for metabolic acidosis (check bicarb weekly) and QT.
- calcium carbonate stopped, lanthanum 1000 mg TID started.
- Apixaban: continue, no interaction.
- Pain: acetaminophen scheduled + oxycodone 5 mg q6h prn; no morphine.
Ht 180 cm / Wt 85.2 kg (BMI 26.3).
"""),
("2023-09-06", "Dialysis Unit Pharmacist Note", """
STS wk 6 -- bicarb 21, no QTc prolongation on 8/30 ECG.
Calf wounds: R calf eschar separating, L calf plaques softer. Pt says cramps much better since the dry wt was raised 0.5 kg; no more cold packs, he gave them to his grandson's football team.
Lanthanum chewed properly now (was swallowing whole -- re-educated).
PTH 410 on cinacalcet 60 mg. Plan: continue STS through end of Sept then reassess with nephro.
"""),
]}

S05 = {"patient_id": "S05", "age": 58, "sex": "F", "notes": [
("2020-09-01", "Anticoagulation Clinic - New Start", """
NEW WARFARIN START
Referral: L popliteal DVT on duplex 08/28/2020 (provoked -- 10-day admission).
58F. ESRD; HD through a right arm AVF, Kingsmere unit. No hx diabetes (A1c 5.4). Not on insulin.
Heparin given with HD runs. LMWH not used (HD). INR range 2-3, planned 3 months.
Warfarin 5 mg daily x3 then per INR. Education booklet given, diet/vit K reviewed, bleeding precautions.
Vascular RN fitted a knee-high class II stocking (compression) to her L leg today, to be worn daily from morning to bedtime. Pt notes the elastic top "pinches" below the knee; told to smooth it out, not roll it down.
Wt 84.0 kg Ht 167 cm BMI 30.1.
INR draw at HD Thurs.
"""),
("2020-11-03", "Anticoagulation Clinic Follow-up", """
INR 3.4 today (supratherapeutic; was 2.6 last wk). Pt took an extra tab by mistake Sat.
Dose: hold tonight, then resume 5 mg with 2.5 mg on Wed.
New problem: painful ulcer high on the L calf, posteriorly, exactly where the stocking's upper elastic band presses. Pt says it started in October as a purple sore patch, now has a black crust ~2 cm. She is still wearing the stocking every day.
Is this calciphylaxis or warfarin skin necrosis? (necrosis from warfarin usually shows up within the first days, so less likely). Stocking removed, pt told to stop using it. Messaged PCP + nephrology; derm referral placed same day.
"""),
("2020-11-24", "Anticoagulation Clinic Note", """
INR 2.2. Dose 5 mg daily, 2.5 Wed.
Derm biopsy (11/10, L calf) shows calciphylaxis (tunica media calcified in tiny subcutaneous arterioles, thrombi present); no protein C-type pattern. Dermatology notes the ulcer follows the line of the stocking's elastic top.
Plan d/w nephrology: warfarin is a risk factor here; DVT is provoked and 3 months ends 11/28 -> stop warfarin on 11/28 rather than switching. Sodium thiosulfate started with HD 11/16.
Wt 83.7 kg, BMI 30.0.
Clinic discharge after final INR not needed; letter to PCP.
"""),
]}

S06 = {"patient_id": "S06", "age": 70, "sex": "M", "notes": [
("2024-03-08", "Pre-procedure Anticoagulation Plan - Pharmacy", """
PERIPROCEDURAL ANTICOAG PLAN
Procedure: laparoscopic cholecystectomy, Mon 3/11/24, Dr Okonkwo.
Anticoagulant: apixaban 2.5 mg BID for AF (CHA2DS2-VASc 5). Previously on warfarin 2015-2023; stopped June 2023 due to labile INRs (TTR 41%).
Renal: ESRD on HD MWF.
Plan: last apixaban dose Fri 3/8 AM (>48 h hold, high bleed risk procedure + ESRD). No bridging. Resume 48-72 h post-op if hemostasis OK, per surgeon.
DM2: insulin glargine 22u nightly -- pt injects into both thighs; reduce to 16u night before surgery.
"""),
("2024-05-07", "Clinical Pharmacist Consult - Antimicrobial Stewardship", """
Asked to review cephalexin started by urgent care 5/3 for "infected surgical scar".
Hx: pt had lap chole 3/11 (4 ports). All wounds healed by the 3-week post-op check. Late in April the right upper quadrant port scar became very painful, then turned dark; now a black, dry eschar, roughly 3 cm long and 2.5 wide, with violaceous, indurated rim. Other port sites fine.
No fever, WBC 7.9, no purulence, no fluctuance.
Assessment: low suspicion for bacterial SSI; appearance in an HD pt with PTH 1100 favors a non-infectious process -- calciphylaxis vs other vasculopathy.
Rec: stop cephalexin. Derm and surgery to see; biopsy requested.
Wt 82 kg, BMI 28.2.
"""),
("2024-05-21", "Pharmacy Follow-up Note", """
Punch bx 5/13 at the margin of the RUQ port-site eschar: calciphylaxis, biopsy proven. Derm + surgery: lesion developed in the laparoscopic port incision.
STS started (25 g IV after each HD). Sevelamer increased. Apixaban continued (warfarin not to be restarted).
Glargine into thighs unchanged; thighs examined, no lesions.
"""),
]}

S07 = {"patient_id": "S07", "age": 77, "sex": "F", "notes": [
("2025-02-17", "Anticoagulation Clinic Telephone Note", """
Phone call from pt's daughter Roisin.
Pt slipped on the frozen path outside church on Valentine's Day and came down hard on her right bottom. Didn't hit head. Now a big purple bruise over the R buttock "big as a saucer", sore to sit.
Warfarin for AF + prior stroke; usual 3 mg daily. INR drawn at HD today (Mon): 4.1.
Plan: hold warfarin x1 day, then 2 mg daily; recheck INR at HD Wed. ED if head pain, vomiting, confusion, or swelling keeps growing. Daughter verbalized understanding.
"""),
("2025-03-11", "Anticoagulation Clinic Visit", """
INR 2.6, therapeutic. Warfarin 2 mg daily continued.
Pt and daughter report that the bruise from the Feb fall faded but one part of it, in the middle of the R buttock, has been hard and excruciatingly painful since March 3. Now dusky with a dark center and a mottled, lacy edge, ~5 cm. Pt cannot sit on it.
Dialysis: ESRD; hemodialysis Mon/Wed/Fri on the evening shift. Not diabetic.
Concern: calciphylaxis developing in the hematoma area, esp. on warfarin. Urgent derm referral; messaged nephrologist Dr Ferraro.
"""),
("2025-03-25", "Pharmacy Consult - Anticoagulant Selection", """
Consult question: alternative to warfarin in pt w/ new calciphylaxis.
Bx 3/17 from R buttock: calciphylaxis (calcified subcutaneous arterioles, thrombosis, panniculitis). Derm: lesion arose where the fall-related hematoma was.
Recommendation: discontinue warfarin; begin apixaban at 2.5 mg twice daily -- pt is 77, weight 68 kg, creatinine not usable on HD; dose per renal pharmacy protocol, shared decision w/ cardiology. First apixaban dose when INR < 2.
STS post-HD started 3/19.
Wt 68 kg, BMI 27.3.
"""),
]}

PATIENTS = [S01, S02, S03, S04, S05, S06, S07]
