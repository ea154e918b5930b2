"""probe141 corpus notes, C08-C14 (pain medicine, anaesthesia and the clinics around them; all invented)."""

C08 = {"patient_id": "C08", "age": 77, "sex": "M", "notes": [
("2026-02-03", "Inpatient Palliative Care and Pain Consult", """
INPATIENT PALLIATIVE CARE & PAIN SERVICE - INITIAL CONSULT
Date: 02/03/2026        Ward 6 East, bed 12

77M w/ metastatic castration-resistant prostate ca (diffuse bone mets), ESRD dialyzed TTS
(R internal jugular tunneled line), AF (warfarin stopped 2024 after a GI bleed; no
anticoagulant now). No diabetes. Poor oral intake, cannot swallow tablets reliably since
last wk.
Pain: ribs, pelvis, L femur, 8/10, aching + episodic stabbing w/ turns. Has been taking oral
hydromorphone 2 mg up to five times a day - useless now that he can't swallow.
Exam: cachectic, oriented, grimaces w/ repositioning. Skin intact, no pressure areas.
Weight 70 kg; BMI 24.0

Recommendations:
1. Subcutaneous hydromorphone by CADD infusion, 0.3 mg/h basal + 0.3 mg demand q30min.
   24G SC butterfly placed today by this writer into the R lateral upper arm (L arm
   spared for a possible future fistula per nephrology). Site checks q shift.
2. Stop PO hydromorphone. Senna-docusate via NG if tolerated.
3. Goals of care meeting w/ daughter tomorrow 10:00.
"""),
("2026-02-18", "Nephrology Inpatient HD Note", """
NEPHROLOGY - INPATIENT HD NOTE            2/18/26

S: RN noted a tender purplish area on his R upper arm, first seen yesterday, around
the SC hydromorphone butterfly (in place since 2/3). Pt grimaces when the arm is touched.
O: BP 104/60 on HD, UF 1.5 L. R lateral upper arm: firm violaceous plaque 4x3 cm
centered on the butterfly insertion, livedoid rim, tiny dusky center, no pus or streaking.
Labs: PTH 760, phosphate 8.4 (!), Ca 9.3, albumin 2.4
A: ?calciphylaxis at the SC infusion site vs infusion-site reaction. Very high-risk
background (ESRD, hyperphosphatemia, hypoalbuminemia, prior warfarin).
P: butterfly resited today to the L infraclavicular chest wall. Derm consult. Sevelamer
via NG; stop calcium acetate. Will discuss STS with palliative team (goals first).
"""),
("2026-02-24", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT            24-Feb-2026

Asked to see R arm lesion. 77M, ESRD on HD, metastatic prostate ca, comfort-focused care.
Exam: R lateral upper arm, 6x4.5 cm star-shaped retiform purpura, black eschar 2 cm in
the middle, indurated, very tender; the old butterfly puncture mark sits in its middle.
New chest infusion site clean. No other skin lesions.

Assessment: calciphylaxis, R upper arm, diagnosed clinically; it arose at the SC
hydromorphone infusion site (butterfly 2/3/26, onset 2/17/26). Biopsy deferred per goals of
care after discussion with pt and daughter; the clinical picture is unequivocal.
Plan: non-adherent silicone dressing, no tape on skin; keep the infusion far from the arm;
palliative team to decide re: STS. Signing off - page derm resident on call if needed.
"""),
]}

C09 = {"patient_id": "C09", "age": 49, "sex": "M", "notes": [
("2017-03-14", "Pain Clinic Procedure Note", """
PAIN CLINIC - PROCEDURE                 Date 3/14/2017
Procedure: ultrasound-guided R lateral femoral cutaneous nerve block

49M with R meralgia paresthetica x 6 mo (wears a heavy tool belt at work, recent weight
gain). Hemodialysis MWF for ESRD since 2015; DM2 - NPH BID, injected in the abdomen;
HTN. No blood thinners, never on warfarin.
BMI 38.7, obese. Pre-procedure glucose 164, BP 150/92.

Prep: R anterolateral thigh below the ASIS, CHG, sterile probe cover. LFCN identified
superficial to sartorius; 25G 38 mm needle in-plane; 5 mL bupivacaine 0.25% +
dexamethasone 4 mg after negative aspiration. Bandage. No complications.
Post: R anterolateral thigh numb, burning pain 7 -> 2/10.
Plan: loosen / shift the tool belt; f/u 4 wks; repeat block only if >50% relief lasted.
"""),
("2017-05-09", "Nephrology HD Unit Monthly Note", """
NEPHROLOGY - HD UNIT MONTHLY         05/09/17

49M on HD MWF via L radiocephalic AVF.
S: 2 wks of painful lumps on the inner L thigh, first noticed late April; one is turning
dark. R-sided meralgia much better since the block in March.
O: L medial thigh: three firm, tender subcutaneous nodules (1 to 2.5 cm) set in a net of
violaceous livedo; the largest w/ a dusky centre. R thigh skin normal.
Labs: PTH 1020 / P 7.7 / Ca 10.1 / alb 3.5 (product 78)
Wt 121 kg, BMI 38.2
A/P: L medial thigh nodules with livedo - ?calciphylaxis.
- Derm for biopsy.
- Stop calcitriol; calcium acetate -> lanthanum 1000 TID; cinacalcet 60.
- Pain: acetaminophen, gabapentin 100 post-HD.
"""),
("2017-05-23", "Dermatology Consult", """
DERMATOLOGY                      23-May-2017

Bx L medial thigh (5/12/17): mural calcification of tiny hypodermal vessels,
thrombi, lobular fat necrosis; calcium stain (von Kossa) + -> calciphylaxis.
Exam: L medial thigh necrotic plaque 4x3 cm with eschar and two satellite nodules.
R anterolateral thigh (where the nerve block was done in March): normal skin, no
induration, no livedo. Abdomen (insulin sites): unremarkable.
A: calciphylaxis, L medial thigh. No lesions on the right side.
P: thiosulfate 25 g during each dialysis (ordered w/ nephrology). Wound care: hydrocolloid
not advised; foam dressing, keep eschar dry. Pain clinic f/u. RTC 2 wks.
"""),
]}

C10 = {"patient_id": "C10", "age": 68, "sex": "F", "notes": [
("2020-09-22", "Nephrology Office Visit", """
NEPHROLOGY OFFICE VISIT               9/22/2020

68F, ESRD on hemodialysis (TTS, 3rd shift); atrial fibrillation on warfarin; HTN; tertiary
hyperparathyroidism. No diabetes.
Wound: painful ulcer, back of the L calf, present since Labor Day and enlarging. Derm punch bx
9/18: calciphylaxis (calcified subcutaneous arterioles, thrombi).
Exam: L posterior calf ulcer 4x3.5 cm, black eschar, violaceous indurated rim, livedo
up to the popliteal fossa. R leg clear.
Labs: PTH 1850 (rising on cinacalcet 90) | Ca 10.6 | Phos 6.4 | Alb 3.6
BMI 30.0 - class I obesity

Plan:
- Thiosulfate 25 g IV at each HD session.
- Stop Coumadin; apixaban at the renal dose (2.5 mg bid) - cardiology agrees.
- Refer to endocrine surgery for subtotal parathyroidectomy (PTH refractory).
- Wound clinic weekly.
"""),
("2020-10-13", "Pre-Anesthesia Evaluation", """
PRE-ANESTHESIA EVALUATION                2020-10-13
Planned: subtotal parathyroidectomy (3.5 glands), GA/ETT, 10/20/2020

68 yo F, dialysis-dependent (Tu/Th/Sa, R forearm AVF) - HD the day before surgery, K check
on DOS.
PMH: tertiary HPT; calciphylaxis L calf (bx-proven Sept 2020, on STS); AF (warfarin until
9/2020, now apixaban - hold 72 h pre-op given ESRD); HTN; OSA, not on CPAP. No DM.
ROS: L calf pain 6/10, hydromorphone 1 mg prn.
Airway: Mallampati III, TMD 3 FB, neck ROM full, upper partial denture.
Vitals: BP 146/78, HR 76 irreg, SpO2 96%. 84.6 kg, 168 cm -> BMI 30.0
Labs: Hgb 10.4, K 4.9, INR 1.2. ECG: AF, rate 78. TTE 2019: EF 55%.
ASA IV. Apfel 3.
Plan: GA/ETT; NIBP on the L arm (protect R AVF); pad heels; mechanical DVT prophylaxis on
the RLE only - no SCD sleeve on the L leg because of the calf wound. Dex/ondansetron.
"""),
("2020-10-20", "PACU Note", """
PACU NOTE                     10/20/20  14:10

s/p subtotal parathyroidectomy, GA/ETT, 3.5 h, EBL 20 mL. Transverse neck incision with skin
glue, no hematoma, voice normal.
Arrival: SpO2 95% on 2 L, BP 152/80, HR 82 AF, T 36.1.
Issue: SCD sleeves were put on both calves in the OR (not per the pre-op plan). When the L
sleeve came off it had been lying over the calciphylaxis ulcer dressing: new blanching
erythema around the margin of the calf wound, dressing intact, no new skin break. L sleeve
left off; wound RN consulted. R SCD continued.
Labs: iCa 1.08 at 1 h -> calcium gluconate per protocol; PTH at 1 h 88.
Pain 5/10 neck and L calf; hydromorphone 0.2 mg IV x1.
Aldrete 9. To step-down for calcium monitoring (hungry bone risk).
"""),
]}

C11 = {"patient_id": "C11", "age": 72, "sex": "M", "notes": [
("2016-11-29", "Dermatology Consult", """
DERMATOLOGY CONSULT                 11/29/2016

72M, ESRD on HD (MWF, chair 6), DM2 on insulin pens into both upper arms, CHF, BMI 35.1.
Hx: painful black area behind the L thigh since early November, enlarging; at first a
"bruise" per pt that never faded. No known injury. Not on warfarin, never was.
Exam: L posterior thigh necrotic plaque 9x6 cm, thick black eschar, retiform purpura
around the margin, indurated. Upper arms: injection sites normal.
Procedure: 6 mm punch bx at the active border under 1% lidocaine; one suture.
A: retiform purpura + eschar, L posterior thigh - calciphylaxis suspected; vasculitis and
cholesterol emboli in the differential.
P: await path; nephrology to optimize Ca/Phos; wound care.
"""),
("2016-12-06", "Nephrology HD Rounding Note", """
HD ROUNDS                       12/6/16

Path from the 11/29 L thigh bx: calciphylaxis confirmed (medial calcification, thrombi,
panniculitis).
First dose of sodium thiosulfate 25 g given on the machine today, to continue every run.
PhosLo discontinued in favour of sevelamer 1600 with meals.
Labs: PTH 690, phos 7.0, Ca 9.5, alb 2.8.
Wound: L posterior thigh eschar 9x6.5 cm, new foul odor, 2 cm periwound erythema.
Surgery consulted for excisional debridement; derm and plastics agree.
Insulin: glargine 24 u (upper arms, pt rotates L/R), lispro with meals.
BMI 35.1. Afebrile, WBC 11.2.
"""),
("2016-12-20", "Pre-Anesthesia Assessment", """
PRE-ANESTHESIA ASSESSMENT                2016-12-20
Procedure (booked 12/22): wide debridement, calciphylaxis wound of the L posterior thigh,
possible NPWT. Position: R lateral decubitus.

72 yo M, ESRD, dialyzes MWF using a L arm fistula (dialyze 12/21, K on DOS), DM2 on
insulin (50% basal the night before), HFrEF EF 35%, CAD s/p CABG 2012, OSA on CPAP. No
anticoagulants.
Airway: Mallampati II, full dentures, neck extension OK.
Vitals: BP 138/70, HR 68, SpO2 95% RA. Wt 108 kg / BMI 35.1 (obese)
Labs: Hgb 9.6, K 5.1, glucose 176, albumin 2.7
ASA IV.
Plan: GA with LMA (ETT if prone needed); US-guided L subgluteal sciatic block pre-op for
analgesia (limit opioid accumulation in ESRD); continue STS; cefazolin; glucose q1h.
"""),
("2016-12-22", "PACU Recovery Note", """
PACU RECOVERY NOTE                 12/22/2016

s/p excisional debridement, L posterior thigh: debrided to fascia, leaving an
11x8 cm defect; NPWT applied at -125 mmHg; tissue to path. GA/LMA, R lateral decubitus,
70 min.
Block: L subgluteal sciatic block pre-op in the block room, 20 mL ropivacaine 0.375%,
uneventful.
Arrival: awake, SpO2 97% on 3 L, BP 128/64, HR 70, T 36.3.
Pain 2/10, no opioid needed in PACU. Glucose 154.
NPWT sealed, minimal sanguineous output. Heels offloaded.
Aldrete 10. Back to ward; HD tomorrow as scheduled; wound care to change NPWT Mon/Thu.
"""),
]}

C12 = {"patient_id": "C12", "age": 57, "sex": "F", "notes": [
("2024-05-14", "Dermatology Clinic Note", """
DERMATOLOGY                       May 14 2024

57F, ESRD, on the cycler (CCPD) since 2021; DM2 managed with linagliptin, has never used
insulin; HTN. Not on warfarin.
Hx: painful purple "bruises" on both buttocks since March 2024, now with black crusts. She
says there were no falls, no shots, no hot or cold packs and no tight clothing; she does not
sit for long (works standing as a cashier).
Exam: both buttocks, upper inner quadrants: symmetric stellate retiform purpura with
central eschar (left 5x4 cm, right 4x3 cm), rimmed by livedo.
Punch bx R buttock (done 4/30, prior visit): vessel calcification with thrombi; von Kossa +.
A: biopsy-proven calciphylaxis of both buttocks. No trauma history.
P: nephrology for STS; wound care; pain medicine referral.
BMI 31.0
"""),
("2024-06-04", "Pain Medicine Consult", """
PAIN MEDICINE CONSULT                06/04/2024
Ref: dermatology. 57F on CCPD; calciphylaxis of both buttocks, proven on biopsy.

Pain 9/10 burning, cannot sit, sleeping prone.
Meds: oxycodone 5 mg q6h prn (PCP), acetaminophen, gabapentin 100 mg qhs.
Asked again: no injections into, trauma to or heat on the buttocks, ever.
Exam: lesions now L 5.5x4 cm, R 4.5x3 cm, dry eschar, no cellulitis.

Discussion / plan:
- A caudal epidural steroid injection was considered and is NOT offered (needle path too
  close to the wounds).
- Oxycodone -> buprenorphine 5 mcg/h transdermal, apply to upper chest or upper back only.
- Gabapentin to 100 mg BID (PD dosing).
- She asked about a heating pad for comfort; I told her no heat and no ice on the buttocks.
- If pain is still uncontrolled in 4 wks, could consider a ketamine infusion admission.
Obese, BMI 31.
"""),
("2024-07-16", "PD Clinic Note", """
PD CLINIC                            7/16/24

57F on CCPD, high-average transporter. Exit site R abdomen clean, no tunnel tenderness.
Calciphylaxis of both buttocks: receiving thiosulfate 25 g by peripheral IV three days a
week at the infusion center.
Wounds improving - L now 4x3 cm and R 3x2 cm; edges of the eschar lifting, granulation
visible beneath.
Pain 5/10 on buprenorphine patch. Still no history of trauma to the area.
Labs: albumin 3.3, PTH 310, phosphorus 5.2, calcium 8.9
Plan: continue STS; sevelamer; if she has to sit > 30 min, use a pressure-redistributing
cushion. Enoxaparin not indicated. BMI 30.6
RTC 1 month.
"""),
]}

C13 = {"patient_id": "C13", "age": 66, "sex": "M", "notes": [
("2019-10-08", "Pain Procedure Note", """
PAIN PROCEDURE NOTE                    10/08/2019
Procedure: fluoroscopically guided radiofrequency ablation, L L3 and L4 medial branches
and L5 dorsal ramus (CPT 64635, 64636)
Indication: L-sided lumbar facet pain; two diagnostic medial branch blocks (9/10/19 and
9/24/19), each >80% relief.

66M, ESRD on HD MWF, PMH obesity, HTN, gout. No DM. No anticoagulants (never on warfarin).
BMI 29.4. BP 144/86, HR 70.
Technique: prone; L lumbar paraspinal skin prepped and draped. 1% lidocaine skin wheals,
three 18G 100 mm RF cannulae (10 mm active tip), skin entry 3-4 cm left of midline at the
L4-L5 and L5-S1 levels. Sensory stim < 0.5 V, no motor at 2 V. 1 mL 2% lidocaine per level,
lesioned 80 C x 90 s each. Bandages.
No complications. Discharged with driver.
Plan: f/u 6 wks; expect post-ablation soreness 1-2 wks.
"""),
("2019-12-10", "HD Rounding Note", """
HD ROUNDING                         12/10/19

66M, ESRD, HD M/W/F, seen chairside.
S: L buttock pain since around Thanksgiving - "like sitting on broken glass". Has to perch
on the R hip during runs. Back pain much better since the RFA in October.
O: L upper outer buttock: violaceous indurated plaque about 5x5 cm, livedoid margin,
small central crust. Low back skin normal. Afebrile, BP 150/84.
Labs: PTH 1240, Phos 8.0 (high), Ca 9.8, albumin 3.2
A/P: L buttock plaque, ?calciphylaxis; derm (Dr. Ferrante) will see him Friday.
- Stop calcitriol, increase sevelamer, start cinacalcet.
- Acetaminophen; avoid NSAIDs.
BMI 29.4.
"""),
("2019-12-20", "Dermatology Consult", """
DERMATOLOGY CONSULT                    12/20/2019

Punch bx 12/13, L buttock: subcutaneous arterioles calcified, thrombi, necrotic fat ->
calciphylaxis.
Exam: L upper outer buttock, necrotic plaque 6x5 cm with eschar. The RFA needle entry points
on the L low back (October) are well healed, about 8-10 cm above and medial to the plaque,
with normal skin in between. The plaque is on the buttock, not at the procedure sites.
No other lesions.
A: calciphylaxis of the L buttock, biopsy-proven.
P: STS with HD; foam dressing; offload when seated; pain clinic aware. RTC 2 wks.
"""),
]}

C14 = {"patient_id": "C14", "age": 60, "sex": "F", "notes": [
("2021-02-09", "Pain Clinic Follow-up", """
PAIN CLINIC FOLLOW-UP                 02/09/2021

60F, chronic axial low back pain (lumbar spondylosis); ESRD, in-center HD; DM2, insulin into
the abdomen; prior DVT (warfarin 2016-2018, stopped); obesity.
Interval: on 1/30 she fell asleep on an air-activated heat wrap over the L low back and woke
with a blister; now a shallow wound. Also had her 2nd Shingrix dose in the R deltoid 1/26
and has a sore lump there since.
Exam: L lumbar partial-thickness burn, 4x3 cm, pink and moist, no eschar, no livedo.
R deltoid 2 cm tender firm nodule, warm, no fluctuance.
BMI 34.0 (weighed 92 kg)
Plan:
- No heat wraps or heating pads; burn care per PCP (silver sulfadiazine, gauze).
- Nodule: likely vaccine reaction; warm compress NOT advised; recheck 2 wks.
- Continue acetaminophen, topical diclofenac avoided (ESRD).
"""),
("2021-03-02", "Dermatology Consult", """
DERMATOLOGY CONSULT                 3/2/2021
Ref: nephrology for painful plaques on both inner thighs since mid-February.

Exam:
- Inner thighs bilaterally: retiform purpura, black eschar centrally; L 6x4 cm, R 5x3 cm;
  indurated, exquisitely tender.
- L low back: healing superficial burn from the heat wrap (1/30), re-epithelializing, no
  purpura - a thermal burn, not calciphylaxis.
- R deltoid: 2 cm firm subcutaneous nodule at the Shingrix site - injection-site reaction /
  sterile fat necrosis, not calciphylaxis.
- Abdomen (insulin sites): small ecchymoses, no plaques.
Bx: two punches from the R medial thigh today.
A: probable calciphylaxis of both medial thighs, pending path.
"""),
("2021-03-23", "Wound Care Clinic Note", """
WOUND CARE CLINIC                   03/23/2021

Path 3/2 (R medial thigh): calciphylaxis, von Kossa positive. STS with HD since 3/8.
Wounds:
- L medial thigh 6.4x4.2 cm, eschar over nine tenths, periwound violaceous.
- R medial thigh 5.1x3.3 cm, mostly eschar with some yellow slough.
Derm's view stands: the back burn and the arm nodule are unrelated look-alikes; the
calciphylaxis is only on the thighs, where she had no injury, injections or heat.
L low back burn healed. R deltoid nodule smaller.
Tx: eschar intact, betadine paint to eschar, foam cover, change 3x/wk after HD.
BMI 34.0. RTC 1 wk.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
