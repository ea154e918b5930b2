"""probe170 corpus notes, B08-B14 (otolaryngology, head-and-neck and respiratory therapy, with the
nephrology, dialysis, dermatology, wound and ED notes around them; all invented)."""

B08 = {"patient_id": "B08", "age": 63, "sex": "M", "notes": [
("2016-11-10", "Radiation Oncology Head and Neck On-Treatment Visit", """
RAD ONC -- WEEKLY OTV, head & neck
Wk 3 (fx 14 of 35), 70 Gy to primary + bilateral neck, concurrent weekly cetuximab.
63M, SCC L pyriform sinus, T3N2b. ESRD on HD MWF.
S: odynophagia 6/10, thick ropey secretions, taste gone. Wt down 3 kg since sim.
PEG placed by IR on 11/3/16 in the LUQ -- using bolus feeds, 5 cans/day, tolerating.
O: Wt 58.9 kg (BMI 19.4). Mucositis grade 2 (CTCAE) soft palate/BOT. Neck skin grade 1
dermatitis. PEG site: clean, bumper snug, no leakage, no erythema.
PMH: L leg DVT 2014 (warfarin x 6 mo, completed), HTN, COPD, ex-smoker 50 pk-yr.
Meds: lidocaine/diphenhydramine/antacid rinse, oxycodone solution via tube, sevelamer
powder via tube, pantoprazole, midodrine pre-HD.
Plan: continue tx; dietitian to raise to 6 cans; SLP swallow exercises; RN to re-teach PEG
flushing; salt/soda rinses 4-6x/day.
"""),
("2017-01-12", "Hemodialysis Physician Note", """
HD UNIT -- physician note, chair 3
63M w/ ESRD, dialyzing MWF (L arm fistula). Completed chemoRT 12/2016 for hypopharyngeal SCC.
S: painful black area next to his G-tube x 10 days. Since mid-December an elastic abdominal
binder has been on day and night so he won't pull the tube out in his sleep; the binder sits
right over the sore spot.
O: pre BP 104/60 (midodrine given), UF 1.4 L. Afebrile.
Abd: LUQ, 1 cm lateral to the PEG bumper, black eschar 3.5x3 cm, ringed by tender violaceous
mottled skin in a lacy pattern. Tube intact, no purulence, no leak.
Labs: PO4 8.4 | iPTH 1230 | cCa 9.2 | alb 2.6 | WBC 6.1
A/P: necrotic lesion beside the G-tube -- r/o calciphylaxis vs tube-site infection vs pressure
necrosis. Binder loosened, then removed. Wound/derm consult. Hold calcium carbonate, start
lanthanum powder via tube. Nutrition consult (albumin 2.6).
"""),
("2017-01-25", "Wound Care Consult", """
WOUND/OSTOMY CONSULT
Biopsy (derm, 1/16/17, 2 punches from the LUQ lesion edge): arteriolar calcification, thrombi,
panniculitis -> calciphylaxis confirmed.
Impression: LUQ abdominal calciphylaxis that arose right at the G-tube insertion site,
under the abdominal binder; onset ~1/2/17.
Wound LUQ: 4.1x3.4 cm, 100% eschar, dry; periwound livedo to 3 cm. PEG bumper 1 cm away.
Pain 7/10.
Recs:
- binder stays off; split gauze under bumper changed daily
- leave stable eschar intact, skin prep to periwound, no adhesive tape on abd skin
- GI/IR: ok to keep tube in place for now
- nephrology starting STS w/ HD
Wt 57.2 kg, BMI 18.9. RTC 1 wk.
"""),
]}

B09 = {"patient_id": "B09", "age": 70, "sex": "F", "notes": [
("2018-04-17", "Otolaryngology Operative Note", """
OPERATIVE NOTE -- Otolaryngology / Facial Plastics
Pre-op dx: recurrent SCC of the vertex scalp, 3.2 cm.   Post-op dx: same.
Procedure: (1) wide local excision, vertex scalp w/ frozen-section margins; (2) split-thickness
skin graft 8 x 7 cm, 0.014 in, L anterior thigh donor, electric dermatome;
bolster dressing to graft.
Surgeon: Dr. Halloran-Pike. Anesthesia: GETA. EBL 50 mL. Fluids: 400 mL LR (renal pt).
Findings: tumor to galea, periosteum spared; all frozen margins negative.
Donor site: thrombin-soaked Telfa, then transparent film.
Specimens: scalp lesion (stitch 12 o'clock), margins x6.
Pt: 70F, ESRD -- hemodialysis TTS; DM2 on insulin; obesity (BMI 35.5), HTN.
Condition: stable to PACU. Dispo: home today, HD tomorrow as sched; bolster off POD 5.
"""),
("2018-07-23", "Hemodialysis Progress Note", """
HD PROGRESS NOTE
70F, ESRD, Tu-Th-Sa runs through a R forearm fistula, EDW 92 kg. Scalp SCC excised + grafted 4/2018, healed.
S: new painful purple lump on her R front thigh, present about 3 wks and spreading.
O: pre BP 150/76, UF 2.2 L.
R anterior mid-thigh: violaceous indurated plaque 6x5 cm, retiform edges, small central
blister, very tender.
L anterior thigh (old graft donor site): healed, hypopigmented rectangle, soft, nontender.
Labs: iPTH 760, PO4 7.1, cCa 9.9, alb 3.3
Meds: insulin glargine 30 u (into abdomen, she says), aspart w/ meals, sevelamer 1600 TID,
cinacalcet 30, atorvastatin, amlodipine. No warfarin.
A/P: c/f calciphylaxis R thigh -> urgent derm; stop calcium acetate; rpt labs Thursday.
"""),
("2018-08-06", "Dermatology Consult", """
DERMATOLOGY CONSULT
70F, hemodialysis, insulin-treated DM2, BMI 35.1.
Lesion: R anterior mid-thigh, retiform purpura 7x5.5 cm around a 2-cm necrotic central
ulcer, onset early July 2018.
Bx 7/26 (incisional, deep): small-vessel calcification of the subcutis w/ thrombi ->
calciphylaxis.
Of note: the L thigh skin-graft donor site (4/17/18) is well healed and uninvolved. She denies
any shots, heat or injury at the R thigh. Her insulin is given in the belly, which is clear.
Scalp graft: fully taken, no recurrence visible.
Dx: calciphylaxis, R thigh.
Plan: thiosulfate at dialysis, refer to wound care, palliative pain consult; RTC 2 wks.
"""),
]}

B10 = {"patient_id": "B10", "age": 76, "sex": "M", "notes": [
("2020-04-02", "Hemodialysis Progress Note", """
HD PROGRESS NOTE -- Millbrook Renal Care
76M, ESRD (HTN), HD MWF w/ L upper arm graft, COPD on home O2 3 LPM, PAD, L fem-popliteal bypass 2017.
R posterior calf calciphylaxis -- onset early March 2020, punch bx 3/20/20 confirmed (arteriolar
calcification + thrombi). Thiosulfate since 3/23, 25 g at every run.
S: pain 6/10, sleeping in recliner. No falls, no new spots.
O: BP 138/70, UF 2.0 L. SpO2 91% on 3 L.
R posterior calf: black eschar 6x4 cm, violaceous livedoid rim, no drainage.
Rest of skin intact.
Labs: alb 3.4, iPTH 480, PO4 5.9, cCa 9.0
Meds: tiotropium, fluticasone-salmeterol, sevelamer, cinacalcet 60, clopidogrel, STS. No
diabetes meds (not diabetic). Never warfarin.
Wt 81 kg, BMI 25.8.
Plan: cont STS, wound clinic q1wk, pain APAP + low-dose oxycodone.
"""),
("2020-05-11", "Emergency Department Note", """
ED NOTE
76M on HD, known R calf calciphylaxis. Fell at home 5/8: his feet tangled in the O2 tubing
by the kitchen counter, he went down backward and scraped his R posterior calf on the
concentrator's corner. Has bled through his dressing twice since.
VS: BP 126/68  HR 90  SpO2 92% 3 L  T 36.6
Exam: R posterior calf -- superficial abrasion 3 cm w/ bruising, immediately distal to the
old calciphylaxis wound (eschar 6.5x4 cm); lower edge of that wound partly lifted and oozing.
No deformity, bears weight.
XR R tib/fib: no fx. Hb 10.1, about his usual.
Tx: pressure, calcium alginate to bleeding edge, non-adherent dressing, tubular netting.
Dispo: home; wound clinic this week; home RT asked to fix tubing set-up.
"""),
("2020-06-15", "Home Respiratory Therapy Visit", """
HOME RESPIRATORY THERAPY -- safety visit after fall (5/8)
76M COPD, O2 3 LPM continuous.
Equipment: concentrator moved out of the kitchen walkway into the den corner; tubing reduced
from 50 to 30 ft; added a tubing swivel and ceiling hook guide. POC for dialysis days.
SpO2 92% on 3 L at rest, 88% after 60 ft walk -> ok'd 4 L w/ exertion per pulm order.
Pateint c/o ongoing pain at the R calf wound; wound clinic last wk measured 7 x 4.5 cm, abrasion
healed. Dressings intact today.
No new skin breakdown from cannula at ears/nares.
Education: keep tubing behind him when turning, wear shoes with backs.
Plan: RT revisit 2 mo.
"""),
]}

B11 = {"patient_id": "B11", "age": 57, "sex": "F", "notes": [
("2025-10-06", "Hemodialysis Attending Note", """
HD ATTENDING NOTE -- Quarry Hill Dialysis
57 F, ESRD (DKD), hemodialysis Mon/Wed/Fri w/ a L brachiobasilic fistula, DM1 dx age 14, obesity, OSA on CPAP.
S: since late September, the L lower belly fold has a new hard, painful area -- "it's gone purple."
Insulin: injects glargine + lispro into the triceps area, R and L arms alike, and has avoided the stomach for
years ("too much fat there, it never absorbed"). No heat, no ice, no injuries.
O: pre BP 170/88, UF 3.8 L.
L lower abdomen / pannus: 9x6 cm plaque, violaceous + indurated, stellate, retiform edge,
central dusky area, exquisitely tender. Arms: lipohypertrophy both posterior arms, no lesions.
Labs: PO4 8.0 / iPTH 1020 / cCa 10.4 / alb 3.1 / A1c 9.2
Wt 139 kg, BMI 49.2.
A/P: c/f calciphylaxis L pannus -> dermatology to biopsy this wk. Ca acetate discontinued. Sevelamer 2400
TID. Cinacalcet 60.
"""),
("2025-10-15", "Dermatology Procedure Note", """
DERMATOLOGY -- procedure note
Indication: painful stellate plaque of the L lower pannus, r/o calciphylaxis.
Consent signed; time-out done. Site prepped w/ chlorhexidine.
Procedure: 1% lidocaine w/ epi. two punches (6 mm) from the retiform margin, each to the
subcutaneous fat; 4-0 nylon. Petrolatum, gauze.
Pt tolerated well; EBL minimal.
Findings at bx: 10 x 7 cm plaque, central black eschar now 3 cm.
ADDENDUM 10/20: Path -- arterioles within the fat lobules ringed by calcium,
thrombosis, necrotic lobules (von Kossa +). Final dx: calciphylaxis.
Plan: results to nephrology; start thiosulfate on dialysis days; wound center referral; sutures out 14 d.
"""),
("2025-11-12", "Wound Care Procedure Note", """
WOUND CENTER -- procedure: sharp excisional debridement + NPWT
Dx: L lower abdominal (pannus) calciphylaxis, biopsied 10/2025, thiosulfate ongoing.
Pre: wound 11.2x8.0x1.5 cm, 60% loose eschar, 30% slough, 10% pale granulation, moderate
serous exudate without odor; periwound livedo.
Procedure: topical lido 4% x 20 min; sharp debridement w/ curette + forceps to viable,
bleeding subcutis; 80 cm2 debrided. EBL 10 mL, hemostasis w/ pressure.
Post: 11.5x8.2x2.0 cm; granulation (red) 70%.
NPWT applied: black foam, -100 mmHg continuous, drape w/ hydrocolloid frame on periwound,
tubing bridged laterally and taped to the flank skin.
Pain 5/10 after.
Plan: home health RN to change NPWT Mon/Wed/Fri; twice-weekly wound visits; pannus lifted off the wound w/
a pillow when seated.
"""),
("2026-01-20", "Sleep Medicine CPAP Follow-up", """
SLEEP MEDICINE -- CPAP f/u (RT + NP)
57F OSA (dx AHI 41), APAP 8-16 via nasal mask; also ESRD on HD, DM1, calciphylaxis of L lower
abdomen on NPWT.
Download 90 d: use >4 h on 71% of nights (was 88%), median pressure 12.3, AHI 4.0, leak ok.
Reason for drop: pain from the abdominal wound and NPWT alarms at night.
Mask: nasal cushion, no bridge redness, no marks.
VS: BP 152/80  SpO2 96% RA  Wt 136 kg  BMI 48.1
Wound per pt: smaller, "pink in the middle now," wound center changing NPWT.
Plan: add heated humidification to reduce dryness; consider auto-ramp; NPWT pump relocated to the
nightstand away from her; RTC 3 mo.
"""),
]}

B12 = {"patient_id": "B12", "age": 69, "sex": "M", "notes": [
("2021-03-08", "Hemodialysis Progress Note", """
HD PROGRESS NOTE -- Lakeshore Kidney Unit
69M, ESRD (ADPKD), HD three times weekly by R arm fistula; AF; diet-controlled DM2, OSA on CPAP.
S: since February, purple and painful patches over both buttocks, burning, can't sit long. Denies
any falls; no buttock injections; no heat or cold applied there; no hard seating. Walks to
and from the unit.
O: BP 150/84. UF 2.9 L.
Buttocks: bilateral symmetric 5-7 cm violaceous retiform plaques, L with small central eschar.
Labs: iPTH 2110 (!), PO4 7.3, cCa 10.2, alb 3.6, INR 2.4
Meds: warfarin 4 mg daily (AF), sevelamer, calcitriol, metoprolol. No insulin.
Wt 99 kg, BMI 30.2.
A/P:
- c/f calciphylaxis both buttocks -> derm bx
- warfarin -> apixaban (d/w cardiology, agreed); calcitriol stopped
- tertiary HPT, PTH >2000 on cinacalcet -> ENT / head and neck for parathyroidectomy eval
"""),
("2021-03-19", "Dermatology Consult", """
DERMATOLOGY CONSULT
69M on HD with painful bilateral buttock plaques since Feb 2021.
Exam: both buttocks -- symmetric retiform purpura 6-7 cm, central eschar L 1.5 cm, R 0.5 cm.
Bx 3/12 (L buttock, deep punch): medial calcification of subcutaneous vessels, thrombi, lobular
fat necrosis -> calciphylaxis.
Trauma hx: once more, no injury to the area per pt; no injections there.
DX: calciphylaxis, bilateral buttocks.
Counseling: were he to be hospitalized and need enoxaparin or heparin shots, use the
abdomen and keep well away from these lesions; avoid prolonged sitting on hard chairs; off-loading
cushion.
Plan: STS w/ HD (nephrology), wound care, pain mgmt. Warfarin already switched to apixaban 3/10.
RTC 2 wks.
"""),
("2021-04-05", "Head and Neck Surgery Consult - Parathyroid", """
HEAD & NECK / ENDOCRINE SURGERY CONSULT
Reason: tertiary hyperparathyroidism w/ bx-proven calciphylaxis (buttocks), PTH 2,110 despite
cinacalcet 90 mg.
PMH: ESRD on HD, AF (now apixaban, previously warfarin), DM2 diet only, OSA/CPAP.
Exam: neck supple, no palpable nodules, no prior neck scars. BMI 30.2.
Flexible laryngoscopy: bilateral TVC mobile, normal mucosa.
Imaging: 4D-CT shows four enlarged glands (R inferior biggest, 1.8 cm). Sestamibi concordant.
Plan: 3.5-gland (subtotal) parathyroidectomy, tentatively 5/2021. Discussed risks: RLN injury,
hungry bone syndrome, hypocalcemia requiring IV Ca. After surgery no ice collar on the neck,
given his calciphylaxis.
Buttock wounds to be off-loaded on the OR table (gel pads).
"""),
]}

B13 = {"patient_id": "B13", "age": 64, "sex": "F", "notes": [
("2022-09-12", "Respiratory Therapy Tracheostomy Care Note", """
RT -- TRACH CARE / OUTPT AIRWAY CLINIC
64F w/ bilateral vocal fold immobility after total thyroidectomy (2019), trach since 5/2022.
Tube: Shiley 6 cuffless, secured w/ Velcro foam trach holder around the neck. HME day, trach
collar w/ heated aerosol 28% at night. Passy-Muir valve tolerated while awake.
Stoma: clean, mild granulation at 12 o'clock, no bleeding. Split gauze changed.
Skin under ties: intact, faint pink line on both sides of neck, blanching; holder changed,
1 finger-width slack checked.
Suction: scant white secretions x2.
SpO2 97% on HME. RR 16. HR 74.
Teaching w/ husband: cleaning inner cannula, emergency trach change, spare tube at bedside.
Chart: ESRD (hemodialysis), DM2 on glipizide, HTN, obesity.
Plan: silver nitrate to granulation at next visit; RT f/u 6 wks.
"""),
("2022-10-24", "Hemodialysis Progress Note", """
HD PROGRESS NOTE
64F w/ ESRD; TTS hemodialysis, L forearm AV fistula; trach dependent (bilat VF immobility).
S: new tender dark spot on the L upper chest below the collarbone, noticed about 2 wks ago,
now throbs even when she lies still.
O: BP 144/80, UF 2.5 L. SpO2 96% on trach collar.
L infraclavicular chest: violaceous plaque 4x3 cm w/ stellate central necrosis, livedo edge.
Neck and trach holder: skin intact under the ties.
Labs: A1c 7.4, PO4 7.5, iPTH 830, cCa 9.7, alb 3.3.
Meds: glipizide 5 mg, sevelamer, cinacalcet, calcitriol, levothyroxine, Ca carbonate (post-
thyroidectomy). Endocrine says she may need insulin later; not now.
Wt 77 kg, BMI 29.7.
A/P: c/f calciphylaxis L chest wall -> derm bx. Review calcium/vit D plan w/ endocrine.
"""),
("2022-11-07", "Dermatology Consult", """
DERMATOLOGY CONSULT
64F, HD, trach, obesity (PMH), DM2.
Lesion: L upper chest, infraclavicular, ~5 cm below the lower edge of the trach holder: necrotic
plaque 4.5x3 cm, retiform purpura.
Bx 10/28 (punch, edge): calcified subcutaneous arterioles, thrombi -> calciphylaxis.
Relation to device: the trach holder and ties run around the neck above the clavicle; the
lesion lies on the chest wall below it, and the neck skin under the ties is normal. This is not
a device-related injury and not under the ties.
DX: calciphylaxis, L chest.
Plan: thiosulfate at each HD; stop calcitriol and calcium carbonate if endocrine agrees;
wound care; RTC 2 wks.
"""),
]}

B14 = {"patient_id": "B14", "age": 71, "sex": "M", "notes": [
("2017-05-22", "Home Respiratory Therapy Visit", """
HOME RESPIRATORY THERAPY -- skin/device visit
71M, COPD + ILD, O2 4 LPM via NC 24 h, ESRD (cycler PD at home), insulin-treated DM2.
Reason: sores on both ears. Tubing loops over both ears and is cinched under the chin.
Exam: superior helix / post-auricular sulcus, both ears: shallow 1 cm open areas w/ pink
wound base, no eschar -- stage 2 medical-device pressure injuries from the cannula tubing.
R forearm: steri-stripped skin tear (3 cm), bumped the door frame 5/15, healing.
Interventions: foam ear protectors on tubing, soft-cannula switched, loosened slide; daughter
taught to check ears daily.
SpO2 92% on 4 L. HR 88. RR 22.
Plan: RT revisit 2 wks; PCP/wound aware.
"""),
("2017-06-12", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
71M ESRD (DKD) on CCPD 5 x 2 L overnight, exit site L lower abd, no crust or redness.
S: painful hard areas along both inner thighs since around mid-May, getting darker,
"worse than my ears." Denies leg injury, heat, or shots in that area (insulin into the belly).
O: BP 132/76, BMI 31.0 at 97 kg. SpO2 91% 4 L.
Medial thighs, both: 5-6 cm violaceous retiform plaques, R w/ early central eschar.
Ears: healing device sores per RT. R forearm tear healing.
Labs: alb 2.9, A1c 7.9, PO4 7.2, cCa 9.8, iPTH 690
A/P: c/f calciphylaxis medial thighs -> derm bx this wk. Change Ca-based binder to sevelamer.
"""),
("2017-06-26", "Dermatology Consult", """
DERMATOLOGY CONSULT
71M on PD, home O2, DM2 on insulin, BMI 31.0 (obese).
Bx 6/14 (R medial thigh, deep punch): calcified small vessels in subcutaneous septa,
thrombi, fat necrosis -> calciphylaxis.
Exam:
- Medial thighs bilat: retiform purpura 6-7 cm each, central eschar R 2 cm, L 1 cm.
- Both ears: small superficial ulcers at the helix / post-auricular sulcus under the
  cannula tubing, clean pink base, improving -- device-related pressure injuries, not
  calciphylaxis.
- the skin tear on the R forearm: healing as expected; also not calciphylaxis.
Pt reports nothing that injured the thighs.
DX: calciphylaxis, medial thighs bilaterally.
Plan: thiosulfate IV via infusion clinic since he is on home PD; wound care, keep ear protectors, RTC 2 wks.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
