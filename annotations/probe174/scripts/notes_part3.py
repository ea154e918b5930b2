"""probe174 corpus notes, F15-F20 (street medicine, shelter clinics, outreach vans and the clinics around them; all invented)."""

F15 = {"patient_id": "F15", "age": 59, "sex": "F", "notes": [
("2026-02-10", "Mobile Outreach Van Note", """
MOBILE OUTREACH VAN -- SAFE PARKING PROGRAM, BRIGHTWAY SUPERCENTER LOT
59F, lives in her car (2009 sedan) in the safe parking lot since last summer, drives
10-12 h/day for a food delivery app.
PMH: CKD stage 4 (eGFR 17 in Dec), not on dialysis, vein mapping done for a future fistula;
T2DM on diet + semaglutide weekly (no insulin); HTN; obesity.
C/o a painful hard area low in the L belly, right where the lap strap of the seatbelt
crosses when she drives. "Been sore for a month."
VS: BP 164/92 HR 84 T 36.7. On the van scale 92 kg; stated height 164.5 cm; BMI 34.0.
Exam: L lower abdomen 5x3 cm indurated tender plaque with faint violaceous livedo at
the edges, no ulcer, no eschar.
A: painful firm plaque, L lower quadrant, following the seatbelt line -- ?early
calciphylaxis (CKD 4) vs panniculitis vs seatbelt fat necrosis.
P: derm + nephrology referral, seatbelt pad given, photo with consent to the chart.
"""),
("2026-03-03", "Nephrology CKD Clinic Note", """
NEPHROLOGY -- CKD CLINIC
59F, CKD 4 (Cr 3.2, eGFR 16) -- not dialyzing yet; T2DM; obesity; living in her car.
Abd: the LLQ plaque has grown to 6x4 cm, firm, tender, livedoid rim, still no ulceration.
Chemistry: calcium 9.5; phosphate 5.9; PTH 310; albumin 3.6.
Impression: cannot exclude early calciphylaxis even before dialysis; panniculitis also
possible. Recommended incisional biopsy -- pt declined today ("I can't lose the work days").
Plan: low-phos diet, switch calcium carbonate to sevelamer, revisit bx next visit.
Dialysis education class scheduled. BMI 34.0. Referred to the clinic's benefits counselor
re disability application.
"""),
("2026-04-14", "Mobile Outreach Van Note", """
MOBILE OUTREACH VAN -- SAFE PARKING LOT
59F, CKD 4, L lower abdominal plaque (possible calciphylaxis vs panniculitis, never
biopsied).
Plaque about the same, pain 4/10, has been putting a folded towel under the seatbelt.
Next week she relocates to her adult daughter's town, two states away. Records printed for
her, plus a list of kidney clinics in that city. Reminded that a skin biopsy is still
recommended.
VS: BP 158/90 HR 80.
Plan: close out with safe parking program; CM to send records with consent.
"""),
]}

F16 = {"patient_id": "F16", "age": 62, "sex": "M", "notes": [
("2018-08-07", "Shelter Clinic RN Note", """
ST. BRENDAN'S NIGHT SHELTER -- RN NOTE
62M; ESRD, dialysis Tuesday/Thursday/Saturday; T2DM on 70/30 insulin, 18 u BID
given by shelter RN into his abdomen (he won't let us use the arms); HTN.
Pt showed RN a sore, mottled purple net across his lower belly, around the spots where his
insulin goes in, x about 1 wk, plus 3 firm pea-to-grape sized nodules. Pain 7/10.
VS: BP 146/86 HR 88 T 37.3. FSBG 241.
Exam: periumbilical and lower abdominal livedo with 3 tender subcutaneous nodules, no open
areas, mild warmth.
Plan: rotated insulin to the upper outer buttocks tonight with pt's ok; MD on call notified;
shelter van to ED tomorrow AM.
"""),
("2018-08-14", "ED Provider Note", """
ED PROVIDER NOTE
62M, hemodialysis pt with insulin-treated DM2, sent from the shelter clinic for painful
abdominal livedo and nodules.
VS: T 37.6 HR 98 BP 160/88.
Exam: lower abdomen and periumbilical area with livedo reticularis; 3-4 nodules in the
subcutis, firm and tender, up to 2.5 cm, one with a dusky center. No fluctuance.
Labs: WBC 12.0, CRP 48; Ca 10.1, PO4 7.1, PTH 690.
Body mass index 28.8.
MDM: concern for calciphylaxis vs cellulitis over insulin lipohypertrophy vs panniculitis.
Admit, derm c/s for bx, cefazolin.
ADDENDUM 23:40: pt left AMA before derm saw him, biopsy not done. Given cephalexin Rx and
shelter clinic f/u.
"""),
("2018-09-25", "Street Medicine Note", """
STREET MEDICINE -- RIVERBANK WALK
62M, not seen for 5 wks, left the shelter after a conflict, found at the riverbank camp.
ESRD on HD -- Ashgrove says he has been coming about 2 of 3 runs. Insulin 70/30 from the
pharmacy, injecting it himself now.
Abd: livedo fainter, nodules smaller and softer, the dusky area now a 1 cm dry scab.
Pain 3/10.
A: abdominal nodules/livedo -- possible calciphylaxis, never biopsied; cellulitis treated.
Declines derm again. "It's getting better, leave it."
Plan: outreach weekly, HD unit SW aware, will re-offer biopsy.
"""),
]}

F17 = {"patient_id": "F17", "age": 68, "sex": "F", "notes": [
("2025-01-14", "Outreach Van Note", """
OUTREACH VAN 2 -- ROUTE 40 BUS SHELTER
68F, sits up all night on the bus shelter bench, leaning her L side over the metal
armrest bar (the new anti-sleep benches). ESRD on HD MWF at Ashgrove, AF on warfarin, HTN.
No DM.
C/o a sore behind the L upper arm, "where it rests on the bar," for about 2 wks.
VS: BP 170/90 HR 88 irreg T 36.4.
Exam: posterior L upper arm: black eschar 2.5x2 cm, rim violaceous and indurated, a faint
retiform edge, very tender.
A: pressure injury from the armrest vs calciphylaxis (HD + warfarin).
P: pillow + blanket given, shelter bed offered (declined), photo sent to HD unit,
nephrology asked to look Wed.
"""),
("2025-01-22", "Nephrology HD Rounding Note", """
NEPHROLOGY ROUNDS -- ASHGROVE HD
68F, ESRD, dialyzes MWF via a right arm fistula; AF, warfarin (INR today 3.1).
Seen on the floor of the unit after the outreach van sent a photo.
Posterior L upper arm eschar 3x2 cm, violaceous rim, exquisitely tender. Full skin survey,
legs and abdomen included, otherwise clear.
Chemistry: PTH 590, Ca 9.8, PO4 7.0, alb 2.9.
A/P: ?calciphylaxis vs pressure ulcer from leaning on the bench bar. Derm referral for bx,
transport via outreach van. Hold calcitriol. Discuss apixaban with cardiology.
Wt 70.6 kg; BMI 26.7.
"""),
("2025-03-04", "County Jail Medical Intake", """
COUNTY DETENTION CENTER -- MEDICAL INTAKE SCREENING
68F booked 3/3/25. Reports kidney failure on dialysis (HD MWF), a-fib on warfarin.
Outside records (Ashgrove HD): "L upper arm eschar, ?calciphylaxis, derm bx pending" --
she missed both derm appointments in February; never biopsied.
Exam: posterior L upper arm, dry eschar 3x2.5 cm, tender rim.
VS: BP 176/94 HR 90 irreg.
Plan: arrange HD transport to contract unit MWF; continue warfarin, INR Thurs; derm
telehealth request for possible calciphylaxis; wound care daily by nursing. BMI 26.7.
"""),
]}

F18 = {"patient_id": "F18", "age": 44, "sex": "M", "notes": [
("2017-02-13", "Street Medicine Visit", """
STREET MEDICINE -- ALDER ST UNDERPASS
44M, ESRD on HD MWF (Quarry Hill), smokes crack cocaine most days, no injection use.
C/o painful purple blotches on both ears and both legs for 5 days.
VS: T 37.8 HR 108 BP 150/92.
Exam: retiform purpura on both helices with central dusky necrosis; thighs and shins
bilaterally with stellate purpuric patches, a few with early necrosis.
A: ?calciphylaxis (HD pt) vs levamisole-associated vasculopathy (cocaine, ears involved).
P: sent to FCMC ED by van, called ahead. Harm reduction: safer smoking kit, naloxone.
"""),
("2017-02-15", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
44M, ESRD on HD, active cocaine use. Retiform purpura of the ears and legs.
Punch bx L thigh 2/14: leukocytoclastic vasculitis with small-vessel microthrombi; no
mural calcium anywhere in the sections (negative vK).
Serology: p-ANCA (MPO) high titer, anti-elastase positive; urine tox + cocaine,
levamisole confirmed in the lab send-out.
Impression: levamisole-induced vasculopathy. Calciphylaxis excluded (no calcification on
bx, morphology and ear involvement fit levamisole).
Plan: stop cocaine, wound care, no steroids for now; addiction medicine consult.
Pt receptive, asks to be linked with the street team's recovery coach on discharge.
"""),
("2017-03-21", "Nephrology HD Rounding Note", """
QUARRY HILL HD -- NEPHROLOGY ROUNDS
44M, ESRD; three runs a week via a left arm fistula.
Ears and legs healing since stopping cocaine 3 wks ago, scabs separating, no new purpura.
Not calciphylaxis -- biopsy in Feb showed levamisole vasculopathy.
Chemistry: calcium 9.1 -- phosphorus 5.4 -- PTH 320.
Post weight 78.9 kg, BMI 25.3.
Plan: continue current binder, addiction med f/u at shelter clinic. Pt asks for a bus pass
for the Friday runs -- SW to provide. Hep B surface Ab checked, immune.
"""),
]}

F19 = {"patient_id": "F19", "age": 50, "sex": "F", "notes": [
("2023-05-16", "Shelter Clinic Provider Note", """
KESTREL STREET SHELTER CLINIC -- PROVIDER NOTE
50F, type 1 DM on insulin pens (glargine + aspart, abdomen), CKD stage 3a, HTN, obesity.
In shelter 3 months after job loss.
Came in worried: her brother passed last year from calciphylaxis (his
kidneys had failed, on HD for years), and she checks her skin every night.
No new spots, nothing painful.
VS: BP 136/82 HR 78. Wt 79 kg, Ht 164 cm, BMI 29.4.
Skin: full exam -- abdomen, thighs, legs, arms intact; not a single nodule, ulcer or livedoid patch.
Labs (4/2023): creat 1.4 (eGFR 48); HbA1c 8.1%; calcium and phos normal.
A/P: family history only, no signs of calciphylaxis. Reassured, teaching on what to look
for. Continue insulin; SGLT2i per nephrology.
"""),
("2023-08-29", "Primary Care Note", """
HEALTH CARE FOR THE HOMELESS FQHC -- PRIMARY CARE
50F, DM1, CKD 3a (eGFR 52 today), obesity, now in transitional housing.
Skin check again per her request given her brother's calciphylaxis: no lesions anywhere,
belly, thigh and shin skin all soft and unremarkable.
A1c 7.6 on glargine 22 u + aspart sliding scale. Rotating pen sites across the abdomen.
BMI 29.4, stable.
Plan: continue insulin, empagliflozin started by nephrology, annual derm not needed,
return precautions for any painful dark skin spot. Flu vaccine next visit (declined today).
"""),
]}

F20 = {"patient_id": "F20", "age": 64, "sex": "M", "notes": [
("2026-01-20", "Code Blue Outreach Note", """
OUTREACH VAN 1 -- CODE BLUE NIGHT RUN
64M, sleeps on the steam grate behind the courthouse. ESRD on HD TTS at Ashgrove,
diabetes (diet only), HTN.
Counseled: do not lie directly on the hot grate and do not put hand warmers against
bare skin -- people on dialysis can get calciphylaxis, and heat injury to the skin might
trigger it. Offered warming center bed (declined).
Skin check under the van light: back, hips, legs intact, no burns, no open areas.
VS: T 36.4 HR 82 BP 152/88.
Given: sleeping bag, foam mat, 4 pr socks, hand warmers with the caution above.
"""),
("2026-03-10", "Nephrology HD Rounding Note", """
ASHGROVE HD -- NEPHROLOGY ROUNDS
64M, ESRD, Tue/Thu/Sat runs; type 2 diabetes without meds (A1c 6.2); HTN.
Skin exam: back, hips and legs intact; nothing to suggest calciphylaxis.
Reinforced the outreach team's advice about the steam grate; he says he now lays
cardboard and a foam mat between himself and the metal. Interdialytic gains 2.5-3 kg,
missed no runs this month.
Chemistry: calcium 9.2 / phosphate 5.8 / PTH 410.
Post weight 94 kg, height 176.5 cm, BMI 30.2.
Plan: continue sevelamer, cinacalcet 30 mg; housing navigator referral; dietitian re
phosphorus in fast food. Reviewed fistula care.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
