"""probe167 corpus notes, B08-B14 (spinal cord injury and seating clinics and the clinics around them; all invented)."""

B08 = {"patient_id": "B08", "age": 71, "sex": "F", "notes": [
("2025-06-03", "Emergency Department Note", """
ED NOTE          06/03/2025 08:15

71F w/ T6 incomplete myelopathy (transverse myelitis 2019), uses a w/c, on warfarin for
recurrent DVT/PE. Yesterday (6/2/2025) afternoon she slid off the transfer board during a
car-to-chair transfer and came down on the L hip on the driveway. Daughter got her up.
Large purple swelling of the L hip overnight.
No LOC, no head strike. Non-ambulatory at baseline.
VS: BP 156/90, HR 88, T 36.6.
L lateral hip: 12x9cm tense hematoma over the greater trochanter w/ ecchymosis,
skin unbroken.
Plain films (pelvis, L hip): radiology reads no fracture.
Labs: INR 3.6, Hgb 11.2, creatinine 0.8, eGFR >60.
A/P: L hip hematoma after fall, supratherapeutic INR.
- skip tonight's warfarin; anticoag clinic INR check in 3 days
- ice packs to the hip, 20 minutes at a time, several times daily for 2-3 days
- return if expanding, or skin breaks down
"""),
("2025-07-08", "SCI Physiatry Clinic Note", """
SCI PHYSIATRY CLINIC          7/8/25

71 yo F, T6 AIS D (transverse myelitis), seen after the 6/2 fall. Daughter iced the L hip
4-5 times a day for about a week after the ED visit, as instructed. The bruise faded, but
since the end of June there is a new purple patch on the L hip, severely painful,
stabbing, worse sitting.
Kidney function normal on recent labs.
Meds: warfarin 4mg (last INR 2.4), gabapentin 300 BID, baclofen 5 TID, vit D,
oxybutynin.
VS: BP 140/82, wt 74.0 kg, BMI 28.4.
Exam: L lateral hip, centered on the trochanter: 7x6cm violaceous retiform plaque with two
dusky stellate necrotic areas of 1-2 cm, marked tenderness. Old yellow ecchymosis at the
periphery. R hip and sacrum intact.
A/P:
- L hip necrotic plaque: differential = warfarin skin necrosis; calciphylaxis
  (the nonuremic kind, she is on warfarin); infected hematoma.
  Derm urgent; CRP, Ca/Phos/PTH.
- Positioning: no lying on the L side for now; trochanteric cut-out in cushion deferred.
"""),
("2025-07-22", "Dermatology Consult", """
DERMATOLOGY CONSULT          22-Jul-2025

Bx 7/14/25, L lateral hip (incisional): calcified media of the small dermal and
subcutaneous vessels, clot in their lumens, lobular fat necrosis. Non-uremic calciphylaxis.
Renal function normal (creat 0.8). PTH 48; calcium and phosphate within range.
Protein C and S normal.
Exam: L hip plaque 8x6cm, eschar 3cm.
Assessment: nonuremic calciphylaxis of the L lateral hip, which developed within the area of
her post-fall hematoma (fall 6/2, iced afterwards). Risk factors: warfarin, female, age.
Plan:
- warfarin stopped; hematology started apixaban 5 mg BID
- STS 25 g IV TIW x 6 wks (infusion center)
- wound: hydrogel, bordered foam, offload the L hip; keep cold packs and heating pads
  away from that hip
- PT for bed positioning and transfer training
RTC 2 wks.
"""),
]}

B09 = {"patient_id": "B09", "age": 55, "sex": "M", "notes": [
("2017-05-16", "Wheelchair Seating and Positioning Assessment", """
WHEELCHAIR SEATING & POSITIONING ASSESSMENT
5/16/2017         OT: J. Castellano, OTR/L, ATP

55M, T11 AIS A (MVC 1998). Dialysis-dependent (MWF); insulin-treated diabetes.
Sent to us for a new manual tilt chair; current chair is 11 yrs old w/ a cracked frame.
Posture: pelvic obliquity R side low, hips windswept to the L; the R lateral thigh leans
hard against the R side guard all day.
Skin: R lateral thigh, upper third: 5x3cm faint red area, blanches, no open skin - from
rubbing on the side guard. L thigh intact. Sacrum / ischials intact.
Pressure map: R ischial peak 88 mmHg.
Mat eval: hip flexion 95 R / 100 L, tight hamstrings, no fixed deformity.
Recommend: manual tilt-in-space chair 18x18, custom contoured cushion to level the pelvis,
padded R side guard moved 1" lateral, anti-thrust seat.
Wt 98.0 kg, BMI 30.0.
Letter of medical necessity sent to insurer.
"""),
("2017-08-29", "Nephrology HD Rounding Note", """
HD ROUNDS          08/29/17

Pt notes deep aching, L outer thigh, starting July; skin now changing.
New tilt chair delivered 8/1, fits well per pt.
Exam: L lateral thigh: 8x5cm indurated violaceous area w/ peau d'orange and 2 small
necrotic foci. R thigh: nothing.
Labs: PTH 1040 (!), phosphorus 7.9, Ca 10.2; alb 3.4 g/dL.
Meds: PhosLo 2 caps TID, calcitriol 0.5, insulin 70/30 BID (injects in the abdomen),
lisinopril, atorvastatin.
A: ?calciphylaxis L thigh.
P: derm referral; stop PhosLo & calcitriol; start sevelamer; discuss
parathyroidectomy w/ surgery.
Pre-HD BP 150/84, post 132/76, UF 3.0 L.
"""),
("2017-09-12", "Dermatology Consult", """
DERM CONSULT          September 12, 2017

Bx L lateral thigh (9/5): calciphylaxis confirmed - subcutaneous arterioles w/ calcium in
their walls, thrombi, necrotic fat.
By his account nothing has injured, been injected into, heated or pressed on the
L thigh. The side guard of his old chair rubbed the R thigh, which is intact today.
Exam: L lateral thigh plaque 9x6cm, now w/ two eschars. R lateral thigh normal
skin. Abdomen (insulin sites): no lesions.
Impression: calciphylaxis, L thigh (lateral).
Plan: STS 25 grams w/ every dialysis; wound care w/ hydrocolloid; oxycodone 5 mg prn;
consider hyperbaric O2 if no improvement in 6 wks.
"""),
]}

B10 = {"patient_id": "B10", "age": 60, "sex": "F", "notes": [
("2020-05-26", "Peritoneal Dialysis Clinic Note", """
PERITONEAL DIALYSIS CLINIC          05/26/2020

60F, L2 cauda equina syndrome (burst fx 2012), w/c for community distances, walks short
distances w/ forearm crutches. ESRD, on CAPD w/ four manual exchanges daily. Type 2 DM
w/o meds (diet only), A1c 6.4 in April.
S: since early May, painful spot on the R inner calf, now open.
Denies any trauma to the leg.
O: BP 134/80, wt 76.3 kg (BMI 29.9, overweight range).
R medial calf, mid: 3x2cm ulcer capped by black eschar, surrounding livedo reticularis and
induration, very tender. L leg normal.
Labs: PTH 380, P 6.6 mg/dL, Ca 9.9; adequacy: Kt/V 1.8/wk.
A/P: ?calciphylaxis R calf - derm referral for bx; change to non-calcium binder; continue
CAPD, consider adding a 5th exchange.
"""),
("2020-06-16", "Dermatology Consult", """
DERMATOLOGY          6/16/2020

Referred from the PD unit. R medial calf ulcer since early May, very painful. Punch bx
6/2/20: small vessels of the fat calcified and clotted, c/w calciphylaxis.
Exam: R medial calf 4x3cm eschar inside a 10 cm field of livedo. No other lesions on the
legs, thighs or trunk.
Dx: calciphylaxis, R medial calf, biopsy confirmed.
Plan: STS 25 g IV TIW (infusion center, PD pt); wound care w/ hydrogel + foam; pain
management; nutrition consult.
Counseled: avoid bumping the legs during transfers, pad the bed frame.
RTC 3 wks.
"""),
("2020-08-04", "SCI Physiatry Follow-up", """
SCI PHYSIATRY F/U          08/04/2020

60F, cauda equina, on PD, calciphylaxis R medial calf (bx 6/2020) on STS.
On 7/20/2020 she knocked the R calf on the metal bed rail while sliding across on her
board - bruise around the lower edge of the ulcer; ulcer slightly larger since.
Exam: R medial calf, eschar now 5x3.5cm, ecchymosis 6 cm at the inferior margin, no pus.
Sensation reduced below L2 bilat.
Transfers: independent w/ slide board but the bed is too high; PT referral for transfer
training, lower the bed, padded bed-frame cover.
VS: BP 128/76, wt 75.8 kg, BMI 29.9.
Plan: wound clinic in 1 wk, continue STS.
"""),
]}

B11 = {"patient_id": "B11", "age": 49, "sex": "M", "notes": [
("2019-03-12", "Nephrology HD Progress Note", """
HD PROGRESS NOTE          3/12/2019

49M, T5 AIS A, ESRD - dialyzed via a right-sided tunneled catheter until the
fistula is usable; DM2 on insulin (injects in the abdomen only), BMI 39.1.
New: painful dark patch, L medial thigh, since February, found by his aide while
changing his pants. Cannot recall any injury.
Exam: L medial thigh, upper third: 6x5cm violaceous plaque, central necrosis 2 cm,
livedo margin. No drainage. Afebrile.
Labs: PTH 920, Ca 9.5, phos 8.0 (high), albumin 2.8.
A/P: suspect calciphylaxis - derm referral for bx; stop calcium carbonate; start
cinacalcet; dietitian. Pain: tramadol 50 mg daily prn.
"""),
("2019-03-26", "Dermatology Consult", """
DERMATOLOGY          March 26, 2019

Punch bx L medial thigh 3/19 showed calcified subcutaneous vessels with thrombi and a
panniculitis, i.e. calciphylaxis. Tolerated bx, site sutured.
Exam: L medial thigh plaque 7x5cm, eschar 3cm; bx site at its lateral margin healing.
Rest of skin: abdomen (insulin sites) without lesions; R thigh clear.
Dx: calciphylaxis, medial aspect of the left thigh. No features of infection, no
other sites involved.
Plan: STS w/ HD; wound clinic referral for debridement / NPWT as appropriate; stop
tramadol, start hydromorphone 1 mg prn after HD.
"""),
("2019-04-16", "Wound Care Center Procedure Note", """
WOUND CARE CENTER - PROCEDURE NOTE          04/16/19

Dx: calciphylaxis L inner thigh (punch 3/19).
Pre: 7.5x5.5cm, eschar ~80% / slough ~20%, moderate serous exudate.
Procedure: sharp selective debridement of eschar/slough to viable subcutaneous tissue w/
curette and forceps, 40 sq cm, topical lidocaine. Minimal bleeding.
Post: 7.5x5.8x0.6cm, 60% red granulation.
Wound VAC started, -125 continuous, black foam, drape sealed, tubing bridged onto the
anterior thigh; hydrocolloid frame under the drape; paper tape.
Tolerated well. Plan: VAC changes MWF, next debridement 2 wks.
"""),
("2019-05-21", "Seating Clinic Re-evaluation", """
SEATING CLINIC - RE-EVAL          5/21/2019

49M, T5 paraplegia, L medial thigh calciphylaxis wound w/ NPWT in place.
Issue: where to hang the NPWT canister and how to route the tubing so it does not catch
in the wheel.
Exam: wound dressing intact, seal good. Skin elsewhere intact incl ischials and sacrum.
R thigh ok.
He wondered whether putting a heating pad on that thigh would ease the pain - advised no
heat on the wound or on insensate skin.
Recommendations: canister bag on the push handles, tubing clipped along the frame,
pressure relief lifts q20 min, keep the current air cushion.
VS: BMI 38.7, wt 121 kg.
Insulin still in the abdomen, no injections in the thighs per pt.
"""),
]}

B12 = {"patient_id": "B12", "age": 44, "sex": "F", "notes": [
("2016-10-11", "Nephrology Clinic Visit", """
NEPHROLOGY - HD PT CLINIC VISIT          10/11/2016

44F, T3 AIS A paraplegia (2008), ESRD due to lupus nephritis on HD TTS, prediabetes (A1c
6.0 - not on any diabetes meds), recurrent LE DVT on warfarin, obesity.
S: painful lumps in both front thighs since September, tender to the touch of clothing.
Denies injections, heating pad, hot tub, ice, tight garments, falls or bumps to the legs.
O: BP 128/70, wt 92 kg, BMI 34.
Bilateral anterior thighs: multiple 2-4 cm firm subcutaneous nodules inside a livedo
reticularis pattern; one L thigh nodule w/ a dusky center. No ulcers.
Labs: PTH 410, Ca 9.1, P 6.5, INR 2.9.
A/P: suspect calciphylaxis - warfarin held, heme to advise on anticoagulation; urgent derm.
"""),
("2016-10-25", "Dermatology Consult", """
DERMATOLOGY          Oct 25 2016

Bx (10/18) R anterior thigh nodule: calcified subcutaneous arterioles and capillaries,
thrombosis, fat necrosis. Lupus panniculitis not favored. = calciphylaxis.
Pt and husband again deny any trauma to the thighs, any injections there, any heat.
Exam: both anterior thighs w/ livedo and nodules; a shallow 1.5cm ulcer has opened on
the L.
Dx: calciphylaxis of the bilateral anterior thighs.
Plan: STS w/ HD. Warfarin to remain held; heme suggests enoxaparin injections if
anticoagulation is resumed - if that happens they go into the arms, never thighs or belly.
Wound: foam dressing to the L ulcer.
"""),
("2016-11-15", "SCI Physiatry and Seating Visit", """
SCI CLINIC - PHYSIATRY + SEATING          11/15/2016

Pt w/ calciphylaxis of both thighs (bx 10/18), here re: seating and skin.
Her supplier had proposed a thigh strap and a lap tray for the new chair; both cancelled
so that nothing crosses the thighs. Counseled: no laptop on the lap, nothing warm (pads,
hot packs) on the legs, avoid knocking the thighs during transfers.
Enoxaparin was never started; heme decided against anticoagulation for now.
Exam: bilateral anterior thigh nodules, L thigh ulcer 2x1.5cm, clean base. Sacrum intact.
BMI 34.0.
Plan: keep the current cushion; wound f/u w/ derm; RTC 3 mo.
"""),
]}

B13 = {"patient_id": "B13", "age": 68, "sex": "M", "notes": [
("2022-01-18", "Power Mobility and Seating Follow-up", """
POWER MOBILITY / SEATING FOLLOW-UP          01/18/2022

68M, C4 AIS C (central cord after a fall, 2017), power chair w/ tilt, drives w/ a
standard joystick. Kidney failure - HD three mornings a week; diabetic, on insulin.
Concern: wife noticed a red spot on the R ankle.
Exam: R lateral malleolus: 2x2cm non-blanchable erythema = stage 1 pressure injury,
from contact with the R footrest hanger bracket when his legs drift outward. R calf and
shin intact. L ankle ok.
Adjustments: footplate angle changed, padded sleeve on the hanger, heel loops added.
BMI 26.1. BP 118/66 seated.
Plan: wife to check daily; recheck 4 wks; call if skin opens.
"""),
("2022-03-08", "Nephrology HD Note", """
HD NOTE          3/8/22

68M tetraplegic (C4 AIS C), ESRD, L upper arm fistula; T2DM on insulin.
S: ulcer on the outer R lower leg - began in February as a purple patch, broke down
about 2 wks ago, very painful. The ankle pressure spot healed per seating clinic.
O: pre BP 142/78, post 124/70, UF 2.4 L.
R lateral calf, mid-shaft: 3x2.5cm eschar w/ a rim of retiform purpura, tender.
Both ankles intact.
Labs: PTH 650 pg/mL; PO4 7.0, Ca 9.6 mg/dL; alb 3.2 g/dL.
Meds: insulin glargine 18 u, calcium acetate, calcitriol, baclofen, tamsulosin.
A/P: ?calciphylaxis - derm urgent. Stop calcitriol and calcium acetate, start sevelamer.
"""),
("2022-03-29", "Dermatology Consult", """
DERMATOLOGY CONSULT          03/29/2022

Bx 3/15, R lateral calf: calcium within the walls of subcutaneous arterioles, thrombi;
calciphylaxis.
Location: mid lateral calf, some 12cm higher up the leg than the ankle bone. The earlier
stage 1 pressure spot at the R lateral malleolus has resolved and is separate from this
lesion - the ankle skin is normal today.
Exam: R lateral calf eschar 3.5x3cm, livedo to 8 cm. No other lesions.
Dx: calciphylaxis R lateral calf, biopsy proven.
Plan: STS w/ HD, dressings per the wound clinic, analgesia, parathyroid surgery consult
given PTH 650.
"""),
]}

B14 = {"patient_id": "B14", "age": 57, "sex": "F", "notes": [
("2024-09-10", "SCI Skin and Seating Clinic", """
SCI SKIN & SEATING CLINIC          9/10/2024

57F, T9 AIS A (MVC 2010), ESRD on PD (CCPD), HTN, obesity. No diabetes.
1) R ischial wound: after a 9-hour car trip on 8/24 without pressure reliefs. Stage 3
pressure injury R ischial tuberosity 2.5x2x0.4cm, clean red base, no tunneling.
2) L shin: on 9/1 she parked her chair right next to a space heater; blister over the L
anterior shin, now deroofed - 3x2cm partial-thickness burn, pink base.
Cushion: air cushion underinflated - corrected, hand check done.
BMI 29.4 (wt 80.1 kg).
Plan: off-load (bedrest w/ turns 2 days, then sitting 1 h x3/day), alginate + foam to the
ischial wound, petrolatum gauze to the shin burn, no heaters near her legs. F/u 2 wks.
"""),
("2024-11-05", "Nephrology PD Clinic Note", """
PD CLINIC          11/05/2024

57F T9 paraplegia on CCPD, 4 cycles, PET high-average.
S: since October an exquisitely tender firm area in the left breast; now dusky w/ a small
black scab.
Mammogram 10/2022: extensive breast arterial calcifications.
O: BP 138/84, wt 79.6 kg.
L breast, lower outer quadrant: 5x4cm indurated purple-red plaque w/ a central 1cm
eschar. R breast normal. R ischial wound healing (1x0.8cm), L shin healed.
Labs: PTH 470, Ca 10.0, P 6.3.
A/P: ?calciphylaxis; also consider inflammatory carcinoma or fat necrosis - derm and
breast surgery referrals. Stop calcium carbonate.
"""),
("2024-11-26", "Dermatology Consult", """
DERMATOLOGY CONSULT          Nov 26, 2024

Bx L breast (11/14): calcium-laden, thrombosed small vessels in the fat, fat necrosis;
no malignancy. Calciphylaxis.
Also examined at her request: R ischial wound - healing stage 3 pressure injury; L shin -
healed burn scar. Neither shows features of calciphylaxis.
No breast injury, procedures or injections. Obesity noted.
Exam: L breast plaque 5.5x4cm, eschar 1.5cm.
Dx: calciphylaxis of the L breast.
Plan: STS IV TIW (infusion center), PD prescription review w/ nephrology, soft
non-adherent dressing, pain control, breast surgery to follow.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
