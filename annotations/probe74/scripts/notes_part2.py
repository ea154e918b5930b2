"""probe74 corpus notes, B08-B14 (orthopaedics and falls clinic; all invented)."""

B08 = {"patient_id": "B08", "age": 61, "sex": "M", "notes": [
("2019-01-28", "Spinal Orthopaedic Clinic", """
Spinal clinic - GP referral "R sciatica, ?surgical"
61M, HD via L brachiocephalic fistula (Tue/Thu/Sat). T2DM on gliclazide, HbA1c 71 - GP about to start insulin. Morbid obesity, wt 131 kg, BMI 42.3. No anticoagulants.
R buttock + posterior thigh pain 4 months, worse sitting. MRI L-spine: L5/S1 foraminal stenosis R.
No falls. No sphincter sx.
Of note: since Christmas Day he has been sitting for hours each evening on an electric heat pad that he wedges under the right side of his bottom (R buttock) "to ease the sciatica". Now a new, separate, very painful area on the R buttock since 20/01/2019 - on examination there is a purple-black, indurated 5x4cm patch in the lower outer quadrant of R buttock, central eschar, livedo around. This is where the pad sits.
Imp: 1. R L5 radiculopathy. 2. Necrotic skin lesion R buttock - concerned re calciphylaxis given HD.
Plan: stop heat pad. Urgent derm/renal. Nerve root injection can wait.
"""),
("2019-02-06", "Dermatology Letter", """
Dear Mr Sandhu,
I was glad to meet Mr Ridgeway in clinic. The deep sample I took at the edge of his right buttock plaque shows small subcut vessels with calcified walls, thrombus within, and necrotic fat overlying. Taken together with his dialysis history this is calciphylaxis, and I believe the prolonged heat from the pad he sat on since Christmas was the local trigger.
Since your clinic his GP has started insulin glargine 10 units at night. Weight today 129 kg (BMI 41.7).
Management: sodium thiosulfate with dialysis, wound care via TVN, pressure-relieving cushion, no heating devices.
Regards, Dr P. Lindqvist, Dermatology
"""),
("2019-03-13", "Physiotherapy Outpatient", """
Physio - lumbar radiculopathy
Pt seen seated on pressure cushion (R buttock calciphylaxis wound dressed by TVN, not examined).
Sciatica 5/10, improving. SLR R 50 deg. Power 5/5.
Independent mobility, walks 400 m.
Rx: nerve glides, core programme, walking plan. Reinforced: no heat pad.
Insulin now twice daily per GP.
"""),
]}

B09 = {"patient_id": "B09", "age": 58, "sex": "M", "notes": [
("2022-03-14", "Fracture Clinic", """
FRACTURE CLINIC
58M, fell from a stepladder 05/03/22 clearing the gutter, landed on R leg.
Dx: R tibial plateau # Schatzker II, minimal depression (3 mm) - CT reviewed at trauma meeting, for non-op.
Rx: hinged knee brace R knee, locked 0-90, TTWB 6 wks, crutches.
PMH: ESRD on haemodialysis (renal unit, MWF), HTN, gout. No DM. No anticoagulation.
BMI 29.9 - sits just below the obesity cut-off (overweight).
Skin under brace checked: intact.
"""),
("2022-05-30", "Fracture Clinic", """
fracture clinic - 12 wk r/v
R knee: brace discontinued, ROM 0-115, XR united. PWB -> FWB. Physio continuing.
BUT: new painful lesion on the LEFT leg. Pt says the L knee was never hurt and never braced; no ice, heat or injections there. Began 20/05/22 as a red tender lump at the medial aspect of the L knee; now 3 cm black-centred ulcer with purple mottling around, very painful.
R knee skin (brace area): normal.
Imp: ?calciphylaxis vs vasculitis in HD patient. Same-week derm.
"""),
("2022-06-08", "Dermatology Clinic Letter", """
Dear Miss Castellanos,
Mr Oyelaran's punch biopsy from the left medial knee has come back: calcium lines the walls of the little dermal and subcutaneous vessels with thrombi in the lumen; no vasculitis. This is calciphylaxis.
I could find no injury or exposure at that site; his tibial plateau fracture and the brace were on the right leg.
We have liaised with his nephrologist regarding sodium thiosulfate and phosphate control.
Yours sincerely
Dr M. Elphick
"""),
]}

B10 = {"patient_id": "B10", "age": 77, "sex": "F", "notes": [
("2024-06-06", "Geriatric Medicine Clinic", """
Geriatric medicine OPD - falls/frailty
77F on APD (ESRD, diabetic nephropathy). T2DM on linagliptin, no insulin. Paroxysmal AF - warfarin. BMI 31.2 (obese).
Clinical Frailty Scale 5. 1 fall in March, none since.
New c/o: exquisitely painful ulcer back of L calf since the 1st of June. Started as a hard purple lump. Pt and husband both firmly deny any knock, scratch, heat or injections to that leg.
O/E: L calf, posterior aspect: ulcer 2.5cm across, base black, surrounding reticulate purpura, indurated. Pedal pulses weak.
Imp: ?calciphylaxis (warfarin + PD + DM + obesity). Urgent derm.
"""),
("2024-06-13", "Dermatology Clinic", """
Derm - results clinic
Punch bx (L calf, 07/06/24): small subcut arterioles with medial calcium, microthrombi and necrotic fat. Calciphylaxis confirmed.
No local trigger identified - no trauma, injection or heat preceded the lesion.
Plan: warfarin -> apixaban (cardiology agreed), STS, wound care, pain team. Falls risk high with pain meds - OT aware.
"""),
("2024-06-24", "Falls Clinic Follow-up", """
Falls f/u (expedited)
Fell 4 days ago getting out of bed at night to the commode; struck her left calf against the metal bed frame. Husband helped her up. No head injury.
L calf: bruising spreading around the calciphylaxis dressing, ulcer slightly bigger (3 cm), no bleeding. XR L tib/fib - no #.
Reviewed: postural drop 30 mmHg - amlodipine stopped. Night lighting + commode beside bed. Bed lowered.
"""),
("2024-07-15", "Physiotherapy", """
Physio - falls pathway, session 2
Gait: slow, shuffling, frame indoors. 30 s sit-to-stand: 6.
L calf wound dressed (calciphylaxis), bruise fading.
Pt motivated. Ex sheet issued (sit-to-stand, heel raises in sitting).
"""),
]}

B11 = {"patient_id": "B11", "age": 64, "sex": "F", "notes": [
("2020-09-08", "Fracture Clinic", """
Fracture clinic
64F, slipped on wet bathroom floor 06/09/2020, L ankle inversion.
XR: undisplaced distal fibula # below syndesmosis (Weber A).
Mx: below-knee POP cast, heel weight bearing, r/v 4 wks.
PMH: ESRD, hemodialysis Tues/Thurs/Sat. T2DM - self-injects insulin (lantus) into her abdomen, rotates around the belly button. Obese, BMI 35.0.
Skin intact.
"""),
("2020-10-06", "Fracture Clinic", """
4/52 f/u L ankle
Cast removed - skin under the cast perfect, no pressure areas. XR healing. Aircast boot, FWB.
New issue: pt reports a sore hard purple area, lateral L thigh, ~2 wks. No injury to the thigh, no injections there (always abdomen), no heat pads, nothing rubbing.
Exam, lateral aspect L thigh: violaceous firm plaque 5x3cm with a central dusky necrotic area; surrounding livedo. Abdominal injection sites - normal skin.
Imp: possible calciphylaxis. Derm referral today.
"""),
("2020-10-20", "Dermatology Letter", """
To: Fracture Clinic, cc renal
Biopsy L lateral thigh (wedge, 09/10/2020): calcified subcutaneous arterioles, some occluded by thrombus, plus fat necrosis -> calciphylaxis.
Nobody recalls any injury to that part of the thigh. Her abdominal insulin sites are clear.
Mx: STS on dialysis, stop calcium-containing binder, analgesia (fentanyl patch), dressings.
"""),
]}

B12 = {"patient_id": "B12", "age": 70, "sex": "M", "notes": [
("2025-03-04", "Upper Limb Fracture Clinic", """
Upper limb # clinic - final r/v
70M, L proximal humerus # (2-part, surgical neck) after fall on icy path Nov 2024, treated in collar & cuff. Now united, shoulder flex 110, abd 90. Discharge to physio.
PMH: ESRD on HD. Not diabetic. Warfarin previously for DVT (stopped 2017), nil now.
Pt mentioned a "nasty sore on my right shin" since early Feb. No knock, no scratch, no bump beforehand, it just appeared. Since it appeared he has been pressing an ice bag onto it overnight for the pain.
Seen: R shin anteriorly: ulcer approx 3cm, eschar black, rim violaceous, very tender.
Advised no ice on the sore. Refer derm.
BMI 26.0.
"""),
("2025-03-12", "Dermatology Clinic", """
Derm new pt
R shin ulcer since beginning of February, HD patient. Differential: calciphylaxis, arterial ulcer, PG.
Punch biopsy taken from the ulcer edge today. Steri-strip and dressing.
Patient has been icing the ulcer since it came, stopped last week.
"""),
("2025-03-26", "Dermatology Clinic", """
Derm r/v
Histology: calciphylaxis (small vessel calcification, thrombosis, panniculitis). Confirmed.
R shin ulcer 3.5 cm, adherent eschar. Sharp debridement of the eschar performed in clinic today (LA, tolerated). Biopsy site healing.
Nothing injured that leg before the ulcer showed; icing, bx and today's debridement all postdate it.
Plan: STS via renal; TVN dressings twice weekly.
"""),
]}

B13 = {"patient_id": "B13", "age": 55, "sex": "F", "notes": [
("2018-05-15", "Orthopaedic Knee Clinic", """
Knee clinic
55F, severe L knee OA (KL grade 4), medial + PF. 2 falls last yr when knee buckled, no injuries. Walks 100 yds.
BMI 44.0, i.e. class III obesity. Dialysis-dependent ESRD (HD). Type 2 DM - linagliptin only, insulin never used.
Discussed TKR: high risk at this BMI + dialysis. If she goes ahead post-op she would need heparin injections for clot prevention. Not listing today - weight mx referral, steroid injection to knee declined.
"""),
("2018-09-10", "Orthopaedic Pre-assessment", """
Pre-op assessment (provisional L TKR)
Pt unwell: large painful ulcer on the lower abdominal pannus since August, foul, black. Has not had injections of any kind into her abdomen, never had insulin, no hot water bottle, no heat pad, no tight belt or waistband, no fall onto it. Nothing she can think of.
O/E: 8 x 6 cm necrotic ulcer with eschar, L + R lower pannus, surrounded by violaceous indurated plaques.
Imp: ?calciphylaxis. TKR postponed indefinitely. Renal + derm contacted.
"""),
("2018-09-25", "Renal-Dermatology Joint Clinic", """
Joint renal/derm
Incisional biopsy of pannus edge: calciphylaxis confirmed (medial calcification, thrombosis, necrosis).
No local trauma identified despite careful history.
Weight 118 kg, BMI 44.0.
Plan: STS 3x/week on HD; cinacalcet; no calcium binders. If insulin is ever required it must not go into the abdomen. Bariatric mattress.
"""),
]}

B14 = {"patient_id": "B14", "age": 81, "sex": "M", "notes": [
("2021-06-03", "Falls Clinic", """
Falls clinic - first appt
81M, PD (CAPD 4 x 2L). Non-diabetic; never anticoagulated with warfarin. BMI 21.0.
Has calciphylaxis on both thighs, proven on biopsy in April 2021, under renal/derm. His thigh lesions came on spontaneously - no preceding injury, heat or injection there.
Falls: fell last week against the bathroom door frame; skin tear R forearm (Payne-Martin 2a), steristripped by GP nurse, healing.
Also L 5th metatarsal # (April), in walking boot.
Counselled re calciphylaxis risk: avoid heat packs and leaning or resting arms on the thighs; careful with any injections. Hip protectors given.
"""),
("2021-06-24", "Fracture Clinic", """
Fracture clinic - L 5th MT base #
XR: healing. Boot can be weaned.
Skin: small category 2 pressure injury on back of L heel from the boot, 1 cm, pink base, blanching edges - typical pressure damage, not calciphylaxis. Heel pad + offloading.
Skin tear on R forearm - healing nicely.
"""),
("2021-07-08", "Dermatology Clinic", """
Derm f/u calciphylaxis
Bilateral anterior thigh ulcers (calciphylaxis) improving on STS: R 4 cm -> 3 cm, L 5 cm -> 4 cm.
Reviewed R forearm skin tear from his fall and L heel pressure sore: both ordinary wounds healing normally, neither is calciphylaxis.
Continue.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
