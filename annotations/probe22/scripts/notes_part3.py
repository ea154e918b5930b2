"""probe22 corpus notes, K15-K20 (nephrology clinic letters, dialysis SBAR handoffs, telephone
encounters, patient portal messages; all people, places and wording invented)."""

K15 = {"patient_id": "K15", "age": 81, "sex": "M", "notes": [
("2022-10-26", "Dialysis Unit SBAR Handoff", """
SBAR - Brookhaven Dialysis, TTS 1st shift
S: Alfred Kinsella, 81M. Painful firm purple area L upper arm at the site of his flu shot given here on 10/05/22.
B: ESRD (renovascular), HD via R AVF since 2018. No DM. No anticoagulants. BMI 23.0. Lesion began ~10/15 as a tender lump, has slowly darkened.
A: L deltoid: plaque, indurated + violaceous, approx 30 by 25 mm, small central dusky patch, no fluctuance, no warmth. Afebrile. Phos 6.1. Differential per Dr Sørensen chairside: injection-site reaction / sterile abscess vs early calciphylaxis.
R: Bx offered - pt unsure, wants to talk to daughter. Mark borders, photo in chart. Reassess next tx.
"""),
("2022-10-28", "Telephone Encounter", """
Telephone Encounter
Caller: Bernadette Kinsella-Rowe (daughter, POA)
Regarding: father's arm, biopsy question

Daughter has spoken to her father; he refuses the biopsy - "not at my age" - and she supports this. She asks whether it could be "that calcium thing" the doctor mentioned. Explained that calciphylaxis is one possibility but has not been shown, and the lump could also be a reaction to the vaccine. Pt is moving to live with her in Oregon on 11/12 and will dialyze there.
Plan: Dr Sørensen to send summary to new unit. Daughter agreeable.
"""),
("2022-11-15", "Nephrology Outpatient Letter", """
Brookhaven Nephrology
15 November 2022

Dr Isabel Fonseca
Harrow Lane Medical

Re: Mr Alfred KINSELLA, 81 - transfer summary

Dear Dr Fonseca,

Mr Kinsella has moved to Oregon to live with his daughter and has transferred his dialysis care; I am copying this to his new unit.

The one open issue is a painful indurated purple plaque on the left deltoid that appeared around ten days after his influenza vaccination on 5 October. We considered a local vaccine reaction and possible early calciphylaxis. He declined a biopsy, so the question was never settled; at his last session here the plaque was a little smaller and the dusky centre had not broken down. I would suggest that the receiving team keeps calciphylaxis in mind and biopsies if it ulcerates.

Background for the new team: ESRD, haemodialysis; no diabetes; never anticoagulated; BMI 23.0.

With thanks,

Dr Anders Sørensen
Nephrologist
"""),
]}

K16 = {"patient_id": "K16", "age": 67, "sex": "F", "notes": [
("2025-06-02", "Patient Portal Message", """
Subject: shin that wont heal

Hi, Mildred Haverkamp here. About 3 weeks back I walked my right shin into the dishwasher door when it was down, it was just a little scrape and a bruise at first. But it wont heal and the last few days the middle has gone black and hard with funny purple skin all round like a map. It hurts much more than a scrape should. I am on my blood thinner for my heart rythm. My kidney doctor says my kidneys are at 22 percent. Should I see you or her?
Mildred
"""),
("2025-06-18", "Nephrology Outpatient Letter", """
Oakbridge Renal Clinic
18th June 2025

Dr Gareth Penhaligon
Quayside Surgery

Dear Dr Penhaligon,

Re: Mrs Mildred Haverkamp, 67 - CKD G4, eGFR 22, pre-dialysis

Mrs Haverkamp came to see me at short notice at your request. She bumped her right shin on a dishwasher door in mid-May, and the scrape has since become a 2.5 cm necrotic ulcer over the anterior right shin with a rim of retiform purpura. She has taken warfarin for atrial fibrillation since 2017 (INR 2.6). She is not diabetic. BMI 28.1.

The differential is a traumatic ulcer slow to heal on anticoagulation, warfarin-associated necrosis, and calciphylaxis, which can occur before dialysis. A punch biopsy on 16 June was nondiagnostic: dermal necrosis and inflammation; the von Kossa stain was negative for vessel calcium, but the sample was superficial. She does not want a deeper wedge biopsy unless it worsens.

Possible calciphylaxis is therefore our working label. Meanwhile she has been asked to discuss switching to apixaban with her cardiologist, stopped her calcium supplement and referred her to the leg ulcer clinic.

Yours sincerely,

Dr Harriet Oyelowo
Consultant Nephrologist
"""),
("2025-07-22", "Telephone Encounter", """
TELEPHONE ENCOUNTER - Oakbridge Renal Clinic
Caller: Mildred Haverkamp (pt)
Reason: update on R shin ulcer

Pt reports the shin ulcer is "much better" - scab smaller, purple ring fading, pain 2/10. Leg ulcer clinic seeing her weekly. Now on apixaban, warfarin stopped 7/1 by cardiology. Still declines repeat biopsy since it is healing.
Dr Oyelowo reviewed: calciphylaxis was never confirmed or excluded; no further workup while healing. CKD 4 labs due next month.
Pt verbalized understanding.
"""),
]}

K17 = {"patient_id": "K17", "age": 59, "sex": "M", "notes": [
("2018-11-20", "Patient Portal Message", """
Subject: legs

Hello I need to ask about some spots on my legs. Both my upper legs on the front have got these purple blotchy patches like a net and theres a couple of hard lumps under the skin that hurt to touch. They came up around halloween. I use my heat blanket at night on the couch but it was like that before too, I dont know. My bag exchanges at home are fine. My sugar has been up and down.
Rufus Calloway
"""),
("2018-11-26", "Telephone Encounter", """
Telephone Encounter - PD Unit
Pt: Rufus Calloway, 59M    Called: pt, cell
Re: portal msg 11/20 - rash/lumps both thighs

On PD (CAPD 4 exch/day) since 2017 for ESRD 2/2 DKD. T2DM on insulin (NPH bid). BMI 31.0 at last clinic. Pt describes livedo-like mottling both anterior thighs w/ 2 tender SC nodules on the R, onset late Oct. Uses electric blanket in evenings, on low.
Discussed w/ Dr Quartey: ddx: livedo reticularis / erythema ab igne from blanket; early calciphylaxis not excluded -> r/o with bx. Pt to stop electric blanket.
Bx booked 12/3 in PD clinic. Pt agreed.
"""),
("2018-12-19", "Nephrology Outpatient Letter", """
Stonebridge PD Unit
19 December 2018

Dr Abena Owusu-Ansah
Millfield Health Centre

Re: Mr Rufus Calloway, 59

Dear Dr Owusu-Ansah,

I am writing because Mr Calloway did not attend his skin biopsy on 3 December or the rebooked slot on 17 December, and we have not been able to reach him by phone since.

When we spoke in November he described net-like purple mottling over the front of each thigh, plus two tender nodules on the right, starting towards the end of October. Early calciphylaxis worried us, although livedo from his electric blanket was an alternative explanation. Without a biopsy or an examination we cannot say which.

His ESRD is managed with CAPD; NPH insulin for type 2 diabetes; obese, BMI 31.0. Warfarin has never been prescribed.

Should he turn up at your surgery, please look at his thighs and ask him to ring us. His PD supplies are still being delivered.

Yours sincerely,

Dr Kofi Quartey
Nephrologist
"""),
]}

K18 = {"patient_id": "K18", "age": 73, "sex": "F", "notes": [
("2024-03-04", "Dialysis Unit SBAR Handoff", """
SBAR - Pinewood Dialysis, MWF PM
S: Gwendolyn Marsh, 73F. Painful blue-purple toes both feet and lacy mottling of both soles since coronary angiogram on 2/26/24.
B: ESRD (DKD) on HD via L AVF. T2DM - glargine. AF - warfarin (held for cath, restarted 2/28). BMI 27.8. Angiogram via R femoral artery.
A: Bilateral toes 2-4 dusky, cool; livedo plantar feet; small dry black tip L 3rd toe. Pedal pulses palpable. Eos 9% (was 2%). Ddx: atheroemboli after the cath / calciphylaxis / warfarin-related.
R: Dr Vasquez aware - vascular + derm referral, bx of sole livedo requested. Pls keep feet warm (socks, no heating pads) and check pulses each tx.
"""),
("2024-03-08", "Telephone Encounter", """
Telephone encounter
Caller: Anthony Marsh (son)
Re: mother's feet, biopsy appointment

Son calls asking whether his mother's foot problem is "the calcium disease" a nurse mentioned. RN explained it is one of several possibilities being looked at, most likely related to the heart procedure; biopsy 3/11 at 0930 with dermatology. Son asked about stopping warfarin - told not to change meds until seen by Dr Vasquez.
"""),
("2024-03-25", "Nephrology Outpatient Letter", """
Pinewood Nephrology Clinic
March 25, 2024

Dr Jonah Feldstein
Cypress Avenue Family Medicine

Re: Gwendolyn MARSH, 73

Dear Dr Feldstein,

Follow-up on Mrs Marsh's feet. The biopsy from the left sole on 11 March shows biconvex cholesterol clefts occluding small arteries; von Kossa staining finds no calcium in the vessel walls. Together with the timing after her coronary angiogram and the transient eosinophilia, this is cholesterol embolisation syndrome. Calciphylaxis has been ruled out.

The toes are improving: the dusky colour has receded and only the tip of the left third toe remains dry and black; podiatry is following it.

Background: ESRD on haemodialysis, insulin-treated type 2 diabetes, atrial fibrillation on warfarin, BMI 27.8.

Plan: high-intensity statin, continue warfarin per cardiology, foot protection. No sodium thiosulfate is needed.

Kind regards,
Elena Vasquez, MD
"""),
]}

K19 = {"patient_id": "K19", "age": 45, "sex": "M", "notes": [
("2023-09-14", "Patient Portal Message", """
Subject: worried about my skin

hi Dr Mensah, Marcus Tillman here. My older brother Dwayne passed in July, he was on the kidney machine for years and at the end he got those horrible black sores on his legs and stomach that the hospital said were from calcium in the blood vessles. I keep checking my own skin every night now. I dont have any sores or marks but my legs ache sometimes after work. Since my kidneys arent great either is that going to happen to me? My wife says I should ask instead of googling.
Marcus
"""),
("2023-10-03", "Nephrology Outpatient Letter", """
Kingsmead Kidney Clinic
3rd October 2023

Dr Lorraine Abiodun
Kingsmead Family Practice

Re: Mr Marcus TILLMAN, 45

Dear Dr Abiodun,

I saw Mr Tillman early at his request. His brother, who was on haemodialysis, died this summer with calciphylaxis, and he is understandably anxious.

His own situation is quite different. He has CKD stage 3a (eGFR 51, stable for three years) from diabetic kidney disease, type 2 diabetes treated with metformin plus empagliflozin, and obesity with a BMI of 31.5. Ca, PO4 and PTH all sit within range. I examined his skin from head to toe with him: there is no livedo, no nodule, no ulcer and no discoloration anywhere. The aching in his calves after standing all day sounds musculoskeletal.

I explained that calciphylaxis almost only occurs in people on dialysis and that his risk is very low. If he ever notices a painful dark patch on the skin he should contact us, but I have not arranged any tests for it.

Yours sincerely,

Dr Kwame Mensah
Consultant Nephrologist
"""),
]}

K20 = {"patient_id": "K20", "age": 50, "sex": "F", "notes": [
("2019-06-18", "Dialysis Unit SBAR Handoff", """
SBAR - Ashgrove Dialysis Centre, TTS AM
S: Noreen Castellanos, 50F. Monthly labs: Phos 8.6, corrected Ca 10.4, PTH 1650 despite binders. MD asked for calciphylaxis risk review.
B: ESRD 2/2 lupus nephritis, HD since 2015 via R AVF. Not diabetic. Obesity, BMI 36.3. DVT 2018 - was on warfarin until May 2019, switched to apixaban by hematology. Skin check today: full skin intact, no lesions, no mottling, no tender areas.
A: High risk profile for calciphylaxis (female, obese, high Ca x P, hyperparathyroidism, recent warfarin) but no evidence of it on exam.
R: Dr Nakashima to see pt next tx re cinacalcet + surgical referral. Education given: keep cold packs and heat pads off the skin; tell staff about any new sore or dark area. Monthly skin check to be added to care plan.
"""),
("2019-07-08", "Nephrology Outpatient Letter", """
Ashgrove Renal Clinic
8 July 2019

Dr Margaret Oduya-Kent
Ashgrove Village Surgery

Re: Ms Noreen CASTELLANOS, 50

Dear Dr Oduya-Kent,

I reviewed Ms Castellanos in clinic regarding her mineral bone disease. Her phosphate and PTH remain well above target and she carries several risk factors for calciphylaxis: obesity (BMI 36.3 today), female sex, a recent course of warfarin (stopped in May in favour of apixaban) and a high calcium-phosphate product. Her skin is entirely normal and she has no lesions of any kind.

To reduce that risk we have started cinacalcet, increased sevelamer and referred her for parathyroidectomy. I have asked the unit to examine her skin monthly, and she knows to avoid heat and cold packs and to let us know promptly if a painful spot appears. Should she ever need anticoagulation again, we would prefer to avoid warfarin.

She remains on haemodialysis three times a week, and lupus has been quiescent on hydroxychloroquine. She does not have diabetes.

Yours sincerely,

Dr Yuki Nakashima
Nephrologist
"""),
]}

PATIENTS = [K15, K16, K17, K18, K19, K20]
