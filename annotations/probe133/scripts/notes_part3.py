"""probe133 corpus notes, V15-V20 (medical/surgical ICU and the services around it; all invented)."""

V15 = {"patient_id": "V15", "age": 61, "sex": "F", "notes": [
("2023-02-10", "MICU Progress Note", """
MICU PROGRESS NOTE    02/10/2023   HD#3

61F ESRD/HD, DM2 - insulin, self-injects abdomen, AF on warfarin, BMI 39.8,
adm 2/8 E. coli urosepsis -> septic shock, now DIC.

24h: norepi 0.18 + vaso 0.04. CRRT started 2/9 (CVVHDF via R IJ temp cath).
New: retiform purpura on lower abdomen, spreading overnight; RN notes it sits over
her usual insulin injection areas.

Labs: Plt 31  INR 5.2 (warfarin + DIC)  fibrinogen 88  D-dimer >20
 lactate 5.6  Ca 8.2  Phos 7.7

Exam: mottled knees. Lower abdomen: branching purpuric patches w/ dusky centers,
non-blanching, tender to touch (grimace). Flanks faint livedo.

A/P
1. Septic shock/DIC -- meropenem, cryo, FFP for procedures only
2. Purpura -- ddx: purpura fulminans; calciphylaxis; warfarin necrosis.
   Derm consult. Bx deferred (plt/INR).
3. Warfarin held, vit K 10 mg IV given
4. Goals of care mtg w/ family tomorrow
"""),
("2023-02-11", "Dermatology Consult", """
DERMATOLOGY CONSULT -- MICU          02/11/2023

Q: retiform purpura abdomen, ?calciphylaxis

61F ESRD/HD on CRRT, DM2 on insulin, warfarin for AF, obesity, in septic shock
with DIC.

Exam: lower abdomen and both flanks with retiform purpura, some bullae, central
dusky necrosis in two areas L lower abdomen at insulin injection spots. Knees and
feet mottled.

Assessment: retiform purpura in a critically ill pt. Differential:
 - purpura fulminans / DIC (most consistent w/ labs)
 - calciphylaxis -- cannot exclude (ESRD, warfarin, obesity, injection sites)
 - warfarin skin necrosis (improbable, on it for years)
Biopsy would distinguish but is unsafe now (plt 28, INR 4.1).

Recs: 6 mm punch when plt >50 and INR <1.5; treat DIC; gentle skin care,
nonadherent dressings to bullae. Will follow.
"""),
("2023-02-14", "ICU Death Summary", """
MICU DEATH SUMMARY                        2/14/2023 0612

61F w/ ESRD/HD, insulin-treated DM2, AF (warfarin), obesity (last BMI 39.5),
admitted 2/8/23 with E. coli urosepsis complicated by septic shock, DIC and
retiform purpura of the abdomen and flanks.

Course: maximal pressors, CRRT from 2/9. Purpura progressed. Skin biopsy never
performed -- coagulopathy never corrected. Family meeting 2/12: transitioned to
comfort-focused care 2/13 per pt's prior wishes. Pt died 2/14/23 at 0540, family
at bedside. Autopsy declined.

Final diagnoses:
1. Septic shock, E. coli urosepsis
2. DIC
3. Retiform purpura -- purpura fulminans vs calciphylaxis, not biopsied
4. ESRD on HD; DM2; AF
"""),
]}

V16 = {"patient_id": "V16", "age": 46, "sex": "M", "notes": [
("2025-08-04", "MICU Progress Note", """
MICU PN      08/04/25

46M, alcohol-assoc cirrhosis (MELD 31), AKI (Cr 2.4, up from 0.9; not on RRT,
no dialysis needed so far), admitted 8/1 w/ variceal bleed s/p banding 8/1.

New: painful firm plaque L lateral thigh, ~5 cm, violet netted edges, noticed
8/2 by RN. No injections there (he has had none), no falls, no lines in the leg.

VS: T 37.3 HR 92 BP 98/56 (octreotide gtt day 4), SpO2 98% RA
Labs: Plt 28  INR 2.3  alb 1.9  Ca (corr) 9.6  Phos 4.2  bili 6.8
Ht 183 cm, wt 77.8 kg, BMI 23.2

A/P
1. Variceal bleed -- stable Hgb, ceftriaxone ppx, octreotide to complete 5 d
2. AKI -- likely HRS-AKI, albumin + terlipressin
3. L thigh plaque -- concern for non-uremic calciphylaxis (cirrhosis, low albumin)
   vs necrotizing soft tissue infection vs panniculitis. Derm c/s, CK, XR.
4. EtOH -- thiamine, CIWA
"""),
("2025-08-05", "Dermatology Consult", """
Derm consult 8/5/2025 (MICU)

46M cirrhosis/AKI, new tender L lateral thigh plaque since 8/2/25.

Exam: L lateral thigh: 6x4.5cm indurated plaque, retiform purpuric border,
no bullae, no crepitus. Livedo faintly on both thighs.
XR: no gas. CK 140.

Assessment: favor early non-uremic calciphylaxis; panniculitis (e.g. pancreatic,
lipase 48 -> unlikely) or early necrotizing infection less likely.
Biopsy needed for dx but deferred: Plt 28K, INR 2.3, bleeding risk too high.

Recs: biopsy once coags corrected; avoid trauma to thighs; pain control;
wound RN for protection.
"""),
("2025-08-07", "ICU Transfer Summary", """
ICU TRANSFER SUMMARY -- to outside transplant center (Harwick University Hosp)
08/07/2025

46M alcohol-assoc cirrhosis, variceal bleed 8/1 banded, HRS-AKI (Cr 2.6 peak,
not dialyzed), transferred for liver transplant evaluation.

Active issues on transfer:
- L lateral thigh plaque since 8/2: suspected calciphylaxis (non-uremic), never
  biopsied due to coagulopathy. Please have dermatology see at receiving
  facility for biopsy when safe.
- terlipressin day 4, Cr 2.2 today
- ceftriaxone ppx day 7/7

Wt 77.2 kg / BMI 23.0. No anticoagulants. Lines: R IJ CVC (day 6), PIV x2.
Sent with: MAR, imaging disc, last 72 h labs, code status (full).
"""),
]}

V17 = {"patient_id": "V17", "age": 59, "sex": "F", "notes": [
("2018-09-12", "MICU Progress Note", """
MICU daily note    9/12/18

59F ESRD on PD (CAPD 4 x 2 L), DM2 on glipizide, HTN, admitted 9/10 w/
hypertensive emergency (BP 238/130, PRES on MRI).

Nicardipine gtt titrated to SBP 140-160; pt refused art line -> automated BP
cuff around the L upper arm, inflating q5 min for first 24 h, now q15 min (R arm has IV x2).
Seizure x1 on 9/10, levetiracetam.

Exam: awake, follows commands, vision improving. Skin: no lesions.
Wt 80.9 kg / Ht 163 cm / BMI 30.4
Labs: Ca/Phos 9.5/6.2, K 4.1

A/P: PRES/HTN emergency - transition to PO agents, off gtt by tomorrow
ESRD - CAPD continued, renal following
DM - glipizide held, SSI not needed (BG 110-150)
"""),
("2018-10-02", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC         10/02/2018

F/u after MICU stay (9/10-9/15) for PRES.
New c/o: tender lumps on inside of L upper arm since about 9/20 -- "right under
where the BP cuff was squeezing all those days in the ICU".

Exam: L medial upper arm: three firm subcut nodules (1-2cm each), violaceous
discoloration and faint livedo over them, tender. No ulcer.
BP 152/86, wt 80.4 kg, BMI 30.2.

Labs: Ca/Phos 10.0/7.1, PTH 580.

A/P: ?early calciphylaxis; panniculitis or cuff-related bruising also on the
list. Derm referral for biopsy. Calcium carbonate -> sevelamer. No BP cuff on L arm.
"""),
("2018-10-23", "Dermatology Consult", """
DERMATOLOGY  10/23/18

59F on PD, DM2, tender L medial upper arm nodules since Sept.

Punch bx 10/9 (4 mm): septal panniculitis; vessels without calcium, but the
specimen is shallow with little fat -- nondiagnostic.

Exam today: nodules unchanged, one w/ central dusky area 5 mm, no ulcer.

Impression: calciphylaxis remains possible (PD, high PTH, nodules at the site of
prolonged cuff pressure) -- not confirmed. Recommend deep incisional biopsy.

Pt declines further biopsy today; relocating to Tucson next week (son's home)
and will establish care there. Records given. BMI 30.2.
"""),
]}

V18 = {"patient_id": "V18", "age": 74, "sex": "M", "notes": [
("2021-06-08", "CICU Progress Note", """
CARDIAC ICU PROGRESS NOTE     06/08/2021

74M ESRD on HD, DM2 (insulin), CAD, adm 6/4 NSTEMI -> LHC via R femoral
6/5 (3-vessel dz, CABG eval). Heparin gtt since 6/4.

New since yesterday: purple mottling both feet and several blue toes (left 2-4,
right 1 and 3), painful. Livedo over both soles/lateral ankles. Pulses: DP/PT
dopplerable bilat.

VS: HR 74 BP 142/70 SpO2 97% RA
Labs: eos 11% (was 2%), CRP 8.4, Ca/Phos 9.3/6.0, PTH 310
Wt 83.5 kg  BMI 27.0

A/P
1. NSTEMI/3VD -- CT surgery consult, ASA/statin, heparin gtt
2. Blue toes/livedo after cath -- cholesterol emboli vs calciphylaxis (ESRD)
   -> derm consult for bx; vascular aware
3. ESRD -- HD today, no heparin w/ HD
4. DM -- glargine 16 + SSI
"""),
("2021-06-10", "Dermatology Consult", """
DERMATOLOGY CONSULT     06/10/21   CICU bed 6

74M, HD, s/p femoral cardiac cath 6/5, now blue toes and livedo both feet.
Q: r/o calciphylaxis.

Exam: livedo racemosa dorsal + lateral feet bilat, cyanotic L 2nd-4th and R 1st
and 3rd toes, tiny necrotic tip R 1st toe. Thighs, abdomen clear.

Path: punch L dorsal foot (6/9): needle-shaped empty clefts (cholesterol) in
dermal arteriolar lumens, giant cells; no mural calcium; von Kossa neg.

Impression: cholesterol embolization syndrome post cardiac cath.
Biopsy rules out calciphylaxis.

Recs: statin, avoid further anticoagulation escalation if possible, foot
protection, podiatry. Derm signing off.
"""),
("2021-06-15", "ICU Discharge Summary", """
CICU DISCHARGE SUMMARY (to cardiac step-down)       6/15/21

74M ESRD/HD, DM2 on insulin, CAD.
Dx: NSTEMI, 3-vessel CAD (CABG deferred -- see below); cholesterol
embolization syndrome to both feet (bx-proven 6/9); calciphylaxis
excluded.

Course: LHC 6/5 via R femoral. Blue toes/livedo on 6/7; eosinophilia; biopsy
showed cholesterol emboli, no calcification. CT surgery deferring CABG 4-6 wks.
Heparin gtt stopped 6/11. HD MWF without issue.

Skin: toes unchanged, R 1st toe tip dry necrosis, no infection.
BMI 27.0. Meds: ASA, atorvastatin 80, metoprolol, glargine 16 u, lispro SS,
sevelamer, epoetin with HD. No warfarin.
"""),
]}

V19 = {"patient_id": "V19", "age": 38, "sex": "M", "notes": [
("2017-04-11", "MICU Admission H&P", """
MICU ADMISSION H&P          04/11/2017 0215

38M T1DM, insulin via Omnipod pump (lispro), CKD 3a (diabetic kidney dz,
eGFR 52), presents in DKA after pump site failure x 12 h.

FHx: brother on HD died 2015 -- "he had calciphylaxis, horrible wounds on his
legs". Father DM2, MI at 60.

VS: T 36.9 HR 122 BP 118/70 RR 30 (Kussmaul) SpO2 99% RA
Labs: glucose 612, pH 7.06, HCO3 6, AG 31, BHB 8.1, K 5.8, Cr 1.9 (baseline 1.5)
Exam: dry, tachycardic. Skin: intact, no rashes, pump pod on L abdomen removed.
Ht 178 cm, 71.3 kg, BMI 22.5

A/P
1. DKA -- insulin gtt per protocol, LR, K repletion
2. AKI on CKD 3a -- likely prerenal, recheck after fluids
3. Pump failure -- new pod when gap closes, diabetes educator
"""),
("2017-04-14", "ICU Discharge Summary", """
MICU DISCHARGE SUMMARY        4/14/17 (home)

38M, T1DM on pump, CKD 3a, DKA resolved 4/12 (gap closed 14 h), transitioned to
pump 4/12 with educator. Cr back to 1.5 (eGFR 53) -- no dialysis, not ESRD.

Worried re his own chances of "my brother's skin disease" (calciphylaxis).
Explained it occurs mostly in dialysis pts; he has no signs -- head-to-toe skin
check normal, no lesions, no livedo. Counselled on CKD progression, BP, glucose control.

BMI 22.5. Meds: pump (lispro), lisinopril 10, atorvastatin 20.
F/u: endo 2 wks, nephro 1 mo.
"""),
]}

V20 = {"patient_id": "V20", "age": 70, "sex": "M", "notes": [
("2026-05-06", "MICU Progress Note", """
MICU PROGRESS NOTE    05/06/2026

70M ESRD on HD (R arm fistula), persistent AF on warfarin, obesity,
no DM. Adm 5/5 with hematemesis, Hgb 5.9, INR 4.4.

Events: EGD 5/5: gastric ulcer w/ visible vessel, clipped + epi. 4F-PCC and
vit K 10 mg IV given in ED. 3 u PRBC. Pantoprazole gtt.

VS: HR 88 BP 124/70 SpO2 97% RA
Exam: pale, abd soft nontender. Skin warm; no bruising, no ulcers.
Labs: Hgb 8.4 (post 3 u), INR 1.3, K 5.0, Ca 9.0, Phos 5.5
Wt 102 kg, Ht 178 cm, BMI 32.2

A/P: UGIB -- PPI gtt x 72 h, repeat EGD prn. Warfarin held.
ESRD -- HD tomorrow, no heparin w/ circuit.
AF -- rate ok, anticoag decision w/ cardiology + renal.
"""),
("2026-05-09", "Nephrology Consult", """
NEPHROLOGY CONSULT / ICU f/u       5/9/26

70M HD, AF, GI bleed on warfarin.

Discussion with pt and wife re: anticoagulation once bleeding settled. Beyond
bleeding, we reviewed that warfarin in people on dialysis raises the chance of
calciphylaxis (painful calcified skin vessels) -- one more reason to move away
from it. Skin check today normal: no livedo, nodules or ulcers anywhere. He has never
had calciphylaxis.

Plan: no more warfarin; cardiology to consider apixaban vs LAA occlusion.
HD T/Th/Sa resumed. Sevelamer, low-Ca bath. BMI 32.2.
"""),
]}

PATIENTS = [V15, V16, V17, V18, V19, V20]
