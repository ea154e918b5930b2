"""probe213 corpus notes, C08-C14 (occupational health and workers' compensation, with the
nephrology, dermatology and wound notes around them; all people, places and wording invented)."""

C08 = {"patient_id": "C08", "age": 50, "sex": "F", "notes": [
("2024-09-16", "Occupational Health Visit", """
OCC HEALTH - EMPLOYEE CONCERN (not yet filed as injury)
Tidewell Logistics, DC-2, reach-truck operator, 10 h shifts
HPI: 50F has had a painful, dark area on her lower belly, left side, since Labor Day. She has
worn the company-issued velcro back-support belt cinched low under her stomach every shift since
summer 2023, when the supervisor made them mandatory for reach-truck operators. The bottom edge
of the belt lands right at the spot.
PMH: ESRD, HD MWF 05:00; DM2 on insulin (glargine, injects into her thighs); HTN; obesity.
Vitals: 158/94, HR 90, T 98.9. BMI 42.7.
Exam: L lower abdominal pannus - a 7x5cm plaque, violaceous and indurated, retiform edge, pinpoint
dusky center, very tender. A red groove from the belt edge crosses its upper margin.
A: concern for calciphylaxis. Sent to Dr. Imrie (nephrology) today; no belt pending eval.
"""),
("2024-09-27", "Nephrology Consult", """
NEPHROLOGY - Dr. Imrie, clinic note
Derm bx 9/19/24 (plaque, L lower abdomen): calciphylaxis (calcified, thrombosed subcutaneous
arterioles). The lesion formed at the line where her work back-support belt's lower border
compresses the pannus.
Now 8x6cm, central eschar 2cm. Pain 8/10.
Labs: Ca10.2 P7.4 iPTH1104 Alb3.0
HD: increase to 4 sessions/wk, low-Ca bath, STS 25 g each run, cinacalcet up-titrate, stop
calcium carbonate.
Insulin: keep using thighs, not abdomen.
Surgery consult for PTX if no response in 6-8 wks.
Belt: must stop. Letter to employer via occ health.
"""),
("2024-10-21", "Return-to-Work Form", """
RETURN-TO-WORK / MODIFIED DUTY FORM - Tidewell Logistics HR
Employee: C08   Supervisor: G. Amadi   Visit: Oct 21 2024
Medical condition: calciphylaxis, L lower abdomen, at the belt's pressure line (biopsy 9/19/24).
Under nephrology + wound care.
May return to work 10/28/24 with restrictions:
- NO back-support belt, waist pack or tool belt
- sit-down counterbalance forklift only; no order picking
- 10-minute break every 2 hrs to offload the abdomen; dressing changes on site allowed
- no lifting > 15 lb
Restrictions expected 8 weeks. Next review 11/25/24.
Ht 165 cm, Wt 114.6 kg, BMI 42.1.
Provider: S. Villanueva, PA-C, Occupational Medicine
"""),
]}

C09 = {"patient_id": "C09", "age": 63, "sex": "F", "notes": [
("2022-10-05", "Worksite Influenza Vaccination Record", """
WORKSITE INFLUENZA VACCINATION RECORD - Fernhill Unified School District, Central Kitchen
Administered by: CareStream Worksite Wellness (mobile team)
Employee: C09   Position: food service worker II
Screening: feels well today [Y]; egg allergy [N]; prior GBS [N]; severe reaction to a flu shot
[N]; bleeding disorder or blood thinner [Y - warfarin] -> 23 g needle, firm pressure 2 min.
Other conditions listed by employee: "kidney failure - on dialysis three times weekly", high
blood pressure.
Vaccine: Flucelvax Quad 0.5mL, IM, RIGHT upper arm (deltoid). Lot 318-556, exp 06/2023.
Time 10:42. Observed 15 min, no reaction. VIS given (08/06/21 ed.).
Vaccinator: P. Rahimi, RN
"""),
("2022-11-21", "Dermatology Follow-up", """
DERMATOLOGY - results/follow-up (first seen 11/14/22, sent by HD unit)
63F, ESRD (dialysis TTS), AF - warfarin; HTN; obese, BMI 34.0. Not diabetic.
HPI: burning, hard area, back of the LEFT upper arm, since 10/20/22 - remembers the date
since it began the day of the school's fall open house. No shots, blood draws, falls or knocks
on that side; this season's work flu shot went into the right arm.
Exam shows a 6x4cm indurated plaque, L posterior upper arm, with retiform purpura, 1cm black
eschar centrally. R arm incl. deltoid: normal skin. Trunk/legs clear.
Path (2 punches, 11/14): subcutaneous vessel calcification with luminal thrombi -> calciphylaxis.
Plan: thiosulfate with HD, cardiology to weigh stopping warfarin, wound RN, analgesia.
"""),
]}

C10 = {"patient_id": "C10", "age": 57, "sex": "M", "notes": [
("2023-02-06", "Nephrology PD Clinic", """
PD CLINIC - monthly visit
57M ESRD (hypertensive nephrosclerosis) on CCPD, 5 cycles overnight; drives a parcel delivery
route. DM2 on linagliptin, no insulin.
New: since mid-January, a very tender hard patch over the lateral R thigh, now purplish with a
lacy edge; recalls no injury, never injects into the thighs.
Exam: R lateral thigh - 6x4cm indurated, violaceous plaque, retiform margin, not ulcerated. PD
exit site: clean, dry.
Labs: Ca10.1 P6.8 iPTH640 Alb3.3, wkly Kt/V 1.9
VS: 140/82, wt 92.3 kg, BMI 28.3.
A: ?calciphylaxis - urgent derm. Stop calcium acetate -> sevelamer; start cinacalcet.
"""),
("2023-02-20", "Dermatology Results Visit", """
DERM RESULTS VISIT
Incisional bx R lateral thigh 2/10/23: calcified small vessels in septal fat, thrombosis, von
Kossa +. Dx: calciphylaxis.
Today: plaque 7x4.5cm; dusky 1.5cm centre beginning to slough. Pain 7/10, sleeping poorly.
He asks if he can keep driving his route - yes, if pain allows; he should pad the door side of
the seat and avoid bumping the leg while loading.
Plan: IV thiosulfate x3/wk at the infusion suite (he's on PD), foam dressing, f/u 4 wks,
nephrology aware.
"""),
("2023-03-06", "Workers' Compensation First Report of Injury", """
WC FIRST REPORT OF INJURY - Occupational Medicine
Employer: SwiftLine Parcel   Job: delivery driver
DOI: 03/02/2023, approx 14:00
Mechanism: lowering the liftgate at a stop, the gate's corner swung and struck his R lateral
thigh.
Exam: 5x4cm ecchymosis R lateral thigh, just distal to the known calciphylaxis wound, which he
has had since January and which was biopsy-confirmed last month (before this event). The wound
itself looks unchanged from the derm photos of 2/20 - no new bleeding, no new necrosis.
Dx: contusion R thigh (work related). Pre-existing calciphylaxis, non-occupational, not
aggravated per exam today.
Work: regular duty, no liftgate operation x 1 wk; recheck 1 wk.
"""),
]}

C11 = {"patient_id": "C11", "age": 49, "sex": "F", "notes": [
("2021-04-12", "Dermatology Consult", """
DERMATOLOGY CONSULT
49F, ESRD, HD Tu-Th-Sa x6 yrs; DM2 (on insulin); HTN; obesity. Not on warfarin.
CC: sore area, L posterior calf, since about 3/20.
Pt recalls no trauma to that leg.
Exam: L posterior mid-calf: 4x3cm necrotic plaque ringed by livedo racemosa, stony induration.
R leg unremarkable; DP/PT palpable bilat.
A: suspected calciphylaxis; also considered: vasculitis, cholesterol emboli (warfarin necrosis
unlikely - never on it).
P: punch bx x2 (4mm) from the margin of the plaque, L calf, today (H&E, von Kossa, DIF). Vaseline to bx
sites.
BMI 38.0.
"""),
("2021-04-26", "Wound Clinic", """
WOUND CLINIC - visit 1
Path (4/12 bx, L calf): calciphylaxis.
L posterior calf wound 4.2x3.1cm; bed ~80% black adherent eschar / ~20% slough; small amt serous
exudate; livedo around.
Procedure: selective sharp debridement (curette, pickups) down to bleeding tissue, approx 6 cm2,
after topical lidocaine; tolerated.
Dressing: Ca alginate -> bordered foam -> light two-layer compression, toes to knee.
STS 25 g now being given at every HD run.
Pain controlled w/ tramadol 50 mg bid.
Return weekly for dressing/debridement.
"""),
("2021-05-17", "Occupational Health Injury Visit", """
OCC HEALTH - WORK INJURY
Employer: Northgate Customer Care Center  Job: customer service rep
HPI: while trimming forms on the office paper cutter at 11:20 today she cut the pad of her R
index finger. Bleeding controlled w/ pressure by floor manager.
PMH: ESRD (hemodialysis), DM2 - on insulin, calciphylaxis of L calf under weekly wound care (not part
of this claim).
Exam: R index fingertip, volar pad - 1.5cm linear lac, edges clean, FDP/FDS intact, cap refill
<2 s, sensation intact.
Procedure: digital block 1% lidocaine, irrigated, closed with 3 simple interrupted 5-0 nylon
sutures.
Tdap: 2020 - current.
Work: modified - no typing with R index x 7 days (L hand/voice software). Suture removal 5/27.
"""),
("2021-06-07", "ADA Accommodation Medical Certification", """
ACCOMMODATION REQUEST - MEDICAL CERTIFICATION (ADA)
Employee: C11   Employer: Northgate Customer Care Center
1. Finger laceration 5/17/21: sutures out 5/27, healed. No restriction.
2. Ongoing condition: calciphylaxis, L lower leg, wound ~3.5x2.8cm, improving.
Accommodations requested:
 - leave 2 mornings/wk for wound clinic; Tue/Thu/Sat dialysis is already after her shift
 - leg elevation at her desk, headset so she can stand
 - remote work on days the dressing must be changed midday
Expected duration: 3-6 months.
Wt 102.4 kg, BMI 37.6.
Certifying provider: L. Bergstrom, NP, Occupational Health
"""),
]}

C12 = {"patient_id": "C12", "age": 60, "sex": "M", "notes": [
("2020-07-13", "Nephrology HD Rounds", """
HD ROUNDS, Eastgate Dialysis, 1st shift M/W/F
60M, ESRD d/t ADPKD; access: tunneled line in the R IJ; AVF (L arm) still maturing.
Day job: maintenance mechanic, Corliss University.
Two weeks of painful, hard patches across the lower belly, both sides, beneath the fold. Denies
injecting anything there (not on insulin; no heparin sq), never uses a heating pad, no injury.
DM2 controlled by diet, A1c 6.9 - told him insulin could become necessary if that climbs; none
for now.
Exam: bilateral lower abdominal pannus, symmetric 5-8 cm indurated purpuric plaques with livedo,
one with a small central black dot. BMI 45.1.
Labs: Ca9.8 P8.0 iPTH960
A/P: worry is calciphylaxis; biopsy by derm this week; calcitriol stopped; low-calcium bath.
"""),
("2020-07-24", "Dermatology Follow-up", """
DERM f/u
Bx 7/16 x2 (R + L lower abdomen) read as calciphylaxis (vessel-wall calcium in small arterioles,
luminal clot, fat necrosis).
Hx re-taken: no tool belt (uses a rolling cart for tools), wears suspenders rather than a belt,
no tight waistband, no abdominal injections ever, never used ice or heat on the belly.
Exam: plaques both sides of the lower pannus, each ~7 cm, the L one with an early 1 cm eschar.
Plan: nonadherent foam to the eschar; abdominal binder NOT advised (pressure); STS at HD; pain
plan per nephrology; f/u 3 wk.
"""),
("2020-08-10", "Fitness-for-Duty Letter", """
FITNESS-FOR-DUTY LETTER - Corliss University Facilities, Attn: HR Benefits
Re: C12, maintenance mechanic

Mr. [C12] was evaluated today. He has biopsy-proven (July 2020) calciphylaxis involving the skin
of the lower abdomen, a non-occupational condition related to his kidney disease, treated by
nephrology and dermatology.
He may return to light duty 08/17/20:
 - must not wear a tool belt, harness or lifting belt over the abdomen
 - no work near boilers/steam lines (heat) while the wounds are open
 - no crawl-space or ladder work
 - lifting limit 20 lb
The hepatitis B series your safety office requested can start once the wounds have healed; not
given today.
Re-evaluation in 6 weeks.
Occupational Medicine
"""),
]}

C13 = {"patient_id": "C13", "age": 45, "sex": "M", "notes": [
("2021-05-12", "Workers' Compensation Doctor's First Report", """
DOCTOR'S FIRST REPORT - work injury
Employer: Port Anselm Cold Chain, Dock 4   Job: dock worker / loader
DOI: 5/12/21 07:50
Slipped on a wet plate at the dock edge and fell ~4 ft to the pavement, landing on his R side.
No LOC; head not struck.
PMH: ESRD on HD MWF (evenings), HTN. No diabetes, no anticoagulants.
VS: 138/84, HR 96. BMI 26.0.
Exam: lateral R hip, over the greater trochanter - 10x8cm ecchymosis w/ swelling, TTP; hip ROM
full but painful; able to bear weight. R thigh below it nontender, skin intact. Knee, ankle nl.
XR (R hip, AP pelvis): fracture excluded.
Dx: contusion of R hip, work related.
Work: modified - seated tasks, no ladders/dock plates x 1 wk.
"""),
("2021-06-28", "Dermatology Consult", """
DERM CONSULT
45M on HD. Since early June: painful firm plaque, outer R thigh at mid-shaft, roughly one and a
half hand-breadths below the hip bruise from the 5/12 fall. That bruise had faded by late May;
skin there now normal.
Exam: R mid lateral thigh 5x4cm violaceous retiform plaque, central eschar 1cm. Skin over R
greater trochanter normal - no scar, no induration. Contralateral leg clear.
Bx 6/21 - calciphylaxis (vascular calcification on von Kossa, thrombi).
Impression: R mid lateral thigh calciphylaxis, separate from (and distal to) the hip
contusion site.
Plan: STS w/ dialysis, switch off calcium-based binder, local wound care.
"""),
("2021-07-19", "Independent Medical Examination", """
INDEPENDENT MEDICAL EXAMINATION - summary (carrier: Keystone Casualty)
Records reviewed: DFR 5/12/21, XR 5/12, derm 6/28, path 6/21, HD unit notes.
Question: is the thigh calciphylaxis causally related to the 5/12/21 fall?
Findings: the accepted injury was a contusion over the R greater trochanter (hip), resolved by
the end of May. The calciphylaxis lesion lies on the mid lateral thigh, well separated from the
contusion area, and it began in June on skin that had not been injured.
Opinion: not work related; the hip contusion has reached MMI without impairment. The thigh
condition should be handled under his group health plan.
Examiner: R. Delacroix-Hunt, MD
"""),
]}

C14 = {"patient_id": "C14", "age": 56, "sex": "F", "notes": [
("2019-03-11", "Occupational Health Injury Visit", """
OCC HEALTH - INJURY VISIT
Employer: Vantreese Metal Fabrication   Job: assembler, line 3
1) Chemical splash: ~09:30 a pail of alkaline degreaser tipped over, splashing her R dorsal hand
(she'd had gloves off briefly). Eyewash station/irrigation 20 min on site.
2) Also shows a blister at her L posterior heel from the new steel-toe boots issued 2/25/19.
PMH: ESRD (home CCPD); DM2, insulin - injects abdomen only; obesity. BMI 40.2.
Exam: R dorsal hand 3x2cm superficial chemical burn, pink, no blisters, skin pH 7 after
irrigation. L posterior heel - 1.5 cm ruptured friction blister, clean base.
Tx: further irrigation, bacitracin; heel offloaded with a foam ring.
Dx: chemical burn R hand; friction blister L heel (boots). Both work related.
Work: gloves/gauntlets required; boot liner or size exchange.
"""),
("2019-04-15", "Dermatology Consult", """
DERMATOLOGY CONSULT
56F on PD, insulin-requiring DM2 (rotates shots around the navel; never uses her legs).
HPI: since late March, painful dark patches on the inner sides of both thighs, R worse than L.
Denies injury to the thighs; no heating pad.
Exam: medial thighs bilat - several indurated plaques w/ retiform purpura, largest R 6x3cm with
eschar. R dorsal hand: burn fully healed, faint hypopigmentation. L posterior heel: 1 cm shallow
ulcer at the boot counter, clean granular base, no purpura or livedo - typical friction/pressure
injury, not calciphylaxis.
Bx R medial thigh 4/5/19: calciphylaxis.
Plan: STS (IV at PD unit), wound care thighs; heel - offload, change boots.
"""),
("2019-05-06", "Return-to-Work Form", """
RETURN TO WORK - VANTREESE METAL FAB / HR + SAFETY
Employee: C14   Visit: 05/06/2019
Work injuries of 3/11/19:
 - chemical burn R hand: resolved.
 - L heel friction wound from steel-toe boots: healed after boot exchange (metatarsal guard
   model, size 8.5 wide).
Non-occupational: calciphylaxis of both inner thighs, treated by derm/nephrology; wounds open,
dressings daily.
Status: return 05/13/19, modified duty - seated station only, no squatting/ladders, pants loose
at the thigh, extra break for dressing if soaked.
Wt 108.9 kg, BMI 40.2.
Provider: H. Castellanos, DO
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
