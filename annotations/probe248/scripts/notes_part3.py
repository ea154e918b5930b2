"""probe248 corpus notes, B15-B20 (kidney supportive care / conservative kidney management and
the clinics around it; every person, place and sentence invented)."""

B15 = {"patient_id": "B15", "age": 82, "sex": "M", "notes": [
("2025-02-11", "Kidney Supportive Care Clinic", """
KIDNEY SUPPORTIVE CARE CLINIC - Feb 11, 2025

Mr Brannigan, 82M. ESKD (eGFR 10, creat 390), conservative kidney management since 2023;
no dialysis, re-confirmed today.
DM2 on insulin - NovoMix 30, 14 u am / 8 u pm, injects into his abdomen, nearly always the
L side "because it hurts less there".
Not anticoagulated, never had warfarin.
BMI 29.1 (wt 83 kg).
IPOS-Renal: weakness 3, poor mobility 3, itch 2, constipation 2, pain 0.
Labs Hb 97, K 5.4, HCO3 20, Ca 2.50 (on calcium carbonate 1.25 g tds), PO4 1.8.
Plan: senna + macrogol; rotate across a wider area of skin; keep the binder for now.
ACP: lives with son, DNR on file, wants hospice at home when the time comes.
"""),
("2025-03-18", "Community Palliative Nurse Visit", """
Community palliative nursing - visit

Son showed me a hard painful purple patch on pt's L lower abdomen, on the bit of skin he
always uses for NovoMix. Present ~3 weeks, slowly getting bigger.
O/E roughly 4x3cm firm plaque, purplish mottled edge, skin unbroken, very tender to touch.
Pain 6/10 when he bends. Temp 36.8. Eating small amounts.
Impression: ?calciphylaxis; ddx fat necrosis from injections, or a haematoma.
Discussed with Dr Fairweather (KSC) - derm clinic booked 1 April. Advised him to use other
areas for the insulin meanwhile. Paracetamol regular.
"""),
("2025-04-01", "Dermatology Consult", """
Dermatology consult

82M, ESKD on CKM, premixed insulin. L lower abdominal plaque for ~6 wks.
Exam: 4.5x3.5cm indurated plaque with livedoid violaceous edge, no eschar or ulceration;
the other injection areas are soft with mild lipohypertrophy.
Differential: insulin-related fat necrosis/lipodystrophy, some other panniculitis, or early
calciphylaxis; not separable on examination alone.
Biopsy offered; after talking it through with his son and the palliative team he declined -
comfort is his priority and he does not want another wound.
Plan: manage as possible calciphylaxis: stop calcium carbonate, sevelamer instead; insulin
into thighs from now; paracetamol, hydromorphone prn. Derm f/u only if he wishes.
"""),
]}

B16 = {"patient_id": "B16", "age": 86, "sex": "F", "notes": [
("2021-09-14", "Kidney Supportive Care Clinic", """
Kidney supportive care clinic   14 Sep 2021

86F, CKD G4 (eGFR 18, stable over 2 yrs), not at end stage. She has said she would choose
conservative care rather than dialysis if it progresses. Lives alone, daughter nearby.
AF - warfarin, INR 2.6. HTN. Venous insufficiency both legs. Not diabetic.
Wt 79 kg, BMI 31.4.
Three weeks ago she knocked her L shin on the metal bedstead during a night-time trip to
the toilet - small graze, bled a little, practice nurse cleaned it. Healing, 1 cm scab.
Symptoms light: fatigue 2, pain 1.
ACP: LPA (health) - daughter Sinead. DNACPR discussed and agreed.
Plan: RV 4 months, bloods beforehand.
"""),
("2021-10-19", "Leg Ulcer Clinic", """
Leg ulcer / wound clinic

Referred by GP: L shin ulcer, started early October where the graze had healed.
Exam: L anterior shin ulcer 3x2cm, adherent black eschar, ragged purpuric edge; pain 8/10,
disproportionate to a wound this small. Haemosiderin staining both gaiter areas.
ABPI L 0.9, R 0.95.
Ddx: traumatic ulcer on venous disease; warfarin skin necrosis; non-uraemic calciphylaxis
(warfarin, obesity, CKD 4); vasculitis.
Plan: derm for bx; light dressings, no compression until the diagnosis is clearer.
Daughter to bring warfarin book next time.
"""),
("2021-11-02", "Dermatology Consult", """
Dermatology

86F, CKD 4, on warfarin. L shin ulcer ~4 wks, painful, eschar with purpuric rim; no livedo
elsewhere.
Deep wedge biopsy recommended to look for calciphylaxis; she declined - frightened of a
second wound that won't heal, and her daughter agrees.
Impression: painful necrotic L shin ulcer - calciphylaxis cannot be excluded; a traumatic
ulcer on venous skin remains possible.
Plan: ask cardiology about moving off warfarin; manuka dressings; paracetamol regular;
review 6 wks and offer bx again if no better.
BMI 31.0.
"""),
]}

B17 = {"patient_id": "B17", "age": 71, "sex": "M", "notes": [
("2020-11-03", "PD Clinic - Supportive Care Review", """
PD clinic with renal supportive care

71M, ESKD (diabetic nephropathy), on CAPD since Feb 2020 - 3 exchanges/day, 2.27%.
Struggling: fatigue, poor appetite, lost 4 kg in 3 months, feels "tethered to the bags".
DM2, insulin-treated: Levemir 20 u + Humalog with meals, injects the abdomen around the catheter.
No warfarin; aspirin 75.
Wt 101 kg, BMI 33.3.
IPOS: weakness 4, appetite 3, low mood 2.
What matters: staying home, his dog, not going back into hospital. Talked through stopping
PD as an option and what that might look like (days to weeks).
Plan: incremental PD - down to 2 exchanges; sertraline 25 mg; f/u 4 wks.
"""),
("2021-01-12", "Dermatology Consult", """
DERMATOLOGY CONSULT

Painful mottling on both thighs and two sore lumps in the R inner thigh since Christmas.
O/E broken net-like livedo racemosa over the front of both thighs; two 1.5cm deep tender
subcutaneous nodules R medial thigh; skin intact, no eschar.
Never injects into the thighs; every insulin dose is in his abdominal wall.
Early calciphylaxis cannot be excluded (livedo with painful nodules, PD, insulin-treated); alternatives: cholesterol emboli (no recent catheterisation), cutaneous
polyarteritis, physiological livedo.
Plan: 6 mm deep incisional bx R thigh booked for 2021-01-19. Stop calcium carbonate meanwhile.
BMI 32.8.
"""),
("2021-01-26", "Hospice Admission", """
HOSPICE ADMISSION - Larkspur Hospice at Home

71M, ESKD. Chose to stop PD on 1/17/21 after a long talk with family and renal team; last
exchange that evening. Prognosis days to ~2 weeks.
The thigh biopsy was cancelled - he wanted no more procedures. Question of early
calciphylaxis left open, never confirmed; we treat the pain regardless of cause.
Symptoms: drowsy, mild SOB, R thigh pain 5/10, some nausea.
Meds: hydromorphone 0.5 mg SC q2h prn, haloperidol 0.5 mg SC prn, glycopyrronium prn.
Goals: comfort at home, DNR. Wife and daughter present and coping.
"""),
]}

B18 = {"patient_id": "B18", "age": 78, "sex": "F", "notes": [
("2025-06-10", "Kidney Supportive Care Clinic", """
Kidney supportive care clinic, 10 June 2025

78F, ESKD (eGFR 11), on conservative kidney management since 2024.
New AF picked up by GP late May, CHA2DS2-VASc 5. Cardiology started warfarin on 5/28/25 with
an enoxaparin bridge, 20 mg subcut once a day into the tummy, district nurse giving it
until INR in range.
Not diabetic. BMI 25.3.
IPOS-Renal: fatigue 2, itch 1, pain 0.
Labs INR 1.8, Hb 104, K 5.0, phos 1.6, adj Ca 2.30.
Plan: INR via anticoag clinic.
ACP: wants to stay home, no dialysis; thinking about DNR.
"""),
("2025-06-17", "Urgent Same-Day Visit", """
Urgent same-day visit (KSC)

Sore dark areas: lower abdomen bilat, plus one on the R upper thigh; began
4 days ago (noticed in the shower), spreading fast.
O/E lower abdomen bilat - irregular purple-black plaques 3-6 cm with haemorrhagic blisters;
R anterior thigh 5 cm similar patch. Exquisitely tender.
INR 4.1 today.
Imp: ddx warfarin-induced necrosis / calciphylaxis / skin necrosis from the enoxaparin at
its injection sites.
Plan: warfarin held, oral vitamin K 1 mg; enoxaparin stopped; urgent derm + bx; protein C sent.
"""),
("2025-06-24", "Dermatology Consult", """
Dermatology consult

Bx R thigh + lower abdomen (6/18/25): fibrin thrombi filling dermal/subcut vessels,
with haemorrhagic necrosis of the overlying skin. Von Kossa neg - vessel walls/interstitium show no calcium.
Protein C activity 41%, below range.
Final call: skin necrosis from warfarin, with a protein C dip - NOT calciphylaxis.
Discussed with KSC and cardiology by phone; patient and son agree.
Plan: no more warfarin ever; start apixaban 2.5mg BD tomorrow; necrotic areas
dressed and watched, may need debridement later; analgesia via KSC.
"""),
]}

B19 = {"patient_id": "B19", "age": 74, "sex": "M", "notes": [
("2018-10-02", "Kidney Supportive Care Clinic", """
Kidney Supportive Care Clinic - 10/2/2018

74M, CKD stage 4 (eGFR 17, slow decline ~2/yr). Not on dialysis; says he would pick
conservative management if he reaches end stage. Wife present.
DM2 on insulin degludec 18 u daily (metformin stopped 2017). A1c 7.1.
BMI 30.0.
Bone/mineral: PO4 1.7, Ca 2.51 on calcium carbonate -> stopped today, sevelamer instead;
explained the calcium load adds to vessel calcification and, rarely, calciphylaxis.
Not on warfarin (his late father took it for years and he is "not keen").
OA knees, paracetamol. Advised against resting heat packs directly on his knees - thin skin
and neuropathy.
Skin check: intact, no lesions.
Plan: RV 6 months; ACP booklet given.
"""),
("2019-04-16", "Advance Care Planning Note", """
ACP / goals of care conversation

Present: pt, wife Dolores, KSC nurse specialist.
Values: independence, his garden, staying out of hospital. POLST completed - DNR, selective
treatment; would decline dialysis. HCP: wife.
eGFR 16 today. Weight 97 kg (down 2 kg).
Feet and legs looked at: skin whole, no sign of calciphylaxis.
Insulin degludec reduced to 14 u after two lows. Wife manages the pen, rotates sites.
No chest pain, breathing comfortable.
Plan: RV 4 months; copy of POLST to GP and ambulance service.
"""),
]}

B20 = {"patient_id": "B20", "age": 68, "sex": "F", "notes": [
("2023-04-04", "Kidney Supportive Care Clinic", """
KSC clinic  4 April 2023

68F, ESKD, eGFR 9. Chose the no-dialysis route last year; her older brother (HD x6
yrs) died in 2019 of calciphylaxis; she "watched what it did to him" and does not
want dialysis.
On 3/20/23 a shopping trolley caught her L shin at the supermarket - 3 cm cut, closed with
skin glue at urgent care.
Not diabetic. No warfarin or other anticoagulants.
BMI 23.2.
IPOS: itch 2, fatigue 2, anxiety 3 ("scared of getting what he had").
Plan: reassurance; declined sertraline; wound nurse to check the shin.
"""),
("2023-05-02", "Wound Clinic", """
Wound clinic

L shin laceration from 20 March: now 1.5x0.4cm, healthy pink granulation, edges
advancing, no slough, no purpura or livedo, pain 1/10. Surrounding skin normal.
She asks whether this could be calciphylaxis like her brother's - explained it looks like an
ordinary cut healing well, not calciphylaxis, and a biopsy isn't needed.
Plan: silicone dressing twice weekly, expect healed in 2-3 wks; she can shower normally.
Discharge from wound clinic once closed. Rest of leg skin checked -
no other lesions.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
