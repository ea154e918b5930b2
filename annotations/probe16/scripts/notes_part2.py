"""probe16 corpus notes, A08-A14 (dialysis-unit nephrology records; all invented)."""

A08 = {"patient_id": "A08", "age": 61, "sex": "M", "notes": [
("2025-05-28", "Hemodialysis Monthly Rounding Note", """
Northfield Renal Unit -- rounding, MWF PM
61M, ESRD from DKD, HD since 2021, R radiocephalic AVF (2nd cannulation site buttonhole).
PL (copied fwd, reviewed):
- ESRD on HD
- DM2, basal-bolus insulin
- R knee OA -- ortho (Dr Vukovic) fitted a hinged R knee brace on 05/06/2025, wearing it all day incl. during tx
- HTN, HLD
- SHPT
- hx toe amputation? NO -- pt corrects, it was the neighbour. Removed from list.
Meds: insulin glargine 28 u SC qhs + aspart 5-7 u ac (he injects into abdomen, rotates); heparin 2000/1000 w/ circuit; Venofer 50 IV weekly; Retacrit 4000 u IV qHD; sevelamer 1600 TID; cinacalcet 60; atorvastatin 40; amlodipine 5.
Wt 86.0 kg, BMI 28.4. Pre BP 150/82.
Labs: Hgb 10.7, K 5.3, Ca 9.5, P 6.6, PTH 690, Alb 3.6. A1c 7.9.
A/P: Phos -- binder timing education; SHPT -- cinacalcet up to 90. Knee pain better w/ brace, told to remove it at night.
Dr A. Lemaitre
"""),
("2025-07-14", "Nursing Skin Check (HD unit)", """
NURSING SKIN INSPECTION (monthly)      Pt: Kwabena Aidoo      Chair 3
Head/neck: WNL
Trunk: WNL, insulin sites abd rotated, no lumps
Arms: AVF arm, no issues
Legs: ** R thigh, front, lower third, about 10 cm above the kneecap -- where the top strap of his knee brace sits: 5 cm x 3 cm hard purple patch w/ a black center, lacy purple ring around it. Pt says he first saw it "about 3 weeks ago" and thought the brace was just too tight. Now hurts 8/10, can't wear brace anymore.
   L leg: WNL
Feet: WNL, monofilament reduced bilat
Braden/other: n/a
Action: MD aware, photo uploaded, derm referral requested. Pt asked to leave brace off.
C. Ruiz-Okonkwo, RN
"""),
("2025-07-24", "Dermatology Letter to Nephrology", """
Dear Dr Lemaitre,
Thank you for referring Mr Aidoo. I saw him on 22 July.
He dates a painful plaque to late June, sited on the right distal anterior thigh, directly beneath the proximal strap of the hinged knee brace he has worn daily since 6 May. On examination: violaceous, indurated plaque measuring 6 by 4 cm, with black eschar in the middle, livedo racemosa fanning out around it. The left leg is normal.
Punch biopsy: calcified small vessels in the subcutaneous tissue with luminal thrombi and necrotic fat; von Kossa positive. The picture fits calciphylaxis. I think the constant strap pressure determined the location.
I recommend intravenous sodium thiosulfate with each session, strict avoidance of the brace (ortho to suggest an alternative), and analgesia via the renal pain team. Review in 3 weeks.
Yours sincerely,
Dr Priya Vandersloot, Dermatology
"""),
]}

A09 = {"patient_id": "A09", "age": 70, "sex": "F", "notes": [
("2018-03-12", "Hemodialysis Monthly Rounding Note", """
Southmoor Dialysis -- Rounding Note (Mar 2018)
70F ESRD 2/2 DM + HTN. HD in-centre Mon/Wed/Fri, access L BC fistula.
Problems: ESRD/HD; DM2 insulin-treated; morbid obesity BMI >35; HTN; chronic low back pain; hypothyroid.
Meds: Lantus 26 u SC qhs + Humalog SSI -- she only ever injects on the RIGHT side of her belly ("I'm right handed, the left side is awkward", per pt); heparin 1000 u bolus + 800 u/hr; Venofer 100 IV q wk; Mircera 120 mcg IV monthly; calcium carbonate 1250 mg TID; levothyroxine 88.
Not on warfarin / no anticoagulant.
O: Wt 104.8 kg, BMI 38.7. BP 161/90. Lungs clear.
Labs: Ca 10.2 H, P 5.9, PTH 210, Alb 3.3.
A/P: Ca high on carbonate -> change to sevelamer. Otherwise stable.
Dr O. Castellanos
"""),
("2018-04-09", "Nursing Skin Check (HD unit)", """
SKIN CHECK / Southmoor Dialysis
[x] skin issue found   [ ] no issue
LOCATION: L lower abdomen below belt line, lateral to midline (pannus fold)
DESCRIPTION: 2 purplish indurated areas 3 cm + 2 cm, one with a dark scab in middle, very painful to touch, started ~2 wks ago per pt
RIGHT lower abdomen: injection sites w/ small bruises + lipohypertrophy, no purple areas
Pt denies scratching, heat, falls or injecting on the left -- "never, I always do the right".
MD notified (Dr Castellanos), wound referral, photo in chart.
-- Glenys Ambrose RN
"""),
("2018-04-30", "Dermatology Letter to Nephrology", """
Dear Dr Castellanos,
Re: Ms Perpetua Odell
I assessed Ms Odell on 24 April for two painful plaques in the left lower abdominal pannus. They have now merged into one plaque of roughly 6 by 4 cm, capped with adherent black eschar, margin retiform and purpuric.
The marginal biopsy confirms calciphylaxis: subcutaneous arterioles are calcified and thrombosed, and the fat around them is necrotic. Risk factors include obesity, female sex, diabetes and hypercalcaemia on calcium carbonate.
I specifically asked about local trauma. Her insulin goes exclusively into the right half of her abdomen, and that skin is unaffected, and she denies injury, heat or pressure on the left. I could not identify a local trigger.
Plan: sodium thiosulfate with HD, wound care with foam dressings, pain team review.
Kind regards,
Dr H. Ellingsen, Dermatology
"""),
]}

A10 = {"patient_id": "A10", "age": 55, "sex": "M", "notes": [
("2019-05-09", "PD Clinic Note", """
Home PD unit -- unscheduled visit
55M, ESRD 2/2 FSGS, APD nightly (cycler 4 x 2.5 L, last fill 1.5 L) since 2017.
PMH: rheumatic MVD s/p mechanical MVR 2009, anticoagulated w/ warfarin (INR aim 2.5 to 3.5); gout; HTN. No DM.
S: 1 wk hx, exquisitely painful spot lateral L thigh, came up on 5/2 "out of nowhere". Denies any knock, fall, insect bite, injection or heat there. No new meds.
O: L lateral thigh 3 cm dusky indurated patch with a faint purple reticulated edge, exquisitely tender; no eschar yet. No fluctuance. Exit site clean.
Wt 79.1 kg, BMI 26.0. INR 3.4.
Labs: Ca 9.3, P 6.8, PTH 760, Alb 3.2.
A: painful indurated patch L thigh in PD pt on warfarin -- early calciphylaxis high on ddx vs panniculitis.
P: derm urgent, avoid trauma to area, stop calcium-containing binder.
Dr B. Iwu-Harrington
"""),
("2019-05-28", "PD Nursing Telephone Note", """
Call from pt's wife. Pt bumped the sore place on his L thigh against the corner of the kitchen table on 5/20 and it bled through his pyjamas; since then it looks "bigger and blacker". No fever, effluent clear, cycler running fine.
Advised: clean w/ saline, non-stick dressing, keep derm appt 6/4, come in sooner if spreading redness/fever. Also reminded re INR check Fri.
P. Zhou RN, Home Therapies
"""),
("2019-06-06", "Dermatology Letter to Nephrology", """
Dear Dr Iwu-Harrington,
I saw Mr Tobiah Renshaw on 4 June. The left lateral thigh carries an ulcer of about 5 by 4 cm, thick black eschar, livedo racemosa around it. It began on 2 May as a tender induration with no preceding injury; on 20 May he struck the already-present lesion against a table edge, after which it enlarged.
Incisional biopsy: subcutaneous arterioles calcified in the media, thrombus within several lumens, necrotic fat, von Kossa positive -- calciphylaxis.
Given the mechanical valve, warfarin cannot simply be stopped; I defer this to cardiology and your team. Sodium thiosulfate can be given IV at the infusion suite. He should pad the area and avoid further knocks.
Kind regards,
Dr V. Ashworth, Dermatology
"""),
]}

A11 = {"patient_id": "A11", "age": 62, "sex": "F", "notes": [
("2022-01-24", "Hemodialysis Monthly Rounding Note", """
Hollins Creek Dialysis -- rounding
62F ESRD (DKD), Tue/Thu/Sat HD since 2019, L upper-arm graft.
Problems: 1) ESRD on HD 2) DM2 on insulin 3) obesity (BMI 34) 4) chronic LBP, lumbar spondylosis 5) CHF EF 40% 6) SHPT
ESA: per unit protocol for pts w/ poor IV response, epoetin 5000 u SC twice weekly given by RNs into the back of the upper arms, alternating sides (started 09/2021).
Other meds: insulin glargine 40 u daily (abd), lispro ac; heparin w/ circuit; IV iron monthly; sevelamer; carvedilol; sacubitril/valsartan; gabapentin 100 qHD.
S: uses a heating pad on her low back most evenings for the LBP, "for years".
O: Wt 92.0 kg, BMI 34.0.
Labs: Hgb 9.4, Ca/Phos 9.9/7.1, PTH 905, Alb 3.1.
A/P: Phos/PTH uncontrolled -- cinacalcet start; re-educate binder use.
Dr N. Poelstra
"""),
("2022-02-21", "Nursing Skin Check (HD unit)", """
Monthly Skin Review -- Hollins Creek
Pt c/o burning painful spots on both shins x ~10 days.
BLE: R shin 3x2 cm + L shin 4x3 cm violaceous, indurated plaques with net-like purple border, L one with early black center. Very tender to light touch.
Upper arms (ESA sites): a few pinpoint bruises posterior arms bilat, no plaques, no induration.
Low back: faint brownish lacy pigment from heating pad, intact.
Abd insulin sites: intact.
Pt denies knocking her legs; never puts heat/ice on them; no stockings.
MD notified. Photos. Derm ref.
K. Adebayo-Sund RN
"""),
("2022-03-10", "Dermatology Letter to Nephrology", """
Dear Dr Poelstra,
I reviewed Mrs Hedda Lindgren on 3 March. She has bilateral pretibial ulcers with black eschars and a retiform purpuric rim, onset mid-February, with severe pain.
Calciphylaxis is confirmed on the left shin biopsy, which shows calcium in the walls of thrombosed arterioles of the subcutis and fat necrosis.
I looked for a local trigger. Her SC epoetin goes into the backs of the arms, her insulin into the abdomen and her heating pad onto the lower back; none of those areas is involved and she denies injury to the shins.
Treatment: STS with dialysis, control of phosphate and PTH, wound care with alginate. Follow-up in 2 weeks.
Yours,
Dr T. Marangoni, Dermatology
"""),
]}

A12 = {"patient_id": "A12", "age": 68, "sex": "M", "notes": [
("2022-06-08", "Nursing Skin Check (HD unit)", """
Skin check -- Pinecrest Dialysis MWF
New: R inner thigh, upper third, 4 x 4 cm purple, rock-hard, very tender plaque w/ mottled edges; started Fri 6/3 per pt ("I woke up with it").
Pt admits to icing it (cold pack from the freezer) since Sunday because of pain; told this could damage the skin, pls stop.
No injections to legs (pt on oral DM meds only). No injury recalled before it appeared.
Rest of skin intact. Heels ok.
MD notified.
Nadia Brooks-Hale RN
"""),
("2022-06-15", "Nephrology Note (HD unit)", """
NEPHROLOGY -- chairside
68M ESRD (DKD), HD MWF via L BC AVF since 2018.
Hx: T2DM on linagliptin + diet (no insulin ever), obesity, HTN, OSA, BPH.
Derm (Dr Kaminski) did a punch bx of the R medial thigh plaque 6/10; path today: calcific arteriolopathy w/ thrombi -- CALCIPHYLAXIS confirmed.
Exam: plaque now 5 x 4 cm, central eschar forming. Bx site sutured, clean. Dressing: hydrocolloid secured with paper tape, skin under tape a little stripped.
Meds: heparin 1500/1000 circuit, Venofer 100 IV x 10 course finished 5/27, Mircera IV, calcium acetate (STOP today), calcitriol (STOP), linagliptin 5, tamsulosin.
Wt 101.2 kg, BMI 32.5.
Plan: thiosulfate 25gm IV during final hr of HD, first dose Fri; switch binder to lanthanum; wound clinic; no ice to the lesion.
Dr G. Fairweather
"""),
("2022-07-06", "Wound Clinic Note", """
WOUND CLINIC f/u -- calciphylaxis R medial thigh
Eschar debrided sharply at bedside 7/1 (Dr Kaminski), base 60% pale granulation 40% slough. Today 5.5 x 4.2 x 0.3 cm. Mild serous drainage. Periwound induration decreasing. Pain 5/10 (was 9).
Dressing: silver alginate + bordered foam 3x/wk at dialysis.
Pt stopped the ice packs.
Continue STS. Next review 2 wks.
Wound RN Odette Marchetti
"""),
]}

A13 = {"patient_id": "A13", "age": 58, "sex": "F", "notes": [
("2024-09-10", "PD Clinic Note", """
PD CLINIC -- Ridgeview Home Dialysis
58F ESRD 2/2 DKD, CCPD since 2022.
PL: ESRD/PD | insulin-requiring DM2 | obesity, class III (BMI 45.1) | HTN | depression
S: painful "bruise" on her R breast, lower part, x 10 days, getting darker. Denies injury, denies bra rubbing ("I switched to soft ones years ago"), no heating pad, no ice, no injections anywhere on her chest. Insulin goes in her thighs only.
O: R breast, lower pole: 4x3 cm indurated violaceous plaque w/ retiform edge and tiny central necrosis. No nipple change, no mass beyond plaque. L breast normal. PD exit site ok.
Labs: Ca 9.6, P 7.0, PTH 620, Alb 3.0.
A: concern for calciphylaxis in the breast; ddx inflammatory ca (unlikely), warfarin-type necrosis (not on warfarin).
P: derm + breast surgery refs; mammogram.
Dr I. Sokolova
"""),
("2024-10-01", "Dermatology Letter to Nephrology", """
Dear Dr Sokolova,
Re: Mrs Fenella Oakes, CCPD patient
I saw Mrs Oakes on 26 September. The right breast lesion has grown to roughly 5 by 4 cm; its centre is black eschar and its border retiform purpura. Mammography (BIRADS 2) showed only vascular calcification.
Punch biopsy of the edge: arterioles within the breast fat are calcified and thrombosed, the fat is necrotic, and von Kossa stains the deposits. This is calciphylaxis of the breast.
Asked again, she denied any local trauma: nothing injected there, no heat, no pressure from garments, no knocks. Her insulin is injected into the thighs, which are clear.
If the eschar does not stabilise, breast surgery have offered a debridement; they will not operate before we have tried medical treatment. Sodium thiosulfate is being started through the home therapies team.
Yours sincerely,
Dr C. Fitzwilliam-Osei
"""),
("2024-10-22", "PD Clinic Note", """
PD CLINIC -- f/u calciphylaxis R breast (bx-proven 9/26)
S: pain improving on STS (3rd wk), sleeping better. Still no injections anywhere near the chest.
O: lesion stable 5 x 4 cm, eschar dry, no spreading livedo. Wt 118.6 kg, BMI 45.1.
Meds: STS 25gm IV TIW (infusion ctr), insulin degludec 48 u into thighs, aspart ac, sevelamer, cinacalcet 60, sertraline.
Plan: breast surgery debridement planned only if no improvement by December. Keep cinacalcet, PTH in 4 wks.
Dr I. Sokolova
"""),
]}

A14 = {"patient_id": "A14", "age": 74, "sex": "M", "notes": [
("2023-05-15", "Hemodialysis Monthly Rounding Note", """
Brookvale Dialysis Centre -- monthly
74M ESRD (DKD/ischaemic), HD TTS, R BC AVF.
Problems: ESRD/HD | DM2 on insulin | PAD, L SFA stent 2020 | CVA 2019 w/ mild L weakness, walks with a quad cane, still goes to his allotment most days | SHPT
S: wife reports "sores on his bottom" for ~2 wks, very painful.
Meds: insulin NPH 14 u BID (wife injects, abdomen -- lots of small bruises there); heparin with circuit; Venofer 100 IV monthly; epoetin IV; calcitriol IV; sevelamer.
O: both buttocks: several purple-black plaques w/ stellate eschar, 2-4 cm, surrounding livedo, very tender; R > L. L heel: 2 x 2 cm stage 2 pressure injury (his heel jams against the bed footboard at night). Abd: scattered needle bruises where wife injects, no plaques.
Wt 71.0 kg, BMI 25.5.
A: 1) bilateral buttock necrotic plaques -- suspect calciphylaxis 2) L heel pressure injury 3) insulin site bruising.
P: derm bx, wound team, heel offloading boot at night, pillow under calves.
Dr R. Achebe-Holt
"""),
("2023-06-05", "Dermatology Letter to Nephrology", """
Dear Dr Achebe-Holt,
Re: Mr Cornelius van Rijn
Biopsy of the left buttock plaque on 30 May shows calcified, thrombosed subcutaneous arterioles with fat necrosis: calciphylaxis, affecting both buttocks.
I also examined his left heel and the bruised insulin sites on the abdomen at the family's request. The heel wound is a pressure injury from the footboard with no features of calciphylaxis (punched-out over the bony prominence, without livedo or retiform purpura), and the abdominal bruises are simple needle bruising. Neither of these sites is involved by calciphylaxis.
The buttocks have had no injections, no heat and no injury, and he is up and about with his cane for most of the day; the buttock skin had been intact at every unit check until May.
Recs: STS with HD, stop calcitriol, low calcium dialysate, wound care per our protocol.
With kind regards,
Dr S. Reinholt, Dermatology
"""),
("2023-06-26", "Nursing Skin Check (HD unit)", """
Skin check / education note
Buttocks (calciphylaxis, bx-proven): eschars dry, no new areas. Pain now 4/10 with current analgesia.
L heel pressure injury: improving w/ offloading boot, now 1.5 cm, pink base.
Abd: insulin bruises fading.
Education given to pt + wife re calciphylaxis: new lesions can appear where skin is injured, so avoid hot water bottles or heat packs, keep heels offloaded, rotate insulin sites, report any new painful spot at once. Wife verbalised understanding.
M. Halloran RN
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
