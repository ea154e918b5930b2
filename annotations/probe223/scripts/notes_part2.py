"""probe223 corpus notes, A08-A14 (haemophilia and bleeding-disorders centre and the clinics
around it; every person, place and sentence invented)."""

A08 = {"patient_id": "A08", "age": 52, "sex": "M", "notes": [
("2017-09-14", "Haemophilia MSK Clinic Physiotherapy and Orthotics", """
HTC MSK clinic - physio + orthotics    14 Sept 2017
52M severe haemophilia B (FIX <1), prophylaxis eftrenonacog 50 IU/kg weekly.
R ankle = target joint, end-stage arthropathy (Pettersson 9); 4 bleeds this year.
Renal: ESRD; dialyses Tu/Th/Sa, cause HIV-associated nephropathy; HIV suppressed on ART.
Not diabetic. BMI 27.5.
S: "ankle rolls on me on uneven ground."
O: R ankle eq 5 deg PF, inv/ev 25% of L, no effusion. Single-leg stance R 3 s.
Supplied today: lace-up ankle stabiliser with figure-of-8 straps, R, size L. The straps
cross over the lateral malleolus. Wear in shoes all day, every day.
Also: rocker-sole advice, 6 mm heel raise in the R shoe, calf stretches.
Review 3/12.
"""),
("2017-12-05", "Dialysis Rounds", """
Dialysis rounds  12/5/17
52 M, HD Tu-Th-Sa, L brachiobasilic fistula. Severe hemophilia B, HIV on ART (VL <50).
Nurse flagged a black sore on the outer R ankle at Saturday's session; pt says it first
showed up on Thanksgiving as a purple spot, then blackened.
Exam: eschar 2.5x2cm over R lateral malleolus, purplish rim; even light touch hurts.
Nothing draining. DP pulse felt.
Labs (today): iPTH 1040, Ca 10.1, phos 7.8, Alb 3.4.
A: ? calciphylaxis - high CaxP and PTH.
P: derm referral (biopsy needs FIX cover, contacted HTC), calcium acetate ->
sevelamer; cinacalcet 30 started; low Ca bath. Wt 87 kg (BMI 28.0).
"""),
("2017-12-19", "Dermatology Consult", """
Dermatology consult
Dec 19, 2017
HPI: 52 yo M (ESRD, HD; severe haemophilia B), R ankle lesion x about 4 wks.
Exam: R lateral malleolus - dry black eschar 3x2.5cm, retiform violaceous border,
indurated; pain ++. L ankle, calves and feet clear. No livedo elsewhere.
Bx: punch (4 mm) at the border on 12/12 after FIX 50 IU/kg at the HTC.
Path: medial calcium deposition within little subcutaneous arterioles, intravascular
thrombi; septal panniculitis. Diagnostic: calciphylaxis.
Assessment: calciphylaxis at the R lateral ankle.
- sodium thiosulfate on HD days (nephrology to order)
- wound care referral, keep eschar dry
- gabapentin 100mg post-dialysis (neuropathic pain)
RTC 3 weeks.
"""),
]}

A09 = {"patient_id": "A09", "age": 61, "sex": "M", "notes": [
("2025-11-18", "Haemophilia Centre Annual Review", """
ANNUAL COMPREHENSIVE REVIEW - Bleeding Disorders Centre, Fenwick Royal
18/11/2025
61M. Severe haemophilia A, no current inhibitor. Emicizumab 3 mg/kg every 2 weeks since
Jun 2021, self-injected - each dose goes in low on the left of the abdomen ("the left is my jab side").
Injection area checked: soft, no lumps, no bruising.
Joints: chronic R elbow + both ankles, HJHS 22 (unchanged).
Renal: ESRD from diabetic nephropathy, HD 3x/wk at the satellite unit.
T2DM: insulin glargine 30 u daily into the upper arms; metformin stopped.
Wt 112 kg, ht 178 cm, BMI 35.4 (obese). BP 150/84.
Bleeds in last 12 months: none. Dental check due.
Physio: keep up the exercise bike.
Plan: continue emicizumab; annual FVIII/inhibitor screen sent; review 6/12.
"""),
("2026-01-13", "Dermatology Urgent Clinic", """
Dermatology urgent clinic   13 Jan 2026
Referred by the dialysis unit. ESRD on HD, severe HA on emicizumab.
Hx: since Christmas, burning pain and a dark mottled patch on the R lower abdomen, spreading.
O/E: 9x6cm retiform purpura R lower quadrant reaching towards the R flank, 2 central
eschars, exquisitely tender.
L lower abdomen (his emicizumab side): normal skin, no induration or purpura. Upper arms
where the insulin goes: clear.
Imp: calciphylaxis probable. Not at any injection site - every injection he has had went on
the opposite side or into the arms.
Plan: two 4 mm punch biopsies 15/1 (HTC: small FVIII dose beforehand as he is on
emicizumab); renal asked to begin STS without waiting for histology.
"""),
("2026-02-03", "Haemodialysis Consultant Review", """
HD consultant review  03/02/26
Punch biopsies 15/01: subcutaneous arterioles calcified and clotted -> calciphylaxis.
R lower abdominal wall lesion 9.5 x 6 cm, eschar stable, no sepsis.
Pain 7/10 - fentanyl avoided, on hydromorphone 1 mg prn.
Labs: adj Ca 2.38, phosphate 1.92, PTH 88.
Actions: STS 25g after each dialysis (3/wk) continues; cinacalcet 60 mg; stop alfacalcidol.
Insulin glargine reduced to 24 u (hypos). Emicizumab unchanged, L abdomen.
Weight 110.6 kg, BMI 34.9. Extended hours HD discussed.
Wound nurse reviewing twice weekly; photos uploaded to the record.
"""),
]}

A10 = {"patient_id": "A10", "age": 70, "sex": "F", "notes": [
("2020-03-31", "Peritoneal Dialysis Clinic", """
PD CLINIC 31/03/2020 (face to face - seen despite COVID restrictions, urgent)
70F on CAPD 4 exchanges/day, ESRD from hypertensive nephrosclerosis. VWD type 2A (HTC).
AF: warfarin discontinued 2019 (GI haemorrhage); rate control only.
Prediabetes, HbA1c 43 - not diabetic, no meds.
Painful lump on her inner L thigh for 2 weeks, now purple and hard, can't bear the sheet on it.
O/E: 5x3cm violaceous indurated plaque L medial thigh with early central dusky change.
No other lesions. Exit site fine.
Wt 76.8 kg, ht 160 cm, BMI 29.9. BP 146/70.
Ca 2.55, PO4 2.2, PTH 66.
Imp: ?calciphylaxis.
Plan: urgent derm (tele first), HTC re VWF cover for biopsy. Stop calcium carbonate.
"""),
("2020-04-09", "Dermatology", """
Dermatology - 9 April 2020
70 y.o. woman with VWD 2A on CAPD, lesion inner L thigh since mid-March.
Seen in person. 6x3.5cm retiform purpura, eschar centrally, L medial thigh, livedo
around it.
Biopsy: 4 mm punch today, after Wilate 40 IU/kg at the HTC 1 h earlier. Haemostasis ok.
Path (same-day frozen + formal): calcium encrusting subcutis arterioles, thrombosed,
necrotic fat lobules - calciphylaxis.
Plan: STS intraperitoneal vs IV - renal to decide. Pain: paracetamol, low dose oxycodone.
Nurse to dress twice weekly.
"""),
("2020-04-22", "Haemophilia Centre Telephone and Urgent Review", """
HTC urgent review (phoned in, then seen)  22/04/20
Fell in the garden on 20/04/2020 tripping over a hose, landed on her L side.
Now large tender haematoma L medial thigh just above the existing calciphylaxis wound
(daughter says the wound looks no different).
Haematoma 12 x 8 cm, skin intact. Hb 98 (from 104).
VWF:RCo 0.18. Given Wilate 40 IU/kg; repeat 24 h.
No head injury, no other bruises. Hip XR normal.
Advised rest, limb elevation, no ice directly on the calciphylaxis wound.
District nurse to check daily.
"""),
("2020-05-12", "Wound Clinic", """
Wound clinic  12-May-2020
L medial thigh calciphylaxis ulcer: 5.8x3.4cm, edges of the eschar lifting, slough 40%.
Haematoma above it (from the fall on 20 April) resolving, yellow, soft.
Note for the record: the ulcer was there a month before the fall, so it cannot be
blamed on the fall.
Dressing: hydrogel to slough, foam border. Twice weekly via DN.
Pain 5/10.
On IP STS via CAPD since 24/4.
BMI 29.9 today. Not on warfarin (stopped last year).
Daughter doing her shopping; walks indoors with a stick.
"""),
]}

A11 = {"patient_id": "A11", "age": 55, "sex": "M", "notes": [
("2019-06-04", "Dermatology", """
Dermatology   06/04/2019
55M moderate haemophilia A (FVIII 2%), on emicizumab 1.5 mg/kg weekly, abdominal injections.
ESRD (HD). T2DM, insulin-treated (Humalog Mix 25, pen into the abdomen).
CC: R calf nodules, painful, x10 days.
Exam: R posterior calf - cluster of three firm tender violaceous nodules on a livedo
background, the largest 2.5 cm with a dusky centre. Abdomen: lipohypertrophy, no purpura.
L leg clear.
Procedure: punch bx 4mm of the largest nodule after FVIII 25 IU/kg (HTC), pressure
5 min, 1 suture.
Impression: suspect calciphylaxis; ddx panniculitis, vasculitis.
Plan: await path; renal informed.
"""),
("2019-06-25", "Haemophilia Centre Surgical Liaison Note", """
HTC surgical liaison note   25-Jun-2019
Punch path reported 07/06: calciphylaxis - calcified small vessels, thrombi, necrotic fat.
R calf lesion progressed to 6x5cm eschar with wet slough.
Sharp surgical debridement in theatre 21/06 under FVIII cover (bolus 50 IU/kg, then
25 IU/kg 12-hourly x 3 days); trough FVIII 0.62. Blood loss minimal.
Emicizumab continued throughout.
Post-op: NPWT applied to the R calf by plastics, change 3x/week.
BMI 34.0. BG 8-12 on insulin.
Plan: wound team, STS via renal, review in 4/52.
"""),
("2019-07-16", "Wound Care", """
WOUND CARE  7/16/19
R posterior calf calciphylaxis wound, post debridement.
Size: 5.6 x 4.8 x 0.7 cm, 60% red granulation, 30% slough, 10% eschar at the upper margin.
NPWT 125 mmHg continuous, black foam; canister 40 mL/48 h serous.
Periwound: adhesive drape causing mild stripping inferiorly - barrier film added.
Pain 4/10 at change.
Wt 104.3 kg, BMI 33.8.
Plan: continue NPWT 3x/wk, recheck in 2 wks, consider split-skin graft when clean.
Continue STS on HD days.
Plastics clinic booked for August to talk about grafting.
"""),
]}

A12 = {"patient_id": "A12", "age": 48, "sex": "M", "notes": [
("2019-02-12", "Haemodialysis Unit Nephrology Note", """
HD unit nephrology note - 12 February 2019
48M mild haemophilia A (FVIII 0.22), ESRD (FSGS) on HD.
Non-diabetic. Never on warfarin. Morbid obesity, BMI 41.2.
S: both buttocks increasingly painful for 3 weeks, now can barely sit through dialysis.
Denies any falls, any IM injections or jabs into the buttocks, heat pads or ice.
O: bilateral buttock areas of firm, net-like purple discolouration with a small dusky
centre on the R. Sacrum intact.
Labs: Ca 2.49, PO4 2.6, PTH 104 pmol/L.
A: buttock lesions, ?calciphylaxis.
P: derm urgently; HTC about FVIII cover if biopsy; stop calcium-based binder.
Advise against sitting on hard surfaces for long.
"""),
("2019-02-19", "Dermatology Consult", """
Dermatology consult, 19/02/2019
Bilateral gluteal retiform purpura - R 10x8cm, L 7x6cm, with a 2cm R-sided eschar;
exquisitely tender.
Trauma history reviewed again - falls: none; injections to that area: none; hot/cold
applications: none; recent surgery: none. He sleeps on his side.
Impression: calciphylaxis - clinical diagnosis, typical site in obesity and ESRD.
Plan: confirmatory punch biopsy would need FVIII cover; discussed with HTC; pt prefers to
start treatment without a biopsy for now. If new lesions appear we will re-discuss.
STS with dialysis; pressure-relieving cushion.
"""),
("2019-03-05", "Haemophilia Centre Review", """
Haemophilia Centre review  05.03.19
Referred re FVIII cover; no biopsy wanted at present.
Known buttock calciphylaxis (clinical dx, derm 19/2) on sodium thiosulfate with HD.
Mild HA: FVIII 0.22, no bleeding history beyond dental.
We discussed emicizumab: not indicated for mild HA at present. If surgery or debridement
is ever needed, octocog alfa cover per protocol would be planned.
Weight 128 kg, BMI 41.2. BP 164/92.
No falls, no new bruises.
Dental: extractions next year should need tranexamic acid alone.
Plan: cover protocol filed; review 6 months.
"""),
]}

A13 = {"patient_id": "A13", "age": 39, "sex": "M", "notes": [
("2022-10-04", "Haemophilia Centre Bleed Review", """
Haemophilia Centre - bleed review, Tue 04/10/2022
39M severe haemophilia A on simoctocog prophylaxis, ESRD on APD (Alport).
R elbow (target joint) haemarthrosis from Sunday, swollen + hot, held at 90 deg.
Treated: simoctocog 40 IU/kg at home Sun + Mon, again today.
Since Sunday he has iced the R elbow with packs, 15 min at a time, cloth barrier.
O: R elbow ROM 40-100 (baseline 20-130). Skin over elbow intact, no bruising.
Forearm and hand normal.
Not diabetic. No anticoagulants. BMI 24.0.
Plan: daily prophylaxis x 5 days, sling, physio in 1 wk.
"""),
("2022-11-15", "Dermatology", """
DERMATOLOGY   15-Nov-2022
39M, APD, severe HA. Referred: painful black patch on the R forearm since about 1 November.
O/E: R dorsal forearm, mid-shaft, about 10 cm below the olecranon: necrotic plaque 3x2.5cm
with violaceous rim and livedo. The elbow skin itself is normal, no scarring or
discolouration. L arm, trunk, legs clear.
Pain 7/10; the forearm throbs enough to wake him. Afebrile. No further elbow bleeds since October.
Bx: 4 mm punch 15/11 with FVIII cover from HTC.
Impression: calciphylaxis suspected.
Addendum 22/11: path confirms calciphylaxis.
"""),
("2022-12-06", "Peritoneal Dialysis Clinic", """
PD clinic  06/12/2022
Calciphylaxis R mid forearm (bx 15/11). Lesion 3.2x2.8cm, dry eschar.
Pt asked if the ice on his elbow in October caused it; explained the lesion is well away
from the elbow in the middle of the forearm, and the elbow skin was never damaged.
Adequacy: RRF 300 mL/d, Kt/V 2.0.
Ca 2.58, PO4 2.44, PTH 71.
Plan: IP STS x3/wk, binder: Ca acetate swapped for sevelamer. Cinacalcet 30mg added.
Wt 73.1 kg, BMI 24.0.
Pain settling on paracetamol + codeine 15 mg at night.
"""),
]}

A14 = {"patient_id": "A14", "age": 66, "sex": "F", "notes": [
("2023-01-17", "Haemophilia Centre Urgent Bleed Visit", """
HTC urgent visit - 17/01/2023
66F, mild haemophilia B (FIX 0.22, skewed lyonisation), ESRD (HD), insulin-treated
T2DM (lispro + glargine, injects thighs), obesity BMI 39.1.
Fell at home on 15/01/2023, L shin struck the coffee table.
O/E: 6 x 5 cm tense haematoma L pretibial area with a 3 cm skin split, oozing.
Given nonacog 40 IU/kg. Wound cleaned, steri-strips, non-adherent dressing.
Advised ice wrapped in a towel 10 min several times a day, elevation.
Ortho: no fracture on XR.
DN to review wound in 3 days.
"""),
("2023-03-07", "Dermatology", """
Dermatology clinic   7 March 2023
Referral from renal: painful hard areas under both breasts since February.
O/E: indurated plaques under both breasts showing retiform purpura; left 8x5cm with
a small eschar, right 6x4cm.
L shin: healing pretibial wound at the site of January's haematoma, granulating,
clean edges - a typical traumatic pretibial laceration, not calciphylaxis.
Thighs (insulin sites): lipohypertrophy, no purpura.
Procedure: 4 mm punch L breast plaque edge with FIX cover.
Plan: STS with dialysis once confirmed; loose soft garments, no underwired bra.
Addendum 10/03/23: fast-tracked path - calcified subcutaneous arterioles with thrombi,
i.e. calciphylaxis. Renal informed.
"""),
("2023-03-28", "Haemodialysis Review", """
HD review - 28 Mar 2023
Calciphylaxis, both breasts, biopsy-proven (derm 7/3). Pain 6/10, sleeping better.
L shin laceration from the January fall now healed completely.
STS 25 g with each session since 9/3. Cinacalcet increased.
Pre-dialysis BP 148/72, weight 101.4 kg, BMI 39.1.
Insulin: reduced glargine 18 u, hypos x2 on dialysis days.
Dressings: foam under each breast, district nurse changes them.
Phosphate 1.8 on sevelamer. FIX 0.24 - no factor needed for dressing changes.
Plan: continue, wound team for breast dressings weekly.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
