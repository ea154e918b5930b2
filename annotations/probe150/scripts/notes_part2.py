"""probe150 corpus notes, F08-F14 (radiology and imaging reports with the clinics around them; all invented)."""

F08 = {"patient_id": "F08", "age": 60, "sex": "F", "notes": [
("2026-01-20", "Dialysis Unit Nephrology Note", """
DIALYSIS UNIT -- NEPHROLOGY NOTE   Tue 01/20/2026
Ashgrove Kidney Center, Pod B
60F, ESRD (diabetic kidney disease), dialysing Tue-Thu-Sat through a right jugular
tunnelled line until her L AVF is usable. Type 2 DM -- glargine + lispro; obesity; HTN.
Not anticoagulated.

S: Very painful purple areas on both buttocks since the first wk of January; can barely
sit through her run and has been signing off early. She bought a new car in November and
runs the heated seat on its highest setting for the 45-min drive to and from HD, 3x/wk,
because the chair room is cold.
O: Pre-HD BP 171/88, HR 90, Wt 104.0 kg, BMI 36.5.
Buttocks: upper outer gluteal skin bilaterally, dusky violaceous indurated plaques
5-7 cm across, livedoid edges; a dark 1 cm centre on the left. Sacrum intact.
Labs: Ca/Phos 9.8/7.4, iPTH 1020 (rising), alb 3.3.
Assessment/Plan:
1. Plaques on both buttocks, Ca-Phos product elevated -- rule out calciphylaxis; CT
pelvis, urgent derm.
2. Stop using the seat heater.
3. Hold calcitriol; change binder to sevelamer.
"""),
("2026-01-26", "CT Pelvis without Contrast", """
CT PELVIS WITHOUT CONTRAST
DOS: 01/26/2026
Indication: ESRD on HD, painful plaques on both buttocks; eval calciphylaxis vs abscess.
Technique: Helical axial images from the iliac crests to the proximal femora; no IV
contrast given. Multiplanar reformats.
Findings: Reticular stranding of the subcutaneous fat and skin thickening in the upper
outer gluteal regions bilaterally, R 6.2 x 2.1 cm and L 7.0 x 2.4 cm in axial extent.
Within these areas, many punctate and tubular calcifications follow small subcutaneous
vessels in a net-like pattern. No fluid collection, no soft tissue gas, no sacral
decubitus. Gluteal muscles normal. Iliofemoral atherosclerotic
calcification. Atrophic kidneys partly included.
Impression: Bilateral gluteal subcutaneous stranding with extensive small-vessel
calcification; in this clinical setting the appearance strongly favors calciphylaxis.
No abscess.
Dr. Wen-Li Castellanos
"""),
("2026-02-09", "Dermatology Consult", """
Dermatology consult -- 2/9/2026
Ref: Dr. Amankwah (nephrology)
Bx 1/28 L buttock (deep incisional, 1.5 cm ellipse to fascia): subcutaneous arterioles
showing medial calcium (von Kossa), clot and fat necrosis => calciphylaxis.

History reviewed: lesions began the first wk of Jan 2026 on both buttocks; heated car seat on
high 3x weekly since Nov 2025 (new car). The plaques sit exactly on the contact zones of the
seat heater on both buttocks -- these lesions arose where the heat was applied.
Exam: retiform plaques, R buttock 6x5 cm and L buttock 7x6 cm; L with 2 cm eschar, R
center dusky
but intact. BMI 36.1 today (102.9 kg).
Plan: STS 25 g IV after each dialysis (started 1/31); no seat heaters, heating pads or
hot baths;
pressure-redistribution cushion for the HD chair and car; L eschar kept dry, no enzymatic
debridement; pain per palliative.
"""),
]}

F09 = {"patient_id": "F09", "age": 73, "sex": "M", "notes": [
("2017-10-14", "XR Pelvis and Left Hip", """
RADIOGRAPH: PELVIS AP AND LEFT HIP 2 VIEWS
Date of exam: 10/14/2017
Requesting: ED, Dr. Fairbairn
Indication: 73 yo M, ESRD on HD, slipped on wet leaves leaving dialysis this afternoon and
landed on his L side. L hip pain, large bruise over the L lateral hip. Fracture not
excluded clinically.
Comparison: Pelvis 3/2015.
Findings: L proximal femur, acetabulum and pubic rami intact. Both hip joints with mild,
symmetric narrowing. Soft tissue swelling over the L greater trochanter. Heavy vascular
calcification: iliac, femoral and small pelvic branches. Band-like
endplate sclerosis (rugger-jersey pattern) at L4-L5 partly seen.
Impression: No acute bone injury. L trochanteric soft-tissue swelling / contusion.
Renal osteodystrophy.
Electronically signed: Bartholomew Osei, MD
"""),
("2017-12-05", "Nephrology Hemodialysis Rounds", """
NEPHROLOGY HD ROUNDS   12/5/2017
73M, ESRD (hypertensive nephrosclerosis), dialysis three mornings a week via a L
upper-arm fistula. Not
diabetic. Took warfarin for a provoked PE until 2015 (stopped for GI bleeding); no
anticoagulant currently.
S: A new hard area on the R hip, extremely painful, x ~2 wks. The L hip bruise from his
October fall faded by mid-November, no pain on that side now.
O: BP 138/76; 86 kg; BMI 28.1.
R lateral hip over the trochanteric region: violaceous indurated plaque 5x4 cm, border of
livedo reticularis, not ulcerated. L lateral hip: normal skin.
Labs 12/1: Ca/P 10.3/6.8, PTH 1150, albumin 3.6.
A/P: R hip plaque with very high PTH -- concern for calciphylaxis. Derm referral; cut
calcitriol; start cinacalcet 30 mg; consider parathyroidectomy referral. HD unchanged.
"""),
("2017-12-19", "Dermatology Note", """
DERMATOLOGY -- 12/19/2017
73M on HD. Bx 12/8 R lateral hip: calciphylaxis (subcutaneous vascular calcium, luminal
clot, necrosis of fat).
He asks if his October fall caused this. The fall was onto the LEFT hip; the lesion is on the
RIGHT. He recalls no injury, injections or heat to the R hip.
Exam: plaque of the R lateral hip has reached 6x4 cm, new central 1 cm eschar. L hip clear.
Trunk and legs otherwise clear. BMI 28.1.
Plan: sodium thiosulfate with HD (started 12/11 by nephrology); wound care with hydrocolloid;
pain -- gabapentin 100 mg each evening; parathyroid surgery referral placed; RTC 4 wk
with photos.
"""),
]}

F10 = {"patient_id": "F10", "age": 64, "sex": "F", "notes": [
("2022-05-03", "Peritoneal Dialysis Clinic Note", """
Home Dialysis Unit -- PD Clinic -- May 3, 2022
64F on CCPD (cycler 9 h nightly), T2DM on insulin (glargine 30u), obesity. No warfarin.
S: Painful lump in the R calf, posterior, since Easter, now with a purple halo. Recalls no
knock or wound to the leg.
O: BP 148/82; 84.6 kg / 165 cm => BMI 31.1. R posterior mid-calf: indurated nodule, 3 cm,
tender, with an overlying violaceous reticulated patch, no ulcer. Pedal pulses
faint. Exit site clean.
Labs: Ca/PO4 9.9/6.4, PTH 560, albumin 3.0.
Venous duplex R leg today (vascular lab): no DVT. Subcutaneous edema and calcified small
vessels in the posterior calf noted by the sonographer.
A/P:
1. R calf nodule, ?calciphylaxis -- urgent derm.
2. Switch to low-calcium (2.5) PD solutions; stop calcium carbonate.
3. DM: glargine unchanged, A1c 7.2.
"""),
("2022-05-20", "Dermatology Note", """
DERMATOLOGY NOTE   5/20/2022
Punch bx 5/10, R posterior calf: calciphylaxis (vascular calcification, von Kossa positive,
thrombosis, necrotic fat).
Lesion began around Easter per pt; she reports nothing done to that leg beforehand -- no
knocks, shots or heat.
64F, ESRD on CCPD, T2DM on glargine, no anticoagulant.
Exam: R posterior calf plaque 5x4 cm, central ulcer 1.5 cm with fibrin in the base, rim of
retiform purpura. L leg clear. Trunk and thighs without lesions.
Vitals: BP 139/80; weight 84.1 kg; BMI 30.9.
Labs from PD clinic 5/17: Ca 9.4, PO4 5.9.
Plan: thrice-weekly IV STS in the infusion suite, since she is on PD; nonadherent
dressing + foam; RTC 2 wk.
Discussed prognosis and pain plan.
"""),
("2022-06-10", "Emergency Department Note", """
ED NOTE  06/10/22  23:40
64F on PD; calciphylaxis of the R calf proven on biopsy in May. Slipped while climbing
out of the bath tonight; the R posterior calf hit the tub rim. Pain at the known wound.
Exam: R posterior calf: known 5 x 4 cm ulcerated plaque under a dressing; a new 8 x 6 cm
bruise around and below it; no deformity; compartments soft. Distal sensation intact.
XR tibia/fibula R 2 views: no fracture. Vascular calcification. Posterior calf soft-tissue
swelling.
Plan: dressing changed, bleeding controlled with pressure; acetaminophen; follow-up with derm
and PD clinic this week; fall prevention reviewed, shower chair advised.
"""),
]}

F11 = {"patient_id": "F11", "age": 51, "sex": "F", "notes": [
("2025-02-12", "Diagnostic Mammogram and Ultrasound Right Breast", """
DIAGNOSTIC MAMMOGRAM RIGHT W/ TOMO; ULTRASOUND RIGHT BREAST
02/12/2025
History: 51 yo F; ESRD, hemodialysis; anticoagulated with warfarin (AF). Painful firm
red-purple area in the R
breast lower inner quadrant first noticed 4 weeks ago, enlarging. No nipple discharge.
Last screening 11/2023, negative.
Findings: Mammogram: skin thickening and increased trabecular density in the R lower inner
quadrant under the palpable marker, with dense branching vascular calcifications. No mass
or suspicious calcification.
US at 5 o'clock 4 cm from the nipple: 8 mm skin thickening with heterogeneous echogenic
subcutaneous fat and shadowing vascular foci; no solid mass, no abscess.
Impression: R breast lower inner quadrant skin thickening with panniculitis-like change and
vascular calcification. Ddx fat necrosis, an inflammatory process, or (given
ESRD) calciphylaxis; inflammatory breast cancer thought unlikely, not excluded.
BI-RADS 4A. US-guided core biopsy advised, with a skin punch biopsy by derm.
"""),
("2025-02-20", "US-Guided Core Needle Biopsy Right Breast", """
US-GUIDED CORE NEEDLE BIOPSY, RIGHT BREAST   02/20/2025
Performed by: Dr. Marguerite Eskildsen. Consent obtained. INR 1.9 (warfarin held 3 days by
cardiology).
Target: R breast 5:00, 4 cm FN, area of thickening. Local lidocaine; 14G device, 4 cores.
Clip placed. A 4 mm punch through the violaceous skin of the same area by Dr. Ruiz (derm),
1 suture. Post-procedure mammogram: clip in good position.
PATHOLOGY ADDENDUM 02/25: cores -- necrotic fat, calcium deposited in small vessel walls,
thrombi; punch -- dermal and subcutaneous arteriolar calcification; no malignancy.
Consistent with calciphylaxis. Radiology-pathology concordant, benign.
Final: BI-RADS 2. Back to routine screening; clinical care by nephrology and derm.
"""),
("2025-03-14", "Wound Care Note", """
Wound care -- R breast calciphylaxis -- 3/14/25
51F on HD MWF, AF, no diabetes. Calciphylaxis, R breast, proven on the 2/20 core and
punch. Pain 6/10 at rest, 9/10 with dressing changes; oxycodone 2.5 mg 30 min prior helps.
Eschar over the R breast LIQ 4 x 3.5 cm. Selective sharp removal of the lifting necrotic
edge to bleeding tissue, 1.2 cm2, after topical lidocaine; hemostasis with silver nitrate.
Core/punch biopsy sites healed.
Dressing: collagen + silicone foam, change 3x/wk.
BMI 38.2. Warfarin replaced by apixaban per cardiology 2/28. Hgb 9.8.
STS with HD continuing. Mastectomy not advised by breast surgery.
RTC 1 wk.
"""),
]}

F12 = {"patient_id": "F12", "age": 70, "sex": "M", "notes": [
("2020-09-09", "Nephrology Office Visit", """
NEPHROLOGY OFFICE VISIT -- 9/9/2020 -- Tanager Street Renal
70M, ESRD (IgA nephropathy) on HD TTS for 6 yr. No diabetes. No anticoagulation.
Overweight.
CC: painful skin on both thighs.
HPI: Since early August, very tender hard areas over the anterior thighs bilaterally, L worse.
Denies falls, injections, heating pads or new tight clothing. Works at a desk at home.
Medications: Ca acetate 2 caps thrice daily, calcitriol (0.5 mcg), epoetin on HD, amlodipine.
Vitals: BP 144/78, HR 70; 84 kg; BMI 27.5.
Exam: anterior thighs: indurated plaques, 8x6 cm on the L and 5x4 cm on the R, with
retiform violaceous
margins; small central ulcer on the L.
Labs: Ca/P/PTH 10.4/7.1/980.
A/P: bilateral thigh plaques with high Ca, P and PTH: strongly suspect calciphylaxis. Bone
scan for soft-tissue calcification; derm for biopsy; Ca acetate and calcitriol off;
sevelamer and cinacalcet on.
"""),
("2020-09-17", "Nuclear Medicine Whole Body Bone Scan", """
NUCLEAR MEDICINE WHOLE BODY BONE SCAN
Exam date: 09/17/2020
Radiopharmaceutical: 25.1 mCi Tc-99m MDP intravenously; imaging at 3 h.
Indication: ESRD on HD, painful thigh plaques; eval for soft tissue calcification
(?calciphylaxis).
Comparison: none.
Findings: Diffuse, moderately intense radiotracer uptake in the subcutaneous soft tissues of
both thighs, anterior and medial, L greater than R, matching the clinical lesions. No
soft-tissue uptake elsewhere.
Skeleton: increased uptake in the calvarium, mandible and long bones with faint renal
activity (metabolic superscan), in keeping with secondary hyperparathyroidism. No focal
lesion suspicious for metastasis.
Impression:
1. Soft-tissue uptake in both thighs; the pattern is typical of calciphylaxis in this setting.
2. Metabolic superscan.
"""),
("2020-09-29", "Dermatology Consult", """
DERMATOLOGY CONSULT   09/29/2020
70M on HD. Bilateral anterior thigh plaques since early Aug. Asked again directly: no
bumps, burns, heat or injections to either thigh; no compression
garments, no belts rubbing there.
Bx 9/22 L anterior thigh (6 mm punch): arteriolar calcium in the subcutis (von Kossa),
thrombi, necrotic lobules => calciphylaxis. Bone scan 9/17 fits.
Exam: L anterior thigh plaque 9x6 cm, 2 cm ulcer w/ fibrin; R violaceous plaque 5x5 cm,
intact. BMI 27.5.
Plan: STS with HD (nephro); wound care with calcium alginate + foam; if he ever needs
subcutaneous heparin or other shots, do not give them in the thighs; pain: gabapentin 100 mg
nightly; RTC 3 wk.
"""),
("2020-10-20", "Hospital Discharge Summary", """
DISCHARGE SUMMARY   Admit 10/14/2020 -- Discharge 10/20/2020
70M, ESRD on HD; bilateral thigh calciphylaxis (punch bx 9/22).
Reason for admission: uncontrolled pain and a foul-smelling L thigh ulcer.
Course: Blood cultures negative. Wound culture mixed flora; cefazolin with HD x 1 wk.
Bedside debridement of the L thigh ulcer by surgery 10/16. SC heparin for VTE prophylaxis
was ordered on admission but cancelled before any dose, to avoid new skin injury; ambulation
encouraged instead. STS continued 3x/wk. Oral hydromorphone plus gabapentin gave
acceptable pain relief.
Flu vaccine planned at his next outpatient HD session (deltoid).
Discharge wt 83.1 kg (BMI 27.2).
Follow-up: derm 11/3, nephrology with HD, palliative clinic 11/10.
"""),
]}

F13 = {"patient_id": "F13", "age": 66, "sex": "F", "notes": [
("2023-08-22", "Interventional Radiology Procedure Report", """
IR PROCEDURE REPORT
Date: 08/22/2023
Procedure: Aortography + BLE runoff angiography; angioplasty of the L SFA
Indication: 66F, ESRD (HD), insulin-requiring T2DM, L foot rest pain.
Access: R CFA, retrograde puncture with micropuncture set under US, 6 Fr sheath.
Contrast: iodixanol 45 mL total (dialysis tomorrow).
Findings: heavily calcified aortoiliac segments; L SFA stenosis ~80% at mid-thigh level.
Runoff:
L peroneal dominant, AT and PT occluded distally; R two-vessel runoff to the foot.
Intervention: 5 x 80 mm balloon angioplasty of the L SFA, 20% residual, brisk flow.
Closure: plug-type closure device to the R CFA; hemostasis achieved. Groin soft, no
hematoma on completion.
Impression: Successful L SFA angioplasty. Severe tibial disease.
Plan: bed rest 2 h, aspirin + clopidogrel, vascular clinic 6-8 wks.
"""),
("2023-10-17", "Vascular Surgery Clinic Note", """
VASCULAR SURGERY CLINIC   10/17/2023
66F s/p L SFA PTA 8/22 via R CFA. L foot rest pain better.
New: a hard, purple, painful patch on the inner R thigh since early October. The R groin
puncture
site healed with no pain and no lump.
Exam: R groin: healed puncture, no bruit, no hematoma. R medial mid-thigh, a hand-span and
more beneath the groin crease: indurated plaque 6x4 cm, violaceous retiform border, central
dusky patch.
Duplex R groin/thigh today: no pseudoaneurysm; subcutaneous edema of the medial thigh with
calcified small vessels.
BMI 31.4. A1c 8.1.
A/P: ?calciphylaxis vs late access complication (unlikely, far from the puncture) -> derm.
"""),
("2023-10-30", "Dermatology Note", """
DERMATOLOGY   10/30/2023
66F ESRD on HD; T2DM, insulin given in the abdominal wall only; obesity; no warfarin.
Bx 10/20 R medial thigh (punch into subcutis): calcified, clotted small vessels,
lobular fat necrosis => calciphylaxis.
Site: the lesion is in the mid medial thigh, well below and separate from the healed R groin
arterial puncture -- not at the access site. No knock, heat or shot
to that thigh that she can remember.
Exam: R medial thigh plaque 7x5 cm, 1 cm eschar forming. No other lesions. BMI 31.4.
Plan: STS on dialysis days; foam dressing; pain plan; RTC 3 wk.
"""),
]}

F14 = {"patient_id": "F14", "age": 57, "sex": "M", "notes": [
("2021-03-08", "CT Angiogram Chest", """
CT ANGIOGRAPHY CHEST (PE PROTOCOL)
Date: 03/08/2021 19:05
Indication: 57M on PD, acute dyspnea and pleuritic pain, D-dimer elevated.
Technique: 75 mL iopamidol 370 by power injection via a 20G cannula in the L forearm.
Findings: Suboptimal bolus. No central or lobar pulmonary embolus; segmental branches
limited. Small bilateral effusions. Cardiomegaly. Coronary calcification. No consolidation.
Impression: No central PE; limited study. Small effusions.

ADDENDUM: Extravasation of about 30 mL of contrast into the L volar forearm at the cannula.
Injection stopped. Forearm soft, mildly swollen over 6 x 5 cm, radial pulse intact, no
paresthesias. Arm elevated, cannula removed; patient instructed; referring team informed.
"""),
("2021-03-22", "Dermatology Consult", """
DERMATOLOGY CONSULT   3/22/2021
57M, ESRD on PD (CCPD), nondiabetic, no anticoagulant ever (warfarin never used). BMI 25.3.
1) L volar forearm: two 1-2 cm tense bullae on faint erythema at the 3/8 contrast
extravasation site, now drying. This is an extravasation injury, healing -- not
calciphylaxis.
2) Main issue: both calves, painful since late February (before the CT): symmetric
retiform purpura on the posterior calves (R 6x4 cm, L 5x4 cm), firm, exquisitely tender,
no ulcer yet.
Labs: Ca 9.7, Phos 7.8, PTH 860.
Plan: deep punch bx of the R calf today; forearm -- keep blisters intact, petrolatum; calves
-- suspect calciphylaxis, await bx.
"""),
("2021-04-06", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP   4/6/2021
Bx 3/22 R posterior calf: von Kossa-positive arteriolar calcium, clot, necrotic fat
=> calciphylaxis of both calves (clinically identical on the L).
Calves today: R 7 x 4 cm with 1 cm eschar; L 5 x 4 cm, intact.
Forearm: extravasation bullae healed.
New: 2 cm blister, dorsal R foot -- he put a hot water bottle on his feet in bed last
week. Partial-thickness thermal burn; not calciphylaxis. Advised no more hot water bottles.
BMI 25.3.
Plan: IP vs IV STS discussed with PD team -> IV route chosen, three sessions weekly at
the infusion unit; calves: foam
dressings; foot burn: silver sulfadiazine avoided, petrolatum gauze; RTC 2 wk.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
