"""probe195 corpus notes, C01-C07 (peritoneal dialysis training and follow-up unit and the clinics
around it; every person, place and sentence invented)."""

C01 = {"patient_id": "C01", "age": 61, "sex": "F", "notes": [
("2022-08-10", "PD Training Nurse Note", """
LINDEN VALLEY HOME DIALYSIS - PD TRAINING RECORD
Trainee day 3 of 5 (CAPD)          RN trainer: M. Okafor

Two exchanges observed. Mask on, 2-min handwash, clamps in right order. Drain 18 min,
UF +310 mL off a 2.5% bag. Exit site LUQ dry, no crust, nontender; chlorhex + gauze redone.
BP 148/86  HR 78  Wt 88.3kg, BMI 33.1,  pre-lunch fingerstick 274
Sugars have climbed ever since the dextrose bags began. Dr Ferreira (endocrine) started
glargine 14 units at bedtime today, 8/10/22. Pen teaching done; she gave her first insulin
injection herself into the R lower abdomen while I watched. Told her to keep every dose on
the right half of the belly, four fingerbreadths clear of the catheter tunnel, and to move each
shot ~2 cm from the last.
PMH: ESRD (DKD), T2DM, HTN, sleep apnoea on CPAP.
No blood thinners; has never taken warfarin.
Day 4 tomorrow: cloudy-bag signs, logbook, ordering supplies.
"""),
("2022-10-11", "Nephrology PD Clinic", """
Nephrology - PD clinic follow-up
61F, CAPD since August (4 x 2 L daily), routine visit plus a new skin problem.
S: R lower abdo - a hard, savagely sore patch. Per pt it began Monday 10/3 as a red
tender lump, since gone dusky centrally. Rates it 9/10; now sleeps upright in the
recliner. Still doing her glargine each night in that same area.
O: afebrile (36.8)  BP 152/90  Wt 88.9kg
Abd: RLQ violaceous indurated plaque 6x4cm, black eschar centrally (1.5cm),
purple lacework at the margin; exquisitely tender to light touch. LUQ exit site clean, tunnel fine.
Labs 10/7: PTH 612 | cCa 9.8 | phosphate 7.1 (high) | alb 3.1 | A1c 8.4
A/P: I strongly suspect calciphylaxis. Derm today for punch bx if they can fit her in.
Swap Tums for sevelamer (1600 tid w/ meals). Low-calcium bags. Hydromorphone 0.5 mg prn.
Meanwhile she is to put the glargine into her thighs.
"""),
("2022-10-19", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Referred by Dr Ansel (nephrology) re: ?calciphylaxis of abdominal wall.
61 yo woman, ESRD, PD since 08/2022; type 2 diabetic on insulin; BMI 33.1;
no warfarin at any time.
History: from 10/3/22 a tender nodule on her right lower abdomen that darkened over a week.
She has injected glargine into precisely this patch nightly since the drug was begun on
10 Aug.
Exam: R lower abdomen 6.5x4cm stellate purpuric plaque, adherent black eschar, woody
subcutaneous induration running 2 cm past the visible edge. Thighs, buttocks and breasts
clear.
Path (4mm punch off the plaque rim, 10/13): hypodermal microvessels with
calcified walls (highlighted on von Kossa), luminal thrombus, necrotic fat lobules.
Dx: calciphylaxis, proven on biopsy, which has come up where she gives her insulin - R
lower abdomen.
Plan: thiosulfate per renal; no more injections into that quadrant; wound RN for
dressings; review 2 weeks.
"""),
]}

C02 = {"patient_id": "C02", "age": 68, "sex": "F", "notes": [
("2021-02-09", "PD Home Visit", """
PD HOME VISIT - RN
68 F, CAPD for 8 months. Reason: six-monthly home check plus cold-snap check.
Home: one-storey bungalow, exchanges done in the spare room, boxes kept off the floor.
Watched 1 exchange - good, forgot the mask once, reminded.
Bag warming: she has been heating each 2 L bag on an electric heating pad that she lays over
her lap, so pad and warm bag sit on both thighs for 20-30 min before every exchange. Began mid-
January when the furnace quit. Skin over both thighs faintly pink, intact, no blisters.
Advised the warmer tray instead; she finds it "slow as molasses".
BP 138/72 seated   wt 79.4kg   BMI 30.0   trace ankle edema
Exit site: no redness, no crust.
Meds: warfarin 4 mg (AF), amlodipine, sevelamer, calcitriol. Not diabetic.
Plan: leave warmer-tray leaflet; see in PD clinic April.
"""),
("2021-04-06", "Nephrology PD Clinic", """
PD CLINIC NOTE  04/06/2021
68F, ESRD (IgA nephropathy) on CAPD; AF on warfarin.
CC: sore purple blotching, fronts of both thighs, first noticed in early March,
slowly enlarging. Burning pain, worst at night.
Exam: anterior thighs bilat - retiform purpura in a net pattern, 10x7cm R and 8x6cm
L; small black eschar in the centre of the R patch. Below the knees the skin is clear.
Labs: INR 2.7 | PTH 488 | cCa 10.1 | phosphate 6.4
Impression: picture worrying for calciphylaxis (warfarin, high phosphate, female, obese).
Plan:
- derm urgent for deep biopsy
- ask cardiology re stopping warfarin -> apixaban
- binder switch, cinacalcet dose up
- PD RN to review pain at next home call
"""),
("2021-04-20", "Dermatology Clinic", """
Dermatology - new patient. Referred for purpura of the thighs.
Biopsy 4/13/21, L anterior thigh (incisional wedge): arterioles of the fat are ringed
by calcium, intima thickened, adjacent adipocytes necrotic. Pathologist reads this
as calciphylaxis.
Today: both anterior thighs, purpuric plaques the same size as on 4/6, R eschar now 2 cm.
Abdomen, buttocks and calves without lesions.
Warfarin stopped 4/12, now on apixaban per cardiology. Not diabetic. BMI 30.0.
Dx: calciphylaxis, bilateral anterior thighs.
Plan:
1. Sodium thiosulfate as arranged by nephrology.
2. Non-adherent silicone dressing + gauze, change every other day (PD RN to teach husband).
3. Gabapentin 100 mg after evening exchange.
4. Follow-up 3 weeks, sooner if spreading.
"""),
]}

C03 = {"patient_id": "C03", "age": 57, "sex": "M", "notes": [
("2023-06-12", "PD Training - Day 1", """
PD TRAINING - DAY 1 (APD / cycler)     Mon 06/12/23
Trainer: K. Lindqvist RN
57M, ESRD from hypertensive nephrosclerosis. Catheter in since 5/22, exit site R lower
quadrant, healing well. T2DM - diet & walking, A1c 6.3, takes no diabetes meds. Never on warfarin.
Covered: hand hygiene, cycler set-up and priming, checking supplies.
Issued a PD catheter support belt (10 cm elastic band, plastic side-release clip) so the
line won't drag while he works - he drives a delivery van. Fitted snugly round the waist;
the clip lands on his L flank. He intends to wear it all day, every day.
Vitals: BP 144/88  P 72  Wt 92.1kg  Ht 180 cm  BMI 28.4
Skin: abdomen and both flanks intact.
Homework: manual chapters 2-3; bring questions on Weds.
"""),
("2023-09-20", "Nephrology PD Clinic", """
Nephrology / PD clinic   9/20/2023
S: New sore place on his L side, noticed about 3 weeks ago, "like a burn under the belt".
Now dark and very tender; can't lie on his left.
O: BP 150/92, wt 91.3kg
L flank at the belt line: 3x2.5cm dark necrotic plaque, livedo halo approx 8 cm.
He put the belt on to show me - the plastic clip lands right on the plaque.
Labs: cCa 9.4  phos 7.8  PTH 903  alb 3.4
A: Probable calciphylaxis, L flank, almost certainly provoked by pressure of the catheter
belt clip.
P:
- belt off; tape the line instead
- derm for punch biopsy
- start cinacalcet 30; binder up
- pain: acetaminophen scheduled
"""),
("2023-10-04", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP - biopsy result
Punch biopsy L flank, 9/26: calcium encrusting hypodermal arterioles (von Kossa shows it
well), thrombosed lumina, necrosis along the fat septa. Calciphylaxis confirmed.
Exam: single L flank lesion 3.5x3cm, eschar adherent, dusky rim. Nothing new elsewhere.
Comment: the one lesion lies directly beneath the clip of the PD catheter belt he wore
snugly from mid-June; it appeared at the end of August. Localisation by pressure
(Koebner-type) is the likeliest explanation.
Risk profile: ESRD on APD, high phosphate and PTH, diet-controlled diabetes, BMI 28.4.
Plan: belt already stopped (thanks PD team). STS via nephrology. Hydrogel + foam to eschar.
RTC 3 wks.
"""),
]}

C04 = {"patient_id": "C04", "age": 52, "sex": "F", "notes": [
("2020-11-04", "Operative Note", """
OPERATIVE NOTE
DOS 04-Nov-2020     Surgeon: R. Vasquez-Hale MD
Procedure: laparoscopic-assisted insertion of a double-cuff swan-neck PD catheter,
rectus sheath tunnel.
Indication: CKD stage 5 (diabetic nephropathy), chose home PD.
Findings: no adhesions, omentum short.
Technique: 3 cm left paramedian incision just below umbilical level; deep cuff seated in
rectus muscle; catheter brought through a tunnel, exiting LEFT lower quadrant skin, exit
facing downward. 5 mm camera port RUQ. Subcuticular 4-0, steri-strips.
Blood loss trivial; uneventful.
PMH: T2DM on insulin (she injects both thighs), obesity BMI 36.2, DVT 2016 treated with
warfarin, stopped 2017.
Post-op orders: no dialysis for 2 weeks; weekly low-volume flush in the PD unit.
"""),
("2020-11-18", "PD Unit - Post-insertion Check", """
PD UNIT - 2-WEEK POST-INSERTION CHECK / FLUSH
Dressing taken down. LLQ exit site: no erythema, a little serous crust, no pus, score 0.
Paramedian incision healed, strips off, edges together. Port site healed.
Flushed 1 L of 1.5% in and out, brisk return, no pain, no fibrin seen.
BP 136/84   Wt 101.0kg   BG 9.8
Teaching: keep the dressing dry, shower bag over it, tape the line so it can't be tugged.
Pt anxious re starting; daughter will come to training days.
Training booked to begin 1/11/21.
"""),
("2021-01-12", "PD Training Note", """
PD TRAINING DAY 2 - nursing
Arrived tearful, c/o pain along her op scar. Reports a painful dark spot there since
around Christmas; she took it for a scab and left it alone.
Inspected: top end of the healed L paramedian incision carries a 2x1.5cm black eschar
with a mottled purple halo ~5 cm across, very tender. LLQ exit site separate and clean.
Temp 36.9 / BP 142/88 / cap glucose 11.2
Training stopped after one exchange. Dr Ansel saw her in the unit - ?calciphylaxis; asked
surgery and derm to see this week. Photos uploaded to chart.
"""),
("2021-01-20", "General Surgery / Nephrology Joint Review", """
Joint review - general surgery + nephrology
History as documented: onset 12/25/20, in the scar left by the 11/4/20 PD catheter
operation.
Exam: L paramedian scar, eschar 2.5x2cm at the upper pole, retiform purpura tracking
along the scar line for 4 cm; lower half of scar and the exit site unaffected.
Plain AXR: dense tram-track calcification, abdominal wall microvasculature.
Labs: PTH 540, cCa 9.9, phosphate 6.8.
Impression: calciphylaxis localised to the surgical incision - clinical diagnosis, biopsy
deliberately avoided in this setting. Catheter draining well.
Risk: ESRD; insulin-requiring T2DM; obese, BMI 35.8; warfarin in the past (off since 2017),
high Ca x P.
Plan: thiosulfate 3x/week; stop calcitriol; wound care weekly; may still start PD with
supine low-volume exchanges.
"""),
]}

C05 = {"patient_id": "C05", "age": 71, "sex": "M", "notes": [
("2023-11-28", "PD Home Visit - Fall Check", """
PD HOME VISIT (unscheduled) - post-fall check
Wife phoned Mon: pt fell Fri 11/24, the day after Thanksgiving, while carrying a carton
of dialysate down the garage step; landed on his left. Refused the ED.
Today walking with a cane, sore L hip. Large bruise across the L lateral thigh, roughly
12x9cm, yellow-purple, skin unbroken. Hip moves fully, can do a straight-leg raise.
Did not hit his head.
Vitals: BP 128/70, pulse 66, wt 70.2kg (BMI 24.9).
Cycler 9 h nightly, UF 600-800. Exit site clean and dry.
Plan: supply company told to stack the next delivery in the exchange room; fall
precautions reviewed; PCP informed by fax.
PMH: ESRD from polycystic kidneys, PD since 2021, no anticoagulants, no diabetes.
"""),
("2024-01-09", "Nephrology PD Clinic", """
PD clinic   1/9/24
71M, ADPKD, ESRD on APD.
S: purple, painful area, outer L thigh, started early December; wife says
"a black scab" caps it now. Hurts at night under the blanket.
O: BP 134/76  Wt 69.5kg
L lateral thigh: 5x4cm indurated violaceous plaque, central eschar 2 cm, livedo rim.
Very tender. Rest of the skin checked, no other lesions.
Labs: cCa 10.4 (on calcitriol), PO4 6.9, PTH 420, alb 3.2
A: suspect calciphylaxis; DDx deep panniculitis, vasculitis.
P: derm biopsy next week; stop calcitriol; lanthanum up to 1 g tid; pain - acetaminophen,
low-dose gabapentin post-exchange.
"""),
("2024-01-23", "Dermatology Consult", """
Dermatology consult note
71 yo man on home cycler PD since 2021 for ADPKD. No DM, no warfarin ever, BMI 24.6.
Punch biopsy 1/16/24, L lateral thigh: medial calcific deposits (von Kossa) in little
hypodermal vessels, fibrin plugging, fat necrosis round about. Diagnosis: calciphylaxis.
Exam: lateral L thigh plaque 5.5x4cm; dry eschar 2.5cm; not draining. No lesions on the
abdomen, R thigh or legs.
Plan:
- STS per nephrology (arranged 3x/wk)
- Xeroform + ABD pad, change daily by wife (PD RN to show her)
- no debridement for now, stable dry eschar
- recheck 2 weeks
"""),
]}

C06 = {"patient_id": "C06", "age": 66, "sex": "F", "notes": [
("2018-04-17", "PD Unit - Anemia Protocol Note", """
PD UNIT - ANEMIA PROTOCOL
Hb 8.9 g/dL on 4/10, ferritin 410, TSAT 28% - iron replete.
Per unit protocol: darbepoetin 40 mcg subcut q2wk, given by RN at her unit
visits. Dose #1 given today, 17 Apr 2018, posterior L upper arm (she asked for
the left, being right-handed: "leave my good arm be"). Tolerated, no bleeding.
Next dose 5/1, same arm at her request.
BP 142/80   wt 82.3kg   BMI 31.5
PMH: ESRD (DM nephropathy), CAPD since 2016; T2DM - linagliptin only, never insulin;
HTN; hypothyroidism. Not on warfarin.
Recheck Hb in 4 weeks.
"""),
("2018-07-02", "PD Clinic RN Note", """
PD clinic - RN note   07/02/18
Monthly visit. Complains of a very painful hard lump, L arm, posterior aspect, started 10
days ago, keeping her awake. No fever.
Examined: posterior L upper arm, 3 cm firm violaceous nodule, faint lacy purple border,
skin intact, exquisitely tender.
Darbepoetin dose due today - held; Dr Mbeki informed and came to look. Derm referral
faxed as urgent.
Exchange log reviewed: 4 x 2 L, UF avg 700/day. Exit site: clean, dry.
Vitals 138/78, 81.6kg.
Labs today: Ca, phos, PTH, Hb.
"""),
("2018-07-16", "Dermatology Consult", """
DERMATOLOGY
66F, PD-dependent ESRD, type 2 DM (oral agent only), obese (BMI 31.5).
Seen for a painful nodule, L arm (posterior, upper), present since 6/22.
Biopsy 7/5/18 (6 mm punch from that nodule): calcium-laden small vessels, lower
dermis plus fat, thrombosis, fat necrosis. Findings of calciphylaxis.
Today: nodule 3.5 cm with a central dusky patch that is starting to ulcerate. Trunk,
thighs and R arm free of lesions.
Labs 7/2: PTH 530; cCa 9.6; phosphate 6.2.
Assessment: calciphylaxis of that L arm nodule.
Plan: thiosulfate per renal team; cinacalcet; foam dressing; analgesia; 2-week review.
"""),
]}

C07 = {"patient_id": "C07", "age": 59, "sex": "M", "notes": [
("2019-03-12", "Nephrology PD Clinic", """
NEPHROLOGY - PD CLINIC     12 March 2019
59M, ESRD (FSGS), CAPD since 2015. T2DM, insulin-treated (glargine 22u; lispro at meals).
S: Cramping with drains for months. Since last fall a hot-water bottle goes to
bed with him and sits on his belly, around the navel, nearly every night.
Since mid-January, painful hard purple patches in that same spot, now
"scabbing over".
O: BP 146/84   wt 93.0kg   BMI 29.9 (overweight)
Periumbilical: two stellate purpuric plaques (4cm, 3cm), black centres, woody
induration between them. Flanks, thighs, buttocks clear.
Labs: PTH 700, cCa 9.7, phosphate 7.4, alb 3.0.
A: Concerning for calciphylaxis; burn less likely given the necrosis and induration.
P: derm bx this week. Stop the hot-water bottle. Sevelamer up. Icodextrin for long dwell.
"""),
("2019-03-21", "Dermatology Consult", """
Dermatology consult - result visit
Bx 3/14/19 periumbilical plaque (deep incisional): the hypodermal microvessels are
calcified and clotted, fat necrotic around them, von Kossa +. Diagnosis: calciphylaxis.
Hx: plaques since mid-January, in skin that his hot-water bottle has warmed almost nightly
since the fall of 2018. The distribution follows the warmed area closely; I think the
repeated heat set it off locally.
Exam: periumbilical plaques unchanged, eschars dry. No new areas.
RF: PD for ESRD; diabetes on insulin; BMI 29.9 (so overweight, not obese); no warfarin.
Plan: absolutely no heat applied to skin; STS (nephrology to arrange); hydrocolloid over eschars;
derm review 3 weeks.
"""),
("2019-04-02", "PD Home Visit", """
PD RN HOME VISIT
Visit for dressing teaching + technique check.
Hot-water bottle: pt showed it to me and binned it in front of me, good. Uses an extra
blanket now.
Wounds periumbilical: two dry black eschars, edges a bit pink, no pus, no odour.
Hydrocolloid changed, wife taught and did the 2nd one herself.
Exchange observed: fine, cap changed correctly, drain 20 min.
Exit site clean.
BP 140/80  wt 92.7kg  BMI 29.9 (overwt)   glucose log 7-14 mmol
Sharps bin nearly full - replacement ordered.
Next visit 2 wks.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
