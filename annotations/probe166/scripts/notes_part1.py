"""probe166 corpus notes, A01-A07 (sports medicine, athletic training and the clinics around them; all invented)."""

A01 = {"patient_id": "A01", "age": 67, "sex": "F", "notes": [
("2019-03-07", "Sports Medicine Procedure Note", """
SPORTS MEDICINE CLINIC - PROCEDURE NOTE
Harrow Valley Orthopaedics & Sports Med | team physician, Harrow Valley Masters Pickleball League

Pt: 67 yo F, 4.0-rated pickleball player, doubles 4 mornings a week
CC: R lateral hip pain x 6 wks; hurts to lie on it at night and after tournament days

PMH: kidney failure (ESRD), dialyzes T-Th-Sat at Eastbrook through a left brachiocephalic
fistula; DM2 (glargine 18u nightly, she self-injects it into her abdomen); HTN; secondary HPT
Meds: glargine; calcitriol 0.25mcg daily; sevelamer 1600 with each meal; amlodipine 10; ASA 81
NKDA

Vitals - HR 76, BP 148/82, temp 36.7, BMI 31.4 (weight 84.0 kg)
Exam: point tenderness directly over R greater trochanter. FABER neg, hip IR/ER full & painless,
no Trendelenburg, abductors 5/5 but painful. Skin of R lateral hip intact.

Dx: R greater trochanteric bursitis

Procedure: US-guided R trochanteric bursa injection. Discussed infection, skin atrophy/
depigmentation, transient hyperglycemia, fat necrosis; written consent. Universal protocol pause
completed. Skin prepped w/ chlorhexidine.
22 g 3.5 in spinal needle, in-plane approach, injectate 40 mg triamcinolone + 4 mL 1% lidocaine.
EBL nil, bandaid applied. Pt tolerated well.

Plan: no tournament play x 1 wk, glute med strengthening w/ PT, check fingersticks closely
for 3 days (steroid bump expected). Return visit in 6 wks, earlier if needed.
"""),
("2019-04-02", "Hemodialysis Rounding Note", """
HD ROUNDS (Eastbrook Dialysis) - seen in chair 14 on 4/2/2019, 2nd shift
67F, ESRD 2/2 diabetic nephropathy, TTS, 4 hrs, EDW 82.5 kg.

S: Very upset today - "my hip is on fire". Noticed a sore hard spot on her R outer hip 2 wks ago,
now gone black in the middle, cannot sleep on that side. No fevers/chills. Had a steroid shot in
that hip at sports med in early March for bursitis.

O: BP pre 162/88, post 141/79. UF 2.6 L. L BC AVF good thrill/bruit.
Skin exam, R hip (lateral, over trochanter): a plaque 3x4cm, violaceous and woody-hard, with a
black eschar centrally and a net-patterned purpuric border; she winces at the lightest touch.
Not fluctuant.
Labs (drawn 3/28): phosphorus 7.6 H, corrected calcium 9.7, intact PTH 804, albumin 3.1,
Hb 10.2, Kt/V(sp) 1.31

Assessment/plan:
#1 Necrotic, painful R hip plaque - calciphylaxis is my main worry. Referred to dermatology
   today for a deep biopsy. Calcitriol held; cinacalcet 30mg started.
#2 Phos poorly controlled - renal dietitian to see her next tx.
#3 Pain - hydromorphone 1mg PO q6h PRN (renal dosing), senna.
"""),
("2019-04-09", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Referring: Dr. Okonjo-Baptiste, nephrology
Reason: necrotic plaque of the R hip, ?calciphylaxis

HPI: 67 yo woman, in-center HD. Painful R lateral hip plaque; onset 3/19/2019 according
to the symptom diary she keeps for her diabetes. On 3/7/19 she recieved an ultrasound-guided
triamcinolone injection into the R trochanteric bursa at sports medicine.

Path (deep incisional bx of the plaque edge, 4/4/2019): rings of calcium encircle several
subcutaneous arterioles (von Kossa confirms), intima thickened, fibrin thrombus in two;
neighbouring fat lobules necrotic.

Exam: R lateral hip, 4 by 5 cm now, eschar 2 cm across, livedo around it. Her insulin sites
on the abdomen are clear. Nothing similar on the trunk or the legs.

Impression: biopsy-proven calciphylaxis. This plaque arose exactly at the site of the 3/7 bursa
injection, some 12 days after it - a trauma-localized (Koebner-type) presentation.

Plan:
- STS 25g IV TIW, infused as each dialysis run winds down
- calcium alginate + silicone foam, change q48h
- no further corticosteroid injections; sports med notified
- BMI 31.1 today (83.1 kg), obese - dietitian
- return 2 wks
"""),
]}

A02 = {"patient_id": "A02", "age": 71, "sex": "M", "notes": [
("2020-08-11", "Athletic Training Treatment Log", """
MASTERS ATHLETICS - ATHLETIC TRAINING ROOM
Kestrel Point Racewalking Club | AT treatment log, visit #2 this episode

Athlete: 71 M, 10K/20K racewalker, M70 age group

Hx: bilat calf tightness + cramping since he pushed weekly volume up to 45 km. TTP medial
gastroc bellies bilat, no palpable defect, Thompson neg bilat. Team physician dx: bilat medial
gastrocnemius strain, grade I.
Intake form med hx: kidney failure on hemodialysis (Mon/Wed/Fri mornings), A-fib on warfarin,
HTN. No diabetes.

Tx today:
- frozen gel calf wraps to both posterior calves x 20 min, seated w/ legs elevated. This regimen
  was started at his last visit on 8/4/20 and athlete reports he repeats it at home after every
  training walk.
- gentle calf stretching 3 x 30 sec bilat
- eccentric heel drops deferred until pain < 3/10

Post-tx skin check: mild pinkness, blanches, no blistering.
Vitals: BP 138/76, HR 68 irreg irreg. BMI 24.8 (178 cm, 78.6 kg)

Plan: keep up daily cold wraps, cut mileage by ~30%, recheck Thursday. Athlete tol tx well.
-- R. Vantongeren, ATC
"""),
("2020-09-29", "Family Medicine Visit", """
FAMILY MEDICINE - office visit

71 yo M here about "purple spots" on his calves (back side, both legs), more painful each week,
present since mid-September. Pain worst at night, 7/10. Has had to stop his walking races.
No fevers, no new meds. INR last week 2.8.

PMH: AF - warfarin; HTN; gout; ESRD, hemodialysis MWF
Meds: warfarin 5 mg, metoprolol succinate 50, sevelamer, calcium acetate 667 mg TID, allopurinol 100

VS: T 37.0 | BP 132/74 | HR 72 | SpO2 97% RA | wt 78.0 kg

Exam:
Left calf, posterior: retiform purpura about 5 by 3 cm, dusky centre, indurated, very tender.
Right calf, posterior: firm violaceous plaque ~3 by 2 cm, livid net-like edge.
DP 1+ bilat, no edema, no calf cords.

A/P: retiform purpura, both calves, painful; he is on dialysis and takes warfarin.
Differential includes vasculitis, warfarin-induced skin necrosis, calciphylaxis and (afebrile,
so less likely) cellulitis.
- CBC, CRP, INR today
- spoke with his nephrologist; to be seen this week, derm for biopsy
- acetaminophen 1 g TID, avoid NSAIDs
"""),
("2020-10-14", "Nephrology Clinic Note", """
NEPHROLOGY FOLLOW-UP
71M; hypertensive nephrosclerosis -> ESRD; HD at the Kestrel Point unit (MWF) for 4 yrs.

Interval hx: on 10/6/2020 derm sampled the L posterior calf (deep punch). Path: calcified media
and luminal thrombus in subcutaneous arterioles, c/w calciphylaxis. The lesions on both
posterior calves are being treated as calciphylaxis.

Exam: L calf eschar now black, 4 by 3 cm; R calf plaque about the same, 3 x 2.5 cm, no eschar.
Wt 77.9 kg, BMI 24.6.
Labs: iPTH 455 | Ca 9.9mg/dL | PO4 6.8mg/dL | alb 3.4 | INR 2.6

Plan:
1. Calciphylaxis of both calves - sodium thiosulfate 25 g with every run; runs lengthened to
   4.5 hours. Calcium acetate stopped; sevelamer increased to 2400 mg three times daily.
2. Warfarin replaced by apixaban (2.5mg BID) - agreed with his cardiologist.
3. Wound care clinic referral; pain regimen per palliative.
4. Racewalking on hold. Pt tearful about missing the regional masters meet.
"""),
]}

A03 = {"patient_id": "A03", "age": 59, "sex": "M", "notes": [
("2022-02-08", "Sports Medicine Pre-Participation Evaluation", """
SPORTS MEDICINE - PRE-MEET MEDICAL CLEARANCE
Event: Tri-County Masters Powerlifting Open (March 2022). Lifter: 59 yo M, 110 kg class, raw.

Hx: trains 4 d/wk. On PD (CCPD on a cycler nightly) since 2020 for ESRD from diabetic
nephropathy. Tenckhoff exit site R lower quadrant, no peritonitis ever.
T2DM: linagliptin 5 mg + semaglutide 1 mg weekly. Never on insulin. No anticoagulants.
Equipment: got a 13 mm lever belt in January 2022 and wears it cinched "as tight as it goes"
for squats and deadlifts; the lever buckle sits over his left side just above the iliac crest.
Also wrist wraps, knee sleeves.

Exam: BP 144/90, HR 80. 118 kg at 180.5 cm; BMI 36.2 - obesity class II. Abd soft, exit
site clean/dry, no tunnel tenderness. Belt line: faint erythema L flank where the buckle presses,
skin intact. No hernia w/ Valsalva.

Assessment: cleared to compete with restrictions
- drain PD fluid before heavy sessions & on meet day (dry belly) to limit intra-abdominal pressure
- keep the belt off the catheter; exit site dressing under singlet
- fluid plan per nephrology limit, no creatine/pre-workout products
"""),
("2022-04-12", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - monthly visit + new complaint
59M on CCPD.

S: "hard burning patch on my left side". Appeared 3 wks ago as a bruise-coloured spot, now open in
the middle. Still lifting 4x/wk. No fevers, effluent clear.

O: 150/88 | 82 | afebrile | wt 117.4 kg
L flank: stellate violaceous plaque, indurated, 6 by 4 cm, central 1.5 cm ulcer w/ yellow slough,
tender to the lightest touch.
Exit site R LQ clean. No edema.
Labs: phos 7.2 (goal <5.5), Ca 10.1, PTH 690, Alb 3.0. Dialysis dose fine
(Kt/V per week 1.9, March).

A/P: painful ulcerated plaque L flank. It lies right where the buckle of his lifting belt presses
every session. For a PD patient with raised phos and obesity, calciphylaxis heads my differential.
- urgent derm bx
- belt off and no lifting for now
- cinacalcet 30 mg; switch binder to lanthanum
- review PD Rx for phosphate clearance (add a day dwell)
"""),
("2022-04-26", "Dermatology Follow-up", """
DERMATOLOGY - RESULTS VISIT

Incisional bx, L flank plaque (4/15/22): on von Kossa, calcium coats the small vessels of the lower
dermis and fat; luminal thrombosis; septal panniculitis. Diagnosis: calciphylaxis.

Today the L flank lesion measures 7 by 5 cm, eschar 2 cm. Its outline traces the lower border of
the lifting belt and is centred on the lever buckle. Chronic pressure from the belt, cinched
tight since January, is the likeliest local trigger: calciphylaxis localised to a site of
repeated pressure.

Plan:
- IV sodium thiosulfate Mon/Wed/Fri, infusion centre
- hydrofiber + bordered foam dressing
- hyperbaric oxygen referral; pain clinic
- the belt is permanently retired
BMI 35.8. Return 2 wks.
"""),
]}

A04 = {"patient_id": "A04", "age": 73, "sex": "F", "notes": [
("2017-10-03", "Operative Report", """
OPERATIVE REPORT - ORTHOPAEDIC SPORTS MEDICINE
Date of surgery: 10/03/2017
Patient: 73 F, competitive masters swimmer (freestyle, backstroke)

Preop dx: R full-thickness supraspinatus tear, 2.2 cm, retracted
Postop dx: same
Procedure: R shoulder arthroscopy, rotator cuff repair (double row, 4 anchors), subacromial
decompression
Anesthesia: GA + interscalene block
Comorbidities: ESRD on HD (dialyzed yesterday, K 4.6 this a.m.); paroxysmal AF - warfarin held
x 5 days, INR 1.1 today; HTN

Description: beach-chair position. Standard posterior portal, then anterior and lateral working
portals. Bursectomy, acromioplasty. Tear mobilized and repaired. Portals closed with 3-0 nylon;
the lateral portal was enlarged to 1.5 cm for anchor passage. Steri-strips, sterile dressing,
abduction sling.
EBL 20 mL. No complications.

Post-op: resume warfarin POD 1 if no bleeding, sling 6 wks, PT per cuff protocol.
BMI 30.0
"""),
("2017-11-28", "Physical Therapy Progress Note", """
SPORTS PT - PROGRESS NOTE (visit 10)
Dx: s/p R RCR 10/3/17

S: shoulder pain improving, but "a new very sore dark patch on the side of my shoulder since
Thanksgiving". Sleeping in a recliner. Wants to be back in the pool for the spring meet.

O: PROM R shoulder: flex 130, abd 95, ER 40 at side, IR 45. Strength deferred per protocol.
Inspection: at the lateral portal scar, R shoulder: firm purple plaque, 2.5 by 2 cm, small
black centre, very TTP. Posterior and anterior portals healed and flat. No warmth, no
drainage.

A: ROM on schedule. New skin lesion at the lateral portal site, not consistent w/ normal scar
healing. Pt on dialysis.

P: PROM only today, no manual tx near the incision. Messaged surgeon (Dr. Haldane), photo in chart.
Pt to call if fever or spreading redness.
Billing: 97110 x2, 97140 x1
"""),
("2017-12-05", "Dermatology Consult", """
DERMATOLOGY CONSULT
73 yo F on HD, s/p R shoulder arthroscopic cuff repair 10/3/2017, sent by ortho for a painful
necrotic plaque at the R lateral portal.
Onset: Thanksgiving Day, 11/23/2017, per pt.
Meds: warfarin 4 mg (restarted post-op), sevelamer, calcitriol, metoprolol

Exam: R lateral shoulder, centred on the healed lateral portal incision: indurated violaceous
plaque, 3x2.5cm, adherent eschar of 1 cm, retiform purpura around it. Other portals clean.
Punch bx (12/1/17) from the edge: calciphylaxis - calcification and thrombosis of septal vessels.

Impression: calciphylaxis of the R shoulder arising in the lateral arthroscopy portal scar about
7 weeks after surgery, i.e. localized to the surgical wound.

Plan: thiosulfate IV at each dialysis; calcitriol discontinued; ask cardiology about alternatives
to warfarin; local wound care; PT may continue ROM w/o pressure on the lesion.
Vitals: BP 136/70, wt 80.2 kg, BMI 30.0
"""),
]}

A05 = {"patient_id": "A05", "age": 64, "sex": "M", "notes": [
("2023-06-12", "Athletic Trainer Injury Report", """
INJURY REPORT - Ridgeford Masters Softball Classic, 55+ division
Field 3, 10:40. AT on site: M. Castellanos, LAT, ATC

Athlete: 64 yo M, pitcher
Mechanism: struck by a line drive to the L lateral thigh (mid thigh, approx 15 cm above the knee)
during follow-through. No fall. Walked off with a limp.

Eval: 10 x 8 cm swelling w/ early ecchymosis L lateral thigh, TTP, no deformity. Knee flexion
110 deg, limited by pain. Quad set intact. Distal pulses & sensation intact. Thigh compartments soft.
Athlete reports "my kidneys quit - dialysis every Mon, Wed and Fri before work" and diabetes on
insulin. Declined ice: "my kidney doctor told me no ice packs." No wrap applied.

Disposition: out for the rest of the tournament. See the tournament sports med physician this
week; ED if pain or tightness increases or foot goes numb. Crutches offered, declined.
"""),
("2023-06-19", "Sports Medicine Clinic Follow-up", """
SPORTS MEDICINE F/U
64M, L thigh contusion from a batted ball 6/12/23 at masters softball.
PMH: on hemodialysis for ESRD (MWF, R forearm fistula); T2DM on insulin degludec + lispro; HTN;
mild PAD.

S: pain 3/10, walking normally. Bruise has tracked down toward the knee.
O: BP 152/86, P 74. BMI 28.3 (88.6 kg).
L lateral thigh: resolving yellow-green ecchymosis, firm 6 cm hematoma, mildly TTP. Skin intact,
no open areas. Knee ROM 0-135. SLR strong.
Bedside US: 5.8 x 2.1 cm organizing hematoma superficial to vastus lateralis, no active bleed.

A: resolving L thigh contusion/hematoma, no sign of myositis ossificans so far.
P: progressive quad stretching, stationary bike; RTP in ~2 wks if ROM full and painless;
avoid NSAIDs (ESRD). Recheck prn.
"""),
("2023-07-01", "Emergency Department Note", """
EMERGENCY DEPT - PHYSICIAN NOTE
Chief complaint: "black sore on my leg"

HPI: 64 y/o male, ESRD on hemodialysis (last session yesterday), insulin-requiring DM, presents
with left outer thigh pain. Noticed a painful dark patch about 10 days ago that has since turned
black and opened up. Unsure whether he injured it. Pain rated 9/10, keeping him awake. No fever or
chills. ROS o/w neg.

Meds: insulin degludec 20 u, lispro sliding scale, sevelamer, cinacalcet, atorvastatin,
epoetin at HD

Exam: 37.4 C, HR 96, BP 164/90, RR 18, 98% RA
L lateral thigh: black eschar (4 by 3 cm) ringed by dusky violaceous induration about 10 cm
across and a lacy livedo pattern. Exquisitely tender. No crepitus.

Labs: CRP 44, WBC 9.8, lactate 1.3, phos 7.9, Ca 9.5

MDM: necrotic thigh lesion in HD pt. Considering calciphylaxis, necrotizing fasciitis (doubt it:
no crepitus, LRINEC low) and warfarin necrosis (he takes no warfarin).
Dispo: admit medicine; derm + nephrology consults; hydromorphone for pain.
"""),
("2023-07-06", "Inpatient Dermatology Consult", """
INPATIENT DERMATOLOGY - follow-up
Bx 7/3/2023 (L lateral thigh, two deep incisional specimens): calcified walls of small-to-medium
vessels in the fat, microthrombi, extensive fat necrosis. Tissue cx: no growth.

Dx: calciphylaxis, L lateral thigh.

Exam today: eschar now 4.5x3.5cm, wider violaceous rim than on admission. No new lesions on
abdomen, buttocks or R leg.
Wt 87.4 kg (BMI 27.9)

Recs:
- sodium thiosulfate 25g IV after every HD run (TIW)
- calcium-based binder off; cinacalcet continues
- Dakin's-moistened gauze while slough present, then hydrofiber
- palliative care for pain
- surgical debridement only if infection develops
"""),
]}

A06 = {"patient_id": "A06", "age": 62, "sex": "F", "notes": [
("2024-06-04", "Sports Medicine Clinic Note", """
SPORTS MEDICINE CLINIC
62 yo F, masters basketball (60+ Senior Games qualifier team), here for L ankle f/u.

HPI: rolled her L ankle on Memorial Day at the Lakeshore 60+ 3-on-3 tournament. The volunteer
tournament doctor gave her a 60 mg ketorolac shot, IM, high on the L buttock (upper-outer), for
the pain and taped the ankle (tape off the same evening). She does home peritoneal dialysis on a nightly cycler
for ESRD from IgA nephropathy. No DM. We went over why ketorolac and other NSAIDs should be avoided
with her kidneys and her residual urine output.

Exam: L ATFL TTP, mild swelling, anterior drawer neg, squeeze test neg, Ottawa rules neg.
L buttock: small healing puncture mark, no induration.
Vitals: 128/78, 70. BMI 33.8 - obese (91.2 kg)

Dx: L lateral ankle sprain, grade I-II
Plan: lace-up brace, balance/proprioception program w/ PT, RTP in 2-3 wks. Acetaminophen only.
Let her PD nurse know about the NSAID dose.
"""),
("2024-06-24", "Peritoneal Dialysis Clinic Note", """
HOME PD CLINIC - RN/MD visit

S: since 06/19/2024 a very painful, hard area in her L buttock. Unable to sit on the left; uses a
cushion. Ankle better.
O: BP 134/80 | HR 78 | T 36.9 | Wt 91.0 kg
L buttock, upper-outer: violaceous plaque, indurated, 5x6cm, retiform border, dusky centre,
no fluctuance. This is the spot where the tournament ketorolac shot went in on Memorial Day.
PD catheter exit (L abdomen) clean, no crust.
Labs: PTH 540 | PO4 6.4 | Ca 9.8mg/dL | Alb 3.3 | 24-h urine 350 mL

A/P: painful indurated plaque at a recent IM injection site. PD patient. Concern for
calciphylaxis; ddx injection abscess (no fluctuance), sterile fat necrosis.
- dermatology to biopsy, requested within 7 days
- hold calcitriol, increase sevelamer
"""),
("2024-07-02", "Dermatology Consult", """
DERMATOLOGY
62F on PD, L buttock plaque since 6/19/24.

Path (6/27/24, 8 mm deep punch + wedge, L buttock): subcutaneous fat with
calcium-encrusted small vessels, thrombi, panniculitis, von Kossa +. No abscess.

Diagnosis: L buttock calciphylaxis, sited at the IM ketorolac injection of 5/27/24 -
trauma-localized calciphylaxis.

Exam: plaque 6 by 7 cm; central ulceration has appeared (1 cm). BMI 33.8, obese. Not diabetic.
No warfarin or any anticoagulant, ever.

Plan:
- IV STS x3 weekly at the infusion suite; nephrology discussing a move to HD
- wound care: hydrogel, foam, offloading cushion
- chart alert "no IM injections - calciphylaxis"
- f/u 3 wks
"""),
]}

A07 = {"patient_id": "A07", "age": 69, "sex": "M", "notes": [
("2022-01-27", "Sports Medicine New Patient Note", """
SPORTS MED - NEW PATIENT
69 yo M, masters Nordic skier (classic and skate, 30K races). Painful area on top of the R foot
since Jan 20.

Hx: his R foot always runs cold in the boot, so he has been sticking air-activated adhesive toe
warmers to the top of his R sock over the forefoot for every ski session since Christmas Day.
Skis 5-6 days/wk.
PMH: recurrent DVT (2015, 2019) on lifelong warfarin; primary hyperparathyroidism, surgery declined
in 2020; HTN. Renal function normal (creatinine 0.9, eGFR 84 in December). No diabetes.

Exam: R dorsal forefoot over the 2nd-3rd metatarsals: 3 x 2 cm violaceous livedoid patch with a
dusky central bulla, markedly tender. DP 2+, PT 2+. Sensation intact. L foot normal.
VS: BP 132/78, HR 60, BMI 27.4

A: ddx - contact burn from the warmer vs frostnip vs warfarin skin necrosis vs calciphylaxis
(Ca 11.2 in Dec).
P: stop the warmers, derm referral for biopsy, INR today, felt donut to offload in the boot, no
skiing this week.
"""),
("2022-02-08", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT
Referral: sports medicine, ?calciphylaxis vs burn

69M, R dorsal foot lesion since 1/20/2022. Used adhesive chemical toe warmers on that exact spot
of the R foot from 12/25/2021 until 1/27/2022.

Bx (2/1/22, two punches from the lesion edge): mural calcification of small vessels in dermis and
fat, thrombi, von Kossa +, only superficial thermal change.
Labs: Ca 11.4 | PTH 168 (H) | PO4 3.1 | eGFR 86 | INR 2.7 | protein C and S within normal limits

Dx: calciphylaxis (non-uremic type), R dorsal foot, arising where the toe warmers sat. Risks here:
warfarin and primary hyperparathyroidism.
Exam: central eschar 1.5 cm in a 4 x 3 cm violaceous rim.

Plan: hematology to change warfarin to apixaban; endocrine surgery re parathyroidectomy; STS 25 g
by IV infusion TIW; wound care referral.
"""),
("2022-03-15", "Wound Care Clinic Note", """
WOUND CLINIC - visit #3
Dx: calciphylaxis R dorsal foot (non-uremic), biopsy-proven

Off warfarin since 2/10, now apixaban 5 mg BID. Parathyroidectomy booked 3/29.

Wound: R dorsum of foot, L 2.8 cm x W 2.0 cm x D 0.2 cm; 70% dry black eschar, 30% yellow fibrin.
Periwound violaceous for 1 cm. No odour, scant serous drainage. Pain 5/10.
Intervention: stable dry eschar left intact, povidone-iodine paint, dry gauze, post-op shoe.
Vitals: 128/74, 64, Wt 84 kg, BMI 27.1

Pt asked about skiing at masters nationals next winter - can plan for it only once healed; no
warmers of any kind on the feet again, insulated boot covers instead.
Plan: weekly visits, STS continuing.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
