"""probe217 corpus notes, A15-A20 (cath lab, EP and the clinics around them; all invented)."""

A15 = {"patient_id": "A15", "age": 69, "sex": "M", "notes": [
("2025-01-07", "Cardiac Catheterization Report", """
CARDIAC CATH REPORT   Jan 7 2025
69M, ESRD; HD on MWF (L arm AVF); insulin-treated DM2; unstable angina.
Access: R radial attempted - severe spasm, abandoned. R common femoral artery 6F, US guided.
Findings: RCA 85% mid, LAD 30%.
PCI: DES 3.5 x 18 mid RCA. TIMI 3.
Closure: Angio-Seal; mild ooze, manual compression 15 min, then dry. Groin soft.
Post: ASA/clopidogrel x 12 mo; bedrest 2 h.
Contrast 110 mL; HD tomorrow as scheduled (MWF). Radial attempt: no hematoma at the wrist.
VS at end: BP 150/78, HR 74. BMI 28.8.
"""),
("2025-01-21", "Interventional Cardiology Clinic", """
IC CLINIC - 2 wk post PCI
S: R groin "aches and burns", worse over the last 5-6 days; no fever.
O: R groin around the puncture: violaceous indurated patch 5x4cm, retiform edges, small dusky
center; tender. No bruit or pulsatile mass; same-day duplex negative for pseudoaneurysm and
AV fistula. Toes warm, pink, no livedo on the feet.
Labs: Eos 3%; Ca/P 10.2/7.3.
A: R groin plaque at the access site - concern for calciphylaxis; cholesterol emboli or an
organizing hematoma are the alternatives.
P: urgent derm; continue DAPT; nephrology informed.
"""),
("2025-01-29", "Dermatology Consult", """
DERMATOLOGY CONSULT
69M, hemodialysis, DM2 treated with insulin; R femoral PCI 1/7/25.
Exam: R groin, encircling the femoral puncture: indurated violaceous plaque 6x4cm with a
retiform border, early central crust. No lesions elsewhere; feet without livedo.
Impression: favor calciphylaxis at the femoral access site; atheroemboli or a resolving
hematoma cannot be excluded.
Deep biopsy recommended; pt declines while on DAPT and relocates next week to his daughter's
place in Tucson. Records and photos given to pt; he will establish with nephrology and derm
there.
Interim: foam dressing, avoid pressure on the groin, keep binder adherence.
"""),
]}

A16 = {"patient_id": "A16", "age": 77, "sex": "F", "notes": [
("2021-09-14", "Cardiac Catheterization Report", """
CATH REPORT   09/14/21
77F, NSTEMI; CKD3b, eGFR 34, not dialyzing; DM2 (glipizide); obesity.
Access: R radial 6F, TR band.
Findings: LM 60%, prox LAD 80%, LCx 90%, RCA 70% - 3VD + LM.
No PCI; CT surgery consulted for CABG.
Anticoag while waiting: enoxaparin SC twice daily at 1 mg per kg, abdominal wall; hold 24 h
pre-op.
Echo: EF 45%, inferior hypokinesis. CABG workup: carotid duplex, PFTs, dental clearance.
Glipizide held in hospital; fingersticks AC/HS.
VS: 134/70, HR 82, SpO2 96%. Wt 87 kg, BMI 34.0.
"""),
("2021-09-24", "Cardiology Inpatient Progress Note", """
CARDIOLOGY PROGRESS NOTE - HD 11
Awaiting CABG (delayed by OR schedule).
S: belly sore where she gets the shots.
O: periumbilical abdomen, 4-5 firm tender purple nodules at enoxaparin injection sites, 2 with
small central necrosis, largest 2.5 cm; surrounding faint livedo on the L.
Labs: Hgb 10.1, Plt 221 (no HIT pattern), Ca 9.4, Phos 5.9.
A: nodules with necrosis at the injection sites. DDx: hematomas from the injections,
enoxaparin-induced skin necrosis, or early calciphylaxis (CKD, high phos).
P: stop enoxaparin -> IV heparin infusion; derm curbside; photos.
"""),
("2021-09-29", "Dermatology Curbside Note", """
DERM CURBSIDE (photos + brief bedside look)
Abdominal nodules at prior enoxaparin sites, now softer, central necrosis dry.
Impression: favor injection hematomas with fat necrosis; calciphylaxis is possible but less
likely; heparin/enoxaparin skin necrosis also possible. Biopsy not done - going to CABG
tomorrow, surgeons prefer no new wounds.
Bedside count: 5 nodules, biggest 23 mm; 2 of them dry-crusted, dark; none new since the
enoxaparin was stopped; faint L periumbilical livedo unchanged.
Rec: watch; re-eval 2-3 wks after surgery, biopsy then if enlarging.
Addendum 10/20: pt discharged to a SNF out of area after CABG; not seen again.
"""),
]}

A17 = {"patient_id": "A17", "age": 82, "sex": "M", "notes": [
("2020-09-22", "EP Procedure Note - Single-Chamber Pacemaker", """
EP PROCEDURE NOTE 22-SEP-2020
82M, permanent AF w/ slow ventricular response (pauses 4.2 s); ESRD, nightly cycler PD;
insulin-requiring DM2; warfarin continued (INR 2.1).
Procedure: VVI pacemaker. 4 cm L infraclavicular incision, subcutaneous pocket; single RV lead
via L cephalic cutdown.
RV lead: R 11 mV, capture at 0.6 V, 620 ohms.
Closure: layered, adhesive strips, sterile dressing. No hematoma at end. EBL 10 mL.
Cefazolin 2g given 30 min pre-incision. Programmed VVI 60.
Post: sling 24 h; wound check ~2 wks.
BMI 22.5.
"""),
("2020-11-03", "Device Clinic Wound Check", """
DEVICE CLINIC
6 wk post VVI.
S: for ~2 wks a sore, hard dark patch over the lower part of the pacer.
O: afebrile. Over the inferior pocket, 3 cm indurated violaceous plaque, reticulated margin,
thin gray center; incision above it intact. Generator not exposed. No fluctuance.
Interrogation: VVI 60, V-paced 71%, lead values stable.
INR 2.8. WBC 6.5. Daughter does his nightly PD set-up.
A: ddx pressure necrosis over the can vs low-grade pocket infection vs calciphylaxis (PD,
warfarin).
P: derm asap; blood cx x2; no abx yet; talked to nephrology.
"""),
("2020-11-12", "Dermatology Consult", """
DERMATOLOGY
82M, PD, warfarin, new PPM; plaque over the pocket (see 11/3).
Exam: 3.5 cm plaque over the lower pocket, center now dusky-black; skin elsewhere clear.
Blood cultures negative.
Assessment: cannot exclude early calciphylaxis; pocket infection and pressure necrosis from the
generator also in the differential.
Biopsy discussed - pt and daughter decline any procedure. Goals-of-care talk: pt chooses
hospice and will stop PD in the coming weeks.
Daughter present for the visit.
Plan: petrolatum + gauze, comfort-focused; hospice RN to monitor; no further workup.
"""),
]}

A18 = {"patient_id": "A18", "age": 73, "sex": "F", "notes": [
("2020-02-11", "Cardiac Catheterization Report", """
CATH LAB REPORT  2/11/2020
73F, ESRD on HD (R AVF), DM2, exertional angina, positive stress.
Access: R CFA 6F. Heavily atheromatous, tortuous descending aorta; wire passage difficult,
multiple exchanges.
Findings: LAD 70% mid (FFR 0.77), others mild.
PCI: DES 3.0 x 15 mid LAD.
Contrast 85 mL. Large aortic atheroma burden noted - embolic risk discussed with pt.
Closure: manual compression, hemostasis at 20 min, no hematoma.
Meds: linagliptin for DM2 (no insulin), ASA, statin.
Post: DAPT, HD tomorrow as usual; BMI 30.6.
"""),
("2020-03-04", "Hemodialysis Rounding Note", """
HD ROUNDS 3/4/20
73F MWF.
S: toes on both feet purple and painful for about 2 weeks; small sores on two toes.
O: livedo reticularis on both feet, up to the ankles; blue L 2nd and R 4th toes with small
dry ulcers; pedal pulses palpable.
Labs: Eos 11% (was 2%), Ca/P 9.1/5.5.
Pain 6/10 in the toes, worse at night.
Meds: linagliptin, sevelamer, ASA, clopidogrel (no new drugs besides clopidogrel).
A/P: calciphylaxis to be ruled out; cholesterol emboli after the Feb cath more likely -
derm for bx; check C3/C4.
"""),
("2020-03-12", "Dermatology Consult", """
DERMATOLOGY
Bx (3/5, L dorsal foot at livedo edge): needle-shaped cholesterol clefts plugging the
arterioles, with a giant-cell response; no vascular calcium seen, negative vK
stain.
A: atheroembolic (cholesterol embolization) disease after the Feb 2020 cardiac cath.
Calciphylaxis ruled out.
Exam: livedo both feet unchanged; toe ulcers dry, 4 and 6 mm; pulses palpable. Eos 10%.
Counselled: avoid femoral caths where possible; tight BP and lipid control. BMI 30.6.
P: statin continued, foot care, podiatry; no STS. Pain: gabapentin 100 post-HD.
"""),
]}

A19 = {"patient_id": "A19", "age": 55, "sex": "M", "notes": [
("2022-04-05", "Electrophysiology Clinic Consult", """
EP CONSULT - symptomatic paroxysmal AF
55M, 2 yrs of palpitations, 3 ED visits for AF w/ RVR, failed flecainide.
PMH: HTN, prediabetes (A1c 6.0, diet advice only), CKD stage 2 (eGFR 68), OSA.
Meds: apixaban 5 bid, metoprolol, lisinopril. Never on warfarin.
FHx: his mother developed calciphylaxis on hemodialysis and died from it in 2015; father MI
at 60.
Exam: RRR today, lungs clear, no edema; skin unremarkable.
Plan: PVI discussed (risks incl. tamponade, stroke, PV stenosis, groin hematoma), pt agrees.
Scheduled May. CT PV protocol pre-procedure.
"""),
("2022-06-21", "Electrophysiology Post-Ablation Visit", """
EP FOLLOW-UP - 6 wk after PVI
Procedure 5/10/22, uncomplicated. Groin sites healed, no bruit.
VS 128/80, HR 62, SR; ECG PR 180 ms, QTc 420.
No AF on 14-day patch. Off flecainide. Apixaban to continue at least 3 mo.
Pt asks if he could get his mother's "skin calcium disease". I told him it is mostly a disease of
the dialysis population, and his kidneys work close to normal. Skin: no rashes, no nodules.
A/P: PAF s/p PVI, in SR. RTC 6 mo with 7-day monitor.
"""),
]}

A20 = {"patient_id": "A20", "age": 62, "sex": "F", "notes": [
("2023-11-16", "Cardiology Discharge Summary", """
DISCHARGE SUMMARY - CARDIOLOGY
Admit 11/13/23, discharge 11/16/23.
62F, ESRD, HD days Tue-Thur-Sat (L AVF); DM2 - insulin; obesity (BMI 38.4); HTN.
Course: NSTEMI -> cath 11/14 via R radial: 2 DES to LCx. Uncomplicated; TR band off at 3 h.
HD inpatient 11/14 & 11/16.
Discharge meds: ASA 81, prasugrel 5, atorvastatin 80, metoprolol, glargine 30 units qHS,
lispro correction scale, sevelamer, cinacalcet.
Also: K 5.8 on admission, corrected with HD; no bleeding. Echo EF 50%, mild inferolateral
hypokinesis. Diet: renal, carb-consistent.
F/u: cardiology 2 wks, nephrology at HD unit.
"""),
("2023-12-05", "Nephrology Hemodialysis Note", """
NEPHROLOGY - HD ROUNDS
62F, TTS, doing ok after the Nov PCI. Phos 7.9 after Thanksgiving; Ca 9.6; PTH 640.
Counseling: went over binder timing and diet. Explained calciphylaxis - a painful skin
disease that dialysis patients can get - and that high phosphorus raises the odds. Told her
heat pads and ice bags should never go straight onto skin; any new tender skin spot -> phone
the unit that day.
Skin check today: intact, no plaques or sores. Nothing to suggest calciphylaxis.
Wt 101 kg, BMI 38.1.
Plan: sevelamer up to 1600 TID, dietitian visit.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
