"""Sealed corpus notes, S14-S17 (possible) and S18-S20 (no)."""

PATIENTS = [
{"patient_id": "S14", "age": 69, "sex": "F", "notes": [
("2025-02-03", "Telehealth Visit - Nephrology", """
Video visit (pt at daughter's home).
69F ESRD, HD Tue/Thu/Sat; DM2 using insulin glargine + aspart, obesity (BMI 34.7), AF on apixaban.
Pt reports tender "knots" in the belly fat for about a month, at the spots she uses for insulin shots, with lacy purple discoloration around them. No open wounds.
On camera: lower abdomen w/ several ill-defined violaceous patches in a net-like pattern, pt points to firm nodules beneath; no eschar seen. Thighs/legs look ok.
A/P: tender subcutaneous nodules + livedo at insulin injection sites. Concern for early calciphylaxis; ddx lipohypertrophy w/ hematoma (on apixaban), insulin-derived amyloidosis, panniculitis. Will arrange in-person derm eval and punch bx. Rotate insulin to the thighs meanwhile. Check Ca/Phos/PTH at HD.
"""),
("2025-02-19", "Palliative Care Note", """
Palliative care - outpatient
Pt seen w/ daughter. Since last visit: admitted 2/8 w/ NSTEMI, not a cath candidate, EF now 25%. Dialysis increasingly hard to tolerate, cramping + hypotension every run.
She has decided to stop HD after Friday and enroll in home hospice. Derm appt and the planed skin biopsy of the abdominal nodules were cancelled at her request; the question of possible calciphylaxis will not be pursued. Abdominal patches unchanged, still no ulceration.
Plan: hospice referral placed, comfort meds, stop insulin aspart, glargine 6u.
"""),
]},

{"patient_id": "S15", "age": 77, "sex": "M", "notes": [
("2016-06-08", "Internal Medicine Admission Note (dictated)", """
INTERNAL MEDICINE ADMISSION NOTE

DATE OF ADMISSION: 06/08/2016

CHIEF COMPLAINT: Cough, fever and confusion.

HISTORY OF PRESENT ILLNESS: Mr. K. is a 77-year-old man on hemodialysis for ESRD via a right internal jugular tunneled catheter, ischemic cardiomyopathy with an ejection fraction of 30 percent, atrial fibrillation on warfarin and chronic obstructive pulmonary disease, brought in by his daughter with three days of productive cough, fevers to 38.9 at home and new confusion. He missed his Monday session because he was too weak to get out of bed. In the emergency department he was hypoxic to 86 percent on room air, and chest x-ray shows a dense right lower lobe consolidation. Lactate was 2.8. Blood cultures were drawn and he received vancomycin and cefepime. His INR was 4.1. Incidentally, his daughter asked us to look at a sore area on his left thigh. She says he sits in the same armchair all day and rests a heavy tray with his laptop and meals across his left thigh, and over the past month a painful hard purple patch has come up in exactly that area.

PAST MEDICAL HISTORY: ESRD attributed to cardiorenal syndrome, on dialysis since 2014. Coronary disease with CABG in 2005. COPD, on home inhalers, no home oxygen. Atrial fibrillation. Prostate cancer treated with radiation in 2010. No diabetes.

MEDICATIONS: Warfarin 2.5 mg daily, metoprolol succinate, tiotropium, albuterol as needed, sevelamer, atorvastatin, tamsulosin.

ALLERGIES: Penicillin causes a rash, tolerated cephalosporins before.

SOCIAL HISTORY: Widower, lives with his daughter. Smoked 50 pack-years, quit in 2005.

FAMILY HISTORY: Noncontributory.

REVIEW OF SYSTEMS: As above. Also poor appetite and weight loss of about 4 kg over three months.

PHYSICAL EXAMINATION: Temperature 38.4, pulse 104 irregular, blood pressure 98/56, respiratory rate 24, saturation 93 percent on 4 liters. BMI 23.9. Drowsy but rousable, oriented to person only. Bronchial breath sounds at the right base. Heart irregular, soft systolic murmur. Abdomen soft. Tunneled catheter site clean. On the anterior left thigh there is a firm violaceous plaque, tender, 7 x 5 cm, with faint reticulated margins and no ulceration or eschar. No other skin lesions. Trace ankle edema.

ASSESSMENT AND PLAN:
1. Sepsis from right lower lobe pneumonia. Continue vancomycin dosed to levels with dialysis and cefepime renally dosed. Sputum culture, urine legionella antigen.
2. Acute metabolic encephalopathy, likely septic. Delirium precautions.
3. Supratherapeutic INR without bleeding. Hold warfarin tonight.
4. ESRD. Nephrology consulted for dialysis tomorrow.
5. Painful indurated plaque of the left thigh where the tray presses chronically. Rule out calciphylaxis versus panniculitis versus hematoma given INR. Dermatology consult when he is more stable.
6. Goals of care discussion with daughter tomorrow.
"""),
("2016-06-14", "Dermatology Inpatient Follow-up", """
Derm f/u - L thigh plaque.
Punch bx 6/10: septal and lobular panniculitis with fat necrosis; no vascular calcification by H&E, von Kossa stain negative in the levels cut. Nondiagnostic. Sampling may be too superficial; calciphylaxis can't be excluded clinically.
Today: plaque 7 x 5 cm unchanged, no ulceration, still tender.
Rec: deeper incisional bx if lesion progresses; offload the L thigh (no tray on lap); avoid warfarin if alternative acceptable to cardiology. Pt is being discharged to SNF tomorrow; f/u derm clinic 4 wks (appt made).
"""),
("2016-07-20", "Dermatology Clinic - No Show", """
Pt did not attend scheduled appt for f/u of L thigh plaque (possible calciphylaxis vs panniculitis). SNF called: pt transitioned to comfort care last week, no further workup desired. Appt closed.
"""),
]},

{"patient_id": "S16", "age": 60, "sex": "F", "notes": [
("2019-04-17", "Radiology Report - X-ray Right Tibia/Fibula", """
EXAM: XR TIBIA/FIBULA RIGHT 2 VIEWS
INDICATION: non-healing shin wound, r/o osteomyelitis
FINDINGS: Soft tissue defect over the anterior mid shin. No cortical erosion or periosteal reaction. Extensive fine, net-like calcification of small vessels in the subcutaneous tissues of the lower leg, in addition to calcified tibial arteries.
IMPRESSION: No radiographic evidence of osteomyelitis. This small vessel calcification pattern can accompany calciphylaxis; correlate clinically.
"""),
("2019-04-18", "Wound Clinic Note", """
Wound Clinic
60F on PD, DM2 (on dulaglutide + glipizide, no insulin), obesity, BMI 37.5.
Bumped R shin on a shopping cart 3/20; the skin split and the spot "never closed". Now 2.5 x 1.5 cm ulcer, shallow, R anterior shin w/ yellow slough, thin violaceous rim, painful 6/10. L leg intact.
XR yesterday: no osteo; small vessel calcification.
Ddx: slow-healing traumatic ulcer in diabetic/PD pt vs calciphylaxis (rim, pain, vessel calcif). Favor traumatic ulcer. Bx discussed, pt prefers to avoid bx unless not improving.
Plan: enzymatic debridement, hydrocolloid, leg elevation. RTC 2 wks; low threshold to bx.
"""),
("2019-05-02", "Wound Clinic Note", """
Wound Clinic f/u
R shin ulcer 2.2 x 1.2 cm, slough less, pink granulation at edges, pain 4/10.
Slowly improving. Calciphylaxis less likely but not excluded. Biopsy offered again, declined by pt while improving.
Continue current regimen. RTC 3 wks.
"""),
]},

{"patient_id": "S17", "age": 56, "sex": "M", "notes": [
("2020-10-27", "Clinical Pharmacy Consult - Sodium Thiosulfate", """
PHARMACY CONSULT: empiric sodium thiosulfate
Pt: 56M, ESRD/HD, insulin-treated DM2, obese (BMI 32.0). Admitted 10/20 for MRSA bacteremia from a tunneled catheter, now on vancomycin.
Team reports painful dusky plaques w/ livedo around the heparin SC injection sites on the abdomen (heparin ppx 5000u q8h started on admission; stopped 10/26). Suspected calciphylaxis; derm consult pending; team requests STS empirically while awaiting biopsy.
Recs:
- STS 25 g IV over 60 min during last hour of HD, TIW.
- Monitor for metabolic acidosis (AG), nausea, volume.
- No SC heparin; use SCDs for VTE ppx. Insulin may still be given SC, rotate to thighs.
- Reassess need for STS once biopsy results are available.
"""),
("2020-11-02", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 10/20/2020 - Discharge 11/02/2020
Principal dx: MRSA bacteremia, tunneled HD catheter related; catheter exchanged 10/23. TEE neg for endocarditis.
Secondary:
- Painful abdominal wall plaqes at heparin injection sites. Working dx: possible calciphylaxis vs heparin-induced skin reaction. Derm planned punch bx but pt refused ("no more holes"). STS given x 4 during HD, stopped at discharge per renal. Plaques softer, no ulceration. HIT antibody negative.
- DM2 on insulin, ESRD on HD, obesity.
Dispo: home. Vanc w/ HD through 11/24. Derm clinic referral placed.
"""),
]},

{"patient_id": "S18", "age": 45, "sex": "F", "notes": [
("2018-02-05", "Rheumatology Consult", """
RHEUM CONSULT
45F, ESRD from lupus nephritis, HD since 2016, not diabetic, no anticoagulants. New painful purpuric lesions both legs x 5 days.
Exam: BLE: palpable purpura and retiform purpuric patches on both lower legs and dorsal feet, a few with small central hemorrhagic crusts. Fingers w/ splinter hemorrhages? none. BMI 21.8.
Labs: C3/C4 low, dsDNA positive, cryoglobulins pending, ANCA pending.
Ddx: lupus vasculitis vs cryoglobulinemic vasculitis vs calciphylaxis (ESRD, retiform pattern) vs septic emboli. Recommend two punch biopsies from the L shin, one for H&E, one for DIF.
"""),
("2018-02-08", "Pathology - Skin Biopsy", """
Left shin, punch biopsies (H&E and DIF):
Small dermal vessels (superficial and mid) show fibrinoid necrosis with neutrophils and nuclear dust (leukocytoclastic vasculitis). DIF: IgG, IgM, C3 deposited granularly along vessel walls. von Kossa negative; no calcium in vessels or interstitium. Subcutaneous vessels without thrombi.
DIAGNOSIS: SMALL VESSEL VASCULITIS, IMMUNE COMPLEX TYPE. NO EVIDENCE OF CALCIPHYLAXIS.
"""),
("2018-02-09", "Rheumatology Follow-up", """
Bx: immune complex LCV, calciphylaxis ruled out. Consistent with lupus vasculitis (cryo neg).
Plan: pulse methylpred 500 mg x 3, then pred taper; discuss rituximab. Lesions already fading on R. Monitor the bx sites on L shin for healing.
"""),
]},

{"patient_id": "S19", "age": 62, "sex": "M", "notes": [
("2025-06-10", "PD Clinic Monthly Visit", """
PD CLINIC
62M on CCPD since 2023, DM2 on insulin (glargine/lispro into abdomen), obesity BMI 35.1, LV thrombus on warfarin since April.
Labs: PTH 720, Phos 6.9, Ca 9.3, Alb 3.4.
Skin exam: no rashes, no ulcers, no livedo; injection sites clean. Exit site: no erythema, crust only.
A/P:
1. Hyperphosphatemia / SHPT: increase sevelamer, start cinacalcet 30 mg.
2. Warfarin + ESRD + high Phos + obesity = higher risk of calciphylaxis. Counselled pt and wife: rotate injection sites, no ice packs, no heating pads directly on skin, report any new painful skin spots immediately.
3. Adequacy: Kt/V 1.9, continue.
"""),
("2025-06-12", "Pharmacy Telephone Note", """
Called pt re: warfarin + calciphylaxis risk discussion from PD clinic. Reviewed: cardiology prefers warfarin for LV thrombus x 3 more months, then reassess; DOAC not chosen. Explained early signs (very painful purple or dark skin patches) and that they should call, not wait. Pt denies any skin problems at present. INR 2.4.
"""),
]},

{"patient_id": "S20", "age": 81, "sex": "F", "notes": [
("2023-11-06", "Hospitalist Progress Note", """
PROGRESS NOTE - HD 5
81F, ESRD on HD, DM2 (diet-controlled), advanced dementia, bedbound at NH. Admitted w/ UTI.
Skin: large sacral wound, 7 x 6 cm, black eschar w/ surrounding purplish discoloration; R heel 2 cm eschar. NH reports sacral wound present x 3 wks; pt is turned irregularly.
BMI 19.6.
A/P:
- Sacral and R heel wounds: most likely unstageable pressure injuries. However retiform-appearing border in an HD pt; cannot exclude calciphylaxis. Wound team + punch bx from the sacral wound edge.
- UTI: ceftriaxone d5, finish today.
"""),
("2023-11-09", "Surgical Pathology", """
Sacral skin, edge of ulcer, punch:
Full-thickness ischemic necrosis with pressure-type changes; no calcification of vessels or fat (von Kossa negative). No vasculitis.
DIAGNOSIS: Ulcer with necrosis, compatible with pressure injury. Calciphylaxis not identified.
"""),
("2023-11-10", "Wound Care Nursing Note", """
WOC RN
Path reviewed with team: no calciphylaxis; sacral wound = unstageable pressure injury. R heel = unstageable (DTI evolving).
Tx: sacrum - sharp debridement at bedside by WOC RN of loose slough, then Medihoney + bordered foam; heel offloading boots; low-air-loss surface; turning schedule 2-hourly; dietitian referral.
"""),
]},
]
