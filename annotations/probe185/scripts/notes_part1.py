"""probe185 corpus notes, E01-E07 (British NHS letters, GP and district nurse entries; all invented)."""

E01 = {"patient_id": "E01", "age": 81, "sex": "F", "notes": [
("2022-01-24", "District Nursing Initial Assessment", """
HOLMBRIDGE DISTRICT NURSING TEAM  -  SystmOne entry
Visit type: new pt assessment (insulin administration)
Seen at home, 14 Tarn Row. Daughter (NOK) present. Verbal consent obtained.

Referred by Dr Mensah, Fellside Surgery: T2DM, HbA1c 78 mmol/mol on 17/01/22, now to start
Humulin I 10 units OD mane. Registered partially sighted (wet AMD) so cannot dial a pen
safely - DN to administer daily.
PMH: ESRF - dialyses at St Wilfrid's renal unit Tues, Thurs and Sats (hosp transport); T2DM,
HTN, OA both knees, incisional hernia repair 2009. Not on warfarin.

O/E: skin of thighs + abdomen intact, no lipohypertrophy. Old midline scar, tender.
Ht 1.55m  Wt 79.5kg  BMI 33.1
CBG 14.2 pre dose.

First dose given today 24/01/2022 SC into L thigh, 4mm pen needle, no problems.
Site plan: alternate L thigh / R thigh day by day; tummy not to be used (pt request, sore
round the hernia scar).
On HD days visit by 07:30 as transport collects at 8.
Plan: daily visits, CBG chart kept in home folder, GP review of dose in 2/52.
J. Thornber RN, Community Staff Nurse
"""),
("2022-03-16", "District Nursing Visit", """
DN visit - insulin admin + new skin concern

S: Pt describes "burning, stinging" pain, outer L thigh, onset 5 days ago, worse
at night, hardly sleeping. No fall or knock that she remembers.
O: L lateral thigh, in the patch we have been using for her insulin - purple mottled area
approx 3 x 4cm, hard woody edge, black centre about 1cm across. Exquisitely tender to light
touch. Not hot, nil exudate. R thigh intact.
Obs: T 36.9, HR 84, BP 151/72, SpO2 95% on air. NEWS2 = 1.
CBG 9.8. Humulin I 10 units given into R thigh today (L thigh now OFF for injections -
updated on the care plan and in the home folder).
Photo taken with consent, uploaded to record. Mepilex Border Lite for comfort.
Rang Dr Mensah - tasked renal team at St Wilfrid's as ?calciphylaxis (she dialyses there,
they will look tomorrow on the unit). Daughter updated by phone.
Paracetamol 1g QDS. Told not to put a hot water bottle or ice on it.
Plan: cont daily insulin visits, reassess skin each visit.
"""),
("2022-04-05", "Nephrology Clinic Letter", """
Department of Renal Medicine, St Wilfrid's Hospital
Dictated 5th April 2022, typed 7th April 2022

Dear Dr Mensah

Re: Mrs Edna RAWCLIFFE, 81

Diagnoses:
1. Calciphylaxis (L lateral thigh), proven on biopsy 22/03/2022
2. ESRF, haemodialysis since 2017 (diabetic nephropathy)
3. Diabetes (type 2), insulin since this January
4. Obesity, BMI 32.8

I reviewed Mrs Rawcliffe on the dialysis unit today. As you know, the community nurses found
a dusky painful patch on her outer left thigh on 16th March, and she dates the pain to 11th
March. The incisional biopsy on 22/03/2022 showed calcified small subcutaneous arterioles
with fat necrosis, which confirms calciphylaxis. The ulcer occupies precisely the patch the
district nurses had been using for her daily insulin; I suspect repeated needling there set
it off.
Bloods today: adj Ca 2.46, PO4 2.21, PTH 64 pmol/L, albumin 31.
Plan: IV sodium thiosulfate after each dialysis, swap calcium carbonate for sevelamer,
no further injections into the left thigh, tissue viability referral.

Yours sincerely
Dr R. Ilesanmi, Consultant Nephrologist
"""),
]}

E02 = {"patient_id": "E02", "age": 68, "sex": "M", "notes": [
("2021-10-18", "Practice Nurse - Flu Clinic", """
Kingsmere Medical Practice - seasonal influenza clinic (Practice Nurse)

Mr Clive Penhaligon. Eligible: age 65+, CKD 5 on peritoneal dialysis.
Checked: never had anaphylaxis, no egg allergy, feels well, no temp today.
On warfarin (AF); last INR 2.6 on 14/10/21, in range. Fine 25G needle, firm
pressure for 2 minutes afterwards, not rubbed.
Given 18/10/21: adjuvanted QIV 0.5ml IM, site L deltoid / upper arm, batch FK3327,
exp 06/2022. Pt preferred the L side as he sleeps on his R.
COVID booster not given today - booked at the PCN hub later this month.
Advised: sore arm is common, paracetamol if needed, call the surgery if swelling/fever.
Observed 15 min, no reaction.
BP 138/82. Wt 82.1kg, BMI 27.4.
Not diabetic (HbA1c 39 in July).
Read codes added. Next due autumn 2022.
S. Dimmock, Practice Nurse
"""),
("2021-12-02", "Peritoneal Dialysis Clinic Letter", """
Peritoneal Dialysis Clinic, Harbourside General Hospital

Dear Dr Choudhury

Re: Mr Clive PENHALIGON, 68

Diagnoses: ESKD secondary to IgA nephropathy, on CAPD (four exchanges daily) since 2019;
atrial fibrillation on warfarin; hypertension.

Mr Penhaligon was brought forward from his routine slot with a sore arm. He first
felt a hard, very sore patch on the outer left upper arm in mid-November, and it has since
turned dark. On examination there is a 3cm indurated violaceous plaque with a lacy purple
margin and an 8mm black eschar in the centre, over the lateral left upper arm.
No fever; CRP 12. His exit site is clean and the effluent is clear. Weight 81.6kg.
Bloods: adjusted calcium 2.52, phosphate 2.05, PTH 88 pmol/L, INR 2.9.
I am worried that this is calciphylaxis, given the warfarin and his calcium-phosphate
product. Dermatology have kindly agreed to see him within the week and will take a deep biopsy.

Yours sincerely
Dr A. Feeney, Specialty Registrar to Dr Okonjo
"""),
("2021-12-20", "Dermatology Clinic Letter", """
Dermatology Outpatients, Harbourside General Hospital

Dear Dr Choudhury

Diagnosis: calciphylaxis, L upper arm (histology confirmed)

I saw Mr Penhaligon on 7th December and took a deep incisional wedge biopsy spanning the
plaque margin on his left upper arm. The report of 15/12/2021 describes rings of mural calcium
around subcutaneous arterioles, luminal thrombi and fatty necrosis: appearances
that clinch calciphylaxis. Today the plaque measures 4 x 3.5cm and the eschar has widened;
pain 7/10 in
spite of regular co-codamol.
After discussion with Dr Okonjo, he is starting IV sodium thiosulfate in the renal day unit,
and cardiology are being asked whether his warfarin can be changed to apixaban.
He is not diabetic. His weight is steady and his BMI remains 27.4.
I have asked the practice nurses to dress it twice weekly with a silicone foam and will see
him again in a month.

Yours sincerely
Dr H. Polglase, Consultant Dermatologist
"""),
]}

E03 = {"patient_id": "E03", "age": 59, "sex": "F", "notes": [
("2023-04-12", "GP Consultation", """
Moorgate Surgery - F2F consultation, Dr P. Harrow

Hx: 59F, HD M/W/F at Castlegate satellite unit. Painful patch on lower tummy since
March, burning, "like a carpet burn", getting worse. No fever, no discharge.
Admits she has taken a hot water bottle to bed every night since last autumn, held against
her tummy -
feels the cold since dialysis started - and sometimes it is "too hot to hold".
PMH: ESKD (hypertensive nephrosclerosis), T2DM diet controlled (no meds, HbA1c 46),
obesity, depression.
Meds: sevelamer, alfacalcidol, cinacalcet, sertraline, amlodipine.
O/E: lower abdomen below the umbilicus - reticulate brown-red mottling in a net pattern
(?erythema ab igne) and within it a 4cm firm violaceous plaque with a small dusky centre,
v tender. T 36.6. BMI 38.2.
Imp: ?calciphylaxis ?ulcerating erythema ab igne
Plan: spoke to renal SpR on call - will see her at dialysis Fri and arrange derm biopsy.
Stop the hot water bottle. Safety netting given, to ring 111 if febrile.
"""),
("2023-04-27", "Nephrology Clinic Letter", """
Renal Unit, Northgate Royal Infirmary

Dear Dr Harrow

Re: Mrs Shirley NUTBROWN, 59

Diagnoses:
1. Calciphylaxis, lower abdominal wall (biopsy 19th April 2023)
2. ESKD on haemodialysis
3. Type 2 diabetes, diet controlled
4. Obesity

Many thanks for sending her up so promptly. Histology from the plaque: small-vessel medial
calcification, thrombosed lumina; consistent with calciphylaxis. Clinically, the lesion is
placed squarely
within the patch of erythema ab igne, which is where she has rested a hot water bottle each
night since the autumn; in my view the nightly heat is what set it off locally.
Today it is a 5 x 4cm plaque with a central eschar and livedo around it.
BP 158/84, pulse 78.
Ca (adj) 2.58 | phos 2.34 | PTH 96 | ALP 140
Plan: IV sodium thiosulfate after each HD session, alfacalcidol stopped, cinacalcet
increased, and a renal dietitian review. She has agreed to give up the hot water bottle and
to use layers and a fleece instead.

Yours sincerely
Dr F. Abernethy, Consultant Renal Physician
"""),
("2023-05-24", "Tissue Viability Review", """
TISSUE VIABILITY - wound review on the HD unit (Castlegate)

Wound: lower abdomen, confirmed calciphylaxis.
Size 5.5 x 4.2cm. Tissue: black dry eschar ~80%, remainder yellow slough. Exudate: moderate,
serous. Surrounding skin: livedo; no cellulitis or undermining.
Pain score 6 resting, 9 when dressing changed - oramorph 2.5mg given 30 min before.
Dressing: Flaminal Forte to eschar, Aquacel Ag+ Extra, silicone border foam. Change
3x weekly on dialysis days by unit nurses.
No debridement - stable dry eschar to be left alone at present.
Pt confirms she has not used a hot water bottle since April; husband bought her an
electric blanket which she keeps for the bed only and switches off before sleeping.
Wt 98.3kg, BMI 37.6.
Plan: weekly TVN review, wound photographs monthly, escalate if signs of infection.
L. Okonkwo, Tissue Viability Nurse Specialist
"""),
]}

E04 = {"patient_id": "E04", "age": 77, "sex": "M", "notes": [
("2023-05-23", "Community Nursing - Catheter Insertion", """
Ribble Vale Community Nursing - home visit
Reason: urethral catheterisation (referral from urology, Mr Achebe)

Mr H. Keough, 77. Chronic urinary retention, bladder scan residual 900ml, not fit for TURP.
For long-term catheter.
PMH: ESKD on HD x3/wk, T2DM on linagliptin, AF (was on warfarin, switched to apixaban in
2019), BPH, COPD.
Consent gained. Aseptic non-touch technique.
14Ch all-silicone Foley, 10ml balloon, inserted today 23/05/2023 with Instillagel, 780ml
clear urine drained, no haematuria.
500ml leg bag secured on the R thigh by a pair of Velcro elastic straps - upper strap across the
front of the mid thigh, lower strap just above the knee. Night bag link shown to wife.
Skin check: sacrum, heels, thighs intact. Waterlow 15.
Obs T 36.4, BP 132/70, HR 72 irreg.
Plan: catheter passport completed, review in 1/52, change due in 12 weeks.
"""),
("2023-07-19", "District Nursing Visit", """
DN visit - catheter review + wound
Wife phoned the hub: he is in tears with pain in his right leg under the bag strap.

S: wife dates the pain to about 3 weeks ago, "a deep ache, then it went black".
O: R anterior thigh, directly beneath the upper strap of the leg bag: 5 x 2cm horizontal
band of dusky purple skin, lacy edge; black necrotic centre ~1.5cm. Surrounding skin
hard and very tender. No pus, no spreading redness.
Obs: T 36.7, BP 128/66, HR 80, RR 18.
Catheter draining well, urine clear.
Actions: both straps taken off. Leg bag moved to the L leg in a fabric sleeve holder (no
straps). Dry dressing applied. Photo saved to SystmOne.
Phoned renal on-call reg - she will see it on the dialysis unit Friday; concerned about
calciphylaxis as he has ESKD.
Plan: DN review Mon, wife to ring if fever or increasing pain.
"""),
("2023-08-09", "Nephrology Clinic Letter", """
Renal Medicine, Calderbrook General Hospital

Dear Dr Whitlock

Re: Mr Harold KEOUGH, 77

Diagnoses: calciphylaxis, right anterior thigh (clinical diagnosis); ESKD, HD via AVF;
T2DM - linagliptin, no insulin; AF - apixaban since 2019 (warfarin before that); long
term urethral catheter.

The diagnosis of calciphylaxis here is clinical; we chose not to biopsy, because a further
wound in
this area may not heal. The lesion began under the Velcro strap of his catheter leg bag,
which had pressed into his anterior right thigh from the day the catheter went in on 23rd
May. Sustained pressure on fatty tissue is a recognised trigger.
The eschar is now 5.5 x 2.5cm; no infection.
Weight 88.2kg, BMI 29.9 (overweight).
Plan: STS given on the machine at every session, cinacalcet started, binder
changed, and the leg bag stays on the left in a sleeve. The district nurses dress it twice
weekly.

Yours sincerely
Dr C. Varga, Consultant Nephrologist
"""),
]}

E05 = {"patient_id": "E05", "age": 72, "sex": "F", "notes": [
("2022-05-17", "GP Minor Surgery", """
Hillcrest Surgery - Minor Surgery Clinic, Dr S. Oduya
Date of procedure: 17/05/2022
Procedure: excision biopsy, pigmented lesion L anterior shin

Indication: 7mm irregular pigmented lesion, pt reports change in shape; dermoscopy
reassuring but pt anxious - agreed to remove.
Anticoagulation: warfarin for mechanical mitral valve. INR today 2.7 - discussed with
anticoag clinic, continue, no bridging.
Consent: written; bleeding, infection, scar and slow healing on the shin explained.
LA: 1% lidocaine 4ml. Elliptical excision with 2mm margins, ellipse 18mm, closed with 4/0
Ethilon x4 interrupted. Haemostasis with pressure. Steri-Strips and Mepore.
Specimen sent to histology.
Post-op leaflet given. Book with practice nurse for STR in 12-14 days (shin).
"""),
("2022-05-30", "Practice Nurse - Suture Removal", """
Practice Nurse - STR

4 sutures removed L shin. Wound edges well opposed, healed, no gaping, no redness, no
discharge. Steri-Strips on for 5 days.
Histology back, reviewed by Dr Oduya: benign compound naevus, completely excised. Pt told,
much relieved.
INR 2.4 at anticoag clinic yesterday.
BP 146/84. Wt 78.0kg, Ht 1.61m, BMI 30.1.
Pt asked about her swollen ankles - mild pitting oedema to both ankles, no change from
previous, no calf tenderness. For GP review if getting worse.
Reminded re: annual bloods for CKD due in August (eGFR 52 last year).
Also had BP check: home readings average 142/80, on target per GP.
Next: nil further wound care needed.
R. Ashby, Practice Nurse
"""),
("2022-07-14", "GP Consultation", """
Urgent on-the-day appt - Dr S. Oduya

Hx: severe pain in L shin at the old excision site, began a fortnight ago as a tender purple
patch around the scar, now "gone black in the centre". Not sleeping. No injury since. No fever.
On warfarin (metallic MVR 2011), INR 3.1 on Monday. Known primary hyperparathyroidism,
declined surgery 2020 - adj Ca 2.71 last month. CKD G3a (eGFR 51) - never dialysed.
Not diabetic.
O/E: L anterior shin, centred on the 2cm linear excision scar: 4 x 3cm net-like purpuric
plaque with a 1.5cm central black eschar. Exquisitely tender. Foot pulses palpable.
T 36.8, HR 76.
Imp: ?calciphylaxis (non-uraemic) ?warfarin skin necrosis ?infected scar
Plan: A&G to derm - appointment next Thurs. Wound swab sent.
Flucloxacillin 500mg QDS 7 days meanwhile, analgesia reviewed.
"""),
("2022-08-03", "Dermatology Clinic Letter", """
Department of Dermatology, Westfield Infirmary

Dear Dr Oduya

Diagnosis: non-uraemic calciphylaxis of the left shin, biopsy proven

Background: mechanical mitral valve on warfarin; primary hyperparathyroidism; CKD 3a (eGFR
49, not on dialysis); BMI 30.0.

A deep incisional sample was taken by me on 21st July 2022, across the plaque margin.
Histology: calcium deposited in arteriolar walls deep in the subcutis, intimal proliferation,
thrombotic occlusion and septal panniculitis - consistent with calciphylaxis. The swab grew skin
flora only.
The lesion arose at the excision scar on her left shin, about six weeks after you removed
the naevus in May; a surgical wound is a well-recognised trigger.
Plan: cardiology say she must stay on warfarin for the valve. I have referred her
to the endocrine surgeons about parathyroidectomy and discussed IV sodium thiosulfate as a
day case. Tissue viability will advise on dressings.

Yours sincerely
Dr M. Trelawney, Consultant Dermatologist
"""),
]}

E06 = {"patient_id": "E06", "age": 64, "sex": "M", "notes": [
("2022-12-26", "Emergency Department - Minor Injuries", """
Emergency Department, Calderbrook General - minors stream
Triage 11:05, cat 4. PC: fall

HPC: 64M slipped on black ice on his front path this morning (Boxing Day), landed on his R
knee and grazed his R shin against the step edge. No head injury, no LOC, able to weight
bear since.
PMH: ESKD - HD M/W/F; T2DM (insulin: Humalog Mix25 BD); retinopathy; HTN.
Tetanus: booster 2019.
O/E: R mid shin - 6 x 3cm superficial abrasion with grit, no laceration, no bony
tenderness. R knee: small graze only, full ROM, no effusion. Ottawa rules negative.
Distal NV intact.
CBG 11.4. Obs NEWS 0.
Tx: irrigated, grit removed, Atrauman + gauze + crepe. Advice leaflet.
Dx: abrasion R shin following fall on ice.
D/C home. Practice nurse dressing check in 3-5 days; GP if signs of infection.
"""),
("2023-01-31", "Renal Registrar Review - Haemodialysis Unit", """
Renal SpR review on the HD unit (bay 4)
Asked to see by the dialysis nurses re painful R leg.

Pain in the R leg since mid-January, steadily worse, now 8/10, needing extra analgesia on
the machine.
O/E: R anterior shin - 7 x 4cm stellate ulcer, black eschar base, with a broad
violaceous retiform purpuric rim and livedo spreading up towards the knee. Very
tender. Pedal pulses weak but present. No cellulitis. Afebrile.
Pre-HD bloods today: Ca 2.49, PO4 2.61, PTH 102 pmol/L, CRP 24, Hb 98.
Not on warfarin.
Imp: this looks like calciphylaxis - arterial ulcer the main alternative.
Plan: urgent derm biopsy (booked for 3rd Feb), arterial duplex, increase binder, low
phosphate diet reinforced, oxycodone 2.5mg PRN added, TVN referral.
Dr T. Hollins, ST5 Renal
"""),
("2023-02-22", "Nephrology Clinic Letter", """
Renal Medicine, Calderbrook General Hospital

Dear Dr Ferris

Re: Mr Gareth PRYCE, 64

Diagnoses:
1. Calciphylaxis, right shin - biopsy confirmed (3rd February 2023)
2. ESKD on haemodialysis (diabetic nephropathy)
3. Type 2 diabetes on Humalog Mix25 twice daily
4. Peripheral arterial disease, mild (duplex)

The biopsy from the ulcer margin on his right shin shows vascular calcification, thrombus
and fat necrosis, confirming calciphylaxis. The duplex shows only mild
tibial disease.
IV sodium thiosulfate now goes through the circuit towards the end of each dialysis, and his
calcium-containing binder has stopped. His phosphate remains high and the dietitian will see
him again.
Weight 76kg, BMI 24.6.
The ulcer is now dressed by the unit nurses and the tissue viability team, and he is
using a walking stick. We will review him in clinic in six weeks.

Yours sincerely
Dr N. Sandhu, Consultant Nephrologist
"""),
]}

E07 = {"patient_id": "E07", "age": 55, "sex": "F", "notes": [
("2020-10-07", "GP Telephone Consultation", """
Thornfield Health Centre - telephone consultation (COVID-19 remote triage), Dr K. Banerjee
ID checked (name + DOB).

L sided sciatica 6/52: pain radiating L buttock -> posterior thigh -> calf. No red
flags - no saddle numbness, bladder/bowel normal, no weakness.
She has put a microwaveable wheat bag on the L buttock most evenings since the start of
September; "nothing else touches it".
PMH: ESKD on APD overnight (Tregarth renal unit), hypothyroid, obesity. Not diabetic.
Weight 104kg (self-reported, scales at home); height not recorded.
Meds: levothyroxine, sevelamer, alfacalcidol, amlodipine. No anticoagulant.
Plan: no NSAIDs (renal). Paracetamol regular, codeine 15mg PRN short course.
Physio self-referral link sent by text.
Advised not to over-heat the wheat bag (burns).
Safety net re cauda equina given. Review 4/52 or sooner.
"""),
("2020-11-24", "Peritoneal Dialysis Clinic Letter", """
Tregarth Renal Unit - PD clinic

Dear Dr Banerjee

Re: Mrs Sheila GORRINGE, 55

Diagnoses: ESKD (IgA nephropathy) on APD since 2018; hypothyroidism; obesity; left
sciatica.

She reports a new, exquisitely painful lump on the left buttock since Bonfire Night. On
examination there is a 5cm indurated plaque on the upper outer left buttock with a violaceous
net-like edge and a 1cm dusky centre. Exit site: healthy. Tunnel non-tender. Effluent clear.
Weight 103.5kg.
Bloods: adj calcium 2.44, phosphate 2.38, PTH 71 pmol/L, albumin 29.
I am concerned that this is calciphylaxis. I have requested an urgent dermatology review for
a biopsy, increased her binder and asked the dietitian to see her at her next PD visit.

Yours sincerely
Dr E. Marchetti, Consultant Nephrologist
"""),
("2020-12-15", "Dermatology Clinic Letter", """
Department of Dermatology, Tregarth General Hospital

Dear Dr Banerjee

Diagnosis: calciphylaxis, left upper outer buttock (histology 2nd December 2020)

I saw Mrs Gorringe today with her husband. Histology from my incisional sample (2nd
December): subcutaneous vessel calcification, thrombi, necrotic fat. That is calciphylaxis.
The plaque on the left buttock has ulcerated and measures 6 x 5cm, with a
black eschar over half of it. Pain 8/10 on sitting.
She is obese at 103kg; her height was not measured today.
Plan: sodium thiosulfate through the renal team, hydrocolloid-free dressings via the
practice nurse, a pressure-relieving cushion, and no local heat to the area. Palliative care
have been asked to help with her pain.

Yours sincerely
Dr J. Nwosu, Consultant Dermatologist
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
