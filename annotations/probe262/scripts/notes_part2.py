"""probe262 corpus notes, K08-K14 (patient and caregiver diaries, letters and logs, and the
clinic notes that answer them; all people, places and wording invented)."""

K08 = {"patient_id": "K08", "age": 60, "sex": "F", "notes": [
("2023-08-15", "Patient Diary (scanned at PD clinic)", """
PD diary - Gloria Estrada - August

Jul 30 - turned my right foot on the garage step. Swolled up bad.
Aug 2 - urgent care xray says I broke the 5th metatarsal (little toe bone) right foot. They
put me in a big tall boot that comes up to just under my knee. The top strap presses into
my right calf, I have to loosen it at night.
Aug 6 - exchanges ok, 4 bags a day, all clear. BS 180s, took extra Humalog.
Aug 10 - boot rubbing the back of my calf, red mark where the top strap goes
Aug 14 - weight 71.3 kg. Ortho appt 8/30.
"""),
("2023-09-12", "PD Clinic Note", """
PD CLINIC - Sunvale Home Dialysis Program
60F, ESRD, cycler PD nightly; T2DM (glargine + lispro); AF - warfarin, INR 2.4; HTN.
Tall CAM walker R leg since 8/2/23 for a fractured R 5th MT; its uppermost strap crosses
the R posterior upper calf. She says that on Labor Day she found a dark, very tender patch
under the strap line, now scabbed over.
Exam (boot off): R posterior upper calf - violaceous, indurated 5x3cm plaque, with a black
1.5cm eschar centrally, retiform margins. L leg clear. Pedal pulses palpable.
Wt 71.0; BMI 29.4 (overweight).
Ca 9.6 mg/dL, PO4 7.8 (high), PTH 590.
Impression/plan: necrotic plaque where the boot strap presses - calciphylaxis likely; r/o
pressure injury. Urgent derm referral for biopsy. Pad the strap; ortho asked about a short
boot.
"""),
("2023-09-26", "Dermatology Note", """
Derm 9/26/2023
Incisional bx R posterior calf 9/14/23: small-vessel calcification, thrombosis and
panniculitis - calciphylaxis. Path gone over with the patient and her husband.
Lesion began 9/4/23 (Labor Day) beneath the upper strap of her R walking boot, worn since
8/2/23; fits calciphylaxis brought on by local pressure.
Now 6x4cm, eschar 2.5cm, no cellulitis.
Cardiology stopped warfarin 9/20 and started apixaban.
Plan: STS 25 g x3/wk at the outpatient infusion suite; hydrogel + foam; ortho has changed her
to a post-op shoe with no calf strap. Pain: acetaminophen around the clock, oxycodone 2.5 prn.
BMI 29.4. RTC 2 weeks.
"""),
]}

K09 = {"patient_id": "K09", "age": 57, "sex": "M", "notes": [
("2022-04-05", "Patient Sugar and Symptom Log", """
BLOOD SUGAR LOG - Terrence Oyelaran - March/April 2022
(All my insulin goes in my stomach. I never use my legs or arms.)
3/14  AM 162  Lantus 34u belly | PM 201  Novolog 8u belly
3/18  AM 140  Lantus belly | PM 188  Novolog 8u belly
3/22  insides of my thighs sore all day, no reason
3/25  purple blotches inside both thighs like a fishnet
3/29  AM 155 | left one has a hard black middle now, right one just purple
4/2   cant walk normal, dialysis nurse took a picture on her tablet
4/4   AM 171  Lantus belly. Appt tomorrow with kidney doctor.
"""),
("2022-04-05", "Nephrology Clinic Note", """
NEPHROLOGY - Cedar Park Renal Clinic - 04/05/2022
57M; ESRD - HD at Cedar Park Dialysis MWF; T2DM, basal-bolus insulin; HTN;
OSA (CPAP). No warfarin ever. BMI 38.0 (121 kg): obesity class II.
HPI: pain along both medial thighs since 3/22, purple mottling since 3/25/22 per his log.
Gives all insulin into the abdomen (periumbilical rotation); has never injected the thighs.
Denies trauma, heat, ice or tight clothing there.
Exam: reticulated violaceous patches, medial thighs bilat; L with 3cm central eschar, R an
indurated plaque, not ulcerated. Abdomen: injection areas unremarkable, no nodules.
A/P: probable calciphylaxis, bilateral medial thighs. Derm bx; stop calcitriol; move to a
non-calcium binder; STS once confirmed.
"""),
("2022-04-20", "Dermatology Follow-up", """
Derm f/u 4/20/22
Incisional biopsy of L medial thigh on 4/8/22: CALCIPHYLAXIS - vascular calcification,
thrombi, necrotic fat.
Lesions: L medial thigh eschar 4x3cm; R medial thigh purpuric plaque 5cm, now with early
ulceration.
Injection areas (abdomen) examined again: clear, no purpura, no induration.
STS with HD started 4/13, tolerating. Hydrogel + foam dressings.
Pain: post-HD hydromorphone, small dose; gabapentin stopped (drowsy).
Weight-loss counselling deferred for now.
Told him and his wife: no heat and no cold on those thighs - heating pads and ice are out.
Next visit 3 weeks, earlier if fever or the redness spreads.
"""),
]}

K10 = {"patient_id": "K10", "age": 73, "sex": "F", "notes": [
("2020-07-08", "Caregiver Log (son)", """
MOM'S LEG - kept by Danny (son), she lives with us

June 21 (Fathers Day) - Mom showed me a purple sore spot, back of her right calf,
grape size, really painful. She didnt bump it or fall, she says.
June 24 - hurting bad. I got the blue ice packs out of the freezer and put them on it, 20
min on 20 off
in the evenings.
June 28 - spot is hard like wood, still icing
June 30 - black in the middle now
July 3 - ice doesnt help anymore, stopped
July 5 - home health nurse Kim put a foam dressing on it with tape
July 7 - her PD exchanges fine, sugars good just on the diet
"""),
("2020-07-09", "PD Clinic Note", """
PD CLINIC 7/9/2020 - Lakeshore Home Dialysis
73F, ESRD, CAPD for 3 years. Her type 2 diabetes is handled with diet (May A1c 6.4); has
never used insulin. DVT 2016 - warfarin
stopped 2017. BMI 32.7.
Son's log reviewed. R posterior calf lesion first noticed 6/21/20 (Father's Day); no trauma
before that. Ice packs put on the lesion 6/24-7/3; home health foam dressing + tape since 7/5.
Exam: R posterior calf - necrotic ulcer 3.5x3cm under black eschar with a ring of retiform
purpura, woody induration. Erythema along the tape edges.
A: ?calciphylaxis vs arterial ulcer (ABI 0.98 R, so less likely).
P: punch bx done in clinic; stop ice; non-adhesive dressing; calcium acetate -> lanthanum.
"""),
("2020-07-21", "Wound Care Note", """
WOUND CARE - 07/21/2020
Bx 7/9/20 R calf: calciphylaxis (medial calcification of arterioles, thrombi, fat necrosis).
R posterior calf wound: 4.0x3.2cm, eschar ~90%, mild serous drainage, no odor.
Small tense blister at the upper dressing margin from the adhesive tape used since 7/5 -
unrelated to the calciphylaxis, which came first.
Plan: silicone-border foam, tubular retention sleeve, no tape. Son taught: no ice, no heat.
Offloading: pillow under the knee, heel free.
Pain 4/10 during the change, premedicated with acetaminophen.
Next wound visit 1 week.
"""),
("2020-08-04", "Nephrology Telehealth Note", """
Nephrology telehealth f/u 8/4/20
73F on CAPD; R posterior calf calciphylaxis (biopsy-proven), present since June 2020.
STS IV (M/W/F, infusion suite) since 7/14 - tolerating, some nausea after.
Wound smaller per son's photos (3.6x3.0). Pain 5/10 on tramadol 50 bid.
Ca/P/PTH now 9.1/5.6/410.
Plan: STS to continue; add cinacalcet 30 mg; low-calcium PD solution; dietitian (alb 3.1).
Weight 84.1 kg, BMI 32.7 (obese).
Son asked if the ice packs made it worse - explained they were started after it appeared,
but heat and cold should still be avoided.
"""),
]}

K11 = {"patient_id": "K11", "age": 64, "sex": "M", "notes": [
("2019-10-15", "Letter from Patient's Wife", """
October 15, 2019

Dear Dr. Lindqvist,

Frank asked me to write since his hands shake so much. His sciatica down the right side has
been awful since around Labor Day, so every night he lies down with the heating pad tucked
under his right buttock for an hour or two. We have never put it on the left side.
Two weeks ago I noticed a hard, purple spot on his LEFT buttock cheek, about half-dollar size.
Its middle is black now and sitting on that side in the dialysis chair is
impossible for him. Nothing hit him there that we know of.
He still takes his warfarin (Coumadin) for the heart flutter.

Sincerely,
Barb Hollis
"""),
("2019-10-16", "HD Rounding Note", """
HD rounds 10/16/19 - Maple Grove Dialysis
64M, hypertensive nephrosclerosis -> ESRD, dialyzing Tue-Thu-Sat; access L forearm AVF. No
diabetes. Atrial
flutter - on warfarin. BMI 30.6.
Wife's letter read. L buttock lesion since ~10/1/19. Heating pad nightly under the R
buttock since early Sept - never applied on the L.
Exam: L buttock - 5x4cm violaceous plaque, indurated, with a 1.5cm eschar in the middle,
retiform border.
R buttock: faint reticulated brown-red pigmentation (erythema ab igne pattern), skin intact,
no induration.
A: L buttock necrotic plaque - concern for calciphylaxis; warfarin and PTH 900 as risks.
P: derm incisional bx; hold warfarin - apixaban to be discussed with cardiology.
"""),
("2019-11-05", "Dermatology Note", """
DERMATOLOGY 11/5/2019
Incisional bx 10/18/19 L buttock: calcified, thrombosed arterioles with fat necrosis
- calciphylaxis confirmed.
R buttock: heat-pad erythema ab igne (reticulate, brownish) - benign; no purpura, no nodules,
nothing on that side that looks like calciphylaxis.
L buttock today 5.5x4.5cm, eschar 2cm, no fluctuance, edges a little softer.
Warfarin discontinued 10/21 -> apixaban.
Plan: STS with HD TTS; pressure-redistribution cushion for home and for the dialysis chair;
his wife has thrown the heating pad out. Pain reasonably controlled on acetaminophen and
tramadol after runs. Recheck in 3 weeks.
"""),
]}

K12 = {"patient_id": "K12", "age": 48, "sex": "F", "notes": [
("2021-11-30", "Patient Diary (scanned)", """
my leg diary - Tamsin R.

nov 8 - both calves achy after dialysis, thought it was the cramps again.
nov 12 - purple lacy pattern on BOTH calves, looks like marble. Didnt bump them, didnt fall.
nov 16 - hurts so bad at night, i put my legs up on the arm of the couch. (no heat, no ice,
the nurse said not to)
nov 20 - two open sores on my left calf and one on the right, edges black
nov 25 - thanksgiving at my sisters, couldnt stand long at all
nov 29 - dialysis nurse Tomas looked, wants the dr to see it wednesday
"""),
("2021-12-01", "HD Physician Note", """
HD physician note - Westbrook Dialysis - Dec 1, 2021
48F, ESRD from lupus nephritis, dialysing MWF via R AVF. Not diabetic. No anticoagulation -
warfarin never used. Dry weight 71.5 kg.
Reviewed her diary: calf pain on both sides from 11/8, lacy purple change from 11/12/21,
ulceration by 11/20.
She denies any injury, injections, heat, ice or compression wraps to the legs. The only
heparin she gets is in the HD circuit.
Exam: livedo racemosa over both calves; 3 ulcers (L x2, 1-2cm; R x1, 1.5cm), black rims.
A: concern for calciphylaxis vs lupus vasculopathy / antiphospholipid syndrome.
P: derm bx; aPL panel. Counselled: legs must not get ice packs or heating pads, no
compression wraps, no subcutaneous shots in the legs; prop the legs only on a soft pillow.
"""),
("2021-12-15", "Dermatology Note", """
Dermatology 12/15/21
Bx 12/3/21 L calf: small vessels calcified, thrombi, fat necrosis - calciphylaxis; no
vasculitis, nothing of a thrombotic vasculopathy. aPL panel negative.
Dx: calciphylaxis, bilateral calves.
Ulcers stable in size, black rims softening.
Dressing: nonadherent contact layer + gauze roll, no tape on the skin.
She asked whether she "did something" to bring it on - reassured her; history found no
injury or exposure at all.
Plan: STS with HD M/W/F, weekly wound clinic, pain plan per nephrology. Dry wt 71.0 kg.
"""),
]}

K13 = {"patient_id": "K13", "age": 66, "sex": "M", "notes": [
("2024-03-12", "Letter from Patient", """
12 March 2024

Dr Feldmann,

I am writing ahead of my PD clinic visit. You will remember that in summer 2019 I had the
calciphylaxis on my stomach where I did my insulin, and it took about a year of the
thiosulfate to heal. It left scars but has been quiet since.
About 3 weeks ago a purple-black spot came up over the outer part of my LEFT calf. I did not
hurt that leg - no knocks, no heat, nothing. It is now the size of a coin and very sore.
My insulin still goes into my stomach, rotating round the scars as you showed me.
The cycler runs fine overnight.

Yours,
Gerhard Amsel
"""),
("2024-03-14", "PD Clinic Note", """
PD CLINIC - 14 Mar 2024
66M, ESRD from diabetic nephropathy, on APD. Type 2 DM, insulin glargine + aspart (abdominal
sites).
PMH: calciphylaxis of the abdomen 2019 at his insulin sites (biopsy-proven), healed in
2020 after STS. DVT 2010 - warfarin 2010-2014, none since.
Now: L lateral calf necrotic ulcer 3x2.5cm with a violaceous border, onset ~2/20/24 per his
letter. No trauma to the leg. Abdomen: only the old atrophic scars, nothing active.
Wt 82.0 kg, BMI 26.8.
A: suspected recurrence of calciphylaxis at a new site (L calf).
P: derm incisional bx; restart STS once confirmed; recheck Ca/P/PTH; review calcitriol.
"""),
("2024-03-28", "Dermatology Note", """
DERMATOLOGY - 03/28/2024
Incisional biopsy 3/18/24, L lateral calf: subcut arterioles calcified (vK+), some
thrombosed, with necrotic fat. Calciphylaxis, recurrent, new location.
Old abdominal lesions: healed atrophic scars only, nothing active.
No local trauma at the calf found on history or exam; he is certain nothing touched it.
Calf ulcer today 3.2x2.6cm, dry eschar, thin violaceous rim; no cellulitis seen.
Plan: STS IV thrice a week (infusion clinic); hydrogel and foam; pain team
referral. He may keep using abdominal sites for insulin, avoiding the scars.
BMI 26.8. See again in 2 weeks.
"""),
]}

K14 = {"patient_id": "K14", "age": 75, "sex": "F", "notes": [
("2025-06-03", "Caregiver Diary (husband)", """
Notes on Ellen for the kidney clinic - Harold

May 12 - Ellen found a sore lump on her left thigh, front, about a hand above the knee.
May 14 - gone purple and blotchy.
May 19 - black in the middle. I know a bit about skin trouble - I have done my own insulin
shots in my thighs twice a day for 20 years and never seen anything like this. Ellen has
never had insulin, she isnt diabetic, and nobody has given her shots in the legs.
May 26 - size of a hens egg now. She will not let me put the heating pad near it, good.
June 1 - dialysis nurse says she must see the doctor
"""),
("2025-06-04", "HD Unit Physician Rounding", """
DIALYSIS UNIT - Physician Rounding - 06/04/2025
75F. Non-diabetic, no anticoagulants. ESRD (reflux nephropathy); dialysis days Tu/Th/Sa;
her access is a left upper-arm AVF.
Wt 88 kg, BMI 34.5 (obese).
Husband's notes reviewed. L anterior distal thigh lump since 5/12/25, purple by 5/14,
eschar by 5/19. No injections, heat, trauma or tight garments at that site.
Exam: L anterior thigh - indurated 4x4cm, retiform purpura, small (1.5cm) central
eschar. Other thigh and belly unremarkable.
A: likely calciphylaxis.
P: derm bx; start cinacalcet; stop calcium carbonate; pain control.
"""),
("2025-06-18", "Dermatology Note", """
Derm - 18 June 2025
Incisional bx L anterior thigh 6/5/25. Path: thrombosed, calcified small vessels; necrotic
fat lobules; calcium stain (von Kossa) positive. Diagnosis: calciphylaxis.
We could find no local trigger: the insulin shots in the family's notes are the husband's own,
not the patient's, and she has had no injection, heat source or injury involving that thigh.
Exam: L anterior thigh eschar 4.5x4cm, soft purpura around it, no cellulitis.
Plan: STS with HD Tue/Thu/Sat; wound clinic weekly; palliative team re pain +
goals; husband to continue his notes.
BMI 34.5.
"""),
]}

PATIENTS = [K08, K09, K10, K11, K12, K13, K14]
