"""probe70 corpus notes, V15-V20 (transplant nephrology; all invented)."""

V15 = {"patient_id": "V15", "age": 53, "sex": "F", "notes": [
("2021-04-12", "Transplant Wait-list Update", """
Waitlist - 6 monthly check
53F, ESKD (DKD), CCPD since 2019, active on list since 2020, cPRA 31%.
DM2 on insulin - detemir 22 u bid; rotates within R side of abdomen only ("L side is where the PD tube comes out").
No warfarin. Wt 88.6 kg, BMI 32.4.
Skin: intact.
Labs: PTH 66, Ca 2.45, PO4 1.94.
Plan: stays active.
"""),
("2021-05-03", "Transplant Nephrology Clinic", """
Unscheduled - PD nurse concerned
Pt has a painful hard lump R abdomen at her insulin spot, noticed ~10 days ago, with faint purplish colour over it, no ulcer.
O: R para-umbilical: firm tender 2.5cm subcut nodule, skin over it faintly dusky, no eschar, no livedo. PD exit L - fine.
A: nodule at insulin site - ?early calciphylaxis vs fat necrosis / inflamed lipohypertrophy. Can't exclude CUA given PD, DM, high PO4.
P: stop injecting R abdomen (use thighs), photo-documentation, derm opinion. Bx discussed - pt declines for now (fears a wound that won't heal). Review 4 wks.
BMI 32.1.
"""),
("2021-08-16", "Transplant Wait-list Update", """
WAITLIST UPDATE
The R abdominal nodule settled by mid-June without treatment beyond site rotation; now a small soft scar-free area. Never biopsied - whether it was early calciphylaxis or simple fat necrosis remains uncertain. Derm happy to leave.
Pt remains active. BMI 31.9. Detemir now into thighs.
"""),
]}

V16 = {"patient_id": "V16", "age": 61, "sex": "M", "notes": [
("2021-02-08", "Post-Transplant Clinic", """
POST KIDNEY TRANSPLANT - annual + acute issue
61M, LDKT 2018 (wife donor); prior ESRD from IgA, HD 2015-2018. Cr 1.4, tac 5.2, MMF 500 bid.
Recurrent DVT -> on warfarin long-term (INR 2.4 today).
No diabetes.
New: 2 wks of a painful, slightly purple area L lateral thigh, no injury, no injections there.
O: L lateral thigh: tender, indurated 5x4cm plaque, faint violaceous hue, no ulcer/eschar, no livedo.
A: painful indurated plaque in transplant pt on warfarin - cannot exclude calciphylaxis (Ca 2.61, PTH 44 - persistent HPTH). Ddx panniculitis (erythema nodosum-like), warfarin-related necrosis (early), cellulitis.
P: derm punch bx; hold nothing for now.
BMI 28.0.
"""),
("2021-03-01", "Post-Transplant Clinic", """
F/u L thigh
Punch bx (2/12): mixed septal and lobular panniculitis; dermpath saw no calcified vessels and no thrombi in this small superficial sample, so nondiagnostic for calciphylaxis. Derm offered a deep incisional bx; pt declined.
Plaque now smaller, 3 x 3 cm, less tender. No ulceration.
A: r/o calciphylaxis vs panniculitis - still unresolved.
P: watch, repeat exam 3 mo. Cont warfarin. BMI 28.0.
"""),
("2021-06-14", "Letter to Referring Nephrologist", """
Dear Dr Papadakis,
Mr Leopold Amankwah-Strand's left thigh plaque has resolved completely. He did not have a deep biopsy, so we never established whether it was calciphylaxis or a panniculitis. Graft function is stable (creatinine 1.4) and he continues warfarin.
Regards,
Dr Noor Vasquez-Lindberg
"""),
]}

V17 = {"patient_id": "V17", "age": 72, "sex": "F", "notes": [
("2024-03-04", "Kidney Transplant Evaluation", """
PRE-EMPTIVE TRANSPLANT EVALUATION
72F, CKD stage 4 (eGFR 17, Cr 2.7) from DKD, not on dialysis, referred early for pre-emptive listing (eligible once eGFR <= 20).
DM2 on gliclazide + diet, no insulin. Non-valvular AF, takes warfarin (INR range 2-3) - prefers it to a DOAC.
Weight 81kg, height 164.3cm; BMI 30.0.
Frailty: uses a stick outdoors.
Skin: old scar R ankle (childhood burn). No ulcers.
Plan: cardiology, frailty assessment, discuss living donor options (son).
"""),
("2024-04-22", "Transplant Nephrology Clinic", """
Clinic - CKD4, pre-emptive w/u
Painful ulcer R lateral ankle for ~3 wks. She bumped that ankle on the bed frame around the start of April, small skin tear, which has turned into a painful black-based ulcer with purple border.
O: R lat ankle over malleolus: 2.5cm black-sloughed ulcer, dusky violaceous rim; DP weak, PT absent on R.
A: ulcer at site of minor trauma on warfarin, diabetic, CKD 4 - arterial ulcer vs calciphylaxis (uncommon pre-dialysis but possible) vs traumatic ulcer.
P: arterial duplex, vascular surgery, consider bx after vascular review. BMI 30.0.
"""),
("2024-05-13", "Transplant Coordinator Telephone Encounter", """
Pt's son called: his mother now lives with his sister in Arizona and will transfer her CKD and transplant care there. Duplex not done here; the ankle ulcer was never biopsied - calciphylaxis vs arterial ulcer not settled.
Records release signed; evaluation closed at our centre.
"""),
]}

V18 = {"patient_id": "V18", "age": 65, "sex": "M", "notes": [
("2023-06-19", "Transplant Wait-list Update", """
Waiting list f/u
65M, ESKD from DKD + renovascular dz, HD MWF (L AVF), active on list since 2021.
DM2 on insulin (Humalog mix 25 u bid).
CAD - stress test equivocal, cath planned for list requirements.
No anticoagulation, aspirin only.
BMI 29.1.
"""),
("2023-09-26", "Transplant Nephrology Clinic", """
TRANSPLANT CLINIC
Cardiac cath on 9/5 (R femoral access) - 2-vessel CAD, no PCI. Approx 10 d later both feet became painful with purple mottled toes and livedo on the soles, small black spots on several toe tips.
O: bilat feet: livedo reticularis, cyanotic toes - left 2nd & 3rd, right 4th, pinpoint necrosis at tips; pedal pulses present. Eosinophils 0.9, Cr n/a (HD).
A: post-cath purple toes - cholesterol emboli favoured; ?calciphylaxis in ddx given HD + DM.
P: derm bx, hold list.
"""),
("2023-10-17", "Letter to Referring Nephrologist", """
Dear Dr Lachance,
Re: Mr Cornelius Abara-Whitfield

Biopsy of the right 4th toe skin showed cholesterol clefts within small arteries and no vessel calcification. This is cholesterol embolisation after his catheterisation; calciphylaxis has been excluded. He remains on the list while cardiology reviews.
BMI 29.3.
Regards,
Dr Solveig Adeyinka
"""),
]}

V19 = {"patient_id": "V19", "age": 41, "sex": "F", "notes": [
("2025-03-10", "Living Donor Evaluation", """
LIVING KIDNEY DONOR EVALUATION
41 yo woman, potential donor for her brother (our recipient, on HD, who has had calciphylaxis of the thighs - now healed).
She has normal kidney function: eGFR 98, ACR 0.6, normal urinalysis, 2 kidneys of normal size on CT.
No diabetes - A1c 5.4, OGTT normal. BP 124/78. No meds. Never taken warfarin.
Wt 86.5 kg Ht 168 cm, BMI 30.6 - obese class I; within our donor limit (<=35) but counselled re weight.
Skin: healing cat scratch on L hand dorsum, otherwise normal.
She asked whether she could get calciphylaxis herself - explained that it is a disease of advanced kidney failure and her kidneys are normal.
Plan: psych, ILDA, CT angio done, crossmatch.
"""),
("2025-04-07", "Living Donor Selection Committee Summary", """
Donor: 41F, sibling donor. Approved.
Renal function normal, no DM, no HTN. BMI 30.6 (obesity class I) - acceptable.
Recipient's calciphylaxis history noted, not relevant to donor suitability.
Surgery pencilled for June.
"""),
("2025-08-18", "Living Donor Post-Donation Clinic", """
Post-donation review, 9 wks after her laparoscopic L donor nephrectomy (12 June 2025).
Port sites and Pfannenstiel extraction wound healed nicely. Creat 1.1 (pre-donation 0.7), eGFR 61 - expected with a solitary kidney.
BP 128/80, uACR normal. Weight up 1.5 kg since surgery, BMI 31.1; we talked through diet and activity since excess weight adds to long-term risk after donation.
Her brother's graft is doing well per the recipient team.
Plan: annual donor follow-up per registry rules.
"""),
]}

V20 = {"patient_id": "V20", "age": 50, "sex": "M", "notes": [
("2018-05-14", "Kidney Transplant Evaluation", """
KIDNEY TRANSPLANT EVALUATION
50M, ESRD, diabetic nephropathy; HD from 2016, Tu/Th/Sa, R AVF.
DM1? - no, DM2 since age 31, on insulin (glargine + aspart), injects abdomen.
Not anticoagulated.
Ht 180 cm, Wt 110 kg, BMI 34.0 - obese.
Skin: no ulcers, no lesions.
Mineral bone: PO4 2.3, PTH 88, on calcium carbonate.
Counselling: explained risk factors for calciphylaxis (dialysis, diabetes, obesity, calcium-based binders, warfarin). If he develops painful skin lesions he should tell his unit straight away. Advised to rotate insulin sites and avoid heating pads. If anticoagulation is ever needed, apixaban preferred over warfarin.
Plan: switch binder to sevelamer. Cardiac w/u.
"""),
("2018-09-10", "Transplant Wait-list Update", """
Listed 8/2018. Skin exam normal. No calciphylaxis. BMI 33.6. On insulin. Not on warfarin.
"""),
("2019-03-18", "Transplant Wait-list Update", """
Active. PTH 61 on sevelamer + cinacalcet. Skin intact, no lesions. BMI 33.2.
"""),
]}

PATIENTS = [V15, V16, V17, V18, V19, V20]
