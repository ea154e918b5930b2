"""probe34 corpus notes, S15-S20 (intensive care and step-down units; all invented)."""

S15 = {"patient_id": "S15", "age": 80, "sex": "F", "notes": [
("2024-03-02", "MICU Progress Note", """
MICU PN - hospital day 3
80F CKD 3b (baseline Cr 1.7, never dialyzed), AF on warfarin, insulin-treated DM2 (NPH BID, she injects into her belly), obesity (BMI 31.0), admitted 2/28 w/ urosepsis, now on norepi 0.12 + vasopressin.
INR 5.8 on arrival -> PO phytonadione 2.5, warfarin held.
Skin: periumbilical/lower abdomen - several 2-4 cm dusky plaques of retiform purpura, black necrotic centers, at and around her usual NPH injection area, appeared over the last 2 days. Also mottling of both knees (shock).
Ddx: warfarin skin necrosis (protein C drop), purpura fulminans/DIC (plt 88, fibrinogen 190), or calciphylaxis (less typical w/o ESRD but she has insulin sites, obesity, warfarin). Cannot distinguish clinically.
Plan: derm c/s for punch bx if family agrees; DIC labs q12; hold SC insulin in abdomen, insulin gtt for now.
"""),
("2024-03-04", "MICU Family Meeting / Comfort Care Note", """
Family meeting w/ daughter (HCP) and son, palliative care present.
Worsening shock, rising lactate, new AKI on top of CKD 3b - family declined CRRT and declined the skin biopsy ("no more needles").
Transitioned to comfort-focused care 1530; pressors off 1600. Pt expired 2210, family at bedside.
Skin necrosis of the abdomen remained undiagnosed: calciphylaxis vs warfarin necrosis vs DIC was never resolved, no biopsy or autopsy (declined).
"""),
]}

S16 = {"patient_id": "S16", "age": 59, "sex": "M", "notes": [
("2018-06-18", "Step-Down Progress Note", """
SDU hospitalist note
59M ESRD, HD Mon-Wed-Fri (L AVF), non-diabetic, stepped down from CVICU 6/15 after cardiogenic shock / STEMI, IABP via L femoral artery 6/8-6/12, also L femoral art line 6/8-6/14.
New: painful purplish net-like patch L anterior upper thigh, ~6 x 4 cm, 3 cm below/lateral to the old femoral access sites; noticed yesterday. No hematoma on US. Pulses dopplerable.
A/P: retiform purpura L thigh in ESRD - r/o calciphylaxis; ddx cholesterol emboli after IABP, vs resolving bruise from access. Derm for bx, continue ASA/ticagrelor (no warfarin), BMI 28.4.
"""),
("2018-06-20", "Dermatology Consult Note", """
Derm consult
Exam: L anterior thigh, retiform purpura, patch approx 6 by 4.5 cm, mildly indurated, no necrosis. Tender.
4 mm punch bx obtained today from the center.
Impression: possible early calciphylaxis vs cholesterol embolization vs post-procedural ecchymosis. Will await path.
"""),
("2018-06-25", "Step-Down Transfer Summary to LTACH", """
Transfer to Ridgemont LTACH
Cardiac: post-MI, EF 30%, on GDMT as tolerated. ASA/ticagrelor.
ESRD: HD MWF, continue at LTACH unit.
Skin: L thigh retiform patch - punch bx 6/20 nondiagnostic (superficial, almost no subcutaneous fat in specimen; no calcification or emboli seen, cannot exclude calciphylaxis). Derm recommends deeper incisional bx at LTACH if the lesion progresses. Patch stable, no ulceration.
No diabetes. BMI 28.4.
"""),
]}

S17 = {"patient_id": "S17", "age": 67, "sex": "F", "notes": [
("2025-08-11", "CRRT / ICU Nursing Note", """
CRRT NOTE 0700-1900
Mode: CVVHDF, blood flow 200, dialysate 1.5 L/h, replacement 1 L/h, citrate anticoag, ionized Ca 1.08 -> Ca gluconate replacement titrated. Filter 2 (changed 0300). Net UF -75/h as tolerated.
Access: L femoral trialysis, dressing CDI.
Pressors: norepi 0.25, vasopressin 0.04, epi 0.05 (septic shock from cholangitis, ERCP 8/9).
Skin: new mottling / livedo both lower legs and lower abdomen, some patches dusky and firm; fingers cool, dusky tips. Heparin 5000 SC abdomen q8.
Pt is 67F, ESRD on HD at baseline (MWF), T2DM on linagliptin (no insulin). BMI 30.0 per admit wt.
MD aware of skin changes.
"""),
("2025-08-14", "MICU Progress Note", """
MICU PN
Pressors weaned off 8/13.
Skin: livedo on bilateral shins/calves and lower abd persists; 3 areas now firm dusky violaceous plaques (R shin, L calf, lower abdomen) w/ small central necrosis.
Ddx: calciphylaxis (ESRD, high Ca-phos product on calcium-based binder) vs pressor-induced ischemic necrosis vs cholesterol emboli (s/p ERCP, less likely). Derm: favor vasopressor-related ischemia but cannot rule out calciphylaxis; bx deferred while on citrate and platelets 41.
Plan: stop SC heparin, switch to no ppx, recheck in 48-72h.
"""),
("2025-08-21", "ICU Transfer Summary", """
MICU -> SDU
Septic shock resolved. Back on iHD via L femoral temp cath, tunneled line tomorrow.
Skin: leg/abdomen plaques stable, no new lesions. Etiology remains unclear - we never proved or disproved calciphylaxis; biopsy still deferred (thrombocytopenia). Outpatient derm f/u to be arranged.
T2 diabetes managed with linagliptin alone - insulin never needed; warfarin never prescribed.
BMI 30.0.
"""),
]}

S18 = {"patient_id": "S18", "age": 72, "sex": "M", "notes": [
("2022-02-08", "CCU Progress Note", """
CCU PN
72M CKD 4 (Cr 3.1, no RRT), type 2 DM treated with glipizide (metformin stopped when CKD progressed), LHC with PCI to LAD on 2/4 (R CFA access).
New since yesterday: lacy violaceous discoloration on both feet and soles, purple toes (L 2nd/3rd, R 4th) with dusky necrotic tips; livedo racemosa up to mid-calves bilaterally. Eos 9%, Cr rising 3.1 -> 3.6.
Ddx: cholesterol embolization post cath (most likely) vs ?calciphylaxis vs vasculitis.
Plan: derm bx of calf livedo, renal f/u, stop heparin gtt, statin high-intensity.
BMI 27.2. No warfarin.
"""),
("2022-02-11", "Dermatology Consult Note", """
Derm consult follow-up
Bx L calf (2/9): needle-shaped clefts within arterioles (cholesterol emboli), vessel walls free of calcium on von Kossa; fat unremarkable.
Impression: cholesterol embolization syndrome. Calciphylaxis is excluded.
Toe necrosis and livedo are from atheroemboli.
"""),
("2022-02-15", "CCU Transfer Summary", """
Transfer CCU -> telemetry
# Atheroembolic disease post cath - supportive care, statin, toe wound care.
# AKI on CKD 4 from atheroemboli, no dialysis needed, Cr 3.4 today.
# DM2: glipizide resumed, no insulin.
Skin: toes - dry necrotic tips L2, L3, R4; livedo fading.
BMI 27.2.
"""),
]}

S19 = {"patient_id": "S19", "age": 60, "sex": "F", "notes": [
("2018-04-09", "MICU Progress Note", """
MICU PN day 5
60F ESRD on HD (MWF), T1DM (insulin pump at home, on insulin gtt here), obesity BMI 32.7, admitted 4/4 with MRSA pneumonia, intubated 4/5.
Lines/airway: ETT 7.5 @ 23 cm lip, secured with commercial holder; R IJ CVC 4/5; L radial art line 4/5; OGT; Foley.
Heme: heparin 5000 SC q8h, abdomen.
Skin: sacrum - purple intact skin 4 x 3 cm, deep tissue pressure injury (present since 4/7). L corner of mouth - device-related pressure injury from ETT holder, stage 2.
Social/FHx: pt's older sister passed away in 2016 - cause was calciphylaxis, she was on HD at the time. Pt's husband very worried about "the same thing"; reassured, current skin findings are pressure related.
Plan: reposition ETT side daily, q2h turns, LAL mattress, wound RN.
"""),
("2018-04-12", "Nursing Skin/Device Check", """
Skin & device rounds
ETT moved to R side of mouth. L lip corner PI 0.6 cm, healing.
Sacral DTI: unchanged, no open area, boots on heels. Low air loss bed.
Art line L wrist: site clean, no pressure from board.
SC heparin sites abd: pinpoint bruises, no firmness.
No calciphylaxis concerns per wound RN - lesions consistent w/ pressure injury.
"""),
("2018-04-20", "ICU Transfer Summary", """
MICU -> SDU
Extubated 4/14. MRSA PNA treated (vanc by level with HD).
ESRD: HD MWF via AVF.
T1DM: insulin gtt -> glargine/lispro, then pump to resume when alert enough.
Skin: sacral DTI evolving, stage 3 now, wound RN following. Mouth PI healed.
Family hx of calciphylaxis (sister) noted; no signs of calciphylaxis in patient.
BMI 32.7. No warfarin.
"""),
]}

S20 = {"patient_id": "S20", "age": 47, "sex": "M", "notes": [
("2019-07-15", "ICU Nephrology Consult", """
Renal consult - MICU
47M ESKD on PD (CAPD x4 years), admitted with GI bleed (duodenal ulcer), s/p EGD with clip 7/14. Not diabetic. Never on anticoagulants.
Labs: Ca 10.4 (calcium carbonate 1250 TID + calcitriol), phos 8.1, PTH 1600.
Skin exam: entire surface intact incl. pannus, thighs and calves; nothing retiform, no nodularity, no ulceration.
A/P: severe SHPT with high Ca x P product - significant calciphylaxis risk. Stop calcium carbonate, start sevelamer; hold calcitriol; start cinacalcet after GI recovery. If painful skin nodules or livedo develop, think calciphylaxis early and biopsy. Warfarin should be avoided in future if anticoagulation needed.
PD: continue CAPD.
BMI 23.4.
"""),
("2019-07-18", "ICU Transfer Summary", """
MICU -> floor
GI bleed, clipped, Hgb stable x 48 h.
ESKD on PD, binders changed (calcium carbonate -> sevelamer), calciphylaxis risk discussed with pt; skin intact throughout stay.
BMI 23.4.
"""),
]}

PATIENTS = [S15, S16, S17, S18, S19, S20]
