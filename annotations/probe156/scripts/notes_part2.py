"""probe156 corpus notes, F08-F14 (night-float cross-cover, rapid-response and sign-out notes,
plus the clinics around them; every patient, place and sentence invented)."""

F08 = {"patient_id": "F08", "age": 63, "sex": "F", "notes": [
("2025-03-03", "Surgery Night Float Post-op Check", """
GEN SURG NIGHT FLOAT -- POST-OP CHECK   3/3/25  2215   SICU step-down 9

63F, POD 0 s/p exploratory laparotomy, lysis of adhesions, small bowel resection w/ primary
anastomosis for closed-loop SBO (Dr. Achterberg, closed 1745).
PMH: ESRD (dialyzed this AM pre-op; Mon/Wed/Fri schedule, L upper arm fistula); DM2 on
no meds, A1c 6.4 in Jan; HTN; severe obesity w/ BMI 44.1. Home meds: no blood thinners.

S: pain 6/10 w/ the dilaudid PCA; nausea better; no flatus yet (expected).
O: T37.5  HR98  BP142/80  RR16  SpO2 95% 3L NC
Abd obese, appropriately tender, lower midline incision w/ staples under a dry dressing, no
strike-through. NGT 150mL bilious. Foley 10mL/h (near-anuric at baseline).
K 4.9  Hgb 10.2  BG 168

A/P: POD0, doing ok.
- NPO, NGT to LIWS, PCA, IS 10x/h awake
- DVT prophylaxis: SQ heparin 5000 q8 to begin 0600 POD1, abdominal wall, rotate sites
- renal aware; HD Wed, no K in fluids
- OOB to chair in AM, Foley out POD1
"""),
("2025-03-10", "I-PASS Handoff", """
I-PASS  Gen Surg, night float <- day chief   3/10/25  1900

I: STABLE (d/c likely tmrw)
P: 63F ESRD HD MWF, DM2 diet, obesity, POD7 s/p ex-lap/SBR 3/3 for closed-loop SBO.
   Soft diet, +BM x2, pain on PO oxycodone. Midline wound clean, staples in, scant serous
   fluid at the inferior end, no redness. Heparin 5000 SC q8h into the abdomen since 3/4
   (POD1), RN rotating spots around the lower belly.
A: - HD done today, next Wed
   - staple removal surgery clinic 3/17
   - d/c home w/ VNA if walking 150 ft + tolerating diet
   - stop heparin at discharge
S: if T > 38.5 or wound erythema -> open inferior 2 cm, swab, call chief
   if K > 6.0 overnight -> temporize, renal fellow pager 2286
S: night float read back: stable, d/c tmrw, fever plan.
"""),
("2025-03-30", "Surgery Night Float Admission Note", """
GEN SURG NIGHT ADMIT NOTE   3/30/25  0140
Readmit, POD 27. ED called: "?wound infection after ex-lap"

HPI: 63F discharged 3/11 after ex-lap/SBR. Staples removed 3/17, wound healing. Since
Friday 3/28 she has burning pain across her lower belly; purple-black patches came up along
and beside the scar and over the pannus where the heparin shots were given in hospital. No
fever. Eating, BM yesterday. HD Fri as usual.

O: T37.2  HR96  BP150/88  RR18  SpO2 96% RA
Abd: pannus w/ multiple 2-5 cm violaceous stellate retiform plaques, several w/ black
centers; some abut the healed midline incision, others are scattered over the lower pannus.
Exquisite TTP. No crepitus, no fluctuance, incision closed.
CT A/P (ED): no fascial gas, no collection; dense calcification of small abdominal wall
arteries. CK 80; lactate 1.2; WBC 10.1; Ca 9.9 w/ PO4 7.4

A/P: necrotic abdominal wall plaques after laparotomy in an HD pt. Nec fasc unlikely
(well-appearing, no gas, nl CK/lactate) -> suspect calciphylaxis.
- derm punch bx in AM, renal c/s, no OR tonight
- APAP + low-dose hydromorphone prn; no heparin SC, SCDs only
"""),
("2025-04-02", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT   04/02/2025

Reason: abdominal wall necrosis after laparotomy, ?calciphylaxis.
Path (3/31, two 4 mm punches from plaque edges): calcification and microthrombi of small
subcutaneous arterioles w/ fat necrosis, VK stain +. No vasculitis; tissue cx neg.
DIAGNOSIS: calciphylaxis.

Distribution: the plaques follow the laparotomy scar and cluster at the old heparin injection
sites of the lower abdominal pannus, i.e. the skin injured in the 3/3 surgery and the SC
doses that began on 3/4. Thighs, buttocks, breasts and legs are spared.
Pt reports onset 3/28/2025.

Recs:
1. IV sodium thiosulfate w/ each HD per nephrology
2. non-calcium phosphate binder; hold any vitamin D analog
3. no more SQ shots into the belly wall
4. nonadherent dressing + ABD pad, abdominal wound care RN; no sharp debridement
   unless infected
5. palliative care for pain, we will see twice weekly
"""),
]}

F09 = {"patient_id": "F09", "age": 60, "sex": "M", "notes": [
("2017-05-16", "Hemodialysis Rounding Note", """
IN-CENTER HD ROUNDS   5/16/17   Chair 11, 2nd shift   Lakeside Dialysis

60M, DM nephropathy -> ESRD; HD Tu/Th/Sa 4 h, L forearm fistula. DM2 (NPH bid), HTN, obesity.

S: R calf keeps cramping in the final ~45 min of most runs since early April.
The tech puts a microwaved gel warm pack on the R calf when it cramps, he says it helps.
L leg never cramps. Sleeping ok, appetite fair.
O: pre BP168/86, post 122/70. Pre wt 104.6kg, post 101.9 (EDW 101.5). BMI 31.2.
AVF good thrill, cannulation ok. Trace pedal edema, R calf skin intact.
Labs 5/9: spKt/V 1.41; K 5.2; Hgb 10.4; albumin 3.6; Ca 9.5, PO4 6.8, PTH 530

A/P:
1. Cramps: raise EDW to 102.0kg, cap UF rate at 10mL/kg/h, stop Na profiling trial
2. warm pack to R calf prn cramps per unit protocol; vit E 400 qHS trial
3. PO4 6.8 -> binder adherence discussed, RD to see
4. DM: A1c 7.9, NPH unchanged, BG log reviewed
"""),
("2017-07-08", "Night Float Cross-Cover Note", """
NF CROSS-COVER   07/08/2017  0050   Medicine 3E

Paged by RN Jolene: pt requesting more pain med for L leg.
60M dialysis pt (TTS), insulin-using DM2, obesity; sent in this afternoon by his HD unit w/ a
painful L calf lesion + inability to bear weight; day team ddx cellulitis vs ?calciphylaxis.

S: pain L calf 9/10, constant burning, started late June as a "purple blotch". No knocks or
cuts to that leg he can think of, no bug bite, no heat on that leg.
O: T37.3  HR90  BP156/84  SpO2 97% RA
L posterior calf: 6x5 cm violaceous firm plaque with livedoid rim, black necrotic center
about 2cm, very tender, dry. Other leg normal. Pedal pulses dopplerable.
BMP: K 4.6, Ca 9.8 (PO4 7.3). CBC: WBC 9.1.

A/P: necrotic L calf plaque in HD pt, suspicious for calciphylaxis rather than cellulitis.
- hydromorphone 0.5mg PO q4h prn -> gave 1mg PO now
- leg elevated on pillows, heel floated
- derm c/s placed for bx; keep vanc until derm sees (day team started)
- no further issues, will sign out to AM team
"""),
("2017-07-11", "Dermatology Consult", """
DERMATOLOGY CONSULT   7/11/17

60M on HD w/ painful L posterior calf plaque since late June 2017.
Punch bx 7/9 (our service, L calf edge): calcified arterioles of the subcutis, fibrin
thrombi, VK +. Findings of calciphylaxis.

Exposure hx: the only local skin exposure is the warm pack the HD unit has put on his
cramping R calf since April; it has never been put on the L leg, and the R calf skin is
normal today. No injections, falls or scratches on the L leg. Insulin only in the abdomen.

Exam: L posterior calf 6.5x5 cm eschar-centered retiform plaque. R calf, thighs and
abdomen: no lesions. BMI 30.6.

Assessment: biopsy-proven calciphylaxis, L posterior calf; not at a site of prior trauma.
Recs:
- STS w/ HD (renal), sevelamer, cinacalcet
- stop warm packs on either leg at HD
- wound: calcium alginate + foam, wound clinic f/u
"""),
]}

F10 = {"patient_id": "F10", "age": 72, "sex": "F", "notes": [
("2021-06-10", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC   6/10/21

72F, polycystic kidneys -> ESRD, dialyzing at Fernhill unit Mon/Wed/Fri since 2017 (R
brachial fistula), HTN, hypothyroid, gout.
Not diabetic. No anticoagulants.

Today: a new sore purplish patch inside the L thigh, noticed 6/2/21 when dressing. Pain 7/10,
burning, worst overnight. No fever; she recalls no blow to the leg, no heat/ice, no
injections there. HD unit notes PO4 7-8 for 3 months, pt admits skipping binder at lunch.
Vitals: BP144/76  wt 78.0kg  BMI 29.9 (overweight)
Exam: L medial thigh 4x3 cm indurated violaceous patch w/ livedoid border, tender, no
ulceration yet. No other lesions.
Labs: Hgb 11.0, Alb 3.5; Ca 10.1 / PO4 7.6; iPTH 780

A/P: painful livedoid L medial thigh patch -- concerning for early calciphylaxis.
1. urgent derm for punch bx (booked 6/14)
2. off calcium carbonate + calcitriol; sevelamer 1600 TID
3. cinacalcet 30mg daily
4. if bx positive, start STS at HD
"""),
("2021-06-18", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC NOTE   06/18/2021

F/u of punch biopsy done 6/14 on the L medial thigh.
Path: calcified media of tiny subcutaneous arterioles, intraluminal thrombi, VK stain
positive. c/w calciphylaxis.

72F on HD. Onset 6/2/2021. Pain 8/10. The patch has darkened, now w/ a 1.5 cm superficial
ulcer in its center. Bx site healing.
Exam: retiform plaque 5x4 cm, L medial thigh, ulcerated centrally, fibrinous base. R thigh,
abdomen, buttocks clear.

Dx: calciphylaxis, L medial thigh.
Plan:
- discussed dx, prognosis and team approach with pt + son
- STS 25g at HD 3x/wk, renal aware
- wound: hydrogel, bordered foam, change q2d by HD RN + home
- analgesia: acetaminophen 1g TID, tramadol 50 q12h prn
- RTC 3 wks
"""),
("2021-07-15", "Night Float Event Note", """
NIGHT FLOAT EVENT NOTE -- FALL    7/15/21  0225   Med 6N

72F on HD (MWF) w/ bx-confirmed calciphylaxis, L inner thigh (onset early June), in
since 7/13 for uncontrolled ulcer pain and STS titration.

Event: RN heard pt call out; she had slid off the bedside commode and sat down on the floor,
her L inner thigh catching the commode armrest on the way. No LOC, no head strike.
O: BP138/70, HR84, sat 97% RA, BG 102, A&Ox3
New 6x4 cm ecchymosis L medial thigh just below the known ulcer; ulcer itself unchanged in
size, dressing intact, no bleeding. No new lesions anywhere. Hips, knees full ROM, no pain.
BMI 29.9 on admit.

A/P: low-energy fall w/ L thigh contusion next to a known calciphylaxis ulcer.
- XR L femur not indicated (bears weight, no bony tenderness) -> will obtain if pain
- bed alarm on, commode w/ padded arms, assist for toileting
- mark bruise edges; wound RN to re-look AM
- day team to update son
"""),
]}

F11 = {"patient_id": "F11", "age": 56, "sex": "M", "notes": [
("2020-09-08", "Wound Care Clinic Note", """
OUTPATIENT WOUND CENTER -- NEW PT   9/8/20

56M, ESRD: PD 2016-2019 (peritonitis x3, membrane failure) -> HD MWF since 9/2019 via R
forearm AVF. Hx unprovoked PE 2018 -> warfarin, goal INR 2-3. HTN. Not diabetic.

Wound hx: L lateral calf ulcer since mid-August 2020; first a tender violet patch, later
opened. No injury there that he remembers. Pain 8/10 -- more than the wound would explain.
Exam: L lateral calf, mid-third: ulcer 3.2x2.6x0.2 cm; black eschar adherent over ~70%,
pale granulation over the remainder, violaceous netlike rim 2 cm wide, scant serous drainage.
ABI L
noncompressible; toe pressure 62 mmHg. R leg: no wounds.
Vitals: BP150/86, BMI 27.4 (wt 84kg)

Assessment: painful necrotic ulcer w/ retiform rim, dialysis + warfarin -- need to r/o
calciphylaxis; ddx warfarin necrosis (late), arterial ulcer (toe pressure ok), PG.
Plan: derm for biopsy this wk (direct admit if pain uncontrolled), no debridement until
biopsied, calcium alginate + foam, message to nephrologist Dr. Esterházy.
"""),
("2020-09-15", "Night Float Cross-Cover Note", """
NIGHT FLOAT X-COVER   9/15/20  2310

Paged: "bleeding from leg biopsy"
56M HD MWF, hx PE (warfarin held 9/13, INR 2.6 today), admitted 9/14 for pain control +
expedited workup of L lateral calf ulcer. Derm took 2 punches from the ulcer edge at ~1600.

O: BP146/84  HR88  Hgb 10.8 (11.1)
L lateral calf: gauze soaked, slow ooze from the lower punch site, no arterial pumping.
Ulcer unchanged otherwise.

Done: held firm pressure 15 min, then Surgicel + pressure dressing, leg elevated; oozing
stopped at 2340. No other bleeding, no hematoma.

A/P: post-punch oozing on warfarin effect, controlled.
- recheck dressing 0200 and 0600
- hold warfarin tonight (already held), no reversal needed
- if re-bleeds -> silver nitrate + derm on call
- Hgb in AM
"""),
("2020-09-22", "Dermatology Progress Note", """
DERMATOLOGY PROGRESS NOTE   9/22/20

Path (9/15 punch x2, L lateral calf): calcium and thrombus in arterioles of the fat,
VK +. DIAGNOSIS: CALCIPHYLAXIS.

Yesterday (9/21) at the bedside I sharply debrided the lifting eschar off the L lateral calf ulcer
w/ curette + forceps under topical lidocaine; minimal bleeding. Today 3.4x2.8 cm, base 60%
granulation, rim still violaceous but softer.

Discussed warfarin w/ primary + heme: warfarin stopped permanently, apixaban 5mg bid
begun 9/20.

Plan:
- STS 25g at every HD session, renal following
- calcium alginate + foam, changes MWF at HD and Tue/Thu/Sat at home by wife
- repeat selective debridement in wound center prn
- hyperbaric O2 referral to be discussed if stalls
- d/c home tmrw if oral analgesics hold
"""),
]}

F12 = {"patient_id": "F12", "age": 49, "sex": "F", "notes": [
("2016-02-05", "ED Provider Note", """
ED NOTE   2/5/2016  1930

CC: sores on both shins, pain
HPI: 49F, ESRD from reflux nephropathy, HD T/Th/Sat (L upper arm graft), HTN, obesity,
"borderline sugar" (A1c 6.1, no meds). ~1 wk of painful dark sores on both shins, now opening.
Specifically denies any trauma, falls, bumping the legs, insect bites, scratching, heating pads
or hot baths, and no shots or injections in the legs. No new meds. No fever.

Exam: T37.0 HR88 BP170/94 SpO2 99%, BMI 36.0
R shin: 3x2 cm ulcer w/ black eschar on a violaceous retiform base
L shin: two 1-2 cm similar ulcers, livedo racemosa across the anterior L leg
Pulses 2+ DP bilat. No edema.
Labs: Ca 10.3  PO4 8.4  PTH 1480  WBC 7.2  ANA pending  cryo pending

MDM: painful necrotic shin ulcers in HD pt w/ marked CKD-MBD derangement -> calciphylaxis
most likely; vasculitis, cryoglobulinemia less likely. Admit medicine.
"""),
("2016-02-06", "Night Float Cross-Cover Note", """
NF X-COVER  02/06/16  0210

RN q: SCD order from ED -- apply or not? Also wants VTE ppx clarified.
49F HD TTS, adm for painful shin ulcers, presumed calciphylaxis.

Reviewed: SCDs have NOT been applied and should not be, given open shin wounds -> order d/c'd.
Prophylaxis: SQ heparin 5000 q12h, to be given in the abdomen only, never in the legs (order
comment added). Pt agrees.
Pain: 8/10, oxycodone 5 given 2300 w/ partial relief -> added gabapentin 100mg qHS (post HD).
O: T36.8 HR82 BP158/88, sleeping between checks, dressings dry.

A/P: - SCDs off the order set
     - heparin SC abd only
     - if bleeding or new lesions -> call
     - derm to see today
"""),
("2016-02-08", "Dermatology Consult", """
DERMATOLOGY CONSULT   2/8/16

49F on HD w/ 10 days of painful shin ulcers.
Exam: R anterior shin 3.5x2 cm eschar; L anterior shin w/ a pair of eschars (1.5 cm, 2 cm), broad
livedo racemosa around them; both surrounded by indurated violaceous skin. Thighs, abdomen
and buttocks spared.
Trauma, heat, injections to the legs all denied by pt (reconfirmed today).
ANA neg, cryoglobulins neg, C3/C4 nl, ANCA neg.

Assessment: clinical diagnosis of calciphylaxis, bilateral shins. Biopsy deferred: shin
wounds in HD pts heal poorly and the picture is classic; we will biopsy if the course is
atypical or if lesions fail to respond.

Recs:
- STS w/ HD, non-calcium binder, cinacalcet (renal)
- avoid heat, pressure or bumps to the legs; pad the bed rails; no compression
- if heparin needed, keep injections in the abdomen
- Xeroform + gauze daily
- f/u derm clinic 2 wks after d/c
"""),
]}

F13 = {"patient_id": "F13", "age": 52, "sex": "M", "notes": [
("2026-01-14", "Primary Care Visit", """
PRIMARY CARE -- FOLLOW-UP   1/14/26   Dr. Nakagawa-Ruiz

52M, ESRD, dialysis Mon/Wed/Fri by R IJ permcath while his fistula matures, DM2 x 15 y on
glargine 30u +
lispro scale, HTN, OSA on CPAP, obesity.

Diabetes: BG 140-260. Every dose goes into his L lower abdomen, off to the side of the navel,
since he started insulin in 2019 -- "it's the easiest spot with my right hand." Reviewed site
rotation within that zone; no lipohypertrophy on exam.
Foot check: monofilament intact, no ulcers.
Vitals: BP146/88  wt 98.7kg  ht 181.4 cm  BMI=30.0
Skin: no rashes, no lesions on abdomen, flanks, legs.
Labs: A1c 8.1, K 5.3, PO4 6.2 (HD unit)

A/P:
1. DM2: glargine 30 -> 34u, CGM ordered
2. ESRD: per nephro; AVF check at vascular 2/9
3. obesity: RD referral
4. vaccines: flu given today in L deltoid
RTC 3 mo
"""),
("2026-02-03", "Night Float Cross-Cover Note", """
NIGHT FLOAT CROSS-COVER   2/3/26  0030   Medicine, 9 West

Paged for severe L side pain. 52M on HD (MWF), DM2 using insulin, obesity, adm 2/2 w/ K 6.9
after a missed Fri run (cath malfunction, now tPA'd and working).

S: "burning, like a cigarette" on the L side, a little over the hip bone, x ~5 days, worse
tonight 9/10.
O: T37.1  HR92  BP150/90  RR18  SpO2 96% RA
L flank, superior to the iliac crest and just behind the midaxillary line: 5x4 cm indurated
livedoid plaque with dusky violaceous center, exquisitely tender. Abdomen: injection area in
the L lower quadrant looks normal, no nodules or bruising.
post-HD K 5.0; Ca 9.7; PO4 7.9.

A/P: painful retiform L flank plaque -- ?calciphylaxis, ddx zoster (no vesicles),
panniculitis.
- APAP + oxycodone 5 q4 prn
- derm consult AM for bx
- watcher overnight
"""),
("2026-02-06", "Dermatology Consult", """
DERM CONSULT NOTE   02/06/2026

Punch bx (2/4) of the L flank plaque: calcified, thrombosed little arterioles in
subcutaneous fat; VK +. Consistent with calciphylaxis.

52M on HD with insulin-treated DM and obesity.
Exam: L flank, posterolateral, above the iliac crest: 6x4.5 cm retiform plaque, eschar of
1cm in the middle. Abdomen, thighs, buttocks: clear.

Is this at a trauma site? No. His insulin goes only into the L lower abdomen, a hand's breadth
anterior and medial to the plaque, and that skin is clear. He denies belts, bumps, heat or any
injection in the flank.

Dx: calciphylaxis, L flank (not at an injection site).
Recs: STS at dialysis; calcium binder out, sevelamer in; cinacalcet; wound care hydrocolloid;
continue insulin in the usual abdominal area; pain per primary.
"""),
]}

F14 = {"patient_id": "F14", "age": 80, "sex": "F", "notes": [
("2024-10-19", "Rapid Response Team Note", """
RRT NOTE   10/19/24  0415   Tele 2, bed 8

Called for new confusion + SBP 82.
80F ESRD on CAPD (4 exchanges), AF on warfarin (held since adm 10/16, INR 4.2), DM2 on
glipizide, HTN. Admitted w/ AF w/ RVR, now rate controlled. On heparin 5000 SC q8h since
10/16 (abd).

On arrival: drowsy, oriented to self. BP82/50 -> 96/58 after 250mL LR. HR98 irregular.
T36.4. SpO2 95% RA. BG 58 -> D50 half amp -> 131, mentation back to baseline by 0440.
Skin: several flat purple-black bruises across the abdomen at heparin injection spots; tense
1.5 cm blister on the R heel; bilateral inner thighs w/ indurated purple netlike plaques, RN
first noticed 10/18, very tender.

Assessment: hypoglycemia (glipizide + poor intake) w/ relative hypotension; plaques on inner
thighs need derm eval (?calciphylaxis).
Plan: stop glipizide, BG q2h overnight, D10 if <70; hold metoprolol dose; PD effluent cx
(slightly cloudy); derm consult AM. Stays on tele.
"""),
("2024-10-22", "Dermatology Consult", """
DERMATOLOGY CONSULT   10/22/24

80F on CAPD w/ tender inner thigh plaques.
Punch 10/20 (L medial thigh): subcutaneous small-vessel calcification, thrombi, VK +.
Dx: CALCIPHYLAXIS of both medial thighs.

Other skin findings, which are NOT calciphylaxis:
- abdomen: flat, nontender, non-retiform ecchymoses at the heparin injection sites --
  injection bruises from SC heparin while INR was high, will fade
- R heel: intact serous blister on a purple base from lying with heels on the mattress --
  pressure injury (deep tissue vs stage 2), wound team to manage
Thighs: by hx nothing injected, heated, pressed on or injured there.

Exam: L medial thigh 8x5 cm, R medial thigh 6x4 cm indurated retiform purpuric plaques,
early eschar on the L. BMI 24.8.

Recs: STS per renal (CAPD), stop warfarin for good (cards ok w/ no anticoagulation at
CHA2DS2-VASc 5? -> cards to decide), gentle dressings, offload heels.
"""),
("2024-10-25", "Wound Care Consult", """
WOUND/OSTOMY NURSE CONSULT   10/25/24

1. R heel: 2x2 cm deflated blister on maroon base = deep tissue pressure injury, from
   immobility in bed. Heel floated on pillows, offloading boot R, turning q2h, silicone
   border foam. Not related to the thigh wounds per derm.
2. Bilateral medial thighs (calciphylaxis, bx proven): L 8x5 cm w/ 2 cm black eschar, R
   6x4 cm purple induration, no open areas. Petrolatum gauze + ABD, held on w/ tubular
   net dressing; adhesive never touches skin. Low air loss mattress ordered.
3. Abdomen: heparin injection bruises fading yellow-green, no tx.
Pt and daughter taught. Will see 2x/wk while inpatient.
Braden 13.
Warfarin off; heparin SC stopped 10/23 per primary.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
