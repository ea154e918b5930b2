"""probe226 corpus notes, D01-D07 (adult day health centre and the clinics around it; all invented)."""

D01 = {"patient_id": "D01", "age": 68, "sex": "F", "notes": [
("2022-01-10", "ADHC RN Enrollment Assessment", """
LARKSPUR ADULT DAY HEALTH CENTER -- RN ENROLLMENT ASSESSMENT
Participant: D.O., 68 F    Program days: Mon/Wed/Fri 8:30a-3p    First day 1/10/22

Hx per son + referral packet: ESRD, in-center HD Tue/Thu/Sat via L upper arm AVF. T2DM x ~20 yrs,
on insulin. HTN, mild cognitive impairment, OA both knees. No anticoagulant.
Home meds: glargine 18 u qhs (son draws up + gives), lispro 6 u with lunch, sevelamer 800 w/ meals,
amlodipine 10, donepezil 5.
MIDDAY INSULIN: lispro to be given HERE by center RN on program days starting today, SC into the
abdomen, rotate quadrants, log site on MAR. Dose #1 given 12:10 into abdomen. Pre-lunch FSBG 188.
VS: BP 148/82  HR 76  T 97.9  SpO2 97% RA.  Wt 86.0 kg / ht 161 cm = BMI 33.1
Skin: intact, no open areas, dry flaky shins.
Diet renal + carb-consistent, thin liquids. Transport: center van, walks w/ cane.
Plan: FSBG before lunch, lispro per scale card, weigh monthly, call son for BG >300 or <70.
"""),
("2022-03-07", "ADHC Caregiver Communication Log", """
CAREGIVER COMMUNICATION LOG -- phone, 07:55
Caller: son (Marcus O.). Says mom has a "dark sore spot" low on the right side of her belly.
He first saw it Fri 3/4 while helping her shower; she yelps if anything brushes it.

RN assessment on arrival 09:10 (private room, pt consented):
R lower abdomen, lateral + below navel: 3 x 4 cm firm violaceous plaque, 1 cm black centre,
lacy purple border. Tender 7/10. No drainage, not warm. T 98.1, BP 152/80.
Lunch lispro given L upper abdomen today, away from the spot; R abdominal quadrants put on
hold on the MAR until she is seen.
Photo (with consent) + this note faxed to Dr. Osei (nephrology). Son will also show HD nurse
tomorrow morning. Son verbalized understanding, will call back after the appt.
"""),
("2022-03-15", "Dermatology Consultation", """
DERMATOLOGY -- NEW CONSULT        Ref: Dr. K. Osei (nephrology)
68 yo woman with ESRD on HD, insulin-requiring T2DM and obesity, here for a painful abdominal plaque
first noticed 3/4/2022.
Exam: 4 x 5 cm indurated purpuric plaque w/ central adherent black eschar and a livedoid rim, right
lower quadrant of abdomen. Thighs, buttocks, breasts, calves: no lesions.
Path (4 mm punch, R abdomen, taken 3/10): small subcutaneous vessels with medial calcium and
luminal thrombi, lobular fat necrosis, von Kossa +. Consistent w/ calciphylaxis.
IMPRESSION: calciphylaxis, biopsy-proven. Of note the plaque sits exactly where her lunchtime insulin
has been injected by the day-program nurse since 1/10/22 -- a spot of repeated needle trauma.
PLAN: sodium thiosulfate 25 g IV w/ each HD (unit aware), switch off calcium-based binder,
nonadherent dressing + gauze, oxycodone 2.5 prn. Ask the day center to give insulin in the
thighs or backs of arms only. RTC 2 wks.
Wt 85.1 kg, BMI 32.8.
"""),
]}

D02 = {"patient_id": "D02", "age": 71, "sex": "M", "notes": [
("2023-10-12", "ADHC Immunization Record", """
OCEAN GATE DAY HEALTH -- ANNUAL FLU CLINIC  10/12/2023
Participant R.T., 71 M. Consent signed by wife (POA) 10/05.
Screening: afebrile today, no egg or latex allergy, no hx Guillain-Barre, no past vaccine rxn.
Anticoag: warfarin for AF, INR 2.4 on 10/9 -> ok to give IM w/ prolonged pressure.
Vaccine: influenza high-dose 0.7 mL IM, LEFT upper arm. Lot FH7732 exp 06/2024.
Given 10:40 by J. Pereira RN, 25g 1" needle, firm pressure x 2 min.
R arm NOT used -- R arm = AV fistula, no sticks / no BP.
Observed 15 min in the sunroom, no reaction. BP 132/70, HR 68 irreg.
Background: ESRD on HD Mon/Wed/Sat, attends center Tue/Thu/Fri. Not diabetic.
VIS sheet given to wife at pickup. Next due fall 2024.
"""),
("2023-11-24", "ADHC Nursing Check", """
Nursing check -- Fri 11/24/23 (day after Thanksgiving, low census, 14 pts)
R.T. asked RN to look at his L arm. States it got sore about 3 weeks ago, then went hard, and now
"there's a black bit in the middle".
Findings: L upper outer arm, 6 x 4 cm stony-hard violaceous plaque, stellate purple edge,
1.5 cm black centre. Winces with light touch. No streaking, no drainage. T 98.4, BP 128/66.
Wife by phone: she figured it was a warfarin bruise and had been laying a cool wet cloth on
it since last week.
Action: photo to chart; message to nephrology (Dr. Falk) + HD charge nurse; acetaminophen 650
given 11:15 per standing order. No BP cuff on either arm today.
Wife will take him to nephrology clinic early next week. Incident? No -- no known injury here.
"""),
("2023-11-29", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
R.T. 71M, ESRD from hypertensive nephrosclerosis, HD MWSa via R brachiocephalic fistula. AF on warfarin.
CC: painful L arm lesion, began early November and enlarging. No fevers. Goes to day program 3x/wk.
Exam: L lateral upper arm with retiform purpura around a ~2 cm necrotic eschar, total area about
6 cm, firm induration beneath. Abdomen, thighs, legs: skin clear. Fistula thrill good.
Labs 11/28: Ca 9.8, phos 7.1, iPTH 912, alb 3.1, INR 2.6.
A/P: Calciphylaxis, clinical diagnosis -- classic look and setting (hyperphosphatemia, high PTH,
warfarin). Biopsy deferred (site, anticoagulation); derm saw photos and agrees.
 - stop warfarin, start apixaban 2.5 mg bid
 - STS 25 g at end of each HD run
 - 2.0 Ca bath, lanthanum for calcium acetate, cinacalcet 60
 - wound clinic referral
Wt 79.3 kg, BMI 27.4. He is not diabetic.
"""),
]}

D03 = {"patient_id": "D03", "age": 63, "sex": "F", "notes": [
("2023-09-19", "Home Dialysis (PD) Clinic Note", """
HOME PD CLINIC -- monthly
63F w/ ESRD (IgA nephropathy), on CCPD since 2021: 5 cycles overnight, 2.0 L fills, last fill 1.5 L.
Diabetes: type 2, diet-controlled, A1c 6.4%, takes no diabetes meds. No insulin.
Exit site R abdomen: clean, no crust, nontender. Tunnel ok.
BP 138/76, wt 84.2 kg, BMI 31.2. Trace-1+ ankle edema.
Labs: K 4.1, Ca 9.9, phos 6.2, iPTH 540, weekly Kt/V 1.9, alb 3.5.
Meds: calcium acetate 667 mg 2 tabs w/ meals, calcitriol 0.25 daily, amlodipine, atorvastatin.
No warfarin.
A/P: phos above goal -- reviewed dairy/processed meats again w/ pt + daughter, binder same for now.
Goes to adult day program Tue/Wed/Thu, enjoys it. Return 4 wks.
"""),
("2024-02-06", "ADHC RN Note", """
Willowmere Adult Day Ctr -- RN note 2/6/24
Daughter Keisha sent a portal msg Mon: mom has "purple hard spots" on the fronts of both thighs
since mid-January; crying w/ pain at night.
RN exam (private room): anterior thighs bilat -- L 5 x 7 cm and R 4 x 4 cm indurated dusky plaques,
lacy purple margins; small black crust centre of the L one. No warmth, no drainage.
Context: since the fall she has used her own rechargeable heated lap pad on the van and at the
craft table; it lies across the front of both thighs most of the day, often on HIGH. Staff had
not been checking the skin under it.
Pad removed and sent home in a bag w/ a note. BP 142/80, P 82, T 98.0.
Called PD nurse -- urgent wound clinic slot 2/8. Daughter informed.
"""),
("2024-02-20", "Wound Clinic Progress Note", """
OUTPATIENT WOUND CLINIC -- f/u
Dx: calciphylaxis, bilateral anterior thighs. Incisional bx L thigh 2/8/24: arteriolar calcification and
thrombosis in the subcutis w/ lobular panniculitis -- confirmed.
Onset mid-Jan 2024 per pt. Both plaques lie precisely in the footprint of the heated lap pad she has
used daily since fall 2023; heat to the fat there very likely triggered them.
L thigh: 6.0 x 7.5 cm, 60% black eschar, 40% yellow slough, scant serous. R thigh: 4.0 x 4.5 cm
intact violaceous plaque, not open.
Tx: L -- cadexomer iodine, ABD pad, kling. R -- protect only, no heat or cold. Pad discarded (family).
Nephrology: calcium acetate -> sevelamer, calcitriol held, IV STS 3x/wk at infusion suite.
Pain 8/10 -> gabapentin 100 mg qhs, renal-dosed.
Wt 80.9 kg, BMI 30.0.
"""),
]}

D04 = {"patient_id": "D04", "age": 76, "sex": "M", "notes": [
("2023-06-05", "ADHC Nursing Note", """
Cedar Row ADHC -- nursing, Mon 6/5/23
W.H., 76M. Arrived on van 09:05 c/o cramping "in the back of my left leg" since HD on Sat.
Assess: L posterior calf firm + tender muscle belly; calf circ L 36 cm / R 35.5 cm; no redness,
no warmth, skin intact; DP/PT pulses palpable. Homans not done.
Intervention: cold pack in a pillowcase to L posterior calf x 15 min per standing order, leg up on
footstool. Pain 6/10 -> 3/10.
He asks for "the cold thing" every program day -- care plan updated: cold pack to L calf PRN
cramps, check skin after each use.
PMH: ESRD on HD Tu/Th/Sa, T2DM on linagliptin, old DVT L leg 2015 (warfarin 2015-2019, now off),
HTN, BPH. Wt 89.6 kg, BMI 28.9.
"""),
("2023-06-30", "ADHC Monthly Nursing Summary", """
JUNE MONTHLY NURSING SUMMARY -- W.H.
Attendance 12 of 13 sched days (center closed 6/19 for Juneteenth).
L calf cramps: cold pack given on 10 of 12 days, usually right after he arrives. Skin under the pack
checked each time: intact, no blanching issues.
Wt 89.4 kg, BMI 28.9 -- steady. BP range 124-156 / 70-88.
FSBG not checked here (oral agent only, per PCP).
Falls 0. Incidents 0. Behaviour: pleasant, naps after lunch.
Activities: chair volleyball, woodshop club, Friday music hour, garden boxes.
Plan: same; note to HD unit about post-run cramps (?UF goal), wife aware.
"""),
("2023-07-28", "Wound Center Consultation", """
WOUND & HYPERBARIC CENTER -- new patient
76M, ESRD on HD, DM2 non-insulin, former warfarin (stopped 2019).
HPI: painful wound on the back of the L leg. Began 3 weeks ago as a purple, very tender patch,
opened up over the last week. Wife dressing it w/ gauze.
Bx 7/20 by derm (report in chart): calcified small arterioles, intimal thickening, thrombi,
fat necrosis -> calciphylaxis.
Exam: L posterior calf, upper/mid third: 3.2 x 2.8 cm ulcer, 70% black eschar, 30% slough,
surrounding retiform purpura ~8 cm; no undermining or tunnelling. R leg intact. ABI 1.0 both.
Plan: STS with HD (nephrology ordering), autolytic debridement w/ hydrogel, silicone foam, NO
compression. Keep heat and cold off that leg. Pain service referral. RTC 1 wk.
Wt 88.1 kg.
"""),
]}

D05 = {"patient_id": "D05", "age": 59, "sex": "F", "notes": [
("2021-04-12", "ADHC Intake (RN/SW)", """
BRIGHTWATER ADULT DAY SERVICES -- INTAKE, RN + SW
L.M., 59F. Start date 4/12/21, Mon/Wed/Fri 9-2 (HD Tue/Thu/Sat).
Mobility: manual wheelchair, non-ambulatory since R MCA stroke 2020, L hemiparesis.
Transport: wheelchair lift van, 4-point tie-down + lap belt across the lower abdomen + shoulder belt.
PMH: ESRD on HD, T2DM on insulin -- daughter gives glargine 30 u every night into the lower belly
since March 2019 -- obesity, depression, HTN.
Anticoag: none (ASA 81 only). Never on warfarin.
VS 152/84, P 88, T 97.6. Wt 118.5 kg (chair scale), BMI 44.2.
Skin: daughter says intact; RN checked sacrum, heels, under pannus: ok.
Goals: social contact, respite for daughter (works nights), lunch meds (sevelamer) given here.
"""),
("2021-06-25", "ADHC Transportation Note", """
DRIVER LOG + RN FOLLOW-UP 6/25/21
Driver Tomas reports L.M. crying on the morning route, said the lap belt "burns" across her stomach.
He loosened it at the next stop.
RN check on arrival: lower abdomen, band ~20 cm wide x 5 cm tall across both sides below the navel,
dusky purple, hard, mottled, two dark crusted spots on the L side. Pt says it started early June and
is getting worse. Daughter (phone) had thought it was a heat rash.
Action: fax to HD unit, derm appt moved up to 7/1. Belt padded with sheepskin sleeve for ride home.
Pain 8/10 -- acetaminophen 650 given 10:30.
"""),
("2021-07-09", "Dermatology Consultation", """
DERMATOLOGY CONSULT
Reason: necrotic plaques of the lower abdomen, ?calciphylaxis.
59F, ESRD on HD, DM2 on insulin, BMI > 40. Lesions since early June 2021.
Exam: confluent indurated purpuric band across the lower pannus bilaterally w/ retiform border;
two stellate eschars L lower abdomen, 2 cm and 3 cm.
Bx 7/1 (punch, L lower abd): calcium in walls of subcutaneous arterioles, fibrin thrombi,
necrotic fat. = calciphylaxis.
Assessment: biopsy-proven calciphylaxis. The distribution is telling: it follows the line of the van
lap belt, which has pressed on this part of the pannus every ride since April, and overlaps the
area where her nightly insulin has gone in since 2019. Both are repeated local trauma.
Plan: nephrology re STS; move insulin to the thighs; ask transport to route the belt over the
pelvis; wound clinic referral.
"""),
("2021-08-10", "ADHC Care Plan Update", """
INTERDISCIPLINARY CARE PLAN UPDATE -- L.M.
New dx: calciphylaxis of lower abdomen, biopsy-proven July 2021.
Transport: lap belt now across upper thighs/pelvis with a gel pad; driver checks the position
every ride, RN spot-checks Mondays.
Nursing: dressing check each program day (wound clinic changes Tu/Fri) -- L lower abd ulcers,
foam dressings dry + intact today.
Insulin: daughter now gives glargine in the upper thighs.
Pain: 5/10 on home oxycodone 5 prn.
Wt 116.9 kg, BMI 43.5.
SW: daughter worn out; increase to 4 days/wk discussed, Tuesday slot after HD not workable.
"""),
]}

D06 = {"patient_id": "D06", "age": 80, "sex": "F", "notes": [
("2022-09-06", "ADHC Care Plan Addendum", """
HERON PARK ADULT DAY HEALTH -- CARE PLAN ADDENDUM 9/6/2022
M.B., 80F.  Problem: chronic edema of both legs (CKD 5 / ESRD, conservative kidney management --
declined dialysis 2021; venous insufficiency).
New order (PCP Dr. Ruiz, 9/1): knee-high compression stockings 15-20 mmHg, both legs, daytime.
Daughter leaves for work at 6 am, so the ADHC aide will put them on at arrival and take them off
before the van home. Started today: both legs, size M, top band sits just below the knee.
Other: AF on warfarin (PCP manages INR). No diabetes. Hx L breast ca 2010, lumpectomy.
VS 128/70, 72 irreg. Wt 63.1 kg, BMI 24.8.
Skin check of both legs each afternoon when stockings come off -- document on flow sheet.
"""),
("2022-12-01", "ADHC RN Note", """
RN note -- Thu 12/1/22
At stocking removal the aide called RN: R leg just under the knee, back/outer side of the calf, a
3 x 2 cm dark purple patch with a firm edge and small central blister; very tender.
Daughter says mom first complained of it around Thanksgiving -- she thought the stocking was rubbing.
L leg: fine.
Stockings stopped on both legs until reviewed. Legs elevated. Pain 6/10, acetaminophen 500 mg.
Msg to PCP + Dr. Anand (nephrology, CKM clinic). Aide re-educated on documenting skin checks
(flow sheet blank 11/28-11/30).
BP 122/68, T 97.7. Wt 62.8 kg.
"""),
("2022-12-09", "Wound Care Clinic Initial", """
WOUND CARE CLINIC -- INITIAL
80F, CKD 5 on conservative mgmt (no dialysis), AF on warfarin, referred for a R leg wound.
Onset around Thanksgiving (11/24/22).
Exam: R upper posterolateral calf, 3.5 x 2.5 cm necrotic ulcer, dry black eschar, violaceous
indurated halo; livedo extending 4 cm beyond it.
Derm punch bx of the rim 12/2: vascular calcification with thrombosis -- calciphylaxis.
Comment: the ulcer lies exactly along the elastic top band of the compression stocking that her
day center has applied daily since 9/6/22; pressure there most likely set it off.
Plan: no compression R leg; warfarin to stop -- cardiology asked about apixaban; STS not given
(no dialysis access) -- nephrology to weigh oral options; silicone contact layer + gauze;
pain control. BMI 24.6.
"""),
]}

D07 = {"patient_id": "D07", "age": 66, "sex": "M", "notes": [
("2021-02-16", "PD Unit Post-op Check", """
PD UNIT -- post-op check, 1 wk
66M, ESRD from diabetic nephropathy, plan CAPD then cycler.
Procedure: laparoscopic PD catheter placement 2/9/21 (Dr. Haines) through a ~3 cm L paramedian
incision just below the umbilicus; exit site L lower quadrant, pointing down.
Today: incision w/ steri-strips, clean/dry, no erythema. Exit site dry, no crust. 1 L flush in
and out, clear, good flow. Pain 2/10.
DM2 on NPH 20 u bid + sliding scale (self-injects into thighs and arms). No warfarin, ever.
Wt 102.3 kg, BMI 31.5.
Plan: training starts 2/23, no lifting > 10 lb x 6 wks, dressing weekly by PD RN.
"""),
("2021-05-04", "ADHC Nurse Visit", """
Pinecrest Senior Day Program -- nurse visit 5/4/21
T.K., 66M. c/o "a hard sore spot on my belly" on the L side since April, worse this week, rates
7/10, hurts most when he bends to tie his shoes.
Looked: L lower abdomen, right over the healed surgical scar below the navel, 3 x 3 cm purplish,
woody-firm plaque with a pinpoint dark centre. PD exit site itself looks clean, no drainage.
Afebrile 98.2. BP 150/86.
He did his own exchanges at home; cycler overnight, no alarms.
FSBG 212 pre-lunch (took NPH at home).
Notified PD nurse Rhonda -- she will see him Thursday. Told him to wear loose clothing.
"""),
("2021-05-18", "Dermatology New Patient", """
DERMATOLOGY -- NEW PATIENT
66 y/o man on PD, DM2 on insulin, obese. Referred by PD nurse.
Painful L lower abdominal plaque since April 2021.
Exam: 4 x 3.5 cm stellate violaceous indurated plaque w/ central 8 mm black eschar, L infraumbilical;
several smaller firm subcutaneous nodules nearby in the L lower abdomen.
Punch bx 5/11/21: arteriolar calcification in the subcutis, thrombosis, septal panniculitis.
DIAGNOSIS: calciphylaxis.
Plan: IV STS 3x/wk at infusion center, stop calcium carbonate, start cinacalcet; wound: medical honey
+ foam, change every other day by PD nurse/wife. Photos taken. RTC 3 wks.
Incidental: seborrheic keratoses upper back, benign.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
