"""Notes of patients X15-X20 (annotations/probe5): long dictated transcriptions, all invented."""

PATIENTS = [
    {
        "patient_id": "X15", "age": 66, "sex": "M",
        "notes": [
            ("2021-01-12", "Operative Report", """
OPERATIVE REPORT

DATE OF OPERATION: 01/12/2021.

PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis with recurrent biliary colic; calcified gallbladder wall on CT.

POSTOPERATIVE DIAGNOSIS: Chronic cholecystitis with cholelithiasis and partial mural calcification of the gallbladder.

PROCEDURE: Laparoscopic cholecystectomy with intraoperative cholangiogram.

SURGEON: Dr. Vandermeer. ASSISTANT: Dr. Osei.

ANESTHESIA: General endotracheal.

ESTIMATED BLOOD LOSS: 25 mL.

INDICATIONS: He is 66 and has had hemodialysis on Mondays, Wednesdays and Fridays since 2017 for kidney failure, using a fistula in the left upper arm, and has type 2 diabetes managed with linagliptin and diet and never on insulin, obesity with a BMI of 33.5, and coronary artery disease; he has had four emergency visits since September for right upper quadrant pain after fatty meals. Ultrasound showed multiple gallstones and a thick wall, and CT showed patchy calcification of the gallbladder wall raising the question of porcelain gallbladder, so cholecystectomy was recommended. He was dialyzed yesterday. He is not anticoagulated.

DESCRIPTION OF OPERATION: He lay supine on the table with the left arm and fistula padded and protected and no blood pressure cuff on that side. After induction the abdomen was clipped and prepped with chlorhexidine. A 12 mm supraumbilical incision was made and the peritoneum entered under direct vision with the Hasson technique; pneumoperitoneum to 15 mmHg was established. A 5 mm subxiphoid epigastric port and two 5 mm ports in the right upper quadrant along the right subcostal margin, one in the midclavicular line and one in the anterior axillary line, were placed under vision. The gallbladder was distended with a thick fibrotic wall and patchy plaques of calcification in the fundus, and omental adhesions were taken down with blunt dissection. The critical view of safety was obtained. A cholangiogram through the cystic duct showed free flow into the duodenum and no filling defects. The cystic duct and artery were clipped and divided, and the gallbladder was removed from the liver bed with electrocautery and extracted in a retrieval bag through the umbilical port, which had to be enlarged slightly. Hemostasis was confirmed. The umbilical fascia was closed with 0 Vicryl and the skin incisions with 4-0 Monocryl and skin glue.

FINDINGS: Chronic cholecystitis with multiple stones and focal calcification of the gallbladder wall; normal cholangiogram.

DISPOSITION: Extubated, to recovery in stable condition. He will be observed overnight and dialyzed tomorrow, with subcutaneous heparin into the arms for thromboprophylaxis and no NSAIDs.
"""),
            ("2021-02-24", "General Surgery Clinic Note", """
GENERAL SURGERY CLINIC FOLLOW-UP

HISTORY OF PRESENT ILLNESS: This 66-year-old hemodialysis patient returns six weeks after a laparoscopic cholecystectomy on 01/12/2021. Pathology showed chronic cholecystitis with dystrophic calcification of the wall and no malignancy. He recovered quickly at first and his biliary pain has resolved, but in early February he noticed that the skin around the more lateral right upper quadrant incision, the one at the anterior axillary line, had become dark purple and very painful, much more painful than the incision itself had ever been, and more recently a black scab has formed over the scar that is not healing. The other port sites, including the umbilical one, have healed without problem. His dialysis unit has been covering it with gauze. He has had no fever or drainage. He mentions that his calcium and phosphorus have been hard to control, that his nephrologist increased his calcitriol in December, and that he takes calcium carbonate tablets with every meal.

PHYSICAL EXAMINATION: Afebrile. Around the right anterior axillary line port scar on the right upper abdomen, just below the costal margin, there is a 6 by 5 cm indurated, exquisitely tender plaque with a lacy violaceous retiform border and a central 2 by 1.5 cm black dry eschar overlying the scar. The midclavicular right upper quadrant port, the subxiphoid port and the umbilical incision are healed with flat scars. The rest of the trunk and the legs are clear. Fistula thrill present.

PROCEDURE: With his consent, a 5 mm punch biopsy was taken today from the indurated margin, well clear of the eschar, after infiltration of 2 mL of 1% lidocaine, and closed with a single nylon suture.

ASSESSMENT AND PLAN: Painful necrotic plaque with retiform purpura arising at a laparoscopic port incision in a hemodialysis patient on calcium carbonate and calcitriol; calciphylaxis is the leading concern, with a deep wound infection or pyoderma gangrenosum less likely. Biopsy sent asking for a von Kossa stain. I have contacted his nephrologist today about stopping calcium and calcitriol. Dermatology referral is arranged for next week, and I will see him again after the biopsy result.
"""),
            ("2021-03-03", "Dermatology Clinic Letter", """
DERMATOLOGY CLINIC

Dear Dr. Vandermeer,

Thank you for referring this 66-year-old man on hemodialysis, who was seen today regarding the painful plaque at the right upper quadrant laparoscopic port site that you biopsied on 02/24/2021.

The biopsy report, which I reviewed with the pathologist, shows calcium laid down in the walls of tiny subcutaneous arterioles, intimal proliferation, occlusive microthrombi and adjacent fat necrosis, with positive von Kossa staining, and no neutrophilic dermatosis or infection. These findings establish the diagnosis of calciphylaxis.

On examination the eschar has enlarged slightly to 2.5 by 2 cm, still dry, with an indurated border of retiform purpura measuring 7 by 5 cm on the right upper abdomen, centered on the port scar. The biopsy site has healed. There are no lesions elsewhere, in particular not on the thighs, pannus or breasts.

Assessment: Calciphylaxis of the right upper abdomen localized to a surgical port incision, an example of a lesion forming at a site of skin trauma. His risk factors are dialysis dependence, calcium-based binders, active vitamin D, obesity and diabetes.

Plan: Sodium thiosulfate 25 g intravenously during the final hour of every dialysis run, starting this week; stop calcium carbonate and calcitriol, start sevelamer; cinacalcet per nephrology; keep the eschar dry under a nonadherent dressing; avoid unnecessary skin trauma to the abdomen; analgesia with hydromorphone as needed. I will see him in two weeks and coordinate with wound care. Yours sincerely, Dr. Achterberg, Dermatology.
"""),
        ],
    },
    {
        "patient_id": "X16", "age": 59, "sex": "M",
        "notes": [
            ("2024-05-21", "Urology Consultation", """
UROLOGY CONSULTATION

CHIEF COMPLAINT: Left flank pain and kidney stones.

HISTORY OF PRESENT ILLNESS: Mr. Ferreira-Lund, 59, has done continuous ambulatory peritoneal dialysis for kidney failure since 2021, and has type 2 diabetes on basal and prandial insulin, obesity and hypertension; he is referred by his nephrologist after two episodes of colicky left flank pain radiating to the groin in April, the second of which brought him to the emergency department, where noncontrast CT showed an 8 mm stone at the left ureteropelvic junction with moderate hydronephrosis, several additional nonobstructing calculi in both kidneys, and punctate medullary calcifications of both kidneys suggestive of nephrocalcinosis. He still makes about 500 mL of urine a day. He was given ketorolac in the emergency department once, which his nephrologist has asked us to avoid in future, and was discharged on tamsulosin, but the stone has not passed on repeat imaging. He has had no fevers. He has no skin complaints. He is worried about calcium because his mother, who was on dialysis for many years, died of calciphylaxis in 2009 after developing black ulcers on her legs, and he asks whether stones mean he is at risk for the same thing.

PAST MEDICAL HISTORY: ESRD from diabetic nephropathy on PD, type 2 diabetes since 2005, hypertension, obstructive sleep apnea, hyperlipidemia, and gout.

PAST SURGICAL HISTORY: Laparoscopic PD catheter placement in 2021, right inguinal hernia repair in 2015, and a left index finger laceration repaired in 2018 after a kitchen accident.

MEDICATIONS: Insulin glargine 36 units nightly, insulin aspart with meals, sevelamer carbonate, calcitriol 0.25 mcg daily, cinacalcet, carvedilol, atorvastatin, allopurinol and tamsulosin 0.4 mg daily.

ALLERGIES: No known drug allergies.

FAMILY HISTORY: Mother with ESRD and calciphylaxis; father with kidney stones and coronary disease; a brother with type 2 diabetes.

PHYSICAL EXAMINATION: Height 176 cm, weight 94 kg, BMI 30.4. Mild left costovertebral angle tenderness. The PD catheter exits in the left lower abdomen with a clean, dry exit site and no tenderness along the tunnel. The skin of the abdomen, thighs and legs is intact, showing faint bruises where he injects insulin into the abdomen, and no nodules, plaques or ulcers.

LABORATORY DATA: Calcium 9.6, phosphorus 5.9, PTH 410, uric acid 8.1, urinalysis with microscopic hematuria.

ASSESSMENT AND PLAN: Obstructing 8 mm left UPJ stone that has not passed, bilateral nonobstructing renal calculi and medullary nephrocalcinosis in a PD patient with residual renal function. Plan left ureteroscopy with laser lithotripsy and stent placement. Stone analysis and a 24-hour urine collection afterward. I explained that kidney stones and calciphylaxis are different conditions, although both relate to mineral metabolism, and that his risk of calciphylaxis is worth discussing with his nephrologist, who may reduce his calcitriol; he should report any painful skin lesions promptly and avoid injecting insulin into the same spot repeatedly.
"""),
            ("2024-06-04", "Operative Report", """
OPERATIVE REPORT

DATE OF PROCEDURE: 06/04/2024.

PREOPERATIVE DIAGNOSIS: Left ureteropelvic junction stone, 8 mm, with hydronephrosis; bilateral nephrolithiasis.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Cystoscopy, left retrograde pyelogram, left flexible ureteroscopy with holmium laser lithotripsy and basket extraction, and placement of a 6 French by 26 cm left double-J ureteral stent without a tether.

SURGEON: Dr. Castellano-Reyes.

ANESTHESIA: General via laryngeal mask airway.

ANTIBIOTICS: Cefazolin 2 grams intravenously before the procedure.

DESCRIPTION OF PROCEDURE: The patient's peritoneal dialysis fluid had been drained before he came to the operating room. He was placed in dorsal lithotomy with padding of the calves and heels, and the genitalia were prepped and draped. A rigid cystoscope was passed per urethra; the anterior and posterior urethra were normal, the prostate was mildly enlarged, and the bladder showed mild trabeculation without tumors or stones. The left ureteral orifice was cannulated with an open-ended catheter and a retrograde pyelogram showed a filling defect at the ureteropelvic junction with moderate hydronephrosis. A sensor guidewire was passed into the renal pelvis, and a ureteral access sheath was placed over it under fluoroscopy. The flexible ureteroscope was advanced to the UPJ, where a yellow-brown 8 mm stone was fragmented with the holmium laser at low energy and high frequency, and the fragments were removed with a nitinol basket. Two small calyceal stones in the lower pole were also treated. Final pyeloscopy showed no fragments larger than 1 mm and punctate papillary calcifications. The sheath was withdrawn under vision and showed no ureteral injury. A double-J stent was placed over the wire with a good curl in the kidney and bladder.

FINDINGS: Calcium oxalate-appearing stone at the left UPJ; papillary plaques; normal ureter.

PLAN: Home today after voiding; PD can resume tonight with small volumes; tamsulosin for stent discomfort; stent removal in the office in one week; stone analysis sent; no NSAIDs. He was counseled again about calcium and phosphate control.
"""),
        ],
    },
]

PATIENTS += [
    {
        "patient_id": "X17", "age": 82, "sex": "F",
        "notes": [
            ("2022-09-14", "Vascular Surgery Consultation", """
VASCULAR SURGERY CONSULTATION

REASON FOR CONSULTATION: Non-healing ulcer of the left ankle.

HISTORY OF PRESENT ILLNESS: Mrs. Lindqvist-Borg, 82, has been dialyzed for six years through a right arm fistula for kidney failure, and has type 2 diabetes for which she injects insulin, atrial fibrillation on warfarin, coronary artery disease with bypass surgery in 2009, and peripheral arterial disease with a right below-knee amputation in 2019; she was admitted from her dialysis unit with a painful ulcer on the outside of the left ankle that started in early July as a dark purple painful spot just above the lateral malleolus and has slowly enlarged and deepened despite dressings at dialysis. The pain is severe, worse at night, and she sleeps in her recliner with the leg down. She uses a wheelchair and says the left ankle sometimes knocks against the footplate, though she cannot recall a specific injury before the spot appeared. Her daughter says she has lost weight and is eating poorly.

PAST MEDICAL HISTORY: As above, plus heart failure with reduced ejection fraction, hypothyroidism, macular degeneration, and a history of a left femoral to popliteal bypass in 2017 which is now occluded.

MEDICATIONS: Warfarin, insulin glargine 12 units daily, metoprolol, atorvastatin, sevelamer, cinacalcet, levothyroxine, and oxycodone as needed.

ALLERGIES: Penicillin.

PHYSICAL EXAMINATION: Frail elderly woman in a wheelchair. Right below-knee amputation stump healed. The left foot is cool with dependent rubor and pallor on elevation; no palpable pulses below the femoral, and Doppler signals are monophasic at the dorsalis pedis and absent at the posterior tibial. A punched-out 4 by 3 cm ulcer sits over the left lateral malleolus with a pale, dry base partly covered by black eschar, and a surrounding 2 cm zone of violaceous mottling with a faintly net-like pattern; the skin of the shin is shiny and hairless. Thighs, abdomen and buttocks: clear.

STUDIES: Ankle pressures are noncompressible; toe pressure on the left is 18 mmHg. Foot radiographs show heavily calcified tibial and pedal arteries and no osteomyelitis.

ASSESSMENT AND PLAN: Painful ulcer of the left lateral ankle in a patient with critical limb ischemia. The most likely diagnosis is an ischemic arterial ulcer; however, in a woman on hemodialysis taking warfarin with a livedoid border, calciphylaxis is on the differential and cannot be excluded. A biopsy at this site would be unlikely to heal with a toe pressure of 18, so I do not recommend one until perfusion is addressed. Plan diagnostic angiography of the left leg through a right femoral access to look for an endovascular option. Continue warfarin for now.
"""),
            ("2022-09-28", "Discharge Summary", """
DISCHARGE SUMMARY

ADMISSION DATE: 09/12/2022. DISCHARGE DATE: 09/28/2022.

DIAGNOSES: Chronic limb-threatening ischemia of the left leg with a left lateral ankle ulcer; possible calciphylaxis, not confirmed. ESRD, dialyzed. Type 2 diabetes, on insulin. Atrial fibrillation. Protein-calorie malnutrition.

HOSPITAL COURSE: The patient was admitted for evaluation of a painful left lateral ankle ulcer. Left leg angiography on 09/16/2022 showed an occluded superficial femoral artery and occluded bypass graft with diffusely calcified, occluded tibial arteries reconstituting only a diseased peroneal artery at the ankle, with no endovascular or surgical revascularization option. The right groin access site developed a small hematoma that resolved without treatment. Dermatology saw her and noted that the livedoid border and severe pain keep calciphylaxis in the differential, with an arterial ulcer from end-stage peripheral arterial disease being equally or more likely, and offered a punch biopsy from the edge, but after a long family meeting the patient declined the biopsy and declined an above-knee amputation, and chose comfort-focused care. Sodium thiosulfate was discussed and not started, in keeping with her wishes. Warfarin was stopped. The diagnosis of calciphylaxis therefore remains a possibility that was never confirmed or excluded. Pain has been controlled with hydromorphone and a fentanyl patch, and she has been enrolled in hospice with a plan to continue dialysis twice weekly for comfort for now.

DISCHARGE MEDICATIONS: Fentanyl patch 12 mcg/h, hydromorphone as needed, insulin glargine 8 units daily, metoprolol, levothyroxine, senna.

DISPOSITION: Home with hospice and her daughter; dressings to the ankle with a nonadherent foam daily by hospice nursing.
"""),
        ],
    },
    {
        "patient_id": "X18", "age": 67, "sex": "F",
        "notes": [
            ("2018-03-20", "Dermatology Clinic Letter", """
DERMATOLOGY CLINIC LETTER

Dear Dr. Haddad,

Re: Mrs. Renata Vukovic, date of visit 03/20/2018.

Thank you for referring this 67-year-old woman, who has been on hemodialysis since 2014 for kidney failure due to chronic glomerulonephritis, with type 2 diabetes controlled on linagliptin alone and never on insulin, and paroxysmal atrial fibrillation for which she took warfarin from 2013 until 2016, when she was switched to apixaban after a gastrointestinal bleed.

HISTORY: She has suffered for about two years from generalized itching that is worst on her back and arms and during and after dialysis, keeping her awake most nights; she scratches with a back scratcher and her nails, and has developed numerous hard itchy bumps on her forearms and upper back. Since January she has also had tense blisters on the backs of both hands and fingers that appear after minor knocks, burst, and leave fragile skin and tiny white cysts. She takes furosemide 80 mg twice daily for residual urine output and naproxen occasionally for her knees, which she buys over the counter. She has had no painful nodules, no black areas and no wounds on her legs or abdomen.

EXAMINATION: BMI 27.0. There are dozens of excoriated, firm, dome-shaped hyperkeratotic nodules 0.5 to 1.5 cm across on the extensor forearms, upper arms and upper back, sparing the mid-back, which she cannot reach, the so-called butterfly sign, along with linear excoriations and crusts. On the dorsal hands and fingers there are two intact tense bullae, several erosions and crusted areas, milia, and atrophic scars; there is no hypertrichosis of the face and no sclerodermoid change. The abdomen, thighs and lower legs show only xerosis; I find no retiform purpura, livedo, necrotic eschar or indurated plaque anywhere that would point to calciphylaxis. The left forearm fistula is functioning.

ASSESSMENT: One, uremic pruritus with prurigo nodularis from chronic scratching. Two, a blistering eruption of the dorsal hands, porphyria cutanea tarda versus pseudoporphyria related to furosemide or naproxen in a dialysis patient.

PLAN: Plasma porphyrins, since urine studies are unreliable with her low urine output; hepatitis C and iron studies. Stop naproxen. Clobetasol ointment to the nodules under occlusion at night, emollients twice daily, and narrowband UVB phototherapy three times weekly on non-dialysis days if she can manage the travel; I have also asked the dialysis unit to review her dialysis adequacy and phosphate. Intralesional triamcinolone injections into the largest nodules of the forearms can be considered at follow-up. Sun protection for the hands. Review in seven weeks. Yours sincerely, Dr. Okafor.
"""),
            ("2018-05-08", "Dermatology Follow-up Note", """
DERMATOLOGY FOLLOW-UP

SUBJECTIVE: Mrs. Vukovic returns seven weeks after her first visit for uremic pruritus with prurigo nodularis and a blistering eruption of the hands. She stopped naproxen in March. Her plasma porphyrin scan was normal, as were her ferritin and hepatitis C antibody. She has had twelve sessions of narrowband UVB and the itching is about half as bad, and she sleeps through the night most nights. No new blisters have appeared on the hands in the last four weeks, although she bumped her right hand on a kitchen cupboard in April, which left a small bruise. Her dialysis prescription was increased to four hours and her phosphorus is now 5.2.

OBJECTIVE: The prurigo nodules of the forearms and upper back are flatter, with fewer excoriations. The dorsal hands show milia and healed pink atrophic scars without active bullae or erosions. A small resolving ecchymosis is present on the back of the right hand. There are no new lesions elsewhere, and the legs and trunk remain free of purpura, plaques or ulcers.

PROCEDURE: Intralesional triamcinolone acetonide 5 mg/mL, 0.1 to 0.2 mL per nodule, was injected into six of the largest nodules on the left and right extensor forearms after cleansing with alcohol, total 1 mL. She tolerated it well.

ASSESSMENT: Pseudoporphyria from naproxen or furosemide, resolved after stopping naproxen, with a normal porphyrin scan excluding porphyria cutanea tarda. Uremic pruritus with prurigo nodularis, improving on phototherapy.

PLAN: Continue narrowband UVB for a further six weeks, emollients, and clobetasol at night to any remaining nodules. She should avoid naproxen and other NSAIDs. If itching returns, difelikefalin with dialysis may be considered by her nephrologist. Return in three months.
"""),
        ],
    },
]

PATIENTS += [
    {
        "patient_id": "X19", "age": 79, "sex": "F",
        "notes": [
            ("2019-05-03", "Internal Medicine Admission History and Physical", """
ADMITTING NOTE, GENERAL MEDICINE

CHIEF COMPLAINT: Black painful sore on the left shin after a fall.

HISTORY OF PRESENT ILLNESS: Mrs. Castellani, 79, has needed hemodialysis since 2016 for kidney failure, through a left arm fistula, and also has atrial fibrillation on warfarin, hypertension, and osteoporosis with a prior right hip fracture; she is admitted from the dialysis unit for pain control and evaluation of a leg wound. On 04/20/2019 she tripped over the edge of a rug at home and struck the front of her left shin hard on the corner of a wooden coffee table, which produced a painful scrape about 3 cm long with some bruising that her daughter cleaned and covered. It seemed to be healing at first, but around April 28 the area around the scrape turned a dark purple, became much more painful than the original injury, and spread into a mottled patch, and over the last few days the center has turned black and hard. She has no diabetes. She has no other wounds. The dialysis nurses report that she has been on calcium acetate for years and that her phosphorus has been above 6 for several months.

PAST MEDICAL HISTORY: ESRD secondary to renovascular disease, atrial fibrillation, hypertension, hypothyroidism, osteoporosis, right hip hemiarthroplasty in 2017, cataract surgery both eyes, and mild cognitive impairment.

MEDICATIONS: Warfarin 3 mg daily, calcium acetate 667 mg two tablets per meal, calcitriol 0.5 mcg at each dialysis, levothyroxine, amlodipine, and alendronate, which was stopped last year.

ALLERGIES: Erythromycin.

SOCIAL HISTORY: Shares a house with her daughter, walks with a four-wheeled walker, never smoked.

REVIEW OF SYSTEMS: No fevers, no chest pain, no bleeding. She has poor sleep because of the leg pain.

PHYSICAL EXAMINATION: Temperature 36.8, blood pressure 148/70, pulse 78 irregular. BMI 24.1. At the junction of the middle and lower thirds of the left anterior shin is a 5 by 4 cm firm, exquisitely tender violaceous plaque with a stellate, net-like purpuric border and a central 2.5 by 2 cm black eschar overlying the healed line of the scrape. There is a faint resolving yellow bruise on the left forearm from the same fall. The right leg, both thighs and the abdomen are free of lesions. Pedal pulses are palpable. The fistula has a thrill.

LABORATORY DATA: INR 2.9, calcium 9.9, phosphorus 6.6, PTH 380, albumin 3.2, white count 7.4.

ASSESSMENT AND PLAN: Necrotic plaque with retiform purpura on the left shin, which developed where she recently abraded the skin, in a woman on hemodialysis taking warfarin, calcium acetate and calcitriol. Calciphylaxis is the main concern; warfarin-induced skin necrosis and an infected traumatic wound are also possible. Dermatology consult for biopsy. Calcium acetate and calcitriol are stopped; sevelamer begins. Discuss warfarin with cardiology and nephrology. Acetaminophen and low-dose hydromorphone for pain. Fall precautions and physical therapy.
"""),
            ("2019-05-07", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION

REQUESTING SERVICE: Internal medicine.

REASON: Necrotic plaque of the left shin, biopsy result.

HISTORY: This 79-year-old woman on hemodialysis and warfarin fell on 04/20/2019 and scraped her left shin on a coffee table, and from around April 28 a painful purple plaque developed around the healing scrape and later became necrotic. We saw her on 05/04/2019 and took a 6 mm punch biopsy and an adjacent deep incisional wedge at the plaque's border under lidocaine.

PATHOLOGY: The deep specimen shows circumferential calcification of small arteries and arterioles in the subcutaneous fat with intimal thickening, microthrombi, and necrosis of the overlying dermis, and von Kossa staining highlights fine calcium deposits along the fat lobules and the elastic fibers. Vasculitis is absent, and special stains show neither bacteria nor fungi. These findings are diagnostic of calciphylaxis.

EXAMINATION TODAY: The plaque on the left anterior shin is now 6 x 4 cm; a black eschar occupies the middle and retiform purpura the rim; the biopsy sites are sutured and without drainage. No new lesions on the legs, thighs, buttocks or trunk.

ASSESSMENT: Calciphylaxis of the left shin, proven on biopsy, which began in the scrape eight days after the injury, in keeping with the Koebner-like behavior described in calciphylaxis. Risk factors include hemodialysis, warfarin, calcium-based binder, active vitamin D and hyperphosphatemia.

RECOMMENDATIONS: Sodium thiosulfate 25 grams intravenously after each dialysis. In agreement with cardiology, stop warfarin and start apixaban, 2.5 mg morning and evening. Continue sevelamer and hold calcitriol. Wound care: keep the eschar dry with a bordered foam dressing and protect the legs from further bumps with padded shin guards and a clutter-free home; no debridement now. Pain control as per the primary team. Outpatient dermatology follow-up in two weeks.
"""),
        ],
    },
    {
        "patient_id": "X20", "age": 61, "sex": "F",
        "notes": [
            ("2025-03-04", "Breast Surgery Consultation", """
BREAST SURGERY CONSULTATION

REASON FOR VISIT: Abnormal mammogram; needle biopsy showing DCIS, right breast.

HISTORY OF PRESENT ILLNESS: Ms. Adebayo-Strand is a 61-year-old postmenopausal woman whose annual screening mammogram on 02/03/2025 showed a new 14 mm cluster of fine pleomorphic microcalcifications in the upper outer quadrant of the right breast at 10 o'clock, BI-RADS 4C, as well as scattered benign vascular calcifications in both breasts and stable coarse dystrophic calcifications in the left breast. A stereotactic vacuum-assisted biopsy of the right breast on 02/12/2025 showed DCIS, intermediate nuclear grade, with comedo-type necrosis and associated calcifications, estrogen receptor positive. She had a small hematoma at the biopsy site for which she used an ice pack for a couple of days, and it has resolved. She has no palpable lumps, nipple discharge or skin changes. Her breast history also includes a bilateral reduction mammoplasty in 2010, after which she had a firm lump in the lower inner left breast that was biopsied in 2012 and proved to be fat necrosis, and which accounts for the dystrophic calcifications on the left.

PAST MEDICAL HISTORY: Type 2 diabetes on metformin and semaglutide weekly injections, hypertension, hyperlipidemia, and osteoarthritis. Normal kidney function, with a creatinine of 0.8. She has never taken insulin or warfarin.

PAST SURGICAL HISTORY: Reduction mammoplasty 2010, excisional biopsy of the left breast 2012, laparoscopic tubal ligation, and a left wrist fracture fixed with a plate in 2020 after a fall on ice.

MEDICATIONS: Metformin 1,000 mg twice daily, semaglutide 1 mg subcutaneously weekly, lisinopril, rosuvastatin.

ALLERGIES: No known drug allergies.

FAMILY HISTORY: Maternal aunt with breast cancer at age 70. No known BRCA mutation in the family.

PHYSICAL EXAMINATION: Height 165 cm, weight 78 kg, BMI 28.6. The breasts show well-healed anchor-shaped reduction scars bilaterally, a small firm scar-like area in the lower inner left breast, and a healing biopsy puncture in the right upper outer quadrant with faint residual yellow bruising; no masses, no skin retraction, no axillary or supraclavicular adenopathy.

ASSESSMENT AND PLAN: Right breast DCIS, intermediate grade, ER positive, about 14 mm in extent on imaging. We discussed breast-conserving surgery with wire localization followed by radiation versus mastectomy, and she chose lumpectomy. Sentinel node biopsy is not needed for DCIS treated with lumpectomy. Surgery is scheduled for 03/25/2025. She will hold metformin on the morning of surgery and take half of her usual semaglutide dose the week before.
"""),
            ("2025-03-25", "Operative Report", """
OPERATIVE REPORT

OPERATION DATE: 03/25/2025.

PREOPERATIVE DIAGNOSIS: DCIS, right breast.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right breast wire-localized partial mastectomy with specimen radiography and placement of surgical clips.

SURGEON: Dr. Marchetti.

ANESTHESIA: General via laryngeal mask airway, with a pectoral nerve block placed by anesthesia.

ESTIMATED BLOOD LOSS: 15 mL.

DESCRIPTION OF OPERATION: Earlier this morning a localization wire had been placed under mammographic guidance by radiology into the right upper outer quadrant lesion, bracketing the biopsy clip and calcifications. In the operating room the patient was placed supine with the right arm abducted on an arm board, and after induction the right breast and axilla were prepped and draped with the wire included in the field. The incision site was infiltrated with 10 mL of 0.25% bupivacaine with epinephrine. A curvilinear incision was made over the upper outer quadrant along the existing reduction scar, and skin flaps were raised. Using the wire as a guide, the tissue containing the lesion was excised with a margin of about 1 cm in all directions down to the pectoralis fascia and oriented with sutures. Specimen radiography confirmed the biopsy clip, the wire tip and the cluster of calcifications within the specimen, well away from the inked margins. Additional shave margins were taken from the superior and lateral cavity walls. Titanium clips were placed to mark the cavity for radiation planning. The cavity was irrigated, hemostasis was confirmed, the deep breast tissue was reapproximated with 3-0 Vicryl, and the skin was closed with a 4-0 subcuticular Monocryl and skin glue.

FINDINGS: Firm tissue in the upper outer quadrant around the wire; some fat necrosis at the old reduction scar; no palpable mass.

PLAN: Discharge home today with a supportive surgical bra, ice packs to the right breast for 20 minutes at a time over the bra for the first 48 hours, acetaminophen and ibuprofen, and review in clinic in ten days with the pathology, followed by a radiation oncology referral.
"""),
        ],
    },
]
