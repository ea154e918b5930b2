"""probe6 notes, patients Y15-Y20 (written for this corpus)."""

PATIENTS = [
    {"patient_id": "Y15", "age": 69, "sex": "M", "notes": [
        ("2022-12-02", "Nephrology Clinic", """
69M, ESRD on HD TTS x 4 yrs, DM2 on insulin (injects into abdomen), BMI 30.4. Not on warfarin.
Bilat knee OA: for 2+ years he has put ice bags over both knees most evenings watching TV.
New: painful firm areas on the inside of both thighs, a handbreadth above each knee, noticed ~3 wks ago. Knees themselves: skin normal, no purpura, no ulcer.
Exam: medial distal thighs b/l, 5-6 cm indurated plaques with livedo; L has a 1 cm eschar.
A/P: possible calciphylaxis - derm for bx. Continue ice to knees for now per pt preference.
"""),
        ("2022-12-09", "Dermatology Clinic Note", """
Bx of L medial thigh plaque (done 12/5): calciphylaxis. Discussed with pt: lesions sit on the medial thighs above the knees, not on the knees where he uses the ice bags; abdomen (insulin sites) clear. Start STS. Pt told he may keep icing the knees but never the thighs.
"""),
    ]},
    {"patient_id": "Y16", "age": 63, "sex": "F", "notes": [
        ("2019-08-14", "Dialysis Rounds", """
63F, HD MWF, no DM, BMI 24. Gets monthly cyanocobalamin 1000 mcg IM high on the outer L buttock from the unit nurse since 2016.
New tender firm nodule L upper outer buttock ~2 cm, faint violaceous hue, first felt it "a couple weeks back". No ulcer.
Ddx injection-site panniculitis vs early calciphylaxis. Favor early CUA given Ca x P 78. Offered bx.
"""),
        ("2019-08-21", "Dialysis Rounds", """
L buttock nodule unchanged, no ulceration. Pt declines biopsy; goals of care discussion - she has chosen to stop dialysis and enroll in hospice. Dx remains uncertain: cannot exclude calciphylaxis. B12 injections stopped.
"""),
    ]},
    {"patient_id": "Y17", "age": 71, "sex": "M", "notes": [
        ("2020-09-22", "Inpatient Dermatology Consult", """
71M; dialysis Mon/Wed/Fri for ESRD; DM2 needing insulin, on warfarin for LV thrombus (held for cath, enoxaparin bridge into the abdomen), BMI 27.
s/p L heart cath through the R femoral artery on September 9th. Since about 9/15 painful purple mottling of R calf and R foot with blue toes.
Exam: R calf and dorsum of R foot: retiform purpura and livedo racemosa, cool 3rd-5th toes. Abdomen: small enoxaparin bruises, no plaques.
Impression: concern for calciphylaxis vs cholesterol emboli. Punch bx R calf.
"""),
        ("2020-09-26", "Dermatopathology", """
SKIN, RIGHT CALF, PUNCH: Arterioles occluded by biconvex cholesterol clefts with giant-cell reaction. von Kossa stain: NO calcium in vessel walls. Diagnosis: cholesterol embolization. Calciphylaxis not identified.
"""),
        ("2020-09-28", "Dictated Discharge Summary - Transcription", """
DISCHARGE SUMMARY

ADMITTED: 09/08/2020
DISCHARGED: 09/28/2020

PRINCIPAL DIAGNOSIS: Cholesterol embolization syndrome involving the right lower extremity.

SECONDARY DIAGNOSES: Left ventricular thrombus. Kidney failure, dialysis dependent (hemodialysis). Coronary artery disease. Insulin-treated type 2 diabetes.

HOSPITAL COURSE: The patient came in on the eighth of September with chest pressure on exertion. The next day a left heart catheterization was done, access via the right femoral artery; it showed a chronic total occlusion of the right coronary artery managed medically. Warfarin was held for the procedure and he was bridged with subcutaneous enoxaparin. Roughly six days after the catheterization he began to complain of burning pain in the right calf and foot, and the skin there became mottled and dusky. Because of his dialysis dependence, dermatology raised the question of calciphylaxis and took a punch biopsy of the right calf. The biopsy showed cholesterol clefts within arterioles and no vascular calcium, so calciphylaxis was excluded and the picture was attributed to atheroembolic disease from the catheterization. His toes remained viable. Pain improved with gabapentin dosed for dialysis and acetaminophen. Dialysis continued on his usual Monday, Wednesday, Friday schedule without incident.

DISCHARGE MEDICATIONS: Warfarin resumed at the prior dose with an INR goal of 2 to 3, atorvastatin 80 mg, insulin glargine 18 units nightly, sevelamer with meals, gabapentin 100 mg after dialysis.

FOLLOW-UP: Vascular surgery in two weeks, nephrology at his dialysis unit, dermatology for a wound check of the biopsy site.
"""),
    ]},
    {"patient_id": "Y18", "age": 80, "sex": "F", "notes": [
        ("2023-03-06", "Home Health Nursing Visit", """
SN visit. 80 yo F, HD MWF, CHF. BMI 32.8.
Wound: L medial malleolus venous stasis ulcer 2.5cm x 2.0cm, beefy red granulation tissue; drainage moderate, serous; brown hemosiderin discoloration both lower legs. Skin tear from tape on L dorsum of foot, 1 cm, from last week's dressing.
Skin: no purpura, no livedo, no eschar. No evidence of calciphylaxis.
Dressing: hydrofiber, 2-layer compression wrap LLE. Switched to paper tape.
"""),
        ("2023-03-13", "Home Health Nursing Visit", """
SN visit. 80 yo F, HD MWF, CHF. BMI 32.8.
Wound: L medial malleolus venous stasis ulcer 2.2cm x 1.8cm, granulating, less drainage, hemosiderin staining both lower legs. Tape skin tear L dorsum of foot healing.
Skin: no purpura, no livedo, no eschar. No evidence of calciphylaxis.
Dressing: hydrofiber, 2-layer compression wrap L leg.
(note copied forward from 3/6 and updated)
"""),
        ("2023-03-20", "Vascular Surgery Clinic", """
L medial malleolar ulcer, classic venous stasis, ABI 0.95. Improving with compression. Not calciphylaxis. No diabetes. Not on anticoagulation.
"""),
    ]},
    {"patient_id": "Y19", "age": 52, "sex": "M", "notes": [
        ("2021-01-08", "Urgent Care Note", """
52M on CAPD, DM1 on insulin, BMI 29.0, c/o blisters on his L low back after falling asleep on a heating pad set on high 2 nights ago.
FHx: mother had calciphylaxis on dialysis.
Exam: L lumbar area: mottled reticulated brown erythema (erythema ab igne) with two 2 cm intact bullae on a red base. No eschar, no purpura, no necrosis.
Dx: superficial partial thickness burn on background of erythema ab igne. Not calciphylaxis. Silver sulfadiazine, stop heating pad.
"""),
        ("2021-01-20", "PD Clinic", """
Burn blisters L low back healing well, re-epithelializing. Pt worried about calciphylaxis because of his mother - reviewed; no signs of it. No warfarin.
"""),
    ]},
    {"patient_id": "Y20", "age": 76, "sex": "F", "notes": [
        ("2025-02-10", "Emergency Department Note", """
76F; dialysis Tu/Th/Sa for ESRD; uses insulin for DM2; warfarin for AF; BMI 31.2, brought in after a fall at home this morning; her R shin hit the bed frame as she went down.
Exam: R shin 6 cm ecchymosis, 1 cm superficial abrasion, no laceration. No skin necrosis, no purpura elsewhere.
Imaging: no fracture.
Dispo: home, wound care, PT for fall risk.
"""),
        ("2025-02-24", "Dialysis Rounds", """
HD TTS. R shin bruise from the 2/10 fall fading; abrasion healed.
Sacrum: stage 2 pressure injury 1.5 cm from prolonged sitting, pink base, no eschar.
Counseled again: given warfarin, ESRD and high phos she is at risk of calciphylaxis; she should not use ice or heating pads, should rotate insulin injection sites, report any new very painful skin spot. No such lesion today.
"""),
        ("2025-03-10", "Dialysis Rounds", """
HD TTS. Sacral pressure injury healing. R shin normal. Influenza vaccine given IM in the L deltoid by unit RN. No new skin lesions. Phos 6.1 - sevelamer increased.
"""),
    ]},
]
