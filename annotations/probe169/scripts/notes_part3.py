"""probe169 corpus notes, A15-A20 (gender-affirming care, endocrine hormone therapy and the
nephrology, dialysis, surgery, dermatology and palliative notes around them; all invented)."""

A15 = {"patient_id": "A15", "age": 36, "sex": "F", "notes": [
("2025-11-04", "Gender Health Visit", """
GENDER HEALTH -- ANNUAL
Sasha, 36, nonbinary (they/them); sex assigned at birth female, legal marker F

S: Not on hormones by choice. Bind with a short compression binder most days, roughly 12 h,
"it's the only way I can leave the house". Some rib soreness. Considering top surgery.
PMH: CKD stage 4 (reflux nephropathy), eGFR 22, followed by Dr. Lindqvist-Obi; not on
dialysis, fistula planning started. Migraine. No diabetes. No anticoagulants.
Meds: calcitriol 0.25 mcg, calcium acetate 667 mg TID with meals, sodium bicarbonate,
sumatriptan prn.

O: BP 136/88. Wt 90.4 kg. BMI 32.2. Chest wall: pressure marks along the binder hem on both
sides, intact skin.
Labs: PTH 310, Ca 10.2 (high), P 5.6.

A/P: binder safety (breaks, size up, no sleep in it). Top surgery referral placed; BMI < 35
per surgeon criteria. Message CKD team re calcium acetate with high Ca.
"""),
("2026-01-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
Sasha, 36, nonbinary (they/them), CKD 4, not on dialysis

HPI: painful, hard, darkened spot on the left chest, along where the binder hem sits,
since around New Year's. Pain 7/10.
Exam: L lateral chest wall, 5 x 3 cm indurated purpuric plaque with a tiny central erosion
and netlike violaceous edge. R side: only linear marks.
Ca++ 10.4, PO4 6.1, PTH 360, eGFR 19.

Assessment: painful purpuric plaque under the binder hem. Differential: pressure injury from
the binder vs early calciphylaxis (CKD 4 on calcium binder and calcitriol).
Plan: punch biopsy offered and explained -- patient declines for now. Stop binding on the
L side / take a break from binding. Photo documented. Recheck 4 wks.
"""),
("2026-03-03", "Nephrology CKD Clinic", """
NEPHROLOGY -- CKD CLINIC
Sasha, 36 (they/them), CKD 4

S: L chest plaque smaller since stopping the binder, still tender. Still declines biopsy.
Moving out of state for work next month.
O: BP 130/84. Wt 89.0 kg. BMI 31.8. L lateral chest: a 3 by 2 cm violaceous plaque, erosion
healed.
Labs: eGFR 18, Ca++ 9.9, PO4 5.8.

A/P: L chest plaque -- we cannot exclude calciphylaxis; no tissue diagnosis. Calcium acetate
stopped, sevelamer started; calcitriol held. Records and photos sent to the new nephrologist;
advised to ask for a biopsy if it worsens.
"""),
]}

A16 = {"patient_id": "A16", "age": 50, "sex": "M", "notes": [
("2016-03-08", "Endocrinology Testosterone Follow-up", """
ENDOCRINOLOGY -- TESTOSTERONE F/U
Desmond, 50 yo trans man (he/him), on T since 2009

S: Injects testosterone cypionate 100 mg IM weekly into the R anterolateral thigh; some
soreness lately at the site. Insulin-treated diabetes, HD TTS.
PMH: ESRD from diabetes, HD since 2014; insulin-treated T2DM; CAD, stent (PCI) 2013;
hysterectomy.
Meds: testosterone cypionate, insulin detemir 18 u BID (abdomen), clopidogrel, atorvastatin,
sevelamer, cinacalcet.

O: BP 144/86. Wt 82.6 kg. BMI 27.0. R thigh: small firm area at the injection field, no
redness.
Labs: T 690 ng/dL, Hct 41%, A1c 7.9.

A/P: rotate within both thighs or use the ventrogluteal site; consider dose reduction
(Hct 41). RTC 2 mo.
"""),
("2016-05-17", "Dermatology Consult", """
DERMATOLOGY CONSULT
Desmond, 50 yo transgender man; ESRD on HD; insulin for diabetes

HPI: hard, tender, dusky area on the R front-outer thigh where he injects testosterone, for
about 6 wks, slowly enlarging.
Exam: R anterolateral thigh: an indurated 6 by 5 cm plaque, livedoid margin and a violaceous
center, no ulcer, tender.
Ca++ 9.5, PO4 6.4, PTH 520.

Assessment: indurated plaque at IM injection site. Ddx: oil (lipo)granuloma / panniculitis at
the injection site; early calciphylaxis also possible.
Procedure: 4 mm punch biopsy. Stop using the R thigh.
"""),
("2016-06-28", "Hemodialysis Rounding Note", """
HD ROUNDING -- last note before transfer
Desmond, 50 M (trans man), ESRD on HD TTS

Derm punch (5/17/16, R thigh): septal and lobular panniculitis, no calcium deposits seen,
specimen superficial -- nondiagnostic. Deeper incisional bx offered, he declined.
R thigh plaque unchanged, no ulcer.
Empiric sodium thiosulfate with HD started 6/2/16 for possible calciphylaxis; tolerating.
He is moving to his sister's and transfers to an HD unit in another city next week.
Vitals: BP 140/80. BMI 27.0.
Plan: records faxed to new unit with a note: possible calciphylaxis, never biopsy-confirmed;
please consider a deep biopsy if it progresses.
"""),
]}

A17 = {"patient_id": "A17", "age": 72, "sex": "F", "notes": [
("2019-09-10", "Gender Health Hormone Therapy Visit", """
GENDER HEALTH -- HORMONE THERAPY
Opal, 72 y/o trans woman (she/her), transitioned in her 50s

S: On oral estradiol 1 mg daily. Feels "like myself". Breasts tender at
times. Does nightly PD at home with her partner's help.
PMH: ESRD (hypertensive) on CCPD since 2017; mechanical mitral valve 2006 on warfarin; HTN;
gout.
Meds: estradiol 1 mg, warfarin per INR, carvedilol, sevelamer 800 TID, allopurinol 100.

O: BP 128/72. Wt 66.0 kg. BMI 25.5. Breast exam: Tanner 4, no masses, skin normal.

A/P: GAHT continue; mammogram due; INR via anticoag clinic.
"""),
("2019-11-19", "Breast Surgery Clinic", """
BREAST SURGERY CLINIC
Opal, 72 yo transgender woman, ESRD on PD, warfarin

HPI: painful red-purple, hard area on the R breast for about 4 wks.
Exam: lower outer R breast holds a firm purple-violet plaque of 7 by 5 cm, livedoid edge
and a 1 cm dusky center; no discrete mass; nipple normal; axillae without adenopathy. L
breast normal.
Imaging: diagnostic mammogram and US -- thickened skin and vascular calcification, mass not
seen.

Assessment: R breast plaque. Ddx: calciphylaxis of the breast vs fat necrosis vs inflammatory
carcinoma (less likely given imaging).
Plan: core/punch biopsy recommended -- patient declines, wants comfort and no procedures.
Palliative care referral at her request.
"""),
("2019-12-17", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT (home visit)
Opal, 72 F, ESRD on PD

Goals: pt and partner chose to discontinue PD and go on home hospice. Warfarin stopped today.
Symptoms: R breast plaque painful, 6/10; now small eschar in the center.
Assessment: R breast lesion, possible calciphylaxis vs fat necrosis; no biopsy per patient
wishes; no further workup planned.
Exam: frail, alert, oriented. Mild edema both ankles. R breast: 7 x 6 cm violaceous plaque,
1.5 cm central eschar; skin around it warm.
Plan: PO hydromorphone 0.5 mg q4 hours prn; gentle dressing with nonadherent pad; hospice intake
tomorrow; estradiol may continue for comfort/identity. Code status DNR/DNI, POLST signed.
"""),
]}

A18 = {"patient_id": "A18", "age": 44, "sex": "M", "notes": [
("2022-06-28", "Plastic Surgery Post-op Visit", """
PLASTIC SURGERY -- POST-OP
Kieran, 44 yo trans man (he/him)

POD 14 s/p double-incision mastectomy with free nipple grafts, 6/14/22.
HD MWF (ESRD from DM nephropathy) continued through admission; insulin-treated T2DM.
Exam: both incisions intact, mild serous drainage at L lateral end; nipple grafts taking,
bolsters removed today. Drains out POD 7.
Vitals: BP 142/84. Wt 108.0 kg. BMI 35.5.
Meds: insulin glargine 28 u + lispro, testosterone cypionate SC (abdomen) weekly, sevelamer,
cinacalcet, oxycodone prn.
Plan: compression vest 4 more wks; no lifting > 10 lb; RTC 2 wks.
"""),
("2022-07-19", "Dermatology Consult", """
DERMATOLOGY CONSULT
Kieran, 44 yo transgender man (HD-dependent ESRD, insulin-treated diabetes), 5 wks after
top surgery

HPI: rapidly growing painful ulcer at the lateral end of the left chest incision for 10 days.
Exam: L lateral chest incision: ulcer 5 by 3 cm, undermined violaceous
border, base looks purulent but cultures negative; surrounding erythema. R incision healing.
Labs: Ca 9.4, Phos 5.2, PTH 410, WBC 11.2.

Assessment: ?calciphylaxis (ESRD) vs pyoderma gangrenosum (pathergy at incision) vs wound
infection.
Procedure: incisional bx at the ulcer margin; H&E + von Kossa; tissue to micro.
"""),
("2022-08-09", "Dermatology Follow-up", """
DERMATOLOGY F/U
Kieran, 44 M (trans man)

Path (7/19/22, L chest ulcer margin): heavy neutrophilic infiltrate in the dermis;
vessel walls without calcium (von Kossa negative); no organisms grew.
Diagnosis: pyoderma gangrenosum at the L mastectomy incision. Calciphylaxis excluded.
Ulcer improving on prednisone 40 mg daily (started 7/26).
Exam: L chest ulcer 3.5 x 2 cm, border no longer violaceous, granulating base. R incision
healed.
Vitals: BP 138/80, BMI 35.5.
Plan: taper prednisone over 6 wks; insulin adjustment for steroid hyperglycemia (endo
aware, glargine up to 36 u); avoid further debridement (pathergy); RTC 3 wks.
"""),
]}

A19 = {"patient_id": "A19", "age": 31, "sex": "F", "notes": [
("2023-03-07", "Endocrinology Visit", """
ENDOCRINOLOGY -- T1DM + GAHT
Noor, 31 yo trans woman (she/her)

S: type 1 DM from age 9, pump therapy (lispro), CGM; time in range 68%. Estradiol valerate
in the past, now oral estradiol + low-dose spironolactone. Worried because her mother, who was
a dialysis patient, died in 2019 with calciphylaxis -- wants to know her own risk.
PMH: T1DM; CKD 3a from diabetes, eGFR 52; obesity; migraine.
O: BP 124/76. Wt 83.0 kg. BMI 29.4. Skin: normal, no livedo, no nodules.
Labs: A1c 7.2, E2 140, K 4.6, Cr 1.35.

A/P: explained calciphylaxis is very uncommon with CKD 3a; keep phosphorus and calcium
normal, no calcium supplements. Continue pump and GAHT.
"""),
("2023-09-12", "Nephrology CKD Clinic", """
NEPHROLOGY -- CKD
Noor, 31 F (trans woman), diabetic CKD 3a

S: no complaints; pump working well. Referred by endo for CKD care. No edema, no
foamy urine noticed.
Meds: lisinopril 20, empagliflozin 10, estradiol 4 mg, spironolactone 50, insulin pump.
O: BP 120/74. BMI 29.4. Skin exam normal, no livedo or plaques.
Labs: eGFR 50 (stable), UACR 180 mg/g, PTH 72, cCa 9.3, PO4 3.8, K 4.7.
Family hx: mother with ESRD who had calciphylaxis.
Plan: ACE-i + SGLT2i continued; spironolactone ok with K 4.7; avoid NSAIDs; recheck 6 mo.
"""),
]}

A20 = {"patient_id": "A20", "age": 57, "sex": "M", "notes": [
("2026-04-14", "Gender Clinic Intake", """
GENDER CLINIC -- NEW PATIENT INTAKE
Abel, 57 y/o trans man (he/him)

S: Came out last year; wants testosterone. Dialysis (HD Tu/Th/Sa) for hypertensive ESRD. Type 2
DM controlled with diet alone, A1c 6.2. No blood thinners.
O: BP 146/84, weight 80.4, BMI 26.0. Skin intact, no lesions.
Labs: Hct 33%, Ca 9.4, Phos 5.7.

Counselling: testosterone by SC injection weekly (abdomen) or gel. Because anyone on
dialysis carries some risk of calciphylaxis, rotate injection sites, never inject into hard or
painful skin, and keep heating pads and ice away from injection areas. Report any painful purple
skin right away.
A/P: start SC testosterone after nurse teaching. RTC 8 wks.
"""),
("2026-06-09", "Endocrine Nurse Visit", """
ENDOCRINE NURSE VISIT
Abel, 57 M (trans man), ESRD on HD

Testosterone cypionate 50 mg SC weekly since 4/2026, self-injecting in the abdomen. No
skin problems. Injection sites inspected: soft, no nodules, no discoloration. No signs of
calciphylaxis.
Technique observed: draws up 0.25 mL, pinches skin, 90 degrees, good. Sharps disposal ok.
Vitals: BP 140/82, Wt 80.5 kg, BMI 26.0.
Reviewed again: call the same week for any very painful dusky or purple skin.
Plan: trough T and Hct next month; continue rotating sites L/R lower abdomen.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
