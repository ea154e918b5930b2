"""Notes of V08-V12 (calciphylaxis yes, Koebner no)."""
# ruff: noqa: E501  (note texts are data: their lines are kept as written)
PATIENTS = [
{"patient_id": "V08", "age": 60, "sex": "F", "notes": [
("2021-05-24", "Patient Portal Message", """
Hello, this is Deb. Since about the middle of this month there's a sore spot on the inside of my left thigh that is hard like a rock and now it has a black scab on it about as big as a quarter. It is not from anything I did, I didnt bump it. It hurts more than my fistula surgery did. Can someone look at it at dialysis Wednesday? thanks
"""),
("2021-05-27", "Nursing Admission Note", """
Admitted from HD unit for pain control + eval of L medial thigh wound. A&Ox4. L inner thigh: 3 x 3 cm black eschar w/ violaceous indurated rim, pain 9/10. No other skin breakdown, Braden 19. Home meds reconciled: insulin lispro sliding scale (arms), sevelamer, warfarin for mechanical AVR. SCDs declined, pt on warfarin -> bridging per cardiology.
"""),
("2021-06-08", "Discharge Summary", """
DISCHARGE SUMMARY  05/27/2021 - 06/08/2021
Dx: 1. Calciphylaxis L medial thigh, bx-proven 5/28. 2. ESRD on HD MWF. 3. DM2. 4. Mechanical aortic valve.
Course: L thigh lesion (onset mid-May per pt) biopsied 5/28 - calciphylaxis. Warfarin held 5/29 given association; anticoagulation bridged with enoxaparin 1 mg/kg injected SC into the L and R thighs from 5/29 (abdomen avoided per pt preference). L thigh eschar debrided in the OR 6/3. STS with HD. BMI 29.4.
D/c: apixaban not an option (mech valve) - resumed warfarin with close INR monitoring after d/w cardiology. Wound care 3x/wk.
"""),
]},
{"patient_id": "V09", "age": 63, "sex": "F", "notes": [
("2019-09-16", "Internal Medicine History and Physical (dictated)", """
HOSPITALIST ADMISSION NOTE - INTERNAL MEDICINE

ADMITTED: 09/16/2019
ATTENDING: Dr. Halvorsen
SOURCE: Emergency department, history from the patient and her daughter.

CHIEF COMPLAINT: "My legs are on fire."

HISTORY OF PRESENT ILLNESS: Ms. Q is 63 and dialyzes Monday, Wednesday and Friday through a left upper arm graft for kidney failure; other problems are type 2 diabetes needing insulin, obesity and diastolic heart failure (HFpEF). She comes in with six weeks of progressive pain in both thighs. She first felt a deep ache in the outer right thigh in early August 2019, and a week or two later the outer left thigh became similarly painful. Over the last ten days dark, lace-like discoloration has developed over both outer thighs and two areas have become hard and black. She has had chills but no measured fever. All of her insulin, both the glargine and the aspart, goes into the abdomen, rotating around the umbilicus, and she was emphatic that she has never injected into the legs. She does not use ice packs or heat. She had a mechanical fall in her bathroom in June 2019 and struck the left side of her forehead and her left knee, without lasting injury. In July she had a peripheral intravenous catheter in the right hand during an outpatient cardiology infusion. She has not had any surgery on the legs. She last had dialysis this morning with 3 liters of ultrafiltration. She reports nausea for two days, a poor appetite, and constipation. She denies chest pain, melena, hematemesis or urinary symptoms, and she produces very little urine.

PAST MEDICAL HISTORY:
1. End-stage renal disease from diabetic nephropathy, hemodialysis since March 2016.
2. Type 2 diabetes mellitus for 22 years, on insulin since 2012, hemoglobin A1c 7.9 percent in July.
3. HFpEF, EF 60 percent on echo April 2019.
4. Obesity.
5. Obstructive sleep apnea on CPAP.
6. Hypothyroidism.
7. Diabetic retinopathy status post laser to both eyes.
8. Depression.

PAST SURGICAL HISTORY: Left upper arm arteriovenous graft in 2016 with a thrombectomy in 2018. Cholecystectomy 2004. Cesarean section times two. Right carpal tunnel release 2011.

MEDICATIONS: Insulin glargine 30 units nightly, insulin aspart 6 units with meals, sevelamer 1600 mg with meals, calcium carbonate as needed for heartburn, cinacalcet 60 mg daily, levothyroxine 100 mcg, sertraline 50 mg, torsemide 40 mg on non-dialysis days, atorvastatin 40 mg, epoetin with dialysis. No anticoagulants; warfarin has never been prescribed for her.

ALLERGIES: Penicillin (rash).

SOCIAL HISTORY: Lives with her daughter. Retired school cafeteria worker. Never smoker. No alcohol.

FAMILY HISTORY: Mother with diabetes and kidney failure. Brother with lupus.

REVIEW OF SYSTEMS: Pertinent positives above, plus chronic low back pain and numbness in both feet. Negative for rash elsewhere, joint swelling, oral ulcers, hair loss or cough.

PHYSICAL EXAMINATION:
VITAL SIGNS: Temperature 37.6, heart rate 96, blood pressure 152/78, respiratory rate 18, oxygen saturation 97 percent on room air. Weight 112 kg. Height 165 cm. BMI 41.1.
GENERAL: Uncomfortable, lying very still.
HEENT: Pupils equal. Healed scar over the left eyebrow. Mucous membranes moist.
NECK: No jugular venous distension.
CARDIAC: Regular rhythm, soft systolic murmur at the left sternal border.
LUNGS: Clear.
ABDOMEN: Obese and soft. Lipohypertrophy around the umbilicus from insulin injections with scattered small bruises; no plaques, no induration, no discoloration on the abdomen.
EXTREMITIES: Left upper arm graft with a thrill. Trace edema of the ankles. Left knee with normal skin.
SKIN: Bilateral lateral thighs with broad livedo racemosa extending from the hip to just above the knee, and within it on the right lateral thigh a stellate, indurated purple plaque of 6 by 4 cm whose center is a black eschar, and on the left lateral thigh a 4 x 3 cm similar plaque with early necrosis. Both are exquisitely tender to light touch. The buttocks, calves and arms are clear.
NEUROLOGIC: Decreased monofilament sensation in both feet; otherwise nonfocal.

LABORATORY DATA: White blood cells 12.4, hemoglobin 9.6, platelets 241. Sodium 134, potassium 5.3, bicarbonate 21, BUN 52, creatinine 8.8, glucose 211, calcium 9.4, phosphorus 7.1, albumin 3.0. Intact PTH 520. C-reactive protein 88. Blood cultures pending. Lactate 1.4.

IMAGING: Radiographs of both femurs with extensive calcification of the small and medium arteries of the thighs, no bony lesion.

ASSESSMENT AND PLAN:
1. Painful bilateral lateral thigh plaques with livedo and eschar in a patient on hemodialysis: this looks like classic calciphylaxis in a proximal, adipose-rich distribution. She has no history of trauma or injection to the thighs. Dermatology plans an incisional biopsy, deep to fat, in the morning; sodium thiosulfate once histology confirms. Stop calcium carbonate. Pain regimen with hydromorphone adjusted for renal failure.
2. Possible early cellulitis cannot be excluded given low-grade temperature and leukocytosis; start vancomycin dosed with dialysis pending cultures.
3. End-stage renal disease: hemodialysis per renal tomorrow.
4. Diabetes: continue basal insulin at reduced dose, correction scale.
5. HFpEF: manage volume with ultrafiltration.
6. Hypothyroidism, depression: continue home medications.
7. Prophylaxis: heparin 5000 units subcutaneously every 8 hours, to be given in the arms, not the thighs.
Code status: full; she confirmed this herself.
"""),
("2019-09-19", "Pathology Report", """
Right lateral thigh (incisional biopsy, skin with fat):
- Calciphylaxis. Small arterioles within the subcutaneous fat show circumferential calcium deposits; luminal thrombi; adjacent fat necrosis.
- No vasculitis. Tissue gram stain and culture negative.
"""),
]},
{"patient_id": "V10", "age": 69, "sex": "M", "notes": [
("2018-03-02", "Vascular Surgery Clinic", """
Vasc surg clinic. 69M, HD MWF, DM2 (oral agents only, no insulin), former smoker, BMI 30.8.
CC: R calf wound, painful, x ~5 wks (since late January).
Has put a heating pad against his L calf for cramps "for years" - mottled brown net pattern L calf, no open skin. Denies trauma to R leg.
R posterior calf: eschar 5x4 cm w/ violaceous border. Pulses: DP/PT dopplerable b/l.
Imp: arterial vs calciphylaxis. Arterial duplex ordered. Pt has been icing the R calf wound since it opened b/c "it throbs".
"""),
("2018-03-20", "Operative Note (dictated)", """
OPERATIVE REPORT

DATE OF OPERATION: 03/20/2018
SURGEON: Dr. Lindqvist
ASSISTANT: Dr. Mbeki, PGY-3
PREOPERATIVE DIAGNOSIS: Nonhealing necrotic wound of the right posterior calf, suspected calciphylaxis.
POSTOPERATIVE DIAGNOSIS: Same, with extensive subcutaneous fat necrosis.
PROCEDURES PERFORMED:
1. Excisional debridement of the right posterior calf wound including skin, subcutaneous tissue and fascia, 42 square centimeters.
2. Excisional biopsy of the wound margin for histology, von Kossa stain and culture.
3. Application of negative pressure wound therapy device, 125 mmHg continuous.
ANESTHESIA: General endotracheal anesthesia, laryngeal mask.
ESTIMATED BLOOD LOSS: 60 mL.
FLUIDS: 500 mL crystalloid.
DRAINS: None.
SPECIMENS: Calf margin to pathology; deep tissue to microbiology.
COMPLICATIONS: None apparent.
INDICATIONS: This 69-year-old man on hemodialysis presented with a painful eschar of the right posterior calf that began in late January 2018. Arterial duplex on 03/06/2018 showed monophasic but patent tibial flow without a focal stenosis amenable to intervention, with heavily calcified vessels. Given persistent pain and a wet, foul eschar, he consented to debridement and biopsy. Risks including bleeding, infection, nonhealing, need for further surgery, anesthetic complications and limb loss were reviewed.
DESCRIPTION OF PROCEDURE: The patient was identified in the preoperative area and the right leg marked. He was brought to the operating room and placed prone after induction of anesthesia, with all pressure points, including both elbows, knees and the chest, carefully padded. A tourniquet was not used. The right leg was prepped and draped in standard sterile fashion. Time-out was performed. The eschar measured 7 x 6 cm, with a rim of dusky indurated skin. Sharp excision with a 10-blade and curved Mayo scissors was carried through necrotic subcutaneous fat to the fascia, which was partially necrotic and was excised until bleeding tissue was reached. The gastrocnemius muscle was healthy, contracted to stimulation and was preserved. A 1 cm ellipse of the superior margin including viable-appearing skin was sent separately for histology. Hemostasis was achieved with electrocautery and topical thrombin. The wound was irrigated with 3 liters of saline through low-pressure pulse lavage. The final defect measured 7 x 6 cm with a healthy-appearing base. The negative pressure device was applied with black foam and an occlusive drape, and a good seal was confirmed. The patient was turned supine, awakened and taken to recovery in stable condition. Of note, the left calf had a reticulated brown discoloration consistent with erythema ab igne, with intact skin and no induration; the left leg was not operated on.
DISPOSITION: Return to the ward. Dialysis tomorrow per nephrology. Wound device changes three times per week.
"""),
("2018-03-26", "Pathology Report", """
R posterior calf margin, excision: calciphylaxis - small vessels of the subcutis calcified in the media and thrombosed; fat necrosis. Deep tissue culture: no growth.
"""),
]},
{"patient_id": "V11", "age": 57, "sex": "F", "notes": [
("2025-01-13", "Dialysis Rounds", """
HD rounds (MWF). Pt c/o painful hard area on lower abd x 1 mo. Not on insulin - DM2 on linagliptin. No injections in abd (no SC heparin, EPO given IV w/ HD). Denies heating pads, ice, tight belts or trauma to the area.
Exam: suprapubic/lower abd pannus: livedo around a 7x5 cm violaceous, indurated plaque, 2 small central ulcers. BMI 47.
A/P: ?calciphylaxis vs panniculitis. Derm referral. Avoid heating pads/ice to the area, avoid injections in the abdomen.
"""),
("2025-01-22", "Dermatology Consult", """
Dermatology
Lower abdominal pannus: retiform purpura with two ulcers, 8 x 5 cm. Classic appearance. Punch bx x2.
Past: warfarin never. Insulin never. No injections, surgery or other procedures on the abdomen, ever.
Impression: calciphylaxis of the pannus, biopsy to confirm.
"""),
("2025-01-29", "Dermatology Follow-up", """
Path: calciphylaxis (calcified small vessels, thrombi, fat necrosis). Dx confirmed. Started STS, wound care. Discussed that if she ever needs insulin injections belong in her upper arms rather than the abdomen.
"""),
]},
{"patient_id": "V12", "age": 66, "sex": "F", "notes": [
("2017-11-06", "Breast Surgery Clinic", """
Breast surgery f/u s/p R breast US-guided core bx 10/23/17 (benign fibroadenoma). Pt c/o itchy red rectangle on the R breast where the adhesive dressing was - tape irritation, resolving. No open skin. Dialyzes TTS. Insulin-treated DM2, injects thighs. On warfarin for DVT.
"""),
("2017-12-11", "Dermatology Consult", """
DERM CONSULT
66F, HD TTS, DM2 on insulin, warfarin, BMI 38.
New exquisitely painful lesion on the LEFT breast, lower inner quadrant, x 3 wks. R breast: faint residual hyperpigmentation at old tape site, no lesion.
Exam: L breast 4 cm stellate necrotic plaque with livedo. Nothing on R breast. Thighs at insulin sites: lipohypertrophy, no lesions.
A: calciphylaxis favored vs warfarin necrosis. Bx L breast.
"""),
("2017-12-18", "Dermatology Follow-up", """
Bx L breast: calciphylaxis, confirmed by von Kossa. No findings of warfarin necrosis. Plan STS, warfarin -> apixaban, wound care L breast.
"""),
]},
]
