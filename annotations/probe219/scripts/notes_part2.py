"""probe219 corpus notes, C08-C14 (CDI queries, coding summaries and the clinics around them; all invented)."""

C08 = {"patient_id": "C08", "age": 49, "sex": "M", "notes": [
("2024-09-04", "Nephrology Office Visit", """
NEPHROLOGY OFFICE VISIT      9/4/24
49 yo M, ESRD (diabetic kidney disease) on in-center HD MWF x 3 yrs via R arm AVG; works
nights as a casino security officer.

S: New, very painful sore spot R lower abdomen since mid-August, now with a dark crust.
No fever. DM2 on insulin since June 2016 (degludec + aspart pens), rotating around the
lower abdomen, favoring the R ("easier, I'm a righty"). Wears a loaded duty belt every
shift, 10-12 h, cinched tight across the same area.

O: 158/90, P 84, 118kg, BMI 38.1. RLQ: 4x3cm violet plaque, black eschar centrally,
livedoid rim reaching 2cm out, tender; it sits exactly under the lower margin of his belt.
Labs: A1c 8.4, PTH 1020, Ca/P 9.7/7.9, alb 3.6

A/P: calciphylaxis suspected. Derm appt Friday for biopsy. Calcium carbonate d/c'd;
insulin into the thighs for now.
"""),
("2024-09-11", "Dermatology Note", """
DERMATOLOGY       11 Sep 2024
Bx 9/5 (deep incisional, RLQ): calcified subcutaneous arterioles, intravascular thrombi,
lobular fat necrosis -> calciphylaxis, confirmed.

Hx reviewed w/ pt: the RLQ has been his main insulin injection area for years and also
takes the pressure of a heavy duty belt every shift. I suspect the injections over years
plus the belt pressure localised the calciphylaxis there (Koebner-like phenomenon).

Exam today: 4.5x3.5cm, eschar unchanged, no drainage, no cellulitis. Obese abdomen.

Plan:
- thiosulfate 25g IV, post-dialysis
- off work, no duty belt until healed; suspenders if he must go back
- insulin into the thighs only, avoid the abdomen
- petrolatum gauze + foam, change every other day
- f/u 2 wks
"""),
("2024-09-27", "CDI Query", """
CDI QUERY -- conflicting documentation        09/27/2024
To: Dr. M. Ostrowski (hospitalist)    Adm 9/24/2024 for pain + R abdominal wound

H&P and progress notes 9/24-9/26: "cellulitis RLQ abdominal wall, on cefazolin".
Derm consult 9/25: "known biopsy-proven calciphylaxis RLQ (bx 9/5); no cellulitis; the
surrounding redness is the livedoid rim."
Indicators: WBC 7.9, Tmax 37.3, no purulence, blood cx neg x2.

Please clarify the condition being treated:
[ ] Cellulitis of abdominal wall
[ ] Calciphylaxis without cellulitis
[ ] Calciphylaxis with cellulitis
[ ] Other / undetermined

Response 9/27 (Dr. Ostrowski): "Calciphylaxis of the RLQ without cellulitis;
cefazolin stopped."
RD 9/26: wt 117.2 kg, BMI 37.7. Z79.4 applies (insulin).
"""),
]}

C09 = {"patient_id": "C09", "age": 69, "sex": "F", "notes": [
("2018-10-02", "PD Clinic Visit", """
PERITONEAL DIALYSIS CLINIC -- monthly visit        10-02-2018
69 F with ADPKD -> ESRD, on CAPD (four 2L dwells, 1.5% dextrose). No diabetes.
Warfarin for AF, target INR 2-3 -- 2.4 today.

S: tired, appetite fair. Bags clear, abdomen nontender.
O: BP 132/78. Wt 77.8kg / ht 162cm / BMI 29.6 (overweight). Exit site w/o erythema.
Skin: no lesions on the arms, trunk or legs.
Labs: Kt/V 1.8 (Aug); Ca 10.4 / PO4 6.2 / PTH 640 / alb 3.3

Imm: flu vaccine 0.5mL IM L deltoid, given today by RN (lot # on MAR).

A/P:
- continue CAPD, same prescription
- cut calcium acetate to 667 mg TID, add sevelamer 800 mg TID
- recheck labs in 1 month
"""),
("2018-11-29", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT       11/29/18
CC: painful patch R posterior arm x 3 weeks

69 F on PD; warfarin for AF. Denies bumps, falls, heat or injections in the R arm -- her
flu shot this fall went into the left one, which never bothered her.

Exam (R posterior upper arm, triceps belly): 3.5x2.5cm violaceous, indurated
plaque with retiform edge, central grey-black dusky zone, very tender. L arm normal incl. the
deltoid. No lesions elsewhere.

Biopsy: 2 punches (6mm) at the plaque edge, von Kossa requested.

Imp: calciphylaxis strongly suspected (warfarin, high Ca x P). Await path.
Plan: nephrology aware; hold calcium acetate entirely; discuss warfarin alternatives
with cardiology; gentle dressing (petrolatum, rolled gauze).
"""),
("2018-12-07", "Coding Summary", """
CODING SUMMARY     Adm 12/03/2018   Disch 12/06/2018

Attending DS: "Calciphylaxis, R posterior upper arm, biopsy-confirmed (path 12/4:
medial calcification, thrombi). Warfarin stopped, now apixaban. Overweight, BMI 29.6,
no obesity."

PDx  E83.59  Calciphylaxis (Y)
     L98.491 Non-pressure chronic ulcer oth site, skin breakdown only (Y)
     N18.6 ESRD; Z99.2 dialysis (PD) (Y)
     Q61.2   Polycystic kidney, adult type (Y)
     I48.91  Atrial fibrillation (Y); Z79.01 long-term anticoagulant
     E66.3   Overweight; Z68.29 BMI 29.0-29.9
PCS  3E1M39Z peritoneal dialysis exchanges
Coder note: no diabetes codes -- not diabetic per H&P. Query not needed.
"""),
]}

C10 = {"patient_id": "C10", "age": 76, "sex": "M", "notes": [
("2024-04-12", "Dermatology Consult", """
DERM INPATIENT CONSULT      April 12, 2024    (adm 4/9 for clotted HD graft)

76 M: on HD for ESRD; T2DM on glargine 18u; PAD, stented R SFA.
Says the L calf became a sore purple patch at Easter and blackened within a week.
He cannot think of any knock or scrape there; no heat, no compression wraps, no
injections in that leg.

Exam: mid-third of the L lateral calf, 5x3cm necrotic stellate plaque, purpuric retiform
border, indurated. DP/PT pulses weak bilat. R leg clear.

Proc: deep punch x2 from the edge, one simple suture each.

Ddx: calciphylaxis favored over arterial ulcer -- retiform edge, and pain out of keeping
with its size.
Plan: f/u path; empiric STS w/ HD; petrolatum + ABD pad daily.
"""),
("2024-04-22", "CDI Query", """
CDI QUERY -- fall with injury / POA        4/22/24
Dr. E. Brannigan,

Event report 04/20/2024 22:15: pt tripped on the commode leg and struck his L calf on
the commode frame. RN: new 3cm skin tear, L lateral calf, just above the known
ulcer (path 4/15: calciphylaxis); bleeding stopped with pressure.
Your progress note 4/21: "fell, no harm".

Please clarify:
[ ] Skin tear (laceration) of L lower leg due to the fall
[ ] No injury from the fall; findings are the calciphylaxis ulcer
[ ] Other ______
[ ] Unable to determine
Injury coding and the HAC falls measure depend on your answer.
Vitals 4/21: BP 150/68, HR 74, SpO2 95%. Hgb 9.1 (stable).
"""),
("2024-04-30", "Coding Summary", """
Adm 04/09/2024 -- Disch 04/29/2024 to SNF (Maple Crest)

Query answered 4/23: "Skin tear L lateral calf from the fall on 4/20, in hospital; separate
from the calciphylaxis ulcer, which started around Easter, before this admission."

PDx  T82.868A  Thrombosis of vascular graft, initial (Y)
     E83.59    Calciphylaxis (Y)
     L97.222   Non-pressure ulcer L calf, fat layer exposed (Y)
     S81.812A  Laceration w/o FB, L lower leg (N)
     W19.XXXA  Unspecified fall (N); Y92.238 other place in hospital
     E11.51    T2DM w diabetic peripheral angiopathy (Y); Z79.4 insulin
     I12.0 / N18.6 / Z99.2 (Y)
PCS  5A1D70Z   Hemodialysis x 8; graft thrombectomy coded from the IR report
BMI 27.2 -- no weight diagnosis documented, not coded.
"""),
]}

C11 = {"patient_id": "C11", "age": 45, "sex": "F", "notes": [
("2017-01-10", "Dermatology Consult", """
DERMATOLOGY CONSULT       01/10/2017

45 F; type 1 diabetes (dx at 11), insulin pump, sets rotated in the abdomen; ESRD on HD for
2 years; BMI 41.0. Onset New Year's Day: painful induration, medial side of each
thigh. She first took them for bruises but denies any bump, fall, heat or tight clothing.

Exam: bilateral medial thighs, nearly symmetric: indurated violaceous plaques 8 x 6 cm (R)
and 6 x 5 cm (L), margins retiform; the R one necrotic centrally.
Abdomen (pump sites) without lesions.

Proc: 6mm punch, edge of the L medial thigh plaque, 2 sutures.

Imp: calciphylaxis -- clinical dx is clear; bx for confirmation + von Kossa.
Plan: STS with HD (nephrology aware), wound RN, pain management, no warfarin
(never on it).
"""),
("2017-02-07", "CDI Query", """
CDI QUERY -- procedure specificity          02/07/2017
To: Dr. K. Petrosyan, general surgery
Pt C11, adm 02/03/2017 for infected-looking thigh wounds (calciphylaxis, bx-proven 1/13).

Op note 02/06/2017 reads: "debridement of bilateral thigh wounds, necrotic tissue removed,
hemostasis with cautery, wound VAC placed."
For accurate procedure coding please document:
1. Excisional (cutting outside or beyond the wound margin) vs non-excisional debridement
2. The deepest tissue removed: skin / subcutaneous tissue / fascia / muscle
3. Wound size after debridement, each side

Vitals 2/6: T 38.0, HR 104, BP 118/64. WBC 13.2, lactate 1.6.
Thank you -- D. Abernathy RN, CCDS
"""),
("2017-02-13", "Final Coding", """
FINAL CODING -- discharged 02/12/2017 home with home health

Surgeon addendum 2/8: "Excisional debridement with scalpel of the calciphylaxis ulcers on
both medial thighs (R, L), down to subcutaneous tissue; R 9 x 7 x 1.2 cm, L 7 x 5 x 0.8 cm
post-debridement. Wound VAC -125, changed MWF."

PDx  E83.59   Calciphylaxis (Y)
     L97.112  Non-pressure chronic ulcer R thigh, fat layer exposed (Y)
     L97.122  Non-pressure chronic ulcer L thigh, fat layer exposed (Y)
     E10.22   T1DM w diabetic CKD (Y); Z96.41 insulin pump; Z79.4
     I12.0 / N18.6 / Z99.2 (Y)
     E66.01   Morbid obesity; Z68.41 BMI 40.0-44.9 (41.0)
PCS  0JBL0ZZ  Excision subQ tissue R upper leg
     0JBM0ZZ  Excision subQ tissue L upper leg
     5A1D70Z  Hemodialysis x 4
"""),
]}

C12 = {"patient_id": "C12", "age": 62, "sex": "F", "notes": [
("2020-05-19", "CKD Clinic", """
CKD CLINIC -- Dr. Y. Benali        May 19 2020
62 F, CKD stage 5 (eGFR 11) from chronic GN, not yet on dialysis. No diabetes (A1c 5.6).
Morbid obesity, BMI 43.8.

S: new "red-purple painful spot" under the belly fold for ~3 wks. Denies injections
(no heparin or insulin at home), heating pads, falls, scratching or tight garments; wears
loose dresses.
O: BP 168/92. Pannus, lower fold both sides: mottled livedo with two firm tender nodules,
L > R, skin unbroken.
Labs: bicarb 17, PTH 880, Ca/P 9.9/7.8

A/P:
1) possible early calciphylaxis of the pannus -> derm this week
2) dialysis planning: tunneled HD catheter + AVF referral; PD not favored given pannus
3) stop calcium carbonate, start sevelamer
"""),
("2020-05-22", "Dermatology Consult", """
DERMATOLOGY        5/22/2020
Lower abdominal pannus: livedo racemosa and 3 indurated nodules (largest 3 cm, L), one
with a 1 cm central dusky patch. No ulcers yet. Pt again denies any trauma there.

Bx: 2 deep punches (L pannus).
Addendum 5/26: path by phone -- subcutaneous vessels calcified, fat necrotic;
fits calciphylaxis.

Impression: pannus calciphylaxis, patient not yet dialyzing.
Counselling given:
- should SC heparin or insulin ever be needed, keep those injections off the abdomen
- no thermal packs of any kind (hot or cold) on the skin
- when the tunneled catheter is placed, keep dressings and tape off the pannus
F/u 3 wks.
"""),
("2020-06-02", "CDI Query", """
CDI QUERY -- CKD stage         06/02/2020    (adm 5/30/2020, pain / sodium thiosulfate start)
Dr. Benali,

H&P: "ESRD, needs HD soon"; nephrology note 5/31: "CKD 5, no dialysis yet".
eGFR 10, Cr 4.9, K 5.3; no dialysis orders this admission.

Please clarify the stage of kidney disease:
[ ] CKD stage 5 (not on chronic dialysis)
[ ] End-stage renal disease
[ ] Other / unable to determine

Also documented: "calciphylaxis pannus, bx-proven". Planned procedure noted: tunneled HD
catheter "next admission if eGFR < 8 or uremic symptoms".
Thank you, P. Nakagawa RN, CCDS
"""),
("2020-06-09", "Coding Summary", """
CODING SUMMARY     Adm 05/30/2020 - Disch 06/08/2020

Response 6/3: "CKD stage 5, not ESRD -- she is not on dialysis."

PDx  E83.59  Calciphylaxis of pannus (Y)
     N18.5   CKD stage 5 (Y)
     I12.0   Hypertensive CKD w stage 5 CKD (Y)
     N03.9   Chronic nephritic syndrome (Y)
     E66.01  Morbid obesity (Y); Z68.41 BMI 40.0-44.9 (43.6 on 6/4)
No procedures this stay; tunneled catheter deferred to outpatient IR.
No anticoagulant at home, not diabetic -- no Z79 codes.
Coder note: the H&P term "ESRD" is superseded by the query answer, so N18.6 and Z99.2
are not reported. The pannus biopsy of 5/22 was outpatient and is not on this claim.
Discharge vitals 6/8: BP 150/84, pain 4/10.
"""),
]}

C13 = {"patient_id": "C13", "age": 72, "sex": "M", "notes": [
("2025-02-11", "Wound Care Initial", """
WOUND CARE RN -- initial visit       02/11/2025
72 M; ESRD, HD three times weekly (T/R/Sa); DM2 using insulin; BMI 34.4.
Adm 2/7 with a L flank wound.

Wound: L flank, posterior axillary line, midway between rib margin and iliac crest:
7x5cm; eschar ~80%, slough ~20%, violaceous retiform rim, periwound
indurated and exquisitely painful. Onset per pt "right after New Year".

Injection history: insulin glargine and SC heparin are both given in the periumbilical
abdomen only, within ~3 cm of the navel; those sites are clean apart from a few tiny
ecchymoses, no plaques. No belts or braces on the flank, no falls.

Plan: hold enzymatic agents until derm sees him; bordered foam daily; float the flank
with a pillow wedge.
"""),
("2025-02-12", "Dermatology Consult", """
DERMATOLOGY CONSULT       Feb 12 2025
Referred for a L flank eschar. Exam matches the wound RN description: the lesion lies on
the lateral flank, not on the abdominal wall, and is separated from his periumbilical
injection zone by a good 15 cm of normal skin. Abdomen otherwise without nodules.

Bx: 5 mm deep punch x2 from the rim.
Path 2/14 (addended): calcified small arterioles, fibrin thrombi -> calciphylaxis.

Assessment/plan: biopsy-proven L flank calciphylaxis. Not at injection sites; no local
trigger identified.
- STS with HD; titrate cinacalcet; avoid Ca-containing binders
- no warfarin (never prescribed)
"""),
("2025-02-20", "Inpatient Coding Summary", """
INPATIENT CODING SUMMARY      Adm 2/7/2025 - Disch 2/19/2025 to home

PDx  E83.59   Calciphylaxis, L flank ................ POA Y
     L98.492  Chronic ulcer of flank, fat exposed ... Y
     E11.22   T2DM w diabetic CKD .................... Y
     Z79.4    Long-term insulin use
     I12.0 / N18.6 / Z99.2 ........................... Y
     E66.9    Obesity; Z68.34 BMI 34.0-34.9 (34.4) ... Y
     N25.81   Secondary hyperparathyroidism, renal ... Y
PCS  0HB6XZX  Excision of skin, diagnostic (flank punch 2/12)
     5A1D70Z  Hemodialysis x 5
CDI note: obesity documented by attending 2/8, no query needed. No HAC.
"""),
]}

C14 = {"patient_id": "C14", "age": 83, "sex": "F", "notes": [
("2016-09-20", "Wound Team Rounds", """
WOUND TEAM ROUNDS      09/20/2016
83 F; ESRD/HD; warfarin (AF); nondiabetic; BMI 22.1; adm 9/15 for CHF.

1) Sacrococcygeal: pressure injury, stage 2, 2x1.5cm, pink bed, from lying in bed since
   admission; she cannot turn herself. Offload q2h, low-air-loss mattress.
2) Dorsum of L hand: 4x3cm blister w/ swelling at the old peripheral IV site --
   extravasation of calcium gluconate on 9/18; elevate, cool compresses, pharmacy aware.
3) R forearm: 2cm skin tear from tape removal 9/19. Steri-strips.
4) Bilateral posterior calves: painful net-like purple patches w/ 2 small black ulcers on
   the R, present before admission per daughter ("since Labor Day"). Not pressure: heels
   floated in boots, calves free. Recommend derm.
"""),
("2016-09-23", "Dermatology Consult", """
DERMATOLOGY CONSULT      23-Sep-2016
Asked to look at several skin problems.

Calves (bilat, posterior): retiform purpura, livedo racemosa, two punched-out necrotic
ulcers on the R; started ~2.5 wks ago, before she came in. No injections, heat, wraps or
injuries to the legs. Punch bx R calf today. Picture classic for calciphylaxis: dialysis
plus warfarin.

L hand blister = calcium gluconate extravasation injury, not calciphylaxis; it may calcify
later (iatrogenic calcinosis cutis) -- watch.
R forearm: tape skin tear. Sacrum = stage 2 pressure injury. None of these three
is calciphylaxis.

Plan/dx: bilateral calf calciphylaxis. Warfarin to apixaban; STS on HD days;
nothing compressive on the legs.
"""),
("2016-09-29", "CDI Query", """
CDI QUERY -- pressure injury and POA         09/29/2016
To: Dr. F. Lindahl

Wound team 9/20: "sacral PI stage 2, from bed rest since admission".
Admission skin assessment 9/15: "sacrum intact"; calf purpura already noted.
Derm 9/23: calves = calciphylaxis (bx 9/23, path 9/27 confirms); L hand = extravasation;
R forearm = tape tear.

Please document:
a) Pressure injury stage and site, and whether POA (Y / N / clinically undetermined)
b) Whether the bilateral calf ulcers are pressure injuries or of non-pressure etiology

Answer 9/29 (Dr. Lindahl): "a) Stage 2 pressure injury of the sacrum, NOT present on
admission. b) The calf ulcers are calciphylaxis, non-pressure, present on admission."
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
