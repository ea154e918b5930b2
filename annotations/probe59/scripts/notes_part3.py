"""probe59 corpus notes, F15-F20 (rheumatology and vasculitis clinics; all invented)."""

F15 = {"patient_id": "F15", "age": 54, "sex": "F", "notes": [
("2023-08-15", "APS Clinic Note", """
APS CLINIC - Dr. M. Castellanos-Reyes
54 yo F, primary APS, triple positive (LA, aCL IgG 112, anti-b2GPI IgG 95), mesenteric vein thrombosis 2017 -> lifelong warfarin. CKD 4 from APS nephropathy, eGFR 22, not yet on any RRT; access planning underway. Non-diabetic.
Interval hx: elective L THR 07/19. Warfarin held peri-op; she self-injected enoxaparin 80 mg bid into her lower belly, left side, 7/20 to 7/30 until INR therapeutic.
Since 8/5 the bruises at those injection spots have become hard, very painful and dusky, with a black centre in the largest.
Exam: LLQ: branching retiform purpura 7x5cm, central necrotic patch 1.5cm. R abdomen clean. Hip wound healed.
Ca 2.44, PO4 1.7, PTH 31 pmol/L. Platelets 212 (pre-op 240).
Differential: warfarin-induced skin necrosis vs catastrophic/cutaneous APS thrombosis vs possible calciphylaxis (non-uremic) vs heparin skin necrosis. HIT screen sent.
Obesity: BMI 32.8.
Plan: 4mm punch this week; continue warfarin w/ INR 2.5-3.5.
"""),
("2023-08-29", "Dermatology Note", """
Derm - LLQ lesion
Punch (8/17) was superficial: dermal microthrombi, mild purpura, no calcium seen on von Kossa, but subcutaneous fat was not sampled so calciphylaxis cannot be excluded. Not diagnostic of anything specific.
Recommend deep incisional (ellipse) biopsy. Pt hesitant - wants to discuss w/ family.
HIT antibody (PF4 ELISA) neg.
"""),
("2023-10-03", "Telephone Encounter", """
TC from pt. She is relocating to live near her sister out of state on Monday and will not come in for the incisional biopsy. Says the sore on her belly is "crusting and shrinking".
Told her the working diagnosis is still unsettled - possible calciphylaxis vs thrombotic APS skin disease, never proven either way. Gave copies of records + path report to take to the new rheumatologist.
"""),
]}

F16 = {"patient_id": "F16", "age": 67, "sex": "M", "notes": [
("2021-02-09", "Vasculitis Clinic Note", """
CRYO / VASCULITIS CLINIC
67M, hep C (genotype 1a, never treated - declined DAAs twice), type II cryoglobulinaemia, membranoproliferative GN -> ESRD, HD via L brachiocephalic fistula. T2DM on glargine 22u qhs + lispro. No anticoagulation.
PC: ulcers over both inner ankles x ~6 wks. No known injury; pt unsure.
Exam: bilat medial malleoli: punched-out ulcers, black-based, L 2.5cm / R 1.8cm, retiform purpura extending up to 5 cm; pedal pulses faint but present.
 cryocrit      4%
 RF            >600
 C4            <0.02
 C3            0.71
 HCV VL        2.1 million IU/mL
 ANCA          neg
BMI 25.5.
Assessment: cryoglobulinaemic vasculitis most likely, but calciphylaxis in a HD patient is on the differential - also venous/arterial ulcer.
Plan: offered punch bx of ulcer edge.
"""),
("2021-02-23", "Vasculitis Clinic Note", """
Pt has declined biopsy ("they'll never heal if you cut them"). Accepted rituximab 375 mg/m2 weekly x4 for presumed cryo vasculitis; hepatology referral again.
Possible CUA remains in the ddx and not excluded - renal asked to optimise Ca/PO4 anyway (PTH 74).
"""),
("2021-04-20", "Vasculitis Clinic Note", """
Ankle ulcers: L now 2.0 cm, R 1.2 cm, less black slough. Cryocrit 1%.
No tissue dx was ever obtained; cryo vasculitis vs calciphylaxis unresolved.
Separately, worsening ischaemic cardiomyopathy (EF 20%) - after family meeting he has elected a hospice referral; no further vasculitis investigations planned.
"""),
]}

F17 = {"patient_id": "F17", "age": 39, "sex": "F", "notes": [
("2025-01-14", "Lupus Clinic Note", """
Lupus clinic
39F SLE (ANA 1:2560 homog, anti-Sm+, anti-dsDNA 410), class IV LN -> kidney failure, on automated PD since 2023. No diabetes. APL abs negative; never anticoagulated.
Diffuse myalgias - every night she has slept on an electric heat pad placed under the right thigh since November.
New: deep tender induration R lateral thigh, plaque-like, for 2 wks; overlying skin dusky, no ulcer yet.
Ddx: lupus panniculitis (profundus) vs calciphylaxis vs low-grade thermal injury.
BMI 30.4 (obese class I).
Plan: stop heating pad; derm for deep bx.
"""),
("2025-02-04", "Dermatology Note", """
Derm
Deep incisional bx (1/28) R lateral thigh: lobular lymphocytic panniculitis with hyaline fat necrosis; a few foci of calcium in small vessel walls - equivocal.
Favour lupus profundus, but this sample does not exclude calciphylaxis. Suggest repeat deeper bx in 4-6 wks if no response to HCQ + steroid.
"""),
("2025-03-18", "Lupus Clinic Note", """
Did not attend the derm repeat biopsy (2 DNAs). R thigh plaque unchanged, 5 cm, indurated, no necrosis.
Diagnosis still open: panniculitis vs calciphylaxis. Re-referred.
Weight 84 kg, BMI 30.9.
"""),
]}

F18 = {"patient_id": "F18", "age": 57, "sex": "F", "notes": [
("2019-09-10", "Vasculitis Clinic Note", """
57 F on maintenance HD (ESRD from diabetic nephropathy) - insulin-requiring T2DM, Tresiba 18u. Not on a vitamin K antagonist.
Painful net-like purple patches + nodules on both shins for 3 wks, a few small ulcers.
 ANA - / ANCA - / cryoglobulins - / HBsAg - / anti-HCV -
 C3, C4 normal
 PTH 42
Ddx: r/o calciphylaxis vs cutaneous PAN vs livedoid vasculopathy.
BMI 28.0.
Plan: deep wedge bx L shin nodule.
"""),
("2019-09-24", "Dermatology Note", """
Bx result: necrotising vasculitis of a medium-sized artery at the dermal-subcutaneous junction - cutaneous polyarteritis nodosa. Von Kossa: no calcium in vessel walls. Calciphylaxis excluded.
"""),
("2019-10-22", "Vasculitis Clinic Note", """
Cutaneous PAN - started colchicine + pred 20. Shin nodules flattening.
Weight stable, BMI 27.6.
"""),
]}

F19 = {"patient_id": "F19", "age": 45, "sex": "M", "notes": [
("2020-05-05", "Rheumatology Clinic Note", """
RA - new pt
45M, RF+/CCP+ RA dx 2019. Started methotrexate 20 mg SC weekly (self-injects abdomen) in March. eGFR >90, creatinine 74. No DM. No anticoagulants.
Worried because his older sister (on dialysis) had calciphylaxis and lost a leg - asks if MTX shots could do the same. Reassured - kidneys work normally and he has no lesions.
Skin: injection sites unremarkable, no livedo.
BMI 26.0.
"""),
("2020-11-10", "Rheumatology Clinic Note", """
RA in remission (CDAI 2). MTX continued, folic acid 5 mg.
Skin normal. LFTs ok. Wt 81 kg.
"""),
]}

F20 = {"patient_id": "F20", "age": 62, "sex": "F", "notes": [
("2024-02-13", "Lupus/APS Clinic Note", """
SLE + secondary APS clinic
62F, on warfarin (venous APS, INR 2-3), SLE nephritis -> ESRD, CAPD since 2022. No diabetes.
Discussed with her and husband: being on dialysis + warfarin raises her risk for calciphylaxis; any painful dark skin lesions -> phone us that day. Advised to avoid hot water bottles and tight belts.
Skin survey: ulcers none, livedo none, nodules none.
BMI 31.7.
"""),
("2024-08-20", "Lupus/APS Clinic Note", """
Stable. No skin lesions. INR in range. Warfarin continues, husband helps with PD.
"""),
("2025-01-28", "Lupus/APS Clinic Note", """
Annual review. Skin still clear - no calciphylaxis. BMI 32.2.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
