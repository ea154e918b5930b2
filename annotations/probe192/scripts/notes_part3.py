"""probe192 corpus notes, F15-F20 (nephrology at a South Asian teaching hospital and the
clinics around it; every person, place and sentence invented for this corpus)."""

F15 = {"patient_id": "F15", "age": 56, "sex": "F", "notes": [
("2024-08-06", "Diabetes Clinic", """
DIABETES CLINIC (Medicine Unit V)     06/08/2024
Mrs. Shanthi Kumari, 56/F. T2DM x 15 yrs on Inj. Insulin Glargine 20 U +
Inj. Aspart with meals; injects into the abdomen only, both sides of the
navel, for the last 6 yrs. ESRD on MHD twice weekly.
C/o painful lumps on the tummy for about 2 months, a few are purplish.
O/E: Abdomen - at injection zone, many firm tender s/c nodules on both
sides of umbilicus, overlying mottled violaceous skin, one
with a dark crust. Wt 81 kg, BMI 32.4 (obese).
HbA1c 9.1%. HD unit labs - S.calcium 10.2, S.phosphorus 7.1.
Imp: insulin lipohypertrophy with ? panniculitis  ?? calciphylaxis
Plan: derm opinion; rotate sites to thighs and arms.
"""),
("2024-08-13", "Dermatology OPD", """
DERM OPD    13-08-2024
56F, MHD, on insulin. Periumbilical abdomen (both sides): indurated,
tender nodules with livedoid purplish mottling, one 1 cm crusted
superficial erosion.
DD: insulin-induced lipohypertrophy with inflammation / lobular
panniculitis; early calciphylaxis is also a possibility and can't be
excluded (ESRD, high CaxP).
Deep incisional biopsy advised and explained. Pt not willing today, wants
to discuss with husband.
Adv: stop injecting into abdomen, hydrocolloid over erosion, review with
decision next week.
BP 150/90. Photographs taken with consent. Seen by Dr. Rashmi (SR Derm).
"""),
("2024-08-30", "Haemodialysis Unit Note", """
HD UNIT    30/8/24
56F, MHD. Derm follow up not attended - pt and family declined the
biopsy. They are shifting her dialysis to a private centre near their
native place (Hosapete) from next month; summary and reports handed
over.
Abdomen nodules: unchanged, no new necrosis. Query calciphylaxis still
open - advised the new centre to get biopsy if lesions progress.
Non-calcium binder (sevelamer) started. BMI 32.1.
Pre-HD wt 80.5 kg, BP 156/90, Hb 9.4. AVF thrill good. Insulin sites now
changed to thighs and arms as derm advised.
"""),
]}

F16 = {"patient_id": "F16", "age": 62, "sex": "M", "notes": [
("2019-01-21", "Surgery OPD (Burns)", """
SURGERY OPD - BURNS      21/01/2019
62 yr M, CKD (under Nephro OPD), T2DM on OHA.
H/o hot water bag burn on front of L thigh 2 wks back - fell asleep with
the bag on the thigh for leg cramps during the cold nights.
Local: L ant thigh: deep partial thickness burn 5x4cm, now with
dry dark slough, surrounding redness.
Rx: slough trimmed, SSD dressing, Tab. Amoxyclav 625 BD (renal adjusted)
x 5 d.
Adv: dressings alternate day, review 1 wk.
"""),
("2019-02-12", "Nephrology OPD", """
NEPHRO OPD     12.02.2019
62M, CKD stage 4 (DKD), eGFR 22, not on dialysis. T2DM on Tab.
Linagliptin + Gliclazide. HTN. BMI 25.8.
L anterior thigh burn (from hot water bag, Jan) not healing - now an ulcer
6x5cm, black eschar, with violaceous net-like
discolouration extending beyond the burn margin; pain severe.
S.Ca 9.4  S.Phos 5.9  iPTH 410  Sr creat 3.1.
Imp: Non-healing burn ulcer  r/o calciphylaxis
Plan: derm ref for deep biopsy. Stop calcium carbonate.
Vitals: BP 150/88, PR 84, afebrile. Review with biopsy report.
"""),
("2019-02-26", "Dermatology Consultation", """
DERMATOLOGY   26/02/2019
62M, CKD 4. L anterior thigh ulcer with eschar and livedoid rim at site
of earlier hot water bag burn.
Punch biopsy (15/02): ulcer base with granulation tissue, superficial,
no subcutaneous fat sampled - non-diagnostic; no calcification seen in
the sample.
Impression: infected burn ulcer vs calciphylaxis - calciphylaxis cannot
be excluded.
Repeat deep wedge biopsy advised; pt wishes to go to his native village
for 2 months and continue dressings at the local PHC. Referral letter given.
"""),
]}

F17 = {"patient_id": "F17", "age": 74, "sex": "F", "notes": [
("2025-03-04", "Medicine Ward Note", """
MEDICINE WARD (Unit I)     04/03/2025
Smt. Nagamma, 74/F. Old L MCA infarct (Dec 2024) with R hemiplegia,
bedridden since then, lies supine mostly, turned irregularly at home.
ESRD on MHD; AF on Tab. Warfarin 3 mg. Not diabetic.
Referred for sacral ulcer x 3 wks.
O/E: Sacral region: ulcer 6x5cm, thick black eschar; purplish livedo around
it, extending onto both buttocks beyond the usual pressure
area; very painful on turning. Heels intact.
Weight 44kg; BMI 19.8. INR 3.2.
Imp: sacral pressure ulcer  ? calciphylaxis
Plan: 2 hrly turning, air mattress, nephro + derm opinion.
"""),
("2025-03-06", "Nephrology Consultation", """
NEPHRO CONSULT     06-Mar-2025
74F, MHD, on warfarin for AF, immobile.
Sacral/buttock ulcer with eschar and livedo spreading beyond the bony
prominence - concern for calciphylaxis (ESRD + warfarin + low albumin 2.4).
Biopsy deferred as INR 3.2 and family hesitant.
Plan: empirical Inj. STS 12.5 g post HD, hold warfarin (discuss with
cardiology), sevelamer, pressure offloading to continue.
Vitals: BP 118/70, PR 104 irregular, T 99 F. Wound swab: mixed flora.
Pain on turning severe - Inj. Tramadol 50 mg SOS. Seen with
Dr. Venkatesh (Asst Prof Nephro).
"""),
("2025-03-14", "Discharge Summary (DAMA)", """
DISCHARGE SUMMARY - DAMA      14/03/2025
74F. Family wish to take her home against medical advice; consequences
explained in Kannada, signed.
Final diagnosis: 1) Sacral ulcer - pressure ulcer vs calciphylaxis (not
confirmed, biopsy not done)  2) ESRD on MHD  3) Old L MCA stroke  4) AF.
Warfarin on hold at discharge.
Adv: air mattress, positioning, dressing at home by visiting nurse, HD at
district hospital.
Condition at discharge: drowsy but arousable, vitals stable.
Meds: Tab. Sevelamer 800 TDS, Tab. Metoprolol 25 BD, Tab. Paracetamol
650 SOS, EPO with HD.
"""),
]}

F18 = {"patient_id": "F18", "age": 59, "sex": "M", "notes": [
("2022-07-05", "CAPD Clinic", """
CAPD CLINIC     05/07/2022
Sri Ramesh Gowda, 59/M. ESRD (DKD) on CAPD since 2020. T2DM on Inj.
Insulin Glargine 14 U. BMI 28.4.
C/o multiple painful purplish spots on both legs x 10 days, some
have become small ulcers. No fever.
Exam - both lower legs: palpable purpura and 4-5 punched out ulcers
(0.5-1.5 cm), few with dark crust. No livedo.
calcium 9.1 and phosphate 5.2, iPTH 320, ESR 64, CRP 38.
Imp: ? vasculitis  ? calciphylaxis
Plan: derm, skin biopsy, ANCA, C3/C4, HBsAg/HCV.
"""),
("2022-07-12", "Dermatology Opinion", """
DERM OPINION    12.07.22
59M on CAPD. B/L legs: palpable purpura with small ulcers.
Punch biopsy L leg 06/07/2022: LCV - dermal vessels show fibrinoid
necrosis and neutrophil debris; no vascular calcification, no thrombotic
occlusion of subcutaneous vessels; von Kossa negative.
DIF: IgA negative.
Impression: cutaneous small vessel vasculitis. Calciphylaxis ruled out.
Adv: treat cause, topical care.
Pt had taken Tab. Cefuroxime for a chest infection 2 wks before the rash.
BP 140/84, afebrile. Stop all non-essential drugs, topical mometasone,
leg elevation.
"""),
("2022-07-26", "Nephrology Review", """
NEPHRO REVIEW    26/07/2022
59M, ESRD on CAPD. Leg ulcers: biopsy showed LCV - calciphylaxis excluded.
ANCA neg, C3/C4 normal, HCV neg. Likely drug-related (cefuroxime course
in June).
Tab. Prednisolone 20 mg OD tapering. Ulcers healing, purpura fading.
Insulin adjusted for steroids. BMI 28.1.
BP 136/80, afebrile. CAPD: 3 exchanges/day, UF 900 ml, effluent clear.
Sugars high on steroids - Glargine raised from 14 U to 20 U.
Review 2 wks; reduce prednisolone by 5 mg every week.
Case discussed in unit meeting (Prof. Menon).
"""),
]}

F19 = {"patient_id": "F19", "age": 42, "sex": "F", "notes": [
("2023-09-12", "Nephrology OPD", """
NEPHRO OPD     12/09/2023
Mrs. Salma Begum, 42/F. CKD 3b (eGFR 38), biopsy 2021: IgA nephropathy.
Not diabetic. HTN on Tab. Telmisartan 40.
Family h/o: elder brother had ESRD, on HD for 6 yrs, died 2022 of
calciphylaxis with leg and abdominal ulcers. She fears the same
illness.
O/E: BP 134/84. Ht 158 cm, Wt 63 kg. Skin examination: no lesions,
no livedo, no ulcers.
Labs: Ca 9.2, PO4 4.1, iPTH 96.
Adv: BP control, low salt diet, review 3 months. Reassured.
"""),
("2023-12-19", "Nephrology OPD", """
NEPHRO OPD   19-Dec-2023
42F, CKD 3b IgAN, stable. Sr creat 1.7, eGFR 37, UPCR 0.9.
Skin normal. Brother's calciphylaxis again brought up by pt; told her
that her kidney function & mineral values are near normal and the risk is
low at this stage.
Continue Telmisartan, add Tab. Dapagliflozin 10 mg.
Review 3 months with reports.
BP 128/80. Urine: 1+ protein, no RBC on microscopy. Low salt, normal
protein diet; avoid NSAIDs and herbal medicines. Reassured again.
Next visit: repeat Sr creat, K+ and UPCR.
"""),
]}

F20 = {"patient_id": "F20", "age": 47, "sex": "M", "notes": [
("2025-06-10", "Haemodialysis Unit Note", """
HD UNIT    10/06/2025
Sri Prakash Naik, 47/M, ESRD (chronic interstitial nephritis) on MHD
thrice weekly via L BC AVF. Non-diabetic. BMI 24.5.
Monthly labs: Ca 10.4 / P 8.2, CaxP 85, iPTH 1450, ALP 360.
Pt taking calcium carbonate 1 g TDS + Calcitriol on his own from a
pharmacy.
Counselled in Kannada: such a high Ca x P raises chances of
calciphylaxis and vessel calcification; stop calcium carbonate, start
sevelamer, dietary phosphate education by dietitian.
Skin: no lesions.
Review with next month's labs.
"""),
("2025-07-08", "Haemodialysis Unit Note", """
HD UNIT    08-07-2025
47M MHD. Ca 9.6 / P 6.1 / iPTH 1210.
Complying with sevelamer 800 mg TDS; calcium stopped.
Skin looked over - intact; purpura nil, nodules nil.
Reinforced: if any painful dark skin patch appears, report early.
Cinacalcet 30 mg OD added. BMI 24.3.
Pre-HD BP 152/88, IDWG 2.4 kg. Hb 10.6 on EPO. Dietitian review: packaged
snacks stopped, phosphate intake down. Next labs in August. Pt happy,
back at work as a bus conductor. AVF: good thrill, no aneurysm.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
