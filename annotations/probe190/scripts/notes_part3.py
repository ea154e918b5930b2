"""probe190 corpus notes, D15-D20 (hand surgery, fracture/cast clinic, hand therapy splinting,
and the nephrology, dermatology, vascular and wound notes around them; all invented)."""

D15 = {"patient_id": "D15", "age": 68, "sex": "F", "notes": [
("2023-10-04", "Hand Therapy Initial Evaluation", """
HAND THERAPY INITIAL EVAL
Dx: L wrist/hand stiffness after L distal radius fx, casted 6 wks, cast
off 9/27/23.
PMH: ESRD (in-center HD, fistula in the R arm); insulin-treated T2DM;
neuropathy in the feet; HTN. BMI 26.1 per clinic vitals.
S: "My fingers won't close." Pain 3/10, worse in the morning.
O: AROM L wrist ext 35, flex 30; composite fist lacks 2.5 cm to DPC.
Grip L 9#, R 40#. Edema mild dorsal hand. Sensation intact to light
touch. Skin intact, no lesions, fingertips pink.
Tx today: paraffin dips x 8 to the L hand, then 10 min wrapped, followed
by AROM/tendon glides. Pt tol well, reported "nice and warm."
A: good potential.
P: twice weekly for 6 wks: paraffin before ROM each visit, HEP, static-progressive
orthosis if plateau. 97018, 97110 x2.
"""),
("2023-10-25", "Hand Therapy Daily Note", """
HAND THERAPY DAILY NOTE
S: pt reports the tips of her L index and long fingers turned purple and
very painful since last Thursday. No cuts. Paraffin has been given at
every visit (6 sessions) plus at home she has been soaking in hot water.
O: L index and long finger pulps: firm violaceous tender nodules ~0.8 cm,
L long with a small dusky blister. Cap refill 3 s on those two, 2 s on
the others. Other hand normal.
A: new digital lesions; cause not clear - thermal injury? ischemia?
P: paraffin and hot soaks stopped. ROM only today. Called Dr. Whitcombe's
office, derm appt 11/8; nephrology notified. 97110 x2.
"""),
("2023-11-08", "Dermatology Consult", """
DERMATOLOGY
68F (hemodialysis; diabetic, on insulin), sent by hand therapy for painful
fingertip lesions L index and long, onset mid-October, after paraffin
treatments to that hand.
Exam: L index pulp 1 cm violaceous indurated nodule, central dusky
area; L long pulp similar w/ a collapsed blister. Mottling of fingertips.
Radial pulse present; R fistula thrill good.
Labs: PTH 1120 - Ca 10.2 - PO4 7.9
Ddx: thermal injury from paraffin/hot soaks; pernio; access-related
ischemia; cannot exclude early calciphylaxis given HD, DM and high PTH.
Bx of a fingertip pulp deferred - poor healing risk, would do if it
progresses.
Plan: warm (not hot) environment, no heat to hands, vascular lab arterial
studies. She relocates next week; moving in with her son up in Duluth; records
sent, she will establish care there.
"""),
]}

D16 = {"patient_id": "D16", "age": 74, "sex": "M", "notes": [
("2024-02-12", "Fracture Clinic New Patient", """
FRACTURE CLINIC - NEW
74M fell in his icy driveway 2/9/24, FOOSH R. Closed R distal radius fx,
ED splint.
PMH: ESRD (eGFR 9); after long talks he opted out of dialysis and is seen
in the supportive kidney care clinic. AF: warfarin through 2019, then
switched to apixaban. Not diabetic. COPD.
Vitals: BP 112/66  P 72  SpO2 94% RA  Wt 70.1kg  BMI 23.0
XR: dorsally angulated 12 deg, shortened 2 mm, extra-articular.
Discussed ORIF vs cast; pt prefers nonop.
Plan: R short arm fiberglass cast, well padded, elevate. Skin fragile -
call if rubbing or pain at the cast edges. XR 1 and 3 wks.
"""),
("2024-03-25", "Cast Room Note", """
CAST ROOM  25 Mar 2024
R SAC off, 6 wks. Pt had called at about week 3 (3/1) saying the top edge
of the cast was digging into his forearm; he declined a cast change.
Skin: R dorsal forearm at the proximal cast edge: 2.2 x 1.6 cm black
eschar with a violaceous rim and faint livedo around it; tender. No other
skin breakdown.
A: unstageable pressure injury from the cast rim vs calciphylaxis (ESRD,
not dialyzed). Biopsy offered - pt said no: "leave my arm alone, doc."
XR: healed.
Plan: wound clinic referral. Wrist splint not needed; AROM.
"""),
("2024-04-08", "Wound Clinic Note", """
WOUND CLINIC
74M, ESRD on conservative (non-dialytic) care, renal palliative.
R dorsal forearm wound at the old cast edge: 2.4 x 1.8 cm, dry black
eschar, violaceous margin, retiform pattern at the periphery, pain 7/10 -
more pain than expected for pressure alone.
Impression: possible calciphylaxis vs unstageable pressure injury. Not
biopsied per pt's wishes; goals are comfort and staying home.
Labs 4/1: PTH 388; corrected calcium 9.6; PO4 6.3; Alb 3.1
Plan: betadine paint, dry dressing, no debridement. Discussed empiric
STS; pt would rather not. Renal palliative aware. RTC 2 wks or home
visit.
"""),
]}

D17 = {"patient_id": "D17", "age": 60, "sex": "F", "notes": [
("2021-06-15", "Hand Therapy Orthosis Note", """
HAND THERAPY - ORTHOSIS FITTING
Dx: R carpal tunnel syndrome, conservative trial (Dr. Haldane).
Prefab wrist orthosis fitted at neutral, night wear; straps checked.
While rolling up her sleeves pt mentioned "my insulin spots hurt". Backs
of both upper arms: firm purplish plaques (right about 4 cm, left about
3), tender, lacy edges; skin unbroken. She moved her insulin from the
belly to the backs of
her arms last year because the belly "got lumpy".
PMH: ESRD, home cycler PD; T2DM, insulin; obesity.
Told her to let the PD team and dermatology see it this week.
Education: orthosis care, nerve glides x 10 tid.
RTC 4 wks. 97760.
"""),
("2021-06-29", "Dermatology Consult", """
DERMATOLOGY
60F on PD, insulin-treated DM2, BMI 35.5. Tender plaques over the backs
of both arms, where she injects insulin, present about 2 mo.
Exam: posterior upper arms - R 45x30 mm, L 30x30 mm - firm dusky-violet
plaques with faint retiform purpura; no ulceration.
Ddx: possible early calciphylaxis; lipohypertrophy from insulin with
secondary fat necrosis; other panniculitis.
Recommended deep incisional bx - pt declines today ("I'll think about
it").
Plan: stop injecting the arms, rotate to thighs. Photos taken. Discussed
with PD nephrologist. RTC 3 wks.
"""),
("2021-07-20", "PD Clinic Note", """
PD CLINIC
60F, ESRD (diabetic nephropathy) on CCPD, Kt/V 2.0.
Upper arm plaques: suspected calciphylaxis, not confirmed - she again
declined biopsy. Plaques a bit softer since she stopped injecting there.
No ulcers.
DM2: insulin degludec 30 u into the thighs now.
Vitals: BP 134/80  Wt 96.1 kg  BMI 35.5
Labs: PTH 455, corr. calcium 9.5, PO4 6.6, Alb 3.5
Plan: switch to non-calcium binder, low-calcium PD solution. Not starting
STS without a diagnosis; re-offer bx at next visit. Derm f/u booked.
"""),
]}

D18 = {"patient_id": "D18", "age": 65, "sex": "M", "notes": [
("2022-08-09", "Hand Surgery Clinic", """
HAND SURGERY CLINIC - urgent
65M, HD via R brachiocephalic AVF (created 3/2022). T2DM on insulin,
CAD. BMI 29.0 (overweight).
R index and long fingertip ulcers x 1 month; hand cold and aching during
dialysis, worse the last 2 wks.
Exam: R index pulp 0.8 cm and long finger tip 1 cm dry ulcers, pale
fingers, cap refill 4 s R vs 2 s L. Radial pulse weak on R, AVF thrill
strong. No livedo, no purpura, no plaques on trunk or legs.
Ddx: dialysis access-associated steal vs calciphylaxis (r/o) vs emboli.
Plan: digital pressures/PPG, urgent vascular surgery referral. Keep the
ulcers dry. No bx now (ischemic digits).
"""),
("2022-08-23", "Vascular Surgery Note", """
VASCULAR SURGERY - post-op check
Fistulogram/arm angiogram 8/17: radial artery flow reversed beyond the anastomosis,
good inflow, no proximal stenosis. Digital-brachial index 0.32 R.
Dx: dialysis access-associated steal syndrome, R hand.
Procedure 8/22: DRIL (distal revascularization-interval ligation) w/
saphenous vein.
Today: R hand warm, cap refill 2 s, fingertip ulcers already pinker at
the edges. AVF still working (HD yesterday through it).
Incision healing, no hematoma at the thigh vein harvest site.
Plan: keep dressings, wound check 1 wk, HD as usual. Hand surgery f/u for
the fingertips.
"""),
("2022-10-04", "Hand Surgery Clinic Follow-up", """
HAND SURGERY f/u
Fingertip ulcers R index and long: healed, pink pulps, normal sensation.
Grip 34 kg R.
Calciphylaxis was raised at the first visit and is now excluded: these
were ischemic ulcers from access steal, and they healed fully after the
DRIL procedure without any other treatment.
DM2 on insulin; HD continues TTS via the same AVF.
Vitals: BP 150/84  Wt 93 kg  BMI 29.0.
Plan: no further hand surgery follow-up needed; return if color changes
or pain in the fingers during dialysis.
"""),
]}

D19 = {"patient_id": "D19", "age": 52, "sex": "F", "notes": [
("2025-05-06", "Hand Surgery Consult", """
HAND SURGERY CONSULT
52F, RHD, dental hygienist. Numb thumb/index/long both hands x 2 yrs, L
worse, dropping instruments. Night splints from hand therapy helped less
over time. NCS 4/2025: severe L, moderate R median neuropathy at wrist.
PMH: polycystic kidneys, CKD stage 3a (eGFR 48 on 4/22/25); HTN on
losartan. Glucose normal (HbA1c 5.4%), so no diabetes. Takes no blood
thinner.
FHx: ADPKD runs in the family; her uncle Teodor went on to dialysis and
had calciphylaxis of the legs before he passed away. She is afraid an
operation might "start the same thing" in her.
Vitals: BP 132/84  Wt 84.5 kg  Ht 166.6 cm  BMI 30.4 (obesity, class I)
Exam: skin of hands and forearms normal. Tinel/Phalen + bilat, L thenar
atrophy.
Plan: L open CTR. Reassured her that at her eGFR she is nowhere near
dialysis; we talked through her uncle's illness.
"""),
("2025-06-17", "Hand Surgery Post-op Visit", """
HAND SURGERY POST-OP, 2 wks after L CTR (6/3/25)
Numbness already better at night. Pain 1/10.
Incision L palm healed, sutures out, no redness, no drainage, scar soft.
No skin lesions on hands, arms or legs.
Pillar pain mild. Grip not tested yet.
Plan: scar massage, desensitization, light use; no lifting > 5 lb x 2
wks. Hand therapy x 3 visits. R side CTR when she is ready, probably in
the fall. BMI 30.4 (no change). RTC 6 wks.
"""),
]}

D20 = {"patient_id": "D20", "age": 47, "sex": "M", "notes": [
("2026-01-13", "Hand Surgery Consult", """
HAND SURGERY CONSULT
47M, hemodialysis 9 yrs (AV graft, left upper arm), secondary
hyperparathyroidism, not diabetic, no anticoagulants.
CC: hard white lumps in the R thumb tip and L index tip x 6 months,
sometimes leaking a chalky paste; painful when typing.
Exam: R thumb pulp 1 cm and L index pulp 0.7 cm firm white-yellow
nodules, one with chalky discharge. No purpura, no necrosis, no livedo.
XR both hands: soft-tissue calcific deposits in the pulps, vascular
calcification of digital arteries.
Labs: Ca 10.4  Phos 8.8  PTH 1450
Dx: calcinosis cutis (metastatic calcification) of fingertips - not
calciphylaxis.
Plan: phosphorus control with nephrology; counseled that numbers like
these raise the risk of calciphylaxis. Excision only if pain
persists.
"""),
("2026-02-10", "Hand Therapy Note", """
HAND THERAPY
Dx: fingertip calcinosis cutis R thumb, L index.
Fabricated silicone-lined thimble pads for both tips for keyboard use.
Skin check: nodules unchanged, no open area now, no drainage this week.
No new skin changes on hands or forearms.
Pt reports nephrology added cinacalcet and a second binder.
Pain 3/10 with typing, 1/10 at rest.
Plan: wear pads at work, remove at night; check skin daily; call if
redness, drainage or dark painful patches appear. 2 visits more.
97760, 97535.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
