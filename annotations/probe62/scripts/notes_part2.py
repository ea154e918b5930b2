"""probe62 corpus notes, K08-K14 (outpatient wound-care clinic; all invented)."""

K08 = {"patient_id": "K08", "age": 69, "sex": "F", "notes": [
("2025-01-08", "Wound Clinic New Patient", """
WOUND CENTER - NEW PT
69 yo F, L hemiparesis? -> no: R MCA stroke 03/2024 with L-sided weakness, wheelchair-bound since discharge. ESRD, dialyzes Tu/Th/Sa. T2DM - basal insulin, daughter gives it into the abdomen. Apixaban for AF (never warfarin).
Daughter reports the pt keeps her weak left forearm propped on the hard plastic armrest of the wheelchair all day long, ever since the April discharge home. On New Year's Eve they noticed a "bruise" on the underside of that forearm that became very painful and went dark by Jan 3.
Exam:
 Wound #1  L volar forearm, mid-shaft, directly over armrest contact line
   L2.3 W1.4 D0.1 cm, black eschar, retiform purple edges, stony induration
 Abdomen (insulin sites): mild lipohypertrophy, no lesions.
 R arm: AVF, good thrill.
BMI 22.4.
Photos: 2 (one w/ arm resting on armrest to show contact).
Imp: necrotic retiform plaque exactly where the armrest presses, ESRD + DM -> ?calciphylaxis; pressure injury less likely given purpura pattern.
Plan: gel armrest pad + elevate forearm on pillow. Bx. Dakin's 1/4 strength moist gauze, change BID.
"""),
("2025-01-17", "Wound Clinic Procedure / Results", """
Punch 4mm L forearm wound edge 1/10. Path: subcutaneous small arteries calcified, intimal hyperplasia, thrombi - calciphylaxis.
Measurements 1/17: L2.6 W1.5 D0.2 cm, eschar 90%.
Bx site w/ 1 suture, remove next visit.
Discussed w/ daughter: diagnosis, prognosis, STS via HD, pain plan. Photos.
"""),
("2025-02-14", "Wound Clinic Follow-up", """
Cont. care - calciphylaxis, L forearm.
Pad on armrest in use, arm on pillow most of day per daughter.
 2/14: L2.0 W1.2 D0.2 cm, eschar edges separating, pink tissue under margins
 1/17: L2.6 W1.5 D0.2 cm
Pain 5/10 (was 9).
Plan: leave eschar, betadine paint qd + dry dressing; photo today for comparison. RTC 3 wk.
"""),
]}

K09 = {"patient_id": "K09", "age": 57, "sex": "F", "notes": [
("2020-09-09", "Wound Clinic New Patient", """
New wound pt - 57 y/o female, ESRD (diabetic kidney disease) dialyzing MWF, insulin-requiring T2DM x 20 yrs (NPH + regular). Her shots go in the right thigh, only ever the right - "the left one is too sore from the sciatica to sit on funny" - years of that.
Presents w/ 3 wks of a very painful hard area on the inner LEFT thigh that has now opened.
Wt 104 kg, Ht 165 cm, BMI 38.2 (obese).
WOUND 1: L medial thigh, proximal third
  L4.0 W3.2 D0.4 cm; 50% eschar, 50% slough; violaceous reticulated border; extremely tender
R thigh (injection area): several small ecchymoses from needles, lipohypertrophy, NO ulcer, NO purpura.
Pt denies trauma, heat, cold, or tight clothing to L thigh.
Photos taken.
Assessment: suspect calciphylaxis L thigh.
Plan: Bx; alginate/foam qod; renal notified.
"""),
("2020-09-23", "Wound Clinic Follow-up", """
Pathology from the L medial thigh: calciphylaxis (subcut arterioles with medial calcium, fat necrosis).
| wound | 9/9 | 9/23 |
| L med thigh | L4.0 W3.2 D0.4 | L4.5 W3.4 D0.6 |
New small satellite purpura 1 cm distal to main wound, same thigh.
STS started w/ HD 9/18. Insulin still in R thigh; encouraged to rotate to the abdomen/arms instead.
Dressing: hydrofiber Ag, change 3x/wk w/ HD. Photos.
"""),
("2020-11-04", "Wound Clinic Follow-up", """
L thigh calciphylaxis wounds merged: L3.9 W3.0 D0.3 cm, granulation increasing to 40%.
Pt now rotating insulin in abdomen. R thigh skin normal.
BMI 37.9.
Continue. f/u 2 wk.
"""),
]}

K10 = {"patient_id": "K10", "age": 80, "sex": "M", "notes": [
("2019-04-10", "Wound Clinic New Patient", """
80M, HD for ESRD since ~2013, AF, warfarin (INR 3.1 today per HD unit). Not diabetic. BMI 24.0.
Painful purplish spot R lateral thigh started 04/02/2019 out of nowhere - no injury, no injections there, no heat, denies any fall. Wife confirms.
R lateral thigh mid: 2.5x2.0 cm indurated retiform purpura, intact, no open wound yet, severe tenderness.
L thigh normal.
Photos.
Imp: early calciphylaxis suspected (retiform purpura, warfarin, HD).
Plan: derm bx; hold warfarin pending cardiology; pad and protect.
"""),
("2019-04-24", "Wound Clinic Follow-up", """
Bx 4/12 R thigh: calciphylaxis.
Interval event: on 4/20 pt tripped on the bathroom mat and landed on his R side, hitting the R thigh right on the lesion; the plaque has since broken open and bled.
Wound #1 R lateral thigh: L3.6 W2.7 D0.3 cm open ulcer, 60% eschar, hematoma tracking inferiorly.
Bruising also R hip.
Warfarin switched to apixaban by cards.
Plan: calcium alginate for bleeding + foam, daily by HHN. PT for gait/fall risk. Photos.
"""),
("2019-06-05", "Wound Clinic Follow-up", """
R lateral thigh calciphylaxis ulcer: L3.0 W2.2 D0.2 cm. Hematoma resolved. Eschar 20%.
No further falls. Pt pleased.
Continue alginate/foam; STS continues with HD.
"""),
]}

K11 = {"patient_id": "K11", "age": 64, "sex": "M", "notes": [
("2021-07-21", "Wound Clinic New Patient", """
INITIAL WOUND VISIT
64M, ESRD - HD TTS. T2DM, insulin into both upper arms (wife helps). BMI 31.5, no anticoagulation.
Ulcer back of LEFT calf started early July 2021 as a painful "knot", no preceding injury - he is adamant he didn't bump it, no heat or cold there, no injections in the legs ever.
L posterior calf: L3.3 W2.8 D0.5 cm, thick black eschar, surrounding livedo racemosa to popliteal fossa, woody induration.
R calf normal. Arms: injection sites clean.
Photos + measurement.
Differential: calciphylaxis vs arterial ulcer (ABI pending).
Plan: punch biopsy today from wound edge; pt asks about ice - ok to use a cold pack wrapped in towel for pain on the calf for now. Xeroform + gauze daily.
"""),
("2021-08-04", "Wound Clinic Follow-up", """
Bx (7/21) L calf: calciphylaxis - calcified arterioles, thrombosis, panniculitis. ABI 1.0 bilat.
Pt has been using cold packs on the calf wound 2-3x/day since last visit; says it helps.
Wound 1 L post calf: L3.9 W3.0 D0.7 cm, eschar 40% slough 60%. Sharp debridement to bleeding tissue, 5 cm2 area, tolerated w/ lidocaine gel.
Plan: stop cold packs (may worsen vasoconstriction). Start STS. Santyl + moist gauze daily.
"""),
("2021-09-15", "Wound Clinic Follow-up", """
calciphylaxis ulcer L calf L3.4 W2.5 D0.4, gran 50%, minimal slough. no cold packs since aug.
BMI 31.0. Pain 5/10. Plan same, photos, rtc 2 wk.
"""),
]}

K12 = {"patient_id": "K12", "age": 48, "sex": "F", "notes": [
("2023-10-02", "Wound Clinic New Patient", """
New consult - lower abdominal pannus wounds
48F, ESKD (lupus nephritis) on peritoneal dialysis since 2021, prediabetes (A1c 6.1, diet only, not diabetic), class III obesity w/ BMI 44.7. No warfarin. No insulin.
3 exquisitely painful lesions on the lower pannus for about 6 wks.
ROS: she denies ever having shots/needles into the belly; denies any heat source on it (pad, bottle); denies tight waistbands or belts; denies scratching or injury.
WOUNDS
 #1 pannus, L of midline  L2.1 W1.8 D0.2  eschar
 #2 pannus, midline       L1.5 W1.2 D0.1  eschar
 #3 pannus, R of midline  retiform purpura 3 x 2 cm, intact
Photos x4, pannus lifted by assistant.
A: strongly suspect calciphylaxis.
P: bx #3 edge; moisture-wicking fabric in skin fold; silicone foam to #1-2.
"""),
("2023-10-16", "Wound Clinic Follow-up", """
Punch bx #3 (10/04): calciphylaxis, von Kossa positive.
Long talk today: keep heat, cold packs and snug garments off the abdomen; should she ever need SC heparin, arms only, never the pannus. Pt understands.
 #1 L2.4 W1.9 D0.3
 #2 L1.5 W1.3 D0.1
 #3 now open L1.2 W0.9 D0.1 (bx site incorporated)
Plan: STS IV 3x/wk (infusion center), hydrocolloid NOT to be used on pannus. Photos.
"""),
("2023-12-11", "Wound Clinic Follow-up", """
pannus calciphylaxis, 3 wounds:
 #1 L1.0 W0.8 D0.1
 #2 healed
 #3 L0.7 W0.5 D0.1
BMI 43.9. PD ongoing. Continue foam 2x/wk, f/u 4 wk.
"""),
]}

K13 = {"patient_id": "K13", "age": 73, "sex": "F", "notes": [
("2023-02-13", "Wound Clinic New Patient", """
73F, ESRD (HD Mon-Wed-Fri), HTN, osteoporosis; not diabetic; no warfarin. BMI 28.0.
Referred for 2 wounds:
(1) periumbilical plaque, painful x 4 wks, no preceding trauma or injections to the abdomen (gets no SC meds).
(2) L shin skin tear: L shin caught on a wheelchair footplate 1/28/23 during transfer at HD; flap approximated at the unit.
Exam:
 Wound 1 periumbilical, L3.0 W2.4 D0.1, black eschar + firm violaceous border + livedo.
 Wound 2 L anterior shin, L4.2 W1.0 D0.1 linear skin tear, flap 80% viable, pink edges, no purpura, no eschar.
Photos x2.
A: wound 1 concerning for calciphylaxis; wound 2 = traumatic skin tear, category 2, healing as expected.
P: bx wound 1. Steri-strips + silicone contact layer to skin tear, change q3d.
"""),
("2023-02-27", "Wound Clinic Follow-up", """
Path (periumbilical bx, 2/15): calciphylaxis.
Wound 1 periumbilical: L3.3 W2.5 D0.2
Wound 2 L shin skin tear: 3.0x0.4, epithelializing; looks like an ordinary traumatic tear, no features of calciphylaxis (no retiform purpura, soft edges).
Plan: STS per renal; wound 1 medihoney + foam. Shin: leave open to air once closed. Footplate padded.
"""),
("2023-04-10", "Wound Clinic Follow-up", """
Shin skin tear healed. Periumbilical calciphylaxis ulcer L2.6 W1.9 D0.1, 70% granulation.
Continue; photos.
"""),
]}

K14 = {"patient_id": "K14", "age": 67, "sex": "M", "notes": [
("2021-11-29", "Wound Clinic New Patient", """
WOUND NEW EVAL
67 yo M. ESRD, HD TTS; T2DM on sitagliptin only (no insulin). BMI 32.2.
Admitted 9/2021 for PE - got enoxaparin shots in the abdomen x 5 days, then bridged to warfarin, which he remains on.
Also: R shoulder rotator cuff tear - ices that shoulder most evenings since the summer.
New problem: painful hard dark patch on the outer R thigh for ~2 wks, now ulcerated. No trauma, shots, heat or ice to the thigh.
Exam
 R lateral thigh: L2.8 W2.2 D0.2 cm, eschar center, violaceous retiform margin, indurated
 R shoulder: skin intact, no discoloration
 Abdomen: old faded needle bruises, no plaques
Photos.
A: suspected calciphylaxis R thigh (HD + warfarin).
P: bx; alginate + foam. Discuss warfarin w/ PCP.
"""),
("2021-12-13", "Wound Clinic Follow-up", """
Bx R thigh -> calciphylaxis.
Warfarin changed to apixaban 12/8.
Wound R lat thigh L3.2 W2.5 D0.4, 60% eschar.
Shoulder and abdomen skin clear.
Plan: STS with HD; photos; pain mgmt (gabapentin post HD).
"""),
("2022-01-24", "Wound Clinic Follow-up", """
R lateral thigh calciphylaxis ulcer L2.5 W2.0 D0.3, eschar 20%. BMI 31.8.
Pt still ices his shoulder - fine, skin there intact.
Continue.
"""),
]}

PATIENTS = [K08, K09, K10, K11, K12, K13, K14]
