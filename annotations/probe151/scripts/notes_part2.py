"""probe151 corpus notes, A08-A14 (VA medical centre, CBOC and community-care charts; all
invented)."""

A08 = {"patient_id": "A08", "age": 55, "sex": "F", "notes": [
("2020-12-10", "Hemodialysis Unit Nephrology Note", """
LOCAL TITLE: NEPHROLOGY HD UNIT NOTE
DATE OF NOTE: DEC 10, 2020@13:40        STATUS: COMPLETED

55 yo F Army veteran (OIF), T1DM since age 11, ESRD from her diabetes. Her M/W/F dialysis runs
off a tunneled R IJ catheter; her L arm fistula isn't ready yet.

S: New exquisitely painful spot on the L lower belly since 12/03/2020. She has worn her
tubeless insulin patch pump since May 2020 and always puts the pods on the L lower
abdomen (R side has lipohypertrophy). In November she also used a microwaved rice bag on the
L lower abdomen most evenings for gastroparesis cramps - "it got pretty hot".

O: BP 118/64, HR 92, wt 63.0 kg, Ht 161 cm, BMI 24.3.
L lower quadrant: firm purple plaque 4x3.5cm, lacy edge, small dusky centre,
faint old pod adhesive outlines nearby. Nontender elsewhere.
Chem: Ca++ 9.4 | PO4 7.6 | PTH 1040 | alb 3.3 | HbA1c 8.6.

A/P: ?early calciphylaxis L lower abdomen. Move pods off the abdomen now; no more heat.
Derm consult (urgent). Switch calcium acetate to sevelamer. Discussed with Dr Vantongeren.
"""),
("2020-12-17", "Dermatology Consult Note", """
DERMATOLOGY CONSULT - Granite Hollow VAMC
Reason: painful L LQ plaque, HD + T1DM, r/o calciphylaxis.

Hx per pt and chart: pump sites L lower abdomen since May 2020; nightly hot rice-bag in
Nov 2020; lesion first noticed 12/3/20.
Exam: L lower abdomen - 5x4cm retiform purpura; 1.5 cm black eschar at its
core; livedo at the rim. No other lesions on thighs, arms or buttocks.

Procedure: punch bx (4 mm) x2 at the lesion's edge, down into fat; bleeding
controlled with Gelfoam.

Impression: retiform purpura with necrosis arising within the area she has used for her
insulin pump infusion sites, which she also heated. Strongly suspect calciphylaxis with
Koebnerization at repeated trauma; bx pending.
"""),
("2021-01-05", "Endocrinology VVC Note", """
ENDOCRINOLOGY - VA VIDEO CONNECT
Pt at home, video good.

Interval: derm bx 12/17/20 returned - calciphylaxis (subcutaneous arterioles w/ calcium
and thrombi, necrotic fat, VK +). Now getting STS with HD.
T1DM on patch pump: per derm, pods now go on the posterior upper arms, alternating R and L; no
abdominal sites until healed. Basal 0.45 u/h 00-06, 0.6 u/h 06-24; ICR 1:12; ISF 45.
CGM last 14 d: TIR 61%, 4% <70, mostly post-HD lows -> lowered basal on HD days.
A1c 8.1. BMI 24.1 (wt 62.5 kg, pt-reported).
No warfarin or other anticoagulant.
F/u 6 wks, CGM upload before visit.
"""),
]}

A09 = {"patient_id": "A09", "age": 59, "sex": "M", "notes": [
("2016-02-16", "CBOC Nurse Visit", """
NURSE VISIT - ORRIN CREEK CBOC
Testosterone injection per PACT standing order.

Vet denies CP, denies calf swelling or new urinary symptoms. Hct 38% (1/29/16), PSA 1.1.
Given: testosterone cypionate 200 mg IM into R upper outer gluteal (ventrogluteal)
site, 22G 1.5". Pt always asks for the R side ("habit, that's where the first one went"). Site
from last time (2/2) healed, no lump.
Every 2 wks since 2014.

Background: 59 yo M Gulf War veteran; ESRD on HD MWF at Orrin Creek Dialysis (contract
unit), DM2 on glipizide, morbid obesity (BMI 42.3, wt 139 kg), HTN, hypogonadism.
Next injection 3/1/16. RTC for nurse visit.
"""),
("2016-03-29", "Hemodialysis Unit Note", """
HD unit note (contract unit report received + nephrology review)
S: c/o painful lump L buttock x 10 days, can't sit through his run, shifting
constantly. No fever.
O: BP 174/96, UF 4.0 L. L upper inner buttock: woody, indurated 6x5cm plaque with
violaceous livedo and a 1 cm black center. R buttock: nothing but a small healed
injection dot.
Chem: Ca++ 9.7, PO4 8.1, PTH 1205, alb 3.5.
A/P: ESRD, obese, DM, high Phos/PTH with painful necrotic L buttock plaque - concern for
calciphylaxis. Urgent VA derm. Stop calcium, start sevelamer + cinacalcet.
"""),
("2016-04-12", "Dermatology Consult Note", """
DERMATOLOGY CONSULT - Tamsett Falls VAMC

Incisional bx 4/5/16, L buttock: calciphylaxis: subcutaneous
arteriolar calcification, intraluminal thrombi, fat necrosis; VK +.

Lesion location: upper inner L buttock. His testosterone shots have only ever been
given into the R gluteal area (confirmed w/ CBOC nursing records), so this lesion does not sit
at any injection site. No other trauma reported.
Exam: L buttock eschar now 7x5cm; R buttock and thighs clear.
Plan: STS with HD; testosterone on hold (d/w PCP); wound care; pain: hydromorphone
0.5 mg prn. Offered MOVE! referral later when stable.
"""),
]}

A10 = {"patient_id": "A10", "age": 72, "sex": "F", "notes": [
("2023-01-24", "PD Clinic Note", """
HOME DIALYSIS CLINIC - PD
72 yo F Navy veteran (nurse corps), ESRD (polycystic kidneys), manual CAPD, four bags daily
since 2020.
Mechanical MVR (2009) -> lifelong warfarin (INR to stay 2.5-3.5, cardiology).

S: tender lump R calf since New Year's Day; started red, now a lacy purple patch. Denies
any injury, bug bite or heat to the leg. Walks her dog daily.
O: BP 128/72, Wt 57.8 kg, BMI 22.5.
R posterior calf: firm 3x2cm subcutaneous nodule with overlying livedo racemosa,
no break in skin. Pedal pulses 1+.
Labs: Ca 10.0, Phos 5.9, iPTH 480, INR 3.0.
A/P: PD pt, on warfarin, w/ painful nodule + livedo R calf: ?early calciphylaxis.
Derm referral. Cardiology/anticoag clinic aware - mechanical valve, cannot simply stop.
"""),
("2023-02-07", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Bx 1/31/23 (R posterior calf, deep incisional): calcification and thrombosis of small
arteries in subcutaneous septa, early fat necrosis. Von Kossa positive.
Dx: CALCIPHYLAXIS.
Exam now: violaceous plaque R posterior calf, 4x3cm, tiny central ulcer (0.5 cm).
Plan: IV STS at infusion clinic 3x/wk; switch calcium carbonate to sevelamer; cardiology
to decide on anticoagulation (valve - warfarin continued for now w/ lower INR target);
vit K2 not started; leg elevation; RTC 2 wks.
Pain: 6/10, on acetaminophen + gabapentin 100 mg post-exchange; avoid NSAIDs.
"""),
("2023-03-06", "Urgent Care Note", """
URGENT CARE - Tamsett Falls VAMC
CC: bleeding from leg wound after bump

On 3/2/2023 she banged her R posterior calf against the bathtub rim while climbing out;
the dressing soaked through, bleeding stopped w/ pressure at home. Known calciphylaxis ulcer
R calf (dx 1/2023) under wound care.
Exam: ulcer of R posterior calf now 4x3.5cm, clot in the base, new 5 cm ecchymosis around it,
mild hematoma inferiorly. No active bleeding. INR 3.2.
A/P: trauma to existing calciphylaxis wound w/ small hematoma. Pressure dressing,
wound RN f/u tomorrow, hold warfarin x1 dose per anticoag pharmacist. Shower chair and
tub transfer bench ordered via Prosthetics.
"""),
]}

A11 = {"patient_id": "A11", "age": 64, "sex": "M", "notes": [
("2025-02-11", "Wound Clinic Intake", """
WOUND CARE CLINIC - INITIAL VISIT (WOCN)
64 yo M Army veteran, ESRD w/ Tu-Th-Sa dialysis; DM2 - self-injects insulin into the
posterior arms, alternating R/L by dose, BMI 47.1, HTN, CHF.
Referred by nephrology for a R lower abdominal pannus wound present since mid-January.

WOUND 1 - R lower abd pannus: 6.0 x 4.5 cm, 100% black adherent eschar, periwound
violaceous retiform purpura extending 2 cm; dry, odorless. Dressing-change pain
9/10. No tunneling.
Photo taken, uploaded to VistA Imaging.

Plan: derm for bx before any debridement; skin prep to periwound; calcium alginate + ABD
pad; pannus lifted w/ moisture-wicking fabric. Pt to return 1 wk.
"""),
("2025-02-18", "Dermatology Note", """
DERMATOLOGY
Punch bx 2/13/25, edge of the R lower pannus wound: calciphylaxis (calcified
arterioles, thrombosis, necrotic fat, von Kossa +).
No other lesions: arms (insulin sites) clear, thighs clear.
Exam: R lower abdominal pannus eschar unchanged at 6x4.5cm, retiform rim.
Dx: calciphylaxis R lower abdomen, bx-proven.
Fine to go ahead w/ wound care, incl. conservative sharp removal of loose eschar.
STS w/ HD per nephrology. Avoid calcium and vitamin D; cinacalcet per renal.
Discussed w/ pt that healing may take months and the risk of wound infection; he
verbalized understanding. Sister (his caregiver) present.
RTC 6 wks, sooner if fever, spreading redness or foul drainage.
"""),
("2025-03-04", "Wound Clinic Procedure Note", """
WOUND CLINIC - PROCEDURE NOTE
Procedure: selective sharp debridement, R lower abdominal pannus calciphylaxis wound.
Anesthesia: topical 4% lidocaine, 20 min dwell. Loose eschar and slough removed w/ curette
and forceps to
viable tissue at the inferior edge; ~35% of surface. Minimal bleeding, silver nitrate.
Post: 6.3 x 4.6 x 0.3 cm, 60% eschar / 40% yellow slough.
Dressing: medical honey alginate, ABD, secured w/ paper tape on the pannus.
Pt says that at night he lays an ice pack over his bandage for the pain - told
that's acceptable briefly, never on bare skin.
Tolerated well, pain 6/10 during.
"""),
("2025-03-25", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - Tamsett Falls VAMC
Calciphylaxis of R lower abdomen (bx 2/13/25) on STS 25 g w/ HD since 2/20.
Wound per WOCN slowly granulating at edges after debridement.
Insulin glargine 40 units + lispro sliding scale, all injections in the upper arms.
Warfarin: never. Apixaban not indicated.
BMI 46.6 (wt 151 kg). BP 144/80.
Ca++ 8.8 / PO4 5.0 / PTH 420 on cinacalcet 60 mg + sevelamer.
Plan: continue STS; recheck labs monthly; HBO not available locally - not pursuing.
Transplant eval deferred while wound open.
"""),
]}

A12 = {"patient_id": "A12", "age": 67, "sex": "F", "notes": [
("2026-01-20", "Nephrology HD Rounding Note", """
HD ROUNDS - Granite Hollow VAMC dialysis unit
67 yo F Army veteran, ESRD (HTN nephrosclerosis) on HD MWF since 2021.

S: painful purple blotches along both inner thighs, L worse than R, noticed the last
week of December. She denies any injury, falls, injections, insect bites, or putting heat/cold
onto the legs.
O: BP 146/80, wt 88.6 kg, BMI 34.0.
Bilat medial thighs: livedo racemosa w/ indurated violaceous plaques, L 5x4cm w/ small
dusky center, R 3x2cm.
PMH: prediabetes (A1c 6.0), HTN, hypothyroid, obesity. No anticoagulants.
Chem: CALCIUM 9.9, PHOS 6.6 H, PTH-INTACT 780 H.
A/P: ?calciphylaxis bilateral thighs. Derm consult. If admitted, avoid SC heparin - use
SCDs. Counselled: heating pads and cold packs are not to touch the thighs.
"""),
("2026-01-29", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Bilateral medial thigh plaques.
Incisional bx 1/22/26 L medial thigh: calciphylaxis; calcium lining small-vessel walls,
luminal thrombi, fat necrosis; VK +.
No hx of trauma at these sites; pt specifically denies injections in the thighs, no
compression garments.
Exam: L medial thigh now 5.5 x 4 cm w/ eschar; R medial thigh plaque 3x2.5cm.
Plan: STS w/ HD; no warfarin (would avoid); Shingrix recommended but to be given after
lesions are controlled - not today. Wound care.
Pain 7/10 at night; renal started gabapentin 100 mg after each run.
"""),
("2026-02-24", "PACT Primary Care Note", """
PRIMARY CARE - KESTREL BAY CBOC
Here for f/u of bilateral thigh calciphylaxis, on STS. Pain 4/10, sleeping better.
Exam: both medial thigh lesions w/ eschar, no new lesions.
Prediabetes - A1c 6.1 this month; managing w/ diet.
Vaccines: Shingrix still deferred per derm; will give at a future visit.
BMI 33.6. Hypothyroid - TSH 2.1 on levothyroxine 75.
Mood OK, PHQ-2 1. Lives w/ husband, he drives her to HD. Using a rolling walker in the
house since the thigh pain began; home safety reviewed.
Plan: cont HD + STS, RD follow-up, f/u 3 mo.
"""),
]}

A13 = {"patient_id": "A13", "age": 70, "sex": "M", "notes": [
("2017-10-03", "Diabetes Clinic (PACT PharmD) Note", """
PACT CLINICAL PHARMACIST - DIABETES
70 yo M Marine veteran (Vietnam), DM2 x 25 yrs, ESRD; VAMC dialysis unit since 2015,
Tu/Th/Sa schedule.
Insulin: NPH 30 u AM / 16 u PM by vial & syringe since 2012; injects periumbilical
abdomen, rotating around the navel. Site check today: mild lipohypertrophy around the
umbilicus, no bruising, no nodules.
Warfarin for prior DVT stopped 03/2017 (completed course).
A1c 7.6. Fingersticks 120-240. Hypoglycemia x1 after HD.
BMI 39.9 (wt 127 kg). BP 136/70.
Plan: reduce PM NPH to 14 u on HD days; reinforce rotation; f/u 6 wks.
"""),
("2018-01-16", "Hemodialysis Unit Note", """
HD UNIT - nephrology
S: painful hard area L flank since around New Year, now black in center.
O: L flank, lower-rib level, just behind the mid-axillary line:
violaceous retiform plaque 5x4cm w/ 2 cm eschar. Periumbilical skin (insulin sites)
unremarkable. BMI 39.6.
Chem: Ca++ 10.2 / PO4 7.0 / PTH 650.
A/P: obese diabetic HD pt w/ necrotic L flank plaque - suspect calciphylaxis. Derm for bx.
Change calcium acetate to sevelamer 1600 w/ meals, hold calcitriol. Pain: tramadol 50 mg
after HD.
Wife asks about home help - HBPC referral discussed, she will think it over.
"""),
("2018-01-30", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Bx 1/23/18 L flank: calciphylaxis (calcified media of small arteries, thrombi,
necrotic fat; VK +).
Location: L posterolateral flank. This is not where he injects - his insulin goes
periumbilically, well medial and anterior to the lesion; and nothing else has injured that
flank.
Exam: L posterolateral flank eschar 5.5x4cm w/ violaceous rim; abdomen, thighs and
buttocks free of lesions.
Plan: STS on dialysis days, no more calcium binder, wound care w/ nonadherent dressing. RTC
3 wks.
Hx warfarin (stopped 3/2017). DM2 on insulin. Obesity.
"""),
]}

A14 = {"patient_id": "A14", "age": 68, "sex": "M", "notes": [
("2022-03-08", "Hemodialysis Unit Note", """
HD UNIT NOTE - Tamsett Falls VAMC
68 yo M Army veteran; ESRD (HD M/W/F); diet-controlled DM2; AFib - warfarin; BMI 31.4.

S: pain in the R inner thigh x 3 wks, and a sore on his L heel. He sleeps in his recliner
most nights and the heel rests on the footrest. He also spilled hot coffee on his L
forearm last week.
O: R medial thigh: violaceous indurated plaque 7x5cm, retiform purpura, 1 cm
eschar. L posterior heel: partial-thickness open area 2x2cm, pink base.
L dorsal forearm: 4x3cm healing superficial burn, intact blisters deroofed.
A/P: R medial thigh lesion - concern for calciphylaxis -> derm. L heel stage-2 PI -
offload, heel protector boots. L forearm scald - silver sulfadiazine.
"""),
("2022-03-22", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Bx 3/15/22 (R medial thigh) shows calciphylaxis: calcium in subcutaneous vessels,
thrombi, necrosis of septal and lobular fat, VK positive.
Other wounds reviewed: L heel ulcer - a typical stage 2 PI caused by the
recliner footrest, clean base, no retiform purpura, not calciphylaxis. L forearm - healing
second-degree scald, not calciphylaxis.
R thigh: no reported trauma; he denies bumping it, injections, or heat.
Plan: STS on HD days; cardiology will swap warfarin for apixaban; wound care; RTC 4 wks.
Heel: keep offloading boots, wound RN weekly. Forearm: continue silver sulfadiazine
until epithelialized.
"""),
("2022-07-12", "PACT Primary Care Note", """
PACT PRIMARY CARE
R medial thigh calciphylaxis f/u - improving, eschar smaller (4x3cm).
L heel healed. L forearm healed w/ faint scar.
Weight down 8 kg since spring with HD fluid/diet changes: BMI 29.2 today.
DM2 - diet only, A1c 6.4. Anticoag: apixaban (off warfarin since March).
STS finished after 12 wks per nephrology. Pain 2/10, off tramadol.
Sleeping in bed again instead of the recliner. Walks to the mailbox daily.
Clinical reminders: colorectal ca screening FIT ordered; PHQ-2 0; AUDIT-C 0.
F/u 4 mo.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
