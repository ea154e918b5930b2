"""probe143 corpus notes, E08-E14 (gynaecology and women's health, and the clinics around them; all invented)."""

E08 = {"patient_id": "E08", "age": 66, "sex": "F", "notes": [
("2024-11-19", "Urogynecology Consult", """
UROGYN CONSULT -- Dr. Ilse Brandvold

66F with bothersome SUI x 5 yrs: leaks on coughing, walking the dog, rising from a chair;
4-5 heavy pads/day. Did 12 wks of pelvic floor PT this year with little change. Ring
pessary #4 tried -> expelled; #3 -> leaks around it.
PMH: ESRD -- CCPD from 2021; T2DM -- degludec 28 units once daily and mealtime aspart
(she injects into the abdomen "around the PD tube"); HTN; OSA on CPAP; obesity.
No anticoagulants.
Vitals: BP 142/78, BMI 35.5 (class II obesity).
Exam: POP-Q stage I; urethral hypermobility (Q-tip +50 deg); positive CST; PVR 40 mL.
Urodynamics 11/5: urodynamic SUI, VLPP 78 cmH2O, no detrusor overactivity.

Counseling: bulking agent, retropubic vs transobturator midurethral sling, Burch.
Retropubic passage carries a higher bowel/catheter injury risk with PD -> favor TOT.
Reviewed risks incl. thigh/groin pain, mesh exposure and poor wound healing in dialysis
and diabetic patients.
Plan: TOT sling, date TBD; nephrology clearance; hold PD the night before surgery.
"""),
("2025-02-11", "Operative Note", """
BRIEF OPERATIVE NOTE
Date: 2/11/2025
Procedure: transobturator midurethral sling (outside-in), cystourethroscopy
Surgeon: I. Brandvold MD     Anesthesia: spinal + MAC
Indication: stress urinary incontinence, failed conservative management.

Findings: normal urethra and bladder on cysto, no trocar perforation, ureteral orifices
normal in position.
Details: 1.5 cm midline suburethral vaginal incision. A 5 mm skin stab incision made in
each groin crease at the level of the clitoris, just lateral to the ischiopubic ramus.
Helical passers taken outside-in, R then L; mesh laid tension-free under the mid-urethra;
sheaths removed. Vaginal incision closed with 2-0 Vicryl; both groin stab incisions closed
with skin glue.
EBL 25 mL. No complications. Residual urine output ~400 mL/day at baseline: void trial
passed, PVR 60 mL.
Post-op: resume CCPD tonight with reduced fill volumes for 1 wk. Acetaminophen, no NSAIDs.
F/u 4 wks.
"""),
("2025-03-11", "Urogynecology Postoperative Visit", """
UROGYN 4-WK POST-OP

66F s/p TOT sling 2/11/25. Continence much better (1 liner a day). However, since
3/3/25 both groin incisions have become severely painful and dark.
Vitals: T 37.0, BP 150/80, BMI=35.1.
Exam: vaginal incision healed, no mesh exposure. R groin: firm violet plaque 3x2cm
sitting squarely on the stab incision, 6 mm black crust. L groin: 4x2.5cm, same kind of
plaque with a net-like purple rim and a 1 cm eschar at the incision. No fluctuance, no
drainage, no crepitus. No enlarged inguinal nodes.
Labs from PD clinic 3/4: Ca 10.3, P 7.2, PTH 690, WBC 7.9, CRP 18.

A/P: necrotic plaques in both groins at the sling stab incisions; peritoneal dialysis,
elevated calcium-phosphate product -- worried about calciphylaxis; wound infection less
likely (afebrile, no pus). No indication for mesh removal now. Urgent derm; ID not
needed at present.
"""),
("2025-03-20", "Dermatology Consult", """
DERMATOLOGY CONSULT

66F, ESRD on CCPD, insulin-treated T2DM, obese (BMI 35.1), 5 wks after a TOT sling.
Painful necrotic plaques in both groins since 3/3/25.
Bx 3/13/25 (L groin rim, 5 mm punch): subcutaneous arterioles with intimal and medial
calcium, fibrin thrombi, a panniculitis; von Kossa +. = calciphylaxis.

Exam: plaques in both groins, each centered exactly on a healed sling stab incision; R
3.5x2cm, L 4.5x3cm with eschar; livedo within 2 cm of each.

Assessment: calciphylaxis of both groins, localized to the transobturator sling skin
incisions (Koebner-type).
Plan:
- thiosulfate IV following the PD unit protocol
- stop calcium acetate; sevelamer instead
- no further elective procedures in the area
- wound care: collagenase + calcium alginate
- urogyn aware; RTC 3 wks
"""),
]}

E09 = {"patient_id": "E09", "age": 28, "sex": "F", "notes": [
("2016-02-09", "Contraception Clinic Note", """
CONTRACEPTION CLINIC -- DMPA visit

28 yo G2P1011 HD pt (FSGS, ESRD since 2014, nocturnal in-center HD MWF), on Depo-Provera
since 2015; this is dose #4. Likes it: amenorrhea since dose 2. Renal team strongly
advises against pregnancy. Not yet a transplant candidate (weight).
Weight 92.6 kg, height 167.5 cm, BMI 33.0.
UPT neg. No new meds. No diabetes, no anticoagulants.

Administered: medroxyprogesterone acetate 150 mg/1 mL IM, R ventrogluteal (upper outer R
buttock). She always asks for the right side and has never had it on the left; previous 3
doses also R gluteal per MAR.
No bleeding, bandage applied.
Counseled: bone density effects, calcium/vit D per renal. Next dose window 4/26 - 5/10.
"""),
("2016-05-03", "HD Rounding Note", """
Nocturnal HD rounds

28F, FSGS. Complains of an exquisitely tender "hard lump" in the L buttock for about a
month, now darkening; she can barely sit for the run. Was due for Depo last wk but
postponed because of the pain.
O: BP 168/96. Upper outer L buttock: firm 6x5cm plaque, violaceous lacy border, necrotic
centre 2 cm. R buttock unremarkable, no nodule at the injection sites.
Labs: PTH 1450, phosphorus 8.1 (not taking binders), calcium 9.8.
A/P: L buttock -- suspect calciphylaxis; referring to dermatology and biopsy.
Low-calcium bath, start cinacalcet 30, dietitian for phosphate. Hold next DMPA until
this is sorted out.
"""),
("2016-05-24", "Dermatology New Consult", """
DERMATOLOGY NEW CONSULT

28F, end-stage renal disease, hemodialysis, obese with a BMI of 33.0, on DMPA for
contraception.
Lesion: L buttock since early April 2016, severe pain.
Bx L buttock 5/13/16: von Kossa-positive calcium in small subcutaneous
vessels, occlusive clot, fat necrosis: confirms calciphylaxis.
Exam: L gluteal plaque 7x5.5cm with 3 cm eschar.

Local trauma history: none on the left. The Depo-Provera shots (4 doses since 2015) all
went into the R gluteal region per the MAR; R buttock skin normal. She denies falls, heat,
ice, or any injury from sitting.
Impression: calciphylaxis, L buttock; nothing injured that side beforehand.
Plan: STS with each HD, surgical parathyroidectomy evaluation (PTH 1450), wound RN, pain
team. Contraception: stop DMPA, gyn to place a copper IUD.
"""),
]}

E10 = {"patient_id": "E10", "age": 45, "sex": "F", "notes": [
("2022-03-22", "Nephrology Clinic Note", """
Nephrology -- HD clinic f/u

45F, ESRD from hypertensive nephrosclerosis, HD Tu/Th/Sa; anemia (Hgb 8.1) from heavy
menses and CKD. Not diabetic. No warfarin.
NEW: from early March onward, a tender firm area in her L lower belly, "like a
bruise that won't go away". Never had injections in the abdomen (ESA given IV at HD); no
injury, no heat.
Exam: 62.3 kg, BMI 26.1. L lower quadrant, 3 fingerbreadths below the umbilicus: 4x3cm
purple indurated plaque, faintly retiform at the edges. No ulcer. R side clear.
Labs: albumin 3.1; PTH 980; PO4 6.6; Ca 9.4.

Plan
1. ?early calciphylaxis, L lower abdomen -> derm referral (first available 4/26)
2. SHPT: cinacalcet 60, sevelamer
3. Menorrhagia: gyn doing hysteroscopic myomectomy 4/11
"""),
("2022-04-15", "Gynecology Discharge Summary", """
DISCHARGE SUMMARY -- Gynecology
Admit 4/11/2022     Discharge 4/15/2022

45F, dialysis-dependent, submucosal fibroid with menorrhagia and symptomatic anemia.
Hospital course: 4/11 hysteroscopic myomectomy (3.5 cm type 1 fibroid), uneventful.
2 u PRBC on 4/12 with HD. Kept in for BP control and dialysis.
Thromboprophylaxis: subcutaneous heparin 5,000 u every 12 h into the lower abdomen
4/11-4/15, rotating R and L sides; nursing stayed ~5 cm away from the known L lower
abdominal plaque.
Skin: pre-existing L lower abdominal violaceous plaque (first noticed early March; derm
appointment pending) -- unchanged, dry dressing.
Hgb at discharge 9.6.
Meds at d/c: sevelamer, cinacalcet, amlodipine, renal MVI; IV iron at HD.
F/u: gyn 2 wks; derm 4/26 as booked.
"""),
("2022-05-03", "Dermatology Consult", """
Derm consult

45F HD pt, L lower abdominal plaque present since early March 2022.
Punch bx 4/26/22 (L LQ rim): media of small subcutaneous vessels calcified, thrombi,
fat necrosis; von Kossa + -- this is calciphylaxis.

Exam: L lower abdominal plaque 5x4cm, new 1.5 cm ulcer at the biopsy site. A few small
fading ecchymoses on the lower abdomen from the heparin shots she got in hospital
4/11-4/15.
Comment: the heparin was started about 6 wks after this plaque appeared, so it did not
come before the lesion.
Wt 62.8 kg; BMI 26.4.

Plan: thiosulfate at dialysis; alginate under foam for the wound; pain regimen per
nephrology; f/u 4 wks.
"""),
]}

E11 = {"patient_id": "E11", "age": 59, "sex": "F", "notes": [
("2021-03-16", "Breast Surgery Clinic", """
BREAST SURGERY CLINIC -- new referral

59F, ESRD on HD (MWF), insulin-requiring T2DM, obesity, AF (on warfarin until 2019, then
apixaban after a GI bleed). PCP referred her for a R breast "bruise" that will not heal.
HPI: about 6 wks ago noticed a sore purple area beneath the R breast; it has gone black
centrally and is extremely tender. Wears a soft sports bra, no underwire. No injury she
can recall, no heating pads.
Screening mammo 11/2020: BI-RADS 2, bilateral vascular calcifications.

Exam: BMI 44.1. R breast lower outer quadrant, 7 o'clock 8 cm FN: retiform violaceous
plaque 5x4cm, eschar 1.5cm, no underlying mass. No lymphadenopathy.
Procedure (verbal consent): 4 mm punch biopsy x2 at the edge of the R breast plaque,
1% lidocaine without epi, nylon sutures. Specimens to pathology, von Kossa requested.

Impression: necrotic plaque of the R breast; ddx calciphylaxis, inflammatory carcinoma
(unlikely). F/u path; derm referral placed.
"""),
("2021-03-30", "Dermatology Consult", """
Dermatology

59F HD, DM2 on insulin (glargine 40 units and lispro, both into the thighs; she avoids the
belly "because of the rolls"), AF on apixaban (warfarin 2014-2019).
Path, 3/16 R breast punch: calciphylaxis; calcified vessel walls, clot, necrosis of
the fat.

Exam: R breast LOQ ulcer 5.5x4cm, thick eschar, the biopsy sites now part of the ulcer.
Periwound livedo.
Assessment: calciphylaxis of the R breast, biopsy-proven. Nothing injured that skin before
the onset; the punches came out of the already established lesion.
Plan: loose eschar pared away with a curette at the bedside today; calcium alginate, ABD
pad and surgical bra; thiosulfate 25 g at dialysis; stop calcium acetate; wound clinic
referral; pain management.
"""),
("2021-05-11", "Wound Care Clinic", """
WOUND CLINIC -- visit #4

59F, R breast calciphylaxis ulcer (bx-proven 3/2021). Pain 6/10 (was 10/10), on STS x 7 wks.

Wound R breast lower outer quadrant: 5.1 x 3.6 x 0.4 cm; 60% yellow slough, 30% red
granulation, 10% eschar; moderate serous drainage; periwound macerated at the inferior
edge.
Procedure: selective sharp debridement -- slough taken off with #15 blade and forceps
down to subcutaneous tissue, 12 sq cm, minimal bleeding, silver nitrate for hemostasis.
Dressing: silver alginate under a bordered foam; home health RN to change it Mon/Wed/Fri.
Skin prep to the periwound.
BMI 43.6; HbA1c 7.6. Insulin glargine/lispro unchanged, rotating within the thighs.

Plan: continue STS with HD; weekly debridement; consider NPWT if granulation improves.
"""),
]}

E12 = {"patient_id": "E12", "age": 51, "sex": "F", "notes": [
("2019-07-09", "Breast Medical Oncology Clinic", """
BREAST MEDICAL ONCOLOGY -- f/u

51F, premenopausal (LMP 6/20/19), L breast IDC pT1cN0, ER 95% / PR 80% / HER2 neg,
Oncotype RS 24; s/p L lumpectomy + SLNB 5/14/19; whole-breast RT to start 7/22.
Also ESRD from chronic glomerulonephritis, dialysis 3x/wk in a center (Mon, Wed, Fri);
T2DM on linagliptin (renal dose), no insulin -- PCP says she "may need insulin eventually".
Ht 160 cm, Wt 82.7 kg (BMI 32.3). ECOG 0.

Discussion: higher-risk premenopausal disease -> ovarian function suppression plus
exemestane preferred. Plan to start goserelin 3.6 mg SC into the anterior abdominal wall
every 28 days at the next visit in August; exemestane to follow after 6-8 wks of OFS.
Tamoxifen is the fallback if she declines.
Plan: RTC 8/13 for first goserelin; baseline DEXA.
"""),
("2019-08-06", "HD Rounding Note", """
HD rounds, unit B

51F, ESRD from chronic GN, breast ca on RT (since 7/22, L breast).
c/o painful lumps low on the belly, R and L, for roughly a week, getting darker.
Her abdomen has never been injected (goserelin not yet given; first dose booked
8/13), no insulin, no hot water bottle or heating pad, no bumps or falls, no tight
waistbands. Heparin only in the HD circuit.
O: BP 150/86. Lower abdomen: indurated violaceous plaques, R 3x2cm and L 4x3cm, with
livedo; L with a small dusky center. RT field (L breast) mild pinkness only.
Labs: PTH 640; phosphorus 7.0; calcium 9.9; albumin 3.0.

A/P: bilateral lower abdominal plaques -- concerning for calciphylaxis. Urgent derm.
Asked oncology to postpone goserelin. Low-Ca bath; change binder.
"""),
("2019-08-20", "Dermatology Consult", """
DERMATOLOGY

51F on HD with new lower abdominal plaques.
Bx 8/9/19 (L lower abdomen, 2 punches): calciphylaxis, von Kossa +.

Exam: both lower quadrants of the abdomen; plaques enlarging (R 4x3, L 5x4 cm), L with
eschar. No lesions in the L breast RT field or at the lumpectomy scar.
Trauma history: none -- no SC injections ever given into the abdomen, no heat, no pressure.
Goserelin was never given.

A/P: calciphylaxis of the lower abdomen, biopsy-proven, no preceding local trauma.
- thiosulfate at each dialysis
- if OFS is still needed, oncology to weigh oophorectomy or giving goserelin elsewhere; no
  SC depot injections into the abdominal wall
- belly to be kept free of heating pads and ice
- BMI 32.3; weight counseling deferred
"""),
]}

E13 = {"patient_id": "E13", "age": 47, "sex": "F", "notes": [
("2020-02-11", "Gynecology Clinic", """
GYN -- AUB visit

47F perimenopausal with irregular heavy bleeding for 8 mo. EMB 1/28/20: proliferative
endometrium, no hyperplasia. TVUS: 9 mm stripe, no fibroids.
PMH: ESRD (diabetic nephropathy) on HD; T2DM -- basal glargine 18 units, lispro by sliding
scale, which she injects into the front of her lower abdomen, both sides; HTN; no
anticoagulation.
Vitals: BP 146/88, Wt 74.0 kg, Ht 161.7 cm, BMI 28.3.
Procedure: LNG-IUD 52 mg placed after consent; uterus sounded to 7.5 cm, easy insertion,
strings trimmed to 3 cm. Tolerated well.
Plan: bleeding diary; string check in 6 wks; continue insulin as is.
"""),
("2020-06-09", "HD Rounding Note", """
HD rounds

47F, DM2 on insulin. c/o "burning" pain on her L side since Memorial Day, now a purple
patch she can only see in the mirror; hurts most lying on the left.
O: BP 158/84. L flank, posterior to the mid-axillary line, midway from the ribs to the
iliac crest: violaceous retiform plaque 5x4cm, black central spot of 1 cm. Insulin sites
(anterior lower abdomen R and L) show mild lipohypertrophy only, no purpura.
Labs: PTH 870; Ca 10.0; phos 6.9.
A/P: probable calciphylaxis, L flank -> derm for biopsy. STS to start once biopsy
confirms. Stop calcitriol.
"""),
("2020-06-23", "Dermatology Consult", """
Dermatology consult

47F ESRD on HD, insulin-treated DM.
Bx (6/12/20, L flank): calcific uremic arteriolopathy (vascular calcification,
thrombosis, fat necrosis).

Exam: L flank plaque 6x4.5cm, eschar 2 cm. The plaque is on the lateral/posterior
flank, clearly separate from her insulin injection zone on the anterior lower abdomen
(closest edge ~10 cm away); no purpura at the injection sites. No other trauma to the flank.
BMI 28.3.

Impression: calciphylaxis, L flank, away from any injection site.
- STS with HD
- keep insulin in the anterior abdomen or thighs, rotating
- wound: alginate + foam
"""),
]}

E14 = {"patient_id": "E14", "age": 63, "sex": "F", "notes": [
("2023-01-17", "Pelvic Floor Clinic", """
PELVIC FLOOR CLINIC -- f/u prolapse

63F, stage III uterovaginal prolapse, Gellhorn pessary 2.5" placed 11/2022, fitting well,
no bleeding. Still a dragging pelvic ache.
For the ache she lies with an electric heat pad, setting HIGH, across the lower
abdomen; last week she fell asleep on it and woke with a red blistered patch just above
the pubic hairline.
Also gets vitamin B12 1000 mcg IM monthly (pernicious anemia) into the R deltoid.
PMH: kidney failure, HD three days a week (Tue/Thu/Sat); T2DM, NPH insulin twice a day;
HTN; obesity.
Vitals: 96.1 kg on the scale, 163.5 cm tall -> BMI 36.0.
Exam: suprapubic 6x4cm area of erythema with 2 intact bullae and a superficial erosion,
faintly reticulated brownish pigment surrounding it. Pessary removed, cleaned, replaced;
no vaginal erosions.
A/P: superficial partial-thickness burn from the heating pad. Stop the heating pad;
bacitracin + non-stick dressing. Pessary check 3 months.
"""),
("2023-03-14", "Wound Care Clinic", """
WOUND CENTER -- new referral from HD unit

63F, HD-dependent, insulin-treated DM2, BMI 36.0.
1) Both posterior calves: since mid-February exquisitely painful purple patches that have
ulcerated. R posterior calf 4x3cm, L posterior calf 6x4cm, both with black eschar and
livedo racemosa around them. She has not hurt her legs, used no heat or cold on them, wears
no compression stockings.
2) R deltoid: tender 2 cm fluctuant nodule at the B12 injection site for 2 wks.
3) Suprapubic: the January burn has healed, leaving lacy brown pigment.
ABI noncompressible bilaterally.
Plan: punch bx L posterior calf taken today, sent to derm path; needle aspiration of the R
deltoid nodule -> thick sterile-looking pus, sent for culture; dry dressings to calves.
"""),
("2023-03-28", "Dermatology Consult", """
DERMATOLOGY CONSULT

63F HD, insulin-treated DM, obese.
Path (3/14/23, L posterior calf punch): small subcutaneous vessels with calcified media and
thrombosis -> calciphylaxis.
Culture of the R deltoid aspirate: no growth at 5 days.

Impression:
1. Both posterior calves: calciphylaxis, proven on biopsy; the calves had no injury or
   other exposure beforehand.
2. R deltoid nodule = sterile abscess at her IM B12 injection site, resolving; this is not
   calciphylaxis (no purpura, no necrosis, aspirate sterile).
3. Suprapubic area = healed heating-pad burn with erythema ab igne; not calciphylaxis.
Plan: STS with HD; weekly wound care; switch B12 to oral; no heating pads anywhere.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
