"""probe111 corpus notes, X15-X20 (vascular surgery and interventional radiology; all invented)."""

X15 = {"patient_id": "X15", "age": 59, "sex": "F", "notes": [
("2022-06-14", "Vascular Surgery Consult", """
Vasc surg e-consult -> seen in person
59F, HD TTS (R IJ cath), T2DM on insulin -- she injects her Humalog + Basaglar into the R lower abdomen "always the right side, my left side's got the scar from my gallbladder". BMI 34.1.
Painful firm nodule R lower abdomen x 2 weeks, purplish, tiny dark dot in middle.
Exam: RLQ 2.5 cm indurated tender nodule, violaceous, 3 mm central crust; background lipohypertrophy at injection area.
A: differential: calciphylaxis at insulin site vs fat necrosis / lipohypertrophy/needle trauma vs early abscess. Not diagnosable clinically.
P: US soft tissue; derm bx.
"""),
("2022-06-28", "Procedure Note Punch Biopsy", """
Punch bx, RLQ nodule, 4 mm x1.
Lido 1%, tolerated. Specimen superficial -- fat scant.
Path later: "dermis with mild perivascular inflammation; subcutis not sampled; no calcification identified; nondiagnostic".
"""),
("2022-07-19", "Vascular Surgery Follow-up", """
F/u RLQ nodule
Bx nondiagnostic. Nodule slightly smaller, crust off, still tender. Possible early calciphylaxis remains on the list but we cannot confirm; deep incisional bx offered, pt declined ("let's just watch it").
Advised: move insulin to L side / thighs.
BMI 34.1.
Plan: recheck 6 wk; will rebiopsy if enlarges or necroses.
"""),
]}

X16 = {"patient_id": "X16", "age": 74, "sex": "M", "notes": [
("2018-05-02", "Vascular Surgery Inpatient Consult", """
Vascular consult
74M with ESRD, not yet on dialysis (declined HD so far, conservative mgmt), AF on warfarin (INR 4.2 on admit), no DM, BMI 25.3.
Painful purple/black patches on the L inner thigh noted 3 days ago.
Exam: L medial thigh 10 x 6 cm retiform purpura, central hemorrhagic bullae, early necrosis. No trauma to that area reported.
A: calciphylaxis vs warfarin skin necrosis, both plausible. Protein C pending.
P: hold warfarin, vit K per medicine; request bx.
"""),
("2018-05-08", "IR Procedure Note", """
IR: US-guided LIJ tunneled HD catheter -- CANCELLED at bedside; pt reconsidered and again declines dialysis. No procedure performed.
Note: L thigh lesion with dressing, reviewed w/ primary team - bx still not done as pt declining.
"""),
("2018-05-15", "Vascular Surgery Progress Note", """
VS f/u
Thigh lesion: stable, eschar forming. Pt declined biopsy definitively. Dx remains uncertain -- calciphylaxis vs warfarin necrosis, favor neither over the other. Goals-of-care: comfort focus; transferring to hospice house 5/16.
Vasc signing off.
"""),
]}

X17 = {"patient_id": "X17", "age": 68, "sex": "F", "notes": [
("2023-11-06", "IR Procedure Note", """
IR PROCEDURE: R AT/DP angioplasty (CLTI, rest pain)
Access: R CFA antegrade 5 Fr. Contrast 30 mL (HD tomorrow).
AT 2.5 mm balloon, DP 2 mm. Improved pedal arch filling.
Pt: 68F, ESRD (HD), DM2 insulin, BMI 32.0, obese, no anticoag besides ASA/clopidogrel.
"""),
("2023-11-27", "Vascular Clinic Post-intervention", """
Post PTA visit
R 2nd and 3rd toe tips now dusky with small dry black caps, very painful, appeared ~1 wk ago. Mottled lacy purple on the R forefoot dorsum.
Ddx: distal embolization post PTA vs progression of small vessel disease vs calciphylaxis; CUA not excludable w/ ESRD and phos 7.8.
TBI R 0.22.
Plan: no bx on ischemic toes (will not heal). Optimize, nephro re phos.
"""),
("2024-01-08", "Vascular Clinic Follow-up", """
R toes: black caps demarcated, forefoot mottling faded. Still unclear whether this was embolic/ischemic or calciphylaxis; no tissue will be obtained. Possible CUA not proven.
Plan: observe for autoamputation vs minor amp. BMI 32.0.
"""),
]}

X18 = {"patient_id": "X18", "age": 72, "sex": "M", "notes": [
("2021-09-13", "IR Procedure Note", """
IR: diagnostic aortogram + BLE runoff (bilateral claudication)
Access L CFA. Heavy atheroma in infrarenal aorta, shaggy. Iliac stents patent. Closure Perclose.
Pt: 72M, ESRD HD MWF, T2DM managed on glipizide alone (insulin never). BMI = 27.0; warfarin: none.
"""),
("2021-09-30", "Vascular Surgery Consult", """
Vasc consult: new lacy purplish mottling over both feet + soles, and painful blue toes, started ~10 days after angio.
HPI as above. Pt says "my feet look like a map".
Exam: bilateral livedo reticularis of plantar feet and toes, few small dark ulcers on tips. Pulses palpable at DP bilat.
Eos 9%, Cr up.
A: ?CUA vs atheroembolic (cholesterol emboli) post-aortic manipulation -- leaning embolic.
P: skin bx of livedo edge.
"""),
("2021-10-14", "Vascular Surgery Follow-up", """
Bx (10/4): biconvex cholesterol clefts in dermal arterioles; VK negative for calcium. Dx atheroembolism (cholesterol emboli); calciphylaxis is ruled out.
High-intensity statin, wound care to toe ulcers.
BMI 27.0.
"""),
]}

X19 = {"patient_id": "X19", "age": 57, "sex": "M", "notes": [
("2025-08-19", "Vascular Surgery New Patient", """
New pt -- claudication L calf at 2 blocks
57M, DM1 on insulin pump, obesity (BMI 31.5), kidneys fine (eGFR 78, no CKD). No warfarin.
Family hx: older sister on dialysis died of calciphylaxis 2020 -- he is frightened of "that skin disease". Reassured; his renal fxn is normal.
Exam: L DP/PT weak, skin intact both legs, no ulcers, no livedo.
ABI L 0.71, R 0.98.
Plan: supervised exercise, cilostazol, statin; CTA if lifestyle-limiting.
"""),
("2025-11-18", "Vascular Clinic Follow-up", """
f/u L claudication
Walking 5 blocks now. Skin of legs and feet intact, no wounds, pump site at abdomen unremarkable.
BMI 31.5.
Continue exercise therapy. No angio.
"""),
]}

X20 = {"patient_id": "X20", "age": 61, "sex": "F", "notes": [
("2020-02-11", "Vascular Access Clinic", """
DIALYSIS ACCESS CLINIC (vasc surg)
61F, ESRD; HD since December by a R IJ TDC, for L radiocephalic AVF planning. Not diabetic. BMI 28.9.
Vein mapping: L cephalic 3.1 mm at wrist, adequate.
Cardiology consider anticoag for new AF -- she asked about warfarin and "that calcium skin thing"; I explained warfarin may raise calciphylaxis risk in dialysis patients and that a DOAC might be chosen. No skin lesions at present.
Plan: L RC AVF 2/25.
"""),
("2020-03-10", "Vascular Surgery Post-op", """
2 wk post L RC AVF
Incision healed, thrill +. Skin elsewhere intact.
Anticoag: apixaban started by cardiology, warfarin never started.
BMI 28.9. RTC 4 wk for maturation US.
"""),
]}

PATIENTS = [X15, X16, X17, X18, X19, X20]
