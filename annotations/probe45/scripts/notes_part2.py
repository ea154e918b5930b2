"""probe45 corpus notes, F08-F14 (scanned / faxed outside records with OCR noise; all invented)."""

F08 = {"patient_id": "F08", "age": 55, "sex": "F", "notes": [
("2023-04-24", "Occupational Health / Primary Care Fax", """
****  GREYSTONE FAMILY MEDICINE  ****  FAX  04/24/23  10:58  ****  P 1/2  ****
PT Sharonda Pike  55F   bus dispatcher
HPI: During the first days of March her employer issued new uniform trousers, one size too
small, and she has worn them 10-hour shifts since, with the waistband cutting in on the
L side where her radio clips on. Over Easter weekend -- she is clear it was Easter Sunday
-- she noticed a tender purple welt along the L flank, right on the belt line. It is now a
black, hard, very painful area about as big as a playing card.
PMH: ESRD, HD at Northgate Dialysis MWF x 4 yrs. Mechanical mitral valve -> warfarin,
INR range aimed 2.5-3.5. Not diabetic (A1c 5.4). Morbid obesity, BMI 41.
****  GREYSTONE FAMILY MEDICINE  ****  FAX  04/24/23  10:58  ****  P 2/2  ****
Exam: L flank at waistband level: 9 x 4 cm band-like indurated violaceous plaque, 2 areas
of black eschar, lacy purpura at edges. R flank: red groove from waistband, skin intact.
Assessment: concern for calciphylaxis (ESRD + warfarin + obesity), pressure-site.
Plan: loose clothing, work note, derm urgent, renal informed.
"""),
("2023-05-03", "Dermatology Consult (scanned)", """
BAYLINE DERMATOLOGY      Visit date: 03/05/2023      ** scanned - verify against original **
Ms Pike is here with a painful left flank plaque. Onset 9 April 2023 (Easter Sunday)
under the waistband of new work trousers she began wearing in early March.
Bx (left flank, 4 mm x 2): extensive calcification of subcutaneous arterioles with
thrombosis and lobular panniculitis; fits calciphylaxis.
Impression: calciphylaxis, localized, at a chronic waistband pressure point, in the setting
of ESRD on HD and long-term warfarin.
Recs: discuss warfarin with cardiology (mech valve - may have to continue); STS via HD;
elastic-waist clothing only.
BAYLINE DERMATOLOGY      page 1 of 1
"""),
]}

F09 = {"patient_id": "F09", "age": 74, "sex": "M", "notes": [
("2020-02-17", "Nephrology Clinic Note (faxed)", """
RIDGELINE NEPHROLOGY PC -- FAX -- 02/17/2020 -- PAGE 1 OF 1
74 M. Renal: ESRD, in-centre haemodialysis Tu/Th/Sa since 2016. DM2 on metformin (stopped) then linagliptin; never on
insu1in. DVT L popliteal Dec 2019 -> enoxaparin SC daily, which his wife gives into the R
thigh every morning, since 12/20/19.
New problem: exquisitely painful mottled patch on the L anterior thigh first noted
02/01/2020, now with black center.
Exam: L ant thigh 5cm retiform purpuric plaque, 1.5cm eschar. R thigh: several
small bruises from the shots, otherwise no induration or necrosis.
BMI 28.3.
A/P: r/o calciphylaxis -> derm bx. Continue enoxaparin for now (R thigh only).
RIDGELINE NEPHROLOGY PC -- FAX -- 02/17/2020 -- PAGE 1 OF 1
"""),
("2020-02-26", "Dermatopathology Report (scanned)", """
DERMATOPATHOLOGY REPORT             Accession DP20-00871
SPECIMEN: skin, left anterior thigh, incisional
MICROSCOPIC: subcutis with circumferential calcification of small arterioles, fibrin
thrombi, and neighbouring fat necrosis. Von Kossa confirms the calcium.
DIAGNOSIS: CALCIPHYLAXIS.
DERMATOPATHOLOGY REPORT             Accession DP20-00871          p1/1
"""),
("2020-03-09", "Dermatology Follow-up", """
Derm f/u. Bx-proven calciphylaxis L thigh. Of note he has never had injections on the
left -- his wife has always used the right thigh for the Lovenox, where the skin is
entirely normal apart from old pinpoint bruising. No trauma to the L thigh he can recall.
Lesion 6 cm now. STS started. Switched enoxaparin -> apixaban today by hematology.
"""),
]}

F10 = {"patient_id": "F10", "age": 66, "sex": "F", "notes": [
("2020-10-14", "Orthopaedic Clinic Letter (fax)", """
FAX FROM FERNHILL ORTHOPAEDICS -- 14.10.2020 -- pg 1/1
Dear Dr Mbeki
Mrs Lorna Stavros, 66, with bilateral knee OA. She uses gel ice packs on both knees twice
daily since about August. On CCPD for ESRD, DM2 on insulin (injects into the abdomen),
BMI 35. Knee skin itself is intact; no erythema over the patellae.
However she showed me two exquisitely tender black-crusted ulcers on the calves,
mid-posterior R and L, which appeared over the past fortnight. These are well away from
where the ice packs sit. I have asked her GP to arrange a dermatology opinion.
Yours, Mr A. Quartey, FRCS (Orth)
"""),
("2020-10-22", "Dermatology Consult", """
Dermatology consult, 22/10/2020. 66F on peritoneal dialysis.
Lesions: R posterior calf 3.5x3cm and L posterior calf 4x3cm necrotic ulcers with
retiform purpura, onset ~ 08/10/2020 (per pt "two weeks before I saw the knee doctor").
Knees: normal skin. Ice used on the knees only, never on the calves. No injections to legs.
Biopsy L calf: calcified small vessels with thrombi, septal and lobular panniculitis =
calciphylaxis.
Plan: wound care + STS; PD prescription to be optimised by nephrology.
"""),
("2020-11-19", "PD Clinic Note (OCR)", """
PD CLINIC   19/11/2020   scan 1 of 1   -   legibility: fair
Stavros L. CCPD, Kt/V 1.8. calciphy1axis both calves, healing slowly.
Insu1in glargine 18 u + sliding scale. Weight 92 kg, BMI 35.4. No warfarin.
PD CLINIC   19/11/2020   scan 1 of 1   -   legibility: fair
"""),
]}

F11 = {"patient_id": "F11", "age": 72, "sex": "M", "notes": [
("2021-03-24", "Emergency Department Note (faxed)", """
ED NOTE - SOUTHPORT MEMORIAL - 03/24/21 - PAGE 1 OF 2
72M on HD presents after a mechanical fall last week: slipped in the bathroom on
03/17/21 and landed on his right hip. Denies head strike.
Per patient and wife, a painful dark purple patch on the outer right hip had ALREADY been
there since about 03/02/21, and the fall landed right on it; it is worse since.
Before that patch appeared he had no fall, no bump, no shots and no heat there.
PMH: ESRD on HD, HTN, old DVT on warfarin 2015-2018 (stopped). No diabetes. BMI 26.
ED NOTE - SOUTHPORT MEMORIAL - 03/24/21 - PAGE 2 OF 2
Exam: R lateral hip 7x5cm violaceous plaque, central eschar; new bruising and
abrasion over its inferior edge. XR hip: no fracture.
Dx: contusion R hip; underlying necrotic plaque - ? calciphylaxis. Refer derm.
"""),
("2021-04-01", "Dermatology Note", """
DERMATOLOGY  1 Apr 2021
R lateral hip plaque present since early March (approx 2 March), i.e. two weeks BEFORE his
fall in the bathroom. Biopsy (28/03/2021): arteriolar calcium in the subcutis, thrombosed lumina,
necrotic fat. Dx: calciphylaxis.
The fall aggravated the lesion but did not start it.
Warfarin: past, stopped 2018. Not diabetic.
"""),
("2021-04-20", "HD Nursing Note", """
HD chair note 4/20/21: STS #9 given. R hip wound dressed, bruising from fall resolving.
Uses walker now. post wt 77.5 kg.
"""),
]}

F12 = {"patient_id": "F12", "age": 61, "sex": "F", "notes": [
("2022-08-08", "Primary Care Note (scanned)", """
LAKEVIEW COMMUNITY HEALTH  >>  scanned 08/08/2022  >>  pg 1
61 yr old woman; ESRD - HD M/W/F; diabetic (type 2), insulin into abd; HTN. BMI 32.5.
Complains of a painful sore, left calf posterior aspect, x 2 wks. No knock, fall, scratch, heat
or injection there that she can recall -- "it just came up".
Exam: L posterior calf 2.5 cm ulcer, black base, violaceous net-like margin.
Plan: derm referral ? calciphylaxis. Dressings by home nursing.
LAKEVIEW COMMUNITY HEALTH  >>  scanned 08/08/2022  >>  pg 1
"""),
("2022-08-16", "Dermatology Procedure Note", """
Procedure: punch biopsy x2, left posterior calf, edge of ulcer. Lidocaine 1% plain.
Hemostasis with pressure, Steri-strips + tape. Pt tolerated well.
Clinical: calciphylaxis vs. vasculitis.
"""),
("2022-08-25", "Dermatology Results Visit", """
Bx L calf: calcium deposited within the media of subcutaneous small vessels; microthrombi;
necrotic fat -- calciphylaxis confirmed.
Ulcer now 3.5 cm; tape blistering around it from the dressings. Plan sharp debridement of
the eschar next week at wound clinic, STS with HD.
Warfarin - none. Insulin continues.
"""),
("2022-09-01", "Wound Clinic (fax)", """
>>> WOUND CARE CENTER -- FAX -- 09/01/22 -- PG 1/1 <<<
Conservative sharp debridement of L posterior calf calciphylaxis ulcer (onset late July
2022), removed 60% eschar. Silicone border dressing, NO adhesive tape.
BMI today 32.1.
>>> WOUND CARE CENTER -- FAX -- 09/01/22 -- PG 1/1 <<<
"""),
]}

F13 = {"patient_id": "F13", "age": 57, "sex": "M", "notes": [
("2023-09-12", "Inpatient H&P (faxed excerpt)", """
ADMISSION H&P -- ST. BRENDAN'S -- 09/12/23 -- FAXED EXCERPT PAGE 3 OF 7
57M with end-stage kidney disease (HD), DM2 needing insulin. BMI 44.3 (class III obesity).
Pannus: several painful stellate black plaques lower abdomen, inferior pannus fold,
bilateral, started ~ 3 wks ago.
No injections ever go into the belly, he says -- insulin pen always goes into the thighs, and
the thighs are clear. Says no to heat pads, no hot-water bottle, no tight belt, no scratching, or
any injury to the abdomen.
ADMISSION H&P -- ST. BRENDAN'S -- 09/12/23 -- FAXED EXCERPT PAGE 4 OF 7
Assessment: calciphylaxis, clinically likely, bx tomorrow.
DVT prophylaxis: will start SC heparin -- into the arms only - NOT abdomen.
"""),
("2023-09-14", "Dermatology Inpatient Consult", """
Derm inpt consult. Bx lower abdominal pannus 9/13: calcium in vessel walls, thrombi,
necrotic fat. DX: CALCIPHYLAXIS.
Counselled: avoid heat or ice to the belly, avoid tight belts, insulin stays out of the
abdomen. Pt agrees.
No warfarin, never. Wt 151 kg.
"""),
("2023-10-03", "Outpatient Nephrology (scanned)", """
NEPHROLOGY OUTPATIENT  03/10/2023  ---- scanned copy, OCR ----
pannus lesions unchanged, no new ones. on STS.
Insu1in in thighs as before. BMI 43.9.
NEPHROLOGY OUTPATIENT  03/10/2023  ---- scanned copy, OCR ----
"""),
]}

F14 = {"patient_id": "F14", "age": 80, "sex": "F", "notes": [
("2024-11-05", "Nursing Facility Transfer Sheet (fax)", """
INTER-FACILITY TRANSFER FORM   PAGE 1 OF 2   ASHGROVE NURSING & REHAB   FAX 555-6612
RESIDENT: MARIANNE HOLT   80F   DX: ESRD (HD 3X/WK); ATRIAL FIB - WARFARIN; DEMENTIA
SKIN:
 1. SACRUM - STAGE 2 PRESSURE INJURY, FROM PROLONGED SITTING IN WHEELCHAIR, 2 CM, PINK BASE
 2. R FOREARM - SKIN TEAR FROM WHEELCHAIR ARMREST 10/28/24, STERI-STRIPPED
 3. BOTH BREASTS - NEW PAINFUL DARK PURPLE HARD AREAS, FIRST NOTED 10/30/24
INTER-FACILITY TRANSFER FORM   PAGE 2 OF 2   ASHGROVE NURSING & REHAB   FAX 555-6612
NO DIABETES.  WT 79 KG  BMI 30.4
"""),
("2024-11-08", "Dermatology Consult (hospital)", """
Dermatology consult
80F HD pt on warfarin. Bilateral breasts: large indurated violaceous plaques, retiform
purpura rimming them, early eschar on the R, firm and painful. No trauma to the breasts; bra fits
loosely. Punch bx R breast: calcium in small vessels + thrombi + necrotic fat => calciphylaxis.
Separate issues (NOT calciphylaxis): sacral stage 2 pressure ulcer -- clean, blanching
edges, typical; R forearm skin tear -- healing.
Rec: stop warfarin if cardiology agrees; STS; offload sacrum.
"""),
("2024-11-20", "Nephrology Note (scanned)", """
RENAL  20.11.2024   -  scan -
Warfarin changed to apixaban. Calciphylaxis breasts - stable pain, eschar R breast.
Sacral pressure area healed. Forearm tear healed. BMI 30.1.
RENAL  20.11.2024   -  scan -
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
