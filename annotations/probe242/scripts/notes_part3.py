"""probe242 corpus notes, V15-V20 (diabetes educator visits and the clinics around them; all
invented)."""

V15 = {"patient_id": "V15", "age": 45, "sex": "F", "notes": [
("2018-04-10", "Insulin Pump Visit - CDE", """
INSULIN PUMP VISIT

45F T1DM, MiniMed 670G in auto mode, ESRD, three years into HD (R arm AVF). No blood thinners.
Sets: Quick-set, abdomen only, changed every 4-5 days (advised q3d).
Complains of two tender, firm, dusky nodules below the navel at old set sites, present
since about March 20.
Exam: two 1.5 cm violaceous tender nodules with faint livedo, infraumbilical.
Plan: move sets to the upper buttocks and keep off this patch; message to nephrology
re: the nodules.
Auto mode 81 %, sensor avg 171, 2 lows in the log.
BMI 23.7.
"""),
("2018-04-24", "Dermatology", """
Dermatology

Infraumbilical nodules at infusion-set sites in an HD patient, referred by her CDE and
nephrologist. Nodules sore to touch, no drainage, no fever.
Exam: two violaceous subcutaneous nodules, firm, 1.5 and 2 cm, below the umbilicus, faint livedo
around the larger one; no ulceration, no eschar.
Ddx: infusion-site panniculitis / foreign-body reaction vs early calciphylaxis; with ESRD and
a PTH of 900 I can't rule that out.
Punch bx of the larger nodule taken today, to path with a request for calcium stains.
Sets now in the upper buttocks per CDE.
"""),
("2018-05-15", "Dermatology Follow-up", """
Derm f/u

Pathology back: mostly lobular panniculitis; vessels without calcium; the sample was too
shallow, so nondiagnostic for calciphylaxis. Deeper incisional sampling recommended - she
declines ("that punch was sore for weeks").
Nodules softer and smaller, no ulceration, bx site healed.
Impression: still possible early calciphylaxis vs infusion-site panniculitis; cannot
settle it without deeper tissue.
She moves to Halifax next month; we faxed records to her incoming nephrologist with advice to
rebiopsy if the nodules ulcerate. Pump sets to stay off the lower abdomen meanwhile.
"""),
]}

V16 = {"patient_id": "V16", "age": 58, "sex": "F", "notes": [
("2023-02-07", "Weight Management Clinic - Injection Teaching", """
WEIGHT MANAGEMENT CLINIC -- injection teaching (CDCES)

58 F, class II obesity (BMI 39.2). Prediabetes, A1c 5.9, fasting 104 -- not diabetic.
CKD stage 4 (eGFR 21) under renal clinic, no dialysis. Warfarin for AF, INR range 2-3.
Wegovy 0.25 mg weekly start 2/7/23: she gave the first dose herself, L front of thigh,
here in clinic. Plan: alternate thighs each week.
No insulin. Low-glucose risk small; reviewed nausea, hydration (matters for her kidneys),
gallbladder sx.
Pen storage: fridge, 28 days at room temp once out. Dose steps every 4 wks as tolerated.
"""),
("2023-05-16", "CKD Clinic - Nephrology", """
CKD clinic

Wt down 9 kg, BMI 37.8. eGFR 19, K 5.1, bicarb 20.
Reports tender firm lumps in both thighs where she injects the Wegovy, since April; the
left-sided one has a mottled purple rim.
Exam: 2-3 cm subcutaneous nodules, bilateral anterior thighs; the L one with livedo. No
ulcer, no eschar.
Weight loss has helped her knees; she is keen to continue if safe.
A: reaction at injection sites? or early calciphylaxis (warfarin, CKD 4).
P: derm referral; hold Wegovy; check Ca/Phos/PTH; discuss a DOAC with cardiology.
"""),
("2023-06-13", "Dermatology", """
Derm

Nodules improving since Wegovy held (last dose 5/14). No ulceration, livedo fading on
the L; the R ones are barely palpable now.
Labs from renal: Ca 9.3, Phos 4.6, PTH 210.
Impression: favor injection-site panniculitis; calciphylaxis not excluded. Offered tissue
sampling; she would like to hold off. If the nodules come back or ulcerate -> deep bx.
Relocating in July, to see an outside dermatologist; letter given. Weight clinic told
not to restart Wegovy until derm there has seen her. INR stable at 2.4.
"""),
]}

V17 = {"patient_id": "V17", "age": 74, "sex": "M", "notes": [
("2025-08-19", "CDE Visit", """
CDE visit

74M T2DM on insulin 70/30 BID into the pannus (large, overhanging), ESRD on PD. Warfarin for
LV thrombus.
Log: fasting 140s, 2 lows (65, 59) late evening. 70/30 PM dose 20 -> 16 u.
Pannus skin folds moist; injection sites fine. Talked about drying the folds.
Tecnique watched: good, 4 mm needle, pinches up a fold, counts 10.
Eyesight fair; daughter checks the pen dial on weekends.
PD: cycler nightly, no issues per pt. Meter downloaded, 3 checks/day.
BMI 44.3.
"""),
("2025-09-30", "Hospital Progress Note - Nephrology", """
Nephrology progress note, 5 South (hospital day 3)

74M, ESRD on CCPD, T2DM on 70/30, LV thrombus on warfarin. Admitted 9/28 with fever and
lower abdominal pain. PD effluent clear, cell count 40, so no peritonitis.
Pannus: 10 cm area of mottled violaceous livedo with a central tender indurated zone,
noticed last week by his daughter. Skin folds macerated.
Labs: WBC 13.2 / calcium 9.6 / phos 6.8 / PTH 640 / INR 3.8.
A: ?calciphylaxis vs cellulitis of the pannus vs intertrigo. Bx deferred while INR high.
P: cefazolin; empiric STS for possible calciphylaxis; warfarin held; borders marked;
inpatient diabetes team for the insulin.
"""),
("2025-10-07", "Transfer Summary", """
TRANSFER SUMMARY -- 5 South

Transferred to Lakemont University Hospital at the family's request on 10/07/25, closer to
his daughter.
Course: fever settled on cefazolin; pannus livedo a little less red at the margins but the
central induration persists and is still very tender.
Working dx: cellulitis of the pannus; calciphylaxis (early) not yet excluded, remains in the
ddx; no biopsy done (INR was high, then transfer). STS x 3 doses given.
PD continued in hospital. Insulin 70/30 reduced to 14 u BID, BG 120-180. Warfarin held,
INR 2.1.
Recommend: derm review and deep incisional biopsy at the receiving hospital.
"""),
]}

V18 = {"patient_id": "V18", "age": 46, "sex": "F", "notes": [
("2018-11-06", "CDE Visit - Annual Review", """
CDE visit -- annual review

46 F, T1DM dx age 14, on MDI (Basaglar 22 u, Humalog 1:12) into thighs and abdomen.
Kidneys: CKD 3a - last eGFR 52; dialysis not on the horizon. No anticoagulation.
BMI has run 26-28 the last few years; today 27.4. Her goal BMI is under 25.
Shins: for years, shiny yellowish-brown plaques bilaterally; a small ulcer in the L plaque
since she bumped it on the bed frame 2 wks ago. PCP asked "?calciphylaxis" and sent her to
derm.
Hypo log: 4 lows, all before lunch on gym days (spin class 7 am). Plan: 1 u less Humalog
at breakfast on gym days, 15 g snack before class.
Sites: rotation fine, no lipohypertrophy on palpation.
"""),
("2018-11-27", "Dermatology", """
Dermatology

46F T1DM referred for ulcerated plaque L shin; ?calciphylaxis raised by PCP.
Hx: yellow-brown atrophic plaques on both shins for ~6 years; small ulcer in the L plaque
after a knock on the bed frame earlier this month.
Exam: bilateral pretibial plaques with telangiectasia; shallow 1-cm ulcer within the L plaque, no
eschar, no livedo or retiform purpura.
Bx 11/20/18 L shin edge: necrobiosis lipoidica - palisading granulomas, no vascular
calcification, no thrombi.
Calciphylaxis ruled out; CKD only stage 3a anyway.
Plan: clobetasol to plaque edges, non-adherent dressing to the ulcer, avoid knocks to the
shins; f/u 8 wks.
"""),
("2019-01-15", "CDE Follow-up", """
CDE f/u

Shin ulcer healing per derm, almost closed. Humalog before gym cut by 1 u as planned; lows
down to 1/wk, none below 60.
Injection sites rotated; small lipohypertrophy R thigh, advised to skip it for a few weeks
and use the L thigh and abdomen.
Libre 2 requested through insurance; she would like alarms for the pre-lunch lows.
A1c 7.2 (was 7.6).
Wt 72 kg, up 1 kg over the holidays. Next visit spring, sooner if lows return.
"""),
]}

V19 = {"patient_id": "V19", "age": 38, "sex": "M", "notes": [
("2024-03-12", "CDE Pump Visit", """
CDE pump visit

38M T1DM since childhood on Omnipod 5 + Dexcom G7, kidney function normal (eGFR 98,
UACR 12).
Family hx: older brother (was on HD) died from calciphylaxis in 2022; pt worried the same
could happen to his skin and asked if pods can cause it. Reassured: his own kidneys are healthy.
PMH: PE 2012 -> warfarin for 6 months, finished; no anticoagulant now.
Obesity class I, BMI 31.0.
Skin: pod sites abdomen/arms clean, no lesions, no lipohypertrophy.
TIR 77 %, TBR 2 %, no lows under 54. Target 110 kept; exercise mode before soccer.
"""),
("2024-09-10", "CDE Follow-up", """
CDE f/u -- 6 month

Pods rotating arms/abdomen every 3 days, no skin problems; adhesive tolerated without
overpatches. No sign of calciphylaxis or any skin lesion on a full look at his sites.
TIR 80 %, TBR 1 %. A1c 6.9.
His brother's death still on his mind; talked about how different his kidneys are from
his brother's. Offered the clinic pyschologist.
Weight trending down with the soccer league: BMI 30.4.
Next visit in 6 months, labs before (A1c, lipids, UACR).
"""),
]}

V20 = {"patient_id": "V20", "age": 64, "sex": "M", "notes": [
("2025-05-06", "CDE Insulin Start", """
CDE -- insulin start

64M, T2DM x 20 yrs, ESRD, HD three times a week (L arm fistula). On apixaban, never warfarin.
A1c 9.1 despite linagliptin.
Tresiba 10 u daily started, first dose self-injected into the abdomen with a 4 mm needle;
teach-back correct.
Counselling: calciphylaxis (very painful skin breakdown) is a known risk with kidney
failure on HD; keep rotating sites, never put heat pads or ice on your skin, and call us
early about any sore purple patch.
Hypo plan: 15 g fast carbs, recheck 15 min; no driving if under 90.
Skin exam of abdomen, thighs, arms: intact, no lesions.
BMI 27.0.
"""),
("2025-06-17", "CDE Follow-up", """
CDE f/u

Tresiba titrated up to 16 u; fasting 110-150. Sites rotated across the abdomen, technique
good, no lipohypertrophy.
Lows: 1 (68 mg/dL after HD on a Thursday), treated with apple juice; rechecked 112.
No evidence of calciphylaxis, skin intact at all sites.
Reviewed sick days and dialysis-day dosing: no change on HD days for now.
Wife now comes to visits; both watched the pen-needle disposal again and got a new
sharps container.
BMI 26.8, stable.
Next: A1c in August.
"""),
]}

PATIENTS = [V15, V16, V17, V18, V19, V20]
