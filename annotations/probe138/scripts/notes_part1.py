"""probe138 corpus notes, Q01-Q07 (rheumatology, musculoskeletal medicine and the clinics around them; all invented)."""

Q01 = {"patient_id": "Q01", "age": 58, "sex": "F", "notes": [
("2019-03-12", "Rheumatology Follow-up", """
RHEUMATOLOGY - RETURN VISIT
Harrowgate Arthritis Centre    Attending: T. Okonkwo-Reyes MD

CC: RA hands worse since January

HPI: 58F w/ seropositive erosive RA (RF 212 IU/mL; CCP Ab above 250) dx 2009. ESRD from hypertensive
nephrosclerosis, HD at Millbrook Tues/Thurs/Sat via a L forearm AVF. Parox AF, warfarin
(Coumadin clinic doses it). HCQ stopped 2017 after abnl retinal screen; MTX not an
option with her kidneys. Reports 90 min of AM stiffness, can't open jars, dropped a pot of
soup on the stove last wk.

Exam: BP 148/86  HR 78 irreg  Wt 84.9kg / BMI 33.1
MCP2-3 boggy + tender bilat, L wrist synovitis, ulnar drift both hands.
TJC28 9, SJC28 7, CDAI 31 (high). No rheumatoid nodules. Skin w/o rash.

A/P: active RA, high disease activity.
- Start abatacept 125 mg SC once weekly, no renal adjustment needed.
- Injection teaching w/ RN Pauline. Dose #1 administered here today, R posterior
  upper arm over the triceps. Pt wants that spot kept b/c her husband Denny will give the
  weekly shots
  there ("my stomach is too tender for it").
- CBC/CMP drawn at dialysis. Recheck 8 wks.
"""),
("2019-05-10", "Nephrology HD Rounding Note", """
HD ROUNDS  Millbrook Dialysis  chair 14
Rx: 4h / F180 / BFR 400 / K2 Ca2.5 / EDW 83.5 kg
Pre: BP 156/90  P 82  T 36.8   Post wt 83.7

S: Asks us to look at her arm. "Hot, stabbing" spot behind her R arm, first noticed
about 3 wks ago, now waking her at night. Denny still doing the abatacept shot every Sunday.
No fevers.

O: R posterior upper arm: 5x3.5 cm stellate violaceous plaque, woody induration, central
dusky-black area ~1 cm, exquisitely tendor. L AVF +thrill.
Labs 5/7: iPTH 884, albumin 3.3, phosphorus 7.4 (Ca 9.8); INR 2.6

A/P:
1. Painful indurated retiform plaque R arm; dialysis + Coumadin + phos out of range. Strongly
   suspect calciphylaxis. Called Dr Lindqvist (derm), can see her 5/21.
2. Phos: sevelamer increased (1600 w/ each meal), renal dietitian Tues.
3. PTH: start cinacalcet 30 mg daily.
4. Warfarin: message to cardiology re apixaban.
5. Pain: scheduled acetaminophen; no NSAIDs.
"""),
("2019-05-28", "Dermatology Follow-up", """
DERMATOLOGY - follow-up, biopsy results    A. Lindqvist MD

58 y/o woman on hemodialysis, RA on weekly SC abatacept, warfarin for AF (cardiology moving
her to apixaban this wk). Seen 5/21 for her sore R arm lesion (posterior, upper) present
since mid-April; 4 mm punch taken that day from the indurated rim.

Path (5/21/19): septal and lobular fat necrosis; tiny subcutaneous arterioles ringed by
calcium (von Kossa confirms it), intimal thickening, some with occlusive thrombus.
Diagnosis: calciphylaxis.

Today: plaque now 6x4 cm, retiform purple border, 1.5 cm adherent black eschar. Checked
abdomen, thighs, buttocks, L arm: nothing new.

Pt and husband again point out it is exactly where he has injected the abatacept every week
since she started it in March; no other site has been used. I agree the calciphylaxis arose
at her abatacept injection site.

Plan:
- STS 25 g IV, run into the circuit in hour 4 of each HD
- abatacept on hold; rheum to decide whether to resume into the abdomen
- wound clinic referral; nonadherent dressing; eschar left alone, no sharp debridement
- BMI 32.6 (obese) - nutrition referral, protein goal discussed
"""),
]}

Q02 = {"patient_id": "Q02", "age": 67, "sex": "M", "notes": [
("2017-11-20", "Rheumatology Procedure Note", """
PROCEDURE NOTE - RHEUMATOLOGY
Pt 67 M     DOS 11/20/2017
Procedure: L greater trochanteric (peritrochanteric) corticosteroid injection, landmark guided
Indication: L greater trochanteric pain syndrome x 4 mo; failed 6 PT visits and topical
diclofenac.
Relevant: ESRD on nightly CCPD (cycler); PD catheter exits R lower quadrant. DM2 on insulin
glargine 22 u qhs + lispro per scale; he injects all of it into his abdomen. Not anticoagulated.

Consent obtained after reviewing infection, post-injection flare, skin lightening, fat atrophy
and a few days of high sugars (pt to check BG QID x 3 d).
Time-out done.
Pt positioned R side-lying. Point of maximal tenderness over the L greater trochanter marked,
lateral hip. Chlorhexidine prep x2. 25G 1.5 in needle to bone then withdrawn slightly;
triamcinolone acetonide 40 mg + 3 mL lidocaine 1% fanned through the bursa. Minimal bleeding,
adhesive bandage.
Post: pain 7/10 -> 2/10 at 10 min.
No immediate complications.
Vitals BP 138/74  HR 71   BMI: 28.4
F/u 6 wks or sooner prn. Glute med HEP handout given.
"""),
("2018-01-09", "Peritoneal Dialysis Clinic", """
HOME DIALYSIS CLINIC (PD) - monthly
Nephrology R. Castellanos MD / PD RN Gwen

CCPD 5x2.2 L overnight, icodextrin last fill. Weekly Kt/V 1.9 (Nov). No peritonitis since
2015. Exit site (RLQ) pristine, no crust.

New problem: sore dark patch on his L side at the hip "since around Christmas, a bit worse every
day". Cant lie on the L side, sleeping in the recliner. No fever, no drainage.

Exam: BP 142/80  weight 86.0  BMI: 28.1
Over the L greater trochanter (lateral hip): violaceous indurated plaque 7x5 cm, netlike purple
edge, black central eschar of 2 cm; he flinches at light touch. DP pulses palpable.

Labs: PTH 1,040 / phos 6.9 / corr Ca 10.1 / Alb 2.9. Glycated Hb 8.2%.
Binder calcium carbonate 1250 mg with meals; on calcitriol as well (0.5 daily).

A/P: necrotic, painful L hip plaque; PD, hyperphosphatemia, Ca-based binder -> c/f
calciphylaxis.
- stop calcium carbonate and calcitriol; sevelamer 800 mg TID
- urgent derm for biopsy (booked 1/16)
- switch to lower-calcium PD solution
"""),
("2018-01-16", "Dermatology Consult", """
DERM CONSULT - URGENT    Eastmere Skin Clinic
67M, peritoneal dialysis for ESRD; DM2 requiring insulin. Referred from PD clinic re L hip lesion.

According to him it started as a tender bruise-coloured spot around Christmas Day, then
hardened and went
black in the middle. Took a short prednisone burst in October, finished. No new meds.

Exam: L lateral hip / trochanteric region: 8x6 cm retiform purpuric plaque with a stellate
eschar 2.5x2 cm; a smaller livedoid patch just behind it. Pannus, thighs and buttocks clear.

Procedure: two 6 mm punches taken from the livedoid rim - #1 H&E/von Kossa, #2 tissue culture.
Hemostasis Gelfoam, 4-0 nylon x2 each.

Impression: retiform purpura w/ eschar, L hip. Leading dx calciphylaxis. Ddx: vasculitis,
cholesterol emboli, warfarin necrosis (never on warfarin, so unlikely).
Plan: path in ~1 wk. Wound care referral. Pain: low-dose oxycodone (2.5) up to every 6 h,
renally dosed.
"""),
("2018-01-30", "Wound Care Clinic", """
WOUND CARE CENTRE - initial visit
Dx: L lateral hip calciphylaxis - bx 1/19/18: calcified, thrombosed arterioles deep in
the fat (von Kossa +); tissue cx negative. Onset per pt 12/25/17.

Wound 1  L lat hip: 8.5x6.2x0.3 cm; bed mostly (~70%) black eschar, remainder yellow slough;
periwound purple + indurated, mod serous exudate, no odour. Dressing change hurts 9/10.
Wound 2  biopsy sites: nylon out today, edges approximated.

Tx today: NS cleanse, medical honey to eschar edges, silicone foam bordered dressing. No sharp
debridement - eschar dry and stable.
Since 1/24: sodium thiosulfate 25 g by PIV at the infusion suite Mon/Wed/Fri (he is on PD, so
no HD circuit to use).
Offloading: wedge pillow, avoid lying on the L side.
Nutrition: alb 2.8, protein target 1.3 g/kg/d.
RTC 1 wk.
"""),
]}

Q03 = {"patient_id": "Q03", "age": 71, "sex": "F", "notes": [
("2021-06-08", "Rheumatology Follow-up", """
Rheum f/u    Dr. Vasquez-Brandt

71F with CPPD and primary OA of both knees. ESRD, in-centre HD MWF. Type 2 DM, diet controlled,
A1c 6.4. PAF; apixaban is her anticoagulant (warfarin never used).

Knees: worse on stairs and getting out of the car. No acute pseudogout since the Feb aspirate
(CPP crystals, 2,300 WBC). Night pain mild.
Exam: crepitus both knees, small effusion R>L, no warmth. Varus alignment.
XR 5/2021: tricompartmental OA with meniscal chondrocalcinosis bilat.
Body mass index 36.2 kg/m2.

Plan:
- declines another steroid injection today
- topical diclofenac ok in small amounts
- cold pack to each knee 15-20 min as needed, always with a cloth layer, never fall asleep
  with it on
- colchicine 0.3 mg twice weekly after HD as flare prophylaxis
- PT referral for quad strengthening
RTC 4 months
"""),
("2021-10-19", "Nephrology HD Rounding Note", """
HD ROUNDS - Brookhaven Renal, MWF 2nd shift
Pre BP 130/70, HR 68, afebrile. EDW 97 kg, +2.1 kg.

S: Both knees "burning and raw" on the inner sides, began mid-September. On questioning she
admits that since the summer she has iced both knees every evening with frozen gel packs,
right out of the freezer, and often dozes off in the chair with them strapped on under a towel.

O: Medial aspect of both knees: violaceous firm plaques, retiform margins (R 4x3 cm, L 5x4 cm);
a dry black eschar ~1 cm sits in the centre of the L plaque. Exquisitely tender. Pedal pulses weak.
Labs: PTH 702; P 7.9; cCa 9.6; alb 3.4

A: bilat medial knee retiform plaques, dialysis, phos 7.9 -> ?calciphylaxis vs cold injury.
P: stop the ice packs entirely. Derm referral this week. Sevelamer increased. Low-Ca bath.
Hold calcitriol.
"""),
("2021-11-02", "Dermatology Consult", """
DERMATOLOGY CONSULT
Reason: ?calciphylaxis, both knees.  Referring: HD unit.

71F, HD, diet-controlled DM, BMI 36.2. Plaques on both inner knees since mid-Sept.

Biopsy 10/26 (L medial knee, 5 mm punch at margin): small-vessel calcification within
subcutaneous fat, thrombosed capillaries, von Kossa positive. Vasculitis absent; cryoglobulin
deposits absent.

Exam today: R medial knee 4.5x3 cm plaque, L medial knee 5x4.5 cm plaque with 1.5 cm
eschar. Elsewhere skin is clear.

Impression: calciphylaxis of both medial knees. The distribution matches exactly where she has
been laying frozen gel packs every night since summer; in my view the nightly cold exposure
set the stage for the lesions.

Plan: STS with HD (nephrology ordering). Wound care for the L eschar. Absolutely no ice and no
heating on the legs. Recheck 3 wks.
"""),
]}

Q04 = {"patient_id": "Q04", "age": 46, "sex": "F", "notes": [
("2020-03-10", "Rheumatology Follow-up", """
RHEUMATOLOGY FOLLOW UP
SLE (arthritis, malar rash, +dsDNA) and antiphospholipid syndrome with prior L leg DVT 2016,
warfarin, kept at a higher INR window for APS. Kidneys fine: Cr 0.7, UPCR 0.08, never any nephritis.

New issue: 6 wks of R radial wrist pain, worse lifting her toddler niece and texting.
Exam: BP 118/72, BMI 24.3 (Ht 165 cm, Wt 66.2 kg). Swelling over 1st dorsal compartment R,
Finkelstein strongly +. No synovitis of MCPs or PIPs. No rash, no oral ulcers.
Labs: C3/C4 normal, dsDNA 45 (stable), INR today 2.9.

A/P:
1. R de Quervain tenosynovitis - referral to hand therapy for a custom forearm-based thumb
   spica orthosis, wear full time x 6 wks. If no better, could consider a steroid injection
   into the 1st compartment.
2. SLE quiet - HCQ 300 mg daily continues. Eye exam due.
3. APS - warfarin continues, anticoag clinic following.
RTC 3 months.
"""),
("2020-06-09", "Hand Therapy Re-evaluation", """
HAND THERAPY - RE-EVALUATION    CHT: M. Ferreira OTR/L

Dx: R de Quervain tenosynovitis. Orthosis: custom thermoplastic forearm-based thumb spica,
fabricated in April, pt reports wearing it nearly 24/7 as instructed.

S: Radial wrist pain better (3/10 from 7/10). New c/o a "burning purple spot" dorsally on her R
forearm beneath the proximal strap, first noticed 5/28/20, now 8/10 and not settling when the
splint is off.

O: Dorsal-radial R forearm, distal third, right beneath the proximal strap: 3x2.5 cm
violaceous indurated patch with a dusky centre and netlike border. No drainage. Finkelstein
now mildly +. Grip (Jamar pos 2) R 14 kg / L 22 kg. Wrist AROM WFL.

A: tendon sx improving. Skin finding not typical of strap irritation and pt is on warfarin -
concerning, needs MD eyes.

P: orthosis discontinued today; loose tubular sleeve only. Message sent to Dr. Haugen (rheum)
and derm. Tendon gliding HEP reviewed. Pt verbalized understanding.
"""),
("2020-06-23", "Dermatology Consult", """
DERM CONSULT - Riverside Dermatology

46F with SLE, APS (warfarin). Kidneys normal (Cr 0.8); dialysis never needed. Referred by rheum and
hand therapy for a painful lesion on the R forearm.

Hx: thumb spica splint worn since April for de Quervain; lesion first noticed 5/28 under the
proximal strap.

Exam: 3.5x3 cm R distal dorsal forearm retiform purpuric plaque, central 8 mm black eschar,
firm subcutaneous induration beyond the visible edge.

Path (6/16 punch, R forearm): calcium lines the walls of septal and lobular arterioles in the
fat (von Kossa +); fibrin thrombi; vasculitis not seen.

Impression: non-uremic calciphylaxis, R forearm. It lies exactly under where the proximal splint
strap crossed the forearm. My read: constant strap pressure provoked it at this spot, on a
background of
warfarin, SLE and APS.

Plan: d/w rheum and hematology about leaving warfarin for LMWH (APS - DOACs not advised).
Wound care referral. Splint to stay off. Ca/phos/PTH and vit D ordered.
"""),
]}

Q05 = {"patient_id": "Q05", "age": 49, "sex": "M", "notes": [
("2024-05-28", "Rheumatology New Consult", """
RHEUMATOLOGY NEW PATIENT CONSULT
Referred by nephrology (Dr. Adeyemi) for proximal weakness and high CK.

49M, ESRD from FSGS on CCPD since 2021, no DM, no anticoagulants ever. On atorvastatin 40 mg
since 2022. Three months of trouble climbing stairs and rising from a low chair; arms tire
washing his hair. No rash, no dysphagia, no Raynaud.

Exam: BP 150/92, Wt 102 kg / BMI 31.4. Hip flexors 3+/5, deltoids 4-/5, distal strength
normal. No heliotrope or Gottron papules. Skin intact.
Labs: CK 2,140, aldolase 18, ANA neg, myositis panel sent. Cr 9.8 (on PD).
MRI thighs: symmetric STIR edema in the quadriceps, most in vastus lateralis.

Impression: inflammatory vs statin-associated necrotizing myopathy.
Plan: stop atorvastatin. Gen surg to do an open bx of L vastus lateralis muscle, target site
chosen from MRI. Anti-HMGCR sent. EMG if bx equivocal.
"""),
("2024-06-08", "Procedure Note", """
PROCEDURE NOTE - OPEN MUSCLE BIOPSY
Date of procedure: 08-Jun-2024
Surgeon: K. Ibsen MD (gen surg) / rheumatology present. Pt: 49 M.
Pre-op dx: myopathy, ?immune-mediated necrotizing. Post-op: same.
Anesthesia: local (1% lidocaine 12 mL) + IV midazolam 1 mg.

A 4 cm longitudinal incision was made on the L lateral mid-thigh over the MRI-marked area
of vastus lateralis. Fascia opened sharply; two strips of muscle ~1.5x0.5 cm taken in
clamps for histology, one fresh-frozen piece for enzyme stains and EM. Hemostasis with
bipolar. Closure: fascia with 3-0 Vicryl; running subcuticular 4-0 Monocryl to skin; strips + gauze.
EBL < 10 mL. No complications.
Post: pt ambulated, PD to resume tonight as usual.
Wound care: keep dry 48 h, then shower; check for redness or drainage.
Sutures absorbable. Path to rheum.
"""),
("2024-07-30", "Dermatology Consult", """
DERMATOLOGY CONSULT
49M, ESRD on home PD, recent dx anti-HMGCR necrotizing myopathy (statin stopped, IVIG started
in July). BMI 31.4.

CC: tender hard purple area on his L outer thigh that began around July 4th, now with a black
centre. Walking is harder from pain than from weakness.

Exam: L lateral mid-thigh: 9x5 cm indurated plaque, retiform violaceous margin, central 3 cm
adherent eschar. No similar changes on the R thigh, abdomen or buttocks.

Punch bx here 7/23 (margin): subcutis - small vessels calcified (von Kossa +), fat necrosis
around them; fits calciphylaxis.
Labs 7/22: Ca 9.9, PO4 7.1, PTH 966.

Impression: calciphylaxis, L lateral thigh.
Plan: STS through the infusion centre 3x/wk; binder changed to sevelamer; cinacalcet; wound
care. Pain control w/ palliative team.
"""),
]}

Q06 = {"patient_id": "Q06", "age": 76, "sex": "F", "notes": [
("2022-04-12", "Rheumatology Follow-up", """
Rheumatology - PMR follow up        Clinic 4B

76F with polymyalgia rheumatica dx 9/2021. ESRD (diabetic nephropathy), HD Mon-Wed-Fri. T2DM -
insulin glargine 16 u + aspart with meals. Recurrent LLE DVT: lifelong warfarin.

Shoulder and hip girdle stiffness now ~15 min in the AM. No headache, jaw claudication or
vision change. ESR 22, CRP 6.
Pred 7.5 mg daily since Feb.

Exam: BP 132/66  P 76  BMI=27.0. Full shoulder ROM, no synovitis. Temporal arteries normal.
Skin thin, scattered senile purpura on the forearms; trunk, buttocks and legs intact.

A/P: PMR in remission on low dose.
- taper pred to 6 mg x 6 wks then 5 mg
- Ca/vit D via renal team; DXA due
- BG running higher on pred, titrate per endo
RTC 2 mo.
"""),
("2022-05-31", "Emergency Department Note", """
ED NOTE
CC: fall, R hip/buttock pain

HPI: 76 y/o F on HD and warfarin. Yesterday at a family Memorial Day cookout she missed the edge
of the curb and fell backwards, landing on her R buttock. Able to walk with her cane after. Pain
and swelling increased overnight. Did not hit her head; no loss of consciousness.

Exam: T 36.9  BP 104/58  HR 96  SpO2 97%. 12x10 cm tense, tender hematoma of the R buttock
with spreading ecchymosis onto the posterior thigh. Hip ROM painful but full. NVI distally.

Labs: Hgb 9.8 (baseline 10.2), INR 3.4, K 5.1.
CT pelvis: large R gluteal subcutaneous hematoma, no active extravasation, no fracture.

MDM/Plan: warfarin held tonight, INR recheck at HD tomorrow. Acetaminophen for pain.
Return if enlarging or lightheaded. Home with son.
"""),
("2022-07-05", "Nephrology HD Rounding Note", """
HD ROUNDS   MWF 1st shift
Access: tunneled R IJ catheter while L arm fistula matures. Pre BP 128/62, post 118/60.

S: very painful firm area R upper buttock x 2 wks, can barely sit through a
run, shifting side to side. No fever. Eating less.

O: R upper buttock / gluteal: 6x6 cm indurated plaque with livid retiform border and a 2 cm
central necrotic patch; even light touch hurts. Not fluctuant.
Labs: INR 2.7, PTH 540, phosphorus 6.6, calcium 9.4, alb 3.0

A/P:
- strongly suspect calciphylaxis: HD + warfarin + DM + high phos. Wound/derm to biopsy.
- change sitting cushion in chair, reposition q30 min during run
- binder to lanthanum; dialysate Ca 2.0
- raise warfarin concern with hematology
"""),
("2022-07-19", "Wound Care Clinic", """
WOUND CLINIC
Dx: calciphylaxis, R buttock, proven on 7/8 punch bx (calcium in subcutaneous arteriolar
media, luminal thrombi, von Kossa +).

76F, HD, DM2 on insulin, warfarin now stopped -> apixaban per hematology 7/12.

Wound: R upper buttock 6.5x6 cm, 50% dry black eschar, 50% dusky indurated skin with
livedoid edge; no slough, no odour. Pain 8/10.
Bx site 3 mm, healing.

Tx: cleanse, silicone foam with protective border; offloading air cushion; no sharp
debridement. Sodium thiosulfate started with HD 7/11.
BMI 26.5; alb 3.0 so protein shake BID added.
Next visit 1 wk.
"""),
]}

Q07 = {"patient_id": "Q07", "age": 69, "sex": "F", "notes": [
("2018-10-03", "Sports and Musculoskeletal Medicine", """
SPORTS & MUSCULOSKELETAL MEDICINE - spine/bone health
69F, ESRD from ADPKD; CAPD for 3 years. Not diabetic. Not on anticoagulation.
Class II obesity, BMI 38.7.

HPI: sudden mid-back pain 9/20 while lifting a bag of potting soil. Pain 6/10, worse standing.
No leg weakness or bowel/bladder change.

XR T/L spine 9/26: acute T12 compression fracture ~25% anterior height loss, no retropulsion.
DXA 2017: L-spine T -3.1.

Exam: point tenderness T12. Neuro intact LE. Gait antalgic, no device.

Plan:
- Off-the-shelf rigid LSO with plastic lateral panels fitted today by orthotist (Sam Jovic);
  wear whenever upright, may remove in bed and to shower
- acetaminophen 650 mg q6h prn
- osteoporosis: bisphosphonate not advisable on PD; discussing denosumab w/ nephrology once
  Ca and PTH reviewed
- f/u 6 wks with standing films
"""),
("2018-12-04", "Peritoneal Dialysis Clinic", """
PD CLINIC
CAPD 4 exchanges/day of 2 L, 1.5% x3 and 2.5% x1. Exit site clean. No peritonitis.

S: Painful spot on her L side since Thanksgiving, "it felt like a bruise and then went hard".
Wearing the back brace every day still. Fx pain improving.

O: BP 146/84  wt 101 kg. L flank, hugging the top of the iliac crest: 5x3 cm firm, violaceous
plaque with lacy edge and a small central dark crust. Very tender.
Labs: Ca 10.3  PO4 6.4  PTH 812  Alb 3.1

A: painful violaceous plaque L flank in PD patient on calcium acetate + calcitriol ->
?calciphylaxis.
P: derm punch bx arranged (12/7). Stop calcium acetate, start sevelamer. Stop calcitriol.
Hold off on denosumab. Brace to be reviewed with ortho.
"""),
("2018-12-18", "Wound Care Clinic", """
WOUND CARE - NEW PT
Dx: calciphylaxis L flank, biopsy 12/7/18 (arteriolar calcification in subcutis, von Kossa +,
thrombosis, fat necrosis).

Onset per pt Thanksgiving Day 2018. The rigid LSO has been on every day since fitting on
10/3/18. On exam the lesion sits squarely under the bottom rim of the brace's L lateral plastic
panel; the mark from the panel edge runs straight through the plaque. Tie to brace pressure
is clear.

Wound: L flank 5.5x3.5 cm, 30% eschar, 70% purple indurated skin, no drainage.
Tx: hydrogel to eschar, bordered foam. Brace stopped today; orthotist to try a soft corset
only when upright for longer periods. PD team arranging STS infusions 3x/wk.
Pain 7/10. RTC 1 wk.
"""),
]}

PATIENTS = [Q01, Q02, Q03, Q04, Q05, Q06, Q07]
