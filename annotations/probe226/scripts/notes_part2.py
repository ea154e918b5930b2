"""probe226 corpus notes, D08-D14 (adult day health centre and the clinics around it; all invented)."""

D08 = {"patient_id": "D08", "age": 72, "sex": "M", "notes": [
("2023-08-01", "ADHC Transportation Incident Report", """
INCIDENT REPORT -- TRANSPORTATION
Date/time: 08/01/2023 08:20   Where: participant's driveway, van #4 rear lift
Participant: H.G., 72M, wheelchair user (vascular dementia after L MCA stroke 2021).
What happened: as the lift platform was rising his R foot slid off the footplate and his right
shinbone scraped along the platform's metal lip.
Injury: abrasion R anterior shin 3x1.5cm, superficial, oozing.
First aid at the centre 08:55: NS cleanse, bordered foam dressing. Wife notified by phone 09:05.
On warfarin (mechanical aortic valve) -- oozing quit after 5 min of pressure.
Follow-up: driver re-trained on footplate straps; supervisor reviewed lift video; dressing check
each program day.
"""),
("2023-09-08", "ADHC RN Progress Note", """
RN PROGRESS NOTE -- H.G.
R shin abrasion from the 8/1 lift incident: closed by mid-Aug, dressing stopped 8/14.
Today the aide saw a new dark area on that shin while changing him.
Exam: R anterior shin, same spot as the scrape -- 4x3cm violaceous, indurated plaque topped with a
black crust; very tender (grimaces, pulls leg away). Wife says it came up in late August.
Not warm, no pus, no odour. Pedal pulses present.
Background: PCP says his kidneys are fine (creat 0.9, eGFR 82); no dialysis. Not diabetic.
INR 2.8 last wk. Wt 66.0kg, BMI 22.6.
Sent to PCP same afternoon -> PCP booked wound clinic + derm.
"""),
("2023-09-19", "Wound Clinic Note", """
WOUND CLINIC -- H.G., 72M
Referred for a R shin ulcer. Derm bx 9/12: dermal + subcutaneous arterioles calcified and
thrombosed, fat necrotic -- calciphylaxis, non-uremic type (renal function normal). Risks here:
warfarin x 6 yrs, albumin 2.9.
This lesion arose inside the healed abrasion from the van lift injury on 8/1 -- calciphylaxis at a
site of trauma (Koebner-like).
Exam: R anterior mid-shin 4.5x3cm, eschar ~80%, livedo around the wound edge, no cellulitis.
Plan: cardiology re warfarin (mechanical valve -- can't just stop; options discussed incl. heparin
bridge), IV STS via infusion, hydrogel + non-adherent pad + light gauze wrap. Caregiver teaching done.
"""),
]}

D09 = {"patient_id": "D09", "age": 70, "sex": "F", "notes": [
("2021-05-11", "ADHC Medication Administration Note", """
SUNNYSIDE ADHC -- MAR / NURSING
Cyanocobalamin 1000mcg/mL, 1mL IM into the R deltoid (right upper arm) at 10:15, by L. Chen RN.
Monthly, due 2nd Tuesday. Given here since Jan 2021.
NOTE: LEFT arm = AV fistula (forearm) -- NO shots, NO BP, NO blood draws that side.
Red band on wrist; sign on chart.
Tolerated well. VS 138/74, P 70, T 98.0.
PMH: renal failure -- dialysis M-W-F, 5:30am chair -- pernicious anemia, HTN, obesity, hypothyroid.
No diabetes. Wt 92.3kg, BMI 35.8.
Next B12 due 6/8/21.
"""),
("2021-09-14", "ADHC RN Check", """
RN check -- 9/14/21
Participant pointed to the underside of her L arm: "like a burn, since Labor Day weekend".
Findings: L posterior upper arm, above the elbow over the triceps -- stony purple plaque 5x3cm
with a netted edge, no opening. Fistula thrill present at the L forearm, unchanged.
No known injury; per both records (ours + dialysis) nobody has injected anything in the L arm.
B12 due today -- went into the R upper arm as usual, 10:05.
Notified HD unit + PCP by fax; husband informed at pickup. Pain 5/10, declined meds.
"""),
("2021-09-28", "Dermatology Consult", """
DERMATOLOGY CONSULT
70F on HD w/ a painful L upper arm plaque for ~3 wks.
Exam: L posterior upper arm 6x4cm indurated retiform purpura, centre starting to necrose; two
small firm nodules on the L lateral arm. R arm, trunk, legs clear.
Punch bx 9/21: calcium-lined small vessels in the subcutis + thrombi -> calciphylaxis.
Trauma hx: her monthly B12 is always given R side (fistula on the L, so that arm is off limits). No falls,
no bumps. Never on warfarin.
Plan: STS w/ HD, low-calcium bath, stop calcitriol; wound care -- petrolatum gauze + foam.
Avoid BP cuffs on the L upper arm too. RTC 2 wks.
"""),
]}

D10 = {"patient_id": "D10", "age": 64, "sex": "M", "notes": [
("2024-02-13", "ADHC Participant Incident Report (Fall)", """
PARTICIPANT INCIDENT REPORT -- FALL
2/13/2024 11:05, Activity Room B, chair yoga group.
S.P., 64M, slid off the side of an armless folding chair during a seated twist, came down on his
left side.
Injury: 6x5cm bruise over the L hip (greater trochanter), tender. Full ROM both hips, stood w/ 1
assist, gait at baseline w/ walker. No head strike, no LOC.
Ice pack offered -- declined. Wife + PCP notified; PCP: no ED needed, call if worse.
Background: PD, cycler overnight; DM2 on insulin (aspart at lunch given here, SC backs of
upper arms). Wt 118.0kg, BMI 37.2.
Follow-up: PT screen; use chairs with arms for yoga from now on.
"""),
("2024-03-19", "ADHC RN Note", """
RN note 3/19/24
S.P. reports a painful "knot" on his L thigh (lateral), about 2 weeks now.
Exam: L lateral thigh, midway between hip and knee, 4x4cm firm dusky plaque w/ lacy violaceous
rim, skin not broken. Bruise from the 2/13 fall (over the hip bone) has fully faded -- skin there
and between the two areas looks normal.
Afebrile 98.0. FSBG 164 pre-lunch, aspart 6u given R upper arm.
Called PD nurse; pt booked w/ derm 3/27. Wife informed.
"""),
("2024-03-27", "Dermatology Visit", """
DERMATOLOGY
S.P., 64M, PD since 2022, DM2 on insulin, obesity. L outer-thigh plaque, dates from early March.
Bx 3/20 (my partner, punch, L thigh) -- Dr. Lindqvist's read: calciphylaxis. Mural calcium
in fat-layer arterioles, fibrin clot in lumens, necrotic adipose.
Exam today: L mid-lateral thigh 5x4.5cm retiform purpura, new 1cm eschar at its centre.
Hx: fall 2/13 w/ bruise over the L hip bone. This lesion is mid-thigh, ~15cm below where that bruise
was, and the skin between is normal -- I'd call the fall unrelated.
Assessment: calciphylaxis (bx-proven), L thigh.
Next: nephrology for STS (IV, 3x/wk), stop calcitriol, wound clinic. BMI 36.8.
"""),
]}

D11 = {"patient_id": "D11", "age": 58, "sex": "F", "notes": [
("2024-05-21", "ADHC RN Note", """
MAGNOLIA COURT ADULT DAY -- RN
E.W., 58F. c/o pain L lower belly since early May, "like a bruise but deeper".
Looked: L lower abdomen under the belt line -- purple, mottled, firm plaque 5x3cm; no open area.
Insulin here: her noon lispro is given posterior arm, alternating L/R (care plan, her choice);
abdomen not used here. Home glargine -- she injects her thighs.
VS 146/88, P 80, T 98.6. FSBG 201.
HD Mon/Wed/Fri. BMI 41.0.
Plan: call nephrology today; photo in chart; family (husband) updated by phone.
"""),
("2024-06-18", "Hospital Discharge Summary", """
DISCHARGE SUMMARY -- St. Brennan Hospital
Admitted 6/10/24, discharged 6/17/24. 58F; ESRD, HD; insulin-using DM2; class III obesity.
1. L femoral-popliteal DVT: enoxaparin 1mg/kg SC started 6/11, given into the abdomen; changed to
   apixaban 6/14. Warfarin avoided because of #2.
2. Plaque L lower abdomen (there since early May): punch bx 6/12 -> arteriolar medial calcification
   with thrombi = calciphylaxis. STS 25g IV at every dialysis from 6/13.
3. Hyperphosphatemia: sevelamer increased to 1600 tid.
Discharge meds: apixaban 2.5 bid, sevelamer, glargine 30u, lispro scale, STS at HD.
F/u: nephrology, wound clinic; day program restarts 6/19.
"""),
("2024-07-09", "ADHC RN Note", """
RN note -- back at program since 6/19.
L lower abd wound: open now, 2x1.5cm, black base, foam dressing (home health changes Mon/Thu),
dry and intact today.
Small yellowing bruises R lower abdomen from the hospital enoxaparin shots; no new plaques there.
Pain 4/10; takes gabapentin 100 at night. Apixaban continues, no bleeding.
Lunch lispro given L upper arm.
Weighed 108kg => BMI 40.6. BP 138/80.
Activities: sat in on seated dance for 20 min, rested after. Husband collects her at 2:45; he was
reminded the unit wants her 10 min early Friday for the thiosulfate.
"""),
]}

D12 = {"patient_id": "D12", "age": 77, "sex": "M", "notes": [
("2020-10-06", "ADHC Nursing Note", """
Riverbend Adult Day Health -- nursing 10/6/20
Aide reported during toileting a dark area high on his R inner thigh.
Exam: R medial thigh, upper third -- violaceous indurated patch 3x2.5cm dusky-grey in the middle,
exquisitely tender. No drainage, no heat.
Wife (phone): she spotted it 3 days ago; no injury that she knows of.
Participant: ESRD, HD Tue-Thu-Sat; DM controlled on diet, no meds; BMI 29.9 = overweight;
HTN, PVD, hx CABG 2014.
Plan: message HD nephrologist; wife will show HD nurse tomorrow; pad chair seat.
"""),
("2020-10-15", "Dermatology Consult and Procedure", """
DERM CONSULT -- 77M
R medial thigh plaque, onset 10/3/20.
Exam: retiform purpuric plaque 4x3cm, grey-black necrosis centrally, ringed by livedo.
Procedure: 4mm punch at the lesion's margin (lido w/ epi); 1 suture (4-0 nylon);
petrolatum + bandage. Path req: H&E + von Kossa stain.
DDx: calciphylaxis favored; warfarin skin necrosis unlikely (never on warfarin); cholesterol emboli.
He says nothing has hit or cut that leg.
Suture out in 10-14 days (can be done at his day center).
Wife asked whether his renal diet matters here -- yes; will pull labs from the HD unit. See back in
2 wks with the path.
"""),
("2020-10-29", "Wound Clinic Initial", """
WOUND CLINIC -- INITIAL
Path (10/15 bx): calciphylaxis confirmed -- calcified arterioles, luminal thrombi, fat necrosis.
Wound R medial thigh 4.2x3.3cm, eschar 90%, scant exudate, no odour.
Procedure: sharp debridement of lifting eschar at the margin w/ curette, minimal bleeding; he
managed it well.
Dressing: Ca alginate, silicone-border foam, paper tape.
Plan: dressing changes 3x/wk -- ADHC RN to do Thursdays; STS at HD 3x/wk (started 10/22).
Pain with dressing change 5/10; wife gives acetaminophen at home 1 h before. Taught her to watch
for spreading redness, fever or a foul smell.
Wt 90.2kg, BMI 29.9.
"""),
("2020-11-12", "ADHC Nursing Note", """
NURSING -- dressing change per wound clinic order
R medial thigh wound: 4.0x3.1cm, eschar softening at edges, small serous drainage, no odour,
periwound livedo same.
Pt asked for something cool for the pain: cool (not iced) gel pack laid over the dressing x10 min,
OK'd by wound MD by phone. Pain 6 -> 4/10.
Tape had peeled a little skin off along the top margin of the old dressing -- barrier film,
switched to silicone tape.
Dressing replaced: alginate + border foam. Next change Mon by home health.
Center closed 11/26 (Thanksgiving) -- HH to cover.
"""),
]}

D13 = {"patient_id": "D13", "age": 69, "sex": "F", "notes": [
("2019-03-05", "ADHC Nurse Check", """
Maple Hollow Day Centre -- nurse check 3/5/19
V.A., 69F, home PD (cycler). Son reports both calves "purple and hurting", going on ~10 days.
Exam: backs of both calves -- several firm dusky plaques 2-4cm, purple lacework mottling;
1 small shallow ulcer on the L calf. Legs warm, edema 1+.
Asked about injury: she and son deny falls, bumps, scratches, or any injections into the legs. No
heat/ice used, home or here.
Not diabetic. Warfarin for AF (INR 3.1 last wk). Weight 88.0kg, BMI 32.4.
Plan: urgent call to nephrology; until she is seen, nothing hot or icy goes on those calves.
"""),
("2019-03-12", "Nephrology Urgent Visit", """
NEPHROLOGY -- urgent visit
V.A., PD x 3 yrs. Bilateral calf plaques since late Feb, one ulcer L.
Derm bx 3/8 (R calf): calciphylaxis -- calcified small vessels, thrombi, panniculitis.
Labs: Ca 10.4 / PO4 6.8 / iPTH 1110 / alb 3.2.
Plan:
- stop warfarin today. If she still needs anticoagulation, cardiology may start SC heparin or
  apixaban -- not decided.
- STS IV 3x/wk, calcium-free binder, cinacalcet; PTX referral if PTH stays up.
- Counselled: no compression, no massage, and keep heat/cold away from both legs.
Day centre letter sent re skin checks.
"""),
("2019-04-02", "Wound Clinic Note", """
WOUND CLINIC -- calciphylaxis, both calves (biopsy 3/2019).
She again denies any trauma; leg injections: never, she says; no stockings worn.
L posterior calf ulcer 2.5x2cm, eschar about half; R calf three intact plaques, softer.
Anticoag: warfarin stopped 3/12, apixaban started 3/20 by cardiology.
Plan: light gauze + silicone foam only. Compression wraps might be considered once ulcers heal --
not now. Pain: gabapentin 100 qhs.
Wt 86.5kg, BMI 31.9.
Son drove her today; she still goes to the day centre Tue/Thu and loves the quilting circle.
RTC 2 wks, or sooner for any new sore.
"""),
]}

D14 = {"patient_id": "D14", "age": 74, "sex": "M", "notes": [
("2022-06-07", "ADHC Incident Report (Skin Tear)", """
INCIDENT REPORT -- SKIN TEAR
6/7/22 15:10, at the van door. K.D.'s R forearm caught on the door latch while staff helped him in.
R forearm skin tear, dorsal side, 4cm flap (partial flap loss, type 2); flap laid back,
steri-strips, silicone foam dressing. Bleeding minimal.
K.D. 74M, dialysis Tue/Thu/Sat; DM2 -- we give his lunch insulin SC in the abdomen. Fragile skin --
prednisone 5mg daily for PMR.
Wife notified 15:30. Driver to pad the latch.
K.D. calm -- "it's just my paper skin". Vitals after: 136/74, 80. Supervisor watched the boarding
clip; staff will shield his arms with a padded sleeve when loading.
"""),
("2022-07-19", "Wound Clinic Note", """
WOUND CLINIC -- two problems
1) R dorsal forearm skin tear (6/7): flap edge necrosed; now a shallow 1.5x1cm ulcer, base pink
   and clean, closing by secondary intention. Simple skin tear -- not calciphylaxis.
2) L heel: footrest rubbing -> stage II PI, 1x1cm, blister roof still
   intact, rim blanches. Offloading boot; footrest padded.
No other wounds today. Abdomen (insulin sites) with small old bruises only.
PMH: ESRD/HD; DM2 (insulin); obesity class I; PMR. Wt 85kg, BMI 30.1.
Dressings: forearm -- silicone contact layer under foam, day centre changes it every third day;
heel -- bordered foam, looked at daily. RTC 3 wks.
"""),
("2022-08-30", "Dermatology Consult", """
DERMATOLOGY CONSULT
K.D., 74M on HD. Since early August, new painful plaques high on both inner thighs.
Exam: inner thighs -- R 6x4cm, L 5x5cm -- violaceous, indurated plaques, retiform edges,
black eschar centrally on the R.
Bx 8/23 (R thigh): vascular calcification, thrombosis, necrotic fat -> calciphylaxis.
Trauma: none to either thigh -- insulin is given in his belly, he hasn't fallen, no straps there. The forearm
skin tear and the L heel pressure blister are healing wounds of their own and look nothing like
this; neither is calciphylaxis.
Plan: STS w/ HD; taper prednisone off with rheum; wound care.
Problem list: obesity class I. BMI 29.8.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
