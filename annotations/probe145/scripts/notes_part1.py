"""probe145 corpus notes, A01-A07 (correctional health services and the clinics around them; all invented)."""

A01 = {"patient_id": "A01", "age": 58, "sex": "M", "notes": [
("2019-04-02", "Chronic Care Clinic - Diabetes/Renal", """
HARLOW RIDGE CORRECTIONAL FACILITY - HEALTH SERVICES
CHRONIC CARE CLINIC (DM / CKD)            DOC# 44-1187-2
Date: 04/02/2019     Provider: T. Okonkwo-Reyes, PA-C

S: 58 y/o M here for 90 day DM chronic care f/u. Says his sugars at
insulin line are "all over the place", nocturia x3. Pill line compliance
good per MAR. ESRD, dialyzes M/W/F off-site at Tamarack Kidney Center
(L arm AVF). Denies CP, SOB. Has never taken warfarin or other thinners.

O: BP 162/88  HR 78  T 97.9  Wt 104.6 kg  Ht 182 cm  BMI 31.4 (obese)
FSBG log 212-348. A1c 9.8% (3/21/19). K 5.1, phos 6.4, Ca 9.6, iPTH 612.
Skin: no wounds. Old homemade tattoos both forearms.

A: 1. DM2 uncontrolled, orals not adequate w/ ESRD
   2. ESRD - on hemodialysis thrice weekly
   3. Obesity

P: - START NPH 16 units SC BID at insulin line, first dose today 4/2/19
   - I/M asks that every shot go into the R triceps area (posterior upper arm)
     ("no needles in my belly"). Nursing told, written on the MAR.
   - Renal tray continued, sevelamer 1600 mg, take with every tray
   - RTC 30 days or sooner thru sick call
"""),
("2019-06-14", "Nursing Sick Call Encounter", """
NURSING SICK CALL        HSR rec'd 06/13/19 0540
Complaint as writen by I/M: "back of my right arm is burning and swolled
up cant sleep on it"

S: Pain began 6/11/2019, sharp and burning, 9/10, worse when his sleeve
rubs. No fevers. No fall, no fight. Gets NPH at insulin line
twice a day; nurses have used the R arm every time since April as he
asked.

O: T 98.4  P 88  BP 170/92  RR 16  SpO2 97% RA.  FSBG 188.
R posterior upper arm: indurated 3x4cm violaceous plaque, dusky grey
center, lacy purple rim, exquisitely tender, no drainage or fluctuance.
Several healed needle marks in the same patch of skin. L arm fistula
with good thrill.

A: Painful skin lesion R upper arm, does not fit abscess protocol.

P: Referred to provider same day (Dr. Vasquez-Lund aware 1015).
Insulin line told to use abdomen until seen. Tylenol 650 mg x1 given.
"""),
("2019-07-02", "Off-site Dermatology Consult", """
LARCHMONT UNIVERSITY DERMATOLOGY - OUTSIDE CONSULT
Referring site: Harlow Ridge CF. Pt escorted by 2 officers, in restraints.
Reason for referral: painful R arm plaque, r/o calciphylaxis

HPI: 58M, ESRD/HD, DM2, on NPH since 4/2/19, all doses given
subcutaneously into the triceps skin, R side. Pain and color change there
from 6/11/19. Punch bx done in this clinic 6/20/19 (R posterior upper
arm, 2 sutures).

Path (our dermpath, Dr. Ilves): mural calcium in septal and lobular
vessels of the panniculus, luminal fibrin, necrotic adipocytes; read
as calciphylaxis.

Exam: retiform plaque, R arm posteriorly above the elbow, 4.5x5cm, 1.5 cm black
central eschar, bx site healing. Trunk and legs clear.

Impression: Calciphylaxis, biopsy-proven, which arose at his insulin
injection site (R posterior upper arm).

Plan:
- Na thiosulfate 25gm IV late in every HD run, thrice weekly
  (letter to Tamarack)
- Insulin to abdomen only; no more injections into the R arm
- Wound: petrolatum and nonadherent pad daily by facility nursing
- Wt 103.1 kg, BMI 30.9 today
- RTC 4 weeks
"""),
]}

A02 = {"patient_id": "A02", "age": 63, "sex": "M", "notes": [
("2022-03-08", "Reception Center Intake Health Screening", """
STONECROP STATE PRISON - RECEPTION & DIAGNOSTIC CENTER
INTAKE HEALTH SCREENING (RN)         03/08/2022  1420

Arrived on the transfer bus from Pell County Detention Center; county
transfer summary received and scanned.
PMH per I/M + county records: ESRD, dialyzes Tu-Th-Sa (access: L forearm
AVF); HTN; paroxysmal AF on warfarin 5 mg daily, gout, HCV treated 2019.
No diabetes.
Meds: warfarin, metoprolol tartrate 25 BID, sevelamer, calcitriol,
allopurinol 100 daily.  Allergy: PCN (hives).
VS: BP 148/84  HR 72 irreg  T 98.1  RR 18  SpO2 96%.  Wt 78 kg, BMI=26.2
Skin: intact, no wounds or rashes. Tattoos on chest and back.
TB: no symptoms, IGRA drawn. COVID: no symptoms, antigen neg.

Dispo: GP housing pending classification. Medical hold for dialysis.
Custody advised: off-site HD at Coldwater Dialysis 3x/wk, transported
in full restraints per policy (handcuffs, belly chain, leg irons).
INR ordered for 3/10. Chronic care referrals: renal, anticoagulation.
"""),
("2022-05-17", "Sick Call - Nursing Protocol (Skin)", """
SICK CALL - NURSING PROTOCOL: SKIN/WOUND     05/17/22
HSR: "the shackles on the dialysis van are tearing up my ankles"

S: 63M reports the leg irons rub both ankles on every dialysis run,
three trips a week since he started going out for HD in March. Ride is
about 50 min each way and the cuffs sit right on the ankle bones. He has
not seen any open skin.

O: T 97.8  P 70  BP 142/80.
Both medial malleoli: 2-3 cm patches of blanching redness with shiny,
chafed skin; skin intact; no drainage. Pedal pulses 1+ bilat.

A: Friction and pressure from transport leg restraints, skin intact.

P: - Medical restraint accommodation memo sent to custody asking for
     padded cuff sleeves on transports
   - Extra pair of thick socks issued
   - Return to sick call if skin opens or turns dark
   - I/M verbalized understanding
"""),
("2022-07-26", "Provider Clinic Note", """
CLINIC NOTE - M. Harwell, FNP          07/26/2022
CC: painful sore L ankle

HPI: 63M, ESRD on HD (off-site TTS), pAF on warfarin, seen for a wound
at the medial L ankle. It "started as a purple blotch about
3 wks ago" and has gone black centrally. Pain 10/10, keeps him awake,
worse when custody puts the cuffs on for his dialysis trips. HD
nurses told him to get it looked at. No fever, no drainage.

INR 3.4 (7/22).  Outside labs 7/19: iPTH=880 (H), Phos=7.8 (H), serum Ca=9.9.

Exam: L medial ankle just above the malleolus: 2x2.5cm ulcer
capped with adherent black eschar, retiform violaceous rim about 6 cm across,
exquisitely tender. R ankle: faint residual redness, skin intact.
DP 1+ bilat, feet warm.

A: Painful necrotic ulcer L medial ankle; HD patient, anticoagulated with
warfarin, high phos/PTH. Differential: calciphylaxis / warfarin necrosis /
arterial ulcer.

P: Urgent off-site referral (UM approved today) to Larchmont wound/derm,
biopsy requested; ABIs. Medical memo: no leg irons for transport until
seen, waist restraints only.
"""),
("2022-08-30", "Off-site Wound Care / Dermatology", """
LARCHMONT WOUND & DERMATOLOGY CLINIC
Pt: resident of Stonecrop SP, CO present for visit

Dx: Calciphylaxis, L medial ankle. Two incisional biopsies at the ulcer
edge on 8/9/22: calcified subcutaneous microvessels, several
thrombosed: diagnosis confirmed.

Today: ulcer 2.5x3.1x0.3cm; eschar ~70% / slough ~30%; light serous
exudate; livedo around the wound. Pain 8/10.
ABI 1.05 L, 1.10 R.

Plan:
1) STS 25gm IV each HD (3/wk); Coldwater Dialysis notified
2) Warfarin stopped after talking with the prison physician;
   apixaban 2.5 BID started in its place
3) Medihoney alginate + bordered foam, change q48h (infirmary RN)
4) Gabapentin 100 mg after HD, APAP scheduled
5) Sevelamer increased; cinacalcet 30 mg daily started
6) No sharp debridement today
Wt 76.9 kg, BMI 25.8.
Return 3 weeks.
"""),
]}

A03 = {"patient_id": "A03", "age": 49, "sex": "F", "notes": [
("2017-11-04", "Sick Call - Nursing Encounter Tool: Burns", """
PELL COUNTY DETENTION CENTER - MEDICAL
NURSING ENCOUNTER TOOL: BURNS          11/04/2017  0815
Housing: 4-West, pod C

S: 49 y/o F says she spilled a full cup of hot water from the pod's hot
water spigot onto her right thigh yesterday around 1900 while making
ramen. "It blistered up overnight." Pain 6/10. Did not tell staff last
night.
PMH: ESRD - peritoneal dialysis (CAPD, exchanges in medical unit 4x a
day), DM2 - insulin (Lantus 20u HS + SSI), HTN, obesity.

O: T 98.6  P 92  BP 156/90.  Wt 109 kg.  Body Mass Index 38.0 kg/m2
R anterior thigh: 8 x 6 cm partial thickness burn, three intact blisters
(largest 3 cm), one ruptured w/ pink moist base. No eschar/
charring. Sensation intact.

A: Second degree scald, R anterior thigh, under 2% TBSA.

P: Cleansed with NS, blisters left intact, silver sulfadiazine 1% + dry
gauze daily in medical unit, APAP 650 q6h prn. Td current (2015).
Infection warning signs reviewed. NP follow-up in 1 wk.
"""),
("2017-12-12", "Jail Medical Unit - NP Progress Note", """
MEDICAL UNIT - NP PROGRESS NOTE          12/12/17
Seen at the PD nurse's request.

Pt reports new severe pain at the R thigh burn, which began "about 10
days ago"; now she can't stand her pants touching it. Per nursing notes
the 11/3 scald had re-epithelialized with thin pink skin by 11/24.
PD: effluent clear, exit site clean (LLQ), no abd pain.
Labs 12/8: Ca 10.2 H; phos 7.1 H; albumin 2.9 L; iPTH 940 H.
Meds: glargine, lispro SS, calcium carbonate (Tums) 1 g w/ meals, calcitriol,
sertraline.

Exam: R anterior thigh, inside the area of the healed scald: stellate
violaceous plaque 5x4cm, dusky necrotic center; net-like purpura
reaching 3 cm beyond it. Firm, very tender, no fluctuance, not warm.

A: Concern for calciphylaxis arising in the healed burn vs infected
burn wound.

P: Sent to St. Anselm ED by transport, custody notified, ED physician
called. Hold calcium carbonate and calcitriol.
"""),
("2017-12-21", "Inpatient Dermatology Consult - Follow-up", """
ST. ANSELM REGIONAL MEDICAL CENTER
DERMATOLOGY CONSULT - FOLLOW UP          12/21/2017
Pt is in custody (Pell County); deputy at bedside.

Biopsy 12/14/17, R anterior thigh, deep incisional: mural calcium in
subcutaneous arterioles (von Kossa +), fibrin clot, necrosis of fat
lobules. DX: CALCIPHYLAXIS.

Exam: R ant thigh plaque has grown to 6x5cm; eschar starting centrally. No new
lesions elsewhere; PD exit site fine.

Assessment: Calciphylaxis, R anterior thigh, developing inside the
partial-thickness scald she got on 11/3/17, i.e. localized to
previously injured skin (Koebner-like).

Recs:
- IV STS 25gm 3x weekly, nephrology to arrange
  with her PD schedule
- Non-calcium binder (sevelamer); stop calcitriol
- Daily wound care: nonadherent dressing, no sharp debridement for now
- Weight 107.2 kg, BMI 37.6
- Outpatient derm f/u after discharge back to the jail
"""),
]}

A04 = {"patient_id": "A04", "age": 71, "sex": "M", "notes": [
("2021-02-19", "Clinic Procedure Note - Incision and Drainage", """
HARLOW RIDGE CF - HEALTH SERVICES
PROCEDURE NOTE: INCISION & DRAINAGE     Date of procedure: 02/19/2021
Provider: R. Adeyemi, MD

Indication: 71M with 4 days of a painful swelling on the L flank, seen at
sick call this AM. Fluctuant 4 x 3 cm abscess with 6 cm of surrounding
redness L posterior flank at the belt line. T 99.8.
Anticoag: warfarin (mechanical AVR, St. Jude 2009); INR 2.6 this AM; bleeding
risk discussed, will proceed.
PMH: CKD 3a (baseline Cr 1.4, eGFR 51), HTN, BPH, obesity (BMI: 33.5).
Consent signed, time-out done.

Procedure: chlorhexidine prep, 1% lidocaine 5 mL local. 2 cm linear
incision with #11 blade, ~8 mL pus expressed, loculations broken up with
a hemostat, irrigated w/ NS, packed with 1/4 inch iodoform, dry gauze.
Minimal blood loss. Culture sent. I/M tolerated it without problems.

Post: daily packing change in infirmary, doxycycline 100 BID for one week.
Addendum 2/22: culture grew MRSA, sensitive to doxycycline.
"""),
("2021-04-22", "Provider Clinic Note", """
CLINIC VISIT (sick call + chronic care)        04/22/2021
CC: "that boil spot on my side hurts worse than the boil did"

HPI: I&D of L flank abscess 2/19, healed by mid-March per RN wound
checks. Since early April pain at the old incision, then a purple lacy
patch, now a black center. Afebrile, no drainage.
No diabetes, no insulin.
Still on warfarin 7.5 mg for the mechanical AVR, INRs 2.5-3.2.

Exam: L posterior flank: healed 2 cm linear I&D scar; centered on the
scar a 3 x 3.5 cm firm stellate plaque with black center and retiform
violaceous edges; severe tenderness; no fluctuance.
Labs 4/19: Cr 1.5 / eGFR 48 / Ca 9.4 / PO4 4.6 / PTH 88 / alb 3.1

A: Necrotic plaque centered on the old I&D scar. Ddx recurrent MRSA (unlikely,
no fluctuance), warfarin necrosis, non-uremic calciphylaxis. Needs bx.

P: Urgent UR request for off-site dermatology: APPROVED. Nonadherent
dressing daily. Cardiology records requested.
"""),
("2021-05-11", "Off-site Dermatology Consult", """
MERIDIAN HILLS DERMATOLOGY - CONSULT NOTE
Patient in state DOC custody; officer present.

Biopsy 5/4/21 (L flank plaque, edge): calcified media of small
subcutaneous arterioles, thrombosed lumina, septal panniculitis;
von Kossa stain shows the mineral.

Final diagnosis: non-uremic calciphylaxis, L flank, sitting on the February
incision and drainage scar (trauma-localized, Koebner-type).
Contributors: warfarin, obesity, low albumin. Kidney function CKD 3a,
never on dialysis.

Plan:
- E-consult to cardiology: mechanical valve -> DOAC not an option,
  warfarin must stay; aim for low end of INR range meanwhile
- IV sodium thiosulfate discussed (off-label), pt agrees
- Wound: hydrogel + foam, change daily
- Avoid any further procedures on that flank if possible
BMI 33.0 (101 kg).
Follow-up 4 weeks, sooner if new lesions.
"""),
]}

A05 = {"patient_id": "A05", "age": 55, "sex": "M", "notes": [
("2023-09-05", "Nursing Encounter - Fall/Injury", """
COLDWATER BASIN CORRECTIONAL CENTER - MEDICAL
NURSING ENCOUNTER: FALL / INJURY        09/05/23  0710
Unit B-2, called by housing officer at count.

S: 55 y/o M says he fell from the top bunk on Labor Day night about
2300 climbing down to use the toilet, landed on his left side on the
concrete. No head strike, no LOC. Didn't push the call button, "figured
it would be fine". Now L hip pain 7/10 and limping.
PMH: ESRD on HD (on-site dialysis unit MWF), DM2 on insulin glargine,
HTN, peripheral neuropathy.

O: BP 138/76, HR 84, Temp 98.0, O2 sat 98% RA. Antalgic gait.
L lateral hip (over trochanter): purple ecchymosis ~10x8cm, tender,
skin intact. Hip ROM full, leg not shortened/rotated. Neuro intact.

A: Fall with contusion of L hip.

P: X-ray of L hip + pelvis done on site today: no fracture (prelim read). APAP
650 q6h prn. Lower bunk / lower tier pass written (neuropathy - should
not have been on top bunk). Classification notified.
"""),
("2023-10-03", "On-site Dialysis Unit - NP Note", """
ON-SITE DIALYSIS UNIT - NP NOTE             10/03/2023
Pre-HD: BP 152/80, Wt 89.6 kg (EDW 88.0), BMI 28.9 (overweight).

I/M c/o severe pain around the L hip since 9/25, can't lie on his L
side, 9/10 even with light touch, "the sheet hurts".
Skin L lateral hip: violaceous, indurated plaque 6x5cm, netlike
border and a 1.5 cm dusky grey center. Not warm, no drainage.
Monthly labs 9/28: Ca 9.8, phos 8.2, PTH 1120, albumin 3.2, Kt/V 1.3.
Meds: Lantus 18u HS, Humalog per scale, sevelamer 800 TID,
calcitriol 0.5 mcg 3x/wk, cinacalcet (often refused at pill line).

A: Painful retiform plaque, concerning for calciphylaxis.

P: Hold calcitriol. Discussed with tele-nephrology (Dr. Pradhan): raise
sevelamer, encourage cinacalcet, low-calcium bath. Off-site derm request
sent with photos, marked urgent.
"""),
("2023-10-24", "Off-site Dermatology Consult", """
FAIRVALE REGIONAL HOSPITAL - DERMATOLOGY CLINIC
Patient from Coldwater Basin CC, custody officer present.

Incisional bx L lateral hip 10/12/23 -> subcutaneous arterioles
calcified, small vessels thrombosed, necrotic fat, calcium stain +;
final dx calciphylaxis.

Exam: L lateral hip: 5x4cm ulcer, black eschar stuck down, livedo
rim. Bx site closed. No other skin lesions.

Impression & plan:
#1 L lateral hip calciphylaxis, biopsy-confirmed
2. STS 25gm IV with every dialysis (on-site unit will begin)
3. Keep eschar dry and intact, gauze + foam border, no debridement
4. Pain: hydromorphone low dose prn per facility MD, gabapentin 100 qhs
5. Pressure offloading of the L hip when lying down, wedge pillow
6. Recheck 3 weeks
"""),
]}

A06 = {"patient_id": "A06", "age": 44, "sex": "M", "notes": [
("2024-12-24", "Intake 14-Day Health Assessment", """
MARROWFIELD REGIONAL JAIL - MEDICAL
14-DAY HEALTH ASSESSMENT      Booked 12/20/24, seen 12/24/24

44 y/o M. PMH: ESRD; outpatient HD thrice weekly (jail transports him
Mondays, Wednesdays, Fridays);
HTN, secondary hyperparathyroidism, hx meth use (says none x 2 yrs).
No diabetes. No blood thinners.
Booking labs 12/20: RPR reactive 1:8, TP-PA positive, HIV neg, HCV Ab neg.
No chancre, no rash, no neuro symptoms. Pt not sure he was ever treated;
no records.
VS: BP 142/88  P 80  T 98.2.  Wt 112 kg, BMI 35.6 (class II obesity).

A: Late latent syphilis, duration unknown. ESRD on HD. Obesity.

P: Benzathine penicillin G 2.4 million units IM once weekly for 3 weeks.
   First dose today 1215 by RN Castellanos: 1.2 million units in the R
   gluteal upper outer quadrant and 1.2 million units in the L gluteal
   upper outer quadrant. Observed 15 min, tolerated.
   Doses #2 12/31 and #3 1/7 scheduled.
   Health dept notified. Renal diet, dialysis transport orders renewed.
"""),
("2025-01-28", "Provider Sick Call", """
PROVIDER SICK CALL                       01/28/2025
HSR 1/27: "my butt cheeks hurt bad, sores where the shots were"

S: Since MLK Day both buttocks painful, now dark spots. Can't sit on the
dayroom bench, sleeps on his stomach. All 3 penicillin doses given (12/24,
12/31, 1/7), each split into the R and L upper outer buttock.

O: Afebrile, BP 150/90. Firm violaceous plaques, R upper outer buttock
3x3cm and L upper outer buttock 4x3.5cm, stellate black centers and
livedoid rims, centered over the injection sites. No fluctuance, no
drainage.
Dialysis labs (1/20): Ca 10.1 (H), phos 7.4 (H), PTH 1350 (H).

A: Bilateral necrotic gluteal plaques at IM injection sites; he is a
dialysis patient. R/o calciphylaxis vs Nicolau syndrome vs abscess.

P: Urgent send-out to nephrology and derm (approved by jail physician);
photos in chart; foam cushion pass for dayroom.
"""),
("2025-02-11", "Off-site Nephrology Consult", """
GREYWATER VALLEY NEPHROLOGY - CONSULT
Referred by Marrowfield Regional Jail. Deputy present.

Skin biopsy of the R buttock lesion by dermatology 2/3/25: calcified
medium and small vessels in the fat, thrombi, necrosis. No drug
crystals, no features of Nicolau. Read as calciphylaxis.

Impression: Calciphylaxis of both buttocks, arising precisely at the
sites of his benzathine penicillin injections given 12/24, 12/31 and 1/7.
Risk factors present: dialysis dependence, obesity, PTH >1300, high phos.

Plan:
- Thiosulfate 25gm IV near the end of every dialysis treatment
- Cinacalcet 30 mg daily, titrate; stop calcium-based binder; sevelamer
- Avoid IM shots into the gluteal area from now on
- Wound care: nonadherent contact layer + absorbent pad, daily by jail RN
- Wt 110.4 kg, BMI 35.1
- Surgical referral for possible parathyroidectomy if PTH stays high
"""),
]}

A07 = {"patient_id": "A07", "age": 67, "sex": "F", "notes": [
("2018-10-09", "Sick Call - Provider Visit", """
ASHGROVE WOMEN'S CORRECTIONAL FACILITY - HEALTH SERVICES
SICK CALL - PROVIDER VISIT               10/09/2018

CC: wants her ice bag order renewed; L calf "knot" getting worse.

HPI: 67F, ESRD on HD (on-site unit T/Th/Sat), DM2 on linagliptin, CAD.
Has had cramps in the L calf after HD runs and has been getting ice bags
from the officer station twice a day, holding them against her L calf
(posterior), since this summer. Now a hard lump in that calf, very painful,
since early September with purple "veins" around it; says the ice "does
nothing anymore". No injury, no fall.

O: T 98.2  BP 134/70  calc BMI 24.3
L posterior mid-calf: 3 cm firm subcutaneous nodule, overlying
violaceous livedo 8 x 6 cm, 0.5 cm dusky spot in the middle. Calf
otherwise soft, no edema. DP/PT palpable bilat.

A: Painful nodule with livedo L calf: r/o calciphylaxis, DVT less likely.

P: LLE venous duplex + ABI and derm consult off-site (UR submitted).
Ice order not renewed; reason explained.
"""),
("2018-10-30", "Off-site Vascular / Dermatology Consult", """
KESTREL POINT MEDICAL GROUP - VASCULAR LAB & DERMATOLOGY
Inmate patient, Ashgrove WCF; escort officer present.

Venous duplex LLE: no DVT.
ABI: noncompressible both sides (>1.4); toe pressures 62 L, 70 R.

Derm: L posterior calf lesion has broken down since the prison visit:
now ulcerated, 3x2cm, black eschar, inside a 9x7cm field of retiform
purpura. Exquisitely tender. Punch bx x2 (4mm) at the ulcer margin
today, sutured.

Facility labs 10/22 - Ca 9.7 / phosphorus 6.9 / PTH 745 / alb 3.0

Impression: retiform purpura with ulcer on the L calf in an HD patient,
strongly suspicious for calciphylaxis; await pathology.
Recs: stop any calcium supplements, no vitamin K antagonists, wound care
with petrolatum gauze and foam daily.
"""),
("2018-11-13", "Infirmary Admission Note", """
INFIRMARY ADMISSION - ASHGROVE WCF             11/13/2018
Reason: wound care + pain control, new calciphylaxis diagnosis.

Path (punch bx 10/30): subcutaneous arterioles calcified, intima
thickened, thrombi present, von Kossa positive: calciphylaxis.

Skin: L posterior calf ulcer 3.5x2.5cm with black eschar; surrounding
livedo. No cellulitis. Pain rated 8.
Wt 61.8 kg, BMI 24.1.

Orders:
- Na thiosulfate 25gm IV 3x weekly during HD (on-site unit)
- Sevelamer 1600 w/ meals; cinacalcet 30 daily
- Petrolatum gauze + foam to L calf daily, float heels
- Oxycodone 5 q6 PRN; gabapentin 100 HS
- Nothing cold or hot applied to legs
- Linagliptin continued; FSBG AC/HS
- Bottom bunk, wheelchair for distances
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
