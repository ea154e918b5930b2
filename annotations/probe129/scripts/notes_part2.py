"""probe129 corpus notes, R08-R14 (anticoagulation clinic and outpatient hematology; all invented)."""

R08 = {"patient_id": "R08", "age": 74, "sex": "F", "notes": [
("2022-04-11", "Pharmacist Assessment - Warfarin Re-initiation", """
CLINICAL PHARMACIST ASSESSMENT - warfarin restart after stroke

74F. Cardioembolic L MCA stroke on 3/2/22 while INR was 1.4 (missed doses in Feb).
R-sided weakness; wheelchair for all mobility since the stroke. Home with husband
since 3/29 after rehab at Fernbrook.
Sits up in the chair most of the day with her L forearm propped on the bare plastic
armrest (padding tore off long ago), putting her weight through it to steer -
husband says she has done this every day since March.
Warfarin restarted 3/16 once MRI showed no bleed; 4 mg daily; INR today 2.1.
Goal 2-3.
Other: Dialysis Mon-Wed-Fri by a right-chest tunneled line. DM2 - insulin detemir 12 u AM,
husband gives it in the belly.
Wt 64 kg  BMI 26.0
Assessment: warfarin appropriate, adherence now supervised by husband (blister pack).
Plan: cont 4 mg daily, INR weekly x4 at HD. Asked PT to look at the armrest padding.
"""),
("2022-09-06", "Wound Care Note", """
Outpt wound care - referral from anticoag clinic

Pt 74 y/o F in wheelchair (R hemiparesis post CVA), ESRD/HD, warfarin.
Wound onset 8/30/22 per husband: purple painful patch on the outer back of the L
forearm, went black within days.

L dorsal ulnar forearm, mid: 2.5x2cm ulcer, 100% black dry eschar, purple net-like
border 2 cm wide, indurated. Pain 8/10 on light touch.
Location is exactly where the wheelchair armrest presses - I checked with her in
the chair, the bare plastic edge sits right on it.

Impression: necrotic ulcer on a spot of constant pressure, L forearm; she is on
dialysis and warfarin - I suspect calciphylaxis. Not a typical pressure injury location.
Plan: padded gel armrest today, forearm off-loading. Dry dressing, no debridement.
Urgent derm for biopsy. INR 2.4 today, anticoag clinic aware.
"""),
("2022-09-20", "Dermatology Consult", """
DERMATOLOGY
F/u of L forearm ulcer. Punch bx 9/13: von Kossa highlights calcium in dermal/subcut
arterioles; thrombi; panniculitis.
Diagnosis: calciphylaxis, left forearm.

The lesion sits on the spot she has leaned on the bare armrest every day since her stroke
in March; chronic pressure likely triggered it.

Rec: STS with HD, strict off-loading (gel armrest in place), discuss warfarin -> apixaban
with neuro and anticoag clinic (not contraindicated post-stroke at 6 mo). Review in 3 wks.
"""),
]}

R09 = {"patient_id": "R09", "age": 62, "sex": "F", "notes": [
("2017-09-05", "Periprocedural Bridging Plan", """
Bridging plan - Anticoagulation Svc
62F, recurrent PE (2013, 2016), lifelong warfarin, goal INR 2-3, 7.5 mg daily.
Dental: 3 extractions w/ Dr. Lindahl-Osei on 9/12/2017. Dentist prefers INR < 2.5;
high clot risk -> bridge.
On HD (M-W-F) for ESRD, renal dosing discussed with nephrology.

Plan:
  last warfarin 9/6 (Wed) PM
  enoxaparin 40 mg SC daily 9/8, 9/9, 9/10, 9/11 (none 9/12)
  restart warfarin 9/12 PM, enoxaparin 9/13 -> until INR >= 2
Has bridged before (2016) and knows the technique. She always injects the right lower
belly - can't easily get to the left side under her pannus.
Insulin glargine 40 u + lispro given in both upper arms by her.
118kg, BMI 41.2.
Rx sent. Calendar given.
"""),
("2017-10-10", "Anticoagulation Clinic - INR Visit", """
INR 2.5 today (goal 2-3), warfarin 7.5 mg daily - continue.
Bridging done: enoxaparin 9/8-9/11 and 9/13-9/17, stopped when INR 2.2 on 9/17.
Pt says every shot went in the R lower belly as usual.
Extraction sites healed.
NEW - x 1 wk, hard sore area LEFT lower belly beneath the fold; she
says she didn't inject there. Looked: 6 cm dusky firm patch, tender, small dark spot
centre. Not at any injection site.
-> urgent derm, messaged nephrology.
Next INR 10/24.
"""),
("2017-10-25", "Dermatology Consult", """
DERMATOLOGY CONSULT 10/25/2017

62 yo woman on HD and warfarin, insulin-treated diabetes, BMI 41.2.
L lower abdominal pannus: 7x5cm violaceous indurated plaque, necrotic centre 2cm,
livedo extending to the L flank. Right lower abdomen: a few faint yellow bruises at
her enoxaparin sites, soft, non-tender.

Bx 10/18: arterioles calcified and thrombosed, fat necrosis; von Kossa +.
So: calciphylaxis, L lower abdominal pannus.

She is certain that all of her September enoxaparin and all her insulin went elsewhere
(right lower abdomen; upper arms). No heat, ice, tight clothes or injuries on her left
side, she says.

Plan: STS w/ HD; warfarin -> apixaban per hematology; wound care; bariatric cushion.
"""),
]}

R10 = {"patient_id": "R10", "age": 83, "sex": "M", "notes": [
("2025-03-24", "Anticoagulation Clinic - INR Visit", """
ANTICOAG CLINIC
INR today 2.2 (goal 2-3). 83M AF; warfarin 2.5 mg qd = 17.5 mg/wk.
ESRD - HD T/Th/Sat.  No DM.
Bleeding none. Missed doses none.
Wife pointed out a painful, mottled purple area with a dark middle behind his R
calf, there since early March; he hadn't bumped it or knocked it. Looked: 4 cm area, net-like
purple, firm, 1 cm dark centre, very tender.
Plan: no dose change. Urgent derm referral placed (4/16 first available, asked for sooner).
Told wife to keep it clean and dry, loose dressing only.
BMI 24.4.  Next INR 4/7.
"""),
("2025-04-07", "Emergency Department Note", """
ED NOTE 04/07/2025
83 yo man on warfarin for AF, ESRD on HD, brought in by wife; he fell at home on
Saturday 4/5 - slipped on the back steps, landed against the edge of the step with his
R calf. Didn't hit head. Came in today because the leg is more swollen.

Exam: large tense hematoma R posterolateral calf, ecchymosis to the ankle. Compartments
soft. A separate dressing over a dark ulcer higher up behind the R calf (wife says
that has been there since early March, awaiting derm). Neuro intact.
Labs: Hgb 9.9 (baseline 10.4), INR 2.8. CT head not needed (no head strike, GCS 15).

Plan: compression wrap declined given ulcer; elevate; hold warfarin x1; Hgb recheck 2d.
Derm appt 4/16 stands. Anticoag clinic notified.
"""),
("2025-04-16", "Dermatology Consult", """
Derm - new consult, R calf ulcer.
Onset early March 2025, i.e. about a month before his fall on 4/5.
R posterior upper calf - ulcer 3.5x3cm, eschar black, retiform purpura at the border.
Fall hematoma below and lateral to it, resolving.
Bx (edge): calcified media, thrombi in lumen, von Kossa +; this is calciphylaxis
of the R calf. The hematoma came after the ulcer had already formed.
Rec: warfarin off; apixaban 2.5 BID instead (agreed w/ anticoag pharmacist), STS with HD,
wound care 2x wk, fall prevention eval at home.
"""),
]}

R11 = {"patient_id": "R11", "age": 67, "sex": "F", "notes": [
("2019-05-13", "Anticoagulation Clinic - INR Visit", """
INR visit (POC fingerstick)  5/13/19
INR 2.7, goal 2-3.  Warfarin 25 mg/wk: 5 mg Mon/Wed/Fri, 2.5 mg the rest.
Indication: hx DVT x2, APLA neg.
ESRD - PD (CAPD 4 exchanges).  T2DM on semaglutide weekly (self-injects abdomen) +
glipizide - no insulin.
Complains of a hard, painful lump on her L buttock she noticed yesterday (Mother's Day).
Denies falling, injections in the buttock, or sitting on anything hard. Hurts to sit.
No fever.
Wt 96 kg, BMI 36.9
Plan: continue 25 mg/wk. Derm referral, next available 5/29. Recheck INR 5/27.
"""),
("2019-05-29", "Dermatology Consult", """
DERM CONSULT
67F, PD, warfarin, T2DM not on insulin, obese. L buttock lesion since 5/12/2019.
Last week she held a warm washcloth against it several times for the pain.
Exam - upper outer L buttock: 4cm plaque, violaceous and indurated, with a fresh 1.2cm
black eschar and livedo around it. R buttock and sacrum normal.
Impression: concern for calciphylaxis.
Procedure: 4mm punch taken at the rim under lidocaine; hemostasis w/ pressure + one
suture (INR 2.5 today).
Plan: await path. No heat on it. F/u wound clinic.
"""),
("2019-06-19", "Wound Care Clinic Note", """
Wound clinic f/u
Path (5/29) = calciphylaxis: calcified vessels, thrombi, von Kossa +.
Wound: L buttock, 4.5x3.8cm; eschar ~70%, yellow slough ~30%, no tunneling.
Bedside sharp debridement today of the loosened eschar, tolerated w/ topical lidocaine.
Dressing: hydrofiber, bordered foam, paper tape to the edges. Change q2 days by husband.
STS infusions via the infusion center since 6/3 (renal).
Warfarin switched to apixaban 6/5.
Wt 94 kg (BMI 36.1).
RTC 1 week.
"""),
]}

R12 = {"patient_id": "R12", "age": 59, "sex": "F", "notes": [
("2020-02-03", "Hematology Consult", """
HEMATOLOGY CONSULTATION

Question: anticoagulant choice in a patient with calciphylaxis.

59-year-old woman, ESRD (HD from 2017), T2DM treated with insulin, anterior MI in
October 2019 complicated by an apical LV thrombus; on warfarin since then (INR 2-3).
Right lateral thigh calciphylaxis, biopsy-proven on 1/22/2020 (onset around New Year per
her). She denies injections, heat, cold or any injury to either thigh - her insulin only goes
into the abdomen, and nobody has ever injected her legs.

Exam: R lateral thigh eschar 8x5cm, violaceous rim. L thigh clear.
BMI 30.1.

Recommendation:
1. Stop warfarin. LV thrombus still present on echo 1/28 -> needs anticoagulation.
2. Preferred: apixaban 5 mg BID (small data in HD, acceptable here).
3. If apixaban is not tolerated and we have to use LMWH, we would inject only the
   abdomen, never the thighs.
4. Repeat echo in 3 months.
"""),
("2020-02-17", "Pharmacist Assessment - Anticoagulant Transition", """
Pharmacist note - warfarin to apixaban
Per heme (2/3): stop warfarin, start apixaban when INR < 2.
Last warfarin 2/14. INR today 2.3 -> recheck 2/19, start apixaban 5 mg BID once < 2.
Surgical debridement of the R thigh wound is planned for 2/24 - will hold apixaban
the morning of, no bridging planned.
Counselling: no heat or cold sources touching her thighs (pads, bottles, ice); don't
let anyone inject into her legs; call us the same day about any new painful spot.
Insulin stays in the abdomen.
BMI 30.1 (Wt 84 kg)
"""),
]}

R13 = {"patient_id": "R13", "age": 72, "sex": "M", "notes": [
("2023-11-06", "Anticoagulation Phone Follow-up", """
Phone f/u - pt called clinic.
Tripped on a curb Friday evening (11/3/23), skinned his L knee on the pavement,
kneecap area. Bled ~20 min, stopped w/ pressure and a towel. Walking ok, no head
strike.
INR drawn at HD this AM: 3.0 (goal 2-3).  Warfarin 6 mg daily.
Advised: wash w/ soap and water, non-stick dressing, watch for infection; ED if it
won't stop bleeding or he gets lightheaded. No dose change.
Next INR 11/27 in clinic.
"""),
("2023-11-27", "Anticoagulation Clinic - INR Visit", """
INR 2.6 - in range, 42 mg/wk continue.
72M, mechanical AVR (2011), ESRD HD MWF, no diabetes.
L knee scrape healed, pink new skin, fine.
BUT: since 11/20 an exquisitely tender, firm purplish area on the inner L thigh, roughly
10 cm above the knee. Dark spot forming centrally. No fever.
Wt 81 kg, BMI 28.4.
No bleeding otherwise. No missed doses. Pill count correct.
Plan: derm asap (12/8). Told to avoid rubbing it. Nephrology informed.
Warfarin 42 mg/wk unchanged, next INR in 2 wks at HD - valve, so no holds without
talking to us first.
"""),
("2023-12-08", "Dermatology Consult", """
DERMATOLOGY
72M on HD (ESRD), warfarin for mechanical AVR.
Exam: L distal medial thigh - 5x3cm purple indurated plaque, necrotic centre,
retiform purpura. L patella: healed abrasion from a fall on 11/3; the skin between it and
the thigh plaque is normal, and the plaque does not involve the knee.
Punch bx 12/1 (arranged by nephrology), read: calcific arteriolopathy w/ thrombi; von Kossa +.
Dx: calciphylaxis, left medial thigh. It is separate from the knee abrasion.
Plan: STS with HD; warfarin must continue (mechanical valve) - cardiology aware; vit K2
trial per nephro; wound care.
"""),
]}

R14 = {"patient_id": "R14", "age": 66, "sex": "F", "notes": [
("2022-07-11", "Hematology Consult", """
Hematology clinic note

66F, high-grade serous ovarian cancer (dx 3/2022, on carboplatin/paclitaxel), PE on
4/15/2022. Enoxaparin 1 mg/kg twice daily SC since 4/18/22, given by herself into the abdomen.
Never on warfarin (oncology preferred LMWH).
CKD 3b, eGFR 34, never dialysed. T2DM: sitagliptin; metformin on hold; never on insulin.

Exam: abdomen with multiple small bruises at the enoxaparin sites, expected, soft.
Legs without edema. Skin otherwise normal.
85.5kg, BMI 33.0.

Plan: continue enoxaparin; anti-Xa peak given CKD - 0.9 (ok). Platelets 212.
Rotate sites around the abdomen. Follow up 2 months.
"""),
("2022-08-15", "Hematology Phone Note", """
RN/pharmacist phone note
Pt called: painful dark blotches behind both calves, ~10 days now,
getting worse, can't sleep. No injury to her legs, no new stockings or wraps, no heat.
Belly bruises from the shots unchanged.
Temp 37.4 at home. Taking enoxaparin as prescribed, no missed doses, chemo cycle 5
was last wk.
Advised urgent derm - slot 8/24 - and ED if fever > 38.3 or any blotch opens and
drains. Keep legs clean, loose clothing.
Routed to Dr. Castellano-Fitz.
"""),
("2022-08-24", "Dermatology Consult", """
DERMATOLOGY CONSULT

66F, ovarian ca on chemo, CKD 3b, on enoxaparin for PE.
Lesions on the posterior calves, both legs, ~3 wks.

Exam:
- both posterior calves: retiform purpura, black eschars centrally (right 3x2cm,
  left 5x3cm); firm, very tender.
- abdomen: scattered 1-2 cm ecchymoses at enoxaparin sites, soft, no induration, no
  necrosis - ordinary injection bruising, not calciphylaxis.
L calf punch: calcium in subcut arteriolar media, thrombi, von Kossa +.

Dx: non-uremic calciphylaxis of both calves. She reports no trauma to the legs at all.
Rec: heme to consider apixaban instead of enoxaparin; IV sodium thiosulfate; wound care.
"""),
("2022-09-12", "Hematology Follow-up", """
Heme f/u 9/12/22
Calciphylaxis of both calves (biopsy 8/24) - pain better on STS, eschars stable.
Switched enoxaparin -> apixaban 5 mg BID on 8/29 (reasoning: fewer injections, oncology
agrees). Abdominal bruises fading.
No bleeding on apixaban; no nausea interfering with doses. Platelets 188, Cr 1.6.
Interaction check with her chemo regimen - none significant.
Weight 84.2kg, BMI 32.5.
Plan: apixaban through chemo, reassess at 6 mo. Derm f/u 10/3, wound RN weekly.
"""),
]}

PATIENTS = [R08, R09, R10, R11, R12, R13, R14]
