"""probe22 corpus notes, K01-K07 (nephrology clinic letters, dialysis SBAR handoffs, telephone
encounters, patient portal messages; all people, places and wording invented)."""

K01 = {"patient_id": "K01", "age": 71, "sex": "F", "notes": [
("2020-11-10", "Patient Portal Message", """
Subject: mom has a sore on her belly

Hello this is Keisha, Loretta's daughter, I work the portal for her. Mom has got a really bad sore come up low down on her stomach on the left, right were she always pokes her sugar pen. She first showed it to me on the 3rd, it was a red hard knot then and now the middle has gone black and its the size of a quarter. She cries when her shirt rubs on it.
She has been using only that one side since back in June because the right side has the old scar from when they took her gallbladder out and it hurts her there.
Should we bring her in or wait till her kidney machine day on Thursday?? no fever that I know of.
thank u, Keisha
"""),
("2020-11-10", "Telephone Encounter", """
TELEPHONE ENCOUNTER - Northgate Kidney Associates
Caller: Keisha Banks (daughter, on release form)    Patient: Loretta Banks
Reason for call: painful dark wound L lower abdomen (re: portal msg today)

RN note: Called daughter back. Pt is 71yo F, ESRD - HD in center (T/Th/Sa) via fistula, L arm. Insulin-treated DM2: glargine + lispro, pt self-injects w/ pens into the LLQ of abd exclusively since 06/2020 (R side avoided d/t tender lap chole scars). Lesion 1st noticed 11/03/2020 as a firm red nodule; now ~2.5 cm w/ black center and mottled purplish border per daughter. Pain 8/10, worse with clothing contact. Denies fever/chills, no drainage seen. Not on warfarin/coumadin.
Discussed w/ Dr. Lindqvist (on-call nephrology): concern for calciphylaxis vs injection-site abscess.
Disposition: renal clinic appt booked 11/11 @ 0830; HD charge nurse made aware. Advised to give insulin into thighs until seen. Daughter repeated plan back, verbalized understanding.
"""),
("2020-11-24", "Nephrology Outpatient Letter", """
NORTHGATE KIDNEY ASSOCIATES
Renal Outpatient Clinic

24 November 2020

Dr Anthony Ferreira
Birchwood Family Practice

Re: Mrs Loretta BANKS, age 71

Dear Anthony,

I saw Mrs Banks again today, five days after the punch biopsy we took on 19/11/2020 from the edge of her abdominal wound. Pathology: medial calcium in tiny subcutaneous arterioles (von Kossa highlights it), thickened intima, fibrin thrombi - in short, calciphylaxis (calcific uremic arteriolopathy). The ulcer lies squarely in the left lower abdominal area that she has used for every insulin dose since June, and it began on 3 November. I have little doubt that months of repeated needling into one small patch of skin set it off.

Current problems:
1. Calciphylaxis, L lower abdominal wall, biopsy-proven; eschar measuring 35 by 25 mm, ringed by livedo
2. ESKD, haemodialysis thrice weekly
3. Type 2 diabetes, insulin-treated (basal plus mealtime)
4. Obesity - weight 92 kg, BMI 33.6
5. Old laparoscopic cholecystectomy scars on the right, healthy

What we have changed: IV thiosulphate, 25 g, given on each dialysis day; calcium carbonate stopped in favour of sevelamer, cinacalcet started for a PTH of 1140. She now gives her insulin into the outer upper arms. Wound clinic referral made. No warfarin, now or ever.

Could you keep an eye on her pain relief? She is on low-dose hydromorphone.

With best wishes,

Dr Mariam Lindqvist
Consultant Nephrologist
"""),
]}

K02 = {"patient_id": "K02", "age": 63, "sex": "M", "notes": [
("2024-01-17", "Patient Portal Message", """
Subject: sore on my backside

Doc I got a real bad sore spot on my right butt cheek, out on the side part. Its dark purple almost black in the middle and hard as wood around it, hurts worse than my sciatica ever did and I cant hardly sit. It come up right after christmas.
Ive been sitting on my heating pad on that side pretty much every evening since thanksgiving cause of the sciatica, on medium. could I of burned myself without knowing? My overnight machine treatments going ok no cloudy bags.
Gerald W
"""),
("2024-01-19", "Telephone Encounter", """
Telephone Encounter -- Nephrology Clinic RN Line
Pt: Gerald Whitcombe, 63 M     Spoke with: patient
Re: portal message of 1/17

S/O: ESRD (IgA nephropathy); CCPD nightly x2 yrs. Mechanical AVR, on warfarin (valve INR range, upper end). No hx of diabetes. Reports lesion on the R lateral buttock, onset 3 weeks ago, dusky center, firm surround, pain 9/10. Heating pad (electric) applied to R buttock every night since Thanksgiving (sciatica). Denies fever, effluent clear.
A: Painful necrotic-looking lesion where heat has been applied nightly; PD + warfarin. Calciphylaxis needs to be excluded; thermal burn on ddx.
P: Dr Oyelaran notified. Urgent slot 1/22 with derm for punch bx. Heating pad: pt instructed to put it away for good. Agrees w/ plan. Callback # confirmed.
"""),
("2024-02-06", "Nephrology Outpatient Letter", """
Lakeshore Renal Group - Peritoneal Dialysis Program

February 6, 2024

To: Dr. Helen Pemberton, MD (primary care)
Patient: Gerald Whitcombe     Age: 63

Dear Dr. Pemberton,

Writing to bring you up to date on Mr Whitcombe. Dermatology biopsied the right buttock lesion on January 22; the report describes circumferential mural calcium in subcutaneous vessels, thrombosed lumina and septal panniculitis, and the dermatopathologist signs it out as calciphylaxis. Clinically a stellate 6x4cm plaque capped by black eschar covers the right lateral buttock, precisely where he had been resting on a heating pad every evening since Thanksgiving. The plaque appeared on or about December 29. The skin elsewhere is clear.

Relevant background: end-stage kidney disease on continuous cycling PD; mechanical aortic valve, so warfarin cannot simply be stopped - cardiology agrees to continue it with a lower INR target and vitamin K2 supplementation is being discussed; not diabetic. Weight 81 kg, BMI 27.3.

Plan: sodium thiosulfate by vein on Mon/Wed/Fri at the in-center unit, a temporary arrangement; non-calcium binder, PD prescription intensified. The heating pad has gone in the trash, in his words.

Sincerely,
Adebayo Oyelaran, MD
Nephrology
"""),
]}

K03 = {"patient_id": "K03", "age": 58, "sex": "F", "notes": [
("2022-04-21", "Dialysis Unit SBAR Handoff", """
SBAR HANDOFF - Riverside Dialysis Center, MWF 2nd shift, chair 7
S: Severe pain in both calves reported by pt. New dark purple patches seen at the top band of her compression stockings during pre-tx assessment.
B: 58 F, ESRD (HTN nephrosclerosis), HD since '17, R brachiocephalic AVF. A1c 6.2, told "prediabetes", diet only, no meds. Morbid obesity, BMI 41.3. Leg edema -> knee-length 20-30mmHg compression hose, started mid-March; pt says the band rolls down and digs in. Patches started early April per pt.
A: Bilateral posterior calf livedoid plaques in a band just below the knee: L 4x2 cm w/ central dusky eschar, R 3x3 cm violaceous, both exquisitely tender. Phos 7.9 / Ca 9.8 / iPTH 980. Concerned for calciphylaxis.
R: Stockings removed, NOT to be reapplied. Charge RN paged Dr Haddad; renal clinic + skin bx requested. Oncoming RN pls reassess pain before next tx and reinforce no stockings.
"""),
("2022-04-25", "Telephone Encounter", """
PHONE NOTE
Caller: Stanley Kowalczyk (husband)   Pt: Deborah Kowalczyk
Reason: Wife in a lot of pain from leg sores, asking if biopsy can be moved up.

Husband reports both calf sores are larger since Thursday; the L one is "black and leathery" now. She has not worn the stockings since the unit took them off. No fevers. Sleeping in the recliner because the sheets hurt her legs.
Spoke with Dr Haddad -> bx moved to Thursday 4/28 in procedure room 3. Oxycodone 2.5mg every 6 h as needed sent to pharmacy (renal dosing). Husband advised: call back, or ED if temp >38, redness spreading, or pain not controlled.
Documented by: T. Abernathy RN
"""),
("2022-05-10", "Nephrology Outpatient Letter", """
Riverside Nephrology Clinic
10 May 2022

Dr Sunita Raghavan
Elmhurst Medical Group

Re: Deborah Kowalczyk, 58

Dear Dr Raghavan,

Thank you for your patience while we sorted out Mrs Kowalczyk's leg lesions. The deep incisional biopsy from the left calf on 28 April confirmed calciphylaxis: stippled calcification of small arteries in the fat, vessel thrombosis, and dead dermis above.

History in brief: she began class II knee-high compression stockings in the middle of March for ankle swelling. The elastic top band rolled and bit into the skin of both upper calves, and early in April she noticed painful mottled patches in exactly that band, on the left and the right. Both have since ulcerated; the left is now 5 x 3 cm with adherent black eschar.

Her other problems: ESRD on in-centre haemodialysis; BMI 41.3; HbA1c 6.4%, which remains in the prediabetic range - she is not diabetic and takes no glucose-lowering medicines; no anticoagulants ever.

Sodium thiosulfate now runs during each dialysis, and her binder has been switched to one without calcium. No compression of any kind on the legs from here on, please, including at podiatry.

Yours sincerely,

Dr Karim Haddad
Nephrologist
"""),
]}

K04 = {"patient_id": "K04", "age": 66, "sex": "F", "notes": [
("2019-10-08", "Nephrology Outpatient Letter", """
Renal Outpatients, St Aldhelm's Hospital
Dictated 08/10/2019, typed 09/10/2019

Dr Zsofia Varga
Marlpit Lane Surgery

Dear Dr Varga

Mrs Philippa DRUMMOND, 66

Diagnoses:
1. End-stage kidney disease (polycystic kidneys), haemodialysis since 2016
2. Left breast DCIS - wide local excision 14/08/2019
3. Obesity, BMI 31.2
4. Secondary hyperparathyroidism

I reviewed Mrs Drummond in clinic today. Six weeks or so after her breast surgery she noticed that part of the excision scar, at the upper outer left breast, had become hard and very painful; she dates this to late September. Today there is a 3 cm indurated, violaceous plaque straddling the scar, centred by a dusky grey-black area, and a faint net-like purple pattern spreading towards the axilla. The remainder of the scar has healed well. No diabetes; warfarin never prescribed.

I am worried this represents calciphylaxis arising in the surgical wound. I have spoken with the breast team, who will take a biopsy this week, and I have asked the unit to check her calcium, phosphate and PTH at the next session.

Kind regards

Dr Ifeoma Nwachukwu
Consultant Nephrologist
"""),
("2019-10-20", "Patient Portal Message", """
Subject: my sore scar

hello doctor Nwachukwu, its Philippa Drummond. the lady from the breast clinic rang me friday and said the little test from my scar shows the calcium problem you were worried about. i am very frightened. the sore bit on my left boob where they did my op is hurting more at night and the middle has gone like black leather, and its weeping a bit on my bra. should i keep the bra off? the nurses at the machine said they are going to start me on a new drip at my sessions. is this going to spread to the rest of me?
thank you Pip
"""),
("2019-12-04", "Dialysis Unit SBAR Handoff", """
SBAR - Renal Unit Bay B, Weds twilight session
S: Mrs P Drummond, 66 - calciphylaxis in L breast excision scar, proven on bx 10/10/19. Here for HD + IV sodium thiosulfate.
B: ESKD (APKD), HD 3x/wk via L AVF. Calciphylaxis appeared late Sept 2019 within the wide local excision scar from 14/08/19. Not diabetic. No anticoagulants. Pre-dialysis weight today 76.1 kg, BMI now 29.4 (was 31.2 in Oct; poor appetite).
A: Eschar L breast 2.5 x 2 cm, edges lifting, no pus, less periwound livedo than last week. Pain 5/10 (was 8). Tolerating STS, mild nausea at end of infusion.
R: Continue STS 25 g last hour of HD. Dietitian review re weight loss. Breast care nurse to redress Friday. Please do not use adhesive dressings on the breast - silicone only.
"""),
]}

K05 = {"patient_id": "K05", "age": 74, "sex": "M", "notes": [
("2021-07-24", "Patient Portal Message", """
Subject: Rays knee

Hi this is Linda Ochoa writing for Ray. On the 4th of July at our grandsons party Ray tripped over the garden hose and skinned his right knee real bad on the patio, we washed it out and put neosporin and it was healing up fine. Then on the 20th a hard purple lump come up right there on the same knee where the scrape was and now its turning black and it kind of smells. He says its the worst pain he ever had and he has had plenty.
He doesnt want to go to the ER. Can somebody look at it when hes at his kidney treatment Monday?
Linda
"""),
("2021-07-26", "Dialysis Unit SBAR Handoff", """
SBAR - Mesa Verde Dialysis, Mon/Wed/Fri AM
S: R knee wound, pt in severe pain (9/10), wife concerned (portal msg 7/24).
B: 74M ESRD (DKD), HD since 2019 via L upper arm graft. DM2 on linagliptin - NOT on insulin. Hx provoked DVT 2016, completed warfarin, stopped 2018. Fell over a hose 07/04/21 -> abrasion R anterior knee. New firm purple nodule at same spot 07/20/21.
A: R anterior knee: indurated plaque 4x3.5cm, black eschar centrally (15 mm), retiform purpura at margins, scant serous drainage, faint odor. T 37.1. Ca x P elevated last 3 months (Phos 7.2). Concern for calciphylaxis vs infected abrasion.
R: Dr Castellano aware, seen chairside - swab sent, doxycycline started, urgent derm bx requested. Pls f/u bx date and pain regimen next shift.
"""),
("2021-08-12", "Nephrology Outpatient Letter", """
Mesa Verde Nephrology
August 12, 2021

Dr. Paul Whitfield
Canyon Road Family Medicine

RE: Raymond OCHOA, 74-year-old man

Dear Paul,

Thank you for seeing Ray last week. For your records: the wedge biopsy from his right knee (July 29) shows calcified, thrombosed small vessels deep in the subcutis, with necrosis above - calciphylaxis. The wound swab grew skin flora only and the doxycycline has been stopped.

The story is a clean one. He scraped the front of the right knee in a fall on Independence Day; the abrasion was nearly healed when, on July 20, a painful purple nodule developed in the same place and ulcerated within days. No other skin is involved.

Background: ESRD on haemodialysis, type 2 diabetes managed orally (no insulin), a remote course of warfarin for a DVT that ended in 2018. BMI 26.0.

We are giving sodium thiosulfate with each run and have switched him to lanthanum. He is using a walker for now and knows to guard that knee.

Best regards,

Lucia Castellano, MD
"""),
]}

K06 = {"patient_id": "K06", "age": 55, "sex": "M", "notes": [
("2019-02-25", "Telephone Encounter", """
TELEPHONE ENCOUNTER
Caller: Magda Wilk (wife)     Patient: Tomasz Wilk, 55M
Reason for call: "black and blue patches" on belly, getting worse

Wife states that since the middle of February pt has had sore purple blotches low on his abdomen, left and right; two now have hard black centres. He gives himself SC heparin 5,000 units q12h into the lower belly, alternating L and R, since New Year's Day, when his warfarin was stopped due to wildly labile INRs. He is on HD MWF. No fever. No bleeding from the patches.
Per Dr. Brennan: pt to be assessed at dialysis Wednesday; hold heparin injections until reviewed; unit to check INR/CBC. Wife agreeable.
Routed to: HD unit charge RN, Dr. Brennan
"""),
("2019-02-27", "Dialysis Unit SBAR Handoff", """
SBAR HANDOVER - Eastgate Renal Unit
S: 55M with several painful necrotic plaques of the lower abdominal wall, both sides, at the heparin injection sites.
B: ESRD 2/2 FSGS, HD since 2014 via R IJ tunnelled line (fistula maturing). AF - warfarin d/c 01/01/2019, switched to SC heparin q12h, injected into both lower quadrants. Not diabetic. Obesity, wt 118 kg, BMI 35.2. Phos 8.3, Ca 10.1, PTH 1420.
A: R lower abdomen: 3 plaques, largest 3x3 cm w/ black eschar. L lower abdomen: 2 plaques, one ulcerated. Livedo between them. Exquisitely tender. Picture fits calciphylaxis.
R: Dr Brennan saw pt - heparin injections stopped, apixaban instead; derm bx requested; pain team. Next shift: pls confirm bx appt & document pain score pre/post.
"""),
("2019-03-14", "Nephrology Outpatient Letter", """
Eastgate Renal Unit - Nephrology Clinic
14/03/2019

Dr. Olumide Fashola, General Practitioner
Harbourside Health Centre

Dear Dr Fashola,

Re: Tomasz WILK, aged 55

I am writing to confirm that Mr Wilk's abdominal lesions are calciphylaxis. The punch biopsy taken from the left lower quadrant on 4 March shows heavily calcified arterioles in dermis and subcutis, thrombosed, with necrotic fat.

The lesions appeared in mid-February in the lower abdominal wall, left and right, six weeks after he began twice-daily subcutaneous heparin on 1 January when warfarin was abandoned. Every lesion lies within the skin he had been injecting, and none is present elsewhere. We regard the injections as the local trigger in a man with a very high phosphate and uncontrolled hyperparathyroidism.

Medication changes: heparin injections stopped, apixaban at the reduced dose, sevelamer increased, cinacalcet started, thiosulfate infusions on dialysis days. Surgical review for parathyroidectomy is pending.

He remains obese (BMI 35.2) but is not diabetic.

Yours sincerely,

Dr Siobhan Brennan
Consultant Nephrologist
"""),
("2019-04-02", "Patient Portal Message", """
Subject: update on my stomach sores

Dear Dr Brennan

just a short update. The sores on both sides of my stomach are less painfull since the new drip at dialysis, the biggest one on the right side has a scab that is starting to come off at the edge. The nurse changes the dressings on wensday. I have not done any more of the needles in the belly since you said stop. Magda says thank you for calling her back that time.
Also the surgeon for the neck glands sent a letter for 23 april, is that ok to go?
Regards Tomasz
"""),
]}

K07 = {"patient_id": "K07", "age": 79, "sex": "F", "notes": [
("2024-10-05", "Patient Portal Message", """
Subject: my left shoulder

Dear doctor, my left shoulder has gone bad. I have been putting the frozen gel pack from the freezer on it most days since the start of september for my old rotater cuff trouble, 20 min or so at a time wrapped in a tea towel. On Wednesday the 2nd I found a patch gone dark purple on top of the shoulder where the pack sits and now its hard and very very sore, worse than the cuff ever was. My son thinks I gave myself frost bite. My bags at night are all fine.
Agnes Thorvaldsen
"""),
("2024-10-07", "Telephone Encounter", """
Telephone Encounter - Home Dialysis Clinic
Caller: Erik Thorvaldsen (son, HCPOA)      Pt: Agnes Thorvaldsen, 79F
Reason: f/u pt's portal msg re painful L shoulder lesion

Per son: lesion on superior L shoulder since 10/02/2024, now darker, ~4 cm, center black, surrounding skin "lacy purple". Pt has applied a freezer gel pack to that shoulder most days since early 9/2024 for rotator cuff pain. PD (overnight cycler) going well. DM2 on insulin glargine, which she injects into her thighs - son says both thighs look normal. No fever.
Assessment (RN): chronic cold exposure at lesion site; in this PD pt calciphylaxis is a concern, frostbite/cold injury also possible.
Plan: seen by Dr Mahlangu today by video - in-person visit + bx 10/09. Stop the gel pack. Son voiced understanding.
"""),
("2024-10-22", "Nephrology Outpatient Letter", """
HOME DIALYSIS CLINIC - Westfield Nephrology
22 October 2024

Dr Graham Ashworth
Pinecrest Family Physicians

Re: Agnes THORVALDSEN (79)

Dear Dr Ashworth,

Unfortunately the shoulder lesion Mrs Thorvaldsen developed on 2 October has turned out to be calciphylaxis. The punch biopsy of 9 October shows calcified, partly occluded arterioles deep in the dermis, with fat necrosis.

It sits on the top of the left shoulder, exactly where she had been holding a frozen gel pack most days since early September for rotator cuff pain. We think the repeated cooling was the local trigger. Her thighs, where she injects insulin glargine, are unaffected.

For your records: ESRD on automated peritoneal dialysis since 2021; insulin-treated type 2 diabetes (basal only); no warfarin; BMI 24.1.

We have started IV sodium thiosulfate at the in-centre unit three times a week and stopped her calcium-based binder. She has been told not to use anything cold or hot on her skin. Her next review with me is in a month.

Kind regards,

Dr Nomvula Mahlangu
Nephrologist
"""),
]}

PATIENTS = [K01, K02, K03, K04, K05, K06, K07]
