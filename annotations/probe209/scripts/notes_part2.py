"""probe209 corpus notes, E08-E14 (patient and caregiver diaries, symptom logs, clinician replies
and the clinic notes around them; all people, places and wording invented)."""

E08 = {"patient_id": "E08", "age": 60, "sex": "M", "notes": [
("2025-05-06", "Patient Symptom Log (typed, sent by e-mail)", """
Symptom log -- Gustavo Renteria -- for Dr. Lindqvist

Background: since last fall my knees are too bad for the kitchen chairs, so I basically
live in the recliner. I lean my left forearm on the armrest all day (TV, phone, meals).

First week of April: sore red-purple spot on the outside of my L forearm.
Apr 20 (Easter): spot went hard and dark, like a burnt patch.
Apr 28: now a black crust, purple ring all the way round, bigger than a silver dollar.
        Pain 8/10 at night, wakes me up.
May 3:  a little yellow fluid on the tissue.

Sugars a.m. 140-190. Lantus 52u into my stomach nightly.
Warfarin 7.5 mg Mon-Fri, 5 mg Sat/Sun.
Weight 131 kg this morning on the bathroom scale.
"""),
("2025-05-07", "Clinician Reply (portal) - Internal Medicine", """
Gustavo -- thank you for the log and the pictures.

With the warfarin, your diabetes and pain this severe, I want to see you in person this
week. A dark crusted sore on the forearm can be several things, among them a rare problem
of calcium in the skin's small vessels (calciphylaxis), or a pressure sore. Until then
please stop leaning that arm on the armrest, or pad it with a folded towel.

Appointment: Thursday 5/8 at 9:20 with me, and I've asked dermatology to fit you in
the same week. Don't change the warfarin dose for now; last INR 2.8 (4/29).
If you get a fever, chills, or red streaks up the arm, go to urgent care.

Dr. Anneliese Lindqvist, Internal Medicine
"""),
("2025-05-16", "Dermatology Clinic Note", """
DERM -- follow-up after biopsy

60M. Renal: CKD stage 3a (eGFR 52 in March), never dialyzed. Diabetes type 2, uses insulin.
Morbid obesity, BMI 42.0. Atrial fibrillation, warfarin since 2019.

L dorsal-ulnar forearm: necrotic eschar 4.5x3.8cm in a violaceous retiform halo, on the
exact surface he has rested on the recliner armrest all day since fall 2024 -- chronic
pressure. Onset early April 2025 per his log.
Bx 5/9/25: fat lobules with calcium-crusted small vessels, thrombi, no vasculitis ->
non-uremic calciphylaxis.
Labs 5/12: PTH 88 -- calcium 9.3 -- phosphorus 3.8 -- albumin 3.0; INR 2.7

Plan: switch warfarin to apixaban, cardiology in agreement; STS IV thrice weekly at
the Pellham infusion suite;
offload the arm with a foam sleeve and armrest pad; wound RN weekly; endocrine re
glycemic control.
"""),
]}

E09 = {"patient_id": "E09", "age": 55, "sex": "F", "notes": [
("2020-03-09", "Patient Glucose and Insulin Log", """
Glucose & insulin log -- Marguerite Ashby
(I always inject on the RIGHT half of my tummy. Right-handed, and it is what the
clinic nurse showed me back in 2014.)

3/2  am 162  Humalog 8u R abd   pm 201  Lantus 30u R abd
3/3  am 149  8u R abd   dialysis day, felt washed out
3/4  am 170  R abd as usual
3/5  noticed a sore hard spot down low, LEFT half of my tummy, like a pebble under
     there, purple around it
3/6  pebble bigger. hurts to wear my jeans
3/7  am 181, pm 230 -- stress?
3/8  black dot in the middle. called the unit.
"""),
("2020-03-10", "HD Unit Charge Nurse Note", """
Charge RN note -- Thistlecombe Dialysis, chair 4

Before starting, pt showed RN a painful lesion in her LLQ (abdominal wall),
onset 3/5 per her log: 3 cm violaceous indurated nodule, small central black area, lacy
rim. Checked her insulin sites together with her: R upper and R lower quadrants only, no
lumps, bruising or discoloration there.

Pre-HD BP 158/90  HR 84  wt 79.4 kg
3/2 chemistries: phos 7.2, Ca 10.1, albumin 3.5

Nephrologist (Dr. Feinstein-Oyelaran) aware -> derm clinic 3/12. Pt advised not to
apply creams or heat. Run uneventful, 3.2 L removed.
"""),
("2020-03-19", "Dermatology Follow-up", """
DERM f/u -- biopsy result
55F, hemodialysis for ESRD, type 2 DM with insulin (right abdomen only), BMI 29.9 --
overweight.
No warfarin.

Left lower abdomen: the plaque measures 4x3cm and has formed a 1.2 cm eschar. R-sided injection areas are
clear on exam.
Punch bx 3/12: calciphylaxis (calcified subcutaneous arterioles, microthrombi).

Assessment: calciphylaxis, L lower abdomen, on the side opposite to all of her insulin
injections.
Plan: STS with HD; cinacalcet up-titration per nephrology; wound care teaching; insulin
may go on into the R abdomen as before. RTC 2 wks.
"""),
]}

E10 = {"patient_id": "E10", "age": 64, "sex": "F", "notes": [
("2020-01-20", "Caregiver Log (husband)", """
Log for Joan Petrakis -- by Stavros

1/10  Joan says her right calf "burns". There's a purple lacy patch on the back of it.
      She hasn't bumped it, no fall, nothing.
1/13  patch bigger, hard lumps in it. Cycler alarmed twice overnight (drain).
1/16  wt 92.8 kg, BP 144/86. INR 2.4 at the clinic.
1/18  she can't get her boot on that side.
1/19  small black bit in the centre of the calf patch now. Lot of pain.

Questions for the PD team:
- could this come from the warfarin?
- should she keep walking on it?
"""),
("2020-01-24", "Nephrology PD Clinic Note", """
PD clinic
64F, chronic glomerulonephritis -> ESRD, cycler PD. Type 2 diabetes on diet alone
(HbA1c 6.3%). Warfarin for recurrent DVT.

R posterior calf: retiform purpura 8x6cm, 1.5 cm eschar in it. Onset ~1/10 per husband's
log; no injury beforehand.
Wt 92.5 kg  BMI 35.0  BP 140/82
PTH 905, corrected Ca 10.0, phosphate 6.6

A: suspected calciphylaxis, R calf.
P: derm for bx Mon 1/27; hold calcitriol; low-Ca PD solution; discuss warfarin
alternatives with haematology; no compression on the leg. Husband
present and keeping the log.
"""),
("2020-02-04", "Caregiver Log (husband), portal", """
Log for Joan, continued -- Stavros

1/27  skin biopsy done at derm. 2 stitches.
1/31  derm nurse phoned: the biopsy shows calciphylaxis, it's confirmed. They will start
      the thiosulfate with her PD visits.
2/3   Our big dog Mosby jumped up and his claws caught Joan's right calf, straight across
      the sore area. Bled through the dressing. Cleaned and re-dressed per the wound
      nurse's sheet.
2/4   more pain since the dog, some ooze on the pad.

Should we come in before Thursday? The warfarin is still the same dose.
"""),
("2020-02-06", "Wound Care RN Note", """
Wound RN visit -- PD unit

Calciphylaxis, R back of calf, proven by the 1/27/20 biopsy, present since ~1/10/20.
On 2/3 a dog-claw scratch across the existing wound -- i.e. after onset -- leaving a
superficial 4 cm linear abrasion through the periwound skin.

Exam: eschar 2.2x1.8cm within purpura of 9x6cm, new serous drainage, no cellulitis,
no fever. BMI 35.0.
Dressing: calcium alginate + foam, changed q48h by husband; taught again today.
Keep the dog off the bed. STS with each clinic visit per Dr. Rademaker.
"""),
]}

E11 = {"patient_id": "E11", "age": 49, "sex": "M", "notes": [
("2018-06-11", "Patient Diary - wound care log", """
My wound log -- Taro Nakashima-Reyes
(sore on my L inner thigh, first noticed around Mother's Day, skin biopsy 5/22 said
calciphylaxis)

6/4   home nurse changed the dressing (silver foam). tape on the skin stings. pain 6
6/5   ice pack (in a towel) laid ON the dressing 15 min for pain, helped a bit
6/6   HD. insulin 10u into the back of my L arm before lunch
6/7   wound nurse scraped off dead tissue at clinic, bled a little
6/8   pain 7, ice pack again on the sore
6/10  insulin back of R arm, sugars in the 190s
"""),
("2018-06-12", "Clinician Reply - Wound Clinic RN", """
Hi Taro, thanks for keeping the log. Two things:

1) The ice pack needs to stay off the wound from now on. Cold narrows the small blood vessels
and can make a calciphylaxis wound worse. Take the oxycodone Dr. Ferreira prescribed about
30 minutes before dressing changes instead.
2) The stinging from the tape: we'll switch you to a silicone border dressing so nothing
sticky touches the skin around the sore.

Keep doing your insulin in the backs of your arms, away from the thigh. Next debridement
is Thursday 6/14 at 8:30. Call us if the wound smells or you run a fever.

Renata Sorbo, RN CWON -- Wound & Ostomy Clinic
"""),
("2018-06-28", "Nephrology Clinic Note", """
NEPHROLOGY f/u
49M, type 1 diabetic nephropathy, hemodialysis Tues/Thurs/Sat; insulin pen into the
posterior arms, L and R. Obese (BMI 38.2). Warfarin: never.

Calciphylaxis, left inner thigh, biopsy-proven 5/22/18, began ~mid-May. After serial
debridement the wound is 7 x 5 cm with a clean base; NPWT started 6/21.
Per pt nothing happened to that skin beforehand: he has never injected, heated or
hurt either thigh.

BP 146/84  wt 118.6 kg
PTH 466; Ca 9.0; PO4 5.9; albumin 3.3

Plan: continue STS with HD; NPWT changes M/W/F by home health; surgery clinic re
parathyroidectomy; keep insulin to the arms.
"""),
]}

E12 = {"patient_id": "E12", "age": 58, "sex": "F", "notes": [
("2023-06-05", "Patient Diary", """
Diary -- Odalys Fairweather

June 1: the sore under my belly fold is worse. It started around Memorial Day weekend as a
hard purple patch, and the middle has turned black. I have NOT had any shots in my belly. I
don't take insulin, I'm not diabetic. Haven't fallen, no heating pad, nothing.
June 2: could not sleep, pain 8.
June 3: dialysis. Tech said my pressure was 171/95, gave me the extra pill.
June 4: smells a little. Changed the pad under the fold twice.
June 5: pain 9/10, crying on and off. Going to call the kidney nurse.

Weight on the dialysis scale Sat: 128.4 kg.
"""),
("2023-06-06", "Nurse Reply (portal) - Nephrology", """
Odalys, we are so sorry you are in this much pain.

From what you describe (a hard purple patch with a black centre, while on dialysis),
Dr. Banerjee-Holt would like you admitted through the ED today for a skin biopsy and
proper pain control.

If you are admitted, the hospital team may want to start blood-thinner shots (enoxaparin)
to prevent clots; we'll ask them to give those in your arms, never near the sore. Please
leave the heating pad and the ice packs in the cupboard for now. Bring your apixaban bottle and your diary.

Tomasz Heyward, RN -- Kidney Care Line
"""),
("2023-06-12", "Inpatient Dermatology Progress Note", """
Derm inpatient f/u
58F, hemodialysis dependent, BMI 47.0 (morbid obesity), not diabetic, paroxysmal AF on apixaban
(never took warfarin).

Infraumbilical pannus, lower fold: 11 x 6 cm necrotic eschar with retiform purpura, onset
late May 2023 per pt.
Pt denies injections, heat, ice, trauma or tight garments at this site. VTE prophylaxis:
none given, she is on apixaban.
Bx 6/7: calciphylaxis, confirmed (calcified arterioles, thrombi, fat necrosis).

Plan: STS with HD; general surgery to weigh debridement if infection develops; wound
care BID with the fold lifted and dried; pain service following.
"""),
]}

E13 = {"patient_id": "E13", "age": 73, "sex": "F", "notes": [
("2021-09-20", "Patient Diary", """
My diary -- Winifred Oduya-Clarke

Labor Day (Mon): stepped off the kerb at my grandson's barbecue and twisted my RIGHT
ankle. Swelled up like a grapefruit at the outside ankle bone.
9/6 - 9/12: ice bag on the ankle 20 min four times a day, foot up on two pillows.
9/8: HD. Nurse looked at it, said sprain, probably nothing broken.
9/14: ankle much better. BUT now there's a new sore hard purple place behind my
right leg, calf level, halfway up -- nowhere near the ankle.
9/16: sugar 148 fasting.
9/18: calf spot dark in the middle, burning. Keeping my leg up doesn't help it.
"""),
("2021-09-22", "Clinician Reply - Dialysis Nephrologist", """
Mrs. Oduya-Clarke,

Thank you for bringing the diary to your treatment. Your ankle sprain sounds like it is
healing well. The spot on the back of your calf is a separate problem and it worries me
more: I'd like dermatology to take a small biopsy. Your appointment is Monday 9/27 at
11:00, and the unit van can take you straight from your run.

Please keep both ice and heat away from the calf. We'll draw calcium and phosphorus on Wednesday
and I'll go over the results with you chairside.

Dr. Caspian Mwangi
"""),
("2021-10-04", "Dermatology Note", """
DERM -- biopsy results
73F, hemodialysis; type 2 DM, linagliptin only (no insulin); remote warfarin 2010-2012
for a PE, none since. Body-mass index 27.0 today.

R posterior calf, mid-third (a hand's breadth and more above the outer malleolus):
violaceous plaque 4x3cm, central eschar 1 cm. R ankle: mild residual swelling over the
ATFL, skin intact, no lesion there.
Bx 9/27 shows calciphylaxis: the arterioles of the fat are calcium-walled and
thrombosed, with fat necrosis.

Assessment: calciphylaxis, right calf. The sprain and the icing involved the ankle only,
not the lesion site.
Plan: STS on her dialysis days; foam dressing, no compression; derm 2 wks.
"""),
]}

E14 = {"patient_id": "E14", "age": 67, "sex": "F", "notes": [
("2024-08-14", "Caregiver Diary (husband)", """
Diary for Yvonne Castellanos -- by Rudy

8/5   Started warfarin (new AFib). Also the enoxaparin shots -- I give them in her belly,
      one each morning, until the INR comes up.
8/7   belly has 3 blue-green bruises from the shots. she says they don't hurt.
8/9   our cat Pepita scratched her L forearm, little scab.
8/11  INR 2.2, shots stopped.
8/12  she complains both inner thighs burn. I see purple net-looking patches on both,
      the left worse, hard underneath.
8/13  dialysis, told the nurse.
8/14  left thigh patch has a black centre. she pulls away if I go near it.
"""),
("2024-08-16", "Nephrology Clinic Note", """
Nephrology -- urgent visit
67F, ESRD on HD; HTN; no DM. New AF 8/2024 -> warfarin, with a 6-day enoxaparin bridge
(8/5-8/11) given SC into the abdomen by her husband.

Skin: both inner thighs carry retiform purpura -- left 10x7cm carrying a 2 cm eschar,
right 6x4cm, no eschar. Abdomen: several fading ecchymoses at injection sites, flat, nontender
-- just bruising from the shots, not calciphylaxis. L forearm: healing 1 cm linear scab
from the cat, not calciphylaxis.
BP 136/80, weight 86.1, BMI 31.0

A: suspected calciphylaxis of both thighs; warfarin a likely contributor.
P: derm bx early next week; discuss apixaban with cardiology; STS to start once confirmed.
"""),
("2024-08-23", "Dermatology Note", """
DERMATOLOGY
Bx L medial thigh 8/19: calciphylaxis (calcified subcutaneous arterioles, thrombi).
The R thigh plaque has the same look clinically; both thigh lesions = calciphylaxis.

Asked pt and husband specifically: no injections, heat, cold, pressure or injury to the
thighs before the patches appeared. The belly bruises from the enoxaparin have resolved;
the forearm scratch healed without a mark.

Warfarin stopped 8/20, now on apixaban.
Plan: STS at every dialysis treatment; foam dressing L thigh; weekly photos; derm 2 wks.
Rudy is writing everything down in his diary, which helps.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
