"""probe134 corpus notes, W08-W14 (kidney transplant center and the clinics around it; all invented)."""

W08 = {"patient_id": "W08", "age": 70, "sex": "M", "notes": [
("2016-12-28", "Transplant Surgery Progress Note", """
TRANSPLANT SURGERY - DAILY PROGRESS NOTE   POD #3

70M s/p DDKT (R iliac fossa) late on 12/25/16 for ESRD from hypertensive nephrosclerosis,
on HD x 4 yrs before. Hx AF, anticoagulated w/ warfarin (CHA2DS2-VASc 4); warfarin
held on admission, INR 1.2 after vit K + FFP pre-op.

S: Pain ok on PO meds. +flatus. Walked the hall x2.
O: T 37.4  HR 88 irreg  BP 148/80  UOP 2.4 L/24 h  JP 60 mL serosang
Wt 103 kg, BMI 33.0. Incision c/d/i.
Labs: Cr 5.6 -> 3.9, K 4.8, Hgb 9.1, tac 7.2.

A/P:
- Immediate graft function, Cr falling nicely.
- AF / anticoag: bridging enoxaparin 1 mg/kg subQ q12h, started the day after Christmas;
  nurses are giving the shots into the anterior thighs, alternating L and R, to stay clear
  of the incision and the drain. Resume warfarin 5 mg tonight.
- IS: thymoglobulin induction complete; tac/MMF/pred.
- Dispo: home POD 5-6 if Cr keeps falling.
"""),
("2017-01-17", "Post-Transplant Clinic", """
POST-KT CLINIC - wk 3

70M, DDKT 12/25/16, AF back on warfarin (INR 2.7 today); enoxaparin was stopped 1/5 once
INR was in range.
New problem: on 1/9 he noticed painful purple blotches on the fronts of his thighs,
both sides. Now firm, very tender, lacy purple with dark centers. Hurts to walk.

Exam: BP 142/78  HR 80 irreg  wt 101.6 kg (BMI 32.6)
Skin: L anterior thigh 6x4 cm and R anterior thigh 5x5 cm indurated retiform purpura, central
dusky necrosis on the L. Incision healed.
Labs: Cr 1.4, Ca 10.6, Phos 4.1, PTH 980.

A: Retiform purpura both anterior thighs. Ddx hematomas at injection sites / warfarin
necrosis / calciphylaxis (PTH ~1000, calcium high-normal).
P: Derm seen today (punch bx L thigh). Protein C/S. Continue warfarin pending derm.
"""),
("2017-01-24", "Dermatology Consult", """
DERMATOLOGY CONSULT - result visit

Bx 1/17/17 L anterior thigh: small septal arteries with medial calcium, microthrombi,
fat necrosis; VK stain +. Not vasculitic. Protein C and S normal.

Dx: Calciphylaxis, bilateral anterior thighs, arising at his enoxaparin injection sites
(shots given in both thighs after the transplant).

Exam: L ant thigh 7x4.5 cm now w/ black eschar; R ant thigh 5x5 cm violaceous
indurated plaque with early central necrosis.

Plan:
1. STS 25g IV TIW via PICC (graft ok, Cr 1.3; monitor anion gap)
2. Warfarin -> apixaban, d/w cardiology and transplant pharmacy (tac interaction checked)
3. Endocrine: cinacalcet 30 now, PTX referral
4. Wound: hydrogel + foam, no compression on thighs
5. RTC 2 wks
"""),
]}

W09 = {"patient_id": "W09", "age": 45, "sex": "F", "notes": [
("2023-02-14", "Operative Note - Transplant Nephrectomy", """
OPERATIVE NOTE
Date: 2/14/2023
Preop dx: Failed renal allograft (DDKT 2014, R iliac fossa) w/ graft intolerance syndrome -
fevers, gross hematuria, tender graft.
Postop dx: same
Procedure: Extracapsular transplant nephrectomy through her old RLQ hockey-stick
scar.
Surgeon: T. Brannigan MD   Anesthesia: GETA   EBL 400 mL, 1 u PRBC

Background: ESRD since graft loss, hemodialysis Mondays/Wednesdays/Fridays by L
brachiocephalic AVF. Type 1 DM on insulin (pt injects into her upper arms). Calculated BMI 41.2.

Description: Old scar excised. Dense fibrosis around the graft. Capsule entered at the hilum;
extracapsular plane developed. Artery and vein ligated and oversewn near the iliacs. Ureter
ligated. Graft removed intact, pale and fibrotic. Hemostasis. Fascia closed with looped PDS,
skin with staples. No drain.
Dispo: PACU, then transplant floor. Pathology: chronic active rejection, infarcted graft.
"""),
("2024-06-11", "Dialysis Unit Nephrology Note", """
NEPHROLOGY - HD UNIT MONTHLY NOTE   Riverside Kidney Center

45F, ESRD (failed DDKT, removed 2/2023), HD MWF, L BC fistula, EDW 108 kg.
T1DM: glargine 20 u, lispro with meals. Injects only in her upper arms (says her belly is
too big to pinch).

New problem (2 wks): painful area LLQ - first a tender lump, now purple and hard.
No injury, no heat.
Exam: LLQ, 5x4 cm indurated violaceous plaque with livedoid margin, tiny central dark
area; very tender. RLQ nephrectomy scar well healed, no lesion near it.
Labs 6/5: Ca 9.9, Phos 8.1 (!), PTH 1,140, Alb 3.4, Hgb 10.2.
Pre-HD: BP 166/90, wt 109.4 kg.

A/P: ?calciphylaxis LLQ. Urgent derm. Calcium acetate off; sucroferric oxyhydroxide on.
Low-Ca bath. Extra run Saturdays until seen.
"""),
("2024-06-25", "Dermatology Consult", """
DERMATOLOGY
45F on HD, T1DM, failed transplant (explanted 2/2023). LLQ lesion.

Path (2 punches, LLQ, 6/14): small vessel calcification w/ thrombi in the subcutis, fat
necrosis, von Kossa +. Cx neg.
Dx: Calciphylaxis, L lower abdomen.
The plaque lies on the L, contralateral to her R-sided transplant/nephrectomy
scar; she denies injections, heat, tight clothing or trauma at this spot - insulin goes
only into the arms.

Exam: LLQ now 6x5 cm, 2-cm black eschar. Arms: mild lipohypertrophy both posterior upper
arms, no purpura. Thighs, buttocks clear.

Plan:
- STS 25 g after each HD
- keep phos < 5.5, consider PTX
- silicone foam + honey dressing
- pain: APAP scheduled, low-dose hydromorphone prn
- RTC 3 wks; photo documented
"""),
]}

W10 = {"patient_id": "W10", "age": 64, "sex": "M", "notes": [
("2020-06-23", "Nephrology Clinic Note", """
NEPHROLOGY OFFICE VISIT

64M, ESRD from DKD, in-center HD MWF (L AVF), on the kidney transplant waitlist (active).
DM2 - glipizide 2.5mg, no insulin ever. PMH also DVT L leg 2015, treated w/ warfarin
x 12 months (2015-2016), none since. CAD s/p PCI.

S: C/o a sore purple patch, R lower leg, anterolateral side, since early June.
No injury to that leg that he can recall. No fever.
O: BP 144/82  HR 70  Wt 88.6 kg  BMI 28.7
R anterolateral lower leg: 4 x 3 cm tender indurated violaceous area w/ reticulated edge,
no ulceration yet. Pedal pulses palpable. L leg normal.
Labs: PTH 760, phos 6.9, Ca 9.7.

A/P: Painful reticulate purpura R leg in HD pt - concern for early calciphylaxis.
Derm referral this wk for bx. Calcium acetate -> sevelamer. Cinacalcet 30.
"""),
("2020-07-21", "Dermatology Consult", """
Dermatology

64M on HD. R leg lesion.
Bx 7/7/20 (R lower leg): arteriolar calcification, thrombi, panniculitis; von Kossa +.
Dx: calciphylaxis, R anterolateral lower leg - confirmed.

Interval: last Tuesday (7/14/20) he knocked that same shin on the HD chair
footrest while getting up; since then the area opened and bled, now a 5x4 cm ulcer with
yellow-black slough.

Exam: R anterolateral shin ulcer as above, livedo around it, no cellulitis. L leg fine.
Plan:
- STS with HD (starts Wed)
- cadexomer iodine + foam, no compression
- pad the footrest; ask HD unit for a different chair
- RTC 2 wks
"""),
("2020-08-18", "Transplant Waitlist Status Note", """
KIDNEY TRANSPLANT - WAITLIST STATUS CHANGE

64M, active since 2/2019, blood type A.
Reason for review: newly diagnosed calciphylaxis, R lower leg (bx 7/7/20) with an open ulcer.
Per selection committee 8/14: status changed to inactive (temporarily unsuitable) until the
wound heals and PTH is controlled. Waiting time keeps accruing.
Anticoagulation: not on any; warfarin was 2015-2016 only.
DM2 on glipizide. BMI 28.5 at last weight.
Pt and wife informed by phone, voiced frustration but understand. Letter mailed.
Plan: re-review at committee in 3 months, wound photos from HD unit monthly.
K. Ferreira-Lund RN, transplant coordinator
"""),
]}

W11 = {"patient_id": "W11", "age": 59, "sex": "F", "notes": [
("2025-01-14", "Transplant Nephrology Clinic", """
TRANSPLANT NEPHROLOGY - FAILING ALLOGRAFT

59F, DDKT 2009 for reflux nephropathy, chronic allograft nephropathy, eGFR 10 and
falling. Uremic sx: nausea, itching. No diabetes. Not anticoagulated.
Discussed options; she prefers in-center HD. Tunneled cath placement booked for next week,
fistula surgery after.

New: a tender lump behind her L thigh (posterior), first felt last week. No injury,
no injections there.
Exam: BP 162/94, HR 82, wt 99.4 kg, BMI 36.8 (obese). L posterior thigh 3 cm deep, firm,
very tender nodule w/ faint violaceous net over it.
Labs: Cr 4.9, K 5.6, Ca 10.1, Phos 7.3, PTH 690, bicarb 17.

Plan: start HD, keep tac 1 mg/pred 5 for now. Urgent derm - worried about calciphylaxis.
"""),
("2025-01-28", "Dermatology Consult", """
DERMATOLOGY CONSULT
59F w/ failing kidney transplant, started HD 1/21 via R IJ tunneled cath.

Nodule on the L posterior thigh has grown: now 6x5 cm indurated retiform purpura with
a central gray necrotic patch, very painful. Rest of skin exam clear.

Ddx: calciphylaxis (favored), panniculitis, embolic disease.
Procedure: after consent and lidocaine, two 5-mm punches taken at the plaque edge, L
posterior thigh; sutured. Sent for H&E/VK and culture.
Plan: call with results; if confirmed, STS with HD and surgery referral re: debridement.
"""),
("2025-02-10", "Operative Note - Debridement", """
OPERATIVE NOTE - GENERAL/PLASTIC SURGERY

Preop dx: Calciphylaxis L posterior thigh (punch bx 1/28/25: vessel calcification,
thrombi, von Kossa +), infected necrotic ulcer.
Procedure: Excisional debridement of the L posterior thigh wound incl. subcutaneous
tissue, 11x8 cm; placement of NPWT (wound VAC) at 125 mmHg.
Anesthesia: MAC + local.
Findings: thick black eschar, liquefied fat underneath, calcified vessels grating on the
curette; healthy-looking bleeding margins reached. Cultures sent.
EBL 50 mL.
Post-op: heparin 5000 u subQ TID for VTE ppx (abdominal wall sites). Continue HD MWF via
R IJ cath, STS after each run. VAC change M/W/F by wound team.
"""),
("2025-03-04", "Wound Care Clinic", """
WOUND CLINIC - f/u

59F, calciphylaxis L posterior thigh, s/p excisional debridement 2/10 + NPWT.
Now on HD MWF, STS, cinacalcet.

S: Pain 6/10. She admits putting an ice pack on top of the VAC dressing in the evenings
to numb the wound; also a skin tear at the wound edge where the drape tape was peeled off.

O: L posterior thigh 10.5x7.5x1.2 cm, granulation ~70%, slough ~30%, no
odor. Periwound macerated medially, 1 cm skin tear at the upper edge. BMI 36.0.

A/P: Calciphylaxis wound slowly improving.
- stop the ice pack on the wound
- NPWT continued, 125 mmHg continuous; silicone border instead of tape
- selective sharp debridement of slough today at bedside, tolerated
- RTC 1 wk
"""),
]}

W12 = {"patient_id": "W12", "age": 57, "sex": "M", "notes": [
("2019-04-09", "Kidney Transplant Evaluation", """
KIDNEY TRANSPLANT CANDIDATE EVALUATION - Nephrology

57M, ESRD from IgA nephropathy, in-center HD TTS since 2016 via R forearm AVF, referred by
Dr. Whitcombe. No prior transplant. Wife interested in donating, blood type pending.
PMH: HTN, OSA on CPAP, gout, prediabetes (HbA1c 6.2%, diet only - not diabetic), obesity.
Never on anticoagulants.
Meds: losartan, carvedilol, sevelamer, cinacalcet, allopurinol 100, ESA w/ HD.

Exam: BP 150/86  HR 74  Ht 178 cm  Wt 114.4 kg  BMI 36.1
Skin intact, abdomen obese, no hernia. Access w/ good thrill.
Labs: Alb 4.0, Ca 9.2, Phos 6.0, PTH 640.

A/P: Good candidate otherwise; our program needs BMI under 35 before activation.
Referred to bariatric/nutrition. If diabetes appears after transplant he may need insulin
- counselled. Needs cardiology clearance, colonoscopy.
"""),
("2019-10-22", "Dermatology Consult", """
DERMATOLOGY CONSULT

57M on HD, transplant work-up (not yet listed). Painful, woody plaques of the lower
abdominal skin straddling the midline (R and L), since late September.
Bx 10/15/19 (L lower abdomen): subcut arterioles with calcified walls, luminal thrombi,
necrotic fat; VK +.
Dx: Calciphylaxis, bilateral lower abdomen.

Pertinent negatives: no shots of any kind have gone into his belly (no insulin;
heparin is run only through the HD circuit), he never used hot or cold packs there,
no tight belt or binder, no scratches, bumps or falls. Nobody has done a procedure on his belly.

Exam: R lower abdomen 8x5 cm and L lower abdomen 9x6 cm violaceous indurated plaques,
livedo between them, early eschar on the L. Thighs clear.
Plan: STS w/ dialysis, Ca 2.0 bath, non-Ca binder, PTX referral, foam dressings.
"""),
("2019-11-05", "Transplant Pharmacy Note", """
TRANSPLANT PHARMACY - PRE-TRANSPLANT MED REVIEW

57M, ESRD on HD; lower abdominal calciphylaxis dx 10/2019 (derm), on STS.
Wt down 6 kg with dietitian: BMI now 34.7.

Counselling today:
- If he needs SC heparin or insulin at any time (e.g. after a future transplant), the shots
  go in the upper arms; the abdomen is off limits.
- No hot packs, no tight waistbands across the plaques.
- Semaglutide for weight loss was raised by the bariatric team; I advised holding off
  while wounds are open - not started.
- Panniculectomy was mentioned by surgery as a possible later step; not planned now.
Med rec done: no warfarin, no calcium supplements, no vitamin D analogs at present.
Listing deferred until the wounds heal.
-- J. Pereira-Holt, PharmD
"""),
]}

W13 = {"patient_id": "W13", "age": 66, "sex": "F", "notes": [
("2022-02-08", "Procedure Note - Temporary Dialysis Catheter", """
PROCEDURE NOTE - NON-TUNNELED HEMODIALYSIS CATHETER

Indication: failed DDKT (2010), uremia, K 6.4. Bilateral IJ and subclavian veins occluded on
US/venogram, so femoral access needed. L upper arm AVG placed last month, not yet usable.
Consent: signed by pt. Time-out done.
Site: R common femoral vein, R groin.
Technique: chlorhexidine prep, full barrier. US-guided, 1% lidocaine, single pass,
Seldinger. 13.5 Fr x 24 cm catheter, both ports flush/aspirate easily, sutured at skin,
Biopatch and transparent dressing.
Complications: none. EBL < 5 mL.
Hx: DM2 on insulin glargine, obesity, HTN. BMI 29.4.
Plan: HD today, line for temporary use only - remove once the AVG is cannulated.
"""),
("2022-05-17", "Dermatology Consult", """
DERMATOLOGY CONSULT

66F, failed kidney transplant, back on HD (L arm AVG since March; R femoral line out 3/4).
DM2, insulin (uses her abdomen for shots).

R anteromedial thigh necrotic plaque, painful, since April; began as a hard tender
spot. Exam: R anteromedial mid-thigh, about 15 cm below the inguinal crease, 7x5 cm
of retiform purpura, 3-cm black eschar. The old femoral line site is a 3 mm healed dot in
the R groin crease, normal skin, well separate from this lesion. Abdomen: no lesions.

Bx today x2 (edge). Ddx: calciphylaxis vs warfarin-type necrosis (she is NOT on warfarin)
vs vasculitis.
"""),
("2022-06-07", "Transplant Nephrology Clinic", """
TRANSPLANT NEPHROLOGY - F/U

66F, DDKT 2010 -> graft failure 1/2022, on HD Tue-Thu-Sat via a L upper arm AVG.
Derm bx 5/17: calciphylaxis confirmed (medial calcification, thrombi, von Kossa +).
Lesion R anteromedial thigh, 7.5x5 cm eschar. Not in the groin.

Meds: glargine 14 u, tacrolimus tapering off (graft nonfunctional), pred 5,
sevelamer, cinacalcet 60, STS w/ HD.
VS: BP 138/76, wt 74.1 kg.
Labs: PTH 520, phos 5.6, Ca 9.1.

Plan: retransplant eval deferred until wound heals. Continue STS, PTX eval by endocrine
surgery. Wound RN at HD.
"""),
]}

W14 = {"patient_id": "W14", "age": 72, "sex": "M", "notes": [
("2026-01-13", "HD Rounding Note", """
HD ROUNDS - chair 7 (M/W/F second shift)

72M, ESRD after graft loss (DDKT 2013, failed 2022), HD via R brachiobasilic AVF,
re-transplant eval on hold. DM2 diet controlled (A1c 6.8, no meds). On apixaban for AF.

S: 1 wk of sore, purplish areas on the backs of his calves. Also a sore R elbow - he leans on
the chair armrest on that elbow through each 4-h run.
O: BP 132/70 pre, BMI 29.9 (overweight), weight 92.6.
Calves: L posterior calf 5x4 cm and R posterior calf 4x4 cm tender violaceous
reticulate plaques, no ulceration. R elbow: 1.5 cm shallow ulcer over the olecranon,
boggy, mild redness.
Labs: iPTH 1050 pg/mL; PO4 7.6; Ca 9.8.

A/P: calves - concern for calciphylaxis, derm consult; elbow - pressure from armrest,
pad it, foam armrest cover ordered.
"""),
("2026-01-27", "Inpatient Dermatology Consult", """
DERMATOLOGY - INPATIENT CONSULT (admitted 1/22 for pain control)

Bx 1/23 L posterior calf: calcification of subcutaneous arterioles, thrombi, necrosis,
von Kossa +. Dx: Calciphylaxis of both posterior calves (left 6x5, right 5x4 cm, now with
early central eschar).

Other skin findings, so these are not mislabeled:
- Abdomen: several yellow-purple bruises at the SC heparin sites (VTE ppx since 1/22).
  Soft, flat, typical injection ecchymoses - not retiform, not calciphylaxis.
- R elbow: 1.5 cm pressure ulcer over the olecranon from leaning on the HD chair armrest,
  with mild bursitis - this is pressure injury and again not calciphylaxis.
Both calves: he denies falls, bumps, compression or heat there.

Recs: STS 25g IV post-HD. Stop SC heparin; walking for ppx, and no SCD sleeves (they
would squeeze the calves). Elbow: padding, offload. Calves: hydrogel + foam.
"""),
("2026-02-10", "Wound Care Clinic", """
WOUND CARE - first outpatient visit

72M on HD, calciphylaxis both posterior calves (bx 1/23/26), discharged 1/30.
Wounds:
 L posterior calf 6x5 cm, 80% black eschar, dry, edges purple; no drainage
 R posterior calf 5x4.5 cm, 60% eschar, 40% slough
 R olecranon pressure ulcer 1x0.8 cm, shallow, pink base - healing w/ padding
Pain 7/10 calves, 2/10 elbow.
Plan: L - leave the dry eschar alone; R calf - enzymatic debridement ointment, foam.
No compression wraps. Elbow: continue foam padding, done in 2-3 wks.
Nephrology to continue STS with HD. RTC 2 wks. BMI 29.6 per HD unit weight.
"""),
]}

PATIENTS = [W08, W09, W10, W11, W12, W13, W14]
