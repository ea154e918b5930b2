"""probe88 corpus notes, H15-H20 (interventional radiology and dialysis-access surgery; all invented)."""

H15 = {"patient_id": "H15", "age": 74, "sex": "F", "notes": [
("2024-02-12", "IR Procedure Note", """
IR: Declot of L upper arm AVG (thrombectomy + PTA)
2/12/2024, moderate sedation 40 min, heparin 3000 u IV intraprocedure.
74F, ESRD/HD, DM2 - Tresiba insulin, no warfarin. BMI 24.1.
Since her admission in January she has been getting heparin 5000 u SC q8h ppx into the R thigh (per MAR).
Successful thrombectomy, venous anastomosis PTA 7 mm.
Skin check: R anterior thigh has several small purple dots/bruises at injection spots.
"""),
("2024-02-26", "Vascular Surgery Consult", """
Vasc consult (inpatient)
R anterior thigh at the heparin injection sites: now a retiform purpuric plaque (5 cm) that has a dusky centre, painful.
Ddx: heparin-induced skin necrosis vs calciphylaxis vs simple hematoma. Cannot exclude calciphylaxis. PF4 ab pending. Heparin SC stopped.
Rec: derm punch bx.
"""),
("2024-03-11", "Dermatology Note", """
Derm f/u
Punch bx R thigh 2/27: nondiagnostic - dermal hemorrhage, no definite vascular calcification, no thrombi seen in sampled vessels. Sample may be too superficial. PF4 negative.
Possible calciphylaxis, still not established. Offered deeper incisional bx - pt and son declined; transitioning to hospice care at home. No further work-up planned.
"""),
]}

H16 = {"patient_id": "H16", "age": 52, "sex": "M", "notes": [
("2019-06-17", "Vascular Access Surgery Note", """
Pre-dialysis access planning
52M, CKD 4 (eGFR 19), reflux nephropathy, not on dialysis yet. Prediabetes (A1c 6.2), diet only, no meds. On warfarin for recurrent DVTs. BMI 30.0.
Plan: L radiocephalic AVF creation in the next 2 months.
Incidental: he hit his L shin on a trailer hitch ~3 weeks ago, small scrape, now a painful purple sore there.
"""),
("2019-07-08", "Operative Report", """
OR: L radiocephalic AVF, wrist. Regional block. Uneventful, good thrill.
Separately examined the L shin: 3 cm ulcer on the anterior shin with black base, livedo around it, very tender. Ddx venous/traumatic ulcer vs warfarin-related necrosis vs calciphylaxis (CKD 4, warfarin, obesity). R/o calciphylaxis - asked derm to see him.
"""),
("2019-08-05", "Post-op Clinic Note", """
Post-op: AVF maturing, thrill good.
L shin ulcer unchanged. Derm visit never happened (pt missed 2 appts), bx not done. He is moving out of state to live with his brother next week; records sent. Calciphylaxis remains on the differential, unconfirmed.
"""),
]}

H17 = {"patient_id": "H17", "age": 45, "sex": "F", "notes": [
("2021-01-11", "Operative Report", """
OP: Open PD catheter placement (mini-laparotomy)
45F, ESRD from lupus nephritis, transitioning from HD to PD. No DM. No warfarin (plaquenil, pred 5 mg). BMI 33.0.
Catheter via L paramedian incision; exit site L mid-abdomen, tunneled. No complications.
"""),
("2021-04-19", "PD Access Clinic Note", """
PD access clinic
On CAPD since Feb. New: 2 cm firm painful subcutaneous nodule 3 cm from exit site, L abdomen, pinkish-violaceous, noticed a week ago. No drainage, effluent clear.
Ddx: tunnel infection vs lupus panniculitis vs early calciphylaxis. Started cephalexin, US of tunnel.
"""),
("2021-05-10", "PD Access Clinic Note", """
F/u nodule
US: no fluid collection around the cuff. Nodule smaller and less tender after abx, still palpable, no ulceration.
Still unclear - panniculitis vs evolving calciphylaxis vs treated infection. Pt declines biopsy for now. Rtc 6 wk or sooner if it darkens/ulcerates.
"""),
]}

H18 = {"patient_id": "H18", "age": 72, "sex": "M", "notes": [
("2022-03-14", "IR Procedure Note", """
IR: Diagnostic aortogram with bilateral LE runoff + R SFA angioplasty (for access planning and claudication)
3/14/2022. Access: L CFA retrograde, 6 Fr. Moderate sedation 55 min.
72M ESRD on HD via L BC fistula, T2DM on insulin aspart/detemir, no warfarin. BMI 28.0.
Closure device L CFA. Uneventful.
"""),
("2022-03-24", "IR Clinic Note", """
IR post-procedure clinic
Now both feet painful with purple-blue toes, both soles lacy/mottled, small dark ulcer L 2nd toe. Began ~5 days after the angiogram.
Differential: cholesterol embolization vs calciphylaxis. Eosinophils 9%. Bx of the plantar livedo arranged.
"""),
("2022-04-04", "Dermatology Note", """
Derm
Bx L plantar foot: cholesterol clefts within arterioles; von Kossa stain neg, vessels not calcified. Atheroembolic disease. Calciphylaxis ruled out.
Plan: statin high intensity, avoid further arterial catheterization if possible, foot care.
"""),
]}

H19 = {"patient_id": "H19", "age": 50, "sex": "F", "notes": [
("2025-04-07", "Vascular Access Surgery Consult", """
New pt - access
50F, FSGS -> ESRD, HD through R IJ TDC. No DM, no anticoagulants, BMI 22.0.
FHx: her older sister developed calciphylaxis while dialyzing; died 2019 of sepsis - she is frightened of the same.
Skin exam: intact throughout, no lesions.
Plan: L brachiocephalic AVF.
"""),
("2025-05-06", "Operative Report", """
OP: L brachiocephalic AVF, antecubital incision. Regional. Palpable thrill at end. Skin closure monocryl.
Pt reassured again: no sign of skin disease, her sister's illness does not mean she has it.
"""),
]}

H20 = {"patient_id": "H20", "age": 64, "sex": "M", "notes": [
("2023-09-11", "Access Surgery Consult", """
PD catheter consult
64M, ESKD, dialyzing in-center since June using a R IJ tunneled line, wants PD. DM2, glargine 22 u. No warfarin. BMI 31.0.
Consent discussion: risks incl bleeding, infection, leak, hernia, catheter migration, and - because of his high phosphorus - rarely calciphylaxis. Should a painful black patch appear near the exit site, he is to call us. Skin currently intact.
"""),
("2023-09-25", "Operative Report", """
OP: laparoscopic PD catheter, R lower quadrant exit. GETA. Uneventful.
Pt to remain on HD via TDC until PD training, starting in 2 weeks.
"""),
("2023-10-09", "PD Access Clinic Note", """
Post-op check: exit site well healed, no erythema, no tenderness. Abdomen soft.
No skin lesions anywhere. Phos 6.8 - renal adjusting binders. Still on HD MWF for now; PD training pushed to next month.
"""),
]}

PATIENTS = [H15, H16, H17, H18, H19, H20]
