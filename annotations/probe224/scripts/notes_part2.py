"""probe224 corpus notes, B08-B14 (nursing care plans and the clinics around them; all invented)."""

B08 = {"patient_id": "B08", "age": 62, "sex": "F", "notes": [
("2024-06-18", "Nursing Care Plan", """
NURSING PLAN OF CARE - Pulm step-down, Fairhaven Regional
62F. COPD, home O2 2L. Kidney failure; her HD chair is Tues/Thurs/Sat. Insulin-using
type 2 diabetic. Obese (BMI 34.4). Came in 6/16 with a COPD flare.
NDx Ineffective breathing pattern (00032) r/t airflow obstruction AEB tripod posture,
pursed-lip breathing, RR 28.
  Pt sits on the side of the bed leaning forward w/ both elbows propped on her thighs most of
  the day and much of the night; says she has sat like this since her breathing got worse
  in 2022.
  Interv: overbed table w/ pillow to lean on, DuoNebs q4h, HOB 45.
NDx Impaired skin integrity (00046) - calciphylaxis - AEB ulcers on bilat anterior thighs
(present on admission; she dates them to around Memorial Day).
  Interv: foam dressings daily, pillow between elbows and thighs.
Eval: RR 24, SpO2 90% on 2L. Continue plan.
"""),
("2024-06-19", "Nephrology Consult", """
Nephrology inpatient note
Known to our unit; Tues/Thurs/Sat chair, L brachiocephalic AVF. Calciphylaxis dx 6/10/24 on
biopsy of the L thigh at outpatient derm (report reviewed: arteriolar calcification, thrombi).
Exam: anterior thighs bilat, L 4x3cm and R 3x3cm eschars w/ livedoid rims. Notably,
both sit right where she plants her elbows when she leans forward to breathe - chronic
pressure is the likely trigger.
Bloods: PTH 702 (Ca 9.6, phos 6.9); alb 3.0 last wk.
Plan: start thiosulfate (25 grams, last 60 min of each
session); 2.0 mEq/L Ca bath; non-calcium
binder; padded arm supports, avoid leaning on the thighs.
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
0240 heard a thud; pt on the floor at the bedside. Tells me he stood to use the urinal and
his L leg "gave out," and his L shin caught the corner of the bedside stand. Denies hitting
his head; awake the whole time.
Assessed: L anterior shin abrasion 2x1cm + small hematoma, barely oozing. Neuro
checks intact. VS 150/84, 92, 18, 98.4.
Cleansed, petrolatum gauze. Bed alarm on, low bed, gripper socks.
MD notified 0255; post-fall huddle done.
NDx Risk for falls (00155) r/t nocturia/weakness - Morse rescored 65 (high).
Background: 66M, kidney failure on dialysis, DM2 needing insulin, off warfarin since 2018
(had been on it for PE).
"""),
("2022-06-01", "Home Health Nursing Care Plan", """
Home health RN - care plan update
NDx Impaired skin integrity (00046) 2/2 calciphylaxis (bx-confirmed 5/27/22) AEB necrotic
ulcer, R anterior shin.
  R shin: first noticed ~5/20; today 3x2.5cm, eschar black, rim purple, very tender.
  L shin: abrasion from the 5/3 fall healed; skin intact, no discoloration.
  Goal: no infection; pain 4/10 or less.
  Interv: povidone-iodine to eschar daily, dry gauze, Kerlix; elevate leg; no compression.
NDx Risk for unstable blood glucose (00179) r/t insulin + poor intake. FSBG 98-240 this week.
Vitals: BP 128/66. BMI 27.5.
Next visit Friday.
"""),
("2022-06-03", "Dermatology Follow-up", """
Derm f/u
66M ESRD/HD, DM2 on insulin, past warfarin. 5/27/22 R shin bx: Ca++ lining subcutaneous
arterioles, thrombosed - calciphylaxis.
R anterior shin ulcer 3.2x2.6cm, eschar; livedo racemosa fanning out 4 cm.
L shin: small healed pink scar where he hit it in the May fall; no induration, no purpura.
He cannot think of anything that bumped, cut or burned the R leg.
A/P: R shin calciphylaxis. STS w/ dialysis to go on; home health for dressings; will
think about hyperbaric O2.
"""),
]}

B10 = {"patient_id": "B10", "age": 59, "sex": "F", "notes": [
("2023-01-10", "Nephrology PD Clinic", """
PD CLINIC
59F, ESRD from PKD, CAPD 4 exchanges/day. Not diabetic. No anticoagulants. BMI 31.8.
Since New Year's: sore, hard knot high up on the R inner thigh, "like a
cramp that won't let go."
Exam: R medial thigh, 3x2cm firm violaceous plaque, net-patterned margin, tiny dark center.
Skin elsewhere unremarkable.
Bloods: PTH 950; Ca 10.3; P 7.0.
Derm punched it in clinic 1/9 - pathology: vessel calcification and thrombi in the fat =
calciphylaxis.
Plan: STS protocol; calcium acetate -> sevelamer; PD RN weekly wound checks; fall
precautions reviewed (walks with a cane).
"""),
("2023-01-20", "Home Health RN Visit - Safety Event", """
HH RN visit 1/20/23
Pt reports that this AM she slipped forward out of her recliner onto the rug and caught the
inside of her R thigh on the footrest hinge. Skin tear 2.5 cm, R medial thigh, roughly 3 cm
below the calciphylaxis plaque (plaque present since early Jan, its dressing intact).
Tear cleaned, edges approximated w/ adhesive closure strips, silicone foam on top.
NDx Risk for falls (00155) r/t pain, sedating meds - lift recliner and grab bar reviewed.
NDx Impaired skin integrity (00046) r/t skin tear AEB 2.5 cm flap R medial thigh.
VS 132/80, 84, 97.8. Wt 84.2 kg.
Daughter present for teaching.
"""),
("2023-01-24", "Wound Care Nursing Note", """
Wound RN f/u
R medial thigh calciphylaxis plaque has opened: ulcer 3.5x2.4cm, black center.
The skin tear from the 1/20 fall sits just below it - pink, edges approximated, healing,
no purpura around it.
NDx Impaired tissue integrity (00044) r/t calciphylaxis and skin tear.
Interventions: calcium alginate + foam to the ulcer every other day; tear: leave strips,
observe.
Teaching: pad the recliner footrest, sit back fully before reclining.
Pain 5/10.
Goal: tear healed by 2/7; ulcer no larger.
VS 128/74, 80, afebrile. Next wound visit Fri 1/27.
"""),
]}

B11 = {"patient_id": "B11", "age": 72, "sex": "M", "notes": [
("2021-04-06", "Wound Care RN Consult", """
WOUND CARE CONSULT - 7 East
72M. Dialysis-dependent (HD). DM2 - glargine, which his wife gives in his abdomen. AF:
warfarin on hold since admission for the biopsy. BMI 25.1.
Consulted for L buttock wound present since mid-March per wife.
L buttock (upper outer gluteal, not over a bony prominence): eschar 5.5x4cm, black, ringed
by violaceous net-like purpura; induration 3 cm beyond. Derm punch bx 4/4/21 at lateral
edge, 1 suture in place.
NDx Impaired tissue integrity (00044) r/t suspected vascular calcification AEB necrotic
L buttock wound.
Interventions: keep eschar dry, povidone-iodine paint, silicone-border foam; keep tape to a
minimum.
"""),
("2021-04-08", "Dermatology Consult Follow-up", """
Derm f/u
Seen on 7E, wife at bedside.
4/4/21 punch, L buttock: Ca++ in subcutaneous arteriolar walls, occluded lumens, necrotic
fat -> calciphylaxis.
Wife and pt: nothing was injected, heated or bumped on that buttock before it started.
His insulin goes in the belly; abdominal skin clear of lesions.
Exam today: eschar 5.5x4cm, no change, edge starting to lift inferiorly; no fluctuance or
cellulitis. Phos 6.6, PTH 690 this week.
Rec: STS with HD; wound team to sharp-debride loose necrotic tissue once demarcated;
warfarin should not be resumed - discuss alternative w/ cardiology.
F/u 1 wk.
"""),
("2021-04-20", "Nursing Shift Evaluation", """
Shift evaluation 0700-1900
L buttock calciphylaxis wound: wound RN did bedside sharp debridement at 1100, trimming
loose slough off the lower margin; a little bleeding, stopped w/ AgNO3 sticks. Santyl,
ABD pad, paper tape to intact skin only. Ice pack over the dressing 15 min for
post-procedure pain per order, pt states it helped.
Pain 7/10 -> 4/10.
NDx Acute pain (00132) r/t wound procedure AEB grimacing. Goal met.
BG 188, lispro 4 units abd.
Warfarin remains off per cardiology; on heparin drip for AF bridging.
"""),
]}

B12 = {"patient_id": "B12", "age": 48, "sex": "F", "notes": [
("2020-02-11", "Nursing Admission Assessment", """
ADMISSION ASSESSMENT & CARE PLAN - 8 North
48F; lupus took her kidneys in 2014 - HD Mon/Wed/Fri since. Told she has "prediabetes" (A1c 6.1 in
December); takes no diabetes meds. Has never taken warfarin. BMI 28.3.
Reason for admit: painful ulcers of both calves x 2 wks.
Skin: bilat posterior calves - several dark purple net-patterned patches, two small black
ulcers per side.
Pt denies falls, bumps, scratching, bug bites, or heat/ice to the legs; no injection has
ever gone into her legs.
NDx Acute pain (00132) r/t leg ulcers AEB 8/10, tearful during dressing.
NDx Risk for infection (00004) r/t open wounds, prednisone 5 mg.
Interv: cushion calves on pillows; NO heating pad or ice; if she becomes immobile, start
SC heparin per protocol - she is walking, so not ordered.
"""),
("2020-02-13", "Dermatology Consult", """
Derm consult
Bilateral calves: retiform purpura with central necrotic ulcers (2 on L, 2 on R), all on the
posterior calves. No history of trauma; pt firm that nothing happened to her legs.
Bx 2/12 L calf: mural calcium + thrombi in small fat vessels, VK+, no vasculitis. ANA known
positive, antiphospholipid panel negative.
Dx: calciphylaxis. Lupus vasculopathy and APS considered, not supported.
Recs: STS; dressings per WOCN; legs to be protected (no BP cuffs on calves, no SC
injections into the legs); if enoxaparin becomes necessary later, give it in the abdomen.
"""),
("2020-02-15", "Nursing Shift Evaluation", """
Nights 2/14-2/15
Calf wounds: dressings clean/dry/intact, changed per order; no new spots. Pain 5/10 after
oxycodone.
NDx Risk for injury (00035) r/t fragile skin - bed low, padded rails, walks to the bathroom
with standby assist.
Teaching: she wanted something warm on her legs for cramping at 0100; explained why heat on
the legs is off the table and offered a warm blanket over her shoulders instead. Verbalized
understanding.
VTE ppx: still ambulatory, no enoxaparin per MD.
Eval: goal met - no injury this shift.
"""),
]}

B13 = {"patient_id": "B13", "age": 77, "sex": "M", "notes": [
("2018-11-05", "Nursing Care Plan", """
CARE PLAN - Surgical 4W
77M POD 3 s/p R hemicolectomy w/ end ileostomy RLQ (11/2/18). ESRD on HD. DM2 on glipizide
(held); sliding-scale insulin ordered, none required so far. BMI 26.9.
NDx Risk for thrombosis (00291) r/t post-op immobility.
  SQ heparin 5000 u every 8 h since POD 0 - all doses in the L lower abdomen, because the R
  side has the stoma and incision.
NDx Impaired skin integrity (00046) r/t surgical wound AEB midline staples, stoma.
  Interv: pouch change q3-4d, incision open to air, monitor for dehiscence.
NDx Acute pain (00132) r/t surgery - PCA stopped, oxycodone PO.
Eval: walked 60 ft with walker, stoma pink, output 400 mL.
"""),
("2018-11-19", "Nursing Shift Evaluation", """
Day shift - 4W
New finding 0900: L flank, just behind the midaxillary line, over the lowest ribs -
painful purple plaque 4x3cm, lacy edge, dusky middle. Per pt it showed up 2 days ago.
It is NOT in the lower abdomen where the heparin is given - that skin shows only a few small
bruises, no purpura or hardness.
Surgical team notified; derm consult ordered.
NDx Impaired skin integrity (00046) r/t unknown cause AEB violaceous plaque L flank.
  Interv: protect area, no tape on it, pain reassessed q4h.
VS 136/72, 78, 16, 98.1. Pain 6/10.
"""),
("2018-11-21", "Dermatology Consult", """
DERMATOLOGY
77M, ESRD/HD, DM2, 19 days after R hemicolectomy.
L flank plaque since 11/17: now 4.5x3.5cm, retiform purpura, eschar just starting in the
middle; it sits on the posterolateral flank over the lower ribs.
Punch bx 11/20 L flank: calcific arteriolopathy with thrombi - calciphylaxis.
MAR: each heparin dose went in LLQ, ~10 cm forward of and below this plaque;
the abdominal wall itself is uninvolved. Midline incision and stoma healing.
Plan: STS with HD; hold calcium supplements; pain control; wound RN to follow.
"""),
]}

B14 = {"patient_id": "B14", "age": 64, "sex": "F", "notes": [
("2025-03-03", "Nursing Care Plan", """
NURSING CARE PLAN - MICU step-down
64F, ESRD on PD (CCPD continued inpatient), DM2 on aspart + glargine (given in abdomen),
morbid obesity BMI 44.0. Adm 2/26 septic shock from pneumonia, off pressors since 3/1.
NDx Impaired skin integrity (00046) r/t pressure/shear (HOB kept >30 for aspiration risk)
AEB stage 2 pressure injury sacrum/coccyx 2x1.5cm, first seen 3/1.
  Interv: q2h turns, low-air-loss bed, sacral silicone foam.
NDx Impaired skin integrity (00046) r/t IV infiltration AEB 2 cm clear blister R dorsal hand
at the old PIV site (line removed 3/2).
  Interv: elevate, warm compress per policy x 24 h.
NDx Acute pain (00132) r/t bilat inner thigh lesions (present on admission, being worked up).
"""),
("2025-03-05", "Dermatology Consult", """
Derm consult - asked about 3 skin problems.
1) Inner thighs, both sides: firm violaceous plaques, retiform purpuric edges, R 6x4cm with
eschar, L 4x3cm; husband dates onset to about mid-February, before this admission. Punch bx
L thigh 3/4: calcified arterioles and thrombi - calciphylaxis. Nothing injected into, strapped
to or injuring the thighs that anyone can recall; insulin is always given in the belly.
2) Sacral wound: a stage 2 PI, shallow and pink - NOT calciphylaxis; typical spot
and appearance.
3) R hand blister: infiltration injury, resolving - not calciphylaxis either.
Recs: sodium thiosulfate; WOCN for all three wounds.
"""),
("2025-03-06", "Wound Care RN Note", """
WOC nursing note
Thigh wounds (calciphylaxis): R medial 6.2x4.0cm, 50% eschar; L medial 4.1x3.0cm,
intact purple plaque. Tx: Medihoney to eschar edges, silicone foam, change daily.
Sacral stage 2: 2.0x1.4cm, pink, moist, no tunneling. Tx: hydrocolloid q3d; offload.
R hand blister: flat, clear, roof intact; dry dressing.
NDx Impaired skin integrity (00046), multiple causes. Goal: sacral injury closed within 2 wks.
Panniculus lifted, no intertrigo.
Pain 4/10 with the dressing after APAP. Pt and husband asked to tell staff about any new
purple area. Photos uploaded to the chart.
"""),
("2025-03-12", "Nursing Shift Evaluation", """
Shift eval 3/11-3/12 nights
CCPD ran overnight w/o alarms, UF 900 mL.
BG 142 HS, glargine 30 units L abd.
Skin: sacrum nearly closed; hand blister gone, skin intact; thighs unchanged, pain 5/10.
Sodium thiosulfate dose #3 given over 60 min, no nausea.
NDx Risk for falls (00155) r/t deconditioning, 2 assist to chair.
VS 118/64, 86, 18, 98.9, 95% RA. Repositioned q2h, heels floated. Ate half her dinner.
Husband visited 1900-2030, updated on plan.
Eval: goals progressing. Transfer to rehab planned this week.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
