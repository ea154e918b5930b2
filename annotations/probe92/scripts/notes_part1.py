"""probe92 corpus notes, L01-L07 (pulmonary and sleep medicine; all invented)."""

L01 = {"patient_id": "L01", "age": 64, "sex": "F", "notes": [
("2020-11-12", "Pulmonary Clinic Follow-up", """
PULMONARY FOLLOW UP
CC: COPD f/u, new leg pain
Ms. Varga is a 64 yo F w/ COPD GOLD 3 (FEV1 41% pred 8/2020), on 2L NC with exertion and qHS, who returns for routine visit. Breathing about baseline, using Breztri 2 puffs BID and albuterol HFA ~2x/day. No recent prednisone bursts.
Other hx: ESKD - HD Tue-Thu-Sat (Riverbend Dialysis). T2DM, Lantus 18 units nightly which she self-injects; she admits every dose since June has gone into her L anterior thigh ("easiest to reach from my recliner").
New issue: exquisitely tender spot on the L anterolateral thigh that started 3 weeks ago, initially a firm red knot, now w/ a dusky center. Denies fever.
Exam: SpO2 93% RA at rest. Scattered exp wheeze. L anterolateral thigh: 3 cm indurated violaceous plaque, central grey-black patch, net-like purple border. Contralat thigh unremarkable.
BMI 33.6 (wt 89kg).
A/P: 1. COPD - stable, cont triple therapy. 2. L thigh plaque overlying her glargine site, dialysis pt -> worried about calciphylaxis. Urgent derm referral placed, messaged nephrology. Advised to move insulin away from thigh for now.
"""),
("2020-11-20", "Dermatology Consult", """
Dermatology - new consult (ref: pulmonology)
Reason: painful L thigh lesion
Pt reports injecting glargine into the left thigh daily since June 2020. Onset of pain ~late Oct.
Skin: L anterolateral thigh - 3.5x3cm star-shaped purple plaque, necrotic black center, retiform purpura fanning out around it.
Procedure: 4mm punch taken at periphery, verbal consent.
Path (prelim 11/23 addended): subcut arterioles w/ calcified media and occluding thrombus; lobular fat necrosis. Dx: calciphylaxis.
Assessment: biopsy-proven calciphylaxis on the L thigh, located squarely within her self-selected insulin injection area. Repeated needling there is a plausible trigger.
Rec: sodium thiosulfate at dialysis (nephro to dose), wound RN visits, no injections to thighs, pain team.
"""),
("2021-01-08", "Pulmonary Rehabilitation Note", """
Pulm Rehab - session 9/24
S: "legs feel heavy today." Dressing on L thigh intact, changed by HD nurses. Pain 4/10 today (was 8).
O: Pre HR 88 SpO2 92% 2L; post 6MWT-style walk 180 m, nadir 88%, recovered in 2 min w/ pursed lip breathing. Weight 87 kg BMI 32.9.
A: tolerating rehab, calciphylaxis wound slowly improving per pt. Lantus now going into abdomen.
P: progress NuStep 12 min level 3, cont UE ergometer. RTC Mon.
"""),
]}

L02 = {"patient_id": "L02", "age": 71, "sex": "M", "notes": [
("2023-02-08", "Sleep Medicine Visit", """
SLEEP MEDICINE
71M w/ obesity hypoventilation syndrome + moderate OSA (AHI 27 on PSG 11/2022), daytime PaCO2 52. Failed CPAP (persistent hypercapnia). In-lab BiPAP titration done last wk: IPAP 18 / EPAP 10, backup rate 12.
Started BiPAP ST today through DME - ResMed full face mask size M. Mask fit checked in clinic; cushion rests on bridge of nose, some leak at chin. Pt instructed on nightly use, goal >4h.
PMH: ESKD, home peritoneal dialysis via nightly cycler. Paroxysmal AF - coumadin (warfarin), INRs managed by anticoag clinic. HTN. No diabetes - A1c 5.4.
BMI 41.2.
Plan: compliance download in 6-8 wks. ABG then.
"""),
("2023-04-20", "Sleep Medicine Follow-up", """
Sleep f/u - BiPAP compliance
Download: 87% nights >4h, avg 6h12m, AHI 3.1, leak 95th pct 28 L/min.
Pt states feels "like a new man," less AM headache.
However, c/o painful black scab on the bridge of his nose since Easter Sunday. Per wife: first a plum-coloured mark, right where the mask cushion presses, now hard and black. He has been wearing the same full face mask every night since we started it on 02/08/2023.
Exam: nasal dorsum w/ 1.2x0.8cm adherent eschar, coal-black, w/ dusky mottled margin, very tender. No drainage.
A: eschar at mask contact point in PD pt on warfarin - ?device-related pressure injury ?calciphylaxis - biopsy needed.
P: switch to nasal pillows interface tonight. Derm referral for bx, asked PD nurse re: Ca/Phos. Wt today - BMI 40.6.
"""),
("2023-05-03", "Dermatology Consult", """
DERM CONSULT NOTE
Referred by Dr. Haldane (sleep) for nasal dorsum eschar.
Hx per pt and chart: BiPAP full face mask since Feb 8 2023, lesion noted ~Apr 9.
Exam: 1.3 cm eschar centered on nasal bridge w/ livedoid violaceous halo.
Incisional bx performed 4/27: subcutaneous and dermal arteriolar calcification with thrombosis, consistent w/ calciphylaxis. Special stains neg for organisms.
Impression: calciphylaxis of the nasal bridge, arising at the site of chronic BiPAP mask pressure.
Recs: keep nasal pillows (no contact with nasal bridge), hydrocolloid dressing, d/w nephro re switching warfarin to apixaban, STS.
"""),
]}

L03 = {"patient_id": "L03", "age": 58, "sex": "F", "notes": [
("2021-12-02", "Pulmonary Urgent Visit", """
Pulm - same day add on
58 y/o woman w/ bronchiectasis (MAC neg), frequent exacerbations, on hypertonic saline nebs + airway clearance vest. Coughing fits x 3 wks; CT chest 11/30 shows nondisplaced fx L 7th and 8th ribs laterally, likely cough-related.
Every night since Thanksgiving she's dozed off on top of an electric heat pad tucked along the L side of her chest because it "takes the edge off the rib pain." Uses it on high setting.
Renal: ESRD; dialysis MWF, access = R IJ permcath pending AVF maturation. A1c 6.1 - told she is "borderline," not on any DM meds, no insulin.
Exam: point tenderness L lateral chest. Skin over it mildly pink, mottled, no breaks.
A/P: cough-induced rib fx. Lidocaine patch, acetaminophen. Strongly advised to limit heating pad to 20 min at low setting w/ cloth barrier. Azithro for exacerbation. BMI 28.4.
"""),
("2022-01-06", "Pulmonary Follow-up", """
PULMONARY F/U
Ribs better, cough improved after azithro.
BUT pt reports new excruciating sore on L side of chest, came up on New Year's Eve, exactly where the heatng pad sat. Admits she kept using it most nights through the holidays.
Exam: L lateral chest wall (mid-axillary line, ribs 7-9 level): 5x4cm firm stellate purple plaque; black eschar 1.5cm centrally; livedo around it; exquisitely tender.
A: painful necrotic plaque L chest, dialysis pt: concern for calciphylaxis (Koebner at heat exposure site?) vs deep thermal burn.
P: stat derm, renal aware, daughter confiscated the pad today.
"""),
("2022-01-19", "Dermatology Consult", """
Dermatology consultation
58F, HD-dependent ESRD. Plaque on L lateral chest wall since 12/31/2021.
Punch biopsy 1/12: mural calcium in small dermal and subcutaneous vessels, microthrombi, panniculitis with calcification. No features of thermal injury alone.
Dx: calciphylaxis, L lateral chest wall, developed on the very spot she had been heating nightly from late November.
Plan: sodium thiosulfate 25g IV TIW at end of HD, wound care, pain mgmt, cinacalcet per renal. No more heat anywhere.
"""),
]}

L04 = {"patient_id": "L04", "age": 66, "sex": "M", "notes": [
("2019-08-22", "Pulmonary Hospital Follow-up", """
Post-discharge pulm visit
66M, admitted 8/12-8/20 for RLL pneumonia complicated by loculated parapneumonic effusion. 24 Fr chest tube placed on the R lateral chest wall (5th ICS, mid-axillary) on 08/14/2019 w/ tPA/DNase x3 doses, tube pulled 8/19.
PMH: ESRD on in-center HD (L forearm AVF), prior LLE DVT on warfarin (long term), gout. Non-diabetic.
Exam: R base dull, improving. Chest tube site w/ sutures in, clean, no drainage.
CXR: small residual pleural thickening R.
Plan: finish amox-clav x 2 more wks, suture removal next wk, CXR 6 wks. BMI 26.0.
"""),
("2019-10-28", "Pulmonary Clinic", """
Pulmonary clinic - f/u effusion
CXR: R pleural thickening stable, no reaccumulation.
New: pt reports painful darkening of the old chest tube scar since mid-October. Initially thought it was the stitch area "acting up."
Exam: R lateral chest, over healed drain scar: 4 cm firm purpuric plaque w/ evolving central eschar, surrounding lacy violaceous discoloration. Scar itself is incorporated into the plaque. Not fluctuant.
Assessment: necrotic plaque at prior chest tube site Dialysis + warfarin: calciphylaxis leading ddx; also consider warfarin-induced skin necrosis, wound infection.
Plan: derm/wound urgent, INR check, notify nephrology.
"""),
("2019-11-06", "Wound Care / Dermatology Note", """
Wound & Derm joint clinic
Site: R lateral chest wall (former chest tube tract, placed 8/14/19).
Lesion: 4.5x3.5cm, 60% black eschar, 40% indurated purple rim. Pain 9/10.
Bx (10/31): medial calcification small arterioles + thrombi + septal panniculitis -> CALCIPHYLAXIS. No vasculitis. Gram stain neg.
Impression: calciphylaxis arising in surgical (chest tube) scar, onset mid Oct 2019.
Plan: thiosulfate at each HD; warfarin off -> apixaban per cards/renal; nonadherent dressings, consider HBOT.
"""),
]}

L05 = {"patient_id": "L05", "age": 77, "sex": "M", "notes": [
("2024-09-05", "Pulmonary Rehabilitation Note", """
PR Session #6
Pt arrived on 3 L via portable concentrator. Reports he tripped over his oxygen tubing in the kitchen on Labor Day and went down on one knee, scraping the front of his R shin against the cabinet. His wife covered it with a plaster.
Skin check: R anterior shin 3 cm superficial abrasion, scabbed, min erythema. Cleaned w/ saline, foam dressing applied.
Hx: IPF on nintedanib, ESRD - hemodialysis MWF, insulin-requiring T2DM (degludec + lispro sliding scale).
Vitals: HR 92, SpO2 90% on 3L, BMI 30.0.
Held treadmill today, did seated UE/LE therex. Fall prevention: tubing clips and shorter 25 ft line recommended.
"""),
("2024-09-30", "ILD Clinic Note", """
ILD CLINIC
FVC 58% (prior 61%). On nintedanib 100 BID (dose reduced for diarrhea).
Skin: the scrape on his R shin from the fall never healed - instead since 9/16 it has become black and hard as a rock with a purple net pattern spreading around it. Pain keeps him up at night, worse w/ dressing changes.
Exam: R anterior lower leg 6 x 4 cm eschar w/ retiform purpura border, no purulence. Pedal pulses dopplerable.
Imp: non-healing necrotic ulcer at traumatic abrasion site on HD + insulin; ?calciphylaxis. Vascular study ordered; derm referral.
Wt stable.
"""),
("2024-10-09", "Dermatology Consult", """
Derm consult
R shin lesion, onset 9/16/24, at site of 9/2/24 abrasion from tripping over O2 line.
Bx: calcified vessel walls, intimal thickening, thrombosed lumina in subcutis; consistent with calciphylaxis. ABI noncompressible, TBI 0.5.
Dx: calciphylaxis, R lower leg, trauma-induced (Koebner) at the healing abrasion.
Recs: STS per renal, gentle debridement by wound team only, keep shin padded, PT to secure tubing.
"""),
]}

L06 = {"patient_id": "L06", "age": 59, "sex": "F", "notes": [
("2022-03-07", "Pulmonary Urgent Care Visit", """
PULM ACUTE VISIT
59 yo F, severe persistent asthma (on Symbicort 160/4.5 2 puffs bid + tiotropium respimat), presents w/ 4 days wheeze, chest tightness, PEF 190 (best 320). No fever.
Allergy to oral pred - severe GI upset + hyperglycemia in past -> prefers injection.
Given triamcinolone acetonide (Kenalog-40) 40 mg IM into the R ventrogluteal region today, pt tolerated well. Neb duoneb x1 in clinic, PEF after 250.
PMH: ESKD (manual exchanges, CAPD x2 yrs); DM type 2 - on linagliptin, insulin never started, HTN, obesity - BMI 34.3.
F/u 6 wks.
"""),
("2022-04-25", "Pulmonary Follow-up", """
Asthma f/u.
Breathing much better since the shot, ACT 19.
States the spot on her right buttock "where the steroid shot went" got hard and very sore early April, then purple and now it has a dark crust. Sitting is painful.
Exam: R superolateral buttock: 4x4cm woody firmness, purple reticulated border, 1 cm central dark eschar.
Ddx: injection site fat necrosis / abscess vs calciphylaxis given PD.
Plan: derm + nephrology referral, US of buttock to r/o abscess. Pt asked re future steroids - will avoid IM.
"""),
("2022-05-10", "Nephrology Clinic Note", """
Nephrology - PD clinic
Kt/V 1.9. Ca 9.8, PO4 6.7, PTH 812, on sevelamer.
R buttock bx by derm (5/2): calcium in subcut arteriolar walls + thrombosis, fat necrosis = calciphylaxis. US no abscess. This arose at her IM Kenalog site of 3/7/22.
Plan: IV sodium thiosulfate needs reliable access - tunneled line vs temporary switch to HD discussed, pt hesitant; start cinacalcet, stop calcium acetate; wound nurse. Wt 91 kg, BMI 34.0.
"""),
]}

L07 = {"patient_id": "L07", "age": 69, "sex": "M", "notes": [
("2025-02-04", "Pulmonary Clinic Note", """
Pulmonary - COPD/emphysema
69M, severe emphysema (FEV1 0.78 L, 26% pred; DLCO 32%), 4 L continuous O2. Evaluated for ELVR - not candidate due to homogeneous dz.
Observed in the waiting area and exam room sitting tripod, both elbows planted on his anterior thighs. He says he "props like this all day now," since about January when his breathing got worse.
Other: ESKD, dialyzes 3x weekly; DM2 (glipizide) - insulin-naive, hx warfarin for LV thrombus 2019-2020 (stopped).
92kg (BMI 29.6) - "almost obese" per pt.
Plan: palliative care referral, opiate for dyspnea discussed, recliner w/ arm support recommended.
"""),
("2025-03-27", "Pulmonary Clinic Note", """
PULM F/U - dyspnea, new skin lesions
Pt & son report that on March 18 both thighs began to hurt in the spots where his elbows rest, then turned purple and black within days.
Exam: bilat distal anterior thighs, symmetric 3-4 cm purple plaques, black necrotic centers, and livedo racemosa rim; tender++. Lesions lie exactly under where his elbows sit when he leans forward.
A: suspected calciphylaxis at chronic pressure points (tripod positioning) in HD patient.
P: derm biopsy, padded forearm rest, renal notified. BMI 30.4 today.
"""),
("2025-04-08", "Dermatology Consult", """
DERMATOLOGY
Punch bx L distal anterior thigh: medial calcification + thrombosis of small vessels, extravascular calcium in fat. = calciphylaxis.
Bilateral anterior thigh ulcers are in the elbow-contact zones of his tripod posture (since Jan 2025).
Recs: STS with HD, offloading (pillow/armrest), wound care q2d, goals-of-care with palliative.
"""),
]}

PATIENTS = [L01, L02, L03, L04, L05, L06, L07]
