"""probe139 corpus notes, A15-A20 (burn unit, plastic and reconstructive surgery, and the clinics around them; all invented)."""

A15 = {"patient_id": "A15", "age": 70, "sex": "M", "notes": [
("2017-04-11", "Burn Unit Admission H&P", """
BURN UNIT ADMISSION -- Larkspur Regional Burn Center

70M, farmer, CKD stage 4 (eGFR 21; fistula created 2016 in anticipation, never needled,
no dialysis yet), DM2 on insulin, HTN, PAD. On 4/9/17 he lit a brush pile with gasoline;
flash flame caught his
L pant leg. Rolled on the ground. Presented to outside ED, transferred.

Burn: 3% TBSA, L anterior lower leg (shin) from just below the knee to the ankle, deep
partial to full thickness, leathery areas anteriorly. Foot spared. Not circumferential;
compartments soft.

Meds: insulin NPH 22 u BID, amlodipine, furosemide 80 mg BID, sodium bicarb, aspirin.
VS: temp 37.2, pulse 92, 170/92, sat 95%. Weight 84kg, BMI 27.9.
Labs: BUN 61, creatinine 3.1 (baseline 2.9), K 5.2, HCO3 18, Ca 8.9, Phos 5.4, Alb 3.4. Glu 288.

Plan:
- excision + STSG L lower leg planned 4/14 once demarcated
- silver foam dressing meanwhile, change q3d
- renal consult re: contrast/nephrotoxins, avoid NSAIDs
- BG control; vascular study (ABI) given PAD
"""),
("2017-05-16", "Burn Clinic Follow-up", """
Burn clinic f/u - s/p excision and STSG L shin 4/14/17

S: 70M, CKD 4, DM2. Graft looked good at 2 wk check. Over the past 10 days new, very painful
dark patches have appeared along the graft edges of the L shin; pain "out of proportion" per
wife, needing oxycodone at night.

O: L lower leg: graft ~70% adherent. At the medial and lateral graft margins, 3 areas
(1-3 cm) of black necrosis with violaceous, lacelike surrounding skin extending onto
unburned skin. No pus. ABI L 0.78.
Ca 9.6, Phos 6.2, PTH 310.

A: Graft-edge necrosis L shin. DDx: graft loss from infection/shear vs arterial insufficiency
vs early calciphylaxis given stage 4 CKD, diabetes and the retiform pattern -- cannot exclude
the latter.

P: Punch bx at the livedoid border today. Culture. Hold any further grafting. Vascular
surgery referral.
"""),
("2017-06-06", "Nephrology CKD Clinic Note", """
Nephrology - CKD clinic

70M, CKD 4 (eGFR 19 today), DM2 on insulin, recovering from L leg burn/grafting.

The 5/16 punch (L shin, graft edge): fat necrosis and nonspecific inflammation; no
vessel calcification seen, von Kossa negative, but the specimen barely reached fat -- so it
neither proves nor excludes calciphylaxis. Burn surgery offered a deeper wedge; pt declined.

Necrotic areas slightly smaller. Still painful.

Assessment:
- possible calciphylaxis vs ischemic graft-edge necrosis, unresolved; can't exclude
- CKD 4, dialysis not started; phos 6.0

Plan: sevelamer, low phos diet, avoid calcium/vitamin D analogs. He moves in with his
son in Cedar Hollow next month -- records and summary sent to his new nephrologist, who will
decide on repeat biopsy.
"""),
]}

A16 = {"patient_id": "A16", "age": 45, "sex": "F", "notes": [
("2024-02-20", "Operative Report - Breast Reconstruction", """
OPERATIVE REPORT -- PLASTIC SURGERY PORTION

Date of surgery: 02/20/2024
Pt: 45F, ESRD on PD (CAPD, lupus nephritis), L breast DCIS. BMI 30.6. No diabetes.
Procedures (this surgeon): immediate L breast reconstruction with subpectoral tissue expander,
acellular dermal matrix.
Breast surgery (Dr. Nakashima) performed L nipple-sparing mastectomy first, inframammary
fold incision.

Findings: mastectomy skin flaps thin in the inferior pole, fair bleeding; SPY angiography
showed borderline perfusion inferiorly. Expander filled intraop with 100 mL only to limit
flap tension.

Closure layered over one 15 Fr drain. PD catheter exit site R abdomen protected, untouched.

Plan: admit overnight; continue CAPD with lower fill volumes x 2 wks; drain care;
antibiotics 24 h; first fill in clinic 3 wks.
"""),
("2024-03-12", "Plastic Surgery Postoperative Visit", """
PLASTICS POSTOP CLINIC

3 wks s/p L nipple-sparing mastectomy + TE reconstruction. Drain removed 3/1.
Pt reports severe burning pain of the lower L breast over the last week, much worse than
expected; uses oxycodone 2-3x/day.

Exam: L breast, inferior pole along the IMF incision: 5x3cm area of full-thickness black
necrosis of the mastectomy flap; around it a purple, netlike border that extends 2-3 cm
beyond the flap edge onto skin that was not undermined. Expander not exposed. No erythema
tracking, no drainage.

PD clinic labs last wk: PTH 490, phosphorus 6.7, calcium 10.1.

A: Mastectomy skin flap necrosis L breast. The retiform spread and pain raise concern for
calciphylaxis (PD, high Ca x P) -- suspected, not proven. Biopsy deferred: it would risk
exposing the expander.
P: No fill. Topical nitroglycerin paste, dry dressing, watch. Notified PD team.
"""),
("2024-04-09", "Nephrology PD Clinic Note", """
PD monthly clinic

45F on CAPD (lupus nephritis, quiescent on low-dose prednisone), recent L mastectomy/expander.

L breast wound: per plastics, flap necrosis with possible calciphylaxis; no biopsy because
of the implant. Eschar now dry, separating at the edges, pain improving (4/10).

Rx: 4 exchanges/day, 2 L, 1.5% x 3, 2.5% x 1. Kt/V 1.82.
79.6kg today -> BMI 29.8. BP 124/76.
Labs: Ca 9.4 (Ca binder stopped), Phos 5.6, PTH 455.

Plan:
- empiric: stopped calcium acetate, started sevelamer; low-Ca PD solution
- no STS for now (diagnosis unconfirmed, wound improving)
- she is relocating to Port Amberley for her husband's job before May; transfer
  of PD care and plastics follow-up arranged there.
"""),
]}

A17 = {"patient_id": "A17", "age": 77, "sex": "M", "notes": [
("2018-02-03", "Burn ICU Admission Note", """
BURN ICU ADMISSION

77M rescued from a house fire 2/2/18 by FD. 14% TBSA flame burns: upper back, plus both
upper arms
posteriorly, mixed deep partial/full thickness. Carboxyhemoglobin 9%, bronchoscopy
with mild inhalation injury.

PMH: ESRD (dialysis Tu-Th-Sa by tunneled R chest line), DM2 (linagliptin), AF on warfarin, CHF.
INR 3.4 on arrival -> vitamin K 5 mg + 4F-PCC for planned excision.
Access: L femoral triple-lumen CVC placed in ED 2/2/18 (R IJ occupied by HD cath, arms
burned). Art line R radial.

VS: HR 104 AF, BP 98/60 on low-dose norepi, SpO2 94% on 40% HFNC. Wt 68.7 kg, BMI 23.0.
Labs: lactate 2.9, K 5.6, Cr 6.8, Ca 8.4, Phos 6.3, Alb 2.9.

Plan: resus per burn formula (modified for ESRD), CRRT overnight then HD; excision of back
and arms day 3-4; warfarin held; heparin gtt once hemostasis post-op.
"""),
("2018-02-17", "Burn ICU Progress Note", """
BURN ICU PROGRESS  HD#16

s/p excision and STSG back/arms 2/6. L femoral CVC removed 2/12; peripheral access only since.

New since 2/15: retiform purpura, very painful, L groin, spreading onto the upper medial
L thigh,
adjacent to the old femoral line site; 10x7cm, dusky center, no drainage, line tip culture
negative. Platelets 162 (stable). Not on warfarin since admission; heparin gtt started 2/8.

Derm (Dr. Siddiqui) saw him: ddx calciphylaxis vs heparin-related skin necrosis vs septic
emboli; "possible calciphylaxis". Recommends deep biopsy; family needs to consent.

Plan: HIT panel; blood cultures; switch heparin gtt -> argatroban pending HIT; discuss
biopsy with
daughter (HCP); wound: nonadherent dressing.
"""),
("2018-02-21", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT

77M, ESRD on HD, 14% TBSA burns s/p grafting, ongoing pressor need, new necrotic area L groin
(suspected calciphylaxis, not biopsied; HIT panel negative).

Met with daughter (HCP) and son. Pt had told them he would never want long-term machines.
Given failing grafts, worsening lung function and the new necrotic groin lesion, family chose
comfort-focused care. Biopsy cancelled. HD to be stopped after discussion with nephrology.

Symptoms: pain controlled with hydromorphone infusion 0.5 mg/h + boluses; dyspnea mild.

Plan: comfort measures, chaplain, liberal visiting, DNR/DNI confirmed. Transfer to inpatient
hospice unit if stable. Thank you for this consult.
"""),
]}

A18 = {"patient_id": "A18", "age": 53, "sex": "F", "notes": [
("2021-06-15", "Operative Report - Plastic Surgery", """
OPERATIVE REPORT

Date: 06/15/2021
Pt: 53F, ESRD, hemodialysis Tue-Thu-Sat by L forearm fistula, macromastia with chronic
neck/back pain and
shoulder grooving. BMI 34.0. No diabetes. On apixaban for remote PE (held 48 h).

Procedure: Reduction mammaplasty, both breasts (inferior pedicle, Wise-pattern skin excision).
Resection: R 910 g, L 860 g.

Details: Standard markings in pre-op holding. Inferior pedicle deepithelialized, medial,
lateral and superior resection. NAC viable bilaterally w/ good capillary refill. Closed with
3-0 Monocryl dermal sutures and a 4-0 Monocryl running intradermal stitch. No drains.
Surgical bra.

EBL 150 mL. No complications.
Dispo: home after PACU (dialyzed early this AM), next HD Thursday as usual; f/u 1 wk.
"""),
("2021-07-06", "Plastic Surgery Postoperative Visit", """
Plastics post-op, 3 wks

S: Pain at both breast incisions, worse over 10 days, drainage. Afebrile. HD schedule unchanged.

O: Both breasts: T-junction wounds have opened and enlarged to 4x3cm (R) and 3.5x3cm (L)
ulcers with violaceous, undermined, rolled edges and purulent-appearing base. Cultures from
6/30 no growth. Not responding to cephalexin. No retiform purpura.

A: Bilateral post-op ulceration at incision T-junctions. DDx: wound infection (culture neg)
vs pyoderma gangrenosum (pathergy after surgery) vs calciphylaxis (HD patient) -- r/o.

P: Biopsy of the L ulcer edge today by derm (incl. von Kossa). No sharp debridement in
case of PG.
Stop cephalexin.
"""),
("2021-07-20", "Dermatology Clinic Note", """
DERMATOLOGY

Bx 7/6/21 L breast ulcer edge: sheets of neutrophils filling the dermis, abscess formation,
leukocytoclasis without vasculitis; NO vascular or septal calcification, von Kossa negative.
Tissue cultures (bacterial, fungal, AFB) negative.

Assessment: post-surgical pyoderma gangrenosum, bilateral breast incisions. Calciphylaxis
was considered because she is on HD, and is excluded by the biopsy and clinical course.

Plan:
- prednisone 40 mg daily, taper over 8 wks
- topical tacrolimus 0.1% to edges BID
- no surgical debridement
- screen for IBD/hematologic associations
- BMI 34.0 stable; HD team aware of steroid (BG checks)
"""),
]}

A19 = {"patient_id": "A19", "age": 36, "sex": "M", "notes": [
("2025-05-06", "Plastic Surgery Consult", """
PLASTIC SURGERY NEW CONSULT

36M w/ type 1 DM (insulin pump, infusion sets in abdomen), diabetic CKD stage 3a (eGFR 52;
nowhere near dialysis), hx childhood scald at age 4 (kettle) with R neck burn scar contracture,
limited rotation to the L and a tight band when looking up.

Social/family: Father died in 2019 of calciphylaxis while on hemodialysis. Pt very anxous
that surgery on his neck could "set off" the same disease.

Exam: R anterolateral neck, vertical hypertrophic band 9 cm, rotation 45 deg to L.
Skin elsewhere normal, no purpura or nodules. Ht 182 cm, Wt 99 kg, BMI 29.9 (overweight).

Plan: Multiple Z-plasty release of R neck contracture under GA. Reassured him: his kidneys
work at about half capacity, calciphylaxis is seen mostly on dialysis and is not passed down
in families; will check Ca/Phos/PTH preop for reassurance.
"""),
("2025-07-15", "Plastic Surgery Postoperative Visit", """
Plastics f/u

S/p four-flap Z-plasty release R neck 6/24/25. Doing well, neck rotation improved.
Preop labs were reassuring (calcium 9.4, phosphorus 3.8, PTH 71, eGFR 54).

Pump settings unchanged; endo note 7/2 reports A1c 7.4. No fevers. Sleeping w/o a pillow
as asked.

Exam: BP 128/78, HR 72. Flaps viable, incisions healed, mild erythema at one limb, no
purpura, no necrosis, no hematoma. Neck rotation 70 deg to L, extension much freer.

A/P: Healing well after contracture release. No sign of calciphylaxis; reassured again that
his father's illness on dialysis does not mean it will happen to him.
Silicone gel BID, sunscreen, scar massage starting wk 6, soft collar at night x 4 wks.
RTC 3 months. Wt 98.6 kg.
"""),
]}

A20 = {"patient_id": "A20", "age": 61, "sex": "F", "notes": [
("2026-03-03", "Burn Clinic New Patient", """
Burn clinic new pt

61F, ESRD; hemodialysis Mon-Wed-Fri, currently through a R IJ permcath (fistula
still maturing); DM2 diet controlled, HTN.
3/1/26 kettle tipped while pouring, splashed the back of the L hand.

Exam: L dorsal hand 3x4cm superficial partial thickness scald, intact blisters, no
involvement of fingers. Cap refill brisk. Wt 70.5 kg, BMI 26.7.

Plan: leave blisters, petrolatum gauze + light wrap, change q2d; elevate.
Counselling: calciphylaxis is a known hazard for HD patients, so she should keep electric pads,
rubber hot-water bags and frozen gel packs away from her skin; test water with a
thermometer; call us at once for any new skin that is purple, black or unusually painful.
Printed sheet given.
RTC 2 wks.
"""),
("2026-03-17", "Burn Clinic Follow-up", """
Burn clinic f/u

S: No pain, using the hand normally, back to cooking (with the kettle on the back burner now,
she says). Dialysis going fine; no missed runs.

O: Scald L dorsal hand fully re-epithelialized, pink, no hypertrophy, full fist and
extension.
Whole-skin check at her request (she read the counselling handout): no net-like
discoloration, purpura, nodules or ulcers anywhere; nothing to suggest calciphylaxis.

BP 134/80. Labs from HD 3/10: PTH 330, Ca 9.0 (albumin 3.8), Phos 5.1.

A/P: healed superficial scald, no scar expected. Moisturize, sunscreen for a year.
Reinforced the heat/cold advice from last visit. Discharged from burn clinic; PRN return.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
