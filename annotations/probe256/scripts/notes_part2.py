"""probe256 corpus notes, D08-D14 (community pharmacy injection services and the clinics around them; all invented)."""

D08 = {"patient_id": "D08", "age": 34, "sex": "F", "notes": [
("2022-07-19", "Pharmacy Contraception Injection Service", """
BRIDGEWATER PHARMACY - CONTRACEPTION SERVICE   19/07/2022
Medroxyprogesterone acetate (Depo-Provera) 150 mg/1 mL deep IM.
34F, lupus nephritis -> ESRD, haemodialysis Mon/Wed/Fri. Antiphospholipid
syndrome on warfarin (target 2-3, last INR 2.3) - oestrogen contraindicated,
hence DMPA; haematology happy with IM if pressure held after. Urine hCG neg
today. Not diabetic.
Wt 92 kg, ht 1.66 m -> BMI 33.4.
First ever dose. Given R dorsogluteal (upper outer quadrant), 21G 1.5",
pressure 3 min.
Next due 11/10/2022 (window 10-13 wks), text reminder set.
Counselled: irregular bleeding, bone density, weight gain.
"""),
("2022-09-27", "HD Nephrology Review", """
Haemodialysis review   27 Sep 2022
34F, ESRD (LN class IV), HD via L brachiocephalic AVF, warfarin for APS.
New: lump in the R buttock since the beginning of September, hot burning pain,
unable to sit on the right in the dialysis chair.
O/E: 5cm indurated subcut plaque, R upper outer buttock, violaceous
reticulate border, small central purple-black patch. No fluctuance.
Bloods: CRP 14; adj Ca 2.48; PTH 95; PO4 2.3.
Imp: calciphylaxis until proven otherwise (warfarin, ESRD, obesity);
d/d sterile abscess, lupus panniculitis.
Plan: urgent derm for biopsy; haematology re alternatives to warfarin;
no further depot injections meanwhile.
"""),
("2022-10-11", "Dermatology Clinic Note", """
Dermatology   11 Oct 2022
Punch bx x2 R buttock (04/10/2022): small vessels with calcified walls
(von Kossa +), thrombi, lobular panniculitis. No interface change,
so lupus panniculitis unlikely. Final diagnosis calciphylaxis.
R upper outer buttock 6x5cm, eschar 2cm. L buttock and thighs clear.
This is the quadrant that received her single Depo-Provera injection in July.
Plan: sodium thiosulfate via renal; haematology switching warfarin to
apixaban; contraception - progestogen-only pill or implant rather than
depot, GP to organise.
Wt 90 kg, BMI 32.7.
"""),
]}

D09 = {"patient_id": "D09", "age": 69, "sex": "M", "notes": [
("2021-02-02", "Pharmacy Insulin Pen Teaching", """
MAPLECROFT PHARMACY - NEW INSULIN TEACHING   02/02/2021
69M, T2DM, HD pt (Tu/Th/Sa). GP has started insulin degludec 100 u/mL
FlexTouch, 12 u once daily.
Site discussion: large abdomen, finds the belly awkward to see, prefers
thighs. Demonstrated on a practice pad, then pt self-injected first dose into
the L outer thigh. Plan: alternate L and R outer thighs day to day.
No abdominal injections ever, and he intends to keep it so.
4 mm needles, sharps bin, hypo card. Counselled on fasting BG log; ring us
or GP if readings < 4.
Ht 1.80 m, wt 123 kg (BMI 38.0). No anticoagulants.
"""),
("2021-04-13", "Dermatology Consult", """
Derm consult 4/13/21 - requested by HD unit
69M, ESRD on HD, T2DM on degludec into the thighs. Morbid obesity.
3 wks of mounting pain in the lower abdomen; wife spotted a dark area on the
pannus.
Exam: pannus, lower abdomen, straddling midline and L of it: 8x6cm retiform
purpura, 3cm black necrotic centre, hard woody induration. Thigh injection
areas clean - no nodules or livedo.
No trauma to the belly he can recall; no belts, heat or ice there.
Impression: classic central (pannus) calciphylaxis.
Plan: deep incisional bx today, wound RN, renal to start STS if confirmed.
"""),
("2021-04-27", "Nephrology HD Note", """
Renal round   27-Apr-21
Bx (4/13): calciphylaxis of the abdominal pannus confirmed.
IV STS 25g every run from 4/20; some nausea only.
Wound RN: foam dressing on the pannus ulcer held with paper tape, changed at
every HD; tape now reddening the skin round the ulcer, swapped to a silicone
border.
Insulin: still into the thighs, BG 7-11 mmol/L. Thigh skin normal.
Post-HD wt 121.4 kg, BMI 37.5.
Binders: sevelamer 1.6 g TID; cinacalcet 30 mg.
Pain: hydromorphone 1 mg PRN, adequate.
"""),
]}

D10 = {"patient_id": "D10", "age": 76, "sex": "F", "notes": [
("2024-12-10", "Pharmacy B12 Injection", """
ELMWOOD PHARMACY - B12 SERVICE   12/10/2024
76F. Cyanocobalamin 1000 mcg IM monthly (B12 deficiency after gastrectomy).
Given L deltoid, lot CB5521. Tolerated.
Home PD (CCPD) since 2021. Not diabetic - A1c 5.3%. Never on warfarin.
Weight 61.4 kg on her PD scales this morning.
Says her legs feel cold at night; no sores. Told her not to use hot water
bottles against her legs - socks and blankets instead.
Next due 01/07/2025.
Other: PD nurse visits monthly; she had her flu jab at the renal unit in
October. Reminded to keep a list of all her medicines in her handbag.
"""),
("2025-01-21", "PD Clinic Note", """
Peritoneal dialysis clinic   21 January 2025
76F, ESRD (reflux nephropathy) on CCPD. Wt 60.8 kg.
Problem: since New Year's Day an exquisitely painful L calf - first a
red-purple mottled patch, now a small dark scab. Her daughter has been putting
frozen peas / ice packs on it twice a day since about Jan 5, which eases the
pain slightly.
O/E: L medial calf, mid third: 4x3cm livedoid purple plaque with a 1cm
necrotic centre. Pulses present.
Labs: PTH 58, Ca 2.55 corrected, PO4 1.9.
Imp: query calciphylaxis.
Plan: stop ice on the wound. Urgent derm referral. Stop Calcichew.
"""),
("2025-02-04", "Dermatology Consult", """
Dermatology consult   04/02/2025
76F on PD; L calf lesion since 1 Jan 2025. Nothing bumped or injured that
leg beforehand, and nothing injected there (her B12 goes into the L arm).
Ice packs started only after the pain began; now stopped as renal advised.
Exam: L medial calf 5 x 4 cm plaque, 2 cm eschar, retiform edge. R leg clear.
Procedure: two 6mm punches at the margin, down to fat, sutured.
Imp: likely calciphylaxis; histology pending.
Plan: alginate, tubular bandage; review with results.
"""),
("2025-03-18", "Wound Clinic Review", """
Wound clinic   18.03.2025
Histology (bx 4 Feb): calciphylaxis confirmed.
L medial calf ulcer now 6x4.5cm, eschar 3cm.
On 9 March she tripped on the hall rug and her L shin hit the bedframe
- 4 cm bruise just below the ulcer, skin unbroken.
Plan: IV STS organised by PD team; dressings 3x/wk; rug removed, falls referral;
tubular bandage only. Weight 59.9 kg.
Pain: paracetamol regular plus oxycodone 2.5 mg PRN, sleeping better.
Daughter shown how to change the dressing; she must not use ice or heat on that leg.
Next review 1 April, sooner if redness spreads or she feels feverish.
"""),
]}

D11 = {"patient_id": "D11", "age": 64, "sex": "M", "notes": [
("2023-06-14", "Pharmacy B12 Injection", """
PARKSIDE PHARMACY - VIT B12 IM   14 June 2023
64M. Cyanocobalamin 1 mg IM every 4 weeks, given by us since spring 2020.
Always into the L deltoid at pt request (R arm "is my working arm").
Today: L deltoid, lot CY6610, uneventful.
Background: HD for ESRD through a R chest tunnelled catheter (fistula
failed). T2DM (diet + linagliptin, never insulin). No warfarin.
BP 152/88. BMI 29.4 (overweight) on today's weight of 91 kg.
Pt asked about the shingles vaccine - eligible, to be booked separately.
"""),
("2023-08-01", "GP Consultation", """
GP note   01/08/2023
Painful patch, R inner upper arm, ~2 weeks; wakes him. No injury recalled; nothing injected into that arm (B12 always on the
left, shingles jab not yet given).
O/E: R medial upper arm 4x3cm firm violaceous plaque, lace-like edge,
central grey-black dot. L arm normal, L deltoid site unremarkable.
Temp 36.9, pulse 84, BP 158/90. Dialyses Tu/Th/Sa; last session yesterday.
Imp: ?cellulitis ?calciphylaxis. Urgent derm via renal given HD.
Flucloxacillin started meanwhile; mark the margin with pen and return if it
spreads past the line or he becomes unwell.
"""),
("2023-08-22", "Dermatology Clinic Note", """
Dermatology   22-Aug-2023
Bx R medial upper arm (8/8): calciphylaxis (arterioles in the subcutis
calcified, with thrombi; necrotic fat). Cellulitis not supported; abx stopped.
Lesion 5x4cm, eschar 1.5cm, R medial upper arm only. L arm clear,
including the monthly B12 site.
Tunnelled line on the R chest, exit healthy, well away from the lesion.
Labs via renal: Ca 2.44, PO4 2.21, PTH 86 pmol/L.
Plan: thiosulfate at each HD; cinacalcet; hydrofibre and a light
bandage, no tape on the arm skin; B12 can carry on into the L deltoid.
Photos taken. Review 3 wks.
"""),
]}

D12 = {"patient_id": "D12", "age": 59, "sex": "F", "notes": [
("2020-02-11", "Nephrology HD Progress Note", """
HD unit progress note   Feb 11, 2020
59F ESRD (diabetic nephropathy), HD TTS. Insulin glargine + lispro for T2DM.
Warfarin for AF since 2016. BMI 41.3.
Both calves painful for ~1 month, purple lacy skin; L calf now has 2 small
ulcers, R has 1. Denies trauma, bumps, heat packs, ice or injections to the
legs - she only injects insulin into the abdomen.
Exam: livedo racemosa both calves; L posterolateral calf 2 ulcers (1.5cm,
2cm) with black bases; R calf 1cm ulcer.
INR 3.1. PTH 540, PO4 2.0 mmol/L.
Imp: ?calciphylaxis (warfarin + ESRD).
Plan: derm for bx, hold warfarin pending cardiology.
"""),
("2020-02-25", "Dermatology Consult", """
Dermatology consult   2/25/2020
Bx L calf (2/13): calciphylaxis - medial calcification + thrombosis of
subcut vessels, panniculitis.
Calves as described by renal, L worse. Abdominal insulin areas show mild
lipohypertrophy; no livedo or ulcer there.
Dx: calciphylaxis, both lower legs; warfarin a contributing risk.
Plan: warfarin stopped for good -> apixaban (cardiology agree). STS.
No compression or heat on the legs for now; light compression may be
considered later if the ulcers improve.
Wound care: cadexomer iodine to the sloughy bases, foam, tubular bandage.
Pain: post-HD gabapentin 100mg; hydromorphone PRN.
Follow-up 3 wks with photos.
"""),
("2020-03-10", "Pharmacy Medication Review", """
HILLCREST PHARMACY - NEW MEDICINE SERVICE / INSULIN REVIEW   10 Mar 2020
59F. New: apixaban 2.5 mg BD (warfarin stopped Feb). Bleeding signs covered.
Insulin: glargine/lispro into the abdomen, rotating. Sites reviewed - some
lumpy areas; advised to move to unaffected abdominal skin. Must NOT inject
thighs or go near the calf wounds.
She asked about shingles vaccine: hold until wounds settle, then into an arm.
She asked whether a heat pad would ease the leg pain - told her neither heat
nor ice should go on the legs.
BMI 40.8 per renal record.
"""),
]}

D13 = {"patient_id": "D13", "age": 72, "sex": "F", "notes": [
("2019-10-15", "Pharmacy Influenza Vaccination", """
CORNERSTONE PHARMACY - FLU CLINIC   10/15/2019
72 yo F. Flu vaccine (high-dose) 0.5mL IM (left deltoid), lot HD1919. No reaction.
Screening: CKD 4 - no dialysis; warfarin (recurrent PE), INR 2.5 last
week. No diabetes. No egg issues.
Also mentioned R breast soreness: her new bra's underwire rubbing beneath
it - small red mark, skin not broken. Suggested a non-wired soft bra plus
barrier cream; see GP if the skin breaks.
Weight 118 kg, height 162 cm per pt.
"""),
("2019-12-03", "GP Consultation", """
Primary care visit   12/03/2019
CC: painful lump L breast.
72F, CKD4 (eGFR 21), warfarin (PE x2), obesity - BMI 45.0.
Since mid-November: hard tender area lower inner L breast, skin turned purple
with a net pattern, now a dark spot in the middle. No fever, no nipple change.
R breast: bra rub settled, skin normal there.
Exam: L breast LIQ 6x5cm indurated plaque, retiform purpura, 1 cm black
centre. No axillary nodes.
A: ddx inflammatory breast ca, warfarin skin necrosis, calciphylaxis.
P: urgent breast clinic + derm; mammogram/US; INR today.
"""),
("2019-12-17", "Dermatology Consult", """
Dermatology   17 Dec 2019
Imaging 12/6: no mass; subcutaneous vascular calcification. Breast surgeon:
no malignancy.
Incisional bx L breast 12/10: calcium within small-vessel
walls, plus thrombosis and fat necrosis. Reads as non-uremic calciphylaxis (CKD4, warfarin, obesity).
L breast lower inner quadrant 7x5cm, eschar present. L arm and R breast normal.
Plan: warfarin -> apixaban via haematology; IV STS 3x/wk as a day case (not
on dialysis); wound care with hydrogel and a soft silicone foam; avoid tape on
breast skin; analgesia (paracetamol, low-dose tramadol).
Renal aware - eGFR 20 today. Follow-up in 2 wks with photos.
"""),
]}

D14 = {"patient_id": "D14", "age": 67, "sex": "F", "notes": [
("2024-09-04", "Pharmacy Vaccination and Pen Teaching", """
ASHGROVE PHARMACY   4 Sept 2024
Pt (67F) in for her autumn COVID booster: L deltoid, lot CV2409, no reaction.
Came with her husband, whose GP has just started him on insulin; we did his pen
teaching in the same slot - he will inject into his thighs and she will help
him at first. His own record updated separately.
Her background: ESRD, dialysis M-W-F (left arm fistula), not diabetic, no
anticoagulants. Wt 99 kg, BMI 36.9.
She mentioned her thighs "ache at dialysis"; no marks she has seen. Advised
to raise it with the renal team.
"""),
("2024-10-15", "HD Unit Physician Note", """
Dialysis - physician note   10/15/2024
67F ESRD on HD. Both inner thighs severely painful x 3-4 weeks, now with dark
patches. Obese, BMI 36.5.
Exam: medial thighs bilat - livedo racemosa; L thigh 3x2cm necrotic ulcer,
R thigh 2 cm violaceous nodule. No trauma, no injections into her own legs.
Labs: Ca 10.1 | PTH 1210 | PO4 6.9.
Imp: ?calciphylaxis.
Other: no warfarin or other anticoagulant; not diabetic. Pain 8/10,
worse when seated for dialysis.
Plan: urgent derm bx; stop calcium and vitamin D; tighten phosphate control;
oxycodone 2.5 mg pre-HD; recheck labs next week.
"""),
("2024-10-29", "Dermatology Clinic", """
Derm clinic   29/10/2024
Bx L medial thigh (10/18): calciphylaxis confirmed.
Her own thighs have had no injections, heat, ice or rubbing. She gives her
husband his insulin into his thighs each evening - not relevant to her skin.
Her mother had "leg ulcers", type unknown.
Thighs: L ulcer 4 x 3 cm with eschar, R nodule evolving. Abdomen and
buttocks clear.
PTH 1190 and PO4 6.4 on trend.
Plan: thiosulfate with dialysis; cinacalcet 30 mg; hydrogel + foam dressing,
held with a tubular net rather than tape; pain team; raise
parathyroidectomy at renal MDT if PTH stays high.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
