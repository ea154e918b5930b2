"""probe149 corpus notes, E15-E20 (occupational health and the clinics around it; all invented)."""

E15 = {"patient_id": "E15", "age": 62, "sex": "F", "notes": [
("2022-03-08", "Occupational Health Visit", """
OCC HEALTH - employee complaint
Employer: Fairlow Market #4 (front-end cashier, 22 yrs)

62F, 152 cm tall, says the cash drawer at her register shoots open and hits her R anterior
thigh - "dozens of times a shift" - and she has had bruises there off and on since the new
registers went in last fall. Two weeks ago a hard, purple, extremely painful lump came up in the
same area and has not faded.
PMH: CKD stage 4 (eGFR 22, diabetic nephropathy), no dialysis yet; T2DM - Levemir 20 u at night
plus mealtime lispro; AF on Coumadin (INR 3.1 last week); HTN; hypothyroid.
VS: BP 152/80  HR 76 irreg  BMI 37.8  Wt 87.4 kg
Exam: R mid anterior thigh 5x4 cm firm violaceous plaque with faint net-like border, very
tender; older yellow-green bruising around it.
Assessment: ?calciphylaxis given predialysis CKD 4, Coumadin and obesity; vs
warfarin-related hematoma / skin necrosis vs traumatic fat necrosis. Needs derm.
Work: register with a side-opening drawer requested; seated stool; no restrictions otherwise.
"""),
("2022-03-22", "Dermatology Consult", """
DERMATOLOGY CONSULT

62F, CKD 4, on warfarin, insulin-treated diabetes, referred for a painful R anterior thigh plaque.
Exam: R anterior thigh 5.5x4.5 cm indurated violaceous plaque, faint retiform edge, no ulcer,
no eschar; old bruising resolving.
Ultrasound (3/15): heterogeneous subcutaneous fat, no organized hematoma, no abscess.
Impression: concern for early calciphylaxis; differential includes traumatic panniculitis from
the repeated drawer impacts and warfarin-associated necrosis. Cannot be distinguished without
tissue.
A deep incisional biopsy was offered - she declined today (afraid it won't heal), will think
about it.
Plan: cardiology asked about switching off warfarin; avoid further blows to the thigh; renal
follow-up for Ca/Phos/PTH.
"""),
("2022-04-26", "Nephrology Clinic Note", """
NEPHROLOGY - CKD CLINIC

CKD 4 (eGFR 20), diabetic; not on dialysis, modality ed done, prefers PD when needed.
R thigh plaque: a bit softer; pain now down to 5 of 10 (was 8). Still declines biopsy. Working
with new side
drawer register.
Cardiology switched Coumadin -> apixaban 2.5 bid on 4/4.
Lab: PO4 5.2, Ca 9.3, PTH 310, bicarb 19
BMI 37.6 today.
A/P:
1. R thigh plaque - possible calciphylaxis, never biopsied; improving off warfarin. If it
   ulcerates, strong push for biopsy.
2. Moving in May, two states away, where her daughter lives; records and imaging sent,
   referral to a nephrologist there.
"""),
]}

E16 = {"patient_id": "E16", "age": 70, "sex": "M", "notes": [
("2024-09-10", "Occupational Health Fitness-for-Duty Evaluation", """
FITNESS FOR DUTY - Calder Township (school crossing guard, 2 x 90-min posts daily)

70M referred by his supervisor after limping at his post. Painful sore, lateral L lower leg,
for about a month, no injury recalled.
PMH: ESRD, hemodialysis Tue/Thu/Sat; DM2 controlled on low-dose glipizide (no insulin); PAD s/p
L SFA stent 2021,
CAD on clopidogrel, never on warfarin.
VS: BP 156/70  HR 68  Wt 72.5 kg  BMI 25.1
Exam: L lateral calf 2.5x2 cm punched-out ulcer with dry black base and violaceous surround,
very tender; L foot cool, no palpable L pedal pulses; R DP 1+.
Assessment: L calf ulcer - arterial ulcer vs possible early calciphylaxis; neither excluded.
Determination: fit with restrictions - one post per day, may sit on a folding stool between
crossings; not fit for the 90-min AM post until wound improves. Vascular and wound referrals.
"""),
("2024-09-24", "Vascular Surgery Clinic Note", """
VASCULAR SURGERY

70M with a L lateral calf ulcer x ~6 wks.
ABI 0.62 on the L, 0.88 on the R. TBI L 0.31. Duplex: patent L SFA stent, multilevel tibial
disease, occluded
L anterior tibial.
Exam: ulcer 2.7x2.1 cm, dry eschar, violaceous rim; foot cool, dependent rubor L.
Impression: arterial insufficiency likely contributes; calciphylaxis cannot be excluded given HD,
PTH 880 and the violaceous rim. Biopsy not advisable until perfusion improved (poor healing
risk).
Plan: L leg angiogram with possible tibial intervention 10/2; continue clopidogrel + statin;
nephrology to tighten phosphate control.
"""),
("2024-10-15", "Wound Care Clinic Note", """
Wound clinic

s/p L AT angioplasty 10/2 - TBI now 0.48.
Wound L lateral calf: 2.6x2.0 cm, eschar intact, rim fading, pain 6/10.
Assessment: suspected calciphylaxis vs ischemic ulcer, still undetermined. Dermatology felt a
biopsy is reasonable now but pt wants to wait and see whether it heals after the angioplasty.
Empiric: nephrology started STS with HD 10/8 "for possible calciphylaxis".
Plan: Betadine paint to eschar, offloading, recheck 2 wks; rediscuss biopsy if no progress.
Pt has resigned from the crossing guard job effective 10/31.
BMI 24.9.
"""),
]}

E17 = {"patient_id": "E17", "age": 44, "sex": "F", "notes": [
("2021-06-15", "Occupational Health Pre-Placement Examination", """
PRE-PLACEMENT EXAM - Ormsby Public Library (library assistant, light PDC)

44F, kidney failure (reflux nephropathy), does CAPD by hand - 4 bags a day, one at lunch; employer
agreed to a clean private room. No diabetes, no warfarin.
Job demands: shelving carts to 25 lb, standing 50%.
VS: BP 130/84  HR 80  Ht 163 cm  Wt 83.7 kg  BMI 31.5
Skin: lacy violaceous mottling over both thighs, fixed, non-blanching in places; 1 cm tender
nodule L anterior thigh. She first noticed the mottling in April.
Assessment: fit for duty without restrictions; exchange space accommodation. Livedo of both
thighs - livedo reticularis vs livedo racemosa; r/o calciphylaxis in a PD patient. Letter to her
nephrologist.
"""),
("2021-07-06", "PD Clinic Note", """
PD CLINIC

Started new library job 6/28, doing lunch exchanges without problems; no cloudy bags, no
abdominal pain. Exit site clean.
CAPD: 4 x 2 L daily, one 2.5% bag, rest 1.5%; residual urine ~500 mL.
VS: BP 134/82, wt 84.0 kg.
Skin: livedo racemosa of both thighs, now two tender subcutaneous nodules (L anterior thigh
1.2 cm, R medial thigh 0.8 cm), no ulceration.
Lab: PO4 6.6, Ca 10.1, PTH 720, Alb 3.1
Assessment: concern for early calciphylaxis, not confirmed. Calcium carbonate stopped ->
sevelamer; calcitriol held.
Plan: derm skin biopsy scheduled 7/13 (deep incisional, not a shave). Obesity counselling; BMI 31.6.
Current meds - Renvela 800 TID, furosemide 80 bid, amlodipine 5, monthly ESA.
"""),
("2021-08-10", "PD Clinic Note", """
PD CLINIC f/u

Missed the derm biopsy on 7/13 and again 7/27 (work schedule, fear of needles). Nodules
unchanged, mild tenderness only, no ulcers. Livedo unchanged.
Labs: Ca 9.5  Phos 5.4  PTH 540
Assessment: suspected calciphylaxis, still unconfirmed; could also be benign livedo with
panniculitis. Biopsy rescheduled for 8/24 on a Saturday so she does not miss work.
BMI 31.5. Adequacy acceptable, Kt/V 1.8. Peritoneal equilibration test: high-average transporter.
Catheter exit: dry and clean.
Plan: continue sevelamer, recheck PTH next month; she agreed to the 8/24 date and will get a
reminder call from the derm office. Note for employer re: one morning off.
"""),
]}

E18 = {"patient_id": "E18", "age": 67, "sex": "M", "notes": [
("2025-02-18", "Occupational Health DOT Medical Examination", """
DOT EXAM - interim (post-cardiac event)
Employer: Teague Hauling (regional CDL-A)

67M, nocturnal HD in a center on Mon/Wed/Fri, insulin-requiring T2DM (Novolog + Basaglar), HTN, CAD.
Left heart cath by R femoral access 1/28/25 with two DES to LAD.
About a week after the cath, painful purple toes and blotchy purple skin on the soles and the
tops of both feet. Walking hurts.
VS: BP 138/76  HR 72  BMI 27.9
Exam: livedo over both dorsal feet and soles, violaceous 2nd-4th toes bilat, small dusky
tip of the L 3rd toe; pulses in both feet palpable. R groin puncture healed.
Assessment: ?calciphylaxis vs cholesterol emboli after catheterization. Also recent PCI
(one-week wait met).
Determination pending: derm/nephrology input on feet, cardiology clearance letter.
"""),
("2025-03-04", "Dermatology Consult", """
DERMATOLOGY CONSULT
Ref: occupational health (DOT examiner) and nephrology.

67M on nocturnal HD, diabetic on insulin, CAD with LAD stents placed 1/28/25.
Feet: retiform purpura and livedo both dorsal feet, dusky toes; started ~1 wk after the 1/28 cath.
Punch biopsy 2/24 L dorsal foot: cholesterol clefts within small arterioles with surrounding
inflammation; von Kossa negative for mural calcium; fat intact.
Eosinophils 9% on CBC.
Impression: cholesterol crystal embolization following the 1/28 heart cath (atheroemboli).
Calciphylaxis ruled out.
Exam: both dorsal feet with fading retiform purpura, toes 2-4 dusky bilaterally, L 3rd toe tip
dry and dark 4 mm; pulses present; biopsy site healing.
Plan: high-intensity statin, foot protection, no further endovascular procedures unless needed;
nephrology aware. Letter to the DOT examiner: skin findings do not by themselves bar driving.
"""),
("2025-04-01", "Hemodialysis Progress Note", """
HD progress note (nocturnal, MWF)

Cholesterol emboli to both feet after cath - toes improving, L 3rd toe tip dry, no gangrene
spread. Skin biopsy excluded calciphylaxis.
Insulin: Basaglar 16 u + Novolog SSI. A1c 7.2.
Lab: PO4 5.0, Ca 9.1, PTH 360, eos 5%
Meds: atorvastatin 80, aspirin, clopidogrel, sevelamer, metoprolol.
BMI 27.9.
VS: pre 146/78, post 132/70; UF 2.4 L.
Feet: livedo much lighter, toes pink except the dry L 3rd tip, no new purpura.
DOT: cardiology letter sent to examiner; he hopes to drive again in May.
Plan: podiatry for nail and tip care, continue statin, recheck eosinophils in 1 month.
"""),
]}

E19 = {"patient_id": "E19", "age": 34, "sex": "F", "notes": [
("2016-08-22", "Occupational Health Pre-Employment Physical", """
PRE-EMPLOYMENT PHYSICAL - Little Acorns Daycare (infant room aide)

34F. PMH: ADPKD with CKD stage 3a (eGFR 52), HTN on lisinopril. No diabetes. No anticoagulants.
Family hx: father ADPKD, ESRD on HD since 2012; brother on dialysis died in 2014 from
calciphylaxis; the worry is obvious.
Immunizations: MMR x2, varicella titer immune, Tdap 2015, flu declined (will reconsider), TB
IGRA drawn today.
VS: BP 128/82  HR 70  Ht 165 cm  Wt 60.8 kg  BMI 22.3
Exam: normal. Skin warm, no rashes, no lesions. Abdomen: palpable bilateral flank masses (known
cysts).
Lift test: 35 lb floor to waist OK.
Determination: fit for duty, no restrictions. Advised hand hygiene and BP follow-up.
"""),
("2016-11-09", "Nephrology Clinic Note", """
NEPHROLOGY

ADPKD, CKD 3a, eGFR 50. Started at daycare in September, enjoys it.
Asks again about calciphylaxis after what happened to her brother. Explained it occurs mostly in
people on dialysis; her calcium, phosphorus and PTH are normal (Ca 9.4, Phos 3.7, PTH 61).
Skin exam: no lesions.
BP 124/78, BMI 22.3. Tolvaptan discussed, not started yet.
Ultrasound 10/2016: enlarged kidneys with multiple cysts, total kidney volume up modestly.
Meds: lisinopril 20 mg daily. No NSAIDs advised.
Plan: labs 3 months; BP goal < 130/80; genetic counselling offered for family screening;
low-salt diet, good hydration (water at work).
"""),
]}

E20 = {"patient_id": "E20", "age": 59, "sex": "M", "notes": [
("2026-03-03", "Occupational Health Return-to-Work Evaluation", """
RETURN TO WORK EVALUATION
Employer: Brackwater Foundry (ladle operator / pouring floor)

59M off since 11/2025: ESRD (IgA nephropathy), started in-center HD T/Th/Sat 12/2025 via L
radiocephalic AVF. No diabetes. Never on warfarin.
Job: radiant heat from pouring, aluminized jacket + face shield, 10-h shifts, lifting to 50 lb.
Weight today 84.6 kg (no height recorded).
Exam: full skin survey - intact, AVF L forearm good thrill, no edema.
Counselling: fluid limits vs heat stress plan (scheduled cool-down breaks, weigh-in pre/post
shift); people on dialysis carry a calciphylaxis risk, so he should avoid skin burns and
should not use heat or cold packs; any new painful skin spot to be reported early. Keep AVF arm
out of direct radiant heat.
Determination: fit for modified duty - no pouring on dialysis days, no lifting > 25 lb with the
L arm, 8-h shifts x 4 wks.
"""),
("2026-03-24", "Hemodialysis Progress Note", """
HD progress note

Back at the foundry 3/9, modified role (core room, not pouring). Tolerating HD T/Th/Sat.
Interdialytic gain 2.1-2.8 kg. Post wt 82.9 kg.
Skin check at his request after the occupational health talk: no rashes, no nodules, no painful
areas; no signs of calciphylaxis.
Chem: phosphorus 5.6, Ca 9.2, PTH 390, Hb 10.8
VS pre-HD 152/84, post 136/76. Access: L forearm AVF, strong thrill, cannulation uneventful.
Meds: sevelamer 1600 mg with meals, amlodipine 10 mg, epoetin with HD.
Reinforced: keep hot packs and ice off the skin; phosphate binder with meals.
Plan: continue current prescription; RTC.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
