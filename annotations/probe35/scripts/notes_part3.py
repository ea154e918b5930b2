"""probe35 corpus notes, U15-U20 (medication administration records, injection logs, pharmacy,
anticoagulation and diabetes-education notes; all invented)."""

U15 = {"patient_id": "U15", "age": 64, "sex": "F", "notes": [
("2019-05-07", "DSMES Visit -- Injection Site Log Review", """
DSMES visit
T2DM, insulin 70/30 pen 28 u AM / 22 u PM. ESRD on HD (MWF, Cedar Flats unit).
Pt's own log, last 14 days (site column):
 4/23 AM R abd   PM R abd
 4/24 AM R abd   PM R abd
 ...
 5/6  AM R abd   PM R abd
-> R abdomen used for every dose. She says the left side "stings more".
Exam: R periumbilical area mildly firm, no bruising.
Plan: rotate into L abdomen and thighs, chart given. Wt 104kg; BMI 38.7.
"""),
("2019-07-16", "HD RN Note", """
HD RN -- 7/16/19
Pt showed a tender purplish lump on her belly, R side, where she does her insulin, came up ~10 days ago.
Assess: R abdomen 2 cm firm, mildly violaceous nodule, no ulcer, no eschar. Afebrile.
Concern: early calciphylaxis? vs injection-site reaction. Dr. Reinholt notified.
"""),
("2019-08-01", "Nephrology Progress Note", """
Nephrology
R abdominal nodule at insulin site reviewed. Unchanged size, still tender, no necrosis.
DDx -- calciphylaxis (early), lipohypertrophy w/ fat necrosis, panniculitis. Recommended punch biopsy; pt declines ("not letting anyone cut me"). Will monitor, photos monthly, moved insulin to thighs.
She moves to her daughter's (out of state) next month; records faxed to the new unit. Diagnosis not established.
"""),
]}

U16 = {"patient_id": "U16", "age": 74, "sex": "M", "notes": [
("2024-10-01", "Anticoagulation Clinic Note", """
ANTICOAG CLINIC -- Westfield Family Practice
Indication: AF (nonvalvular). Warfarin since 2019.
 date   | INR | wkly dose | action
 08/06  | 2.7 | 35 mg     | none
 09/03  | 3.3 | 35 mg     | none, recheck 4 wk
 10/01  | 4.6 | 35 mg     | hold x1, then 4 mg qd (28 mg/wk)
Interacting drugs: started amiodarone? NO. Recent abx: cefdinir 9/20-9/27 (prob cause of high INR).
CKD stage 4 (eGFR 18), vascular surgery placed L arm AVF in 8/2024 in preparation, not on dialysis yet.
New: son reports dark painful patch on father's L thigh x 5 days. No bruise history, no fall.
Advised urgent PCP/derm same week; son to send photo via portal tonite.
"""),
("2024-10-08", "Dermatology Consultation", """
Derm consult
74M, CKD 4, on warfarin. No diabetes. BMI 23.0.
L anterior thigh: 8x6cm retiform purpura, eschar centrally, exquisitely painful.
Ddx includes non-uremic calciphylaxis, warfarin-induced skin necrosis, and cholesterol emboli. Biopsy booked for 10/15; warfarin -> apixaban today.
"""),
("2024-10-20", "PCP Hospice Referral Note", """
PCP note
Admitted 10/13 with aspiration pneumonia, biopsy cancelled. Family chose comfort care; referred to home hospice today.
Thigh wound: likely calciphylaxis vs warfarin necrosis -- never confirmed, no biopsy will be done.
Comfort meds ordered.
"""),
]}

U17 = {"patient_id": "U17", "age": 52, "sex": "F", "notes": [
("2018-04-10", "PD Clinic RN Note", """
PD clinic RN
ESKD on APD x 2 yrs. T2DM, diet only (no insulin, no pills). Obese, BMI 32.5.
Meds reconciled: calcium acetate 667 mg 2 caps TID w/ meals, calcitriol 0.25mcg qd, darbepoetin 60 mcg SC q2wk (given by PD RN, arms), ferrous sulfate, atorvastatin.
Pt noticed net-like purple mottling on the fronts of both thighs for ~1 month, achy.
No ulcers, no nodules. Cycler logs fine, no missed treatments.
NP to see.
"""),
("2018-04-24", "Nephrology Clinic Note", """
Nephrology
Livedo reticularis both thighs, painful. Ca x Phos product 68, PTH 910.
Cannot exclude early CUA. Bone scan ordered, derm referral.
Binder changed to lanthanum.
"""),
("2018-05-15", "Dermatology Consultation", """
DERM
Bilateral anterior thigh livedo reticularis, no ulceration, no induration.
Bone scan: faint soft tissue uptake in thighs, nonspecific.
Impression: possible early calciphylaxis; biopsy deferred since no ulcer and risk of non-healing wound. Repeat exam in 6 wks or sooner if skin breaks down.
"""),
]}

U18 = {"patient_id": "U18", "age": 71, "sex": "F", "notes": [
("2025-02-18", "Anticoagulation Clinic -- Warfarin Initiation", """
ANTICOAG CLINIC -- new start, day 6
Indication: provoked L popliteal DVT (2/12/25). Planned 3 mo.
Enoxaparin 90 mg SC q12h overlap, daughter giving the shots into the belly:
 2/13 am R abd / pm L abd ... 2/18 am R abd
Warfarin 5 mg daily started 2/13.
INR 2.9 today -> stop enoxaparin after tonight (INR >=2 x2).
CKD stage 3a (eGFR 52), never dialysed. DM2 (glipizide). Wt 92 kg, BMI 34.1.
"""),
("2025-02-24", "Urgent Care Physician Note", """
Urgent care MD
Pt with painful dark patches: L thigh, R breast, since yesterday, spreading.
Exam: L anterolateral thigh 10 x 6 cm and R breast 5 x 4 cm hemorrhagic bullae over purple-black skin, sharp borders.
Day 12 of warfarin.
Impression: ?calciphylaxis vs warfarin skin necrosis. Sent to ED; derm called.
"""),
("2025-03-04", "Dermatology Consultation", """
DERMATOLOGY
Biopsy L thigh 2/25: fibrin thrombi filling dermal + subcutaneous vessels, hemorrhagic necrosis, NO vascular calcification (vK neg). Protein C activity 31%.
Calciphylaxis ruled out. Diagnosis: skin necrosis from warfarin, in setting of protein C deficiency.
Warfarin stopped 2/25 -> argatroban in hospital -> now apixaban. Wound care for the thigh and breast necrosis.
"""),
]}

U19 = {"patient_id": "U19", "age": 50, "sex": "M", "notes": [
("2023-03-09", "Diabetes Educator -- Pump Visit", """
PUMP CLINIC
T1DM since age 14. Tandem pump, lispro. A1c 6.9.
Infusion set log (pt's app export):
 02/21  abd L upper
 02/24  R upper buttock
 02/27  abd R lower   -- "bled a bit, bruise", gone in 3 d
 03/02  L upper buttock
 03/05  abd L lower
CGM: Dexcom on back of arms, 10-day wear, no adhesive issues.
TIR 71%, below range 2%.
Kidneys: eGFR 92, UACR normal.
BMI 22.8.
"""),
("2023-03-30", "Primary Care Visit", """
PCP
Worried because his brother (on dialysis for 10 yrs) died last month from calciphylaxis; asks if he is at risk.
Skin exam: no livedo / nodules / ulceration. Pump sites normal.
Renal function normal, Ca/Phos normal.
Reassured -- his kidneys are normal; risk is low. No warfarin, no anticoagulants.
"""),
]}

U20 = {"patient_id": "U20", "age": 66, "sex": "F", "notes": [
("2025-06-03", "Pharmacy Consult -- Anticoagulant Review", """
PHARMACY CONSULT -- anticoagulant choice in HD patient
66F, ESRD (HD T/Th/Sa), AF, warfarin 3.5 mg daily since 2020; INR labile (1.6 - 4.2 over 3 mo).
DM2 on insulin glargine 20 u.
Concern: warfarin in dialysis pts carries a risk of calciphylaxis; should painful skin lesions ever appear, think of calciphylaxis first.
Rec: change to apixaban 2.5mg BID (or 5 mg per cardiology).
Wt 78.4 kg, BMI 29.7 (overweight).
"""),
("2025-06-17", "Anticoagulation Clinic Transition Note", """
ANTICOAG CLINIC
Transition log:
 6/13  last warfarin dose (3.5 mg)
 6/14  INR 2.4 - no anticoag today
 6/15  INR 1.8 - apixaban 5 mg BID started (cardiology dose)
Pt education: missed-dose rule, no INR checks needed anymore, bleeding signs.
Skin check: intact, no lesions, insulin sites on abdomen normal.
No bleeding.
"""),
]}

PATIENTS = [U15, U16, U17, U18, U19, U20]
