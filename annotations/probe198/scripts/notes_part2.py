"""probe198 corpus notes, F08-F14 (Canadian community hospitals, home care and the clinics around them; all invented)."""

F08 = {"patient_id": "F08", "age": 61, "sex": "F", "notes": [
("2021-03-09", "Home Care Case Manager Note", """
AHS HOME CARE - CASE MANAGER NOTE (Larch Valley)
61 y/o F, new to HD since February 2021 (started inpatient at Larch Valley Hospital,
now outpatient 3x/wk at the Mountain Ridge satellite unit, 2 h each way).
Transport: no licence; rides w/ the volunteer driver program Tue/Thu/Sat. Says the van
lap belt "sits right under my belly" and presses into her lower abdomen over the gravel
stretch, worse on the right side by the buckle. Red line there after each trip,
fades by evening.
Discussed a belt extender or small pilow - driver to look into it.
Hx: DM2 on insulin (Tresiba 40 u + NovoRapid w/ meals), obesity (BMI 38.9), HTN,
OSA on CPAP. No anticoagulants.
Home support: PSW 1 h/day for bathing. RAI-HC completed: CHESS 1, MAPLe moderate.
Plan: follow up on transport, reassess in 4 wks.
"""),
("2021-07-14", "Home Care Nursing Wound Visit", """
HOME CARE NURSING - NEW WOUND
Client phoned intake re: "a burning bruise" under her belly since Canada Day.
O: R lower abdo beneath the pannus fold: 10x3cm band-shaped violaceous plaque,
firm, 2x1cm black centre, purple lacy edge. Very tender even to light touch.
Skin of L lower abdo and pannus clear. No drainage. T 36.8.
CBG 9.4. Wt 104 kg.
Still travelling to HD 3x/wk in the volunteer van.
Dressing: non-adherent silicone contact layer + foam, nothing tight.
Notified HD unit charge nurse and Dr. Adeyemi; photo sent by secure email.
Plan: daily visits for pain and wound check; client to bring supplies to HD so the
unit can redress if needed.
"""),
("2021-07-29", "Nephrology Consult Note", """
NEPHROLOGY - MOUNTAIN RIDGE SATELLITE HD, consult re: abdominal wound
61F, HD since Feb 2021 via R arm AVF (3x/wk), DM2 on basal-bolus insulin.
Bx (22-Jul-2021, R lower abdomen): calciphylaxis - calcified subcutaneous arterioles,
fat necrosis.
The plaque follows the line of the transport van's lap belt, which has pressed
across her lower abdomen three times a week since she started HD in Feb 2021; onset
1 July.
Exam: band plaque 11x3.5cm with 2.5cm eschar, R lower abdo.
Labs: Ca 2.40, PO4 2.2, PTH 66, alb 32. BMI 38.4 (wt 103.5 kg).
Plan: STS IV with each run; non-calcium binder; transport rebooked in a stretcher-capable
vehicle with a padded belt routed over the hips; NSWOC wound plan; pain mgmt.
"""),
]}

F09 = {"patient_id": "F09", "age": 67, "sex": "M", "notes": [
("2020-01-15", "Home Care Nursing Visit", """
HOME CARE NURSING VISIT - INR / compression check
67M, HD Mon/Wed/Fri. Warfarin since 12-Nov-2019 for R popliteal DVT; INR today 2.7
(target 2-3), no dose change, next INR in 2 wks.
Compression: knee-high class 2 stocking (20-30mmHg), R leg only, put on each
AM by the PSW since mid-Nov; L leg no stocking (not needed). R calf girth 39 cm,
L 37.5 cm.
Skin both legs intact, no redness under the stocking band, toes warm.
Hx: ESRD (polycystic kidneys), HTN, gout; no diabetes. Weight 102kg, BMI 31.6.
Teaching: bleeding signs, keep vitamin K intake steady. Stocking off at bedtime.
Client and wife verbalized understanding.
"""),
("2020-03-03", "Outpatient Wound Clinic Note", """
OUTPATIENT WOUND CLINIC - Sandhill Community Hospital
Referral: new painful wound L calf.
S: first noticed ~10 days ago - a sore purplish patch behind the L calf; it has
since opened. Denies bumping or injuring the L leg. Only the R leg has ever had
a stocking.
O: L posterior calf: ulcer 4x3cm, adherent black eschar, retiform purpura and
induration 3cm around; very tender. R leg: stocking on, skin beneath intact, no
lesions. ABI L 1.0, R 1.1.
A: necrotic ulcer L calf - HD pt on warfarin; calciphylaxis has to be considered.
P: 6mm punch bx done today, lesion edge. Dressing: Aquacel Ag + foam, gauze wrap
without compression. Cc nephrology.
"""),
("2020-03-20", "Dermatology Consult Note", """
DERMATOLOGY - visiting consultant, Sandhill Community Hospital
67M on HD, warfarin for R leg DVT. Bx 03/03/2020 L calf: calcific uraemic
arteriolopathy - medial calcification, thrombi, panniculitis.
Dx: calciphylaxis, L posterior calf.
Exam today: ulcer of L calf 4.5x3.5cm, eschar starting to lift peripherally. R leg (in its
stocking): no lesions.
Plan: stop warfarin, apixaban per nephrology/haem; STS with HD; keep the R stocking
for the DVT; no compression to the L leg until the wound settles.
BMI 31.6. Follow-up here in 4 wks with photos from home care.
"""),
]}

F10 = {"patient_id": "F10", "age": 55, "sex": "F", "notes": [
("2019-12-18", "PD Clinic Note", """
PD CLINIC - Riverbend Community Hospital
55F, CAPD for two years, 4 exchanges daily. Seen early for L thigh pain.
Since early December: hard, very sore lump on the outer L thigh, now purple.
Denies knocking it; no injections there (insulin goes into her abdomen only).
Flu vaccine given 22-Oct-2019, R deltoid, no problems.
O: outer L thigh: violaceous, indurated plaque 5x4cm, livedo at the rim, not
ulcerated. Exit site clean.
Labs: Ca 2.58, PO4 2.4 mmol/L, PTH 102 pmol/L.
A: ?calciphylaxis - high suspicion.
P: derm outreach bx; stop CaCO3, start sevelamer.
DM1 on Lantus/NovoRapid - A1c 8.0%. Wt 73 kg, BMI 28.0.
"""),
("2020-01-09", "Dermatology Outreach Note", """
DERMATOLOGY OUTREACH - Riverbend
55F on PD, type 1 DM on insulin.
Bx 30-Dec-2019, L lateral thigh: calciphylaxis confirmed (von Kossa positive vessel
calcification, thrombi).
Lesion now 6x5cm, stellate black eschar 2cm, no infection. Abdomen, buttocks,
R leg: clear.
Plan: STS, wound care via home care nursing (foam, no debridement for now),
hydromorphone for pain. Keep insulin in the abdomen, nothing into the thighs.
Fall risk discussed for the icy season - ice cleats advised.
Phosphate still high; nephrology adjusting binder.
Next review 4 wks or sooner if the wound changes.
"""),
("2020-01-21", "Home Care Nursing Wound Visit", """
HOME CARE NURSING - WOUND VISIT
Client slipped on her icy driveway on 14-Jan-2020 going for the mail and went down on her
L side. Large bruise now over the L hip and lateral thigh, all around the known
calciphylaxis wound; the foam dressing had shifted and the eschar edge is oozing a
little blood.
Wound: L lat thigh eschar 6x5cm, not larger, no pus. Bruise ~15 x 10 cm, yellow-green.
Pain 7/10.
VS within normal limits. PD going well, no cloudy bags.
Plan: redressed; watch for haematoma; MD aware; husband bought ice cleats.
"""),
]}

F11 = {"patient_id": "F11", "age": 72, "sex": "F", "notes": [
("2023-05-02", "Home Care Nursing Initial Wound Visit", """
HCCSS HOME CARE NURSING - INITIAL WOUND VISIT
Client: 72 F. Dialysis Tu/Th/Sa. T2DM, uses insulin (Humalog Mix25 bid, pen
injections in the abdomen, rotated round the navel), AF on apixaban (warfarin
was discussed by cardiology in 2021 but never started), obesity BMI 35.2.
Wound: R medial thigh, first seen ~2 wks ago: very tender purple spot, now an
open area 3x2.5cm, grey-black base, violaceous net pattern around, firm.
No trauma to the thigh that she can recall. Abdominal skin: mild lipohypertrophy,
no lesions.
Pain 7/10.
Dressing: Mepilex Border Flex. Photos + referral sent to NSWOC and family doctor.
VS: T 36.7, BP 134/70, CBG 12.4.
"""),
("2023-05-10", "Outpatient Procedure Note", """
OUTPATIENT PROCEDURE NOTE - Elmvale Community Hospital
Procedure: punch biopsy, R medial thigh lesion. Operator: Dr. P. Szabo.
Consent signed. Apixaban not held (punch only).
Lesion: R medial thigh 3.5 x 3 cm, necrotic centre, livedo margin.
Two 5 mm punches from the active edge incl. subcut fat; 4-0 nylon sutures;
pressure x 5 min; Mepore. Specimens: path (H&E + von Kossa) x1, micro x1.
Tolerated well. EBL < 2 mL.
Home care to remove sutures day 10-14. Pt to call if bleeding
soaks through.
Clinical impression: ?calciphylaxis; differential pyoderma gangrenosum, vasculitis.
"""),
("2023-05-24", "NSWOC Consult", """
NSWOC CONSULT (home visit)
Path 17/05: calciphylaxis (calcified small subcut vessels, thrombi, fat
necrosis); culture light skin flora only.
Wound R medial thigh 4x3.5cm, base 60% slough (yellow) / 40% eschar (black); serous
exudate mod. CSWD of loosened slough with scalpel/forceps, minimal bleeding,
client premedicated.
Dressing: Aquacel Ag Extra to base, silicone foam cover, change q3 days and prn.
Periwound protected w/ no-sting barrier film.
If wound enlarges: consider NPWT.
Pain 6/10 during care; HD unit informed of plan.
Education: no heat, no tight garments over the thigh; insulin stays in the abdomen.
"""),
("2023-06-14", "Home Care Nursing NPWT Visit", """
HOME CARE NURSING - NPWT
NPWT started 05-Jun by NSWOC (125 mmHg continuous) to the R medial thigh
calciphylaxis wound.
Today: canister 40 mL serosanguinous. Foam removed - pink granulation 30%, slough 50%,
eschar margin 20%. Size 4.5 x 3.5 x 0.5 cm. Periwound: small area of skin stripping
at the lateral edge from the drape/tape, barrier film applied, hydrocolloid frame.
New black foam, drape, good seal at -125.
Pain 5/10 with change, premedicated w/ hydromorphone.
HD pt - NPWT disconnected for transport, reconnected on return.
CBG 10.1 on Humalog Mix. BMI 35.0.
"""),
]}

F12 = {"patient_id": "F12", "age": 49, "sex": "F", "notes": [
("2018-04-10", "Emergency Department Note", """
EMERG - Tamarack Lake Community Hospital. CTAS 3.
49F on HD, painful hard area L breast x 1 wk, worsening, now a dark spot.
Denies trauma, denies any injections or procedures on the breast, no new bra,
not breastfeeding. No fever.
PMH: lupus nephritis -> ESRD, HD MWF; mechanical AVR on warfarin (INR today 3.0);
borderline sugars - prediabetes, A1c 6.1%, untreated; obesity.
O: T 37.0. L breast lower inner quadrant: 7x6cm violaceous indurated plaque, purple
net-like margin, dusky-black centre 1.5cm. No nipple discharge.
No axillary nodes.
Imp: ?mastitis/abscess vs ?calciphylaxis (HD, warfarin).
Plan: cephalexin, breast u/s, general surgery referral this week.
"""),
("2018-04-19", "General Surgery Clinic Note", """
GENERAL SURGERY CLINIC - Tamarack Lake
Ultrasound 12/04: no abscess, diffuse oedema and subcutaneous calcification.
Punch bx (4 mm) done in clinic 13/04 by writer from the L breast plaque edge:
arteriolar calcification + thrombi = calciphylaxis.
Dx discussed w/ pt: calciphylaxis of the L breast.
Possible debridement later if it demarcates. If we operate, warfarin would be held
5 days with bridging enoxaparin injections - decision deferred to nephrology and
cardiology.
Pt again says the breast was never hurt and she wears nothing tight.
BMI 34.0.
F/u 2 wks.
"""),
("2018-05-03", "Nephrology HD Rounds", """
NEPHROLOGY - HD ROUNDS, Tamarack Lake satellite unit
49F, calciphylaxis L breast (bx-proven 13/04/2018). Plaque stable 7 x 6 cm, eschar dry,
no infection.
Anticoagulation: cardiology advises continuing warfarin for the mechanical AVR, INR
to run 2.0-2.5. Surgery will not debride for now, so no bridging and no enoxaparin
was given.
Counselled: no hot compresses, no underwire bra, no injections anywhere near the
breast.
Labs: Ca 2.35, PO4 2.5, PTH 88 pmol/L. A1c 6.0% - prediabetes, not diabetic.
BMI 33.8.
Plan: STS 25g IV thrice wkly w/ HD; cinacalcet; sevelamer in place of calcium;
pain team.
"""),
]}

F13 = {"patient_id": "F13", "age": 74, "sex": "M", "notes": [
("2021-10-08", "Health Centre Nursing Note", """
KINNEAR CROSSING HEALTH CENTRE - NURSING NOTE
74M. Splitting firewood 06/10/2021 when a log rolled and struck his R ankle over the
lateral malleolus. Abrasion 3 x 2 cm + bruising at the R lateral ankle, no deformity,
wieght bearing OK, Ottawa ankle rules negative.
Hx: ESRD on HD in Whitebark (drives in 3x/wk), HTN, not diabetic. No blood thinners.
Tx: cleansed NS, Polymem, roll gauze.
VS: BP 146/80, HR 72, T 36.4. Wt 70 kg, BMI 24.3.
Plan: redress q2-3 days here at the centre or by home care; return if red streaks,
fever or increasing pain.
"""),
("2021-11-23", "Nephrology Note, Dialysis Unit", """
WHITEBARK DIALYSIS UNIT - NEPHROLOGY NOTE
74M on HD via R IJ permcath, c/o painful lump behind the R calf x ~2 weeks,
now open.
The ankle abrasion from October: healed, pink scar.
O: R posterior calf at mid-level (a hand-span, ~12cm, proximal to the lat
malleolus): ulcer 3x2.5cm, black eschar, retiform purpura around it; firm, very
tender. Rest of both legs clear.
Labs: Ca 2.55, PO4 2.7, PTH 150 pmol/L, alb 30.
A: ?calciphylaxis.
P: bx with the visiting derm next week; switch CaCO3 to sevelamer; start cinacalcet;
dressing via home care.
"""),
("2021-12-09", "Dermatology Consult", """
DERMATOLOGY - visiting consultant, Whitebark
74M, HD, not diabetic, no anticoagulant.
Punch bx 01/12/2021, R post calf: calciphylaxis (subcut arterioles calcified in the
media; thrombi; fat necrosis).
Dx: calciphylaxis, proven on biopsy, R posterior mid-calf.
The old abrasion was over the lateral ankle, a separate spot about 12 cm lower down;
the calf lesion did not arise in it.
Exam: ulcer 3.5x3cm, dry eschar, rim purpura less. Lateral ankle scar
flat, no change. Wt 69kg, BMI 24.0.
Plan: sodium thiosulfate during dialysis; foam dressing by home care, no
debridement; pain control; f/u 6 wks.
"""),
]}

F14 = {"patient_id": "F14", "age": 45, "sex": "M", "notes": [
("2024-02-06", "Extra-Mural Program Nursing Visit", """
EXTRA-MURAL PROGRAM - NURSING HOME VISIT, Pointe-aux-Saules
Visit date: 2024-02-06   Nurse: J. Cormier RN
45M, T1DM on insulin pump (set changes q3 days, abdomen), ESRD on CCPD.
1) L lower abdo, previous pump set site: 2 cm red, warm, tender nodule with a
   pustule, small amount of pus on pressure. Pump site moved to R abdomen today.
   Swab sent. FP phoned - cephalexin started.
2) R heel: 2 x 2 cm intact blister, from a hot water bottle he took to bed at his
   feet on 30-Jan (house cold). Blister left intact, foam heel dressing.
Counselled: no hot water bottle against bare skin.
Up and about, out snowshoeing on weekends; no pressure areas.
VS: T 37.6, HR 90. CBG 14.2. Wt 96.5 kg, BMI 30.1.
"""),
("2024-02-20", "PD Clinic Note", """
PD CLINIC - Pointe-aux-Saules Community Hospital
45M on CCPD, T1DM (pump). New problem x ~10 days: both buttocks with hard,
purple, very painful patches, L worse. No fever, no falls.
O: 6x5cm L buttock and 3x3cm R buttock violaceous indurated plaques, netted
edges; L has a central 1cm black eschar.
L abdominal infusion-site abscess resolving on cephalexin. R heel blister drying.
Labs: Ca 2.50, PO4 2.8, PTH 120 pmol/L.
A: ?calciphylaxis of the buttocks.
P: derm for bx; CaCO3 stopped; cinacalcet; consider STS. Extra-Mural
nurse to check the buttocks at each visit; wife shown how to photograph them.
"""),
("2024-03-05", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION - Pointe-aux-Saules Community Hospital
45M on CCPD, T1DM on pump, referred by the PD team.
Punch bx 23/02/2024 L buttock: calciphylaxis - vascular calcification, thrombi,
septal fat necrosis.
Dx: bilateral buttock calciphylaxis (bx-proven).
The abdominal infusion-site abscess (resolved) and the R heel burn from the hot water
bottle (healing) are unrelated and are not calciphylaxis.
Exam: L buttock 6.5x5cm w/ eschar; R buttock 3x3cm purpura, no eschar yet. Heel
re-epithelialized, pink. Abdomen: pump cannula on the R, skin quiet.
BMI 30.3.
Plan: STS IV through the PD unit 3x/wk; soft silicone foam to both buttocks,
changed by Extra-Mural nursing; hydromorphone for pain; avoid prolonged sitting.
Review in 3 wks.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
