"""probe265 corpus notes, P08-P14 (South African and East African hospital notes; all invented)."""

P08 = {"patient_id": "P08", "age": 61, "sex": "F", "notes": [
("2021-02-03", "Registrar Admission Note", """
KWA-LINDANI REGIONAL HOSPITAL - MEDICAL ADMISSION   03/02/2021
Registrar: Dr P. Mahlangu

61F. PMH: ESKD, HD MWF on a L fistula; DM2 on Actraphane 28/16 u;
HPT; DVT in 2015 treated with warfarin, stopped after 6 months; morbid obesity.
P/C: painful dark marks behind both thighs since mid-January.
Social: sells fruit and airtime at the taxi rank. Since winter 2020 she sits the whole
day on an upturned wooden crate, the hard edge cutting across the back of both thighs.
O/E: posterior thighs bilaterally - symmetrical horizontal bands of retiform purpura,
L 12x5cm, R 10x4cm, centre of the L one starting to necrose. Very tender to touch.
Weight 118kg, BMI 41.0.
Imp: ?calciphylaxis - high suspicion. DDx vasculitis, cellulitis.
Plan: derm consult + biopsy; Ca, PO4, PTH, ALP; stop calcium carbonate.
"""),
("2021-02-10", "Dermatology Consult", """
DERM CONSULT   10 Feb 2021   (Dr. Z. Abrahams)

Bx L posterior thigh taken 04/02: arteriolar media calcified, thrombi present,
extensive necrosis of fat; VK stain +.
Diagnosis: calciphylaxis (calcific uraemic arteriolopathy).
Distribution follows the line where the edge of the crate presses on both posterior
thighs.
Now: L posterior thigh ulcer 12x6cm, eschar; R posterior thigh purpuric plaque,
necrotic centre of 2cm.
Rec: - STS 25g IVI over final hour of HD
     - no more sitting on the crate: cushioned chair, pressure offloading
     - analgesia via palliative care team
     - review 2/52
"""),
("2021-03-02", "Wound Care Note", """
Wound sister note   02.03.2021   (Sr. Moloi)

Posterior thigh calciphylaxis ulcers:
L - 13x6cm, eschar 60 percent, slough the rest; exudate mod; undermined 1cm at
3 o'clock.
R - 5x3cm, eschar dry and black, surrounding skin intact.
Cleansed with NS, hypochlorous soak 10 min, calcium alginate + foam, secured with
crepe bandage (no tape on her skin).
At home she uses a foam cushion to sit; not trading for the time being.
Wt 114.5 kg - BMI 40.2.
Pain 6/10 on morphine syrup 5 mg 4-hrly. Family coping, daughter helps at home.
Next dressing Friday.
"""),
]}

P09 = {"patient_id": "P09", "age": 45, "sex": "F", "notes": [
("2017-04-11", "Nephrology Consultation", """
Dr A. Moodley - Nephrologist, St Agatha's Private Hospital
11 April 2017

45 yo F. DM2 x 12 yrs, now on insulin glargine 30 u nocte + insulin lispro with meals.
ESKD, haemodialysis since 2015 (TTS) through L forearm fistula. Never been on warfarin.
She is right-handed; every insulin dose goes into the LEFT anterior thigh.
Presents with a 10-day hx of a very painful red-purple lump on the R inner thigh.
She denies any injection, knock, insect bite, heat or cold applied on the R side.
O/E: R medial thigh - 4x3cm firm purple plaque, retiform margin, dusky
centre. L thigh: lipohypertrophic injection zone; not purpuric.
Wt 80.3 kg, Ht 1.64 m, BMI 29.8 (overweight).
Imp: ?calciphylaxis. Plan: incisional biopsy, Ca/PO4/PTH, review binders.
"""),
("2017-04-20", "Dermatology Follow-up", """
DERMATOLOGY - Dr C. Fourie     2017-04-20

Incisional bx R medial thigh (13/04): calcium laid down in small/medium subcutaneous
vessel walls; thrombosis; necrotic fat. Diagnosis: calciphylaxis.
Lesion enlarging (7x5cm), eschar forming in the centre. Still confined to the
R thigh.
Of note it is NOT on her insulin side - the L thigh, which she has injected for years,
shows lipohypertrophy only.
Plan: STS via nephrologist; wound care; hold calcium-based binders; analgesia;
photos on file. Pt keen to avoid admission; husband can drive her to the wound clinic.
"""),
("2017-05-16", "Ward Round Note", """
WARD ROUND 16/5/17 - Dr Moodley

R thigh calciphylaxis ulcer 8x6cm; slough sharply debrided at bedside 12/05.
Granulation at the edges. Pain score 4 on paracetamol + tramadol.
Tolerating STS 25 g post-HD, mild nausea only.
Bloods: phos 1.6, Ca 2.31, PTH 48.
Wound swab: scanty Staph aureus - colonisation, no antibiotics for now.
BMI 29.8, unchanged.
Plan: continue STS x 3/week; insulin may carry on in the L thigh, diabetes educator to
teach abdominal sites as well; wound clinic 2x/week; d/c home Friday.
"""),
]}

P10 = {"patient_id": "P10", "age": 68, "sex": "F", "notes": [
("2022-05-05", "Medical Ward Admission", """
FEMALE MEDICAL WARD  05/05/2022  Admitting MO: Dr. Byaruhanga E.

68F. ESRD on HD 2x/wk; AF on warfarin 5 mg OD (INR clinic); HPT. Not diabetic.
P/C: painful sore L calf since Easter, black for one week.
HPI: first a tender purple area on Easter Sunday, no injury beforehand; she
recalls no knock, burn or insect bite. Once it appeared her daughter rubbed it with
ice cubes in a cloth and, from 25/04, put hot herbal compresses on the sore.
On 02/05 she fell on the way to the latrine and struck the same L calf on a step.
O/E: L posterolateral calf - black eschar 7x6cm, violaceous stellate rim, tender;
fresh bruise just below it. INR 3.6. Hb 9.0.
Wt 58 kg, BMI 23.1.
Imp: ?calciphylaxis  ?warfarin-induced skin necrosis
Plan: withhold warfarin; derm to see; analgesia.
"""),
("2022-05-09", "Dermatology Consult", """
Derm consult   9 May 2022   Dr. Nabirye

Wedge biopsy of the L calf sore, 06/05.
Histology: calcium + thrombus in small and medium arterioles, fat necrosis,
VK stain +ve. Dx: calciphylaxis.
Comment: no trauma at this site before onset; the ice, the hot compresses and the fall
all came after the sore had appeared.
O/E today: eschar 7 x 6 cm, early separation at the upper edge; no other lesions.
Advice: stop all home compresses; warfarin to be stopped permanently if possible
(cardiology view); STS.
"""),
("2022-05-16", "Surgical Note", """
SURGICAL TEAM - THEATRE NOTE   16.05.22

Procedure: sharp debridement L calf calciphylaxis ulcer under ketamine sedation + local.
Findings: necrotic fat to the deep fascia, no pus, muscle healthy. Post-debridement
defect 9 x 7 cm.
Anaesthetic: ASA 3, K+ 4.8 pre-op (dialysed yesterday), minimal blood loss.
Specimen of necrotic tissue sent for culture.
Dressing: povidone-iodine gauze, crepe bandage.
Anticoag: warfarin stopped (cardiology agree); Inj. Clexane 20 mg s/c OD into the
abdomen meanwhile.
Plan: dressing change daily on ward, split skin graft to be considered once clean.
"""),
("2022-06-02", "Discharge Summary", """
DISCHARGE SUMMARY - Female Medical Ward    Discharged 02-Jun-2022

Dx: 1. Calciphylaxis, L calf (biopsy 06/05/22)
    2. ESRD on HD
    3. AF - warfarin discontinued
Course: sodium thiosulphate 12.5g after dialysis, 9 doses, debridement 16/05,
wound now clean, granulating, 8 x 6 cm.
Wt 56.5 kg, BMI 22.6.
TTO: apixaban not available - aspirin 75 mg daily after discussion; paracetamol;
calcium carbonate stopped.
Condition at discharge: walking with a frame, pain 3/10, eating well.
Follow up: HD unit (Tue/Fri), dressings at the health centre 3/7, derm clinic in 1/12.
"""),
]}

P11 = {"patient_id": "P11", "age": 59, "sex": "M", "notes": [
("2024-02-26", "Renal Unit Review", """
MWANGAZA HOSPITAL - DIALYSIS CENTRE     Doctor's review 26/02/2024

59M, ESRD (DKD + HTN), HD thrice weekly, R IJ tunnelled catheter meantime;
fistula (L arm) still maturing.
DM2: metformin stopped 2022 (eGFR), now linagliptin 5 mg OD; never been on insulin.
Never on warfarin. BMI 35.3 (obese). Old childhood burn scar R forearm (paraffin lamp).
New: 2 wks of painful hard lumps across the lower belly, below the pannus fold.
He denies injections into the abdomen, hot-water bottles, ice, belts, tight trousers;
wears a loose kikoi at home.
O/E: lower abdomen, R and L - several 2-3 cm tender violaceous nodules, one with a
dusky centre; livedo between them. Not ulcerated yet.
Imp: ?calciphylaxis
Plan: surgeons to biopsy; bone profile + PTH; CaCO3 stopped.
"""),
("2024-03-04", "Histopathology Report", """
MWANGAZA HOSPITAL LABORATORY - HISTOPATHOLOGY REPORT
Lab no. H24-0781    Collected: 02/29/2024 10:20    Reported: 03/04/2024 15:02
Specimen: skin and subcutis, lower abdomen (left), incisional.
Clinical details: HD patient, painful abdominal nodules, ?calciphylaxis.
Macroscopy: skin ellipse 18 x 8 mm with subcutis to a depth of 12 mm; cut surface
shows firm yellow-white fat with gritty areas.
Microscopy: lobular panniculitis, fat necrosis. Small subcutis arterioles carry
circumferential calcium; thrombus occludes several. No vasculitis.
Von Kossa stain confirms the mural calcium. PAS and ZN stains negative for organisms.
DIAGNOSIS: Consistent with calciphylaxis.
Pathologist: Dr. J. Odhiambo
"""),
("2024-03-12", "Consultant Ward Round", """
Ward round 12 March 2024 - Dr. S. Waweru (consultant nephrologist)

Lower abdominal wall calciphylaxis (biopsy-proven).
Nodules now coalescing; 2 have ulcerated (L 3x2cm, R 2x2cm) with black bases.
No preceding trauma found - went through it again with pt and wife: nothing injected,
heated or pressed on that area before the lumps.
If DVT prophylaxis is needed this admission, heparin to go in the thighs and not
in the abdomen. Loose clothes; no belts.
BMI 34.9.
Plan: sodium thiosulphate 25g at end of each run, cinacalcet 30mg daily,
1.25 calcium dialysate, wound nurse, pain team.
"""),
]}

P12 = {"patient_id": "P12", "age": 50, "sex": "F", "notes": [
("2016-05-17", "CAPD Clinic Note", """
CAPD CLINIC - KWA-LINDANI REGIONAL HOSPITAL    17/05/16

50F, ESKD (lupus nephritis, burnt out) on CAPD since 2013. Not diabetic. No warfarin.
HPT. Obese - weighed 96 kg today (no height on file).
c/o painful hardening of both breasts for about a month.
FHx: elder sister, also on dialysis in another province, had black ulcers at her
insulin sites and died of "calciphylaxis" in 2014. Pt is frightened.
Pt denies injections, burns or knocks to the chest; wears soft cotton bras.
O/E: both breasts, lower outer quadrants - indurated purple plaques with a lacy
pattern, L 5cm, R 4cm. Nipples normal; axillae clear.
Imp: ?calciphylaxis  ?inflammatory breast cancer
Plan: mammo + US breasts, derm referral, Ca/PO4/PTH.
"""),
("2016-06-01", "Dermatology Consult", """
DERMATOLOGY   01 June 2016

Mammogram 24/05: dense vascular calcification both breasts; no mass lesion.
Punch bx of the R breast plaque 26/05: calcified subcutaneous arteriolar walls, thrombi,
necrosis of fat. No malignancy. Dx: calciphylaxis of both breasts.
No trigger at the breasts found; the Tenckhoff exit site is lower L abdomen, skin
there normal.
Labs: phos 2.3, calcium 2.61, PTH 96, alb 30. ANA positive (known SLE), C3 normal.
Counselled re prognosis; sister's history noted.
Plan: STS with PD unit, low-calcium PD bags, stop calcium carbonate, analgesia,
wound nurse if they break down.
"""),
("2016-06-28", "Ward Round Note", """
WARD ROUND  28.6.2016   Renal (Dr Sibiya / Dr Naicker)

Calciphylaxis both breasts.
L breast plaque ulcerated, 3 x 2 cm with eschar; R still intact, indurated, purple.
Receiving STS 25g thrice weekly (PD unit) - 8 doses so far, nausea.
Wt 94 kg. Remains obese.
Phos 1.9, Ca 2.40, PTH 38.
Pain 5/10, sleeping better. PD adequacy ok, exit site clean.
Plan: continue STS, silver dressing L breast, tramadol 50 mg QID, psychologist,
social worker re transport to PD unit, review 2/52.
"""),
]}

P13 = {"patient_id": "P13", "age": 66, "sex": "M", "notes": [
("2019-07-02", "Outpatient Note", """
OPD - KIBORONI COUNTY REFERRAL HOSPITAL   02/07/2019   CO: Wekesa J.

66M, DM2 on Mixtard (injects abdomen), ESRD on HD 2x weekly, HTN.
This morning slipped on wet tiles in the bathroom, twisting the R ankle.
O/E: swelling + bruising over the R lateral malleolus, tender over ATFL; able to take
4 steps. X-ray R ankle: no fracture.
Dx: sprained R ankle, grade I-II, bruised.
Rx: paracetamol 1 g TDS (no NSAIDs - renal), advised rest, elevation and cold
compress 15 min 3x/day, ankle support.
Review if not improving in 1/52.
"""),
("2019-08-05", "Renal Unit Review", """
RENAL UNIT REVIEW   5th Aug 2019   Dr. Njoroge (MO)

66M, HD, DM2 (insulin), BMI 26.8. No warfarin.
c/o a black painful area R calf x 1/52.
The ankle sprain from July has settled; ankle skin normal now, bruise gone.
O/E: R posterior mid-calf, about 15cm above the ankle: eschar 3x3cm, black, with a
violaceous net-like halo; very tender. Skin elsewhere clear. Pulses +.
Labs: phos 2.8, Ca 2.7, iPTH 120.
Imp: ?calciphylaxis
Plan: derm review + bx, stop calcium carbonate, dressings at unit.
"""),
("2019-08-20", "Dermatology Note", """
DERMATOLOGY  20.08.2019

Biopsy R calf (08/08): calcific arteriolopathy in the subcutis with thrombi - calciphylaxis.
The lesion is on the mid-calf, well clear of the ankle; the sprain and bruising were
at the lateral malleolus only. No injection, heat or pressure to the calf.
Insulin continues in the abdomen.
Ulcer 4x4cm, eschar + a little slough, no spreading redness. Night pain 7/10.
Bloods: Ca 2.5, PO4 2.3 after binder change.
BMI 26.3.
Plan: STS via renal unit, wound care, analgesia, review 1/12.
"""),
]}

P14 = {"patient_id": "P14", "age": 57, "sex": "M", "notes": [
("2020-04-14", "Community Health Centre Note", """
MVULENI CHC - Doctor's room   14/04/2020   (Dr L. Sithole, comm serve MO)
Lockdown L5 - pt came in by ambulance from HD.

57M on HD at Umthombo (Mon/Wed/Fri). Not diabetic. Was on warfarin in 2012 for AF,
changed to aspirin 2013.
C/o a sore on the L buttock since March - painful, can't sit properly.
O/E: L buttock - dusky tender plaque 4x3cm, black centre. No fever.
Rx: Inj. tramadol 50mg IMI stat - nurse gave it in the L buttock, UOQ.
Referred back to renal unit with letter.
"""),
("2020-04-22", "Renal Unit Ward Round", """
UMTHOMBO ACADEMIC - RENAL WARD ROUND   22/04/2020

57M HD pt, admitted from unit with L buttock necrotic plaque, worsening since March.
The IMI given at the CHC on 14/04 went into the same buttock, weeks after the sore
had started. Wife confirms no fall or injury before the sore.
O/E: L buttock eschar 6x4cm, retiform purpura around it. Sacrum intact.
Wt 95 kg, BMI 31.0.
Bloods: phos 2.4, Ca 2.62, PTH 160.
Imp: ?calciphylaxis
Plan: derm bx, STS once confirmed, analgesia, no IM injections.
"""),
("2020-05-06", "Dermatology Consult", """
DERMATOLOGY  06 May 2020

Biopsy L buttock 24/04: small arterioles calcified, thrombosed; fat necrotic.
Dx: calciphylaxis.
Seen with the renal registrar.
Ulcer 7x5cm, black eschar, a rim of slough, no cellulitis. Pain 8/10 on sitting,
better lying on the R side. Not diabetic. Warfarin only in 2012-13, now on aspirin.
Off calcium carbonate now: phos 2.2, Ca 2.55.
Pt and wife counselled on what this is and the likely course; both understand.
BMI 30.0 today (weight down).
Plan: STS 25g at end of HD, refer for parathyroidectomy, wound clinic, pressure relief
mattress, analgesia.
"""),
]}

PATIENTS = [P08, P09, P10, P11, P12, P13, P14]
