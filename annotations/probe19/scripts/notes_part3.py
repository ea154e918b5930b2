"""probe19 corpus notes, R15-R20 (international English letters and ward notes; all invented)."""

R15 = {"patient_id": "R15", "age": 69, "sex": "F", "notes": [
("2021-10-12", "GP Referral Letter", """
Tramore Road Medical Practice
12/10/2021

Dear Dr Lyons,

Re: Mrs Teresa Doyle, 69, on peritoneal dialysis (CAPD)

Teresa's type 2 diabetes is insulin-treated; she injects her Humalog Mix into the front of her left thigh, more or less always the same spot. For about a month there has been a hard, tender nodule there, now around 3 cm, with some purple discolouration on top but no break in the skin. She finds it very sore at night.

I'm not sure if this is simply lipohypertrophy or something more serious - the PD nurses raised the possibility of calciphylaxis. BMI 31.8. No warfarin.

Many thanks,
Dr Gerard Fahy
"""),
("2021-11-02", "Dermatology Clinic Note", """
Derm OPD 02/11/21 - Dr Lyons' clinic

69F CAPD, insulin-treated T2DM, ref GP
L ant thigh: 3x3cm firm tender nodule at insulin site, dusky violaceous overlying skin, no ulcer, no eschar. No other lesions.
DDx: lipohypertrophy w/ fat necrosis vs early calciphylaxis vs panniculitis
Punch bx 4mm done today from centre.
Advised to move insulin to abdomen and rotate.
"""),
("2022-01-18", "Renal Clinic Letter", """
Renal Outpatients - 18 January 2022

Dear Dr Fahy,

I reviewed Mrs Doyle today. The punch biopsy from the left thigh nodule showed only lobular panniculitis and some lipoatrophy - no vascular calcification was seen, but the pathologist commented that the sample was superficial and that calciphylaxis could not be excluded. Dermatology offered a deeper incisional biopsy, which she declined.

The nodule is a little smaller since she stopped injecting there, although still tender. So the question of calciphylaxis remains open. She is moving to Leeds next month to live with her daughter and her care will transfer to the renal unit there; I've written to them.

BMI 31.8. PD adequacy satisfactory.

Kind regards,
Dr Brid Lyons
"""),
]}

R16 = {"patient_id": "R16", "age": 63, "sex": "M", "notes": [
("2020-02-07", "Nephrology Ward Note", """
NEPHROLOGY WARD - Progress note 07/02/2020

Mr. Harish Chandra Joshi, 63/M, Bed 22
CKD 5D on MHD (twice weekly) x 3 yrs. Rheumatic heart disease, s/p mitral valve replacement (2012) on Tab. Acitrom (acenocoumarol) 2 mg, INR today 3.4. Non diabetic. BMI 24.

Day 2 of admission. c/o painful purple rash over both legs x 10 days, now a few black spots.
O/E: B/L lower legs - retiform purpura with 3-4 small necrotic areas, tender. No fever. Peripheral pulses felt.
Imp: r/o calciphylaxis vs small vessel vasculitis vs acenocoumarol-related necrosis
Plan: skin bx (derm), ANCA, C3/C4, cryoglobulins. Hold Acitrom? - d/w cardio.
"""),
("2020-02-10", "Dermatology Opinion", """
DERMATOLOGY OPINION - 10/02/20
B/L leg retiform purpura with necrosis seen.
Clinical D/D: calciphylaxis / vasculitis / coagulopathy related skin necrosis.
Plan for deep incisional biopsy on 12/02 after INR correction. Pt and relatives counselled.
"""),
("2020-02-12", "Discharge Summary (LAMA)", """
DISCHARGE AGAINST MEDICAL ADVICE

Name: Harish Chandra Joshi   63 M    DOA 05/02/2020   Date of leaving 12/02/2020

Provisional diagnosis: necrotic purpuric lesions B/L legs - ? calciphylaxis ? vasculitis (not confirmed); CKD 5D on MHD; RHD s/p MVR on acenocoumarol.

Pt's relatives requested discharge on the morning of planned skin biopsy, wishing to take him to their hometown. Risks explained in local language, including risk of progression and infection. Biopsy not done. ANCA negative, C3/C4 normal, cryoglobulins pending.

Advice: continue dialysis at nearest centre, INR monitoring, follow-up with reports. Relatives given copy of all investigations.
"""),
]}

R17 = {"patient_id": "R17", "age": 52, "sex": "F", "notes": [
("2025-03-04", "Ward Handover", """
ISBAR handover - Ward 5 Renal  04/03/25

S: Bed 12 - COLLINS-HARPER Jodie 52F, ?CUA L) breast
B: ESKD - HD Mon/Wed/Fri, AVF R) arm. T2DM on Trajenta (no insulin). Mech AVR on warfarin, INR 2.9. BMI 30.4.
A: painful purple patch L) breast lower outer quad x 5/7, now with dusky centre, ~4cm. Afebrile. ?CUA vs warfarin necrosis vs mastitis (unlikely, not lactating lol). Mammo/USG bookd.
R: derm to r/v, ?bx tomorrow. Analgesia: oxycodone PRN 5mg. Keep INR in range - do not stop without cardiology.
"""),
("2025-03-06", "Dermatology Consult", """
DERM CONSULT - 06/03/2025

52F with 6 day hx of a painful violaceous plaque L breast, no ulceration yet.
O/E: 4 x 3.5 cm retiform, indurated plaque L lower outer breast. No other lesions.
Imp: possible calciphylaxis; warfarin necrosis felt to be less likely as she has been on stable warfarin for years. Protein C/S pending.
Plan: punch bx - pt wants to wait until husband arrives, booked for Monday 10/3.
"""),
("2025-03-08", "Transfer Summary", """
INTERHOSPITAL TRANSFER SUMMARY - 08/03/2025
To: cardiothoracic unit, interstate (at patient and family request, to be near family + her valve surgeon)

Active issues:
1. Painful L breast plaque - query calciphylaxis, not biopsied here. Please arrange bx.
2. ESKD on HD MWF - last HD 07/03
3. Mechanical AVR on warfarin (INR 2.7)
4. T2DM - linagliptin
5. Obesity (BMI 30.4)

Mammogram/USG breast: no abscess, no mass. Protein C and S results to follow to receiving team.
"""),
]}

R18 = {"patient_id": "R18", "age": 71, "sex": "M", "notes": [
("2022-05-09", "Ward Round Note", """
Ward round - Dr Naidoo (Renal), 09/05/2022

Mr Pieter van Wyk, 71 M. HD Tue/Thu/Sat. Type 2 DM on insulin (Actraphane), PVD. BMI 27.
Angiogram via R femoral on 25/04 for rest pain R foot.
Now: painful mottled purple toes R foot, dusky 3rd + 4th toes with early black tips, livedo up to the ankle. Pulses: DP and PT faint but present.
?calciphylaxis vs cholesterol emboli post angio vs critical limb ischaemia
Plan: eosinophils, ESR, skin bx from the edge of livedo, vascular r/v. Not on warfarin.
"""),
("2022-05-16", "Dermatology Consult", """
Dermatology consultation - 16 May 2022

Punch biopsy from R lateral foot taken 11/05. Histology shows biconvex, needle-shaped clefts in arterioles of the deep dermis, typical of cholesterol crystal emboli. Calcium stain (Von Kossa) showed nothing.
Eosinophils 0.9 x10^9/L.
Conclusion: cholesterol embolisation syndrome following angiography. Calciphylaxis is excluded.
"""),
("2022-05-27", "Discharge Summary", """
DISCHARGE SUMMARY
Mr P. van Wyk, 71 years, Renal ward
Admitted 05/05/2022 - Discharged 27/05/2022

Final diagnosis: cholesterol embolisation to the right foot after angiography (biopsy-proven). Calciphylaxis was considered initially and ruled out on histology.
Other: ESKD on haemodialysis; type 2 diabetes on insulin; peripheral vascular disease; hypertension.

Management: high-dose statin, aspirin, analgesia. Dry gangrene of R 3rd toe tip, demarcating - vascular to review in clinic for possible amputation.
Insulin: Actraphane 16 u mane, 10 u nocte.
Follow-up: vascular surgery clinic 2 weeks; podiatry weekly.
"""),
]}

R19 = {"patient_id": "R19", "age": 45, "sex": "F", "notes": [
("2024-06-11", "GP Consultation", """
GP consult 11/06/2024 - Ms Fiona McKechnie 45F

Type 1 diabetic since age 9, on Tresiba + NovoRapid via pen (abdomen and thighs). CKD 3a (eGFR 52), ACR raised. BMI 22.0.
Came in very anxious: her brother died in April on haemodialysis after a long illness with calciphylaxis, and she wants to know whether the same will happen to her.
O/E: skin examined head to toe - no lesions, injection sites healthy, no lipohypertrophy.
Explained her kidneys are nowhere near needing dialysis. Reassured.
Plan: renal referral for advice on progression, ACE-i dose optimised, repeat U&E 3/12.
"""),
("2024-09-03", "Renal Clinic Letter", """
Renal Outpatients
3rd September 2024

Dear Dr Shaw,

Thank you for referring Ms McKechnie, 45, with type 1 diabetes and CKD stage 3a (eGFR 50). I understand her brother had calciphylaxis while on haemodialysis and sadly died earlier this year.

She has no skin problems at all and her calcium, phosphate and PTH are normal. Her risk of this condition is very low, and I don't think she needs any specific monitoring for it beyond good CKD care. She is not on warfarin. She asked about stopping injections into her thighs "just in case" - I've told her there is no need.

Yours sincerely,
Dr Hamish Rutherford, Consultant Nephrologist
"""),
]}

R20 = {"patient_id": "R20", "age": 64, "sex": "M", "notes": [
("2018-07-17", "Dialysis Education Note", """
Dialysis education - renal nurse educator, 17/07/2018

Mr Terry Kowalczyk, 64M, commenced HD 3/52 ago (Tues/Thurs/Sat) via L brachiocephalic AVF.
Background: T2DM on metformin (now stopped) - diet only for the moment; AF, warfarin started by cardiology last week; gout. BMI 29.6 - overweight.

Topics covered today:
- Fluid restriction and weighing
- Phosphate: low-phosphate diet handout, taking binders with food
- Skin: explained rare risk of calciphylaxis with dialysis + warfarin - what to look for (very painful lumps, purple mesh-like skin, black scabs), and to report any such changes straight away. Avoid heat packs and hot water bottles on the skin.
- Fistula care

Pt engaged, wife present. Skin check today: intact, no lesions.
"""),
("2018-09-25", "Nephrology Clinic Letter", """
Nephrology Clinic 25/09/2018

Dear Dr Castellano,

Terry is settling onto haemodialysis well. Dry weight 92 kg, BMI 29.6. His phosphate is 1.6 on calcium-free binder. He remains on warfarin for AF with an INR of 2-3. His diabetes is diet-controlled.

He was worried by the skin talk from our educator and asked whether the painful big toe he had last month was "the calcium thing" - it was clearly gout, which responded to prednisolone, and his skin is normal. If he ever developed tender purple areas we would want to see him quickly.

Kind regards,
Dr Anand Suresh, Nephrologist
"""),
("2018-12-11", "Dialysis Unit Review", """
HD unit 3-monthly review 11/12/18
64M, HD TTS. Warfarin (AF) INR 2.4. T2DM diet ctrl, HbA1c 6.8. Wt 91.6kg BMI 29.6.
Skin: feet checked - intact. No lesions anywhere. Fistula good thrill.
Bloods: Ca 2.31 PO4 1.5 PTH 31.
Plan: cont. same. Next review March.
"""),
]}

PATIENTS = [R15, R16, R17, R18, R19, R20]
