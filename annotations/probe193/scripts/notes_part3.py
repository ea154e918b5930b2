"""probe193 corpus notes, A15-A20 (sickle cell and haemoglobinopathy day unit and the clinics around it; all invented)."""

A15 = {"patient_id": "A15", "age": 50, "sex": "F", "notes": [
("2019-10-15", "Red Cell Day Unit Attendance", """
RCDU - 15/10/2019

50F HbSC. CKD4, eGFR 22, not yet dialysing, pre-dialysis education done. T2DM on
insulin (Lantus 30u), into the thighs. No warfarin. BMI 34.0, obese.

Abdominal crisis, 7/10, 1 day. Abdo soft, no guarding. Obs: T 37.3, HR 96, BP 150/88, sats 97%.
Most days she keeps a hottie pressed to her lower abdomen, has done since the summer.
Lower abdominal skin shows a lacy brown-red pattern, and on the L side two tender firm lumps
under it, which she says are new this month.
Paracetamol, oxycodone, fluids. Pain 3/10, home.
Advised to stop the hot water bottle; asked GP to refer to derm.
"""),
("2019-11-05", "Dermatology Clinic", """
Dermatology clinic 05/11/2019

50 yo woman, HbSC, CKD 4 (not on dialysis), diabetic on insulin; GP referral from RCDU.
Lower abdomen: lacy brown pigmentation - EAI from the hot water
bottle. Within it, L lower abdomen, two tender indurated subcutaneous nodules, 2cm and 3cm,
the larger violaceous centrally. No ulceration. Nothing similar elsewhere.
Ca 2.48, PO4 1.7, PTH 31.
Imp: EAI plus panniculitis? or early calciphylaxis? Not possible to separate clinically.
Punch biopsy taken from the larger nodule today. Stop the hot water bottle.
"""),
("2019-11-26", "Dermatology Results", """
Derm results - 26.11.19

Punch biopsy 05/11: septal panniculitis; no calcified vessels identified, however too
shallow (no deep fat) - non-diagnostic.
Nodules unchanged, no ulceration. She has stopped the hot water bottle. Ca 2.45, PO4 1.8 at the GP last week.
Told what to look out for: breakdown of the skin, spreading purple areas, severe pain.
Calciphylaxis still cannot be excluded. Deep incisional bx offered - declined.
She is moving to Aberdeen next month; care transferred to the renal and derm teams there with a
letter. BMI 33.6.
"""),
]}

A16 = {"patient_id": "A16", "age": 33, "sex": "M", "notes": [
("2025-03-04", "Red Cell Day Unit Attendance", """
RCDU 04/03/2025 - open access

33M HbSS, ESRD on CAPD. Not diabetic. Previously warfarinised for CVST 2016-18, none now.
VOC, legs + back, 9/10 since last night.
Obs T 37.2, HR 104, BP 138/90, RR 20, SpO2 96%. 86kg, BMI 28.1.
Morphine 7.5mg SC x2 into the R anterior thigh - he always asks for that spot, and it has had
every SC dose here since his first crisis admission this year, 09/01/2025.
Hb 75, retics 7%.
Pain 4/10 at 15:00, d/c with TTO.
"""),
("2025-03-25", "Peritoneal Dialysis Clinic", """
PD clinic 25/3/25

33M HbSS, ESRD on CAPD. Not on warfarin now.
CAPD, UF 1.1 L/day, effluent clear. Exit site fine.
Shows me a sore violaceous plaque, R anterior thigh, 5x4cm, firm, centre dusky,
noticed last week. Ca 2.60, PO4 2.45, PTH 91.
Imp: concern for calciphylaxis at his injection site; DDx injection-site fat necrosis.
Obs: BP 132/84, wt 86.5 kg. Last RCDU visit 04/03.
Plan: urgent derm; ask RCDU to use other sites. Switch binder to sevelamer. BMI 28.3.
"""),
("2025-04-08", "Dermatology Clinic", """
Dermatology 08/04/2025

R anterior thigh - 5x4.5cm violaceous induration, retiform edge just visible, no eschar.
Site of repeated subcutaneous morphine injections from the day unit.
Pain 6/10. Nothing on the trunk or other leg. Bone profile unchanged since PD clinic.
Imp: possible early calciphylaxis versus injection-site panniculitis / fat necrosis.
Deep biopsy advised; he declines for now ("not another wound").
He is relocating to Bristol for work next month - summary sent to the receiving renal unit with a
suggestion to revisit biopsy. BMI 28.0.
"""),
]}

A17 = {"patient_id": "A17", "age": 55, "sex": "M", "notes": [
("2020-02-11", "Red Cell Day Unit Attendance", """
RCDU attendance 11/02/2020

55M HbSS, ESRD, HD M-W-F. Diabetes, diet controlled (HbA1c 50), no meds. No warfarin.
Crisis, lower legs, 6/10.
Also: fell on the stairs at home 3 days ago, scraped his L shin against a step edge. Graze
6 x 2 cm L anterior shin, scabbed, no infection.
Obs: T36.9 HR86 BP144/86 sats 97%. BMI 29.5.
Hb 82, retics 6%.
Oral analgesia only. Graze cleaned, dry dressing. Home 14:00.
Skin elsewhere: no ulcers. HD tomorrow as normal. Crisis pain 3/10 by lunchtime.
"""),
("2020-03-03", "Haemodialysis Nursing Note", """
HD nurse 03/03/2020

L shin graze has not healed. Now a 4x3cm ulcer, centre black, purple mottling
spreading around it; pain 9/10 - disproportionate. Started to look like this about 10 days ago.
Pre-HD BP 150/86, T 37.0. Dressing changed, photo to chart.
Ca 2.59, PO4 2.31, PTH 69.
Dr Mensah: ?calciphylaxis ?sickle leg ulcer. Derm + TVN referral.
He feels tired, eating less. Post-HD wt 79.2. Wife asked for a call from the doctor. Derm to see him on the unit Thursday.
"""),
("2020-03-17", "Inpatient Ward Note", """
Renal ward, day 5 of admission - 17/03/20

Admitted with sepsis from a chest source, now improving; off oxygen today. CRP 88 (240
on admission). Alfentanil syringe driver for pain.
L shin ulcer: 5x4cm, eschar, retiform purpuric margin.
Derm saw him: possible calciphylaxis vs sickle ulcer - biopsy not done (bleeding risk with
platelets of 41, and pt declined).
Empirical STS on HD started for possible calciphylaxis.
Family meeting: ceiling of care agreed, pt wishes to go to St Columba's hospice; transfer Thursday.
"""),
]}

A18 = {"patient_id": "A18", "age": 42, "sex": "F", "notes": [
("2018-05-22", "Haemodialysis Unit Consultant Review", """
HD unit consultant review 22/05/2018

42F HbSS, ESRD/HD. Warfarin (recurrent PE), INR 2.3. Not diabetic. BMI 22.0.
1/52 of painful purple patches over both thighs. No fever, no joint pain.
Started hydroxycarbamide early April (haem).
O/E: bilateral anterior thighs, palpable purpura, some with small central necrosis.
Pre-HD obs: BP 130/78, HR 80, T 36.7.
Ca 2.41 PO4 1.80 PTH 40. Plts 310, Hb 84.
Photos taken. Keep warfarin for now.
Imp: r/o calciphylaxis (on warfarin + ESRD) vs vasculitis. Derm urgent, biopsy.
"""),
("2018-05-29", "Dermatology Results", """
Dermatology 29/05/2018

Punch biopsy L thigh (23/05/18): leukocytoclastic vasculitis, fibrinoid change in superficial
vessels. von Kossa: no vessel calcium anywhere; deep fat unremarkable.
Calciphylaxis excluded.
Dx: cutaneous small-vessel vasculitis (hydroxycarbamide started 6 wks ago a possible trigger).
O/E: purpura on both thighs as before, no new areas, necrotic spots dry.
Plan: stop hydroxycarbamide, prednisolone short course, recheck 3 wks.
Vasculitis screen sent (ANCA, C3/C4, cryos). INR 2.4, warfarin unchanged; Hb 86.
She is relieved it is not what her nephrologist feared.
"""),
("2018-06-19", "Dermatology Follow-up", """
Derm follow up 19/06/2018

Purpura fading on both thighs, small necrotic spots healed with pale scars. No new lesions.
Vasculitis screen negative (ANCA, complement normal). Hydroxycarbamide stays off; haem to
discuss transfusion programme instead.
Prednisolone finished last week, no problems.
Warfarin continues, INR 2.5. BMI 22.3. Discharged from derm.
GP and renal copied; re-refer if the rash returns.
She is back at work part-time and says the thighs no longer hurt. Haem clinic in August to
plan transfusions. Skin elsewhere clear.
"""),
]}

A19 = {"patient_id": "A19", "age": 31, "sex": "M", "notes": [
("2022-04-12", "Haemoglobinopathy Clinic", """
Haemoglobinopathy clinic - annual review 12/04/22

31M HbSS. CKD 3a from sickle nephropathy (eGFR 52, ACR 38), on ramipril. T1DM on an
insulin pump (HbA1c 57). No warfarin. BMI 24.1.
3 crises last year, one admission.
He is very anxious: his older sister (a dialysis patient) died last year with calciphylaxis, and
he is asking if he is "next".
Skin looked over fully today - clear.
Explained the link with dialysis, calcium/phosphate; his own phosphate is normal.
Plan: hydroxycarbamide continue, renal clinic f/u.
"""),
("2022-07-05", "Nephrology Clinic", """
Renal clinic 05/07/2022

31M HbSS, CKD 3a from sickle nephropathy.
CKD 3a, stable, eGFR 50, ACR 35. BP 128/76 on ramipril 5 mg.
Ca 2.33, PO4 1.1, PTH 9, bicarbonate 24.
Reassured him about his sister's illness; his risk now is low, he is nowhere near dialysis and
his phosphate is normal. Skin intact.
Insulin pump, sugars OK. BMI 24.4.
Retinal screening up to date; feet checked, normal.
Plan: continue ramipril, annual urine ACR, review 6 months. Next bloods in January.
"""),
]}

A20 = {"patient_id": "A20", "age": 47, "sex": "F", "notes": [
("2024-01-16", "Haemodialysis Unit Consultant Review", """
HD review 16/01/2024

47F HbSC; ESRD (HD, Tuesday-Thursday-Saturday slot). Not diabetic. No anticoagulants. BMI 29.9 (overweight).
PTH 88, PO4 2.2 - high. Diet reviewed with renal dietitian. Binder adherence patchy.
Talked through calciphylaxis: people on dialysis with high phosphate can develop it, so I have
asked her not to put heat packs straight onto her skin and to flag up quickly any new sore
skin patch. Skin today intact.
Hb 101 on no ESA.
Plan: add cinacalcet, binder adherence, recheck PTH 6 wks. Clinic again in March.
"""),
("2024-02-20", "Red Cell Day Unit Attendance", """
RCDU attendance 20/02/2024

47F HbSC, ESRD on HD. Crisis in back + legs, 6/10, since last night.
Heat pack to the low back over her T-shirt for 30 min.
Obs T36.8 HR88 BP136/82 sats 98%.
Hb 96, retics 5%.
Skin checked as asked by renal: intact all over, no purpura, no ulcers, nothing to suggest
calciphylaxis.
Oxycodone, paracetamol. Home 14:30, pain 2/10. BMI 29.9.
Trigger this time: cold wait at the bus stop. Advised warm layers and fluids. Next HD tomorrow as usual.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
