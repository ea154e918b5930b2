"""probe22 corpus notes, K08-K14 (nephrology clinic letters, dialysis SBAR handoffs, telephone
encounters, patient portal messages; all people, places and wording invented)."""

K08 = {"patient_id": "K08", "age": 47, "sex": "M", "notes": [
("2023-02-14", "Nephrology Outpatient Letter", """
Cedar Valley Nephrology - PD Clinic
14 February 2023

Dr Kenji Nakamura
Ridgeback Family Health

Re: Darnell PRESCOTT, 47

Dear Dr Nakamura,

Mr Prescott came to the PD clinic today with a painful lesion on his right hip that worries me a good deal.

He is an electrician and went back to full-time work last spring. Since then he has worn a heavy leather tool belt every working day, and the drill holster rides hard against the outside of his right hip. About 6 weeks ago he felt a tender, hard lump right under the holster; it has since turned purple and developed a dark scab. Over the right lateral hip I found a hard, violaceous plaque roughly five centimetres long and four wide, black in its central centimetre and fringed with livedo. His PD catheter exit site and abdominal insulin sites are clean.

Background:
- ESRD (diabetic nephropathy) on automated PD since 2020
- Type 2 diabetes on insulin degludec and aspart
- BMI 30.4 today (29.1 in October)
- No anticoagulants

I suspect calciphylaxis triggered by the belt. A punch biopsy is booked for the 16th, and he has agreed to leave the belt at home meanwhile.

Yours sincerely,
Dr Rebecca Oduya
Consultant Nephrologist
"""),
("2023-02-20", "Telephone Encounter", """
TELEPHONE ENCOUNTER
Pt: Darnell Prescott   DOB on file   Phone: cell
Call type: Results / outgoing
Called by: Dr R. Oduya

Called pt with punch bx result from R lateral hip (2/16): mural calcium in small SC vessels, thrombi, fat necrosis - consistent w/ calciphylaxis. Explained diagnosis; pt had read about it online and was expecting it.
He has not worn the tool belt since last week and his employer has put him on light duties. Pain 6/10 w/ current meds.
Plan discussed: sodium thiosulfate 3x/wk at Cedar Valley in-center unit starting Thurs, switch calcium acetate -> sevelamer, increase PD exchanges, wound RN visit. Will write to PCP.
Pt agreed; questions answered. ~12 min call.
"""),
("2023-03-08", "Patient Portal Message", """
Subject: hip + work note

hey doc, quick one. the spot on my right hip is still sore but not as bad, the black part is smaller and the nurse says it looks cleaner. the IV treatments wipe me out tho, I sleep the whole afternoon after. My boss needs a new note saying no belt and no ladders until april at least, can you send it on here?
also my sugars have been running high since all this started, like 250s, should I bump the night shot or call the sugar clinic
thanks
Darnell
"""),
]}

K09 = {"patient_id": "K09", "age": 60, "sex": "F", "notes": [
("2018-09-12", "Dialysis Unit SBAR Handoff", """
SBAR - Hollybrook Dialysis, TTS evening
S: Rosalind Achterberg, 60F. New, extremely painful lesion - LEFT lateral thigh - noticed by pt 09/05/2018.
B: ESRD from DM nephropathy; HD via L forearm AVF since 2015. T2DM on NPH + regular insulin; pt injects ONLY into the R anterior thigh ("always the right leg, I'm right-handed") since 2016. BMI 37.8. Not anticoagulated.
A: L lateral thigh - violaceous woody plaque 6x4cm, necrotic centre, livedo reticularis around it. R thigh injection area examined: mild lipohypertrophy, no discoloration, no nodules, no ulcer. Pt denies any fall, knock or injection to the L leg. Phos 6.9, PTH 870. ?calciphylaxis
R: Dr Kapoor informed - urgent renal clinic + bx. Keep pressure off L leg when repositioning in chair. Next shift pls check pain meds were picked up.
"""),
("2018-10-01", "Nephrology Outpatient Letter", """
Hollybrook Kidney Clinic
1st October 2018

Dr Meredith Olsen
Fernside Family Practice

Dear Meredith,

RE: Mrs Rosalind Achterberg, 60

Her left thigh biopsy (13 September) has confirmed calciphylaxis: small subcutaneous arteries ringed by calcium and blocked by thrombus, with lobular panniculitis around them.

You may wonder, as I did, about her insulin. She has injected into her right anterior thigh, and only there, for two years; that skin shows some lipohypertrophy, nothing more. The lesion is on the opposite leg, over the left lateral thigh, where she recalls no injury and has never injected anything. It started on 5 September.

Other issues: ESRD on haemodialysis three times a week; type 2 diabetes on twice-daily insulin; BMI 37.8, so obese; never on warfarin.

Sodium thiosulfate has begun and her binder is changed. She would like to keep injecting into the right thigh, and given that it is healthy I have not insisted on a change, though I have asked her to rotate within it.

Warm regards,

Dr Anil Kapoor
Nephrologist
"""),
("2018-10-15", "Patient Portal Message", """
Subject: Leg

Dr Kapoor, the black sore on my left leg on the outside has a funny smell since Saturday and there is yellow stuff on the bandage. I dont have a fever but Im worried. The injections at dialysis make me feel sick to my stomach and I threw up twice on the way home thursday. Am I ok to keep doing my insulin shots in the right leg same as always? Please call me at home not my cell its broke.
Rosalind
"""),
]}

K10 = {"patient_id": "K10", "age": 69, "sex": "M", "notes": [
("2020-05-06", "Telephone Encounter", """
TELEPHONE ENCOUNTER - Renal Clinic
Caller: pt (Clifford Ngata)
Reason: painful sore L ankle

Pt reports a painful dark sore on the outer side of his L ankle since 05/02/2020. Started as a small purple blotch, now a black scab ~2 cm with a purple net pattern around it. Pain keeps him awake. Specifically denies any bump, fall, cut, insect bite or burn to that ankle beforehand, and says he has not worn new shoes. On HD MWF. Takes warfarin for AF (last INR 2.8). No diabetes.
Assessment: new necrotic lesion L lateral ankle in HD pt on warfarin, ?calciphylaxis vs warfarin-related necrosis vs venous ulcer.
Plan: derm bx arranged 5/12 via Dr Moreau. Keep ankle padded in bed. Return precautions given (fever, rapid spread).
"""),
("2020-05-22", "Dialysis Unit SBAR Handoff", """
SBAR - Kauri Street Dialysis, MWF AM
S: Clifford Ngata, 69M, known calciphylaxis L lateral ankle (bx 5/12 confirmed). Wound bleeding today after he knocked it on the car door on 5/20.
B: ESRD (IgA), HD via R AVF. AF on warfarin. Not diabetic. Calciphylaxis lesion present since 5/2; now on IV STS with each run.
A: L lateral ankle ulcer 3x2.5cm w/ black eschar, with a fresh 1 cm split at the inferior edge from the car door, oozing, controlled with pressure. INR 3.4. No signs of infection.
R: Dr Moreau aware - warfarin dose held tonight, INR Fri. Dressing changed (non-adherent + light wrap). Please protect the ankle when transferring him to and from the chair.
"""),
("2020-06-03", "Nephrology Outpatient Letter", """
Kauri Street Renal Service
3 June 2020

Dr Hemi Walker
Totara Medical Centre

Re: Clifford NGATA, 69 years

Dear Dr Walker,

Your letter about Mr Ngata's ankle reached me last week. To summarise: the biopsy of 12 May confirmed calciphylaxis of the left lateral ankle, a lesion that began on 2 May with no preceding injury of any kind. On 20 May he caught the ulcer on his car door, which caused bleeding and some extension of the wound edge; that knock came almost three weeks after the ulcer began and did not cause it.

Background: haemodialysis-dependent ESRD; years of warfarin for AF; no diabetes; BMI 22.8.

After a long conversation we have agreed to stop warfarin and start apixaban, given the link between vitamin K antagonists and calciphylaxis. He continues on sodium thiosulfate and a non-calcium binder. The district nurses will dress the wound twice weekly.

Yours sincerely,

Dr Camille Moreau
Renal Physician
"""),
]}

K11 = {"patient_id": "K11", "age": 52, "sex": "F", "notes": [
("2021-03-03", "Nephrology Outpatient Letter", """
Summerhill Renal Clinic - Home Therapies
03/03/2021

Dr Liam Gallagher-Price
Quarry Road Surgery

Dear Dr Gallagher-Price

Re: Ms Yolanda BRISBOIS, 52

Problem list
- Type 1 diabetes since age 11, insulin pens (glargine + aspart), injects into both upper arms
- ESKD secondary to diabetic nephropathy, on CAPD since 2019
- Overweight: weight 79 kg, BMI 28.5
- New painful lesions of both lower legs

Ms Brisbois tells me that over the last fortnight she has developed hard, purplish, very painful patches behind both calves, which have begun to break down. Her legs have not been injured, no heat or cold applied, and she never injects there. She mentioned in passing that her jeans are tight at the waist and leave a deep red groove across her lower tummy by evening; there is a pressure mark there today but the skin is intact. Her arms, where she injects, look normal.

On examination: bilateral posterior calf retiform purpura with two small eschars on the left and one on the right, exquisitely tender. Pedal pulses present.

Given the appearance, the setting and a calcium-phosphate product that has been high for a year, this is clinically calciphylaxis. I have not biopsied the calves because of her poor healing and the risk of creating another non-healing wound, and we have agreed to treat now.

Yours sincerely

Dr Oonagh Farrelly
Consultant Nephrologist
"""),
("2021-03-15", "Telephone Encounter", """
Phone call - Home Therapies nurse line
Pt: Yolanda Brisbois (self)
Issue: cloudy PD bags x2 + abdominal pain since last night; also asks about leg sores

PD effluent cloudy since this morning's drain, abd pain 6/10, T 38.2 at home. PD catheter exit site "looks ok". Leg sores unchanged, still very sore, dressings on.
Advice: bring bags in now - pt to attend Home Therapies for cell count & culture and IP antibiotics per peritonitis protocol. Reminded of calciphylaxis wound care. Dr Farrelly informed.
Outcome: pt coming in w/ partner, ETA 1 hour.
"""),
("2021-06-09", "Dialysis Unit SBAR Handoff", """
SBAR - Summerhill In-Centre HD, Tue/Thu/Sat
S: Yolanda Brisbois, 52F, transferred to in-centre HD after recurrent PD peritonitis (PD catheter removed 4/2021). Ongoing STS for calciphylaxis of both calves.
B: T1DM on insulin pens - injects upper arms. ESKD, now HD via L IJ tunnelled catheter. Clinical dx calciphylaxis (no bx) 03/2021. BMI 28.1 today. No anticoag.
A: Calves: L two eschars, smaller; R eschar lifting with granulation beneath. Pain 3/10. Arms and abdomen skin intact.
R: Continue STS 25 g with each run. Wound clinic Thurs. Pls remind pt to bring her glucose meter - hypos after tx last week.
"""),
]}

K12 = {"patient_id": "K12", "age": 72, "sex": "M", "notes": [
("2025-03-17", "Dialysis Unit SBAR Handoff", """
SBAR - Northfield Dialysis, MWF 1st shift
S: Walter Lindgren, 72M, c/o very painful spot on R lower belly, tucked beneath his pannus, first noticed 3/10/25.
B: ESRD (HTN/DM), HD via L BC AVF since 2020. DM2 on metformin-free regimen: sitagliptin only, no insulin. BMI 44.1. No anticoagulants. No injections, no surgery, no trauma to the abdomen that pt or wife can recall - he has never had anything injected into the belly.
A: R lower abdomen beneath the pannus: 4 x 3 cm firm violaceous plaque, central dusky area, surrounding livedo. No warmth or drainage. Phos 7.4, PTH 760.
R: Dr Abernethy notified - referred for bx this week. Please keep skin fold dry, no tight binders. F/U on bx appt.
"""),
("2025-03-19", "Telephone Encounter", """
TELEPHONE ENCOUNTER
Caller: Ingrid Lindgren (wife)     Patient: Walter Lindgren
Reason: pain in belly sore, wants to know if heat is ok

Wife says the sore under his belly fold is worse; since the weekend he has been holding a heating pad on it for the pain, "nothing else touches the pain". No fever.
RN told wife the heating pad must come off now - heat on an ischemic wound can burn. Confirmed punch biopsy 3/20 at 1100 with Dr Abernethy. Analgesia reviewed: acetaminophen scheduled, oxycodone prn from PCP.
Wife verbalized understanding; will bring heating pad home from his recliner.
"""),
("2025-04-02", "Nephrology Outpatient Letter", """
Northfield Nephrology Associates
April 2, 2025

Dr. Priya Sandhu, MD
Lakeview Internal Medicine

Re: Walter LINDGREN, 72

Dear Dr. Sandhu,

The punch biopsy I took on March 20 from the edge of Mr Lindgren's right lower abdominal lesion has confirmed calciphylaxis - subcutaneous arterioles calcified and clotted, fat necrotic. The lesion began on March 10 beneath the pannus; nothing had injured that skin beforehand.

Since then the plaque has been through a fair amount: his wife tells me he used a heating pad on it for several days before we asked him to stop, the biopsy site is slow to close, and surgical debridement of the central eschar was done on March 28 by Dr Yeboah. Around the dressing there is some tape stripping, so we have switched to silicone border dressings. None of that preceded the lesion.

Background: haemodialysis-dependent ESRD; sitagliptin for type 2 diabetes, no insulin; BMI 44.1 (severe obesity); no warfarin.

Treatment: sodium thiosulfate with dialysis, binder change, and a plan for further debridement next month if the eschar reforms.

Kind regards,
Theodore Abernethy, MD
"""),
("2025-04-20", "Patient Portal Message", """
Subject: belly sore

Hello Dr Abernethy this is Walt. I wanted to say the sore under my belly is hurting less since the surgeon cleaned it out, I can sleep in the bed again not the chair. The nurse comes tuesdays and fridays to change the bandage. The new bandages dont pull my skin like the old tape did.
Is it alright to take a shower now or keep it dry still?
Walt Lindgren
"""),
]}

K13 = {"patient_id": "K13", "age": 64, "sex": "F", "notes": [
("2023-07-11", "Telephone Encounter", """
Telephone Encounter - Renal clinic
Caller: Beatriz Salgado (pt)
Reason: painful black spot back of L calf

Pt states ~10 days ago noticed a tender hard area on her left calf (posterior), now purple w/ a black centre the size of a dime. Denies falls, bumps, scratches, bites, burns, hot or cold packs to the leg. Insulin goes in her abdomen, never the legs. HD TTS. T2DM on insulin lispro/glargine.
Assessment: possible calciphylaxis; needs exam + bx.
Plan: clinic 7/13 with Dr Iwu. Advised not to put any heat or ice on the leg and not to wear compression socks. Pt agrees.
"""),
("2023-07-27", "Nephrology Outpatient Letter", """
Bellmont Kidney Care
27 July 2023

Dr Femi Adeyinka
Orchard Street Practice

Dear Dr Adeyinka,

Re: Mrs Beatriz Salgado, 64

Mrs Salgado's left calf biopsy of 14 July confirms calciphylaxis. The ulcer on the posterior left calf (three centimetres by two, capped with black eschar, violaceous rim) began at the start of July. I went through the history carefully with her and her daughter: no knock, fall, insect bite, injection, heat, cold or tight clothing involved that leg before the ulcer appeared. She injects insulin only into her abdominal wall, which is unaffected.

Her background is ESRD on thrice-weekly haemodialysis, insulin-requiring type 2 diabetes (glargine with lispro at meals), and obesity (BMI 33.0). Warfarin has never been used.

We discussed thromboprophylaxis if she is admitted for wound care; should that happen, subcutaneous heparin would go in the arms, not the legs or abdomen. I have also told her that heat pads, ice packs and compression stockings on the legs could provoke fresh lesions, so she should keep away from them.

Plan: sodium thiosulfate with dialysis, cinacalcet uptitration, wound clinic weekly.

With kind regards,
Dr Chidinma Iwu
Consultant Nephrologist
"""),
("2023-08-09", "Dialysis Unit SBAR Handoff", """
SBAR - Bellmont Dialysis TTS
S: B. Salgado, 64F - calciphylaxis L posterior calf (bx 7/14), on STS. Pain worse today 7/10.
B: ESRD, HD via R AVF. T2DM insulin (abd). Obese, BMI 32.6 today. No anticoag. No trauma to leg before onset (per Dr Iwu letter).
A: Eschar L calf 3.5 x 2 cm, edges moist, no pus, mild periwound erythema, afebrile. BP stable on HD.
R: Wound clinic to review tomorrow - ?debridement. Do NOT apply compression or ice. Pain: renal-dosed hydromorphone pre-tx per order.
"""),
]}

K14 = {"patient_id": "K14", "age": 58, "sex": "M", "notes": [
("2018-04-10", "Dialysis Unit SBAR Handoff", """
SBAR - Greystone Renal Unit, MWF twilight
S: Desmond Fairweather, 58M. Two new painful dusky plaques, one on each buttock, and a dressed wound on the L forearm.
B: ESRD (reflux nephropathy), HD since 2012 via R thigh graft. AF on warfarin. No DM. Fell on 3/28 when the dog's lead pulled him over -> skin tear/hematoma L dorsal forearm, dressed by practice nurse. Buttock plaques came up ~4/2; pt recalls no injury, heat or injections there.
A: Buttocks: L 5x4 cm, R 4x3 cm violaceous indurated plaques w/ central dusky necrosis, retiform edge. L forearm: 3 cm shallow ulcer at the skin tear, clean granulating base, edges approximating. INR 2.9. Phos 7.8.
R: Dr Lindahl informed - ?calciphylaxis of buttocks, bx requested. Forearm: continue practice nurse dressings. Please reposition off buttocks hourly on the ward.
"""),
("2018-04-30", "Nephrology Outpatient Letter", """
Greystone Renal Unit
30 April 2018

Dr Hamish Crawford
Westbrook Medical Practice

Dear Hamish,

Re: Mr Desmond FAIRWEATHER, 58

Biopsy from the left buttock plaque (17 April) shows calciphylaxis, with calcified, thrombosed small vessels and fat necrosis. Both buttocks are involved, the left slightly more than the right, and the lesions began at the start of April.

Two other wounds have caused some confusion. The left dorsal forearm ulcer followed the fall of 28 March, when the dog pulled him over; it looks and behaves like an ordinary traumatic skin tear in a man on warfarin and is healing steadily - it is not calciphylaxis. There are also several bruises on both shins from knocking them on furniture, which are simple ecchymoses. Nothing has injured, heated or pressed on the buttocks that we can find.

Background: ESRD on haemodialysis; warfarin for atrial fibrillation, which we are now changing to apixaban; no diabetes; BMI 25.6.

He has started sodium thiosulfate and a calcium-free binder.

Best wishes,

Dr Elin Lindahl
Consultant Nephrologist
"""),
("2018-05-14", "Telephone Encounter", """
TELEPHONE ENCOUNTER
Caller: Desmond Fairweather (self)
Reason: asking about pain meds refill + dressing supplies

Pt reports buttock sores "about the same", sitting is difficult, using a foam cushion. Forearm skin tear has healed over per pt. Last warfarin dose 5/2, switched to apixaban (2.5 bd). Requests refill of oxycodone - routed to Dr Lindahl. Silicone dressings ordered via supply co.
No fever. Advised to call if any new sores or drainage.
"""),
]}

PATIENTS = [K08, K09, K10, K11, K12, K13, K14]
