"""probe231 corpus notes, J15-J20 (geriatric medicine: possible, excluded and never-present calciphylaxis; all invented)."""

J15 = {"patient_id": "J15", "age": 91, "sex": "F", "notes": [
("2022-08-02", "Falls Clinic", """
Falls clinic
91F, sheltered housing flat, warden on site. 2 falls this year.
Banged her left shin on her walking frame on the 20th of July - small skin tear, closed
with Steri-Strips by the practice nurse.
PMH: CKD 4 (eGFR 19; RRT not discussed yet), AF on warfarin - INR all over the place
(1.8-4.1), osteoporosis, AMD. No diabetes.
BMI 22.0.
O/E: L shin skin tear 2 cm, healing; some bruising around it. TUG 21 s with frame.
Plan: OT home hazard visit; consider warfarin -> DOAC; hip protectors offered, she declined;
alendronate review.
"""),
("2022-08-30", "Community Geriatrics Home Visit", """
Community geriatrics - home visit (daughter Glenys present)
Painful black area on the left shin where the skin tear was, came on over the last 10 days;
purple net-like pattern around it. Not sleeping for the pain, and eating poorley.
O/E: L anterior shin - black eschar 3x2.5 cm, retiform purpura 3 cm further out, warm, no pus.
Imp: ?calciphylaxis - concern given warfarin + CKD 4; DDx warfarin-induced skin necrosis,
infected haematoma, arterial ulcer (foot pulses faint).
Plan: teledermatology referral with photos; doxycycline for 7 days while awaiting; INR
checked today 3.6.
"""),
("2022-09-13", "Teledermatology Opinion", """
Teledermatology - opinion
Photos and history reviewed. The stellate eschar with retiform purpura on the L shin could be
calciphylaxis, but warfarin necrosis, or trauma plus ischaemia, remain possible; without a
deep biopsy, calciphylaxis cannot be excluded.
Per GP, she and her daughter have declined biopsy and want comfort-focused care; that is
entirely reasonable.
Suggest: switch warfarin to apixaban (done by GP 12/09), non-adherent dressings, regular
analgesia, leg elevation. Happy to review again if she changes her mind, or sooner if the
wound spreads or looks infected.
"""),
]}

J16 = {"patient_id": "J16", "age": 78, "sex": "M", "notes": [
("2019-05-21", "Memory Clinic", """
MEMORY CLINIC - Westbury
78M, dementia with Lewy bodies (fluctuations, visual hallucinations of small children,
REM sleep behaviour). Wife Maureen and a paid carer both present.
ESRD: haemodialysis Mon/Wed/Fri (R arm fistula).
T2DM: carers give Humalog Mix 25 into the abdomen twice daily.
No anticoagulants. Never smoked.
BMI 30.0.
MoCA 17/30. NPI - hallucinations moderate, no distress. Orthostatic drop 28 mmHg, 2 falls
in 3 months, both after dialysis.
Maureen managing but tired; day centre twice a week.
Plan: rivastigmine capsules titration; avoid antipsychotics; falls advice; review 3/12.
"""),
("2019-07-09", "Haemodialysis Medical Review", """
HD unit review
Carer noticed a mottled purple patch around his insulin sites, left lower abdomen, with
a tender nodule (pea-sized) at its centre; about 2 weeks ago it first appeared.
O/E: LLQ 4 x 3 cm patch of livedo, 1 cm firm tender nodule, skin unbroken. Lipohypertrophy
elsewhere on the abdomen.
Ca 2.58, PO4 2.16.
Imp: concern for early calciphylaxis vs bruising over lipohypertrophy.
Plan: dermatology referral for an opinion ± biopsy; carers to move injections away from that
area meanwhile.
"""),
("2019-08-20", "Memory Clinic Follow-up", """
MEMORY CLINIC - follow up
Did not attend dermatology twice (hospital transport missed him). Maureen can no longer cope
at home - moving him to a nursing home near their daughter in another county next week.
LLQ patch still there, a little smaller, no ulcer.
Cognition: MoCA 16/30; rivastigmine 3 mg bd tolerated.
Summary to new GP and renal unit: possible early calciphylaxis at insulin sites, never
confirmed - please re-refer to dermatology locally; rotate insulin sites.
Weighed 91 kg on the nursing home chair scales last week.
"""),
]}

J17 = {"patient_id": "J17", "age": 85, "sex": "F", "notes": [
("2025-03-04", "Comprehensive Geriatric Assessment", """
CGA - home visit, frailty team
85F, largely bed-bound after her 2023 stroke; CFS 7. Daughter Bronwen is live-in carer
and does her CAPD exchanges.
Prefers lying on her left side, facing the window, most of the day.
PMH: ESRD on PD, HTN, previous stroke (R hemiparesis). No diabetes. No anticoagulant.
BMI 27.4.
Cognition: 4AT 0; AMTS 8/10.
Skin: sacrum and heels intact, airflow mattress in place.
Plan: 2-hourly turns with carers, dietitian, review pressure care equipment, advance care
plan discussion next visit.
"""),
("2025-04-15", "Tissue Viability Nurse Review", """
Tissue viability - district nursing referral
Wound L buttock, first noted ~3 weeks ago by daughter as a painful purple area.
Now 6x5 cm: black eschar centre, surrounding net-like purple (retiform) discolouration
extending beyond the eschar, very painful to light touch.
Looks atypical for a pressure ulcer (shape and pain out of proportion) - ?category 3
pressure ulcer vs calciphylaxis.
Plan: photos to renal team and GP; hybrid mattress, 30-degree tilt; non-adherent dressing;
unable to weigh - hoist scales not available. Re-visit in
one week, sooner if daughter concerned.
"""),
("2025-05-06", "Renal Palliative Care Clinic", """
Renal supportive care clinic (joint renal/palliative)
Reviewed photos and history of the L buttock wound. Calciphylaxis cannot be excluded,
pressure damage remains the other explanation; she is not fit for, nor wishes, a
biopsy.
Bronwen wants to continue PD for symptom control.
Eating little; drowsy afternoons. Bronwen coping with hospice at home support.
Plan: no biopsy; analgesia - oxycodone liquid PRN, paracetamol; no sodium thiosulfate;
DNACPR confirmed; preferred place of death home; anticipatory medications prescribed.
GP and district nurses updated.
"""),
]}

J18 = {"patient_id": "J18", "age": 80, "sex": "M", "notes": [
("2018-10-09", "Dialysis Rounding Note", """
Nephrology - HD rounding
80M, ESRD - HD MWF; T2DM, on glargine + aspart insulin; AF on warfarin; CAD.
Cardiac cath (R femoral access) 2 weeks ago, 9/25.
New: both feet purple-mottled and painful, dusky ulcer R 2nd toe, starting some days
post-cath.
O/E: bilat feet livedo reticularis to the ankles, R 2nd toe 6 mm ulcer with dark base, pedal
pulses palpable.
Eos 0.9, ESR 64.
Imp: ?calciphylaxis vs cholesterol emboli.
Plan: derm biopsy; no STS unless path supports it. BMI 25.3.
"""),
("2018-10-23", "Dermatology Consult", """
Dermatology consult - f/u visit
Punch bx R dorsal foot (2018-10-16): biconvex clefts of cholesterol blocking small arterioles;
von Kossa stain: no vascular calcification.
Dx: cholesterol embolization syndrome after catheterization. Calciphylaxis ruled out.
Discussed w/ pt and wife; they were relieved, having read about calciphylaxis online.
Exam: livedo both feet fading; R 2nd toe ulcer 7 mm, dry.
Plan: supportive wound care, pain control, statin continued, nephrology to discuss warfarin
with cardiology. Foot skin to be kept warm and dry. Podiatry for nail care.
RTC 4 weeks.
"""),
("2018-11-20", "Geriatric Medication Review", """
Geriatrics - medication review, frail elderly clinic
80M, 16 meds. Falls x2 since October (foot pain, unsteady). CFS 6.
Recent cholesterol emboli to both feet; calciphylaxis had been considered, biopsy excluded it.
Anticholinergic burden 4 (oxybutynin, amitriptyline).
Warfarin: cardiology advise continue for AF (CHA2DS2-VASc 6).
Insulin: several hypos (BG 50s) on non-dialysis days - glargine reduced 20%.
Deprescribed: oxybutynin, amitriptyline, tamsulosin (orthostatic).
Orthostatics: 132/70 lying -> 108/64 standing at 3 min.
Weight 74.9 kg.
Plan: PT for gait/balance, podiatry, recheck BGs in 2 wk, wife to keep a hypo diary,
follow-up 6 weeks.
"""),
]}

J19 = {"patient_id": "J19", "age": 74, "sex": "F", "notes": [
("2016-04-12", "Memory Clinic Assessment", """
Memory clinic - new patient
74F referred by GP: worried about her memory since her brother's death. He died in 2014 of
calciphylaxis, on dialysis, and she fears it will happen to her too.
Subjective: word-finding lapses, forgets names; still runs her home, drives, does accounts.
ACE-III 89/100.
PMH: CKD 3a (eGFR 52, stable), T2DM on basal insulin (Levemir 14 units at night), HTN.
No anticoagulants. BMI 28.1.
Imp: subjective cognitive decline with anxiety; no dementia at present.
Plan: reassurance; CBT referral; repeat ACE-III in 6 months.
"""),
("2016-10-18", "Memory Clinic Follow-up", """
Memory clinic - 6-month review
ACE-III 91/100, stable. Anxiety improved after CBT sessions.
At her request, skin of legs, thighs and abdomen examined: no lesions, no ulcers.
Explained: her kidney function is moderately reduced but stable, and that her brother's
illness occurred on dialysis.
Insulin continued, HbA1c 55. eGFR 50.
Still driving, no concerns from husband; she has joined a walking group and sleeps better.
Mood: GAD-7 down from 14 to 6.
BMI 27.6.
Discharged back to GP, with advice to re-refer if new symptoms.
"""),
]}

J20 = {"patient_id": "J20", "age": 89, "sex": "M", "notes": [
("2020-11-24", "Comprehensive Geriatric Assessment", """
CGA - geriatric day hospital
89M, ESRD, dialysis Tue/Thu/Sat. Not diabetic. Took warfarin 2005-2008 after a PE, none since.
Lives with his son; independent in personal care, uses a stick.
Main issue: R shoulder pain (rotator cuff arthropathy) keeping him awake.
Advised not to put ice packs or heat packs straight onto the skin - in people on dialysis
calciphylaxis is a recognised risk; paracetamol regular instead.
CFS 4. MMSE 27/30. BMI 20.5 (weight loss 3 kg in 6 months).
Plan: physio, dietitian, review after Christmas.
"""),
("2021-01-19", "Geriatric Day Hospital Review", """
Day hospital review
Shoulder better with physio and regular paracetamol. Fell on Christmas Eve at his son's house
(tripped on a step), grazed his R elbow - healed.
Skin check: R elbow healed graze, no ulcers, no purpura; no evidence of calciphylaxis.
Son reminded about the advice on ice/heat packs - he has binned the gel pack.
Weight stable. BMI 20.7. TUG 14 s.
Plan: continue physio; home hazard check by OT for the steps; discharge from day hospital;
DN not needed.
"""),
]}

PATIENTS = [J15, J16, J17, J18, J19, J20]
