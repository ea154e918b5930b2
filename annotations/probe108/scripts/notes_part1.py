"""probe108 corpus notes, H01-H07 (inpatient hospital medicine; all invented)."""

H01 = {"patient_id": "H01", "age": 58, "sex": "F", "notes": [
("2023-02-14", "Admission H&P", """
St. Brendan Regional / 6 West - hospitalist admit
CC: "this sore on my stomach is killing me"

HPI: 58F w/ ESKD (iHD, R arm brachiocephalic AVF), insulin-requiring T2DM, HTN, obesity, who presents from her HD unit after the charge RN saw a black wound on her belly and sent her over. Pt says the sore began abt 3 wks ago as a tender red knot, then went dusky, and this past week its middle blackened. Pain 9/10, burning, worse w/ clothing rubbing. No f/c. Took leftover cephalexin x2 days, no change.
She does all her own insulin (glargine 30u qhs + lispro SSI) and admits "left side, under the navel, every time - that's my spot." Has done it that way ever since starting insulin in June 2021. Never rotated.

PMH: ESKD from DM nephropathy, dialyzing since 2020, T2DM, HTN, OSA not on CPAP, GERD
Meds: glargine, lispro, sevelamer 1600mg with meals, calcitriol .25, cinacalcet 30, amlodipine 10, pantoprazole. No anticoagulants, never been on coumadin.
SH: lives w/ sister in Harwell. Ex-smoker. No EtOH.
FH: noncontributory

PE: Tmax 37.1, pulse 88, 152/84, sat 97 on room air. Wt 97.5kg, BMI 34.2.
Gen: uncomfortable, guarding abdomen
Skin: LLQ / L lower abd, just inf-lat to umbilicus: 5x4cm stellate eschar, black, w/ rim of violaceous retiform purpura, indurated to palpation, exquisitely ttp. Scattered small firm subcut nodules in the same area (injection lipohypertrophy). R abd clear. No crepitus, no drainage.
Rest of exam unremarkable, AVF +thrill/bruit.

Labs notable: phos 7.4 w/ Ca 9.8, iPTH 912; albumin 3.1; WBC 8.2; CRP 41.

A/P:
# Painful necrotic eschar L lower abdomen right on the spot she has always injected her insulin, ESKD - worried this is calciphylaxis. Other ddx: nec soft tissue infxn (doubt it, afebrile, no crepitus), injection abscess.
 - Derm consult -> punch at the edge
 - Wound care RN
 - Inpt insulin into thighs only, NOT abdomen
 - Pain: hydromorphone low dose PO, gabapentin 100 post-HD
# ESKD: renal aware, HD tomorrow per schedule, low Ca bath
# T2DM: glargine 24u + SSI
DVT ppx: SCDs (avoid SC heparin for now)
Code: Full
"""),
("2023-02-16", "Hospitalist Progress Note", """
Progress Note HD#3

S: Slept poorly, pain 7/10 with hydromorphone. Derm did 4mm punch at wound edge yesterday (2/15) afternoon.

O: afebrile, VSS. L lower abd eschar unchanged in size, purpuric rim tender, bx site hemostatic, dressing c/d/i.

Problems:
1. L lower abdominal necrotic ulcer, suspected CUA. Path pending. Renal started empiric STS 25g IV during final hour of each HD run.
2. ESKD on HD - got HD yesterday, Phos 6.9. Sevelamer up-titrated. Cinacalcet cont.
3. DM2 - BG 140-210. Insulin going into thighs now.
4. Obesity - BMI 34; dietitian to see.

Dispo: pending path, pain control
"""),
("2023-02-21", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 02/14/2023  Discharge 02/21/2023
Attending: Dr. Ines Valcourt (Hospital Medicine)

Principal dx: Calciphylaxis of left lower abdominal wall, biopsy-proven
Secondary: ESKD on HD, T2DM on insulin, obesity (BMI 33.8 on d/c weight), secondary hyperparathyroidism

Hospital course: Admitted for an agonizing eschar-topped plaque, L lower abd, first noted roughly three weeks before admission. Pt had injected every insulin dose into that exact patch since mid-2021. Derm punch bx 2/15: calcification of small-caliber dermal and subcutaneous arterioles w/ intimal hyperplasia, thrombosis and fat necrosis; von Kossa highlighted the calcium, consistent w/ calcific uremic arteriolopathy. No infection on cultures. Sodium thiosulfate started TIW with HD, continue outpatient. Calcium-based binders none; sevelamer titrated. Wound: daily Vashe-moistened gauze, no sharp debridement for now.

Insulin technique reviewed at length with pt and sister - to use the thighs and upper arms, rotating, and never the L lower abdomen again.

F/u: burn/wound clinic 1 wk, derm 2 wks, HD unit to give STS.
"""),
]}

H02 = {"patient_id": "H02", "age": 71, "sex": "M", "notes": [
("2021-12-01", "Admission H&P", """
Admit H&P (night float)

71 yo M, HD MWF (tunneled R IJ cath, AVF maturing), paroxysmal AF on coumadin, HFpEF, chronic lumbar DJD, here w/ "black spots on his back" and uncontrolled pain.

Hx mostly from wife Dolores at bedside. She first saw the sores on Thanksgiving when she was helping him in the shower before dinner - "two dark bruise-looking things right where he lies on that pad." Per her he has slept with the electric heating pad tucked under his lumbar spine nightly since the summer, on the high setting, for his back arthritis. The pad has an auto shutoff but he "turns it back on."
Pt endorses severe pain, can't lie supine, has been sleeping in recliner x 3 nights. No fevers. No falls.

ROS otw neg. Not diabetic (Sept A1c 5.4).

Meds: warfarin 5mg qd, today's INR 2.9, metoprolol succ 50, furosemide 80 BID on non-HD days, calcium acetate 667 x2 TID, Renvela, tramadol prn.

Exam: BP 118/66, P 72 irreg, afeb. Ht 5'10" Wt 86 kg, BMI 27.3.
Back: low lumbar area straddling the midline, 2 irregular purple-black plaques w/ central dry eschar, largest 6 x 4 cm, surrounding net-like violaceous mottling; also faint reticulated tan-brown hyperpigmentation over a broader zone. Very tender. Sacrum, heels intact.

Assessment/Plan
Necrotic retiform plaques of low back under a chronic heating pad, on warfarin, on HD, Ca-based binder -> calciphylaxis is leading dx; warfarin necrosis and thermal burn also in differential.
- Derm consult AM, bx
- hold warfarin tonight, discuss w/ cards re DOAC
- stop Ca acetate; sevelamer only
- heating pad removed, wife taking it home
- wound RN, pressure redistribution mattress
"""),
("2021-12-03", "Progress Note", """
PN - Medicine day 3
Subj: back pain a little better w/ scheduled APAP + low dose oxycodone. Slept on side.
Obj: afeb, INR 2.1 (held). Low back plaques stable, no new lesions.
Bx (derm 12/2): deep incisional from edge of larger plaque - path prelim shows medial calcification, thrombosed subcutaneous vessels w/ septal panniculitis; derm reads as calciphylaxis. Final w/ special stains Mon.

A/P
1) Calciphylaxis, lumbar skin directly under heating pad - bx c/w. STS 25g IV qHD started today. Discussed w/ renal.
2) pAF - warfarin d/c'd permanently, start apixaban 2.5 BID once bx site ok (age/ESKD).
3) ESKD - HD today, no Ca-based binders.
4) Pain - scheduled regimen, palliative c/s placed.
"""),
("2021-12-08", "Discharge Summary", """
Discharge Summary - Internal Medicine

Dates: 11/30/2021 (ED arrival) - 12/08/2021

Final Dx: calciphylaxis of the lumbar back (biopsy confirmed), developing beneath chronic nightly heating pad use.
Other: ESRD on HD, paroxysmal AF (warfarin stopped, now apixaban), HFpEF, lumbar DJD.

Course in brief: see H&P. Lesions were first spotted by wife on Thanksgiving Day. Final path w/ von Kossa confirmed vascular calcification. STS begun on HD days. Ca acetate d/c'd. No surgical debridement.

Instructions to pt/family: no heating pads, no hot packs, no electric blankets. Keep off the back when possible. Dressings: hydrogel + foam daily by home health.
Follow-up: HD unit (STS orders sent), derm 2 wks, palliative clinic.
"""),
]}

H03 = {"patient_id": "H03", "age": 64, "sex": "F", "notes": [
("2024-06-10", "History and Physical", """
HISTORY & PHYSICAL - Medicine Teaching Team B

ID/CC: 64yo lady doing home PD (CCPD) for ESRD, T2DM on glipizide, morbid body habitus, presenting w/ excruciating pain in both calves.

HPI: Vascular saw her 05/06/2024 for chronic BLE edema and fitted her w/ knee-high compression hose (20-30mmHg), which she's worn from morning til bedtime every day since. On 06/02/2024 she noticed burning in both calves, then purple lacy blotches came up right where the stockings are tightest, and a black spot appeared on the left one 2 days ago. She took the stockings off herself on Friday bc of the pain. Denies f/c. No other injury. Only new thing is the stockings. PD effluent clear.

PMH: ESRD (2/2 DM + HTN) on PD since 2022, T2DM, HTN, hypothyroid, knee OA
Meds: glipizide 5 daily, levothyroxine, calcium carbonate 1 g TID w/ meals, calcitriol, torsemide, atorvastatin. No warfarin.

Exam: 37.0, 96, 146/90. Ht 165cm Wt 81.7kg -> BMI 30.0.
Abd: PD cath exit site L of umbilicus clean, no tunnel ttp.
LE: 2+ pitting edema to mid shin bilat. Posterior and lateral calves, both sides: violaceous retiform purpura in a band corresponding to the stocking's upper cuff and down the calf, L worse than R; on the L posterolat calf a 2x2cm black eschar. Pt winces at light touch. DP pulses dopplerable.

A/P:
BLE retiform purpura + L calf eschar in PD pt on Ca carbonate, appearing ~4 wks after constant compression hosiery - calciphylaxis vs vasculitis vs cellulitis.
- No stockings
- derm consult; bx L calf
- hold Ca carbonate, switch to sevelamer
- PD as usual, nephro following
"""),
("2024-06-11", "Progress Note", """
Medicine Progress Note

Overnight: needed 2 prn doses of hydromorphone for calf pain.

Exam: both calves unchanged, purpura sharply follows where the hose cuff sat. No new sites. Afebrile.

#BLE painful retiform purpura, ?calciphylaxis vs small-vessel vasculitis
- Derm saw: favors calciphylaxis, punch + incisional bx L calf done at bedside
- ANCA, cryo, complement, hepatitis serologies sent
#ESRD on PD - cont CCPD, K 4.1
#DM2 - BG 260s-300s on SSI, A1c pending
"""),
("2024-06-13", "Progress Note", """
Medicine PN HD5

S: pain better controlled, ambulating to chair.
O: VSS. L calf eschar dry; R calf purpura w/o ulceration.
Results: Path - subcut arterioles calcified, lumens thrombosed, lobular fat necrotic, von Kossa lighting up medial Ca++; no vasculitis. Serologies neg. A1c 9.4%.

1. Calciphylaxis of bilateral calves, bx-proven - at site of compression stockings. Plan STS via PD? -> renal prefers IV STS 3x/wk here then transition; started.
2. T2DM uncontrolled - glipizide stopped (ESRD, hypoglycemia risk); starting insulin glargine 10u qhs, teaching done with pt.
3. ESRD on PD - cont.
4. Obesity, BMI 30.
"""),
("2024-06-17", "Discharge Summary", """
DISCHARGE SUMMARY

Dx: calciphylaxis of both lower legs (posterolateral calves), biopsy-proven.
Also: ESRD on CCPD; type 2 DM, now on basal insulin; obesity (BMI 30.0); hypothyroidism.

Brief course: pt came in w/ 1 wk of painful purpura of both calves that began 06/02 in the zone compressed by knee-high stockings she had started a month earlier (05/06). Bx confirmed CUA. STS IV started. Ca carbonate stopped.
D/C meds new: glargine 10u qhs, sevelamer 800 TID, STS with outpt infusion.
STOPPED: compression stockings (pt and vascular informed), glipizide, Ca carbonate.
F/u: PD clinic Thurs, derm/wound 1 wk.
"""),
]}

H04 = {"patient_id": "H04", "age": 69, "sex": "M", "notes": [
("2019-10-28", "Admission H&P", """
Internal Medicine Admission Note

Pt: 69 yo man, ESRD, in-center dialysis 3x/wk thru L forearm AVF, s/p right TKA on 07/22/2019 at Laurelton Ortho, h/o mechanical-ish AVR? -> actually bioprosthetic AVR 2016, took warfarin x 3 mos after AVR then stopped 2017. Sent by his ortho PA for wound over the R knee.

HPI: Knee recovery went fine thru Sept, PT d/c'd. Early October he noticed a purple, very painful patch near the bottom of the knee scar, which crept along the incision and went black centrally over the last 2 wks. Pain far out of proportion, can't tolerate sheet. No fevers, no drainage, knee ROM unchanged, no effusion per pt.

Meds: sevelamer, cinacalcet, calcitriol IV w/ HD, aspirin 81, atorvastatin, lisinopril. NOT on anticoagulation now.
No DM (A1c 5.2).

Vitals: 36.9 / 84 / 132/78 / 16 / 98% RA. Wt 91kg; BMI 29.9.
Exam: R knee: well-healed vertical midline incision; along its distal third and extending 2 cm lateral, a 7x3cm irregular necrotic plaque, black eschar, livedoid violaceous border. No warmth of joint, no effusion, passive ROM 0-105 not painful. L knee nl.

Labs: WBC 7.1, CRP 22, ESR 48. Ca x Phos 68.

Imp: necrotic plaque within healed R TKA incision, ESRD - calciphylaxis favored; r/o PJI / superficial SSI.
Plan:
- Ortho aware; XR R knee; no aspiration unless effusion
- derm bx edge (avoid joint)
- renal c/s for STS, PTH
- pain: APAP + oxycodone 2.5
"""),
("2019-10-30", "Progress Note", """
Hospitalist PN

Sub: 4/10 pain at rest.
Obj: afebrile. R knee plaque stable. XR: well-seated prosthesis, no lucency. Ortho: no evidence of PJI, no OR.
Derm bx done 10/29 at lateral margin of plaque.

Problem list
- R knee necrotic plaque along arthroplasty scar ?calciphylaxis: path pending
- ESRD: HD today
- Hx bioprosthetic AVR: echo stable
- Pain: ok
"""),
("2019-11-04", "Discharge Summary", """
Discharge summary

Primary diagnosis: Calciphylaxis, R knee, arising in healed TKA incision (biopsy-confirmed)

Summary: 69M w/ ESRD on HD admitted 10/28 with painful necrotic plaque along his July R TKA incision, onset early October. Ortho excluded prosthetic joint infection. Derm bx read out as calciphylaxis (mural Ca++ in little dermal/subcut vessels, some thrombosed). Sodium thiosulfate started with HD. No warfarin since 2017.
Body weight stable, BMI 29.9, not obese.

F/U: ortho 2 wk, derm 1 wk, HD unit for STS. Wound: xeroform + ABD pad daily.
"""),
]}

H05 = {"patient_id": "H05", "age": 77, "sex": "F", "notes": [
("2025-01-24", "Admission H&P", """
H&P - Hospital Medicine

77 F, ESRD dialyzing TTS by R IJ permcath, DM2 (insulin), CAD, presenting from HD w/ R buttock pain - unable to sit through her run.

HPI: Slipped on ice on the front step New Year's Eve, landed hard on her right buttock. Had a huge bruise there, purple-green, "big as a pie pan," which was fading. Since 01/20/2025 a new hard, dark, very painful area has formed centered where that bruise was, worsening daily. No fever. No further falls. No hip pain with walking.
Daughter adds "she's been sleeping on her left side since."

PMH: ESRD (HD 2021-), DM2, CAD s/p PCI 2019, HLD, glaucoma
Meds: insulin detemir 12u BID, insulin aspart sliding scale, clopidogrel, ASA, metoprolol, sevelamer, cinacalcet. Not on anticoagulation.

Exam: 36.6, 78, 128/70. Wt 61 kg, BMI 24.9.
R buttock, UOQ: 6x5cm indurated stellate plaque w/ central black-gray necrosis, surrounding retiform purpura, residual yellowish ecchymosis at periphery. Exquisite ttp. L buttock, sacrum intact. Hip ROM full, nontender.

Imp: necrotic retiform plaque R buttock ~3 wks after fall w/ contusion at the same spot, in ESRD pt -> calciphylaxis top; ddx infected hematoma, pressure injury (location not typical for pressure).
Plan: derm bx, XR pelvis to r/o fx, wound RN, heel/sacral offload, pain control.
"""),
("2025-01-26", "Progress Note", """
Daily PN

S: pain 6/10; sitting on L hip.
O: VSS. R buttock plaque unchanged. XR pelvis: no fx. Derm took 2 punches 1/25.

A/P
1. R gluteal necrotic plaque at site of ecchymosis from the 12/31 fall. Suspect CUA. Path pending. Renal to start STS empirically.
2. ESRD/HD - HD today.
3. DM2 on insulin - BG ok.
4. pAF newly seen on tele overnight, CHA2DS2-VASc 6. Cards rec anticoag; warfarin chosen given ESRD and cost. Heparin gtt bridge. (Discussed concern re warfarin in setting of possible calciphylaxis - cards/renal/family agree to start, reassess.)
"""),
("2025-01-30", "Discharge Summary", """
DISCHARGE SUMMARY
Adm 1/24/25  D/C 1/30/25

Diagnoses:
- R buttock calciphylaxis (bx proven, Derm 1/25), developing where she bruised it falling on 12/31/24
- New pAF - started on warfarin, aiming INR 2-3
- Also: ESRD/HD; DM2 needing insulin; CAD

Course: pathology showed calcified subcutaneous vessels and thrombi w/ lobular fat necrosis, confirming calciphylaxis. STS started with HD. Wound care: Medihoney + bordered foam qod.
Warfarin begun 1/27; INR 1.6 at d/c, heparin bridge completed in HD unit. Team will revisit apixaban if insurance allows.
BMI 24.9.
"""),
]}

H06 = {"patient_id": "H06", "age": 55, "sex": "M", "notes": [
("2020-06-10", "Admission H&P", """
ADMISSION HISTORY AND PHYSICAL

55M w/ ESRD on CAPD, T1DM on insulin pump (Omnipod worn on the abdomen), HTN, gastroparesis, recent hospitalization (4/1-4/12) for SBO managed conservatively then 4 wks at Fernhill rehab. Now sent by PD RN for painful sores behind both upper arms.

HPI: During the April admission and all through rehab, he got SQ heparin 5000u TID - first dose 04/03/2020 - and says the nurses "always did it in the back of my arms, never the belly because of the pump and the PD tube." Rehab stopped it ~mid-May. Painful purple spots behind both arms came up last month, a couple weeks after the shots ended. Now 2 on the R and 3 on the L have black centers. Severe pain, worse at night.

Meds: insulin aspart via pump, calcium acetate, calcitriol, ramipril, metoclopramide. No warfarin ever.

Exam: Afebrile. BMI 22.1.
Skin: posterior upper arms bilaterally - multiple 1-3 cm violaceous indurated plaques, several with central black eschar, on a background of livedo; L: 3 lesions, R: 2. Abdomen: pod on R upper quadrant, PD catheter exit site clean L lower quadrant, no lesions.

A/P:
Painful necrotic plaques of both posterior upper arms at prior SC heparin sites in CAPD pt -> calciphylaxis, or skin necrosis from the heparin. Check HIT Ab. Derm for bx. STS discussion w/ nephro. Stop Ca acetate.
"""),
("2020-06-12", "Progress Note", """
Progress note - Medicine

S: "arms still on fire"
O: T 36.8. Lesions both arms unchanged.
Labs: HIT PF4 Ab neg. Ca 10.2, P 6.8, PTH 640.
Path (L posterior arm, 6/11): small-vessel wall calcification within subcutaneous fat, lumens thrombosed - calciphylaxis.

1. Calciphylaxis, posterior arms bilat - bx-proven; heparin-induced necrosis unlikely (HIT neg, histology). STS IV TIW, PD prescription intensified.
2. ESRD on CAPD
3. T1DM - pump managed by pt, endocrine following
"""),
("2020-06-15", "Discharge Summary", """
Discharge Summary

Diagnosis: Calciphylaxis of bilateral posterior upper arms, biopsy-proven, at sites of subcutaneous heparin received April-May 2020.
Comorbid: ESRD on CAPD, type 1 diabetes (insulin pump), HTN, diabetic gastroparesis.

Discharged home. STS infusions at the PD unit 3x weekly. Sevelamer instead of calcium acetate. Please do not give any SC injections into the arms. Wound care by home nursing: hydrocolloid to eschars, change q3d.
"""),
]}

H07 = {"patient_id": "H07", "age": 62, "sex": "F", "notes": [
("2018-03-05", "Admission H&P", """
MEDICINE ADMIT - H&P

62yo F; ESRD (dialysis Mondays, Wednesdays, Fridays); DM2 (linagliptin only, never insulin), mechanical MVR on warfarin, class III obesity, admitted w/ L shoulder pain and skin necrosis.

HPI: strained her L rotator cuff reaching for a suitcase, and ortho urgent care told her to ice it - she has held reusable gel ice packs on her L shoulder 3-4x a day, 20-30 min, since 02/12/18. Pain + purple rash over the L shoulder started 10 days ago, she thought from the cold; over the last 3 days it got black spots and the pain became unbearable. No fever. No other sites.

Meds: warfarin 7.5 mg (INR 3.1), linagliptin 5, sevelamer, cinacalcet, carvedilol, ASA.

PE: BMI 41.5. T 37.3.
L shoulder, superior and lateral aspect over the acromion down to the deltoid insertion: 8 x 6 cm confluent retiform purpura w/ 3 central black necrotic areas up to 1.5 cm; firm. Exquisitely tender. R shoulder nl.

A/P:
L shoulder retiform necrotic purpura exactly where she keeps applying the ice packs. DDx: calciphylaxis (ESRD, warfarin, obesity), cold panniculitis, warfarin necrosis, cellulitis.
- Derm c/s, bx
- Stop ice; no heat either
- INR goal maintain for mechanical MVR (2.5-3.5) - discuss w/ cards re: transition to heparin gtt if calciphylaxis
- Pain control
"""),
("2018-03-07", "Progress Note", """
PN d3

Skin bx L shoulder (3/6): vascular calcification + intravascular thrombi, panniculitis - path says calciphylaxis.
Pt aware, tearful. Renal: STS 25g each HD session.
Cards: mechanical MVR - cannot stop anticoag; warfarin -> will continue warfarin for now given valve, discuss apixaban not an option (mechanical). Heparin gtt not practical long-term.

Problems:
#calciphylaxis L shoulder - STS, wound care, pain
#mech MVR, warfarin - INR 2.8
#ESRD-HD
#DM2 - not on insulin, BG fine
#obesity - BMI 41.5
"""),
("2018-03-09", "Discharge Summary", """
Discharge Summary - General Medicine

Dx: biopsy-proven calciphylaxis, L shoulder; lesion began 2/23/18 in the area she'd been icing since 2/12/18 for a rotator cuff strain.
Comorbidities: ESRD-HD, T2DM (non-insulin), mechanical mitral valve - warfarin continued, morbid obesity.

STS ongoing at HD. No ice, no heat, nothing pressing on the L shoulder. Wound clinic 1 wk.
"""),
]}

PATIENTS = [H01, H02, H03, H04, H05, H06, H07]
