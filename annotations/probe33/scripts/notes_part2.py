"""probe33 corpus notes, H08-H14 (telehealth, telephone triage, patient portal; all invented)."""

H08 = {"patient_id": "H08", "age": 61, "sex": "F", "notes": [
("2024-11-25", "Patient Portal Message", """
Subject: painful place on my chest - is this from the bus?

Hello Dr Szymanski
I started driving a school bus in August 2024 (route 14, mornings and afternoons). The shoulder belt on that bus is old and stiff and it presses right across my left breast, it rubs there the whole shift. About 6 weeks ago a sore hard patch came up on my left breast exactly under where the belt crosses. It was pinkish purple at first and now part of it is black and leathery, plum sized. I put a folded washcloth under the belt now but it still hurts to even wear a bra.
I do my dialysis at home (PD) every night. I have not had a mammogram since last year.
Thank you, Lorraine
"""),
("2024-11-27", "Telehealth Video Visit", """
VIDEO VISIT - Nephrology (home PD program)
Identity verified x2. Pt in private room at home.
61F, ESKD on APD since 2022, T2DM on linagliptin (never on insulin), HTN, obesity - wt 101 kg, BMI 38.0.
Per pt, new occupational exposure: school bus driver since 08/2024, lap-shoulder belt across the L breast for ~6 h/day. Painful induration L breast began mid-October, ~10/14/2024 per her calendar; central darkening for 2 wks.
On camera (pt positioned herself, chaperone = husband): upper outer / central L breast - diagonal violaceous indurated plaque, 7 by 4 cm, following the line of the belt; eschar (black, 3 by 2 cm) centrally; retiform border. R breast unremarkable. No nipple changes, no axillary mass per pt.
Last month's labs: PTH 840, phosphorus 7.1, calcium 9.9.
Impression: Necrotic plaque of the L breast at the site of daily seatbelt friction/pressure in an obese diabetic on PD whose phosphate and PTH are well above target - suspect calciphylaxis. Ddx: breast abscess, fat necrosis, inflammatory carcinoma (much less likely).
Plan: breast surgery / derm in-person for incisional bx + mammogram; off work note given; no belt pressure on that side.
"""),
("2024-12-10", "Telephone Encounter", """
Results call - RN Tamsin Oyelaran
Pt called back at 2:40 pm. Reviewed L breast incisional biopsy from 12/4: small vessel calcification, fibrin thrombi, fat necrosis -> consistent with calciphylaxis. Mammogram 12/4 BI-RADS 2, vascular calcs both breasts. Pt asked whether the bus belt did this; told her the team thinks the constant rubbing picked the spot. Nephrology to start STS and a cinacalcet titration; parathyroid surgery consult. Work note extended through January.
"""),
]}

H09 = {"patient_id": "H09", "age": 66, "sex": "F", "notes": [
("2022-04-11", "Telehealth Video Visit", """
Telemedicine (video) - Renal clinic
66 yo F, in-centre haemodialysis (Tues, Thurs, Sat), on warfarin since a 2021 L leg DVT, morbid obesity BMI 35.0 (wt 92 kg), no diabetes (A1c 5.6).
In February she was admitted for 9 days with pneumonia; INR was low so she got SC heparin BID, "every single one in the right half of my belly" - she remembers the nurses always picking the right side, never the left.
Now: painful plaque on the LEFT lower abdomen, first appearing roughly 3 weeks ago - hard, purple - and black in the middle for the past week. Nothing was ever injected on the left per pt; no heat, no trauma.
Video: L lower abdomen below the pannus fold - necrotic stellate plaque, 5 by 4 cm, ringed by livedo. Pt also shows the R lower abdomen on request: a few faded brown dots from the heparin shots, skin soft, no lesion.
A: necrotic L lower abdominal plaque; dialysis + warfarin - concerning for calciphylaxis.
P: bx (derm 4/14), labs, wound RN.
"""),
("2022-04-20", "Telephone Encounter", """
TC with pt - bx result
L lower abdominal wall punch (4/14): calcium in subcutaneous arteriole walls, luminal thrombi, necrotic fat. Final dx calciphylaxis. Pt informed. Warfarin stop discussed -> switching to apixaban per hematology. STS with each HD starting Thursday. She asks whether the heparin in the hospital could have done it; explained those shots were given on the other side (right), where the skin is normal.
"""),
("2022-05-02", "Patient Portal Message", """
Hi Dr. Lindqvist, the sore on my stomach (left side) is draining yellowish stuff onto the dressing since Saturday, it doesnt smell. Where they gave me the heparin shots in Feb, on my right side, is still totally fine, no marks at all. Do I need to come in or can I send a pic? - Philippa
"""),
]}

H10 = {"patient_id": "H10", "age": 58, "sex": "M", "notes": [
("2022-05-16", "Telehealth Video Visit", """
Home PD - telehealth video visit
58 yo M, ESRD on CCPD, T2DM on insulin degludec + lispro (abdomen, rotates L and R), obesity BMI 31.0.
C/o painful purple area, inner R thigh, present since 5/2/2022. Denies any injury to the thigh. Never injects insulin in his legs; hasn't used heat or cold packs; no tight clothes or braces. No fever.
On video: R medial thigh - retiform purpura roughly 6 by 5 cm, centre firm and violaceous, no eschar yet. L thigh normal.
Impression: early calciphylaxis is the main worry (PD, insulin, obesity, high phos).
Plan: derm bx 5/24 (earliest slot), optimize binders, wound RN video check in 1 wk.
"""),
("2022-05-23", "Telephone Triage", """
Triage call from pt
Pt states his feet went out from under him on a wet bathroom floor Friday (5/20); he came down on his right side and the inner right thigh struck the bathtub rim. Now a big bruise around the sore spot on the right thigh and the middle of the sore has turned black. Pain 9/10 since the fall. Head not struck, never passed out, able to walk.
Disposition: ED vs keep bx appt - pt declines ED, keeps bx tomorrow. Advised fall precautions, ice not to be used.
"""),
("2022-06-01", "Telephone Encounter", """
Result call: derm punch biopsy R medial thigh 5/24 - calciphylaxis (vascular calcification with thrombi, septal panniculitis). Hematoma from last week's fall also seen in the superficial dermis. Discussed with pt and wife. Lesion was already present for about 3 weeks before the fall. STS ordered; phosphate binder increased; wound care supplies ordered.
"""),
]}

H11 = {"patient_id": "H11", "age": 70, "sex": "F", "notes": [
("2025-01-13", "Patient Portal Message", """
Subject: leg sore not healing

Hello Nurse Ashdown
My left calf has a sore on the back of it that started on January 2. It began as a painful dark spot and now it is black in the middle, as big as a silver dollar. Since it started I have been putting a warm wet washcloth on it two times a day because my mother always said warmth helps healing. Is that ok? I didnt bump it or anything, it just appeared. I go to dialysis M W F and they said to message you.
Thanks, Gwendolyn
"""),
("2025-01-15", "Telehealth Video Visit", """
TELEHEALTH VIDEO - Nephrology
Pt seen via video from her apartment, neighbor helped set up the tablet.
70 F, ESRD, HD x 4 yrs (fistula L arm), HTN, prediabetes (A1c 6.1, not on meds), no anticoagulants. BMI 22.8.
HPI: Painful lesion L posterior calf, onset 01/02/2025. Nothing hurt the leg beforehand - no knocks, no injections there, no heat before; warm compresses started only after the sore appeared.
Exam (video + 2 photos): L posterior calf - black eschar measuring 3.5 cm, rim violaceous, livedo reticularis around it. No other lesions on either leg.
A/P: Likely calciphylaxis L calf.
- stop the warm compresses
- derm bx 1/21
- STS to be discussed after path
"""),
("2025-01-28", "Telephone Encounter", """
Phone call w/ pt. Path from 1/21 punch bx of L calf lesion: calciphylaxis (calcium in small vessel walls, thrombosis). Pt also mentions the paper tape from the dressings took a strip of skin off next to the wound on her left calf last Thurs - wound RN to use silicone tape instead. Biopsy site itself healing. STS start at HD Friday. No more warm cloths per pt.
"""),
]}

H12 = {"patient_id": "H12", "age": 75, "sex": "M", "notes": [
("2019-11-04", "Telephone Triage", """
TRIAGE - RN
Pt's wife Lucinda calls: husband has "bad black sores on the backs of both his thighs" for about two weeks, worse every day, can't sit in his recliner. She asks if his heating pad would help - he hasn't used one yet, she wanted to check first. Told her not to. According to her he hasn't fallen, and the only shot he's had was the flu shot in his arm in Sept. He's on HD at the Brookhaven unit.
Disp: video visit in 48 h, sooner if fever.
"""),
("2019-11-06", "Telehealth Video Visit", """
Video visit - Nephrology
75 M, ESRD on HD TTS, diet-controlled diabetes (A1c 6.8, no meds), no warfarin. BMI 30.0 (96 kg / 179 cm).
Per pt/wife: bilateral posterior thigh lesions x ~2 wks (onset ~10/21/2019). He denies trauma: nothing injected into his legs, never used heat or ice, no falls or bumps, no tight belts; sits in a padded recliner. Flu vaccine in the L deltoid 9/2019, arm fine.
Video: posterior thighs bilaterally - multiple stellate black eschars (the largest right 6 cm, left 4 cm) with surrounding retiform purpura and induration.
A: Bilateral posterior thigh necrotic plaques in HD pt w/ obesity - calciphylaxis highly likely.
P: bx (arranged for 11/11), STS, no heating pad.
"""),
("2019-11-20", "Telehealth Video Visit", """
Video f/u
Bx 11/11 R posterior thigh - calciphylaxis confirmed on path.
Wound surgeon plans to debride the eschar on the R thigh next week. Pt worried about the surgery; reassured. Also asked if he could have an insulin shot "to get sugars down faster" - explained not indicated; diet only.
STS 3x/wk at HD, started 11/13. Pain control: hydromorphone low dose.
"""),
]}

H13 = {"patient_id": "H13", "age": 68, "sex": "F", "notes": [
("2020-01-21", "Telephone Triage", """
Telephone triage (RN)
Pt called re: two problems. 1) "A blister on my lower back from the heating pad" - for her sciatica the pad goes behind her lower back most nights; last week she dozed off with it turned up high and woke with a blister. 2) "Sores on both my legs", on the calves, which began roughly 10 days ago as painful purple patches and are now turning black. Nothing - heating pad or otherwise - has ever been put on her legs, she says.
PD at home, insulin for diabetes.
Disp: video visit 1/23.
"""),
("2020-01-23", "Telehealth Video Visit", """
Virtual visit (video) - PD clinic
68 F, ESRD doing CAPD, T2DM - insulin glargine into abd, BMI 28.5. Not on warfarin.
1) Low back: 3 cm ruptured blister on a background of reticulated brown erythema - superficial thermal burn on erythema ab igne from nightly heating pad. Healing, clean.
2) Bilateral calves: retiform purpura with early black eschars (R 3 cm, L 2 cm), very tender. Onset ~1/11/2020. No trauma, heat, cold, or injections in the legs; the heating pad has only ever been on her back.
A: calf lesions - concern for calciphylaxis; back = burn, not the same process.
P: derm bx of a calf lesion; burn care with petrolatum; heating pad to lowest setting or stop.
"""),
("2020-02-04", "Telephone Encounter", """
Result phone call: punch bx R calf (1/29) - calciphylaxis, diagnosis confirmed by dermpath. Pt informed. The low back burn is healing well per her photo and derm confirms it is a heat burn, not calciphylaxis. Plan STS via peripheral IV at infusion center 3x/wk; PD prescription adjusted for phos.
"""),
]}

H14 = {"patient_id": "H14", "age": 56, "sex": "M", "notes": [
("2023-06-12", "Telehealth Video Visit", """
VIDEO VISIT - Nephrology / calciphylaxis clinic
56 M, ESRD, dialyses in-centre three mornings a week. T2DM, self-injected insulin into abdomen, both sides. Severe obesity, BMI 44.6.
Calciphylaxis, R lateral thigh, proven on bx 6/5/23; lesion present since Memorial Day per pt. Before it began, he says, nothing had happened to that thigh: not hurt, not injected, not heated, not pressed on.
Counseling: thighs are to stay free of heat and ice; nobody should inject into the thighs or arms near wounds; keep insulin in the abdomen and rotate. High fall risk on opioids - home PT eval ordered. If a new painful spot appears anywhere, send a photo the same day.
Video: R lateral thigh 8 x 5 cm black eschar with violaceous border. L thigh and abdomen normal.
"""),
("2023-06-26", "Patient Portal Message", """
Pt message: Can I put an ice pack on my right thigh? The sore burns so bad at night and my brother said ice would numb it.

Reply (RN Heloise Mbeki): Please don't put ice or heat on your thigh - with calciphylaxis either can damage the skin and make the wound bigger. Take the pain medicine as prescribed and we will talk about it at your video visit. If the pain is not controlled call the clinic.
"""),
("2023-07-10", "Telephone Encounter", """
Phone f/u - RN
Pt reports no ice or heat used. Insulin still going into abdomen. R thigh wound unchanged per HD nurses. BMI today 43.9. PT came out, walker issued. Reinforced: no injections or cold/heat to the legs, and call if fever. Next video 7/24.
"""),
]}

PATIENTS = [H08, H09, H10, H11, H12, H13, H14]
