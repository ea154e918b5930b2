"""probe250 corpus notes, D15-D20 (adult protective services, forensic nursing and the clinics around them; all invented)."""

D15 = {"patient_id": "D15", "age": 83, "sex": "F", "notes": [
("2022-01-18", "APS Intake Report", """
APS INTAKE   1/18/2022
Reporter: home care aide agency supervisor (mandated)
AV: 83 yo F, lives in her son's home (son + his wife); CKD stage 4, no
dialysis; diabetic on insulin; takes warfarin (AF).
Aide reports the family puts a plug-in heating pad, set to "high", under AV's lower back every
night since before Christmas; AV is bedbound and cannot shift off it. Aide found a
blistered, dark area over the L low back on 1/17 and the pad smelled scorched. Family
"didn't notice." AV says "it was nice and warm at first."
Priority: 24 hr. Physical neglect.
"""),
("2022-01-20", "Forensic Nurse Examination", """
FNE - vulnerable adult   20 January 2022   home, with APS CW
Consent: AV verbal, son present.
Body map, 9 photos w/ scale:
 #1 L lower back, paraspinal: 6 x 5 cm area - dark brown-black centre 2 cm, ruptured
    blisters, net-like brown discoloration around it (heat), irregular edges.
 #2 No grip marks, no other burns, no bruises. Heating pad: no auto shut-off, frayed cord.
Wt 88 kg, BMI 33.3.
Impression: thermal injury from prolonged heating pad use; neglect concern. Pad removed.
Referred to nephrology/wound clinic given poor healing risk (CKD, warfarin, diabetes).
"""),
("2022-02-08", "Nephrology CKD Clinic Note", """
Nephrology CKD clinic   02/08/2022
83F: CKD4 - eGFR 18, conservative care (no dialysis); T2DM on insulin; warfarin - AF.
L low back wound not healing after 3 wks: now an ulcer 7x6cm, eschar black, a
violaceous retiform border that extends past the burn outline; exquisitely painful.
Phos 5.9, PTH 410.
Imp: deep thermal burn vs calciphylaxis (warfarin, CKD, obesity) - cannot exclude
calciphylaxis. Biopsy offered; AV and son decline ("no more cutting on her"). Goals of
care: hospice referral made, comfort focus. Warfarin continued per AV's wish. BMI 33.3.
"""),
]}

D16 = {"patient_id": "D16", "age": 90, "sex": "M", "notes": [
("2017-05-22", "APS / Forensic Nurse Joint Visit", """
APS / FNE joint visit   2017-05-22
AV 90 yo M, dialyzes MWF for ESRD, wanders at night; son (AP) admits tying a bedsheet
around both ankles to the footboard "for the last month or so" so he won't get up. Son tearful, agreed
to stop today.
Exam (body map, 6 photos): both ankles - circumferential red-purple bands 2-3 cm wide with
superficial abrasion; no open wounds above or below. No other injuries.
No DM. Has never taken anticoagulants. Wt 63 kg, BMI 22.5.
Plan: bed alarm + respite referral; HD unit informed; CW to revisit in 1 wk.
"""),
("2017-06-05", "Hemodialysis Rounding Note", """
HD rounds   Mon 6/5/17
Both lower legs just above the old ankle bands: painful dusky retiform patches with small
black necrotic centres, R > L, x 1 wk. Ankle marks fading.
Ddx: r/o calciphylaxis; ?ligature pressure necrosis; ?cholesterol emboli.
Pulses: DP faint bilat. Labs: eos 4%, PO4 6.9, PTH 880.
Family declines biopsy. AV increasingly somnolent, eating little; family choosing hospice,
last HD planned for Friday. Local wound care, low-dose morphine. APS aware; son now
sleeping in AV's room instead of tying him, bed alarm in place.
"""),
]}

D17 = {"patient_id": "D17", "age": 62, "sex": "F", "notes": [
("2019-09-09", "APS Intake Report", """
APS intake   09/09/2019
Reporter: PD nurse, Riverside Home Therapies (mandated)
AV: 62 yo F, multiple sclerosis (wheelchair), ESRD on CAPD. DVT diagnosed 8/20/19; husband
gives enoxaparin shots into her belly while warfarin is being adjusted. PD RN saw "a lot of
bruising" on the abdomen and says AV "flinched" when husband raised his voice.
Husband's account by phone: "the shots bruise her, the hospital nurse said they would."
AV lives on the main floor; husband is her only caregiver.
Allegation: possible physical abuse. Priority 24 hr.
"""),
("2019-09-11", "Forensic Nurse Examination", """
FNE   11-Sept-2019   home
AV interviewed alone: husband "is rough, but he doesn't hit me"; shots began Aug 21.
Body map:
 #1 Abdomen, both lower quadrants: 9 ecchymoses 1-4 cm at injection points, varying color.
 #2 L lower abdomen: firm violaceous plaque 4x3cm, lacy livedo at its edge, painful,
    1 wk per AV.
 #3 PD catheter exit R mid abdomen - clean.
No patterned or grip injuries. BMI 28.0.
Impression: bruising consistant with anticoagulant injections; plaque #2 needs medical
evaluation. Husband shown how to give shots more gently.
"""),
("2019-09-24", "Nephrology PD Clinic Note", """
PD clinic   9/24/19
Enoxaparin stopped 9/12 once INR therapeutic; now warfarin alone (INR 2.4).
The L lower abdominal plaque has grown a little (5x4cm); some central dusky change;
the other bruises are fading. Four exchanges daily, effluent clear.
Concern for early calciphylaxis vs enoxaparin skin reaction. 4 mm punch 9/13 was
superficial, nondiagnostic (no subcutis). Deeper biopsy offered - AV declines for now.
AV relocating next week to Tucson (her sister's); records sent; advised to see nephrology
there promptly. Not diabetic.
"""),
]}

D18 = {"patient_id": "D18", "age": 70, "sex": "F", "notes": [
("2020-11-02", "APS Intake Report", """
APS INTAKE   11/2/2020
Reporter: HD social worker, Quarry Hill Dialysis (mandated)
AV: 70 yo F, HD for ESRD; T2DM on sitagliptin; lives with grandson.
Dialysis staff noticed purple blotches on both legs; AV vague about the cause. Grandson
handles her money and has been "short" with her at pickups.
Her dialysis copays have gone unpaid since August and she comes to treatment without
lunch money. Grandson drives her to HD.
Allegation: physical abuse; financial exploitation. Priority 24 hr.
"""),
("2020-11-04", "Forensic Nurse Examination", """
FNE   Nov 4 2020
AV: "They just came up on their own, nobody hurt me." Denies falls, grabbing or blows.
Body map: both lower legs and knees - dozens of raised purple dots 2-8mm, several coalescing,
a few with tiny dusky centres; non-blanching. No grip, slap or implement pattern.
Arms, trunk and back clear. 2+ pitting edema both ankles.
Morbid obesity; wt 118 kg (no height on file).
Impression: pattern not consistent with inflicted injury; ?vasculitis vs ?calciphylaxis -
medical evaluation requested today. Grandson not present.
"""),
("2020-11-10", "Dermatology Consult", """
Derm   11/10/2020
Punch bx 11/5 L shin: leukocytoclastic vasculitis; von Kossa stain negative, vessels not calcified.
Calciphylaxis is ruled out. Not inflicted trauma. Most likely drug-related (cephalexin started in
October for a UTI).
Exam today: dots fading, no ulceration. Complement normal, ANCA negative.
Plan: cephalexin listed as allergy; short prednisone course; legs elevated.
Seen with her niece today; grandson was not invited per AV's wish.
APS informed: physical abuse allegation unfounded; financial exploitation
investigation continues.
"""),
]}

D19 = {"patient_id": "D19", "age": 67, "sex": "M", "notes": [
("2018-07-16", "APS Intake - Financial Exploitation", """
APS INTAKE   2018-07-16
Reporter: branch manager, Corliss Savings (mandated financial reporter)
AV: 67 yo M on hemodialysis (ESRD), lives alone. Nephew added to the account in May; since then
$14,200 withdrawn in cash. AV came to the branch confused about his balance, with "purple
marks on his arms"; said he "fell on the porch steps."
AV alert and oriented but could not say what the withdrawals were for. Branch placed a
10-day hold on the account.
Allegations: financial exploitation; ?physical abuse. Priority 3 days.
"""),
("2018-07-19", "APS Home Visit with HD RN", """
APS HOME VISIT   Thursday 19th July 2018   CW + HD RN
AV says his older sister passed away from calciphylaxis in 2015 - she was a
dialysis patient too - and he is scared of "getting what she had."
RN skin check: both forearms with fading bruises from a fall on the porch steps last week;
no ulcers, no purpura, no plaques, no necrosis anywhere. Nothing that looks like
calciphylaxis. Coumadin 2014-2016 after a PE, off since. Not diabetic. BMI 26.5.
Plan: bank hold, nephew removed from account; CW to assist with representative payee.
"""),
]}

D20 = {"patient_id": "D20", "age": 72, "sex": "F", "notes": [
("2019-02-11", "APS Intake Report", """
APS INTAKE   Feb 11, 2019
Reporter: PD nurse, Alder Home Dialysis (mandated)
AV: 72 yo F; APD at home for ESRD; T2DM, insulin degludec nightly; lives with husband.
Husband drinking heavily since January; two supply deliveries refused at the door; AV has
skipped cycler nights. He also straps ice packs on both her knees for arthritis "most
evenings." No injuries seen by reporter. A1c 8.4 last month. Two-bedroom house, stairs to the bedroom.
Allegation: caregiver neglect. Priority 72 hr.
"""),
("2019-02-14", "APS Home Visit with PD RN", """
APS HOME VISIT   Valentine's Day 2019   CW + PD RN
Husband sober during visit, agrees to AA info. Supplies now stored in the spare room.
Skin check with AV's consent: both knees slightly pink after ice, cool; no blisters, no
wounds. Whole-body check: no ulcers, no purple patches, no necrosis, no bruises.
Ice packs now wrapped in a towel and limited to 15 min per RN teaching. AV says the ice
"feels good" and wants to keep it.
BMI 31.8 (obese) per PD chart.
"""),
("2019-03-05", "Nephrology PD Clinic Note", """
PD clinic   03/05/2019
72F ESRD on APD, T2DM on degludec, no warfarin.
Counseled: being on PD puts her at risk of calciphylaxis, so keep ice/heat sessions short
and wrapped; phone us about any new painful dark skin.
Skin: intact everywhere, no calciphylaxis findings on full exam. Knees: normal skin.
Kt/V 2.0, phos 5.4, PTH 320. BMI 31.8.
Catheter exit: clean, no redness. PD prescription unchanged: 5 cycles, 2 L fills.
APS case: husband in outpatient program; plan to close.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
