"""probe230 corpus notes, H01-H07 (endocrine and parathyroid surgery and the clinics around it; all invented)."""

H01 = {"patient_id": "H01", "age": 63, "sex": "F", "notes": [
("2023-08-22", "Endocrine Surgery New Patient Consult", """
ENDOCRINE SURGERY - NEW PATIENT
Referring: Dr. Anneliese Varga (nephrology, Tollgate Dialysis)
Reason for referral: refractory secondary hyperparathyroidism

63F with ESRD (diabetic nephropathy), dialysing since 2015 -- HD, Mon-Wed-Fri shift.
iPTH 1840 pg/mL, Ca 10.4 mg/dL, phos 7.1, alk phos 212. Cinacalcet was
pushed to 90 mg but she stopped it twice for vomiting. Sevelamer 1600 TID.
T2DM - on insulin since March 2018: glargine 28u at bedtime, lispro per scale.
All doses go in the L half of her belly only ("right-handed, it's
easier"). Never on any anticoagulant.
Bone pain in both shins, itching. No stones. No previous neck operation.
Exam: BMI 36.4. Neck supple, nothing palpable, voice clear. Abdominal skin
without lesions today.
Imp: SHPT not controlled by calcimimetic; reasonable surgical candidate.
Plan: sestamibi SPECT/CT ordered, surgeon-performed US today (equivocal),
laryngoscopy pre-op, tentative subtotal PTX in October.
"""),
("2023-09-06", "Nuclear Medicine Report", """
PARATHYROID SCINTIGRAPHY - Tc-99m SESTAMIBI, DUAL PHASE, SPECT/CT
Exam date: 09/06/2023
History: ESRD on hemodialysis; secondary hyperparathyroidism; localization
before planned surgery.
Technique: 24.6 mCi Tc-99m sestamibi IV. Planar views at 15 min and 2 h;
SPECT/CT of neck and upper chest at 2 h.
Findings: Early images show patchy thyroid uptake. Delayed images show
persistent focal tracer behind the lower pole of the left lobe, matching a
1.4x0.9cm soft-tissue nodule on the CT component. A second, smaller focus of
retention lies behind the right mid lobe (0.7 cm). No ectopic activity in the
mediastinum.
IMPRESSION:
1. Two foci in keeping with enlarged parathyroid glands, left inferior larger
than right superior.
2. Pattern favours multigland hyperplasia as expected in secondary HPT; other
glands presumably below the resolution of the study.
"""),
("2023-10-12", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT - inpatient (admitted 10/10 for pain control)
Requested by Endocrine Surgery: painful abdominal skin lesion, awaiting PTX

HPI: 63 yo F -- on HD; type 2 DM, takes insulin. About 3 weeks ago
she first noticed a burning, hard spot low on the left abdomen, a little under
and lateral to the navel; bigger and darker since. She says it is "exactly where I
do my shots" -- the L lower quadrant has been her only insulin site for years.
Exam: left lower abdominal wall -- woody, violaceous 6x4cm plaque, retiform
margin, black eschar of 1.5cm in its centre. Barely tolerates a fingertip on it.
R side of the abdomen and the thighs: clear.
A/P: Calciphylaxis, clinical diagnosis - ESRD, very high PTH and a plaque at an
insulin injection site all fit. 4mm punch biopsy from the edge today; path
asked for routine stains and von Kossa. Non-adherent dressing. No more insulin into the left abdomen;
future insulin doses: upper arms.
"""),
("2023-10-24", "Endocrine Surgery Progress Note", """
Endo surgery f/u -- inpatient, hospital day 14

Path from the derm punch (10/12) is back: subcutaneous arterioles show intimal
thickening and calcium in their walls; adjacent fat necrotic; von Kossa lights
them up.
= calciphylaxis, L lower abdomen, now biopsy confirmed.
Sodium thiosulphate 25g after every dialysis since 10/13. Pain improving, weaning
the hydromorphone PCA.
Labs today: corr Ca 10.1 / PO4 6.4 / PTH 2010.
Plan: subtotal parathyroidectomy moved up to Fri 10/27, OR booked. Consent
signed; discussed recurrent laryngeal nerve injury, hungry bone / low calcium,
persistent or recurrent HPT. Cinacalcet 30 mg as tolerated until surgery.
Derm's advice followed: insulin shots now in the arms.
Weight 97.8 kg, BMI 35.9.
"""),
]}

H02 = {"patient_id": "H02", "age": 48, "sex": "M", "notes": [
("2022-05-17", "Endocrine Surgery Pre-operative H&P", """
PRE-OP H&P -- ENDOCRINE SURGERY
Planned 6/8/22: total parathyroidectomy, transcervical thymectomy,
autotransplantation of parathyroid tissue to the R forearm.

48M with ESRD (IgA nephropathy); runs on Tu-Th-Sa;
access is a left radiocephalic fistula. On the
transplant list at Harrowgate; they want his PTH dealt with before the listing
goes active. Phosphorus 6.9 and Ca 9.8 with PTH 2460 on cinacalcet 180 mg + paricalcitol.
PMH: paroxysmal AF -- warfarin 2016 to 2020, then apixaban (hold 48 h pre-op).
No diabetes, A1c 5.2. Hypertension.
PSH: none in the neck.
Exam: Ht 178 cm, Wt 85.9 kg, BMI 27.1. Neck without masses. R forearm skin
intact; no IVs or blood draws there (arm kept for the graft).
Flexible laryngoscopy: both cords mobile.
Sestamibi 4/29: all 4 glands seen, all enlarged.
"""),
("2022-06-08", "Operative Report", """
OPERATIVE REPORT
Date: 8 June 2022
Surgeon: Mirela Dantcheva, MD. Assistant: R. Okonkwo-Hale, MD (fellow)
Pre/post-op dx: secondary hyperparathyroidism, ESRD.
Procedures: total parathyroidectomy (4 glands); bilateral cervical thymectomy;
autotransplant of minced parathyroid to the R brachioradialis.
Findings: four hyperplastic glands -- L sup 1.9 g, L inf 2.6 g, R sup 1.1 g,
R inf 2.2 g; frozen section parathyroid x4. IOPTH 2380 at baseline, 41 at 20 min.
Description: 5-cm Kocher incision, strap muscles split in the midline, glands
removed in turn. About 60 mg of the R superior gland was minced to 1-mm pieces
and placed into 4 muscle pockets in the right brachioradialis through a 3-cm
longitudinal incision on the volar R forearm; pockets closed with 4-0 Prolene
marking sutures and one Ligaclip. Skin 4-0 Monocryl, Steri-Strips, Tegaderm.
EBL 20 mL. No complications. To PACU; Ca every 6 h.
"""),
("2022-07-13", "Endocrine Surgery Post-op Clinic", """
Post-op visit, 5 wk after total PTX + R forearm autograft (6/8/22)

S: Tingling fingers and cramps for the first 10 days, settled on CaCO3 1g
TID with meals + calcitriol 1 mcg BID. NEW: pain at the R forearm
incision, "worse every day" since July 4th, when he saw a dark spot on the scar
at a family barbecue.
O: Neck incision well healed. R volar forearm: the 3-cm graft incision sits in
a dusky, firm 3x2.5cm plaque, violaceous lacy rim, 6-mm eschar centrally.
Not fluctuant, no pus.
Labs 7/11: Ca 8.4, phos 3.2, PTH 11 (graft not yet working).
A: ? calciphylaxis at the autograft incision; ddx fat necrosis or a wound
infection.
Plan: Derm saw him in clinic today and took a punch biopsy at the plaque margin.
Holding antibiotics. Return 1 wk.
"""),
("2022-07-21", "Dermatology Clinic Note", """
DERMATOLOGY -- results visit
48 y/o M on HD, total parathyroidectomy in June 2022.
Bx (13-Jul-2022), R volar forearm: dermal and subcutaneous small vessels,
medial calcium, thrombosis in some; fat necrosis nearby;
tissue stains negative for organisms.
Dx: calcific uremic arteriolopathy (calciphylaxis), confined to the
parathyroid autograft scar.
Today 3.5x3cm, eschar 1cm. Trunk and legs checked: nothing new.
Plan: sodium thiosulfate with dialysis (nephrology aware), gentle moist wound
care, no sharp debridement for now. Recheck 2 wk.
Wt 84.2 kg (BMI not recalculated).
"""),
]}

H03 = {"patient_id": "H03", "age": 57, "sex": "F", "notes": [
("2019-11-05", "Nephrology Home Dialysis Clinic", """
Nephrology / Home Dialysis Clinic

57 yo woman, CCPD since 2017 (ESRD, FSGS). Five overnight exchanges, one 2.5%.
Last month's Kt/V was 1.9. No exit-site or tunnel problems.
Mineral bone: PTH rising from 780 to 1120 over 6 months despite cinacalcet
60 mg; Ca 9.9 & P 6.2 on sevelamer; alk phos 188. Describes a deep ache in
the hips and both buttocks, worse when sitting.
DM2, no drugs, diet only; HbA1c 6.6%. Not anticoagulated.
Weight 88 kg; BMI 32.8.
Plan: cinacalcet up to 90 mg; refer to endocrine surgery (Dr. Halvorsen) for
parathyroidectomy evaluation; pelvis x-rays.
"""),
("2020-01-14", "Endocrine Surgery Consultation", """
ENDOCRINE SURGERY CONSULTATION   1/14/2020
Referred by Dr. P. Ismay, home dialysis unit.

57F, ESRD on PD; SHPT with PTH 1310 (12/30), Ca 10.2. Cinacalcet 90 mg
causing GI upset.
Ache in hips/buttocks continues. Since Thanksgiving, most evenings, she sits
for hours on an electric heating pad, the dial turned all the way up, laid across the
seat of her recliner ("three or four hours at a time").
Skin: faint reticulated brown pigment over both buttocks (probably from the
heat), skin intact, no nodules or ulceration.
Neck US in clinic: R inferior 1.6 cm hypoechoic nodule; two smaller
candidates on the L.
Imp: SHPT failing medical treatment; good operative candidate.
Plan: sestamibi SPECT/CT; subtotal PTX around March. Asked her to stop sitting
directly on the heating pad.
"""),
("2020-02-25", "Wound Care Center Consult", """
Wound Care Center -- new consult   25-Feb-2020
Sent from the PD unit. Painful sores on both buttocks; she first saw them
around Valentine's Day as hard purple patches, now open.
L buttock: 4.0x3.5cm, adherent black eschar; purpuric, retiform edge.
R buttock: 5.0x3.0cm, same appearance. Peri-wound induration. Pain 9/10.
Derm punch biopsy 2/18/20: calcifying vasculopathy in subcutaneous arterioles
(von Kossa +) = calciphylaxis.
The lesions lie where she sat on the heating pad from late November until
mid-January.
Plan: leave stable eschar, calcium alginate + foam, pressure-redistribution
cushion, STS 25g IV three times per week (nephrology), expedite PTX.
BMI 31.9.
"""),
]}

H04 = {"patient_id": "H04", "age": 66, "sex": "M", "notes": [
("2021-03-02", "Operative Note", """
Op note -- subtotal (3.5 gland) parathyroidectomy
DOS 2021-03-02. Surgeon Dr. T. Achterberg. Anesthesia GETA.
Indication: 66M, ESRD on HD, SHPT with PTH 1620 despite etelcalcetide
7.5 mg TIW.
Positioning: supine, shoulder roll, arms tucked; SCD sleeves wrapped on
both calves before induction, to be kept on for the post-op stay.
Findings: four enlarged glands, R inf biggest (3.1 g). Remnant of ~50 mg of
the L inferior gland left on its vascular pedicle and clipped.
IOPTH 1480 -> 66 at 15 min. Both recurrent nerves seen and preserved.
Closure 4-0 subcuticular, Dermabond. Minimal blood loss.
Dispo: step-down, Ca and iCa every 4 h, expect hungry bone.
"""),
("2021-03-05", "Endocrine Surgery Progress Note", """
Endo Surg progress note POD 3

Hungry bone: iCa low point 0.88 overnight with periorla tingling; Chvostek
positive. Calcium gluconate drip at 1.5 g/h aiming for iCa above 1.0; calcitriol
2 mcg BID, calcium carbonate 2 g TID. Phos 2.1, Mg 1.7 -> replaced.
HD today on a 3.5 K / 2.5 Ca bath.
Mostly in bed; compression sleeves cycling 24/7 on both calves.
DM2: sitagliptin only (never insulin). Anticoagulants: none, incl. warfarin.
Wt 118 kg, BMI 38.2.
Plan: keep the drip until iCa steady for 12 h, then wean; possible discharge
Sunday.
"""),
("2021-03-29", "Dermatology Consult", """
Dermatology, urgent outpatient add-on, 3/29/2021
66-year-old man on HD for ESRD, three and a half weeks after subtotal PTX.
HPI: Two weeks ago he noticed a painful "bruise-looking" patch behind his
right calf; it has spread, centre now black. No injury. He
points out that his calves were in inflatable compression sleeves nonstop
during the 6-day admission at the start of March.
Exam: R posterior calf -- stellate retiform purpura 7x5cm, eschar
centrally; the upper border is horizontal, at the level where the sleeve's top
edge sat. L calf normal.
Assessment: calciphylaxis -- clinical diagnosis (ESRD, retiform purpura with
necrosis, typical pain). Biopsy deferred because calf wounds heal poorly.
Plan: sodium thiosulfate at each HD; wound-care clinic; leg up; no compression.
"""),
]}

H05 = {"patient_id": "H05", "age": 71, "sex": "F", "notes": [
("2018-09-10", "Endocrine Surgery Clinic - Calcimimetic Follow-up", """
Endocrine surgery follow-up -- SHPT on cinacalcet

71 yo F on HD MWF at Brightwater Dialysis. PTH 1310 on cinacalcet 120 mg daily,
Ca 9.6, phos 5.8. She still wants to put off parathyroidectomy; we talked about
etelcalcetide at dialysis instead.
Interval history: on Labor Day she bumped her right hip hard against the corner
of her dresser -- big bruise on the lateral R hip, trochanteric area, now
yellow-green, 10x8cm, tender. Did not fall; urgent-care x-ray negative.
Meds: warfarin (AF, INR goal 2-3, dosed by the HD unit), cinacalcet,
sevelamer, midodrine.
Not diabetic.
BMI 24.6.
Plan: change cinacalcet to etelcalcetide 5 mg IV after each HD; PTH in 6 wk.
"""),
("2018-10-30", "Nephrology HD Rounding Note", """
Nephrology HD rounds -- chair 14

C/o severe new R hip pain, "like a burn", which began about two weeks
ago at the spot where the dresser bruise was; the bruise itself has faded.
Exam: R lateral hip, firm 4 cm subcutaneous nodule under violaceous livedo,
exquisitely tender; skin not broken.
Labs: PO4 6.6, Ca 9.9, PTH 1190 (etelcalcetide since 9/14).
Warfarin ongoing, INR 2.7.
Impression/plan -- worried about calciphylaxis, R hip. Urgent derm referral for biopsy.
Talk to cardiology about warfarin -> apixaban. Tighten phosphate; lower
dialysate Ca. Keep heat and ice away from the area.
"""),
("2018-11-08", "Dermatology Note", """
Dermatology -- biopsy result visit
71F on HD; warfarin until 11/1, now apixaban.
The R lateral hip lesion is now a necrotic plaque, 6x5cm, eschar black, edge
retiform and purpuric. Onset per patient Oct 16, on the spot
of a bruise from early September.
Punch bx (02 Nov 2018): small vessels with medial calcium deposits and
luminal thrombi, septal panniculitis -> calciphylaxis.
No other lesions (abdomen, thighs and breasts examined).
BMI 24.1.
Plan: STS 25g each dialysis; pain service; wound RN for hydrogel and bordered
foam; nephrology updated. Endocrine surgery asked to revisit PTX.
"""),
]}

H06 = {"patient_id": "H06", "age": 59, "sex": "M", "notes": [
("2019-05-14", "Metabolic Bone Clinic", """
Metabolic bone clinic

59M, ESRD on HD for 9 yrs; total parathyroidectomy with forearm autograft in
2016, PTH now 38 (low for a dialysis patient).
Osteoporosis: DXA 4/2019 L-spine T -3.1, femoral neck -2.8; T12 compression
fracture after a minor fall in January.
DM type 2, glargine 22 units nightly (injects the abdomen). No history of warfarin.
Discussed: bisphosphonates not suitable with ESRD. Denosumab can cause severe
hypocalcemia in dialysis patients -- calcitriol raised to 0.5 mcg daily and
calcium carbonate 1 g TID loaded for 1 week beforehand.
Today: denosumab 60 mg SC by RN, posterior L upper arm, 11:40.
BMI 29.4.
Plan: calcium checks weekly x 4 at dialysis.
"""),
("2019-06-04", "Endocrine Clinic NP Visit", """
NP visit (after denosumab)
Ca trend: 8.9 (5/21) -> 7.6 (5/28) -> 7.9 today; no symptoms apart from
cramps. Calcitriol now 1 mcg daily; dialysate Ca raised to 3.0.
New complaint: a "purple hard spot" behind his L arm since Memorial
Day, now very sore and waking him.
Exam (L posterior upper arm, the denosumab site, exactly): a
3 cm firm violaceous plaque, reticulate border, dusky centre, no drainage.
Imp: injection-site panniculitis vs calciphylaxis, r/o the latter.
Plan: derm appointment this week; no further injections into that arm.
"""),
("2019-06-18", "Dermatology", """
DERMATOLOGY  18/06/2019
Bx L posterior upper arm (7 June): subcutaneous small vessels showing calcium
rims and thrombosed lumens; diagnostic of calciphylaxis.
Today: 5x4cm, eschar 1.5cm. Rest of the
skin clear.
Comment: began 13 days after the SC denosumab into this very spot; low-turnover
bone after total PTX probably contributes.
Pain rated 8/10, nights the worst; post-dialysis gabapentin 100 mg started.
Ca today 8.4 on calcitriol 1 mcg. The next denosumab dose (due November) is on
hold until the bone team has met.
Plan: thiosulfate 25g IV during HD, analgesia, wound care; vitamin K discussed.
Wt 88.0 kg, BMI 29.1.
"""),
]}

H07 = {"patient_id": "H07", "age": 52, "sex": "F", "notes": [
("2022-02-17", "Endocrine Surgery Inpatient Progress Note", """
ENDO SURG PROGRESS   POD#3 s/p subtotal PTX (2/14/22)

Hungry bone: iCa 0.91 this AM, total Ca 7.0, phos 1.9, Mg 1.6, alk phos 690.
Ca gluconate gtt 2 g/h; calcitriol 1.5 mcg BID; calcium carbonate 2.5 g TID.
PD restarted last night (CCPD), renal following.
C/o cramps in the hamstrings, L worse than R.
VTE ppx: SC heparin 5000u q8h since the evening of 2/14, given into the
anterior thighs at her request (abdomen sore around the PD catheter).
PMH: prediabetes (A1c 6.0), no insulin. Never on warfarin.
Neck: incision c/d/i, no hematoma.
Plan: wean gtt per protcol, target iCa 1.0-1.1.
"""),
("2022-03-20", "Endocrine Surgery Post-op Clinic", """
Post-op clinic -- 5 wks after subtotal parathyroidectomy

Discharged 2/19 on Ca carbonate 2 g TID + calcitriol 1 mcg BID; Ca today 8.6.
Hamstring cramps kept on at home -- since 24.02.2022 she has iced the back of
the L thigh, frozen gel pack, many times daily.
Ten days ago a hard, very tender patch appeared right under where she ices.
Exam: L posterolateral thigh, 8x6cm indurated plaque with a livedo racemosa
border and a 3 cm dusky necrotic centre. Anterior thighs: no lesions.
Imp: concern for calciphylaxis (PD, recent PTX, bone turnover now low) vs cold
panniculitis.
Plan: incisional biopsy with derm on 3/22; stop the ice. BMI 33.5.
"""),
("2022-03-29", "Dermatology Clinic", """
Derm -- path review

Incisional bx L posterior thigh 3/22/22: subcutaneous arterioles heavily
calcified, some thrombosed, with fat necrosis. Final: calciphylaxis (not
cold panniculitis).
The lesion is where she held the gel ice pack; the thighs were also where her
post-op SC heparin went. Both probably acted as local triggers.
Today 9 x 7 cm, eschar forming. No other sites.
Plan: STS through nephrology (IV at PD clinic visits -- to arrange), pain
control, wound RN weekly. Warm or cold compresses not advised.
"""),
]}

PATIENTS = [H01, H02, H03, H04, H05, H06, H07]
