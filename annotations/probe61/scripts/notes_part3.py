"""probe61 corpus notes, J15-J20 (emergency department and urgent care; all invented)."""

J15 = {"patient_id": "J15", "age": 58, "sex": "M", "notes": [
("2021-10-04", "Urgent Care Visit", """
58 y/o M walk-in, worried about "a black spot where I do my insulin" on the R lower belly, appeared ~6 days ago, very sore.
Dialysis 3x/wk (HD), DM2 on insulin, BMI 29.9 (listed as overweight, not obese, on problem list).
No blood thinners.
O/E: RLQ abdominal wall 2.5 cm dusky nodule with 8 mm central black crust, surrounding erythema 4 cm. Afebrile.
Imp: insulin injection-site necrosis - infection vs possible calciphylaxis. Cannot manage here. To ED.
"""),
("2021-10-04", "ED Provider Note", """
58M ESRD/HD, DM2 (insulin), HLD, seen for RLQ skin necrosis at his insulin site x ~6d.
Exam: small necrotic nodule with black crust, mild cellulitic rim, no crepitus, POCUS without a drainable collection.
Labs: WBC 11.9, CRP 61, phos 6.2, Ca 9.0.
MDM: differential = early NSTI vs injection-site abscess vs calciphylaxis. Surgery: no indication for OR. Derm on call: punch bx performed, "cannot exclude calciphylaxis, cellulitis more likely clinically".
Rx: cefazolin IV, admit obs.
"""),
("2021-10-06", "ED Observation Note - AMA", """
Pt signed out AMA at 1120 before final plan; capacity intact, risks discussed incl limb/life.
Bx result came back after he left: nondiagnostic -- septal panniculitis and some fat necrosis; vessels in this sample not calcified, von Kossa neg; derm comments calciphylaxis still possible, sampling may be too superficial, recommended deeper biopsy.
Phoned pt twice, no answer; letter mailed, PCP + HD unit notified to arrange derm f/u.
Discharged on cephalexin (Rx sent).
"""),
]}

J16 = {"patient_id": "J16", "age": 67, "sex": "F", "notes": [
("2018-12-29", "ED Triage Note", """
67F, PD pt, c/o painful purple "net" over both thighs + hard lumps x 10 days. On warfarin for afib. Arrived w/ son.
BP 150/70 HR 104 irreg T 37.0 RR 18 SpO2 96
Wt 80 kg BMI 31.5
ESI 3
"""),
("2018-12-29", "ED Provider Note", """
67 yo F ESRD on CAPD, chronic AF anticoagulated with warfarin (today's INR 3.4), HTN, no diabetes, obesity.
10 days of livedo racemosa over bilateral anterior thighs with several very tender subcutaneous nodules, no ulceration yet. Thighs: never injected, never heated, never injured; PD catheter exits on the L abdomen, no skin issues there.
Labs: phos 5.9, Ca 10.0, eos nl, lipase nl.
MDM: r/o calciphylaxis (early, non-ulcerated). Ddx: atheroemboli (though no recent catheterization), warfarin necrosis (long-term user, less likely), panniculitis.
No biopsy capability tonight (no derm coverage). Transferred to University Hospital dermatology inpatient service for biopsy; accepting Dr. Haldane. Diagnosis remains unconfirmed at time of transfer.
"""),
]}

J17 = {"patient_id": "J17", "age": 72, "sex": "M", "notes": [
("2023-02-15", "Urgent Care Visit", """
72 M c/o open sore lower back. Uses a heating pad against his low back every night for chronic back pain, has for "a year or more". Wife saw a blister, then a dark scab, about 10 days ago.
PMH: CKD 4 - eGFR 19, no dialysis yet; DM2 (glargine); obesity, BMI 30.4; CHF.
Exam: L lower lumbar area: 3x2cm shallow ulcer w/ black eschar, rim of reticulated brown-red discoloration.
Plan: wound care, stop heating pad, ED if fever/spreading. Possible burn.
"""),
("2023-02-16", "ED Provider Note", """
72M CKD4 (not on HD), DM2 on insulin, presenting with a painful L low back ulcer at the spot of a heating pad he has used nightly for over a year, seen at UC yesterday.
Exam: 3x2.5cm necrotic ulcer L paralumbar, erythema ab igne pattern surrounding it. Pain disproportionate to how small it is.
Labs: Cr 3.2, Ca 9.2, phos 5.4.
Assessment: thermal burn vs calciphylaxis (non-dialysis). Would need biopsy to distinguish. Derm clinic referral Monday.
Disposition: home w/ wound care.
"""),
("2023-02-20", "ED Return Visit", """
Return for pain. Missed derm appt (transport). 
L low back ulcer unchanged, eschar stable, no cellulitis.
Discussed biopsy again -- pt declines, "not another hole in me". Our impression remains burn vs calciphylaxis, can't distinguish without tissue; doubt calciphylaxis given no dialysis but cannot exclude.
PCP + nephrology notified. Pain: acetaminophen, lidocaine patch (not on the wound).
Weight 96kg, BMI 30.4.
"""),
]}

J18 = {"patient_id": "J18", "age": 53, "sex": "F", "notes": [
("2022-07-11", "ED Triage Note", """
53F on HD (M/W/F), started warfarin 5 days ago for a new DVT (R leg). Since yesterday purple, painful blotches on both thighs. Dialysis RN worried about calciphylaxis and sent her in.
T 37.4 P 102 BP 134/78 R 18 SpO2 98%
BMI 27.8
"""),
("2022-07-11", "ED Provider Note", """
53 yo F, ESRD/HD, no DM, new R femoral DVT dx 7/6 -> enoxaparin bridge (in the abdomen) + warfarin 7.5mg qd. Since 7/10 painful dark patches on the anterior thighs.
Exam: bilateral anterior thighs: sharply demarcated purpuric patches 6-10 cm, early hemorrhagic bullae, central dusky necrosis L > R. Abdomen: small ecchymoses at enoxaparin sites, otherwise intact.
INR 5.8. Protein C activity 22% (low).
MDM: ?calciphylaxis per dialysis unit, but lesions arriving days after warfarin was begun, with low protein C, point to warfarin-induced skin necrosis. Warfarin stopped, vit K, FFP, heparin gtt. Derm bx to distinguish.
"""),
("2022-07-14", "ED Handoff Note", """
Boarding, handoff to day attending.
Derm bx (L thigh, 7/12): dermal and subcutaneous microthrombi; von Kossa stain negative and no calcified vessels. Dx: warfarin-induced skin necrosis; derm has ruled out calciphylaxis.
Heparin gtt, plan apixaban dosing per pharmacy once stable. Wound care for the thigh necrosis.
Pt + husband updated.
"""),
]}

J19 = {"patient_id": "J19", "age": 45, "sex": "M", "notes": [
("2020-07-04", "Urgent Care Visit", """
45 y/o M bitten on the L hand by neighbor's dog this afternoon at a 4th of July cookout. Dog vaccinated (owner has papers).
Healthy, no meds. Kidneys "fine as far as I know". His older brother (on HD for years) "passed from that calciphylaxis thing" in 2017; pt wonders if a dog bite could cause it.
Exam: L dorsal hand, 2 puncture wounds 0.5 cm, 1 cm superficial lac. FROM, sensation intact.
Irrigated copiously, left open. Tdap given (L deltoid). Augmentin x 5 d.
Reassured - calciphylaxis mostly affects people w kidney failure, not from bites.
BMI 27.0.
"""),
("2020-07-06", "ED Provider Note", """
45M, 2d after dog bite L hand, now spreading redness + swelling to wrist despite amox-clav (took 3 doses).
PMH none. FHx: brother w/ ESRD had calciphylaxis. No DM (A1c 5.3 in 2019).
Exam: T 38.2. L dorsal hand cellulitis tracking to wrist, no fluctuance, tendon sheath exam benign (no Kanavel signs).
Labs: Cr 0.9, WBC 14.1. XR hand: no FB, no fx.
Skin otherwise: no ulcers, no livedo, no necrosis anywhere.
Plan: IV amp-sulbactam, hand surg consult, admit obs.
"""),
("2020-07-07", "ED Obs Handoff", """
Obs day 1: erythema receding from wrist, afebrile overnight. Hand surg: no I&D needed. 
Discharge on PO amox-clav to complete 10 d.
Pt again asking about his brother's illness; explained normal kidney function, no signs of it.
"""),
]}

J20 = {"patient_id": "J20", "age": 61, "sex": "F", "notes": [
("2025-06-15", "ED Triage Note", """
EMS from home: generalized weakness, missed HD Friday + Saturday (no ride). HR 48 on monitor.
61F, DM on insulin.
BP 168/90, HR 48, RR 20, SpO2 95% RA, glucose 212.
Stat K ordered, to resus bay 2. ESI 2
"""),
("2025-06-15", "ED Provider Note", """
61 yo F. Kidney failure -- Monday/Wednesday/Friday HD, left upper-arm fistula. Type 2 DM, takes detemir insulin, obesity, missed 2 sessions.
K 7.1 w/ peaked T waves, phos 9.2, Ca 8.4.
Given Ca gluconate, insulin/D50, albuterol neb, emergent HD arranged. Repeat K 5.9 post-HD.
Skin: intact throughout - no ulceration, livedo or purpura seen, incl abdomen and thighs.
Counselling: very high phosphorus raises her risk of calciphylaxis, a serious skin disease; she should take binders with meals, keep to dialysis, and come back right away should a painful dark patch of skin ever appear. Told to keep heating pads off her skin.
"""),
("2025-06-16", "ED Handoff Note", """
Handoff AM. 61F ESRD/HD, DM2 on insulin, hyperK resolved after emergent HD, HR 78 sinus.
BMI 32.5. SW arranged transport for HD.
No skin lesions. Dispo home today after renal sign-off. Binder education done by pharmacy.
"""),
]}

PATIENTS = [J15, J16, J17, J18, J19, J20]
