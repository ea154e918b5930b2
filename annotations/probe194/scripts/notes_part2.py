"""probe194 corpus notes, B08-B14 (Caribbean and West African hospital notes; all invented)."""

B08 = {"patient_id": "B08", "age": 55, "sex": "M", "notes": [
("2023-10-03", "Diabetic Foot Clinic", """
DIABETIC FOOT CLINIC - Caroni Valley General Hospital   03/10/2023

55M, T2DM for two decades, now on insulin glargine 18u nocte + Actrapid by sliding scale,
ESRD on HD MWF at the satellite unit, HTN. No anticoagulant.
Since end of September a sore purple-black spot has come up on the lateral edge of his
L foot.
Since Independence Day (31 Aug) he has been soaking both feet every night in a basin of
hot water with Epsom salts "for the numbness". Neuropathic - cannot judge the heat. Wife
says the water was "steaming".
O/E: L foot lateral dorsum: violaceous plaque 3x2.5cm, black eschar in the centre, rim
livedoid. Skin of both feet shiny, pink, some peeling. Monofilament 2/10 bilat.
DP pulses weak but present. ABPI 0.9 L.
Imp: ?calciphylaxis vs thermal burn vs ischaemic ulcer.
Plan: STOP hot soaks, derm + vascular, biopsy. BMI 28.5.
"""),
("2023-10-17", "Dermatology Consult", """
DERMATOLOGY - consult note 17 Oct 2023

Biopsy (5/10/23), L lateral foot: mineral deposits in arteriolar walls (lower dermis,
subcutis), plus thrombi and necrosis. No vasculitis. Arterial duplex (vascular): patent to the ankle.
Diagnosis: calciphylaxis of the L foot.
The plaque is in skin heat-damaged night after night by the hot foot soaks begun 31/08/23;
we think that thermal injury was the local trigger here.
Today 3.5x3cm, eschar dry, no cellulitis.
Recs: absolutely no hot soaks or heating of the feet, dry non-adherent dressing,
offloading shoe, STS with HD, podiatry weekly.
"""),
("2023-11-14", "Haemodialysis Rounds", """
HD ROUNDS - satellite unit   14-11-2023

Calciphylaxis L foot - on IV sodium thiosulfate after each run (session 15 today).
Eschar unchanged at 3.5x3cm; pain eased from 6 to 3 out of 10.
Pre-HD BP 148/82, IDWG 2.4 kg. Kt/V (Oct) 1.3.
Glucose log: 6-12 mmol/L on glargine, no hypos.
Labs: Ca 2.31, PO4 1.62, PTH 48 pmol/L.
BMI 28.2. Wife checks his feet daily now, no more soaks.
Plan: continue STS, sevelamer 800mg tds, cinacalcet 30mg od, podiatry to continue.
"""),
]}

B09 = {"patient_id": "B09", "age": 52, "sex": "F", "notes": [
("2018-02-20", "Diabetes Clinic", """
DIABETES CLINIC - Blue Mahoe Regional Hospital   20/02/2018

52F, T2DM on NPH insulin 24u bd, ESRD on haemodialysis thrice weekly, HTN,
obese.
Injection technique checked by DSN: she gives every dose into the RIGHT thigh, front,
"because mi always lie down pon di lef side". Advised to rotate sites; she refused.
Small area of lipohypertrophy R anterior thigh. No other skin problems.
BMI 38.2. HbA1c 8.9%. BP 150/88.
No anticoagulant.
Plan: teach rotation again, reduce NPH to 22u bd (hypos on HD days), review 3/12.
"""),
("2018-05-08", "Renal Clinic", """
RENAL CLINIC  8th May 2018

52F on HD. C/o a "hot, hard, painful" spot on the L thigh since Easter, getting darker.
Pain 9/10 (she says ten), up most of the night.
O/E: outer aspect of L thigh: indurated plaque 10x7cm, livedo racemosa at the edge,
violaceous centre with early eschar 2x1cm. Warm, no fluctuance.
Ca 2.66, PO4 2.41, iPTH 112.
Imp: ?CUA L thigh; ddx cellulitis, panniculitis.
Plan: derm biopsy, stop calcium, start sevelamer, HD with low Ca bath.
Analgesia: paracetamol 1g tds, tramadol 50mg nocte.
"""),
("2018-05-22", "Dermatology Consult", """
DERM CONSULT  22/5/18

Deep wedge biopsy from the outer L thigh (10/5): small vessels of the subcutaneous
lobules mineralised and thrombosed, fat dead around them. Read as CALCIPHYLAXIS.
Insulin has only ever gone into her right thigh; those R anterior thigh sites are clear
apart from a soft lipohypertrophic pad. She recalls no knock, fall, heat pack or ice
anywhere on the L leg.
L lateral thigh plaque now 11x7cm with 3x2cm eschar.
Plan: STS 25g with HD, wound care (non-adherent), analgesia incl. pain team,
continue insulin into the R thigh/abdomen, BMI 37.6.
"""),
]}

B10 = {"patient_id": "B10", "age": 48, "sex": "M", "notes": [
("2020-01-14", "Renal Clinic", """
RENAL CLINIC (MOPD) - Ogbaruwa Federal Medical Centre   14/01/2020

Mr C.E., 48yrs, motor mechanic, ESKD 2/2 chronic glomerulonephritis, on maintenance HD
thrice weekly. Not diabetic. No anticoagulant.
C/O: a hard, painful swelling of the left calf, first felt on New Year's Day; centre now
dusky. Cannot remember hitting or hurting the leg. Denies fever.
O/E: L calf, medial: tender indurated nodule 5x4cm with violaceous mottled skin and
a 1 cm dusky centre. Distal pulses present.
BMI 31.5 (obese). BP 162/98.
Ca 2.71, PO4 2.62, ALP 420, iPTH 140.
Imp: ?calciphylaxis L calf.
Plan: derm biopsy, stop CaCO3, low phosphate diet, increase dialysis time.
"""),
("2020-01-28", "Dermatology Review", """
DERMATOLOGY REVIEW   28/1/2020

Punch + incisional biopsy L medial calf (16/01/2020): subcutaneous small arteries
calcified and blocked by thrombus, surrounding fat necrotic; von Kossa shows the calcium.
Diagnosis: calciphylaxis, left calf (onset 1/1/2020).
The nodule has now ulcerated: 5x4.5cm, black eschar, purple rim.
Plan: sodium thiosulphate with each HD, dressings with paraffin gauze at the dressing
clinic, analgesia (paracetamol + tramadol), keep the leg protected from knocks.
Counselled patient and wife about the diagnosis, the slow healing and the cost of the
thiosulphate; they will try to raise funds through the church.
"""),
("2020-02-15", "Accident and Emergency Note", """
A&E   15/02/2020   02:40

48M on HD, known calciphylaxis L calf (dressed), brought in by friends after he fell off
an okada (motorcycle taxi) on his way home yesterday, 14/02/2020, around 11pm.
C/o pain L leg and L elbow. No LOC, no vomiting.
O/E: GCS 15. Abrasions over the L calf around the existing dressing, 8x3cm; the
calciphylaxis ulcer itself is oozing blood at one edge. Graze on L elbow, 3x2cm.
Bones not tender; leg X-ray shows no break.
Plan: wound wash, haemostatic dressing, tetanus toxoid given IM in the left deltoid,
analgesia, review by derm in the morning.
"""),
("2020-03-10", "Dressing Clinic Note", """
DRESSING CLINIC   10/03/2020

Calciphylaxis ulcer L calf - present since 1/1/2020, well before the okada fall of
14 Feb; the fall only grazed the skin around it.
Abrasions on the calf and the L elbow have healed.
Ulcer 4.5x4cm, eschar partly lifted, pink granulation at the rim, no pus, no smell.
Done: saline, paraffin gauze, gauze, crepe.
STS ongoing (16 doses so far), church paying for the next batch.
Pain 4/10, sleeping better. Walking without a stick.
BMI 31.2.
Next visit 1/52.
"""),
]}

B11 = {"patient_id": "B11", "age": 60, "sex": "M", "notes": [
("2017-09-05", "Renal Admission Note", """
RENAL ADMISSION - Nkabom Teaching Hospital   05-Sep-2017

60yo M, retired teacher, ESKD on HD thrice weekly, T2DM on insulin, morbid obesity.
C/O painful hard "sores" on the lower tummy x 1 month.
Insulin (Mixtard 30u/16u) is given into both upper arms only - wife does it; he says the
belly was never used because it is "too big to see".
O/E: BMI 41.0, afebrile. Pannus, lower abdomen: three firm violaceous plaques (largest
7x5cm) with black centres and a net of purple around them. Very tender.
Upper arms: injection sites clean, no nodules.
Ca 2.59, PO4 2.38.
Imp: ?calciphylaxis of the pannus.
Plan: 4mm punch from the biggest plaque today, derm and plastics, no calcium.
"""),
("2017-09-12", "Surgical Team Note", """
PLASTICS / GENERAL SURGERY - ward note 12/9/17

Punch biopsy (5/9): calciphylaxis - calcified medial layer of small vessels, thrombi,
necrotic fat.
Patient taken to theatre 11/9 for excisional debridement of the largest pannus lesion
under local + sedation; necrotic fat removed down to bleeding tissue. Smaller two not
touched.
Wound today clean, 9x6cm raw area, no pus, edges healthy.
Hb 8.4 post-op, no transfusion needed for now.
Plan: daily dressing with honey, recheck Hb in 48h, STS via renal, air mattress, sit up
in chair, chest physio, early walking with the physio.
"""),
("2017-10-03", "Wound Care Nursing Note", """
WOUND CARE NURSE - 03/10/2017

Pt with calciphylaxis of the pannus after debridement 11/9.
Main wound 8x5.5cm, granulating over about 60% of the bed, the rest sloughy.
The two other eschars (2x2cm and 3x2cm) unchanged.
Dressing: Eusol soak 10 min, then honey gauze, abdominal pad, binder loosely.
VAC not available in the unit this month.
Wife taught dressing at home. BMI 40.6.
Insulin still to the arms only; wife rotates between the left and right arm.
Pain controlled with paracetamol. Appetite fair, eating kenkey and fish.
Next: review 1/52.
"""),
]}

B12 = {"patient_id": "B12", "age": 70, "sex": "F", "notes": [
("2024-02-06", "CAPD Clinic", """
CAPD CLINIC - Caroni Valley General Hospital   06/02/24

70F, ESRD (hypertensive nephrosclerosis) on CAPD since 2021. Not diabetic.
AF - was on warfarin until 2019, now apixaban 2.5 mg bd.
C/o sore, hard areas on the inner side of both thighs since last month.
She DENIES any injections, falls, knocks, hot compresses, bay rum rubs, or ice to that
area; no tight clothing.
O/E: both inner thighs: indurated violaceous plaques (right 8x5cm, left 7x6cm) with
livedo racemosa, small black centre on the R.
Wt 84 kg, BMI 33.5. Exit site clean.
Ca 2.64, PO4 2.22, iPTH 88.
Imp: ?calciphylaxis bilateral thighs.
Plan: derm biopsy, stop calcium, sevelamer.
"""),
("2024-02-20", "Dermatology Clinic", """
DERMATOLOGY   20 Feb 2024

Biopsy R medial thigh (8/2/24): arteriolar calcification, thrombi, fat necrosis.
Dx: calciphylaxis, medial aspect of each thigh (clinically symmetrical).
No trauma story at all - she is clear about that.
Lesions: right 8.5x5cm with eschar 2x1cm, left 7x6cm, no eschar yet.
Advised: avoid hot compresses, ice, bay rum or Limacol rubs and massage on the thighs;
no tight panty girdles. If heparin injections are ever needed, use the arms.
STS per renal. Review 3/52, sooner if an eschar softens or smells.
Photos taken for the folder with consent.
"""),
("2024-03-05", "Medical Ward Admission Note", """
MEDICAL WARD ADMISSION   05/03/24  23:10

70F, CAPD, calciphylaxis both thighs, admitted with cloudy PD effluent x 1 day and
abdominal pain; effluent WCC 620. ?PD peritonitis.
No new skin lesions; thigh plaques unchanged, dressed.
Plan: IP vancomycin + ceftazidime per protocol, cultures of the bag.
VTE: if she becomes bed-bound, heparin 5000u SC bd may be started - arms only, never the
thighs (calciphylaxis). Not started tonight; she is walking to the toilet on her own.
BMI 33.4. Pain: tramadol prn.
Obs: T 37.9, BP 118/70, PR 96.
"""),
]}

B13 = {"patient_id": "B13", "age": 59, "sex": "M", "notes": [
("2020-11-02", "Health Centre Note", """
HEALTH CENTRE - Type III clinic, doctor's note   02/11/2020

59M, ESRD on HD at Blue Mahoe (MWF), T2DM on linagliptin, HTN.
3/7 productive cough, fever 38.4, crackles R base. CXR: R lower zone consolidation.
SpO2 96% RA.
Dx: community-acquired pneumonia.
Rx: ceftriaxone 1g IM once daily x 5 days, the nurse to give each dose in the left
buttock, upper outer quadrant, starting today; azithromycin 500mg od x 3/7.
Skin: no lesions noted.
Return daily for injection; sooner if short of breath.
Weight 80kg, BMI 26.0.
"""),
("2020-12-08", "Renal Clinic", """
RENAL CLINIC   08/12/20

59M on HD. Pneumonia treated last month at the health centre, now resolved.
New: very painful purple hard area behind the L thigh, 3 weeks ago.
O/E: L posterior upper thigh, about 8 cm below the gluteal fold: plaque 6x5cm,
violaceous and indurated, livedo around it, small dark centre. The L buttock itself looks
normal.
Ca 2.61, PO4 2.28, PTH 101.
Imp: ?CUA L posterior thigh.
Plan: derm for biopsy, switch binder, low Ca dialysate.
Pain: paracetamol regular, he has been using a cushion to sit.
"""),
("2020-12-22", "Dermatology Consult", """
DERMATOLOGY   22/12/2020

Bx L posterior thigh (10/12/20): calciphylaxis (calcified small subcutaneous arteries with
thrombosis and panniculitis).
Note: the plaque is on the L posterior upper thigh, roughly 8cm under the gluteal
fold. The IM ceftriaxone in November went into the left buttock, upper outer part - that
skin is normal; this plaque is well away from where he was injected, and he reports
nothing else that hurt the thigh.
Plan: thiosulphate 25g with each HD session (3/wk), non-adherent dressings,
gabapentin 100 mg post HD.
BMI 25.8.
"""),
]}

B14 = {"patient_id": "B14", "age": 66, "sex": "F", "notes": [
("2021-05-11", "Renal Clinic", """
RENAL CLINIC (MOPD) - Ilora-Oke State Specialist Hospital   11th May 2021

Mrs R.I., 66yrs, ESKD on MHD thrice weekly, T2DM on gliclazide (she declined insulin),
obese.
C/O 1) painful darkened areas over the lower belly (pannus) x 3/52 - no injection, no
fomentation, no herbs were ever put on that part.
2) a raw blister on the R knee since last week: her daughter-in-law did hot-water
fomentation on the knee for arthritis pain and the water was too hot.
3) painful swelling L arm after a "vitamin injection" at a chemist 2/52 ago into the L
deltoid.
O/E: pannus - two indurated violaceous plaques with eschar, 6x4 and 4x3cm.
R knee anterior: superficial scald 5x4cm, pink base. L deltoid: 3 cm fluctuant swelling.
BMI 34.0.
Plan: derm to biopsy the pannus, I&D L deltoid, dressing of knee.
"""),
("2021-05-25", "Dermatology Review", """
DERMATOLOGY REVIEW   25/05/2021

Pannus biopsy (13/5): calciphylaxis. Histology - calcified vessel media, thrombosed
lumina, necrotic fat.
R knee: superficial partial-thickness scald from the fomentation, healing well - a burn,
not calciphylaxis.
L deltoid: post-injection abscess, drained 12/5 (pus, Staph aureus) - not calciphylaxis.
Summary: calciphylaxis lesions only on the lower abdomen, where there was no injury.
Plan: sodium thiosulphate 25g after each dialysis, dressings, no more fomentation
anywhere, no chemist injections. Renal to review binder and dialysate calcium.
Patient and her son counselled in Yoruba with the help of the ward nurse.
"""),
("2021-06-15", "Wound Clinic Note", """
WOUND CLINIC   15/6/2021

Calciphylaxis pannus: plaques 6x4.5 and 4x3cm, eschars dry, no discharge.
Dressing: saline, paraffin gauze, dry pad; abdominal binder NOT to be tight.
R knee scald: healed, faint pink scar.
L deltoid I&D wound: closed.
STS: 14 doses so far. Pain 5/10.
Still on gliclazide; she again declined insulin.
RBS 9.8 mmol/L today.
Wound bed pink at the margins.
BMI 33.8.
Son reminded to bring her to every dialysis session; transport money
from the church welfare group this month.
Next review 2/52.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
