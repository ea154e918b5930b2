"""probe141 corpus notes, C15-C20 (pain medicine, anaesthesia and the clinics around them; all invented)."""

C15 = {"patient_id": "C15", "age": 64, "sex": "M", "notes": [
("2018-02-13", "Pain Medicine Consult", """
PAIN MEDICINE CONSULT                   02/13/2018
Ref: PCP for "abdominal wall pain"

64M, hemodialysis Tue/Thu/Sat since 2014 for ESRD; DM2 on basal-bolus insulin (glargine +
aspart, injects around the navel, "always the same couple of spots"); HTN; obesity. Not
anticoagulated.
HPI: 2 months of tender lumps in the skin around the umbilicus where he injects. Pain 6/10,
worse with injections and when his belt presses.
Exam: periumbilical abdomen - three tender, rubbery-firm subcutaneous nodules of 1.5-3 cm;
the skin over the largest (L of the umbilicus) faintly violaceous with a lacy border. No
ulceration.
BMI 32.5 (104 kg)
A: painful periumbilical nodules where insulin goes in: lipohypertrophy or a panniculitis;
?early calciphylaxis, which cannot be excluded in an HD patient.
Plan: no TAP block or trigger point injection until derm has seen him. Urgent derm
referral. Rotate insulin away from the nodules. Acetaminophen prn.
"""),
("2018-03-06", "Dermatology Consult", """
DERMATOLOGY                          3/6/18

64M HD, DM2 on insulin, referred by pain medicine.
Exam: largest nodule L periumbilical 3 cm, overlying violaceous net-like change, tender; two
smaller nodules R of the umbilicus. No eschar, no ulcer.
Labs (nephrology 2/27): calcium 9.7; phosphorus 7.2; PTH 880.
Ddx: insulin lipohypertrophy with secondary panniculitis (favored) vs early calciphylaxis
(I cannot exclude it with ESRD and these mineral labs).
Offered a deep incisional biopsy; he refuses for now ("no more holes in my belly").
Plan: rotate injection sites; photos taken for comparison; return 4 wks, sooner if the area
darkens or opens. Low threshold to biopsy.
"""),
("2018-04-24", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC                       4/24/18

64M on HD (TTS, L brachial fistula); insulin-treated DM2.
Periumbilical nodules unchanged per pt, still tender, no ulceration on my exam. He missed the
derm follow-up twice and the biopsy was never done. Concern for early calciphylaxis persists
but it remains unconfirmed.
Labs: PTH 910, P 6.9 H, calcium 9.6 -> cinacalcet up to 60 mg; sevelamer continued.
BMI 32.5.
Social: moving to Arizona next month to live with his daughter; HD transfer arranged with a
unit in Mesa, records faxed. Strongly encouraged a dermatology visit there soon after
arrival so the nodules can be biopsied.
"""),
]}

C16 = {"patient_id": "C16", "age": 74, "sex": "F", "notes": [
("2016-08-15", "ED Provider Note", """
ED PROVIDER NOTE                     08/15/2016 21:05

74F tripped on a rug at home this evening, went down sideways and struck the outer L thigh
on the corner of a dresser. Thigh now painful and swollen. No head injury.
PMH: AF on warfarin, CKD 4 (eGFR 22 mL/min; not yet needing dialysis), HTN,
osteoarthritis. No DM.
Vitals: BP 142/76, HR 88 irreg, SpO2 97%. BMI 26.1
Exam: L lateral thigh, tense hematoma roughly 12x9 cm with ecchymosis, skin intact,
compartments soft, distal pulses intact.
INR 3.9. Hgb 11.2 -> 10.6 on repeat.
XR L femur: no fracture.
Plan: hold warfarin tonight; oral phytonadione 2.5 mg; admit to obs for serial Hgb and
thigh checks; ortho aware.
"""),
("2016-08-29", "Pre-Anesthesia Assessment", """
PRE-ANESTHESIA ASSESSMENT               2016-08-29
Planned: evacuation of L thigh hematoma and debridement of overlying skin, GA, 8/31/16

74F, fall 8/15 with L lateral thigh hematoma (INR 3.9 then). Over the past week the skin over
the hematoma became dusky with a 4 cm central black area and a livedoid, painful border.
Ddx per surgery/derm, not settled: skin necrosis from the expanding hematoma; necrosis
related to warfarin; or calciphylaxis (CKD 4 plus warfarin exposure).
PMH: AF (warfarin held since 8/15, heparin gtt considered - not started), CKD 4 (eGFR 21),
HTN. No DM. Not on dialysis.
Airway: Mallampati II, edentulous. Vitals: BP 150/80, HR 92 AF, SpO2 96%. BMI 26.1.
Labs: Hgb 9.8, K 4.8, INR 1.3.
ASA III. Plan: GA/LMA, type and screen, send tissue for path incl. von Kossa stain.
"""),
("2016-08-31", "PACU Note", """
PACU NOTE                         08/31/2016

s/p evacuation of L thigh hematoma (~300 mL old clot) and excision of necrotic skin 6x5 cm,
wound packed, GA/LMA 55 min. Specimen to path; calcium stains specifically requested.
Arrival: SpO2 98% 2 L, BP 136/70, HR 84, T 36.2. Pain 4/10 -> fentanyl 25 mcg x1.
Surgeon's note: "possible calciphylaxis vs warfarin necrosis over hematoma - path pending".
Aldrete 9, to ward.

Addendum 9/2/16: at the family's wish she moved on 9/1 to Saint Aldric Hospital, nearer
their home. Pathology had not resulted at transfer; receiving team to follow it.
"""),
]}

C17 = {"patient_id": "C17", "age": 81, "sex": "M", "notes": [
("2022-11-08", "Palliative Pain Consult", """
PALLIATIVE CARE / PAIN CONSULT                 11/08/2022

81M, ESRD on HD (MWF, Brookhaven unit), DM2 on insulin, CHF, dementia (moderate).
Mostly bed-bound since a stroke in August. Not on warfarin.
Asked to help w/ pain over the sacrum and buttocks.
Exam: bilateral buttocks and sacrum: large areas of retiform purpura with angulated
black centers (R 7x5 cm, L 5x4 cm); also a stage 2 pressure area over the coccyx.
Very tender to light touch; PAINAD 7.
Impression: suspect calciphylaxis vs unstageable pressure injuries; cannot tell clinically.
Family does not want a biopsy; focus is comfort.
Recs: hydromorphone 0.2 mg IV/SC q3h prn; scheduled acetaminophen; turn q2h with
pressure-redistribution mattress; lidocaine gel before dressing changes.
BMI 23.1
"""),
("2022-11-15", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE                 11/15/22

81M on maintenance HD, DM2, CHF, dementia.
Family meeting with son and daughter, palliative care present. Pt increasingly distressed on
HD, hypotension most runs, needing early termination; sores on buttocks worsening.
Skin: buttock lesions possibly calciphylaxis (PTH 720, Phos 7.9, Alb 2.5) vs pressure injury;
no biopsy per family wishes, so not confirmed.
Decision: withdraw from dialysis after Friday's run; hospice referral placed. Insulin
reduced to glargine 6 u daily while eating. Stop sevelamer and cinacalcet (pill burden).
Prognosis off dialysis discussed frankly (likely under 2 weeks).
"""),
("2022-11-22", "Hospice Admission Note", """
HOSPICE ADMISSION - HOME                11/22/2022

81M, ESRD, dialysis stopped 11/18 per patient's prior wishes and family decision. DM2 on low-
dose insulin, CHF, dementia.
Skin: buttocks with necrotic plaques and dusky edges, coccyx stage 2 area; hospital notes list
"?calciphylaxis vs unstageable pressure injury" - never biopsied.
Pain: PAINAD 4 on current regimen; hydromorphone SC prn via comfort kit.
Plan: air mattress, turning schedule as tolerated, foam dressings, mouth care. Family
coached on signs of the last days. Chaplain visit Thursday.
Weighed 68 kg at the hospital; BMI 23.1 per discharge summary.
"""),
]}

C18 = {"patient_id": "C18", "age": 70, "sex": "M", "notes": [
("2023-06-06", "Pain Medicine Consult", """
PAIN MEDICINE CONSULT                     06/06/2023

70M; ESRD, HD three times weekly; type 2 DM, insulin-treated; CAD. Not on warfarin.
R foot pain since late May: burning toes, purple mottling of the R forefoot. Coronary
angiography through the R groin (femoral access) on 5/16/23, PCI to the LAD.
Exam: R foot: livedo reticularis over dorsum and sole, cyanotic 2nd and 3rd toes, 5 mm dry
dark tip on the 2nd toe. Pedal pulses palpable. L foot normal.
BMI 27.8 (86 kg)
A: painful R forefoot ischemic changes - atheroembolism after cath vs calciphylaxis (r/o).
Plan: urgent derm + vascular; gabapentin 100 mg post-HD; no lumbar sympathetic block for
now, reconsider if confirmed ischemic pain persists.
"""),
("2023-06-20", "Dermatology Consult", """
DERMATOLOGY                         20-Jun-2023

70M on HD with painful livedo of the R foot and a dusky 2nd toe tip, referred by pain
medicine; onset about a week after coronary angiography.
Bx (6/9, livedo on the R dorsal foot): needle-shaped empty clefts within dermal arterioles,
foreign-body giant cells around them; von Kossa negative - no mineral deposition;
none of the thrombotic picture of calciphylaxis.
Labs: eosinophils 9%, complement mildly low.
A: cholesterol embolization syndrome following the catheterization. Calciphylaxis is ruled
out.
P: high-intensity statin; vascular surgery for the 2nd toe; wound care to the toe tip; pain
clinic f/u for neuropathic pain.
"""),
("2023-07-11", "Pre-Anesthesia Evaluation", """
PRE-ANESTHESIA EVALUATION                  2023-07-11
Planned: R 2nd toe amputation, 7/13/23, popliteal sciatic + saphenous blocks with MAC

70M, ESRD on HD MWF (HD 7/12, K on DOS), DM2 on insulin, coronary disease with a
May 2023 stent (DAPT - do not stop per cardiology), atheroembolic disease of the R foot
(bx-proven; calciphylaxis was excluded). Not on warfarin.
Airway: Mallampati II. Vitals: BP 150/84, HR 72, SpO2 97%. BMI 27.8
Labs: Hgb 10.9, K 5.0, glucose 142.
ASA IV. Regional on DAPT: superficial compressible blocks acceptable per ASRA-style risk
discussion with pt. Insulin: 80% basal night before.
"""),
]}

C19 = {"patient_id": "C19", "age": 45, "sex": "F", "notes": [
("2024-02-20", "Pre-Anesthesia Assessment", """
PRE-ANESTHESIA ASSESSMENT                 2024-02-20
Planned: laparoscopic cholecystectomy, GA/ETT, 3/5/24

45F with T1DM from childhood, on a pump (sets changed every 3 days, abdomen), diabetic
nephropathy with CKD 3a (eGFR 52), hypothyroidism. Not anticoagulated.
Family hx: calciphylaxis in her older sister (on dialysis at the time), fatal in 2015.
Pt is anxious that the same could happen to her after surgery. No personal hx of skin ulcers.
Airway: Mallampati I. Vitals: BP 124/78, HR 72, SpO2 99%. BMI 24.5
Skin: intact, no livedo or nodules.
ASA III.
Plan: pump at 80% basal the night before and during the case, CGM on; PONV prophylaxis;
bilateral TAP blocks by surgeon. Reassured: her kidneys are not near dialysis.
"""),
("2024-03-05", "PACU Note", """
PACU NOTE                          03/05/2024

s/p laparoscopic cholecystectomy, GA/ETT 65 min, bilateral subcostal TAP blocks (bupivacaine
0.25% 15 mL each side) by surgeon. Four port sites with skin glue.
Arrival: SpO2 98% 3 L, BP 118/70, HR 80, T 36.6.
Glucose 168 -> pump correction bolus per endo protocol; pump running at 80% basal.
Pain 3/10, no opioid. No PONV. Port sites dry, TAP blocks working well.
Skin check at pt's request (family hx of calciphylaxis in her sister): no lesions.
Aldrete 10. Discharge home with husband; resume full basal tonight.
"""),
]}

C20 = {"patient_id": "C20", "age": 53, "sex": "M", "notes": [
("2025-09-16", "Pain Clinic New Patient", """
PAIN CLINIC - NEW PATIENT                Sept 16 2025

53M, polycystic kidney disease -> ESRD, in-centre HD on TTS; HTN; gout. No diabetes.
Not on warfarin.
CC: bilateral knee pain (OA, R > L) x 4 yrs; NSAIDs contraindicated.
He asks whether he can put a heating pad or ice packs on his knees at night.
Counseling: people on dialysis are prone to calciphylaxis and, with reduced sensation, to
burns - so no prolonged heat or ice against bare skin; short warm showers are fine.
Exam: crepitus both knees, small R effusion, skin intact. No livedo, no ulcers.
BMI 29.9 kg/m2 (92.4 kg)
Plan: R genicular nerve block next visit; if >50% relief, consider RFA. Topical capsaicin.
"""),
("2025-10-14", "Pain Procedure Note", """
PAIN PROCEDURE NOTE                   10/14/2025
Procedure: US-guided R genicular nerve block (superolateral, superomedial, inferomedial)

53M on HD TTS (last run yesterday, K 4.8). Not anticoagulated.
Skin over both knees and both legs unbroken and normal in colour; no sign of calciphylaxis.
Technique: supine, knee flexed 20 degrees, CHG prep, 25G needle in-plane at each target,
2 mL bupivacaine 0.5% each after neg aspiration. No complications.
Post: R knee pain 7 -> 2/10 at 20 min; ambulated to the car without help.
Reinforced the advice about heat/ice given last visit.
BMI 29.9. F/u 3 wks.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
