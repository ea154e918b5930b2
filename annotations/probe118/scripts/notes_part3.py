"""probe118 corpus notes, B15-B20 (inpatient nephrology consult service; all invented)."""

B15 = {"patient_id": "B15", "age": 72, "sex": "M", "notes": [
("2024-09-03", "Nephrology Consult", """
Nephro consult
72M ESRD (DKD) HD TTS via R AVF at Lakeshore Dialysis, DM2 on glargine 30u qhs, BMI 32.2, never on coumadin.
HD #6 for LLE cellulitis (resolving on cefazolin post-HD). Has had heparin 5000 u SQ TID into the R thigh since adm 8/28 -- RN notes confirm all doses same leg.
Since 9/1 tender firm nodule R anterior thigh at the shot site, overlying skin dusky, ? faint mottling.
A/P
#R thigh nodule at heparin site -- poss early CUA vs heparin panniculitis vs hematoma. Move heparin to abd / or switch to SCDs. Derm bx.
#ESRD -- HD tomorrow, 2K.
#DM2 on insulin.
"""),
("2024-09-05", "Nephrology Progress Note", """
Neph f/u
Derm punch bx R thigh nodule: septal panniculitis, no vasc calcification in sample -- nondiagnostic. Derm wants deeper incisional bx to look at subcut vessels.
Nodule unchanged in size; tender; skin intact over it.
A/P
#R thigh nodule -- CUA not excluded, remains on ddx. Incisional bx Monday. Hold off on STS for now.
#ESRD HD TTS.
"""),
("2024-09-09", "Nephrology Progress Note", """
Neph addendum
Pt left AMA Sat 9/7 before the incisional bx ("I got a grandson's christening, can't miss it"). Outpt derm appt made; dialysis unit RN asked to watch the spot.
Dx: possible calciphylaxis, never confirmed. BMI 32.2.
"""),
]}

B16 = {"patient_id": "B16", "age": 83, "sex": "F", "notes": [
("2025-05-12", "Nephrology Consult", """
RENAL CONSULT
83F ESRD, HD MWF, L arm AVF; AF + CVA hx on warfarin, no DM. Wt 80 kg, BMI 30.1.
Lower abd retiform purpura x 4 d, rapidly spreading, very tender. INR 4.2 on adm. No recent injections, no heat, no falls per daughter.
Exam: lower abd wall, bilat, net-like purple-black patches, 12 cm span, few hemorrhagic bullae.
A/P
- ddx: CUA vs coumadin necrosis vs small vessel vasculitis, needs r/o -- derm bx offered, check protein C.
- Warfarin held, phytonadione 2.5 PO x1.
- ESRD on HD.
"""),
("2025-05-14", "Nephrology Progress Note", """
Renal f/u
Family mtg: daughter (HCP) declined biopsy, "she's been through enough". Lower abd purpura now with early necrosis centrally.
Protein C low-nl. Ddx unchanged -- ?CUA vs warfarin necrosis.
Plan: pain control, consider empiric STS.
"""),
("2025-05-16", "Nephrology Progress Note", """
Renal f/u
Pt chose comfort-focused care, HD stopped per her wishes, transferring to inpatient hospice. Skin dx never established -- calciphylaxis possible, not proven.
Signing off.
"""),
]}

B17 = {"patient_id": "B17", "age": 68, "sex": "M", "notes": [
("2020-01-21", "Nephrology Consult", """
Renal consult (CKD clinic pt)
68M CKD stage IV, GFR est 19, not yet needing RRT; DM2, insulin-requiring (glargine + SSI), BMI 28.8, no anticoagulants.
Sits w/ bare legs up to a space heater in his trailer; bilat shins blistered and now ulcerated, "I don't feel the heat, my feet are numb".
Exam: both shins, front -- shallow ulcerations edged by dusky violaceous skin, one small eschar on L, reticulated brown discoloration both legs.
A/P
1. BLE ulcers -- thermal burn vs early CUA, concern given PTH 480 and Ca x P product. Derm bx requested.
2. CKD 4 -- no dialysis indication. 3. DM2 on insulin.
"""),
("2020-01-23", "Nephrology Progress Note", """
Renal f/u
Pt declined inpt bx, wants to go home, bx set up as outpt.
Shin ulcers unchanged. Calciphylaxis remains a concern, unproven.
Disp home; did not keep derm or CKD clinic appts afterward (per chart, lost to f/u).
"""),
]}

B18 = {"patient_id": "B18", "age": 71, "sex": "M", "notes": [
("2018-07-10", "Nephrology Consult", """
Renal consult
71M ESRD, L AVF, HD Mon-Wed-Fri, DM2 diet + linagliptin (no insulin), CAD, BMI 25.5, no warfarin.
s/p L heart cath via R femoral approach 7/2. Since 7/5 bilat toes painful, bluish purple + livedo on soles.
A/P
1. Blue toes bilat w/ livedo -- ?calciphylaxis vs atheroembolic dz; eos, derm bx.
2. ESRD on HD.
"""),
("2018-07-12", "Nephrology Progress Note", """
Renal f/u
Eos 9%, low C3. Derm bx from R 2nd toe/dorsal foot skin: cholesterol clefts in arterioles. No medial calcification.
A/P
1. Cholesterol emboli post cath -- statin, supportive.
2. ESRD HD.
"""),
("2018-07-17", "Nephrology Progress Note", """
Renal f/u
Toes improving, dusky but viable. Calciphylaxis ruled out on path -- atheroemboli.
BMI 25.5. Plan: HD MWF, statin, podiatry.
"""),
]}

B19 = {"patient_id": "B19", "age": 45, "sex": "F", "notes": [
("2026-03-02", "Nephrology Consult", """
Nephrology consult -- PD pt adm for peritonitis
45F ESRD (T1DM nephropathy) on CCPD, T1DM on pump-free MDI insulin, mechanical MVR on warfarin, BMI 35.1.
Cloudy effluent x1 d, WBC 1800 in fluid.
FHx: her brother (on HD) passed from calciphylaxis -- pt very anxious about it. Full skin check today: no ulcer/purpura/livedo anywhere.
A/P: IP vanc + ceftaz, cont CCPD. Reassured re skin.
"""),
("2026-03-04", "Nephrology Progress Note", """
Renal f/u
Effluent clearing, cell count 220. Skin intact. Brother's hx noted in FHx; no calciphylaxis in pt.
Plan: IP abx x 21 d.
"""),
("2026-03-09", "Nephrology Progress Note", """
Renal f/u
Cx: S. epidermidis. Pt well, d/c tmrw. BMI 35.1. Warfarin INR 2.9.
"""),
]}

B20 = {"patient_id": "B20", "age": 59, "sex": "M", "notes": [
("2019-12-02", "Nephrology Consult", """
Nephrology consult
59M CKD 5 (chronic GN), uremic sx (nausea, asterixis), no DM, BMI 23.1. Tunneled R IJ cath placed by IR today. Plan start HD.
New AF this adm.
"""),
("2019-12-04", "Nephrology Progress Note", """
Renal f/u
HD #2 done. Cards asking re anticoag: we would avoid warfarin given risk of calciphylaxis in pts on dialysis -- apixaban preferred, cards agrees. Pt told if painful skin lesions ever develop to report them.
"""),
("2019-12-09", "Nephrology Progress Note", """
Renal f/u
Now ESRD on HD MWF, outpt chair arranged. Skin intact. Apixaban started, no warfarin. BMI 23.1.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
