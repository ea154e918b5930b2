"""probe254 corpus notes, B01-B07 (HOMEWARD interview transcripts and the clinic notes around them; all invented)."""

B01 = {"patient_id": "B01", "age": 61, "sex": "F", "notes": [
("2023-03-02", "Nephrology Clinic Note", """
NEPHROLOGY OUTPATIENT - Quillan Street Kidney Clinic
Date of visit: 02 Mar 2023

61F w/ ESRD sec to diabetic nephropathy, on centre HD, Tu+Th+Sat, using a L
radiocephalic AVF (since Jan 2020). Quarterly review. Consented today to the HOMEWARD interview study.

DM2 - on insulin since the autumn of 2018: glargine 30u at bedtime plus mealtime aspart.
Every injection goes into her R thigh - "that leg stings least". Reminded to rotate
sites; she is not keen.
No anticoagulants, never on warfarin. No prior skin problems.

Exam: BP 148/82, dry wt 90.5 kg, BMI 33.4 (obese). Thighs and abdomen not examined today.
Labs: K 5.1; Ca(corr) 9.4; phosphorus 6.8 mg/dL; iPTH 612 pg/mL.
Plan: increase cinacalcet to 60 mg, binder review w/ dietitian, f/u 3 mo.
"""),
("2023-06-20", "Research Interview Transcript", """
HOMEWARD study - interview transcript, participant B01 (interview 1 of 2)
Recorded 20/06/2023, side room of the Quillan Street HD unit, during her run.
Q = interviewer (T.O.), A = participant. Verbatim; [..] = pause, (xx) = inaudible.

Q: You mentioned before we started that something's been bothering you on your leg?
A: Oh, yeah. Um [..] it's my right leg. Up top, the thigh. It's, it's like a bruise that went
black in the middle, you know? And it hurts, oh my God, worse than the needles in my arm.
Q: When did you first notice it?
A: Mother's Day. My daughter took me out to lunch and I couldn't sit right. [..] Yeah.
Q: Had anything happened to that spot before?
A: Well (laughs) that's where I do my insulin. Every day, same place. The nurses always said
move it around, move it around. I didn't listen. (xx)
Q: And on dialysis days?
A: Can't lie back in the chair, it rubs.
"""),
("2023-06-27", "Dermatology Consult", """
DERMATOLOGY CONSULT
Reason: painful R thigh lesion, ESRD on HD

HPI: 61 yo woman on HD w/ insulin-treated DM2. Onset 05/14/2023 (Mother's Day per pt): a
sore dusky area, R thigh, since ulcerated. She has injected glargine and
aspart into this thigh daily for ~5 yrs.
Exam: R anterolateral thigh - 6x4cm retiform purpura; black adherent eschar centrally
and a fan of livedo beyond; extremely tender to light touch. L thigh, abdomen, buttocks clear.
Path (punch bx R thigh 6/23/23, S23-4471): small subcut vessels show calcified walls (von
Kossa positive) plus intimal thickening, fat necrosis - diagnostic of calciphylaxis.
Assessment: R thigh calciphylaxis, which has arisen exactly where she injects insulin.
- thiosulfate 25g IV, post-HD, x3/wk
- stop injecting the R thigh; use abdomen / upper arms
- wound RN for dressings
Wt today 89.6 kg.
"""),
]}

B02 = {"patient_id": "B02", "age": 67, "sex": "M", "notes": [
("2022-12-08", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC - Hollins Bay Renal Unit
8.12.2022

67M. IgA nephropathy -> ESRD; automated PD since 2021, 5 cycles overnight, UF satisfactory.
No DM. Anticoag: warfarin (AF), INR 2.6 today, dose unchanged.
C/o painful cramps in the L calf at night. Since mid-November he has had a hottie (hot-water
bottle) tucked behind his L calf in bed, "most of the night". Skin of both
calves intact today. Explained burn risk; suggested a towel round the bottle at least, and
calf stretches instead.
Exit site (right of the navel) clean, no tunnel tenderness.
Weight 84.1 kg; BMI 27.5.
Plan: check Mg, stretches, review in 6/52.
"""),
("2023-01-24", "Research Interview Transcript", """
HOMEWARD study - transcript B02, interview 1
24 January 2023, home visit, participant's kitchen. Q = interviewer (M.S.), A = participant;
his wife (W) joined partway. Pauses shown as ...

Q: So the machine runs overnight. How's sleep been?
A: Terrible, to be honest with you. The cramps, and now this leg.
Q: Tell me about the leg.
A: Well... it was the day after Christmas, I took the bottle away in the morning and there was
a, a purple blotch behind the calf. Left one. Where the bottle always sits.
W: Like a map, he said. All lines.
A: Then it went hard, then black in the centre. Week or so after.
Q: How was that, for you?
A: Um... frightened, I suppose. You think, that's it, there goes my leg. ... I've stopped the
bottle now. Doctor says no heat at all.
"""),
("2023-02-03", "Dermatology Clinic Letter", """
DERMATOLOGY - Hollins Bay
03/02/2023 [dd/mm]

Referred by PD team: painful necrotic ulcer, L posterior calf.
Hx: onset 26/12/2022 as a net-like purple patch, ulcerated ~1 wk later. He had kept a hot-water
bottle on this exact spot nightly from mid-Nov 2022 for cramps.
O/E: L posterior calf 5x3cm ulcer (eschar, black) edged by retiform purpura, livedo
reaching the popliteal fossa. R leg normal. Pedal pulses present.
Incisional biopsy 27/01/2023: arteriolar medial calcification (dermis + subcutis),
luminal thrombi; in keeping with calciphylaxis.
Impression: calciphylaxis, L calf, where heat was repeatedly applied.
Plan: warfarin switched to apixaban (agreed with haematology), STS via PD team, dressings,
analgesia. BMI 27.1.
"""),
]}

B03 = {"patient_id": "B03", "age": 54, "sex": "F", "notes": [
("2023-08-15", "Research Interview Transcript", """
HOMEWARD - interview transcript, B03
Date: Aug 15 2023. Place: HD unit, chair 9, second hour of treatment.
Q = interviewer (T.O.); A = participant. Verbatim incl. fillers; [p] = pause over 3 s.

Q: What's been hardest this summer?
A: Honestly? This sore. Under my, um, under my left breast. [p] Right in the crease.
Q: When did it start?
A: In July, sometime in July. Like a hard red lump and then, yeah, it opened up.
Q: Had you noticed anything there before?
A: So, okay, in January I bought these new bras, the underwire kind, and the wire on the left
always dug in. I'd take it off at night and there'd be a red groove, every night. Kept
wearing them 'cause they cost a fortune (laughs), which is dumb.
Q: Not dumb.
A: And the right side never bothered me. Just the left.
"""),
("2023-08-22", "Dermatology Consult", """
Dermatology consultation - 08/22/2023
54F ESRD on HD, DM2 (linagliptin), BMI 41.2. Seen for a painful L inframammary lesion.
HPI: began July 2023 as a tender nodule in the L inframammary fold, right under the
pressure line of her underwired bra (new bras since Jan 2023); now ulcerated. No fever.
Exam: L inframammary fold 4x2.5cm ulcer w/ necrotic base, indurated violaceous border,
livedo spreading onto the underside of the L breast. Opposite fold: mild redness only.
Ddx: calciphylaxis vs intertrigo with secondary infection vs pyoderma gangrenosum.
Plan: two 4mm punches from the ulcer edge today. Soft wire-free bra. Will phone results.
"""),
("2023-09-05", "HD Rounding Note", """
HD ROUNDS  5-Sep-23
Seen on the machine. Path from derm bx (8/22): calcium encrusting the walls of
fat-lobule vessels, some thrombosed, lobular panniculitis -> calciphylaxis, L breast.
STS 25g IV infused late in each run, x3 weekly, from today. Swap CaCO3 for
sevelamer 1.6 g with meals. Discuss cinacalcet (PTH 804).
PMH: DM2: linagliptin only - no insulin at any point. Provoked DVT 2012 treated w/ warfarin
until 2014, no anticoagulant since.
Obesity, BMI 41.2. Dry wt 112 kg.
Analgesia: oxycodone 5mg prn; wound RN twice weekly.
"""),
]}

B04 = {"patient_id": "B04", "age": 72, "sex": "M", "notes": [
("2022-10-12", "Discharge Summary", """
DISCHARGE SUMMARY - Pembury General, Ward 6B
Admit 10/03/2022 - Discharge 10/11/2022
72M with ESRD, dialysing Mondays/Wednesdays/Fridays on a R brachiobasilic fistula; HTN, gout, old CVA 2019 on clopidogrel.
No diabetes. No warfarin.
Dx: RLL community-acquired pneumonia.
Course: ceftriaxone + azithromycin. Peripheral IV placed L volar forearm 10/3/22 in ED;
mild phlebitis, moved 10/7 to the L hand, dorsal aspect. Old L forearm site still tender
and red at discharge, kept under tape one more day. HD continued on the ward per schedule.
Discharge wt 73.8 kg; BMI 24.0.
Follow-up: HD unit to keep an eye on the L forearm cannula site; PCP 2 wk.
"""),
("2022-11-02", "Research Interview Transcript", """
HOMEWARD interview - participant B04 - 2 Nov 2022
Interviewer: R.K. (Q). Participant (A). Recorded chairside, Pembury HD unit.

Q: Last time you said the hospital stay knocked you about. How are you now?
A: Better in the chest. [pause] But, uh, this arm. Look.
Q: Your left arm?
A: Left, yeah, the forearm, where they put the drip in, in the hospital. It was just sore
when I came home, a bit red. Then, I dunno, the nineteenth? Nineteenth of October, a black bit
came up in the middle, and now it's spreading out like, like a spider.
Q: Has anyone looked at it?
A: The nurses here, yeah, they're sending me to the skin doctor. Next week.
Q: How do you feel about that?
A: Eh. (laughs) At my age you get used to being poked.
"""),
("2022-11-09", "Dermatology Consult", """
DERMATOLOGY CLINIC  9 November 2022
Referral from HD unit. 72M, HD-dependent, not diabetic.
Hx: peripheral IV cannula in the L volar forearm 3 Oct 2022 during an admission for
pneumonia, complicated by phlebitis. From 19 Oct 2022 a central black area with a spreading
purple net developed at that site.
Exam: L volar forearm - 3 x 3.5 cm stellate eschar with retiform purpura border, indurated,
very tender. No other skin lesions. R arm AVF with good thrill.
A: Calciphylaxis (clinical diagnosis) of the L forearm at a previous cannula site -
ESRD, high phosphate, classic morphology.
P: 4 mm punch bx taken today to confirm; STS with HD; wound RN; review 2 wk.
"""),
]}

B05 = {"patient_id": "B05", "age": 49, "sex": "F", "notes": [
("2024-02-20", "Hospital Progress Note", """
Hospitalist progress note - HD#6 - 02/20/24
49F ESRD on HD (TTS), T1DM since age 11, admitted 2/14/24 after slipping on a wet step at
home -> closed L bimalleolar ankle fx, ORIF 2/16.
DVT ppx: enoxaparin 30mg subcut once daily, started 2/15/24; nursing gives it in the R lower
abdomen only, because of a large ventral hernia on the L.
Insulin: glargine 14 u + lispro per carb count; her insulin she gives herself in both arms
(posterior).
Wt 78.9 kg, BMI 29.0 - overweight.
Never on warfarin.
Plan: PT/OT, non-weight-bearing L leg, rehab when cleared; enoxaparin while inpatient.
"""),
("2024-03-26", "Research Interview Transcript", """
HOMEWARD study / B05 / interview 2
26.03.2024 - rehab unit day room. Q = interviewer (J.P.), A = participant. Verbatim, ... = pause.

Q: Last time we talked about the fall. What's happened since?
A: Ugh. So... the ankle's fine, it's mending. But then on St Patrick's Day I found this hard
lump, low on my tummy, on the right side? Right where they did the blood thinner shots
every day in the hospital.
Q: Mm.
A: And it's gone purple, then like a black scab, and it hurts to sit up. ... They did a
biopsy Thursday.
Q: How are you managing the dialysis schedule on top of that?
A: I'm just tired. I'm tired of being a, um, a project. (laughs) Sorry.
Q: No, that's exactly the sort of thing we want to hear.
"""),
("2024-04-02", "Wound Clinic Note", """
WOUND CARE CENTER - progress note 4/2/2024
Dx: calciphylaxis, RLQ abdominal wall, biopsy-proven (punch bx 3/21/24: calcific
arteriolopathy with thrombosis and fat necrosis).
History: onset 3/17/24, inside the area that received SC enoxaparin daily 2/15-2/23/24
(inpatient, R lower abdomen). L abdomen spared.
Wound: 3.0x2.2cm, eschar covers the whole bed; purpura extends ~8cm beyond; dry.
Tx: stable eschar left intact; Ca alginate under foam; thiosulfate still given on HD days; pain team.
Pain 6/10 at rest, worse sitting upright. Her partner does the dressing changes at home
and has been reliable.
Wt 77.6 kg, BMI 28.7.
RTC 2 wks.
"""),
]}

B06 = {"patient_id": "B06", "age": 58, "sex": "M", "notes": [
("2024-09-10", "Primary Care Note", """
PRIMARY CARE VISIT  Sept 10, 2024
58M on HD (MWF, L forearm graft) for ESRD from polycystic kidneys. A1c 5.4% - no diabetes.
Not anticoagulated.
CC: L lateral hip pain x 6 wk, worse lying on the L side.
Exam: focal tenderness, L greater trochanter, full ROM, FABER neg. Skin intact.
A: L greater trochanteric bursitis.
P: offered a corticosteroid injection - declined ("enough needles"). Advised an ice pack to
the L lateral hip 15-20 min up to three times a day, pillow between knees when side-lying,
acetaminophen. PT referral.
BMI 31.5, obesity - diet discussed, renal dietitian to follow.
"""),
("2024-10-29", "Research Interview Transcript", """
HOMEWARD - B06 transcript (interview 1) - 10/29/2024 - chairside
Q = interviewer, A = participant. [..] = pause; (?) = unsure word.

Q: How's the hip you were telling me about?
A: Hah. The hip. So the doc said ice it, and I'm a rule follower, so from, like, mid-September
every night I've got the ice pack on my left hip while I watch the game. [..] Then three weeks
ago, maybe, there's this dark patch right there where the pack goes. Purple, with like a, a
lace pattern round it.
Q: And now?
A: Now it's a hard black thing in the middle and I can't lie on the left anymore. My wife's
worried. They're doing a biopsy next week.
Q: How does that sit with you, with dialysis and everything?
A: It's just one more thing (?) on the pile.
"""),
("2024-11-05", "Dermatology Consult", """
Derm consult 11-05-2024
58 y/o M, ESRD/HD. 4 wk hx: painful plaque, L lateral hip, onset ~10/8/24, in the
exact area he has iced nightly since mid-Sep 2024 for trochanteric bursitis.
PE: 7x5cm plum-coloured indurated plaque, L lateral hip; 2cm eschar (black)
centrally; livedo racemosa along its margins. R hip, thighs, abdomen unremarkable.
Procedure: punch bx x2, L hip, today.
Imp: r/o calciphylaxis; ddx cold panniculitis, necrotizing vasculitis.
Plan: stop the ice; await path; will message HD team. Photos uploaded. Told him results
usually take about five working days.
"""),
("2024-12-03", "HD Rounding Note", """
HD MONTHLY ROUNDS - Dec 3 2024
Path (bx 11/5): calciphylaxis of the L hip - vascular calcification with thrombi, no vasculitis.
Thiosulfate three times weekly from 11/12. Pain improved since gabapentin 100mg post-dialysis. Ice stopped.
Eschar L hip unchanged at 2 cm, no sign of infection.
Dry weight 98.0 kg; BMI 31.5.
No DM. Phos 7.1 - binder increased. PTH 540, cinacalcet started.
Sleep still poor, supine only. Wife comes to most sessions and helps with the dressings at
home; he asked about returning to his bowling league - not until the eschar separates.
"""),
]}

B07 = {"patient_id": "B07", "age": 76, "sex": "F", "notes": [
("2025-01-14", "Research Interview Transcript", """
HOMEWARD / B07 / interview 1 / 14 Jan 2025, participant's home.
Q = interviewer (A.L.), A = participant; daughter present. Verbatim, "..." = pause.

Q: Did anything happen over the holidays?
A: Oh, I had a silly, well, not a fall... New Year's Eve, I was getting up in the night and I
whacked my right shin, on the bed, that metal corner. Terrible bruise, black and blue all
down the front of the leg.
Q: Ouch. Did you get it looked at?
A: No, no. It's going yellow now, so it's healing, I think.
Q: How are the dialysis days?
A: Three days a week on the machine ... and the warfarin, you know, for my heart valve, so I
bruise like a peach. And my sugars, the insulin, it's a lot of pricking.
"""),
("2025-02-11", "HD Nursing Note", """
HD NURSING NOTE 02/11/2025 0715
Pt arrived ambulatory w/ walker. Pre wt 58.2 kg. Reports a very painful "black spot" on the R
shin since about 1/25. RN assessment: R anterior lower leg ~2 cm dark eschar, purple lacy
discoloration around it, exquisitely TTP, no drainage, no odour. Earlier bruise in the same
area (struck the bed frame NYE per pt).
INR 3.1 (mechanical mitral valve, warfarin). Insulin-dependent DM2, BG 212 pre.
Notified nephrologist Dr Oyelaran - wound clinic referral placed. Dry dressing applied.
"""),
("2025-02-20", "Wound Clinic Note", """
Wound Clinic - New pt - 20 February 2025
76F, HD, DM2 (insulin). Mech MVR - warfarin. BMI 22.4.
R anterior mid-shin wound, 3.4x2.8cm, black eschar, retiform purpura and livedo out to
10 cm, pain 9/10.
Hx: onset 01/25/2025 at the site of a contusion from striking the shin on a bed frame
12/31/24.
ABI R 1.0, ankle vessels poorly compressible.
Imp: concern for calciphylaxis; ddx coumadin-associated necrosis, or a post-traumatic
ulcer on anticoagulation.
Plan: derm for biopsy, no sharp debridement, non-adherent dressing, leg elevation.
"""),
("2025-03-04", "Dermatology Note", """
DERMATOLOGY - 3/4/25
76F on HD. Seen for R shin ulcer (wound clinic referral).
Bx R shin (2/24/25): heavy calcium deposition in subcutaneous arteriolar walls, fibrin
plugs, necrotic fat. DX: CALCIPHYLAXIS.
Today the shin eschar measures 3.5x3cm (R, anterior), retiform purpura unchanged; L leg clear.
Warfarin is needed for her mechanical valve and cannot simply be stopped; cardiology asked
about options (DOACs not suitable).
Plan: thiosulfate 25g with each dialysis, low-calcium dialysate, cinacalcet, wound care as per clinic,
palliative care for pain. Return 4 wk.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
