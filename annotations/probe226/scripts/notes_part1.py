"""probe226 corpus notes, D01-D07 (adult day health centre and the clinics around it; all invented)."""

D01 = {"patient_id": "D01", "age": 68, "sex": "F", "notes": [
("2022-01-10", "ADHC RN Enrollment Assessment", """
LARKSPUR ADULT DAY HEALTH CENTER -- RN ENROLLMENT ASSESSMENT
Participant: D.O., 68 F    Program days: Mon/Wed/Fri 8:30a-3p    First day 1/10/22

Hx from son + referral packet: ESRD -- goes to Northgate Dialysis Tue/Thu/Sat, needles in L upper arm
AVF. Sugar diabetes (T2) about twenty years, insulin-treated. HTN, mild cognitive impairment, OA
both knees. No blood thinner.
Home meds: glargine 18u at bedtime (son draws up + gives), lispro 6u with lunch, sevelamer 800 w/ meals,
amlodipine 10, donepezil 5.
MIDDAY INSULIN: from today the lispro is OUR job on program days -- center RN gives it SC in the
belly, rotate quadrants, write the spot on the MAR. Dose #1 given 12:10 into abdomen; fingerstick
before lunch 188.
Vitals 148/82 | 76 | 97.9F | sat 97% RA.  Scale 86.0kg, 161cm tall, BMI 33.1 (chart calc)
Skin: intact, no open areas, flaky dry shins.
Diet renal + carb-consistent, thin liquids. Rides center van, walks with a cane.
Plan: FS before lunch, lispro per scale card, weigh monthly, phone son if BG >300 or <70.
"""),
("2022-03-07", "ADHC Caregiver Communication Log", """
CAREGIVER COMMUNICATION LOG -- phone, 07:55
Caller: son (Marcus O.). Mom has a "dark sore spot" low down on her R belly, he says.
First saw it Fri 3/4 while helping her shower; she yelps if anything brushes it.

RN look on arrival 09:10 (privacy room, pt agreed):
R lower abdomen, lateral + below navel: 3x4cm firm violaceous plaque, black centre ~1cm,
lacy purple border. Tender 7/10. No drainage, not warm. Temp 98.1, BP 152/80.
Lunch lispro given L upper abdomen today, well away from it; R-sided belly quadrants blocked on
the MAR until she is seen.
Photo (consented) + this note faxed to Dr. Osei's nephrology office. Son will show the HD nurse
tomorrow a.m. too. He repeated back the plan, will ring us after the appt.
"""),
("2022-03-15", "Dermatology Consultation", """
DERMATOLOGY -- NEW CONSULT        Ref: Dr. K. Osei (nephrology)
68yo woman, ESRD/HD, T2DM needing insulin, obese -- sent for a painful belly plaque she first
noticed 3/4/2022.
Exam: 4x5cm purpuric, indurated plaque (R lower quadrant of abdomen) with a firmly stuck-on black
eschar and a livedoid rim. Checked thighs, buttocks, breasts, calves: clear.
Path (4mm punch, R abdomen, 3/10): medial calcium deposits in little subcutaneous vessels, thrombus
in several lumens, fat lobules necrotic; calcium shows on the von Kossa. Picture matches calciphylaxis.
IMPRESSION: calciphylaxis, proven on biopsy. Worth stating: the plaque is exactly where the day-program
nurse has been injecting her lunchtime insulin since 1/10/22 -- a spot of repeated needle trauma.
PLAN: sodium thiosulfate 25g with each HD treatment, 3x/wk (unit aware); off the calcium-based binder;
nonadherent dressing + gauze; oxycodone 2.5 prn. Asked the day center to give insulin only in
thighs or backs of arms. RTC 2 wks.
Weight 85.1kg, BMI 32.8.
"""),
]}

D02 = {"patient_id": "D02", "age": 71, "sex": "M", "notes": [
("2023-10-12", "ADHC Immunization Record", """
OCEAN GATE DAY HEALTH -- ANNUAL FLU CLINIC  10/12/2023
Participant R.T., 71 M. Consent signed by wife (POA) 10/05.
Screening: no fever today, no egg/latex allergy, no Guillain-Barre, never reacted to a shot before.
Anticoag: warfarin (AF); INR was 2.4 on 10/9 -> IM fine with extra pressure.
Vaccine: Flu HD (65+) 0.7mL IM, LEFT upper arm. Lot FH7732 exp 06/2024.
Given 10:40 by J. Pereira RN, 25g 1" needle, firm pressure held 2 minutes.
Right arm NOT used -- that is his AV fistula arm, no sticks / no BP.
Watched 15 min in the sunroom, no reaction. BP 132/70, pulse 68 irregular.
Background: ESRD, HD Mon/Wed/Sat, with us Tue/Thu/Fri. Not diabetic.
VIS sheet handed to wife at pickup. Next flu shot due fall 2024.
"""),
("2023-11-24", "ADHC Nursing Check", """
Nursing check -- Fri 11/24/23 (day after Thanksgiving, low census, 14 pts)
R.T. wanted the nurse to see his L arm. Says it got sore about 3 weeks ago, then went hard, and now
"it's got a black dot on top".
Findings: L upper outer arm, 6x4cm stony-hard violaceous plaque, stellate purple edge,
1.5cm black centre. Winces at light touch. No streaking, no drainage. Temp 98.4, BP 128/66.
Wife by phone: figured it was a warfarin bruise, has been laying a cool wet cloth over it
since last week.
Action: photo to chart; message to Dr. Falk (nephrology) + HD charge nurse; acetaminophen 650
given 11:15 per standing order. No BP cuff on either arm today.
Wife will take him to nephrology early next week. Incident report? No -- no known injury on site.
"""),
("2023-11-29", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
R.T., 71M. Kidney failure from long-standing hypertension; HD M/W/Sa through his R brachiocephalic
fistula. AF, on warfarin.
CC: painful L arm lesion -- began early November, getting bigger. No fevers. Day program 3x/wk.
Exam: L lateral upper arm -- retiform purpura surrounding a ~2cm necrotic eschar, whole area about
6cm, firm induration underneath. Abdomen, thighs, legs: clear skin. Thrill good over the fistula.
Labs 11/28 -- Ca 9.8 (alb 3.1), PO4 7.1, PTH 912 intact; INR 2.6 on warfarin.
Assessment -- Calciphylaxis, made clinically: textbook look and setting (phosphate high, PTH high,
on warfarin). Biopsy deferred (site, anticoagulation); derm reviewed photos and concurs.
 - warfarin: stop. Switch to apixaban, 2.5 mg q12h.
 - STS 25 grams with dialysis, each run
 - 2.0 Ca bath; swap calcium acetate -> lanthanum; cinacalcet 60
 - wound clinic referral
Weight 79.3kg, BMI 27.4. Not a diabetic.
"""),
]}

D03 = {"patient_id": "D03", "age": 63, "sex": "F", "notes": [
("2023-09-19", "Home Dialysis (PD) Clinic Note", """
HOME PD CLINIC -- monthly
63F, kidney failure (IgA nephropathy), CCPD since 2021: five cycles overnight, 2L fills, 1.5L last fill.
Diabetes: type 2 -- diet only (A1c 6.4%), takes no pills or shots for it. No insulin.
R-sided exit site: clean and crust-free, nontender. Tunnel ok.
BP 138/76. Weight 84.2kg => BMI 31.2. Trace to 1+ ankle edema.
Labs: potassium 4.1 | Ca 9.9 | phos 6.2 | iPTH 540 | weekly Kt/V 1.9 | alb 3.5.
Meds: calcium acetate 667mg two with each meal, calcitriol 0.25 daily, amlodipine, atorvastatin.
Not on warfarin.
A/P: phos above goal -- went over dairy + processed meats again with pt + daughter, binder unchanged.
Attends an adult day program Tue/Wed/Thu, likes it. Return 4 wks.
"""),
("2024-02-06", "ADHC RN Note", """
Willowmere Adult Day Ctr -- RN note 2/6/24
Daughter Keisha sent a portal msg Mon: mom has "purple hard spots" on the front of both legs above
the knees since mid-January; crying with pain at night.
RN exam (private room): anterior thighs bilat -- L 5x7cm and R 4x4cm dusky, indurated plaques,
lacy purple margins; the L one has a small black crust centrally. No warmth, no drainage.
Context: since the fall she has used her own rechargeable heated lap pad on the van and at the
craft table; it sits over the tops of her thighs for hours, often on HIGH. Staff had not
been checking the skin underneath it.
Pad removed, sent home in a bag with a note. BP 142/80, P 82, T 98.0.
Called PD nurse -- urgent wound clinic slot 2/8. Daughter informed.
"""),
("2024-02-20", "Wound Clinic Progress Note", """
OUTPATIENT WOUND CLINIC -- return visit
Dx: calciphylaxis, both anterior thighs. Incisional bx L thigh 2/8/24: small fat-layer arteries
crusted with calcium and clotted off, lobular panniculitis -- diagnosis confirmed.
Onset mid-Jan 2024 per pt. Both plaques lie precisely in the footprint of the heated lap pad she has
used daily since fall 2023; heat to the fat there very likely triggered them.
L thigh: 6.0x7.5cm, eschar ~60% (black), slough ~40% (yellow), scant serous. R thigh: 4.0x4.5cm
violaceous plaque, intact, not open.
Tx: L -- cadexomer iodine, ABD pad, kling. R -- protect only, no heat or cold. Pad discarded (family).
Nephrology: calcium acetate -> sevelamer, calcitriol held, IV STS M-W-F, infusion suite.
Pain 8/10 -> gabapentin 100mg at bedtime, renal-dosed.
Weight 80.9kg, BMI 30.0.
"""),
]}

D04 = {"patient_id": "D04", "age": 76, "sex": "M", "notes": [
("2023-06-05", "ADHC Nursing Note", """
Cedar Row ADHC -- nursing, Mon 6/5/23
W.H., 76M. Came in on the van 09:05 c/o cramping "in the back of my left leg" since HD on Sat.
Assess: L posterior calf firm + tender muscle belly; calf circ L 36 / R 35.5cm; no redness,
no warmth, skin intact; DP/PT pulses palpable.
Intervention: cold pack in a pillowcase to L posterior calf x15 min per standing order, leg up on
footstool. Pain 6/10 -> 3/10.
He asks for "the cold thing" every program day -- care plan updated: cold pack to L calf PRN
cramps, look at the skin after each use.
PMH: ESRD w/ dialysis Tu-Th-Sa; T2DM on linagliptin; old DVT L leg 2015 (warfarin 2015-2019, now off);
HTN, BPH. Wt 89.6kg, BMI 28.9.
"""),
("2023-06-30", "ADHC Monthly Nursing Summary", """
JUNE MONTHLY NURSING SUMMARY -- W.H.
Attendance 12 of 13 sched days (center closed 6/19 for Juneteenth).
L calf cramps: cold pack given on 10 of 12 days, usually right after he arrives. Skin under the pack
checked each time: intact, no blanching issues.
Wt 89.4kg, BMI 28.9 -- steady. BP range 124-156 / 70-88.
Fingersticks not done here (oral agent only, per PCP).
Falls 0. Incidents 0. Behaviour: pleasant, naps after lunch.
Activities: chair volleyball, woodshop club, Friday music hour, garden boxes.
Plan: same; note to HD unit about post-run cramps (?UF goal), wife aware.
"""),
("2023-07-28", "Wound Center Consultation", """
WOUND & HYPERBARIC CENTER -- new patient
76M, ESRD (HD), type 2 DM -- tablets, no insulin -- took warfarin until 2019.
HPI: painful wound, L calf (back). Started 3 weeks ago -- a purple, very tender patch
that opened up over the last week. Wife dressing it with gauze.
Bx 7/20 by derm (report in chart): small arterioles calcified, intima thickened, thrombi, fat
necrotic -> calciphylaxis.
Exam: L posterior calf, upper/mid third: ulcer 3.2x2.8cm, eschar ~70% black, remainder slough;
retiform purpura fanning out ~8cm; no undermining or tunnelling. R leg intact. ABI 1.0 both.
Plan: nephrology ordering STS with dialysis; autolytic debridement w/ hydrogel, silicone foam, NO
compression. Keep heat and cold off that leg. Pain service referral. RTC 1 wk.
Wt 88.1kg.
"""),
]}

D05 = {"patient_id": "D05", "age": 59, "sex": "F", "notes": [
("2021-04-12", "ADHC Intake (RN/SW)", """
BRIGHTWATER ADULT DAY SERVICES -- INTAKE, RN + SW
L.M., 59F. Start date 4/12/21, Mon/Wed/Fri 9-2 (HD Tue/Thu/Sat).
Mobility: manual wheelchair, non-ambulatory since R MCA stroke 2020, L hemiparesis.
Transport: wheelchair lift van, 4-point tie-down + lap belt across the lower abdomen + shoulder belt.
PMH: kidney failure (HD); DM type 2 w/ insulin -- daughter gives glargine 30u every night into
the lower belly since March 2019; obesity, depression, HTN.
Anticoag: none (ASA 81 only). Never on warfarin.
Vitals 152/84, 88, 97.6. Wt 118.5kg (chair scale), BMI 44.2.
Skin: daughter says intact; RN checked sacrum, heels, under pannus: ok.
Goals: social contact, respite for daughter (works nights), lunch meds (sevelamer) given here.
"""),
("2021-06-25", "ADHC Transportation Note", """
DRIVER LOG + RN FOLLOW-UP 6/25/21
Driver Tomas reports L.M. crying on the morning route, said the lap belt "burns" across her stomach.
He loosened it at the next stop.
RN check on arrival: lower abdomen, a band ~20cm wide x 5cm tall running side to side under the
umbilicus, dusky purple, hard, mottled; two dark crusted spots on the L side. Pt says it started early
June and keeps getting worse. Daughter (phone) had assumed a heat rash.
Action: fax to HD unit, derm appt moved up to 7/1. Belt padded with a sheepskin sleeve for ride home.
Pain 8/10 -- acetaminophen 650 given 10:30.
"""),
("2021-07-09", "Dermatology Consultation", """
DERMATOLOGY CONSULT
Reason: necrotic plaques of the lower abdomen, ?calciphylaxis.
59F. Kidney failure (HD); DM2 on insulin; BMI over 40. Lesions since early June 2021.
Exam: confluent purpuric, indurated band across the lower pannus on both sides with a retiform
border; two stellate eschars L lower abdomen, 2cm and 3cm.
Bx 7/1 (punch, L lower abd): calcium encrusting subcutaneous arteriole walls, fibrin plugs,
dead fat. = calciphylaxis.
Assessment: biopsy-proven calciphylaxis. The distribution is telling -- it traces the line of the
van lap belt, which has pressed on this part of the pannus every ride since April, and overlaps the
area where her nightly insulin has gone in since 2019. Both = repeated local trauma.
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
Wt 116.9kg, BMI 43.5.
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
VS 128/70, 72 irreg. Wt 63.1kg, BMI 24.8.
Skin check of both legs each afternoon when stockings come off -- document on flow sheet.
"""),
("2022-12-01", "ADHC RN Note", """
RN note -- Thu 12/1/22
At stocking removal the aide called RN: R leg just under the knee, back/outer side of the calf,
a 3x2cm patch, deep purple, firm edge, small blister in the middle; very tender.
Daughter says mom first complained of it around Thanksgiving -- she thought the stocking was rubbing.
L leg: fine.
Stockings stopped on both legs until reviewed. Legs elevated. Pain 6/10, acetaminophen 500 mg.
Msg to PCP + Dr. Anand (nephrology, CKM clinic). Aide re-educated on documenting skin checks
(flow sheet blank 11/28-11/30).
BP 122/68, T 97.7. Wt 62.8kg.
"""),
("2022-12-09", "Wound Care Clinic Initial", """
WOUND CARE CLINIC -- INITIAL
80F, CKD5 managed conservatively (never dialysed), AF on warfarin; referred for a R leg wound.
Daughter dates it to Thanksgiving Day (11/24/22).
Exam: R upper posterolateral calf, necrotic ulcer 3.5x2.5cm capped by dry black eschar, violaceous
indurated halo; livedo reaching 4cm past it.
Derm punch bx of the rim 12/2: vascular calcification with thrombosis -- calciphylaxis.
Comment: the ulcer runs right along where the stocking's elastic top band sat every day since her
day center began applying them on 9/6/22; pressure there most likely set it off.
Plan: no compression R leg; warfarin to stop -- cardiology asked about apixaban; STS not given
(no dialysis access) -- nephrology to weigh oral options; silicone contact layer + gauze;
pain control. BMI 24.6.
"""),
]}

D07 = {"patient_id": "D07", "age": 66, "sex": "M", "notes": [
("2021-02-16", "PD Unit Post-op Check", """
PD UNIT -- post-op check, 1 wk
66M, ESRD from diabetic nephropathy, plan CAPD then cycler.
Procedure: laparoscopic PD catheter placement 2/9/21 (Dr. Haines) through a ~3cm L paramedian
incision just below the umbilicus; exit site L lower quadrant, pointing down.
Today: incision w/ steri-strips, clean/dry, no erythema. Exit site dry, no crust. 1L flush in
and out, clear, good flow. Pain 2/10.
DM2 on NPH 20u bid + sliding scale (self-injects into thighs and arms). Never had warfarin.
Wt 102.3kg, BMI 31.5.
Plan: training starts 2/23; nothing heavier than a gallon of milk for six weeks; dressing weekly by PD RN.
"""),
("2021-05-04", "ADHC Nurse Visit", """
Pinecrest Senior Day Program -- nurse visit 5/4/21
T.K., 66M. c/o "a hard sore spot on my belly" on the L side since April, worse this week, rates
7/10, hurts most when he bends to tie his shoes.
Looked: L lower abdomen, right over the healed surgical scar below the navel, 3x3cm purplish,
woody-firm plaque with a pinpoint dark centre. PD exit site itself looks clean, no drainage.
Afebrile 98.2. BP 150/86.
He did his own exchanges at home; cycler overnight, no alarms.
FSBG 212 pre-lunch (took NPH at home).
Notified PD nurse Rhonda -- she will see him Thursday. Told him to wear loose clothing.
"""),
("2021-05-18", "Dermatology New Patient", """
DERMATOLOGY -- NEW PATIENT
66 y/o man on PD, DM2 on insulin, obese. Referred by PD nurse.
Sore plaque low on the L abdomen; present since April 2021.
Exam: stellate, indurated violaceous plaque 4x3.5cm, black eschar 8mm in its centre, L infraumbilical;
a few smaller firm subcutaneous nodules close by in the L lower abdomen.
Punch bx 5/11/21: calcified arterioles deep in the fat, thrombosed; septal panniculitis.
Dx = calciphylaxis.
Plan: intravenous STS, infusion centre, three days a week; stop calcium carbonate, start cinacalcet;
wound: medical honey + foam, PD nurse/wife to change q48h. Photos taken. RTC 3 wks.
Incidental: seborrheic keratoses upper back, benign. Nothing else of note.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
