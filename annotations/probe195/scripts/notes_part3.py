"""probe195 corpus notes, C15-C20 (peritoneal dialysis training and follow-up unit and the clinics
around it; every person, place and sentence invented)."""

C15 = {"patient_id": "C15", "age": 67, "sex": "M", "notes": [
("2020-09-15", "Nephrology PD Clinic", """
NEPHROLOGY - PD CLINIC   9/15/2020
67M, ESRD (diabetic nephropathy) on APD since 2018. T2DM on insulin (degludec + aspart).
New: L leg DVT on duplex 9/8. Started enoxaparin SC once daily the same day, dose cut for
kidney function, anti-Xa to be checked. Self-injects, lower abdomen, L and R.
Haematology would prefer warfarin long term; pt is undecided, wants to read about it.
Nothing started yet.
O: BP 138/80 | 99.0kg | BMI 30.8
L calf swollen, warm; skin intact. Exit site fine.
Labs: PTH 380, Hb 10.4, plt 212, cCa 9.3, phosphate 6.1.
Plan: continue enoxaparin; anti-Xa 4 h post dose on Friday; revisit anticoagulant choice
in 3 weeks.
"""),
("2020-10-06", "PD Clinic RN Note", """
PD clinic - RN note   10/06/20
Pt shows me several painful firm purple areas on the lower abdomen, "where the needles go",
coming up over about 2 weeks.
Exam: 3 purple plaques 2-3 cm across the lower abdomen, firm and tender; the
largest is grey-dusky in the middle. No drainage. Skin elsewhere fine.
Anti-Xa last week 1.4 (high) - pharmacy lowering the dose.
Exchanges: cycler 4 cycles, UF 500-700 mL. Exit site: no crust.
BP 134/78, wt 98.6kg.
Dr Lindahl informed; derm referral placed.
"""),
("2020-10-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
67M on PD, anticoagulated with SC enoxaparin into the lower abdomen since 9/8 for a DVT.
Lesions: lower abdomen, 3 indurated purpuric plaques 2.5-3.5 cm at his injection sites,
one with a dusky centre, no frank eschar.
Differential: injection-site haematomas with fat necrosis from LMWH vs early
calciphylaxis; in a dialysis patient with this picture I cannot exclude calciphylaxis.
Biopsy offered today; he declines ("enough holes in me").
Social: leaves for Tucson next week - daughter's spare room; PD care transferring to a unit
there, records and this note sent.
Haematology has switched him to apixaban; he never started warfarin.
BMI 30.8.
"""),
]}

C16 = {"patient_id": "C16", "age": 72, "sex": "F", "notes": [
("2022-12-06", "PD Home Visit", """
PD HOME VISIT - RN (winter check)
72F, CAPD 2 yrs, lives alone with her cat, very tidy set-up.
Heat: since Halloween she warms two bags at a time on a heating pad, then lays the warm
bags across her thighs under a throw while watching TV - "my lap warmer". Does this
most evenings for an hour.
Skin: both anterior thighs with a red-brown net-like mottling; a tender pea-sized
nodule on the R anterior thigh.
BP 132/70   wt 66.0kg   BMI 26.7
Not diabetic. No warfarin.
Exit site clean. Effluent clear.
Advised to stop putting bags on her legs. Photos sent to Dr Amari.
"""),
("2022-12-20", "Nephrology PD Clinic", """
PD clinic - nephrology     Dec 20, 2022
S: still uses the warm bags on her lap some nights. Nodule on R thigh sore when touched.
O: Anterior thighs bilat - reticulate brown-red pigmentation; R anterior thigh: a 1.5cm
subcutaneous nodule, firm and tender, faint violaceous edge, not ulcerated.
Labs: PTH 410, cCa 9.4, phosphate 5.9, alb 3.5.
A: erythema ab igne from the warmed bags; the nodule could be an early calciphylaxis
lesion - cannot rule it out.
P: stop the bag-on-lap habit completely; derm referral for opinion +/- biopsy; she
would like to wait and see.
"""),
("2023-01-17", "Dermatology", """
Dermatology - new consult
Mottling of both anterior thighs is fading since the heat stopped. R anterior thigh
nodule 1.2 cm, still firm and tender, no eschar, no ulceration.
Impression: erythema ab igne, resolving. The R thigh nodule remains unexplained;
possible early calciphylaxis versus a small panniculitis.
Deep biopsy recommended; she says no for the moment and would rather watch it.
Counselled on warning signs (darkening, opening, spreading pain).
Return 6 weeks or sooner.
PMH noted: ESRD on CAPD, HTN, osteoporosis. Not diabetic.
"""),
]}

C17 = {"patient_id": "C17", "age": 54, "sex": "M", "notes": [
("2019-06-04", "PD Clinic RN Note", """
PD CLINIC - RN
54M, APD 1 yr (ESRD, reflux nephropathy). Warehouse shift supervisor.
Wears heavy work trousers with a wide leather belt pulled tight, buckle pushed round to
the L side "to keep it off the tube" (catheter exits R).
For 2 weeks: red, hard, tender patch on the L flank at the belt line.
Exam: L flank 4x3cm indurated erythematous plaque, faint dusky centre.
BP 150/96  wt 112.0kg  BMI 34.2
No diabetes. No anticoagulants.
Exit site: clean.
Booked with Dr Rahimi 6/18.
"""),
("2019-06-18", "Nephrology PD Clinic", """
Nephrology PD clinic   18-Jun-2019
S: L flank patch unchanged, aching at the end of a shift.
O: L flank at the belt line, 4.5x3cm indurated dusky plaque with a faint livedo
border, tender; no eschar.
Labs: cCa 9.8, phos 7.5, PTH 880 (!).
A: ?early calciphylaxis; panniculitis at a pressure point also in the running.
P: deep punch bx with derm; belt off - braces instead; cinacalcet up; review after bx.
PD: cycler 9 h, 4 fills of 2.5 L, UF ~1 L; Kt/V 2.0 in May. BP 148/94, wt 111.6kg.
Discussed phosphate: eats takeaway most lunches at the warehouse; dietitian again.
"""),
("2019-07-02", "Dermatology", """
Dermatology
Pt did not come for the booked biopsy on 6/25 (work). Seen today instead.
L flank plaque 4x3cm, dusky, firm, still tender; no ulceration.
He has switched to braces since mid-June.
Impression: still suspicious for calciphylaxis; panniculitis possible. Needs tissue.
Biopsy offered again - declined, will "think about it after the stock-take".
Plan: recall in 4 weeks; nephrology to keep phosphate down; call if it opens or
darkens.
Photo taken with a ruler for comparison. Told him plainly that if this is
calciphylaxis, earlier treatment matters; he understands but is firm about timing.
"""),
]}

C18 = {"patient_id": "C18", "age": 60, "sex": "F", "notes": [
("2023-02-14", "Nephrology PD Clinic", """
NEPHROLOGY - PD CLINIC     14 Feb 2023
60F, ESRD (DM nephropathy), CAPD from 2021; insulin-treated T2DM x 15 years.
S: firm, achy lumps on her abdomen at the spots she has used for insulin for years. One went
purple last month.
O: BP 144/82  wt 84.0kg  BMI 31.0
Abd: three rubbery subcutaneous nodules 2-4 cm, periumbilical and lower abdomen; the
largest has a violaceous surface. No eschar.
Glucose log erratic, A1c 8.9.
Labs: PTH 460 / cCa 9.5 / phosphate 6.3.
A: lipohypertrophy vs amyloid vs ?calciphylaxis.
P: derm for biopsy; move injections to thighs meanwhile.
"""),
("2023-03-07", "Dermatology", """
DERMATOLOGY - biopsy result
Incisional bx 2/28/23, largest abdominal nodule: amorphous eosinophilic deposits,
Congo red positive with apple-green birefringence, staining for insulin. Vessels: von Kossa
unremarkable; no thrombi seen.
Diagnosis: localized insulin-derived amyloidosis (insulin ball).
Calciphylaxis excluded.
Plan: rotate away from the nodules; diabetes educator; expect lower insulin doses as
absorption improves.
Explained to her that these lumps are a build-up of the insulin protein itself, not
a blood vessel problem, and that they may soften slowly over months. No wound care
needed; the biopsy site has healed. Letter to nephrology and endocrine.
"""),
("2023-04-04", "PD Home Visit", """
PD HOME VISIT
Insulin now into both thighs, rotating per chart. Glucose much steadier (mostly 6-10).
Glargine reduced from 52 u to 40 u by endocrine.
Abdominal nodules unchanged; the purple tint has faded.
Exchange observed, good. Exit site clean.
BP 138/80  wt 83.5kg  BMI 31.0
Sharps container swapped.
She likes the new thigh rotation chart taped inside the kitchen cupboard.
Effluent clear, UF 600-900 a day, no missed bags in the log. Stock count done,
order placed for 2 weeks.
Next clinic May.
"""),
]}

C19 = {"patient_id": "C19", "age": 45, "sex": "M", "notes": [
("2024-09-10", "Pre-dialysis Modality Education", """
KIDNEY OPTIONS CLASS - individual follow-up (PD nurse educator)
45M, CKD stage 4 (eGFR 17) from IgA nephropathy, not on dialysis. Type 2 DM controlled
by diet, last A1c 6.6.
Came after the group session on home PD. His older sister was on haemodialysis and died
of calciphylaxis in 2021; he keeps asking if "what Janet had" runs in families.
Explained what raises the risk and what the unit does about phosphate, PTH and skin
checks.
He asked for a skin check: all intact, nothing found.
BP 134/84, wt 86.2kg, BMI 27.6. No warfarin.
Leaning towards PD; wants his wife to come to the next session.
"""),
("2024-11-05", "Nephrology CKD Clinic", """
Nephrology - CKD clinic    11/5/24
eGFR 15, K 5.1, bicarb 19, Hb 10.8, PO4 5.2, PTH 210.
Chose PD. Catheter placement to be arranged for early spring if eGFR keeps falling.
Still anxious about his sister's calciphylaxis; reassured that he has no skin
changes.
Diet-controlled diabetes, A1c 6.5. BMI 27.6.
Plan: start sevelamer with meals; bicarb tabs; surgical referral for catheter;
review 8 weeks.
BP 130/82, wt 86.0kg. No edema. Feels tired by mid-afternoon but still working
full days at the print shop. Wife present; both to attend the home-visit
assessment in January.
"""),
]}

C20 = {"patient_id": "C20", "age": 38, "sex": "F", "notes": [
("2025-06-03", "PD Training - Day 4", """
PD TRAINING - DAY 4 (CAPD)
Topics today: skin, bones and minerals. Discussed phosphate binders with meals, the
low-phosphate food list, and that people on dialysis can rarely get calciphylaxis, a
painful skin condition. Advised: no hot-water bottle or electric pad resting on bare
skin; phone us promptly if a sore new patch turns up.
Skin check today: whole surface intact; no lesions.
Took warfarin 2017-2019 after a DVT; off all anticoagulants since. Not diabetic.
BP 118/74, wt 61.0kg, BMI 22.3.
Exchanges x2 independently, no prompts. Ready for day 5.
"""),
("2025-09-16", "Nephrology PD Clinic", """
PD clinic    Sept 16, 2025
38F, ESRD (reflux nephropathy) on CAPD since June.
Doing well, back at work part time. UF 800/day, no peritonitis, exit site perfect.
Labs: cCa 9.2, PO4 5.0, PTH 260, Hb 11.6, alb 3.9.
Skin: clear; no sign at all of calciphylaxis.
BP 120/76, wt 61.4kg, BMI 22.4.
Plan: PET at next visit; continue sevelamer; clinic in 3 months.
Mood good, sleeping well. Had one bag with a torn port in July - caught before use,
reported to the supplier. Annual flu shot offered, she will get it at the pharmacy.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
