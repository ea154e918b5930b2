"""probe96 corpus notes, P15-P20 (addiction medicine and harm-reduction clinics; all invented)."""

P15 = {"patient_id": "P15", "age": 34, "sex": "F", "notes": [
("2022-11-02", "Harm Reduction Nurse Visit", """
Mobile unit nurse
34F, skin pops fentanyl (tranq suspected in supply) into L lateral thigh for ~1 yr. Now a necrotic ulcer there, 3 cm, black base, dusky rim. On HD, misses often.
Honestly cant tell if its a tranq wound or something else - she says it hurts way more than her old ones did. Gave wound kit (NS, xeroform, kerlix), 2 naloxone, strips. Referred to clinic, she said she'd go Friday.
"""),
("2022-11-04", "Addiction Medicine Progress Note", """
Addiction med
34F OUD, ESRD (HD), nondiabetic, no anticoagulation. BMI 23.9.
L lateral thigh necrotic ulcer at popping site. DDx: xylazine wound vs calciphylaxis (HD pt, retiform edge?) - cannot exclude CUA.
Bx offered - pt declined today ("no more holes in me"). Started bup micro-induction: 0.5 mg day 1, up-titrating over 7 days while still using. UDS + fent, + xylazine.
F/u 1 wk, derm ref placed anyway.
"""),
("2022-12-14", "Addiction Medicine Progress Note", """
Addiction med f/u
Bup 12 mg daily now, cravings down, still using 2-3x/wk. Pt missed derm x2. Ulcer L thigh about the same, maybe a bit wider, edge still dusky. Still possible calciphylaxis vs xylazine wound; bx declined again. Pt relocating to her sister's out of state next week; records sent.
"""),
]}

P16 = {"patient_id": "P16", "age": 59, "sex": "M", "notes": [
("2019-03-12", "OTP Physician Note", """
OTP MD
59M, methadone 85 mg. ESRD, cycler PD at night. T2DM: glargine + lispro. BMI 29.9, overweight range but not obese.
Faint violaceous lacy mottling over the lower abdomen with one tender firm nodule L of umbilicus x 1 wk. No ulcer.
Pt recieved methadone dose today w/o issue; QTc 452 on last ECG.
?early calciphylaxis - too early to call. Derm referral sent, PD team notified.
"""),
("2019-03-21", "Nephrology - PD Clinic", """
PD clinic
Livedo + tender nodule periumbilical L - suspicion for CUA, cannot rule out. Labs: phos 6.2, PTH 410. Pt to see derm 4/2 for bx.
"""),
("2019-04-10", "OTP Counselor Note", """
Counselor
Pt did not present for dosing since 3/29. Wife called - he was incarcerated 3/30 (county). Methadone continuity arranged w/ jail medical, confirmed dose 85mg faxed. Derm appt missed. Workup for possible calciphylaxis not done. Will re-engage on release.
"""),
]}

P17 = {"patient_id": "P17", "age": 62, "sex": "F", "notes": [
("2025-05-06", "Inpatient Addiction Medicine Consult", """
Addiction med consult
62F, OUD on methadone 60 mg (confirmed w/ OTP), ESRD (HD TTS), AF - warfarin. BMI 30.6. No diabetes.
Admitted for L buttock eschar with surrounding violaceous mottling; primary team suspects calciphylaxis.
Plan: continue methadone 60 mg, split 30 mg BID for pain; avoid adding full agonist PRNs. Naloxone at bedside. Will touch base w/ OTP re last dose.
"""),
("2025-05-09", "Inpatient Dermatology Consult", """
Derm
Punch bx L buttock: superficial necrosis only; specimen lacks any vascular calcium - nondiagnostic (likely too shallow). Calciphylaxis remains suspected. Deeper incisional bx recommended.
"""),
("2025-05-11", "Discharge Summary", """
Hospital course: pain controlled w/ split methadone, local wound care to L buttock. Pt left AMA on 5/11 before deeper biopsy could be done. Final impression: L buttock necrotic ulcer, suspected calciphylaxis, not confirmed. Warfarin held at discharge pending f/u. Methadone last dose 5/11 communicated to OTP.
"""),
]}

P18 = {"patient_id": "P18", "age": 45, "sex": "M", "notes": [
("2020-01-21", "Addiction Medicine Progress Note", """
Addiction med
45M, cocaine + opioid use, on bup 16 mg. CKD stage 3 (eGFR 44), not on dialysis. No DM, no warfarin. BMI 25.5.
Retiform purpura on both shins and ear helices, with small necrotic centres, x 5 days. ?calciphylaxis vs levamisole-induced vasculopathy.
Derm urgent, ANCA + coags sent. UDS: + cocaine, + bup. Pt admits his coke "has been cut with something, it burns different".
"""),
("2020-01-28", "Dermatology Consult", """
Derm
Bx L shin: thrombotic vasculopathy with leukocytoclasis, no calcification. ANCA +. Levamisole-adulterated cocaine exposure.
Calciphylaxis ruled out. Dx: levamisole-induced vasculopathy.
"""),
("2020-02-11", "Addiction Medicine Progress Note", """
Addiction med f/u
Shin lesions healing, crusts lifting, no new purpura. Counselled on levamisole in cocaine supply and on testing options at the SSP. Bup 16 mg continued. CKD 3 stable, Cr 1.8.
"""),
]}

P19 = {"patient_id": "P19", "age": 38, "sex": "F", "notes": [
("2024-09-03", "Office-Based Buprenorphine Intake", """
OBOT intake
38F, OUD (oxycodone -> fentanyl), starting bup. T1DM on insulin pump. Kidneys normal (Cr 0.7). BMI 23.0. No anticoagulants.
Family hx: her older sister (HD for years) developed calciphylaxis of the legs, died 2022. Pt worried about it; skin exam normal.
"""),
("2024-09-17", "Office-Based Buprenorphine Visit", """
OBOT f/u
Bup 16 mg, no cravings, no use. She asked again about "the calcium skin thing" her sister had. Skin intact. Reassured - she does not have kidney failure (eGFR >90 in Aug).
"""),
("2024-10-15", "Office-Based Buprenorphine Visit", """
OBOT f/u
Doing well, 6 wks no use. A1c 7.4. Pump site L abdomen, she rotates it q3 days. No skin lesions. Continue bup, f/u 4 wks.
"""),
]}

P20 = {"patient_id": "P20", "age": 53, "sex": "M", "notes": [
("2018-04-10", "Addiction Medicine Progress Note", """
Addiction med
53M, OUD; kidney failure, HD 3x weekly; T2DM using insulin. BMI 27.9. Pops heroin into thighs.
Counselled: with dialysis, popping raises the risk of calciphylaxis at those sites; if any painful dark patch appears, come in. No skin lesions today.
"""),
("2018-05-08", "Addiction Medicine Progress Note", """
Addiction med f/u
Transferred to OTP, methadone 50 mg. Says he is popping less, "maybe once a day". Thighs: old popping scars, no ulcers, no purpura. Reviewed calciphylaxis warning signs again, he repeated them back.
"""),
]}

PATIENTS = [P15, P16, P17, P18, P19, P20]
