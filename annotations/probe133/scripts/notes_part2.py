"""probe133 corpus notes, V08-V14 (medical/surgical ICU and the services around it; all invented)."""

V08 = {"patient_id": "V08", "age": 69, "sex": "F", "notes": [
("2025-03-18", "ED Provider Note", """
EMERGENCY DEPT -- PHYSICIAN NOTE          03/18/2025 2217
Mercy Fallbrook ED

CC: wound on back of R thigh, fever, weak

HPI: 69F, ESRD on nightly PD (cycler), HFpEF, obesity, DM2 on sitagliptin.
Because of orthopnea she has slept in her lift recliner every night since the
summer of 2023, never in a bed. Sore, R posterior thigh, began early
March as a painful purple hardness, now black and smelly. Today rigors, BP low at
home per husband.

VS: T 38.6  HR 118  BP 84/50  RR 24  SpO2 92% RA
Exam: ill-appearing. R posterior thigh: black eschar ~8x5cm, foul drainage at
one edge, livedo border, warmth extending 3 cm. L thigh intact. PD catheter exit
unremarkable; effluent not cloudy.
Labs: WBC 19.4  lactate 3.1  Cr 6.8  Ca 10.1  Phos 6.9  glucose 188
Wt 112 kg, BMI 41.0

MDM: septic shock, likely R thigh wound source; necrotic ulcer in PD pt concerning
for calciphylaxis w/ superinfection. 30 mL/kg bolus limited (HF) -> norepi via PIV.
Vanc/pip-tazo. Blood cx x2, wound cx. MICU accepted.
"""),
("2025-03-19", "MICU Admission H&P", """
MICU ADMISSION H&P        3/19/25 0140

ID: 69 yo woman, ESRD on CCPD, HFpEF (EF 60%), DM2 (no insulin), OSA, admitted
from ED with septic shock, presumed source R posterior thigh necrotic wound.

HPI: as per ED. Wound since early March. Sleeps upright in a recliner since summer 2023.
No prior skin problems. No warfarin, no injections.

Exam: T 38.1 HR 106 BP 96/58 on norepi 0.1 (R IJ TLC placed 0100).
Gen: obese, uncomfortable. Heart RRR. Lungs crackles bases.
Abd soft, PD cath exit site c/d/i.
Skin: R posterior thigh 8 x 5 cm eschar w/ purulent edge, surrounding livedo.
Sacrum intact. No other lesions.

A/P
1. Septic shock - vanc/pip-tazo, MAP >65, lactate q6h
2. R thigh wound - gen surg for ?debridement, derm consult for ?calciphylaxis
3. ESRD - PD via hospital cycler (4 exchanges, 2 L, 1.5%), renal consult
4. HFpEF - hold diuretic
5. DVT ppx - heparin SC in the arms
"""),
("2025-03-21", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT    03/21/2025   MICU bed 9

Asked to eval R posterior thigh necrotic wound.

Hx: began early March 2025. Pt has slept every night since the summer of 2023 in a
lift recliner; she demonstrates the seat cushion's forward lip pressing across
her posterior thighs, R more than L since she lists to the right.

Exam: R posterior thigh eschar 8.5x5cm, margin retiform/purpuric, indurated.
L posterior thigh: skin intact, blanching redness only.

Path: excisional debridement specimen 3/20 (surgery) -- calcified subcutaneous
arterioles, thrombi, panniculitis, secondary bacterial colonization.

Impression: R posterior thigh calciphylaxis, superinfected. Its site
matches where the recliner seat edge presses on the back of her thighs every night;
chronic pressure there is the likely trigger.

Recs:
- STS 25g IV M/W/F (PD, so via PIV after exchanges)
- no more sleeping in the recliner; hospital bed w/ HOB elevation + pressure-
  redistribution mattress at home
- low-Ca dialysate, stop calcitriol
BMI 40.6 (bed scale)
"""),
]}

V09 = {"patient_id": "V09", "age": 60, "sex": "M", "notes": [
("2018-05-08", "Procedure Note - PICC", """
PICC PLACEMENT -- Vascular Access Team          05/08/2018  1045
Location: MICU rm 4

Indication: 6 wk IV antibiotics (MRSA bacteremia), poor peripheral access
Allergies: none.  Plt 144, INR 1.1
Arm: RIGHT.  ** LEFT arm = restricted extremity (fistula in L forearm): no BP cuff, no venipuncture **
Vein: R basilic, upper arm, assessed by US, vein diameter 4.6 mm
Device: 4 Fr single-lumen power PICC, trimmed to 43 cm, external 1 cm
Technique: max sterile barrier, CHG, 1% lidocaine 2 mL, MST, 1 attempt.
Tip: cavoatrial junction by ECG tip confirmation.
Securement: StatLock + CHG gel dressing.
Arm circumference 31 cm.
Complications: none. Pt tolerated. OK to use.
"""),
("2018-05-15", "MICU Progress Note", """
MICU PROGRESS NOTE -- Day 9           5/15/18

60M ESRD, HD 3x/wk (fistula L forearm), DM2 - insulin pens, abdomen, HLD,
admitted 5/6 with MRSA bacteremia/sepsis, source ?AVF infection -> ruled out on US.

Events: new very painful purple area on inside of L upper arm, noticed by pt
yesterday evening. L arm is a restricted limb, no cuffs or lines on it all stay
(sign over bed); NIBP q1h on R arm, R arm PICC in place.

VS: afebrile, HR 88, BP 146/80 (R arm), sat 98% RA
Exam: L medial upper arm - violaceous indurated plaque (5x3cm), livedo at edges,
very tender. AVF thrill intact. R arm PICC site clean.
Labs: WBC 10.1, Ca/PO4 9.8/7.4, PTH 1,045, alb 2.9
Wt 88.3 kg, Ht 175 cm, BMI 28.8

A/P
1. MRSA bacteremia - vanc w/ HD, TEE neg, 6 wks via PICC
2. L upper arm plaque - ?calciphylaxis (PTH very high) -> derm c/s, hold calcitriol
3. ESRD - HD today
4. DM - lantus 14 u + SSI
"""),
("2018-05-18", "Dermatology Consult", """
Dermatology inpatient consult   May 18, 2018

60M ESRD/HD with painful L medial upper arm plaque first noticed 5/14/18.

Exam: L medial upper arm stellate purpuric plaque 5.5x3.5cm, dusky necrotic
center, livedo. R arm: PICC site and area of BP cuff normal skin. Abdomen
insulin sites normal.

Biopsy (5/16, 2 punches L arm): calcified arterioles w/ thrombosis and necrotic
fat, von Kossa +; diagnosis calciphylaxis.

The L arm has had no injury, line, needle or cuff: it is his restricted limb. All
lines and cuffs were on the R arm, the opposite side.

Impression: calciphylaxis L medial upper arm (proximal, non-acral).
Plan: STS w/ HD; parathyroidectomy eval (PTH >1,000, on max cinacalcet?); local
wound care and analgesia. Wt 88.0 kg, BMI 28.7.
"""),
]}

V10 = {"patient_id": "V10", "age": 72, "sex": "F", "notes": [
("2022-10-12", "MICU Admission H&P", """
MICU ADMIT NOTE       10/12/2022  1630

72F w/ ESRD (HD by R IJ permcath), DM2 diet-controlled, h/o LLE DVT on
warfarin, obesity, admitted from ED w/ C. diff colitis + septic shock.

HPI: 5 days profuse diarrhea. Also: tender dusky area LLQ of abdomen for about
3 weeks, "came on its own", no injury, no heat, no shots -- she has never injected
anything at home, not insulin and not heparin. Dialysis RN told her to show a doctor.

VS: T 38.4 HR 121 BP 82/44 -> norepi 0.12 via L IJ TLC (placed in ED)
Exam: dry mucosa, abd distended, diffusely tender. L lower quadrant: violaceous
plaque 4x3cm, eschar at center, retiform edges. Rest of skin unremarkable.
Labs: WBC 31.2, lactate 4.4, INR 1.4, Ca/Phos 9.1/6.5
Wt 84.1 kg BMI 30.3

A/P
1. C diff + septic shock: PO vanc + IV metronidazole, pressors, surg aware
2. LLQ plaque: ?calciphylaxis -> derm consult
3. VTE ppx: warfarin held (subtherapeutic, NPO) -> heparin 5000 u SC q8h
   starting tonight
4. ESRD: CRRT if pressors escalate, else HD tomorrow
"""),
("2022-10-14", "ICU Nursing Skin Assessment", """
RN SKIN ASSESSMENT / MAR NOTE   10/14/22 0600   MICU-11

Heparin 5000 u SC given: 10/12 2200 (L abd), 10/13 0600 (R abd),
10/13 1400 (L abd, ~6 cm above wound), 10/13 2200 (R abd), 10/14 0600 (R thigh)
-> per charge RN, no further heparin shots anywhere on the abdomen per derm.

Wound: LLQ abdomen, present on admission
 now 4.5x3.5cm (4x3cm on 10/12), black eschar center, purple lacy rim,
 no drainage. Pain 8/10 w/ turning.
Other skin: sacrum + heels OK, perineum red (diarrhea) -- barrier
cream applied, FMS in place.
Braden 11 -> specialty mattress ordered.
"""),
("2022-10-17", "Dermatology Consult", """
DERMATOLOGY CONSULT                    10/17/2022

72F HD, DM2 (diet), on warfarin for DVT, admitted w/ C. diff septic shock.

LLQ plaque onset late September 2022 at home, before this admission. Before it
appeared she had no injections, no heating pad, no injury to the abdomen. In the
MICU, SC heparin was injected in the abdominal wall from 10/12 -- i.e. after onset.

Exam: L lower abdomen eschar 5x3.5cm, retiform purpuric border. No lesions
elsewhere.
Punch bx 10/15: calcified arterioles w/ thrombosis, fat necrosis. Calciphylaxis.

Impression: calciphylaxis of LLQ abd wall, proven on biopsy.
Rec: STS with HD; warfarin -> apixaban when eating; avoid SC injections in abd;
wound care; palliative for pain. BMI 30.0.
"""),
]}

V11 = {"patient_id": "V11", "age": 52, "sex": "M", "notes": [
("2020-04-20", "Dermatology Consult", """
DERM CONSULT 04/20/2020  (ICU step-down, 4 East)

52M, ESRD/HD, DM2 on glargine (injects only in his belly), obesity, HTN.
Painful sore R inner thigh since March, first a hard lump, now open.
Denies any injury, shots, heating pad, or snug clothing on the R thigh.

Exam: R medial thigh ulcer 9x6cm, thick black eschar, violaceous
indurated border, livedo extending to knee. Tender ++. Groin nodes neg.
L thigh clear.

Procedure: 6-mm punch x2 at the ulcer border (R medial thigh), consent
obtained, lidocaine, sutured 4-0 nylon.

Imp: ?calciphylaxis R medial thigh. Await path.
Wt 122.6 kg  BMI 38.9
"""),
("2020-04-28", "Operative Note - Excisional Debridement", """
OPERATIVE NOTE -- 04/28/2020
Surgeon: Dr. A. Vukovic (Gen Surg)    Anesthesia: GA/LMA

Preop dx: calciphylaxis R medial thigh (bx 4/20 confirmed), infected
Postop dx: unchanged
Procedure: R medial thigh excisional debridement, skin/subcut/fascia,
 12 x 8 cm; application of NPWT
Findings: dry black eschar, liquefied fat, calcified vessels gritty under scalpel,
 foul purulent pocket superomedially, fascia viable, no muscle involvement
EBL 150 mL. Specimens: tissue cx, path.
NPWT: black foam, -125 mmHg continuous, drape + tape bridge to lateral thigh.
Dispo: to SICU (intraop hypotension requiring phenylephrine).
"""),
("2020-05-02", "SICU Progress Note", """
SICU PROGRESS NOTE -- POD 4           5/2/20

52M ESRD/HD, DM2 insulin, R medial thigh calciphylaxis s/p excisional
debridement + NPWT 4/28.

S: pain 6/10, using hydromorphone PCA. Off pressors since 4/30.
O: T 37.6 HR 94 BP 118/66 SpO2 97% 2 L
 CRRT (CVVHDF) via L IJ temp cath, UF net -50 mL/h, citrate, iCa 1.15
 NPWT R thigh: good seal, 80 mL serosang/24h
 Periwound: small tape-related skin tear superior to dressing, steri-stripped
Labs: WBC 14.0 (from 21), Hgb 8.2, Phos 5.1, alb 2.4
Tissue cx: E. coli, Bacteroides

A/P
- R thigh calciphylaxis: NPWT change MWF at bedside, STS w/ CRRT daily
- polymicrobial infection: pip-tazo x 10 d from source control
- ESRD: CRRT -> iHD when MAP stable off pressors 48 h
- DM2: glargine 22 + lispro SSI (abd)
"""),
("2020-05-20", "ICU Discharge Summary", """
ICU / HOSPITAL DISCHARGE SUMMARY        05/20/2020
To: Oakhurst Skilled Nursing (subacute rehab)

Diagnoses: calciphylaxis R medial thigh, biopsy-proven, s/p excisional
debridement 4/28 w/ NPWT; polymicrobial wound infection; ESRD/HD; DM2
(glargine/lispro); obesity, BMI 38.7.

Course: admitted 4/18 for uncontrolled pain and wound drainage. Bx 4/20
confirmed calciphylaxis. OR 4/28. Brief SICU stay for septic shock, CRRT
4/28-5/5, back to iHD since 5/6 (MWF). STS 25 g every HD.

Wound: 11 x 7.5 cm, granulating 60%, NPWT -125 continuous, change MWF.
Meds: STS w/ HD, sevelamer, cinacalcet 60, glargine 20 u, lispro SS,
hydromorphone 2 mg q4h prn; pip-tazo done. No anticoagulant (never on warfarin).

F/u: derm 2 wks, surg wound clinic 1 wk, HD at Pinewood Dialysis MWF.
"""),
]}

V12 = {"patient_id": "V12", "age": 64, "sex": "F", "notes": [
("2026-01-09", "Nephrology PD Clinic Note", """
HOME DIALYSIS (PD) CLINIC -- 01/09/2026

64F ESRD (diabetic nephropathy) on CCPD, DM2 on linagliptin, paroxysmal AF on
warfarin, obesity.

Interval: painful "knot" L posterior calf x 10 days. Pt denies any
fall, bump, scratch, bite, injection or heat exposure there. Does not wear compression
stockings.

Exam: BP 148/82, wt 91.5 kg, BMI 34.4. L posterior calf: tender indurated nodule
~2.5cm, faint violaceous mottling over it, skin unbroken. Pulses 1+.
PD exit site: no erythema.

Labs -- Ca/Phos 10.2/6.8, PTH 640, INR 2.7.

A/P
- L calf nodule: ?early calciphylaxis. Derm referral urgent. If confirmed, will
  need to stop warfarin.
- Counselled: keep heat (pads, soaks) away from the leg.
- Glucose fine on linagliptin; may need insulin later if A1c rises.
- RTC 1 wk.
"""),
("2026-01-15", "MICU Admission Note", """
MICU ADMISSION NOTE   1/15/26  0310

64F CCPD, DM2 (oral), AF on warfarin, obese, presenting with septic shock from
an infected L calf ulcer (nodule from 1/9 clinic visit has opened).

VS: T 39.0 HR 124 AF BP 78/40 -> norepi 0.15, vaso 0.03 via R IJ TLC
Exam: ulcer L posterior calf 4x3cm, eschar + purulent edge, erythema to
ankle. R leg normal. PD catheter exit ok.
Labs: WBC 24 lactate 5.0 INR 3.4 Cr 7.1 glucose 244

Plan:
- vanc/cefepime, surgery to eval for debridement
- warfarin HELD; SC heparin ppx deferred while INR >2
- NO SCDs on the L leg per wound RN; R leg SCD also held for now
- if PD inadequate in shock, may need HD catheter (R IJ tunneled) -- discussed,
  NOT placed yet
- hyperglycemia: insulin gtt only if BG >250 x2 (not started)
BMI 34.2
"""),
("2026-01-20", "Dermatology Consult", """
DERMATOLOGY CONSULT (MICU)        2026-01-20

64F on PD, AF on warfarin (held since 1/15), DM2.

L posterior calf lesion since late December 2025. Punch bx 1/16 shows calcium in
hypodermal arteriolar walls, thrombosis, necrotic fat -- calciphylaxis.

Trauma hx: pt and daughter firmly deny any fall, bump, scratch, injection,
heating pad, ice pack, snug socks or compression hose on that leg before the
lesion.

Exam: L posterior calf ulcer 4.5x3cm, eschar, livedo border.

Impression: calciphylaxis, L posterior calf, no preceding local trauma.

Recs:
- STS IV 3x/wk; do NOT restart warfarin (apixaban per cardiology)
- avoid compression, heat, injections and SCD sleeves on both legs going forward
- if a femoral line is ever needed, avoid the L side
BMI 34.0
"""),
]}

V13 = {"patient_id": "V13", "age": 57, "sex": "M", "notes": [
("2021-02-03", "Procedure Note - Arterial Line", """
ARTERIAL LINE PLACEMENT                        02/03/2021 2105  MICU rm 15

Indication: cardiogenic shock, pressor titration, frequent ABGs
Radial arteries: both small and weakly pulsatile on US, not attempted.
Site: L femoral artery (L groin), US-guided
Device: 4 Fr 12 cm arterial catheter, Seldinger, 1 pass, pulsatile flow,
good waveform, zeroed. Sutured, CHG disc, clear dressing.
Time-out done. Sterile technique. Operator: Dr. E. Castellanos.
EBL minimal. Complications: none.
Distal pulses: L DP/PT dopplerable, unchanged.
Pre-procedure: MAP 58 on dobutamine 5 + norepi 0.12, lactate 4.9, INR 1.3,
plt 201. Consent from wife by phone (pt on BiPAP, drowsy), witnessed by RN Tobin.
Post: first ABG 7.29/38/71 on BiPAP 12/6 FiO2 .6. Line to be reassessed daily
for need; remove as soon as pressors off.
"""),
("2021-03-02", "Dialysis Unit Note", """
HD UNIT -- MD rounding note   03/02/21    Bellmont Dialysis

57M ESRD, HD Tu-Th-Sa (R arm fistula), ischemic CMP (EF 25%), recent MICU admission
2/1-2/14/21 for cardiogenic shock (L femoral art line, dobutamine; no ECMO).

c/o new painful spot on inside of L thigh for about a week. "Feels like a
bruise but there was no bump."

Exam: L upper medial thigh - purple indurated plaque 4x4cm, tender.
Pre-HD BP 102/64, wt 78.8 kg. No edema.
Labs (2/27): Ca/Phos 10.4/8.1, PTH 490, alb 3.0.

Plan: ?calciphylaxis. Derm referral this week. Calcitriol off; Ca acetate
replaced by sevelamer. Low-Ca bath 2.0.
"""),
("2021-03-09", "Dermatology Consult", """
DERMATOLOGY NEW PT     3/9/2021

57M on HD with a painful L inner thigh plaque since ~2/23/21.

Exam: L upper medial thigh, roughly 10 cm distal to the inguinal
crease: violaceous indurated plaque 4.5x4cm, early central eschar, retiform
edges. The old L femoral arterial line site in the L groin is a healed pinpoint scar
with normal surrounding skin; the plaque does not reach the groin. No other lesions.

Punch bx (today, rush read): subcutaneous arterioles with mural calcium, thrombi,
necrotic fat - consistent with calciphylaxis.

Impression: calciphylaxis, L upper medial thigh, separate from and below the prior
groin arterial line site. No trauma to the thigh itself.

Plan: thiosulfate on HD, wound care, parathyroid w/u. BMI 25.9.
"""),
]}

V14 = {"patient_id": "V14", "age": 68, "sex": "F", "notes": [
("2019-07-21", "MICU Progress Note", """
MICU PROGRESS NOTE                 07/21/2019
68F ESRD (HD 3x/wk), diabetic on insulin (abd injections), PE 2018 on warfarin,
obesity. Adm 7/19 septic shock from cholangitis, ERCP/stent 7/19.

Events: 7/20 0130 norepinephrine infiltrated at L forearm PIV (before CVC was
in) -> blanched, cool skin over L dorsal forearm; phentolamine 5 mg SC infiltrated
into the area at 0200, warm compresses. R IJ CVC placed 7/20 0300.
Also: per daughter, she has had sore purple patches on both inner thighs "since June",
not yet seen by anyone.

VS: T 37.9 HR 98 BP 104/60 norepi 0.05, SpO2 96% 3L
Lines/tubes: R IJ CVC, NGT (L naris), Foley, FMS
Wt 86.2 kg, BMI 32.3

A/P
1. Cholangitis/septic shock -- pip-tazo, pressors weaning
2. L forearm extravasation -- hand surg aware, elevate, monitor
3. Thigh patches -- wound RN + derm consult
4. PE hx -- warfarin held (INR 3.6), restart when stable
"""),
("2019-07-26", "Wound Care Consult", """
WOUND / OSTOMY RN CONSULT     07/26/19   MICU-2

Wound A: L dorsal forearm (former PIV site)
 5 x 4 cm full-thickness dry necrosis w/ blistered rim. Etiology: vasopressor
 extravasation injury 7/20. Plan: silver alginate, hand surg follow.
Wound B: L nasal ala
 NG tube pressure injury (medical device), stage 2. Tube re-secured
 midline w/ bridle, hydrocolloid thin.
Wounds C/D: R and L medial thighs
 R 6x4cm, L 5x3cm - stellate purpuric plaques with central eschar, livedo.
 Not over bony prominence, not device related, pre-date admission (June per
 daughter). Pattern concerning for calciphylaxis. Derm consulted.
Sacrum/heels intact. Braden 13.
"""),
("2019-07-30", "Dermatology Consult", """
DERMATOLOGY CONSULT          7/30/2019

68F HD, DM2 on insulin, warfarin for PE.

Path: punch R medial thigh (7/27) -- subcutis shows calcified small vessels,
thrombosis and necrotic fat; von Kossa +. CALCIPHYLAXIS.

Exam: bilateral medial thighs with stellate eschars (R 6.5 x 4, L 5 x 3.5), livedo.
L dorsal forearm necrosis and L nasal ala erosion reviewed.

Impression:
1. Medial thighs (both): calciphylaxis, onset June 2019 at home. No trauma to
   the thighs before onset (insulin goes in the abdomen; no falls, heat or devices).
2. L forearm necrosis = norepinephrine extravasation injury, NOT calciphylaxis.
3. L nasal ala = NG tube pressure injury, NOT calciphylaxis.

Recs: STS with HD; warfarin -> switch to apixaban when INR allows; local care
as per wound RN. BMI 32.0.
"""),
]}

PATIENTS = [V08, V09, V10, V11, V12, V13, V14]
