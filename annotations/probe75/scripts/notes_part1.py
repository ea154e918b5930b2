"""probe75 corpus notes, C01-C07 (bariatric / weight-management clinic with endocrinology; all invented)."""

C01 = {"patient_id": "C01", "age": 58, "sex": "F", "notes": [
("2021-02-08", "Endocrinology Follow-up", """
ENDOCRINE CLINIC - RETURN VISIT
Pt: 58F, T2DM x 14 yrs, ESRD; in-centre haemodialysis 3x weekly (Mon, Wed, Fri), L brachiocephalic fistula. Referred back by her bariatric team re glycemic control prior to possible sleeve.
Current regimen: glargine 30u qHS + lispro 6-8u TID AC. She self-injects everything into the R lower quadrant of the pannus ("that's the only part I can see without a mirror") and has done so since 08/2020 when her hands got too stiff to pinch the thigh.
A1c 8.4 (was 9.1). CGM not covered yet.
Interval hx: on 2/3/21 she noticed a hard, exquisitely tender spot in that R lower pannus, now darker and "like a bruise with a black middle".
Exam: Wt 121.6 kg, BMI 46.2. Right lower abdominal pannus: 5x4cm woody violaceous plaque, stellate dusky centre, net-like purple margin. Fold itself is moist but no satellite pustules. L side pannus clear.
A/P:
1. Painful pannus plaque right on her insulin zone, dialysis pt - calciphylaxis worry. Urgent derm/wound referral, message sent to nephrology re Ca x Phos (last PO4 7.2).
2. T2DM - move injections to upper outer arms for now. Cont lispro sliding scale.
""".strip()),
("2021-02-15", "Bariatric Clinic Visit", """
Bariatric Medicine - pre-surgical pathway visit #3
S: Came w/ daughter. Pain in her R belly fold keeps her up, 8/10, worse when the pannus hangs. Has kept all insulin in arms since endo visit. No fevers.
O: Wt 120.9 kg. BMI 45.9. R infraumbilical pannus lesion as described by endo, now ~6 cm, central eschar forming. Rest of skin folds (inframammary, groin) w/ mild intertrigo, no breakdown.
A: Class III obesity on surgical pathway; painful necrotic pannus lesion pending derm - surgery pathway ON HOLD until diagnosis clear.
P: Nystatin powder to folds. Pannus sling to lift the apron OFF the lesion (she has not used one before). RD visit postponed. F/u 4 wks.
""".strip()),
("2021-02-24", "Dermatology Consult", """
Dermatology - Inpatient-style outpatient consult (wound/derm combined clinic)
Reason: R lower abdominal necrotic plaque, ESRD-HD, T2DM on insulin.
History reviewed: insulin injected into this exact zone of the right pannus every day since August 2020; lesion arose 3 February 2021.
Incisional biopsy 2/17 (from the edge): mural calcium in small subcutaneous arterioles (von Kossa +), intimal fibroplasia, clot in the lumens, and necrotic fat lobules.
Diagnosis - calciphylaxis (a.k.a. CUA) of the R lower abdomen, at the site of her chronic insulin injections.
Wt 119.3 kg, BMI 44.9.
Plan: sodium thiosulfate 25g IV thrice weekly, run in with dialysis (renal aware); calcium acetate swapped for lanthanum; hydrofiber dressings; pain team. Nothing to be injected into the belly from now on. Surgical pathway deferred indefinitely.
""".strip()),
]}

C02 = {"patient_id": "C02", "age": 52, "sex": "M", "notes": [
("2023-11-20", "Endocrinology Follow-up", """
Diabetes & Metabolism - f/u
52 yo man, T2DM, obesity, ESRD on nightly cycler peritoneal dialysis (started 2022). Meds: degludec 40 units daily, tirzepatide 7.5 mg weekly (dose esc from 5 mg last month), sevelamer, cinacalcet.
He does the tirzepatide pen himself every Monday into the right front thigh - first dose was on Labor Day itself and he has "never moved it, it's a routine". Degludec goes into the L thigh.
New: 3 weeks ago, by his account, a tender knot popped up on the right anterior thigh right where the pen goes. Now purplish net pattern + a central dark scab, pain 9/10, tylenol not helping.
Vitals: BP 148/90. Wt 116 kg (down 5 kg since start). BMI 38.7.
Exam: R anterior mid-thigh 7x5cm firm dusky-violet plaque, retiform edge, central 1.5cm eschar (black). L thigh unremarkable, pen sites without nodules.
Assessment: Painful necrotic lesion at GLP-1/GIP injection site. Calciphylaxis has to be top of ddx in a PD pt with PTH 910. Less likely: injection site reaction / abscess (no fluctuance).
Plan: hold tirzepatide. Same week derm punch. Notify PD RN.
""".strip()),
("2023-11-28", "Dermatology Note", """
DERM PROCEDURE/RESULT VISIT
Punch biopsy R thigh (11/21) resulted: microthrombi; calcium encrusting little vessels of the subcutis; panniculitis (septal + lobular) with necrotic adipocytes. Diagnostic of calciphylaxis.
Clinically the plaque lies squarely on the rotation area (if you can call it that) of his weekly tirzepatide pen since 9/2023. I think needle trauma here is a reasonable explanation for the location.
Site: R anterior thigh, plaque now 8 x 6 cm, eschar 2 cm.
Plan: IV sodium thiosulfate via PD team's infusion center, wound care nurse, no injections into either thigh going forward.
""".strip()),
("2023-12-11", "Weight Management Clinic", """
WMC visit - MD/RD joint
Pt w/ biopsy-proven calciphylaxis R thigh. Discussed anti-obesity med plan.
Tirzepatide stopped permanently (pt + nephro agree). Degludec also stopped this week: sugars running 90-130 off it after weight loss and poor appetite. Now on linagliptin 5 mg only.
Wt 108.5 kg, BMI 36.2. Pt tearful about losing momentum. Protein goal 1.2 g/kg, PD-adjusted.
F/U 6 wks. Will re-discuss bariatric surgery once wound healed.
""".strip()),
]}

C03 = {"patient_id": "C03", "age": 63, "sex": "F", "notes": [
("2023-01-05", "Weight Management Clinic", """
Medical Weight Loss - New Pt
Referred by ortho: needs BMI < 40 before R TKA.
PMH: hypertensive ESRD, hemodialysis Tue/Thu/Sat for four years; AF - takes warfarin; OA both knees R>>L. Non-diabetic, A1c 5.4.
Height 162cm, weight 108.4kg, BMI 41.3.
She mentions she's been icing the right knee 3-4x a day with gel packs straight from the freezer since Thanksgiving because "it swells up after dialysis". Wraps it in a thin pillowcase, has woken at 3am with the pack still strapped on.
Skin: over R anteromedial knee there's a 4 cm painful purple/black patch she says started mid-December as a "dark bruise that didn't go away". Lacy violet rim. L knee normal.
Plan: weight - start with RD + meal replacement program (no GLP-1 per her nephrologist for now). Knee lesion - I don't like the look of this on warfarin + HD; asked derm to see asap. Told her to stop the ice packs.
""".strip()),
("2023-01-12", "Orthopedic Pre-op Clinic", """
Ortho PA note
63F, here for R TKA planning. Surgery is postponed: new necrotic skin lesion over R knee being worked up (see WMC note). Cannot incise through or near it.
Knee: R effusion small, ROM 5-100. Anteromedial skin: eschar, black, about 5x4cm, violaceous border, very tender.
Wt 107.9 kg.
Plan: hold surgery, revisit in 3 mos. Steroid injection NOT done today.
""".strip()),
("2023-01-19", "Dermatology Consult", """
Consult - dermatology
HPI: HD pt on warfarin, icing of the R knee w/ frozen gel packs daily from 24 Nov 2022 onward; skin lesion on the R anteromedial knee appeared in December 2022 right under where the pack sat.
Biopsy (1/13): calcified small arterioles in subcutis, thrombosis, fat necrosis => confirms calciphylaxis.
IMP: R knee calciphylaxis; cold injury likely triggered this location.
Rec: sodium thiosulfate with HD, discuss warfarin -> apixaban with cardiology, no ice and no heat on that knee, local wound care.
""".strip()),
]}

C04 = {"patient_id": "C04", "age": 47, "sex": "M", "notes": [
("2024-06-03", "Weight Management Clinic", """
Obesity Medicine f/u
47M security officer. ESRD on HD (MWF, 2nd shift), T2DM - linagliptin only, insulin never used; HTN, OSA on CPAP.
Weight 109.0kg, height 176.5cm => BMI 35.0.
Got the guard job in March 2024 - uniform trousers + heavy duty belt, "the belt digs in right over my right love handle", worn 10-12 h/d.
Painful spot exactly there since Memorial Day. Today: R flank along the belt line: 6x3cm violaceous indurated band-shaped plaque with 2 small black crusts, very tender, no drainage.
A: necrotic, painful plaque at a chronic belt pressure point; dialysis pt; DDx calciphylaxis (need to r/o) versus pressure injury
P: derm referral; letter for employer to allow suspenders instead of belt; cont dietary plan
""".strip()),
("2024-06-10", "Nephrology Progress Note", """
Nephrology clinic
ESRD from diabetic kidney disease; dialysing via R internal jugular permcath until his fistula is usable. Missed 2 tx last month.
Ca 9.9, PO4 8.1, iPTH 1240. On calcium acetate -> switching to sevelamer today.
Skin: R flank lesion along belt line, being evaluated by derm for possible CUA.
Wt post-HD 107.6 kg.
""".strip()),
("2024-06-18", "Dermatology Consult", """
Dermatology
Right flank: 7 x 3.5 cm indurated purpuric plaque w/ central necrosis, tracking the band of his duty belt.
Onset: 5/27/24. Belt worn daily since the job started in 3/2024.
Path (6/11 punch): vascular medial calcification + intravascular thrombi in subcut fat. Calciphylaxis.
A: Calciphylaxis R flank in the distribution of chronic belt pressure.
Plan: STS, switch binder done, off-load (no belt; suspenders), wound RN.
""".strip()),
]}

C05 = {"patient_id": "C05", "age": 44, "sex": "F", "notes": [
("2019-07-02", "Bariatric Surgery Post-op Visit", """
Bariatric Surgery - 12 wk post-op
Procedure: laparoscopic sleeve gastrectomy 04/09/2019 (5 ports; 15 mm LUQ port for specimen extraction). Indication: BMI 42.8 blocking kidney transplant listing.
PMH: ESRD on CAPD since 2017 (PD cath R lower abd), no DM, HTN.
Doing well w/ diet stage 4, tolerating protein shakes. Wt 97.2 kg, BMI 36.4 (from 42.8).
Issue: since "the end of June" the LUQ extraction-port scar has become very painful and dark. Exam: 3 x 2 cm violaceous indurated plaque centered on the healed L upper abdominal port incision with a thin black crust. Other 4 port sites flat, pale.
Plan: not typical for port hernia or infection - US ordered; message to her nephrologist; derm ref.
""".strip()),
("2019-07-08", "Nephrology Clinic", """
Renal clinic - PD
Doing CAPD 4 exchanges, Kt/V 1.9. Appetite small since sleeve but adequate.
Labs (7/3): PTH 780 (intact); phos 6.9, Ca 10.2 (albumin-corrected). On calcitriol + calcium carbonate.
Skin: painful L upper abdominal lesion at one of her lap scars - ?calciphylaxis. Will stop calcitriol and calcium carbonate, start sevelamer, await derm.
""".strip()),
("2019-07-16", "Dermatology Consult", """
Derm consult
44F ESRD/PD s/p lap sleeve on 4/9/19. New lesion began late June 2019 in the LUQ port scar.
Exam: L upper abdomen, 4 x 3 cm livedoid plaque w/ central eschar along the incision line.
Punch bx: arterioles calcified where dermis meets fat, fibrin thrombi, consistent with calciphylaxis.
Comment: localization to the surgical scar suggests the incision served as the initiating trauma.
Plan: sodium thiosulfate IP/IV per renal, wound care, transplant team informed.
""".strip()),
]}

C06 = {"patient_id": "C06", "age": 66, "sex": "M", "notes": [
("2025-01-20", "Endocrinology Follow-up", """
Endo f/u - T2DM, overweight
66 y/o M. ESRD; HD on Tuesdays, Thursdays and Saturdays. Insulin-treated T2DM (glargine 22u, lispro per scale; injects belly), CAD. Former warfarin (stopped 2020, on apixaban now).
Glucose log ok, few lows on dialysis days -> reduce glargine to 18u.
He slipped on the icy front steps New Year's Eve, catching his left shin against the step edge. Bruised, skin scraped, no fracture on urgent care xray.
Since Jan 9 the bruised area has turned into a "hot black spot", pain out of proportion.
Exam: L anterior shin 4 x 4 cm dusky necrotic plaque w/ livedo around it; R leg ok.
BMI 29.4 (Wt 90 kg) - overweight, pt keen to get under 85 kg.
Plan: wound/derm referral today - concern for calciphylaxis over trauma site.
""".strip()),
("2025-01-22", "Weight Management RN Call", """
Telephone encounter - WM program RN
Called pt re missed group class. He says his L leg "is killing me, can't walk the dog". Confirms derm appt 2/3. Encouraged him to keep food log.
Wife on line: "that's where he hit it on the step new years eve".
Advised ER if fever or spreading redness.
""".strip()),
("2025-02-03", "Dermatology Consult", """
Dermatology
Left shin lesion, onset 01/09/2025, ~9 days after blunt injury to the same spot (fall on steps 12/31/2024).
Exam: L lower leg anterior, 5 x 4.5 cm necrotic ulcer with adherent eschar, retiform purpura at margins.
Bx 1/24: calcified subcutaneous vessels, thrombosis - calciphylaxis.
A/P: Calciphylaxis, L lower leg, at trauma site. STS with HD, wound care, leg elevation. Avoid compression.
""".strip()),
]}

C07 = {"patient_id": "C07", "age": 71, "sex": "F", "notes": [
("2020-10-14", "Endocrine / Metabolic Bone Clinic", """
Metabolic Bone & Endocrine
71F; class III obesity; hemodialysis-dependent since 2016; tertiary hyperparathyroidism (PTH 1630), here re parathyroidectomy vs cinacalcet.
New since last visit: L popliteal DVT in August. Bridged w/ enoxaparin, now on warfarin (INR 2.4). The HD nurse gave the enoxaparin shots into the skin over both triceps because of her abdominal pannus intertrigo - started two months ago and stopped 10/2.
Since 09/24/2020 painful dark areas on both posterior upper arms. Exam: R posterior arm 3 x 3 cm and L posterior arm 4 x 2.5 cm violaceous plaques with early central necrosis, stellate.
Wt not obtainable on clinic scale (tops out at 150 kg); HD unit standing wt 158 kg.
Imp: r/o calciphylaxis at prior LMWH injection sites.
Plan: derm ref, surgery ref for PTX.
""".strip()),
("2020-10-27", "Dermatology Consult", """
Derm
Bilat posterior upper arm plaques, started late Sept. Enoxaparin injections given into both posterior arms from mid-August.
Biopsy L arm: calcium in arteriolar walls of the subcutaneous fat with thrombosis; fat necrosis. Our read: calciphylaxis.
Comment: the arm distribution matches her LMWH injection sites and is unusual otherwise.
Plan: STS, avoid warfarin if alternative acceptable (cardiology to weigh in), wound care bilateral arms.
""".strip()),
("2020-11-30", "Bariatric Surgery Consult", """
Bariatric surgery
Asked to evaluate for weight-loss surgery to improve transplant candidacy. 71 y/o with super obesity, ESRD/HD, calciphylaxis of both arms (healing), warfarin.
Discussed: age, frailty, active calciphylaxis -> not a candidate at this time. Recommend medical weight management + PT. Revisit in 6 months.
""".strip()),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
