"""probe44 corpus notes, D01-D07 (hospital discharge summaries, transfer letters, post-discharge clinic; all invented)."""

D01 = {"patient_id": "D01", "age": 59, "sex": "F", "notes": [
("2021-02-11", "Discharge Summary", """
ST. AGATHA REGIONAL MEDICAL CENTER - DISCHARGE SUMMARY
Pt: Lorraine Quist   Admit: 02/02/2021   D/C: 02/11/2021   Attending: V. Moravec MD
Admitting dx: painful necrotic abdominal wall lesion
Discharge dx: 1. Calciphylaxis of LLQ abd wall (bx-confirmed)  2. ESKD on in-center HD (TTS)  3. Type 2 DM, insulin requiring  4. Secondary hyperparathyroidism

HPI (brief): 59F, HD x4 yrs via L brachiocephalic AVF, switched from glipizide to Lantus + Humalog in July 2020 and since then has given every single injection herself, always into the lower-left belly fold ("it's the only place I can pinch"). About 3 weeks ago a hard lump came up at that very spot, tender to the lightest touch; it went dusky, then its middle went black.

HOSPITAL COURSE BY PROBLEM
#Calciphylaxis - On arrival: 7x5cm indurated violaceous plaque L lower abd, central 2 cm black eschar, netlike purpura fringing it, no fluctuance. Derm consulted (see recs below). Punch bx 2/4 from the edge: calcium deposited in the media of tiny dermal and subcutaneous arterioles, intravascular thrombi, von Kossa +. STS 25g IV begun, run in over the final hour of dialysis, tolerated w/o nausea. Pain controlled on hydromorphone 0.5mg PO every 4h as needed, gabapentin 100mg after each run.
#ESKD - Dialysis intensified to 4.5 h TTS per renal. Calcium 9.9, phosphorus 7.1 and intact PTH 812 on admission. Calcium acetate stopped, sevelamer started, cinacalcet added.
#DM2 - Insulin moved away from the abdomen: now into the upper outer arms, rotated. A1c 8.2%.
#Obesity - Wt 96.4 kg, BMI 36.2. Dietitian saw her.

DERM CONSULT RECS (copied, Dr. Ilse Brandvold 2/3): "Clinical picture + histology consistent w/ calciphylaxis, localized to the spot she has always used for insulin. No further injections L abdomen. Gentle wound care only, no sharp debridement for now. Consider hyperbaric referral if progression."

MED RECONCILIATION
| Medication | Status | Note |
| insulin glargine 20 u qHS | CHANGED | was 26 u; inject upper arms only |
| insulin lispro SSI | CONTINUED | arms only |
| calcium acetate 667mg w/ meals | STOPPED | Ca-based binder |
| sevelamer carbonate 1600mg TID w/ meals | STARTED | |
| Na thiosulfate 25g IV | STARTED | at HD, TIW |
| cinacalcet 30mg daily | STARTED | |
| hydromorphone 0.5mg q4h prn | STARTED | #30 |

PENDING AT D/C: tissue culture from bx (no growth at 48 h, final pending).
FOLLOW UP: wound care clinic in 7 days; Nephrology (Dr. Aukstikalnis) 3 wks; Derm 4 wks.
Pt verbalized understanding. Condition at d/c: stable.
"""),
("2021-03-04", "Wound Clinic Follow-up", """
WOUND CLINIC f/u - post discharge
Lorraine, 59, seen 3 wks after d/c from St Agatha's. Getting STS on HD days, says the burning pain is "maybe half of what it was".
LLQ abdominal calciphylaxis ulcer measures 6.5x4.8cm; eschar intact and dry, edges less purple, no drainage, periwound soft. No new spots elsewhere, upper arms where she now injects look clean.
Plan: keep eschar dry/stable, silicone foam bordered dressing change q3d, no debridement. Recheck 3 wk. Tissue cx final: no growth.
"""),
("2021-04-15", "Nephrology Clinic Note", """
Renal clinic.  59 yo woman, ESKD, HD Tu/Th/Sat, DM2 on insulin, hx calciphylaxis of the left lower abd wall (dx Feb 2021).
Interval: continuing STS with treatments, binder switched to sevelamer, PTH down to 540. Wound per wound team "slowly contracting". Weight 93.8 kg -> BMI 35.1.
A/P: continue STS through May then reassess; cinacalcet 60; no vit K antagonist (never been on warfarin). Consider parathyroidectomy referral if PTH stays >500.
"""),
]}

D02 = {"patient_id": "D02", "age": 72, "sex": "M", "notes": [
("2023-03-02", "Interhospital Transfer Letter", """
Harrowgate Community Hospital - Medical Ward 3
To: Admitting team, Kestrel University Hospital, Renal Unit
Re: Mr. Desmond Ashworth-Pyke, DOB on file, 72 y.o.

Dear colleague,
Many thanks for agreeing to take over this gentleman's care, in transfer for tissue diagnosis and specialist renal management of a necrotic skin lesion.
He is on home CCPD (cycler overnight, 1.5%/2.5% bags) for ESRD secondary to polycystic kidneys, and is anticoagulated with warfarin for permanent AF (arrival INR 2.6). No diabetes, HbA1c 5.4.
Since Christmas Day he has slept every night with an electric heat pad held against his right side for the dull polycystic pain, often left on all night at the high setting. In mid-February his wife noticed a painful purple patch there which has since developed a black crust. On our exam: right flank, approx 9x6cm stellate purpuric plaque with central eschar, livedoid margin, marked tenderness, no crepitus.
Our impression is calciphylaxis until proven otherwise; we have not biopsied because of the anticoagulation and lack of dermatology cover.
What we have done: warfarin held since 2/27 (INR today 1.7), heating pad removed, IV ceftriaxone x 2 days given empirically and stopped (CRP 18, no cellulitis), PD continued.
Outstanding: echo report, PTH sent 2/28 (not back).
Yours, Dr. Fenwick Oyelaran, ST5 General Medicine
"""),
("2023-03-20", "Discharge Summary", """
KESTREL UNIVERSITY HOSPITAL - RENAL - DISCHARGE SUMMARY
Patient: ASHWORTH-PYKE, Desmond   72M   Admitted 03/02/23  Discharged 03/20/23
Principal diagnosis: Calcific uremic arteriolopathy (calciphylaxis), right flank - confirmed on biopsy
Secondary: ESRD on APD; permanent atrial fibrillation; PKD; BMI 27.8

Course by problem:
1) Right flank CUA. Transferred from Harrowgate. Derm performed 2 deep incisional bx on 3/6. Path: subcutaneous small-vessel mural calcification, fibrin thrombi, lobular fat necrosis, c/w calciphylaxis. The lesion lies in the exact area where a heating pad had been in nightly use since 12/25/22; derm and renal both consider this the precipitant (thermal injury to at-risk skin). STS 25g IV 3x/wk started via peripheral line (given at day unit), will continue as outpatient. Surgical team reviewed - no debridement at this time.
2) AF / anticoagulation. Warfarin permanently discontinued given CUA. Started apixaban 2.5mg BID after discussion w/ cardiology.
3) ESRD / PD. Stayed on cycler; Kt/V 1.9. PTH 402, phos 6.3. Lanthanum started.
4) Pain. Oxycodone 2.5mg q6h prn, lidocaine 5% patch to periwound (not on eschar).

Medication changes at discharge:
  STOPPED   warfarin (variable dose per INR)
  STARTED   apixaban 2.5mg PO BID
  STARTED   lanthanum carbonate 500mg chewed with meals
  STARTED   sodium thiosulfate 25g IV TIW (PD day unit)
  STARTED   oxycodone IR 2.5mg q6h prn pain
  UNCHANGED amlodipine 5mg daily; allopurinol 100mg daily

Pending: final fungal/AFB cultures from bx tissue.
Instructions: NO heat pads, hot-water bottles or electric blankets anywhere on the body. Phone the PD unit if febrile, if redness spreads or if any new painful skin spot appears.
F/u: PD clinic 2 wks, derm wound clinic 3 wks.
"""),
("2023-04-10", "Dermatology Clinic Follow-up", """
Derm f/u, 3 wks post discharge.
72M, biopsy-proven calciphylaxis R flank (onset Feb 2023, after heating pad use from Christmas). On STS at PD day unit, apixaban instead of warfarin now.
Exam: R flank eschar 8x5.5cm, dry, adherent; surrounding livedo fading; no satellite lesions. Cultures finalized negative.
Plan: continue conservative care. Pt and wife confirm heating pad thrown out. RTC 6 wks.
"""),
]}

D03 = {"patient_id": "D03", "age": 64, "sex": "M", "notes": [
("2019-10-24", "Discharge Summary", """
Mercy Ridge Hospital                 DISCHARGE SUMMARY
Name: Tomasz Wielgosz    Age 64   MRN xxxxx   Adm 10/15/2019  Dis 10/24/2019
Attending: Dr. P. Nakagawa-Ruiz (Hospital Medicine)

Reason for admission: severe L calf pain with black skin

Brief history: Mr. Wielgosz has ESRD (HD MWF, Lakeview Dialysis), T2DM managed on glipizide only - never on insulin, HTN, and obesity (BMI 31.2). After knee trouble made the stairs impossible, he started sleeping downstairs in a power recliner in early Sept, with the back of his left calf resting against the metal bar at the end of the footrest for hours every night (the padding on that side is torn). On 10/02/2019 a purple, very sore patch was spotted by his wife exactly where the bar sits; it went black over the next week.

Hospital course:
Calciphylaxis, left posterior calf -- Exam showed 6x4cm retiform purpuric plaque with central necrosis on the L posterior calf, livedo extending proximally, exquisite tenderness; pedal pulses dopplerable. ABI non-compressible. Derm bx 10/17: calcified arterioles in the subcutaneous fat w/ thrombosis -> calciphylaxis confirmed. Team felt chronic pressure from the recliner bar was the local trigger. Started STS with HD. Footrest padded; PT recommends leg elevation on a pillow instead.
ESRD -- PTH 1130, Ca 10.1. Paricalcitol held. Cinacalcet started. Calcium carbonate -> sevelamer.
T2DM -- BG 110-190 on glipizide 2.5mg. Continue.
Pain -- PO hydromorphone; gabapentin 100mg post-dialysis.

Meds: STARTED sevelamer 800mg 2 tabs TID with meals; cinacalcet 30mg qd; STS 25g IV at each HD; hydromorphone 1mg q6h prn.  STOPPED calcium carbonate; paricalcitol.  CONT glipizide 2.5mg daily, metoprolol 25 bid, atorvastatin 40.
Pending: none.
Disposition: home with wife, home health RN for dressing (Xeroform + dry gauze q2 days).
F/u: wound care 1 wk, vascular surgery 2 wk (non-urgent), nephrology at HD.
"""),
("2019-11-14", "Post-discharge Clinic Visit", """
Hospital follow-up clinic
Tomasz W., 64M. Seen 3 wks post d/c for calciphylaxis L posterior calf.
Sleeping in bed again (son moved a bed downstairs), recliner no longer used. Pain now 6/10 (was 9/10).
Exam: eschar 5.5x4cm, dry, rim of pink granulation starting at medial edge. No cellulitis.
Wt 99 kg. Vascular saw him 11/5: no revascularization target, medical mgmt.
Plan: continue STS/HD, cont home health dressings. RTC 8 wks.
"""),
("2020-01-09", "Post-discharge Clinic Visit", """
Clinic f/u
64M ESRD/HD, T2DM (oral agent), calciphylaxis of L calf since Oct.
Wound 4x3cm, eschar partially lifting at edges, base granular. No new lesions.
BMI 30.6 today. A1c 6.9.
Plan: STS to be tapered by renal after 6 mo total. RTC 2 mo.
"""),
]}

D04 = {"patient_id": "D04", "age": 70, "sex": "F", "notes": [
("2023-01-19", "Discharge Summary - Cardiac Surgery", """
BRAMBLEWOOD HEART INSTITUTE - CARDIAC SURGERY DISCHARGE SUMMARY
Patient: Hester Lindqvist-Mabry    70 F
Admission 01/06/2023    Surgery 01/09/2023    Discharge 01/19/2023
Operation: three-vessel CABG (LIMA to LAD; SVG to OM and PDA). Greater saphenous vein harvested via open incisions along the R medial thigh.

Course:
- Cardiac: uneventful extubation POD0, brief post-op AF POD2 -> amiodarone, reverted. No anticoagulation needed at discharge.
- Renal: CKD5, eGFR 11, pre-dialysis; fistula matured in L arm. Cr peaked 5.8 POD3, back to 4.9. Nephrology feels she will need HD within months.
- DM: insulin-treated type 2; glargine 18 u + correction. Injects her abdomen.
- Wounds: sternotomy clean. R thigh harvest incision stapled, mild serous ooze POD4, resolved.
Weight 78 kg, BMI 29.6.

Discharge meds: aspirin 81, clopidogrel 75, metoprolol succ 50, atorvastatin 80, glargine 18 u qHS, lispro correction, amiodarone 200 daily x 4 wk then stop.
Staples out at 10-14 days by SNF. F/u CT surgery 4 wk. Disposition: Glenhollow SNF for cardiac rehab.
"""),
("2023-04-06", "SNF Transfer Letter", """
GLENHOLLOW SKILLED NURSING & REHAB - TRANSFER TO HOSPITAL
Resident: Hester L-M, 70F     Date: 04/06/2023
Reason for transfer: worsening painful black areas along her right leg surgical scar, uncontrolled pain
Summary: s/p CABG 1/9/23 with R thigh vein harvest. The incision healed and staples were removed without issue in January. In late March staff and the resident noticed purple, firm, very painful areas along the healed harvest scar on the inner right thigh; now 3 separate areas w/ black centres, largest approx 4 cm. No drainage, afebrile. She rates pain 10/10 and cannot bear even the bedsheet resting on it.
Her kidney function has worsened (K 6.1 yesterday, Cr 6.7) and renal has been asking for her to start dialysis.
Meds as per attached MAR (insulin glargine 18 u, lispro SS, ASA, clopidogrel, metoprolol, atorvastatin). No warfarin.
Code status: Full. Daughter (Ingrid) aware and agrees with transfer.
Sent with: MAR, face sheet, last labs. Verbal handoff given to the ED charge nurse.
"""),
("2023-04-28", "Discharge Summary", """
DISCHARGE SUMMARY - Brambleworth General, Nephrology service
70F admitted 4/6/23 from SNF, discharged 4/28/23.
Diagnoses: (1) calciphylaxis arising in R medial thigh vein-harvest scar - biopsy-proven; (2) CKD 5 -> now ESRD, HD initiated 4/8/23 via L AVF; (3) hyperkalemia, resolved; (4) DM2 on insulin; (5) CAD s/p CABG 1/2023.

Problem-based course:
Calciphylaxis: Derm consulted 4/7. Exam: three violaceous, indurated plaques with central eschar strung along the healed R medial thigh harvest incision (largest 4.5x3cm), retiform purpura between them. 4 mm punch 4/10: calcified media plus occlusive thrombus in subcutaneous arterioles. Derm note (pasted): "Distribution along the surgical scar strongly suggests a Koebner-type localization to the operative trauma of January." STS started with HD. Sternal scar unaffected.
ESRD: HD 3x/wk started; outpatient chair at Fernbrook Dialysis MWF 2nd shift. Binders: sevelamer.
DM2: glargine 16 u, injected only in abdomen, BG 120s-200s.
Weight 80.6 kg; BMI 30.4 (documented 29.6 in January).

Medications reconciled:
 NEW:     sodium thiosulfate 25g with HD; sevelamer 800mg TID; oxycodone 5mg q6h prn; cinacalcet 30mg
 CHANGED: glargine 18 -> 16 units
 STOPPED: none
 SAME:    ASA 81, clopidogrel 75, metoprolol, atorvastatin, lispro SSI

Pending: wound cx final.  F/u: derm 3 wk, wound center weekly, HD unit will follow labs.
"""),
("2023-05-25", "Wound Center Follow-up", """
Wound center - new pt after hospital d/c
70 yo woman, ESRD now on HD, calciphylaxis along R thigh saphenous harvest scar since late March.
Exam: 3 eschars R medial thigh, sizes 4.2x2.8, 2x2, 1.5x1cm, dry and stable, periwound livedo less prominent.
Cx from April: no growth.
Plan: conservative, keep dry, no sharp debridement. Continue STS per HD unit. RTC 2 wk.
"""),
]}

D05 = {"patient_id": "D05", "age": 55, "sex": "M", "notes": [
("2025-02-14", "Discharge Summary", """
Hospital Medicine Discharge Summary - Tidewater Memorial
Patient: Rashid Baptiste-Oduya, 55 M   LOS: 02/05/25-02/14/25

Dx at d/c:
 1. Calciphylaxis R anterior shin (punch bx proven)
 2. ESRD, HD through a tunnelled R IJ permcath (AVF failed)
 3. Mechanical AVR on warfarin
 4. Pain crisis
No history of diabetes.

History: On New Year's Eve he slipped on the icy steps outside his apartment and scraped the front of his right shin on the step edge - a shallow abrasion that he cleaned himself. Instead of healing, on 1/20/25 the area turned firm, purple and very painful; by the end of January it had become a black, stellate ulcer.

Hospital course (problem list):
#Calciphylaxis - 5x3.5cm necrotic ulcer w/ black eschar on R anterior shin within a ring of retiform purpura. Left leg clear. X-ray: no osteomyelitis, extensive vascular calcification. Punch bx (derm, 2/7): mural calcium in small subcutaneous vessels, thrombi, septal panniculitis -> calciphylaxis. Derm rec: "lesion arose in the site of recent abrasion - likely trauma-induced localization." STS 25g with each HD.
#Mechanical valve - cardiology: warfarin must continue (On-X aortic, INR goal 2-2.5 discussed). Cannot switch to DOAC. Vit K2 supplementation started per renal/cardio joint decision.
#ESRD - PTH 690. Ca carbonate stopped, sevelamer started, cinacalcet 30.
#Pain - hydromorphone 1mg PO q4h prn, acetaminophen 1g TID.

| Drug | Action |
| warfarin | CONTINUE, dose per anticoag clinic |
| calcium carbonate 1250mg | STOP |
| sevelamer 800mg 2 tab TID | START |
| cinacalcet 30mg | START |
| menaquinone-7 (vit K2) 360mcg | START |
| sodium thiosulfate | START with HD |
| hydromorphone 1mg q4h prn | START |

Results pending at discharge: bone-specific alk phos; tissue culture final.
Follow up: anticoagulation clinic 2/18, derm/wound 2 wks, renal at chair.
BMI 24.1. Discharged home with sister.
"""),
("2025-03-06", "Dermatology Wound Follow-up", """
Derm wound visit
55M, calciphylaxis R shin (onset late Jan 2025 at site of NYE abrasion). STS at dialysis x 3 wks, warfarin continued for mechanical valve, INR 2.3.
Ulcer 4.6x3.2cm, eschar dry, purpura at margins fading. Culture final: skin flora only.
Plan: continue, add pentoxifylline? -> deferred to renal. Protect shin with padded sleeve.
"""),
("2025-04-17", "Nephrology Follow-up", """
Renal f/u, ESRD, dialysing via R IJ TDC, AVF revision planned.
Calciphylaxis R shin improving per derm: eschar lifting, granulation visible underneath.
Labs: PTH 410, phos 5.2. Continue STS to complete 3 months. Wt stable, BMI 24.3.
"""),
]}

D06 = {"patient_id": "D06", "age": 66, "sex": "F", "notes": [
("2024-03-18", "Discharge Summary", """
DISCHARGE SUMMARY     Pinecrest Valley Hospital, Medicine B
Pt: Celestine Marchetti-Yoon   66F   admitted 03/04/2024, discharged 03/18/2024
Dx: RLL pneumonia with sepsis, resolved; ESRD - PD via overnight cycler; DM2 on insulin; obese (class 1; BMI 33.0)

Course:
Pneumonia - pip/tazo then PO amox-clav, completed. O2 weaned day 6.
VTE prophylaxis - UFH 5000 units sc three times a day, first dose 3/4, last 3/18. Because of her PD catheter and abdominal pannus, nursing gave the shots into the backs of her arms, swapping side with each dose.
ESRD - continued CCPD inpatient. No peritonitis.
DM - glargine 30 u + lispro; she injects her own insulin into her thighs at home (no change).
Skin: intact on admission and at discharge.

Med rec: STOPPED heparin SC (inpatient only). STARTED none. CONTINUED glargine, lispro, calcitriol 0.25, sevelamer, amlodipine.
F/u: PCP 1-2 wk, PD unit next week.
"""),
("2024-04-22", "PD Unit Transfer Letter", """
Brookhaven Home Dialysis Unit
To: ED physician, Pinecrest Valley Hospital
Re: Celestine M-Y, 66, CCPD pt.
Dear Doctor,
I am sending Mrs Marchetti-Yoon in with a rapidly enlarging, intensely painful skin lesion on the posterior right upper arm. By her account it began in early April as a tender hard lump, in the spot where the nurses gave her heparin injections during her March admission; her left arm looks normal. Today: 5x4cm violaceous plaque, 1.5 cm black centre, lacy purple edge. Pain 9/10, unrelieved by acetaminophen.
Her last PTH was 980 and phos has been running 6-7 despite binders. I am worried about calciphylaxis and would be grateful for derm review and biopsy.
PD effluent clear. Temp 37.2. Meds attached.
Regards, Nkechi Ferreira-Hale, NP, Home Dialysis
"""),
("2024-05-10", "Discharge Summary", """
Pinecrest Valley Hospital - Discharge Summary (2nd admission)
66F, CCPD, insulin-treated DM2. Adm 4/22/24 - D/C 5/10/24.
Final dx: CALCIPHYLAXIS of R posterior upper arm (biopsy-proven), at prior SC heparin injection sites.

Hospital course:
Calciphylaxis: Derm punch bx 4/24 confirmed calciphylaxis (vascular calcification + microthrombi, fat necrosis). Derm recommendations copied: "Lesion corresponds to March heparin injection sites on R arm. Avoid all SC injections to arms. Consider STS; wound care with non-adherent dressing." Temporary switch from CCPD to in-centre HD was raised - pt declined, stays on PD; STS instead given IV thrice weekly in the infusion suite. Arm lesion 5.5x4cm at d/c, eschar dry.
Mineral bone: PTH 980 -> cinacalcet started, calcitriol stopped.
DM2: unchanged (thighs).
Obesity: BMI 33.4.

| med | change |
| calcitriol 0.25mcg | stopped |
| cinacalcet 30mg daily | new |
| sodium thiosulfate 25g IV TIW | new |
| oxycodone 2.5-5mg q6h prn | new |
| glargine/lispro | unchanged |
No anticoagulants at discharge.
Pending: none.  F/u derm 2 wk, PD clinic 1 wk.
"""),
]}

D07 = {"patient_id": "D07", "age": 77, "sex": "M", "notes": [
("2022-11-20", "Discharge Summary", """
Oakhurst Medical Center - DISCHARGE SUMMARY
Patient: Gunnar Halvorsen-Achebe   77 M
Admitted: 11/10/2022    Discharged: 11/20/2022
Discharge Diagnoses:
  - Calciphylaxis, both knees (biopsy proven)
  - ESRD on hemodialysis
  - Bilateral knee OA
  - Morbid obesity, BMI 41.3
  - Hx DVT, on warfarin 2018-2020 (stopped)

HPI in short: Long-standing knee arthritis; refused TKR. Since the summer he has strapped ice packs from the freezer onto the front of both knees for an hour or more every evening while watching TV, and more than once dozed off with them still strapped on. The night of Halloween he felt burning pain over the right kneecap and soon after the left; both areas became purple and then black-crusted.

Hospital course:
1. Calciphylaxis - Bilateral anterior knee lesions: R 6x5cm, L 4x4cm, each a stellate eschar ringed by retiform purpura. Derm (Dr. Okonkwo-Sable) bx of the L knee lesion 11/12: arteriolar calcification w/ thrombi in subcutis, c/w calciphylaxis. Derm recs (verbatim): "Pattern exactly matches the cold pack application areas; would counsel strict avoidance of any cold or heat therapy." STS started with HD. Ortho consulted re: joint involvement - no septic arthritis (aspirate 11/14 WBC 420).
2. ESRD - HD TTS continued. PTH 520.
3. Pain - scheduled acetaminophen plus hydromorphone at a low dose.
No diabetes (A1c 5.6).

Medications at discharge
  NEW: sodium thiosulfate 25g IV with HD; hydromorphone 0.5mg PO q6h prn
  CHANGED: none
  STOPPED: calcium acetate
  CONTINUING: sevelamer 800mg TID, midodrine 5mg pre-HD, tamsulosin 0.4mg

Pending: synovial fluid culture (NGTD at d/c).
F/u: derm wound 2 wk; HD unit; ortho prn.
"""),
("2022-12-15", "Dermatology Follow-up", """
Derm post-discharge visit. 77M ESRD/HD, calciphylaxis anterior knees bilat since 10/31/22 after nightly ice packs. Ice packs gone ("my daughter took them all").
R knee eschar 5.8x4.5cm, L knee 3.5x3.5cm, both dry, no purulence. Synovial cx final negative.
Plan: continue STS; knee-protecting foam. RTC 4 wks.
"""),
("2023-02-02", "Dermatology Follow-up", """
Derm f/u - knees. Slow improvement. L knee eschar separating, R knee stable.
Wt 124 kg, BMI 41.0. Off warfarin since 2020 (no plan to restart).
Continue STS per renal. RTC 6 wk.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
