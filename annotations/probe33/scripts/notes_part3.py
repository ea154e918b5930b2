"""probe33 corpus notes, H15-H20 (telehealth, telephone triage, patient portal; all invented)."""

H15 = {"patient_id": "H15", "age": 64, "sex": "F", "notes": [
("2018-09-10", "Patient Portal Message", """
Subject: purple rash on tummy

Hi, its Dolores Quintanilla. The place on my belly where I give myself the insulin has gone a dark purple color in a net pattern, like fishnet stockings, and there is a hard lump under it that is really sore. I noticed it last Tuesday. I always do my shots in the same area left of my belly button because it hurts less there. No fever. I have dialysis tomorrow.
"""),
("2018-09-12", "Telehealth Video Visit", """
Telehealth (video), pt at home, good connection.
64F. ESRD, HD through a R forearm graft. T2DM, glargine + aspart. Obesity, BMI 33.0. No anticoagulation.
Pt shows L periumbilical abdomen, her usual insulin site (uses it almost exclusively for ~3 years): 6 x 5 cm livedo racemosa over a firm tender subcutaneous nodule, no ulceration or eschar. Onset approx 9/4/2018.
A: Painful nodule with livedo at a heavily used insulin site in an HD pt - ? early calciphylaxis; other options are lipohypertrophy complicated by fat necrosis, or a panniculitis. Cannot exclude calciphylaxis without tissue.
P: derm punch bx (scheduled 9/17), rotate insulin to the R abdomen and thighs, check Ca/phos/PTH.
"""),
("2018-10-15", "Telephone Encounter", """
Telephone f/u - RN
Pt missed derm bx 9/17 (no transport) and the rescheduled 10/1 appt (felt unwell after HD). She reports the purple net has faded and the lump is smaller and barely tender now. She has been injecting on the right side since the video visit.
Per Dr. Baptiste: etiology still uncertain, possible calciphylaxis never confirmed; pt declines to reschedule bx while it is improving. Will monitor at HD; pt to message if it worsens or opens.
"""),
]}

H16 = {"patient_id": "H16", "age": 79, "sex": "M", "notes": [
("2025-03-03", "Telephone Triage", """
Triage call - caller is pt's daughter, Henrike (on DPOA).
2 weeks ago, climbing out of the car at church, Dad scraped his left shin along the edge of the door. It was a small scrape, but now it's a dark purplish-black crusted patch, bigger than a playing card, and it hurts a lot more than a scrape should. He is on warfarin for afib. His kidneys are "stage 4" per daughter, not on dialysis. No fever.
Disp: video visit with PCP within 2 days; daughter to upload photos via portal.
"""),
("2025-03-05", "Telehealth Video Visit", """
PCP video visit. Pt is staying with his daughter; she runs the camera.
79M. Kidneys: CKD G4 (eGFR 22 in Jan), no dialysis. Warfarin for AF - Monday's INR 2.9. No diabetes. BMI 26.0.
L anterior shin: necrotic plaque approx 8 by 6 cm, black eschar, border purpuric and partly netlike, at the site where he struck the car door (2/17/2025). Edema both legs 1+.
A: Necrotic L shin lesion after minor trauma. Differential: concern for calciphylaxis (advanced CKD though not dialysed; warfarin), or warfarin-induced skin necrosis, or simply a traumatic ulcer in an anticoagulated pt with venous insufficiency.
P: offered derm bx and nephrology review - pt declines bx, declines further workup ("I'm 79, just keep it clean"). Wound care via home health. Diagnosis left open; daughter will call if worse. Goals of care conversation to continue next visit.
"""),
]}

H17 = {"patient_id": "H17", "age": 71, "sex": "F", "notes": [
("2019-02-18", "Telephone Triage", """
RN telephone triage
Pt's husband calls: wife has a "raw dark sore on her bottom, left cheek" for about a week; she has been sitting in her lift chair most of the day since her knee got worse. Does PD overnight. Husband says it looks "bruised and black in the middle".
Disp: video visit 2/20; husband to photograph the area.
"""),
("2019-02-20", "Telehealth Video Visit", """
Video visit - home PD team
71F, ESRD on APD since 2017, T2DM on glipizide (no insulin), BMI 27.0, no warfarin.
Photos of the L buttock: 4 x 3 cm area of purple discoloration with central dark eschar, irregular livedoid edges, over the ischial region. Pain out of proportion. Onset ~2/11.
A: L buttock necrotic lesion - pressure injury (unstageable) vs early calciphylaxis; r/o calciphylaxis.
P: pressure redistribution cushion, turn schedule, wound RN home visit; derm bx if not improving in 2 weeks; phos binder adherence.
"""),
("2019-03-11", "Telehealth Video Visit", """
Video f/u
L buttock wound now 3 x 2 cm, eschar softening, less pain, improving with offloading. Derm reviewed photos: pressure injury more likely but cannot rule out calciphylaxis. Joint decision w/ pt: no biopsy for now since it's healing. Continue cushion, dressings.
"""),
]}

H18 = {"patient_id": "H18", "age": 67, "sex": "M", "notes": [
("2018-05-14", "Patient Portal Message", """
Subject: my legs

Doc I have these purple lacy marks on both my lower legs, around the ankles and up the shins, and 2 little sores that look like someone stubbed a cigarette out on me. The dialysis nurse said I should ask you if it's that calci-something thing she read about. Should I worry
- Wendell
"""),
("2018-05-16", "Telehealth Video Visit", """
Telehealth - Nephrology
67M, dialysis-dependent ESRD; DM2, takes insulin; obesity (BMI 31.5); never on warfarin.
Video/photos: bilateral lower legs with livedo reticularis from ankles to mid-shin and two 5 mm punched-out ulcers with white stellate scars nearby on the R medial ankle. Painful.
A: r/o calciphylaxis; livedoid vasculopathy and cholesterol emboli also in the differential.
P: derm bx 5/21 of the R ankle ulcer edge.
"""),
("2018-05-30", "Telephone Encounter", """
RN results call
Bx R medial ankle 5/21: hyalinized thrombi in superficial dermal vessels; von Kossa stain negative for calcium; no panniculitis. Dermpath and Dr. Nakashima: livedoid vasculopathy - calciphylaxis ruled out. Pt relieved. Started on pentoxifylline; derm f/u in 4 wks.
"""),
]}

H19 = {"patient_id": "H19", "age": 45, "sex": "F", "notes": [
("2024-08-19", "Patient Portal Message", """
Subject: question about my dad's skin disease

Hi Dr. Ferreira-Lund, my dad passed in 2016. He had been on dialysis and got calciphylaxis on his belly and legs. I have CKD now (stage 3a, you told me) and I'm worried I could get the same thing. Also I scraped my right knee gardening on Saturday and it is taking a while to scab over, should I be concerned? Thanks, Annika
"""),
("2024-08-21", "Telephone Encounter", """
Phone call - PCP
Discussed pt's portal message. Father had calciphylaxis while on HD; it is not inherited, and it is rare in CKD 3a. Her eGFR 52, stable. Not diabetic, no warfarin, BMI 25.7.
R knee: photo shows a 2 x 1 cm superficial abrasion with a thin crust and a bit of surrounding pink skin, healing normally; no purpura, no necrosis. Advised soap and water, petrolatum, cover. Reassured; no evidence of any skin disease of concern.
"""),
]}

H20 = {"patient_id": "H20", "age": 52, "sex": "M", "notes": [
("2020-06-08", "Telehealth Video Visit", """
CKD clinic - video
52M, CKD 5 (eGFR 9), starting in-center HD next month via L radiocephalic AVF (matured). T1DM on insulin pump, obesity BMI 32.5, AF on warfarin.
Education: dialysis modalities, diet, and calciphylaxis as a rare but serious risk once dialysis starts, made likelier by warfarin, obesity and high phosphorus. Will ask cardiology about switching warfarin to apixaban to lower that risk.
"""),
("2020-07-20", "Telephone Encounter", """
RN phone call
Started HD 7/13, tolerating well. Cardiology agreed - warfarin stopped 7/15, apixaban started. Pt asks about "that skin thing with the calcium" - reinforced: if he ever gets painful dark or lacy patches on his skin, he should send a picture the same day. Told him to rotate his pump sites and not to use heating pads on his legs.
"""),
("2020-10-05", "Patient Portal Message", """
Hello, just checking in after 3 months on dialysis. Everything is going ok, I'm keeping my phosphorus down. No sores or marks on my skin at all, I look every morning like you told me. Pump sites all fine. Thank you - Tobias
"""),
("2021-01-11", "Telehealth Video Visit", """
Video - nephrology q3 month
Doing well on HD MWF. Skin check by video: no lesions, no livedo, no calciphylaxis. Pump sites clean. Labs: PTH 310, phosphorus 5.1, calcium 9.0. BMI 32.1. Continue current plan.
"""),
]}

PATIENTS = [H15, H16, H17, H18, H19, H20]
