"""probe157 corpus notes, A01-A07 (patient-safety event reports, incident reviews, nursing skin-event
forms and the clinics around them; all people, places and wording invented)."""

A01 = {"patient_id": "A01", "age": 68, "sex": "M", "notes": [
("2019-03-27", "Patient Safety Event Report", """
PATIENT SAFETY EVENT REPORT  #PSE-19-00412
Facility: Harrowgate Memorial, Unit 5 West (medicine)
Event category: Medication - administration / site selection
Event date: 03/26/2019   Reported: 03/27/2019 0815   Reporter role: RN (charge)
Harm level (preliminary): temporary harm, intervention required

Brief description:
68-yr-old man, hemodialysis Tu/Th/Sa, admitted 3/4/19 for RLL pneumonia. Heparin 5000 units
subcut q8h ordered on admission for VTE ppx. Pt asked staff on day 1 not to use his
abdomen ("my belly is off limits") and not the L arm (L upper arm AV fistula), so per
MAR review 14 of the last 19 doses were given in the R upper arm, posterior aspect. No rotation plan
documented. On 3/26 pt first c/o a "hot, stabbing" spot there. On assessment today:
back of R upper arm, 3x4cm hard plum-colored plaque, dusky in the middle, pt winces at
a fingertip touch, nothing draining.

Immediate actions: heparin held, hospitalist (Dr. Okafor-Lind) notified, derm consult
placed, photo uploaded to media tab.
Contributing factors (reporter): no site rotation prompt in eMAR; float RNs unaware of pt preference history.
"""),
("2019-03-29", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT NOTE
Reason: ?calciphylaxis - painful R arm plaque
HPI: 68M, kidney failure, HD since 2014, diabetic (insulin glargine 22u qhs + lispro SSI),
AFib on apixaban (never on warfarin). Admitted for pneumonia. Painful lesion R posterior
upper arm since 3/26/19, which is where most of his SC heparin was given since 3/4.
Exam: afebrile (37.1), pulse 84, 148/79. BMI 31.4.
R posterior upper arm: 4x4.5cm star-shaped retiform purpura, gray-black necrotic center;
induration (woody) reaching about 2cm past the purpura. L arm with fistula,
thrill present. Trunk, thighs and legs inspected - nothing similar.
Ca/Phos/PTH 9.4/7.8/612, albumin 2.9.
Impression: necrotic retiform purpura at the heparin injection site in a dialysis
patient - calciphylaxis favored; heparin skin necrosis less likely (platelets steady).
Plan: bedside 6mm punch at the advancing edge, for H&E + von Kossa.
"""),
("2019-04-09", "Nephrology Progress Note", """
Nephrology - inpatient progress
Bx (R post. upper arm, 3/29): small subcutaneous arterioles: medial calcium,
intimal hyperplasia (von Kossa +), plus fat necrosis -> consistent w/ calciphylaxis.
Assessment: tissue-confirmed calciphylaxis, R posterior upper arm. It appeared precisely at
the site of the repeated SC heparin injections of this admission (Koebner-type localization).
Pain 7/10 on hydromorphone PO prn.
Plan:
- STS 25 g IV, given during the tail end of HD
- stop Ca acetate, replace with sevelamer 1600 mg TID with food; cinacalcet 30 daily
- no further SC injections in R arm; VTE ppx by SCDs
- HD 4 hr TuThSa, target Phos < 5.5
- wound RN for dressing
Wt 96.8 kg, BMI 31.0. A1c 7.9 on current insulin.
"""),
]}

A02 = {"patient_id": "A02", "age": 71, "sex": "F", "notes": [
("2017-12-27", "Dialysis Unit Nursing Skin Event Form", """
LAKESHORE KIDNEY CENTER - NURSING SKIN EVENT FORM
Pt: 71 F, chair 9, MWF 2nd shift            Form completed by: RN T. Vasquez
Type of event: [x] burn/thermal  [ ] pressure  [ ] skin tear  [ ] other

Pt arrived for tx today w/ both legs wrapped in gauze by daughter. States on Christmas night
her daughter filled a hot water bottle from the kettle, wrapped it in a thin towel and laid it
against the backs of both calves because "my legs are always ice cold". Fell asleep; woke at
~0300 w/ burning.
Assessment: bilat posterior calves, scattered intact blisters 1-3cm on a pink base,
L approx 8x6cm area, R approx 7x5cm area, tender, no odor.
Pre-tx: 162/70, pulse 77, temp 36.6, wt 72.4 kg (EDW 71.5).
Actions: MD (Dr. Brannigan) aware, blisters left intact, nonadherent dsg, referral to wound clinic,
education to pt and daughter - no hot water bottles or heating pads on legs.
Anticoagulation: warfarin (atrial fib), today's lab INR 2.6.
"""),
("2018-01-30", "Wound Care Clinic Note", """
WOUND CARE CENTER - follow up
71 y.o. female, ESRD on in-center HD, T2DM on insulin (detemir), AF on warfarin,
BMI 28.1. Seen 1/3 for partial-thickness scald to both posterior calves (hot water bottle);
those blisters had re-epithelialized by our 1/10 visit.
Interval hx: since mid-January new severe pain (9/10, keeps her up) in the same area
of both calves, then "purple lace" and black spots.
Exam:
 L posterior calf - black eschar 5x4cm ringed by netlike purpura, indurated
 R posterior calf - 3x3.5cm eschar, livedoid rim, very tender to light touch
Pedal pulses dopplerable. No drainage.
A/P: new necrotic ulcers where the burns were, dialysis + warfarin - concerned for
calciphylaxis. Punch bx of L calf margin arranged w/ derm 2/2. Dry dressings, no debridement for now.
"""),
("2018-02-13", "Nephrology Clinic Note", """
Nephrology follow up - Dr. Brannigan
Dx: calciphylaxis of bilateral posterior calves, biopsy-proven (2/2/2018: calcified
subcutaneous arterioles, luminal thrombus, von Kossa +).
The ulcers came up in the skin of both calves that was scalded by the hot water bottle on
Christmas night - new lesions at a site of prior injury.
Risk: six years of HD, warfarin for AF, insulin-treated DM, hyperphosphatemia.
Changes:
 - warfarin discontinued today, started apixaban 2.5 BID begun
 - thiosulfate (25 g) given at each of her runs (MWF)
 - Ca-based binder stopped -> lanthanum 1 g TID
 - extend HD to 4.5 hr
Labs 2/9: iPTH 488 pg/mL; serum Ca 9.9 mg/dL; phosphate 7.1, Hgb 10.2
Wt 71.9 kg, BMI 27.9. Pain: gabapentin 100 after each run, oxycodone 5 prn.
"""),
]}

A03 = {"patient_id": "A03", "age": 63, "sex": "M", "notes": [
("2022-10-05", "Hospital-Acquired Pressure Injury Event Report", """
HAPI EVENT REPORT (skin/wound)            Ref: SE-2022-3391
Location at discovery: 7 East, rm 712 - admitted from ED boarding
Pt 63 M, ESRD on home PD (CCPD), HTN, obesity (BMI 33.8).

What happened: Pt boarded in ED hall bed 14 on a standard transport stretcher from
10/3/22 1400 until 10/4/22 0910 (~19 h) awaiting a medicine bed for L-sided pneumonia.
Because of L pleuritic pain he lay almost the whole time on his R side. No turning schedule
documented during boarding; no pressure-redistribution overlay on stretcher.
Found on admit skin check 10/4: non-blanchable erythema 6x5cm over R greater
trochanter / R lateral hip, skin intact -> Stage 1 pressure injury.
Braden 14.

Interventions: offloading q2h, pillow wedges, low-air-loss mattress, barrier cream.
Wound RN to recheck 48 h.
Follow-up for the review: ED boarding >8 h should trigger the stretcher overlay & turning.
"""),
("2022-11-08", "Peritoneal Dialysis Clinic Note", """
HOME DIALYSIS UNIT - PD monthly visit

S: 63M on CCPD 5 exchanges/9 hr + last fill, pneumonia adm in Oct resolved. Today
c/o very painful "hard bruise" on R hip which began about 3 wks ago; he can only
sleep supine now. The red pressure mark from the ED stay had faded within a week after
discharge, then this came up.
No DM. No anticoagulants. Meds: sevelamer carbonate 2.4 g TID, calcitriol 0.25 mcg,
furosemide 80 BID, amlodipine 10.
O: 141/88, wt 108.3 kg, BMI 33.6.
R lateral hip over trochanter: firm plum plaque 7x6cm, net-patterned purpura at its
edges, 1cm dusky central bulla. Catheter exit unremarkable.
PTH 930 with Ca 10.1 and PO4 6.6; Kt/V (weekly) 1.8 - adequate.
A/P: tender purpuric indurated plaque, PD, phosphate and PTH both high - worry calciphylaxis.
Urgent derm referral, stop calcitriol, increase binder.
"""),
("2022-11-22", "Dermatology Clinic Note", """
Dermatology - new pt
CC: R hip plaque. Referred by PD team.
Hx as per referral. Lesion of the R lateral hip, trochanteric area, onset mid/late Oct.
Exam: 8x7cm indurated plaque, R lateral hip, with a 2x2cm black central eschar,
netlike purpura peripherally. No lesions on abdomen (PD catheter exit site unremarkable),
thighs or calves.
Path (punch, 11/15, R lateral hip): subcutaneous small-vessel walls laden with calcium
(von Kossa confirms), fibrin in lumens, lobular fat necrosis.
Final dx: R lateral hip calciphylaxis.
Plan: co-manage with nephrology - STS with a switch to in-center HD under discussion,
wound care with calcium alginate, pain clinic. RTC 3 wks.
"""),
]}

A04 = {"patient_id": "A04", "age": 58, "sex": "F", "notes": [
("2020-06-06", "Nursing Skin Event Form", """
NURSING SKIN EVENT FORM - Med/Surg 4 North
Event: Medical adhesive-related skin injury (MARSI) - skin stripping
Date/time discovered: 06/06/2020 0615

58 y/o F adm for SBO, managed non-operatively (NG decompression, NPO). Foley catheter removed
this AM per protocol. At removal the adhesive catheter securement patch on the R medial (inner)
thigh was peeled off and took a 2x3cm strip of epidermis with it. Base pink, moist,
pinpoint bleeding, no blister.
PMH: obesity (BMI 41.2), h/o recurrent L leg DVT on warfarin (INR 2.4), HTN, OSA. Kidneys
fine (creat 0.7). Nondiabetic.
Actions: cleansed w/ NS, silicone foam dsg, adhesive remover now stocked on unit, pt aware.
Provider (PA J. Mirecki) notified. Unit educator to review adhesive removal technique (low and slow,
use remover wipes).
"""),
("2020-07-21", "Primary Care Office Visit", """
Willowmere Family Medicine - office visit

58F here for hospital f/u and new R thigh pain.
HPI: Since early July - a rock-hard, exquisitely sore knot along the R inner thigh, now purple
and "like a net" around it. Pain keeps her up. Denies fever. No recent shots there.
PMH: morbid obesity, recurrent DVT on warfarin (goal 2-3), HTN, OSA on CPAP.
No kidney disease (creat 0.8 on 7/1, eGFR > 90). Not diabetic.
Vitals: 136/84, pulse 78, 98.4F, wt 111 kg, BMI 41.0
Skin: R medial thigh: indurated violaceous plaque, 6x5cm, retiform edge, tiny dark
center; non-fluctuant.
A/P:
1. R inner thigh plaque - panniculitis? warfarin-related necrosis? non-uremic calciphylaxis? -
   urgent derm referral, CMP/PTH/Phos today.
2. Warfarin - continue for now, INR 2.7 today.
"""),
("2020-08-04", "Dermatology Consult", """
DERMATOLOGY
58 y/o F, kidney function normal, on warfarin, BMI 40.7.
Lesion: R medial thigh, onset early July 2020.
Bx 7/24 (deep incisional): calcified walls of small- and medium-caliber subcutaneous vessels,
thrombosis, fat necrosis (septal + lobular). Ca/Phos/PTH 9.3/3.8/54, creat 0.8.
Impression: non-uremic calciphylaxis (warfarin, obesity, female sex as risk factors).
The plaque occupies exactly the spot where the catheter securement patch stripped her skin in June
during the SBO admission.
Plan: stop warfarin -> apixaban (discussed with PCP), IV STS 3x weekly via infusion
center, wound care referral, avoid adhesive dressings on thighs, f/u 2 weeks.
"""),
]}

A05 = {"patient_id": "A05", "age": 77, "sex": "F", "notes": [
("2023-09-05", "Fall Event Report", """
FALL EVENT REPORT - Ridgecrest Dialysis, station 22
Date of fall: Labor Day, approx 11:40 (holiday schedule, 1st shift)
Report entered: next day by RN supervisor

Description: 77 y.o. female, HD Mon/Wed/Fri (tunneled R IJ line). After tx (UF 3.1 L, post
BP 92/54) pt stood up from the recliner before staff brought the walker, felt lightheaded and
fell sideways, striking her L lateral thigh on the steel rail of the wheelchair scale.
Witnessed by PCT. No LOC, did not hit head.
Injury: L outer thigh bruise 8x6cm, a little swollen, skin intact. ROM hips full.
Post-fall: sitting BP rechecked 104/60; Nephrologist Dr. Haugen notified; ice offered, declined.
Contributing factors: post-HD orthostasis, no call light within reach, pt impulsive.
Fall risk: Morse 65. Plan: reduce UF goal, stand only w/ staff, chair alarm.
Med list reviewed: linagliptin 5 mg, midodrine 5 mg pre-HD, sevelamer, atorvastatin.
Not anticoagulated now (warfarin stopped 2021 after LAA occluder).
"""),
("2023-10-27", "Nephrology Rounding Note (Dialysis)", """
HD ROUNDS - Ridgecrest, Dr. Haugen
77F, kidney failure from diabetic nephropathy + HTN, five years on HD, T2DM managed with linagliptin alone (no insulin).
Today: c/o L thigh pain "like a burn inside" since mid-October; now a dark patch.
Exam: L lateral thigh firm purple plaque 5x5cm, retiform edges, exquisite
tenderness, no warmth or fluctuance. Weight 70.2 kg, ht 153 cm, BMI 29.9 (overweight).
This month: Ca/P/PTH 9.6/7.4/1105, alb 3.1, spKt/V 1.31
Assessment: ?calciphylaxis L thigh, ddx cellulitis (afebrile, WBC nl), panniculitis.
Plan: derm urgent bx; stop calcium carbonate; cinacalcet 30 mg after HD; monitor.
"""),
("2023-11-14", "Dermatology Clinic Note", """
Dermatology
Pt 77F, in-center hemodialysis. Biopsy taken 11/3/23 from the L lateral thigh: arteriolar
walls in the subcutis crusted by calcium, microthrombi, fat necrosis - diagnostic of calciphylaxis.
Exam today: L lateral thigh plaque 6x5.5cm, 2cm eschar centrally, livedoid margin.
Skin elsewhere clear.
Impression: histologically confirmed calciphylaxis, L lateral thigh.
Plan: IV thiosulfate 25 g with HD (discussed w/ Dr. Haugen), hydrocolloid, no sharp debridement now,
palliative care introduced for pain, RTC 3 wks. BMI unchanged at 29.9, weight stable since October.
Pt and son had questions about prognosis; answered, handout given.
"""),
]}

A06 = {"patient_id": "A06", "age": 55, "sex": "M", "notes": [
("2022-04-04", "Patient Safety Event Report", """
PATIENT SAFETY EVENT - Home Therapies Program
Category: Medication self-administration / patient education gap
Submitted 04/04/2022 by PD RN (K. Dunleavy)

Summary: 55 yo M on CCPD since spring 2021. Self-injects darbepoetin 40 mcg under the skin
fortnightly at home. At today's monthly visit he reports he has "always done the shot in the
left outer thigh, same spot, it's easiest to reach". His teaching checklist from PD training
has no documentation that injection-site rotation was covered.
Since 3/30/22: painful, dark purple area in that L lateral thigh spot.
Other injections: insulin glargine / aspart pens into the abdomen, which he does rotate.
Assessment today: L outer thigh, 4x3cm, tender, violet and indurated, no eschar.
Action: Dr. Pellerin notified; derm referral; ESA teaching redone incl. rotation; checklist
item added for all PD trainees.
Wt 88.0kg, BMI 27.5.
"""),
("2022-04-12", "Dermatology Clinic Note", """
DERM - urgent new
55 M, PD x 1 yr, type 2 DM on insulin, no warfarin ever.
Since 3/30/22: tender lesion, L lateral thigh, at his darbepoetin injection spot.
PE: L lateral thigh - stellate retiform purpura 5x4cm, black central eschar (1cm),
surrounding induration. Abdomen: scattered insulin pen marks, no
lipohypertrophy, no purpura. Other thigh clear.
PD clinic labs Ca/PO4/PTH 9.1/6.9/760, Alb 3.4.
A/P: necrotic retiform purpura on dialysis = calciphylaxis until shown otherwise.
 - two 4mm punches at the margin (H&E, von Kossa)
 - no more injections in L thigh
 - f/u next week w/ results
"""),
("2022-04-26", "Nephrology Clinic Note", """
Renal clinic - Dr. Pellerin
Diagnosis: calciphylaxis, L lateral thigh, biopsy 4/12/22 (arteriolar calcification,
thrombosis, panniculitis; von Kossa +).
Lesion developed at the site where the pt has been self-injecting SC darbepoetin every
2 weeks since spring 2021 - trauma-site (Koebner) pattern.
Plan:
 - ESA changed to IV at monthly visit (no more SC)
 - sodium thiosulfate IV 3x/wk through infusion center; PD prescription intensified
 - stop calcium carbonate, start sucroferric oxyhydroxide 500 mg TID
 - insulin per endocrine, keep rotating abdominal sites
VS: 150/86, wt 87.4kg, BMI 27.3. Pain 6/10.
"""),
]}

A07 = {"patient_id": "A07", "age": 66, "sex": "F", "notes": [
("2024-02-20", "Emergency Department Note", """
ED PROVIDER NOTE - St. Aldric Community Hospital
CC: burn to L side
HPI: 66-year-old woman, HD Tue/Thu/Sat (last tx Sat), chronic low back pain. On the evening of
2/19 she heated a buckwheat heat wrap in the microwave for ~3 min and lay on it against
her L flank while watching TV; noticed blistering an hour later. No other injury.
PMH: ESRD (FSGS), HTN, hypothyroid. No DM. Meds: levothyroxine, sevelamer, nifedipine, no
anticoagulants.
Triage: 36.9C, pulse 88, 171/92, RR 16, 98% on room air. Height 165, weight 81.7 -> BMI 30.0.
Exam: L flank 6x4cm superficial partial-thickness burn, ruptured blister, pink moist
base, blanches. No circumferential involvement.
MDM: ~0.5% TBSA, outpatient care.
Plan: cleansed, bacitracin + nonadherent dressing, burn clinic f/u, no more microwaved wraps.
"""),
("2024-03-05", "Dialysis Unit Skin Assessment", """
Dialysis unit - monthly head-to-toe skin assessment (RN)
Pt: 66F, TTS 1st shift, L forearm AVF (thrill +, bruit +).
Braden: 20. Norton n/a.
Skin:
- L flank: healing burn from 2/19 (heat wrap), now pink, dry, re-epithelialized; no blister,
  no drainage. Pt uses lotion.
- sacrum/heels: intact, blanching.
- no other wounds, bruises or rashes.
Education: reinforced no heat wraps/heating pads on skin; pt verbalized understanding.
Pre-HD: 158/84, pulse 80, wt 82.0 kg.
Access cannulated w/o difficulty, 15g needles x2. Tolerated 4h run, no cramping.
"""),
("2024-04-02", "Dermatology Clinic Note", """
Dermatology follow-up
66 y.o. female on HD, BMI 30.0.
Seen 3/28 for a new tender spot on her L flank; punched then.
Path: calcified small subcutaneous vessels, thrombosed with fibrin, fat necrosis, von Kossa + ->
calciphylaxis.
Hx: lesion started about 10 days ago, within the healed scar of the heat-wrap burn of
February (L flank) - the new lesion arose on previously burned skin.
Exam: L flank indurated violet plaque 5x6cm, necrotic crust 1.5cm in the middle,
livedo at periphery.
Calcium 10.2, phosphate 6.2, PTH 702.
Plan: thiosulfate with dialysis (letter to Dr. Ferro), wound care, lidocaine patch, RTC 2 wks.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
