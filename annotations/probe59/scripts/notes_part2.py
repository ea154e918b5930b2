"""probe59 corpus notes, F08-F14 (rheumatology and vasculitis clinics; all invented)."""

F08 = {"patient_id": "F08", "age": 69, "sex": "F", "notes": [
("2018-11-27", "Rheumatology Clinic Note", """
RA clinic - Dr Oyelaran
69F, long-standing erosive RA (dx 1994), ESRD secondary to analgesic nephropathy, on HD at Linden St unit. Diet controlled T2DM (no insulin, no oral agents). No anticoagulants ever.
Hand therapy made her a thermoplastic R resting wrist splint in September; she wears it nightly, velcro strap across the dorsal forearm "quite snug".
Pt reports a hard sore lump on the back of her right forearm, first noticed 20th Nov 2018, under the distal splint strap.
Exam: R dorsal distal forearm: 3 x 2 cm indurated purple plaque, central 6 mm black necrosis, surrounding livedo. L forearm normal.
DAS28-CRP 3.1. BMI 22.6.
Plan: stop splint; derm review re possible calciphylaxis vs pressure necrosis.
"""),
("2018-12-04", "Dermatology Consult", """
Derm - ref from rheum.
Punch biopsy (2 Dec) R dorsal forearm: VK-positive calcium in arteriolar walls of subcutis, thrombosis, necrotic fat.
Dx: calciphylaxis; it sits under the strap that pressed on this skin nightly.
"""),
("2019-01-15", "Hand Therapy Note", """
OT/hand therapy
Pt seen re splint. Calciphylaxis R forearm (derm dx Dec) - old splint discarded. New custom splint w/ wide padded straps, to be worn only if wound team agree.
Wound 2.5 cm, dry eschar. Pt using her L hand for ADLs.
"""),
]}

F09 = {"patient_id": "F09", "age": 55, "sex": "M", "notes": [
("2020-06-16", "Rheumatology Clinic Note", """
PsA review
55M psoriatic arthritis on adalimumab 40 mg q2wk since 2018, he injects it into the LEFT thigh every time - as a righty he finds the left leg easier. ESRD on in-centre HD (hypertensive nephrosclerosis). T2DM on gliclazide - no insulin. No warfarin.
New: painful mottled area on the RIGHT anterolateral thigh x 10 days, now ulcerated.
Exam: R thigh 7x5cm retiform purpura, ulcerated (2cm) centrally. Left thigh (his injecting site): several faint bruises, no induration, no necrosis.
BMI 34.5 (obese).
Plan: derm bx of R thigh.
"""),
("2020-06-25", "Dermatology Consult", """
Derm. Incisional bx R anterolateral thigh (6/19): calciphylaxis (medial calcium, thrombus, necrotic fat).
He denies any injection, heat, trauma or tight clothing at the right thigh. All adalimumab has gone into the left thigh.
"""),
("2020-08-04", "Rheumatology Clinic Note", """
Calciphylaxis R thigh healing slowly on STS.
Adalimumab held since June; PsA mild flare - start apremilast (renal dose).
Left thigh clean. BMI 33.8.
"""),
]}

F10 = {"patient_id": "F10", "age": 63, "sex": "F", "notes": [
("2023-01-24", "Lupus/APS Clinic Note", """
63F SLE + secondary APS (DVT 2011, stroke 2016) on warfarin, INR 3.1. ESRD (lupus nephritis) on HD, wheelchair user since the stroke. No DM.
Hx: painful dark patch L calf since 5 Jan 2023. Denies injury, heat, or anything pressing there before it appeared. Then on Jan 20 she knocked the same area on the wheelchair footplate during a transfer; small bruise on top of the plaque since.
Exam: L posterolateral calf: 6 x 4 cm violaceous plaque w/ central eschar, overlying fresh ecchymosis 2 cm. R leg normal.
BMI 29.5, "overweight", not obese.
Labs: dsDNA neg, C3 normal, aCL IgG 40, PTH 97, Ca x PO4 high.
Imp: ?calciphylaxis; ddx warfarin necrosis, APS vasculopathy.
"""),
("2023-02-02", "Dermatology Note", """
Bx L calf (1/27): calciphylaxis, no vasculitis, no occlusive thrombi in dermal vessels without calcification.
The footplate knock came 15 days after the plaque started and is not the cause.
"""),
("2023-03-14", "Lupus/APS Clinic Note", """
Calciphylaxis L calf - improving. Warfarin continues (arterial APS, MDT). Padding fitted to the wheelchair footplate.
BMI 29.1.
"""),
]}

F11 = {"patient_id": "F11", "age": 70, "sex": "M", "notes": [
("2024-03-05", "Rheumatology Procedure Note", """
Knee injection
70M, CPPD arthropathy + OA L knee. ESRD, CAPD. Type 2 DM, degludec insulin (abdominal injections).
Procedure: L knee, superolateral approach, aspirated 30 mL turbid fluid, injected triamcinolone acetonide 40 mg + lidocaine. Tolerated well.
BMI 30.0.
"""),
("2024-04-16", "Rheumatology Clinic Note", """
F/u L knee - much better.
But: new painful plaques on the L medial thigh for ~3 wks, well above the knee (about 15 cm proximal to the patella).
Exam: L medial thigh 2 plaques, 3 cm and 4 cm, indurated, livedoid edges, one w/ black crust. L knee injection site itself clean, no skin change. No thigh injections, no heating, no trauma to the thigh reported.
Ddx: calciphylaxis vs cellulitis. Derm urgent.
"""),
("2024-04-25", "Dermatology Consult", """
Derm: L medial thigh plaques - punch bx 4/18: calciphylaxis; arterioles calcified + thrombosed, necrotic fat.
Noted the knee was injected 5 Mar; the lesions are on the thigh, not at the knee injection site.
Plan: STS intraperitoneal, stop calcium-based binder. Insulin sites in abdomen intact.
"""),
]}

F12 = {"patient_id": "F12", "age": 58, "sex": "F", "notes": [
("2021-08-03", "Vasculitis Clinic Note", """
GPA (PR3-ANCA+) dx 2012, renal involvement -> ESRD, HD since 2018. Previously on warfarin 2014-2016 after PE, stopped. No diabetes.
Remission on rituximab maintenance.
New: right buttock lesion - painful since mid-July, no preceding trauma, no injections to the buttock, no heat.
Exam: R buttock 5 x 5 cm purple-black plaque with livedo rim. BMI 27.0.
ANCA PR3 3 (low). CRP 8.
Imp: ?calciphylaxis vs GPA skin vasculitis.
Plan: punch bx today.
"""),
("2021-08-12", "Dermatology Note", """
Derm f/u: bx from 8/3 R buttock = calciphylaxis; no granulomatous vasculitis.
Since the biopsy she's been icing the buttock lesion (gel pack from freezer) twice daily for pain. Wound now has 1 cm dehiscence at bx site.
Rec: stop ice. Sharp debridement planned in wound clinic.
"""),
("2021-09-09", "Wound Clinic Note", """
Wound clinic
Calciphylaxis R buttock. Sharp debridement of necrotic tissue today under topical anaesthetic; foam dressing, offloading cushion.
No new lesions elsewhere.
"""),
]}

F13 = {"patient_id": "F13", "age": 49, "sex": "F", "notes": [
("2022-10-11", "APS Clinic Note", """
APS clinic
49F primary APS on warfarin (INR goal 3-4 after arterial event), ESRD (TMA), HD MWF. Morbidly obese - BMI 45.2. No DM.
c/o: painful hard area lower pannus x 1 month, now black in the centre.
Nothing injected into the abdominal wall per pt, ever; no heat pads, no belts or tight waistbands, no falls or scratching there.
Exam: infraumbilical pannus (midline): 9 x 6 cm indurated plaque, central eschar 3 cm, livedo rim.
Imp: calciphylaxis likely; warfarin necrosis less likely (on warfarin for 7 years).
Plan: derm bx. Hem to discuss bridging: if warfarin is stopped, enoxaparin injections would go into the abdomen - will avoid the pannus.
Counselled to keep heat pads off the abdomen.
"""),
("2022-10-20", "Dermatology Consult", """
Derm
Deep bx of pannus plaque (10/14): calciphylaxis. 
Pt again states nothing was injected or applied there before the lesion.
"""),
("2022-11-22", "APS Clinic Note", """
Calciphylaxis of pannus. Decision with haematology: keep warfarin for now, bridging not needed - enoxaparin plan cancelled.
Lesion: eschar 2.5 cm, less pain. BMI 44.0.
"""),
]}

F14 = {"patient_id": "F14", "age": 60, "sex": "M", "notes": [
("2019-04-09", "Rheumatology Clinic Note", """
RA follow-up
60M RA (seropositive), ESRD on HD. T2DM - linagliptin only, never insulin. No warfarin.
Has had monthly IM Depo-Medrol 80 mg into the left buttock by the practice nurse since Jan 2019 for flare control.
New: L buttock swelling 2 weeks - fluctuant, warm - c/w sterile abscess / injection site fat necrosis. US: 3 cm collection.
Thighs: skin intact.
BMI 29.4.
Plan: I&D by GP surgeon, stop IM steroid.
"""),
("2019-06-04", "Rheumatology Clinic Note", """
L buttock: healed after drainage.
NEW: painful purple plaques on BOTH anterior thighs since mid May; he's never injected or applied anything to the thighs; no trauma. 
Exam: bilateral anterior thigh plaques 4-6 cm w/ central necrosis.
?calciphylaxis. Derm.
"""),
("2019-06-13", "Dermatology Consult", """
Derm
Bx R thigh: calciphylaxis.
The old L gluteal injection abscess was sterile fat necrosis from the steroid; it was not calciphylaxis and is unrelated to the thigh lesions.
BMI 31.0 - obese.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
