"""probe182 corpus notes, B15-B20 (fertility and reproductive endocrinology and the clinics around it; all invented)."""

B15 = {"patient_id": "B15", "age": 32, "sex": "F", "notes": [
("2019-03-05", "REI Nurse Note - Beta Result", """
Beta #2 today: 844 (from 301 on 3/1), doubling well. Pt informed.
32F, ESRD (obstructive uropathy, childhood) on CAPD 4 exchanges/day.
Continue: estradiol 2 mg PO BID, PIO 1 mL IM nightly - started 2/18/19, partner injects on
the L side, upper outer buttock, most nights ("she flinches less on that side"), now and then R.
Pt asks about a sore lump at the shot area; told that some knots are common with PIO in oil,
massage after the shot and keep alternating.
OB US 3/12 scheduled. BMI 27.5.
-- J. Okonkwo RN
"""),
("2019-04-02", "Nephrology PD Clinic", """
PD clinic - routine
Pt 8w pregnant (IVF), on CAPD, daily PIO IM. Reports the lump on the L upper buttock has grown
over the past ~2 weeks and the skin over it has become purple and lacy; pain 6/10, worse sitting.
Exam: L upper-outer buttock, deep firm tender nodule ~4 cm, overlying livedo reticularis,
no ulceration, no fluctuance.
Ca(corr) 9.1; PTH 410; PO4 6.2; Alb 3.3.
A/P: oil granuloma from PIO vs early calciphylaxis; with her ESRD the second can't be ruled out.
Derm referral. Calcium carbonate off, sevelamer on.
"""),
("2019-04-16", "Dermatology Consult", """
Derm consult
L upper outer buttock: deep indurated nodule ~4 cm, livedo faint; not ulcerated, no eschar.
DDx: PIO-induced lipogranuloma / sterile abscess vs early calciphylaxis.
Bx offered (incisional, deep) - pt declines while pregnant; understands the risk of missing
calciphylaxis. US of the area: heterogeneous subcutaneous nodule, no collection, no obvious
vessel calcification.
Plan: REI to switch to vaginal progesterone; photos taken; return sooner if ulcer, eschar or
new lesions appear.
She moves to Oregon next week to live close to her parents; copies of our notes go to her
new kidney doctor and MFM there.
"""),
]}

B16 = {"patient_id": "B16", "age": 38, "sex": "F", "notes": [
("2018-08-06", "IVF Monitoring Visit", """
IVF monitoring - stim day 5
38F, diabetic ESRD, dialysis chair Mon/Wed/Fri at Eastgate; T2DM on glargine 24 u + sliding scale, BMI 35.2.
H/o DVT 2016 - warfarin x 6 months, stopped 2017.
Gonal-f 225 + Menopur 150 SC nightly since 8/1/18, all given periumbilically in the low abdomen.
TVUS: R 7 follicles, L 6, all <12 mm. E2 410.
Plan: continue same doses, add Cetrotide when lead >= 13-14 mm. RTC 8/8.
Pt asks whether the shots can go elsewhere because "my belly is getting sore"; reviewed thigh
technique as an option.
"""),
("2018-08-10", "IVF Monitoring Visit", """
IVF monitoring - stim day 9
Pt shows several purple lacy, very tender patches around the navel where she has been
injecting; biggest one 3x2cm, firm in the middle; the first appeared about 3 days ago.
TVUS: lead 16/15/15/14 mm. E2 1,380.
A/P: ?calciphylaxis vs a reaction/panniculitis from the injections. Given ESRD, DM, past warfarin
and skin findings, cycle CANCELLED after discussion w/ pt and Dr. Ostrowski; stop all
stims; Cetrotide not started. Same-day derm + nephrology referral.
Pt tearful, support offered, counselor contact given.
"""),
("2018-08-14", "Dermatology Consult", """
Dermatology
Periumbilical skin: 4 tender violaceous retiform patches, 1-3 cm, firm centers, no eschar yet.
Differential includes early calciphylaxis vs gonadotropin injection-site panniculitis vs
bruising w/ hematoma.
Recommended punch bx; pt declined today ("no more needles, please") and relocates to Phoenix
for a new job later this month. Will transfer care; summary faxed to her nephrologist.
Advised: no more SC shots into the affected skin and no heat there.
Labs 8/13: PTH 655 / calcium 10.0 mg/dL / phosphorus 7.3.
Nephrology to see her at dialysis Wed.
"""),
]}

B17 = {"patient_id": "B17", "age": 27, "sex": "F", "notes": [
("2024-05-07", "Oocyte Retrieval - Anesthesia/Procedure Note", """
EGG RETRIEVAL - 5/7/2024
27 yo G0, fertility preservation before planned cyclophosphamide for ANCA vasculitis; CKD G4
(eGFR 22 mL/min), pre-dialysis.
PIV 20g R dorsal hand, 1st attempt. Propofol MAC. TV aspiration bilat, 14 oocytes, 12 MII vitrified.
EBL minimal. Pt tolerated well.
PIV d/c'd in PACU - pt noted stinging when the propofol ran and the hand was "a bit puffy";
site blanched, soft, cap refill brisk.
D/c home w/ mother. Post-op instructions given. Rheum aware she can start cyclophosphamide next week.
BMI 21.9. No DM. No anticoagulants.
"""),
("2024-05-20", "REI Post-Retrieval Follow-up", """
Post-ER f/u (telehealth + photo)
Pt reports a dusky, very painful spot over the R hand dorsum, right where the IV sat, noticed ~5
days ago; now a mottled purple area ~2 x 2 cm w/ a darker center.
A/P: extravasation injury vs superficial thrombophlebitis vs early calciphylaxis (CKD 4, recent
high PTH) - uncertain. Referred same week to hand clinic and her nephrologist.
Keep it elevated; avoid heating or icing the hand. Call if blistering or the fingers turn pale.
Embryo: n/a (oocytes frozen). Next contact PRN.
"""),
("2024-06-04", "Nephrology CKD Clinic", """
CKD clinic
CKD 4 from ANCA GN; on cyclophosphamide + prednisone since 5/15. Cr 2.7, eGFR 22. PTH 318,
calcium 9.4 mg/dL, phosphorus 5.6.
R dorsal hand: violaceous patch 2x1.5cm, slightly smaller, less tender, no ulcer.
Derm/hand surgery: picture can't exclude early calciphylaxis but more likely a propofol
extravasation injury; bx offered, pt declined as it is improving.
Plan: watch; photos monthly; low-phosphate diet, stop calcium supplement. Not a dialysis candidate yet.
RTC 3 mo. Her oocytes remain vitrified at the REI lab; she was reassured.
"""),
]}

B18 = {"patient_id": "B18", "age": 35, "sex": "F", "notes": [
("2025-03-11", "IVF Monitoring Visit", """
Monitoring - stim day 8
35F, ESRD on HD TTS (ADPKD), G1P0101. Gonal-f 150 + Menopur 75 SC since 3/4/25 into the lower
abdomen; ganirelix from 3/9.
Pt points out firm, pea-sized tender nodules at several injection spots, one with a violet ring.
TVUS: 9 follicles, lead 17/16/15. E2 1,020. LH 1.9.
A/P: trigger planned 3/13 if lead >= 18 mm. Nodules: likely injection reaction; r/o calciphylaxis given
ESRD - derm to see in the next few days. Rotate sites widely.
BMI 25.0.
"""),
("2025-03-18", "Dermatology Consult", """
Derm consult
s/p retrieval 3/15 (10 oocytes), freeze-all. Lower abdomen: 6 firm subcutaneous nodules 0.5-1.5 cm
at injection points, two w/ faint purplish halo. No retiform purpura; neither eschar nor ulceration.
DDx: panniculitis/granulomas at the stim injection points vs early calciphylaxis.
Procedure: 4 mm punch of largest nodule, L lower abdomen, w/ deep fat.
Plan: path w/ von Kossa. Cool compresses discouraged. No NSAIDs.
Pt worried about her future transfer - reassured this does not affect the embryos.
Partner present for the visit.
"""),
("2025-03-28", "Dermatology - Pathology Result", """
Derm f/u - path
Punch L lower abdomen: lobular panniculitis w/ foreign-body type granulomas and lipid microcysts;
no vascular calcium deposits on von Kossa, no thrombi.
Dx: injection-site granulomatous panniculitis. Calciphylaxis excluded.
Nodules already softer. Reassured. OK to proceed with FET; rotate sites into the thighs next time.
Labs (HD 3/25): PTH 300, calcium 9.2 mg/dL, phosphorus 5.4. Not diabetic. No warfarin.
FET tentatively in May after a lining check; REI informed of the result.
No follow-up in derm needed unless new lumps appear.
"""),
]}

B19 = {"patient_id": "B19", "age": 33, "sex": "F", "notes": [
("2020-09-22", "REI New Patient Consult", """
REI NEW PT
33F G0, trying 14 months, irregular cycles. T1DM since age 12 on insulin pump (t:slim), A1c 6.8.
CKD 3a (diabetic kidney disease), Cr 1.3, eGFR 52, UACR 320.
Obesity, class I (BMI 31.2).
FHx: calciphylaxis killed her older sister (age 41, then on HD); mother ESRD from DM.
She is frightened about her own risk. Skin exam: no lesions, no livedo, injection/pump sites healthy.
Workup: AMH 2.9, TSH 1.8, HSG ordered, partner SA ordered.
Plan: preconception w/ MFM + nephro; discussed OI vs IVF after HSG.
"""),
("2020-11-10", "Nephrology Preconception Visit", """
Nephrology - preconception
33F CKD 3a, T1DM (pump), planning IVF. Down 8 kg since summer on a dietitian program; BMI now 29.4.
Pt brought up her sister's calciphylaxis once more. I explained that with her present kidney
function calciphylaxis is very rare; her skin is normal today.
BP 124/78 on labetalol (switched off lisinopril for pregnancy planning). Cr 1.3, K 4.6; PTH 62,
calcium 9.3 mg/dL, phosphorus 3.9.
Plan: OK from a kidney standpoint to proceed; monitor Cr each trimester; no warfarin, no NSAIDs.
"""),
]}

B20 = {"patient_id": "B20", "age": 37, "sex": "F", "notes": [
("2022-06-07", "REI Preconception Consult", """
REI preconception consult
37F, ESRD (reflux nephropathy), dialysis M/W/F since 2019, mechanical MVR (2015) anticoagulated
w/ warfarin (anticoag clinic aims INR 2.5-3.5). Gestational diabetes in 2016 pregnancy, resolved; not diabetic
now (A1c 5.2).
Wishes to discuss egg freezing and a future pregnancy.
Counselled: warfarin embryopathy - would need to switch to LMWH before conception/transfer;
ESRD and warfarin both raise the risk of calciphylaxis, and LMWH injections add needle sticks.
Skin exam: intact, no livedo, no nodules.
BMI 28.0. AMH 1.1.
Plan: cardiology + MFM input first.
"""),
("2022-07-19", "Cardiology Note", """
Cardiology f/u
On-X mitral prosthesis, on warfarin; today's INR 3.1. No embolic events.
Pt considering IVF; REI raised the LMWH bridge question. Discussed: switching to enoxaparin
twice daily w/ anti-Xa monitoring during stim and pregnancy carries valve thrombosis risk; she
would rather keep the warfarin for now and revisit in 6 months.
Skin: no signs of calciphylaxis on exam today; told to report any painful purple spots.
ECHO 6/2022: normal prosthetic function. NYHA I. Reviewed bleeding precautions and the
warfarin clinic schedule.
BMI 28.0.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
