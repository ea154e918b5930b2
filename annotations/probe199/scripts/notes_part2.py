"""probe199 corpus notes, A08-A14 (hyperbaric oxygen and advanced wound centre, and the clinics around them; all invented)."""

A08 = {"patient_id": "A08", "age": 49, "sex": "M", "notes": [
("2025-04-08", "Wound Center HBOT Evaluation", """
WOUND / HBOT EVAL - Sandpiper Hyperbarics
49M - ESKD, HD M/W/F at Gull Point; DM2 managed w/ linagliptin (has never used insulin); PAD; ex-smoker (2023).
BMI 29.9 (overweight).
Vasc hx: L fem-pop bypass in March at St. Aurel's via a L medial thigh incision - staples
out, line closed and dry. L 3rd toe dry gangrene -> toe amputation 3/31.
Now: L 3rd toe amp site dehisced 1.8x1.0cm, MRI w/ early OM of 3rd MT head (Wagner 3).
TcPO2 L dorsal foot 24 mmHg RA; in-chamber test dive 312 mmHg at 2.4 ATA.
Ears ok, no lung contraindication on CXR.
Plan: HBOT 2.4ATA/90min x 30, post-op shoe, IV abx per ID via HD, weekly wound ctr.
"""),
("2025-05-06", "Hemodialysis Rounding Note", """
HD ROUNDS - chair 14
S: c/o severe burning of the L inner thigh since 4/22/25, now an open sore; hard to sit
in the chair for 4 hrs. Still diving at the wound ctr for his L foot.
O: pre-HD BP 158/86, wt 92.5 kg (EDW 91.0). L medial mid-thigh: 5x1.6cm linear black
eschar, violaceous rim, exquisitely tender. AVF thrill +.
Labs: Ca9.9 | P6.9 | PTH810 (CaxP 68) | Hgb10.2.
A/P: ?calciphylaxis - derm bx this wk. Lanthanum replaces Ca acetate, cinacalcet up,
hold calcitriol. Pain: hydromorphone 1 mg on HD days.
"""),
("2025-05-15", "Dermatology Consult", """
Derm consult - painful thigh ulcer, ESRD.
Exam: L medial mid-thigh ulcer with eschar 5.2x1.8cm, retiform purpura encircling.
Trunk/buttocks/legs otherwise spared. L foot wound per wound ctr, clean.
Bx 5/9/25 (deep incisional, Dr Mbeki): calcified small vessels w/ thrombus and fat
necrosis; VK + => calciphylaxis.
Went over the prognosis plainly with him and his partner Dion; they want everything.
Plan: thiosulfate 25g at end of each HD; wound ctr to keep HBOT going, add calciphylaxis to
indication; avoid any trauma to the thighs; palliative care intro for pain.
RTC 2 wks w/ photos.
"""),
]}

A09 = {"patient_id": "A09", "age": 61, "sex": "M", "notes": [
("2019-06-11", "Transcutaneous Oximetry Report", """
TCOM STUDY - Fairhaven Wound Institute
Indication: R lateral foot ulcer, HBOT candidacy. ESRD/HD, DM on insulin.
Probe temp 45 C, 15 min equilibration, supine, quiet room.
 site                     RA    O2 (NRB)
 L infraclav (ref)        57     350
 R dorsal foot            21      58
 R anterior calf          36     190
 R medial calf            34     205
Comment: after the study the R medial calf probe site showed a faint red ring with a tiny
blister (heat) - dressed w/ silicone foam, pt told.
Impression: foot hypoxic w/ good O2 response -> reasonable HBOT candidate.
"""),
("2019-07-22", "Wound Center Visit", """
WC visit
S: x ~3 wks a new, really sore spot L inner calf; recalls no knock or injury. R foot
ulcer better after 15 dives.
O: BMI 31.5.
Left calf, medial: 3.0x2.4cm necrotic plaque with livedo margin, TTP.
R leg: old probe marks gone, skin intact, no lesion.
R lat foot ulcer 0.8x0.6cm, granular; callus pared by Mireille (wound RN) last Tuesday.
A/P: r/o calciphylaxis L calf. 4 mm punch bx today. Continue HBOT. Insulin glargine
and lispro per PCP; he injects his abdomen.
"""),
("2019-08-01", "Dermatology Consult", """
Dermatology
Path L medial calf 7/22/19 (Fairhaven lab #S19-2207): calciphylaxis - arteriolar
media calcified, thrombosed, VK positive.
Exam: single lesion, L medial calf, 3.3x2.6cm eschar with a livid rim. R leg clear;
abdomen clear; no livedo on the thighs.
From the dialysis unit: Ca9.6/P6.2, iPTH 530.
Plan: sodium thiosulfate with HD, keep HBOT running, stop calcium acetate,
told him: nothing hot or icy against either leg. Gabapentin 100 after dialysis.
BMI 31.5, obese. Follow in 3 wks; his wife Oksana will drive him, she has the clinic line.
"""),
]}

A10 = {"patient_id": "A10", "age": 57, "sex": "F", "notes": [
("2023-01-20", "Dermatology New Patient", """
DERMATOLOGY NEW
57F, ESRD on PD, recurrent DVT on warfarin, obesity (BMI 38.0). No DM.
CC: painful dusky area, lateral L thigh, first noticed on New Year's Day, 2023;
center now ulcerated. Denies injury, injections or heating pads there.
Exam: L lateral thigh 6x4cm livedo racemosa w/ a 2x1.5cm central ulcer and eschar.
No other skin findings; nails, scalp, mucosa unremarkable on my look today.
A/P: ddx calciphylaxis / warfarin necrosis / vasculitis. 5 mm punch bx today, INR and
protein C ordered.
"""),
("2023-02-01", "Dermatology Follow-up", """
Derm f/u
Bx result: calcium within subcut arteriole walls, thrombi; VK+. Calciphylaxis confirmed.
L lateral thigh ulcer 2.4x1.8cm, eschar; surrounding livedo same as before. Pain 7/10, nights worst.
INR 2.7. Protein C normal.
Plan: hematology re warfarin -> apixaban; nephrology to start IV STS; wound center for
HBOT; no heat or pressure on the thigh; pain: tramadol renal dose.
Long talk with pt re: diagnosis; she has read about it online and is frightened.
Husband present. Questions answered; written info given. RTC 3 wks, sooner if worse.
"""),
("2023-02-10", "HBOT Treatment Record", """
HBOT TREATMENT RECORD - Tx 4/30 - 02/10/2023
Dx: calciphylaxis L lateral thigh. 2.4ATA/90min.
Pre: BP 134/80, HR 76, BG 101, SpO2 98%. TMs nl.
Post-tx event: climbing out, pt lost footing on the chamber step-off, went down sideways
and hit the L lateral thigh against the stretcher's edge. Head not struck; no LOC. 6 cm bruise,
L lateral thigh, just distal to her known wound; wound itself unchanged, no bleeding.
Ice declined. Charge RN + MD notified, incident report filed. Ambulated w/ standby assist.
"""),
("2023-03-03", "HBOT Physician Progress Note", """
HBOT progress, Tx 19
L lateral thigh wound 4.0x2.9cm, 40% eschar, margins softer, pain 5/10.
Bruising (fall of Feb 10th) has resolved. No new lesions.
Warfarin stopped 2/15, now apixaban. STS continuing at PD unit visits.
Ears fine, no myopia complaints. Vitals pre 128/76, 72, afebrile.
Wt 104 kg, BMI 37.6.
Plan: complete 30 tx, reassess; selective debridement at next visit if eschar lifts.
Dressing: cadexomer iodine under foam, PD nurse to change twice weekly.
Photos updated; pt is more hopeful, sleeping better.
"""),
]}

A11 = {"patient_id": "A11", "age": 64, "sex": "F", "notes": [
("2020-02-18", "Wound Center Procedure Note", """
WOUND CENTER - PROCEDURE
64F, ESRD/HD, T2DM (insulin - her injection sites: both thighs); BMI 46.2.
Wound #1: R lower pannus calciphylaxis (bx-proven 1/30/20; started around Christmas),
7.2x5.0x0.4cm, 80% necrotic.
Time-out done. Procedure: excisional debridement to subcut tissue (curette, Metzenbaum)
under topical lidocaine, 16 sq cm removed, hemostasis w/ pressure. Post-debridement
7.4x5.2x0.6cm, 40% red granulation, 60% adherent slough.
NPWT started at -125 mmHg continuous, drape framed w/ hydrocolloid and tape.
Pt tolerated, pain 6/10 during. HBOT to begin next week.
"""),
("2020-03-03", "HBOT Treatment Record", """
HBOT TX 5 - 03/03/20 - monoplace A
Dx: calciphylaxis R pannus.
NPWT disconnected and capped pre-dive, moist gauze to wound for tx.
Pre: BP 148/72, HR 90, BG 242 -> home insulin already given, no extra. SpO2 95%.
TMs: slight retraction L, auto-inflates ok.
2.4ATA/90min, 2 air brks. Tolerated. Mild claustrophobia, coached through
compression with slow breathing.
Post: BG 190. NPWT reconnected, seal ok, no leak alarm.
Next tx tomorrow 1300 (after HD). Transport arranged by the dialysis unit.
"""),
("2020-03-24", "Wound Center Progress Note", """
WC progress - wound #1 R lower pannus
Size 6.0x4.1x0.3cm, 30% slough, 70% granulation; edges advancing.
Periwound: mild maceration at the drape edge, tape changed to silicone.
Thighs: injection sites clear, no lesions.
HBOT 14 tx done. STS w/ HD ongoing. Pain down to 3/10.
Chem 3/20: Ca 9.0 & phos 5.2; alb 3.3.
Plan: continue NPWT, consider STSG later. BMI 45.7.
Pt asked about bariatric referral - PCP letter sent. Next visit 1 wk.
Signed: wound MD, Kettering Advanced Wound Care.
"""),
]}

A12 = {"patient_id": "A12", "age": 72, "sex": "M", "notes": [
("2024-06-03", "HBOT Treatment Record", """
HBOT TREATMENT RECORD  06/03/24  Tx 12
Dx: osteoradionecrosis mandible (Marx), s/p tongue base RT 2019.
2.4ATA/90min, 2 air breaks. Pre BP 140/70 HR 66 SpO2 96%.
Post-tx: while stepping down off the stretcher pt slipped and landed on his R hip.
8 cm ecchymosis on the R lateral hip (greater trochanter), painful w/ ROM but
weight-bearing. Plain film hip: no fx.
ESRD - HD TTS, not diabetic, no anticoagulants.
Fall incident logged; step stool w/ rail added. Son Teodor called and updated per pt request.
"""),
("2024-07-15", "Nephrology Clinic", """
Nephrology clinic
72M ESRD on HD TTS, HTN, h/o head & neck ca. No DM. BMI 27.0.
New: a firm sore patch, R thigh outer aspect, began ~10 days ago. He finished
his hyperbaric series last week; jaw much better.
Exam: R lateral mid-thigh: violaceous indurated plaque 4 by 3 cm, centre dusky/necrotic,
net-like edge. R hip: bruise from June gone, skin normal.
Chem: Ca 10.0 (high-nl), phosphorus 6.5, PTH 702.
A/P: worried re calciphylaxis -> derm to bx; dialysate Ca to 2.0; start cinacalcet.
"""),
("2024-07-25", "Dermatology Consult", """
Derm
Bx 7/17/24 R thigh: calciphylaxis (calcified subcut vessels, von Kossa +).
Lesion: R lateral mid-thigh, 4.5x3.2cm, ~15 cm distal to the greater trochanter.
Note: he bruised the R hip in a fall at the hyperbaric unit in June, but that was over
the trochanter; the thigh plaque is well below it and separate. Not the same site.
Plan: STS w/ HD, ok to restart HBOT if wound ctr agrees, pain mgmt.
Dressings every other day by the home RN (Ca alginate, then bordered foam).
He wondered if the June fall was to blame - went through why I doubt it.
"""),
]}

A13 = {"patient_id": "A13", "age": 59, "sex": "F", "notes": [
("2021-10-12", "Dermatology Consult", """
DERMATOLOGY
59F ESRD on PD, prediabetic range A1c (6.1) - diet only; obesity, BMI 34.0.
HPI: ~1 month of painful purple netting on both inner thighs, now w/ dark centres.
Denies any shots, heat or ice, falls, tight clothing over the area; no insulin, never
on warfarin.
Exam: bilateral medial thighs w/ retiform purpura and 1-2 cm eschars, L>R.
Bx 4 mm punch L medial thigh today, hemostasis w/ a single suture.
Ddx: calciphylaxis most likely; cholesterol emboli and vasculitis less so.
Labs (PD unit, 10/8): Ca9.5, P6.6, PTH590. Vitals: BP 142/84, afebrile.
Plan: call with path, nephrology aware, acetaminophen scheduled.
"""),
("2021-10-20", "HBOT Consultation", """
HYPERBARIC CONSULT
Bx 10/12: calciphylaxis, bilateral medial thighs.
Plan: 30 tx at 2.4 ATA. TCOM of both thighs scheduled for next week to document
baseline. Counselled re thighs: nothing heated, nothing frozen against them; should a future admission
call for DVT ppx, she should request that SC doses be given anywhere but the thighs.
Ears: TMs normal. PD cycler schedule coordinated.
Screen: no claustrophobia, no seizures, no chemo history; CXR clear.
BMI 34.0. Vitals stable: 136/80, HR 78, SpO2 97% on RA.
First dive Mon 10/25 if insurance authorises off-label use.
"""),
("2021-11-30", "Nephrology PD Clinic", """
PD clinic f/u
Calciphylaxis both thighs improving on STS and HBOT (tx 22).
Brief admission 11/15 for peritonitis: enoxaparin was ordered but cancelled - she was
ambulatory, so no injections were given. Antibiotics IP.
Exam: thigh eschars smaller, livedo fading.
Labs: Ca9.1 P5.0 PTH420 - best numbers she has had since starting PD in spring 2020. Weekly Kt/V 2.0, RRF ~300 mL/day.
BMI 33.8. BP 130/78. Catheter exit: healthy. Effluent clear today.
Plan: she is to keep up thiosulfate infusions (Tu/Th/Sa), sevelamer 1600 TID w/ meals, recheck in 1 mo.
"""),
]}

A14 = {"patient_id": "A14", "age": 67, "sex": "M", "notes": [
("2022-03-08", "Transcutaneous Oximetry Report", """
TcPO2 REPORT - Bayview Hyperbaric
Indication: periumbilical ulcers, ESRD/HD, DM2 (insulin; he uses both upper arms for shots).
Electrodes 44 C, 15 min.
  R infraclavicular ref     55 / 310 (RA / O2)
  Periumbilical, L          28 / 160
  Periumbilical, R          26 / 149
Comment: after testing, a 1 cm blister under the R chest reference electrode -
thermal injury from the probe. Dressed.
Impression: periwound hypoxia that corrects w/ O2; HBOT reasonable as adjunct.
Tech note: pt restless, study repeated once. Room 22 C. Total time 55 min.
Warfarin on med list (AF); DM2 on insulin; HD MWF.
"""),
("2022-03-29", "Wound Center Progress Note", """
WC progress
Periumbilical abdominal plaques: bx 3/15/22 = calciphylaxis, painful since late February.
Two plaques, L 3.8x2.7cm, R 2.9x2.1cm, eschar.
R upper chest: blister from the TCOM probe has become a 1 cm shallow erosion, healing -
a probe burn, not calciphylaxis.
L heel: offloading boot rubbed a stage 2 PI, 1.2x0.8cm - pressure
injury, not calciphylaxis.
Arms: insulin sites clear, no nodules.
Warfarin (AF) held, apixaban started. BMI 29.4 (overweight).
Next wound visit in a week, sooner if the heel or chest change.
"""),
("2022-04-19", "HBOT Treatment Record", """
HBOT TX 16 - 04/19/22
Dx: calciphylaxis abdomen.
Pre: BP 150/78, HR 81, BG 174, SpO2 96%.
2.4ATA/90min. Tolerated; mild R ear pressure, cleared.
Abdominal plaques: edges softening, L 3.5x2.4cm.
Chest erosion healed. Heel PI improving in new boot liner.
Post: BG 139. Vitals post 142/76, HR 78.
Pt asked about flying to see family in May; advised to wait 72 h after the series.
Wound RN: alginate + foam to the abdominal plaques, boot checked, liner ok.
Plan: continue to 30 tx; nephrology to follow STS w/ HD.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
