"""probe158 corpus notes, B01-B07 (teaching-hospital resident, attending and student notes; all invented)."""

B01 = {"patient_id": "B01", "age": 58, "sex": "F", "notes": [
("2019-03-04", "Nephrology Clinic - Fellow Note", """
HOME DIALYSIS CLINIC - PD - FELLOW NOTE (PGY-5 nephrology)
Ashgrove University Hospital

CC: monthly PD visit, fatigue

HPI: 58F, kidney failure from diabetic glomerulosclerosis (ESRD), cycler PD (CCPD) since 2017, here for routine visit. Reports
more tired, climbing 1 flight makes her stop. No bleeding. Residual UOP ~400 mL/d.
Her DM2 is on linagliptin 5 daily; insulin never needed. No anticoagulants.

VS today: BP 142/78  HR 84  T 36.7  Weight 88.9kg  BMI 33.1 -> obese
Labs 2/26: Hgb 8.6, ferritin 512, TSAT 31%, Ca/PO4 9.4/6.1, iPTH 688, Alb 3.4
Exit site: R paramedian, clean, no crust, no tenderness.

A/P:
1. Renal anemia (iron stores adequate) -> begin darbepoetin (Aranesp) 40 mcg SC q2 wks. First dose
   given today 3/4/19 by clinic RN into the R lateral thigh; she learned to self-inject and demonstrated back correctly,
   states she will keep using her right thigh "because I can see it."
2. Mineral-bone: phosphorus 6.1 is above goal -> sevelamer 1600 with each meal (was 800), diet review w/ RD.
3. Clearance fine on the February PET/adequacy (Kt/V 1.9); same cycler prescription.

Discussed w/ Dr. Okonkwo-Heil (attending), who agrees.
"""),
("2019-05-22", "Internal Medicine Admission H&P", """
MEDICINE TEAM C - ADMISSION H&P (PGY-1 Tamsin Verhoeven)

CC: "my leg is on fire"

HPI: 58 yo woman, ESRD on CCPD, DM2 (not on insulin), HTN, obesity, p/w severe pain of the
R outer thigh. The pain began about 3 wks ago, initially as a firm sore spot; this past week the center
darkened to purple and then black. Pain 10/10, not relieved by APAP. Denies fever,
falls or bumps. PD effluent clear.

Home meds: darbepoetin 40 mcg SC q2wk (self-injects), sevelamer 1600 TID, linagliptin 5,
amlodipine 10, calcitriol 0.25.

Exam: T 37.1  BP 151/80  P 92  SpO2 97% RA
Skin: R lateral thigh w/ 6x4cm stellate violaceous plaque; eschar (black) ~2cm centrally; livedo around it; she pulls away on light touch. Not fluctuant. PD catheter exit unremarkable.

Labs: Ca/PO4 9.6/6.4, PTH 702, WBC 7.9, lactate 1.1

A/P: Necrotic R thigh lesion, PD patient, elevated calcium-phosphate product - leading ddx calciphylaxis;
nec fasc felt unlikely (afebrile, no crepitus). Derm to biopsy, wound RN,
pain regimen, hold calcitriol. Nephrology aware.
"""),
("2019-05-29", "Dermatology Consult Follow-up w/ Attending Addendum", """
DERMATOLOGY INPATIENT CONSULT - FOLLOW UP
Resident: K. Amsel, MD (PGY-3)

Punch bx (R lateral thigh, edge of plaque, 5/23/19) returned: mural calcium in small
hypodermal vessels, occlusive thrombi, lobular fat necrosis; deposits turn black with
the von Kossa method. Our read: calciphylaxis, no doubt.

Exam today: R lateral thigh plaque same size as before; eschar remains dry, livedo slightly
paler. Pain 6/10 on hydromorphone PCA.

Recs:
- IV sodium thiosulfate per nephrology w/ PD exchanges
- Gentle wound care, no further biopsies needed
- Move darbepoetin to IV/other site going forward; do not inject the R thigh

ATTENDING ADDENDUM (Dr. Lisle Haverkamp): Saw pt with the resident and reviewed the
slides. I would highlight for the team that this calciphylaxis ulcer sits exactly on the
part of the thigh she has used for giving herself the Aranesp shots since March - a classic
trauma-site (Koebner-like) presentation. BMI today 32.8.
"""),
]}

B02 = {"patient_id": "B02", "age": 71, "sex": "F", "notes": [
("2022-05-02", "Primary Care Resident Clinic", """
RESIDENT CONTINUITY CLINIC - Larchmont Family Medicine
Precepted by Dr. Ines Galloway

S: 71 y/o F. ESRD - dialysis TTS (tunneled cath R IJ), paroxysmal AF on warfarin, HTN,
obesity. Seen in ED in April for acute mid back pain -> CT showed T12 osteoporotic compression
fx, no retropulsion. Spine NP fitted her with a TLSO, which she has worn whenever upright
since mid-April. Pain now 4/10. States the brace "digs in at the sides" but she tolerates it.

O: BP 138/70, HR 76 irreg, wt 96 kg, BMI 36.0
Spine: TTP over T12. Neuro grossly intact. Skin of trunk intact, mild redness at both
lateral rims of the brace.
INR 2.6 (checked at dialysis).

A/P:
# T12 compression fx - continue TLSO, calcitonin nasal trial, DEXA when able; discussed
  that denosumab needs nephrology input given ESRD.
# AF - rate ok, INR therapeutic, cont warfarin.
# Obesity - BMI 36, dietitian referral.
RTC 6 wks.
"""),
("2022-07-08", "Medical Student H&P Presentation", """
MS3 ADMISSION WRITE-UP (for teaching; see resident H&P for the note of record)
Student: Priya Lindqvist

CC: sore purple areas at the waist, right and left

HPI: Ms. ___ is a 71 yo lady (ESRD, on HD) with AF anticoagulated with warfarin, and a T12 compression fx in a
thoracolumbar brace, who presents with dark, extremely tender patches of both flanks since
June. They started as tender red-purple spots right where the edges of her brace press, then
became hard and dark. She cannot wear the brace now due to pain.

ROS: neg for fever, chest pain, dyspnea.
Exam: BP 146/74  HR 81  afebrile
Skin: L flank 7x3cm and R flank 6x3cm indurated retiform purpura, both with small
central black eschars, net-like violaceous border.
Labs: Ca/PO4 10.1/7.0, PTH 910, INR 3.1, Alb 3.0

Assessment: I think this is calciphylaxis (ESRD, warfarin, high phos, obesity) but warfarin
skin necrosis and a vasculitis belong on the differential. Plan: derm bx, hold warfarin, wound care.
"""),
("2022-07-12", "Medicine Progress Note w/ Attending Addendum", """
MEDICINE PROGRESS NOTE HD#5 - PGY-2 R. Castellanos

S: Flank pain 7/10, slept poorly. Off brace since admission.
O: 37.0  132/68  78  97% RA  BMI 35.8 (wt 95.4 kg)
Both flank plaques unchanged; eschars dry. Bx L flank 7/9 -> calcified subcutaneous
arterioles w/ intimal hyperplasia, thrombi - read as calciphylaxis.

A&P:
1. Calciphylaxis - both flanks, path-confirmed - thiosulfate (25g) infused post-dialysis three times weekly, cinacalcet up,
   stop calcium-based binder, switch warfarin -> apixaban (discussed w/ cards), wound RN.
2. T12 fx - ortho spine to refit a softer brace w/ padding away from the flanks.
3. ESRD - HD per renal.

ATTENDING ADDENDUM (Dr. Mara Oyelaran): I examined her today. Agree with Dr. Castellanos.
Teaching point for the team: the two plaques lie along the lateral margins of the TLSO she has
worn since April, on both sides - the brace pressure is the likely trigger of where
the calciphylaxis appeared.
"""),
]}

B03 = {"patient_id": "B03", "age": 66, "sex": "M", "notes": [
("2017-12-05", "Primary Care Visit", """
Internal Medicine Resident Clinic - Dr. J. Whitcombe PGY-3 / attending Dr. S. Farrand

Subjective: 66 yo man, ESRD on HD MWF at Fernhill Dialysis, T2DM - glargine 22 units nightly
plus lispro per correction scale, CAD s/p PCI. Here for L knee pain, worse x 1 month. Has been putting a hot water
bottle (he fills it from the kettle) on his L knee every night since Thanksgiving because "the
cold gets into it." No injury. No locking.

Objective: BP 150/84, HR 70, Wt 84 kg, BMI 28.4
L knee: small effusion, crepitus, medial joint line TTP, ROM 5-110. Skin of L knee with
faint mottled pinkness anteromedially, no open area. R knee ok.
Xray L knee (outside, Oct): medial compartment narrowing.

A/P:
L knee OA flare - APAP scheduled, topical diclofenac limited use, PT referral. Offered
intra-articular steroid, pt declined today. Counseled to wrap the bottle in a towel and limit
time. Glucose log reviewed; A1c 7.6.
"""),
("2018-01-09", "Emergency Department Resident Note", """
ED NOTE - Resident Dr. Aurelio Banfield / Attending Dr. N. Szabo

66M, HD pt, DM on insulin, c/o severe pain + "black spot" at the medial L knee since
New Year's Day. Was at a family party, noticed a dark tender patch that evening; now hurts
so much he cannot bend the knee. No fall. No fever.

VS: T 36.9  HR 96  BP 171/92  RR 18  SpO2 98%
L knee: on the medial aspect a 3x3.5cm firm violaceous plaque with 1 cm central eschar, lacy
purple rim extending proximally; joint itself not warm, no effusion tap needed per ortho.
Labs: WBC 8.2, CRP 14, Ca/PO4 9.9/6.8.

MDM: ddx calciphylaxis vs cellulitis vs septic bursitis (location not typical). Given ESRD and
the look, concerned for calciphylaxis. Admitting to medicine; derm asked to come by at 8 am; blood cx x2,
cefazolin pending derm eval.
"""),
("2018-01-16", "Medicine Progress Note w/ Attending Addendum", """
GOLD TEAM PROGRESS NOTE - PGY-1 Henrike Stolz

Interval: punch biopsy 1/10 L medial knee plaque -> calciphylaxis (arteriolar medial calcium with
thrombus in the fat, necrotic lobules). Cefazolin d/c'd, cx NGTD.

S: pain 5/10 w/ hydromorphone + gabapentin 100 after HD. Eating well.
O: 36.8  144/80  72  BMI 28.1
L medial knee: eschar 1.2 cm, dry; violaceous rim unchanged. No drainage.

A/P:
# Calciphylaxis L medial knee, bx confirmed - thiosulfate 25g during HD, calcium acetate off,
  lanthanum instead, wound care BID (petrolatum + nonadherent), palliative following for pain.
# DM2 - glargine 18 u, SSI.
# L knee OA - no more hot water bottle or other heat on the legs.

Attending addendum (Dr. Ottilie Brandvold): Seen and examined; I agree with the assessment and
plan above. Long discussion with pt and daughter about prognosis.
"""),
]}

B04 = {"patient_id": "B04", "age": 52, "sex": "F", "notes": [
("2023-10-12", "General Surgery Post-op Note", """
GENERAL SURGERY - RESIDENT BRIEF OP / POST-OP NOTE
Surgeon: Dr. Caspian Ruehl  Resident: Dr. Wren Adeyemi (PGY-4)

Procedure 10/12/2023: laparoscopic cholecystectomy for symptomatic cholelithiasis.
Port placement: 12-mm Hasson at the umbilicus, 5-mm epigastric, plus a pair of 5-mm trocars right subcostal. EBL minimal.
Closure: 4-0 monocryl subcuticular, skin glue.

Pt: 52F, ESRD, HD Tues/Thurs/Sat by L brachiocephalic AVF, mechanical mitral valve on
warfarin (bridged w/ heparin gtt, warfarin to resume tonight), class III obesity,
BMI 41.2, diet-controlled DM (A1c 6.1).

Post-op: VSS, pain controlled, tolerating clears. Incisions C/D/I.
Plan: resume warfarin tonight, heparin gtt until INR > 2.5, HD tomorrow per renal, d/c when
INR therapeutic.
"""),
("2023-11-20", "Emergency Department Resident Note", """
EMERGENCY MEDICINE - PGY-2 Dr. Luz Carrasco-Meyer / attending Dr. T. Holloway

CC: R upper belly pain, skin turning dark

HPI: 52F ESRD on HD, mech MVR on warfarin, s/p lap chole 10/12/23, here w/ severe pain of the
R upper abdominal wall since 11/1. First a hard tender lump, then purple, now a black center.
No fevers. Eating ok. Surgery saw her at 2 wk postop and the wounds looked fine.

VS: 37.2  110  158/88  18  97%
Abd: soft, nontender to deep palpation. R upper abdomen below the costal margin: 5x4cm
indurated violaceous plaque w/ stellate black eschar and net-like purple border, sitting
along the healed lateral port scars. No drainage, no crepitus.
INR 3.4, WBC 9.1, Ca/PO4 10.2/6.6, lipase nl. CT abd: no collection, gallbladder fossa clean.

MDM: not a surgical site infection per gen surg; worry is calciphylaxis; warfarin
necrosis second. Admit medicine, derm + renal consults.
"""),
("2023-11-24", "Dermatology Consult Note", """
DERMATOLOGY CONSULT - Resident Dr. Anneliese Moravec / Attending Dr. F. Quaye

Reason: necrotic plaque of R upper abdomen, ?calciphylaxis

Path (punch bx 11/21, R subcostal plaque): mural calcium in small hypodermal
vessels; fibrin plugs; septal panniculitis; necrotic fat -> calciphylaxis. Protein C and S
normal; no features of warfarin skin necrosis.

Exam: R upper abdomen subcostal plaque 5.5x4cm, black eschar, retiform edge; the rest of
the pannus is soft and without lesions. Umbilical and epigastric scars healed.

Impression: calciphylaxis, R upper abdominal wall (HD + warfarin).
Recs: thiosulfate per renal at dialysis; Ca alginate under foam, no further debridement now,
warfarin stays unless cardiology finds an alternative for the mechanical valve. Wt 112kg, BMI 41.0.
"""),
]}

B05 = {"patient_id": "B05", "age": 63, "sex": "M", "notes": [
("2024-02-09", "Emergency Department Note", """
ED PROVIDER NOTE - Resident Dr. Soren Achterberg

CC: cat scratches

63M w/ recurrent DVT on warfarin, CKD 3a (Cr 1.4 mg/dL, GFR est. 55, never dialyzed), HTN.
Yesterday his new rescue cat scratched his R forearm several times while he was clipping
her nails. Bled "more than it should." No fever.

Vitals: 36.6  84  134/82  16  99%  Weight 101kg  BMI 30.0
R volar forearm: four linear superficial scratches 3-6 cm, mild surrounding erythema, no
purulence, no lymphangitic streaks. Hand NV intact.
INR 2.9.

Plan: irrigated, bacitracin, loose dressing. Tdap given L deltoid (last one >10 yrs).
Amox-clav x 5 d for cat exposure. Return if spreading redness, fever.
Attending Dr. Yara Benhaim saw and agrees.
"""),
("2024-03-05", "Primary Care Follow-up", """
PRIMARY CARE - Dr. Benedikt Ostrowski (PGY-2), Riverside Resident Clinic

63 y/o M here for painful area R forearm x 10 days. It started as a sore, hard ridge,
now a purple blotch with a dark middle, "worse than any bruise." Finished amox-clav.
Hx DVT x2, warfarin (target INR 2-3), CKD 3a, HTN, obesity.

Vitals: BP 128/76, HR 80, T 36.8, BMI 30.0
R volar forearm: 5x3cm violaceous, indurated, net-like patch w/ dusky necrotic
center about 1cm, very tender; overlies the healed scratch lines. L forearm normal.
INR 2.7. BMP: Cr 1.5, Ca/PO4 9.3/4.0.

A/P: Painful necrotic patch - not behaving like cellulitis. Ddx warfarin necrosis,
calciphylaxis (non-uremic), vasculitis. Urgent derm referral this week; warfarin unchanged
until derm weighs in (2 prior DVTs).
"""),
("2024-03-12", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC - Resident Dr. Ilse Marchetti / Attending Dr. G. Amankwah

HPI per PCP referral: tender necrotic plaque of R forearm, 63M on warfarin, CKD 3a.
Onset late Feb.

Exam: R volar mid-forearm 5.5x3.5cm retiform purpuric plaque, black central eschar
1.5cm, firm subcutaneous cord extending proximally. Rest of the skin exam clear.

Procedure (consented): two punches, 6-mm each, off the R forearm plaque rim (H&E/von
Kossa; second sent for tissue culture). Hemostasis w/ sutures.

Impression: retiform purpura w/ necrosis. Favor nonuremic calciphylaxis given warfarin + obesity
vs warfarin-induced necrosis vs vasculopathy. Labs: protein C/S, cryo, ANCA, APLA.
F/u path 1 wk.
"""),
("2024-03-20", "Medicine Progress Note w/ Attending Addendum", """
HOSPITAL MEDICINE PROGRESS NOTE (direct admit from derm) - PGY-1 Naveen Thorsby

Path: calcification of small subcutaneous arterioles, intravascular thrombi, fat necrosis;
von Kossa +. Culture neg. Protein C/S nl, cryo neg, ANCA neg.
Dx: non-uremic calciphylaxis, R forearm.

O: 36.7  126/74  78  BMI 29.8 (wt 100.2 kg, scale on 5W)
R forearm plaque stable, eschar dry.

Plan: warfarin -> apixaban (heme ok), sodium thiosulfate infusions three times weekly through a L-arm PIV,
no further procedures on the R arm, wound care, pain service.

ATTENDING ADDENDUM (Dr. Roswitha Pennant): Agree. Worth noting for the residents: the
calciphylaxis arose in the cat scratch sites on his R forearm about 2 wks after the scratches -
trauma as a trigger. Renal function stable, no dialysis indicated.
"""),
]}

B06 = {"patient_id": "B06", "age": 47, "sex": "M", "notes": [
("2017-08-29", "Urgent Care Note", """
URGENT CARE - Northgate Walk-in (teaching site), seen with Dr. H. Laszlo

47M; ESRD with in-center dialysis M-W-F; type 1 DM with an insulin pump, presents w/ 3 d productive cough, fever 38.6.
CXR: RLL infiltrate. SpO2 95% RA, RR 20, HR 102, BP 128/70. BMI 24.9.

A: CAP, outpatient-appropriate (CURB-65 = 1), HD pt.
P: ceftriaxone 1 g IM given here today 8/29/17, R upper outer gluteal, by MA; then
cefpodoxime renally dosed + azithro x 5 d. Notified his dialysis unit. Return if worse.
"""),
("2017-10-03", "Dialysis Unit Rounding Note", """
HD ROUNDS - Cedar Falls Dialysis - Nephrology fellow Dr. Osei-Brandt

S: Pneumonia resolved. New c/o painful "knot" in the R buttock since mid-September, hurts
to sit during tx; he has been sitting tilted on his L hip. No fever.

O: Pre BP 162/88, post 140/80, UF 2.8 L. EDW 74.5. Right buttock, upper outer quadrant: 4cm
hard, tender nodule under dusky netted skin, no opening. L buttock normal.
Labs: Ca/PO4 9.8/7.2, PTH 1240, Alb 3.6, spKt/V 1.4.

A/P: Painful indurated R buttock nodule in HD pt with severe SHPT - worried about
calciphylaxis. Refer for admission / derm eval this week. Calcium carbonate off; sevelamer
on; cinacalcet 30 daily. Discussed w/ attending Dr. Feldkamp.
"""),
("2017-10-11", "Medicine H&P w/ Attending Addendum", """
H&P (medicine, admitting intern Dr. Clementine Ruiz-Aalto)

CC: R buttock pain, skin darkening

HPI: 47 yo M, ESRD on HD, T1DM (pump, insulin lispro), admitted from clinic for R buttock
lesion present since mid-September, now with a black center. Recent CAP treated at urgent
care in late Aug.

Exam: 37.0, 148/82, 88, BMI 24.6
R upper outer buttock: 5x4.5cm indurated plaque, central eschar 2 cm, violaceous netted rim.
Insulin pump cannula in L lower abdomen, site clean.

A/P: Clinical diagnosis of calciphylaxis, R buttock (derm agrees; bx deferred given the
location and chance the biopsy site would not heal). thiosulfate with dialysis; dressings; analgesia.

ATTENDING ADDENDUM (Dr. Wendeline Astor): I saw the patient. Agree. Of note, this is the
exact spot where he received his IM ceftriaxone at urgent care on 8/29, which I think
explains the location.
"""),
]}

B07 = {"patient_id": "B07", "age": 69, "sex": "F", "notes": [
("2023-03-02", "Dialysis Unit Rounding Note", """
IN-CENTER HD - Kestrel Park Dialysis - Attending rounding note, Dr. Oluwaseun Marr

69F, ESRD (DKD) on HD via R arm AVG since 2020, T2DM on insulin since 2011, HTN,
hx provoked DVT treated w/ warfarin 2013-2015 (stopped, none since).
She asks about "hard lumps" in her belly since February, sore when she pinches up skin for
her insulin; she has always injected her belly, never arms or legs.

O: pre 156/70, post 138/66, EDW 77.0. BMI 29.9 (overweight).
Abdomen: several firm tender subcutaneous nodules scattered around the umbilicus and lower
abdomen, two with dusky netted purple skin over them. No ulceration yet.
Labs: Ca/PO4 9.7/6.9, iPTH 820, Alb 3.2.

Plan: wound/derm referral; nurse to check injection technique; switch calcium acetate to
sevelamer. Will re-examine Thursday.
"""),
("2023-03-09", "Medical Student Admission Presentation", """
MS4 SUB-I ADMISSION NOTE (co-signed by PGY-2 Dr. Hollis Brightwater)
Student: Elodie Farquharson

CC: painful dark skin on her belly

HPI: 69 yo woman (HD-dependent ESRD; T2DM needing insulin) presenting with worsening pain
and blackening of nodules on her abdomen present since February. Two areas opened this week.
She reports injecting glargine and aspart into her abdomen for about 12 years.

PMH: ESRD, T2DM, HTN, hypothyroidism, remote DVT (warfarin 2013-15).
Exam: 36.9  149/72  84  BMI 29.9
Periumbilical and infraumbilical abdomen: 3 stellate plaques 2-4 cm with black eschar and
retiform purple borders, plus scattered firm nodules.
Labs: Hgb 9.4, Ca/PO4 9.9/7.1, PTH 835.

A/P: Suspect calciphylaxis -> derm to biopsy; insulin temporarily moved to the
upper arms, wound RN.
"""),
("2023-03-15", "Dermatology Consult w/ Attending Note", """
DERMATOLOGY CONSULT - attending note, Dr. Vivienne Sandoval-Kirk

Biopsy 3/10 (infraumbilical plaque edge): arteriolar medial calcification, thrombosis,
calcified septae of subcutaneous fat. Diagnosis: calciphylaxis.

Exam unchanged; periumbilical and lower abdominal eschars dry, no new lesions elsewhere.

Impression: calciphylaxis of the abdomen - the lesions are at her insulin injection sites
(she has used only the abdomen since starting insulin in 2011), which fits the known
predilection of calciphylaxis for injured or injected adipose tissue.

Recs: STS, wound care, insulin injections only in upper arms for now, pain team.
BMI 29.7 on today's bed scale.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
