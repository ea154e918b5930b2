"""probe205 corpus notes, A15-A20 (coroner, autopsy and M&M review, and the clinics behind them; all invented)."""

A15 = {"patient_id": "A15", "age": 67, "sex": "M", "notes": [
("2018-01-16", "Medical Ward Progress Note", """
Ward 22 - FY1 ward round entry 16/01/18 (Dr Rahimi's team)
67M, ESRF - haemodialysis thrice weekly; gliclazide for T2DM; obesity. Day 11 of
admission with CAP, improving.
On heparin 5000 units SC tds into the abdomen since admission on 5/1.
Nursing staff flagged this AM: fresh purple, painful patches clustered
about the lower-abdominal heparin jab sites.
O/E: periumbilical and L lower abdomen - four tender violaceous patches, 2-3 cm,
two with a dusky centre and a lacy edge. Obs T37.2 P88 BP140/76 SpO2 95% air.
Plt 96 (was 210).
Imp: ?HIT with heparin skin necrosis, or query calciphylaxis.
Plan: stop SC heparin, HIT screen, renal + derm to review.
"""),
("2018-01-22", "Renal Registrar Review", """
Renal SpR review 22/01/2018
HIT screen (PF4 ELISA) negative; platelets recovering, 141.
Abdominal patches larger (biggest 5 cm, blackened in the middle) and very
painful; opiates needed. Adj Ca 2.61 / phos 2.3 mmol/L / PTH 92 pmol/L.
BMI 35.2.
Derm (Dr Fenwick) saw him this morning: suspected calciphylaxis where the
heparin had been injected; incisional biopsy booked for 24/01.
Dialysis today uneventful, UF 2.1 L, BP held up.
Plan: empirical STS, 25 g after each dialysis; switch calcium acetate to
sevelamer; lanthanum if PO4 stays high. Son updated by phone.
"""),
("2018-03-08", "Structured Judgement Review", """
STRUCTURED JUDGEMENT REVIEW - mortality
Patient A15, 67 M. Died 23/01/2018 (ward 22), the evening before the planned
skin biopsy. Reviewer: Dr C. Oduya.
Medical examiner scrutiny: natural causes, no coroner referral. Family did not
want a hospital post-mortem.
Phase scores: admission 4, ongoing care 3, end of life 2 (late recognition of
dying, no anticipatory meds until 1 hour before death).
Skin: the abdominal lesions at the heparin sites were thought to be early
calciphylaxis, but without biopsy or post-mortem this was never confirmed
or excluded.
MCCD: 1a Pneumonia 2 ESRF (haemodialysis), type 2 diabetes.
Learning: anticipatory prescribing for dialysis patients.
"""),
]}

A16 = {"patient_id": "A16", "age": 55, "sex": "F", "notes": [
("2019-07-09", "Medical Ward Note", """
Acute medicine ward round 09/07/2019
55F, CKD stage 4 (eGFR 17; no dialysis), T1DM on basal-bolus insulin,
admitted 1 July with cellulitis of the L foot on IV vancomycin.
Cannula R forearm sited 2 July, now tender and hard.
O/E: R volar forearm, at and around the cannula site: violaceous
indurated plaque 4x3cm, small dusky centre, livedoid edge. Present since
yesterday per patient. L foot cellulitis improving.
Obs: T 37.6, HR 90, BP 124/71. BMI 23.1.
Imp: phlebitis / vancomycin extravasation injury vs calciphylaxis?
Plan: remove cannula and resite on L arm, elevate, derm review, Ca/PO4/PTH.
"""),
("2019-07-15", "Dermatology Inpatient Review", """
Dermatology review 15/07/19
Asked re: R forearm lesion at previous cannula site.
Now 6x4cm; eschar (black, ~1.5cm) centrally; retiform purpura fringing
it; pain severe. Bone profile: adj Ca 2.55, phosphate 2.1, PTH 48.
Impression: differential - extravasation necrosis vs possible calciphylaxis
(CKD 4, diabetes, raised phosphate). Cannot distinguish clinically.
Biopsy deferred: platelets 31 and INR 1.9 with evolving sepsis.
Plan: non-adherent dressing, review when platelets > 50 for deep incisional
biopsy. Please avoid further cannulae in the R arm.
Dr J. Whitcombe-Osei
"""),
("2019-08-02", "Medical Examiner Scrutiny Record", """
MEDICAL EXAMINER SCRUTINY - record of review
Deceased: A16, 55 F. Died 19/07/2019 on ward 9. Scrutiny by ME Dr P. Nakamura
with the attending consultant; family (husband) spoken to by phone.
Summary: admitted with L foot cellulitis, developed sepsis, CKD 4 and type 1
diabetes. A necrotic lesion at a R forearm cannula site was thought to be
either extravasation injury or possibly calciphylaxis; she died before a
biopsy could be done.
Coroner referral: not required; no post-mortem.
MCCD agreed: 1a Sepsis 1b Cellulitis of left foot 2 Type 1 diabetes mellitus,
chronic kidney disease stage 4.
Concerns raised by family: none. Flag for learning: cannula care.
"""),
]}

A17 = {"patient_id": "A17", "age": 73, "sex": "M", "notes": [
("2024-09-14", "ED Trauma Note", """
ED TRAUMA NOTE 9/14/2024 13:30
73M restrained driver, side-swiped at ~35 mph, airbags deployed, self-extricated.
C/o L chest wall and lower belly pain.
PMH: ESRD on HD (TTS), HTN, gout. No diabetes. BMI 29.9 (overweight).
Not anticoagulated.
VS: HR94 BP168/92 RR18 sat 98% room air.
Exam: seatbelt sign - bruised band from the L clavicle across the chest and a
second band across the lower abdomen, tender. No peritonism.
CT C/A/P: non-displaced L 4th-5th rib fx, no solid organ injury, no bowel injury.
Plan: obs overnight, incentive spirometry, HD tomorrow as scheduled.
"""),
("2024-10-08", "Nephrology Clinic Note", """
Nephrology f/u 10/8/24
Since his MVC (9/14) the chest bruising has faded, but ~2 weeks ago painful
hard lumps came up along the seatbelt line across his lower abdomen.
Exam: lower abdomen, R > L along the belt line: several 1-3 cm indurated
nodules with overlying livedo, one with a dusky centre. Chest clear.
PTH 1020 - phosphorus 7.4 - serum Ca 9.9 (uncorrected).
Worry: calciphylaxis, though traumatic fat necrosis fits too.
Derm punch bx 10/4: fat necrosis with focal calcification; vessel wall
calcification not seen - non-diagnostic.
Plan: deeper incisional bx offered, pt declined for now; Ca-free binder;
discuss STS empirically at next visit.
"""),
("2024-11-19", "Coroner's Autopsy Report", """
Office of the Coroner - Autopsy Report ME-24-1187
73 yr M, found unresponsive at home 11/12/2024. Investigated because of the
recent motor vehicle collision.
EXTERNAL: length 180 cm, weight 97 kg. Lower abdomen: band of firm nodules with
faded livedo along the old seatbelt line, no ulceration. Healed rib fractures.
MICROSCOPIC: abdominal skin/subcutis - lobular fat necrosis with dystrophic
calcification; focal calcium in one small vessel wall, equivocal.
On this material calciphylaxis is neither proven nor ruled out.
Heart: 580 g, severe 3-vessel coronary atherosclerosis, old posterior MI.
CAUSE OF DEATH: Hypertensive and atherosclerotic cardiovascular disease.
Contributing: ESRD on hemodialysis. MANNER: Natural. The collision is not
considered contributory.
"""),
]}

A18 = {"patient_id": "A18", "age": 69, "sex": "F", "notes": [
("2016-06-10", "Cardiology Progress Note", """
Cardiology progress 6/10/16
69F; ESRD (HD); T2DM - NPH insulin bid; AF, warfarin held for the cath.
LHC 6/3 via R femoral: diffuse 3VD, not a PCI candidate - CABG eval. R groin
puncture soft, no hematoma.
Today: both feet blue and mottled, toes painful; began 6/7.
Exam: livedo racemosa over both feet and the lower legs, cyanotic 2nd-4th toes on
the L, 3rd toe R with small black tip. Pedal pulses present.
Eos 9%, Cr stable for HD.
Imp: atheroembolic disease after cath vs calciphylaxis (ESRD, warfarin).
Plan: derm consult, hold warfarin, statin high intensity. BMI 28.0.
"""),
("2016-06-14", "Dermatology Consult", """
Derm consult 06/14/2016 - requested by cardiology (Dr Okafor-Lind)
69F on HD, insulin-treated diabetes, warfarin on hold since the cath.
Hx: feet and shins turned blotchy and purple 1 week ago; toes throb at night.
Exam: bilateral lower legs and feet with livedo racemosa, scattered retiform
purpura on the shins, dusky 2nd-4th toes L and black tip of the 3rd toe R.
Capillary refill sluggish in the toes. No ulcer on the calves yet.
PTH 310; serum calcium 9.1 with phosphate 5.2; eos 0.8.
Ddx: ?calciphylaxis vs cholesterol emboli (recent cath, eosinophilia) vs
less likely: warfarin-induced skin necrosis, as warfarin is on hold.
Procedure: punch biopsy (4mm), L lateral calf, for routine and calcium stains.
Rec: await bx before STS; ophthalmology for fundoscopy (Hollenhorst
plaques); toe care; keep feet warm but no heating pads.
"""),
("2016-07-21", "Autopsy Report and M&M Summary", """
AUTOPSY / M&M SUMMARY - Cardiology conference 7/21/2016
69F died 6/29/16 (VT arrest on the ward, DNR not in place). Hospital autopsy
with consent.
Skin bx 6/14 and autopsy skin of calves and toes: arterioles plugged by
cholesterol crystals (empty needle-like clefts); media not calcified, calcium stain
negative - calciphylaxis excluded. Kidneys and bowel also with cholesterol emboli.
Final dx: atheroembolic disease after LHC; ischaemic cardiomyopathy.
M&M discussion: cath in a diffusely calcified aorta; radial access
would not have been possible (fistula arm, small R radial). No deviation
from standard of care. Learning: consent for atheroembolism risk in HD
patients.
"""),
]}

A19 = {"patient_id": "A19", "age": 52, "sex": "M", "notes": [
("2021-08-16", "Coroner's Officer Report", """
CORONER'S OFFICER - SUDDEN DEATH REPORT
Name: A19, 52 M. Found dead in bed at home 15/08/2021 by wife, 07:10.
Last seen alive 23:30 the previous night, well.
Medical: polycystic kidney disease, three years of haemodialysis at the
Riverside unit, Tue/Thu/Sat; hypertension. Not diabetic. No warfarin.
Missed Saturday dialysis (felt "fluey").
Family information: calciphylaxis killed his sister in 2019 (she was
also on dialysis); wife asks whether the same thing could have
happened to him. She reports no sores or skin trouble.
Scene: no suspicious circumstances, police attended.
GP unable to certify - referred for post-mortem.
"""),
("2021-08-20", "Post-Mortem Examination Report", """
POST-MORTEM REPORT - HM Coroner, County of Marlowe
A19, 52 M. PM 18/08/2021.
EXTERNAL: Height 176 cm, weight 100.4 kg (BMI 32.4, obese). Skin intact; no
ulcers, plaques, purpura or livedo. L forearm AV fistula. No injuries.
INTERNAL: bilateral massively enlarged polycystic kidneys (L 2.1 kg, R 1.8 kg);
heart 560 g, concentric LVH; lungs oedematous. Post-mortem K not reliable.
HISTOLOGY: myocardium - myocyte hypertrophy, interstitial fibrosis.
Skin sampled from the thighs and abdomen at family request: no vascular
calcification; no evidence of calciphylaxis.
CAUSE OF DEATH: 1a Cardiac arrhythmia 1b Left ventricular hypertrophy 1c
Hypertension and polycystic kidney disease on haemodialysis.
"""),
]}

A20 = {"patient_id": "A20", "age": 64, "sex": "F", "notes": [
("2025-03-11", "Nephrology Clinic Note", """
Renal clinic 11.03.2025
64F, HD for IgA nephropathy, Mon-Wed-Fri shift. Her diabetes (type 2) needs
no tablets - diet, A1c 6.2. New AF.
BMI 24.0.
Anticoagulation: discussed with her - we will not use warfarin because in
dialysis patients it raises the risk of calciphylaxis; she starts apixaban
at the reduced 2.5 mg dose (BD) today. Asked to ring us about any new painful skin
patch, especially on the thighs or tummy.
Skin check today: normal, no lesions.
Ca 2.34, PO4 1.9, PTH 41. K 5.6 pre-HD.
Plan: dietitian re potassium, continue sevelamer, review 3 months.
"""),
("2025-06-19", "Renal M&M Minutes", """
RENAL M&M - 19 June 2025
Case 2: 64F on HD, died 01/06/2025 at home. Missed Friday session (transport
failure), found collapsed Sunday. ED: K 8.1, asystole, not resuscitated.
Coroner: accepted a natural-cause certificate without PM after discussion.
Review: transport booking error - the transport company cancelled without
telling the unit; no follow-up call for missed session.
Other: skin intact at the last clinic and in the ED; no calciphylaxis ever.
Anticoagulation with apixaban (warfarin deliberately avoided).
Actions: the unit calls any patient who misses a session within 2 h;
transport cancellations go to the charge nurse.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
