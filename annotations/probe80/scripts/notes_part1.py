"""probe80 corpus notes, H01-H07 (metabolic bone and parathyroid clinic; all invented)."""

H01 = {"patient_id": "H01", "age": 63, "sex": "F", "notes": [
("2020-11-12", "Metabolic Bone Clinic", """
METABOLIC BONE / PARATHYROID CLINIC - return visit
Referring: Dr Lindqvist (renal). Reason: SHPT refractory to cinacalcet.
63F, ESKD on in-centre HD Tu/Th/Sa through a R brachiocephalic fistula. T2DM since 2004, glargine 30 units qhs - pt self injects and admits she "always uses the same spot", the upper front of the L leg (anterior thigh), ever since June 2019.
Labs 11/09: iPTH 1140 pg/mL (prev 890) | corr Ca 10.1 | PO4 7.2 | ALP 212 | 25-OH D 18.
Meds: Renvela 1600mg tid w/ meals (misses lunch dose often), cinacalcet 60 mg daily, calcitriol 0.5 mcg on HD days.
New today: tender hard area L anterior thigh which she first noticed three weeks ago. On exam 5x4cm purplish woody plaque with a stellate dusky centre and net-like purple margin, exquisitely tender, sitting squarely on her injection field. R thigh clear.
Wt 91.2kg, BMI 33.4.
A/P
1. Painful necrotic-looking plaque on glargine territory, PTH >1000 and high phos -> concerning for calciphylaxis. Urgent derm for bx. Hold calcitriol. Pt told to inject insulin elsewhere (abdomen) from tonight.
2. SHPT - uptitrate cinacalcet to 90 mg; dietitian re phos.
"""),
("2020-11-19", "Dermatology Consult", """
Derm consult, requested by metabolic bone svc.
Hx as per Dr Farouk's note. Pt reports the thigh "burns like a cigarette" and wakes her. No fever.
Exam: L anterior mid thigh - 5.5x4cm firm purpuric plaque, central gray-black eschar 1.5cm, livedoid rim. No fluctuance. Several small old needle marks visible inside the plaque margin.
Procedure: after verbal + written consent, one 6mm punch at the periphery (eschar avoided); 2 sutures, hemostasis fine. Specimen sent, vK stain requested.
Imp: retiform purpura + eschar over a long-used insulin site, favor calciphylaxis; DDx lipodermatosclerosis-like panniculitis, infection less likely.
Will call with results.
"""),
("2020-11-27", "Telephone Encounter", """
TC to pt re: path from 11/19.
Result: lobular panniculitis; calcium encrusts the walls of little subcutaneous arterioles, intimal hyperplasia and thrombi; von Kossa highlights the calcification. Dx: calciphylaxis, left thigh.
Explained to patient. She is upset but understanding. Plan as discussed w renal: STS 25 g IV post-dialysis x3 weekly, first dose Tues, binder stays calcium-free (she is already), hold calcitriol (done). Wound care referral placed. Pt confirms insulin now going into her tummy, not the legs.
"""),
("2021-01-08", "Parathyroid Surgery Consult", """
ENDOCRINE SURGERY NEW PT
63 yo woman with tertiary-looking SHPT (iPTH 1320 on 12/30 despite cinacalcet 90 mg + sevelamer) and calciphylaxis of the left thigh on biopsy, where her insulin jabs went. Sent to discuss parathyroidectomy.
Thigh wound is cleaner on STS, eschar lifting at edges, pain down from 9/10 to 5/10.
Neck: no palpable nodules. Sestamibi 12/2020: diffuse uptake, 4-gland hyperplasia pattern.
BMI today 33.0 (wt 90.1).
Plan: subtotal (3.5 gland) parathyroidectomy, target date late Jan. Pre-op: HD the day before, K check am of surgery. Explained risk of hungry bone and need for IV calcium post-op. She agrees.
"""),
]}

H02 = {"patient_id": "H02", "age": 71, "sex": "M", "notes": [
("2021-01-06", "Telephone Encounter", """
Call from pt's wife Renata, ok to speak per HIPAA form.
She says Walt has a "black sore, like a burn" on his right side above the belt, where he has kept the electric heating pad pretty much nightly since Thanksgiving because of his rib and back aches (bone pain was discussed at last visit). It started New Year's Eve - at first a purple blotch, these days dark in the middle, and he won't let her touch it.
No fever. PD exchanges going ok, no cloudy bags.
Advised: unplug the pad and put it away. Appt moved up to Mon w/ Dr Farouk. ED if temp or the redness spreads.
"""),
("2021-01-11", "Metabolic Bone Clinic", """
Metabolic bone f/u - urgent add-on
71M on CCPD (cycler nightly) since 2017, CKD from ADPKD. AF, takes warfarin (1/8 INR was 2.6). No diabetes. Renal osteodystrophy w bone pains, esp ribs, low back.
Labs: PTH 76 pmol/L, Ca 2.61 mmol/L, phos 2.3 mmol/L, Mg 0.9.
Binder: calcium acetate 667 mg x2 with meals (!), alfacalcidol 0.5 mcg daily.
Skin: R flank, midaxillary line just above the pelvic rim, 7x5cm stellate retiform purpura w central adherent black eschar, indurated border, very tender. Faint reticulated brown discolouration around it = toasted skin syndrome from the pad. L flank clean.
BMI 27.2.
Imp: calciphylaxis likely, arising where the heating pad has sat every night since late Nov. Derm asked to biopsy tomorrow.
Changes: stop calcium acetate -> lanthanum 750 mg TID. Stop alfacalcidol. Warfarin - will d/w cardiology re switching.
"""),
("2021-02-02", "Nephrology-Dermatology Joint Clinic", """
Joint renal/derm clinic
Bx (1/12, R flank, deep incisional): mural calcium within little vessels plus thrombi, septal panniculitis; vK positive. Calciphylaxis confirmed.
Cardiology agreed: warfarin stopped 1/15, apixaban 2.5 twice daily instead.
Started IV sodium thiosulfate via peripheral line 3x/wk at the infusion centre; PD kept as is, Kt/V improved after extra daytime dwell.
Wound: eschar intact, border less angry, no surrounding cellulitis. Pain 6/10, taking oxycodone 5mg PRN up to 4x/d.
Wife reports the pad went in the trash.
"""),
]}

H03 = {"patient_id": "H03", "age": 58, "sex": "F", "notes": [
("2023-03-28", "Endocrine Follow-up", """
ENDOCRINE / PARATHYROID F/U
S: 58F w secondary hyperparathyroidism of renal origin, HD MWF x 6 yrs (access: L forearm loop AVG). Type 2 diabetic on linagliptin only - insulin has never been required. Comes for 3-monthly PTH review.
She mentions, almost in passing, a "hard bruise" under the left breast. It appeared in mid-March exactly where the underwire of her new bras digs in - she bought a set of them in January, a size smaller, and says they pinch all day.
O: wt 112 kg, BMI 41.7. L breast, inferior pole, following the wire line: 6cm curvilinear violaceous plaque, woody on palpation, with a dusky 8mm center. R breast normal. No axillary nodes.
Labs: PTH 980 pg/mL; calcium 9.8; phosphorus 6.9 (goal <5.5); 25OHD 24.
A: indurated purpuric plaque L breast; on HD with PTH and phos this high, CUA has to be excluded; also fat necrosis, mastitis on ddx.
P: urgent derm bx; advised no underwire, soft bralette only. Cinacalcet 30 -> 60 mg. Etelcalcetide discussed w HD unit as an alternative if GI side effects.
"""),
("2023-04-04", "Dermatology Consult", """
DERMATOLOGY
CC: painful lesion left breast x ~3 wks.
HPI per endo note. Mammogram last yr BI-RADS 2, breast arterial calcifications noted.
Exam: L breast, along the inframammary crease medially: indurated plaque with retiform purpura, small central ulcer (0.6cm) with black base. Livedo extends 2cm beyond.
Bx: 5mm punch x1 at edge of plaque, sent H&E + von Kossa.
Impression: suspected calciphylaxis vs fat necrosis. Will follow path.
"""),
("2023-04-18", "Metabolic Bone Clinic", """
Metabolic bone clinic - results visit
Path (4/4): small dermal/subcutaneous vessels calcified, fibrin thrombi, fat necrosis - diagnostic of calciphylaxis per pathologist.
Diagnosis: calciphylaxis, left breast, at pressure line of underwire bra (onset mid-March 2023, bras worn since January).
Plan: STS with HD (order sent to unit), sevelamer replacing calcium carbonate, cinacalcet 90 mg. No underwire. Wound nurse for dressings. Recheck PTH 4 wks; if still >800 refer for parathyroidectomy.
Wt 110.6, BMI 40.9.
"""),
]}

H04 = {"patient_id": "H04", "age": 66, "sex": "M", "notes": [
("2022-08-09", "Procedure Note", """
PROCEDURE: transiliac bone biopsy, right
Indication: renal osteodystrophy, PTH 410 pg/mL with low-normal bone-specific ALP; adynamic bone disease vs high turnover unclear; needed before starting/stopping antiresorptive. Tetracycline label 1 (7/15-7/17) and label 2 (7/29-7/31) completed.
Pt: 66M, ESRD on hemodialysis since 2018 (MWF), no DM, not anticoagulated.
Procedure: supine, R anterior iliac crest marked 2cm post/inf to ASIS. Lidocaine 1% 10 mL. 2cm skin incision, 7.5mm Bordier trephine, core 2.1cm obtained intact. Hemostasis w pressure. Skin closed with 3 interrupted 4-0 nylon, steri-strips, pressure dressing.
EBL <10 mL. No complications. HD nurses to take the stitches out around day 10-14.
"""),
("2022-09-27", "Metabolic Bone Clinic", """
Bone clinic f/u - biopsy result + new skin issue
Histomorphometry: mixed uremic osteodystrophy, increased osteoid, normal mineralization lag.
New: since 09/20/22 pt has had a painful dusky patch exactly on the bone biopsy scar at the R hip. Sutures had been removed on 8/22 and scar looked healed per HD RN. Now: 4x3cm violaceous, firm plaque centred on the scar over the R iliac crest, 1.5cm eschar (black) in the middle, lacy livedo around. Afebrile. Pain 8/10, worse lying on R side.
Labs: PTH 388, Ca 10.4 (high), PO4 6.6.
BMI 24.1.
Assessment: late wound necrosis at bx site - wound infection vs calciphylaxis. Latter high on list given Ca x P and pain out of proportion.
Plan: derm for deep biopsy away from scar centre, stop calcium-based binder, swab.
"""),
("2022-10-11", "Dermatology Consult", """
DERM NOTE
Deep incisional biopsy taken 9/29 from the margin of the R hip plaque (the iliac crest biopsy scar).
Pathology: extensive vascular calcification of subcutaneous arterioles with intraluminal thrombi and surrounding panniculitis. Consistent with calciphylaxis. Tissue culture no growth.
Clinical: plaque now 5cm, eschar stable, no pus. Lesion is confined to the old bone biopsy incision - a Koebner-type localisation.
Rec: sodium thiosulfate w HD, hydrogel dressings and leave the eschar alone for the time being, pain team. Avoid further elective procedures on that hip.
"""),
]}

H05 = {"patient_id": "H05", "age": 74, "sex": "F", "notes": [
("2024-03-22", "Metabolic Bone Clinic", """
METABOLIC BONE CLINIC
74F on peritoneal dialysis (APD), started 2021. Type 2 DM - degludec 18u daily into the abdomen. No blood thinners ever.
Hypercalcemia on last labs: cCa 10.9, PO4 5.8, PTH 140 (oversuppressed). Taking calcium carbonate 1250mg three times daily as her binder AND calcitriol 0.25 daily - likely culprits.
Also: on Valentine's Day she slipped on the icy front step and whacked her left shin against its edge, got a big bruise. It had faded to yellow, but three weeks ago a sore purple lacy patch appeared over the very same bit of shin and it has since blackened centrally.
Exam: L anterior shin, midway down: 3.5x3cm stellate purpura, central black necrosis, surrounding livedo racemosa. Pedal pulses palpable. R leg normal.
BMI 29.6 - overweight.
A/P: hypercalcaemia, adynamic pattern; painful necrotic lesion L shin at site of prior injury - concern for calciphylaxis.
- stop calcitriol, switch calcium carbonate -> sevelamer 800 TID
- wound clinic next wk for bx
"""),
("2024-03-29", "Wound Clinic", """
Wound clinic visit.
Location: L lower leg, anterior, mid-shin. Size 3.8x3.2cm. Base 80% black eschar, 20% slough. Edges purple, indurated. Periwound livedo. Exudate minimal, no odour. Pain 7/10.
ABI L 1.02 R 1.05.
Punch bx x2 from the wound edge (4mm) after lidocaine; silver alginate + foam applied; light wrap.
Pt reminded no compression until dx known.
"""),
("2024-04-12", "Telephone Encounter", """
Phoned patient with biopsy result: calcified arterioles in subcutis with thrombosis; calciphylaxis.
Discussed with PD team - will start IV thiosulfate at the infusion suite twice a week, low-Ca dialysate already. Insulin continues in the belly. She wondered whether slipping on the step was to blame; explained the injury to the shin probably localised it. Follow-up in bone clinic 4 wk.
"""),
]}

H06 = {"patient_id": "H06", "age": 55, "sex": "M", "notes": [
("2025-02-03", "Operative Note", """
OPERATIVE NOTE - endocrine surgery
Pre-op dx: tertiary hyperparathyroidism after failed renal allograft, back on HD since 2022. PTH 2100 pg/mL, Ca 11.2.
Procedure: total parathyroidectomy with autotransplantation of ~30 mg of gland into the left brachioradialis (non-fistula arm).
Findings: 4 hyperplastic glands, largest R inferior 1.8 g. IOPTH 2100 -> 190 at 15 min.
Post-op: admit to surgical floor, Ca q6h, calcitriol 1 mcg BID, calcium carbonate 1 g TID. Warfarin (two DVTs, anticoagulated since 2016) held pre-op - enoxaparin 40 mg subcut daily into the abdominal wall starting this evening as bridge; resume warfarin POD1.
"""),
("2025-03-04", "Post-Parathyroidectomy Review", """
POST-PTX CLINIC, ~4 wks out
Hungry bone post-op, was on IV calcium gluconate 6 days; now Ca 8.4 on calcitriol 1.5 mcg/day and calcium carbonate 2 g TID. PTH 12.
Enoxaparin was continued at home far longer than planned (INR kept subtherapeutic) - still injecting now, always into the belly, alternating sides of the navel.
He reports painful hard lumps in the belly from late February - the left side went first, the right a few days later. Exam: periumbilical, two indurated violaceous plaques, L 4cm and R 3cm, each at clustered injection bruises; L one has a central black eschar. Neck incision healed well; L forearm graft site fine.
BMI 36.2, obese.
Plan: stop enoxaparin today (INR 2.3). Derm urgent. Cut back oral calcium cautiously.
"""),
("2025-03-12", "Dermatology Consult", """
Derm - inpatient-style urgent outpt consult
Exam: L paraumbilical plaque 4.5cm w eschar; R paraumbilical plaque 3cm, purpuric, no eschar yet; livedo between them.
Punch biopsy L plaque (3/5): subcutaneous arteriolar calcification + thrombosis. Calciphylaxis.
R-sided plaque identical clinically -> treated as the same process.
Both are at his enoxaparin injection sites; trauma from repeated subcut injections a likely trigger.
Rec: STS 25 g post-HD, no further abdominal injections, wound RN.
"""),
]}

H07 = {"patient_id": "H07", "age": 69, "sex": "F", "notes": [
("2019-11-20", "Metabolic Bone Clinic", """
Metabolic Bone Clinic
69 yo F, hemodialysis x 9 yrs (HTN nephrosclerosis), knee OA, no DM, no anticoag.
Since the fall she has been putting ice packs (frozen gel packs straight from freezer, no cloth) on both knees most evenings for arthritis pain - "nothing else touches it", she says.
On 11/04/2019 she noticed tender mottled purple patches over both kneecaps; since then they hardened and the R one has a black scab.
Exam: bilateral anterior knees - R 4x4cm indurated plaque, eschar 1cm; L 3x2.5cm retiform purpura, no ulcer. Livedo extends to distal thighs.
PTH 620, Ca 9.9, P 7.0, on calcium acetate.
BMI 30.0.
Impression: probable calciphylaxis over both knees, at sites of repeated cold exposure.
Plan: stop ice packs, change binder to sevelamer, derm consult.
"""),
("2019-11-26", "Dermatology Consult", """
Dermatology
Seen for bilateral knee lesions. Hx reviewed; ice packs daily since autumn.
Exam unchanged from 11/20 except R eschar now 1.4cm.
Biopsy discussed - given poor healing over the patellae and the classic appearance, we agreed to defer. Clinical diagnosis: calciphylaxis, bilateral knees.
Rec: STS w HD, keep knees warm (not hot), no ice.
"""),
("2019-12-17", "Metabolic Bone Clinic", """
bone clinic f/u
knees: R eschar dry, L purpura fading; pain 4/10 (was 8).
on sevelamer 1600 tid + cinacalcet 30. PTH 540, P 5.9.
Wt 80.3kg BMI 30.0.
continue STS. f/u 6 wks.
"""),
]}

PATIENTS = [H01, H02, H03, H04, H05, H06, H07]
