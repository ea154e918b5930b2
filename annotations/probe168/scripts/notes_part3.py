"""probe168 corpus notes, C15-C20 (prosthetics, orthotics and amputee clinic, plus the clinics around them; all invented)."""

C15 = {"patient_id": "C15", "age": 75, "sex": "F", "notes": [
("2020-02-11", "Prosthetic Clinic Note", """
PROSTHETIC CLINIC - L TT
Quarry Hill Orthotics & Prosthetics     CP: D. Ferreira-Lowe

75F, L TT (2017, PAD), K2 household. ESRD (dialysis MWF). DM2, takes
insulin. AF - warfarin. Body mass index 26.3.

S: 2 wks of pain behind the L knee when she sits in the car with the leg on.
O: posterior proximal RL just below the popliteal crease, where the posterior brim sits
in sitting: 2.5 x 2 cm dusky purplish area, firm, tender, does not blanch. Skin not open.
Posterior wall trimline high at 95 deg knee flexion.

A: posterior brim pressure vs something more - colour is odd for a simple rub.
P: lowered and flared posterior trimline 8 mm, re-smoothed edge. Asked her to show the
area to her nephrologist at dialysis this week. RTC 2 wks.
"""),
("2020-02-25", "Nephrology HD Progress Note", """
HD PROGRESS NOTE - Riverbend Dialysis

75F: HD via R forearm graft; insulin-using diabetic; warfarin (AF); L TT amputee.

S: the sore spot behind the knee on the residual limb still hurts, 6/10, worse in the socket.
O: pre BP 132/70, EDW 64.2 kg. L posterior proximal RL: violaceous indurated plaque
30x25 mm, faint netlike edge, no eschar. INR 2.8; iPTH 540; PO4 5.9; Ca 9.3.

A: violaceous plaque L posterior RL - deep tissue pressure injury caused by the
posterior brim, or early calciphylaxis (HD + warfarin). Cannot say which.
P: derm referral - pt declines any biopsy ("that leg has been cut on enough"). Warfarin
reviewed w/ cardiology - continue for now. Binder changed to sevelamer. Socket off
except transfers.
"""),
("2020-03-17", "Wound Clinic Note", """
WOUND CLINIC VISIT

75F, HD, insulin-treated type 2 DM, warfarin, L TT.
L posterior proximal residual limb plaque, 3x2 cm now, purple-grey, a small superficial
blister, no eschar, tender. Socket mostly off x 3 wks.

Impression: deep tissue pressure injury from socket brim; calciphylaxis cannot be
excluded. Biopsy offered again, declined again. No STS started.

Plan: foam border dressing, off-loading. Moving next week to Salem, Oregon, to live
with her daughter - summary faxed to the new dialysis unit, recommend derm eval there
and low threshold for biopsy. BMI 26.3.
"""),
]}

C16 = {"patient_id": "C16", "age": 52, "sex": "M", "notes": [
("2022-05-10", "Orthotics Clinic Note", """
ORTHOTICS - KAFO SERVICE
Westbury Brace Works     CO: R. Lindgren

52M, post-polio syndrome R leg, KAFO since childhood; current metal/leather KAFO w/
drop locks, posterior thigh shell + proximal thigh band. CKD 4 (not on dialysis),
mechanical aortic valve (warfarin). BMI 32.7, obese.

S: ~3 wks of constant soreness where the thigh cuff's upper rim sits, back of the
R thigh, brace on or off.

O: R posterior proximal thigh at the upper cuff edge: firm, tender subcutaneous
nodule about 2 cm, overlying faint violaceous net 6 x 4 cm. Skin intact. Cuff edge worn,
leather cracked.

A: tender nodule + livedo under KAFO thigh cuff. Unclear if just pressure.
P: re-covered thigh cuff, added 6 mm plastazote liner, lowered band 1 cm. Advised PCP
or derm to look at the nodule.
"""),
("2022-05-24", "Dermatology Clinic Note", """
DERMATOLOGY

52M, CKD 4 (eGFR 22), warfarin (mech AVR), post-polio R leg in KAFO.
R posterior proximal thigh: 2.5 cm deep tender nodule under a 7 x 5 cm livedo racemosa
patch, no ulcer.

Ddx: calciphylaxis (CKD 4 + warfarin), warfarin-related skin necrosis (unlikely - years
on it), panniculitis, fat necrosis from cuff pressure.
Punch bx (4 mm) 5/17: dermis and superficial fat only, nonspecific; no calcium
seen, but sample too shallow - nondiagnostic.

P: deep incisional bx recommended to settle it. He will think it over and call.
"""),
("2022-06-14", "CKD Clinic Note", """
NEPHROLOGY - CKD CLINIC

52M, CKD 4 (eGFR 21, Cr 3.4), not on dialysis, mechanical AVR, INR 2.9 on warfarin, post-polio,
obesity BMI 32.7. No diabetes.

Skin: R posterior thigh nodule unchanged, no ulcer. Pt declined the deep incisional
biopsy. Remains a possible calciphylaxis, not confirmed.
Labs: P 5.1, PTH 310, Ca 9.2.

Plan
- CKD 4: dialysis education, access referral.
- Possible calciphylaxis R thigh - counselled; warfarin must continue for the valve.
  Low-phos diet, sevelamer.
- Pt relocating to Tucson in July for work: records to new nephrologist, urged to get
  the biopsy there.
"""),
]}

C17 = {"patient_id": "C17", "age": 80, "sex": "F", "notes": [
("2024-08-06", "Upper Limb Prosthetics Clinic Note", """
UPPER LIMB PROSTHETICS
Tidewater Arm & Hand Center     CP: O. Mbeki

80F, L transradial amputee (farm injury 1981), body-powered prosthesis w/ figure-of-9
harness, axilla loop around the R shoulder, voluntary-opening hook. ESRD on PD.
No diabetes. Not on warfarin (apixaban).

S: sore R armpit when she uses the hook a lot (gardening).
O: R anterior axillary fold at the harness loop: 3 x 2 cm red tender area, skin intact,
slightly firm. Axilla loop tubing cracked.

A: harness loop pressure R axilla.
P: new soft tubing cover, loop lengthened 1.5 cm, cross point moved toward the spine.
BMI 25.1. RTC 1 mo or sooner.
"""),
("2024-08-20", "PD Clinic Note", """
PD CLINIC

80F on CCPD for ESRD; L TR amputee. Exit site good. Effluent clear, no peritonitis.
Kt/V (weekly) 1.8; alb 3.2; iPTH 655; PO4 5.7; Ca 9.6. BMI 25.1.

S: R armpit still painful despite harness change; now a lump.
O: R anterior axillary fold: firm violaceous nodule, 25 mm, dusky in the middle, faint
livedo around; no drainage or sinus tracts.

A: ?calciphylaxis vs pressure sore from prosthetic harness vs hidradenitis.
P: derm referral (booked 9/12). Pt asked to leave the prosthesis off. Lower calcium
dialysate.
"""),
("2024-09-10", "Palliative Care Home Visit", """
PALLIATIVE CARE - HOME VISIT

80F, ESRD on PD, frail. At the family conference she opted for a comfort-first plan;
continues PD nightly for symptom control for now, will not go to hospital.

R axillary nodule: painful, unchanged size, dusky, no eschar. Derm appointment 9/12
cancelled by pt - she will not have a biopsy. Team considers this possible
calciphylaxis, never confirmed; no STS given her wishes.

Plan: topical lidocaine, low-dose oxycodone PRN, soft dressing. Prosthesis off; the
hook stays in the drawer for now.
Review goals monthly.
"""),
]}

C18 = {"patient_id": "C18", "age": 66, "sex": "M", "notes": [
("2025-04-08", "Prosthetic Clinic Note", """
PROSTHETIC CLINIC - R TT
Cobblestone O&P

66M, R TT (2021), K2. ESRD (dialysis Tue/Thu/Sat). Basal-bolus insulin for DM2. Obesity class I.
Socket: TSB, gel liner, sleeve suspension.

S: painful black spot at the end of the stump x 2 wks, not wearing leg since.
O: R distal RL: dry black eschar 20x15 mm with a dusky rim, no drainage. Socket fit ok
distally on check, distal pad intact, no signs of bottoming out.

A: distal RL necrosis without socket cause - ischemic? ?calciphylaxis.
P: leg off. Called vascular and nephrology today - both seeing him next wk.
"""),
("2025-04-22", "Vascular Surgery Clinic Note", """
VASCULAR SURGERY - LIMB SALVAGE

66M, HD, DM2 on insulin, R BKA 2021. Distal RL eschar since late March.
Angio 4/16: R popliteal occlusion, no reconstitution; no endovascular option.
Bx (derm, 4/15, eschar margin): ischemic necrosis; small vessels show no medial
calcification, von Kossa negative, no thrombi in subcutaneous arterioles. Calciphylaxis
excluded by derm/path review.

Impression: ischemic necrosis of R distal RL from popliteal occlusion; not
calciphylaxis.
Plan: revision to above-knee amputation discussed; pt wants time to decide, will talk
it over with his wife and call the office.
"""),
("2025-05-20", "Nephrology HD Note", """
HD NOTE - Brightwater Dialysis

66M; ESRD, dialysed TTS; insulin for DM2; R TT amputee. Obesity class I, BMI 29.4
today. Vascular: ischemic RL necrosis, bx ruled out calciphylaxis.

O: pre BP 162/88, EDW 96.8 kg. RL dressing dry.
Labs: Hgb 10.9; iPTH 420; phos 5.4; Ca 9.1.

Plan
1. R residual limb ischemic necrosis - pt agreed to AKA revision, scheduled 6/3; plan HD
   day before surgery, hold heparin on the circuit.
2. MBD at goal. Not on warfarin.
3. Insulin - endocrine to adjust peri-op.
"""),
]}

C19 = {"patient_id": "C19", "age": 45, "sex": "F", "notes": [
("2016-09-13", "Prosthetic Clinic Note", """
PROSTHETIC CLINIC - L TT, socket replacement
Mill Street Limb Co.

45F, L TT since a motorcycle crash 2012, K4 (runs), works as a postal carrier.
Current socket 3 yrs old, liner worn, volume smaller (5-ply).
PMH: IgA nephropathy, CKD 3a. No dialysis. Prediabetes per PCP.

S: pt asks if her kidney disease means the skin of her leg will break down - her brother,
a dialysis patient, developed calciphylaxis in both legs and died last year. Very anxious.
O: RL skin healthy, no redness, no calluses, good tissue. BMI 26.0.

Plan: new elevated-vacuum socket cast today, same foot. Reassured as best as possible;
told her to raise the question with her nephrologist. RTC 3 wks for check socket.
"""),
("2016-10-04", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC

45F, IgA nephropathy, CKD 3a (eGFR 51, stable), L TT amputee. A1c 6.1 - prediabetes, no
meds. Not on warfarin.

Worried: her brother, who was on HD, died of calciphylaxis. Told her it is seen almost
only in dialysis patients or very late CKD; her kidney function is far from that. Skin exam incl.
legs, RL and trunk: normal. No signs of calciphylaxis.
Labs: UPCR 0.6; PTH 78; P 3.6; Ca 9.4.

P: continue losartan, BP goal <130/80, recheck 6 mo. BMI 26.0.
"""),
]}

C20 = {"patient_id": "C20", "age": 70, "sex": "M", "notes": [
("2026-03-03", "Prosthetic Clinic Note", """
PROSTHETIC CLINIC - R TF
Saltmarsh Prosthetics & Orthotics

70M, R TF (2023), K2. ESRD; in-centre dialysis M/W/F. DM2 managed by diet. BMI 31.4 (obese).
Microprocessor knee, seal-in liner.

S: phantom pain in the evenings; wants to know if he can sleep with an electric pad
warming the residual limb.
O: RL skin intact, no redness at ischial seat or distal end. 2-ply. Gait w/ SPC ok.

A/P: I advised against any heating pad on the RL (poor sensation at the distal end,
burn risk) - asked him to discuss w/ his nephrologist as well. Socket fine, no changes.
RTC 6 mo.
"""),
("2026-03-24", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC

70M, ESRD on thrice-weekly HD; diet-controlled DM2 (A1c 6.4); R TF amputee;
obese (BMI 31.4). Not on warfarin or insulin.

Phantom pain: I told him to skip the heating pad and not to ice the stump (or any
other skin), because in a dialysis patient injured skin can become a site of
calciphylaxis; try gabapentin at HD dosing and a TENS unit from PT.
Skin: full exam, no ulcers, no plaques, no livedo.
Labs: albumin 3.8, PTH 380, P 5.0, Ca 9.2.

P: continue current HD Rx, binder, RTC 3 mo.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
