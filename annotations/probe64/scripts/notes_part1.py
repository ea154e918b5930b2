"""probe64 corpus notes, O01-O07 (hospitalist H&Ps and discharge summaries; all invented)."""

O01 = {"patient_id": "O01", "age": 62, "sex": "F", "notes": [
("2020-02-11", "Hospitalist Admission H&P", """
Hospitalist admit note - Kilbride Memorial, unit 4W
Admit date: 02/11/2020   PCP: Dr. Ilse Varga   Source: ED

Chief complaint: "the black spot on my stomach hurts worse than labor"

HPI: Mrs. Tamsin Oakhurst is a 62 yo F w/ ESRD, dialyzed Mon/Wed/Fri at the Kilbride unit through a L brachiocephalic fistula (dry wt 88kg), insulin-requiring T2DM (basal-bolus), HTN, HFpEF who presents with a painful abdominal lesion. She moved from metformin/glipizide to insulin in 06/2019 and has injected every glargine and lispro dose, by herself, in the left lower abdomen ever since - she is right handed and says the left side below the navel is "the only place I can see properly". On 02/03/2020 she felt a hard, pea-sized lump in that same area which became exquisitely tender; over the last week the skin over it went dusky purple and a black center appeared. Rates pain 9/10; clothing rubbing makes it worse. No fevers or chills, no drainage. Never been on warfarin. Her HD unit drew labs Monday: phos 7.4, corrected Ca 9.8, iPTH 812.

ROS: otherwise negative x10 except as above.

PMH / problem list:
1. ESRD (diabetic kidney dz), HD since 2016
2. T2DM, insulin requiring since 6/2019, A1c 8.1
3. Secondary hyperparathyroidism, on cinacalcet (poor adherence)
4. HFpEF (EF 60%)
5. HTN
6. Obesity
7. OSA on CPAP
8. Depression

Meds (reconciled w/ pt and pharmacy fill hx): insulin glargine 34 units qHS, insulin lispro 6-10u with meals, sevelamer 1600mg TID with meals, calcitriol 0.5mcg daily, cinacalcet 30mg daily ("I skip it a lot"), carvedilol 12.5mg BID, atorvastatin 40, sertraline 50.
Allergies: NKDA
Social: lives w/ husband, retired school bus driver, never smoker.

Vitals: 37.0 C, pulse 88, 152/78, sat 96% on room air. Ht 162cm; weight 88.2kg; BMI 33.6.
Skin: L lower quadrant, 4cm inferolateral to umbilicus: 5x4cm indurated violaceous plaque with retiform borders and a central 1.5cm black eschar; exquisitely tender; nothing fluctuant, no crepitus. R abdomen, thighs, buttocks, legs intact.
AVF w/ good thrill.

Assessment & plan:
# LLQ necrotic, painful plaque at the insulin injection site - strongly suspect calciphylaxis given ESRD, high phos/PTH, obesity, and location in repeatedly injected fat. Ddx necrotizing infection (no systemic signs, CK nl), insulin-related lipohypertrophy w/ necrosis (less likely).
 - Derm consult for punch bx
 - Wound care, hydromorphone 0.2mg IV q3h prn, gabapentin after HD
 - Nephrology aware: switch to non-calcium binder only, hold calcitriol, discuss STS with HD
 - Insulin: ask pt to use R thigh / upper arms for now
# ESRD - HD tomorrow per renal
# T2DM - glargine 28u while NPO-ish, lispro SSI
# HFpEF/HTN - cont carvedilol
DVT ppx: heparin SC. Code: Full.
"""),
("2020-02-17", "Discharge Summary", """
DISCHARGE SUMMARY
Patient: Oakhurst, Tamsin   Admit: 2/11/2020   Discharge: 2/17/2020
Attending: J. Kaczmarek, MD (Hospitalist)

Principal dx: calcific uremic arteriolopathy (calciphylaxis), biopsy-proven, L lower abd wall, at her insulin injection site
Secondary dx: ESRD (HD); insulin-treated T2DM; secondary hyperparathyroidism; HFpEF; obesity (BMI 33.6 on admit, 32.9 at d/c); OSA

Hospital course / problems:
1. CUA, LLQ abdomen. Derm (Dr. Faleolo) did 2 punch biopsies from the lesion edge on 2/12. Path: subcutaneous arterioles with medial calcium deposits; intima thickened; fibrin thrombi; fat necrosis nearby; von Kossa highlights the calcium. Derm and nephrology agree this is CUA and that the single spot that took all her insulin since June 2019 was the likely trigger. Sodium thiosulfate 25g IV, given at every HD session, began 2/13 (tolerated, mild nausea). Wound care: hydrocolloid, no sharp debridement for now. Pain controlled: oxycodone 2.5mg, up to q6 hrs,, and gabapentin 100mg after each dialysis.
2. ESRD/CKD-MBD. Calcium-based binder was already off; calcitriol stopped; cinacalcet increased to 60mg daily. Dialysis bath calcium lowered to 2.0. Phos 6.1 at d/c.
3. T2DM. No more insulin into the abdomen. Teaching done; she will alternate the posterior arms. Glucose 140-220.
4. HFpEF - euvolemic after UF, no changes.

Discharge meds:
 NEW: sodium thiosulfate 25g IV at HD TIW; oxycodone 2.5mg q6h prn; gabapentin 100mg after HD
 CHANGED: cinacalcet 30 -> 60mg daily
 STOPPED: calcitriol
 CONTINUE: glargine 30u qHS, lispro per scale, sevelamer, carvedilol, atorvastatin, sertraline

Weight at discharge 86.1kg, BMI 32.9.
F/u: wound clinic (derm) in one week; HD unit Wednesday.
"""),
("2020-05-26", "Hospitalist Admission H&P", """
Hospitalist H&P (readmission)
Date: 05/26/2020

62F known to our service - ESRD (HD M/W/F), T2DM using insulin, calciphylaxis of the L lower abd wall (biopsy 2/2020) on STS - now here with fever and rigors at dialysis, blood cx from HD unit growing GPCs. No new skin lesions per pt. She has kept her insulin in the posterior arms as instructed.

Problem list:
1. Sepsis, likely MSSA bacteremia - source? the L abdominal wound vs AVF. Per wound RN the abdominal wound is now 2.5x2cm, clean granulating base, no purulence; eschar separated in April.
2. Calciphylaxis LLQ - improving
3. ESRD - HD
4. DM2, insulin
5. Obese (BMI 32.4 today, wt 85kg)
6. HFpEF

Home meds reviewed: STS with HD, cinacalcet 60, sevelamer, glargine 30u, lispro, carvedilol, atorvastatin, sertraline, oxycodone rarely.

Plan: cefazolin after HD, TTE, repeat cx, wound swab; ID input if persistent bacteremia.
"""),
]}

O02 = {"patient_id": "O02", "age": 74, "sex": "M", "notes": [
("2023-01-09", "Hospitalist Admission H&P", """
ADMISSION HISTORY AND PHYSICAL
Hospital medicine - Lakeview Mercy   Date of service: 1/9/2023

Chief complaint: L knee wound, can't walk

History of present illness:
74-year-old gentleman, ESKD on home peritoneal dialysis (CCPD overnight cycler, started 2021), paroxysmal AF anticoagulated with warfarin, and bilateral knee OA sent in by his nephrologist for a nonhealing, very painful wound at the left knee.
His wife explains: since the weekend of Thanksgiving he has tied a freezer gel pack around the outer left knee most evenings "because the Tylenol barely touches it", and has nodded off in his chair with the pack on several times. Roughly 3 weeks ago a purple, lacy, cold-feeling patch showed up at exactly the spot where the pack sits, on the lateral L knee; it then hardened and blackened in the middle. He denies a fall or knocking it. No fever.
INR 2.6 at coumadin clinic last week.

ROS: +anorexia, +poor sleep d/t pain. Denies CP, SOB, belly pain or cloudy effluent.

Past medical hx:
- ESKD (IgA nephropathy), PD since 3/2021
- Paroxysmal atrial fibrillation - warfarin since 2017
- OA both knees, declined TKA 2021
- BPH
- Gout
- Remote tobacco, quit 1990

Medications prior to admission: warfarin 5mg daily except 2.5mg Mon/Fri; metoprolol succinate 50; lanthanum 1000mg TID w/ meals; calcium acetate 667mg TID (prescribed by outside nephrologist 2022); tamsulosin 0.4; allopurinol 100; acetaminophen prn. No insulin, not diabetic (A1c 5.4).

Exam: afebrile, BP 138/70, HR 76 irregular. Wt 81kg, BMI 27.4.
L knee, lateral aspect just above the joint line: 6x5cm stellate patch of retiform purpura with central adherent black eschar 2cm, surrounding livedo extending onto the distal lateral thigh; extremely tender. Knee not effusive, ROM limited by pain. R knee: skin intact. PD catheter exit site clean.

Assessment and plan:
Livedo + necrotic eschar where ice was applied nightly; PD, warfarin, calcium-based binder -> calciphylaxis heads the list; other possibilities cold injury/frostbite, warfarin necrosis (unlikely on stable long-term dose), septic emboli.
- punch biopsy w/ derm, wound RN
- stop calcium acetate; hold warfarin, bridge w/ heparin gtt? discuss w/ cardiology - CHA2DS2-VASc 3
- ice packs stopped - told pt and wife no cold or heat on the legs
- PD per renal
"""),
("2023-01-16", "Discharge Summary", """
DISCHARGE SUMMARY - Hospital Medicine
Dates: 1/9/23 to 1/16/23 (7 days)
Discharge diagnosis: calciphylaxis of the left lateral knee (skin biopsy confirmed), where he had repeatedly applied ice packs

Problem based hospital course:
#Calciphylaxis L knee. Punch bx 1/10 from the purpuric rim: arteriolar medial calcification w/ thrombosis, plus septal panniculitis; path calls it calciphylaxis. Trigger felt to be the cold packs he applied to the area since Thanksgiving (11/24/22), on a background of ESKD, warfarin and calcium load. Started sodium thiosulfate; wound care per WOCN (Santyl + foam). Pain better on scheduled APAP and low dose hydromorphone PO.
#Dialysis modality. PD catheter was not draining well on 1/12 (constipation + malposition on KUB). Given the need for thrice weekly STS, renal and pt agreed to switch to in-center hemodialysis: R IJ tunneled HD catheter placed by IR 1/13, first HD 1/13, outpatient chair secured at Northgate Dialysis TTS. PD catheter left in place for now.
#AF. Warfarin discontinued permanently. Apixaban 2.5mg BID started.
#OA knees - PT eval, walker.

Med rec at discharge
 STOP: warfarin, calcium acetate
 START: thiosulfate (STS) 25gm IV q dialysis, apixaban 2.5mg twice a day, hydromorphone 1mg PO q6h prn, senna/PEG
 CONTINUE: metoprolol succinate, lanthanum, tamsulosin, allopurinol, APAP 650 q8h scheduled

BMI 27.1 (80.2kg). F/u: wound clinic, Northgate HD TTS starting 1/17.
"""),
("2023-03-22", "Hospitalist Admission H&P", """
H&P - hospital medicine
3/22/2023

74M with ESKD now on in-center HD via R IJ TDC (changed from PD in January), calciphylaxis of the L lateral knee (bx-proven 1/2023), pAF on apixaban (warfarin stopped), admitted with a fever at dialysis and erythema around the tunneled catheter.
Knee wound per wife is "half the size", no new lesions anywhere. Not diabetic.

Problems
1. Suspected CRBSI - TDC in place; vanc/ceftaz after cx, IR to exchange or remove pending cx
2. Calciphylaxis L knee, improving on STS
3. ESKD on HD (TTS) - PD catheter removed? No - still in situ, renal to schedule removal
4. pAF - apixaban
5. OA, BPH, gout
Wt 79.6kg, BMI 26.9.
"""),
]}

O03 = {"patient_id": "O03", "age": 57, "sex": "F", "notes": [
("2023-07-28", "Hospitalist Admission H&P", """
Adult Hospitalist Service - History & Physical
DOS 07/28/2023   Room 612

CC: R side wound, pain 10/10

HPI
57 y.o. woman, dialysis dependent (HD (Tue-Thu-Sat, L forearm AVG)) for lupus nephritis, with diet-controlled diabetes, morbid... correction - class I obesity, and osteoporosis, admitted from wound clinic for pain control and w/u of a necrotic R flank lesion.
In April of this year she sustained an L1 compression fracture lifting a laundry basket and was fitted with a rigid TLSO-type lumbar brace which she wears all day. Its lower right edge presses and rubs into the right flank, a little above the iliac crest ("it digs in when I sit"). In early July she noticed a tender dusky area exactly under that edge; it enlarged and now has black crust. She stopped wearing the brace 1 wk ago bc of pain.
Otherwise denies injury; has not used heat.

PMH
(1) lupus nephritis (class IV) progressing to ESRD; HD since 2019
(2) DM type 2, diet controlled, A1c 6.6, never on meds
(3) Obesity - BMI 30.0 (ht 165, wt 81.7)
(4) Osteoporosis w/ L1 compression fx 4/2023
(5) hx GI bleed 2017 on Coumadin (was on it for a provoked DVT 2016-2017), Coumadin stopped after the bleed
(6) HTN
(7) Chronic prednisone 5mg

Med reconciliation: prednisone 5mg qd, hydroxychloroquine 200mg qd, sevelamer 800 TID, cinacalcet 30, amlodipine 10, alendronate (held - ESRD?, not taking), vit D 1000 IU, pantoprazole 40. No anticoagulant now.

Exam: NAD but uncomfortable. T 36.9 P 92 BP 144/86.
Skin: R flank, posterolateral, at the level of the iliac crest - 7x3.5cm horizontally oriented necrotic plaque, black eschar centrally, bordered by violaceous retiform purpura; looks like it follows the line of the brace edge. Left flank unremarkable; thighs and abdomen without lesions.
Back: tender L1.

A/P
R flank necrotic plaque along brace pressure line - ?calciphylaxis (ESRD, obesity, steroid, female) vs pressure injury. Biopsy. Derm c/s. Pain: hydromorphone PO + lidocaine patch away from wound. Ortho spine re: alternative brace.
"""),
("2023-08-04", "Discharge Summary", """
Discharge Summary
Admission 7/28/2023 -> Discharge 8/4/2023
Hospitalist: Priya Lindqvist, DO

Final diagnoses:
1) R flank calciphylaxis, confirmed by incisional biopsy 7/31 (subcutaneous arteriolar calcification of the media, luminal thrombi, necrotic fat); located in skin chronically compressed by her lumbar brace since 04/2023
2) ESRD on hemodialysis
3) T2DM (diet)
4) Obesity, BMI 30.0
5) SLE on low-dose prednisone
6) Osteoporosis, L1 fx

Hospital course
Calciphylaxis: Dx as above. STS 25g started with HD 8/1. Brace discontinued - ortho spine fitted a soft corset that sits well above the wound; she is to wear it only when up. Wound: Xeroform + ABD, change daily. Pain: hydromorphone 2mg by mouth every 4 h as needed; lidocaine 5% patch L paraspinal.
CKD-MBD: phos 6.8, PTH 440, Ca 9.4; cinacalcet to 60, sevelamer unchanged.
SLE: rheum ok with continuing pred 5.
Anticoagulation: none; pt reminded that her old warfarin (stopped 2017) should not be restarted.

Discharge medication list:
prednisone 5mg daily | hydroxychloroquine 200mg daily | sevelamer 800mg TID | cinacalcet 60mg daily (increased) | amlodipine 10mg | pantoprazole 40mg | vit D3 1000 IU | hydromorphone 2mg q4h prn (new) | lidocaine 5% patch (new) | sodium thiosulfate with HD (new)
Held: alendronate
"""),
("2023-10-19", "Hospitalist Admission H&P", """
Hospitalist Admit Note 10/19/2023
57F w/ ESRD (HD TuThSa), SLE, T2DM not on meds, R flank calciphylaxis (Aug 2023, biopsy-proven), here for hyperkalemia (K 7.1) after a missed session. R flank wound is shrinking, 3x1.5cm, no eschar. Wt 83kg; BMI 30.5.
Problem list: hyperkalemia - calcium gluconate, IV insulin + D50, urgent dialysis; ESRD; calciphylaxis R flank healing; SLE; DM2 diet; obesity; osteoporosis.
Soft corset worn above the wound only. Plan HD tonight, then home.
"""),
]}

O04 = {"patient_id": "O04", "age": 66, "sex": "M", "notes": [
("2024-06-10", "Hospitalist Admission H&P", """
HOSPITAL MEDICINE ADMISSION NOTE
Date: 06/10/2024
Referring: Dr. Okonjo (gen surg clinic)

Chief complaint: "my hernia scar turned black"

HPI: 66M, ESRD from ADPKD on HD (MWF, R upper arm AVG), type 2 DM on linagliptin, HTN, HLD. He had an open mesh herniorrhaphy of a right inguinal hernia on 3/12/2024 (Dr. Okonjo), incision healed by the April post-op check. Over Memorial Day weekend - he's sure it was Memorial Day itself because he was at his grandson's barbecue - he felt a burning sensation in the lower third of the scar in the right groin; a week later a purple mottled patch surrounded the scar and by now part of the incision line is covered with black eschar. Surgery clinic saw him today and sent him in for possible infected mesh vs something else.
No fevers, no drainage, no groin bulge. Not on warfarin or any blood thinner. Takes OTC calcium carbonate "for heartburn", 4-6 Tums a day.

Problem list (active):
- ESRD, HD since 2020
- DM2 (A1c 7.0), no insulin ever
- HTN
- HLD
- s/p R open inguinal herniorrhaphy 3/12/24
- GERD
- overweight, BMI 28.1

Med rec (pt + wife): linagliptin 5mg, amlodipine 10, losartan 100, rosuvastatin 20, sevelamer 2400 TID, calcium carbonate OTC (as above), omeprazole 20 prn.

PE: 37.2, 84, 148/90. Ht 180cm, wt 91kg.
R groin: 9cm healed oblique incision; lower 4cm surrounded by 6x4cm indurated violaceous netlike plaque; central stellate black eschar 2.5x1cm. No fluctuance, no drainage, no palpable hernia. L groin and scrotum normal.

A/P:
1. Necrotic plaque along R inguinal hernia scar. Concern for calciphylaxis in a healed surgical wound (ESRD, calcium load) vs deep mesh infection. CT pelvis w/o contrast, ESR/CRP, derm bx. Stop calcium carbonate.
2. ESRD - HD Wed
3. DM2 - hold linagliptin, SSI lispro while inpatient
4. HTN, HLD - cont
"""),
("2024-06-18", "Discharge Summary", """
DISCHARGE SUMMARY
Name: Farrow, Desmond   Admit 06/10/24   D/C 06/18/24

Dx: Calciphylaxis (calcific uremic arteriolopathy) of the right groin arising in the inguinal herniorrhaphy scar - confirmed by derm biopsy.

Course:
(a) CUA R groin. CT: mesh sits where expected, no collection or gas; groin subcutaneous fat shows widespread calcified small vessels. Wedge biopsy 6/12: calcified small arterioles with thrombus and necrosis, no organisms. Gen surg: mesh infection unlikely, no operation. Onset dated by pt to Memorial Day (5/27/24), about 11 weeks after the 3/12 surgery; derm notes the lesion tracks the incision precisely. STS with each HD started 6/13; wound care with Medihoney + bordered foam.
(b) CKD-MBD: Ca 10.6 on admission (Tums). Tums stopped, Ca 9.5 at d/c. Cinacalcet 30 started.
(c) DM2 - glucose fine on SSI, linagliptin resumed at d/c.
(d) HTN: losartan held 2 d for soft BP after HD, resumed.

Reconciled d/c med list
NEW - STS 25g intravenously at dialysis; cinacalcet 30mg qd; tramadol 50mg q12h prn
Stopped: calcium carbonate (Tums) - DO NOT USE; famotidine ok for heartburn instead (renally dosed 10mg qd)
Continued: linagliptin 5, amlodipine 10, losartan 100, rosuvastatin 20, sevelamer 2400 TID

Wt 89.4kg, BMI 27.6.
"""),
("2024-09-02", "Hospitalist Admission H&P", """
H+P 9/2/2024 (Labor Day) - admitted for syncope at HD
66M on HD (MWF) for ESRD, diabetic on linagliptin only, calciphylaxis of R groin scar dx 6/2024 on STS, syncope during UF today. Groin wound now 1cm, granulating.
No anticoagulants. BMI 27.4.
Problems: 1) syncope - likely intradialytic hypotension, tele, orthostatics, TTE 2) ESRD 3) CUA R groin - healing 4) DM2 5) HTN - hold amlodipine on HD days.
"""),
]}

O05 = {"patient_id": "O05", "age": 79, "sex": "F", "notes": [
("2019-10-29", "Hospitalist Admission H&P", """
Hospitalist Service H&P
10/29/2019 19:40
Pt: Eleni Marchetti, 79F, from Rosewood ALF

CC: leg ulcer, pain, decreased PO intake

HPI: Hx provided by pt (mildly HOH) and ALF nurse. 79 yo; ESRD, dialyzed T/Th/S for 6 yrs; DM2 requiring insulin, warfarin for AF, wheelchair-bound after CVA. On 10/02/2019 her right shin struck the metal footplate of her wheelchair during a transfer - staff documented a 2cm skin abrasion on the R anterior shin that day, cleaned and covered. It never healed properly: on 10/14/2019 the ALF nurse recorded a new exquisitely painful violaceous area around the scrape, and since then it has turned into a black-based ulcer with a lacy purple border. Treated empirically w/ cephalexin x 7d without change.

ROS: neg for fever, CP, SOB.

Past medical history:
* ESRD on hemodialysis (HTN nephrosclerosis)
* DM2 on insulin (detemir + aspart, given by ALF staff in the abdomen)
* Afib - warfarin, INR goal 2-3
* CVA 2017 w/ L hemiparesis
* Dementia, mild
* Hypothyroidism
* Anemia of CKD

PTA meds: warfarin 3mg daily, insulin detemir 12u daily, insulin aspart SSI, levothyroxine 75mcg, sevelamer 800 TID, calcium acetate 667 TID, epo at HD, donepezil 5, metoprolol tartrate 25 BID.

Exam: 36.7 / 72 / 128/64 / 97%. Wt 58kg, BMI 24.3.
R lower leg, anterior mid shin: 4.5x3cm ulcer with adherent black eschar, surrounded by 2-3cm violaceous retiform purpura; severe pain to light touch. L leg: intact, no edema. Pedal pulses dopplerable bilaterally.

Assessment/Plan:
Nonhealing R shin ulcer after wheelchair footplate injury, in ESRD on warfarin + Ca binder -> calciphylaxis vs. arterial ulcer vs. infected traumatic wound.
- ABI/arterial dopplers, derm for bx, wound RN
- Stop calcium acetate; INR 3.1 - warfarin held
- Pain - APAP, low dose oxycodone
- Insulin detemir 10u + SSI
- HD per renal Thursday
"""),
("2019-11-06", "Discharge Summary", """
Hospital Medicine Discharge Summary
Admitted: 10/29/2019 | Discharged: 11/06/2019 to Rosewood ALF

Principal diagnosis: calciphylaxis, R anterior lower leg (punch biopsy 10/31/19 positive: calcified dermal/subcutaneous arterioles, thrombosis, necrosis)

Brief HPI: scraped R shin on wheelchair footplate 10/2/19; painful purpuric plaque and ulcer developed from 10/14/19 in the same spot.

Course, by problem:
1. R shin calciphylaxis - ABIs 1.0 R, 1.05 L, arterial flow adequate. Biopsy as above. Derm and renal feel the footplate abrasion was the precipitating trauma. STS with HD started. Wound: daily Xeroform, foam, leg elevated; footplate padded and swing-away leg rests ordered for her chair.
2. AF - warfarin stopped; given falls and calciphylaxis, apixaban 2.5 BID started after discussion with son (HCP).
3. ESRD - HD TTS; Ca binder changed to sevelamer alone.
4. DM2 on insulin - detemir 10u daily, aspart SSI. ALF staff to continue injecting in the abdomen.
5. Dementia - no delirium.

Meds at discharge:
CONTINUE insulin detemir (dose changed 12 -> 10u), aspart SSI, levothyroxine 75mcg, sevelamer 800 TID, donepezil 5, metoprolol 25 BID
NEW apixaban 2.5 BID, sodium thiosulfate IV w/ HD, oxycodone 2.5 q6h prn
STOP warfarin, calcium acetate

Wt 57.5kg.
"""),
("2019-12-20", "Hospitalist Admission H&P", """
Hospitalist admission - 12/20/2019
79F on HD for ESRD, insulin-treated DM2, AF switched from warfarin to apixaban in Nov, R shin calciphylaxis on STS. Admitted w/ L hip pain after a fall from bed at ALF last night; xray: nondisplaced L femoral neck fx.
R shin ulcer: 3x2cm, eschar softening; no new lesions.
Problems
1) Fx L femoral neck (nondisplaced) - ortho consult, likely hemiarthroplasty; hold apixaban
2. Fall - PT/OT after surgery
3. Calciphylaxis R lower leg
4. ESRD on HD
5. DM2 on basal insulin
6. AF, dementia, hypothyroid
BMI 23.9.
"""),
]}

O06 = {"patient_id": "O06", "age": 58, "sex": "F", "notes": [
("2020-08-14", "Discharge Summary", """
DISCHARGE SUMMARY
Pt: Rosalind Thwaite-Obi   58 F
Admit 08/03/2020   Discharge 08/14/2020   Hospitalist: Dr. M. Sandoval

Diagnoses: 1. Left femoral-popliteal DVT 2. Acute pancreatitis (gallstone) s/p lap chole 8/7 3. Morbid obesity, BMI 41.2 4. CKD G3a, creatinine 1.4 (at baseline) 5. HTN

Course:
Admitted with epigastric pain, lipase 3400; gallstone pancreatitis, lap cholecystectomy 8/7, uncomplicated. Port sites healing. Throughout the stay she received heparin 5000 units subcutaneous q8h for DVT prophylaxis - nurses gave them in the posterior upper arm, R one dose and L the next, as her abdomen was tender after surgery - from 8/3 onward until the DVT was found. On 8/10 she developed L calf swelling; duplex with L fem-pop DVT. Transitioned to warfarin with enoxaparin bridge; INR 2.2 today, enoxaparin stopped.

Skin at discharge: port sites clean, no ulcers or rashes.

Discharge meds:
NEW warfarin 5mg daily (INR goal 2-3, coumadin clinic Tues)
CONT lisinopril 20, HCTZ 25, omeprazole 20
No diabetes, no insulin.
"""),
("2020-08-27", "Hospitalist Admission H&P", """
HOSPITALIST H&P   8/27/2020

CC: "the backs of my arms are on fire"

HPI: 58F discharged 8/14 after gallstone pancreatitis and a L leg DVT, now on warfarin, CKD 3a (not on dialysis), morbid obesity, returns with severe pain and dark skin changes behind both upper arms (R and L). Her daughter first noticed purple blotches there on 8/21 - in the same places the nurses gave the heparin injections during the last stay. They have since become hard and very painful, and the left one has a black center. No fever.
INR 2.8. Calcium 9.6, phos 4.9, PTH 96 (mildly high), albumin 2.9.

Problem list:
1. Painful purpuric/necrotic plaques, posterior upper arms bilat - ddx warfarin skin necrosis (timing: warfarin started ~8/11), calciphylaxis (non-uremic: obesity, warfarin, hypoalbuminemia, female, recent injections), cholesterol emboli, vasculitis
2. L fem-pop DVT on warfarin
3. s/p lap chole 8/7
4. CKD 3a
5. Class III obesity - wt 118kg, ht 169cm, BMI 41.3
6. HTN

Meds PTA: warfarin 5mg, lisinopril 20, HCTZ 25, omeprazole 20.

Exam: posterior R upper arm: 8x5cm violaceous indurated plaque w/ retiform edges; posterior L upper arm: 10x6cm similar plaque with 3cm central black eschar. Both exquisitely tender. Abdomen port sites healed. Legs: L calf mildly swollen, no skin lesions. Breasts/thighs no lesions.

Plan: protein C/S (on warfarin - interpret w/ caution), derm biopsy both arms, switch warfarin -> heparin gtt pending dx, wound care.
"""),
("2020-09-08", "Discharge Summary", """
Discharge Summary   Admit 8/27/2020   Discharge 9/8/2020

Principal dx: nonuremic calciphylaxis - bilateral posterior upper arm plaques - biopsy proven, arising where SC heparin was injected

Course:
#Calciphylaxis - Derm biopsies 8/28 from both arms: calcification of small subcutaneous vessel walls microthrombi, lobular fat necrosis; von Kossa positive. Neither vasculitis nor cholesterol emboli seen. Diagnosis: nonuremic calciphylaxis. Distribution matches the heparin injections given 8/3 onwards last admission. STS 25g IV TIW begun through a PICC (R arm, placed 8/31). Wound care, pain consult.
#DVT - warfarin discontinued; apixaban 5mg BID.
#CKD 3a - Cr 1.3-1.5, not dialysis.
#Obesity class III - BMI 40.8 at discharge (116.5kg). Nutrition consult.

D/C meds:
STOP: warfarin
START: apixaban 5mg BID; sodium thiosulfate 25g IV TIW (home infusion); oxycodone 5mg every 6h prn; gabapentin 100mg three times daily
CONTINUE: lisinopril 20, omeprazole 20
STOP: HCTZ (hypercalcemia risk)
"""),
]}

O07 = {"patient_id": "O07", "age": 70, "sex": "M", "notes": [
("2021-06-08", "Hospitalist Admission H&P", """
HISTORY & PHYSICAL - Hospital Medicine
06/08/2021

Chief Complaint: back sores x2 months

HPI: 70 yo M, ESKD, CAPD since 2018 (four daily exchanges), insulin-requiring T2DM, class II obesity, lumbar stenosis with chronic LBP. Since last fall he has spent most evenings in his recliner with an electric heat pad turned up to the top setting behind his low back, "both sides, right across". Two months ago he noticed painful purple blotches in the low back where the pad touches, on both sides of the spine; they are now hard, and a couple have black scabs. His PD nurse sent him in after seeing them on a home visit.
Denies falls, scratching, or injections into the back. He injects insulin into his thighs.

PMH:
ESKD (diabetic nephropathy) on PD
T2DM, insulin since 2012 (glargine 50u, aspart w/ meals)
Obesity class II - BMI 35.2
Lumbar spinal stenosis
CAD s/p PCI 2015
Gout
PAF? - no, sinus rhythm, never anticoagulated

Home meds: glargine 50u qAM, aspart 10-14u AC, calcium carbonate 1250mg TID (binder), calcitriol 0.25, aspirin 81, clopidogrel 75 (stopped by cardiology 2019 - pt still taking?), metoprolol 50 BID, atorvastatin 80, allopurinol 100.

PE: T 36.6, BP 162/84. Wt 113kg, Ht 179cm (BMI 35.2).
Back: lumbar region, bilateral paraspinal, roughly 20x10cm zone: multiple violaceous indurated plaques, the biggest (L side) 5cm with an eschar in the middle, 3cm on the R with eschar; netlike purpura between them; reticulated brown toasted-skin change around them (EAI). Exquisite tenderness. Thighs: lipohypertrophy at injection areas, no ulcers.

A/P:
1. Necrotic plaques lumbar back in area of chronic heating pad use, PD pt on calcium binder + calcitriol -> calciphylaxis most likely; ddx thermal burn. Derm punch bx. Heating pad removed - wife to take it home and not bring back.
2. ESKD on CAPD - renal following
3. T2DM - glargine 40u + correction
4. CAD - ASA, clopidogrel ?stop (confirm with cardiology)
"""),
("2021-06-19", "Discharge Summary", """
DISCHARGE SUMMARY
Admitted 6/8/2021, discharged 6/19/2021
Discharging physician: L. Abernathy-Cruz, MD

Discharge diagnoses
Primary: calciphylaxis, bilateral lumbar back, biopsy-proven, in skin exposed nightly to a heating pad since last autumn
Secondary: ESKD on CAPD; T2DM (insulin); obesity class II; lumbar stenosis; CAD

Hospital course
1. Calciphylaxis of low back. Biopsy (R paraspinal, 6/9): subcutaneous small arteries with calcified media and thrombosis, plus necrosis; also changes of erythema ab igne in the overlying dermis. Derm: calciphylaxis, heating pad as the local trigger. STS 25g IV three times/wk started via peripheral line; renal will consider IP STS later. Pain: hydromorphone PO + APAP.
2. CKD-MBD: calcium carbonate stopped -> sevelamer 1600 TID; calcitriol stopped. Ca 10.2 -> 9.3.
3. PD: continued CAPD, no peritonitis.
4. T2DM: glargine reduced to 40u; thighs remain injection sites (no lesions there).
5. CAD: cardiology confirms clopidogrel can stop.
Wt at d/c 111kg, BMI 34.6.

Discharge medication reconciliation:
 glargine 40u qAM (CHANGED), aspart 8-12u AC, sevelamer 1600 TID (NEW), STS 25g IV TIW via infusion center (NEW), hydromorphone 2mg q4h prn (NEW), aspirin 81, metoprolol 50 BID, atorvastatin 80, allopurinol 100
 STOPPED: calcium carbonate, calcitriol, clopidogrel
"""),
]}

PATIENTS = [O01, O02, O03, O04, O05, O06, O07]
