"""probe20 corpus notes, T15-T20 (clinic letters and ward notes from outside the US; all invented)."""

T15 = {"patient_id": "T15", "age": 57, "sex": "F", "notes": [
("2018-09-12", "Medicine OPD Note", """
General Medicine OPD - Unit III
12-09-2018
Smt. Lakshmi Devi, 57/F, Reg No. 18/44120
K/c/o DM x 15 yrs on Inj. Human Mixtard 24-0-18 U (self, into abdomen R of navel), ESRD on MHD twice weekly x 1 yr, HTN.
C/o painful hard swelling R side of umbilicus x 10 days, skin over it turned bluish-black since 3 days. No fever.
O/E: Ht 152 cm, Wt 67.7 kg, BMI 29.3. R periumbilical region - 3 x 3 cm firm tender nodule, overlying violaceous skin with 8 mm dark crust, at her usual insulin site. Multiple lipohypertrophic areas nearby.
Imp: ? Calciphylaxis ? Infected injection site / abscess ? Panniculitis
Plan: Derm opinion, USG abdominal wall, insulin site to be changed to thighs, CBC/CRP/Ca/PO4/PTH
"""),
("2018-09-15", "Dermatology Opinion", """
DERMATOLOGY OPINION   15/9/18
Pt seen in Medicine ward bed 22.
R periumbilical nodule at insulin injection site, 3.5 cm, central eschar, faint livedo at margin. USG: ill-defined subcutaneous oedema, no collection.
Ca 9.4  PO4 6.9  PTH 640
D/D: 1) calciphylaxis  2) panniculitis (lipoatrophy/lipohypertrophy related)  3) necrotic injection site reaction
Adv: deep incisional biopsy with von Kossa stain to confirm. Explained to pt and husband. Husband wishes to take second opinion at native place before any procedure.
"""),
("2018-09-18", "Discharge Against Medical Advice", """
DISCHARGE SUMMARY - DAMA
Name: Lakshmi Devi   57 F   DOA 14/09/2018   DOD 18/09/2018
Provisional diagnosis: ? Calciphylaxis of anterior abdominal wall (not confirmed); T2DM; ESRD on MHD
Patient's relatives requested discharge against medical advice to continue treatment at their native place (Nellore). Biopsy could not be done. Risks explained in local language; DAMA form signed by husband.
Advice on discharge: continue MHD twice weekly, insulin into thighs, sevelamer 800 mg TDS, daily dressing, review SOS.
"""),
]}

T16 = {"patient_id": "T16", "age": 83, "sex": "M", "notes": [
("2025-01-14", "GP House Call", """
House call - Ballinacurra
14/01/2025
Mr Padraig Heffernan, 83. Lives with daughter.
Christmas Eve, getting out of the car at Mass, he caught his left shin against the door. Small graze that was slow to heal and is now a deep, black-edged ulcer about 3 cm across, very painful at night.
Background: chronic kidney disease stage 5 (end-stage), chose conservative care, not for dialysis. AF on warfarin (INR 2.8 today on the CoaguChek). No diabetes. Peripheral vascular disease. Thin, BMI approx 21.
O/E: front of L shin - ulcer measuring 30 x 25 mm, black necrotic base, violaceous mottled edge. Foot cool, pedal pulses not felt.
Imp: ?arterial ulcer post trauma, ?calciphylaxis given ESKD + warfarin
Plan: referral to Dr Ahern (renal/geri liaison), district nurse for dressing, oxynorm PRN.
"""),
("2025-01-21", "Renal Liaison Clinic Letter", """
Renal and Older Persons' Liaison Clinic
21 January 2025

Dear Dr Quigley,

Re: Padraig Heffernan (83), conservative kidney management

Many thanks for referring Padraig. The left shin ulcer following his knock on Christmas Eve has the necrotic, livid appearance that raises the question of calciphylaxis, and his ESKD and warfarin would both fit. However, he has significant peripheral arterial disease (ABPI 0.5) and an ischaemic post-traumatic ulcer is at least as likely. A biopsy would be needed to tell them apart; Padraig and his daughter have decided against it and I think that is reasonable.

We agreed to treat the pain and the wound, and to change warfarin to apixaban. Calciphylaxis remains a possibility that we will not pursue further.

Kind regards,
Dr Eimear Ahern, Consultant Nephrologist
"""),
("2025-02-18", "Palliative Care Community Note", """
Community palliative care - home visit 18/02/25
83M, ESKD (conservative pathway), L shin ulcer - possible calciphylaxis vs ischaemic ulcer, never biopsied, not for investigation per pt wishes.
Pain better on fentanyl patch 12 mcg + oxynorm PRN. Ulcer unchanged in size, DN dressing 3x/wk.
Eating less. Daughter coping well. DNAR in place.
Review 2/52 or sooner PRN.
"""),
]}

T17 = {"patient_id": "T17", "age": 45, "sex": "F", "notes": [
("2019-05-20", "Haemodialysis Unit Note", """
Haemodialysis unit, Rietvlei Renal Centre   20/05/2019
Mrs Nomvula Dlamini, 45F, ESRD (lupus nephritis) on HD since 2017 via R arm AVF, chronically cold - always has a hot water bottle with her on the chair.
Dry weight 58 kg. Not diabetic. No anticoagulation.
Counselled re switching to CAPD for work reasons - keen. PD catheter insertion booked for September.
"""),
("2019-11-26", "PD Clinic Note", """
PD clinic  26/11/19
45F now on CAPD since Oct (switched from HD). Exit site healthy.
New c/o: painful mottled patch lower abdomen L of midline x 2/52 - she holds a hot water bottle there every evening "for the cramps".
o/e: L lower abdo - 6cm area of reticulate brown-red pigmentation with a central 2cm firm, tender purple plaque, no ulcer.
Ca 2.5 PO4 2.0 PTH 60
Imp: erythema ab igne vs early calciphylaxis ??
Plan: stop hot water bottle, derm referral, photo in file
"""),
("2019-12-10", "Dermatology Letter", """
Dermatology OPD, Rietvlei Academic Hospital   10 December 2019

Dear Dr Mokoena,

Thank you for referring Mrs Dlamini. The reticulate pigmentation on the left lower abdomen is typical erythema ab igne from her hot water bottle. Within it, the firm violaceous plaque is harder to explain: I cannot exclude early calciphylaxis in a PD patient, although a deep heat-related panniculitis is also possible. I have booked a deep incisional biopsy for 14 January 2020.

Yours sincerely,
Dr Thandeka Zulu, Dermatologist
"""),
("2020-01-20", "PD Nursing Telephone Note", """
PD unit - telephone note 20/01/2020
Pt phoned: has moved to Gqeberha for a new job, did not attend derm biopsy 14/1. Plaque "about the same, less sore" since stopping the hot water bottle. Still on CAPD, 4 exchanges, no problems.
Referral letter + PD records sent to Gqeberha renal unit. Suspected calciphylaxis still unconfirmed - new unit asked to arrange biopsy.
"""),
]}

T18 = {"patient_id": "T18", "age": 70, "sex": "M", "notes": [
("2021-04-12", "Renal Ward Round", """
Renal WR  12/4/21   Ward 32
70M HD (Tu/Th/Sa), AF on warfarin (restarted 3/52 ago after a break), non-diabetic
c/o very painful purple areas both thighs x 5/7
o/e bilat anterior thighs: large irregular purpuric plaques w/ haemorrhagic bullae, early central necrosis. No livedo.
INR 6.4 (!)  Ca 2.3  PO4 1.6  PTH 30
Imp: ?warfarin-induced skin necrosis vs ?calciphylaxis
Plan: withhold warfarin, vit K 2 mg IV, protein C level, derm bx urgent
"""),
("2021-04-20", "Dermatology Letter", """
Department of Dermatology, Fenwick General Hospital
20th April 2021

Dear Dr Ogunleye,

Re: Mr Keith ARMSTRONG, 70

The biopsy from the right thigh shows widespread venular thrombi in dermis and subcutis with haemorrhagic necrosis, but no vessel-wall calcium on either H&E or von Kossa. Together with the timing after warfarin was restarted and his low protein C, this is warfarin-induced skin necrosis. I am satisfied calciphylaxis is excluded.

Please do not restart warfarin.

Yours sincerely,
Dr Jennifer Ashworth, Consultant Dermatologist
"""),
("2021-05-03", "Discharge Summary", """
DISCHARGE SUMMARY - Fenwick General Hospital, Renal
Keith Armstrong, 70M, admitted 10/04/21, discharged 03/05/21
Final dx: warfarin skin necrosis, thighs bilat. Calciphylaxis was in the differential at first but biopsy ruled it out.
Anticoagulation: warfarin stopped permanently; apixaban 2.5 mg bd started.
HD continues at the Lowmoor satellite unit, Tue/Thu/Sat. Weight 79 kg, BMI 26.1.
Wounds: thigh ulcers granulating, dressings by district nurse 3x weekly.
"""),
]}

T19 = {"patient_id": "T19", "age": 50, "sex": "F", "notes": [
("2018-02-07", "PD Training Nursing Note", """
Home Dialysis Training - day 3
Karen Whitfield, 50. ESKD (diabetic nephropathy), Tenckhoff in since 18/1, starting CAPD at home next wk.
T1DM on NovoRapid + Lantus, injects abdomen and thighs. BMI 32.5.
Education today: exchanges, fluid balance, phosphate binders and why they matter.
Discussed skin care - explained that people on dialysis can very rarely get a painful skin condition called calciphylaxis, more so with diabetes and being overweight. Advised: rotate insulin sites, keep wheat bags and hottie bottles off bare skin, tell us straight away if any painful lumps or dark patches appear.
Skin check: intact all over, no lesions.
"""),
("2018-05-16", "Renal Clinic Letter", """
Renal Clinic, Coastal Regional Hospital
16 May 2018

Dear Dr Brennan,

Karen has settled well on CAPD since February. Her Kt/V is adequate and there have been no peritonitis episodes. Her diabetes is managed by the endocrine team; HbA1c 7.9%.

Her skin was reviewed today and is completely normal; there is no sign of calciphylaxis. We have reinforced the advice about avoiding heat on the skin. Her weight is 86 kg (BMI 31.8).

She is not on warfarin.

Yours sincerely,
Dr Michael Siu, Renal Advanced Trainee
"""),
]}

T20 = {"patient_id": "T20", "age": 38, "sex": "M", "notes": [
("2024-11-05", "GP Consultation", """
Parkhurst Family Practice, Johannesburg
05 Nov 2024
Mr Sipho Mahlangu, 38M
Type 1 diabetic since childhood, on insulin pens (abdomen). Kidney function normal - eGFR >90, UACR normal Sept. Not on any blood thinners.
Worried: his older brother, who was on dialysis, died last year of calciphylaxis and he read that it "runs in families". Also a small black spot on R ankle since a bite 4 days ago while gardening - thinks it was a spider.
O/E: R lateral ankle 6 mm necrotic centre with red halo, 2 cm, mild swelling. No lymphangitis.
BMI 24.1.
Reassured - calciphylaxis is a complication of kidney failure and he has none; the ankle is a bite reaction, likely sac spider.
Plan: clean, Fucidin, return if spreading. Annual renal screen as usual.
"""),
("2024-11-19", "GP Follow-up", """
F/u 19/11/24
R ankle bite lesion healing well, eschar lifting, no cellulitis.
Discussed brother's illness again - no features of calciphylaxis, kidneys normal.
Insulin doses unchanged, HbA1c 7.2.
"""),
]}

PATIENTS = [T15, T16, T17, T18, T19, T20]
