"""probe187 corpus notes, A01-A07 (outpatient anaemia clinic giving parenteral iron and ESA injections,
and the renal, skin and wound notes around it; every person, place and sentence invented)."""

A01 = {"patient_id": "A01", "age": 63, "sex": "F", "notes": [
("2022-03-08", "Anaemia Clinic New Patient", """
ANAEMIA CLINIC - NEW PT (ESA / IV IRON)
Ashcombe Infusion Suite, chair 6

63 yo F sent over by the PD team re renal anaemia. CCPD overnight since
2019; Tenckhoff exit sits L of the navel, clean/dry. T2DM - glargine 22u
at bedtime, which she puts into her thighs. Not on warfarin.

Obs: BP 138/74 | HR 82 | 36.7C | sats 97% on air | 88.0kg | BMI 32.1 (obese)
Bloods 3/1/22: Hb 8.9 g/dL, MCV 84, ferritin 310, TSAT 27%, CRP 6;
B12 & folate fine. Iron replete, so nothing IV today.

A/P: symptomatic anaemia of CKD (flat, puffed after one flight of stairs).
- darbepoetin alfa 40mcg subcut fortnightly. RN Tamsin gave the first one
  today, R lower abdomen, roughly 5cm out from the navel. No sting.
- our nurses to give the rest here, same patch unless the skin objects
- Hb again in 4/52, aiming 10-11.5
- home BP diary; hold ESA if systolic over 180
Seen with Dr Marguerite Anand.
"""),
("2022-06-20", "Anaemia Clinic Nursing Note", """
RN note -- ESA visit no. 8

Came in for her fortnightly darbepoetin. Before I drew it up she showed me
a sore place low down on her right belly: "came up on Friday the 17th,
feels like a burn." Looked at it: purple, net-like patch roughly 4x3cm,
R lower abdomen, hard in the middle with a dusky grey centre, very tender
to a feather touch. Afebrile. PD exit (L side) unremarkable.

BP 151/80, P 88, T 36.9.  Fingerstick Hb 10.4.

Dose HELD. Not given at any other site today. Dr Anand came to the chair:
she fears calciphylaxis; urgent referral to derm sent, PD
unit rung. Written leaflet handed over; to ring us for fever or redness
spreading.
"""),
("2022-06-28", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Referred for: tender R lower abdominal lesion, ? calciphylaxis

HPI: 63F, peritoneal dialysis, insulin-treated T2DM, obese. Gets SC
darbepoetin from the anaemia clinic every two weeks, always R lower
abdomen, from March onward. Lesion first seen 6/17/22 and growing.

Exam: R lower abdomen just lateral to the umbilicus - indurated plaque
5 by 3.5 cm, retiform purpura along its rim, central eschar (black, 1.5cm).
Breasts, thighs and buttocks spared.

Procedure: two 4mm punch bx, purpuric edge; pots to histopath (H&E, von Kossa).
Haemostasis with pressure; petrolatum and gauze on top.

Impression: strongly suspicious of calciphylaxis.
Plan: chase histology; abdominal wall off-limits for injections for now; analgesia
via PCP; wound nurse referral.
"""),
("2022-07-05", "Nephrology PD Clinic", """
FENWICK RENAL UNIT - PD CLINIC

Histology back from the 28 June punches: medial calcification in small
subcutaneous arterioles, intraluminal thrombus, lobules of necrotic fat;
von Kossa +. => biopsy-proven calciphylaxis, R lower abdominal wall. It sits
right on the patch where her darbepoetin has gone in since March; derm and
myself both think the repeated injections most likely localised it.

PTH 634 | adj Ca 9.7 | PO4 6.7 | alb 31 g/L
Weighed 87.2kg today, BMI 31.8

Plan
1. STS 25g IV Mon/Wed/Fri, infusion suite chair
2. calcium carbonate off, sevelamer 1.6g tds on; uptitrate cinacalcet
3. ESA paused until the wound settles, then restart SC in an upper arm
4. extra PD exchange to help phosphate clearance
5. wound RN weekly; pain team
"""),
]}

A02 = {"patient_id": "A02", "age": 58, "sex": "M", "notes": [
("2020-02-18", "Anaemia Clinic Review", """
Anaemia clinic f/u - Mr A02, 58M

Background: ESRD on PD for 3 yrs, both arms under vein-preservation (no
cannulas/BP cuffs, stickers on file). AF on apixaban - has never had warfarin.
Not diabetic, HbA1c 5.4%.

Oral ferrous sulfate stopped (constipation, no response).
Labs 2/11/20: Hb 9.3, ferritin 48, TSAT 11%, CRP 4.
Weighed 81.5kg; BMI 27.4.

Plan: parenteral iron needed, but the IV route is off the table because of
vein preservation.
-> IM iron dextran from March: test dose, then weekly deep IM by Z-track
   into the upper outer part of his L buttock (he sleeps on his R).
-> consented re pain, brown staining, anaphylaxis; 60 min obs after test dose
Iron indices again 6 wks after the course.
"""),
("2020-04-14", "Anaemia Clinic Nursing Note", """
Nursing - iron f/u

Mr A02 finished his IM iron dextran in March: test dose and then four
weekly doses, all given Z-track by me, L buttock, upper outer quadrant (UOQ).
No reactions. Injection area looked fine at the last dose on 3/31, no
bruise or lump.

Today: BP 128/76, HR 70, afebrile.
Hb 10.6, ferritin 212, TSAT 24%.

He feels "less washed out", walking the dog again most mornings.
No further iron for now. Review with bloods in 8 wks. PD unit copied.
"""),
("2020-05-12", "Wound Clinic Note", """
WOUND CARE CLINIC - new, referred by PD nurses

Pt describes a painful L buttock; first noticed it roughly 3 weeks ago:
tender, purplish, then black. Now very sore to sit on.

Wound assessment:
Location: L upper outer buttock
Size 6.0x4.0cm; fully covered by stuck-down black eschar; livedo and
purpura fanning out 3cm beyond; no exudate, no odour, not fluctuant.
Pain 8/10.

Temp 37.0.  Pedal pulses present.

Plan: urgent derm for biopsy - livedo + eschar in a PD pt, calciphylaxis must
be excluded. Keep dry, foam border dressing, pressure-relieving cushion,
regular paracetamol, review 1 wk.
"""),
("2020-05-26", "Nephrology PD Clinic", """
PD review - renal

Derm punch 5/19: calcium laid down within walls of small subcut vessels,
thrombus present, von Kossa +ve. Calciphylaxis confirmed.
L buttock ulcer now 6.5x4.5cm, eschar intact, pain controlled on
oxycodone prn.

PD adequacy: Kt/V 1.9, no peritonitis this year.
Bone profile: PTH 493, phos 6.2, Ca 9.8.
Weight 80.2kg (BMI 26.9).

Plan:
- IV sodium thiosulfate twice weekly at the infusion suite (vein-preservation
  waived after discussion with pt)
- calcium acetate -> lanthanum carbonate
- cinacalcet 30mg
- wound clinic weekly, derm in 1 month
"""),
]}

A03 = {"patient_id": "A03", "age": 71, "sex": "F", "notes": [
("2023-06-06", "Anaemia Clinic Infusion Note", """
ANAEMIA / IRON CLINIC
71F, CKD G4 (eGFR 17 - no dialysis yet, access planning under way),
iron deficiency on top of CKD anaemia.

PMH: T2DM diet-controlled (HbA1c 6.6, no tablets, no insulin); AF -
warfarin stopped 2019 after LAA occlusion, now aspirin only; OA knees.

S: tired, "cold to the bone all the time". Since last spring she has
slept nightly with a hot-water bottle wedged behind her L lower leg.
O: BP 149/71, HR 68, T 36.4. 79.4kg, BMI 30.4.
Legs: dry skin, no ulcers or purpura.
Labs: Hb 9.0, ferritin 35, TSAT 12%.

Ferric carboxymaltose 500mg IV given through a 22G in the R hand, watched
30 min, no reaction. 2nd dose in 3 months.
"""),
("2023-09-12", "Anaemia Clinic Infusion Note", """
ANAEMIA / IRON CLINIC - dose 2

Before we cannulated she asked us to look at her leg: an extremely sore
darkened area behind her L calf which appeared on Saturday, Sept 2nd.
On inspection: 3x4cm purple-black area with a lacy violaceous edge,
L posterior calf, skin hard, exquisitely tender.

Vitals: BP 155/80 HR 74 T 36.6. 78.2kg, BMI 30.0.
Hb 10.1, ferritin 190.

Ferric carboxymaltose 500mg IV given (R hand), no reaction.
Dr Pellow aware: same-week derm slot requested, ?calciphylaxis.
Advised no tight socks over the area meanwhile.
"""),
("2023-09-19", "Dermatology Consult", """
Dermatology - urgent consult

71F, CKD 4 non-dialysis, past warfarin, BMI 30.
L posterior calf: 4.5x4cm stellate plaque; eschar centrally; a fringe of
retiform purpura; marked tenderness. No other lesions.

She demonstrated how she uses the hot-water bottle: the lesion maps exactly
onto where it lies, behind her L calf, each night, a habit of
more than a year.

Double punch biopsy from the margin today.
Impression: probable calciphylaxis, sited by the repeated heat; EAI
(erythema ab igne) was considered, yet no reticulate pigmentation.
Plan: no more hot-water bottle, warm layers instead; renal team informed.

ADDENDUM 9/25/23: histology - calcified subcutaneous arterioles, thrombi,
septal panniculitis; von Kossa +. Final dx = calciphylaxis.
"""),
]}

A04 = {"patient_id": "A04", "age": 66, "sex": "M", "notes": [
("2021-01-19", "Anaemia Clinic New Patient", """
ANAEMIA CLINIC - first visit

66M, PD since 2018 (APD). T2DM: insulin aspart + detemir, which he
injects into his tummy. No anticoagulant, never on warfarin.
Hb 9.2 on two checks, ferritin 402, TSAT 29% - iron replete.

BP today 164/90 (repeat 160/88), HR 77. 111kg, BMI 35.2.

A/P: renal anaemia.
1. methoxy polyethylene glycol-epoetin beta 75mcg SC monthly; dose 1
   given today, L abdomen.
2. ESAs can raise BP: given an automatic upper-arm home BP monitor today,
   readings twice a day, log to be brought each visit.
3. Hb monthly; target 10-11.5.
4. PD unit to review antihypertensives.
"""),
("2021-05-11", "Anaemia Clinic Nursing Note", """
RN - ESA visit

BP log reviewed: he has checked twice daily since mid-January, always on the
R upper arm. Says the cuff is "a bit tight" and he often leaves it wrapped on
that arm for an hour or so between the morning readings while he reads the
paper. Home BP mostly 130s-140s/80s.

Clinic BP 138/82 HR 72.

Pt also mentioned a painful sore on the inner side of his R upper arm which
came up in April. Looked: 2.5cm ulcer, black base, medial R upper arm,
violaceous mottling for ~6cm around it. No discharge.

Mircera given SC into L abdomen. Dr Ferreira informed, derm referral done
today; told to use the other arm for BP meanwhile.
"""),
("2021-05-25", "Nephrology PD Clinic", """
Renal clinic (PD)

Derm biopsy 5/14: arteriolar calcification with intimal hyperplasia and
thrombosis, von Kossa positive - calciphylaxis.
R medial upper arm ulcer, now 3x2.5cm, eschar stable, pain 6/10.

Bloods: Ca 10.2 - phos 6.5 - PTH 731 - Alb 3.4.
109.8kg on the clinic scales, BMI 34.9.

Plan:
- STS 25g IV TIW through a peripheral line, L arm
- stop calcitriol; cinacalcet up to 60mg
- non-calcium binder
- wound nurse: non-adherent dressing, weekly review
- Mircera to continue monthly
"""),
]}

A05 = {"patient_id": "A05", "age": 69, "sex": "F", "notes": [
("2019-09-24", "Anaemia Clinic Review", """
ANAEMIA CLINIC - ESA hyporesponsiveness

69F, haemodialysis Monday/Wednesday/Friday through a L brachiocephalic
fistula. Mechanical mitral valve (St Jude, 2004) -> warfarin, aiming INR 3.0. Not diabetic.

On epoetin 12,000 u/wk IV with dialysis for 5 months, Hb stuck at 8.2.
Ferritin 640, TSAT 31%, B12/folate ok, retics low, haptoglobin normal.
PTH 1,140. Aluminium not checked.

70.1kg, BMI 28.3.

Plan:
- bone marrow aspirate and trephine to exclude MDS / red cell aplasia,
  booked 10/8 with haematology
- warfarin to be held 5 days beforehand with enoxaparin bridge, per the
  anticoagulation clinic
- parathyroid surgery opinion
"""),
("2019-10-08", "Haematology Procedure Note", """
BONE MARROW ASPIRATE AND TREPHINE BIOPSY

Indication: ESA-resistant anaemia, exclude MDS.
Consent: written, risks explained (bleeding, infection, pain).
INR today 1.2; last enoxaparin yesterday morning.

Position: prone.
Site: left posterior iliac crest (left upper buttock), skin prepped with
chlorhexidine, 10 mL 1% lidocaine to periosteum.
11G Jamshidi needle; aspirate obtained (dry-ish, 6 slides), trephine core
1.8 cm. Pressure held 10 min, pressure dressing applied.

No immediate complications. Observed 30 min, walked out.
Resume warfarin tonight, enoxaparin until INR > 2.5.
Results in approx 2 weeks.
"""),
("2019-11-19", "Anaemia Clinic Review", """
ANAEMIA CLINIC

Marrow: mildly hypocellular, trilineage maturation, no dysplasia, no ring
sideroblasts, no MDS. Storage iron adequate.
ESA resistance probably from severe hyperparathyroidism and inflammation.

New problem: very painful black spot on her L upper buttock, right at the
marrow biopsy site, starting about 2 weeks ago.
Exam: 3x2cm eschar, violaceous livedo spreading ~6cm around it, firm,
no pus, nothing fluctuant. T 36.8.

Concern for calciphylaxis at the trephine site vs post-procedure infection.
- urgent derm review for biopsy
- swab taken
- INR 3.1 today; cardiology to advise on anticoagulation
"""),
("2019-12-03", "Dermatology Consult", """
DERMATOLOGY

Punch 11/22, from the margin of her L upper buttock eschar:
subcutis vessels show medial calcium and thrombus; von Kossa +.
Swab grew skin flora only.

Dx: calciphylaxis of the L upper buttock, arising where the 10/8/19
bone marrow trephine went in.

Current: 4x3cm eschar, surrounding livedo unchanged, pain 7/10.
Warfarin continued after cardiology input (mechanical mitral valve, no
safe alternative).

Plan: STS with dialysis (renal arranging), parathyroidectomy referral
expedited by letter today, wound care twice weekly, no debridement while stable.
"""),
]}

A06 = {"patient_id": "A06", "age": 54, "sex": "M", "notes": [
("2024-02-13", "Infusion Nursing Note", """
INFUSION SUITE - IRON SUCROSE 200 mg IV (dose 3 of 5)

Pt: 54M, PD, T2DM (insulin stopped 2022, now linagliptin). No warfarin.
Pre: BP 142/86, HR 80, T 36.5.
PIV 22G L forearm, first attempt, flushed well.
Infused over 15 min. 30 min obs, no reaction. Post BP 136/84.
PIV out, site clean.

INCIDENT: climbing out of the recliner, pt scraped his R shin along the
metal footrest, which had not folded away fully. Superficial 2cm
abrasion R mid shin with a 4cm bruise around it. Washed with saline,
non-stick dressing. Datix/incident form done, chair tagged for estates.
He will see the practice nurse if it does not heal.
"""),
("2024-03-26", "Wound Clinic Note", """
Wound clinic, first visit. Practice nurse referral: R leg wound not healing.
Hx: 3 wks ago a sore purplish blotch appeared on his shin front; it
went black over a week. Pain severe, worse at night.

Examination
R anterior mid shin: 3.5x2.5cm stuck-on black eschar, star-shaped purpuric
edge, livedo reticularis running down towards the ankle.
Pedal pulses palpable, ABPI 1.05. No cellulitis.
Temp 36.9, BP 150/88.

Impression: ?calciphylaxis (PD, diabetic) / arterial ulcer / infected
traumatic wound.
Plan: derm for biopsy this week, silicone foam dressing, elevation,
no compression.
"""),
("2024-04-09", "Nephrology PD Clinic", """
PD clinic - Dr Oyelaran

Skin bx 3/29 (R shin) reported: calcified small dermal + subcut
vessel walls, occlusive thrombi, overlying necrosis, von Kossa +.
So calciphylaxis.

Ulcer R shin 4x3cm; pain 7/10 despite paracetamol/codeine, sleeping badly.
No fever. Exit site clean, PD effluent clear.
BP 146/84. 97.5kg, BMI 32.6.
PTH 588 / PO4 7.0 / Ca 9.3.

Plan
1. IV STS x3/wk, infusion suite (Tue/Thu/Sat slots)
2. calcium-based binder stopped; sucroferric oxyhydroxide started
3. increase PD dose (add a daytime dwell)
4. analgesia per palliative team
5. wound clinic fortnightly
"""),
]}

A07 = {"patient_id": "A07", "age": 47, "sex": "F", "notes": [
("2022-05-31", "Anaemia Clinic Review", """
Anaemia clinic

47F, T1DM since she was 11, pump user (cannula sited in the abdomen,
changed every 3 days). ESRD on PD since Oct 2021. Not on warfarin.
Hb 8.8 despite ferric carboxymaltose in April (ferritin now 390, TSAT 30%).
BP 126/78. 66kg, BMI 24.6.

Plan: start epoetin alfa 4,000 units SC weekly, self-given at home, beginning
next month once the homecare delivery arrives.
RN showed her how to self-inject today using a dummy pen: front of the
thighs, L one week, R the next. Sharps bin supplied.
Hb in 4 wks then monthly.
"""),
("2022-12-06", "Anaemia Clinic Review", """
Anaemia clinic f/u

On epoetin since June, self-injecting weekly into both anterior thighs in
turn, as taught. Hb 11.0 last month.

New issue: around Thanksgiving she noticed hard, very painful patches on
both thighs at the front.
O/E: L anterior thigh - 4x3cm violaceous plaque, small central patch of
necrosis; R anterior thigh - 2cm firm purpuric nodule. Pump site on
abdomen fine.
BP 132/80, T 36.6. 65.2kg, BMI 24.3.

Concern: calciphylaxis.
- epoetin on hold
- derm this week for biopsy
- PD team and Dr Whitcombe informed
"""),
("2022-12-15", "Dermatology Consult", """
DERMATOLOGY

Punch 12/9 (L anterior thigh) shows calcified, thrombosed subcutaneous
arterioles and fat necrosis; von Kossa stain +.

Diagnosis: calciphylaxis where she has been injecting epoetin - both
anterior thighs. The distribution matches her weekly self-injection pattern exactly,
the L plaque being the larger, which she says is where she injects more
often because it is easier with her right hand.

Exam today: L plaque 4.5x3cm with eschar; R nodule unchanged.
No lesions elsewhere; abdomen (pump sites) clear.

Plan: stop injecting into the thighs; renal to start IV sodium
thiosulfate; wound care; recheck 2 wks.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
