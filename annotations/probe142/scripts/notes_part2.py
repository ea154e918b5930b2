"""probe142 corpus notes, D08-D14 (urgent care, EMS and the clinics around them; all
invented)."""

D08 = {"patient_id": "D08", "age": 52, "sex": "F", "notes": [
("2017-02-10", "Urgent Care Visit", """
WENDOVER WALK-IN CLINIC               02/10/2017   09:35
Provider: T. Brannigan, PA-C

CC: cut on ankle
HPI: 52 yo F caught her L ankle on the sharp metal corner of a bed frame last night around
10 pm. Bled "a lot", wrapped it in a dish towel, came in this AM. On PD for ESRD (diabetic
nephropathy); T2DM on Lantus + Humalog. Not on blood thinners.
VS: BP 138/82  P 80  T 98.2  SpO2 99%  Wt 77 kg  BMI 28.7  FSBG 212
Exam: L lateral ankle, a finger-breadth above the fibular tip - 3.5cm straight
lac, edges clean, into subcutaneous fat, no tendon exposed, no foreign body. DP 1+,
sensation intact.
Procedure - laceration repair, intermediate: 1% lidocaine plain 3 mL local. Irrigated 250 mL
NS. Closed w/ 5 simple interrupted 4-0 nylon. EBL minimal. Tolerated well.
Tdap given 2015 - up to date.
Plan: keep dry 24 h then gentle soap and water; sutures out in 10 days; keep sugars in range
to help healing. Return sooner for redness, pus or fever.
"""),
("2017-02-20", "Urgent Care Nurse Visit", """
WENDOVER WALK-IN CLINIC - NURSE VISIT (suture removal)          2/20/17

Pt returns for removal of sutures, L lateral ankle laceration repaired 2/10.
Wound: edges well approximated, dry, no erythema, no drainage, no dehiscence, mild tenderness
only. 5/5 sutures removed intact without difficulty. Steri-strips x3 applied.
Pt asks about ankle swelling - chronic mild pitting edema of both ankles, unchanged per pt,
related to fluid status on PD per her nephrologist.
Home BG log 120s-210s. Reminded to keep feet moisturized and check them daily w/ a mirror.
Instructed to call or return if the scar opens, darkens, or becomes painful. Pt verbalized
understanding. Seen with PA Brannigan, who agrees.
"""),
("2017-03-15", "PD Clinic Note", """
PD CLINIC - HOLLINS RENAL ASSOCIATES              March 15, 2017

52F on CAPD since 2014 (4 exchanges/day, 1.5%), T2DM on insulin, HTN.
New problem: exquisitely painful black wound along the healed laceration scar of the L
lateral ankle since 3/1/17. The cut (bed frame, 2/9) was sutured at a walk-in clinic and closed
nicely; then the scar turned purple and later black.
Exam: L lateral ankle - 3x2cm necrotic ulcer tracking along the scar line, reticulated purpura
around it for about 5 cm. DP weak, PT by doppler. No cellulitis.
Derm (Dr. Szabo) saw her 3/10 - punch bx: calciphylaxis with subcutaneous arteriolar
calcification.
Labs: PTH 410, Ca 9.9, phosphate 6.9, albumin 3.0, HbA1c 8.4
Assessment: calciphylaxis, L ankle, in the scar of the recent laceration and its suture repair.
- Na thiosulfate 25g IV, thrice weekly, Hollins infusion chairs
- off calcium carbonate; sevelamer 800mg with each meal
- switch to HD discussed; she would like to keep doing PD for now
- wound clinic referral; insulin per endocrine
"""),
]}

D09 = {"patient_id": "D09", "age": 60, "sex": "M", "notes": [
("2016-03-12", "Urgent Care Visit", """
CORNERSTONE URGENT CARE            3/12/2016
CC: R knee pain after twisting it

HPI: 60M slipped on wet tile in the church hall this morning and twisted his R knee; caught
himself on a table, did not go to the ground. Medial R knee pain 6/10, walking with a limp.
Kidney failure, on dialysis (Riverside unit); DM2 using NPH insulin BID; obesity.
VS: BP 164/90  pulse 82  temp 98.0  sat 97% RA  Wt 121 kg  BMI 38.0
Exam R knee: small effusion, medial joint line TTP, valgus stress painful w/o laxity, Lachman
negative, McMurray equivocal. L knee normal. Skin of both knees intact.
XR R knee 3 views: no fracture, mild DJD.
Dx: R knee MCL sprain, grade I (S83.411A).
Plan: hinged knee brace R; ice packs 20 min every 2-3 h for 48-72 h; elevate; acetaminophen
(no NSAIDs - ESRD). Crutches prn. Ortho if not better in 2 wks.
"""),
("2016-05-03", "Dialysis Rounding Note", """
HEMODIALYSIS ROUNDS              05/03/16          Dr. Prakash-Hale

60M, hemodialysis 3x/wk by R IJ permcath (L arm AVF not yet usable). DM2 on NPH.
New: painful dark area over the L inner knee since late April - "like a bruise but it
burns". Denies bumping or hitting the L knee. The R knee sprain from March has settled; brace
off since early April.
Exam: L medial knee - livid netlike purpura 5x3cm with central induration, very tender.
R knee: normal skin, no tenderness.
Pre-HD BP 170/92, wt 120.4 kg.
Labs: PTH 866; Ca 9.7; phos 7.6; alb 3.2.
Plan: ?early calciphylaxis - derm this week for biopsy. Start lanthanum, stop calcitriol.
"""),
("2016-05-17", "Dermatology Note", """
DERMATOLOGY - 05/17/2016

Bx 5/10, L medial knee: calciphylaxis (calcified subcutaneous microvessels,
thrombosis, fat necrosis).
The only lesion is on the L medial knee, now 6x4cm, eschar starting to form. The R knee - the
side he twisted in March and treated with a brace and ice - has no lesion and normal skin.
Insulin goes into the abdomen only; no injection marks near either knee.
Impression: calciphylaxis L medial knee. No history of trauma at this site.
Plan: thiosulfate on dialysis days as nephrology has arranged; wound care with hydrocolloid-free
dressings; avoid kneeling; recheck 2 wks.
"""),
]}

D10 = {"patient_id": "D10", "age": 67, "sex": "F", "notes": [
("2020-01-28", "Nephrology PD Clinic", """
NEPHROLOGY - PD CLINIC         01/28/2020

67F, ESRD (IgA nephropathy) on CCPD, paroxysmal AF on warfarin, hypothyroid. No diabetes.
C/o a tender purple area, L calf posteriorly, first seen 1/10/20. No injury, no
insect bite, no heat or cold applied.
Exam: L posterior mid calf, retiform purpura 4x3cm, indurated, no ulcer. Pedal pulses
palpable. Exit site clean.
BP 134/80, wt 86 kg, BMI 33.8.
Labs: PTH 350, Ca 10.3, P 6.4, INR 2.7
A/P: retiform purpura of the L calf; PD + warfarin - calciphylaxis is the worry. Derm
biopsy ASAP (called, seen next week). Stop calcium-based binder. Low-Ca dialysate.
"""),
("2020-02-11", "Dermatology Note", """
DERMATOLOGY             Feb 11, 2020

67F on PD, AF, on warfarin until today. Referred by nephrology for L calf purpura.
Punch bx L calf 2/4: calcium-encrusted media of subcutaneous arterioles (von Kossa +), small
fibrin thrombi. Dx: calciphylaxis.
The L posterior calf lesion now has a 1.5 cm central ulcer; surrounding retiform purpura
about 5 cm. Skin elsewhere (R leg, thighs, abdomen, buttocks) is clear.
Plan: went over the diagnosis and outlook with pt and her son for 30 min. Warfarin stopped today
per cardiology -> apixaban. thiosulfate (IV, thrice weekly) to be set up by the PD nurses.
Wound clinic referral.
Pt knows to protect the leg from bumps and to avoid heat on it.
"""),
("2020-03-19", "EMS Patient Care Report", """
EMS PCR - MEDIC 9           03/19/2020
Call: fall / lift assist with injury

67F tripped on a bath mat in her bathroom; her L side took the impact and the L lower leg
struck the bathtub rim. Skin tear to the L posterior calf, bleeding steadily - "right on my
calciphylaxis sore", per pt; her dressing was pulled off in the fall.
No LOC, no neck or back pain. Takes apixaban.
Assessment: A&Ox4, GCS 15. L posterior calf: 6 cm flap skin tear at the margin of an existing
ulcer with eschar, moderate oozing. No deformity, distal PMS intact.
VS: BP 148/86  HR 96 irreg  RR 18  SpO2 96% RA  BGL 98
Tx: direct pressure, non-adherent dressing, roller gauze, leg elevated.
Transport to ED for bleeding control and eval. COVID screening questions negative.
"""),
("2020-04-02", "Wound Clinic Follow-up", """
WOUND CENTER F/U          4/2/2020

L posterior calf - calciphylaxis ulcer (began January, bx-proven Feb) plus a skin tear
from the fall on 3/19, steri-stripped in the ED.
Measurements: calciphylaxis ulcer 3.5x2.8cm, 60% eschar, 40% yellow slough. Skin tear flap
partly adherent, no infection.
Selective debridement of loose slough w/ curette, minimal bleeding, tolerated with topical
lidocaine.
Wt 82.3 kg, BMI 32.9.
Plan: continue STS with PD team; apixaban (warfarin stopped in Feb); calcium alginate + bordered
foam, change every 2 days; RTC 2 wks.
"""),
]}

D11 = {"patient_id": "D11", "age": 55, "sex": "M", "notes": [
("2018-10-16", "Urgent Care Visit", """
NORTHSIDE URGENT CARE            10/16/18
CC: "boil" on R thigh

HPI: 55M w/ painful red-purple lump R front of thigh x ~10 days, thinks it is a boil. No fever.
ESRD; dialyzes at Northside Kidney Center (Tu/Th/Sa). DM2, insulin-treated - injects his
abdomen only, never the thighs.
Severe obesity.
VS: T 99.0  HR 96  BP 172/98  SpO2 97%  Wt 143 kg  BMI 44.2
Exam: R anterior mid thigh, 6x5cm area - indurated, dusky violaceous, very tender, mottled
edge; questionable fluctuance centrally.
Procedure: I&D attempted - 1% lidocaine, #11 blade, 1 cm incision. No purulence; small
amount of dark blood; firm yellow fat. Lightly packed.
A: R thigh, presumed abscess - no pus obtained, atypical.
P: clindamycin 300 mg QID x 7 d; packing out in 48 h; recheck 2 d or sooner.
"""),
("2018-10-24", "ED Provider Note", """
ED PROVIDER NOTE          10/24/2018

55M on HD sent from dialysis unit: R thigh wound worse after an urgent care I&D on 10/16 (no pus
found). Now 3 cm black necrotic centre with livedo extending ~10 cm. Pain 10/10.
VS: T 99.1, HR 104, BP 180/96, SpO2 96%.
Labs: WBC 10.8, lactate 1.4, CK 90. Phosphorus high at 7.8; calcium 9.9.
CT R thigh w/ contrast: subcutaneous stranding, extensive vascular calcification, no gas, no
drainable collection.
Derm consulted - 6mm punch taken at the margin in the ED.
MDM: calciphylaxis vs nec fasc - no gas on CT, LRINEC low, no crepitus, so infection felt
less likely. Surgery consulted - no emergent debridement. Admit to medicine, empiric
vanc/pip-tazo pending biopsy.
"""),
("2018-11-07", "Wound Clinic Note", """
WOUND CLINIC            11/07/18

Dx: calciphylaxis R anterior thigh, biopsy 10/24 confirmed. Onset early Oct 2018, before the
urgent care I&D.
Wound: 7 x 5 cm, 70% black eschar, boggy edges, serous drainage, no odor.
Procedure: sharp excisional debridement of nonviable tissue along the wound edges down to
bleeding tissue, 4 x 3 cm area, tolerated with topical lidocaine.
Insulin: abdomen only, sites rotated, no lesions there.
Wt 141 kg (BMI 43.6).
Plan: Dakin's quarter-strength moist gauze BID; STS with HD TTS; pain per palliative; RTC 1 wk.
"""),
]}

D12 = {"patient_id": "D12", "age": 49, "sex": "F", "notes": [
("2021-06-08", "EMS Patient Care Report", """
GREYSTONE RESCUE SQUAD - PCR          06/08/2021
CC: abdominal pain, "my skin is rotting"

49F, 911 called by daughter. Severe pain of the lower belly skin for 3 wks, now black areas
under the pannus on both sides. Denies fever, vomiting, diarrhea. Denies falls or any injury,
no insect bites, has not used any heat (pad, hot-water bottle) there. No injectable meds: no
insulin, no blood thinner shots.
PMH: ESRD on HD MWF (ran today), prediabetes (diet only), HTN, morbid obesity, OSA on CPAP.
Assessment: A&Ox4. Under the pannus, R and L lower abdomen: black eschars 3 and 4 cm with
surrounding purple mottling, exquisitely tender, no odor.
VS: BP 178/96  HR 104  RR 20  SpO2 95% RA  T 99.4  BGL 131
Tx: position of comfort on stretcher; pt declined IV and analgesia.
Transport to Greystone General ED.
"""),
("2021-06-10", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT             6/10/21

Reason: necrotic lower abdominal plaques.
49F on HD, morbid obesity, prediabetes.
Exam: lower abdomen both sides, under the pannus - two eschar-topped necrotic plaques (R 4x3cm,
L 3x3cm), retiform purpura around them. Thighs, breasts, buttocks clear.
Punch bx 6/9 from the L plaque edge: calciphylaxis (calcified subcutaneous arterioles, von Kossa
+, thrombi).
She denies any trauma, injection or heat at these sites.
Recs:
 - Please do NOT give SC heparin or enoxaparin into the abdomen. Primary team had ordered
   enoxaparin for DVT prophylaxis - cancelled before the first dose; SCDs instead.
 - Nothing hot or cold applied to the pannus.
 - Na thiosulfate 25g IV on HD days; wound care RN; pain control.
"""),
("2021-07-13", "Nephrology Clinic", """
NEPHROLOGY CLINIC            7/13/21

49F ESRD on HD MWF; biopsy-proven (June 2021) calciphylaxis on each side of the lower abdomen;
prediabetes (HbA1c 6.1%, diet); HTN; morbid obesity.
On thiosulfate 25g with every run, cinacalcet 60 mg, sevelamer. Lesions: R unchanged, L with a
little granulation at the edge per wound RN.
She wanted to know if a heating pad on the belly at night would be OK for the pain - told no,
and no ice either. If a panniculectomy is ever considered it would only be after healing;
surgical referral deferred.
BP 158/90, wt 131 kg, BMI 47.1.
Labs: PTH 402 / Ca 9.1 / P 5.6.
Plan: continue; recheck 4 wks.
"""),
]}

D13 = {"patient_id": "D13", "age": 73, "sex": "M", "notes": [
("2026-01-05", "EMS Patient Care Report", """
CITY OF ASHBOROUGH EMS - ePCR        01/05/2026      Medic 22
Call: fall, injured elbow

73M slid on an icy patch outside his dialysis unit after his run and landed on his
R elbow. No head strike, no LOC, got up on his own.
PMH: ESRD (dialysis 3x weekly at Ashborough Renal), DM2 - glipizide, CAD s/p PCI. Not on
anticoagulants; on clopidogrel.
Assessment: A&Ox4, GCS 15. R olecranon: 3 x 2 cm abrasion w/ minor bleeding and small
hematoma. Full ROM elbow, no deformity, distal pulse/motor/sensation intact. No other injuries.
VS: BP 132/70  HR 78  RR 16  SpO2 98% RA  BGL 156
Tx: abrasion irrigated with saline, covered with non-adherent dressing and gauze wrap.
Disposition: pt declined transport. Capacity intact, risks explained, refusal signed, daughter
present. Advised to see PCP or urgent care if pain, swelling or redness.
"""),
("2026-02-16", "Urgent Care Visit", """
ASHBOROUGH URGENT CARE            02/16/2026
Provider: K. Delacroix-Oduya, NP

CC: painful hard spot, posterior R arm x 1 wk
HPI: 73M on HD. A week ago noticed a sore, firm spot behind his R arm between shoulder and
elbow; now purple and worse, burning 8/10. Elbow scrape from his fall in early Jan has healed.
Denies any shots in that arm, no bug bite; BPs are only taken on his L.
VS: BP 146/80  HR 84  T 98.0  SpO2 98%  Wt 80 kg  BMI 26.0
Exam: back of R arm, mid-triceps level: 4x3cm firm violaceous plaque, border
netlike, no fluctuance. R olecranon: healed pink scar, no lesion. L arm AVF with thrill.
A: painful violaceous plaque, R arm, HD pt - panniculitis vs calciphylaxis.
P: same-week derm referral; no antibiotics; acetaminophen; ED if fever or rapid change.
"""),
("2026-03-03", "Dermatology Note", """
DERMATOLOGY              03/03/2026

73M - HD-dependent ESRD; DM2 managed with glipizide, never insulin; CAD.
Punch bx 2/19 (posterior R arm): calciphylaxis; subcutaneous microvascular calcification on
von Kossa, fibrin thrombi.
Exam: posterior R arm at mid-triceps level, roughly 10cm proximal to the olecranon tip:
necrotic plaque 5x4cm with early eschar. The abrasion from the January fall was on the point
of the elbow; it healed without problems and is separate from this plaque, which is on the arm.
Impression: calciphylaxis R upper arm, no trauma at the site.
Plan: thiosulfate on dialysis days; non-Ca binder; wound care; BP cuff and IVs to stay off the
R arm.
"""),
]}

D14 = {"patient_id": "D14", "age": 61, "sex": "F", "notes": [
("2023-01-22", "Urgent Care Visit", """
HILLCREST URGENT CARE          01/22/2023
CC: burn R hand

HPI: 61F grabbed a hot oven rack with her bare R hand ~1 h ago while baking. Ran cool water
10 min. Pain 7/10. ESRD, dialyzes Tue/Thu/Sat; fistula in L arm; atrial fib, takes warfarin;
no diabetes.
VS: BP 150/82  HR 88 irreg  T 98.4  SpO2 98%  Wt 85.3 kg  Ht 168.6 cm  BMI 30.0
Exam: R palm, across the proximal palm and base of the index and long fingers: linear
partial-thickness burn 6 x 1.5 cm with intact blisters. Fingers full ROM, cap refill brisk.
Dx: superficial partial-thickness burn R palm, <1% TBSA.
Tx: cleansed, blisters left intact, bacitracin, non-adherent dressing, loose gauze.
Plan: elevate; acetaminophen; recheck wound in 3 d; back sooner if fever, red streaks or pus.
"""),
("2023-03-06", "EMS Patient Care Report", """
WESTFIELD COUNTY EMS - PCR          03/06/2023
Call: fall / unable to get up

61F found on her bedroom floor by her son this AM; states she slid off the bed last evening
and could not get up - long lie approx 12 h, lying on her back with legs on the carpet. Did
not hit her head; never passed out.
PMH: ESRD on HD (missed Saturday), AF on warfarin, calciphylaxis of the lower abdomen
diagnosed last month (dressings in place).
Assessment: A&Ox4, weak. L heel: 3 cm non-blanching red area w/ intact blood blister. Sacrum
pink, blanching. Abdominal dressings clean.
VS: BP 104/60  HR 112 irreg  RR 20  SpO2 95% RA  BGL 92  Temp 97.6
12-lead: AF 110s, peaked T's.
Tx: lifted to stretcher w/ 3-person lift, heels floated on pillow, cardiac monitor, 18g IV R
forearm.
Transport priority 2 to Westfield Memorial ED (K 6.8 there).
"""),
("2023-03-21", "Dermatology Follow-up", """
DERMATOLOGY F/U              03/21/2023

61F on HD, warfarin for AF until last week (now apixaban), obesity.
Calciphylaxis of the bilateral lower abdomen, biopsy 2/17/23 confirmed; onset early Feb. Nothing
had injured, been injected into or heated the abdominal skin before it started.
Today also asked to look at two other wounds:
 - R palm: oven-rack burn from January, healed with a pink scar. Not calciphylaxis.
 - L heel: pressure injury (deep tissue) from lying on the floor 3/5-3/6, blood blister now
   unroofed with a clean base, healing. Not calciphylaxis - typical pressure injury.
Abdomen: eschars R 5x4cm, L 4x3cm, less purpura around them.
Plan: continue STS; heel offloading boot; pressure injury care per wound RN.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
