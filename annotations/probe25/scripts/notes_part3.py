"""probe25 corpus notes, X15-X20 (nursing-home and post-acute rehabilitation records; all invented)."""

X15 = {"patient_id": "X15", "age": 68, "sex": "M", "notes": [
("2025-06-09", "Nursing Admission Assessment", """
Short-stay admission - Halcyon Hills Rehab
68M after L femoral-popliteal DVT + hospital stay for fluid overload. ESRD, HD MWF at Lakeshore Dialysis. No DM.
Anticoagulation: enoxaparin SC daily into abdomen (dose adjusted for dialysis by pharmacy) bridging to warfarin, goal INR 2-3. Pt wants right-sided belly shots "because I sleep on my left".
Skin: intact abdomen, small healed scars. Sacrum intact. Heels intact.
Braden 18. BMI 27.9. Independent bed mobility.
"""),
("2025-06-25", "Weekly Wound Rounds", """
WOUND ROUNDS 6/25/25
R lower abdomen, in the enoxaparin zone: 2.8x2.2cm firm purple plaque w/ small dark central crust; a few scattered bruises around it from earlier shots. Onset unclear, noted 6/23 by nurse giving injection. Painful.
DDx per wound RN: injection site hematoma/necrosis vs early calciphylaxis - can't tell clinically.
Enoxaparin moved to L abdomen. INR 1.9 today on warfarin 5 mg.
Plan per NP: derm to biopsy next Tuesday.
"""),
("2025-07-02", "Discharge Summary - Nursing", """
DISCHARGE NOTE
Resident discharged home with wife 7/2 at his request, before the scheduled derm biopsy. Possible calciphylaxis R lower abdomen - not confirmed, biopsy not done; outpatient dermatology appointment given, and nephrology aware.
Anticoag: warfarin 5mg qd (INR 2.3 today), enoxaparin stopped 6/30.
Wound: foam dressing to R lower abdomen lesion, change q3d by home health.
HD continues MWF.
"""),
]}

X16 = {"patient_id": "X16", "age": 88, "sex": "F", "notes": [
("2018-02-13", "Weekly Wound Rounds", """
Wound Rds - Mapleview Nursing Home
88yoF ESRD/PD (CAPD done by staff), insulin-treated DM2 (glargine 8 u), AF on warfarin.
L heel: unstageable - 3.0x2.6cm, 100% dry black eschar, purple rim w/ some lacy mottling extending to the lateral foot. Pain severe, more than usual for her. Pedal pulses faint but palpable; ABI could not be done (incompressible).
R heel intact in boot.
Heel boots on both feet now, float heels.
"""),
("2018-02-27", "Physician Monthly Visit", """
MD visit
L heel eschar in a peritoneal dialysis patient taking warfarin, with livedo at the edge - cannot exclude calciphylaxis; unstageable pressure injury or arterial ulcer also possible. Discussed biopsy with daughter (POA) - she declined, wants comfort-focused approach.
Wt 51.2 kg BMI 23.0.
Plan: keep eschar dry & stable, betadine, offload, pain control. Ask renal re: warfarin.
"""),
("2018-03-20", "Hospice Admission Note - Nursing", """
Hospice admission at facility
Dx: failure to thrive, ESRD - PD being withdrawn per family's wishes.
Skin: L heel eschar (unknown etiology - pressure vs ?calciphylaxis, never biopsied), sacrum reddened blanchable, R heel intact.
Comfort measures: morphine SL prn, repositioning for comfort, air mattress.
"""),
]}

X17 = {"patient_id": "X17", "age": 61, "sex": "F", "notes": [
("2022-11-14", "Weekly Skin Check", """
Skin check - Bramblewood Care Center
61F, ESRD HD TTS, DM2 on insulin (NPH BID into abdomen & flanks by nursing), obesity BMI 36.6.
Abdomen: reticulated violaceous patches on lower abdomen and both flanks, some with firm nodules beneath, non-blanching, tender. Noticed ~1 week ago. No ulceration.
Resident wondering if this is from "all the needles".
Notified NP.
"""),
("2022-11-23", "Dermatology Consult", """
Derm consult
Exam: retiform purpura and livedo racemosa over lower abdomen and flanks, overlying where she gets NPH. No necrosis, no eschar.
Impression: possible early calciphylaxis (CUA) vs livedo from other cause (cholesterol emboli, cryo). 4 mm punch from L flank nodule today.
"""),
("2022-12-08", "Physician Monthly Visit", """
MD monthly
Derm bx: nondiagnostic - panniculitis, von Kossa showed no vessel calcification, possibly sampling error. Derm recommended deeper incisional biopsy; resident declined ("no more cutting").
Lesions unchanged, no ulceration. Still concern for calciphylaxis - not confirmed. Insulin moved to upper arms. STS not started. Revisit if lesions ulcerate.
BMI 36.2.
"""),
]}

X18 = {"patient_id": "X18", "age": 74, "sex": "M", "notes": [
("2020-08-18", "Weekly Wound Rounds", """
WOUND ROUNDS - Stonebridge SNF, 3rd floor
74M, ESRD HD, bedbound after L hip fx (ORIF 7/2020), no DM.
R buttock over ischium: unstageable, 5.5x4.0cm, 90% black eschar, 10% slough, periwound purple and indurated. Pain out of proportion. 
?calciphylaxis given HD + necrotic eschar - wound MD to consider bx.
L hip incision healed.
Braden 11. Air mattress in place, turning q2h, wedge positioning.
"""),
("2020-09-01", "Wound Care Physician Note", """
Wound physician
Bx R buttock wound edge 8/25: epidermal necrosis and pressure-type dermal changes, NO vascular calcification (von Kossa neg), no thrombi in small vessels.
Calciphylaxis ruled out. Dx: unstageable pressure injury R ischial buttock.
Plan: enzymatic debridement (collagenase), offloading, nutrition.
"""),
("2020-09-29", "Physician Monthly Visit", """
Attending monthly - Dr. F. Quaranta
74M LTC, ESRD, dialysis Tues/Thurs/Sat thru L brachiocephalic AVF, s/p L hip ORIF, nonambulatory.
R ischial PI: after collagenase the eschar lifted, now full thickness w/ 60% beefy granulation, 40% adherent yellow tissue, 4.8x3.6x1.1cm, tunneling none. Restaged stage 4 pressure injury.
We had worried about calciphylaxis in August - biopsy excluded it (no vessel calcification, no thrombi), so this is managed as a pressure wound.
Wt 61 kg, BMI 21.4. Albumin 2.9 - add protein supplement. No anticoagulation (DVT ppx finished after ortho f/u).
Plan: NPWT discussed - wound MD to decide; strict offloading off R side, 30 degree tilt, Roho cushion in chair limited to 1 h.
"""),
]}

X19 = {"patient_id": "X19", "age": 77, "sex": "F", "notes": [
("2024-03-05", "Nursing Admission Assessment", """
Admission skin check - Glenwood Assisted & Skilled, short stay after cellulitis R leg
77F. CKD 3a, eGFR 52 - has never dialyzed. Type 2 diabetic, takes metformin (dose reduced for kidneys), no insulin. Recurrent DVT on warfarin. Obese, BMI 33.0.
Norton 14 - at risk.
Venous stasis ulcer R medial ankle 3.5x2.2cm, shallow; bed beefy red gran 80% w/ 20% yellowish slough; mod serous exudate. Brown hemosiderin discoloration of both shins, lipodermatosclerosis L>R.
Family hx: her brother died of calciphylaxis while on dialysis - she is anxious it could be "the same thing" and asked the nurse twice.
Sacrum intact; heels intact, float at night.
Plan: multilayer compression per wound clinic orders, leg elevation when sitting, skin checks w/ each wrap change.
"""),
("2024-04-02", "Physician Monthly Visit", """
Monthly physician visit
R medial ankle venous ulcer smaller (2.6x1.8cm), healthy granulation, edges advancing. This looks like a typical venous ulcer; no retiform purpura, no necrosis, pain modest - calciphylaxis not a consideration here. Reassured her about her brother's illness; her kidneys are only mildly reduced and she has never needed dialysis.
Warfarin - INR 2.5, continue. Metformin 500 mg BID. Wt down slightly, BMI 32.7.
Cont compression, d/c planning w/ home health.
"""),
]}

X20 = {"patient_id": "X20", "age": 66, "sex": "M", "notes": [
("2019-01-15", "Nephrology Care Plan", """
FACILITY DIALYSIS CARE PLAN - quarterly risk review (renal RN + nephrologist)
66 yo man, ESRD, dialyzes Mon-Wed-Fri 2nd shift. Insulin-requiring DM2 (glargine at HS). AF - on apixaban. Overweight, BMI 29.8.
Phos 6.9, PTH 890, Ca 9.6.
Problem: High risk of calciphylaxis r/t hyperphosphatemia, secondary HPT, diabetes.
Goals: phos <5.5 by next review; skin remains intact.
Interventions (preventive):
 - avoid warfarin for AF; stay on apixaban
 - keep heating pads and ice packs off his skin
 - rotate insulin sites (abd/thighs/arms) per site map
 - CNAs tell charge RN about any tender new spot / purple patch
Skin intact today on full check.
"""),
("2019-02-12", "Weekly Skin Check", """
Weekly skin check - Rm 33
L forearm: skin tear from the bedside table edge on 2/10, STAR 1a, 2.0x0.8cm, flap approximated, contact layer + rolled gauze (no tape).
Perineum/inner buttocks: MASD - moisture-related redness w/ patchy superficial loss, from incontinence of loose stools. Zinc barrier, check q2h.
Otherwise intact. No painful purple areas; nothing suggestive of calciphylaxis.
"""),
("2019-03-12", "Physician Monthly Visit", """
Monthly visit. Forearm skin tear healed. MASD improving with barrier cream and stool now formed. No skin lesions concerning for calciphylaxis. Continue apixaban, increase sevelamer, cinacalcet start per renal.
Weight stable; BMI 29.8 = overweight (below obese range).
"""),
]}

PATIENTS = [X15, X16, X17, X18, X19, X20]
