"""probe163 corpus notes, D15-D20 (clinical-trial research visits, SAE narratives and the clinics
around them; every person, place, study and drug name is invented)."""

D15 = {"patient_id": "D15", "age": 64, "sex": "F", "notes": [
("2019-07-09", "Research Visit - Week 12 (SC Anemia Agent Trial)", """
RENOVA-SC (weekly SC anaemia agent vs ESA)   Week 12    Site 6 Corrigan Kidney Research
Subj 06-215    64 y F    CRC: B. Lindahl

HD TTS, L upper arm AVF. T2DM on insulin detemir 22 u. Obese. No warfarin.
Study drug 0.8 mL SC given weekly by the unit RN into the R lower abdomen, last dose today.
Hb 10.9 (target 10-11.5).
Subject mentions a tender hard spot in the injection area for about 1 wk.
Exam: R lower abdomen -- firm violaceous nodule of 2.5cm, dusky centre, no drainage.
Recorded as a grade 2 ISR and as an AESI ("injection-site necrosis"), sent to the sponsor
within 24 h.
Ddx per PI: necrosis at the injection site vs early calciphylaxis vs abscess.
VS: 141/80, HR 72, Wt 92.0 kg, BMI 35.5
Plan: dermatology referral; next dose held pending review.
"""),
("2019-07-23", "Dermatology Clinic Note", """
Corrigan Dermatology

64F, ESRD/HD, DM on insulin, BMI 35. R lower abdomen lesion at her study injection sites.
Punch bx 7/12/19: lobular panniculitis, fat necrosis; vessels without calcium deposits,
and the von Kossa is negative. Specimen superficial -- deep vessels may have been missed.
Exam: indurated purple plaque 3x2.5cm, small central eschar, R lower abdomen.
Impression: injection-site necrosis vs calciphylaxis -- the latter cannot be excluded on
this specimen. Recommend deep incisional biopsy; she wants time to think about it.
Meanwhile: stop calcium carbonate, no further injections into that area, petrolatum and
a bordered foam dressing, RTC 2 wks.
"""),
("2019-08-20", "Study Early Termination Note", """
EARLY TERMINATION VISIT    RENOVA-SC    Subj 06-215

Subject withdrew consent 08/16/2019: the family is relocating her to Tennant County,
where her daughter lives, and her HD will transfer to an outside unit. She declined
the deep biopsy.
Open AE at withdrawal: "R lower abdominal injection-site necrosis, possible
calciphylaxis" -- outcome not recovered; diagnosis never confirmed. Safety follow-up calls
at 30 days to be attempted per protocol; no further visits possible.
Last exam: plaque 3x3cm, dry eschar, no cellulitis.
Wt 91.6 kg, BMI 35.3
Meds at exit: detemir, sevelamer, cinacalcet; ESA to be resumed by the outside unit.
Investigator signature on the termination CRF obtained.
"""),
]}

D16 = {"patient_id": "D16", "age": 73, "sex": "M", "notes": [
("2022-02-14", "Emergency Department Note", """
EMERGENCY DEPT -- St. Brendan's    Arrival 02/14/2022 09:15    Triage ESI 4

CC: R leg injury
HPI: 73 y/o M; ESRD (maintenance HD Mon-Wed-Fri, left brachiocephalic fistula);
LV apical thrombus on warfarin since 11/2021; HFrEF; no diabetes. Tripped over the family
dog 2 days ago and struck his R shin against the edge of a coffee table. Swelling and
bruising increasing since. No head injury.
Takes part in a research study at his dialysis unit (card in wallet).

Exam: T 36.6, BP 118/64, HR 88. R anterior shin: ecchymosis 8x6cm over a tense, tender
hematoma; skin intact, no blistering. Compartments soft. DP/PT 1+.
Plain films R tibia/fibula: no fracture.
Hgb 10.1; INR 3.4.

Dx: contusion with hematoma, R shin, on anticoagulation.
Plan: hold tonight's warfarin, recheck INR at HD Wednesday. Cold pack for 20 minutes every
few hours, elevation. Return if the skin darkens or blisters.
"""),
("2022-03-08", "Research Visit - Month 3 (AE Review)", """
CALCINOX-HD (oral calcification inhibitor vs placebo)   Month 3    Site 17 Quarry Road
Subj 17-051    73 y M    CRC: H. Varga

AE review: the R shin bruise (fall 02/12/2022, ED 2/14) has not resolved. Over the last
~10 days its centre has become hard, purple-black and much more painful (8/10).
Exam (PI Dr. Achebe): R anterior shin, indurated plaque 7x5cm with a violaceous net-like
margin, 2 cm central black necrosis. No warmth, no pus.
INR 2.9; PTH 520 pg/mL; phosphorus 6.4; calcium 9.8.
Wt 79.0 kg; BMI 25.3

PI impression: organising haematoma with skin necrosis, calciphylaxis, or necrosis from
warfarin; tissue is needed to tell them apart.
AE updated: "R shin necrotic plaque", grade 3, causality to IP unlikely.
Referred to derm/wound care; cardiology asked about alternatives to warfarin.
"""),
("2022-03-22", "Hospital Discharge Summary", """
DISCHARGE SUMMARY    St. Brendan's Hospital    Adm 03/15/2022   Dc 03/22/2022

Dx: necrotic ulcer R shin -- possible calciphylaxis vs organizing traumatic hematoma.
Course: admitted from clinic for pain. Dermatology advised a deep biopsy; deferred first
for INR 3.1, then declined by the patient ("no more holes in that leg, doc").
Empiric IV sodium thiosulfate with 3 HD sessions for possible calciphylaxis; pain modestly
better. Cardiology switched warfarin to apixaban.
The diagnosis was never confirmed; no tissue obtained.
Wound at discharge: 7x5.5cm, dry eschar, no infection.

Dispo: to Westgate Skilled Nursing (outside our network), HD at their affiliated unit.
Research team informed; subject withdrawn from CALCINOX-HD (site too far away).
Wt 78.4 kg, BMI 25.1
"""),
]}

D17 = {"patient_id": "D17", "age": 59, "sex": "F", "notes": [
("2026-02-03", "PD Clinic - Nephrology", """
PERITONEAL DIALYSIS CLINIC    Ravensworth Renal    Dr. Kamau

59F, ESRD (chronic GN), APD for 2 yr; T2DM controlled through diet (HbA1c 46 mmol/mol,
6.4%); HTN.
No anticoagulant.
New: 2 weeks of 3 tender lumps, L lateral thigh, one going dusky. Nothing was injected
there, no knock or fall, and no hot or cold packs have touched it.
Exam: L lateral thigh with three firm subcutaneous nodules of 1-2 cm; over the biggest the
skin is violaceous and reticulated; not ulcerated. Catheter exit looks healthy.
Labs: PTH 480, phos 6.7, Ca 9.5.
Wt 84.8 kg, Ht 165.5 cm.

Imp: painful subcutaneous nodules L thigh -- possible early calciphylaxis vs a panniculitis
(erythema nodosum-like). Biopsy offered, declined (needle phobia; "not unless you're sure").
Plan: tighten phosphate control, stop calcium carbonate, referral to the CALCIFY-RESOLVE
screening team.
"""),
("2026-02-17", "Research Screening Visit - Screen Failure", """
CALCIFY-RESOLVE   SCREENING (V1) -> SCREEN FAILURE
Site 21 Ravensworth    Subj 21-S-0412    CRC: N. Oyelaran

ICF v4.0 signed 02/17/2026. 59 y F, APD, diet-controlled DM2.
BMI 30.9 (Wt 84.6 kg, Ht 165.5 cm).
Inclusion #2 needs biopsy-proven calciphylaxis OR a clinical diagnosis confirmed by the
central adjudication committee (CAC). No biopsy (declined again today).
Photos and history were sent to the CAC on 02/10. CAC decision 02/16: "unable to confirm
calciphylaxis; features non-specific; panniculitis not excluded".
Result: SCREEN FAILURE (inclusion #2 not met). Subject informed; she may rescreen if a
biopsy is obtained. No study procedures beyond consent and photographs.
"""),
("2026-05-12", "PD Clinic Follow-up", """
PD clinic f/u    Ravensworth

59F on APD. The L thigh nodules are now flat brown marks, non-tender; no ulcer ever formed.
No tissue was ever obtained, so early calciphylaxis versus a panniculitis remains an open
question; rescreening for the trial was not pursued.
Phos 5.2 on sevelamer. PTH 390. Kt/V (weekly) 1.8. Clear effluent, healthy exit.
BMI 31.2. DM2 on diet alone.
Plan: continue the current APD prescription, dietitian review, photographs at each visit,
low threshold for a biopsy if anything comes back.
"""),
]}

D18 = {"patient_id": "D18", "age": 70, "sex": "M", "notes": [
("2017-05-02", "SAE Narrative - Initial", """
SAE INITIAL REPORT    VANGUARD-CKD (lipid-lowering trial in dialysis)    Subj 08-0190
Event 2 of 2: "purple toes / painful skin lesions both feet" (event 1: NSTEMI)

70-year-old man on HD with type 2 diabetes (glargine plus prandial lispro),
admitted 04/23/2017 with an NSTEMI. Coronary angiography via the right femoral artery
04/24/2017, PCI to the LAD.
From 04/28 a blue-purple colour crept over several toes of each foot, with livedo
reticularis reaching the ankles and two small ulcers at the tip of the L 4th toe.
Eosinophils 9%, complement low.
Ddx: cholesterol emboli after catheterisation vs calciphylaxis vs vasculitis.
Dermatology consulted, biopsy planned.
Seriousness: prolonged hospitalisation. CTCAE grade 3. Relationship to IP: unlikely;
related to the procedure (angiography).
"""),
("2017-05-09", "Dermatology Consult Follow-up", """
DERM f/u    Lindenwood University Hospital

Bx 5/4/17, L lateral foot skin + fat: needle-shaped clefts of cholesterol lodged in small
arterioles, intimal fibrosis around them; no mural calcification, von Kossa negative, nothing
of the calciphylaxis pattern.
Dx: atheroembolic disease (cholesterol embolization syndrome). Calciphylaxis excluded.

Exam: livedo of both feet up to mid-calf, cyanotic 2nd-4th toes bilaterally, L 4th toe
ulcer 5 mm, dry. Femoral puncture site on the right healed, no bruit.
Rec: statin continues (already in the trial), no anticoagulation for this, foot
protection, podiatry, pain control. The calciphylaxis work-up can stop. Derm clinic review in
about a month; earlier if new ulcers appear.
"""),
("2017-06-13", "Investigator SAE Follow-up (Final)", """
SAE FOLLOW-UP (final)    Subj 08-0190    PI Dr. Ferreira-Hull

Final diagnosis for event 2: cholesterol embolization syndrome after coronary angiography,
biopsy-confirmed 05/04/2017; calciphylaxis was considered at first and ruled out on
histology. Outcome: recovering -- the ulcer on the L 4th toe has healed and the livedo is
fading.
HD MWF ongoing. Insulin glargine 20 u + lispro SSI. Not on warfarin (DAPT: ASA +
ticagrelor).
BMI 27.9 (83.5 kg)
Causality to study drug: not related. IP resumed 05/20/2017 per protocol.
Event closed in the safety database; final report signed and sent to the sponsor.
"""),
]}

D19 = {"patient_id": "D19", "age": 38, "sex": "F", "notes": [
("2020-08-18", "Research Screening Visit", """
CYSTOLIS-3 SCREENING (V1)    Site 4, Brookhollow Nephrology Research    Subj 04-S-119
CRC: G. Halloran

38 y F, ADPKD, CKD stage 4 (eGFR 24); no dialysis, no transplant; HTN on lisinopril.
No diabetes. Never on anticoagulants.
Family hx: mother ADPKD (was on HD, deceased); sister ADPKD, developed calciphylaxis on
dialysis in 2015 and died in 2016 -- subject very anxious about this.
Exclusion #11 (personal history of calciphylaxis or calcinosis): NO.
Skin exam: normal, no lesions.
VS: 124/78, HR 70, Wt 61.2 kg, Ht 1.65 m, BMI 22.5
Labs drawn: Cr 2.6, Ca 9.3, PO4 4.4, PTH 160.
Plan: V2 for randomisation if eligible.
"""),
("2020-11-10", "Research Visit - Month 3", """
CYSTOLIS-3   Month 3    Subj 04-119 (randomised 09/01/2020)    CRC: G. Halloran

Tolerating study drug; thirst grade 1, nocturia twice a night. eGFR 23. No AEs, no
hospitalisations, no new conmeds.
Once more she raised the calciphylaxis her sister had; I explained it arose while the
sister was on dialysis and that her own skin and labs show nothing of the kind. No
personal history.
Skin: normal on full check.
BMI 22.4. BP 120/76, HR 68.
Study drug dispensed, 30-day supply; diary reviewed with her.
Next visit Month 6.
"""),
]}

D20 = {"patient_id": "D20", "age": 50, "sex": "M", "notes": [
("2023-03-07", "Informed Consent Discussion Note", """
INFORMED CONSENT PROCESS NOTE    VITAKAL-HD (menaquinone-7 vs placebo)    Site 2 Dunmore
Subj 02-0088, 50 y M.   Consenter: I. Maclean RN, research nurse

Reviewed ICF v2.2 in full with the subject and his wife over 45 min. Purpose explained:
people on dialysis build up calcium in their blood vessels and, rarely, can develop
calciphylaxis, a painful skin condition; the study asks whether vitamin K2 slows vessel
calcification on CT. Risks discussed: GI upset, interaction with warfarin (he takes no
warfarin or other anticoagulant and would be excluded if he did). Questions answered.
Signed 14:40, copy given.

Background: ESRD from reflux nephropathy, HD TTS since 2019 via R forearm AVF. Prediabetes
(HbA1c 6.1%, untreated). Paraplegia (T10 SCI 2005), wheelchair user -- standing height
not measurable, BMI not calculated. Wt 81.0 kg (chair scale).
Skin check including sacrum and heels: intact.
"""),
("2023-09-12", "Research Visit - Month 6", """
VITAKAL-HD   Month 6    Subj 02-0088

Pill count 96%. No AEs. No hospitalizations.
Skin: full check with the wound RN including sacrum, ischial areas and heels -- intact,
lesion-free, no sign of calciphylaxis. Reminded to keep up pressure relief in the chair
and to tell us promptly about any painful change in his skin, as people on dialysis carry
a risk of calciphylaxis.
Wt 80.4 kg. BP 112/66.
Labs: PTH 330 pg/mL, calcium 9.0, phosphorus 5.4, dp-ucMGP sent.
A1c 6.2 -- still prediabetes, no treatment.
Next CT at Month 12.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
