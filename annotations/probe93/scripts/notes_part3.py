"""probe93 corpus notes, M15-M20 (neurology and stroke rehabilitation; all invented)."""

M15 = {"patient_id": "M15", "age": 80, "sex": "M", "notes": [
("2020-01-21", "Home Health OT Note", """
HH OT visit 6/8
80 yo M, multi-infarct dementia + old R hemiparesis (2015), needs max A for LB dressing, mod A bathing. Lives w/ wife Greta who does all his injections - Toujeo once daily into his belly on the left "because I can reach it from his good side".
Other hx from chart: T2DM, ESRD, HD Tues-Thurs-Sat, LV thrombus on warfarin. BMI 27.9 per last renal weight.
Wife showed me a hard purple lump L lower abdomen, right where she injects, tender for about 2 weeks and now darker in the middle. Pt winces w/ pants waistband.
Pt/wife advised to call renal today; I messaged the case manager. Tub transfer bench trialed - successful w/ hand-held shower.
"""),
("2020-01-30", "Nephrology Progress Note", """
Seen on the HD floor. Wife present.
L lower abdominal wall nodule 3 cm, dusky center, very tender - at the insulin injection area. INR 3.3.
Ddx: concern for calciphylaxis; injection-site panniculitis or a small hematoma on warfarin also possible.
Offered derm referral + biopsy. After discussion pt's wife (HCPOA) declines any biopsy; she wants to focus on comfort. Goals of care conversation started, palliative consult placed.
Insulin site moved to thighs for now.
"""),
("2020-02-18", "Hospice Admission Note", """
Admission to home hospice. Terminal dx: ESRD, HD withdrawn 2/14 at pt's prior stated wishes; advanced vascular dementia.
Skin: L lower abdominal lesion - per renal "possible calciphylaxis", never biopsied, not further worked up per goals of care. Foam dressing, morphine sl prn.
Meds simplified: insulin stopped, warfarin stopped.
"""),
]}

M16 = {"patient_id": "M16", "age": 68, "sex": "F", "notes": [
("2021-10-05", "Orthotics Clinic Note", """
Walk-in. 68F, R hemiparesis (L MCA stroke 2019), articulated R AFO w/ plantarflexion stop, worn daily.
Complains that the outer R ankle bone is sore where the AFO's malleolar flare presses; worse after the long walk at her granddaughter's wedding.
Skin: R lateral malleolus - small dark scab w/ purplish ring, tender. Modified AFO: heat-flared the malleolar area, added 1/8" pad.
Hx: CKD stage 4, DM2 on metformin + sitagliptin, BMI 34.0 (class I obesity). No blood thinners.
Advised PCP/wound clinic visit.
"""),
("2021-10-19", "Wound Clinic Consult", """
R lateral malleolus: 1.5x1.2cm ulcer, black eschar over it, violaceous retiform rim extending 1 cm, marked pain out of proportion for size.
Etiology: device pressure injury vs calciphylaxis (CKD 4, DM) - cannot exclude the latter on exam. Recommended punch bx at the rim; pt declined ("no more holes in me, thanks").
Plan: offload, keep AFO off on alternate days, silver alginate, recheck 3 wks; renal informed.
"""),
("2021-12-07", "Neuro Rehab Clinic Note", """
R lateral ankle wound now 0.8cm, edges of the eschar lifting. Cause never pinned down - wound team still lists calciphylaxis on the differential; she continues to refuse bx. Stays CKD 4, no RRT planned.
Gait: 10MWT 0.52 m/s, improved. Cont PT 1x/wk.
"""),
]}

M17 = {"patient_id": "M17", "age": 52, "sex": "M", "notes": [
("2025-02-10", "Stroke Unit Progress Note", """
52M w/ R vertebral artery dissection -> R cerebellar infarct; vertigo, R dysmetria, truncal ataxia.
ESRD, on home APD (cycler) x 3 yr. On warfarin for prior mechanical AVR, INR 4.1 on admission (held x1).
Skin: retiform purpura + livedo racemosa across both posterior thighs, painful, pt says "about a week". No recent procedures or trauma to the legs.
Ddx: r/o calciphylaxis; atheroemboli; warfarin-induced skin necrosis.
Plan: derm consult, punch bx tomorrow if INR < 3, PD per renal.
"""),
("2025-02-12", "Dermatology Consult Note", """
Bilateral posterior thigh retiform purpura with livedo, no eschar yet. Strongly suspect calciphylaxis given PD + warfarin, but needs tissue. Bx deferred: INR 3.6.
Please re-page when INR < 3.
"""),
("2025-02-14", "Transfer Summary", """
Pt transferred to University Hospital at family's request (closer to home) before biopsy could be performed. Skin dx unresolved - calciphylaxis suspected, not confirmed. Records sent.
Ht 183 cm, wt 87 kg, BMI 26.0. Neuro: ataxia improving, ambulating 100 ft w/ RW + CGA.
"""),
]}

M18 = {"patient_id": "M18", "age": 75, "sex": "F", "notes": [
("2022-08-03", "Neurology Consult Note", """
75F, ESRD (HD MWF), DM2 on NPH insulin, admitted w/ TIA; underwent diagnostic cerebral angiogram 7/28 via R radial approach.
Today: new painful necrotic lesion on the L shin, blue toes L foot. ?calciphylaxis - derm asked to see. BMI 24.3. No anticoagulation.
"""),
("2022-08-09", "Dermatology Consult Note", """
L shin: 2 cm stellate purpuric ulcer w/ black base; livedo L foot, blue 3rd/4th toes.
Calciphylaxis is in the differential, but atheroembolic disease after angiography is favoured (eosinophils 9%).
Deep punch bx from L shin sent.
"""),
("2022-08-12", "Dermatology Follow-up Note", """
Path: dermal arterioles plugged by needle-shaped clefts (cholesterol); vessel walls not calcified, von Kossa stain neg.
So: cholesterol emboli after the angiogram. Calciphylaxis has been ruled out.
Vascular surgery to follow. Statin continued.
"""),
]}

M19 = {"patient_id": "M19", "age": 60, "sex": "M", "notes": [
("2018-04-16", "Stroke Clinic New Patient Note", """
60 yo M referred after L frontal ischemic stroke (03/2018): mild R arm weakness, word-finding pauses.
PMH: CKD 3a (creatinine 1.5), T2DM on glargine 30 u + metformin, HTN. BMI 28.5.
Social: retired bus mechanic. Family hx: younger brother on dialysis died in 2016 of calciphylaxis - pt asks whether he "will get the same skin rot". Explained his kidney function is far from dialysis; no lesions on his skin today (full skin check done on request).
Plan: ASA + atorvastatin 80, BP target < 130/80, OP OT for fine motor.
"""),
("2018-07-16", "Stroke Clinic Follow-up", """
3-month f/u. R grip 38 kg (L 44). Speech nearly normal.
Skin intact, no ulcers. Not on warfarin (no AF on 30-day monitor). Creatinine stable.
Return in 6 months.
"""),
("2019-01-14", "Stroke Clinic Follow-up", """
Doing well, back to woodworking. eGFR 52. No skin complaints; he remains anxious about his brother's illness - reassured again.
"""),
]}

M20 = {"patient_id": "M20", "age": 57, "sex": "F", "notes": [
("2023-03-06", "Acute Rehab Admission Note", """
57 y/o woman, SAH (ruptured PComm aneurysm, clipped 2/14) w/ R hemiparesis, mild cognitive deficits.
ESRD (lupus nephritis), PD (4 manual exchanges). On warfarin since 2021 for antiphospholipid syndrome - currently held post-op, plan to resume per neurosurgery. Not diabetic.
Wt 86 kg, BMI 31.5.
Skin: intact head to toe, old healed craniotomy incision L.
"""),
("2023-03-20", "Nephrology Consult Note", """
Asked about anticoagulation restart. She has several risk factors for calciphylaxis (PD, female, obesity, prior warfarin). If painful nodules or dusky skin changes develop, calciphylaxis should be considered urgently.
Rec apixaban instead of warfarin (discussed w/ heme). Skin today: intact, no livedo.
"""),
("2023-04-03", "IRF Discharge Summary", """
D/c home w/ husband. Ambulating 300 ft w/ small-base quad cane, mod I ADLs.
Anticoag: warfarin stopped; now apixaban 2.5mg twice daily. PD resumed home regimen.
No skin problems during stay. BMI 31.0 at d/c.
"""),
]}

PATIENTS = [M15, M16, M17, M18, M19, M20]
