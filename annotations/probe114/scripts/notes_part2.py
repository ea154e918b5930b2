"""probe114 corpus notes, J08-J14 (outpatient infusion centre and OPAT; all invented)."""

J08 = {"patient_id": "J08", "age": 75, "sex": "M", "notes": [
("2025-04-28", "Infusion Centre Nursing Note", """
Iron sucrose 300 mg IV over 90 min (#1 of 3) for anaemia of CKD4 anaemia (eGFR 21) - pre-dialysis, follows w/ Dr Nakamura).
Pt chatty - says his R knee arthritis is bad, physio told him to ice it, "that blue freezer gel thing goes on my right knee three-four times daily since Easter Sunday".
T2DM on insulin glargine 30u nocte. No anticoagulants.
Skin over knees intact today. No reaction to iron, obs stable, d/c 12:15.
"""),
("2025-06-10", "Infusion Centre Nursing Note", """
Iron #3 - given.
NEW: pt pulled up trouser leg to show R knee - mottled purple net pattern over front of knee black in the middle, thumbnail-sized. Onset 3 weeks ago per pt, "right where I ice it, I thought the cold burnt me". Pain 7/10, worse at night.
Not warm, no drainage. Informed Dr Nakamura's nurse; urgent derm.
"""),
("2025-06-17", "Dermatology Consultation", """
Derm - new
75M, CKD 4 (no RRT), T2DM on insulin, obese (wt 101 kg, BMI 31.5). No warfarin ever.
R anterior knee: retiform purpura, 4cm square, centrally necrotic; livedo laterally. L knee normal. Frozen gel pack applied to R knee several times daily from 20 April.
Bx today.
Addendum 6/24: histo c/w non-uraemic calciphylaxis (medial calcification, thrombosed arterioles, von Kossa+). Cold exposure from icing = likely local trigger.
"""),
("2025-07-08", "Clinical Pharmacist Note", """
Pharmacist med rec (infusion clinic)
Confirmed no vit K antagonist. Insulin glargine 30u HS - continue, pt self-injects abdomen only (no knee involvement). Advised: NO ice or heat packs on any part of the legs going forward. STS 12.5g IV 3x weekly arranged via infusion chair (renally adjusted).
"""),
]}

J09 = {"patient_id": "J09", "age": 61, "sex": "F", "notes": [
("2018-04-03", "OPAT Nursing Note", """
OPAT - IM ceftriaxone 1g daily x 10d (gonococcal septic arthritis, R wrist; IV access poor, pt refused PICC).
Day 1 given IM into L ventrogluteal. Pt asks that all doses go on the L side since she lies on the R.
Dialyses Tue-Thu-Sat. DM2 on gliclazide (no insulin). Wt 103kg BMI 38.0.
"""),
("2018-05-09", "Infusion Centre Nursing Note", """
IM course completed 4/12, every dose L hip/buttock per MAR, no issues at those sites - checked, skin fine on the L.
Today pt c/o sore hard area on R buttock for "about a fortnight", dusky w/ black bit. Did NOT receive any injections on the R side (MAR confirms; pt confirms). No fall, no heat.
Sent to derm.
"""),
("2018-05-16", "Dermatology Consultation", """
Derm
R buttock: indurated retiform plaque 5 by 5 cm, necrotic centre. L buttock and L ventrogluteal site: normal skin, no induration.
Bx: calciphylaxis (biopsy proven). Injection series was contralateral only. Obese, BMI 38. HD pt. Not on warfarin.
STS planned; wound care; pain team ref.
"""),
]}

J10 = {"patient_id": "J10", "age": 58, "sex": "M", "notes": [
("2020-01-14", "Infusion Centre Nursing Note", """
Pt in for IV iron sucrose (PD pt, renal anaemia). Has had a sore darkish spot, L calf, since 5th Jan, "no idea how I got it, didn't knock it". Denies any injury, bites, heat packs or injections there.
L posterior calf 3cm purple firm patch w/ dusky centre. Photo taken.
T1DM on insulin pump (abdomen). BMI 24.9.
Derm referral sent.
"""),
("2020-01-20", "Incident Report / Nursing Note", """
Incident: pt stood up from infusion chair at 11:05, lost balance and L calf hit the metal footrest. Small abrasion to the edge of the existing calf lesion, bleeding stopped w/ pressure. No head strike. Dr Ito reviewed.
Dressing applied.
"""),
("2020-01-29", "Dermatology Consultation", """
Derm - L calf
Onset 5 January 2020, spontaneous (pt clear there was no preceding trauma). Footrest injury 20/01 happened 2 wks AFTER onset.
Exam: L posterior calf ulcer 3.5cm w/ eschar, retiform edge. Bx: calciphylaxis.
CCPD pt, T1DM. Not anticoagulated. Wt 76kg, BMI 24.9 (normal range, just).
"""),
]}

J11 = {"patient_id": "J11", "age": 69, "sex": "F", "notes": [
("2021-10-25", "OPAT Nurse Visit", """
OPAT RN home visit - IV vanc post-HD for MRSA bacteraemia
Pt shows me a tender dark purple patch on lower belly fold (pannus, L>R), came up "beginning of October". She gives her insulin (Humulin 70/30) into both thighs, never the tummy ("too much fat there"). Thighs look ok, rotating well.
On warfarin for AF. BMI 44.2.
To msg ID and PCP.
"""),
("2021-11-02", "Dermatology Procedure Note", """
Derm: punch bx x2 from pannus lesion, edge and centre, sutured. Loose central slough sharply debrided.
Findings: 8 x 5 cm necrotic plaque lower abdominal pannus w/ livedo. Thighs (insulin sites): no lesions, mild lipohypertrophy only.
Dx pending path. Pt advised not to put warm compress on it; she admits using a warm wheat bag on the sore pannus "for the last week" to ease the pain.
"""),
("2021-11-12", "Wound Care Note", """
Wound clinic f/u
Path: calciphylaxis, confirmed. Lesion present since early Oct; all local interventions (bx 11/2, debridement, foam dressings, wheat-bag warmth late Oct) came after onset.
Dressing: silver alginate + ABD pad, change q48h. Tape reaction at margins - switched to silicone. HD MWF. Warfarin -> apixaban per renal. Insulin unchanged.
"""),
]}

J12 = {"patient_id": "J12", "age": 52, "sex": "M", "notes": [
("2019-07-08", "Infusion Centre Nursing Note", """
Came for 1st iron sucrose dose. Pt mentions painful lump R thigh front for 2/52.
Asked re: injections - "never had a needle in my leg". Heat pads - no. Falls - no. Tight braces - no. Not diabetic. HD via R IJ tunnelled cath MWF.
R anterior thigh 4cm firm plum-coloured plaque. BMI 39.5, morbid obesity.
Flagged to renal.
"""),
("2019-07-15", "Nephrology Note", """
Nephro
Likely calciphylaxis R thigh. For bx. Admission planned next wk - team suggested SC heparin for DVT ppx in hospital; pt asks if it can go in his R thigh - told NO, will be abdomen if given at all. Also considered IM iron into thigh - cancelled, stays IV.
No warfarin.
"""),
("2019-07-26", "Dermatology Consultation", """
DERM - bx result discussion
Calciphylaxis confirmed on R anterior thigh punch bx (7/18). No prior trauma at that site identified (denies injections, heat, pressure, injury). Planned SC heparin never given - admission cancelled.
Obese, BMI 39.5. HD pt.
"""),
]}

J13 = {"patient_id": "J13", "age": 64, "sex": "F", "notes": [
("2018-10-01", "Infusion Centre Nursing Note", """
IM iron dextran (Z-track) R dorsogluteal - 2nd dose. Pt on HD, DM on insulin (Lantus). Wt 86 kg, BMI 30.4.
"""),
("2018-11-05", "Infusion Centre Nursing Note", """
R buttock at last iron dextran site: red, hot, fluctuant 3cm swelling, pus on pressure. Temp 38.1. Looks like sterile/bacterial abscess at inj site - GP to I&D, swab sent. Not necrotic.
Also L thigh: pt reports a painful "bruise" there since mid October, nothing hit it. Purple netlike, hard. Noted.
Pt also has a red blistered patch low back from her heating pad last wk - 2nd degree burn, she fell asleep on it.
"""),
("2018-11-14", "Dermatology Consultation", """
Derm
1) L medial thigh: retiform purpura, early necrosis; bx: calciphylaxis. No trauma there (no injections to L thigh, no heat, no injury).
2) R buttock: injection site abscess, drained, MSSA - not calciphylaxis.
3) Lower back: heating-pad burn, partial thickness - healing, not calciphylaxis.
"""),
("2018-12-03", "Clinical Pharmacist Note", """
Pharm - CUA mx
STS w/ HD. No further IM iron dextran, IV iron only. Insulin glargine continued. Not on warfarin. BMI 30.4.
"""),
]}

J14 = {"patient_id": "J14", "age": 57, "sex": "M", "notes": [
("2022-08-15", "OPAT Intake Assessment", """
OPAT intake - pip/tazo via ambulatory pump, bag in a rucksack w/ strap over R shoulder.
PMH: ESRD on CAPD, warfarin (AF), obese - BMI 36.9. No DM.
Skin: pannus w/ dark painful area noted, "had it a few weeks". Derm ref.
"""),
("2022-08-23", "Dermatology Consultation", """
Derm
Pannus: 6x4cm necrotic plaque + livedo. Biopsy: calciphylaxis. Pt denies injecting there, heat, or a tight belt over the pannus.
R shoulder under pump strap: normal skin.
"""),
("2022-09-01", "Nephrology Education Note", """
Counselled re calciphylaxis: no SC jabs into the tummy, no heat pads / ice packs, avoid tight waistbands, rotate any future injections. Pt understands. Warfarin stopped -> apixaban.
"""),
]}

PATIENTS = [J08, J09, J10, J11, J12, J13, J14]
