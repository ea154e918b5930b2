"""probe190 corpus notes, D08-D14 (hand surgery, fracture/cast clinic, hand therapy splinting,
and the nephrology, dermatology and wound notes around them; all people and wording invented)."""

D08 = {"patient_id": "D08", "age": 69, "sex": "F", "notes": [
("2025-03-10", "Hand Therapy Re-check", """
HAND THERAPY - re-check, edema management
Dx: chronic swelling of both hands (volume overload, PD pt), finger
stiffness.
Hx: fitted here with light-compression edema gloves for both hands since
last fall; she wears them day and night and takes them off only to bathe.
S: painful dark spots on several fingers of both hands since January.
Thought it was the cold weather.
O: R long finger, dorsum of prox phalanx: 12 mm black patch w/ violaceous
halo. L index, dorsum of prox phalanx: 15 mm necrotic patch; L ring same
spot, 6 mm. All very TTP. The glove seams run across the dorsal proximal
phalanges. Cap refill 2-3 s all digits, radial pulses palpable.
Circumference at MCPs: R 20.8 cm, L 21.4 cm.
A: necrotic finger lesions, cause unclear.
P: gloves stopped. Same-day message to PD nephrology and derm. Elevate on
pillows; no wraps on the fingers. 97535, 20 min.
"""),
("2025-03-24", "Dermatology Consult", """
DERM CONSULT
69 y/o F; cycler PD for ESRD; DM2, uses basal insulin. Finger lesions of
both hands, onset January 2025.
Exam: necrotic patches ringed by net-like purpura on the R long finger
dorsum (prox phalanx) and over the backs of the L index and L ring prox
phalanges. Legs and abdomen free of ulcers. Nails: no splinters.
Path (bx 3/13, L index): tiny dermal/subcutaneous vessels calcified,
microthrombi, septal panniculitis. Read as calciphylaxis.
Also considered: cholesterol emboli (no recent cath), cryoglobulinemia
(cryo neg).
A: acral calciphylaxis, both hands.
P: STS through the PD unit, IV 3x/wk. Nonadherent dressing, loose gauze.
Gabapentin 100 at bedtime. RTC 2 wks.
"""),
("2025-04-07", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC
69F, ESRD (IgA nephropathy), cycler since 2022, 5 overnight cycles plus a
day dwell. Calciphylaxis of the fingers (bx 2025-03-13); gets thiosulfate
(25 g) by IV in the unit, thrice weekly.
DM2: glargine 14 units qHS, A1c 7.2. Never on warfarin.
Vitals: BP 142/78  HR 74  Wt 71.5kg  Ht 157cm  BMI 28.9 (overweight)
Labs: corrected Ca 9.0; PO4 6.4; iPTH 530; Alb 3.4. Weekly clearance
on target (Kt/V 1.9).
Fingers: R long and L index patches dry, edges stable, L ring healing.
Plan: sevelamer 1600 tid, stop calcium carbonate. Icodextrin day dwell to
help the fluid. Hand therapy to advise on swelling without compression
garments. Recheck PTH 4 wks.
"""),
]}

D09 = {"patient_id": "D09", "age": 66, "sex": "M", "notes": [
("2022-02-02", "Hand Surgery Clinic Procedure Note", """
HAND SURGERY CLINIC
66M, retired machinist, LHD. L long finger catching x 3 months, painful
in the palm, worse in the morning.
PMH: ESRD, HD (L brachiocephalic fistula); T2DM - basal insulin,
injects the abdomen; HLD; gout.
Vitals: BP 160/92  P 70  Wt 98.0kg  BMI 31.6
Exam: L long A1 pulley tender, palpable nodule, active triggering,
passive ext full. R hand: normal skin, no triggering.
Dx: L long trigger finger
Procedure: time-out. Prepped with alcohol/chlorhexidine. 1 mL Kenalog-40 +
1 mL 1% lidocaine into the L long flexor sheath, L palm at the distal
palmar crease. Tol well.
Counseled: BG spike for a few days; may need second shot or release if
no better.
RTC 6-8 wks.
"""),
("2022-03-14", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT
66M on HD, insulin-treated DM. Thenar-base ulcer on the R hand since
about 2/20, painful and darkening. Pt denies any injury, burn, shot or
pressure to the R hand. His trigger finger injection on 2/2 was in the L
palm; that spot looks normal today.
Exam: R thenar eminence: 22x20 mm necrotic ulcer, black base, net-like
purpuric rim, indurated. R radial pulse 2+, fingers warm.
L palm: no lesion.
Labs: PTH 690 pg/mL, corrected Ca 9.7, PO4 7.2, albumin 3.2
Procedure: 4mm punch, R thenar ulcer margin.
A: concern for calciphylaxis vs ischemic ulcer. Path to follow.
P: dressing with petrolatum gauze, notify nephrology.
"""),
("2022-03-29", "Hand Surgery Clinic Follow-up", """
HAND SURGERY f/u
L long trigger: resolved after the 2/2 injection, no catching. L palm skin
at the injection site is pristine.
New since last seen: bx 3/14 of R thenar ulcer = calciphylaxis (vessel
calcification, thrombosis). Derm and nephrology managing; STS started
3/18 on HD days.
Exam: R thenar ulcer 24x20 mm, eschar, no cellulitis. Thumb opposition
full but painful.
A: 1. L long trigger finger, resolved.
   2. R thenar calciphylaxis - no surgical debridement for now.
P: hand therapy for a soft thumb protector pad (no rigid splint). RTC prn.
Wt 97.1kg, BMI 31.3.
"""),
]}

D10 = {"patient_id": "D10", "age": 72, "sex": "F", "notes": [
("2018-05-21", "Dermatology Consult", """
DERMATOLOGY CONSULT
72F, ESRD, dialysis Tue-Thu-Sat via a R forearm graft; AF, on warfarin
for stroke prevention. Gestational diabetes in the 1970s; no diabetes now,
A1c 5.3.
CC: painful dark plaque, dorsum of the L hand, since early May. No
injury, no IV or draws in that hand, no burn.
Exam: L dorsal hand over the 4th/5th metacarpals: 25 mm star-shaped
purpuric plaque, center necrotic, firm, tender.
Vitals: BP 118/64  HR 92 irreg  Wt 54kg  BMI 22.3
Procedure: 4mm punch, edge of plaque.
A: favor calciphylaxis (HD, warfarin). Ddx: vasculitis, emboli.
P: path pending. Talk to nephrology about STS and warfarin.
"""),
("2018-06-11", "Fracture Clinic New Patient", """
FRACTURE CLINIC  6/11/2018
72F shut her L hand in the car door yesterday (6/10/18). The edge hit
across the back of the hand over the ulnar metacarpals, right where her
calciphylaxis wound is, which bled. Known calciphylaxis L dorsal hand,
bx-proven 5/21, present since early May - before this injury.
Exam: fresh bruise across L dorsal hand, ulnar side; the pre-existing
28 mm eschar has a new crack at the edge; no laceration needing repair.
5th MC tender. NVI.
XR L hand: 5th metacarpal neck fx, 30 deg apex dorsal angulation, no
rotation.
Plan: ulnar gutter splint, padded and windowed away from the wound. Hold
warfarin? -> defer to cardiology, INR 2.7. Dressing changes per wound
team. Hand therapy for custom orthosis this week. XR 1 wk.
"""),
("2018-06-25", "Hand Therapy Orthosis Note", """
HAND THERAPY - ORTHOSIS FABRICATION / CHECK
Dx: L 5th MC neck fx (6/10/18); calciphylaxis L dorsal hand (onset early
May, bx-proven).
Custom thermoplastic ulnar gutter orthosis made 6/14; today rechecked.
MCPs 4-5 at 70 flex, IPs free. Edge flared, 2 cm window over the eschar,
foam liner. Skin under the straps: no redness after 20 min off.
Wound: 29x21 mm, dry eschar, crack healed; dressing per wound RN.
Edema: figure-8 at MCPs L 19.6 cm vs R 18.1 cm.
Pain 4/10.
Plan: wear full time except hygiene, AROM of IPs 10 reps q2h. Recheck
orthosis fit next week. 97760 x1.
"""),
]}

D11 = {"patient_id": "D11", "age": 59, "sex": "M", "notes": [
("2023-09-05", "Dermatology Consult", """
DERM CONSULT
59M with ESRD on thrice-weekly HD, fistula L upper arm (labs always drawn
off the fistula). T2DM, glargine + aspart, shots into abdomen and thighs.
CC: sore R forearm, started mid-August, hurts constantly. Denies any
injury, bump, burn or injection on that arm; no peripheral lines in the
R arm this year.
Exam: R volar mid-forearm: 36x27 mm indurated purple plaque; the middle
~2 cm is black eschar; lacy margins. Abdomen and thighs: injection
sites clean, no lesions.
Vitals: BP 150/86  Wt 104.8kg  BMI 34.4
Procedure: 4mm punch from the margin, one suture.
A: probable calciphylaxis.
P: path; nephrology aware; dressing petrolatum + gauze.
"""),
("2023-09-19", "Hand Surgery Clinic Procedure Note", """
HAND SURGERY CLINIC
Referred by derm: bx 9/5/23 R forearm = calciphylaxis (calcified
subcutaneous arterioles, thrombosis, necrosis). Pt wants the dead tissue
off; pain 8/10.
Wt 103.6kg  BMI 34.0  BP 144/82
Exam: R volar mid-forearm eschar 38x28 mm, soft edges, foul smell,
surrounding induration.
Procedure: excisional debridement of the R forearm calciphylaxis wound.
Consent, time-out. 6 mL 1% lidocaine infiltrated around the wound.
Eschar and nonviable fat removed sharply to bleeding subcutis; base
41x30 mm, 6 mm deep. Hemostasis w/ pressure + silver nitrate. Calcium
alginate, gauze, light wrap.
Plan: hand therapy to make a volar forearm shell with a window to guard
the wound. Wound clinic weekly. STS per nephro. RTC 2 wks.
"""),
("2023-10-03", "Hand Therapy Note", """
HAND THERAPY
Dx: calciphylaxis wound R volar forearm, s/p excisional debridement 9/19.
Protective volar forearm shell (thermoplastic) made 9/21, windowed over
the wound; today adjusted - proximal strap moved 1 cm, edges rolled.
Wound at dressing change: 40x28 mm; base about 3/5 beefy granulation and
2/5 yellow fibrin, moderate thin drainage, odor gone. Periwound a little
macerated -> skin prep to edges. Alginate + bordered foam; tubular
stockinette.
AROM wrist/fingers full, grip R 30# vs L 44#.
Pain 5/10 while the dressing is off.
Plan: shell on when out of the house; wound RN 2x/wk; pt to bring STS
schedule. 97597 (selective debridement, 2 cm2 slough) + 97760.
"""),
]}

D12 = {"patient_id": "D12", "age": 64, "sex": "F", "notes": [
("2021-04-13", "Operative Report", """
OPERATIVE REPORT  13-Apr-2021
Dx: L distal radius fx, intra-articular, from a slip off a step stool on
4/8/21 (closed, skin intact).
Procedure: ORIF L distal radius with volar locking plate.
Anesthesia: GA. Tourniquet 250 mmHg, 71 min.
Approach: volar, in line with the FCR - 7 cm straight incision on the
distal forearm, stopping at the proximal wrist crease; FCR sheath
opened, pronator quadratus elevated.
Reduction under fluoro, plate + 4 distal locking screws, 3 shaft screws.
PQ repaired. 4-0 nylon to skin. Soft bulky dressing, no splint.
Hx: CKD 4 (eGFR 18 in March), not yet dialyzing, R forearm AVF made
2/2021 and maturing. A1c 6.1: prediabetes, not diabetes. Warfarin:
never. BMI 29.9.
Complications: none.
"""),
("2021-07-06", "Hand Surgery Post-op Visit", """
HAND SURGERY - 12 wk post-op L DR ORIF
S: wrist doing well, back to gardening lightly. New complaint: a black,
very painful spot in the L palm since June.
O: volar forearm incision healed, flat, supple, nontender. About 3 cm
distal to the distal end of the scar, at the base of the thenar eminence
in the L palm: 20x18 mm necrotic ulcer, dry black base, retiform
purpuric rim. Normal-looking skin separates it from the scar.
XR: healed, hardware intact.
ROM: ext 60, flex 55, grip 18 kg (R 24 kg).
Labs from nephrology 6/28: eGFR 17, Ca 9.8 with PO4 5.9, PTH 410.
A: palm ulcer, separate from the incision - concern for calciphylaxis in
CKD 4.
P: derm referral for bx this month. Keep palm dry, nonadherent pad.
"""),
("2021-07-20", "Dermatology Consult", """
DERMATOLOGY
64F with CKD 4 (not dialyzing), referred by hand surgery for L palm ulcer
since June.
Punch bx here 7/13 at the ulcer edge: calcified walls of small septal
vessels, occlusive thrombi; von Kossa confirms - calciphylaxis.
Results given today.
Exam: L thenar base ulcer 21x19 mm. It is not on her volar forearm
surgical scar, which ends 3 cm proximal and is intact. No other lesions.
Prediabetic, no meds. No warfarin ever. BMI 29.9, overweight.
Plan: nephrology to start STS and look at dialysis start timing; wound
care with petrolatum gauze; hand therapy for a soft palm protector.
"""),
]}

D13 = {"patient_id": "D13", "age": 70, "sex": "M", "notes": [
("2019-10-08", "Dermatology Consult", """
DERMATOLOGY CONSULT
70M; ESRD on HD (TTS schedule, left arm AVF); DM2 on insulin, which
he puts only in his abdomen; AF on warfarin; obese.
CC: painful black sores on both calves that started about 6 weeks ago.
He denies any injury, fall, bump, scratch, heating pad, ice pack or tight
socks on the legs. Nobody has injected his legs.
Exam: posterior calves, both sides: L 40x30 mm and R 30x30 mm ulcers
with eschar, purpura in a net pattern around each, exquisitely tender.
Pulses dopplerable.
Wound clinic bx of the L calf 9/24: calciphylaxis (vascular calcification,
thrombi).
Vitals: BP 148/80  Wt 101kg  BMI 32.2
Plan: warfarin held as of today, cardiology to advise. Avoid heating pads,
ice and compression on the legs. If new lesions appear, call us.
"""),
("2019-11-12", "Hand Surgery Clinic", """
HAND SURGERY CLINIC
70M, bilat hand numbness, R > L, night waking x 1 yr. NCS 10/2019:
moderate-severe R, moderate L median neuropathy at the wrist.
Known bx-proven calciphylaxis of both calves (derm/wound), on STS.
Exam: + Tinel/Phalen R>L, 2PD 8 mm R index, mild thenar atrophy R.
Plan discussed: a R carpal tunnel steroid injection had been planned
for today, but we will hold off - no injections or elective surgery while
the leg ulcers are active. Would do R carpal tunnel release once wounds
heal and nephrology clears.
Bilateral prefab night wrist orthoses dispensed, neutral.
Pt understands. RTC 3 months.
"""),
("2019-12-03", "Nephrology HD Rounding Note", """
HD ROUNDS
Calciphylaxis bilat calves (bx 9/24/19); thiosulfate 25 g with every
treatment since 10/1. Pain 5/10, down from 8.
Warfarin stopped 10/8 for calciphylaxis; cardiology switched him to
apixaban, renal dosing.
DM2: glargine 22 u, abdomen only.
Pre-HD: BP 142/76  HR 80  Wt 99.6kg  BMI 31.8
Labs: iPTH 602, Ca 9.1 with PO4 5.8, alb 3.3, Hgb 10.5
Plan: cinacalcet 60 mg. If admitted, SC heparin would go in the abdomen,
never the legs. Hand surgery deferring carpal tunnel release until
ulcers heal. Wound clinic weekly.
"""),
]}

D14 = {"patient_id": "D14", "age": 57, "sex": "F", "notes": [
("2020-01-14", "Dermatology Clinic", """
DERMATOLOGY
57F; ESRD, dialysis three mornings a week; not diabetic; takes no
anticoagulant.
Painful hard areas on both upper inner thighs since Halloween, now with
black centers.
Bx 12/20/19 R medial thigh: calciphylaxis.
Thighs: she says nothing has hurt them - never injected there, never
warmed or iced.
Exam: R upper medial thigh 80x50 mm indurated plaque with 3 cm eschar;
L upper medial thigh 60x40 mm plaque with 15 mm eschar; retiform
purpura on both.
Vitals: Wt 131kg  BMI 45.9
Plan: STS with HD (nephrology), nonadherent dressings, pain via palliative
consult. Weight loss support. RTC 4 wks.
"""),
("2020-02-03", "Fracture Clinic New Patient", """
FRACTURE CLINIC
57F went down on black ice outside the dialysis unit Fri 1/31/20. Fell
forward onto her R hand and L knee.
Injuries: R distal radius fx (XR: extra-articular, minimal displacement);
L knee superficial abrasion over the patella, cleaned at ED.
Known calciphylaxis of both upper inner thighs (derm), wounds dressed,
not involved in the fall.
Exam: R wrist swollen, skin intact, NVI. L knee: 3 cm abrasion, scabbed,
no effusion.
Plan: R short arm fiberglass cast, extra padding (thin skin, HD pt).
Knee: keep clean, bandage. XR 1 wk, cast off ~6 wks. Call if cast rubs.
"""),
("2020-03-16", "Cast Room Note", """
CAST ROOM - 3/16/20
R SAC removed. Pt had reported rubbing at the proximal edge last week;
we re-padded on 3/9.
Skin: where the proximal dorsal cast edge sat, R dorsal forearm - a
15x10 mm partial-thickness open area, moist pink base; staged as a
category 2 pressure sore from the cast rim. No eschar, no purpura, no induration;
does not look like her calciphylaxis.
L knee abrasion: healed.
XR: healing, alignment ok.
Plan: foam dressing to the pressure area, prefab wrist splint 2 wks with
the strap kept off the sore. Hand therapy referral. Pt to show wound
clinic at next visit.
"""),
("2020-03-30", "Wound Clinic Note", """
WOUND CLINIC
1) Calciphylaxis, bilateral upper medial thighs: R 75x50 mm, eschar
   lifting at the margins; L 55x40 mm. Dressing: Medihoney + ABD pads.
   Pain 6/10. STS 3x/wk continues.
2) R dorsal forearm cast-rim pressure injury: re-epithelialized, healed.
   This was a simple pressure sore, not calciphylaxis.
Vitals: BP 136/70  Wt 129kg  BMI 45.3
Labs (3/25): PTH 860 (high), Ca 9.4 and PO4 6.9, alb 3.0
Plan: continue thigh wound care, nutrition consult (protein goal),
consider parathyroidectomy referral. Back in two weeks; call for fever.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
