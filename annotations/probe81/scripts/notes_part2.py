"""probe81 corpus notes, A08-A14 (skilled nursing facility / nursing home; all invented)."""

A08 = {"patient_id": "A08", "age": 59, "sex": "M", "notes": [
("2018-08-27", "SNF Admission H&P", """
H&P - admission to Cedar Point Skilled Nursing
59M w/ type 1 DM since childhood (insulin pump, infusion set changed q3d, sites rotated across abdomen), ESRD on hemodialysis MWF x 4 yrs via L forearm fistula, neurogenic bladder.
Indwelling Foley placed at the hospital 8/20/18 for retention; discharged w/ leg bag, strapped snugly to the right thigh with two elastic velcro bands since that day.
No hx of anticoag.
Exam: obese, Wt 287 lb, BMI 41.2. Skin intact; mild red impression from upper leg bag strap on R thigh, blanches.
Plan: urology f/u for voiding trial, catheter care q shift.
"""),
("2018-10-30", "Weekly Wound Rounds", """
WEEKLY WOUND ROUNDS
R anterior mid thigh, directly beneath the upper velcro strap of the urine leg bag: firm, board-like purple plaque 6 x 2.5 cm running horizontally along the strap line, center black and dry. Resident reports it has been sore "since the middle of October", staff thought it was a strap rub at first.
Exquisite pain on light touch out of proportion to appearance.
Strap moved to L leg, padded. Dr. Ocampo paged re: concern for calciphylaxis.
"""),
("2018-11-13", "Physician Note", """
Physician follow-up
Derm biopsy results (R thigh, 11/2): small-vessel mural calcification, thrombi, septal panniculitis w/ necrosis - consistent with calciphylaxis. Diagnosis confirmed.
Lesion corresponds precisely to the constant pressure of the leg-bag strap over the R thigh worn since 8/20. Pump sites on abdomen clean.
Thiosulfate infusions ordered for dialysis days; calcium carbonate changed to lanthanum. Weight 283 lb / BMI 40.6.
"""),
]}

A09 = {"patient_id": "A09", "age": 72, "sex": "F", "notes": [
("2022-04-11", "MDS Skin Check", """
MDS 5-day skin review
Skin intact, no pressure injuries, no venous/arterial ulcers.
Notes: resident insists all insulin (NPH bid) be given in her RIGHT thigh -- "my left leg's the bum one, leave it be". Honored per resident rights; injection sites rotate within R anterior thigh only.
DX: ESRD - hemodialysis (TTS, AV graft R arm), DM2 (NPH), morbid obesity w/ BMI 38.0, CAD. Not on warfarin.
"""),
("2022-05-03", "Wound Nurse Note", """
Wound care - new skin finding
L lateral thigh: area of violaceous netlike mottling about a hand's breadth across, black eschar the size of a nickel in its middle, firm induration beneath. Very painful. Res first felt it about 10 days ago.
No injections, heat, falls or trauma to the left leg per res and MAR (all insulin to R thigh, R thigh skin clear w/ small healed needle marks only).
MD notified, photos uploaded.
"""),
("2022-05-20", "Physician Monthly Visit", """
Monthly visit
Path from L thigh bx 5/10 is back -- calciphylaxis; pathologist describes mural calcium in arterioles with clot.
Single lesion L lateral thigh, no lesion on right leg.
A/P: calciphylaxis - STS w/ HD, stop calcium supplement, wound care w/ WOCN. DM2 - insulin continues into R thigh for now; plan to move to arms. BMI 37.4.
"""),
]}

A10 = {"patient_id": "A10", "age": 80, "sex": "M", "notes": [
("2022-09-06", "Weekly Wound Rounds", """
Wound Rounds 9/6/22
New: back of L calf, dusky purple indurated patch, roughly 3cm round, small black center, edges lacy. Res states it "just showed up" on 9/1 and has been throbbing since.
He says he never knocked that leg; staff report no fall this month; no warm compress, no ice to that calf, no scratching. Legs kept elevated on pillow, heel boots on.
Hx: ESRD, PD overnight via cycler; Coumadin (mechanical MVR); not diabetic. BMI 25.3.
Plan: notify MD, protect area, foam dressing.
"""),
("2022-09-21", "Fall Incident Note", """
FALL NOTE
Res found on floor beside bed at 0320 on 9/20, attempted to get up w/o calling. Struck his left shin against the bed frame -- skin tear to front of L shin (approx 4cm flap), bleeding controlled, steri-strips. Existing dressing on L calf wound intact, not disturbed.
INR 2.8. No head strike. Neuro checks started. Low bed + mat at bedside.
"""),
("2022-10-04", "Physician Monthly Visit", """
MD visit
Derm bx of L calf lesion (9/13) = calciphylaxis, confirmed on histology.
Skin tear from the 9/20 fall on L shin is healing, unrelated; the calf lesion had been present for nearly 3 weeks before that fall.
Warfarin -> changed to apixaban? Not possible with mechanical valve; continue warfarin, discuss with cardiology. Nephrology adjusting PD prescription, adding STS. BMI 25.0.
"""),
]}

A11 = {"patient_id": "A11", "age": 66, "sex": "F", "notes": [
("2024-02-27", "Wound Nurse Note", """
Wound/ostomy RN consult
Reason: painful lesion R flank, present since mid February 2024 per resident.
Assessment: R flank, above the iliac crest: star-shaped purpuric plaque ~5cm, black eschar centrally, livedo at periphery. No drainage.
Since Saturday 2/24 nursing staff have laid a cold gel pack over it for pain at resident request.
PMH: ESRD (HD Mon/Wed/Fri), DM 2 on insulin aspart + glargine, injections to both upper arms (R/L alternate). Warfarin for PE 2019, still taking. Obesity, BMI 33.4.
Recs: stop cold packs over lesion, MD eval for ? calciphylaxis, derm consult.
"""),
("2024-03-08", "Physician Note", """
Progress note - attending
Bx R flank 3/1: calcific arteriolopathy with thrombosis = calciphylaxis.
Gen surg took down the eschar at bedside 3/5 (sharp debridement); Dakin's packing, wound VAC under consideration.
No prior trauma at the flank before the lesion appeared per pt and chart.
Plan: warfarin stopped, apixaban started. STS w/ HD. Hydromorphone PRN. BMI 33.1.
"""),
]}

A12 = {"patient_id": "A12", "age": 78, "sex": "M", "notes": [
("2023-06-12", "SNF Admission Nursing Assessment", """
NURSING ADMISSION DATA BASE
78M from University Hosp, mostly bedbound after prolonged ICU course. Morbidly obese (bed scale wt pending, no BMI in transfer records). ESRD on HD TuThSa, R IJ permcath. No diabetes (A1c 5.1). No coumadin.
Skin: Stg II PI over sacrum (2cm x 1.5cm), pink base, from lying supine in hospital (per transfer sheet present since ICU). Large pannus, skin folds w/ mild redness, intact.
Wife brought his electric heating pad from home, he keeps it across both knees for arthritis.
Interventions: LAL mattress, turn and reposition every 2 hrs, sacral foam.
"""),
("2023-07-18", "Weekly Wound Rounds", """
WEEKLY WOUND ROUNDS
1) Sacral PI (stg II) - smaller, now ~15 mm, granulating nicely.
2) NEW - pannus, lower anterior abdominal wall: three hard, purple-black plaques 2-5 cm w/ netlike border, exquisitely tender. Noted by CNA this wk. No injections given in abdomen (no SC meds ordered), no heat or tape there.
3) Knees: faint brownish reticular toasting from the heating pad, no breakdown.
MD aware.
"""),
("2023-08-02", "Physician Monthly Visit", """
Monthly physician visit
Pannus lesions bx 7/24 read as calciphylaxis. Confirmed.
Sacral wound = ordinary bed-related PI on the mend, not calciphylaxis; derm concurs.
Plan: STS per renal, pannus support sling, wound care per WOCN. Heating pad removed as precaution.
Obesity: class III.
"""),
("2023-08-15", "Family Phone Call", """
Spoke w/ wife Loretta re: the belly sores. Explained they are calciphylaxis, which comes from his kidneys failing, and the sacral wound is a separate bed sore that is getting better. She asked if the heating pad caused the belly sores - no, it was only ever on his knees. Will bring him slippers. All questions answered.
"""),
]}

A13 = {"patient_id": "A13", "age": 62, "sex": "F", "notes": [
("2025-03-04", "Wound Nurse Note", """
WOUND RN -- new consult
L breast, LOQ: firm deep-purple plaque (4cm x 3cm), necrotic middle, satellite livedo. Onset approx 02/20/2025 per resident. Pain 9/10.
Interview: nothing was ever injected in that breast; she has not put heat or ice there; her bra is a soft sports type and not snug; no bumps or falls, no insect bite.
PMH: ESKD, CCPD at night; DM2 - insulin (given into abdomen, R side mostly), obesity BMI 38.5. No warfarin ever.
Plan: MD eval, derm referral.
"""),
("2025-03-14", "Physician Note", """
Attending note
L breast lesion - biopsy 3/10 confirmed calciphylaxis. Mammogram neg for malignancy.
Plan: STS via PD team, stop calcium binder. Should DVT ppx ever be needed, her heparin shots go in the thighs -- keep every needle away from the chest. Avoid trauma to breast.
BMI 38.1.
"""),
("2025-04-01", "Family Phone Call", """
Called husband Teodoro w/ update. Breast wound smaller, eschar softening. He asked whether the insulin shots could have caused it -- explained her shots go in her belly, far from the breast, and nothing injured the breast beforehand. Follow-up derm visit 4/15.
"""),
]}

A14 = {"patient_id": "A14", "age": 70, "sex": "M", "notes": [
("2020-10-13", "Dialysis Education / Nursing Note", """
Care conference note (nursing home + dialysis RN)
70M, ESRD - in-center hemodialysis since 2014, IDDM (Levemir + Novolog, given SC in abdomen), not on anticoagulants. BMI 31.2.
Education: high-risk profile for calciphylaxis. Resident and aides told: keep thermal stuff off his legs -- heat wraps, frozen gel packs, hot-water bottles, none of which he has used so far -- no snug socks, and tell the nurse about any new sore or tender skin spot.
Skin check: intact.
"""),
("2020-12-01", "Weekly Wound Rounds", """
Wound rounds
Bilat posterior calves: several painful indurated violaceous plaques, largest 3 cm on L, two w/ black eschar. Res noticed them ~1 wk ago.
R antecubital: small bruise from lab draw 11/28, resolving.
No heat/cold/injection/trauma to lower legs - staff and res confirm; insulin only in abdomen.
Notified MD.
"""),
("2020-12-18", "Physician Note", """
MD note
Bx L calf 12/8: calciphylaxis confirmed.
Calves bilaterally. Antecubital bruise resolved, unrelated.
Plan: STS, cinacalcet, wound care, pain control. BMI 30.8.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
