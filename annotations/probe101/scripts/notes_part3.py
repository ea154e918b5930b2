"""probe101 corpus notes, O15-O20 (orthopaedics, podiatry and physiotherapy, with renal and
dermatology; British spelling and dates; all invented)."""

O15 = {"patient_id": "O15", "age": 70, "sex": "M", "notes": [
("2018-09-04", "Fracture Clinic", """
Fracture clinic - wk 3, L bimalleolar ankle # (non-op, BK POP)
Cast split and taken off as pt c/o "a burning like a hot coal under my heel" since the weekend.
Findings: L posterior heel - 2x2cm dry black eschar, purplish livedo creeping up over the Achilles insertion. Foot warm, cap refill 3 s.
Bg: HD x3/wk (Renal Unit, Bay 4). T2DM on Humalog Mix 25 bd. Smoker 20/day.
Imp: cast pressure necrosis vs calciphylaxis?? can't separate on looks alone.
Plan: re-cast with heel window, podiatry + renal to see this wk. BMI 28.4.
"""),
("2018-09-18", "Podiatry", """
Podiatry - L heel
Eschar L heel unchanged, 2.1 x 2.0 cm, dry, no exudate. Mottled skin surrounding, less spread than last wk per photos.
Renal SpR queries possible calciphylaxis. Vascular advise against biopsy of a heel (risk it never heals) so no tissue dx.
Offloading: window kept, foam ring, keep dry. R/v 2/52.
"""),
("2018-10-09", "Renal Letter", """
Dear Dr Penhaligon,
Re: Mr Desmond Achterberg, 70
He's relocating to Cardiff near his daughter and we have transferred his dialysis to the unit there.
The L heel eschar is still unexplained: pressure from the plaster or calciphylaxis, we were not able to confirm or exclude either, and no biopsy was taken.
Diabetic on insulin; warfarin never. BMI 28.4.
Best, , Dr S. Venkataraman
"""),
]}

O16 = {"patient_id": "O16", "age": 82, "sex": "F", "notes": [
("2019-03-05", "Orthopaedic Ward Review", """
Ortho WR, day 12 post R hip hemiarthroplasty (#NOF)
82F. CKD 4 (eGFR 21), not for dialysis. PE 2014 - warfarin for 12/12 then stopped. Not diabetic.
Enoxaparin s/c daily, ward nurses using the R thigh.
New: tender 2 cm nodule R anterior thigh at an injection point, dusky skin over it. Pt: "it's like a marble, it stings".
Imp: haematoma vs fat necrosis vs early calciphylaxis - possible.
Plan: derm to see before d/c. BMI 30.2.
"""),
("2019-03-26", "Dermatology", """
Derm OPD
R thigh nodule: punch biopsy 07/03 - lobular panniculitis, no vessel calcification, sample too superficial to be sure - nondiagnostic.
Possible calciphylaxis stays on the differential. Offered a deeper incisional biopsy - she declined, "I've had enough cutting".
Enoxaparin was stopped on discharge.
"""),
("2019-04-16", "Physiotherapy - Post Hip Rehab", """
OP physio - hip rehab wk 4
Walking with frame indoors, stick outdoors. Nodule on the R thigh "softer and not as sore" per pt, no dressing needed.
Hip abd 3+/5, sit to stand without arms x 5. Cont HEP, r/v 2/52.
"""),
]}

O17 = {"patient_id": "O17", "age": 52, "sex": "M", "notes": [
("2024-11-06", "Physiotherapy - Achilles", """
MSK physio - R mid-portion Achilles tendinopathy
Noticed on obs: purplish net-like pattern on both calves, mildly sore to touch. Pt: "it comes and goes, the missus says I look like a road map".
PMHx: PD (overnight cycler). AF - takes warfarin. Non diabetic.
BMI 26.0.
Heel raise loading programme 3x15. Asked him to show his legs to the renal team at next clinic.
"""),
("2024-11-27", "Renal Clinic (PD)", """
PD clinic
Livedo reticularis over both calves, tender, no ulcer or necrosis.
Concern for early calciphylaxis (PD + warfarin) - cannot exclude it.
Declines a skin biopsy.
Plan: warfarin to apixaban after cardiology discussion, swap calcium acetate for sevelamer.
"""),
("2025-01-08", "Renal Clinic (PD)", """
PD clinic f/u
Calves: livedo has faded, pain gone, skin intact.
The possible early calciphylaxis was never confirmed; no biopsy. Surveillance only.
Weight steady, BMI 26.0.
"""),
]}

O18 = {"patient_id": "O18", "age": 68, "sex": "F", "notes": [
("2020-09-15", "Orthotics / Physiotherapy", """
Joint orthotics + physio clinic
68F, R foot drop post L4/5 discectomy, uses an AFO. Painful ulcer R anterior shin under the AFO calf strap, 2x1.5cm, dark base.
PMHx: haemodialysis. T2DM - insulin. No anticoagulants ever.
Orthotist worried about ?calciphylaxis. Strap re-padded, renal referral.
BMI 29.0.
"""),
("2020-10-06", "Renal Clinic", """
Renal OPD
R shin ulcer: ABPI 0.5 on R, monophasic Doppler signals. Biopsy 28/09: no vascular calcification, ischaemic ulceration only.
Calciphylaxis excluded - arterial ulcer from peripheral arterial disease. Vascular referral made.
"""),
("2020-10-20", "Vascular Surgery", """
Vascular OPD
Duplex: R SFA occluded, poor run-off. Arterial ulcer R shin. Plan: angioplasty list.
Calciphylaxis was considered and has been excluded on biopsy (renal letter).
"""),
]}

O19 = {"patient_id": "O19", "age": 45, "sex": "M", "notes": [
("2023-05-16", "Physiotherapy - Ankle", """
Physio IA - L ankle inversion sprain, 5-a-side football 2/52 ago
Kidneys normal - eGFR >90 at his GP check. No diabetes. BMI 23.4.
FHx: his sister (dialysis pt) had calciphylaxis; he's anxious about his own skin - reassured.
Skin intact, mild swelling lat ankle. Proprioception + balance board.
"""),
("2023-06-13", "Physiotherapy - Ankle", """
Physio f/u
Ankle nearly full ROM. Single leg hop 90% of R.
No skin issues. D/c with HEP.
"""),
]}

O20 = {"patient_id": "O20", "age": 60, "sex": "M", "notes": [
("2025-11-18", "Orthopaedic Pre-operative Assessment", """
Pre-op - L TKR
60M, HD Mon/Wed/Fri. T2DM diet controlled. On warfarin (AF) - to bridge.
Counselled: risk of calciphylaxis with dialysis and warfarin; if painful dark patches come up after the op he should ring the ward.
Skin intact throughout. BMI 35.3.
"""),
("2025-12-09", "Arthroplasty Clinic", """
Arthroplasty wound check
L TKR 01/12/2025. Wound clean, clips out. No skin lesions anywhere.
"""),
("2026-01-20", "Physiotherapy - Post TKR", """
Physio
L knee flexion 95 deg, ext -5. No skin problems. BMI 35.1.
"""),
]}

PATIENTS = [O15, O16, O17, O18, O19, O20]
