"""probe180 corpus notes, F15-F20 (apheresis and transfusion medicine and the clinics around them; all invented)."""

F15 = {"patient_id": "F15", "age": 52, "sex": "F", "notes": [
("2021-05-03", "Stem Cell Mobilization Note", """
APHERESIS / STEM CELL PROGRAM - MOBILIZATION DAY 1
52F, IgG-kappa multiple myeloma, VGPR after 4 cycles VRd (bortezomib-based). Myeloma cast
nephropathy 2020 -> ESRD; dialysis 3x weekly by a tunneled R IJ catheter. Planned auto-SCT at
Lakemont University (outside center) after collection here.
No DM, no warfarin. Ht 163, Wt 67.8 kg, BMI 25.5.
Mobilization: filgrastim 10 mcg/kg SC daily days 1-4 (5/3-5/6), plerixafor (renal dose)
SC evening of day 4, collection starting day 5.
Day 1 dose given today by infusion RN into the R anterior thigh (pt's preference, she
"hates needles in the belly"); plan same site area days 2-4 by home health.
Collection access: 13.5 Fr apheresis catheter L IJ to be placed 5/6 by IR.
Counselled on bone pain, splenic pain warning signs. Loratadine for bone pain.
-- Dr. Ngaio Petrakis-Hume, Apheresis
"""),
("2021-05-08", "Apheresis Collection Note", """
HPC-APHERESIS COLLECTION - DAY 2 (Spectra Optia CMNC)
Access L IJ pheresis catheter, flows adequate. Processed 3 blood volumes (~12 L),
ACD-A, heparin-free. Pre-collection peripheral CD34 38/uL. Yield day 1: 2.1 x10^6 CD34/kg,
today pending; target 5 x10^6/kg.
Plt pre 102K, post 71K.
Pt shows us a sore lump on her R anterior thigh - the same place the filgrastim went in
this week.
On exam: 3 x 2 cm firm pink-violet nodule, warm, very tender; two similar smaller spots
nearby; no drainage. Noted and photographed. Told to show derm if worse.
VS: 110/66, 92, 36.9. Mild perioral tingling, 1 g calcium gluconate given.
HD tonight after collection per renal, no heparin in circuit.
-- RN Oluwaseun Bracegirdle / Dr. N. Petrakis-Hume
"""),
("2021-05-25", "Dermatology Consult", """
DERMATOLOGY CONSULT (inpatient, pre-transfer)
52F ESRD on HD, myeloma, collected 5.6 x10^6 CD34/kg; transferring tomorrow to Lakemont
University for auto-SCT.
R anterior thigh since ~5/7: now a firm purple plaque 5x4cm with a livedoid edge
and a 6 mm dusky central spot, tender. Site of her filgrastim injections.
Ddx: G-CSF injection-site reaction / neutrophilic panniculitis (Sweet-like) vs early
calciphylaxis (ESRD, PTH 690, Ca x P 66) vs infection. Cannot exclude calciphylaxis.
Deep punch/incisional biopsy would be needed but plt 38K today and she leaves in the AM;
biopsy deferred to the receiving team.
Recs: R thigh off limits for any more injections; cool compresses not advised (possible
calciphylaxis); binder review by renal; derm at Lakemont to biopsy if not improving.
Wt 66.0 kg, BMI 24.8.
-- Dr. Florence Umberto-Gale
"""),
]}

F16 = {"patient_id": "F16", "age": 74, "sex": "M", "notes": [
("2019-10-02", "Blood Bank Consult", """
BLOOD BANK CONSULT - difficult crossmatch
74M, ESRD - hemodialysis MWF by L arm fistula; DM2 (glargine); prior DVT, on Coumadin
(warfarin) 5 mg, CAD. Hgb 5.9, LDH 610, haptoglobin <10, retic 9%.
Serology: A POS. DAT IgG 3+, C3 neg. Eluate: panreactive warm autoantibody. Plasma pan-
reactive at AHG. Autoadsorption not possible (recent transfusion 9/20); allogeneic
adsorptions x3: no underlying alloantibody detected.
Interpretation: warm autoimmune hemolytic anemia.
Recs: least-incompatible, phenotype-matched (Rh, K) red cells, slow infusion with close
monitoring; steroids per heme; do not withhold blood in a symptomatic pt.
Noted in chart: wound on L lateral shin; pt says he knocked it on the walker ~2 wks ago.
BMI 27.9.
-- Dr. Yevgenia Holloway-Tan, Transfusion Medicine
"""),
("2019-10-09", "Wound Care Consult", """
WOUND CARE CONSULT (inpatient, 5 South)
74M HD, WAIHA, DM2 on insulin, on warfarin (INR 2.9).
L lateral shin: dry black eschar 4x3cm, tender purple rim and faint
retiform livedo extending 3 cm proximally; no drainage. Started after he bumped the
walker about 3 wks ago, then enlarged. Cool feet; pedal pulses absent to palpation; ABI
noncompressible; TBI 0.38.
Assessment: ulcer with eschar, L shin. Ddx: arterial ulcer after minor trauma vs
calciphylaxis (ESRD, warfarin, insulin) vs warfarin necrosis. Cannot exclude
calciphylaxis. Biopsy not advised now given poor perfusion at that spot (a biopsy
hole there may never close); vascular surgery consult.
Care: keep eschar dry, betadine paint, offload.
-- Rosalind Kettering-Obuya, CWOCN
"""),
("2019-10-30", "Palliative Care Note", """
PALLIATIVE CARE FOLLOW-UP
74M, ESRD on HD, WAIHA (transfusion-dependent despite steroids/rituximab), PAD not
revascularizable, L shin eschar enlarging.
Nephrology tried thiosulfate empirically on dialysis for 3 wks "for possible
calciphylaxis"; no biopsy was ever done, no change.
Family meeting today w/ wife and 2 daughters: pt chooses comfort-focused care, to stop
dialysis after Friday's session; home hospice to follow. Warfarin discontinued. Insulin
simplified to low-dose glargine only.
Symptoms: shin pain 6/10 -> oral hydromorphone 0.5 mg every 3 h if needed; anxiety ->
lorazepam prn.
Code status: DNR/DNI, MOLST done.
Hospice: Brookhaven Hospice to admit Saturday.
-- Dr. Cassius Fairweather, Palliative Medicine
"""),
]}

F17 = {"patient_id": "F17", "age": 61, "sex": "F", "notes": [
("2025-06-10", "Photopheresis Consult", """
ECP CONSULT - steroid-refractory chronic GVHD
61F, MDS s/p RIC allo-SCT 2022 (sibling donor). Chronic GVHD: skin (sclerotic, trunk and
thighs), fascia (forearms), eyes. Failed ibrutinib; on belumosudil + prednisone 15 mg.
CKD stage 4 (CNI + TMA), eGFR 22, not on dialysis, not yet a dialysis candidate per renal.
No DM. No anticoagulants.
Ht 168 cm, Wt 53.4 kg, BMI 18.9 (underweight).
Uses adhesive heat patches on both thighs most evenings for cramping since last winter.
Access: peripheral veins poor -> request IR for a double-lumen apheresis port.
Plan: ECP 2 consecutive days q2wk x 12 wks, then q4wk if response.
Methoxsalen handling, eye protection, hypotension risk explained.
-- Dr. Valentin Hargreaves-Osei
"""),
("2025-09-16", "Dermatology Clinic Note", """
DERMATOLOGY - cGVHD clinic
61F on ECP since July (port R chest), CKD 4, BMI 19.1.
New: 3 weeks of tender, deep, woody plaques on both anterior thighs, one with a small
dusky patch. Still uses heat patches on thighs at night.
Exam: bilateral anterior thighs 4-6 cm indurated violaceous plaques, faint livedo at edges,
R thigh with 8 mm dusky center, no ulcer. Trunk: bound-down sclerotic skin as before.
Ddx: deep sclerotic/fasciitis GVHD flare; panniculitis; early calciphylaxis (CKD 4,
PTH 380, calcitriol). Concern for calciphylaxis given pain and livedo.
4 mm punch R thigh today. Stop heat patches. Hold calcitriol pending results.
-- Dr. Mirela Achterfeld
"""),
("2025-10-07", "Dermatology Clinic Note", """
DERMATOLOGY - follow-up
61F cGVHD on ECP, CKD 4.
Punch 9/16 (R thigh): dermal sclerosis, sparse perivascular lymphocytes; subcutis barely
sampled; no calcification seen, but specimen too superficial to assess the fat vessels.
Nondiagnostic: the sample can neither prove nor rule out calciphylaxis.
Plaques unchanged, dusky patch the same size, no ulceration.
Recommended deep incisional biopsy; pt declines more biopsies ("the last one took a
month to heal"). She relocates next week to Tucson, to her son's home; records sent,
warm handoff to the transplant center there. "Possible early calciphylaxis" stays on her
problem list; ECP to continue at the new center.
Wt 53.9 kg, BMI 19.1.
-- Dr. M. Achterfeld
"""),
]}

F18 = {"patient_id": "F18", "age": 59, "sex": "M", "notes": [
("2020-07-07", "Hemodialysis Rounding Note", """
HD ROUNDS - Halvard Street Dialysis
S: 59M, ESRD (HCV-associated MPGN) on HD TTS, DM2 on linagliptin. Untreated chronic HCV
(lost to f/u). 2 wks of painful purplish lesions on both shins and ankles, some now with dark
centers; also joint aches. No new meds.
O: 148/90 -> 134/82. Wt 74.1 kg, BMI 24.0. Bilateral shins/ankles: retiform purpura,
several 1-2 cm necrotic centers, palpable in places.
Labs: Ca/P 9.1/5.8, PTH 320; C4 <8 (low), RF 420; cryocrit pending (sent warm).
A/P: ddx calciphylaxis (r/o) versus cryoglobulinemic vasculitis. Derm consult for biopsy w/ DIF.
Hep referral for DAA. A1c 7.4, may need insulin later if it rises - not now.
-- Dr. Priscilla Venkataraman-Holt
"""),
("2020-07-14", "Dermatology Consult", """
DERMATOLOGY CONSULT
59M HD, HCV, purpura of both legs.
Biopsy 7/9 (R shin, 2 punches): small dermal vessels show leukocytoclasis and fibrinoid
change, with PAS+ hyaline plugs in lumina; DIF granular IgM/C3 along vessels. Calcium stain
negative; no calcium in any vessel or in the fat.
Cryocrit 6%, type II (monoclonal IgM-kappa + polyclonal IgG).
Impression: mixed cryoglobulinemic vasculitis, HCV-related. Calciphylaxis excluded.
Lesions: bilateral legs, retiform purpura w/ small ulcers, unchanged.
Recs: rheum/hepatology; consider TPE + rituximab for severe cutaneous disease; keep legs
warm; wound care with petrolatum + nonadherent dressing.
-- Dr. Augustin Sorensen-Leakey
"""),
("2020-07-21", "Apheresis Procedure Note", """
TPE - CRYOGLOBULINEMIA, #1 of 6 planned (ASFA cat II)
Access: R IJ temporary pheresis catheter (HD via L arm AVF kept for HD). 1.0 PV,
replacement 5% albumin warmed to 37 C via in-line blood warmer; room kept warm; ACD-A.
Cryocrit pre 6%.
VS: 140/84 pre, 132/80 post. No citrate sx.
Legs: purpura fading, ulcers clean; dressings intact.
Plan: TPE 3x/wk on non-HD days x2 wks; rituximab after TPE #3; DAA per hepatology.
No calciphylaxis - biopsy excluded it (LCV/cryo).
BMI 23.8.
-- Dr. Leonie Marchetti-Abara
"""),
]}

F19 = {"patient_id": "F19", "age": 41, "sex": "M", "notes": [
("2026-04-14", "Apheresis Donor Screening Note", """
DONOR CENTER - PLATELETPHERESIS DONOR, periodic physician review
41M, repeat apheresis platelet donor since 2019 (63 donations), Group O NEG.
Health history questionnaire reviewed, no deferrals. No meds except occasional ibuprofen
(none within 48 h).
Family hx: father had ESRD on HD and died 2011 of calciphylaxis complications; mother
alive, HTN. He wanted to know whether that puts him at risk - explained calciphylaxis
occurs mainly with kidney failure and he has normal kidney function; his PCP follows him.
Donor labs: Hgb 15.1, plt 268K, Cr 0.9, eGFR >90. A1c 6.0 last year (prediabetes per PCP,
diet).
VS: 128/80, 70, 36.6. Weight 99.0 kg, height 180 cm, BMI 30.6.
Venous access: good bilateral antecubitals.
Eligible; cleared for double-platelet collections.
-- Dr. Hollis Grunewald-Adeyemi, Donor Center Medical Director
"""),
("2026-06-02", "Primary Care Visit", """
PRIMARY CARE - annual exam
41M, healthy, regular platelet donor.
Concerns: worried about kidney disease because his father was on dialysis and got
calciphylaxis; no symptoms; no skin problems.
ROS neg. No NSAID use beyond rare ibuprofen.
Exam: BP 126/78, HR 68. BMI 30.9. Skin: clear throughout, nothing ulcerated, no livedo pattern.
Labs: Cr 0.9, eGFR 104, UACR 8, A1c 6.0 (prediabetes), LDL 131.
A/P:
1. Family hx of ESRD/calciphylaxis in father - patient has normal renal function; recheck
   BMP + UACR yearly; BP goal reviewed.
2. Prediabetes - diet, activity, recheck 6 mo. Not diabetic, no meds.
3. BMI 30.9 - discussed weight goals.
-- Dr. Anneliese Okonjo-Ward, Family Medicine
"""),
]}

F20 = {"patient_id": "F20", "age": 34, "sex": "F", "notes": [
("2016-09-20", "Apheresis Procedure Note", """
AUTOMATED RED CELL EXCHANGE - PROCEDURE NOTE
Dx: sickle cell anemia (HbSS), chronic RCE q4wk for prior stroke (ASFA cat I) - ESRD
from sickle nephropathy; thrice-weekly in-center HD, L arm fistula. Not diabetic;
warfarin never.
Access: R IJ tunneled dual-lumen apheresis catheter (for RCE only).
Pre: HbS 38%, Hct 26. Target HbS <30%, end Hct 30. 7 units of HbS-neg, Rh/K-matched,
leukoreduced RBCs exchanged. Post HbS 14%.
VS: 116/68, 96, 36.8; BMI 20.4.
Education today with pt and renal RN Juno: ferritin rising on chronic exchange program
(2,150) - planned switch to isovolemic hemodilution-RCE. Also reminded: calciphylaxis is a
known hazard in dialysis, so do not keep injecting one patch of skin, and keep
phosphorus in range. Skin fully intact, no lesions.
-- Dr. Sterling Nakamura-Owusu, Transfusion Medicine
"""),
("2017-03-07", "Nephrology Clinic Note", """
NEPHROLOGY - monthly HD review
34F HbSS, ESRD on HD MWF, chronic red cell exchange q4wk. Feels well; no pain crises
since December.
Chem panel - calcium 9.0, phosphorus 6.2 (up), PTH 510, alb 3.9 g/dL; single-pool Kt/V 1.5.
Exam: 110/64. Skin intact everywhere we looked - no purpura or nodules, nothing open. AVF good.
A/P:
- Hyperphosphatemia: diet review with RD, sevelamer 1600 TID.
- Counselling: with PTH and phosphate climbing, calciphylaxis becomes more likely (painful skin
  lesions in dialysis patients); explained early signs to report. No lesion now, no
  suspicion of calciphylaxis today.
- Continue RCE; hem aware.
BMI 20.6.
-- Dr. Ivo Castellano-Burke
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
