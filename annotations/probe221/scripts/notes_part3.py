"""probe221 corpus notes, E15-E20 (injectable weight-loss / GLP-1 clinic and the clinics around it; all invented)."""

E15 = {"patient_id": "E15", "age": 53, "sex": "F", "notes": [
("2025-08-18", "GLP-1 Clinic Follow-up", """
GLP-1 CLINIC -- FOLLOW-UP    Aug 18, 2025
53F, T2DM on Mounjaro 10mg + lispro w/ meals, CKD stage IV, eGFR 22 and not yet dialyzing, HTN.
106.4kg, BMI 40.2.
Injects the R lower abdomen mostly, "sometimes the left".
New: a hard, sore knot under one of her R lower belly injection spots; it rose up after the
pen dose on the 4th and hasn't gone down since.
Exam: RLQ 2.5cm firm tender nodule, dusky center, faint lace-like purple rim.
Plan: avoid that area for now. Photo taken for the chart. Derm referral.
Renal clinic labs last month: Phos5.9 Ca9.3
"""),
("2025-09-02", "Dermatology Consult", """
DERM CONSULT -- 9/2/25
53F, CKD4 (no dialysis), DM on insulin, weekly tirzepatide, belly sites. No warfarin ever.
Injection-site nodule RLQ, a month now, grown to 3.5cm; rim of retiform purpura, small dark
crust on top.
Differential -- injection-related panniculitis; early calciphylaxis (CKD4, phos high) not excluded.
Punch bx today, 4mm, from the rim.
Plan: no abdominal injections for now -- thighs only. Pain: acetaminophen.
Will call with path. A1c 7.4 last month; lispro unchanged.
Photos compared with the August set: plainly larger.
"""),
("2025-09-23", "Dermatology Follow-up", """
DERM F/U   9/23/25
Punch bx: panniculitis, septal + lobular pattern, with fat necrosis; calcified vessels not
identified, but a punch this shallow could miss them -- calciphylaxis remains possible.
Nodule unchanged, crust persists. Advised a deeper wedge biopsy; she says no for now.
In October she relocates to Tucson, where her sister lives; records sent, and she'll find a
local dermatologist.
Imp: panniculitis at the tirzepatide site vs early calciphylaxis -- unresolved.
Continue Mounjaro into the thighs in the meantime.
103.1kg, BMI 39.0.
"""),
]}

E16 = {"patient_id": "E16", "age": 72, "sex": "M", "notes": [
("2019-03-11", "Weight Management Visit", """
WEIGHT MGMT   3/11/2019
72 M sent by ortho -- needs weight loss before a R TKA. R knee OA. BMI 34.0 (104.2kg).
ESRD (HD); T2DM -- no tablets or insulin, controlled by diet (A1c 6.4 in Jan); AF, takes warfarin.
Starting Ozempic 0.25mg. Pen taught, first dose into the abdomen today.
Knee: he ices the R knee with frozen peas in a bag 3-4 times a day "for years", sometimes
straight on the skin.
Plan: ice only w/ a towel between, 20 min max. Low-impact exercise -- recumbent bike, pool
if HD schedule allows.
"""),
("2019-05-06", "HD Rounds", """
HD rounds   05/06/19
72M. Mottled purple patch, new, R prepatellar skin, with a small black scab, 3 wks,
painful. Still ices that knee daily.
Exam: R anterior knee / prepatellar: livedoid violaceous patch 4x3cm with a 1cm eschar. L knee nl.
Ddx: cold injury (pernio-like) vs calciphylaxis -- on warfarin, PTH 760, P 6.9.
Plan: stop icing; derm referral; think about switching off warfarin.
Post-HD wt 103.5kg. INR 2.7. Ozempic 0.5mg, tolerating.
Wife asked about a knee brace; held off for now.
"""),
("2019-06-03", "Nephrology Note", """
Nephrology   6/3/2019
Derm appointment missed twice (transport). R knee lesion: 1.5cm eschar ringed by livedo, still
painful.
Possible calciphylaxis vs cold panniculitis / frostbite from the ice; no biopsy -- pt and family
decline any biopsy near the knee.
Goals of care: he is stopping HD; home hospice starts this week.
Empiric wound care only, warfarin stopped for comfort.
102.8kg, BMI 33.5.
Palliative team following at home. Daughter updated by phone; she agrees with the plan.
Ozempic discontinued. Binders and cinacalcet stopped as well.
"""),
]}

E17 = {"patient_id": "E17", "age": 60, "sex": "F", "notes": [
("2020-11-02", "Weight Management Follow-up", """
WEIGHT MANAGEMENT   11/02/2020
60F, obesity, on semaglutide 1mg (Ozempic, off-label), not diabetic (A1c 5.7), kidneys normal
(creat 0.8), recurrent PE on warfarin.
Last Thursday she got lightheaded after skipping lunch and fell in the kitchen, landing on
her L hip. Large bruise on the outer L hip, tender, walking ok. Urgent care hip film negative.
97.4kg, BMI 36.0. BP 118/72 sitting, 104/68 standing.
Plan: regular small meals, no skipping; hold the dose increase; INR check (2.9 today).
Return in a month, or sooner if the hip gets worse.
"""),
("2020-11-30", "Dermatology Consult", """
DERMATOLOGY   11/30/20
60 y/o F on warfarin. Fall 10/29 onto the L hip with a big hematoma; about 10 days ago the
middle of the bruised patch went black and became very painful.
Exam: L lateral hip, firm plaque 6x5cm, 2cm black necrotic centre, purpuric stellate edge.
Differential: necrotic hematoma; warfarin-related skin necrosis; or non-uremic
calciphylaxis -- obese, female, warfarin all fit.
Bx deferred -- INR 3.4, would bleed; will biopsy once anticoagulation is bridged.
Labs: PTH48 (normal) creat0.8 Ca9.2 P3.8
"""),
("2020-12-21", "Weight Management - Video Visit", """
WEIGHT MGMT -- VIDEO VISIT   12/21/2020
Hip wound: derm still unsure -- "possible calciphylaxis, can't rule out a necrotic hematoma".
Biopsy planned once the anticoag plan is settled; pt now says she is relocating to Ohio
(son's home) after Christmas and will get care there. Wound smaller on her photos, dry black crust.
Semaglutide on hold until the wound heals. Self-reported 95.6kg (BMI 35.4).
Records release signed. Denies any further falls. Eating three small meals now, no
more dizzy spells.
"""),
]}

E18 = {"patient_id": "E18", "age": 50, "sex": "F", "notes": [
("2022-02-07", "GLP-1 / Weight Clinic Visit", """
GLP-1 / WEIGHT CLINIC   02/07/22
50F, ESRD HD (TTS), T2DM (Wegovy only, no insulin). BMI 37.0, 99.2kg.
C/o sore lumps, lower belly, at the injection spots x3 wks, a couple of them purple.
Exam: periumbilical -- 4 firm nodules 1-2cm, two with a violaceous surface, no ulcer, no eschar.
Given her dialysis status, concern for early calciphylaxis; could also just be injection nodules.
Meds: sevelamer, cinacalcet, lisinopril. No anticoagulants.
Labs from the unit: Ca9.4 Phos6.2 PTH520
Plan: urgent derm; pause Wegovy.
"""),
("2022-02-22", "Dermatology Consult", """
Derm -- 2/22/22
50 y/o F on HD, sent from the weight clinic with ?early calciphylaxis.
Periumbilical nodules at Wegovy sites. Two 4mm punches on 2/10: lobular panniculitis with foamy
histiocytes and foreign-body granulomas around refractile material; von Kossa negative for
vascular calcification, no thrombi.
Exam: 4 firm periumbilical nodules, 1-2cm, two faintly violaceous; no retiform purpura, no
necrosis. Rest of the skin normal.
Dx: injection-site granulomatous reaction. Calciphylaxis ruled out.
Plan: rotate sites widely incl. thighs; let the pen warm to room temp; no intralesional steroid
needed.
"""),
("2022-04-04", "Weight Clinic Follow-up", """
WEIGHT CLINIC F/U   4/4/22
Restarted Wegovy 1.7mg, injects thighs + abdomen in rotation. Old nodules flattening, not tender.
Labs from HD: Ca9.2 Phos5.8. Interdialytic gains smaller since appetite dropped.
Pt reassured: the derm biopsy showed an injection reaction, not calciphylaxis.
96.3kg, BMI 36.1. A1c 6.6.
GI: occasional early satiety, no vomiting. Sleeping better.
Plan: up to 2.4mg next month, if the nodules stay quiet. HD unit updated. Keep pens in the fridge, take one out 30 min
before the dose.
"""),
]}

E19 = {"patient_id": "E19", "age": 45, "sex": "M", "notes": [
("2023-06-05", "Weight Management - New Patient", """
WEIGHT MANAGEMENT -- NEW PATIENT   June 5, 2023
45 M, T2DM (metformin 1g bid), CKD G3a with eGFR 52, HTN. Overweight, BMI 29.8 (94.3kg).
FHx: his mother was on dialysis for ESRD and died at 61 of calciphylaxis -- "her legs turned black".
He is anxious that the injections could do the same thing to him.
Full skin check: clear -- nothing livedoid, nothing ulcerated; abdomen and thighs intact.
Plan: start tirzepatide 2.5mg weekly; pen teaching done. Explained that his kidney function
is nowhere near his mother's and that his own risk is low.
"""),
("2023-09-11", "Weight Management Follow-up", """
WEIGHT MANAGEMENT F/U   9/11/2023
45M on tirzepatide 7.5mg weekly, rotating abdomen and thighs. Mild reflux, no vomiting.
Down 2.0kg. 92.3kg, BMI 29.2.
Skin: injection sites clean; no nodules, no discoloration, no sores.
Reassured again about his mother's calciphylaxis -- his skin is entirely normal.
eGFR 55, A1c 6.8. Metformin continued. BP 128/80 on lisinopril.
Exercise: walking 30 min most days, started a resistance band routine.
Plan: 10mg next month. Lipids in December. Wife joining the next visit; she
cooks, so the dietitian will see them together.
"""),
]}

E20 = {"patient_id": "E20", "age": 38, "sex": "F", "notes": [
("2021-03-15", "Weight Management - New Patient", """
WEIGHT MANAGEMENT -- NEW PATIENT   15 Mar 2021
38F, lupus nephritis -> ESRD, HD MWF, L arm fistula. Not diabetic. On warfarin 2019-2020 for
clotted grafts, off it since the fistula matured. Transplant center requires BMI <35.
96.8kg | 163.5cm | BMI 36.2.
Plan: start semaglutide 0.25mg weekly, pen teaching given.
Counseling: because she dialyzes, calciphylaxis is a real if uncommon risk; rotate the site
weekly, never warm or ice the injected skin, and phone the clinic right away if any patch
turns purple, black or very painful.
Skin today: intact.
"""),
("2021-05-10", "Weight Management Follow-up", """
WEIGHT MANAGEMENT F/U   5/10/21
38F on semaglutide 0.5mg, rotating abdomen and thighs properly. Nausea improved.
93.8kg, BMI 35.1.
Skin check: all injection areas fine; no lumps or purple patches, nothing that looks like calciphylaxis.
Plan: 1mg. Letter to the transplant center with weight trend. HD unit to keep tracking
post-dialysis weights. Counseling points from March repeated.
Protein intake about 70 g/day per food log, fine. BP 122/74.
Next visit in 6 weeks; she will bring her pen and sharps log.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
