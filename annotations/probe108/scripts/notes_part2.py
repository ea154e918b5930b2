"""probe108 corpus notes, H08-H14 (inpatient hospital medicine; all invented)."""

H08 = {"patient_id": "H08", "age": 49, "sex": "M", "notes": [
("2026-01-05", "Admission H&P", """
Hospital Medicine H&P

CC: R belly wound, pain, "can't wear my work belt"

49M, ESRD since 2022 (HD Tu-Th-Sa, L upper arm graft) after FSGS, T2DM on insulin since 09/2023, obesity, works nights as a warehouse security guard. Presents via ED.

HPI: Around Christmas Eve he felt a hard, burning lump on the R lower belly. Over the next 10 days it turned purple, then developed a black center. Pt explains he does his Lantus + Humalog "pretty much always on the right side, down low, where it doesn't hurt as much." Since taking the warehouse job last January he also wears a loaded duty belt - radio, flashlight, cuffs - cinched tight, and the buckle/holster sits over that same spot for 12 hr shifts. No fevers. No injury otherwise.

Meds: insulin glargine 40u, lispro 8-12u AC, sevelamer 2.4 g TID, cinacalcet 60, calcitriol, amlodipine, carvedilol. No blood thinners.

PE: 37.2, 102, 164/96. Wt 118kg, BMI 36.4.
Abd: obese. R lower quadrant just above the inguinal crease, right where the belt line crosses: 4x3.5cm violaceous indurated plaque w/ 1.5cm central black eschar, netlike purpura extending 3 cm; firm nodules of lipohypertrophy around it. L abdomen clean.

A/P:
# R lower abd necrotic plaque where he injects insulin + belt-pressure point - calciphylaxis likely in ESRD, also consider infected lipohypertrophy / abscess. Bedside US: no fluid collection.
 - derm for bx; wound care
 - insulin to L thigh/arms only, no R abdomen
 - no duty belt; work note given
# ESRD - HD tomorrow, renal aware
# T2DM - BG 300s in ED, basal + correction
"""),
("2026-01-07", "Progress Note", """
PROGRESS NOTE - HM team 4

24h: derm punch bx R lower abd yesterday. Pain 8->5 w/ hydromorphone PO.
Exam: R lower abd plaque stable, eschar dry, no fluctuance.
Path prelim: small vessel calcification w/ microthrombi, fat necrosis. Von Kossa pending.

Problem list:
1) Probable calciphylaxis R lower abdomen - at both his usual insulin spot and where the duty belt presses. STS w/ HD planned.
2) ESRD HD - Phos 8.1, PTH 1340 -> nephro increasing cinacalcet, considering parathyroidectomy referral
3) DM2 insulin - BG 180-240
4) Obesity BMI 36
"""),
("2026-01-12", "Discharge Summary", """
DISCHARGE SUMMARY

Principal: Calciphylaxis, right lower abdominal wall - biopsy-proven (von Kossa positive)

Hx recap: pt first felt the painful lump on Christmas Eve 2025 at the R lower abdominal site used for nearly all his insulin since starting insulin in Sept 2023, and directly under the tightly worn duty belt he has used at work since Jan 2025.

Course: STS started (25 g IV w/ HD TTS). Sevelamer increased, calcitriol held. Wound dressed with calcium alginate + foam daily. Pt educated: rotate insulin to L thigh, arms; avoid belts / anything tight over the wound. Off work x 4 wk.

Weight at d/c 117.2 kg, BMI 36.1.
F/u: HD unit, derm 2 wk, surgery (parathyroid) eval.
"""),
]}

H09 = {"patient_id": "H09", "age": 66, "sex": "F", "notes": [
("2022-04-11", "Admission H&P", """
Admission Note - Medicine

66 yo F. Kidney failure, HD thrice weekly thru L brachiobasilic fistula, DM2 on insulin x 12 yrs, obesity, remote LLE DVT (2015, treated w/ warfarin 6 mos, off since), here w/ L lower abdominal sore.

HPI: Pain started 2 weeks prior - achy spot, L lower belly; then purple discoloration spread and she saw a black scab 3 days ago. She is right-handed and injects her insulin into the RIGHT side of her abdomen only - "I can't twist to reach my left side, never have." No heating pad, no tight clothes, no falls or bumps. Nothing else has gone into the L side.

Meds: insulin NPH 20u BID, sevelamer, cinacalcet, lisinopril, simvastatin.

Exam: afebrile. BMI 38.0.
R abdomen: soft lipohypertrophy at injection zone, skin intact, nontender.
L lower quadrant: 5x3cm retiform purpuric plaque, 1cm black eschar centrally. Very tender. No fluctuance.

Assessment: necrotic retiform plaque L lower abdomen in HD pt - suspect calciphylaxis; no local trauma identified (injection sites all on the R).
Plan: derm bx, wound care, STS per nephro if confirmed.
"""),
("2022-04-13", "Progress Note", """
PN HD3

S: sore, tolerating diet
O: VSS; L lower abd plaque slightly larger (5.5 x 3 cm).
Bx (4/12 L lower abd) resulted: calciphylaxis (subcutis: arterioles calcified & clotted off; necrotic fat).

#Calciphylaxis, L lower abd, proven on bx. STS TIW.
#DM2 on insulin - R abd sites ok, continue there.
#ESRD-HD
#Obesity
"""),
("2022-04-18", "Discharge Summary", """
Discharge summary

Final diagnosis: biopsy-confirmed calciphylaxis, L lower abdominal wall.
Pertinent: no injection or other trauma at that site - all her insulin has been injected on the R. Hx warfarin 2015 for DVT, not since.
Discharge wt 99.4 kg, BMI 37.6.
Plan: STS at HD, wound clinic, derm f/u 2 wk.
"""),
]}

H10 = {"patient_id": "H10", "age": 73, "sex": "M", "notes": [
("2022-08-22", "Admission H&P", """
H&P

73M, ESRD - HD Tue/Thu/Sat, permanent AF on warfarin, COPD, admitted after mechanical fall at home on 08/20 - tripped over the dog and struck his L calf against the metal bedframe. CT head neg in ED.

Of note, his daughter Renata says the painful black spot on that same calf was already there before the fall - "it started on the 1st of August, I remember because it was his birthday week." He had denied any bump or injury to the leg before that. No heat or ice used. Not diabetic.

Meds: warfarin 4mg (INR 2.6), diltiazem, tiotropium, sevelamer, calcium acetate.

Exam: BMI 26.0. Posterior L calf: 4x4cm necrotic plaque w/ black eschar and livedoid border (preexisting per family), adjacent fresh 3 cm ecchymosis and small skin tear from the fall. R leg nl.

A/P:
1. Fall - mechanical. PT/OT. No fx on XR.
2. L calf necrotic ulcer, onset ~3 wks ago, predating the fall - in HD pt on warfarin + Ca binder -> calciphylaxis concern. Derm bx.
3. AF on warfarin - cont for now, INR monitoring.
"""),
("2022-08-24", "Progress Note", """
Medicine PN

L calf: eschar + purpura unchanged; ecchymosis from the fall fading.
Derm punch (8/23) - calciphylaxis (medial calcification, thrombosis, panniculitis).

1. Calciphylaxis L calf, onset 8/1, bx-proven. STS on HD days; calcium acetate stopped.
2. Warfarin - d/w cards, switching to apixaban.
3. s/p fall 8/20 - PT rec home w/ rolling walker.
"""),
("2022-08-29", "Discharge Summary", """
DISCHARGE SUMMARY
Diagnoses: calciphylaxis of the left calf (biopsy proven; onset 08/01/2022, i.e. before the fall of 08/20/2022); mechanical fall with L calf contusion; ESRD on HD; permanent AF (warfarin -> apixaban).
BMI 26.0.
F/u HD for STS, wound clinic, PCP.
"""),
]}

H11 = {"patient_id": "H11", "age": 59, "sex": "F", "notes": [
("2019-10-03", "Admission H&P", """
Internal Medicine H&P

59F, ESRD on PD (CCPD, catheter L lower abd), DM2 on insulin, HTN, obesity. Presents w/ painful R buttock wound.

HPI: Began mid-September - a hard, tender area of the R buttock, turned purple, and the past week opened into a black sore. Denies any injury, fall, injection or pressure on that spot; she sleeps on her L side. Her insulin goes in both upper arms (daughter gives it, alternating arms). For about a week, daughter's been doing hot damp washcloth compresses on it 2x/day "to pull the poison out."

Meds: insulin degludec 22u, aspart SSI, sevelamer, calcitriol, nifedipine. No warfarin.

Exam: BMI 33.0. R buttock (upper inner quadrant): 5x4cm necrotic ulcer with black eschar and a ring of violaceous retiform purpura; moist, macerated edges. Upper arms: no lesions.

A/P: R buttock necrotic ulcer, ESRD on PD, insulin, obesity - calciphylaxis likely. Stop warm compresses (maceration). Derm bx. Wound c/s for debridement eval.
"""),
("2019-10-05", "Progress Note", """
PN

S: Pain 8/10 on sitting.
O: R buttock ulcer 5x4cm; punch bx taken at edge 10/4.
Plan: alternating pressure mattress; hydrogel; awaiting path.
Wound care RN: recommends surgical debridement of eschar once dx confirmed.
"""),
("2019-10-08", "Progress Note", """
Hospitalist progress note

Path: calciphylaxis - calcified small arteries with thrombi in subcutis, von Kossa +.

Problem list
1. Calciphylaxis R buttock. STS IV started. Gen surg did bedside sharp debridement of eschar today. Dressing: Dakin's 1/4 strength wet-to-dry BID.
2. ESRD on PD - continue CCPD.
3. DM2 on insulin - arms only.
4. Obesity BMI 33.
"""),
("2019-10-11", "Discharge Summary", """
D/C SUMMARY
Dx: R buttock calciphylaxis, punch bx 10/4/19 diagnostic, onset September 2019. Nothing injured that skin beforehand. Post-onset care: warm compresses by family (stopped), punch bx, sharp debridement 10/8, wet-to-dry dressings.
Other: ESRD (CCPD); T2DM, insulin into upper arms, obesity BMI 33.0.
Home health for dressings; STS infusion 3x/wk at PD unit.
"""),
]}

H12 = {"patient_id": "H12", "age": 61, "sex": "M", "notes": [
("2020-11-16", "Admission H&P", """
MEDICINE H&P

61 yo M, IgA nephropathy -> ESRD, dialyzing (HD, M/W/F) since 2017, HTN, class I obesity, gout. No DM (A1c 5.6). Sent in from HD for painful lesions on both thighs.

HPI: 3 wks of progressively painful purple mottling on both anterior thighs, now with ulcers. Pt flatly denies any injections in the legs ("they only stick my fistula"), no heating pad or hot packs, no tight clothing or straps, no falls or scrapes. No new meds. Never on warfarin.

Meds: calcium carbonate 1250 TID, calcitriol 0.5, allopurinol, losartan, EPO IV w/ HD.

Exam: BMI 31.2. Thighs: bilateral anterior and medial, large stellate violaceous retiform plaques, R with 2 shallow ulcers, L with 3 cm eschar. Tender. No edema.

A/P: bilateral thigh retiform purpura/necrosis, HD, calcium binder -> calciphylaxis? vasculitis? cholesterol emboli? Derm bx, vasculitis w/u. Stop Ca carbonate.
"""),
("2020-11-18", "Progress Note", """
Progress Note

Derm bx (R thigh, 11/17): arteriolar calcification and thrombosis, fat necrosis - calciphylaxis. Vasculitis w/u neg.

1. Calciphylaxis, bilateral thighs - STS with HD.
2. Anemia of CKD - nephro had planned to switch EPO to SC injections into the anterior thighs at HD next week; given the dx, EPO will stay IV with HD, no SC shots.
3. ESRD HD.
4. Obesity.
"""),
("2020-11-23", "Discharge Summary", """
Discharge Summary

Dx: biopsy-proven calciphylaxis of both thighs. Nothing traumatic, no shots, heat or pressure at either thigh (pt denies; planned SC EPO was cancelled and never given).
Comorbid: ESRD on HD, HTN, gout, obesity.
Wt down 4 kg with diuresis via UF; BMI 29.8 at discharge.
Plan: STS at HD MWF; sevelamer instead of calcium carbonate; derm + wound f/u.
"""),
]}

H13 = {"patient_id": "H13", "age": 70, "sex": "F", "notes": [
("2023-09-04", "Admission H&P", """
ADMIT NOTE - Hospitalist

70F, ESRD, CAPD; DM2 controlled w/ diet, AF on apixaban, admitted w/ PD peritonitis - effluent cloudy x 2d. Intraperitoneal vanc/ceftaz started in ED.

Skin exam on admission:
- R medial calf: 3 x 2 cm very painful purple plaque with central black dot; she reports it appeared roughly a month ago, "out of nowhere" - no bump, no injection, no heat there.
- Sacrum: stage 2 PI, 2x1cm; she's been bedbound most of this week feeling ill.
- L lower abd near PD cath: small resolving bruise from enoxaparin shot given at outside urgent care 8/30 before they switched her to apixaban.

Meds: apixaban, sevelamer, calcitriol, metoprolol, sertraline. No insulin, never warfarin.
BMI 28.4.

A/P:
1. Peritonitis (PD) - IP abx, cultures.
2. R medial calf lesion - ?calciphylaxis; derm to see.
3. Sacral pressure injury - offloading, foam dressing.
4. L abd ecchymosis - injection-related, benign.
"""),
("2023-09-06", "Progress Note", """
PN

Peritonitis: effluent clearing, cx Staph epi.
Derm: punch bx R medial calf 9/5 - histology shows calcified subcutaneous vessels, thrombi: calciphylaxis.
Derm also looked at the sacral wound and the L abd bruise: sacrum = ordinary pressure injury, abdomen = resolving injection hematoma; neither is calciphylaxis.

Problems
- Calciphylaxis R calf, bx-proven -> STS, nephro adjusting PD.
- Stage 2 sacral PI - turning q2h.
- DM2 diet.
"""),
("2023-09-11", "Discharge Summary", """
Discharge Summary
1. PD peritonitis (S. epidermidis) - complete IP vanc x 14d at home.
2. Calciphylaxis of R medial lower leg - biopsy-proven; no antecedent trauma to that leg.
3. Sacral stage II PI and L abdominal injection bruise - neither calciphylaxis; both improving.
ESRD on CAPD; DM2 (no insulin); BMI 28.4.
"""),
]}

H14 = {"patient_id": "H14", "age": 52, "sex": "F", "notes": [
("2025-05-19", "Admission H&P", """
HM Admission H&P

52 y/o F with ESKD, HD Tu/Th/Sat, insulin-treated DM2, AF (warfarin until 3 wks ago -> apixaban), morbid obesity (BMI 44.0), admitted for painful breast lesions.

HPI: Over the past month, exquisitely painful firm purple areas developed on the lower half of both breasts, now w/ black crusts. She injects insulin into her abdomen, rotating around the umbilicus. No bra/underwire problems per pt; denies heat, ice or injury to the chest.

Exam: bilateral inferior breasts - indurated violaceous retiform plaques with central necrosis, R 6cm, L 4cm. Abd: lipohypertrophy where she injects; skin otherwise intact.

Plan: derm bx; breast US to exclude abscess; STS discussion.
"""),
("2025-05-21", "Progress Note", """
Progress Note

Bx 5/20 R breast = calciphylaxis; pathologist describes calcified, clotted small vessels amid necrotic fat.
US: no abscess.

#Calciphylaxis, bilateral breasts - STS TIW with HD; warfarin already stopped 4/28.
#DM2 on insulin - abd injections, no lesions there.
#Morbid obesity.
"""),
("2025-05-27", "Discharge Summary", """
Discharge Summary

Dx: calciphylaxis, bilateral breasts, bx-proven.
Counseling done: hot or cold packs are off-limits for her skin, should keep injecting insulin away from any lesion, avoid tight bands, and report any new painful spot right away; warfarin avoided going forward.
ESKD HD, DM2 insulin, obesity BMI 44.0.
"""),
]}

PATIENTS = [H08, H09, H10, H11, H12, H13, H14]
