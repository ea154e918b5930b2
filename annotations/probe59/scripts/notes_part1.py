"""probe59 corpus notes, F01-F07 (rheumatology and vasculitis clinics; all invented)."""

F01 = {"patient_id": "F01", "age": 58, "sex": "F", "notes": [
("2020-02-11", "Rheumatology Clinic Note", """
RHEUMATOLOGY F/U - Dr. Ngata Tuhiwai
58F w/ seropositive RA (RF 212, anti-CCP >250) complicated by AA amyloid, now in kidney failure, on haemodialysis Tu/Th/Sat at Kowhai Renal since 2017. No DM. Not anticoagulated.
Biologic: etanercept 50 mg SC weekly, self-administered - she started it on 4 June 2019 and admits she "always does the right side of my tummy, below the belly button", never rotates.
S: c/o exquisitely painful hard patch R lower abdomen, appeared ~3 weeks ago, now w/ a dark centre. Joints quiet, EMS 10 min.
O: RLQ, exactly in her injecting area: 5x4cm woody violaceous plaque, its purple margin net-like, central black eschar ~1cm. Left side of abdomen clear. 28 joint count: 1 tender (L 2nd MCP), 0 swollen. weight 71kg (BMI 27.3).
Labs today: corr Ca 2.61 / phosphate 2.30 / iPTH 88 pmol/L, CRP 6.
A/P: necrotic plaque at the etanercept site in a dialysis pt w/ secondary hyperpara - strongly worried re calciphylaxis; ddx injection site rxn, necrotising infection (afebrile, no crepitus).
- HOLD etanercept
- derm asked to see her urgently, deep incisional bx
- told renal team re binders/cinacalcet
"""),
("2020-02-20", "Dermatology Procedure and Pathology", """
Derm clinic - Whare Ora Hospital
Indication: painful RLQ plaque, ?CUA. Incisional (deep) biopsy at the plaque edge, R lower abdomen, done 13/02/2020 under LA, 2 sutures.
Path (S20-1187): subcutis: small arterioles ringed by calcium, fibroplastic intima, fibrin thrombi; lobular fat necrosis around. Calcium confirmed on von Kossa stain. No vasculitis, no organisms.
DX: biopsy-proven calciphylaxis (CUA), arising at her weekly etanercept injection site - the plaque is confined to the square of skin she has injected since 06/2019.
Rec: STS with HD (discussed with Dr Farrow), wound care via district nurses, no further SC injections to the abdomen.
"""),
("2020-03-10", "Rheumatology Clinic Note", """
RA / calciphylaxis review
Now on IV sodium thiosulfate 3x/wk post-HD. Etanercept permanently stopped; bridging w/ low dose pred 5 mg, plan to move to tocilizumab IV once wound healing - will not give SC agents.
RLQ eschar stable at 1.1 cm, pain now 5/10 (was 9/10). Thighs and flanks - nothing new.
Wt 73.4 kg, BMI 28.0 (gained a bit with better appetite). Never had DM; HbA1c 5.2.
"""),
]}

F02 = {"patient_id": "F02", "age": 47, "sex": "F", "notes": [
("2021-12-20", "Vasculitis Clinic Note", """
Vasculitis & Connective Tissue Clinic
47 yo woman, primary antiphospholipid syndrome (LA pos, aCL IgG 86 GPL, anti-B2GP1 IgG pos on two occasions 12 wks apart), two prior DVTs, on warfarin since 2015 - INR 2.7 today. CKD G3a (eGFR 52), no RRT. No diabetes.
Referred by her PCP for "buttock sore".
She had IM triamcinolone (Kenalog 80 mg) into her R gluteal region (upper outer qdt) for a bursitis flare on the Wednesday before Thanksgiving, i.e. 11/24/2021. Early this month she noticed a tender lump at that spot that has darkened to purple-black since.
Exam: R buttock UOQ - 6cm stellate retiform purpura around a central necrotic crust, indurated, very tender. L buttock normal. No livedo elsewhere. BMI 36.4.
Serology: ANA 1:80 homog, dsDNA neg, C3 1.02 C4 0.19, cryos neg, ANCA neg.
Imp: ddx warfarin-associated calciphylaxis (non-uremic) vs APS thrombotic vasculopathy vs post-injection fat necrosis. Need tissue.
Plan: 2 x 6mm punch to derm this wk; check PTH, 25-OH vit D, Ca x PO4.
"""),
("2022-01-05", "Dermatopathology Result Note", """
Result communicated to pt by phone + letter.
Bx R buttock (12/22/21): medium and small vessel calcification in deep subcutis, pericapillary calcium, thrombi, panniculitis w/ fat necrosis. Von Kossa +. Features diagnostic of calciphylaxis. No leukocytoclasia.
Clinicopathologic correlation: nonuremic calciphylaxis in setting of warfarin + obesity, located precisely at the Kenalog IM injection site from 24 Nov - we believe the needle trauma triggered it locally.
Discussed w/ haematology: switch warfarin -> LMWH not ideal (more injections); will trial apixaban despite triple positivity after MDT discussion.
"""),
("2022-02-14", "Vasculitis Clinic Note", """
F/u non-uremic calciphylaxis R gluteal.
Warfarin stopped 01/10/22, now on enoxaparin 1 mg/kg bid given by partner into anterior abdomen (MDT decided against DOAC). IV STS x 6 wks via infusion centre.
Wound 5.5 x 3 cm, yellow slough, edges less purple. No new lesions; abdomen injection sites clean.
BMI 35.9. Told again: no IM injections to the buttocks.
"""),
]}

F03 = {"patient_id": "F03", "age": 66, "sex": "M", "notes": [
("2023-05-09", "Rheumatology Clinic Note", """
RHEUM - PMR f/u (Dr. Ilse Brandvold)
66M PMR since 2021, on pred 7.5 mg. Also: ESKD from diabetic nephropathy on CCPD overnight (since 2020), T2DM - basal bolus insulin, injects abdomen only. No anticoag. 
Most evenings since Easter Sunday (Apr 9) he wraps a microwaved wheat bag onto his R shoulder b/c of shoulder girdle stiffness. 
NEW: says on 2 May he found a "bruise" on the top of the R shoulder under where the heat pack sits, now blackish and very sore.
O/E: R shoulder, superior/anterior aspect: 4 x 3.5 cm violaceous, stony-hard plaque with central dusky necrosis; mottled livedoid rim. Faint reticulate brown pigment also over that shoulder (erythema ab igne). L shoulder normal. Full passive ROM, painful.
Wt 98 kg, Ht 1.77 m -> BMI 31.2.
Imp: ?calciphylaxis where he repeatedly heats the skin, PD pt; ddx thermal burn, PMR-unrelated.
Plan: stop heat pack NOW. Derm bx. PTH/Ca/PO4.
"""),
("2023-05-16", "Dermatology Consult", """
Derm consult - requested by rheum.
Bx: 2 punch bx at edge of R shoulder plaque, sent 12/05/23.
Histo: arteriolar medial calcification, microthrombi, septal panniculitis, necrotic fat - consistent w/ calciphylaxis. No burn changes in dermis of note beyond mild ab igne pigment.
Diagnosis: calciphylaxis, R shoulder - lesion developed within the area warmed nightly by his heat pack since 9 April 2023; we consider the thermal injury the trigger (Koebner-type localisation).
"""),
("2023-06-20", "PD Clinic Note", """
Home PD clinic
CUA of R shoulder - now on IP sodium thiosulfate per protocol, cinacalcet up-titrated. Switched calcium carbonate -> sevelamer.
Insulin: glargine 30u + aspart SS, still abdominal sites, no skin changes there.
Lesion: eschar 3 cm, edges granulating. Pain score 4.
BMI today 30.8.
"""),
]}

F04 = {"patient_id": "F04", "age": 52, "sex": "F", "notes": [
("2019-11-04", "Lupus/APS Clinic Note", """
SLE/APS clinic
52 F: SLE (2004) w/ class IV LN -> ESRD, HD via R arm AVF MWF. Secondary APS (LA+, aCL IgM 45) w/ L femoropopliteal DVT Jun 2019 -> warfarin, target 2-3. No diabetes.
Since early July she has worn a knee-high class II compression stocking on the LEFT leg only (post-thrombotic swelling); the top elastic band grips the upper calf.
C/o: painful dark area on L calf beginning in October, "right where the stocking cuts in".
Exam: L posterior/medial upper calf, in a band-shaped distribution matching the stocking cuff: 8 x 3 cm livedo racemosa with two 1 cm stellate necrotic ulcers. R calf normal. BMI 24.1.
Serology table:
 ANA        1:1280 speckled
 dsDNA      34 IU (was 210)
 C3 / C4    0.88 / 0.14
 cryoglob   negative
 ANCA       neg
Impression: ?calciphylaxis vs APS-related skin necrosis vs lupus vasculitis.
Plan: stocking off; derm bx; PTH.
"""),
("2019-11-12", "Dermatology Note", """
Derm: L calf ulcers.
Deep wedge biopsy taken 11/6 from L calf edge.
Path: subcutaneous vessel walls encrusted by calcium, thrombosed lumina, necrotic fat. Vasculitis absent; no fibrin thrombi typical of APS alone in dermal vessels. Final: calciphylaxis.
The distribution (a band exactly at the compression stocking cuff on the left calf) supports pressure as the local trigger.
"""),
("2019-12-02", "Lupus/APS Clinic Note", """
Calciphylaxis L calf, biopsy-proven. STS w/ HD started 11/15.
Warfarin: continues for now (recurrent thrombosis risk very high - d/w haem), INR 2.4.
Ulcers clean, 0.8 cm and 0.6 cm. Stocking not worn since 4/11.
"""),
]}

F05 = {"patient_id": "F05", "age": 61, "sex": "M", "notes": [
("2022-03-01", "Rheumatology Clinic Note", """
Proximal weakness w/u
61M, T2DM on insulin (Lantus 40 u, pen into abdomen), ESRD on HD since 2019 (diabetic nephropathy), c/o 3 mo proximal weakness + heliotrope-ish discolouration. CK 2140. MSA pending. Anti-TIF1g pending.
Differential: dermatomyositis vs statin necrotising myopathy.
Plan: open muscle biopsy of the L vastus lateralis next week (surgeon: Ms Akpan), MRI thighs done - oedema L>R. BMI 33.0.
"""),
("2022-03-08", "Operative Note", """
Procedure: open muscle biopsy, LEFT lateral thigh (vastus lateralis), under LA.
4 cm longitudinal incision mid-lateral L thigh, specimen x2 to neuropath. Haemostasis, subcut 3-0, skin staples.
No complications.
"""),
("2022-05-03", "Rheumatology Clinic Note", """
Rheum f/u
Muscle bx: immune-mediated necrotising myopathy (HMGCR+) - statin stopped, IVIG started.
NEW problem: the biopsy scar on his L lateral thigh broke down in April; now a 3x2.5cm black eschar sitting along the scar line with a 4 cm rim of indurated purple mottling and severe pain (10/10 at night). R thigh clear.
Ca 2.48, PO4 2.6 mmol/L, PTH 61.
?calciphylaxis arising in surgical scar vs wound dehiscence/infection. Derm + plastics referral.
"""),
("2022-05-17", "Dermatology Consult", """
Derm
Incisional biopsy taken from eschar margin, L lateral thigh.
Histo: subcutaneous arterioles calcified and thrombosed; widespread fat necrosis; VK stain +; no organisms on special stains.
Dx: calciphylaxis, located in the 8 March 2022 open muscle biopsy incision.
Obese, BMI 33.6. Insulin pen sites (abdomen) are intact. Not on warfarin.
"""),
]}

F06 = {"patient_id": "F06", "age": 72, "sex": "F", "notes": [
("2024-07-30", "Vasculitis Clinic Note", """
VASCULITIS CLINIC
72 y/o lady, type II mixed cryoglobulinaemia (HCV, SVR after sofosbuvir/velpatasvir 2020), cryo-GN -> end stage kidney disease, on peritoneal dialysis since 2021. Anticoagulated with warfarin for AF, INR 2.2 today. Not diabetic.
Hx: on the 4th of July she slipped on her son's back-deck steps during the fireworks, grazing her R anterior shin - "just a graze", cleaned w/ saline. Two weeks ago the graze became exquisitely tender, hard and dark.
Exam: R ant shin 5x4cm ulcer, black eschar covering it, stellate violaceous border, surrounding livedo. L shin intact. No palpable purpura. BMI 26.0.
Labs:
 cryocrit 2%, RF 180, C4 0.03, C3 0.9
 HCV RNA undetectable
 PTH 54, Ca 2.52, PO4 2.1
Impression: cryo vasculitis flare vs calciphylaxis in traumatic wound. Bx.
"""),
("2024-08-08", "Dermatology Note", """
Derm - R shin wound
Punch x 2 from edge (8/1/24).
Path: no leukocytoclastic vasculitis, no cryoglobulin plugging. Subcutaneous arteriolar calcification with thrombi - calciphylaxis.
Calciphylaxis developing in the 4 July fall abrasion on the R shin. Warfarin a contributor - discussing switch w/ cardiology.
"""),
("2024-09-12", "Telephone Encounter", """
Tel call w/ pt & daughter Ruth
R shin calciphylaxis wound - district nurse says eschar lifting at edges. Pain better on gabapentin 100 mg post-exchange.
Warfarin changed to apixaban 2.5 bid on 8/20.
Daughter asks if PD should stop - told no, IP STS being arranged.
"""),
]}

F07 = {"patient_id": "F07", "age": 44, "sex": "F", "notes": [
("2025-03-10", "Lupus Clinic Note", """
Lupus clinic - Dr A. Quispe
44F, SLE (malar, arthritis, class V LN) -> ESRD, HD 3x/wk since 2022. T2DM since 2015, on insulin since 2017 - injects NPH + regular into both thighs ("only spot I can grab an inch"), doesn't use abdomen. No warfarin; antiphospholipid abs negative x2.
CC: since last month painful "knots" in both thighs, now 2 are black.
O: bilat anterior thighs in the injection areas: multiple hard tender subcutaneous nodules, 2 with central eschar (L 2cm; R 1.5cm), retiform purpura between. BMI 38.9.
Lupus activity: SLEDAI-2K 2, C3 low-normal, dsDNA 18.
A: high concern for CUA at insulin injection sites. ddx lupus panniculitis (profundus).
P: biopsy via derm; insulin to go into upper arms for now; PTH, Ca/Phos.
"""),
("2025-03-18", "Dermatology Consult", """
Dermatology
Two 6 mm punches, L and R anterior thigh nodules.
Histopath: calcified small vessels in subcutis, intravascular thrombi, fat necrosis; no lymphocytic lobular panniculitis, no mucin - argues against lupus profundus.
Dx: calciphylaxis of both thighs located at her insulin sites (in use since 2017).
"""),
("2025-04-22", "Lupus Clinic Note", """
F/u. Calciphylaxis both thighs - on STS with HD, sevelamer. 
She has moved insulin to her upper arms; those areas clean.
Wt down, BMI 37.5. Obese. Lupus quiet on HCQ 200.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
