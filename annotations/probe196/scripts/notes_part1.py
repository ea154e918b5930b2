"""probe196 corpus notes, D01-D07 (ambulatory surgery centre, pre-anaesthesia clinic and the
clinics around them; every person, place and sentence invented for this corpus)."""

D01 = {"patient_id": "D01", "age": 68, "sex": "F", "notes": [
("2022-03-02", "Pre-Anesthesia Testing Clinic", """
PRE-ANESTHESIA TESTING (PAT) -- Harrowgate Surgery Center
Visit 03/02/2022 | Booked: R knee arthroscopy, partial medial menisectomy | DOS 3/14/22
Surgeon: Okonkwo-Reyes

HPI: 68 yo F, R knee catching/locking x 4 mo. Chronic AF -> warfarin, INR goal
2.0-3.0. CKD stage 3b w/ eGFR 38; has never needed dialysis. Pt volunteers she is
"not diabetic, they checked twice."
Meds: warfarin 5 mg qd, metoprolol succ 50, furosemide 40, calcium carbonate.
Airway: MP II, TMD > 3 FB, own teeth. ASA 3. METs > 4 (climbs 2 flights slowly).
VS: 148/82, HR 71 irreg irreg, SpO2 97% RA. Weight 98.6kg (BMI 36.1).
Labs today: Cr 1.6 | K 4.4 | Hgb 12.2 | INR 2.4

Bridging per anticoag clinic: last warfarin 3/8. Enoxaparin 100 mg SC q12h from 3/9/22,
final dose AM 3/13; pt to give the injections into the lower abdomen. Self-injection taught
today by RN Baptiste w/ return demo.
Anes plan: GA via LMA + surgeon local. NPO after MN, clears until 2 h prior.
"""),
("2022-03-15", "Post-Operative Phone Call", """
POD#1 CALL -- ASC nursing

Reached pt at 10:40. R knee pain 3/10 on acetaminophen. Did not use any ice machine (does
not own one), knee elevated on pillows. ACE wrap dry, no drainage seen by husband.
Ambulating in the house w/ crutches. No N/V, voiding without issue.
Bridging went as instructed -- she self-injected enoxaparin 3/9 through the AM of 3/13,
all into the lower belly. Anticoag: surgeon restarted warfarin last evening; she resumes enoxaparin shots in the belly
tonight until the INR is >2 again, anticoag clinic will phone her Thu.
Pt mentions the skin "where I've been poking myself" feels tender; advised to alternate
sides and stay 2 inches from the navel. She denies redness or drainage there.
F/u w/ surgeon 3/24. Teach-back done, pt voiced understanding.
-- K. Liefeld, RN
"""),
("2022-04-05", "Dermatology Consult", """
DERMATOLOGY -- new consult
CC: "the shots left purple burns on my stomach"

HPI: 68F, obesity, CKD 3b off dialysis, anticoagulated w/ warfarin for AF. Exquisitely sore
purplish zones over the L lower abdomen appeared about two weeks ago and are spreading. For
her R knee scope last month she bridged with enoxaparin; being left-handed, she placed almost
all of the shots in the left half of her lower belly.
Exam: L lower abdomen w/ three stellate retiform purpuric plaques measuring 2-4cm, central
dusky necrosis, livedoid rim, rock-hard and very tender. R abdomen clear. R knee portals
healed. Wt 97.0kg, BMI 35.7.

Impression: calciphylaxis, non-uremic, on warfarin -- a clinical diagnosis; the plaques sit
squarely on her enoxaparin injection sites. 4mm punch taken at the advancing border today
for confirmation (von Kossa requested).
Plan: cardiology agrees to stop warfarin -> apixaban. STS infusions thrice weekly through
the infusion suite, wound RN for dressings, gabapentin low dose.
"""),
]}

D02 = {"patient_id": "D02", "age": 61, "sex": "M", "notes": [
("2019-01-17", "Regional Anesthesia Procedure Note", """
REGIONAL ANESTHESIA PROCEDURE NOTE
DOS 1/17/19 -- R knee arthroscopy w/ chondroplasty (Dr. Vasquez-Lind), Bay 6
Block: single-shot adductor canal block, RIGHT, post-op analgesia

Consent signed, site marked, time-out 07:12 w/ circulating RN; side re-confirmed.
Monitors: ECG, NIBP, SpO2. Sedation: versed 1mg / fentanyl 50mcg.
Chlorhex prep, sterile sleeve on probe. Linear probe over R medial mid-thigh; sartorius and
SFA seen. 22G 80 mm echogenic needle in plane, lat->med. Ropivacaine 0.5% 20 mL given in
5 mL aliquots, aspiration neg each time, spread around artery. No paresthesia, no heme.
Relevant hx: ESRD, HD qMWF, L upper-arm AVF; type 2 DM, takes glargine +
lispro. Holding glucose 164. BMI 28.4.
Complications: none. Pt comfortable, to OR 07:31.
-- P. Anand MD, anesthesiology
"""),
("2019-03-06", "Hemodialysis Rounding Note", """
HD ROUNDS -- Meadowlark Dialysis, chair 14
61M, ESRD (diabetic kidney disease). Runs MWF, L brachiocephalic AVF, 4 h, 2K/2.5Ca bath.

Pt c/o "a deep sore spot inside my right thigh" that started in February and now keeps him
up at night. Checked it in the chair: approx 3 cm dusky stellate area, lacy purple rim,
R medial mid-thigh; he flinches at the lightest touch. No fever.
Labs 3/4 -- Ca/P/iPTH/alb: 9.6/7.4/812/3.3.
Insulin: glargine 18 u qhs + lispro scale, both into the abdomen, he says.
Post-HD weight 84.2 kg; BMI 28.1.

A/P: worried about calciphylaxis w/ this P/PTH. Same-week derm referral. Calcium acetate
out, sevelamer 1600 in (TID w/ food); calcitriol paused; cinacalcet 30 mg started.
Discussed w/ Dr. Hale.
"""),
("2019-03-20", "Dermatology Follow-up", """
DERM f/u -- path review
61 y/o man on HD, sent by nephrology. Lesion R medial mid-thigh noted since February, pain
now 9/10, clothing brushing it is unbearable. Denies falls or bumps; no warm packs and no
ice on that leg, he says.
PE: 5x4cm adherent black eschar R medial mid-thigh with indurated violaceous plaque and
livedo racemosa reaching ~6 cm proximally. Left thigh, belly, buttocks: clear.
Path (punch 3/13, R medial thigh, lesion edge): mural calcium deposits in little
subcutaneous arterioles, intimal thickening, fat necrosis, microthrombi. Dx: calciphylaxis.
Plan: STS 25g IV (last hr of HD, qMWF); wound clinic; pain
service; protect the legs from further trauma.
"""),
]}

D03 = {"patient_id": "D03", "age": 57, "sex": "F", "notes": [
("2020-08-18", "Pre-Anaesthesia Assessment", """
PRE-ANAESTHESIA ASSESSMENT CLINIC
Seen 18-Aug-2020. Listed: R breast excisional bx with wire localisation, DOS 01-Sep-2020.

57 F. ESRD from IgA nephropathy; nightly cycler PD (CCPD) for 3 yrs, catheter exits L abdomen.
Diabetes (type 2) handled with food choices only, last A1c 6.4% -- no tablets,
no insulin. No anticoagulant, never warfarin.
Height 165cm, weight 81.7kg -> BMI 30.0
Airway: MP III, full neck ROM, no dentures. STOP-BANG 4, no sleep study yet.
Labs: K 4.1, Hb 10.6, gluc 118. ECG: SR, LVH voltage.
PD plan: drain out before leaving home on DOS, bring the cycler log.
ASA III. Plan GA w/ LMA, PONV ppx (dex + ondansetron).
Told: no lotion on skin morning of surgery, shower w/ CHG wipes night before.
"""),
("2020-09-02", "Post-Operative Phone Call", """
24 HR POST-OP CALL  09/02/2020

Pt answered on 2nd try. R breast incision dressing intact, scant ooze. Pain 2/10.
Eating fine; PD cycler ran last night w/o alarms.
Pt reports a "raw, blistery patch" on the rear of her L thigh, found when she undressed at
home. OR record: electrosurgical grounding pad placed L posterior thigh.
She describes it as palm-sized, pink, two small blisters, stinging. Most consistent w/ a
superficial burn under the grounding pad.
Incident report filed. Advised bacitracin + non-adherent gauze, keep pressure off it.
Photo sent via portal, surgeon viewed. Call back for spreading redness, fever or pus.
-- T. Marchetti RN
"""),
("2020-10-13", "Dermatology Consult", """
Dermatology -- new patient
57 yo woman on PD, referred by her PD nurse.
Onset 3 weeks ago: a new, stony, purple, very sore area at the L posterior
thigh, inside the grounding-pad burn from her 9/1 breast surgery, which by then had nearly
healed.
Exam: 6x5cm firm violaceous plaque; black central eschar; retiform edge; L posterior thigh.
The rest of the old burn has re-epithelialised. R thigh, buttocks and abdomen around the PD
exit site without lesions.
Impression: calciphylaxis, clinically -- it has arisen within the electrosurgical burn, a
textbook Koebner-type site. 6 mm punch from the margin today.
Plan: notify PD unit, review Ca/PO4/PTH, start pain control, wound care.
"""),
("2020-10-27", "Peritoneal Dialysis Clinic", """
PD CLINIC -- monthly visit, Lantern Hill Home Dialysis
Pt seen w/ husband. Biopsy from the L posterior thigh: calcific uremic arteriolopathy,
confirmed (vessel wall calcification, thrombosed capillaries, von Kossa +).
Pain 7/10 at the thigh wound, oxycodone 5 mg bid prn helping some.
CCPD: five 2L cycles overnight, long day dwell w/ 1L icodextrin. Kt/V (wkly) 1.90. Exit site
clean, no tenderness.
phos 6.8(H), PTH 540(H), alb 3.1(L), corrected calcium 9.9
BMI 30.0 (stable). Diet-controlled DM -- A1c 6.3.
Plan: IV thiosulfate 25g, 3 doses weekly, infusion center; calcium carbonate stopped, lanthanum
started; raise dialysate dose -- add extra daytime exchange. Wound RN weekly.
"""),
]}

D04 = {"patient_id": "D04", "age": 72, "sex": "M", "notes": [
("2023-06-06", "Intraoperative Nursing Record", """
PERIOPERATIVE NURSING RECORD -- OR 3, Larchmont Ambulatory Surgery Ctr
06/06/2023  Proc: arthroscopic R rotator cuff repair + SAD
Anes: GA/ETT; R interscalene block done in pre-op bay.

Position: L lateral decubitus on vacuum beanbag, axillary roll, L arm on padded board,
R arm in traction sleeve (10 lb). Pillow between knees. Bony points padded: L lateral hip
and L ankle on gel pads.
Times: in room 07:55, incision 08:41, closure 11:47, out 12:06 -- about 3 h 50 min lying
on the L side.
Post-op skin check: pink blanching redness over L lateral hip, reported to PACU RN.
Chart hx: ESRD, HD qTTS; warfarin until 2019, now apixaban (held x 48 h).
Counts correct x 2. Specimens: none.
-- R. Obuya RN, circulator
"""),
("2023-06-27", "Wound Care Clinic", """
WOUND CARE CENTER -- new pt
72M on HD, sent by nephrology. Pain over the L hip started ~10 days ago; first a purple
blotch, since then the skin has opened.
Wound: 4.0x3.5x0.2cm ulcer capped by black eschar, L lateral hip (trochanteric
area), ringed by retiform purpura and a hard violaceous border. No tunnelling, no
odour, no pus. Pain 9/10, far worse than its appearance suggests.
Other: R shoulder in a sling after surgery 3 wks ago; sleeps in a recliner on his back.
104kg, BMI 33.4.
A/P: calciphylaxis is high on the list vs. a deep-tissue pressure injury. Derm bx request,
offload the hip, silicone foam, no sharp debridement for now.
"""),
("2023-07-11", "Nephrology Clinic", """
NEPHROLOGY OFFICE NOTE
ESRD secondary to hypertensive nephrosclerosis; HD qTTS via R arm AVF, dry wt 103.5 kg.
Derm punch bx 6/30/23 from the L lateral hip: calcified media of subcutaneous arterioles,
luminal thrombi, panniculitis -- calciphylaxis confirmed.
Not diabetic. Anticoag: warfarin taken 2014-2019 for AF, converted to apixaban since.
BMI 33.4 -> 33.1.
Labs: albumin 3.4(L), PTH 690(H), phosphorus 6.1(H), Ca 9.4 --
Plan: STS 25g IV with every HD; calcium-based binder stopped -> sevelamer 2400 TID;
cinacalcet up to 60 mg; each session lengthened by half an hour (to 4.5 h).
Wound visits 2x/wk. Palliative care intro for pain.
"""),
]}

D05 = {"patient_id": "D05", "age": 64, "sex": "F", "notes": [
("2023-07-11", "Intraoperative Record", """
INTRAOP RECORD -- Pinecrest Surgical Suites, Room 2
7/11/2023 Procedure: removal of symptomatic hardware, L lateral ankle (plate + 6 screws)
Anes: GA w/ LMA; popliteal block declined by pt.

Supine, small roll beneath L hip. Pneumatic tourniquet on the L upper thigh, 34 in cuff
over 2 layers of cast padding, inflated 300 mmHg at 09:02, down 10:26 (84 min).
Electrosurgical pad R flank. SCD on R calf.
Skin prep chlorhex to mid-thigh. Closure 3-0 nylon. Dressing: xeroform, ABD, ace.
Pt hx: ESRD on HD qMWF (R IJ tunneled cath); T2DM, glargine 30u nightly.
BMI 41.2. Glucose 187 pre-op, 12 u regular insulin SC given per protocol.
-- circulating RN D. Asante
"""),
("2023-09-19", "Post-Operative Clinic Visit", """
ORTHO / ASC POST-OP VISIT
Seen 9/19/23, ~10 wks s/p L ankle hardware removal. Incision healed, sutures out long ago,
ankle ROM improving.
New issue: a painful hard purple band high on the inner/front L thigh. She first noticed it
late this summer, a few weeks after surgery, and she rates it worse than the ankle pain
ever was.
Exam: 12 cm curved band of indurated violaceous plaque with two black eschars (1.5cm,
2cm), L proximal thigh, following the exact line where the tourniquet cuff sat. No
fluctuance.
A/P: this is not a simple tourniquet bruise; on HD w/ high phos -> concerned for
calciphylaxis. Same-day call to her nephrologist, derm appt made.
"""),
("2023-10-03", "Dermatology Consult", """
DERMATOLOGY
64F (HD, insulin-requiring T2DM, BMI 41.0 -- obese).
Reason: L thigh plaques.
Findings: curvilinear indurated violaceous plaques w/ 2 eschars and surrounding livedo,
L proximal thigh, a band matching the tourniquet site from her 7/11 ankle surgery.
R thigh, abdomen, buttocks spared.
Path (incisional bx 9/26): calcium crust lining subcutaneous arteriole walls;
fibrin thrombi; fat necrosis. Diagnosis -- calciphylaxis.
Impression: L thigh calciphylaxis, developing in the skin compressed by the pneumatic
tourniquet.
Plan: STS with HD, binder switch per renal, wound care, avoid cuffs/compression on the
thighs.
"""),
]}

D06 = {"patient_id": "D06", "age": 55, "sex": "M", "notes": [
("2021-03-02", "Brief Operative Note", """
BRIEF OP NOTE
Date: March 2, 2021   Surgeon: A. Drozdov   Asst: PA Kimura
Pre/post-op dx: symptomatic cholelithiasis
Procedure: laparoscopic cholecystectomy
Anesthesia: GA/ETT
Ports: 12mm umbilical (Hasson, open), 5mm epigastric, 5mm x2 in the R upper quadrant
(midclavicular subcostal and anterior axillary).
Findings: distended GB, multiple stones, critical view obtained.
EBL <10 mL. No drains. Specimen: GB to path.
Skin: subcuticular 4-0 Monocryl, then Dermabond.
Pt on HD qMWF (L forearm fistula); last run yesterday, AM potassium 4.6. T2DM on
sitagliptin.
Dispo: PACU then home if tolerating PO; renal aware.
"""),
("2021-04-27", "Post-Operative Clinic Visit", """
GENERAL SURGERY POST-OP
55M, 8 wks after lap chole. Umbilical, epigastric and medial RUQ port sites healed flat.
Pt reports the lateral R upper quadrant port site "turned black" in early April and has
become more painful each week, 8/10, wakes him up.
Exam: 3.5 cm stellate necrotic plaque w/ eschar centred on the anterior axillary port scar,
R upper quadrant abdomen, surrounded by a violaceous mottled rim; no erythema streaking, no
drainage, no hernia.
Labs via HD unit: PO4 7.9, PTH 1020.
A/P: lesion at the R lateral port site in an HD pt w/ poor mineral control -- concern for
calciphylaxis rather than infection. No antibiotics. Urgent derm bx, renal informed.
BMI 27.0.
"""),
("2021-05-11", "Dermatology Procedure Note", """
DERM -- bx result visit
Punch bx 5/4 of the R upper quadrant abdominal port-site plaque: widespread calcium in
small/medium-sized subcutaneous vessels, thrombi, necrotic fat = calciphylaxis.
Discussed w/ pt and wife; the disease settled into his surgical port scar.
Exam today: plaque now 4x3cm, eschar firm, no new lesions elsewhere; thighs and flanks
examined and clear.
Hx: ESRD on HD, T2DM (sitagliptin, no insulin), no warfarin ever.
Plan: sodium thiosulfate w/ dialysis (renal ordering), expedited parathyroid surgery eval,
wound care, enzymatic debridement only if it softens.
"""),
]}

D07 = {"patient_id": "D07", "age": 70, "sex": "F", "notes": [
("2024-11-26", "Regional Anesthesia Procedure Note", """
REGIONAL BLOCK NOTE -- Eastbrook Outpatient Surgery
11/26/24  Surgery: L 1st MTP cheilectomy (Dr. Pell)
Block: L popliteal sciatic (US, lateral approach) + L saphenous via the adductor canal.
Time-out done, side marked on the L knee by surgeon.
Ropivacaine 0.5%: 20 mL sciatic, 10 mL saphenous; aspiration neg, no paresthesia.
Hx: ESRD -- HD qTTS; DM2 on detemir 14u + aspart; AF on warfarin, INR today 1.8.
BMI 29.9.
Discharge teaching: the L leg may stay numb up to 24 h -- fall risk, use the walker and
boot, have someone with her overnight. Written handout given to daughter.
-- L. Ferreira-Gomes MD
"""),
("2024-12-02", "Post-Operative Phone Call", """
POST-OP CALL (delayed -- holiday weekend)
Spoke w/ pt and daughter. L foot dressing intact, minimal pain, wearing the post-op shoe.
Block wore off Wed night.
Fell? -- no fall, but on the Friday after Thanksgiving she turned in bed and grazed her
L shin, front side, on the metal bedframe; leg still a bit numb so she barely felt
it. Daughter says small raw scrape L shin, front, cleaned w/ soap & water, bandaid.
No fever. Walking w/ walker.
RN advised to watch the scrape, keep it covered, call if red/draining, and to tell the
dialysis unit. F/u Dr. Pell 12/10.
-- J. Whitcombe RN
"""),
("2025-01-14", "Dermatology Consult", """
DERM CONSULT (from HD unit)
70F, HD pt w/ insulin-requiring diabetes and AF (warfarin). Painful L anterior shin ulcer
since around Christmas; went from a red-purple nodule to an open sore within a week.
Exam: 3x2.5cm punched-out ulcer with black eschar, L anterior shin, in a 9 cm field of
retiform purpura; dependent livedo both ankles. R leg intact. L 1st MTP incision healed.
Path (punch 1/7/25, L shin): calciphylaxis (stippled calcium in subcutaneous arterioles,
thrombosis, necrotic fat).
Impression: calciphylaxis, L lower leg, on warfarin.
Plan: warfarin to apixaban (cardiology agrees), STS at HD, wound clinic, leg elevation.
BMI 29.9.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
