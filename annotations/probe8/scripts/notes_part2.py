"""probe8 corpus notes, D08-D14 (all invented)."""

D08 = {"patient_id": "D08", "age": 63, "sex": "M", "notes": [
("2024-01-05", "Emergency Department Provider Note", """
EMERGENCY DEPARTMENT
Chief complaint: Fall on ice, L thigh pain, missed dialysis.
HPI: Man, 63, on hemodialysis M/W/F for ESRD, with an end colostomy (Hartmann's for perforated diverticulitis 2021), here after he slipped on the icy driveway this morning getting the mail and landed hard on his left side. Able to walk in with a limp. Large painful swelling on the outer L thigh. Did not hit head. Because of the fall he did not go to dialysis today (last HD Wed 1/3).
ROS: mild SOB lying flat. No CP.
Exam: BP 172/96, HR 78, SpO2 94% RA. Alert. Mild bibasilar crackles. Ostomy pink, functioning. L lateral thigh: 12 x 9 cm tender ecchymosis with underlying firm hematoma, skin intact, no open wound. Hip ROM full, pain-free with log roll. Neurovasc intact distally. R leg normal.
Imaging: XR L hip and femur: no fracture.
Labs: K 6.7, HCO3 17, BUN 98. ECG: peaked T waves, no QRS widening.
ED course: calcium gluconate 1 g IV, insulin regular 5 units IV with D50, albuterol neb. Nephrology called - urgent HD tonight.
Impression: 1) Hyperkalemia after missed HD. 2) L thigh hematoma from mechanical fall, no fracture. 3) Mild volume overload.
Plan: Admit to medicine for HD, K monitoring. Ice and compression NOT advised over the thigh per renal, just elevation.
"""),
("2024-01-26", "Vascular Surgery Consultation", """
VASCULAR SURGERY CONSULTATION

Date: 01/26/2024. Requested by the hospital medicine team (readmission).
Reason: painful necrotic thigh lesion, question of ischemia vs hematoma necrosis vs calciphylaxis; is there anything to revascularize or debride?

History: 63-year-old man with ESRD on hemodialysis through a right brachiobasilic fistula, hypertension, and an end colostomy. No diabetes, no history of warfarin use. He was admitted 1/5-1/8 after he slipped on ice and fell onto his left side, sustaining a large left lateral thigh hematoma, and needed urgent dialysis for hyperkalemia. During that stay he received subcutaneous heparin 5000 units every 8 hours starting 1/6; because of the stoma and a large midline hernia, nursing gave it into the thighs, left and right, per the MAR. He went home with the bruise slowly fading. Two days ago he noticed that an area in the middle of the old bruise on the left thigh had become purple, mottled and far more painful than the bruise ever was, and this morning it was black in the center. He came back through the ED. He reports the pain as burning, 9/10, constant, not related to walking. He walks two blocks without calf pain. No fever.

Past medical history: FSGS leading to ESRD; dialysis since 2019. Hypertension. Secondary hyperparathyroidism (PTH 900-1400 over the last year, declined parathyroidectomy). Perforated diverticulitis with Hartmann's procedure 2021. Parastomal and midline incisional hernias. Gout.
Medications: amlodipine 10 mg, labetalol 200 mg twice daily, calcium acetate (three 667 mg caps each meal), calcitriol with each dialysis (0.5 mcg), febuxostat 40 mg, epoetin with dialysis. Heparin with dialysis circuit.
Social: Retired postal carrier. Lives with his brother. Former smoker, 20 pack-years, quit 2015.

Exam:
Vitals: T 37.0, HR 80, BP 158/88, saturating 96% on room air. Weight 82 kg, BMI 27.2.
General: Well-developed, uncomfortable.
Abdomen: End colostomy LLQ functioning; large reducible midline incisional hernia; no lesions at the stoma or on the abdominal skin.
Left thigh, lateral: within a fading yellow-green bruise there is an indurated plaque (8 x 6 cm) whose border is lacy, violaceous and retiform, around a gray-black necrotic center of 3 x 2 cm. Several small dusky puncture points are visible at the anterior edge of the plaque, which the patient points out as "where they gave me the shots". Exquisitely tender.
Right thigh: a few healed puncture marks from heparin, no induration, no purpura.
Pulses: femoral 2+ bilaterally, popliteal 2+ bilaterally, DP and PT palpable bilaterally. Feet warm.
Right arm: fistula with thrill and bruit.

Noninvasive studies (today): ABI 1.02 right, 0.98 left, triphasic waveforms. Duplex of the left thigh soft tissue: no fluid collection (hematoma has resorbed), subcutaneous edema with punctate echogenic foci along small vessels.

Assessment: The left lower extremity has normal arterial perfusion, so this is not an ischemic wound in the usual sense and there is nothing to revascularize. There is no residual hematoma to evacuate and no abscess. The picture - retiform purpura, disproportionate pain, necrosis, very high PTH and a calcium-based binder in a dialysis patient - points to calciphylaxis. It has developed at a site of recent blunt trauma (the hematoma from the fall) and of repeated subcutaneous heparin injections.

Recommendations:
1. Confirm with a punch biopsy from the plaque margin; dermatology is coming today and will do it.
2. No surgical debridement at this time.
3. Calcium acetate and calcitriol should be stopped; nephrology to consider sodium thiosulfate and cinacalcet.
4. No more SC injections into either thigh; use mechanical DVT prophylaxis.
5. Pain service for neuropathic-type pain.
Vascular surgery will sign off. Happy to see again if needed.
"""),
("2024-02-01", "Discharge Summary", """
DISCHARGE SUMMARY
Admission: 01/25/2024  Discharge: 02/01/2024
Principal diagnosis: Calciphylaxis, left lateral thigh, biopsy-proven (punch 1/26: calcified subcutaneous arterioles with thrombosis and calcific panniculitis).
Other diagnoses: ESRD on HD MWF; secondary hyperparathyroidism; hypertension; end colostomy with hernias.
Brief course: Re-presented with a painful necrotic plaque on the L lateral thigh first noticed 1/24, arising in the area of the hematoma from his 1/5 fall on ice and of the SC heparin injections given in the thighs during his early January admission. Vascular surgery found normal perfusion. Derm biopsy confirmed calciphylaxis. Calcium acetate and calcitriol stopped; sevelamer started; cinacalcet 30 mg daily started; sodium thiosulfate, 25 g IV, given with dialysis since 1/29 and will continue at his outpatient unit. Wound: hydrocolloid, no debridement. Pain managed with gabapentin 100 mg after HD and oxycodone 2.5 mg PRN.
Instructions: legs are not to be used for injections; keep ice and heat off the thigh; parathyroid surgery referral placed.
Follow-up: HD unit Friday; dermatology 2 weeks; endocrine surgery.
"""),
]}

D09 = {"patient_id": "D09", "age": 70, "sex": "F", "notes": [
("2015-08-03", "Vascular Surgery Consult", """
VASCULAR SURGERY - INPATIENT CONSULT
Pt: 70F. Consulting: Medicine, Dr. Ishikawa. Q: R leg ulcer - arterial? debridement?

HPI: 70 yo woman, dialysis-dependent (TTS) since 2012 for ESRD from diabetic nephropathy, insulin-dependent DM2, HTN, PAD s/p L 2nd toe amputation (2013), admitted 7/31 with a painful R leg ulcer and poor oral intake. The ulcer began in early July as a painful purple patch on the outer part of her right calf with no injury she can recall; her daughter confirms nothing happened to the leg before it appeared. It has enlarged steadily. Last week, after the ulcer was already there, she caught the same spot on her wheelchair's footrest at the dialysis unit and it bled a little. Pain 10/10 at night. She injects her insulin (NPH twice daily) into her abdomen only. No warfarin history.

PMH: as above, plus CAD, hypothyroidism, diabetic retinopathy.
PSH: L 2nd toe amputation 2013; L arm AV fistula 2011; cataract surgery.
Meds: NPH insulin 12 u BID, levothyroxine, metoprolol, atorvastatin, aspirin, calcium acetate, calcitriol, cinacalcet, epoetin.
Allergies: penicillin (hives).

Exam: Afebrile, BP 142/70, HR 72. BMI 24.3.
RLE: Lateral calf, mid third: 6 x 4 cm full-thickness ulcer with black eschar over 70% and yellow slough, surrounded by violaceous retiform purpura and livedo extending 4 cm. Fresh small abrasion at the lower edge (footrest bump). Femoral pulse 2+, popliteal 1+, pedal pulses absent, Doppler monophasic PT, absent DP. Foot cool to mid-foot, cap refill 4 s.
LLE: healed 2nd toe amputation site; no ulcers.
Abdomen: insulin injection areas without nodules or plaques.

Studies: ABI noncompressible bilat. TBI R 0.32, L 0.40. Toe pressure R 38 mmHg.

Procedure (bedside, today): with patient consent and topical lidocaine, sharp debridement of the nonviable slough at the inferior margin of the R calf ulcer, approx 4 sq cm, to bleeding tissue; minimal blood loss; plus a 4 mm punch from the superior purpuric margin and sent to pathology.

Impression: R calf necrotic ulcer. Differential: calciphylaxis (ESRD, calcium binder, retiform purpura, severe pain) vs ischemic ulcer from tibial disease (TBI 0.32). Likely both contribute.
Plan: Await biopsy. CTA runoff with limited contrast not needed if biopsy confirms calciphylaxis; angiography with possible tibial intervention to be discussed once known, as perfusion is poor. Wound care consult. Offload heel.
"""),
("2015-08-07", "Dermatopathology Report", """
DERMATOPATHOLOGY REPORT
Site: Right lateral calf, punch biopsy.
Clinical information: ESRD, painful retiform ulcer, r/o calciphylaxis vs ischemic ulcer.
Microscopic description: Ulcerated epidermis over necrotic dermis. Many small arterioles deep in the dermis and in the subcutis show circumferential calcification of the media and intimal fibroplasia; fibrin thrombi in two vessels. Calcium deposition in fat septa. Von Kossa positive.
DIAGNOSIS: Right lateral calf - calciphylaxis.
"""),
("2015-08-20", "Wound Care Nursing Note", """
Wound/Ostomy RN - follow-up visit, 4 East
Wound #1: RLE lateral calf calciphylaxis ulcer (bx-proven 8/7). 6.3 x 4.2 cm. Tissue: eschar ~half, slough ~30 percent, granulating ~20 percent (debrided lower edge). Small serosanguinous drainage. Periwound livedo, no new satellite lesions.
Pt told RN that for pain she has been resting a bag of ice on the ulcer when the dressing is off; explained that cold on the wound is not recommended and removed it from the room with her agreement.
Treatment: Cleanse with Vashe, apply Santyl to slough only, cover with Mepilex border; change daily. Pressure: heel lift boots both feet, R leg elevated on pillows.
Other skin: Sacrum intact. L foot intact.
Pt on sodium thiosulfate with HD since 8/10. Pain improving, 6/10.
Plan: f/u 3x weekly while inpatient. Reinforced no ice, no heat.
"""),
]}

D10 = {"patient_id": "D10", "age": 59, "sex": "M", "notes": [
("2020-11-12", "Hospital Medicine Progress Note", """
PROGRESS NOTE - COVID unit, HD 6
Subjective: Feels less short of breath; now on 2 L NC (from 6 L HFNC on admission). Cough persists. Main complaint today is pain in his R leg at the front of the thigh, which he says started on 11/9 as a deep ache and is now "burning like fire". Asked whether anything happened there: nothing he knows of; nurse applied an ice pack to it on 11/10 for comfort, which he says made it worse.

Objective:
VS: T 37.4, HR 94, BP 126/78, RR 20, SpO2 94% on 2 L.
Gen: obese man in bed, comfortable on nasal cannula; never required intubation.
Lungs: coarse crackles bilateral bases.
CV: RRR.
Abd: obese, soft. Insulin glargine given into the abdomen here per MAR since admission 11/6 (at home he always injects into his L thigh - "only ever the left leg, never the right").
Ext: R anterior/medial thigh: violaceous plaque 10 x 6 cm, firm and tender, faint retiform border, no eschar, no warmth, no fluctuance. L thigh: old small lipohypertrophy at home injection area, no plaque, no discoloration. Calves soft.
Lines: PIV R hand. No central lines.
HD: L arm AVF.
Labs: CRP 64 (down from 180), D-dimer 1.9, ferritin 1450. Ca 10.0, PO4 7.8, PTH 620. Glucose 180-250.
Doppler R leg (11/11): no DVT.

A/P: 59M; ESRD, dialysis T/Th/Sat; DM2 needing insulin; obesity (BMI 37.9), HTN, admitted 11/6 with COVID-19 pneumonia.
1. COVID-19 pneumonia w/ hypoxemia - improving. Dexamethasone day 7/10. Remdesivir not given (ESRD). Wean O2 to goal SpO2 > 92%.
2. Painful indurated plaque R thigh since 11/9 - no DVT. DDx: calciphylaxis (ESRD, PO4 7.8, obesity, insulin), hematoma (on prophylactic heparin but not in the thigh), panniculitis, early cellulitis (no fever trend). Derm consult requested. Hold further ice. Stop calcium carbonate.
3. ESRD - HD today with renal; sevelamer started.
4. DM2 with steroid hyperglycemia - increase glargine to 30 u, correction scale.
5. DVT ppx - heparin SC 5000 q8h (abdomen).
6. Obesity.
Dispo: when on room air.
"""),
("2020-11-16", "Dermatology Consult", """
Dermatology Consultation (done in person with full PPE)
59 yo M, ESRD/HD, DM2 on insulin, BMI 37.9, COVID-19 pneumonia. Painful R thigh plaque since 11/9.
Hx: injects insulin at home exclusively into the L thigh for years; while inpatient into the abdomen. No trauma, heat, or pressure to the R thigh before onset. Ice applied 11/10 after the pain had already started.
Exam: R anterior and medial thigh: 12 x 7 cm indurated violaceous plaque, retiform purpura at the periphery, new 1.5 cm dusky central area; livedo racemosa extending toward the knee. L thigh (home injection site) - soft lipohypertrophy only, no purpura. Abdomen: no lesions at the inpatient injection sites.
A: Calciphylaxis of the R thigh - clinically typical. Not located at an injection site or any site of trauma.
P: 5 mm punch biopsy of the R thigh plaque edge performed today. Start STS with HD if path consistent. Avoid injections into the R thigh. No ice/heat.
"""),
("2020-11-20", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: Skin, right thigh, punch biopsy.
Diagnosis: CALCIPHYLAXIS.
Microscopic: Small subcutaneous vessels show medial calcium deposits, narrowed lumina and thrombosis; extravascular calcium in adipose lobules; fat necrosis. No vasculitis, no organisms.
Note: Results communicated to the dermatology consult team on 11/20/2020.
"""),("2020-11-25", "Discharge Summary", """
HOSPITAL DISCHARGE SUMMARY
Dates: admitted 11/06/2020, discharged 11/25/2020 to home with home health.
Discharging physician: hospital medicine, COVID unit.

Diagnoses this admission:
1. COVID-19 pneumonia with acute hypoxemic respiratory failure - resolved, on room air since 11/19.
2. Calciphylaxis of the right thigh (anterior/medial), onset 11/09/2020, confirmed on punch biopsy 11/16 (report 11/20).
3. ESRD on maintenance hemodialysis, Tue/Thu/Sat, L arm fistula.
4. Type 2 diabetes on basal insulin, with steroid-induced hyperglycemia.
5. Obesity, BMI 37.9.
6. Hypertension.
7. Stage 1 pressure injury of the coccyx from bed rest - resolved with turning.

Course:
He came in on day 5 of COVID symptoms with SpO2 84% on room air and bilateral ground-glass opacities. He received dexamethasone for 10 days and supplemental oxygen up to 6 L by high-flow cannula, with steady improvement; he was never intubated. Dialysis continued on schedule with extra ultrafiltration early on.
On 11/09 he developed deep pain in the front of the right thigh, then a firm purple plaque with a netlike edge. Venous duplex was negative. Dermatology felt it was typical of calciphylaxis and biopsied it; pathology confirmed calcified small subcutaneous vessels with thrombosis. He had never injected anything into the right thigh and had no injury there; the only thing applied to it was an ice pack on 11/10, after the pain had begun, which was stopped. Calcium carbonate was stopped and sevelamer started; sodium thiosulfate was begun with dialysis on 11/21 and will go on at each of his three weekly outpatient sessions. The central part of the plaque has since formed a 2 cm dry eschar; it is dressed with a silicone foam and left undisturbed.
Glucose ran 200-300 on dexamethasone and settled once it ended; glargine is back to his home dose of 24 units.
A right hand IV infiltrated on 11/15, leaving a small bruise that is fading.

Discharge exam: afebrile, SpO2 95% RA, lungs with a few basal crackles, R thigh plaque 12 x 7 cm with central dry eschar, tender; L thigh unchanged (soft lipohypertrophy where he injects at home).

Medications at discharge: insulin glargine 24 units nightly (he will keep injecting into his left thigh as he always has; told never to use the right thigh), sevelamer 1600 mg with every meal, amlodipine 10 mg, carvedilol 25 mg twice daily, gabapentin 100 mg after dialysis, acetaminophen 1 g every 8 hours, oxycodone 5 mg every 6 hours as needed for severe pain (#20).
Stopped: calcium carbonate, calcitriol.

Follow-up: dialysis unit Thursday (sodium thiosulfate orders sent); dermatology in 2 weeks; wound clinic in 1 week; primary care in 2-4 weeks; COVID isolation ends 11/26 per infection control.
"""),
]}

D11 = {"patient_id": "D11", "age": 77, "sex": "F", "notes": [
("2023-03-07", "Cardiology Consultation", """
CARDIOLOGY CONSULT
Reason: AF with RVR, anticoagulation decision, "leg ulcers while on warfarin".

History of present illness: 77-year-old woman with permanent atrial fibrillation on warfarin since 2014, HFpEF, moderate aortic stenosis, and ESRD on hemodialysis (Tue/Thu/Sat) since 2020, admitted on 3/4 with palpitations and AF at 140-150 after a missed session. She also has painful sores on both calves, which she and her daughter say began about 3 weeks ago as purple blotches on the rear of both calves and have since developed black centers. She denies injuring her legs; no heat, no ice; compression stockings never worn. On admission warfarin was held (INR 4.1) and she was started on subcutaneous heparin 5000 units q8h into the abdomen for VTE prophylaxis; on 3/6 the wound team applied light multilayer compression wraps to both calves for edema.

Past history: permanent AF; HFpEF (EF 60%); moderate AS (AVA 1.1 cm2, mean gradient 28); ESRD (hypertensive nephrosclerosis), HD through a R upper arm AVF; hypertension; hypothyroidism; osteoporosis with vertebral fractures; no diabetes.
Medications at home: warfarin 2 mg daily, diltiazem ER 180 mg, metoprolol succinate 50 mg, levothyroxine 75 mcg, calcium acetate, alendronate (held), omeprazole.
Allergies: none.
Social: widowed, lives with her daughter, uses a cane. No tobacco.

Examination:
Vitals: HR 96 irregular (from 148), BP 112/64, RR 18, SpO2 96% RA. Weight 56 kg, BMI 23.8.
Neck: JVP 8 cm.
Heart: irregularly irregular, 3/6 late-peaking systolic murmur at RUSB radiating to carotids, S2 soft.
Lungs: clear.
Abdomen: soft; several small bruises at heparin injection sites, no plaques.
Lower extremities: compression wraps taken down for exam. Posterior and medial aspects of both calves: several stellate black-eschar ulcers (largest 4 x 3 cm on the left, 3 x 3 cm on the right) within retiform violaceous purpura; exquisitely tender. 1+ edema. Pedal pulses faint, feet warm.
Left forearm: a healed skin tear from a door frame last year, no active lesion.

ECG: AF at 96, LVH. Echo 2022 reviewed.

Assessment and plan:
1. Permanent AF with RVR, now rate-controlled on diltiazem and metoprolol. Continue.
2. Anticoagulation: CHA2DS2-VASc 5. The leg lesions look like calciphylaxis to me and to the wound team, and warfarin is a known risk factor for it. I would not resume warfarin. Once dermatology has assessed and bleeding risk reviewed, transition to apixaban at 2.5 mg BID (age > 80 criterion not met, but weight < 60 kg and ESRD; reduced dose reasonable per shared decision). Continue SC heparin for now.
3. Moderate AS - stable; repeat echo in 6 months.
4. Volume: per nephrology, UF with HD.
5. Dermatology consult for the calf lesions.
Thank you; we will follow.
"""),
("2023-03-10", "Dermatology Consult and Biopsy Result", """
Derm consult - 3/9/2023; path resulted 3/10/2023
77F, ESRD on HD, AF on long-term warfarin (now held). Bilateral calf ulcers since mid-February per daughter; no preceding injury, no heat/cold, no compression until the wraps placed 3/6.
Exam: Bilateral posterior calves: multiple retiform purpuric plaques with central black necrosis, largest L 4 x 3 cm. Livedo racemosa on both calves. Abdomen: small ecchymoses at the current heparin injection sites, no purpura or induration. Thighs and buttocks spared.
Bx: 5 mm punch from L posterior calf purpuric edge, 3/9.
Path (3/10): subcutis shows small arterioles with mural (medial) calcium, thrombi present; calcific panniculitis. Consistent with calciphylaxis.
Impression: Calciphylaxis, both lower legs, warfarin-associated, not arising at any site of trauma. The heparin injections into the abdomen and the wraps postdate the ulcers.
Recs: Agree stop warfarin permanently. Sodium thiosulfate with HD. Remove compression wraps - use loose gauze and tubular stockinette instead. Pain regimen per primary team. Derm clinic in 2 wks.
"""),
("2023-03-28", "Telephone Encounter", """
TELEPHONE ENCOUNTER
Caller: daughter (on file as proxy). Reason: f/u after discharge 3/15.
Daughter reports Mom's legs are "less angry", the purple is fading around the black spots on both calves, and she is sleeping better on the gabapentin. Getting the thiosulfate at dialysis 3x/wk, some nausea on those days. Taking apixaban 2.5 BID; warfarin thrown out. No bleeding. No new sores. Asked whether she can put a heating pad on the legs for comfort - advised against any heat or ice to the legs, keep the dressings as taught.
Plan: keep derm appt 4/3. Call back with fever, spreading redness, or new lesions.
"""),
]}

D12 = {"patient_id": "D12", "age": 64, "sex": "M", "notes": [
("2019-02-11", "Vascular Surgery Consultation (dictated)", """
VASCULAR SURGERY CONSULTATION

DATE: 02/11/2019
REFERRING PROVIDER: Outpatient nephrology.
REASON FOR CONSULTATION: Painful necrosis of the tips of the left index, middle and ring fingers in a patient with an ipsilateral arteriovenous fistula; rule out dialysis access steal syndrome.

HISTORY OF PRESENT ILLNESS: Mr. Obuya is 64, right-handed, and has end-stage renal disease from chronic glomerulonephritis, dialyzing since 2014 through a left radiocephalic fistula that was revised to a left brachiocephalic fistula in 2017. About a month ago he began having burning pain at the tips of the left second, third and fourth fingers, followed within a week by bluish-purple discoloration and then dry black tips. He does not recall any injury to the left hand. He says the pain is constant and is not clearly worse during dialysis. He has no hand numbness or weakness. In December he cut the palm of his right hand on a kitchen knife while carving a roast; it was closed with four sutures at urgent care and healed without problems. He has no diabetes. He has never taken warfarin.

PAST MEDICAL HISTORY: End-stage renal disease as above. Hypertension. Secondary hyperparathyroidism, with parathyroidectomy recommended in 2018 but postponed. Hepatitis B, immune. Benign prostatic hyperplasia.

PAST SURGICAL HISTORY: Left radiocephalic fistula 2013; left brachiocephalic fistula 2017; laparoscopic inguinal hernia repair 2010.

MEDICATIONS: Lisinopril 10 mg on non-dialysis days, amlodipine 10 mg, calcium carbonate 1000 mg TID at meals, tamsulosin 0.4 mg, calcitriol 0.5 mcg each morning, epoetin with dialysis.

ALLERGIES: None known.

SOCIAL HISTORY: Retired machinist. Former smoker, quit 20 years ago. No alcohol.

PHYSICAL EXAMINATION:
VITAL SIGNS: Blood pressure 154/86 right arm, pulse 72, weight 68 kg, BMI 22.5.
GENERAL: Thin man in no acute distress apart from hand pain.
CARDIOVASCULAR: Regular rate and rhythm.
LEFT UPPER EXTREMITY: Brachiocephalic fistula with a strong continuous thrill and good pulsatility. Radial pulse palpable at 1+; it strengthens only slightly with fistula compression. The hand is warm. Capillary refill in the thumb and small finger 2 seconds. The tips of the index, middle and ring fingers show sharply demarcated dry black necrosis of the distal pulp, 6-9 mm, surrounded by a violaceous, retiform, exquisitely tender rim that extends to the distal interphalangeal creases. The nail beds are dusky. There is no wet gangrene.
RIGHT UPPER EXTREMITY: Well-healed linear scar across the right palm. Fingers normal.
LOWER EXTREMITIES: No ulcers. Pedal pulses palpable.

NONINVASIVE STUDIES TODAY: Digital-brachial index left index 0.71, left middle 0.68, left ring 0.70, with no significant change on fistula compression (0.74, 0.70, 0.72). Right-sided digital-brachial indices 0.83-0.88. Fistula flow volume by duplex 980 mL/min. Radial and ulnar arteries heavily calcified on both sides, patent.

IMPRESSION:
1. Distal digital necrosis of the left second through fourth fingers. The digital pressures are only modestly reduced and do not improve with fistula compression, the fistula flow is not high, and the radial pulse is preserved. This does not behave like access-related hand ischemia (steal). Banding or ligating the fistula would not be expected to help and would cost him his access.
2. Given severe hyperparathyroidism on dialysis, treated with calcium carbonate and calcitriol, with diffusely calcified arteries and a retiform painful rim, I suspect distal (acral) calciphylaxis. I have asked hand surgery and dermatology to weigh in on whether a biopsy is wise at this location.

RECOMMENDATIONS:
1. No intervention on the fistula.
2. Keep the hand warm but do not apply direct heat.
3. Nephrology to stop calcium carbonate and calcitriol and expedite parathyroidectomy.
4. Hand surgery evaluation.
"""),
("2019-02-15", "Hand Surgery Clinic Note", """
HAND SURGERY CLINIC
64M, HD via L BC fistula, seen at request of vascular surgery for dry necrosis of the L index, long and ring fingertips (onset ~mid-January). Steal excluded by vascular studies.
Exam: Dry, stable, demarcated black tips L 2-4 with retiform violaceous margins, tender. No infection. R palm: healed laceration scar from December, full function, sensation intact.
Discussion: Biopsy of a digital tip would likely not heal and could lead to amputation. Together with derm (Dr. Ferreira-Haas saw him in clinic today, same visit) we agree on calciphylaxis of the L fingers as a clinical diagnosis, based on the retiform purpura, severe pain, hyperparathyroidism, calcium-based binder and normal fistula hemodynamics.
Plan: Conservative, allow autoamputation; betadine paint to the dry tips twice daily; no debridement. STS via nephrology. Reassess in 3 weeks; formal amputation only if wet gangrene or infection.
"""),
("2019-03-20", "Dialysis Rounds", """
HD rounds - chair 7, MWF 2nd shift
S: Finger pain much beter, sleeping. Parathyroidectomy scheduled 4/2.
O: Pre BP 148/84. Wt 67.6 kg (EDW 67.0). L BCF cannulated without problem, good flows (Qb 400).
L hand: calciphylaxis of fingertips 2-4, eschars dry, margins no longer violaceous, ring fingertip starting to separate. R hand normal.
Labs: PO4 5.0, Ca 9.2, PTH 1610.
A/P:
- Calciphylaxis L fingers (clinical dx, hand surgery/derm 2/15) - STS 25 g 3x/wk, week 4 of 12. Continue.
- SHPT - cinacalcet 60 mg until surgery. Sevelamer 1600 TID.
- Anemia - Hgb 10.9, continue epo.
- Access - no steal, monitor.
"""),
]}

D13 = {"patient_id": "D13", "age": 74, "sex": "M", "notes": [
("2022-01-14", "Hospital Medicine Progress Note", """
Internal Medicine Progress Note, HD 4
Subjective: Buttock pain still severe (8/10), worse sitting; sleeping on his side. Says the cushion helps "a little". No fevers. Eating better. BM yesterday.

Objective:
VS: T 36.8, HR 74, BP 136/72, RR 16, SpO2 97% RA.
Gen: alert, pleasant, lying on R side.
Lungs: clear.
CV: RRR, no murmur.
Abd: obese, soft, NT. Insulin injection areas on lower abdomen: no nodules, no discoloration.
Skin - buttocks: bilateral symmetric, tender, indurated violaceous plaques over the upper outer quadrant of each buttock (R 9 x 7 cm, L 7 x 6 cm) with reticulated purpura at the margins and central dusky 2-3 cm areas, no open wound. These are not over the sacrum or ischial tuberosities. Sacrum: intact skin, blanching.
Right hip: healed anterior incision from his 2019 total hip replacement over the front of the hip, flat and pale; no lesion near it.
L shoulder: small faded bruise from flu vaccine given in the L deltoid 10/2021 per pt - fully resolved.
Ext: no edema. Calves/thighs clear.

Labs: WBC 8.1, Hgb 10.2. Ca 9.9, PO4 6.5, PTH 510. Alb 3.3. A1c 8.4.

Assessment & Plan: 74M, ESRD on HD (MWF) from diabetic nephropathy, insulin-requiring DM2 (glargine and lispro, injected in the abdomen), obesity (BMI 35.2), CAD, s/p R THA 2019, admitted 1/10 for buttock pain and difficulty walking.

1. Bilateral buttock plaques, onset 12/28/2021 (pt kept a diary). He is fully ambulatory, walks his dog twice daily, does not sit for long periods and has never been bedbound; no injections or trauma to the buttocks. He started using a foam ring cushion on 1/2, after the pain started. Presentation suspicious for calciphylaxis (ESRD, DM, obesity, insulin, calcium binder). Pressure injury is unlikely given the location and his mobility. Derm did 2 punch biopsies of the L buttock yesterday - path pending. Stop calcium acetate/calcitriol; sevelamer started. Air mattress; avoid sitting on the cushion ring, which concentrates pressure.
2. ESRD - HD today.
3. DM2 - glargine 20 u, lispro 4 u TID AC.
4. CAD - ASA, statin.
5. Pain - scheduled APAP, low-dose oxycodone; palliative care consult for symptom support.
Dispo: pending path.
"""),
("2022-01-18", "Surgical Pathology Report", """
SURGICAL PATHOLOGY - FINAL REPORT
Specimens: (A) Left buttock, punch biopsy; (B) Left buttock, punch biopsy, deep.
Clinical Hx: ESRD, DM; painful indurated violaceous plaques both buttocks x 3 wks; r/o calciphylaxis.
Diagnosis:
A AND B (LEFT BUTTOCK, TWO PUNCHES):
  - CALCIPHYLAXIS.
  - SUBCUTANEOUS ARTERIOLES SHOW CALCIFIED MEDIA, INTIMAL HYPERPLASIA AND THROMBOSIS; SEPTAL PANNICULITIS WITH CALCIUM AND FAT NECROSIS.
  - NO VASCULITIS. NO ORGANISMS ON SPECIAL STAINS.
"""),
("2022-01-25", "Wound Care Nurse Consult", """
WOUND CARE NURSE NOTE
Referral: bilateral buttock calciphylaxis (biopsy 1/18).
Assessment: R upper outer buttock 9.5 x 7 cm plaque, intact skin, dusky center now with 1 cm superficial erosion; L buttock, upper outer quadrant, 7 x 6 cm, central black eschar 2 x 1.5 cm at the biopsy area, dry. Periwound: retiform purpura. Sacrum and coccyx: intact, no erythema. Heels intact.
Pain: 7/10 during assessment.
Plan: foam dressing with silicone border to each buttock, change q3 days. Discontinue ring cushion - replaced with a pressure-redistributing gel seat cushion. Encourage walking as tolerated. Low-air-loss mattress while inpatient.
Teaching done with pt and wfie. RN will see weekly in the outpatient wound clinic after discharge.
"""),
]}

D14 = {"patient_id": "D14", "age": 57, "sex": "F", "notes": [
("2020-05-04", "Discharge Summary", """
DISCHARGE SUMMARY
Admitted: 04/27/2020. Discharged: 05/04/2020.

PROBLEM LIST (carried forward from prior admissions, updated):
1. ESRD on hemodialysis (TTS) since 2013, DKD.
2. Type 1 diabetes mellitus, on insulin pump -> MDI since 2018 (injects into abdomen).
3. Hx calciphylaxis 2016 at abdominal insulin injection sites, biopsy-proven, resolved with sodium thiosulfate (completed 2017); no active abdominal lesions since.
4. Hx DVT R leg 2015, on warfarin until 2016, stopped at calciphylaxis diagnosis.
5. Obesity.
6. Gastroparesis.
7. Diabetic retinopathy s/p laser.

REASON FOR ADMISSION: Painful left calf wound.

HOSPITAL COURSE:
Ms. presented with a painful purple patch on the back of the left calf that began in mid-April and rapidly became necrotic. She denied any injury, bump, scratch, insulin injection, heat or ice to the left leg. She has not been immobile; no leg compression. Exam on admission showed a 5 x 4 cm necrotic plaque with black eschar and retiform purpuric border on the L posterior calf, extremely tender; R leg normal; abdominal wall showing atrophic, healed scars left by the 2016 lesions and no current plaques or nodules at her injection sites. BMI 33.8.
Derm performed a punch biopsy (4/29) showing calcified subcutaneous arterioles with thrombi - recurrent calciphylaxis, new site (L lower leg). Arterial duplex: no occlusive disease. Sodium thiosulfate restarted with HD on 4/30. Calcium acetate had been resumed by an outside provider last fall - stopped; sevelamer. Calcitriol stopped. Wound care: hydrogel, foam cover.
For pain: gabapentin 100 mg post-HD, hydromorphone 1 mg by mouth every 4 h when required.

Condition on discharge: stable, pain controlled.
DISCHARGE MEDICATIONS: insulin glargine 16 u daily, insulin lispro per carb ratio, sevelamer 1600 mg TID, gabapentin, hydromorphone, metoclopramide, atorvastatin, amlodipine.
FOLLOW-UP: HD unit (STS with each session), derm 2 wks, wound clinic 1 wk, nephrology clinic 5/20.
"""),
("2020-05-20", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
PROBLEM LIST (carried forward):
1. ESRD on hemodialysis (TTS) since 2013, DKD.
2. Type 1 diabetes mellitus, on insulin pump -> MDI since 2018 (injects into abdomen).
3. Hx calciphylaxis 2016 at abdominal insulin injection sites, biopsy-proven, resolved with sodium thiosulfate (completed 2017); no active abdominal lesions since.
4. Hx DVT R leg 2015, on warfarin until 2016, stopped at calciphylaxis diagnosis.
5. Obesity.
6. NEW 4/2020: calciphylaxis L posterior calf, biopsy-proven 4/29/20.

Interval: Seen 2 wks after discharge. On STS with each HD session; nausea managed with ondansetron. Calf pain 5/10 from 9/10. No new lesions. Still injecting insulin into the belly - no problems there.
Exam: BP 138/80, wt 88.5 kg. L posterior calf: eschar 4.5 x 4 cm, dry, margins less violaceous. R calf clear. Abdomen: old atrophic scars, no active lesions.
Labs: PTH 380, PO4 5.4, Ca 9.0.
Plan: continue STS x 3 more months; sevelamer; cinacalcet 30. Strict avoidance of calcium and vitamin D analogues - noted in allergy field as "intolerance" so outside providers see it. Follow up 6 wks.
"""),
("2020-06-15", "Wound Clinic Note", """
Wound clinic visit.
Dx: calciphylaxis, L posterior calf (bx 4/29/2020).
Wound: 4.0 x 3.6 cm; eschar 60%, granulation 40% at edges; minimal exudate; periwound mildly purpuric. Pain 4/10.
Care: gentle cleanse, medical honey to granulating edge, foam border. Do not debride eschar per derm.
Pt reminded: no heat, no ice, avoid knocks to the legs.
RTC 2 weeks.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
