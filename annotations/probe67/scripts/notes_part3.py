"""probe67 corpus notes, S15-S20 (pharmacy and anticoagulation-clinic consults; all invented)."""

S15 = {"patient_id": "S15", "age": 80, "sex": "M", "notes": [
("2025-06-03", "Anticoagulation Clinic - Periprocedural Bridging", """
Reason: bridging before a transurethral resection of the prostate booked for 6/9.
80 yo M, mechanical aortic valve (1998) + AF, on warfarin 4 mg daily (mechanical AVR; aiming for 2.5-3.5). ESRD, haemodialysis through a L forearm AVF. No DM.
Plan: last warfarin 6/4. Bridging: SC enoxaparin, 1 mg/kg every 24 h (HD dosing agreed with nephrology + cardiology, anti-Xa monitoring) starting 6/5, self-administered. Pt taught; he plans to inject only right of the navel, low down (an old hernia repair scar sits on the left).
Wt 70 kg, BMI 24.2.
"""),
("2025-06-24", "Clinical Pharmacist Consult", """
Consult: "hard painful lump at enoxaparin site".
Bridging ran 6/5 -> 6/19 (INR therapeutic 6/18 & 6/19).
R lower abdomen: 3 cm tender purplish nodule, firm, with surrounding net-like discolouration; no eschar. Started a few days ago.
Ddx: hematoma at the injection site, though early calciphylaxis can't be excluded given HD, PTH 950 and warfarin. Suggested derm review + biopsy. Ice to be avoided.
Pt reluctant about biopsy ("enough procedures this month").
"""),
("2025-07-15", "Anticoagulation Clinic Note", """
INR 2.8. Warfarin 4 mg daily unchanged.
Abdominal nodule: derm saw 7/2, possible calciphylaxis vs resolving hematoma; pt declined biopsy. Smaller today, less tender.
Pt has chosen to move to hospice-at-home with his family in Carrick and to stop dialysis visits at our unit; care transferred. No diagnosis was ever established.
"""),
]}

S16 = {"patient_id": "S16", "age": 67, "sex": "F", "notes": [
("2018-03-06", "Anticoagulation Clinic Visit", """
Warfarin (indication: bileaflet mechanical AVR 2014), INR 2.1, goal 2.5-3.5 -> increase to 6 mg M/W/F, 5 mg other days.
67 F. CKD4 -- eGFR 22 -- no dialysis yet; planning for fistula. T2DM (glipizide 2.5 mg qAM + diet), no insulin. Obese, BMI 31.2.
New: painful "bruise-like" areas on both thighs x 10 days. On exam, bilateral anterior thighs: retiform purple patches, no eschar, very tender.
Assessment: r/o calciphylaxis; ddx warfarin skin necrosis, vasculitis. No recent trauma, no injections, no heat per pt.
Derm referral urgent, requested biopsy. Nephrology informed.
"""),
("2018-03-20", "Clinical Pharmacist Note", """
Derm appointment 3/14 missed (transport). Rebooked 3/27.
Thigh lesions unchanged; concern for calciphylaxis persists per renal team. INR 2.7; warfarin continues because of the valve.
Binder swapped from calcium carbonate to sevelamer as a precaution.
"""),
("2018-04-17", "Anticoagulation Clinic - Transfer Note", """
Pt did not attend the 3/27 derm visit. Daughter called: pt has moved to live with her in another state; will establish with a new warfarin clinic there.
Thigh lesions per daughter "a bit better". Diagnosis remains unconfirmed -- possible calciphylaxis, never biopsied.
Records + last INR (2.9 on 4/10) faxed to new clinic.
"""),
]}

S17 = {"patient_id": "S17", "age": 71, "sex": "M", "notes": [
("2021-11-02", "Clinical Pharmacist Consult - Wound/Antibiotic", """
Consult re: ulcer + antibiotic dosing for pt on PD.
71 M, ESRD on APD, T2DM on insulin glargine 20u, HTN. Not anticoagulated (aspirin only).
Hx: on 10/20 the car door struck his L shin as he climbed out; skin split, then over two weeks turned into a black, extremely painful ulcer ~3 cm with purplish rim.
Ddx: traumatic ulcer w/ poor healing (PAD, DM) vs calciphylaxis -- cannot exclude. No cellulitis. No abx needed at present.
Recs: derm + vascular; ABI.
BMI 28.9.
"""),
("2021-11-23", "Renal Pharmacy Note", """
ABI 0.78 L. Derm: "favor traumatic ulcer in PAD, calciphylaxis not excluded"; offered punch biopsy -- pt declined (fear of non-healing).
Plan per nephrology: empiric binder change to non-calcium (sevelamer), reduce calcitriol. No STS (unconfirmed dx).
Pain: acetaminophen; tramadol avoided.
"""),
("2022-01-11", "Renal Pharmacy Note", """
L shin ulcer slowly healing with compression-free dressings. Biopsy still declined; suspected calciphylaxis remains unproven.
Glargine 18u. Wt stable, BMI 28.9.
"""),
]}

S18 = {"patient_id": "S18", "age": 65, "sex": "F", "notes": [
("2023-09-12", "Anticoagulation Clinic - Urgent Visit", """
Seen urgently. Warfarin started 8/31 for new PE (INR goal 2-3), LMWH overlap stopped 9/5.
65 F, CKD 3a (eGFR 48), obesity (BMI 34.0), no diabetes.
Since 9/8: painful purple-black skin over the right breast plus the L upper thigh, rapidly spreading.
Question of warfarin skin necrosis -- or calciphylaxis. INR 3.6.
Action: warfarin held, oral vit K 2.5 mg; heparin infusion via ED; hematology + derm paged. Protein C level sent.
"""),
("2023-09-20", "Clinical Pharmacist Consult", """
Derm bx 9/13 (R breast): microvascular thrombi without vessel-wall calcification; calcium stains (von Kossa) neg. Protein C 38% -- low.
Derm + path conclusion: warfarin-induced skin necrosis (low protein C). Calciphylaxis has been excluded.
Recs: warfarin permanently discontinued -- list as allergy/ADR. Transition heparin -> apixaban 5 mg BID (CrCl OK).
"""),
("2023-10-17", "Anticoagulation Clinic - DOAC Follow-up", """
Apixaban 5 mg twice daily, adherent (pill box checked). No bleeding.
Breast + thigh necrosis: surgical debridement of the breast area 10/2; thigh healing with dressings.
Warfarin ADR entered in the chart so no one restarts it. Wt 90 kg, BMI 34.0.
"""),
]}

S19 = {"patient_id": "S19", "age": 58, "sex": "M", "notes": [
("2020-02-18", "Anticoagulation Clinic Intake", """
New to warfarin clinic (transferred from St Brendan's). AF + LV thrombus; INR goal 2-3.
58 M, ESRD, haemodialysis for 3 years (T/Th/S). T2DM -- glargine + aspart, BMI 31.0.
Family: his older brother (also a dialysis patient) died in 2016 after calciphylaxis of his legs; pt anxious about it.
Skin exam: legs, abdomen and arms intact.
Warfarin 5 mg/day. Today's INR 2.3.
"""),
("2020-04-14", "Anticoagulation Clinic Visit", """
INR 2.5. Dose unchanged.
Pt asks again about "what my brother had". Skin intact; no sores anywhere. Reassured; gave written info.
"""),
]}

S20 = {"patient_id": "S20", "age": 45, "sex": "F", "notes": [
("2025-01-21", "Renal Pharmacy Counselling", """
New HD start (12/2024) -- pharmacist education session.
45 F, ESRD from lupus nephritis, HD MWF. No diabetes. Overweight, BMI 28.4.
Warfarin to be started for antiphospholipid syndrome after recent DVT.
Discussed: warfarin can push up calciphylaxis risk in people on dialysis. Should tender dark or purplish areas appear on the skin, ring the clinic the same day. Avoid heat packs on the skin.
"""),
("2025-02-18", "Anticoagulation Clinic Visit", """
Warfarin 5 mg daily since 1/24. INR 2.4.
Skin: no lesions. Pt remembers the warning signs.
BMI 28.4.
"""),
("2025-04-01", "Anticoagulation Clinic Visit", """
INR 3.3 -- slightly high after a course of ciprofloxacin for a UTI. Hold 1 dose then resume 5 mg.
Asked about skin: nothing new, no painful spots. Reminded her of what to look for and whom to ring.
"""),
]}

PATIENTS = [S15, S16, S17, S18, S19, S20]
