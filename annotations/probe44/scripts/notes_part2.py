"""probe44 corpus notes, D08-D14 (hospital discharge summaries, transfer letters, post-discharge clinic; all invented)."""

D08 = {"patient_id": "D08", "age": 49, "sex": "F", "notes": [
("2025-05-30", "Discharge Summary", """
RIVERBEND UNIVERSITY HOSPITAL -- Internal Medicine -- DISCHARGE SUMMARY
Name: Yolanda Petrakis-Amadi   49F   Adm 5/21/2025   D/C 5/30/2025
PCP: Dr. Sunniva Holt

Principal dx: calciphylaxis L upper inner thigh (histologically confirmed)
Other: ESRD, in-centre HD MWF (LN nephritis); T2DM on oral tx only; severe obesity (BMI 44.0); HTN

Presentation: Painful "bruise" on her inner L upper thigh since May 9th, turned black 1 wk before admission. She bought a high-compression shapewear garment (shorts style with a tight silicone-gripper band around each upper thigh) ahead of her niece's wedding and has had it on every day since Easter for the "support". The band has left deep grooves on both thighs; the lesion sits right in the groove on the left.

Hospital course:
*Calciphylaxis* - 7x4cm necrotic plaque, medial proximal L thigh, band-shaped, surrounded by livedo racemosa. R thigh groove: erythema only, no lesion. Incisional bx 5/23: calciphylaxis (medial calcification, intimal hyperplasia, thrombi). Derm consult recs (pasted from note): "Localization to the compression band is noteworthy - discontinue garment; loose clothing only. STS 25g IV at HD. Optimize Ca x P. Consider hyperbaric O2 if progression."
*ESRD* - HD continued MWF, 4 h. PTH 355. Calcium carbonate changed to sevelamer.
*T2DM* - sitagliptin 25mg continued. No insulin ever. A1c 7.1.
*Pain* - hydromorphone PO prn, gabapentin 100mg qHS.

Medication reconciliation:
 Started: sodium thiosulfate 25g IV qHD; sevelamer carbonate 800mg 2 tabs TID meals; gabapentin 100mg nightly; hydromorphone 1mg q6h PRN
 Stopped: calcium carbonate 500mg TID
 Changed: -
 Continued: sitagliptin 25mg daily; carvedilol 12.5mg BID; hydroxychloroquine 200mg daily

Pending: AFB/fungal tissue cultures.
Follow-up: Derm wound clinic 6/19; nephrology via dialysis unit; PCP 2-3 wks.
Patient instructions: no shapewear, girdles or tight bands on the legs.
"""),
("2025-06-19", "Dermatology Wound Clinic", """
Wound clinic (post-hospital)
49 yo F, HD pt, calciphylaxis of the medial L thigh at the shapewear band line, first noticed 5/9/25.
Garment discarded. Pain improved 8 -> 5.
Exam: eschar 6.5x3.8cm, dry, edges with early granulation; R thigh normal now.
Cultures final negative.
Plan: continue STS, calcium alginate to margins, ABD pad, loose shorts. RTC 3 weeks.
"""),
("2025-07-24", "Nephrology Clinic", """
Nephrology.  ESRD/HD, T2DM (non-insulin), calciphylaxis L thigh under treatment.
Wt down 3 kg, BMI 42.9.  PTH 290.  Phos 5.0.
Continue STS to 12 wk course. Weight mgmt referral. RTC 2 mo.
"""),
]}

D09 = {"patient_id": "D09", "age": 61, "sex": "M", "notes": [
("2020-09-03", "Transfer Letter", """
Lowmoor District Hospital
TRANSFER SUMMARY to Corwen Regional Renal Centre
Patient: Mr Aurelio Bankole-Strand, 61
Date: 03/09/2020 (transfer date 3 Sept 2020)

Dear Renal Registrar,
Thank you for taking Mr Bankole-Strand. He is on haemodialysis Tue/Thu/Sat via a right arm fistula, has insulin-dependent type 2 diabetes and obesity (BMI 29.8 - weight down from 112 kg last year, still on his problem list as obesity).
He presented on 30/08 with a 10-day history of an agonisingly painful purple-black patch on the outer left thigh, 8x6cm, with a stellate black centre and a mottled lacy border. He is emphatic that he only ever injects his insulin (NovoMix twice a day) into his RIGHT thigh - "never the left, I'm right-handed" - and on the right thigh there is nothing but a little lipohypertrophy. No falls, no heat, no knocks to the left leg.
Our dermatology service is by referral only, so no biopsy yet. Calciphylaxis is the working diagnosis.
Bloods: adj calcium 2.61, phosphate 2.4, PTH 78 pmol/L.
Enclosed: drug chart, bloods, photographs.
Kind regards,
Dr Wilhelmina Ogundipe, FY2 Medicine
"""),
("2020-09-17", "Discharge Summary", """
CORWEN REGIONAL RENAL CENTRE - DISCHARGE SUMMARY
61M. Admitted 03/09/2020, discharged 17/09/2020.
Diagnoses: 1) Calciphylaxis left lateral thigh - confirmed by skin biopsy 2) ESRD on HD 3) Insulin treated T2DM 4) Obesity

Hospital course:
Left thigh: deep incisional biopsy 05/09/20 - mural calcium within subcutaneous arterioles, thrombosed lumina, necrotic fat - diagnostic of calciphylaxis. Pain team input. IV sodium thiosulphate given on every dialysis day. Wound: dry eschar, no debridement planned. Right thigh (insulin site) examined daily: no lesions.
Bone mineral: PTH 78 -> cinacalcet; calcium-containing binder swapped to sevelamer; alfacalcidol held.
Diabetes: NovoMix 30 continued, still injected in R thigh, BMs 6-12.
Weight 97 kg, BMI 29.8.

Drug changes:
 - STOP: calcium acetate, alfacalcidol
 - START: sevelamer 2.4g TDS, cinacalcet 30mg OD, sodium thiosulfate 25g IV with HD, oramorph 2.5-5mg 4-hourly PRN
 - CONTINUE: NovoMix 30, bisoprolol, atorvastatin
Warfarin: never.
Results awaited: none.
Follow up: tissue viability nurse at dialysis; renal clinic 3 weeks.
"""),
("2020-10-08", "Renal Clinic Follow-up", """
Renal clinic, 3 wk post discharge.
Calciphylaxis L lateral thigh - eschar 7x5cm, stable, less tender. No new areas, R thigh clear.
Continues STS on HD. BMI 29.6. Cinacalcet up to 60mg.
"""),
]}

D10 = {"patient_id": "D10", "age": 80, "sex": "F", "notes": [
("2020-06-30", "Discharge Summary", """
Fairlawn General - DISCHARGE SUMMARY
Patient: Edith Szymanowska-Reyes, 80F   Admit 6/19/2020  Discharge 6/30/2020

Diagnoses: calciphylaxis R calf (bx proven); ESKD on HD MWF; paroxysmal AF on Coumadin; no DM.
History: Since the first week of June: a sore purple area behind the right calf, now with a black center. Pt and daughter deny that the leg was ever knocked, injected, heated or iced, and she has not fallen; she does not wear compression stockings.
Course:
- R posterior calf: 5x4cm retiform purpura w/ central eschar. Punch bx 6/22: calciphylaxis. Renal + derm: STS with HD started. Coumadin continued after long discussion (CHA2DS2-VASc 6, declines DOAC trial for cost), INR target 2.0.
- ESKD: HD continued. PTH 310.
- BMI 22.6.

Med changes: START sodium thiosulfate w/ HD; START tramadol 50mg bid prn. STOP calcitriol. CONTINUE Coumadin per INR, metoprolol, sevelamer.
Pending: none. F/u: wound clinic 2 wks, HD.
"""),
("2020-07-30", "Discharge Summary", """
Fairlawn General - DISCHARGE SUMMARY (readmission)
80F, ESKD/HD, known calciphylaxis of the R calf since June 2020.
Admit 7/20/2020 - Discharge 7/30/2020.
Reason: mechanical fall at home 7/19 - lost balance getting off the commode and hit her R calf, posteriorly, against the bathtub rim, directly on the existing calciphylaxis wound, which bled and enlarged; plus a right forearm skin tear.

Course:
- Fall: no fracture on films. Syncope w/u negative. PT: walker.
- R calf wound: now 7x5cm, fresh hematoma at the inferior edge, eschar partly avulsed. Wound care + gentle irrigation. Calciphylaxis ongoing; STS continued.
- Skin tear, R forearm - closed with steri-strips, healing.
- Anticoagulation: INR 3.4 on arrival -> warfarin held 2 doses, resumed at lower dose.
BMI 22.4.

| medication | status |
| warfarin | dose decreased, anticoag clinic to manage |
| STS 25g | continue at HD |
| tramadol | continue |
| walker | new DME |
Pending: none.  F/u PCP 1 wk, wound clinic.
"""),
("2020-08-20", "Wound Clinic Follow-up", """
Wound clinic - 80F, calciphylaxis R posterior calf (onset early June), re-injured in fall 7/19.
Wound 6.5x5cm, hematoma resorbing. No infection.
Forearm skin tear healed.
Plan: continue STS & dressings; fall precautions reviewed with daughter.
"""),
]}

D11 = {"patient_id": "D11", "age": 58, "sex": "M", "notes": [
("2021-11-05", "Discharge Summary", """
SUMMIT LAKE MEDICAL CENTER
Discharge Summary -- Nephrology
Pt: Ignatius Oyelowo-Brandt  58M  adm 10/28/21  dc 11/05/21

Final diagnoses
 1. Calciphylaxis of bilateral buttocks, biopsy confirmed
 2. ESRD, on APD (automated peritoneal dialysis) since 2019
 3. DM type 2, basal insulin (self-injects abdomen)
 4. Chronic low back pain - lumbar heat pad (electric) most nights since spring 2021
 5. Obesity, BMI 34.6

Course by problem
#Buttock lesions. Presented with 3 wks of painful dusky plaques over both buttocks, the L larger, becoming necrotic. Lumbar skin under the heat pad: no lesion, only a lacy brown erythema ab igne, not indurated, not ulcerated. Buttocks: L 8x6cm, R 5x4cm, stellate eschars with retiform purpura. Bx (L buttock) 10/30: calciphylaxis. STS given at infusion center post PD exchange, 3x/week. Offloading mattress ordered.
#ESRD/APD. Continued cycler. PTH 640 -> cinacalcet.
#DM2. Lantus 24 u in abdomen, unchanged.
#Back pain. Heating pad discouraged given skin changes; acetaminophen.

MED REC
  new      sodium thiosulfate 25g IV 3x/wk
  new      cinacalcet 30mg daily
  new      oxycodone 5mg q6h prn
  stopped  calcium carbonate
  same     insulin glargine 24 units qHS, sevelamer, losartan
  never    warfarin

Pending: none.
F/u: PD clinic next week; derm in 2 weeks.
"""),
("2021-11-22", "Transfer Letter to Rehabilitation", """
To: Admissions, Westbrook Inpatient Rehabilitation
From: Summit Lake Medical Center, Nephrology (readmitted 11/12 for pain control and deconditioning)
Re: Ignatius O-B, 58 M

Mr O-B has biopsy-proven calciphylaxis on both buttocks (onset mid-October 2021), ESRD on APD, insulin-requiring DM2 and obesity. He needs intensive PT after prolonged bed rest. Both buttock eschars are dry; he needs a low-air-loss mattress and must not sit for more than 30 min at a time.
Low back: erythema ab igne from his heating pad, intact skin, no lesion.
He will need his APD cycler set up on the unit (supplies being sent by Baxter) and STS 3x weekly.
Meds attached. BMI 34.1.
Thank you, Dr. Marisol Oyenuga-Kraft
"""),
("2021-12-16", "Post-discharge Nephrology Clinic", """
Neph clinic after rehab d/c.
Calciphylaxis both buttocks, improving: L eschar 7x5cm, R 4x3cm. Lower back skin unchanged, no ulcer.
APD adequate. Continue STS and cinacalcet. Heating pad no longer used.
"""),
]}

D12 = {"patient_id": "D12", "age": 63, "sex": "F", "notes": [
("2019-05-10", "Discharge Summary", """
DISCHARGE SUMMARY - Halvard Bay Hospital
Name: Rosalind Achterberg-Nwosu   63 F   Admission 04/26/2019   Discharge 05/10/2019
Diagnoses: calciphylaxis of the left lower pannus (biopsy proven); ESRD on HD; chronic AF, anticoagulated w/ warfarin; BMI 38.9 (morbid obesity); no diabetes

Hx: 2 weeks before admission she noticed a very tender, hard red-purple area on the underside of the L pannus, which darkened. She denies injections (no insulin, no heparin shots), no heating pads, no prior surgery or injury to the abdomen.

Hospital course
1) Calciphylaxis L lower abdominal pannus. On admission 9x7cm firm plaque, necrotic centre, retiform purpura around. After admission, nursing applied ice packs to the lesion for pain (4/27-4/29) until stopped by derm. Punch biopsy 4/28: calciphylaxis. Surgical debridement of necrotic tissue in OR 5/3, then negative pressure wound therapy (wound vac) applied 5/4, tape on surrounding skin. STS with HD started 4/29.
2) Warfarin: switched to apixaban 5/2 after discussion with cardiology (CHA2DS2-VASc score 4).
3) ESRD: HD continued; cinacalcet started for PTH 850.

Medication changes
- STOPPED: warfarin
- STARTED: apixaban 2.5mg BID; STS 25g IV w/ HD; cinacalcet 30mg; oxycodone 5mg q4h prn
- CONTINUED: sevelamer 1600 TID, diltiazem ER 180

Pending at discharge: OR tissue culture (final).
F/u: wound vac changes by SNF MWF; surgery clinic 2 wk; derm 3 wk.
"""),
("2019-05-11", "Transfer Letter to SNF", """
Interfacility transfer: Halvard Bay Hospital -> Maplecrest SNF
Resident: Rosalind A-N, 63F
Main issues: (1) calciphylaxis (bx-proven) of the L lower pannus, s/p OR debridement 5/3, wound vac at -125 mmHg continuous, change MWF; (2) ESRD on HD at Seaview Dialysis MWF 6 am chair; (3) AF - apixaban since 5/2 (warfarin d/c'd).
Wound: 10x8cm after debridement, red granular base, no slough.
Periwound: protect with skin prep under the drape; gentle tape removal.
Do NOT apply ice or heat to the wound.
Diet: renal, 1.2 L fluid restriction. BMI 38.9.
"""),
("2019-06-13", "Surgery Clinic Follow-up", """
Gen surg clinic, post-debridement check.
63F with calciphylaxis of the L pannus (onset ~mid-April 2019), vac since early May.
Wound 8.5x6.5cm, healthy granulation, no undermining. OR culture: no growth.
Plan: continue vac 2 more wks then transition to alginate. Off warfarin (apixaban).
"""),
]}

D13 = {"patient_id": "D13", "age": 52, "sex": "M", "notes": [
("2018-08-23", "Discharge Summary", """
Granite Falls Medical Center - DISCHARGE SUMMARY
Pt: Bartholomew Tsegaye-Lund   52 M   Admit 08/14/2018   Discharge 08/23/2018
Diagnoses:
 - Calciphylaxis, R anterolateral thigh - confirmed by punch biopsy
 - ESRD, HD Mon/Wed/Fri; T1DM managed with an insulin pump
 - BMI 26.0
History: 4 wks of a violaceous plaque on the front/outer right thigh, getting steadily more painful. Insulin is delivered via pump with the infusion cannula always in the abdomen (changed q3 days, rotated around the umbilicus); he has never injected into his legs. He denies heating pads, ice, tight straps, falls or bumps.
Course:
Calciphylaxis - 6x6cm plaque with 3 cm black eschar, R thigh. Bx 8/16 confirmed. STS 25g with HD. Pain mgmt w/ acetaminophen + hydromorphone. Abdomen (pump sites): small healed puncture marks, no lesions.
DVT prophylaxis: mechanical only this stay. Renal plans to start enoxaparin SC if he is readmitted - will be given in the arms, avoiding both thighs.
Counselling: explained that any new skin injury could become a further calciphylaxis site: avoid injections into the thighs, no heat or cold packs, avoid knocks.
ESRD: PTH 700 - cinacalcet.
Med rec: NEW - STS, cinacalcet 30mg, hydromorphone 0.5mg prn. CHANGED - pump basal reduced 10%. STOPPED - calcitriol. Never on warfarin.
Pending: none.  F/u: derm 3 wk, endocrine (pump) 1 mo.
"""),
("2018-09-13", "Dermatology Follow-up", """
Derm clinic.  52M T1DM on pump, HD, calciphylaxis R anterolateral thigh since mid-July 2018.
Eschar 5.5x5cm, dry. No new lesions. Pump sites on abdomen healthy.
Reinforced: no thigh injections; if he ever needs SC anticoagulation, use the arms.
RTC 4 wk.
"""),
("2018-11-01", "Dermatology Follow-up", """
Derm f/u - R thigh calciphylaxis slowly healing, eschar edges lifting. Pt denies any injury to the leg. Continue STS per renal. BMI 25.7.
"""),
]}

D14 = {"patient_id": "D14", "age": 74, "sex": "F", "notes": [
("2022-03-08", "Transfer Letter", """
Aldergrove Nursing Centre - Transfer to Hospital
Resident: Mrs Philippa Oduya-Lindgren, 74   Date: 08/03/2022 (8 March 2022)
Reason: new, extremely painful darkened areas on both thighs, worsening over 10 days.
Background: ESRD on haemodialysis Mon/Wed/Fri; type 2 diabetes, diet controlled; BMI 30 (obese); osteoporosis.
On 20 February she had a fall in the dining room and tore the skin of her left forearm (skin tear), which was steri-stripped and is healing. She also has a category 2 pressure injury over the sacrum from a long wait on a bedpan, being dressed.
The thigh patches are new and different: purple, net-like, with black centres, on the outer aspects of both thighs; no injections, heat, falls or pressure have involved the thighs.
Query calciphylaxis - please assess. Medication chart and wound charts attached.
Nurse-in-charge: Grainne Ahlstrom-Obi, RN
"""),
("2022-03-24", "Discharge Summary", """
RIVERSMEET HOSPITAL - DISCHARGE SUMMARY
74F, admitted 08/03/2022, discharged 24/03/2022.
Diagnoses:
 1. Calciphylaxis, bilateral lateral thighs - histologically proven
 2. ESRD, haemodialysis
 3. Type 2 DM (diet), obesity (BMI 30.0)
 4. Skin tear L forearm - healing, NOT calciphylaxis
 5. Sacral pressure ulcer, category 2 - not calciphylaxis either (biopsy not indicated, typical appearance)

Course:
Thighs: lateral L thigh 7x5cm, lateral R thigh 6x4cm necrotic plaques with retiform purpura. Biopsy of R thigh 10/03: calcified small vessels, thrombosis, fat necrosis. Derm recs pasted: "Classic calciphylaxis, proximal fatty distribution. No inciting local trauma identified. Skin tear and sacral ulcer have benign appearance and are unrelated." STS with HD.
Forearm: skin tear healed to a linear pink scar.
Sacrum: partial-thickness 2x1.5cm, clean; repositioning 2-hourly.
Renal: PTH 48 pmol/L; cinacalcet started.
Drug changes: started STS 25g IV with HD, cinacalcet 30mg, buprenorphine 5mcg/h patch (changed weekly, applied upper back). Stopped calcium carbonate. No anticoagulants; never on warfarin.
Pending: none. F/u: tissue viability, derm 4 wk.
"""),
("2022-04-21", "Dermatology Follow-up", """
Derm f/u. Calciphylaxis both lateral thighs, improving, eschars dry. Sacral pressure area healed. L forearm scar intact.
Continue STS. RTC 6 wk.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
