"""probe64 corpus notes, O15-O20 (hospitalist H&Ps and discharge summaries; all invented)."""

O15 = {"patient_id": "O15", "age": 76, "sex": "F", "notes": [
("2021-03-22", "Hospitalist Admission H&P", """
Hospitalist H&P - 3/22/2021
76F, hemodialysis since 2018 via L AVF, insulin-using T2DM, HTN, CAD, admitted for K 6.8 after a missed session (snowstorm). EKG peaked T. Skin intact, no wounds per pt and daughter.
Home meds: glargine 18u qHS, lispro 4u w/ meals, sevelamer 800 TID, metoprolol 25 BID, aspirin 81, atorvastatin 20. Never on warfarin.
Wt 66kg, Ht 156cm, BMI 27.3.
Problem list: 1) hyperkalemia - Ca gluc, insulin/D50, urgent HD 2) ESRD 3) DM2 on insulin 4) HTN 5) CAD.
"""),
("2021-09-14", "Hospitalist Admission H&P", """
ADMISSION H&P - HOSPITAL MEDICINE     9/14/2021

CC: R thigh pain, weakness, FTT

HPI: 76F, HD-dependent ESRD, T2DM on insulin, CAD, progressive frailty over 6 months (lost 8kg). Daughter injects her glargine every night into the outer R thigh ("it's the only place with any fat left"). For the past 2 weeks there has been a tender, hard, purplish patch over the R lateral thigh in that area, now with a small dusky center; she is sleeping poorly because of the pain.
She has been saying for weeks she wants to stop dialysis.

Problem list:
1. Painful indurated purpuric plaque R lateral thigh at insulin site - possible calciphylaxis; ddx insulin-injection panniculitis, hematoma, early cellulitis
2. ESRD on HD
3. T2DM on insulin
4. Failure to thrive, wt 61kg, BMI 25.1
5. CAD, HTN
6. Goals of care

Meds: glargine 12u qHS, sevelamer 800 TID, metoprolol 25 BID, aspirin 81, atorvastatin 20.

Exam: frail, cachectic. R lateral thigh: 5x4cm firm violaceous plaque, faint reticulate edge, 8 mm dusky center, no ulceration, no fluctuance. L thigh, abdomen no lesions.

Plan: derm consult re: biopsy; palliative care consult for goals; insulin to abdomen; APAP + low dose hydromorphone.
"""),
("2021-09-20", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 9/14/2021 - Discharge 9/20/2021 to inpatient hospice (Cedar Grove)

Diagnoses:
- R lateral thigh purpuric plaque - calciphylaxis suspected, not confirmed (biopsy declined)
- ESRD; hemodialysis discontinued 9/17 per patient wishes
- T2DM on insulin
- Failure to thrive, BMI 24.9

Course:
Derm (Dr. Nakashima-Poole) saw her 9/15: appearance could fit early calciphylaxis at the insulin site, but insulin panniculitis or a deep hematoma is also possible; only a biopsy could settle it. After a family meeting the patient declined biopsy and STS and chose to stop HD. Comfort-focused care. Last HD 9/16.
The plaque did not ulcerate during the stay.

Discharge meds (hospice): hydromorphone 0.5mg SL q2h prn pain/dyspnea, lorazepam 0.5 q6h prn, glycopyrrolate prn, insulin stopped, all other meds stopped.
"""),
]}

O16 = {"patient_id": "O16", "age": 69, "sex": "M", "notes": [
("2018-10-02", "Hospitalist Admission H&P", """
Hospitalist Service Admission H&P
10/02/2018

CC: L thigh pain/discoloration

HPI: 69 yo M w/ advanced CKD (G4; last eGFR 19), not dialyzing (Dr. Peralta), mechanical... no - bioprosthetic MVR 2016 plus warfarin since 2016 for AF; obese; OSA. One week of a painful, dusky, net-like purple patch on the L anterolateral thigh, now with a small black center. Started warfarin dose increase 3 wks ago for subtherapeutic INR. Two days before it began he fell off a step stool and landed on his left side, bruising the L hip and thigh.

Problem list:
1. Painful retiform purpura with early necrosis L thigh - DDx: CUA; warfarin-induced skin necrosis; traumatic hematoma with necrosis of overlying skin. Cannot exclude either of the first two.
2. CKD 4 (diabetic? no - HTN nephrosclerosis)
3. AF, INR 3.4 on warfarin
4. Obesity, BMI 30.4
5. OSA on CPAP
6. HTN
7. Not diabetic

Meds: warfarin 6mg daily, metoprolol succ 100, furosemide 40 BID, calcitriol 0.25, calcium carbonate 500 TID, atorvastatin 20.

Exam: L anterolateral thigh: 9x7cm violaceous retiform patch with 1x1cm central black eschar; fading yellow-green bruise on the L hip. R thigh normal.

Plan: derm bx in AM, hold warfarin (INR 3.4), protein C level, stop Ca carbonate/calcitriol.
"""),
("2018-10-04", "Discharge Summary", """
DISCHARGE SUMMARY (AMA departure)
Admitted 10/2/2018   Left 10/4/2018 before biopsy

Working diagnosis: L thigh necrotic retiform purpura - possible calciphylaxis (CKD 4, warfarin, obesity) vs warfarin skin necrosis; neither confirmed.

Course: Derm saw pt 10/3, favored calciphylaxis but wanted a biopsy to be sure; scheduled for 10/4 AM. Pt left AMA at 07:30 10/4 to attend a family event; capacity intact, risks explained (including missed dx, infection, limb loss).
Warfarin held 10/2-10/3; INR 2.1 at departure. Advised to resume warfarin at lower dose 4mg and f/u coumadin clinic + derm clinic in 1 week for biopsy.

Meds on departure: warfarin 4mg (changed), metoprolol succ 100, furosemide 40 BID, atorvastatin 20. Calcium carbonate and calcitriol stopped.
"""),
("2019-02-11", "Hospitalist Admission H&P", """
H&P   2/11/2019   Hospital Medicine
69M CKD 4 (no dialysis), AF on warfarin, obesity (BMI 31.1), OSA - admitted with CAP (RLL), hypoxia 88% RA.
Skin: healed scar L anterolateral thigh. Per pt and chart, the thigh lesion from 10/2018 was never biopsied - he missed the derm appt - and healed over 3 months; "possible calciphylaxis" per the last derm note, never confirmed.
Problems: 1. CAP - ceftriaxone/azithro 2. AF - warfarin (INR 2.6) 3. CKD 4 4. obesity/OSA 5. HTN.
"""),
]}

O17 = {"patient_id": "O17", "age": 48, "sex": "F", "notes": [
("2025-03-04", "Hospitalist Admission H&P", """
Hospitalist Admission H&P
DOS 03/04/2025

CC: painful rash lower belly, poorly controlled sugars

HPI: 48F with type 1 DM (MDI), ESRD from diabetic nephropathy on CCPD since 2023, gastroparesis. Admitted w/ hyperglycemia and abdominal skin pain. She injects insulin all over the lower abdomen both sides. Over 3 weeks she developed a lacy purple network across the lower abdomen with 3 tender pea-sized nodules in the R lower quadrant. No ulceration. PD effluent clear.

Problem list
- Livedo racemosa + tender SC nodules, lower abdomen: ?early calciphylaxis (PD, DM, insulin injections) vs insulin lipohypertrophy/panniculitis vs livedo from cold
- ESRD on CCPD
- DM1, A1c 9.6
- gastroparesis
- hypothyroidism
- BMI 22.0

Meds: glargine 22u qHS, lispro 5-8u AC, calcium acetate 667 TID, levothyroxine 50, metoclopramide 5mg AC (renal dose), ondansetron prn. No anticoagulants.

Exam: Lower abdomen: violaceous reticulate pattern bilaterally infra-umbilical; 3 firm tender 1cm nodules RLQ; no necrosis. PD catheter exit L, clean.

Plan: derm punch bx of a nodule; insulin into the thighs meanwhile; stop calcium acetate.
"""),
("2025-03-09", "Discharge Summary", """
DISCHARGE SUMMARY  3/4/2025 - 3/9/2025

Diagnoses: (1) DM1 with hyperglycemia, (2) livedo racemosa and nodules of lower abdomen - calciphylaxis not excluded, (3) ESRD on CCPD, (4) gastroparesis

Course:
(2) Punch biopsy 3/5 of RLQ nodule: mixed septal and lobular panniculitis; vessels without calcification, von Kossa negative; derm comments the 4 mm punch was too superficial to exclude calciphylaxis and recommends a deeper incisional biopsy if nodules persist or ulcerate. Remains a possible early calciphylaxis. Calcium acetate changed to sevelamer.
(1) Glucose 120-260 on adjusted regimen.
(3) CCPD unchanged, renal aware of skin findings.

Med rec: glargine 24u qHS (changed), lispro 6-9u AC, sevelamer 800 TID (new), levothyroxine 50, metoclopramide 5 AC, ondansetron prn. Stopped: calcium acetate.
F/u derm 2-3 wks for deeper biopsy.
"""),
("2025-06-18", "Hospitalist Admission H&P", """
Hospitalist H&P 06/18/2025
48F DM1, ESRD on CCPD, gastroparesis - admitted with gastroparesis flare, intractable vomiting.
Abdominal skin: livedo faded, 1 small nodule R lower abd persists, non-tender. She declined the deeper biopsy in April; derm's last note: "possible early calciphylaxis vs panniculitis, unresolved". No ulcers.
Problems: gastroparesis flare - NPO, IV antiemetics, erythromycin trial; DM1 - basal insulin + correction; ESRD on PD; abdominal nodules, undiagnosed; hypothyroid. BMI 21.4.
"""),
]}

O18 = {"patient_id": "O18", "age": 72, "sex": "M", "notes": [
("2023-05-15", "Hospitalist Admission H&P", """
HOSPITALIST H&P  05/15/2023

CC: purple toes and shins

HPI: 72M, ESRD, HD TTS using a right IJ tunneled line, insulin-using T2DM, AF anticoagulated with warfarin, CAD with R femoral-access coronary angiography 4/27/23 (2 DES). Ten days ago he noticed purple mottling of both shins and feet, painful blue 2nd-4th toes L>R. Nephrologist concerned for calciphylaxis; sent in.
No fevers.

Problem list
1. Bilateral shin/foot livedo + blue toes - ?calciphylaxis vs atheroembolic disease after recent cath vs warfarin-related
2. ESRD on HD
3. T2DM on insulin (glargine 20, aspart SSI)
4. AF - warfarin, INR 2.2
5. CAD s/p PCI 4/2023 - ASA + clopidogrel
6. BMI 29.0 - overweight

Meds: warfarin 5mg, clopidogrel 75, aspirin 81, glargine 20u, aspart SSI, atorvastatin 80, metoprolol 50 BID, sevelamer 1600 TID.

Exam: livedo reticularis both shins and dorsal feet, blue toes 2-4 L, 2-3 R, cap refill slow; DP pulses palpable; no ulcers or necrosis. Eos 9%.

Plan: skin biopsy shin, CBC w/ diff, complement, UA; vascular consult.
"""),
("2023-05-24", "Discharge Summary", """
Discharge Summary (Hospital Medicine)  5/15/2023 - 5/24/2023

Final diagnosis: atheroembolic disease (cholesterol crystal emboli) following the April cath; calciphylaxis was ruled out.

Course:
L shin skin bx 5/16 showed needle-shaped clefts occluding small dermal arteries. Media not calcified, von Kossa stain negative, fat intact - derm/path exclude calciphylaxis. Eosinophilia 9% and low C3 support atheroemboli. Toes improved w/ statin, ASA; no new necrosis. Vascular: no intervention.
AF: warfarin continued (ongoing risk discussion re atheroemboli - cardiology prefers to continue).
DM2 on insulin: stable.
ESRD: HD TTS.

Discharge meds: warfarin 5mg, aspirin 81, clopidogrel 75, atorvastatin 80 (high intensity cont), glargine 20u, aspart SSI, metoprolol 50 BID, sevelamer 1600 TID. BMI 28.7.
"""),
("2023-08-29", "Hospitalist Admission H&P", """
Hospitalist H&P 8/29/2023
72M ESRD/HD, insulin T2DM, AF on warfarin, CAD, atheroembolic disease 5/2023 (biopsy; calciphylaxis excluded) - admitted with GI bleed (melena, Hgb 6.9, INR 3.8).
Feet: toes pink now, residual faint livedo.
Plan: hold warfarin, vit K 2.5mg PO, PRBC, PPI gtt, GI for EGD. Insulin glargine 14u while NPO.
BMI 28.4.
"""),
]}

O19 = {"patient_id": "O19", "age": 45, "sex": "F", "notes": [
("2018-12-03", "Hospitalist Admission H&P", """
Admission History and Physical - Hospitalist
12/3/2018

CC: abdominal pain, cloudy PD fluid

HPI: 45 yo F with ESKD due to FSGS on CAPD (since 2016), morbid obesity, HTN, admitted with PD peritonitis - cloudy effluent x1 day, WBC 2,400/uL, 90% PMN, diffuse abd tenderness.
Skin worries: an older brother, also on dialysis, died in 2017 of calciphylaxis ("his legs turned black"). She has had no skin lesions herself; she asks to be checked.

Problem list:
1. PD peritonitis - IP cefazolin/ceftaz per ISPD protocol after cx
2. ESKD (FSGS) on CAPD
3. Morbid obesity
4. HTN
5. Anxiety
6. Family hx: brother w/ calciphylaxis (deceased)
No diabetes. No anticoagulants.

Meds: lanthanum 1000 TID, cinacalcet 30, nifedipine ER 60, sertraline 100, epo.

Exam: obese, diffuse abdominal tenderness, no rebound. PD exit site clean. Full skin survey with pt's consent: skin clear - livedo, purpura, nodules and ulcers all absent.

Plan: as above; reassured; renal to review Ca/phos management given family concern.
"""),
("2018-12-08", "Discharge Summary", """
DISCHARGE SUMMARY   12/3/2018 - 12/8/2018

Principal diagnosis: CAPD peritonitis, MSSE (Staph epidermidis), resolving
Other: ESKD/FSGS on CAPD; morbid obesity; HTN; anxiety; family history of calciphylaxis (brother)

Course: IP cefazolin; effluent WBC 2,400 -> 60 by day 4. Continue IP cefazolin x 14 days total at home. Skin exam unremarkable all stay - no evidence of calciphylaxis. Renal reviewed: labs acceptable (phos 5.3; PTH 305; Ca 8.9) - acceptable; calcium-free binder continued.

Meds at discharge: cefazolin IP (new, through 12/17), lanthanum 1000 TID, cinacalcet 30, nifedipine ER 60, sertraline 100.
"""),
("2019-09-10", "Hospitalist Admission H&P", """
H&P 9/10/2019
45F ESKD on CAPD, morbid obesity, HTN, FHx calciphylaxis in brother. Admitted w/ exit-site infection + tunnel tenderness, purulent drainage.
Skin otherwise intact, no calciphylaxis.
Plan: IV vanc pending cx, US of tunnel, surgery re catheter removal/replacement, temporary HD if removed.
Problems: exit-site/tunnel infection; ESKD on CAPD; obesity; HTN; anxiety.
"""),
]}

O20 = {"patient_id": "O20", "age": 59, "sex": "M", "notes": [
("2025-07-07", "Hospitalist Admission H&P", """
HOSPITALIST ADMISSION H&P   7/7/2025

CC: SOB, leg swelling

HPI: 59M with advanced CKD - end-stage renal disease (CKD 5, eGFR 9) not yet on dialysis, AVF created 5/2025 still maturing - plus insulin-treated type 2 DM, HFpEF, AF on warfarin, obesity. 10 days of worsening dyspnea, orthopnea, 8kg weight gain.

Problems:
1. HFpEF, acute-on-chronic decompensation / volume overload - IV furosemide high dose; if refractory, urgent HD would be needed
2. ESRD (CKD 5), pre-dialysis
3. DM2 on insulin (glargine 40u, lispro 10u AC)
4. AF on warfarin (INR 2.5)
5. Obesity - BMI 34.2 (wt 108kg)
6. HTN
7. Gout

Meds: warfarin 5mg, glargine 40u, lispro 10u TID AC, furosemide 80 BID, metolazone prn, carvedilol 12.5 BID, calcium acetate 667 TID, allopurinol 100.

Exam: JVP 12cm, crackles bilat bases, 2+ pitting edema to knees. Skin: no lesions, no purpura, no ulcers.

A/P as above. Nephrology consulted.
"""),
("2025-07-15", "Discharge Summary", """
Discharge Summary 7/7/2025 - 7/15/2025

Dx: HFpEF exacerbation, resolved with IV diuresis; ESRD (CKD 5), pre-dialysis; insulin-treated DM2; AF; obesity.

Hospital course:
HF: diuresed 9 L on furosemide gtt + metolazone, did not need dialysis. Dry weight 101kg (BMI 33.0).
AF / anticoagulation: given that he will soon start dialysis, nephrology and cardiology advised switching from warfarin to apixaban because warfarin is linked to calciphylaxis in people on dialysis. Warfarin stopped 7/13; apixaban 5mg BID started once INR < 2.
CKD-MBD: calcium acetate switched to sevelamer for the same reason.
Counselled pt: if he ever develops painful dusky or blackened patches of skin, especially where he injects insulin, he must tell his team at once - could be calciphylaxis. Rotate insulin sites.
Plan for HD start when AVF mature (expected Sept).

Discharge meds: apixaban 5 BID (new), sevelamer 800 TID (new), torsemide 40 BID (new, replaces furosemide), glargine 36u, lispro 10u AC, carvedilol 12.5 BID, allopurinol 100. STOPPED: warfarin, calcium acetate, furosemide.
"""),
("2025-08-21", "Hospitalist Admission H&P", """
Hospitalist H&P 8/21/2025
59M ESRD (CKD 5), not on dialysis yet, insulin-treated T2DM, HFpEF, AF (on apixaban; prior warfarin), obesity. Admitted w/ hypoglycemia (BG 38) after reduced PO intake from uremic nausea.
Skin exam: intact, no lesions.
Problems: hypoglycemia - D10, glargine reduced to 24u; uremia - nephrology to expedite HD start (AVF still immature, may need a tunneled catheter); HFpEF - euvolemic; AF - apixaban; obesity BMI 32.6.
"""),
]}

PATIENTS = [O15, O16, O17, O18, O19, O20]
