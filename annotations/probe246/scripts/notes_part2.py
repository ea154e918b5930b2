"""probe246 corpus notes, Z08-Z14 (inpatient rehabilitation facility and the clinics around it; all invented)."""

Z08 = {"patient_id": "Z08", "age": 59, "sex": "F", "notes": [
("2021-05-04", "IRF Admission H&P", """
ADMISSION H&P -- Willowmere Inpatient Rehabilitation
Admitted 05/03/21 from Pinecrest Regional (CHF exacerbation, volume overload on HD),
debility; needs mod A for transfers and gait.
PMH: HFpEF; ESRD -- hemodialysis thrice weekly, Mondays/Wednesdays/Fridays, L forearm
fistula; T2DM, insulin since 2009 -- she has always injected it into her abdomen, both
sides below the navel; large reducible ventral hernia. Never prescribed warfarin.
Meds: glargine 30 units qHS, lispro 8 units AC (pt self-injects w/ RN
supervision), carvedilol, sevelamer, atorvastatin.
Exam: 119.5 kg, BMI 44.1 (obesity, class 3). Abd: pannus, hernia reduces.
Skin intact.
Plan: elastic abdominal binder whenever OOB for hernia support -- put on by PT on
admission 5/3; PT/OT 3 h/d; fluid restriction 1.5 L; ELOS 14 d.
"""),
("2021-05-21", "IRF Discharge Summary", """
DISCHARGE SUMMARY -- Willowmere IRF   d/c date May 21, 2021
Admit dx: debility after CHF exacerbation in ESRD.
Course: 18 days of PT/OT/SLP screen. Transfers supervision, gait 250 ft with rollator,
stairs 3 w/ rail SBA. Dry weight reset with nephrology at 116 kg.
Skin intact at discharge.
Wt 118.2 kg, BMI 43.6.
D/c meds: unchanged insulin regimen, she continues to self-inject in the abdomen.
DME: rollator, shower chair, elevated toilet seat.
Instructions: wear the abdominal binder whenever up and walking; HD MWF at Crane St.
Dialysis; HH PT 2x/wk x 4 wks.
"""),
("2021-06-08", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC   6/8/21
Seen urgently 6/3 and biopsied; returns for results.
59F, hemodialysis, insulin-treated DM, morbid obesity, recently home from inpatient rehab.
Since Memorial Day: painful plaque, left lower abdominal wall. It follows the bottom
border of the elastic binder she has worn daily ever since rehab, and it is inside the
zone she has used for insulin shots for 12 years.
Exam: L lower pannus, firm violaceous 7x5cm plaque, livedo, 1cm eschar in the center;
R side of the abdomen clear.
Path: subcutaneous arterioles calcified with thrombi; necrotic fat. = calciphylaxis.
Plan: binder off (hernia surgery consult instead), insulin moved to the upper arms,
STS with HD, wound RN teaching, pain plan.
"""),
]}

Z09 = {"patient_id": "Z09", "age": 66, "sex": "F", "notes": [
("2016-10-18", "IRF Admission H&P", """
IRF ADMISSION -- Brookhollow Rehabilitation Hospital, Cardiac Rehab track
Admitted 10/17/16 after CABG x3 on 10/7/16 (LIMA-LAD, endoscopic vein harvest from the
R thigh), post-op AKI on known ESRD, deconditioning.
PMH: HTN; hyperlipidemia; T2DM, insulin x 15 yrs; ESRD with HD Tues/Thurs/Sat, L arm fistula.
Anticoag: none -- ASA + clopidogrel, never on warfarin.
Insulin: for years the R lateral thigh has been her only injection spot ("my left leg is
the one with the bad knee"); RN continuing the same site per her preference.
Exam: sternal incision healing, R thigh harvest incisions closed, no other lesions.
BMI 37.5 (obese). Sternal precautions.
Plan: PT/OT 3 h/d, no pushing up from armrests x 6 wks, HD off-unit TTS.
"""),
("2016-11-02", "Nursing Skin Assessment", """
RN SKIN NOTE 11/2/16 0830
Pt reports a new painful spot along the lateral L thigh, noticed yesterday while
dressing. Assessed: L lateral thigh, mottled purple patch 5x7cm, firm, very tender,
no open area, not warm.
MAR reviewed: each insulin dose during this stay charted to the R lateral thigh.
No fall, no bump, no heat or ice used. Rates pain 7/10. Sternum healing, R thigh incisions healed.
Hospitalist notified; wound nurse and derm consults requested; pillow offload in bed.
"""),
("2016-11-09", "Dermatology Consult", """
Dermatology consult f/u 11/9/2016
Bx (11/3, L lateral thigh): calcified small subcut vessels (von Kossa stains them),
thrombosis, lobular necrosis of fat. Confirms calciphylaxis, L lateral thigh.
The L thigh has had no shots, no heat and no injury -- her insulin and
the vein harvest incisions are both on the R. R thigh itself: no lesions.
Now 6x8cm, early central eschar.
Plan: STS after dialysis, drop calcium carbonate, cinacalcet, keep insulin in the R thigh
or arms and never into the L thigh, no compression; follow weekly.
"""),
]}

Z10 = {"patient_id": "Z10", "age": 71, "sex": "M", "notes": [
("2017-08-10", "IRF Admission H&P", """
PM&R admission -- Oakridge Crossing Rehab
8/10/17: admitted today after R transtibial amputation 8/2/17 (PAD, 60 pk-yr smoker).
PMH: COPD; ESRD, CAPD with 4 exchanges; AF -- warfarin stopped in 2012 after a subdural, ASA
only now; not diabetic (A1c 5.1).
Skin: R residual limb incision intact, staples. L posterior calf: tender violaceous
nodule, 2cm, faint livedo surrounding; he first saw it yesterday; he denies bumping
or hurting that leg.
Ht 178 cm, wt 93 kg, BMI 29.4 (overweight).
Plan: PT/OT 3 h/d, shrinker when staples out, prone lying for hip ext, derm re L calf.
"""),
("2017-08-21", "Wheelchair Seating Evaluation", """
SEATING & MOBILITY -- 8/21/2017
R BKA, L leg edema. Issued K0004 with R amputee support, and for the L side an elevating
leg rest with a padded calf support, set today. The pad presses against the posterior L
calf, over the dressing that covers his known calf ulcer; wound RN aware, cut-out being
made. Cushion: air cell, inflation checked. Propels 200 ft independently.
Pressure relief: lean side to side q20 min, demonstrated.
Plan: recheck pad fit 8/23, order final chair.
"""),
("2017-08-24", "Nephrology PD Progress Note", """
Renal -- PD, inpatient rehab, 24 Aug 2017
Biopsy 8/14 (punch, posterior L calf) = calciphylaxis. Ulcer measures 4x3cm, eschar.
He admits to icing the calf ulcer for pain since last weekend -- asked to
stop. Ca/PO4/PTH 9.4/6.8/560.
A/P: calcific uremic arteriolopathy, L calf. Sodium thiosulfate 25 g IV, 3 doses/wk
through a PIV, swap calcium carbonate for lanthanum, add an icodextrin dwell for clearance, no ice/heat.
Pain 7/10, limiting prosthetic prep. CAPD 4 exchanges, UF ~900 mL/day, peritonitis-free.
Wife at bedside, questions answered.
"""),
("2017-09-01", "IRF Discharge Summary", """
DISCHARGE SUMMARY   Oakridge Crossing Rehab   09/01/2017
Dx: R BKA (PAD); calciphylaxis L posterior calf, onset 8/9/17, bx-proven 8/14.
Function at d/c: w/c level mod I, transfers mod I w/ slide board, hop 20 ft RW SBA.
Prosthesis on hold until the calf ulcer heals.
Home with wife, 1 step entry, ramp. Continue CAPD. STS outpatient at the infusion center.
Wt 91 kg.
F/u: PM&R amputee clinic 4 wks, wound clinic weekly, nephrology.
D/c meds: lanthanum, cinacalcet, ASA, tiotropium, oxycodone prn. R residual limb healed;
L calf ulcer 4x3cm, dressing every other day by wife.
"""),
]}

Z11 = {"patient_id": "Z11", "age": 55, "sex": "F", "notes": [
("2025-02-11", "IRF Admission H&P", """
ADMISSION H&P -- St. Brigid Rehabilitation Hospital
Admitted 2/10/25 from Harlan Memorial after a 3-wk stay for MSSA bacteremia with ICU
course; critical illness myopathy, max A transfers.
Skin: biopsy-proven calciphylaxis of both lower abdominal quadrants (punch 1/28/25 at
Harlan); lesions present since early January.
PMH: HTN; no diabetes; warfarin never; ESRD (HD Mon/Wed/Fri).
DVT ppx: SCDs to both calves; no SC heparin, to spare the abdomen.
Exam: BMI 41.0 (class 3 obesity). Lower pannus with bilateral eschar-covered ulcers.
Plan: PT/OT 3 h/d as tolerated, bariatric bed, STS with HD, pain regimen.
"""),
("2025-02-19", "Wound Care RN Note", """
WOUND RN -- 2/19/2025
Bilateral lower abdominal/pannus ulcers: R 5x4cm, L 3x3cm, black eschar stuck to both
and a purpuric rim, no odor.
Pt denies ever putting heat (pad, bottle) or ice on her belly. Denies
injections in the abdomen -- never on insulin, no heparin shots. Wears loose gowns,
no tight waistbands.
Dressing: Medihoney + ABD pad, held w/ silicone tape, changed daily.
Pannus lifted with a sling during transfers. Premedicated before dressing change, pain 6/10.
Skin in the pannus fold otherwise intact, no candida.
"""),
("2025-03-04", "Case Management Discharge Planning", """
CM / DISCHARGE PLANNING NOTE  03/04/2025
Team conf today: transfers min A, w/c mod I, gait 30 ft w/ bariatric RW.
D/c home 3/6 with husband; outpatient HD resumes at Fairgate Dialysis MWF, STS to continue
there. HH RN for wound care 3x/wk. DME: bariatric drop-arm commode, hospital bed.
Education given: no heat sources on the skin, nothing tight at the waist, and no
injections in the abdomen if she ever needs them.
Barriers: pain with dressing changes, bariatric DME delivery date. Husband trained in
transfers with gait belt and pannus sling.
Wt 110 kg.
"""),
]}

Z12 = {"patient_id": "Z12", "age": 64, "sex": "M", "notes": [
("2020-02-24", "IRF Admission H&P", """
IRF ADMISSION H&P -- Ridgeline Rehab, amputee unit
Admitted 2/21/20 after L transtibial amputation 2/14/2020 (PAD, gangrene of toes).
PMH: T2DM on insulin; ESRD (HD T/Th/S). Calciphylaxis 2016, L lateral thigh, located at his
old insulin injection area, treated with STS, healed by spring 2017 -- scar only. Since then
he injects insulin only into his abdomen. No warfarin. CAD.
Exam: BMI 26.0. Residual limb incision w/ staples, mild serous drainage. Well-healed
atrophic scar L lateral thigh; no purpura, no active ulcers anywhere.
Plan: PT/OT 3 h/d, rigid removable dressing L, w/c w/ residual limb board, pre-prosthetic
training.
"""),
("2020-03-05", "Wound Care RN Note", """
Wound nurse f/u  05-Mar-2020
Sacrum: new stage 2 PI 1.5x1cm, pink base, from long stretches sitting
in the w/c. Cushion changed to air cell, 2-hr turns in bed, pressure-relief reminders.
L residual limb: incision closed, staples out yesterday.
Old calciphylaxis scar L thigh intact. No new purpura or nodules.
Pt shifts weight only when reminded; taught push-ups q20 min with a timer. Braden 16.
Sacral dressing: hydrocolloid, change q3 days and prn. Shrinker started L. PM&R updated; family shown the turning clock.
"""),
("2020-03-12", "Nephrology HD Note", """
Nephrology -- HD rounds at bedside, Ridgeline Rehab   3/12/20
64M ESRD, s/p L BKA. Hx calciphylaxis 2016 (L thigh), healed.
Calciphylaxis has not come back; the sacral breakdown is from pressure and is getting better.
Phos 5.2, Ca 9.0, PTH 410 (cinacalcet); binder without calcium.
HD 4 h TTS via R arm AVF, UF 2.5 L, no cramps. Appetite better, albumin 3.4.
Therapy moved to mornings on HD days.
Plan: continue, avoid thigh injections, keep phos < 5.5, recheck labs next Tuesday.
"""),
]}

Z13 = {"patient_id": "Z13", "age": 70, "sex": "F", "notes": [
("2018-05-07", "IRF Admission H&P", """
PM&R H&P -- Cedar Lantern Rehab Hospital
Admitted 5/5/18 after L pontine infarct 4/27/18, R hemiparesis, dysarthria.
Skin: during the acute stay, punch bx of the L calf 4/30/18 confirmed calciphylaxis;
lesions on both calves for about a month. No leg injury, no heat, no injections into the
legs, per pt.
PMH: HTN; PAD; ESRD, HD M/W/F since 2014. Not diabetic. No warfarin (ASA/clopidogrel).
Exam: BMI 31.9. Eschar-topped ulcers on both posterior calves (R 3x2cm, L 4x3cm).
R UE 3-/5, R LE 3/5.
Plan: PT/OT/SLP 3 h/d, STS w/ HD, R AFO trial deferred due to calf ulcers.
"""),
("2018-05-15", "Interdisciplinary Team Conference", """
TEAM CONFERENCE 5/15/18
Present: PM&R, PT, OT, SLP, RN, SW.
Medical: calf ulcers unchanged, pain 5/10 on scheduled gabapentin post-HD.
PIV in the R hand removed 5/13, site clean.
SW: husband (also on HD, insulin-dependent diabetic) fell in the parking garage last
week and bruised his shin; he cannot drive for now, daughter will do transport.
PT: gait 100 ft hemi-walker min A. OT: grooming SBA, UB dressing min A.
SLP: intelligibility 80% in conversation.
Plan: d/c 5/24 home w/ husband + daughter, HH PT/OT/ST.
"""),
("2018-05-24", "IRF Discharge Summary", """
DISCHARGE SUMMARY  Cedar Lantern  05/24/2018
Dx: L pontine stroke w/ R hemiparesis; calciphylaxis, bilateral calves (biopsy 4/30/18).
Course: STS 3x/wk with HD; ulcers slightly smaller.
Function: gait 150 ft hemi-walker SBA, stairs 2 w/ rail CGA, ADLs SBA-min A.
Do not use compression stockings over the calf ulcers.
Appointments: wound clinic in 1 wk, neuro in 6 wk, renal at Pellham Dialysis (MWF).
Meds: ASA, clopidogrel, atorvastatin, sevelamer, cinacalcet, gabapentin 100 mg after HD.
Calf dressings: alginate + foam three times a week by the HH nurse. Daughter trained.
"""),
]}

Z14 = {"patient_id": "Z14", "age": 62, "sex": "M", "notes": [
("2021-09-13", "PT Daily Note", """
PT daily  9/13/21  Sunmeadow IRF 5N  tx 90 min
Dx: R MCA stroke 8/30/21, L hemiparesis.
Skin: L heel red w/ a 1 cm intact blister -- he drags the L heel on the footplate while
hemi-propelling (friction). Heel protector on, L leg rest w/ heel loop issued.
Also knocked his L knee (front) on the bathroom door frame yesterday while in the w/c:
2 cm bruise, no swelling.
Gait: 60 ft hemi-walker mod A, L foot drop -- AFO trial deferred.
PMH: AF, warfarin; T2DM, insulin; ESRD (HD M-W-F). BMI 27.5.
P: cont POC, w/c skills, mirror therapy, L ankle PROM.
"""),
("2021-10-04", "Dermatology Consult", """
Derm consult 10/04/2021
62M, R MCA stroke, hemodialysis, on warfarin. Painful plaque, L leg, for ~10 days.
On exam, L lateral mid-calf, 3x4cm necrotic plaque; edge shows retiform purpura.
Nothing presses on the lateral calf in his chair. The L heel blister from last month has
healed and the knee bruise is gone.
Differential: calciphylaxis, warfarin necrosis, vasculitis.
Pedal pulses faint bilaterally, no edema. Photo taken for the chart.
Plan: 4mm punch from the edge today, hold wound care changes until path.
"""),
("2021-10-12", "Dermatology Follow-up", """
Derm f/u  12 Oct 2021
Path (10/4, L lateral calf): calcified subcutaneous arterioles, thrombi, panniculitis
-- calciphylaxis.
The old heel and knee injuries were away from this spot; no trauma to the calf itself.
Plan: warfarin held today, apixaban per cardiology; STS after dialysis; nephrology to adjust
binders; nonadherent dressing, keep tape off the leg; pain plan.
Today 3.5x4cm, eschar dry. Dressing changes hurt, 7/10. RTC 2 wks, sooner if spreading.
Written information on the diagnosis given to pt and his wife.
"""),
]}

PATIENTS = [Z08, Z09, Z10, Z11, Z12, Z13, Z14]
