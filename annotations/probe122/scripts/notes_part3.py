"""probe122 corpus notes, F15-F20 (teaching-hospital admission H&Ps by students and interns; all invented)."""

F15 = {"patient_id": "F15", "age": 62, "sex": "F", "notes": [
("2018-09-10", "Admission H&P - MS3", """
MS3 H&P (Medicine Purple)  --  Ms. Georgiana Pettibone, 62F

CC: lump in R thigh that hurts "like a toothache"

HPI: 62F, ESRD (HD Mon/Wed/Fri, R arm AVF), T2DM on insulin (injects both anterior thighs - "the belly is too tender"), obesity, HTN, admitted for hyperkalemia (K6.9 after missing Friday HD) and, incidentally, a painful lump on the R front thigh. Per pt the lump appeared mid-August, in the spot she uses most for her Toujeo. It's about the size of a walnut, hard, and the skin over it is now pinkish-dusky. No black areas, no open skin. No fever.

PMH: ESRD 2/2 DM | T2DM on insulin | HTN | obesity | hx breast fibroadenoma
PSH: AVF, lap chole 2001
Meds: insulin glargine U-300 40u qd | insulin lispro 6u ac | sevelamer | calcitriol 0.25 | losartan (held) | nifedipine 30 | no anticoagulation, never warfarin
All: NKDA
Social: lives w/ grown daughter, cashier until 2017, never smoked, EtOH none
Family: father - amputations from sugar

ROS
 general: tired
 HEENT: negative
 CV: palpitations this AM
 pulm: none
 GI: N no V
 GU: anuric
 MSK: muscle weakness today
 skin: R thigh lump. no other lumps
 neuro: tingly hands
 psych: stressed
 endo: BG 300s

PE: T36.9 HR58 BP172/96 RR18 99%  Wt 104kg BMI 38.9
 R anterior thigh: 4 cm subcut nodule, firm + tender, w/ faint dusky-violet overlying skin, a few tiny needle marks on it. No eschar, no ulceration, no livedo. L anterior thigh: soft lipohypertrophy.

A/P:
 1. Hyperkalemia - emergent HD, resolved.
 2. R thigh nodule where she injects insulin, HD pt - ?early calciphylaxis, lipohypertrophy/insulin-associated panniculitis, abscess. Derm consult, consider bx. Change insulin to abdomen/arms.
"""),
("2018-09-11", "Dermatology Consult", """
Derm consult
62F HD, DM on insulin. R anterior thigh tender dusky nodule at primary insulin injection site since mid-Aug.
Exam: 4x3.5cm firm subcutaneous nodule, faint violaceous hue, no retiform purpura, no necrosis.
Imp: panniculitis at injection site; can't exclude early calciphylaxis. Ddx lipohypertrophy with inflammation.
Recs: deep incisional bx tomorrow AM. Avoid injections into the thighs.
"""),
("2018-09-12", "Progress Note / AMA Discharge - Intern", """
Intern note
Pt left against medical advice early today, before the scheduled derm biopsy (childcare issue). Risks discussed, capacity intact, she signed AMA form. She agreed to outpt derm appt but did not give a date.
Status of R thigh nodule at discharge: unchanged; dx still unclear - ?early calciphylaxis vs panniculitis from injections, no tissue obtained.
Follow-up call 9/20: pt did not attend derm clinic; no further info.
"""),
]}

F16 = {"patient_id": "F16", "age": 71, "sex": "M", "notes": [
("2025-12-29", "Intern Admission H&P", """
Admission H&P  PGY-1 (Dr. Ilse Marchetti)
Cornelius Oyelaran-Finch, 71M

CC: L ankle black spot after sprain

HPI: 71M w/ ESRD on PD (APD nightly) since 2022 from ADPKD, HTN, gout, who rolled his L ankle coming off a curb on 12/8 and then, per his wife, "iced it like crazy" - bags of ice directly on the outer L ankle many times daily for the following 2 wks. About a week ago a very painful dark purple patch appeared on the outer L ankle, right where the ice bags sat, now w/ a black center. Pain out of proportion. No fevers.

PMH: ADPKD -> ESRD on PD | HTN | gout | BPH | s/p L nephrectomy 2020 (space)
PSH: L nephrectomy, PD cath 2022, hernia repair
Meds: amlodipine 10, labetalol 200 BID, lanthanum 1000 TID, calcitriol 0.25 qd, allopurinol 100, tamsulosin. No anticoagulants, no insulin. No DM (A1c 5.3).
NKDA
Soc: retired civil engineer; lives w/ wife; quit pipe 30 yrs ago; 2 glasses wine/wk
Fam: mother + uncle ADPKD

ROS: Gen neg | HEENT neg | CV neg | Resp neg | GI mild fullness (PKD) | GU neg | MSK L ankle pain, swelling improving | Skin L ankle lesion | Neuro neg | Psych neg

PE: 36.6  70  150/86  14  98%  Wt 66kg  BMI 22.0
 L lateral malleolus region: 3.5x3cm violaceous, indurated patch, central eschar 1 cm, black; irregular livid border; mild residual swelling of ankle. R ankle normal.

A/P: 71M PD pt, necrotic patch right where ice was applied again and again after ankle sprain. r/o calciphylaxis; cold injury/frostbite; pressure from ankle brace (pt says he never wore one).
 - derm consult
 - xray ankle: no fx
 - stop ice
"""),
("2025-12-31", "Dermatology Consult", """
Derm consult
L lateral ankle necrotic patch after direct ice application for sprain (PD pt).
Bx 4 mm punch from border.
Imp: differential cold injury vs calciphylaxis; will follow path.
"""),
("2026-01-05", "Transfer Summary - Intern", """
Transfer summary
Path: superficial specimen; epidermal necrosis + dermal hemorrhage, no calcified vessels in this sample, subcutis not included - nondiagnostic for calciphylaxis. Derm recommended deeper incisional bx; pt and wife chose transfer to a hospital near their daughter in another state before it could be done.
Working dx at transfer: necrotic L ankle patch, cold injury vs calciphylaxis - unresolved.
Accepting: Dr. Fennimore, Lakeshore General. BMI 22.0.
"""),
]}

F17 = {"patient_id": "F17", "age": 83, "sex": "F", "notes": [
("2019-02-11", "Admission H&P - MS3", """
Student H&P
Pt: Mildred Oyelowo-Barnes, 83F. Historian: pt, her son on phone.

CC: shin ulcer getting worse

HPI: 83F w/ AF (warfarin for 8 yrs), HFpEF, HTN, hypothyroidism, normal kidney function, who presents from home w/ a worsening painful ulcer on the R shin. Son says her cat scratched her R shin "right after New Years" and the scratch "never closed", turned into a black sore w/ a purple halo over the next weeks. She's been putting Neosporin on it. INR has been labile. Pain 7/10.

PMH: AF | HFpEF | HTN | hypothyroid | OA | no diabetes | no kidney disease (Cr0.8, eGFR 70s)
Meds: warfarin 4mg qd | furosemide 20 | metoprolol 25 BID | levothyroxine 75 | acetaminophen
All: NKDA
Soc: widowed, lives alone w/ 2 cats, son checks daily. Never smoked. Sherry at Christmas.
Fam: noncontrib.

ROS: + fatigue, + R shin pain. - fever, - CP, - SOB at rest, - GI sx, - urinary sx, - other skin lesions, - focal weakness, - low mood.

PE: 36.5 88 irreg 128/66 18 95%  Wt 75kg  BMI 29.5
 R anterior shin: 3x2.5cm ulcer, black eschar, violaceous border that is stellate, tender. Mild pitting edema both legs.
Labs: INR4.2, Cr0.8, Ca9.1, PO4 3.4.

A/P: R shin necrotic ulcer at prior cat scratch in elderly woman on warfarin. Ddx: infected scratch/ecthyma, warfarin-related necrosis, possible non-uremic calciphylaxis (warfarin risk factor), venous ulcer.
 - hold warfarin (INR4.2)
 - wound care, doxycycline empiric
 - derm to consider bx
"""),
("2019-02-14", "Discharge Summary - Intern", """
D/C summary
Derm saw pt: possible non-uremic calciphylaxis vs warfarin-associated necrosis vs infected scratch. Bx offered; after a goals-of-care talk, pt and son declined bx and further workup; pt prefers comfort focus. Discharged home w/ hospice. No definite diagnosis.
Warfarin stopped (goals of care). BMI 29.5, not obese.
"""),
]}

F18 = {"patient_id": "F18", "age": 64, "sex": "M", "notes": [
("2022-11-07", "Intern Admission H&P", """
PGY1 H&P - Dr. Ferreira-Quist
64M Augustin Lemaire

CC: blue painful toes

HPI: 64M w/ ESRD on M/W/F dialysis + T2DM on insulin, CAD, who had a LHC through the R femoral on 10/25 w/ PCI to LAD. About 4 days later his toes on both feet turned blue-purple and painful, and a lacy purple rash spread up both feet and ankles. Two toes now have black tips. No fevers. Pt worried because his HD nurse said "calci-something".

PMH: ESRD (DM) | T2DM on insulin | CAD s/p PCI 10/2022 | HTN | HLD | obesity
Meds: insulin degludec 24u, aspart SS | ASA, ticagrelor | atorvastatin 80 | metoprolol | sevelamer | cinacalcet | no warfarin
All: iodinated contrast - pretreated
Soc: married, retired firefighter, ex-smoker, no EtOH
Fam: brother ESRD

ROS: Gen - malaise. Eyes/ENT - neg. CV - no angina since PCI. Resp - neg. GI - neg. GU - oliguric. MSK - foot pain. Skin - feet as HPI. Neuro - neg. Psych - neg.

PE: 37.0 84 142/80 16 97%  Wt 100kg BMI 31.0
 Both feet: livedo racemosa over dorsal feet + ankles; cyanotic 2nd + 3rd toes R, 4th toe L, with black dry tips. Pulses palpable (DP 2+ bilat).
Labs: eosinophils 11%, low C3, Ca9.2 PO4 5.5

A/P: bilateral toe ischemia + livedo after cath. ddx cholesterol embolization (favored: timing, eos, palpable pulses); ?calciphylaxis; vasculitis.
 - derm bx
"""),
("2022-11-09", "Dermatology Consult", """
Derm consult
Livedo racemosa feet bilat, necrotic toe tips, after femoral cath.
Bx (livedo edge, L dorsal foot): biconvex cholesterol clefts in small arterioles. No mural calcification, von Kossa neg.
Dx: cholesterol emboli syndrome. Calciphylaxis is ruled out.
"""),
("2022-11-14", "Progress Note - Intern", """
PN: cholesterol emboli, both feet - supportive care, statin cont, vascular following toes. No evidence of calciphylaxis on biopsy. DM on insulin, obese (BMI 31.0).
"""),
]}

F19 = {"patient_id": "F19", "age": 45, "sex": "F", "notes": [
("2021-06-21", "Admission H&P - MS3", """
MS3 Admission H&P
Pt: Yolanda Strickland-Mbeki, 45F

CC: red swollen L leg

HPI: 45F w/ T2DM (metformin + weekly semaglutide shots, no insulin), CKD stage 3a, obesity, HTN, presents w/ 3 days of spreading redness, warmth and swelling of the L lower leg after scraping the L shin on concrete steps last week. Fever 38.4 at home. Very anxious - her mother died on dialysis after getting "calciphylaxis", black sores all over her legs, and she wants to be sure this isn't that.

PMH: T2DM | CKD 3a (eGFR 52) | obesity | HTN | PCOS
Meds: metformin 500 BID (renally adjusted), semaglutide 1mg weekly SC, lisinopril 10, no warfarin
All: NKDA
Soc: lives w/ husband + 2 kids, school bus driver, never smoked, social EtOH
Fam: MOTHER - ESRD on HD, calciphylaxis (died 2015). Father - DM.

ROS: + fever, + L leg pain/redness. Neg HEENT, neg CP, neg SOB, GI neg, GU neg, neuro neg, mood anxious, no other skin changes.

PE: 38.2 104 138/84 18 98%  Wt 99kg BMI 35.0
 L lower leg: warm, tender, blanching erythema, ankle up to just under the knee, demarcated; 2 cm healing abrasion on anterior shin. No purpura / livedo / necrosis / ulcer.
Labs: WBC14.2, Cr1.3, Ca9.4, PO4 3.9.

A/P: L leg cellulitis after shin abrasion. Not on dialysis, normal Ca/PO4, no retiform purpura or necrosis - no features of calciphylaxis; reassured pt.
 - cefazolin IV
 - elevate, mark borders
"""),
("2021-06-23", "Progress Note - Intern", """
PN: cellulitis L leg improving on cefazolin, erythema receding from marked borders. Afebrile 36 h. Abrasion healing. Pt reassured again re: her mom's disease - she does not have calciphylaxis.
"""),
("2021-06-25", "Discharge Summary", """
D/C: L lower leg cellulitis, resolved enough for PO cephalexin x 5 days. CKD 3a stable (Cr1.2). T2DM - resume metformin + semaglutide. Obesity, BMI 35.0. F/u PCP 1 wk.
"""),
]}

F20 = {"patient_id": "F20", "age": 38, "sex": "M", "notes": [
("2023-08-14", "Intern Admission H&P", """
H&P PGY1
38M, Rashid Kowalczyk-Dean

CC: SOB, swelling

HPI: 38M w/ CKD 5 from IgA nephropathy (followed by nephro, not yet on dialysis), HTN, presents w/ 1 wk progressive dyspnea, orthopnea, leg edema, nausea, metallic taste. K6.1, BUN 140. Needs urgent HD initiation.

PMH: IgA nephropathy -> CKD 5 | HTN | no diabetes | no clotting history
Meds: amlodipine 10, carvedilol 25 BID, furosemide 80 BID, sodium bicarb, calcium carbonate as binder. Never on warfarin.
All: NKDA
Soc: software tester, lives w/ girlfriend, no tobacco, occasional beer, no drugs
Fam: no kidney disease

ROS: + SOB, + edema, + nausea, + pruritus. - fever, - CP, - hematuria, - rashes/skin sores.

PE: 36.9 96 178/104 22 93% RA  Wt 80kg BMI 24.9
 Skin: intact, no lesions, mild excoriations from itching on forearms. 3+ edema to knees.

A/P: CKD 5 w/ uremia + volume overload -> initiate HD - tunneled R IJ line (IR placing today). Start HD education.
"""),
("2023-08-16", "Nephrology Consult Follow-up", """
Renal
HD #2 done, 3 L UF. Feeling better.
Education today w/ pt + girlfriend: ESRD on HD now. Discussed long-term risks incl. calciphylaxis - if painful skin lesions or dark patches ever develop, tell the unit right away; nothing hot or frozen directly on skin (heating pads, ice packs); keep phos controlled; binder to be switched from calcium carbonate to sevelamer. No skin lesions currently.
"""),
("2023-08-19", "Discharge Summary - Intern", """
Discharge summary
New ESRD, HD initiated 8/14 via R IJ tunneled cath; outpt HD MWF arranged; AVF referral. Skin exam normal at d/c - no signs of calciphylaxis. BMI 24.9.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
