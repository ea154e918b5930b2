"""probe192 corpus notes, F08-F14 (nephrology at a South Asian teaching hospital and the
clinics around it; every person, place and sentence invented for this corpus)."""

F08 = {"patient_id": "F08", "age": 38, "sex": "M", "notes": [
("2021-04-12", "General Surgery OPD", """
GEN SURGERY OPD     12.04.2021     Minor OT
38 yr male, CKD 5D on CAPD (since 2020), non-diabetic.
C/o burn over R leg 4 days ago - touched the hot silencer of his
motorcycle while getting down from it.
Local: R calf, lateral aspect, mid-third: partial-thickness
burn (3x2cm) with deroofed blister, pink base, no slough. No signs of infection.
Rx: cleaned, silver sulfadiazine cream + paraffin gauze dressing.
Tab. Cefuroxime 250 mg BD x 5 days (renal dose).
Alternate day dressing at nearby clinic. Review 1 wk.
"""),
("2021-06-21", "CAPD Clinic", """
CAPD Clinic     21-Jun-2021
38M, ESRD (IgAN), CAPD with four exchanges daily; peritonitis-free till
date. Exit site clean. Non-diabetic. No anticoagulants.
New c/o: very painful ulcer on outer side of R leg since 3 weeks, began
as a purple patch which went black.
O/E: R leg, lateral mid-calf: ulcer 4x3.5cm, black eschar,
violaceous livedoid rim, extremely tender to touch. Pedal pulses +.
BP 148/94. Wt 61 kg, Ht 169 cm, BMI 21.4.
Ca-10.4 | P-6.9 | PTH-980 | ALP-290. PET: high-average transporter.
Imp: ? calciphylaxis  ? pyoderma
Plan: refer Derm (deep bx). Stop calcium acetate. Adequacy
review - Kt/V 1.6.
"""),
("2021-06-28", "Dermatology OPD", """
DERMATOLOGY OPD   28/06/2021
38M on CAPD, referred for R leg ulcer.
Lesion: lateral aspect R calf - necrotic ulcer with eschar and livedo
racemosa around, severe pain out of proportion.
Deep biopsy taken 22/06/2021 from edge.
HPE: small vessels in subcutis calcified and thrombosed; necrosis in
septa and lobules of fat. No neutrophilic dermatosis.
Dx: Calciphylaxis R lateral calf.
Adv: STS (intraperitoneal vs IV - nephro to decide), non-calcium binder,
wound care by wound nurse, Tab. Gabapentin 100 mg HS.
Review with biopsy slides in 2 wks.
"""),
]}

F09 = {"patient_id": "F09", "age": 55, "sex": "M", "notes": [
("2022-05-17", "Haemodialysis Unit Note", """
HD UNIT - NOTE    17/05/2022
Sri Mohammed Irfan, 55/M, ESRD on MHD x 4 yrs via L BC AVF.
T2DM on Inj. Actrapid s/c into abdomen before meals. AF.
Inj. EPO 6000 IU s/c once a week - staff nurse Anitha gives it into the
R thigh every time (outer aspect), as per her habit.
C/o painful purple patch on inner side of L thigh since 5 days.
O/E: L thigh, medial aspect: 6 x 4 cm tender violaceous indurated plaque,
livedo at margins, no ulcer yet. R thigh skin normal.
BP 156/88. IDWG 2.8 kg. BMI 26.0.
Investigations: corrected Ca 9.7 | phosphate 7.2 | PTH 1120.
Imp: ? calciphylaxis L thigh
Plan: Derm, biopsy. Review anticoagulant.
"""),
("2022-05-24", "Dermatology Consultation", """
DERM CONSULT    24-05-22
55M, MHD. L medial thigh: indurated purpuric plaque, now with central
necrosis 1.5 cm; livedo racemosa creeping up to the groin.
R thigh (EPO injection area) examined - normal skin, no induration,
no nodules.
Biopsy from L thigh 19/05/2022: small vessels with calcified media
on von Kossa, occluding thrombi, necrotic fat.
Diagnosis made: calciphylaxis, L medial thigh.
Adv: STS, stop vitamin K antagonist if cardiology permits, wound care.
Pain 9/10, not sleeping - Tab. Gabapentin 100 mg HS started.
BP 150/86, afebrile. Seen by Dr. Imran (SR Derm); photos kept for follow up.
"""),
("2022-06-02", "Cardiology Opinion", """
CARDIOLOGY OPINION    02/06/2022
55M, permanent AF (non-valvular), CHA2DS2-VASc 3. ESRD on MHD.
Anticoagulation history: Tab. Warfarin 5 mg from 2017 to 2020, changed to
Tab. Acitrom (acenocoumarol) 2 mg in 2020 due to labile INR; INR today 2.6.
Now biopsy-proven calciphylaxis L thigh.
Opinion: stop Acitrom. Start Tab. Apixaban 2.5 mg BD (off-label in
dialysis - explained). Rate control with Tab. Metoprolol 25 mg BD.
Echo: LA dilated, no clot, EF 55%.
Wt 70 kg, BMI 25.8.
Bleeding signs explained to pt and son; INR monitoring not needed on
apixaban. BP 138/82, HR 96 irregular. Review Cardio OPD 3 months, earlier
if palpitations or breathlessness.
"""),
]}

F10 = {"patient_id": "F10", "age": 60, "sex": "F", "notes": [
("2021-09-22", "CAPD Clinic", """
CAPD CLINIC     22/09/2021
Smt. Gowramma, 60/F. ESRD (DKD) on CAPD since 2019.
T2DM on Inj. Mixtard 20-0-14 U s/c (abdomen). HTN.
C/o painful reddish-purple patch over L calf since 15/09/2021, no h/o
injury or insect bite there.
O/E: L calf posterior: 5 x 4 cm tender indurated plaque, retiform edges,
dusky centre. No ulcer. Pulses felt.
BP 150/86. Wt 82 kg, Ht 155.3 cm, BMI 34.0.
Ca 10 / PO4 6.4 / PTH 690 (last month). PD effluent clear.
Imp: ? early calciphylaxis  ? cellulitis
Plan: Derm ref. Stop calcium carbonate. Tab. Cefadroxil 500 BD x 5 d
meanwhile.
"""),
("2021-09-29", "Dermatology OPD", """
Derm OPD    29-9-21
60F, CAPD, DM. Lesion over back of L calf has developed a black
centre (eschar); livedo all around.
Biopsy (23/09): arteriolar calcification with thrombosis within subcutis
and fat necrosis.
Dx: Calciphylaxis L calf, biopsy confirmed.
Adv: STS per nephro, non-adherent dressing, no tight bandages, leg
elevation. Fall precautions - pt is unsteady.
BP lying 146/84 -> standing 124/76, giddy on standing; walks with a stick.
Pain 6/10. Sutures at biopsy site removed today. Photos taken.
Review after 10 days along with nephro notes.
"""),
("2021-10-05", "Casualty Note", """
CASUALTY   05.10.2021   10:15
60F, known CAPD pt with calciphylaxis L calf (on treatment).
Slipped in bathroom on 03/10/2021 morning; L calf struck the edge of a
plastic bucket. Since then more pain and a bluish bruise over the L calf
surrounding the known ulcer.
O/E: Vitals stable. L calf: ecchymosis 8 x 6 cm around the pre-existing
eschar; no active bleed, no fluctuation. Hip and knee movements free.
Xray of L leg - bones intact.
Rx: cold compress advised for 24 h, limb elevation, analgesic.
Informed CAPD team.
"""),
("2021-10-20", "Nephrology Review", """
NEPHRO REVIEW     20/10/2021
60F, ESRD on CAPD, calciphylaxis L calf (onset mid-Sept) - on STS
12.5 g IV thrice weekly at day care.
The bruise from the bathroom fall is resolving, yellowish now. Eschar
stable, margins not spreading.
Insulin: Mixtard continued, sugars acceptable.
Weight 81kg (BMI 33.6). BP 142/80.
Plan: continue STS x 6 wks total, sevelamer, cinacalcet 30 mg.
Physio for gait; walker advised.
No new lesions on R leg or trunk. Weekly Kt/V 1.8 - adequate; no peritonitis episode so far.
Albumin 3.0 - protein supplement sachets started.
"""),
]}

F11 = {"patient_id": "F11", "age": 57, "sex": "M", "notes": [
("2020-02-11", "Nephrology Ward Note", """
NEPHROLOGY WARD     11/02/2020
Sri Devendrappa, 57/M. CKD-5D, MHD 3 days a week via R IJV permcath (AVF
failed). T2DM on Inj. Human Actrapid + NPH - wife gives the injections
into both arms (upper); he never allows the abdomen.
Complaints: hard painful area L lower abdomen below navel x 2 wks,
centre turned black.
O/E: L lower abdominal wall: 7 x 6 cm indurated plaque with central
3 cm eschar, livedo reticularis around. Abdomen obese, pannus+.
Ht 165 cm, Wt 96 kg, BMI 35.2. BP 162/90.
Ca 9.5 mg/dl; PO4 7.0; iPTH 1340; Alb 2.8.
Imp: ? calciphylaxis abdominal wall
Plan: Derm ref, punch biopsy. Wound care.
"""),
("2020-02-15", "Dermatology Consultation", """
DERM CONSULT    15.02.2020
57M, MHD, obese. L lower abdomen: necrotic plaque with eschar, retiform
purpura at margins, tender.
Two punch bx taken today at plaque margin (LA).
Insulin sites on upper arms: slight lipohypertrophy only; purpura
and induration absent.
HPE (received 19/02): subcutaneous fat showing calcified, thrombosed
arterioles and panniculitis.
Dx: Calciphylaxis, L lower abdominal wall.
Adv: STS; refer Surgery for debridement of necrotic tissue.
BP 158/92, T 98.6 F. Pain 7/10 - Tab. Tramadol 50 mg BD. Photographs
with consent. Discussed with Nephro SR on call.
"""),
("2020-03-04", "Wound Care Clinic", """
WOUND CARE CLINIC (Surgery Unit III)    04/03/2020
57M, calciphylaxis L lower abdomen.
Surgical debridement of eschar done 26/02/2020 under LA in minor OT.
Wound now: 8 x 6 cm, depth 1.5 cm, 60% granulation, 40% slough, mild
serous discharge, no foul smell. Periwound livedo.
Rx today: sharp debridement of slough, NPWT (VAC) applied at -100 mmHg,
dressing secured with adhesive drape.
Collagen sheets to be used after VAC.
Pt on STS post HD, sugars 180s. BMI 34.8.
Review Friday for VAC change.
"""),
]}

F12 = {"patient_id": "F12", "age": 64, "sex": "F", "notes": [
("2018-10-09", "Nephrology Ward Admission", """
NEPHRO WARD - ADMISSION     09-10-2018
Smt. Yashoda Bai, 64/F. ESRD (ADPKD) on MHD x 2 yrs via L RC AVF.
Pre-diabetic (HbA1c 6.1) - not on any drug. HTN. Not on warfarin; Tab.
Aspirin 75 mg.
Complaint: both thighs - painful dark patches x 12 days.
No h/o injections at these sites, no fomentation, no oil massage, no
trauma, no insect bite. EPO is given IV in the HD circuit.
O/E: B/L medial thighs: multiple violaceous indurated plaques, biggest
on R (8x5cm) with eschar in centre; L has 2 smaller plaques.
Wt 72 kg, BMI 29.9 (overweight).
Labs: Ca 10.3, PO4 7.6, iPTH 980.
Imp: ? calciphylaxis B/L thighs
Plan: Derm, biopsy.
"""),
("2018-10-13", "Dermatology Consultation", """
DERMATOLOGY    13/10/18
64F, MHD. Bilateral inner thighs - retiform purpura and necrotic plaques
with livedo racemosa, symmetrical.
Pt and daughter deny applying hot water bag, ice, balms or any local
treatment; deny fall or injury.
Deep biopsy R thigh 10/10/2018: calcified small arteries in subcutis,
thrombi, fat necrosis.
Dx: Calciphylaxis, bilateral thighs.
Adv: avoid hot or cold application over the thighs, avoid tight
clothing, STS, wound care.
Vitals stable, pain VAS 8. No similar lesions on abdomen or breasts.
Photos taken. Review 1 wk, earlier if fever or discharge.
"""),
("2018-10-20", "Nephrology Ward Progress Note", """
NEPHRO WARD - PROGRESS    20.10.2018
Calciphylaxis B/L thighs, day 5 of STS.
Mostly bed-bound due to pain. Enoxaparin 40 mg s/c OD was planned for DVT
prophylaxis but not started - pt mobilising with walker now; should it
become necessary, arms only - avoid thighs.
Pain: Tab. Tramadol 50 TDS + Pregabalin 75 HS.
Vitals: BP 140/80, afebrile. Wt 71 kg, BMI 29.6.
Continue HD thrice weekly with STS in last hour.
Wound: eschars dry, no discharge. Albumin 3.2. Daughter counselled
about likely slow healing over months.
"""),
]}

F13 = {"patient_id": "F13", "age": 50, "sex": "M", "notes": [
("2022-11-15", "Casualty Note", """
CASUALTY   15/11/2022   19:20 hrs
50 yr M, ESRD on MHD (Tue/Fri). Non-diabetic.
Alleged h/o fall while getting down from a moving town bus on
14/11/2022 evening; twisted R ankle.
O/E: R lateral malleolus: abrasion 2 x 2 cm with mild swelling,
tenderness over lateral ligament. No bony tenderness at base of 5th MT.
X-ray R ankle AP/lateral/mortise: no fracture.
Imp: R ankle sprain with abrasion over lateral malleolus.
Rx: abrasion cleaned, povidone dressing. Ankle brace. TT not repeated
(booster taken 2 yrs back). Tab. Paracetamol.
Review Ortho OPD 1 wk.
"""),
("2023-01-18", "Haemodialysis Unit Note", """
HD UNIT     18-01-2023
50M, MHD x 5 yrs via R BC AVF. Non-diabetic. BMI 23.0.
C/o painful black ulcer on back of R calf since 10 days.
The ankle abrasion from the Nov bus fall healed well in 3 wks.
O/E: R calf, posterior mid-third: 3 x 3 cm ulcer with black eschar,
tender livedoid border. R ankle: small healed pale scar over lateral
malleolus, no ulcer there.
Labs: Ca 9.9, PO4 8.4, iPTH 2100, ALP 520.
Imp: ? calciphylaxis R calf
Plan: Derm ref. Cinacalcet up-titrate. Refer ENT for PTx evaluation.
"""),
("2023-01-25", "Dermatology OPD", """
DERM OPD      25/1/23
50M, MHD. R posterior calf, mid-third: necrotic ulcer, rim shows
retiform purpura.
Lesion lies roughly 12cm proximal to lateral malleolus; the old healed
abrasion on the ankle is a separate area, unaffected.
Biopsy 19/01/2023: calcified small arteries within subcutis plus thrombi.
Dx: Calciphylaxis R calf.
Adv: STS, wound care, PTx work-up as planned.
BP 162/94, afebrile. Pain 6/10. No other skin lesions on thighs, abdomen
or L leg. Wound nurse to teach family the dressing. Review once the
PTx decision is made.
"""),
]}

F14 = {"patient_id": "F14", "age": 69, "sex": "F", "notes": [
("2020-12-01", "General Surgery Ward Note", """
SURGERY WARD (Unit IV)     01/12/2020
Smt. Parvathi, 69/F. ESRD on MHD, T2DM on Inj. Mixtard (abdomen), HTN.
C/o painful swelling R buttock x 1 wk, fever x 2 days. H/o Inj.
Diclofenac IM into R buttock at a private clinic for back pain, 10 days
back.
O/E: T 100.8 F. R gluteal region: 6 x 5 cm tender fluctuant swelling with
local warmth and redness. No necrosis.
USG: 40 ml collection, subcutaneous.
Imp: Post-injection gluteal abscess R.
Procedure: I&D under SA today, 35 ml pus drained, pus c/s sent.
Rx: Inj. Cefazolin 1 g post HD. Daily dressing.
"""),
("2021-01-06", "Nephrology OPD", """
NEPHRO OPD    06-Jan-2021
69F, ESRD on MHD, DM on insulin. R gluteal abscess - healing well after
I&D, MSSA on culture.
New c/o: painful blackish ulcers on front of both legs since 1 month.
O/E: B/L shins: 3 ulcers - R one 2x2cm; L two, 4x3cm and 2x1cm - with dry
black eschar, surrounding purple net-like discolouration. Pulses felt.
BMI 31.0. BP 168/90.
Labs: Ca 10.6, PO4 6.8, iPTH 880. HbA1c 7.9.
Imp: ? calciphylaxis both legs
Plan: Derm, biopsy, STS.
"""),
("2021-01-12", "Dermatology Consultation", """
DERMATOLOGY     12/01/2021
69F, MHD. Both shins: necrotic ulcers with retiform purpura - biopsy from
L shin (08/01/2021): calcified, thrombosed arterioles
in subcutis with necrosis of fat.
Dx: Calciphylaxis, bilateral legs.
R buttock wound: granulating, clean - this is the resolving injection
abscess and is not calciphylaxis - livedo absent, eschar absent, it drained pus.
Abdominal insulin sites: normal.
Adv: STS, wound care for both.
BP 160/88, afebrile. Leg pain 7/10 - Tab. Pregabalin 75 mg HS added.
Photographs taken. Seen by Dr. Vinutha (Asst Prof Derm).
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
