"""probe221 corpus notes, E08-E14 (injectable weight-loss / GLP-1 clinic and the clinics around it; all invented)."""

E08 = {"patient_id": "E08", "age": 46, "sex": "F", "notes": [
("2021-07-12", "Weight Management - Wegovy Start", """
WEIGHT MGMT CLINIC - WEGOVY START     7/12/2021
46F. Obesity class II, T2DM (metformin stopped for eGFR), ESRD on nightly cycler PD since 2020.
Very needle-phobic.

107.2kg | 164cm | BMI 39.8 | BP 128/82
A1c 7.6. No insulin.

Pen teaching completed. First 0.25mg dose given today -- pt self-injected into the L anterior
thigh with RN guiding her hand (abdomen avoided because of the PD catheter).
RN mentioned she could hold something cold on the spot for a minute beforehand if the needle
fear gets bad (she cried w/ today's shot).
Rotation: alternate L/R thigh, 1-2 inches from the previous site.
Titrate monthly. RTC 6 wks.
"""),
("2021-08-23", "Weight Management Follow-up", """
WT MGMT F/U 8/23/21   (46 F, PD, DM2)
Wegovy 0.5mg. Nausea 2/10, no vomiting, eating smaller portions.
Injection technique: she always uses the L thigh ("my right one is my good leg, I don't want it
sore"). Since July she straps a reusable freezer gel-pack onto the L front thigh for 10-15 min before each
weekly shot, and sometimes again afterward -- says it makes the needle painless.
Skin L thigh: a few pinpoint marks, mild cool pinkness, no nodules.
103.9kg, BMI 38.6.
Plan: numbing is ok but limit cold to 2-3 min with a cloth barrier. Re-taught R/L rotation.
Go up to 1mg.
"""),
("2021-10-04", "Dermatology - New Consult", """
DERMATOLOGY -- NEW CONSULT 10/4/21
46F, PD, T2DM, Wegovy weekly. Referred for a painful L thigh wound.
Onset mid-September: deep ache first, then a purple hard area that turned black.
Exam: L anterolateral thigh, indurated plaque 7x5cm with retiform purpura; necrotic centre 2x2cm.
R thigh: two faint needle marks, no lesions.
Incisional bx 9/29 (done by renal): calcified subcutaneous arterioles, clot in the lumen, fatty
tissue necrosis.
Imp: Calciphylaxis, biopsy-proven. It lies where she has injected Wegovy every week and iced the
skin before each dose -- both repeated local injury to the same patch of thigh.
Plan: stop L thigh injections; thiosulfate via the PD team; no ice/heat; wound care; pain plan.
"""),
("2021-11-08", "Peritoneal Dialysis Clinic", """
Peritoneal Dialysis Clinic -- 11/08/2021
46 y/o F on CCPD; calciphylaxis L thigh (bx 9/29), STS on M-W-F in the infusion
suite, day 30.
Wound now 6.5x4.5cm, eschar softening, pain 6/10 (was 9).
Labs: PTH420 (on cinacalcet) Ca9.0 PO4 5.4
Clearance on target (weekly Kt/V 1.9); peritonitis-free. Changed to a low-calcium solution.
DM: no insulin; Wegovy now into the R thigh only, per derm.
102.6kg, BMI 38.1.
Plan: continue thiosulfate, weekly wound care, derm follow-up in December. Pt tearful but
coping, SW to call re: transport.
"""),
]}

E09 = {"patient_id": "E09", "age": 61, "sex": "F", "notes": [
("2020-06-08", "GLP-1 Follow-up (telephone + photo)", """
GLP-1 FOLLOW-UP (phone + photos)      June 8 2020
61F, ESRD, dialyzes 3x weekly (Mon-Wed-Fri); T2DM, Ozempic 1mg monotherapy (insulin never required), AF on warfarin.
Weights from the dialysis unit: 92.8kg post-run; BMI 35.5.

Technique check over video: she pinches the R lower abdomen and injects there every week,
moving a little up or down each time; has never used her left side or her thighs --
"I'm right handed, the other side is awkward." Sites on the photos look clean.
A1c 7.1 (May).
GI: mild burping, no nausea.
Plan: continue 1mg. Fine to stay on the R side as long as she keeps an inch between spots.
Recheck by video in 2 mo.
"""),
("2020-08-03", "Nephrology - Dialysis Rounds", """
Dialysis rounds - 8/3/20
Pt c/o two weeks of pain in her L lower belly, now a "dark patch".
Exam: LLQ firm livedoid violaceous plaque 4x4cm, small ulcer at its centre, exquisitely sore.
R lower quadrant (her injection side): needle marks only, no induration.
INR 2.8 on warfarin. PTH690 Ca9.5 Phos6.9
A/P: query calciphylaxis; derm to biopsy. Talk to cardiology re warfarin -> apixaban.
Increase sevelamer, stop calcium.
Post-HD wt 91.6kg. Access: L AVF good thrill.
She asked whether Ozempic did this -- told her we don't know yet.
"""),
("2020-08-19", "Dermatology Consult", """
Dermatology -- 8/19/2020
61 F, HD, warfarin (changed to apixaban as of 8/10).
LLQ plaque biopsied 8/11: vascular calcification, thrombi -- calciphylaxis.
Exam: L lower abdomen, ulcer 5x4cm with eschar. R abdomen w/ faint injection marks, no
plaques. Thighs and legs clear.
Impression: Calciphylaxis, LLQ. It is on the other half of her abdomen from the semaglutide
spots; she has never once put the pen into the left side.
Plan: STS per renal w/ HD; dressings; analgesia. Continue Ozempic on the R side.
90.9kg, BMI 34.9.
"""),
]}

E10 = {"patient_id": "E10", "age": 59, "sex": "M", "notes": [
("2018-08-20", "Hemodialysis Rounds", """
HEMODIALYSIS ROUNDS   08/20/2018
59 M, ESRD (diabetic nephropathy), HD MWF, R arm fistula. DM2 on insulin detemir +
Ozempic (from the weight clinic).
New: R calf pain and a mottled purple area since early August, now with a small dark scab.
He can't remember hurting it.
Exam: R posterior calf, tender livedoid plaque 5x3cm topped by a 1cm black eschar. L calf normal.
Labs: PTH1240 Ca10.1 P7.8
A/P: ?calciphylaxis vs vasculitis -- derm consult. Binder adjusted; dialysate Ca lowered.
RN to photograph the calf at each run.
"""),
("2018-09-17", "Weight Management Return Visit", """
Weight Management -- return 9/17/18 (seen w/ his daughter)
Ozempic 0.5mg x5 mo, injects belly, rotation ok. Detemir 18u.
101.0kg, BMI 32.2 (from 104).
He has a known sore on his R calf (renal + derm following). Last Tuesday his car door swung
back onto that same calf while he was getting out -- bruise around the sore
and it bled a bit.
Exam: R posterior calf wound w/ eschar, new ecchymosis just medial to it.
Plan: keep GLP-1. Protect the leg -- padded sleeve. Told to call derm about the bump.
Diet diary reviewed, good.
"""),
("2018-09-25", "Dermatology Clinic", """
DERMATOLOGY CLINIC - 9/25/18
59M HD, DM2 on insulin, on Ozempic.
Punch biopsy R calf (8/28): subcutaneous vessels w/ medial calcium, thrombosed -- calciphylaxis.
The R calf lesion started early August, before any injury; the car-door knock on 9/11 landed on
the ulcer that was already there and bruised the skin around it.
Today the posterior R calf ulcer is 6x4cm, eschar, ecchymosis fading.
Dx: biopsy-proven calciphylaxis, R calf.
Plan: thiosulfate on HD days, leg protection, weekly wound care.
100.2kg, BMI 31.9
"""),
]}

E11 = {"patient_id": "E11", "age": 57, "sex": "F", "notes": [
("2025-02-10", "Metabolic Weight Clinic Follow-up", """
Metabolic Wt Clinic F/U   02/10/2025
57 F. BMI 47.1 (131.5kg, 167cm). T2DM on insulin degludec 60u + Mounjaro 7.5mg.
ESRD on HD TTS.
Her husband gives the Mounjaro in the back of her upper arms (she can't reach the belly under
the pannus and says her thighs are "too sore"), alternating arms. No site reactions.
Pannus: skin intact, no intertrigo today.
Plan: Mounjaro to 10mg. Degludec to 54u. CGM download reviewed -- time in range 62%.
Reviewed sick-day rules for the pen and for degludec.
RTC 8 wks.
"""),
("2025-04-08", "Wound Clinic - Initial Visit", """
WOUND CLINIC -- INITIAL VISIT   4/8/25
57F (HD; insulin-treated DM2), sent over by her dialysis nurse.
Wound: L lower pannus, ~8cm left of midline; it first appeared around St. Patrick's Day
(a sore hard violet lump); today 5.5x4cm black eschar, purpuric rim, nothing draining.
Since it appeared she has been laying hot wet washcloths over the lump -- advised to stop.
Procedure today: limited sharp debridement of loose necrotic edge at the rim (~1 cm2),
hemostasis w/ pressure. Alginate + foam, held down with paper tape.
Derm punch bx booked for 4/10.
"""),
("2025-04-22", "Dermatology Clinic", """
DERM -- 4/22/25
57 y/o F, HD. Pannus lesion L lower abdomen.
Punch bx 4/10 at the edge: path c/w calciphylaxis -- vessel-wall calcium, thrombosis, necrotic fat.
Exam: L lower abdomen eschar 6x4.5cm, bx site sutured, healing. Upper arms (Mounjaro sites)
normal. No lesions elsewhere on skin check.
Dx: calciphylaxis, pannus (left lower abdomen).
Plan: STS 3x/wk given on the dialysis unit, wound center for debridement / NPWT once the eschar lifts,
pain control. Continue Mounjaro in the arms.
Meds reviewed: no warfarin or other anticoagulant. Phos 6.1, PTH 590 at the unit.
Prognosis discussed frankly; she wants to keep dialyzing and follow the wound plan.
"""),
("2025-06-03", "Wound Clinic Follow-up", """
WOUND CLINIC F/U   6/3/25
L pannus calciphylaxis wound, eschar partly lifted. Serial sharp debridement today down to a
bleeding base; now 5.8x4.2x0.6cm. NPWT placed at -100 mmHg, changes 3x/wk at dialysis.
Periwound: mild maceration and stripping from the tape, protected w/ skin prep.
Sugars better -- endocrine stopped the degludec last week; on Mounjaro alone now.
126.9kg, BMI 45.5.
Pain 5/10 with dressing changes, premedicates w/ oxycodone 2.5mg. No fever, no cellulitis at
the margin, no undermining.
Plan: NPWT, thiosulfate ongoing, recheck in 2 wk.
"""),
]}

E12 = {"patient_id": "E12", "age": 66, "sex": "M", "notes": [
("2026-01-13", "Nephrology - HD Rounds", """
HD rounding 1/13/26  -- Westbrook Dialysis
66M, ESRD (PCKD), HD MWF via L AVF, atrial fib -- on warfarin; no diabetes. BMI 31.4 (obesity).
Painful purple-black blotches on both calves, dating from New Year's.
Exam: bilat posterior calves, net-like purpura, dusky-edged shallow ulcers R 2cm and L 3cm,
agonizing to touch.
Denies: injury or knocks, scratching, hot/cold applications to the legs, snug socks, compression hose.
No injections into the legs -- has never been on any injectable med.
PTH880 Ca9.7 P7.0 Alb3.0
Plan: worried this is calciphylaxis; derm to biopsy. Warfarin out, apixaban in.
Calcium-free binder.
"""),
("2026-01-27", "Dermatology Consult", """
Dermatology   1/27/2026
66M, HD. Bilateral calf ulcers x about 4 wk. Warfarin stopped 1/14.
Bx 1/16 L calf: calciphylaxis (vascular calcification, thrombi).
Exam: ulcers enlarging (R 3x2cm, L 4x3cm), eschar on each, livedo racemosa around them.
He again says nothing has hit or hurt his legs.
Dx: biopsy-proven calciphylaxis, both calves.
Counseling: keep heat, cold, tight bands and any needles away from the legs; phone the
clinic that day if a fresh spot shows up.
Plan: thiosulfate with HD, wound care, pain.
"""),
("2026-02-17", "Weight Management - New Consult", """
WEIGHT MANAGEMENT -- NEW CONSULT (transplant referral)   2/17/2026
66 M. Goal BMI under 30 for listing. 98.2kg, BMI 31.0. No DM (A1c 5.4). Off warfarin now
(apixaban).
Active calciphylaxis on both calves (derm + renal following).
Discussion: semaglutide would help, but we will hold off until the leg wounds are healing.
If started, he would inject into the abdomen only, never the legs, and rotate. Pen teaching
deferred. No prior injectable weight meds.
Diet: RD referral, 1.2 g/kg protein, low phos.
RTC 2 months.
"""),
]}

E13 = {"patient_id": "E13", "age": 64, "sex": "F", "notes": [
("2023-09-11", "Weight Management Follow-up", """
WEIGHT MANAGEMENT -- f/u   9/11/23
64F with T2DM, overweight (BMI 29.9), ESRD on CAPD. On Ozempic 1mg.
Lives with her daughter, who does the weekly pen for her, posterior L upper arm (pt has a
R hand tremor). Always the L arm, "because that's the side I sit on the bed."
A couple of small bruises there from the pen -- discussed.
No GI issues. 78.1kg.
A1c 7.0. No insulin.
Plan: continue; rotate between both upper arms and the abdomen, clear of the catheter exit.
"""),
("2023-11-06", "PD Clinic", """
PD CLINIC   11/6/2023
64 y/o F, CAPD, four 2-litre exchanges. Since late October the L forearm has had a dark, sore spot.
Exam: back of the L forearm, midway: violaceous plaque 3x2.5cm, indurated, black eschar in
the middle. Elbow and upper arm look normal.
Labs: PTH450 Ca10.2 Phos6.4 -- on calcium carbonate.
A/P: ?calciphylaxis. Urgent derm referral. Calcium carbonate swapped for sevelamer.
PD: Kt/V 1.7, UF adequate, exit site clean.
77.9kg, BP 134/76. She denies any knock or scratch to that arm.
"""),
("2023-11-20", "Dermatology Consult", """
DERMATOLOGY   11/20/23
64F, PD. L forearm lesion since late Oct.
Biopsy 11/9: calciphylaxis -- subcutaneous vessel calcification, thrombi, necrosis.
Exam: L dorsal forearm eschar 3.5x3cm w/ livedoid border, distal to the elbow. Posterior L
upper arm, where the daughter injects Ozempic: faint old bruising, no plaque, no induration.
Imp: Calciphylaxis of the L forearm, not at the injection area (separate region, normal skin
in between).
Plan: STS arranged through the PD nurses; dressings. Keep using the upper arms but alternate sides.
77.2kg, BMI 29.5.
"""),
]}

E14 = {"patient_id": "E14", "age": 69, "sex": "M", "notes": [
("2024-05-13", "GLP-1 Clinic Follow-up", """
GLP-1 CLINIC   05/13/24
69M, DM2 on glargine 24u + Mounjaro 10mg weekly, ESRD HD MWF. Never on warfarin.
Injects the lower abdomen, rotating. Reports itchy pink bumps at the last few injection spots,
each lasting a few days.
For sciatica he's used an electric pad under his L low back for ~2 months, usually
all night.
Exam: abdomen -- three 1cm pink, slightly firm nodules at recent injection sites, no purpura.
L low back: reticulated brown-red net pattern where the pad sits, no ulcer.
109.0kg, BMI 33.8
Plan: injection-site reactions -- rotate wider, let the pen reach room temp first. Heating pad:
stop, probably erythema ab igne. Derm to look at both.
"""),
("2024-06-10", "Dermatology Consult", """
DERMATOLOGY -- 6/10/2024
69 y/o man on HD, DM2. Three issues today: (1) abdominal bumps, (2) back discoloration,
(3) painful spots, both medial thighs, present about three weeks.
(1) Abdomen: small firm papulonodules at Mounjaro sites -- benign injection-site reaction;
these are not calciphylaxis.
(2) L low back: heating-pad erythema ab igne; skin soft, no necrosis; also not calciphylaxis.
(3) Bilateral medial thighs: symmetric stellate retiform purpura, centres starting to go
necrotic; R 6x4cm, L 5x4cm; firm; he winces on palpation. Nothing has injured the thighs.
Punch biopsies of (3) today.
Imp: (3) suspicious for calciphylaxis.
"""),
("2024-06-24", "Nephrology Clinic", """
Nephrology clinic   6/24/24
69M on HD. Derm biopsies of both medial thigh plaques (6/10): calciphylaxis, confirmed on both sides.
The abdominal injection bumps and the reticulated back rash were read by derm as unrelated.
Plan: thiosulfate 25 grams every run; calcium binder off, cinacalcet on; continue Mounjaro
(abdomen); insulin glargine 20u. Wound RN for the thighs.
Labs: PTH940 Ca9.8 P6.7
Pain 7/10 in the thighs -- low-dose hydromorphone after HD. Pt and wife understand the
prognosis; palliative care consult placed.
106.8kg, BMI 33.1.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
