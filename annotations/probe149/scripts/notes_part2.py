"""probe149 corpus notes, E08-E14 (occupational health and the clinics around it; all invented)."""

E08 = {"patient_id": "E08", "age": 39, "sex": "F", "notes": [
("2018-03-20", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC - Saltmarsh Home Dialysis

39F, ESRD from lupus nephritis (class IV, 2011), on CCPD since 2016. Antiphospholipid syndrome
with prior L femoral DVT - warfarin, target INR 2-3 (today 2.4). Not diabetic; A1c 5.2.
Drives a school bus (CDL holder); DOT card due in August.
Fatigue, Hgb down to 8.9 from 9.8, iron replete (TSAT 31%, ferritin 540).
PD Rx: four 2.5-L fills of 1.5% over 9 h + 1 L icodextrin daytime; Kt/V 2.0 weekly. UF ~900 mL.
VS: BP 128/80  Wt 91.8 kg  BMI 34.2
Exit site: clean, no crust.
A/P:
1. Anemia of CKD - start darbepoetin alfa 40 mcg SC every 2 wks. RN gave the first dose here today,
   R lateral thigh; she was shown how to self-inject at home, alternating the two lateral
   thighs.
2. Lupus quiescent - HCQ 200 mg daily, rheum f/u.
3. APS - continue warfarin via anticoag clinic.
4. Bone-mineral: sevelamer 800 with meals, calcitriol 0.25 daily; Ca 9.8 / PO4 6.2 / PTH 460.
RTC 1 month.
"""),
("2018-08-02", "Occupational Health DOT Medical Examination", """
DOT MOTOR CARRIER MEDICAL EXAM - recertification
Employer: Glenhollow Unified School District (transportation)

Driver: 39F school bus operator, 8 yrs. Current MEC expires 8/15/18.
Health history reviewed (Form MCSA-5875): lupus nephritis, ESRD on home PD nightly, APS on
warfarin, no seizures, no OSA, no insulin use.
She reports an open, painful sore of the L lateral thigh present ~3 wks, very sore climbing the
bus steps and on the pre-trip walkaround; taking oxycodone 5 mg at night from her nephrologist.
Vision 20/25 OU uncorrected, whisper test pass, BP 142/88, pulse 84, UA: trace protein.
Exam: L lateral thigh - 3x2 cm ulcer, black floor, violaceous edge, tender; R lateral thigh
without lesions. Gait antalgic.
Determination: pending (up to 45 days) - needs wound diagnosis and review of opioid use with the
prescriber; letter requesting records sent. Not driving a bus until determination.
Advised prompt nephrology/derm review of the thigh.
"""),
("2018-08-16", "Nephrology PD Clinic Follow-up", """
PD clinic f/u - thigh ulcer

Incisional biopsy 8/9/18 (derm), L lateral thigh - arterioles in the fat calcified and clotted,
necrotic fat. Diagnosis: calciphylaxis.
The lesions are at her darbepoetin injection sites on the L lateral thigh - she has been injecting
both lateral thighs since the March visit and says the L side got most of the shots.
Exam: L lateral thigh ulcer 3.5x2.5 cm with eschar plus a new 1 cm violaceous nodule 4 cm
proximal. R thigh clear.
Wt 90.9 kg, BMI 33.9 (obese).
Changes:
- no more SC injections in the thighs; ESA changed to IV methoxy-PEG epoetin monthly in clinic
- warfarin held 8/10; hematology chose apixaban for APS after discussion of risks
- calcitriol stopped; cinacalcet 30 mg started
- IV STS 25g three days a week (infusion suite)
- wound care: calcium alginate, bordered foam
DOT: she understands the bus determination stays pending; letter to the examiner sent.
"""),
]}

E09 = {"patient_id": "E09", "age": 66, "sex": "M", "notes": [
("2017-05-09", "Occupational Health Work Injury Visit", """
WORK INJURY VISIT - Dunmore Cold Storage (forklift / order selector)
DOI 05/08/2017, 2nd shift. Claim filed by safety coordinator.

MOI: stepping down from the sit-down forklift in aisle 12, his R outer thigh slammed into
a pallet rack upright. No fall, no head strike. Able to finish shift.
PMH: ESRD on HD MWF mornings (works 2nd shift), T2DM on Lantus 30 u qHS, HTN, CAD (stent 2014,
clopidogrel). Never on warfarin.
VS: BP 152/84  HR 70  BMI 36.5  Wt 112.4 kg
Exam: R lateral thigh 10x8 cm ecchymosis with underlying firm hematoma, tender; thigh
compartments soft; knee ROM full; neurovascular intact. L thigh normal.
X-ray R femur: no fracture.
A: contusion with hematoma R lateral thigh, work related.
P: elevation, acetaminophen, compression shorts optional; watch for enlarging swelling (on
clopidogrel). Work: no forklift climbing x 1 wk, pallet labeling only. Recheck 5/16.
"""),
("2017-06-22", "Hemodialysis Rounding Note", """
HD rounds - Millbeck Dialysis, chair 6, MWF AM

S: new, very painful spot, L outer thigh, present since early June, burning, worse at night. The R
thigh bruise from work has gone. Back on the forklift since 5/22.
O: L lateral thigh: 6x4 cm indurated plaque, violaceous with stellate purpura and central
dusky area, exquisitely tender. R thigh: no residual bruise, skin normal.
VS pre 166/80, post 141/74. UF 3.4 L.
Labs: Ca 10.2, PO4 7.1, PTH 690, albumin 3.3
Meds: Lantus 30 u, calcium acetate 1334 TID, calcitriol 0.5 mcg w/ HD, clopidogrel, atorvastatin.
A/P: L thigh plaque, very painful, obese diabetic on HD - concerning for calciphylaxis. Stop calcium
binder and calcitriol, sevelamer started. Derm for biopsy. Pain control.
"""),
("2017-07-06", "Dermatology Consult", """
Derm consult - L thigh

Deep punch biopsy 6/27/17, L lateral thigh: calcium lining small vessels of the hypodermis,
clot, necrotic fat; fits calciphylaxis.
History reviewed: the work contusion on 5/8 was on the R thigh, the opposite side. He denies any
blow, injection or heat to the L thigh. He injects his Lantus in the belly.
Exam: the L lateral thigh plaque measures 7x5 cm, eschar 2 cm centrally; R thigh normal.
Impression: calciphylaxis on histology, L lateral thigh; no local trauma on that side.
Plan: STS 25g IV each dialysis; wound care - hydrocolloid; consider hyperbaric O2 if progression;
f/u 3 wks. Work: off work, paperwork to employer (not work related).
"""),
]}

E10 = {"patient_id": "E10", "age": 58, "sex": "F", "notes": [
("2020-02-27", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC

58F, ESRD from hypertensive nephrosclerosis; dialysis days Tue/Thu/Sat; works full time as a
room attendant
at the Wexley Suites. No diabetes. Paroxysmal AF - was on warfarin 2015-2018, stopped after
ablation; now on aspirin only.
New issue: tender, purple, L inner calf patch since around Valentine's Day; she recalls
no injury, no bites, no new shoes.
VS: 146/82  HR 72  BMI 30.0 (84.2 kg / 167.5 cm)
Exam: L medial calf 4x3 cm tender indurated plaque, retiform purpura, small dusky center, skin
intact. R leg normal. Pulses 1+.
Mineral panel: PO4 6.8 (H), Ca 9.9, PTH 910 (H), Alb 3.6
A/P: L medial calf plaque - calciphylaxis high on the differential; vs vasculitis vs panniculitis.
Derm urgently for biopsy. Binder switched to sevelamer; cinacalcet 30 started.
"""),
("2020-03-05", "Dermatology Consult", """
DERMATOLOGY CONSULT

Referred for painful L calf lesion, onset mid-February. Now 4.5x3.5 cm retiform purpuric plaque
on the L medial calf, shallow 1-cm central ulceration, very tender; induration
extends beyond visible purpura.
Procedure today: two 6-mm punches taken along the margin; path to stain for calcium.
Assessment: clinical diagnosis of calciphylaxis - ESRD, high PTH, classic morphology and pain.
Biopsy to confirm.
Plan: start sodium thiosulfate with HD this week (don't wait for path); gentle wound care,
petrolatum + nonadherent gauze; pain via nephrology.
Counseled to avoid bumping the leg at work; consider long-leg protective sleeve.
"""),
("2020-03-10", "Occupational Health Work Injury Visit", """
WORK INJURY - Wexley Suites housekeeping    DOI 03/09/2020 ~13:30

MOI: pushing a loaded linen cart out of the service elevator, the cart swung and its corner
struck the inside of her L calf, right on the calciphylaxis wound (biopsy-proven, path 3/9).
Bled through her uniform trousers; supervisor applied gauze.
Exam: L medial calf - known 4.5x3.5 cm purpuric plaque with central ulcer, now with a fresh
1.5 cm skin tear along the inferior margin, bruised around it; no active bleeding; calf soft.
BMI 30.0.
A: contusion / skin tear over a pre-existing non-occupational lesion (calciphylaxis); injury at
work aggravated it.
P: cleansed, Steri-Strips avoided, petrolatum + nonadherent dressing, bordered foam. Derm and
wound clinic aware.
Work: restricted - no cart pushing, front-desk linen folding only, 2 wks.
WC first report completed: aggravation of pre-existing condition.
"""),
]}

E11 = {"patient_id": "E11", "age": 71, "sex": "M", "notes": [
("2016-02-10", "Wound Care Clinic Initial Visit", """
WOUND CARE CENTER - INITIAL ASSESSMENT

71M, school custodian (part time, Glenhollow district). ESRD with HD on Tue-Thu-Sat. DM2, NPH
insulin 28 u bid - his wife does the injections, rotating between the backs of his two upper
arms; CAD; never on
warfarin.
HPI: painful area low on the R belly, beneath the pannus fold, since New Year's; now black.
Ht 178 cm  Wt 139.8 kg  BMI 44.1
Wound #1 R lower abdominal pannus: 7x4 cm black adherent eschar, violaceous indurated rim
2 cm, no drainage, no odor; pain 9/10 at light touch. Skin of arms and thighs intact.
Unit labs: Ca 9.8 / PO4 7.7 / PTH 1020 / Alb 3.0
Procedure: 4-mm punch bx x2 along the eschar margin, into fat; pressure for hemostasis,
sutured. Tolerated with lidocaine.
Plan: path pending; keep eschar dry, Betadine paint, ABD pad; off work; f/u 2 wks.
"""),
("2016-02-24", "Wound Care Follow-up", """
Wound clinic f/u

Path (2/10): calcified small and medium vessels in septal fat with intimal proliferation and
thrombi, fat necrosis: calciphylaxis.
Wound #1 R lower abdominal pannus: eschar softening at edges, 7.5x4.2 cm, boggy, malodor, yellow
exudate under lifting edge.
Procedure: excisional sharp debridement - eschar plus devitalized fat down to bleeding tissue,
curette + scissors, area 31.5 cm2, depth 1.2 cm; hemostasis with silver nitrate. EBL minimal.
Post-debridement: 7.5x4.2x1.2 cm; base about 60 pct red, 40 pct yellow.
Plan: STS with HD (started 2/16); quarter-strength Dakin's moist-to-dry twice daily by home
health; NPWT
once bed clean; cefazolin with HD x 2 wks for surrounding cellulitis.
"""),
("2016-03-15", "Wound Care Note - NPWT", """
Wound clinic - NPWT application

Wound #1 R lower abdominal pannus (calciphylaxis): 6.8x3.9x1.0 cm, 85% beefy red, minimal
slough, no odor. Periwound: mild maceration, protected with skin barrier film.
NPWT placed: black foam cut to fit, drape over foam and 3 cm of intact skin, hydrocolloid strip
under the tubing, tubing bridged laterally away from the fold, -125 mmHg continuous. Seal
confirmed. Pain 4/10 during change.
Pt tolerated. Home health to change M/W/F (not on HD days).
BMI 43.8.
Plan: continue STS; f/u 3 wks; pt asks about going back to work - to occupational health.
"""),
("2016-04-20", "Occupational Health Return-to-Work Evaluation", """
RETURN TO WORK - Glenhollow Unified School District (custodian, part time 20 h/wk)

71M off since 1/2016 for calciphylaxis (R lower abdomen, pannus), on portable NPWT.
Job demands: medium (floor scrubber, trash up to 40 lb, ladder to 6 ft).
PMH: ESRD (HD TTS), insulin-treated T2DM, CAD, obesity (BMI 43.6 today).
Wound per wound clinic 4/13: 4.1x2.2x0.4 cm, granulating.
Exam: NPWT in place, seal intact, no leak alarm. Ambulates well.
Assessment: fit for modified duty.
Restrictions (until wound closed): no lifting > 10 lb; no bending into carts or floor machines;
no ladders; portable pump on shoulder strap, not on belt; may work 4-h shifts on non-dialysis
days. Re-eval 6 wks.
"""),
]}

E12 = {"patient_id": "E12", "age": 50, "sex": "F", "notes": [
("2026-01-20", "Occupational Health Work-Relatedness Evaluation", """
OCC HEALTH - WORK-RELATEDNESS QUESTION
Employer: Birchmere Care Center (CNA, nights)    Requested by: employer WC carrier

50F asks whether her painful R calf sore counts as a work injury. Onset the first week of
January, spontaneous. She specifically denies falling, bumping it, being kicked by a resident,
strains, or any injury at
work or at home. Nothing ever injected into her legs. Heating pad - never. Ice - never. Same
short ankle socks as always, no hosiery.
PMH: ESRD - morning HD Mon/Wed/Fri; diet-only type 2 diabetes (A1c 6.6); AF on apixaban
(no history of warfarin); HTN.
VS: BP 144/80  HR 82  Wt 88.1 kg  Body mass index 33.5
Exam: R posterior calf 4x3 cm retiform purpura forming a plaque, 1-cm necrotic center, exquisitely
tender; L leg normal.
Determination: no workplace event or exposure identified - not work related. Advised to file under
her own health insurance / short-term disability.
Referred to derm and her nephrologist today; concern for calciphylaxis discussed.
"""),
("2026-02-03", "Dermatology Consult", """
Dermatology consult

Incisional biopsy 1/27/26, R posterior calf: the small arteries of the fat are calcified (von
Kossa highlights them), with clot and dead fat = calciphylaxis.
Once more she confirms that nothing injured the leg.
Exam: R posterior calf 4.5x3.5 cm, eschar forming, rim violaceous; no new lesions.
Counseling: keep heating pads, ice packs, tight socks and knee-high stockings off her legs; if she
ever needs SC heparin while admitted, no injections in the thighs or legs.
Plan: nephrology to run STS; petrolatum gauze dressings; pain regimen; return 3 wks.
Work: off work - disability forms completed.
"""),
("2026-02-17", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE - HD unit

Calciphylaxis R posterior calf (bx 1/27/26). Thiosulfate 25g IV at the close of every treatment
since 2/2; nausea controlled
with ondansetron.
Secondary HPTH refractory (PTH 1480 on cinacalcet 90) - ENT consult for subtotal
parathyroidectomy, tentatively 3/2026. Periop plan: apixaban held; will start SC enoxaparin after
surgery, abdominal sites only.
Diet-controlled DM, no meds. BMI 33.2.
Lab: PO4 6.0, Ca 9.6, albumin 3.4, Hb 10.2
Wound: unchanged size, less pain 6/10.
Plan: continue STS, sevelamer, cinacalcet; dietitian; reassess after PTX.
"""),
]}

E13 = {"patient_id": "E13", "age": 55, "sex": "M", "notes": [
("2019-05-14", "Occupational Health Work Injury Visit", """
OCC MED - CUMULATIVE TRAUMA
Employer: Tillbrook Flooring (tile setter, 10 yrs)    Reported 5/13/2019

55M with sore, swollen kneecaps after months of long tile jobs. Kneels most of each shift on
concrete and backer board; wears gel knee pads strapped over both kneecaps since he started
setting tile in 2009.
PMH: ESRD on nocturnal in-center HD MWF, HTN, gout. Not diabetic. Takes no anticoagulant.
VS: BP 148/90  Wt 90.4 kg  BMI 28.3 (overweight)
Exam: bilateral prepatellar callus, mild prepatellar bursal swelling L>R, no warmth, no
erythema, full ROM. Shins and thighs normal skin.
A: bilateral prepatellar bursitis from kneeling, work related.
P: better pads (hard-shell cap with wider gel), kneeling mat between cuts; no aspiration.
Work: full duty with kneeling breaks every 30 min. Recheck prn.
"""),
("2019-07-02", "Hemodialysis Progress Note", """
HD progress note - nocturnal unit

New painful lesions on both shins since mid-June, stinging, worse at night under the blanket.
Exam: bilateral anterior shins, mid-third: R 3x2 cm and L 4x2.5 cm violaceous indurated
plaques with lacy purpura, L with central dusky area; exquisitely tender. Knees: callus only.
Lab: PO4 7.9 - Ca 10.0 - iPTH 1210 - Alb 3.7
Meds: calcium acetate, calcitriol 1 mcg w/ HD, allopurinol, carvedilol.
A/P: shin plaques - suspect calciphylaxis; stop calcium, calcitriol; start cinacalcet, sevelamer.
Derm biopsy. Leg elevation.
"""),
("2019-07-18", "Dermatology Consult", """
DERMATOLOGY CONSULT - shins

Biopsy 7/9/19 L anterior shin: hypodermal vessels calcified and occluded by thrombus, fat
necrotic - calciphylaxis.
Exam: bilateral mid anterior shins, about 10 cm below the kneecaps, R 3.5x2 cm and L 4x3 cm
plaques, L with early eschar. The knees themselves, where his pads sit, are spared (callus only,
no purpura). No thigh or abdominal lesions.
Impression: calciphylaxis of both shins, biopsy-proven. Not at the pressure points of the knee
pads.
Plan: STS with HD; parathyroid surgery referral; hydrocolloid; no kneeling at work until healed -
note to occupational health. Wt 89.7 kg, BMI 28.1.
"""),
]}

E14 = {"patient_id": "E14", "age": 48, "sex": "M", "notes": [
("2023-04-11", "Occupational Health Work Injury Visit", """
WORK INJURY - Carrow & Sons Concrete (finisher)    DOI 04/07/2023

MOI: knelt in fresh concrete ~3 h finishing a slab; wet mix soaked through his work pants at both
knees. Noticed burning that evening; now raw painful sores on both knees.
PMH: kidney failure on in-center dialysis MWF; DM2 - Tresiba 30 u daily; mechanical aortic valve
2015,
warfarin (his INR range is 2.5-3.5 per cardiology); obesity.
VS: BP 150/86  HR 78  BMI 35.9  Wt 118.6 kg
Exam: both anterior knees: 4x3 cm (R) and 5x4 cm (L) shallow ulcers with gray-white
base and surrounding erythema, tender; no eschar. Elsewhere skin intact.
A: alkali (cement) contact burns, both knees - work related.
Tx: prolonged water irrigation 20 min, silver sulfadiazine avoided (sulfa), bacitracin +
Xeroform + gauze.
Work: no concrete work x 2 wks, waterproof knee pads and rubber boots required on return.
"""),
("2023-05-02", "Dermatology Consult", """
DERM CONSULT

48M on HD referred for a new painful lesion on the R buttock since ~mid-April. Denies any injury,
injection or pressure sore there; sits on a cushion at work breaks.
Biopsy 4/25/23 R buttock: hypodermal arterioles mineralized, thrombi present, fat necrosis -
calciphylaxis.
Exam: R buttock 6x5 cm firm plaque, retiform purpura, eschar 2 cm.
Knees: healing ulcers from the 4/7 cement exposure, R 2x1.5 cm, L 3x2 cm, clean pink
bases. These are chemical burns, not calciphylaxis (morphology, timing, pain level).
Impression: calciphylaxis, R buttock. Healing alkali burns of the knees.
Plan: STS with HD; cardiology re warfarin (mechanical valve); wound care.
"""),
("2023-05-23", "Hemodialysis Progress Note", """
HD PROGRESS NOTE

Calciphylaxis R buttock (biopsy 4/25): STS 25g at every treatment since 4/28. Pain 7/10 -> 5/10.
Cardiology: warfarin must continue for mechanical valve, INR now aimed lower (2.0-2.5); vitamin K2
trial per cardiology.
Knee cement burns: both fully epithelialized, pink scar.
R buttock: 6x5 cm, eschar 2.5 cm, dry; offloading cushion in chair.
Meds: Tresiba 26 u, sevelamer, cinacalcet 60, metoprolol, warfarin.
Lab: PO4 5.5 / Ca 9.2 / PTH 520
BMI 35.6. Work: remains off; occ health aware. Next HD chart review in 2 wks; wound RN to
photograph the buttock weekly.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
