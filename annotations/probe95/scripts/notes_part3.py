"""probe95 corpus notes, O15-O20 (hematology and anticoagulation clinic; all invented)."""

O15 = {"patient_id": "O15", "age": 75, "sex": "M", "notes": [
("2018-10-15", "Anticoagulation Clinic Visit", """
INR clinic. Mechanical AVR (2005), warfarin lifelong, goal 2.5-3.5.
Kidneys: CKD3b, Cr 1.9 / GFR 34, never dialysed. Non-diabetic.
INR 4.1 - took cipro for UTI last wk. Hold 1 dose, resume 6 mg.
Bruising: large bruise on the L outer thigh after bumping into his workbench vice on 10/9. Tender, no hematoma on palpation.
BMI 28.0.
"""),
("2018-11-05", "Hematology Clinic Note", """
Heme - painful L thigh.
Since ~10/25 the old bruise area on the L lateral thigh has turned into a painful mottled purple patch with a grey centre.
Exam: L lateral thigh 6x5cm retiform purpura, centre dusky, no ulcer yet.
DDx: possible calciphylaxis (warfarin, CKD) vs warfarin-induced skin necrosis (unlikely this late) vs evolving hematoma. Cannot exclude either without tissue.
Plan: derm bx offered - he declined for now ("let it settle"). Recheck 2 wk.
"""),
("2018-11-26", "Anticoagulation Telephone Encounter", """
Pt called to cancel heme f/u and INR visits: moving to his son's in Tucson, will establish with a new anticoag clinic there. Thigh "about the same". Still no biopsy - diagnosis remains uncertain (?calciphylaxis). Records faxed.
"""),
]}

O16 = {"patient_id": "O16", "age": 61, "sex": "F", "notes": [
("2021-02-22", "Anticoagulation Clinic Visit", """
COUMADIN CLINIC
Indication: recurrent PE + JAK2 V617F polycythemia vera (on hydroxyurea). Goal 2-3.
ESRD - HD TTS. No diabetes.
INR 2.3 on 5 mg/2.5 mg alternating.
Noted lacy purplish mottling across the lower abdomen, mildly tender, no ulcer. Says it's been there "a couple of months". Told to mention to heme.
BMI 29.9 (dietitian documents: overweight, not obese).
"""),
("2021-03-08", "Hematology Clinic Note", """
Heme f/u PV + VTE.
Hct 43 on hydroxyurea. Plt 410.
Abdomen: livedo reticularis across both lower quadrants with two 1-cm tender firm nodules, skin intact.
A: livedo w/ tender nodules in HD pt on warfarin - concern for early calciphylaxis; livedo from PV/hydroxyurea also possible.
Plan: derm to punch one of the nodules.
"""),
("2021-04-05", "Dermatology Note", """
Derm: punch (3/12) showed septal panniculitis; von Kossa stain without vessel calcium - nondiagnostic; sample may be too superficial.
Calciphylaxis not excluded. Offered a deeper incisional bx; she says no to more biopsies for now. Clinical watch, photos taken.
Nodules unchanged, no necrosis. Impression stays: possible early calciphylaxis vs hydroxyurea-related livedo.
"""),
]}

O17 = {"patient_id": "O17", "age": 52, "sex": "M", "notes": [
("2022-06-06", "Hematology Inpatient Consult", """
Heme consult - skin necrosis on heparin.
52M ESRD on PD, admitted w/ peritonitis, on SC heparin 5000 q8h since 5/30 into the abdomen.
Day 6: several painful dark purple plaques at the heparin injection sites on R and L lower abdomen, one with black center.
Plt 260 -> 190. 4T score 4 (intermediate). HIT ELISA sent.
DDx: heparin-induced skin necrosis; calciphylaxis; plain injection hematomas.
Plan: stop heparin, fondaparinux not for PD... use argatroban if HIT positive; SCDs meanwhile. Derm consult.
No diabetes. Warfarin never. BMI 31.6.
"""),
("2022-06-09", "Dermatology Inpatient Consult", """
Derm: lower abdominal plaques, stellate, with retiform edges.
HIT ELISA OD 0.62 (weakly positive), SRA pending.
Impression: heparin-induced skin necrosis favoured, calciphylaxis remains in the differential (PD, high phos). Punch bx not done: patient refused while inpatient. Will reassess as outpatient.
"""),
("2022-07-11", "Hematology Clinic Note", """
Heme f/u. SRA came back indeterminate. Abdominal lesions crusted and healing.
Pt transferred his nephrology care to the university; derm follow-up not attended, no biopsy ever obtained.
Final impression at our center: unresolved - heparin skin necrosis vs calciphylaxis, cannot say which.
"""),
]}

O18 = {"patient_id": "O18", "age": 44, "sex": "F", "notes": [
("2019-08-12", "Hematology Urgent Consult", """
Heme - urgent
44F with first unprovoked DVT L leg 8/6, started warfarin 10 mg x 3 then 5 mg WITHOUT LMWH overlap at outside UC.
Day 4 of warfarin: sudden painful dusky patches, thighs (both) and L breast, now purple-black with blistering.
PMH: obesity, BMI 36.1. Kidneys fine, creat 0.7. No DM.
Leading ddx warfarin-induced skin necrosis (textbook day-4 timing; ?protein C def) vs calciphylaxis vs HIT (no heparin given).
Plan: warfarin STOPPED, IV vit K 10mg, start heparin infusion, derm bx stat. Protein C/S activity + antigen (note: acute phase and VKA affect levels - repeat off therapy).
"""),
("2019-08-16", "Dermatology Consult Note", """
Derm: L thigh punch bx: fibrin thrombi throughout dermal + subcutaneous vessels, hemorrhagic necrosis; von Kossa shows NO vessel calcium.
Calciphylaxis is ruled out. Findings fit warfarin-induced skin necrosis.
Wound care to necrotic areas; surgery may need to debride the breast eschar.
"""),
("2019-11-18", "Thrombophilia Clinic Note", """
Thrombophilia f/u, off VKA 3 mo (on apixaban). Protein C activity 41% (low), antigen 45% - type I protein C deficiency confirmed on repeat. Brother to be tested.
Skin: healed with scars, L breast excision of eschar done 9/2019.
Plan: lifelong apixaban; if VKA is ever needed - full parenteral overlap mandatory.
BMI 35.4.
"""),
]}

O19 = {"patient_id": "O19", "age": 39, "sex": "M", "notes": [
("2020-01-27", "Thrombophilia Clinic Note", """
Thrombophilia consult after L popliteal DVT 12/2019 on a long-haul flight.
On warfarin, INR 2.4.
FHx: father DVT x2. Older brother (ESRD on dialysis) died 2017 with calciphylaxis of the legs; pt anxious it is "a family thing".
Pt: normal renal function, no DM, BMI 27.0. Skin exam normal - no livedo, no ulcers.
Panel (drawn pre-warfarin at ED): prothrombin G20210A heterozygous. FVL neg.
Reassured: calciphylaxis doesn't follow a simple inheritance pattern and he has no kidney disease.
"""),
("2020-04-20", "Anticoagulation Clinic Visit", """
Warfarin f/u, 3 mo completed. INR 2.7.
Provoked-ish event + PT mutation -> stop at 3 mo per shared decision; compression not needed.
Skin intact. Stopping warfarin today.
"""),
("2020-06-01", "Hematology Telephone Note", """
Called pt re D-dimer 1 mo off therapy: 0.31, normal. No new symptoms. Discharged to PCP w/ travel prophylaxis advice.
"""),
]}

O20 = {"patient_id": "O20", "age": 69, "sex": "F", "notes": [
("2025-01-13", "Anticoagulation Clinic - New Start", """
NEW WARFARIN START - education visit
69F, ESRD on HD (MWF) since 2021, new AF (CHA2DS2-VASc 6). Type 2 DM on insulin aspart + glargine. BMI 31.5.
Nephrology & cardiology chose warfarin (apixaban declined by pt's insurance).
Education given: diet/vit K consistency, bleeding signs, drug interactions.
Specifically counselled on calciphylaxis risk with warfarin in dialysis patients - if any painful skin lesion, dark patch or ulcer develops, call us the same day. Advised not to use heat packs or ice packs directly on the skin and to keep rotating insulin sites.
Skin check today: normal.
Start warfarin 3 mg daily, INR in 5 days.
"""),
("2025-03-10", "Anticoagulation Clinic Visit", """
INR log: 1/18 1.3 | 1/27 1.9 | 2/10 2.4 | 2/24 2.8 | 3/10 2.5
Stable on 4 mg daily. Minor bruise L forearm from a cupboard door, fading. No skin pain, no new lesions.
BMI 31.2.
"""),
]}

PATIENTS = [O15, O16, O17, O18, O19, O20]
