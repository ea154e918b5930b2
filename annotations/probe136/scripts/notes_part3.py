"""probe136 corpus notes, Y15-Y20 (general/bariatric surgery, cardiology and the clinics around them; all invented)."""

Y15 = {"patient_id": "Y15", "age": 49, "sex": "F", "notes": [
("2016-11-02", "Anticoagulation Clinic Note", """
ANTICOAG CLINIC - RN/pharmacist   11/02/2016

49 F. Indication: recurrent LLE DVT (2012, 2015), warfarin indefinitely, INR target 2-3.
PMH: class III obesity s/p Roux-en-Y gastric bypass 2011 with weight regain,
CKD 3b (eGFR 38, obstructive uropathy hx), no diabetes, HTN.
Recent: lap cholecystectomy 10/26/16 (Dr. Sandoval). Warfarin held 10/21-10/26.

Bridge: enoxaparin SC daily (1 mg/kg, renal adjusted) since 10/27; she self-injects into
her lower belly below the port sites, mostly on the L side (she is right-handed).
Warfarin resumed 10/27 at home dose 7.5 mg (post-RYGB needs higher dosing).
INR today 1.7. Wt 97.6 kg, BMI 36.2.

Plan: enoxaparin to continue until INR has been >= 2 for 24 h; warfarin 10 mg tonight
then 7.5 daily.
Recheck INR Fri. Bleeding precautions reviewed. Port sites look fine per pt.
"""),
("2016-11-16", "General Surgery Post-op Clinic", """
GEN SURG POST-OP   11/16/2016

49F, 3 wks s/p lap chole (10/26) for symptomatic cholelithiasis. Path: chronic
cholecystitis. Tolerating diet, no pain at the port sites.
BUT: painful net-like purple patch, L lower abdomen, for ~1 week, right where
she gave herself the enoxaparin shots (bridge stopped 11/4, INR therapeutic since).

Exam: four port sites healed. L lower abdomen, below and lateral to the umbilical port:
5 x 4 cm tender violaceous retiform patch with a firm center, no eschar, no fluctuance.
No similar lesions elsewhere.
Labs: Cr 1.8, Ca 9.5, Phos 4.9, INR 2.6, plt 240.

Impression: DDx: injection-site hematoma/fat necrosis; warfarin-induced skin
necrosis; early calciphylaxis (CKD 3b, warfarin, obesity, post-RYGB).
Plan: derm referral for deep biopsy; no incision/drainage; photo in chart.
"""),
("2016-11-30", "Dermatology Clinic", """
DERMATOLOGY   11/30/2016

49F on warfarin, CKD 3b, post-RYGB, painful L lower abdominal patch since early November.
4 mm punch bx 11/21: superficial, mostly dermis; mild perivascular inflammation,
no vessels of the subcutis sampled, no calcification seen, no thrombi. Nondiagnostic.

Exam: 5x5 cm retiform violaceous patch of the L lower abdomen, firmer, no ulceration,
stable since the surgery visit.

Assessment: calciphylaxis is still possible and has not been excluded; warfarin necrosis
unlikely with this timing; an injection-site panniculitis also remains on the list.
Recommended a deep incisional (telescoping) biopsy. Pt declines further biopsy at present;
she relocates to Tucson next week for a new job.
Plan: records to her new PCP; advised to see dermatology there promptly, and to report
new ulceration. Pain: acetaminophen only (no NSAIDs w/ CKD + warfarin).
"""),
]}

Y16 = {"patient_id": "Y16", "age": 80, "sex": "M", "notes": [
("2022-11-15", "Cardiology Inpatient Progress Note", """
CARDIOLOGY - INPATIENT PROGRESS NOTE  HD#3   11/15/2022

80 M, ESRD (MWF dialysis, L arm AVF); DM2 controlled with glipizide, no insulin; CAD s/p
PCI 2018,
admitted 11/12 with AF with RVR, HR 150s, hypotension at dialysis.

Events: amiodarone infusion running through a R forearm peripheral IV infiltrated
overnight 11/14 (found at 0300): R volar forearm swollen, cool, blanched. Infusion
stopped, line pulled, arm elevated, warm compresses per extravasation protocol,
pharmacy notified (no hyaluronidase needed per policy).
Today in NSR 70s after 2nd line placed in R hand.

VS: BP 118/62, HR 72 SR. Wt 63.2 kg, BMI 22.4.
R forearm: moderate swelling, mild erythema, soft, radial pulse 2+.

A/P: paroxysmal AF, now SR on PO amiodarone load. CHA2DS2-VASc 4; anticoag discussion:
pt and family prefer no anticoag (falls, GI bleed 2020). Never on warfarin.
Extravasation R forearm: monitor, photos, elevate.
HD tomorrow.
"""),
("2022-12-07", "Nephrology HD Progress Note", """
HD ROUNDS   12/7/22

80M dialyzing MWF through the L AVF. Back in the unit since d/c 11/18.
C/o painful R forearm where the amiodarone leaked during his admission.
Exam: R volar forearm: indurated violaceous plaque 6x4 cm, faint retiform
edge, dusky centre, very tender, no ulcer yet. Hand warm, radial pulse good.
Labs: Ca 9.3  PO4 6.4  iPTH 520  alb 3.1.

A: R forearm plaque at the old IV site: amiodarone extravasation injury with
panniculitis vs ?calciphylaxis - distal forearm is unusual but possible in ESRD.
P: derm referral. Switch Ca carbonate to sevelamer for now. Photos in chart.
Discussed with daughter who is moving him to her home in Oregon in January.
"""),
("2022-12-20", "Dermatology Clinic", """
DERMATOLOGY  12/20/2022

80 yo man on HD, R forearm plaque after amiodarone extravasation 11/14/22 during
admission for AF with RVR.
Exam: R volar forearm - firm violaceous plaque 6x5 cm with retiform edges; the dusky
centre now has a thin 1 cm crust. Tender.

Assessment: extravasation injury with secondary fat necrosis, or early calciphylaxis.
Calciphylaxis cannot be excluded clinically; it takes a deep biopsy to know.
Discussed that a biopsy wound on the distal forearm may not heal. Pt and
daughter decline biopsy for now, prefer to watch; they relocate to Oregon 1/5.
Plan: gentle wound care, petrolatum + nonadherent dressing; elevation; avoid further
IVs or BP cuffs on that arm; letter for the new nephrologist and dermatologist
recommending biopsy if it ulcerates or spreads. No STS started.
"""),
]}

Y17 = {"patient_id": "Y17", "age": 64, "sex": "F", "notes": [
("2025-07-09", "General Surgery Post-op Clinic", """
GENERAL SURGERY CLINIC - post op   7/9/2025

64F. ESRD, dialyzing at Fenwick Lane Mon/Wed/Fri. DM2 (insulin - injects the backs of
her arms). HTN.
BMI 38.8, obese. Open ventral hernia repair with retromuscular mesh on 6/18/25
(8 cm defect at prior midline laparotomy scar, 2009 hysterectomy).
Discharged POD 4 with an abdominal binder, wearing it day and night as told.

S: incision pain 3/10. Eating well. BMs normal.
O: afebrile, BP 142/80. Midline incision healed, staples out. No seroma.
The binder's lower edge leaves a deep red indented line across the lower abdomen just
above the pubis; skin intact there.
A/P: doing well. Continue binder 6 wks total but loosen a notch and take off for
30 min twice a day to let the skin breathe. No lifting > 10 lb. RTC 6 wks.
"""),
("2025-08-13", "Nephrology HD Progress Note", """
HD UNIT NOTE   8/13/2025
64F dialyzing via R arm AVF; insulin-treated DM2; hernia repair 6/18.

S: for about 10 days very tender lumps in the lower belly along the line where her
binder sits. Still wearing the binder most of the day.
O: suprapubic region, in a band 15 cm wide: livedoid violaceous patch with 3 firm
tender subcutaneous nodules, largest 2 cm. No ulcer. Midline scar fine.
Pre BP 158/84, wt 102.1 kg.
Labs: Ca 10.0  PO4 7.2  iPTH 780  alb 3.3.

A: lower abdominal nodules + livedo, concern for early calciphylaxis (HD, obese, high
CaxP). DDx fat necrosis from binder pressure.
P: surgery clinic moved up; derm referral for bx; change calcium carbonate to sevelamer;
ask her to stop the binder.
"""),
("2025-08-27", "General Surgery Clinic", """
GENERAL SURGERY CLINIC  8/27/2025

64F, 10 wks post open VHR w/ mesh. Seen early for suprapubic nodules (HD team concern
for calciphylaxis). Binder stopped 8/14.

Exam: midline incision healed, repair intact. Suprapubic band of faint livedo with
3 firm nodules, tender, slightly smaller than described 8/13. No ulceration, no eschar.
US: hypoechoic subcutaneous nodules, no fluid, mesh not involved.

Impression: pressure-related fat necrosis vs early calciphylaxis - not possible to
decide without tissue. Offered punch/incisional biopsy today; pt declines ("it's healing,
nobody is cutting me again"). Derm appt she canceled.
Plan: no binder. Follow clinically; nephrology to keep phosphorus down. If ulceration,
eschar or spread, biopsy strongly advised. RTC 6 wks. BMI 38.6 today.
"""),
]}

Y18 = {"patient_id": "Y18", "age": 76, "sex": "M", "notes": [
("2019-04-02", "Cardiac Catheterization Report", """
CATH LAB REPORT   04/02/2019
Pt 76 M. CKD 3b (creatinine 1.9), DM2 on glipizide, HTN, AF on warfarin (held 4 days,
INR 1.3 today), BMI 27.2. NSTEMI 3/30.
Access: R common femoral, 6 Fr. Heavily calcified, shaggy descending and abdominal
aorta noted while advancing the J wire; several catheter exchanges needed.
Findings: LAD prox 85% calcified, LCx nondominant minor, RCA dominant 60%.
PCI: LAD with rotational atherectomy, 3.0 x 22 DES. Good result.
Contrast: iodixanol 140 mL.
Closure: manual pressure 20 min, no hematoma.
Plan: ASA + clopidogrel; resume warfarin tonight (triple therapy 1 mo then drop ASA).
IV fluids for contrast protection; BMP in AM.
"""),
("2019-04-23", "Cardiology Clinic", """
CARDIOLOGY CLINIC   4/23/19

76M, 3 wks after LAD PCI (R femoral). Creatinine 1.9 -> 3.1 since the cath.
S: both feet painful, toes turned blue over the last 2 weeks. No CP.
O: BP 150/78, HR 70 (AF). Wt 84.0 kg.
Feet: purple mottling (livedo reticularis) over both feet and distal shins; R 2nd and
L 4th toes dusky with small dry necrotic tips. Groin (R): cath site healed.
Pedal pulses palpable!
Labs: eos 9% (abs 820), ESR 62, C3 low. INR 2.5.

A/P: blue toes + livedo + renal decline after femoral cath with shaggy aorta -> most
likely atheroembolic (cholesterol) disease. Nephrology wondered about calciphylaxis
given CKD and warfarin - will get derm biopsy to sort out.
Statin to high intensity. Discuss warfarin with pharmacy.
"""),
("2019-05-07", "Dermatology Clinic", """
DERMATOLOGY   5/7/2019
76M with livedo and necrotic toe tips following a cardiac cath; question calciphylaxis
vs cholesterol emboli.
Punch biopsies 4/26 x2 (L distal shin livedo, R dorsal foot): biconvex needle-shaped
clefts (cholesterol crystals) occluding small arterioles, with giant cells; calcium
absent from vessel walls and fat (H&E, von Kossa both checked); no necrotic fat.

Assessment: cholesterol embolization syndrome. Calciphylaxis excluded: no
calcification on either specimen, and pulses/clinical course fit atheroemboli.
Plan: high-intensity statin (already), foot care and padding, podiatry for the toe
tips, nephrology following the AKI. Warfarin: cardiology aware, risks discussed.
RTC 6 wks.
"""),
]}

Y19 = {"patient_id": "Y19", "age": 41, "sex": "F", "notes": [
("2026-02-18", "Bariatric Surgery Consultation", """
BARIATRIC SURGERY - INITIAL CONSULT   02/18/2026

41 F, lifelong obesity, BMI 46.3 (Wt 124.7 kg, Ht 164 cm). Tried phentermine,
tirzepatide (stopped, insurance). Comorbid: OSA on CPAP, HTN, knee OA, prediabetes
(A1c 6.0, diet only), CKD stage 2 with microalbuminuria (eGFR 71), no anticoagulants.

FHx: father with ESRD; brother (on dialysis) died 2023 from calciphylaxis
("awful wounds on his legs"); mother DM2. Pt is worried about her own kidneys.

Exam: BP 144/90, HR 86. Skin: no lesions, no livedo, mild acanthosis at the neck.
Abdomen obese, no hernia.

Assessment: class III obesity with obesity-related comorbidities, good surgical
candidate. RYGB vs sleeve discussed; leaning sleeve (GERD absent).
Plan: nutrition + psych eval, EGD, labs, 3 supervised visits. Nephrology referral
given family history of kidney disease.
"""),
("2026-05-06", "Bariatric Surgery Pre-op Clinic", """
BARIATRIC SURGERY - PRE-OP VISIT   5/6/2026

41F, planned lap sleeve gastrectomy 6/2/26. Psych and nutrition cleared.
Nephrology (4/2026): CKD 2, ACEi started, no dialysis expected in the near term.
Her brother's calciphylaxis came up again - nephrology reassured her that her own
kidney function is near normal.

Wt 121.3 kg, BMI 45.1. BP 132/84.
Skin of trunk, arms and legs intact, no lesions.
EGD 4/14: normal.
Labs: Cr 0.9, A1c 5.9, Hgb 12.8.

Plan: 2 wk liquid diet pre-op. VTE ppx post op per protocol. Consent signed.
"""),
]}

Y20 = {"patient_id": "Y20", "age": 57, "sex": "M", "notes": [
("2018-03-14", "Anticoagulation Clinic Note", """
ANTICOAGULATION CLINIC  3/14/2018

57 M. Dialysis: in-center, Tu-Th-Sa, Harwick Street unit (ESRD). DM2 on insulin glargine
+ aspart, HTN, paroxysmal AF, warfarin since 2016 (CHA2DS2-VASc 3). INR labile (time in range 41%).
Nephrology (Dr. Achterberg) asks that we stop warfarin: in dialysis patients warfarin
raises calciphylaxis risk and vascular calcification, and his INRs swing.
No skin problems now.

INR today 2.2. Scale says 91.4 kg; his BMI works out to 29.9, overweight category.

Plan: stop warfarin today; start apixaban 5 mg BID tomorrow when INR < 2 (dose per
current labeling for HD). Education given: bleeding signs, missed doses, no need for INR
checks. Discharged from anticoag clinic after 30-day phone follow-up.
"""),
("2018-04-10", "Nephrology Clinic", """
NEPHROLOGY CLINIC   4/10/2018
57M on HD; DM2 (insulin); AF: warfarin stopped 3/14, apixaban now.
HD: Kt/V 1.4, EDW 88.5 kg, no access issues (L arm AVF).
Labs: Ca/Phos 9.2/5.8, PTH 410, Alb 3.9.

Skin exam: legs, abdomen, thighs and buttocks normal, no ulcers, no livedo.

Counselling: explained why we changed the anticoagulant and that people on dialysis
have a higher chance of calciphylaxis; asked him to call about any new, very painful
skin spots, keep
phosphorus down (binder with every meal), and avoid heating pads on his legs.
Plan: continue sevelamer 1600 TID, cinacalcet 30. BMI 29.1 (wt 89.0 kg).
"""),
]}

PATIENTS = [Y15, Y16, Y17, Y18, Y19, Y20]
