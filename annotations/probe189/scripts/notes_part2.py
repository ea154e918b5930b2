"""probe189 corpus notes, C08-C14 (discharge and inter-facility transfer summaries, and the
nephrology, dermatology and wound notes around them; all people, places and wording invented)."""

C08 = {"patient_id": "C08", "age": 80, "sex": "M", "notes": [
("2025-03-04", "Inter-facility Transfer Summary", """
INTER-FACILITY TRANSFER SUMMARY
Penhallow County Hospital  ->  St. Brennus Regional Medical Center
Date: 2025-03-04
80yo man, kidney failure, in-center HD TuThSa (R forearm fistula);
HFrEF (EF 30%); COPD needing 2 liters O2 at home; gout. No diabetes. No
anticoagulation (GI bleed 2022).
Reason for transfer: painful ulcerating lesion of the L upper arm; needs
dermatology, deep biopsy and STS, none of which we have on site.
Lesion: L medial upper arm, 5x3cm firm purple-violet plaque, black eschar
centrally, livedo around the margin. First noticed in February per pt and
his daughter, who at first took it for "just a bruise".
T36.4 P72 BP104/58 R20 Sat93% on 2 L NC. 68 kg, BMI 24.3.
Labs: Ca/Phos/Alb/PTH/Hgb = 9.6/6.9/2.8/690/9.1
Dialyzed today (Tue 3/4), 2.1 L off. Code: DNR, no intubation.
"""),
("2025-03-06", "Nephrology Consult", """
NEPHROLOGY CONSULT -- St. Brennus, 3/6/25
Asked re: dialysis + suspected calciphylaxis.
Hx: 80M on in-center HD for 6 yrs (hypertensive nephrosclerosis), R forearm
AVF -- no BPs or sticks on the right. Spent 9 days in the Penhallow ICU in
January for a CHF exacerbation (intubated 4 days); the automated BP cuff was
kept on his L upper arm for the whole stay, cycling every 15 minutes.
Current: painful L arm plaque w/ eschar, derm bx pending.
Exam: near euvolemic, trace edema. AVF thrill +.
Data as above; he is on calcium acetate + calcitriol.
Plan: HD TTS here, 2K/2.0Ca bath; stop calcium acetate -> sevelamer; stop
calcitriol; if bx confirms, STS 25 g IV near the end of each TTS run.
"""),
("2025-03-14", "Discharge Summary", """
DISCHARGE SUMMARY -- St. Brennus Regional Medical Center
Admitted 03/04/2025     Discharged 03/14/2025 back to Penhallow Care Center (SNF)
Principal dx: calciphylaxis, L medial upper arm -- confirmed on deep
incisional bx 3/7 (vascular calcification, thrombi, necrotic fat).
Course: thiosulfate 25 g IV with every dialysis from 3/8; binder changed to
sevelamer; calcitriol stopped. Wound 5x3cm, eschar intact, no infection.
Pain controlled w/ a 12 mcg fentanyl patch and oxycodone as needed.
Palliative care met family; goals: continue HD, comfort-focused wound care.
T36.5 P70 BP110/60 R18 Sat94% 2 L. 67.6 kg, BMI 24.3.
Meds: sevelamer 800 with meals, carvedilol 3.125 bid, fentanyl TD, oxycodone
2.5 mg prn.
HD: TTS at Penhallow dialysis, STS to continue with each session.
Never on warfarin.
"""),
]}

C09 = {"patient_id": "C09", "age": 66, "sex": "M", "notes": [
("2018-02-14", "Discharge Summary", """
DISCHARGE SUMMARY -- Dunmore Community Hospital
Admit 02/03/2018     Discharge 02/14/2018
Dx: PD catheter tunnel infection (MSSA), treated; L lower lobe pneumonia.
PMH: ESRD on CCPD since 2015, T2DM on glipizide (insulin discussed, not
started), obesity, HTN, OSA on CPAP.
Course: cefazolin IV x 14 d planned, home via PD effluent route per renal.
Clot prophylaxis: SC heparin 5000u q12h from 2/5/18. All doses charted
to the R anterior thigh -- abdomen off-limits (PD catheter, small umbilical
hernia).
Skin at d/c: intact. Exit site improving, crust only.
T37.0 P86 BP144/82 R18 Sat95%RA. 108 kg; BMI 34.0.
No anticoagulants at home. Never took warfarin.
F/u: PD nurse 2/16, renal 2 wks.
"""),
("2018-02-27", "Inter-facility Transfer Summary", """
TRANSFER SUMMARY: Dunmore Community Hospital -> Eastbridge University Hospital
27 Feb 2018
66M, PD pt, readmitted 2/25 because of a sore spot on the L anterior thigh
that began 2/20/18 as a firm purple patch and has since blistered and gone
dusky in the middle, 6x5cm. ?calciphylaxis vs cellulitis vs hematoma.
No fever, WBC 9.4. Vancomycin started empirically 2/25.
Transfer reason: derm biopsy and calciphylaxis program at Eastbridge.
PD: CCPD 5 exchanges overnight, last night's cycle completed.
T36.8 P90 BP150/84 R18 Sat96%RA
Chem: iPTH 610, PO4 6.2, Ca 9.4 (albumin 3.2)
Meds: glipizide 2.5 mg, sevelamer, cinacalcet, amlodipine.
"""),
("2018-03-05", "Dermatology Consult", """
Dermatology -- Eastbridge University Hospital -- inpatient consult 3/5/18
Bx 3/1 (L anterior thigh, incisional): calciphylaxis. Stop vanc, no
cellulitis.
Distribution: one solitary 6x5cm necrotic plaque, L anterior thigh, w/ a
livedoid rim. R thigh skin normal on exam.
We reviewed the Dunmore MAR: every SC heparin dose in February went into
the R anterior thigh. So the L-sided plaque did not arise where he was
injected; pt also denies any bump, heat, or pressing on the left thigh.
Recs: STS 25 g IV, M-W-F, Eastbridge infusion area (PD patient, so no
HD session to piggyback on), noncalcium binder, stop calcitriol, daily
dressing w/ nonadherent gauze, derm f/u 2 wks.
BMI 34.0. Diabetes on glipizide only.
"""),
]}

C10 = {"patient_id": "C10", "age": 72, "sex": "F", "notes": [
("2022-03-14", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT -- Greywell General, 3/14/2022
Reason: painful L calf lesion in HD pt, admitted 3/10.
Hx: pain and a purple blotch behind the left calf since March 1st; darkened
over the last week. She recalls no injury there, and has used no heating
pad, ice or injections on that leg.
Exam: L posterior calf, 6x4cm of retiform purpura, center 2x2cm black and
necrotic, indurated. Other leg clear.
Punch bx 3/12 (two 4 mm, edge): calcified arterioles in subcutis w/
thrombi -> calciphylaxis.
Impression: calciphylaxis, left calf.
Recs: STS with HD; sevelamer instead of calcium carbonate; hydrocolloid
NOT advised -- nonadherent dressing; avoid bumping the leg; fall
precautions.
"""),
("2022-03-24", "Inter-facility Transfer Summary", """
INTER-FACILITY TRANSFER SUMMARY -- Greywell General -> Alder Grove Skilled Nursing
Admit 03/10/22   Transfer 03/24/22
72F, kidney failure, HD MWF (left arm fistula); T2DM -- detemir at night
plus lispro sliding scale; HTN; prior DVT 2012 (warfarin
2012-2015, finished). Calciphylaxis L calf, bx-proven 3/12, thiosulfate
25 g IV on dialysis days since 3/13.
Events: 3/20 unwitnessed fall in room going to the bathroom; struck the L
calf against the bedside table; small hematoma just above the existing
wound, xray no fx. No head strike.
Wound at transfer: L posterior calf 6.5x4cm, eschar dry.
T36.7 P78 BP136/70 R16 Sat97%RA. 66 kg, BMI 26.4.
Meds: detemir 12 u qHS, lispro SSI, sevelamer 800 with meals, acetaminophen.
Next HD Fri 3/25.
"""),
("2022-04-12", "Wound Care Note", """
WOUND CARE -- Alder Grove SNF -- 04/12/22
Wound: L posterior calf, calciphylaxis.
Measures 6.2x3.8cm, roughly nine-tenths black eschar, dry, margins
violaceous; the bruise from the 3/20 fall above it has faded to yellow.
Resident rates pain 5 lying still and 8 when the dressing is changed.
Tx: cleanse w/ NS, betadine to eschar, dry dressing, kerlix, change q48h.
Pillow under the calf in bed, keep off hard surfaces; bed in low position.
Call light within reach, nonskid socks on.
Wt 65.4 kg (BMI 26.1).
Next measure 1 wk; notify wound NP if the eschar lifts or drainage starts.
"""),
]}

C11 = {"patient_id": "C11", "age": 60, "sex": "F", "notes": [
("2019-07-30", "Inter-facility Transfer Summary", """
TRANSFER SUMMARY -- Greyhaven Hospital (Critical Access) to Maplestone Regional
07/30/2019
60yo woman, dialysis-dependent ESRD (MWF), T2DM on glargine plus lispro,
which she gives only into her upper arms ("never my belly, too much
overhang"); morbid obesity, BMI 45.9; HTN; no abdominal surgery ever.
Problem: very painful dark wound of the lower abdominal pannus; it began
near the Fourth of July as a hard purple area and is now 10x7cm with black
eschar and a lacy violaceous border. Smell, no pus.
Transfer for derm bx, surgical/wound eval and calciphylaxis management.
T37.6 P102 BP158/88 R20 Sat95%RA
Labs: WBC 12.2; Ca/Phos/PTH/Alb 9.7/7.4/980/2.6.
Pip-tazo started 7/29. Last HD 7/29.
"""),
("2019-08-02", "Wound Care Note", """
WOUND / OSTOMY RN -- Maplestone Regional 8/2/19
Pt: 60F, pannus wound, bx yesterday 7/31 (derm).
Pannus, lower midline: 10.5x7x1cm; eschar 60% and yellow slough 40%;
moderate serosanguinous drainage, odor after cleansing mild.
At the bedside the surgery PA trimmed away the loose slough with scissors,
minimal bleeding. NPWT applied at -100 mmHg, drape tacked w/ extra tape
along the fold, change M/W/F.
Periwound protected w/ barrier film. Pannus lifted w/ a sling for offloading.
Pain 8/10 during, premed IV hydromorphone.
Recs: continue NPWT, moisture-wicking fabric under the fold, Q2h turns.
"""),
("2019-08-16", "Discharge Summary", """
DISCHARGE SUMMARY -- Maplestone Regional
Admit 7/30/2019    Discharge 8/16/2019 to home w/ home health
Dx: calciphylaxis, lower abdominal pannus (bx 7/31/19: medial calcific
sclerosis of subcutaneous arterioles, thrombi); wound infection, resolved.
Course: pip-tazo 7 days. Surgery debrided 8/2 and 8/9. NPWT. Sodium
thiosulfate at every dialysis (TIW). Cinacalcet up to 60 mg. Binder
-> lanthanum.
Wound at d/c 9.8x6.5cm, 70% granulation.
Insulin: glargine 30 units + sliding-scale lispro, still into the arms.
No history of warfarin.
T36.9 P88 BP146/80 R18 Sat96%RA. 121.8 kg, BMI 45.3.
F/u: wound clinic weekly, derm 4 wks, HD at Greyhaven.
"""),
]}

C12 = {"patient_id": "C12", "age": 57, "sex": "M", "notes": [
("2021-01-19", "Discharge Summary", """
DISCHARGE SUMMARY     Loxley Bay Hospital
Admission 01/11/2021 -- Discharge 01/19/2021
Dx: calciphylaxis of both thighs (bx 1/13: calcified arterioles, thrombi).
57M, ESRD on HD since 2017 (FSGS), obesity, AF, HTN. Not diabetic (A1c 5.2).
Lesions: painful indurated plaques on both lateral thighs, first noticed in
mid-December, several now w/ black eschar.
He tells us: nothing ever injected into the thighs, never a heating pad or
ice, no snug belts or tight clothing, and no fall or bump.
AF: warfarin was offered by cardiology in 2019 and declined; no
anticoagulant now. If anticoagulation is ever needed, give SC heparin into
the arms, never the thighs.
Counseled: heating pads and hot soaks are off-limits for the legs.
Sodium thiosulfate at each HD since 1/14.
T36.7 P74 BP138/78 R16 Sat97%. 117 kg, BMI 38.0.
"""),
("2021-02-03", "Nephrology HD Progress Note", """
Renal -- HD progress note, Loxley Bay Dialysis, 2/3/21
Chair 4, TTS. Tolerating STS infusions, nausea controlled w/ ondansetron pre-run.
Thigh wounds per pt "a bit less fiery". Pain 6/10.
Labs 2/1: Ca/Phos/PTH/Alb 9.1/5.4/455/3.5; spKt/V 1.5.
BP 132/76 pre, 118/70 post. UF 3.0 L. EDW 115 kg.
Plan:
 - thiosulfate 25 g stays in the last hour of the treatment
 - sevelamer 1600 with meals, cinacalcet 60
 - no calcium, no vitamin D analog
 - once wounds stable, consider a parathyroidectomy referral
 - reminder: nobody injects into his thighs; IV route fine for meds
"""),
("2021-02-17", "Wound Clinic Note", """
Loxley Bay Wound Clinic -- 02/17/2021
Dx: calciphylaxis, both lateral thighs.
R lateral thigh: two ulcers, 3.0x2.2cm and 1.8x1.5cm, both w/ dry eschar.
L lateral thigh: 4.6x3.1cm; eschar over half, pink tissue over the rest;
a little serous drainage.
Surrounding livedo softer. No cellulitis.
Care: leave eschar intact, povidone-iodine, ABD pad, stretch net to hold
(no tape on thigh skin). Wt 116.4 kg, BMI 38.0.
Pt asks about the hot tub at his gym -- advised against it.
Photos uploaded to the chart.
RTC 2 wks.
"""),
]}

C13 = {"patient_id": "C13", "age": 64, "sex": "F", "notes": [
("2016-11-18", "Discharge Summary", """
DISCHARGE SUMMARY -- Queensferry Memorial Hospital
Admitted 11/01/2016      Discharged 11/18/2016 (home)
Dx: C. difficile colitis, severe; ESRD on HD; T2DM, diet controlled.
Course: PO vancomycin, fluids w/ HD adjustment, diarrhea resolved by 11/12.
Prolonged stay for weakness.
DVT ppx: heparin 5,000 u SC q8h from 11/02/2016, all doses went into the
left lower abdomen (pt preference, sleeps on her R side).
Skin at discharge: no breakdown, a few small injection bruises L lower
abdomen, no nodules.
T36.6 P80 BP118/66 R16 Sat98%. 78.2 kg, BMI 29.8.
HD MWF at Queensferry Kidney Center, access L forearm AVF.
Meds: sevelamer, calcitriol 0.25 mcg at HD, midodrine pre-HD.
No anticoagulants, never on warfarin.
"""),
("2017-01-06", "Inter-facility Transfer Summary", """
INTER-FACILITY TRANSFER -- Queensferry Memorial -> Harlow Cross University Hospital
Date of transfer: 6 Jan 2017
64F, ESRD/HD, admitted 1/3 w/ a painful lesion on her L flank that began
around Christmas as a tender lump under the bra line at the side; now a
violaceous 7x5cm plaque w/ early central necrosis.
Concern for calciphylaxis -- receiving derm service has agreed to bx.
T37.2 P88 BP124/70 R18 Sat97%RA
Labs Ca 10.3, Phos 7.0, iPTH 1,240, Alb 3.0
Wt 81.7 kg (up 3.5 kg, fluid), BMI 31.0. DM diet only.
Last HD 1/5. Code status full.
"""),
("2017-01-12", "Dermatology Consult", """
DERMATOLOGY CONSULT -- Harlow Cross, 01/12/2017
Bx 1/9 (L flank, deep): calciphylaxis.
Location: L flank, mid-axillary line just below the rib margin; about 12 cm
lateral to and above the lower-abdominal zone where she got SC heparin in
November. The abdominal skin itself is normal, the old injection bruises
are gone, no plaques on the abdomen.
So the flank plaque is separate from the injection area; no trauma at the
flank itself (bra underwire denied, loose-fitting).
Recs: thiosulfate IV with dialysis; stop calcitriol; cinacalcet;
parathyroid surgery eval; foam border dressing.
BMI 31.0 (obese).
"""),
]}

C14 = {"patient_id": "C14", "age": 70, "sex": "M", "notes": [
("2023-02-02", "Dermatology Inpatient Consult", """
Derm inpatient consult -- Thornbury General -- 2/2/2023
70M, dialysis for ESRD, insulin-treated type 2 DM, mechanical mitral valve
(warfarin).
Painful purple-black plaques on both calves for about 6 weeks, ulcerating.
He denies hurting his legs, has never worn compression hose, and has put
neither heat nor ice on them.
Exam: stellate necrotic plaques, both posterior calves (R 5x4cm, L
7x5cm), edged by retiform purpura. Pulses intact.
Bx 1/31: calciphylaxis -- calcified vessels with thrombi and necrotic fat.
Recs: STS w/ HD, change binder, warfarin -- cardiology to weigh in, though
a mechanical valve leaves few alternatives; wound care consult.
"""),
("2023-02-10", "Inter-facility Transfer Summary", """
INTER-FACILITY TRANSFER SUMMARY: Thornbury General -> Pellam Lodge SNF
Adm 01/28/2023   Xfer 02/10/2023
Active: calciphylaxis of both calves, biopsy 1/31; kidney failure on
Tue/Thu/Sat HD; type 2 DM -- glargine 14 u (into the abdomen, no skin
changes there); mech MVR on warfarin (range 2.5-3.5), INR today 2.8.
Hospital events:
 - 2/4 R forearm peripheral IV infiltrated -> 4 cm clear blister, IV
   removed, elevated; blister is an infiltration injury, NOT calciphylaxis;
   healing.
 - sacrum: stage 2 PI (bed-bound for long stretches), 2x1.5cm, pink
   base, not calciphylaxis per derm.
T36.6 P76 BP128/70 R16 Sat97%RA. 80 kg, BMI 25.5.
Next HD Sat 2/11.
"""),
("2023-03-01", "Wound Care Note", """
Wound care -- Pellam Lodge SNF -- 3/1/23
1) R posterior calf, calciphylaxis: 4.8x3.9cm, eschar, dry.
2) L posterior calf, calciphylaxis: 6.6x4.7cm, eschar w/ lifting edge,
   small serous drainage.
3) Sacrum: former stage 2 pressure injury -- closed, skin intact.
4) R forearm: infiltration blister resolved, faint brown mark only.
Reminder for staff: the forearm and sacral wounds were mechanical/pressure
injuries, not calciphylaxis; only the calves are.
Care: betadine to calf eschars q day, dry gauze, tubular netting. Heels
floated. Turn q2h.
Pain 4/10. Wt 79.6 kg (BMI 25.5). Warfarin continues.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
