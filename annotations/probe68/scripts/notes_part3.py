"""probe68 corpus notes, T15-T20 (surgical and burn-unit consults, procedure notes; all invented)."""

T15 = {"patient_id": "T15", "age": 64, "sex": "M", "notes": [
("2019-04-02", "ED General Surgery Consult", """
ACUTE CARE SURGERY - ED consult
?nec fasc R thigh

64M, HD via L arm graft (TTS, missed Sat), DM2 on insulin 70/30 self-injected (R anterior thigh only) "for years". Presents w/ 5 days of an exquisitely painful blackened area, R anterior thigh, low grade temp 37.9, WBC 13.2.
PE: R anterior thigh at his injection area: 4x3 cm black eschar, surrounding erythema ~8 cm, violaceous mottling, induration; no crepitus, no bullae. CT: stranding of subcut fat without gas or drainable collection.
LRINEC 5.
BMI 31.8.
Imp: necrotizing soft tissue infection cannot be excluded; ddx calciphylaxis at insulin site vs infected injection site necrosis.
Plan: OR tonight for exploration/debridement, tissue to path + cx, vanc/pip-tazo.
"""),
("2019-04-02", "Operative Note", """
OPERATIVE NOTE (late entry)
Procedure: exploration and excisional debridement R anterior thigh, 6x5 cm
Findings: no dishwater fluid, no purulence, fascia healthy and did not separate on finger sweep - NOT nec fasc. Subcut fat dusky and firm under the eschar; debrided to bleeding fat.
Specimens: tissue for path (with von Kossa), aerobic/anaerobic cx.
EBL 50. Wound packed with moist gauze. No complications.
Postop dx: necrotic subcutaneous fat R thigh, etiology TBD - calciphylaxis vs necrosis of an infected injection site.
"""),
("2019-04-09", "Surgery Progress / Transfer Note", """
Surgery progress & transfer summary

Cx: coag-neg staph in 1 of 2 (likely contaminant).
Path: fat necrosis with mixed inflammation; von Kossa shows a few equivocal foci, no convincing vessel wall calcification, no thrombi - nondiagnostic. Pathologist cannot confirm or exclude calciphylaxis on this sample.
Wound R thigh 6x5x2 cm, clean, granulating at edges.
Clinically we remain uncertain: possible calciphylaxis at the insulin site, never proven. Repeat deeper bx offered - pt declined, is relocating to live with his daughter out of state. Care handed over to the dialysis unit closest to her; summary and images sent.
BMI 31.8. Insulin rotated to abdomen meanwhile.
"""),
]}

T16 = {"patient_id": "T16", "age": 77, "sex": "F", "notes": [
("2022-08-10", "Vascular Surgery Consult", """
Vascular surgery consult

77F, CKD4 (last eGFR 21); not dialyzing, has refused RRT prep. AF on warfarin x 10 yrs, no DM. BMI 23.0.
07/30/2022: whacked L shin on her Buick's door frame leaving the pharmacy lot. Small skin tear at the time, her daughter put a bandaid on it. Over 10 days it turned into a black, very painful patch.
Exam: L anterior shin: 3x2 cm eschar with irregular dusky rim, mild retiform quality at the upper border. DP/PT not palpable, monophasic dopplers. ABI 0.71 L.
Imp: painful necrotic shin ulcer after minor trauma. Ddx: traumatic ulcer in an ischemic limb; warfarin-induced skin necrosis (unlikely after 10 yrs); r/o calciphylaxis given CKD4 + warfarin.
Plan: angiogram discussion, wound care, consider bx.
"""),
("2022-08-17", "Surgery Clinic Follow-up", """
Vasc f/u

Eschar L shin unchanged, 3x2 cm. Pain 7/10.
Discussed biopsy to look for calciphylaxis - pt declines ("no more cutting on me at my age").
Angiogram also declined.
A/P: possible calciphylaxis vs ischemic traumatic ulcer, no tissue dx. Continue dressings, stop warfarin? - cards says keep for now. Offered renal referral for STS empirically; pt will think about it.
"""),
("2022-09-14", "Surgery Clinic Note", """
Clinic note
Daughter reports mom enrolled in home hospice 9/6 for progressive heart failure. L shin wound stable dry eschar, no infection.
No biopsy was ever performed, so the etiology remains unconfirmed - possible calciphylaxis, possible arterial. Goal now comfort; keep eschar dry, betadine daily. Vascular signing off; glad to re-evaluate should goals change.
BMI 23.0.
"""),
]}

T17 = {"patient_id": "T17", "age": 52, "sex": "M", "notes": [
("2025-01-20", "Burn Unit Consult", """
BURN SERVICE CONSULT

52 y/o M, HD x 4 yrs (MWF), IDDM on Basaglar + Admelog. BMI 28.4.
Contact burn from a space heater 2 weeks ago: fell asleep in his chair with L foot against the heater grill. Small burn L lateral foot which he treated at home w/ OTC ointment.
Now: L lateral foot, along the 5th metatarsal: 4x2.5 cm black eschar, surrounding livedoid violaceous skin out of proportion to a small contact burn, severe pain. Pulses: DP faint, PT dopplerable. Sensation decreased (neuropathy).
Imp: deep contact burn, failing to heal; cannot exclude calciphylaxis in an HD pt given livedoid rim and pain. Also diabetic foot/PAD.
Plan: excision + biopsy in OR, ABI/TBI, podiatry.
"""),
("2025-01-23", "Pre-op Assessment", """
PRE-OP
Scheduled 1/27: excision of L lateral foot burn eschar with biopsy to evaluate for calciphylaxis; possible STSG later.
ASA 3. HD Mon - plan surgery after run.
BMI 28.4. Glucose range 140-260, A1c 8.9.
Consents discussed; pt agrees. ABI L 0.84, TBI 0.44.
"""),
("2025-02-10", "Burn Clinic - Telephone Note", """
Telephone encounter

Pt no-showed for OR on 1/27 and for burn clinic today. Reached by phone: he has moved to his brother's in Arizona and will not come back here. Foot wound "the same, still black". Told him the biopsy to confirm or rule out calciphylaxis was never done and to establish with a burn or wound center there ASAP; records faxed to his new HD unit.
Dx remains: L foot contact burn, possible calciphylaxis - unconfirmed.
"""),
]}

T18 = {"patient_id": "T18", "age": 56, "sex": "F", "notes": [
("2021-05-12", "General Surgery Consult", """
Gen surg consult - wound at incision

56F, ESRD on HD, T2DM on glipizide, BMI 35.1. Open cholecystectomy (converted) 04/21/2021 via R subcostal incision. About 10 days post-op the lateral incision opened and has rapidly enlarged.
Exam: R subcostal incision, lateral half: 7x4 cm ulcer with undermined, violaceous, overhanging edges and a purulent-looking but sterile base, small black necrotic areas at one edge. Medial half healed.
Imp: wound breakdown at incision. Ddx: SSI, calciphylaxis (HD pt, necrosis), pyoderma gangrenosum (undermined violaceous border, rapid growth after surgery).
Plan: biopsy edge before any debridement. Hold sharp debridement.
"""),
("2021-05-14", "Procedure Note", """
Procedure note: elliptical biopsy, edge of R subcostal ulcer (including undermined border and adjacent skin), 1.5 cm x 5 mm, local 1% lido, closed 4-0 nylon. Tissue for H&E, von Kossa, cultures (bacterial, AFB, fungal). No complications.
"""),
("2021-05-25", "Surgery Follow-up", """
Surgery f/u

Path: dense dermal neutrophilic infiltrate with ulceration and leukocytoclasia at the edge; von Kossa negative for vessel calcification; no thrombosed calcified vessels. Cultures negative. Consistent with pyoderma gangrenosum; calciphylaxis is ruled out.
Derm on board: prednisone 40 mg + topical tacrolimus. No debridement (pathergy).
Ulcer 7x4 cm, edges less violaceous after 4 days of steroids.
BMI 35.1.
"""),
]}

T19 = {"patient_id": "T19", "age": 41, "sex": "M", "notes": [
("2024-07-03", "Burn Unit Admission", """
BURN ADMISSION H&P

41M, pressure cooker lid blew off at home 7/2, scald to L volar forearm ~2.5% TBSA, deep partial thickness centrally.
PMH: CKD 3a (IgA nephropathy, Cr 1.6, eGFR 52), HTN on losartan. No DM. No anticoagulants. Wt 82 kg.
Social/Fam: very worried about healing - his sister, who is on dialysis, developed calciphylaxis on both legs last year and "her wounds never closed". Pt himself has no skin lesions apart from the burn.
Plan: Silvadene BID, OR Monday for excision/graft if not healing. Pain control, OT.
"""),
("2024-07-10", "Operative Note", """
OPERATIVE NOTE
Procedure: tangential excision L volar forearm burn 180 cm2; STSG from L lateral thigh, 0.010 in, meshed 1.5:1; Acticoat + bolster
Findings: deep dermal burn, healthy bleeding reached throughout
Donor: L lateral thigh, Xeroform
EBL 100. No complications.
Note: no clinical features of calciphylaxis in this patient; the sister's history noted. Expect routine healing.
"""),
]}

T20 = {"patient_id": "T20", "age": 50, "sex": "F", "notes": [
("2023-09-12", "Plastic Surgery Pre-op Assessment", """
PLASTIC SURGERY - PRE-OP

50F, ESRD on hemodialysis since 2020 (TTS), T2DM on insulin (detemir + aspart), BMI 46.0, for panniculectomy for recurrent intertrigo and hygiene issues.
Skin: pannus with chronic intertrigo in the fold, no ulceration, no purpura, no plaques or nodules anywhere.
Risks discussed, including wound dehiscence, seroma, infection, and, given her dialysis, a small chance that calciphylaxis could appear in the wound or elsewhere; told to call if she notices any painful purple or black areas after surgery.
Peri-op insulin injections: upper arms only, pannus off-limits.
Plan: proceed 10/3.
"""),
("2023-10-03", "Operative Note", """
OP NOTE
Procedure: panniculectomy, 3.8 kg specimen; two 15 Fr JP drains
Anesthesia: GA
Findings: large pannus with fold dermatitis, no skin necrosis, no abnormal subcutaneous calcification appreciated.
Closure: layered, 2-0 PDO barbed + 3-0 monocryl subcuticular, Prineo.
EBL 250. No complications. HD tomorrow.
"""),
("2023-10-17", "Plastic Surgery Post-op Clinic", """
POST-OP VISIT

Incision healing well along its length, minor superficial separation 1 cm at L end, granulating, no drainage. JPs removed today (both <25 mL/24h).
Skin: no necrosis, no retiform purpura or tender nodules; nothing to suggest calciphylaxis.
BMI 44.9 (wt after resection).
Plan: steri-strips, abdominal binder loose, f/u 3 wks.
"""),
]}

PATIENTS = [T15, T16, T17, T18, T19, T20]
