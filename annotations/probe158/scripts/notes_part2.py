"""probe158 corpus notes, B08-B14 (teaching-hospital resident, attending and student notes; all invented)."""

B08 = {"patient_id": "B08", "age": 61, "sex": "M", "notes": [
("2025-01-14", "Internal Medicine Resident Clinic", """
POST-HOSPITAL FOLLOW-UP - Resident clinic, Dr. Imogen Sethi (PGY-3)
Preceptor: Dr. Barnaby Olawale

S: 61M, ESRD on HD (L radiocephalic AVF - no BP/sticks L arm), HTN, OSA, obesity. Long
ICU stay last fall at St. Aldric's for urosepsis w/ shock; he says the automatic BP cuff
stayed on his R upper arm "day and night for about two weeks, squeezing every 15 minutes."
Since early December: an exquisitely sore darkened patch, inner R upper arm. No fevers.
Not diabetic. No anticoagulants.

O: BP (R thigh cuff) 146/88, HR 88, Temp 36.6, weight 104kg, BMI 31.6
R medial upper arm: 6x5cm firm violaceous plaque, net-like livedo around it, 1.5 cm dusky
center, very tender. L arm: thrill/bruit present, skin normal.

A/P: Necrotic-appearing R arm plaque in ESRD - calciphylaxis a real worry. Derm referral
this week, wound RN. Told him to ask for BP on the leg.
"""),
("2025-01-21", "Dermatology Clinic Note", """
DERMATOLOGY - Resident Dr. Thaddeus Nkemelu / Attending Dr. Carys Vondrak

61 yo man on HD w/ painful plaque of the R inner arm x ~6 wks.
Exam: R medial upper arm 6.5x5cm retiform purpura with early central eschar; additional
smaller 1 cm nodule just proximal to it. No lesions of trunk, thighs or legs.

Procedure: after consent, deep telescoping-punch biopsy at the R upper arm plaque
margin; closed w/ 1 suture.

Assessment: necrotic retiform purpura, dialysis patient - calciphylaxis highest on ddx; also consider
cholesterol emboli, vasculitis, oxalosis. Labs sent.
Plan: path f/u, dressing w/ petrolatum and foam, call nephrology re STS if confirmed.
"""),
("2025-01-30", "Nephrology Progress Note w/ Attending Addendum", """
NEPHROLOGY CONSULT FOLLOW-UP - Fellow Dr. Anouk Derveaux

Path 1/21: arterioles of the fat calcified (von Kossa+), thrombosed, with
necrotic fat around - calciphylaxis.

S: pain 7/10, needs oxycodone before HD. No new spots.
O: Pre-HD 152/84 (leg cuff), EDW 101.5 kg, BMI 30.8. R medial upper arm plaque 6.5x5cm,
eschar dry, no drainage.
Labs: Ca/PO4 9.5/6.3, PTH 990.

A/P: Calciphylaxis R upper arm (biopsy-proven).
- STS 25g infused over the closing hour of dialysis
- binder: off calcium, sevelamer 1600 TID; cinacalcet 60
- lengthen HD to 4.5 h for phos
- wound clinic q1wk

ATTENDING ADDENDUM (Dr. Greer Mbatha): Seen w/ fellow, agree. No BP measurements on either
arm from now on - leg cuff only.
"""),
]}

B09 = {"patient_id": "B09", "age": 56, "sex": "M", "notes": [
("2016-04-08", "Medicine Progress Note", """
MEDICINE WARDS - PROGRESS NOTE HD#6 - PGY-1 Dr. Leopold Vanterpool

S: R great toe less painful. Tolerating diet. On HD (tunneled L IJ cath, Tu/Th/Sat).
O: 36.9  138/74  80  BMI 27.4
R 1st toe: dry ulcer plantar IP joint, probe-to-bone neg now, erythema receding.
MRI: R 1st distal phalanx osteomyelitis.
Insulin: glargine 16 u + lispro per scale into abdomen.

A/P:
# R hallux osteomyelitis - 6 wks IV vancomycin dosed w/ HD. PICC placed 4/6/16 in the
  R basilic vein by IR (upper arm). Nephrology notes vein preservation concerns -> plan to
  pull PICC after course and give vanc at HD when possible.
# T2DM - glargine/SSI.
# ESRD - renal following, HD TTS.
Attending Dr. Marisol Eberhardt agrees.
"""),
("2016-06-14", "Dermatology Consult Note", """
DERMATOLOGY CONSULT - PGY-3 Dr. Nadia Holmqvist

Asked to see 56M HD pt (now off antibiotics, PICC removed 5/18) for a sore purplish area on
the L inner arm since May.

Exam: L medial upper arm 4x3cm retiform purpura; center necrotic, slate-grey, tender,
indurated; similar but smaller net-like livedo just distal. R arm: healed PICC puncture at the
medial upper arm, no lesion there. Abdominal insulin sites: minor lipohypertrophy only.

Procedure: 4 mm punch bx L medial upper arm.
Impression: rule out calciphylaxis; also cholesterol embolization, vasculitis. F/u path.
"""),
("2016-06-21", "Medicine Progress Note w/ Attending Addendum", """
MEDICINE PROGRESS NOTE - PGY-1 Dr. Leopold Vanterpool

Path (L upper arm): calcified subcutaneous small arteries, thrombi, panniculitis -> consistent
with calciphylaxis. 

Plan: thiosulfate at dialysis, calcium binder off, add cinacalcet, dressings, analgesia. BMI 27.0.
T2DM on glargine/lispro. Not on warfarin.

ATTENDING ADDENDUM (Dr. Marisol Eberhardt): Agree with calciphylaxis of the L upper arm. The
team asked whether the PICC could have triggered it - the PICC sat in the right arm whereas
the necrosis is in the left; no injections, lines or blood draws on the L arm per pt and nursing.
No local trauma identified.
"""),
]}

B10 = {"patient_id": "B10", "age": 74, "sex": "F", "notes": [
("2020-03-18", "Dialysis Unit Rounding Note", """
HD ROUNDS - Millbrook Dialysis - Nephrology attending Dr. Hester Quigley-Ames

74F, ESRD, R AVF, chair 14 on MWF, AF on warfarin, obesity, HTN, no diabetes.
S: since early March a new sore area, posterior R calf; no trauma that she recalls.
O: Pre 164/76, post 138/70, EDW 92 kg (BMI 38.4). R posterior mid calf: 3x2.5cm
tender violaceous indurated plaque with small dark center; faint livedo on the calf. L leg
clean. Pedal pulses dopplerable.
Labs: Ca/PO4 9.6/6.5, PTH 640, INR 2.4.

P: concern for calciphylaxis -> derm referral, expedited. Check ABI.
"""),
("2020-03-26", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC - Resident Dr. Emrys Dalgaard / Attending Dr. P. Sokolova

74F on HD and warfarin w/ R calf plaque since early March.
Exam: plaque of posterior R calf 3.5x3cm, central eschar 1 cm, retiform margin.
Punch bx done 3/24 (R calf edge) - reviewed today w/ dermpath: calcified small vessels
of the fat w/ thrombosis -> calciphylaxis.

Plan: STS at HD, switch warfarin (discuss w/ cards), wound care w/ hydrocolloid, leg elevation,
no tight stockings. Follow up 4 wks.
"""),
("2020-04-14", "Emergency Department Resident Note", """
ED - PGY-1 Dr. Farrah Linnemann / Attending Dr. C. Abernethy

74F HD pt, AF (warfarin changed to apixaban 4/1), known calciphylaxis of R calf,
mechanical fall at home 4/12 getting out of bed: hit her posterior R calf on the steel
bedrail footboard. Now bigger bruise around the calf wound. No head strike, no LOC.

VS: 36.5  92  150/80  16  98%
R posterior calf: ecchymosis 8x6cm surrounding the known ulcer, ulcer now 4x3.5cm,
eschar intact. No hematoma needing drainage. Tib/fib xray R: intact bones.

MDM: contusion around pre-existing calciphylaxis ulcer. Wound RN, PT eval for home safety,
d/c home w/ daughter.
"""),
("2020-04-20", "Wound Care Clinic Note", """
WOUND CARE CENTER - Wound fellow Dr. Ruairi Pendergast

Calciphylaxis R posterior calf (bx 3/24/20), onset early March 2020. Bruise from the
4/12 fall (bed frame) fading - that injury came well after the ulcer started.

Wound: 4x3.5x0.2cm, 70% eschar, 30% yellow slough, mod serous drainage, periwound
ecchymosis resolving.
Procedure: CSWD - loose slough trimmed at the margin w/ forceps + scissors, tolerated.
Dressing: Ca alginate, foam, light wrap.
Wt 90.8 kg, BMI 38.1.
Plan: weekly wound visits, STS continues at HD.
"""),
]}

B11 = {"patient_id": "B11", "age": 60, "sex": "F", "notes": [
("2021-05-10", "Medicine Admission H&P", """
MEDICINE ADMISSION H&P - PGY-2 Dr. Seraphina Okafor-Lind

CC: painful black sore under the L breast

HPI: 60F; ESRD on nightly cycler PD; insulin-treated T2DM (self-injects into her thighs); HTN; morbid
obesity with BMI 44.3. Admitted for a painful skin lesion of the L breast. Began ~3 wks ago
with a firm lump low on the L breast; last week became black. No injury to the breast,
no biopsies there before.

Exam: 37.1  148/82  90
L breast, inferior pole: 5x4cm stellate plaque, black eschar, livedoid
rim; R breast unremarkable. Thighs: some lipohypertrophy at injection areas, otherwise clear. PD exit healthy.
Chem: Ca/PO4 9.9/6.9, PTH 770, Alb 2.9.

Assessment: necrosis of the L breast; calciphylaxis leads the ddx, necrotizing infection
next (no warfarin exposure). Breast surgery + derm consults; bx tomorrow.
"""),
("2021-05-14", "Wound Care Consult Note", """
WOUND/OSTOMY NURSING + Wound MD (Dr. Casimir Ellwood) note

Dx per derm bx 5/11 (L breast): calciphylaxis.
L inferior breast wound 5x4.2cm, 80% black eschar, edges boggy, scant drainage.

Procedures today:
- Sharp debridement of the soft eschar edge at the bedside with curette (lidocaine
  topical), ~1 cm margin, pt tol with premed.
- Cool saline compresses applied to the wound for comfort x 10 min per pt request.
- Dressing: silver alginate, bordered foam, soft support bra (no underwire).

Plan: re-look in 4 days; avoid further debridement of the hard eschar.
"""),
("2021-06-01", "PD Clinic Follow-up", """
PERITONEAL DIALYSIS CLINIC - Renal fellow Dr. Horatio Bankole

60F CCPD, T2DM on insulin into thighs, L breast calciphylaxis (biopsy 5/11/21)
getting STS thrice weekly (outpatient infusion chair).
Wound: slowly smaller, 4x3.5cm, granulation at the edges after the debridement.
Weight 117 kg, BMI 44.0. No peritonitis. Kt/V 1.8.

Her sugars run 140-220 on the cycler days; glargine nudged up 2 units, she keeps rotating within
both thighs. Dressing changes done by her daughter, who was shown the technique again today.
Plan: continue STS, stop calcitriol, cinacalcet up, low-Ca dialysate. Attending Dr. Nkiru
Vasquez-Fell agrees.
"""),
]}

B12 = {"patient_id": "B12", "age": 58, "sex": "M", "notes": [
("2025-02-03", "Medical Student H&P Presentation", """
MS3 H&P (teaching note; resident note is the note of record)
Student: Tobias Arnfinnsson

CC: "my thighs hurt so much I can't walk"

HPI: 58 yo man; ESRD (HD MWF); T2DM on glipizide, AF (warfarin), obesity, w/ 3 wks of
painful hard areas on the inner parts of both thighs, now w/ dark patches. No shots into
the thighs per pt; he uses no heating pad or ice, has not fallen, wears loose pants. Never on insulin.

Exam: T 37.3  BP 160/90  HR 96  BMI 32.2
Both medial thighs: indurated tender plaques, L 8x6cm, R 6x5cm, with purple net-like
rims and central black eschars.

Assessment: I think calciphylaxis (ESRD, warfarin, obesity); ddx panniculitis, necrotizing
infection. Plan: derm bx, stop warfarin, wound care, pain control.
"""),
("2025-02-05", "Medicine Progress Note w/ Attending Addendum", """
MEDICINE PROGRESS NOTE - PGY-1 Dr. Delphine Achebe-Wolk

Derm punch bx 2/4 (L medial thigh): calciphylaxis.
S: pain 8/10. O: 37.0  150/84  88.

A/P:
1. Calciphylaxis, bilateral medial thighs - STS w/ HD, warfarin stopped (switch to apixaban per
   cards), lanthanum, cinacalcet.
2. VTE ppx: not starting SC heparin - he is walking, and would rather avoid any injections in the
   thighs or belly; SCDs declined.
3. DM2: glipizide held inpatient; if he ever needs insulin, keep it out of the thighs.

ATTENDING ADDENDUM (Dr. Ugo Fenwick-Sato): Agree. I asked him again about any trauma - he
reports no injury to the thighs and no heat, cold or pressure there.
"""),
("2025-03-10", "Dermatology Clinic Follow-up", """
DERMATOLOGY FOLLOW-UP - Dr. Marguerite Ishola (attending), Dr. B. Kovacs (PGY-2)

58M, calciphylaxis both medial thighs (bx 2/4/25), on STS at HD.
Exam: L medial thigh eschar 7x5cm, R 5x4cm, dry, no cellulitis. No new lesions.
BMI 31.7.

He walks short distances with a rollator; pain 4/10 on gabapentin after dialysis and low-dose
oxycodone at night. Apixaban tolerated, no bleeding.
Plan: continue STS, wound care, keep hot or cold packs off his legs, no
intralesional treatments for now. F/u 6 wks.
"""),
]}

B13 = {"patient_id": "B13", "age": 67, "sex": "F", "notes": [
("2018-01-22", "Emergency Department Note", """
ED NOTE - PGY-3 Dr. Gideon Aalbers / Attending Dr. M. Renwick

67F ESRD on HD, HTN, hypothyroid, slipped in her bathtub 1/20/18 - fell onto her R side.
C/o R hip pain. Walking w/ limp.

VS: 36.7  80  148/72  16  98%  BMI 26.3
R hip: 10x8cm bruise over the greater trochanter, TTP, ROM full w/ pain, no shortening
or rotation. Skin intact otherwise. Xray R hip/pelvis: no fx.

Dx: R hip contusion. Plan: APAP, ice prn (20 minutes on, then off), walker at home, PCP f/u.
"""),
("2018-02-20", "Medicine H&P", """
Admission note, medicine (intern Dr. Ottoline Chukwuma)

CC: painful black spot on R thigh

HPI: 67F, ESRD, dialysis 3x weekly (L AVF), no diabetes, no anticoagulants, admitted w/ a painful
plaque of the R lateral mid-thigh since early February. Fell in the tub on 1/20; her R hip
bruise is gone. She has not used ice or heat since January.

Exam: 36.8  142/80  76  BMI 26.1
On the R lateral thigh at mid-shaft: 5x4cm violaceous plaque with 1 cm black eschar, indurated,
livedoid margin. R hip over trochanter: skin normal now.
Labs: Ca/PO4 10.0/6.2, PTH 1100.

A/P: ?calciphylaxis - derm consult, bx.
"""),
("2018-02-26", "Dermatology Consult w/ Attending Addendum", """
DERMATOLOGY CONSULT - PGY-2 Dr. Lysander Okoro

Bx 2/21, R lateral thigh: calcium and thrombus within small fat arterioles = calciphylaxis.
Recs: thiosulfate at dialysis; dressings; pain service, parathyroid surgery eval (PTH > 1000).

ATTENDING ADDENDUM (Dr. Clotilde Haverford): Agree: calciphylaxis, R lateral thigh. The
team wondered about the January fall; the bruise was on the hip over the trochanter, and the
plaque is in the middle of the thigh roughly a hand's breadth lower - separate area, and the hip
skin never broke down. I do not think the fall explains this lesion.
"""),
]}

B14 = {"patient_id": "B14", "age": 72, "sex": "M", "notes": [
("2022-09-06", "Medicine Admission H&P", """
MEDICINE H&P - PGY-2 Dr. Percival Adjei-Strand

CC: leg pain, sores on both calves

HPI: 72M ESRD on HD (TTS), DVT on warfarin, HTN, CAD, no DM, with 4 wks of painful
indurated areas on both calves, two now with black centers. Also c/o a blister on his L
shoulder - he sleeps on a heating pad for shoulder arthritis.

Exam: 36.9  150/70  82  BMI 29.5 (overweight)
Both posterior calves: several 2-5 cm violaceous plaques w/ retiform borders, two with eschar.
L posterior shoulder: 3x2cm tense clear blister on red base, no necrosis.
R forearm: PIV in place.
Labs: INR 3.0, Ca/PO4 9.4/7.3, PTH 680.

A/P: calf plaques - calciphylaxis? warfarin necrosis? vasculitis?; L shoulder thermal burn.
Derm consult, bx calf. Stop heating pad.
"""),
("2022-09-09", "Medicine Progress Note", """
MEDICINE PROGRESS NOTE - PGY-2 Dr. Percival Adjei-Strand

Events: nurse removed the R forearm PIV dressing this AM and the tape pulled off a 3x1cm
strip of skin (skin tear), now a raw shallow wound on the R forearm. Cleaned, nonadherent
silicone dressing applied; tape avoided.

Bx 9/7 R calf: calcified subcutaneous arterioles, thrombi -> calciphylaxis.

A/P:
# Calciphylaxis BLE - STS at HD, warfarin -> apixaban, lanthanum.
# R forearm skin tear (tape) - silicone dressing.
# L shoulder partial-thickness burn - silver sulfadiazine avoided, petrolatum.
"""),
("2022-09-15", "Dermatology Consult Follow-up w/ Attending Addendum", """
DERMATOLOGY - Attending addendum to resident note (Dr. Henrietta Moosa)

Calf plaques stable, eschars dry. Asked to look at the other two wounds because the team was
worried they were new calciphylaxis: on the R forearm there is only a superficial
adhesive-related skin tear, clean pink base, already epithelializing; the L shoulder wound is a
healing superficial burn from the heating pad. Neither resembles calciphylaxis (lacking retiform
purpura, induration and necrosis), and no biopsy is needed. Calciphylaxis is confined to the
calves. Weight 88 kg, BMI 29.5.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
