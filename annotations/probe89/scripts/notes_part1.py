"""probe89 corpus notes, I01-I07 (acute care surgery and trauma service; all invented)."""

I01 = {"patient_id": "I01", "age": 58, "sex": "M", "notes": [
("2021-06-03", "Trauma Bay Secondary Survey", """
TRAUMA ACTIVATION - LEVEL II - secondary survey
58M restrained driver, T-boned at intersection on Route 9, ~40 mph per EMS. GCS 15 on arrival, c/o R thigh pain + chest wall pain.
PMH (per wife + chart): kidney failure, dialyzes (HD) on Mondays, Wednesdays and Fridays using a left radiocephalic fistula, good thrill; type 2 diabetic using Lantus 30 units at bedtime plus humalog sliding scale; hypertension; no blood thinners.
Secondary:
HEENT - small forehead lac, hemostatic
Chest - TTP R lat ribs 5-7, no crepitus, BS equal
Abd - soft, NT, no seatbelt mark. FAST neg x4 windows
Pelvis - stable
Ext - R thigh deformed, shortened/ext rotated, DP/PT 2+
Skin - no other wounds, no ulcers noted anywhere
Ht 175 cm, Wt 111 kg, BMI 36.2
A/P: closed R femoral shaft fx - ortho for IMN today; R rib 5-7 fx - IS, multimodal analgesia; nephrology aware re: HD tomorrow. Admit SICU. VTE ppx to start POD1 per protocol.
"""),
("2021-06-25", "SICU Progress Note", """
SICU Day 22 - Progress
S: pt reports "burning" in his belly skin, L side, began yesterday afternoon, 9/10, worse w/ gown rubbing.
O: afebrile, MAP 70s, on RA. HD yesterday, 2.5 L UF.
Skin: LLQ abdominal wall - cluster of enoxaparin injection marks (pt has received lovenox 40 SC BID since 06/04/2021, nurses have mostly used the left lower quadrant). Around them: stellate retiform purpura ~7x5 cm with a dusky grey center, exquisitely tender, nothing fluctuant. Right-sided abdominal skin clean.
A: new painful retiform purpura at enox sites in ESRD pt with Ca x Phos ~68 -> concern for calciphylaxis; ddx heparin necrosis / HIT (plt 210, stable), cholesterol emboli less likely.
P: hold enoxaparin, switch to SCDs; derm consult for punch bx at edge; renal re: sodium thiosulfate if confirmed; wound care - no adherent tape on LLQ.
"""),
("2021-07-15", "Acute Care Surgery Clinic", """
ACS / Trauma clinic f/u - post discharge
Mr. Delacroix-Pena returns 2 wks after leaving the hospital. Femur healing, ambulating w/ walker.
Derm biopsy (06/26) of LLQ: calcification of small subcut arterioles with intimal fibroplasia and thrombi -> CALCIPHYLAXIS, biopsy-proven. The lesion formed right where the lovenox shots were given, first appeared about 3 wks ago while he was still in SICU.
Exam: LLQ now firm black eschar 6x4 cm, narrow violaceous rim, no drainage. No new lesions on thighs or arms.
Weight down to 106 kg (BMI 34.6).
Thiosulfate 25 grams infused with each HD session (renal runs it), cinacalcet added, calcium binders swapped to sevelamer. Still on basal insulin.
Plan: eschar is dry and stable so we're leaving it be, keep it dry, betadine paint daily. RTC 4 wks.
"""),
]}

I02 = {"patient_id": "I02", "age": 64, "sex": "F", "notes": [
("2019-11-28", "Operative Note", """
OPERATIVE REPORT - ACS
DOS 11/28/2019 (Thanksgiving, called in from home)
Pre-op dx: free air, peritonitis. Post-op dx: perforated sigmoid diverticulitis with feculent contamination (Hinchey IV).
Procedure: exploratory laparotomy, sigmoidectomy with end colostomy (Hartmann), removal of PD catheter, washout, placement of 19 Fr round Blake drain.
Surgeon: Dr. Osei-Mensah. Assist: Dr. Varga (PGY4)
Anesthesia: GETA. EBL 250. Fluids 1.8 L LR.
Indications: 64 y/o woman on home peritoneal dialysis (cycler nightly) who presented w/ 1 day of diffuse pain, cloudy effluent and pneumoperitoneum on CT. On coumadin for mechanical mitral valve - reversed w/ 4F-PCC + vit K pre-op.
Findings: 1 cm perforation of sigmoid, gross stool in pelvis. PD catheter pulled given contamination; will need HD via temporary line.
Drain: Blake drain left in the pelvis, exteriorized via its own small counter-incision in the right flank and secured w/ 2-0 nylon.
Midline closed w/ looped PDS, skin left open w/ wicks.
"""),
("2019-12-20", "Surgery Floor Progress Note", """
Gen surg / ACS - POD 22
Tolerating regular diet, ostomy functioning, ambulating hallway. Dialysis switched over to in-unit HD, access = tunneled R IJ line (T/Th/Sat), PD not going to be restarted per renal.
Drain was d/c'd 12/10.
New problem: at the old drain exit site on the R flank there is a 4 cm rock-hard purple plaque whose middle has gone black (eschar), livedoid net around it, extremely painful (pt says 10/10, worse than the laparotomy). Nursing thinks it has been there "a few days".
Midline: granulating, clean.
Calcium 10.1 / phosphorus 7.4 / iPTH 840. INR 2.6 on warfarin.
Imp: ? calciphylaxis at prior drain site vs. drain site infection (no purulence, no fluctuance, CT 12/18 w/o collection).
Plan: derm to biopsy tomorrow; avoid pressure dressings on flank; wound RN.
"""),
("2020-01-08", "Acute Care Surgery Clinic", """
ACS clinic - hospital f/u
Seen with daughter. Derm punch bx of R flank plaque (12/21): medial calcium deposits in small vessels (von Kossa stain positive), fibrin thrombi, panniculitis - consistent with calcific uremic arteriolopathy (calciphylaxis).
Daughter and pt both say the trouble began "halfway through December", i.e. after the drain came out but in the exact hole where the drain came through.
Exam R flank: 5x4 cm eschar, dry, surrounding violaceous skin, tender. Colostomy pink, healthy.
BMI 27.3 (70 kg / 160 cm). No diabetes (A1c 5.4).
Warfarin -> renal and cardiology discussing; mech valve so can't simply stop; STS started on HD.
RTC 3 wks; wound clinic in between.
"""),
]}

I03 = {"patient_id": "I03", "age": 47, "sex": "M", "notes": [
("2022-07-04", "Trauma Bay Secondary Survey", """
Trauma Bay - Secondary Survey (Level 2 activation)
47 yo M, helmeted motorcyclist who laid his bike down on I-84 this afternoon - 4th of July traffic. Slid ~20 ft on pavement, wearing a t-shirt.
PMH: FSGS -> ESRD - dialyzes Tues-Thurs-Sat through a tunneled R chest catheter (waiting on fistula). No DM. Meds: sevelamer, calcitriol, amlodipine. NKDA.
GCS 15. Airway intact. Breath sounds =. HR 98 BP 162/90.
Survey:
- Head/face: no injury, helmet intact
- C-spine: cleared clinically (NEXUS neg)
- Chest/abd/pelvis: atraumatic, FAST neg
- L UE: road rash dorsal L forearm 10 x 6 cm, partial thickness, gravel embedded
- L hip: road rash lateral L hip 8 x 5 cm, partial thickness
- R side and LEs otherwise ok
XR L forearm - no fx.
Plan: irrigation + scrub of abrasions under local, xeroform/bacitracin, tdap given, d/c home from ED w/ wound care teaching. BMI 24.1.
"""),
("2022-08-19", "Trauma Clinic Visit", """
Trauma clinic - 6 wk wound check
Hip road rash healed completely, just pink new skin.
Forearm is a different story: he says it was healing fine "then right at the start of August it turned purple and started killing me". Cannot sleep, can't wear a sleeve.
Exam: within the boundaries of the old abrasion on the dorsal L forearm there are two stellate black eschars measuring 3 and 2 cm, with violaceous lacy mottling that extends a few cm proximally. Exquisite allodynia. Pus absent, no streaking. Radial pulse 2+.
Labs from dialysis: Phos 8.2, Ca 9.6, PTH > 1000.
Concern: calciphylaxis arising in the road rash vs. deep infection.
Plan: urgent derm for incisional bx, do NOT sharply debride until dx known. Renal emailed.
"""),
("2022-09-02", "Trauma Clinic Visit", """
Trauma clinic f/u
Path (derm, 8/24): calcific deposits in small arterioles of the dermis/subcutis, occlusive thrombi -> calciphylaxis. So this is calciphylaxis on top of the July road-rash injury on the left forearm.
Renal has begun thiosulfate infusions during dialysis and cinacalcet; parathyroidectomy being discussed.
Forearm: eschars dry, slightly smaller. Pain improved with gabapentin (renally dosed).
Not on warfarin, never been. Wt 78 kg.
F/u 4 wks, sooner if drainage.
"""),
]}

I04 = {"patient_id": "I04", "age": 71, "sex": "F", "notes": [
("2020-02-09", "Trauma Bay Secondary Survey", """
TRAUMA - SECONDARY SURVEY
71F pedestrian struck by a pickup in a grocery parking lot at low speed, thrown onto hood. EMS placed a SAM pelvic binder in the field (centered over the greater trochanters - checked on arrival, correct position) for pelvic instability.
PMH: ESRD, does CAPD herself - four manual exchanges daily, T2DM on insulin glargine + aspart, class I obesity, hypothyroid. Not anticoagulated.
Vitals: HR 112, BP 94/60 -> 118/72 after 1u PRBC.
Findings: APC-II pelvic ring injury on CT, no active extravasation. L distal radius fx. Skin of hips/flanks intact before binder per EMS photo.
BMI 31.0 (Wt 82 kg).
Plan: keep binder, ortho for ex-fix in AM, SICU. PD on hold - renal to do CRRT vs HD? renal to decide, PD cath site clean.
"""),
("2020-03-04", "SICU Progress Note", """
SICU progress - HD#25
Events: binder came off 02/11 once the ex-fix was on. Renal resumed PD last week. Tolerating TF.
Skin: NEW as of 3/1/20 - both lateral hips, directly over the trochanters (the spots where the binder was buckled down): bilateral purple-black indurated plaques, L 6x5 cm, R 5x4 cm, both with retiform borders and excruciating pain on turning. Sacrum/heels intact.
Differential: binder-related DTI vs calciphylaxis (PD, insulin, Ca-based binder, recent hypotension). Pain far out of proportion for a DTI.
Plan: derm bx both sides, air mattress, stop calcium carbonate, check vit K/ PTH.
Wt 76 kg, BMI 28.8.
"""),
("2020-03-18", "SICU Progress Note", """
SICU progress
Bx results (3/5): L and R lateral hip - subcutaneous arterioles show calcified media and thrombosed lumens, plus septal panniculitis; calciphylaxis confirmed on both sides. Derm and pathology agree the picture is calciphylaxis rather than pressure damage.
Plan: sodium thiosulfate, wound care consult, ACS following for possible debridement later. Continue insulin per endocrine. Remains on PD.
"""),
]}

I05 = {"patient_id": "I05", "age": 69, "sex": "M", "notes": [
("2023-12-22", "ED Trauma Consult", """
Trauma surgery consult - ED
69 y/o M fell ~6 ft off a stepladder hanging Christmas lights, landed on his R side, lateral chest wall against the edge of a planter.
Hx ESRD, HD M/W/F at Riverside Kidney Center; AFib on warfarin (INR 2.3 today); no DM. Wife present.
Primary intact. Secondary: TTP R lateral chest wall at ribs 8-10, small abrasion? no - skin intact there, mild ecchymosis only. Back nontender, skin of back unremarkable. Abd soft. No neuro deficits.
CT chest: nondisplaced R lateral rib fx 8, 9, 10; no PTX/HTX.
IS 1500 mL. Walks w/o difficulty.
Dispo: home w/ wife, lidocaine patch, APAP, IS teaching, f/u rib fx clinic 6 wks. Advised to avoid NSAIDs. BMI 27.0 (84 kg).
"""),
("2024-02-03", "Rib Fracture Clinic", """
Rib Fx Clinic
Breathing better, IS 2000.
BUT: new, horrible pain R lower back for two weeks. Admits to sleeping with an electric heat pad against his R back nightly starting Christmas Day to ease the rib pain, usually set to "high".
Exam: R lower back, paraspinal, well away from the fracture site, black eschar, 6 by 4 cm, surrounded by purplish lacy skin and a faint reticulated brown pattern where the pad sat. Very tender. No crepitus. L back normal.
Ddx: burn from pad vs calciphylaxis. Pain character (stabbing, out of proportion) and livedo more c/w calciphylaxis.
Plan: stop heating pad (told pt + wife), derm for bx this week, notify renal.
"""),
("2024-02-16", "Rib Fracture Clinic", """
Clinic addendum / f/u
Derm bx 02/08/2024, R lower back: calciphylaxis (calcified small vessels + fat necrosis); epidermis does not show a burn pattern.
Renal started STS. Warfarin -> apixaban switch being arranged by cardiology given calciphylaxis.
Eschar unchanged. Pain 6/10; oxycodone 2.5 mg helps, he takes ~3 doses daily.
Rib fractures - clinically healed, discharged from rib clinic; ACS will see for wound only.
"""),
]}

I06 = {"patient_id": "I06", "age": 55, "sex": "F", "notes": [
("2024-11-05", "Acute Care Surgery Consult", """
ACUTE CARE SURGERY CONSULT
Requesting: nephrology (Dr. Lindqvist). Reason: necrotic L thigh wound, ? debridement
HPI: 55F, four years into TTS hemodialysis for ESRD, insulin-requiring DM2 (glargine + lispro), morbid obesity. Started getting pain in the left thigh in October, then a black area formed. Dermatology already biopsied it on 10/29: calciphylaxis.
She gives her own insulin - has always used her thighs, switching left and right, "for eight years, since 2016". Never uses the abdomen ("too much belly in the way").
Exam: Wt 131 kg, BMI 44.1. L anterior thigh: 9 x 7 cm adherent black eschar with a rim of boggy necrotic fat at the inferior edge, foul smell, minimal purulence. R thigh: scattered injection bruises, no plaque, no ulcer.
WBC 13.8, lactate 1.1.
Assessment: infected calciphylaxis wound of L anterior thigh, at her insulin injection area.
Plan: OR for excisional debridement Thursday; cefazolin; insulin to be given in upper arms from now on.
"""),
("2024-11-07", "Operative Note", """
BRIEF OP NOTE
Procedure performed: L anterior thigh wound excised/debrided through skin/subQ/fascia, 11 x 9 cm; NPWT application.
Indication: calciphylaxis with secondary infection.
Findings: thick eschar over liquefied fat; underlying fascia viable; no gas, no tracking beyond. Several small calcified vessels gritty under the knife.
Specimens: tissue cx, path.
EBL 40 mL. No complications. Dispo: floor.
"""),
("2024-12-12", "Acute Care Surgery Clinic", """
ACS clinic
Wound L thigh: 10 x 8 cm granulating base with pale patches, NPWT changes MWF at HD. Path from OR: calciphylaxis, no residual infection; cx grew strep agalactiae, treated.
Pt now injecting insulin into her upper arms only. No new lesions.
Wt 127 kg (BMI 42.8). Not on warfarin.
Plan: continue NPWT, consider STSG when bed is clean; RTC 3 wks.
"""),
]}

I07 = {"patient_id": "I07", "age": 62, "sex": "M", "notes": [
("2018-09-12", "Procedure Note", """
PROCEDURE NOTE: L tube thoracostomy
Indication: L hemothorax after fall from roof (~10 ft) today, multiple L rib fx.
Consent: emergent.
Pt prepped w/ chlorhexidine, L 5th intercostal space anterior-axillary line, 1% lido. 2 cm incision, blunt dissection over the rib, pleura entered, finger sweep, 28 Fr chest tube placed and directed posterior-apical. 700 mL blood returned. Tube secured, occlusive dressing, to -20 suction.
Post CXR: tube in good position, lung re-expanded.
Background: ESRD on PD since 2017 (nightly cycler), borderline sugars (A1c 6.1, prediabetic, untreated), warfarin in the past for a DVT - stopped 2016. BMI 29.9 (overweight range; he is not obese).
"""),
("2018-11-01", "Trauma Clinic Visit", """
Trauma Clinic
Seen 7 wks s/p fall w/ L rib fx and hemothorax; chest tube was out on 9/16.
Says the old chest tube scar "went bad" sometime in October - it became hard, then purple, then opened into a sore.
Exam L lateral chest wall: at the healed tube site, a 3.5 cm painful indurated plaque with a central shallow ulcer and black base, net-like violaceous discoloration extending toward the axilla. No drainage. R chest normal.
PD running well per pt, last Phos 6.9.
Imp: non-healing tube thoracostomy site, concerning for calciphylaxis (PD pt) vs retained foreign body/infection (CT chest no collection).
Plan: punch bx at edge by derm 11/5; keep area unloaded, no tape.
"""),
("2018-11-20", "Trauma Clinic Visit", """
Trauma clinic f/u
Bx 11/5: calciphylaxis (vascular medial calcification, thrombi, necrotic fat). PD team informed; on STS.
L chest wound has shrunk - 3.0 x 2.5, base black and dry, no cellulitis.
Plan: local wound care, no debridement; see in 1 month.
"""),
]}

PATIENTS = [I01, I02, I03, I04, I05, I06, I07]
