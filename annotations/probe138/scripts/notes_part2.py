"""probe138 corpus notes, Q08-Q14 (rheumatology, musculoskeletal medicine and the clinics around them; all invented)."""

Q08 = {"patient_id": "Q08", "age": 61, "sex": "F", "notes": [
("2025-10-14", "Infusion Center Note", """
INFUSION CENTRE - NURSING NOTE
Therapy: pegloticase 8 mg IV, infusion #5 (q2wk)    Ordering: Dr. S. Marchetti (rheum)

Dx: chronic tophaceous gout, refractory to febuxostat. ESRD on HD MWF (ok per rheum/neph to give
on a non-HD day). G6PD normal 6/2025. MTX co-therapy not used due to ESRD.
Other hx: T2DM on insulin since March 2016 - glargine 40 u qhs + aspart, injects the lower belly,
mostly the L side. HTN. Morbid obesity, BMI 44.

Pre-infusion uric acid 0.4 mg/dL (goal < 6, responding).
Premeds: fexofenadine 180 mg PO, acetaminophen 1 g PO, methylprednisolone 125 mg IV.
PIV 22G placed R forearm, 1st attempt, flushes well.
VS pre: BP 152/84, pulse 80, resp 16, sat 96 pct on room air, temp 36.6
Infused over 120 min in 250 mL NS. No flushing, urticaria, dyspnea or chest tightness.
VS post: BP 144/80  HR 78. Observed 60 min.
PIV removed, catheter intact, site without redness. Next appt 10/28.
"""),
("2025-11-20", "Nephrology HD Rounding Note", """
HD ROUNDS - Tallis Street Dialysis   MWF 2nd shift
Rx 240 min, blood flow 400, dialysate 600, K2/Ca2.5, EDW 121.5 kg. Pre BP 160/88. Access L
AVG, good thrill.

S: new painful "raw" spot low on her belly, L side under the fold, began 10 days ago. Says
the area is where she puts most of her insulin and where her shapewear waistband sits. Sleep
poor from pain.

O: L lower abdominal pannus, under the fold: firm purple 7x4 cm plaque, stellate
border and 1.5 cm black centre. No drainage, no crepitus. No other lesions seen on abdomen or
thighs.
Labs: phos 8.0 (high), PTH 1,210, Ca 9.7, alb 3.2, HbA1c 7.9

A/P: ?calciphylaxis in obese diabetic HD pt w/ poor phos control.
- derm urgent, biopsy
- phos: lanthanum + binder teaching; PTH: cinacalcet up
- move insulin injections away from the L lower abdomen for now
- pegloticase: d/w rheum, infusion 11/25 postponed
"""),
("2025-12-09", "Dermatology Consult", """
DERMATOLOGY - CONSULT NOTE
61F, HD, insulin-requiring T2DM, tophaceous gout on pegloticase (paused). BMI 43.6.

Hx: L lower abdominal lesion since ~11/10. Insulin injections into the lower abdomen, L>R,
since 2016 and has worn a tight shapewear girdle every day since early 2020.

Path (punch 11/25, L lower abdomen): calcific deposits in small arterioles and capillaries of
the subcutis, thrombosis, lobular fat necrosis; von Kossa strongly +.

Exam: L lower quadrant pannus 8x5 cm plaque, eschar 2x1.5 cm; livedo racemosa reaches toward
the L hip. R lower abdomen clear.

Impression: calciphylaxis, L lower abdomen (pannus). The ulcer sits in the very area she
uses for her insulin pen and where the girdle's waistband digs in; both repeated injections and
the constant band pressure are plausible local triggers.

Plan: STS with each HD; insulin to the posterior arms; stop the girdle; wound care; palliative
care introduced for pain.
"""),
]}

Q09 = {"patient_id": "Q09", "age": 64, "sex": "M", "notes": [
("2016-02-02", "Sports Medicine Procedure Note", """
SPORTS MEDICINE - PROCEDURE
Ultrasound-guided R knee intra-articular injection, hylan G-F 20 6 mL (single dose)

64M, ESRD; hemodialysis at Lakeview (MWF), L brachiocephalic AVF. Moderate R knee OA (KL 3),
failed PT and acetaminophen; steroid injection 10/2015 gave 6 wks relief. Prediabetes - A1c 6.0 -
not treated. Warfarin stopped in 2014 after successful AF ablation; aspirin 81 now. BMI 30.0.

Consent signed. Time-out done. Supine, knee extended. Superolateral suprapatellar approach.
Chlorhexidine prep, sterile gel and probe cover. 1% lidocaine 3 mL skin wheal. 21G needle under
in-plane guidance into the suprapatellar recess; 12 mL clear yellow fluid aspirated (not sent),
then hylan injected without resistance. Band-aid applied.

Tolerated well, no complications. Post-procedure: relative rest 48 h, no HD-day change needed.
F/u 8 wks to assess response.
"""),
("2016-04-05", "Nephrology Clinic", """
NEPHROLOGY CLINIC - quarterly HD review
64M, ESRD (IgA nephropathy); hemodialysis since 2012. Kt/V 1.5. EDW 98 kg.

Interval: R knee better after the gel shot in Feb. New complaint: an agonising patch at the
LEFT inner knee since early March, worse when the knees touch in bed. No injury he can
recall on that side.

Exam: seated BP 138/82. L medial knee: 4x4 cm indurated violaceous plaque, mottled livid
border, small
central grey-black area. R knee: no skin change.
Labs: Ca 10.0, P 7.2, PTH 990, alb 3.5. Binder: calcium acetate, 2 tabs with meals.

Assessment: painful plaque L medial knee, concern for calciphylaxis.
Plan: derm asap for biopsy; change binder to sevelamer; cinacalcet 30; reduce dialysate Ca.
"""),
("2016-04-19", "Dermatology Consult", """
DERM CONSULT
64M HD pt, referred for painful L medial knee plaque since early March 2016.

Bx (4/12, 6 mm punch, L medial knee margin): subcutaneous small vessels calcified,
with luminal thrombi, neighbouring fat necrosis; von Kossa +. Diagnosis: calciphylaxis.

Exam: L medial knee 5x4 cm plaque with 1 cm eschar. R knee, the one that received the
viscosupplement injection in February, is entirely clear - no induration, no discolouration.
No lesions on thighs or trunk.

Impression: calciphylaxis, L medial knee. The injection was into the opposite knee, so it does
not explain this lesion.

Plan: IV STS 25 g post-HD 3x/wk; wound care; hold further knee injections; recheck 2 wks.
Weight 97 kg. Past warfarin noted (2014).
"""),
]}

Q10 = {"patient_id": "Q10", "age": 45, "sex": "F", "notes": [
("2019-01-22", "Rheumatology Follow-up", """
RHEUMATOLOGY  return visit
45F, SLE; lupus nephritis (ISN/RPS IV) progressed to ESRD, CCPD since 2017. Secondary APS
(stroke 2015) on warfarin, INR kept near 3. Not diabetic. BMI 33.5.

Interval: joints quiet, no rash. HCQ 200 mg daily (renal dose), pred 5.
New: tender "bruised-looking" area on the L outer thigh, noticed ~2 wks ago. Denies any bump,
fall or injection there.

Exam: L lateral thigh 5x4 cm livedoid, indurated patch, tender, no ulceration yet. No malar rash.
No synovitis.
Labs: C3 low-normal, dsDNA 60, INR 3.1; PTH 620, P 6.2, Ca 9.5.

A/P:
1. L thigh lesion: lupus panniculitis vs calciphylaxis vs APS-related thrombotic vasculopathy.
   Derm referral for deep punch or incisional bx.
2. SLE: stable.
3. APS: cont warfarin for now; will revisit depending on bx.
"""),
("2019-02-12", "Emergency Department Note", """
EMERGENCY DEPT - PROVIDER NOTE
45F PD pt on warfarin (APS) presents after a fall on 2/10: slipped on her icy front steps and
came down heavily on the L side. Since then the painful thigh sore she already had got bigger and
darker and oozed blood this AM.

ROS: no head injury, no syncope.
Exam: T 37.0, BP 136/88, HR 90. L lateral thigh: contusion with ecchymosis 10x8 cm around and
over a pre-existing 6x5 cm violaceous plaque, now with a 2 cm area of superficial necrosis and
slight oozing. L hip ROM full, no bony tenderness.
Labs: INR 3.8, Hgb 10.6.
XR L femur/hip: no fracture.

Plan: pressure dressing; warfarin held 1 dose, INR tomorrow; derm appt already set for 2/19 -
keep it. Return precautions.
"""),
("2019-02-26", "Dermatology Consult", """
DERMATOLOGY
45F, SLE, APS (warfarin), peritoneal dialysis.

Her L lateral thigh lesion was first seen early January 2019; she fell onto that side on 2/10 and it
has enlarged since, but the lesion was clearly present about a month before the fall.

Incisional bx 2/19: widespread mural calcification, small and mid-sized arterioles of the
subcutis, intimal proliferation, thrombi, fat necrosis; von Kossa +. No interface dermatitis,
no lobular
lymphocytic panniculitis.
Dx: calciphylaxis.

Exam: L lateral thigh 7x6 cm plaque, black eschar 3 cm, resolving bruise around it.

Plan: STS IV 3x/wk; stop calcium-based binder; discuss with heme/rheum whether warfarin can be
swapped (APS with stroke - difficult). Wound care. Derm recheck 3 wks.
"""),
]}

Q11 = {"patient_id": "Q11", "age": 72, "sex": "M", "notes": [
("2023-03-07", "Rheumatology Follow-up", """
RHEUM CLINIC - psoriatic arthritis f/u       Dr. E. Nakashima

72M, PsA (DIP + dactylitis) on apremilast 30 mg daily (renally reduced). ESRD on HD TTS since
2019. T2DM on insulin; his own rule is both triceps areas only, never the abdomen
("my wife does it there, it's easier"). No warfarin.
BMI 41.2 kg/m^2.

Joints: 2 tender DIPs R hand, no dactylitis today. Nail pitting.
Skin: few psoriatic plaques elbows. ALSO: new, very painful firm purple patches across the lower
abdomen both sides, present since February, not scaly. Pt thought they were psoriasis.

Exam: infraumbilical abdomen, either side of midline: two 4-6 cm indurated, violaceous
retiform plaques, central dusky area on the R. Not psoriasiform.

A/P:
1. PsA stable on apremilast - continue.
2. Lower abdominal retiform plaques in HD pt: worried about calciphylaxis. Same-week derm
   appointment made, biopsy needed.
"""),
("2023-03-14", "Dermatology Consult", """
DERMATOLOGY CONSULT (same-week from rheum)
72M on HD, insulin-treated DM, PsA. Painful lower abdominal plaques since Feb 2023.

Exam: R lower abdomen 6x5 cm plaque with 2 cm eschar; L lower abdomen 4x4 cm plaque, no
eschar. Both with livedoid borders. Upper arms: lipohypertrophic insulin sites; no purpura there.
Thighs clear.

Procedure: 6 mm punch bx, margin of the R-sided abdominal plaque, 2 sutures. Second sample
for culture.

Impression: clinically calciphylaxis, R and L lower abdomen; biopsy to confirm
and to exclude vasculitis.
Plan: path 1 wk. Start STS now given pain and clinical picture (renal team ordering).
Avoid any new trauma to the abdomen.
"""),
("2023-04-18", "Wound Care Clinic", """
WOUND CARE - follow up #3
Dx: calciphylaxis lower abdomen bilateral, bx 3/14/23 confirmed (calcified arterioles,
von Kossa +). STS IV 3x/wk at HD since 3/16.

Wound A - R lower abdomen: 7x6x0.4 cm, eschar lifting at edges, 40% slough. Necrosis now
extends through the old punch bx site at the medial edge.
Wound B - L lower abdomen: 5x4 cm, thin eschar, periwound purple.

Procedure: Wound A - lifted eschar and loose slough removed (selective sharp debridement),
curette and forceps, 12 sq cm, to bleeding viable tissue. Minimal bleeding, pressure held.
Warm saline-soaked gauze applied to both wounds for 10 min for comfort, then
Hydrofera Blue + ABD pad, binder loosely.
Pain 6/10 during, 4/10 after.

Plan: weekly debridement as needed; continue STS; RTC 1 wk.
"""),
]}

Q12 = {"patient_id": "Q12", "age": 57, "sex": "F", "notes": [
("2026-01-13", "Nephrology HD Rounding Note", """
HD ROUNDS   Pinecrest Kidney Centre   TTS 1st shift
57F, ESRD (chronic GN), HD since 2020 via R AVF. RA (rheum Dr. Ostrowski). T2DM handled with
diet, A1c 6.6; no insulin or pills, ever. No warfarin, no anticoagulant.

S: Burning, exquisitely sore areas on BOTH inner thighs x 3 wks. She denies any fall, bumps,
injections into her thighs, heating pads, ice, or tight clothing / girdle. Sleeps on her back.

O: Pre BP 142/76, wt 80.6, BMI 29.9 (overweight)
Medial thighs bilat: indurated violaceous plaques, reticulate borders (R 6x4, L 5x5 cm),
L with small central black crust.
Labs: PTH 1,020 | Ca 9.9 | phos 7.6

A/P: ?calciphylaxis bilateral thighs.
- urgent derm + biopsy
- sevelamer increase, binder adherence talk, low-Ca bath, cinacalcet 60
"""),
("2026-01-27", "Dermatology Consult", """
DERMATOLOGY CONSULT   Dr. P. Achterberg
57F HD, RA, diet-controlled DM. Painful plaques of both medial thighs since late Dec.

Path 1/20 (R medial thigh punch): subcutaneous arterioles with calcified walls and thrombi,
necrotic fat, panniculitis; calcium shown by von Kossa.
Diagnosis: calciphylaxis, medial thighs bilaterally.

Again reviewed: neither she nor her daughter can recall any thigh injury at all; never
injected there; never heated or iced.

Counselling: keep ice, heat and needles away from the thighs; loose clothing;
if new spots appear anywhere, call the same day.

Plan: nephrology giving sodium thiosulfate on HD days. Wound clinic. Gabapentin 100 after
each run for pain. Rheum notified before any biologic is started.
"""),
("2026-02-10", "Rheumatology Follow-up", """
RHEUMATOLOGY F/U
57F, RA (RF+), HD. New dx: calciphylaxis, medial thighs R+L, bx-proven, on STS.

RA: more MCP swelling since HCQ dose was reduced. In December we had planned to start SC
tocilizumab (weekly pen, thighs or abdomen) - it was never started because of the skin
problem, and is now deferred.

Exam: BMI 29.9. MCP2-3 L swollen. Thigh plaques dressed, not disturbed.

A/P:
1. RA moderate activity. Tocilizumab SC remains deferred. If we do start a SC biologic later,
   injections must go into the abdomen or arms, never the thighs. Meanwhile IA steroid into
   the L wrist could be discussed at next visit.
2. Calciphylaxis - per derm/nephrology.
3. Diet-controlled DM - A1c 6.5, no meds.
RTC 6 wks.
"""),
]}

Q13 = {"patient_id": "Q13", "age": 66, "sex": "M", "notes": [
("2022-04-04", "Sports Medicine Procedure Note", """
SPORTS MED - US-guided subacromial subdeltoid bursa injection, R shoulder
DOS 4/4/2022

66M retired electrician. ESRD, HD MWF via L AVF. T2DM on linagliptin, no insulin. No anticoag.
R rotator cuff tendinopathy / impingement x 5 mo, PT x 8 wks w/ partial benefit.
Exam: painful arc 70-120, Hawkins +, Neer +, strength 5/5 ER/IR. BMI 26.1.

After consent and time-out, pt seated, R arm in modified Crass position. Chlorhexidine.
Linear probe: SASD bursa thickened 2.4 mm over supraspinatus. 25G needle in-plane lateral to
medial, anterolateral acromion approach; triamcinolone 40 mg + 4 mL 1% lidocaine, bursal
spread seen. Band-aid.

Post: pain 6 -> 1/10 with abduction. No complications.
Plan: continue PT, home ex, f/u 6 wks. Glucose check at home next 3 days.
"""),
("2022-05-17", "Nephrology HD Rounding Note", """
HD rounds - MWF
Pre: BP 148/80  HR 72. Post wt 79.4 kg.

S: Shoulder much better after the injection. New sharp pain on the outer part of the R upper
arm, midway between shoulder and elbow, started ~ end of April. Has been sleeping on his L.

O: R lateral upper arm, mid-humerus level: hard 4x3.5 cm plaque, mottled purple, net-like
edge, no break in skin yet. Tender. R shoulder skin itself unremarkable.
Labs: PTH 760 / phosphate 7.0 / Ca 9.6

A/P: painful indurated plaque R upper arm - calciphylaxis until proven otherwise.
- derm this week, punch biopsy
- binder change; cinacalcet 30; lower dialysate calcium
"""),
("2022-05-31", "Dermatology Consult", """
DERMATOLOGY CONSULT
66M HD, DM2 (non-insulin), R shoulder SASD injection 4/4/22.

Lesion: R posterolateral upper arm, mid-arm, onset late April 2022.
Bx 5/20 (R arm): arterioles of the subcutaneous fat calcified and thrombosed, necrotic
fat lobules, von Kossa positive -> calciphylaxis.

Exam: 5x4 cm retiform plaque with 1 cm eschar at the mid R upper arm, roughly 12 cm below the
tip of the acromion. The injection entry point at the anterolateral shoulder is well healed
and normal; the lesion is not at the injection site, and the skin between them is normal.

Impression: calciphylaxis, R upper arm.
Plan: thiosulfate at each HD session; wound care; avoid pressure on R arm; analgesia.
"""),
]}

Q14 = {"patient_id": "Q14", "age": 70, "sex": "M", "notes": [
("2024-02-13", "Rheumatology Follow-up", """
RHEUMATOLOGY - gout f/u
70M, tophaceous gout, ESRD (HD Mon/Wed/Fri), atrial fib - warfarin via INR clinic. No DM. BMI 32.0.

Meds: febuxostat 40 mg, colchicine none (ESRD), pred 5 prn flares.
S: R elbow lump "leaking white stuff" x 2 wks. He admits he props his weight on both elbows on
the armrests of the dialysis chair for most of each run.

O: R olecranon: 3 cm tophus with a 1 cm superficial ulcer draining chalky paste, no erythema
spreading, no fluctuance. L olecranon: 1.5 cm firm tophus, skin intact. Both 1st MTPs with
tophi. Legs: not examined today (pt declined to take off his trousers).

A/P:
1. Ulcerated R olecranon tophus from chronic pressure - not infected. Dressing, pad the
   armrest, consider surgical debulking. Not calciphylaxis; this is tophaceous material.
2. Urate 7.8 - febuxostat up to 60 mg.
"""),
("2024-03-05", "Dermatology Consult", """
DERMATOLOGY CONSULT
70M HD pt, gout, warfarin.

1) BOTH CALVES: painful dusky patches for ~3 wks, now with necrotic centres. He recalls no injury
to either leg; has never worn compression stockings; no injections there. Exam: R calf 6x4 cm,
L calf 5x5 cm
retiform purpuric plaques with black eschar centrally. Punch bx L calf taken today.

2) LOW BACK: 8x6 cm area of blistered, peeling skin over the lumbar region; he dozed off
lying on a heating pad 2 wks ago. Superficial partial-thickness thermal burn; not retiform,
no livedo; not calciphylaxis.

3) R ELBOW: known ulcerated tophus, rheum following.

Impression: suspected calciphylaxis of both calves; burn on the low back; tophus at elbow.
Plan: path 1 wk; silver sulfadiazine to the burn; no more heating pad.
"""),
("2024-03-26", "Wound Care Clinic", """
WOUND CARE
Dx: calciphylaxis both calves, biopsy 3/5/24 (calcified subcutaneous arterioles, von Kossa +).
Also low-back thermal burn (healing) and R olecranon tophus ulcer - neither is calciphylaxis.

Calves: R 6.5x4 cm, L 5.5x5 cm, adherent eschar, surrounding livedo. Pain 7/10.
Low back: re-epithelialised, pink.
R elbow: 0.8 cm ulcer, chalky base, armrest padded now.

Tx: calves - hydrogel, nonadherent contact layer, light gauze wrap (no compression);
elbow - foam.
STS with HD started 3/11. Warfarin -> apixaban discussed with cardiology, switching this week.
RTC 1 wk.
"""),
]}

PATIENTS = [Q08, Q09, Q10, Q11, Q12, Q13, Q14]
