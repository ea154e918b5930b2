"""probe21 corpus notes, F15-F20 (emergency department and urgent care; all invented)."""

F15 = {"patient_id": "F15", "age": 45, "sex": "M", "notes": [
("2021-11-08", "ED Physician Note", """
ED PROVIDER NOTE
45 yo M, DM1 since age 9 (insulin pen, "mostly my left thigh, it's quick"), ESRD on HD MWF, HTN, depression. C/o 2 wks of painful black scab on front of L thigh. No fever.
Exam: L anterior thigh: black eschar 3x2cm ringed by violaceous induration and faint lacy purpura; lipohypertrophy nearby from injections. R thigh normal.
Labs: Phos 8.2, PTH 1050.
MDM: concern for calciphylaxis at insulin injection site vs infected injection site / fat necrosis. Recommend admit for derm bx + wound eval.
Pt declined admission ("I have to work"), left AMA after discussion of risks incl. loss of limb/death from infection. Capacity intact. Rx doxycycline, told to inject R side/abd instead and come back anytime.
BMI 26.0
"""),
("2021-12-01", "ED Revisit Note", """
ED NOTE
45M here for L thigh pain. Missed derm appt. Eschar now 4x3 cm, no pus. Still "possible calciphylaxis" - pt again refuses biopsy, worried about another wound. Renal aware, moved him to 4 hr HD runs and non-calcium binder.
Plan: pain control, derm referral re-sent, ED/return if fever.
"""),
("2022-01-10", "Urgent Care Visit", """
UC NOTE 1/10/22
CC: cough, congestion x3d
45M ESRD/HD, DM1 on insulin. Also has a L thigh wound that "they thought might be calciphylaxis" - never biopsied, slowly scabbing over, follows w/ PCP.
Temp 37.8, pulse 92, sat 97%. Lungs clear. Rapid COVID neg, flu neg.
A: viral URI. P: supportive care, return if SOB.
"""),
]}

F16 = {"patient_id": "F16", "age": 83, "sex": "F", "notes": [
("2018-09-21", "Urgent Care Visit", """
Urgent Care
83F, thin and frail, here w/ daughter. 9/9: caught her R shin, car door, while climbing out at church. Small cut, then turned into a dark painful sore.
PMH: CKD 4 - no dialysis; AF anticoagulated w/ warfarin; HTN; hypothyroidism. Nondiabetic.
VS 104/60, 72 irreg, 36.4, 96%.
R anterior shin: shallow ulcer 2.5x2cm, dark eschar, purplish rim. Pedal pulses weak.
A: traumatic shin wound, slow healing. P: wound care, f/u PCP, INR check.
"""),
("2018-10-10", "ED Physician Note", """
ED ATTENDING NOTE
83 y/o F sent by PCP for enlarging R shin ulcer after minor trauma (car door 9/9). CKD 4, warfarin for afib (today INR 3.6).
Exam: R shin: 4x3 cm necrotic ulcer, livedoid violaceous margin, very painful. Diminished DP/PT pulses.
MDM: differential: ?calciphylaxis, warfarin-induced skin necrosis, or arterial insufficiency ulcer. ABI ordered, vascular + derm referral. Pt/daughter prefer no bx today.
Dispo: home w/ wound care, close f/u.
"""),
("2018-11-15", "ED Revisit Note", """
ED NOTE
83F back w/ R shin ulcer pain. ABI R 0.6. Derm saw 10/24, "? calciphylaxis, cannot exclude arterial ulcer," offered bx - pt declined. Vascular planning angiogram.
Exam: ulcer unchanged 4x3 cm.
A: R shin ulcer, etiology still unclear (arterial vs ?calciphylaxis).
Plan: pain control, keep vascular appt. Return if fever or spreading redness.
"""),
]}

F17 = {"patient_id": "F17", "age": 61, "sex": "M", "notes": [
("2025-03-17", "ED Physician Note", """
ED PROVIDER NOTE
61 yo M ESRD on PD (APD nightly), DM2 on insulin (injects thighs), HTN, CAD, obesity (BMI 29.6). P/w 10 d of exquisitely tender lumps under the skin of the lower abdominal wall, L > R. No redness at PD exit site, effluent clear.
Exam: lower abdomen: 3 firm SC nodules 1-2 cm, overlying faint violaceous mottling, no ulceration, no necrosis.
MDM: r/o early calciphylaxis vs panniculitis vs PD-related infection. Effluent cell count nl. Derm bx arranged.
Dispo: home, derm 3/19.
"""),
("2025-04-02", "ED Revisit Note", """
ED NOTE
61M returns w/ abd wall pain. Derm punch bx 3/19: nondiagnostic (mild septal panniculitis, no calcification seen; sample may not be deep enough). Derm recommends excisional bx; pt undecided.
Exam: nodules unchanged, no ulcer.
Plan: pain mgmt. Derm f/u.
"""),
("2025-04-29", "ED Physician Note", """
ED NOTE
61M w/ ESRD/PD, failing health, brought by wife after decline. Abd wall nodules still present - calciphylaxis never confirmed or excluded (bx nondiagnostic, declined repeat). Pt and family choose hospice; PD to stop.
Dispo: home hospice.
"""),
]}

F18 = {"patient_id": "F18", "age": 67, "sex": "F", "notes": [
("2022-06-03", "ED Physician Note", """
ED ATTENDING NOTE
67F. ESRD/HD (MWF). Insulin-treated DM2. CAD; underwent cardiac cath, R femoral approach, 5/20/22. Now w/ painful purple feet and lacy discoloration both legs x ~1 wk, two dark toe tips.
Meds: apixaban, insulin, sevelamer.
Exam: bilat lower legs: livedo reticularis; L 2nd and R 3rd toes w/ dusky purple tips, small black eschar on L 2nd toe. Pedal pulses palp.
Labs: eos 9%, low C3.
MDM: atheroemboli after the cath favored, ?calciphylaxis also on the list. Derm bx requested.
BMI 28.4
Dispo: admit.
"""),
("2022-06-20", "ED Revisit Note", """
ED NOTE
67F back w/ toe pain. Skin bx (6/4) showed cholesterol clefts in dermal arterioles, no vascular calcification - calciphylaxis ruled out, dx atheroembolic disease. L 2nd toe eschar dry.
Plan: pain mgmt, statin, podiatry. Return for fever/spread.
"""),
("2022-08-01", "Urgent Care Visit", """
UC NOTE
67F HD pt, cholesterol emboli dx in June, here for UTI symptoms. Toes healing.
UA: nitrite +. Rx cephalexin renal dosed.
Wt 74 kg BMI 28.1
"""),
]}

F19 = {"patient_id": "F19", "age": 38, "sex": "M", "notes": [
("2023-07-04", "ED Physician Note", """
ED NOTE 7/4/23
38M bitten on R hand by neighbor's dog at a BBQ 2 hrs ago. Dog vaccinated per owner.
PMH: CKD 3b w/ eGFR 38 (no dialysis); DM2 - metformin, HTN, obesity BMI 31.5. Brother (age 44) had calciphylaxis on dialysis - pt anxious that he'll get it.
Exam: R dorsal hand: two 1 cm puncture wounds, no tendon involvement, full ROM.
XR: no FB/fx.
P: irrigation, no closure, Augmentin x5d, tetanus UTD. Reassured. Return for redness, swelling, fever.
"""),
("2023-07-07", "Urgent Care Visit", """
UC wound check
38M R hand dog bite 3d ago, on Augmentin. Mild erythema around punctures improving, no streaking.
Family hx: brother w/ calciphylaxis. Pt w/o any skin lesions of that kind.
P: finish abx. PRN.
"""),
]}

F20 = {"patient_id": "F20", "age": 58, "sex": "F", "notes": [
("2019-02-18", "ED Physician Note", """
ED ATTENDING NOTE
58F, ESRD, HD M/W/F; skipped Fri + today's runs (car trouble). Weak, K 6.9, peaked T waves.
PMH: ESRD, afib on warfarin, HTN. No DM.
Tx: Ca gluconate, insulin/D50, albuterol; emergent HD arranged.
Skin: intact, no ulcers, no livedo.
Discussed w/ pt: missing HD raises phos, which can increase risk of calciphylaxis - painful skin sores - if you get new painful dark spots, come in.
BMI 27.9
"""),
("2019-03-25", "ED Revisit Note", """
ED NOTE
58F HD pt w/ volume overload after missed session. CXR edema. Emergent HD.
Skin exam: no lesions.
Counseled again on HD adherence; avoid calcium supplements.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
