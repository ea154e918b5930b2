"""probe237 corpus notes, Q08-Q14 (Singapore, Hong Kong and Malaysian hospital notes; all invented)."""

Q08 = {"patient_id": "Q08", "age": 73, "sex": "F", "notes": [
("2024-01-04", "Medical Admission Note", """
MEDICAL ADMISSION - Harbourview Hospital, Ward 9A
Date 2024-01-04
F/73, ESRF on hospital HD M-W-F, R BCF. DM on diet alone, HbA1c 6.4%. HT. Obese, BMI 30.5.
Adm 3/1 with chest tightness + palpitations. ECG: new AF, ST depression V4-6. Trop T
rising -> NSTEMI.
Mx so far:
- aspirin + clopidogrel loaded
- Clexane 40mg SC daily started 03/01/24, injected into lower abdo, alternate
  sides (L/R)
- bisoprolol 1.25mg daily
- plan Marevan for AF (CHA2DS2-VASc 5) after CAG
Skin: intact, no rash, no bruising.
Cardio: CAG next week.
"""),
("2024-01-16", "Medical Progress Note", """
MED WARD 9A - progress
CAG 9/1: non-obstructive disease, for medical Mx.
Marevan started 10/1/2024, INR today 2.3.
Clexane kept going daily into the lower abdo until INR in range -> stopped today.
Chest pain free. HR 80s in AF, BP 128/70.
HD done yesterday via R BCF, UF 2 L, uneventful.
Wt 77 kg.
Plan:
- discharge tomorrow if INR stable
- anticoag clinic 1/52 for INR
- resume HD at renal unit
- TCA cardiac SOPC 6/52
Pt and daughter counselled on Marevan (diet, bleeding signs, no NSAIDs).
"""),
("2024-02-02", "Renal SOPC", """
RENAL SOPC
F/73 on HD, on Marevan since 10/1 for AF.
c/o painful purple patches over lower tummy both sides since 28/1, exactly where she had
the Clexane jabs in hospital. Pain 8/10, cannot sleep, off food.
O/E: lower abdomen bilaterally: retiform purpura, L 6x5cm with central black eschar,
R 4x3cm dusky and indurated. No other lesions; thighs, breasts clear.
INR 3.4. Ca 2.5, PO4 2.2, iPTH 79.
Imp: calciphylaxis; ddx skin necrosis from Marevan (?protein C deficiency)
Plan: admit today, incisional skin bx, protein C/S levels,
hold Marevan pending haem r/v.
"""),
("2024-02-09", "Discharge Summary", """
DISCHARGE SUMMARY (Ward 9A)  02/02/2024 - 09/02/2024
Dx: Calciphylaxis, bilateral lower abdominal wall, at the previous enoxaparin (Clexane)
injection sites.
Bx 05/02/2024 (L lower abdo): arteriolar medial calcification with thrombosis; pattern
not that of WISN. Protein C 78%.
Marevan stopped -> apixaban 2.5mg BD (haem + renal agreed).
STS 25g post-HD started 06/02, 3 doses given, mild nausea; to continue at renal unit.
Wound care by ward RN, Mepitel + foam (changed 2-daily).
Pain: PRN oxycodone 2.5mg, much better, sleeping.
Binder: CaCO3 stopped, Fosrenol 500mg TDS.
BMI 29.8 at discharge.
F/u: Renal SOPC 2/52, Derm SOPC 4/52, wound nurse clinic weekly.
"""),
]}

Q09 = {"patient_id": "Q09", "age": 58, "sex": "F", "notes": [
("2020-11-17", "Dialysis Centre Doctor Review", """
PUSAT HEMODIALISIS AMAN SENTOSA - MO monthly review
Date of review: 17 Nov 2020
Pn R., 58F. ESKD 2' diabetic nephropathy, HD MWF via L BCF since 2017.
T2DM on Humulin 30/70 22u pre-breakfast / 14u pre-dinner, self-injects abdomen. HPT.
Never on warfarin.
c/o cramps L calf at night and during final hr of HD for about a month. Since Oct she
puts a hot water bottle (botol air panas) over the L calf nightly, says it helps her sleep.
O/E: no pedal oedema. Both calves: skin intact, no discolouration.
Wt 86.0 kg, Ht 1.565 m, BMI 35.1.
Ix: Hb 10.4, cCa 2.39, PO4 2.0, Mg 0.78, K 5.1.
Mx: review dry wt (raise 0.5 kg), calf stretches. Bottle must be wrapped in a towel,
not on bare skin. TCA next monthly r/v.
"""),
("2021-01-08", "Medical Clerking", """
MEDICAL CLERKING - Wad 5B, Hosp Bandar Melati
58F HD pt c/o painful R calf ulcer x 1/12, began as a tender purple patch then broke
down. No knock, no fall.
Hot water bottle used on the L calf only - pt adamant it was never on the R leg.
No injections into the legs.
O/E: back of R calf: ulcer 6x4cm, black eschar, surrounding livedo; v tender.
L calf: skin intact.
Ix: CRP 35, Ca/PO4 2.6/2.4, iPTH 130.
Imp: ?CUA R calf, ddx arterial ulcer (ABPI pending)
Plan: derm for bx, arterial Doppler BLL, analgesia, wound swab.
"""),
("2021-01-15", "Dermatology Ward Review", """
DERM WARD R/V
HPE (bx 11/1/21, R calf): subcut arteriolar calcification, thrombosed lumina, fat
necrosis - calciphylaxis.
ABPIs normal (R1.0, L1.05). Doppler: no significant stenosis.
Dx: Calciphylaxis R posterior calf.
No preceding trauma at the R calf; heat was only ever applied to the opposite (L) calf,
which remains clear.
Rec: IV STS post HD, stop hot water bottle altogether, hydrogel + foam dressing,
analgesia per pain team.
Also: stop calcium carbonate, cinacalcet to be started by renal; review
vit D analogue.
Family educated on signs of infection. Photo in chart.
Wt 84.9kg (BMI 34.7).
Derm to follow up weekly while inpt.
"""),
]}

Q10 = {"patient_id": "Q10", "age": 66, "sex": "F", "notes": [
("2019-07-02", "Polyclinic Consult", """
BUKIT SERAI POLYCLINIC
66F, ESRD - dialyses Tue-Thu-Sat at Seraya DC, T2DM on Lantus + NovoRapid (injects into
abdomen), HTN, AF - was on warfarin till 2017, now nil anticoag (falls).
c/o painful red-purple patch L outer thigh x 1/52. No injury. Not using heat or ice.
O/E: L lateral thigh: tender violaceous patch 5x4cm, mildly indurated, warm. No ulcer.
T 37.2.
BMI 28.3 (obese by Asian cut-off).
Imp: ?cellulitis L thigh
Mx: cephalexin 500mg BD x 5/7 (renal dose). TCA 1/52 or ED if worse.
"""),
("2019-07-16", "Dialysis Centre Nursing Note", """
Seraya DC - nursing note
L thigh patch now open, black centre approx 3 cm, foul smell nil. Per pt, since last week her
daughter numbs the pain with ice packs held on the L thigh wound, also a
herbal ointment from the medical hall.
Advised to stop ice and herbal stuff on the wound.
Pre-HD BP 170/85, post 150/80. UF 2.2 L.
CBG 14.2 pre-HD.
Informed MO Dr Lee: to attend ED post-HD today for review, referral letter given.
Daughter agreeable.
"""),
("2019-07-20", "Renal Ward Round", """
RENAL WR
66F HD, DM on insulin, ex-warfarin. Adm via ED 16/7 for L thigh necrotic ulcer; began
late June as a red patch (polyclinic treated as cellulitis, no response).
O/E: L lat thigh ulcer 7x5cm, black eschar, livedo, tender ++.
Bx 19/7 (L thigh): calcified small vessels + thrombi - calciphylaxis.
Imp: calciphylaxis L lateral thigh
Mx:
- STS 25g post HD
- plastics for debridement next wk
- DVT ppx: heparin 5000u SC BD (abdomen)
- stop calcium binder
- insulin: cont basal-bolus
"""),
("2019-08-13", "Plastics Wound Clinic", """
PLASTICS / WOUND CLINIC
s/p surgical debridement L thigh 24/7. NPWT since 26/7, changed 3x/wk.
L lateral thigh wound 8x6cm, 70% granulation, no eschar, small slough at 3 o'clock.
Periwound intact. No ice used since admission per daughter.
Pain 4/10, on PRN paracetamol only now.
STS continuing at Seraya DC post HD, 3x/wk, tolerated.
CBG 8-11 on current insulin doses.
Plan: cont NPWT 2 more wks, KIV STSG if bed ok. Discussed w daughter, agreeable.
Wt 70.4 kg, BMI 28.1.
TCA 2/52.
"""),
]}

Q11 = {"patient_id": "Q11", "age": 52, "sex": "M", "notes": [
("2021-11-09", "Diabetes Nurse Clinic", """
DM NURSE CLINIC - Shek Lung Hospital
M/52. CAPD since 2018 (DKD). T2DM on Mixtard 30 BD (32u / 20u) x 6 yrs.
Injection site check: uses abdomen only (either side of umbilicus), keeping clear of
PD exit site (R). Mild lipohypertrophy L para-umbilical. Never injects into the
thighs or arms.
Edu: rotate within abdomen, avoid lipo areas, stay 5 cm away from exit site.
Needle reuse x 3 - told to use a new needle each time.
Hypo x 1 last month (CBG 3.4).
Wt 72 kg, BMI 25.9.
TCA 3/12.
"""),
("2022-02-15", "Renal Ward Admission", """
RENAL WARD ADMISSION
M/52 CAPD, DM on Mixtard.
c/o painful hard patches at the back of both thighs since around CNY, getting worse,
now broken on the L side.
Denies any injections, heating pads, falls or knocks to the thighs.
O/E: posterior thighs bilat: indurated violaceous plaques with livedo, L 7x5cm with
2cm ulcer, R 5x4cm and intact. Abdomen: injection sites - no lesions. Exit site clean.
Ix: Ca 2.7, PO4 2.3, iPTH 120, Alb 29.
Imp: ?calciphylaxis
Plan: skin bx, derm consult, KIV STS, PD effluent for cell count.
"""),
("2022-02-25", "Dermatology Consultation", """
DERM CONSULT
Bx 17/2/2022 (L post thigh): subcut vessel calcification + thrombosis.
Dx: calciphylaxis of posterior thighs bilaterally.
No local trauma before onset (no injections, heat or knocks to thighs).
Rec:
- avoid injecting insulin or any SC drug into the thighs; keep to the abdomen
- avoid heat pads
- IV STS on day ward 3x/wk (PD pt)
- wound: Aquacel + foam, change alt days
- analgesia: PRN tramadol, gabapentin 100mg nocte
- renal to review binder (CaCO3 -> lanthanum) and PD prescription
Pt told about slow healing; photos taken for comparison.
Wt 70 kg, BMI 25.2.
TCA derm SOPC 4/52.
"""),
]}

Q12 = {"patient_id": "Q12", "age": 71, "sex": "F", "notes": [
("2023-06-06", "Nephrology SOC", """
NEPHRO SOC - Merbau GH
71F ESRD (ADPKD) on HD since 2015, not a diabetic. HTN. AF on rate control only - Marevan
was considered in 2019 but pt declined, never started.
PMHx: calciphylaxis 2018 - lesions over the abdomen at the SC heparin sites during an ICU
stay, bx-proven; fully healed on STS (9 mo course). Scars only now.
c/o new tender lump R outer calf x 2/52. Denies knock, fall, insect bite, heat or ice.
No injections to the legs.
O/E: R lateral calf: firm violaceous nodule 3x3cm, livedo border. Abdominal scars
old, no active lesion.
BMI 23.5.
Imp: ?recurrence of calciphylaxis R calf
Plan: derm for bx; Ca/PO4/PTH today.
"""),
("2023-06-20", "Dermatology Clinic", """
DERM CLINIC - Merbau GH
Bx 13/6/23 R calf: subcut arterioles calcified (medial) with thrombosis - recurrent
calciphylaxis.
Dx: calciphylaxis R lateral calf (recurrence; 1st episode 2018, abdomen, healed).
No trauma to the R leg before this lesion. Old abdominal lesions remain healed.
Ix: Ca 2.51, PO4 2.0, iPTH 160.
Rec:
- STS 25g post HD 3x/wk
- cinacalcet up to 50mg
- wound care: honey dressing + crepe
- avoid tight socks/knocks to legs
Pt asks if this will 'come back again every few years' - explained risk remains
while on HD; early review for any new painful patch.
Photos taken.
TCA 6/52.
"""),
("2023-08-01", "Haemodialysis Doctor Round", """
HD ROUND - Seraya Dialysis Centre
Calciphylaxis R calf: on STS since 22/6, tolerating, mild nausea.
Wound 2.5x2cm, eschar starting to separate at the margins, pain 3/10.
Abdomen + L leg: nothing new.
Pre HD BP 148/74. UF goal 2 L.
Ix: Ca 2.40, PO4 1.8.
Hb 10.1 - Mircera dose unchanged.
Wt 58.2 kg, BMI 23.3.
Plan: cont STS to complete 3/12, wound nurse at centre 2x/wk, review 1/12.
Pt in good spirits, walking with stick, daughter helps with dressings on non-HD
days (honey dressing).
"""),
]}

Q13 = {"patient_id": "Q13", "age": 60, "sex": "M", "notes": [
("2020-03-10", "Emergency Department Note", """
ED - Hosp Bandar Melati, Yellow zone
60M ESKD on HD (MWF), T2DM on Insulatard 20u ON (abdomen), HPT, PVD.
c/o painful blackening of the penile tip x 5/7.
Also unable to PU since this morning, lower abdo discomfort (still passes ~300ml/day).
O/E: glans: 1.5 cm dry black necrotic area at the tip with dusky rim; shaft and scrotum
normal. Bladder palpable.
Bedside scan: bladder vol ~650ml.
Mx: IDC (Foley 14Fr) inserted under aseptic technique, drained 600ml clear urine.
Refer urology; analgesia; CBG 12.
"""),
("2020-03-11", "Urology Ward Round", """
URO WR
Day 1 adm. Glans necrosis now 2 cm, tender, dry, no pus. No crepitus. Scrotum normal.
IDC draining.
CT pelvis: heavy calcification of internal pudendal and penile arteries, no abscess.
Imp: ?penile calciphylaxis vs dry gangrene from PVD; Fournier's unlikely
Plan:
- nephro consult
- edge bx of glans under LA (KIV tomorrow)
- IV Unasyn renal dose
- keep IDC for now
- HD tomorrow as per schedule, no heparin in circuit till bx done
- PRN morphine 1mg IV for pain
Pt and wife updated, very anxious; explained possible need for surgery if it
spreads. CBG 9-13.
"""),
("2020-03-18", "Nephrology Consultation", """
NEPHRO CONSULT
Bx glans edge 14/3: calcified small vessels, thrombosed, within corpus spongiosum,
c/w calciphylaxis.
Dx: penile calciphylaxis. Lesion began about 5/3, days before the IDC was put in.
Ix: Ca 2.7, PO4 2.6, iPTH 210 pmol/L.
Mx:
- IV STS 25g post HD x3/wk
- stop CaCO3 -> Renvela; cinacalcet 25mg
- urology: plan SPC, remove IDC
- insulin: cont Insulatard into abdomen
- dietitian: low PO4 diet, protein 1.2 g/kg
Discussed prognosis w pt and wife (serious, high mortality); pt wishes full
treatment for now.
"""),
("2020-03-27", "Discharge Summary", """
DISCHARGE SUMMARY
Adm 10/03/2020 - Disc 27/03/2020
Dx: 1) Penile calciphylaxis (bx-proven) 2) urinary retention
Procedures: IDC 10/3; glans bx 14/3; SPC inserted 20/3 and IDC removed.
Glans: dry eschar stable, no extension. Pain controlled on PRN tramadol.
STS to continue at dialysis centre, 25g post HD 3x/wk.
Meds on d/c: Renvela 800mg TDS, cinacalcet 25mg OD, Insulatard 18u ON,
amlodipine 10mg OD, tramadol 50mg PRN.
Wt 70 kg, BMI 24.8.
F/u: Uro clinic 2/52 (SPC change 6/52), Nephro 4/52.
"""),
]}

Q14 = {"patient_id": "Q14", "age": 75, "sex": "F", "notes": [
("2023-11-21", "PD Clinic", """
PD CLINIC - Merbau GH
75F, CAPD since 2020. T2DM - Trajenta - MO suggested insulin, pt declines. AF on
warfarin. HTN. Obese, BMI 32.0.
c/o painful lump R buttock since Deepavali, getting harder.
No falls, no injections or heat packs to the buttock.
O/E: R buttock: indurated violaceous plaque 4x4cm, livedo around, no ulcer. L buttock
normal. Exit site clean.
Ix: INR 2.6, Ca 2.62, PO4 2.1, iPTH 84.
Imp: ?calciphylaxis (warfarin, obesity, PD)
Plan: derm bx next wk. Fall risk - use walking stick at home, grab bar in toilet.
"""),
("2023-12-03", "Emergency Department Note", """
A&E - Merbau GH
75F PD pt, on warfarin. Slipped in the toilet at home this morning, fell onto R buttock.
No head injury, no LOC.
O/E: bruise 6 x 5 cm over R buttock, around the known plaque (bx'd 28/11, result
pending). Hip ROM full, no shortening. Pain 5/10.
X-rays of pelvis and R hip - no #.
INR 2.9.
Mx: analgesia (paracetamol, PRN tramadol), PT assessment before discharge,
home with walking frame. Daughter to stay with her this week.
Notify PD clinic. Bx result to be seen at derm clinic as scheduled.
PD exchanges to continue at home, no change.
"""),
("2023-12-12", "Dermatology Clinic", """
DERM CLINIC
Bx 28/11/2023 (R buttock) - calcified thrombosed arterioles amid fat necrosis: shows
calciphylaxis.
Dx: R buttock calciphylaxis, onset mid-Nov, before the fall of 3/12 (bruise now fading).
Rec:
- warfarin -> apixaban (discussed with cardio)
- IV STS 3x/wk day ward
- wound: plaque now ulcerating 1 cm centrally - hydrocolloid
- renal: stop CaCO3, start lanthanum; review PD Rx
Pt teary, worried about the ulcer; reassured, husband present.
Hip pain after the fall settled; mobilising with frame.
BMI 31.6 (80.2 kg).
TCA 4/52.
"""),
]}

PATIENTS = [Q08, Q09, Q10, Q11, Q12, Q13, Q14]
