"""probe25 corpus notes, X01-X07 (nursing-home and post-acute rehabilitation records; all invented)."""

X01 = {"patient_id": "X01", "age": 74, "sex": "F", "notes": [
("2023-02-14", "Nursing Admission Skin Assessment", """
BROOKHAVEN CARE CENTER - ADMISSION HEAD TO TOE SKIN ASSESSMENT
Admit date: 02/14/2023   Admitted from: St. Anselm Hospital   Room 214-A
Dx: ESRD - hemodialysis MWF @ Riverbend Dialysis (chair time 0600); DM type 2 insulin requiring; HTN; gout.
Braden 15 - at risk (sens 3, moist 3, act 2, mob 3, nutr 2, fric/shear 2)
Skin:
 Head/face - intact. Ears - intact, no device pressure.
 Chest/abd - intact, soft obese abdomen, old lap chole scars well healed.
 L forearm - AVF with good thrill/bruit, do not use for BP.
 Coccyx - stage 2 pressure injury present on admission 1.2x0.8x0.1cm, pink wound bed 100% granular, no slough.
 Heels - intact, blanchable.
Ht 162.5 cm  Wt 88.7 kg  BMI 33.6
Meds of note: insulin glargine 18 units subQ qHS start tonight; lispro per sliding scale AC meals.
Interventions: foam border dsg to coccyx q3d + prn, T&R q2h, pressure redistribution mattress, heels floated on pillow. Dietitian consult.
Signed: K. Amsel RN
"""),
("2023-04-05", "Weekly Wound Rounds", """
WOUND ROUNDS 4/5/23 - Rm 214-A
1) Coccyx stage 2 (POA) - RESOLVED. Epithelialized, skin closed. Continue barrier cream.
2) NEW: L lower abdomen, below and left of umbilicus. First found by CNA at AM care on 04/03/2023, reported to charge nurse.
   3.1x2.4cm, dusky violet firm plaque w/ central adherent black eschar ~1 cm, net-like purple discoloration spreading out toward the flank. Eschar 60% / purple non-blanchable skin 40%. No drainage, no odor. Exquisitely painful, res rates 9/10 and pulls away even to light touch.
   Per MAR site documentation every glargine and sliding scale dose since she came in 2/14 has been charted as "LLQ abd" - staff have not been rotating sites. Lesion is right in that zone.
   Not consistent with pressure injury (no pressure over this area, res does not lie prone).
Notified Dr. Pellegrino and dialysis unit RN. Derm consult requested. Pain regimen to be reviewed.
Insulin to be given in bilat upper arms until further orders.
L. Ferrante RN, WCC
"""),
("2023-04-11", "Treatment Administration Record", """
TAR - April 2023   Resident: Rm 214-A
Order: L lower abd wound - cleanse w/ NS, pat dry, apply calcium alginate, cover with bordered silicone foam; change every day & PRN if soiled.
 4/6  0900  done  LF   tolerated poorly, premedicated
 4/7  0915  done  JM
 4/8  1000  done  JM   pt crying during cleanse, charge nurse aware
 4/9  0900  done  AK
 4/10 -     held  -    pt at dialysis all morning, completed at 1430 by RB
 4/11 0845  done  LF   eschar unchanged, purple border slightly larger
Order: Barrier cream to coccyx/buttocks every shift and after each incontinent episode - done all shifts.
Order: Turn q2h and float heels - done.
"""),
("2023-04-14", "Physician Monthly Visit", """
Attending visit - Dr. M. Pellegrino
74F long-term resident, ESRD on HD, T2DM on basal/bolus insulin. Seen for the abdominal wound.
Dermatology (Dr. Hwang) came in and did a 4 mm punch on 4/12 from the edge of the lesion. Path back today: subcutaneous arterioles heavily calcified, clot in the lumens, necrotic fat around them - pathologist signs it out as calciphylaxis. Phos was 7.1 last month, PTH high.
Lesion in the LLQ developed 4/3 in the exact spot the nurses have been injecting her insulin since her admission on 2/14 - repeated needle trauma is the likely trigger (Koebner-type).
Wt 87.2 kg BMI 32.9.
A/P: calciphylaxis L lower abdominal wall.
- STS 25 grams IV 3x weekly during her runs at Riverbend
- switch to non-calcium binder, renal dietitian
- no injections anywhere on abdomen; upper arms only, rotate
- wound care per WCC, pain mgmt: hydromorphone low dose prn, gabapentin post-HD dosing
Discussed w/ daughter Renata by phone.
"""),
]}

X02 = {"patient_id": "X02", "age": 66, "sex": "M", "notes": [
("2020-11-30", "Physical Therapy Progress Note", """
PT Daily Note - Harborview Post-Acute Rehab, Gym 2
Pt is a 66 yo male admitted 11/19 after hospitalization for pneumonia w/ severe deconditioning. PMH ESRD on peritoneal dialysis (cycler overnight), chronic AF on warfarin, OA R shoulder. Not diabetic.
S: "the shoulder is killing me after the pulleys"
O: R shoulder AROM flex 95, abd 80, painful arc. Ther-ex 25 min, gait 150 ft w/ RW CGA.
Modalities: cold pack to R shoulder x 15 min after each session. Started on Thanksgiving (Thurs) when he asked for something for the ache, now doing it after every treatment; nursing also giving him an ice bag for the same shoulder at HS per his request.
Skin checked before and after - intact, mild pinkness resolved in 10 min.
Plan: cont 5x/wk, progress shoulder ROM as tolerated.
T. Obi, PT, DPT
"""),
("2021-01-04", "Weekly Skin Check", """
Weekly Skin Check - Unit 3 East
Resident c/o pain in R shoulder "different from the arthritis". Per res, a sore hard spot came up on the front/outside of the shoulder 3 weeks ago; he kept quiet, figured it was the exercises.
Findings:
R anterolateral shoulder: irregular 4.5x3.8cm area of non-blanchable retiform purple discoloration with a black, dry central patch about 1.5 cm. Indurated and very tender. Surrounding skin cool.
Sacrum / ischials - intact. Heels intact in offloading boots.
PD cath exit: dry, no crust, no redness.
This is the same place the cold packs and ice bags have been going on since late Nov.
Ice/cold packs HELD pending eval. MD and wound nurse notified. Family (wife Delphine) updated.
- P. Sandoval LPN
"""),
("2021-01-15", "Wound Care Physician Consult", """
WOUND CARE MD CONSULT
Reason: painful necrotic R shoulder lesion in PD patient
Hx as per nursing. Cryotherapy to R shoulder began 11/26/2020 (PT + nursing ice bag), lesion onset approx 12/14/2020.
Exam: R shoulder, anterolateral - 5x4cm stellate necrotic plaque w/ eschar ~ 2 cm, livedoid purpuric rim, no fluctuance. L shoulder normal.
Bx 1/12 (incisional, edge): medial calcification of arterioles, intimal hyperplasia and microthrombi in subcutaneous fat; von Kossa stain positive. DX: calciphylaxis, R shoulder - in the very area that got the repeated cold therapy.
Contributing: PD, warfarin (INR 2.6), Ca x P product elevated. BMI 27.1.
Recs: stop all cold therapy. Nephrology to discuss stopping warfarin -> apixaban. STS with PD regimen adjustment per renal. Moist wound healing, no sharp debridement now. PT may continue shoulder work gently, no modalities.
"""),
]}

X03 = {"patient_id": "X03", "age": 71, "sex": "F", "notes": [
("2019-06-20", "Care Plan - Initial", """
CARE PLAN  Resident: 71 y/o F   Unit: Oakridge LTC wing B
Problem: Impaired skin integrity risk r/t edema, immobility, ESRD (HD Tu-Th-Sa), DVT of L popliteal vein 05/2019 now on warfarin.
Norton score: physical 3, mental 4, activity 2, mobility 3, incont 3 = 15
Goal: resident will have no new skin breakdown thru next review (90 days).
Interventions:
[x] Knee-high graduated compression stockings to BLE, on after AM care, off at HS - new this month (June 2019) per vascular
[x] Turn/reposition every 2 hrs in bed; hourly weight shifts while up in w/c
[x] Heel protectors at night
[x] Skin inspection with every stocking removal
[ ] Air mattress - not needed at this time
DM2: diet only, last A1c 6.4%. Weight 84.0 kg, Ht 163.8 cm, BMI 31.2.
Resident/family agree with plan. - MDS coordinator J. Whitcombe RN
"""),
("2019-08-21", "Weekly Wound Rounds", """
Wound rds - Oakridge B
Res w/ new painful areas both calves. CNA reports she first saw them "at the beginning of August" when taking off the TEDs and thought they were marks from the band.
L post calf: 3.8x2.0cm firm purple plaque, 30% black eschar, 70% dusky violaceous non-blanchable skin, no drainage
R post calf: 2.5x1.6cm similar, eschar 10%
Both sit in a horizontal line exactly where the top cuff of the stockings rests. Surrounding livedo pattern. Pain 8/10, worse w/ dependency.
Not a typical pressure injury or venous ulcer pattern. Pedal pulses dopplerable.
Stockings D/C'd. Dr. Nakashima notified - bx to be arranged. Family informed.
"""),
("2019-09-03", "Physician Monthly Visit", """
Monthly MD visit.
71F ESRD HD, provoked DVT on warfarin, diet-controlled DM.
Biopsy L posterior calf 8/27: small vessel calcification w/ thrombosis, consistent with calciphylaxis. Dx made - calciphylaxis of bilateral calves.
The lesions follow the top elastic edge of the knee-high stockings (worn daily since June); we believe the constant band pressure was the local trigger.
Weight down to 79.4 kg (poor appetite), BMI 29.6 now.
Plan: warfarin stopped, change to apixaban per nephrology. STS 3x/wk with HD. Lidocaine patch, scheduled APAP. Elevate legs, NO compression. Wound team following.
Dr. R. Nakashima
"""),
]}

X04 = {"patient_id": "X04", "age": 79, "sex": "M", "notes": [
("2021-03-04", "Nursing Admission Assessment", """
Post-Acute Admission Nursing Assessment - Lindgren Rehab & Skilled Nursing
79M adm from Mercy General s/p urosepsis, obstructive uropathy. ESRD on in-center HD through a right IJ tunneled line. Type 2 DM on glipizide (held) and diet. Anticoag: apixaban.
Foley 16 Fr placed at Mercy on 3/2/21 for retention, secured w/ adhesive anchor device + tape to R upper inner thigh. Urology f/u 4 wks for voiding trial.
Skin head to toe:
 - Scalp, face, ears: intact
 - Sacrum: intact, slightly red, blanches
 - L heel: deep tissue injury POA, 2.0x2.2cm intact maroon area, boggy
 - R heel: intact
 - R inner thigh at cath anchor: intact
Braden 13 (moderate risk). Ht 175 cm Wt 81 kg, BMI 26.4.
Interventions: heel offloading boots both feet, low air loss mattress ordered, reposition q2h, nutrition consult.
"""),
("2021-04-06", "Weekly Wound Rounds", """
WEEKLY WOUND ROUNDS  4/6/21
#1 L heel DTI (POA): now evolved to unstageable, 2.1x2.0cm, 100% dry stable black eschar. Leave eschar intact, betadine paint BID, offload.
#2 R medial thigh - NEW, first charted today: pt reports onset 2 weeks ago - a tender, reddened firm spot under the Foley anchor; pt told night shift but it was thought to be tape irritation.
   Today 3.4x2.7cm, indurated violaceous plaque, central black necrosis ~40% of area, lacy purple edge extending 2 cm. Anchor and tape have been on this same spot since placement 3/2 - never moved.
   Does not match device pressure injury appearance (livedo edge, extreme pain out of proportion).
Foley anchor moved to L thigh. Provider to eval, ?derm.
"""),
("2021-04-16", "Wound Care Physician Note", """
Wound physician progress note
Pt seen for R thigh and L heel.
Punch bx R medial thigh 4/9: calcified subcutaneous arterioles, fibrin thrombi, panniculitis. Impression: calciphylaxis. Arose under the catheter securement device and its tape, in place since early March.
L heel remains unstageable pressure injury, unrelated.
Urology agreed to remove Foley 4/14, voiding trial passed, straight cath PRN only.
Plan: sodium thiosulfate w/ HD (nephro ordered), lower dialysate calcium, cinacalcet. Hydrocolloid NOT to be used - silicone foam only, no adhesive on R thigh. Glipizide remains off; BG 120s-160s on diet.
"""),
]}

X05 = {"patient_id": "X05", "age": 83, "sex": "F", "notes": [
("2022-12-25", "Incident Report - Fall", """
INCIDENT / FALL NOTE
Date/time of event: 12/24/2022 ~2130, Christmas Eve
Resident found on floor beside bed on her left side by CNA, unwitnessed. States she tried to get to the bathroom w/o calling. Hit L hip on floor. No head strike per resident. Neuro checks WNL x 72h started.
Assessment: L lateral hip with a 6x4cm purple bruise, mild swelling, tender. ROM intact, can bear weight with 2 assist. Portable X-ray L hip/pelvis 12/25: no fracture.
Hx: ESRD on PD (night cycler), mechanical mitral valve on warfarin, INR 3.1 today. No DM.
Interventions: bed in low position, floor mat L side, toileting q2h overnight, call light in reach. Cold compress offered - resident declined.
Family (son) notified. MD notified.
"""),
("2023-01-11", "Weekly Skin Check", """
WEEKLY SKIN - res 83F
L lateral hip: The bruise from the Christmas Eve fall had been fading to yellow/green, but on January 9 the CNA noticed new purple hardness developing centrally within it. Today 3.0x2.6cm firm indurated plaque, dark purple-black center, stellate shape, exquisitely tender (resident screams with dressing change), surrounding retiform mottling.
R hip/sacrum/heels - intact.
PD catheter exit site: no redness.
Notified NP Osei - requests wound MD and nephro input. Placed pillow to keep resident off L side.
"""),
("2023-01-17", "PD Nursing Home Visit", """
Home PD nurse visit at facility
Cycler logs reviewed - no alarms, UF 700-900 mL/night. Effluent clear.
Discussed L hip lesion with facility RN. Nephrologist aware, biopsy planned Friday. Labs drawn: Ca 9.9, Phos 6.8, iPTH 712.
Resident sleepy but oriented x2. Weight 58.3 kg, BMI 22.8.
Continue current prescription.
"""),
("2023-01-24", "Nurse Practitioner Monthly Visit", """
NP Monthly Visit - A. Osei NP
Bx L lateral hip 1/20 (Dr. Lundqvist, derm): calciphylaxis - calcified arterioles w/ thrombi and necrosis of fat.
The lesion appeared Jan 9 inside the hematoma she got from the 12/24 fall. Trauma-induced (Koebner) calciphylaxis suspected mechanism.
PD, warfarin for mech valve (can't stop - cardiology consult re: target INR, ?heparin bridge not ideal).
Plan: STS IP vs IV - nephrology deciding. Pain: low dose tramadol renally adjusted, topical lidocaine. Fall precautions continue, hip protectors.
"""),
]}

X06 = {"patient_id": "X06", "age": 62, "sex": "M", "notes": [
("2018-10-04", "Nursing Admission Assessment", """
ADMISSION NURSING NOTE - Cedar Point Skilled Rehab
62 y/o male adm 10/3/2018 after CABG x3 (9/24) with prolonged course. ESRD - HD TTS. IDDM: glargine 30 u qAM, aspart TID ac (to abdomen per his preference).
Heparin 5000 units subQ q8h for DVT ppx - started 10/3 on arrival. Pt declines shots in the belly for heparin ("I already get enough there") so nurse gives it posterior upper arms, L and R alternately.
Skin:
 sternal incision - approximated, steri strips, no drainage
 L leg saphenous harvest incision - healing, small scab mid-calf
 sacrum - intact
 pannus - intertrigo under fold, mild redness, no open areas
Morbidly obese (pt 1.78 m, wt not obtained - bed scale broken, will weigh tomorrow).
Braden 16. Plan: incision care, bari bed, turning schedule, interdry to pannus fold.
"""),
("2018-11-05", "Weekly Wound Rounds", """
Wound Rounds - Wing C, Rm 9
Res c/o "burning" pain both arms. Painful areas began about 10 days ago per res, getting bigger.
R posterior upper arm: 2 lesions 2.2x1.5 and 1.8x1.8cm, violaceous firm plaques, one with black center
L posterior upper arm: 3.0x2.1cm necrotic plaque, eschar 50%, net-like purple border
These are where he has been getting his heparin shots since admission. Not a pressure area, not a skin tear.
Sternal incision healed. Saphenous harvest site healed. Intertrigo improved.
Heparin shots held, MD paged. Prob need derm.
"""),
("2018-11-09", "Physician Progress Note", """
Attending - Dr. S. Varga
Derm (Dr. Mbeki) saw him 11/7: punch bx L posterior arm -> calciphylaxis, calcium deposits within subcutaneous vessel walls. Clinically identical lesions on the R arm; calciphylaxis bilaterally, where the subQ heparin was going.
ESRD on HD, insulin-dependent DM. Morbid obesity, BMI not recorded (no working scale on unit).
Plan:
- D/C SC heparin. DVT prophylaxis: SCDs and early mobility.
- thiosulfate 25g at every dialysis
- Consider parathyroidectomy referral; cinacalcet for now
- Insulin to abdomen ONLY, do not use arms
- Pain: oxycodone 2.5mg every 6 hrs PRN
"""),
]}

X07 = {"patient_id": "X07", "age": 58, "sex": "F", "notes": [
("2024-05-22", "Weekly Wound Rounds", """
WOUND ROUNDS  05/22/2024  Unit 2 - Rehab
Resident 58F, L hemiparesis after R MCA stroke. Wears a custom L ankle-foot orthosis all day since it was fitted in February.
L lateral ankle - at lat malleolus, beneath the upper AFO strap: 2.4x1.9cm. 70% black eschar / 30% purple. Peri-wound dusky, lacy. Res says it started mid-May and it is "very very painful" - unusual for her as sensation on the L is decreased.
Staged as: [ ] Stage 1 [ ] Stage 2 [ ] Stage 3 [ ] Stage 4 [x] Unstageable [ ] DTI  -- ?device-related
R heel intact. Sacrum intact.
HD MWF, T1DM on insulin pump managed by res. Ht 160 cm, Wt 90.1 kg, BMI 35.2.
AFO off until seen by orthotist + wound MD.
"""),
("2024-06-03", "Wound Care Physician Consult", """
Wound MD consult
Seen for the L lat ankle wound. Appearance + pain out of proportion in a dialysis pt -> performed 3 mm punch at margin 5/28.
Path: calciphylaxis (vascular calcification w/ thrombi, septal panniculitis). So this is NOT a pressure injury - reclassify as calciphylaxis. It developed mid-May right under the AFO strap, which has pressed on that spot every day since February: pressure as local trigger.
Plan: STS w/ HD per renal, remove AFO until orthotist relieves the strap area, foam and gentle moist dressing, no sharp debridement. Pump insulin continue.
"""),
("2024-06-28", "Care Plan Review", """
CARE PLAN REVIEW - quarterly
Problem 1: Calciphylaxis L lateral ankle (biopsy proven 5/28). Goal: wound size decreases by 25% by 8/1. Current 2.2x1.8cm.
Interventions:
 - modified AFO with strap repositioned above malleolus, padded (orthotist 6/20)
 - STS 3x/wk at dialysis
 - pain: scheduled acetaminophen, hydromorphone prn before dsg chg
Problem 2: Fall risk r/t hemiparesis - bed alarm, non-skid socks.
Problem 3: Nutrition - protein supplement BID, renal diet. Wt 88.8 kg.
Resident participated in care conference, agrees.
"""),
]}

PATIENTS = [X01, X02, X03, X04, X05, X06, X07]
