"""probe247 corpus notes, A15-A20 (neurosurgery and spine clinic, plus the clinics around it; all invented)."""

A15 = {"patient_id": "A15", "age": 61, "sex": "M", "notes": [
("2022-11-01", "Spine Clinic ED Follow-up", """
SPINE CLINIC - ED follow-up
61M came off a porch roof (~6 ft) 10/22/22, landed on his feet and sat down
hard. CT: L1 burst fx, 20% canal compromise, PLC intact (TLICS 2).
Neuro intact. Managed nonop: custom TLSO fitted 10/24/22.
PMH: stage 4 CKD (eGFR 22, Dr. Haddad's renal clinic, not yet on dialysis);
insulin-requiring DM2 - glargine + aspart, both into his thighs; HTN; gout.
No anticoagulants.
Exam: TLSO fits; the anterior shell rides low over the lower abdomen when
he sits. Skin under the brace intact. Motor 5/5, SILT, reflexes symmetric.
BMI 36.7.
Plan: TLSO when upright x 12 wk; standing xrays in the brace in 4 wk;
pad the anterior edge if it rubs.
"""),
("2022-12-06", "Spine Clinic Follow-up", """
SPINE CLINIC F/U - L1 burst fx
Standing films in TLSO: kyphosis 12 deg, unchanged.
x ~2 wks: sore, dark spot low on the belly, right beneath the brace's
front edge.
Exam: suprapubic midline, where the anterior shell's bottom edge lands:
4x2.5cm dusky, indurated plaque, 8mm eschar centrally, faint net-like
purpura around it.
A/P: pressure injury from the device, or early calciphylaxis given CKD 4,
insulin-treated DM and obesity - cannot exclude the latter. Orthotist to
trim and pad the anterior shell. Derm referral. Ca/Phos/PTH ordered.
"""),
("2022-12-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
Lower abdominal plaque under the TLSO edge.
Exam: 4.5x3cm indurated plaque, eschar 1cm, faint retiform border.
Differential: pressure necrosis from the brace vs calciphylaxis; less
likely vasculitis. Not on warfarin.
Labs 12/9: PTH 410 pg/mL, phosphate 5.9 mg/dL, serum Ca 9.3.
Told him only a generous incisional wedge would answer the question; he
declines any biopsy for now. Next week he is moving to Arizona to live near
his daughter and will establish with a dermatologist there; records given.
Plan: offloading, foam dressing, return precautions reviewed.
"""),
]}

A16 = {"patient_id": "A16", "age": 57, "sex": "F", "notes": [
("2024-10-15", "Neurosurgery Post-op Clinic", """
NEUROSURGERY POST-OP CLINIC
57F 3 wks s/p C4-C6 posterior cervical laminectomy and fusion (9/24/2024).
Arm pain better. Since getting home on 9/27 she has iced the nape 4-5x/day,
and has dozed off lying on the ice pack more than once.
Incision: healing, staples removed today.
New: a tender violaceous 3x2cm patch R of the incision, lower neck, dusky
centrally; dry, not fluctuant.
PMH: ESRD - home CCPD; not diabetic; HTN; hypothyroid. No blood thinners.
Wt 79 kg, BMI 29.2.
A/P: wound healing on schedule. Lesion R posterior neck: cold injury vs
wound-edge ischemia vs r/o calciphylaxis (PD pt) - punch bx today;
stop icing.
"""),
("2024-10-29", "Dermatology Note", """
Dermatology - bx result visit
Punch bx R posterior neck 10/15/24: epidermal and superficial dermal
necrosis, sparse inflammation; subcutis barely sampled; VK stain negative
and no vessel calcification on the tissue we have.
Nondiagnostic for calciphylaxis.
Exam: patch unchanged, 3x2cm, early eschar.
Imp: calciphylaxis still possible vs frostbite-type cold injury.
Offered a deeper incisional bx; declined - she prefers to give it a few
weeks first. PD team to work on her phosphorus.
Plan: recheck in 2-3 wk; rebiopsy if it enlarges.
"""),
]}

A17 = {"patient_id": "A17", "age": 80, "sex": "F", "notes": [
("2019-01-22", "Spine Clinic Kyphoplasty Consult", """
SPINE - KYPHOPLASTY CONSULT
80F, acute midline low back pain since 1/5/19 after lifting a laundry basket.
VAS 8/10, using a walker, can't stand to cook.
MRI: acute L2 compression fx (edema on STIR), chronic T12 fx.
PMH: ESRD, Lakeview dialysis MWF; DM2, NPH insulin that her daughter
injects into both thighs; AF on warfarin; osteoporosis; HTN.
Exam: point tenderness over L2, neuro intact.
BMI 33.0.
Plan: L2 kyphoplasty 1/29 - hold warfarin x 5 d with INR check the
morning of, no bridge. Calcitonin nasal spray for pain until then.
"""),
("2019-02-12", "Nephrology HD Note", """
NEPHROLOGY HD NOTE
Kyphoplasty 1/29 uneventful, back pain 3/10. Warfarin resumed.
New this past week: painful mottled lumps on the R anterior thigh, in the
area where her daughter gives the insulin.
Exam: R anterior thigh - three firm, tender nodules (1-2cm) deep to a patch
of livedo; no ulceration. L thigh soft.
Pre-HD labs: phos 6.9, Ca 10.0, PTH 760.
A/P: ? early calciphylaxis; insulin lipohypertrophy or a panniculitis
also possible. Empiric STS with HD; daughter will switch insulin sites
to the abdomen; derm bx requested.
"""),
("2019-02-26", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT
80F ESRD on HD, multiple vertebral fractures, poor intake, now asking to
stop dialysis. Met with her daughter and son at the bedside, daughter
acting as HCP.
Skin: R thigh nodules - biopsy never done, family declined it. Possible
calciphylaxis, never diagnosed; pain controlled with hydromorphone.
Decisions: Friday's run will be her last HD; home hospice, DNR/DNI;
stop warfarin, insulin and STS.
Symptom plan: hydromorphone, haloperidol prn, mouth care, chaplain visit.
Goals: comfort at home, with her cat and her grandchildren around her.
"""),
]}

A18 = {"patient_id": "A18", "age": 66, "sex": "F", "notes": [
("2020-09-08", "Neurosurgery Progress Note", """
NEUROSURGERY PROGRESS NOTE  POD 7
66F s/p T11-L2 posterior instrumented fusion 9/1/2020 for an L1 flexion-
distraction injury. L calf swelling 9/3 -> duplex: L popliteal DVT.
Started enoxaparin 100 mg SC q12h 9/3 + warfarin 7.5 mg on 9/4 (bridge).
INR today 2.1.
Incision c/d/i. Neuro stable, BLE 5/5.
PMH: CKD stage 3a (creat 1.3, GFR 48); HTN; morbid obesity. No DM.
Ht 165 cm, wt 109.5 kg, BMI 40.2.
Plan: stop enoxaparin once INR >= 2 for 24 h; d/c to rehab when a bed
opens.
"""),
("2020-09-12", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT
Asked to see painful skin changes since 9/10: L breast and R anterior
thigh, purpuric patches evolving to hemorrhagic bullae and early
black necrosis.
Risks: warfarin started 9/4, CKD 3a, obesity.
Ddx: top of the list is warfarin-induced skin necrosis (timing, fatty
sites); calciphylaxis and HIT-associated necrosis also on the differential.
Plan: 2 punch bx (thigh), stop warfarin, switch to argatroban pending the
HIT antibody; protein C/S activity; wound care. Photos uploaded to the
chart; pt and husband updated at bedside.
"""),
("2020-09-18", "Dermatology Follow-up", """
DERMATOLOGY F/U
Bx R thigh 9/12: fibrin clots filling dermal and subcutaneous venules,
hemorrhage; neither vessel walls nor fat show calcium, VK neg.
HIT Ab negative. Protein C functional assay 38% - deficient.
Final diagnosis (with Dr. Oyelaran, dermpath): warfarin-induced skin
necrosis. Histology rules out calciphylaxis. Pain improved on acetaminophen
and low-dose oxycodone.
Necrosis on the breast (L) and thigh (R) now demarcating; plastic surgery
for debridement planning.
Anticoagulation: moved to apixaban; warfarin to be listed as an allergy.
Hematology to see as outpatient re protein C deficiency and family
screening.
"""),
]}

A19 = {"patient_id": "A19", "age": 48, "sex": "M", "notes": [
("2025-04-08", "Spine Clinic New Patient", """
SPINE CLINIC NEW PT
48M, R arm pain and numbness into index/thumb x 3 mo, failed PT and a
Medrol dosepak.
MRI: C5-6 R foraminal disc-osteophyte, severe R foraminal stenosis.
PMH: T1DM since age 11 on MDI insulin; diabetic nephropathy -> ESRD,
on PD since 2023 (cycler). HTN, retinopathy.
FHx: calciphylaxis killed his older brother, a HD patient, in 2022;
pt worried he could "get the same skin disease" after surgery.
Exam: R biceps 4+/5, decreased R biceps reflex, Spurling + R.
Skin: no livedo, no nodules, intact throughout.
BMI 26.1.
Plan: C5-6 ACDF discussed; nephrology/PD team pre-op clearance.
"""),
("2025-04-29", "PD Clinic Pre-op Evaluation", """
PD CLINIC - pre-op evaluation
For C5-6 ACDF next month. CCPD 4 cycles; adequacy at goal; peritonitis-free.
Labs: K 4.6, PTH 340, phosphorus 5.1, Ca 9.0, Hb 10.8.
Full skin exam: no livedo, purpura, nodules, plaques or ulcers; nothing
that looks like calciphylaxis. Brother's history noted - reassured him there is
no simple inheritance; we keep Ca/Phos in range and
steer clear of warfarin where we can.
Peri-op: last PD exchange the night before, drain the abdomen before OR;
hold insulin per the anesthesia protocol.
BMI 26.1, weight 81 kg.
"""),
]}

A20 = {"patient_id": "A20", "age": 74, "sex": "M", "notes": [
("2018-11-13", "Spine and Pain Clinic", """
SPINE & PAIN CLINIC
74M chronic axial LBP, worse with extension, no radicular sx. MRI: L3-S1
facet arthropathy, no stenosis.
Sleeps every night on a heating pad (his wife's, turned to high) under the
low back.
PMH: ESRD - TTS hemodialysis through L arm fistula; HTN; CAD; prediabetes
(A1c 6.1; diet; PCP says not diabetic). No anticoagulants.
Exam: paraspinal tenderness L3-S1, facet loading +, neuro intact.
Skin of back: intact, no lesions.
Counselled: dialysis raises his risk for both calciphylaxis and
burns, so the heating pad should stop; no ice straight on the skin either.
BMI 34.0.
Plan: bilateral L3-L5 MBB x2, then RFA if >= 80% relief.
"""),
("2018-12-04", "Procedure Note - Medial Branch Blocks", """
PROCEDURE: bilateral L3, L4 medial branch and L5 dorsal ramus blocks
(diagnostic #1)
Date 12/04/2018. Consent, time-out. Prone. Lumbar skin intact, no
lesions; prepped w/ chlorhexidine. 25G 3.5" needles under fluoro to
each target, 0.5 mL 0.5% bupivacaine per level after neg aspiration.
No complications. Pre VAS 6, post 1 at 30 min (83% relief).
He stopped the heating pad after the last visit.
Instructions: pain diary x 6 h; no heat or ice over the injection sites.
Renal: HD tomorrow as scheduled. Weight 104 kg, BMI 34.0.
Plan: 2nd confirmatory MBB, then RFA.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
