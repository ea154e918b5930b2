"""probe45 corpus notes, F01-F07 (scanned / faxed outside records with OCR noise; all invented)."""

F01 = {"patient_id": "F01", "age": 71, "sex": "F", "notes": [
("2019-03-04", "Outside Records - Nephrology (fax)", """
>>FAX RCVD 03/04/19 09:12  FROM: TALLGRASS KIDNEY GROUP  (402)555-0187   P.1/2
TALLGRASS KIDNEY GROUP -- PROGRESS NOTE
PT: WREN, BEATRICE A     DOB: **/**/1947     MRN 00-44-1982
Seen in chair #7 at Cedar Bend dia1ysis. 71F w/ ESRD (cause: DM nephropathy), HD in-centre
TTS, access L BC fistula. Diabetic, type 2, on insu1in (glargine 30u qhs + lispro w/ meals),
she does all her own shots and says she has put them "always in the same soft spot, lower
belly, left of the button" since Nov 2017 because it hurts less there.
CC: very painful dark area LLQ, noticed it on Valentine's day (02/14/19). Started as a hard
red-purple knot, now with a black center ~2 cm and a lacy violaceous border.
Exam: L lower quadrant abd -- 6x4cm indurated plaque, central eschar, exquisitely
tender, no drainage. R abd clear. Pannus moderate.
Phos 7.9, Ca 9.6, PTH 812.
A/P: strong suspicion for ca1ciphylaxis at her insulin site. Urgent derrn referral
faxed. Stop injecting L abd. Increase HD time, review binder.
>>FAX RCVD 03/04/19 09:12  FROM: TALLGRASS KIDNEY GROUP  (402)555-0187   P.2/2
Wt 91.0 kg  BMI 34.2       signed electronically  K. Oyelaran MD
"""),
("2019-03-11", "Dermatology Consult (scanned)", """
NORTHFORK DERMATOLOGY ASSOC.  ** SCANNED DOCUMENT - QUALITY MAY VARY **
Patient: Wren, Beatrice   Visit: 11/03/2019   Referring: Dr Oyelaran
HPI: painfu1 necrotic plaque left lower abdomen since 14/02/2019, at the site she has
used for insulin injections for well over a year. ESRD on hemo-
dialysis three times weekly. No warfarin ever.
EXAM: LLQ: stellate black eschar 2.5cm inside a firm violaceous plaque and a rim of
retiforrn purpura. No other lesions on thighs, breasts or buttocks.
PATH (punch, 4mm, plaque edge, done 05/03/2019): calcification of smal1 subcutaneous
vessels and fat lobules with thrombi, von Kossa +.
DX: CALCIPHYLAXIS, biopsy proven, arising exactly at her left abdominal insulin injection
zone.
PLAN: STS with HD per renal; wound care; rotate insulin to upper arms only.
NORTHFORK DERMATOLOGY ASSOC.  ** SCANNED DOCUMENT - QUALITY MAY VARY **  pg 1 of 1
"""),
("2019-04-02", "Wound Clinic Note (fax)", """
--- PAGE 1 --- ST. ODILE OUTPATIENT WOUND CENTER --- fax 555 0119 ---
WOUND #1 LOCATION: ABDOMEN, LEFT LOWER QUADRANT
ETIOLOGY: CALCIPHYLAXIS (BX PROVEN MARCH 2019)
SIZE: 5.8 x 3.9 x 0.3 cm   BASE: ESCHAR 60% / SLOUGH 40%   DRAINAGE: SCANT SEROUS
PAIN: 8/10
Comments: pt tolerating sodium thio-
sulfate at dialysis. Insulin now only into upper arms, per husband she has "not touched
the belly since March". Weight down, BMI 33.8 today.
--- PAGE 1 --- ST. ODILE OUTPATIENT WOUND CENTER --- fax 555 0119 ---
"""),
]}

F02 = {"patient_id": "F02", "age": 77, "sex": "M", "notes": [
("2020-07-20", "Referral Letter - General Practitioner (scanned)", """
Medical Practice Dr. H. Vasilescu  -  Str. Linden 4  -  Tel 555 2210
                                   Date: 20/07/2020
Dear colleague,
I am sending you Mr. Teodor Baciu, 77 years, for evaluation of one very painful wound
on the left knee. The patient is doing peritoneal dia1ysis at home since two years for
the end stage kidney disease (polycystic). Diabetes he does not have. For the
atrial fibrillation he is on warfarin, INR is between 2 and 3.
Patient is telling that since the beginning of June he is putting ice packs on the left
knee every evening, for the arthrosis pain, sometimes one hour and more, directly on the skin.
3 weeks ago he observed a violet spot on the left knee, in front, which became hard and
now in its middle there is one black crust, about 3 cm. Around it the skin is like a net, purple.
I am suspecting one calcific uraemic arterio1opathy but I am not sure, please to see him.
Weight 79 kg, height 171 cm, BMI 27.1.
With respect,  Dr. H. Vasilescu
Medical Practice Dr. H. Vasilescu  -  Str. Linden 4  -  Tel 555 2210        page 1/1
"""),
("2020-07-28", "Dermatology Clinic Letter (fax)", """
FAX  28-JUL-2020 14:02   DEPT OF DERMATOLOGY, RIVERMOUTH GENERAL   PAGE 01
Re: BACIU, Teodor   77M
Seen today. ESRD on CAPD. Warfarin (AF). Brought the ice pack with him in a cool bag.
Left anterior knee: 3.4x2.8cm necrotic eschar with livedoid, retiform violaceous
border; very tender. Right knee normal.
Deep incisional biopsy from the edge taken 22/07: medial calcification of small arterioles,
intimal hyperplasia, fat necrosis. Findings are diagnostic of calcific uraemic arteriolopathy
(calciphylaxis).
Comment: lesion sits precisely on the patch that has been iced nightly for some weeks; cold
injury and vasoconstriction likely precipitated it.
Advice: no more ice; discuss warfarin -> alternative with cardiology.
FAX  28-JUL-2020 14:02   DEPT OF DERMATOLOGY, RIVERMOUTH GENERAL   PAGE 01
"""),
("2020-08-10", "Home PD Nursing Visit", """
HOME PD VISIT - nurse A. Lindqvist
Exchanges done properly, effluent clear, exit site healthy, no tunnel tenderness.
L knee dressing changed, eschar dry and adherent. pain better w/ gabapentin 100.
Warfarin stopped 04/08/20 by cardiology, now on apixaban. Ice pack confiscated by his wife (!).
wt 78.2 kg.
"""),
]}

F03 = {"patient_id": "F03", "age": 64, "sex": "F", "notes": [
("2021-10-05", "Vascular Surgery Consult (faxed)", """
PAGE 1 OF 2 ******** HARBORVIEW VEIN & ARTERY CLINIC ******** FAX 555-7740
PATIENT: OKONKWO-REID, PAMELA   AGE 64   DATE OF SERVICE: 10/05/21
REASON: BILATERAL LOWER LEG ULCERS
HISTORY: ESRD ON HEMODIALYSIS MWF. TYPE 2 DIABETES, DIET CONTROLLED, NO INSULIN.
OBESE, BMI 31. AFTER A VENOUS DUPLEX IN JULY SHE WAS MEASURED FOR CLASS II (20-30) THIGH-HIGH
COMPRESSI0N STOCKINGS, STARTED WEARING THEM 01/08/2021 ALL DAY, VERY TIGHT AT THE CALF.
IN SEPTEMBER 2021 SHE DEVELOPED PAINFUL PURPLE MOTTLING UNDER THE STOCKINGS ON BOTH
CALVES THAT TURNED INTO BLACK SCABS.
EXAM: R POSTERIOR CALF 4X3CM ESCHAR; L MEDIAL CALF TWO 2 CM NECROTIC ULCERS WITH
RETIFORM PURPURA. PULSES: DP/PT DOPPLERABLE BILAT, ABI NON-COMPRESSIBLE.
PAGE 2 OF 2 ******** HARBORVIEW VEIN & ARTERY CLINIC ******** FAX 555-7740
IMPRESSION: NOT TYPICAL VENOUS ULCERS. NEED TO RULE OUT CALCIPHYLAXIS.
PLAN: STOP COMPRESSI0N. DERM FOR BIOPSY. NO DEBRIDEMENT YET.
DICTATED NOT READ  /  J. PAKULSKI MD
"""),
("2021-10-19", "Dermatology Note (OCR)", """
Dermato1ogy - Lakeshore Skin Institute                     scan date 19/10/2021
Mrs Okonkwo-Reid returns for biopsy resu1ts.
Path: calcium deposits within walls of dermal and subcutaneous arterio1es, microthrombi,
septal panniculitis. Diagnosis: calciphy-
laxis.
Distribution is striking - both calves, in the band the compression stockings squeezed
hardest; she wore them daily from the start of August until early October, and the first
mottling came in Sept.
Meds: sevelamer, cinacalcet, no anticoagu1ants, never on warfarin.
Plan: wound care, STS 25g at every HD, pain service.
Lakeshore Skin Institute  *  this document was scanned and may contain OCR errors  *  1/1
"""),
("2021-11-02", "Hemodialysis Unit Note", """
HD RN NOTE  11/02/21  chair 14
pt tolerated STS infusion, BP 148/80 pre. Both calf wounds covered, dressing dry.
Reports stockings are "in the bin". Wt 84.6 kg (EDW 84). BMI 31.2 per scale. Glucose 162,
diet only. No new lesions.
"""),
]}

F04 = {"patient_id": "F04", "age": 58, "sex": "M", "notes": [
("2022-12-02", "General Surgery Post-op Visit (fax)", """
=== WESTBROOK SURGICAL PARTNERS === FAX TO: Dr. M. Greenhalgh === 12/02/22 === PG 1 ===
Pt: Delacroix, Raymond  58 M
POD#29 after open mesh herniorrhaphy, R inguinal, on 11/03/22 (Dr Asante).
Incision healed well at 2 wk check. Pt says on the day after Thanksgiving the scar
started to burn, turned dusky purple and hard, and now there is a black area over
the outer half of the wound line.
PMH: ESRD on HD (MWF, R IJ tunneled cath then L AVF), T2DM on insulin -- injects in the
upper arms only. No warfarin. BMI 29.4 (overweight).
Exam: R groin incision - 5 cm linear violaceous indurated plaque along the scar with
2 x 1 cm central eschar; surrounding skin with net-like purpura. Mesh not palpable,
no fluctuance, afebrile. WBC 7.1.
Imp: wound necrosis of the R groin incision, ? infection vs ? calciphylaxis in ESRD pt.
Plan: derm urgent; no surgical debridement until biopsy back.
=== WESTBROOK SURGICAL PARTNERS === FAX TO: Dr. M. Greenhalgh === 12/02/22 === PG 1 ===
"""),
("2022-12-09", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION - Eastgate University Hospital
Mr Delacroix, 58. Referred by surgery re: necrosis at his right groin hernia scar.
Timeline per patient: operation Thursday Nov 3rd; scar looked normal through mid Nov;
pain and color change started Fri 11/25/22.
Exam: R inguinal incision with violaceous, woody induration 6 x 2 cm and 2.4 cm eschar,
retiform purpura at the margins. Thighs, abdomen, arms clear (insulin sites in the deltoid
area with mild lipohypertrophy only).
Bx 12/05: small vessel calcification with intravascular fibrin thrombi and fat necrosis.
Assessment: calciphylaxis, confirmed histologically, localized to a fresh surgical incision.
Plan: STS, optimize phosphate, hyperbaric referral.
"""),
("2023-01-06", "HD Progress Note (scanned)", """
RIVERBEND DIALYSIS   -   MONTHLY NEPHROLOGY ROUNDING   -   01/06/2023
Delacroix R.  ESRD/HD, CUA of R groin scar dx'd 12/2022.
Wound smaller, eschar lifting at edges. On STS 3x/wk. Insulin (glargine) continues in arms.
Post wt 93.1 kg, BMI 29.6. Phos 5.4 down from 8.2.
RIVERBEND DIALYSIS   -   MONTHLY NEPHROLOGY ROUNDING   -   p 1
"""),
]}

F05 = {"patient_id": "F05", "age": 83, "sex": "F", "notes": [
("2023-05-29", "Emergency Department Record (faxed copy)", """
EMERGENCY DEPT  KINGSMERE DISTRICT HOSPITAL    printed 29/05/2023 16:40    page 1 of 2
NAME: FERREIRA, ILDA        83 F
Triage: "sore black leg". Daughter reports mum tripped on the rug on 07/05/2023 and
struck her left shin on the corner of the coffee table -- a small bleeding scrape, cleaned
at home. Healed over at first. On 20/05/2023 daughter saw a purple star-shaped patch at that
identical place on the shin which is now black and extremely painful.
PMH: ESRD on haemodialysis Tue/Thu/Sat; AF - anticoagulated with warfarin, INR 2.6 on arrival; no diabetes.
O/E: L anterior shin - 4x3.5cm black eschar, a violaceous net pattern around it,
rnarked tenderness, no cellulitis. R leg: old venous staining only.
EMERGENCY DEPT  KINGSMERE DISTRICT HOSPITAL    printed 29/05/2023 16:40    page 2 of 2
Imp: necrotic ulcer L shin post minor trauma, warfarin + ESRD => calciphylaxis to be
excluded. Tetanus up to date. Referred derm OPD, keep INR, analgesia.
"""),
("2023-06-08", "Dermatology OPD (dictated by non-native speaker)", """
Dermatology outpatient  08.06.2023
Mrs. Ferreira is coming with her daughter. The ulcer of left shin is in the place where
she hurt herself at the coffee table in the beginning of May, this is sure from the
daughter photos. Biopsy was made on 30.05.2023 and the result is now arriving: there is
calcification in the small vessels of the hypodermis with thrombosis, and the fat is
necrotic - this is calciphylaxis, no doubt.
She is thin, weight 54 kg, BMI 22.8. Warfarin continues until the cardiology decides.
We start the sodium thiosulphate with the dialysis, three times weekly.
Dr. P. Nowicka
"""),
("2023-06-20", "Care Home Nursing Note", """
Rosebay Care Home - daily notes
Ilda back from dialysis 1530. L shin dressing intact, some strike-through, redressed with
foam. Pain 6/10, PRN oxycodone given. Eating well. Rug in her room removed (falls).
"""),
]}

F06 = {"patient_id": "F06", "age": 49, "sex": "M", "notes": [
("2024-06-10", "Outside Clinic Note (translated, faxed)", """
CLINICA SAN ROQUE - NEFROLOGIA          tel 555-3190          hoja 1/1
Patient Mr. Hector Villalba, 49 years. Kidney failure terminal, in peritoneal dialysis
(automated, nights) since 2022.
Receiving iron dextran injection intramuscular, in the right buttock, every month
since March of this year because the oral iron give him bad stomach.
Last month appear in the right gluteal a hard zone very painful, then it become purple
and now have a black plate in the center of 3 cm. The other side is normal.
No diabetes. Never used warfarin. He is obese, BMI 37.5.
Impression: we think maybe calciphylaxis vs abscess of the injection. Send to derm of
the university hospital and suspend the IM iron.
CLINICA SAN ROQUE - NEFROLOGIA          tel 555-3190          hoja 1/1
"""),
("2024-06-18", "Dermatology Consult", """
Dermatology - University Hospital
49M, ESRD on APD. Painful necrotic plaque R upper outer buttock, precisely at the site of
his monthly IM iron dextran shots (given since 03/2024 at an outside clinic). Onset May 2024.
Exam: 7x5cm indurated violaceous plaque bearing a 3.1cm adherent black eschar and a retiform
purpuric rim. Left buttock, thighs and abdomen clear. No fluctuance.
US: no collection. Punch bx x2: calcification of small vessels and of fat lobules, thrombi.
Dx: calciphylaxis at an intramuscular injection site.
Plan: IM iron permanently stopped, IV iron at dialysis only if needed; STS.
"""),
("2024-07-15", "Nephrology Follow-up (scanned)", """
RENAL CLINIC   scanned 15/07/2024   pg 1
Mr Villalba: APD stopped 07/01/24 (ultrafiltration failure), converted to in-centre
haemodialysis via R IJ tunnelled catheter, now HD MWF. STS with each session.
R buttock wound stable, eschar softening. Weight 112 kg, BMI 37.1.
RENAL CLINIC   scanned 15/07/2024   pg 1
"""),
]}

F07 = {"patient_id": "F07", "age": 69, "sex": "F", "notes": [
("2025-02-12", "Home Visit - Supportive Kidney Care (fax)", """
FAX// SUPPORTIVE KIDNEY CARE TEAM // 02/12/25 // 1 of 1
Mrs Gwendolyn Tarrant, 69. ESRD (eGFR 8), chose conservative management, NOT on dialysis.
T2DM on insulin degludec into the abdomen, given by herself. BMI 30.0.
Since Christmas she has been sleeping each night with her R hip on an electric heating pad for
bursitis -- on "high", every night.
Last month the skin over the right lateral hip went dusky, then a very tender hard plaque
formed; now black crust centrally. Photos sent to derm.
No anticoagulants, never warfarin.
FAX// SUPPORTIVE KIDNEY CARE TEAM // 02/12/25 // 1 of 1
"""),
("2025-02-20", "Dermatology Teledermatology Reply", """
Teledermatology reply  20 Feb 2025
Images reviewed with a home visit by our nurse practitioner. Right lateral hip: 8 x 6 cm
stellate violaceous plaque, retiform border, central black eschar; second smaller
purpuric patch just below it on the same hip. No lesions on the left.
Given ESRD, the classic morphology and extreme pain, we make the diagnosis of
calciphylaxis clinically; we agree with the family's wish to avoid biopsy.
The lesions sit only on skin the heating pad has covered since 25 Dec.
Advice: remove the pad, pain team, STS not pursued given goals of care.
"""),
("2025-03-05", "Hospice Admission Note", """
HOSPICE ADMISSION  03/05/2025
Dx: ESRD, conservative mgmt; calciphylaxis R hip (clinical dx Feb 2025).
DM on insulin, simplified to once daily degludec. BMI 30 on admission scale.
Heating pad removed from home. Goals: comfort.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
