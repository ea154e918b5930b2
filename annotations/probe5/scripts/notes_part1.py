"""Notes of patients X01-X07 (annotations/probe5): long dictated transcriptions, all invented."""

PATIENTS = [
    {
        "patient_id": "X01", "age": 70, "sex": "M",
        "notes": [
            ("2023-04-11", "Dermatology Consultation", """
DERMATOLOGY INPATIENT CONSULTATION

REQUESTING PHYSICIAN: Dr. Oyelaran, Cardiology.

REASON FOR CONSULTATION: Purple discoloration of both feet, rule out calciphylaxis.

HISTORY OF PRESENT ILLNESS: This 70-year-old gentleman, whose kidneys failed in 2018 and who dialyzes Monday Wednesday Friday through a left brachiocephalic fistula, also has hypertension, hyperlipidemia and severe aortic stenosis, and was admitted on 03/28/2023 with exertional chest pressure and underwent left heart catheterization through the right femoral artery on 03/29/2023 which showed a heavily calcified left anterior descending artery with an 80 percent lesion that was treated with a drug-eluting stent, and the cardiology team noticed on 04/06/2023 that his toes had become dusky and painful, and since then a lacy purple mottling has spread up over the tops of both feet and onto the distal shins, and because he is a dialysis patient with a phosphorus of 6.9 the question of calciphylaxis was raised and we were asked to see him. He reports burning pain in the toes which is worse at night, denies fevers, denies any new medications other than clopidogrel and atorvastatin 80 mg, and states that he has never injected anything into his legs. He has no diabetes and has never needed insulin or any other injections at home.

PAST MEDICAL HISTORY: Kidney failure due to hypertensive nephrosclerosis, aortic stenosis with a peak velocity of 4.3 m/s, his coronary disease as described, gout, benign prostatic hyperplasia, and a remote appendectomy.

MEDICATIONS: Aspirin 81 mg daily, clopidogrel 75 mg daily, atorvastatin, sevelamer 800 mg three times a day with meals, cinacalcet 30 mg daily, tamsulosin, and allopurinol 100 mg after dialysis. No anticoagulants at home.

ALLERGIES: Hives after iodinated contrast; he received steroid premedication before the catheterization.

SOCIAL HISTORY: He repaired city buses for thirty years; stopped smoking in 2005; does not drink.

PHYSICAL EXAMINATION: Afebrile. Both feet show blue-violet discoloration of the second through fifth toes with a few small dark purpuric macules on the toe pads, and a reticulated violaceous network extends over the dorsal feet and the distal third of both shins and blanches partly with pressure; there are no ulcers, no eschar and no indurated plaques, and the dorsalis pedis pulses are palpable bilaterally. The right groin access site is soft without hematoma or bruit. Abdomen, thighs and trunk are clear.

ASSESSMENT AND PLAN: Livedo reticularis and blue toes developing one week after an arterial catheterization in a patient with diffuse atherosclerosis are most suggestive of cholesterol crystal embolization, and calciphylaxis is less likely given the acral distribution and the absence of painful indurated plaques, but it cannot be excluded on clinical grounds alone in a hemodialysis patient. Today we obtained a 4 mm punch specimen from the left lateral calf at the edge of the livedo after lidocaine with epinephrine, closed with one suture. Check eosinophil count, complement levels and ESR. We will follow the pathology.
"""),
            ("2023-04-18", "Discharge Summary", """
DISCHARGE SUMMARY

ADMISSION DATE: 03/28/2023. DISCHARGE DATE: 04/18/2023.

DISCHARGE DIAGNOSES: Non-ST elevation myocardial infarction status post drug-eluting stent to the LAD. Atheroembolic disease with livedo reticularis and blue toe syndrome following cardiac catheterization. Dialysis-dependent ESRD. Severe calcific aortic stenosis.

HOSPITAL COURSE: The patient is a 70-year-old man on maintenance hemodialysis whose stay was prolonged by the development of painful discolored toes after his catheterization, for which dermatology performed a skin biopsy on 04/11/2023. The pathology report describes empty biconvex needle-like clefts inside the lumina of small arterioles in the deep dermis with a surrounding giant cell reaction, diagnostic of cholesterol emboli, and specifically states that no medial calcification of small vessels and no subcutaneous calcium deposits were identified; calciphylaxis was therefore ruled out. His eosinophils were 9 percent and complements mildly low, consistent with atheroembolism. The toes improved with statin therapy and foot protection, none of the purpuric areas ulcerated, and the biopsy site on the left calf was healing well at discharge with the suture left for removal at dialysis. Dialysis continued on his usual schedule with heparin in the circuit. A transthoracic echocardiogram on 04/03/2023 showed a heavily calcified trileaflet aortic valve with a mean gradient of 44 mmHg and moderate mitral annular calcification, and structural heart has scheduled a TAVR evaluation as an outpatient, and because of the atheroembolic event a transcarotid or other approach will be considered.

DISCHARGE MEDICATIONS: Aspirin, clopidogrel, atorvastatin 80 mg, sevelamer, cinacalcet, tamsulosin, allopurinol.

FOLLOW-UP: Dialysis unit on Wednesday; cardiology in two weeks; dermatology clinic in one month for a skin check; vascular surgery as needed.

CONDITION AT DISCHARGE: Stable, ambulating with a walker, BMI 26.3.
"""),
        ],
    },
    {
        "patient_id": "X02", "age": 52, "sex": "M",
        "notes": [
            ("2021-07-08", "Surgical History and Physical", """
GENERAL SURGERY HISTORY AND PHYSICAL

CHIEF COMPLAINT: Scrotal swelling and pain for four days.

HISTORY OF PRESENT ILLNESS: Mr. Dvorak, 52, has had type 2 diabetes for over a decade, for which he is prescribed insulin glargine 60 units at bedtime and insulin aspart with meals, which he admits to taking erratically, who presented to the emergency department this morning with four days of progressive scrotal and perineal pain that began as what he thought was a pimple near the base of the scrotum and over the last 24 hours has become exquisitely painful with dark discoloration, foul drainage and fevers to 39.4 at home. No injury to the area that he can recall, denies recent urinary instrumentation, and has not had any prior perineal abscesses, although he had an incision and drainage of a right axillary abscess in 2019. Glucose on arrival was 486 with an anion gap of 14.

PAST MEDICAL HISTORY: Type 2 diabetes diagnosed 2008 complicated by peripheral neuropathy and retinopathy, chronic kidney disease stage 2 with an eGFR of 68, hypertension, morbid obesity, sleep apnea treated with CPAP, and nephrolithiasis.

PAST SURGICAL HISTORY: Incision and drainage right axilla 2019, left knee arthroscopy for meniscal tear 2014, childhood tonsillectomy.

MEDICATIONS: The glargine and aspart noted above, lisinopril 20 mg, atorvastatin 40 mg, metformin which was held in 2020, gabapentin 300 mg at bedtime.

ALLERGIES: Penicillin, childhood rash.

SOCIAL HISTORY: Drives a truck cross-country for a living, smokes half a pack per day, drinks on weekends.

REVIEW OF SYSTEMS: Positive for fevers, chills, malaise and polyuria; negative for chest pain, cough and abdominal pain. Ten-point review otherwise negative.

PHYSICAL EXAMINATION: Temperature 38.9, heart rate 118, blood pressure 96/58. Weight 142 kg, BMI 39.5. The scrotum is markedly swollen and erythematous with a 6 cm zone of dusky gray-black necrosis over the left hemiscrotum extending toward the perineum, crepitus is palpable in the perineum, and there is thin dishwater drainage with a putrid odor; erythema extends into the left groin. Testes are difficult to examine because of the edema. The penile shaft is spared. Lower extremities show loss of monofilament sensation to the ankles but no ulcers.

LABORATORY DATA: White count 27.1 with 18 percent bands, sodium 129, creatinine 1.6 up from a baseline of 1.1, lactate 4.2, CRP 312.

IMAGING: CT of the abdomen and pelvis with IV contrast shows extensive soft tissue gas tracking through the scrotum and perineum along Colles fascia into the left inguinal region, without intra-abdominal extension. Incidental findings include diffuse calcification of the iliac and femoral arteries, scattered prostatic calcifications, and a nonobstructing 5 mm calcified stone in the lower pole of the right kidney.

ASSESSMENT AND PLAN: Necrotizing soft tissue infection of the perineum and scrotum, Fournier gangrene, with sepsis and diabetic ketoacidosis physiology. He will go to the operating room emergently for radical debridement. Broad-spectrum antibiotics with vancomycin, meropenem and clindamycin have been started, insulin infusion per protocol, aggressive fluid resuscitation, and urology has been asked to join the case for possible testicular involvement. The patient and his wife understand the risk of multiple operations and possible need for diversion.
"""),
            ("2021-07-08", "Operative Report", """
OPERATIVE REPORT

DATE OF OPERATION: 07/08/2021.

PREOPERATIVE DIAGNOSIS: Fournier gangrene.

POSTOPERATIVE DIAGNOSIS: Fournier gangrene involving the scrotum, perineum and left groin.

PROCEDURE: Radical excisional debridement of scrotum, perineum and left inguinal region, total area approximately 280 square centimeters, and cystoscopy with Foley catheter placement.

SURGEON: Dr. Haverkamp. ASSISTANT: Dr. Lindqvist (urology).

ANESTHESIA: General endotracheal.

ESTIMATED BLOOD LOSS: 350 mL.

INDICATIONS: Please see the history and physical from this morning; in brief, a 52-year-old insulin-dependent diabetic with a rapidly progressive necrotizing infection of the perineum.

DESCRIPTION OF PROCEDURE: After informed consent the patient was taken to the operating theater, general anesthesia was induced, and he was placed in lithotomy position with care to pad all pressure points including the heels and the sacrum. Urology performed flexible cystoscopy, which showed a normal urethra and bladder, and an 18 French Foley catheter was placed. The perineum, scrotum, groins and lower abdomen were prepped and draped. An elliptical incision was made over the necrotic skin of the left hemiscrotum and immediately encountered gray, liquefied dartos fascia with dishwater fluid that was sent for Gram stain and cultures. Dissection proceeded along the plane of easy separation with the finger test until healthy bleeding tissue was reached in every direction, which required excision of the entire left hemiscrotal skin, a strip of the right hemiscrotum, the perineal skin to within 2 cm of the anal verge, and skin and subcutaneous tissue of the left groin to the inguinal ligament. Both testes were viable with healthy tunica and were left in place. The anal sphincter was not involved. Hemostasis was achieved with electrocautery. The wounds were irrigated with 6 liters of saline by pulse lavage and packed with Dakin-soaked gauze. Specimens of necrotic skin and fascia were sent to pathology.

FINDINGS: Extensive liquefactive necrosis of the dartos and Colles fascia with foul-smelling fluid; viable testes; no rectal involvement.

DISPOSITION: To the surgical ICU intubated for ongoing resuscitation. Plan return to the operating room in 24 to 48 hours for a second look, wound VAC when the bed is clean, and plastic surgery consultation regarding thigh pouches or skin grafting later.
"""),
        ],
    },
]

PATIENTS += [
    {
        "patient_id": "X03", "age": 58, "sex": "F",
        "notes": [
            ("2022-03-09", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION

REFERRING PROVIDER: Renal Associates, Dr. Achebe.

CHIEF COMPLAINT: Painful sores on the belly.

HISTORY OF PRESENT ILLNESS: Mrs. Ruiz-Alonso, 58, has kidney failure from diabetic nephropathy and has received in-center hemodialysis since November 2019, and also has type 2 diabetes on insulin, hypertension, morbid obesity and secondary hyperparathyroidism, and comes to us because of painful lesions low on the abdomen that she first noticed approximately three weeks ago as a tender, firm, purplish area to the left of and below her umbilicus, which over the following days became hard as a board, developed a dark center and now keeps her awake at night, with pain she rates as 9 out of 10 that is not relieved by acetaminophen. She has been injecting her insulin glargine 34 units every morning and her lispro sliding scale into the lower abdomen, almost always on the left side because she is right-handed and it is easier to reach, since August 2016 when she was switched from oral agents, and she points out that the sore spots are exactly where she puts the needle. She has had no fevers. She also mentions a small sore place on the back of the right calf for about a week, which she thinks came from rubbing against the footrest of her wheelchair at dialysis. She had a right knee arthroscopy in 2017 and received a steroid injection in the left shoulder in January of this year for bursitis, and neither area has had any problem.

PAST MEDICAL HISTORY: As above, plus diabetic retinopathy status post laser, diastolic heart failure, mitral annular calcification noted on echocardiogram, and obstructive sleep apnea. A screening mammogram in 2021 showed benign vascular calcifications in both breasts.

MEDICATIONS: Insulin glargine, insulin lispro, calcium acetate 667 mg, two capsules at each meal; calcitriol 0.25 mcg three times weekly with dialysis, carvedilol, atorvastatin, and epoetin alfa with dialysis. No warfarin or other anticoagulants.

ALLERGIES: Sulfa.

PHYSICAL EXAMINATION: Obese woman in moderate distress from pain, weight 104 kg, BMI 38.2. On the left lower quadrant of the abdomen below the pannus fold lies a hard, dusky violet plaque measuring 8 by 6 cm, edged by stellate retiform purpura, and in its middle an adherent black eschar of 2 cm, exquisitely tender, with two smaller indurated tender nodules nearby, at sites where multiple small injection puncture marks are visible. The right lower quadrant shows a few bruises from injections but no induration. The right posterior calf has a 1 cm shallow ulcer with a clean pink base and surrounding erythema but no retiform pattern. The left arm fistula has a good thrill. Breasts, thighs and buttocks are clear.

LABORATORY DATA: Calcium 9.8, phosphorus 7.4, intact PTH 812, albumin 3.1.

ASSESSMENT AND PLAN: The clinical picture strongly suggests calciphylaxis in the left lower abdominal wall, developing where she injects insulin. Today, under local lidocaine, we took two 6 mm punches at the plaque margin and sent for histology with von Kossa stain. She is to stop injecting into the abdomen and use the upper arms until further notice. The right calf ulcer looks like a friction ulcer; foam dressing and footrest padding. We will discuss sodium thiosulfate with nephrology once the biopsy is back.
"""),
            ("2022-03-22", "Discharge Summary", """
DISCHARGE SUMMARY

DATE OF ADMISSION: 03/14/2022. DATE OF DISCHARGE: 03/22/2022.

PRINCIPAL DIAGNOSIS: Biopsy-proven calciphylaxis, abdominal wall.

SECONDARY DIAGNOSES: ESRD, hemodialysis-dependent; type 2 diabetes mellitus, insulin-requiring; secondary hyperparathyroidism; obesity.

HISTORY: Ms. Ruiz-Alonso was admitted from dermatology clinic for pain control and initiation of therapy after her biopsies of 03/09/2022 returned showing mural calcification of minute arterioles deep in the fat, intimal hyperplasia, thrombosis and a septal panniculitis with necrotic fat, confirmed by von Kossa staining, diagnostic of calciphylaxis.

HOSPITAL COURSE: She received intravenous sodium thiosulfate 25 grams at the end of each dialysis session, her calcium acetate and calcitriol were stopped and replaced by sevelamer carbonate, cinacalcet was started at 30 mg daily, and her dialysate calcium was lowered to 2.0 mEq/L. Her pain was managed with scheduled hydromorphone and a low-dose gabapentin and the palliative care team assisted. Wound care nursing saw her daily; the eschar on the left lower abdomen was left intact and dry with no signs of infection and the surrounding plaque became slightly less tender by discharge. The right calf friction ulcer healed. Her insulin injections were moved to the posterior upper arms by the diabetes educator, and glucoses ranged from 140 to 210. Surgery was consulted and recommended no debridement at this time.

DISCHARGE INSTRUCTIONS: Continue sodium thiosulfate with each dialysis at her outpatient unit, sevelamer with meals, cinacalcet, insulin glargine 30 units into the upper arms, hydromorphone as needed. Avoid any injections into the abdomen or thighs. Come back at once with a fever, redness that spreads, or any new painful spot.

FOLLOW-UP: The dermatology wound service within a week, nephrology at dialysis, endocrinology in one month.
"""),
        ],
    },
    {
        "patient_id": "X04", "age": 63, "sex": "F",
        "notes": [
            ("2020-02-12", "Podiatry Clinic Letter", """
PODIATRY CLINIC NOTE

Dear Dr. Wexler,

I had the pleasure of seeing your patient, Ms. Dolores Kettering, today in the podiatric surgery clinic for evaluation of a non-healing wound of the left foot.

HISTORY OF PRESENT ILLNESS: Ms. Kettering, age 63, has type 2 diabetes for more than 20 years managed with insulin detemir and aspart, diabetic peripheral neuropathy, and kidney failure treated with dialysis on a Tuesday-Thursday-Saturday schedule via a tunneled right IJ line while her left forearm fistula matures, who developed a callus under the left first metatarsal head last fall that broke down in December into an ulcer, which has been dressed at the dialysis unit with silver alginate and has not healed despite an offloading shoe. Over the past ten days the left great toe has become red, swollen and is now draining. She cannot feel the foot well and did not notice pain. She has not had any injuries to the feet that she can remember, although she did stub the right fourth toe on a door frame around Christmas which bruised and has since recovered.

PAST MEDICAL HISTORY: Diabetes as above with retinopathy, ESRD since 2017, coronary artery disease with a stent in 2016, and hypothyroidism.

PAST SURGICAL HISTORY: Right fifth toe amputation for osteomyelitis in 2018, cholecystectomy, cesarean section times two.

MEDICATIONS: Insulin detemir 18 units twice daily, insulin aspart with meals, levothyroxine, sevelamer, clopidogrel, metoprolol and a renal multivitamin.

ALLERGIES: No known drug allergies.

PHYSICAL EXAMINATION: Vascular: dorsalis pedis and posterior tibial pulses are not palpable on the left and faintly palpable on the right; capillary refill is 4 seconds in the left hallux. Dermatologic: there is a 2.1 by 1.8 cm full-thickness ulcer under the left first metatarsal head with a rim of hyperkeratosis, probing to bone, and the left hallux is swollen, erythematous and warm with purulent drainage from the ulcer; no necrosis of the toe is present. The right foot shows the healed fifth ray amputation site, dry skin and onychomycosis of all nails. There is no retiform purpura, no livedo and no painful indurated plaque on either leg, and her calves and thighs are unremarkable. Neurologic: absent protective sensation bilaterally to the mid-shins.

IMAGING: Radiographs of the left foot taken today show cortical erosion and periosteal reaction of the first metatarsal head and the base of the proximal phalanx consistent with osteomyelitis, and extensive tram-track medial calcification of the dorsalis pedis and plantar arteries, typical of Monckeberg medial calcific sclerosis in a diabetic on dialysis. Noninvasive studies from January showed noncompressible ankle pressures with a toe-brachial index of 0.42 on the left.

ASSESSMENT AND PLAN: Diabetic foot ulcer of the left first metatarsophalangeal joint, Wagner grade 3, with osteomyelitis of the first metatarsal head and hallux. The vascular calcification is not calciphylaxis and there is nothing on her skin to suggest it. I have recommended a left hallux amputation with resection of the first metatarsal head, which we have scheduled for next week, and vascular surgery will see her beforehand regarding an angiogram. Her BMI is 29.4 today. Sincerely, Dr. Amadi, DPM.
"""),
            ("2020-02-19", "Operative Report", """
OPERATIVE REPORT

DATE OF SURGERY: 02/19/2020.

PREOPERATIVE DIAGNOSIS: Osteomyelitis of the left first metatarsal head and hallux with diabetic foot ulcer.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED: Left partial first ray amputation including the hallux and the distal first metatarsal, with excision of plantar ulcer and primary partial closure.

SURGEON: Dr. Amadi, DPM.

ANESTHESIA: Monitored anesthesia care with a left ankle block.

HEMOSTASIS: Left ankle tourniquet at 250 mmHg for 38 minutes.

ESTIMATED BLOOD LOSS: Minimal.

INDICATIONS: This 63-year-old diabetic hemodialysis patient has a chronic plantar ulcer of the left first metatarsal head with radiographic osteomyelitis. Angiography on 02/17/2020 showed patent tibial vessels to the ankle with diffuse calcification and no focal lesion requiring intervention, and toe pressures were thought adequate for healing at the level of the midfoot.

DESCRIPTION OF PROCEDURE: We confirmed the patient's identity in preoperative holding and the left foot was marked. In the operating room, after intravenous sedation, an ankle block was performed with a 1:1 mixture of 1% lidocaine plain and 0.5% bupivacaine plain, 20 mL total, infiltrated around the deep and superficial peroneal, saphenous, sural and posterior tibial nerves. The foot was prepped and draped, exsanguinated and the tourniquet inflated. A racquet-shaped incision was made around the base of the hallux and extended proximally along the dorsomedial first metatarsal, and the plantar ulcer was excised full thickness in an elliptical fashion. The hallux was disarticulated and the first metatarsal was transected at the junction of the middle and distal thirds with a sagittal saw; the bone was soft and gray distally and harder proximally, and a separate proximal margin was sent for culture and pathology. All nonviable soft tissue and the tendon sheaths of the flexor hallucis longus were debrided. After irrigation with 3 liters of saline the tourniquet was released, bleeding was brisk at the margins, and the wound was partially closed with 3-0 nylon, leaving the plantar portion open and packed with moist gauze.

FINDINGS: Purulence around the first metatarsophalangeal joint, soft necrotic bone of the metatarsal head, bleeding healthy margins proximally.

PLAN: Nonweightbearing on the left with a postoperative shoe and walker, antibiotics pending cultures, dressing changes at dialysis, follow-up in my clinic in one week. Continue her home insulin. She will be dialyzed tomorrow as usual.
"""),
        ],
    },
    {
        "patient_id": "X05", "age": 68, "sex": "M",
        "notes": [
            ("2024-02-06", "Orthopedic Preoperative History and Physical", """
ORTHOPEDIC SURGERY PREOPERATIVE HISTORY AND PHYSICAL

CHIEF COMPLAINT: Left knee pain.

HISTORY OF PRESENT ILLNESS: Mr. Baptiste, 68, depends on dialysis for kidney failure, takes insulin for type 2 diabetes and is obese; he comes in for preoperative evaluation before a left total knee arthroplasty for tricompartmental osteoarthritis that has failed three years of conservative care, including physical therapy, a hinged brace, two intra-articular corticosteroid injections into the left knee in 2022 and 2023 and a series of hyaluronic acid injections last summer, none of which gave more than a few weeks of relief. He can now walk only about one block and has to use a cane. He had one fall on the ice in his driveway in January 2023 when the knee gave way, landing on his left hip without a fracture.

An important part of his history for this surgery is that in the spring of 2017 he developed painful black ulcers on both anterior thighs exactly where he then gave himself his insulin, and a skin biopsy at that time proved calciphylaxis; he was treated with sodium thiosulfate during dialysis for about five months, had a parathyroidectomy in September 2017, and the ulcers had completely healed by early 2018, leaving atrophic scars. There has been no recurrence since then, and he has injected his insulin only into the abdomen ever since. His nephrologist has cleared him for surgery and has asked that we avoid unnecessary injections into fatty areas and keep calcium-based products to a minimum.

PAST MEDICAL HISTORY: ESRD from diabetic nephropathy on hemodialysis since 2015 via a right upper arm graft, type 2 diabetes, hypertension, hyperlipidemia, atrial flutter ablated in 2020 with no anticoagulation since, and gout.

PAST SURGICAL HISTORY: Total parathyroidectomy with forearm autotransplant 2017, right carpal tunnel release 2012, arthroscopic partial medial meniscectomy of the left knee 2009.

MEDICATIONS: Insulin degludec 28 units daily, insulin lispro with meals, sevelamer, calcitriol, amlodipine, rosuvastatin, allopurinol. He has never taken warfarin.

ALLERGIES: Codeine causes nausea.

REVIEW OF SYSTEMS: No chest pain, no more breathlessness than usual, no fevers, no skin problems. He has no current wounds anywhere.

PHYSICAL EXAMINATION: Height 178 cm, weight 99 kg, BMI 31.2. The left knee has a moderate effusion, varus alignment of about 8 degrees, range of motion 5 to 100 degrees with crepitus, and medial joint line tenderness; the skin over the knee is intact with a well-healed arthroscopy portal. On both anterior thighs there are several healed, shiny, atrophic stellate scars measuring up to 4 cm, nontender, with no induration, purpura or open areas. The abdomen shows faint injection bruises only. The graft in the right arm has a good thrill. Distal pulses are palpable.

ASSESSMENT AND PLAN: End-stage osteoarthritis of the left knee. History of calciphylaxis of the thighs in 2017, resolved without recurrence. Plan left total knee arthroplasty on 02/20/2024 with dialysis the day before, perioperative insulin per protocol, subcutaneous heparin for thromboprophylaxis to be given into the arms, not the abdomen or thighs, and careful skin checks postoperatively.
"""),
            ("2024-02-20", "Operative Report", """
OPERATIVE REPORT

DATE OF PROCEDURE: 02/20/2024.

PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, left knee.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Left total knee arthroplasty, cemented, posterior stabilized.

SURGEON: Dr. Feldkamp. ASSISTANT: Physician assistant Torres.

ANESTHESIA: Spinal anesthetic with an adductor canal block placed by the anesthesia team.

TOURNIQUET: None used, given the patient's vascular history.

ESTIMATED BLOOD LOSS: 200 mL.

COMPLICATIONS: None.

DESCRIPTION OF PROCEDURE: He was wheeled into the room and laid supine; after the spinal anesthetic and a time-out confirming the left knee, the leg was prepped with chlorhexidine and draped. A midline skin incision was made followed by a medial parapatellar arthrotomy. Large osteophytes were removed from the medial femoral condyle and tibial plateau. The distal femur was cut with an intramedullary guide at 5 degrees of valgus and the proximal tibia with an extramedullary guide. The flexion and extension gaps were balanced with a limited medial release. Trial components gave excellent stability and range from 0 to 120 degrees. The bone surfaces were irrigated and the final components were cemented into place. Before closure a periarticular injection of 30 mL of ropivacaine 0.5% with ketorolac omitted because of his renal disease and epinephrine was infiltrated into the posterior capsule, the collateral ligaments and the retinaculum. The arthrotomy was closed with barbed suture, the subcutaneous tissue with 2-0 Vicryl, and the skin with staples, and a silver-impregnated dressing was applied.

POSTOPERATIVE PLAN: Weightbearing as tolerated, physical therapy tomorrow, a cold therapy cuff over the dressing on the left knee on and off for the first 72 hours with skin checks every shift, subcutaneous heparin 5000 units every 12 hours into the upper arms, dialysis on postoperative day one, and staples out at two weeks. Nephrology is aware of his history of calciphylaxis and there are no skin lesions at present.
"""),
        ],
    },
]

PATIENTS += [
    {
        "patient_id": "X06", "age": 60, "sex": "M",
        "notes": [
            ("2017-06-06", "Vascular Surgery Consultation", """
VASCULAR SURGERY CONSULTATION

REASON FOR CONSULTATION: Bilateral leg ulcers.

HISTORY OF PRESENT ILLNESS: Mr. Okonkwo-Hale, aged 60, has class III obesity, a left femoral-popliteal deep venous thrombosis in 2011 and a second, unprovoked right popliteal DVT in 2014 for which he has remained on lifelong warfarin, and is sent by his primary care physician for ulcers above both inner ankles that have been present on and off for about two years and that have been open continuously since the winter, draining enough to soak through his socks. He describes heaviness and swelling of both legs that builds up as the day goes on, itching of the lower shins, and brownish discoloration that has slowly spread over the years. He sits for most of the day at a computer and has never worn compression stockings regularly because he cannot pull them on. He denies claudication and rest pain. His kidney function has always been normal and he does not have diabetes; his last hemoglobin A1c was 5.6.

PAST MEDICAL HISTORY: Recurrent DVT as above, obesity, hypertension, gastroesophageal reflux, and lumbar spinal stenosis treated with two epidural steroid injections in 2016.

MEDICATIONS: Warfarin, currently 7.5 mg a day, with INRs between 2 and 3, lisinopril, omeprazole, and acetaminophen.

ALLERGIES: Adhesive tape causes blistering.

PHYSICAL EXAMINATION: Weight 151 kg, BMI 45.2. Both lower legs show pitting edema to the knees, hemosiderin staining and woody induration of the distal third of each leg with an inverted champagne-bottle shape, consistent with lipodermatosclerosis, and there are scattered white atrophic scars of atrophie blanche. Above the left medial malleolus there is a 5 by 3.5 cm shallow ulcer with an irregular border and a red granulating base with yellow fibrin, and above the right medial malleolus a 2 by 2 cm similar ulcer; both are moderately exudative and only mildly tender. There is no eschar, no retiform purpura and no necrosis. Varicose veins are visible in the medial thighs. Femoral pulses are 2+, popliteal pulses are difficult to feel because of body habitus, and the dorsalis pedis pulses are palpable bilaterally.

NONINVASIVE STUDIES: Ankle-brachial indices are 1.04 on the right and 1.08 on the left. Venous duplex shows chronic post-thrombotic changes in the left femoral and popliteal veins with reflux greater than 2 seconds, reflux in the great saphenous veins bilaterally, and no acute thrombus. Arterial duplex incidentally demonstrates a calcified plaque at the left common femoral bifurcation with less than 50 percent stenosis.

ASSESSMENT AND PLAN: Chronic venous insufficiency with bilateral venous stasis ulcers, CEAP C6, in a patient with post-thrombotic syndrome. Arterial flow is adequate for compression. We will start multilayer compression wraps applied weekly at the wound clinic, leg elevation above the heart three times a day, and a walking program. Continue warfarin. If the ulcers do not heal in twelve weeks we will consider endovenous ablation of the great saphenous veins.
"""),
            ("2017-08-01", "Wound Clinic Progress Note", """
WOUND CLINIC PROGRESS NOTE

SUBJECTIVE: The patient returns for his eighth weekly visit for bilateral venous leg ulcers. He has tolerated the four-layer compression well apart from one week in July when the right wrap slipped down and caused a pressure mark at the top of the right calf, which he says has faded. Itching is much improved. He is walking 20 minutes a day. He remains on warfarin with an INR of 2.4 last week and has had no bleeding from the wounds.

OBJECTIVE: Vital signs stable. Edema of both legs is reduced to trace. The left medial malleolar ulcer measures 2.8 by 1.6 cm, down from 5 by 3.5 cm at baseline, with healthy granulation and advancing epithelium at the edges. The right medial malleolar ulcer has closed completely with fragile new pink skin. The lipodermatosclerotic skin is softer. There is a faint linear red mark below the right knee at the top of the bandage without skin breakdown. No signs of infection. Pedal pulses are palpable.

PROCEDURE: The left ulcer was cleansed with saline and the adherent fibrin was gently removed with a curette after topical lidocaine gel; it bled appropriately. A calcium alginate dressing was placed, followed by the multilayer compression system from the toes to just below the knee, with extra padding at the top edge.

ASSESSMENT AND PLAN: Venous stasis ulcers, improving; right side healed. Continue weekly compression on the left; class 2 knee-high stockings with a zipper for the right leg to prevent recurrence, and a stocking donner was prescribed. Recheck in one week. If healing stalls we will refer him back to vascular surgery for saphenous ablation as planned.
"""),
        ],
    },
    {
        "patient_id": "X07", "age": 64, "sex": "F",
        "notes": [
            ("2023-08-17", "History and Physical", """
HOSPITALIST ADMISSION NOTE

CHIEF COMPLAINT: Painful wounds on both sides of the waist and fever.

HISTORY OF PRESENT ILLNESS: Ms. Albescu, 64, on thrice-weekly hemodialysis since 2020 for kidney failure, who also has type 2 diabetes on insulin, class III obesity, hypertension and atrial fibrillation, was sent from her dialysis unit today because of a temperature of 38.3 during treatment and foul-smelling drainage from wounds on both flanks. She reports that in May of this year she began wearing a new very tight high-waisted shapewear girdle every day, including at dialysis, because she was going to her granddaughter's wedding and wanted to look slimmer, and around the 4th of July she noticed exquisitely painful, firm, purple, net-like patches on both sides of her waist exactly along the upper edge of the girdle, which slowly turned black in the center and have since opened up. She stopped wearing the garment about three weeks ago. Insulin is injected into the posterior aspect of each upper arm, where the skin is fine. She has had no recent falls or burns.

PAST MEDICAL HISTORY: ESRD from diabetic nephropathy, diabetes for 25 years, atrial fibrillation on apixaban, morbid obesity, gout, and osteoarthritis of both knees treated with injections.

PAST SURGICAL HISTORY: Left brachiobasilic fistula 2020, total abdominal hysterectomy 1998, laparoscopic gastric band placed in 2010 and removed in 2013.

MEDICATIONS: Insulin glargine 40 units daily, insulin aspart, apixaban, 2.5 mg morning and evening, calcium carbonate as a phosphate binder, calcitriol, metoprolol, colchicine as needed. She has never taken warfarin.

ALLERGIES: Morphine causes itching.

REVIEW OF SYSTEMS: Fevers and chills for two days, poor sleep because of pain, otherwise negative.

PHYSICAL EXAMINATION: Temperature 38.1, pulse 104 irregular, blood pressure 138/72. Weight 118 kg, height 169 cm, BMI 41.0. On the right flank there is a 12 by 4 cm band-like area of stellate violaceous retiform purpura with a central black eschar that has separated at its lower border, with yellow purulent drainage and surrounding warmth; the left flank has a similar 9 by 3 cm band of indurated livedoid skin with a dry central eschar and no drainage. Even light touch on either area makes her cry out. The pannus, breasts and thighs are free of lesions. The left arm fistula has a palpable thrill.

LABORATORY DATA: White count 15.8, calcium 10.2 and phosphorus 6.8, PTH 640, albumin 2.9, blood cultures pending.

ASSESSMENT AND PLAN: Bilateral flank wounds with retiform purpura and eschar where a tight garment pressed in a hemodialysis patient, highly suspicious for calciphylaxis, with superimposed infection of the right flank lesion. Start vancomycin and cefepime dosed for dialysis, wound cultures, dermatology consultation for biopsy, stop calcium carbonate and switch to sevelamer, hold calcitriol, and nephrology to adjust the dialysate. Pain control with hydromorphone and a low-dose fentanyl patch per palliative care.
"""),
            ("2023-08-21", "Dermatology Consultation Follow-up", """
DERMATOLOGY CONSULTATION FOLLOW-UP

The patient was seen on the medicine ward on 08/18/2023, when two incisional biopsies were taken along the border of the plaque on the left flank under local lidocaine, and she is seen again today to discuss the results.

INTERVAL HISTORY: She continues to have severe pain at both flanks, somewhat better controlled on the current regimen. The fever has resolved on antibiotics, and the right flank wound culture grew methicillin-sensitive Staphylococcus aureus. She has had her first two doses of sodium thiosulfate at the end of dialysis and tolerated them with mild nausea.

PATHOLOGY: Both specimens show circumferential medial calcification of small and mid-sized subcutaneous arterioles with intimal fibroplasia and fibrin thrombi, extensive fat necrosis and interstitial calcium which von Kossa staining highlights. There is no vasculitis. The findings are diagnostic of calciphylaxis.

EXAMINATION: The right flank eschar has partially lifted with a moist yellow base and less erythema around it; the left flank band of retiform purpura is unchanged with its dry eschar intact. No new lesions on the abdomen, thighs, breasts or arms.

ASSESSMENT: Calciphylaxis of both flanks, proven on biopsy, arising within about two months of beginning to wear a tight shapewear garment, with the lesions following the line of the garment's waistband, consistent with a Koebner-type localization of calciphylaxis to skin under sustained pressure. Secondary bacterial infection of the right flank lesion, improving.

RECOMMENDATIONS: Continue sodium thiosulfate 25 grams with each dialysis for at least three months. Avoid any tight clothing, belts or binders on the trunk; loose cotton garments only. Gentle cleansing of the right flank with saline and a calcium alginate dressing daily; leave the left flank eschar dry and intact. We do not recommend surgical debridement at this time. Follow up in the dermatology wound clinic one week after discharge.
"""),
        ],
    },
]
