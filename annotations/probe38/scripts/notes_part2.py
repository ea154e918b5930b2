"""probe38 corpus notes, N08-N14 (oncology and hematology; all invented)."""

N08 = {"patient_id": "N08", "age": 78, "sex": "M", "notes": [
("2025-01-06", "GU Oncology Injection Visit", """
GU ONC - treatment room
Dx: mCRPC w/ osseous mets. Started Xgeva today.
Denosumab 120 mg SC administered by RN to the posterior R upper arm (pt requested, "left arm has my fistula"). Lot #XG2291. Tolerated, no bleeding.
Ca 8.9 (corrected), on calcitriol + calcium per renal. Dialysis T/Th/Sat at Harbor Renal. Insulin glargine 18 u qhs for T2DM, injects into his belly.
Wt 88 kg, BMI 28.4.
"""),
("2025-02-10", "GU Oncology Follow-up", """
GU ONC f/u
Pt c/o exquisitely tender, hardening patch, back of R arm, since late January, in the spot where he got the first Xgeva shot on the first Monday of the new year. No fever.
Exam: posterior R upper arm, mid: woody plaque 4x3cm, purple net pattern, small dark crust centrally. Abdomen - insulin sites normal. L arm AVF +thrill.
Labs: Ca 8.1, Phos 7.8, PTH 1110.
A/P: ?injection site rxn vs calciphylaxis (HD, hyperphos, severe SHPT). Derm + renal. Hold next denosumab dose. BMI 28.4.
"""),
("2025-02-17", "Dermatology Consult", """
DERMATOLOGY
Bx R posterior upper arm: von Kossa+ Ca in subcutaneous arteriolar walls, luminal thrombi, lobular panniculitis. Calciphylaxis confirmed - onset within weeks of a single SC denosumab injection at that precise site (Koebnerization).
Recs: STS with HD, discuss parathyroidectomy/cinacalcet, bone agent to be reconsidered by onc; no injections into the arms.
"""),
]}

N09 = {"patient_id": "N09", "age": 69, "sex": "F", "notes": [
("2022-03-15", "Gyn Oncology Clinic", """
GYN ONC
69F, high grade serous ovarian ca on neoadjuvant carbo/taxol, C3. Provoked PE Jan 2022 -> enoxaparin. She self-injects, only ever in the right half of her tummy, right handed, finds that side easiest to reach.
ESRD (ADPKD) on HD since 2016. No DM. No warfarin hx. 101kg, BMI 38.0.
Skin: R lower abd small bruises from shots, nothing else.
"""),
("2022-04-12", "Gyn Oncology Clinic", """
GYN ONC - pre-op visit
New: LEFT lower abdomen: very painful hard purple area x 2 wks, started around 3/29, now with black center. Pt insists no needles ever went in on that side, confirmed by husband and visiting RN log (all right sided).
Exam: L lower quadrant plaque 5x4cm, violaceous and indurated, 1.5cm central eschar, retiform edge. R abdominal injection zone: scattered small ecchymoses only, no induration.
A: r/o calciphylaxis. Derm bx. Interval debulking postponed.
"""),
("2022-04-19", "Dermatology Consult", """
Derm
Bx L lower abdomen: calcified arterioles, thrombosis, fat necrosis - calciphylaxis. Contralateral to her enoxaparin sites, no local trauma identified.
Recs: STS w/ HD, optimise phos, continue enox on the right (no lesions there) or switch per onc.
"""),
]}

N10 = {"patient_id": "N10", "age": 67, "sex": "M", "notes": [
("2019-06-10", "Thoracic Oncology Clinic", """
THORACIC ONC
67M NSCLC adeno stage IV on pembrolizumab q3w. ESRD on PD (diabetic nephropathy), T2DM on insulin lispro + glargine, injects abdomen.
New: pain L calf since 06/03/2019, now a hard purple "bruise-looking" patch w/ black dot. Denies any injury, bump, heat or cold, tight socks. No compression stockings.
Exam: L posterior calf: violaceous indurated plaque 4x3cm w/ 6mm eschar, livedo around. Pedal pulses palpable. 
91kg; BMI 29.9 - overweight range, does not meet obesity.
Ddx calciphylaxis vs vasculitis vs immune-related skin AE. Derm referral.
"""),
("2019-06-24", "ED Note", """
ED
Pt fell getting out of the car 4 days ago (6/20), struck the back of the L calf on the door sill, right on his "calci spot" that was already being worked up. Now bleeding and more painful.
Exam: L calf ulcer 5 x 4 cm, fresh blood at inferior edge, eschar partly lifted. No fracture on XR.
Dressing applied, derm appt already Friday.
"""),
("2019-06-28", "Dermatology Clinic Note", """
Derm
Bx L calf (taken at margin): calcified arterioles, thrombi, fat necrosis -> calciphylaxis. The fall on 6/20 came ~2.5 wks post onset; it only enlarged an established ulcer.
Plan: STS with PD team, wound care, stop calcium carbonate. Onc to hold pembro pending.
"""),
]}

N11 = {"patient_id": "N11", "age": 55, "sex": "F", "notes": [
("2018-09-20", "Lymphoma Clinic Note", """
LYMPHOMA CLINIC
55F DLBCL, R-CHOP C2 due today via L chest port. ESRD from FSGS, in-center HD x 4 yrs. Warfarin (AF), INR 2.2 today.
Pred 100 mg days 1-5 -> steroid hyperglycemia; was started on insulin (sliding scale lispro) last cycle, infusion RN taught her to inject into the posterior upper arms only.
Weight 112 kg, BMI 41.3.
"""),
("2018-10-25", "Inpatient Oncology Progress Note", """
ONC WARDS - day 3
Admitted w/ severe bilat thigh pain. Pt: "I didn't bang them, nothing goes in my legs, my shots are in my arms." No heating pads, no ice.
Exam: medial thighs bilat - multiple stellate purpuric plaques, largest L 6 cm w/ necrosis, R 4 cm. Upper arms - tiny healed needle marks, no induration. Port site clean.
Assess: calciphylaxis high on ddx (HD + warfarin + obesity). Bx by derm today.
"""),
("2018-10-29", "Dermatology Consult Follow-up", """
Derm f/u: path from L medial thigh = calciphylaxis (medial calcification of subcut arterioles, thrombi, necrosis). Distribution in fatty medial thighs, no local trauma there; insulin limited to upper arms which remain unaffected.
Recs: stop warfarin (onc/cardiology agree -> apixaban), STS w/ HD, wound care.
"""),
]}

N12 = {"patient_id": "N12", "age": 72, "sex": "M", "notes": [
("2018-03-20", "Urologic Oncology Clinic", """
URO ONC
72M muscle-invasive bladder ca on gem/cis (split dose), HD-dependent ESRD, R IJ tunneled cath. AF on warfarin. No DM.
Reports 2 wks of pain in the R buttock, first noticed about 03/05/2018 while drying off after a shower. No fall, nothing injected there, no heat.
O/E firm purple patch 5x4cm, R buttock (upper outer quadrant) w/ central black crust. BMI 26.0.
Plan: derm, urgent.
"""),
("2018-03-21", "Dermatology Procedure Note", """
Derm procedure: two 6mm punches, R buttock lesion, edge and center. Hemostasis w/ pressure + gelfoam. He admits icing it since the weekend (bag of ice wrapped in towel) - advised not to. Path pending.
"""),
("2018-04-09", "Wound Clinic Note", """
WOUND CARE
Bx 3/21 = calciphylaxis (vascular calcification, thrombi, fat necrosis).
R buttock wound now 6 x 5 cm, 80% eschar. Sharp debridement of loose eschar performed today at bedside, tolerated w/ lidocaine. Dressing: Mepilex Ag. Offloading cushion.
Pt stopped the ice. On STS w/ HD. Cardiology changed coumadin -> apixaban 3/28. BMI 25.6.
"""),
]}

N13 = {"patient_id": "N13", "age": 61, "sex": "F", "notes": [
("2024-08-06", "Endocrine Oncology Clinic", """
ENDO
61F, ER+ breast ca on letrozole; primary hyperparathyroidism from a R inferior adenoma, Ca 12.1, PTH 241. eGFR 58, never on dialysis. Not diabetic (A1c 5.6). No anticoagulants ever.
Class III obesity, BMI 44.7.
Parathyroidectomy scheduled 9/2024. No skin issues raised.
"""),
("2024-08-27", "Dermatology Clinic Note", """
Derm - urgent
Exquisitely tender lesions on the lower abdominal pannus for ~10 days. Asked carefully: no injections of any sort, denies heat (pads, bottles), belts/shapewear, scratches, falls, no recent procedures.
Exam: lower pannus bilat - 3 stellate violaceous plaques, largest 5 cm w/ black eschar; livedo racemosa. Thighs clear.
Bx taken. Provisional: nonuremic calciphylaxis (PHPT, obesity, female).
"""),
("2024-09-10", "Surgical Oncology Pre-op Note", """
Pre-op - parathyroidectomy moved up
Derm bx 8/27: lower abd wall calciphylaxis.
Periop VTE plan: if post-op stay > 24 h, heparin 5000 u SC q8 goes in the upper arms (abdomen/thighs excluded). Pt counselled: avoid heat packs, no tight waistbands, report new painful spots.
BMI 44.1.
"""),
]}

N14 = {"patient_id": "N14", "age": 64, "sex": "M", "notes": [
("2020-11-02", "Leukemia Service Progress Note", """
LEUKEMIA SVC - D+18 induction (7+3)
64M AML, ESRD on HD (in-house TTS). Diet-controlled DM. No warfarin.
Lines: R upper arm double lumen PICC (placed 10/14). Small superficial erosion at the PICC exit site under the CHG disk - looks like contact dermatitis; dressing changed to non-CHG.
L dorsal hand: blistering erythema after daunorubicin extravasation 10/17, plastics aware, dexrazoxane given.
Legs: new painful purple mottling both calves x 4 d, no trauma recalled.
BMI 25.5.
"""),
("2020-11-06", "Dermatology Consult", """
Derm consult
1. Bilateral posterior calves: symmetric retiform purpura w/ early necrosis. Bx R calf: calciphylaxis - thrombosed, calcified small vessels amid necrotic fat, no leukemic infiltrate.
2. R arm PICC exit erosion: irritant/allergic contact dermatitis to chlorhexidine. Not calciphylaxis.
3. L hand: anthracycline extravasation injury, healing. Not calciphylaxis.
Recs for #1: STS w/ HD, avoid calcium, elevate legs, no compression wraps.
"""),
("2020-12-01", "Leukemia Service Discharge Summary", """
DC SUMMARY
AML in CR1 after induction. Course c/b calciphylaxis of both calves (bx-proven), improving on STS. PICC removed, exit site healed. L hand extravasation healed with residual hyperpigmentation. Follow up heme clinic + HD unit + derm.
Discharge wt 74 kg, BMI 25.1.
"""),
]}

PATIENTS = [N08, N09, N10, N11, N12, N13, N14]
