"""probe10 corpus notes, G15-G20 (all invented)."""

G15 = {"patient_id": "G15", "age": 72, "sex": "M", "notes": [
("2016-09-12", "Hospitalist Progress Note", """
PROGRESS NOTE HD#6
S: pt c/o painful bruises on belly. Poor PO intake.
O: T 36.9 HR 88 BP 102/60. Abd: periumbilical + LLQ multiple 1-2 cm purple indurated areas at the heparin SQ sites (heparin 5000 u q8h since admission 9/7), two with dusky centers.
Labs: Plt 182 (stable), Ca 9.2, Phos 6.8
A/P:
# ESRD - HD schedule per nephrology team
# DM2: glargine 10 u qhs
# Abd wall lesions at heparin inj sites - HIT unlikely (plt stable); ?calciphylaxis vs heparin-induced skin necrosis. Switch DVT ppx to SCDs. Derm c/s.
"""),
("2016-09-14", "Dermatology Consult", """
Derm
Reason: abd wall purpura/necrosis at heparin sites
Exam: periumbilical and L lower abd, several retiform purpuric indurated plaques 1-3 cm, central necrosis in 2. Thighs/buttocks clear.
Imp: favor early calciphylaxis localizing to injection sites; heparin necrosis also possible. Recommend punch bx to confirm.
"""),
("2016-09-16", "Discharge Summary", """
DISCHARGE SUMMARY
Admitted 9/7 w/ HCAP, complicated by painful abdominal wall lesions at heparin injection sites.
Derm suspected calciphylaxis; after goals-of-care discussion pt and family declined bx and further HD and chose home hospice. Dx never confirmed.
D/C dx: HCAP; ESRD (HD withdrawn); DM2 on insulin; abdominal wall skin necrosis - possible calciphylaxis vs heparin necrosis.
BMI 27.9. No warfarin.
Comfort meds per hospice.
"""),
]}

G16 = {"patient_id": "G16", "age": 45, "sex": "F", "notes": [
("2021-12-01", "Nephrology PD Clinic", """
PD CLINIC
45F, DM1 since childhood -> diabetic kidney disease -> CCPD; insulin pen (glargine, lispro), BMI 30.1.
New: tender lump L outer thigh where she does most of her lispro shots, noticed ~10 days ago.
Exam: L lateral thigh 1.5 cm firm subQ nodule, slight pink-violet hue, no ulcer. Other injection areas soft.
PTH 540, PO4 6.1, Ca 9.6
A/P: r/o calciphylaxis vs lipohypertrophy/fat necrosis. US soft tissue. Derm referral. Rotate away from L thigh.
"""),
("2022-01-05", "Patient Portal Message", """
hello, the lump on my leg is still there and still sore but its not bigger, no open sore. the ultrasound people said it looked like inflamed fat? do I still need the skin dr, I really dont want them cutting on me. thanks Marisol
"""),
("2022-01-10", "Dermatology Clinic Note", """
DERM
L lateral thigh nodule at insulin injection site, ESRD on PD.
US 12/9: ill-defined hyperechoic subQ fat, no collection, no vascular calcification seen.
Exam: 1.5 cm firm tender subQ nodule, faint livedo at margin, no necrosis.
Imp: lipodystrophy/fat necrosis vs early calciphylaxis - cannot exclude CUA clinically.
Discussed punch bx; pt declines at this time. Will re-check 6 wks, sooner if ulcer or eschar.
"""),
]}

G17 = {"patient_id": "G17", "age": 80, "sex": "M", "notes": [
("2019-03-18", "Emergency Department Note", """
ED NOTE
80M, ESRD - dialysis Tue/Thu/Sat; AF, takes warfarin; BPH. Not diabetic.
Fell in bathroom 3/10, hit L shin on the tub edge. Since then, spreading purple lacy disoloration L lower leg and a shallow painful ulcer mid-shin.
PE: L shin shallow painful ulcer ~2 by 1.5 cm, dusky edge, livedo reticularis L calf/shin, 1+ edema b/l. INR 3.4. BMI 25.5.
Plain films of the L leg: no fracture; vascular calcification.
Imp: L shin ulcer after fall - traumatic ulcer w/ stasis vs early calciphylaxis vs warfarin necrosis, cannot exclude.
Plan: local wound care, INR recheck, outpt derm and wound clinic within 1 wk. Return precautions.
"""),
("2019-03-21", "Telephone Encounter", """
Call to pateint's daughter: pt missed derm appt today. Daughter reports ulcer "looks about the same". Pt moving to her home in another state next week, will establish care there; records faxed. No bx done. Advised keep leg elevated.
"""),
]}

G18 = {"patient_id": "G18", "age": 64, "sex": "F", "notes": [
("2017-06-06", "Nephrology Inpatient Consult", """
RENAL CONSULT
64F, HD MWF, DM2 controlled on pills (never insulin), obese BMI 31.0, new DVT 5/30 started on warfarin 6/1 without heparin overlap.
Now painful dark patches both thighs x 2 days.
Exam: b/l anterior thighs, large irregular purple-black plaques, some topped by blood blisters. INR 3.9.
Imp: concern for calciphylaxis; coumadin necrosis also fits the timing (no bridge).
Plan: stop warfarin, heparin gtt, vitamin K, protein C level, derm for bx.
"""),
("2017-06-09", "Surgical Pathology", """
SKIN, RIGHT THIGH, PUNCH:
- FULL THICKNESS EPIDERMAL NECROSIS WITH DERMAL HEMORRHAGE
- MANY SMALL VENULES OCCLUDED, FIBRIN ONLY
- VK STAIN: NO CALCIUM IN VESSELS OR TISSUE
- NO VASCULITIS
COMMENT: With the recent start of coumadin this pattern best fits coumarin necrosis. Calciphylaxis is not supported.
"""),
("2017-06-14", "Discharge Summary", """
DISCHARGE SUMMARY
Final dx: coumadin necrosis of both thighs (protein C 42%). Calciphylaxis ruled out on bx.
DVT L popliteal: now on apixaban 2.5 twice daily; warfarin allergy/intolerance added.
ESRD/HD MWF. DM2 - linagliptin.
Thigh wounds: surgery f/u for possible debridement; daily dressings.
"""),
]}

G19 = {"patient_id": "G19", "age": 57, "sex": "M", "notes": [
("2023-05-02", "Dialysis Monthly Progress Note", """
MONTHLY HD NOTE - May
Problems: diabetic ESRD - HD MWF, L brachiocephalic fistula | DM2, insulin | HTN | CAD, stent 2019
Rx: 240 min, BFR 400, EDW 84 kg, BMI 28.5
Labs: Hgb 10.4  Kt/V 1.5  Ca 9.3  Phos 6.4  PTH 690  Alb 3.8
Skin: intact. No wounds. No signs of calciphylaxis.
Bone-min: PTH up, phos up. Counselled on calciphylaxis risk (his brother on HD had it) - rotate insulin injection sites, no heating pads on skin.
Meds: glargine 30 u SQ qhs, sevelamer 2400 mg w/ meals, cinacalcet 30 mg PO qd, ASA 81, atorva 40.
Plan: incr cinacalcet to 60 mg.
"""),
("2023-06-06", "Dialysis Monthly Progress Note", """
MONTHLY HD NOTE - June
Problems: diabetic ESRD - HD MWF, L brachiocephalic fistula | DM2, insulin | HTN | CAD, stent 2019
Rx: 240 min, BFR 400, EDW 84 kg, BMI 28.5
Labs: Hgb 10.8  Kt/V 1.5  PO4 5.6  Ca 9.1  PTH 540  Alb 3.9
Skin: intact. No wounds. No signs of calciphylaxis.
Bone-min: improving on cinacalcet 60. Reinforced phos diet.
Meds: glargine 30 u SQ qhs, sevelamer 2400 mg w/ meals, cinacalcet 60 mg PO qd, ASA 81, atorva 40.
Plan: no changes.
"""),
("2023-07-11", "Patient Portal Message", """
Pt msg: "my sugars are running 250s in the morning, should I go up on the lantus? also theres a little lumpy spot on my belly where I always do my shots but it doesnt hurt." RN reply: likely lipohypertrophy - please start using other spots (thighs, back of arms), increase glargine to 32 u, and the unit doctor will check the spot Thursday.
"""),
]}

G20 = {"patient_id": "G20", "age": 83, "sex": "F", "notes": [
("2025-06-10", "Wound Care Nursing Flowsheet", """
WOUND ASSESSMENT - multiple
#1 Sacrococcygeal: PI stage 3, 4 x 3 x 0.5 cm, red granulation, small slough, no tunneling. Onset 5/2025 while bedbound.
#2 L lower leg, medial gaiter: venous stasis ulcer, 5 x 4 cm, shallow, moderate serous drainage, hemosiderin staining.
#3 R lower leg, medial gaiter: venous stasis ulcer, 3 x 2 cm, shallow.
#4 L great toe, plantar: neuropathic/diabetic ulcer, 1 x 1 cm, callus rim.
Reposition every 2 h, alternating-pressure surface, heels floated, compression wraps to BLE per order.
"""),
("2025-06-12", "Hospitalist Progress Note", """
PROGRESS NOTE
83F dialyzing TTS for ESRD, insulin-treated DM2, frail, malnutrition (BMI 18.9, alb 2.4).
Nephrology asked whether leg wounds could be calciphylaxis: wounds are shallow, non-necrotic, non-painful, in gaiter distribution w/ stasis changes - not calciphylaxis in my view. Retiform purpura absent, eschar absent.
Sacral PI: stage 3, improving. Toe ulcer: podiatry following, XR no osteo.
Meds: insulin glargine 6 u qhs, renvela 800 mg TID, midodrine 10 mg pre-HD.
Plan: cont wound care, nutrition c/s, SNF placement.
"""),
("2025-06-20", "Discharge Summary to SNF", """
DISCHARGE SUMMARY
Dx: stage 3 sacral pressure injury; b/l venous stasis ulcers; L great toe diabetic ulcer; ESRD, HD; DM2 (insulin); severe protein-calorie malnutrition. Calciphylaxis considered and excluded clinically (see 6/12).
No anticoagulants. HD at SNF-affiliated unit TTS.
Wound orders per WOC flowsheet.
"""),
]}

PATIENTS = [G15, G16, G17, G18, G19, G20]
