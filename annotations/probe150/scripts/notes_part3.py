"""probe150 corpus notes, F15-F20 (radiology and imaging reports with the clinics around them; all invented)."""

F15 = {"patient_id": "F15", "age": 69, "sex": "F", "notes": [
("2016-04-12", "CT Abdomen Pelvis without Contrast", """
CT ABDOMEN AND PELVIS, NONCONTRAST
04/12/2016  08:17
Ordering: Dr. Renske Obuya, Quillfield Dialysis
History: 69F; ESRD (maintenance HD); type 2 diabetes on insulin; intermittent epigastric
pain, r/o
pancreatitis or biliary disease.
Comparison: none.
Findings:
Liver, spleen, adrenals unremarkable. Gallbladder with layering sludge, no wall thickening.
Pancreas atrophic without peripancreatic fluid. Native kidneys small with cortical
calcifications. No bowel obstruction.
Anterior abdominal wall: several rounded and curvilinear subcutaneous calcifications with
surrounding fat stranding in the periumbilical region and both lower quadrants, at typical
insulin injection sites. Small calcified vessels within the subcutaneous fat.
Impression:
1. Gallbladder sludge. No acute pancreatitis.
2. Subcutaneous abdominal wall calcifications and stranding at injection sites: injection
   granulomas or fat necrosis most likely; in a dialysis patient, early calciphylaxis is
   not excludable on imaging -- please correlate clinically.
"""),
("2016-05-03", "Dermatology Consult", """
DERMATOLOGY CONSULT  05/03/2016
Ref: Dr. Obuya (nephrology) for CT finding + tender belly skin.
69F, ESRD, dialysis Mon-Wed-Fri; diabetic, NPH 18u BID injected into the lower abdomen
for over 10 yrs;
obesity. No warfarin.
HPI: Several months of tender hard areas around the navel where she injects. No open sores.
Exam: around the umbilicus and across both lower quadrants: multiple firm 1-3 cm
subcutaneous nodules,
two with faint violaceous mottling overlying; no eschar, no ulcer. BMI 34.8 (Wt 92 kg).
Impression: painful indurated nodules at insulin injection sites in an HD patient. Ddx:
lipohypertrophy with fat necrosis, injection granulomas, possible early calciphylaxis.
Plan: offered deep incisional biopsy to settle this -- pt declines for now ("I heal badly").
Rotate injections to the upper outer thighs; review in 6 wk, earlier should the skin
darken or open.
"""),
("2016-06-14", "Hemodialysis Transfer Summary", """
HEMODIALYSIS TRANSFER SUMMARY -- Quillfield Dialysis -- 6/14/2016
69F moving to her son's home in another state; care transferring to a new HD unit
there from 6/20/2016.
Dx: ESRD (diabetic nephropathy); HD three times weekly, 210 min per run, L radiocephalic
AVF. T2DM on NPH insulin.
Obesity (BMI 34.8). No anticoagulants.
Open issue: tender abdominal wall nodules at insulin sites with subcutaneous calcification
on CT 4/12. Derm considers calciphylaxis possible but unproven; biopsy declined. Not
treated with sodium thiosulfate. Please re-examine and re-offer biopsy if new lesions or
any ulceration.
Labs 6/7: Ca 9.1, Phos 6.3, PTH 540, Alb 3.7, Hgb 10.9, spKt/V 1.42.
Meds: NPH insulin, sevelamer, calcitriol 0.25 mcg, lisinopril, atorvastatin, epoetin with HD.
EDW 91.0 kg.
"""),
]}

F16 = {"patient_id": "F16", "age": 74, "sex": "M", "notes": [
("2024-07-15", "Emergency Department Note", """
ED NOTE   07/15/2024  11:28
CC: purple mottled legs, toe pain
HPI: 74M, ESRD on HD MWF, CAD, AF on warfarin. Coronary angiogram by R femoral access
on 7/3/24 (outside hospital). About 5 days ago his wife saw blotchy purple skin on both thighs
and his toes turned blue; now very painful small dark sores on the outer thighs.
Exam: T 37.0, BP 118/62, HR 88 irreg. Livedo racemosa over both lateral thighs and
buttocks; three 0.5-1 cm punched-out dark ulcers on the L lateral thigh, one on the R.
Blue 2nd and 3rd toes bilaterally with good pedal pulses.
Labs: eos 9%, ESR 78, INR 2.9, Cr (HD pt), lipase nl.
MDM: cholesterol embolization after catheterization vs calciphylaxis (HD, warfarin) vs
vasculitis. Plan: noncontrast CT of abdomen and pelvis; derm consult; admit.
BMI 23.9.
"""),
("2024-07-16", "CT Abdomen Pelvis without Contrast", """
CT ABDOMEN/PELVIS WITHOUT CONTRAST
Date: 07/16/2024
History: 74M on HD, livedo and small thigh ulcers after cardiac cath; eval for retroperitoneal
hematoma, evidence of calciphylaxis.
Technique: Axial 2.5 mm from dome to proximal thighs. No IV contrast.
Findings: No retroperitoneal or groin hematoma; R common femoral puncture area unremarkable.
Severe circumferential calcification of the aorta, iliac and femoral arteries. Reticular
subcutaneous stranding of both lateral thighs with scattered calcified small vessels, mild.
Kidneys atrophic. No free fluid. No bowel abnormality.
Impression:
1. No hematoma.
2. Subcutaneous stranding of the lateral thighs with small-vessel calcification -- could fit
   calciphylaxis; nonspecific, and cholesterol embolization cannot be assessed on CT.
"""),
("2024-07-25", "Dermatology and Palliative Care Note", """
DERMATOLOGY / PALLIATIVE CARE JOINT NOTE   7/25/2024
74M, HD, AF on warfarin, s/p coronary angiogram 7/3.
Lesions: livedo racemosa both lateral thighs, 4 small ulcers, dusky toes -- little change.
Differential unchanged: cholesterol emboli (timing after cath, eosinophilia, blue toes) and
calciphylaxis (HD, warfarin, subcutaneous calcified vessels on CT) remain the two leading
possibilities; we cannot separate them without a deep biopsy.
Family meeting (pt, wife, son) about goals: he declines biopsy and further work-up,
chooses comfort-focused care and to stop dialysis. Warfarin stopped.
Plan: home hospice; morphine for pain; gentle wound care (nonadherent dressings); no biopsy.
BMI 23.9.
"""),
]}

F17 = {"patient_id": "F17", "age": 60, "sex": "F", "notes": [
("2018-05-07", "Nuclear Medicine Bone Scan", """
NM BONE SCAN WHOLE BODY WITH SPOT VIEWS
Exam date: 05/07/2018
Indication: 60F, ESRD (CKD stage 5, conservative management, no dialysis), diffuse bone pain;
eval renal osteodystrophy vs metastatic disease.
Radiopharmaceutical: Tc-99m MDP 24.6 mCi IV. Images at 3 h; spot views of abdomen.
Findings: Heterogeneous uptake in the axial and appendicular skeleton with prominent
calvarial and costochondral activity, consistent with metabolic bone disease. No focal
lesion typical of metastasis. Focus of moderate soft-tissue uptake in the L lower anterior
abdominal wall, about 4 cm, not related to bone or bowel.
Impression:
1. Metabolic bone disease pattern.
2. Soft-tissue uptake in the L lower abdominal wall -- may reflect soft-tissue calcification
   (e.g., calciphylaxis, fat necrosis); recommend clinical correlation.
Electronically signed: Dr. Ottilie Marchbanks
"""),
("2018-05-21", "Kidney Supportive Care Clinic Note", """
KIDNEY SUPPORTIVE CARE CLINIC  5/21/2018
60F, ESRD (CKD 5, eGFR 9), chose conservative kidney management, declined dialysis. T2DM
on linagliptin; declined insulin again today. Obesity, BMI 31.2. No anticoagulation.
S: tender lump on the lower L belly for ~6 wks. In March she was admitted with pneumonia and
had heparin shots into the belly, L side mostly, for the 6 days she was there.
O: L lower abdomen: subcutaneous nodule 3 cm, firm, tender, faint livedoid mottling, no
ulcer. Skin elsewhere unremarkable.
Labs: calcium 9.5 / phosphate 6.6 / PTH 720.
A: Tender nodule at prior heparin injection site, bone scan with soft-tissue uptake there.
Could be early calciphylaxis vs heparin-related fat necrosis / hematoma remnant.
P: derm for biopsy; stop calcium carbonate; low-phos diet review.
"""),
("2018-06-12", "Dermatology Note", """
DERMATOLOGY  6/12/2018
60F, ESRD managed conservatively (never dialysed), T2DM not on insulin, obesity.
Bx 5/30 L lower abdomen (4 mm punch): septal panniculitis, fat necrosis; vessel walls
negative on von Kossa, but the sample is shallow and small -- nondiagnostic for calciphylaxis.
Exam: L lower abdominal nodule 3 cm, unchanged, no ulceration. BMI 31.
Assessment: possible early calciphylaxis vs fat necrosis after injections; not established.
Plan: advised a deeper incisional sample; she says no, wants to "leave it alone".
Will follow clinically; she will phone if it turns dark, breaks open or spreads. Pt later
did not return for
scheduled follow-up (no-show 7/10, letter sent).
"""),
]}

F18 = {"patient_id": "F18", "age": 63, "sex": "M", "notes": [
("2021-11-02", "XR Tibia Fibula Right", """
RADIOGRAPHS R TIB/FIB (AP + LATERAL)
Date: 11/02/2021
Indication: 63M on HD, nonhealing ulcer of the R anterior shin for 3 wks; ?calciphylaxis,
?osteomyelitis.
Comparison: none.
Findings: Soft tissue irregularity over the anterior mid-tibia consistent with the known
ulcer. No periosteal reaction, cortical destruction or soft tissue gas. Extensive
calcification of the popliteal, tibial and peroneal arteries, and of fine subcutaneous
vessels of the leg. Mild tibiotalar and knee degenerative change. Bones slightly
osteopenic.
Impression:
1. Anterior shin soft tissue ulcer without radiographic evidence of osteomyelitis.
2. Widespread arterial calcification reaching the fine subcutaneous branches; this is
   nonspecific but is seen in calciphylaxis. Tissue diagnosis as clinically indicated.
"""),
("2021-11-09", "Dermatology Consult", """
DERMATOLOGY CONSULT  11/9/2021
63M, ESRD (HD MWF); T2DM, glargine + lispro; AF on Coumadin (INR 2.3).
Vitals: BP 152/86, BMI 28.8.
HPI: R shin ulcer x ~4 wks, started as a painful purple spot. No injury he recalls. Also new
pinpoint purple spots on both ankles this week. Recent URI treated with amoxicillin.
Exam: R anterior mid-shin ulcer, 3x2 cm, undermined violaceous edge, ring of
palpable purpura; scattered palpable purpuric papules on both ankles and dorsal feet.
Assessment: r/o calciphylaxis; also consider leukocytoclastic vasculitis or warfarin-induced
skin necrosis.
Plan: two punch bx (ulcer edge and fresh ankle papule) -- H&E with von Kossa, plus DIF; UA,
complements, ANCA, hepatitis panel.
"""),
("2021-11-23", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP  11/23/2021
Path: ulcer edge and ankle papule both show leukocytoclastic vasculitis with fibrinoid
necrosis of dermal vessels; DIF with perivascular IgA and C3. Von Kossa negative -- no
vascular or interstitial calcification in the subcutis.
Serology: ANCA negative, complements normal.
Conclusion: IgA-associated leukocytoclastic vasculitis, probably post-infectious.
Calciphylaxis is ruled out.
Plan: prednisone 20 mg daily x 2 wk, taper; ulcer: petrolatum + nonadherent dressing;
coordinate with nephrology (HD) and cardiology for warfarin monitoring on steroids.
BMI 28.8. Insulin doses may need adjustment on steroids -- endocrine aware.
RTC 3 wk.
"""),
]}

F19 = {"patient_id": "F19", "age": 45, "sex": "F", "notes": [
("2026-03-10", "Screening Mammogram", """
SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS
Exam date: 03/10/2026
History: 45 y/o female, routine screening. Family history: mother breast cancer age 62.
Patient also reports her sister, a dialysis patient, died in 2024 of calciphylaxis. Patient
has CKD stage 3a, not on dialysis.
Comparison: 02/2025 and 01/2024.
Breast composition: Heterogeneously dense (C), which may obscure small masses.
Findings: No mass, architectural distortion or suspicious calcification in either breast.
Scattered linear breast arterial calcifications bilaterally, mildly increased from 2024.
Skin and nipples normal. Axillae unremarkable.
Impression: No mammographic evidence of malignancy. Breast arterial calcifications, a
marker associated with cardiovascular risk -- reported to the primary care provider.
BI-RADS 1: Negative. Annual screening mammography recommended.
"""),
("2026-03-24", "Primary Care Visit", """
PRIMARY CARE VISIT   3/24/2026
45F here to review her mammogram and labs.
PMH: CKD 3a (eGFR 52, IgA nephropathy), HTN, prediabetes (A1c 6.1%), overweight.
Family hx: sister died of calciphylaxis while on HD; mother breast ca.
She read about breast arterial calcification and fears developing calciphylaxis as her
sister did. Reassured: CKD 3a is a long way from dialysis, and her skin is normal.
Vitals: BP 132/84, HR 74; 163.5 cm / 79.8 kg; BMI: 29.9, a hair below the obesity cut-off.
Exam: skin of trunk, breasts, abdomen and legs normal, no nodules or discoloration.
Meds: losartan 50 mg, atorvastatin 10 mg. No warfarin, no insulin.
Plan: continue losartan; lipid panel; nephrology follow-up as scheduled; diet/exercise
counselling for prediabetes and weight; screening mammogram next year.
"""),
]}

F20 = {"patient_id": "F20", "age": 52, "sex": "M", "notes": [
("2017-01-17", "XR Lumbar Spine", """
XR LUMBAR SPINE AP/LAT/FLEX/EXT
01/17/2017
Indication: 52M on PD, chronic low back pain worse for 2 months, no trauma, no red flags.
Comparison: none.
Findings: Five lumbar-type vertebrae. Alignment normal, no instability on flexion/extension.
Multilevel disc space narrowing, worst at L4-5 and L5-S1, with anterior osteophytes. Facet
hypertrophy L4-S1. Vertebral body heights maintained. Sclerotic endplate bands, in keeping
with renal osteodystrophy. Aortic calcification. PD catheter projects over the pelvis.
Large soft-tissue shadow of the abdomen limits AP detail.
Impression: Degenerative disc and facet disease, lower lumbar spine. No fracture or
listhesis.
"""),
("2017-01-31", "Peritoneal Dialysis Clinic Note", """
PD CLINIC -- 1/31/2017
52M, ESRD (FSGS) on CAPD x 2 yrs, type 2 DM, no medication, diet only (A1c 6.4), HTN.
Problem list:
obesity. Not on anticoagulants.
S: Low back pain; XR showed lumbar degenerative disease. Wondering whether an electric
heating pad at bedtime would be OK.
O: BP 146/90. Wt 131 kg. Skin exam of back, abdomen, flanks and legs: intact, no lesions,
no discoloration. Exit site clean.
A/P:
1. Lumbar DDD -- PT referral; acetaminophen; lidocaine patch.
2. Advised against the heating pad and against hot-water bottles: in dialysis patients
   calciphylaxis (painful skin necrosis) is a recognised risk, and heat or injury to the
   skin can set it off. No sign of it today.
3. PD: weekly Kt/V 1.9, adequate; continue 4 x 2 L.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
