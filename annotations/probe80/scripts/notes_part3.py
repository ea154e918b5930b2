"""probe80 corpus notes, H15-H20 (metabolic bone and parathyroid clinic; all invented)."""

H15 = {"patient_id": "H15", "age": 59, "sex": "F", "notes": [
("2025-05-06", "Metabolic Bone Clinic", """
METABOLIC BONE CLINIC
59F HD since 2023, DM2 on insulin aspart + glargine, injects into the L thigh mostly. No anticoagulants.
PTH 690; Ca 9.7 mg/dL; P 6.2 mg/dL.
Pt reports a tender lump on the anterior L thigh since April.
Exam: L anterior thigh, 3cm deep firm nodule, faint violaceous discolouration over it, no ulcer, at her insulin area.
BMI 35.0.
Imp: nodule at insulin site - lipohypertrophy? panniculitis? early calciphylaxis not excluded.
Plan: derm bx; rotate injection sites to abdomen.
"""),
("2025-05-20", "Dermatology Consult", """
Derm: L thigh nodule 3cm, no eschar. 4mm punch: septal panniculitis, no vascular calcification seen, von Kossa negative - nondiagnostic for calciphylaxis (sampling could be too superficial).
Offered a deeper wedge; she would rather not at present.
Impression: early calciphylaxis remains possible; panniculitis the alternative; unresolved.
"""),
("2025-07-01", "Telephone Encounter", """
Pt called: she and her daughter are moving interstate next wk, HD to be transferred. Nodule "about the same". Still declines repeat biopsy.
Summary letter to new unit: L thigh nodule at insulin site, suspected early calciphylaxis, never confirmed; please re-evaluate.
"""),
]}

H16 = {"patient_id": "H16", "age": 81, "sex": "M", "notes": [
("2018-09-11", "Metabolic Bone Clinic", """
Bone clinic
81M, CKD4 (eGFR 19 mL/min), no dialysis planned yet. Osteoporosis on denosumab q6mo (last 7/2018, R upper arm). Warfarin for AF. No DM.
PTH 240 pg/mL, calcium 9.1, phos 5.0 - acceptable for CKD4.
On 8/30 the car door edge caught his R shin as he got out; skin scraped. A scab formed, which went black and is very painful now.
Exam: R anterior shin 2.5cm ulcer, black eschar, surrounding purpura and a lacy violaceous rim.
BMI 25.5.
Imp: traumatic ulcer on warfarin vs calciphylaxis (r/o). Offered biopsy.
"""),
("2018-09-25", "Dermatology Consult", """
DERM
R shin ulcer, 2.8cm, eschar, livedoid edge.
DDx: calciphylaxis vs warfarin-related / traumatic ulcer with poor healing.
Pt declines biopsy ("at my age, no more cutting").
Plan: wound care, monitor; if it enlarges, revisit biopsy.
"""),
("2018-11-20", "Metabolic Bone Clinic", """
f/u. R shin ulcer slowly smaller (1.5cm), eschar lifting. Still no biopsy.
Assessment remains: possible calciphylaxis, not proven.
Denosumab due Jan.
"""),
]}

H17 = {"patient_id": "H17", "age": 44, "sex": "F", "notes": [
("2021-08-17", "Metabolic Bone Clinic", """
METABOLIC BONE CLINIC
44F, PD since 2019 (IgA nephropathy). No DM, no warfarin.
PTH 88 pmol/L, adj Ca 2.58, PO4 2.2 on calcium carbonate.
Painful small lumps in the lower abdominal skin x 2 wks, no trauma, no injections there.
Exam: lower abdomen, 3 subcutaneous tender nodules 1-1.5cm, faint purple overlying, no ulcer, no livedo.
BMI 31.1.
Imp: cannot exclude early calciphylaxis; ddx erythema nodosum, panniculitis. Derm referral.
"""),
("2021-09-02", "Dermatology Consult", """
Derm: nodules smaller, no new ones. Differential: panniculitis vs early CUA.
Biopsy offered; she prefers to wait since improving.
"""),
("2021-10-19", "Metabolic Bone Clinic", """
f/u. Abdominal nodules have fully settled; no biopsy was done. ?early calciphylaxis never confirmed.
Calcium carbonate -> sevelamer. BMI 30.4.
"""),
]}

H18 = {"patient_id": "H18", "age": 67, "sex": "M", "notes": [
("2019-03-05", "Metabolic Bone Clinic", """
Metabolic bone
67M HD since 2016; insulin-treated type 2 diabetic; atrial fib, warfarin.
Cardiac cath via R femoral 2/20/19. Roughly a week afterwards both feet became mottled purple and the toes dark and painful.
Exam: bilateral feet - retiform purpura, blue toes, small necrotic tips on L 2nd and 3rd toes. Pulses palpable.
PTH 410, Ca 9.2, P 5.6.
BMI 27.9.
Imp: calciphylaxis vs cholesterol emboli. Derm bx.
"""),
("2019-03-12", "Dermatology Consult", """
Derm: punch bx R dorsal foot. Eosinophils 9% on CBC.
DDx: cholesterol embolization syndrome > calciphylaxis.
"""),
("2019-03-26", "Metabolic Bone Clinic", """
Path: needle-shaped clefts occluding dermal arterioles; vessel walls not calcified, vK stain neg. Final dx atheroembolic disease (cholesterol emboli). Calciphylaxis ruled out.
Plan per vascular/cardiology. Warfarin continued.
"""),
]}

H19 = {"patient_id": "H19", "age": 56, "sex": "F", "notes": [
("2022-05-10", "Parathyroid Surgery Consult", """
ENDOCRINE SURGERY NEW PATIENT
56F, primary hyperparathyroidism: Ca 11.3, PTH 142 pg/mL, 24 h urine Ca 380 mg, DEXA T-score -2.7 at distal radius. eGFR 88. No DM. No anticoag.
Family: her sister, on hemodialysis, died of calciphylaxis in 2020 - pt very anxious she might develop "that awful skin disease" too.
Skin exam: normal, no lesions.
Sestamibi + 4D CT: L inferior adenoma.
BMI 23.0.
Plan: focused L inferior parathyroidectomy.
"""),
("2022-06-14", "Post-Parathyroidectomy Review", """
POD 13 after L inferior parathyroidectomy (6/1). IOPTH 150 -> 28.
Ca 9.2. Neck scar healing well.
Reassurance given: with an eGFR near 90 and a cured parathyroid, her sister's condition is very unlikely to affect her.
"""),
("2022-12-06", "Metabolic Bone Clinic", """
6 mo f/u. Ca 9.4, PTH 41. Started alendronate. Skin normal. BMI 23.0.
"""),
]}

H20 = {"patient_id": "H20", "age": 49, "sex": "M", "notes": [
("2024-10-01", "Metabolic Bone Clinic", """
MBD clinic
49M HD x 4 yr (FSGS). Prediabetic range A1c (6.1%), not treated. No warfarin.
Ca 10.2, P 7.8, PTH 1200. Poor binder adherence.
Counselled: at risk of calciphylaxis with these numbers - call us if painful skin lumps or dark patches appear; no hot pads or ice directly on the skin.
Skin exam: intact, no lesions.
BMI 32.6.
Plan: etelcalcetide with HD, sevelamer re-education.
"""),
("2025-01-14", "Metabolic Bone Clinic", """
f/u: P 5.9, PTH 640. Skin intact, no calciphylaxis. BMI 32.1.
"""),
]}

PATIENTS = [H15, H16, H17, H18, H19, H20]
