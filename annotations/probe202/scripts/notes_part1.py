"""probe202 corpus notes, D01-D07 (IHS and tribal clinics, PHN, CHR and the referral clinics
around them; all people, places and wording invented)."""

D01 = {"patient_id": "D01", "age": 58, "sex": "F", "notes": [
("2022-08-03", "PHN Home Visit", """
PUBLIC HEALTH NURSING - HOME VISIT
Willow Flats Service Unit / Field Health
Travel: 41 mi one way, last 7 mi graded dirt. Pt at home w/ husband + grandson.

Reason: f/u on new insulin start. Pt was started on Lantus 18 units qHS at her 7/18/22 clinic
visit (A1c 9.6). Dialyzes MWF at Juniper Springs, tribal van picks her up at 0445.
S: "The needle is not bad, I just forget which night." Denies lows.
O: BP 148/86, HR 80, wt 198 lb (BMI 33.1). FSBS 212 @ 1030.
Pt demo'd pen technique correctly. She injects every night into the R lower belly -
says the right side is "easier with my good hand" so she always goes there.
No lumps felt at the R lower abd.
A: Technique good, rotation poor (one quadrant only).
P: Taught rotation chart, will rotate around the navel (pt agrees to try). Logbook given.
Next PHN visit 2-3 wks, sooner if BG <70. Called CHR re: sharps container drop off.
"""),
("2022-09-14", "Primary Care Acute Visit", """
WILLOW FLATS HEALTH CENTER - ACUTE VISIT (walk-in)
CC: "sore dark spot on my stomach" x 5 days
HPI: 58 y/o F, ESRD-HD MWF, DM2 on glargine since July, HTN, 2ndary hyperparathyroidism.
Per pt the first thing was a sore hard knot low on her belly, R side; now purple and "burns
all night". Granddaughter says it is the same spot she puts her night shot. Denies fever.
No new meds besides the insulin.
VS 98.1 / 156/90 / 92 / 16 / 97%RA, wt 197#
Skin: RLQ abd - approx 3.5x3cm firm violaceous plaque, netlike purple margin,
exquisitely TTP, dusky centre, eschar not yet. No fluctuance.
Labs drawn at dialysis on 9/7 - phos 7.4 high, Ca 9.9, PTH 690; albumin 3.2.
A/P: Painful retiform plaque RLQ in HD pt - worry for calciphylaxis. Not I&D'ing.
- Urgent PRC referral to derm, St. Brendan Regional (approved by phone, appt 9/21)
- hold shots into R side, use L thigh for glargine until seen
- msg nephrology. No tramadol (renal); APAP scheduled.
"""),
("2022-09-21", "Dermatology Consult", """
DERMATOLOGY CONSULT - St. Brendan Regional Medical Center
Referred by: Willow Flats HC (PRC). Pt traveled 118 mi w/ the CHR.
HD pt, 58F, 12 day hx of painful plaque R lower abd.
Uses glargine nightly, nearly always injected into this same area since it was begun in
mid-July.
Exam: R infraumbilical/RLQ: 4x3.5cm stellate purple-violaceous plaque, now with 1 cm black
central eschar, surrounding retiform purpura. Two smaller tender subQ nodules just medial.
Remaining skin survey (thighs, buttocks, calves) clear.
Proc: 4mm punch from the border plus a deep incisional wedge -> H&E, von Kossa stain.
Monsel's for hemostasis, 1 suture.
Imp: retiform purpura w/ eschar, strongly suspicious for calciphylaxis; it has developed
exactly where she does her insulin injections. DDx warfarin necrosis (she is not on it),
vasculitis, emboli.
Plan: path result by phone to PCP + nephrology; glargine to go elsewhere than the abdomen
from now on.
"""),
("2022-10-04", "Nephrology HD Rounding Note", """
NEPHROLOGY - HD ROUNDING NOTE, Juniper Springs Dialysis
Path (St. Brendan, 9/21): small subcut vessels with medial calcium, luminal thrombi,
necrotic fat; von Kossa: pos -> calciphylaxis, confirmed.
Lesion R lower abdomen, onset 9/9/22, lies exactly over the patch of belly she's used for her
glargine since 7/18/22 - insulin injection site calciphylaxis.
Today: pain 7/10, eschar 1.5 cm, no drainage. BP 162/88 pre, UF goal 3.2 L.
PO4 6.8 / Ca 9.6 / iPTH 744, Alb 3.1, Hgb 10.2.
Plan:
1. start Na thiosulfate (25 g) with every HD session (hung for the last hour), starting Weds
2. Stop the calcium-based binder -> sevelamer 1600 TID; cinacalcet titrate to 60
3. Insulin: pharmacy to move her site to thighs/upper arm; PHN aware
4. Wound care per derm, CHR to drive her to wound clinic q2wk
5. Wt 194 lb today, BMI 32.8
Long drive for her - will try to set derm f/u up as telehealth.
"""),
]}

D02 = {"patient_id": "D02", "age": 66, "sex": "M", "notes": [
("2022-12-07", "CHR Client Contact", """
COMMUNITY HEALTH REPRESENTATIVE - CLIENT CONTACT
Program: Bitter Creek CHR    Contact type: home / transport f/u
Client drives himself to dialysis in Harlan Falls (88 mi each way, Tu/Th/Sa) since the
tribal van route was cut in the fall. The pickup's heater quit, so since Thanksgiving he keeps
the seat warmer cranked to HIGH for the full drive, both directions - "only thing keeping
me warm". Says the
seat gets real hot through his jeans on the backs of his thighs.
BP (CHR cuff) 138/82, P 76. Wt 183 lb.
Med check: warfarin 5 mg (afib), INR done at dialysis; sevelamer; cinacalcet. Not diabetic.
Concerns: winter roads, truck reliability, lives alone.
CHR to ask tribal transportation about a seat on the Monday van, and to check the tribe's
emergency assistance fund for the heater repair.
Next contact 2 wks.
"""),
("2023-01-30", "Nephrology HD Note", """
NEPHROLOGY HD NOTE - Harlan Falls Dialysis Center
66M, ESRD d/t HTN nephrosclerosis, dialyzing Tues-Thurs-Sat by L BC fistula, afib on warfarin.
Reports painful "purple bruises", posterior thighs both sides, since the middle of January,
worse sitting. Exam: posterior thighs bilat w/ retiform violaceous patches, L bigger
(8x5cm) carrying a central 2cm black eschar; R 4x3cm without eschar. Distribution is exactly
the footprint of his truck seat heater, which he has run on high every trip since late Nov.
1/24 labs: PO4 8.2 / Ca 10.1 / iPTH 1130; albumin 3.4. INR 2.6 on 5 mg.
Imp: clinically calciphylaxis, probably heat-provoked at the seat-heater contact area.
Plan: derm referral for bx (PRC), seat heater OFF, start STS 25 g w/ HD, change warfarin to
apixaban after talking w/ cards, stop calcium carbonate. BMI 27.4.
"""),
("2023-02-09", "Dermatology Consult", """
DERMATOLOGY - St. Brendan Regional (PRC approved)
Bx 2/1/23 L posterior thigh, deep incisional: calcium laid down in subcut arteriolar
walls, intimal hyperplasia, thrombosed lumens, septal panniculitis.
Dx: calciphylaxis (calcific uremic arteriolopathy).
Today: L posterior thigh eschar 2.5cm, dry, no surrounding cellulitis; R posterior thigh plaque
softer. Pain 6/10. Pt here w/ nephew who drove.
Comment: both plaques lie where the heated car seat pressed on the backs of his thighs;
the heat exposure, running since about Thanksgiving, came ~7 wks before onset. Local heat
is a recognised trigger.
Rec: no heated seat, no heating pads; keep eschar dry, do not debride; STS per renal.
Derm f/u by video from the Bitter Creek CHR office in 4 wks. BMI 27.1.
"""),
]}

D03 = {"patient_id": "D03", "age": 61, "sex": "F", "notes": [
("2021-05-11", "CHR Note - Dialysis Transport", """
CHR NOTE - Dialysis Transport Program, Elk Hollow
Client rides the tribal transit van to Juniper Springs MWF since March (her son drove her
before he took the job out at the oil field). 2 hr 10 min each way, about 40 mi of it
washboard gravel.
Client c/o the van's lap belt: with her size the belt "rides up and saws across my lower
belly" on the rough stretch. Driver has no extender.
CHR called transit coordinator - extender ordered, 2-3 wks.
Vitals at home before pickup: BP 152/94, P 88, SpO2 95%. Wt 258 lb (home scale).
Insulin: NPH 20 units AM / 10 units PM, has supplies, sharps ok.
Plan: f/u on the extender; remind client to bring a snack for the ride (had a low on the
van once in April).
"""),
("2021-06-22", "PHN Home Visit", """
PHN HOME VISIT - Elk Hollow Field Health
Called out by CHR: client has a "bad sore" on her belly.
Hx: ESRD/HD, DM2 (NPH), HTN, obesity (BMI 44.2 at clinic in April), hypothyroid.
Client states the sore came on about 3 weeks ago - first a hard, terribly painful purple spot
low on the belly under the pannus fold, then the middle turned black.
O: T 98.6, BP 144/90, HR 96. Lower abdomen beneath pannus fold, midline-ish: 6 x 4 cm black
leathery eschar, rim of violaceous skin with lacy livedo reaching out ~3 cm. No odor;
small amt serous drainage. Pain 9/10.
A: necrotic wound lower abdomen w/ pain out of proportion - needs provider eval today.
P: covered w/ dry gauze & an ABD pad, held by netting (no tape on her skin). Called Dr.
Oyelaran at Elk
Hollow, pt seen same afternoon and sent on to St. Brendan ED for admit/derm.
"""),
("2021-07-08", "Wound Care Clinic", """
WOUND CARE CENTER - St. Brendan Regional, outpt f/u
Dx: lower abd wall/pannus calciphylaxis, confirmed by incisional bx 6/29/21
during her admission (calcified arterioles, thrombi, fat necrosis). Wound onset early June.
Wound: lower abdomen under pannus, 6.5 x 4.2 cm, 90% adherent eschar, 10% yellow slough at
margins, periwound livedo, not purulent.
Pain 8/10; hydromorphone 2 mg q6h prn (renal dosing reviewed w/ pharmacy).
Tx: cleansed w/ NS, stable eschar left intact, Medihoney to margins, foam dressing held by
netting. STS three times weekly at HD since 7/2.
Wt 254 lb, BMI 43.6.
F/u 2 wk - pt lives 2 hrs away; PHN to do dressings in between, CHR brings supplies.
"""),
]}

D04 = {"patient_id": "D04", "age": 49, "sex": "M", "notes": [
("2020-03-12", "Urgent Care Procedure Note", """
WILLOW FLATS HEALTH CENTER - URGENT CARE
49 yo M, home PD pt (CCPD), c/o painful swelling L outer thigh x 4 days. No fever.
Exam: L lateral thigh, mid-third, 4 cm fluctuant abscess w/ 7 cm of surrounding erythema.
PROCEDURE: I&D. Verbal + written consent. Prepped w/ chlorhexidine, 1% lido 4 mL. 2 cm linear
incision, ~10 mL pus out, loculations bluntly broken; packed (1/4 inch iodoform strip),
gauze + tape.
Cx sent. EBL minimal. Pt tol well.
Rx: doxycycline 100 mg BID x7d (no renal adj).
PMH: ESRD on PD (catheter placed 2018, exit site clean today); DM type 2 - diet-controlled
per pt, A1c 6.4 on 1/9/20,
HTN, gout.
VS T 99.0 BP 138/84 P 94. Wt 214 lb, BMI 30.0.
F/u: PHN to pull the packing in 48 h; RTC sooner if febrile or redness spreads.
"""),
("2020-05-19", "Nephrology Outreach Clinic", """
NEPHROLOGY OUTREACH CLINIC (monthly, held at Willow Flats)
49M, IgA nephropathy -> ESRD, CCPD; last Kt/V 1.9, UF ~1 L/night.
New problem: a painful blackened patch, L outer thigh, in the scar where his abscess was
drained in March. Began in April as a purple tender patch around the healed incision and has
darkened since. Pain 7/10, wakes him at night.
Exam L lat thigh: 3x2.5cm necrotic eschar centred on the linear I&D scar, retiform
purpuric margin out to 2 cm. No fluctuance, not warm.
PO4 6.9 / Ca 10.3 / iPTH 912; alb 3.0. Not on warfarin. Vit D3 1,000 IU daily.
A: suspect calciphylaxis at the old I&D site; ddx recurrent infection (unlikely), vasculitis.
P: derm bx via PRC; stop calcium acetate, start lanthanum; if confirmed, IV STS at the
infusion room 3x/wk (PD - no HD runs to give it with).
"""),
("2020-06-02", "Dermatology Consult", """
DERMATOLOGY CLINIC - St. Brendan Regional
PRC referral from Willow Flats HC. Drove 2.5 h with his wife.
Path 5/26/20 (incisional bx L lateral thigh): subcut arterioles w/ medial calcium,
intravascular thrombus, fat lobules necrotic; von Kossa (+). Final:
CALCIPHYLAXIS.
This lesion is centred squarely on the healed incision from the 3/12/20 I&D and started in
April;
calciphylaxis can localise to surgical scars and other sites of injury.
Exam: L lat thigh eschar 3.5x3cm, dry, no erythema. Bx site healing.
Plan: gentle care, petrolatum + nonadherent dsg; hold off on debridement; IV STS per
nephrology; pain mgmt per PCP. Avoid further procedures or shots into the thighs.
Wt 214 lb, BMI 30.0. Return 6 wk (telederm offered).
"""),
]}

D05 = {"patient_id": "D05", "age": 72, "sex": "F", "notes": [
("2023-04-17", "Walk-in Clinic Note", """
ELK HOLLOW HEALTH STATION - WALK-IN
72F on HD, bitten today ~0930 on the R calf by a loose dog by the post office. Dog known to
neighbors, owner found; tribal animal control notified, dog to be confined 10 days.
Exam: R posterior calf, 3 puncture wounds (largest 6 mm) + 2 cm superficial tear, minimal
bleeding, tendon not involved. Distal pulses present.
Tx: 500 mL NS irrigation, wounds left open, petrolatum + gauze.
Tdap: last 2021, UTD. Rabies PEP deferred pending dog observation (per protocol).
Abx: amox-clav renal dose x5d.
PMH: ESRD on HD MWF, HTN, CHF, hx PE 2017 treated w/ warfarin (stopped 2018). No DM.
VS: BP 134/76 P 82 T 97.8. Wt 138 lb, BMI 24.8.
F/u: PHN wound check in 1 wk.
"""),
("2023-04-24", "PHN Home Visit", """
PHN - HOME VISIT (wound check)
Seen at home w/ daughter. Dog bite of 4/17 to back of R calf - healing. Punctures
scabbed over, tear edges approximated, redness <5 mm, no streaking, no pus. Finished 5 days of
abx. Animal control called back: dog healthy at day 7.
Pain 2/10, "just sore when I walk out to the outhouse."
BP 128/70 P 78. Tolerating HD MWF, rides with the CHR.
Teaching: keep it clean/dry, watch for fever or red streaks. Reviewed how to reach the Elk
Hollow on-call (no cell signal at the house - use the neighbor's landline).
Next: PRN; CHR to check the leg at next ride.
"""),
("2023-05-15", "Dialysis Unit RN Note", """
HD NURSING NOTE - Juniper Springs Dialysis, chair 9
Pt c/o bad pain R lower leg, "worse than when the dog got me". States a purple spot came up
on her R calf, back side, about 10 days ago and keeps spreading; now w/ a black centre.
No sleep x3 nights.
Assessment: R post calf: 5x4cm dusky violaceous plaque, 1.5cm black eschar
centrally, mottled net-like discoloration around it, pt winces at even light touch.
DP/PT pulses palpable.
Pre-HD: BP 150/82, HR 90, wt 63.0 kg. Post-HD wt 61.6 kg.
Dr. Halvorsen notified, saw pt on the floor; concern for calciphylaxis. Ca/Phos/PTH added,
derm referral marked urgent.
"""),
("2023-05-30", "Dermatology Consult", """
DERMATOLOGY - St. Brendan Regional
72 y/o F on hemodialysis, painful R calf necrosis since early May. Came with the CHR.
Bx (5/19) R post calf: calcified small subcut vessels, fibrin thrombi,
lobular fat necrosis = calciphylaxis.
Exam: R post calf eschar 6x4cm, retiform purpura around; nothing similar on legs,
abdomen, thighs.
phos still up at 7.8; calcium 9.4; PTH over a thousand (1020); alb 2.9.
Assessment: calciphylaxis, R calf, bx-proven.
Plan: STS w/ HD (renal started it 5/24), wound care q2-3 days by PHN, leave stable eschar
alone, pain control via PCP. Wt 62 kg, BMI 25.1.
"""),
]}

D06 = {"patient_id": "D06", "age": 54, "sex": "F", "notes": [
("2024-01-23", "PHN Home Visit", """
PHN HOME VISIT - Dry Fork community
54F, ESRD on home PD (CCPD nightly), T2DM on lispro + glargine, HTN.
Visit for PD supply check + BP. Client mentions a sore "hard purple spot", L upper arm,
tender to touch, since early January, getting worse; can't sleep on her L side now.
She got her flu shot and the updated COVID shot, both in the L arm, at the community hall
vaccine clinic last fall (no reaction at the time).
O: BP 146/88, HR 84, wt 176 lb. PD exit: clean, tunnel nontender.
L lat upper arm (deltoid area): 4x3cm firm violaceous patch, lacy edge, skin intact.
A: painful indurated patch L upper arm, cause unclear, needs provider eval.
P: photos taken w/ consent and sent as telederm e-consult from the Dry Fork clinic. Told to
keep heat and ice off it. Next visit 1 wk.
"""),
("2024-02-06", "Telederm E-Consult", """
TELEDERM ECONSULT (asynchronous) - RESPONSE
Images: L lateral upper arm, 2 photos 1/23/24 + 2 more 2/2/24 (PHN).
Hx per referring PHN: PD pt, painful firm plaque since early January.
Findings on images: enlarging retiform violaceous plaque approx 5x4cm, stellate outline, with a
new central dusky-black area on the 2/2 images.
Impression: favor calciphylaxis; ddx panniculitis, vasculitis, reaction to an injection.
Recs:
- deep incisional bx (not a shave) at the margin - can be done at St. Brendan 2/15
- Ca, Phos, PTH, albumin
- protect the arm; BP cuffs to R arm only
Turnaround 3 business days. - K. Lindqvist MD
"""),
("2024-02-27", "Nephrology PD Clinic Note", """
NEPHROLOGY - Harlan Falls PD clinic
Bx 2/15/24 L upper arm (St. Brendan derm): calciphylaxis, von Kossa staining shows calcium
deposited within the tiny vessels of dermis and fat.
So: L upper arm calciphylaxis, which came up right at the site of her fall vaccines (flu + COVID
both given in the L deltoid at the community clinic in the fall). Onset early Jan 2024.
Eschar now 2 cm; pain 6/10.
PD: cycler 5 exchanges overnight (2.5% x2), icodextrin for the day dwell, UF ~900 mL.
PO4 6.3 / Ca 9.8 / iPTH 655, Alb 3.3.
Plan: IV STS at the infusion ctr three times a week (tribe covering mileage), raise PD
clearance, d/c
calcitriol, add cinacalcet 30. Any future vaccines in the R arm.
174 lb; BMI 29.9 (overweight).
"""),
]}

D07 = {"patient_id": "D07", "age": 69, "sex": "M", "notes": [
("2019-06-20", "Primary Care Visit", """
WILLOW FLATS HC - PRIMARY CARE
69M w/ ESRD (dialysis M/W/F at Juniper Springs); DM2 (off insulin since 2017, A1c 6.2 on no
meds), afib on warfarin,
obesity, OA both knees. Here for R knee pain.
S: R knee flared after stacking hay bales end of May. The CHR brought him a couple of gel
ice packs;
he's iced the R knee three or four times a day for 20-30 min at a go, since early June; "some
nights I doze off and it's still on me".
O: BP 138/80 P 72 irreg. Wt 251 lb, BMI 35.2.
R knee: trace effusion, crepitus, TTP along medial joint line, no warmth. Skin intact.
XR (5/2018): tricompartmental OA.
A: R knee OA flare.
P: ice ok but max 20 min with a cloth between, small amt topical diclofenac, no oral NSAIDs.
Consider steroid shot next visit if no better. INR at dialysis (last 2.4).
"""),
("2019-07-16", "Nephrology HD Rounds", """
NEPHROLOGY ROUNDS - Juniper Springs
Pt reports a very painful purple area over the R kneecap area since the 4th of July, now w/
black crust. Has kept icing that knee every day (sometimes over an hour).
Exam: R ant knee, infrapatellar: 5x4cm indurated retiform plaque, 1.5cm eschar in
the centre; L knee clear. No fluctuance.
Labs 7/10: Ca 10.0, Phos 7.6, PTH 980, Alb 3.5, INR 2.8.
Imp: suspect calciphylaxis exactly where the ice packs have been going on; warfarin,
high phos and obesity all contribute.
Plan: STOP ice to the R knee; derm bx (PRC approved, 7/24); d/w cardiology about stopping
warfarin; change binder to sevelamer; STS to start if bx +.
"""),
("2019-08-01", "Wound Care Clinic", """
WOUND CLINIC - St. Brendan Regional
Bx 7/24/19 R knee: calciphylaxis - calcified vessel media, thrombosis, fat
necrosis in the subcutis. Onset 7/4 at the R knee, right where ice packs had been put on
daily since June.
Wound R ant knee 5.2x4.4cm; 70% eschar / 30% slough; scant serous exudate; violaceous periwound.
Pain 8/10 w/ ROM.
Tx: NS cleanse, calcium alginate to the slough, bordered foam, light kerlix; no tape on skin.
STS started 7/29 with HD. Warfarin changed to apixaban 7/26.
Ice: stopped.
Dressing changes: HD RN on MWF, PHN on Tu/Th at home.
Wt 248 lb, BMI 34.8. RTC 2 wk.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
