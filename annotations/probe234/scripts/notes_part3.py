"""probe234 corpus notes, M15-M20 (long-term acute care hospital; all people and places invented)."""

M15 = {"patient_id": "M15", "age": 80, "sex": "F", "notes": [
("2018-03-05", "LTACH Admission H&P", """
ADMISSION H&P - Kestrel Ridge LTACH - 5 March 2018
80F from Corriveau Heart Institute CCU: acute decompensated HF + VAP, trach 2/21,
vent-dependent on arrival (A/C 16 x 400, PEEP 8, FiO2 45%).
ESRD; she dialyzes Tu-Th-Sa using a permcath in the R internal jugular.
DM2, insulin-treated: 14 u glargine nightly + lispro per scale, SC into the lower
abdomen, rotated L and R.
AF: warfarin 2.5 mg each evening; INR 2.4 on arrival - continued per cardiology.
Wt 76 kg, ht 156.5 cm; BMI calculates to 31.0.
Skin: Braden 11; heels in off-loading boots; sacrum and abdomen intact.
Plan: slow PS wean, HD with renal, diuresis via UF, insulin per protocol, daily INR,
PT/OT, SLP; code status full for now, daughter (HCP) updated.
"""),
("2018-03-19", "Wound Care Note", """
WOUND CARE NOTE 03/19/2018
Asked to assess purple areas L lower abdomen, first noted Friday 3/16 by the day RN.
Findings: 5x4cm violaceous plaque, central necrosis gray-black; two smaller dusky
patches (2 cm each) just medial - all inside the L lower quadrant, i.e. the area used
for her insulin. Very tender, firm. No bullae, no drainage.
INR 4.2 today (warfarin), Hgb 8.1, plt 52K.
This writer's differential: warfarin-related skin necrosis, calciphylaxis, or a
hematoma at the injection sites.
Plan: RN to switch the insulin over to upper-arm sites; non-adherent foam, no tape;
derm consult; hospitalist aware of INR.
"""),
("2018-03-22", "Dermatology Consult", """
DERMATOLOGY CONSULT
L lower abdomen: retiform purpura starting to necrose, over her insulin injection sites.
DDx: calciphylaxis (ESRD, warfarin, obesity, phos 7.3) vs warfarin-induced skin necrosis;
the two cannot be told apart on exam. Cannot exclude calciphylaxis.
Exam: L lower quadrant plaque 5.5x4cm with central necrosis; the two satellite
patches unchanged. Thighs, breasts and arms clear.
Biopsy deferred for now: INR 3.6, platelets 38K - bleeding risk too high.
Recs: warfarin on hold; vitamin K1 2.5 mg PO x1; avoid calcium-based binders;
re-evaluate for deep incisional biopsy once INR <1.5 and platelets >50K; pain control;
wound care as per WOC RN.
"""),
("2018-04-02", "Palliative Care Progress Note", """
PALLIATIVE CARE PROGRESS NOTE
Family meeting 3/30 with daughter (HCP), son, Dr. Whitcombe (hospitalist), renal.
Given failed weaning x 5 weeks, worsening HF and the painful abdominal wound (suspected
calciphylaxis vs warfarin necrosis - never biopsied), family chose comfort-focused care.
HD discontinued 3/31 after a last run. Warfarin and insulin stopped.
Symptoms: hydromorphone infusion 0.4 mg/h, glycopyrrolate for secretions, lorazepam PRN.
Wound: foam dressing, changes only for comfort, premedicate before each change.
Trach: humidified trach collar, no further weaning attempts; no labs, no fingersticks.
Plan: transfer to Amberlea inpatient hospice tomorrow (4/3); chaplain visited.
"""),
]}

M16 = {"patient_id": "M16", "age": 57, "sex": "M", "notes": [
("2025-10-14", "Hospitalist Progress Note", """
HOSPITALIST PROGRESS NOTE - LTACH day 9
57M, VF arrest 9/28 with anoxic injury (improving), LHC + PCI to LAD 10/1 via the R
femoral artery, trach 10/3. CKD 3b (Cr 2.1, baseline 1.9), never dialyzed.
Not diabetic. No warfarin - on aspirin + clopidogrel.
New since yesterday: lacy violaceous livedo over both thighs, plus a firm, very tender
2 cm nodule over the R anterior thigh. Femoral puncture site (R) healed, no bruit.
Labs: eos 9%; calcium 9.4 / phosphorus 4.6; CK normal.
DDx: post-catheterization cholesterol emboli vs early calciphylaxis vs vasculitis. R/o
calciphylaxis - derm consult placed.
Vent: PS 10/5, FiO2 30%.  BMI 29.7 (overweight).
"""),
("2025-10-21", "Dermatology Consult", """
DERMATOLOGY CONSULT
Both thighs: livedo racemosa with a retiform edge; R anterior thigh nodule now 3 cm,
center dusky, not ulcerated yet. Toes warm, no blue toes.
Impression: cholesterol embolization vs calciphylaxis - both remain possible. CUA would
be unusual without ESRD but cannot be excluded (warfarin-naive, phos normal).
Recommended a deep incisional biopsy of the R thigh nodule; wife declines for now and
wants it done at the receiving center.
Pt transfers to Vireo University Hospital tomorrow (10/22) for CT surgery evaluation;
recommendations sent with the transfer packet.
"""),
]}

M17 = {"patient_id": "M17", "age": 62, "sex": "F", "notes": [
("2020-07-07", "PT/RT Co-treatment Note", """
PT / RT CO-TREATMENT NOTE 7/7/20
62F, C4 AIS B tetraplegia after a fall in May, trach, vent-dependent at night.
ESRD - chairside HD at the LTACH unit, M/W/F schedule. DM2 controlled with
linagliptin; she takes no insulin.
BMI 39.0.
Abdominal binder applied 6/30/2020 for upright sitting - supports the diaphragm; worn
whenever she is up in the tilt-in-space chair, ~4-6 h/day.
Bedside VC: 780 mL without binder -> 960 mL with binder. NIF -22.
Tolerated 2 h upright, BP 96/58, no syncope symptoms.
Skin under binder checked at removal: intact, faint pink marks along the lower edge that
fade within 20 min.
Plan: continue binder for sitting, progress sitting time by 30 min/day; inspiratory
muscle training 3 x 10 BID; reassess VC weekly.
"""),
("2020-07-28", "Wound Care Consult", """
WOUND CARE CONSULT 07/28/2020
Lower edge of the binder, L lower abdomen just above the inguinal fold: painful
indurated violaceous band 6x3cm, dusky center ~1 cm, present x 5 days per RN
(since 7/23). Not blanching. No bullae.
Labs: PTH 870; Ca 9.9 uncorrected; phos 7.0.
DDx: MDRPI from the binder edge vs panniculitis vs early calciphylaxis - concern for CUA
given ESRD and her phos.
Plan: binder off until cleared; if upright sitting resumes, pad the binder edge with
silicone foam; derm consult for punch biopsy.
"""),
("2020-08-05", "Dermatology Consult", """
DERMATOLOGY CONSULT
4 mm punch 7/30 (L lower abdomen): superficial sample - septal panniculitis, vessels
without calcium on the sections available; nondiagnostic, the deep vessels were probably
not reached.
Clinical impression: possible early calciphylaxis; fat necrosis from binder pressure is
the main alternative. Plaque today 6.5x3cm, center now purple-black.
Recommend deep incisional biopsy. Pt is discharging to Fernmoor SNF tomorrow (8/6) with
outpatient HD; outpatient derm appointment made for 8/18 to biopsy there.
Wt 104 kg on bed scale. ESRD/HD; DM2 on an oral agent.
"""),
]}

M18 = {"patient_id": "M18", "age": 70, "sex": "M", "notes": [
("2022-12-06", "LTACH Admission H&P", """
LTACH ADMISSION H&P - Sable Point Specialty Hospital
70M from Northgate Medical Center: Pseudomonas VAP on cefepime (day 6/14), trach 11/22,
PEG 11/28. ESRD - HD on Tue, Thu and Sat by L AVF.
DM2 on insulin - glargine + SSI, SC into the abdomen.
No warfarin, ever; VTE ppx with heparin via HD and SC heparin into the abdomen.
Mostly supine; turning limited by soft BPs.
Skin: intact on arrival, Braden 12.
BMI 30.2.
Plan: finish cefepime, PS wean, HD per renal, pressure-injury bundle, PT/OT.
"""),
("2022-12-19", "Wound Care Note", """
WOUND NOTE 12/19/2022
New retiform purpura across both buttocks and down the posterior thighs, a few hemorrhagic
bullae, onset 12/16 per night RN. Painful. Palpable purpura on the shins as well.
DDx: ?calciphylaxis vs vasculitis vs deep tissue pressure injury.
Pt nods that it "stings"; CPOT 4 with turning.
Labs: phos 5.2, PTH 310, Ca 8.8, ESR 88; UA via straight cath shows blood and protein.
Plan: derm to biopsy; specialty air surface; turn every 2 h even with soft BPs (MAP >65);
non-adherent dressings to the bullae.
"""),
("2022-12-28", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx L buttock 12/20/22: leukocytoclastic vasculitis; DIF with IgA in superficial vessels;
vK stain negative - the vessel walls carry no calcium.
Diagnosis: cutaneous IgA vasculitis, likely drug-triggered (cefepime). Calciphylaxis
ruled out.
Exam: the purpura on buttocks and posterior thighs is fading; bullae deroofed and
re-epithelializing; shin lesions flat and brown.
Plan: cefepime already completed 12/22 - list it as an allergy; prednisone 40 mg daily
with taper over 3 weeks, glucose checks AC/HS given insulin use; renal to follow the
hematuria and proteinuria; wound care to bullae; recheck in 1 wk.
"""),
]}

M19 = {"patient_id": "M19", "age": 66, "sex": "F", "notes": [
("2019-05-20", "Nephrology Consult", """
NEPHROLOGY CONSULT - LTACH day 6
66F, ESRD from FSGS, started HD in April 2019 during her ICU stay (post-op respiratory
failure after lung resection); dialysis now M/W/F, tunneled catheter in the R IJ.
Prediabetes only (A1c 6.0) - on no diabetic medication. L leg DVT in April -> Coumadin,
INR 2.3.
Wt 68.4 kg.
Labs: phos 7.1, PTH 520, Ca 9.2.
Education: reviewed her risk of calciphylaxis with high phos and calcium-based binders;
asked nursing to rotate any SC sites and to avoid heat or ice on fatty areas.
Skin: intact.
Plan: sevelamer, low-phos tube feeds, HD 3.5 h, adjust Coumadin per INR.
"""),
("2019-06-03", "Weekly LTACH Progress Note", """
WEEKLY PROGRESS NOTE
Resp: decannulated 5/30, 2 L NC. SLP: mechanical soft diet.
PT: R shoulder subacromial bursitis - ice pack to R shoulder 15 min BID since last week,
improving ROM.
OT: grooming at sink with set-up, UB dressing min A.
Skin check with RN (heels, sacrum, abdomen, thighs, shoulders): no wounds, no livedo, no
purpura. No signs of calciphylaxis.
Wt 67.9 kg. Coumadin continues, INR 2.6.
Renal: HD MWF, phos 5.8.
Plan: discharge to home with daughter + outpatient HD at Fenwick Dialysis.
"""),
]}

M20 = {"patient_id": "M20", "age": 55, "sex": "M", "notes": [
("2024-04-08", "LTACH Admission H&P", """
LTACH ADMISSION H&P - Harrowgate Specialty Hospital
55M from Ostrander General: pneumococcal pneumonia with ARDS, prone positioning, trach
3/27, PEG 3/29.
Kidneys: IgA nephropathy -> ESRD; his runs are Tuesday, Thursday, Saturday (L forearm
fistula).
Diabetes type 2, handled with diet (A1c 6.4 in Feb); he has never used insulin.
Warfarin: none.
FHx: an older brother on PD died of calciphylaxis in 2021.
Skin: sacral stage 3 pressure injury POA from the outside ICU; 5 x 4 cm. Forehead and
chin healed marks from proning. Braden 11.
Vent: PS 14/8, FiO2 40%.
BMI 23.1.
Plan: vent wean with daily SBT, HD per renal, WOC RN for sacrum, TF via PEG (Nepro),
PT/OT for ICU-acquired weakness.
"""),
("2024-04-22", "Wound Care Note", """
WOUND NOTE
Sacral stage 3 pressure injury: 5 x 4 x 0.8 cm, 80% granulation, 20% slough, no
tunneling. Typical pressure pattern over the sacrum; no livedo, no retiform edges.
Family fears calciphylaxis, since that is what took his brother - explained this wound
does not look like it.
Periwound: intact, mild maceration at 6 o'clock.
Nutrition: prealbumin 12; protein increased to 1.5 g/kg, zinc and vitamin C added.
Plan: NPWT at -125 mmHg, change MWF; air mattress; reposition every 2 h; limit sitting to
1 h three times daily with a pressure-mapped cushion.
"""),
("2024-05-06", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE
Family asked again about calciphylaxis given his brother's history.
Full skin check: no lesions other than the healing sacral pressure injury (now
3x2.5cm).
No clinical evidence of calciphylaxis.
HD: Tu/Th/Sat, 4 h, UF 1.5-2 L, Kt/V 1.5.
Labs this week - PTH 340; phos 5.1; albumin 3.0; Ca 9.0.
Plan: continue HD and sevelamer 800 TID with feeds; cinacalcet not needed now; reviewed
with his wife and sister that his phos/PTH control is good and that we will keep watching
his skin; outpatient HD chair at Quarry Lane Dialysis for discharge.
"""),
]}

PATIENTS = [M15, M16, M17, M18, M19, M20]
