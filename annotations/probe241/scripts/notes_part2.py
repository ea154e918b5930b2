"""probe241 corpus notes, U08-U14 (radiation oncology and the clinics around it; all invented)."""

U08 = {"patient_id": "U08", "age": 49, "sex": "F", "notes": [
("2025-04-22", "Radiation Oncology Consultation", """
RADIATION ONCOLOGY CONSULTATION - breast

49F, R breast IDC pT1cN0(sn), ER/PR+, HER2 neg, Oncotype 14. R lumpectomy + SLNB 3/27/2025,
margins clear. Recommend whole-breast RT 40.05 Gy/15 fx + boost; supine on breast board given
habitus.
PMH: ESRD (polycystic kidneys); dialyzes Mon-Wed-Fri using a left upper-arm loop graft. No diabetes (A1c 5.6). No blood
thinners. Asthma.
Exam: BMI 42.3. Large pendulous breasts. R lumpectomy scar healed, no seroma. Red grooves beneath
both breasts from a new underwire bra she has worn daily since March, when her old bras stopped
fitting. L breast skin otherwise intact, no masses.
Counselled: during RT switch to a soft cotton bra without wire. Sim in 3 wks.
"""),
("2025-05-13", "CT Simulation Note", """
CT SIM - R whole breast

Supine, breast board at 10 degrees incline, both arms up in arm cups, DIBH coached x3 ok. Tattoos:
mid-sternum and R lateral chest.
New: pt reports a very painful spot under her L breast, noticed about a week ago. She admits she is
still wearing the underwire bra. Exam: L inferior breast, tracking the wire line: firm violaceous
plaque 4x2cm, livedo, dusky middle, outside any planned field. Exquisitely tender.
Sim completed. Called nephrology (Dr. Trevisan) and derm for a same-week visit as calciphylaxis is
a real worry for a dialysis pt.
"""),
("2025-05-27", "Dermatology Consult", """
DERM CONSULT

Punch bx 5/16/25, L lower breast: heavy medial calcium, small subcutaneous vessels,
fibrin clot, panniculitis. Dx calciphylaxis.
Exam: L inferior breast plaque grown to 5x3cm, necrotic centrally, running along the wire channel of
her bra. R breast: healing lumpectomy incision, no similar lesion.
Dx: calciphylaxis, L breast - it arose under the underwire, which has pressed there since spring.
Plan: throw away underwire bras (soft front-closure bras given), IV sodium thiosulfate w/ HD,
phosphate control per renal; RT start delayed ~1 wk after discussion with Dr. Feld. BMI 41.9.
"""),
]}

U09 = {"patient_id": "U09", "age": 66, "sex": "F", "notes": [
("2020-07-14", "Radiation Oncology Consultation", """
RAD ONC NEW CONSULT
66 yo F, distal esophageal adenocarcinoma cT3N1M0 on EUS/PET. Plan neoadjuvant chemoRT 41.4 Gy/23 fx
w/ weekly carboplatin/paclitaxel, then surgical eval.
PMH: ESRD d/t diabetes, HD TTS, L brachiocephalic fistula. Type 2 DM, Levemir 30 u + Novolog
w/ meals, always injects the abdomen. PE in 2008 - took warfarin about a year, stopped 2009, no
anticoagulation since. Calciphylaxis (bx-confirmed) of both posterior calves, diagnosed Feb 2020 by
derm at Lakemont; on STS with HD, wound care twice weekly.
Exam: BMI 28.3. Both calves dressed: shallow ulcers with eschar, right ~3cm, left ~5cm, slowly improving per
pt. Abdomen soft.
Plan: port, sim, start ~3 wks.
"""),
("2020-07-28", "CT Simulation Note", """
CT SIMULATION - esophagus

Supine, arms overhead on wingboard, upper-body Vac-Lok, 4DCT for motion. Three tattoos placed:
midsternum + R and L lateral chest wall. Chemo port placed R upper chest 7/21/20 by IR, incision
clean.
Pt still giving insulin in the abdomen. Leg dressings intact (wound team changing Tu/F). Calf
pain rated 4/10; gabapentin 100mg post-dialysis helps.
Solids sometimes stick mid-chest; liquids ok.
Plan: 41.4 Gy/23 fx, VMAT. First tx planned 8/4/20. Dietitian referral, weight 71.6 kg. Weekly OTV on
Tuesdays; CBC with HD labs.
"""),
("2020-09-01", "Radiation Oncology On-Treatment Visit", """
OTV - fx 21/23

S: Odynophagia, eating soft foods, lost 3 kg since sim. Fatigue. Calf pain stable on current
regimen.
O: Wt 68.5 kg. Chest skin gr 1 erythema. Tattoo marks and abdominal injection sites look normal -
no purpura, no nodules, no new ulcers. Calves: calciphylaxis ulcers unchanged in size, clean base.
A/P: Esophagitis gr 2 - PPI, sucralfate, Magic mouthwash; supplements 2 cans/day. Finish 9/3.
Surgical re-staging PET in ~5 wks, thoracic surgery visit after. Continue STS/wound care with the
HD unit.
"""),
]}

U10 = {"patient_id": "U10", "age": 57, "sex": "M", "notes": [
("2018-10-29", "Radiation Oncology Consultation", """
RADIATION ONCOLOGY CONSULT - larynx

57M, hoarse x 4 mo, L true vocal cord SCC, bx 10/11/18, T2N0. Recommend definitive RT 63 Gy/28
(2.25 Gy/fx). Voice outcome discussed.
PMH: ESRD (FSGS) on HD MWF; no diabetes; AF rate-controlled, not anticoagulated; obesity - BMI 34.0.
Other: sore, painful spot R thigh x about 2 weeks, being worked up by derm this week.
Exam: mobile cords w/ L exophytic lesion on scope. No nodes.
Plan: sim in thermoplastic mask next wk; smoking cessation resources given (quit 2015, still
vapes).
"""),
("2018-11-06", "Dermatology Follow-up", """
DERM F/U
Punch biopsy 10/31 (R anterior thigh) returned calciphylaxis: calcified arterioles, thrombi, lobular
fat necrosis.
Hx: It showed up ~3 wks ago, a hot tender lump that later split open. He denies any shots, heat, bumps,
falls or tight clothing on that thigh before it began. Since the biopsy his wife has laid ice packs
on top of the dressing nightly to dull the pain.
Exam: R anterior thigh: black-capped ulcer, 4.5x3.5cm, livedo rim. No other lesions.
Plan: STS with HD, wound center referral; advised against ice on the wound - it may worsen
perfusion.
"""),
("2018-11-27", "Radiation Oncology On-Treatment Visit", """
OTV - wk 2 (fx 8 of 28)

S: Voice a bit rougher, mild sore throat. Thigh pain 6/10.
O: Neck gr 1 erythema. Red pressure marks across the bridge of the nose and chin from the
thermoplastic mask - dosimetry trimmed and padded the edges today. R thigh: dressing on, being
debrided weekly at the wound center; still icing it at night despite advice. Nowhere else any new lesion.
A/P: Continue RT. Tylenol, salt/soda rinses, voice rest. Again advised no ice. Wt 98.4 kg.
"""),
("2018-12-18", "Wound Center Note", """
WOUND CENTER
Dx: calciphylaxis R anterior thigh (bx-proven 10/31/18).
Measurements: 5.2x3.8x0.3cm; eschar:slough roughly 3:2; exudate serous, moderate; violaceous edge.
Sharp debridement (selective) down to a bleeding base under topical lidocaine, tolerated.
Dressed w/ alginate under a bordered foam, paper tape round the edges.
Pt admits ice still used some nights; again told to stop. No new lesions anywhere.
On tx for larynx ca, wk 5; mask sores on the nose healing per pt. Wt 98 kg. Pain 4/10 with
dressing changes.
Plan: weekly debridement, continue IV STS at HD.
"""),
]}

U11 = {"patient_id": "U11", "age": 74, "sex": "M", "notes": [
("2022-01-10", "Radiation Oncology Consultation", """
RAD ONC CONSULT - palliative

74M, metastatic clear cell RCC, s/p bilateral nephrectomies (2014, 2017), on HD since 2017, now on
pembrolizumab. Painful lytic met in the R proximal femoral shaft, Mirels 7; ortho says no need for
fixation at present.
PMH: ESRD; R brachial fistula, HD T/Th/Sa; nondiabetic; not anticoagulated. HTN.
Exam: BMI 25.5. Walking w/ cane, pain 7/10 on weight bearing. R thigh skin normal.
Plan: 20 Gy in 5 fx, AP/PA, start this Thursday. Expect pain flare, fatigue, mild skin reddening.
"""),
("2022-04-19", "Radiation Oncology Follow-up", """
RAD ONC F/U - 3 mo after femur RT

Bone pain resolved, off oxycodone. New: since early April, a purple and exquisitely sore zone on his R
lateral thigh, inside the old AP/PA portal.
He denies heating pads, ice, injections, falls or any bump to that leg. No fever.
Exam: 7x5cm indurated violaceous plaque, R lateral thigh, netlike edge, central black crust.
DDx: late radiation reaction (unusual after 20 Gy) vs calciphylaxis vs infection.
Plan: punch bx by dermatology this week, CBC, Ca/phos/PTH.
"""),
("2022-04-28", "Dermatology Consult", """
DERMATOLOGY
Punch bx 4/22/22 R lateral thigh: subcutis with calcium-lined small vessels, some
thrombosed, plus septal panniculitis; calcium confirmed with von Kossa. No features of radiation dermatitis.
Impression: calciphylaxis, R lateral thigh, lying within the prior palliative radiation field. Per
pt and wife, that skin saw no shots, no heat or cold, no pressure and no injury before it started.
Exam: plaque unchanged at 7 x 5 cm, crust firmer, no drainage, thigh otherwise soft.
Labs: phosphorus 6.9, calcium 9.8, PTH 910.
Plan: IV STS w/ HD, wound care (hydrocolloid), pain mgmt (gabapentin 100 mg post-HD), nephrology
re: PTH; rad onc informed.
"""),
]}

U12 = {"patient_id": "U12", "age": 61, "sex": "M", "notes": [
("2023-02-14", "Radiation Oncology Consultation", """
RADIATION ONCOLOGY - SBRT CONSULT

61M, 1.8 cm RUL nodule, CT-guided bx adenocarcinoma, cT1bN0, PET neg elsewhere. Not a surgical
candidate (ESRD, COPD GOLD 3). Plan SBRT 50 Gy/5 fx every other day.
PMH: ESRD on PD (CAPD), catheter exit site R lower abdomen. T2DM on glargine + lispro, injects only
into both thighs. Class II obesity, BMI 37.5. Not on warfarin. Calciphylaxis of the L flank,
biopsy-proven Jan 2023 at St. Brigid's, getting thiosulfate infusions at the cancer center.
Exam: L flank 8 x 6 cm eschar w/ purpuric border, dressed. Lungs diminished.
Plan: sim w/ 4DCT, arms up on wingboard.
"""),
("2023-03-07", "Wound Care Note", """
WOUND CARE F/U - L flank calciphylaxis

Eschar stable, 8.2 x 6.0 cm, no drainage, no surrounding cellulitis.
Pt again denies anything applied to or pressing on the L flank before the ulcer appeared - no heat,
no ice, no injections, no bumps, no tight belt ("I never put anything there").
Insulin: thighs only. If he is admitted, hospitalist plans enoxaparin for DVT ppx; asked that any
shots avoid the flanks and the area near the wound.
Plan: leave stable dry eschar intact, betadine paint, continue STS. RTC 2 wks.
"""),
("2023-03-21", "Radiation Oncology On-Treatment Visit", """
SBRT - fx 5/5 completed today (50 Gy)

Tolerated well, mild fatigue, no chest wall pain, no cough change, O2 sats 93% RA at baseline.
Skin of the R chest unremarkable, no erythema at the beam entry points.
L flank wound unchanged per pt, dressing dry. He has not been hospitalized and no enoxaparin was
started. PD going well, no peritonitis.
Discussed small risk of rib fracture and pneumonitis in the months ahead.
Plan: CT chest 3 mo, then q3-6 mo. Continue nephrology/wound care.
"""),
]}

U13 = {"patient_id": "U13", "age": 45, "sex": "F", "notes": [
("2019-06-04", "Radiation Oncology Consultation", """
RADIATION ONC CONSULT - GYN

45F, FIGO IIB SCC of the cervix, PET: no nodes. Plan pelvic EBRT 45 Gy/25 fx with weekly
carboplatin (cisplatin avoided, ESRD), then HDR tandem & ring 28 Gy/4.
PMH: ESRD (reflux nephropathy) HD by a right-IJ permcath; no diabetes (A1c 6.0, just prediabetic);
no anticoagulation.
Exam: BMI 31.8. Exophytic cervical mass 4 cm, R parametrial extension not to sidewall. Skin normal.
Social: works as a school librarian, lives with partner, 2 teens.
Discussed acute GI/GU effects, fatigue, vaginal stenosis, ovarian failure, fistula risk; dilator
teaching later. Consent obtained.
Plan: sim next wk; start 6/17/19.
"""),
("2019-07-16", "HDR Brachytherapy Procedure Note", """
HDR BRACHYTHERAPY - tandem & ring, insertion #1 of 4

Spinal anesthesia. Foley placed. Tandem 6 cm / 30 deg, ring 30 mm, packing. CT-based plan, 7 Gy to
HR-CTV. Procedure uncomplicated.
Admitted overnight for 2 insertions this wk per protocol; heparin SC 5000 u q8 hours for DVT
ppx, every dose documented in the R lower abdomen on the MAR (she lies on her left, so nursing
stuck to the right).
Vitals stable overnight, pain controlled w/ oxycodone 5 mg. Applicator removed after delivery.
Plan: insertion #2 7/18, discharge after.
"""),
("2019-08-20", "Dermatology Consult", """
DERMATOLOGY CONSULT

New painful necrotic plaque L lower abdomen since ~Aug 1.
Exam: LLQ: 5x5cm retiform purpura, black eschar at the centre. R lower abdomen: faint healed
injection bruises only, no induration or purpura.
Punch bx 8/14 LLQ: calciphylaxis (calcified small vessels, thrombi).
She received SC heparin in the R lower quadrant during the July brachytherapy stay; there were no
injections on the left side, and no other trauma to the LLQ.
Imp: calciphylaxis of the LLQ, contralateral to where the heparin went.
Plan: thiosulfate at each HD; dressing changes by the wound nurse.
"""),
]}

U14 = {"patient_id": "U14", "age": 76, "sex": "M", "notes": [
("2024-03-05", "Radiation Oncology Consultation", """
RADIATION ONCOLOGY CONSULT - palliative lung

76M, LLL squamous cell ca, stage IV (adrenal met), hemoptysis x 2 wks. Plan palliative RT 30 Gy/10
to the LLL mass.
PMH: ESRD, hemodialysis since 2011. T2DM on insulin (Basaglar 18 u), injects the abdomen. Never on warfarin.
Hx of calciphylaxis: R thigh, at the spots he once used for insulin, bx-proven 2015, healed after IV STS
and parathyroidectomy 2016; no recurrence since.
Exam: BMI has stayed in the 27-28 range; 27.5 today. Old R thigh scars, well healed, no active skin
lesions.
Plan: sim today, start tomorrow.
"""),
("2024-03-19", "Radiation Oncology On-Treatment Visit", """
OTV - fx 8/10 (24 Gy)

S: Hemoptysis stopped after fx 4. Cough ongoing, mild esophagitis. Appetite fair, no fevers, cough less productive. Tolerating HD Tu/Th/Sat; daughter drives him
to both dialysis and treatment.
Skin: faint erythema posterior L chest in the field. Skin check otherwise: old R thigh calciphylaxis
scars unchanged and intact, abdomen injection sites clean, no purpura or new ulcers.
A/P: Esophagitis gr 1 - viscous lidocaine ac meals. Finish 3/21. Palliative care following for
goals; code status full for now.
"""),
("2024-05-14", "Radiation Oncology Follow-up", """
RAD ONC F/U - 7 wks post palliative RT

No hemoptysis. Dyspnea stable. Chest skin recovered.
CT 5/2: LLL mass smaller, stable adrenal met.
No active skin lesions; prior calciphylaxis of the R thigh (2015) remains healed. Insulin still into
the abdomen, sites unremarkable. Back to gardening a little, sleeping better, energy 6/10.
Sugars 120-180 at home; no lows. Hgb 10.4 on last HD labs.
Wt 80.2kg, BMI 27.1.
Plan: CT chest in 2 mo, med onc following (considering immunotherapy). Re-treatment possible if
bleeding recurs.
"""),
]}

PATIENTS = [U08, U09, U10, U11, U12, U13, U14]
