"""probe44 corpus notes, D15-D20 (hospital discharge summaries, transfer letters, post-discharge clinic; all invented)."""

D15 = {"patient_id": "D15", "age": 68, "sex": "F", "notes": [
("2024-08-09", "Discharge Summary", """
EASTFIELD COMMUNITY HOSPITAL - DISCHARGE SUMMARY
Patient: Margarethe Olusanya-Pike   68F    Admitted 07/31/2024   Discharged 08/09/2024
Diagnoses:
 - Painful necrotic nodule, L lower abdomen - etiology uncertain; ddx: calciphylaxis / warfarin skin necrosis / panniculitis
 - ESRD, HD Tue-Thu-Sat
 - Type II DM, insulin-treated (injects L abdomen)
 - Mechanical mitral valve on warfarin
 - Obesity, BMI 32.5

Course:
Skin - 3 cm firm violaceous nodule with small central black crust at her usual insulin injection area, L lower abdomen, onset ~2 wks PTA. Derm: "worry for calciphylaxis with ESRD, warfarin and obesity in the background; cannot exclude warfarin necrosis or simple injection-site fat necrosis." Punch bx 8/2: dermal/subcutaneous fat necrosis, von Kossa did not show vessel calcification; nondiagnostic; derm recommends deeper incisional bx. Pt declined a second biopsy while inpatient. Insulin moved to the R thigh.
Anticoag - warfarin continued (mechanical valve), INR 2.8.
ESRD - HD continued.

MED REC
 Continue: warfarin (per clinic), glargine 22 u (now R thigh), lispro SS, sevelamer, metoprolol
 New: acetaminophen 1g TID; lidocaine patch
 Stopped: none
Pending: none
F/u: derm 2 wk to readdress biopsy; HD unit.
"""),
("2024-08-29", "Dermatology Follow-up", """
Derm clinic post discharge. 68F, HD, insulin DM, warfarin.
L lower abdominal nodule: 3.5 cm, crust unchanged, still tender. Possible calciphylaxis remains on the differential; discussed repeat deep biopsy to settle it - she again declines ("I've had enough needles").
Plan: empiric wound care; watchful waiting; renal aware.
"""),
("2024-10-17", "Nephrology Note - Transition to Hospice", """
Renal note. Pt has elected to withdraw from dialysis and enroll in home hospice after family meeting. Abdominal skin nodule (suspected but unproven calciphylaxis, never biopsy-confirmed) is dry and smaller. No further workup per pt wishes. BMI 31.8. Warfarin stopped as part of comfort care.
"""),
]}

D16 = {"patient_id": "D16", "age": 71, "sex": "M", "notes": [
("2019-02-21", "Transfer Letter", """
Pellworth Valley Hospital - Transfer Summary
To: Vascular Surgery, Cairnbrook University Hospital
Re: Osvaldo Thorkildsen-Mbeki, 71M
Dear Dr Aziz,
This gentleman with CKD G4 (eGFR 19; no dialysis) and PAD struck the front of his left lower leg against an open car door while climbing into the passenger seat on 1/28. That small graze is now an ulcer that has grown fast, hurts badly and has a black base, now 4x3cm on the L anterior lower leg, with a purplish net-like rim.
Ddx: ischemic ulcer given PAD vs r/o calciphylaxis vs traumatic ulcer with infection. ABI 0.54 on the left. No diabetes. BMI 28.4.
Please evaluate for revascularization and consider biopsy. Started doxycycline 2/19 for surrounding erythema.
Thank you - Dr L. Haverkamp-Osei, Hospitalist
"""),
("2019-03-07", "Discharge Summary", """
CAIRNBROOK UNIVERSITY HOSPITAL - Vascular Surgery Discharge Summary
71M, admitted 2/21/19 in transfer, discharged 3/7/19.
Diagnoses: L shin ulcer - ischemic vs possible calciphylaxis (not established); PAD s/p L SFA angioplasty 2/25/19; CKD 4.
Course:
- Angioplasty of L SFA with improved flow (post ABI 0.78).
- Ulcer: derm consulted, felt calciphylaxis "possible but less likely than ischemia"; biopsy deferred until after revascularization to avoid a non-healing biopsy wound; wedge biopsy booked as outpatient.
- Doxycycline completed. Cultures: MSSA light growth.
Med rec: STARTED clopidogrel 75, atorvastatin 80; CONTINUED aspirin 81, amlodipine; no anticoagulation.
Pending at discharge: outpatient biopsy (not yet done).
F/u: vascular 2 wk; derm biopsy clinic 3/14.
"""),
("2019-04-11", "Vascular Clinic Follow-up", """
Vascular clinic.
L shin ulcer slightly smaller (3.5x2.5cm). Pt did not attend derm biopsy appointment and does not want it rescheduled. So calciphylaxis remains unproven either way and stays in the ddx.
CKD 4, Cr stable. Continue DAPT. RTC 6 wk.
"""),
]}

D17 = {"patient_id": "D17", "age": 57, "sex": "F", "notes": [
("2018-12-14", "Discharge Summary", """
NORTHGATE GENERAL - DISCHARGE SUMMARY
Name: Beatrix Van Daalen-Okafor   57 F   Adm 12/04/2018   D/C 12/14/2018
Dx: tender, firm plaques spreading out from the PD catheter exit on the lower abdominal wall - favor calciphylaxis vs sclerosing panniculitis; ESRD - CAPD, four bags a day; obesity (BMI 35.0)
History: PD catheter placed in June 2018; plaques appeared in November on the skin around and below the exit site.
Course: Derm saw her - suspect early calciphylaxis; recommended biopsy, which the patient refused (fear of a non-healing wound near the catheter). PD team started empiric STS IP? - no, IV at dialysis day unit 3x/wk. Exit site culture negative.
Med rec: STARTED STS 25g IV TIW; sevelamer increased to 1600mg TID. STOPPED calcium carbonate. No diabetes, no insulin, not on warfarin.
Pending: none. Follow-up: PD nurse clinic 7 days, dermatology 1 month.
"""),
("2019-01-10", "Dermatology Follow-up", """
Derm f/u. Lower abdominal plaques softer, no ulceration yet. Still uncertain whether this is calciphylaxis - clinically suspicious, but histology never obtained. Pt again declines biopsy.
Continue empiric STS. RTC 6 wk.
"""),
("2019-02-21", "PD Clinic Note", """
PD clinic. Abdominal wall plaques largely resolved on empiric therapy. Working label remains "suspected calciphylaxis"; no tissue dx. CAPD adequate, Kt/V 1.8. Weight 92 kg, BMI 34.7.
"""),
]}

D18 = {"patient_id": "D18", "age": 69, "sex": "M", "notes": [
("2023-06-15", "Discharge Summary", """
LAKESHORE HEART & VASCULAR - DISCHARGE SUMMARY
Patient: Cornelius Agbaje-Holmqvist  69M   Adm 06/08/2023  D/C 06/15/2023
Dx: NSTEMI - LHC 6/9 (right femoral access), DES to RCA; ESRD (dialysis M-W-F); DM2, takes insulin (Tresiba 20 u); BMI 27.1
Course: Cath uneventful, R groin site without hematoma. Post-procedure day 4 he developed mottled purplish discoloration of both feet and toes with painful toe-tip darkening. Differential: calciphylaxis versus atheroemboli - derm consulted.
Med changes: STARTED ticagrelor 90 bid, aspirin 81, atorvastatin 80. CONTINUED degludec, sevelamer. No warfarin.
Pending: skin biopsy L 2nd toe/dorsal foot (obtained 6/14), eosinophil count repeat.
F/u: derm 1 wk for biopsy result; cardiology 2 wk.
"""),
("2023-06-22", "Dermatology Clinic", """
Derm - biopsy result visit.
Bx L dorsal foot 6/14: biconvex cholesterol clefts within small arterioles, vessel walls without calcium deposits (von Kossa neg). Dx: cholesterol embolization syndrome (atheroembolism) after cardiac catheterization. Calciphylaxis ruled out.
Toes: livedo fading, 2 small dry necrotic tips (L 2nd, R 4th). Refer to podiatry. Statin continued.
"""),
("2023-07-20", "Cardiology Follow-up", """
Cardiology clinic. 69M post NSTEMI/DES. Cholesterol emboli to feet, improving; calciphylaxis was excluded on biopsy. HD MWF. On insulin. Chest pain free. Continue DAPT 12 mo.
"""),
]}

D19 = {"patient_id": "D19", "age": 45, "sex": "F", "notes": [
("2022-09-02", "Discharge Summary", """
DISCHARGE SUMMARY - Westmere Hospital, Nephrology
Patient: Anneliese Kovalenko-Darko   45F   Adm 08/28/2022  D/C 09/02/2022
Dx: PD-associated peritonitis (Staph epidermidis), resolved; ESRD on CCPD due to IgA nephropathy; prediabetes (A1c 6.1, no medication); overweight, BMI 29.9
Family history noted: her father, who was a dialysis patient himself, died from calciphylaxis in 2015, which is why she asked about her skin; full skin exam normal, no lesions.
Course: IP vancomycin x 14 days total (to finish at home), effluent cleared by day 3. Catheter retained.
Med rec: STARTED IP vancomycin per protocol at home; CONTINUED calcitriol, sevelamer, losartan. No anticoagulation.
Pending: final effluent culture sensitivities.
F/u: PD unit 48 h, clinic 2 wk.
"""),
("2022-09-16", "PD Clinic Follow-up", """
PD clinic. Peritonitis treated, effluent clear. She remains worried because of her dad's calciphylaxis - skin exam again unremarkable, no ulcers or purpura.
A1c 6.0 (prediabetes, diet). BMI 29.7.
"""),
("2023-03-09", "Nephrology Clinic", """
Neph clinic. CCPD stable. No skin complaints. Father's history of calciphylaxis noted again; counselled on phosphate control.
"""),
]}

D20 = {"patient_id": "D20", "age": 62, "sex": "M", "notes": [
("2024-12-06", "Discharge Summary", """
MARSHVIEW MEDICAL CENTER - DISCHARGE SUMMARY
Pt: Leopold Anyanwu-Sørensen  62M   Adm 12/02/2024  D/C 12/06/2024
Dx: hyperkalemia (K 7.2) after missed HD; new-onset atrial fibrillation; ESRD with HD Tu/Th/Sa; DM2 requiring insulin; obesity (BMI 31.5)
Course: emergent HD x2, K normalized. AF rate controlled; CHA2DS2-VASc 4 -> warfarin started (apixaban not covered by his plan).
Skin exam: intact, no lesions.
Med rec: STARTED warfarin 3mg daily (INR goal 2-3), metoprolol tartrate 25 bid. CONTINUED insulin glargine 28 u, lispro SSI, sevelamer. STOPPED: none.
Patient education: warfarin plus dialysis carries a small risk of calciphylaxis; if a painful dark or purple skin patch appears, call the dialysis unit promptly. Keep rotating insulin sites.
Pending: TSH.
F/u: anticoag clinic 12/10; HD unit.
"""),
("2025-01-16", "Anticoagulation Clinic", """
Anticoag visit - INR 2.4, warfarin 3mg daily. No bleeding. Reviewed calciphylaxis warning signs - no skin changes reported or seen. TSH normal. Continue.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
