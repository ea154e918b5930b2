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
Discussed a belt extender or small pillow - driver to look into it.
Hx: DM2 on insulin (Tresiba 40 u + NovoRapid w/ meals), obesity (BMI 38.9), HTN,
OSA on CPAP. No anticoagulants.
Home support: PSW 1 h/day for bathing. RAI-HC completed: CHESS 1, MAPLe moderate.
Plan: follow up on transport, reassess in 4 wks.
"""),
("2021-07-14", "Home Care Nursing Wound Visit", """
HOME CARE NURSING - NEW WOUND
Client phoned intake re: "a burning bruise" under her belly since Canada Day.
O: R lower abdomen below the pannus fold: 10 x 3 cm band-shaped violaceous plaque,
firm, with a 2 x 1 cm black centre; lacy purple edge. Exquisitely tender to light touch.
L lower abdomen and pannus skin clear. No drainage. T 36.8.
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
The plaque lies exactly along the line where the transport van's lap belt has pressed
across her lower abdomen three times a week since she started HD in Feb 2021; onset
1 July.
Exam: band plaque R lower abdomen 11 x 3.5 cm, eschar 2.5 cm.
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
Compression: class 2 knee-high stocking (20-30 mmHg) to the R leg only, put on each
AM by the PSW since mid-Nov; L leg no stocking (not needed). R calf girth 39 cm,
L 37.5 cm.
Skin both legs intact, no redness under the stocking band, toes warm.
Hx: ESRD (polycystic kidneys), HTN, gout; no diabetes. Wt 102 kg, BMI 31.6.
Teaching: bleeding signs, keep vitamin K intake steady. Stocking off at bedtime.
Client and wife verbalized understanding.
"""),
("2020-03-03", "Outpatient Wound Clinic Note", """
OUTPATIENT WOUND CLINIC - Sandhill Community Hospital
Referral: new painful wound L calf.
S: noticed ~10 days ago as a tender purple patch on the back of the L calf, now open.
Denies any bump or injury to the L leg. Only the R leg has ever had a stocking.
O: L posterior calf: 4 x 3 cm ulcer with adherent black eschar, retiform purpura and
induration 3 cm around; very tender. R leg: stocking on, skin beneath intact, no
lesions. ABI L 1.0, R 1.1.
A: necrotic ulcer L calf - HD pt on warfarin; calciphylaxis has to be considered.
P: 6 mm punch bx today at the lesion edge. Dressing: Aquacel Ag + foam, gauze wrap
without compression. Cc nephrology.
"""),
("2020-03-20", "Dermatology Consult Note", """
DERMATOLOGY - visiting consultant, Sandhill Community Hospital
67M on HD, warfarin for R leg DVT. Bx 03/03/2020 L calf: calcific uraemic
arteriolopathy - medial calcification, thrombi, panniculitis.
Dx: calciphylaxis, L posterior calf.
Exam today: L calf ulcer 4.5 x 3.5 cm, eschar lifting at the edges. R leg (in its
stocking): no lesions.
Plan: stop warfarin, apixaban per nephrology/haem; STS with HD; keep the R stocking
for the DVT; no compression to the L leg until the wound settles.
BMI 31.6. Follow-up here in 4 wks with photos from home care.
"""),
]}

F10 = {"patient_id": "F10", "age": 55, "sex": "F", "notes": [
("2019-12-18", "PD Clinic Note", """
PD CLINIC - Riverbend Community Hospital
55F on CAPD x 2 yrs (4 exchanges/day). Seen early for L thigh pain.
Since early December a very painful hard lump on the outer L thigh, now purple.
Denies knocking it; no injections there (insulin goes into her abdomen only).
Flu vaccine given 22-Oct-2019, R deltoid, no problems.
O: L lateral thigh: 5 x 4 cm indurated violaceous plaque with livedo at the rim, not
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
Lesion now 6 x 5 cm with a 2 cm stellate black eschar, no infection. No other lesions
on abdomen, buttocks or R leg.
Plan: STS, wound care via home care nursing (foam, no debridement for now),
hydromorphone for pain. Keep insulin in the abdomen, nothing into the thighs.
Fall risk discussed for the icy season - ice cleats advised.
Next review 4 wks or sooner if the wound changes.
"""),
("2020-01-21", "Home Care Nursing Wound Visit", """
HOME CARE NURSING - WOUND VISIT
Client slipped on her icy driveway on 14-Jan-2020 going for the mail and landed on her
L side. Large bruise now over the L hip and lateral thigh, all around the known
calciphylaxis wound; the foam dressing had shifted and the eschar edge is oozing a
little blood.
Wound: L lat thigh 6 x 5 cm eschar, not larger, no pus. Bruise ~15 x 10 cm, yellow-green.
Pain 7/10.
VS within normal limits. PD going well, no cloudy bags.
Plan: redressed; watch for haematoma; MD aware; husband bought ice cleats.
"""),
]}

F11 = {"patient_id": "F11", "age": 72, "sex": "F", "notes": [
("2023-05-02", "Home Care Nursing Initial Wound Visit", """
HCCSS HOME CARE NURSING - INITIAL WOUND VISIT
Client: 72 F, HD Tue/Thu/Sat, T2DM on insulin (Humalog Mix25 bid by pen into her
abdomen, rotating around the navel), AF on apixaban (warfarin was discussed by
cardiology in 2021 but never started), obesity BMI 35.2.
Wound: R medial thigh, first noticed ~2 wks ago as a very tender purple spot, now an
open area 3 x 2.5 cm with grey-black base, violaceous net pattern around, firm.
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
Two 5 mm punches from the active edge incl. subcut fat; closed w/ 4-0 nylon;
pressure x 5 min; Mepore. One specimen to path (H&E, von Kossa), one to micro.
Tolerated well. EBL < 2 mL.
Sutures out in 10-14 days by home care.
Clinical impression: ?calciphylaxis vs pyoderma gangrenosum vs vasculitis.
"""),
("2023-05-24", "NSWOC Consult", """
NSWOC CONSULT (home visit)
Path 17/05: calciphylaxis - calcification of small subcutaneous vessels, thrombosis,
fat necrosis; culture light skin flora only.
Wound R medial thigh 4 x 3.5 cm, 60% yellow slough, 40% black eschar, moderate serous.
Conservative sharp debridement of loose slough with scalpel/forceps, minimal bleeding,
client premedicated.
Dressing: Aquacel Ag Extra to base, silicone foam cover, change q3 days and prn.
Periwound protected w/ no-sting barrier film.
If wound enlarges: consider NPWT.
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
PMH: ESRD (lupus nephritis) on HD MWF; mechanical AVR on warfarin (INR today 3.0);
prediabetes (A1c 6.1%, no meds); obesity.
O: T 37.0. L breast lower inner quadrant: 7 x 6 cm indurated violaceous plaque with a
net-like purple margin and a 1.5 cm dusky-black centre. No nipple discharge.
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
Pt again denies any injury to the breast or wearing anything tight.
BMI 34.0.
F/u 2 wks.
"""),
("2018-05-03", "Nephrology HD Rounds", """
NEPHROLOGY - HD ROUNDS, Tamarack Lake satellite unit
49F, calciphylaxis L breast (bx-proven 13/04/2018). Plaque stable 7 x 6 cm, eschar dry,
no infection.
Anticoagulation: cardiology advises continuing warfarin for the mechanical AVR, INR
target 2.0-2.5. Surgery will not debride for now, so no bridging and no enoxaparin
was given.
Counselled: no hot compresses, no underwire bra, no injections anywhere near the
breast.
Labs: Ca 2.35, PO4 2.5, PTH 88 pmol/L. A1c 6.0% - prediabetes, not diabetic.
BMI 33.8.
Plan: STS 25 g IV 3x/wk with HD, cinacalcet, non-calcium binder, pain team.
"""),
]}

F13 = {"patient_id": "F13", "age": 74, "sex": "M", "notes": [
("2021-10-08", "Health Centre Nursing Note", """
KINNEAR CROSSING HEALTH CENTRE - NURSING NOTE
74M. Splitting firewood 06/10/2021 when a log rolled and struck his R ankle over the
lateral malleolus. Abrasion 3 x 2 cm + bruising at the R lateral ankle, no deformity,
weight bearing OK, Ottawa ankle rules negative.
Hx: ESRD on HD in Whitebark (drives in 3x/wk), HTN, not diabetic. No blood thinners.
Tx: cleansed NS, Polymem, roll gauze.
VS: BP 146/80, HR 72, T 36.4. Wt 70 kg, BMI 24.3.
Plan: redress q2-3 days here at the centre or by home care; return if red streaks,
fever or increasing pain.
"""),
("2021-11-23", "Nephrology Note, Dialysis Unit", """
WHITEBARK DIALYSIS UNIT - NEPHROLOGY NOTE
74M on HD via R IJ permcath, c/o a painful lump on the back of the R calf x ~2 weeks,
now open.
The ankle abrasion from October: healed, pink scar.
O: R posterior mid-calf, ~12 cm above the lateral malleolus: 3 x 2.5 cm ulcer w/ black
eschar and surrounding retiform purpura; firm, very tender. Rest of both legs clear.
Labs: Ca 2.55, PO4 2.7, PTH 150 pmol/L, alb 30.
A: ?calciphylaxis.
P: bx with the visiting derm next week; switch CaCO3 to sevelamer; start cinacalcet;
dressing via home care.
"""),
("2021-12-09", "Dermatology Consult", """
DERMATOLOGY - visiting consultant, Whitebark
74M, HD, not diabetic, no anticoagulant.
Punch bx 01/12/2021 R posterior calf: calciphylaxis (medial calcification of
subcutaneous arterioles, thrombi, fat necrosis).
Dx: biopsy-proven calciphylaxis, R posterior mid-calf.
The old abrasion was over the lateral ankle, a separate spot about 12 cm lower down;
the calf lesion did not arise in it.
Exam: ulcer 3.5 x 3 cm, eschar dry. Wt 69 kg, BMI 24.0.
Plan: STS with HD, wound care via home care (foam, no debridement), pain control,
f/u 6 wks.
"""),
]}

F14 = {"patient_id": "F14", "age": 45, "sex": "M", "notes": [
("2024-02-06", "Extra-Mural Program Nursing Visit", """
EXTRA-MURAL PROGRAM - NURSING HOME VISIT, Pointe-aux-Saules
45M, T1DM on insulin pump (set changes q3 days, abdomen), ESRD on CCPD.
1) L lower abdomen at an old infusion-set site: 2 cm red, warm, tender nodule with a
   pustule, small amount of pus on pressure. Pump site moved to R abdomen today.
   Swab sent. FP phoned - cephalexin started.
2) R heel: 2 x 2 cm intact blister, from sleeping with a hot water bottle at his
   feet on 30-Jan (house cold). Blister left intact, foam heel dressing.
Counselled: no hot water bottle against bare skin.
Up and about, working from home at a desk; no pressure areas.
VS: T 37.6, HR 90. CBG 14.2. Wt 96.5 kg, BMI 30.1.
"""),
("2024-02-20", "PD Clinic Note", """
PD CLINIC - Pointe-aux-Saules Community Hospital
45M on CCPD, T1DM (pump). New problem: very painful purple hard areas on both
buttocks x ~10 days, L worse. No fever, no falls.
O: L buttock 6 x 5 cm and R buttock 3 x 3 cm violaceous indurated plaques, netted
edges, L with 1 cm central black eschar.
L abdominal infusion-site abscess resolving on cephalexin. R heel blister drying.
Labs: Ca 2.50, PO4 2.8, PTH 120 pmol/L.
A: ?calciphylaxis of the buttocks.
P: derm bx, stop calcium carbonate, cinacalcet, consider STS.
"""),
("2024-03-05", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION - Pointe-aux-Saules Community Hospital
45M PD, T1DM on pump.
Punch bx 23/02/2024 L buttock: calciphylaxis - vascular calcification, thrombi.
Dx: biopsy-proven calciphylaxis of both buttocks.
The abdominal infusion-site abscess (resolved) and the R heel burn from the hot water
bottle (healing) are unrelated and are not calciphylaxis.
Exam: L buttock 6.5 x 5 cm with eschar, R buttock 3 x 3 cm purpura.
BMI 30.3.
Plan: STS IV via PD unit, wound care, pain; avoid prolonged sitting.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
