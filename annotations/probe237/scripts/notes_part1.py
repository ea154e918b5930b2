"""probe237 corpus notes, Q01-Q07 (Singapore, Hong Kong and Malaysian hospital notes; all invented)."""

Q01 = {"patient_id": "Q01", "age": 62, "sex": "M", "notes": [
("2022-01-11", "Diabetes Nurse Educator Note", """
DNE CONSULT - Merbau General Hospital, Diabetes Centre
Date: 2022-01-11
Referred by Endo SOC for insulin initiation. 62M, T2DM x 15 yrs, ESRD on HD via L BCF
(Tue/Thu/Sat at Seraya Dialysis Centre). HbA1c 9.4% on linagliptin alone.
Started Insulatard 10u ON today 11/01/2022 as per Dr Tay.
Education given: pen device, 4mm needle, priming 2u, hypo sx and Mx (3 sweets or 150ml
juice, recheck CBG 15 min).
Injection sites: pt chose the front of both thighs - says "tummy got no fat, jab there
very pain". Taught to rotate within the thigh area, 1 finger-breadth between jabs.
Return demo x 2, competent. Wife also shown.
Ht 165cm / Wt 71.5kg / BMI 26.1. No anticoagulants. NKDA.
Plan: CBG BD, self-titrate +2u every 3 days if FBG > 8. TCA DNE 2/52 by phone.
"""),
("2022-05-20", "Renal Ward Round", """
RENAL WR (Cons Dr Ong / Reg Dr Farid)  Ward 56, bed 12
62M ESRD on HD, T2DM on Insulatard (self-injects into thighs since Jan), HTN, IHD.
Admitted last night via ED.
c/o dark painful patch over front of L thigh x 2/52, pain 8/10, cannot sleep. No fever. No fall.
o/e afebrile, BP 152/80, HR 88
L anterior thigh: violaceous plaque ~8x6cm, stellate edge, central black eschar,
exquisitely tender. Lies within the area he uses for his insulin.
R thigh: few faint needle marks, no lesion. Abdo, buttocks: clear.
Wt 74 kg.
Ix: cCa/PO4 2.58/2.31, iPTH 112 pmol/L, ALP 180, CRP 46
Imp: ?calcific uraemic arteriolopathy L thigh. DDx cellulitis with necrosis, vasculitis
Mx:
1. Derm r/v + deep incisional skin bx (not punch)
2. Stop CaCO3, start Renvela 800mg TDS
3. PRN oxycodone, pain team to see
4. KIV sodium thiosulphate after bx
"""),
("2022-05-27", "Dermatology Inpatient Review", """
DERM INPATIENT R/V - Ward 56
Bx 23/05/22 (L ant thigh, incisional): subcut small vessels with medial
calcification, intimal hyperplasia, intraluminal thrombi, extravascular Ca deposits; von Kossa +.
Dx: Calciphylaxis, L anterior thigh - arising at his insulin injection site.
Onset early May 2022 per pt (pain first, then colour change).
Mx
- thiosulphate (STS) 25g in the 4th hr of each HD, 3x/wk - renal to order
- Insulin: do not inject into thighs any more; move to abdomen and rotate
  (DNE informed)
- Wound: Intrasite gel + Mepilex Border, change alt days
- Pain: cont PRN oxycodone, add gabapentin 100mg post-HD
TCA Derm SOC 4/52 with wound photos. Discussed with renal reg.
"""),
]}

Q02 = {"patient_id": "Q02", "age": 70, "sex": "F", "notes": [
("2023-03-14", "Renal SOPC", """
RENAL SOPC - Lok Wan Hospital
F/70. CAPD since 2019, ESRF 2' chronic GN. Not diabetic. HT.
Hx L leg DVT 2010, on Marevan until 2015, stopped after UGIB. No anticoag since.
c/o tiredness, SOBOE 1 flight of stairs.
PD: 2L x 4 exchanges/day, UF 600-800ml. ES clean, no crust.
BP 138/76. Wt 52.1 kg, BMI 22.4.
Ix: Hb 8.2, ferritin 410, TSAT 28%, Ca 2.42, PO4 1.9, iPTH 64.
Imp: anaemia of CKD, iron replete
Mx:
- Start Eprex 4000 u SC weekly from today 14/3/2023
- FDH taught by PD nurse to give it; site chosen = outer aspect of R upper arm
  (pt refuses abdomen, "PD tube there")
- cont CaCO3 1g TDS, Rocaltrol 0.25mcg daily
TCA 8/52 with blood
"""),
("2023-08-22", "PD Nurse Clinic", """
PD NURSE CLINIC
Pt attends with her helper. c/o v painful purplish patch over R arm since early Aug,
worse at night, can't lie on R side. Helper still giving the Eprex there every Tue.
O/E: outer side of R upper arm - 4x3cm retiform purpura with dusky grey centre, livedo
around, tender ++. No discharge. PD exit site: clean.
Last Kt/V (July) 1.8.
Action:
- Informed renal MO on duty (Dr Cheung), will see pt today
- Eprex withheld this wk
- if ESA needed again, give into L thigh instead (KIV)
- photo taken and uploaded to CMS
Pt and helper reassured, understand.
"""),
("2023-09-05", "Renal Ward Progress Note", """
RENAL WARD - MO progress, D8
Skin bx R arm 30/8/2023 (incisional): calcification of small arterioles in dermis and
subcutis with fibrin thrombi - c/w calciphylaxis.
Dx: Calciphylaxis R upper arm at Eprex injection site.
Progress: pain 6/10 on PRN tramadol. Central eschar now 4.5x3.5cm, no pus.
Mx:
- IV sodium thiosulphate 12.5g 3x/wk via PIV (L forearm)
- CaCO3 stopped, lanthanum (Fosrenol) 500mg TDS
- Rocaltrol withheld
- ESA: change to Mircera monthly, SC into L thigh (FDH retrained)
- wound nurse: Cutimed Sorbact + foam
Wt 51.0 kg, BMI 22.0.
"""),
]}

Q03 = {"patient_id": "Q03", "age": 77, "sex": "F", "notes": [
("2022-09-06", "Haemodialysis Unit Monthly Review", """
HD UNIT MONTHLY R/V - Tsz Ling Renal Centre, Bay C
F/77, hospital HD 3x/wk via L BCF since 2020 (CAPD 2016-20, stopped after recurrent
peritonitis). DM on Trajenta 5mg daily, no insulin. HT. R knee OA.
No warfarin / no anticoagulant.
c/o R knee pain worse. Ortho offered TKR, pt and son decline. Pt says she will try
Chinese medicine and "hot treatment" at a TCM clinic near her home.
Skin check (DFU screen): feet intact, knees no lesions.
BP pre 162/78, post 140/70. IDWG 1.8 kg.
Wt 53.4 kg, BMI 24.3.
Ix: Ca 2.48, PO4 1.96, iPTH 71 pmol/L, Alb 35.
Mx: cont Renvela, Rocaltrol. Panadol 1g QID PRN. Told to inform TCM practitioner she
is on dialysis.
"""),
("2022-12-20", "Medical Admission Clerking", """
MED ADM (AED referral) - Tsz Ling Hospital
F/77 HD pt c/o painful ulcer R knee x 3/52, now black, pain 9/10, cannot bear weight.
HPI: since Oct has gone weekly to a TCM clinic for her R knee OA, for moxibustion
(burning moxa sticks held just above the skin of the inner R knee). Sometimes small
blisters after. Last session ~2/52 ago, stopped because of the pain.
O/E: T 37.6. R medial knee: black eschar 3x2.5cm, violaceous livedo ~8cm around,
indurated, v tender. No fluctuance. L knee normal.
Ix: WCC 11.2, CRP 58, Ca 2.61, PO4 2.10, iPTH 98.
Imp: 1) ?Calciphylaxis R knee 2) infected burn / cellulitis
Mx: IV Augmentin (renal dose), wound swab, XR R knee, derm consult, pain team.
"""),
("2023-01-03", "Dermatology Consultation", """
DERM CONSULT (inpatient) - Dr Yiu
Skin bx 23/12/2022 from R medial knee: small subcut vessels showing medial
calcification and thrombosis; also a septal panniculitis, no vasculitis. Consistent with calciphylaxis.
Imp: Calciphylaxis R medial knee. Lesion came up in late Nov on the exact spot treated
with moxibustion since Oct 2022 -> Koebner-type localisation at a heat injury site.
Rec:
- sodium thiosulfate 25g post-HD (renal team)
- NO more moxibustion, hot packs or heating to the knees
- daily wound care: Prontosan soak, Aquacel Ag, crepe bandage
- consider hyperbaric O2 if poor progress
Wt 52 kg.
TCA derm clinic 6/52.
"""),
]}

Q04 = {"patient_id": "Q04", "age": 68, "sex": "F", "notes": [
("2024-04-25", "Klinik Kesihatan Doctor Consult", """
KK TAMAN CEMPAKA - MO consult
Pn N., 68F. ESKD on HD 3x/wk at Pusat Dialisis Kasih Murni (M/W/F). T2DM on Mixtard 30
BD (husband injects into both upper arms), HPT, dyslipidaemia.
c/o painful dark line at L side of the waist since 1st day of Hari Raya, now an open sore.
Hx: wears kain batik every day, tied very tight with the knot at the L side, "since
young, every day". No fall, no burn, no insect bite.
O/E: afebrile. L flank along the waistline: 7 x 1.5 cm band of violaceous induration with
small central ulcer, livedo around. Tender ++.
BMI 31.2 (Wt 78 kg, Ht 1.58 m).
Imp: ?calciphylaxis (HD pt), ddx pressure sore
Plan: urgent referral to Nephro, Hosp Seri Kenanga. Bactigras dressing.
Advised to loosen the kain.
"""),
("2024-05-03", "Nephrology Clinic", """
NEPHRO CLINIC - Hosp Seri Kenanga
Referred from KK. Incisional bx done 30/4 by surgical team (L flank).
HPE: arteriolar calcification and thrombi in subcut fat, consistent with calcific
uraemic arteriolopathy.
Imp: CUA L flank. Lesion sits exactly on the line where her sarong knot presses every
day - chronic pressure likely the local trigger.
Ix: Ca/PO4 2.55/2.4, iPTH 145 pmol/L, Alb 31.
Mx
1) IV STS 25g post HD 3x/wk - liaise w dialysis centre
2) stop CaCO3, start Renvela 800mg TDS; cinacalcet 25mg OD
3) loosen kain / use elastic waist pants
4) refer Wound Care Clinic
TCA 4/52
"""),
("2024-06-14", "Wound Care Clinic", """
WOUND CARE CLINIC (WCN Siti)
Dx: calciphylaxis L flank (bx 30/4)
Wound L flank: 5.2 x 1.6 cm, 60% slough / 40% granulation, mild serous exudate, edges
dusky. Pain 5/10.
Sharp debridement of slough at bedside, tolerated well.
Dressing: Iodosorb + Mepilex, change 3x/wk at HD centre.
Pt now wears loose batik pants, says no more knot at the waist.
Mixtard still into arms, husband giving it. Appetite poor, advised protein
supplement (Nepro 1 can/day) - dietitian referral done.
STS at the centre ongoing, 12 doses so far, c/o mild nausea only.
Full skin check today: nil new lesions elsewhere.
Wt 76.5 kg, BMI 30.6.
TCA 2/52, earlier if bleeding, fever or smell.
"""),
]}

Q05 = {"patient_id": "Q05", "age": 55, "sex": "M", "notes": [
("2021-06-05", "Interventional Radiology Procedure Note", """
IR PROCEDURE NOTE  Date: 05.06.2021
Procedure: insertion of tunnelled HD catheter (permcath), R IJV; tip-cuff length 19cm.
Indication: ESRD (IgA nephropathy), non-diabetic. L RCF failed to mature, needs HD.
Anticoag: on warfarin for mechanical MVR - held x 4 days, INR today 1.4.
Technique: US-guided R IJ puncture, tunnelled to R upper chest, tip at RA on fluoro.
Exit site R upper chest (infraclavicular). Sutured. Dressed with gauze + Mefix tape.
EBL minimal. No complications. Consent signed, MediSave claimable.
Post: resume warfarin tonight per cardio. Catheter may be used for HD today.
BMI 33.5 (102 kg).
"""),
("2021-07-13", "Dialysis Centre Nursing Note", """
Seraya Dialysis Centre - nursing
Pt dialysing through R IJ permcath (inserted 5/6). Catheter dressing changed per protocol.
Skin under the Mefix on R upper chest mildly red, pt c/o itch ++ where the tape sits;
no broken skin, no blister.
Exit site: no discharge, non-tender, swab not needed.
Re-taped with Mefix, placed slightly lower to rest the skin.
Run: QB 300, 4h, UF 2.6L, BP ok throughout. Post-HD wt 100.8 kg.
INR 2.8 (on warfarin).
Informed S/N Rahimah, KIV switch to transparent film dressing next wk.
"""),
("2021-08-17", "Nephrology SOC", """
NEPHRO SOC - Dr Wong KL
55M ESRD, HD (R IJ permcath), warfarin for mech MVR, obesity.
c/o painful black spot R upper chest, a little under the catheter exit, started around
National Day, now bigger. HD nurses saw it under the tape on 14/8.
O/E: R infraclavicular chest: necrotic plaque 3x2cm with ~6cm rim of livedo,
v tender, lying under the old tape area. Exit site itself clean. No other skin
lesions; abdo, thighs clear.
Ix: Ca 2.66, PO4 2.5, iPTH 88, INR 3.1.
Imp: ?calciphylaxis (warfarin + ESRD + obesity), ddx tunnel infection
Plan: admit Ward 7B, skin bx, blood C/S x 2, derm + cardio input re warfarin.
"""),
("2021-08-26", "Discharge Summary", """
DISCHARGE SUMMARY  Adm 17/08/2021 - Disc 26/08/2021
Principal Dx: Calciphylaxis, R anterior chest wall (bx-proven)
Secondary: ESRD (HD); warfarin long term for mech MVR; obese, BMI 33.1
Course: Skin bx 19/8 - subcutis showed calcium in small vessel walls and occlusive
thrombi, diagnostic of calciphylaxis. Blood C/S neg. Lesion in the area taped around his permcath since June.
Permcath removed and re-sited to L IJ on 24/8.
Warfarin continued after cardio r/v (mech valve, no alternative), target INR 2.5-3.0.
STS 25g post-HD started 20/8, tolerated.
Binder changed to Renvela.
Wound: Intrasite + Allevyn.
F/u: Nephro SOC 2/52, Derm 4/52. Dialysis centre told to avoid tape on chest skin.
"""),
]}

Q06 = {"patient_id": "Q06", "age": 59, "sex": "F", "notes": [
("2022-09-12", "Emergency Department Note", """
JABATAN KECEMASAN, Hospital Bandar Melati - Green zone
12/9/22 0940h
59F, ESKD (dialysis Tu/Th/Sa), Lantus 18u ON for T2DM, HPT.
c/o pain R shin after knocking it on the step of the bus this morning while boarding.
No fall, no LOC.
O/E: R shin, front, middle third: superficial abrasion 2x1cm, oozing, no deformity.
Distal pulses palpable.
Wt 69 kg, BMI 28.4 (overweight).
Mx: wound toilet with NS, Bactigras + gauze. ATT 0.5 ml given IM, L deltoid (last booster
unknown). Dressing at KK alternate days. RTC if worse, fever or pus.
"""),
("2022-11-02", "Nephrology Clinic", """
NEPHRO CLINIC - Hosp Bandar Melati
59F HD pt, DM on Lantus.
Seen in ED 12/9/22 after knocking R shin on the bus step; abrasion healed by end Sept
as per KK dressing record.
Now: painful ulcer at the same spot on R shin x 3/52, black centre, purple net spreading
around it.
O/E R ant shin: ulcer 4x3cm, adherent eschar + livedo racemosa. L leg and arms
(incl L deltoid) normal.
Wedge bx by Derm on 26/10/22: subcutis arterioles heavily calcified, some
occluded by clot = calciphylaxis.
Ix: Ca x PO4 5.9 mmol2/L2, iPTH 160.
Imp: Calciphylaxis R shin, arising at the old bus-step abrasion site.
Mx: STS IV 25g post HD x3/wk; CaCO3 -> sevelamer; cinacalcet 25mg; wound care.
Wt 68 kg, BMI 28.0. TCA 4/52.
"""),
]}

Q07 = {"patient_id": "Q07", "age": 64, "sex": "M", "notes": [
("2023-03-13", "GP Clinic Note", """
KLINIK ANDA & FAMILI (private GP)   13-Mar-23
Mr T., 64M. Known ESKD on APD at home (under Hosp Seri Kenanga), DM on Trajenta, HPT.
c/o acute LBP after lifting a sack of rice yesterday, pain 7/10. No red flags, no
weakness, no urinary sx.
O/E: paraspinal spasm L4-5, SLR neg, power 5/5 both legs.
Tx: IM diclofenac (Voltaren) 75mg stat into L buttock (upper outer quadrant).
Tab paracetamol 1g TDS x 3/7.
Advised: cold pack on the jab spot if sore. No NSAID tablets (kidneys). MC 1 day.
"""),
("2023-04-20", "PD Clinic", """
PD CLINIC - Hosp Seri Kenanga
64M on APD, T2DM (Trajenta, no insulin).
c/o painful hard lump L buttock since 2/4, skin now turning black.
Recalls the GP gave an IM jab at exactly that spot on 13/3 for back pain; it was sore,
so wife put ice packs onto L buttock 2-3x a day for about 3 days after.
O/E: L buttock, upper outer part: firm violaceous plaque 5x4cm, central necrotic
area 1.5cm, livedo at margin. Not fluctuant. R buttock normal. Exit site clean.
BMI 29.6.
Ix: Ca/PO4 2.52/2.2, PTH 102.
Imp: ?calciphylaxis vs Nicolau syndrome (post IM diclofenac) vs injection abscess
Mx: US L buttock, derm for bx, pain control.
"""),
("2023-05-04", "Dermatology Clinic", """
DERM CLINIC - Hosp Seri Kenanga
Bx 24/4/23 L buttock: calcified small & medium-sized vessels in subcut fat with
thrombi; fat necrosis. No features of Nicolau, no abscess.
Dx: Calciphylaxis L buttock.
Onset 2 April 2023, about 3 wks after the IM diclofenac jab and the icing at that
spot.
Plan:
- IV STS (admit for 1st dose, then day ward)
- stop Ca-based binder
- avoid IM jabs to buttocks in future
- wound: hydrogel + foam
TCA 3/52.
"""),
]}

PATIENTS = [Q01, Q02, Q03, Q04, Q05, Q06, Q07]
