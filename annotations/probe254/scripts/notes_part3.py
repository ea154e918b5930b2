"""probe254 corpus notes, B15-B20 (HOMEWARD interview transcripts and the clinic notes around them; all invented)."""

B15 = {"patient_id": "B15", "age": 68, "sex": "F", "notes": [
("2023-04-18", "HD Rounding Note", """
HD ROUNDS   04/18/2023
68F, HD MWF, DM2 on insulin (injects periumbilical abdomen), BMI 34.8.
Pt c/o tender firm lumps around the umbilicus x 3 wks. Exam: 3 firm subcutaneous nodules
around the navel, 1-2 cm, one with a faint violaceous hue; no ulcer, no livedo.
?early calciphylaxis vs lipohypertrophy at injection sites.
Plan: derm referral, move injections to the thighs, Ca/Phos/PTH today.
No warfarin, no other anticoagulant. Last A1c 7.9%.
She asks whether this is "the calcium disease" a neighbour of hers had.
"""),
("2023-05-02", "Research Interview Transcript", """
HOMEWARD - B15 - interview 1 - 2nd May 2023
Q = interviewer (R.K.), A = participant. Verbatim.

Q: You've got a dermatology appointment coming up?
A: Yeah. Um. For these lumps on my stomach. The doctor here reckons maybe it's the calcium,
that cal-ci-... the one where the skin dies. Or it could just be the insulin, from where I
poke myself all the time. So. I don't know.
Q: How are you feeling about it?
A: Scared, a bit. But I'm not letting them cut me. I've been cut enough. (pause) And my
sister wants me to move up by her in June anyway.
Q: Would that mean a new dialysis unit?
A: New everything.
"""),
("2023-05-16", "Dermatology Consult", """
DERMATOLOGY  16 May 2023
68F (HD). DM2 on insulin. Obese - BMI 34.8.
Around the umbilicus: 3 nodules, subcutaneous, tender, rubbery, 1-2cm each, at her
insulin injection sites; skin over one is violaceous. Nothing necrotic or ulcerated, no
retiform purpura.
Ddx: fat necrosis within lipohypertrophy, versus early calciphylaxis - calciphylaxis still
possible given ESRD and her CaxP.
Bx offered; pt declines.
Plan: no further injections into the periumbilical area, US of nodules, low threshold for bx
if any ulceration. Pt moving to Ashgrove in June; records to be sent on.
"""),
]}

B16 = {"patient_id": "B16", "age": 74, "sex": "M", "notes": [
("2024-01-09", "Medicine Progress Note", """
Medicine progress note  Jan 9, 2024
74M, HD for ESRD. Warfarin for AF - admission INR 4.8. No DM.
Skin: new retiform purpura on both anterior thighs, tender, one area of early dusky necrosis
on the R thigh, onset ~2 days ago.
Differential: calciphylaxis, warfarin skin necrosis, cholesterol embolization.
Plan: stop warfarin for now, vitamin K 2.5mg by mouth; derm consult; discuss biopsy with pt and son.
Dialysing via a right-neck tunnelled line on his usual M/W/F days. Hydromorphone PRN for pain. Son at bedside.
BMI 23.5.
"""),
("2024-01-23", "Research Interview Transcript", """
HOMEWARD / B16 / 23.01.2024 / interview 2 (shortened - participant tired)
Q = interviewer, A = participant.

Q: We can stop any time.
A: No, 's fine. [pause] My legs. They've gone all purple on the front. The thighs.
Q: What have they told you it is?
A: They don't know. Could be the blood thinner, could be the calcium, the calci-, whatever
they call it. They wanted to cut a bit out. I said no. I'm seventy-four.
Q: Okay.
A: I just want to go home. [pause] Sorry. Can we stop.
Q: Of course. [recording stopped 00:06:41]
"""),
("2024-02-06", "HD Progress Note", """
HD note - 2/6/2024
Thigh lesions: bilateral anterior thigh purpura, R thigh eschar 2 cm, no spread.
Bx declined by pt (again). Dx still uncertain: possible calciphylaxis vs warfarin necrosis.
Empiric sodium thiosulfate TIW started 1/26 for possible calciphylaxis. Warfarin permanently
stopped; apixaban instead.
Goals of care: pt and son want a comfort focus; hospice referral placed; HD continues for now.
Dry wt 68.5 kg. Pain reasonably controlled. Son asking about home hospice vs the inpatient
unit; SW to help.
"""),
]}

B17 = {"patient_id": "B17", "age": 59, "sex": "F", "notes": [
("2025-05-06", "PD Clinic Note", """
PD CLINIC  6 May 2025
59F. On APD. Type 2 DM, uses insulin. BMI 30.9 (obese).
Had Shingrix dose 2 at her pharmacy on 22 April, into the R deltoid. From ~2 days later: a
tender, firm, warm, purplish nodule R upper arm, 3 cm, no ulcer or eschar, faint mottling
around it.
Ddx: delayed local vaccine reaction; panniculitis at the jab site; early calciphylaxis
not excluded (PD, Ca x P 72).
Plan: derm review, arm to be left alone - no heat, no ice - meanwhile, photo to chart, Ca/Phos/PTH.
No anticoagulants.
"""),
("2025-05-20", "Research Interview Transcript", """
HOMEWARD study - B17 - interview 1 - May 20th 2025 - participant's living room
Q = interviewer (J.P.), A = participant. [..] = pause.

Q: You mentioned your arm on the phone.
A: Oh, the arm. [..] After my second shingles shot I got this lump, right arm, up top, where
she put the needle. Hot, purple, sore. The kidney doctor said it might, might be that calcium
skin thing, but more likely just a reaction to the shot.
Q: How did you feel hearing that?
A: Honestly I went home and googled it and then I wished I hadn't. [..] It's smaller now, I
think. I told the skin doctor let's just wait and see.
Q: And the overnight machine?
A: Same as always. Beeps at three a.m.
"""),
("2025-06-17", "Dermatology Note", """
DERMATOLOGY F/U - 06/17/2025
59F on PD, insulin-treated DM2.
R upper arm nodule smaller (1.5 cm), violaceous hue fading, no necrosis, no retiform purpura.
Ddx unchanged: resolving injection-site reaction vs early/abortive calciphylaxis - cannot be
excluded without tissue. Pt again declines biopsy.
Not starting STS at present.
Pt reassured, prefers watchful waiting; she keeps her own photo diary of the arm,
which was helpful today. Ca 9.1, Phos 6.0 today.
Plan: review in six weeks, earlier if ulceration; PD team aware. BMI 30.9.
"""),
]}

B18 = {"patient_id": "B18", "age": 64, "sex": "M", "notes": [
("2022-07-12", "HD Rounding Note", """
HD ROUNDS 7/12/22
64M ESRD on HD, DM2 (sitagliptin, no insulin), gout - allopurinol started in June.
New: painful leg ulcers (both shins) for 10 days. Exam: BLE - several 1-2 cm punched-out
ulcers on the shins with palpable purpura around them, no eschar.
Ddx: r/o calciphylaxis vs vasculitis vs venous ulcers.
Plan: urgent derm, hold allopurinol, wound RN.
No warfarin. BMI 28.4.
Pt anxious - has heard about "the skin calcium thing" from another patient on the unit.
Photos taken for derm.
"""),
("2022-07-26", "Dermatology Consult", """
DERMATOLOGY 26/07/2022
64M HD. Bilateral shin ulcers, onset early July.
Bx (14/07/2022, R shin): LCV. No calcium seen even on von Kossa;
lumina open. Calciphylaxis excluded.
Probably allopurinol-related - drug now stopped; ulcers already smaller.
Compression wraps applied today to both lower legs for oedema.
Wound RN to change the wraps twice a week; teaching on leg elevation given.
To restart gout prophylaxis only after discussion with rheumatology. Pt visibly relieved by the result.
Plan: topical steroid to purpura, review 3 wk.
"""),
("2022-08-16", "Research Interview Transcript", """
HOMEWARD - B18 - interview 1 - 16 August 2022 - chairside
Q = interviewer (M.S.), A = participant. [pause] noted; fillers kept.

Q: How have the legs been?
A: Better, actually, much better. [pause] At first they thought it was that, um, calciphy-
thing, the bad one where the skin dies. I was terrified. But the biopsy said no, it's a
vasculitis, from the gout pills.
Q: How was that waiting time?
A: Two weeks of not sleeping. My wife read everything on the internet.
Q: And dialysis, is it part of how you think about it all?
A: Everything's part of dialysis. You plan your life round the chair.
"""),
]}

B19 = {"patient_id": "B19", "age": 55, "sex": "F", "notes": [
("2024-10-15", "Research Interview Transcript", """
HOMEWARD study - B19 - interview 1 - 15/10/2024 - PD unit quiet room
Q = interviewer (A.L.), A = participant. Verbatim; ... = pause.

Q: You said skin is something you think about a lot?
A: Because of my brother. He got calciphylaxis. Legs, both of them. Dialysis too, like me, and ...
we lost him in 2019. So I'm always checking.
Q: That must weigh on you.
A: It does. The PD nurse told me, no hot water bottles on your legs, no heating pads, nothing
like that. So I don't. My skin's fine. Just the pump sites on my tummy, they get a bit
bruised.
Q: The insulin pump?
A: Yeah, type 1 since I was eight.
"""),
("2024-10-29", "PD Clinic Note", """
PD CLINIC 29 Oct 2024
55F, CAPD. Type 1 DM, insulin pump.
Full skin exam today at her request: entirely clear, nothing ulcerated, purpuric, livedoid
or nodular. Pump infusion sites on the abdomen clean.
FHx: brother with calciphylaxis (died 2019).
Counselled on calciphylaxis risk: nothing hot, nothing icy directly on skin, rotate pump sites,
report any painful patch early.
Not on warfarin.
Anxious but reassured; leaflet given. Next PET in January.
BMI 23.1. Weekly Kt/V 1.9; still passing ~600 mL urine daily.
"""),
]}

B20 = {"patient_id": "B20", "age": 47, "sex": "M", "notes": [
("2023-12-05", "Research Interview Transcript", """
HOMEWARD - B20 - interview 1 - December 5, 2023 - chairside
Q = interviewer (R.K.), A = participant. (.) = pause.

Q: How was the holiday weekend?
A: (laughs) Don't ask. Saturday after Thanksgiving I went down on black ice on the driveway,
scraped my right knee up pretty good. Bled all over.
Q: Oh no.
A: And the nurses here got all worried it might be the calcium skin disease, 'cause I'm on
dialysis. They had the skin doctor look. She said no, just a scrape, it's healing.
Q: How did that feel?
A: Relief. (.) I'm forty-seven. I don't need another thing.
"""),
("2023-12-12", "HD Progress Note", """
HD Progress Note  12/12/23
47M, FSGS -> ESRD, dialyses Mon/Wed/Fri. Non-diabetic.
R knee abrasion from fall on ice 11/25/23: healing, granulation tissue, no necrosis, no
livedo or purpura. Reviewed by derm 12/1: no evidence of calciphylaxis.
AF: warfarin offered, pt declined; no anticoagulant for now, revisit.
Wt 112.4 kg (no height this visit); BMI 35.2 at October clinic.
In good spirits, back at work part-time. Average interdialytic gain 2.8 kg;
fluid advice repeated.
Plan: keep knee covered, continue current HD prescription.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
