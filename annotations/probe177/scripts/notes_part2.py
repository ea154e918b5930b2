"""probe177 corpus notes, C08-C14 (urology and men's health, and the clinics around them;
all invented)."""

C08 = {"patient_id": "C08", "age": 45, "sex": "M", "notes": [
("2017-08-22", "Men's Health Office Procedure Note", """
MEN'S HEALTH - OFFICE PROCEDURE NOTE
Date: 2017-08-22
Procedure: subcutaneous testosterone pellet implantation (Testopel), 10 x 75 mg = 750 mg
Surgeon: Dr. Matthias Quennell-Ade     Assist: L. Ortiz, MA

Indication: 45M w/ hypogonadism (T 212 and 188 ng/dL), ESRD on HD MWF from FSGS, turned
down weekly IM shots and gels (small kids at home). Nephrology agreeable. Hct 38.
PMH also: obesity (problem list), HTN, gout. No DM. Not anticoagulated.
Body mass index: 29.6 kg/m^2 (wt 91.0 kg).

Site: L upper outer buttock, ~5 cm below the iliac crest.
Description: prone. Chlorhexidine prep, sterile drape. Local anesthesia. 5 mm stab incision
with #11 blade; trocar passed into SC fat in two divergent tracks, 10 pellets deposited.
Pressure held 5 min. Steri-Strips to the incision, gauze, pressure dressing.
EBL < 5 mL. Tolerated well.

Post-procedure: no gym or heavy lifting x 7 days, keep dry 48 h, no tub x 1 wk. Watch for
pellet extrusion, infection, bruising. Labs in 6 wks; next pellets in about 4 months.
"""),
("2017-10-05", "Hemodialysis Rounds Note", """
HD ROUNDS - Cedar Point Dialysis              10/5/17

45M, ESRD from FSGS; HD at Cedar Point Mon-Wed-Fri via right forearm fistula.
S: L buttock pain x 2 weeks, unable to sleep on the left. Began as a firm, tender spot;
purple now, with a dark middle. No fever. Testosterone pellets were put in that buttock 8/22 by
men's health.

O: BP 170/96 pre. Post wt 90.4 kg.
L upper outer buttock -- 5x4 cm plaque, firm and violaceous, a small (~1 cm) black
eschar centrally; livedoid border; the healed pellet incision scar sits at its upper edge.
Very tender.
Labs: Ca 10.0 | P 8.2 | iPTH 1140 | alb 3.6 | Hgb 11.0.

A/P: Necrotic, painful plaque at the pellet site. Calciphylaxis concern high (Ca x P ~82, PTH
over 1000); ddx pellet-site infection or extrusion, fat necrosis.
- Derm consult asap, bx requested.
- Start cinacalcet 30, stop calcitriol, low-Ca bath, sevelamer to 2400 tid.
- Men's health notified; no further pellets for now.
"""),
("2017-10-19", "Dermatology Consult Note", """
DERMATOLOGY CONSULT NOTE               10/19/2017
Dr. Rowan Achterberg

45M, ESRD on HD, testosterone pellets implanted in the L upper buttock 8/22/17.
Deep incisional bx 10/9/17 (L buttock): calcium-encrusted subcutaneous arterioles,
thrombi, necrotic fat -- calciphylaxis. No pellet material or organisms in the sample.

Exam: L upper outer buttock plaque 6x5 cm; 1.5-cm eschar at center; bx site intact.
No other lesions (abdomen, thighs, R buttock clear).

Assessment: L upper outer buttock calciphylaxis, overlying the testosterone pellet
insertion site (incision 8/22/17); onset about two weeks before his 10/5 dialysis visit.
The incision/pellet tracks are the likely trigger, on top of severe hyperparathyroidism.

Plan:
- STS 25g IV every dialysis session (nephrology).
- Parathyroidectomy evaluation -- ENT/endocrine surgery referral.
- Wound: Santyl to eschar edge, foam dressing; no further pellets at any site.
- Pain control per nephrology. RTC 2 wks.
"""),
]}

C09 = {"patient_id": "C09", "age": 67, "sex": "M", "notes": [
("2021-09-14", "Men's Health Nurse Injection Visit", """
MEN'S HEALTH - NURSE INJECTION VISIT            9/14/21

Testosterone enanthate 200 mg IM every 2 wks, injection #14 today.
Given by RN into the L dorsogluteal site (L buttock, upper-outer quadrant), Z-track,
1.5 inch 22g. Pt requests the left each visit; per MAR all prior doses went into the L
buttock as well. Injection area: no induration, no redness from previous doses.
Hct today 47.2 (hold if > 54). BP 134/76, P 72.

Hx: ESRD (HD Tuesday-Thursday-Saturday at Brookfield); T2DM, insulin degludec 30 units once
daily; HTN; hyperlipidemia.
Wt 108 kg, BMI 34.2.
Tolerated without issue. Pt reports better energy and mood, no leg swelling, no breast
tenderness, sleeps ok.
Next dose 9/28/21. PSA due at next provider visit in Nov.
"""),
("2021-12-07", "Dermatology Consult", """
DERMATOLOGY CONSULT                       12/07/2021

67 M, hemodialysis, DM on insulin, IM testosterone every 2 wks via men's health.
Nephrology sent him for a painful R buttock lesion, present ~3 weeks. Started as a firm
tender knot, now dark and breaking down. No fevers.

Exam: R mid buttock: 8x6 cm indurated plaque, retiform purpura, black eschar 3x2 cm,
livedo at the border. Exquisitely tender. L buttock, where all of his testosterone
shots have gone, is soft and clear without nodules or discoloration. Thighs and abdomen
clear.

Labs (12/2): Ca 9.9, Phos 7.0, PTH 690.

Impression: Retiform purpura with eschar, R buttock, dialysis patient -- favor calciphylaxis.
The injections have only ever been on the opposite (left) side.
Plan: deep punch bx today at the plaque edge; nonadherent dressing; neph to follow result.
"""),
("2021-12-21", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC                      12/21/2021

67M, HD Tu/Th/Sa (L fistula), insulin-requiring T2DM, HTN.
Bx (12/7, R buttock): calcific and thrombotic small-vessel change in the subcutis,
necrotic fat; c/w calciphylaxis.

S: R buttock pain 7/10. Sleeping poorly. Appetite fair.
O: BP 144/80. Wt 107 kg, BMI 33.8. R buttock eschar 3.5x2 cm with violaceous rim.
Labs: Hgb 10.8 g/dL, albumin 3.5, corrected calcium 9.6, phosphorus 6.6, PTH 640.

A/P: R buttock calciphylaxis, proven on biopsy.
- STS 25g IV at each run.
- Switch calcium carbonate -> sevelamer; cinacalcet 60.
- Testosterone stopped after discussion w/ men's health.
- Degludec 28 u; A1c 7.3.
- Wound clinic referral, pain regimen adjusted.
"""),
]}

C10 = {"patient_id": "C10", "age": 55, "sex": "M", "notes": [
("2026-03-20", "Emergency Department Provider Note", """
EMERGENCY DEPT PROVIDER NOTE         03/20/2026 02:14

CC: L flank pain
55M ESRD on PD (CCPD), prior kidney stones, sudden severe L flank pain into the groin since
10 pm, vomited x3. No fever. Says his PD drain bags are clear.

Vitals: T 36.8, BP 172/98, HR 104, RR 20, SpO2 98%. Wt 76 kg (BMI 25.7).
Exam: writhing. L CVA tenderness. Abd soft, PD catheter exit site clean.
Incidental: tender 3x3 cm violaceous indurated patch, R lateral thigh, present and
sore "for 2-3 weeks" per pt, no injury to it.

CT renal stone protocol: 5 mm L UVJ stone, mild L hydroureteronephrosis.

Course: two failed PIV attempts (L forearm, L hand). At 02:40 hydromorphone 1 mg IM and
ondansetron 4 mg IM were given in the R lateral thigh. Pain 9 -> 3/10 by 03:30. Tolerating PO.

Dispo: home. Tamsulosin 0.4 mg, oxycodone 5 mg #6, strain urine. Urology stone clinic in
1-2 wks. R thigh patch -- to be looked at by PCP/nephrology.
"""),
("2026-04-02", "Urology Stone Clinic Note", """
UROLOGY STONE CLINIC                       4/2/26

55M ESRD on PD, seen in ED 3/20 w/ 5 mm L UVJ stone. Passed it 3/24, brought it in:
calcium oxalate monohydrate 90%, apatite 10%. KUB today clear, no hydro on renal US.
Third stone episode (2015, 2019).

He is more bothered by the R outer thigh: the purple patch, already there before his ED
visit, is larger, with a black center now. Says the ED gave him shots in that same spot
and wonders if that made it worse.

Vitals: BP 150/88. Wt 75.5 kg.
R lateral thigh: 5x4 cm violaceous plaque, eschar centrally (1 cm), very tender to light touch.

Impression/plan:
1. Recurrent CaOx stones: limited 24-h urine given PD; diet counselling (low sodium,
   moderate protein, normal calcium intake), fluid within PD limits.
2. R thigh necrotic plaque in a PD pt -- possible calciphylaxis. Urgent derm referral made
   today, nephrology messaged.
"""),
("2026-04-16", "Dermatology Consult", """
DERMATOLOGY CONSULT                 04/16/2026

55M, PD; sore plaque, R lateral thigh, dating from early March 2026.
Punch bx (4/6/26, R lateral thigh): subcutaneous fat with calcium-laden small vessels, luminal
thrombus, lobular necrosis of fat. Diagnosis: calciphylaxis.

Hx: ED on 3/20 gave IM hydromorphone and ondansetron into the R lateral thigh. The ED exam
already documented the tender violaceous patch at that spot, so the plaque came first; the
shots went into skin that was already affected. No other injections, falls, heat or ice
there.

Exam: R lateral thigh plaque 6x4 cm, eschar 1.5 cm. BMI 25.4.

Plan:
- Neph: STS IV thrice weekly (home dialysis unit); binders and calcitriol to be reviewed.
- Wound care: alginate and foam, no compression.
- Future IM shots: not into the thighs; use another route when possible.
- RTC 2 wks.
"""),
]}

C11 = {"patient_id": "C11", "age": 69, "sex": "M", "notes": [
("2018-10-30", "Urology Inpatient Consult", """
UROLOGY INPATIENT CONSULT                10/30/2018
Requesting: Hospital medicine (Dr. Yuen-Castellanos). Reason: scrotal wound.

69M, ESRD, Eastbrook dialysis Mon-Wed-Fri; insulin-requiring type 2 DM; CAD, remote DVT
(warfarin 2012-2015, stopped), admitted 10/28 w/ K 6.9 after missed HD. Nursing noticed scrotal skin changes. Pt says the
scrotum has hurt for ~2 wks (since about 10/16), starting as a hard purple spot on the
L hemiscrotum.

Exam: obese, BMI 35.3. L hemiscrotum, anterior: 4x3 cm dry black eschar, violaceous
indurated rim, net-like purpura spreading toward the median raphe. No crepitus, no
fluctuance, no perineal extension, no foul smell. Testes palpable, nontender. Penis normal;
voiding on his own.
CT pelvis negative for gas in the soft tissues. WBC 8.1, lactate 1.2, Ca 10.3, P 7.9.

A: Scrotal skin necrosis -- no gas, no sepsis, dry eschar, so not Fournier's.
Calciphylaxis strongly suspected.
P: Bedside punch, 4 mm, at the eschar edge, L hemiscrotum, after consent, one 4-0 chromic.
Dry gauze. F/u path; likely OR for debridement.
"""),
("2018-11-06", "Urology Progress Note", """
UROLOGY PROGRESS NOTE                11/06/18

Path (10/30 scrotal punch): calcified small subcutaneous arterioles w/ thrombi, dermal
necrosis, no vasculitis -- calciphylaxis.

S: pain 8/10, worst during dressing changes. Eating ok.
O: Afebrile. L hemiscrotal eschar 5 x 4 cm, margin now boggy, scant serous drainage, no
crepitus. Testes nl.
Meds of note: insulin glargine 24 u SC into the abdomen qhs (rotates around the umbilicus),
lispro SSI, sevelamer, cinacalcet, aspirin 81.

A/P: Biopsy-proven scrotal calciphylaxis, eschar softening.
- OR Friday 11/9: sharp excisional debridement of the scrotal wound; suprapubic cystostomy
  at the same sitting to keep urine away from the wound.
- Neph: STS 25 g w/ HD started 11/2, low-Ca bath.
- Consent discussed w/ pt and son.
"""),
("2018-11-09", "Operative Note", """
OPERATIVE NOTE                       11/09/2018
Surgeon: Dr. Keziah Marchetti-Lowe (urology)

Preop/Postop dx: scrotal calciphylaxis with necrosis, L hemiscrotum.
Procedures:
1. Excisional debridement of L hemiscrotal wound (6 x 5 cm) incl skin and subcutaneous
   tissue to bleeding dartos.
2. Open suprapubic cystostomy, 16 Fr Foley-type SP tube.
Anesthesia: general LMA. EBL 40 mL.
Findings: dry eschar over necrotic dartos; testis and cord not involved; healthy bleeding
tissue at the margins after debridement.
Description: Lithotomy. Prepped/draped. Eschar excised sharply with scissors and #10 blade
until punctate bleeding at all edges; hemostasis w/ bipolar. Wound packed w/ quarter-strength
Dakin's gauze. Then 3 cm transverse suprapubic incision, bladder opened between stay
sutures, 16 Fr SP tube placed, purse-string, tube secured to skin.
Specimen: scrotal skin to path. Disposition: PACU, stable.
"""),
("2018-12-18", "Wound Clinic Note", """
WOUND CLINIC                         12/18/2018

69M, HD MWF, T2DM on insulin. S/p scrotal debridement and SP tube 11/9 for biopsy-proven
scrotal calciphylaxis. Home health does wound care 3x/wk.

Scrotal wound: 5.2x4.0x0.4 cm, 90% red granulation, 10% yellow slough, light serous
drainage, margins attached, periwound intact. No odor.
Slough removed today by conservative sharp debridement (curette), minimal bleeding.
SP tube site: clean, no leak; tube exchanged 12/10.
Insulin: still injecting into the abdomen, rotating sites; abdominal skin unremarkable.
BMI 34.9. Pain 3/10.

Plan: hydrofiber under foam, three changes weekly; continue STS w/ HD; nutrition consult for
protein; RTC 2 wks.
"""),
]}

C12 = {"patient_id": "C12", "age": 61, "sex": "M", "notes": [
("2024-02-13", "Men's Health Clinic Note", """
MEN'S HEALTH CLINIC                     2/13/24
Provider: D. Halvorsen-Mbatha, NP

61M, ESRD on HD (Castrillo's Mon/Wed/Fri shift), DM2 on glipizide + diet, HTN. Fatigue, low
libido, loss of morning erections. AM T 168 and 221 ng/dL, LH 4.0, prolactin nl, PSA 1.3, Hct 34.9.
No prior testosterone.

Exam: BP 152/84, wt 99.6 kg, ht 181.5 cm, BMI 30.2. Testes 15 mL bilat, no masses. No
gynecomastia.

A/P: Hypogonadism, symptomatic.
- Discussed gel vs IM. He prefers injections. PLAN: testosterone cypionate 100 mg IM once a
  week, to be self-injected into the thigh; teaching visit booked for 3/12 once the repeat Hct and
  nephrology clearance are back. No injection today.
- Discussed Hct monitoring, fertility not a concern.
- Sent note to nephrology (Dr. Castrillo).
"""),
("2024-03-05", "Hemodialysis Rounding Note", """
HEMODIALYSIS ROUNDING NOTE                 03/05/2024

S: For two weeks, exquisitely tender, firm, purplish areas high on both inner thighs;
"feels like burning". Denies any injections, falls, bumps, heating pads, ice, new tight clothes. The
testosterone shots men's health talked about were never started.

O: Pre BP 164/90. EDW 98.5 kg.
Both medial thighs: violaceous, indurated plaques, R 7x5 cm and L 6x4 cm, w/ livedo
racemosa at the edges; small central dusky necrotic area on the R. Tender.
Labs 2/28: Ca 10.2, Phos 7.7, iPTH 1020, Alb 3.2.

A/P: Bilateral medial thigh plaques in HD pt with uncontrolled CKD-MBD -- concern for
calciphylaxis. Urgent derm (bx). Calcitriol off; cinacalcet 30; sevelamer 2400 with meals;
2.0 calcium bath. Men's health notified to hold off on testosterone.
"""),
("2024-03-19", "Dermatology Consult", """
DERMATOLOGY CONSULT                      3/19/2024

61M on HD, T2DM, sent for plaques on both medial thighs, present ~4 wks.
Punch bx 3/8/24 (L medial thigh): arteriolar medial calcification (subcutis), thrombosis,
fat necrosis; dermpath calls it calciphylaxis.

Once more denies trauma, shots of any kind, or heating/cooling the legs.

Exam: medial thighs: R 8 x 5 cm plaque w/ 2 cm eschar, L 6 x 5 cm plaque, bx site intact.
BMI 30.2. A1c 8.4.

A/P: Calciphylaxis, biopsy-proven, both medial thighs.
- STS 25g IV each run.
- Counselled: keep IM/SC shots out of the thighs; heating pads and ice packs stay
  off the legs; protect skin from bumps.
- Testosterone injection plan cancelled (discussed w/ men's health); if ever treated,
  transdermal only.
- DM: may need basal insulin if A1c stays > 8 -- PCP to decide; not on insulin now.
- Wound RN, pain management per neph.
"""),
]}

C13 = {"patient_id": "C13", "age": 39, "sex": "M", "notes": [
("2016-06-07", "Operative Note", """
OPERATIVE REPORT                    06/07/2016
Surgeon: Dr. Femi Lundgren-Asare     Assistant: resident Dr. P. Carvalho

Preop dx: R testicular mass (solid, 2.8 cm, hypoechoic on US), tumor markers: AFP nl,
beta-hCG 11, LDH 260.
Procedure: R radical inguinal orchiectomy.
Anesthesia: general. EBL 15 mL.
Pt: 39M, ESRD from IgA nephropathy on thrice-weekly HD (L radiocephalic fistula), HTN.
Heparin-free run yesterday.

Description: Supine. A 5 cm R inguinal incision made, paralleling the ligament. Ext
oblique aponeurosis split along its fibers; ilioinguinal nerve spared.
Cord isolated at the internal ring and clamped. Testis delivered from the scrotum,
gubernaculum divided. Cord divided and ligated high with 0 silk + 0 Vicryl suture ligatures
and left long. Hemostasis. Closure: ext oblique 2-0 Vicryl running, Scarpa 3-0,
4-0 Monocryl intradermal to skin, skin glue. Specimen to path.
No complications. Discharged same day.
"""),
("2016-08-30", "Urology Oncology Follow-up", """
UROLOGIC ONCOLOGY - POSTOP / SURVEILLANCE            8/30/16

39M s/p R radical inguinal orchiectomy 6/7/16. Path: pure seminoma, 2.8 cm, pT1, margins
neg, no LVI. Staging CT A/P + CXR negative. Markers normalized. Stage IA; chose surveillance.
ESRD on HD MWF, no DM.

S: Doing ok, back at work half-days. New: a sore lump at the front of the R upper thigh
since early August, hurts with walking, now discolored.

O: BP 148/86. Wt 68 kg.
R inguinal incision: well healed, flat, no tenderness, no hernia.
R anterior proximal thigh, roughly 10 cm below the groin incision: 4x3 cm indurated
violaceous plaque, tender, livedoid edge. Skin between it and the scar looks normal.

A/P:
1. Seminoma stage IA - surveillance: CT A/P q6 mo x2 yrs, markers q3-4 mo.
2. R thigh plaque - unclear; in an HD pt consider calciphylaxis. Derm referral, expedited.
"""),
("2016-09-13", "Dermatology Consult", """
DERMATOLOGY CONSULT                   09/13/2016

39M on HD, recent R inguinal orchiectomy (6/7/16) for seminoma.
Bx 9/2/16 (R anterior thigh): small subcutaneous vessels w/ calcified walls and intimal
proliferation, thrombosis, necrotic fat (von Kossa +); pathologist's dx: calciphylaxis.

Exam: R anterior proximal thigh: 5x4 cm plaque, 1 cm eschar. The inguinal scar is
uninvolved and separated from the plaque by a broad band of normal skin; the lesion sits on
the thigh, away from the incision. No other lesions.
BMI 22.4 (wt 67.5 kg).

Impression: R anterior thigh calciphylaxis. Not at the surgical site.
Plan: STS during dialysis, neph to switch binder (calcium acetate -> sevelamer), wound care with
alginate/foam, analgesia; discussed w/ oncology -- surveillance CT can proceed.
RTC 3 wks.
"""),
]}

C14 = {"patient_id": "C14", "age": 72, "sex": "M", "notes": [
("2025-05-06", "Urology Office Note", """
UROLOGY OFFICE NOTE                     05/06/2025
Return visit, intracavernosal therapy

72M: HD-dependent ESRD (Monday/Wednesday/Friday chair), T2DM using insulin, prior DVT on
warfarin, ED on intracavernosal Trimix since 2024 w/ good response. He injects into the R lateral mid shaft each time.

Today: small tender lump and yellow-green bruise at his injection spot, R lateral mid shaft,
for ~2 wks. No curvature, no pain w/ erection, no prolonged erections.

Exam: R lateral mid shaft: 8 mm firm, mildly tender nodule w/ overlying resolving
ecchymosis at the injection site. No plaque elsewhere. Glans, meatus normal.
INR 2.8 (5/1). Wt 84 kg, BMI 27.5.

Assessment and plan: Injection-site hematoma with early fibrosis, R penile shaft, on
warfarin. Not a Peyronie's plaque.
- Alternate sides of the shaft; hold firm pressure 5 min after each injection.
- Reduce dose to 0.15 mL.
- Recheck 3 mo; sooner if curvature.
"""),
("2025-06-10", "Hospital Medicine Progress Note", """
HOSPITALIST DAILY NOTE - hospital day 8            06/10/2025

72M on maintenance HD, DM2 on insulin, DVT on warfarin, admitted 6/2 w/ acute urinary
retention (1.1 L) and UTI; 16 Fr Foley placed 6/2.

Skin (wound RN + my exam):
1. Foley: erosion at the ventral urethral meatus, ~4 mm notch, from catheter traction --
   catheter-related pressure injury. Catheter re-secured to the thigh, tension off.
2. Both calves: painful retiform purpura w/ central dusky necrosis, right 6x4 cm, left 5x4 cm,
   started ~late May before admission per pt. No trauma, no compression stockings, no
   injections there. Derm did punch bx L calf 6/9.
3. Penile shaft: known small nodule R lateral (injection-related, per urology).

Labs: INR 3.1, albumin 2.9, calcium 9.7, phosphate 7.5, PTH 880.

A/P: calf lesions - concern for calciphylaxis, awaiting path. Voiding trial on 6/12 w/
tamsulosin. Warfarin dose reduced.
"""),
("2025-06-24", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP                  6/24/2025

72M on HD. Bx 6/9 (L calf) signed out as calciphylaxis -- mural calcium in small subcutaneous
arteries, thrombi, fat necrosis.

Exam:
- Calves: R 7 x 4 cm and L 5 x 4 cm necrotic plaques w/ livedo, unchanged in size.
- Penis (examined at pt's request): R lateral shaft nodule, now smaller and no bruising -- fits
  resolving injection hematoma/fibrosis. Ventral meatal notch from the catheter, healing.
  Neither penile finding looks like calciphylaxis; no retiform purpura, no eschar.

Impression: Biopsy-proven calciphylaxis, bilateral calves. No preceding trauma to the legs.
The penile nodule and meatal erosion are separate, benign, trauma-related findings.

Plan: continue STS at dialysis; hematology consulted on apixaban in place of warfarin;
wound care (alginate + foam); hold ICI until calf wounds improve. BMI 27.1.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
