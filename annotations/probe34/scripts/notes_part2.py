"""probe34 corpus notes, S08-S14 (intensive care and step-down units; all invented)."""

S08 = {"patient_id": "S08", "age": 61, "sex": "F", "notes": [
("2025-03-05", "SICU Progress Note - POD 1", """
SICU PN  POD#1 s/p ex-lap, R hemicolectomy for ischemic cecum (3/4/25, Dr. Marchetti)
61F ESRD on HD (MWF, L radiocephalic AVF), insulin-dependent T2DM, obesity.
Neuro: epidural removed overnight, PCA hydromorphone. RASS 0.
CV: off phenylephrine 0400.
Pulm: extubated in OR, 3L NC.
GI: NPO, NGT to LIWS 250 mL bilious. Midline incision staples CDI. JP drain RLQ (placed intra-op 3/4) - 85 mL serosanguinous/24h, bulb charged, exit site sutured, dressing dry.
Renal: HD tomorrow, K 5.1.
Endo: insulin gtt -> transition to glargine 22u + SSI when taking PO. Home: glargine 30u.
ID: cefoxitin ppx completed.
Ppx: heparin 5000u SC q8h (given in the upper arms per surgical team to keep away from incision), SCDs.
Wt 86.4 kg, BMI 31.9.
"""),
("2025-05-02", "Step-Down Admission Note", """
SDU admission (hospitalist) - readmit
61F ESRD on HD, IDDM, s/p ex-lap/R hemicolectomy 3/4 with RLQ JP drain (removed POD 9, 3/13), discharged home 3/18.
Presents with 1 week of severe pain RLQ. Pt says a "little purple spot" showed up in late April right where the drain had exited, now black and "hurts worse than the surgery".
Exam: RLQ abdomen, centered on the healed JP drain exit scar: stellate eschar (black), 4x4 cm, with a rim of hard violaceous skin and livedo extending 3 cm. Midline incision well healed, no lesions along it. No other skin lesions.
Labs: WBC 9.1 / lact 1.0 / Ca 9.6 | P 7.1.
Imp: necrotic lesion at prior drain site, ddx calciphylaxis vs wound infection/ necrotizing SSTI (clinically not septic).
Plan: CT A/P (r/o abscess), surgery + derm consults, pain regimen, HD per schedule.
"""),
("2025-05-08", "Dermatology Consult Note", """
Derm f/u
Punch bx RLQ (5/3) - small vessel calcification in subcutis w/ thrombi and necrosis -> calciphylaxis. CT 5/2 without abscess or fistula.
Lesion sits in the old JP drain tract/exit site, onset in the second half of April, roughly 6-7 weeks after the drain was put in on 3/4; the surgical drain site is the most likely local trigger.
Wt down to 80.6 kg after the surgery, BMI now 29.8.
Meds reviewed: on insulin glargine; never on warfarin.
Recs: STS with HD, binder change to lanthanum, surgery to avoid debridement unless infected, silver foam dsg.
"""),
]}

S09 = {"patient_id": "S09", "age": 55, "sex": "M", "notes": [
("2020-09-14", "ICU Progress Note by Systems", """
ICU progress note, day 6
55 y/o M, ESRD from FSGS, HD through a R IJ tunneled cath, admitted 9/8 with MSSA bacteremia from TDC, line exchanged 9/10.
Neuro: intact.
CV: off pressors.
Resp: RA.
Renal: HD TTS through new TDC, tolerating.
ID: cefazolin w/ HD, TEE neg for vegetation.
Heme: SC heparin 5000 u q12h; MAR shows all doses in the right abdomen (RUQ/RLQ), pt asked RNs to keep them on the right.
Skin: tender dusky plaque L lower abdomen, about 5 cm, first noted by pt 9/12. Firm, livedoid edges. R abdomen injection sites with tiny bruises only.
BMI 35.1. Not diabetic. No home anticoagulants.
Plan: derm consult; hold off on adding any left-sided injections.
"""),
("2020-09-15", "Nursing Shift Note", """
Day RN
Pt pleasant, ambulating in hall with PT x2.
L lower abd lesion: purplish, hard, center getting darker, 5.5 x 4 cm. Pain 7/10, worse with pants/waistband touching - pt wearing gown only now. No drainage.
Heparin SC 0900 given RLQ (pt request, R side only as before). Sites R abd: small ecchymoses, nontender.
TDC dressing changed, site clean.
Derm resident saw pt, bx planned tmrw.
"""),
("2020-09-22", "Dermatology Consult Follow-up", """
Dermatology follow-up note
Bx (9/16, L lower abdomen): calcified small vessels and thrombi within subcutaneous fat, fat necrosis, von Kossa +; diagnostic of calciphylaxis.
Location: left lower quadrant only. Per MAR and nursing, SC heparin this admission has gone only into the R abdominal wall; pt denies any injections, heat, belts or injuries on the left. So no local trauma precedes the left-sided plaque.
BMI 35.1. Risk: ESRD on HD, obesity, PTH 900s.
Recs: STS with HD, change calcium carbonate to sevelamer, foam dressing, pain team.
"""),
]}

S10 = {"patient_id": "S10", "age": 69, "sex": "F", "notes": [
("2021-05-05", "MICU Admission Progress Note", """
MICU admit note
69F ESRD (HTN nephrosclerosis), CCPD x2y, paroxysmal AF on warfarin (INR today 2.9), diet-controlled DM2, admitted w/ PD peritonitis + septic shock.
Cloudy effluent, WBC 3400 in PD fluid, GNR on gram stain. Norepi 0.08.
Skin: L lateral thigh - 3 x 4 cm firm, tender purple plaque with small dark central crust. Pt says it came up "about 3 weeks ago" on its own, no injury she can remember, no injections there, no heating pad. Otherwise skin intact.
BMI 26.0.
Plan: IP + IV abx, surgery consult for PD cath removal if not improving, temp HD line PRN. Derm consult non-urgent for L thigh lesion. Warfarin held while INR high and possible procedures.
"""),
("2021-05-09", "Nursing Fall Event Note", """
POST-FALL NOTE
At 1415 pt was being assisted from bed to recliner by 1 RN (pt declined lift). Knees buckled, pt slid to floor, L thigh struck the wooden arm of the recliner on the way down. No head strike, no LOC.
Post-fall assessment: new bruise L lateral thigh, spreading around/over the pre-existing dark plaque that's been documented since admit. No deformity. Neuro checks WNL.
Provider at bedside 1425. Fall risk bundle reinforced, 2-assist + lift for transfers.
Note: PD cath was removed 5/6; HD via R IJ temp cath now.
"""),
("2021-05-12", "Dermatology Consult Note", """
Dermatology consult
Reason: L thigh lesion present since mid-April, now larger.
Hx reviewed: no trauma, injections or heat to the thigh before the lesion appeared; the fall against the recliner (5/9) happened ~3.5 wks after onset and has added a bruise around it.
Exam: L lat thigh: necrotic plaque now 6x5cm, retiform purpura at its margin, ecchymosis around.
Bx 5/10: calciphylaxis (vascular calcification, thrombosis, panniculitis).
Risk: ESRD, warfarin, female. Recs: stop warfarin permanently -> apixaban per cardiology, STS with HD, wound care.
"""),
("2021-05-18", "ICU Transfer Summary", """
MICU -> 7 South transfer summary
# PD peritonitis / septic shock - resolved; PD catheter removed 5/6, abx 14 d course.
# ESRD - will NOT return to PD (pt/nephrology decision); permanent HD, tunneled R IJ cath placed 5/14, fistula eval outpt.
# Calciphylaxis L thigh - biopsy-proven; thiosulfate running thrice weekly on HD.
# AF - warfarin stopped for good, apixaban 2.5 bid.
# DM2 - diet only, BG ok.
Wt 68 kg (BMI 26.0).
"""),
]}

S11 = {"patient_id": "S11", "age": 77, "sex": "M", "notes": [
("2019-11-04", "Step-Down Progress Note", """
SDU PN
77M ESRD, dialyzes Tu/Th/Sa; DM2 on detemir; PAD, admitted 11/1 for pain control + wound eval of R posterior calf ulcer.
Ulcer history: started spontaneously in early October as painful purple mottling that broke down; bx at wound center 10/28 (outpt) = calciphylaxis. No prior injury, no injections, no heat, no compression garments to R leg before it started per pt and daughter.
Exam: R posterior calf 7 x 5 cm ulcer, 40% black eschar, 60% yellow slough, livedo racemosa around, exquisitely tender.
Pt uses ice packs on the ulcer at home for pain (daughter brings them in, applying since ~10/20) - advised to stop, risk of further ischemia.
VTE ppx: SCD to LLE only, R leg excluded due to wound; heparin SC 5000 q12 into abd.
BMI 24.2. No warfarin.
Plan: wound RN, bedside debridement tomorrow by surgery, start STS.
"""),
("2019-11-05", "Bedside Procedure Note - Sharp Debridement", """
Procedure: excisional sharp debridement, R posterior calf ulcer
Consent from pt. Topical lidocaine + IV fentanyl 25 mcg.
Removed black eschar and nonviable subcutaneous tissue with curette and scissors, area post debridement 7.5 x 5.5 cm x 0.4 cm depth. Bleeding controlled w/ silver nitrate + pressure.
NPWT (wound vac) applied at -100 mmHg continuous, black foam.
Pt tolerated; pain 6/10 post-procedure.
"""),
("2019-11-08", "Nursing Shift Note", """
Night RN
Wound vac to R calf intact, seal holding, scant serosanguinous in canister.
Pt asked for ice pack on the R calf again - explained per MD no ice on wound. Warm blanket to feet instead (not on wound).
SCD L leg on. HD done today, 2.5 L UF. BG 210 at 2100 -> 3u aspart per scale.
Pain controlled with hydromorphone prn.
"""),
]}

S12 = {"patient_id": "S12", "age": 52, "sex": "F", "notes": [
("2022-10-03", "MICU Progress Note", """
MICU PN day 2
52 yo F T1DM since age 11 (insulin pen: glargine + aspart, injects into her abdomen only "for 30 years"), HD-dependent ESRD (R forearm loop AVG, Mon/Wed/Fri), class III obesity (BMI 47.3). Admitted 10/1 in DKA; insulin infusion per DKA protocol, AG closed overnight -> transitioning to SC basal/bolus today.
Skin: both medial thighs with symmetric, tender, indurated violaceous plaques w/ retiform borders, L 8 cm, R 6 cm, central necrosis on L. Pt says they came up over the summer, got much worse last month. Extensive review of exposures: she denies ever injecting insulin into the thighs, denies heating pads, ice, tight garments or any fall/bump/scratch to the legs. No prior procedures on the thighs.
A/P: bilat medial thigh necrotic plaques in ESRD/T1DM/obesity - highly suspicious for calciphylaxis; derm bx today. SC insulin: abdomen only, continue. VTE ppx: heparin SC held for now.
"""),
("2022-10-06", "Dermatology Consult Note", """
DERM CONSULT - Inpatient
Bx L medial thigh (10/3): diffuse subcutaneous vascular calcification with thrombi and necrosis (von Kossa +).
Dx: calciphylaxis, bilateral medial thighs (proximal distribution).
No antecedent local trauma identified - pt repeatedly and credibly denies injections, heat, ice, friction or injury to thighs. Insulin exclusively into the abdomen, which is spared.
Recommendations:
- If SC heparin is restarted, use the deltoid/upper arm area and NOT the thighs.
- Avoid any future injections, tape or compression devices on the thighs.
- Sodium thiosulfate during each HD session.
- Wound care, pain service.
"""),
("2022-10-11", "Step-Down Transfer Summary", """
Transfer MICU -> SDU
Brief: DKA resolved. Calciphylaxis bilat medial thighs, bx proven, on STS.
Insulin: glargine 16u qHS + aspart w/ meals, all abdominal sites.
HD via AVG MWF.
No warfarin (never).
Plan in SDU: planned tunneled catheter? NO - AVG working. Will avoid thigh injections per derm. PT eval.
Wt 130 kg, BMI 47.3.
"""),
]}

S13 = {"patient_id": "S13", "age": 64, "sex": "M", "notes": [
("2023-01-16", "MICU Progress Note", """
MICU - PROGRESS
64M ESRD on HD, OHS/OSA, BMI 40.6, admitted 1/12 with hypercapnic resp failure on BiPAP, then CRRT for volume 1/13-1/15.
Resp: BiPAP 16/8 at night, 4L NC daytime.
Renal: CRRT off 1/15, iHD restarted via R IJ TDC.
Heme: heparin SC 5000 q8h, given in both upper arms (abdomen avoided due to the pannus lesions below).
Skin:
- Pannus/lower abdomen bilaterally: multiple stellate purpuric plaques with black centers, painful, present since before admission (pt noticed them around New Year's). Outpt derm bx 1/9 (report in Care Everywhere): calciphylaxis.
- Bridge of nose: stage 2 device-related pressure injury from BiPAP mask.
- L forearm: 3 cm tense blister w/ surrounding erythema at old PIV site after infiltration of IV fluids 1/14.
- Both upper arms: small ecchymoses at SC heparin sites.
No DM. No warfarin.
Plan: wound RN for nose/forearm; derm to see pannus; mask fit/padding.
"""),
("2023-01-17", "Nursing Device-Related Pressure Injury Check", """
DRPI CHECK (q shift)
BiPAP mask: nasal bridge stage 2 PI, 1 x 0.8 cm, hydrocolloid placed, mask cushion changed to foam/gel. Ears: O2 tubing ear protectors on, intact.
R IJ TDC: no pressure areas under hub.
Foley: secured to L thigh w/ stat-lock, skin under device intact.
L forearm infiltration site: blister intact, no necrosis, elevated.
Upper arm heparin sites: scattered bruises, expected.
Pannus: calciphylaxis lesions (known) - dressings per derm.
"""),
("2023-01-19", "Dermatology Consult Note", """
Derm consult
Known calciphylaxis of lower abdominal pannus (bx-proven 1/9/23 outpt), bilateral, onset around New Year.
Other skin findings reviewed at RN request:
1) Nasal bridge - device pressure injury from BiPAP mask. Not calciphylaxis.
2) L forearm - infiltration/extravasation blister at a former peripheral IV. Not calciphylaxis; healing.
3) Upper arms - bruising where the heparin goes in; soft, no necrosis. Not calciphylaxis.
No trauma preceded the pannus plaques: no injections, heat, binders or tight belts to abdomen reported.
Recs: continue STS, keep SC injections out of the abdomen and thighs, wound care to pannus.
"""),
]}

S14 = {"patient_id": "S14", "age": 45, "sex": "F", "notes": [
("2024-11-20", "Step-Down Progress Note", """
SDU PN
45F ESRD on PD (APD nightly), T2DM on insulin (glargine + lispro into abd), class II obesity BMI 39.0, hx LV thrombus 2015 treated with warfarin until 2018 (now off anticoagulation). Admitted 11/17 with sepsis r/o + uncontrolled pain from bilateral breast lesions.
Breasts: both lower-inner quadrants - hard purple plaques, necrotic centers; began late October. Breast bx 11/5 (breast surgery clinic): calciphylaxis.
Pt denies any trauma to the breasts before they began: no injury, no heat, no ice, no recent mammogram or procedure until the biopsy.
Sepsis w/u neg, abx d/c'd.
Plan: pain regimen, STS via PD + IV, wound care.
"""),
("2024-11-22", "Nursing Education Note", """
RN teaching note - calciphylaxis risk counselling with pt and partner.
Taught: nothing hot (heating pad) or frozen (ice) to rest against her skin; avoid tight bras or underwire - use soft support bra; keep rotating where she injects insulin across her belly; avoid IM shots; report any new painful spots right away. Explained that trauma can trigger new lesions.
She repeated the key points back correctly.
PD exchange observed - technique good.
Breast dressings changed: silicone foam bilat.
"""),
("2024-11-26", "Step-Down Discharge/Transfer Summary", """
DC SUMMARY
Diagnoses: bilateral breast calciphylaxis (biopsy-proven 11/5/24), ESRD on APD, insulin-treated T2DM, obesity (BMI 39.0).
Course: pain controlled on hydromorphone + gabapentin. Thiosulfate 25 grams IV three times weekly started.
Derm impression: no antecedent local trauma to the breasts; abdominal insulin sites are not involved.
Prior warfarin (2015-2018) noted as risk factor.
D/c home with home health.
"""),
]}

PATIENTS = [S08, S09, S10, S11, S12, S13, S14]
