"""probe18 corpus notes, O01-O07 (hospital medicine: ED, H&P, consults, discharge; all invented)."""

O01 = {"patient_id": "O01", "age": 63, "sex": "F", "notes": [
("2019-09-20", "ED Provider Note", """
EMERGENCY DEPARTMENT - PROVIDER NOTE
CC: "my belly skin is turning black"
HPI: 63F, dialysis-dependent (Tu/Th/Sa) renal failure (ESRD, R brachiocephalic AVF), paroxysmal AF, L femoral DVT this summer, presents from dialysis after her nurse noticed a dark, exquisitely tender patch on the L lower abdomen. Pt reports it showed up x 3 wks as a red firm spot and has darkened since. She has been giving herself enoxaparin shots since 08/05/2019 while her Coumadin dose is being worked out - "always left of my belly button and below it, I'm right handed." Pain 9/10, worse when clothing brushes it. Denies fever, drainage, recent travel.
ROS: Gen - no fevers/rigors. CV - no CP. Pulm - no dyspnea. GI - no abd pain apart from the skin, no vomiting. GU - minimal UOP at baseline. Skin - as above, otherwise no rashes. Heme - no bleeding gums. 10 pt ROS otherwise neg.
PE: T 37.1, HR 88, BP 152/84. Obese habitus. LLQ abdomen: 6 x 4 cm stellate violaceous area with central black eschar, surrounding net-like livedo, marked tenderness, no fluctuance.
Labs: INR 2.3 / Plt 212 / K 5.1 / corrected calcium 9.4 / phosphate 6.8.
MDM: necrotic abdominal wall lesion in dialysis pt on LMWH + warfarin. Abscess seems unlikely w/o fluctuance. Ddx broad - skin necrosis from the anticoagulant, HIT, calcific uremic arteriolopathy. Will admit to hospitalist, derm to see in AM.
Dispo: admit, obs -> inpt.
"""),
("2019-09-21", "Hospital Medicine Admission H&P", """
ADMIT NOTE (HOSPITALIST)
CC: painful dark patch, left lower abdomen.
HPI: Mrs. Varga is a 63 yo woman receiving in-center hemodialysis for ESRD since 2016 (etiology presumed hypertensive nephrosclerosis), pAF, and a provoked L femoral DVT diagnosed in late July. She was started on warfarin with an enoxaparin bridge; per her report and the anticoagulation clinic log, the first injection was on 8/5/19 and she has continued them daily because her INR has bounced between 1.6 and 3.4. Every injection went into the left lower quadrant. About three weeks ago she felt a hard, hot spot there, which turned purple and then black centrally over the following days.
PMH: ESRD/HD; HTN; pAF; DVT 2019; OSA on CPAP; GERD. No diabetes (A1c 5.4% in June).
PSH: AVF creation 2015, cholecystectomy 2004.
Meds: warfarin 5 mg (dose varies per clinic), enoxaparin 60 mg SC daily, sevelamer 1600 TID with food, calcitriol (0.25), amlodipine, pantoprazole.
Social: lives with son, no tobacco, rare EtOH.
Family: mother - stroke; no known skin disease.
REVIEW OF SYSTEMS
 Constitutional: negative for fever, chills, night sweats; positive for poor sleep due to pain.
 HEENT: denies vision change, sore throat, epistaxis.
 Cardiac: denies chest pain, orthopnea, palpitations.
 Respiratory: no cough, no hemoptysis.
 GI: denies nausea, emesis, hematochezia.
 GU: oliguric, no dysuria.
 MSK: no new joint swelling.
 Neuro: no headache, no weakness, no numbness.
 Integument: painful LLQ lesion as in HPI; negative for other ulcers, blisters, pruritus.
 Heme/lymph: no lymph node swelling.
EXAM: Ht 160 cm, Wt 93.2 kg, BMI 36.4. Alert, uncomfortable. Abdomen soft, nontender deep; skin of L lower quadrant with an indurated violaceous plaque, black eschar centrally (approx 3 cm), retiform purpura at the margins. Right abdomen and thighs without lesions.
ASSESSMENT/PLAN
1. Necrotic plaque, LLQ abdomen - leading consideration is calciphylaxis given ESRD, warfarin, obesity and location at her injection site; alternative would be LMWH-induced skin necrosis. HIT antibody sent. Derm consult for punch biopsy. Hold enoxaparin; hep-free HD.
2. DVT on warfarin - continue, INR goal 2-3, discuss alternatives w/ nephrology.
3. ESRD - HD per renal, Tu/Th/Sa.
4. Pain - hydromorphone 0.2 mg IV q4h PRN; gabapentin 100 after each HD.
"""),
("2019-09-24", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
Reason: necrotic LLQ lesion; question of calciphylaxis vs drug reaction
History per chart and patient. Self-administered enoxaparin since early August, all doses into the left lower abdomen. Lesion began as an indurated nodule ~3 wk prior to admission.
Exam: L lower abdominal wall with a 6.5 x 4 cm retiform, purpuric, indurated plaque; central adherent black eschar; no bullae. No similar lesions on the right side, flanks, breasts or thighs.
HIT Ab negative (OD 0.18). Protein C activity pending.
Impression: The picture is that of calciphylaxis localized to skin she has needled daily; warfarin necrosis typically appears within days of starting warfarin, which does not fit the timing here, and HIT has been excluded serologically. I favor calciphylaxis. Today, after consent, took a 5 mm incisional specimen from the advancing border; to pathology for routine stains plus von Kossa.
Recs: avoid all subcutaneous injections in the abdominal wall; wound care with calcium alginate, nonadherent dressing; nephrology re: sodium thiosulfate; we will follow path.
"""),
("2019-09-29", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 9/21/2019 - Discharge 9/29/2019
Principal diagnosis: calciphylaxis of the left lower abdominal wall, biopsy confirmed.
Hospital course by problem:
# Calciphylaxis, LLQ abdomen: Presented with a necrotic, retiform plaque at the site where she had been self-injecting enoxaparin since 8/5/2019; onset roughly 3 weeks before the ED visit. Derm biopsy (9/24) showed mural calcium within little subcutaneous arterioles, intima thickened, a luminal thrombus (von Kossa +). HIT negative. Sodium thiosulfate begun, 25 grams with each HD run, sevelamer continued, calcitriol stopped. Wound RN following.
# Provoked DVT: warfarin stopped given its association with CUA; switched over to apixaban (2.5 BID) once nephrology and hematology weighed in.
# ESRD on HD: no changes to prescription except the STS.
# Obesity (BMI 36.4): outpatient nutrition referral.
Condition at discharge: stable, pain controlled.
Follow up: derm wound clinic 1 wk; HD unit to continue STS.
"""),
]}

O02 = {"patient_id": "O02", "age": 58, "sex": "M", "notes": [
("2020-12-22", "ED Triage and Provider Note", """
ED NOTE
58 yo M, PD pt (nightly cycler), T2DM, chronic R-sided back/flank pain from old L1 compression fx. Sent in by PD nurse for a blackish spot on R flank with severe pain. Wife says he's been sleeping every night since Thanksgiving w/ an electric heating pad tucked against his right side. He first saw the spot on 12/10, initially "a pink bruise", now darker and very tender.
No fever. PD effluent clear. No trauma otherwise, no falls.
Systems reviewed: no CP, no SOB, no N/V, no dysuria (makes some urine), no headache, no rash elsewhere. Rest neg.
Exam: afebrile, HR 96. Right posterolateral flank: irregular 5 cm area of dusky purple with gray-black center, stony induration, livedoid margins. Tenckhoff exit site on the left abdomen looks clean, tunnel nontender.
Labs: WBC 9.2 | lactate 1.1 | Ca 10.1 | P 7.4 | iPTH 812 (Nov).
A/P: painful necrotic flank lesion, differential: thermal injury, i.e. a burn; early nec fasc (doubt - no systemic signs); calciphylaxis. CT abd without gas. Admit medicine.
"""),
("2020-12-23", "Admission History and Physical", """
ADMISSION H&P - General Medicine, Team 3
HPI: Mr Delacroix-Nunez is a 58 y.o. man on CCPD since 2018 (diabetic nephropathy) admitted for a painful necrotic skin lesion over the right flank. Since 11/26/2020 (Thanksgiving) he has slept with a heating pad on the high setting wedged against the right flank for back pain. On 12/10 he noticed a tender pink patch at that spot that has become purple-black and indurated. He denies blistering at the start. No fevers/chills.
PMH: T2DM (linagliptin 5 mg, never on insulin), ESRD on PD, HTN, L1 compression fracture 2017, gout.
Meds: linagliptin, calcium acetate 667 mg TID, cinacalcet 30 mg, carvedilol, allopurinol 100 mg.
Allergies: sulfa (rash).
ROS -
 General: no fever, no chills, no weight loss.
 Eyes: no blurred vision.
 CV: no chest discomfort, no leg swelling beyond baseline.
 Pulm: negative for wheezing and cough.
 Abd: no peritonitis sx, no cloudy bags.
 Renal: dry weight stable.
 Skin: +painful R flank lesion; no itching, no other new spots.
 Neuro: neg for syncope, weakness.
 Endocrine: no hypoglycemic episodes.
PE: BMI 31.2 (Wt 99 kg). R flank with a 5.5 x 4 cm retiform purpuric plaque, dense subcutaneous induration, small central eschar. No bullae, no crepitus. Erythema ab igne pattern (reticulated brown) across the surrounding right flank skin.
A/P:
1) R flank necrotic plaque - my working impression is calciphylaxis in a high-phosphate PD patient, provoked by heat; thermal burn remains possible but the retiform border and induration argue against a simple burn. Derm consult. Stop heating pad (removed by wife). Pain: acetaminophen, low-dose oxycodone.
2) ESRD on PD - renal following; tighten phosphate control.
3) T2DM - continue linagliptin, POC glucose AC/HS.
"""),
("2021-01-04", "Discharge Summary", """
HOSPITAL DISCHARGE SUMMARY
Dates: 12/22/2020 - 01/04/2021
Final diagnoses: 1. Calciphylaxis, right flank (clinical diagnosis, biopsy deferred). 2. ESRD on CCPD. 3. Type 2 diabetes. 4. Obesity.
Hospital course:
Right flank lesion: dermatology felt a biopsy would be more harmful than helpful given the site and a classic clinical picture, and made a clinical diagnosis of calciphylaxis on 12/28; nephrology agreed. The lesion appeared on 12/10/2020 beneath the heating pad he had used nightly from Thanksgiving (11/26/2020). Treated with IV sodium thiosulfate (given via PD not feasible - peripheral IV x3/wk), switched calcium acetate to lanthanum, cinacalcet uptitrated. Eschar stable, pain improved.
PD: continued, extra daytime dwell added for phosphate clearance.
Diabetes: continued linagliptin, glucose 110-180.
Weight at discharge 97 kg, BMI 30.6.
Instructions: heat of any kind is off-limits (pads, lamps, hot-water bottles). Wound clinic 1/11.
"""),
]}

O03 = {"patient_id": "O03", "age": 71, "sex": "F", "notes": [
("2023-07-08", "ED Provider Note", """
ED PROVIDER NOTE
71F, HD MWF for ESRD, AF (Coumadin), chronic venous insufficiency. Here w/ painful sores of both legs below the knees. Says the sores started about 10 days ago as purple spots "right where the top of my stockings sit". Vascular clinic put her in knee-high stockings (20-30 mm Hg) in May and she's worn them daily since.
Denies fever, chills, falls, insect bites.
ROS: neg for chest pain, dyspnea, abd pain, melena, HA; +bilat leg pain; otherwise neg x10.
Exam: BP 118/62, HR 74 irreg irreg. Both calves, just below the popliteal fossae, have a circumferential band of violaceous retiform patches; two shallow black-based ulcers on the right calf, one on the left. Palpable DP pulses bilat, faint PT. Mild pitting edema.
INR 3.1.
MDM: band-like ulcers at stocking margin - could be pressure ulceration from the stockings, arterial ulcers, or given ESRD + warfarin a calciphylaxis picture. Hospitalist admit for wound w/u, pain.
"""),
("2023-07-09", "History and Physical - Hospitalist", """
HOSPITALIST ADMISSION NOTE
ID: 71 yo F; ESRD, dialyzing through a L forearm graft, atrial fibrillation on warfarin since 2017, CVI with prior venous stasis dermatitis, prediabetes (A1c 6.1, no meds).
HPI: Began wearing knee-high graduated compression stockings in May 2023, prescribed by vascular surgery for edema. Roughly 10 days before the ED visit she developed painful purple spots along the upper band on both calves that ulcerated. Nothing similar before.
REVIEW OF SYSTEMS (14 systems):
Constitutional - fatigue +, fevers -, sweats -
Eyes - no diplopia
ENMT - no epistaxis, no dysphagia
Cardiovascular - no angina, +chronic edema
Respiratory - no cough or SOB
Gastrointestinal - neg for nausea, bleeding
Genitourinary - anuric
Musculoskeletal - neg for joint pain
Skin - leg ulcers as above; neg for rash elsewhere
Neurologic - neg for focal deficit
Psychiatric - mood "down because of the pain"
Endocrine - no heat/cold intolerance
Hematologic - no abnormal bleeding
Allergic/Immunologic - none
Exam: Ht 157 cm, Wt 71.3 kg, BMI 28.9. Bilateral proximal calves with a band of retiform purpura, 3 ulcers 1-2 cm with dry black eschar. Feet warm.
ABI: R 0.98, L 1.02 (noncompressible not reported).
Assessment: necrotic, painful calf ulcers bilaterally at the stocking band. Possibilities include pressure necrosis from the stockings, calciphylaxis, and warfarin-associated necrosis; arterial disease seems less probable with normal ABIs. Consult vascular surgery and dermatology. Stockings off. Hold warfarin, start heparin gtt (INR allowing).
"""),
("2023-07-12", "Consult Notes - Vascular Surgery and Dermatology", """
VASCULAR SURGERY CONSULT (7/11)
Ulcers lie where the upper band of the stockings we prescribed in May sits. In our view these are pressure ulcers from an ill-fitting garment, compounded by edema. Duplex: no DVT, patent arteries. Recommend local wound care, no surgical intervention, refit stockings later.

DERMATOLOGY CONSULT (7/12)
We respectfully disagree with the pressure-ulcer interpretation. The lesions show retiform purpura with stellate borders and deep induration extending beyond the ulcer margins, which is not the look of simple pressure injury; given dialysis and warfarin exposure this strongly suggests calciphylaxis triggered at the stocking band (a Koebner-like localization). Punched (4 mm) the left calf lesion's margin today. Will call with results.
"""),
("2023-07-19", "Discharge Summary", """
DISCHARGE SUMMARY - Medicine
Admitted: 07/08/2023. Discharged: 07/19/2023.
Discharge diagnoses: calcific uremic arteriolopathy of bilateral calves (biopsy-proven); ESRD on HD; AF; CVI.
Course:
1. CUA - Path 7/15: arteriolar medial calcification plus fat necrosis, i.e. calciphylaxis; vascular surgery reviewed and concurs. Onset was ~6/28/23 at the proximal band of the compression stockings she had worn since May 2023. Sodium thiosulfate with each HD, cinacalcet started. Stockings discontinued permanently.
2. AF - off warfarin, now on apixaban.
3. Prediabetes - no treatment.
Dispo: home, HH RN for dressings. BMI 28.9.
"""),
]}

O04 = {"patient_id": "O04", "age": 55, "sex": "F", "notes": [
("2021-06-30", "ED Provider Note", """
EMERGENCY MEDICINE
55 y.o. female on M-W-F hemodialysis, insulin-requiring T2DM, R breast cancer s/p lumpectomy 03/09/2021, here for R breast pain and a dark area on the surgical scar. Noted the first hard red spot along the scar in early June; it has spread and a black crust formed last week. Radiation not yet started (delayed for wound).
ROS - negative: fever, chills, chest pain, SOB, abdominal pain, vomiting, diarrhea, headache. Positive: breast pain.
Exam: T 37.4. R breast UOQ: curvilinear healed lumpectomy incision; along it a 7 cm band of indurated dusky violaceous skin with 2 black eschars and a livedoid halo. No fluctuance, no drainage. L breast normal.
U/S breast: no drainable collection.
Impression: necrosis along lumpectomy scar. Could represent fat necrosis, post-op infection, or ischemic skin necrosis; surgeon on call raised calciphylaxis. Admit for IV abx, surgical oncology + derm consults.
"""),
("2021-07-01", "Admission H&P", """
H&P - HOSPITAL MEDICINE
HPI: 55F with ESRD (HD since 2019), type 2 diabetes (glargine 30 units at bedtime, lispro correction; injects into abdomen), stage I R breast IDC s/p R lumpectomy with SLNB on 3/9/21, now w/ progressive painful necrosis along the lumpectomy incision beginning early June 2021.
PMH: as above + HTN, HLD, secondary hyperparathyroidism.
Home meds: glargine, lispro, sevelamer, cinacalcet 60, atorvastatin, letrozole.
ROS:
 CONSTITUTIONAL: neg chills; neg fever at home
 CARDIOVASCULAR: neg palpitations
 RESPIRATORY: neg dyspnea
 GI: neg constipation, neg abdominal pain
 GU: minimal urine output (baseline)
 SKIN: + painful breast lesion; neg rash on legs, neg ulcers elsewhere
 NEURO: neg paresthesias beyond baseline neuropathy in feet
 HEME: neg bruising
 ENDO: neg polyuria/polydipsia; no hypoglycemia
Exam: BMI 33.0. R breast: incision from 10 to 11 o'clock with necrotic eschar x2, indurated violaceous plaque 7 x 3 cm, tender. No axillary fluctuance.
A/P:
#R breast necrosis along lumpectomy scar - infection vs fat necrosis vs CUA. Empiric vancomycin (dosed with HD) pending consults. Derm for biopsy.
#ESRD - HD tomorrow.
#DM2 - glargine 24 u (reduced), SSI.
#Breast ca - onc aware.
"""),
("2021-07-09", "Discharge Summary", """
DISCHARGE SUMMARY
Dates of stay: 06/30/2021 to 07/09/2021
Diagnoses: calciphylaxis of the right breast at the lumpectomy incision (biopsy-proven); ESRD (HD); T2DM requiring insulin; obesity; breast carcinoma s/p lumpectomy.
Summary:
On admission a post-operative wound infection was the initial concern and vancomycin was started. Surgical oncology (7/2) thought fat necrosis more plausible than infection; derm (7/3) considered calciphylaxis the most probable explanation and performed a punch biopsy. Pathology on 7/6 showed calcium deposition within small vessel walls of the subcutis with septal panniculitis, which establishes calciphylaxis. Abx stopped. The lesions started in early June 2021 along the healed incision from the 03/09/2021 lumpectomy. STS initiated with HD, cinacalcet continued, calcium-containing binders avoided. Radiation oncology will reconsider timing.
DM: glargine 24 u qHS, lispro correction.
Follow up: derm 1 wk, breast surgery 2 wk, HD unit.
"""),
]}

O05 = {"patient_id": "O05", "age": 77, "sex": "M", "notes": [
("2019-01-11", "ED Provider Note", """
ED
77M, mechanical AVR on warfarin, CKD stage 3a (baseline Cr 1.4), morbid obesity. Slipped on the icy driveway on Christmas Eve and landed on his L buttock; had a large bruise there afterwards. On 01/03/2019 his wife saw a "purple net" inside the fading bruise, then a black crust. Now can't sit.
Pertinent negatives: no fever, no incontinence, no back pain radiating, no numbness.
Full ROS otherwise unremarkable.
Exam: T 36.9. L buttock, superolateral: 8x6 cm violaceous retiform plaque with 3 cm central black necrosis, rim of yellow-green resolving ecchymosis. R buttock intact. Sacrum intact.
INR 3.8 (supratherapeutic).
Impression: necrotic L buttock lesion after fall on warfarin. ED thinks hematoma with skin necrosis most likely; ddx warfarin skin necrosis. Admit.
"""),
("2019-01-12", "Admission H&P", """
HISTORY AND PHYSICAL
Source: pt, wife, records.
HPI: 77-year-old man with a St Jude mechanical aortic valve (2011) on warfarin, CKD 3a, HTN, OSA, BMI 41.0, presents with a necrotic lesion of the L buttock. He fell on 12/24/2018, landing on that buttock, with bruising that was slowly fading. From 1/3/2019 the bruised area became intensely painful with a lacy purple pattern and a central black crust. Not diabetic.
Home meds: Coumadin 7.5 mg qd, metoprolol, lisinopril, CPAP nightly, calcium carbonate 1250 mg BID (OTC, for "bones"), vitamin D 2000 IU.
ROS
 Gen: -fever, -chills, +malaise
 HEENT: -
 CV: -CP, -syncope
 Resp: -cough
 GI: -melena, -hematochezia
 GU: -hematuria
 MSK: +buttock pain, -hip pain
 Skin: +lesion as per HPI, -other bruises currently
 Neuro: -weakness
 All else negative
Exam: obese. L buttock: indurated, exquisitely tender violaceous plaque 8 x 6 cm with central eschar; retiform edges. No fluctuance on bedside US.
Labs: Cr 1.5, Ca 9.8, Phos 4.6, albumin 3.1, PTH 88.
A/P
1. L buttock necrotic plaque - the list: hematoma with overlying necrosis; warfarin-induced skin necrosis (though only after more than seven years of it); nonuremic calciphylaxis (obesity, warfarin, calcium supplements, low albumin). Derm consult for biopsy. Hold warfarin given INR 3.8, bridge w/ heparin gtt once INR < 2.5 given mechanical valve.
2. CKD 3a - stable.
3. Obesity, OSA - CPAP.
"""),
("2019-01-15", "Dermatology Consult", """
Dermatology consult
Asked to evaluate L buttock necrosis.
Hx reviewed: fall 12/24/18 with contusion of the left buttock; lesion evolved from 1/3/19 inside the bruised area.
Exam: retiform purpuric plaque L buttock with central necrosis, stellate outline, deep induration extending 2 cm past the purpura. Nothing on the R buttock, thighs or abdomen.
Impression: Nonuremic calciphylaxis heads my list; trauma from the fall may have localized it. Warfarin necrosis would be unusual this far into therapy. Hematoma alone does not explain the retiform pattern.
Procedure: double punch (6 mm into 4 mm) at lesion edge, hemostasis with gelfoam.
Recs: stop calcium carbonate and vit D; await pathology; pain control.
"""),
("2019-01-22", "Discharge Summary", """
DISCHARGE SUMMARY
Admission 01/11/2019, discharge 01/22/2019.
Principal dx: nonuremic calciphylaxis, L buttock, biopsy-proven.
Course:
- Calciphylaxis: path (1/18) with von Kossa-positive calcification of subcutaneous arterioles and thrombosis; no vasculitis. The lesion began 1/3/2019 within the bruise from his 12/24/2018 fall. Calcium/vit D supplements stopped. IV sodium thiosulfate 3x/week via PICC (placed R arm) to continue at infusion center.
- Mechanical AVR: warfarin is indicated and has no alternative for a mechanical valve; resumed at lower INR target 2.0-2.5 after cardiology discussion.
- CKD 3a: Cr 1.4-1.6, not on dialysis.
- Obesity: BMI 40.7 at discharge.
Follow up derm, cardiology, infusion center.
"""),
]}

O06 = {"patient_id": "O06", "age": 49, "sex": "F", "notes": [
("2023-09-15", "ED Provider Note", """
ED NOTE - FAST TRACK -> MAIN
49 yo F (HD for ESRD; insulin for DM2). C/o painful "scab" on back of R arm since Labor Day. Pen insulin is injected in the posterior R and L upper arms ever since summer 2022 when her abdomen got "too lumpy". The sore area is where she injects on the right.
ROS negative for F/C, CP, SOB, N/V, dysuria, HA. +R arm pain.
PE: R posterior upper arm: 4x3.5 cm indurated plaque, black eschar in the middle, purple reticulated border. L posterior arm w/ some lipohypertrophy but no lesion.
Assessment: possible cellulitis with necrosis; cannot exclude calciphylaxis at the injection site in this HD patient. Admit.
"""),
("2023-09-16", "Admission H&P", """
HOSPITAL MEDICINE ADMISSION
Pt: 49F. PMH: ESRD from diabetic nephropathy, HD through R IJ tunneled cath (AVF maturing L arm); T2DM x 20 yrs (degludec + aspart); obesity (BMI 37.5); HTN; depression.
HPI: She rotates insulin between the backs of both arms, a habit since summer of 2022. On 9/4/2023 (Labor Day) she noticed a tender, firm area at her usual right-arm injection spot, which became dark and crusted over the next week. No fevers. No other lesions.
ROS (pertinent):
 Gen neg fever; neg weight loss
 Cardio neg orthopnea
 Lungs neg cough
 GI neg abd pain
 Skin pos R arm lesion, neg elsewhere
 MSK neg joint swelling
 Neuro neg focal weakness
 Remainder reviewed, negative
Exam: R posterior upper arm necrotic plaque as described by ED; no lymphangitic streaking. Tunneled cath site clean.
Labs: WBC 8.4, CRP 34, Ca x Phos product 68.
A/P:
1. R posterior arm necrotic lesion - suspect calciphylaxis at insulin injection site; cellulitis is a lesser concern (afebrile, no streaking) but will give cefazolin with HD until derm weighs in. Derm consult, biopsy.
2. DM2 - degludec 20 u, aspart with meals; inject into thighs for now, not arms.
3. ESRD - HD Tu/Th/Sat.
"""),
("2023-09-19", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Seen at request of Dr. Amankwah for R arm necrosis.
Exam: stellate necrotic eschar with surrounding retiform purpura and indurated subcutis on the R posterior upper arm, at her insulin injection site. Left arm: lipohypertrophy only.
Punch biopsy 9/17: pathology today shows circumferential calcification of small arterioles in subcutaneous fat with thrombi and panniculitis, von Kossa highlights calcium. Diagnosis: calciphylaxis.
Comment: localization to an insulin injection site is well described.
Recs: stop arm injections, sodium thiosulfate each HD, d/c cefazolin, wound care with hydrogel, pain team.
"""),
]}

O07 = {"patient_id": "O07", "age": 66, "sex": "M", "notes": [
("2025-04-02", "Emergency Department Note", """
ED PHYSICIAN NOTE
HPI: 66M ESRD/HD (TTS), hx PE 2021 on warfarin until 2022 now on apixaban, presents with R calf wound. Pt has had bad post-dialysis cramps in the R calf muscle since February, and has been treating them by strapping a gel cold pack to the posterior R calf for an hour or so most evenings. On March 18 he noticed a painful purple patch where the pack sits, now an open black ulcer.
ROS: Denies fever, chills, chest pain, SOB, abd pain, N/V/D. Denies numbness in feet. No prior leg ulcers.
Exam: HR 82, T 37.0. R posterior calf, mid: 5x4 cm ulcer, dry black base, surrounding violaceous retiform border and firm induration. Erythema extends 2 cm. L leg normal. DP/PT palpable bilaterally.
Labs: WBC 11.8.
Assessment: R calf ulcer - ? cellulitis with ulcer, ? cold injury, ? calciphylaxis. Admit, start abx.
"""),
("2025-04-07", "Consult Notes (Infectious Disease, Dermatology)", """
INFECTIOUS DISEASE CONSULT 4/5/25
Assessment: R calf ulcer w/ surrounding erythema; I think this is primarily a soft tissue infection with secondary necrosis. Blood cx negative so far. Recommend cefazolin with HD x 10 days. Calciphylaxis is on the table but unlikely in my opinion, phosphorus is controlled.

DERMATOLOGY CONSULT 4/7/25
The examination does not support ID's view: retiform purpura, stellate necrosis and woody induration beyond the erythema are features of calciphylaxis rather than cellulitis; a cold injury would not usually look like this either. The lesion began 3/18/25 exactly where he has applied a cold pack since February. Probable calciphylaxis provoked by repeated cold exposure - biopsy to confirm today (4 mm punch from periphery). Recs: stop the cold packs; avoid warfarin (already off since 2022).
"""),
("2025-04-14", "Discharge Summary", """
DISCHARGE SUMMARY
Admission: 4/2/2025. Discharge: 4/14/2025.
Final dx: Calciphylaxis, right posterior calf, biopsy confirmed.
Problem list course:
# Calciphylaxis R calf - biopsy 4/7 with medial calcification of dermal and subcutaneous arterioles and microthrombi; no organisms on tissue stains. The ulcer began on 3/18/2025 at the spot where he had been placing a cold gel pack since February 2025 for post-dialysis cramps. ID signed off after path; cefazolin stopped day 6. Sodium thiosulfate each HD session.
# Cramps - midodrine pre-HD trial, dry weight adjusted up 0.5 kg. Educated: no ice or cold packs.
# Hx PE - apixaban continued. (Warfarin 2021-2022 - remote.)
# ESRD on HD - TTS.
Wt 72 kg, BMI 24.0.
"""),
]}

PATIENTS = [O01, O02, O03, O04, O05, O06, O07]
