"""probe162 corpus notes, C15-C20 (IME, disability and medicolegal reports and the clinics around them; all invented)."""

C15 = {"patient_id": "C15", "age": 64, "sex": "F", "notes": [
("2016-05-17", "Peritoneal Dialysis Clinic Note", """
PD CLINIC NOTE - Millbrook Renal Associates
63 yo F, APD since 2013, ESRD from DM nephropathy + HTN. Insulin: detemir 18 u
bid + aspart per carb count, injects both front thighs ("never the belly,
that's for the catheter").

S: c/o sore lumps on both thighs x 3-4 wks, tender to touch, "exactly where
my insulin goes." Appetite ok, UF 900 mL/d.
O: BP 138/76. BMI 36.4 (97 kg). Anterior thighs bilat: numerous firm tender
nodules in the subcutis (1-3 cm), faintly violaceous mottled skin over them; skin
intact,
no ulcer. PD exit site ok.
Labs: A1c 8.4; Ca 9.2; PO4 6.6; PTH 701.

A/P:
- nodules in the thighs where she injects: lipohypertrophy? insulin amyloid?
  ?early calciphylaxis. Derm referral, ask for deep bx.
- rotate insulin to upper arms meanwhile.
- sevelamer up, cinacalcet 30 mg start.
"""),
("2016-06-21", "Dermatology Consult", """
DERM CONSULT
63F on PD, insulin-treated DM2. Referred for tender thigh nodules.

HPI: lumps in both anterior thighs since April; switched insulin to the arms 5
wks ago, nodules no bigger, still tender.
Exam: bilat anterior thighs - 5-6 firm, deep, tender nodules up to 2.5 cm,
violaceous dusky skin over two on the R, livedoid patch L. No necrosis,
no ulcer.

Assessment: panniculitis of the thighs; possible early calciphylaxis cannot be
excluded in this PD patient with high Ca x P; lipohypertrophy less likely
given tenderness.
Plan: deep incisional biopsy advised. Declined by pt at this time; she
relocates to Arizona in August (daughter's home) and would rather start with
new doctors there. Gave copies of records. Strict insulin rotation, no heat to
the thighs.
"""),
("2017-03-08", "Disability Insurance Claim Physician Review", """
DISABILITY CLAIM - PHYSICIAN CONSULTANT REVIEW
Claimant: M.R., F, 64. Claim: long-term disability, former bank teller.
Records submitted: Millbrook Renal (2015-7/2016), dermatology 6/21/2016,
Desert Palms Dialysis (Arizona) 9/2016-1/2017.

Diagnoses supported by records: ESRD treated with PD; insulin-dependent type 2
diabetes; obesity (BMI 35.9 on 1/10/2017).
Claimed: "calciphylaxis." The only dermatology note lists possible early
calciphylaxis vs panniculitis; biopsy was recommended and declined. Arizona
dialysis notes mention "thigh nodules - hx ?calciphylaxis" without exam detail
or biopsy. The diagnosis is not established in the file.

Functional: PD exchanges nightly, fatigue, neuropathy.
Recommendation: request any dermatology or pathology records from Arizona;
current restrictions for sedentary work supported pending those records.
"""),
]}

C16 = {"patient_id": "C16", "age": 77, "sex": "M", "notes": [
("2024-02-06", "Podiatry Clinic Note", """
PODIATRY
77 yo M; on HD six years (Tue/Thu/Sat); atrial fib on warfarin; DM2, diet only;
PAD.
CC: painful black spot L foot x 3 wks.

Wears new work-style boots his grandson gave him at Christmas; says the
outer side "rubbed a little."
Exam: L lateral foot over 5th metatarsal base: dry black eschar 2.5x2 cm,
retiform violaceous rim running proximally; light touch is very painful.
DP/PT non-palpable L, faint doppler signals. Toes cool. Protective sensation
diminished.
BMI 22.5.

Assessment: L lateral foot necrotic ulcer - ddx arterial (ischemic) ulcer vs
pressure injury from footwear vs calciphylaxis (HD, warfarin, retiform edge).
Plan: no debridement; betadine paint; surgical shoe; urgent vascular referral
for ABI/TBI and angiography; message nephrology.
"""),
("2024-02-20", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULT
77M, HD, AF on warfarin, L lateral foot eschar.

Studies: ABIs noncompressible both sides; toe-brachial index 0.21 left,
0.38 right. Duplex: diffuse
calcific tibial disease, monophasic flow at L ankle.
Exam: L lateral foot dry eschar, now 3x2.5 cm, retiform violaceous border, now also
a faint livedo patch above the ankle.

Assessment: critical limb ischemia L vs distal calciphylaxis (or both). A biopsy
of the ischemic foot would likely not heal and is not advised. He is not a
candidate for bypass; endovascular options discussed.
Plan: pt and daughter decline angiography and amputation. Goals of care
meeting with nephrology. If pursued, empiric sodium thiosulfate for possible
calciphylaxis could be considered.
"""),
("2024-05-14", "Long-Term Care Insurance Claim Review", """
LONG-TERM CARE INSURANCE - CLAIM REVIEW (nurse reviewer, MD sign-off)
Insured: W.K., male, 77. Claim: facility care benefit.

Records: podiatry 2/6/2024, vascular 2/20/2024, nephrology 3/2024, hospice
admission 4/18/2024.

Diagnoses: ESRD, dialysis stopped 4/2024 at enrollment in hospice; atrial
fibrillation (warfarin continued until hospice); PAD with critical limb
ischemia; L lateral foot necrotic ulcer - treating notes weigh critical limb ischemia
against "possible calciphylaxis"; a biopsy was never done and the question was
never settled.
Weight 63 kg, BMI 22.4.

Benefit trigger: dependent in bathing, dressing, transferring, toileting.
Determination: benefit eligibility met from 4/18/2024.
"""),
]}

C17 = {"patient_id": "C17", "age": 52, "sex": "F", "notes": [
("2019-01-15", "Nephrology CKD Clinic Note", """
CKD CLINIC - Rosemont Nephrology
51 yo F. CKD 4 (eGFR 18), reflux nephropathy. Type 2 DM, no meds,
A1c 6.6. HTN. Not on dialysis; AVF planning underway.

S: painful blotchy rash on both lower legs x 6 wks, "like a fishnet," with
tender knots underneath. No injury, no new meds, no heat exposure.
O: BP 146/90; weight 83.7 kg, height 167 cm -> BMI 30.0. Both lower legs: livedo
racemosa with 3-4 tender subcutaneous nodules each side, no ulcer, no
necrosis.
Labs: creat 3.1; Ca/P/PTH 9.9/5.9/430; ANA and cryoglobulins negative.

A/P:
- livedo + tender nodules BLE in CKD 4 - cannot exclude early calciphylaxis;
  ddx vasculitis, cholesterol emboli, panniculitis. Derm for bx.
- phos binder: sevelamer 800 TID.
"""),
("2019-02-12", "Dermatology Consult", """
DERMATOLOGY
51F, CKD 4, referred for BLE livedo and nodules.
HPI: lacy painful rash of both legs since about November with tender knots
underneath; no open sores so far. No fevers, no joint pains.

Exam: both shins and calves, livedo racemosa, several deep tender nodules; no
ulceration or eschar.
Procedure: 4mm punch bx R calf nodule.
Path (2/15 addendum): septal panniculitis, no vascular calcification or
thrombi identified; specimen does not include deep fat - not adequate to
exclude calciphylaxis.

Assessment: livedo with panniculitis, possible calciphylaxis not excluded.
Plan: deep incisional (telescoping) biopsy scheduled 3/5/19. Avoid trauma
to legs. Pt no-showed 3/5 and 3/19; letter sent.
"""),
("2019-08-27", "Social Security Disability Consultative Examination", """
CONSULTATIVE EXAMINATION - DISABILITY DETERMINATION
Claimant: K.L., female, 52. Former home health aide.
Alleged: kidney failure, "calciphylaxis," leg pain, diabetes.

Records: Rosemont Nephrology 2018-2019; dermatology 2/2019.
History: CKD 4, not on dialysis. Painful lower leg rash and lumps since late
2018. Records show "possible calciphylaxis"; a shallow biopsy was not
diagnostic and she did not return for the deeper one ("I was scared of
another cut"). No treatment specific to calciphylaxis.

Exam: BMI 30.0 (83.7 kg). BP 150/92. Lower legs: faded livedo, 2 small tender
nodules R calf, no ulcers. Gait normal. Strength 5/5.

Assessment: CKD 4; livedo/panniculitis of legs, cause unconfirmed.
Medical source statement: no restriction on sitting; stand/walk 4 hr/day.
"""),
]}

C18 = {"patient_id": "C18", "age": 58, "sex": "M", "notes": [
("2022-02-15", "Occupational Urgent Care (Workers' Compensation)", """
OCCUPATIONAL URGENT CARE - WC FIRST REPORT
58 yo M, parts clerk. At 10:40 today a loaded pallet jack rolled back and its
frame struck his L shin.
PMH: ESRD on HD MWF nights, insulin-treated DM2 (glargine + lispro), HTN,
venous insufficiency.

Exam: L anterior mid shin: 4 cm flap laceration with surrounding abrasion and
contusion, bleeding controlled. No bony tenderness, full ROM knee/ankle.
Vitals: BP 158/86, pulse 84, afebrile. BMI 29.4 (overweight).

Procedure: irrigated; flap re-approximated using adhesive strips (no sutures,
thin skin).
Tdap 2019 - UTD.
Dx: laceration/abrasion L shin, work related.
Plan: dressing changes daily, elevate, light duty seated x 1 wk; recheck 3 days.
"""),
("2022-04-05", "Dermatology Consult", """
DERMATOLOGY CONSULT
58M on HD, DM2 on insulin. Non-healing ulcer of the L shin since a pallet jack
injury at work 2/15/22; referred by wound clinic to r/o calciphylaxis.

Exam: L anterior shin 3.5x2.5 cm ulcer, shallow, red granulating base, some
fibrin, mild surrounding hemosiderin staining and pitting edema of both
legs. No eschar, no retiform purpura, no livedo.
Procedure: 6mm punch bx at the ulcer edge.

Addendum 4/8/22: path - granulation tissue, dermal hemosiderin, stasis
changes. Vessels without calcium or thrombus; von Kossa stain neg. No
evidence of calciphylaxis.
Assessment: post-traumatic ulcer with delayed healing from venous insufficiency;
calciphylaxis ruled out.
Plan: multilayer compression once cleared by vascular, continue wound clinic.
"""),
("2022-07-19", "Independent Medical Examination (Workers' Compensation)", """
INDEPENDENT MEDICAL EXAMINATION
Examinee: S.P., 58 M.  DOI 2/15/2022.  Accepted: L lower leg laceration.
Requested by: Quarry State Insurance.

Records: urgent care 2/15-3/1/22; wound clinic 3/2022-7/2022; dermatology 4/5/22
with pathology 4/8/22; HD unit notes.

Discussion: The L shin wound is a traumatic laceration that healed slowly
because of venous insufficiency, diabetes and ESRD. Calciphylaxis was suspected
by the wound clinic and excluded by biopsy. Current exam: healed, 3 cm
hyperpigmented scar; mild edema both legs. BMI 29.2.

Opinion: injury-related treatment reasonable through 6/2022. MMI 6/28/2022.
0% impairment. Ongoing compression therapy relates to pre-existing venous
disease, not the work injury.
"""),
]}

C19 = {"patient_id": "C19", "age": 41, "sex": "F", "notes": [
("2026-01-13", "Life Insurance Underwriting Medical Review", """
LIFE INSURANCE - UNDERWRITING MEDICAL REVIEW
Applicant: N.B., female, 41. Paramedical exam 01/06/2026 + APS from PCP.

Paramed: Ht 163 cm, Wt 83 kg, BMI 31.2. BP 132/84 (avg of 3). Urine: protein
1+, no glucose. Blood: Cr 1.3, eGFR 52, A1c 5.4, lipids wnl.

Attending physician statement: IgA nephropathy by kidney biopsy 2019, CKD
stage 3a, stable on losartan. No diabetes. Never on dialysis. No
anticoagulants.

Family history (applicant questionnaire): brother developed kidney failure,
went on hemodialysis at 38 and died at 44 "from calciphylaxis - his skin
turned black"; mother with HTN.

Underwriting notes: renal - table rating per IgA guideline; obesity class I;
family history of early death from a renal complication noted but no
personal history of skin disease.
Decision: standard plus table 2.
"""),
("2026-02-03", "Primary Care Visit", """
PRIMARY CARE - Hollins Family Medicine
41F here to review life insurance results and for annual exam.

S: feels well. Worried: her older brother got calciphylaxis during his
years on hemodialysis and died of it; wants to know whether she is likely to
develop it. No skin pain or sores.
O: BP 128/80, BMI 31.2. Skin: full exam, no livedo, nodules, ulcers or
discoloration of trunk, thighs or legs.
Labs: Cr 1.3, phos 3.8, Ca 9.4, PTH 61.

A/P:
1. CKD 3a, IgA nephropathy - continue losartan, nephrology annually.
2. Family history of calciphylaxis in brother - explained it occurs
   almost only with advanced kidney failure; no signs in her.
3. Obesity - diet plan, referral to weight clinic.
"""),
]}

C20 = {"patient_id": "C20", "age": 66, "sex": "M", "notes": [
("2016-04-12", "Nephrology Hemodialysis Note", """
NEPHROLOGY - HD MONTHLY PROGRESS NOTE, Eastgate Dialysis
66 yo M on HD since 2012, MWF chair (R upper arm fistula). DM2 on insulin (NPH bid),
HTN, AF on warfarin since 2014.

S: no complaints. Skin ok.
O: BP 136/78, post wt 86 kg, BMI 27. Skin: no lesions of trunk, thighs, legs.
Labs: Ca 9.5 / PO4 5.2 / PTH 380 / Alb 3.9; INR 2.4.

A/P:
1. AF - long talk about warfarin: among dialysis patients it has been
   associated with calciphylaxis and with faster vascular calcification. He prefers
   to switch. Warfarin discontinued today; apixaban 2.5mg twice daily from
   tomorrow.
2. He will phone us promptly if a new painful skin spot appears.
3. DM - insulin per PCP, A1c 7.1.
"""),
("2016-10-04", "Social Security Disability Consultative Examination", """
CONSULTATIVE EXAMINATION - DISABILITY DETERMINATION SERVICES
Claimant: F.G., male, 66 (claim filed before full retirement age).
Alleged: kidney failure on dialysis, diabetes, heart rhythm problem.

History: HD three times weekly, 4 hours, since 2012; insulin-treated diabetes
since 2005; AF, warfarin until 4/2016, now apixaban. He says his kidney doctor
told him to watch for "calciphylaxis" sores; he has had none.

Exam: Ht 5'10", Wt 189 lb, BMI 27.1. BP 142/80. Skin intact, no ulcers or
discoloration of the legs or abdomen. Mild peripheral neuropathy to ankles.
Gait normal, no device. Grip 5/5.

Medical source statement: sitting unlimited; standing/walking 4 of 8 hr;
lifting 20 lb occasionally; absent 3 days a week for dialysis.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
