"""Sealed corpus notes, S01-S07 (calciphylaxis yes, Koebner yes)."""

PATIENTS = [
{"patient_id": "S01", "age": 67, "sex": "M", "notes": [
("2020-03-14", "Hospital Medicine Admission H&P (dictated)", """
HOSPITAL MEDICINE ADMISSION HISTORY AND PHYSICAL

DATE OF SERVICE: 03/14/2020
DICTATING PHYSICIAN: R. Okonkwo-Hale, MD

CHIEF COMPLAINT: Shortness of breath after a missed dialysis session, and belly pain.

HISTORY OF PRESENT ILLNESS: Pleasant 67-year-old gentleman with ESRD on in-center hemodialysis Tuesday/Thursday/Saturday via a right brachiocephalic fistula, type 2 diabetes mellitus on basal-bolus insulin, obesity, hypertension and heart failure with preserved ejection fraction who presents from home after he skipped his Thursday treatment because his ride fell through. He reports two days of progressive orthopnea, now sleeping in the recliner, and swelling of the ankles well above his usual baseline. He denies chest pain, fevers, productive cough. In the emergency room potassium was 6.4 with peaked T waves, he received calcium gluconate, insulin with dextrose and albuterol and was taken for urgent dialysis with 3 liters removed, with good relief of his breathing. In addition, and this is what he was most upset about, he describes a very painful spot in his left lower belly that began about ten days ago (x 10 days) as a dusky purple patch and is now hard and dark in the middle. He says it hurts more than anything he has had, worse with his waistband and with the sheets touching it. He injects his insulin glargine and lispro into the left lower quadrant, and has done so nearly every day since June 2017 because he is right handed and that is where he can reach. He has not noticed anything similar elsewhere.

PAST MEDICAL HISTORY: ESRD (diabetic nephropathy), HD since 2015. Type 2 diabetes for roughly 20 years, last A1c 8.1. HFpEF, EF 60 percent in 2019. Secondary hyperparathyroidism, last PTH 1140. Obstructive sleep apnea, not using CPAP. Gout.

PAST SURGICAL HISTORY: Fistula creation, left knee arthroscopy remote, cholecystectomy.

MEDICATIONS: Insulin glargine 34 units nightly, insulin lispro sliding scale with meals, sevelamer 1600 mg TID w/ food, calcitriol 0.5 mcg Tu/Th/Sa, cinacalcet was stopped last fall for nausea, carvedilol, atorvastatin, allopurinol renally dosed. No warfarin, no other anticoagulant.

ALLERGIES: Lisinopril (angioedema).

SOCIAL HISTORY: Retired bus mechanic. Lives with his wife. Quit tobacco 2008. No alcohol.

FAMILY HISTORY: Father had kidney failure and died on dialysis. Brother with diabetes. Nobody in the family has had skin problems.

REVIEW OF SYSTEMS: Positive for dyspnea, orthopnea, edema and the abdominal skin pain. Negative for fevers, rigors, nausea, diarrhea, melena. Remaining systems negative.

PHYSICAL EXAMINATION: Temperature 36.9, heart rate 88, blood pressure 168/92, saturating 95 percent on 2 liters. Weight 118 kg, BMI 36.2. General: obese man, uncomfortable. Neck: JVP to the angle of the jaw. Lungs: crackles at both bases. Heart: regular, no rub. Abdomen: soft, obese. Left lower quadrant: a 6 x 4 cm plaque, violaceous and firm, with a central black eschar about 1.5 cm and a rim of net-like purple discoloration, exquisitely tender to light touch. Scattered small healed puncture marks around it. No lesions in the right lower quadrant or on the thighs. Extremities: 2+ pitting edema to the mid shin bilaterally. Skin otherwise intact, no sacral breakdown.

LABORATORY DATA: Potassium 6.4 falling to 4.8 after treatment. Calcium 9.6, phosphorus 7.9, albumin 3.1. White count 9.2.

ASSESSMENT AND PLAN:
1. Volume overload and hyperkalemia from missed HD. Improved after urgent treatment; nephrology to resume his regular schedule tomorrow.
2. Painful necrotic LLQ plaque at his insulin injection site. Strongly concerning for calciphylaxis given ESRD, high phosphorus and PTH. Cannot exclude an injection-site abscess, though he is afebrile and there is no fluctuance. Dermatology consult for punch biopsy. Hold calcitriol. Analgesia: hydromorphone, low dose.
3. Diabetes. Continue basal at reduced dose; ask him to use a different site for now.
4. DVT prophylaxis: heparin 5000 units SQ q8h, nursing to give it in the upper arms, not the abdomen.
5. Code status: full code, confirmed with patient.
"""),
("2020-03-16", "Dermatology Consult", """
DERM CONSULT
Reason: ?calciphylaxis, LLQ abdomen
HPI: 67M, ESRD (HD), DM2 requiring insulin. Exquisitely painful L lower abdominal plaque since early March, exactly where he gives his insulin for the last ~3 yrs. No new meds, not on warfarin.
Exam: L lower abdomen 6 x 4.5 cm retiform purpuric plaque, central stellate black eschar, surrounding livedo. Tender++. R abdomen, flanks, thighs, buttocks: clear.
Procedure: 2 deep punch biopsies (4 mm) at the margin of the left abdominal plaque, incl subcutis, after verbal consent. Hemostasis w/ Gelfoam, no sutures.
Impression: retiform purpura with eschar in an ESRD pt at an injection site - favor calciphylaxis. ddx less likely: cholesterol emboli, injection-site infection.
Rec: f/u path; avoid further injections to the LLQ; wound care: petrolatum + nonadherent dressing daily.
"""),
("2020-03-19", "Surgical Pathology Report", """
SPECIMEN: Skin and subcutis, left lower abdomen, punch x2.
GROSS: Two punch cores, each 4 mm across, measuring 9 and 11 mm in depth; all tissue submitted.
MICROSCOPIC: Epidermal necrosis overlying ischemic dermis. In the septa of the subcutaneous fat, small arterioles show concentric medial calcification with intimal hyperplasia and luminal fibrin thrombi. Calcium deposits confirmed by von Kossa, also within fat lobules. Vasculitis absent; Gram and PAS show no organisms.
DIAGNOSIS: CALCIFIC UREMIC ARTERIOLOPATHY (CALCIPHYLAXIS), LEFT LOWER ABDOMEN.
"""),
("2020-03-21", "Nephrology Progress Note", """
Nephrology f/u. Biopsy c/w calciphylaxis, LLQ. Started STS 25 g in the final hour of every HD session. Switched sevelamer dosing, no calcium binders, calcitriol off, restart cinacalcet at low dose w/ antiemetic. Discussed w/ pt that the lesion came up right at his usual insulin spot; diabetes educator saw him and he will use the upper arms from now on. Wound: eschar intact, dry, no drainage. Pain 6/10 on current regimen.
"""),
]},

{"patient_id": "S02", "age": 58, "sex": "F", "notes": [
("2021-08-20", "Wound Care Clinic New Patient", """
WOUND CLINIC - NEW PT
58 y/o F on PD (CCPD nightly) for ESRD from IgA nephropathy, paroxysmal AF, anticoagulated with warfarin (target INR 2-3), osteoarthritis both knees. Not diabetic.
Referred by her nephrologist for painful black wounds on the front of both knees. Pt states they began roughly 3 wks ago as dark, very sore spots and then "went black". For her arthritis she has iced both knees with ice packs most evenings since the spring, and has dozed off more than once with them still in place.
Denies falls or kneeling. No fevers.
Exam: R anterior knee: 3.1 x 2.3 cm adherent black eschar, rim of violaceous retiform purpura. L anterior knee: 2.1 x 1.8 cm eschar, same border. Exquisite tendreness. DP pulses palpable bilat. Shins, thighs and abdomen clear; PD catheter exit: no erythema, no tenderness along tunnel.
BMI 27.1.
A/P:
- Bilateral knee necrotic ulcers. Pattern + ESRD + warfarin: suspect calciphylaxis; ddx warfarin-associated necrosis, frostbite-type cold injury from the ice, vasculitis. Punch bx taken today at the border of the R knee lesion.
- Stop the ice packs. Keep eschar dry, betadine paint, gauze, no debridement for now.
- Messaged nephrology re: warfarin alternatives.
"""),
("2021-08-24", "Pathology", """
Skin, right knee, punch biopsy:
- Calcification of small and medium-sized vessel walls in the subcutaneous tissue with thrombosis and fat necrosis, consistent with calciphylaxis.
- No vasculitis. No features of cold panniculitis.
Comment: clinical correlation with the history of ice application was requested by the clinician; the vascular calcification is not explained by cold injury.
"""),
("2021-09-10", "Wound Care Clinic Follow-up", """
f/u bilat knee calciphylaxis (bx proven 8/24). Warfarin switched to apixaban by cardiology on 8/27. STS 3x/wk added to PD plan via outpatient infusion. Pt has not used ice since first visit, uses acetaminophen instead.
R knee 3.2 x 2.3 cm, L knee 2.0 x 1.8 cm, eschars stable, no new lesions, no erythema.
Plan: continue dry dressings, pain regimen per palliative. Reminded again: no ice, no heating pads on the legs. RTC 3 wks.
"""),
]},

{"patient_id": "S03", "age": 72, "sex": "M", "notes": [
("2022-01-12", "Vascular Surgery Clinic", """
VASCULAR SURGERY OUTPATIENT NOTE
CC: leg swelling.
HPI: 72M HD MWF, DM2 on linagliptin (no insulin), HTN, chronic venous insufficiency. Heavy aching legs, swelling worse by evening. No claudication, no rest pain, no ulcers ever.
Exam: Bilat 1+ edema, hemosiderin staining of both gaiter areas, skin intact. Femoral/popliteal pulses 2+, DP/PT dopplerable.
ABI 1.05 R, 1.08 L (calcified vessels, TBI 0.72 / 0.70).
Duplex: deep system patent; GSV reflux bilaterally.
BMI 24.0
A/P: CVI CEAP C4a. Start knee-length compression stockings (20-30 mmHg) on both legs, on in the morning, off at night. Leg elevation. RTC 3 months, sooner if any skin breakdown.
"""),
("2022-03-03", "Telehealth Visit (video)", """
Video visit, pt at home with daughter holding the tablet.
S: Since February he has had painful sores on the L calf, just under the knee where the top band of the compression stocking sits. Started the stockings in January per vascular, wore both, L one "always felt tighter". Pain 8/10, keeps him up. Stopped wearing the L stocking 1 wk ago.
O (via video): L upper calf, circumferential band-like distribution: two dark purple/black patches approx 3 cm and 2 cm, surrounded by lacy mottling. R calf looks normal per video. No drainage visible.
A: New painful necrotic lesions of L calf at the stocking band in HD pt. r/o calciphylaxis vs pressure ulcer from stocking vs ischemic ulcer.
P: in-person derm visit + biopsy this week; hold both stockings; notify HD unit (check Ca/Phos/PTH).
"""),
("2022-03-10", "Dermatology Clinic", """
Derm. 72M HD, seen for L calf lesions noted since Feb at the top edge of a knee-high compression stocking (stockings from 1/2022).
Exam: L proximal calf, two stellate eschars 3.2 and 2.1 cm w/ retiform purpura in a band-like pattern that matches the stocking cuff. R calf clear.
Path from 3/4 (outside lab, reviewed today): subcutaneous arterioles w/ medial calcium deposits and thrombi, von Kossa +. Dx: calciphylaxis.
A/P: calciphylaxis, L calf, Koebnerized at a pressure site. STS via HD. No compression on the L leg. Wound RN for dressings.
"""),
]},

{"patient_id": "S04", "age": 61, "sex": "F", "notes": [
("2023-05-02", "Case Report: Case Presentation", """
Calciphylaxis confined to a lumpectomy scar

The patient
Our patient, a woman aged 61 on haemodialysis for diabetic kidney disease, was sent to the dermatology service with a painful, non-healing wound of the right breast. Her history included insulin-treated type 2 diabetes (she injected into both anterior thighs), severe obesity (body mass index 41), and secondary hyperparathyroidism managed with cinacalcet. She had never taken a vitamin K antagonist.

Some years earlier she had undergone wide local excision of a ductal carcinoma in situ of the right breast through a curvilinear periareolar incision, followed by whole-breast radiotherapy. The scar had healed without event. She now described exquisite pain, followed by darkening of the skin, that started along this scar and spread a few centimetres on either side. On examination a 5 x 3 cm black eschar lay along the line of the old incision, surrounded by indurated violaceous skin and a livedoid border. The left breast, abdomen and thighs, including her injection sites, were normal.

Mammography showed fine linear vascular calcification in the right breast, without a mass. An incisional biopsy taken at the lesion margin showed circumferential calcification of subcutaneous arterioles with intimal proliferation and thrombosis, and panniculitis with calcified fat, without malignancy or radiation changes beyond mild dermal fibrosis. We diagnosed calciphylaxis.

Treatment comprised sodium thiosulfate infused after each dialysis session, an increased dialysis time, and wound care with non-adherent dressings. Recurrence of carcinoma was excluded. The wound was slowly granulating at review.
"""),
("2023-05-02", "Case Report: Discussion", """
Discussion
Calciphylaxis of the breast is uncommon and may be mistaken for recurrence of malignancy, radiation necrosis or fat necrosis. In our patient, lesions developed only along the lumpectomy scar, while her frequently injected thighs were spared. We consider this an example of the Koebner phenomenon, in which a previously injured area becomes the site of disease.

Reported precipitants include subcutaneous injections, local cold or heat, and chronic pressure. Clinicians may wish to examine old scars with particular care in dialysis patients presenting with pain out of proportion to the findings.

Figure 1. Eschar following the curve of the periareolar scar of the right breast.
Figure 2. Subcutaneous arteriole with circumferential medial calcification (haematoxylin and eosin).
"""),
]},

{"patient_id": "S05", "age": 54, "sex": "F", "notes": [
("2023-04-10", "Emergency Department Note", """
ED PROVIDER NOTE
CC: leg wound, pain
HPI: 54 yo F, ESRD on HD (TTS), DM on insulin (injects abd), obesity, presents w/ a worsening sore on her L shin. She caught the shin on a car door while getting out, in early March,, leaving a small scrape that scabbed over within a few days. Then, x 2 wks, the same spot has become very painful and turned dark, and it "never healed right" after that. No fever. Denies other injuries. She is not anticoagulated.
ROS: otherwise negative.
Exam: T 37.2, HR 96. L anterior shin: 4 x 3 cm ulcer, black eschar, dusky violaceous rim, net-like purpura extending 2 cm beyond. Exquisitely tender. Mild surrounding erythema, no crepitus. R leg: old healed scars, no wounds. BMI 33.5.
XR L tib/fib: no gas, no periosteal reaction. Extensive vascular calcification.
MDM: non-healing traumatic ulcer vs cellulitis vs calciphylaxis (ESRD). Will admit to medicine, ID consult, derm for bx.
Dispo: admit.
"""),
("2023-04-12", "Infectious Disease Consult", """
ID CONSULT
Asked to evaluate for soft tissue infection of L shin ulcer.
Pt with ESRD on HD via L arm AVF. Afebrile since admit, WBC 8.4, CRP 42. Blood cx NGTD. MRI L leg: subcutaneous edema, no abscess, no osteomyelitis.
Exam: ulcer L shin with firm black eschar and purpuric halo, pain far out of proportion. Minimal erythema at margin, no purulence.
Impression: Picture not typical for bacterial cellulitis; favor a non-infectious process (calciphylaxis) arising where she injured the shin last month. Superinfection cannot be excluded at the margin.
Recs: cefazolin with HD x 5 days then stop if no progression. No further ID w/u. Agree with derm biopsy. Would avoid aggressive sharp debridement until dx established.
"""),
("2023-04-14", "Surgical Pathology", """
Left shin, 6 mm punch biopsy
Diagnosis: Calciphylaxis. Small subcutaneous vessels show mural calcium (positive von Kossa stain), fibrin thrombi, and adjacent fat necrosis. No organisms identified on tissue Gram stain. No vasculitis.
"""),
]},

{"patient_id": "S06", "age": 49, "sex": "M", "notes": [
("2024-06-11", "Palliative Care Consult", """
PALLIATIVE CARE INITIAL CONSULT
Reason: pain and symptom management, abdominal wall wounds.
HPI: 49 yo man with alcohol-related cirrhosis (MELD 19), CKD stage 3b (Cr 1.9, not on dialysis), class III obesity, and a mechanical aortic valve on warfarin. After an INR of 1.4 in May he was bridged with enoxaparin 120 mg SC BID, self-injected into the belly; first dose 2024-05-02, continued since because INR remained labile. He noticed painful dark spots on the R side of his belly 10 days ago; these enlarged rapidly. Biopsy by derm on 6/7 showed non-uremic calciphylaxis, at the areas he had been injecting.
Symptoms: pain 9/10 at the wounds, burning, worse with movement and clothing. Poor sleep. Low mood, tearful.
Exam: BMI 44.8. R periumbilical abdomen and RLQ: several confluent stellate black eschars over ~12 x 8 cm, retiform purpura at margins, malodorous. L abdomen with bruising from recent injections but no necrosis.
Assessment: non-uremic calciphylaxis of the R abdominal wall at enoxaparin sites; severe nociceptive and neuropathic pain; existential distress.
Plan: hydromorphone PCA low basal, gabapentin 100 mg qhs (liver/renal), topical lidocaine around wound edges; chaplain; discuss goals with pt and sister 6/13.
"""),
("2024-06-12", "Clinical Pharmacy Note", """
Pharmacy anticoagulation consult.
Pt w/ mechanical AVR, hx warfarin + enoxaparin bridge. Derm/path 6/7: calciphylaxis R abdominal wall, lesions over enoxaparin injection sites. Team asks alternative.
Recs: 1) d/c enoxaparin injections; if bridging needed use IV UFH infusion (no SC sites). 2) Warfarin is a recognized risk factor for calciphylaxis; however, DOACs contraindicated with mechanical valve -> continue warfarin, INR target 2.5 to 3.5, consider vitamin K2 supplementation per literature (weak evidence). 3) If nephrology agrees, thiosulfate 25 g IV thrice weekly; monitor anion gap, volume.
"""),
]},

{"patient_id": "S07", "age": 63, "sex": "F", "notes": [
("2019-11-18", "Nephrology Inpatient Consult (dictated)", """
NEPHROLOGY CONSULTATION

DATE OF CONSULTATION: 11/18/2019
REFERRING SERVICE: Orthopedics

REASON FOR CONSULTATION: Dialysis management in a patient admitted after a fall, and evaluation of back wounds.

HISTORY OF PRESENT ILLNESS: Ms. T. is a 63-year-old woman, ESKD secondary to polycystic kidney disease, on thrice-weekly hemodialysis at the Eastgate unit since 2014, obesity, hypertension and longstanding lumbar spondylosis with back pain, who was admitted to orthopedics two days ago after she tripped over a rug at home, in which she landed on her right side. Imaging showed no fracture. She has a large bruise over the right hip. While orthopedics was examining her they noted several dark painful wounds on her lower back and asked us to comment. On questioning she explains that because of her lumbar arthritis she has gone to sleep every night since 2017 lying on an electric heating pad placed under the small of her back, often on the high setting. She first noticed that the skin there had become very sore and mottled in early October, and since then it has broken down into blackened areas that she has been dressing herself with gauze. She denies fevers. She is not diabetic and does not take insulin. She has never been on warfarin. She reports that her dialysis unit has been struggling with her phosphorus for over a year despite binders.

PAST MEDICAL HISTORY: As above. Also hypothyroidism, depression, remote hysterectomy, cerebral aneurysm clipped in 2009.

MEDICATIONS: Calcium acetate 1334 mg with meals, calcitriol on dialysis, levothyroxine, sertraline, amlodipine, acetaminophen, tramadol as needed.

ALLERGIES: Sulfa.

SOCIAL HISTORY: Widowed, lives alone with a cat. Former school librarian. No tobacco or alcohol.

FAMILY HISTORY: Mother and one brother had polycystic kidney disease; brother had a kidney transplant. Nobody in the family has had skin problems.

REVIEW OF SYSTEMS: Right hip pain since the fall. Chronic back pain, now much worse at the wound sites. Fatigue. No chest pain, dyspnea, abdominal pain, or change in bowel habit.

PHYSICAL EXAMINATION: Afebrile, pulse 78, blood pressure 150/84. Weight 86 kg, BMI 31.0. Alert, oriented. Lungs clear. Heart regular. Abdomen distended by enlarged polycystic kidneys, non-tender. Right lateral hip with a large purple-green ecchymosis, skin intact. On the lower back, in an area roughly the size of the heating pad, there is reticulated brownish erythema with, within it, three necrotic ulcers with black eschar measuring 3 x 2, 2 x 2 and 1.5 x 1 cm, with a violaceous indurated border, markedly tender. No other skin lesions, and specifically no wounds on the hip, buttocks or thighs. Left arm fistula with good thrill.

LABORATORY DATA: Calcium 10.2, phosphorus 8.4, PTH 612, albumin 3.0.

IMPRESSION AND RECOMMENDATIONS:
1. End-stage kidney disease on hemodialysis. We will dialyze tomorrow on her usual schedule.
2. Necrotic ulcers of the lower back within a patch of erythema ab igne, the mark of years of heating pad use. The differential includes thermal burn ulceration and calciphylaxis; the retiform border, pain and her calcium-phosphorus product make calciphylaxis a real concern. We recommend a skin biopsy by dermatology, and stopping the heating pad.
3. Mineral bone disease. Stop calcium acetate and change to sevelamer. Hold calcitriol.
4. Fall with right hip contusion, per orthopedics.
Thank you for this consultation.
"""),
("2019-11-19", "Nursing Wound Assessment Flowsheet", """
WOUND ASSESSMENT - 11/19/2019 0815
Wound #1  Location: lower back, midline   Type: ?arterial/other   Size (cm): 3.0 x 2.1, depth 0.1   Bed: 100% black eschar   Exudate: none   Periwound: purple, indurated, mottled   Pain: 8/10
Wound #2  Location: lower back, above #1   Type: same   2.0 x 2.0 x 0.1   Bed: eschar   Exudate: none
Wound #3  Location: lower back   Type: same   1.4 x 1.0 x 0   Bed: eschar 90%, pink 10%
Hip R: ecchymosis, no open area.
Sacrum/coccyx: intact, blanchable.   Braden 17.
Interventions: gauze + foam border. Heating pad removed from room per MD order; pt educated.
"""),
("2019-11-22", "Dermatopathology Report", """
Lower back, incisional biopsy:
Calciphylaxis. Subcutaneous arterioles, medially calcified, occluded by thrombi; calcified adipocytes. Background dermis with changes compatible with erythema ab igne (vascular ectasia, melanin incontinence).
"""),
]},
]
