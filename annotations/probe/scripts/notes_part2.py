"""Probe corpus notes, P08-P14 (all invented)."""

P08 = {"patient_id": "P08", "age": 77, "sex": "F", "notes": [
("2019-04-02", "Patient Portal Message", """
From patient: Hi Dr Mbatha, I have a really painful hard spot on my right buttock (top outer part) where the nurse gives me my iron shots. it started about 10 days ago, like a bruise but now it is purple and there is a dark patch in the middle and I cant sit on that side. Is this from the iron?? I also take my coumadin like always. Thank you. - Doris

Reply (RN, nephrology): Hi Doris, thank you for letting us know. Dr Mbatha would like to see you this Friday 4/5 at 10:20. Please do not put heat or ice on it. Fever, or any drainage from it, means go to the ER.
"""),
("2019-04-05", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
77F w/ CKD stage 4 (eGFR 17, not on dialysis), DM2 (diet + glipizide, no insulin), AF on warfarin x 8 yrs, morbid obesity (BMI 41.3), iron deficiency anemia intolerant of oral iron - has been getting IM iron dextran shots into the R upper outer gluteal area in clinic since 2017, roughly every 6-8 wks, always on the right per pt preference.
HPI: see portal msg re: painful R buttock lesion.
Exam: R upper outer buttock: 5x4cm firm purple plaque, retiform edges, with a dusky-black center about 1.5 cm. Exquisitely tender. Skin staining from prior injections nearby. L buttock normal. No other lesions on thighs/abdomen/breasts.
Labs: PTH 310, Ca 9.4, phos 5.6, INR 2.9.
A/P:
- R buttock necrotic plaque at IM iron injection site. Concern for calciphylaxis (non-dialysis CKD, warfarin, obesity). Also consider injection site necrosis / Nicolau syndrome, abscess (no fluctuance). Derm referral for bx - urgent.
- Hold further IM iron; switch to IV iron sucrose.
- Warfarin: discuss w/ cardiology re: DOAC.
- CKD 4: not yet on dialysis, AVF planning continues.
"""),
("2019-04-10", "Dermatology Clinic Note", """
DERM
CC: R buttock plaque
Bx obtained 4/5 by me after clinic (deep incisional, R gluteal): calcified small/medium vessels in the subcutis, thrombi, septal fat necrosis. Dx: calciphylaxis (non-uremic / CKD 4).
Exam today: plaque 5.5x4cm, eschar now 2 cm, bx site sutured, intact.
Imp: calciphylaxis, R buttock, confirmed on biopsy, at the site of repeated IM iron injections (Koebner). Warfarin likely contributing.
Plan: warfarin -> apixaban (cardiology agrees). Nephrology to start STS IV. Wound: foam dressing, pressure offloading cushion. Pain: APAP scheduled, tramadol low dose. F/u 2 wks.
"""),
]}

P09 = {"patient_id": "P09", "age": 60, "sex": "M", "notes": [
("2024-03-05", "Dialysis Rounds Note", """
HD rounding note
60M ESRD (diabetic), HD MWF via L AVF. DM on insulin (abd injections). BMI 34.4.
Pt shows me a painful sore on the R calf, noticd ~1 wk ago. He uses a heating pad on the L calf at night for cramps (since last winter), never on the right he says.
Skin: R posterior calf 2.5x2cm stellate purpura with small central eschar, livedo surrounding. L calf: faint reticulated hyperpigmentation in a square patch where the pad sits (erythema ab igne) - no ulcer, no induration, nontender.
A/P: r/o calciphylaxis R calf. Labs today. Derm referral. Told him to quit using the heating pad (risk of burns and of making things worse). Continue current HD rx.
"""),
("2024-03-12", "Wound Care Nurse Note", """
WOUND RN
Location: R posterior calf
Size: 3.0 x 2.4 x 0.1 cm; wound bed 70% eschar, 30% pale pink; periwound livedo, indurated; no drainage; pain 8/10
Pt states he has been pressing a bag of ice to the R calf sore for the pain for the last few days "to numb it". Educated to stop - cold on an ischemic wound can worsen it.
L calf: brown mottled patch, intact skin, no wound.
Tx: NS cleanse, silver alginate, bordered foam. Return 1 wk or sooner prn.
"""),
("2024-03-15", "Dermatology Consult", """
Dermatology outpatient consult
Assessment: 60M on HD with painful R posterior calf ulcer w/ retiform border, incisional bx 3/8 (read 3/13): arteriolar calcification, thrombosis, fat necrosis = CALCIPHYLAXIS. Lesion arose spontaneously; no trauma to R calf preceded it (ice pack applied only after the ulcer formed). L calf erythema ab igne from heating pad without calciphylaxis.
Plan: STS w/ HD, cinacalcet, stop Ca binder, wound care per wound RN, no heat or ice to either leg. Consider hyperbaric O2 if not improving.
"""),
]}

P10 = {"patient_id": "P10", "age": 55, "sex": "F", "notes": [
("2017-10-25", "Endocrinology Clinic Note", """
ENDOCRINE CLINIC F/U
55F DM2 x 20 yr on basal-bolus insulin, ESRD on PD since 2015, class III obesity, HTN.
Insulin: glargine 36 u qAM and aspart w/ meals. She injects ONLY into the anterior thighs (says the belly is "too tender and too big to see").
Interval: she mentions a new, very tender, hard lump in the lower pannus, noticed early this month, about the size of a plum, with some purple color. No injections there. No trauma.
Exam: BMI 44.6. Pannus L lower aspect: 5 cm indurated plaque, violaceous mottling, very tender. Thighs: mild lipohypertrophy bilat, no lesions.
A/P:
1. DM2 - A1c 8.4, increase glargine to 40 u. Rotate within thighs.
2. Painful pannus plaque in PD pt - I am concerned about calciphylaxis. Have called her nephrologist, who will see her this week; likely needs admission for bx.
3. Discussed foot care.
"""),
("2017-11-20", "Discharge Summary", """
DISCHARGE SUMMARY
Admitted: 11/01/2017   Discharged: 11/20/2017
Dx: 1) Calciphylaxis of the lower abdominal pannus, biopsy-proven. 2) L femoral-popliteal DVT. 3) ESRD on PD. 4) DM2 on insulin. 5) Obesity, BMI 44.
Course:
Admitted for eval of painful pannus plaque present since early October. Incisional bx of L lower pannus 11/2 showed medial calcification of subcutaneous arterioles w/ thrombosis, c/w calciphylaxis. Surgical debridement of the necrotic pannus wound on 11/9, wound VAC placed. On 11/2 she was also found to have a L leg DVT on duplex; enoxaparin 1 mg/kg SC BID was started that day, given into the upper abdomen and arms by nursing; she declined warfarin after discussion given calciphylaxis risk. No new lesions appeared at the enoxaparin injection sites during the stay.
PD: continued, exit site clean. Ca-based binder stopped, sevelamer started. IV sodium thiosulfate thrice weekly given via peripheral IV.
Pt was counseled to avoid ice packs and heating pads on the abdomen and to avoid tight waistbands over the wound.
D/c meds: enoxaparin 80 mg SC BID (to transition to apixaban per heme), insulin glargine 40 u, aspart SS, sevelamer, cinacalcet, oxycodone prn.
F/u: wound clinic 1 wk, nephrology 2 wk, heme 4 wk.
"""),
]}

P11 = {"patient_id": "P11", "age": 68, "sex": "F", "notes": [
("2024-05-14", "Nephrology Clinic Note", """
Nephrology clinic - routine
ID: 68F ESRD (DM nephropathy) on in-center HD TTS since 2013, DM2 on insulin, obesity (BMI 30.4).
PMH notable for biopsy-proven calciphylaxis in 2016 of the R anterior thigh, which appeared at her insulin injection sites and was received 6 months of STS; it healed completely by 2017 with atrophic scarring. Since then she injects insulin in the abdomen only. No recurrence.
Interval: doing ok. Some fatigue. No new skin lesions.
Exam: R anterior thigh: well healed stellate atrophic scars, nontender, no livedo, no induration. Abdomen: no nodules, no purpura. Legs: no ulcers.
Labs: PTH 390, Ca 9.1, phos 5.0. Good.
A/P: ESRD on HD - adequate (spKt/V 1.5). CKD-MBD well controlled on sevelamer + cinacalcet. H/o calciphylaxis, in remission - continue to avoid Ca-based binders and warfarin; continue rotating insulin sites. F/u 3 mo.
"""),
("2024-05-20", "Patient Portal Message", """
Patient message: I tripped on the curb Saturday and scraped my left knee pretty bad. Its red and a little bloody. Should I worry because of my old calciphylaxis? I cleaned it with soap and water.

RN reply: Thanks for reaching out. A scrape is common and most heal fine. Keep it clean, cover with a bandage and some vaseline, and let us look at it at your dialysis session Tuesday. Call us if it turns dark, very painful, hard or purple, or if you get fever.
"""),
("2024-05-28", "Dialysis Rounds Note", """
HD rounds: L knee abrasion from fall 5/18 - 3 x 2 cm, superficial, pink granulation, scabbing at edges, mildly tender only. No livedo, no induration, no eschar. Healing as expected. Old R thigh scars unchanged. Continue vaseline + bandaid. No concern for recurrence at this time.
"""),
]}

P12 = {"patient_id": "P12", "age": 62, "sex": "M", "notes": [
("2025-01-08", "Urology Consultation (dictated)", """
SAINT ANSELM MEMORIAL HOSPITAL
UROLOGY CONSULTATION

REFERRING PHYSICIAN: Hospitalist service.

CHIEF COMPLAINT: Blackened skin of the penis.

HISTORY OF PRESENT ILLNESS: The patient is a 62-year-old male with kidney failure treated with hemodialysis for nine years and long-standing type 2 diabetes mellitus treated with insulin, who was admitted two days ago with poor oral intake, weakness and a painful penis. He reports that about three weeks ago he noticed a dusky, bluish spot on the tip of the penis that became progressively more painful, with pain he rates as 10 out of 10, especially with urination, and over the last week the area turned black. He denies any trauma to the penis, any sexual activity, any vacuum device or constriction ring, any injections, and he has never had a urinary catheter before this admission. He is not on warfarin. On arrival to the floor a Foley catheter was placed by nursing because he was unable to void due to pain, and this was done after the necrosis had already been present for some time; the catheter has since been removed at my request and he is voiding into a urinal. He also has a sore on his tailbone that the nurses found on admission; he sits in a recliner nearly all day.

PAST MEDICAL HISTORY: ESRD (HD), type 2 diabetes mellitus on insulin, peripheral arterial disease with a prior left second toe amputation, coronary artery disease, hypertension, secondary hyperparathyroidism, diabetic retinopathy.

MEDICATIONS: Insulin detemir 20 units twice daily, insulin lispro with meals, aspirin 81 mg, atorvastatin 40 mg, carvedilol, calcium acetate 667 mg three capsules with meals, doxercalciferol with dialysis.

ALLERGIES: Penicillin, hives.

SOCIAL HISTORY: Lives alone. Former smoker, 40 pack-years, quit 2019. No alcohol or drugs.

REVIEW OF SYSTEMS: Poor appetite, weakness, penile pain. No fever, no hematuria, no flank pain. Remainder negative.

PHYSICAL EXAMINATION: Temperature 37.2, pulse 92, blood pressure 118/64. BMI 24.0. He is chronically ill appearing. GENITOURINARY: Uncircumcised phallus. The distal glans has a dry black eschar involving approximately 40 percent of its surface, sharply demarcated, with a violaceous and mottled rim extending onto the distal shaft. There is no fluctuance, no crepitus and no purulent discharge. Meatus patent. The scrotum and testes are normal; there is no perineal involvement. SKIN: Over the sacrum there is a 3 by 2 cm shallow open area with a pink base, no eschar, no surrounding livedo, consistent with a stage 2 pressure injury. No other lesions on the thighs, abdomen or legs.

IMPRESSION: 
1. Penile necrosis of the glans in a long-term hemodialysis patient with diabetes, peripheral arterial disease and high calcium-phosphate burden. Overall this fits best with penile calciphylaxis. Fournier gangrene is not supported by the examination or the imaging. 
2. Stage 2 sacral pressure injury, a separate process related to immobility; it does not look like calciphylaxis.
3. Status post Foley catheter placement on admission, now removed.

PLAN: Penile biopsy is generally avoided in this setting because of the risk of a nonhealing wound, but given the diagnostic uncertainty in the referral the hospitalist and I have agreed to a small biopsy at the margin of the shaft lesion, which I will perform at the bedside tomorrow. Avoid urethral catheterization; if retention occurs, suprapubic tube rather than Foley. Recommend nephrology start sodium thiosulfate, discontinue calcium acetate, and intensify dialysis. Wound care for the sacrum with offloading and repositioning every two hours. Consider partial penectomy only should wet gangrene or infection supervene.

Electronically signed: T. Abernathy-Lund, MD
"""),
("2025-01-10", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
SPECIMEN: Skin, distal penile shaft, margin of necrotic lesion, punch.
DIAGNOSIS: Calciphylaxis. Extensive calcification of small dermal and subcutaneous vessels with luminal thrombosis and ischemic necrosis of the overlying epidermis. Negative for malignancy. Negative for vasculitis. Fungal and bacterial stains negative.
"""),
]}

P13 = {"patient_id": "P13", "age": 47, "sex": "F", "notes": [
("2021-03-01", "Case Report", """
Bilateral breast calciphylaxis in a woman on peritoneal dialysis

Case
A 47-year-old obese woman (BMI 35.7) with type 1 diabetes complicated by end-stage kidney disease, on automated peritoneal dialysis for three years, was referred with painful lumps in both breasts. She had been treated with warfarin for recurrent deep venous thrombosis. For many years she had injected insulin exclusively into the periumbilical abdomen; she had not injected into the breasts or chest, had no breast surgery or radiotherapy, and recalled no injury.
Examination revealed firm, tender, purplish plaques measuring 4 to 6 cm in the lower inner quadrants of both breasts, the left one bearing a central black eschar. The abdominal wall, including her injection sites, showed lipohypertrophy but no induration, livedo or ulceration. Mammography showed extensive vascular calcification. An ultrasound-guided core needle sample from the left breast contained calcified, thrombosed small arterioles amid necrotic fat, confirming breast calciphylaxis; inflammatory carcinoma and abscess were excluded.
We discontinued warfarin, added sodium thiosulfate to her peritoneal dialysis regimen, and she received cinacalcet. The plaques softened over three months, although the left breast eschar persisted.
"""),
("2021-03-01", "Case Report - Discussion", """
Discussion
Breast involvement is an uncommon presentation and may mimic malignancy. Several reports describe calciphylaxis localising to insulin or heparin injection sites, and some authors have proposed that repeated minor trauma concentrates the disease where it is applied. Here, by contrast, the lesions arose in the breasts, at a distance from her abdominal injection sites, which were spared. Obesity, female sex, diabetes and warfarin exposure are the risk factors she shared with published cases.

Figure. Bilateral violaceous breast plaques with a central eschar on the left breast.
"""),
]}

P14 = {"patient_id": "P14", "age": 81, "sex": "F", "notes": [
("2016-08-10", "Dialysis Rounds Note", """
HD rounds - copied from last week, updated
81F ESRD/HD M-W-F, DM2 on NPH insulin (daughter gives it, abdomen), dementia, CHF EF 30%, BMI 32.0.
New this wk: daughter reports painfull lumps on the belly where she gives the insulin. Exam: periumbilical and lower abd wall with 3 firm, tender subq nodules 1-2 cm with overlying faint violaceous livedo, no ulceration, no eschar.
A/P:
- Nodules where insulin is given - ddx: lipohypertrophy + hematoma, panniculitis, early calciphylaxis. Cannot exclude calciphylaxis; r/o w/ bx. Will d/w family.
- Ask daughter to move insulin to upper arms.
- Goals of care discussion pending - pt increasingly frail, missed 2 tx.
- Ca 9.8, P 6.1, PTH 650.
"""),
("2016-08-22", "Telephone Encounter", """
Tel call w/ daughter (HCP). Family has decided against skin bx and against further workup of the belly nodules; wants comfort-focused care. Pt will stop dialysis after this week and enroll in home hospice. Nodules about the same, still tender, no open wounds per daughter. Possible calciphylaxis was explained as one of the possibilities, never confirmed. Hospice referral faxed. Condolences offered re: difficult decision.
"""),
]}

PATIENTS = [P08, P09, P10, P11, P12, P13, P14]
