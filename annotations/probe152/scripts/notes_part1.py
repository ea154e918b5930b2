"""probe152 corpus notes, B01-B07 (rheumatology/autoimmune clinic and the services around it; all invented)."""

B01 = {"patient_id": "B01", "age": 58, "sex": "F", "notes": [
("2019-04-03", "Rheumatology Clinic Follow-up", """
RHEUMATOLOGY FOLLOW UP                 Harrowgate Arthritis & Lupus Center
Date of service: 04/03/2019            Provider: T. Okonkwo-Reyes, MD

CC: "my hands are on fire again"

HPI: 58 yo F w/ erosive seropositive RA since 2009 (RF 212 IU/mL; CCP antibody >250), ESRD (in-center HD
three mornings weekly, R arm fistula), insulin-treated T2DM, here for flare x 10 days. AM stiffness
~2 hrs, jar lids impossible, dropped a saucepan Sunday. MTX was stopped yrs ago when her GFR fell
and is contraindicated now. On HCQ 200 mg daily (renally dosed) + pred 5 mg. Abatacept prior
auth still pending w/ her insurer.

ROS: no fevers, no rash, no new skin sores.

Vitals - BP 148/82 | pulse 88 | temp 36.7 | weight 89.6 kg | BMI 33.4
Exam: synovitis bilat MCP 2-3, R wrist boggy + warm, L wrist tender. TJC 10 / SJC 7.
Skin intact, no nodules.
CDAI 31 (high). ESR 64, CRP 3.8 mg/dL.

A/P:
1. RA, high disease activity -> bridge w/ triamcinolone acetonide (Kenalog-40) 80 mg IM,
   administered in clinic by nursing to the R dorsogluteal site (upper outer quadrant);
   tol well, site hemostatic.
   Cont HCQ, pred 5. Will chase abatacept PA.
2. ESRD - per nephrology. No NSAIDs.
3. DM2 - glargine 18 units at bedtime plus lispro correction scale per PCP, A1c 7.6.
RTC 6 wks.
"""),
("2019-05-14", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Referred by: Dr Okonkwo-Reyes (rheum) and the HD unit
Reason for referral: painful buttock lesion

HPI: 58F w/ RA, ESRD (HD), T2DM needing insulin. Pt first felt a hard tender spot on the R
buttock about 3 weeks ago; it went purple and then a black middle formed. Pain 9/10, can only
sit tilted onto her L hip. She says it is "smack where the nurse put the steroid shot". Chart
reviewed: triamcinolone 80 mg IM into the R dorsogluteal site at the 04/03/19 rheum visit.
No fever or chills. No warfarin.

Exam: R buttock, superolateral: stellate violaceous plaque 6x4.5cm, centrally an adherent black
eschar 2x1.5cm, retiform purpuric rim, woody induration. Exquisitely TTP.
No fluctuance. L buttock, thighs, abdomen unremarkable.

HD unit labs 5/13 - phos 7.1 (H) / Ca 9.8 / PTH 912 / albumin 3.1

Impression: necrotic R buttock plaque exactly at the former IM Kenalog injection spot. Favored dx:
calciphylaxis; other considerations: post-injection fat necrosis, Nicolau syndrome; abscess unlikely.

Plan: deep incisional wedge bx from the active edge (avoiding eschar) today for H&E + von Kossa;
consent signed. Nonadherent dressing, keep pressure off the R side. Will call w/ results.
"""),
("2019-05-24", "Nephrology HD Rounding Note", """
HEMODIALYSIS ROUNDING NOTE - Westbrook Dialysis Center, chair 14
Fri 5/24/2019

Derm path returned (5/14 R buttock wedge): medial calcium deposits in tiny arterioles
beneath the dermis, intimal fibroplasia, luminal thrombi; vK stain lights up the deposits. Pathologist
signed it out as calciphylaxis. So this is tissue-proven calciphylaxis, R buttock, arising at
the IM triamcinolone injection site of 4/3/19.

Today: pre wt 88.1 kg (EDW 86.5), BP 156/79. Tolerating 4 h runs. Pain poorly controlled on
oxycodone 5 mg. BMI 33.1. Kt/V 1.38 last month.
Labs - corrected Ca 10.3 (measured 9.6), PO4 6.8, intact PTH 880, alk phos 142, Hgb 10.4

Plan:
- Na thiosulfate 25 g IV infused in the final 30-60 min, every run (TIW)
- calcium acetate stopped; sevelamer 1600 mg tid ac instead
- cinacalcet start 30 mg/d, titrate; calcitriol on hold
- dialysate Ca 2.0 mEq/L
- wound care per derm; palliative referral for pain
- no more IM injections into the gluteal muscles
- insulin per PCP
"""),
]}

B02 = {"patient_id": "B02", "age": 44, "sex": "F", "notes": [
("2023-08-08", "Lupus Clinic Follow-up", """
LUPUS CLINIC - FOLLOW UP                                         8/8/2023

44 yo woman w/ SLE (dx 2008: malar rash, arthritis, ANA 1:1280, dsDNA+, low C3/C4), class
IV+V lupus nephritis -> ESRD 2021, now on CCPD at home (5 cycles, 2 L fills, last fill
icodextrin). Hx LLE DVT 2015, was on warfarin about 6 months, completed, no anticoag now.

Interval: belimumab 200 mg SC weekly was started in June for persistent arthralgia, rash and
low complements. She self-injects w/ the autoinjector into the anterior thighs, alternating R one week
and L the next. Mild itch at the sites w/ the first 2 doses, nothing since. Joints better.

Meds: belimumab SC q wk, hydroxychloroquine 200 mg qd, prednisone 5, sevelamer 800 tid ac,
calcitriol 0.25 mcg qd, ESA per PD unit, amlodipine 10.

Exam: BP 132/84, HR 76, wt 68.0 kg, BMI 24.8. Malar area clear; mouth w/o ulcers; joints w/o synovitis;
hair normal. Skin: no active lesions.
Labs: C3 74 (low), C4 9, dsDNA 88 IU/mL (down from 210), CBC unremarkable.
SLEDAI-2K 6.

Plan: continue belimumab; recheck complements in 3 mo. Pred down to 4 mg. Sun protection.
"""),
("2023-10-03", "PD Clinic Nephrology Note", """
PERITONEAL DIALYSIS CLINIC                                   Oct 3 2023

S: Monthly PD visit. Complains of dark, painful spots on both thighs since September, worse at
night, can't bear the sheets on them. No fevers. Cycler running fine, effluent clear,
abdomen comfortable, exit site clean.

O: BP 141/88, wt 67.1 kg (BMI 24.3).
R anterior thigh: violaceous, indurated 3x2cm plaque centered by black eschar, lacy
purpura around.
L anterior mid-thigh: stellate purpuric plaque 2x2cm, very tender, no eschar yet.
Exit site w/o erythema or crust.
Adequacy (Aug): Kt/V 1.9 per week, creat clearance 52 L/wk.
Chem: phosphorus 7.4 | calcium 10.1 | PTH 604 | alb 2.9

ASSESSMENT/PLAN:
Painful retiform purpura w/ eschar on both thighs, PD pt, elevated Ca-phos product ->
worried about calciphylaxis. Derm referral today (bx). Calcium carbonate off, calcitriol held,
sevelamer increased to 1600 w/ meals, cinacalcet 30 started. Switch to low-Ca PD solution (1.25 mmol/L).
Will update rheum (Dr Lindqvist).
"""),
("2023-10-12", "Dermatology Clinic Note", """
Derm clinic - return for biopsy results                           10/12/23

44F SLE, ESRD on PD, with lesions of both anterior thighs. R anterior thigh sampled w/ a 4 mm
punch here on 10/5.
Path: mural calcium in little subcuticular vessels plus intimal hyperplasia and lobular
fat necrosis; there is no vasculitis, no APS-pattern thrombi. DIAGNOSIS: CALCIPHYLAXIS.

Exam: R anterior thigh plaque now 3.5x2.5cm w/ dry stable eschar. L anterior thigh plaque
2.5x2cm with a small new central eschar. Bx site clean. BMI 24.1 per intake.
Meds reviewed: belimumab, HCQ, prednisone, sevelamer, cinacalcet.

Impression: bilateral anterior thigh calciphylaxis.

Plan (d/w nephrology):
- IV sodium thiosulfate thrice weekly in our infusion suite while she remains on PD; nephro raising HD transfer
- leave dry eschar intact, silicone foam border dressing, no enzymatic debriders
- gabapentin 100 mg qhs (renal dose) for neuropathic pain
- rheum to decide on continuing belimumab
RTC 2 wks.
"""),
]}

B03 = {"patient_id": "B03", "age": 67, "sex": "M", "notes": [
("2021-01-05", "Rheumatology Telephone Encounter", """
RHEUMATOLOGY - TELEPHONE ENCOUNTER          01/05/2021 10:42

Spoke w/ pt (67M, RA on abatacept IV q4wk + low-dose pred, ESRD, HD Tue-Thu-Sat, AFib on
warfarin). Calling about L ankle swelling & pain x ~2 wks. Thinks it is "the arthritis
again". Denies a fall, twisting injury or fever. INR last wk 2.6 at coumadin clinic.

Since Christmas he has been wrapping a frozen gel pack around the L ankle 3-4 times a day and
some nights dozes off w/ it still on the outer ankle. Says it helps a lot.

Plan per Dr Vasquez-Holm:
- pred 20 mg x 5 d then back to 5 mg
- ice: max 15-20 min, towel between pack and skin, never overnight
- if not better in 1 wk -> clinic for aspiration (gout? septic?)
- keep abatacept infusion 1/19
Pt verbalized understanding, wife on speaker.
-- K. Pryce, RN
"""),
("2021-02-02", "Wound Care Clinic Initial Visit", """
WOUND & HYPERBARIC CENTER - INITIAL VISIT                         Date: 2/2/21

Referred by the HD unit for a L ankle ulcer.
Mid-January the pt first saw an exquisitely painful purple patch on his outer L ankle; it blackened over
roughly ten days. Pain 8/10, worse in a shoe.
Of note: after Christmas he iced the L ankle w/ a frozen gel pack several times daily, often
straight on the skin and sometimes overnight. The ulcer sits precisely where the pack was wrapped.

PMH: RA, ESRD on HD, AFib (warfarin), HTN. No DM. No known PAD.
Wound: L lateral malleolus, 3.1x2.4x0.2cm; adherent black eschar ~80%, yellow slough ~20%,
violaceous livedo extending 6 cm around it, periwound indurated, scant serous drainage, not malodorous.
Pedal signals: DP + PT audible on doppler. ABI L >1.4 (noncompressible). TBI 0.52.
Wt 84 kg, BMI 28.7.

Imp: L lateral ankle necrotic ulcer where a frozen pack sat for long stretches; HD, on
warfarin. Calciphylaxis is the worry; cold injury and arterial ulcer also possible.
Plan: derm for bx; no debridement until dx. Povidone-iodine paint to eschar, offload w/ foam.
Messaged nephro re Ca/phos and cardiology re warfarin alternatives.
"""),
("2021-02-16", "Dermatology Follow-up", """
DERMATOLOGY                                                           2-16-2021

Return for path. On 2/5 we took a pair of 4 mm punches at the L lateral ankle ulcer margin.
Path: extensive calcification of small and medium dermal/subcutaneous vessels, von Kossa +,
w/ thrombosis; septal panniculitis; no cryoglobulin deposits or vasculitis.
Diagnosis = calciphylaxis, L lat. malleolus. Bx sites healing.

Discussed w/ pt and daughter. The frozen gel pack he kept on that exact spot from Christmas on
was very likely the trigger for the location (a Koebner-type localization).

Plan:
- nephro starting sodium thiosulfate w/ HD this week
- cardiology: warfarin discontinued today, apixaban 2.5 mg bid to replace it
- absolutely no gel packs, cold or hot, anywhere on his legs
- wound clinic weekly
Wt 83.5 kg, BMI 28.5.
"""),
]}

B04 = {"patient_id": "B04", "age": 71, "sex": "F", "notes": [
("2018-05-08", "Rheumatology Follow-up", """
RHEUM F/U - giant cell arteritis                                        5/8/18

71F, GCA dx 8/2017 (R temporal artery bx +), prednisone taper now 10 mg daily, tocilizumab
162 mg SC weekly added in January (she injects her abdomen). ESRD from hypertensive
nephrosclerosis; HD thrice a week (Mon-Wed-Fri). T2 diabetic, takes linagliptin. Osteoporosis.

Interval: L1 compression fracture this spring lifting a laundry basket; ortho fitted her w/ a
rigid lumbosacral orthosis (LSO), worn all day. Complains the brace's lower rim rubs and
digs into her left flank, just above the hip bone, esp when seated in the dialysis chair.
No headache, jaw claudication, scalp tenderness or visual change.

Vitals: BP 150/70, P 72, Wt 74.5 kg, Ht 158 cm, BMI 29.9 (overweight)
Exam: temporal arteries nontender, pulses equal. L flank: faint erythema along the brace edge,
skin unbroken.
ESR 18, CRP 0.4

Plan: pred to 9 mg; continue tocilizumab; bisphosphonates avoided (ESRD) -> denosumab via endo;
asked ortho to pad the brace rim, moleskin meanwhile. RTC 8 wks.
"""),
("2018-06-19", "HD Rounding Note", """
Dialysis rounds - Northgate HD unit, Tue 6/19/2018

71 F ESRD, GCA on pred.
New issue: hard, painful spot L flank, first noticed Sat 6/2, now w/ a dark center. She
can no longer tolerate the back brace because of the pain.
Exam: L flank, just cephalad to the iliac crest: indurated violaceous retiform plaque
5x3.5cm w/ black center ~1 cm; exquisitely tender. Afebrile.
Run: 3.5 h, UF 2.1 L, hemodynamically stable. EDW 72 kg.
Labs 6/18: Ca 9.9, P 6.6, PTH 740, Alb 3.0, Hgb 9.8

Imp: ?calciphylaxis L flank. Risks: ESRD, steroids, DM, high Ca x P.
Plan: urgent derm bx; calcium acetate -> sevelamer; hold calcitriol; cinacalcet 30 mg;
consider STS pending bx.
"""),
("2018-07-03", "Dermatology Follow-up", """
DERMATOLOGY - FOLLOW UP                                              07/03/2018

71F ESRD on HD, GCA, DM2.
Wedge bx L flank 6/22: calcified subcutaneous arterioles (von Kossa+), fat necrosis,
microthrombi = calciphylaxis, biopsy proven.
Exam: L flank lesion has grown to 6x4cm, eschar 2.5 cm, dry, without drainage. Rest of trunk and both legs
free of lesions.

Plan: nephrology began Na thiosulfate 25 g intradialytic on 6/29. Keep eschar dry, no collagenase.
Pain - palliative care consult placed. Discussed prognosis frankly w/ pt and son.
RTC 3 wks or sooner if drainage or fever.
"""),
]}

B05 = {"patient_id": "B05", "age": 52, "sex": "M", "notes": [
("2017-08-10", "Rheumatology Inpatient Consult", """
RHEUMATOLOGY CONSULT (inpatient) - St. Aldric Medical Center                8/10/2017
Requested by: hospitalist, re weakness + high CK

52M w/ ESRD on HD (diabetic nephropathy), T2DM on insulin, HLD on atorvastatin x 4 yrs,
obesity. 6 wks of progressive proximal weakness; can't rise from the HD recliner unaided.
No rash, dysphagia or Raynaud's.

Exam: BMI 36.2 (obese class II). Deltoids 3/5, hip flexors 3-/5, neck flexors 4/5. No
heliotrope, no Gottron's papules. Skin intact.
Labs: CK 4,860, aldolase 31, anti-HMGCR Ab strongly positive (>200 U), myositis panel otherwise
negative. MRI thighs: symmetric quadriceps edema.

A: probable statin-associated immune-mediated necrotizing myopathy.
P: atorvastatin stopped. Muscle bx to confirm - general surgery booked for open L deltoid
biopsy 8/17. After bx: IVIG 2 g/kg over 5 d and pred 60 mg daily. Insulin per primary team (expect
higher needs on steroids). Check TSH.
"""),
("2017-08-17", "Operative Note - Open Muscle Biopsy", """
BRIEF OPERATIVE NOTE                                                   17 Aug 2017
Procedure: open muscle biopsy, left deltoid
Surgeon: R. Adeyemi, MD    Anesthesia: local (1% lidocaine 8 mL) + MAC
Indication: suspected necrotizing myopathy (anti-HMGCR+)

Description: pt supine, L arm abducted on a board. 3 cm longitudinal incision over the lateral
L upper arm at mid-deltoid. Fascia opened; two 1 x 0.5 cm strips of muscle excised, one clamped
in situ, both sent fresh to neuropathology. Hemostasis w/ electrocautery. Fascia reapproximated w/ 3-0
Vicryl; skin: running 4-0 Monocryl subcuticular; then steri-strips and dry gauze.
EBL <5 mL. No complications. Pt tolerated well, to PACU stable.

Post-op: keep dry 48 h; absorbable sutures; follow up in surgery clinic in 2 wks.
"""),
("2017-09-12", "General Surgery Clinic Post-op Visit", """
GEN SURG CLINIC - post-op                                               9/12/2017

s/p open L deltoid muscle bx 8/17 (path: necrotizing myopathy, scattered necrotic fibers,
MHC-I upregulation, fits anti-HMGCR IMNM).
Incision had healed fine at the 2 wk check. About 10 days ago pt noticed the scar turning
purple, hard and very painful; now it has a black crust. On pred 40 mg, finished IVIG.

Exam: lateral L upper arm: along and around the 3 cm bx scar, violaceous indurated plaque
4x3cm, eschar 1.5 cm centrally, stellate purpuric border. Nothing fluctuant, no purulence. T 37.0.

Imp: necrosis at the biopsy incision; does not look like a wound infection. In an HD pt w/ a
high phosphate, calciphylaxis has to be considered.
Plan: derm to punch the margin; no debridement for now. Called HD unit re labs.
"""),
("2017-09-26", "Nephrology HD Unit Note", """
NEPHROLOGY / HD UNIT NOTE                                           09-26-2017

Derm punch (9/15), L upper arm lesion: small vessels with medial calcium and thrombi,
calcium confirmed on vK -> calciphylaxis.
i.e. biopsy-proven calciphylaxis at the healed L deltoid muscle bx incision (surgery 8/17).

Labs: phosphorus 8.2 (!), PTH 1120, calcium 9.4, albumin 2.8. Kt/V 1.21, underdialyzed.
Weight 112 kg -> BMI 35.8.

Plan:
- STS 25 g IV, hung for the final hour of every treatment
- lengthen runs to 4.5 h
- stop calcium-based binder, start lanthanum; cinacalcet 30 -> 60 mg
- surgery eval for parathyroidectomy
- pred taper per rheum (steroids are a risk factor)
- insulin glargine per endo; not on warfarin
"""),
]}

B06 = {"patient_id": "B06", "age": 63, "sex": "F", "notes": [
("2016-10-18", "Rheumatology Infusion Center Note", """
INFUSION CENTER - RITUXIMAB                   10/18/2016  Dose 2 of 4 (375 mg/m2 weekly)

63 y/o F, MPO-ANCA microscopic polyangiitis w/ RPGN (renal bx 9/2016: pauci-immune crescentic
GN), now dialysis-dependent, HD via a L IJ tunneled catheter; L arm AVF maturing.
Infusion access: R chest implanted port, placed by IR on 10/11/2016 (single lumen,
R infraclavicular). Port accessed w/ 20G Huber needle, brisk blood return. Incision well
approximated, dry.

Premeds: acetaminophen 650 mg PO, diphenhydramine 25 mg IV, methylprednisolone 100 mg IV.
VS q15 min x 1 h then q30: BP 122/70 -> 130/74, HR 80s, SpO2 98% RA. No infusion reaction.
Infusion completed in 4 h 10 min. Port flushed, heparin lock 500 units, de-accessed.

Wt 69.8 kg, BMI 26.3. No diabetes. Not anticoagulated.
Next dose 10/25.
"""),
("2017-02-21", "HD Rounding Note", """
HD ROUNDS 2/21/17 - Lakeview Dialysis, 2nd shift

63F MPA, ESRD. Catheter removed in Dec; now cannulating the L brachiocephalic AVF well.
Pt c/o a hard, burning area over her port since early February. RTX maintenance q6mo.

Exam: R upper chest, over and around the port pocket scar: 4x3cm indurated violaceous plaque
w/ 1 cm necrotic center and surrounding livedo; no purulence, no sinus tract. T 36.9.
Labs today: WBC 7.1, PO4 6.9, calcium 10.4, PTH 560, alb 3.2. Blood cx x2 drawn.

Imp: necrotic plaque over the R chest port - port pocket infection vs calciphylaxis (Ca x P 72,
on calcium acetate + calcitriol). ANCA flare less likely (MPO titer now negative).
Plan: vancomycin w/ HD pending cultures; derm bx; calcium acetate -> sevelamer; hold calcitriol.
"""),
("2017-03-02", "Dermatology Consult", """
DERMATOLOGY CONSULT                                                 03-02-2017

63 yo F w/ MPA, ESRD on HD. Punch bx 2/23, R upper chest lesion, margin sampled:
calcified small vessels in dermis + subcutis with fibrin thrombi, no leukocytoclasis,
GMS and Gram stains negative. Blood cx final: no growth.

DX: R infraclavicular chest calciphylaxis, localized to the port pocket and port scar.
Exam: now 4.5x3.5cm, eschar enlarging, port palpable beneath it.

Rec:
- IR to remove the port (foreign body under necrotic skin); future rituximab via peripheral IV
- Na thiosulfate 25 g intradialytic, each session; vancomycin can stop
- xeroform and gentle dressing changes
- hydromorphone 0.5 mg po, q4 hrs if needed for pain
"""),
]}

B07 = {"patient_id": "B07", "age": 76, "sex": "F", "notes": [
("2024-05-29", "Primary Care Same-Day Visit", """
FAMILY MEDICINE - SAME DAY VISIT                                       05/29/2024
CC: cut on leg

76F w/ RA (pred 7.5 mg + HCQ), ESRD on home PD, type 2 DM on no meds, diet only (HbA1c 6.6%), osteoporosis.
On Memorial Day her R shin struck the edge of a glass coffee table at her daughter's
house. Skin tore and bled "a lot"; daughter put on a bandage.

Exam: T 36.6  BP 138/76  HR 74  wt 56 kg  BMI 22.9
R anterior shin, middle third: 4 cm flap skin tear (STAR 2a), flap viable, edges approximated
with steri-strips today, nonadherent dressing + light tubular bandage. Thin, fragile steroid
skin; a few old ecchymoses on both forearms.
Tdap last 2013 -> Tdap given L deltoid today.

Plan: keep dry 3 days, let the strips fall off on their own, return for redness or pus.
PD nurse informed. No insulin, no anticoagulants.
"""),
("2024-06-25", "PD Clinic Visit", """
Home PD clinic - Sunnyside Renal                                          6/25/24

76 yo F, CAPD - 4 bags of 2 L a day (three 1.5%, one 2.5%).
Pt and daughter report a new painful dusky area on the R anterior shin, present for about
2 weeks, now w/ a dark center; she cries during dressing changes.

Exam: R mid anterior shin: purple indurated plaque 3.5x3cm w/ a 1.2 cm black eschar,
lacy purpura at its edges. No cellulitis. DP pulses felt.
PD exit site clean. Euvolemic. BMI 22.7.
Labs: PO4 6.1, Ca 9.9, iPTH 488, albumin 3.0

Imp: concern for calciphylaxis (PD, steroids, low albumin, Ca x P ~60).
Plan: urgent derm; calcium carbonate -> sevelamer; cut calcitriol; pain: acetaminophen and
low-dose tramadol.
"""),
("2024-07-09", "Dermatology Clinic Note", """
DERM - skin bx result visit                                               7/9/2024

Deep punch bx (R shin, 6/28): calcified small subcutaneous vessels, intravascular thrombi,
extravascular calcium in the fat lobules. Von Kossa stain +. Fits calciphylaxis.

Exam: 4x3.2cm ulcer, anterior R shin, dry black eschar, rim of livedo. Left leg clear.

Assessment: calciphylaxis of the R lower leg in a PD patient.
Plan: since she's on PD, sodium thiosulfate IV M-W-F at our infusion suite; nephro to discuss a
switch to HD; wound RN weekly; no compression wraps; palliative care referral offered and
accepted.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
