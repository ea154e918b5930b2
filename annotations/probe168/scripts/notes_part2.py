"""probe168 corpus notes, C08-C14 (prosthetics, orthotics and amputee clinic, plus the clinics around them; all invented)."""

C08 = {"patient_id": "C08", "age": 61, "sex": "M", "notes": [
("2022-09-07", "Podiatry Limb Salvage Clinic Note", """
PODIATRY - LIMB PRESERVATION CLINIC
DPM: S. Achterberg

61M, L transfemoral amputee (2020, ischemic). ESRD - hemodialysis,
Monday/Wednesday/Friday chair. Mitral valve is mechanical; on warfarin lifelong. Obese (BMI 31.0). No
diabetes. Remaining R foot followed q8wk here.

S: On Labor Day (Mon) he scraped/cut the outside of his R foot against the sharp metal
corner of his shower transfer bench while swinging his leg in. Wife cleaned it, applied a
bandage. Some bleeding, stopped w/ pressure. Minimal pain (neuropathy).

O: R lateral foot, just proximal to 5th met base: 2.5 cm linear superficial laceration,
edges approximated, thin scab, no erythema, no drainage. Dorsalis pedis monophasic, PT
nonpalpable. INR today 3.1.

A: superficial laceration R lateral foot, 2 days old. High-risk foot (ESRD, PAD, single
remaining limb).
P: cleaned w/ saline, steri-strips, dry gauze. Padded bench corner recommended. Daily
checks by wife; call for redness, drainage, black skin. RTC 2 wks.
"""),
("2022-10-04", "Prosthetics Clinic Note", """
PROSTHETICS - L TF, socket check / gait
CP: T. Hallorann

S: Socket ok, no ischial pain. Ambulating household only this month because his R foot is
sore: a painful black area appeared at the lateral R foot around 9/21/22, in the
spot he cut on the shower bench. Wound clinic took a bx yesterday, result pending.

O: L TF: ischial containment socket, seal-in liner, hydraulic knee, 2-ply. Good fit,
no redness at ischial ramus or distal end after 10 min. Gait w/ RW: circumduction,
shortened step on prosthetic side, slower than last visit. R foot dressed, not opened.

A/P: no socket changes. Advised to limit standing time on the R foot until wound clinic
clears. Reviewed wheelchair use for community. Will see again after wound plan known.
"""),
("2022-10-14", "Limb Salvage Wound Clinic Follow-up", """
LIMB SALVAGE / WOUND CLINIC - F/U

61M, HD, warfarin (mech MVR), L TFA. Followed for R lateral foot wound. The shower-bench
cut of 9/5/22 was healing, then from 9/21/22 became exquisitely painful and turned black.

Exam: R lateral foot, along the old laceration line: necrotic eschar 35x24 mm inside a
violaceous retiform halo about 1.5 cm wide; no pus; probe-to-bone neg. Foot warm, DP
monophasic.

Path (punch at eschar edge, 10/3/22): calcium incrusting the walls of dermal +
subcutaneous small vessels, fibrin plugs, necrotic fat; VK+. Read as calciphylaxis.

Impression: calciphylaxis, R lateral foot, arising in the healing shower-bench laceration.
Plan: nephrology began STS with dialysis 10/12. Warfarin: cardiology says must continue
for mechanical valve - target low end. Betadine paint + dry dressing, no sharp
debridement. Offloading shoe R. RTC 1 wk. Obese, 98 kg, BMI 31.0.
"""),
]}

C09 = {"patient_id": "C09", "age": 64, "sex": "M", "notes": [
("2016-03-08", "Prosthetic Clinic Note", """
PROSTHETIC CLINIC - R TRANSTIBIAL
Meadowlark Orthotic & Prosthetic Svcs

64M, R TT (2014), K3. Dialysis (HD) for ESRD; DM2 on NPH insulin twice daily. BMI 31.8.
Socket: PTB-TSB hybrid, 3 mm pelite insert, cuff strap + sleeve, SACH foot.

S: new pain laterally on the R residual limb at the fibular head after long days.
O: R RL: 2 x 2 cm area of redness over the fibular head after 15 min walking, blanches at
30 sec, skin intact. No breakdown. Distal RL ok. L leg: skin intact, pulses weak.
Volume: 2-ply.

A: pressure over R fibular head from socket.
P: heated and pushed out the pelite at the fib head, relief of ~3 mm; re-walked, redness
much less. Told to check RL w/ mirror nightly, call if any open area.
RTC 6 wks.
"""),
("2016-04-12", "Wound Clinic Consult", """
WOUND CLINIC CONSULT

64M: on maintenance HD (ESRD), diabetic on insulin; R BKA. Obesity, BMI 31.8.
Calf pain L - posterior ulcer since mid-March, began as a firm purple spot and has
since opened. He cannot recall any knock, fall, scratch or shot to the L leg; no heating
pad or cold pack used there.

Exam: L posterior mid-calf: ulcer 42x30 mm, base eschar ~60%, slough ~40%,
retiform violaceous border, livedo spreading out from it. Marked tenderness. L DP/PT nonpalpable,
ABI 1.4 (noncompressible). R RL: intact, mild pinkness at fib head, no open area.

A: HD patient with necrotic painful L posterior calf ulcer - ddx calciphylaxis or
arterial ulcer; needs tissue.
P: punch bx at margin today? -> deferred to derm, appt 4/14. Arterial duplex L leg.
Non-adherent dressing, daily.
"""),
("2016-04-26", "Nephrology Clinic Note", """
NEPHROLOGY - CLINIC
64M, ESRD, HD x 4 yrs via L arm fistula; DM2, insulin; R TT amputee.

Derm bx 4/14/16 L posterior calf: calciphylaxis (calcified vessel walls, thrombi, VK
stain positive). Arterial duplex L: tibial disease, no focal target.

O: BP 148/86. Wt 97 kg. L calf wound dressed, pain 7/10. R residual limb - where the
socket pressed on the fibular head last month - fully intact, no lesion.
Chem panel - iPTH 780 pg/mL; serum phos 6.4; corrected Ca 9.9; alb 3.3.

Plan
#1 Calciphylaxis, posterior L calf: thiosulfate 25g after every HD; switch binder
   (calcium acetate -> sevelamer); begin cinacalcet 30. Avoid vitamin K antagonists.
#2 DM: continue NPH, endocrine f/u.
#3 Prosthesis wear as tolerated, R socket adjusted.
"""),
]}

C10 = {"patient_id": "C10", "age": 57, "sex": "M", "notes": [
("2025-01-20", "Nephrology HD Rounding Note", """
HD ROUNDS - Pinecrest Dialysis

57M, ESRD, dialysing Tu/Th/Sa; access = tunnelled R IJ catheter until his L arm
fistula matures. L transfemoral amputation 9/2024 for infected fem-pop graft. Awaiting
his first (preparatory) prosthesis - no socket worn yet. Obesity (BMI 28.9 today,
post-amputation). No DM. Not on warfarin.

S: hard, burning, very tender patch on his lateral R thigh, present since New Year's
Day; worse at night. No injury he can recall.

O: BP 146/82, UF 2.6 L. R lateral thigh: indurated violaceous plaque 6x5 cm with a
netlike border and dusky centre, exquisitely tender. L residual limb: incision healed.
Chem: PTH 1040, phosphate 7.4, Ca 9.7, albumin 3.0.

Impression: painful retiform R lateral thigh plaque - suspect calciphylaxis.
- urgent derm for bx (booked 1/22)
- switch calcium acetate -> sevelamer; increase cinacalcet
- pain: hydromorphone low dose
"""),
("2025-01-29", "Dermatology Clinic Note", """
DERMATOLOGY - BX FOLLOW-UP

57M HD pt, L TFA 9/2024. R lateral thigh plaque since 1/1/25.

Path (incisional, 1/22/25): subcutaneous arteries ringed by calcium, thrombosed, next to
necrotic fat; VK stain positive. Fits calciphylaxis.

Exam: lateral R thigh, plaque now 7x5.5 cm with eschar 2x1.5 cm in the centre, biopsy
site closed. No similar lesions anywhere else on the skin.

Dx: calciphylaxis, R lateral thigh.
- thiosulfate 25g with each dialysis run (nephro aware)
- wound: calcium alginate under foam, changed on alternate days by the wound RN at HD
- no compression, protect the area during transfers
- f/u 3 wks
"""),
("2025-02-18", "Pre-prosthetic PT Note", """
OUTPATIENT PT - PRE-PROSTHETIC / AMPUTEE TRAINING

57M, L TF amputee, awaiting preparatory prosthesis. Known calciphylaxis R lateral thigh
(bx 1/22) w/ dressing in place.

S: Fell on 2/14 (Valentine's Day) at home doing a sliding-board transfer from wheelchair
to sofa: board slipped, landed on his R side on the floor. New bruise around the thigh
dressing, wound "hurts more for a few days".

O: fresh ecchymosis 8x6 cm on the R lateral thigh, surrounding the dressed wound
(not opened).
L RL: healed, shaping w/ shrinker, circumference stable.
Transfers: sliding board w/ CGA today. STS from 20" w/ SBA. Sitting balance good.

A: fall w/ R lateral thigh contusion around a known calciphylaxis wound.
P: transfer training w/ locking board; pt/wife education. Wound RN notified. Continue
core and hip ext strengthening. HEP updated.
"""),
("2025-03-11", "Prosthetist Delivery Note", """
PROSTHETICS - PREPARATORY L TF DELIVERY
Harrowgate Prosthetic Lab

Delivered: preparatory TF prosthesis, ischial containment thermoplastic socket,
silicone cushion liner w/ pin, single-axis knee w/ manual lock, SACH foot.

Fit: 2-ply. Ischial ramus contained, no gapping. Static alignment ok. Stood in parallel
bars 5 min, 4 lengths. Doffed: no redness at ischial tuberosity or distal RL.
R lateral thigh wound: dressing in place (wound RN following), bruise fading; pt
protective of it when sitting down.

Education: donning w/ pin, wear 1 hr max x 3 days, skin checks. Obesity noted (BMI 28.9 on
chart). HD TTS - fitting sessions on Mon/Wed/Fri.
F/u 1 wk.
"""),
]}

C11 = {"patient_id": "C11", "age": 72, "sex": "F", "notes": [
("2021-08-17", "Wound Clinic New Patient", """
WOUND CLINIC - NEW PATIENT
Ref: PD nurse

72F. ESRD - CAPD (4 manual exchanges daily). Diabetic (type 2) on glargine + aspart, all
injected in the abdomen. Warfarin for AF. Obesity (BMI 35.5). L transmetatarsal amputation 2019, healed.
Painful sore laterally on the R lower leg since early August - first a firm
purple patch, then a blister, now open.

Exam: R lateral calf, mid third: ulcer 30x25 mm capped with black eschar, retiform
violaceous rim, indurated. Tender++. No other leg ulcers. L TMA stump healed. R DP faint.

A: painful necrotic ulcer R lateral calf, peritoneal dialysis + warfarin: r/o
calciphylaxis.
P: two 4-mm punches taken from the margin today, sutured. Xeroform + foam. Labs +
arterial studies. Derm f/u 2 wks for results.
"""),
("2021-08-31", "Dermatology Clinic Note", """
DERMATOLOGY

72F, PD, DM2 (insulin), AF on warfarin.
Path (two punches R lateral calf 8/17/21): calcified, thrombosed small subcutaneous
vessels, necrotic fat, VK+ -> calciphylaxis.

Exam: lateral R calf: eschar firmly stuck down, 35x30 mm, soft slough at its edge; bx
sites healing.

Impression: calciphylaxis R lateral calf (onset early Aug 2021).
- curette used today to trim the lifting eschar edge (conservative sharp
  debridement), minimal bleeding, topical lidocaine beforehand, pt comfortable
- NPWT to begin next week via wound clinic
- warfarin -> apixaban (cardiology agrees); STS IV via PD unit
- insulin injections continue in the abdomen, fine to keep there
"""),
("2021-09-21", "Orthotics Clinic Note", """
ORTHOTICS - CUSTOM DEVICES
Bellweather Orthotics     CO: P. Nakashima-Reid

72F, L TMA (2019), known calciphylaxis R lateral calf (since early Aug) on NPWT since
9/10. PD. Here for:
1) L TMA: custom extra-depth shoe + total contact insert w/ toe filler and carbon
   footplate. Delivered; fit ok, no red marks after 15 min walk.
2) R leg: protective padded leg guard (foam-lined, open-front, Velcro) to keep the
   NPWT dressing and tubing from getting bumped at transfers. Fabricated from
   measurements; straps placed well above and below the wound.
Gait w/ RW, steady.

BMI 35.3 per scale today.
Plan: wear shoes all day; leg guard for transfers + car rides only. RTC 4 wks.
"""),
]}

C12 = {"patient_id": "C12", "age": 68, "sex": "M", "notes": [
("2026-01-13", "Nephrology Clinic Note", """
NEPHROLOGY OUTPATIENT - CALLOWAY KIDNEY ASSOCIATES

68M: ESRD; R arm AV fistula, HD three times a week. R transtibial amputee (2022,
pin-lock socket that stops below the knee, no sleeve or thigh strap). Type 2 DM, diet
alone, HbA1c 6.6%. AF - warfarin discussed in 2023 but apixaban chosen instead; never
took warfarin.

S: 3 wks of painful hard patches along both medial thighs. He denies falls, shots,
heating pads, ice, tight underwear, chafing - nothing has injured the thighs.

O: BP 150/84, BMI 30.1. Medial thighs, both sides: indurated violaceous plaques of
2-6 cm with livedo in between; the biggest on the L, dusky in the middle. RL skin intact.
Chem: iPTH 1350 / serum phosphorus 6.8 / alb 3.4 / Ca 10.2.

Impression: bilateral medial thigh retiform plaques on HD - suspect calciphylaxis.
- derm bx this wk
- no calcium binder, raise cinacalcet
"""),
("2026-01-23", "Dermatology Clinic Note", """
DERMATOLOGY

68M HD, R TT. Bilateral medial thigh plaques x 4 wks.
Path (incisional, L medial thigh, 1/16/26): tiny subcutaneous arterioles mineralised,
clot in two of them, fat dying off around them; VK+. Calciphylaxis confirmed.

Exam: medial thighs - L plaque 6x4 cm starting to form eschar; R three plaques up to
3 cm, livedo. No other sites.

Impression: calciphylaxis bilateral thighs. No history of local trauma.
- STS w/ HD
- if he is admitted and needs DVT prophylaxis, enoxaparin SC should go in the
  abdomen and not in the thighs
- avoid heat packs or ice anywhere on the thighs
- wound care per wound clinic
"""),
("2026-02-17", "Prosthetic Clinic Note", """
PROSTHETIC CLINIC - R TT
Sandpiper Limb & Brace

68M, R TT K2, pin-lock TSB, 6 mm liner. Knee feels "wobbly" on uneven ground.
Known calciphylaxis both inner thighs (on STS w/ HD).

Discussed adding side joints + thigh corset for knee stability. Would sit directly
over the thigh wounds -> decided NOT to add a corset now; revisit after healing. If
the socket brim rubs behind the knee he is to call.

O: RL: 3-ply, no redness at brim, hamstring tendons or distal end. Gait w/ SPC:
short stance on prosthesis. BMI 30.1 on record.

P: trial of stiffer heel wedge; balance program at PT. RTC 6 wks.
"""),
]}

C13 = {"patient_id": "C13", "age": 59, "sex": "F", "notes": [
("2017-02-14", "Prosthetic and Orthotic Clinic Note", """
P&O CLINIC - L TF + MOBILITY AIDS
Ferncliff Prosthetics

59F, L TF amputee (2013, osteosarcoma), K2. ESRD (L forearm fistula, HD 3x/wk). Walks w/
prosthesis + bilat forearm (Lofstrand) crutches. Warfarin stopped 2015 after DVT tx.
No diabetes.

S: R forearm sore where the crutch cuff sits.
O: R proximal dorsal forearm, ~5 cm below the olecranon, at the cuff: 3 x 2 cm reddened
and bruised area, skin intact. L forearm cuff area mild pinkness. BMI 23.5.
Socket: ok, 1-ply, no redness.

A: cuff pressure + bruising R proximal forearm from forearm crutch.
P: new wider padded cuffs both crutches, cuff height lowered 1 notch so the rim sits
lower on the forearm. Practiced 4-pt gait. RTC 3 mo.
"""),
("2017-03-21", "Dermatology Consult", """
DERMATOLOGY CONSULT

59F, HD-dependent, L TF amputee on forearm crutches.
Since early March: a painful, hard purple patch behind the R arm, just above the elbow.

Exam: R arm, posterior distal third (triceps area), 4 cm above the olecranon: violaceous
retiform plaque 35x30 mm with a stellate dusky centre. Her crutch cuff sits below the
elbow on the forearm; prior bruise there has resolved, skin normal at the cuff site.
Plaque is NOT under the cuff.

A: retiform plaque R posterior upper arm, HD pt - favor calciphylaxis.
P: punch bx today (4 mm, at edge). Wound care: petrolatum + gauze. Discussed with
nephrology.
"""),
("2017-04-04", "Nephrology HD Note", """
HD NOTE - Lakeshore Dialysis

59F, ESRD, HD three times weekly, L TFA. Bx R posterior upper arm 3/21/17:
calciphylaxis (mineralised arteriolar walls, thrombi; VK stain +).

O: pre BP 138/74, EDW 61.0 kg, BMI 23.5. R upper arm dressing clean, pain 6/10.
Chem: PTH 690, phos 6.1, albumin 3.6, Ca 9.6.

Plan
- Calciphylaxis R posterior upper arm: thiosulfate 25g IV after each of her three
  weekly runs. Stop calcium carbonate; add cinacalcet 30.
- Hx warfarin (stopped 2015) - no anticoagulant now, keep it that way.
- Crutch use ok, cuffs padded, off the wound.
"""),
]}

C14 = {"patient_id": "C14", "age": 62, "sex": "M", "notes": [
("2019-06-04", "Prosthetic Clinic Note", """
PROSTHETICS - R TT
Kestrel O&P

62M, R TT (2016), K3. ESRD, HD. DM2 controlled on glipizide, not on insulin. BMI 28.0.
S: open sore at the bottom of his residual limb x 1 wk; lost weight after a GI bug, socket
now loose, he kept using 1-ply. Also burned L palm on an oven rack 5/30 - blister, "healing".

O: R RL distal anterior tibia: 1.5 x 1 cm partial-thickness ulcer w/ pink base, surrounding
callus, rim of redness - bottoming out in the socket. L palm: 2 cm healing burn blister,
clean.

A: socket pressure ulcer R distal RL from volume loss; thermal burn L palm.
P: off prosthesis until healed; wheelchair. Distal pad + socks to be added when back in.
Wound RN referral. New socket after healing.
"""),
("2019-06-18", "Dermatology Consult", """
DERMATOLOGY CONSULT

62M, ESRD on HD, DM2, R TT amputee.
CC: painful purple "bruise" on the R flank x 10 days, no injury, no belt or brace
there, no injections there.

Exam: mid-axillary R flank, below the ribs: retiform purpura 80x50 mm with
dusky necrosis at its centre, indurated, very tender. R RL distal: 1 x 0.8 cm clean
granulating ulcer with callused rim - typical socket pressure ulcer, does not look like
calciphylaxis. L palm: re-epithelialising burn, normal.

A: retiform purpura w/ necrosis R flank - suspect calciphylaxis. RL ulcer = pressure
injury from socket, not calciphylaxis.
P: incisional bx R flank today. Hold on treatment until path.
"""),
("2019-07-02", "Wound Clinic Note", """
WOUND CLINIC F/U

62M HD, DM2, R TT.
Path (R flank, 6/18/19): subcutaneous arterioles calcified and clotted, surrounding fat
necrosis, VK+. Calciphylaxis.

1) R flank calciphylaxis: 85x50 mm; the central eschar measures 30x20 mm now.
   Alginate + bordered foam. STS started w/ HD 6/26.
2) R residual limb distal ulcer: nearly closed, 4x3 mm, granular - healing
pressure ulcer, not calciphylaxis per derm.
3) L palm burn: healed.

BMI 28.0. Not on warfarin. Glipizide reduced by PCP.
P: RTC 1 wk. Prosthetist to recast when RL closed.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
