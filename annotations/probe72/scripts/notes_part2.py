"""probe72 corpus notes, Y08-Y14 (intensive-care progress notes; all invented)."""

Y08 = {"patient_id": "Y08", "age": 74, "sex": "M", "notes": [
("2018-08-13", "MICU Progress Note", """
MICU - daily progress, HD#3
74M, ESRD on HD (R chest tunneled HD catheter while his new fistula matures), T2DM on insulin (detemir + SSI), AF - warfarin (INR 2.8 at arrival, now held), obese, BMI 31.8.
Dx: RLL necrotizing pneumonia, hypoxemic resp failure.
Events: desaturated to 82% whenever supine or R side down. Since yesterday (8/12) kept in continuous L lateral decubitus, good lung down, with pillows behind back - turns limited to small tilts. Tolerating.
Neuro: awake, follows, no sedation.
CV: HR 100s AF, MAP 70s, no pressors.
Resp: BiPAP 14/8 FiO2 60% intermittently, HFNC 50 L between.
Renal: iHD MWF, UF 2 L planned.
ID: vanc/pip-tazo d3, sputum MRSA.
Skin: intact. L hip/trochanter on prevention foam dressing given side-lying.
"""),
("2018-08-21", "MICU Progress Note", """
MICU HD#11
Still mostly L side down (desats quickly otherwise), FiO2 down to 40% on HFNC.
Wound RN called team: L lateral hip / greater trochanter region - 7 x 6 cm purple-black area w/ irregular, branching violaceous margin, very firm and painful, noticed 8/20 when the foam was changed. Initially staged as DTI, but the retiform edge, extreme pain and induration into the fat are not usual for DTI.
Ca 9.9; PO4 7.5; PTH 700. INR 1.4 (warfarin still held).
A/P #L hip lesion: DTI vs calciphylaxis. Derm consult, bx. Offload L hip w/ air mattress + prone-tilt wedges if resp allows.
"""),
("2018-08-27", "Dermatology Consult Note", """
Dermatology consult -- result
Punch bx L lateral hip (8/22): calcified arteriolar media, intravascular thrombi within the subcutaneous fat, fat necrosis. Calciphylaxis, biopsy-proven.
Context: he lay on that left hip almost continuously from 8/12 (positioning for R lung pneumonia), lesion first seen 08/20/2018. Prolonged pressure likely unmasked it.
Recs: STS 25 g post-HD, stop warfarin (discussed with cards -> apixaban), air mattress, alternate sides as resp status allows.
"""),
]}

Y09 = {"patient_id": "Y09", "age": 67, "sex": "F", "notes": [
("2019-10-02", "MICU Admission Note", """
MICU ADMISSION
67F ESRD on CAPD (since 2016), insulin-treated T2DM, obese (BMI 38.0), HTN. No warfarin ever.
Insulin: NPH 30u am + 15u pm, which she injects herself, always into the right anterior thigh ("the left one's too sore from my knee").
Presenting: cloudy PD effluent x 2 days, BP 74/40, WBC in effluent 2400.
New finding: L medial thigh tender purple plaque x about 10 days.
Neuro: drowsy but oriented.
CV: NE 0.07 via L IJ.
Resp: RA.
Renal: IP vanc + ceftaz, PD continued w/ shorter dwells.
Skin: L medial thigh 5x4 cm indurated violaceous plaque, stellate purpura at edge. R anterior thigh: a few small lipohypertrophic lumps from injections, skin intact.
"""),
("2019-10-06", "MICU Progress Note", """
MICU HD#5
PD peritonitis improving, effluent clearing, off NE 10/4. Plaque L inner thigh now centrally necrotic: black eschar, 1.5 cm across. Hyperphos 7.9, Ca 9.6.
Pt confirms: no shots, falls, ice or heat to the left leg. Insulin only on the right side.
Plan: derm bx today, hold calcium carbonate, nephrology re cinacalcet.
"""),
("2019-10-09", "Dermatology Consult Note", """
Dermatology consult
Incisional bx L medial thigh 10/6: subcutaneous vascular calcifications w/ thrombosis, panniculitis. Calcific uremic arteriolopathy confirmed.
Her insulin site (R anterior thigh) is clear - only lipohypertrophy, no purpura or induration. No trauma history on the left.
Recs: STS, wound care, pain.
"""),
]}

Y10 = {"patient_id": "Y10", "age": 55, "sex": "M", "notes": [
("2021-09-05", "MICU Admission H&P", """
MICU H&P 9/5/21
55M ESRD on HD (TTS) x 3y, OSA, obesity - BMI 44.5, no DM (A1c 5.3), not anticoagulated, no home injections of any kind.
HPI: brought by EMS, SpO2 78% RA, somnolent, PaCO2 88 -> intubated. Wife reports ~10 days of a dark, extremely painful patch beneath the pannus on the lower abdomen.
Exam: inferior pannus, both sides: 12 x 8 cm region of black eschar w/ surrounding retiform purpura and livedo; skin fold macerated.
Neuro: fent/prop.
CV: NE 0.04.
Resp: AC 500/20/PEEP 12.
Renal: HD tmrw; CRRT if unstable.
Heme: start heparin 5000 u SQ q8h today (first dose into abdomen per RN, 9/5).
Skin: pannus wound - derm + WOC consult.
"""),
("2021-09-09", "MICU Progress Note", """
MICU HD#5. Extubated 9/8 to BiPAP at night. Pannus eschar unchanged in size, pain 9/10 when repositioned. SQ heparin being given periumbilical/upper abd (RN MAR) - no new lesions there. WOC: Dakin's moistened gauze, ABD pad, pannus sling.
PO4 6.4, Ca 10.2. Punch bx taken 9/8 at eschar border.
"""),
("2021-09-13", "Dermatology Consult Note", """
Dermatology
Path (pannus, 9/8): widespread calcified small vessels, thrombosed, with septal panniculitis. Diagnosis: calciphylaxis.
Onset of pannus pain and darkening about 8/26, before admission; heparin injections only began 9/5 - so they followed the lesion. No other prior skin injury recalled.
Recs: move heparin to the thighs, keep off the pannus; STS; pannus support; consider palliative care given extent.
"""),
]}

Y11 = {"patient_id": "Y11", "age": 46, "sex": "F", "notes": [
("2022-08-14", "MICU Admission Note", """
MICU admit -- exertional heat stroke
46F found down in her garden in 41 C heat, core T 42.1. ESRD, HD thrice weekly (left forearm fistula); type 2 DM on linagliptin (never insulin), DVT 2018 treated w/ warfarin until 2020, now off.
Cooling: ice packs to neck and both axillae + evaporative misting from 14:10, T < 38.5 by 15:30, packs removed.
Neuro: GCS 9 -> 13.
CV: MAP 60s, NE 0.05.
Resp: intubated for airway protection.
Renal: CK 22k, K 6.1 -> CRRT.
Lines: R IJ trialysis, L radial A-line, PIV R hand.
Skin: legs intact. Mild 1st-degree sunburn face/shoulders. BMI 27.9.
"""),
("2022-08-29", "MICU Progress Note", """
MICU HD#16
Readmitted to MICU from floor 8/27 with fever and hypotension.
Skin: both calves - posterior and lateral - new painful mottled livedo with 3 small black eschars each side; she says they showed up 8/25. Neck and axillae normal.
Distal pulses palpable.
Ca 10.7 and PO4 9.1 (PTH 1430).
A/P: bilat calf retiform lesions - r/o calciphylaxis vs septic emboli vs vasculitis. TTE, bx, ANCA/cryo.
"""),
("2022-09-02", "Dermatology Consult Note", """
Derm note
Punch bx L posterior calf 8/30: calcified subcutaneous arterioles with thrombi, no vasculitis, no emboli, cultures neg. Calciphylaxis confirmed.
No trauma to the lower legs recalled by her or documented; cooling during admission was applied to neck and armpits only.
Recs: STS, parathyroidectomy evaluation (tertiary HPT), no compression wraps on the legs.
"""),
]}

Y12 = {"patient_id": "Y12", "age": 62, "sex": "M", "notes": [
("2023-04-24", "CVICU Progress Note", """
CVICU - POD#2 after 3-vessel CABG (LIMA to LAD; vein grafts harvested from the L leg)
62M, ESRD/HD, T2DM (basal-bolus insulin at home), BMI 33.0, no warfarin.
Skin: already on admission he had an ulcer on the RIGHT lower leg (anterolateral calf), 3 x 3 cm, black base with purple netlike edge; per pt since Easter, no injury he can recall.
L leg vein harvest incisions clean, dry.
Neuro: intact, extubated POD0.
CV: epi 0.02 weaning, CT 80 ml/8h.
Resp: 3 L NC.
Renal: CRRT post-op, iHD when off pressors.
Endo: insulin gtt -> basal-bolus.
Plan for R calf: derm consult, vasc surg for ABIs.
"""),
("2023-04-27", "CVICU Progress Note", """
POD5. Off epi. Chest tubes out. 
R calf ulcer: bedside sharp debridement by vascular surgery today, then wet-to-dry dressing changes BID with paper tape; RN also applying warm compresses to the ulcer 4x/day for pain per pt request. Punch biopsy taken from its edge during debridement.
ABI R 1.0 (noncompressible tibials). 
"""),
("2023-05-02", "Dermatology Consult Note", """
Derm final
Bx R calf ulcer (4/27): calcification of small cutaneous and subcutaneous vessels with thrombosis - calciphylaxis.
All the local interventions (debridement, biopsy, dressings, warm compresses) were to the established ulcer, which predates them by weeks. He denies any trauma or injections in that leg before it started.
Recs: stop warm compresses and wet-to-dry (use hydrogel + foam, no tape on skin), STS. Wt down with CRRT, BMI 31.5.
"""),
]}

Y13 = {"patient_id": "Y13", "age": 58, "sex": "F", "notes": [
("2024-11-03", "MICU Progress Note", """
MICU Progress HD#2
58F ESRD on APD, prediabetic (A1c 6.2, untreated), obesity - BMI 45.1, no anticoagulation history. Admitted w/ septic shock from a L breast wound.
L breast, LOQ: black necrotic plaque measuring 8 x 6 cm with violaceous, stellate border, extremely tender; started ~3 wks ago per pt.
Per pt no hx of injections, heat or ice, bra/strap rubbing, bites or other injury to that breast. No prior breast surgery or biopsy.
CV: NE 0.15 + vaso.
Resp: HFNC.
Renal: CRRT; PD cath capped.
ID: vanc/mero.
Plan: breast US, surgery + derm consult. If CRRT clotting continues will start SC heparin in the thighs (avoid breasts/abdomen).
"""),
("2024-11-06", "MICU Progress Note", """
MICU d5. Off pressors since yesterday. CRRT filter life ok w/o heparin - SC heparin not started after all.
US: no abscess. Punch bx of L breast plaque done 11/5 by derm.
Surgery: if biopsy neg, may need partial mastectomy / excisional debridement - not yet.
"""),
("2024-11-09", "Dermatology Consult Note", """
Dermatology - biopsy result
L breast: within the subcutis, small vessels show mural calcium and occlusive thrombi; lobular fat necrosis. Final dx calciphylaxis (breast involvement). No trauma history at that site; no injections, procedures or device contact there before onset.
Recs: STS, avoid future SC injections to fatty areas, wound care. Counseled pt that new lesions may appear at sites of injury.
"""),
]}

Y14 = {"patient_id": "Y14", "age": 70, "sex": "M", "notes": [
("2025-06-18", "MICU Progress Note", """
MICU HD#6
70M, ESRD (HD), T2DM - linagliptin only, AF on warfarin (held), BMI 25.5. Admitted for COPD exacerbation + hypercapnic failure on BiPAP 5 days, now on HFNC.
Skin:
 - Nasal bridge: BiPAP mask-related pressure injury, stage 2, 1 cm. Hydrocolloid, mask changed to nasal pillows.
 - Sacrum/coccyx: 4 x 3 cm maroon deep tissue pressure injury, non-blanchable, attributed to 5 days semi-recumbent on BiPAP.
 - R dorsal forearm: 3 cm skin tear where tape was pulled off an old PIV site, steri-strips.
 - Both thighs (anterolateral): painful livedo racemosa + two small purple nodules on each side, noted on adm by pt, present ~2 mo.
Plan: WOC RN, derm re thighs.
"""),
("2025-06-21", "MICU Progress Note", """
MICU HD#9
Sacral DTI evolving as expected, now thin eschar; nasal bridge healing; forearm tear intact.
Thighs: plaques enlarging, one now ulcerated on L. Denies injections, heat, falls or pressure devices on the thighs. Derm bx today from both thighs and, for comparison, from the sacral wound edge.
Warfarin stays held (INR 1.3), heparin gtt.
"""),
("2025-06-24", "Dermatology Consult Note", """
Derm
Thigh biopsies (L and R): subcutaneous arterioles calcified and thrombosed - calciphylaxis.
Sacral biopsy: ischemic necrosis without vascular calcification - pressure injury, not calciphylaxis. Nasal bridge and forearm wounds also not calciphylaxis clinically.
Counselled: further calciphylaxis lesions could appear wherever skin gets injured, so avoid injections, tape and heat on the skin; change warfarin to apixaban.
"""),
]}

PATIENTS = [Y08, Y09, Y10, Y11, Y12, Y13, Y14]
