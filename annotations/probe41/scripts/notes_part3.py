"""probe41 corpus notes, V15-V20 (vascular surgery and limb-salvage wound clinic; all invented)."""

V15 = {"patient_id": "V15", "age": 74, "sex": "M", "notes": [
("2021-10-05", "Vascular Surgery New Patient", """
NP visit - L leg wound
74 yo man, CKD 3b (Cr 1.9, eGFR 34, no dialysis), warfarin for atrial fibrillation since ~2013, no diabetes, ex-smoker.
Pt knocked the front of his L shin on the wheelchair footplate on 9/12/21 while transferring his wife. Small skin tear, then it enlarged and became black and far more painful than he expected.
ABI L 0.62, R 0.81. L TP 44 mmHg, monophasic AT/PT.
L anterior shin: 4x3cm ulcer, dry black eschar, violaceous rim with a faint net-like pattern.
A: L shin ulcer, mixed picture -- arterial insufficiency (PAD) vs calciphylaxis (warfarin, though not ESRD) vs traumatic wound with poor healing.
P: CTA runoff. Biopsy deferred given TP 44, risk of nonhealing bx site. BMI 23.0.
"""),
("2021-11-16", "Vascular Surgery Procedure Follow-up", """
s/p L SFA/pop atherectomy + PTA 10/26 (R CFA up-and-over). L TP now 71.
Shin wound: eschar intact, 3.8x2.9cm; pain still severe, disproportionate. Possible calciphylaxis remains on ddx -- pt declines biopsy ("no more cutting").
Cont warfarin (discussed alternative; pt prefers to stay).
"""),
("2022-01-25", "Wound Clinic Note", """
L shin: 2.1x1.6cm, granulating at rim. Pain 3/10.
Etiology never clarified: arterial vs calciphylaxis, no tissue diagnosis obtained. Pt relocating out of state to live w/ daughter in February; records faxed.
"""),
]}

V16 = {"patient_id": "V16", "age": 68, "sex": "F", "notes": [
("2019-04-02", "Dialysis Unit Nursing Note", """
Chairside note, HD MWF. Pt c/o "bruised sore places on my belly where I do my insulin, right side". Skin R lower abdomen: several purple lacy patches, one firm, tender. Informed charge RN + nephrologist. BMI 38.0 at last dietitian check.
"""),
("2019-04-09", "Vascular / Wound Clinic Consult", """
68F, ESKD on HD, insulin-requiring T2DM (degludec, self-injects R lower abdomen for years), morbid obesity. No anticoagulation.
R lower abdomen: retiform purpura over 10x6cm, 2 indurated nodules, no ulceration. Injection site lipohypertrophy.
ABI normal; no arterial issue.
Impression: early calciphylaxis is a concern in the injection field vs insulin-injection panniculitis/hematoma.
Plan: punch bx of nodule. Move insulin to L thigh meanwhile.
"""),
("2019-04-23", "Pathology Follow-up", """
Punch (4/11) R abd nodule: superficial, dermis + minimal fat only. Mild septal panniculitis; no vascular calcification identified, but sample too shallow -- nondiagnostic. Cannot exclude calciphylaxis.
Offered deep incisional biopsy; pt declined.
"""),
("2019-06-18", "Palliative Care Note", """
Goals of care visit. Pt electing to withdraw from HD and enroll in hospice. Abdominal skin: purpura fading, no open wound. Diagnosis of skin findings was never established (?calciphylaxis). Comfort focus.
"""),
]}

V17 = {"patient_id": "V17", "age": 57, "sex": "M", "notes": [
("2025-02-11", "Hyperbaric Medicine Consult", """
HBO consult. 57M, ESRD on CCPD, prediabetes (A1c 6.2), no insulin, BMI 30.4, no warfarin.
Referred by wound clinic with bilateral calf ulcers x 6 wk, suspected calciphylaxis vs livedoid vasculopathy. No bx yet -- outside derm appointment pending.
Exam: both posterior calves with multiple shallow painful ulcers 1-2 cm, atrophie blanche-like scarring, livedo. TcPO2 calf 34 mmHg R, 31 L.
Plan: HBO 2.4 ATA 20 tx; may proceed empirically for suspected CUA per nephrology. Ear exam ok.
"""),
("2025-03-25", "Hyperbaric Treatment Note", """
HBO session 20/20 completed. Ulcers both calves smaller, pain improving.
Labs: A1c 6.7 -- now meets criteria for type 2 diabetes; started linagliptin.
Dx remains uncertain, calciphylaxis not confirmed (derm bx cancelled twice by pt).
"""),
("2025-05-06", "Wound Clinic", """
Bilat calf ulcers nearly healed. Working dx "possible calciphylaxis vs LV" unchanged, no biopsy. Next appt 6 wks.
BMI 30.9.
"""),
]}

V18 = {"patient_id": "V18", "age": 72, "sex": "F", "notes": [
("2023-11-28", "Vascular Surgery Clinic", """
72F ESRD (HD Tue/Thu/Sat). Glipizide for her type 2 DM (no insulin), HTN, BMI 27.9. Had diagnostic angiogram via L CFA on 11/2/23 for claudication.
Since about 10 days after the angio: both feet with painful dusky blue toes, livedo on both soles/lateral feet, small black patch L 4th toe tip. Pedal pulses present (DP 2+ bilat), ABI 0.94/0.97.
Ddx: atheroembolic (cholesterol emboli) post-cath vs calciphylaxis.
Labs: eos 9%, low C3.
Plan: punch bx L lateral foot livedo.
"""),
("2023-12-12", "Dermatopathology / Vascular Addendum", """
Bx L lateral foot: small arteries plugged by biconvex needle-shaped clefts (cholesterol); NO vascular calcification, no calciphylaxis. Dx: cholesterol embolization syndrome after angiography. Calciphylaxis excluded.
Plan: statin max dose, aspirin, pain control, foot protection. Avoid further catheter manipulation.
"""),
("2024-02-20", "Wound Clinic", """
Toes: L 4th tip dry eschar demarcated, others pink. Atheroemboli, improving. Not calciphylaxis.
"""),
]}

V19 = {"patient_id": "V19", "age": 63, "sex": "M", "notes": [
("2022-06-07", "Limb Salvage / Podiatry Joint Clinic", """
63 y/o M, T2DM x 20 yr on insulin (glargine + lispro), peripheral neuropathy, BMI 32.5 (obesity). Normal kidney function (Cr 0.9). No anticoagulants.
Family hx: his brother, a dialysis patient, died in 2020 of calciphylaxis -- pt worried he is at risk; reassured, his renal function is normal.
R plantar 1st MTH: neuropathic ulcer 1.5x1.2cm, callus rim, probe to bone neg. Palpable pulses. Wore new shoes to a wedding late May, blister became this ulcer.
Offloading: TCC applied today.
"""),
("2022-07-19", "Limb Salvage Follow-up", """
TCC change #5. R plantar 1st MTH diabetic foot ulcer 0.4x0.3cm. No infection. No skin changes elsewhere, no purpura.
A1c 7.9. Weight 99 kg.
"""),
]}

V20 = {"patient_id": "V20", "age": 80, "sex": "F", "notes": [
("2018-05-15", "Vascular Surgery Clinic", """
80 yo F, ESRD on hemodialysis via R upper arm AVG, HTN, afib anticoagulated w/ warfarin. Nondiabetic. BMI 21.4.
L great toe dorsal ulcer 1 cm, pale, punched out, since a tight shoe in April. ABI L 0.48, TP L hallux 22 mmHg, monophasic. Classic arterial ulcer (CLTI, Rutherford 5).
Plan: angiogram for L leg revasc.
"""),
("2018-06-05", "Nephrology Note", """
Seen after L SFA stent (5/22). Toe ulcer healing. On warfarin and HD she carries a risk for calciphylaxis; we will watch skin closely and if new painful purpura or nodules appear we will arrange a biopsy. No such lesions now.
"""),
("2018-08-14", "Wound Clinic", """
L great toe ulcer healed. Skin exam of legs, thighs, abdomen: no purpura, no nodules, no ulcers. Cont warfarin.
"""),
]}

PATIENTS = [V15, V16, V17, V18, V19, V20]
