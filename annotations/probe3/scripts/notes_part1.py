"""Notes of V01-V07 (calciphylaxis yes, Koebner yes)."""
# ruff: noqa: E501  (note texts are data: their lines are kept as written)
PATIENTS = [
{"patient_id": "V01", "age": 58, "sex": "F", "notes": [
("2021-04-20", "Dialysis Rounds", """
HD MWF rounds - chair 7
S: pt c/o "burning" LLQ x3 wks, worse when she sits in the chair. No f/c. Tolerating UF.
O: BP 148/82 pre, 131/70 post. Wt 91.4 kg (EDW 90). L AVF +thrill/bruit.
Skin: violaceous, indurated 4x3cm plaque in L lower quadrant, dusky stellate center, exquisitely tender. Two smaller tender nodules adjacent. Abd otherwise soft.
Meds: glargine 22u qhs (self-injects, "always the same spot on the left side of my belly" since started Feb 2020), sevelamer, cinacalcet, calcitriol.
Labs today - PTH 812, phosphorus 7.4, corrected calcium 9.8.
A/P: ESRD (HD), insulin-treated DM2, BMI 33.9. New painful LLQ plaque at her habitual glargine site - concern for CUA. Derm consult, hold calcitriol, switch to non-calcium binder, ask endocrine re: site rotation.
"""),
("2021-04-23", "Dermatology Consult", """
DERMATOLOGY CONSULTATION - INPATIENT
Asked by: renal team, for a tender plaque on the abdomen.
History: 58F with ESRD (HD since 2017), type 2 DM on basal insulin which she has injected only into the left lower abdomen since February 2020. Pain began about three weeks before this visit, then the skin darkened.
Exam: 5 cm retiform purpuric plaque of the left lower abdomen, black eschar centrally; livedo extending toward the flank. No lesions on the thighs, arms or buttocks. Right abdomen clear.
Impression: Picture is most in keeping with calciphylaxis localized to a chronic insulin injection field (Koebner-type distribution).
Plan: Punch (4 mm) taken today at the lesion edge, von Kossa stain requested. Sodium thiosulfate after HD pending path. Wound care: nonadherent dressing. Advise she move injections to the upper arms once healed.
"""),
("2021-04-28", "Pathology Report", """
SURGICAL PATHOLOGY
SPECIMEN: PUNCH, 4 MM - LLQ ABDOMINAL SKIN
FINAL DIAGNOSIS: CALCIPHYLAXIS.
MICROSCOPIC: MURAL CALCIUM IN TINY ARTERIOLES OF THE SUBCUTIS, INTIMAL HYPERPLASIA, LOBULAR FAT NECROSIS AND ISCHEMIC CHANGE OF THE OVERLYING EPIDERMIS.
COMMENT: VON KOSSA HIGHLIGHTS PERIECCRINE AND VASCULAR CALCIUM DEPOSITS. NO VASCULITIS. GRAM AND PAS NEGATIVE.
"""),
]},
{"patient_id": "V02", "age": 67, "sex": "M", "notes": [
("2022-10-19", "Nephrology Consult (dictated)", """
NEPHROLOGY CONSULTATION

DATE OF SERVICE: 10/19/2022
REQUESTING SERVICE: Cardiothoracic Surgery
REASON FOR CONSULTATION: Painful leg lesions in a patient on hemodialysis.

HISTORY OF PRESENT ILLNESS: We are seeing this 67-year-old gentleman, well known to our dialysis unit and dialyzing in-center on Tuesdays, Thursdays and Saturdays through a brachiocephalic fistula in the right arm. He was admitted on 10/02/2022 with unstable angina. Cardiac catheterization through the right radial artery on 10/02 showed severe three-vessel disease and he underwent coronary artery bypass grafting times four on 10/03/2022 with a left internal mammary artery to the LAD and reversed saphenous vein grafts, the vein having been harvested endoscopically from the left thigh. Postoperatively he was extubated on postoperative day one and the chest tubes were removed on postoperative day three. Per the surgical team and the nursing flowsheet, thigh-high sequential compression device sleeves were applied to both legs in the operating room on 10/03 and have remained on continuously, including through the nights, because he has been slow to mobilize. Around POD#12 the nurses noted dusky, mottled, exquisitely painful areas on both calves directly under the sleeves, and these have since become firm with a purple net-like pattern. He describes the pain as ten out of ten and says it is worse when the sleeves inflate. He denies fevers. He has not fallen and has had no injections into the legs. The harvest incisions on the left thigh are healing and are not painful.

PAST MEDICAL HISTORY: End-stage kidney disease secondary to hypertensive nephrosclerosis, on hemodialysis since 2015. Hypertension. Coronary artery disease as above. Gout. Secondary hyperparathyroidism, parathyroid hormone repeatedly above 900. Benign prostatic hyperplasia. Remote left inguinal hernia repair in 2009. Cataract surgery of the right eye in 2020. He does not have diabetes; hemoglobin A1c 5.2 in August.

MEDICATIONS ON ADMISSION: Calcitriol 0.5 mcg three times weekly at dialysis, calcium acetate 667 mg, three tablets at each meal, atorvastatin 80 mg, metoprolol tartrate 25 mg twice daily, aspirin 81 mg, allopurinol 100 mg, tamsulosin 0.4 mg. He has never taken warfarin. Current inpatient medications add heparin with dialysis, amiodarone for postoperative atrial fibrillation and oxycodone as needed.

ALLERGIES: Iodinated contrast causes hives; premedicated for catheterization.

SOCIAL HISTORY: Retired bus mechanic. Former smoker, quit 2004. No alcohol.

FAMILY HISTORY: Father with coronary disease, mother with type 2 diabetes. No known skin disease in the family.

REVIEW OF SYSTEMS: Positive for sternal incision soreness and the leg pain above. Negative for headache, visual change, cough, hemoptysis, abdominal pain, melena or dysuria. Otherwise negative in twelve systems.

PHYSICAL EXAMINATION: Temperature 37.1, pulse 88 in atrial fibrillation, blood pressure 118/64, SpO2 95 percent with 2 L nasal cannula. Weight 84 kg, height 178 cm, body mass index 26.5. HEENT unremarkable. Sternotomy dressing clean and dry, no drainage. Mediastinal drain sites closed. Lungs with basilar crackles. Right arm fistula with good thrill. Abdomen soft, no tenderness; old left groin scar. Extremities: bilateral calves with symmetric reticulated violaceous plaques, 8 cm on the right and 10 cm on the left, with a central area of stellate purpura on the left, sharply confined to the area covered by the compression sleeves; the skin above the knees and the feet is spared. Endoscopic harvest port sites on the medial left thigh are clean. Peripheral pulses dopplerable.

LABORATORY DATA: Sodium 136, potassium 4.9, bicarbonate 23, BUN 48, creatinine 7.9, calcium 10.2, phosphorus 6.8, albumin 2.9, alkaline phosphatase 160, intact PTH 1,104. White count 11.2, hemoglobin 8.9, platelets 188. INR 1.1.

IMAGING: Chest radiograph 10/18 with small bilateral effusions. Plain films of both legs show extensive vascular calcification of the tibial arteries.

ASSESSMENT: Clinically this is calciphylaxis of both calves, arising under the sequential compression sleeves after cardiac surgery, in the setting of a high calcium-phosphorus product and severe secondary hyperparathyroidism. We discussed a biopsy and the patient declined; the clinical diagnosis is firm.

RECOMMENDATIONS:
1. Discontinue the compression sleeves; use pharmacologic prophylaxis only after discussion with surgery.
2. Begin sodium thiosulfate, 25 g IV infused over the final hour of every hemodialysis session.
3. Stop calcium acetate and calcitriol; start sevelamer carbonate 1600 mg with meals and cinacalcet 30 mg daily.
4. Wound care consult for the calves.
5. Avoid any further pressure devices on the legs.

Thank you for this consultation. We will follow daily.

D: 10/19/2022 14:05 T: 10/19/2022 16:40
"""),
("2022-10-25", "Wound Care Nursing", """
WOC RN follow-up. B/l calf wounds, pt states pain a little better since the SCD sleeves came off on 10/19.
L calf: 10 x 7 cm, 60% black eschar, 40% dusky purple, no drainage, periwound livedo.
R calf: 8 x 5 cm purpura w/ new 1 cm central eschar.
Cleansed NS, xeroform + ABD, loose wrap. No compression. Heels floated on pillows.
"""),
]},
{"patient_id": "V03", "age": 71, "sex": "F", "notes": [
("2024-02-05", "Patient Portal Message", """
Hi dr Osei, I have a new problem. There is a dark purple blotch on the right side of my belly that has gone black at the center and it hurts so bad I cant sleep. I first noticed it last Tuesday. It is in the exact place where I keep my heating pad at night, I have been using it every night since Christmas for my back and belly cramps. Should I stop using it? Also my dialysis nurse said to ask you. thank you, Maribel
"""),
("2024-02-07", "Dermatology Consult", """
Derm consult, outpt, urgent add-on.
71 y/o F, ESRD on PD (since 2021), DM2 diet controlled (no insulin), AF on apixaban (prior warfarin 2018-2021), BMI 31.
HPI: per her portal msg, painful spot R abdomen since 1/30. Uses an electric heating pad across the R abdomen nightly since 12/25/23, on the high setting.
Exam: R periumbilical / RLQ abdomen - retiform purpura 6x4 cm w/ central black eschar; faint reticulated hyperpigmentation (erythema ab igne pattern) in the same rectangle. L abdomen and thighs clear.
A: Calciphylaxis suspected, at heating pad site. Deep incisional biopsy today R abdomen.
P: STOP heating pad. Pain control. Bx results to PD team.
"""),
("2024-02-14", "Telephone Encounter", """
Called pt w/ biopsy result: deep bx R abdomen confirms calciphylaxis (calcified small vessels + thrombosis in fat, von Kossa +). Pt verbalized understanding. She has put the heating pad away. PD RN aware, STS to start via PD clinic per nephrology. Pt asks about home health for dressings - referral placed.
"""),
]},
{"patient_id": "V04", "age": 62, "sex": "F", "notes": [
("2020-01-08", "Dermatology Procedure Note", """
PROCEDURE: Shave biopsy
Indication: enlarging pigmented papule, R anterior thigh, r/o atypical nevus.
Consent obtained. Site cleaned w/ chlorhexidine, 1% lido w/ epi 1 mL. Shave biopsy performed of 6 mm lesion on the right anterior thigh. Hemostasis w/ aluminum chloride. Vaseline + bandage. EBL minimal. Tolerated well.
Note: pt on HD (MWF) - instructed to keep covered, change bandage daily.
"""),
("2020-01-15", "Dermatopathology Report", """
Right anterior thigh, shave: compound melanocytic nevus with mild architectural atypia; margins involved by nevus. No evidence of melanoma. Re-excision not required.
"""),
("2020-02-20", "Nephrology Clinic", """
Renal f/u (HD MWF (L AVF, since 2016)). DM2 on NPH bid (injects arms), obese (BMI 36.2).
CC: very painful spot R thigh.
HPI: ~2 wks ago noticed a tender red lump R anterior thigh, now with a hard center that has turned dark. No injections there, no fall. Does not recall anything else at that spot.
Exam: R anterior thigh indurated violaceous plaque, 3x3 cm, central black eschar 1 cm and surrounding livedo; small pale healed scar at its center. L thigh normal.
Labs: Ca x P 71. PTH 640.
A/P: Calciphylaxis until proven otherwise -> punch bx R thigh + wound care referral.
"""),
("2020-02-27", "Pathology Report", """
Skin, R anterior thigh, punch: calciphylaxis. Calcified media in small vessels of the subcutis, fibrin thrombi, septal panniculitis with fat necrosis. Old dermal scar adjacent to the ulcer.
"""),
]},
{"patient_id": "V05", "age": 54, "sex": "M", "notes": [
("2020-12-07", "Telephone Encounter", """
Pt calling from home. Seen at urgent care 12/3 for productive cough, given ceftriaxone 1 g IM into L glut 12/3, 12/4 and 12/5 (daily x3) + doxy. Cough better. Reports soreness at the shot site, no redness. HD TTS at Eastside unchanged. Advised warm compress prn, call if worse. Does not take warfarin.
"""),
("2020-12-15", "Emergency Department Note", """
ED PROVIDER NOTE
CC: buttock pain
54M ESRD on HD TTS, DM1 on insulin pump (abd), BMI 28. Here for severe L buttock pain. States he noticed a "bruise" on the L upper buttock on the 10th, it got bigger and turned black yesterday. Recent IM abx injections in that area (see phone note). No fevers. Denies fall.
Exam: afebrile. L upper outer buttock: stellate violaceous plaque about 7x5 cm w/ central necrosis, exquisitely tender, livedo at margins. No fluctuance, no crepitus. R buttock normal.
CT pelvis: subcutaneous vascular calcifications, no gas, no abscess.
ROS: remainder of 12-pt review neg. Skin: no rash.
MDM: ddx necrotizing soft tissue infection vs calciphylaxis at injection site vs injection-site hematoma. Surgery consulted - low suspicion for nec fasc. Admit medicine.
"""),
("2020-12-21", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 12/15/2020 Discharge 12/21/2020
Principal dx: Calciphylaxis, left buttock (biopsy-proven 12/17), arising at recent intramuscular ceftriaxone injection site.
Hospital course: Punch biopsy 12/17 showed thrombosed, calcified arterioles in the subcutis. Started IV sodium thiosulfate with HD, cinacalcet. Pain service for hydromorphone PCA then oral. Wound care daily. No infection. Insulin pump continued.
Dispo: home with HD TTS, wound clinic 12/28.
"""),
]},
{"patient_id": "V06", "age": 76, "sex": "F", "notes": [
("2023-02-21", "Home Health Nursing Visit", """
SN visit. Pt reports she tripped over the dog's bed yesterday and banged her L shin on the coffee table. Small 2 cm skin tear L anterior shin, cleaned, steri-strips, foam dressing. Bruising around it. VS stable. Pt on HD MWF, tolerating. Fall risk education reinforced, night light recommended.
"""),
("2023-03-28", "Wound Care Clinic", """
Wound clinic new pt.
76F ESRD on HD (MWF), PAF on warfarin (INR 2.6 today), no DM, BMI 24.
Referred for L shin wound. Per pt, the skin tear from her fall was healing but in early March the area became very painful, purple then black, and is now an open sore.
L anterior shin: 4.5 x 3.2 cm ulcer, 80% adherent black eschar, purpuric livedoid border, pain out of proportion. R leg intact. DP pulses palpable b/l. ABI 1.3 (noncompressible).
Plan: punch bx of the wound edge to sort out calciphylaxis from warfarin necrosis or an arterial ulcer. Non-adherent dressing. Discussed w/ nephrology.
"""),
("2023-04-04", "Wound Care Clinic", """
*** Interval history carried forward from 3/28/2023 visit ***
76F ESRD on HD (MWF), PAF on warfarin (INR 2.6 today), no DM, BMI 24.
Referred for L shin wound. Per pt, the skin tear from her fall was healing but in early March the area became very painful, purple then black, and is now an open sore.
*** end carried forward ***
Today: Bx L shin: calciphylaxis (calcified arterioles, thrombi, fat necrosis). Not warfarin necrosis pattern. Nephrology switching warfarin -> apixaban, starting STS. Wound 4.6 x 3.3 cm, unchanged. Continue dressing, no debridement for now.
"""),
]},
{"patient_id": "V07", "age": 49, "sex": "M", "notes": [
("2022-06-02", "Orthopedic Clinic", """
ORTHO
49M c/o R lateral foot pain after stepping off a curb wrong 5/30. XR: nondisplaced fx base of R 5th metatarsal. Tender 5th MT base, skin intact, no swelling of the calf.
PMH: ESRD on PD (CCPD), DM2 on insulin glargine into abdomen, obesity (BMI 41.5).
Plan: tall CAM walker boot R, WBAT, f/u 6 wks.
"""),
("2022-07-20", "Nephrology Clinic", """
PD clinic.
Pt c/o painful "blister" R leg x ~10 days. Wearing the tall walking boot since 6/2 (per ortho), strap sits at upper calf; says the top edge "digs in" and he hasn't taken it off at night.
Exam: R posterior upper calf at the upper rim of the boot: 5 x 2 cm linear indurated dusky plaque with central necrotic eschar and surrounding livedo; exquisite tenderness. L calf normal. R foot fx site nontender.
A: high suspicion for calciphylaxis at the boot pressure line in PD patient w/ Ca 10.4, Phos 7.9.
P: derm bx, ortho to change to low boot/post-op shoe, stop calcium binder.
"""),
("2022-07-27", "Dermatology Consult", """
Derm: punch bx R upper calf done 7/21 - path c/w calciphylaxis (vascular calcification, microthrombi). Diagnosis: calciphylaxis R calf, occurring at the site of pressure from the orthopedic boot. Plan STS via nephrology, wound care, keep all devices off the R calf.
"""),
]},
]
