"""probe19 corpus notes, R08-R14 (international English letters and ward notes; all invented)."""

R08 = {"patient_id": "R08", "age": 61, "sex": "M", "notes": [
("2024-11-06", "GP Referral Letter", """
Knocknacarra Family Practice
6 November 2024

Dear Dr Fitzgerald,

Declan Mulcahy, 61 - on HD (Tues/Thurs/Sat)

Declan had a right leg DVT in September and came home from the hospital on 11/09/2024 on warfarin with a thigh-length class 2 compression stocking for the right leg, which he has worn faithfully from breakfast until bedtime. Towards the end of October he noticed a sore band of mottled purple skin right where the elasticated top of the stocking grips his upper right thigh. In the past few days the middle of it has turned black and hard.

Background: type 2 diabetes on linagliptin (never on insulin), hypertension, ESRD from diabetic kidney disease. He is obese, BMI 34.6.

He has stopped wearing the stocking since Sunday because of the pain. I'd be grateful for a dermatology opinion; his renal nurse mentioned calciphylaxis.

Le meas,
Dr Aoife Concannon
"""),
("2024-11-19", "Dermatology Letter", """
Department of Dermatology
19/11/2024

Dear Dr Concannon,

Thank you for referring Mr Mulcahy. I saw him on 14th November. On the upper medial and anterior right thigh there is a 9 cm long, 3 cm wide band of retiform purpura with two central black eschars, following the imprint of the stocking's top band. The left thigh and lower legs are unaffected.

I did a deep punch biopsy on the day. Histology shows that arterioles deep in the fat are calcified and thrombosed, with necrotic fat around them, which confirms calciphylaxis. I believe the constant grip of the stocking band from mid-September determined where the lesions formed.

I have asked the anticoagulation clinic and the renal team to consider an alternative to warfarin.

Yours sincerely,
Dr Padraig Fitzgerald, Consultant Dermatologist
"""),
("2024-12-03", "Nephrology Clinic Letter", """
Renal Outpatients - 03/12/2024

Diagnoses:
- ESRD secondary to diabetic nephropathy, haemodialysis since 2021
- Calciphylaxis, right upper thigh (biopsy 14/11/2024), onset late October 2024
- Right femoral DVT, September 2024 - warfarin stopped 25/11/2024, now apixaban
- T2DM (linagliptin)
- Obesity

Dear Dr Concannon,
Mr Mulcahy is tolerating his thiosulfate infusions, given as each dialysis session finishes. The eschars are dry and the pain has eased a little. A below-knee stocking may be considered later; no thigh-length garments. His phosphate is 1.9 and we have increased sevelamer.
Weight 103 kg, BMI 34.6.

Kind regards,
Dr Maeve Tierney
"""),
]}

R09 = {"patient_id": "R09", "age": 67, "sex": "F", "notes": [
("2020-11-03", "Dialysis Unit Handover", """
HD UNIT - PM shift handover 03/11/20

Chair 9: Mrs Morag Cairncross 67F
ESRF - HD Mon/Wed/Fri, L) forearm fistula. Not DM. BMI 38.0
Aranesp 40mcg SC weekly - always given in R) upper arm (L arm = fistula arm)
c/o v. painful lump back of L) upper arm x 10 days, now dark centre. Denies knocks/falls/bites. Nothing injected into L) arm, no BP cuffs on that side.
o/e: L) post upper arm 3 x 2.5cm firm violaceous plaque, central black eschar, livedo around. R) arm skin fine, inj sites clean.
Ca 2.61 PO4 2.4 PTH 94
-> renal reg aware, ?calciphylaxis, derm referral sent
"""),
("2020-11-10", "Dermatology Letter", """
Dermatology, Ward 12 Outpatients
10th November 2020

Dear Dr Lennox,

Re: Morag Cairncross (67)

Mrs Cairncross has a single painful eschar on the back of her left upper arm, about ten days' history when I saw her on 5 November. I took a biopsy that day; it shows arterioles in the fat that are both calcified and clotted, and necrosis of the neighbouring lobules, and I am happy this is calciphylaxis.

Of note her erythropoietin injections go into the right arm only, and always have; that arm has no lesion. She is not diabetic and not anticoagulated. I see nothing else on the trunk or legs.

Yours sincerely
Dr Iain Fraser, Consultant Dermatologist
"""),
("2020-12-01", "Discharge Letter", """
IMMEDIATE DISCHARGE LETTER
Renal Unit, 01/12/2020

Patient: Morag CAIRNCROSS   CHI 2204536781   67 F
Admitted: 16/11/2020   Discharged: 01/12/2020

Diagnosis: Calciphylaxis, left upper arm (biopsy-proven)
Co-morbidities: ESRF on haemodialysis; obesity (BMI 38.0); hypertension; hypothyroidism

Treatment: Sodium thiosulfate IV (25 g) after each of her thrice-weekly dialysis sessions. Calcium acetate replaced by sevelamer. Cinacalcet 30 mg started. Parathyroid hormone acceptable.
Wound: eschar L upper arm stable, 3 x 2.5 cm, dressed with Mepilex Border every 3 days by dialysis nurses.

Changes to medication: Aranesp continues weekly, right arm only.

GP actions: nil specific.
"""),
]}

R10 = {"patient_id": "R10", "age": 49, "sex": "M", "notes": [
("2019-06-03", "Nephrology OPD Note", """
NEPHROLOGY OPD    Date 03/06/2019
Mr. Pradeep Shetty, 49 M, Reg 19-NE-4520

k/c/o DM type 2 x 12 yrs, on Inj. Glargine 18 U HS - self injects periumbilical area (abdomen only, rotates around navel).
CKD 5D on CAPD since March 2018 (3 exchanges/day).
Had a fall in bathroom 2 months back, bruise over R forearm, healed.

c/o painful lumps on inner side of both thighs x 3 wks, skin over them becoming dark.
O/E: Wt 78 kg, BMI 28.5. Afebrile.
B/L medial thighs - multiple firm tender subcutaneous nodules with overlying livedo; L thigh has 2 x 2 cm eschar.
Abdomen: injection sites normal, PD exit site healthy, no lesion.
Imp: ? calcific uraemic arteriolopathy B/L thighs
Plan: derm ref for bx. Ca x PO4 panel. Stop calcitriol.
"""),
("2019-06-10", "Dermatology Reply", """
DERMATOLOGY REPLY - 10/06/19
Pt seen. Deep incisional biopsy L medial thigh nodule done on 06/06.
HPE: subcutaneous arteriolar medial calcification, fibrin thrombi, calcified fat necrosis - features diagnostic of calciphylaxis.
Note: no lesion at insulin injection sites (periumbilical); no trauma to thighs reported by pt.
R forearm: old healed bruise, no lesion.
Adv: wound care, analgesia, management of mineral bone disease as per nephrology.
"""),
("2019-06-28", "Discharge Summary", """
DISCHARGE SUMMARY
Name: Pradeep Shetty  Age: 49  Sex: M
DOA 12/06/2019  DOD 28/06/2019

Diagnosis: Calciphylaxis bilateral thighs (biopsy proven); CKD 5D on CAPD; Type 2 DM on insulin; Secondary hyperparathyroidism

Hospital course: Started on IV sodium thiosulphate 25 g thrice weekly. PD prescription increased to 4 exchanges. Cinacalcet added. Thigh nodules less tender, eschar on L thigh dry. Wt 77 kg.
No warfarin or vitamin K antagonist.

Advice at discharge: continue CAPD 4 exchanges/day; Inj. Glargine as before; STS in day care 3x/week; review after 1 week.
"""),
]}

R11 = {"patient_id": "R11", "age": 74, "sex": "F", "notes": [
("2025-01-14", "GP Referral Letter", """
Main Street Surgery, Mullingar
14th January 2025

Dear Doctor,

Mrs Eileen Kavanagh, 74 - haemodialysis patient

Eileen has a painful sore on her left shin which she first saw on New Year's Day. It began as a small tender purple spot and is now an ulcer about 2 cm wide with a black base and a lacy purple ring round it. She is quite definite there was no knock, fall or scratch to that leg before it appeared, and she has never had injections there.

PMH: ESRD on HD, hypertension, previous GI bleed in 2023 when her warfarin was stopped (she had been on it for a DVT). Not diabetic. BMI 26.0.

Would you kindly assess her? I'm worried this could be calciphylaxis.

Kind regards,
Dr Seamus Gilroy
"""),
("2025-01-24", "Ward Nursing Note", """
St Brigid's Ward - nursing note 24/01/25 14:10

Pt c/o increased pain L shin since Mon 20/1 when she caught the ulcer on the foot plate of the wheelchiar coming back from dialysis. Small bleed at the time, dressing changed by staff nurse.
L shin ulcer now 2.5 x 2 cm, black centre, rim more swollen, new small skin tear at lower edge 1 cm.
Obs: T 36.9, HR 78. Pain 7/10 -> oxycodone 2.5mg given with effect.
Footplates padded. Incident form done. Reg informed, for derm r/v Monday.
"""),
("2025-02-05", "Dermatology Letter", """
Dermatology Service
5 February 2025

Dear Dr Gilroy,

Mrs Kavanagh was reviewed on the ward on 27th January. My biopsy from the ulcer's rim on her left shin shows calcium encrusting tiny vessels in the subcutis, thrombus in several lumina and dead fat round about: calciphylaxis.

You will be aware she knocked the ulcer on a wheelchair footplate on 20 January; that happened almost three weeks after it first appeared and has only made it larger. Before New Year there was no injury to that leg.

She has been started on sodium thiosulfate with dialysis. I would keep her off warfarin indefinitely.

Yours sincerely,
Dr Niamh Culligan, Consultant Dermatologist
"""),
]}

R12 = {"patient_id": "R12", "age": 59, "sex": "M", "notes": [
("2023-05-10", "Ward Medical Note", """
Renal ward - Intern note 10/5/23

59M, ESKD on HD (Tues/Thurs/Sat) via L AVF, T2DM on Lantus + Novorapid (injects abdo), morbid obesity (BMI 41.0), OSA on CPAP.
Adm 8/5 - R) lat thigh lesion, v painful, came up around Anzac Day.
Denies trauma/injections/heat to thigh before it came up. Since it appeared he's been resting a microwaved heat pack over it most nights to ease the pain ("helps a bit").
o/e R) lat thigh 7 x 5cm purple-black plaque w/ central eschar + retiform edge, v tender. Abdo inj sites NAD.
Punch bx R) thigh done 9/5 by derm, results pending
Imp: ?calciphylaxis R) thigh
Plan: - STOP heat pack
      - analgesia (hydromorphne PRN, paracetamol)
      - f/u bx
      - gen surg r/v re debridement
"""),
("2023-05-24", "Operation Note", """
OPERATION NOTE - 23/05/2023
Surgeon: Dr K. Whitlam (General Surgery)   Anaesthetic: GA

Indication: biopsy-proven calciphylaxis (histology 12/5) R lateral thigh with infected necrotic eschar.
Procedure: surgical debridement of R lateral thigh wound in theatre.
Findings: 8 x 6 cm area of necrotic fat beneath eschar, purulent slough, bleeding viable tissue at base after debridement, no deep fascial involvement.
Dressing: NPWT not used (calciphylaxis). Kaltostat + ABD pad secured with Fixomull tape.
Post-op: back to ward, IV cefazolin 24h, wound r/v day 2.
"""),
("2023-06-06", "Discharge Summary", """
DISCHARGE SUMMARY
Renal Services

Name: Gary PENHALIGON   DOB: 12/09/1963
Admission: 08/05/2023 - 06/06/2023

Principal diagnosis: calciphylaxis, right lateral thigh - biopsy proven (punch biopsy 9/5/23), debrided in theatre 23/5/23
Comorbidities: ESKD on haemodialysis; type 2 diabetes (basal-bolus regimen); obesity (BMI 41.0); obstructive sleep apnoea

Summary: Lesion began late April 2023. He used a heat pack on the lesion for pain after it developed; this was stopped on admission. No injury or injections at the thigh site before onset. Treated with sodium thiosulfate post HD, cinacalcet and sevelamer. Wound care: daily dressings, skin around wound showing tape irritation so changed to silicone-based fixation.

Medications on discharge: insulin glargine 40 units nocte, insulin aspart with meals, sevelamer, cinacalcet, hydromorphone 1mg PRN. Not on warfarin.

Follow-up: renal clinic 2/52, wound clinic weekly.
"""),
]}

R13 = {"patient_id": "R13", "age": 56, "sex": "F", "notes": [
("2019-09-04", "Admission Note", """
MEDICAL ADMISSION - 04/09/2019, ward 4 (female medical)

Mrs Precious Ndlovu, 56 F
PC: sore, darkened patches over the lower belly x 3/52
HPC: patches started on the hanging part of the abdomen (pannus), both sides, now with black crusts. No fever. Pt denies any injections there, denies hot water bottles or heat pads, no tight belt or waistband ("I wear loose dresses only"), no fall or injury to the area.
PMH: ESKD on HD x 6 yrs (Mon/Wed/Fri), HTN, morbid obesity. Pre-diabetes on last check (HbA1c 6.1%), no treatment. No anticoagulants at home. Heparin only in the dialysis circuit.
O/E: obese, BMI 44.7. Pannus: several indurated violaceous plaques with central eschar on L and R lower abdomen, retiform purpura around them. Thighs and breasts clear.
Imp: likely calciphylaxis of pannus
Plan: derm bx, wound care, VTE prophylaxis - enoxaparin to be started tomorrow, nursing to give it into the thighs not the abdomen.
"""),
("2019-09-11", "Dermatology Consult", """
Dermatology consultation, 11 September 2019

Kindly seen. Biopsy from left pannus lesion taken 05/09.
Histology: calcified capillary and arteriolar walls in the subcutis, intraluminal thrombi, necrotic fat. Diagnosis: calciphylaxis.
The patient has no local trigger that I can identify: no injections, heat, friction or injury to the abdomen before the lesions appeared.
Counselled to avoid heat packs, tight clothing and abdominal injections from now on.
Recommend sodium thiosulfate with dialysis, strict wound care and pain control.
"""),
("2019-09-25", "Discharge Summary", """
DISCHARGE SUMMARY - Ward 4
Mrs P. Ndlovu, 56 years
Admitted 04/09/2019, discharged 25/09/2019

Diagnoses: calciphylaxis of the pannus (biopsy confirmed); end-stage kidney disease on haemodialysis; morbid obesity (BMI 44.7); hypertension; pre-diabetes.

Progress: STS given three times a week after dialysis. Enoxaparin prophylaxis was planned but never given because she mobilised from day 2. Lesions on both sides of the pannus dry, no new ones.

Advice: continue STS at her unit, dressings by sister at the dialysis unit, weight-loss dietitian referral. Avoid applying heat to the abdomen.
"""),
]}

R14 = {"patient_id": "R14", "age": 80, "sex": "M", "notes": [
("2018-11-20", "Practice Nurse Note", """
Treatment room - practice nurse 20/11/18

Mr Alasdair Guthrie 80M attended for dressing R shin.
Fell over a kerb on Bonfire Night (5/11) on way back from fireworks at the park -> skin tear R anterior shin approx 4 x 3 cm, flap partially viable, steristripped by GP on 6/11.
Today: flap adherent, edges pink, small area of slough, granulating well. No signs of infection.
Re-dressed: Atrauman + soft padding + tubifast.
Pt also mentions sore 'blotches round his belly button' x 1 week - advised to show GP. On warfarin (AF) - INR check today 2.4. ESRF on dialysis 3x week.
"""),
("2018-12-04", "Dermatology Clinic Letter", """
Dermatology Clinic, 4 December 2018

Dear Dr Rennie,

Alasdair Guthrie, 80 years

Mr Guthrie has several tender, indurated livedoid plaques around the umbilicus with two small black eschars, first noticed in mid-November. On the biopsy taken 29th November the pathologist describes calcified, occluded arterioles in the fat plus necrosis of the fat lobules. That is diagnostic of calciphylaxis. He has had no injections, heat or injury on the abdomen.

I also looked at the right shin: this is the healing traumatic skin tear from his fall on 5th November. It looks exactly as a healing skin tear should, with granulation tissue and no necrosis, and in my view it is not calciphylaxis.

He is on warfarin for AF; I'd suggest the renal team review this. BMI 23.0.

Yours sincerely
Dr Catriona Baird, Consultant Dermatologist
"""),
("2019-01-08", "Renal Clinic Letter", """
RENAL MEDICINE - clinic letter 08/01/2019

Diagnoses
1. End stage renal failure on haemodialysis (MWF)
2. Calciphylaxis, periumbilical abdomen - biopsy 29/11/2018
3. AF - warfarin until 12/12/2018, now apixaban
4. Healed traumatic skin tear R shin

Dear Dr Rennie,
Mr Guthrie's periumbilical lesions are slowly improving on sodium thiosulfate. The eschars remain dry. His shin wound has fully healed and the practice nurse has discharged him. Weight stable. Not diabetic.

Yours sincerely
Dr Graeme Lennox, Consultant Nephrologist
"""),
]}

PATIENTS = [R08, R09, R10, R11, R12, R13, R14]
