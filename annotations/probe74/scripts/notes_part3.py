"""probe74 corpus notes, B15-B20 (orthopaedics and falls clinic; all invented)."""

B15 = {"patient_id": "B15", "age": 84, "sex": "F", "notes": [
("2025-01-14", "Fracture Clinic", """
Fracture Clinic
84F, fell at home 10/01/25 (tripped over cat), L ankle: bimalleolar #, reduced in ED under entonox, below-knee backslab.
Offered ORIF - declined after discussion with daughter (LPA). Conservative: backslab -> cast, NWB, wheelchair.
PMH: CKD G4 - eGFR 19 - annual renal review, dialysis not started; warfarin for AF, osteoporosis. Not diabetic. BMI 27.0.
Skin checked before re-application: intact.
"""),
("2025-01-28", "Fracture Clinic", """
fracture clinic - 2/52, backslab change
On removing backslab: 2 x 2.5 cm black dry eschar over the L lateral malleolus where the plaster edge sat, with a dusky violaceous halo and some lacy mottling extending up 3 cm. Pt reports it's been very painful for a week or so.
XR: position held.
Imp: pressure necrosis from backslab vs ?calciphylaxis (CKD 4 + warfarin). Well padded lightweight cast w/ window over lesion. Derm referral.
"""),
("2025-02-11", "Dermatology Clinic", """
Derm
L lateral malleolus eschar - seen via cast window. Story of a tight backslab fits pressure damage, but the livedo and the degree of pain make me keep calciphylaxis on the list: possible calciphylaxis, not proven.
Biopsy offered; pt and daughter declined (healing concerns, frailty). With no histology this can be neither confirmed nor refuted.
Plan: treat as pressure ulcer, offload, review in 4 wks; low threshold to re-discuss biopsy if it spreads.
"""),
]}

B16 = {"patient_id": "B16", "age": 67, "sex": "M", "notes": [
("2023-10-09", "Orthogeriatric Review", """
ORTHOGERIATRICS
67M, day 4 post R hip hemiarthroplasty after mechanical fall on 04/10/23 (slipped in shower).
ESRD, haemodialysis three times weekly (in-patient sessions arranged). T2DM insulin-treated (humulin I BD). BMI 38.5, obese. Not on warfarin.
VTE: heparin 5000 u s/c tds, given into the abdominal wall either side of the umbilicus.
Delirium screen 4AT 2. Mobilising w/ frame.
Skin: intact.
"""),
("2023-10-16", "Orthopaedic Ward Note", """
Ortho WR
Nursing concern: painful purple net-like patches around umbilicus, noted 13/10. O/E retiform purpura periumbilical, both sides, with a 1 cm dusky central area L side; very tender. Coincides with heparin injection sites.
Plt 210 (stable), HIT screen sent.
Imp: concern for calciphylaxis; other possibility is heparin-related skin necrosis. Heparin stopped; fondaparinux unsuitable on HD, so mechanical prophylaxis only. Derm asked to see; biopsy planned.
"""),
("2023-10-19", "Discharge Summary", """
DISCHARGE SUMMARY - transferred to Harrowgate Community Rehab (out of area), bed became available today
Dx: R #NOF, hemiarthroplasty 05/10/23.
Issues: periumbilical retiform purpura at former heparin injection sites - possible calciphylaxis vs heparin necrosis, NOT confirmed. HIT screen negative. Biopsy was booked for 20/10 but transfer took priority; receiving team asked to arrange derm review locally.
Medications: insulin as before, calcium acetate held.
BMI 38.5.
"""),
]}

B17 = {"patient_id": "B17", "age": 59, "sex": "F", "notes": [
("2020-02-19", "Falls Clinic", """
Falls clinic
59F, 2 falls Jan/Feb 2020 - pain in thighs makes her legs "lock". No injuries.
PD (CAPD) for ESRD. Type 2 diabetic, sitagliptin only, no insulin. Nil anticoagulation. Obese, BMI 30.4.
O/E: several tender deep nodules in both anterior thighs, skin over them slightly purple, no ulceration. Pt says they appeared over the last month. No trauma, heat or injections at those sites.
Imp: r/o calciphylaxis; ddx panniculitis. Derm referral. Physio for balance once pain controlled.
"""),
("2020-03-04", "Dermatology Clinic", """
Derm
Punch biopsy R thigh nodule (26/02): lobular panniculitis, non-specific; vessels in the specimen uncalcified. Sample possibly too shallow; calciphylaxis not excluded.
Pt declined a deeper incisional bx for now.
Plan: analgesia, review 8 wks. If new ulceration -> urgent re-review.
"""),
("2020-05-13", "Falls Clinic Follow-up", """
Falls f/u (telephone, COVID)
No further falls. Thigh nodules much less sore, "going down". No ulcers.
Derm review was cancelled due to pandemic; no diagnosis reached for the nodules - calciphylaxis stayed a possibility throughout and never got confirmed.
Continuing home exercise programme. BMI not rechecked.
"""),
]}

B18 = {"patient_id": "B18", "age": 76, "sex": "M", "notes": [
("2022-08-02", "Emergency Department - Orthopaedic Referral", """
ED -> ortho on call
76M, fell stepping off the bus today, L shin struck the step edge. Warfarin (AF), INR 3.4.
Large flap pretibial laceration L shin, distally based, 8 cm, flap dusky at tip, haematoma beneath.
XR L tib/fib: no #.
PMH: CKD 3a (eGFR 48), no diabetes. BMI 25.0.
Plan: haematoma evacuated, flap laid back with steristrips, plastics dressing clinic.
"""),
("2022-08-09", "Plastic Surgery Dressing Clinic", """
Plastics dressing clinic
L pretibial flap: distal 4 cm of flap necrotic, black, haematoma re-accumulated. Painful.
SHO note from GP visit queried "?calciphylaxis". Not so - no dialysis, modest CKD, and this is the classic course of a pretibial flap laceration with haematoma. Debrided under LA today; tissue sent.
Plan: NPWT, consider SSG.
"""),
("2022-08-30", "Falls Clinic", """
Falls clinic (referred from plastics)
Histology from debrided flap: necrotic skin and haematoma, no calcified vessels; calciphylaxis ruled out.
Wound granulating, SSG booked.
Falls assessment: 1st fall in 2 years, mechanical. Vision OK, BP no postural drop. INR variable - GP to review warfarin control.
Advice on bus travel: use the handrail, sit before the bus moves.
"""),
]}

B19 = {"patient_id": "B19", "age": 62, "sex": "F", "notes": [
("2021-11-22", "Fracture Clinic", """
Fracture clinic
62F, FOOSH on frosty driveway 18/11/21, R distal radius # (extra-articular, dorsal tilt 8 deg). Closed reduction not needed. Short arm cast, 5 wks.
PMH: T2DM (metformin + empagliflozin), obesity BMI 32.0. Renal function normal (eGFR 88). No anticoagulants.
FLS referral for DXA.
"""),
("2021-12-20", "Fracture Clinic", """
cast off.
R wrist: healed clinically, XR united. Skin under cast fine.
Pt anxious about her legs - her sister (on dialysis for years) developed calciphylaxis and passed away from it last spring; worried it could happen to her too. Examined: no skin lesions at all, legs and abdomen normal. Kidneys normal. Reassured; explained it is almost always a complication of kidney failure.
Hand therapy referral for stiffness.
"""),
("2022-01-31", "Hand Therapy", """
Hand therapy - R wrist
ROM: ext 50, flex 45, sup 70, pron 80. Grip R 12 kg / L 24 kg.
Pain 2/10. Oedema mild.
Ex programme progressed, putty issued. 2 more sessions.
"""),
]}

B20 = {"patient_id": "B20", "age": 70, "sex": "M", "notes": [
("2025-09-03", "Falls Clinic", """
FALLS CLINIC - new
70M, haemodialysis Tue/Thu/Sat since 2021. T2DM on insulin (degludec + novorapid). Not on warfarin. BMI 26.8.
Falls: 3 post-dialysis falls, lightheaded on standing. Lying/standing BP 132/74 -> 104/60 at 3 min.
Skin: intact throughout, no ulcers or nodules - no evidence of calciphylaxis.
Renal nurse asked us to reinforce: dialysis puts him at risk for calciphylaxis, so no hot water bottles on the legs, rotate insulin sites, and report any new painful skin lesion promptly.
Plan: discuss dry weight with renal, sit 10 min before standing after HD, compression not advised, strength/balance programme.
"""),
("2025-11-12", "Falls Clinic Follow-up", """
Falls f/u
1 near-miss, no falls since dry weight increased by 0.5 kg. Postural drop now 12 mmHg.
Skin remains intact. BMI 27.5.
Continue programme. Discharge to community falls service.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
