"""probe105 corpus notes, W08-W14 (wound care clinic and hyperbaric medicine; all invented)."""

W08 = {"patient_id": "W08", "age": 49, "sex": "M", "notes": [
("2018-12-03", "Wound Care New Patient", """
49 yo male security officer. Started a new job 04/09/2018 - wears a loaded duty belt for 12 h shifts; holster and radio ride on the R side, belt digs into the R lower belly when he sits in the patrol car.
DM2 on insulin since Feb 2017 (Toujeo 40u + Novolog w/ meals). Injects into his abdomen "all over, wherever there's room".
ESRD - nocturnal in-center HD 3x/wk.
Lesion started 11/2018 as a tender knot under the belt line, then skin went black.

Wound: RLQ abdomen, just above belt line
 L 4.4 x W 3.0 x D 0.3 cm;
 base: 60% black, 30% yellow, 10% red
 Periwound: purple lace pattern, firm
 Pain 8/10, can't wear belt
Wt 121 kg, BMI 37.2
Photo x3.
"""),
("2018-12-17", "Wound Care Physician Note", """
Path 12/5 (punch, RLQ margin): calciphylaxis - calcified media and thrombosed lumens of tiny subcut vessels, von Kossa +.
Site: RLQ right at the belt line. Both the duty-belt pressure and his insulin needling hit that exact spot (he showed me the injection bruises across the lower abdomen incl the R side).
Plan:
- work note: no duty belt x 3 mo, suspenders if needed
- insulin to upper arms / thighs, not abdomen
- STS per renal
- HBOT referral
"""),
("2019-01-14", "HBOT Treatment Note", """
HBOT #10 - 2.4 ATA, 90 minutes. BG pre 201, post 176 - no hypoglycemia.
Dx: calciphylaxis RLQ abdomen.
Wound: 4.0 x 2.6 x 0.15, eschar 30%, slough 30%, gran 40%. Pain 6/10.
weight 118kg (BMI 36.4).
"""),
]}

W09 = {"patient_id": "W09", "age": 60, "sex": "F", "notes": [
("2020-06-08", "Wound Clinic RN Intake", """
60 F, dialysis M/W/F in-center. Type 2 DM, Levemir nightly - her sister gives the shots, "always the right leg, never the left, she's superstitious about it".
C/o painful black sore inside of her LEFT thigh, began in May 2020.
WOUND 1: L medial thigh, mid
 5.2 x 3.8 x 0.3 cm
 70% eschar / 30% slough
 Periwound: dusky, indurated, retiform purpura medially
 Pain 9/10.
R ant thigh (inj area): skin intact, a few tiny needle marks, no induration, no discoloration.
Ht 165 cm, Wt 82.2 kg, BMI 30.2
"""),
("2020-06-22", "Wound Care Physician Note", """
Bx L thigh 6/10: calciphylaxis - calcified arteriolar walls w/ occlusive thrombi.
L thigh has had no trauma: she denies shots, heat, falls or tight garments there. Injections are confined to the R anterior thigh and that skin is normal.
Plan: STS with HD, cinacalcet, sevelamer; Santyl + foam; HBOT.
"""),
("2020-07-20", "HBOT Treatment Note", """
Tx 15 of 30. 2.4 ATA / 90 min. Tolerated well.
Calciphylaxis L medial thigh: 4.6 x 3.1, 0.2 cm deep, 40% gran.
R thigh inj zone - still intact.
BMI 30.2.
"""),
]}

W10 = {"patient_id": "W10", "age": 72, "sex": "M", "notes": [
("2022-03-14", "Wound Clinic Nurse Visit", """
72 y/o man on hemodialysis, A-fib on warfarin. No DM.
Painful purple patch on the L calf since early March ("first wk of March"). He denies any injury, bumps, heat or anything tight on that leg before it came up. "Just woke up with it."
L post calf: 3.0 by 2.5cm violaceous patch, central 1 cm dusky blister, livedo around it.
Pain 7/10. BMI 26.0.
Photo taken. MD aware, bx scheduled.
"""),
("2022-04-04", "Wound Care Physician Note", """
Bx 3/21 L calf: calciphylaxis confirmed.
Interval: on 3/29 his L calf took a knock from the car door as he got into the passenger seat - wound edge bled, now bigger.
L calf: 4.8 x 3.6 x 0.3, 50% eschar, 50% slough.
Note: door injury came after this lesion was already present and biopsied; not the trigger.
Plan: STS, warfarin -> apixaban discussed w/ cardiology, HBOT.
"""),
("2022-05-02", "HBOT Progress", """
HBOT #14. 2.4 ATA. L calf calciphylaxis 4.5 x 3.2, gran 35%. Pain 5/10. BMI 26.0.
"""),
]}

W11 = {"patient_id": "W11", "age": 64, "sex": "F", "notes": [
("2023-02-06", "Wound Clinic RN Intake", """
64 yo woman. Kidneys: ESRD, home CCPD. Diabetes type 2, insulin pen into abdomen. No warfarin.
R buttock wound, started "right after New Year" as a hard painful spot, now open.
Denies long sitting (has a gel cushion), sleeps on her L side, hasn't fallen, no hot pack, no cold pack to that area.
WOUND 1: R buttock, upper outer
 3.5 x 3.0 x 0.4
 Slough 50%, eschar 40%, gran 10%
 Periwound: stellate purpura, indurated
 Pain 8/10
Wt 118 kg, BMI 43.0
"""),
("2023-02-13", "Wound Care Physician Note", """
Exam as per RN. Ddx calciphylaxis vs pressure injury (location not bony, pt not immobile - favors calciphylaxis).
Procedure: took a 4mm punch at the R buttock wound margin today, hemostasis w/ silver nitrate.
Dressing: Medipore tape + foam.
"""),
("2023-03-06", "Wound Care Physician Note", """
Bx: calciphylaxis.
Sharp debridement of R buttock wound today with curette, removed 2 cm2 slough, tolerated w/ lidocaine.
Periwound has tape blisters from the Medipore - switched to silicone border dressing.
Home nurse had tried a heat lamp to the wound for comfort last week - stopped.
Wound post debridement: 3.8 x 3.2 x 0.5.
"""),
("2023-04-03", "HBOT Treatment Note", """
HBOT #15. Dx: calciphylaxis R buttock.
Wound 3.2 x 2.7 x 0.3, gran 50%.
Wt 115 kg, BMI 41.8.
"""),
]}

W12 = {"patient_id": "W12", "age": 53, "sex": "M", "notes": [
("2024-01-15", "Wound Care Consult", """
REASON FOR CONSULT: painful dark areas both thighs, per renal.
53 yo M, ESRD (FSGS), in-center dialysis on M-W-F, access R arm loop graft, on calcium acetate. Not diabetic (A1c 5.2). No anticoagulation ever.
HPI: Both fronts of his thighs started hurting around Christmas, then purple "map" patches, then the left one went black.
Pertinent negatives, asked one by one: no shots of any kind into the thighs, no heating pad, no electric blanket, no ice, no falls or knocks, no tight jeans/belts/braces. Works from home, sits in an office chair w/ cushion.

Wound L - L anterior thigh: 4.2/3.1/0.2cm (LxWxD), eschar 80%, slough 20%
Wound R - R anterior thigh: 2.8 x 2.0 cm violaceous retiform plaque, epidermis intact
Both: woody subcutaneous induration, exquisitely tender.
Ht 178, Wt 103 kg, BMI 32.5.
Photos L and R thigh w/ measuring guide.
"""),
("2024-01-29", "Wound Care Physician Note", """
Path from L thigh punch (1/17): calciphylaxis, von Kossa + calcification of arteriolar walls, thrombi.
Renal: stop Ca acetate -> sevelamer, sodium thiosulfate 25 g each run.
Plan:
- OR excisional debridement, L thigh wound, under MAC, is booked for next week (not yet done).
- If he gets admitted, hospitalist may want SC heparin for DVT ppx; have asked that any shots go into the arms, not the thighs.
- HBOT starting next Mon.
- Wound L: hydrogel + bordered foam; Wound R: protect, no pressure.
"""),
("2024-02-26", "HBOT Treatment Note", """
HBOT dive #10 / 2.4 ATA, 90 min / no complications.
Dx: calciphylaxis, both anterior thighs.
OR debridement was cancelled - eschar softening on its own w/ hydrogel.
L thigh 4.0 x 3.0, depth 0.2, slough 40% gran 30% eschar 30%. R thigh 2.5 x 1.8, plaque flattening.
Pain 6/10. BMI 32.5.
"""),
]}

W13 = {"patient_id": "W13", "age": 70, "sex": "F", "notes": [
("2019-10-07", "Wound Clinic Intake", """
Seen w/ son. 70 yo F on HD T/Th/Sa. DM2 - Lantus 22u daily, son draws it up, she injects in her stomach.
Multiple wounds:
#1 R posterior calf - necrotic ulcer LxWxD 4.0/3.2/0.3, eschar 90%, purpuric halo
#2 L posterior calf - indurated purple plaque 3.0 x 2.2, skin intact, tender
 (#1 and #2 both came up "sometime in August" per son)
#3 L low back - blistered burn, 6 x 4 cm, clear fluid blisters, pink base. Dozed off lying on her heating pad 9/28.
#4 R heel - PI stage II 1.0 x 0.8, from lying in bed w/ heel on mattress.
Son: "She hasn't banged her legs, she barely walks now."
BMI 24.9.
"""),
("2019-10-21", "Wound Care Physician Note", """
R calf bx (10/9): small subcut vessels with Ca++ in the media, occluding thrombi, necrotic fat; read as calciphylaxis. The L calf plaque is the same process clinically.
#3 L low back: superficial partial-thickness thermal burn from the heating pad - no purpura, no induration, re-epithelializing. Not calciphylaxis.
#4 R heel: pressure injury; heel boots, float heels.
Per son and pt, nothing has injured, heated, pressed or needled either calf.
Plan: STS, HBOT for the calf wounds, silver alginate #1, foam #2, bacitracin #3.
"""),
("2019-11-18", "HBOT Treatment Note", """
HBOT #12 of 30, 2.0 ATA x 90 min, monoplace.
Dx: calciphylaxis bilat calves.
#1 R calf 3.5 x 2.8 gran 30%. #2 L calf plaque unchanged.
#3 back burn - closed. #4 heel - closed.
BG pre 132.
"""),
]}

W14 = {"patient_id": "W14", "age": 66, "sex": "M", "notes": [
("2024-03-11", "Wound Care Consult", """
66 yo male, CKD stage 5 (eGFR 9) - has not started dialysis as of today. L radiocephalic fistula maturing. T2DM on insulin glargine + lispro, injects his belly only. No warfarin.
HPI: Sore spot lateral L thigh ("outside of my leg") x 2 wks, "like a bad bruise but hard as a rock".
L lateral thigh: 3.6cm x 2.9cm purpuric plaque with 1 cm central black eschar; livedo 5 cm around.
Pain 8/10.
Wt 101 kg, BMI 31.0.
Counseling given (pt & wife): no heating pads or hot tubs, insulin shots to the belly only, none in thighs or arms, avoid tight waistbands, report any new painful purple spot right away.
"""),
("2024-04-08", "Wound Care Physician Note", """
Interval: started HD 4/2/2024 via fistula, MWF.
Bx L lateral thigh (3/13): calciphylaxis, von Kossa positive.
No local trauma at the L thigh ever elicited.
Re-educated: rotate insulin within the abdomen, stay away from heat, loose clothing.
L thigh 4.0 x 3.1, eschar 50%. Plan STS w/ HD, HBOT.
"""),
("2024-05-06", "HBOT Treatment Note", """
HBOT #10. Dx: calciphylaxis L thigh. 2.4 ATA, tolerated.
3.4 x 2.6, gran 40%. BMI 31.0.
"""),
]}

PATIENTS = [W08, W09, W10, W11, W12, W13, W14]
