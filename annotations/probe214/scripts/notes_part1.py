"""probe214 corpus notes, D01-D07 (correctional and jail health services and the clinics around them; all invented)."""

D01 = {"patient_id": "D01", "age": 38, "sex": "F", "notes": [
("2023-03-07", "MOUD Program Injection Note", """
WOMEN'S DETENTION ANNEX - MOUD PROGRAM
Injection encounter 03/07/2023 0915    Housing: W-2 dorm
I/M Talia Reyburn   DOC# 7730418   38 y/o F

Moving from SL buprenorphine 16 mg (dosed at am pill line since booking) to the monthly
depot. Consent signed; reviewed site soreness, itch, a lump under the skin for a few wks.
Sublocade 300 mg SC given R periumbilical abdomen, approx 4 cm lateral to umbilicus, skin
pinched up, pt tolerated, no bleeding. Spot marked on body diagram. Next dose due 4/4/23
(plan alternate to L side).
PMH: ESRD - van takes her to Pinecrest Dialysis on Monday, Wednesday and Friday mornings;
her access: L upper-arm fistula.
HTN. HCV Ab+. Not diabetic (A1c 5.1 in Jan). No anticoagulants.
V/S: BP 138/84, HR 76, RR 16, T 97.9, SpO2 99% RA.  63.5kg / BMI 24.3
Observed 30 min after the shot, no reaction. Back to housing w/ CO escort.
  -- K. Oduya, RN
"""),
("2023-05-02", "Sick Call - Nursing", """
SICK CALL NURSING ENCOUNTER       5/2/23
HSR rec'd 5/1: "got a black spot on my stomach that hurts real bad cant sleep"
S: 38F dialysis pt. Sore spot to the R of her belly button x 2 wks, began as a hard pink knot,
went purple, center now dark. Pain score 9. Denies fever, denies any bump or fall. Per MAR
her 2nd Sublocade (4/4) went in on the left, lower.
O: 98.6F / 92 / 152/90 / 18 / 98%RA
R periumbilical abdomen: firm violet plaque 3.5x3cm, 1cm black eschar centrally, netlike
purple border creeping toward R flank. Winces when touched lightly. Dry, no pus, not boggy.
A: impaired skin integrity; acute pain
P: not an abscess - NO I&D per protocol. Nonadherent dressing applied. Routed to site
provider as urgent -> provider placed derm e-consult and called the dialysis unit.
APAP 650 mg q6h prn.   -- R. Beaulieu, LPN
"""),
("2023-05-16", "Dermatology Telehealth Consult", """
DERMATOLOGY - CORRECTIONAL E-CONSULT / VIDEO VISIT        16-May-2023
Referred by: Women's Detention Annex medical
HPI: 38 y.o. dialysis-dependent woman (ESRD) with a painful belly plaque since mid-April.
Punch bx 5/9/23 during her offsite trip: calcium crusting the walls of little fat-layer
vessels, clots in their lumens, dying fat around them; von Kossa stain lit up.
Exam (video + nurse-held camera): R para-umbilical stellate plaque, grown to 4x3.5cm, black
center, retiform purpuric rim. Thighs, arms, breasts without lesions.
Dx: calciphylaxis (calcific uremic arteriolopathy) - path-confirmed, R periumbilical abdomen.
Comment: the plaque came up exactly at the place of her first monthly buprenorphine depot
injection (3/7). SC depots into fat are a known trigger in dialysis pts.
Recs: 1) no more abdominal depots - MOUD team to consider going back to SL film;
2) STS on every dialysis day, nephrology to write it; 3) stop calcium carbonate;
4) gentle wound care, keep eschar dry. Wt 62.1 kg, BMI 24.0.
"""),
]}

D02 = {"patient_id": "D02", "age": 57, "sex": "M", "notes": [
("2022-08-14", "Receiving Screening and Chronic Care Intake", """
RECEIVING SCREENING + CHRONIC CARE INITIAL   booked 08/13/2022, seen 08/14/2022
Halvorsen County Jail - Main Medical    booking #22-18844
57 yo M. Known ESRD; his chair at Millbrook Dialysis is Tue/Thu/Sat (to continue by sheriff
transport). Type 2 DM, insulin requiring x 12 yrs; HTN; CAD, stent 2017; obesity.
Meds verified w/ outpt pharmacy: glargine 32 units qHS, lispro per scale, sevelamer
1600mg with meals, calcium acetate, carvedilol, ASA 81, atorvastatin. No warfarin/DOAC.
VS 162/94 | 81 | 18 | 98.1F | 96% RA    fingerstick 264
Ht 5'10"  Wt 224 lb  BMI 31.8
Skin: intact, no wounds; old tattoos both forearms.
Plan: enrolled in insulin line (AM/PM, supervised self-injection), first dose here today.
At home he used his belly; here he prefers the outside of his L thigh ("don't want to lift
my shirt in front of the line"). RN to chart the site of every dose on the MAR.
Renal diet tray ordered. Labs w/ next dialysis.
"""),
("2022-12-06", "Sick Call - Provider", """
SICK CALL (MLP)   12/06/22    Housing 4-B-17
CC: "bruise on my leg keeps getting bigger"
HPI: 57M ESRD/HD, insulin-treated DM. Since Thanksgiving a sore, tender patch, outer aspect of
the L thigh; he took it for a bruise, now there is a dark scab. No fall, no fight. Says the pain
wakes him. Insulin line MAR reviewed: every dose since August charted as L lateral thigh
(pt has declined rotating).
ROS neg for fever/chills.
Exam: T 98.8 HR 88 BP 170/92. L lateral thigh: violet indurated plaque 7x5cm with a central
2cm black crust, livedoid mottling at the margins, very TTP. R thigh and abdomen clear.
Dialysis labs 11/29: Ca 10.1 / PO4 7.9 / PTH 940 / Alb 3.1
Assessment - necrotic plaque L lateral thigh in a dialysis pt - worry for calciphylaxis vs deep infection
P: offsite to St. Brendan's derm for bx (custody scheduling); insulin shots into the belly
until seen; wound cleansed, dry dressing; APAP.
"""),
("2022-12-20", "Nephrology Rounding Note - Outside Dialysis Unit", """
MILLBROOK DIALYSIS - NEPHROLOGY ROUNDS     Dec 20 2022
Pt in custody, two deputies at chairside, chair 9.
Path from St. Brendan's (punch bx 12/9): calciphylaxis - calcium-laden arterioles in
subcutaneous fat, clotted, with lobular panniculitis. L thigh lesion dressing dry and intact.
Plan:
- STS 25g in the final hour, every treatment (TIW)
- calcium acetate OFF; sevelamer increased to 2400mg with meals; add cinacalcet 30
- goal phos under 5.5; dialysate Ca 2.0
- no warfarin, no vit D analogs
- pain: APAP; opioid limited by jail formulary - spoke w/ jail MD
- wound care by jail infirmary, weekly photos to us
Post wt 99.6kg (BMI 31.1). EDW down 0.5 kg.
3.5 hrs, Qb 400, 2.8L off, pressures steady.
"""),
]}

D03 = {"patient_id": "D03", "age": 64, "sex": "M", "notes": [
("2024-01-09", "Nursing Sick Call - Knee Pain Protocol", """
NURSING SICK CALL - MUSCULOSKELETAL PROTOCOL     01-09-2024
Grayson State Correctional - Regional Medical Unit (RMU), bed 12
64 y/o M. Aching L knee x 1 wk since walking laps on the yard track, worse on stairs.
OA both knees per old xrays.
Problems: ESRD on CCPD (cycler nightly on the RMU), type 2 diabetes on no meds, managed with the
diabetic tray (A1c 6.4), HTN, clot in the L leg 2015 - finished a 6-month warfarin course
that year. NSAIDs contraindicated.
VS 134/78, P 70, R 16, T 97.6.  BMI 27.5
L knee: no effusion, no warmth, skin intact, crepitus, full ROM w/ end-range pain.
Per protocol: APAP 650 mg q6h prn; ice bag to the L knee 20 min TID - 3 bags issued from the
RMU ice machine today, pt shown how to keep a towel between bag and skin. Knee sleeve not
approved by security.
Provider f/u if no better in 2 wks.
"""),
("2024-02-22", "RMU Provider Progress Note", """
RMU PROVIDER PROGRESS NOTE        Feb 22, 2024
S: Knee pain is now "a different pain, burning," across the anterior L knee. In early Feb a
dark purple spot showed up there and became a black scab. Says he has iced that knee every day
since the sick call visit in Jan, often 3-4x/day, and admits he stopped using the towel and
put the bag right on the skin.
O: BP 140/82, HR 76, afebrile. L anterior knee, an inch under the kneecap: stellate black
eschar 4x3cm ringed by violet retiform skin, tender, not fluctuant. R knee normal.
PD effluent clear. 2/15 chemistries: PTH up at 610, phosphorus 6.8 (high),
alb 3.3 and Ca 9.9 (uncorrected).
A/P: necrotic lesion L knee in a PD pt; ddx calciphylaxis vs cold injury vs vasculitis.
- STOP ice
- punch bx w/ visiting derm on Tuesday
- petrolatum gauze dressing daily
- nephrology notified
"""),
("2024-03-05", "Nephrology PD Clinic - Telemedicine", """
NEPHROLOGY PD CLINIC (telemed to RMU)      3/5/24
Punch bx L knee 2/27/24: calciphylaxis - calcified arterioles in dermis and fat, clot inside
them, no vasculitis.
Impression: calciphylaxis of the L anterior knee in a CCPD pt. Onset in early February, at
the exact spot where he had been holding ice bags several times a day from January on; the
repeated cold most likely set off the lesion there (Koebner-type localization).
Plan:
- STS three times weekly through a PIV in the RMU infusion chair
- switch calcium acetate to lanthanum; hold calcitriol
- PD Rx unchanged: 5 cycles of 2.2L, icodextrin 1.5L day dwell
- no ice/heat to the skin anywhere
- diabetes remains diet-controlled, no insulin
- warfarin only in 2015, not now
VS: 136/80, 72. Wt 81.0 kg.
RTC 4 wks.
"""),
]}

D04 = {"patient_id": "D04", "age": 45, "sex": "M", "notes": [
("2021-03-10", "Sick Call - Medical", """
SICK CALL - MEDICAL      03/10/21      Housing: C-pod, cell 14
45 y/o M. Renal: ESRD, runs 3x weekly offsite (Mon, Wed, Fri) with a R IJ permcath; HTN, seizure d/o. No diabetes.
C/O: sore on L side of his back "where my kidney is," appeared about 3 weeks ago, burns,
can't lie on it.
Gets L flank pains at night; since last fall he has been soaking a towel, heating it in the
dayroom microwave and holding it on his L flank most nights for 30-60 min. Denies fall or fight.
O: T 98.2, P 84, BP 158/96, RR 18. 80.3kg, BMI 26.1.
L flank, posterolateral: stellate purple patch roughly 5x4cm with a dusky black center, firm,
very tender, faint mottled net pattern around it. No streaking, no drainage.
A: painful necrotic lesion L flank, ?thermal burn vs calciphylaxis
P: no more hot towels - pt agrees. Photo to chart. Provider referral -> offsite derm, urgent.
APAP.
"""),
("2021-03-24", "Wound Care Nurse Consult - Offsite", """
WOUND/OSTOMY NURSE CONSULT - St. Anselm Outpatient Wound Center     24 March 2021
Brought by two transport officers.
Dx: calciphylaxis L flank, confirmed on punch bx 3/17/21 (derm, Dr. Fairweather).
Hx reviewed: wound sits on the same spot where he put microwave-heated wet towels night
after night; heat on vulnerable skin likely set it off.
Wound: L posterior flank 5.5x4.2cm; eschar (black, stuck down) makes up ~80%, a rim of yellow
slough the rest; light serous ooze; skin around it purple and hard; no smell. Hurts 7/10
during care.
Tx: NS cleanse, stable dry eschar left in place, cadexomer iodine to the edge only, then a
bordered foam cover, swap every 3rd day or if soiled. Offloading: avoid lying on L side; wedge pillow
order sent to jail medical (needs custody OK).
RTC 2 wks.
"""),
("2021-04-14", "Jail Infirmary Progress Note", """
JAIL INFIRMARY PROGRESS NOTE      4/14/2021
Day 12 in infirmary bed 3 for wound care and pain control.
Calciphylaxis L flank, getting STS at dialysis (since 3/22). RN dressing change today: wound
5.2x4.0cm, eschar drying, edges less dusky. Pain 5/10 on APAP + gabapentin 100 after HD.
Wedge pillow approved by shift Lt. Pt sleeping on R side.
VS BP 142/88 HR 80 T 98.0   79.1kg (BMI 25.7)
From the 4/12 dialysis draw: PTH 455, phos 5.1, calcium 8.8, potassium 4.9, Hb 9.8.
Hot towels have stopped - confirmed w/ pod officer; pt no longer has microwave access.
Plan: continue, wound center again 4/21. Bx site healed.
"""),
]}

D05 = {"patient_id": "D05", "age": 52, "sex": "M", "notes": [
("2019-10-02", "Medical Clearance for Offsite Dialysis Transport", """
MEDICAL CLEARANCE - OFFSITE TRANSPORT       10/2/19
I/M Reuben Salcido   DOC 55102   52 M
New HD start today at Bellgrove Kidney Center, chair time 0600 Mon/Wed/Fri. Tunneled HD cath
in the R IJ, put in at Mercy General 9/27.
Custody level medium. Per security policy 4.12: full restraints (handcuffs, belly chain,
leg irons on both ankles) for the van ride and while in the chair; one ankle may be locked
to the chair frame during tx. Medical has no objection at this time.
PMH: T2DM - NPH 20 units twice daily, HTN, HLD; ESRD from diabetic nephropathy.
BMI 29.9 (overweight).  Allergy: PCN (rash).
Meds sent w/ transport: none, given on return.
VS before departure: 146/80, 78, 16, 97.8, 98%.
Cleared for transport.   J. Maddox RN
"""),
("2019-12-30", "Sick Call", """
SICK CALL     12/30/2019     Unit 3 West
HSR rec'd 12/28: "my ankles are tore up from the chains at dialysis"
52M HD pt. Painful sores on both inner ankles since mid-December, worse after every ride;
says the leg irons rub right on them. Has been stuffing socks under the cuffs.
Exam: T 99.0 P 90 BP 150/84
Shallow black-based ulcers over the R medial ankle (3x2cm) and the L medial ankle (2.5x2cm),
lacy purple discoloration in a band around each ankle. DP pulses 1+ bilat. Cap refill 3 sec.
Fingerstick 188.
A: bilateral ankle ulcers - r/o pressure injury vs PAD vs calciphylaxis
P: foam dressings; ABI + offsite derm requested. Memo to custody asking for padded leg
restraints.
"""),
("2020-01-14", "Dermatology Consult - Offsite", """
DERMATOLOGY CONSULT (offsite)    1-14-2020
52 y/o man in DOC custody, ESRD on HD, back for biopsy results. ABI (12/31) right 1.1, left 1.0
(vessels probably noncompressible).
Both ankles: ulcers at the medial and lateral malleoli, biggest on the right at 3.5x2.5cm,
with retiform purpura forming a ring exactly where the leg restraints sit on every
transport since October.
Punch bx L medial ankle margin 1/8 shows subcutaneous arteriolar calcification with clot
and dead fat, i.e. calciphylaxis.
IMPRESSION - bilateral ankle calciphylaxis, localized by the pressure of the ankle restraints
(Koebner phenomenon).
Recs: padded or soft restraints only, never locked to the chair; STS on dialysis days;
change off the calcium binder; wound care foam + silver alginate.
"""),
("2020-01-22", "Infirmary Admission - Medical Director", """
INFIRMARY ADMIT NOTE / MEDICAL DIRECTOR     01/22/2020
Admitted to infirmary for wound care and pain. Dx calciphylaxis both ankles, bx-proven
(derm 1/14).
Custody accommodation approved by the Warden's office: soft padded ankle restraints for
dialysis runs, no locking to the chair frame.
STS started at Bellgrove with HD on 1/15, tolerating, mild nausea.
Insulin: NPH 18 u BID, fingersticks AC/HS, range 140s-210s.
Wounds: R 3.4x2.4cm, L 2.2x1.8cm, dry eschar, no cellulitis.
Pain: APAP scheduled, tramadol 50 mg after dialysis.
Wt 92.2 kg, BMI 29.9. BP 138/78.
"""),
]}

D06 = {"patient_id": "D06", "age": 41, "sex": "F", "notes": [
("2020-06-12", "Procedure Note - Incision and Drainage", """
PROCEDURE NOTE - I&D         June 12, 2020
Mesa Ridge Women's Correctional - clinic room 2
41F, ESRD (offsite HD on T/Th/Sat), T2DM on linagliptin, AF - takes warfarin (INR 2.4 this
am), class III obesity.
Painful boil on R anterior thigh x 5 days. Exam: 3.5 cm fluctuant abscess R anterior
mid-thigh, 5 cm of surrounding erythema, no crepitus. MRSA in 2018.
Consent signed. Chlorhexidine prep, 1% lidocaine 4 mL. Linear 1.5cm cut; roughly 6mL of pus
came out, loculations opened bluntly, NS flush, 1/4" iodoform strip packed in, dry gauze on
top. Minimal blood loss. Culture sent.
Abx: doxycycline 100 twice daily for one week. Pull packing at 2 days. RTC sooner for fever.
VS 136/82 HR 96 T 99.4   Wt 118 kg  BMI 42.3
"""),
("2020-08-20", "Sick Call - Provider", """
SICK CALL PROVIDER VISIT      08/20/20
HSR: "very bad pain in my right leg its turning black"
41 y/o F on HD. Last month a painful purple spot appeared on her R thigh, front side;
now black centrally. Pain 10/10, can't stand the pants touching it. No new meds.
Warfarin continues, INR 2.9 last wk.
Exam: R anterior thigh, mid: firm plaque 6x5cm, necrotic eschar 2.5cm centrally, retiform
purpura encircling it; no fluctuance; warm. L thigh and abdomen clear.
Dialysis labs: Ca 9.4 / PO4 8.1 / PTH 1280.
A: necrotic plaque R anterior thigh - strong concern for calciphylaxis; warfarin-related
necrosis a second thought.
P: offsite today for derm/bx (custody notified, escort arranged). Nonadherent dressing.
Nephrology and cardiology to talk about the anticoagulant.
"""),
("2020-09-02", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP       2 Sept 2020
Path (incisional bx R thigh 8/24/20): calciphylaxis - calcium along the walls of small fat-layer
vessels, intimal thickening, clots, necrotic fat; no vasculitis. Tissue cx grew nothing.
Exam: R anterior thigh plaque 7x5cm, eschar intact, no pus.
Dx: calciphylaxis, R thigh.
Plan:
- warfarin -> apixaban, agreed with cardiology today
- STS on HD days, nephrology ordering
- wound: leave the eschar alone, foam dressing, hold off on cutting it away
- pain regimen: post-HD gabapentin 100mg + APAP
- diabetes: stay on linagliptin, no insulin needed (A1c 7.0)
BMI 41.8. F/u 4 wks; jail to send weekly photos.
"""),
]}

D07 = {"patient_id": "D07", "age": 61, "sex": "M", "notes": [
("2021-09-07", "Nursing Urgent Encounter", """
NURSING URGENT ENCOUNTER      9/7/21  0640
Called to F-unit by officer at AM count. 61 y/o M states he rolled off the top bunk last
night (Labor Day) about 2300, landing L side down on the concrete floor; did not report it
until now. Denies LOC, head strike, chest pain.
Warfarin (mech mitral valve), last INR 9/1 = 2.8. Kidneys: CKD stage 3a (creat 1.5 /
GFR 52), no dialysis. Obese.
VS: 128/74, 70 and irregular, RR 16, 97.7F, 97%
L lateral thigh: 12x9cm bruise, tender, no deformity, full ROM L hip, walks without a limp.
Small abrasion L elbow, cleaned.
Plan: provider notified -> stat INR, xray L hip/femur. Bottom bunk / bottom tier pass issued.
"""),
("2021-11-03", "Chronic Care Clinic - Anticoagulation", """
CHRONIC CARE CLINIC - ANTICOAG      11/03/2021
INR 3.3 today; warfarin 5 mg daily, no change.
Reports the bruise on his L thigh "never went away"; since October it has hardened into a
purple-black, exquisitely painful area with a scab.
Exam: L lateral thigh, indurated violet plaque 8x6cm, livedoid edge, 3cm black necrotic
center, can barely tolerate palpation. No fluctuance.
BMI 33.4. BP 132/80.
A: ?warfarin-induced necrosis vs calciphylaxis vs organizing hematoma
P: offsite derm; Ca, phos, PTH, albumin; cardiology aware. Cannot stop warfarin (mech valve).
"""),
("2021-11-19", "Dermatology Consult", """
DERMATOLOGY CONSULT     19-Nov-2021
61M from the county jail, mechanical MVR on warfarin, CKD 3a, obesity.
Punch bx L thigh 11/12/21 (read by Dr. Osei): calcium deposits within the vessel media
at the fat level, thrombosed lumens, inflamed fat septa; von Kossa +. No vasculitis.
DIAGNOSIS - calciphylaxis, non-uremic type, L outer thigh.
Comment: the plaque grew inside the hematoma left by his Sept 6 fall out of the top bunk -
local trauma followed by calciphylaxis at that very site. Risk factors: warfarin, obesity;
PTH normal (61), Ca 9.2, phos 3.8.
Plan: discuss switch to a different anticoagulant w/ cardiology (limited options with
mechanical valve); consider STS; wound care; avoid further trauma.
BMI 32.9.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
