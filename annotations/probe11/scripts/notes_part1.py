"""Probe11 corpus notes, I01-I07 (all invented; outpatient longitudinal care)."""

I01 = {"patient_id": "I01", "age": 58, "sex": "F", "notes": [
("2023-11-14", "Pharmacy Medication Reconciliation", """
OUTPATIENT DIALYSIS PHARMACY - MEDICATION RECONCILIATION
Patient brought all home bottles and pens to chairside. 58 yo woman, ESRD on in-centre HD Mon/Wed/Fri since 2019, type 2 diabetes, HTN.
Reviewed line by line against the unit MAR:
- Insulin glargine U-100 pen, 22 units at bedtime. She has put every dose into her left flank, the soft area at her left side just above the belt line, ever since basal insulin was begun in August 2021. She says she sleeps on the right, so the left side "never gets squashed". Talked with her about spreading doses over the abdomen and both thighs as well; she was polite but not keen.
- Sevelamer carbonate 800 mg tabs, 2 at every meal.
- Cinacalcet 30 mg once daily.
- Amlodipine 10 mg daily; atorvastatin 40 mg at night.
No anticoagulant of any kind, never on warfarin. NKDA apart from sulfa (rash).
Height 162 cm, weight 82.4 kg, BMI 31.4.
No discrepancies found. Copy to primary HD nurse and Dr Okafor.
"""),
("2024-01-09", "Dialysis Unit Monthly Physician Note", """
MONTHLY HD PHYSICIAN REVIEW - January
S: Hard, very sore patch on her left flank since January 2nd; at first she took it for a pulled muscle. Pain 8/10, worse when lying on that side. No fevers or chills.
O: Pre-dialysis BP 148/76, EDW 81.5 kg. Left forearm AVF with good thrill. Kt/V 1.42 at the last monthly labs.
Skin: left flank, squarely over the spot she uses for her nightly glargine, there is a firm violaceous 5-by-4 cm plaque, edged by retiform purpura, with a dusky 1 cm centre. Right flank and abdomen look normal.
Labs drawn 12/28 - calcium 9.9 / PO4 7.1 / iPTH 1040 / albumin 3.1 g/dL.
A/P:
1. Suspected calciphylaxis of the L flank at her insulin site. Urgent referral to the wound clinic for a punch biopsy. IV STS 25 g with every dialysis, run over its last 60 minutes. Asked her to give the glargine into the abdomen from now on and keep off the left flank.
2. Secondary hyperparathyroidism - cinacalcet up to 60 mg.
3. DM2 - A1c 8.1, no change today.
"""),
("2024-01-30", "Wound Care Clinic Visit", """
WOUND CLINIC - follow-up visit #2
Diagnosis: calciphylaxis, biopsy-proven. Punch biopsy of the L flank on 2024-01-12 showed mural calcium deposition within little vessels of the subcutis (positive on von Kossa stain) plus luminal thrombi.
Location: L flank.
Today: 5.6 cm x 4.4 cm x 0.3 cm. Black eschar about 60%, yellow slough 30%, pink granulation 10%. At the previous visit (1/16) it was 5.2 x 4.1 cm.
Periwound: a rim of retiform purpura reaching 1.5 cm below the wound edge. Moderate serous exudate, no odour, no cellulitis.
Treatment: collagenase to the slough, hydrofiber contact layer, bordered foam on top. Sodium thiosulfate continues on HD days. Pain handled by nephrology (hydromorphone).
She now rotates her glargine around the abdomen only. Weight is down 1.5 kg; BMI 30.9.
Return in 2 weeks.
"""),
]}

I02 = {"patient_id": "I02", "age": 66, "sex": "F", "notes": [
("2023-05-04", "Home Health Nursing Visit", """
HOME HEALTH - SKILLED NURSING VISIT 1
Reason for referral: new left popliteal DVT, sent home from hospital on 5/2. ESRD on nightly cycler PD; PD catheter exit site looks healthy (dry, no crust).
Anticoagulation: enoxaparin 70 mg subcut once daily as a bridge, with warfarin 5 mg started the same evening (goal INR 2-3).
I gave the first enoxaparin injection yesterday, May 3rd, into the back of her right upper arm. She asked us not to use her belly because of the PD catheter and an old hernia repair scar, and she wants all her shots in the right arm. Today's dose went into the same area. Daughter watched and will learn the technique.
Skin of both arms intact today. Not diabetic.
Vitals: BP 134/70, HR 78, afebrile. Wt 71.2 kg, BMI 27.6.
Plan: daily visits for the injections until the INR has been in range twice.
"""),
("2023-05-25", "Telephone Triage Note", """
TELEPHONE TRIAGE
Caller: patient herself.
Concern: a "purple sore spot" behind her right upper arm. It began about 4 days ago as a tender lump right where the visiting nurse had been giving her enoxaparin shots, and it has darkened, now with a black middle about the size of a dime. She is losing sleep from the pain.
The shots ended on 5/16 after two INRs in range; she is still taking warfarin 5 mg. INR at the last check 2.4. No fever, no pus, no red streaks.
Protocol: skin lesion with increasing pain = appointment within the week. Booked with Dr Lindqvist (nephrology) on 5/29; dermatology will see her the same afternoon for a biopsy.
Advised: no heating pad and no ice on the arm.
"""),
("2023-06-02", "Nephrology Clinic Letter", """
Dear Dr Abernathy,

Re: Mrs Rosa Castellanos

Many thanks for referring your patient, whom I reviewed in the PD clinic on 29 May. As you know, she has end-stage kidney disease from hypertensive nephrosclerosis and has used an overnight cycler for peritoneal dialysis since 2020.

At the start of May she was found to have a left popliteal DVT and was bridged from enoxaparin to warfarin at home. Every enoxaparin dose was given by the home-health nurse into the back of her right upper arm. Around 21 May a painful nodule appeared in exactly that spot, and it has become a 3 cm stellate necrotic plaque with surrounding livedo. Dermatology took a punch biopsy on 29 May, which has now confirmed calciphylaxis: subcutaneous arterioles containing calcium, some thrombosed, and no sign of vasculitis. The distribution fits a Koebner-type response to the injections. Warfarin-induced skin necrosis was considered, but both the histology and the timing argue against it.

I have stopped her warfarin and, after talking with haematology, started apixaban 2.5 mg twice a day. She will have intravenous sodium thiosulfate on Mondays, Wednesdays and Fridays at the infusion centre. Her phosphate is high at 6.8 mg/dL, so calcium carbonate has been replaced with lanthanum. She is not diabetic, and her BMI is 27.6.

I will see her again in three weeks.

Yours sincerely,

Dr S. Lindqvist
Consultant Nephrologist
"""),
]}

I03 = {"patient_id": "I03", "age": 47, "sex": "M", "notes": [
("2022-02-08", "Home Infusion Pharmacy Teaching Visit", """
SPECIALTY / HOME INFUSION PHARMACY - TEACHING VISIT
47-year-old man on home PD (IgA nephropathy), no diabetes. New order: darbepoetin alfa 40 mcg subcutaneously every 14 days for anaemia of CKD, Hb 8.9.
First dose self-administered today under my supervision into the left anterior thigh. He is right-handed and finds the left thigh easiest to reach while seated, and he plans to keep using it. Reviewed prefilled syringe handling, storage in the fridge, sharps disposal, and what to do about a missed dose.
Next dose due 2/22. Supplies for 3 months delivered.
Wt 91.5 kg, height 175 cm.
"""),
("2022-04-12", "PD Clinic Monthly Visit", """
PD CLINIC - monthly review
Adequacy: weekly Kt/V 1.9, CrCl 58 L/wk. Hb 10.8 on darbepoetin, rising.
New issue: he noticed a painful lump on the front of his left thigh about ten days ago, in the area where he gives himself the darbepoetin. It now hurts to wear jeans.
Exam: left anterior thigh, a 3 x 2.5 cm firm and very tender subcutaneous nodule with overlying livedo and a 5 mm dusky centre. Right thigh normal. Exit site clean.
Calcium 10.1 mg/dL; phosphorus 7.6; PTH 690 pg/mL.
Impression: concern for early calciphylaxis; other possibilities are an ESA injection-site reaction or panniculitis.
Plan: dermatology for a deep incisional biopsy; darbepoetin to be given into the abdomen instead; stop calcium-containing binder, start sevelamer. BMI 29.9.
"""),
("2022-04-27", "Wound Care Clinic Visit", """
WOUND CARE CLINIC - first visit
Referred after incisional biopsy on 4/15 of the left anterior thigh, which confirmed calciphylaxis (calcified media of tiny subcutaneous vessels, thrombi, calcium within the fat lobules).
Wound: left anterior thigh, at the biopsy and injection area. 3.4 cm x 2.8 cm, depth not measurable under a dry black eschar; livedo extends 2 cm around it. No drainage.
Plan: keep the eschar dry and stable, no sharp debridement for now; silicone foam dressing changed every 3 days. IV sodium thiosulfate has started at the infusion centre on Mon/Wed/Fri.
Weight steady at 91.6 kg; BMI 29.9 - overweight rather than obese.
Next visit in 2 weeks for measurements.
"""),
("2022-05-11", "Wound Care Clinic Visit", """
WOUND CARE CLINIC - serial visit
L anterior thigh calciphylaxis wound: 3.1 cm x 2.5 cm, eschar now lifting at the lateral edge with pink granulation beneath. Livedo fading. Pain down from 8/10 to 4/10.
Dressing unchanged. Darbepoetin now goes into the abdomen, with no new nodules there.
Plan: continue; recheck in 2 weeks.
"""),
]}

I04 = {"patient_id": "I04", "age": 74, "sex": "F", "notes": [
("2023-09-18", "Dialysis Unit Monthly Nursing Note", """
MONTHLY NURSING ASSESSMENT - HD unit, Tue/Thu/Sat shift
74 y/o woman, ESRD on haemodialysis, T2DM managed on linagliptin alone (never insulin), pernicious anaemia.
Vitamin B12: cyanocobalamin 1000 mcg IM once a month, given by the practice nurse at her GP surgery. She says it has always gone into her right buttock, upper outer part, since 2020, because the left side "is my sleeping side".
Anticoagulation: apixaban for AF. She was on warfarin until 2021, when it was stopped after a GI bleed.
Skin check: sacrum, heels and both buttocks intact. Access R upper arm AVF, no problems.
Weight 78.1 kg, BMI 30.0.
Plan: routine.
"""),
("2023-11-06", "Telephone Triage Note", """
Phone call from daughter (on HIPAA list).
Says her mother has a "bruise that went black" on the right buttock. The family first noticed it about two weeks ago during a bath. It is very painful, and she can hardly sit in the dialysis chair. Per daughter this is "right where she gets her B12 jab".
No fall, no fever. Last B12 injection 10/16.
Triage: painful dark lesion in a dialysis patient = same-week review. Dr Mensah's clinic 11/8 booked; a message also went to the HD charge nurse.
"""),
("2023-11-20", "Nephrology Clinic Letter", """
Dear Dr Mensah,

Re: Mrs Agnes Whitcombe

I am writing with an update after her visit on 8 November and her skin biopsy on the 10th.

She presented with a necrotic, exquisitley tender plaque of the right upper outer buttock, roughly 6 by 5 cm, black in the centre, with a livedo rim. The family first saw it in late October. The biopsy shows calciphylaxis, with calcified and occluded small arterioles in the subcutaneous fat. The plaque sits exactly where she has had her monthly intramuscular vitamin B12 for the last three years, and I think the repeated injections probably localised the disease there.

We have changed her B12 to the oral route. Sodium thiosulfate has begun on dialysis and we have stopped her calcium-containing phosphate binder. Her previous warfarin exposure (until 2021) was probably also a contributing factor. Her BMI remains 30.0.

With best wishes,

Dr K. Oduya, Nephrology
"""),
]}

I05 = {"patient_id": "I05", "age": 61, "sex": "M", "notes": [
("2024-03-04", "Telephone Triage Note", """
RN TELEPHONE TRIAGE
Pt calls about a burn. On 3/3 he grabbed the handle of a hot cast-iron pan while cooking and burned the tip of his left index finger. There is a small blister and it stings. No spreading redness, no fever.
He is on HD (Tue/Thu/Sat, right forearm fistula) and has T2DM, for which he injects insulin detemir into his abdomen.
Advice: cool running water, do not use ice, keep the blister intact, cover with a light dressing. Nurse at dialysis to look at it on Tuesday.
"""),
("2024-03-27", "Dialysis Unit Monthly Physician Note", """
MONTHLY PHYSICIAN NOTE - HD
Left index fingertip: the small burn from early this month had healed over, but the fingertip started turning dusky and very painful 5 days ago. Today there is a 1 cm dry black eschar on the pulp of the L index finger, with violaceous, mottled skin reaching to the DIP crease. Other fingers are pink with a normal cap refill. The left hand is not the access side.
Radial and ulnar pulses are full bilaterally, and the Allen test is normal.
Labs: Ca 9.4, phos 8.0, PTH 905.
Impression: digital calciphylaxis arising at the burn site is the leading concern; the other possibility is embolic digital ischaemia.
Plan: plastics to take a biopsy of the margin; start STS with HD; stop calcium acetate. Detemir unchanged, abdomen only.
"""),
("2024-04-15", "Wound Care Clinic Visit", """
WOUND CLINIC
Plastic surgery took a wedge biopsy of the L index fingertip margin on 4/2: calciphylaxis, with arteriolar medial calcification and intimal fibrosis and no vasculitis. Echo and carotid duplex found no source of emboli.
Wound: L index finger pulp, at the site of the March pan burn. Eschar measures 12 mm by 10 mm, dry, adherent, with no fluctuance. The mottling has receded to the distal phalanx.
Plan: dry dressing and betadine paint to keep it mummified, no debridement. Continue thiosulfate.
BMI 24.8.
"""),
]}

I06 = {"patient_id": "I06", "age": 52, "sex": "M", "notes": [
("2024-05-14", "Dialysis Unit Monthly Nursing Note", """
MONTHLY NURSING NOTE
52M, ESRD on HD, no diabetes.
Noted at this assessment: he wears a hinged brace on his right knee every day for osteoarthritis, on the orthopaedic surgeon's advice, and has done so since early spring. The lower Velcro strap wraps snugly around the top of his right calf, and by the end of a run it leaves a deep red groove. Skin intact, with no blistering or breakdown. Told him to loosen the strap while he is on the machine.
Weight 109.3 kg, BMI 34.2.
Access: L upper arm AVG, patent.
"""),
("2024-07-02", "Wound Care Clinic Visit", """
WOUND CARE CLINIC - new referral
HPI: painful ulcer, posterior R calf. He first noticed a painful purple streak there about 3 weeks ago (6/11). It runs in a band that matches the lower strap of his knee brace.
Exam: right posterior upper calf, a 6.0 x 2.2 cm horizontal ulcer with black eschar and surrounding livedo racemosa; exquisitely tender to light touch. Left calf normal. Pedal pulses palpable.
Assessment: high suspicion for calciphylaxis in an ESRD patient with PTH > 900.
Plan: Punch bx (4 mm) taken at the margin today. Brace off. Foam dressing with a light wrap.
"""),
("2024-07-19", "Nephrology Clinic Letter", """
Dear Dr Haverford,

Re: Mr Dwayne Pettibone

His biopsy from 2 July has confirmed calciphylaxis. The ulcer on the back of his right calf lies along the line where the lower strap of his knee brace pressed in each day; he had worn the brace since the spring. We think the chronic pressure from the strap determined where the lesion appeared.

The brace has been set aside and orthopaedics will consider other options for his knee. We have started sodium thiosulfate on dialysis and are arranging a parathyroidectomy consultation. He is not diabetic, and his BMI is 34.2.

Kind regards,

Dr P. Ramaswamy, Renal Unit
"""),
]}

I07 = {"patient_id": "I07", "age": 69, "sex": "F", "notes": [
("2022-09-20", "Dialysis Unit Monthly Physician Note", """
HD MONTHLY REVIEW
69F, ESRD on HD, type 2 DM on insulin (glargine plus aspart, injected into her thighs).
Breast: routine breast imaging in August showed clustered calcifications in the left breast, upper outer quadrant. She had a stereotactic core needle biopsy of the left breast on 9/12 at the breast centre. Pathology was benign, with stromal and vascular calcifications and no atypia or malignancy. The biopsy site is healing well and the steri-strips are off.
Labs: Ca 9.8, phos 6.9, PTH 780.
Plan: routine breast follow-up in 12 months. Continue binder.
"""),
("2022-11-08", "Home Health Nursing Visit", """
HOME HEALTH RN VISIT
Pt showed me a hard, very painful area in her left breast, at the spot where she had the needle biopsy. She says the skin there has been purple and mottled since mid-October. She thought it was "just healing slowly". Today there is a 4 cm indurated violaceous area with a black centre about 1 cm across and a net-like purple pattern around it.
Pain 9/10. No fever, no nipple discharge.
Phoned Dr Varga's office, and an urgent appointment was given for tomorrow.
Insulin sites on the thighs look normal. Weight 94 kg.
"""),
("2022-11-22", "Nephrology Clinic Letter", """
Dear Dr Whitlow,

Re: Mrs Ilse Brandauer

Further to my telephone message, the deep incisional biopsy taken from her left breast on 15 November has confirmed calciphylaxis. Her breast lesion began in the middle of October, about five weeks after her September core needle biopsy, and sits at the same place. We believe the biopsy was the trigger for the lesion's location.

We have started sodium thiosulfate with each dialysis session, switched her binder to sevelamer, and increased cinacalcet. Breast surgery has been consulted but does not plan to operate. She continues on insulin. Her BMI is 36.8.

Yours sincerely,

Dr E. Varga, Nephrology
"""),
]}

PATIENTS = [I01, I02, I03, I04, I05, I06, I07]
