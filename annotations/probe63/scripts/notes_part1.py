"""probe63 corpus notes, N01-N07 (telehealth video, phone triage, patient portal; all invented)."""

N01 = {"patient_id": "N01", "age": 59, "sex": "F", "notes": [
("2020-11-09", "Patient Portal Message", """
Subject: belly spot getting worse
To: Ilona Varga, NP

Hello Ms Varga sorry to bug you. Got a sore spot low down on my stomach, left of the belly button, thats where I been giving my Lantus ever since June when you said quit using my legs. It started Nov 2 as a tender knot and today its got a dark purplish blotch in the middle about as big as a nickel, the skin round it looks like a spiderweb. Hurts worse than my PD cramps. pic attached (hope it went thru). Should I keep sticking there??
Delphine A.

---Reply (I. Varga NP)---
Delphine, please do NOT inject there again. Use the back of your right arm tonight. I put you on my video schedule tomorrow at 2:15, have Monique help you with the camera.
"""),
("2020-11-10", "Telehealth Video Visit", """
TELEHEALTH VISIT - synchronous audio/video (Doxy.me)
Pt location: home, Opelousas. Provider location: Lafayette office. Pt agrees to be seen by video; daughter Monique holding the phone.

CC: painful discolored area L abdomen x 8 days

HPI: 59 yo F w/ ESKD on CCPD (nightly cycler, 5 exchanges) and T2DM on glargine 30 u qHS. Since 06/2020 every glargine dose has gone into the L lower quadrant of the abdomen, one 2-3 inch patch ("that side I can see good"). On 11/02/2020 she felt a firm tender knot there which darkened over the week. Afebrile by home thermometer; PD drain bags clear per pt; belly otherwise nontender.

Exam (video, limited): alert, conversant, no distress at rest. Daughter angles camera to LLQ: ~4 cm violaceous plaque that looks indurated, central ~2 cm dusky black area c/w early eschar, lacy purple margin. No drainage seen. Pt flinches when daughter presses next to it.
Bathroom-scale weight 91 kg, calc BMI 33.6 (obese)

A/P
1. Necrotic plaque at her insulin injection site, PD pt - I'm concerned about calciphylaxis; cellulitis/abscess less likely without fever or drainage.
 - in-person derm punch bx, booked 11/17
 - rotate insulin to R upper arm meanwhile
 - messaged nephrologist Dr Thibodeaux re: stopping calcium carbonate, binder choice
2. Obesity - not addressed today.
Total time 27 min
"""),
("2020-11-24", "Dermatology Telehealth Follow-up", """
Dermatology - video results visit
Seen by video from home, daughter present. Identity confirmed with DOB.

Bx 11/17/2020 (edge of LLQ abdominal plaque), read by Dr Lemaire: mural calcium deposits in tiny arterioles of the fat, several plugged by thrombus, lobules of dead fat round about; von Kossa lights the deposits up black. Final dx: calciphylaxis.

On camera today the eschar is a bit larger, ~2.5 cm, margin unchanged. Pain 7/10 at night.
The plaque occupies exactly the territory where she has put her glargine every day since June - I explained that repeated needling of one small area is a recognised trigger and that it fits her story.

Plan: sodium thiosulfate through nephrology (PD - will need IV access, they are arranging), wound care nurse for dressing teaching, no more injections to the abdomen at all, arms only. F/u 2 wk by video.
M. Guidry MD, Dermatology
"""),
]}

N02 = {"patient_id": "N02", "age": 72, "sex": "M", "notes": [
("2020-01-16", "Phone Triage", """
NURSE TRIAGE - telephone
Caller: Bev Pruitt (wife). Pt on the line too, ok for RN to talk with wife.
Reason for call: "sore on his leg that won't heal"

Per wife, a dark sore sits behind his R calf; she first saw it 3 wks ago as a red tender patch, center now black, quarter-sized. Rates pain 8/10, worst lying in bed. He gets awful leg cramps after his dialysis runs, and since Thanksgiving he has been icing that R calf every evening with a blue gel pack kept in the freezer, for half an hour or longer - "half the time he dozes off with it still strapped there."
Denies fever. Denies any fall or bump. Takes coumadin for afib, INR 2.6 at dialysis last wk.

Protocol: Wound/skin lesion, adult. Disposition: provider within 24 h.
Video appt booked w/ Dr Nakashima (nephrology) tomorrow 10:40. Told to stop putting the ice pack on that leg. Wife repeated instructions back.
S. Okonjo RN
"""),
("2020-01-17", "Nephrology Video Visit", """
Nephrology video visit (Zoom). Pt at home in Cedar Falls with wife; I am in clinic. Consent for virtual visit given.

72 M, ESRD from hypertensive nephrosclerosis; hemodialysis Mon-Wed-Fri at the Westgate unit, L arm fistula. Paroxysmal AF on warfarin since 2016. No diabetes - November A1c was 5.4. Latest labs: PTH 940, phos 7.1, Ca 9.3.

HPI as per triage note. Onset of the calf lesion around 12/26 (day after Christmas, he remembers because the grandkids were there). Icing since Thanksgiving, nightly, same spot.

Video exam: wife holds tablet behind him. R posterior calf: black eschar roughly 3 cm, ringed by a violaceous net-like discoloration, mild swelling around. L leg looks normal on screen.
5'11", 197 lb -> BMI 27.5

Impression: painful necrotic ulcer R calf, right where he has iced nightly, in an HD pt on warfarin w/ uncontrolled PTH. Calciphylaxis is the main worry.
Plan: wound clinic punch bx next wk; talk w/ cardiology re warfarin -> apixaban; no cold packs on the legs at all; cinacalcet up; low-Ca bath.
K. Nakashima MD
"""),
("2020-02-03", "Patient Portal Message", """
Subject: Your biopsy result
From: Dr Kenji Nakashima

Mr. Pruitt,
The biopsy we took from your right calf on Jan 28 is back. It shows calciphylaxis - the diagnosis we were worried about at your video visit. The pathologist saw calcium in the walls of the tiny blood vessels under the skin, with clots in them.
From Wednesday on, the nurses will run sodium thiosulfate into your machine late in each run (last 60 minutes). Cardiology agreed to switch the coumadin to apixaban, please stop warfarin after tonight's dose and start the new pills Thursday AM.
Please keep the ice pack away from that leg for good. If you get fever, spreading redness or the pain gets out of control call the unit.
Dr. N
"""),
]}

N03 = {"patient_id": "N03", "age": 63, "sex": "F", "notes": [
("2023-04-04", "Patient Portal Message", """
Subject: sore under my breast
Dr. Feld,
I know we have the video on thurs but this is getting bad. Back in January I bought new bras with the underwire and the right one always dug in under my breast, red grooves every night when I took it off. Sometime in March a sore came up right in that crease where the wire sits and now the centre went black, it throbs even with no bra at all. I stopped wearing it last week. I'm at dialysis tue/thu/sat mornings so afternoon is better.
thank u, Yvette
"""),
("2023-04-06", "Telemedicine Video Visit", """
Video visit via MyChart. Pt at home, alone. Provider in office; MA T. Ruiz present on provider side as chaperone for skin exam. Pt gave consent.

S: Ms Castellano is 63. Kidney failure, dialyzes in-centre Tu/Th/Sa; type 2 diabetes handled with linagliptin + diet (never on insulin), HTN, obesity class III (BMI 41.3 at Feb weight). Reports a painful sore under the R breast that began in March 2023, in the fold where her new underwire bra (worn since Jan) pressed. Stopped wearing that bra ~1 wk ago. No drainage, no fever.

O: On camera, R inframammary fold: approx 3 x 2 cm dusky violaceous plaque with a central black eschar, thin erythematous rim. L fold with a little maceration, no discrete lesion. Pt tender to self-palpation.

A: necrotic plaque R inframammary fold along the underwire line. Ddx calciphylaxis vs pressure necrosis vs infected intertrigo.
P: urgent derm for punch bx (scheduled 4/13). Soft wire-free bra only. Barrier cream L fold. Hold calcium acetate pending derm; will let Dr Adeyemi (renal) know.
R. Feld DO
"""),
("2023-04-20", "Dermatology Video Follow-up", """
Derm telehealth f/u - results
Video, pt at home. DOB/name verified.

Punch biopsy 04/13/2023, R inframammary fold - pathology: hypodermal vessels whose walls are crusted with calcium, clot within some lumens, necrotic adipocytes nearby; the von Kossa stain is positive. Interpretation: calciphylaxis.

She shows me the area: eschar same size, edges a little cleaner. Pain controlled w/ gabapentin post-HD dosing.
The lesion lies along the exact track of the bra underwire, which compressed that skin from January until she stopped it, and I think that sustained pressure is what set it off at that spot.

Plan: renal to give STS on her HD days, hydrocolloid dressings, wire-free bras permanently, f/u in 3 wk.
J. Amaechi MD
"""),
]}

N04 = {"patient_id": "N04", "age": 66, "sex": "M", "notes": [
("2021-11-08", "Phone Triage", """
Telephone encounter - RN triage
Caller: patient (Teodoro Lindqvist)
"Black spot on my arm where they took the mole off."
States Dr Ashby removed a mole from his left upper arm in August, stitches came out fine and it healed. Around Halloween the scar started to hurt and went purple; now there's a black scab about 1 inch long on it. Pain 6/10. No fever, no pus. HD Mon/Wed/Fri.
Meds reviewed: apixaban, sevelamer, cinacalcet. No insulin.
Disposition: see within 24-48 h - next-day derm video slot offered & accepted. Keep it clean and dry; fever or red streaking = ED.
L. Marchetti RN
"""),
("2021-11-09", "Dermatology Video Visit", """
DERM VIDEO VISIT
Consent: verbal, for telemedicine. Pt at home; wife assisting w/ laptop camera.

Interval hx: excision of atypical nevus, L lateral upper arm, on 08/12/2021 (ellipse, nylon sutures, path mild atypia, margins free). Healed by early Sept. Since about 10/31 pain + color change in the scar, now a scab.
PMH: dialysis-dependent ESRD since 2018 (R forearm fistula); provoked DVT in 2016, on warfarin 2016-2017 then stopped, on apixaban since a 2020 AF dx. No diabetes. BMI 24.1 (wt from dialysis unit).

Video exam: along the L upper arm scar sits a stuck-on black eschar (2.5 cm) plus violaceous mottling extending ~2 cm beyond it; no obvious drainage on screen. Rest of visible arm normal.

A/P: eschar confined to a recent surgical scar in a HD pt - calciphylaxis vs wound infection vs late dehiscence. Needs tissue.
- punch bx from margin 11/15 in office
- stop topical bacitracin, plain petrolatum
R. Ashby MD
"""),
("2021-11-30", "Dermatology Video Follow-up", """
Derm video f/u. Pt at home.
Punch bx 11/15 (L upper arm, eschar edge): subcutaneous arteriolar calcification and thrombosis, ischemic fat necrosis; calcium confirmed on special stain. Diagnostic of calciphylaxis.

Eschar unchanged on camera; no new lesions per pt, and he showed both legs and the trunk - clear.
Discussed that the process declared itself exactly in the excision scar from August; nothing else on his skin.
Plan: nephrology will add STS - every dialysis session; local wound care; no elective skin procedures for now.
R. Ashby MD
"""),
]}

N05 = {"patient_id": "N05", "age": 54, "sex": "F", "notes": [
("2019-01-22", "Patient Portal Message", """
Subject: knee
hi i slipped on the ice in the driveway new years eve and tore up my right knee, scraped it real bad, went right through my jeans. it was healing ok but since the 14th theres a hard purple patch over the knee cap thats sooo painful i cant hardly bend it. its getting darker every day. im on dialysis and my sugars been running high too. is this infected?? can someone look at it
- Kim O.
"""),
("2019-01-23", "Telehealth Video Visit", """
Virtual visit - audio + video. Kim is at home, husband present. Consent obtained.

54F, ESRD on HD (MWF, Riverside unit), DM2 on insulin - detemir 40 u bid + lispro SSI, all into the abdomen. Morbid obesity (no recent weight, she has not been able to get on the unit scale). No anticoagulants ever.
Fell on her driveway 12/31/2018 and abraded the R knee. Abrasion mostly healed, then from 01/14/2019 a painful hard discoloration over the same area.

Exam via phone camera (lighting poor): R anterior knee ~5 x 4 cm retiform violaceous patch with central grey-black necrosis, overlying the healed abrasion. L knee and both shins normal as seen.

Assessment: painful necrotic lesion arising in a recent abrasion - infection vs calciphylaxis, latter concerning given ESRD, DM, obesity.
Plan: wound clinic for bx (earliest 2/5), cephalexin empirically until then, keep knee padded, elevate.
P. Szabo MD
"""),
("2019-02-12", "Phone Call - Nephrology RN", """
Outgoing call to pt re: results.
Bx 02/05 R knee: calciphylaxis confirmed (calcified subcutaneous vessels, thrombi). Dr Mwangi reviewed.
Explained sodium thiosulfate will be given during the last hour of HD starting this week; stopping calcium-based binder; dietitian to call. Pt tearful, asked if the fall "caused it" - told her the injury to the skin likely triggered it in that spot.
Cephalexin stopped.
A. Brennan RN
"""),
("2019-03-05", "Telehealth Video Visit", """
Video f/u, pt at home.
Calciphylaxis R knee, bx-proven, on STS x 3 wks. Pain down from 9 to 5/10. On camera the scab looks dry, its rim peeling up a little; no new areas on legs or abdomen per pt.
Still morbidly obese, weight not obtained today. BG 150s-200s fasting on her detemir.
Plan: continue STS, wound RN weekly, endocrine referral.
P. Szabo MD
"""),
]}

N06 = {"patient_id": "N06", "age": 77, "sex": "M", "notes": [
("2024-02-20", "Phone Triage", """
TRIAGE CALL
Caller: Irena (daughter), lives with pt.
Concern: dark purple painful patches low on both sides of his belly, started on Valentine's Day. "They're exactly where he's been doing the Lovenox shots." He has been giving himself enoxaparin twice a day since Feb 5 - his coumadin level (INR) dropped and the valve doctor wanted him bridged - alternating left and right lower belly.
He does peritoneal dialysis at home overnight; no fever, bags clear per daughter.
Disposition: same-week provider visit; video tomorrow 9:00 with Dr Haugen. Do not inject into the dark areas; ask the anticoag clinic where to give tonight's dose - RN paged them.
M. Delacroix RN
"""),
("2024-02-21", "Telehealth Video Visit", """
Video visit (Teams). Pt in his kitchen with daughter, who operates the phone. I am at the clinic. Both consent.

77 M w/ ESRD on CCPD, mechanical mitral valve on warfarin, currently bridging with enoxaparin 80 mg SC q12h since 02/05/2024 (INR 1.6 that week), self-injected into the lower abdomen R and L. Since 02/14 painful dark areas developing at those injection sites. No diabetes.
Weight 92 kg at 175 cm tall: BMI 30.0.

Video: bilateral lower abdominal wall with several 1-3 cm violaceous stellate plaques, two with central black crust, R somewhat more than L. Skin elsewhere on the trunk unremarkable on screen.

A/P: stellate, painful, necrotic - and sitting where the enoxaparin goes in. With ESRD and warfarin on board I worry most about calciphylaxis. HIT-type necrosis from the heparin must be excluded too (platelets ordered).
- in-person bx Tuesday 2/27
- injections moved to upper arms per anticoag clinic
- CBC, PF4 ab
H. Haugen MD
"""),
("2024-03-05", "Nephrology Video Visit", """
Nephrology - telehealth (video), pt at home.
Bx 2/27, L lower abdominal plaque: read as calciphylaxis - arteriolar calcium, thrombosed lumens, necrotic fat. PF4 negative, platelets normal - not HIT.
The R-sided plaques look the same clinically and I am treating all of them as calciphylaxis. They came up where the enoxaparin went in, about 9 days after he started it.
Plan: stop warfarin - valve team wants anticoagulation continued, will discuss heparin infusion vs other options inpatient; STS with extra PD bag exchange schedule adjusted; no SC injections to the abdomen.
BMI 30.0 (unchanged).
S. Oyelowo MD
"""),
]}

N07 = {"patient_id": "N07", "age": 70, "sex": "F", "notes": [
("2022-09-12", "Telehealth Video Visit", """
Telehealth - video. Pt home, Sandpoint; husband with her. Consent given verbally.

CC: "sore spot on my bottom."
70 yo woman; kidney failure with HD three mornings a week (M/W/F). T2 diabetic, uses degludec 22 units once daily, injected in the thighs; L-sided sciatica. Since last spring an electric heating pad has stayed wedged under the left side of her bottom for the sciatic pain, several hrs a day, often turned to "high". In late August a painful hard purple area came up on the L buttock where the pad sits; now it has a dark center.

Video (husband holds the tablet, pt standing, limited view): L upper-outer buttock - indurated violaceous plaque about 4 cm across with a ~1 cm black center, reticulated brownish mottling around it (likely erythema ab igne). R buttock looks normal.
Wt 73 kg, BMI 28.4 per last dialysis sheet.

A/P: necrotic plaque on L buttock under a heating pad, HD pt - calciphylaxis vs thermal burn. Derm bx requested. Stop the heating pad entirely. Tylenol, lidocaine patch away from the lesion.
A. Roux MD
"""),
("2022-09-14", "Patient Portal Message", """
Subject: biopsy appt + pain meds
Dr. Roux, the skin doctor can see me on the 21st for the biopsy. The spot on my left bottom cheek is bigger now and theres a second little black one right next to it. I threw out the heating pad like you said, Jim took it to the dump. Also is it ok to take my tylenol #3 before dialysis? Its the only thing that lets me sit.
Marguerite
"""),
("2022-10-03", "Dermatology Video Follow-up", """
Dermatology video visit - biopsy results. Pt at home, husband present.

Biopsy 09/21/2022 L buttock: subcutaneous vascular calcification, thrombosis, fat necrosis. This is calciphylaxis.
Two adjacent eschars L buttock on camera, 4 cm and 1 cm, both within the area she had the heating pad on since the spring. I told her the repeated heat to that one area very likely primed it.
BMI 27.9 (down a little). Insulin unchanged.
Plan: STS via HD unit, offloading cushion, wound RN. F/u 1 month.
C. Vanterpool MD
"""),
]}

PATIENTS = [N01, N02, N03, N04, N05, N06, N07]
