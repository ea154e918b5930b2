"""probe154 corpus notes, D15-D20 (templated EHR and scribe notes; all invented)."""

D15 = {"patient_id": "D15", "age": 64, "sex": "F", "notes": [
("2019-04-09", "Primary Care Office Visit (scribed)", """
Kestrel Valley Internal Medicine    Provider: Ezra Nakamura-Holt, MD    Scribe: B. Aguero

HPI: 64yo woman; T2DM on insulin; CKD 4 w/ eGFR 19, not yet dialyzing (L arm fistula
made 2/2019 in preparation); HTN; obesity. Pt reports sore lumps in the R upper
front thigh where she has injected her glargine and lispro for about 2 yrs - "always the right
thigh, it's easiest."

ROS:
 [ ] fever  [ ] chills  [X] skin: tender lumps  [ ] rash  [ ] joint pain

Vitals: BP 146/80 | 89.5kg | 166.7cm | BMI 32.2

Exam: R anterior thigh: a pair of firm nodules in the subcutis, 15 and 20 mm, tender, faint
violaceous lacy discoloration over the larger; no ulcer, no drainage.
Chem 4/1: PO4 5.9 H, Ca 9.6, iPTH 310 H, A1c 8.0%

A/P:
1. R thigh nodules where she injects - lipohypertrophy? panniculitis? Early calciphylaxis
   not excludable w/ CKD 4 and this phosphorus -> derm referral. Rotate injections to
   abdomen.
2. DM2 - glargine 26 u, lispro 6 u TID.
3. CKD 4 - nephrology f/u 6/2019.
"""),
("2019-05-02", "Dermatology Consult", """
DERMATOLOGY CONSULT
Physician: Philippa Rautenbach, MD

Reason: R thigh nodules, ?calciphylaxis

Pt reports the lumps are less sore since she moved her insulin to the belly 3 wks ago.
Exam: R anterior thigh: two 1.5-2 cm deep, firm nodules, mildly tender, with a faint
reticulate dusky patch over the upper one; no necrosis, no ulceration. Abdomen: fresh
injection marks, no nodules.

Impression: Ddx - insulin-related lipohypertrophy w/ fat necrosis, lobular panniculitis;
early calciphylaxis also on the list (CKD 4, PO4 5.9). A deep incisional biopsy would
settle this.
Pt declines biopsy today ("not another wound on that leg").
Plan: photos in chart; keep insulin off the thigh; come back at 6 wks, earlier for any
darkening or open skin.
"""),
("2019-06-18", "Nephrology CKD Clinic Note (scribed)", """
NEPHROLOGY - CKD CLINIC     Provider: Matthias Oyelowo, MD     Scribe: F. Lindahl

HPI: 64F, CKD 4 from diabetic nephropathy; AVF still maturing; dialysis not started.
Pt reports the thigh lumps are smaller and barely tender. Pt reports she declined the derm
biopsy again at her 6/13 visit.

Vitals: BP 138/78 | 88.7kg | BMI 31.9
Chem: eGFR 17, PO4 5.4, Ca 9.4, iPTH 298, CO2 20

A/P:
1. CKD 4 - dialysis education class; no indication to start yet.
2. R thigh nodules - the question of possible early calciphylaxis remains open (no biopsy);
   improving after moving insulin injections away from the thigh. Phos binder: sevelamer
   800 TID. Avoid calcium-based binders.
3. DM2 on insulin. 4. Obesity.
Scribe attestation reviewed. -MO
"""),
]}

D16 = {"patient_id": "D16", "age": 45, "sex": "M", "notes": [
("2024-02-06", "PD Clinic Monthly Visit (scribed)", """
NORTHFIELD HOME DIALYSIS - MONTHLY VISIT    Provider: Anouk Verhoeven, MD   Scribe: E. Boateng

HPI: 45M - ADPKD, ESRD, CAPD since 2022, active on the transplant list.
Pt reports a tender, lacy purple patch on his L flank for 1 wk, right where the elastic belt
that holds his PD catheter sits.

ROS: Constitutional [neg] | Skin [pos: painful patch] | GI [neg] | GU [neg]

Vitals: BP 140/88 | 81.0kg | 176cm | BMI 26.1
Exam: L flank: reticulated violaceous patch 8x5cm, 1 cm firm tender nodule at its center;
no ulcer, no warmth. Catheter exit and tunnel: unremarkable.
Chem: PO4 6.3 H, iPTH 720 H, Ca 9.9, alb 3.7

A/P:
1. L flank patch - ?early calciphylaxis vs livedo from belt pressure. Loosen belt, move it
   higher; derm referral.
2. ESRD on CAPD - adequacy at goal (weekly Kt/V 1.9).
3. No diabetes; no anticoagulants.
"""),
("2024-02-27", "Dermatology Consult", """
DERMATOLOGY CONSULT
Physician: Cosmin Ravelli, MD

Reason: PD patient, L flank patch - exclude calciphylaxis
Exam: L flank: fading violaceous reticulated patch, 6x4cm, small central nodule, no
necrosis.
Procedure (2/20/24): punch (4mm) of the nodule.
Path: lobular panniculitis w/ scattered fat necrosis; VK stain neg, no calcium in vessel
walls. Nondiagnostic - a shallow punch can miss calciphylaxis.

Impression: Calciphylaxis not excluded; panniculitis from belt pressure also possible.
Offered a deeper, incisional sample; he says no for now because a kidney offer could come
any day.
Plan: loosen belt; recheck in 6 wks; biopsy if it ulcerates.
"""),
("2024-05-14", "Transplant Nephrology Clinic Note", """
TRANSPLANT NEPHROLOGY - POST-TRANSPLANT VISIT (wk 6)
Provider: Imogen Castellanos, MD

45 M s/p deceased-donor kidney transplant 4/2/24 (RLQ), ESRD 2/2 ADPKD, previously on CAPD;
PD catheter removed at transplant.
Cr 1.3, tacrolimus trough 8.1. Phos 3.4, PTH 310.

Pt reports the old patch on his L flank has faded to a light brown shadow, no pain.
Exam: L flank faint hyperpigmentation, no nodule, no ulcer. Graft nontender.
Vitals: BP 128/80 | 79.4kg | BMI 25.6

A/P:
- Graft function good; continue tacrolimus, mycophenolate, prednisone taper.
- L flank: the earlier suspicion of calciphylaxis was never confirmed (nondiagnostic bx); now
  resolved, no further w/u.
- No diabetes; post-transplant glucose monitoring.
"""),
]}

D17 = {"patient_id": "D17", "age": 76, "sex": "M", "notes": [
("2020-10-13", "Cardiology Post-Procedure Visit (scribed)", """
ST. ANSELM HEART CLINIC - POST-CATH F/U    Provider: Ravi Castellane, MD   Scribe: M. Okoye

HPI: 76yo man - ESRD (dialysis at Spruce Corner, Tu-Th-Sa), T2DM (diet + linagliptin), CAD.
Cath 9/29/20 via R femoral artery w/ PCI to the RCA. Pt reports purple mottling of his R
foot and toes that began roughly 7 days post-procedure.

ROS: Chest pain - no | Dyspnea - no | Skin - purple toes (yes) | Fever - no

Vitals: BP 132/70 | HR 64 | 70.3kg | 171cm | BMI 24.0
Exam: R femoral puncture site: healed, no hematoma, no bruit. R foot: livedo over the dorsum
and lateral foot, dusky 4th/5th toes, 4 mm eschar at the R 5th toe tip. DP dopplerable.
Labs: eosinophils 9% (H), ESR 62, complement low-normal.

A/P: Suspected atheroembolism after cath; derm eval; continue atorvastatin 80, clopidogrel.
Not on warfarin.
"""),
("2020-10-27", "Dermatology Consult", """
DERMATOLOGY CONSULT
Physician: Beatrix Lindqvist-Amadi, MD

Reason: R foot discoloration after cath

Exam: R lateral foot and toes: retiform purpura w/ small eschars on the 4th and 5th toe tips;
livedo extending to the R lateral ankle. L foot normal.
Chem: PO4 7.2 H, iPTH 1,050 H; eos 8%.

Impression: Differential is atheroembolic disease vs calciphylaxis; eosinophilia and timing
after cath point to emboli, but his Phos/PTH make calciphylaxis plausible. Cannot distinguish
clinically. Biopsy offered (toe/foot wounds heal poorly); pt declines.
Plan: gentle wound care, no debridement; vascular surgery opinion; revisit biopsy if
progression.
"""),
("2020-11-17", "Dialysis Unit Monthly Physician Note", """
SPRUCE CORNER DIALYSIS - MONTHLY PHYSICIAN NOTE
76 M | TTS | Access: L upper arm AVF | EDW 69.5 kg

Interval: Pt reports R toes "cold and sore," no new spots. Wife asks about hospice.
Skin: R 4th/5th toe tip eschars unchanged, livedo R lateral foot fading slightly.
Vitals: pre BP 120/64 | wt 70.1 kg

A/P:
- R foot: still atheroemboli vs calciphylaxis - no tissue diagnosis; pt and wife decline bx
  and decline sodium thiosulfate trial; comfort-focused plan.
- Goals of care: referral to hospice intake; continue HD for now per pt wish.
- DM2 on linagliptin; no insulin.
Signed: Fenella Achterberg, MD
"""),
]}

D18 = {"patient_id": "D18", "age": 60, "sex": "F", "notes": [
("2016-03-14", "ED Provider Note (scribed)", """
EMERGENCY DEPARTMENT PROVIDER NOTE   Scribe: T. Vandermolen for Dr. Osric Hallberg

CC: painful dark skin
HPI: 60yo woman, ESRD - Meridian HD Mon/Wed/Fri. R leg DVT dx 3/4/16; warfarin started
3/8/16 without a heparin bridge. Pt reports her L thigh and lower belly turned dark and
painful beginning 3/11.

ROS:
| Fever   | no  |
| Bleeding| no  |
| Skin    | yes - painful patches |

Vitals: T 37.0 | HR 98 | BP 148/86 | SpO2 97%
Exam: L anterior thigh: hemorrhagic bullous plaque ~10x6cm, necrotic center. L lower
abdomen: 5 cm similar plaque.
Labs: INR 4.2 (H), Hgb 9.6, Plt 212, PO4 5.1, Ca 8.9

MDM: Differential - coumadin skin necrosis, calciphylaxis, nec fasc (no crepitus,
lactate 1.0). Warfarin held, PO vitamin K 2.5, heparin gtt, admit,
derm consult.
"""),
("2016-03-17", "Dermatology Inpatient Consult", """
INPATIENT DERMATOLOGY CONSULT
Physician: Lucinda Ferreira-Haig, MD

Bx 3/15/16 (L anterior thigh): fibrin thrombi plug venules of dermis and subcutis, with
hemorrhage; VK stain: no calcium anywhere.
Protein C activity 38% (L).

Pt reports the pain is "like being branded," 8/10, and asks whether she can keep dialyzing
Mon/Wed/Fri while admitted. Heparin drip running, aPTT therapeutic.
Exam: L thigh and L lower abdominal necrotic plaques, unchanged; no new sites.

Impression: warfarin skin necrosis (low protein C). Biopsy and course exclude
calciphylaxis.
Recs: no warfarin in future (add to allergy list); heparin/DOAC per hematology; wound care.
"""),
("2016-04-19", "Dialysis Unit Monthly Physician Note", """
MERIDIAN DIALYSIS - MONTHLY MD NOTE
60 F | MWF | Access: L brachiocephalic AVF | EDW 86.0 kg
Allergies: warfarin (skin necrosis 3/2016)

Interval: Pt reports the thigh and belly wounds are healing; pain 3/10.
Skin: L anterior thigh 6x3cm granulating wound; L lower abdomen 2 cm, nearly closed.
Vitals: pre BP 138/80 | wt 86.4 kg | 168cm | BMI 30.6

A/P:
- Warfarin necrosis, healing - not calciphylaxis per biopsy.
- DVT R leg - hematology chose apixaban, 2.5 twice daily.
- CKD-MBD: Phos 5.0, PTH 340 - stable.
- No diabetes.
Signed: Cornelius Oduya, MD
"""),
]}

D19 = {"patient_id": "D19", "age": 50, "sex": "M", "notes": [
("2025-10-07", "PD Clinic Monthly Visit (scribed)", """
TAMARACK HOME DIALYSIS - MONTHLY VISIT    Provider: Yvette Lisowski, MD   Scribe: G. Farrah

HPI: 50M; kidney failure from type 1 diabetes (ESRD), APD since 2024; insulin pump (lispro).
Pt reports his sister, a hemodialysis patient, died in 2019 of calciphylaxis; he
asks whether it runs in families.

Family history:
 Sister - ESRD on HD, calciphylaxis (deceased 2019)
 Father - CAD, MI at 61

ROS: [X] all negative except as in HPI

Vitals: BP 130/78 | HR 74 | Wt 82.0 kg (height not on file)
Exam: Skin: trunk and legs free of livedo, nodules or ulcers; pump site clean.
Chem: Ca 9.2, PO4 4.8, iPTH 280, A1c 7.0%

A/P:
1. Questions about his sister's disease - explained there is no simple inherited pattern;
   we keep phosphorus and PTH controlled and check his skin each visit.
2. ESRD on APD - weekly Kt/V 2.0.
3. T1DM - pump per endocrine.
"""),
("2026-01-13", "Dermatology Visit - Full Skin Exam", """
DERMATOLOGY - FULL SKIN EXAM     Physician: Sigrun Abernathy-Oke, MD

Reason: skin check; family history of calciphylaxis (sister).
Exam (scalp to toes): several stuck-on seborrheic keratoses on the back; cherry angiomas on
the chest. Nothing retiform or livedoid, no indurated plaques, no ulcers. Insulin pump
cannula site L abdomen clean.

Pt reports no painful spots and no changing moles; he uses sunscreen when fishing.
Impression: Benign keratoses. No signs of calciphylaxis.
Taught monthly self-checks of the skin, with a mirror for the back.
Plan: reassurance; return if any painful or dusky skin develops.
Wt 81.4 kg.
"""),
]}

D20 = {"patient_id": "D20", "age": 68, "sex": "F", "notes": [
("2023-05-02", "Dialysis Unit Monthly Physician Note", """
WESTBROOK DIALYSIS - MONTHLY PROVIDER NOTE   (.HDMONTHLY)
68 F | TTS 2nd | Access: L radiocephalic AVF | EDW 72.0 kg

Interval: no complaints. Pt reports good appetite.
PMH: ESRD 2/2 hypertensive nephrosclerosis; AF on warfarin since 2019; prediabetes
(last A1c 6.0%, diet only); HTN.
Skin: intact, no wounds.
Chem: PO4 6.1 H, iPTH 620 H, Ca 9.4, INR 2.4

A/P:
- AF: we talked about warfarin as a known calciphylaxis risk for dialysis patients; she
  will move to apixaban 2.5 BID and stop warfarin once INR < 2 (cardiology aware).
- CKD-MBD: add cinacalcet 30 mg.
- Prediabetes: diet.
Signed: Desmond Ojukwu-Hale, MD
"""),
("2023-06-06", "Primary Care Office Visit (scribed)", """
Cobblestone Primary Care    Provider: Marisol Eckhart, NP    Scribe: D. Pruitt

HPI: 68yo woman (ESRD, in-center HD; AF) here for annual. Pt reports warfarin was stopped
5/10/23 and she is on apixaban without bleeding. Pt reports an occasional heating pad
across her shoulders.

ROS (template): Constitutional neg | Skin neg | CV neg | Resp neg

Vitals: BP 132/76 | 73.4kg | 160cm | BMI 28.7

Exam: skin warm and dry, no rashes, no lesions.

A/P:
1. Health maintenance - flu shot in fall; mammogram ordered.
2. AF on apixaban.
3. Counseled: as a dialysis patient, keep heat and ice off bare skin, never sleep on a
   heating pad, and report any painful dark spot at once (calciphylaxis warning signs).
4. Prediabetes - A1c 6.1%, no diabetes medication.
I, Dana Pruitt, am scribing for Marisol Eckhart, NP, who agrees with this note.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
