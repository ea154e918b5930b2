"""probe214 corpus notes, D15-D20 (correctional and jail health services and the clinics around them; all invented)."""

D15 = {"patient_id": "D15", "age": 29, "sex": "M", "notes": [
("2023-10-03", "Nursing Injection Note", """
NURSING - MEDICATION ADMINISTRATION        10/3/23  1030
29M, ESRD, HD Mon/Wed/Fri (offsite, Larchmont Dialysis, L arm graft) from FSGS. No DM. No warfarin.
Dx late latent syphilis (RPR 1:32, TP-PA +) per ID phone consult.
Penicillin G benzathine 2.4 million units IM into the L upper outer gluteal area, slow push,
dose 1 of 3 (weekly). Pt lying prone on exam table, tolerated, no immediate reaction.
Doses 2 and 3 scheduled 10/10 and 10/17, same site per pt preference ("R side is where I sleep").
VS BP 142/86 HR 74 T 98.2. BMI 22.4.
Obs 30 min. Returned to 5-North.
"""),
("2023-11-02", "Sick Call - Provider", """
SICK CALL - PROVIDER       11/02/23
S: since about 10/20 a hard, sore knot in his L buttock, where he got his penicillin shots
(MAR: all three doses in the left upper-outer quadrant). Hurts to sit.
O: T 99.1 HR 86 BP 150/90. L upper outer buttock - firm, tender subcutaneous nodule near
4cm across, dusky violet livedo over it, small gray-black center; not fluctuant.
Bedside ultrasound shows no collection.
Last dialysis chem (10/30): PTH 1100, phos 8.2, Ca 10.4.
A: painful nodule at an IM injection site, dialysis pt - injection-site reaction / early
Nicolau-type necrosis vs sterile abscess; cannot exclude early calciphylaxis.
P: derm bx scheduled 11/15 (custody transport); dressing; APAP; no heat to the area.
"""),
("2023-11-09", "Release Health Summary", """
RELEASE / DISCHARGE HEALTH SUMMARY        9-Nov-2023
Released from custody today (charges dismissed) - before the derm biopsy on 11/15 could be done.
Open problem: painful L buttock nodule at the site of recent IM penicillin. Working dx
injection-site necrosis; calciphylaxis possible and not ruled out - needs biopsy.
Other: ESRD - pt will resume his Mon/Wed/Fri runs at Larchmont Dialysis (unit notified by phone);
syphilis treated (3 doses complete).
Given: 7-day med supply, copy of records, community derm + nephrology referral letters.
BMI 22.4.
"""),
]}

D16 = {"patient_id": "D16", "age": 62, "sex": "F", "notes": [
("2019-03-05", "Nursing Urgent Encounter", """
NURSING URGENT ENCOUNTER      3/5/2019  1910
Called to Women's Unit B shower area: 62F slipped on the wet floor and banged the front
of her R lower leg against the lip of the shower step. No LOC.
PMH: ESRD - HD offsite Tue/Thu/Sat; insulin-using T2DM; AF on warfarin, INR a week ago 2.6;
obesity class I.
R anterior shin: superficial abrasion 4x2cm, oozing, small hematoma beneath.
Cleaned with NS, bacitracin, nonadherent dressing. Walks without help.
VS: 144/80, HR 90 irreg, T 97.9. BMI 31.2.
Plan: provider notified; INR tomorrow; wound check 2 days; shower mat request to facilities.
"""),
("2019-04-16", "Sick Call - Provider", """
SICK CALL - PROVIDER        04/16/19
S: the scrape on her R shin "never healed"; ~3 wks ago it got a black scab and a purple lacy
edge and now hurts at night.
O: R anterior shin, right where the 3/5 abrasion was: ulcer 3x2.5cm, black eschar, violet
retiform border, very tender. DP faint bilat.
INR 3.0. Dialysis chem: phos high at 6.9, PTH 720, Ca 9.6.
A: R shin ulcer that has not healed since the shower fall, dialysis pt on warfarin - ddx
traumatic ulcer, arterial ulcer, or calciphylaxis; cannot call it calciphylaxis or not
without tissue.
P: ABI; offsite derm for bx; dressings; APAP; INR goal 2-3.
"""),
("2019-04-30", "Inter-Facility Transfer Summary", """
INTER-FACILITY TRANSFER HEALTH SUMMARY      30 April 2019
Transferred today to the state DOC reception center (sentenced).
Pending: R shin ulcer - derm saw her 4/25, offered a punch biopsy; pt declined ("not
cutting on my leg"). Calciphylaxis remains on the differential with an arterial or traumatic
ulcer; not confirmed. ABI 4/22: 0.8 R.
Meds: glargine 20 units at HS plus lispro per scale, warfarin 4 mg, sevelamer, metoprolol.
HD schedule Tu/Th/Sa - receiving facility to arrange.
Problems: ESRD, DM2, AF, obesity class I (weight down; BMI 29.6 on today's scale).
"""),
]}

D17 = {"patient_id": "D17", "age": 47, "sex": "M", "notes": [
("2024-09-10", "Return from Offsite - Nursing", """
RETURN FROM OFFSITE - NURSING       09/10/2024
47M, ESRD on HD, returned from Harmon Memorial after overnight stay.
Procedure 9/9/24: IR put in a tunneled dialysis line via the R IJ (his L arm fistula failed);
exit site R upper chest, dressing dry and intact, sutures in.
No DM. Not on anticoagulants.
VS: BP 138/82, HR 76, T 98.4, SpO2 98%. BMI 25.0.
Instructions: keep dressing dry, no showers over the line (use the bath-chair and cover),
dialysis unit changes the dressing.
Resumes HD Tue/Thu/Sat via the catheter. Housing: medical pod.
"""),
("2024-10-22", "Dialysis Unit Nursing and Nephrology Note", """
RIVERBEND DIALYSIS - RN ASSESSMENT + MD ADDENDUM      10/22/24
Catheter exit site R upper chest: for about a week, a 2 cm black eschar just below the exit
with violaceous, firm, very tender skin around it, lacy at the edges. No pus. Afebrile.
Cuff not exposed. Good flows.
Swab + blood cx sent. Chem today: PTH 990; phos 7.2; calcium 10.0.
MD addendum: exit-site infection with skin necrosis vs early calciphylaxis at the catheter site?
Possible. Vancomycin with HD pending cx; derm asked to see.
Warfarin for catheter clots was discussed and NOT started.
"""),
("2024-11-05", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE        Nov 5, 2024
Catheter removed 10/30 and a new one placed on the L. Cultures no growth.
R chest wound healing with dressings, eschar lifting, surrounding color fading.
Derm saw him 10/29: did not biopsy because of the catheter removal and healing; felt it was
either a pressure/infectious exit-site necrosis or calciphylaxis - could not decide.
No new lesions.
Plan: finish vanc x 2 wks; watch the wound; if any new painful purple plaques, biopsy.
BMI 24.8.
"""),
]}

D18 = {"patient_id": "D18", "age": 36, "sex": "M", "notes": [
("2022-01-18", "Intake Follow-up - Provider", """
INTAKE FOLLOW-UP - PROVIDER       1/18/22
Booked 1/16. 36M, reports daily cocaine use up to booking. No kidney disease known. No DM.
S: painful purple patches on both ears and both thighs for about a week.
O: T 99.6 HR 98 BP 132/78. Retiform purpura of both helices with small black crusts; both
anterior thighs: star-shaped purpuric patches, some necrotic in the middle. BMI 23.1.
Labs: Cr 0.9, CBC WBC 2.8 (ANC 900).
A: retiform purpura - levamisole-adulterated cocaine vasculopathy vs vasculitis vs ?calciphylaxis
vs septic emboli
P: blood cx x2, ANCA, cryos, UDS; offsite derm bx urgent.
"""),
("2022-01-27", "Dermatology Consult - Offsite", """
DERMATOLOGY CONSULT       Jan 27, 2022
Punch bx R thigh 1/20: thrombotic vasculopathy of small dermal vessels with mild leukocytoclastic
vasculitis; no calcium deposits seen and von Kossa stain negative. MPO-ANCA positive, high titer.
Blood cultures negative. Creatinine 0.8; calcium and phosphorus normal.
Impression: vasculopathy from levamisole in street cocaine. Calciphylaxis excluded (no
calcification, kidneys work normally, no risk factors).
Exam today: ears with dry black crusts; thighs with star-shaped purpura, two small necrotic
centers, nothing new. Counselled about levamisole cut into the street supply.
Plan: no further cocaine (no access in custody); local care; steroids not needed yet; see
again in 3 weeks.
"""),
("2022-02-15", "Infirmary Follow-up", """
INFIRMARY FOLLOW-UP      02/15/2022
Ears: thin dry crusts lifting at the rims of both helices, healing. Anterior thighs: the two
small ulcers (0.8cm and 0.5cm) are dry and shallow, purpura fading to brown, no new ones.
No fever. ANC 1900, rising; Cr 0.8. MPO titer to be repeated in a month.
Asks about a kitchen job - cleared once the thigh wounds are closed.
Substance use counselling done; pt enrolled in the jail SUD group.
VS normal. Wt 72 kg.
Plan: continue dressings; recheck CBC 2 wks; release expected next month - community clinic
referral.
"""),
]}

D19 = {"patient_id": "D19", "age": 44, "sex": "F", "notes": [
("2025-03-11", "Chronic Care Clinic - CKD", """
CHRONIC CARE CLINIC - CKD         3/11/2025
44F, CKD stage 3b from IgA nephropathy (Cr 1.7, eGFR 38), HTN, prediabetes (A1c of 6.1,
commissary-diet counselling, no meds), obesity. Not on dialysis. No anticoagulants.
Pt worried: calciphylaxis killed her older brother in 2021 after years of dialysis -
"his legs turned black." She wonders whether she could inherit it.
Skin: full check done, no lesions, no livedo.
VS: BP 136/84, HR 72. Wt 88 kg, BMI 31.5.
Plan: reassured, explained; losartan continued; renal diet; nephrology telehealth in 3 mo.
"""),
("2025-06-10", "Nephrology Telehealth", """
NEPHROLOGY TELEHEALTH (to county jail clinic)       June 10, 2025
CKD 3b, stable: creatinine 1.6 (eGFR 40); potassium 4.6; PTH 88; urine alb/creat 640.
Brother's calciphylaxis (he had ESRD) noted; her own skin normal per RN exam, no signs of
calciphylaxis. Not a dialysis candidate now.
Meds reviewed: losartan 50, amlodipine 5. Told to avoid the ibuprofen and naproxen sold on
the canteen list. Salt limits went over again.
Plan: add SGLT2i; BP goal under 130/80; BMP, phos, PTH and CBC in 3 mo.
Wt 87 kg, BMI 31.2.
"""),
]}

D20 = {"patient_id": "D20", "age": 58, "sex": "M", "notes": [
("2021-07-20", "Chronic Care Clinic - Dialysis Education", """
CHRONIC CARE CLINIC - HD PT EDUCATION       07/20/21
58M, ESRD, HD Mon-Wed-Fri offsite (R arm AVF), T2DM - insulin stopped in 2019 when A1c fell, now
linagliptin only; HTN. No warfarin.
Education given by RN: dialysis pts are at risk for calciphylaxis - report any painful dark or
purple skin spot right away; never set an ice bag or a heated towel directly on bare skin;
keep phos down with binders.
Skin exam: intact, no lesions.
VS: BP 140/86, HR 78. BMI 28.8.
Pt verbalized understanding.
"""),
("2021-10-12", "Nephrology Rounds - Outside Dialysis Unit", """
NEPHROLOGY ROUNDS        12-Oct-2021
58M in custody, stable on HD, came over in the 0530 van with one officer. RN skin check,
scalp down to soles: no wounds, no purpura. No complaints except itching at night.
Chemistry: PTH 390; phos 5.4; Ca 9.0; albumin 3.9. Kt/V 1.4.
Diabetes on linagliptin, A1c 6.9, no insulin.
R arm AVF: strong thrill and bruit, no aneurysm. Feet looked at: pulses present, no ulcers.
Takes binders with meals at the officer-watched pill line. Gains 2-2.5 kg between runs.
Plan: unchanged; continue sevelamer.
Post-run weight 86.0kg; BMI 28.8.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
