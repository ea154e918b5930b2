"""probe119 corpus notes, C15-C20 (inpatient dermatology consult service; all invented)."""

C15 = {"patient_id": "C15", "age": 59, "sex": "M", "notes": [
("2024-02-12", "Dermatology Consult Note", """
Derm consult - inpt, req by Hospitalist (Dr Oyelaran)
59M ESRD (HD MWF); T2DM using insulin - injects R side of abdomen "mostly the same spot" since starting insulin last summer, obesity BMI 31.0. No warfarin.
Tender lump at R abd injection spot x ~3 wks.
EXAM: R para-umbilical: 2.5x2 cm deep firm subcutaneous nodule with faint overlying violaceous mottling; no ulcer, no eschar. Lipohypertrophy surrounding.
Assessment: possible early calciphylaxis; ddx lipohypertrophy complicated by fat necrosis, other panniculitis. Not classic - no retiform purpura.
Recs: punch bx (done), avoid injecting there.
"""),
("2024-02-15", "Dermatopathology Report", """
Skin, R abdomen, punch:
Superficial sample (dermis, sliver of subcutis). Mild septal fibrosis; sampled vessels free of calcification. von Kossa negative.
DX: nondiagnostic for calciphylaxis; cannot exclude given superficial sampling. A deeper incisional specimen is advised to decide.
"""),
("2024-02-16", "Dermatology Consult Follow-up", """
Derm f/u - pt being discharged today at his request.
Nondiagnostic punch. Offered deeper wedge bx; pt declines for now ("no more poking me this week"). Calciphylaxis still in the ddx - unproven.
Nodule unchanged.
Recs: derm clinic 2 wks for repeat exam +/- incisional bx, rotate insulin away from R abdomen.
"""),
]}

C16 = {"patient_id": "C16", "age": 84, "sex": "F", "notes": [
("2025-06-03", "Dermatology Consult Note", """
Inpatient Derm C/S
Requested by: Palliative/Medicine - "thigh purpura"
84F ESRD on HD (dialysis being reconsidered), On-X aortic valve on warfarin, started on warfarin 2011. No diabetes. BMI 25.5.
Over the past 5 days painful net-patterned purple patches over both thighs.
EXAM: Bilateral anterior and medial thighs: retiform purpura, 2 areas with early central dusky necrosis, no eschar yet. Tender.
INR 4.1.
Impression: retiform purpura - calciphylaxis / warfarin-induced skin necrosis / bleeding from high INR. Cannot distinguish clinically.
Recs: bx would help; discussed w daughter.
"""),
("2025-06-05", "Dermatology Consult Follow-up", """
Derm f/u
Family (daughter Mireille) and pt elected comfort-focused care; HD stopped, no bx. Purpura slightly more widespread on thighs.
Diagnosis remains uncertain: possible calciphylaxis, possible warfarin necrosis. Will not pursue further workup per goals.
Recs: pain ctrl, gentle skin care, soft padding.
"""),
("2025-06-09", "Palliative Care Progress Note", """
Palliative - comfort care day 4
Pt resting, on hydromorphone. Thigh skin changes (derm: possible calciphylaxis vs warfarin necrosis, not biopsied) stable, pain controlled w repositioning.
Daughter at bedside. Continue current plan.
"""),
]}

C17 = {"patient_id": "C17", "age": 72, "sex": "M", "notes": [
("2026-01-14", "Dermatology Consult Note", """
Dermatology consult - inpatient, from Vascular Surgery
72M with CKD4 (eGFR 18) - no dialysis; insulin-treated T2DM, PAD, BMI 30.2. No coumadin.
Banged his L shin into a grocery cart around Thanksgiving; the scrape never healed and since Christmas it's turned black and very painful.
EXAM: punched-out L anterior shin ulcer 3x2 cm w dry black eschar, thin violaceous rim, no clear retiform pattern. Foot cool, DP not palpable; ABI 0.55 per vascular.
Impression: ulcer at trauma site in PAD pt - arterial ulcer favored; with CKD4 and DM, calciphylaxis stays possible.
Recs: bx risky w poor perfusion - defer until revascularization; consider later.
"""),
("2026-01-20", "Vascular Surgery Progress Note", """
Vasc surg - POD 2 L SFA angioplasty
L shin ulcer unchanged. Derm ddx arterial vs ?calciphylaxis; no biopsy yet. Will reassess healing over wks.
Cont ASA/statin.
"""),
("2026-02-10", "Dermatology Consult Follow-up", """
Derm re-consult (readmitted w hyperK).
L shin ulcer: smaller, 2.5x1.5 cm, granulating at edges. Etiology still undetermined - arterial vs early calciphylaxis; pt not keen on bx while it's improving. BMI 30.2.
Recs: continue wound care, outpatient derm; bx if it worsens.
"""),
]}

C18 = {"patient_id": "C18", "age": 45, "sex": "F", "notes": [
("2019-09-09", "Dermatology Consult - Initial", """
INPATIENT DERMATOLOGY CONSULT
Requesting team: Gen Surg - "wound breakdown at incision, ?calciphylaxis"
45F ESRD (lupus nephritis) on PD, no DM, not on warfarin. BMI 21.4. Also has ulcerative colitis, quiescent.
Had PD catheter repositioned via a small R lower quadrant incision 8/26; a week later the incision opened into an enlarging painful ulcer.
EXAM: RLQ: 5x4 cm ulcer with undermined violaceous rolled border, purulent base, cribriform margin; no retiform purpura, no eschar.
A: r/o calciphylaxis (PD pt) vs pyoderma gangrenosum (pathergy at fresh incision, UC) vs surgical site infection.
Recs: bx edge for H&E + cultures.
"""),
("2019-09-12", "Dermatopathology Report", """
Skin, RLQ ulcer edge:
Dermis packed with neutrophils, abscess formation, some leukocytoclasis at the edge; no vessel calcification; von Kossa negative; cultures no growth.
Dx: neutrophilic dermatosis, c/w pyoderma gangrenosum when paired with the clinical story. No evidence of calciphylaxis.
"""),
("2019-09-16", "Dermatology Consult Follow-up", """
Derm f/u
Path + clinical picture = pyoderma gangrenosum; calciphylaxis ruled out. Prednisone 40 mg daily begun, clobetasol oint to border. No further debridement (pathergy).
Recs: GI aware re UC, PD may continue with care.
"""),
]}

C19 = {"patient_id": "C19", "age": 60, "sex": "M", "notes": [
("2020-10-19", "Dermatology Consult Note", """
Derm C/S - Medicine
60M, CKD3a, eGFR 52, never dialyzed, T2DM on metformin + empagliflozin, venous insufficiency. BMI 26.0. No anticoagulants.
Worried about his L medial ankle ulcer because his sister "had that calciphylaxis on dialysis and lost her leg".
EXAM: L medial malleolus: 3x2 cm shallow ulcer w fibrinous base, surrounding hemosiderin staining, lipodermatosclerosis; pulses intact. No retiform purpura, no eschar.
A: venous (stasis) ulcer, nothing suggesting calciphylaxis; his kidney function makes it very unlikely.
Recs: compression once ABI done, wound care.
"""),
("2020-10-21", "Dermatology Consult Follow-up", """
Derm f/u. ABI 1.05. Started Unna boot. Reassured pt and wife: this is a venous ulcer, not calciphylaxis; family hx noted.
"""),
]}

C20 = {"patient_id": "C20", "age": 52, "sex": "F", "notes": [
("2026-03-02", "Dermatology Consult Note", """
Derm consult, inpatient
Requested by nephrology: "rash under breasts + eval calciphylaxis risk"
52F ESRD, HD 3x weekly, R arm fistula. T2DM managed with sitagliptin. Never anticoagulated. BMI 28.9.
Itchy red moist rash in inframammary folds x 2 wks. No painful skin lesions.
EXAM: Bilat inframammary: macerated erythematous plaques with satellite papules - candidal intertrigo. Full skin exam otherwise unremarkable - retiform purpura, necrosis, nodules all absent.
A/P: intertrigo - nystatin powder, keep dry.
Re: calciphylaxis - none now. As an HD pt she is at risk; if she starts injections, rotate sites, avoid fatty areas; avoid heating pads/ice on skin.
"""),
("2026-03-05", "Nephrology Progress Note", """
Renal - HD
A1c 9.4, glargine 10 u daily begun today by endocrine, teaching given (rotate sites per derm advice). Skin: intertrigo improving. No concern for calciphylaxis currently.
"""),
("2026-03-20", "Dermatology Consult Follow-up", """
Derm f/u on readmission (fluid overload).
Intertrigo resolved. Full skin exam again normal, injection sites in abdomen clear. No calciphylaxis. Counselled again on prevention.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
