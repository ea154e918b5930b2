"""probe8 corpus notes, D01-D07 (all invented)."""

D01 = {"patient_id": "D01", "age": 58, "sex": "F", "notes": [
("2016-03-14", "Hospital Medicine Progress Note", """
HOSPITALIST DAILY PROGRESS NOTE - 6 West, bed 22
Hospital day 13. Interval events: remained on room air overnight, one brief run of AF w/ RVR to 130s at 0300 that settled with metoprolol 5 mg IV x1. Nursing paged this AM re: new skin changes on the belly, see below.

Subjective: Pt says her breathing is "a lot easier". Still coughing up some tan sputum but less. Complains that her stomach skin "burns like a bad sunburn" since yesterday evening, mostly on both sides below the navel. Slept poorly. Appetite fair, ate half of breakfast. No chest pain, no abd pain inside, no N/V. Last BM yesterday.

Objective:
Vitals: T 37.1  HR 88 irreg  BP 118/66  RR 18  SpO2 95% RA. Wt 84.3 kg (admit 89.0).
General: sitting up in chair, mild distress when the lower abdomen is touched.
HEENT: MMM, no JVD at 45 deg.
Lungs: scattered crackles R base, improved from Friday. No wheeze.
CV: irregularly irregular, II/VI SEM at RUSB, no rub.
Abdomen: soft, nondistended, NABS. Skin of the lower abdomen: in BOTH lower quadrants there are several tender, dusky violaceous plaques (largest 5 x 3 cm on the R, 4 x 4 cm on the L) with a lacy purple net pattern around them, each one centered on a small healed puncture mark from her subcutaneous heparin. Nursing confirms heparin has been given into the lower abdomen, alternating L and R, every 8 hours since she arrived on 03/02/2016. Upper abdomen, flanks and thighs clear.
Ext: trace pedal edema. Small ecchymosis R antecubital fossa from lab draws. PIV L forearm, site clean, no phlebitis.
Access: R upper arm AV graft, good thrill.
Skin elsewhere: heels intact in offloading boots. No sacral breakdown.
Labs: WBC 9.8 (from 14.2), Hgb 8.9, Plt 211. K 4.6, PO4 6.8, Ca 9.4, Alb 2.7. INR 1.6 (warfarin on hold). Blood cx from 3/2 NGTD x 5 days.
CXR 3/13: improving RLL consolidation, small R effusion.

Assessment and Plan: 58F with ESRD on hemodialysis (MWF, via R arm graft), paroxysmal AF on chronic warfarin, HFpEF, admitted 3/2 with RLL pneumonia and volume overload after missed dialysis sessions.

1. RLL community-acquired pneumonia - clinically better. Finishing day 10 of abx today (ceftriaxone/azithro, then cefpodoxime dosed for HD). Incentive spirometer.
2. Volume overload / HFpEF - UF per nephrology, down 4.7 kg. Continue to challenge dry weight.
3. New painful lower abdominal plaques with livedo, bilateral, at the SC heparin injection sites, onset yesterday. In an ESRD patient with a PO4 near 7 and long-term warfarin this is concerning for calciphylaxis; heparin-induced skin necrosis is the other main consideration (plt stable, no drop). Will STOP SC heparin and use SCDs for DVT prophylaxis. Send HIT panel anyway. Dermatology consult placed for eval and biopsy. Avoid further injections into the abdomen. Pain: acetaminophen scheduled, low-dose hydromorphone PRN.
4. AF - rate controlled on metoprolol. Warfarin remains on hold until derm weighs in; CHA2DS2-VASc 4, will need a decision about anticoagulation.
5. ESRD - HD tomorrow per renal. Switch calcium carbonate to sevelamer given PO4 and skin concern. Renal diet.
6. Anemia of CKD - ESA with HD.
7. Deconditioning - PT/OT following, walking 60 ft with RW.
Obesity, BMI 31.4 - outpatient nutrition.
Code: Full. Dispo: not yet; likely SNF vs home with services next week.
"""),
("2016-03-15", "Dermatology Inpatient Consult", """
Dermatology consult note
Requesting: Hospital medicine (6 West). Question: painful plaques on the lower abdomen, ?calciphylaxis vs heparin necrosis.

HPI: 58 y/o woman on HD for ESRD (hypertensive nephrosclerosis), on warfarin for AF for about 6 years (held since admission), admitted 03/02 for pneumonia and fluid overload. Has received heparin 5000 units subcutaneously three times a day into the lower belly since admission. On the evening of 3/13 she noticed stinging and purple discoloration around several of the injection points on each side. No fevers. Denies ice, heat, or tight clothing at the waist. No prior similar lesions.

Exam: Lower abdomen, R and L lower quadrants: multiple firm, indurated, exquisitely tender violaceous plaques 2-5 cm edged by retiform purpura; the largest on the R has a 1 cm central dusky gray area that looks like early necrosis. The plaques sit on top of the injection puncture marks. No bullae. Upper abdomen, breasts, thighs and buttocks spared. No livedo on the legs.

Impression: Early necrosis within retiform purpura, confined to subcutaneous heparin injection sites, in someone on dialysis with high phosphorus and long-term warfarin exposure. Favor calciphylaxis arising at the injection sites; with stable platelets, heparin-induced skin necrosis seems less likely, though the HIT panel is pending.
Plan:
- Two punches (5 mm each) from the R lower quadrant plaque today: first for routine histology with a von Kossa stain, second for DIF. Hemostasis with Gelfoam, sutureless.
- Agree with holding heparin and warfarin.
- Wound care: white petrolatum, nonstick pad, no adhesive on the skin.
- Suggest nephrology consider sodium thiosulfate if confirmed.
We will follow the pathology.
"""),
("2016-03-18", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen A: Skin, right lower quadrant abdomen, punch biopsy.
Specimen B: Skin, right lower quadrant abdomen, punch biopsy for immunofluorescence.
Clinical: ESRD; painful retiform purpura where SC heparin was injected. Question calciphylaxis versus heparin necrosis.

DIAGNOSIS (FINAL)
A. Skin, right lower quadrant abdomen, punch:
   Calciphylaxis. Small and medium sized subcutaneous vessels show circumferential medial calcification with fibrin thrombi; there is adjacent necrosis of the fat, septal as well as lobular, containing fine calcium deposits, highlighted by von Kossa. Epidermis shows ischemic changes.
B. Direct immunofluorescence: negative for immune deposits.
Comment: No leukocytoclastic vasculitis. The findings support the clinical impression of calciphylaxis. HIT antibody result reported separately (negative, per lab system).
Electronically signed 03/18/2016.
"""),
]}

D02 = {"patient_id": "D02", "age": 66, "sex": "M", "notes": [
("2018-08-09", "Cardiothoracic Surgery Postoperative Visit (dictated)", """
CARDIOTHORACIC SURGERY CLINIC - POSTOPERATIVE VISIT
DATE OF SERVICE: 08/09/2018
REFERRING: Dr. Okonkwo-Laine, nephrology.

HISTORY OF PRESENT ILLNESS: Mr. Haverkamp is 66 and is now eight and a half weeks out from a three-vessel coronary artery bypass grafting done here on 06/11/2018 (LIMA to LAD, reverse saphenous vein grafts to the obtuse marginal and the right coronary). The saphenous vein was harvested open from the left leg, through an incision running from just above the knee down the inner side of the calf. His recovery has been slow, as expected in someone on peritoneal dialysis, with a brief stay in the step-down unit for atrial fibrillation that converted on amiodarone. He comes today mainly because of pain in the left leg. He states that about three weeks ago a painful purple streak showed up along the lower portion of the leg incision, and over the past week the center of it has turned black. The pain is severe, an eight out of ten, worse at night and with the sheet touching it. He has not had fever. He has not fallen or hit the leg. His wife has been applying a bacitracin ointment. He continues his nightly cycler exchanges without trouble, and his PD nurse reports clear effluent.

PAST MEDICAL HISTORY: Diabetic nephropathy progressing to end-stage kidney disease; PD since 2015. Type 2 diabetes requiring insulin. Coronary disease as above. Hypertension. Secondary hyperparathyroidism. Peripheral neuropathy. Cataracts.

MEDICATIONS: Insulin detemir 18 units at bedtime and mealtime insulin lispro, atorvastatin 80 mg, aspirin 81 mg, metoprolol succinate 50 mg, amiodarone 200 mg daily, calcitriol, sevelamer, cinacalcet, darbepoetin monthly at the PD clinic, gabapentin 100 mg at night. No anticoagulant.

PHYSICAL EXAMINATION:
VITAL SIGNS: Blood pressure 132/74, pulse 64 and regular, afebrile, weight 86 kg, BMI 28.7.
GENERAL: Alert, tired-appearing, in pain when the leg is examined.
CHEST: Sternotomy incision healed, sternum stable, no click, no drainage.
LUNGS: Diminished at the left base, otherwise clear.
HEART: Regular rhythm, no rub.
ABDOMEN: PD catheter exits the right lower quadrant, exit site clean and dry, no tunnel tenderness.
LEFT LOWER EXTREMITY: The thigh portion of the harvest incision, from the knee up, is healed with a flat scar. Along the calf portion (medial left calf) runs a 9 cm band of retiform purpura that follows the scar, with a firmly stuck black eschar, 5 x 2.5 cm, in the middle. The surrounding tissue is woody and very tender. Nothing fluctuant, no crepitus, no pus. I cannot feel the pedal pulses (DP, PT), but there are monophasic Doppler signals.
RIGHT LOWER EXTREMITY: Skin intact. Trace edema.

IMPRESSION:
1. Status post CABG times three, doing well from a cardiac standpoint.
2. Painful necrotic eschar with retiform purpura along the left calf saphenous vein harvest incision, onset about three weeks ago. This does not look like an ordinary wound infection or dehiscence. In a diabetic on peritoneal dialysis, calciphylaxis occurring in the incision is my main concern, with ischemic non-healing from peripheral arterial disease as the other possibility.
3. Atrial fibrillation, in sinus rhythm on amiodarone.

PLAN: I have asked vascular surgery to see him this week for noninvasive studies. His nephrologist and I talked by phone; she agrees a tissue diagnosis is needed. No debridement in clinic today. Non-adherent dressing. He will follow up with me in 4 weeks.
"""),
("2018-08-14", "Vascular Surgery Consultation", """
Vascular Surgery Consult
Reason: L calf wound along vein harvest scar, r/o arterial insufficiency.

66 yo M, PD-dependent ESKD, insulin-requiring T2DM, CABG 6/11/18 with open L GSV harvest. Painful eschar along the L medial calf part of the incision; per pt it began in the 3rd week of July as a purple painful line. Never smoked. No claudication history before surgery. No trauma to the leg apart from the operation.

Exam: L medial calf: linear retiform purpura along the healed scar with central 5 cm black eschar, tender, no drainage. Feet warm, cap refill 3 sec. Pulses: femoral 2+ bilat, popliteal 1+ bilat, pedal Doppler signals only.
Studies today: ABI R >1.3, L >1.3 (noncompressible vessels). TBI R 0.61, L 0.55. Toe pressures 72 / 64 mmHg. TcPO2 at the L medial calf next to the lesion 41 mmHg.
Arterial duplex L: diffuse medial calcification SFA and tibials, no focal stenosis > 50%, three-vessel runoff.

Impression: Perfusion of the L leg is adequate for healing; this is not a primarily ischemic wound. The pattern (retiform purpura, severe pain, calcified vessels, ESKD) fits calciphylaxis in the vein harvest incision. No revascularization target.
Recs: bedside 4 mm punch from the purpuric margin (L calf) done today with derm's kit, sent to dermpath. Avoid sharp debridement until diagnosis is settled. Wound care RN to see. Will sign off; call with questions.
"""),
("2018-09-05", "Nephrology PD Clinic Note", """
PD clinic - monthly visit
Since last visit: punch bx of L calf returned 8/20 - calciphylaxis (calcified small subcut vessels w/ thrombi, panniculitis). Discussed with CT surgery and derm.
He reports the leg still hurts but the black area has stopped growing. Using CCPD 5 cycles, 2 L, icodextrin 1.5 L as last fill. Kt/V 1.9 (8/28). Residual UOP ~400 mL.
Exam: BP 128/70. Wt 85.1 kg. Exit site clean. L medial calf: calciphylaxis ulcer along the harvest scar, eschar 5 x 2 cm with softening edges, less purpura around it. No new lesions on abdomen or thighs.
Labs: Ca 9.1, PO4 5.9, PTH 640, Alb 3.3, A1c 7.4.
A/P:
1. Calciphylaxis, L lower leg, arising in the vein harvest scar (proven on biopsy). Started IV sodium thiosulfate 25 g, 3x weekly, given at the in-center unit on 8/27; tolerating, mild nausea. Continue sevelamer, stop calcitriol, cinacalcet up to 60 mg. Increase PD clearance: added a midday exchange.
2. DM2 on insulin - A1c ok; keep basal/bolus.
3. Post-CABG - per cardiology; amiodarone to stop at 3 months.
4. Pain - gabapentin 100 mg post-dialysis dosing; tramadol sparing.
RTC 4 wks.
"""),
]}

D03 = {"patient_id": "D03", "age": 49, "sex": "F", "notes": [
("2021-02-17", "Urology Consultation (transcribed)", """
UROLOGY CONSULTATION

DATE OF CONSULTATION: 02/17/2021
REQUESTING PHYSICIAN: Hospitalist service.
REASON FOR CONSULTATION: Right flank pain and gross hematuria in a patient with polycystic kidney disease.

HISTORY OF PRESENT ILLNESS: Ms. Delacroix-Byrne, aged 49, has autosomal dominant polycystic kidney disease; she reached end-stage disease in 2018 and since then has dialyzed in-center three mornings a week (Tue, Thu, Sat). She has chronic right-sided discomfort from her enlarged right kidney. Two days ago she developed a sharp, constant worsening of the right flank pain followed by tea-colored and then frankly red urine, which brought her to the emergency department. A noncontrast abdominopelvic CT shows bilateral massively enlarged polycystic kidneys, right larger than left, with a high-attenuation 6 cm cyst in the right kidney's lower pole consistent with hemorrhage into a cyst and a small amount of perinephric stranding. No hydronephrosis. No stone. No free fluid.

For the chronic flank ache, she tells me that since November 2020 she has been going to bed each night with a rubber bottle of hot water wedged against her right side, "as hot as the tap will make it", because it is the only thing that lets her sleep. About two weeks ago, on the 3rd of February, she noticed that the skin where the bottle sits had become dark purple and extremely tender, and over several days it formed a black crust. She had assumed it was a burn and stopped using the bottle last week.

PAST MEDICAL HISTORY: ADPKD. ESRD on hemodialysis via left forearm AV fistula. Hypertension. Secondary hyperparathyroidism with prior parathyroid surgery discussion. Anemia of CKD. Two cerebral aneurysm screening MRAs, both negative. No diabetes.

PAST SURGICAL HISTORY: Left forearm AV fistula creation 2017. Laparoscopic cholecystectomy 2012. Cesarean section 2003.

MEDICATIONS: Carvedilol 12.5 mg BID; amlodipine 10 mg; calcium acetate 1334 mg TID with food; calcitriol 0.5 mcg each dialysis day; epoetin at dialysis; acetaminophen PRN. No warfarin or other anticoagulant, ever.

ALLERGIES: Codeine (itching).

SOCIAL HISTORY: Works from home as a medical billing clerk. Never smoker. Occasional wine.

FAMILY HISTORY: Mother and maternal uncle with polycystic kidney disease; mother on dialysis in her sixties.

REVIEW OF SYSTEMS: Positive for flank pain, hematuria, fatigue, and the skin lesion described. Negative for fever, dysuria, chest pain, dyspnea.

PHYSICAL EXAMINATION:
VITALS: T 36.8, pulse 92, BP 162/94, saturating 98% breathing room air.
GENERAL: Uncomfortable, lying on her left side.
ABDOMEN: Distended by bilateral palpable kidneys, right more than left. Tender over the right kidney. No guarding or rebound.
BACK/FLANKS: On the right flank, at the level of the lower ribs, there is a 7 x 5 cm irregular stellate plaque with a central black adherent eschar about 3 cm across, ringed by violaceous retiform purpura and a zone of firm induration. It is exquisitely tender to light touch. There is faint reticulated brown pigmentation in the surrounding skin. The left flank is normal. No costovertebral angle ecchymosis.
GENITOURINARY: Foley catheter in place since the emergency department, draining red urine without clots.
EXTREMITIES: Left forearm fistula with good thrill. No edema.

LABORATORY DATA: Hemoglobin 8.1, down from 9.6 at her dialysis unit last week. Platelets 248. INR 1.0. Calcium 10.1, phosphorus 7.2, PTH 1180. Urine culture pending.

IMPRESSION:
1. Hemorrhage into a right renal cyst in ADPKD, hemodynamically stable. No evidence of infection or obstruction.
2. Gross hematuria secondary to the above.
3. Right flank necrotic plaque where the hot water bottle has sat each night. This could be a deep thermal burn, but the retiform purpura, the degree of pain and her calcium-phosphorus profile make calciphylaxis a real possibility. This is outside our area and I would ask dermatology to evaluate and biopsy.

RECOMMENDATIONS:
1. Conservative management of the cyst hemorrhage: bed rest, analgesia, serial hemoglobin, transfuse for hemoglobin below 7.
2. Heparin-free dialysis while hematuria persists; discussed with nephrology.
3. Remove the Foley catheter once the urine clears to avoid clot retention and trauma.
4. No indication for nephrectomy or embolization at this time; interventional radiology aware in case of further drop.
5. Dermatology consultation for the right flank lesion.
Thank you for this consultation.
"""),
("2021-02-19", "Dermatology Consult", """
DERM CONSULT - inpatient
49F ADPKD/ESRD on HD, admitted with R renal cyst hemorrhage. Asked to see R flank lesion.
Hx per pt: hot water bottle on the R side every night since Nov 2020. Skin turned purple on 2/3/21 then black. Hurts 9/10.
PE: necrotic R flank plaque measuring 7 x 5, black crust of eschar in the middle, purplish retiform border, indurated, very tender. Background of faint netlike brown pigment (erythema ab igne) extending a few cm around it in the shape of the bottle. No other lesions - checked abdomen, breasts, thighs, calves, buttocks.
A: Retiform purpura and eschar at a site of chronic heat exposure in an ESRD pt with Ca x P > 70 and PTH > 1000. Most c/w calciphylaxis triggered at the hot water bottle site; a simple thermal burn would not explain the livedoid border or induration.
P: Incisional/deep punch biopsy (6 mm) from purpuric edge, R flank, done at bedside under local. Send H&E, von Kossa. Stop all heat to the skin. Start sodium thiosulfate if confirmed - will discuss w/ renal. Xeroform + dry gauze daily.
"""),
("2021-03-30", "Nephrology Clinic Follow-up", """
Nephrology office visit, follow-up after hospitalization.

Ms. is seen with her husband. Her hematuria cleared within four days of discharge and her hemoglobin has recovered to 9.4. The right flank skin biopsy from 2/19 showed calciphylaxis (arteriolar wall calcium in the subcutis, luminal thrombi, necrotic fat), which is what we had suspected given where it arose. She has been receiving sodium thiosulfate after each dialysis session since 2/24, and reports the pain is down to a 4/10 and she no longer needs to lie on her left side. She has thrown the hot water bottle away.

Exam: BP 146/88. Weight 63.4 kg, BMI 26.1. Right flank: the eschar is lifting at the edges with pink granulation tissue underneath; the purpuric rim has faded to brown. No new lesions.

Labs (3/23): phos 5.1, Ca 9.0, PTH 690.

Assessment / plan:
- Calciphylaxis, right flank, at the hot water bottle site - improving. Continue sodium thiosulfate 25 g after each treatment, reassess at 3 months. Calcium acetate was stopped in the hospital; now on sevelamer carbonate 1600 mg at each meal. Calcitriol held. Cinacalcet started 30 mg; refer back to ENT for parathyroidectomy evaluation.
- ADPKD with cyst hemorrhage - resolved. Heparin back on dialysis circuit.
- Hypertension - above goal; increase carvedilol to 25 mg BID.
- Wound care clinic every 2 weeks.
Return in 6 weeks.
"""),
]}

D04 = {"patient_id": "D04", "age": 72, "sex": "M", "notes": [
("2019-05-10", "Cardiology Consultation", """
INPATIENT CARDIOLOGY CONSULTATION
Requested by: Dr. Farrow (hospital medicine) for acute on chronic systolic heart failure and troponin elevation.

HPI: 72M with ischemic cardiomyopathy (EF 25-30% on echo 11/2018), ESRD on hemodialysis Mon/Wed/Fri, type 2 DM on insulin, and obesity, admitted last night with three days of worsening dyspnea and orthopnea after missing Wednesday's dialysis. Troponin T 0.19 -> 0.21 -> 0.20, flat, in keeping with his baseline (0.15-0.2 at prior visits). No chest pain. He tells me that because he cannot lie flat he has slept every night in his living room recliner since January, and his wife adds that he often sits in it most of the day too, with his legs hanging over the front edge of the seat. He mentions in passing that "the backs of my legs are killing me" - onset late April, getting worse.

PMH: CAD s/p PCI to LAD 2014, ICM, ICD 2016 (dual chamber, last interrogation 2/2019 normal). ESRD from diabetic nephropathy, HD since 2017 via L brachiocephalic AVF. DM2 on insulin glargine and aspart (injects into the abdomen). HTN. OSA, not using CPAP. Gout.
Meds: carvedilol 6.25 BID, sacubitril/valsartan held (ESRD), atorvastatin 80, aspirin 81, apixaban 2.5 BID for paroxysmal AF (never on warfarin), insulin glargine 22 u qHS, insulin aspart SSI, sevelamer, cinacalcet, allopurinol 100 mg post-HD.
SH: Retired city bus driver. Ex-smoker 40 pk-yr, quit 2010.

Exam:
VS: BP 104/62, HR 76 (paced), RR 22, SpO2 93% 2L NC. Weight 104 kg, BMI 32.5.
Gen: sitting bolt upright, speaking in short sentences.
Neck: JVP up to the jaw angle sitting at 90 degrees.
Lungs: crackles halfway up both fields.
CV: paced rhythm, S3 present, soft apical holosystolic murmur (MR).
Abd: obese, soft, non-tender; scattered small bruises from insulin on the periumbilical skin, no plaques or nodules there.
Ext: 2+ pitting edema to the knees.
Skin: On the posterior aspect of both thighs, in a band running across the mid-thigh exactly where the front edge of the recliner seat would press, there are bilateral violaceous retiform plaques, the right 8 x 4 cm and the left 6 x 4 cm, each centered by a 2-3 cm black eschar, with livedo extending above and below. Exquisitely tender. Buttocks and sacrum intact.
Device: ICD pocket L chest well healed.

ECG: AV sequential pacing at 76. Echo today (limited): EF 20-25%, moderate functional MR, RVSP 52.

Assessment:
1. Acute on chronic HFrEF, volume overloaded after missed HD. This is the main problem and needs volume removal rather than diuretics (anuric).
2. Demand-related troponin leak (type 2), no evidence of ACS; no ischemic workup indicated now.
3. Painful necrotic plaques across both posterior thighs along the recliner edge. In an ESRD patient with diabetes and obesity this picture is worrisome for calciphylaxis, with the prolonged pressure from the seat edge a plausible trigger. Not a cardiac issue, but please involve dermatology early; if confirmed, sodium thiosulfate can cause volume and acid-base shifts that we would monitor.
Recommendations: urgent HD with UF goal 3-4 L today and daily sessions as BP allows; continue carvedilol; keep apixaban at the current dose; hospital bed with head elevation instead of the recliner once home; consider CPAP titration as outpatient; repeat echo after euvolemia. We will follow.
"""),
("2019-05-13", "Dermatology Consult with Pathology Addendum", """
Dermatology consult
Pt seen at bedside on 5 North. Chart, cardiology consult and photos reviewed.
Hx: posterior thigh pain and dark plaques since late April. Sleeps and sits in a recliner since January; the seat edge presses into the back of both thighs (pt demonstrates - the plaques line up with the edge). No heat, ice or injections to the thighs; insulin goes in the belly.
Exam: Bilateral posterior thighs: symmetric retiform violaceous plaques with central stellate eschar, R 8 x 4 cm, L 6 x 4.5 cm, woody induration, livedo racemosa around. No lesions on abdomen at injection sites, buttocks, calves.
Impression: Clinical picture of calciphylaxis, localized to chronic pressure points from the recliner seat.
Plan: 6 mm punch of L posterior thigh at the lesion edge today. Offload: no recliner, air mattress, turn q2h. Pain team consult.

ADDENDUM 05/16/2019 - Pathology (DP19-2207), L posterior thigh: arterioles of the subcutis, their media calcified, some holding intraluminal thrombi, calcific panniculitis, epidermal necrosis. Diagnosis: calciphylaxis. Discussed with Dr. Farrow and nephrology; sodium thiosulfate to start with HD.
"""),
("2019-05-22", "Discharge Summary", """
DISCHARGE SUMMARY
Admit: 05/09/2019   Discharge: 05/22/2019
Attending: hospital medicine
Principal diagnosis: Acute on chronic systolic heart failure due to missed hemodialysis.
Secondary diagnoses:
- Calciphylaxis of the bilateral posterior thighs (biopsy 5/13), related to chronic pressure from sleeping in a recliner since 01/2019; onset late April 2019
- ESRD on HD MWF
- Type 2 diabetes, insulin-requiring
- Ischemic cardiomyopathy with ICD
- Paroxysmal AF on apixaban
- Obesity (BMI 32.5 on admission, 30.9 at discharge after UF)
- Type 2 myocardial injury

Hospital course by problem:
HF: Daily HD x 4 then back to MWF; removed 11 kg in total. Dry weight reset to 99 kg. Off oxygen on day 6.
Calciphylaxis: Derm biopsy confirmed. STS (25 g IV) given in the closing hour of each run from 5/15, tolerated. Sevelamer continued; cinacalcet increased; calcium and vitamin D supplements avoided. Wounds dressed with hydrogel and foam; wound care nurse taught wife. Pain controlled with scheduled acetaminophen and hydromorphone 1 mg PO q6h PRN. Home health arranged. Hospital bed with air overlay delivered to home so he will not use the recliner.
DM: A1c 8.1. Glargine reduced to 18 units.

Discharge exam (pertinent): posterior thighs with stable eschars, less surrounding purpura. Lungs clear. No edema.
Follow-up: nephrology/HD unit (STS continues), dermatology 2 weeks, cardiology 4 weeks, wound clinic weekly.
"""),
]}

D05 = {"patient_id": "D05", "age": 61, "sex": "F", "notes": [
("2022-09-18", "Emergency Department Note", """
ED PROVIDER NOTE
CC: fall, R leg pain
HPI: 61 yo F on HD (TThS) and warfarin for AF, here after tripping at home at ~7 this morning. Her dog's leash caught her ankle and she went down, hitting the front of her R shin hard on the metal bed frame. No head strike, no LOC, did not hit her face. Got up on her own. Since then a painful swelling on the shin. Denies CP, SOB, dizziness before the fall.
PMH: DM nephropathy -> ESRD, dialyzes through a R chest tunneled cath (fistula maturing); DM2 managed with glipizide, no insulin; AF, warfarin; HTN; obesity; depression.
Exam: VS BP 148/82 HR 84 irreg T 36.6. Alert, NAD.
R leg: 6 x 5 cm tense hematoma over the anterior mid shin with overlying bruise, skin intact, no laceration. Tender. Compartments soft. DP/PT dopplerable. Knee/ankle full ROM.
L leg: no injury.
Rest of exam unremarkable.
R tibia/fibula films negative for fracture. INR 2.8. Hgb 10.4 (baseline 10.6).
MDM/Plan: Shin hematoma after fall on anticoagulation, no fracture, stable Hgb, compartments soft. Ice wrapped in a towel 20 min at a time for the next day, elevate, acetaminophen. Continue warfarin (INR therapeutic). Return if increasing swelling, numbness, skin breakdown. PCP f/u 1 wk. Home with daughter.
"""),
("2022-10-20", "Hospital Medicine Admission H&P", """
HOSPITAL MEDICINE H&P
Date: 10/20/2022
Source: patient, daughter, ED record, outpatient dialysis records.

Chief complaint: "My shin won't heal and it's turned black."

HPI: 61F with ESRD on HD Tue/Thu/Sat, DM2, AF on warfarin, obesity, sent from her dialysis unit for a worsening R leg wound and low-grade temps. She fell at home on 9/18, her R shin hitting the bed frame; she was seen in our ED that day with a hematoma and no fracture. She says the bruise was fading normally, but on 10/01 she saw that the middle of it had turned into a "purple lace" pattern and hurt far more than the bruise itself ever had. Over the next 2 weeks the middle blackened and hardened, and a few days ago the edges began to weep. Her dialysis RN noted T 37.9 on Tuesday. She never got around to icing it as the ED advised, and she has put no heat on it. She does not inject anything into her legs (no insulin; only pills for diabetes).
She also notes worsening fatigue, poor appetite, and a 3 kg weight loss. Denies chest pain, dyspnea, abdominal pain. No other skin sores.

PMH: diabetic nephropathy with ESRD, HD since 2021; R IJ tunneled dialysis catheter; L upper arm AVF created 7/2022, maturing. DM2 (A1c 6.9 in August). Paroxysmal AF, on warfarin since 2019. HTN. Obesity. Depression. Osteoarthritis of both knees.
PSH: Hysterectomy 2008. AVF 2022. Bilateral cataract surgery.
Meds: warfarin 5 mg daily (INR 2.4 today), glipizide 2.5 mg daily, metoprolol tartrate 25 BID, amlodipine 5, calcium acetate 667 mg x2 at meals, calcitriol 0.25 mcg qd, sertraline 50, omeprazole 20.
Allergies: sulfa (rash).
SH: Lives with daughter and a large dog. No tobacco or alcohol.
FH: Father DM2, died of MI.

ROS: as per HPI; otherwise negative in 12 systems.

Exam:
VS: T 37.8, HR 92 irregular, BP 138/70, RR 16, sat 97% on RA. Weight 91 kg, BMI 34.0.
General: obese woman, tired, uncomfortable when her leg is moved.
HEENT: anicteric, mucosa dry.
Neck: no JVD. R IJ catheter dressing clean, no erythema at the exit.
Chest: clear to auscultation.
Heart: irreg irreg, no murmurs.
Abdomen: soft, obese, non-tender.
L arm: AVF with palpable thrill.
R lower leg: over the anterior mid shin, at the site of the September hematoma, a 7 x 6 cm stellate ulcer with thick black eschar, serous drainage at the edges, surrounded by a 3-4 cm violaceous retiform border and firm, board-like induration. Exquisitely tender. Mild faint erythema 1 cm beyond. No fluctuance, no crepitus. Distal pulses faint but dopplerable, foot warm.
L lower leg: intact, no lesions.
Skin otherwise: no livedo elsewhere; abdomen, thighs and breasts clear.
Neuro: nonfocal.

Data: WBC 11.2, Hgb 9.6, Plt 302. Ca 9.8, phosphorus 6.9, iPTH 540, albumin 3.0. CRP 88. Blood cx x2 pending. XR R tib/fib: soft tissue swelling, no gas, no periosteal reaction; dense arterial calcification of the tibial vessels.

Assessment and plan:
61F on HD for ESRD, with DM2, AF (warfarin), obesity, and a necrotic, retiform, very painful ulcer developing at the site of a shin hematoma after a fall.
1. R shin necrotic ulcer - I am most concerned for calciphylaxis arising in the traumatized skin (risk factors: ESRD, warfarin, obesity, calcium-based binder, high PO4). After 3 years on a stable dose, warfarin-induced skin necrosis would be unusual. Superimposed cellulitis possible given temp and CRP: start cefazolin 2 g after HD. Derm consult for punch biopsy. Wound care consult. No sharp debridement until path back.
2. AF on warfarin - switch to apixaban 5 mg BID (discussed with patient and cardiology); stop warfarin.
3. ESRD - HD per renal, Saturday. Changing calcium acetate to sevelamer; calcitriol off.
4. DM2 - hold glipizide inpatient, low-dose correction insulin if needed.
5. Nutrition - dietitian; protein supplements with HD.
6. DVT ppx: on anticoagulation.
Code status: full. Dispo: pending path and pain control.
"""),
("2022-10-24", "Wound Care Nursing Note", """
WOUND CARE RN NOTE
Consult for R anterior lower leg wound. Chart reviewed - derm punch biopsy 10/21 results today: calciphylaxis.
Pt laying in bed, rates pain 8/10 at rest, 10/10 with dressing removal. Premedicated 45 min prior.
Wound: R anterior shin (site of hematoma after fall 9/18). Size 7.2 x 6.1 cm, depth not measurable under eschar. 80% dry black eschar, 20% yellow slough at the lateral edge. Small amount of serous drainage. Periwound: violaceous, indurated, no maceration. Biopsy site at 12 o'clock edge sutured, intact.
Care: cleansed with NS, gentle pat dry. Eschar left intact per derm. Calcium alginate to the draining edge, bordered silicone foam, no tape on the skin. Change q2 days and prn.
Offloading: heels floated on pillow; pt educated to avoid bumping leg, no heat or ice.
Education given to pt and daughter. Will follow twice weekly.
"""),
]}

D06 = {"patient_id": "D06", "age": 55, "sex": "M", "notes": [
("2021-04-06", "Patient Portal Message", """
Subject: sore on Tomas's leg

Hi this is Marisol his wife writing for him. He has a bad sore on his left thigh on the outside, right where he gives himself his Aranesp shot every two weeks. It started around the middle of March as a hard red lump that hurt, we thought it was just a bruise from the needle, but now the middle is black and it hurts so much he cant sleep. No fever. His PD is going fine, bags are clear. Should he still do his shot there next week or someplace else? Can someone look at it before his clinic day? Thank you
"""),
("2021-04-08", "Peritoneal Dialysis Clinic Note", """
HOME DIALYSIS UNIT - PD CLINIC (urgent add-on)
55M, ESKD from IgA nephropathy, on CCPD since 2019. No diabetes. Seen today after wife's portal message about a painful thigh lesion.

Interval hx: Since 08/2020 he has given himself darbepoetin 40 mcg SC every 2 weeks at home. He is right-handed and says he has always injected the outer side of the L thigh, "same spot, it's easy to reach sitting on the bed." Painful firm lump at that spot from about mid-March, now with black center. No trauma otherwise. No heat or cold on it. Not on warfarin or any anticoagulant ever. Calcium carbonate 1250 mg TID as binder since last year plus calcitriol.
PD: 4 night cycles of 2.5 L plus an icodextrin long dwell by day. Never had peritonitis. UF ~900 mL/day. Still makes ~300 mL urine.

Exam: BP 150/90, wt 101.2 kg, BMI 30.6. Abdomen: PD exit site (LLQ) healed, no crust, no tenderness along the tunnel. L lateral thigh: 4 x 3 cm ulcer with dry black eschar in the center of a 9 x 7 cm indurated violaceous plaque, retiform border, very tender. R thigh: normal. Both legs: no edema. Skin elsewhere without lesions.
Labs 3/30: Ca 10.3, PO4 6.6, PTH 410, Alb 3.4, Hgb 11.8.

A/P:
1. Painful necrotic plaque at the L thigh darbepoetin injection site - high concern for calciphylaxis (PD, calcium-based binder, calcitriol, obesity, high Ca x P). Urgent derm referral for biopsy (booked 4/15). Calcium carbonate and calcitriol STOPPED; sevelamer 800 mg TID instead. Move darbepoetin to be given IV in clinic for now, no more SC injections to the thighs.
2. Obesity - BMI 30.6.
3. PD adequacy - Kt/V 2.0 in February; no change.
4. Pain - acetaminophen 1 g TID, gabapentin 100 mg qHS.
Messaged wife back via portal.
"""),
("2021-04-15", "Dermatology Clinic Note", """
Dermatology - new patient, urgent
PD clinic referral: painful lesion of the L thigh at the SC injection site.
55 yo man on PD, self-injected darbepoetin into the L lateral thigh since August 2020; painful nodule there since mid-March 2021 progressing to necrosis.
Exam: L lateral thigh: violaceous, indurated plaque of 10 x 7 cm; margins show retiform purpura; a 4 x 3 cm eschar sits centrally. No other skin lesions on full skin exam.
Procedure: punch biopsy (6 mm), lateral margin (consent signed, lidocaine with epi, 1 suture).
Impression: probable calciphylaxis arising at a repeated injection site.

Addendum (4/19/21): Histology: small subcutaneous vessels have calcium laid down in their walls, with thrombi and lobular panniculitis with calcification, confirming calciphylaxis. Patient informed by phone. Recommend sodium thiosulfate (nephrology arranging IV in the home unit), wound care referral, and no further injections into that thigh. Will see in 3 weeks.
"""),
]}

D07 = {"patient_id": "D07", "age": 68, "sex": "F", "notes": [
("2017-06-26", "General Surgery Consultation", """
GENERAL SURGERY CONSULT NOTE
Requesting service: Hepatology / medicine. Reason: "abdominal wall wound, ? necrotizing infection, ? need for debridement".

HPI: 68-year-old woman with decompensated NASH cirrhosis (MELD-Na 24) complicated by refractory ascites, and ESRD on hemodialysis (hepatorenal syndrome that did not recover, HD since 2016), with type 2 diabetes (diet and linagliptin, no insulin), admitted 6/23 for hepatic encephalopathy. Because of refractory ascites she has had large-volume paracentesis every 2 weeks since April 2017 at the IR suite, always entered in the left lower quadrant (IR notes document LLQ each time, ultrasound-guided, 5-8 L removed). On 06/12/2017 she first saw a painful dark area on the left lower abdomen, right where the needle usually goes in. It has grown and the middle became black. The primary team is worried about a necrotizing soft tissue infection. She has had no fevers. WBC normal. She denies any heat or ice on her belly, and has no history of injections there.

PMH: NASH cirrhosis with ascites, grade 1 varices (banded 2016), HE; ESRD, dialyzed Mon/Wed/Fri by way of a L upper arm AV graft; T2DM; hypertension (now low BP); osteoporosis; hypothyroidism.
PSH: TIPS was considered and declined (HE). Appendectomy as a child. L AVG 2016.
Meds: lactulose, rifaximin, linagliptin 5 mg, levothyroxine, midodrine 10 TID with HD, calcium carbonate 500 mg with each meal; calcitriol at 0.25 mcg/day, propranolol held, pantoprazole. No anticoagulants ever.
Allergies: NKDA.

Exam: T 36.9, HR 86, BP 96/54, RR 16.
General: chronically ill, mildly jaundiced, oriented x3 today.
Abdomen: distended with moderate ascites, soft, no peritonism. In the LLQ, lateral to the rectus, there is a violaceous, indurated 5 x 5 cm plaque; centrally a dry black eschar of 2.5 cm; its border is retiform and purpuric; several small healed puncture scars from prior paracenteses lie within and at the edge of the plaque. Very tender to light touch but no crepitus, no fluctuance, no drainage, no streaking erythema. The RLQ and the rest of the abdominal wall are normal. Umbilical hernia, soft, reducible.
Extremities: 1+ edema. L arm graft with thrill.
Skin: spider angiomas on the chest, palmar erythema. No other ulcers.

Data: WBC 6.8, Plt 62, INR 1.9, T bili 3.4, Alb 2.4, Ca 9.2 (corrected 10.5), PO4 6.1, PTH 380. Lactate 1.4. CK normal.
CT abdomen/pelvis, noncontrast (6/25): moderate ascites, cirrhotic liver, subcutaneous stranding in the LLQ abdominal wall without gas or fluid collection, extensive calcification of small abdominal wall vessels.

Assessment: Necrotic LLQ abdominal wall plaque at the paracentesis site. There is no clinical, laboratory or radiologic evidence of necrotizing soft tissue infection - no gas, no systemic signs, normal lactate and WBC, and the course is weeks long rather than hours. The appearance, the pain, the calcified small vessels on CT and her renal failure on a calcium binder make calciphylaxis much more likely, arising at the site of repeated needle punctures.
Recommendations:
1. No operative debridement. Surgical debridement in a coagulopathic cirrhotic with ascites carries a high risk of ascitic leak and a non-healing wound.
2. Dermatology for punch biopsy at the edge to confirm.
3. Future paracenteses should go in on the RIGHT, well clear of the plaque; discussed with IR.
4. Nephrology to review binder and vitamin D.
5. Local care: non-adherent dressing, no adhesive tape on the abdominal skin.
Will follow peripherally. Please call if signs of infection develop.
"""),
("2017-06-29", "Dermatology Consult", """
Dermatology inpatient consult.
68F, NASH cirrhosis, ESRD on HD, LLQ necrotic plaque at the site where paracenteses have been done every 2 wks since 4/2017; onset 6/12/17.
Exam: LLQ: plaque 5.5 x 5 cm, violaceous and indurated, central black eschar, retiform purpura, punctate scars within. Remainder of skin exam: no livedo, no other plaques.
A: suspect calciphylaxis at the paracentesis puncture site. DDx: warfarin necrosis (no exposure), cholesterol emboli (no recent angiography), infection (surgery feels unlikely).
P: punch (4 mm) from the superior margin after platelet transfusion (plt 62) - done today, hemostasis achieved with a figure-of-8 suture. Pathology to follow.
"""),
("2017-07-03", "Surgical Pathology Report", """
PATHOLOGY - SURGICAL
SPECIMEN: Left lower quadrant abdominal wall, skin with subcutis, punch biopsy.
CLINICAL HISTORY: ESRD, cirrhosis, necrotic plaque at paracentesis site.
GROSS: One 4 mm tan punch core, depth 0.6 cm; cut in half, all of it processed.
MICROSCOPIC: The epidermis is focally necrotic. In the subcutaneous fat there is granular, circumferential calcification in the walls of small arterioles (confirmed with von Kossa), and two vessels contain organizing thrombi. The surrounding fat lobules show ischemic necrosis with scattered calcium. There is no vasculitis, no fungal organisms on GMS and no bacterial colonies.
DIAGNOSIS: LLQ ABDOMINAL WALL SKIN, PUNCH: FEATURES DIAGNOSTIC OF CALCIPHYLAXIS (CALCIFIC UREMIC ARTERIOLOPATHY).
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
