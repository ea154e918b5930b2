"""probe130 corpus notes, S01-S07 (endocrinology / diabetes-technology clinic; all invented)."""

S01 = {"patient_id": "S01", "age": 52, "sex": "F", "notes": [
("2022-11-09", "Patient Portal Message", """
Subject: pump site went black?? pls read
Hi Dr Marchetti and team,
3 days ago I noticed the skin where my last infusion set was (left side, low
on my belly) had gone hard and purple. I figured it was just a bad site and
moved the set but its gotten worse not better. Now theres a black center about
as big as a dime and a purplish ring around it and the pain is WAY worse than any
kinked cannula ever gave me, even my shirt brushing it makes me jump.
For the record I have put every set on that left low part of my stomach since
Feb of last year bc the right side is all lumpy and my sugars go crazy when I
use it.
No fever, no pus. My dialysis nurse at Lakeshore peeked at it yesterday and told
me to message you. Photos attached (2). Do I need to stop using the left side
too?? I'm running out of real estate lol
Thanks, Dana
"""),
("2022-11-10", "CDCES Telehealth Visit / Pump Download Review", """
VIDEO VISIT - pt at home, camera on. Pump + CGM uploads reviewed (14 d).
52F, T1DM dx age 11, ESKD - goes to in-ctr dialysis Tues/Thurs/Sat.
Tubed pump w/ lispro; CGM worn on R upper arm.
DOWNLOAD: TIR 58% / TAR 39% / TBR 3% (lows cluster on HD afternoons). Mean
176, GMI 7.5%. Basal 16.4 u/d, bolus 14.0 u/d. Set change q3d. Two
occlusion alarms 11/4-11/5.
SITE HX: states she has used ONLY the L lower quadrant for infusion sets since
02/2021 d/t lipohypertrophy on the R abd (seen on camera - soft rubbery pads,
no discoloration). Rotation grid reviewed again.
CONCERN: on camera, L lower abd at current-ish set area ~2.5 cm dusky patch w/
dark center, pt winces on light touch. Onset 11/06 per pt. Doesn't fit a
routine site rxn or lipo to me.
PLAN:
- relocate sets to upper outer buttocks for now; taught by video, pt
  demonstrated insertion angle
- no sets in L lower quadrant until seen
- in-person w/ Dr Marchetti + derm referral placed (urgent)
- lower HD-day temp basal 80% x 6 h, unchanged otherwise
35 min. T. Oyelaran RN, CDCES
"""),
("2022-11-16", "Dermatology Consult", """
DERMATOLOGY CONSULT  (req: L. Marchetti MD, Endocrinology)
CC: L lower abd lesion, very painful, x10d
HPI: 52F, T1DM on CSII, ESRD on HD. Lesion began at an infusion-set site and
has expanded over about a week and a half. Pain rated 9/10, nights worst.
Denies fever, new meds, or prior similar lesions. No warfarin.
EXAM: L lower abdomen, inferolateral to umbilicus: 3.0x2.4cm stellate
plaque, dusky violet, with ~1cm black eschar at its core, retiform purpura
rimming it; woody induration extends ~1 cm past the visible margin. Multiple
healed pinpoint cannula marks scattered through that zone. R abdomen: soft
lipohypertrophic pads, no purpura. Thighs, buttocks and calves clear.
ASSESSMENT: calciphylaxis, L lower abdomen. The ulcer is centered in the
very skin she has reserved for each infusion set since Feb 2021; repeated
cannula insertion at that spot is the most plausible trigger. Infusion-site
abscess and pyoderma considered and felt less likely (no fluctuance, no
undermining).
PLAN: 4mm punch (rim) today; asked path for calcium stains. No sets or CGM
sensors on the abdomen at all. Message to nephrology re sodium thiosulfate and
mineral labs. Wt 71.0 kg, BMI 27.4.
"""),
("2022-11-29", "Nephrology Progress Note", """
NEPHROLOGY - HD rounds, chair 7
Skin bx 11/16/22 (L lower abd): mural calcium deposits in small subcut
vessels, luminal thrombi, VK+ --> biopsy-proven calciphylaxis.
Ca/Phos 9.4/6.8, iPTH 612, alb 3.4.
Changes today:
 - calcitriol stopped
 - sevelamer 1600 tid w/ meals (up from 800)
 - start cinacalcet 30 daily
 - STS 25g IV infused during final 60 min of every run (TTS)
 - Rx time 4.0 -> 4.5 h
Anticoag: never on warfarin, none now.
Pain: gabapentin 100mg post-run. Wound RN to see her Thursday.
Endo aware; pump now running off buttock sites.
Post-HD wt 70.2 kg  (BMI 27.1)
"""),
]}

S02 = {"patient_id": "S02", "age": 74, "sex": "M", "notes": [
("2020-06-10", "CDCES Education Visit", """
Diabetes education - follow up, in person. Pt with wife Marguerite.
74 y/o man, T2DM ~25 yrs, ESRD, HD Mon/Wed/Fri (started 2017), atrial fib on
warfarin (INR drawn at dialysis). Insulin glargine 22 units at bedtime by pen.
Since April his wife has given every dose because his vision got worse
(PDR, laser both eyes last yr). She injects into his upper outer buttocks,
switching sides each night, while he lies on his side in bed.
Inspected both upper outer buttocks: skin smooth, no lipohypertrophy, no
redness.
Teaching: 4 mm pen needles, new needle each time, no pinch needed at 4 mm,
move each shot about an inch from the last one within the quadrant. Wife
return-demonstrated correctly, good technique.
Hypos: 2 readings under 70 on non-dialysis mornings -> glargine 22 -> 20 u.
Meter download: fasting 110-190 mostly.
Wt 98.6 kg   BMI 30.5
F/u 3 months or sooner w/ questions. - K. Lindqvist, RN CDCES
"""),
("2020-09-22", "Wound Care Clinic", """
WOUND CLINIC - NEW PATIENT
Referred by HD unit NP for painful wounds on both buttocks.
HPI (wife gives most of hx): both sides of his bottom got very sore around
Labor Day, then turned purple and later black centrally. He can't find a
comfortable position in bed. Denies falls. No heating pad or ice.
Wound #1: upper outer L buttock - 4.5x3.0cm, 100% black
adherent eschar, violaceous net-like border about 2cm wide; dry, odorless.
Wound #2: upper outer R buttock - 3.2x2.5cm eschar, thin
rim of purpura, indurated, exquisitely tender.
Sacrum and coccyx intact, ischials intact. DP pulses dopplerable.
Assessment: bilateral buttock necrotic ulcers, suspicious for calciphylaxis
given HD + warfarin. Pressure injury unlikely - wounds sit away from
bony prominences.
Plan: 6mm punch today, taken at the R wound margin (consent signed). Hold
sharp debridement pending path. Foam border dressings. Derm and nephrology
informed.
"""),
("2020-10-05", "Nephrology Clinic Note", """
Renal clinic f/u
Punch bx R buttock (9/22): medial calcification and intimal thickening of
subcutaneous arterioles, fibrin thrombi; von Kossa pos.
DX: calciphylaxis, both buttocks.
Changes:
1. warfarin STOPPED, now apixaban 2.5 bid (cardiology agrees)
2. STS 25g IV each dialysis session, since 9/30
3. cinacalcet 30 -> 60 mg
4. calcium acetate swapped for lanthanum
Endo: keep glargine; wife now to give it in the abdomen, well away from the
wounds.
Pain better on low-dose hydromorphone, sleeping 5-6 h.
Wt 97.1 kg, Body mass index 30.0
RTC 4 wks. Wound clinic weekly.
"""),
]}

S03 = {"patient_id": "S03", "age": 45, "sex": "F", "notes": [
("2019-12-18", "Endocrinology Telehealth Visit", """
Endocrinology - telehealth (video). Pt at home, husband present.
45F with T1DM since age 9, c/b gastroparesis, retinopathy; ESRD, in-center
HD MWF from 2018. Tubed pump + CGM.
Pump sets have been in her thighs since the summer - abdomen too tender during
gastroparesis flares.
GI: bloating and early satiety worse this fall. Since Thanksgiving she
has slept nightly under a plug-in heat pad draped on her tummy for the
cramps ("only thing that lets me fall asleep").
Download (14d): TIR 49%, CV 41%, lows 2-4 am x 5 nights. Overnight basal
0.55 -> 0.45 u/h 0000-0400. Extended bolus 50/50 over 2 h for larger meals.
Metoclopramide discussed; she would rather avoid it. GI referral for gastric
emptying study.
Wt 62.0 kg / BMI 24.2
RTC 3 mo, sooner prn.  -- R. Achterberg MD
"""),
("2020-01-08", "Patient Portal Message", """
Dr Achterberg - happy new year. I have a really bad sore spot just above my
belly button - the exact place my heat pad lies all night. I first saw it on
New Years day and thought I'd just gotten it too hot. Now it's dark purple in a
lacy pattern with a hard black part in the center, pain like 10/10 if
anything touches it. My HD nurse measured it at 4 cm.
It is not where my pump sites go (those are still on my thighs).
Can I still use the heating pad?? my stomach is killing me at night.
- Priya
"""),
("2020-01-14", "Dermatology Consult", """
DERM - urgent consult
HPI: 45 yo F, T1DM, ESRD on HD. Nightly heating pad over the abdomen since
late Nov (Thanksgiving) for gastroparesis pain. On 1/1/20 noticed a painful
mottled area just above the umbilicus that went on to central necrosis.
EXAM: periumbilical / epigastric abdomen, midline: 4.5x3.5cm retiform
purpura around a black eschar of 1.5cm, firm subcutaneous induration.
Lacy brown erythema ab igne mottles the rest of the upper abdomen. Thighs
show healed set marks, no lesions. Legs, buttocks clear.
IMPRESSION: calciphylaxis - clinical diagnosis made today (ESRD, retiform
purpura with necrosis, pain out of proportion). It arose right within the area
the heating pad has been cooking nightly. Punch bx taken, path pending.
PLAN: stop the heating pad entirely; GI to advise other options for pain.
Nephrology notified (STS). Wound RN for dressings. Results to pt by portal.
"""),
]}

S04 = {"patient_id": "S04", "age": 61, "sex": "M", "notes": [
("2023-02-15", "Endocrinology Clinic Note", """
ENDOCRINE F/U - insulin pump
61M, T2DM x 22 yr, insulin requiring (TDD ~180 u aspart via tubed pump),
ESRD, HD Tue-Thu-Sat, class II obesity, OSA on CPAP. Provoked DVT 2015 treated
w/ warfarin x 6 months, no anticoag since.
Wears the pump in an elastic belt pouch on his R side, snug at the waist -
has done so since 05/2019 ("keeps the tubing out of the way"). Infusion sets
have gone into the R flank (his "love handle") since 2021 because the front
of the abdomen is lipohypertrophic and absorption there is erratic.
Download 14d: TIR 52%, mean 191, GMI 7.9%. Lunch bolus missed 4 of 14 days.
3 occlusion alarms.
Exam: R flank set zone w/ mild lipohypertrophy, skin intact. The belt leaves a
pink groove across the R flank by end of day, blanches.
Wt 121 kg, Ht 178 cm, BMI 38.2
PLAN: offered back-of-arm sites, declined. ICR lunch 1:5 -> 1:4. Bolus
reminder alarm set for 1 pm. RTC 3 mo.
"""),
("2023-08-30", "Dermatology Consult", """
Dermatology - new consult
CC: R flank lesion, painful, x 3 wks
61M ESRD/HD, T2DM on CSII. Noticed "a purple bruise that just wouldn't fade"
under the pump belt about three weeks ago; now it has a black center.
EXAM: R flank at the belt line: indurated violaceous plaque 6x4cm, central
black eschar 2cm, livedoid border. Infusion-set cannula marks within and
around the plaque. L flank and anterior abdomen without purpura.
IMP: calciphylaxis, R flank (clinical dx; bx to confirm). The plaque sits
exactly under the belt pouch AND in the strip of skin where he has been
placing his sets - repeated cannulation plus constant belt pressure are both
likely local triggers (Koebner-type localization).
PLAN: 4 mm punch today. Belt retired - pump to be clipped to a shirt pocket.
Future sets: posterior arms, alternating (pt agrees this time). Wound care
referral. Renal notified.
BMI 37.9
"""),
("2023-09-12", "Nephrology Progress Note", """
Nephrology - HD progress note
R flank punch bx 8/30: subcutaneous arteriolar calcification with fibrin
thrombi, von Kossa +. Consistent with calciphylaxis -> confirmed.
PTH 480; Ca/P 9.8/6.1. Stopping calcium carbonate; sevelamer 1600 tid.
STS 25g IV TIW during runs, dose #1 today, tolerated (mild nausea).
Anticoag: warfarin in 2015 for DVT, nothing current.
Wound RN dressing the flank ulcer w/ calcium alginate + bordered foam.
Pump now in shirt pocket, sets in arms.
Dry wt 119.5 kg. Glucose on HD days 140-220 per CGM; no change.
Next PTH in 4 wks.
"""),
]}

S05 = {"patient_id": "S05", "age": 58, "sex": "F", "notes": [
("2023-10-24", "CDCES Education Visit - CGM Start", """
CGM START - in clinic, 45 min
58F T2DM on degludec 18 u daily + linagliptin. ESRD on CCPD nightly.
Not on warfarin. New 10-day CGM sensor started today.
First sensor inserted by pt under my supervision posteriorly on the LEFT upper
arm - right-side sleeper, wants it out of the way. Reviewed:
warm-up period, alerts (low 70 / high 250 to start), fingerstick when
symptoms don't match, shower and PD-cycler tips, where to keep the reader at
night. Overpatch given for adhesive.
Pt return-demonstrated a 2nd insertion on the practice pad, good.
She plans to keep using the posterior left arm, moving each new sensor
a couple cm from the last.
Weight 77.6kg; BMI 29.8 (overweight)
Next: remote download in 2 wks. - M. Fairweather RN, CDCES
"""),
("2024-02-27", "CGM Download Review (Remote)", """
Remote CGM review, 2/13-2/26 (14 days) + phone call w/ pt
Sensor wear 94%. Wear site: L posterior upper arm (pt confirms only that arm
since the October start).
TIR 68% (was 51% in Nov), TBR 1%, TAR 31%, GMI 7.0%.
Overnight trace flat on cycler nights; rise after breakfast to ~230 most days.
Degludec 18 u -> 16 u (2 mild lows, both before noon). Discussed lower-carb
breakfast swaps, dietitian handout sent via portal.
She notices higher overnight numbers on the nights the PD nurse has her on the
stronger dextrose bags - will pass the traces to the PD RN so they can see it.
Reader battery and app alerts checked over the phone, all fine.
Next download 4 wks.
"""),
("2024-03-06", "Dermatology Consult", """
DERMATOLOGY CONSULT (PD unit referral)
CC: painful dark spot L arm
HPI: 58F, ESRD (CCPD), insulin-treated T2DM. A firm, very painful spot,
posterior L arm, began 2 wks ago, enlarged and turned black. No fever.
No new medications. Not anticoagulated.
EXAM: L posterior upper arm, mid-portion: stellate black eschar 2.8x2.2cm
framed by a violaceous retiform rim and woody induration. R arm, abdomen
and thighs clear.
IMP: calciphylaxis - clinical dx in a PD patient; biopsy to confirm. Ddx
vasculitis (no other findings), warfarin necrosis (never took it).
PLAN: 6mm edge punch today. Renal to start sodium thiosulfate; wound
care; pain plan with PCP.
BMI 29.9
"""),
]}

S06 = {"patient_id": "S06", "age": 67, "sex": "M", "notes": [
("2024-11-28", "ED Provider Note", """
ED PROVIDER NOTE - Thanksgiving evening
67M here after catching his R anterior shin against the open dishwasher at
about 7 pm tonight while clearing up. On warfarin for a mechanical AVR. ESRD
w/ dialysis Mon-Wed-Fri. T2DM: glargine + weekly dulaglutide.
EXAM: R mid-anterior shin: superficial abrasion, 4cm, small
hematoma around it, oozing stopped with pressure. No bony tenderness, full
weight bearing, compartments soft. DP 1+.
INR 3.1.
MDM: minor soft-tissue injury in an anticoagulated pt, no imaging needed.
Wound irrigated, petrolatum, left open to air.
DISPO: home. Elevate, check it daily, return for spreading bruise, fever or
numbness. Continue warfarin; INR recheck at HD Mon.
Wt 108 kg per chart (BMI 33.9)
"""),
("2025-01-08", "Endocrinology Clinic Note", """
Endo f/u
67M T2DM, ESRD/HD, on warfarin for mechanical AVR.
A1c 7.4. Glargine 26 u qam, dulaglutide 1.5 mg weekly into abd. CGM on R arm.
NEW: exquisitely painful black spot, R shin, present since mid-December ("once
the scrape crusted over it went purple and then black"). PCP gave 7 days of
cephalexin without change.
Exam: 3x2cm black eschar, R anterior shin, within a larger violaceous
indurated plaque, lacy purpura at the margins. L leg clear.
A: concern for calciphylaxis (ESRD + warfarin) arising at his Thanksgiving
shin injury; vs infected hematoma.
P: urgent derm for bx, messaged nephrology. Glucose regimen unchanged.
BMI 33.5
"""),
("2025-01-21", "Nephrology Progress Note", """
RENAL - HD rounds
Derm bx R shin 1/13 shows calcified, thrombosed subcutaneous arterioles ->
calciphylaxis confirmed.
The ulcer began at the spot of the abrasion/hematoma from the dishwasher door
on Thanksgiving, on a background of warfarin.
Cardiology: mechanical valve, warfarin cannot be stopped; aim INR 2.0-2.5.
Starting STS 25 g IV TIW. Calcium carbonate d/c, sevelamer up, cinacalcet
30 mg started. Wound clinic weekly.
Ca/P 9.9/6.9, iPTH 705, alb 3.6.
Pain: acetaminophen scheduled + hydromorphone 1 mg prn, max 3/day; pt says he
slept through the night for the first time in 3 wks. Explained to pt and
daughter why the warfarin stays and why the valve matters more. Endo informed
re: glargine on STS days (no change needed).
Plan reviewed at next rounds.
"""),
]}

S07 = {"patient_id": "S07", "age": 49, "sex": "F", "notes": [
("2021-10-06", "Endocrinology New Patient Visit", """
Endocrinology - new pt (diabetes + weight)
49F, T2DM dx 2019, class I obesity, CKD 3b (eGFR 34; lupus nephritis,
not on dialysis). APS (2 DVTs) - warfarin since 2016.
Meds: metformin stopped for eGFR. Semaglutide weekly started in Sept by
PCP - she self-injects into the L outer thigh every Sunday ("only spot where the
needle doesn't bother me"). No insulin, never has been.
Pen technique watched - fine. Rotation around the thigh and belly advised.
A1c 8.1%. Lipids ok on atorva.
Wt 89.3 kg, BMI 33.0
Plan: semaglutide up to 0.5 mg weekly, dietitian referral (renal-friendly
plan), recheck A1c in 3 mo.
"""),
("2022-06-15", "Dermatology Consult", """
DERM CONSULT
49F, APS on warfarin, CKD 3b (no dialysis), T2DM on weekly semaglutide which
she admits she still always injects into the L outer thigh. On 5/30/22
she noticed a tender red-purple patch at that injection spot; it now has a
black center and a spreading lacy purple margin.
EXAM: L lateral thigh: indurated plaque 5x4cm, central eschar 1.5cm,
the border lacy and purpuric, scattered needle puncture marks within it.
R thigh and abdomen clear.
DDX: calciphylaxis of the non-uremic kind (risks: female, obese, on warfarin);
warfarin-induced skin necrosis; APS thrombotic vasculopathy.
PLAN: two 4 mm punches (H&E/von Kossa; DIF). Hold further thigh injections.
"""),
("2022-06-28", "Dermatology Follow-up", """
Derm f/u - path review
Path: lobular panniculitis; calcium laid down in small subcutaneous vessel
walls, intravascular thrombi; VK stain +, DIF neg, no vasculitis.
DX: calciphylaxis (non-uremic), L lateral thigh - it arose precisely
where her weekly semaglutide pen goes in.
Plan: hematology to advise on anticoagulation alternatives for APS; STS IV
thrice weekly in infusion clinic; injections moved to the abdomen.
Obesity improving on the GLP-1 RA: wt 80.1 kg, BMI 29.6.
Thigh plaque now 5.5x4cm; eschar dry, not draining; pain 6/10 on
bedtime gabapentin 100. Dressing teaching to her partner.
RTC 2 wks, sooner if fever or rapid spread.
"""),
]}

PATIENTS = [S01, S02, S03, S04, S05, S06, S07]
