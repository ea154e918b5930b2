"""probe170 corpus notes, B15-B20 (otolaryngology, head-and-neck and respiratory therapy, with the
nephrology, dialysis, dermatology, wound and primary-care notes around them; all invented)."""

B15 = {"patient_id": "B15", "age": 78, "sex": "F", "notes": [
("2021-09-14", "ICU Respiratory Therapy Note", """
MICU RESPIRATORY THERAPY -- NIV shift assessment, bed 7
78F AECOPD w/ acute on chronic hypercapnic failure, on BiPAP via full-face mask continuously
since admit 9/10 (breaks for meals only). ESRD (HD), AF anticoagulated w/ warfarin.
Settings: IPAP 20 / EPAP 6 / FiO2 35%, Vt 410-450, RR 22, SpO2 91-93%.
ABG 0500: 7.33 / 61 / 74.
Skin: nasal bridge under the mask cushion -- 1.5 cm purplish-black area, intact, non-blanching;
was red w/ a small blister yesterday. Reported to RN + MD; wound nurse consult placed.
Actions: hydrocolloid-free silicone foam barrier applied to bridge, mask resized to small,
alternating with total-face mask q4h to move pressure points.
Secretions: thick tan, pt coughs effectively.
Plan: wean IPAP as tolerated, trial HFNC 40 L/60% tomorrow if pH >7.35.
"""),
("2021-09-16", "Inpatient Wound and Dermatology Consult", """
WOUND NURSE + DERMATOLOGY CONSULT (joint)
78F MICU, AECOPD on NIV, ESRD (hemodialysis), AF -- warfarin, INR 3.4 today; BMI 29.4 (overweight).
Asked to see: nasal bridge lesion under BiPAP mask.
Exam: nasal dorsum black eschar 1.8x1.3 cm w/ a stellate, net-like violaceous border that
extends beyond the cushion footprint; very tender. Trunk and legs checked: clear.
Assessment: device-related pressure injury, unstageable, vs calciphylaxis (HD, warfarin,
phos 7.8, retiform border). Cannot distinguish without tissue.
Biopsy: deferred -- supratherapeutic INR, facial site; daughter (HCP) prefers to wait.
Plan: keep the mask off the bridge (now on HFNC), petrolatum to eschar, photos in chart; revisit
biopsy if it spreads. Nephrology aware -- no STS for now.
"""),
("2021-09-27", "Hospital Discharge Summary", """
DISCHARGE SUMMARY
Admit 9/10/21 -- Discharge 9/27/21. Dispo: long-term acute care hospital (Ridgecrest LTACH).
Principal dx: AECOPD w/ hypercapnic resp failure (acute on chronic).
Secondary: ESRD on HD (TTS schedule); paroxysmal AF (warfarin, INR 2.6 at d/c), nasal bridge eschar --
pressure injury from NIV mask vs possible calciphylaxis, never biopsied, unconfirmed.
Course: NIV x 6 d -> HFNC -> 3 L NC. Pred + azithro completed. HD continued on schedule.
Nasal bridge eschar unchanged in size, 1.8 x 1.3 cm; derm recommended outpatient biopsy if it
grows.
D/c meds: warfarin 2 mg daily (adjust to INR 2-3), tiotropium, budesonide-formoterol,
sevelamer, midodrine. Non-diabetic.
Wt 72 kg, BMI 29.4.
Follow-up: LTACH physician; pulm 4 wks; derm if lesion changes.
"""),
]}

B16 = {"patient_id": "B16", "age": 61, "sex": "M", "notes": [
("2024-04-08", "Sleep Clinic CPAP Follow-up", """
SLEEP CLINIC -- CPAP adherence visit (RT)
61M OSA (AHI 33), CPAP 11 cm H2O, medium nasal mask w/ heated tube.
Download: 26/30 nights, avg 6.4 h, AHI 2.2, leak low.
Mask fit good; no bridge or cheek marks. Humidity 4.
Other: CKD4 -- eGFR 18, pre-dialysis, fistula being planned; DM2 on insulin, HTN,
obesity. Pt mentions sore lumps on his belly where he injects insulin; advised PCP visit.
VS: BP 146/88  HR 72  SpO2 96% RA  Wt 112 kg  BMI 34.0
Plan: continue therapy; replace cushion q3 mo; RTC 1 yr.
"""),
("2024-05-02", "Primary Care Office Visit", """
PRIMARY CARE -- office visit
61M w/ CKD 4 (DKD, eGFR 17), DM2 on insulin glargine 48 u + aspart w/ meals, HTN, OSA on CPAP,
obesity.
S: tender lumps in the R lower belly for ~6 wks, where he has given nearly all his insulin for
years. Two have turned dark purple.
O: BP 150/86, Wt 111.6 kg, BMI 33.9.
R lower quadrant: firm subcutaneous nodules (several, 1-3 cm), two w/ overlying violaceous
net-like discoloration, no ulceration; rubbery lipohypertrophy around them.
Labs: A1c 8.8; PTH 310; PO4 5.9; Ca 9.6 (corrected); albumin 3.8.
A/P: painful nodules where he injects -- insulin lipohypertrophy with fat necrosis, or early
calciphylaxis (uncommon off dialysis, but possible). Derm referral. Rotate insulin to L abdomen/thighs. No
warfarin.
"""),
("2024-06-10", "Dermatology Consult", """
DERMATOLOGY CONSULT
61M, CKD stage 4 without dialysis, insulin-treated DM2.
Lesions: R lower abdomen, 3 firm nodules 1.5-3 cm, two w/ faint retiform violaceous overlying
skin. No ulceration, no eschar.
Punch bx 5/20 (4 mm, outside): dermis only, mild perivascular infiltrate; no subcutis sampled;
nondiagnostic.
Assessment: calciphylaxis cannot be excluded vs insulin-related lipohypertrophy with fat
necrosis vs panniculitis. Advised a deep incisional biopsy; he declines for now -- relocating to
Arizona near his daughter in July and will find a dermatologist there.
Plan: records given; avoid injecting into the nodules; low threshold for biopsy if pain
increases or skin breaks down. No further visits scheduled.
"""),
]}

B17 = {"patient_id": "B17", "age": 68, "sex": "M", "notes": [
("2025-07-14", "Head and Neck Oncology Clinic Note", """
HEAD & NECK ONCOLOGY -- f/u
68M, L parotid SCC (cutaneous origin) s/p total parotidectomy + L neck dissection II-V (2023),
PORT 66 Gy. ESRD on PD.
S: 2 mo of a painful open sore on the L lower neck within the radiation field, slowly
enlargeing; some foul drainage.
Exam: L supraclavicular / lower neck ulcer, 3.5x2.5 cm, black necrotic base and violaceous,
somewhat retiform margin; woody fibrotic skin around. No palpable mass. CN VII intact.
FOL: larynx / pharynx clear.
CT neck w/ contrast (7/9): skin ulceration, no enhancing mass, no nodal dz; extensive carotid
and small-vessel calcification.
Ddx: late radiation necrosis vs recurrence vs calciphylaxis (PD, phos 8.2).
Plan: biopsy discussed but ulcer base sits close to the carotid; pt wants to think. Wound care;
discuss with nephrology.
Wt 60 kg, BMI 21.3.
"""),
("2025-08-11", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
68M ESRD (IgA nephropathy), CAPD 4 x 2 L, exit site R, clean. No diabetes. Not on warfarin.
L neck ulcer: ENT unsure if radiation necrosis, recurrence, or possible calciphylaxis. No
biopsy yet -- pt declined after discussing bleeding risk near the carotid.
Labs: PO4 8.0, iPTH 720, alb 2.7, cCa 9.4.
Plan: empiric IV thiosulfate, 3 doses weekly in the infusion center, "for suspected calciphylaxis",
stop Ca-based binder, lanthanum 1 g TID, cinacalcet 30.
Exam: L lower neck ulcer ~4 x 3 cm, necrotic base, malodorous.
Wt 59.2 kg, BMI 21.0.
Pt considering goals; palliative referral placed.
"""),
("2025-09-22", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT -- outpatient
68M on PD, L neck necrotic ulcer in irradiated field (radiation necrosis vs tumor vs
calciphylaxis -- never biopsied; diagnosis remains uncertain).
Symptoms: pain 7/10 at neck, drainage odor embarrassing, poor appetite, fatigue.
Goals: wants to stay home, no further procedures, keep doing PD for now while it is not a
burden; open to hospice later.
Plan:
- methadone low dose (PD-safe) + oxycodone for BTP
- metronidazole gel for odor, charcoal dressing
- STS stopped at pt request (3 wks, no change)
- hospice information given; code status DNR/DNI confirmed
RTC 2 wks or by phone.
Wt 58 kg, BMI 20.6.
"""),
]}

B18 = {"patient_id": "B18", "age": 73, "sex": "M", "notes": [
("2026-01-12", "Hemodialysis Progress Note", """
HD PROGRESS NOTE -- Stonebridge Dialysis
73M, ESRD (DKD), HD Mon/Wed/Fri via a R arm fistula, DM2 on sitagliptin, OSA on CPAP, HTN.
S: painful crusty bump on the R ear x ~2 mo, keeps him from lying on his R; CPAP headgear strap
rubs over it.
O: BP 158/80, UF 2.3 L.
R ear: 6 mm tender nodule on the helical rim, central crust, erythematous rim.
Labs (1/9): PTH six-forty, phosphorus 6.8 (above goal), calcium 9.5, albumin 3.6.
Meds: sitagliptin 25, sevelamer, cinacalcet 30, amlodipine. No warfarin, no insulin.
BMI 30.0 (96 kg).
A/P: ?calciphylaxis of the ear vs CNH vs skin cancer -> ENT for excision/bx. Pad the CPAP strap.
"""),
("2026-02-03", "Otolaryngology Clinic Note", """
OTOLARYNGOLOGY CLINIC
73M on HD, tender R helical nodule.
Exam: R helix, superior rim: 6 x 5 mm firm nodule w/ central keratotic crust, exquisitely tender
on pressure. Canal and TM normal. No cervical adenopathy.
Ddx: chondrodermatitis nodularis helicis (side-sleeping, CPAP strap), BCC/SCC, calciphylaxis
(ESRD) raised by nephrology.
Procedure: wedge excision of the nodule w/ underlying cartilage under local (1% lido w/ epi),
primary closure w/ 5-0 nylon. Specimen to path w/ von Kossa requested.
Post-op: bacitracin, change pillow to donut cushion, CPAP strap padded.
RTC 10 d for suture removal.
"""),
("2026-02-13", "Otolaryngology Post-op Visit", """
ENT POST-OP VISIT
Path: chondrodermatitis nodularis helicis -- epidermal hyperplasia, central ulcer, dermal
fibrinoid degeneration, perichondritis; no vascular calcium deposits (von Kossa neg); no
carcinoma.
Impression: CNH of the R helix, excised. Calciphylaxis excluded -- no vascular calcium on the
special stain, and the clinical course (single nodule at a pressure point, no retiform purpura)
fits CNH.
Exam: incision line clean and dry, edges apposed, mild expected tenderness; no new nodules on
either ear. Sutures removed, steri-strips placed.
VS: BP 150/78, afebrile. BMI 30.0 -- wt 96.3 kg.
Plan: keep pressure off the ear at night (donut pillow, padded CPAP strap, sleep L side when
possible); recurrence rate ~10-30% discussed. No routine ENT f/u needed. Results copied to
nephrology and PCP.
"""),
]}

B19 = {"patient_id": "B19", "age": 45, "sex": "F", "notes": [
("2016-06-21", "Otolaryngology New Patient Visit", """
OTOLARYNGOLOGY -- new pt
45F, 14 mo of nasal obstruction, facial pressure, thick PND; 3 courses of amoxicillin-
clavulanate from urgent care. No anosmia.
PMH: IgA nephropathy, CKD 3a (followed by nephrology), HTN, migraine.
FH: mother (on HD) passed away from calciphylaxis, 2015 -- pt is frightened of the same.
Meds: losartan 100, fish oil, sumatriptan prn.
Exam: BP 128/80, BMI 24.9. Skin of face/arms normal. Septum deviated L w/ spur; turbinates
boggy.
Nasal endoscopy: mucopurulence L middle meatus, no polyps.
CT sinus ordered (non-contrast, no renal concern).
Plan: saline irrigations + budesonide, doxycycline 3 wks (renally fine), CT then f/u for
possible septoplasty / FESS. Reassured her that her kidney disease is early.
"""),
("2019-10-08", "Nephrology Clinic Note", """
NEPHROLOGY -- annual f/u
45F w/ IgA nephropathy (CKD 3a), eGFR 52 (stable x3 yrs), UPCR 0.6 g/g.
s/p septoplasty + bilateral maxillary antrostomy 2017, sinuses quiet.
She asks again about calciphylaxis -- mother had it on HD. Explained that it is largely a
disease of dialysis-dependent patients; her risk today is very low. Skin exam normal, no lesions.
Labs: Cr 1.3, Hb 12.8, PTH 58, PO4 3.6, K 4.6, cCa 9.3.
BP 124/78, wt 66 kg, BMI 24.6. No diabetes.
Plan: continue losartan 100, low-salt diet, labs q6mo, RTC 1 yr.
"""),
]}

B20 = {"patient_id": "B20", "age": 58, "sex": "M", "notes": [
("2026-02-16", "Respiratory Therapy CPAP Set-up", """
RT -- CPAP INITIATION / MASK FITTING
58M new OSA dx (HSAT AHI 27, nadir 79%). Order: APAP 6-14 cm H2O, heated humidity.
Also ESRD, dialyzes TTS; type 2 DM (insulin); HTN.
Mask trials: medium nasal cushion -> good seal supine + lateral at 10 cm. Headgear set with
2 finger-width slack.
Skin baseline: nasal bridge, cheeks, behind ears intact; no marks.
Education: mask cleaning daily, filter monthly, replace cushion q3mo; check bridge and ears
for red marks; never overtighten straps; call if sores.
VS: BP 142/84, SpO2 95% RA, 104 kg, BMI 31.4 -- class I obesity.
Plan: 30-d download review; nephrology asked to add skin-care advice given dialysis.
"""),
("2026-03-18", "Nephrology Clinic Note", """
NEPHROLOGY -- clinic
58M, ESRD (DKD), HD TTS, access L forearm fistula; DM2 -- glargine 26 units at
bedtime; HTN; OSA, now using CPAP.
Never on warfarin.
Counseling today: calciphylaxis is a known risk for anyone on dialysis; so: no heat
pads, no ice bags straight on skin, CPAP straps kept loose, insulin sites rotated, and any painful dark
patch reported to us the same week. He verbalized understanding.
Skin: full exam normal; no plaques, no ulcers, insulin sites soft. No calciphylaxis.
Labs: A1c 7.3, alb 4.0, iPTH 380, PO4 5.4, cCa 9.2.
BP 138/80, wt 103.5 kg, BMI 31.2.
Plan: same binder (sevelamer 1600 w/ meals) and cinacalcet 30; RTC 3 mo.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
