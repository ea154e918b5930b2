"""probe10 corpus notes, G01-G07 (all invented)."""

G01 = {"patient_id": "G01", "age": 58, "sex": "F", "notes": [
("2016-02-09", "Dialysis Rounds Note", """
HD RDS  Unit B / stn 6   MWF
S: pt c/o sore R thigh x 6 days, "like a hot coal under the skin". Missed no tx this wk.
O: Pre BP 164/92  post 141/80  HR 84  T 36.8
Wt 88.4 kg (EDW 87.5)  BMI 34.8
Access LUE AVG +thrill
Skin: R ant thigh 3x2 cm firm violaceous plaque, dusky center, mottling around it. L thigh nl.
Pt self-injects SQ insulin (detemir) into the R ant thigh, has done so since 08/2014 -- "the left side bruises".
Labs (drawn 2/8): iPTH 1140 / PO4 8.1 / cCa 9.9 / albumin low at 3.0
A/P
1) ESRD - keep MWF runs, UF 1-1.5 L
2) R thigh plaque at insulin inj site, ? CUA -- derm c/s, hold Ca-based binder, start sevelamer 800 mg PO TID w/ meals
3) Sec HPT - cinacalcet 30 mg PO daily
4) DM2 on detemir 24 u SQ qhs
"""),
("2016-02-11", "Dermatology Consult", """
Derm c/s - inpt
58F ESRD/HD, DM2 on insulin, obese. R thigh pain since ~2/3.
Exam: R anterior thigh, mid: 35 by 25 mm stellate purpuric plaque, indurated, central grey-black eschar forming, exquisitely tender. Livedo racemosa around it. No other skin lesions; abd, buttocks, L thigh clear.
Insulin: all doses into R thigh x 18 mo per pt. No heat/ice. No coumadin ever.
Imp: presentation typical for calciphylaxis arising at an insulin injection site.
Plan: 4 mm punch bx from plaque edge today, H&E + VK requested. Gentle wound care, xeroform. Suggest sodium thiosulfate at each HD run per renal. Move insulin to abdomen.
"""),
("2016-02-16", "Surgical Pathology", """
SURGICAL PATHOLOGY REPORT   S16-2291
SPECIMEN: SKIN, RIGHT ANTERIOR THIGH, PUNCH
CLINICAL: ESRD, PAINFUL PLAQUE AT INSULIN SITE
FINAL DIAGNOSIS:
- CALCIUM ENCRUSTING THE MEDIA OF SUBCUTANEOUS ARTERIOLES, ONE OCCLUDED BY THROMBUS
- OVERLYING ISCHEMIC EPIDERMAL NECROSIS
- DIAGNOSTIC OF CALCIPHYLAXIS
VK STAIN HIGHLIGHTS THE MURAL DEPOSITS.
"""),
]}

G02 = {"patient_id": "G02", "age": 67, "sex": "M", "notes": [
("2018-10-02", "Orthopedics Clinic", """
Ortho f/u - R knee OA
CC: R knee pain worse x 1 mo
Hx: PD pt (CCPD nightly), AFib on warfarin -> switched to apixaban 2017. No DM.
Pt says he has been icing the R knee 3-4x/day, bag of frozen peas inside a kitchen towel, since 9/24/18, sometimes falls asleep w/ it on.
Exam: R knee mild effusion, crepitus, ROM 5-110. Skin intact, no erythema.
XR: tricompartmental OA.
Plan: declined steroid inj. Tylenol 650 mg PO q8h prn. PT referral. Limit icing to 15 min at a time.
"""),
("2018-11-14", "Wound Care Flowsheet", """
WOUND ASSESSMENT
Wound #1
  Location: R knee, anteromedial
  Onset: 11/01/2018 (per pt)
  Etiology: ?  -- r/o calciphylaxis, pt on PD
  Size: 4.0 x 3.1 x 0.2 cm
  Bed: eschar ~70%, slough ~30%
  Periwound: violaceous, net-like purple border, indurated
  Drainage: scant serous
  Pain: 9/10
  Dressing: Santyl + gauze, change daily
Comments: pt reports wound came up exactly under the spot he kept icing. Derm notified.
"""),
("2018-11-21", "Nephrology PD Clinic", """
PD CLINIC
67M, IgA nephropathy -> ESRD, cycler PD (CCPD) since 2016.
Interval: seen by derm 11/19 -> calciphylaxis R knee, clinical dx (retiform purpura + eschar, typical pain, Ca x P high). Bx deferred d/t poor healing risk over the joint.
Pt reiterates it "started right where I had the ice pack every day".
Vitals: BP 148/86, Wt 91 kg, BMI 29.4
Labs: Ca 10.2, PO4 6.9, PTH 620, Kt/V 1.8
Meds: apixaban 2.5 mg PO BID, sevelamer 1600 mg PO TID, calcitriol 0.25 mcg PO daily (HOLD), amlodipine 10 mg daily
A/P:
- Calciphylaxis R knee: stop calcitriol; IV thiosulfate three times weekly, outpatient infusion chair, pt agreeable; wound care per WOC RN
- No more ice or heat on the legs
"""),
]}

G03 = {"patient_id": "G03", "age": 74, "sex": "F", "notes": [
("2020-06-03", "Home Health Nursing Visit", """
HOME HEALTH SN VISIT
Homebound: yes. CHF, ESRD (HD T/Th/Sat), DM2 (linagliptin, no insulin).
Pt has slept in her recliner every night since 12/2019 d/t orthopnea; she lists to the R and her R hip presses into the hard wooden arm of the chair all night.
Skin: R lateral hip (over greater trochanter) 2 x 2 cm dusky purple patch, tender to light touch. Pt states "it's been there about 2 wks". No open area. Sacrum intact.
VS: BP 128/70 HR 78 SpO2 94% RA. Wt 71 kg.
Teaching: pillow padding to chair arm. Will notify MD.
"""),
("2020-06-08", "Emergency Department Note", """
ED PROVIDER NOTE
CC: R hip wound, pain
HPI: 74F ESRD/HD, CHF, DM2. Purple spot on R hip that the home RN flagged last wk is now black and very painful, can't lie on it.
ROS neg for fever.
PE: R lateral hip, black eschar about 4 by 3 cm, w/ surrounding retiform purpura and induration. No crepitus. No other wounds.
Labs: WBC 8.1, Ca 9.4, Phos 7.7
MDM: pressure injury vs calciphylaxis. Admit to medicine, derm and nephro consult.
"""),
("2020-06-12", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 6/8/2020  D/C 6/12/2020
Principal dx: Calciphylaxis, R lateral hip - biopsy proven (punch 6/9: medial calcification of dermal/subcutaneous arterioles, thrombosis, von Kossa +)
Course: Lesion sits exactly at the point where pt leans on the wooden recliner arm nightly; thought to have localized there from chronic pressure. STS begun on dialysis days. Pain controlled w/ hydromorphone 0.5 mg PO q6h prn. Recliner arm padded, home hospital bed ordered.
Problem list:
- ESRD on HD
- DM2, diet + linagliptin
- HFpEF
- Calciphylaxis R hip (new)
BMI 27.1
D/C meds: sevelamer 800 mg TID, linagliptin 5 mg qd, metoprolol tartrate 25 mg BID, STS on HD days
Wound clinic appt next Tues.
"""),
]}

G04 = {"patient_id": "G04", "age": 52, "sex": "M", "notes": [
("2021-03-16", "General Surgery Post-op Visit", """
POST-OP CHECK
s/p lap cholecystectomy 03/02/2021 for sx cholelithiasis. POD 14.
PMH: ESRD on HD (MWF), AFib on warfarin (bridged periop), HTN, obese (BMI 31.5). Not diabetic.
Incisions: umbilical, epigastric and two RUQ port sites c/d/i, steri-strips off. No erythema.
Tol diet. Pain 1/10.
Plan: f/u prn.
"""),
("2021-05-11", "General Surgery Clinic", """
SURGERY CLINIC - add-on
CC: painful spot at old gallbladder incision
Pt noticed a dark tender area at the lateral RUQ port site ~3 wks ago; now black and draining.
Exam: R upper quadrant abd wall, at lateral port scar: 2.5 x 2 cm necrotic eschar with violaceous, retiform rim, firm subQ induration. Umbilical and epigastric scars nl. No other lesions.
INR 2.6 (warfarin).
A: necrotic ulcer at R port site - ddx wound infection, warfarin skin necrosis, calciphylaxis (ESRD, on warfarin).
P: punch bx (6 mm) from the rim today. Cx sent. Dressing.
Addendum 5/14 16:40 - path back, c/w calciphylaxis; pt called and informed, nephro aware.
"""),
("2021-05-14", "Pathology Report", """
PATHOLOGY
Spec: skin, RUQ abdominal wall (port site), punch
Micro: epidermal necrosis; in subcutis, small arterioles w/ circumferential calcification and intimal hyperplasia, fibrin thrombi; calcium in septal fat (von Kossa +). No organisms on GMS/PAS.
DX: CALCIPHYLAXIS.
Note: Dr. Okafor-Lind notified 5/14 13:05.
"""),
]}

G05 = {"patient_id": "G05", "age": 61, "sex": "F", "notes": [
("2023-01-09", "Patient Portal Message", """
Hi its Dolores. On new years day I banged my left shin real hard on the car door when my ride dropped me at dialysis and now theres a purple spot there that turned dark and it hurts worse than anything, I cant sleep. Should I come in? My sugar has been ok, I take my lantus every night.
"""),
("2023-01-12", "Wound Clinic Note", """
WOUND CLINIC NEW PT
61F, HD Tue/Thu/Sat for ESRD, DM2 - glargine, obesity (BMI 38.0), no anticoag.
Hx per pt: struck L anterior shin on car door 1/1/23 - got a small bruise, skin not broken. Purple lacy patch started 01/06/23 at the same spot, then blackened.
Exam: L anterior shin, mid: 3 x 3.5 cm adherent eschar w/ retiform purpuric halo, exquisite tenderness out of proportion. R leg no lesions. Pedal pulses dopplerable b/l.
ABI 1.1 L.
Imp: r/o calciphylaxis vs traumatic hematoma w/ necrosis.
Plan: punch bx L shin today. Non-adherent dressing. Avoid further trauma to legs.
"""),
("2023-01-20", "Dermatology Clinic Note", """
Derm f/u
Bx L shin 1/12: calcific uremic arteriolopathy (mural calcium in small vessels, thrombi, lobular fat necrosis).
Dx: calciphylaxis, L anterior shin - it formed where the car door hit her.
Plan: STS w/ HD per nephro, wound clinic weekly, consider HBOT referral. Pain: gabapentin 100 mg once after each HD run.
"""),
]}

G06 = {"patient_id": "G06", "age": 70, "sex": "M", "notes": [
("2017-04-03", "Admission History and Physical (dictated)", """
ST. BRENDAN REGIONAL MEDICAL CENTER
HOSPITALIST SERVICE - ADMITTING H AND P
ADMITTED: 04/03/2017
CHIEF COMPLAINT: Productive cough, fevers.
HISTORY OF PRESENT ILLNESS: Mr. Tolliver is 70. Polycystic kidneys took his renal function years ago; his hemodialysis days are Mon, Wed and Fri, using a fistula in the right forearm. For 3 days he has brought up green sputum and had fevers as high as 38.9. Chest film shows a right lower lobe infiltrate.
PAST MEDICAL HISTORY: Adult polycystic kidneys, on dialysis since 2012. Hypertension. Gout. He is not diabetic.
MEDICATIONS: Allopurinol 100 mg daily, amlodipine 5 mg daily, sevelamer 1600 milligrams with every meal.
ALLERGIES: Penicillin causes hives.
PHYSICAL EXAMINATION: Temperature 38.6, blood pressure 118/64, pulse 102, saturation 91 percent on room air. Body mass index 24.3. Crackles at the right base. Skin warm, no rashes or wounds.
ASSESSMENT AND PLAN:
1. Community acquired pneumonia. Ceftriaxone and azithromycin.
2. Kidney failure. Dialysis as usual, nephrology following.
3. DVT prophylaxis. Heparin 5000 units SC q8h, first dose this evening. The patient asks that his injections not be given in the belly, so nursing will use the backs of the upper arms.
"""),
("2017-04-28", "Nursing Shift Assessment", """
RN SHIFT ASSESSMENT 0700-1900
Neuro: A&Ox4
Resp: 2L NC, sats 95
Skin: Braden 17. B/L posterior upper arms w/ multiple purple mottled patches, firmest on R, at heparin SQ injection sites (pt has received heparin q8h in the backs of both arms since 4/3). Pt says the patches first showed up 4/24 and hurt 8/10. L posterior arm now w/ 1 cm dark center. No open areas.
Sacrum/heels intact.
MD paged re: arm lesions -> derm consult ordered, heparin SQ d/c'd, SCDs on.
"""),
("2017-05-02", "Dermatology Consult Follow-up", """
Derm f/u
Bx R posterior upper arm (4/29): calcified subcutaneous arterioles with thrombi - calciphylaxis.
Exam today: both posterior arms w/ indurated retiform plaques, L with small eschar.
Imp: calciphylaxis localized to heparin injection sites, both arms.
Rec: no further SQ injections into arms, STS w/ HD, pain mgmt, wound RN.
"""),
]}

G07 = {"patient_id": "G07", "age": 49, "sex": "F", "notes": [
("2022-09-14", "Nephrology Clinic", """
NEPH CLINIC F/U
49F ESRD on HD via L forearm AVF, DM2 on insulin, morbid obesity.
CC: "raw painful spot on my stomach" approx 1 month ago, getting bigger.
Insulin: glargine 60 u qhs, lispro per scale, all SQ into the lower abdomen below the navel since 2018.
Vitals: BP 156/90, Wt 118 kg, BMI 41.2
Exam: lower abd/pannus, infraumbilical midline: 5 x 4 cm indurated plaque w/ central eschar, livedoid border. Also notes a deep crease from her waistband across the same area.
PTH 905, PO4 7.0, Ca 9.1
A/P: ? calciphylaxis lower abd - urgent wound care + derm, hold calcitriol. Move insulin shots to the arms.
"""),
("2022-09-16", "Wound Care RN Consult", """
WOC NURSE CONSULT
Location: lower abdomen, infraumbilical, under pannus fold
Size: L 5.5 W 4.0 D 0.3 cm
Tissue: 60% eschar, 40% pink
Edges: purple, mottled, hard
Exudate: small, serosanguinous
Odor: none
Pain: 8/10 at rest
Notes: pt wears tight elastic-waist scrub pants daily, waistband sits right on top of the wound; she also injects insulin into this same area. Educated: loose garments, no waistband over wound.
Dressing: hydrogel + silicone foam q2d.
"""),
("2022-09-23", "Pathology Addendum", """
ADDENDUM - S22-40117
Skin, lower abdomen, punch: In the subcutis, arterioles ringed by medial calcium, several thrombosed; adjacent lipocytes necrotic. VK stain highlights vascular calcium.
Interpretation: Calciphylaxis.
"""),
("2022-10-04", "Telephone Encounter", """
TC from pt. Path result reviewed w/ her: calciphylaxis. Started STS at HD 9/26. Pain somewhat better on gabapentin. Pt bought looser pants, not injecting in belly anymore. Asks about wound VAC - will ask WOC. No fever.
"""),
]}

PATIENTS = [G01, G02, G03, G04, G05, G06, G07]
