"""probe97 corpus notes, Q01-Q07 (home health, visiting nurse, phone triage; all invented)."""

Q01 = {"patient_id": "Q01", "age": 63, "sex": "F", "notes": [
("2019-11-20", "Home Health Skilled Nursing Visit", """
SKILLED NURSING VISIT - Brightwater Home Health
Homebound: yes, leaves home only for HD (T/Th/Sat) by medical van.
Subj: pt complaining of "a sore burny place" on her belly, L of the navel; says it began 3 wks ago - started out as a hard knot, has gone dark centrally. States she puts her Lantus there every night, "always the left, down below my navel, ever since they sent me home from St. Anne's in June." Admits she never rotates - "the right side is where my pants button sits."
Obj: VS 98.4 / 88 / 148-82 / 18, sat 96 on room air. Wt 187#, BMI 31.2.
LLQ: 3.5x2.5cm indurated purplish plaque w/ 1 cm central black eschar, ringed by net-like violet mottling. Exquisitely tender, pt pulled away on light palpation. No drainage, no warmth past margin.
A: new necrotic, very painful LLQ lesion sitting on her insulin spot; ESRD/HD.
P: phoned Dr. Varga's office (PCP), orders rec'd: derm referral, no injections into LLQ. Pt taught to use R upper arm for Lantus until seen. Cont glucose log. SN next visit 11/22.
"""),
("2019-11-22", "After-Hours Nurse Advice Call", """
AFTER HOURS NURSE LINE - call rec'd 21:40
Caller: Tamsin (daughter), pt on speaker.
Reason: "mom's stomach sore is way worse, she is crying with it." Pain 9/10 despite tylenol. Black part bigger per daughter, "like a quarter now." Oral temp 99.0. Pt is type 2 diabetic on insulin, dialysis Tu Th Sat. Sugar tonight 212.
Protocol: skin lesion / wound, worsening pain. Disposition: see provider within 24 hrs. Caller declined ED tonight, will phone derm office at 0800. Go to ED for temp over 100.4, red streaks, confusion. Caller verbalized understanding.
"""),
("2019-12-04", "Dermatology Consult", """
DERMATOLOGY - new consult, Lakemont Skin Clinic. Referring: Dr. P. Varga
HPI: 63F, ESRD (HD TTS, L arm fistula), insulin-requiring T2DM, here for a painful LLQ plaque. Onset late October. Glargine was begun 06/03/2019 when she was discharged after a hyperglycemia admission and has gone nearly every night into the same square inch of the left lower quadrant.
Exam: L lower abdominal wall, 4x3cm star-shaped black eschar, violaceous woody rim, retiform purpura beyond it. Rest of pannus, flanks and thighs clear.
Path (punch bx 11/26, rim of lesion): mural calcific deposits in little subcut arterioles plus intimal thickening and fibrin thrombi, septal panniculitis; von Kossa +.
Imp: bx-proven calciphylaxis, confined to the patch she uses for glargine.
Plan: STS at dialysis (nephro managing), moist wound care, move glargine to the arms, analgesia reviewed. Wt 184 lb (BMI 30.6).
"""),
]}

Q02 = {"patient_id": "Q02", "age": 71, "sex": "M", "notes": [
("2020-12-02", "Telephone Triage", """
TELEPHONE TRIAGE - PD unit nurse line
Caller: wife, Bernadette. Pt: 71M on home PD (cycler nightly), AFib on Coumadin.
Concern: "a black scab thing" on his R lower back, began on Thanksgiving - "he said something stung back there when he got up from the table." Now very painful, can't lie flat on it. Wife says he has been going to sleep on an electric heating pad against that side of his back every night since the summer for his arthritis, often dozes off with it on high.
No fever. PD effluent clear. INR last wk 2.6.
Advised: unplug the heating pad and stop using it. HH RN visit set for Friday. Msg routed to Dr. Nkemelu (nephro).
"""),
("2020-12-04", "Visiting Nurse Home Visit", """
VNA HOME VISIT
71 y/o M, ESRD on CCPD. No DM (A1c 5.4). Coumadin 5mg qd (afib).
Skin: R paralumbar area ~4 x 3 cm dry black eschar, firm dusky-violet rim. Over the surrounding R low back there is lacy red-brown reticulated pigment in a rectangle that matches the pad (toasted-skin look). Pain 8/10 to touch.
Heating pad taken out of the bedroom, wife putting it in the garage.
Wt 81.2 kg, Ht 175 cm, BMI 26.5.
Plan: bordered foam dsg, derm appt 12/9 confirmed, RN back 12/8.
"""),
("2020-12-15", "Nephrology Clinic Note", """
Nephrology f/u
71M, ESRD (IgA nephropathy), doing CCPD since 2017. Seen by derm 12/9 - punch bx R low back - calcified media of tiny vessels + thrombosis, consistent w/ calciphylaxis. Lesion sits inside the heating-pad zone; the nightly heat since summer 2020 is our best guess at the local trigger.
Chem: Ca 9.6 (uncorrected), phos up at 6.8; intact PTH 612.
Plan: stop warfarin -> apixaban (cards agrees). STS to be given at the infusion suite three times weekly. Calcium carbonate -> sevelamer, start cinacalcet. Stays on PD, extra daytime dwell.
BMI 26.4.
"""),
]}

Q03 = {"patient_id": "Q03", "age": 58, "sex": "M", "notes": [
("2022-06-06", "Home Health Physical Therapy Visit", """
HOME HEALTH PT - visit 6 of 12
Dx: R knee OA w/ instability; ESRD on PD; T2DM.
S: pt reports R calf "killing me" x 1 wk; first saw a dark patch on Memorial Day when he unstrapped the brace for his shower.
O: hinged R knee brace, fitted by ortho 04/12/22 and worn all waking hours since. Its lower strap cinches round the prox R calf. Along the strap line: 5 cm band-shaped purple-grey patch w/ 2 small black dots, woody to touch, very tender. DP/PT pulses palpable.
Tx: gait training held today. Brace off, pt told not to put it back on until RN/MD look. SN and MD notified.
Wt 241 lb; BMI 34.0 per chart.
"""),
("2022-06-08", "After-Hours Nurse Advice Call", """
Nurse advice line (after hrs) 23:15
Pt calling himself: "the spot on my right leg under where the brace goes is turning black and I cant sleep." Took 2 tylenol at 10pm, no help. Has PD, "my fluid looks normal." Denies fever, chills.
RN reviewed: brace off since Monday per pt. Sugars 140s on his linagliptin.
Disposition: call PCP when office opens for same-day visit; ER for fever, redness that spreads, or cloudy bags. Pt agreeable.
"""),
("2022-06-21", "Dermatology Clinic Note", """
Derm clinic
58M on PD. R posteromedial upper calf: 6 x 2.5 cm linear retiform necrotic plaque lying exactly in the track of the knee brace's lower velcro strap. Punch bx 6/13: calcified small dermal/subcutaneous vessels, thrombosis, fat necrosis = calciphylaxis. No other lesions seen.
Diabetic on linagliptin alone (never insulin). No anticoagulants ever. BMI 34.3.
A/P: calciphylaxis provoked by chronic strap pressure on the R calf (brace worn daily since 4/12/22). Brace discontinued for good; ortho to consider an unloader design without calf strap. STS via PD team. Wound RN weekly.
"""),
]}

Q04 = {"patient_id": "Q04", "age": 66, "sex": "F", "notes": [
("2023-11-02", "Visiting Nurse Home Visit", """
HOME VISIT - SN, recert
66F, s/p R breast lumpectomy 08/14/2023 for DCIS; ESRD on HD MWF; mechanical MVR on warfarin. Incision had fully closed by her 6 week post-op check.
Today pt shows me the scar: "it went dark and hurts like fire, since sometime in October." Upper outer R breast along the healed incision: 4 cm hard black crust, dusky violet edges, skin around it mottled. No fever, no drainage.
BMI 37.5 (wt 212 lb).
Called surgeon's office; they want derm to see her. Appt made.
"""),
("2023-11-09", "Telephone Triage", """
Triage call - surgical oncology line
Pt states thin yellow ooze from "the breast scab" since yesterday, pain 7/10, "it burns". Temp 98.9 at home. INR Mon 3.1.
Disposition per protocol: keep derm appt 11/14; cleanse w/ NS, dry gauze, change daily. Return precautions given: fever, red spreading, foul smell.
"""),
("2023-11-20", "Dermatology Consult", """
Dermatology
Referred for necrosis of the R breast. Hx as above; lumpectomy 8/14/23, symptoms at the scar from October.
Exam: R breast UOQ, 4.5 cm black eschar tracing the arc of the lumpectomy scar, retiform violaceous border, exquisitely tender. L breast normal.
Incisional bx 11/14: arteriolar medial calcification, microthrombi, panniculitis - calciphylaxis.
Warfarin since 2015 for valve - can't be stopped; discussed w/ cardiology re lowest safe INR. Non-diabetic.
A: calciphylaxis within the R breast surgical scar.
"""),
("2023-12-11", "Nephrology Progress Note", """
Nephrology
Calciphylaxis of R breast within lumpectomy scar, bx proven. STS 25 g IV with every HD. Binder changed to lanthanum; dialysate Ca lowered. Vit K supplementation started per cardiology w/ INR checks.
Wt 209 lb, BMI 36.9.
"""),
]}

Q05 = {"patient_id": "Q05", "age": 77, "sex": "F", "notes": [
("2021-07-28", "Visiting Nurse Home Visit", """
VN visit - wound check
77F, HD Mon/Wed/Fri, insulin-dependent DM2 (NPH into her stomach, rotates). Pt tripped on the porch step on the 4th of July and scraped her L shin; neighbor cleaned it and it scabbed over. Since 7/19 that same spot went hard and purple, now black in the middle, ~3 cm; "hurts worse than when I fell".
L anterior shin: stellate eschar on indurated violaceous base; old abrasion scab edge still visible at one side. Pedal pulses weak but present, cap refill 3 sec.
Plan: photos sent to PCP, no compression wrap, petrolatum + nonadherent dsg.
"""),
("2021-07-30", "After-Hours Nurse Advice Call", """
After hours call 19:05. Caller: son (Dwayne).
"Mom's leg, the place she scraped on the step, is black now and she's yelling when the sheet touches it." No fever. Blood sugar 188. Last HD today, went fine.
Advised: keep sheet off with a pillow tent, tylenol as labeled; derm appt Tues. ED if fever/confusion. Son ok w/ plan.
"""),
("2021-08-10", "Dermatology Consult", """
Derm consult
L pretibial plaque 3.5x3cm, necrotic centre, retiform edge; located on the site of the abrasion from 7/4 (trip on a step). Onset 7/19 per pt.
Bx 8/3: calciphylaxis (small-vessel calcification, thrombosis). R leg clear.
Hx: dialysis (HD); DM2 - insulin; never anticoagulated. Ht 5'2", wt 163 lb, BMI 29.9; she is overweight, though not obese by the numbers.
P: STS w/ HD, wound clinic, avoid any further trauma to L leg.
"""),
]}

Q06 = {"patient_id": "Q06", "age": 54, "sex": "M", "notes": [
("2024-08-22", "Home Health Skilled Nursing Visit", """
SN VISIT
54M, ESRD on in-center HD. Recurrent DVT; warfarin stopped this spring after a GI bleed, switched to heparin 5,000 units subQ twice daily, his wife does the shots - she picks the backs of both his arms.
New problem: two sore purple areas, one at the back of each arm above the elbow, right where she gives the shots. Pt says both popped up 10 days ago.
L post upper arm: 3x2cm indurated violaceous plaque. R post upper arm: 4x3cm, same plus dusky centre. Tender++.
No DM. BMI 24.1.
Called nephro on-call: hold injections into arms, use abd instead pending review; derm referral.
"""),
("2024-08-24", "Telephone Triage", """
Phone triage 10:20
Wife calling: "the right arm one is black in the middle now, the left is just dark purple." He is taking oxycodone 5 mg that the kidney doc gave. No fever.
Heparin now going into belly per instructions, none in arms since Thurs.
Disposition: derm appointment moved up to 8/28. Call back sooner if new spots.
"""),
("2024-09-03", "Nephrology Clinic Note", """
Nephrology
Derm punch bx R posterior arm 8/28: calciphylaxis (von Kossa + vessel calcification). Clinically the same process on the L posterior arm. Both at heparin injection sites: SC heparin since May, always given in the posterior arms.
Hx warfarin (stopped April 2024, GI bleed). Non-diabetic.
Plan: switch anticoagulation to apixaban; STS with HD; phos control.
"""),
]}

Q07 = {"patient_id": "Q07", "age": 61, "sex": "M", "notes": [
("2025-07-01", "After-Hours Nurse Advice Call", """
NURSE ADVICE - after hours 20:50
Pt calling: painful sore "on my side, right where the elastic of my sweatpants bites in." Started middle of June as a red hard line, now "purple and a black bit". Says his sister got him the sweatpants at Easter and he has had them on nearly every day since, "they're too tight but comfy".
Pt reports kidney failure, dialysis 3x a week, sugar diabetes, no insulin ("diet only").
Disposition: see PCP/derm within 24-48h; loose clothing; home health RN already coming Thurs.
"""),
("2025-07-03", "Home Health Skilled Nursing Visit", """
HH SN visit
61M, ESRD/HD, DM2 (diet only). Morbid obesity, wt 322 lb, BMI 44.2.
Skin: flank at waistband level - horizontal 5x2cm violaceous indurated plaque with 1 cm eschar, lying in a deep groove pressed by the elastic waistband. Skin folds otherwise intact, no candida.
Educated: no tight waistbands, suspenders offered.
Plan: derm appt 7/10, nonadherent dressing.
"""),
("2025-07-17", "Dermatology Follow-up", """
Derm f/u - bx results
Punch bx 7/10 of flank plaque: calcified subcutaneous arterioles, thrombosed, with fat necrosis = calciphylaxis.
Lesion follows the compression line of the sweatpant waistband on the flank; worn daily since 4/20/25.
No warfarin. No insulin. BMI 44.2.
Plan: STS with HD, avoid pressure, wound care.
"""),
]}

PATIENTS = [Q01, Q02, Q03, Q04, Q05, Q06, Q07]
