"""probe26 corpus notes, G01-G07 (Australia, NZ, India, Nigeria, Ireland; all invented)."""

G01 = {"patient_id": "G01", "age": 71, "sex": "F", "notes": [
("2020-09-14", "Admission Clerking", """
MEDICAL ADMISSION - Wattlebrook Base Hospital, Ward 4B
PC: painful black sore L side of tummy, SOB on exertion
HPC: 71F, ESKD 2' diabetic nephropathy, dialyses M-W-F at the Yarrabend satellite unit. c/o exquisitely painful lump L lower abdo first appearing 3 weeks ago, a red hard patch that went dusky and is now black centrally. Pt self-injects Lantus 30u nocte and states she has put every single dose into "the same bit on the left, below the belly button" since Australia Day this year, as the right side "bruises up". No fevers/rigors.
PMHx: T2DM (insulin), HTN, IHD - PCI 2016, obesity
Meds: Lantus as above, Novorapid w meals, Renagel, calcitriol, aspirin, atorvastatin. Never on Marevan.
O/E: alert, obs stable, afebrile. L lower abdomen: 6 x 4cm indurated violaceous plaque, 2cm central black eschar, livedoid margin. Exquisitely tender. R abdo wall NAD. Chest - few basal creps.
Wt 89kg, Ht 163cm, BMI 33.6
Ix: corr Ca 2.58 | phos 2.27 | PTH 88 pmol/L | CRP 41
Imp: ?calciphylaxis (injection-site). Differential nec soft tissue infxn - unlikely, no crepitus and pt well
Plan: derm r/v for punch bx, renal aware, wound care nurse, move insulin to R thigh, analgesia per renal dosing
"""),
("2020-09-17", "Ward Round Note", """
WR - Renal cons Dr Mbeki-Hart
S: pain 7/10 overnight despite Targin, slept poorly
O: L infraumbilical plaque unchanged, eschar dry. Bx site clean.
Histo back: medial calcification of small dermal/subcut arterioles, thrombosis, fat necrosis; consistent w/ calciphylaxis.
A: Calciphylaxis L infraumbilical abdo wall, histologically proven, right on her long-standing insulin spot
P:
1. Na thiosulfate 25 g IV at end of each HD
2. Stop calcitriol, switch to non-Ca binder
3. Insulin to R thigh ONLY, pt + daughter educated
4. Palliative care r/v re pain
"""),
("2020-09-29", "Discharge Letter", """
Dear Dr Carmody,
Your patient Mrs Nola Brightwell was an inpatient at Wattlebrook Base from 14/09/20 to 29/09/20.
Principal diagnosis: calciphylaxis (histologically confirmed) of the left lower abdomen
She had been injecting her glargine into one patch of skin left of the umbilicus since late January, and the necrotic plaque arose in that patch in late August. She was started on sodium thiosulphate with dialysis and her calcitriol was ceased. Her BMI on discharge is 33.1.
Follow up: renal OPD in a fortnight; wound clinic every week; GP please r/v analgesia.
Kind regards, Dr T. Vuong, RMO for Dr Mbeki-Hart
"""),
]}

G02 = {"patient_id": "G02", "age": 64, "sex": "M", "notes": [
("2023-05-03", "Renal Clinic Letter", """
Renal Outpatients, Kowhai Bay Hospital
Dear Dr Tane,
I reviewed Mr Hemi Ruatara (64) in clinic today. He has been on APD overnight for nearly three yrs with good clearances. No diabetes. Anticoagulated with Marevan for AF, INR 2-3, and his BMI today is 29.9 - overweight, which he is working on.
He reports that he has been icing his right knee (OA, awaiting ortho) with a frozen gel pack, 2-3 times a day, 20 mins at a time, since the Waitangi weekend. In mid-April a tender purple mark came up on the inner side of that same knee and it has turned into a hard plaque with a dark centre, about 3cm.
I'm worried this is calciphylaxis given warfarin + PD. Have asked derm to see him urgently. Told him to stop the ice on that knee.
Nga mihi, Dr S. Pillay, Nephrologist
"""),
("2023-05-11", "Ward Round Note", """
Gen Med WR day 2
Issues:
1. R medial knee necrotic plaque - derm bx 10/5: arteriolar calcification with intimal hyperplasia, thrombi, von Kossa +ve. = CALCIPHYLAXIS confirmed.
2. APD - cont, PD nurse reviewing
3. AF on warfarin - stop Marevan, switch to apixaban (renal dose)
4. Pain - fentanyl patch 12mcg, prn oxynorm
Plan: sodium thiosulfate via PD?? discuss w renal. Dressings. No more cold packs.
"""),
("2023-05-24", "Discharge Summary", """
DISCHARGE SUMMARY
Dx: calciphylaxis R knee (biopsy-proven), onset April 2023, on the knee he had iced daily since 06/02/2023
Comorbidities: ESKD on APD, AF (warfarin ceased this admission -> apixaban), OA knees, HTN
Wt 92 kg BMI 29.9
F/U renal CNS, derm clinic 4 wks
"""),
]}

G03 = {"patient_id": "G03", "age": 58, "sex": "F", "notes": [
("2022-11-20", "Nephrology OPD Note", """
Nephro OPD - Sahyadri Kidney Centre
58/F, K/c/o CKD5D MHD 2 sessions/week through a L radiocephalic fistula for 2 yrs. Diabetic (type 2) for ~15 yr, premixed insulin (Mixtard 30/70) 18-0-12 U, she takes it in both thighs.
C/o painful blackish wound over R side of waist since Diwali (24/10), started as a tender reddish-blue swelling.
On enquiry - wears saree, ties the petticoat naada very tight on the right side, every day, same place, has done this since she was a girl.
O/E: R flank at waistline - 5 x 2.5 cm linear necrotic ulcer with dark eschar, retiform purplish margin, following the line of the drawstring. Both thighs - lipohypertrophy, no ulcer.
Wt 64 kg Ht 154 cm BMI 27.0
Ix: Ca x P product raised, iPTH 612
Adv: derm opinion, wedge bx, loosen/ change petticoat, cinacalcet
"""),
("2022-11-28", "Dermatology Consult", """
DERM - ref from nephro
Pt seen with daughter-in-law. Hx as per nephro.
Linear eschar at R waist exactly along petticoat tie line. No similar lesion elsewhere.
Incisional bx done 22/11 - report: mural calcium in small subcut vessels, panniculitis, thrombosed lumina. Diagnosis: calciphylaxis (calcific uraemic arteriolopathy), Koebnerised to the drawstring pressure line.
Adv: elastic-waist petticoat, no tight ties; STS with dialysis; wound care.
"""),
("2023-01-09", "Nephrology OPD Note", """
F/u. On STS 25 g post HD. Pain better, eschar R flank separating at edges, granulation seen. Switched to elastic waist garment. Sugars ok on Mixtard. BMI 26.8.
Plan: cont, r/v 1 month
"""),
]}

G04 = {"patient_id": "G04", "age": 52, "sex": "M", "notes": [
("2021-08-26", "Surgical Outpatient Review", """
GOPD - Surgery, Ikenga Teaching Hospital
52M, seen 10 wks post open R inguinal herniorrhaphy (done here 14/06/2021). Background ESRD, on maintenance HD 2x/wk (self-funded), hypertensive, not diabetic.
Pt complains the scar "started to darken and pain him" in the first week of August. Now a hard, very tender dusky plaque along the medial half of the scar with a central black slough, 4 cm. No discharge, no fever.
Initial thought: wound infection - but looks atypical. Refer to medicine/derm. Meanwhile daily dressing at health centre.
Wt 98 kg, BMI 31.0
"""),
("2021-09-02", "Medical Ward Round", """
MWR (Prof Eze's team)
S: severe groin pain, cannot sleep, poor appetite
O: afebrile, BP 168/94. R inguinal region: necrotic plaque in the herniorrhaphy scar, surrounding livedo reticularis. L groin NAD.
Ix: serum Ca 2.7, PO4 2.4, PTH 1040 pg/ml. Plain film pelvis - vessel calcification.
A: ?calciphylaxis in surgical scar, secondary hyperparathyroidism
P: biopsy by derm, low Ca dialysate, stop CaCO3, analgesia
"""),
("2021-09-14", "Dermatology Consult", """
Derm consult - Dr Nwachukwu-Bello
Biopsy of R groin scar lesion (taken 06/09): vascular calcification of subcutaneous arterioles + thrombosis + necrosis of fat. Features diagnostic of calciphylaxis arising in a recent surgical incision.
Mx: sodium thiosulphate (sourcing through pharmacy), wound care, refer for parathyroidectomy discussion. Obese (BMI 31) - dietitian.
"""),
]}

G05 = {"patient_id": "G05", "age": 77, "sex": "F", "notes": [
("2019-05-02", "Admission Clerking", """
AMAU clerking - St Brigid's University Hospital
77F, ESRD, haemodialysing Tu/Th/Sa (Midlands Renal Unit). Referred by HD unit with non-healing L shin ulcer.
HPC: On St Patrick's Day she scraped her L shin against the sharp lower rim of her son's car door as she climbed out after Mass - small graze, healed within a week with a plaster. Then on Easter Monday she noticed a very sore purple patch in the same spot, which has since gone black and broken down.
PMHx: HTN, T2DM diet-controlled (HbA1c 49), PVD, AF - was on warfarin up to 2017, now on apixaban 2.5 bd
SHx: lives with husband, indep, ex-smoker
O/E: L anterior shin, mid third: ulcer 3.5cm by 3cm, black adherent eschar, violaceous stellate border, markedly tender. R leg: no ulcer. Peripheral pulses - DP faint bilat.
Wt 81 kg, BMI 30.0
Imp: ?calciphylaxis vs arterial ulcer
Plan: ABPI, derm r/v + bx, wound swab, renal team
"""),
("2019-05-06", "Ward Round Note", """
Renal WR
Bx (3/5) from L shin ulcer edge: subcut vessel calcification, thrombi, septal panniculitis. Diagnosis calciphylaxis. ABPI 0.9.
Plan - STS 3x/wk on HD, cinacalcet, stop alfacalcidol, TVN dressings, pain team
"""),
("2019-05-20", "Discharge Letter", """
Dear Dr Fitzgerald,
Mrs Bríd Coughlan was discharged today.
Diagnosis: calciphylaxis left shin, biopsy-confirmed. She had a minor injury to this shin on 17/03/2019 (car door); the lesion came up in that very place on 22/04/2019.
Other issues: ESRD on HD; T2DM on diet alone; AF on apixaban (previously warfarin).
BMI 30.0 at admission.
Plan: STS continues at dialysis; TVN weekly; renal OPD 4/52.
Yours sincerely, Dr Aoife Brennan, SHO Nephrology
"""),
]}

G06 = {"patient_id": "G06", "age": 60, "sex": "M", "notes": [
("2024-03-22", "Emergency Clerking", """
CHER - Adeyemi Specialist Hospital
60yo man, known ESRD on HD (twice wkly, Bola Renal Centre), T2DM on metformin was stopped - now on linagliptin, no insulin.
PC: painful black sore on the left buttock x 2 weeks.
HPC: has been taking IM injections (diclofenac "for back pain") from a chemist near his house, always into the left buttock, started early January this year, sometimes 3 a week. About 2 weeks ago a hard painful swelling developed at that injection spot, later turned dark and is now black in the middle.
O/E: ill looking, afebrile, pale. L buttock, upper outer quadrant - tender indurated plaque 7x5cm, central eschar, reticulate purpura at margins. R buttock normal.
BMI 26.1
Imp: ?injection abscess vs calciphylaxis vs necrotising fasciitis
Plan: surgical r/v, USS buttock, bloods, derm
"""),
("2024-03-25", "Ward Round Note", """
WR
USS: no collection. Surgeons: not for I&D.
Punch bx by derm 23/03 - awaiting.
Stopped all IM injections. Analgesia via oral route only.
"""),
("2024-04-02", "Dermatology Note", """
Derm
Histology: calcific deposits in medium/small subcutaneous vessels, luminal thrombi, fat necrosis. This is calciphylaxis, where he received repeated IM diclofenac into the L buttock since Jan 2024.
Counselled patient and wife - no further injections from chemists. Discussed cost of sodium thiosulphate.
"""),
]}

G07 = {"patient_id": "G07", "age": 66, "sex": "F", "notes": [
("2018-09-10", "Admission Clerking", """
Admission - Sth Perth Gen, Renal Ward
66F on CAPD since 2016 (ESKD - reflux nephropathy). T2DM on gliclazide. Warfarin (AF) - INR 2.8 on adm.
c/o 2 very painful dark patches across her low back.
She has had lumbar pain and since 12/07/2018 has slept with a wheat bag heated in the microwave across her lower back every night. First noticed the sore patches on 30/08/2018, both sides of the low back, right where the wheat bag lies.
O/E: L and R lumbar paraspinal skin: two symmetrical stellate purpuric plaques 4-5 cm with dusky centres, one with early eschar. Faint reticulate brown mottling between (?erythema ab igne). Exit site clean.
Ht 160 Wt 92 BMI 36
Imp: calciphylaxis likely, heat-induced site
Plan: derm bx, cease warfarin -> heparin, no wheat bag
"""),
("2018-09-12", "Ward Round Note", """
SOAP - renal
S: pain++, wants to go home
O: lesions L + R lower back, one eschar now. BSL 14-18 on gliclazide.
A: Calciphylaxis, bilateral lumbar - bx 11/09 confirms (calcified subcutaneous arterioles, thrombi). Poorly controlled DM.
P: STS in PD fluid trial per renal, start insulin (Optisulin 10u mane) - DE to teach, warfarin stopped.
"""),
("2018-09-25", "Discharge Summary", """
DISCHARGE SUMMARY
Calciphylaxis of the lower back bilaterally (bx proven). Trigger felt to be nightly heat from a wheat bag since mid-July.
New meds: Optisulin 12u mane (self-injecting into abdomen), sodium thiosulfate IP
Ceased: warfarin (now on enoxaparin renal dose), gliclazide
Wt 89.5 kg, BMI 34.8
F/U: renal 1/52, derm 3/52
"""),
]}

PATIENTS = [G01, G02, G03, G04, G05, G06, G07]
