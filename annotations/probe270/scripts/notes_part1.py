"""probe270 corpus notes, U01-U07 (transitional-care calls after discharge and the notes around them; all invented)."""

U01 = {"patient_id": "U01", "age": 66, "sex": "F", "notes": [
("2023-09-13", "Discharge Summary", """
DISCHARGE SUMMARY -- Larchmont Regional Medical Center
Pt: 66 F    Admit 09/08/2023    D/C 09/13/2023    Attending: T. Vasquez-Lindqvist MD

Principal dx: hyperosmolar hyperglycemic state, type 2 DM now needing insulin
Other: ESRD; dialysis Mon-Wed-Fri (Fenwick unit) (L arm AVF), HTN, hypothyroidism, obesity

Hospital course: glucose 612 at triage. Insulin gtt x 36 h, then basal/bolus. Converted to
insulin glargine 14 units nightly. Her very first SC glargine was given 9/11 by the floor
RN, lateral aspect of the R thigh, and she has self-injected that same spot under supervision
since -- says her belly got "too sore" from the heparin shots of the first two days.
Dialysis kept to schedule while inpatient.
Skin at d/c: intact; no wounds or pressure areas found.
Ht 165cm / Wt 90.1kg / BMI 33.1
Anticoag: SC heparin ppx stopped at d/c. Never on warfarin.
F/u: TCM call in 48 h, PCP 1 wk, HD Friday.
"""),
("2023-09-15", "TCM Telephone Call (RN)", """
TRANSITIONAL CARE -- 2 BUSINESS DAY CALL
Reached pt on first attempt, identity confirmed (name + DOB). Home from Larchmont 9/13.

[x] meds picked up  [x] glucometer + strips  [x] pen needles  [ ] sharps box (getting it Sat)
FSBG this a.m. 188, last night 240.
Q: Where are you giving your Lantus?
A: "Same as in the hospital, the outside of my right leg. Easiest spot for me to see."
RN went over rotating within the thigh and using the other leg or the abdomen; pt repeated
it back but says she'll "probably keep to the right side, it's what I know."
Q: Any new sores, redness or swelling anywhere? A: "No. Just wiped out after dialysis."
Red flags (BG >300 or <70, SOB, CP, fever) reviewed with teach-back.
Appts: PCP Dr. Haldane 9/20 @ 10:15, endocrine 10/04.
Call time 16 min.
"""),
("2023-10-20", "Dermatology Consult", """
DERMATOLOGY -- NEW CONSULT (sent by Fenwick HD unit)
66F, ESRD/HD, DM2 on glargine since Sept.

HPI: tender knot on the R outer thigh, first noticed Oct 6, black in the middle now;
burns 9/10, worst overnight. She still gives her glargine into that thigh every
evening -- "the needle goes in right around there."
Exam: R lateral thigh -- 5.5x4cm dusky-violet, board-firm plaque, central adherent eschar,
lacy livedo rim. L thigh and abdomen clear. Wt 88.0kg.
Path (punch, 10/13/23): Ca++ deposited in walls of tiny subcut vessels, thrombus in lumens,
necrotic fat lobules; reads as calciphylaxis.

Assessment: Calciphylaxis, path-confirmed, on the R lateral thigh within her glargine zone.
- no more glargine into the R thigh; use the abdomen
- thiosulfate 25g, run by the HD RN thrice weekly (nephrology aware)
- hydrogel + nonadherent contact layer, change daily; rtc 2 wks
"""),
]}

U02 = {"patient_id": "U02", "age": 59, "sex": "M", "notes": [
("2019-12-27", "TCM Telephone Call (RN)", """
TCM OUTREACH CALL -- post-discharge day 4
D/C 12/23/2019 from St. Brannock Hospital (K+ 7.1 following a skipped run).
Spoke w/ pt, wife on speaker. 59 yo M, ESRD, HD TTS at Quarry Hill Dialysis.

Checklist
 - HD Thursday attended? Y, full 4 hrs
 - potassium diet sheet reviewed? Y, re-mailed
 - NEW patiromer 8.4 g daily -- picked up? Y
Symptoms: "Cramps something awful at night in my right calf." Since Christmas Eve he has
put a frozen-peas bag over the R calf as his ice pack at bedtime; a couple of nights the peas
were still on the leg, thawed, when he woke.
RN advice: never ice directly on bare skin, wrap in a towel, 15-20 min max; tell HD nurse
about the cramps (dry wt may be too low).
Not diabetic per chart. No blood thinner now -- warfarin was discontinued 2015 (GI bleed).
Next call 1/3/20.
"""),
("2020-01-29", "Dialysis Unit Rounding Note", """
HD ROUNDS -- Quarry Hill Dialysis, chair 11
S: very painful sore, back of R calf; per pt it was a hard purplish lump roughly 2 wks ago,
open since the weekend. Still putting the frozen peas on that calf nightly for cramps.
O: pre-tx BP 162/88. EDW 78.5kg, BMI 26.9.
Right posterior calf: 3x2cm ulcer w/ black eschar; retiform purpura, firm surround.
Other leg, trunk: nothing.
Labs: Ca/PO4/PTH 9.6/7.9/1140, albumin 3.2
A/P:
1) R calf ulcer -- high suspicion for calciphylaxis w/ this phos/PTH. Urgent derm for bx.
   Stop the frozen peas. thiosulfate 25g IV, last hr of each run, pending bx.
2) SHPT: up-titrate cinacalcet; calcium acetate -> sevelamer.
"""),
("2020-02-06", "Dermatology Clinic Note", """
Dermatology clinic, Wessex Park Skin Associates
Follow-up after punch biopsy 31-Jan-2020 from the R calf.
Path: medial-layer calcification + thrombosis of small dermal/subcutaneous arterioles,
septal panniculitis. Dx: calciphylaxis.
Exam today: R posterior calf ulcer 3.4x2.2cm, eschar, livedo at the margin. LLE clear.
Comment: the ulcer sits precisely on the skin he has chilled with the peas nightly
from 12/24 onward. Freezing injury to vessels that were already calcified
may well have set this off.
Plan:
- continue STS with each HD
- gentle wound care: collagenase to the eschar edge, silicone contact layer, gauze
- no ice or heat on either leg
- pain regimen through nephrology; return 3 weeks
"""),
]}

U03 = {"patient_id": "U03", "age": 72, "sex": "F", "notes": [
("2021-11-05", "Pharmacist Post-Discharge Call", """
CLINICAL PHARMACIST -- POST-DISCHARGE MED REC (telephone)
72 F, discharged 11/02/21 from Meridale General (PD peritonitis, IP cefazolin).
Identity verified. Went through the AVS line by line w/ pt and her grandson.

CONTINUED: warfarin 3 mg daily (AF), INR at discharge 2.6; linagliptin 5 mg for DM2;
calcitriol 0.25mcg; sevelamer 800mg with each meal; amlodipine 10 mg.
NEW: IP cefazolin via PD unit through 11/12.
OTC / non-drug: acetaminophen 650 q6h prn; electric heating pad on her L hip for arthritis
pain every night since October, "on medium, tucked under the blanket."
No insulin, never has been.
Counseled: no sleeping on the heating pad, use one with auto shut-off; cefazolin can push
the INR up -- recheck 11/8.
Adherence: weekly pill organizer filled by grandson. 22 min.
"""),
("2021-12-03", "PD Clinic Nephrology Note", """
PERITONEAL DIALYSIS CLINIC
72F, ESRD (diabetic nephropathy), on the cycler 5 exch nightly. BMI 36.2.
Interval: peritonitis resolved, repeat effluent cultures negative.
New: painful hard area over the outer L hip, first noticed on Thanksgiving, darker since.
Exam: PD exit site clean, tunnel nontender.
Lateral L hip, trochanteric area: ~6x5cm dusky violaceous plaque, firm, with
a retiform edge, exquisitely tender. R hip normal.
Labs: iPTH 88 (low!), Ca 10.1 corr, PO4 6.4; INR 2.9 on warfarin
Assessment/plan:
- suspect calciphylaxis (warfarin, PD, DM, obesity, low PTH) -- urgent derm, bx
- stop the heating pad
- hold calcitriol; binder sevelamer only
- will discuss STS with derm once bx back
"""),
("2021-12-10", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Reason: L hip plaque, ?calciphylaxis. Telescoping punch biopsy done in clinic on 12/6.
Path: calcified vessel walls, fibrin thrombi, necrotic fat. This confirms calciphylaxis.
Exam: L lateral hip plaque now 6.5x5cm, new central eschar.
Additional hx: she kept the heating pad on that same hip nightly from October until the PD
nurse told her to stop; the plaque outline matches where the pad sat.
Impression: calciphylaxis, L hip, most likely set off by chronic local heat.
- warfarin -> apixaban (cardiology agrees)
- STS per nephrology
- cadexomer iodine to eschar margins, foam cover
- see again in 2 wks w/ photos
"""),
]}

U04 = {"patient_id": "U04", "age": 54, "sex": "M", "notes": [
("2022-03-18", "Discharge Summary", """
DISCHARGE SUMMARY -- Corrigan Memorial Hospital
54 M. Admitted 3/9/2022, discharged 3/17/2022.
Dx: calciphylaxis -- abdominal wall, L lower; incisional bx 3/11 diagnostic.
Background: ESRD on in-center hemodialysis; DM2 on insulin (Lantus and Humalog pens, which
go in over each triceps); HTN; OSA on CPAP; morbid obesity, BMI 44.8.
HPI: painful firm purple patch on his pannus, L side, onset around March 2nd,
ulcerated by the time he came in. It lies in the deep groove left by his work trousers,
which he has worn belted tight under the pannus for years.
Course: sodium thiosulfate with each dialysis; sevelamer; cinacalcet begun; pain managed w/ IV
hydromorphone then PO oxycodone.
Wound at d/c: L lower pannus, stellate necrotic eschar 9x6cm, no cellulitis.
Plan: home health wound RN three times weekly, TCM call, derm in 4 wk.
"""),
("2022-03-21", "TCM Telephone Call (RN)", """
TCM CALL - RN outreach
D/C 3/17/22 from Corrigan Memorial; this is business day 2. Pt answered.
Q: How is the pain? A: "Bad when I stand up. Like a hot knife in the fold of my belly. 7 out of 10."
Q: Did home health come? A: "Yeah, the wound lady came Saturday, she's coming back tomorrow."
Q: Are you still wearing the tight work pants? A: "No ma'am. Got suspenders and bigger pants
like the doctor told me."
Meds reviewed: oxycodone 5mg every 6 h prn (20 tabs left); Lantus 40 u qHS; Humalog per
scale; sevelamer 1600mg w/ meals.
HD Wed attended, got his STS.
[x] red flags: fever, spreading redness, new sores, BG > 300
[x] appts: PCP 3/28, derm 4/12
Teach-back adequate. 14 min.
"""),
("2022-04-12", "Dermatology Follow-up", """
DERMATOLOGY F/U -- calciphylaxis, abdominal wall
Seen about 3.5 weeks after discharge. Tolerating STS with HD.
Exam: L lower pannus eschar now 8x5.5cm, edges softening and lifting, pink granulation
at the inferior rim, less surrounding induration. No new lesions on the upper arms (his
insulin sites), thighs or buttocks.
Weight 141kg -> BMI 44.1.
Impression: calciphylaxis along the waistband pressure line, slowly improving.
Plan:
- no tight belts or waistbands; suspenders only
- continue STS TIW, sevelamer, cinacalcet
- collagenase + bordered foam daily by home health
- recheck in 4 weeks
"""),
]}

U05 = {"patient_id": "U05", "age": 61, "sex": "F", "notes": [
("2024-06-12", "TCM Telephone Call (RN)", """
TCM TELEPHONE CONTACT
Admitted 06/03/24, discharged 06/10/24 from Halvorsen Heart Institute, NSTEMI, managed medically.
61 F, ESRD on HD TTS at Brightwater Kidney Center; diabetes, diet-controlled, no insulin.
Med rec: NEW clopidogrel 75, atorvastatin 80, metoprolol succinate 25. ASA continues.
No anticoagulant.
Q: Any chest pain since you got home? A: "None at all."
Q: Any trouble with your skin? A: "Only my left breast. It's red and raw where all that tape
was, from the heart monitor wires. They first taped those wires down on June 3rd when I came in,
and kept re-taping the whole time; it stung every time they pulled it off."
RN: wash gently, pat dry, skip lotions; phone us if it opens up or weeps.
Cardiac rehab referral sent. Cardiology f/u 7/1.
"""),
("2024-07-09", "Dermatology Consult", """
DERMATOLOGY CONSULT
Referred by her HD unit for a painful L breast wound.
HPI: 61F on HD. Started ~3 weeks ago: a tender, hard nodule low on the outer L breast,
then a purple net pattern, now open. This is the skin where cloth tape held down her
telemetry leads during the June admission; it was stripped raw more than once.
Exam: inferior L breast -- ulcer 4x3cm, eschar black, retiform purpura in a ring around
it, indurated on palpation. R breast normal. BMI 29.5 (overweight).
No warfarin. Phos 7.4 last month.
Procedure: 2 punches (4mm each) taken from the purpuric rim.
Impression: strongly suspect calciphylaxis. Will call with path; wound care meanwhile with
petrolatum gauze and a soft silicone foam.
"""),
("2024-07-16", "Dialysis Unit Physician Note", """
NEPHROLOGY -- HD PHYSICIAN NOTE, Brightwater
Derm biopsies of the L breast (7/9) came back: small arterioles in subcut
fat calcified and thrombosed, plus panniculitis = calciphylaxis.
Pt tearful, pain 8/10 at night.
Plan:
- thiosulfate (25g) into the venous line toward the end of each TTS treatment, from today
- calcium acetate stopped -> lanthanum
- cinacalcet 30 mg daily, PTH recheck 4 wks
- gabapentin 100 mg post-HD; oxycodone 2.5 mg prn breakthrough
- derm following the wound; HD RN to photograph weekly
Discussed with pt and husband.
"""),
]}

U06 = {"patient_id": "U06", "age": 70, "sex": "M", "notes": [
("2025-03-06", "Discharge Summary", """
HOSPITAL DISCHARGE SUMMARY
70 M | Admitted 28 Feb 2025 | Discharged 6 Mar 2025 | Pinecrest Valley Hospital
Dx: acute on chronic HFpEF with volume overload; ESRD on HD (MWF).
Other: DM2 on insulin glargine (abdomen), paroxysmal AF on warfarin, OSA.
Course: two extra UF sessions, 6.2 kg off. Warfarin held one night for INR 3.6, resumed.
Exam at d/c: lungs clear, trace ankle edema; skin on the legs intact bilaterally, no ulcers.
Wt 92.4kg, BMI 28.3.
D/C meds: warfarin 2.5mg once daily (target INR 2-3), glargine 22 u qHS, metoprolol,
midodrine before HD.
Going home with his wife by car. TCM call in 2 business days.
"""),
("2025-03-10", "TCM Telephone Call (RN)", """
TCM CALL -- 2nd business day
Spoke with pt and wife Irma. D/C 3/6.
Home wt 92.0 kg, no SOB, sleeping on 2 pillows.
Q: Any falls or injuries since you got home?
A (wife): "Getting out of the car the day we came home he scraped his left shin, the front
part, on the door frame. It bled a bit -- he's on the blood thinner -- so I put a bandage on it."
RN: by description a superficial scrape ~2 cm, no active bleeding. Keep clean, watch for
redness; INR will be drawn at HD Thursday.
Insulin: glargine 22 u at bedtime into belly, BG 110-160.
F/u PCP 3/14, cardiology 3/20.
"""),
("2025-04-01", "Dialysis Unit Rounding Note", """
NEPHROLOGY -- HD ROUNDING NOTE
70M on HD MWF, warfarin for pAF.
New problem: painful non-healing ulcer, L front of shin. Pt: "it started going black
about 2 weeks ago, right where I scraped it on the car door."
Exam: L mid-anterior shin 2.5x2cm ulcer -- dry, black eschar; rim violaceous and
indurated; livedo fanning out ~3 cm. Other leg unremarkable. DP/PT signals on doppler.
Labs: CaxP product 68, PTH 870, INR 2.7.
Imp: calciphylaxis ?? vs a plain traumatic ulcer that warfarin keeps from closing.
Plan: derm to see + biopsy within days; discussed stopping warfarin w/ cardiology;
nonadherent dressing meanwhile.
"""),
("2025-04-09", "Dermatology Note", """
DERMATOLOGY
Punch bx L shin 04/03/2025: calcium in subcutaneous arteriolar walls with intimal
hyperplasia and thrombosis -- calciphylaxis.
Lesion: L anterior shin, right on the car-door scrape of 3/6, now 3x2.5cm.
Warfarin stopped 4/4; on apixaban per cardiology.
Plan:
- STS at every HD session
- stop calcium carbonate
- nonadherent dressing + light gauze wrap, no compression
- referral offered for hyperbaric oxygen; he'll decide after talking to his son
- pain: acetaminophen scheduled, oxycodone 2.5 mg prn; avoid NSAIDs
Wife shown the dressing change, return demo ok. F/u 2 wks with photos.
"""),
]}

U07 = {"patient_id": "U07", "age": 49, "sex": "F", "notes": [
("2022-07-12", "Pharmacist Post-Discharge Call", """
POST-DISCHARGE PHARMACY CALL
49 F on CCPD, discharged 7/9/2022 from Ashgrove University Hospital after symptomatic
anemia (Hgb 6.9, 1 unit PRBC).
NEW: darbepoetin alfa (Aranesp) 40mcg subcut q14 days. First dose was given on the ward
07/08/2022 into the R upper arm (its back surface). Husband Tomasz was shown how to do the
following doses at home, again in the R arm -- she prefers the R arm, "the left is the one I
sleep on."
NEW: ferric citrate 1 g TID with meals, replacing calcium acetate.
CONTINUED: amlodipine 5 mg, carvedilol 12.5 mg BID.
No diabetes, no insulin, no anticoagulants.
Reviewed fridge storage, sharps, missed-dose plan. Next Aranesp due 7/22.
"""),
("2022-08-30", "PD Clinic Nephrology Note", """
PD CLINIC -- monthly visit
No peritonitis since May; Kt/V 1.9. Wt 63.4kg, BMI 24.0.
Hgb 9.8 on Aranesp, husband giving the doses at home into the R arm.
New c/o: tender purple patch on her R arm, posterior side, since Aug 22 -- "like a pebble
stuck under the skin."
Exam: firm violaceous plaque 4x3cm, R arm -- triceps side, mid-humerus
level -- with a livedoid border, not ulcerated. L arm clear. Exit site clean, no tenderness.
Labs: PTH 410; Ca 10.4; phosphorus 6.8
Impression: worried this is calciphylaxis at the Aranesp injection site -> derm biopsy this week.
Next ESA dose to go IV here in clinic rather than SC.
"""),
("2022-09-08", "Dermatology Note", """
DERMATOLOGY
Dx: calciphylaxis, posterior R upper arm, confirmed on punch biopsy 9/1/22 (mural
calcification of vessels, thrombi, necrotic fat).
This is the same patch of skin where the darbepoetin has gone in since 8 July.
Exam: plaque now 5x3.5cm with a small central erosion; no other lesions. Wt 62.9kg.
Plan:
- stop all SC injections into both arms
- STS per nephrology
- silicone foam to the erosion, analgesia
- photos each visit; rtc 2 wk
Husband asked if he did something wrong with the shots -- reassured; technique was fine.
"""),
]}

PATIENTS = [U01, U02, U03, U04, U05, U06, U07]
