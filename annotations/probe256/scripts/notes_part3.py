"""probe256 corpus notes, D15-D20 (community pharmacy injection services and the clinics around them; all invented)."""

D15 = {"patient_id": "D15", "age": 45, "sex": "M", "notes": [
("2020-06-16", "Pharmacy Injection Clinic", """
RIVERSIDE PHARMACY - INJECTION CLINIC   16/06/2020
45M. Sustanon 250 mg/1 mL deep IM every 3 weeks (hypogonadism, endocrine Rx).
Given L ventrogluteal today, lot SU8812. He asks for the L side every time
as he sleeps on his right.
Hx: ESRD, dialysing Monday-Wednesday-Friday. Not diabetic; not anticoagulated. BMI 29.8.
Mentions a firm lump in the L buttock from earlier injections, painless;
asked him to show the renal team. Hct 47% - ok to give.
Next due 07/07/2020.
Counselled: keep the HD team informed of the injections; report pain,
redness or discharge at the site.
"""),
("2020-08-04", "Nephrology HD Note", """
HD note   08/04/20
45M ESRD on HD. L buttock lump painful for 2 wks now, purple mottling over it.
O/E: firm 4cm subcut nodule, L upper outer buttock, overlying livedoid
violaceous skin, no eschar, not fluctuant.
Labs: Ca 9.4, PTH 610, PO4 6.1.
Imp: oil granuloma/sterile abscess at the testosterone site; early
calciphylaxis not excluded given ESRD.
Plan: soft tissue US; derm referral for biopsy; asked pharmacy to switch to
the R side or thigh. Pt keen to keep testosterone going.
"""),
("2020-09-01", "Dermatology Consult", """
Dermatology   1 Sept 2020
US 8/12: 3.5 cm ill-defined hypoechoic area in subcutaneous fat, no collection.
L buttock nodule; livedo fading a little. Possible calciphylaxis vs injection
granuloma / panniculitis. Deep incisional biopsy recommended - pt declined; he
is relocating next month (sister's home, different state) and will get care there.
Plan: copy of this letter to pt, advised biopsy with his new dermatologist; told
to stop using the L buttock for injections. BMI 29.6.
Renal team and GP copied in. Endocrine asked to consider gel as an
alternative to IM testosterone.
"""),
]}

D16 = {"patient_id": "D16", "age": 81, "sex": "F", "notes": [
("2021-07-20", "Pharmacy Insulin Pen Check", """
OAKFIELD PHARMACY - INSULIN PEN CHECK   20 July 2021
81F, T2DM on Humulin I (isophane) 14 u BD into the belly since last summer,
started by GP. Daughter helps.
Sites: periumbilical skin lumpy; pt reuses each needle 3-4 times. Rotation and
one needle per injection reinforced; new 4 mm needles supplied.
CKD 4 (eGFR 18), conservative, no dialysis; renal clinic every 3 months.
No warfarin. Wt 82 kg; BMI 32.5 per GP.
Fasting readings 6-12 mmol/L in her diary. Two mild hypos last month, both
before lunch - reviewed snacks. Pen technique ok on observation; daughter
to prompt needle change. Follow-up in 4 weeks.
"""),
("2021-08-17", "Renal Clinic", """
Renal clinic   17/08/2021
81F, CKD 4, T2DM on insulin. eGFR 17. Not for dialysis - she has chosen the
conservative pathway.
New: tender dusky nodules round the umbilicus ~3 weeks, at her insulin
sites, faint livedo between them, no ulceration.
Imp: lipohypertrophy / insulin-induced panniculitis vs early calciphylaxis.
Exam: 3 periumbilical nodules 1-2 cm, firm, tender; no eschar.
Labs: Ca 2.38, PO4 1.72, PTH 24 pmol/L.
Plan: derm; phosphate restriction; move injections to the thighs;
pharmacy to reinforce site rotation. Renal review 3 months.
"""),
("2021-09-14", "Dermatology Consult", """
Dermatology   9/14/2021
Seen with daughter. Referred by renal ?calciphylaxis.
Periumbilical nodules x3, largest 2 cm, patchy livedo. No necrosis.
Concern for early calciphylaxis; lipohypertrophy with panniculitis also
possible. Pt and daughter decline biopsy ("no more cutting at 81").
Agreed: stop injecting there, topical care, review in 6 wks. If ulceration
develops, revisit biopsy and STS.
BMI 32.1.
Pain managed with paracetamol. Daughter will photograph the area weekly
and phone if any skin breaks down or turns black. Copy to GP and renal.
"""),
]}

D17 = {"patient_id": "D17", "age": 70, "sex": "M", "notes": [
("2018-04-10", "Pharmacy Enoxaparin Teaching", """
KINGSWAY PHARMACY - ENOXAPARIN SELF-INJECTION TEACH   04/10/2018
70M on warfarin (mechanical MVR); INR low at 1.6, cardiology wants enoxaparin
bridging, dose adjusted for HD.
Taught: pinch a fold, needle in at 90 deg, leave the air bubble. First dose
given by pt into R anterior thigh under supervision (abdomen heavily scarred
from old surgery). To alternate thighs until INR > 2.5.
Hx: HD-dependent ESRD; T2DM managed with gliclazide, no insulin. BMI 27.0.
Sharps bin and written sheet given. Bruising at sites expected; report
any large painful lump. INR recheck at the anticoag clinic Friday.
"""),
("2018-05-22", "HD Unit Physician Note", """
HD physician   5/22/18
70M, ESRD (HD, R arm graft), T2DM, warfarin for mech MVR; INR today 3.4.
R anterior thigh painful purple net for 10 days, now 4cm retiform purpura,
dusky centre.
Ddx: coumarin (warfarin) skin necrosis? calciphylaxis? haematoma
from enoxaparin?
Exam: no fluctuance; L thigh clear. Enoxaparin stopped 4/19 once INR was
therapeutic.
Labs: Ca 9.7 (PTH 720), PO4 6.4.
Plan: derm bx; hold calcium binder; recheck INR Thursday; low-dose
hydromorphone for pain. Photos filed in the chart.
"""),
("2018-06-05", "Dermatology Consult", """
Dermatology   5 June 2018
70M, HD-dependent, anticoagulated with warfarin (mechanical mitral valve). R anterior thigh
purpura now 5 cm, centre greyer, no ulcer yet.
Punch bx R thigh (5/24): dermal haemorrhage, thrombi in superficial vessels;
too superficial to judge subcutaneous arterioles, no calcium seen.
Nondiagnostic. Still possible calciphylaxis; warfarin necrosis also in
the frame.
Deep incisional bx advised - pt moves to his daughter's area for dialysis next
week; letter sent to the receiving unit.
Meanwhile: non-adherent dressing, warfarin dosing per cardiology (mechanical
valve, cannot stop), renal to review binders. No follow-up booked here.
"""),
]}

D18 = {"patient_id": "D18", "age": 62, "sex": "F", "notes": [
("2023-01-17", "GP Consultation", """
GP - Copperfield Health Centre   17/01/2023
62F. ESRD on peritoneal dialysis. T2DM, uses insulin. BMI 30.0.
6/52 of an ulcer at the L medial ankle, painful, slow to heal despite practice nurse
dressings. Varicose veins L leg, haemosiderin staining in both gaiter areas,
ankle flare. No injury recalled.
Ulcer 3x2.5cm, shallow, sloughy base, irregular edge, no eschar, no
livedo around it. Foot pulses palpable.
Imp: looks venous; ?calciphylaxis given PD - want derm opinion before
compression.
Plan: derm referral (urgent), ABPI via practice nurse, continue dressings.
"""),
("2023-02-14", "Dermatology Clinic", """
Dermatology   Feb 14, 2023
Reason: ?calciphylaxis, L ankle ulcer, PD patient.
Biopsy (1/31), L medial ankle ulcer margin: stasis change with dermal
haemosiderin, no vascular calcification, no thrombosis, von Kossa
negative. Calciphylaxis excluded; venous ulceration.
ABPI 1.05 bilaterally. Labs from renal: PTH 32 pmol/L, Ca 2.31 and PO4 1.6.
Ulcer now 2.6 x 2 cm, granulating, edge advancing.
Plan: 4-layer compression bandaging weekly via practice nurse, then class 2
hosiery once healed; elevate legs when sitting. Discharged from derm.
"""),
("2023-04-04", "Pharmacy Compression Hosiery Fitting", """
ELDER LANE PHARMACY - HOSIERY FITTING   4 April 2023
62F. L ankle ulcer healed per practice nurse (late March). Rx: class 2
below-knee stockings, both legs, to prevent recurrence.
Measured: cB 23 / 24 cm, cC 37 / 38 cm, length 36 cm. Fitted, donning glove
demonstrated, pt managed both legs herself.
PD nightly; insulin glargine + aspart. No anticoagulants.
Wt 80.6 kg, BMI 30.1 today.
Skin both legs intact. Replace stockings every 6 months; moisturise daily.
Pt told to take stockings off and ring us or the practice nurse if the
band rubs or any new sore appears.
"""),
]}

D19 = {"patient_id": "D19", "age": 50, "sex": "M", "notes": [
("2025-10-07", "Pharmacy Vaccination", """
STATION ROAD PHARMACY - SEASONAL VACCINES   7 Oct 2025
50M. Influenza (QIV) 0.5mL IM R deltoid, lot QV0725; no reaction at 15 min.
Screen: T1DM since 14 yo, insulin pump (lispro), sensor on L upper arm.
CKD 3a (eGFR 52) from diabetic kidney disease - renal clinic yearly.
No anticoagulants himself; collects warfarin for his father.
BMI 25.5 per GP summary.
He wondered if he might get what his mother had: she died on dialysis in
2019 with calciphylaxis of the legs. Explained it is rare and mostly seen in
people on dialysis; renal team best placed to discuss his own risk.
Advised to mention any painful skin patches promptly.
"""),
("2025-11-18", "Nephrology Clinic", """
Renal outpatients   18-11-2025
50M, T1DM (pump), CKD G3a A2. eGFR 49, uACR 41 mg/mmol. BP 134/80 on ramipril.
Worried after his mother's calciphylaxis - went through it: his Ca, PO4
and PTH are normal, he is far from dialysis, and skin check today shows
no livedo, nodules or ulcers; pump and sensor sites clean.
No evidence of calciphylaxis. Reassured.
Plan: add dapagliflozin 10 mg; recheck U&E 2 wks; yearly review.
Wt 80 kg, BMI 25.3.
Letter copied to GP and diabetes team. He was relieved and asked no
further questions.
"""),
]}

D20 = {"patient_id": "D20", "age": 57, "sex": "F", "notes": [
("2019-11-12", "Pharmacy Medication Review", """
FAIRVIEW PHARMACY - MEDICATION REVIEW (HD patient)   11/12/2019
57F on HD MWF for ESRD (polycystic kidneys). Not diabetic.
AF: renal team considered warfarin but chose not to start it; no anticoagulant.
Reviewed: sevelamer, cinacalcet, amlodipine, EPO given at HD.
She asked about an electric heating pad for knee stiffness. Counselled: avoid
heat pads and ice straight on the skin - dialysis patients can develop
calciphylaxis and can burn easily; short warm showers or a heat-retaining
knee sleeve instead. Report any painful purple patches.
HD record BMI 31.4, i.e. class I obesity.
Had this season's flu jab at the unit in October.
"""),
("2020-01-07", "HD Unit Physician Note", """
HD physician note   Jan 7th 2020
57F ESRD on HD. Tolerating runs; post-run 83.1kg, BMI 31.0.
Knees: OA, uses the knee sleeve the pharmacist suggested; no heat pad.
Skin: legs, thighs and abdomen fully checked - clear, without livedo,
nodularity or ulceration. Calciphylaxis: no features.
Labs: PTH 310, Ca 9.2, Hb 10.8, PO4 5.1.
Plan: continue cinacalcet 30 mg; dietitian re phosphate; next review 3 months.
AF rate-controlled on bisoprolol; anticoagulation question to be revisited
at the renal/cardiology MDT.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
