"""probe206 corpus notes, B08-B14 (calciphylaxis registry CRFs, abstraction and the clinic notes
around them; every person, place and sentence invented)."""

B08 = {"patient_id": "B08", "age": 66, "sex": "M", "notes": [
("2023-10-02", "Dialysis Unit Annual Review", """
DIALYSIS UNIT ANNUAL REVIEW (RN / NP)   Westgate Renal Care
66M; ESRD (hypertensive nephrosclerosis); in-center HD from 2017, R upper arm AVG.
Annual TB screen: Mantoux, PPD 5TU/0.1mL, intradermal, L volar forearm,
today 10/02/2023, lot # on MAR; read due 10/04-10/05.
Influenza vaccine given IM R deltoid today.
Hep B surface Ab titer drawn, pending. Skin survey head to toe: no wounds, no rash.
Vitals pre-HD: 150/82, HR 70, wt 88.9 kg, BMI 29.9 (overweight).
Meds: apixaban 2.5mg bid (off warfarin since 2019 - INRs all over the place),
calcitriol, calcium acetate.
No diabetes. Code status: full; AD scanned.
"""),
("2023-10-27", "Dermatology Consult", """
DERM CONSULT - 10/27/23
66M on HD with an exquisitely tender lesion L forearm. Per pt, on 10/20/23 the spot "where
they did the TB test" turned purple and hard; now a 2.5 cm stellate eschar with a livedoid rim
on the L volar mid-forearm. PPD read as negative on 10/04 (0 mm induration).
No other lesions; R arm graft site unremarkable.
Labs 10/23: iPTH 1510 / cCa 10.4 / PO4 7.9.
Bx: 4 mm from the rim, sent.
Differential: calciphylaxis vs septic embolus vs ulcerated tuberculin reaction (unlikely
with a negative read).
Addendum 11/02: path - small dermal + subcutaneous vessels calcified and
thrombosed = calciphylaxis. Renal and pt informed; STS to begin with HD.
"""),
("2023-11-15", "Registry Data Query and Site Response", """
GLOVCR QUERY 05-0230-Q1   (raised 11/09/2023 by central, A.V.)
Form A lists lesion L forearm, onset 10/20/2023, prior trauma = "intradermal injection
(Mantoux)". Please confirm which arm the PPD went into and the placement date, from source.
SITE RESPONSE 11/15/2023 (coordinator B.N.):
HD annual review of 10/02/2023 documents the PPD placed intradermally in the L volar forearm
that day. Derm (10/27) describes the lesion at that same spot. Attending nephrologist
co-signed: "the calciphylaxis lesion developed at the PPD site."
Flu vaccine was given R deltoid - no lesion on that side.
Confirmed: trauma type injection (agent: other - tuberculin), start 10/02/2023.
Warfarin ever: Y (stopped 2019). BMI 29.9, obesity N.
Query closed.
"""),
]}

B09 = {"patient_id": "B09", "age": 60, "sex": "M", "notes": [
("2022-03-08", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
60M; ESRD, HD MWF from 2018. T2DM: insulin stopped 2019 (recurrent hypos on dialysis
days); diet only now, A1c 6.4. Warfarin: never.
New: a hard, sore area, R side of trunk, "above my belt on the right," x 2 weeks.
Chronic L flank pain (old rib fracture) - an electric heating pad lies on the L flank
all night, every night, since last winter. He says it never goes on the right.
Exam: R flank - 5x4cm violaceous, indurated, retiform-edged plaque; very tender. L flank:
faint reticulate brown erythema (erythema ab igne) only - soft, intact.
BP 144/86; 110kg; BMI 34.0.
A/P: R flank plaque - suspicious for calciphylaxis. Derm referral this week; advised a lower
heat setting on the L side.
"""),
("2022-03-22", "Dermatology Clinic Note", """
DERM - 3/22/22
Bx R flank (3/10/22) confirms calciphylaxis: the subcutaneous arterioles are calcified, with
thrombi; fat necrotic.
Lesion R flank has a central eschar now, 1.5cm. Trunk and legs otherwise clear.
Exposure review: heating pad used ONLY on the L flank (erythema ab igne there, nothing
more). Nothing injected in the flank, no belts or braces, no injury.
Impression: biopsy-proven calciphylaxis, R flank; the heat exposure is contralateral and not
at the lesion.
Plan: STS IV with every run (3/wk); calcitriol off; hydrocolloid dressing; pain per renal.
"""),
("2022-04-14", "Registry CRF - Form A (Enrollment)", """
GLOVCR FORM A    Subj 03-0071    Abstractor: P.G.
Dx date ............ 03/10/2022 (histology)
Lesion site ........ R flank (single)
Onset .............. ~02/22/2022 (nephrology 3/8: "x 2 weeks")
Prior trauma at lesion site: N
  - heating pad nightly since winter 2021-22, L flank only (contralateral) -> not entered
    as lesion-site trauma
ESRD Y / HD
DM Y (diet-controlled; insulin discontinued 2019)     Current insulin: N
Warfarin: N
BMI 34.0 -> obese Y
Source packet: renal clinic 3/8/22, derm 3/22/22, path 3/10/22. Consent signed by pt at
the derm visit; photo of lesion uploaded (scale ruler in frame). Form C due July 2022.
"""),
]}

B10 = {"patient_id": "B10", "age": 52, "sex": "F", "notes": [
("2023-05-16", "Hospital Discharge Summary", """
DISCHARGE SUMMARY    Adm 05/09/2023    D/c 05/16/2023
Principal dx: L femoral-popliteal DVT. Comorbid: ESRD on CAPD.
Course: enoxaparin SC once daily, renally dosed, from 05/09, injected by nursing into the
periumbilical abdomen, rotating; warfarin started 5/10, INR 2.3 on 5/15 so enoxaparin
stopped. PD continued by the home-dialysis RN; no peritonitis.
Skin at d/c: scattered small injection bruises around the umbilicus, otherwise intact.
Other: no diabetes, A1c 5.4. 165cm, 81.7kg, so BMI 30.0.
D/c meds: warfarin 5mg qd (target INR 2-3), sevelamer, calcium carbonate with meals.
F/u: anticoagulation clinic 5/19, PD clinic 6/1.
"""),
("2023-06-20", "Dermatology Consult", """
DERM CONSULT 6/20/23
52F PD pt on warfarin since May. Since June 2 a painful firm purple plaque on the L flank,
halfway down from the 12th rib toward the iliac crest, on the posterior axillary
line; measures 6x5cm today, stellate dusky centre.
She asks whether it came from the "belly shots" in hospital - those were given around the
navel; the bruises there have faded and that skin is normal. The lesion is well lateral, on
the flank proper, not the abdominal wall.
Bx 6 mm L flank - prelim: calcified small vessels, thrombi -> calciphylaxis.
A/P: calciphylaxis, L flank, on warfarin. Warfarin -> apixaban (agreed w/ renal). STS IP.
"""),
("2023-07-12", "Registry CRF - Form A (Enrollment)", """
GLOVCR FORM A  -  Subj 09-0016  -  Abstr: L.W.
Dx: 06/20/2023 (histology, final sign-out 6/23)
Lesion sites: L flank
Onset: 06/02/2023
Prior trauma at lesion site: N
   enoxaparin SC 5/9-5/15/23 into the periumbilical abdomen (different region), not at
   the lesion
ESRD: Y, PD (CAPD since 2021)
DM: N     Insulin: N
Warfarin: Y (5/2023 - 6/2023, now apixaban)
BMI 30.0 -> obesity Y by registry rule (>= 30)
Coordinator note: pt asked again about the shots; explained the plaque lies on the side
of the trunk, away from the injection area.
"""),
]}

B11 = {"patient_id": "B11", "age": 72, "sex": "M", "notes": [
("2022-05-24", "Wound Clinic New Patient Note", """
WOUND CLINIC - new
72M; HD T-Th-S; T2DM, degludec/aspart insulin; PAD, R SFA stented 2020.
Painful ulcer R lateral calf since May 9, began as a purple blotch. No injury to the leg by his
account, no bumps, no heat.
Exam: R lateral calf, mid: ulcer 2.8x2.0cm, black eschar, violaceous net-like border,
pain 8/10. R DP faint; ABI noncompressible; TBI 0.5.
Assessment: r/o calciphylaxis vs arterial ulcer.
Plan: biopsy by derm; dry dressing; no compression; vascular surgery to review perfusion.
BMI 26.3 (ht 178 cm, wt 83.3 kg).
"""),
("2022-06-03", "Dermatology Procedure Note", """
DERM PROCEDURE NOTE 6/3/22  (+ pathology addendum)
Indication: ulcer R lateral calf, question of calciphylaxis.
Procedure: consent signed; plain lidocaine 1%; 6mm punch of the R lateral calf lesion,
at its margin, down into fat; 2 x 4-0 nylon sutures; hemostasis achieved.
Tolerated well.
Clinical: lesion unchanged in size since wound clinic visit; no new lesions.
Path addendum (6/6): small subcutaneous vessels calcified + thrombosed, fat
necrosis - consistent with calciphylaxis.
Plan: STS with HD; sharp debridement deferred; sutures out 2 wks; told to protect the leg
from knocks.
"""),
("2022-06-29", "Emergency Department Note", """
ED NOTE 6/29/22
72M slipped in his bathroom on 06/27, stepping from the shower, and hit the R leg on the
tub edge. Presents today for bleeding through the calf dressing.
Exam: R anterior shin: 4 cm linear abrasion. R lateral calf: known calciphylaxis ulcer under
dressing, edges intact, slight ooze; new 3 cm bruise just distal to the ulcer.
Vitals: BP 132/74  HR 78  T 36.7
XR R tibia/fibula - no fx.
Plan: dressing changed, abrasion cleaned and covered, wound clinic f/u this week; fall-risk
referral to PT.
"""),
("2022-07-15", "Registry CRF - Form A (Enrollment)", """
GLOVCR FORM A   Subj 03-0084   Abstr P.G.
Dx: 06/06/2022 histology
Site: R lower leg, lateral calf
Onset: 05/09/2022
Prior trauma at site BEFORE onset: N (pt denied injury at wound clinic 5/24)
  - fall 06/27/2022 with R shin abrasion + bruise near the ulcer = AFTER onset -> not
    entered (GLOVCR rule 4.2)
  - biopsy 6/3 = diagnostic procedure on the lesion -> not entered
ESRD Y, HD.  DM Y, insulin Y.  Warfarin N.  BMI 26.3.
Note to central: coding follows the timeline in the source, not the ED narrative order.
Photos 6/3 and 7/12 uploaded; ulcer 3.1x2.2cm at last measure.
"""),
]}

B12 = {"patient_id": "B12", "age": 59, "sex": "F", "notes": [
("2018-04-24", "Dermatology Inpatient Consult", """
DERM INPT CONSULT
59F; HD; insulin-treated T2DM; class III obesity (BMI 45.2), large pannus.
Since around Easter: firm purple areas, exquisitely painful, lower pannus L and R,
black crust on them now.
Injection hx: insulin always goes in the posterior upper arms ("can't reach
under my belly") since starting insulin in 2015 - never the abdomen. Heat, ice, injury
all denied. No warfarin ever.
Exam: inferior pannus, bilateral: 3 plaques (largest 9 x 6 cm on the L) with central eschar
and retiform purpura. Upper arms: soft, no lesions.
Imp: calciphylaxis, pannus - clinical diagnosis; confirmatory punch bx today.
Plan: STS IV on her HD days; wound consult; pain team.
"""),
("2018-05-15", "Wound Care RN Note", """
WOUND CARE RN NOTE
Path from 4/24 punch: calciphylaxis.
Pannus wounds: L 9.5x6cm, 70% eschar; R 4x3cm and 2x2cm.
Sharp bedside debridement of the L wound by Dr. Ruiz (surgery) 5/14, to bleeding tissue.
Today: NPWT applied to the L wound at -125 mmHg, drape secured with paper tape on intact
skin; R wounds dressed with Hydrofera Blue + silicone foam. Cool gel packs over the dressings
at night per pt request for pain (wrapped, 15 min).
Pain 6/10 after dressing change. Prealbumin 12.
Plan: NPWT change MWF at the HD unit; nutrition consult placed.
"""),
("2018-06-20", "Registry CRF - Form A (Enrollment)", """
GLOVCR FORM A    Subj 04-0061    Abstractor: K.L.M.
Dx ............. 04/24/2018 bx, histology positive
Sites .......... abdomen / pannus (bilateral, inferior)
Onset .......... ~04/01/2018 (Easter, per pt)
Prior trauma at lesion site before onset: N
  - insulin SC: upper arms only (no lesions there)
  - punch bx, debridement, NPWT, tape, gel packs = care of the existing lesion, after onset,
    excluded
ESRD Y / HD.    DM Y / insulin Y.    Warfarin never.
BMI 44.7 (6/18/18 dry wt)
Abstractor comment: arm injection sites examined by derm 4/24 and documented as clear.
Second reviewer to confirm exclusion of wound-care items before lock.
"""),
]}

B13 = {"patient_id": "B13", "age": 64, "sex": "M", "notes": [
("2019-11-04", "Dermatology Consult", """
DERM CONSULT
64M, kidneys normal (creat 0.9, eGFR > 90), not diabetic, never dialyzed. Warfarin
from 2017 onward for recurrent PE. Obesity, BMI 36.4. Alcohol-related liver disease,
albumin 2.6.
Painful purple-black plaque R posterior calf, began ~3 weeks ago.
He denies trauma, bumps, insect bites, injections, heat or ice on that leg; wears
loose socks, no braces.
Exam: R posterior calf - 7x5cm retiform purpura, necrotic centre; L leg clear.
Leading dx non-uremic calciphylaxis; also weighing cholesterol emboli and
warfarin-induced skin necrosis.
Plan: deep incisional bx today; INR, protein C/S, cryoglobulins.
"""),
("2019-11-12", "Dermatology Follow-up", """
DERM F/U 11/12/19
Incisional bx (11/4): small-vessel calcification in subcutaneous fat with thrombosis and
septal calcium - diagnostic of non-uremic calciphylaxis; no cholesterol clefts.
Warfarin to be stopped. Hematology suggests bridging with enoxaparin SC shots starting next
week (would go into the abdomen); we asked them to consider apixaban instead to avoid
injections.
Counselled: nothing hot or icy on his legs; no tight bandages.
Same size as last week; nothing new elsewhere. Biopsy site healing.
Wound care: alginate packed under bordered foam, changed daily; leg elevated when seated.
Registry referral made (non-uremic arm). RTC 3 weeks.
"""),
("2019-12-10", "Registry CRF - Form A (Non-uremic Arm)", """
GLOVCR FORM A - non-uremic arm - Subj 12-0009 - Abstr: D.H.
Dx: 11/04/2019 histology (non-uremic calciphylaxis)
Lesion: R lower leg (posterior calf); onset ~10/14/2019 (derm 11/4: "~3 weeks ago")
Prior skin trauma at lesion site: N - all trauma explicitly denied by pt
Enoxaparin: planned, NOT given (switched straight to apixaban 11/15)
ESRD N; dialysis none (eGFR > 90)
DM N      Insulin N
Warfarin: Y (2017 - 11/2019)
BMI 36.4; obesity Y
Source: derm 11/4 and 11/12, path 11/6. Labs at dx: creat 0.9, albumin 2.6, INR 3.4.
Consent by phone, paper copy mailed and returned 12/6/19.
"""),
]}

B14 = {"patient_id": "B14", "age": 70, "sex": "F", "notes": [
("2024-01-18", "Renal Inpatient Progress Note", """
RENAL PROGRESS NOTE  hospital day 3
70F on CCPD, AF on warfarin (held, INR 4.8 on adm), admitted for PD-related
peritonitis, better on intraperitoneal vanc + ceftaz. SC heparin 5000 u q8h for VTE ppx
since admission 1/15, into the abdomen.
Skin: several 1-2 cm purple ecchymoses on the lower abdomen at heparin injection spots.
Separately, L lateral thigh has a 3 x 4 cm blister on a red base - at home pt kept a
hot-water bottle resting on that thigh for knee pain the week before admission.
Also both breasts, lower inner quadrants: firm, very tender violaceous plaques with livedo,
present since Christmas per daughter.
Prediabetes: A1c 6.0, untreated. BMI 37.9.
Plan: derm consult for the breast lesions; burn care to thigh.
"""),
("2024-01-19", "Dermatology Consult", """
DERM CONSULT
Breasts: indurated plaques inferomedially on both sides, retiform purpura;
R side has a small central eschar; punch bx R breast today.
L lateral thigh: ruptured bulla on an erythematous base, clean pink base, no purpura, no
livedo - second-degree thermal burn (hot water bottle); not calciphylaxis.
Abdomen: injection-site ecchymoses from SC heparin, soft, no induration - benign bruising,
not calciphylaxis.
Impression: breast calciphylaxis favored; awaiting histology.
Plan: petrolatum gauze + nonadherent pad to the thigh burn, change daily; breast plaques:
foam dressing, pain control; renal to review binder and PTH.
"""),
("2024-02-20", "Registry CRF - Form A (Enrollment)", """
GLOVCR FORM A    Subj 09-0027    Abstr L.W.
Dx: 01/22/2024 histology (R breast punch 1/19) - calciphylaxis
Sites: breast, bilateral (inferomedial)
Onset: 12/25/2023 (Christmas, per daughter)
Prior trauma at lesion site: N
  Other skin findings at trauma sites (NOT calciphylaxis per derm): L thigh burn (hot
  water bottle); abdominal heparin ecchymoses.
ESRD Y / PD.   DM N (prediabetes).   Insulin N.
Warfarin Y (held, switched to apixaban 1/2024).
BMI 37.9.
Abstractor comment: the thigh blister and abdominal bruises were photographed by derm;
kept out of lesion counts. Breast plaques: 2 on R, 1 on L. Form C due 5/2024.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
