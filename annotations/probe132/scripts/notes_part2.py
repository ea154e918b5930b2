"""probe132 corpus notes, U08-U14 (PT/OT, physiatry and the clinics around them; all invented)."""

U08 = {"patient_id": "U08", "age": 57, "sex": "F", "notes": [
("2025-05-06", "Outpatient PT Evaluation - Edema Management", """
LYMPHEDEMA / EDEMA PT EVAL - Quarry Hill Therapy   05/06/2025
Referral: BLE edema, "eval and treat, compression fitting"

S: 57 yo F on PD (cycler every night), type 2 DM using detemir and aspart insulin, HTN, class III
obesity. Has worn OTC thigh-high compression hose, 20-30 mmHg, every day since last fall,
says the top bands "dig in and roll down". For ~2 1/2 wks she has had very painful hard purple
patches high on both inner thighs - first one appeared Easter Sunday.

O: Wt 118.6 kg, Ht 169 cm, BMI=41.5.
Edema: pitting 2+ ankles bil, girth at 10 cm above malleoli R 29 cm, L 28.5 cm.
Skin: bilateral medial upper thighs exactly along the stocking band line:
 R 5cm x 3cm firm plum-colored plaque, gray-dusky center, net-like purple border;
 L 4 x 2 cm similar, no open area yet. Exquisitely tender, pt pulls away at light touch.
 Lower legs: hemosiderin staining, no wounds.

A: Atypical for a simple pressure mark; pain out of proportion. DO NOT fit/apply
compression until evaluated.

P: Stockings removed and pt told not to wear them. Same-day message to PD nurse and PCP,
derm referral marked urgent. Will see pt after medical clearance. 97161.
"""),
("2025-05-13", "Dermatology Clinic Note", """
Dermatology  2025-05-13

CC: sore inner thigh lesions, about 3 wks (onset 4/20/25 per pt).
57F on peritoneal dialysis, insulin-treated DM; BMI today 41.3.

Exam: bilateral proximal medial thighs w/ firm violaceous plaques in a horizontal band, R
6 x 3.5 cm w/ early central necrosis, L 4.5cm x 2.5cm; retiform purpura at margins.
Abdomen, where she injects insulin, has no lesions. Buttocks clear.

Procedure: 2 deep incisional biopsies (R thigh plaque edge, L thigh plaque edge) after
informed consent, lidocaine, sutured. Tolerated well.

Impression: r/o calciphylaxis - high clinical suspicion given dialysis, DM, obesity, and
the retiform pattern. Other considerations: cholesterol emboli, vasculitis; warfarin necrosis unlikely - she takes none.

Plan: results in ~1 wk; pain control; no compression; call PD team today.
"""),
("2025-05-21", "Nephrology / PD Clinic Note", """
PD CLINIC NOTE - 21 May 2025

Path back (5/13 biopsies, both thighs): calcium lining the walls of subcutaneous arterioles
with fibrin plugs, necrotic fat; calcium highlighted black on von Kossa. Biopsy-proven calciphylaxis, bilateral thighs.

The plaques formed along the band zone of the thigh-length compression stockings she had worn
daily since fall 2024; sustained pressure there is the likely local trigger.

Exam: Weight 118.2kg (BMI 41.3). Bilat medial thigh plaques unchanged, R with 1 cm eschar.
PD exit site unremarkable.
Chem: Ca 9.4 mg/dL, phosphate 6.9, PTH 455, albumin 3.1.

Plan:
1. STS (sodium thiosulfate) 25g by IV, Mon/Wed/Fri, via port at infusion ctr.
2. Increase PD clearance (add last fill), low phos diet, sevelamer.
3. Insulin: cont, rotate abdomen only, never thighs.
4. No compression garments on the thighs; PT to use leg elevation / ankle pumps for edema.
5. Wound care referral.
"""),
]}

U09 = {"patient_id": "U09", "age": 52, "sex": "M", "notes": [
("2017-03-07", "Outpatient PT Daily Note", """
PT DAILY NOTE   3/7/17   Dx: R quadriceps strain (lifting at work 2/20/17)

S: Pt reports R front thigh "tight but better", 3/10. Doing HEP. Using a cold pack on his R
front thigh 15 min 2-3x/day at home since last Tues as instructed. PMH: ESRD, dialyzes at
Bellweather unit; insulin-treated diabetic (he injects in his belly), HTN. Not on blood thinners.

O: BMI 35.0 (wt 108.4 kg). R knee flex prone 120 deg (L 140). R quad MMT 4/5 painful.
Palp: mild TTP mid R rectus femoris, no palpable defect.
Skin R thigh intact after cold pack, checked. L thigh not treated, intact.
Tx: quad sets, SLR 3x10, TKE w/ band, mini-squats to 45 deg, bike 8 min L1,
prone quad stretch 3x30 s R. Cold pack R anterior thigh 10 min at end of session w/
towel barrier, skin checked after - no redness.

A: Pt tol tx well, improving flexibility. Cont POC.

P: 2x/wk x 3 more wks. Progress to step-ups next visit.
Minutes: 45 (therex 35, cold pack 10).
"""),
("2017-04-04", "Dermatology Consult", """
DERMATOLOGY CONSULT   April 4, 2017

52M on hemodialysis w/ painful lump on L thigh x 2 wks.
He is certain the ice packs from PT only ever went on the R thigh; insulin goes into the
abdomen. L leg: no injury, nothing injected, no heat, no cold.

Exam: L anterolateral thigh 5cm x 4cm tender indurated plum plaque, star-shaped purpura at
its edges, plus a 0.5 cm central dark crust. R thigh: normal skin. Abdomen: some lipohypertrophy
where he injects, no purpura.

Procedure: 6 mm punch bx x 2 from L thigh plaque margin.

Assessment: suspected calciphylaxis L thigh. Also consider panniculitis, cellulitis
(unlikely, no fever).

Plan: f/u results, avoid trauma to the thighs, pain mgmt, inform nephrology.
"""),
("2017-04-12", "Nephrology Note", """
Nephrology progress note - 4/12/2017

Biopsy-proven calciphylaxis, L thigh (derm bx 2017-04-04: calcified medial layer of small
subcut vessels, thrombi, necrotic fat).
No local injury, injections or cold on the left leg, per pt; the cold therapy at PT was
to the other thigh.

O: Wt 108 kg, BMI 35.0. L thigh plaque now 5cm by 4.5cm, 1 cm eschar.
Labs: Ca 9.7, phos 8.0, PTH 1020.

Plan: STS 25g IV each HD session (3/wk); cinacalcet; switch Ca acetate to lanthanum; lengthen HD runs
to 4.5 hrs; surgical consult re parathyroidectomy given PTH. Cont insulin.
PT: may continue R quad program; no modalities.
"""),
]}

U10 = {"patient_id": "U10", "age": 64, "sex": "F", "notes": [
("2019-07-30", "Wound Care Clinic Initial Visit", """
WOUND CARE CENTER - INITIAL VISIT   07/30/2019

64 yo F on PD x 3 yrs, prior DVT, warfarin since 2015, HTN, obesity, no diabetes.
Painful wound L buttock, started over the July 4th weekend as a hard purple spot, now black.
Walks w/ rolling walker in the home, no falls, no wheelchair use, sleeps on her back or
R side. Denies injury, injections or heat applied there.

BMI 38.9 (wt 102 kg).
L upper outer buttock: 4cm x 3cm black eschar w/ 2 cm rim of violaceous induration and
retiform purpura. Extremely painful (9/10) to light touch; no fluctuance or smell.
Sacrum/coccyx intact. R buttock intact.

Assessment: necrotic plaque L buttock in PD pt on warfarin - suspect calciphylaxis.
Procedure: punch bx x 1 from margin after consent. Hemostasis w/ pressure.

Plan: nonadherent dressing, offload L side, pathology, nephrology informed.
"""),
("2019-08-08", "Dermatology Note", """
Derm f/u - 8/8/19   Tamsin Road Dermatology

Here w/ husband for path. Pain 8/10 at night, can only lie on her R side.
Bx (7/30, L buttock): arteriolar calcium within the subcutis, occlusive thrombi, necrotic fat
lobules; von Kossa confirms.
Diagnosis: calciphylaxis, L buttock.

Exam: L buttock eschar 4.5cm x 3.5cm, purpura rim unchanged. No new lesions on thighs,
abdomen or the other buttock. Obese habitus.
Plan discussed w/ nephrology (Dr. Ferreira-Quist):
- stop warfarin -> apixaban for her DVT hx
- STS IV thrice weekly (infusion suite), sevelamer instead of calcium carbonate
- wound care clinic weekly, keep pressure off the L side
- outpatient PT referral for gait/strength (deconditioned, fear of falling)
Pt agreeable. RTC 6 wks.
"""),
("2019-08-22", "Outpatient PT Daily Note", """
PT note - visit 3 - 8/22/19

S: Pt reports buttock pain 6/10, "a little better". Tired today.

O: Gait training w/ RW in clinic 150 ft x 2, cues for upright posture.
During a 180-degree turn pt lost balance backward and sat down hard on the edge of the mat
table, landing on her L buttock. No LOC, no head strike. Pt assisted to sitting.
Inspected: L buttock dressing intact and dry, no bleeding through; small new red-purple
bruise ~2 cm just below the dressing edge, tender. Vitals stable.
Incident report completed, PT manager informed, called wound clinic - seen there tomorrow.

A: Fall in clinic w/ minor bruise next to the existing calciphylaxis wound.

P: Cont POC w/ gait belt at all times, add turning drills, balance. Minutes 40.
"""),
("2019-09-05", "Outpatient PT Progress Note", """
PT PROGRESS NOTE  9/5/2019

S: No more falls. Buttock wound being dressed at wound clinic weekly, pain 5/10.
O: Wt 100.2 kg, BMI 38.5 (obese). Sit<>stand x5 16.2 s. TUG 15 s w/ RW. Berg 44/56.
L buttock dressing intact. Bruise below it resolved per pt.
Tx: balance (tandem at bar, step taps), sit-to-stand w/ pillow offloading L buttock,
gait 300 ft w/ RW and gait belt.

A: Improving balance and endurance, still at fall risk. Sitting tolerance 20 min, limited by
buttock wound.

P: Cont 2x/wk x 4 wks. Goals updated: TUG < 13 s, Berg > 48.
"""),
]}

U11 = {"patient_id": "U11", "age": 60, "sex": "M", "notes": [
("2026-01-12", "PT Wound Management Note", """
PHYSICAL THERAPY - WOUND MANAGEMENT   01/12/2026
Dx: calciphylaxis, R lower abd pannus - derm biopsy 1/5/26 confirmed

S: 60 yo M, HD at Orrin Street unit (Tu-Th-Sat); T2DM, insulin into both thighs, "never my belly". Lesion
began around Christmas as a painful purple knot on the R lower belly fold. Pain 8/10.
Hx: BMI 44.9 (wt 141 kg).

O: R lower abdominal pannus - wound 7cm by 5cm, eschar (black) ~70%, yellow slough ~30%,
granulation absent; surrounding violaceous retiform rim to 3 cm. Light serous drainage, no odor.
Thighs: injection sites w/o lesions.

Tx: Pre-medicated per RN. Selective debridement (sharp, forceps + scissors) of loosened
slough along the inferior margin (~1 sq cm removed), stopped for pain. Noncontact low-frequency
ultrasound to wound bed 4 min. Calcium alginate, ABD pad, paper tape to the pannus skin
away from the wound.

A: Non-healing calciphylaxis wound, pt tol tx fair.

P: PT wound care 3x/wk. Measure weekly. Consider NPWT if base cleans up.
Billed 97597, 97610.
"""),
("2026-01-26", "Nephrology HD Rounding Note", """
Nephrology rounding - HD chair 14 - 1/26/26

Calciphylaxis R lower abd pannus, biopsy-proven. Wound being cared for by PT wound team.
Pain partly controlled on hydromorphone low dose.

O: Pre-HD BP 155/79. Wt 140 kg, BMI 44.6.
Calcium 9.2, phosphorus 6.3, PTH 702, albumin 3.3.

A/P:
- Calciphylaxis: cont STS 25 g each run (started 1/7). Sevelamer up-titrated, cinacalcet
  started. Considering hyperbaric O2 referral.
- DM: cont insulin to thighs; endocrine to review regimen; A1c 7.8.
- Obesity: dietitian.
- No heparin SC or other injections into the abdomen.
"""),
("2026-02-16", "PT Wound Management Note", """
PT WOUND CARE - 2/16/26

S: Pt states pain 6/10, "sleeping a bit more".
O: R lower abdominal pannus wound 6.5cm x 4.8cm x 0.6cm; eschar ~40%, slough ~40%, pale
granulation ~20%. Periwound: purple mottling narrowed to 1.5 cm.
Tx: selective debridement of nonviable tissue ~3 sq cm after topical lidocaine, tolerated.
NPWT on, continuous -100 mmHg, black foam, hydrocolloid border to periwound, drape,
track pad superior; seal achieved.

A: Improving base after STS and serial debridement.

P: NPWT change M/W/F in clinic, cont STS at HD, reassess in 2 wks.
Billed 97597, 97605. 55 min.
"""),
]}

U12 = {"patient_id": "U12", "age": 49, "sex": "F", "notes": [
("2020-09-14", "Physiatry Consult (Inpatient)", """
PM&R CONSULT   9/14/2020
Reason: deconditioning, rehab needs

49 y.o. woman, HD-dependent ESRD since 2014, diet-controlled T2DM (A1c 6.6, no meds), antiphospholipid
syndrome on warfarin, admitted 9/1 for painful bilateral calf ulcers; derm biopsy 9/2 showed
calciphylaxis.
Pt denies any falls, bumps, scratches, heat, ice or any shots in the legs prior to the
ulcers; no compression or braces.

Exam: BMI 30.4 (wt 81.9 kg, ht 164 cm). Bilat posterior calves: 3 - 4 cm eschar-covered ulcers
with retiform purpura, dressed. Strength: hip flex 4-/5 bil, knee ext 4/5 bil; ankle DF 4/5,
PF limited by pain. Transfers SBA. Gait 60 ft w/ RW, antalgic, short steps.

Imp: calciphylaxis (bx-proven) bilat calves, deconditioning, pain-limited gait.

Recs:
- PT/OT daily; inpatient rehab candidacy once pain controlled.
- NO moist heat, cold packs, ultrasound or e-stim over the legs.
- If SC heparin/enoxaparin is started for bridging, inject away from the legs.
- Pressure relief boots for heels in bed.
"""),
("2020-09-16", "Inpatient PT Daily Note", """
Inpt PT daily note 9/16/20  Rm 512

S: "My legs feel like they're on fire." Pain 7/10 calves, pre-medicated.
O: Bed mob mod I. Sit<>stand SBA from bed. Gait 120 ft w/ RW, CGA, slow cadence, reduced
push-off bil. 4 stairs w/ rail CGA. Calf dressings C/D/I before and after.
Ther ex: seated heel slides, hip abd/add isometrics, glute sets.
Modalities: none (per PM&R, calciphylaxis).
Pt asked if a heating pad would help - educated that heat and ice are not to be used on her
legs.

A: Pt tol tx well, improving distance. Still limited by calf pain.

P: Cont BID PT, d/c rec: acute rehab vs home w/ HH PT. 38 min.
"""),
("2020-09-22", "Nephrology Progress Note", """
Nephrology progress 9/22/20

Bx-proven calciphylaxis, both calves; STS 25 g with HD since 9/4.
Warfarin: held since admission; plan is to transition from warfarin. Because of APS she will
need bridging - plan enoxaparin shots into the abdomen starting after Thursday's fistulogram,
then apixaban trial. Not given yet.
DM: diet-controlled, may need insulin later if steroids started - not currently.

O: BMI 30.4. Calves: eschars stable, less purpura at margins.
Calcium 9.0 / phosphorus 5.5, PTH 388, INR 1.4.

Plan: cont STS, sevelamer, low-Ca dialysate; pain per palliative; rehab placement.
"""),
]}

U13 = {"patient_id": "U13", "age": 72, "sex": "M", "notes": [
("2022-03-10", "Emergency Department Note", """
ED NOTE - Millbrook Regional  03/10/2022 21:14

72 y/o gentleman, dialysis 3x/wk (ESRD), slipped on an icy sidewalk this evening, fell forward onto his R
knee. No head strike, no LOC. Able to walk w/ cane.
Not on anticoagulants. No DM.

Exam: R knee: 2 x 1.5 cm superficial abrasion over the patella, mild swelling, ROM 0-120,
ligaments stable. No effusion. Thigh and shin non-tender, skin intact.
XR R knee: no fracture.

Tx: wound irrigated w/ saline, bacitracin + Telfa. Tdap booster given in the L deltoid.

Dx: R knee contusion w/ patellar abrasion.
Dispo: home, wound care instructions, f/u PCP, PT referral for knee pain if persists.
"""),
("2022-04-25", "Outpatient PT Initial Evaluation", """
PT INITIAL EVAL - 4/25/22
Dx: R knee pain s/p fall (March 10th)

S: Knee pain 3/10 w/ stairs. Pt also reports a new, much worse pain across the anterior R
thigh for about 2 wks, "like a burn", with a dark patch that he's been hiding under his pants.

O: BMI 28.2 (89 kg, 177.6 cm).
R patella: abrasion healed, faint pink scar, non-tender.
R anterior distal thigh, roughly one hand-width proximal to the patella: 4cm x 3.5cm firm
dusky-violet plaque, stellate edge, central 1 cm gray area. Exquisitely TTP.
R knee AROM 0-125. Quad MMT 4/5 (pain-limited by thigh lesion). Gait w/ SPC, mild antalgia.

A: Knee pain improving. Thigh skin lesion is new, atypical and in a HD pt -> needs medical
eval before strengthening over that area.

P: Message to PCP and nephrology today. HEP: gentle knee ROM, no resisted quad ex until
cleared. 97161.
"""),
("2022-05-05", "Dermatology Note", """
Dermatology  May 5, 2022

72M on hemodialysis. Bx 4/28 of R distal anterior thigh plaque: small-vessel calcification,
microthrombi, necrotic fat - calciphylaxis.

The plaque lies well above the patella, in the thigh itself rather than at the knee abrasion from his fall
in March, which healed normally. No injections, heat, cold or braces on the thigh.

Exam: R anterior distal thigh 4.5cm x 4cm plaque w/ 1.5 cm eschar. No other lesions.
BMI 28.2.

Plan: STS with HD, binder adjustment by nephrology, wound care, pain control; PT may resume
knee program avoiding pressure on the thigh plaque.
"""),
]}

U14 = {"patient_id": "U14", "age": 67, "sex": "F", "notes": [
("2023-02-07", "Outpatient PT Daily Note", """
PT DAILY NOTE - Feb 7, 2023
Dx: chronic LBP, lumbar stenosis

S: Pt reports LBP 5/10, sits in w/c most of the day at home.
PMH: kidney failure on HD, DM type 2 (linagliptin), AF (warfarin), obesity - today's BMI 33.7, 88.4 kg.

O: Ther ex 20 min: pelvic tilts, seated trunk rotation, nerve glides.
TENS (IFC) to lumbar region, 4 electrodes, 15 min, sensory level. On removal: two small
red areas w/ tiny blisters under the L lower electrode, L low back, ~1 cm each -
superficial electrode burn. Cool water compress, dry dressing. Supervisor notified.

A: Adverse event w/ e-stim; otherwise pt tol tx.

P: Discontinue TENS/IFC. Pt to show dialysis RN; watch for infection. Cont ther ex.
"""),
("2023-03-14", "Wound Care Consult", """
WOUND CARE CONSULT  2023-03-14

67F on HD, referred by dialysis for sacral wound and belly pain.

1. Sacrum/coccyx: stage 2 pressure injury measuring 1.5cm x 1cm, moist base, from long w/c
   sitting. Intact edges. Consistent with pressure, nothing atypical.
2. Bilateral lower abdomen below the umbilicus: two exquisitely painful indurated plum-colored
   plaques w/ livedo, R 5x4cm, L 6x3cm, small central necrosis on the L; noticed
   ~3 wks ago. Pt says no needles ever go in her abdomen, wears loose dresses,
   no binder, no heat. Concern for calciphylaxis.
3. L low back: the small e-stim burn from February has healed, faint pink, no plaque.

Plan: sacral foam dressing + w/c cushion eval by OT; derm referral urgent for the abdomen.
"""),
("2023-03-24", "Dermatology Consult", """
Dermatology  03/24/2023

67F, hemodialysis-dependent, AF anticoagulated with warfarin, DM2 not on insulin.
Bx 3/17 from the L lower abdominal plaque: medial calcification of subcutaneous vessels w/
clotting and necrotic fat, calcium confirmed by von Kossa.

Dx: lower abdominal calciphylaxis (both sides).
The sacral pressure injury and the healed back burn are separate, ordinary wounds - neither
is calciphylaxis and neither is near the abdominal plaques.

Recs: stop warfarin (cardiology to pick alternative), STS w/ HD, sevelamer; wound care to
abdomen; continue sacral offloading. BMI 33.7.
"""),
]}

PATIENTS = [U08, U09, U10, U11, U12, U13, U14]
