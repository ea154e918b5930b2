"""probe156 corpus notes, F15-F20 (night-float cross-cover, rapid-response and sign-out notes,
plus the clinics around them; every patient, place and sentence invented)."""

F15 = {"patient_id": "F15", "age": 45, "sex": "M", "notes": [
("2017-08-19", "ED Provider Note", """
ED PROVIDER NOTE   8/19/2017  1610

CC: R leg wound not healing
HPI: 45M, IgA nephropathy -> ESRD, HD MWF at Ridgeway Dialysis (L forearm fistula), HTN,
ex-smoker.
His girlfriend's cat scratched his R shin ~3 wks ago. The scratch never closed; over the
last 10 days it widened into a painful sore w/ black center and purple skin around it.
Pain 8/10, much worse than the wound looks. Subjective chills x2 days. No other wounds.
Not diabetic. Never on blood thinners.

Exam: T38.0  HR108  BP138/80  SpO2 98%  BMI 22.1
R anterior shin: 3x2.5 cm ulcer, black adherent base, 4 cm rim of violaceous
netlike discoloration, surrounding warmth + erythema 6 cm, no fluctuance, no crepitus.
Tender R inguinal node.
Labs: CRP 88, WBC 13.4, lactate 1.9; PTH 1210; phos 8.1 (Ca 9.6)

MDM: ddx infected cat scratch/ecthyma (Pasteurella, strep), bartonella, pyoderma
gangrenosum, and calciphylaxis given HD + PO4 8 + retiform rim.
Blood cx, XR tib/fib (no gas), amp-sulbactam. Admit medicine.
"""),
("2017-08-20", "Night Float Cross-Cover Note", """
NIGHT FLOAT NOTE   8/20/17  0305  Med 4S

Paged: pt refusing dressing change, pain 10/10.
45M HD MWF, adm 8/19 R shin ulcer after cat scratch, on amp-sulbactam.

S: "don't touch it." Fever broke. Wants to go home for his daughter's birthday Mon.
O: T37.4  HR94  BP132/78
R shin ulcer as described in ED; erythema now inside the marked line. Retiform purple rim
unchanged.
Bcx NGTD.

A/P: cellulitis around the scratch ulcer improving on abx; the necrotic center w/ retiform
edge raises concern for early calciphylaxis, which the day team also has on the list.
- hydromorphone 0.5 IV before dressing changes
- derm c/s: punch bx Mon AM (consent discussed, pt undecided)
- encouraged pt to stay for bx; he will think
"""),
("2017-08-21", "I-PASS Handoff", """
I-PASS   8/21/17  1830   Med 4S   day -> night

I: STABLE -- but leaving AMA tonight
P: 45M ESRD HD MWF, R shin ulcer after cat scratch w/ surrounding cellulitis, improving on
   amp-sulbactam. Calciphylaxis remains on the differential (necrotic center, retiform rim,
   PO4 8) but NOT confirmed: pt refused the derm punch biopsy this AM and is signing out AMA
   after dinner. HD done today.
A: - AMA form, capacity documented by day team (has capacity)
   - d/c Rx amox-clav renally dosed x 10 d, wound supplies
   - derm clinic appt 8/29 offered; HD unit (Ridgeway) emailed about the possible calciphylaxis
S: if he changes mind before leaving -> keep, derm can bx Tue
S: receiver: AMA tonight, abx Rx done, dx still uncertain.
"""),
]}

F16 = {"patient_id": "F16", "age": 61, "sex": "F", "notes": [
("2022-04-05", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC   4/5/22

61F, diabetic kidney disease -> ESRD, on overnight cycler PD from 2020. DM2 treated w/ degludec
40u + aspart; BMI 37.5 (obese); HTN; hypothyroid.

New issue: x ~1 month, firm sore lumps low on the belly in her usual insulin
spots, some w/ a faint purple lacy color around them. She rotates across both lower
quadrants. No fever. PD going well, no peritonitis.
Exam: lower abdomen w/ 4-5 firm subcutaneous nodules 1-2 cm, tender, two w/ faint livedo
around; skin unbroken. Catheter exit site: clean, dry.
Labs: A1c 8.6 | Alb 3.4 | PTH 690 | PO4 7.1 (Ca 9.8)

A/P:
1. tender nodules in the abdominal injection zone: inflamed lipohypertrophy vs insulin
   panniculitis vs early calciphylaxis (high Phos, obese, female, PD). Derm referral urgent.
2. Phos: sevelamer up to 2400 TID, stop calcium carbonate
3. insulin: move injections to outer thighs until derm sees her
"""),
("2022-04-26", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC   04/26/2022

Referred by PD clinic for tender abdominal nodules, ?calciphylaxis.
61F, CCPD, insulin-treated DM2, obesity.
Exam: lower abdomen w/ 5 indurated subcutaneous nodules 1-2.5 cm, two w/ faint livedo; no
eschar, no ulceration, no retiform purpura. Outer thighs clear (injecting there now).

Impression: differential includes early calciphylaxis vs insulin-related lipohypertrophy w/
panniculitis. I cannot exclude early calciphylaxis on exam alone. A deep incisional biopsy
(incl. calcium stain) is needed to decide.
Discussion: pt declines biopsy today ("I don't want a hole in my stomach"), understands the
risk of missing an early diagnosis. Will reconsider.
Plan: photos taken; continue thigh injections; PD clinic to optimize Ca/Phos; RTC 6 wks or
sooner if any area darkens, ulcerates or becomes much more painful.
"""),
("2022-06-11", "Night Float Cross-Cover Note", """
NF X-COVER   6/11/22  0140   7 North

Paged for BG 412. 61F CCPD, DM2 on insulin, obesity, admitted 6/10 for PD peritonitis
(staph epi) on IP vanc.
BG 412, no AG, ketones neg -> aspart 8u SC given (R outer thigh per RN), repeat 0300 = 236.

Incidental: pt asked about her belly lumps. Reviewed derm note: possible early calciphylaxis
vs lipohypertrophy, never biopsied (pt declined, missed the 6 wk f/u). Tonight nodules look
unchanged, no ulceration, no eschar, no new livedo.

A/P:
- hyperglycemia from dextrose load of PD + infection; degludec 40 -> 44u, correction scale
- BG q4h
- day team to re-offer derm bx while inpatient
- continue IP vanc per PD team
"""),
]}

F17 = {"patient_id": "F17", "age": 88, "sex": "F", "notes": [
("2025-06-03", "Primary Care Home Visit", """
HOUSE CALL -- PRIMARY CARE   06/03/2025

88F, ESRD (eGFR 8). Declined dialysis years ago in favor of supportive kidney care, and said
so again today w/ daughter present. AF on Coumadin, HFpEF, PAD, osteoporosis. Not diabetic.

Daughter reports pt stubbed her L second toe on the bed frame about 2 weeks ago (~5/20). Since
then the tip of the toe has gone dusky and it hurts at night.
Vitals: BP118/60  HR76 irreg  wt 47.2kg  BMI 20.4
Exam: L 2nd toe distal third dusky purple, cool, no open wound; faint livedo over the L
dorsal forefoot. DP/PT not palpable on L (chronic per chart), cap refill 4 s.
INR (home meter) 2.7.

A/P:
- dusky L 2nd toe after minor injury in pt w/ PAD + ESRD: ischemic vs early necrosis
- keep dry, lamb's wool between toes, no tight shoes
- call for black skin, fever, spreading redness
- discussed goals; DNR/DNI, no hospital unless comfort cannot be kept at home
"""),
("2025-06-14", "Night Float Admission Note", """
NOCTURNIST ADMISSION   6/14/25  2350

Brought by EMS from home for uncontrolled L foot pain. 88F ESRD on conservative mgmt (no
dialysis), AF on warfarin, PAD, HFpEF, DNR/DNI.
HPI: L second toe injury ~5/20, tip turned black this week, pain 9/10 despite APAP.

O: T36.9  HR84  BP112/58  SpO2 94% RA
L 2nd toe: distal half black, dry, demarcating; purpuric netlike patch on the dorsal L
forefoot and along the toe base. No drainage, no crepitus.
ABI noncompressible bilat; toe pressures unobtainable.
INR 3.0. WBC 8.7. Albumin 2.9. Ca 10.0, PO4 6.9.

A/P: dry necrosis of L 2nd toe w/ retiform purpura of forefoot in advanced CKD on warfarin.
Ddx: PAD-related dry gangrene (most common), atheroemboli, possible calciphylaxis (distal
pattern, warfarin, high Phos). Work-up depends on goals.
- hydromorphone 0.2 SC q3h prn, pain team AM
- vascular + palliative c/s in AM
- continue warfarin for now, daughter to be called AM
"""),
("2025-06-17", "Palliative Care Sign-out", """
PALLIATIVE CARE -- SIGN-OUT TO HOSPICE   6/17/25

88F ESRD (conservative, never dialyzed), AF, PAD, HFpEF, DNR/DNI.
Black L 2nd toe w/ forefoot retiform purpura. Vascular surgery: not a revascularization or
amputation candidate. The cause was never settled -- ischemic PAD toe vs calciphylaxis vs
cholesterol emboli; skin biopsy was offered; pt and daughter said no, since the result would
not alter a plan that is about comfort. Leaving it as "possible calciphylaxis" on the problem
list.

Family meeting today: agree on home hospice.
Meds at d/c: stop warfarin; no morphine (ESRD) -> PO hydromorphone 0.5mg every 4 h as needed,
low-dose gabapentin qHS, senna.
Wound: dry dressing, keep toe dry, no debridement.
Hospice RN intake 6/18 AM.
"""),
]}

F18 = {"patient_id": "F18", "age": 67, "sex": "M", "notes": [
("2019-11-23", "Night Float Cross-Cover Note", """
NF CROSS-COVER  11/23/19  0115   Cardiology step-down

Paged: feet "turning blue," pt c/o burning toes.
67M w/ CKD 4 (baseline Cr 2.9, never dialyzed), insulin-treated DM2, HTN, obesity, NSTEMI, s/p
LHC via R femoral 11/21 w/ DES to LAD. On ASA/ticagrelor, heparin gtt stopped 11/21.

O: T37.2  HR80  BP154/80  SpO2 96% RA
Both feet: mottled violaceous livedo over the soles and dorsa, several toes dusky blue
(L 3-4, R 2-5), tender, cap refill sluggish; DP/PT palpable bilat. R femoral puncture site soft,
no bruit, small ecchymosis.
Labs: Cr 3.4 (2.9), eos 7%, K 5.1, CK 140.

A/P: painful blue toes + livedo 2 d after cath w/ palpable pulses -> cholesterol emboli
favored; r/o calciphylaxis (CKD 4, high Phos?) less likely given timing.
- check Phos, PTH, C3/C4, ESR, UA for eos
- derm c/s AM for bx
- hold further contrast; renal in AM
- pain: APAP, lidocaine gel to toes
"""),
("2019-11-25", "Dermatology Consult", """
DERMATOLOGY CONSULT   11/25/2019

Q: livedo + blue toes after cardiac cath, r/o calciphylaxis.
67M, CKD 4, DM2 (insulin), obese -- BMI 32.0.
Exam: bilateral plantar and dorsal foot livedo racemosa, purple-blue toes w/ two tiny
dry tips (L 4th, R 3rd). Legs above ankles clear.

Punch bx 11/23, R dorsum of foot: dermal arterioles plugged by empty biconvex,
needle-like clefts w/ surrounding giant cells; no mural calcification, VK stain neg, none of the
thrombi seen in calciphylaxis.
Dx: cholesterol crystal embolization after the catheterization.
Not calciphylaxis -- excluded by the biopsy.

Recs: supportive wound care, keep toes dry, statin high intensity, avoid further
intra-arterial procedures if possible; renal following AKI.
"""),
("2019-11-26", "Nephrology Consult", """
NEPHROLOGY CONSULT   11/26/19

Reason: AKI on CKD 4 after cardiac cath.
67M, CKD 4 from diabetic nephropathy (Cr baseline 2.9), DM2 on insulin glargine, HTN,
obesity. Never on warfarin. Cath 11/21 via R femoral.

Cr 2.9 -> 3.4 -> 3.9, UOP 1.1 L/d, K 5.3, HCO3 19. Eos 9%, urine eos +, C3 low.
Derm bx: cholesterol emboli, no calciphylaxis.

Impression: atheroembolic AKI on CKD 4 +/- contrast; no urgent dialysis indication.
Plan:
1. avoid nephrotoxins/contrast; renally dose meds
2. sodium bicarb 650 TID, low-K diet
3. high-intensity statin; steroids not recommended
4. discuss dialysis planning/AVF referral as outpt given likely step-down in GFR
5. BMP daily
"""),
]}

F19 = {"patient_id": "F19", "age": 41, "sex": "F", "notes": [
("2016-09-27", "Primary Care Annual Visit", """
PRIMARY CARE -- ANNUAL PHYSICAL   9/27/16

39F w/ CKD 3a from IgA nephropathy (bx 2012), HTN on lisinopril. No diabetes.
Family: her brother Teodor was on hemodialysis and died in 2014 of calciphylaxis ("his skin
turned black on his legs"). Mother HTN. She worries she is next.

ROS neg. Skin: no sores, no rashes, no painful spots.
Vitals: BP128/78  wt 68.1kg  BMI 25.6
Exam: skin warm, intact, no livedo, no nodules; legs normal.
Labs: Cr 1.4 (eGFR 48); Ca 9.3; PO4 3.8; PTH 72; UACR 410mg/g.

A/P:
1. CKD 3a: ACEi max dose, nephrology annual, BP goal < 130/80
2. family hx of calciphylaxis in brother on HD -- reassured: her kidney disease is mild, Ca/Phos
   normal; we will watch minerals yearly
3. flu shot today, Pap up to date
"""),
("2018-10-16", "Primary Care Follow-up", """
PRIMARY CARE F/U   10/16/18

41F, CKD 3a from IgA nephropathy, HTN. Here for BP and lab review.
Doing well, walks daily. Mentions again brother's death from calciphylaxis on dialysis,
asks if skin checks are needed. Skin: intact, no discoloration or painful lumps.
BP124/76, BMI 25.9.
Labs: eGFR 52 (stable); Ca 9.4; PO4 3.6; PTH 68; UACR 280.

A/P: stable CKD 3a; no skin findings; no signs of calciphylaxis.
Continue lisinopril 40, low-salt diet, nephrology f/u spring. Told her a yearly skin look
at her visits is reasonable; nothing else needed now. RTC 6 mo.
"""),
]}

F20 = {"patient_id": "F20", "age": 57, "sex": "M", "notes": [
("2026-03-18", "Night Float Cross-Cover Note", """
NIGHT FLOAT CROSS-COVER   3/18/26  2340   Med 5E

RN q: pt wants a heating pad on his lower back -- allowed?
57M, ESRD (MWF runs, L arm fistula); DM2 on insulin; obesity (BMI 34.0); HTN; chronic
low back pain; admitted 3/17 for volume overload, HD today w/ 3.5 L off.

Reviewed nephrology standing instructions: no heating pads or hot packs for this pt -- HD
w/ Ca x P product ~70, PTH 1300, at risk of calciphylaxis, and heat to fatty skin is a
reported trigger. Explained to pt, who accepted.
Skin check of back + flanks by RN and me: intact, no discoloration, no plaques.

A/P: chronic LBP
- lidocaine 4% patch to lumbar area 12 h on / 12 off
- APAP 1g q8h scheduled
- repositioning, pillow support
- no heating pad (documented in care plan)
"""),
("2026-03-19", "I-PASS Handoff", """
I-PASS   3/19/26  night team   Med 5E bed 11

I: STABLE, d/c tmrw after HD
P: 57M on HD (MWF), DM2 on glargine, obesity, HTN, CHF, here w/ volume overload, now at EDW.
   RN + intern skin survey: intact, nothing open. Calciphylaxis precautions taught (risk only:
   high
   Ca x P, PTH); pt and wife aware -- no heating pads, no tight belts, tell staff about any new
   painful dark patch.
A: - HD AM, then home
   - cinacalcet 60 started, sevelamer up
   - glargine 22u qHS + SSI
S: if K > 6 -> temporize, HD earlier
   if chest pain -> ECG/trop
S: receiver repeated plan; no questions.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
