"""probe33 corpus notes, H01-H07 (telehealth, telephone triage, patient portal; all invented)."""

H01 = {"patient_id": "H01", "age": 59, "sex": "F", "notes": [
("2021-02-08", "Patient Portal Message", """
From: Rosalind Pettigrew
To: Kidney Care Team - Nurse Pool
Subject: dark sore on my stomach??

Hello, hate to message on a Monday morning. Theres a sore spot low on my stomach, right hand side under the belly button, and its exactly where I do my Toujeo and my Humalog pen. I only ever use the right side because my PD tube comes out on the left and I dont want to poke near it. Ive been doing it that way since I went on insulin in June 2020.
It started 10 days ago as a hard tender bit, quarter sized. These days the centre is black and dry and the skin around it looks like purple lace. It stings day and night and I barely slept last night.
My exchanges are going ok, fluid is clear. Should I keep using that spot for the insulin?
Rosalind
"""),
("2021-02-10", "Telehealth Video Visit", """
TELEHEALTH VIDEO VISIT - Home Dialysis Clinic
Pt located at home, consented to video visit. Provider at clinic. Pt's husband present and holding the tablet.

CC: painful dark spot R lower abdomen x ~12 days

HPI: 59F w/ ESKD 2/2 diabetic nephropathy on CCPD since 2019, T2DM on basal-bolus insulin (self-injects). States all her insulin goes into the right lower quadrant "because the catheter is on the other side" - has done so since 06/2020. Lump first noticed 1/29, became black in the center over the next week. Pain 8/10, worse w/ clothing. No fever/chills, effluent clear.

Video exam (limited, pt lifted shirt to camera; pt also uploaded 2 photos to chart): ~3 cm stellate black eschar RLQ abd with a violaceous netlike border extending another 2 cm. PD exit site L abd looks clean, no crust. Self-reported wt 97 kg, ht 163.5 cm -> BMI 36.2.

A/P:
# Necrotic plaque RLQ abdomen where she has injected insulin daily for months; calciphylaxis is my leading concern (Ca x phos product recently 68). Ddx: injection-site abscess (less likely, no fluctuance on photo).
- In-person derm appt 2/15 for punch bx
- Insulin to go into the posterior upper arms for now, husband willing to help
- Tylenol scheduled, avoid NSAIDs
- Renal dietitian re: phosphorus; hold calcium carbonate
"""),
("2021-02-19", "Telephone Encounter", """
Telephone call - RN to patient, results
Called pt with path from derm bx done 2/15 (RLQ abdomen, incisional). Dermpath: von Kossa-positive calcium lining arteriolar walls deep in her fat, clot in several lumens, necrotic fat around them - read as consistent with calciphylaxis. Dr. Vandermolen reviewed; agrees, calciphylaxis, and it sits in her insulin injection zone.
Pt tearful but "glad to know what it is". Told her the wound nurse will call to set up dressings, and nephrology is ordering sodium thiosulfate 3x weekly via peripheral line at the infusion center (PD pt, no HD access). Pt confirms the insulin now goes in the back of each arm. Questions answered.
"""),
]}

H02 = {"patient_id": "H02", "age": 72, "sex": "M", "notes": [
("2023-03-01", "Telephone Triage", """
NURSE TRIAGE CALL
Caller: Carol (wife), pt not on line - verbal consent on file
Reason: "black sore on his knee"

Wife says the sore is at his left knee, inner side - "right smack on the spot the heating pad sits". Per wife he has slept with the heating pad wrapped round that knee every night since Christmas for his arthritis, on the medium setting. The sore started as "a purple blotch" around Valentine's Day, then got hard, and this week it has crusted over black centrally, nickel-sized. Very painful, he is now refusing to bend the knee.
PMH per chart: kidney failure with HD at the Eastgate unit MWF; afib (warfarin); gout.
Denies fever. No red streaks. INR last week 2.6 per wife.
Protocol: Skin lesion/wound, adult. Disposition: see within 24-48h. Video visit booked w/ nephrology 3/3.
Advised: heating pad off that leg starting tonight; keep the area covered loosely; call back or go to ED if fever, spreading redness, or bleeding.
"""),
("2023-03-03", "Telehealth Video Visit", """
NEPHROLOGY - VIDEO VISIT
Video through the patient app; wife beside him at their kitchen table. Pt agreed to telehealth.

S: 72M, HD via R brachiocephalic AVF, dry wt 85 kg. Pain L knee "like somebody's holding a match to it". Heating pad use nightly to L knee from 12/25/2022 until 3/1 (stopped after triage call). Onset of the discoloration approx 2/14/2023 per pt. No injury to the knee. Not diabetic - A1c 5.4 in Jan. Warfarin for AF since 2017.
O: Wife holds phone close. Medial L knee: indurated violaceous plaque approx 4 by 3.5 cm; in its middle sits a 1.5 cm eschar, black, with fine purple mesh around it. R knee normal. Ht 176.5 cm, BMI 27.3 (dry wt).
A: Painful necrotic plaque confined to the area of months of nightly heat - suspect calciphylaxis; ddx warfarin necrosis, thermal burn with secondary necrosis.
P: derm for punch bx Tues 3/7. Labs next HD: Ca, phos, PTH, albumin. Will discuss warfarin with cardiology. Gentle cleansing + nonadherent dressing, wife comfortable doing this.
"""),
("2023-03-14", "Patient Portal Message", """
Message from Dermatology (Dr. Imogen Castellanos) to patient

Dear Mr. Okonjo,
Your skin biopsy from the inner side of your left knee came back. Under the microscope the tiny blood vessels beneath the skin have calcium built up in them and some are blocked, which confirms calciphylaxis (also called calcific uremic arteriolopathy). The spot matches exactly where you had been using the heating pad, and we believe the repeated warming of that skin helped trigger it.
Your kidney doctor has been sent the report and will talk with you about treatment at dialysis (usually sodium thiosulfate). Please continue to keep heat off that leg. You can reply here or call 555-0148 with questions.
"""),
("2023-03-20", "Telephone Encounter", """
Phone f/u - nephrology RN
Spoke w/ pt and wife. STS started at HD 3/15, tolerating with some nausea. Cardiology agreed: warfarin stopped 3/16, apixaban (reduced dose) started instead. Post-HD weight trending down, new dry wt 82.7 kg (BMI 26.8). L knee wound unchanged in size on wife's photo today; pain a bit better with gabapentin after dialysis. Next video visit 2 wks.
"""),
]}

H03 = {"patient_id": "H03", "age": 66, "sex": "F", "notes": [
("2024-06-24", "Patient Portal Message", """
Subject: stocking problem, leg sore

hi its Marguerite Dunleavy. My right leg has a bad sore now, just under the knee at the back where the top band of my compression stocking sits. The stocking is the one they gave me for my right leg after the blood clot and I started wearing it every day in mid-April. The elastic always dug in and left a red ring but I thought nothing of it.
Then the first week of June the ring turned dark purple and hard and now theres a black strip in it about 2 inches long. It hurts worse than the clot did. I stopped wearing the stocking 3 days ago. I will send pictures thru the app.
"""),
("2024-06-26", "Telehealth Video Visit", """
Video visit (Vascular / Renal shared clinic) - pt at home, daughter assisting with camera
HPI: 66 yo F, ESRD - dialyses Tue-Thu-Sat, hx R popliteal DVT 2023 on warfarin, lymphedema R leg, class III obesity (BMI 41.3 at last clinic). Not diabetic. Daily R thigh-high?? - clarified: knee-high 30-40 mmHg stocking R leg, worn daily from 04/2024. Developed a discolored band along the cuff line the first week of June 2024, now necrotic.
Photos (3, uploaded 6/24) + live video: R upper posterolateral calf, a horizontal band of retiform purpura ~8 cm long x 2 cm, its middle 5 cm black and eschar-covered, sitting exactly on the stocking cuff line. Surrounding skin indurated. Distal leg with chronic pitting edema, no other wounds. L leg normal.
Assessment: Band-like necrosis at the site of chronic cuff pressure, in a dialysis patient taking warfarin - presumed calciphylaxis (Koebnerized to the stocking band). Ddx: pressure ulcer from garment; warfarin skin necrosis.
Plan:
1) Stocking off until further notice
2) In-person derm bx this week
3) INR check at HD; discuss alternative anticoagulation
4) Pain: low-dose oxycodone as needed, max 4 doses/day
"""),
("2024-07-09", "Telephone Encounter", """
TC to pt re: biopsy.
R calf bx (7/1) - path shows calcific uremic arteriolopathy: rings of calcium around small subcutaneous arterioles, intimal hyperplasia, thrombi. Reviewed w/ pt and daughter. They asked if the stocking caused it - explained the pressure from the band likely triggered it in someone already at risk. STS started at HD 7/6. Warfarin to be switched per hematology. F/u video 2 wks, wound care RN visits at home twice weekly.
"""),
]}

H04 = {"patient_id": "H04", "age": 63, "sex": "M", "notes": [
("2019-07-08", "Telephone Triage", """
TRIAGE NOTE (after-hours line, RN)
Pt calling himself. States the "long cut on my right leg from the heart surgery" has "opened up and gone black in two spots". It's the cut on the inside of his right thigh where they took the vein for his bypass on May 2nd. He says it healed fine at first, then around the middle of June two places along the scar got hard and purple and now they're black and "hurt like crazy".
No fever. No chest pain/SOB. Dialysis today went ok.
Hx: CABG x3 05/02/2019, ESRD on HD, DM2.
Disposition: same-day video visit with CT surgery NP (pt has no ride to come in). Pt agreeable.
"""),
("2019-07-08", "Telehealth Video Visit", """
CT SURGERY NP - TELEHEALTH
Post-op day 67 s/p CABG x3 with EVH R greater saphenous vein, harvest incision R medial thigh.
Pt reports the thigh incision had healed by his 2-wk check; new painful dark areas along it starting mid-June 2019. Sternal wound: no issues.
Video: R medial thigh incision ~14 cm; on the scar line lie two black eschars, 2 and 3 cm, with a violaceous lacy halo that extends ~3 cm into the surrounding skin; no drainage seen, no dehiscence of the rest of the scar. Sternum well healed on camera.
Meds reviewed: ASA, clopidogrel, atorvastatin, insulin glargine 18 u qHS (he injects it into his abdomen), sevelamer, calcitriol. No warfarin ever.
Impression: Necrosis within the vein-harvest incision - infection vs calciphylaxis (ESRD, on calcitriol, obese).
Plan: in-person wound clinic 7/15 with biopsy of the edge; hold calcitriol pending nephrology input; cephalexin not started, no signs of infection.
"""),
("2019-07-22", "Telehealth Video Visit", """
Nephrology telehealth follow-up (phone + video, poor connection for part)
63 M. Renal failure, HD three times weekly (L arm fistula). DM2 - he takes insulin. Obese - wt 104 kg, BMI 33.4. CAD s/p CABG 5/2/19.
Bx 7/15 from R medial thigh harvest scar: calcified, thrombosed small vessels plus panniculitis -> biopsy-proven calciphylaxis, along his surgical incision.
Plan: IV sodium thiosulfate given on every dialysis day, infused over the final hour; calcitriol stopped, switch to cinacalcet; low-Ca bath; wound care at HD unit. Pt understands. Will recheck by video in 2 wks.
"""),
]}

H05 = {"patient_id": "H05", "age": 54, "sex": "F", "notes": [
("2021-07-26", "Patient Portal Message", """
Subject: scratch that went bad

Dear Dr. Haralambous,
On the Fourth of July my daughter's new puppy jumped on me at the cookout and scratched the outside of my left thigh with his claws. It was just a couple of thin red lines. But about 2 weeks ago the skin around the scratch turned dark purple and it keeps spreading, and now the centre has scabbed over black, as big as a half dollar. Its really tender and hot feeling.
I'm still on my warfarin for my valve, my last INR was 3.1. I do my PD at night, no problems.
Thank you, Yvette
"""),
("2021-07-28", "Telehealth Video Visit", """
Primary care video visit
54 yo F. Kidney failure managed with nightly cycler PD. Mechanical mitral valve, so anticoagulated - warfarin. HTN. No hx diabetes. BMI 29.6 (overweight) at last in-person.
Hx as per her portal msg: puppy scratch L lateral thigh 7/4/2021; discoloration started approx 7/12 at the scratch, enlarging since.
On video: L lateral thigh, ~6 cm dusky violaceous plaque with irregular branched border, central black eschar ~3 cm, linear healed scratch marks visible running through the plaque. R thigh clear. Pt says it is exquisitely tender even to the light touch of her shorts.
A/P: necrotic plaque where a minor scratch had been, PD + warfarin - worried about calciphylaxis vs warfarin necrosis vs infected wound (no purulence).
- urgent derm referral (seen 8/2)
- INR and lytes today at lab
- Do not start abx yet
"""),
("2021-08-06", "Telephone Encounter", """
Phone call - results
Punch bx L lateral thigh (8/2): calcium deposits in small vessel walls, microthrombi, necrosis of subq fat. Derm diagnosis: calciphylaxis, arising in the puppy scratch. Discussed w/ pt. She asked if she has to give up the dog, laughed. Cardiology to discuss anticoag options; with her valve, warfarin probably cannot be stopped. Renal arranging IV sodium thiosulfate.
"""),
]}

H06 = {"patient_id": "H06", "age": 70, "sex": "M", "notes": [
("2020-11-30", "Telephone Triage", """
Telephone triage - RN
Caller: son (Desmond) on behalf of pt, pt heard in background.
Son says his dad got the second shingles shot at the pharmacy the day before Halloween, in the left arm. About 3 weeks ago Dad noticed a hard, painful knot at the exact spot of the shot, and now "it's black on top and the skin round it looks bruised and blotchy". Dad can't lift the arm because it hurts.
PMH: ESRD, dialysis Monday-Wednesday-Friday, HTN. No DM. Was on warfarin years ago, stopped 2018 after a GI bleed.
No fever per son.
Disposition: video visit w/ PCP in 48 hrs; son to send photos.
"""),
("2020-12-02", "Telehealth Video Visit", """
PCP Telehealth (video) - pt at home with son, COVID precautions
70M. Recombinant zoster vaccine dose 2 given IM L deltoid 10/30/2020 at a retail pharmacy. Painful firm nodule at the injection site noted ~11/9, central blackening over the last week.
Video/photos: L lateral upper arm, over the deltoid insertion: 2.5 cm black eschar surrounded by 4 cm of violaceous, stony-firm skin and a livedoid rim. R arm: AVF R forearm with good thrill reported, no skin changes. Wt 73 kg, BMI 24.1.
A: Necrotic nodule at a vaccine site in a HD patient. DDx includes injection-site abscess, but the livedo and the eschar make me worry about calciphylaxis.
P: urgent dermatology, bx. Let dialysis unit know.
"""),
("2020-12-11", "Patient Portal Message", """
Message from your care team

Mr. Abernathy, the biopsy the dermatologist took from your left upper arm on December 7 shows calciphylaxis. This is a condition seen in people on dialysis where calcium builds up in small blood vessels of the skin and fat, and it can begin where the skin has been hurt - for you, we think, the shingles shot in that arm. Your dialysis doctor plans to give you sodium thiosulfate during your treatments. Please reply if you have questions. - Nurse Alma, Dr. Feinstein's office
"""),
]}

H07 = {"patient_id": "H07", "age": 77, "sex": "F", "notes": [
("2023-10-02", "Telephone Triage", """
RN triage call. Caller = daughter Bernadette (HIPAA release on file).
Concern: "sores on both her calves"
Daughter says her mom gets terrible leg cramps after dialysis and since the end of August has been putting ice packs from the freezer on both calves every evening, sometimes falling asleep with them on. Now both calves have dark purple patches, some with black scabs. The first one came up on 9/20 (left leg); the right leg followed a couple days later.
Pt on HD T/Th/Sat, insulin-dependent diabetic. Afebrile per daughter. Pain 7/10.
Advised: stop ice packs; do not rub or massage; elevate. Video visit 10/4 with nephrology; daughter to upload photos before.
"""),
("2023-10-04", "Telehealth Video Visit", """
Renal video visit
77 y/o F, ESRD - currently dialysed through a tunneled line in the right neck while her fistula matures; DM type 2 on NPH insulin BID, class I obesity (BMI 30.4, 9/2023).
Daughter reports nightly ice pack use to both posterior calves since late 08/2023 for post-HD cramps; lesions began 09/20/2023 L calf, ~9/22 R calf.
Photos + video: the backs of both calves carry several stellate violaceous plaques - biggest on the L (black eschar, 5 by 4 cm), R one 3 by 2 cm with eschar forming - and a retiform pattern around them. Distribution matches where she laid the ice packs (daughter demonstrated).
A: Bilateral calf necrotic plaques at the sites of repeated cold exposure - clinical picture strongly suggests calciphylaxis. Cold injury (pernio-like) less likely given retiform purpura and eschar.
P: derm bx next week, cramp management w/ dialysate changes, no more ice. Wound RN at HD.
"""),
("2023-10-18", "Telehealth Video Visit", """
Video f/u (renal)
Bx 10/11 L posterior calf: calciphylaxis confirmed (medial calcification of arterioles, thrombi).
Pt on STS with HD since 10/14. Both calf wounds dressed with hydrogel by HD nurses; R calf wound unchanged, L calf eschar lifting at the edge.
Appetite poor, wt down; BMI today 29.8. Sugars running lower, NPH reduced to 10 u BID.
Discussed prognosis with pt and daughter; they want to continue full treatment. Palliative care consult offered for pain, accepted.
"""),
("2023-11-06", "Patient Portal Message", """
Hi its Bernadette, Mom's daughter. Just letting you know the wound nurse says the left calf one is a little smaller. Mom is sleeping better since the palliative doctor changed her pain pills. She hasnt used any ice since you told us. Do we still do the medicine at dialysis 3 times a week? Thanks
"""),
]}

PATIENTS = [H01, H02, H03, H04, H05, H06, H07]
