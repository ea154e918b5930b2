"""probe150 corpus notes, F01-F07 (radiology and imaging reports with the clinics around them; all invented)."""

F01 = {"patient_id": "F01", "age": 67, "sex": "M", "notes": [
("2019-02-11", "CT Chest Abdomen Pelvis with Contrast", """
EXAM: CT C/A/P WITH IV CONTRAST (ROUTINE)
DATE OF SERVICE: 02/11/2019 14:52
ORDERING: Hollins, Marit NP (Renal Transplant Evaluation Clinic)
INDICATION: 67M ESRD on HD, pre-listing work-up, unintended wt loss, ?occult neoplasm.
COMPARISON: CXR 11/30/2018.
TECHNIQUE: Axial chest thru pelvis after 100 mL iohexol 350 by power injector via a 20G
cannula in the L dorsal forearm (placed by ED after 3 attempts). Cor/sag reformats.

FINDINGS:
Chest: No lung nodule larger than 4 mm. Trace pericardial fluid. Dense coronary calcium.
Abd/pelvis: Shrunken native kidneys w/ a few simple cysts. Extensive aortoiliac and
visceral arterial calcification. No mass, adenopathy or ascites.

IMPRESSION:
1. No CT sign of malignancy.
2. Marked arterial calcification - relevant to transplant surgical planning.

ADDENDUM 15:20 -- CONTRAST EXTRAVASATION
Approx 35-40 mL of contrast leaked into the soft tissues of the L dorsal forearm at the
cannula during power injection; tech stopped the injector. Radiologist saw pt at the
scanner: forearm swollen and tense over ~8 x 6 cm, radial pulse 2+, cap refill under 2 s,
sensation normal, no blisters. Cannula pulled, arm elevated on pillows. Written
extravasation instructions given; return if pain rises, blisters form or fingers go numb.
NP Hollins phoned. Safety report filed.
T. Vasquez-Lind, MD
"""),
("2019-03-19", "Dermatology Consult", """
DERMATOLOGY CONSULT -- Larchmont Outpatient Derm
Referring: Dr. Ngozi Abara (nephrology)
CC: painful spot L forearm

HPI: 67 yo man, ESRD, dialyses M-W-F (R brachiocephalic AVF); T2DM needing
insulin; AF, takes warfarin. Had a contrast CT on 2/11 and the dye "leaked" into his L
forearm; the swelling settled within about a week. Then, 3 wks ago, a hard and
exquisitely tender patch came up in that same spot on the dorsal L forearm; its centre has
since turned black. Pain he scores at nine, and he is sleeping poorly because of it.
Meds: glargine 22u qhs + lispro sliding scale, warfarin (last INR 2.6), sevelamer,
cinacalcet, calcitriol, metoprolol.

Exam: L dorsal mid-forearm -- indurated plaque 5x4cm, violaceous, retiform outline; central
eschar, black, 15 mm; livedoid net surrounding. Not fluctuant. R arm AVF thrill present.
Vitals: BP 148/82, HR 78 irreg, T 36.8. BMI 31.8.

A/P: Eschar-topped retiform purpura located exactly where the contrast pooled on 2/11, in a
warfarinized HD patient -- most c/w calciphylaxis; ddx warfarin necrosis, late extravasation
injury.
- punch biopsy (4 mm) from the lesion margin today, consented; Gelfoam for hemostasis
- petrolatum + nonadherent dressing daily
- will msg Dr. Abara about starting STS
"""),
("2019-04-02", "Hemodialysis Rounding Note", """
HEMODIALYSIS ROUNDING NOTE   Eastmere Dialysis, chair 14   4/2/2019

S: L forearm still very painful; takes oxycodone 5 mg before each run. Appetite fair.
Derm path back: the L forearm plaque biopsy shows mural calcium deposits in tiny
subcutaneous arterioles plus intimal thickening and fat necrosis = calciphylaxis (calcific
uremic arteriolopathy). Discussed w/ Dr. Okonkwo-Hale (derm).

O: Pre-HD BP 152/79, post 131/70. Wt 97.6 kg (EDW 96.0). BMI 31.4 (obese).
Dressing L forearm clean/dry/intact; eschar unchanged per RN.
Labs 3/28: Ca/Phos/iPTH 9.6/6.9/812, Alb 3.4, spKt/V 1.31, Hgb 10.2, INR 2.4.

Assessment and plan:
#1 Biopsy-proven calciphylaxis, L forearm
 - STS 25 g IV, run in over the closing hour of HD, thrice weekly; first dose today
 - stop calcitriol and the Ca-based binder; sevelamer 1600 mg TID, taken with food
 - cinacalcet up to 60 mg; dialysate Ca 2.0
 - warfarin: will ask cardiology about apixaban instead
#2 T2DM on insulin, A1c 7.4
#3 ESRD: keep MWF 4 h, Rx unchanged
"""),
]}

F02 = {"patient_id": "F02", "age": 58, "sex": "F", "notes": [
("2023-06-05", "Diagnostic Mammogram and Breast Ultrasound", """
EXAM: DIAGNOSTIC MAMMOGRAM BILATERAL W/ TOMOSYNTHESIS; TARGETED US BOTH BREASTS
DATE: 06/05/2023
CLINICAL HISTORY: 58 y/o woman sent by PCP (Dr. Ines Kovalenko) for painful dark skin
changes along the lower part of both breasts, present since Mother's Day weekend per
patient. No palpable lump. Last screening mammogram 04/2022, BI-RADS 1.
Skin markers placed on the areas of concern.

BREAST COMPOSITION: Scattered areas of fibroglandular density (B).

FINDINGS: Skin thickening up to 6 mm along the inferior aspect of both breasts under the
markers, R a little more than L. Extensive tram-track and linear vascular calcifications
bilaterally, progressed since 2022. No suspicious mass, distortion or grouped
microcalcifications.
Targeted ultrasound of the lower breasts: thick, bright subcutaneous fat with tiny
shadowing echogenic dots along vessels; no collection, no solid mass.

IMPRESSION: Bilateral inferior breast skin thickening with subcutaneous changes and
prominent vascular calcification. Nothing to suggest malignancy on imaging.
BI-RADS 2: Benign. The skin findings need clinical work-up; dermatology review and a
skin punch biopsy are advised. Result phoned to Dr. Kovalenko's office.
"""),
("2023-06-16", "Dermatology New Patient", """
Dermatology New Patient -- Wrenfield Skin Associates
58F. Ref: PCP and breast imaging.

HPI: Terribly painful purple-black areas under both breasts since Mother's Day weekend,
now crusted. Since spring 2022, on the advice of her bariatric program, she has worn a
firm longline shapewear bra with an underwire every day, 12+ h/day, and says the wire
"really bites" along the underside of each breast. No new meds, no injections, no injury.
PMH: class III obesity, primary hyperparathyroidism (declined surgery 2021), recurrent
LLE DVT on warfarin since 2019, HTN. Renal function fine (creatinine 0.8, eGFR 81 in May).
No DM.
Vitals: BP 136/84 HR 88 Wt 118 kg BMI=43.2 kg/m2

Exam: Inferior R and L breast, tracing the exact curve of the underwire: purpuric plaques
with a retiform edge, 9x3cm on the right and 7x2.5cm on the left, stellate black eschar
centrally, firm borders. Abdomen, thighs and legs clear.

Impression: Retiform purpura with necrosis along the bilateral underwire pressure line.
Suspect non-uremic calciphylaxis (obesity, hyperPTH, warfarin). Other possibilities: skin
necrosis from warfarin, vasculitis.
Plan: deep punch bx R and L today; stop the underwire/shapewear, soft bralette only;
labs -- INR, PTH, calcium, phosphorus, protein C and S; f/u 2 wk.
"""),
("2023-06-30", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP  6/30/2023
Path (WSA-23-4471 R, -4472 L): subcutaneous arterioles of small-to-medium calibre with
medial calcium, intraluminal thrombus, fat necrosis in the lobules; von Kossa
highlights the vessel-wall deposits.
Final diagnosis: calciphylaxis of both breasts, non-uremic type. Went over this with pt
and husband;
she was tearful, relieved to have a name for it.

Wounds: R inferior breast 9.5cm x 3.2cm, eschar ~80%, yellow slough ~20%. L 7cm x 2.6cm,
dry eschar. Minimal periwound redness, no odor.
Pain 7/10 on gabapentin 100 mg qhs + acetaminophen.
BMI 42.7 today.

Plan:
- Hematology stopped warfarin 6/22; now apixaban 5 mg BID
- sodium thiosulfate IV thrice a week, Briarwood infusion unit (kidneys normal,
  not a dialysis patient)
- endocrine again re parathyroidectomy -- she now agrees
- soft cotton bralette only; silicone foam dressings q3 days
- co-manage w/ wound clinic; rtc 3 wk
"""),
]}

F03 = {"patient_id": "F03", "age": 71, "sex": "M", "notes": [
("2016-08-30", "CT Abdomen Pelvis without Contrast", """
CT ABDOMEN/PELVIS WITHOUT IV CONTRAST (STONE PROTOCOL)
Exam date: 08/30/2016
Requesting: Peritoneal Dialysis Clinic, Harrowgate Renal
History: 71M on CAPD, L flank pain since earlier this month, microscopic blood in the
residual urine. Eval for stone.
Comparison: renal US 2014.

Findings:
Kidneys: bilateral atrophic kidneys; 4 mm nonobstructing stone in the L lower pole. No
hydronephrosis, no perinephric stranding.
Ureters: no ureteral stone. Bladder collapsed.
PD catheter enters the R lower quadrant, tip in the deep pelvis. Moderate intraperitoneal
dialysate, as expected.
Vessels: heavy calcification of the aorta and of the iliac, splenic and mesenteric arteries.
Soft tissues: small fat-containing umbilical hernia, otherwise unremarkable.
Bones: multilevel lumbar spondylosis; no aggressive bone lesion.

Impression:
1. 4 mm nonobstructing L renal stone; no obstruction to account for flank pain.
2. Lumbar spondylosis -- musculoskeletal cause of the L flank pain is possible.
3. Extensive arterial calcification.
Signed: Priya Ostrander, MD, Body Imaging
"""),
("2016-09-27", "Peritoneal Dialysis Clinic Note", """
PD CLINIC VISIT -- Harrowgate Renal -- 27 Sep 2016
RN: Colleen R. / MD: A. Brightwater

S: Mr. Delacroix-Whitby, CAPD with four 2.5% bags daily. The L flank ache persists; CT
found a small stone, no blockage. He has been warming a microwave rice bag and lying
on it against his L flank most evenings since August, "only thing that helps". Since early
September there is also a new purple spot on the L flank, tender and firm, that now hurts
more than the ache did. Good UF, no cloudy bags, exit site fine.

O: BP 142/88, wt 79.3 kg, Body mass index 27.4. Afebrile.
L posterolateral flank: firm dusky plaque about 4x3cm w/ net-like violaceous rim, very
tender, center darkening. Not warm. Exit site R abd: no crust, no redness.
Labs: calcium 10.1, phosphate 7.2 (product high), PTH 690, albumin 3.1; Kt/V weekly 1.8.

Impression / plan:
(1) Tender L flank plaque, PD, elevated calcium-phosphate product -- derm to see urgently,
    concern for calciphylaxis.
(2) No more rice bag or other heat.
(3) T2DM: linagliptin 5 mg daily, not on insulin.
(4) High phos: switch calcium acetate to lanthanum.
"""),
("2016-10-11", "Dermatology Note", """
DERMATOLOGY -- 10/11/2016
Ref: Dr. Brightwater (PD)
Here for bx results. 71M with ESRD on PD, T2DM on an oral agent, HTN. Never anticoagulated.

Path from 9/29 incisional bx of the L flank: arteriolar calcium deposition in the
subcutis, thrombi, septal panniculitis; positive on von Kossa. These findings confirm
calciphylaxis.

Exam: the L flank plaque has grown to 6x4cm with central adherent black eschar and a 1 cm
rim of retiform purpura. Bx sutures removed. A new 1 cm livedoid patch has appeared
inferior to it, still on the L flank. Abdomen, thighs and legs are clear.

Assessment: biopsy-proven calciphylaxis, left flank.
Plan:
- Spoke with PD team: IV sodium thiosulfate 3x/week at the infusion suite (chosen over the
  intraperitoneal route)
- leave the eschar dry and intact, no debridement at present; bordered foam dressing
- Pain: gabapentin 100 mg at bedtime after last exchange, tramadol prn
- Return to derm in three weeks; serial photos stored in the chart
"""),
]}

F04 = {"patient_id": "F04", "age": 62, "sex": "M", "notes": [
("2020-02-27", "Interventional Radiology Procedure Note", """
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Date: 2/27/2020
Procedure: Ultrasound-guided diagnostic/therapeutic paracentesis
Operator: Dr. Halvard Reyes-Mott; assist: Jun Park, RT(R)
Indication: 62 y/o M, alcohol-related cirrhosis, refractory ascites, ESRD on HD (TTS)
since hepatorenal syndrome; tense abdomen and dyspnea.
Pre: INR 1.6, plt 74. Consent signed. Time-out done.

Technique: US survey showed large-volume ascites, deepest pocket in the LLQ. Skin marked
in the left lower quadrant lateral to the rectus sheath, chlorhexidine prep, 10 mL of 1%
lidocaine. 5 Fr centesis catheter advanced under real-time US. 5.2 L of straw-colored
fluid drained. Catheter out, pressure held, bandage on.
Samples: cell count, albumin, culture, cytology.
EBL minimal. No immediate complication. Pt tolerated well.
25% albumin 50 g by RN per protocol. Post vitals BP 104/62, HR 88.

Impression: Successful US-guided LLQ paracentesis, 5.2 L off.
Plan: back to HD unit; next tap per hepatology, about 2 wks.
"""),
("2020-03-27", "Emergency Department Provider Note", """
ED PROVIDER NOTE -- Saint Brannock ED -- 03/27/2020 21:14
Chief complaint: "there's a black thing on my stomach and it hurts like crazy"

HPI: 62M w/ cirrhosis, ascites, ESRD, dialysis Tu-Th-Sa. Had a paracentesis in IR on 2/27
through the L lower belly. Around St. Patrick's Day he noticed a hard, purple, very
painful area right at that needle spot; it has grown and the centre is now black. Denies
fevers. No ascites leak. No falls. No blood thinners. Not diabetic.

Exam: Temp 37.4, pulse 96, BP 98/60, sat 97% on room air. BMI 24.9 (74 kg).
Abd: distended, moderate ascites. LLQ: violaceous indurated plaque roughly 7x5cm with a
2cm black eschar in its middle; a lacy livedo fringes it; he winces at the lightest touch.
No crepitus.

CT A/P noncontrast (prelim read, Dr. Oyelaran): moderate ascites; subcutaneous fat
stranding in the L lower anterior abdominal wall with dense punctate and linear
calcified vessels; no gas, no collection.

MDM: Necrotizing soft tissue infection unlikely (no gas, afebrile, lactate 1.4). Concern
for calciphylaxis vs coagulopathic hematoma. Admit medicine, derm to see in AM.
"""),
("2020-04-03", "Dermatology Inpatient Consult Follow-up", """
DERMATOLOGY INPATIENT CONSULT -- FOLLOW-UP   04/03/2020
Bx (3/28, 6 mm punch, edge of LLQ plaque): mural calcification of small vessels,
microthrombi, fat necrosis; calcium stain positive. Dx: calciphylaxis.

Summary: 62M ESRD on HD, cirrhosis. Calciphylaxis of his left lower abdominal wall, which
arose at the 2/27 paracentesis puncture site; first noticed ~3/17. No other sites.

Exam today: LLQ plaque 8x5cm, eschar 2.5cm, stable. Wt 73.6 kg, BMI 24.9.

Recs:
1. Sodium thiosulfate with each HD (renal agrees; started 3/31)
2. Any future paracentesis on the R side, away from this wound -- IR aware
3. No sharp debridement while dry; paint the eschar with povidone-iodine once a day
4. Palliative care for pain
5. Check vitamin K status; avoid calcium and vitamin D
"""),
]}

F05 = {"patient_id": "F05", "age": 79, "sex": "F", "notes": [
("2024-01-08", "XR Femur and Hip Right", """
XR FEMUR RIGHT 2 VIEWS / XR HIP RIGHT 2 VIEWS
01/08/2024 10:41
Clinical info: Pt slid off the CT table while being moved back to the stretcher this
morning (after CT head). Struck the R lateral thigh on the stretcher rail. Pain and
swelling of the R outer thigh. On warfarin. Safety event #24-0117 filed.
Comparison: none available.

Findings: Femur and hip intact without fracture; hip located. Mild degenerative
narrowing of the R hip joint. Oval soft tissue swelling of the lateral mid-thigh,
about 10 cm in length, in keeping with hematoma given the history. Dense calcification
of the superficial femoral and profunda arteries and of small branches in the
subcutaneous fat.
No radiopaque foreign body.

Impression:
1. No fracture.
2. R lateral thigh soft-tissue swelling, probably hematoma.
3. Extensive arterial calcification.
Dictated by: Lorcan Abernethy, MD
"""),
("2024-01-10", "Hemodialysis Running Note", """
HD RUNNING NOTE -- Millbeck Dialysis -- Wed 1/10/24
Seen on the machine, chair 6.
79F, kidney failure from diabetic nephropathy, dialyzing Mon/Wed/Fri via a L arm fistula.
Insulin-treated type 2 DM (detemir 10u daily). AF on warfarin. CT head Monday for dizziness
(negative), and she slid off the CT table onto the stretcher rail -> large bruise R outer
thigh. XR: no fracture.
INR 3.4 on 1/8 -> one warfarin dose held, now 2 mg daily; INR again Friday.
Exam: R lateral thigh ecchymosis ~12 x 9 cm, purple-green, soft, mildly tender. Skin intact.
Pre BP 138/64, HR 72 irregular. Post wt 61.8 kg, BMI 26.3.
Labs: potassium 5.1, calcium 9.2, phosphorus 5.6, PTH 410, Hgb 10.8.
Plan: acetaminophen for the thigh; watch bruise size each run; two-person assist for
all transfers; UF goal 2 L.
"""),
("2024-02-05", "Emergency Department Note", """
EMERGENCY DEPT NOTE  02/05/2024  16:02
CC: painful black skin R thigh
HPI: 79F, dialysis-dependent ESRD, atrial fibrillation (warfarin), insulin-treated T2DM, sent
over from her HD unit. Roughly 10 days ago she first felt a hard, purple, intensely sore
patch over the outer R thigh; it now has a black centre. Cannot bear the
sheet touching it, worse at night. No fever or chills.
Exam: T 36.9 BP 150/70 HR 84. R lateral mid-thigh: stellate violaceous plaque ~6x5cm,
central black eschar 2x2cm, livedo spreading from the edges, exquisitely tender. No
crepitus, no drainage.
INR 2.7. WBC 8.1.
Bedside US R thigh: no fluid collection.
Assessment: necrotic skin lesion of the R thigh; differential in this anticoagulated
dialysis patient includes calciphylaxis, warfarin-related necrosis, and secondary
infection of the old hematoma.
Plan: derm on call reached, urgent biopsy at wound clinic tomorrow. Hydromorphone 0.2 mg
IV once. Home with daughter.
"""),
("2024-02-20", "Wound Care Center Follow-up", """
WOUND CARE CENTER -- follow up -- 2/20/2024
Dx: calciphylaxis R lateral thigh -- punch bx 2/6/24 (dermpath: subcutaneous arterioles
with mural calcium, clot in lumina, necrotic fat; von Kossa +).
Wound: R lateral thigh 6.5cm x 5.2cm, eschar 70%, slough 30%, scant serous drainage,
livedo around the wound but no cellulitis. Pain 8/10.
Tx: saline cleanse, medical-grade honey on the slough, ABD pad, wrap. No sharp debridement.
Meds: on 2/9 cardiology stopped warfarin in favour of apixaban (renal dose); insulin detemir;
sevelamer; cinacalcet; STS 25 g on dialysis days since 2/12.
Vitals: BP 144/66, Wt 61.2 kg, BMI 26.1.
Plan: continue STS; dietitian (alb 3.2); weekly wound visits; palliative for pain.
"""),
]}

F06 = {"patient_id": "F06", "age": 55, "sex": "F", "notes": [
("2018-03-20", "Endocrinology Clinic Note", """
ENDOCRINOLOGY CLINIC -- Fennimore Diabetes Center -- 3/20/2018
55F, T1DM since age 11, ESRD, in-centre hemodialysis three times weekly since 2015, here for
insulin mgmt.
Injection technique: lipohypertrophy of the abdomen, so since last Thanksgiving every
insulin dose (glargine 14u + aspart with meals) has been injected into the
triceps-area skin of each arm, L and R in turn. About 2 months ago a hard, very sore
patch appeared on the
R posterior arm; she quit injecting on the R about 3 wks ago.

Vitals: BP 128/70 HR 80; weight 61 kg, height 165 cm -> BMI 22.4
Exam: posterior R arm, mid-humeral level: a dusky tender plaque, firm, 3x4 cm, faint
livedo at the
margin, not ulcerated. L posterior arm: soft and nontender, mild lipohypertrophy.
Abdomen: lipohypertrophy. A1c 7.9%. No anticoagulants.

A/P:
- T1DM: glargine down to 12u; aspart ICR 1:12 unchanged
- R posterior arm plaque: panniculitis vs abscess vs calciphylaxis -> soft-tissue US,
  expedited derm referral
- until then inject only into the L arm
"""),
("2018-03-21", "US Soft Tissue Upper Extremity Right", """
US SOFT TISSUE UPPER EXTREMITY RIGHT (NON-VASCULAR)
Date: 03/21/2018
History: T1DM, ESRD on HD. Painful firm plaque of the posterior R upper arm in her insulin
injection area; r/o abscess.
Technique: High-frequency linear probe, grayscale and color Doppler over the area the
patient marked.
Findings: Posterior R upper arm: subcutaneous fat thickened (1.4 cm vs 0.9 cm on the left)
and diffusely echogenic, normal lobular pattern lost. Numerous punctate and short linear
echogenic foci with posterior shadowing along small vessels, i.e. vascular calcification.
No anechoic or complex collection. No hyperemia on color Doppler. Triceps normal.
Impression: No abscess. Subcutaneous edema/panniculitis pattern with small-vessel
calcification at the R posterior arm. In a dialysis patient, calciphylaxis should be
considered; correlate with tissue sampling.
Read by: Siobhan Achterberg, MD
"""),
("2018-04-04", "Dermatology Clinic Note", """
DERM CLINIC NOTE  04-Apr-2018
55F, T1DM on MDI, ESRD on HD. Referred by endocrine.
Bx 3/23 (R posterior arm, 5 mm punch into subcutis): calcium encrusting the walls of
subcutaneous capillaries and arterioles, intraluminal thrombi, ischemic fat necrosis. Dx:
CALCIPHYLAXIS.

The plaque occupies precisely the zone of her R posterior arm that has received her insulin
since Thanksgiving; onset mid-January per pt.
Exam: R posterior upper arm violaceous plaque now 4.5x4 cm with a new 1 cm central ulcer,
base dry and black. L arm and abdomen without lesions.
BMI 22.4. Not on warfarin.

Plan:
1. Dx discussed. STS via nephrology (emailed Dr. Quarshie).
2. Insulin only into lower abdominal quadrants away from lipohypertrophy; no arm injections.
3. Wound: hydrogel under a foam pad, redressed on alternate days.
4. Pain: gabapentin 100 mg once each dialysis session is finished.
"""),
]}

F07 = {"patient_id": "F07", "age": 68, "sex": "M", "notes": [
("2022-05-03", "Orthopedic Urgent Care Note", """
URGENT CARE ORTHO NOTE -- Kestrel Valley Orthopedics walk-in -- 05/03/2022
68M, kidney failure, in-center HD on Mon/Wed/Fri, T2DM (diet + linagliptin), obesity,
here after striking the outer edge of his L foot on the bed frame last night. Pain lateral
midfoot; bears weight with a limp.
XR L foot 3 views (read by Dr. Amadi Fenwright): transverse nondisplaced fracture at the
5th metatarsal base, zone 2 (Jones). Diffuse osteopenia. Dorsalis pedis and digital arteries
heavily calcified. No dislocation.
Exam: L lateral midfoot bruising and swelling, skin intact. DP not palpable, PT faint;
foot warm, capillary refill about three seconds. Ankle nontender.
Vitals: BP 156/90, HR 76, BMI 33.0
Plan:
- tall pneumatic CAM walker boot fitted to the L leg today; NWB with walker x 6 wks
- Jones fx in a dialysis pt w/ PAD: high nonunion risk; ortho f/u 2 wks with repeat XR
- acetaminophen; no NSAIDs (ESRD)
"""),
("2022-06-28", "XR Ankle Left", """
XR ANKLE LEFT, 3 VIEWS
Exam date 06/28/2022
Indication: 68M on HD, L Jones fracture in a CAM boot since early May. Painful black skin
over the L lateral malleolus since mid-June. Eval for osteomyelitis.
Comparison: XR L foot 05/03/2022.
Findings: Mortise congruent. No fracture of the distal tibia or fibula. Soft tissue
defect over the lateral malleolus with overlying dressing; no soft tissue gas. No
periosteal reaction, cortical erosion or lucency of the lateral malleolus to suggest
osteomyelitis. Partly imaged 5th metatarsal base fracture with early callus, line still
seen. Extensive tibial and peroneal artery calcification, including small subcutaneous
vessels about the ankle.
Impression:
1. Soft tissue ulcer at the lateral malleolus without radiographic sign of osteomyelitis;
   MRI is more sensitive if concern persists.
2. Healing 5th metatarsal base fracture.
3. Marked arterial calcification.
"""),
("2022-07-12", "Wound Clinic Initial Visit", """
WOUND CLINIC INITIAL -- Kestrel Valley Wound & Hyperbaric -- 7/12/22
68M ESRD/HD MWF, T2DM (no insulin), obese with BMI 33.0, no anticoagulation. Sent by ortho
for a L ankle wound.
He has worn the tall L CAM walker nearly 24 h/day since 5/3; says the liner pressed hard on
his outer L ankle bone from the first week. His wife first saw the wound mid-June as a
purple blotch that turned black.
Derm punch bx 7/1 (wound edge): calcific arteriolopathy, subcutaneous, plus luminal
clot and necrotic fat -- read as calciphylaxis.
Wound: L lateral malleolus, 31 x 24 mm, dry black eschar throughout, violaceous retiform
border, no drainage, does not probe to bone. ABI noncompressible; TBI 0.41.
Plan:
- calciphylaxis L lateral ankle: STS with HD (nephrology started it 7/6)
- ortho changed to a padded short walker with a window over the lateral ankle
- povidone-iodine paint, dry gauze; offload
- HBOT candidacy discussed, referral sent
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
