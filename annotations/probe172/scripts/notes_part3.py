"""probe172 corpus notes, D15-D20 (grand rounds, M&M and the clinics around them; all invented)."""

D15 = {"patient_id": "D15", "age": 59, "sex": "M", "notes": [
("2024-03-12", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - Ashcombe Home Therapies
59M, ESRD (DM nephropathy), APD since 2022, Tenckhoff exit site R upper
quadrant. DM2; Lantus 30 u nightly, which he gives himself in the
lower abdomen, mostly the L lower quadrant (away from the catheter).

S: 3 wks of sore lumps in the L lower belly where he injects. Afebrile,
bags draining clear, belly otherwise comfortable.
O: 144/82, 78, 104 kg -> BMI 33.0. Exit site: no erythema.
L lower quadrant: 2-3 firm tender SC nodules 1-2 cm, faint violaceous
mottling over one. No ulcer.
Labs 3/5: PTH 720, PO4 6.4, Ca 9.9 mg/dL, albumin 3.1; A1c 8.2.
PET/adequacy Feb: wkly Kt/V = 1.8 (goal > 1.7)

A/P:
1. LLQ nodules at his insulin spots - lipohypertrophy? panniculitis?
   With MBD this poor, early calciphylaxis remains possible. Derm
   referral (urgent). Move injections to the thighs meanwhile.
2. MBD: increase sevelamer; start cinacalcet.
3. PD adequate.   -- Dr. F. Nakashima-Bray
"""),
("2024-04-02", "Dermatology Consult", """
DERMATOLOGY CONSULT
59M on APD, DM2 on insulin, BMI 33.

HPI: 6 wks of tender LLQ nodules, at his former insulin sites;
since moving injections to the thighs, no new nodules. Pain 5/10.
Exam: LLQ - three deep tender nodules (largest 2.5 cm), faint livedo over
them; no retiform purpura, no necrosis, no ulcer. Thigh injection sites normal.

Assessment: ddx panniculitis (lipodermatosclerosis-like); insulin
lipohypertrophy complicated by fat necrosis; early calciphylaxis - this
last one I cannot exclude on PD with phos 6.4 and PTH 720.
Plan: recommended deep incisional biopsy w/ von Kossa. Pt declined
biopsy today ("I've been cut enough"); will reconsider. Warm compresses
NOT advised. Back in 4 wks, sooner for any ulcer or black area.
-- Dr. I. Verhoeven
"""),
("2024-08-21", "Nephrology M&M Conference Summary", """
NEPHROLOGY DIVISION M&M - August 2024
Case: death from PD peritonitis (Candida) in a 59-yo man

Background: ESRD from DM nephropathy, APD since 2022, insulin-treated,
BMI 33. From Feb 2024, tender LLQ nodules where he injected insulin,
thought possibly to be early calciphylaxis; derm
recommended biopsy, which he declined twice; the nodules were stable
and never ulcerated. Calciphylaxis was therefore never confirmed.

Event: 7/28 cloudy effluent -> bacterial peritonitis treated IP
vancomycin/ceftazidime; 8/5 fungal superinfection, catheter removed 8/6,
temp HD via R IJ line; septic shock 8/9, died 8/11. Autopsy declined.

Discussion:
- antifungal prophylaxis (oral nystatin/fluconazole) with antibiotic courses
  for peritonitis had not been prescribed - protocol gap
- abdominal wall nodules: a missed chance to establish the dx, though
  they did not contribute to death
Action: add fungal prophylaxis prompt to PD peritonitis order set.
"""),
]}

D16 = {"patient_id": "D16", "age": 68, "sex": "M", "notes": [
("2016-05-03", "Emergency Department Note", """
ED NOTE - St. Brennock's
CC: "the end of my penis is turning black"

68M. Dialysis: St. Brennock's unit, 3x/wk. Diabetes (type 2) - no meds,
A1c 6.6. AF -> warfarin. PVD.
Recent admission 4/11-4/20 for CHF w/ indwelling Foley x 8 days.
5 days of glans pain, now dark discoloration. Voiding OK. No fever.
Exam: T 37.2, HR 84 irreg, BP 136/70. BMI 25.5.
Glans penis: 2 x 1.5 cm dusky-black dry area, tender, surrounding
violaceous rim; no crepitus, scrotum and perineum normal, no drainage.
Labs: WBC 8.1, INR 2.9, Ca 9.8, Phos 7.5, lactate 1.1.
CT pelvis: no soft-tissue gas; dense vascular calcification incl. penile
arteries.

MDM: glans necrosis; dialysis; warfarin; calcified vessels -
?penile calciphylaxis vs ischemic necrosis from PVD/low flow. Fournier's
doubtful: CT without gas, nothing crepitant, no fever.
Plan: urology consult, admit obs, pain control.   -- Dr. C. Lemaire
"""),
("2016-05-04", "Urology Consult", """
UROLOGY CONSULT
68M w/ glans necrosis.

Hx as per ED; Foley removed 4/19 w/o trauma per chart. Pain 7/10.
Exam: glans - dry black necrosis 2 cm dorsal aspect, sharp margin,
violaceous rim; shaft/scrotum intact. Meatus patent.
Impression: penile glans necrosis - differential is calciphylaxis
(ESRD, warfarin, calcified penile arteries) vs atherosclerotic ischemia.
Biopsy of the glans discussed; pt firmly declines any cutting of the penis.
Suprapubic catheter not needed at present (voiding).
Recs:
- no debridement while dry; keep clean, bacitracin
- nephrology to consider empiric STS and warfarin alternatives
- if wet gangrene/infection -> partial penectomy discussion
-- Dr. M. Ostrowski (urology)
"""),
("2016-06-01", "Hemodialysis Unit Note", """
DIALYSIS UNIT NOTE - Brennock Kidney Center
68M, HD MWF.

Pt transferring his dialysis care to University Kidney Institute
(his son lives nearby) as of next week; he also wants a second opinion
there on the penile lesion. Records faxed.
Lesion status: glans still dry-black, 2 cm, pain 4/10 on oxycodone.
Possible penile calciphylaxis - never biopsied (pt declined); empiric STS
started 5/9 here, 10 doses so far. Warfarin continued per cardiology
(CHA2DS2-VASc 5); apixaban not yet approved by his insurer.
Labs 5/30: iPTH 610, PO4 6.0, Ca 9.4, Hgb 10.3.
Post-HD weight 81.9 kg (BMI 25.5).
Plan: discharge summary for transfer; STS order forwarded; no further
follow-up here. Outcome unknown.
-- RN J. Fairweather / Dr. K. Saito
"""),
]}

D17 = {"patient_id": "D17", "age": 76, "sex": "F", "notes": [
("2026-01-13", "Geriatrics Clinic Note", """
GERIATRICS / PRIMARY CARE - Elmstead Clinic
76F, ESRD (CKD stage 5, eGFR 8), on conservative kidney management - she
declined dialysis in 2024 after a family meeting. AF -> warfarin. HTN.
Nondiabetic.

S: sore on the L lower leg x 3 wks, very painful, "worse than my hip".
Lives w/ her niece. Appetite fair.
O: BP 150/70, HR 72 irreg, Wt 60 kg, BMI 23.0.
L lateral calf: ulcer 3x2 cm, stellate purple edges, dark base;
mild surrounding livedo. Pedal pulses faint. No edema.
Labs: K 5.6, bicarb 18, Ca 9.2, Phos 6.2, INR 2.4, Hgb 9.4.

A/P:
1. L calf ulcer - arterial vs ?calciphylaxis (ESRD, warfarin). ABI, derm.
2. CKM: low K diet, bicarb tabs, furosemide; goals remain comfort-focused.
3. AF on warfarin - INR in range; discuss apixaban if derm concerned.
-- Dr. R. Penhallow
"""),
("2026-02-03", "Dermatology Consult", """
DERM CONSULT
76F, CKD 5 (ESRD) not on dialysis by choice, warfarin.

HPI: painful L calf ulcer since mid-Dec, slowly enlarging.
ABI L 0.62 (1/20).
Exam: L lateral calf 4 x 3 cm ulcer, stellate margins, adherent black
slough, retiform livedo around it; R leg clear.

Assessment: favor calciphylaxis; arterial ulcer remains in ddx
(ABI 0.6).
Procedure: ulcer margin sampled, 4-mm punch.
Path (2/6): superficial specimen, dermis and upper fat only, no
vessels sampled; no calcification seen - NONDIAGNOSTIC.
Discussed deep incisional repeat bx - pt declines further biopsies,
wants comfort care. Warfarin -> apixaban (her choice, w/ cardiology).
Wound: medical honey, foam; no compression.
-- Dr. A. Seligmann
"""),
("2026-03-24", "Palliative Care Note", """
PALLIATIVE CARE - home visit note
76F; ESRD managed conservatively, never dialyzed; enrolling in hospice.

Problems:
- L calf ulcer, suspected calciphylaxis, never confirmed (nondiagnostic
  bx; repeat declined). 5 x 4 cm now, pain 6/10.
- uremic symptoms: pruritus, fatigue, nausea
- AF, was on warfarin until Feb, now apixaban - plan to stop at hospice
Vitals: BP 132/66, HR 80, SpO2 94%. BMI not measured (bedbound).

Plan:
- morphine avoided (renal) -> oral hydromorphone, half a mg, q4h as needed,
  fentanyl patch if needed
- wound: comfort dressings, metronidazole gel for odor
- stop apixaban after hospice admission visit
- goals: remain at home with niece; DNR/DNI confirmed
-- Dr. V. Aldana, palliative medicine
"""),
]}

D18 = {"patient_id": "D18", "age": 64, "sex": "M", "notes": [
("2019-08-13", "Medicine Progress Note", """
MEDICINE PROGRESS NOTE - Teal service
64M. Dialysis 3x weekly (Tuesday sched.). Diabetes - Lantus/Novolog. CAD.
Underwent LHC (R femoral access) 8/4 w/ PCI to LAD.

S: both feet painful since ~8/10, toes bluish.
O: T 37.4, BP 150/76, HR 80. BMI 30.0.
Feet: livedo racemosa of both dorsa and soles; toes 2-4 cyanotic,
L worse than R, cap refill sluggish; DP/PT pulses palpable. R groin
cath site w/o hematoma or bruit.
Labs: eos 11% (AEC 980), ESR 72, C3 low-normal, Ca 9.2, Phos 5.9,
iPTH 410.

A/P:
1. Blue toes + livedo following the cath - favor cholesterol emboli;
   ?calciphylaxis in ddx given HD; derm consult for bx.
2. Hold further heparin boluses; statin high-intensity.
3. HD per renal.  -- Dr. Q. Van Aken (PGY-2) / Dr. S. Marlowe
"""),
("2019-08-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
Q: livedo both feet - calciphylaxis or atheroemboli?

64M HD pt, insulin-treated DM2, cath 8/4.
Exam: livedo racemosa bilateral dorsal feet, small purpuric macules on
L 3rd/4th toes, no necrotic plaque, no indurated retiform purpura.

Procedure: punch bx, 4 mm, L dorsal foot (8/15).
Path: biconvex cholesterol clefts within small arteries of the deep
dermis; no mural calcium, and von Kossa negative.
Impression: cutaneous cholesterol embolization after cardiac cath.
Calciphylaxis: excluded (histology).
Recs: statin, pain control, foot care; no anticoag change.
-- Dr. J. Falkenrath
"""),
("2019-10-17", "Medicine Grand Rounds Case Presentation", """
MEDICINE GRAND ROUNDS - case presentation
"Blue toes on dialysis: not everything is calciphylaxis"
Presenter: Dr. Quentin Van Aken (PGY-2), mentor Dr. S. Marlowe

64-yo man, HD for diabetic nephropathy, insulin-treated DM2, obesity
(BMI 30.0), CAD; coronary angiography + PCI 8/4/19, R femoral access.
Six days later: bilateral livedo racemosa of the feet, blue toes,
eosinophilia, rising ESR.
Calciphylaxis was considered because of HD, but skin biopsy showed
cholesterol clefts, no vascular calcification; final dx atheroembolic
disease, calciphylaxis excluded.

Teaching points
- timing after an arterial procedure + eosinophilia + livedo = emboli
- calciphylaxis favors fatty areas, retiform purpura, necrosis, high PTH
- outcome: toes recovered except L 4th toe tip (dry, autoamputated 9/2019)
"""),
]}

D19 = {"patient_id": "D19", "age": 41, "sex": "F", "notes": [
("2022-06-14", "Primary Care Annual Visit", """
ANNUAL PREVENTIVE VISIT - Harbor Street Family Medicine
41F, here for annual + worried about her kidneys.

FHx: brother (47), FSGS -> ESRD on HD, got calciphylaxis in both legs,
passed away 11/2021; father HTN. She wants to "make sure that
won't happen to me."
PMH: prediabetes (A1c 6.1), obesity class I, migraine.
Meds: sumatriptan prn, OCP.
Vitals: BP 128/82, HR 70; 86 kg, 165.5 cm tall; BMI 31.4.
Exam: skin normal, no rashes or ulcers; no edema.
Labs today: Cr 0.8, eGFR 96, UA 1+ protein, no blood; UACR 48.

A/P:
1. FHx of ESRD (FSGS in brother), mild albuminuria -> nephrology referral
   re: familial FSGS / APOL1 testing. Explained that calciphylaxis arises
   with advanced kidney failure; she does not have it.
2. Prediabetes - lifestyle, recheck A1c 6 mo. Not on meds.
3. Obesity - nutrition referral.
-- Dr. N. Castellano
"""),
("2022-09-27", "Nephrology Consult", """
NEPHROLOGY NEW CONSULT
41F ref for FHx of FSGS/ESRD (brother) and UACR 48.

She has been anxious ever since calciphylaxis killed her brother (HD pt).
No edema, no hematuria, no skin problems.
Vitals: BP 124/80, Wt 85 kg, BMI 31.0.
Labs: Cr 0.78, eGFR 97, UACR 41, A1c 6.0, lipids ok. APOL1: one risk
allele. Renal US normal.

Impression: normal kidney function; low-grade albuminuria; family history
of FSGS. No evidence of calciphylaxis, and none expected with normal GFR.
Plan: start losartan 25 mg, BP goal < 125/75, repeat UACR 3 mo, annual
eGFR; genetic counseling referral. Prediabetes, obesity -> PCP.
-- Dr. B. Achebe-Lund
"""),
]}

D20 = {"patient_id": "D20", "age": 55, "sex": "M", "notes": [
("2025-11-18", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - Riverbend Home Dialysis
55M, ESRD (hypertensive/ischemic), CCPD since 4/2024. No diabetes.
AF: warfarin 2018-2023, switched to apixaban 5/2023.

S: Feels well. Drains fine. No peritonitis ever.
O: BP 136/84, HR 68 irreg, Wt 88.9 kg, Ht 179 cm, BMI 27.7.
Catheter exit (L lower abd) clean. Skin survey at pt's request: intact
throughout - nothing purpuric, nodular or ulcerated.
Labs 11/11: Ca 10.4 (H), Phos 6.2, iPTH 640, alb 3.7, Hgb 11.5.

A/P:
1. CKD-MBD - Ca high on calcium carbonate -> stop it, sevelamer instead.
   Counselled: high Ca x P and PTH raise the risk of calciphylaxis, a rare
   painful skin/vessel disease in dialysis pts; that is one reason we
   moved him off warfarin. Report any painful skin patch early.
2. PD adequate (wkly Kt/V 2.0).
3. AF on apixaban, rate controlled.
-- M. Dufresne, NP
"""),
("2026-04-21", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - Riverbend, semiannual MD visit
55M on CCPD, here w/ wife.

They bring a printout about calciphylaxis after a friend at the PD unit
was diagnosed. Questions answered: his risk is lower now that calcium
carbonate and warfarin are both stopped and phos has come down; advised to
avoid heating pads/ice on the skin and any injections not prescribed, and
to call us if a painful purple patch appears.
Skin: intact everywhere, no livedo.
Vitals: BP 130/80; weight 88.0 kg, BMI 27.5.
Labs 4/14: iPTH 410, PO4 5.1, Ca 9.4 mg/dL, albumin 3.8.

A/P: PD-dependent ESRD, doing well. MBD improved. Continue sevelamer,
cinacalcet 30. Transplant referral submitted. RTC 6 mo.
-- Dr. H. Lindgren
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
