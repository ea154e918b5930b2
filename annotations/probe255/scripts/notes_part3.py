"""probe255 corpus notes, C15-C20 (cardiac device clinic and the clinics around it; all invented)."""

C15 = {"patient_id": "C15", "age": 73, "sex": "F", "notes": [
("2021-04-13", "Device Clinic - Pacemaker Follow-up", """
PACEMAKER FOLLOW-UP

73F, tachy-brady syndrome, dual-chamber PPM (Biotronik Enitra 8 DR-T, 2019). Persistent AF since
winter. Provoked L femoral DVT 02/2021 in the setting of breast cancer (on letrozole) -> enoxaparin
(weight-based, renally adjusted, once a day) SC since early March, injected into the abdomen by her daughter; never on
warfarin.
CKD 4, eGFR 24 mL/min, no dialysis. T2DM on glipizide. BMI 30.0.
Interrogation: AP 41%, VP 12%, mode switch 100% since Jan. Thresholds stable. Battery 9 yr.
Pocket: well healed.
Plan: rate control ok (HR avg 78). Keep remote monitoring; oncology to decide duration of
anticoagulation.
"""),
("2021-05-04", "Dermatology Consult", """
DERMATOLOGY CONSULT

Referred for painful areas on the belly.
Periumbilical, at the enoxaparin injection sites: three plaques, 2-4 cm, indurated, tender,
violaceous, the largest with a pinpoint dusky center. Onset ~2 wks ago.
Ddx: hematomas at injection sites; skin necrosis from enoxaparin; early calciphylaxis (CKD 4,
PO4 6.4).
Rec: 4 mm punch of the biggest plaque - she declined today ("not another needle"); platelet
count and anti-Xa level; move the shots to her thighs in the meantime.
Follow-up 2 weeks; will offer bx again.
"""),
("2021-05-25", "Remote Monitoring + Phone Call", """
HOME MONITORING REVIEW (Biotronik)   25.05.2021

Daily transmissions ok. Persistent AF, V rate avg 81. VP 14%. No alerts.
Daughter phoned: mother now lives with her in Ohio; skin spots "about the same," she did not
want the biopsy and will see a dermatologist there. Oncology switched enoxaparin to apixaban 5/20.
Device follow-up transferred to Lakeshore Heart Rhythm (records faxed), with a summary of the
derm differential.
Last log: no high-rate ventricular episodes; lead impedances RA 520, RV 610 ohm.
Discharged from our clinic.
"""),
]}

C16 = {"patient_id": "C16", "age": 80, "sex": "M", "notes": [
("2018-11-06", "Device Clinic - Pocket Concern", """
DEVICE CLINIC - pocket concern

80M, ICD (St. Jude Ellipse DR, 2013, generator L chest), ESRD; in-centre dialysis Tue/Thu/Sat. AF: warfarin, INR 2.6.
Not diabetic. BMI 22.5.
Family noticed a purple mottled patch on the L upper chest about 10 days ago; now a 1 cm shallow
ulcer just above the can with violaceous livedo spreading to the L shoulder. Pain
disproportionate to the look. Afebrile; WBC 8.3.
Interrogation normal, impedances stable.
Ddx: pocket erosion/infection vs calciphylaxis (HD, warfarin) vs warfarin necrosis.
Plan: blood cultures x2, admit for ID/EP eval; derm consult re biopsy.
"""),
("2018-11-15", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT

L upper chest/shoulder: retiform purpura 10 x 7 cm surrounding a 1.5 cm ulcer over the superior
pocket. Blood cultures negative x2; TEE no vegetations.
Calciphylaxis cannot be excluded; pocket erosion also possible.
Biopsy deferred - the ulcer overlies the device and a punch there risks seeding the pocket; a
biopsy away from the can was offered.
Family meeting today re goals: pt and sons opted for comfort care, no extraction, no biopsy. Discharge
to hospice tomorrow. Warfarin stopped.
"""),
]}

C17 = {"patient_id": "C17", "age": 67, "sex": "F", "notes": [
("2024-09-10", "Nephrology - PD Clinic", """
PD CLINIC VISIT   Sept 10, 2024

67F. CCPD since 2021 (ESRD). Type 2 DM, degludec 22 units; PPM for CHB (2022); PAD.
New: both shins ulcerated and painful x 3 wks. No injury recalled.
Exam: ulcers - R anterior shin 2x2 cm, L anterior shin 1.5x1 cm - dry dark bases, dusky edges,
faint livedo; feet cool, pulses not palpable.
PTH 520; PO4 6.6; Ca 9.3. Weekly Kt/V 1.7.
A: arterial ulcers likely; calciphylaxis still to be r/o.
P: ABI, vascular + derm referrals; non-Ca binder. BMI 28.8.
"""),
("2024-09-24", "Vascular / Wound Clinic", """
VASCULAR SURGERY - WOUND CLINIC

ABI 0.55 R, 0.62 L (likely falsely high, calcified vessels); TBI 0.21 / 0.25. Monophasic
doppler signals at both ankles.
Shin ulcers unchanged in size, dry, painful. Toes pale when elevated, dependent rubor.
Imp: ischemic ulcers from PAD vs calciphylaxis - both possible; can't tell clinically.
Derm and we agree to defer biopsy: poor perfusion, a biopsy wound may not heal.
Plan: angiogram with possible intervention next month; dry dressings only; no compression.
Cilostazol not advised (HF).
"""),
("2024-10-15", "Pacemaker Clinic - Routine Check", """
PACEMAKER CLINIC - routine

Abbott Assurity MRI DR, implanted 2022 for CHB. DDD 60/120. VP 98%. RA 2.1 mV, RV thr 0.75 V,
impedances stable (RA 480, RV 560 ohm). Battery 10 yr. No AHRE.
Skin: bilateral shin ulcers still dressed. Per vascular, cause still unclear - possible
calciphylaxis vs arterial; angiogram on 11/6.
Not on warfarin (clopidogrel for PAD).
Plan: remote q3 mo; device ok for the angiogram, no reprogramming needed. Magnet response
reviewed with the cath lab team. Pt agreeable.
"""),
]}

C18 = {"patient_id": "C18", "age": 72, "sex": "M", "notes": [
("2022-05-10", "Cardiac Cath / Device Clinic", """
CATH LAB + DEVICE CLINIC NOTE   May 10, 2022

72M, NICM? -> cath today before planned CRT upgrade of his dual-chamber PPM (2016).
R femoral arterial access, 6 Fr. LHC: nonobstructive CAD, LVEDP 22. Closure device, hemostasis
good.
PPM interrogation: RV pacing 89% -> pacing-induced CM likely; upgrade to CRT-P planned in June.
PMH: CKD 3b (creat 1.9), T2DM on metformin (reduced dose) + empagliflozin, HTN, hyperlipidemia.
Not anticoagulated. BMI 27.5.
Post-cath: flat 2 h, groin checks q15 min x4.
"""),
("2022-05-31", "Dermatology Consult", """
DERM CONSULT

Both feet: livedo reticularis of the soles and toes since about 5/17, painful purple toes, tip of the
L second toe with a small ulcer. Pulses palpable.
Labs: eosinophils 11%, creat 2.6 (up from 1.9), ESR 64.
Ddx: cholesterol emboli after the 5/10 cath vs ?calciphylaxis vs vasculitis.
R femoral access: puncture mark closed, soft, no bruit, no mass.
Punch bx taken from the livedo on the L sole.
Hold CRT upgrade until this is sorted out. Photos taken; pt and wife informed.
"""),
("2022-06-14", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP

Path: several dermal arterioles hold biconvex cholesterol-shaped empty clefts. Walls free of
calcium deposits (von Kossa stain neg.); vasculitis not seen.
Dx: atheroembolic (cholesterol emboli) disease post-catheterization. Calciphylaxis ruled out.
Toe ulcer smaller; livedo fading.
Plan: high-intensity statin, ASA; avoid anticoagulation; renal to follow creatinine (2.3 today).
Eosinophils down to 6%; feet warmer, pedal pulses palpable. Explained that cholesterol debris
broke off aortic plaque during the catheterization.
EP: CRT upgrade rescheduled for August. Derm follow-up as needed.
BMI 27.5.
"""),
]}

C19 = {"patient_id": "C19", "age": 55, "sex": "M", "notes": [
("2020-02-11", "Device Clinic - Loop Recorder Follow-up", """
DEVICE CLINIC - ILR follow-up

55M, recurrent syncope; implantable loop recorder (Reveal LINQ) inserted L parasternal 01/07/2020.
Insertion site healed. Stored: 2 patient-activated events - sinus 88, no pauses, no AF.
PMH: T1DM since childhood (age 12), pump therapy (infusion set in abdomen); CKD 3a; HTN. No warfarin.
Worried: brother (older, dialysed) died 2018 from calciphylaxis; asks "is that coming
for me?" Went over the link with dialysis and phosphate.
Skin exam: no lesions.
Plan: continue monitoring; tilt table if syncope recurs.
"""),
("2020-05-12", "Nephrology - CKD Clinic", """
NEPHROLOGY - CKD CLINIC

55M, T1DM on pump. CKD G3a/A2 (eGFR 52, UACR 180 mg/g). Loop recorder in place, no events.
phosphorus 3.8 (nl), PTH 72 (nl), calcium 9.4. Hgb 13.1.
FHx: calciphylaxis killed his brother, who had ESRD.
Skin: no lesions, no livedo.
Discussed: calciphylaxis is rare outside dialysis; his phosphate and PTH are normal.
BP 138/82. Feet: monofilament intact, skin normal.
Plan: ACEi max dose, consider SGLT2i, A1c 7.4 - endocrine. BMI 26.0.
RTC 6 months with labs.
"""),
]}

C20 = {"patient_id": "C20", "age": 62, "sex": "F", "notes": [
("2024-11-19", "Device Clinic - ICD Check", """
DEVICE CLINIC - ICD CHECK   Nov 19 2024

62F, NICM, single-chamber ICD (Boston Scientific Resonate VR, 2021). ESRD - HD Tu/Th/Sat.
No diabetes. PMH: obesity, BMI 29.4; DVT 2014 treated with warfarin until 2016, no
anticoagulant since.
Interrogation: battery 11 yr, RV 12 mV, threshold 0.7 V, shock imp 61. No VT/VF episodes.
She asked if she could use a heating pad for low back ache. Advised: skip the heating pad and any
hot-water bottle on bare skin - a heat (or ice) injury can trigger calciphylaxis in people on HD.
Skin over pocket fine; no lesions.
"""),
("2025-02-04", "Nephrology - HD Rounding", """
HD ROUNDING   02/04/2025

Chairside skin check: trunk and legs - intact; livedo none, ulcers none. No heating pad used since the
device clinic advice. Nothing to suggest calciphylaxis.
PTH 410 / Ca 9.1 / PO4 5.4.
Kt/V 1.38; EDW 79.0 kg. Pre-HD BP 148/76, post 126/70.
Access: L forearm AVF, good thrill. ICD: last remote transmission normal per device clinic.
Dry weight unchanged; no interdialytic cramps. Hgb 10.9 on ESA. Next skin check with monthly labs.
Plan: continue binders; recheck PTH in 3 months.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
