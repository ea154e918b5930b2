"""probe234 corpus notes, M08-M14 (long-term acute care hospital; all people and places invented)."""

M08 = {"patient_id": "M08", "age": 60, "sex": "M", "notes": [
("2019-11-22", "Procedure Note - PEG", """
PROCEDURE NOTE - PERCUTANEOUS ENDOSCOPIC GASTROSTOMY
Date of service: 11/22/2019     Location: Harrowgate LTACH procedure room
Operator: T. Achterberg, MD (general surgery)
Pt: 60 yo M, trach-dependent since necrotizing pancreatitis w/ ARDS in Sept.
Indication: failed FEES x2, NGT for 5 weeks.
Description: consent from wife. Moderate sedation through the trach. Scope passed,
transillumination and finger indentation at the L upper quadrant, 4 cm below the costal
margin. 20 Fr pull-type PEG placed; external bumper at 3.0 cm, loose, rotates freely.
EBL <5 mL. No complications. Cefazolin 2 g given before incision.
Background: ESRD, dialysis on M-W-F; DM2 - RN gives his SC insulin in the upper arms;
morbid obesity, BMI 41.2.
Post: split gauze under the bumper, no tape; Nepro at 20 mL/h in 4 h, advance by 10
q6h to 55 mL/h.
"""),
("2019-12-27", "Interdisciplinary Rounds", """
IDT rounds 12/27/19 - Harrowgate 4 North
60M, LOS 41. Resp: trach collar 35% around the clock since 12/20, PMV with SLP.
Nutrition: Nepro at goal via PEG, prealbumin 11.
Skin/wound: night RN found, on Christmas Eve, a dusky purple ring around the PEG site in
the L upper abdomen; it now spans ~5 cm, black center at the 6 o'clock edge; very
tender; no leak, tube turns freely, bumper not snug.
Renal: HD MWF, phos 8.1, PTH 980, on calcitriol.
Plan: wound RN today; derm to biopsy; surgery aware - no leak, tube stays.
D/C planning: step-down to SNF with an HD chair once decannulated; wife updated by
phone.
"""),
("2020-01-06", "Dermatology Consult", """
DERMATOLOGY CONSULT - LTACH
Bx 12/30/19, deep wedge from the L upper abdomen 2 cm off the stoma: subcutaneous
arteries with vK-staining mineral in the media, thrombosed lumens, fat necrosis.
Dx: calciphylaxis, arising around his gastrostomy insertion site. Onset 12/24/19, about
a month after the PEG went in on 11/22/19.
Exam: peristomal plaque 6x5cm, eschar inferiorly 2x1.5cm, livedo at its rim.
No lesions on thighs, arms, flanks or pannus.
Plan: thiosulfate 25 g with dialysis; stop calcitriol; no sharp debridement yet; keep the
gastrostomy (surgery agrees it is functioning); pain: fentanyl patch per palliative.
"""),
("2020-01-15", "Nephrology Progress Note", """
Renal progress note, HD day
Calciphylaxis of the peristomal L upper abdomen on STS since 12/31 - tolerating, some
nausea treated with ondansetron before each run.
HD MWF, BFR 400, UF 2.5 L, 2.0 Ca bath. Kt/V 1.3.
Labs: PTH 760 (was 980); P 6.0, down from 8.1; Ca 8.9.
Meds: cinacalcet 60 mg, sevelamer, insulin glargine + SSI (upper arms), no warfarin.
Lesion: stable, eschar dry, no new purpura.
Weight 124.5 kg -> BMI 40.8.
Plan: 3 more weeks of STS, then reassess; parathyroidectomy referral to Dr. Lindqvist at
Grayhaven; recheck labs Monday. Wife asked whether the tube "caused" this - explained
that we cannot be sure, and that the diagnosis is driven by his mineral balance.
"""),
]}

M09 = {"patient_id": "M09", "age": 72, "sex": "F", "notes": [
("2025-03-04", "LTACH Admission H&P", """
ADMISSION H&P   2025-03-04
72F from Ridgefield General ICU: AECOPD with hypercapnic failure, trach 2/18, vent.
ESRD (diabetic kidney disease) - dialyzed T/Th/Sa, R chest tunneled HD line.
DM2 - glargine 10 u nightly and a sliding scale, all injected in the abdomen.
VTE ppx: SC heparin 5000 u BID, also in the abdomen.
Hx DVT 2013 - warfarin x 1 yr, discontinued 2014; no anticoagulant since.
PAD: ABIs 0.52 (R) and 0.55 (L), so no SCDs and no compression.
Skin: hemosiderin staining of both shins, no ulcers; abd wall with small ecchymoses at
injection sites. Braden 13.
BMI 34.5.
Plan: PS wean as tolerated, HD per renal, insulin per protocol, PT/OT, SLP.
"""),
("2025-03-20", "Wound Care Note", """
WOUND NOTE
Bilateral posterior calves: new painful retiform purpura, necrotic stellate centers;
R 5x3cm, L 4x4cm. Onset ~5 days ago per pt and RN.
Pt denies bumping her legs; no heat or ice applied; no compression wraps; no injections
or lines in the legs. Belly where she gets her shots: a few bruises, nothing nodular or
necrotic.
Pedal pulses by Doppler only, feet cool.
Labs (3/19): phos 7.7 high, PTH 880, Ca 9.4 with albumin 2.4.
Impression: ?calciphylaxis; arterial ulceration and vasculitis also on the list. Derm
consult requested; bordered foam to both, heels floated, legs up on pillows, no wraps.
"""),
("2025-03-27", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx L posterior calf (3/22): small subcutaneous vessels calcified and clotted; no
vasculitis. DX: calciphylaxis, bilateral calves.
No local trauma to either leg identified; her heparin and insulin shots have all gone into
the abdomen, which is clear.
Exam: R calf 6x3.5cm, L calf 4.5x4cm, both with adherent eschar and a rim of
livedo racemosa; thighs and trunk clear.
Plan: thiosulfate with each HD; renal to adjust binders; no needles into her legs, ever;
vascular surgery consult for the PAD; palliative care for pain and goals.
Hx: ESRD/HD, insulin-treated DM2, remote warfarin (stopped 2014), BMI 34.5.
"""),
]}

M10 = {"patient_id": "M10", "age": 64, "sex": "M", "notes": [
("2020-11-02", "Wound Care Consult", """
WOUND CONSULT 11/2/2020
64M, LTACH day 31 (post-CABG sternal wound infection, trach). ESRD, dialysis MWF. AF -
takes warfarin. Not diabetic.
L lateral thigh: painful indurated plaque noticed 10 days ago by RN at bath time; today
8x6cm, black eschar 3x2cm centrally, netlike purpura at the margin.
No injections into the thigh (no SC heparin - he is on warfarin), no heat or cold, no fall,
no device over this area. Turned q2h, prefers supine.
BMI 37.0.
Rec: derm biopsy, off-load, foam dressing, pain regimen review.
"""),
("2020-11-06", "Dermatology Consult", """
Derm consult
Incisional bx L lateral thigh 11/3/20: arterioles of the subcutis show medial calcium
deposits; lumens thrombosed; fat necrotic. Calciphylaxis confirmed.
Since 11/3 the night RN puts a cold pack on top of the thigh wound for pain, per pt
request - ok short term, 15 min max, never directly on the eschar.
Exam: plaque 8.5x6cm, eschar 3.5x2cm; whole-body skin check otherwise negative.
Risks: dialysis-dependent ESRD, warfarin, obesity, phos 7.6.
Plan: thiosulfate with HD; ask cardiology re: changing warfarin to apixaban; stop calcium
carbonate; Santyl to the eschar under bordered foam; acetaminophen scheduled and
hydromorphone PRN ahead of dressing changes.
"""),
("2020-11-21", "Nursing Fall Note", """
FALL EVENT NOTE - 11/20/20 @ 2310
Unwitnessed: CNA heard the bed alarm, pt sitting on floor by the bed rail; says he tried
to stand to use the urinal. Landed on his L side. No head strike per pt, GCS 15, trach
secure, SpO2 95% on 35% TC.
Skin: new 6 cm hematoma, L lateral thigh, roughly 8-10 cm distal to the calciphylaxis wound;
wound dressing intact, no fresh bleeding.
Hospitalist Dr. Ybarra notified: x-ray L femur negative for fracture. Neuro checks q4h x 24 h.
Fall bundle: bed low, alarm on, urinal within reach, hourly rounding.
"""),
("2020-12-01", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS
HD MWF, UF 2-2.5 L, tolerating; STS 25 g at each treatment since 11/9.
Anticoag: cardiology took him off warfarin 11/9 and started apixaban (2.5 BID).
L thigh calciphylaxis: eschar unchanged, no new lesions; hematoma from the fall on
11/20 resolving.
Labs: PTH 540, P 5.4, Ca 8.7.
Wt 112 kg, BMI 36.4.
Vent: trach collar 28% around the clock since 11/25, PMV for meals.
Not diabetic - no insulin, FSBG stopped.
Plan: keep STS going, cinacalcet 30, sevelamer 1600 TID; outpatient HD unit identified
(Brackett Dialysis, MWF 2nd shift) for discharge.
"""),
]}

M11 = {"patient_id": "M11", "age": 59, "sex": "F", "notes": [
("2021-06-15", "Interdisciplinary Plan of Care Conference", """
IDT PLAN OF CARE CONFERENCE - Sable Point Specialty Hospital, 3 North
59F, LOS 12. Obesity hypoventilation + MRSA pneumonia, trach 5/26, vent nights only.
Renal: ESRD, dialyzed T-Th-S via L forearm AVF; UF 3 L per run.
Endo: DM2 on glargine + lispro. Nursing gives insulin and SC heparin in the posterior
upper arms - pannus too thick for reliable SC dosing.
Skin: Braden 14, heavy pannus with a moist fold, nystatin powder; no wounds.
Wt trending on bed scale, BMI 45-47 across admission.
Anticoag: none at home, no warfarin.
Goals: TC by day, home with daughter + outpt HD.
"""),
("2021-07-09", "Wound Care Consult", """
WOUND CARE CONSULT  07/09/2021
C/o a hard, painful spot, lower pannus, just R of midline, since the Fourth of July.
Now a violaceous indurated plaque 9x5cm with a gray-black necrotic center 3x2cm and
livedo at the edges. No crepitus; CT abd/pelvis: subcutaneous stranding, no gas.
Pt denies heating pads or ice packs, before or after. MAR reviewed: no injections into
the abdomen this admission (arms only). No binder, no tape, no device against the pannus.
Impression: ?calciphylaxis; necrotizing infection felt unlikely given the CT.
Plan: derm biopsy, surgery aware, foam, lift pannus with soft sling - no adhesives.
"""),
("2021-07-16", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx lower pannus R (7/10/21): calcified small vessels in septa, thrombi, necrotic fat.
Dx: calciphylaxis (biopsy-proven), R lower abdomen / pannus.
No trauma at the site identified: no injections, heat, binder or tape there before
onset, per MAR and pt.
Exam: plaque 10x6cm, eschar 4x2.5cm, thin rim of retiform purpura. Breasts, thighs
and arms clear.
Plan: STS at HD; keep insulin and heparin injections away from the abdomen; no heat or
cold packs over the pannus; if new lesions appear, re-biopsy.
BMI 46.1. Background: HD for ESRD; DM2 managed with insulin.
"""),
]}

M12 = {"patient_id": "M12", "age": 75, "sex": "M", "notes": [
("2022-09-12", "LTACH Admission H&P", """
LTACH ADMISSION H&P - Harrowgate Specialty Hospital
75M from Dunmore University Hospital after CABG x3 c/b prolonged vent, trach 8/30.
PMH: ESRD on HD since 2011 (MWF, R AVF); DM2, on insulin since 2020, rotating his own
injections through both thighs; in 2016 he had calciphylaxis of the medial R thigh,
proven by biopsy, healed after STS + subtotal parathyroidectomy (2017).
No warfarin, no anticoagulants.
Skin: R medial thigh atrophic stellate scar, healed. Sacral stage 2 pressure injury POA,
2x1.5cm, pink base. Thighs otherwise intact.
BMI 26.8.
Plan: vent wean (PS 10/5), HD per renal, insulin SSI + glargine, sacral off-loading.
"""),
("2022-10-03", "Wound Care / Skin Survey", """
WOUND / SKIN SURVEY 10/3/2022
Full skin check with RN. Sacral stage 2 pressure injury now 1.2x0.8cm, epithelializing.
Thighs: insulin sites, no nodules, no livedo, no purpura. Old R thigh scar unchanged.
No evidence of recurrent calciphylaxis. Pt reports he had a flare of leg cramps last
winter but nothing on the skin.
Labs at target: PTH 310 pg/mL, phosphorus 4.9, calcium 9.1.
HD MWF without issues; vent: trach collar 28% since 9/26.
Plan: continue off-loading, hydrocolloid to sacrum, weekly skin check; keep rotating
insulin sites; discharge planning to Wendover SNF with outpatient HD.
"""),
]}

M13 = {"patient_id": "M13", "age": 51, "sex": "F", "notes": [
("2023-02-07", "LTACH Admission H&P", """
ADMISSION H&P (LTACH)  Feb 7, 2023
51F, prolonged respiratory failure after pneumococcal sepsis; trach, PEG.
ESRD on PD (CCPD, 4 cycles). DM2 - SC insulin, given in the abdomen well clear of the
PD catheter.
No warfarin. BMI 42.3, morbid obesity.
FHx: her sister, also on dialysis, had calciphylaxis last year at her insulin injection
sites.
Vent: PS 12/6, FiO2 40%, RSBI 104. Trach #8 cuffed.
Labs: PTH 612, P 6.9, Ca 9.6, albumin 2.5.
Skin: nothing open on head-to-toe check; Braden 12; low-air-loss mattress ordered.
Plan: wean to TC, continue CCPD, insulin per protocol, PT/OT, nutrition consult.
"""),
("2023-02-20", "Wound Care Note", """
WOUND NOTE 02/20/23
New bilateral breast lesions, inferior poles, since Feb 14th: L 6x4cm, R 4x3cm,
violaceous plaques with retiform edge, central necrosis on the L. Extremely painful.
Nothing has touched the breasts - no tape, no device, no heat, and no injections to the
chest.
Sacrum: separate problem - stage 2 PI (3x2cm), supine-positioning related.
Abdominal insulin sites clean.
Labs today: Ca/P 10.0/7.4.
Plan: derm consult, non-adherent foam to breasts, off-load sacrum q2h, renal aware,
pain regimen reviewed with hospitalist.
"""),
("2023-03-01", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx L breast 2/22/23: calciphylaxis (arterioles mineralized on vK, thrombi, fat necrosis).
Bilateral breast calciphylaxis without identifiable local trauma.
Family history noted (sister's lesions at her insulin sites).
Exam: L breast 7x4cm, ulcerated centrally; R breast 4x3.5cm intact plaque with
livedo. Abdomen, thighs and arms clear. Sacral pressure injury healing, unrelated.
Plan: STS IV three times a week by PICC, renal to manage PD prescription and phos,
pain control, hydrogel + foam.
PD-dependent ESRD; DM2 on insulin; BMI 42.3.
"""),
]}

M14 = {"patient_id": "M14", "age": 68, "sex": "M", "notes": [
("2024-08-19", "Hospitalist Progress Note", """
HOSPITALIST PROGRESS NOTE 8/19/24
68M LTACH day 22, trach weaning. Acute L knee gout flare since 8/17; arthrocentesis L knee
8/18 (MSU crystals, WBC 21K). Ice packs on the L knee for 20 min every 4 h while awake,
for 48 h; prednisone 30 mg.
ESRD, HD MWF. Not diabetic. Off warfarin since 2019 (GI bleed at home); nothing
anticoagulant on board now.
BMI 28.0.
Vent: PS 8/5 days, A/C nights; RSBI 62.
Skin: Braden 14, no wounds; BLE warm, DP pulses palpable.
Plan: continue prednisone taper, colchicine avoided (ESRD); renal to adjust urate plan;
PT resumes when knee pain allows.
"""),
("2024-09-06", "Wound Care Note", """
WOUND NOTE 9/6/2024
Asked to see a new L leg wound. Pt (trach collar, mouthing well) says it has ached "like a
bad tooth, but in my leg" and turned dark since Labor Day.
L posterior mid-calf: painful necrotic ulcer 4x3cm with livedo at its edge, dry black
base, no drainage. L knee: flare resolved, skin over the knee intact.
Nothing applied to the calf and no injury there per RN and pt; SCDs not used (on
heparin via HD circuit only).
Labs: PTH 1,050, P 7.9, Ca 10.2.
Plan: derm consult, bordered foam, float heels, pain reassessment q4h.
"""),
("2024-09-13", "Dermatology Consult", """
DERMATOLOGY CONSULT
68M, ESRD/HD, not diabetic, past warfarin (stopped 2019), BMI 28.0.
L posterior mid-calf necrotic ulcer since 9/2 with livedo racemosa: clinical diagnosis of
calciphylaxis. No biopsy - poor healing potential in the leg, and the picture plus
labs are convincing.
The ice was applied to the knee, ~15 cm above the ulcer; no trauma to the calf.
Plan: thiosulfate IV on his dialysis days; stop calcitriol; renal to intensify phos
control; alginate + foam to the ulcer; palliative care for pain.
"""),
]}

PATIENTS = [M08, M09, M10, M11, M12, M13, M14]
