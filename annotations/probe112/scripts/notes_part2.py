"""probe112 corpus notes, F08-F14 (family medicine and primary care; all invented)."""

F08 = {"patient_id": "F08", "age": 61, "sex": "F", "notes": [
("2020-11-03", "Chronic Care Visit", """
DM / CKD follow-up.
61F, CKD5 w/ GFR around 11, pre-dialysis; L brachiocephalic fistula placed in Sept, maturing. Nephrology expects to start HD early next yr. T2DM on insulin since April: Tresiba 20u daily, goes into both anterior thighs and she says she "alternates legs daily". Obesity.
A1c 8.1 -> 7.4. No hypoglycemia. Wt 101 kg, BMI 37.9.
Feet: monofilament intact, skin intact.
Plan: cont Tresiba. Renal diet reinforced. Flu shot given today (L deltoid). RTC 3 mo.
"""),
("2021-09-27", "Telephone Encounter", """
Pt called: 2 weeks ago she banged the outer side of her right thigh into a corner of the dining room table, left a big bruise that faded. 3 days ago a hard, purple, really painful patch appeared exactly there and this AM it has a black center. Asks if the bruise "got infected".
Pt now on HD since January. Denies fever.
Scheduled w/ Dr Farouk 9/29.
"""),
("2021-09-29", "Office Visit", """
S: 61F. Dialysis since 01/2021 (ESRD), Tue/Thu/Sat shift. DM2 on insulin. Painful R lateral thigh lesion since 9/24. Hit the same area on a table edge ~9/13. She also still injects Tresiba into both thighs (since 04/2020), though she admits she usually uses "the outer part" of each thigh.
O: BMI 36.8. R lateral thigh: retiform violaceous plaque, indurated, 5x4cm, black necrotic core ~1.5cm; allodynia on light touch. L thigh: a few small firm lipohypertrophic nodules at injection sites, no purpura, no ulcer.
A: Necrotic retiform plaque R thigh where both the table-corner blow and her insulin shots landed, in a new HD pt -> calciphylaxis is the main concern.
P: urgent derm bx; move insulin to abdomen; renal informed.
"""),
("2021-10-19", "Office Visit", """
F/u R thigh.
Derm punch (10/4) - calciphylaxis, confirmed. Sodium thiosulfate started at dialysis.
Exam: eschar 2 cm, periphery less indurated. No new lesions, L thigh still clear.
Injecting into abdomen now. BMI 36.8. Pain controlled w/ hydromorphone 1 mg prn (renal dosing).
"""),
]}

F09 = {"patient_id": "F09", "age": 74, "sex": "M", "notes": [
("2020-01-21", "Telephone Encounter", """
Pt's wife calls. He has a "black scab" on his left hip, on the side, came up right after New Year's and has been getting bigger and more painful. She wants to know if it's from the heating pad. (He uses the heating pad on his RIGHT hip for bursitis, every evening since last fall - she is certain the left side never gets it.)
Appt made for Thursday.
"""),
("2020-01-23", "Office Visit", """
74M. ESRD, in-center dialysis x4 yrs (Mon/Wed/Fri); DM2 on glipizide (A1c 7.9), PAD, R trochanteric bursitis. Never on warfarin. BMI 31.2.
Skin: L lateral hip / upper thigh junction over the greater trochanter: firm dusky plaque 4x4cm; black 2cm eschar centrally; netlike purpura along its edges. R lateral hip: faint lacy brown pigment under the usual pad position (erythema ab igne), skin intact and soft, not tender.
A/P: painful necrotic plaque L hip - suspect calciphylaxis. R hip heat changes are unrelated. Derm referral for bx, wound nurse. Stop heating pad anyway.
"""),
("2020-02-20", "Office Visit", """
F/u. L hip bx (1/30) confirmed calciphylaxis per dermpath. STS 3x wk at HD since 2/3.
A1c 9.2 - glipizide stopped, started insulin detemir 10u qhs (teaching done; inject into abdomen).
L hip eschar stable, 4 cm. R hip skin unchanged, intact. BMI 30.6.
"""),
]}

F10 = {"patient_id": "F10", "age": 68, "sex": "F", "notes": [
("2020-07-14", "Office Visit", """
68F. ESRD - manual PD, four bags/day. AF, on warfarin, INRs running 2.1-2.9. HTN. Not diabetic.
CC: sore on left calf since roughly Independence Day, started as an exquisitely tender purple spot and by now the center is black. She denies any injury, bite, scratch, heat or cold to the leg before it started and has never worn support hose.
Exam: back of L calf - black eschar 3x2.5cm, bordered by retiform purpura, indurated. R leg normal. Pulses palpable. BMI 24.9.
A/P: ?calciphylaxis (PD + warfarin). Urgent derm referral. Dressing: nonadherent + loose wrap.
"""),
("2020-07-22", "Telephone Encounter", """
Pt called - Monday 7/20 the L calf sore got whacked by the car door when she got out at the PD clinic. Bled a little, dressing changed by PD nurse. Pain worse. Derm bx is booked for 7/24, keep it.
"""),
("2020-08-11", "Office Visit", """
F/u L calf.
Derm bx 7/24: calciphylaxis (calcified small arteries, thrombosis, fat necrosis).
Cardiology switched warfarin -> apixaban 7/30. Renal increased PD dwell, STS started.
Calf ulcer 3.5x3cm, now with some slough after the car-door knock; wound clinic debriding weekly. No cellulitis. BMI 24.9.
"""),
]}

F11 = {"patient_id": "F11", "age": 57, "sex": "M", "notes": [
("2018-03-06", "Office Visit", """
57M; ESRD (HD, TTS schedule); DM2 managed orally (glipizide, linagliptin), no insulin ever; morbid obesity, BMI 44.0; OSA.
HPI: x2 wks, a dark patch low on the abdomen beneath his pannus fold that hurts terribly. No injections of any kind in the abdomen, no heating pads, no belts cinched there, no injury he can recall.
Exam: lower abdominal pannus, central: livedoid indurated plaque 8x5cm, black necrotic center of 3cm.
A: suspect calciphylaxis vs. intertrigo w/ necrotizing infection. Derm & surg referral same week.
"""),
("2018-03-27", "Office Visit", """
Derm punch bx of the pannus lesion on 3/13 - calciphylaxis confirmed. Surgery did a bedside debridement 3/20.
Since the debridement his wife has been applying warm wet washcloths to it twice daily "to loosen it", and the home health nurse does wet-to-dry dressings daily with paper tape; small tape blisters at the edges.
Exam: pannus wound 8 x 5 cm, clean pink base after debridement, some new eschar at 3 o'clock. No cellulitis.
Plan: stop warm compresses; switch to hydrofiber under a silicone-bordered foam, tape-free. STS w/ dialysis. BMI 43.6.
"""),
("2018-05-01", "Office Visit", """
F/u calciphylaxis pannus wound. Slowly contracting, 6 x 4 cm. Pain improved.
Glipizide stopped (hypoglycemia on HD days); linagliptin alone, A1c 7.0. Not on insulin.
Weight 139 kg, BMI 43.9.
"""),
]}

F12 = {"patient_id": "F12", "age": 49, "sex": "F", "notes": [
("2022-10-04", "Office Visit", """
49F, ESRD from lupus nephritis, hemodialysis Mondays/Wednesdays/Fridays since 2019, SLE on hydroxychloroquine and low-dose prednisone. No diabetes. Never on warfarin. Obese, BMI 35.5.
CC: painful sores on both buttocks for three weeks.
She denies any shots in the buttocks, denies heat (pads, hot tubs), falls or snug clothing; spends the day in a padded recliner, not hard seats.
Exam: both buttocks, upper outer quadrant on each side: 4-5 cm indurated violaceous plaques with stellate eschar on the L, early necrosis on the R, surrounding livedo.
A/P: suspected calciphylaxis vs. lupus vasculopathy. Derm bx. If confirmed, renal may want heparin shots under the skin of the abdomen for the thrombotic side of this - not started. Avoid sitting on hard surfaces, use a cushion.
"""),
("2022-10-25", "Office Visit", """
Bx results (10/12): calciphylaxis, no vasculitis, no lupus panniculitis. Derm and renal in agreement.
Renal plan: STS w/ HD; discussing whether to begin heparin shots - not yet decided. Pt asks about hyperbaric O2, referral placed.
Buttocks: plaques unchanged; eschars measure 3cm (L) and 2cm (R).
BMI 35.2.
"""),
("2022-11-29", "Telephone Encounter", """
Pt called re: pain meds. Renal decided against heparin injections after all. No new sores; she again says nothing has injured that area. Refilled oxycodone 5 mg #30, PDMP ok. HBOT starts next wk.
"""),
]}

F13 = {"patient_id": "F13", "age": 64, "sex": "M", "notes": [
("2024-01-16", "Office Visit", """
64M. ESRD, HD three times weekly. DM2 on basal-bolus (glargine + aspart, all shots into the abdomen; he has never injected his thighs), class I obesity (BMI 31.0), HTN.
CC: 1) purple inner-thigh patches, agonizing, for 2 wks, 2) burned his R palm on the oven rack 5 days ago.
Exam: medial thighs, both sides: retiform purpura, necrotic centrally - right one 6cm, left one 4cm. R palm: 2 x 1 cm intact blister on erythematous base, mildly tender - superficial partial-thickness burn. Abdomen: lipohypertrophy at injection sites w/ a 1 cm red fluctuant nodule L of umbilicus.
A/P: 1) medial thigh lesions - suspect calciphylaxis, derm bx ASAP. 2) R palm: simple thermal burn, silver sulfadiazine, not calciphylaxis. 3) small abscess in an area of lipohypertrophy - I&D in office, sent cx.
"""),
("2024-02-06", "Office Visit", """
F/u. Thigh bx 1/22 (derm): calciphylaxis confirmed, both thigh lesions clinically the same process.
R palm burn healed, no scar. Abdominal abscess cx MSSA, resolved after I&D + cephalexin; derm looked at it too - not calciphylaxis.
Medial thighs: eschars R 5 cm, L 3.5 cm. STS with HD.
Insulin rotation reviewed. BMI 30.2.
"""),
("2024-04-30", "Office Visit", """
Thigh wounds improving. Down 7 kg since Jan w/ renal diet + GLP-1: BMI 29.4. Problem list still carries obesity. Continue insulin, A1c 7.3.
"""),
]}

F14 = {"patient_id": "F14", "age": 71, "sex": "F", "notes": [
("2025-06-03", "Office Visit", """
71F. ESKD doing cycler PD. T2DM, NPH twice a day, which she puts in her abdomen or the backs of both arms; prior DVT - on warfarin 2012-2017, stopped. BMI 30.4.
CC: painful purple-black sores on both lower legs since May.
She denies bumps, scrapes, heat or cold on the legs; no compression stockings.
Exam: bilateral calves, posterior and lateral: multiple stellate necrotic ulcers 1-3 cm in a background of livedo racemosa. Arms and abdomen: no lesions.
A/P: suspected calciphylaxis. Derm bx. Holding off on compression wraps for now.
Counselled: calciphylaxis can be triggered by skin trauma, so keep injecting in the abdomen/arms, keep hot pads & cold packs off her legs, avoid knocks.
"""),
("2025-06-24", "Office Visit", """
Derm biopsy of the R calf 6/10: calciphylaxis. Renal started intraperitoneal STS.
Both calves: ulcers stable, no new ones. Still injecting NPH in abdomen and arms, no problems there.
Re-counselled about avoiding trauma to the legs. BMI 30.4.
"""),
("2025-08-12", "Telephone Encounter", """
Daughter calls for mom: the leg sores are "slowly drying up". Asking if mom can go back to her water aerobics class; advised not until the ulcers have healed. Pt still on insulin, blood sugars ok.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
