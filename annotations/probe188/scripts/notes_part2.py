"""probe188 corpus notes, B08-B14 (Australian and New Zealand renal units and the clinics around them; all invented)."""

B08 = {"patient_id": "B08", "age": 69, "sex": "M", "notes": [
("2024-01-30", "GP Referral Letter", """
Mahoe Bay Medical Centre
30 January 2024

Dear Renal Team, Otakaro Hospital,
Re: Graham Tuckey, 69 yrs, NHI ZKT4471

Thanks for seeing Graham promptly. He has a mechanical MVR (2015) and is on warfarin
for it; his cardiologist wants the INR sitting at 2.5-3.5. Over the summer break he was camping at the beach and got chewed by
sandflies around both ankles on Boxing Day; he scratched the bites a fair bit. From about
mid-January the bite marks turned into purple-black, painful patches at both ankles that
are not healing with Fucidin.
Creat 94, eGFR 71. Not diabetic. No known kidney disease.
I wondered about vasculitis or warfarin necrosis. The derm wait is long here, and I read
that your unit runs a calciphylaxis clinic.
Meds: warfarin per INR, metoprolol 47.5 mg, atorvastatin 40 mg.
Nga mihi,
Dr Mere Tautahi, GP
"""),
("2024-02-08", "Renal Physician Clinic", """
RENAL / CALCIPHYLAXIS CLINIC - Otakaro Hospital      08/02/2024
69M referred by GP. Normal kidney function (eGFR 71, uACR 1.2).
Hx as per GP: sandfly bites to both ankles on 26/12/23, scratched; lesions from mid-Jan.
O/E: L medial ankle: 3x2cm eschar inside a purpuric net; R lateral ankle 2x2cm,
similar. Pedal pulses present. No other skin lesions.
Bloods: Ca 2.38, PO4 1.1, PTH 5.2, 25-OH vit D 88, Alb 36, INR 3.1.
BMI 28.7. BP 128/74.
Imp: suspected non-uraemic calciphylaxis (warfarin-associated) at the bite sites; ddx
warfarin necrosis, small-vessel vasculitis.
Plan: derm bx tomorrow; d/w cardiology re anticoagulation - warfarin must stay
(mechanical MVR); vit K2 supplement; ANCA, cryos, APLS screen.
Dr A. Kereama, Nephrologist
"""),
("2024-02-20", "Dermatology Clinic", """
DERMATOLOGY CLINIC      20/02/24
Bx 09/02/24 L medial ankle: subcutaneous vessel walls hold calcium, thrombus in the
lumina, necrotic fat. ANCA, cryoglobulins and APLS screen negative.
Diagnosis: non-uraemic calciphylaxis. The ankle lesions on both sides sit on the healed
sandfly bites - a Koebner pattern after insect bites and scratching.
Warfarin continues on cardiology advice (mechanical valve); INR aim lowered to 2.5-3.0.
Plan: IV sodium thiosulphate 25g x3/wk in the medical day unit; keep eschars
dry; insect repellent and long socks outdoors; review 4/52.
Dr Whetu Pomare, Dermatologist
"""),
]}

B09 = {"patient_id": "B09", "age": 61, "sex": "F", "notes": [
("2021-10-05", "Renal Diabetes Clinic", """
RENAL DIABETES CLINIC      05-Oct-21
61F on HD MWF (diabetic nephropathy, 3 yrs). T2DM on Humalog Mix25 BD, 26/18 units.
HbA1c 7.8%. Some hypos late on dialysis days.
Injection sites: injects R-sided abdomen only; she's right-handed and
finds the L half "awkward". Mild lipohypertrophy R periumbilical.
Told to spread injections over a wider area on the right, away from the lump.
Feet: monofilament reduced both, no ulcers.
Wt 101.5 kg, BMI 38.4.
Plan: reduce evening Mix25 to 16 units on HD days; CGM trial via NDSS; see in 3 months.
Dr Y. Anand, Endocrinology
"""),
("2022-01-18", "Renal Registrar Ward Note", """
RENAL WARD - Reg note      18/01/22
Admitted via ED with abdominal wall pain.
L lateral abdominal wall: painful necrotic plaque, began over the Christmas week as a
bruise-like purple patch, now 6x5cm, centre black, livedoid border.
She continues to inject insulin only on the R side; R abdominal skin unremarkable apart
from soft lipohypertrophy.
Obs: T 37.0, BP 160/84, HR 92, SpO2 96% RA.
Bloods: corr Ca 2.63, PO4 2.7, PTH 88, Alb 28, CRP 35.
Imp: calciphylaxis, L abdomen - clinical diagnosis; bx to confirm histology.
Plan: derm bx; STS 25 g post-HD; Ca carbonate -> lanthanum; pain team.
Dr E. Marangoni, Renal Reg
"""),
("2022-01-27", "Dermatology Consult", """
DERMATOLOGY CONSULT      27 Jan 2022
Bx L lateral abdomen 19/01/22: calcified vessels + thrombosis + fat necrosis:
calciphylaxis.
Distribution: one plaque, L abdomen only. Insulin is given solely into the
R abdomen; that skin shows lipohypertrophy only, no livedo, no
induration. The lesion is therefore not at her injection sites.
Wound 6.5x5cm, dry eschar, mild exudate at the rim.
Plan: Acticoat Flex 3 + foam; no debridement yet; continue STS; review in 3/52.
Pain: oxycodone 2.5 mg before dressings; she says the Acticoat stings for about an hour.
D/W Dr Marangoni - renal will aim to keep her phosphate under 1.8.
BMI 37.9.
Dr Saoirse Keane, Dermatology
"""),
]}

B10 = {"patient_id": "B10", "age": 57, "sex": "M", "notes": [
("2022-02-14", "PD Unit Telephone Note", """
PD UNIT - PHONE CALL      14/02/22  10:40
Pt rang the PD line. Sore red-purple patch on his R inner thigh, first noticed on Waitangi
Day, getting more painful; now hard to sleep. No fever. PD exchanges OK, bags clear, no
abdo pain, exit site fine.
Has had no injury there that he knows of.
Advised: attend Thursday renal clinic; paracetamol 1 g up to QID meanwhile; call back or
present to ED should it spread quickly, goes black or he becomes unwell.
Message left for Dr Ngata.
P. Hohaia RN, PD nurse
"""),
("2022-02-17", "Renal Clinic", """
RENAL CLINIC - Dr R. Ngata      17/02/2022
57M, CAPD (4 bags x 2L) for IgA nephropathy, ESRD since 2019.
O/E: R medial thigh, 5x4cm violaceous indurated plaque, necrotic dusky centre,
retiform edge, very tender. L thigh normal. Exit site clean.
Bloods: Ca 2.70, PO4 2.3, PTH 110, Alb 30.
Meds: warfarin (AF), INR 2.6, calcium carbonate, calcitriol, ramipril.
Not diabetic. Wt 93.1kg ht 1.765m, BMI 29.9 (overweight).
Imp: calciphylaxis likely.
Plan: 1. punch bx via derm 2. stop warfarin; apixaban 2.5mg bd instead, first dose tonight
3. cease Ca carb + calcitriol; sevelamer instead 4. discuss STS.
"""),
("2022-03-03", "Dermatology Clinic", """
DERMATOLOGY      3 March 2022
Punch bx R medial thigh 21/02/22: calcified, thrombosed small vessels within
subcut fat - calciphylaxis confirmed.
Plaque 6x4cm, eschar 2cm. Pain 7/10 despite tramadol.
Plan: IV STS 25g thrice weekly via the day ward; no debridement at this stage; simple foam dressing;
off-load with a pillow between the knees at night; review in one month.
Obs today: BP 128/78, HR 72, afebrile. Diagnosis explained with his wife present and a
written leaflet given. Apixaban continues; no warfarin now.
Dr Ana Folau, Dermatology
"""),
("2022-03-24", "PD Clinic Review", """
PD CLINIC      24/03/22
Calciphylaxis R medial thigh: slowly settling, eschar 1.5 cm, pain 4/10.
New: their cat scratched the R inner thigh on 20/3/22 jumping onto the couch - two linear
scratches about 3 cm from the known plaque. The plaque had been there for about six weeks
before this. Scratches clean, no cellulitis; simple dressing.
PD: UF 700-900mL daily, Kt/V 1.8; peritonitis-free.
Apixaban continues; warfarin stopped in Feb.
BMI 29.9. BP 132/80.
Plan: continue STS; keep the cat off his lap for now; review 4/52.
Dr R. Ngata
"""),
]}

B11 = {"patient_id": "B11", "age": 66, "sex": "F", "notes": [
("2020-08-03", "Renal Ward Admission", """
RENAL ADMISSION      03/08/20
66F on HD TTS via L RCF (diabetic nephropathy).
PC: painful wound L buttock, started ~4 weeks ago as a purple patch.
O/E: L buttock: 10x7cm black eschar, retiform purpura extending 3 cm beyond;
exquisitely tender, no fluctuance. R buttock and sacrum intact.
T2DM on linagliptin (Trajenta) 5 mg; not on insulin. BMI 44.2 - morbid obesity.
ESA: Aranesp 60 mcg weekly SC into the upper arms by the HD nurses.
Bloods: Ca 2.57, PO4 2.4, PTH 102, Alb 27, CRP 61, WCC 11.2.
Imp: calciphylaxis vs unstageable pressure injury.
Plan: plastics r/v re debridement + biopsy; air mattress; 2-hourly repositioning;
STS after derm/histology.
Dr G. Ahmadzai, Renal Reg
"""),
("2020-08-07", "Plastic Surgery Operation Note", """
OPERATION NOTE - Plastic Surgery      07/08/2020
Procedure: surgical debridement L buttock wound + incisional biopsy of the margin.
Anaesthetic: GA.
Findings: 11x8cm of dry black eschar over necrotic fat, no pus, no tracking,
bleeding edges reached at the periphery only.
Debrided to bleeding tissue where possible. Wedge biopsy of the superior margin sent for
histology (? calciphylaxis).
NPWT (VAC) applied at -125 mmHg continuous with Hypafix tape seal.
EBL 150 ml.
Post-op: VAC changes 3 times a week, first on Monday; await histology; analgesia per APS.
Mr D. Fonoti, Plastic Surgery Registrar
"""),
("2020-08-20", "Wound CNC Note", """
WOUND CNC      20/08/20
L buttock wound after debridement on 7/8; histology confirms calciphylaxis (arteriolar
calcification, thrombi).
VAC change today: wound 11.5x8cm, granulating 40%, slough 60%, serous exudate mod,
purple edges. Periwound skin macerated under the tape at the lower border - changed
to Cavilon + a silicone drape.
Upper arms (Aranesp sites): skin intact, no induration or livedo.
Pressure care: air mattress, turning 2-hourly, off-loading the L side.
Wt 122.5 kg, BMI 43.8.
Plan: continue NPWT; VAC change Mon/Wed/Fri; re-measure weekly.
C. Whitford, Wound CNC
"""),
]}

B12 = {"patient_id": "B12", "age": 73, "sex": "M", "notes": [
("2019-07-09", "Haemodialysis Unit Nursing Note", """
HD UNIT - RN NOTE      09/07/19
73M, HD MWF 4 h via R BCF. BP 164/78 pre, 138/70 post; 2.4L off. Uneventful.
Back pain: he cuddles a hot water bottle in bed, tucked against his R loin,
nightly since the June cold snap. Faint brown-red mottling over the R loin at the back - looks
like toasted skin. No broken skin, no ulcer.
Explained risks of heat on the skin; suggested a cover and shorter use.
Background: T2DM - Lantus ceased 2018 after recurrent hypos on HD, now on no diabetes
meds; HTN; obesity. No anticoagulants.
Wt 97.3kg BMI 31.5.
B. Kowalczyk RN
"""),
("2019-08-02", "Renal Registrar Review", """
RENAL REG REVIEW      02/08/2019
Asked to see re painful lump at front of R lower abdomen.
Hx: onset 2 wks ago, now 9/10, worse when he rolls over in bed.
O/E: R iliac fossa, anterior abdominal wall: 5x4cm plaque, indurated, black eschar
centrally, netted purpuric edge. R loin (posterior) shows only reticulate brown
pigmentation where the hot water bottle sits - no plaque or ulcer there.
Bloods: Ca 2.60, PO4 2.5, PTH 93, Alb 31.
Meds: no insulin, no oral hypoglycaemics (diet only since 2018).
Imp: calciphylaxis R lower abdomen - clinical.
Plan: derm bx; STS; binder change; analgesia.
Dr M. Oyelaran, Renal Reg
"""),
("2019-08-15", "Dermatology Consult", """
DERMATOLOGY CONSULT      15 Aug 2019
Bx R lower abdomen 05/08/19: calciphylaxis - arteriolar calcification, thrombi,
necrotic fat.
The plaque is on the anterior abdominal wall, well forward of the R loin skin exposed to
the hot water bottle; that posterior skin shows erythema ab igne only. I do not think the
heat explains the site.
Plan: STS 25g after HD; alginate + foam; stop the hot water bottle anyway; review 4/52.
BMI 31.2.
Pain 6/10, settling on tapentadol SR 50 mg bd. Renal to carry on with cinacalcet.
Dr Priya Raghunathan, Dermatology
"""),
]}

B13 = {"patient_id": "B13", "age": 80, "sex": "F", "notes": [
("2025-03-11", "Renal Registrar Review", """
RENAL REG REVIEW - Dialysis Unit      11/3/25
80F, HD TTS 3.5 h via L BCF (ESRD - renovascular disease). AF on warfarin.
c/o sore ulcers, both calves, since early March.
Denies any knock, fall or scratch to the legs; no heat packs or ice used on them; no jabs
of any kind into the legs; no new footwear or hosiery.
O/E: necrotic ulcers on the back of each calf (R 3x2cm, L 4x3cm), black eschars,
livedo racemosa surrounding. Pedal pulses weak but present.
Bloods: Ca 2.54, PO4 2.2, PTH 84, Alb 30, INR 2.7.
Wt 60.5 kg, ht 1.588 m, BMI 24.0. Not diabetic.
Imp: calciphylaxis likely.
Plan: derm bx; d/w consultant re warfarin; wound CNC.
Dr V. Hollis, Renal Reg
"""),
("2025-03-20", "Dermatology Consult", """
DERMATOLOGY CONSULT      20 March 2025
Bx R calf 12/03/25: calcification of small subcutaneous arterioles, thrombi - calciphylaxis
confirmed.
Advice:
- avoid hot water bottles, heat packs and electric blankets on the legs
- no compression bandaging for now
- if new ulcers develop higher on the legs, please re-refer
- warfarin: strongly suggest a change to apixaban
STS 25g on each dialysis day; moist wound healing; analgesia per palliative
care if needed.
Both calf ulcers unchanged in size today.
Dr Lachlan Moorcroft, Dermatology
"""),
("2025-04-02", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULT      02/04/2025
Referred: bilateral posterior calf calciphylaxis ulcers.
Duplex: calcified but patent tibial vessels, monophasic at the ankles; ABPI unreliable
(incompressible); TBI 0.5 both sides.
Plan: no revascularisation target. May need debridement under GA next month if the eschars
lift and the wounds get wet; enoxaparin would be given peri-operatively if that goes ahead.
Renal have already changed warfarin over to apixaban.
BMI 24.0.
Feet: toes and heels intact; capillary refill sluggish. Discussed with her and her son, who
understand any surgery would be for comfort and wound control only.
Mr K. Aziz, Vascular Surgeon
"""),
]}

B14 = {"patient_id": "B14", "age": 59, "sex": "M", "notes": [
("2018-11-06", "PD Clinic Review", """
PD CLINIC      06/11/18
59M on APD (diabetic nephropathy). T2DM on NovoRapid 8-10 u TDS + Lantus 24 u, injected
into the abdomen.
c/o hard, painful purple patches on the inner aspect of each thigh, 3 weeks.
Also: skin tear R forearm 30/10/18 - snagged on the door of his ute, steri-stripped by his GP.
O/E: medial L thigh 6x4cm, medial R thigh 5x3cm, violaceous indurated plaques with
livedo, no ulceration yet. R forearm: 4 cm healing flap skin tear, clean. Abdomen: small
injection bruises, no plaques.
Bloods: Ca 2.59, PO4 2.4, PTH 97.
BMI 35.6.
Imp: ?calciphylaxis both thighs.
Plan: urgent derm bx.
Dr J. Whaanga, Renal AT
"""),
("2018-11-14", "Dermatology Consult", """
DERMATOLOGY CONSULT      14 Nov 2018
Bx L medial thigh 07/11/18: calciphylaxis (calcified vessels, thrombosis, fat necrosis).
Other skin: R forearm - a simple healing flap skin tear from the ute door, not
calciphylaxis. Abdominal injection sites - small bruises only, no induration or livedo.
Thighs: he can think of no knock, heat or pressure there.
Plan: IV STS 3x/wk in the day unit (cannot be given with his overnight APD); tighter
phosphate control; review 4/52.
Bloods today: PO4 2.1, PTH 90 pmol/L. Photographs taken with consent.
Dr Keren Silberstein, Dermatology
"""),
("2018-12-04", "Wound CNC Note", """
WOUND CNC      04/12/18
Inner thigh calciphylaxis: L plaque now has a 2 x 1 cm eschar, R plaque unchanged with no
breakdown. Dressings: foam to L, none needed on R. Loose cotton shorts advised.
R forearm skin tear: healed, steri-strips off.
Pain 5/10, better at night with gabapentin 100 mg nocte.
Insulin continues (abdomen).
Wt 108.9 kg, BMI 35.2.
Plan: weekly review with the PD nurses; photos uploaded to the EMR.
His wife does the foam dressing on non-visit days and has been shown how.
N. Tupou, Wound CNC
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
