"""probe217 corpus notes, A08-A14 (cath lab, EP and the clinics around them; all invented)."""

A08 = {"patient_id": "A08", "age": 70, "sex": "M", "notes": [
("2023-06-06", "Electrophysiology Clinic Follow-up", """
EP CLINIC - f/u recurrent syncope
70M. ILR (LINQ II) inserted Feb 2023 at the L parasternal 4th ICS; insertion site well healed,
no tenderness.
Remote monitoring: two 6-s sinus pauses at ~03:00 (asleep), no events with his reported
lightheadedness. No AF since insertion.
PMH: ESRD on HD MWF (L brachiocephalic AVF); DM2 - linagliptin only, never insulin; paroxysmal
AF - warfarin 2016-2019, stopped for a GI bleed, apixaban 2.5 twice daily since; OSA on
CPAP.
VS: 132/76, HR 64, BMI 26.1.
Orthostatics negative.
Assessment: nocturnal pauses likely vagal/OSA related, not clearly the cause of syncope.
Plan: keep monitoring; PPM only if awake pauses > 3 s; CPAP adherence check; RTC 3 mo.
"""),
("2023-07-19", "Hemodialysis Rounding Note", """
HD rounding 7/19/23
70M, MWF, EDW 74.5 kg, AVF cannulating well.
S: painful sore on the L chest beside the breastbone since the 4th of July; can't sleep on it,
"burns all night".
O: L parasternal chest, 2x3cm violaceous indurated plaque; black eschar 1 cm in its center, and
a netlike purple rim. Hurts with the lightest touch. Dry.
corrCa 9.9 N / phos 7.4 H / PTH 930 H / alb 3.3 L. On calcium acetate and doxercalciferol.
A/P:
1. L parasternal plaque - concern for calciphylaxis. Derm to see tomorrow for bx. Stop calcium
   acetate -> lanthanum; hold doxercalciferol; cinacalcet 30.
2. Anemia: Hgb 9.8, continue ESA.
"""),
("2023-07-27", "Dermatology Consult", """
DERMATOLOGY - second visit
Punch bx L parasternal chest done 7/20. Path: small fat vessels show medial calcium
+ thrombus, fat necrotic around them; calcium stain +. Fits calciphylaxis.
Exam: L parasternal eschar 1.4 cm, rim unchanged. Abdomen, thighs, legs, buttocks without lesions.
Dx: calciphylaxis, L parasternal chest (HD patient).
Plan:
- STS 25 g IV during HD (nephrology ordering)
- keep eschar dry, bordered foam, change q72h
- post-dialysis gabapentin 100, plus acetaminophen
- RTC 2 wks; photos to chart
BMI 26.1, unchanged.
"""),
]}

A09 = {"patient_id": "A09", "age": 59, "sex": "F", "notes": [
("2020-10-06", "Cardiac Catheterization Procedure Note", """
CATH LAB PROCEDURE NOTE   Oct 6, 2020
59F, ESRD, HD through a L brachial fistula; morbid obesity; abnormal nuclear stress
(inferolateral ischemia), exertional dyspnea.
Radial: R radial 1.9 mm on US - not used; L arm is fistula arm.
Access: R common femoral artery, 6F, US + fluoro guided, single anterior wall stick.
Findings: LM nml; LAD mild disease; LCx 80% OM1 -> FFR 0.74.
Intervention: DES 2.75 x 18 to OM1, good result.
Closure: Angio-Seal 6F, R groin soft, no hematoma, distal pulses intact.
Post: flat 2 h, ASA + clopidogrel 12 mo.
121kg, BMI 44.0.
"""),
("2020-11-18", "Hemodialysis Rounding Note", """
HD ROUNDS 11/18/20
59F on HD MWF (L AVF).
S: painful black area in the L groin fold under her belly; first a hard purple spot ~3 wks ago.
O: L inguinal fold, 6x3cm plaque - black eschar - retiform purpuric rim; indurated.
R groin: healed puncture, no plaque, no tenderness. Pre-HD BP 150/82.
Ca/P/PTH: 10.3/7.0/1120.
Meds: calcium carbonate, calcitriol, no anticoagulant.
A/P: suspect calciphylaxis L groin - derm bx; stop Ca and calcitriol; cinacalcet; start STS
with HD once bx done. Not diabetic (A1c 5.1).
"""),
("2020-11-25", "Dermatology Consult", """
DERM CONSULT
Path (punch, L inguinal fold, 11/19): subcutaneous arterioles with calcium and thrombus; c/w
calciphylaxis.
Exam: L inguinal fold eschar 6x3.5cm; the R groin, where she had her femoral cath in October,
has no lesion - only a tiny healed scar. Pannus and thighs clear.
A/P: L groin calciphylaxis, confirmed on path; contralateral to the access site.
- STS with HD; wound: calcium alginate to edges, dry eschar left intact
- lift the pannus with a wicking textile; pain per nephro
- BMI 43.2 - nutrition to see re protein intake
"""),
]}

A10 = {"patient_id": "A10", "age": 64, "sex": "M", "notes": [
("2024-01-22", "Nephrology Hemodialysis Note", """
NEPHROLOGY - HD ROUNDING
64M, kidney failure from DKD; HD days Tue-Thur-Sat, L forearm fistula. Diabetic, degludec 26 u.
S: tender hard spot in the R lower belly since New Year's Day; darker now; sharp pain when
he turns in bed.
O: RLQ 4x4cm violaceous indurated plaque w/ fine reticulated border, small dusky center.
Rest of abdomen soft; nothing similar elsewhere.
Ca/P/PTH/alb: 9.5/7.8/990/3.4.
104kg, BMI 32.8.
Meds: sevelamer, calcitriol, degludec, ASA. Never on warfarin.
A/P: RLQ plaque - calciphylaxis suspected; punch by derm within the week; calcitriol on hold; add
cinacalcet.
"""),
("2024-01-30", "Dermatology Clinic Note", """
DERMATOLOGY
Path from 1/24 punch (RLQ): mural calcium, small subcut vessels; fibrin thrombi;
septal fat necrosis; calcium stain +.
Diagnosis: calciphylaxis, R lower abdomen - biopsy-proven.
Exam: plaque 4.5 cm; an eschar is starting in the middle. Thighs, buttocks, breasts and legs
checked - nothing else.
Risks reviewed: HD x4 yrs, insulin-treated DM, BMI 32.8, PTH high, never any warfarin.
Plan: STS with HD (nephrology), foam dressing, pain control, weekly wound photos with a ruler
in frame. Nothing to be injected in the RLQ. Pt and wife know what infection looks like:
redness that spreads, fever, pus. RTC 4 wks.
"""),
("2024-02-11", "Cardiac Cath Lab Procedure Note", """
CATH LAB - NSTEMI
DOS 02/11/2024. 64M, HD pt with known RLQ calciphylaxis, NSTEMI (trop 2.1), chest pain at HD.
Access: R radial 6F (L arm AVF). TR band.
Findings: proximal LAD 90%, RCA 50%.
PCI: DES 3.0 x 22 proximal LAD, 0% residual.
Post orders: ASA + ticagrelor; SC heparin 5000 u q12h for VTE ppx, abdomen - left half and
upper belly only; stay well away from the RLQ wound.
Calciphylaxis wound checked: dressing dry, no change.
Vitals: BP 138/80, HR 88.
"""),
("2024-02-27", "Dermatology Follow-up", """
DERM F/U
RLQ calciphylaxis - eschar 4.5x3.5cm, stable, less pain on STS (4/10, was 8/10). Edge without
new purpura; induration around it softer. HD nurses change the foam each run.
Hospitalized 2/10-2/14 for NSTEMI with LAD stent; got SC heparin into the L and upper abdomen
while inpatient. Those shots came weeks after the RLQ plaque appeared (New Year's). Injection
sites checked today - a few faint brown marks, no purpura, no new nodules, no new lesions
anywhere.
Plan: continue STS, wound care; HD unit told no SC heparin unless essential.
BMI 32.4.
"""),
]}

A11 = {"patient_id": "A11", "age": 71, "sex": "F", "notes": [
("2021-11-03", "Dermatology Consult", """
DERMATOLOGY CONSULT
71F; ESRD, hemodialysis Mon-Wed-Fri; ICM with ICD; AF, takes warfarin; obese.
HPI: R lateral thigh lesion, painful, present since early October - a firm red-purple
lump at first, black now. No trauma to the area by her account.
Exam: R lateral thigh necrotic plaque 7x5cm, black eschar, retiform purpura along the border,
woody induration. L thigh, abdomen, buttocks: clear.
Procedure today: 2 border punches (4mm each), gelfoam for hemostasis, bandage.
Assessment: calciphylaxis, clinically clear-cut; path to document.
Plan: discuss warfarin -> apixaban with cardiology; STS with HD; wound clinic referral; BMI 31.0.
"""),
("2021-11-24", "Wound Clinic Note", """
WOUND CLINIC - initial visit
Dx: biopsy-confirmed calciphylaxis (path 11/8: vascular calcification + thrombosis), R lateral
thigh.
Wound: 7.5x5.2cm; eschar 60%, slough 40% (yellow, marginal); moderate serous drainage.
Periwound indurated, no cellulitis.
Pt admits to icing the thigh wound with cold packs at bedtime because of pain - told to
stop (cold worsens ischemia).
Procedure: curette debridement, selective, of loose marginal slough - 3 sq cm; no bleeding.
Dressing: calcium alginate to slough, foam bordered cover, change 3x/wk by HD RN.
Warfarin stopped 11/10, now apixaban.
RTC 1 wk.
"""),
("2022-01-12", "EP Device Clinic Note", """
DEVICE CLINIC - post generator change
71F, ICD generator change (ERI) 12/14/21 via the L chest pocket. Incision healed, no erythema,
no drainage, pocket flat; no lesions at or near the pocket.
Interrogation: RV lead 480 ohms; sensed R 9.8; capture 0.75V/0.4ms.
No VT/VF episodes. AF burden 18%.
Other: R thigh calciphylaxis wound getting weekly debridement at wound clinic, smaller per pt.
On apixaban (warfarin stopped in Nov).
VS: BP 118/64, HR 72 (AF, rate controlled). Steri-strips off, glue gone.
Reminder: nothing heavier than 10 lb with the L arm for 2 more wks.
Plan: remote monitoring q3 mo, in-person 1 yr.
"""),
]}

A12 = {"patient_id": "A12", "age": 58, "sex": "M", "notes": [
("2025-03-04", "Nephrology Clinic Note", """
NEPHROLOGY (HD unit office)
58M; IgA nephropathy -> ESRD; dialysis T/Th/Sa by R arm fistula, 6 yrs.
A1c 5.4 - not diabetic.
S: sores on both calves since February, very painful; he denies trauma of any kind: bumps, falls,
heating pad/ice use and leg injections all denied.
O: bilat posterior calves: multiple 1-3 cm ulcers w/ black eschar in a background of livedo;
exquisitely tender.
Ca/P/PTH: 10.0/7.6/1340.
Weight 95.8, BMI 29.9 - overweight.
Assessment/plan: calciphylaxis suspected, derm bx. Stop calcitriol/Ca; start cinacalcet; STS with HD once
bx done. Cardiology pre-op for possible parathyroidectomy.
"""),
("2025-03-11", "Dermatology Consult", """
DERMATOLOGY CONSULT
58M on HD. Bilateral posterior calf ulcers since Feb.
Path (3/6 punch L calf): calcified small arterioles, thrombi, panniculitis -> calciphylaxis.
Exam: both calves w/ eschar-covered ulcers in livedo; thighs and trunk clear.
Pt again denies any injury or local heat/cold. Pain 8/10.
A/P: bilateral calf calciphylaxis, biopsy-proven.
- avoid SC injections, compression stockings and SCD sleeves on the legs
- keep heat (pads) and cold (ice) away from the calves
- STS w/ HD, wound care as per the wound team
"""),
("2025-03-18", "Cardiology Pre-Procedure Note", """
CARDIOLOGY - PRE-CATH / PRE-OP EVAL
58M, HD, calciphylaxis of both calves, planned parathyroidectomy; abnormal stress test (small
anterior defect).
Plan: LHC next week via the L radial (his AVF is in the R arm); R femoral approach only if the
radial fails. Keep SCD sleeves off the calves on the day.
If PCI needed -> DAPT, will coordinate timing of surgery.
VS 128/74, pulse 70, sat 98%. BMI 29.9 (overweight).
Anticoagulant: none (no warfarin).
Labs: Hgb 10.9, plt 188, K 5.1 pre-HD. ECG: sinus 70, no Q waves.
Book the cath on a non-dialysis day (Mon or Wed).
"""),
]}

A13 = {"patient_id": "A13", "age": 66, "sex": "F", "notes": [
("2022-06-14", "Structural Heart Procedure Note - TAVR", """
STRUCTURAL HEART - TRANSFEMORAL TAVR
DOS 6/14/2022. 66F, severe AS (AVA 0.7 cm2, MG 46), ESRD on cycler PD, diabetic on insulin.
Access: R common femoral artery 14F sheath (pre-closed w/ 2 suture devices); L femoral vein
temporary pacing wire; L radial 5F pigtail.
Valve: 26 mm balloon-expandable, rapid pacing 180. Trace PVL. MG post 6 mmHg.
Closure: sutures deployed, good hemostasis; a soft 2 cm hematoma of the R groin right at the
puncture, marked, stable at 1 h.
Temp wire out at end, no new conduction disease.
Dispo: CVICU, ambulate 4 h. BMI 27.0.
"""),
("2022-07-26", "PD Clinic Note", """
PD CLINIC
66F, CCPD nightly. S/p TAVR 6/14.
S: new painful hard patch, R thigh (front), since mid-July.
O: R anterior mid-thigh (roughly a hand and a half below the groin crease), 4x3cm violaceous
plaque with livedoid rim and a dusky center. R groin puncture well healed, the earlier hematoma
gone, skin there normal.
Exit site clean. Ca 9.7 (7/19), phos 6.9, PTH 760.
Insulin glargine 16 u, lispro SSI.
Tolerating the cycler well, UF ~900 mL/night.
A/P: ?calciphylaxis R thigh - derm referral; stop calcium-based binder.
"""),
("2022-08-03", "Dermatology Consult", """
DERMATOLOGY
Path (punch R mid-thigh, 7/28): subcutaneous arterioles crusted with calcium, thrombosed,
necrotic fat around (vK+). Read as calciphylaxis.
Exam: R anterior thigh, midway between groin and knee, plaque 4.5x3cm, eschar now forming.
The R groin and the TAVR access site are unremarkable; the plaque lies far below the access
site and is separate from it. No lesions elsewhere.
A/P: calciphylaxis R anterior thigh (PD patient).
- STS 25 g IV TIW via infusion center
- wound care, no adhesive on skin, foam dressing
- BMI 26.8
"""),
]}

A14 = {"patient_id": "A14", "age": 75, "sex": "M", "notes": [
("2019-05-07", "EP Device Clinic Note", """
DEVICE CLINIC
75M, ICD (2013, gen change 2018), on hemodialysis for ESRD, AF anticoagulated with warfarin.
Pocket: L chest; skin over the inferior edge of the generator thin and shiny with a 5 mm
opening where the can is visible. No purulence, no fever.
A: pocket erosion with device exposure = presumed infected system.
P: admit for transvenous lead extraction + full system removal; blood cx x2; hold warfarin,
heparin per protocol.
Incidentally pt shows me painful black sores on both posterior calves - derm consult while
inpatient.
BMI 23.8.
"""),
("2019-05-09", "Dermatology Inpatient Consult", """
DERM INPATIENT CONSULT
Reason: calf ulcers; also asked to look at ICD pocket.
HPI: both calves painful since around Easter, no injury recalled.
Exam: bilat posterior calves, several 1-3 cm necrotic ulcers w/ eschar and retiform purpura.
L chest pocket: erosion of thin skin over the generator, no retiform purpura, no eschar.
Bx: punch R calf 5/8 - vascular calcification, thrombi -> calciphylaxis.
A:
1. Calciphylaxis, bilat posterior calves - biopsy-proven.
2. L chest pocket wound = device erosion. It is not calciphylaxis.
Plan: thiosulfate w/ dialysis; warfarin should not be resumed -> apixaban after extraction.
For now the SC heparin goes into the abdomen; skin there clear.
"""),
("2019-05-14", "EP Lab Procedure Note - Lead Extraction", """
EP LAB - TRANSVENOUS LEAD EXTRACTION
DOS 05/14/19. Indication: pocket erosion, device exposure.
Under GA, surgical backup. L chest pocket opened, generator removed, capsulectomy and pocket
debridement. RV ICD lead (11 yrs dwell) removed with laser sheath, RA lead w/ mechanical sheath.
No complications. Pocket closed over a drain. Cultures: pocket swab + lead tip.
EBL 150 mL. TEE in lab: valves free of vegetation; small mobile density on the RV lead, gone
with the lead.
Plan: IV vancomycin, repeat blood cx, WCD at discharge, reimplant on R side after cx clear.
Calves: calciphylaxis wounds padded, no SCDs, heels floated.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
