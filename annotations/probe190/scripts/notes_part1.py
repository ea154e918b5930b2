"""probe190 corpus notes, D01-D07 (hand surgery, fracture/cast clinic, hand therapy splinting,
and the nephrology, dermatology and wound notes around them; all people and wording invented)."""

D01 = {"patient_id": "D01", "age": 67, "sex": "F", "notes": [
("2023-03-07", "Hand Surgery Clinic Procedure Note", """
HAND & UPPER EXTREMITY CLINIC - Larkspur Orthopaedics, suite 210
67 yo RHD F, retired school-bus dispatcher
CC: R ring finger catching/locking x 4 mo

HPI: ring finger sticks in flexion most mornings; she has to pry it
straight w/ the other hand. No injury. No prior injections.
PMH: ESRD, dialysis T-Th-Sa (loop graft, L upper arm); T2DM (glargine + lispro);
AF on apixaban; obesity.
Vitals: BP 152/88  P 81  wt 90.3kg  BMI 33.4

Exam R hand: tender nodule over ring A1 pulley at the distal palmar
crease, reproducible triggering, full passive ext, NVI.
Dx: R ring trigger finger, Green grade III

PROCEDURE: consent on chart; pause/time-out completed. Chlorhexidine prep.
Triamcinolone 40 mg (1 mL) + 1 mL 1% lidocaine plain injected into the R
ring flexor sheath at the A1 pulley, R palm, 25g needle. Tol well,
bandaid on. Lot # in MAR.
Told her sugars may run high for 3-5 days after the steroid.
RTC 6 wks, sooner if still locking.
"""),
("2023-04-12", "Dermatology Consult", """
DERMATOLOGY CONSULT (urgent add-on)
Ref: hand surgery, Dr. Okonkwo-Reyes

67F, hemodialysis pt, insulin-requiring DM2, seen for an exquisitely
painful dark spot in the R palm. Began about 2 weeks ago - a purplish
blotch at first, its middle now charcoal-colored. Rates it 9/10, worse
gripping her cane. Per pt, it is "right where the doctor stuck me" for
the trigger finger on 3/7.

Exam: R palm over the ring A1 pulley at the distal palmar crease:
23x18 mm star-shaped black eschar; net-like purpura at its rim, firm
border. Fingertips warm, cap refill brisk. Opposite hand, abdomen and
thighs: clear.
Labs (4/10, drawn at HD): Ca 9.4 corr 10.1, phos 6.8, iPTH 744, albumin 3.1

Procedure: 4mm punch taken where purpura meets normal skin; sent for
H&E plus calcium stains.
A/P: suspect calciphylaxis, developing where the 3/7 corticosteroid
injection was given; ddx septic emboli, small-vessel vasculitis. Will
phone with path. Nephrology notified by phone.
"""),
("2023-04-20", "Nephrology HD Rounding Note", """
HD ROUNDS - Westbrook Dialysis, chair 14

S: R palm a little less sore on gabapentin 100 mg post-run. Using a
rollator with the L hand only.
Path (punch 4/12/23): medial calcification of small dermal arterioles,
luminal thrombi, von Kossa-positive; consistent w/ calciphylaxis.
O: pre-HD BP 146/80  HR 78  wt 88.4kg (dry wt 87.5)  BMI 32.8
R palm eschar same size, dressing dry. Graft L upper arm: +thrill/+bruit.
Labs: Hgb 10.2 | K 4.9 | Ca 9.2 | PO4 6.5 | iPTH 744 | spKt/V 1.41

Assessment/plan
1. Calciphylaxis on biopsy, R palm, sitting on her recent trigger
   finger injection site. Thiosulfate (STS) 25 g IV, last 60 min of
   each run. Swap calcium acetate for sevelamer 1600 at meals; add
   cinacalcet 30 qd. Run length up to 4 h.
2. DM2: glargine 18 units qHS, hold lispro if not eating. No further
   steroid shots to the hands per hand surgery.
3. AF: apixaban, never been on warfarin. Continue.
"""),
]}

D02 = {"patient_id": "D02", "age": 58, "sex": "M", "notes": [
("2022-10-03", "Fracture Clinic New Patient", """
FRACTURE CLINIC - NEW PT  (10/03/22)
58M, R-hand dominant, warehouse shift supervisor. Slipped on wet leaves on
his front steps Fri 9/30 and landed on his L hand. Closed injury. Urgent
care put him in a sugar-tong splint.
PMH: ESRD, home cycler PD nightly; St. Jude mitral prosthesis, on warfarin
(anticoag clinic runs him at the higher valve range); HTN. Not diabetic.
XR L wrist 3 views today: extra-articular distal radius fx, 8 deg dorsal
angulation, radial height kept, ulnar styloid intact.
Exam: moderate swelling, skin intact, no tenting. AIN/PIN/ulnar motor ok,
SILT median/ulnar/radial. Cap refill <2 s.
Wt 84.0kg  BMI 27.5

Plan: nonop. Splint off; L short arm fiberglass cast on, well padded,
3-point mold. Cast care handout. Elevate above heart, finger ROM hourly.
Anticoag clinic to check INR this week. XR in cast at 1 and 3 wks, cast
off around 6 wks.
"""),
("2022-11-14", "Cast Room Note", """
CAST ROOM  Nov 14, 2022
L SAC removed w/ oscillating saw + spreader by tech J. Marsh, 6 wks from
injury. Cast fit well throughout, no sore spots reported.
During the volar cut pt flinched and said the blade "felt hot". Inspection:
superficial cast-saw burn on the L volar forearm roughly 6 cm above the
wrist crease, 10x4 mm, pink with a small intact blister, no
laceration. Blade checked - worn, pulled from service. Incident report
filed; pt told what happened and apologized to.
Rest of the skin under the cast: dry and flaky, no pressure areas.
XR: distal radius fx healed, alignment held.
Plan: bacitracin + nonstick pad to the burn, keep clean/dry. Prefab wrist
splint for comfort x 2 wks then wean. Hand therapy 2x/wk x 4 wks for ROM
and grip. RTC 6 wks.
"""),
("2023-01-09", "Wound Care Center Initial Visit", """
WOUND CARE CENTER - initial visit 01/09/2023
Sent by his PD nephrologist: nonhealing L forearm wound, there since
early December; rates the pain 8/10, burns more once he lies down.
Hx: ESRD, cycler PD for 3 years; warfarin (mech MV), INR this am 3.1; no DM.
Derm punch 12/28/22 from the wound margin: calcium-laden tiny vessels
down in the subcutis plus fat necrosis, signed out as calciphylaxis.

Wound #1  L volar distal forearm, ~6 cm above the wrist crease
  31x22 mm, eschar black and fully adherent, violaceous firm rim 1 cm,
  dry, odorless; livedo around it. Radial pulse 2+.

Plan: leave the dry, stable eschar alone (no debridement). Povidone-iodine
paint daily, dry gauze, light roll, no adhesive tape on skin. Pain per
nephrology. Sodium thiosulfate per the PD team. Mechanical valve, so
cardiology says warfarin must stay; ask about vit K. Back in 2 wks.
"""),
]}

D03 = {"patient_id": "D03", "age": 71, "sex": "F", "notes": [
("2024-10-22", "Hand Therapy Progress Note", """
HAND THERAPY - PROGRESS NOTE, visit 6
Dx: R radial head fx (Mason I) after a fall onto her outstretched R hand,
nonop. Orthosis: R hinged elbow brace, fitted in this clinic in
mid-September, worn in the daytime, unlocked 0-130.
S: "The top strap is killing me." Tender purplish area where the
proximal cuff sits, posterior R upper arm, noticed since early October,
getting darker. Pain 7/10 at rest.
O: AROM R elbow ext -15, flex 120, sup 70, pron 80. Grip (Jamar II) R 21#,
L 38#.
Skin: R posterior upper arm, right beneath the proximal brace cuff and
strap: 40x30 mm firm dusky-violet plaque, 1 cm dark center, very TTP.
No blister, no warmth. Cuff foam flattened.
A: too indurated and painful for a simple strap mark; pt is on HD.
P: brace d/c'd -> sling prn + gentle AROM HEP. Called Dr. Amadi (ortho)
and her nephrologist; derm appt made for Friday.
CPT 97110 x2, 97763. 45 min.
"""),
("2024-11-05", "Dermatology Clinic Follow-up", """
DERM CLINIC f/u
71 y/o woman dialyzing in-center thrice weekly, back for path.
Bx (R posterior upper arm, 10/25/24): arteriolar calcification and
thrombi within subcutaneous fat, lobular panniculitis: calciphylaxis.
Hx reviewed: plaque showed up in early October exactly where the proximal
cuff of her elbow brace pressed, worn since mid-September.
Exam: R posterior upper arm plaque now 50x35 mm, central eschar 15 mm,
retiform purpuric margin. Abdomen, thighs and calves checked: clear.
Impression: calciphylaxis, R upper arm, localized to the area of brace
pressure (Koebner-type).
Plan: nothing strapped over the upper arm again; nonadherent dressing, no
hydrocolloid; STS through nephrology; tramadol 50 mg every 12 h if needed
(renal dose). RTC 3 wks.
"""),
("2024-11-19", "Nephrology Clinic Note", """
NEPHROLOGY - outpt f/u
ESRD (hypertensive nephrosclerosis). Unit-based HD, first shift MWF, for
5 yrs; L radiocephalic fistula since 2021.
Type 2 DM, diet only (HbA1c 6.4%), takes no glucose meds. No anticoagulant, never
took warfarin.
Vitals: BP 138/74  HR 70  Ht 157.5cm  Wt 74.4kg  BMI 30.0
Labs: Ca/Phos 10.1/7.4 | iPTH 980 | alb 3.3 | 25-OH D 22

Calciphylaxis R upper arm, bx-proven 10/25, onset early Oct.
Plan: STS 25 g with every run, started 11/8. Calcium carbonate out,
lanthanum in. Cinacalcet 30 mg. Hold the active vitamin D for now.
Surgery referral for parathyroidectomy if PTH stays over 800.
Wound care per derm. Talked about weight (obesity class I).
"""),
]}

D04 = {"patient_id": "D04", "age": 63, "sex": "M", "notes": [
("2019-08-20", "Operative Report", """
OPERATIVE REPORT - Larkspur Ambulatory Surgery Center
DOS: 08/20/2019
Pre/postop dx: L cubital tunnel syndrome, severe (EMG June 2019)
Procedure: L ulnar nerve decompression w/ anterior subcutaneous
transposition
Surgeon: R. Haldane MD   Anesth: regional + MAC
Tourniquet L arm 250 mmHg x 52 min
Findings: nerve flattened under Osborne's band, subluxing over the medial
epicondyle in flexion.
Description: 8 cm curvilinear incision centered just posterior to the L
medial epicondyle. MABC branches identified and kept. Osborne ligament and
FCU fascia released, nerve freed 6 cm proximal and distal, moved anterior
and held with a fasciodermal sling. Hemostasis. 3-0 Monocryl deep, 4-0
nylon to skin. Soft bulky dressing.
EBL minimal. No complications.
Relevant hx: ESRD, dialyzes through a R forearm fistula; DM2 on insulin;
BMI 36.4. Warfarin stopped in 2017 after DVT tx was finished.
"""),
("2019-10-01", "Hand Surgery Post-op Visit", """
HAND SURGERY POST-OP, 6 wk
S: tingling in ring/small is better. But "there's a black spot on my scar"
- first saw it 3 weeks ago; now it burns constantly and wakes him most
nights. No fever, no drainage.
O: Wt 110kg, BMI 36.0. L medial elbow incision healed except the middle
third: 25x15 mm stellate eschar sitting on the scar, surrounding
violaceous net-like discoloration, firm induration reaching 1 cm on each
side. No fluctuance, no streaking. Froment neg, intrinsics 4+/5.
A: necrotic lesion along the L cubital tunnel incision in an HD pt w/ DM -
worry this is calciphylaxis within the scar; infection less likely.
P: 4mm punch at the margin today (path + tissue cx). Derm wound clinic
referral. Message to Dr. Soto (nephrology). Gentle ROM only.
"""),
("2019-10-15", "Dermatology Wound Clinic", """
DERMATOLOGY - WOUND CLINIC
63 M with ESRD (HD), insulin-treated DM2; calciphylaxis visit.
Path (10/1): mural calcium deposits in small subcutaneous vessels,
thrombi, no organisms; tissue cx negative. Dx: calciphylaxis.
The lesion arose within his L cubital tunnel scar (surgery 8/20/19), about
three weeks after the operation.
Exam: L medial elbow: 30x20 mm eschar along the scar, livedo around it. R
forearm fistula site fine. Legs and abdomen: no lesions.
Meds: insulin glargine, lispro sliding scale, sevelamer, cinacalcet. Took
warfarin 2015-2017, none since.
Plan: STS three times weekly on HD; collagenase to the eschar margins,
foam dressing, no compression wrap. Nephrology adjusting binders, recheck
PTH. RTC 2 wks.
"""),
]}

D05 = {"patient_id": "D05", "age": 76, "sex": "F", "notes": [
("2021-11-29", "Fracture Clinic New Patient", """
FRACTURE CLINIC - new pt, from St. Brendan's ED
76F fell on Thanksgiving at her daughter's house - tripped over the
family beagle, landed on her outstretched L hand and banged her R shin
against the open oven door. ED 11/25: L distal radius fx, reduced closed
with a hematoma block, sugar-tong splint.
PMH: ESRD (dialysis 3x weekly), AF (warfarin), osteoporosis, hypothyroid. No DM.
Vitals: BP 128/70  HR 88 irreg  Wt 61.2kg  BMI 24.8
Exam: L splint intact, fingers warm, NVI. R anterior shin: 30x20 mm
abrasion with surrounding bruise at mid-shin, scabbing, no sign of
infection.
XR: L distal radius, reduction held, volar tilt neutral.
Plan: convert to L short arm fiberglass cast. Shin abrasion: wash daily,
petrolatum + bandage. INR 3.4 today, anticoag clinic aware. Fall
prevention and DEXA through PCP. XR 1 wk.
"""),
("2021-12-09", "Cast Check", """
CAST CHECK / XR  12/9/21
Pt doing ok, pain 2/10 L wrist, sleeping better. Cast intact, snug but not
tight, no rubbing at the thumb or the elbow crease. Makes a full composite
fist, thumb opposition to small finger.
XR L wrist in cast: alignment unchanged, early callus.
R shin: abrasion from the fall has scabbed over, some bruising left, not
draining, not warm.
Plan: keep the cast on, about 6 weeks total. Hand therapy referral when
the cast comes off. Next visit 12/30 with films out of plaster.
Reminded her about the home fall-risk walkthrough.
"""),
("2022-01-11", "Wound Clinic New Patient", """
OUTPT WOUND CLINIC - new
Reason: very painful open sore R lower leg since mid-December, turning
black. Daughter: "it started like a purple bruise and spread." Pain 9/10,
APAP does nothing.
PMH: ESRD/HD; AF, takes warfarin; hypothyroid. No DM.
Exam: R shin, anterior, mid third: 42x30 mm ulcer, eschar ~70% and slough
~30%, retiform purpura spreading 2-3 cm from the edge, extremely tender.
DP/PT palpable. No other wounds.
Derm punch 12/30/21: calcified vessels + thrombosis in subcutaneous fat,
i.e. calciphylaxis.
Plan: no sharp debridement today. Hydrogel to slough, silicone-border
foam, tubular gauze, NO compression. Calling nephrology re STS and the
warfarin. RTC 1 wk.
"""),
("2022-01-25", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
76F dialyzing thrice weekly through a L upper arm fistula. Bx-proven
calciphylaxis of the R shin (12/30/21). Sodium thiosulfate started 1/14
with each treatment; pain down to 6/10.
Anticoag: warfarin stopped 1/12/22; AF now covered with apixaban
(reduced dose, 2.5 BID).
Vitals: BP 134/72  HR 84  Wt 62.0kg  BMI 25.2
Labs: Ca/Phos 9.6/6.1 | PTH 410 | albumin 3.0 | Hgb 10.8
Plan: sevelamer only, no calcium binder. Low-calcium bath 2.0. Wound
clinic weekly. Hand therapy for the L wrist can go ahead - keep any splint
off the legs. Next labs 2/8.
"""),
]}

D06 = {"patient_id": "D06", "age": 54, "sex": "M", "notes": [
("2017-01-10", "Hand Therapy Daily Note", """
HAND THERAPY DAILY NOTE - flexor tendon protocol, wk 4
Dx: s/p R index FDP/FDS zone II repair 12/13/16 (Dr. Haldane)
S: wearing the orthosis as told. Also c/o a "bruise" on his belly, so
sore he can no longer lean against the table.
O: dorsal blocking orthosis refit - straps relined; wrist 20 flex, MCP 50,
IPs to neutral. Passive flexion full, place-and-hold ~60%. Index prox
phalanx circumference 6.3 cm.
Pt showed writer the area: periumbilical skin with 2 firm purple patches,
about 3 and 5 cm, lacy border, very tender. He says that is where he gives
his insulin.
A: tendon healing on track. Belly skin concerning and outside our scope;
advised him to call his kidney doctor today.
P: place-and-hold HEP every waking hour. Message to the surgeon.
2x/wk. 97760, 97110.
"""),
("2017-01-17", "Nephrology PD Clinic", """
PD CLINIC
54M, ESRD (diabetic kidney disease), CAPD with four daily exchanges,
started 2015. Insulin for T2DM since March 2016 - glargine 40u, aspart
with meals, every dose into the belly around the navel.
CC: painful skin lesions on the abdomen, began Christmas Eve as tender
lumps and have darkened since.
Exam: BP 156/90  wt 117kg  BMI 38.2. Periumbilical: three firm plum-colored
plaques, 2-5 cm across, the biggest with black eschar in its center, lacy
edges, grouped at his insulin injection sites.
Labs: Ca/Phos 9.9/7.8, PTH 520, alb 2.9
A: suspect calciphylaxis at insulin injection sites.
P: urgent derm biopsy. Use the thighs for insulin meanwhile. Stop calcium
carbonate. Low-calcium PD solution. Dietitian re phosphorus.
"""),
("2017-02-02", "Dermatology Consult", """
DERMATOLOGY
Seen 1/19 for bx; here for results and wound plan.
Path: calcium in the media of septal vessels, some occluded by clot,
lobular fat necrosis; von Kossa outlines the mural calcium.
Dx: calciphylaxis, abdominal wall - in the periumbilical skin he used
daily for insulin over many months.
Exam today: largest plaque now 6 cm with 2 cm eschar; the other two
unchanged. Thighs, where insulin goes now, are clear. No leg lesions.
Obese (BMI 38.2 at PD clinic).
Plan: STS given IV at the PD unit three times weekly; calcium alginate
on the open area, no debridement yet. Pain service consult. Photos in
chart. RTC 2 wks.
"""),
]}

D07 = {"patient_id": "D07", "age": 61, "sex": "F", "notes": [
("2020-04-06", "Hand Therapy Initial Evaluation (video)", """
HAND THERAPY INITIAL EVAL - video visit (clinic closed to in-person care,
COVID-19)
Referral: R lateral epicondylitis, from PCP Dr. Feeney.
S: 61 yo F, R-handed bookkeeper. Outer elbow pain x 4 mo, worse with the
mouse and lifting pans. Since March she has done ice massage to the outer
R elbow with a frozen paper cup, 10 min 2-3x/day, per PCP. Also wears an
OTC counterforce strap on the R upper forearm.
PMH: T2DM on linagliptin; DVT/PE 2018 on warfarin; obesity (BMI 41.0 at
PCP in March); HTN. Kidney function normal per pt.
O (video): self-palpation tender at R lateral epicondyle, Cozen +, Mill's
mildly +. Elbow skin on camera: slightly pink, intact.
A: lateral elbow tendinopathy.
P: HEP - eccentric wrist ext, stretch; ice massage ok but cap at 5-7 min;
strap 2 fingerbreadths below the epicondyle. Tele f/u 2 wks.
"""),
("2020-05-04", "Dermatology Consult", """
DERMATOLOGY - in person
61F; purple-black, very sore patch over the R lateral elbow, first
noticed 4/22/2020. She has been icing this very spot for tennis elbow since
March with ice cups, often longer than advised.
Exam: R lateral elbow over the epicondyle: 35x30 mm violaceous retiform
plaque, 1 cm necrotic center, indurated. Strap area on the forearm looks
normal. Legs: no lesions.
Labs 4/30: Cr 0.8 | eGFR 82 | Ca 9.3 | PO4 3.6 | INR 2.6
Ddx: non-uremic calciphylaxis, cold panniculitis, warfarin-induced skin
necrosis, vasculitis.
Procedure: 6mm punch, deep, from the edge.
Plan: stop the ice. Path pending; will call.
"""),
("2020-05-18", "Dermatology Follow-up", """
DERM f/u
Path 5/4 (read by Dr. Lindqvist): mural calcium in subcutaneous
arterioles, several lumens thrombosed, no vasculitis. Final: calciphylaxis,
non-uremic type, at the R lateral elbow - right where she kept applying
ice. Normal renal function
(eGFR 82), not on dialysis.
Risk: warfarin since 2018, obesity (BMI 41.0), DM2.
Discussed with her hematologist: warfarin -> apixaban starting today.
Wound: 38x30 mm, eschar edges lifting. Plan nonadherent dressing,
loose tubular sleeve, no ice and no strap. Consider IV STS through
infusion center; pain: acetaminophen, gabapentin 300 qhs.
RTC 2 wks, photos.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
