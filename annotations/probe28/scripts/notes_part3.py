"""probe28 corpus notes, R15-R20 (palliative care and hospice; all invented)."""

R15 = {"patient_id": "R15", "age": 71, "sex": "F", "notes": [
("2019-09-16", "Palliative Care Home Visit", """
Community Palliative Care - first home visit
71-year-old woman. Kidney failure, dialyzing MWF; DM2 requiring insulin (70/30 twice daily; her son Luis gives the shots, nearly every time into the L anterior thigh); obese (BMI 36.2), COPD on 2L home O2. No warfarin.
Referred by PCP for pain and advance care planning.
Son shows a sore on the L thigh right in the area he injects: first appeared 3 weeks ago, looking like a purple bruise, now a 3 cm dark crust with purple mottled skin around, very painful. 
Nephrology note 9/10 (reviewed): "?calciphylaxis; ddx injection-site fat necrosis or abscess - would biopsy". Pt and son declined the biopsy: "she has been poked enough, whatever it is, we want her comfortable".
Plan: acetaminophen, tramadol avoided - oxycodone 2.5 mg prn. Son will move insulin to the abdomen. Advance directive started: DNR, no ICU.
"""),
("2019-09-30", "Hospice Admission", """
Hospice admission (home) - Mesa Verde Hospice
Terminal dx: COPD, end stage; comorbid ESRD on HD (continuing for now), DM2 on insulin.
L thigh wound: 4 x 3 cm black crust, violaceous rim. Possible calciphylaxis per nephrology - never biopsied; family declines further workup. Other possibilities (injection site fat necrosis) not excluded.
Pain controlled on oxycodone, using 2 doses/day.
Insulin now given in abdomen.
BMI 35.8.
"""),
("2019-10-21", "Hospice Visit", """
RN visit: pt short of breath w/ exertion, uses O2 4L now. Decided to stop HD on 10/18 - family at peace.
Thigh sore - dry, unchanged, no drainage; cause never established (?calciphylaxis). Comfort dressing only.
Morphine avoided; hydromorphone SL prn for dyspnea and pain.
"""),
]}

R16 = {"patient_id": "R16", "age": 80, "sex": "M", "notes": [
("2024-11-04", "Inpatient Palliative Care Consult", """
PALLIATIVE CARE CONSULT
80M, CKD stage 4 (eGFR 22, not on dialysis, declines dialysis if it comes to that), metastatic prostate cancer to bone, AF on warfarin (INR 4.8 on admission). Not diabetic.
Primary team asks: pain, goals.
Skin: painful purple-black net-like patches on posterior thighs and both buttocks, appeared over the last 4 days. Differential per derm consult: calciphylaxis vs warfarin (coumadin) skin necrosis vs cholesterol emboli. Biopsy recommended.
Pt drowsy, family (wife Irene, son Paul) want comfort only, decline biopsy. 
Wt 84 kg, BMI 27.9.
Plan: hold warfarin, vitamin K given by primary. Hydromorphone 0.25 mg IV q2h prn. Transfer to inpatient hospice when bed available.
"""),
("2024-11-07", "Hospice Admission / Death Note", """
Admitted to hospice unit 11/6 for comfort care, died 11/7 at 03:40 with wife at bedside.
Skin lesions of buttocks/thighs had spread; cause never determined - calciphylaxis vs warfarin necrosis remained unresolved, no biopsy done per family.
Family declined autopsy. Bereavement follow-up assigned.
"""),
]}

R17 = {"patient_id": "R17", "age": 64, "sex": "F", "notes": [
("2021-02-08", "Palliative Care Clinic Note", """
Palliative Care Clinic
64F, ESRD on home PD (CCPD), type 2 diabetes on linagliptin - no insulin, metastatic breast ca on letrozole, no anticoagulants.
Ht 160 cm, Wt 75.3 kg - BMI 29.4 (overweight).
New: on 1/19 the wheelchair footplate caught her R shin as she transferred; 10 days later a painful black scab formed at that spot, with purplish skin around it. 
Exam: R anterior shin 2.5 cm dry black eschar, faint reticulate purple edge 1 cm, no warmth.
A: traumatic ulcer in poor-healing skin vs early calciphylaxis - cannot exclude given PD. Offered derm referral for punch biopsy; she declines for now ("let's see if it heals").
P: pain mild, acetaminophen; padded footplate; photos for comparison.
"""),
("2021-03-01", "Symptom Management Note", """
PC RN phone f/u.
Pt: the shin scab "is the same, maybe a bit smaller", pain 2/10. 
Nephrology aware: r/o calciphylaxis - plan biopsy only if it grows. 
Main symptom now bone pain in hips - oncology started denosumab. Oxycodone 5 mg prn added.
"""),
("2021-05-17", "Hospice Admission", """
Hospice admit, home - Willowbrook Hospice
Terminal dx: metastatic breast cancer (liver, bone). ESRD - continuing PD for symptom control.
Skin: R shin - small dry eschar, unchanged since Feb; possible calciphylaxis vs traumatic ulcer, never biopsied, not pursued per goals.
PPS 40%. Appetite poor. BMI about 28.
"""),
]}

R18 = {"patient_id": "R18", "age": 75, "sex": "M", "notes": [
("2022-04-05", "Palliative Care Consult", """
Palliative care consult - vascular surgery floor
75M, ESRD on HD x 8 yrs, T2DM on insulin glargine, severe PAD, R femoropopliteal bypass 2020, CAD. Not on warfarin.
Painful black dry gangrene of L 2nd and 3rd toes and a dusky L heel. Vascular wondered ?calciphylaxis given HD; derm to biopsy skin edge of the dorsal foot.
Pain 8/10 at rest, worse at night, hangs the foot off the bed for relief.
BMI 25.5.
Pt: "if they want to take my leg, I want to know what that buys me."
Plan: hydromorphone prn, gabapentin post-HD; GOC with family after bx and angiogram.
"""),
("2022-04-12", "Family Meeting", """
Family meeting: pt, wife Noreen, son Declan (by phone), vascular attending, palliative NP.
Results: biopsy showed no vessel calcification and no thrombosis of small vessels - calciphylaxis ruled out; picture is ischemic necrosis from large-vessel PAD. Angiogram: no further revascularization possible.
Options: L below-knee amputation vs comfort-focused care. Pt chose no amputation, wants home w/ hospice, continue HD "as long as I can sit in the chair".
"""),
("2022-04-20", "Hospice Admission", """
Hospice admission: end stage PAD w/ L foot dry gangrene, ESRD on HD (continuing), DM2 (insulin simplified to glargine 8 u).
Foot: toes 2-3 black, dry, demarcated; heel eschar 3 cm. Keep dry, betadine paint, float heels. 
Note: not calciphylaxis (biopsy 4/8).
Pain controlled w/ methadone 2.5 mg tid + prn.
"""),
]}

R19 = {"patient_id": "R19", "age": 66, "sex": "F", "notes": [
("2025-07-14", "Palliative Care Consult", """
Palliative care consultation - oncology clinic
66F, metastatic pancreatic adenocarcinoma (liver mets), post-pancreatectomy diabetes on insulin pump? - no, on glargine + lispro pens (abdomen). Kidneys normal, Cr 0.7. On enoxaparin 80 mg SC daily into the abdomen for a PE (since 5/2025); never on warfarin.
Family hx: her brother died in 2016 of calciphylaxis while on hemodialysis - she watched "his legs turn black" and is frightened the injections will do the same to her.
Skin: abdominal injection sites - a few small bruises, no nodules, no ulcer, no purpura. No skin lesions elsewhere.
Reassured: her kidney function is normal; calciphylaxis is rare outside kidney failure.
BMI 19.8, weight loss 12 kg.
Symptoms: epigastric/back pain 7/10 - start methadone, celiac plexus block referral.
"""),
("2025-08-04", "Hospice Admission", """
Hospice admit, home: metastatic pancreatic ca. PPS 30%. 
Skin intact except sacral redness (blanching). Enoxaparin stopped per pt choice. Insulin glargine low dose.
Pt asked again about her brother's illness; SW and chaplain spent time with her.
"""),
]}

R20 = {"patient_id": "R20", "age": 69, "sex": "M", "notes": [
("2018-01-22", "Palliative Care Consult", """
Kidney supportive care / palliative consult
69M, ESRD on HD via R AVF since 2016, CHF EF 25%, AF, anticoagulated with Coumadin 3 mg/day, obesity BMI 32.4. No diabetes.
He is tired of dialysis and asking about stopping.
Skin exam: intact, no ulcers, no livedo, no nodules.
Counselled about his risks if he stays on HD: warfarin plus dialysis raises the risk of calciphylaxis - if painful dark spots or sores appear on his skin, he should let the dialysis nurses know the same day. No hot pads or ice on bare skin either.
Pt: "I don't want to spend what time I have left in a chair three times a week."
Plan: family meeting next week to discuss withdrawal of HD vs time-limited trial.
"""),
("2018-01-30", "Family Meeting", """
Family meeting - Present: pt, wife Carol, daughters Amy and Beth, nephrologist Dr. Solano, palliative MD, SW.
Discussed: expected course after stopping HD (1-2 weeks, drowsiness, breathlessness managed w/ meds). Alternatives: reduce to 2x/wk.
Decision: he will continue HD twice weekly until his 70th birthday party on 2/24, then stop. Warfarin to stop when he stops HD.
DNR/DNI. Hospice referral 2/25.
"""),
("2018-03-01", "Hospice Admission", """
Hospice admission - last HD 2/24.
Pt alert, mild edema, SOB at night - PRN morphine avoided, hydromorphone 0.5 mg sl prn. 
Skin: intact throughout. No wounds.
Warfarin stopped 2/24. 
BMI 31.9.
Family at home, well supported.
"""),
]}

PATIENTS = [R15, R16, R17, R18, R19, R20]
