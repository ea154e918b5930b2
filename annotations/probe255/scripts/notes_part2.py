"""probe255 corpus notes, C08-C14 (cardiac device clinic and the clinics around it; all invented)."""

C08 = {"patient_id": "C08", "age": 66, "sex": "F", "notes": [
("2025-01-14", "EP Lab Procedure Note - ICD Implant", """
EP LAB PROCEDURE NOTE   01/14/2025
Procedure: R-sided single-chamber ICD implant (L subclavian/innominate occluded after years of
HD catheters). Indication: secondary prevention, VF arrest 12/2024.
Operator: Dr. Ferreira-Lindqvist. Local + MAC.
5 cm R infraclavicular incision, subpectoral pocket; cephalic cutdown failed -> axillary vein
access. DF4 RV lead to apex. No DFT testing. Layered closure (Vicryl 2-0 and 3-0), subcuticular
Monocryl 4-0, skin glue.
EBL 15 mL, no complications.
Post-op orders: ice pack to the R upper chest 20 min on / 20 off while awake x 3 days; R arm
restrictions 4 wks; hold apixaban 48 h.
History: dialysis-dependent ESRD (M/W/F), hypertension; no DM. BMI 28.0.
"""),
("2025-01-23", "Device Clinic - ICD Wound Check", """
ICD WOUND CHECK - day 9

R chest incision intact, edges well apposed, glue flaking off, no fluctuance, no drainage.
She and her son have iced the R upper chest multiple times daily since the implant "because
it numbs it."
Interrogation: RV sensing 9.8 mV, threshold 0.8 V, imp 540; HV imp 64. VF zone 200 (ATP while
charging, then 40 J x 5), VT monitor zone 171. No episodes.
Told her she can stop the ice now and may shower. Apixaban resumed 1/16.
Wt 74 kg (76 kg at implant). Next: remote in 3 months.
"""),
("2025-02-25", "Dermatology Consult", """
DERMATOLOGY CONSULT   25/02/2025

66F, HD-dependent ESRD, R-sided ICD placed 14/01/2025. BMI 28.0.
HPI: exquisitely painful area, R upper chest, from the first days of February; just lateral to
the ICD scar, in skin she iced for ~10 days after the implant.
Exam: R infraclavicular chest - stellate retiform purpura measuring 35 x 25 mm, central
eschar beginning, 2 cm lateral to the incision. Incision itself healed; no erythema or fluctuance over the can.
Punch bx by our PA on 2/18, from the outer margin well clear of the device: calciphylaxis
(medial calcific deposits in small vessels, thrombosis).
P: STS per renal; dressings per wound RN; EP aware - device and pocket not involved, no plan to
extract.
"""),
]}

C09 = {"patient_id": "C09", "age": 74, "sex": "M", "notes": [
("2021-09-14", "Device Clinic - Generator Change Wound Check", """
PACEMAKER GENERATOR CHANGE - WOUND CHECK (POD 11)

74M. ESRD, in-center HD. T2DM, glargine + lispro. Mechanical aortic valve -> warfarin,
valve clinic range: INR low 2.5 / high 3.5. PPM for CHB
since 2012, L chest. Reached ERI -> generator change 09/03/2021 through the old L infraclavicular
incision; IV heparin bridge while inpatient.
Incision L chest healing well, absorbable sutures, no hematoma. He used ice packs on the L pocket
for the first few days.
New generator: Medtronic Azure XT DR. DDD 60/130. AP 18%, VP 99%. Thresholds stable, leads
reused.
BMI 27.2.
RTC: remote in 3 mo.
"""),
("2021-11-09", "Nephrology Clinic - New Skin Lesion", """
NEPHROLOGY CLINIC (HD pt) - new skin lesion

Since ~mid-October: painful firm plaque on the R chest wall below the nipple, now with a black
center. Punch bx (derm, 10/29/21): calciphylaxis.
He says nothing has injured, heated, iced or been injected into the right chest. Insulin goes into
his abdomen. The L chest pacer pocket (generator change 9/3) is well healed and lesion-free.
Exam: R lower anterior chest - 40 x 30 mm necrotic plaque, a halo of retiform purpura around it.
Nothing elsewhere.
Labs: Phos 7.4, PTH 1,450 - parathyroidectomy referral. Warfarin: mechanical valve, cannot stop;
INR target to be lowered to 2.5. STS 3x/wk with HD.
Wt 80.5 kg, BMI 27.0.
"""),
]}

C10 = {"patient_id": "C10", "age": 58, "sex": "F", "notes": [
("2023-08-29", "Peritoneal Dialysis Clinic", """
PERITONEAL DIALYSIS CLINIC

58F, ESRD (HTN/DM) on APD x 3 yr; T2DM on glipizide + sitagliptin, no insulin; ICD (2020) for
NICM; morbid obesity, BMI 42.1. Not on warfarin.
New: painful purplish nodule, R inner thigh, which she first saw 2 weeks ago. No trauma that she
can recall.
Exam: R medial thigh, violaceous induration 3 x 3 cm, faint net-like livedo around it; not
ulcerated yet.
PTH 780; phosphorus 6.9; Ca 9.7. PD adequacy: weekly Kt/V 1.8 (target met).
A: ?calciphylaxis vs panniculitis.
P: urgent derm referral; calcium carbonate -> sevelamer.
"""),
("2023-09-12", "Dermatology", """
DERMATOLOGY

R medial thigh: the plaque is bigger - 50 x 40 mm - with ~1 cm of central necrosis. Punch bx 9/5/23: calciphylaxis
(calcified subcutaneous vessels with thrombi).
She started a heating pad on the sore thigh last week because of the pain - asked her to stop;
heat can worsen the ischemia.
Plan: sodium thiosulfate thrice weekly (infusion suite); pain management; hydrogel dressing; positioning to
keep weight off the area.
Counselled: no heating pads, and no injections into the thighs.
"""),
("2023-10-03", "Device Clinic - ICD Shock Evaluation", """
DEVICE CLINIC - SHOCK EVENT   10/3/23

Pt got 1 shock Sat 9/30 ~21:40 standing in the kitchen; felt dizzy, then "kicked in the chest,"
fell against the coffee table and struck her R thigh. Did not go to the ED.
Interrogation (Abbott Gallant VR): VF detected 9/30/23 21:38, CL 190 ms, 1 x 40 J, converted to
sinus. Appropriate therapy. Leads fine: RV imp 480, HV 62.
Exam: big bruise, R lateral thigh. Dressing over the R medial thigh calciphylaxis
intact (derm managing).
K 3.3 on last PD labs.
P: metoprolol up to 50 bid; K repletion, recheck 1 wk; no driving for 6 months (state rule)
reviewed with her and husband.
"""),
("2023-10-17", "Wound Clinic", """
WOUND CLINIC

Wound #1: R medial thigh calciphylaxis ulcer 5.5 x 4 x 0.4 cm, 70% eschar, scant serous
drainage.
Wound #2: R lateral thigh - resolving hematoma from the 9/30 fall; skin intact, no necrosis.
Sharp debridement of wound #1 (loose eschar at the rim), collagenase, foam border. Offloading
cushion.
Course per chart: thigh nodule first noted mid-August, heating pad in early September (stopped),
fall on 9/30.
Dressing-change pain rated 6; oxycodone premed given half an hour ahead.
BMI 41.6. APD unchanged. Next visit 1 wk.
"""),
]}

C11 = {"patient_id": "C11", "age": 70, "sex": "M", "notes": [
("2024-05-07", "Device Clinic - CRT-D Interrogation", """
CRT-D CHECK   5/7/2024

70M, ischemic CM, LVEF 20%, LBBB -> CRT-D (Biotronik Intica 7 HF-T QP) 2021. LV apical thrombus
on warfarin. ESRD; dialyses Mon/Wed/Fri in centre. Diabetes type 2, uses insulin.
BiV pacing 97.2%. LV threshold 1.1 V @ 0.4 ms (LV1-RV coil), RV 0.7 V. Battery 7 yr.
Home Monitoring: no VT/VF, 3 NSVT runs. HF index stable.
His calves are bandaged - he says the wound clinic is treating "sores on both calves" that came up
around Easter. Follows with them.
No programming changes. Next in-office 6 mo; Home Monitoring daily.
"""),
("2024-05-21", "Wound Clinic Follow-up", """
WOUND CLINIC (f/u)

Bilateral posterior calf ulcers: L 4.2x3.0 cm, R 3.5x2.8 cm, black eschar, livedo racemosa
surrounding both; pain severe.
Bx 04/15/2024 (R calf): calciphylaxis.
Insulin: abdomen only. Denies bumps, heat, ice or stockings on the legs
before the ulcers began around Easter (31 Mar).
Today: 2-layer light compression wraps applied to both legs for edema; Mepilex border under the
wraps. Change 2x/wk.
Pain is an 8 (of 10), nights worst, legs elevated. Pedal signals dopplerable on both sides; ABI deferred
because of the ulcers. Nephrology continuing STS. Return 1 wk.
"""),
("2024-06-18", "Nephrology Clinic", """
NEPHROLOGY CLINIC

Bilateral calf calciphylaxis. Thiosulfate (25 g, TIW) going since 4/22. Pain a little better.
Warfarin: LV thrombus gone on echo 6/10 -> warfarin stopped, apixaban started (cardiology).
Cinacalcet up to 90 mg. PTH 620 / PO4 5.8 / Ca 9.0.
Insulin glargine 24 u + lispro with meals. BMI 33.0.
Tolerating the compression wraps; no new lesions. Abdominal injection sites clean.
HD: 4 h MWF, Kt/V 1.4.
Next: wound clinic weekly; device clinic (CRT-D) in November. Pt and wife updated; they
understand the plan.
"""),
]}

C12 = {"patient_id": "C12", "age": 64, "sex": "F", "notes": [
("2019-02-19", "Remote ICD Transmission", """
MERLIN.NET REMOTE - scheduled   02/19/2019

Abbott Fortify Assura DR, implanted 2015.
Battery 4.8 yr. RA/RV thresholds stable (auto capture). AMS episodes x2, 1 h total. No VT/VF.
No alerts. Transmission normal. Presenting rhythm AS-VP 70; RA imp 440, RV imp 510 ohm.
Pt phoned: heart-wise she feels fine; mentions her "thigh sore" will be looked at by derm next
week. Anticoag: apixaban (warfarin from 2013 to Jan 2019, stopped by cardiology).
Next remote in 91 days. Reminder letter mailed; bedside monitor confirmed plugged in.
"""),
("2019-02-26", "Dermatology Consult", """
DERM CONSULT

64F, on HD for ESRD; T2DM, insulin-requiring; severe obesity (BMI 45.6).
L lateral thigh: 60 x 50 mm retiform purpura; centrally a ~2 cm black eschar; started about
3 weeks ago. Extremely tender.
She denies heat packs, ice, falls or knocks to the thigh; she rotates her insulin around the
abdomen only and never puts it in her legs. No recent admissions or IM injections.
Punch bx taken today.
A/P: L thigh eschar within retiform purpura - calciphylaxis favoured pending path. Don't inject
anything into the thighs; heating pads are off-limits.
"""),
("2019-03-12", "Nephrology - HD Rounding", """
HD ROUNDS

Path (bx 2/26/19, L lateral thigh): calciphylaxis.
Thiosulfate 25 g each HD, begun 3/4. Pain 7/10.
Re-counselled: should she be hospitalised and need heparin or other shots, they go anywhere but
the thighs; keep anything hot off the legs.
PO4 6.5, PTH 860, Ca 8.8. Kt/V 1.2 -> runs lengthened to 4 h.
BMI 45.6. Insulin: glargine 30 u, abdomen.
Wound: unit RN dressing with hydrogel + foam; eschar stable, no drainage. For pain, a small dose
of gabapentin post-dialysis (100 mg).
"""),
]}

C13 = {"patient_id": "C13", "age": 61, "sex": "F", "notes": [
("2020-06-09", "Device Clinic - Transfer of Care", """
DEVICE CLINIC - transfer of care (moved here from Tucson)

61F, ICD (Medtronic Visia AF MRI VR, 2018) for primary prevention, NICM EF 30%.
PMH: ESRD on PD since 2013 (CCPD); T2DM on insulin (degludec + aspart); obesity, BMI 36.0;
calciphylaxis 2015 (L anterior thigh = her insulin injection area back then), biopsy-proven,
healed on STS over 8 months, no recurrence since. Never took warfarin.
Interrogation: battery 8 yr, RV 10.5 mV, thr 0.5 V, imp 432, HV 71. No episodes.
Skin: L chest pocket intact; old scars on the L thigh.
Plan: remote every quarter; office yearly.
"""),
("2020-09-15", "Remote Monitoring - Scheduled Transmission", """
CARELINK REMOTE   15.09.2020

Scheduled transmission, received on time.
Battery 7.8 yr. RV imp 440 ohm, HV imp 70 ohm, R-wave 10.1 mV.
AF burden 0% (atrial sensing via the floating dipole). 1 NSVT, 6 beats, asymptomatic per diary.
No therapies. OptiVol below threshold; activity ~3 h/day.
No alerts, no lead noise. Presenting EGM: VS 72 bpm, clean, no oversensing.
Heart failure diagnostics stable vs June.
Letter with results mailed to pt; copy to nephrology (PD unit).
Next scheduled: December 2020.
"""),
("2021-01-12", "PD Clinic", """
PD CLINIC

Doing well. Weekly Kt/V 2.0. 5 x 2.2 L cycler exchanges, UF ~800 mL/day.
Skin: healed atrophic scar on the L anterior thigh from the 2015 calciphylaxis; no active
lesions, no livedo, no nodules anywhere. Insulin injections now only abdomen + upper
arms.
MBD labs acceptable: PTH 380, Ca 9.2; phosphate 5.1 (cinacalcet 30 + sevelamer). Hgb 10.8 on ESA.
BMI 36.4.
Catheter exit: dry, crust-free, nontender along the tunnel.
Appetite good, wt stable; peritonitis-free for 2020.
Plan: continue; annual PET due in spring; RTC 8 wks.
"""),
("2021-03-02", "Device Clinic - Annual ICD Check", """
ICD CLINIC - annual in-person

Battery 7.3 yr. RV sensing 10.4 mV, thr 0.5V/0.4ms, imp 436. HV 69. No VT/VF, no
therapies. Atrial dipole sensing adequate.
Pocket L chest: well healed, mobile skin over the can.
Cat scratch on the R forearm 2/27 - superficial, healing. No ulcers or plaques anywhere on exam;
old L thigh scar flat and pale. Insulin sites on the abdomen and upper arms unremarkable.
Plan: continue remotes q3 mo; next in-office 1 yr. ERI not expected before 2027.
"""),
]}

C14 = {"patient_id": "C14", "age": 69, "sex": "M", "notes": [
("2022-10-18", "Device Clinic - Urgent Pocket Check", """
DEVICE CLINIC - URGENT POCKET CHECK

69M, dual-chamber ICD in the L chest (original 2014, generator change 03/2022). ESRD on HD, not
diabetic, no anticoagulation, BMI 40.3 (obese).
Skin over the inferior pocket is thin and shiny with a 4 mm area of breakdown; no hardware
visible. Afebrile, WBC 7.1.
Interrogation normal: thresholds stable, no VT/VF, battery 10 yr.
Impression: impending pocket erosion - thin skin stretched over the generator since the March
change.
Plan: blood cultures x2; pocket revision next available.
Also a dressing on the lower abdomen (pannus); he says his dialysis doctors are treating it.
"""),
("2022-10-25", "Nephrology - HD Rounding", """
HD ROUNDING

Lower abdominal pannus: two necrotic plaques (R 5x3 cm, L 3x2 cm) with retiform purpura,
present since late August. Bx 2022-09-13: calciphylaxis. STS ongoing with each run.
No injections into the abdomen (not diabetic; heparin only into the circuit); per pt no belt or
binder pressing on these areas, no heat.
The pacer pocket problem is separate - EP plans a revision next week.
PTH 1,210 / PO4 7.0 / Ca 9.5; cinacalcet 90.
Kt/V 1.3; EDW 118 kg; BP 160/84 pre-run.
"""),
("2022-11-08", "EP Procedure Note - Pocket Revision", """
EP PROCEDURE NOTE   11/8/22

Pocket revision, L chest. Indication: thinning skin and small breakdown over the generator.
Old incision reopened, capsulectomy, new submuscular pocket; generator and leads retained after
inspection. Capsule cultures: no growth at 48 h.
Excised skin edge, path: pressure necrosis over the device, no vascular calcification - not
calciphylaxis.
The abdominal calciphylaxis wounds are unrelated; dressed by the wound RN today.
Generator re-seated, layered absorbable closure. Hemostasis good, no drain left.
Post-op: cefazolin x 1, arm restrictions 2 wks. BMI 40.3.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
