"""probe85 corpus notes, E15-E20 (vascular surgery and limb-salvage clinic; all invented)."""

E15 = {"patient_id": "E15", "age": 80, "sex": "F", "notes": [
("2019-03-04", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULT (from Brookhaven assisted living)
80F, CKD stage 4 (Cr 2.9, eGFR 16; not on dialysis, declines it), AF - takes warfarin. Type 2 diabetic, diet only, A1c 6.6, BMI 22.0.
Hx: Caught her L shin on the footplate of her wheelchair on Feb 9 while transferring; it left a skin flap that the facility nurse steri-stripped. Instead of healing it became a deep, black, excruciating ulcer with purple mottled edges.
Exam: L anterior shin ulcer 4.1 x 2.8 cm, base black eschar, violaceous reticulated rim. Edema trace.
ABI L 0.58 R 0.71; monophasic PT/DP L.
Imp: L shin ulcer after trauma - arterial (mixed) ulcer vs possible calciphylaxis (warfarin, CKD). Would need bx to sort out; poor inflow, so bx site may not heal.
Plan: duplex + discuss angio w/ family.
"""),
("2019-03-25", "Vascular Surgery Clinic", """
F/u with daughter (HCP).
L shin ulcer now 46x33mm, eschar dry. Pain severe.
Duplex: L SFA and pop heavily calcified, 2-vessel tibial runoff w/ stenoses.
Discussed angiogram and biopsy. Pt and daughter decline both; want comfort-focused care. Calciphylaxis vs ischemic ulcer remains unresolved; no biopsy will be done.
Warfarin continued per cardiology.
"""),
("2019-04-15", "Hospice Admission Note", """
Hospice admission - home
Primary dx: CKD 4, PAD with nonhealing L leg ulcer (?calciphylaxis, never biopsied), AF.
Meds: warfarin stopped today per goals of care. Pain regimen: oxycodone soln 2.5mg q4h PRN pain.
L shin wound - dry dressing, no debridement.
"""),
]}

E16 = {"patient_id": "E16", "age": 57, "sex": "M", "notes": [
("2023-08-14", "Vascular Surgery Clinic", """
Vasc clinic - claudication
57M, CCPD. Type 2 DM on degludec/aspart insulin, BMI 30.4, smoker 1 ppd. No anticoag.
Calf claudication at 1 block bilat. ABI R 0.72 L 0.69.
Incidental: on exam of abdomen, painful violaceous netlike discoloration w/ a 1.5 cm dusky firm nodule just lateral to the exit site of his PD catheter (L abdomen). Noticed it 2 wks ago. Exit site itself clean, no discharge.
A/P: 1) bilateral SFA disease - supervised walking, high-intensity statin. 2) abdominal nodule - concern for early calciphylaxis vs exit-site/tunnel infection; asked PD nurse to culture and derm to bx.
"""),
("2023-09-05", "PD Clinic Note", """
PD clinic
Exit site L abdomen: clean, crust only, culture no growth. Tunnel US: no collection.
The purple lacy patch and tender nodule next to the exit are unchanged. Derm bx was scheduled 8/29 - pt did not attend.
Cannot exclude calciphylaxis. Rebooked derm.
BMI 30.6.
"""),
("2023-10-30", "Vascular Surgery Clinic", """
Vasc f/u - walking better, 3 blocks.
Abd nodule near PD catheter has flattened, residual faint livedo. He cancelled the second derm appt; says he "won't let anyone cut on me". Possible calciphylaxis, never confirmed; derm will see if it recurs.
ABI R 0.74 L 0.70. Continue exercise + statin.
"""),
]}

E17 = {"patient_id": "E17", "age": 65, "sex": "F", "notes": [
("2025-04-07", "Vascular Access Clinic", """
Access clinic
65F ESRD on HD MWF via R brachiocephalic AVF (created 2022). Borderline A1c 6.4, no DM meds. No warfarin. BMI 23.0.
CC: R fingertips cold, painful, black tips on the index and middle fingers x 3 wks, worse during runs.
Exam: R 2nd and 3rd fingertip dry necrosis 5-6 mm each, with dusky purple mottling extending to the DIP creases. Radial pulse weak on R, improves with fistula compression.
Digital PPG R: dampened, improves w/ AVF occlusion. DBI R 0.38.
Imp: digital ischemia R hand - dialysis access steal most likely, but ddx calciphylaxis (distal acral type) vs embolic.
Plan: fistulogram + arch/arm arteriogram.
"""),
("2025-04-29", "Procedure Note", """
R arm arteriogram and fistulogram
Access: R CFA (arterial) 5Fr.
Findings: heavily calcified radial and ulnar arteries, palmar arch incomplete, digital vessels diffusely calcified and attenuated. Fistula high flow, steal physiology confirmed.
Plan: DRIL vs banding - will discuss. Digital calcification could also fit calciphylaxis; derm consult requested.
"""),
("2025-06-10", "Vascular Surgery Clinic", """
Post-op 2 wks after R arm DRIL procedure.
Hand warmer; fingertip eschars unchanged in size, still painful.
Derm saw her 5/12: did not biopsy fingertips (risk of nonhealing digit); their note: "possible acral calciphylaxis vs ischemic necrosis from steal - cannot distinguish clinically".
Assessment: etiology of digital necrosis remains unclear; calciphylaxis neither confirmed nor excluded. Monitor.
"""),
]}

E18 = {"patient_id": "E18", "age": 72, "sex": "M", "notes": [
("2018-02-12", "Vascular Surgery Consult", """
Inpatient vascular consult
72M, CKD 3a (eGFR 52), DM2 on metformin + sitagliptin, no insulin, BMI 28.0. Not on anticoagulation.
Cardiac cath via R femoral 1/29. Since then painful blue toes and lacy purple mottling over both feet and lower legs; 2 toes w/ small dark ulcers.
Pedal pulses palpable bilat! ABI R 1.05 L 1.08.
Imp: blue toe syndrome w/ livedo - atheroembolism favored; ?calciphylaxis less likely given CKD 3 only but on ddx. Eos 9%. Derm bx recommended.
"""),
("2018-02-26", "Dermatology Consult", """
Derm
Bx L lateral calf livedo: biconvex needle-shaped clefts (cholesterol) lodged in dermal arterioles; von Kossa negative, vessel walls not calcified.
Dx: cholesterol atheroemboli; not calciphylaxis (excluded by the path).
"""),
("2018-03-20", "Vascular Surgery Clinic", """
F/u cholesterol emboli
Toe ulcers slowly epithelializing. Livedo fading. Renal function stable (eGFR 49).
Statin high intensity, ASA. Avoid further catheter procedures when possible.
"""),
]}

E19 = {"patient_id": "E19", "age": 60, "sex": "F", "notes": [
("2022-11-07", "Vascular Surgery Clinic - New", """
NEW PT - claudication
60F with ESRD on peritoneal dialysis (started 2020), prediabetes (A1c 6.1, on no meds), HTN, BMI 32.5.
R calf cramping at 2 blocks x 6 months. No rest pain. No wounds.
Family hx: sister (on hemodialysis) died in 2019 of calciphylaxis, which scares her; she wanted us to check her legs for it.
Exam: skin intact both legs, no purpura, no livedo, no nodules. Fem 2+, pop 1+, pedal dopplerable.
ABI R 0.71 L 0.93. Duplex R: focal 70% mid-SFA stenosis.
A/P: R SFA stenosis, lifestyle-limiting? Not yet. Supervised exercise, statin, ASA. Skin shows nothing to suggest calciphylaxis; reassured her.
"""),
("2023-02-13", "Vascular Surgery Clinic", """
3 mo f/u. Walking 6 blocks after exercise program. Skin exam normal - no ulcers or lesions anywhere on legs or abdomen.
ABI R 0.74. Continue conservative mgmt.
"""),
("2023-05-08", "Vascular Surgery Clinic", """
Routine visit. Stable claudication. PD going well per pt.
A1c 6.2 - still prediabetic per PCP; BMI 31.9.
Skin: intact. Discussed again that her sister's disease is not inherited in a simple way; she knows to call for any painful skin changes.
Duplex yearly.
"""),
]}

E20 = {"patient_id": "E20", "age": 68, "sex": "M", "notes": [
("2025-06-02", "Vascular Surgery Pre-op Visit", """
PRE-OP: L fem to BK pop bypass (vein) for L heel ulcer / CLTI, scheduled 6/16.
68M, ESRD (HD thrice weekly, L arm AVF), insulin-dependent DM2, BMI 34.1.
L heel ulcer 2 x 2 cm, clean, ischemic (TBI 0.15).
Risk discussion with pt and wife: wound complications, graft failure, limb loss. With HD and a high PTH, starting warfarin after the bypass could raise his calciphylaxis risk, so antiplatelets alone are preferred. Should any painful dusky or black patches show up near the incisions later, he is to call us right away.
Consent signed.
"""),
("2025-07-21", "Postoperative Visit", """
POSTOP 5 wk - L fem-BK pop bypass 6/16/25 w/ ipsilateral GSV.
Incisions healed; no skin lesions, no purpura. Heel ulcer granulating.
Graft duplex patent, no stenosis. ABI L 0.92.
Wt down 11 kg since surgery, BMI now 29.8.
Anticoag: ASA + clopidogrel only. Warfarin never started.
F/u 3 mo graft surveillance.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
