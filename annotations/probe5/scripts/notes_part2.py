"""Notes of patients X08-X14 (annotations/probe5): long dictated transcriptions, all invented."""

PATIENTS = [
    {
        "patient_id": "X08", "age": 88, "sex": "F",
        "notes": [
            ("2016-11-03", "Admission History and Physical", """
ADMISSION NOTE, HOSPITAL MEDICINE

CHIEF COMPLAINT: Worsening sacral wound, sent from nursing facility.

HISTORY OF PRESENT ILLNESS: An 88-year-old lady, long resident of Maple Grove skilled nursing facility, who dialyzes three times weekly for kidney failure, with advanced vascular dementia, diet-controlled type 2 diabetes, and a left hip hemiarthroplasty after a fall in 2015, after which she became largely bedbound, who is sent in because the facility staff noted that a sacral pressure injury first recorded as stage 2 in August has deepened, has a foul odor, and that she has been more somnolent for two days. Per the facility records she is turned every two hours but often slides down in bed and resists repositioning, and she spends four hours sitting in a dialysis chair three times a week. She was also noted last week to have dark areas on both heels. The history is obtained from the nursing home transfer sheet and her daughter by phone, as the patient cannot provide it.

PAST MEDICAL HISTORY: ESRD secondary to hypertensive nephrosclerosis, on dialysis since 2012 via a left upper arm graft; vascular dementia; type 2 diabetes never treated with insulin or other medications; hypertension; osteoporosis with compression fractures; and breast cancer treated with a right mastectomy in 1994.

MEDICATIONS: Sevelamer, midodrine before dialysis, donepezil, sertraline, acetaminophen, a renal vitamin, and darbepoetin with dialysis.

ALLERGIES: None recorded.

SOCIAL HISTORY: Widowed, former schoolteacher, full code per her daughter, who holds health care power of attorney.

PHYSICAL EXAMINATION: Temperature 37.9, blood pressure 104/60. Cachectic elderly woman, weight 43 kg, BMI 19.8, arousable to voice, oriented to self only. Over the sacrum and coccyx there is a 7 by 6 cm stage 4 pressure injury with exposed bone at the base, undermining from 9 to 12 o'clock, a rim of black necrotic tissue along the superior edge, moderate purulent drainage and a foul odor, with surrounding blanching erythema. Both posterior heels have 3 cm unstageable pressure injuries covered with dry, stable black eschar without fluctuance. The bony prominences of the hips show nonblanching redness but intact skin. There is no livedo, no retiform purpura and no indurated plaques on the abdomen, thighs or calves, and nothing about these wounds suggests calciphylaxis; they are in classic pressure locations.

LABORATORY DATA: White count 14.2, albumin 2.1, prealbumin 8, calcium 8.6, phosphorus 5.1. Pelvic X-ray shows an intact hemiarthroplasty, vascular calcifications in the iliac arteries, and possible cortical irregularity of the coccyx.

ASSESSMENT AND PLAN: Infected stage 4 sacral pressure injury with possible osteomyelitis of the coccyx, and bilateral unstageable heel pressure injuries, in a malnourished, bedbound hemodialysis patient. Blood cultures, MRI of the pelvis if she can tolerate it, empiric vancomycin and piperacillin-tazobactam dosed for dialysis, a low-air-loss mattress, offloading boots for the heels, nutrition consult, and plastic surgery consultation regarding debridement. Goals of care discussion with her daughter tomorrow.
"""),
            ("2016-11-07", "Plastic Surgery Consultation", """
PLASTIC SURGERY CONSULTATION

REQUESTING PHYSICIAN: Hospital medicine.

REASON FOR CONSULTATION: Sacral pressure injury, debridement and flap candidacy.

HISTORY: Thank you for asking us to see this 88-year-old bedbound woman on hemodialysis admitted from a nursing home with an infected stage 4 sacral pressure injury and unstageable pressure injuries of both heels. MRI of the pelvis on 11/05/2016 showed marrow edema and enhancement of the distal coccyx consistent with osteomyelitis, without an abscess. She has been on IV antibiotics since admission and her fever has resolved. Her daughter has chosen to continue medical treatment but does not want major surgery.

EXAMINATION: The sacral wound measures 7.5 by 6 cm with 3 cm of depth, bone palpable at the base, black and gray necrotic slough over the upper half, and undermining superiorly. The heel wounds are dry and stable with firm black eschar and no surrounding erythema.

PROCEDURE: Bedside sharp excisional debridement of the sacral pressure injury. After discussion with the daughter by telephone and verbal consent, topical lidocaine jelly was applied and the patient was premedicated with low-dose fentanyl. Using forceps, scissors and a curette, the nonviable necrotic tissue and slough were excised down to bleeding subcutaneous tissue and fascia over an area of approximately 40 square centimeters, and a small fragment of soft distal coccyx was removed with a rongeur and sent for culture and pathology. Hemostasis with pressure and silver nitrate. The wound was packed with moist saline gauze.

ASSESSMENT AND PLAN: Stage 4 sacral pressure injury with coccygeal osteomyelitis, status post bedside debridement. She is not a candidate for a gluteal rotation flap given her nutritional state, functional status and the family's goals, and we agree with six weeks of antibiotics, a negative pressure wound dressing once the base is clean, strict offloading, and protein supplementation. The heel eschars should be left dry and intact with the heels floated on pillows. We will follow twice weekly while she is here.
"""),
        ],
    },
    {
        "patient_id": "X09", "age": 74, "sex": "M",
        "notes": [
            ("2025-01-15", "Nephrology Consultation Letter", """
NEPHROLOGY CLINIC

Re: Mr. Gideon Halvorsen, age 74.

Dear Dr. Prakash,

Thank you for referring Mr. Halvorsen, whom I saw today in the nephrology clinic at your request with a painful wound on the back of his left thigh.

HISTORY OF PRESENT ILLNESS: As you know, Mr. Halvorsen is a retired dairy farmer of 74 whose polycystic kidneys failed, and he has had hemodialysis since 2021 through a right forearm fistula, with atrial fibrillation on warfarin since 2016 and a mechanical aortic valve placed in 2016, who noticed in December, somewhere near mid-month, a tender reddish-purple mottled patch on the back of his left thigh about a hand's breadth above the knee, which has since enlarged to the size of a small saucer, turned hard, and has developed a black center over the past two weeks. The pain is severe and burning and is worse when he sits. He does not have diabetes and has never used insulin or any other injectable except his annual influenza vaccine, which was given into the left deltoid in October. He strained his right hamstring lifting a hay bale in early November and since then has been icing the back of the right thigh with a gel ice pack every evening while watching television; that side has no skin changes. He fell on the ice in his barnyard on December 28 and bruised his right elbow, which has healed. Most nights a heating pad sits against his low back for lumbar arthritis. His right knee arthroscopy scars from 2015 are unremarkable.

PAST MEDICAL HISTORY: Polycystic kidney disease with ESRD, mechanical aortic valve, atrial fibrillation, coronary calcification on CT with a calcium score of 1,450, hypertension, lumbar spondylosis, and hepatic cysts.

MEDICATIONS: Warfarin (for the valve; INR kept between 2.5 and 3.5), metoprolol, sevelamer, calcium acetate with meals, cinacalcet, and epoetin at dialysis.

PHYSICAL EXAMINATION: Weight 86 kg, BMI 28.0. On the left posterior thigh, 12 cm above the popliteal fossa, there is a 9 by 7 cm indurated, exquisitely tender plaque with a border of stellate retiform purpura and a central 3 by 2 cm black necrotic eschar, without drainage. A smaller 2 cm tender violaceous nodule is present on the left buttock near the gluteal fold. The right posterior thigh, both calves, the abdomen and the arms are free of lesions. The skin of the lower back shows faint reticulated brown pigmentation consistent with erythema ab igne but no ulceration.

IMPRESSION: Painful necrotic plaque of the left posterior thigh and a nodule of the left buttock in a man on hemodialysis taking warfarin with a high phosphorus load, strongly suggestive of calciphylaxis; warfarin-associated disease must be considered. I have asked dermatology to biopsy the thigh lesion this week and have arranged admission for sodium thiosulfate if confirmed. Given his mechanical valve, stopping warfarin requires cardiology input. Yours sincerely, Dr. Nakashima.
"""),
            ("2025-01-22", "Operative Report", """
OPERATIVE REPORT

DATE OF PROCEDURE: 01/22/2025.

PREOPERATIVE DIAGNOSIS: Calciphylaxis of the left posterior thigh with necrotic eschar, biopsy-proven.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Excisional debridement of the left posterior thigh wound down to and including fascia, 64 square centimeters, and application of a negative pressure wound therapy device.

SURGEON: Dr. Castellanos, general surgery.

ANESTHESIA: General anesthesia via laryngeal mask airway.

INDICATIONS: Mr. Halvorsen is a 74-year-old hemodialysis patient whose skin biopsy of 01/17/2025 from the left posterior thigh showed calcified small vessels in the subcutis, thrombosis and necrosis of fat, which confirmed calciphylaxis. He came in for sodium thiosulfate, his warfarin was changed to a heparin infusion by cardiology because of his mechanical valve, and his calcium acetate was stopped. Over the past several days the eschar became boggy with purulent drainage from its edge and a rising white count, and debridement was recommended to remove the infected necrotic tissue.

DESCRIPTION OF PROCEDURE: He was turned prone with all pressure points padded. The left posterior thigh and buttock were prepped and draped. The eschar and the surrounding nonviable skin were excised sharply with a scalpel down through necrotic fat to the level of the fascia, which was gray and devitalized over the central 4 cm and was excised until bleeding healthy tissue was seen; the wound measured 8 by 8 cm at completion. Numerous small gritty calcified vessels were encountered in the fat. Tissue was sent for culture and pathology. Hemostasis was obtained with electrocautery, and after irrigation a negative pressure dressing was applied at 125 mmHg continuous. The left buttock nodule was not debrided as it remains intact.

FINDINGS: Infected necrotic eschar and fat of the left posterior thigh with calcified subcutaneous vessels; hamstring muscle healthy.

PLAN: Continue sodium thiosulfate with dialysis, antibiotics per culture, dressing change on Friday, and hyperbaric oxygen referral. Resume the heparin infusion six hours after surgery.
"""),
        ],
    },
]

PATIENTS += [
    {
        "patient_id": "X10", "age": 57, "sex": "F",
        "notes": [
            ("2019-08-13", "Operative Report", """
OPERATIVE REPORT

DATE OF OPERATION: 08/13/2019.

PREOPERATIVE DIAGNOSIS: Recurrent sigmoid diverticulitis with colovesical fistula.

POSTOPERATIVE DIAGNOSIS: Same, with dense pelvic adhesions.

OPERATION: Laparoscopic converted to open sigmoid colectomy with primary colorectal anastomosis, repair of bladder dome, and diverting loop ileostomy.

SURGEON: Dr. Fairweather. ASSISTANT: Dr. Mbeki, resident.

ANESTHESIA: General endotracheal anesthesia, plus bilateral transversus abdominis plane blocks with liposomal bupivacaine placed by anesthesia under ultrasound at the start of the case.

ESTIMATED BLOOD LOSS: 450 mL.

INDICATIONS: She is 57 and obese, has had three bouts of sigmoid diverticulitis since 2017, and developed pneumaturia and recurrent urinary tract infections this spring, and a CT cystogram in June demonstrated a colovesical fistula. She has normal renal function and no diabetes. Her other history includes left breast ductal carcinoma in situ found on screening mammography because of clustered microcalcifications in 2012, treated with lumpectomy and radiation, and hypothyroidism.

DESCRIPTION OF OPERATION: After induction, the patient was placed in modified lithotomy, a Foley catheter and bilateral ureteral stents were placed by urology, and the abdomen was prepped and draped. Pneumoperitoneum was established through a 12 mm umbilical port by open technique and additional 5 mm ports were placed in the right lower quadrant, right upper quadrant and left lower quadrant. The sigmoid colon was densely adherent to the bladder dome and left pelvic sidewall, and after an hour of laparoscopic dissection without progress a lower midline laparotomy was made from the umbilicus to just above the pubis. The fistula tract was divided, the bladder defect was debrided and closed in two layers, and a leak test with 200 mL of saline was negative. The sigmoid colon was mobilized, the left ureter identified and protected, the inferior mesenteric vessels divided, and the colon transected at the rectosigmoid junction and at the descending colon. An end-to-end stapled anastomosis was created and tested under water without leak. A diverting loop ileostomy was brought out through a trephine in the right lower quadrant. The fascia was closed with running looped PDS, the subcutaneous fat, which was 6 cm thick, was irrigated, and the skin was closed with staples. Port sites were closed with absorbable sutures.

FINDINGS: Chronic sigmoid diverticular disease with a thick-walled phlegmon adherent to the bladder; heavily calcified, tortuous iliac arteries noted incidentally.

PLAN: Enoxaparin 40 mg subcutaneously daily starting tomorrow, early ambulation, ileostomy teaching, and a Foley catheter for 7 days for the bladder repair. BMI 34.0.
"""),
            ("2019-08-27", "Readmission History and Physical", """
READMISSION HISTORY AND PHYSICAL

CHIEF COMPLAINT: Drainage from the abdominal incision.

HISTORY OF PRESENT ILLNESS: This 57-year-old lady had an open sigmoid colectomy with bladder repair and loop ileostomy on 08/13/2019 and was discharged on postoperative day six; she returns today because last night, while coughing, she felt a pop in her lower abdomen and her dressing became soaked with salmon-colored fluid. Her visiting nurse had removed alternate staples on 08/23 and noticed some redness at the lower end of the incision. She has been injecting her enoxaparin into the sides of her upper abdomen and thighs as taught, and says several of the injection sites are bruised. She has had low-grade temperatures to 37.8 and mild nausea, and her ileostomy output has been about a liter a day.

PAST MEDICAL HISTORY: Sigmoid diverticulitis with colovesical fistula, left breast DCIS in 2012, hypothyroidism, obesity, and gastroesophageal reflux. No diabetes. Normal kidney function.

MEDICATIONS: Enoxaparin 40 mg daily for 28 days after surgery, levothyroxine, pantoprazole, loperamide, oxycodone as needed. She has never taken warfarin.

PHYSICAL EXAMINATION: Temperature 37.9, pulse 98. The lower third of the midline incision has separated over about 8 cm with serosanguinous drainage and visible yellow-gray necrotic subcutaneous fat along both edges, mild surrounding erythema, and intact fascia palpable at the base without visible bowel. The upper incision is intact. The ileostomy is pink and productive. There are several 2 to 3 cm ecchymoses at the enoxaparin injection sites on both flanks of the upper abdomen and the anterior thighs without induration or necrosis. The port sites are healed.

IMAGING: CT of the abdomen and pelvis with oral contrast shows intact fascial closure, a 4 cm fluid collection in the subcutaneous fat below the incision with fat stranding, no intra-abdominal abscess and an intact anastomosis. Incidental note is made of calcified granulomas in the spleen and a small calcified uterine fibroid.

ASSESSMENT AND PLAN: Superficial surgical wound dehiscence of the lower midline incision with a subcutaneous seroma and fat necrosis, fascia intact. Open the wound fully at the bedside, debride the necrotic fat, and start negative pressure wound therapy; culture the fluid; cefazolin for the surrounding cellulitis; continue enoxaparin; and wound care teaching before discharge. Abdominal binder for comfort when coughing.
"""),
        ],
    },
    {
        "patient_id": "X11", "age": 71, "sex": "M",
        "notes": [
            ("2020-11-04", "Orthopedic Clinic Letter", """
ORTHOPAEDIC AND SPORTS MEDICINE CLINIC

Dear Dr. Whitcombe,

Thank you for asking me to see Mr. Ezekiel Santangelo, a 71-year-old gentleman whom I saw today about pain in his right thigh.

HISTORY: Mr. Santangelo has end-stage renal disease treated with peritoneal dialysis through a catheter in the left lower abdomen since 2018, atrial fibrillation on warfarin for many years, hypertension, and a right total hip replacement done in 2014 that has served him well. Since the summer he has had burning and tingling over the outer side of his right thigh which worsens when he stands for a long time and which his primary care physician diagnosed as meralgia paresthetica. On his own, and because heat made it worse, he began applying a frozen gel ice pack wrapped in a dish towel to the outer right thigh for half an hour two or three times a day in early October, often falling asleep with it in place. About 10 days ago he noticed that the skin in the exact area where he holds the ice pack had become blotchy and purple and then very sore, far more painful than the original tingling, and a hard lump has formed underneath. He has not had any falls and has not injected anything into the thigh. He does not have diabetes.

PAST MEDICAL HISTORY: ESRD from IgA nephropathy on PD, atrial fibrillation, hypertension, right total hip arthroplasty, benign prostatic hypertrophy, and a left inguinal hernia repaired in 2011.

MEDICATIONS: Warfarin 4 mg daily with a recent INR of 2.7, calcium carbonate 1,250 mg at each meal, calcitriol 0.5 mcg every day, amlodipine, tamsulosin, and a stool softener. He uses icodextrin for the long dwell.

ALLERGIES: None known.

EXAMINATION: Weight 81 kg, height 172 cm, BMI 27.4. He walks without a limp. The right hip has a well-healed posterolateral incision and full painless range of motion. On the lateral aspect of the right thigh, in the middle third, an 11 by 8 cm patch of violaceous, lacy, net-patterned discoloration surrounds a more solid purple center, and deep palpation reveals a firm, extremely tender subcutaneous plaque about 5 cm across; the skin is intact without blistering or ulceration. There is decreased light touch sensation in the distribution of the lateral femoral cutaneous nerve. The left thigh and both calves are normal. The PD catheter exit site is clean. Plain films of the right femur show a well-fixed hip prosthesis and extensive calcification of the superficial femoral artery and small vessels in the soft tissues of the thigh.

IMPRESSION: Meralgia paresthetica of the right thigh. New painful livedoid plaque at the site of repeated ice pack application. In a man on dialysis who takes warfarin and calcium-based binders, with small-vessel calcification on the film, I am worried about calciphylaxis rather than a simple cold injury or a hematoma, and I have spoken to your office and to his nephrologist, who is arranging admission for a dermatology opinion and biopsy. I have told him to stop using the ice pack. Yours sincerely, Dr. Lindgren.
"""),
            ("2020-11-13", "Dermatology Inpatient Consultation", """
DERMATOLOGY INPATIENT CONSULTATION, FOLLOW-UP AND BIOPSY RESULTS

Mr. Santangelo, 71, on peritoneal dialysis, came in on 11/09/2020 with a painful livedoid plaque of the right lateral thigh, exactly where he had kept applying an ice pack for meralgia paresthetica since early October, with onset at the end of October. We performed a 6 mm punch biopsy and a deeper incisional biopsy at the lesion edge on 11/10/2020 under local lidocaine.

PATHOLOGY: Medial calcification and luminal narrowing of small arterioles within subcutaneous fat septa, fibrin thrombi within dermal capillaries, and lobular fat necrosis with calcium deposition, confirmed with von Kossa and Alizarin red stains. No cryoglobulin deposits, no vasculitis, and no cold panniculitis pattern. Diagnosis: calciphylaxis.

INTERVAL HISTORY: The pain has been difficult to control; he is now on oxycodone and gabapentin dosed for his renal function. The center of the plaque has darkened and there is a small superficial erosion at the upper biopsy site. Warfarin was stopped on admission by the medical team and he has been started on apixaban after discussion with cardiology.

EXAMINATION: Right lateral thigh: 12 by 9 cm indurated plaque with violaceous retiform purpura at the periphery and a 3 cm dusky gray center that is beginning to form an eschar; biopsy sites sutured and clean. Trunk and limbs otherwise clear.

ASSESSMENT: Calciphylaxis, proven on biopsy, of the right lateral thigh in a PD patient with risk factors of warfarin use, calcium-based phosphate binder and active vitamin D, and the lesion localized to skin repeatedly cooled by an ice pack, which we believe acted as the local trigger.

RECOMMENDATIONS: Sodium thiosulfate IV on Mondays, Wednesdays and Fridays through a peripheral line in coordination with nephrology; stop calcium carbonate and calcitriol; switch to sevelamer; increase PD clearance as nephrology advises. No ice, heat or compression on the thigh. Nonadherent dressings over the biopsy sites and a foam dressing over the center. Do not debride at this time. Dermatology will continue to follow weekly.
"""),
        ],
    },
]

PATIENTS += [
    {
        "patient_id": "X12", "age": 49, "sex": "F",
        "notes": [
            ("2021-05-18", "Rheumatology Consultation", """
RHEUMATOLOGY CONSULTATION

REFERRING PHYSICIAN: Dr. Sorensen, hand surgery.

REASON FOR REFERRAL: Hard white deposits in the fingers and elbows, sores on the fingertips.

HISTORY OF PRESENT ILLNESS: Ms. Petrakis, 49, has limited cutaneous systemic sclerosis diagnosed in 2013 on the basis of Raynaud phenomenon, sclerodactyly, telangiectasias, esophageal dysmotility and a positive anticentromere antibody, who has developed over the last three years gritty, hard, chalky lumps in the pads of several fingers, over the right olecranon and along the left forearm, some of which have intermittently discharged a white toothpaste-like material. In March of this year she developed a painful sore on the tip of the right index finger after a cold snap, which has been slow to heal, and a deposit in the left thumb pad is now so tender that she cannot pinch or button her clothes. She works as a dental hygienist and has had to stop work. She also mentions that she cut the left middle finger on a broken glass in April, which healed normally. She has never had kidney problems and does not have diabetes.

PAST MEDICAL HISTORY: Limited systemic sclerosis (CREST), Raynaud phenomenon, gastroesophageal reflux with a stricture dilated in 2019, mild interstitial lung disease stable on imaging, and iron deficiency anemia.

MEDICATIONS: Nifedipine extended release 60 mg daily, omeprazole 40 mg twice daily, sildenafil 20 mg three times daily for digital ulcers, ferrous sulfate, and a topical nitroglycerin ointment to the fingers in winter.

ALLERGIES: Methotrexate caused mouth ulcers.

PHYSICAL EXAMINATION: BMI 22.0. Sclerodactyly of all fingers with tapering and loss of finger pulp, matted telangiectasias on the face and palms. There are firm, white, gritty subcutaneous nodules in the pads of the right index, right middle and left thumb, the largest 1.2 cm in the left thumb pad, which is tender with thin overlying skin; a 3 mm ischemic digital ulcer with a dry black base at the tip of the right index finger; a 2.5 cm hard deposit over the right olecranon with a small draining sinus; and linear subcutaneous calcific nodules along the left ulnar forearm. Capillary nailfold microscopy shows giant capillaries and dropout. There is no livedo, no retiform purpura, and no necrosis of the trunk or legs. Radial pulses are normal.

LABORATORY AND IMAGING: Creatinine 0.7, calcium 9.4, phosphorus 3.5, PTH normal. Hand X-rays show amorphous soft tissue calcifications in the volar pads of the digits and resorption of the distal tufts.

ASSESSMENT AND PLAN: Calcinosis cutis of the dystrophic type related to limited systemic sclerosis, with a painful left thumb deposit and a right index digital ulcer from Raynaud ischemia. Calciphylaxis is not a consideration: she has normal renal function and a normal calcium-phosphate product, the deposits are in the typical acral and extensor distribution of scleroderma calcinosis, and there is no retiform purpura. I agree with surgical excision of the left thumb deposit as Dr. Sorensen proposes. We will add topical sodium thiosulfate to the olecranon lesion, continue sildenafil, and consider intravenous iloprost if the digital ulcer does not heal.
"""),
            ("2021-06-15", "Hand Surgery Operative Report", """
OPERATIVE REPORT, HAND SURGERY

DATE: 06/15/2021.

PREOPERATIVE DIAGNOSIS: Symptomatic calcinosis of the left thumb pulp in limited systemic sclerosis.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Excision of calcinosis deposits, left thumb pulp, and debridement of the right index fingertip digital ulcer.

SURGEON: Dr. Sorensen.

ANESTHESIA: Wide-awake local anesthesia without a tourniquet: 6 mL of 1% lidocaine with 1:100,000 epinephrine injected as a volar digital block at the base of the left thumb and 2 mL of plain 1% lidocaine as a ring block at the base of the right index finger, without epinephrine because of her Raynaud phenomenon.

INDICATIONS: She is a 49-year-old dental hygienist with CREST syndrome and a painful calcinosis deposit in the left thumb pulp that prevents pinch, and a slow-healing ischemic ulcer at the tip of the right index finger, which rheumatology has assessed. She understands that the deposits may recur and that the skin may heal slowly.

DESCRIPTION OF PROCEDURE: After the local anesthetic had taken effect, the left hand was prepped and draped. A midlateral incision was made on the ulnar side of the thumb pulp, avoiding the contact surface, and the skin flap was elevated carefully because it was thin and tightly bound. Multiple chalky white calcific deposits, the largest 11 mm, were found in the fibrous septa of the pulp and were removed with a curette and fine rongeur, with copious irrigation to flush out the paste-like material, and the neurovascular bundles were protected. The wound was closed loosely with 5-0 nylon. The right hand was then prepped; the dry black base of the index fingertip ulcer was gently debrided with a curette to a bleeding base and dressed with petrolatum gauze.

FINDINGS: Calcinosis in the left thumb pulp; healthy bleeding at the index fingertip after debridement.

SPECIMEN: Calcific material, left thumb, to pathology.

PLAN: Keep the hands warm, no smoking and no cold exposure, elevation, acetaminophen, nylon sutures out at two weeks, hand therapy for pinch once healed, and follow-up with rheumatology in six weeks.
"""),
        ],
    },
    {
        "patient_id": "X13", "age": 55, "sex": "F",
        "notes": [
            ("2018-10-10", "Dermatology Inpatient Consultation", """
DERMATOLOGY INPATIENT CONSULTATION

REQUESTING SERVICE: Nephrology.

REASON FOR CONSULTATION: Painful black wound of the right calf.

HISTORY OF PRESENT ILLNESS: Ms. Ferencz, 55, has kidney failure from diabetes and has done overnight cycler peritoneal dialysis since 2016, and has had type 1 diabetes since childhood on an insulin pump with the infusion sets placed in the abdomen, morbid obesity, hypothyroidism and a history of a left leg deep venous thrombosis in 2014 treated with warfarin for six months; she was admitted on 10/08/2018 with uncontrolled pain from a wound on the back of the right calf. She first noticed the area in mid September as an intensely painful, firm, purple patch the size of a coin on the right posterior calf without any preceding injury, bite or pressure that she can recall, and it has grown to a palm-sized plaque and turned black over the last ten days. Her PD prescription and binder regimen have not changed recently. She has had no fever. She has not had any injections into her legs.

PAST MEDICAL HISTORY: As above, plus gastroparesis, proliferative diabetic retinopathy, and a prior left carpal tunnel release.

MEDICATIONS: Insulin lispro via pump, calcium acetate 1,334 mg with meals, calcitriol, levothyroxine, metoclopramide, and PD solutions. Not on anticoagulation currently.

ALLERGIES: Latex.

PHYSICAL EXAMINATION: Weight 109 kg, BMI 36.8. On the right posterior calf there is a 9 by 6 cm indurated plaque with a central 5 by 4 cm adherent black eschar, and around it violaceous retiform purpura, exquisitely tender to touch, with no drainage. On the abdomen are the pump's infusion set at the left lower quadrant, some healed pinpoint marks, and a clean PD catheter exit at the right lower quadrant, and there is no induration, purpura or ulceration of the abdominal wall. The left calf, thighs, buttocks and breasts are normal. Pedal pulses are palpable.

LABORATORY DATA: Calcium 10.1, phosphorus 6.2, PTH 95, albumin 3.0.

ASSESSMENT AND PLAN: Necrotic plaque with retiform purpura of the right posterior calf in a woman on PD taking a calcium-based binder and calcitriol, with a relatively low PTH, consistent with calciphylaxis. Under lidocaine we took a 6 mm punch at the plaque border today. Stop calcium acetate and calcitriol. Pain management per the palliative team.
"""),
            ("2018-10-26", "Discharge Summary", """
DISCHARGE SUMMARY

ADMISSION DATE: 10/08/2018. DISCHARGE DATE: 10/26/2018.

DIAGNOSES: Calciphylaxis of the right posterior calf, confirmed on biopsy. ESRD, on PD. Type 1 diabetes mellitus on an insulin pump. Right popliteal deep venous thrombosis, diagnosed 10/13/2018. Obesity.

HOSPITAL COURSE: The punch biopsy of 10/10/2018 from the right posterior calf showed calcium encrusting the walls of little vessels in the subcutis, fibrin thrombi and lobular necrosis of fat, which confirmed calciphylaxis. She then began sodium thiosulfate IV thrice weekly, her calcium acetate was changed to lanthanum, calcitriol was stopped, and her PD prescription was intensified. On 10/12/2018 the nurses applied a cold pack to the right calf wound for an hour for pain relief, which she found unhelpful, and this was discontinued. On 10/13/2018 she developed swelling of the right leg and duplex showed a right popliteal DVT, for which she was started on enoxaparin 1 mg/kg subcutaneously twice daily, injected into the abdomen and the right and left thighs, and transitioned to apixaban on 10/20/2018 because of the wound; warfarin was deliberately avoided given the calciphylaxis. On 10/16/2018 general surgery performed a bedside sharp debridement of the eschar of the right calf, which left a clean 7 by 5 cm ulcer with a pale base, and a negative pressure device went on. No new lesions appeared anywhere during her stay, including at the enoxaparin injection sites.

DISCHARGE MEDICATIONS: Apixaban 5 mg twice daily, lanthanum carbonate, levothyroxine, insulin lispro by pump, oxycodone, gabapentin 100 mg at bedtime.

FOLLOW-UP: Sodium thiosulfate via her PD unit's infusion chair, wound clinic weekly for the negative pressure device, dermatology in two weeks.
"""),
        ],
    },
    {
        "patient_id": "X14", "age": 45, "sex": "M",
        "notes": [
            ("2022-12-06", "Orthopaedic Surgery Consultation", """
ORTHOPAEDIC SURGERY CONSULTATION

CHIEF COMPLAINT: Right groin pain, worse over one year.

HISTORY OF PRESENT ILLNESS: Mr. Osterhout, 45, has systemic lupus erythematosus and class IV lupus nephritis diagnosed in 2016, treated with pulse methylprednisolone and then high-dose prednisone for almost two years along with mycophenolate, leaving him with chronic kidney disease stage 3a, who presents with deep aching pain in the right groin radiating to the anterior thigh and knee that began gradually about a year ago and is now present at rest and at night, with difficulty putting on socks and a limp. He slipped on an icy sidewalk last winter and landed on his right side, with bruising of the right hip and a skinned right palm, and the pain became noticeably worse afterward, although X-rays in the emergency department at that time showed no fracture. The left hip aches occasionally. He had a corticosteroid injection into the right hip joint under fluoroscopy in June, which helped for only a few weeks, and an injection into the left shoulder for bursitis in 2020.

PAST MEDICAL HISTORY: SLE with nephritis, CKD 3a with a creatinine of 1.5 and eGFR of 55, hypertension, steroid-induced osteopenia, and a remote right ankle fracture treated in a cast.

MEDICATIONS: Hydroxychloroquine 200 mg twice daily, mycophenolate mofetil 1 g twice daily, prednisone 5 mg daily, losartan, calcium with vitamin D, alendronate. No anticoagulants. He is not diabetic.

ALLERGIES: Trimethoprim-sulfamethoxazole causes a rash.

PHYSICAL EXAMINATION: Height 180 cm, weight 90 kg, BMI 27.9. Antalgic gait. The right hip has painful and restricted internal rotation to 5 degrees and flexion to 90 degrees, with a positive FADIR test; the left hip has mild pain at the end of internal rotation. There is no skin lesion over either hip or thigh, and the malar area shows only faint erythema. Neurovascular examination of both legs is normal.

IMAGING: AP pelvis and frog-lateral radiographs show a crescent sign and collapse of the superolateral right femoral head with early secondary arthritic changes of the acetabulum, Ficat stage IV, and a sclerotic band in the left femoral head without collapse. MRI shows avascular necrosis of both femoral heads, the left Ficat stage II. Incidental faint calcification of the external iliac arteries is noted, along with a small calcified phlebolith in the pelvis.

ASSESSMENT AND PLAN: Steroid-associated avascular necrosis of the femoral heads, with collapse and secondary arthritis on the right and precollapse disease on the left. I have recommended a right total hip arthroplasty, and we discussed core decompression of the left hip at a later date. Rheumatology will manage perioperative steroid dosing, and nephrology has asked that we avoid nonsteroidal anti-inflammatory drugs and contrast.
"""),
            ("2023-01-10", "Operative Report", """
OPERATIVE REPORT

DATE OF SURGERY: 01/10/2023.

PREOPERATIVE DIAGNOSIS: Avascular necrosis of the right femoral head with collapse, Ficat stage IV.

POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right total hip arthroplasty, cementless, through a direct anterior approach.

SURGEON: Dr. Abernathy.

ANESTHESIA: Spinal with intravenous sedation. Stress-dose hydrocortisone given at induction.

ESTIMATED BLOOD LOSS: 300 mL.

DESCRIPTION OF PROCEDURE: Supine positioning on the traction table with a well-padded perineal post and both feet secured in padded boots. The right hip was prepped and draped. A 10 cm incision was made two fingerbreadths distal and lateral to the anterior superior iliac spine, and the interval between the tensor fascia lata and sartorius was developed; the lateral femoral cutaneous nerve was identified medially and protected. The ascending branches of the lateral circumflex femoral vessels were cauterized, and a capsulotomy was performed. The femoral neck was osteotomized and the head, which showed a collapsed yellow necrotic segment with separated cartilage, was removed and sent to pathology. The acetabulum was reamed to 54 mm and a porous cup was impacted with two screws, followed by a highly crosslinked polyethylene liner. The femur was elevated and broached to a size 5, trialing showed excellent stability and equal leg lengths on fluoroscopy, and final cementless components with a 36 mm ceramic head were placed. A periarticular injection of 60 mL of 0.25% bupivacaine with epinephrine and methylprednisolone was infiltrated into the capsule, the tensor fascia and the subcutaneous tissue. The fascia was closed with barbed suture and the skin with a running subcuticular suture and skin glue.

FINDINGS: Collapsed avascular necrotic segment of the femoral head with secondary acetabular cartilage wear.

PLAN: Weightbearing as tolerated, anterior hip precautions not required, ice packs to the right hip over the dressing for 20 minutes every two hours while awake for swelling, aspirin 81 mg twice daily for thromboprophylaxis for four weeks, taper back to prednisone 5 mg in 48 hours, and follow-up in two weeks for a wound check.
"""),
        ],
    },
]
