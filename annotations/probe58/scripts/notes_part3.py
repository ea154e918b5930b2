"""probe58 corpus notes, E15-E20 (infectious disease consults and wound microbiology; all invented)."""

E15 = {"patient_id": "E15", "age": 68, "sex": "F", "notes": [
("2025-06-02", "Infectious Disease Consult", """
ID CONSULT - ED boarding
68F, ESRD (HD Monday-Wednesday-Friday), T2 diabetic on insulin (Toujeo, injects L side of belly), BMI 30.4, no anticoag.
L lower abdominal wall: dusky 8cm zone, black necrotic centre ~3cm, exquisitely tender, onset about 5 days ago at her usual injection area. Tmax 37.9. WBC 13.2, lactate 1.4.
CT A/P: subcutaneous stranding L abd wall, no gas, no collection.
DDx: necrotizing soft tissue infection (early) vs calciphylaxis vs injection-site abscess. Can't tell clinically.
Recs: vanc + pip/tazo + clinda pending surgical eval; surgery for exploration/debridement with deep cx and path.
"""),
("2025-06-05", "Wound Microbiology + Pathology", """
Debridement L abdominal wall 6/3.
Deep tissue Gram: no organisms. No growth at 2 days (anaerobes pending).
Pathology: necrotic subcutaneous fat with acute inflammation; no intact vessels in the sections submitted; calcium stain non-contributory. Note: findings nonspecific; this material does not allow calciphylaxis to be confirmed or excluded.
"""),
("2025-06-09", "ID Progress Note", """
ID f/u - cultures final no growth. Abx narrowed then stopped 6/7.
Working dx remains possible calciphylaxis vs sterile injection-site necrosis; repeat biopsy offered, pt declined further procedures and elected home hospice today given cardiac comorbidities.
ID signing off.
"""),
]}

E16 = {"patient_id": "E16", "age": 79, "sex": "M", "notes": [
("2018-02-20", "Infectious Disease Consult", """
ID CONSULT, ortho asks: osteomyelitis under R shin ulcer?
79M, CKD4, eGFR 19, pre-dialysis (not started). Warfarin for paroxysmal AF; nondiabetic; BMI 27.
Early January he gashed the R shin against a car door edge; scab never healed, now a 4 cm black-based ulcer w/ lacy purple skin around it, pain 9/10.
Probe-to-bone negative. ESR 41.
Wound swab (superficial) 2/14: Pseudomonas aeruginosa, moderate - likely colonizer.
Plan: MRI tibia. No abx for colonizer. ?Calciphylaxis given warfarin + CKD - would suggest bx.
"""),
("2018-03-01", "ID Progress Note", """
MRI R tibia: no osteomyelitis.
Derm: shallow punch R shin 2/27 - dermal necrosis, no calcium seen, nondiagnostic (too superficial). Differential still includes calciphylaxis vs traumatic ulcer in a warfarinised elderly man vs arterial ulcer. ABI 0.9.
Pt declines deeper biopsy. Warfarin continues (cardiology).
No ID issues; sign off.
"""),
("2018-05-15", "ID Phone Note", """
Son called re: "is dad's leg infected again". Reviewed PCP photos: ulcer smaller, clean. No fever. Final diagnosis never established - calciphylaxis remains unconfirmed/possible. No antibiotics. Keep PCP follow-up.
"""),
]}

E17 = {"patient_id": "E17", "age": 45, "sex": "M", "notes": [
("2022-09-12", "Infectious Disease Consult", """
ID consult - ?R thigh abscess
45M ESRD on HD x 8 y (no DM), BMI 23. Gets IM testosterone into the R lateral thigh every 2 weeks from his endo clinic (since 2021).
Painful hard purplish R lateral thigh lump x 2 wks with new dark centre. No fluctuance on exam; US shows heterogeneous fat, no drainable pocket.
DDx: sterile injection abscess / fat necrosis vs early calciphylaxis.
Rec: hold off I&D. Consider bx.
"""),
("2022-09-14", "Wound Culture Report", """
ASPIRATE, R thigh (US guided, 1 mL serosanguinous)
Gram: rare PMN, no organisms.
Culture: no growth 72 h.
"""),
("2022-09-20", "ID Progress Note", """
ID note: aspirate sterile. Lesion ?CUA vs injection-related fat necrosis, biopsy planned 9/27.
Pt transferring care to a dialysis unit out of state this week; biopsy will not be done here. Records sent. Diagnosis not established.
"""),
]}

E18 = {"patient_id": "E18", "age": 58, "sex": "F", "notes": [
("2021-01-19", "Infectious Disease Consult", """
ID consult, heme-onc ward
58F on HD (ESRD), DM2 requiring insulin, AML in induction (ANC 0.1). BMI 29.0. Past warfarin (stopped 2017).
New since yesterday: painful L anterior thigh lesion - 2 cm haemorrhagic bulla now with a black centre and red halo. Febrile 38.9.
Ddx: ecthyma gangrenosum (Pseudomonas) vs angioinvasive mould vs calciphylaxis.
Recs: cefepime -> meropenem; add vanc; punch bx for H&E + tissue cx + fungal cx.
"""),
("2021-01-21", "Tissue Culture + Pathology", """
SKIN, L thigh, punch.
Culture: Pseudomonas aeruginosa, heavy. Cefepime S, Meropenem S, Pip/tazo S, Ciprofloxacin I, Tobramycin S.
Fungal cx: no growth to date.
Path: necrotizing vasculitis with numerous gram-negative rods in vessel walls; no vascular calcification. Consistent with ecthyma gangrenosum.
"""),
("2021-01-25", "ID Progress Note", """
L thigh lesion = ecthyma gangrenosum (P. aeruginosa), calciphylaxis ruled out. Blood cx 1/19 also P. aeruginosa.
Meropenem -> cefepime 1 g q24h post HD, 14 d from first neg blood cx. Surgery: limited debridement not needed now.
"""),
]}

E19 = {"patient_id": "E19", "age": 55, "sex": "M", "notes": [
("2023-03-07", "Infectious Disease Consult", """
ID CONSULT - podiatry: R 1st toe osteomyelitis
55M T2DM on insulin glargine/lispro, A1c 9.8. CKD stage 2, not near dialysis. Obese, BMI 32.7.
Neuropathic ulcer plantar R hallux x 3 mo, probes to bone. XR: erosion distal phalanx.
FHx: brother on dialysis who "died of calciphylaxis" - pt worried the toe is the same. No skin lesions suggestive of that; no retiform purpura.
Bone bx sent.
"""),
("2023-03-10", "Bone Culture Report", """
BONE, R hallux distal phalanx
Culture: Staphylococcus aureus (MSSA) moderate; Streptococcus agalactiae (GBS) few.
MSSA: Oxacillin S, Cefazolin S, Clinda S, Doxy S. GBS: Penicillin S.
Path: acute and chronic osteomyelitis.
"""),
("2023-03-13", "OPAT Enrollment Note", """
OPAT: cefazolin 2 g IV q8h x 6 wks via R arm PICC (placed 3/12). Weekly CBC/BMP/ESR/CRP.
Reassured re brother's calciphylaxis: his kidneys are near normal, toe is a diabetic osteomyelitis.
"""),
]}

E20 = {"patient_id": "E20", "age": 69, "sex": "F", "notes": [
("2024-08-19", "Infectious Disease Consult", """
ID consult
69F "ESRD, not yet on dialysis" per renal (eGFR 9, fistula maturing, planning HD start in the fall). No DM. BMI 30.0. No warfarin.
LLE cellulitis x 4 days from a tinea-cracked 4th web space. No ulcer, no necrosis. Tmax 38.3.
Rx: cefazolin IV renally dosed; step down to cephalexin when afebrile 24 h. Treat tinea.
"""),
("2024-08-27", "ID Clinic Follow-up", """
Cellulitis resolved, erythema gone. Skin intact.
Counselled per renal request: once on HD, the risk of calciphylaxis rises; if a painful dark patch ever appears, she should call early. Avoid warfarin if anticoagulation is ever considered.
Discharged from ID.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
