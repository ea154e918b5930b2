"""probe224 corpus notes, B08-B14 (nursing care plans and the clinics around them; all invented)."""

B08 = {"patient_id": "B08", "age": 62, "sex": "F", "notes": [
("2024-06-18", "Nursing Care Plan", """
NURSING PLAN OF CARE - Pulm step-down, Fairhaven Regional
62F, COPD on 2L home O2, ESRD on HD Tu/Th/Sat, DM2 on insulin, obese (BMI 34.4).
Adm 6/16 w/ COPD exacerbation.
NDx: Ineffective breathing pattern r/t airflow obstruction AEB tripod posture, pursed-lip
breathing, RR 28.
  Pt sits on the side of the bed leaning forward w/ both elbows propped on her thighs most of
  the day and much of the night; says she has sat like this since her breathing got worse
  in 2022.
  Interv: overbed table w/ pillow to lean on, DuoNebs q4h, HOB 45.
NDx: Impaired skin integrity r/t calciphylaxis AEB ulcers on bilat anterior thighs (present on
admission; she dates them to around Memorial Day).
  Interv: foam dressings daily, pillow between elbows and thighs.
Eval: RR 24, SpO2 90% on 2L. Continue plan.
"""),
("2024-06-19", "Nephrology Consult", """
Nephrology inpatient note
Known to our unit: HD Tu/Th/Sat through a L brachiocephalic AVF. Calciphylaxis dx 6/10/24 on
biopsy of the L thigh at outpatient derm (report reviewed: arteriolar calcification, thrombi).
Exam: anterior thighs bilat, L 4 x 3 cm and R 3 x 3 cm eschars w/ livedoid rims. Notably,
both sit right where she plants her elbows when she leans forward to breathe - chronic
pressure is the likely trigger.
Labs: Ca 9.6, Phos 6.9, PTH 702, Alb 3.0.
Plan: STS 25 g IV each HD; lower dialysate Ca to 2.0; non-calcium binder; padded arm
supports, avoid leaning on the thighs.
"""),
("2024-06-24", "Nursing Shift Evaluation", """
Shift evaluation - days
Resp: RR 20-22, SpO2 91-93% on 2L NC; leans on the table & pillow instead of her thighs about
half the time, reminders given.
Skin: bilat anterior thigh eschars same size, dry, no drainage, no spreading redness; foams
changed 1000.
Pain 6/10 -> 3/10 after PO hydromorphone.
BG 168 / 201 / 154; glargine 18 units given L upper arm 2100 last night per MAR.
NDx eval: breathing pattern - partially met; skin integrity - not met, but stable.
Plan: HD tomorrow w/ STS; PT for energy conservation; d/c planning - home w/ home health.
"""),
]}

B09 = {"patient_id": "B09", "age": 66, "sex": "M", "notes": [
("2022-05-03", "Nursing Shift Note - Fall", """
Night shift - fall event, Telemetry 3C
0240 pt found on floor beside bed; says he got up to urinate and his L leg "gave out," struck
his L shin on the bedside table. No head strike, no LOC.
Assessed: L anterior shin 2 x 1 cm abrasion with small hematoma, oozing minimal. Neuro
checks intact. VS 150/84, 92, 18, 98.4.
Cleansed, petrolatum gauze. Bed alarm on, low bed, gripper socks.
MD notified 0255; post-fall huddle done.
NDx: Risk for falls r/t nocturia/weakness - Morse rescored 65 (high).
Background: 66M, ESRD on HD, insulin-requiring DM2, off warfarin since 2018 (had been on
it for PE).
"""),
("2022-06-01", "Home Health Nursing Care Plan", """
Home health RN - care plan update
NDx: Impaired skin integrity r/t calciphylaxis (bx-confirmed 5/27/22) AEB necrotic ulcer on
the R anterior shin.
  R shin ulcer first noticed ~5/20, now 3 x 2.5 cm, black eschar, purple rim, very tender.
  L shin: abrasion from the 5/3 fall healed; skin intact, no discoloration.
  Goal: no infection; pain 4/10 or less.
  Interv: povidone-iodine to eschar daily, dry gauze, Kerlix; elevate leg; no compression.
NDx: Risk for unstable glucose r/t insulin + poor intake. FSBG 98-240 this week.
Vitals: BP 128/66. BMI 27.5.
Next visit Friday.
"""),
("2022-06-03", "Dermatology Follow-up", """
Derm f/u
66M ESRD/HD, DM2 on insulin, past warfarin. Bx 5/27/22 R shin: calcified subcutaneous
arterioles with thrombi - calciphylaxis.
R anterior shin ulcer 3.2 x 2.6 cm with eschar, livedo racemosa extending 4 cm around.
L shin: small healed pink scar where he hit it in the May fall; no induration, no purpura.
Pt recalls no injury of any kind to the R leg.
A/P: calciphylaxis R shin. Continue STS with HD, wound care per home health, hyperbaric
oxygen referral to be considered.
"""),
]}

B10 = {"patient_id": "B10", "age": 59, "sex": "F", "notes": [
("2023-01-10", "Nephrology PD Clinic", """
PD CLINIC
59F, ESRD from PKD, CAPD 4 exchanges/day. Not diabetic. No anticoagulants. BMI 31.8.
C/o a painful hard spot on the inner R thigh since New Year's, "like a cramp that won't let go."
Exam: R medial thigh 3 x 2 cm indurated violaceous plaque, retiform border, tiny dark center.
No other skin lesions.
Labs: Ca 10.3, P 7.0, PTH 950.
Derm did a punch in clinic 1/9: calcified small vessels with thrombi in the fat = calciphylaxis.
Plan: STS protocol; calcium acetate -> sevelamer; PD RN weekly wound checks; fall
precautions reviewed (walks with a cane).
"""),
("2023-01-20", "Home Health RN Visit - Safety Event", """
HH RN visit 1/20/23
Pt reports that this AM she slid off the edge of her recliner onto the floor and caught the
inside of her R thigh on the footrest hinge. Skin tear 2.5 cm, R medial thigh, roughly 3 cm
below the calciphylaxis plaque (plaque present since early Jan, its dressing intact).
Tear cleaned, edges approximated w/ adhesive closure strips, silicone foam on top.
NDx: Risk for falls r/t pain, sedating meds - lift recliner and grab bar reviewed.
NDx: Impaired skin integrity r/t skin tear AEB 2.5 cm flap R medial thigh.
VS 132/80, 84, 97.8. Wt 84.2 kg.
Daughter present for teaching.
"""),
("2023-01-24", "Wound Care Nursing Note", """
Wound RN f/u
R medial thigh calciphylaxis plaque has opened: ulcer 3.5 x 2.4 cm, black center.
The skin tear from the 1/20 fall sits just below it - pink, edges approximated, healing,
no purpura around it.
NDx: Impaired tissue integrity r/t calciphylaxis and skin tear.
Interventions: calcium alginate + foam to the ulcer every other day; tear: leave strips,
observe.
Teaching: pad the recliner footrest, sit back fully before reclining.
Pain 5/10.
Goal: tear healed by 2/7; ulcer no larger.
"""),
]}

B11 = {"patient_id": "B11", "age": 72, "sex": "M", "notes": [
("2021-04-06", "Wound Care RN Consult", """
WOUND CARE CONSULT - 7 East
72M, ESRD on HD, DM2 on insulin (glargine to abdomen), AF - warfarin held since admit for
biopsy. BMI 25.1.
Consulted for L buttock wound present since mid-March per wife.
L buttock (upper outer gluteal, not over a bony prominence): 5.5 x 4 cm black eschar with
violaceous retiform rim, induration 3 cm beyond. Derm punch bx 4/4/21 at lateral edge,
1 suture in place.
NDx: Impaired tissue integrity r/t suspected vascular calcification AEB necrotic L buttock
wound.
Interventions: keep eschar dry, povidone-iodine paint, silicone-border foam; keep tape to a
minimum.
"""),
("2021-04-08", "Dermatology Consult Follow-up", """
Derm f/u
Punch bx 4/4/21 L buttock: calcification of subcutaneous arterioles, thrombosis, fat
necrosis -> calciphylaxis.
He and his wife recall no injury, injections or heat to the L buttock before it started.
Insulin is given in the abdomen; abdominal skin clear of lesions.
Rec: STS with HD; wound team to sharp-debride loose necrotic tissue once demarcated;
warfarin should not be resumed - discuss alternative w/ cardiology.
F/u 1 wk.
"""),
("2021-04-20", "Nursing Shift Evaluation", """
Shift evaluation 0700-1900
L buttock calciphylaxis wound: wound RN did bedside sharp debridement at 1100 of loose slough
at the inferior edge; minimal bleeding, silver nitrate for hemostasis. Santyl, ABD pad,
paper tape to intact skin only. Ice pack over the dressing 15 min for post-procedure pain per
order, pt states it helped.
Pain 7/10 -> 4/10.
NDx: Acute pain r/t wound procedure AEB grimacing. Goal met.
BG 188, lispro 4 units abd.
Warfarin remains off per cardiology; on heparin drip for AF bridging.
"""),
]}

B12 = {"patient_id": "B12", "age": 48, "sex": "F", "notes": [
("2020-02-11", "Nursing Admission Assessment", """
ADMISSION ASSESSMENT & CARE PLAN - 8 North
48F, ESRD (lupus nephritis) on HD MWF. Prediabetes, A1c 6.1, no meds. No warfarin ever.
BMI 28.3.
Reason for admit: painful ulcers of both calves x 2 wks.
Skin: bilat posterior calves - several dark purple net-patterned patches w/ 2 small black
ulcers on each side.
Pt denies falls, bumps, scratching, bug bites, or heat/ice to the legs; has never had shots
in the legs.
NDx: Acute pain r/t leg ulcers AEB 8/10, tearful during dressing.
NDx: Risk for infection r/t open wounds, prednisone 5 mg.
Interv: cushion calves on pillows; NO heating pad or ice; if she becomes immobile, start
SC heparin per protocol - she is walking, so not ordered.
"""),
("2020-02-13", "Dermatology Consult", """
Derm consult
Bilateral calves: retiform purpura with central necrotic ulcers (2 on L, 2 on R), all on the
posterior calves. No history of trauma; pt firm that nothing happened to her legs.
Bx 2/12 L calf: vascular calcification and thrombi in subcutaneous fat, von Kossa +, no
vasculitis. ANA known positive, antiphospholipid panel negative.
Dx: calciphylaxis. Lupus vasculopathy and APS considered, not supported.
Recs: STS; wound care; avoid any trauma to the legs (no BP cuffs on calves, no SC injections
into the legs); if enoxaparin becomes necessary later, give it in the abdomen.
"""),
("2020-02-15", "Nursing Shift Evaluation", """
Nights 2/14-2/15
Calf wounds: dressings clean/dry/intact, changed per order; no new spots. Pain 5/10 after
oxycodone.
NDx: Risk for injury r/t fragile skin - bed low, padded rails, walks to the bathroom with
standby assist.
Teaching: she asked for a heating pad for leg cramps; explained why we avoid heat on her legs
and offered a warm blanket over her shoulders instead. Verbalized understanding.
VTE ppx: still ambulatory, no enoxaparin per MD.
Eval: goal met - no injury this shift.
"""),
]}

B13 = {"patient_id": "B13", "age": 77, "sex": "M", "notes": [
("2018-11-05", "Nursing Care Plan", """
CARE PLAN - Surgical 4W
77M POD 3 s/p R hemicolectomy w/ end ileostomy RLQ (11/2/18). ESRD on HD. DM2 on glipizide
(held); sliding-scale insulin ordered, none required so far. BMI 26.9.
NDx: Risk for VTE r/t post-op immobility.
  Heparin 5,000 units SC q8h since POD 0 - given in the L lower abdomen, since the R side
  has the stoma and incision.
NDx: Impaired skin integrity r/t surgical wound AEB midline staples, stoma.
  Interv: pouch change q3-4d, incision open to air, monitor for dehiscence.
NDx: Acute pain r/t surgery - PCA stopped, oxycodone PO.
Eval: walked 60 ft with walker, stoma pink, output 400 mL.
"""),
("2018-11-19", "Nursing Shift Evaluation", """
Day shift - 4W
New finding 0900: L flank, behind the mid-axillary line at the level of the lower ribs,
4 x 3 cm painful purple plaque, lacy edge, dusky center. Pt says it began 2 days ago.
It is NOT in the lower abdomen where the heparin is given - that skin shows only a few small
bruises, no purpura or hardness.
Surgical team notified; derm consult ordered.
NDx: Impaired skin integrity r/t unknown cause AEB violaceous plaque L flank.
  Interv: protect area, no tape on it, pain reassessed q4h.
VS 136/72, 78, 16, 98.1. Pain 6/10.
"""),
("2018-11-21", "Dermatology Consult", """
DERMATOLOGY
77M, ESRD/HD, DM2, 19 days after R hemicolectomy.
L flank plaque since 11/17: 4.5 x 3.5 cm retiform purpura with a central black eschar now
forming; located on the posterolateral flank over the lower ribs.
Punch bx 11/20 L flank: calcific arteriolopathy with thrombi - calciphylaxis.
The heparin injections went into the L lower quadrant, about 10 cm anterior and inferior to
this plaque; the abdominal wall itself is uninvolved. Midline incision and stoma healing.
Plan: STS with HD; hold calcium supplements; pain control; wound RN to follow.
"""),
]}

B14 = {"patient_id": "B14", "age": 64, "sex": "F", "notes": [
("2025-03-03", "Nursing Care Plan", """
NURSING CARE PLAN - MICU step-down
64F, ESRD on PD (CCPD continued inpatient), DM2 on aspart + glargine (given in abdomen),
morbid obesity BMI 44.0. Adm 2/26 septic shock from pneumonia, off pressors since 3/1.
NDx: Impaired skin integrity r/t pressure/shear (HOB kept >30 for aspiration risk) AEB stage 2
pressure injury sacrum/coccyx 2 x 1.5 cm, first seen 3/1.
  Interv: turn q2h, low-air-loss mattress, silicone foam to sacrum.
NDx: Impaired skin integrity r/t IV infiltration AEB 2 cm clear blister R dorsal hand at the
old PIV site (line removed 3/2).
  Interv: elevate, warm compress per policy x 24 h.
NDx: Acute pain r/t bilat inner thigh lesions (present on admission, being worked up).
"""),
("2025-03-05", "Dermatology Consult", """
Derm consult - asked about 3 skin problems.
1) Bilateral medial thighs: indurated violaceous plaques with retiform purpura, R 6 x 4 cm with
eschar, L 4 x 3 cm; onset about mid-February per husband, before this admission. Punch bx
L thigh 3/4: calcified arterioles and thrombi - calciphylaxis. No injections, devices or
injury to the thighs reported; insulin goes only into the abdomen.
2) Sacrum: stage 2 pressure injury, shallow pink base - NOT calciphylaxis; typical location
and look.
3) R hand blister: infiltration injury, resolving - not calciphylaxis either.
Recs: sodium thiosulfate; WOCN for all three wounds.
"""),
("2025-03-06", "Wound Care RN Note", """
WOC nursing note
Thigh wounds (calciphylaxis): R medial 6.2 x 4.0 cm, 50% eschar; L medial 4.1 x 3.0 cm,
intact purple plaque. Tx: Medihoney to eschar edges, silicone foam, change daily.
Sacral stage 2: 2.0 x 1.4 cm, pink, moist, no tunneling. Tx: hydrocolloid q3d; offload.
R hand blister: flat, clear, roof intact; dry dressing.
NDx: Impaired skin integrity r/t multiple causes. Goal: sacral injury closed within 2 wks.
Panniculus lifted, no intertrigo.
"""),
("2025-03-12", "Nursing Shift Evaluation", """
Shift eval 3/11-3/12 nights
CCPD ran overnight w/o alarms, UF 900 mL.
BG 142 HS, glargine 30 units L abd.
Skin: sacrum nearly closed; hand blister gone, skin intact; thighs unchanged, pain 5/10.
Sodium thiosulfate dose #3 given over 60 min, no nausea.
NDx: Risk for falls r/t deconditioning, 2 assist to chair.
Eval: goals progressing. Transfer to rehab planned this week.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
