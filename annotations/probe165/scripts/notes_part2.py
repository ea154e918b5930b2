"""probe165 corpus notes, F08-F14 (cosmetic/aesthetic dermatology, med spa and the clinics around them; all invented)."""

F08 = {"patient_id": "F08", "age": 63, "sex": "F", "notes": [
("2018-03-06", "Wound Care Clinic Note", """
WOUND & HYPERBARIC CENTER -- INITIAL ASSESSMENT
Referred by: Pinecrest Dialysis, RN C. Mbeki

63F. Kidney failure, in-centre HD Monday/Wednesday/Friday via L forearm fistula; T2DM,
takes NPH insulin 20 U twice a day; HTN; obesity. 101.0 kg, 168 cm, BMI 35.8.
Wound history: in January 2018 she had a cellulite procedure -- "subcision"
-- on the posterior thighs, both sides, at a cosmetic surgery center. Says both sides felt
sore for a few days, then settled. A painful dark area came up behind the R thigh 3 wks ago
and keeps growing. Pain 9/10; cannot sit through her full run.

Wound #1 R posterior thigh, mid: 5.0x7.2cm, 60% black adherent eschar, 40% dusky
purpura, livedoid rim 3cm, dry, odourless. Probe to eschar only.
L posterior thigh: faint healed puncture marks, no lesion.
ABI: right 1.02, left 0.98 -- vessels calcified, numbers unreliable.

Impression: necrotic wound R posterior thigh in a dialysis pt; calciphylaxis to be excluded.
Plan: derm bx before anyone debrides; dry protective dressing; cushion for HD chair.
"""),
("2018-03-14", "Dermatology Consult", """
DERMATOLOGY CONSULT -- Dr. Pernille Achterberg

63 yo F on hemodialysis w/ painful necrotic wound R posterior thigh.
Incisional wedge bx done 3/8 at the wound edge.
Path: subcutaneous arteries and arterioles with dense mural calcium and intimal
fibroplasia, thrombosed, surrounded by necrotic septa and fat lobules; von Kossa +.

Exam: R posterior thigh 5.5x7.5cm eschar w/ retiform purpuric rim. Within the eschar
and at its upper margin, two of the small entry scars from her January subcision are
still identifiable; she states the pain began at those points. L posterior thigh entry
scars intact, no purpura.

A: calciphylaxis, biopsy-proven, R posterior thigh, arising in the field of the January
2018 cellulite subcision.
P:
- IV thiosulfate 25gm, hung with every dialysis session
- NO sharp debridement now; cadexomer iodine + foam
- stop calcium-based binder; vit D analogs on hold
- f/u 2 wks, wound center weekly
"""),
("2018-03-28", "Hemodialysis Monthly Progress Note", """
MONTHLY PROGRESS NOTE -- Pinecrest Dialysis

Pt: 63F, ESRD (DM), HD MWF 4 h, L forearm AVF, EDW 99.5 kg.
Active issue: calciphylaxis R posterior thigh (bx 3/8), STS started 3/16, tolerating
w/ mild nausea. Pain 6/10, improved w/ scheduled acetaminophen + hydromorphone
0.5 mg prn.
DM: NPH 16 U BID (reduced), BG 110-190.
Monthly bloods 3/26: PTH 690 pg/mL; phosphorus 5.8; calcium 9.1; albumin 3.2; spKt/V 1.38.
Wt today 99.9 kg, BMI 35.4.
Plan: continue STS; sevelamer 1600 TID; cinacalcet 60; dietitian re: protein; wound
center weekly; offloading cushion in chair.
"""),
]}

F09 = {"patient_id": "F09", "age": 71, "sex": "F", "notes": [
("2023-06-13", "Laser Treatment Record - Leg Telangiectasia", """
CLEARWATER LASER & SKIN -- VASCULAR LASER RECORD
Provider: Ogechi Fairbanks, NP    6/13/2023

Client 71F, telangiectasias R ankle + R lower shin, wants "to try one leg first".
Intake: HD 3x/wk for kidney failure; type 2 diabetic, insulin-treated; no blood thinners.
157 cm / 67.8 kg, BMI 27.5.
Pre-tx photos. Consent: pain, blistering, hyperpigmentation, scarring, ulceration.

Device: long-pulsed Nd:YAG 1064 nm, 3 mm spot, 120 J/cm2, 15 ms, contact cooling
Area: R medial ankle + R distal anterior shin, 48 pulses, vessel blanching endpoint
L leg: not treated today.
Immediate response: mild urticarial wheals along vessels, no blistering.
Post-care: cool compress, no hot baths x 48 h, SPF. Review in 8 wks before doing the L leg.
"""),
("2023-08-01", "Dialysis Unit Progress Note", """
DIALYSIS -- MD progress note, Marrowfield Kidney Care

71F, ESRD (diabetic), chairside Tue/Thu/Sat, R forearm fistula. Glargine 12 U nightly,
self-injected in the belly.
S: since mid-July, an exquisitely sore spot along the medial L calf. Can't recall any
injury. The R leg laser spots have "faded nicely."
O: BP 132/70, wt 67.1 kg, BMI 27.2. L medial calf: shallow ulcer 3x2.5cm, black floor,
violaceous netlike border spreading ~6cm. Pedal pulses weak but present. R leg skin
intact.
Labs: PO4 7.0 | PTH 705 | albumin 3.1 | Ca 9.4
A: painful necrotic ulcer L calf -- calciphylaxis vs arterial disease.
P: urgent derm; ABI/TBI ordered; stop calcitriol; wound RN to dress.
"""),
("2023-08-15", "Dermatology Consult", """
DERMATOLOGY CONSULT

71F on HD. Punch bx 8/4 L medial calf: hypodermal vessels w/ medial calcium deposition and
occlusive thrombi, necrotic fat; von Kossa + -> consistent with calciphylaxis.
Toe pressures ok (TBI 0.6 bilat).

Exam: ulcer (L medial calf) now 3.5x3cm, eschar-covered, livedo up to the knee. R ankle and R shin
(laser field 6/13) show faint hyperpigmentation only, no purpura, no ulcer.
She denies any bumps, scratches, injections or heat to the L leg; she has never had the
L leg lasered.

Imp: L medial calf calciphylaxis, bx-confirmed. The only recent skin procedure
was on the opposite leg.
Plan: thiosulfate with dialysis; hydrogel + foam to ulcer; no further laser to either
leg; back in 2 wks.
BMI 27.2.
"""),
]}

F10 = {"patient_id": "F10", "age": 59, "sex": "F", "notes": [
("2021-05-18", "Med Spa Treatment Log - RF Skin Tightening", """
AURELIA MED SPA -- RADIOFREQUENCY TREATMENT LOG
Operator: J. Villanueva-Stroud, RN     5/18/21

Client 59F, session 1 of 3, posterior upper arms bilat (skin laxity).
Hx form: dialysis T/Th/Sat, previously on warfarin (stopped 2019, now apixaban), no diabetes.
BMI 31.8.
Pre-tx skin check: R posterior arm normal. L posterior arm -- faint purplish lacy patch
~4 cm, slightly tender, present since the end of April per client ("no idea
where it came from"). Photo taken. Client wants to proceed.

Device: monopolar RF, 3.0 cm2 tip, level 3.5, 300 pulses per arm, skin temp
kept < 40 C by IR check. L arm: treated over the whole posterior arm, lowered to
level 3.0 over the patch.
Response: mild erythema bilat, resolved before leaving.
Advised: see PCP or renal doc about the L arm patch this week.
"""),
("2021-06-08", "Dermatology Consult", """
DERMATOLOGY CONSULT

59F w/ ESRD on HD, obesity (BMI 31.6), AF on apixaban (warfarin until 2019).
HPI: purple patch behind the L arm began at the end of April 2021, before a radiofrequency
tightening session to both arms on 5/18; since then it hardened and opened. Pain 8/10.

Exam: L posterior upper arm -- 6x5cm indurated plum-coloured plaque, livedo racemosa at
its margin, 1.5cm central eschar. R posterior upper arm: normal.
Two 4mm punches from the margin today.

Considering calciphylaxis, a thermal injury, or vasculitis. The history puts onset
~3 wks before the RF treatment.
Plan: await path; nonadherent dressing; tell spa to defer sessions 2-3.
"""),
("2021-06-22", "Hemodialysis Progress Note", """
HD MD NOTE -- Harlow Street Dialysis

59F on HD TTS. Derm path back: calciphylaxis, L posterior upper arm
(von Kossa + vascular calcification, thrombi).
Labs 6/19: Ca 9.7, P 7.6, iPTH 1020, Alb 3.3.
Vitals: BP 150/84, wt 88.1 kg, BMI 31.6.
Plan:
- thiosulfate 25gm each run, begin Thurs
- cinacalcet 30 -> 60; surgery consult for parathyroidectomy
- stop calcium acetate; lanthanum 1 g TID
- continue apixaban (warfarin avoided)
- wound clinic weekly
Pain controlled: acetaminophen (1 g three times a day) plus low-dose tramadol after HD prn;
sleeping better.
Discussed with pt that the spa sessions should stay on hold until derm clears her.
"""),
]}

F11 = {"patient_id": "F11", "age": 62, "sex": "F", "notes": [
("2016-01-19", "Hemodialysis Rounding Note", """
HD ROUNDS -- Eastbrook Dialysis Center

62F, ESRD (DM/HTN); Mon-Wed-Fri runs, R upper-arm PTFE graft. T2DM; glargine 24 units
at bedtime, she rotates it between her two thighs. Obesity, BMI 38.9.
S: painful hard "knot" under the L breast since just after New Year's, now purple.
Denies injury, no new bra or device. No fever.
O: BP 164/88, HR 84. L breast, lower outer quadrant: 4x5cm firm violaceous plaque with a
retiform edge, skin unbroken. R breast normal. Thighs: insulin sites without lesions.
Chem: PTH 880, phosphorus 7.9, Ca 10.0.
A/P: painful retiform plaque L breast, worry calciphylaxis. Derm today-tomorrow for bx.
Binder change, hold calcitriol.
"""),
("2016-01-28", "Dermatology Follow-up", """
DERMATOLOGY F/U

Punch bx L breast 1/21. Path: subcutaneous arterioles with calcified media, thrombosed,
amid necrotic adipose tissue; von Kossa confirms calcium. Final dx: calciphylaxis.
On exam the L breast LOQ plaque measures 5x5cm and now carries a 1.5cm central eschar; bx
site with small eschar. No other lesions.
Plan:
- STS via HD (renal)
- wound care per wound center; gentle debridement allowed once demarcated
- pt asks about "light therapy" offered at the aesthetic clinic where she gets her
  facials; reasonable as adjunct, discussed with their MD
- BMI 38.7
"""),
("2016-02-16", "Aesthetic Clinic - Photobiomodulation Log", """
BELLWEATHER SKIN & LASER -- LED / PHOTOBIOMODULATION LOG
Session 3 of 10, ordered by Dr. M. Haddad (medical director)

Client 62F, calciphylaxis ulcer L breast under wound center care.
Area: L breast lower outer quadrant wound + 2 cm margin.
Device: LED panel 633 nm / 830 nm, 10 cm distance, 20 min, dose ~ 4 J/cm2.
Dressing removed by client, replaced by her after session (silver alginate + paper tape).
Wound today: 3.8x3cm; eschar peeling up from the rim since the 2/9 debridement at the
wound center; pink granulation at margin.
No heat sensation reported; skin temp unchanged.
Next session Thursday.
"""),
("2016-03-08", "Wound Center Progress Note", """
WOUND CENTER -- F/U visit

62F, calciphylaxis L breast, on STS w/ HD since 1/30.
Wound L breast LOQ: 3.1cm long, 2.4cm wide, 0.3cm deep; 70% granulation, 30% slough.
Periwound intact.
Procedure: curette debridement (selective) taking slough down to a bleeding base,
area 7 cm2, tolerated w/ topical lidocaine.
Dressing: silver alginate, bordered foam, paper tape.
Photobiomodulation sessions ongoing at outside clinic.
Weighed 104.2 kg today, BMI 38.4. BG 140s.
Pain 3/10 at rest (was 8/10 in January); sleeping through the night now.
Plan: weekly debridement prn, continue STS, RTC 1 wk. Photo uploaded to chart.
"""),
]}

F12 = {"patient_id": "F12", "age": 50, "sex": "F", "notes": [
("2026-01-13", "Aesthetic Consultation - Injectables", """
LARKSPUR AESTHETICS -- INJECTABLES CONSULT
Provider: Dana Whitcombe-Ruiz, PA-C     1/13/2026

Client 50F asking about "hip dips" -- would like biostimulatory filler to the lateral
hips/upper lateral thighs.
Health: kidney failure, in-center hemodialysis 3 mornings a week; T2 diabetic managed by
diet alone (no tablets, no insulin); no anticoagulants.
76.5 kg / 160 cm; BMI 29.9 -- overweight category.
Exam: mild trochanteric depressions bilat. Skin of hips and thighs intact, no bruising.

Plan (proposed): PLLA 2 vials per side to lateral hip depressions, booked for
2/3/2026. Deposit taken. Asked client to get OK from her nephrologist first.
Discussed risk of nodules, bruising, infection, and that with dialysis we would stop if
any skin breakdown or painful spots appear.
No treatment today.
"""),
("2026-01-30", "Med Spa Telephone Encounter", """
TELEPHONE NOTE -- Larkspur Aesthetics

Client called: painful purple areas over the outside of each thigh for about 5 days,
"like bruises that burn". She has had no treatment at our clinic (consult only 1/13).
Appt 2/3 for PLLA CANCELLED. Deposit refunded.
Advised to contact her nephrologist today and go to ED if fever or open wounds.
Client says her dialysis nurse already saw it and is arranging a skin doctor.
She sounded upset; reassured her nothing was injected and nothing was done to the thighs here.
Provider aware. Call time 14:20, 6 min. -- front desk / K. Ambrose
"""),
("2026-02-10", "Dermatology Consult", """
DERMATOLOGY CONSULT -- Dr. Femi Castellanos-Byrne

50F on HD, diet-controlled T2DM, BMI 29.9.
HPI: painful purple patches on both lateral thighs since ~1/25/26.
No injections, falls, knocks, heating pad use or icing of the thighs, she says. The planned
filler to the hips was never given.
Punch bx L lateral thigh 2/3: hypodermal arterioles with calcified walls and fresh
thrombi, fat necrosis surrounding; calcium stain (von Kossa) +.

Exam: bilateral lateral thighs -- R 7x5cm, L 9x6cm violaceous indurated plaques w/
livedoid extensions; L with 1cm eschar.
Imp: calciphylaxis, biopsy-proven, both lateral thighs.
Plan: thiosulfate with each HD; switch off calcium binder; avoid injectables,
cryolipolysis or heat to the thighs; wound care; RTC 2 wks.
"""),
]}

F13 = {"patient_id": "F13", "age": 57, "sex": "F", "notes": [
("2022-03-15", "Laser Hair Removal Treatment Record", """
SOLENNE LASER STUDIO -- HAIR REDUCTION RECORD
Tech: Bea Kowalczyk, CLT    3/15/22    Session 5 of 6

Client 57F, Fitz III, coarse dark hair. Area: bikini line bilat (inguinal creases).
Health update: home peritoneal dialysis nightly; on warfarin (metal mitral valve);
not diabetic. BMI 27.0.
Shaved area checked: no irritation, no lesions, no bruising.
Device: diode 810 nm, 12 mm spot, 26 J/cm2, 30 ms, contact cooling 5 C
Pulses: 140 (R), 136 (L).
Endpoint: perifollicular edema/erythema. No blistering.
Post: aloe gel, no tight underwear x 24 h, SPF. Told to keep PD catheter dressing dry
and away from field (catheter exit L mid-abdomen, well above area).
Next session 6 wks.
"""),
("2022-05-10", "Peritoneal Dialysis Clinic Note", """
PD CLINIC NOTE

57F, ESRD (polycystic kidneys), nightly cycler; mechanical MVR, warfarin managed by the
valve clinic (high-intensity target).
S: painful lump on the L inner thigh since mid-April, getting darker. Finished her
bikini laser sessions. No injury.
O: BP 126/74, wt 71.6 kg, BMI 27.0. L medial thigh, upper third: 5x4cm firm, tender,
plum-coloured plaque w/ net-like edge; no ulcer. Groin skin unremarkable.
Exit site fine.
Bloods: INR 3.1; PTH 610; phos 6.4; Ca 9.9.
A/P: tender retiform plaque L thigh on warfarin + PD -> calciphylaxis concern. Derm
referral urgent. Cardiology re: anticoagulation (valve -- warfarin needed).
"""),
("2022-05-24", "Dermatology Consult", """
DERMATOLOGY CONSULT

57F on PD, mechanical valve on warfarin.
Punch bx 5/13 L medial thigh: calcium in small hypodermal vessel walls, thrombi, fat
necrosis, von Kossa + -- i.e. calciphylaxis.

Exam: L medial thigh, about 12 cm below the inguinal crease, 6x5cm plaque w/ new
small central eschar. The laser hair removal field (bikini line / inguinal creases
bilat) shows no purpura, no ulcer; only mild post-laser hyperpigmentation.
The lesion lies on the medial thigh, clearly below and separate from the treated groin skin.

Imp: bx-proven calciphylaxis, medial aspect of L thigh.
Plan: thiosulfate IV three times weekly (PD pt: infusion center); warfarin continued per
cardiology, vitamin K2 discussed; wound care; RTC 2 wks.
"""),
]}

F14 = {"patient_id": "F14", "age": 64, "sex": "F", "notes": [
("2024-02-20", "Aesthetic Complication Follow-up", """
COMPLICATION FOLLOW-UP -- Marlowe Aesthetic Dermatology
Injector/MD: Dr. Yusuf Albrecht-Nakamura

64F, HD pt (TTS), T2DM (takes linagliptin; insulin never), not anticoagulated. BMI 25.3.
1) HA filler to nasolabial folds 2/13/24 (0.5 mL per side). L side blanched during
   injection, then dusky livedo L nasolabial fold and upper lip within 1 h -> vascular
   occlusion. Hyaluronidase 1500 U in 2 rounds same day, warm compresses, aspirin.
   Today: L alar base/upper lip 8 mm crusted superficial necrosis, healing; cap refill
   normal; no vision sx ever.
2) IPL to forearms 2/6/24: small blister R dorsal forearm, now 1 cm pink erosion,
   superficial thermal burn from the IPL.
Plan: petrolatum to both, no further filler or IPL for now, photos taken, RTC 2 wks.
"""),
("2024-04-09", "Hemodialysis Progress Note", """
HD PROGRESS -- Quarry Hill Dialysis

64F, ESRD; HD Tue-Thu-Sat on a L upper-arm fistula; T2DM (linagliptin).
S: for roughly 2 wks, new and very painful sores behind both calves; legs "burn"
at night. Face and arm spots from the cosmetic clinic have healed.
O: BP 140/78, wt 65.9 kg, BMI 25.1. Posterior calves, R and L: several stellate ulcers,
1-3cm, each capped by black eschar, livedo racemosa between them. Pedal pulses palpable.
Labs 4/6: PTH 1180, phos 7.3, Ca 10.2, albumin 2.9.
Impression: painful necrotic ulcers BLE -- suspect calciphylaxis.
Plan: derm to biopsy, calcitriol off, sevelamer up, wound RN.
"""),
("2024-04-23", "Dermatology Consult", """
DERMATOLOGY CONSULT

64F on HD. Punch bx R posterior calf 4/12: subcutaneous arterioles, media calcified, lumens
thrombosed, fat necrotic; positive von Kossa. Dx calciphylaxis.
No leg trauma of any kind per pt -- no knocks, no injections, no heat packs or icing.

Exam: bilateral calves -- 5 ulcers total, largest 3x2.5cm L; livedo racemosa.
Face: L alar base 6 mm atrophic scar -- this was the necrosis from the filler vascular
occlusion in Feb, not calciphylaxis.
R dorsal forearm: 1 cm hypopigmented macule, healed IPL burn, not calciphylaxis.
No lesions on trunk or thighs.

Imp: bilateral calf calciphylaxis (bx-confirmed).
Plan: thiosulfate w/ HD; wound care; pain regimen; no cosmetic procedures until healed.
BMI 25.1.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
