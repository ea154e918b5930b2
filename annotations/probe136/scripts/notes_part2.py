"""probe136 corpus notes, Y08-Y14 (general/bariatric surgery, cardiology and the clinics around them; all invented)."""

Y08 = {"patient_id": "Y08", "age": 58, "sex": "F", "notes": [
("2023-05-10", "Cardiac Catheterization Report", """
CARDIAC CATHETERIZATION LAB - PROCEDURE REPORT
Date: 05/10/2023    Attending: M. Adebayo-Strand MD    Fellow: K. Lind MD

Pt: 58 F. ESRD - dialyzes MWF via L forearm loop graft; insulin for DM2; BMI 36.9 - class II
obesity, HTN, R common iliac stent (2019) now occluded.
Indication: CCS III angina, stress MPI with reversible inferior defect.

Access: R radial occluded on ultrasound; L arm is the dialysis arm; R iliac occluded.
So: L CFA, ultrasound-guided micropuncture, single anterior wall stick, 6 Fr
sheath. UFH 70 u/kg IV, ACT 268.

Findings: LM normal. LAD mild irregularities. LCx 30%. RCA mid 95%, TIMI 3.
PCI: mid RCA predilated 2.5 NC, 3.0 x 28 mm DES at 14 atm, post-dil 3.25 NC. 0% residual.
Contrast 60 mL (ESRD).

Closure: L femoral angiogram adequate, 6 Fr Angio-Seal deployed, good hemostasis,
no hematoma at case end, distal pulses unchanged.

Plan: ASA 81 + clopidogrel 75 x 12 mo. Flat 2 h then ambulate. HD tomorrow as usual.
"""),
("2023-06-07", "Hemodialysis Unit Progress Note", """
HD UNIT - MD rounding note   6/7/23
Chair 14, MWF 2nd shift. 58 y/o F, DM2 on insulin, recent RCA stent (5/10, L femoral).

Pre: BP 152/80, HR 88, wt 99.6 kg (EDW 98.0). Post: 138/72.
Access: L forearm AVG, thrill +, no issues.
Kt/V 1.3 last month.

New c/o: pain in the L groin since Memorial Day, getting worse, "like a burn".
Exam: L groin crease just below the inguinal ligament, at the old puncture site, a 4 cm
indurated dusky purple patch with a darker center, very tender. No bruit, no pulsatile
mass, no drainage. Afebrile.

A/P: ?pseudoaneurysm vs access-site infection vs calciphylaxis.
- arterial duplex L groin today
- CBC, CRP, blood cultures x2
- derm referral (urgent); cardiology (Dr. Adebayo-Strand) notified
- check Ca/Phos/PTH, currently on calcium acetate + calcitriol
"""),
("2023-06-15", "Dermatology Clinic", """
DERMATOLOGY - urgent new visit                        06/15/2023

58F, HD chair 14 at Millrace dialysis (ESRD), DM2 on insulin, obese (today's BMI 36.5).
Cardiac cath with RCA
stent 5/10/23 through the L common femoral artery. Painful L groin lesion since
Memorial Day. Duplex 6/7: no pseudoaneurysm, no AV fistula. Cultures negative.

Punch bx 6/8 (L groin edge): calcified arteriolar walls within the subcutaneous fat,
thrombosis, necrotic fat, von Kossa-positive deposits. Consistent with calciphylaxis.

Exam: L groin 5x4 cm violaceous retiform plaque, central 1 cm eschar, centred on the
healed femoral puncture. R groin and abdomen clear. Thighs clear.

Assessment: calciphylaxis of the L groin arising at the femoral arterial access site of
the 5/10 catheterization (onset 5/29/23).
Plan:
- nephrology: STS 25g each HD, stop Ca acetate/calcitriol, start cinacalcet
- keep eschar dry, no debridement
- cardiology ok'd continuing DAPT
- f/u 2 wks, photos taken
"""),
]}

Y09 = {"patient_id": "Y09", "age": 45, "sex": "F", "notes": [
("2024-02-14", "Medical Weight Management Visit", """
MEDICAL WEIGHT MANAGEMENT - NEW PATIENT   2/14/2024
Referred by: transplant nephrology (needs BMI < 35 to list).

45 F, ESRD 2/2 FSGS, HD Tue/Thu/Sat (R IJ tunneled cath, R forearm AVF maturing), HTN.
A1c 5.4 (no DM). No anticoagulation. Interested in a sleeve later if meds fail.
Weight hx: gained ~25 kg since starting dialysis. Emotional eating, night snacking.

Vitals: BP 142/88, HR 80. Wt 112.9kg, Ht 165.5cm, BMI 41.2.
Exam: central adiposity, pannus to mid-thigh, skin intact, no intertrigo.

Plan:
1. Semaglutide 0.25 mg subcut once a week x 4 wks, then 0.5 mg; pen teaching done today.
   She will inject only into her left lower abdomen - says the right side is "too
   ticklish" and she can't see around the pannus on that side.
2. Renal dietitian + our dietitian, protein 1.2 g/kg, fluid limit per unit.
3. Activity: chair exercise video on HD days, walk off days.
4. Reassess 3 months; bariatric surgery referral if < 5% loss.
"""),
("2024-05-22", "Nephrology HD Rounding Note", """
HD ROUNDING 5/22/24  - Tuesday/Thursday/Saturday unit, chair 6

45F on HD, FSGS. Now on semaglutide 1 mg weekly (left abdomen only), down 7 kg.
Nausea mild. EDW lowered to 105.5 kg. BMI 38.6.
Access: R forearm AVF now in use, 2 needles, good flows; cath removed 4/30.

New: for ~3 wks a painful hard spot, R lower abdomen under the pannus; thought it was
a boil. Exam: R lower abdominal fold, firm violaceous plaque 5x4 cm, retiform margins,
small dark centre, exquisitely tender. Left side of abdomen: a few tiny
injection marks, soft, no lesion.

Labs: Ca 9.6  PO4 7.4  iPTH 690  alb 3.4.
A/P: plaque R abdomen - worry for calciphylaxis. Derm asap for bx.
Stop calcium carbonate binder, sevelamer 1600 TID. Hold calcitriol.
"""),
("2024-06-04", "Dermatology Consult", """
Dermatology consult - 06/04/2024

45F on HD, on weekly semaglutide. Incisional bx 5/28 from the R lower abdominal pannus:
panniculus with calcified small-vessel media, occlusive thrombi and necrotic
lobules; von Kossa +. Diagnosis: calciphylaxis, biopsy-proven.

Exam: R lower abdomen 6x4 cm plaque, now centrally eschared (1.5 cm), livedo around.
L abdomen clear at the semaglutide injection area. Thighs and buttocks normal.

Note on site: her semaglutide goes into the L side of the abdomen only (confirmed with
pt and her injection log); no injections, heat, tape or pressure devices on the R side.
Lesion is therefore not at an injection site.

Plan: STS with HD, nephrology managing; foam dressing; do not debride; pain plan with
palliative. Wt 101.0 kg (BMI 36.9). Semaglutide may continue per weight clinic.
RTC 2 wks.
"""),
]}

Y10 = {"patient_id": "Y10", "age": 63, "sex": "M", "notes": [
("2020-01-15", "Nephrology HD Progress Note", """
NEPHROLOGY HD NOTE   1/15/2020
63 M, ESRD (HTN/DM), HD Mon-Wed-Fri, L upper arm AVF. DM2 on insulin detemir + aspart.
Paroxysmal AF - warfarin, target INR 2-3. HFmrEF EF 45%.

S: painful sore, front of L shin, since New Year's Day. Denies any injury,
bump or scratch before it appeared. No fever.
O: BP 146/78, HR 74 irreg. Wt 81.0 kg, BMI 26.3.
Left anterior shin: ulcer 3x2 cm, black base, violaceous firm stellate rim,
livedo around; extremely tender. Pedal pulses present. R leg clear.
Labs: Ca/PO4 9.9/7.8, iPTH 1050, albumin 3.2; INR 2.7 (on warfarin).

A/P: painful necrotic L shin ulcer on HD + warfarin with high Phos/PTH -
r/o calciphylaxis. Derm referral for bx this week. Stop calcium acetate, start
sevelamer. Ask cardiology re warfarin. ABI ordered.
"""),
("2020-01-28", "Dermatology Clinic", """
DERMATOLOGY  1/28/2020

63M on HD, on warfarin. L anterior shin lesion since 1/1/2020. Punch bx 1/21 at the
ulcer edge: deep dermal/subcutaneous microvessels calcified +
thrombosed; fat necrosis; vK stain +. Dx: calciphylaxis.
He again says nothing hit the leg before it started.

Exam: L anterior shin ulcer, now 4x3 cm, adherent eschar, retiform purpura at the
margin. Thighs, abdomen and R leg clear.
ABI 1.05 on the L with triphasic waveforms.

A/P: biopsy-proven calciphylaxis, L shin.
- STS 25g IV post-HD (nephrology)
- warfarin -> apixaban discussion with cardiology next week
- protect the leg, padded dressing, no compression wraps
- RTC 2-3 wks
"""),
("2020-02-12", "Emergency Department Note", """
ED NOTE   02/12/2020  10:15

63 M with known calciphylaxis of the L shin (bx 1/21), ESRD (HD), AF - on warfarin.
Yesterday after his cardiology appt he tripped on a parking bumper in the hospital
garage and struck the L shin on the concrete. Bleeding from the existing ulcer overnight
that soaked 2 dressings. No head strike, no LOC.

Exam: BP 150/82, HR 88. L anterior shin: known 4 x 3 cm eschared ulcer, edge now oozing,
with a fresh 3 cm abrasion and bruise just distal to it. No deformity, can bear weight.
X-ray tib/fib: no fracture.
INR 2.4, Hgb 9.6 (baseline 10).

Tx: pressure + topical thrombin, nonadherent dressing, Kerlix, no compression.
Tdap up to date.
Dispo: home; wound clinic and derm in 1 wk; HD tomorrow as scheduled.
"""),
]}

Y11 = {"patient_id": "Y11", "age": 55, "sex": "F", "notes": [
("2018-09-04", "General Surgery Consult", """
GENERAL SURGERY CONSULT (inpatient)   9/4/2018
Asked by: nephrology. Q: debridement of necrotic pannus wound.

55F, ESRD - HD TTS; DM2, insulin - she injects only into her posterior arms,
never the belly. BMI 48.3 (morbid obesity). HTN. OSA.
Painful lower-abdominal lesion since early August 2018; derm punch bx 8/28: calciphylaxis.
On STS with HD since 8/30. No prior abdominal surgery, no hernia, no binder.

Exam: Tmax 38.1, HR 104, BP 132/70. Lower pannus, R > L of midline: 14 x 9 cm black
leathery eschar with boggy edges, foul drainage at the inferior margin, surrounding
retiform purpura and cellulitis.
Labs: WBC 15.8, lactate 1.9, CRP 180, Alb 2.4.
CT: subcutaneous stranding, no gas, no abscess, no fascial involvement.

A/P: infected calciphylaxis wound of the pannus with sepsis physiology.
- to OR 9/6 for excisional debridement, NPWT placement
- pip/tazo renally dosed
- consent signed, NPO after MN
"""),
("2018-09-06", "Operative Report", """
OPERATIVE NOTE   09/06/2018
Pre/post-op dx: infected calciphylaxis wound, lower abdominal pannus
Procedure: excisional debridement (skin, subcutaneous fat, fascia), total 156 sq cm;
NPWT (wound VAC) placement
Anesthesia: GETA. EBL 150 mL.

Findings: 14 x 9 cm eschar over the lower pannus; beneath it necrotic fat with chalky
gritty calcified vessels; purulence at the inferior pole; fascia viable except a 2 cm
patch which was excised. No intra-abdominal extension.
Tissue sent for culture and path.

Description: usual prep/drape. Eschar removed sharply (scalpel, Metzenbaum scissors)
down to bleeding, healthy-appearing fat, final defect 16 x 11 x 4 cm.
Irrigated with 3 L saline via pulse lavage. Hemostasis w/ cautery.
Black foam NPWT applied at -125 mmHg continuous, seal good.
Pt to PACU stable. Return to OR in 48-72 h for look / VAC change.
"""),
("2018-09-20", "Wound Care Clinic", """
Wound Care Center - 9/20/2018

55F w/ ESRD, DM2 on insulin (upper arms), calciphylaxis, lower abdominal pannus,
s/p OR excisional debridement 9/6 and 9/8, d/c'd home 9/15 with VAC.
Path 9/6: calciphylaxis with secondary acute inflammation; cx MSSA + Enterococcus.

Wound #1 lower abdomen/pannus: 16.5 x 11.0 x 3.5 cm. granulation 60% red, slough 40%
yellow along the superior edge, small grey necrotic fat 2 x 2 cm at 11 o'clock. Moderate
serosanguinous drainage, no odor. Periwound: tape blistering from the VAC drape along
the L margin.
Procedure: selective sharp debridement, slough + nonviable fat, curette, 18 sq
cm, tolerated with topical lidocaine.
VAC replaced at -125, silicone border to protect periwound.

Wt 129.4 kg, BMI 47.9. Glucose 188.
Plan: VAC change 3x/wk by home health, STS continuing with HD, protein supplement.
RTC 1 wk.
"""),
]}

Y12 = {"patient_id": "Y12", "age": 67, "sex": "F", "notes": [
("2016-05-10", "Electrophysiology Clinic", """
EP CLINIC  05/10/2016
67 F, persistent AF (EHRA III) on warfarin since 2013, ESRD on HD MWF, HTN, hypothyroid.
No diabetes.
Failed amiodarone (thyroid), sotalol not an option on HD.

S: palpitations daily, fatigue, DOE 1 flight.
O: BP 128/76, HR 104 AF. Wt 78.2 kg, BMI 29.5. Lungs clear, no edema.
Skin grossly normal.
ECG: AF 102, QRS 92.
TTE 3/2016: LVEF 50%, LA 4.9 cm.

A/P: symptomatic persistent AF, drug-refractory.
- Plan PVI ablation, tentatively mid-June.
- Periprocedural: hold warfarin 5 days, bridge with enoxaparin SC injections
  (dose-reduced for HD), first injection planned 3 days before the procedure.
- TEE day of procedure.
- Consent discussed; she wants to proceed.
"""),
("2016-06-14", "Nephrology HD Progress Note", """
NEPHROLOGY - HD ROUNDS   6/14/2016
67F on HD, AF on warfarin, ablation (was 6/16) POSTPONED by EP because of skin lesions.
The enoxaparin bridge was never started - no injections given.

S: both calves very painful for about 3 weeks, now with dark spots. Denies trauma,
falls, bites, insect stings, heating pads, tight socks or any injections in the legs.
O: posterior calves bilaterally - R 5x4 cm and L 4x3 cm violaceous retiform
plaques, each with a small central black eschar; livedo racemosa spreading to the
popliteal fossae. Pulses palpable. Wt 77.5 kg.
Labs: Ca/PO4/PTH 10.2/6.9/720, alb 3.1, INR 2.9.

A: suspect calciphylaxis (warfarin, hyperphosphatemia, HD).
P: derm for deep bx; stop Ca acetate, start sevelamer; cinacalcet 30; hold warfarin
pending discussion w/ EP - apixaban instead if anticoag needed.
"""),
("2016-06-28", "Dermatology Clinic", """
DERMATOLOGY   6/28/2016

67F on HD. Deep incisional biopsy R posterior calf 6/17: subcutaneous
arterioles with calcified walls, intimal fibrosis, thrombi; consistent with
calciphylaxis. Warfarin stopped 6/15 (EP switched to apixaban).

Both calves: plaques slightly larger (R 6 x 4, L 4 x 4 cm), eschars dry. No new sites.
She reaffirms no injury or injections anywhere on the legs before this began.

A/P: biopsy-proven calciphylaxis, bilateral posterior calves.
- STS 25g IV TIW w/ HD, started 6/20
- advised: keep heating pads and hot soaks off the legs, no compression hose, and any
  future shots are to be placed in the deltoids only
- ablation on hold until healing
- RTC 3 wks
"""),
]}

Y13 = {"patient_id": "Y13", "age": 70, "sex": "F", "notes": [
("2021-04-07", "EP Procedure Note", """
EP LAB - PROCEDURE NOTE   04/07/2021
Procedure: single-chamber ICD implant (primary prevention), L cephalic cutdown
Indication: ischemic CM, LVEF 28% despite GDMT > 3 months, NYHA II
Pt: 70 F. ESRD on PD (CCPD, cycler 9 h). DM2 (linagliptin; insulin never). BMI 34.0, obese.
No anticoagulant (never on warfarin). ASA 81 continued.

Cefazolin 2 g IV. Local lido 1% 20 mL + sedation.
4 cm incision L infraclavicular, subcutaneous pocket on the pectoral fascia. Cephalic
vein cutdown, single-coil RV lead to RV apex: R 12 mV, thr 0.7 V, imp 520 ohm.
DFT not performed. Generator connected, pocket irrigated with abx solution.
Closed in 3 layers, 4-0 subcuticular, skin glue.
No complications. No pocket hematoma.

Plan: CXR PA/lat, arm restrictions 4 wks, wound check 10-14 d, remote monitoring
enrolled. Continue PD tonight.
"""),
("2021-06-16", "Device Clinic Note", """
DEVICE CLINIC   6/16/21
70 yo F, single chamber ICD since 4/7/21.

Interrogation: battery 11.2 y. RV sensing 11.5 mV, threshold 0.75 V, HV imp 68 ohm.
No VT/VF, no therapies. 2% VP.
Pocket: healed, no redness or tenderness, generator mobile.

Pt mentions a tender lump in the L breast, lower outer part, for ~10 days, painful
with her bra. Not near the pocket (pocket is up under the collar bone). RN looked:
3 cm firm purple-tinged area at about 4-5 o'clock, no drainage. Advised PCP/breast
clinic. She had a screening mammogram in 2020 showing "lots of vascular calcification".

Plan: no programming changes. Remote q91d. Next in-office 6 mo.
"""),
("2021-06-30", "Breast Surgery Clinic", """
BREAST SURGERY CLINIC   06/30/2021

70F, ESRD on PD, ICD (L chest, 4/2021). Painful L breast lesion since early June.
Dx mammo/US 6/22: dense vessel calcification throughout both breasts; no mass.
US-guided core + punch bx 6/24 at the L breast skin lesion: calcified small vessels in
the breast subcutis, fat necrosis, thrombi - calciphylaxis. No malignancy.

Exam: L breast LOQ, indurated violaceous plaque
4x3 cm, early central eschar, retiform margins, tender. R breast normal. Device pocket L
infraclavicular:
healed scar, no lesion, well separated from the breast plaque (~12 cm).

A/P: L breast calciphylaxis, biopsy-proven, not at the device pocket.
- no surgical excision now; wound care and pain control
- nephrology: STS, cinacalcet, stop Ca binder
- Wt 86.9 kg, BMI 34.0
f/u 4 wks
"""),
]}

Y14 = {"patient_id": "Y14", "age": 60, "sex": "M", "notes": [
("2024-09-12", "Cardiac Surgery Post-op Clinic", """
CARDIAC SURGERY CLINIC - 3 week post-op  09/12/2024

60 M, ESRD (dialysis TTS), DM2 on insulin (pt injects abdomen), HTN, obesity.
s/p CABG x2 on 8/20/24: LIMA-LAD and L radial artery-OM. No leg vein harvest.
Post-op AF, on warfarin (goal 2-3) since 8/25.

S: sternal soreness, improving. Walking 10 min twice daily.
O: BP 132/74  HR 78 SR  Wt 98.3 kg  BMI 31.4
Sternotomy: healed except the inferior pole, 1 cm dry black eschar over a small
superficial skin separation, no drainage, sternum stable. This is ordinary superficial
dehiscence healing by secondary intention.
L forearm (radial harvest): incision healed, one small scab at the wrist end.
Legs: no incisions, no lesions.

A/P: recovering well.
- sternal eschar: leave alone, keep dry, re-check 2 wks
- warfarin 3 mo then reassess
- cardiac rehab referral
"""),
("2024-10-03", "Hemodialysis Progress Note", """
HD UNIT - NEPHROLOGY NOTE  10/3/24

60 M on HD, CABG 8/20, warfarin since 8/25 (post-op AF). DM2 - glargine + lispro into
the abdomen.
New complaint: burning pain in both inner thighs since mid-September, now with
purple patches. He recalls no shots, heat or knocks to the thighs. No vein harvest.

Exam: medial thighs bilaterally, R 8x6 cm and L 6x5 cm indurated violaceous
retiform plaques, R with a 1 cm central eschar; very tender.
Sternal and forearm incisions not involved.
INR 2.6. Ca/PO4/PTH 9.7/7.0/640, alb 3.0.

Impression/plan: suspect calciphylaxis of the thighs.
- derm urgent for bx
- stop calcium acetate -> sevelamer; cinacalcet 30
- d/w CT surgery re stopping warfarin (post-op AF, low burden)
"""),
("2024-10-15", "Dermatology Consult", """
DERMATOLOGY CONSULT   10/15/2024

60M on HD, recent CABG, on warfarin, insulin into abdomen.
Punch bx 10/8 from the R medial thigh: small vessel medial calcification, thrombosis,
septal/lobular fat necrosis. Dx: calciphylaxis.

Exam: bilateral medial thighs - retiform plaques as described by nephrology, slightly
enlarged, R eschar 2 cm. No lesions on the abdomen at his insulin sites.
Sternum: 1 cm eschar, inferior pole of sternotomy. L wrist: small crust at the
end of the radial harvest incision. Both look like ordinary incisional healing - no
retiform purpura, no induration - and are NOT calciphylaxis.

Impression: biopsy-proven calciphylaxis of both medial thighs, with no trauma at those
sites; the sternal and forearm wounds are unrelated.
Plan: STS with HD; warfarin stopped 10/10 per CT surgery; wound care; pain.
RTC 2 wks.
"""),
]}

PATIENTS = [Y08, Y09, Y10, Y11, Y12, Y13, Y14]
