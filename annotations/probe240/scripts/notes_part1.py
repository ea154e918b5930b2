"""probe240 corpus notes, T01-T07 (heart failure clinic, cardiac rehab, LVAD and the clinics around them; all invented)."""

T01 = {"patient_id": "T01", "age": 68, "sex": "F", "notes": [
("2024-03-04", "Heart Failure Clinic Visit", """
HEART FAILURE CLINIC - RETURN VISIT
Marrowfield Cardiology, Dr. P. Okonkwo-Reyes

68F, HFrEF (LVEF 25% on TTE Jan 2024), NYHA III. ESRD, nightly CCPD, still
voids roughly 600 mL/d.
Interval: home log up 2.6 kg in 9 days, winded on 1 flight.
Wt 91.8 kg | Ht 166.5 | BMI 33.1 | BP 104/66 | HR 78 irreg
JVP ~12 cm H2O, crackles both bases, 2+ pitting to mid-shin.
PMH: T2DM - glargine 22 u qHS; AF (apixaban; warfarin never prescribed); obesity.
A/P
1. Congested despite PD; oral torsemide likely poorly absorbed (gut edema).
 - Begin subcutaneous furosemide on-body infusor 80 mg over 5 hrs, Mon/Wed/Fri.
 - RN stuck the first device on in clinic today, 3/4/24, in the LLQ, i.e. low left
   abdominal wall lateral to the umbilicus. She wants it on the left every time
   since her PD catheter exits on the R.
 - Daily AM wts, call if +1 kg overnight. Fluids 1.5 L.
2. RTC 2 wk.
"""),
("2024-03-18", "HF Nurse Telephone Encounter", """
TELEPHONE ENCOUNTER - HF RN (K. Delacroix)
Called pt to review home weights and the SC furosemide pod.
AM wts, kg, post-void: 3/12 90.9 / 3/13 90.6 / 3/14 90.2 / 3/15 89.9 / 3/16 89.7 / 3/17 89.6.
Goal dry wt ~88.
Uses the pod M/W/F as ordered, sticks it on the lower left belly each time, "same
spot, it's the flattest bit I've got". Some pinkness under it after the 5 hr run,
gone by supper. No bleeding or leaking at the cannula. Advised to shift it a few cm
within the left lower area each time.
Breathing easier, down from 4 pillows to 2. CCPD cycles unchanged per pt.
Plan: continue; message sent to Dr O-R. Next visit 1 Apr.
"""),
("2024-04-02", "Peritoneal Dialysis Clinic", """
Larchmont Home Dialysis - PD visit

Sixty-eight yr old woman, CCPD for 3 yrs (diabetic nephropathy), HFrEF; cardiology
added the SC furosemide infusor thrice weekly last month.
CC: "burning bruise on my stomach"
Onset: she spotted it 10 days ago - dark purple, rock-hard and exquisitely sore, LLQ,
precisely beneath where the infusor adheres. Rates it 9/10; keeping her up nights.
Exam: LLQ 6x4cm indurated violaceous plaque, netlike purpura rimming it, dusky
middle. PD exit (R) dry, tunnel not tender.
Chem: iPTH 812 (up from 540), calcium 9.9 corrected, PO4 7.1 high; albumin 2.9.
Impression: I strongly suspect calciphylaxis, located at the infusion site.
- hold infusor, cardiology informed
- derm punch bx this wk
- Ca acetate -> sevelamer; raise PD dose for clearance/UF
"""),
("2024-04-16", "Dermatology Clinic Note", """
DERMATOLOGY - RESULTS VISIT

Punch bx, left lower abdomen, 04/05/2024: pathologist Dr Ibekwe describes
calcified subcutaneous capillaries/arterioles, clot within them, necrotic fat (von Kossa confirms Ca).
Read as calciphylaxis.
History re-taken with pt and daughter: the plaque appeared around 23 March 2024. The
furosemide infusor had been applied to that same patch of skin 3x/wk starting on the
4th of March. No other injury there. Her insulin goes into the upper outer arms.
Exam: LLQ plaque 7x5cm, eschar (black) beginning centrally, no cellulitis. Thighs,
buttocks, breasts clear. Wt 89.4 kg today.
Imp: calciphylaxis, L lower abdomen, arising at a subcutaneous drug-infusion site.
Plan: thiosulfate, 25 g per infusion, Mon-Wed-Fri at Larchmont infusion suite, hydrocolloid over the plaque, pain
service, no more SC infusor; diuresis per PD/HF teams.
"""),
]}

T02 = {"patient_id": "T02", "age": 63, "sex": "M", "notes": [
("2021-01-11", "Heart Failure Clinic Visit", """
HF CLINIC   11 January 2021
63M, HFpEF (EF 55-60%), paroxysmal AF, ESRD, dialysis unit Eastgate,
Mon/Wed/Fri 2nd shift (left radiocephalic fistula), OSA on CPAP. Never diabetic; HbA1c 5.4 in Dec.
S: racing heart spells 2-3x/wk, lasting minutes, lightheaded once at church.
O: 122 kg, BMI 31.4. BP 146/84, HR 88. Lungs clear, JVP 7, trace ankle edema.
Meds: warfarin (since 2015 for AF), metoprolol succ 100, amlodipine, sevelamer,
cinacalcet. INR this morning 2.4.
A/P
1. Palpitations ?AF burden vs other SVT -> 14-day adhesive ECG patch monitor.
   Placed by MA today on the L upper chest just under the collarbone; he sweats
   a lot, so the edges were reinforced with cloth tape. Keep on 14 days, mail back.
2. HFpEF - volume managed at HD; dry wt per unit 120.5 kg.
3. Anticoag - continue warfarin, INR via dialysis lab.
F/u 6 wks.
"""),
("2021-02-22", "Hemodialysis Rounding Note", """
HD ROUNDS - Eastgate Dialysis, chair 14

S: c/o a painful spot on the left upper chest, started the first week of February, hurts
with shirt rubbing. Wore the heart monitor there in January; vendor report lists the
wear period as 11.01.2021 - 25.01.2021 (European format on the report). Says the tape
"pulled the skin off" when he removed it.
O: Pre-HD 121.8 kg, BP 152/80. L infraclavicular chest: 5x3.5cm rectangular
violaceous plaque, firm, livedoid rim, dusky 1cm centre - same outline as the patch
and its tape. No fever.
PTH 1040 (!), Ca 9.6 (nl), phos 6.9; INR 2.7.
Assessment: worried this is calciphylaxis (HD, warfarin, high PTH). Derm referral to
biopsy. Swap his calcium carbonate for sevelamer, 1600 mg tid; cinacalcet up-titrate.
"""),
("2021-03-09", "Dermatology Consult", """
DERMATOLOGY CONSULT - Ridgeline Skin Associates
Reason: painful chest plaque in an HD patient.
Incisional bx L upper chest 2/26/21: subcutaneous arterioles showing medial calcium
deposition plus thrombosis, and the fat about them necrotic. Dx: calciphylaxis.
HPI: onset early February 2021, in the precise outline of the adhesive ECG monitor and
its reinforcing tape worn on that skin from 1/11 to 1/25/21.
Exam: L infraclavicular plaque, now 6x4cm, eschar 1.5 cm centrally. Abdomen, thighs
and calves free of lesions.
Plan: STS - Eastgate to run 25 g through the circuit each session, cardiology asked to reconsider warfarin (AF,
CHA2DS2-VASc 3) -> apixaban discussed; no adhesives on the skin, use paper-free
dressings; pain control.
"""),
]}

T03 = {"patient_id": "T03", "age": 71, "sex": "F", "notes": [
("2023-12-05", "Heart Failure Clinic Visit", """
HF CLINIC - RETURN    12/05/2023
71 y/o F, HFpEF (EF 60%), ESRD (dialysis M-W-F, right brachiocephalic AVF),
insulin-requiring T2DM, obesity.
Interval: leg cramps at night since torsemide went up in early Nov, wakes 2-3 times.
Since Thanksgiving she sleeps nightly with an electric heat pad wound round both
calves, dial on "medium", usually left on till morning.
Wt 97.4 kg (HD dry wt 96.5) | BMI 36.2 | BP 138/72 | HR 70 SR
JVP 8, lungs clear, trace edema BLE. Skin of both legs intact, no color change.
A/P
1. HFpEF: roughly euvolemic; torsemide 40 daily only on the off-dialysis days.
2. Cramps: check Mg; discussed burn risk, she should use a timer and low setting or,
   better, stop the heating pad altogether. Calf stretches before bed.
3. DM: glargine 30 u + lispro scale per endocrine, A1c 7.6.
RTC 8 wks.
"""),
("2024-01-22", "Hemodialysis Rounding Note", """
HD rounds 1/22/24 - Pinecrest Kidney Center
71F HD MWF, HFpEF, DM on insulin.
S: painful blotchy skin behind both calves, started early January. Admits she still
uses the heating pad "just a little, on low".
O: pre wt 97.0 kg. Posterior calves bilat: livedo racemosa with firm tender
subcut nodules; L side also has a 2cm ulcer under black eschar. Pedal pulses
dopplerable.
PTH 690; Ca 9.4 with phos 6.8 (product 64).
A/P: concern for calciphylaxis, both calves.
- stop the heating pad completely
- derm, deep incisional biopsy
- thiosulfate 25 g intradialytic once the bx is done
- non-Ca binder, cinacalcet
"""),
("2024-02-06", "Dermatology Consult", """
DERM CONSULT
Incisional biopsy R posterior calf (1/26/24): arteriolar calcification, intimal
hyperplasia, thrombi, septal panniculitis -> calciphylaxis.
Both calves involved; the distribution fits the band where the heating pad was wrapped
each night from Thanksgiving 2023 on. Onset early Jan 2024 per pt and HD notes.
Exam: bilateral posterior calf livedo with indurated plaques; L calf ulcer 2.5x2cm
with eschar; R calf biopsy site intact. Weighed 96.1 kg; BMI 35.8.
Plan: continue STS with HD, no thermal devices on the legs, dressing w/ non-adherent
foam, wound clinic q1-2 wk, palliative care for pain.
"""),
]}

T04 = {"patient_id": "T04", "age": 57, "sex": "M", "notes": [
("2021-04-02", "LVAD Clinic Visit", """
MCS / LVAD CLINIC   Apr 2, 2021
57M, NICM, HeartMate 3 as destination therapy, implanted 03/05/2021, home since
03/19/2021.
Pump: 5500 rpm / flow 4.6 L/min / PI 3.9 / 4.1 W, no alarms. Doppler MAP 82.
Driveline exits R upper quadrant: dry, incorporated, anchor in place.
Equipment: carries the controller and both batteries in the holster belt, buckled
snug at the waist, so the left battery pouch rides on his L flank. Has worn it like
that every day since discharge, off only to shower.
Labs: warfarin 5 mg/d, INR 2.3 (goal 2-3); LDH 241; creatinine 2.1, CKD stage 3b,
eGFR 34 - no dialysis.
PMH: T2DM on empagliflozin, no insulin; obesity - weighs 104 kg, BMI 31.8 per today's scale.

Plan: warfarin + ASA 81, weekly driveline dressing by wife, cardiac rehab referral,
RTC 4 wk.
"""),
("2021-07-27", "LVAD Clinic Visit", """
LVAD CLINIC 7/27/21
S: since mid-July, a sore, hard patch of skin low on his L flank, right under the
battery pouch of the belt. Hurts when he lies on that side.
O: HM3 5500 rpm, 4.4 L/min, PI 4.0. MAP 80. Wt 103.2 kg.
L flank at belt line: 5x3cm violaceous retiform plaque, dusky center, surrounding
induration, exquisitely tender. Driveline site R upper abd clean.
INR 3.4, LDH 255.
A/P: differential - calciphylaxis; skin necrosis from warfarin; belt pressure injury.
Urgent derm. Move batteries to a shoulder harness vest. Warfarin dose reduced to
4 mg (cannot stop - pump thrombosis risk). Cardiac rehab on hold.
"""),
("2021-08-10", "Dermatology Consult", """
Dermatology
Deep incisional biopsy L flank, 07/30/2021: calcium within small subcutaneous vessels,
thrombosis and fat necrosis around. Diagnosis: calciphylaxis, non-uremic type
(CKD 3b, on warfarin, obese, diabetic; no dialysis).
Where it sits: precisely the skin the battery pouch pressed on, left flank, for four
months before onset.
Exam: plaque 6x4cm with early eschar; abdomen, thighs, legs without lesions.
Plan: IV STS thrice weekly (infusion center), wound care, vest harness only (no
waist belt). LVAD team to keep INR 2-2.5. Recheck 3 wk.
"""),
]}

T05 = {"patient_id": "T05", "age": 66, "sex": "F", "notes": [
("2025-01-13", "Cardiac Rehabilitation Session Note", """
CARDIAC REHAB - PHASE II   Session 9/36
Dx: s/p TAVR (Nov 2024) for severe AS; HFpEF. ESRD, HD Tue-Thu-Sat, so rehab M/W/F.
Pt reports she slipped on black ice in our parking lot yesterday afternoon and landed
on her right side. Stayed conscious, head not struck, got herself up.
Skin: purple-blue 8x6cm bruise, R lateral hip, tender, skin unbroken. Hip
AROM full, bears wt w/o limp.
Pre: BP 132/70, HR 74, SpO2 97% RA, wt 72.6 kg (BMI 28.9).
Ex: NuStep L3 15 min, arm ergometer 8 min, no treadmill today. RPE 11-12.
Tele: SR w/ rare PACs. Post: BP 128/68, HR 82.
Incident report filed. Offered an ice pack for the hip; she declined. Asked her to get
the hip looked at if pain grows. Next session Wed.
"""),
("2025-02-18", "Hemodialysis Rounding Note", """
HD ROUNDS  18-Feb-2025
66F, ESRD from hypertensive nephrosclerosis, HD TTS (L AVF) since 2021; HFpEF, s/p
TAVR. No DM. Was on warfarin 2016-2019 for an LV thrombus, off since, now ASA alone.
New: "a bruise that never went away" on the R hip. The fall bruise faded, but ~3 weeks
ago a hard purple patch rose up on that very spot; now black centrally.
Urgent care letter: fall on 12.01.2025, R hip contusion, x-ray neg.
Exam: R lateral hip, stellate purpura 5x4cm with 1.5cm central eschar, induration,
very tender. Wt 73.5 kg (BMI 29.3).
iPTH 640 with Ca 10.1 and phosphorus 6.8.
Plan: my suspicion is calciphylaxis, developing where the contusion was. Derm for bx,
stop Ca-based binder, STS 25 g with HD pending path.
"""),
("2025-03-04", "Wound Clinic Note", """
WOUND CARE CENTER - initial
Referred for R hip wound. Path from derm bx 2/21/2025: calcified subcutaneous
arterioles, vessel thrombi, necrotic fat; c/w calciphylaxis.
Onset late January 2025, at the spot she bruised when she fell on ice two weeks before.
Wound: R lateral hip, 5.2x4.1cm; base mostly (~70%) black eschar, stuck down, rest slough;
drainage scant, serous; edges purple and firm; odor none. Pain 7/10.
Plan: leave stable eschar, cadexomer iodine around the rim, bordered foam, swapped
by the HD nurses Tu/Th/Sa; offload R side in bed; STS continues with dialysis.
RTC 2 wk.
"""),
]}

T06 = {"patient_id": "T06", "age": 74, "sex": "M", "notes": [
("2020-08-11", "HF Clinic Nurse Visit - Anticoagulation Teaching", """
HF CLINIC RN VISIT - 08/11/2020
74M ischemic CM, EF 30%, AF. Echo 8/10 showed a new 1.4 cm apical LV thrombus.
Per Dr. Vasquez-Lind: apixaban stopped; warfarin restarted today (he took it 2014-2017
before the switch to apixaban) with enoxaparin bridge until INR >= 2 x2.
Stage 4 CKD, eGFR 22, not dialyzing -> enoxaparin 100 mg SC once daily (renal dose).
Dose #1 given here today 11:40, posterior R upper arm. Wife taught to inject: abdomen
is covered in old laparotomy scars and he refuses thigh shots, so she will rotate
between his two posterior upper arms. Teach-back good.
Also on insulin glargine 40 u, he injects it in the thighs. Wt 112 kg, BMI 34.5.
INR checks 8/14, 8/18, then weekly. Call with bleeding, black stools.
"""),
("2020-09-08", "Anticoagulation Clinic Note", """
ANTICOAG CLINIC
INR 2.6 today, 2.5 on 9/3 -> therapeutic x2. Enoxaparin stopped, last dose 9/6.
Warfarin 6 mg daily, recheck 1 wk.
Wife mentions an agonizing firm purple zone behind his R upper arm, which showed up
two weeks ago. Most shots went in the R arm because the L one "bruised so
easy". Exam: R posterior upper arm, 4x3cm hard violaceous plaque, branching purpuric
edges, very tender; L arm with a few faded small ecchymoses only.
No fever.
A/P: not a simple injection bruise; could be calciphylaxis (CKD 4, warfarin,
diabetes). Same-day msg to derm and HF MD.
"""),
("2020-09-22", "Dermatology Consult", """
DERMATOLOGY
74M, CKD 4 (not on HD), DM on insulin, obese, on warfarin for LV thrombus.
Punch biopsy R posterior upper arm 9/15/20: calcified little vessels in
the subcutis, microthrombi, lobular fat necrosis. Dx: calciphylaxis.
Distribution: the area the wife used for enoxaparin injections from August 11 on;
plaque first seen ~8/25.
Exam: plaque 5x4cm, eschar starting centrally; thighs and abdomen clear.
Plan: IV STS 3x/wk, nephrology re: phos/PTH, HF team to review warfarin vs DOAC once
the thrombus resolves; non-adherent dressing, gabapentin low dose.
"""),
]}

T07 = {"patient_id": "T07", "age": 69, "sex": "M", "notes": [
("2023-02-27", "Cardiac Rehabilitation Intake Assessment", """
CARDIAC REHAB INTAKE - Phase II
69M s/p CABG x3 on Feb 2, 2023 at St. Brendan's (LIMA->LAD plus two
vein grafts), open vein harvest from the L leg: incision runs ~25 cm down the L medial thigh
toward the knee, well approximated, small scab distally. Sternotomy healed, sternum
stable.
ESRD; his HD runs Mon/Wed/Fri, L forearm AV fistula (thrill +) -> rehab Tue/Thu.
T2DM controlled with linagliptin; insulin never needed. No anticoagulant, warfarin never used.
Ht 173 cm, 88.5 kg; BMI 29.6, which is overweight.
6MWT 312 m, RPE 13 at end, SpO2 96%. Rest BP 124/70, HR 68.
Goals: 6MWT >380 m, walk 30 min/day, smoking abstinence (quit 1/2023).
Rx: treadmill 1.8 mph 0% x 10 min, NuStep L2 x 10, target HR 90-105, RPE 11-13.
"""),
("2023-03-23", "Cardiac Rehabilitation Session Note", """
CR session #7 - 3/23/23
Pt describes a new purple area, very painful, along the L thigh incision - it appeared
on St. Patrick's Day; 8/10, worse when the pant leg rubs.
Exam by RN: L medial thigh, mid portion of the vein harvest scar: 4x6cm dusky
violaceous plaque w/ black center, firm edges, no drainage, afebrile.
Vitals: BP 118/66, HR 72, wt 87.9 kg.
Exercise held today (pain, wound). Called CT surgery NP (same-day slot Fri) and
messaged nephrology - HD RN says Ca x P has been high.
Pt ed: keep clean/dry, no heat or creams on it.
"""),
("2023-04-06", "Cardiothoracic Surgery Wound Visit", """
CT SURGERY - POSTOP WOUND CHECK
s/p CABG 2/2/2023. Referred for L leg harvest-site lesion.
Punch biopsy edge of lesion 03/29/2023: small arteries of the fat layer calcified,
thrombosed lumens, necrotic fat. Calciphylaxis confirmed.
Onset 03/17/2023 along the healing L medial thigh incision; elsewhere incision healed.
Exam: mid-incision eschar 6x5cm, purplish rim. Sternal wound healed.
Plan: STS on dialysis days (renal team ordering), wound clinic, bedside debridement
only if eschar becomes unstable, cardiac rehab may resume walking-only with dressing.
Seen with his wife Lorna; questions answered, RTC ten days.
"""),
]}

PATIENTS = [T01, T02, T03, T04, T05, T06, T07]
