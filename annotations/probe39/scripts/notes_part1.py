"""probe39 corpus notes, T01-T07 (orthopaedics, rehabilitation and emergency; all invented)."""

T01 = {"patient_id": "T01", "age": 71, "sex": "F", "notes": [
("2019-06-05", "Orthopaedic Post-op Note", """
ORTHO POD #2 - Bed 14, 6 West
S: Pain controlled on oxycodone 2.5 prn. Tolerated HD yesterday via L brachiocephalic fistula, 1.8 L off.
O: Afebrile. R ankle splint c/d/i, toes warm, cap refill <2s. Wiggles toes.
A/P: 71F s/p ORIF R bimalleolar ankle fx (06/03/2019) after trip on garden hose. ESKD on HD MWF.
- NWB RLE, PT/OT eval today
- VTE ppx: heparin 5000 units subq q8h, first dose given 6/4; RN charting all doses into the L lower abdomen (pt requests "not on the right, that's where I sleep")
- BMI 33.6 - obese, bariatric walker ordered
- Dispo: likely acute rehab
"""),
("2019-08-02", "Inpatient Rehabilitation - Physiotherapy Note", """
PT daily note, Rehab unit
Pt 71 y/o female, wk 8 post R ankle ORIF. Still on subq heparin on the unit (dosed into L lower belly per nursing MAR).
Session limited today: pt guarding her L side when transferring sit->stand, reports a "hot, stinging patch" on the left lower tummy, first felt it 3 wks ago, figured the heparin needles had bruised her. Observed with RN: dusky purple net-like area ~6 cm with a central black scab, L lower quadrant. Very tender, did not palpate further.
Gait: 40 ft w/ rolling walker, PWB R in CAM boot, min A.
Plan: RN paging medical team re abdominal skin. Held core strengthening for now. Wt 88.1 kg (BMI 32.9).
"""),
("2019-08-09", "Dermatology Inpatient Consult", """
Derm consult - reason: painful necrotic lesion LLQ
HPI: Dialysis-dependent woman (HD 3x/wk) admitted to rehab after ankle fixation. Receiving SC heparin TID since 06/04/2019, administered into the left lower abdomen throughout. Lesion began about 07/12 as a tender purple mottle at the same injection zone, now with eschar.
Exam: L lower abdominal wall: 7x5cm retiform purpura, 2cm adherent black eschar, exquisitely tender. R abdomen, thighs, calves: clear.
Path (punch bx 8/6, L abdominal edge): calcium lining tiny subcutaneous arteriolar walls; intima thickened; occlusive thrombi; von Kossa stain +.
Impression: calciphylaxis, biopsy confirmed, localized to her heparin injection site.
Rec: stop SC heparin, switch VTE ppx per primary team; renal to consider STS on HD days; nonadherent dressing to the eschar. No DM hx, never on warfarin.
"""),
]}

T02 = {"patient_id": "T02", "age": 58, "sex": "M", "notes": [
("2021-04-06", "Orthopaedic Fracture Clinic", """
Fracture clinic f/u - R lateral tibial plateau fx (Schatzker I), non operative
Pt seen w/ wife. Hinged knee brace locked 0-30 since March, NWB with crutches. Still on PD overnight (cycler), says exchanges going fine. T2DM, Lantus 30 units at bedtime + lispro sliding scale.
XR today: alignment maintained, no further depression.
Skin under brace intact, mild erythema where the upper cuff sits R anterior distal thigh - advised padding.
BMI 36.2.
Plan: unlock brace to 0-60, cont NWB 4 more wks, f/u 4 wks w/ XR.
"""),
("2021-05-10", "Outpatient Physical Therapy", """
OP PT re-eval
58M, R TPF mgmt in hinged brace. Today pt removed brace for ROM testing and there is a new dark, painful, hard area right under the top strap on the front of the R thigh. Pt says it appeared on Monday 5/3 as a "purple blotch" and has gotten blacker, pain 9/10 with brace on. Looks like livedo around a dark center, ~4 cm.
Knee flex 85, ext -5. Quad lag present.
Did NOT reapply brace over the area - padded and called ortho + his nephrologist. Told pt not to drive.
"""),
("2021-05-20", "Dermatology Clinic Note", """
Referred by ortho for necrotic plaque R thigh.
PMH: kidney failure (diabetic nephropathy) - CCPD at home; insulin-requiring DM2; obesity (BMI 36). No anticoagulants.
The lesion occupies exactly the area compressed by the proximal cuff of his knee brace (worn since March 2021); onset 05/03/2021.
Exam: R distal anterior thigh 5x4cm indurated stellate plaque, black eschar centrally, livedoid border. Exquisite tenderness.
Deep incisional bx (5/13): dermal/subcutaneous vessels w/ medial calcification and thrombosis, septal panniculitis. Consistent with calciphylaxis.
Impression: brace pressure site calciphylaxis.
Plan: ortho asked to switch to a cuffless immobilizer, STS via PD team, pain team referral.
"""),
]}

T03 = {"patient_id": "T03", "age": 66, "sex": "F", "notes": [
("2022-11-25", "ED Triage / Provider Note", """
TRIAGE 0912  ESI 3
CC: fall, L leg pain
66 yo F mechanical fall yesterday evening (Thanksgiving) coming down porch steps at her son's house, struck L shin on edge of a concrete step. No LOC, no head strike. On warfarin for afib - INR 2.6 today.
PMH: ESRD, HD Tu/Th/Sat via R IJ tunneled cath. No diabetes.
Exam: L anterior shin 8 x 6 cm tense hematoma w/ overlying ecchymosis and a 2 cm superficial abrasion. NV intact distally. No bony tenderness at ankle/knee.
XR tib/fib: no fx.
MDM: contusion/hematoma L shin, anticoagulated. Tylenol, keep leg up, abrasion care instructions. Return precautions given.
Wt 71 kg, BMI 27.4
"""),
("2022-12-20", "Orthopaedic Urgent Clinic", """
Seen as walk-in. Pt states the bruise on her left shin from the Thanksgiving fall "never went away", instead early December it turned into a purple lacy patch, black now in its middle and the most painful thing she's ever had.
O/E: L pretibial region, on the site of the prior hematoma - 5 cm necrotic plaque, stellate, with livedo reticularis extending proximally. No fluctuance. Pulses palpable.
Ddx: organized hematoma w/ overlying necrosis vs calciphylaxis (HD + warfarin)
Plan: urgent derm/wound referral for bx; NOT draining.
"""),
("2023-01-04", "Dermatology Consult Letter", """
Dear colleague,
Thank you for referring Mrs Delacroix-Byrne. Punch biopsies from the left shin plaque show calcification of small-vessel walls within the subcutis with fibrin thrombi and the dermis above it necrotic; stains for organisms negative. This confirms calciphylaxis. The lesion developed in the exact skin she injured when she fell on 24 November, which fits a traumatic trigger.
She remains on warfarin for atrial fibrillation; I have asked cardiology to consider an alternative. HD unit informed for sodium thiosulfate.
Kind regards,
Dr. P. Moravec
"""),
]}

T04 = {"patient_id": "T04", "age": 74, "sex": "M", "notes": [
("2020-02-11", "Operative Note - Hand Surgery", """
PROCEDURE: Open reduction internal fixation, right distal radius (volar locking plate)
DATE: 02/11/2020
INDICATION: 74M slipped on wet floor of grocery store 2/6 and landed on his outstretched R hand (palm abrasion only), displaced intra-articular distal radius fracture R. Hx ESRD on HD (L arm fistula - L arm not used for BP/lines).
DESCRIPTION: Standard volar FCR approach, 7 cm longitudinal incision over R distal volar forearm. Pronator quadratus elevated, fracture reduced, plate applied, screws placed under fluoro. Layered closure, 3-0 nylon. Bulky sugar-tong splint.
EBL minimal. No complications.
"""),
("2020-04-02", "Hand Therapy Progress Note", """
Hand therapy visit #6
Pt 7 wks out from R volar plating. Wrist AROM: ext 35, flex 30, sup 60, pron 75. Grip deferred.
Problem: new exquisitely painful, dark area over the volar scar R forearm, per pt it began in late March as "a blue line along the stitches". Today 3 cm black eschar centered on the middle third of the incision, surrounded by violaceous mottling. No drainage, not hot.
The small cast rub on the R thumb from the splint back in Feb has healed.
Did not perform scar massage. Contacted surgeon + nephrology.
"""),
("2020-04-14", "Plastic Surgery / Dermatology Joint Clinic", """
74 yo man, dialysis since 2018 (HD), T2DM - linagliptin, never on insulin. Previously on warfarin for a DVT, stopped in 2017. Weight 86 kg, BMI 29.5 (overweight).
Wound in the R volar forearm surgical scar from 2/11 ORIF.
Biopsy of wound margin (4/9): calcific deposits in the media of small arteries in subcutaneous fat, thrombosed lumina and fat necrosis. Cultures no growth.
Dx: calciphylaxis arising in a surgical incision (right forearm).
Plan: hardware stays in place for now, STS with HD, consider hyperbaric O2, local wound care, avoid further incisions in the area if possible.
"""),
]}

T05 = {"patient_id": "T05", "age": 62, "sex": "F", "notes": [
("2023-01-17", "Spine Clinic Note", """
Spine clinic - new pt
62F, slipped getting out of the bath 1/2, no skin injury, acute low back pain. MRI: acute L1 superior endplate compression fx, ~20% height loss, no retropulsion. Neuro intact.
PMH: ESRD, on PD (cycler overnight), DM type 2 on Lantus + Humalog, HTN, osteoporosis.
Pt offered TLSO, declined ("I can't breathe in that thing").
Pain mgmt: acetaminophen, calcitonin nasal x 4 wks. Pt reports an electric heating pad across her low back since 01/09/2023 "on the high setting most of the day" - counselled on burn risk.
Wt 78 kg, BMI 29.6, overweight.
"""),
("2023-02-21", "Home Health Physiotherapy Visit", """
HH PT visit 4
Pt ambulating household distances with 4WW, slow but steady, no LOB. TUG 19 s.
Pt c/o severe pain "not the fracture, the skin" over right low back. Per pt + husband, it started on Valentine's Day as a sore purple patch, exactly where the heating pad lies when she's in her recliner. Now a hard, dark plaque w/ black crust ~5x3 cm R lumbar area, red-purple netlike skin around it.
Heating pad removed from home plan. Photo sent to PCP with pt consent. Pt advised to contact PD nurse today.
"""),
("2023-03-01", "Dermatology Consult", """
Derm - urgent add-on
HPI: PD pt with insulin-treated DM2, 2 wks of an agonizingly painful lesion right lower back that began 2/14/2023, where she had kept a heating pad for hours daily since early January. No warfarin.
Exam: R lower back: 6x4cm indurated violaceous plaque, central necrotic eschar, reticulated purpura at margin. Faint reticulated brown hyperpigmentation bilaterally across lumbar skin (erythema ab igne).
Histo (2/24 punch): subcutaneous small vessel calcification, thrombi, panniculitis. von Kossa positive.
Dx: calciphylaxis R lower back, triggered by thermal injury from heating pad.
Plan: STS, wound care, no heating devices. BMI today 29.6.
"""),
]}

T06 = {"patient_id": "T06", "age": 49, "sex": "M", "notes": [
("2024-09-02", "Emergency Department Note", """
ED PROVIDER NOTE
CC: dog bite R hand
49 y.o. M bitten by neighbour's dog ~1 hr PTA, dorsum R hand, 2 puncture wounds, no tendon involvement, FROM all digits.
Hx: ESRD, HD via L forearm AVF (MWF - missed Fri). No DM. Last tetanus unknown.
Exam: 2 x 4 mm punctures dorsal R hand over 3rd MC, minimal bleeding. BMI 41.3.
Tx: irrigated copiously, left open. Tdap 0.5 mL IM given L deltoid (R hand injured, L arm fistula discussed - pt preferred L upper arm anyway). Augmentin renally dosed x 5d.
Dispo: home, hand clinic f/u 2 wks.
"""),
("2024-09-16", "Hand Clinic Follow-up", """
Hand surgery f/u
Dog bite R hand - punctures closed, no erythema, no fluctuance, full tendon fxn. Finished abx.
Pt working light duty. Discharged from hand clinic, prn return.
"""),
("2024-10-01", "ED Triage", """
TRIAGE 1446 ESI 3
CC: "my shot arm is killing me"
49M HD pt, ~10 days ago noticed a sore purple patch on the L upper arm where he had his tetanus shot here last month, now black center and pain 10/10, unable to lie on L side. Afebrile. HR 96 BP 168/94.
Triage RN: L lateral upper arm ~5cm dark purple firm area, black centre, lacy purple rim. Warm? no. Streaking? no.
Placed in fast track -> moved to main ED for provider eval.
"""),
("2024-10-08", "Nephrology Inpatient Consult", """
Renal consult, HD pt admitted 10/2 w/ painful necrotic lesion L upper arm.
Wound on the left deltoid region at the Tdap IM injection site (given 9/2/24 in ED); lesion onset ~9/21 per pt.
Derm punch (10/4): extensive calcium in small subcutaneous vessel walls with thrombosis - calciphylaxis confirmed.
Risk factors: ESRD on HD x 6 y, frequent missed sessions, Ca x Phos high, PTH 1240, morbid obesity (BMI 41). Not diabetic. No warfarin.
Rec: increase HD to 4x/wk, IV sodium thiosulfate post-HD, cinacalcet, stop calcium-based binder, avoid injections into the arms.
"""),
]}

T07 = {"patient_id": "T07", "age": 69, "sex": "F", "notes": [
("2025-01-02", "Urgent Care Visit", """
UC NOTE
69F twisted R foot stepping off curb last night (New Year's Eve), pain lateral midfoot, unable to WB.
XR R foot: nondisplaced fx base of 5th MT (zone 1).
PMH: ESRD (HD MWF), T2DM, Tresiba 18u qhs, mechanical AVR on warfarin, obesity.
Placed in tall CAM walker boot today 1/1-> actually 1/2 (today), WBAT in boot, crutches provided, pt unsteady so also dispensed a standard walker.
BMI 34.0. Ortho f/u 2 wk.
"""),
("2025-02-17", "Orthopaedic Foot & Ankle Clinic", """
F&A f/u - R 5th MT base fx, 6.5 wks.
Pt reports pain is NOT at fracture anymore but at outer R ankle where upper boot strap + plastic shell edge press; painful spot x 2 wks, pt thought it was a boot sore.
Exam: R lateral malleolus region - 3cm black eschar, violaceous netlike discoloration around it, very tender, indurated. Not typical for a boot rub (pain out of proportion, livedo).
XR: fx healing.
Plan: boot off, transition to stiff-soled shoe. Urgent derm for bx - concern for calciphylaxis in this HD pt on warfarin.
"""),
("2025-02-26", "Dermatology Note", """
Pt seen for R lateral ankle lesion. Punch bx (2/19): small vessel mural calcification w/ thrombi + fat necrosis -> calciphylaxis.
Clinically the lesion lies precisely under the pressure point of her walking boot, worn since Jan 2nd.
Dx: calciphylaxis, right lateral ankle, koebnerized at a device pressure site.
Plan: cardiology re warfarin (mech valve - will need careful discussion), renal re STS, offloading, wound clinic.
"""),
]}

PATIENTS = [T01, T02, T03, T04, T05, T06, T07]
