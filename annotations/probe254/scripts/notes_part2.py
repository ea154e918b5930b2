"""probe254 corpus notes, B08-B14 (HOMEWARD interview transcripts and the clinic notes around them; all invented)."""

B08 = {"patient_id": "B08", "age": 63, "sex": "M", "notes": [
("2023-10-05", "PD Nursing Note", """
PD UNIT - NURSING NOTE  05/10/2023 [dd/mm/yyyy]
Monthly CAPD review, 63M.
Regimen: 4 manual exchanges/day (2L bags; mix of 1.5% & 2.5% dextrose); no peritonitis episodes this year. Exit site clean, dry.
Flu vaccination today: 0.5mL intramuscular, L upper arm, given by this RN.
Consent obtained; observed 15 min, no reaction.
Wt 79.2 kg, BMI 26.2.
Meds checked: apixaban (changed from warfarin in 2019), sevelamer, calcitriol.
No diabetes.
Hand hygiene during exchanges re-demonstrated.
Next review in November, sooner if cloudy bags or abdo pain.
"""),
("2023-11-14", "Research Interview Transcript", """
HOMEWARD interview transcript - B08 - 14 November 2023
Q = interviewer (M.S.); A = participant. Home visit. (.) short pause, (..) long pause.

Q: You said you wanted to show me something?
A: Yeah (.) this. My left arm, up here, top of the arm. Where the nurse put the flu jab in.
It came up on Halloween, I remember the doorbell going all night with the kids and me sat
there with this throbbing arm.
Q: What did it look like then?
A: Hard like a marble, a lump, purple. Now it's (..) you can see, gone black, the skin's dead.
Q: What do you make of it?
A: I'll never have another jab. (laughs) No, I don't know. They're saying it's the calcium.
Q: And the bags, the exchanges, can you still manage them?
A: Four a day, same as ever. The arm makes the lifting awkward.
"""),
("2023-11-20", "Dermatology Consult", """
DERMATOLOGY CONSULT  20-Nov-2023
63M on CAPD. Referred: necrotic lesion, L upper arm.
Onset 31 Oct 2023 as a painful violaceous nodule at the site of his IM influenza vaccine
(given 05/10/2023 per PD unit record). Now a 3x3cm necrotic plaque, black eschar, retiform
purpura in a ring round it, L lateral upper arm. No other lesions.
Bx 16 Nov (punch, L arm): calcified media in deep-fat arterioles,
two of them thrombosed; no vasculitis - calciphylaxis.
PMH: warfarin 2015-2019 for PE, now apixaban. No DM.
Plan: STS route on PD to be agreed with nephrology; wound care; analgesia; photos each visit.
"""),
]}

B09 = {"patient_id": "B09", "age": 57, "sex": "F", "notes": [
("2022-04-06", "Dermatology Consult", """
Dermatology Consult   April 6, 2022
57F. Hemodialysis (ESRD). T2DM, on insulin. BMI 36.0.
HPI: painful purple-black plaque R medial thigh, first noticed in March. Punch bx 4/1/22 ->
calciphylaxis (calcified subcutaneous arterioles, thrombosis).
Insulin: self-injects glargine into the L thigh and now and then the periumbilical abdomen;
states she has never injected the R thigh. Heat/cold: none used; no injury recalled.
Exam: R medial thigh 9x6cm necrotic plaque with retiform purpura border. L thigh:
injection marks, mild lipohypertrophy, no purpura. Abdominal skin clear.
Plan for this R thigh calciphylaxis: thiosulfate, dressings, swap the calcium binder
for a non-calcium one.
"""),
("2022-05-10", "Research Interview Transcript", """
HOMEWARD - B09 - interview 1 - 10.05.2022 - chairside, Fenwick Road HD
Q = interviewer / A = participant. Verbatim, um/uh kept. [p] = pause.

Q: Can you tell me how the wound has changed your days?
A: It's [p] it's everything now. I used to go to church, go out with my sister. Now I sit,
well, I can't even sit, it's on my right thigh, the inside.
Q: Mm-hm.
A: And the thing I don't get, right, is I do my insulin in my left leg. Always the left. So
why'd it come up on the other side? [p] Nobody can tell me that.
Q: That sounds frustrating.
A: Since March. Since the start of March. Two months of this.
"""),
("2022-05-31", "HD Rounding Note", """
HD Rounding note - 31 May 2022
R thigh calciphylaxis: eschar stable, no cellulitis. STS TIW continuing, mild nausea only.
DM2: BG acceptable on glargine 22 u; reminded to keep injecting L thigh/abdomen, away from
the wound.
Anticoag: none, no history of warfarin.
Dry wt 101 kg (BMI 36.0 on file).
PTH 980 despite cinacalcet -> surgical referral for parathyroidectomy.
Tearful today about missing church; social work referral made. Home-care nurse does the
dressings on non-dialysis days.
Next review 4 wk.
"""),
]}

B10 = {"patient_id": "B10", "age": 70, "sex": "M", "notes": [
("2023-02-15", "HD Rounding Note", """
HD ROUNDS 2/15/23
70M. Dialysis days Tu-Th-Sa. Warfarin (AF indication) - INR 2.4 this morning. Non-diabetic.
New: pt reports a painful L calf "blotch" since Monday 2/13. Exam: L posterior calf 4x3cm
purpuric patch with livedo, indurated, tender, no eschar yet. Right leg unremarkable.
Concerned this is calciphylaxis (ESRD + warfarin + elevated calcium-phosphate product). Derm asked to see and biopsy
this week.
Pt asked about ice or heat - told not to put either on it until seen.
BMI 25.3.
"""),
("2023-03-07", "Research Interview Transcript", """
HOMEWARD interview - B10 - 7 March 2023 - HD unit
Q = interviewer (R.K.), A = participant. Fillers and pauses (...) kept.

Q: What do you do for the pain?
A: The tablets don't do much. So, uh, what I do is I put ice on it. Frozen peas. A bag, on
the sore, on the calf.
Q: When did you start doing that?
A: After it came up ... maybe a week after? When it went black and was really burning.
Q: And before the sore - had you ever iced that leg, or hurt it?
A: No. Never. Nothing. That's what gets me, I never knocked it or anything.
Q: How do you feel about coming in for dialysis these days?
A: It's four hours of thinking about my leg.
"""),
("2023-03-14", "Dermatology Follow-up", """
DERMATOLOGY F/U  14.03.2023
70M HD pt. Bx (24/02/2023, L calf): calciphylaxis - calcified arterioles, thrombi, septal
panniculitis.
Ulcer L posterior calf now 5x4cm, eschar. Onset 13/02/2023 as purpura. Since about
20/02 he has been putting frozen peas on the ulcer for pain - asked to stop, cold may worsen
ischaemia.
Loose slough at the margin debrided sharply today, tolerated.
Warfarin -> apixaban per cardiology (from 01/03/2023).
Pain: paracetamol plus low-dose oxycodone, sleeps in a recliner.
Plan: STS TIW, wound care, review in 4 wk.
"""),
]}

B11 = {"patient_id": "B11", "age": 45, "sex": "F", "notes": [
("2024-06-04", "Dermatology Consult", """
DERMATOLOGY - 6/4/2024
45F ESRD on HD, not diabetic, BMI 38.7 (obese). Referred for an abdominal wound.
HPI: ~3 wk of a painful firm zone in the lower-left pannus; middle has turned black.
Denies: injections to the belly, heating pad, ice, snug clothes, any injury there. Never had SC heparin or insulin.
Exam: LLQ pannus 8x6cm woody plaque, eschar centrally (3cm), retiform purpura at its
rim. No other lesions.
Bx (5/30/24, by PCP): calcific uremic arteriolopathy.
A: calciphylaxis, L abdomen.
P: STS with HD, wound care, work on PTH, avoid any SC injections into the abdomen.
"""),
("2024-06-18", "Research Interview Transcript", """
HOMEWARD study, interview transcript B11 - June 18, 2024
Q = interviewer (J.P.), A = participant. Verbatim; [pause], [crying] noted.

Q: You've had a lot going on since we last met.
A: Yeah [pause] the, um, the thing on my stomach. Left side, under the fold.
Q: How did it start?
A: Just came up. That's the thing, nobody did nothing to it. I'm not diabetic, I don't get
shots, I don't use a heating pad or nothing. They keep asking me like I did something.
[crying]
Q: Take your time.
A: And now the nurse says, don't ever let anybody give you a shot in your belly. Like, okay?
I wasn't planning to.
"""),
("2024-07-09", "HD Progress Note", """
HD Progress Note - 07/09/24
L abdominal calciphylaxis: eschar intact, less pain; STS ongoing (week 5).
Counselled again: avoid SC injections to the abdomen, avoid waistbands pressing on the
pannus, and told: ice and heat stay off the wound.
Anticoagulation: none; never on warfarin.
Wt 104.3 kg, BMI 38.7 (obesity class II).
Labs: Ca 8.9, phosphorus 5.2, iPTH 410.
Sleeping badly, only on her R side; appetite fair, albumin 3.4. Her daughter helps with dressing changes.
Plan: continue, derm in 4 wk.
"""),
]}

B12 = {"patient_id": "B12", "age": 66, "sex": "M", "notes": [
("2025-03-11", "Research Interview Transcript", """
HOMEWARD - participant B12 - interview 2 - 11 March 2025
Q = interviewer; A = participant. Chairside, Linwood Dialysis. Pauses [...].

Q: You said you've been through calciphylaxis before?
A: Oh, yeah. Twenty-seventeen. On my belly, the right side, where I used to put my insulin.
[...] Took a year to heal, with the, the thiosulfate, and they took my parathyroids out.
Now it's just a dent. A scar.
Q: And since then?
A: Since then I put the insulin in my arms, both arms. No more belly. And touch wood, nothing
new.
Q: What about the visit to the foot doctor?
A: Oh, that's the heel. Left heel. New shoes rubbed it. That's a different thing, they say
it's the diabetes.
"""),
("2025-03-18", "Podiatry Note", """
PODIATRY   18/03/2025
66M, DM2 on insulin (peripheral neuropathy), ESRD on HD.
L posterior heel: 1.4 x 1.0 cm superficial ulcer, granular base, callus rim; from friction of
the heel counter of new shoes (~2 wk). PTB test neg. Foot pulses faint.
Hx calciphylaxis R abdomen 2017 - resolved; no active calciphylaxis, no purpura or livedo
on the legs.
Imp: neuropathic/friction ulcer L heel, not calciphylaxis.
Plan: offload, change footwear, hydrocolloid; review 2 wks.
Taught daily foot checks using a hand mirror; asked to bring his shoes to the next visit.
"""),
("2025-04-01", "HD Quarterly Review", """
HD Quarterly Review  April 1st, 2025
Skin: healed atrophic scar R lower abdomen (old calciphylaxis 2017, healed 2018), no new
lesions. L heel ulcer improving per podiatry.
DM2: insulin glargine 26 u, injects into the upper arms.
Anticoag: apixaban for AF; never warfarin.
Weight 93-97 kg over the year, BMI 29-31; today 30.0. Obesity counselling given.
Kt/V 1.3. Hb 10.6. Post-run BP 132/74. L arm AVF: good thrill and bruit.
Continue current prescription. Pt asked about home HD - information
pack given, to discuss at the next family meeting.
"""),
]}

B13 = {"patient_id": "B13", "age": 60, "sex": "F", "notes": [
("2022-08-30", "Dermatology Consult", """
DERMATOLOGY  08/30/2022
60F ESRD on HD, AF.
Bx 8/26/22 (L lower abdomen): calciphylaxis.
Lesions: lower abdomen bilaterally - L 6x4cm, R 4x3cm necrotic plaques, retiform
purpura bridging them across the suprapubic skin. Onset early Aug.
Not diabetic; no SC injections. No trauma; nothing hot or cold put there.
Warfarin (for AF) stopped today in view of calciphylaxis -> apixaban.
Plan: thiosulfate on HD, dressings, palliative team for pain.
Pain severe, sleeping poorly; husband present for the visit and asking good questions.
"""),
("2022-09-20", "Research Interview Transcript", """
HOMEWARD / B13 / 20-09-2022 / interview 1 / chairside
Q = interviewer (A.L.), A = participant. Um/uh and pauses (...) transcribed.

Q: What was it like when they told you what it was?
A: I couldn't believe it. ... Because the lady who sat next to me here, Doreen, she had the
exact same thing, on her tummy, at her insulin spots, where she jabbed herself. And I thought, well,
that's the diabetes. But I'm not diabetic! It's my husband who's got the needles, not me.
Q: So it didn't fit.
A: No. Nobody ever put a needle in my stomach. And I've never had a hot water bottle on it
or anything.
Q: How are you coping?
A: Day by day. The thiosulfate makes me sick.
"""),
("2022-10-11", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT  Oct 11 2022
Reason: pain and symptoms; biopsy-proven lower abdominal calciphylaxis (8/2022).
Pain rated 7 of 10 even with prn hydromorphone; low-dose ketamine discussed.
Goals: wants to keep dialysing for the time being; would consider stopping if wounds worsen.
Other: warfarin discontinued Aug 2022; now apixaban. Not diabetic.
Wt 72 kg, BMI 27.9.
Family: husband (insulin-treated DM) is the main carer.
Mood low but engaged; says the interview study gives her "somewhere to talk".
Plan: methadone low dose trial, f/u 1 wk.
"""),
]}

B14 = {"patient_id": "B14", "age": 52, "sex": "M", "notes": [
("2024-08-06", "Dermatology Consult", """
Dermatology new consult - 8/6/2024
52M, CCPD. DM2, insulin-requiring. BMI 32.3.
HPI: tender lump R lateral thigh since late July, now purple with a net-like border.
Insulin: degludec/aspart injected only into the arms, posterior aspect, alternating sides ("never the legs").
No injury, heat or cold there before it started.
Exam: R lateral thigh: indurated, violaceous 5x4cm plaque with livedo racemosa, small central
dusky area, no ulcer. Arms: injection sites clear.
Ddx: calciphylaxis vs panniculitis.
Procedure: R lateral thigh punch biopsy (6mm) today, 1 suture.
"""),
("2024-08-20", "Wound Clinic Note", """
WOUND CLINIC 08/20/24
Path (8/6 bx): calciphylaxis.
R lateral thigh: biopsy site broke down into a 2.5x2cm ulcer capped by eschar;
retiform purpura surrounds it.
Procedure: sharp debridement of eschar, 2 cm2, to bleeding tissue; hydrofiber + foam,
held with paper tape.
Pt started an electric heat pad on top of the dressing last week for pain - told to stop (burn risk,
may worsen ischemia).
PD via L-sided catheter, no peritonitis.
Plan: STS route (IP vs IV) for nephrology to decide; f/u 1 wk.
"""),
("2024-09-10", "Research Interview Transcript", """
HOMEWARD study - B14 transcript - Sept 10, 2024 - home, kitchen table
Q = interviewer (T.O.); A = participant; [..] = pause.

Q: Tell me about the heat pad.
A: Oh, they told me off for that. (laughs) Look, the thing on my leg, it was already there,
already open, and it was killing me, so I thought, heat helps my back, why not. I only did it
a week.
Q: Before the sore came, did anything happen to that leg?
A: Nothing. Nothing! I keep saying. I do my insulin in my arms. I don't fall, I don't, uh,
bump into things.
Q: How is the dialysis going with all this?
A: The machine's fine. I just lie there at night, thinking.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
