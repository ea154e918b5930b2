"""probe9 corpus notes, E01-E07 (all invented: people, places, wording)."""

E01 = {"patient_id": "E01", "age": 68, "sex": "F", "notes": [
("2016-02-02", "Hospitalist Admission H&P", """
Hospital Medicine Admission History & Physical
Admitting attending: Dr. Okonkwo-Reyes   Unit: 6 West telemetry

Chief complaint: "I can't catch my breath lying down."

HPI: Mrs. Halvorsen is a 68 yo woman who has ESRD and dialyzes Mon/Wed/Fri in-center at the Brookfield satellite unit, type 2 diabetes managed with a basal plus prandial insulin regimen, HFpEF (EF 60% on echo 2015), and class I obesity who presents after skipping her Monday run because her ride fell through. Since then she has had progressive orthopnea, three-pillow sleeping, and swelling of both legs up to the knees. Weight at home up about 4 kg. No chest pain, no fever, no cough productive of sputum. She makes about a cup of urine a day.

PMH:
- ESRD (diabetic nephropathy), HD since 2012 via L brachiocephalic fistula
- DM2, on insulin for ~15 yrs; she injects into the fronts of her thighs at home
- HFpEF
- HTN
- Secondary hyperparathyroidism
- OSA, does not tolerate CPAP
- Osteoarthritis of both knees

Meds at home: insulin glargine 24 u qHS, insulin lispro per sliding scale at mealtimes, two 800 mg sevelamer tablets per meal, cinacalcet 30 mg once a day, amlodipine 10 mg once a day, carvedilol 12.5 mg morning and night, atorvastatin 40 mg. No anticoagulants.

Allergies: sulfa (rash).
Social: widow; shares a second floor apartment with her daughter. Never smoker. No alcohol.
Family: mother with diabetes.

Exam: T 36.8, HR 94, BP 178/96, RR 24, SpO2 89% on RA -> 95% on 3 L NC. Weight 97.2 kg, BMI 34.8.
Gen: perched upright on the stretcher, manages a few words per breath.
Neck: JVP visible at the earlobe while upright.
Lungs: rales to mid-lung on each side.
CV: regular, no murmur.
Abd: obese, soft, nontender. Skin of abdomen intact.
Ext: knee-high 2+ pitting in both legs. Fistula with good thrill.
Skin: no rashes or ulcers noted.

Labs: K 6.1, HCO3 17, BUN 88, Cr 9.4, Ca 8.9, Phos 6.8, Alb 3.4, BNP 2140. CXR: pulmonary vascular congestion, small bilateral effusions.

Assessment/Plan:
68F ESRD on HD with volume overload and hyperkalemia after a missed session.
1. Volume overload / hyperkalemia - urgent HD tonight with renal, UF as tolerated. Lokelma x1 while waiting.
2. DM2 - continue glargine at 18 u while NPO after midnight, correctional lispro.
3. HTN - resume home regimen after dialysis.
4. VTE prophylaxis - plan SQ heparin once she is off the urgent dialysis line; no pharmacologic ppx tonight.
5. Dispo: inpatient, tele.
"""),
("2016-02-11", "Hospital Medicine Progress Note", """
HOSPITAL MEDICINE PROGRESS NOTE - HD#10

Subjective: Breathing much better, sleeping flat now. New complaint this AM: "my stomach skin is on fire." Night RN found several dark, very painful patches on the lower belly when giving the 0600 heparin dose and paged cross-cover. Pt says they were not there yesterday.

Objective: Afebrile. BP 142/80, HR 78, SpO2 97% RA. Wt 92.0 kg (down 5 kg).
Abd: soft. Lower abdominal wall with four purple-black, net-patterned (retiform) patches, largest 3 x 2 cm, each centered on a small puncture mark, firm, exquisitely tender to light touch. Upper abdomen clear. Thighs without lesions.
MAR reviewed: heparin 5,000 units subcutaneous q8h since 2/3, all doses charted into the lower abdomen.
Labs: Hgb 9.1 (stable), plt 212, aPTT normal. PTH 944 (2/4), phosphorus 7.2, calcium 9.8. HIT Ab pending.

Problem list:
#1 Acute on chronic HFpEF w/ volume overload - resolved with daily UF, now at EDW. Continue MWF HD from tomorrow.
#2 Hyperkalemia - resolved.
#3 New painful retiform purpura of the lower abdomen at SC heparin injection sites. DDx: calciphylaxis (ESRD, high phos, high PTH, obesity, new injection trauma) versus heparin-associated necrosis versus simple injection hematomas. Hold SQ heparin, switch to SCDs. Stat HIT panel. Dermatology consult today for punch biopsy.
#4 DM2 - fingersticks 140-210, continue glargine 24 u, lispro SSI. Nursing not to use abdomen for insulin; thighs only.
#5 Hyperphosphatemia / SHPT - increase sevelamer to 1600 mg TID with meals, continue cinacalcet. Renal aware.
#6 HTN - controlled.
#7 Renal anemia - epoetin at dialysis, managed by nephrology.
#8 OSA - declines CPAP.
#9 Dispo - not yet; pending derm + pain control.
"""),
("2016-02-13", "Dermatology Inpatient Consult", """
DERM CONSULT

Consult requested by the hospitalist team. Question: painful purpura on the abdomen in an HD patient, ?calciphylaxis.

History obtained from patient and chart. 68 y/o F, ESRD on HD since 2012, DM2 on insulin, BMI ~35, admitted 2/2 for fluid overload. Received SC heparin 5000 u q8h, all into the lower abdomen, beginning 2/3. Two days ago nursing found painful dark patches at the injection spots. She denies prior similar lesions, has put nothing hot or cold on the abdomen, and has never taken coumadin. She injects her own insulin only into the thighs.

Exam: lower abdomen with 5 stellate retiform purpuric plaques 1-3.5 cm, two with early central black eschar, all surrounded by a rim of livedo and indurated to palpation; each sits on a heparin needle mark. Upper arms, breasts, buttocks, thighs: no livedo, no nodules, no ulcers. Mucosa normal.

HIT antibody negative.

Impression: necrotic retiform purpura limited to where the heparin needle went in, in a patient on HD with deranged mineral metabolism. Best explained by calcific uremic arteriolopathy (calciphylaxis) provoked by the needle trauma. Heparin necrosis is unlikely with a negative HIT assay.

Procedure: after verbal consent, 5 mm punch from the margin of the largest lower abdominal plaque, deep enough to include fat, processed for routine and von Kossa staining. Gelfoam for bleeding.

Recs:
- Abdomen off-limits for any further SC injections.
- Sodium thiosulfate per nephrology if biopsy confirms.
- Dressings: plain petrolatum under a nonstick pad once daily.
- Will follow pathology.
"""),
("2016-02-19", "Discharge Summary", """
DISCHARGE SUMMARY

Admit date: 02/02/2016   Discharge date: 02/19/2016
Attending: K. Okonkwo-Reyes MD

Principal diagnosis: Acute on chronic diastolic heart failure due to volume overload after a missed dialysis session.
Secondary diagnoses:
1. Lower abdominal wall calciphylaxis, proven on biopsy (punch 2/13: thrombosed subcutaneous vessels whose media is calcified, von Kossa positive, fat necrosis), arising at subcutaneous heparin injection sites
2. ESRD, dialysis Mon/Wed/Fri
3. Insulin-treated type 2 diabetes
4. Hyperkalemia, resolved
5. Secondary hyperparathyroidism
6. Obesity, BMI 34.8 on admission

Hospital course:
Volume overload treated with daily UF; back at estimated dry weight 91.5 kg by 2/9. On hospital day 10 (2/11) painful retiform purpura appeared on the lower abdomen exactly where the prophylactic heparin had been injected since 2/3. Heparin stopped, HIT negative. Derm biopsy confirmed calciphylaxis. Nephrology began sodium thiosulfate IV, a 25 gram dose each dialysis session (first dose 2/15), changed calcium-based binder to sevelamer, raised cinacalcet. Pain managed with scheduled acetaminophen and low-dose hydromorphone PO. Lesions were stable at discharge with small eschars, no infection.

Discharge meds: as before plus sodium thiosulfate with HD, sevelamer 1600 mg TID, cinacalcet 60 mg daily, hydromorphone 1 mg q6h prn.
Instructions: no injections into the belly. Insulin into thighs only. Avoid heating pads and ice on the lesions. Wound clinic follow-up within 1 week.
Condition: stable. Disposition: home with home health nursing.
"""),
]}

E02 = {"patient_id": "E02", "age": 57, "sex": "M", "notes": [
("2018-03-06", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - monthly visit

57M on CCPD since 8/2016 (ESRD from IgA nephropathy). Also has paroxysmal AF (warfarin, INR kept between 2 and 3) and HTN. Not diabetic.

Interval: Came in a week early because of a "black spot" on his R knee. He first saw a purplish patch on the front of that knee 3 weeks ago; since then it has gone hard and very sore, and last weekend the center turned dark. Denies fever. No exit site issues, no cloudy effluent.
He mentions that he has been pressing a sack of frozen garden peas against the R knee most evenings since December for his arthritis, usually 30-40 min at a time, straight on the skin "because the towel gets in the way". He has not iced the L knee.

Exam: BP 148/86; weight 84 kg; BMI 27.4. R anterior knee, just below the patella: 3 by 2.5 cm violaceous indurated plaque with central dusky-black crust and a lacy livedo border. Very tender. L knee normal. Exit site clean.
Labs (2/27): Ca 9.9, P 6.4, PTH 602, INR 2.6; albumin 3.3. Weekly Kt/V 1.8.

Assessment and plan:
1. Necrotic, painful plaque of R knee in a warfarin-treated PD patient; calciphylaxis is the worry, at the spot he has been icing. Derm asked to see him urgently for a biopsy. Ice to stop. Switch calcium carbonate to sevelamer.
2. AF - discussed with cardiology about moving from warfarin to apixaban; pending.
3. PD - adequate, no change to prescription.
RTC 2 wks.
"""),
("2018-03-20", "Dermatology Clinic Note", """
Dermatology - new patient

Referred by: PD clinic (Dr. Abernathy-Cole)
CC: painful R knee lesion

He tells me it "started out looking like a bruise" in mid-February and has been getting worse. Uses cold packs (frozen vegetables) on the R knee nightly for osteoarthritis, had done so for about two months before the spot showed up. No injections into the knee, no falls. On warfarin for years.

Exam: R pretibial/infrapatellar knee with a 3.5 x 3 cm firm plaque, black eschar center 1.2 cm, retiform purpuric edge. Mild peri-lesional livedo. No other skin lesions on a full skin check; L knee and both shins clear.

Assessment: R knee necrotic plaque; top of the differential is calciphylaxis given PD, warfarin and hyperphosphatemia, localized where cold has been applied again and again. Also considered: warfarin necrosis (he has taken it for years without trouble), cold panniculitis, vasculitis.

Procedure: 4 mm double punch biopsy, edge of plaque, to include fat. To dermpath with a von Kossa request. Tolerated well.

Plan: call with path. No more ice. Apply petrolatum and cover.
"""),
("2018-03-27", "Telephone Encounter", """
Telephone call - pathology result

Called pt re: knee biopsy. Path (S18-2207): subcutaneous arterioles, their walls encrusted by calcium, intimal thickening, focal thrombosis, septal fat necrosis. Von Kossa +. No vasculitis. Read as calciphylaxis.

Explained the diagnosis to him and his wife on speaker. Reinforced no cold packs on the R knee. PD team messaged: plan to start IP sodium thiosulfate and to stop warfarin in favor of a DOAC. He asked if the knee would heal; told him wounds like this can take months and wound clinic will see him weekly.
Pt verbalized understanding.
"""),
]}

E03 = {"patient_id": "E03", "age": 74, "sex": "F", "notes": [
("2020-09-13", "General Surgery Admission H&P", """
ACUTE CARE SURGERY - H&P

74 y/o woman on HD (TTS) for ESRD from diabetic kidney disease, insulin-requiring type 2 DM, BMI 41.2, and adhesions from a perforated diverticulitis managed without surgery in 2009, who presents with 2 days of crampy abdominal pain, bilious emesis x6 and no flatus since yesterday.

Exam: T 37.6 HR 108 BP 104/62. Abdomen distended, tympanitic, diffusely tender, no peritonitis. No surgical scars. Large pannus, skin intact.
Noncontrast CT abdomen/pelvis: dilated small bowel loops with transition point in the RLQ, consistent with adhesive SBO; small amount of free fluid.
Labs: WBC 13.8, lactate 2.4, K 5.4.

Home insulin: NPH 30 u BID, which she gives into her upper thighs.

A/P: adhesive SBO, failed to improve with NGT decompression in the ED over 8 h, rising lactate.
- Plan exploratory laparotomy in the morning if no improvement overnight; consent obtained for ex lap, possible bowel resection.
- NPO, NGT to LIWS, IVF cautiously given ESRD; renal to dialyze pre-op.
- Insulin infusion protocol while NPO.
"""),
("2020-10-19", "Internal Medicine Readmission H&P", """
MEDICINE ADMISSION NOTE

CC: Painful, blackening skin along her surgical scar.

HPI: 74F with ESRD on HD, DM2 on NPH, morbid obesity, s/p ex lap for adhesive SBO on 9/14/20 (lower midline incision), staples removed 9/28 at surgery clinic with good healing. Around October 5 she began to notice the skin next to the lower part of the incision turning purple and hard, then extremely painful, "worse than the operation". Home health RN photographed it twice. Over the past week the purple skin has turned black in two places. No fever, no drainage from the wound. She gives her insulin only into her thighs; none into the abdomen. No heating pad, no ice.

Remaining systems negative.

Physical: temp 37.1, HR 88, BP 136/70.
Abd: lower midline incision, epithelialized. Along its inferior 8 cm: a band of stellate violaceous indurated plaques extending 2-3 cm from the scar, with two black eschars 2 cm and 1.5 cm. Livedo racemosa on the overlying pannus. Exquisite tenderness. No crepitus, no fluctuance.
Thighs: mild lipohypertrophy at injection areas, no livedo, no ulcers.

Labs: WBC 8.9, CRP 42. Ca 9.6, P 7.9, PTH 1120, Alb 2.9. CT abd: no collection, no gas in the soft tissue; punctate vascular calcifications within the pannus fat.

Assessment/Plan:
# Painful necrotic plaques along a recent laparotomy incision in an obese woman on HD with severe hyperphosphatemia - strongly suspect calciphylaxis along the surgical wound. Not necrotizing infection (no systemic signs, CT negative). Derm for incisional biopsy; wound care; pain team.
# ESRD - HD tomorrow, renal to intensify phosphate control.
# DM2 - NPH 20 u BID with correction.
# VTE ppx - SCDs only, no SC injections given the skin findings.
"""),
("2020-10-23", "Surgical Pathology Report", """
PATHOLOGY - FINAL

PART A, RECEIVED AS: LOWER ABDOMINAL SKIN WITH FAT NEXT TO MIDLINE SCAR, INCISIONAL

CLINICAL INFORMATION: ESRD ON HEMODIALYSIS, LAPAROTOMY 9/2020, PAINFUL PLAQUES AND ESCHAR ALONG THE SCAR.

GROSS: A 1.6 X 0.8 CM ELLIPSE OF TAN SKIN WITH 1.4 CM OF ATTACHED YELLOW FAT.

MICROSCOPIC DIAGNOSIS:
- CALCIPHYLAXIS: CIRCUMFERENTIAL CALCIFICATION OF SMALL AND MEDIUM SUBCUTANEOUS ARTERIOLES WITH LUMINAL FIBRIN THROMBI
- ISCHEMIC EPIDERMAL AND DERMAL NECROSIS
- NO ORGANISMS ON GRAM AND GMS STAINS; NO VASCULITIS

COMMENT: VON KOSSA STAIN CONFIRMS CALCIUM IN VESSEL WALLS AND BETWEEN FAT CELLS. CLINICIAN NOTIFIED 10/23/2020 14:10.
"""),
]}

E04 = {"patient_id": "E04", "age": 61, "sex": "M", "notes": [
("2021-05-04", "Dialysis Unit Nursing Note", """
HD Tx note - RN
Pt arrived ambulatory. Pre wt 118.4, EDW 116.5. Pre BP 162/90.
Access R forearm AVG, cannulated x2 w/o difficulty. Qb 400.
Pt pulled up his shirt during tx and showed writer a sore, darkened area on his L side just above the hip bone, about the size of a half dollar. States it has been there x1 wk and "hurts like a burn" when his work pants rub on it. No drainage. Skin around it is purple and mottled.
Notified Dr. Pascoe on rounds, who looked at it chairside. Pt told to keep pants loose and bring it up at wound clinic.
Tx completed 4 hrs, UF 2.1 L. Post BP 140/82.
"""),
("2021-05-18", "Wound Clinic Note", """
Outpatient Wound Center - initial visit

Referral: nephrology, L flank lesion in HD patient.

Hx: 61-year-old man; ESRD, dialyzing TTS since 2018 (hypertensive/diabetic), DM2 on linagliptin (never on insulin), obese. Drives a delivery van. Since he started the delivery route in 2019 he has worn a heavy tool belt cinched "one notch too tight" over his work trousers, the buckle and a loaded pouch sitting on his left side. The sore appeared right along that belt line, and he is clear that nothing else has touched the area. He has not had injections there, no burns, no falls.

Exam: L flank, just over the iliac crest: 4 x 3 cm stellate ulcer with adherent black eschar, surrounding 2 cm of indurated violaceous skin and a net-like livedo that follows the belt line toward the back. Marked pain with light touch. No other ulcers. R flank and abdomen clear. BMI 38.5.

Impression: painful necrotic ulcer at a chronic pressure point from a tight belt in an obese dialysis patient - calciphylaxis suspected; needs tissue.
Plan: 4 mm punch at the edge today (done, sent to path). Belt off - suspenders given. Hydrogel + foam dressing, change every other day. RTC 1 week.
"""),
("2021-06-01", "Nephrology Clinic Note", """
Nephrology clinic f/u

Pathology from 5/18: calcified subcutaneous arterioles, luminal thrombus, necrotic fat - diagnostic of calciphylaxis.
So this is calciphylaxis of the left flank, at the spot where his work belt pressed for two years.

Today: pain 6/10 on tramadol; ulcer unchanged on wound clinic photos. Wearing suspenders now.
Chem: phos 6.9, Ca 9.4, PTH 730.

Plan:
1. Calciphylaxis - begin IV sodium thiosulfate, 25 g at each HD run, cinacalcet 30 mg daily, stop calcium acetate -> sevelamer. Wound clinic weekly.
2. ESRD - continue HD TTS, ask unit to lengthen tx to 4.5 h.
3. DM2 - on linagliptin, A1c 7.1.
4. Obesity - BMI 38.5, dietitian.
"""),
]}

E05 = {"patient_id": "E05", "age": 79, "sex": "F", "notes": [
("2019-01-06", "Emergency Department Note", """
ED Provider Note
79 yo F whose daughter brought her in tonight. She tripped over the dog at home and her right shin hit the corner of a glass coffee table. No head strike, no LOC. On warfarin for a mechanical mitral valve. ESRD on HD MWF.

Exam: alert, GCS 15. Right shin, front: firm goose-egg hematoma about 6 by 4 cm, a 2 cm scrape on top of it, no laceration needing repair. Full ROM, no bony tenderness. Neck and hips nontender.
INR 3.4, Hgb 10.8.

Plain films right tibia/fibula negative for fracture.

MDM: soft tissue injury of the shin in anticoagulated pt. INR mildly supratherapeutic; held tonight's warfarin dose, to recheck at dialysis.
Dx: fall; hematoma of right lower leg.
Dispo: home with daughter. Cold pack wrapped in a towel for up to twenty minutes, several times a day; keep the leg raised. Return if the leg gets tense or numb.
"""),
("2019-01-25", "Internal Medicine Admission H&P", """
INTERNAL MEDICINE H&P

CC: "The bruise on my leg turned black and I can't stand the pain."

HPI: 79 y/o woman with ESRD on HD (MWF), mechanical mitral valve on warfarin, AF, CHF with EF 45%, who fell at home on January 6th and hit her R shin (seen in our ED that night, hematoma, no fracture). The hematoma was slowly getting smaller, but about 10 days ago the skin over it became mottled purple and extremely painful, and this week it broke down into a black, dry wound. Pain wakes her repeatedly overnight despite acetaminophen. Daughter notes new lacy purple skin spreading around it. No fever, no pus.

PMH: ESRD (renal artery stenosis / ischemic nephropathy) on HD since 2014 via L AVF; mechanical MVR 2006; AF; HFmrEF; hypothyroidism; osteoporosis w/ T12 compression fx 2017.
Not diabetic. No insulin.
Meds: warfarin 3 mg daily (she is kept at INR 2.5-3.5), metoprolol 25 BID, levothyroxine 75 mcg, calcitriol 0.25 mcg daily, calcium acetate 1334 mg at each meal, darbepoetin with HD.

Exam: T 36.9, HR 82 irregular, BP 118/64. Wt 58.1 kg, BMI 23.9.
Skin: Right shin (mid, anterior): dry black eschar, 5 cm long and 4 cm wide, with a 2 cm halo of indurated, violaceous, stellate skin, retiform purpura extending proximally 4 cm. Excruciating to light touch. L leg: no lesions. No other purpura anywhere.
Pulses: DP/PT faintly palpable bilaterally.

Labs: INR 2.9, Hgb 9.6, Ca 10.4, P 6.1, PTH 380, alkaline phosphatase 160, Alb 3.0. Protein C/S pending.

Assessment:
79F on HD and chronic warfarin with a necrotic plaque arising in the site of a traumatic shin hematoma. DDx: calciphylaxis (ESRD, warfarin, calcium binder + calcitriol, hypoalbuminemia, trauma site); skin necrosis from warfarin (improbable, 12 years on it); infected hematoma; arterial ulcer.

Plan:
1. Derm consult for biopsy - coordinate with cardiology since she cannot simply stop anticoagulation (mechanical valve).
2. Stop calcium acetate and calcitriol; switch to sevelamer.
3. Wound care consult. Arterial duplex R leg.
4. Pain: scheduled acetaminophen, oxycodone 2.5 mg every six hours if needed.
5. HD per renal tomorrow.
"""),
("2019-01-29", "Dermatology Consult Note", """
Derm consult f/u - biopsy result

Punch biopsy 1/26, margin of the R shin eschar: small subcutaneous vessels with medial calcification and intimal hyperplasia, thrombi, calcium deposition around fat lobules. No vasculitis. Gram stain negative.

Interpretation: calciphylaxis, arising in the area of her fall injury (hematoma from 1/6/19). Warfarin necrosis not supported histologically.

Recs: continue anticoagulation per cardiology (mech valve, benefit outweighs); sodium thiosulfate with HD; no calcium-containing binder, no vitamin D analog; wound RN to do enzymatic debridement with collagenase; avoid compression wraps on that leg.
"""),
("2019-02-08", "Discharge Summary", """
DISCHARGE SUMMARY

Dates: 1/25/2019 - 2/8/2019
Discharge diagnoses:
1. Calciphylaxis, R lower leg (anterior shin), biopsy-confirmed 1/26/2019, at site of traumatic hematoma from a fall 1/6/2019
2. ESRD on hemodialysis MWF
3. Mechanical mitral valve, on warfarin (continued after cardiology review)
4. Atrial fibrillation
5. HFmrEF, compensated
6. Hypothyroidism
7. Anemia of CKD

Course: Arterial duplex without significant stenosis. Started sodium thiosulfate 25 g with each HD (6 doses given in house). Binder changed from calcium acetate to sevelamer; calcitriol discontinued; cinacalcet added. Wound care with collagenase, then foam. Pain now controlled on scheduled acetaminophen plus oxycodone at night. Eschar stable, no cellulitis. Ambulating with walker; PT recommends rehab.

Discharge to: Maple Terrace subacute rehab.
Follow-up: nephrology (thiosulfate continues at her outpatient unit), derm 3 wks, wound clinic weekly, anticoagulation clinic Friday.
BMI 23.9.
"""),
]}

E06 = {"patient_id": "E06", "age": 66, "sex": "M", "notes": [
("2023-10-10", "Nephrology Clinic Note", """
Nephrology Office Visit

66 M, ESRD on HD at Riverside Dialysis (MWF), DM2 on insulin degludec 40 u daily + aspart with meals - injects into abdomen, rotating around the navel. HTN, PAD s/p L fem-pop bypass 2019.

Doing well. Had his 1st Shingrix dose in June at the pharmacy. Due for 2nd dose and his flu shot.

Vitals: BP 138/78, wt 88.9 kg, BMI 28.6.
Exam unremarkable. Abdomen with a few small lipohypertrophic areas, skin intact. Arms and legs without lesions.

Labs: Ca 9.7, P 6.6, PTH 690. A1c 7.4.

Plan:
- Given today by clinic RN: Shingrix (recombinant zoster) #2 IM L deltoid, and influenza vaccine IM R deltoid. Tolerated.
- Increase sevelamer to 1600 mg TID. Continue cinacalcet.
- Insulin unchanged. Rotate sites.
- RTC 3 mo.
"""),
("2023-11-02", "Patient Portal Message", """
Subject: my arm

hi Dr Nakashima, the place on my left arm where they gave me the shingles shot has turned into a purple hard spot and now theres a black area in the middle. This began about 10 days ago, I thought it was just sore from the shot but it keeps getting worse and its so painful I have to sleep on my other side. the right arm where I got the flu shot is fine. should I come in? - Walt

---
Reply (RN, 11/2/23): Hi Walt, thanks for the message. Dr. Nakashima would like dermatology to see this quickly; we have booked you with Dr. Ferreira on 11/7 at 9:40. Until then, please keep heat and ice off that arm. Fever or red streaks -> go to the ED.
"""),
("2023-11-07", "Dermatology Clinic Note", """
DERMATOLOGY

CC: painful L upper arm lesion.
HPI: 66M on HD, DM on insulin. Received recombinant zoster vaccine IM into the L deltoid on 10/10/23. About two weeks later developed tender purple induration at the injection spot which has progressed to central necrosis. Flu vaccine given the same day into R deltoid: no reaction. No fevers.

Exam: L upper arm over the deltoid: 4 by 3.5 cm indurated retiform purpuric plaque and a black central eschar of 1.5 cm; livedoid rim. R upper arm normal. Abdomen (insulin sites) with lipohypertrophy but no purpura or nodules. Legs: no ulcers.

A/P: Necrotic plaque at a vaccine injection site in a hemodialysis patient. Leading concern is calciphylaxis triggered by IM injection trauma; ddx injection-site abscess (not fluctuant), vasculitis, necrotizing infection (afebrile, well-appearing).
- 6 mm punch taken at the rim, incl. fat; von Kossa requested.
- Culture of tissue sent.
- Will call with results.
"""),
("2023-11-14", "Telephone Encounter", """
Derm phone note - results

Biopsy L upper arm: calcification of small subcutaneous vessels, thrombosis, fat necrosis. Cx no growth. This is calciphylaxis at the left deltoid vaccine site.
Discussed with pt; messaged Dr. Nakashima, who plans sodium thiosulfate with dialysis and recheck binders. Wound clinic referral placed. Pt asked whether he should avoid vaccines in the future: advised that future IM injections go in the R arm and that we discuss before each one.
"""),
]}

E07 = {"patient_id": "E07", "age": 66, "sex": "F", "notes": [
("2022-02-10", "Medicine Admission H&P", """
HOSPITAL MEDICINE ADMISSION

CC: cloudy PD fluid, belly pain x 2 days.

HPI: Ms. Delacroix-Ibe is a 66 yo F with ESRD on nightly automated peritoneal dialysis since 2019, COPD (GOLD 3, 2 L home O2 at night), HTN, obesity and hypothyroidism, who presents with 2 days of diffuse abdominal pain and cloudy effluent. Effluent WBC 1,850 with 90% PMN. No exit site drainage.

Because of her breathing she spends most of the day sitting on the edge of her recliner leaning forward with her forearms propped on her thighs - she says she has sat this way "ever since my lungs got bad in 2020" and does it for hours. She is not diabetic.

PMH: ESRD (FSGS) on APD; COPD; HTN; hypothyroidism; obesity; GERD.
Meds: PD prescription 5 x 2 L 1.5%, icodextrin day dwell; tiotropium, budesonide-formoterol, albuterol prn; levothyroxine 100 mcg; amlodipine 5 mg; calcitriol 0.5 mcg daily; sevelamer 800 mg with each meal.

Exam: T 38.1, HR 102, BP 128/74, RR 22, SpO2 92% 2 L. Wt 86.0 kg, BMI 31.5.
Abd: diffusely tender, mild rebound. Exit site clean.
Skin: hyperpigmented, slightly thickened skin over the lower anterior thighs, intact. No ulcers.
Lungs: diminished, prolonged expiration.

A/P:
# PD peritonitis - IP vancomycin + ceftazidime per protocol; effluent cultures; PD RN to follow.
# COPD - stable; continue inhalers.
# ESRD - continue APD with antibiotic dwell.
# Hypothyroid - continue levothyroxine.
# VTE ppx - heparin SQ 5000 q12h into the arms.
"""),
("2022-02-15", "Hospital Medicine Progress Note", """
PROGRESS NOTE  HD#6

S: Belly pain resolved. New severe pain in both thighs. Nursing first noticed purple mottled areas on both anterior thighs on 02/13 during her bath and reported them today when the pain became "unbearable". She is still spending the day slumped forward with her arms on her legs.

O: Afebrile x72h. Effluent WBC 60. Cx: Staph epidermidis, vanc sensitive.
Skin: Distal anterior thighs, bilaterally, roughly where her forearms rest: violaceous retiform plaques, L 6 x 4 cm, R 5 x 4 cm, firm, very tender, with a small central dusky bulla on the R. No lesions on the arms (heparin sites clean), abdomen, buttocks or calves.
Labs: Ca 10.1 (corrected 10.8), Phos 7.0, PTH 520, Alb 2.6.

Problem list:
1. Bilateral anterior thigh retiform purpura at chronic pressure points from leaning forearms on thighs - concern for calciphylaxis (PD, hyperphosphatemia, calcitriol, obesity, hypoalbuminemia). Derm consult. Stop calcitriol. Pain team.
2. PD peritonitis - improving; vanc IP to complete 14 days.
3. COPD - at baseline.
4. ESRD on APD - renal following.
5. Hypothyroidism.
6. Hypoalbuminemia - nutrition consult.
7. Obesity, BMI 31.5.
8. Deconditioning - PT/OT.
"""),
("2022-02-16", "Dermatology Consult", """
Dermatology Consultation

Asked to see 66F on PD with painful thigh plaques.

History as per primary team. Pt confirms she sits leaning forward with her elbows and forearms dug into the fronts of her thighs "all day long" to breathe more easily, for about two years. The plaques started 2/13 exactly where her arms press.

Exam: bilateral distal anterior thighs with symmetric stellate purpuric plaques on an indurated base, the right one with a central hemorrhagic bulla, border of livedo racemosa. Underlying erythematous hyperpigmented skin at both sites suggestive of chronic friction. Forearms and elbows themselves are normal.

Impression: calciphylaxis localized to sites of chronic pressure on the anterior thighs (forearm-on-thigh posture). Biopsy to confirm.

Procedure: 4 mm punch, L thigh plaque edge, deep to fat. Sent.
Recs: pillow on her lap / forward-leaning table so the arms do not rest on the thighs; sodium thiosulfate per renal; no calcitriol.
"""),
("2022-02-24", "Discharge Summary", """
DISCHARGE SUMMARY - Medicine

Admitted 2/10/22, discharged 2/24/22.

Diagnoses:
1. Staph epidermidis PD peritonitis, treated
2. Calciphylaxis of both anterior thighs, biopsy 2/16/22 confirmatory (calcified subcutaneous arterioles, thrombi, fat necrosis), at sites of long-standing pressure from resting her forearms on her thighs
3. ESRD on APD
4. COPD on nocturnal home O2
5. Obesity (BMI 31.5)
6. Hypothyroidism

Course: peritonitis cleared on IP vancomycin. Thigh plaques evolved into shallow eschars; IP sodium thiosulfate could not be used, so IV sodium thiosulfate three times weekly was started 2/18 through a peripheral line and will continue at the PD unit. Calcitriol stopped, cinacalcet started. OT provided an over-bed table for forward leaning so she rests her arms on the table, not her legs.

Follow-up: PD clinic 1 week; derm and wound clinic 2 weeks.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
