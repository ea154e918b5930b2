"""probe264 corpus notes, N08-N14 (prior-authorization, appeal and peer-to-peer documents plus the
nephrology, dialysis, dermatology and wound-clinic notes behind them; all invented)."""

N08 = {"patient_id": "N08", "age": 71, "sex": "M", "notes": [
("2018-05-22", "Vascular and Wound Clinic Note", """
VASCULAR & WOUND CLINIC - Oakhollow Vein Center
71M. ESRD - Greystone HD unit, Tu/Th/Sa, L arm fistula. T2DM, glargine 22 units at
night. CAD. Warfarin (AF) 2009 to 2012, discontinued after melena that
spring; no anticoagulant
since. Sent over for bilateral leg swelling, worse by evening. Duplex: no DVT, mild
superficial
reflux L GSV. ABI 1.05 R / 1.02 L, TBI 0.7.
Exam: 2+ pitting edema of both shins up to mid-calf, hemosiderin staining, skin intact,
no ulcers. BMI 27.0.
Plan: measured and fitted today - graduated stockings to both lower legs, knee length,
class 20-30 mmHg - on at rising, off at bedtime. Elevate legs when seated. Recheck in 3 months. Dialysis team to
revisit his target weight.
"""),
("2018-07-17", "Dialysis Unit Physician Note", """
HD PHYSICIAN ROUNDS - Greystone Dialysis, Tue shift 1
S: severe pain in both upper calves. R calf since the Fourth of July, L calf a few days
later; started mottled, now dark. Wears his new knee-highs every day as instructed.
O: posterior upper calves bilat - violaceous, indurated plaques (R 6x4 cm, L 4x3 cm)
inside a livedo net; the right one carries a 1 cm black eschar centrally. Pedal pulses
present. Pre wt 78.4 kg.
7/12 draw: PTH 1020, albumin 3.3, phos 6.9 with Ca 9.7. Binder: PhosLo two tabs with meals.
Imp: suspected bilateral calf calciphylaxis. Stockings off. Derm to biopsy this week
(Dr. Pham-Oyelaran). Calcium acetate -> sevelamer. Begin STS if path confirms.
"""),
("2018-08-07", "Appeal Letter - Wound Care Services", """
Re: Appeal of adverse determination - Hollis Valley Health Plan, ref WC-18-22917
Services: outpatient wound care with selective debridement (97597) twice weekly; sodium
thiosulfate with dialysis

Dear Medical Director,
The determination dated 7/31/18 calls the calf wounds "venous stasis ulcers for which
compression is first-line." That is not correct. Punch biopsy on 07/20/2018 (Dr. Linh
Pham-Oyelaran) confirmed calciphylaxis of both calves, showing von Kossa-staining calcium
within subcutaneous arterioles. The R upper calf lesion appeared on July 4, 2018 and
the left about a week later, while he was wearing the knee-high stockings (both lower legs)
that Oakhollow fitted on May 22;
his nephrologist stopped compression on 7/17 and it should not be restarted.
Member: 71M, ESRD on HD, insulin-treated diabetes, BMI 26.6, past warfarin (2009-2012).
Please reverse the denial.

Ravindra Castellanos, MD - Nephrology
"""),
]}

N09 = {"patient_id": "N09", "age": 61, "sex": "F", "notes": [
("2021-01-12", "Dialysis Unit Physician Note", """
HD ROUNDS - Dr. Sunniva Achterberg, Westbrook Dialysis
61F, ESKD (diabetic kidney disease); Mon-Wed-Fri HD, L brachiobasilic fistula. Type 2
DM: glargine + lispro, injected in her abdomen. AF managed with apixaban - warfarin never
used.
S: exquisitely painful area on the outer R thigh since Christmas Eve - "I thought I pulled
something." Since New Year's she has laid a heating pad over the sore spot
to dull the ache.
Denies any injury, shots or pressure to that thigh before it started.
O: R lateral thigh 7x5 cm firm purple lacy patch with a central dusky 1.5 cm area,
very tender. BMI 38.5.
Jan labs - albumin 3.0, PTH 702, phos 6.6 and Ca 9.8.
A/P: suspect calciphylaxis. Heating pad to be discontinued. Derm referral, urgent. Hold
calcitriol; sevelamer
instead of calcium carbonate.
"""),
("2021-01-20", "Dermatology Follow-up", """
DERMATOLOGY F/U - results visit
Bx 1/14/21 (R lateral thigh, 2 deep punches): small-to-mid subcutaneous vessels whose
walls are calcified, with intimal fibroplasia and thrombosis (VK+) -> calciphylaxis
confirmed.
Pt reports pain 9/10 nights. Heating pad put away after the
dialysis doctor's advice.
Exam: R lateral thigh 8.5x6 cm livedo racemosa with a central 2 cm adherent eschar;
faint mottling over it from the pad. Abdominal injection areas: lipohypertrophy only, no
purpura or induration. L thigh clear.
Plan: nephrology to start STS; wound clinic; neither heat nor cold to the lesion;
gabapentin 100 after each run; palliative team re pain.
"""),
("2021-02-09", "Wound Clinic Note", """
WOUND CLINIC - Westbrook Hospital Outpatient Wound Center
Dx: calciphylaxis, R outer thigh (biopsy 1/14/21). Receiving STS with every
dialysis since 1/22.
Wound: 8.8x6.1 cm; 40% black eschar, 50% slough, 10% granulation; moderate drainage;
small tension blisters at the edges from the paper tape used to hold the foam dressing.
She admits she swapped the heating pad for an ice pack laid over the dressing last week.
Tx: gentle conservative debridement of loose slough; Hydrofera Blue, silicone-bordered
foam, no tape. Told again: no ice, no heat.
BMI 38.1 - class II obesity (BMI 35-39.9).
Plan: weekly visits; photos to plan for the STS reauthorization.
"""),
("2021-03-01", "Appeal Letter - Sodium Thiosulfate", """
APPEAL OF DENIAL - Ridgecrest Health Alliance, ref RX-21-00873
To the Appeals Unit,
The 2/22/2021 denial deemed sodium thiosulfate "not medically necessary because the
diagnosis is not an FDA-labeled indication." The patient is 61, dialyzes three
times a week, and has obesity and diabetes treated with insulin. Her calciphylaxis, on the
R lateral thigh, was confirmed by biopsy on 01/14/2021. The lesion began on 12/24/2020
without any
preceding trauma to that thigh; heat and later ice were applied by the patient only after
the pain began, and both have been stopped.
Wound size has gone from 8.8x6.1 cm to 8.2x5.6 cm on STS with meticulous local care,
and night pain is easing. Withdrawing STS now risks sepsis and death.
I ask that the denial be overturned for a further 12 weeks.
S. Achterberg MD
"""),
]}

N10 = {"patient_id": "N10", "age": 64, "sex": "F", "notes": [
("2022-05-03", "Dermatology Consult", """
DERMATOLOGY - Maplehurst Clinic
Referral: painful hard area R lower belly
64F. ESRD; dialysis Tu-Th-Sa at Maple Run; L forearm fistula. Insulin-requiring T2DM. She
gives both glargine and aspart exclusively on the LEFT of her abdomen - "my rash lives
on the
right, so I don't go near it" (chronic intertrigo under the R pannus fold).
HPI: hard, tender lump in the R lower pannus since April, now open.
Exam: R lower pannus - indurated violaceous plaque 7x4 cm; a 2x2 cm central ulcer,
black-floored; edges retiform. L abdomen: lipohypertrophy in the injection zone, no
purpura or induration. BMI 42.3.
Procedure: 2 punch bx from the rim.
Impression: probable calciphylaxis (ESRD, obesity, female, insulin use). Not at her
injection sites.
"""),
("2022-05-24", "Prior Authorization Request - Sodium Thiosulfate", """
PRIOR AUTHORIZATION REQUEST - Fernwood Medicaid Managed Care, pharmacy
Medication: sodium thiosulfate 25 g intravenously thrice weekly on dialysis, 12 weeks
ICD-10: E66.01, E83.59, E11.622, N18.6, L98.493, Z99.2

Clinical: 64-year-old woman on hemodialysis, insulin-treated diabetes, severe obesity
(BMI 42.3). Punch biopsy 05/03/2022 confirmed calciphylaxis in the right lower pannus
(subcutaneous arteriolar calcium and thrombi; von Kossa stain positive). Onset April 2022.
She puts insulin only into the contralateral (left) abdomen; no trauma to the right
side reported.
No warfarin exposure. Ulcer now 2.6x2.3 cm with necrotic base.
Measures taken: calcium carbonate stopped, lanthanum started, cinacalcet 60 mg,
low-calcium dialysate.
"""),
("2022-06-28", "Peer-to-Peer Review Summary", """
PEER-TO-PEER DISCUSSION - Fernwood Medicaid Managed Care
Case PA-22-61190, 6/28/22, 9 minutes
Requesting: Dr. Ottoline Banerjee-Ruiz (nephrology). Plan physician: Dr. Kwame Lindgren.
Reviewer questioned whether the biopsy was diagnostic; treating MD read the path report:
calciphylaxis, von Kossa positive. Lesion R lower pannus, onset April, no injury there;
insulin only ever on the left abdomen. Currently 3.0x2.4 cm after debridement on 6/14.
BMI 41.8. Not on warfarin or DOAC. Next wound photos due 7/12.
Decision: approved, 8 weeks initially, then renewal on documented response.
"""),
]}

N11 = {"patient_id": "N11", "age": 59, "sex": "M", "notes": [
("2023-03-14", "PD Clinic Note", """
HOME DIALYSIS CLINIC - Cedar Vale Nephrology
59M, ESRD from ADPKD, APD since 2020. Not diabetic. AF: warfarin 2014-2017, changed to
apixaban after labile INRs. Darbepoetin 40 mcg SC every other week - his wife does the
injections,
always the rear of his upper arms.
S: both calves painful since mid-February, now dark spots. Denies any injury, heat, ice,
tight socks or compression to the legs.
O: posterior calves bilat - symmetric livedo racemosa with 3 (R) and 2 (L) stellate
necrotic ulcers, 0.5-2 cm. DP/PT palpable. BMI 29.8 (overweight). Catheter exit site
healthy.
Ca 10.4 (high), phos 5.9, PTH 395. Taking calcitriol 0.5 mcg/day plus calcium acetate.
A/P: ?calciphylaxis. Calcitriol and Ca acetate stopped; sevelamer begun. Derm bx this week.
No compression wraps for now.
"""),
("2023-04-04", "Hyperbaric Medicine Consult", """
HYPERBARIC MEDICINE CONSULT - Cedar Vale Regional Wound & Hyperbaric
Reason: adjunctive HBO for calciphylaxis, referred by home dialysis team
Bx 3/17/23 (L posterior calf): von Kossa lights up calcium in subcutaneous arteriole
walls; some vessels thrombosed; necrotic fat = calciphylaxis. Thiosulfate infusions
three times a week
since 3/22.
Exam: bilateral posterior calf ulcers, largest R 2.8x2.1 cm, L 2.2x1.6 cm, eschar over
half; periwound TcPO2 R 18, L 24 mmHg on air; rises >200 on 100% O2.
Chest clear; no sinus/ear disease; no claustrophobia; no seizure hx.
Counselled: no heat, no ice, no compression hose, and no shots into the legs.
Plan: submit PA for 30 HBO sessions, 2.4 ATA, 90-minute sessions.
"""),
("2023-04-25", "Hyperbaric Oxygen Prior Authorization Request", """
HBO PRIOR AUTHORIZATION - Bluestem Federal Employee Plan
CPT 99183; HCPCS G0277; dx calciphylaxis E83.59; calf ulcers L97.222 (L) and L97.212 (R);
N18.6. Member: 59M on automated PD. Biopsy-proven (2023-03-17) calciphylaxis affecting both
posterior calves,
onset mid-February 2023. No preceding trauma to either leg; lesions arose spontaneously.
Hypoxic periwound tissue that corrects with oxygen (TcPO2 18-24 -> >200 mmHg).
Failure of 4 weeks of STS plus standard wound care: ulcers enlarging, pain 8/10.
Comorbidities: no diabetes; past warfarin (2014-2017); BMI 29.8.
Request: 30 sessions, 2.4 ATA, 90 minutes, daily M-F; reassess after 20.
"""),
]}

N12 = {"patient_id": "N12", "age": 66, "sex": "F", "notes": [
("2019-09-10", "Dermatology Consult", """
DERMATOLOGY CONSULT - Hollowmere Dermatology
66F; ESKD, HD Mon/Wed/Fri (Hollowmere unit); type 2 DM using NPH and regular insulin;
BMI 44.0.
Every insulin dose she has ever taken went into the posterior upper arms: her sister, also
on dialysis, developed calciphylaxis at her belly injection sites and died of it in 2017,
so the patient has "never once" used her abdomen.
HPI: painful firm patches across the lower belly since late August, L side first, then both.
Exam: lower abdominal pannus bilaterally - indurated plaques edged by retiform purpura,
R 6x5 cm and L 8x5 cm; eschar centrally on the left. Upper arms: lipohypertrophy
posteriorly, no purpura.
Procedure: deep incisional bx from L plaque edge.
Impression: clinical picture of calciphylaxis, path pending.
"""),
("2019-09-30", "Prior Authorization Request - Sodium Thiosulfate and Wound Care", """
PRIOR AUTHORIZATION REQUEST - Granite Shoals Health Plan
Service 1: STS 25 g IV, given at each of her Mon/Wed/Fri treatments, 12 weeks
Service 2: wound clinic visits weekly with selective debridement PRN
Dx: E83.59; L98.493; N18.6; E11.622; E66.01; Z68.41
Clinical: 66-year-old woman on HD, insulin-treated diabetes, BMI 44.0. Incisional biopsy
9/10/2019: calciphylaxis - arteriolar calcium on von Kossa, thrombosis, fat
necrosis. Bilateral lower abdominal pannus plaques since late Aug 2019, L ulcerated.
No warfarin. Insulin goes only into her upper arms.
Interventions: calcium binder stopped; cinacalcet started; HD time raised to 4.5 h.
"""),
("2019-10-22", "Peer-to-Peer Review Summary", """
PEER-TO-PEER - Granite Shoals Health Plan UM
Ref GS-UM-19-30456 | 10/22/2019 | 14 min
Treating MD: Dr. Florentyna Abiodun (nephrology). Reviewer: Dr. Mark Ellery-Tan.
Reviewer asked whether the plaques sit at injection sites, as is often reported; treating
MD said no - she uses only her arms, and the sister's injection-site disease is family
history, not hers. Biopsy-confirmed calciphylaxis of the lower abdomen, both sides, now L
ulcer 4.1x3.0 cm with eschar, R plaque unbroken. BMI 43.5.
Outcome: STS approved x 12 wks; wound visits approved x 8; HBO not requested.
"""),
]}

N13 = {"patient_id": "N13", "age": 70, "sex": "M", "notes": [
("2021-07-06", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC - Ashgrove Renal Unit
70M, CAPD since 2013 for diabetic kidney disease; T2DM (glargine, aspart).
Past hx: biopsy-proven calciphylaxis in 2016 involving the lower abdomen - at the spots he
then used for insulin - which closed after 9 months of STS. He has used only his thighs
for injections
ever since.
New: painful L calf lesion since June, began as a purple patch, now open. No bump or
injury to that leg, he says.
Exam: L posterior calf 4x3 cm ulcer with black eschar, livedo around it. Lower abdomen:
old healed scars, no active lesions. Thighs: injection sites unremarkable. BMI 31.0.
Exit site: crust-free, no erythema.
A/P: recurrent calciphylaxis L calf suspected. Derm for bx ASAP; restart STS if confirmed.
"""),
("2021-07-27", "Hyperbaric Oxygen Prior Authorization Request", """
HBO PRIOR AUTHORIZATION - Pinecrest Medicare Supplement / Part B
Member: 70M on CAPD, insulin-treated diabetes, obesity (BMI 31.0), no anticoagulants.
Current problem: calciphylaxis, L posterior calf - punch biopsy 07/09/2021 (calcified
subcutaneous arterioles, von Kossa +), onset June 2021. Ulcer 4.6x3.4 cm with eschar.
Prior episode (2016, lower abdomen) healed fully and is not active.
No trauma preceded the calf lesion.
Thiosulfate thrice weekly since 7/12; pain uncontrolled; periwound TcPO2 15 mmHg on air,
245 on 100% O2.
Request: 30 HBO treatments, 2.4 ATA, 90 min.
"""),
]}

N14 = {"patient_id": "N14", "age": 52, "sex": "F", "notes": [
("2024-05-13", "Dialysis Unit Progress Note", """
HD PROGRESS NOTE - Brightwater Dialysis, MWF 2nd shift
52F ESRD (lupus nephritis), HD via R forearm AVF. Mechanical valve (mitral
position) on warfarin, so the INR target is the higher 2.5-3.5 band. Prediabetic only
(HbA1c 6.0); takes no
glucose-lowering drugs. BMI 27.3.
S: dropped a full can of tomatoes on the top of her R foot on 4/28 - bruise now fading.
Separately, a new painful purple spot on the R inner ankle since 5/9.
O: R dorsal foot - yellow-green ecchymosis over 2nd-3rd metatarsals, nontender. R medial
malleolus: 2x1.5 cm violaceous plaque with livedo, very tender, no break in skin.
Pulses palpable.
INR 3.1 today; PTH 560, Ca 9.5, phosphorus 6.4.
A/P: R ankle lesion ?calciphylaxis vs vasculitis flare - derm referral. Continue warfarin
for now (valve).
"""),
("2024-05-28", "Dermatology Consult", """
DERMATOLOGY CONSULT - Brightwater Skin Clinic
52F on HD, anticoagulated (warfarin) because of a mechanical mitral prosthesis.
Exam: R medial malleolus: ulcer 2.5x2 cm, black eschar on top, purpura in a retiform
pattern around it.
Dorsal R foot: bruise has resolved, skin normal; it lies about 6 cm from the ulcer and is
a separate area.
Procedure (5/21): 4 mm punch biopsies x2, ulcer edge.
Path: small subcutaneous vessels with von Kossa-staining mural calcium and thrombi, no
leukocytoclasis; lupus serologies quiet. Dx: calciphylaxis, R medial ankle.
Plan: nephrology and cardiology to discuss warfarin (a mechanical valve makes stopping it
hazardous); STS; wound clinic.
"""),
("2024-06-18", "Prior Authorization Request - Wound Care", """
PRIOR AUTHORIZATION - Lakeshore Commercial PPO, medical benefit
Requested: wound clinic care 2x/wk x 8 wks incl. selective debridement; STS 25 grams thrice
weekly during dialysis for 12 wks
Dx: E83.59 calciphylaxis R medial ankle (bx 05/21/2024); N18.6; Z99.2; M32.14; Z95.2
Summary: 52-year-old woman on HD. Onset 05/09/2024. The ulcer is at the medial malleolus,
not at the site of an earlier crush bruise on the dorsal foot, which healed. Warfarin
continues for the mechanical valve after cardiology review (no DOAC option). BMI 27.3.
Not diabetic. Ulcer now 3.0x2.4 cm.
"""),
]}

PATIENTS = [N08, N09, N10, N11, N12, N13, N14]
