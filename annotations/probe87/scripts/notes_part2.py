"""probe87 corpus notes, G08-G14 (palliative care and hospice; all invented)."""

G08 = {"patient_id": "G08", "age": 84, "sex": "M", "notes": [
("2022-01-18", "Hospice RN Visit Note", """
RN routine visit - SNF (Brookfield Manor), hospice dx: end-stage kidney disease, HD discontinued 12/2021? -> no, per MAR still dialyzes MWF at Lakeview, pt wants to continue "until the new year is over".
AF hx; warfarin discontinued 2017 after a GI bleed. Not diabetic per PCP list.
Comfort positioning: since Christmas staff have kept him turned onto his LEFT side nearly around the clock w/ a foam wedge behind his back because lying on the R side sets off his shoulder pain and cough.
New finding: L lateral hip, trochanteric area - 6x5cm hard purple-black plaque, stellate, with a livid net-like margin. Started January 9 per CNA flow sheet as a "dark bruise". Severe pain with any touch, moaning during turns.
Wt 58 kg, BMI 19.4.
Called hospice MD: unusual for a simple pressure injury (hard, stellate, netlike edges, disproportionate pain).
Plan: change turning schedule - R side with pillows under R arm, 30-degree tilt; low air loss mattress ordered.
"""),
("2022-01-25", "Wound Consult (Hospice)", """
Wound/derm NP, with hospice MD.
L hip lesion reviewed. Given the question of pressure injury vs calciphylaxis and the family's wish "to know what it is", shave/punch at margin obtained 1/19.
Path: calcium in walls of small arterioles, occlusive thrombi, adipocyte necrosis, von Kossa +. => calciphylaxis.
Interpretation: calciphylaxis of L hip, arising in skin under continuous pressure from left side-lying since 12/25/21.
Not staged as a pressure injury.
"""),
("2022-02-02", "Family Meeting", """
Mtg w/ daughters Hanne and Rosalind, SNF DON, hospice SW + RN.
Discussed that the hip wound is calciphylaxis and will likely worsen. Pt now sleeping ~20 hrs/day, missed 2 dialysis runs by his own choice.
Family agrees with stopping HD; want him kept at Brookfield w/ hospice. DNR on file.
Comfort: morphine concentrate 5mg SL q2h PRN; glyco for secretions, positioning R side/back only.
"""),
]}

G09 = {"patient_id": "G09", "age": 61, "sex": "F", "notes": [
("2020-06-09", "Palliative Care Consult - Inpatient", """
Consult from renal team: pain + "big picture" conversation.
61F, ESRD, HD Tue/Thu/Sat for six yrs, DM2 on NPH twice a day - she self-injects, ALWAYS into her right thigh ("my right leg is my shot leg, the left one never gets a shot, I'm a righty"). Weight class III obese, BMI 41.0 today. Never warfarin.
Chief issue: very painful plaque on LEFT anterior thigh, first noticed 05/28/2020.
Exam: L anterior thigh 8x6cm indurated violaceous plaque, 3cm central black eschar, edges with retiform purpura. R thigh: injection sites w/ mild lipohypertrophy, skin intact, no purpura. Abdomen pannus intact.
Punch bx by derm yesterday.
Plan: for pain, PO hydromorphone 1mg q4h PRN, pregabalin 25 mg daily post-dialysis. GOC discussion tomorrow with her husband present.
"""),
("2020-06-11", "Dermatology Follow-up", """
Derm. Bx L thigh: calcification and thrombosis of small subcut vessels, panniculitis -> calciphylaxis confirmed.
Lesion is on left thigh only; she injects insulin in the contralateral (R) thigh exclusively, which is clear of lesions.
"""),
("2020-06-12", "Goals of Care Note", """
Met with pt and husband Desmond.
She understands "it's a wound that might not ever close". Hopes: to go to her church revival in August, to keep dialysis. Worries: amputation, being a burden.
Agreed: full treatment incl sodium thiosulfate during dialysis, wound care, no amputation; code status changed to DNR after she described her mother's CPR experience.
Palliative clinic after discharge.
"""),
]}

G10 = {"patient_id": "G10", "age": 76, "sex": "M", "notes": [
("2019-08-20", "Palliative Clinic Note", """
Palliative clinic, f/u for pain.
76M, ESKD on hemodialysis, mechanical MVR - on warfarin, cardiology wants INR 2.5-3.5 (runs low often). Not diabetic.
Painful ulcer L calf, posterior, began 08/05/2019 per pt as a "purple hard patch", since then a black scab.
Specifically asked about trauma: denies bumps, falls, scratches, injections, hot or cold applications to the left leg prior to onset. Wears loose pajama pants.
Exam: L posterior calf, ulcer 4x3cm, dry black eschar, purple indurated edge, surrounding livedo. R leg clean.
BMI 24.4.
A: calciphylaxis suspected; derm bx planned.
"""),
("2019-09-03", "Dermatology Consult", """
Derm. Bx 8/22 L calf: calciphylaxis - von Kossa stain + with calcified, clot-filled small vessels amid necrotic fat.
Interval: On 08/29/2019, a week after the biopsy, he fell in his garage and struck the left shin on a step, with a new small abrasion just distal to the ulcer; no bleeding. This fall came after the ulcer was already established.
Rx: debridement deferred; nephrology aware re: warfarin -> consider apixaban.
"""),
("2019-09-17", "Goals of Care Conversation", """
GOC visit. Pt wife Marisol present, Spanish interpreter (pt preference).
Values: independence, staying in his workshop. Nursing home placement is not acceptable to him.
Code: DNR; would want a trial of hospital treatment for infection.
Anticoagulation: switched warfarin -> apixaban 9/10 per cardiology/nephrology.
Oxycodone 5mg q6h PRN keeps pain about 4/10.
"""),
]}

G11 = {"patient_id": "G11", "age": 69, "sex": "F", "notes": [
("2020-10-06", "Outpatient Palliative Care Consult", """
New pt - palliative clinic, referred from PD clinic.
69F on CAPD for ESRD (diabetic nephropathy). Type 2 DM - glargine, which she injects into both sides of her abdomen. BMI 29.9; PCP documents overweight but not obese. No anticoagulation.
Chronic LBP - a heating pad goes across her lower back, both sides, most evenings since 2018.
New problem since Sept 2020: extremely painful hard purple areas over the back of each thigh, now with black crusts.
Exam: posterior thighs bilaterally, mid-thigh: 3 plaques L (largest 5 cm), 2 plaques R, retiform purpura, central eschar. Lower back: lacy brown pigment c/w erythema ab igne without plaques, ulcer or purpura. Abdomen: injection sites w/ lipohypertrophy, no lesions.
Impression: probable calciphylaxis of posterior thighs.
"""),
("2020-10-20", "Dermatology Consult", """
Derm bx R posterior thigh: diffuse calcification of small vessels with thrombosis, fat necrosis -> calciphylaxis.
Back skin: only erythema ab igne from the pad; calciphylaxis absent on back.
Nothing traumatic to the posterior thighs on careful hx - no shots, heat, knocks or tight garments there.
"""),
("2020-11-03", "Palliative Care Follow-up", """
Pain better - fentanyl 12 mcg patch + oxycodone 2.5 mg prn.
Sitting is hard: using a pressure-redistributing cushion and lying prone part of the day.
Discussed prognosis; she'd like to keep going with PD and thiosulfate. Completed advance directive, husband (Bart) as HCP.
"""),
]}

G12 = {"patient_id": "G12", "age": 67, "sex": "F", "notes": [
("2023-10-04", "Palliative Care Consult", """
Reason for consult: pain, wound under R breast, goals.
67F ESRD on HD through a R internal jugular tunneled line, afib on warfarin. No diabetes. Morbid obesity - BMI 37.5.
Onset: in September 2023 a tender hard purple patch appeared in the R inframammary fold / lower R breast. No injections, heat, cold, bra injury or scratching there beforehand, per pt and daughter ("I haven't worn a bra in years").
Exam: R lower breast 7x5cm indurated plaque w/ black eschar, livedo racemosa extending onto the upper abdomen.
Impression: suspect calciphylaxis.
Plan: derm bx; pain control (hydromorphone 0.5mg by mouth every 4h as needed).
"""),
("2023-10-11", "Dermatology Note", """
Punch biopsy R breast plaque (10/05): calciphylaxis (medial calcification, thrombi, necrosis). 
Post biopsy: biopsy site w/ small dehiscence; steri-strips.
Pt applying cool compresses to the plaque since the biopsy for burning pain - ok, no ice directly on skin.
"""),
("2023-10-25", "Wound Care / Palliative Joint Visit", """
R breast wound: eschar lifting at edges. Enzymatic debridement started 10/20 (collagenase), dressing changes daily; tape stripping of surrounding skin noted - switched to silicone tape.
Pain flares with dressing changes -> premedicate w/ oxycodone 5 mg 30 min prior.
"""),
("2023-11-08", "Family Meeting", """
Family meeting w/ pt, daughter Priya, son-in-law, nephrology, palliative.
She is exhausted by HD + wound care. Decided to continue dialysis "through the holidays" and then reassess. Warfarin held per nephro; heparin with HD lines only.
Code status DNR/DNI. Left hospice brochure with daughter.
"""),
]}

G13 = {"patient_id": "G13", "age": 54, "sex": "M", "notes": [
("2021-03-16", "Palliative Care Inpatient Consult", """
PC c/s for pain and to clarify goals.
54M, ESRD, hemodialysis since 2015. DM2 - metformin until 2015, now diet + linagliptin, no insulin ever. Class 3 obesity (BMI 44.0).
Pannus: pannus, left lower aspect: 10x8cm necrotic plaque, retiform purpura, onset ~2 wks ago.
Pertinent negatives: denies any injections into his abdomen (never insulin, no heparin or enoxaparin shots), no heating pad/ice, no belt or binder ("I wear suspenders"), no scratching, no injury.
Biopsy today by derm.
Plan: pain - hydromorphone PCA low dose. Wound team.
"""),
("2021-03-19", "Dermatology Note", """
Derm: L pannus bx - calcific uremic arteriolopathy (calciphylaxis), von Kossa +.
No local trauma identified - reviewed carefully w/ pt.
Counselling: no more needles in the belly from now on; if he needs DVT prophylaxis, SC heparin goes into the upper arms; no heat packs or tight binders on the belly.
"""),
("2021-03-24", "Goals of Care Discussion", """
Met w/ pt and partner (Luis) + ICU outreach RN.
He wants aggressive wound care and STS, ok with surgery if offered, but no prolonged life support if things go badly. Full code for now, will revisit.
Prophylaxis: plan is heparin 5000 u SC q8h to start tomorrow in the arms, not abdomen.
"""),
]}

G14 = {"patient_id": "G14", "age": 81, "sex": "F", "notes": [
("2024-02-06", "Hospice Admission Note", """
HOSPICE ADMISSION - inpatient unit.
81F, ESRD on HD (stopped 1/30 by pt's choice), no DM, no anticoagulants. Calciphylaxis of both calves, proven on biopsy 11/2023 (outside derm), bilateral lower legs w/ large black eschars.
Skin otherwise:
- R forearm: skin tear ~4cm, flap intact, from the Hoyer lift sling edge during transfer on 2/02. Pink base, no necrosis.
- Sacrum: stage 2 pressure injury, shallow pink, from prolonged supine positioning in the hospital last wk.
Neither of these looks like calciphylaxis; they are ordinary injuries.
BMI 23.0.
GOC: CMO, DNR. Family (niece Oona) aware prognosis days.
"""),
("2024-02-08", "Hospice MD Note", """
Leg wounds (calciphylaxis) stable, malodorous -> metronidazole gel topical.
R forearm skin tear approximated w/ steri-strips, healing. Sacral stage 2 - foam border dressing, turn q2h w/ wedge 30 degrees, heels floated.
Education to niece: avoid heating pads or hot packs on her legs; they could worsen the calciphylaxis.
"""),
("2024-02-11", "Hospice Death Note", """
Pt died peacefully 0315 with niece at bedside. Pronounced by RN. Funeral home notified. Bereavement referral.
"""),
]}

PATIENTS = [G08, G09, G10, G11, G12, G13, G14]
