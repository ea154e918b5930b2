"""probe244 corpus notes, X08-X14 (nephrology e-consults and curbside questions, plus the
dialysis, dermatology and wound notes around them; all people and places invented)."""

X08 = {"patient_id": "X08", "age": 59, "sex": "M", "notes": [
("2025-06-04", "E-Consult Request - Post-Discharge Clinic to Nephrology", """
E-consult >> Nephrology
From: Lucan Ferreira-Boateng, MD, Post-Discharge Clinic, St. Aldric Hospital
59M; ESRD, HD at Seaholm Dialysis (M/W/F); DM2 -- glipizide only; BMI 34.0.
Admitted May 2, 2025 to 5/30 for R knee septic arthritis (arthroscopic washout 5/3). From the
day of admission until discharge the MAR shows SC heparin 5000u every 8 h into the abdomen, and
the floor nurses put ice packs on the sore injection sites from 05/10/2025 on. L popliteal
DVT found 5/24 -> discharged on warfarin.
Since 6/1 he has had a violaceous, exquisitely painful plaque low on his belly, L of midline,
5x5cm, border mottled. Knee incision healing well.
Q: calciphylaxis? Should warfarin continue?
"""),
("2025-06-05", "E-Consult Response - Nephrology", """
NEPHROLOGY E-CONSULT RESPONSE -- chart review only
Labs: PTH 880 (6/2) -- phos 7.0 mg/dL -- Ca 9.7 mg/dL; albumin down at 2.7 post-sepsis; INR 2.4.
Impression: new painful violaceous plaque, L lower abdominal wall, two days after discharge, on
skin that took four weeks of SC heparin plus repeated icing, in an obese diabetic HD patient who
has just started warfarin. High suspicion for calciphylaxis.
Recs
1. incisional biopsy by derm this week (I've messaged Dr Varela)
2. stop warfarin; treat the DVT with apixaban instead (2.5mg twice a day)
3. no ice, no heat and no SC injections on the abdomen
4. binder: sevelamer, calcium acetate to stop; begin cinacalcet
5. if the biopsy confirms it, STS with each run at Seaholm
I'll follow on this thread.
"""),
("2025-06-18", "E-Consult Follow-up Reply - Nephrology", """
Follow-up reply (same e-consult thread)
Bx 6/9/25, L lower abdomen: calciphylaxis -- von Kossa lit up mineral in the walls of fat
arterioles, several thrombosed. Apixaban since 6/6; warfarin off.
STS 25g IV began 6/11 at Seaholm, three runs a week.
The plaque has grown to 7x6cm and now carries a central eschar; nothing new on the R hemiabdomen
or on either thigh. Pain controlled on gabapentin + oxycodone 5mg prn.
For the chart: calciphylaxis, left lower abdomen, at the sites of the SC heparin shots and ice
packs from his May admission.
Weighed today: BMI 33.8.
Next check-in two weeks out; earlier for fever or fresh wounds.
"""),
]}

X09 = {"patient_id": "X09", "age": 63, "sex": "F", "notes": [
("2021-09-13", "E-Consult Request - Primary Care to Nephrology", """
Nephrology e-consult request
Requesting: Dr Beatrix Sundqvist, Alder Row Primary Care
63F; ESRD -- Tu/Th/Sa chair at Alder Row Dialysis; DM2 -- degludec plus aspart; AF -- warfarin stopped in 2019 after
her ablation, no anticoagulant now. BMI 38.2.
Since 9/1 a painful lesion low on the R abdomen: firm violaceous plaque 4x3cm, the centre small
and dark. She is right-handed, so every insulin dose goes into her LEFT hemiabdomen;
she insists the right half has never been used.
No recent hospital stay; falls, heating and icing all denied.
Q: calciphylaxis? And if so, does she have to change where she injects?
"""),
("2021-09-14", "E-Consult Response - Nephrology", """
Nephrology reply -- chart review
Labs: PTH 1150 (9/9) -- phos 6.6 -- Ca 10.1; binder is calcium acetate, plus calcitriol 0.75 mcg with HD.
Impression: violaceous plaque in the R lower quadrant of an obese diabetic woman on HD with high
PTH -- calciphylaxis is my main concern. Her insulin has gone solely into the left abdominal wall,
so injection trauma does not account for where this sits.
Recs
- derm for an incisional biopsy (referral placed)
- stop both calcium acetate and calcitriol; sevelamer 1600mg with meals; cinacalcet 30
- she may keep rotating within the left abdomen but should stay off the right side
- increase blood flow to 400 and check Kt/V next month
"""),
("2021-10-01", "Dermatology Note", """
DERMATOLOGY -- Alder Row Skin Associates
63 y/o F on HD. Incisional bx 9/20/21 (RLQ of abdomen) -- subcutaneous small vessels
mineralized and clotted; necrotic fat. Dx: calciphylaxis.
Exam: R lower quadrant plaque 6x4cm; the eschar at its centre is black, with a livedoid halo.
L abdomen: soft lipohypertrophy across her insulin rotation zone, no purpura, no induration beyond
that, no ulcer. Thighs and buttocks clear.
A/P: calciphylaxis (R lower abdominal wall).
- STS 25g with HD per renal, started 9/24
- alginate + foam, twice weekly
- pain: acetaminophen; gabapentin 100mg after dialysis
F/u 3 weeks.
"""),
]}

X10 = {"patient_id": "X10", "age": 72, "sex": "M", "notes": [
("2019-03-18", "Wound Clinic Initial Note", """
WOUND CLINIC -- INITIAL, R leg
72M, HD MWF, DM2 with glargine (injects abdomen), AF on apixaban -- warfarin never used.
Referred by his dialysis unit. R posterior calf ulcer, there since early March per patient and
wife: began as a purple painful spot, now 3.2x2.4cm with a black eschar and a livedo rim. He denies
any trauma, new footwear, heat, ice or injections in the legs.
DP dopplerable; ABI noncompressible.
Plan:
- derm to biopsy 3/21
- hydrogel + non-adherent contact layer + gauze
- pain: acetaminophen scheduled
BMI 26.1.
L. Marchetti, NP
"""),
("2019-04-24", "E-Consult Request - Wound Clinic to Nephrology", """
E-consult to Nephrology -- Wound Center (L. Marchetti, NP)
The 3/21/19 biopsy of the R posterior calf confirmed calciphylaxis (arteriolar calcium deposits
and thrombi deep in the fat). Larger wound today: 5.0x3.8cm, one edge of eschar lifting.
Over this past week his wife has been holding ice packs directly on the ulcer for the pain, and on
4/20 he caught the ulcer on the bed rail and it oozed blood. Dressing now: hydrocolloid with
paper tape around the edges. I sharp-debrided loose slough today.
Q: can his dialysis be intensified, and what STS dose do you want? Anything else from renal?
"""),
("2019-04-25", "E-Consult Response - Nephrology", """
NEPHROLOGY E-CONSULT RESPONSE
Agree -- biopsy-confirmed calciphylaxis; site R posterior calf; began early March.
Data: Ca/P/PTH 9.5/7.4/1240, alb 3.1; takes calcium carbonate 1g TID and paricalcitol.
Recs
1. STS 25g IV, last hour of each MWF run, first dose Friday
2. calcium carbonate and paricalcitol off; sevelamer 1600mg with meals; cinacalcet 30
3. extra 4th run weekly for 6 weeks
4. please ask the wife to stop icing the ulcer -- cold tightens the vessels there
5. pad the bed rail; no tape on intact skin near the wound
6. palliative care for pain, given how much it hurts
BMI 25.8.
"""),
]}

X11 = {"patient_id": "X11", "age": 56, "sex": "F", "notes": [
("2018-11-05", "E-Consult Request - Dermatology to Nephrology", """
Derm -> Renal e-consult
56F; HD Mon/Wed/Fri (Grayling Kidney Center); insulin-treated DM2; BMI 41.0, morbidly obese.
Painful indurated plaques with livedo and central necrosis on both medial thighs since October
2018. Incisional bx of the L medial thigh on 10/31/18: calciphylaxis.
Per her, she has never once put a needle in either thigh -- she always uses the insulin pen on the
posterior upper arms -- and heating pads, ice and leg injuries are all denied.
Q: what dialysis and medication changes do you recommend?
Requesting: Henrike Bassey, MD (Dermatology)
"""),
("2018-11-06", "E-Consult Response - Nephrology", """
NEPHROLOGY E-CONSULT RESPONSE
Chart reviewed: Grayling labs, med list, derm bx report.
Ca/P/PTH 9.8/8.1/1560, alb 3.2. Meds include calcium acetate and calcitriol; no anticoagulants
(never on warfarin).
Impression: biopsy-proven calciphylaxis, medial thighs bilaterally; I find no local trauma to
explain the location.
Recs
1) sodium thiosulfate 25g IV, all HD days
2) switch to sevelamer; stop calcitriol; start cinacalcet and refer for parathyroidectomy eval
3) HD 4.5 h x 4/wk for 6 weeks
4) insulin: arms only, never the thighs or the abdomen
5) no heating pad and no cold packs anywhere on the legs
6) wound care with derm; pain per palliative
"""),
("2018-12-10", "E-Consult Follow-up Reply - Nephrology", """
E-consult follow-up (Dr Bassey)
Update after 5 weeks of STS: thigh plaques softer, eschar on the L edge lifting with healthy
granulation beneath; R thigh now without necrosis. Pain now rated 4/10 (was 8).
PTH 980 on cinacalcet 60mg; surgery consult for PTX in January.
I reminded her again not to put heat on the thighs; she tells me she never has.
Dialysis: 4 sessions weekly continue until the new year, then back to 3 if the wounds keep
improving. Dry weight trimmed by 0.5 kg for ankle edema.
BMI 40.6 today.
Continue STS through at least February; recheck in 4 wk.
"""),
]}

X12 = {"patient_id": "X12", "age": 67, "sex": "M", "notes": [
("2024-08-14", "Hemodialysis Rounding Note", """
HD ROUNDS -- Larchmont Dialysis, MWF 2nd shift
67M, ESRD from chronic GN; R forearm AVF, in use since 2019. No diabetes. AF, anticoagulated
(warfarin; INR 2.9 last week).
Event 8/11: arterial needle infiltrated during cannulation -> large hematoma of the R forearm;
ice applied to the forearm x 20 min, ran the rest of the treatment single-needle.
Today: forearm bruise fading, thrill present, bruit continuous.
Plan: rope-ladder sites, senior cannulators only x 2 weeks; hold off on fistulogram unless
flows drop.
Labs: PTH 640 (8/7) -- phos 6.2 mg/dL -- Ca 9.4 mg/dL.
BMI 30.2.
"""),
("2024-09-03", "E-Consult Request - Primary Care to Nephrology", """
E-consult request to Nephrology
From: Odalys Whitcombe, MD (Fairlawn Family Medicine)
67M on HD at Larchmont, warfarin for AF.
Painful red-purple hard patch, R anterior thigh, for the last 10 days, now darker in the middle,
~6x5cm. No shots into that thigh, never hurt it, and he puts no heat there.
Another patient of mine at your Larchmont unit developed calciphylaxis at his heparin injection
sites last year -- is this the same thing? The forearm hematoma from August has resolved.
Q: work-up, and does the warfarin need to go?
"""),
("2024-09-04", "E-Consult Response - Nephrology", """
NEPHROLOGY E-CONSULT ANSWER -- chart review only
Data (9/2 draw): PTH 710, phosphorus 6.9, corr Ca 9.5; INR 2.7; calcium acetate + calcitriol.
Impression: concern for calciphylaxis, R anterior thigh (warfarin, high PO4). No
injection, pressure or heat to the thigh; the forearm hematoma of 8/11 was on the arm, not the
leg.
Recs
1. derm deep biopsy, urgent
2. warfarin -> apixaban 5mg twice daily (his cardiologist agrees; switch done 9/6)
3. sevelamer in place of calcium acetate; hold calcitriol
4. sodium thiosulfate with HD if the biopsy is positive
"""),
("2024-09-20", "Dermatology Note", """
DERMATOLOGY, Fairlawn -- follow-up after biopsy
Bx 9/10/24, R anterior thigh: subcutaneous arterioles carry mural calcium (von Kossa +),
intima thickened, thrombi present. Diagnosis: calciphylaxis.
Exam: violaceous plaque 7x6cm, eschar 2 cm centrally, livedo down to the knee. L thigh, abdomen
and buttocks unaffected. R forearm: no residual bruising.
Anticoagulation now apixaban; Larchmont giving STS 25g IV since 9/13.
A/P: calciphylaxis R thigh -- continue STS, gentle wound care (alginate + foam), no debridement.
He asked whether the thigh will heal: told him it is slow, months rather than weeks.
Follow-up 2 weeks with photo.
"""),
]}

X13 = {"patient_id": "X13", "age": 64, "sex": "F", "notes": [
("2020-02-11", "E-Consult Request - Breast Surgery to Nephrology", """
Breast Surgery -> Nephrology e-consult
From: Clementine Arkwright, MD, Marlow Breast Center
64F; peritoneal dialysis (manual CAPD, 2 L x4 per day); DM2 on insulin -- her injections
go into both thighs; obesity (BMI 35.5).
Screening mammogram 1/28/2020: extensive arterial calcifications in both breasts. She also has
painful firm plaques in both breasts -- the left one with a black centre of 1 cm -- since December
2019. No nipple discharge, no adenopathy.
Questions: are the calcifications from her kidney disease? Should we worry about calciphylaxis
rather than an inflammatory cancer?
"""),
("2020-02-12", "E-Consult Response - Nephrology", """
Nephrology reply (chart review; not examined)
Breast arterial calcification on mammography is common in ESRD and on its own is not
calciphylaxis. But painful plaques with necrosis in the fatty breast of an obese, insulin-treated
woman on PD are worrying for calciphylaxis, and malignancy must be excluded anyway.
Family hx per PD notes: her mother, also on insulin, was diagnosed in 2009 with calciphylaxis
where she injected her insulin, on the belly.
Never on warfarin.
Recs
1) incisional biopsy of the L breast plaque (surgery), not a core alone
2) stop calcium carbonate; sevelamer + cinacalcet
3) PD: add a night exchange with a cycler
"""),
("2020-03-02", "E-Consult Follow-up Reply - Nephrology", """
E-consult follow-up -- Dr Arkwright
Incisional bx of the L breast done 20.02.2020: small arteries in the breast fat are calcified,
with thrombi and necrosis; no malignancy seen. Dx: calciphylaxis.
Plan from renal:
- STS 25g IV thrice weekly, infusion center, via a peripheral cannula (she is on PD)
- CCPD started 2/25 with one day dwell
- insulin injections continue in the thighs
- pain: gabapentin 100mg at bedtime, oxycodone prn
BMI 35.5; the transplant center's listing cut-off is BMI 35, so she is on hold for now.
"""),
]}

X14 = {"patient_id": "X14", "age": 70, "sex": "M", "notes": [
("2022-05-16", "E-Consult Request - Primary Care to Nephrology", """
E-consult request -> Nephrology
From: Yusuf Halvorsen-Pike, MD, Brookmere Clinic
70M; ESRD, dialyzes T-Th-Sa at Brookmere Renal; DM2 (on insulin until 2020, now linagliptin alone); BMI 28.0.
History: CABG Nov 2018 with saphenous vein harvested from the R leg. In 2019 a biopsy
showed calciphylaxis of the abdomen at his SC heparin injection sites, healed by spring 2020
after STS.
New: painful ulcer on the L lateral calf, present 3 weeks, 2x2cm, eschar black, livedo around.
Denies injury, bumps, heat or injections to the L leg.
Q: could this be calciphylaxis again?
"""),
("2022-05-17", "E-Consult Response - Nephrology", """
NEPHROLOGY E-CONSULT RESPONSE
Reviewed: 2019 path report, current HD labs, med list.
PTH 1090 (5/10) -- phos 7.3 -- Ca 9.9; lanthanum + calcitriol; no warfarin, ever (aspirin only).
Impression: recurrent calciphylaxis is my leading concern for the L calf ulcer. The old
abdominal lesions are healed scars, and the vein-harvest scar is on the other leg.
Recs
1. derm: incisional biopsy taking the ulcer margin
2. restart STS (25g each HD) if confirmed
3. stop calcitriol; cinacalcet 30mg
4. lengthen each HD session to 4.5 h
"""),
("2022-06-02", "Dermatology Note", """
Dermatology -- Brookmere
Bx 5/24/22, L lateral calf: calcium deposited in subcutaneous arterioles, with thrombus;
von Kossa +.
Dx: calciphylaxis (recurrent; prior abdominal episode 2019).
Exam: L lateral calf ulcer 2.5x2.2cm, eschar, livedo to the ankle. R leg: old vein-harvest
scar, intact. Abdomen: healed atrophic scars, no active lesion.
He recalls nothing that hurt the left leg.
A/P: STS restarted 5/28 per renal; alginate dressing; compression avoided.
Pain: acetaminophen scheduled, gabapentin 100mg after HD. Sleep poor from the pain -- discussed
with him and his son; palliative referral offered and accepted.
Wt 84.5 kg.
"""),
]}

PATIENTS = [X08, X09, X10, X11, X12, X13, X14]
