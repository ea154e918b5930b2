"""Probe corpus notes, P01-P07 (all invented)."""

P01 = {"patient_id": "P01", "age": 63, "sex": "F", "notes": [
("2019-05-20", "Dialysis Rounds Note", """
HD ROUNDS - Unit 3, chair 14
S: Pt c/o a very tender spot on her belly x 10 days, worse when she sits up. Tolerating tx, no cramping. Ate breakfast.
O: BP 152/84 pre, 138/80 post. Wt 96.1 kg (EDW 95.5). Access: L upper arm AVF, +thrill/+bruit.
Skin: LLQ abdomen w/ 4x3cm indurated violaceous plaque with a dusky stellate center, exquisitely tender, surrounding net-like livedo. She injects her insulin glargine in the LLQ almost exclusively ("it's the easiest place to reach"), doing this since June 2017. RLQ and thighs clear.
Labs: cCa 9.6, PO4 7.4, PTH 812, Alb 3.2 (low).
Assessment/Plan:
#1 ESRD on HD TTS - continue current Rx, UF goal 1 L.
2. Painful LLQ plaque located where she injects insulin - worrisome for calciphylaxis. Derm consult requested, r/o CUA. Stop calcium acetate, switch to sevelamer 1600 TID. Ask endo to move insulin to the upper arms for now.
3. Hyperphosphatemia - dietitian to see at next tx.
4. DM2 - on glargine 30 units at bedtime, A1c 7.9.
BMI 36.2.
"""),
("2019-05-23", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
Reason: painful abdominal plaque, ESRD pt
HPI: 63F, ESRD on HD since 2015, DM2 on insulin, obesity. Noticed a sore, hard area on the lower left belly about two weeks ago that has darkened. She has self-injected basal insulin into that same quadrant daily for approx 2 yrs. No warfarin. No new meds. No trauma other than the injections, no ice/heat applied there.
Exam: Left lower quadrant: 4.5x3.5cm retiform purpuric plaque with central black eschar forming, firm subcutaneous induration extending 2 cm beyond. No similar lesions on the thighs, buttocks or upper arms. Right abdomen clear.
Assessment: Clinical picture strongly favors calciphylaxis localized to the insulin injection site (Koebnerized). Ddx incl coumadin necrosis (no coumadin exposure), cholesterol embolization (less likely), vasculitis (less likely).
Plan: 6 mm punch biopsy taken from the edge of the plaque today, sent for routine H&E plus von Kossa stain. Wound care: petrolatum and non-adherent dressing. Pain control per primary team. Will f/u path.
"""),
("2019-05-28", "Surgical Pathology Report", """
PATH REPORT  Acc# SP19-06612
Source: LLQ abdominal skin, 6 mm punch
Clinical hx: ESRD; tender purpuric plaque where insulin is injected; ? calciphylaxis.
DIAGNOSIS:
LLQ ABDOMINAL SKIN WITH SUBCUTIS (PUNCH):
- ARTERIOLES OF THE SUBCUTIS WITH MURAL CALCIUM DEPOSITS, CONCENTRIC INTIMAL PROLIFERATION AND OCCLUSIVE THROMBI
- FAT NECROSIS WITH PERIECCRINE CALCIUM DEPOSITS
- FINDINGS ARE CONSISTENT WITH CALCIPHYLAXIS
Comment: Calcium in vessel walls and in the fat is confirmed on von Kossa. No vasculitis seen.
"""),
]}

P02 = {"patient_id": "P02", "age": 71, "sex": "M", "notes": [
("2021-07-12", "History and Physical (dictated)", """
COMMUNITY GENERAL HOSPITAL - INTERNAL MEDICINE ADMISSION HISTORY AND PHYSICAL

CHIEF COMPLAINT: Painful black sore on the low back.

HISTORY OF PRESENT ILLNESS: The patient is a 71-year-old gentleman who is well known to our service, with kidney failure from diabetic nephropathy, maintained on continuous cycling peritoneal dialysis at home, who presents today at the request of his home dialysis nurse because of a wound on his left lower back that has been getting larger and more painful. The patient states that he has had chronic lumbar pain due to spinal stenosis for years and that since October 2020 he has been sleeping every night with an electric heating pad pressed against the left side of his lower back, frequently on the high setting, and he admits he now and then dozes off with it still switched on. He first noticed a purplish, lacy discoloration in exactly that spot at some point since the spring, which he attributed to the heat, a so-called toasted skin appearance, and did not mention it to anybody. Over the past several weeks this area became extremely painful, hard to the touch, and about ten days prior to admission his wife noted a black crust in the middle of it. He denies fever or chills. He denies any falls. He has no other wounds that he knows of. He is not using any creams on it. Of note, he has been taking warfarin for paroxysmal atrial fibrillation for the last six years, managed by our anticoagulation clinic, with INRs in range. His dialysis nurse reports that his phosphorus has been running high, between 6 and 8, and that he has been inconsistent with his binder.

PAST MEDICAL HISTORY: 
1. ESRD, on PD since 2018.
2. Type 2 diabetes mellitus, controlled with linagliptin; he has never used insulin.
3. Paroxysmal atrial fibrillation on warfarin.
4. Lumbar spinal stenosis.
5. Obesity.
6. Secondary hyperparathyroidism.
7. Benign prostatic hypertrophy.

PAST SURGICAL HISTORY: Peritoneal dialysis catheter placement in 2018, right inguinal hernia repair remotely, cataract extraction both eyes.

MEDICATIONS: Warfarin 5 mg daily except 2.5 mg Mondays, linagliptin 5 mg daily, calcium carbonate 1250 mg three times daily with meals, calcitriol 0.25 mcg daily, tamsulosin 0.4 mg at bedtime, metoprolol succinate 50 mg daily, gabapentin 100 mg at bedtime.

ALLERGIES: Sulfa drugs cause rash.

SOCIAL HISTORY: Retired machinist. Lives with his wife. Quit smoking 20 years ago. No alcohol.

FAMILY HISTORY: His brother had a leg amputation from diabetes. His mother had kidney failure. No family history of skin disease that he knows of.

REVIEW OF SYSTEMS: Positive for back pain and the wound as above. Negative for chest pain, shortness of breath, abdominal pain, cloudy effluent, or change in urination. All other systems reviewed and negative.

PHYSICAL EXAMINATION: 
VITAL SIGNS: Temperature 98.1, pulse 78 and irregular, blood pressure 148/82, respirations 16, saturation 96% on room air. Weight 104 kg, height 181 cm, BMI 31.7.
GENERAL: Pleasant elderly male in moderate distress from pain when he lies on his back.
HEENT: Unremarkable.
LUNGS: Clear.
HEART: Irregularly irregular, no murmur.
ABDOMEN: Obese, soft. The peritoneal dialysis catheter exit site at the RLQ is clean without erythema or drainage.
SKIN: On the left lower back, just lateral to the lumbar spine, there is a roughly rectangular zone measuring about 12 by 9 cm of reticulated brown and violaceous mottling, which corresponds very closely to the size of his heating pad. Within it there is a 4 by 3 cm stellate black eschar with a surrounding rim of firm, exquisitely tender induration. There is no fluctuance and no drainage. The right lower back is normal. No other ulcers on the legs, buttocks or abdomen.
EXTREMITIES: Trace edema.

LABORATORY DATA: Calcium 9.9, phosphorus 7.8, intact PTH 944, INR 2.6, albumin 3.0, white count 8.1.

IMPRESSION: 
1. Necrotic eschar with surrounding retiform livedo on the left lower back in a peritoneal dialysis patient on warfarin with hyperphosphatemia and secondary hyperparathyroidism. I strongly suspect calciphylaxis arising within the area of chronic heating pad exposure. Erythema ab igne is present, but it does not ulcerate and necrose like this. Warfarin-induced skin necrosis is unlikely after six years of stable therapy.
2. ESRD, PD-dependent.
3. Atrial fibrillation, on warfarin.
4. Type 2 diabetes.

PLAN: Dermatology to perform a punch biopsy at the margin. Hold warfarin and start apixaban after discussion with cardiology. Stop calcium carbonate, begin sevelamer, discontinue calcitriol. Renal to consider sodium thiosulfate. The patient was told firmly to stop using the heating pad entirely. Pain control with low dose hydromorphone. Wound care consult.

Dictated by: R. Okonkwo-Baird, MD
D: 07/12/2021 T: 07/13/2021
"""),
("2021-07-20", "Surgical Pathology Report", """
PATHOLOGY
SPECIMEN: Skin, left lower back, punch biopsy (4 mm x 2)
GROSS: Two tan-pink cylindrical cores, each 0.9 cm in length, including subcutis.
MICROSCOPIC: Dermal and subcutaneous necrosis. Small and medium-sized arterioles in the subcutaneous fat show circumferential mural calcification, confirmed with von Kossa, with fibrin thrombi. Background dermis shows pigment-laden macrophages and elastic fiber changes consistent with erythema ab igne.
DIAGNOSIS: CALCIPHYLAXIS, left lower back, in a background of erythema ab igne.
"""),
]}

P03 = {"patient_id": "P03", "age": 58, "sex": "F", "notes": [
("2022-06-08", "Home Health Skilled Nursing Visit", """
Home health SN visit. Pt seen at home, daughter present.
Vitals WNL. Pt reprots both lower legs "burning and raw" right below the knees, started 3 wks ago and getting worse. She was fitted for 20-30 mmHg knee-high compression stockings for leg swelling since March 2022 and wears them all day, the top band "digs in".
Skin assessment: Bilat upper calves, circumferential band-like zone at the level of the stocking cuff: mottled purple-red net pattern with 2 small dark scabbed areas on the R (1 x 1 cm, 1.5 x 0.8 cm) and one on the L (2 x 1 cm). Very painful to light touch, 8/10. Feet and ankles intact, no ulcers distally.
Removed stockings, instructed pt not to wear them until seen by MD. Applied nonadherent dressing. Notified Dr. Halvorsen's office (nephrology) by phone, appt made.
Edu: keep legs elevated, no hot or cold packs on legs, call if fever.
"""),
("2022-06-15", "Wound Care Nurse Note", """
WOUND CLINIC RN ASSESSMENT
Referral: bilat calf wounds, HD pt
Wound #1 R proximal posterior calf: 2.0x1.4x0.2cm, eschar 80% (black), slough 20%, periwound retiform violaceous discoloration, no drainage, pain 9/10.
Wound #2 R proximal lateral calf: 1.6 x 1.0 cm, dry eschar, same periwound.
Wound #3 L proximal posterior calf: 2.6 x 1.3 cm, dry black eschar, livedo around.
All three sit right along the line where the elastic top of her compression hose was. Pt has not worn hose since 6/8.
No undermining, no tunneling. Pedal pulses dopplerable bilat.
Interventions: cleansed NS, Santyl NOT used (MD wants dry eschar left intact), xeroform + kerlix. Photo taken.
"""),
("2022-06-20", "Nephrology Clinic Note", """
Nephrology f/u
58F ESRD from IgA nephropathy, on in-center HD MWF since 2019 via R IJ tunneled catheter (fistula maturing). No DM. Not on warfarin.
Interval: new painful necrotic wounds on both upper calves, started late May per pt, at the band of compression stockings she began wearing this spring for edema.
Exam: BMI 27.8. Bilateral proximal calf eschars w/ surrounding livedo racemosa, as documented by wound RN. Lower legs otherwise intact.
Labs: Ca 10.2, P 6.9, PTH 1,120.
Impression: Calciphylaxis, clinical diagnosis - classic appearance, painful, proximal, in a setting of uncontrolled CKD-MBD. Lesions localized to sites of chronic compression from stocking cuff (pressure Koebner). Biopsy deferred given risk of non-healing in this location, derm agrees with clinical dx.
Plan: IV thiosulfate 25 g given post-HD each session, cinacalcet 30 mg daily, switch Ca-based binder to lanthanum, low Ca bath 2.0. Do NOT resume compression stockings. F/u 2 wks.
"""),
]}

P04 = {"patient_id": "P04", "age": 66, "sex": "M", "notes": [
("2018-11-26", "Orthopaedic Surgery Consultation (dictated)", """
RIVERBEND COMMUNITY HOSPITAL
DEPARTMENT OF ORTHOPAEDIC SURGERY - CONSULTATION

CHIEF COMPLAINT: Wound breakdown along the right knee incision.

HISTORY OF PRESENT ILLNESS: Mr. Delacroix-Hunt is a 66-year-old man whom I know well, having performed his right total knee arthroplasty on 09/04/2018 for end-stage tricompartmental osteoarthritis. He has a complex medical background including kidney failure requiring hemodialysis three times a week, insulin-requiring type 2 diabetes mellitus and morbid obesity. His early postoperative course was unremarkable; the staples were removed at two weeks and the incision was well healed at his six-week visit. He progressed through physical therapy and was walking with a cane. In early November he noticed that the skin along the lower half of the incision and just lateral to it had become purple and very painful, and by the middle of the month a dark crust had developed. He came to the office today. He denies fever, chills, drainage from the knee or an increase in knee effusion, and he has no pain with range of motion of the joint itself; the pain is in the skin. He has not fallen. His dialysis unit tells me his calcium phosphorus product has been elevated and that his PTH is over 1,000. He has been on apixaban since surgery, not warfarin. His insulin goes into the abdominal wall, which has no lesions.

PAST MEDICAL HISTORY: ESRD, hemodialysis since 2016; type 2 diabetes mellitus on insulin glargine and lispro; hypertension; morbid obesity; obstructive sleep apnea on CPAP; secondary hyperparathyroidism; peripheral neuropathy.

PAST SURGICAL HISTORY: Right total knee arthroplasty 09/04/2018. Left arm arteriovenous fistula 2015. Appendectomy as a child.

MEDICATIONS: Insulin glargine 40 units at bedtime, insulin lispro sliding scale, apixaban 2.5 mg twice daily, amlodipine 10 mg, carvedilol 12.5 mg twice daily, sevelamer 2400 mg with meals, calcitriol 0.5 mcg on dialysis days, oxycodone as needed.

ALLERGIES: No known drug allergies.

SOCIAL HISTORY: Former truck driver, now disabled. Lives with his daughter. Never smoker. Rare alcohol.

REVIEW OF SYSTEMS: Negative for chest pain, dyspnea, calf swelling, abdominal pain. Positive for skin pain as above. Otherwise negative.

PHYSICAL EXAMINATION: Temperature 98.4, heart rate 82, blood pressure 162/90. Weight 131 kg, BMI 38.9. He is alert and in no acute distress at rest. RIGHT KNEE: The midline incision is closed along its full length. Along the distal two thirds of the incision and extending 3 cm laterally there is a firm, purple, indurated plaque whose border is net-like and a central adherent black eschar measuring 5 by 2.5 cm. It is exquisitely tender. There is no drainage, no sinus tract, no fluctuance. The knee effusion is trace, range of motion 0 to 105 degrees without pain in the joint. LEFT KNEE and both lower legs show no lesions. Distal pulses are diminished but present.

IMPRESSION: 
1. Painful necrotic plaque along a recent right total knee arthroplasty incision in a hemodialysis patient with markedly abnormal mineral metabolism. The appearance is not typical for a superficial surgical site infection or for a periprosthetic joint infection, and I am concerned this represents calciphylaxis localized to the surgical scar.
2. Status post right total knee arthroplasty, well-functioning.
3. ESRD, maintained on HD.

PLAN: I will obtain an aspiration of the knee to rule out deep infection; cell count and cultures. Dermatology is asked to biopsy the margin of the plaque, away from the arthrotomy. I have spoken with his nephrologist regarding intensifying his phosphorus control and starting sodium thiosulfate if the biopsy is confirmatory. He is to keep the wound dry and covered and avoid kneeling.

Dictated but not read. M. Castellanos-Reyes, MD
"""),
("2018-11-30", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: Skin, right knee, lateral to incision, incisional biopsy.
Diagnosis: Calcific uremic arteriolopathy (calciphylaxis). Calcium deposits within the walls of subcutaneous small vessels with thrombosis and surrounding ischemic necrosis of fat. Scar tissue present at the deep margin. Gram stain negative. No acute inflammation to suggest infection.
Knee aspirate (separate accession): 420 nucleated cells, culture no growth at 72 hours.
"""),
("2018-12-10", "Wound Care Note", """
Wound care f/u R knee. Biopsy confirmed calciphylaxis. Pt on STS with HD.
R knee peri-incisional wound: 5.4 x 2.8 cm, eschar now lifting at edges w/ boggy slough underneath. Sharp debridement of loose nonviable tissue performed at bedside today, minimal bleeding. Post 5.4 x 2.8 x 0.3 cm.
Dressing: hydrofiber + foam, change q2-3 days by daughter.
Pain 6/10 (improved).
Plan: f/u 1 wk, continue STS, ortho aware.
"""),
]}

P05 = {"patient_id": "P05", "age": 54, "sex": "F", "notes": [
("2020-01-15", "Case Report", """
Calciphylaxis confined to a garden scratch: a case of Koebner phenomenon

Case presentation
A 54-year-old woman receiving haemodialysis for kidney failure caused by autosomal dominant polycystic kidney disease presented to our renal outpatient clinic with an exquisitely painful wound on her left calf. Because of a mechanical mitral valve prosthesis she had taken warfarin for many years. She did not have diabetes. While pruning roses in her garden she had caught her left calf on a thorny cane, leaving a linear scratch about 6 cm long that was initially unremarkable. Rather than healing, the scratch became surrounded by a purple, net-like discolouration, then hardened and turned black over the following weeks.
On examination there was a linear necrotic plaque, 7 by 2 cm, with a black eschar on the mid-posterior left calf, following the track of the scratch, with a violaceous retiform border and marked tenderness. There were no other cutaneous lesions; the right leg was normal. Laboratory tests showed a corrected calcium of 2.61 mmol/L, a phosphate of 2.30 mmol/L and a PTH of 98 pmol/L. Histology of an incisional biopsy from the edge revealed concentric mural calcification of tiny arterioles deep in the fat, with occluding thrombus and adipocyte necrosis, which established calciphylaxis.
We switched her anticoagulation from warfarin to low-molecular-weight heparin, withdrew calcium-containing phosphate binders and started sodium thiosulfate infusions after each dialysis session. The wound was dressed with a hydrocolloid and analgesia was escalated. After four months the eschar had separated and the ulcer was granulating.
"""),
("2020-01-15", "Case Report - Discussion", """
Discussion
Calciphylaxis usually affects areas of abundant subcutaneous fat and appears without an obvious trigger. Localisation to injured skin, a Koebner-like phenomenon, is recognised at injection sites and in surgical wounds; our patient illustrates that a trivial accidental injury can also localise the disease. The linear shape, precisely reproducing the thorn scratch, is difficult to explain by chance. The combination of warfarin, hyperphosphataemia and hyperparathyroidism probably created a susceptible vascular bed, in which minor trauma triggered local thrombosis.
Clinicians should examine any non-healing traumatic wound in a dialysis patient for livedo and induration. Patients at risk may reasonably be advised to protect their legs during gardening.

Figure 1. Linear necrotic plaque with retiform purpuric border along the path of a thorn scratch, left calf.
Figure 2. Subcutaneous arteriole with mural calcification (von Kossa, x200).
"""),
]}

P06 = {"patient_id": "P06", "age": 49, "sex": "M", "notes": [
("2020-09-03", "Dermatology Consult", """
Derm consult - inpatient
Requested by: hospital medicine. Q: painful thigh lesions.
HPI: 49M ESRD (FSGS) on HD, admitted 9/1 with hyperkalemia after missed sessions. Was hospitalized 7/2020 for a R femoral neck fracture (ORIF) and d/c'd to rehab on enoxaparin 30 mg SC daily, first dose 7/28/2020; rehab nurses gave the shots into both anterior thighs, alternating sides. In late August he noticed painful hard purple patches on both anterior thighs where the shots were given. Enoxaparin was stopped on discharge from rehab 8/30.
No DM. Never on warfarin. No hx similar lesions.
Exam: BMI 33.0. Anterior L thigh: 3 indurated violaceous plaques 2-4 cm, largest w/ central dusky necrosis. Anterior R thigh: 2 similar plaques, one with small black eschar. R lateral hip ORIF incision healed, no lesion. Abdomen, buttocks, calves clear.
A/P: Retiform plaques w/ early necrosis at LMWH injection sites in ESRD - favor calciphylaxis, ddx heparin-induced skin necrosis (HIT), embolia cutis medicamentosa (less likely with SC). PF4 Ab sent. Punch bx L thigh today.
"""),
("2020-09-05", "Surgical Pathology Report", """
Accession S20-18344
SKIN, LEFT ANTERIOR THIGH, PUNCH:
- Calciphylaxis: von Kossa-positive calcium in the walls of small vessels of the fat, thrombosis, and necrotic adipose tissue.
- No leukocytoclastic vasculitis. No fibrin thrombi in dermal vessels apart from the calcified arterioles.
"""),
("2020-09-10", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 9/1/2020  Discharge 9/10/2020
Principal dx: Hyperkalemia due to missed dialysis
Secondary: Calciphylaxis of bilateral anterior thighs (biopsy-proven) at former enoxaparin injection sites; ESRD on HD; s/p R hip ORIF 7/2020; obesity; HTN.
Hospital course:
#Hyperkalemia - K 7.1 on arrival, EKG peaked T, treated with Ca gluconate, insulin/dextrose, emergent HD. Resolved.
#Calciphylaxis - derm consulted, bx 9/3 confirmed. PF4 negative. Started sodium thiosulfate with HD, Ca binder swapped for sevelamer, cinacalcet added. Pain controlled with acetaminophen and low dose oxycodone. Wound care: nonadherent dressings to thigh wounds. DVT prophylaxis now mechanical only - no further SC anticoagulant injections.
#ESRD - resumed MWF schedule, pt counseled re missed sessions.
Discharge meds: sevelamer 1600 mg TID, cinacalcet 30 mg daily, amlodipine 10 mg, oxycodone 5 mg q6h prn.
F/u: derm wound clinic 1 wk, nephrology via HD unit.
"""),
]}

P07 = {"patient_id": "P07", "age": 69, "sex": "M", "notes": [
("2023-02-14", "Emergency Department Note", """
ED PROVIDER NOTE
CC: R ankle pain/wound
HPI: 69 y/o M with ESRD/HD Tu-Th-Sa, insulin-treated DM2, gout, CAD s/p PCI, presents w/ worsening painful sore on outer R ankle, started 2 weeks ago as a purple blotch and now black in the middle. Had a gout flare in R ankle and has been icing the R ankle with a frozen gel pack wrapped in a thin dish towel several times a day since last month. Flare is better. Denies fall, denies fever. No prior similar wounds. Not on anticoagulation except ASA/clopidogrel.
ROS: neg except as above.
Exam: T 37.0, HR 88, BP 171/77. R lateral malleolus: 3 x 2.5 cm necrotic ulcer w/ black eschar, violaceous retiform border extending 3 cm proximally, very tender. No crepitus, no purulence. DP/PT faintly palpable. L ankle normal. No lesions elsewhere on the legs.
MDM: ddx cold injury/frostbite, arterial ulcer, gouty tophus ulceration, calciphylaxis given ESRD. XR ankle: no gas, no osteomyelitis changes, vascular calcifications noted. Lactate nl, WBC 7.9.
Dispo: stable for d/c. Stop ice. Dry dressing. Podiatry urgent clinic f/u this wk, message sent to his nephrologist. BMI 29.1.
"""),
("2023-02-21", "Podiatry Clinic Note", """
PODIATRY
Pt referred from ED for R lat ankle wound. Seen w/ wife.
Wound R lateral malleolus 3.2 x 2.6 cm, full-thickness eschar, periwound livedo, no probe to bone. Pain out of proportion, exquisitly tender. Sensation diminished to monofilament bilat feet. L foot/ankle intact, no pre-ulcerative lesions.
ABI not reliable (noncompressible), TBI R 0.52.
A: Painful necrotic ulcer at site of repetitive ice pack application in an ESRD pt. Ddx: calciphylaxis vs ischemic ulcer, need to r/o the former.
P: 4mm punch bx at margin today (nephrology agrees). Betadine paint, dry gauze, offload with pillow under calf. No ice or heat to feet/ankles. RTC 1 wk.
"""),
("2023-03-01", "Telephone Encounter", """
Telephone call to pt re: biopsy result.
Path (R ankle) shows calciphylaxis - calcified arterioles w/ thrombosis in subcutis, negative for vasculitis and for crystals. Discussed w/ pt and wife. Nephrology (Dr. Iyer) notified and will start sodium thiosulfate at HD Thurs. Pt understands not to use ice on the ankle again. Wife asks if gout flares can be treated another way - told to call PCP re: prednisone/colchicine dosing for ESRD. Keep podiatry appt.
"""),
]}

PATIENTS = [P01, P02, P03, P04, P05, P06, P07]
