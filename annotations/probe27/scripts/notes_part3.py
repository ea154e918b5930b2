"""probe27 corpus notes, Z15-Z20 (hospital medicine progress notes; all invented)."""

Z15 = {"patient_id": "Z15", "age": 83, "sex": "F", "notes": [
("2024-06-03", "Hospitalist H&P", """
HOSPITALIST ADMISSION NOTE -- Cedar Hollow Hospital, 3 East
Author: D. Marchetti-Boyle, MD
83F from Willow Bend NH. ESRD, dialyzes Mon/Wed/Fri at Cedar Hollow Kidney Center; chronic venous insufficiency; atrial fibrillation on warfarin; moderate Alzheimer dementia. Overweight (BMI 29.5). Sent in for a worsening L leg ulcer and eating poorly x1 wk.
Per NH transfer sheet: the L inner lower leg ulcer has been there ~6 wks; wound nurse there has been applying Unna boot wraps, changed every Tuesday since April.
Patient herself can't give hx ("it's my leg, it hurts, that's all I know").
Med rec from NH MAR:
  1) warfarin 2 mg po daily -- INR 2.4
  2) donepezil 10 mg qhs
  3) sevelamer carbonate 800 mg w/ meals
  4) midodrine 10 mg before dialysis
  5) senna-docusate
Exam: frail, oriented to self. L medial gaiter region: ulcer ~5x4cm, half covered by black eschar, purplish mottled skin circling it, winces w/ light touch. Brown hemosiderin staining of both shins. Pulses faint but present.
Problems:
#1 L lower leg ulcer -- venous stasis ulcer most likely, though calciphylaxis not excluded (warfarin, ESRD). Wound RN eval, derm consult. Hold Unna wrap for now.
#2 Poor oral intake -- SLP swallow eval; discuss goals w/ daughter (HCP).
#3 AF on warfarin -- rate ok, continue for now.
#4 ESRD -- HD Wed.
"""),
("2024-06-05", "Dermatology Consult Note", """
DERMATOLOGY CONSULT (Dr. S. Halvorsen)
Asked to weigh in on L medial leg ulcer.
Findings: irregular, shallow venous-type margins inferiorly; superiorly a tender adherent eschar with a livedoid, net-like rim. This morphology is mixed. I cannot exclude calciphylaxis in this warfarin-exposed HD patient, but venous ulceration fits the location and her hemosiderin changes.
A biopsy would help. Discussed with daughter Renata (HCP) by phone the risk that a biopsy in this area might itself not heal -- she declines biopsy at this time.
Recommendations:
- should goals change, a 6mm punch at the superior edge
- otherwise moist wound care, no compression wraps until diagnosis clearer
- pain control as per primary
"""),
("2024-06-07", "Hospital Medicine Progress Note", """
MEDICINE PROGRESS NOTE, HD#5 (copied forward from 6/6, updated)
Family meeting today w/ daughter, palliative care, renal. Consensus: comfort-focused care; return to NH with hospice. Last HD session Friday; then dialysis will stop per pt's previously stated wishes.
#1 L lower leg ulcer, cause never established -- possible calciphylaxis vs venous ulcer; family declined biopsy. Comfort-oriented dressings, morphine solution prn.
#2 AF -- warfarin discontinued in line with comfort goals.
#3 Nutrition -- pleasure feeds.
BMI 29.5 (unchanged).
"""),
]}

Z16 = {"patient_id": "Z16", "age": 45, "sex": "M", "notes": [
("2025-01-13", "Hospitalist H&P", """
H&P -- Hospital Medicine, Ravenswood Medical Center
45M w/ ESRD on automated PD (nightly cycler, Ravenswood Home Dialysis), type 1 DM -- ED note says "insulin pump", clarified w/ pt: NOT a pump, MDI with glargine + lispro, which he injects into his R lower abdomen "easiest side for me to see". BMI 32.7. Admitted w/ DKA, gap closed in ED on insulin drip.
Incidental: firm, painful lump about 2cm in the R lower abdomen where he injects; overlying skin dusky. Pt says it showed up around New Year's.
Home meds:
  glargine 20 units at bedtime
  lispro per carb ratio 1:10
  sevelamer 1600 with meals
  cinacalcet 30
  losartan 25
Exam: PD catheter exit site L abdomen clean/dry. R lower quadrant: tender 2-3cm subcutaneous nodule, dusky violaceous surface, no fluctuance.
Plan by problem:
#1 DKA -- resolved; bridge to SC basal-bolus.
#2 Tender nodule R abd at insulin site -- differential: early calciphylaxis vs lipohypertrophy vs abscess. Bedside US; derm consult.
#3 ESRD on PD -- resume cycler tonight.
"""),
("2025-01-15", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Exam: R lower abdomen, 3cm indurated tender nodule with faint violaceous mottling over it, at his injection area. US yesterday: no abscess, heterogeneous fat.
Concern for early calciphylaxis; can't rule it out.
Punch 1/14 (R abd): fat necrosis; no vascular calcification on the sections available; sample superficial -- NONDIAGNOSTIC.
Recs: a deeper incisional (wedge) biopsy to subcutis is needed to settle this; insulin to other sites meanwhile (thighs or arms).
"""),
("2025-01-16", "Hospital Medicine Progress Note", """
PROGRESS NOTE (Day 3) -- R. Adeyemi, MD
Pt left against medical advice at 0740 before the planned wedge biopsy; said he needed to get back to work and would "deal with the lump later". Capacity intact; risks explained incl. missed diagnosis.
#1 R abdominal nodule -- possible calciphylaxis, remains unconfirmed (nondiagnostic punch). Told to avoid injecting the R abdomen; derm + PD clinic follow-up requested.
#2 T1DM -- home regimen; BMI 32.7.
#3 ESRD on PD -- resume home cycler.
"""),
]}

Z17 = {"patient_id": "Z17", "age": 79, "sex": "M", "notes": [
("2018-09-24", "Hospitalist H&P", """
H&P -- Medicine Service, Dunmore County Hospital
79M, CKD stage 4 (latest eGFR 22; has not started any dialysis), type 2 diabetes managed with glipizide only, peripheral arterial disease w/ prior L femoral-popliteal bypass (2014), BMI 25.5. Three weeks of a black crust on his R heel that hurts at night.
Wife says he keeps a heating pad under his feet in bed "because they're always cold".
Medication reconciliation:
 - glipizide 5 mg daily
 - aspirin 81 mg
 - atorvastatin 80 mg
 - furosemide 20 mg
 - calcitriol 0.25 mcg
Exam: R posterior heel dry black eschar ~2.5cm, thin dusky rim; foot cool, DP/PT not palpable on R.
Problems:
#1 R heel eschar -- differential includes ischemic ulcer from PAD, thermal injury from heating pad, calciphylaxis. Vascular surgery, derm, ABI/TBI.
#2 CKD 4 -- renal dosing.
#3 DM2 on sulfonylurea.
"""),
("2018-09-26", "Vascular and Dermatology Recommendations", """
Recs pasted into chart by primary team:
VASCULAR (Dr. Ferreira-Quinn): ABI R 0.48, monophasic signals -> severe PAD. Plan angiogram w/ possible intervention R SFA tomorrow.
DERMATOLOGY (Dr. T. Lunde): Calciphylaxis possible in a CKD 4 patient, but the picture also fits ischemia. Heel biopsy not advised: poor perfusion, high risk of non-healing. Would defer bx; reassess after revascularization.
"""),
("2018-09-28", "Hospital Medicine Progress Note", """
PROGRESS NOTE  HD#5
S: heel pain somewhat improved post-procedure.
#1 R heel eschar, etiology unsettled -- ischemic vs possible calciphylaxis; biopsy not performed. S/p R SFA angioplasty 9/27. No more heating pad. Wound care: betadine, offloading boot.
#2 CKD stage 4, pre-dialysis.
#3 DM2 on glipizide; no insulin needs.
BMI 25.5.
"""),
]}

Z18 = {"patient_id": "Z18", "age": 56, "sex": "F", "notes": [
("2018-05-21", "Hospitalist H&P", """
ADMISSION H&P -- Hospital Medicine, Pinecrest Regional
56F with CKD 3b (eGFR 38), obesity (BMI 31.0), HTN, newly diagnosed submassive-negative PE on 5/14 -- discharged on warfarin without heparin overlap. Returns with exquisitely painful dark patches on both thighs; onset 5/18.
Meds: warfarin 7.5 mg qd (INR 4.2), amlodipine 5, HCTZ 25 (held).
Exam: bilateral anterior thighs -- big, irregular, purple-to-black patches, hemorrhagic bullae at edges, marked tenderness.
A/P
#1 Bilateral thigh skin necrosis -- ? calciphylaxis (CKD) vs warfarin-related skin necrosis (day 4 of warfarin, no bridge). Hold warfarin, start heparin drip, protein C/S levels, derm.
#2 PE -- anticoagulation as above.
"""),
("2018-05-23", "Dermatology Consult Note", """
DERMATOLOGY
Biopsy L thigh 5/22: thrombi in dermal vessels, hemorrhagic necrosis; NO calcium deposition in vessel walls (von Kossa negative).
Protein C activity 38% (low).
Diagnosis: skin necrosis caused by warfarin (protein C deficiency). Calciphylaxis excluded by histology.
Recs: no warfarin again; DOAC; wound care with nonadherent dressings.
"""),
("2018-05-25", "Hospital Medicine Progress Note", """
PROGRESS NOTE
#1 Warfarin-related skin necrosis of both thighs, bx 5/22; calciphylaxis was considered and is ruled out.
#2 PE -- heparin infusion bridged to apixaban today.
#3 CKD 3b, stable.
Wt down 2 kg; BMI 30.4.
"""),
]}

Z19 = {"patient_id": "Z19", "age": 60, "sex": "M", "notes": [
("2020-09-14", "Hospitalist H&P", """
H&P -- Hospital Medicine, Saint Aldric Hospital (admitting: Dr. W. Tanaka-Reyes)
CC: "my legs felt heavy and my heart was skipping"
HPI: 60M, ESRD on CAPD, four manual exchanges daily (Saint Aldric Home PD program since 2018), insulin-treated T2DM (degludec + aspart), HTN, BMI 23.8. Presented w/ K 7.1 and peaked T waves after a weekend of missed exchanges (son's wedding) and, by his account, "half a cantaloupe and a lot of potato salad".
Family history: older brother, who was on hemodialysis, died in 2016 of calciphylaxis. Mother w/ DM2. No family hx of kidney cancer.
Social: retired bus mechanic; no tobacco x 20 yr; rare beer.
Home medication list (reviewed w/ pt and PD RN Luisa):
  - insulin degludec 20 u daily
  - insulin aspart 4-6 u with meals
  - sevelamer 800 mg tid
  - calcitriol (Rocaltrol) 0.25 mcg qday
  - amlodipine 10 mg daily
Exam: alert, no distress. PD catheter exit site clean. Skin: full exam incl. abdomen, thighs, buttocks, legs -- intact, no lesions, no livedo, no nodules.
Labs: K 7.1 -> 5.4 after treatment; phos 6.8; Ca 9.1; PTH 390.
Plan by problem:
#1 Hyperkalemia -- IV insulin/dextrose, calcium gluconate, extra PD exchanges overnight; low-K diet teaching; patiromer started.
#2 ESRD on PD -- nephrology co-managing.
#3 T2DM on insulin -- degludec 16 u while intake reduced.
#4 Hyperphosphatemia -- sevelamer up to 1600 tid.
"""),
("2020-09-16", "Discharge Summary", """
DISCHARGE SUMMARY -- Saint Aldric Hospital Medicine
Diagnoses: hyperkalemia from missed PD exchanges + dietary load, resolved (K 4.6 at discharge); ESRD (CAPD); insulin-requiring DM2; hyperphosphatemia.
Skin intact at discharge. Given his brother's history, pt asked about his own risk; counseled that PD, diabetes and high phosphate raise the risk of calciphylaxis; he should call us quickly about painful skin changes. He has no signs of it now.
Meds changed: patiromer 8.4 g daily (new); sevelamer 1600 tid (increased).
F/u: PD clinic 1 wk, PCP 2 wk. BMI 23.8.
"""),
]}

Z20 = {"patient_id": "Z20", "age": 74, "sex": "F", "notes": [
("2025-07-07", "Hospitalist H&P", """
ADMISSION H&P -- Hospital Medicine, Old Mill General (Dr. P. Sorensen)
74F, ESRD, hemodialysis T-Th-Sa via R arm fistula, HFrEF w/ EF 35%, hypothyroidism. No diabetes. Came in w/ palpitations; EKG: new AF with RVR 140s.
Med rec (pt's pill bottles + outpatient pharmacy):
 1. carvedilol 6.25 bid
 2. levothyroxine 88 mcg
 3. sevelamer 800 tid
 4. atorvastatin 40
 -- no anticoagulant, no antiplatelet at home
Exam: irregularly irregular, JVP 9 cm, trace edema. Skin warm, intact, no rashes or ulcers. Wt 71 kg, BMI 27.3.
#1 AF w/ RVR -- diltiazem drip briefly, then metoprolol. Anticoagulation: CHA2DS2-VASc 5. Warfarin was discussed with pt and daughter and deliberately avoided because of the calciphylaxis risk it carries in people on dialysis; apixaban 2.5 mg bid chosen instead.
#2 HFrEF -- UF with HD, hold carvedilol while on metoprolol.
#3 ESRD on HD -- next run Thursday.
"""),
("2025-07-09", "Discharge Summary", """
DISCHARGE SUMMARY -- Old Mill General
AF now rate controlled on metoprolol succinate 50 daily + apixaban 2.5 bid; no warfarin was ever given. Skin intact throughout stay per daily nursing skin checks (Braden 19).
To PCP/nephrology: if she ever develops painful skin lesions, please think of calciphylaxis early.
BMI 27.3. Follow-up: cardiology 2 wk, HD unit resumes Thursday schedule.
"""),
]}

PATIENTS = [Z15, Z16, Z17, Z18, Z19, Z20]
