"""probe206 corpus notes, B15-B20 (calciphylaxis registry screening logs, abstraction and the
clinic notes around them; every person, place and sentence invented)."""

B15 = {"patient_id": "B15", "age": 57, "sex": "M", "notes": [
("2025-03-05", "Dermatology Consult", """
DERM CONSULT
57M, ESRD; his unit runs him Mondays, Wednesdays, Fridays.
Type 2 diabetic - glargine/lispro, self-injected since 2016 in the
L lower abdomen, "pretty much one spot."
x 1 month: a tender, firm, dusky 4cm plaque on exactly that spot; not ulcerated.
Exam: LLQ - indurated violaceous plaque, faint livedo at its rim, rubbery
lipohypertrophy underneath. No other skin lesions. BMI 31.1.
DDx: lipohypertrophy + fat necrosis | injection-site panniculitis | early calciphylaxis;
the last cannot be excluded (HD, PTH 980).
Plan: 4mm punch today; rotate insulin away from the area (upper arms / R side); recheck
in 2 wks with path.
"""),
("2025-03-20", "Dermatopathology Report", """
DERMATOPATHOLOGY REPORT      Accession DP25-00412
Specimen: skin, LLQ abdomen, 4mm punch (03/05/2025)
Clinical: HD pt; indurated plaque at the site he uses for insulin. ?calciphylaxis. ?lipohypertrophy.
Microscopic: dermis with mild superficial perivascular lymphocytic infiltrate. Subcutaneous
fat only partly sampled; focal lipomembranous fat necrosis. The few vessels present show no
mural calcium; von Kossa negative; no thrombi.
DIAGNOSIS: nondiagnostic for calciphylaxis - sampling limited to the upper subcutis.
Comment: a deeper incisional or telescoping biopsy is suggested if clinical suspicion
persists. Discussed with Dr. Lindqvist 3/20/25.
"""),
("2025-04-30", "Registry Screening Log Entry", """
GLOVCR SCREENING LOG - Site 11
Candidate: 57M HD pt referred by derm 03/2025, "?calciphylaxis at insulin site, L lower
abdomen".
Status: NOT ENROLLED - suspected only. Punch nondiagnostic (DP25-00412); incisional bx
offered 4/8, pt declined; transferred care to an out-of-state dialysis unit 4/22, no
further records obtainable.
Case definition met? No (neither histology nor a treating-physician clinical dx).
Ruled out? No - no alternative diagnosis made.
Screen category: POSSIBLE.
Risk factors: ESRD/HD Y; DM Y on insulin; warfarin never; BMI 31.1 (obese).
"""),
]}

B16 = {"patient_id": "B16", "age": 81, "sex": "F", "notes": [
("2019-02-11", "Nephrology HD Rounding Note", """
HD ROUNDS - Mon   chair 12
81F; HD MWF, R IJ tunneled line; T2DM - glipizide only, insulin never; severe L knee OA,
past warfarin (stopped 2012 after a GI bleed).
Since last summer she straps a freezer gel pack to the L knee every night for OA pain,
often dozing off with it still there.
New: 2 x 3 cm dusky, firm, very painful patch L anterior knee since about 10 days ago; skin
cool to touch.
Pre-run 108/60, pulse 72, 58.3kg, BMI 23.9
Labs: iPTH 410 / cCa 9.1 / PO4 5.9 / alb 3.0.
Considerations: cold injury (frostbite / pernio) vs calciphylaxis vs vasculitis - unclear.
Plan: derm requested; no more ice to that knee; acetaminophen scheduled.
"""),
("2019-02-19", "Dermatology Consult", """
DERMATOLOGY
L anterior knee: 3x3cm dusky violaceous plaque, gray-black necrosis centrally, livedoid
margin; skin around it cool, no blisters.
Possible calciphylaxis given ESRD and the fatty prepatellar location; cold panniculitis or
frostbite from the gel pack also very much on the differential.
Biopsy discussed at length; pt and son say no ("no more cuts at my age"). Ice already
stopped per renal.
Empiric: local wound care (hydrogel + foam); renal may consider STS if it progresses.
Return in 3 weeks or sooner if it spreads.
"""),
("2019-04-02", "Registry Screening Log Entry", """
GLOVCR SCREENING LOG - Site 07
Candidate 81F, HD, derm referral 2/19/19: "possible calciphylaxis L knee vs cold injury."
No biopsy (declined by pt and family). No treating-physician diagnosis recorded either way;
lesion unchanged at the 3/12 derm visit.
Pt enrolled in home hospice 03/28/2019; family declined registry contact.
Screen category: POSSIBLE - not confirmed, not excluded.
Risk factors: ESRD/HD Y; DM Y (oral agent only); insulin N; warfarin Y (past, to 2012);
BMI 23.9.
Reason not enrolled: no histology, no clinical dx by treating team, consent not obtained.
Log entry closed 04/02/2019 (coordinator M.S.).
"""),
]}

B17 = {"patient_id": "B17", "age": 69, "sex": "M", "notes": [
("2025-02-12", "Cardiac Catheterization Post-Procedure Note", """
CATH LAB POST-PROCEDURE NOTE
69M; ESRD; HD through an L arm fistula, radial access therefore avoided; NSTEMI.
Procedure 02/11/2025: LHC via L common femoral artery, 6 Fr; 2 DES to mid LAD; sheath
pulled, manual pressure 25 min.
Post: L groin 6 x 5 cm hematoma, soft, no bruit, distal pulses intact; serial Hb stable
(10.1 -> 9.8).
Not diabetic. No warfarin; DAPT aspirin + clopidogrel.
Vitals: BP 126/70  HR 68  BMI 28.7
Plan: bed rest 4 hrs, groin checks q15 min x4, HD tomorrow with minimal heparin.
"""),
("2025-03-07", "Wound Care Consult", """
WOUND CARE CONSULT
69M on HD; L groin at the cath puncture site: hematoma has resolved over the last 2 wks but
~9 days ago a firm, exquisitely tender purple area appeared in the same spot, now with 2cm of
central black eschar and a net-like violaceous border.
Pain 8/10, worse with hip flexion.
Assessment: necrotic plaque L groin - r/o calciphylaxis vs necrosis of the skin over the
old hematoma; infection less likely (afebrile, no drainage).
Plan: derm bx requested; foam dressing; avoid pressure from the hospital gown ties/brief.
"""),
("2025-03-28", "Registry Screening Log Entry", """
GLOVCR SCREENING LOG - Site 04
Candidate: 69M, HD, referred by wound care 3/2025 ("r/o calciphylaxis, L groin").
Derm visit 3/14: pt declined biopsy; derm note reads "cannot exclude calciphylaxis,
post-hematoma skin necrosis also possible."
Pt relocated out of state (daughter) 3/20; outside records requested, none
received.
Screen category: POSSIBLE (suspected only; neither confirmed nor excluded).
Risk factors: ESRD/HD Y; DM N; insulin N; warfarin N; BMI 28.7.
Kept open 90 days in case outside records arrive with a biopsy result; if none, the
entry closes as unresolved. Coordinator: B.N.
"""),
]}

B18 = {"patient_id": "B18", "age": 62, "sex": "F", "notes": [
("2017-06-05", "Nephrology Progress Note", """
NEPHROLOGY - HD unit progress note
62F; HD TTS; T2DM, NPH/regular insulin; HTN.
For 3 days, painful palpable purple spots on each lower leg - worse on shins than calves - a few
blistered; low-grade temps. Cefdinir begun 10 days ago for cystitis.
Exam: BLE - palpable purpuric papules by the dozen (2-8mm), several merging, two tiny ulcers on
the L shin. No livedo, no induration.
Labs: WBC 11.2 / ESR 68 / cCa 8.7 / PO4 5.6.
A: ?calciphylaxis - but morphology and the antibiotic point to a small-vessel vasculitis.
Plan: derm today; stop cefdinir; check C3/C4, ANCA, hepatitis serologies. BMI 29.8.
"""),
("2017-06-12", "Dermatology Clinic Note with Pathology", """
DERM CLINIC 6/12/17
Punch bx L shin (6/5): LCV involving superficial dermal venules, fibrinoid
necrosis, nuclear dust; DIF perivascular C3; no mural calcium seen;
von Kossa neg.
Dx: cutaneous small-vessel vasculitis, probably from cefdinir. Calciphylaxis ruled
out.
Purpura fading off the antibiotic; the shin ulcers are healing.
Plan: topical triamcinolone, leg elevation, no systemic steroids for now; f/u 4 wks.
Serologies: ANCA neg, C3 low-normal, hepatitis B/C neg. Renal informed that the registry
referral can be withdrawn. Pt relieved; questions answered.
"""),
("2017-07-01", "Registry Screening Log Entry", """
GLOVCR SCREENING LOG - Site 03
Candidate: 62F, HD, flagged by renal 6/5/17 "?calciphylaxis BLE."
Outcome: SCREEN FAILURE - calciphylaxis excluded on biopsy (leukocytoclastic vasculitis,
von Kossa negative, 6/12/17).
Not enrolled; no further registry follow-up.
Risk block for screening log only: ESRD Y (HD), DM Y, insulin Y, warfarin N,
BMI 29.8 -> obesity N.
Source reviewed: renal note 6/5, derm note 6/12 with path. Log closed by R.D. 7/1/17;
no contact with the patient was needed for this entry.
"""),
]}

B19 = {"patient_id": "B19", "age": 45, "sex": "M", "notes": [
("2021-08-10", "Nephrology CKD Clinic Note", """
CKD CLINIC
45M; CKD stage IV (diabetic kidney disease, eGFR 22), not yet dialyzing; T1DM from age 12,
Omnipod pump, A1c 7.6.
Family hx: older brother (HD) - calciphylaxis, died of it in 2019, was a GLOVCR subject;
pt is anxious about "getting the same thing."
Skin: legs/thighs/abdomen/buttocks checked - no plaques, purpura or ulcers; pump site
on the R abdomen clean.
BMI 24.0. No warfarin.
Plan: dialysis modality education; fistula mapping; reassured - nothing on his skin
today. Consent for the GLOVCR family-history substudy given to him to read.
"""),
("2021-09-01", "Registry Family-History Substudy Questionnaire", """
GLOVCR FAMILY-HISTORY SUBSTUDY - Q1 (relative of an index case)
Relative ID: FH-0207 (brother of index 06-0031, deceased 2019)
Q1 Self-reported kidney status: CKD 4, not on dialysis
Q2 Diabetes: Y, type 1 - insulin pump
Q3 Any painful skin lumps, dark patches or sores ever?  N
Q4 Ever told you had calciphylaxis?  N
Q5 Warfarin ever?  N
Q6 Height 180 cm, weight 77.8 kg (BMI 24.0)
Coordinator note: phone interview 09/01/2021; participant reports normal skin; no lesion
to photograph. Index case diagnosis confirmed from the brother's registry file.
"""),
]}

B20 = {"patient_id": "B20", "age": 50, "sex": "F", "notes": [
("2024-06-03", "PD Unit Registry Education Session", """
HOME PD UNIT - GLOVCR PATIENT EDUCATION (group session, 4 pts)
Attendee: 50F on CAPD since 2022, T2DM; insulin pens, which go in her anterior thighs
(L and R).
Topics covered: what calciphylaxis is; why kidney failure on dialysis sets the stage
for calciphylaxis; warning signs (very painful purple or hard patches); keep rotating
insulin sites; no heat sources (pads, bottles) on fatty areas; call about any new sore.
Pt asked whether her thighs were "damaged" - thighs inspected at her request - soft, even
colour, lesion-free.
Handout given (v3, 2024). No enrollment - not a case; education only.
"""),
("2024-09-16", "PD Clinic Note", """
PD CLINIC - quarterly
50F; ESRD from diabetic kidney disease; CAPD x4/day; Kt/V 1.9. T2DM on insulin.
No warfarin (never). HTN controlled.
Skin: full exam incl. thighs + abdomen - intact throughout; exit site fine.
No evidence of calciphylaxis.
Vitals: BP 134/80; 89.7kg; 164cm; BMI 33.3 (obese)
Labs: iPTH 310 / cCa 9.3 / PO4 5.2
Plan: continue CAPD; sevelamer; recheck PTH in 3 months; reinforced the June handout on
skin checks.
Insulin: glargine 22u + meal aspart, A1c 7.1; she still alternates thighs as taught.
RTC December, sooner for peritonitis symptoms.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
