"""probe246 corpus notes, Z01-Z07 (inpatient rehabilitation facility and the clinics around it; all invented)."""

Z01 = {"patient_id": "Z01", "age": 67, "sex": "F", "notes": [
("2023-06-13", "IRF Admission H&P - PM&R", """
PM&R ADMISSION H&P -- Larkspur Ridge Rehabilitation Hospital, Unit 2W
Date of admit: 2023-06-12

Reason for IRF: L hemiparesis after R MCA ischemic CVA 6/5/23.
HPI: 67 y/o R-handed woman transferred from Corliss Valley Med Ctr. Mod-max A for ADLs,
L UE flaccid, L LE trace hip flexion.
PMH: ESKD, HD thrice weekly M/W/F; her left arm carries the
brachiocephalic fistula: no cuff, no needles; T2DM for ~20 yrs, insulin-requiring; HTN; OSA. Warfarin 2011 through
2015 for a provoked DVT, discontinued once she bled from a duodenal ulcer; nothing since.
Meds: glargine 12 u qHS, lispro correction AC, sevelamer, ASA 81, atorvastatin.
Pt firmly asked that her shots NOT go in her stomach. Her first glargine dose went into
the R posterolateral arm last evening (6/12) and RN will keep using that R arm spot.
Exam: ht 5'4", wt 87.5 kg, BMI 33.1 (obese). Skin intact.
Plan: 3 hrs therapy daily (PT, OT, SLP) x 5 days, split around HD,
ELOS 18 d, night-time resting splint for the L hand.
"""),
("2023-07-03", "OT Treatment Note", """
OT Tx Note   2W   07/03/23   60 min (ADL retraining 45 / ther activity 15)
S: "Go easy on my right arm -- sore since Friday."
O: UB dressing sitting EOB: threaded L arm first w/ cues, min A. Pt guarding R arm
when pulling the sleeve of the pullover. Looked at it together with RN Okafor:
R upper arm posteriorly, mid triceps, firm violaceous plaque abt 3x4cm, dusky darker
center, exquisitely TTP. RN states that is the spot where the glargine and lispro have
gone in all stay. No drainage, not warm.
LB dressing mod A (pants over L foot). Toilet xfer w/ grab bar CGA.
Section GG self-care 14 -> 19.
A: progressing, but the new painful R arm lesion limits push-ups w/ the sound arm.
P: MD paged re plaque; hold resistive ex to R UE; cont L UE NMES + mirror therapy.
"""),
("2023-07-11", "Dermatology Consult", """
DERMATOLOGY CONSULT (inpatient rehab)
Requested by Dr. Vasquez-Hale, PM&R, re: tender R arm plaque.
67F, hemodialysis-dependent, insulin-treated diabetic, recent stroke. Lesion first noticed
by the pt 6/30/23.
Exam: posterior R upper arm -- 4.5x5cm plaque of retiform purpura, eschar (black) centrally,
livedo in a ring; several smaller indurated nodules close by at her insulin injection
sites. Trunk and legs: no other skin lesions.
Path (punch bx 7/5, R posterior arm): von Kossa stain outlines calcium deposited
in subcutaneous arteriolar media; intraluminal thrombus; necrotic fat lobules.
Impression: calciphylaxis. Site = R posterior upper arm; it came up in the patch of skin
her insulin needles have used.
Rec: STS 25 grams IV as each dialysis session finishes; R arm off limits for
injections from now on (nursing to rotate to thighs); alginate under silicone foam, avoid
adhesive tape; analgesia per primary; nephrology to tighten phosphorus.
"""),
]}

Z02 = {"patient_id": "Z02", "age": 72, "sex": "M", "notes": [
("2019-11-04", "OT Daily Note", """
OT DAILY NOTE -- Kestrel Bay Rehab Institute, 4 East
11/4/2019   tx 75 min

Dx: R thalamic ICH 10/20/19 w/ L hemiparesis; hemiplegic shoulder pain L.
S: rates L shoulder 7/10 at rest, worse reaching. "It aches up into my neck."
O: MHP applied L shoulder (front and outer side), 6 layers toweling, 15 min, seated
in w/c, before PROM -- first session today, added to POC by Dr. Ferreira.
Skin before/after: mild pink, blanching, gone by end of tx.
PROM L shoulder flex 0-95, ER 0-20, pain at end range. Scapular mobs gr II.
Resting hand orthosis L checked -- fits, no reddened areas over L hand or wrist.
Per chart: ht 1.69 m, wt 81.1 kg, BMI 28.4. Nightly CCPD set up by RN. No DM (A1c 5.4).
A: tolerates heat well; PROM gains limited by pain.
P: hot pack before ROM every session, arm trough on w/c, positioning education.
"""),
("2019-12-10", "Nephrology Progress Note (PD)", """
NEPHROLOGY -- PD follow-up, inpatient rehab
Dec 10 2019

72M; kidney failure (IgA) managed with CCPD since 2016; in rehab after his ICH.
He and his OT describe a sore dark area over the lateral L shoulder, first seen
~2 weeks ago and growing. Exam: L lateral shoulder, indurated violaceous plaque 3cm across,
small central black eschar, livedoid rim. This is exactly where OT has put the moist hot
pack before his ROM every day since early November.
Wt 79.0 kg.
Labs: PTH 812 and phosphate 7.1 despite calcium acetate; serum calcium 9.8 mg/dL.
A/P: concern for calciphylaxis. Calcium acetate -> sevelamer. Derm for biopsy.
Hold all heat to the L shoulder. PD prescription up to 5 cycles.
"""),
("2019-12-17", "Dermatology Consult", """
Dermatology -- inpatient consult, Kestrel Bay
17-Dec-2019

Reason: L shoulder plaque in a PD patient.
Hx: lesion since 11/26 per pt, began as a sore purple spot, now crusted centrally.
Daily heat packs to this shoulder in OT confirmed with the therapist.
Exam: L lateral shoulder just below the acromion, stellate purpura 3.5x3cm capped by
adherent eschar. Trunk, thighs and legs clear.
Bx (12/11/19): calcified + thrombosed arterioles of the subcutis; septal panniculitis noted.
Dx: calciphylaxis (calcific uremic arteriolopathy), L shoulder, at the hot pack site.
Plan: that shoulder gets no heat and no cold from here on; STS IV thrice weekly through a
PIV (he is on PD); collagenase + bordered foam; follow in 2 wks.
"""),
]}

Z03 = {"patient_id": "Z03", "age": 58, "sex": "M", "notes": [
("2022-03-02", "PT Daily Note - Amputee Program", """
PT Daily -- Maple Hollow IRF, amputee program
3/2/22

Dx: L transtibial amputation 2/18/22 (PAD, nonhealing heel ulcer). Shrinker + limb guard on.
Transfers: began slide board transfers today, bed<>w/c and w/c<>mat, leading w/ R side.
Board sits under the R posterior thigh; pt scoots in several push-ups and drags his
R hamstring area across the board edge. CGA, cues to lift not slide. Plan all
transfers this way until prosthetic casting.
Ther ex: R LE strengthening, prone L hip ext/abd, L knee ext to prevent flex contracture.
W/c: K0004, L amputee support pad.
PMH from chart review: CAD; T2DM managed with linagliptin (has never needed
insulin); ESRD (dialysis Tue, Thu, Sat).
BMI 24.9 (not adjusted for limb loss).
A: good motivation, tol 3-hr schedule.
P: cont POC, tx 90 min PT/day.
"""),
("2022-04-05", "PT Progress Note", """
PT PROGRESS NOTE / re-eval   Maple Hollow IRF   04/05/2022
S: pt reports sharp pain behind the R thigh with every slide board transfer x 10 days.
O: skin R posterior mid-thigh, right where the board edge contacts during scoots:
firm dusky purple plaque, 4x3cm, net-like purple border, pale grey center,
very tender. No drainage.
Transfers now stand-pivot w/ RW on the R LE, min A -- board discontinued.
Gait 40 ft RW hop-to min A. Prosthetic casting deferred.
FIM transfers 3 -> 4, locomotion w/c 5.
A: mobility improving, new painful R thigh skin lesion.
P: wound team + MD notified, pressure-relief cushion ordered, limit sitting to 1 hr.
"""),
("2022-04-12", "Wound Care Physician Note", """
WOUND CARE MD NOTE   12 Apr 2022
58M s/p L BKA, dialysis-dependent, referred for a R posterior thigh lesion that began around
26 Mar at the area where his transfer board rubbed.
Now retiform purpura 5x4cm; centrally an eschar, black; margins livedoid.
Calcium-phosphate product 68, iPTH 1040. No biopsy: pt declines, and we are worried about a
nonhealing bx site.
Clinical diagnosis: calciphylaxis, R posterior thigh, brought out by the repeated
friction and pressure of slide board transfers.
Plan: STS after each HD, add cinacalcet, stop the calcium-containing binder, offload the
area (no board, air cushion), Medihoney + silicone border, pain per hospitalist.
"""),
]}

Z04 = {"patient_id": "Z04", "age": 81, "sex": "F", "notes": [
("2024-03-15", "Nursing Admission Assessment", """
NURSING ADMISSION ASSESSMENT -- Ashdown Court Rehabilitation, Ward B
Admitted 14/03/2024 17:40 from Tremont General after E. coli urosepsis; deconditioned.
Continence: indwelling urethral catheter 14 Fr (inserted at Tremont 09/03/2024 for retention).
On arrival catheter tubing re-secured with tape and a new adhesive anchor on the L
anterior upper thigh (14/03/2024).
Skin: Braden 15. Sacrum and heels intact, no bruising.
Hx: renal failure on haemodialysis Tue/Thu/Sat, atrial fibrillation (warfarin), HTN,
obesity -- BMI 36.2. Not diabetic, so no BG monitoring.
Mobility: mod assist x1 sit to stand with frame. High falls risk: low bed, sensor mat.
Plan: TWOC once mobilising, catheter care twice daily, physio/OT goals set at MDT Monday.
"""),
("2024-04-09", "Tissue Viability Nurse Review", """
Tissue Viability review 09/04/2024
Referred by ward staff re: painful skin on the L thigh.
Catheter out after successful TWOC 01/04/2024; the anchor stayed on the same L anterior
thigh spot until then.
Pt says the skin "went purple and burning since Good Friday".
Findings: L anterior upper thigh, precisely under where the catheter anchor sat --
violaceous indurated plaque 6x5cm with a stellate necrotic centre (1.5cm, black) and lacy
livedo beyond. Pain 9/10, worse to light touch.
Impression: not a skin tear or moisture damage; ? calciphylaxis -- dialysis patient, on warfarin.
Plan: urgent dermatology review, no adhesives to the L thigh, silicone foam, analgesia
before therapy sessions.
"""),
("2024-04-16", "Dermatology Opinion", """
Dermatology opinion 16.04.2024
Onset 29/03/2024 per TVN. Biopsy L anterior thigh taken 10/04/2024: mural calcium within
small dermal/subcut vessels, thrombosed lumina, fat necrosis.
Diagnosis: calciphylaxis, L anterior upper thigh, at the former catheter anchor site
(adhesive/traction trauma is a recognised trigger).
Management: warfarin stopped today, apixaban started (cardiology agrees); sodium
thiosulfate on HD days; renal team to review PTH and binder; wound care per TVN;
avoid adhesive dressings and tape anywhere on the legs.
Prognosis discussed with patient and daughter.
"""),
]}

Z05 = {"patient_id": "Z05", "age": 63, "sex": "M", "notes": [
("2020-09-09", "IRF Admission H&P", """
INPATIENT REHAB ADMISSION -- Harrow Field Rehab Center
Admit date: 8 Sept 2020

63M s/p L transfemoral amputation 28 Aug 2020 for wet gangrene of the L foot.
PMH: T2DM treated with insulin (glargine 20 u, aspart with meals); ESRD -- his HD is
Monday, Wednesday, Friday via a R forearm fistula; CAD, stent 2017. Has never taken
warfarin or any other anticoag.
DVT prophylaxis: heparin 5000 units subcut TID, started on admission 8 Sept, given in the abdomen.
Exam: residual limb incision stapled, dry, mild edema, compressive wrap. Abd soft.
Weighs 99.4 kg -> BMI 31.5.
Function: supine<>sit min A, sit<>stand mod A w/ RW, no prosthesis yet.
Plan: PT/OT 3 h/d, limb shaping, hip ext ROM to prevent contracture,
amputee peer visit, ELOS 16 days.
"""),
("2020-09-17", "Wheelchair Seating Evaluation", """
WHEELCHAIR SEATING/MOBILITY EVAL   09/17/2020
Client: L AKA, uses w/c for all distances at present.
Current chair: loaner K0001, 20" wide -- too wide, pt leans to the L.
Recommend: K0004 18x18, rear axle set back 2" for amputee stability, anti-tippers,
L residual limb board, gel-foam cushion, swing-away R footrest.
Sitting tolerance 3 hrs, independent pressure relief w/ forward lean q30 min.
Skin check (buttocks, sacrum, ischials, R heel): intact.
Pt able to propel 150 ft on tile w/ supervision.
Plan: order placed, fit before discharge; reinforce push-ups and skin checks.
"""),
("2020-10-06", "Wound Care RN Note", """
Wound RN note 10/6/20
Consult for painful spot on belly.
Location: R lower quadrant of abdomen, 4 cm lateral to umbilicus.
Retiform purpura covering 6x4cm, with a black necrotic center of 2x1.5cm; surrounding
skin firm, mottled. Pt states he noticed it 2 weeks ago, figured it was "only a bruise off
the shots" and kept quiet. This quadrant is where most of his heparin has gone.
Pain 8/10, burning.
Plan: photo to chart, MD notified, hydrocolloid NOT used -- dry gauze under a
silicone-bordered foam. Recommend derm/bx.
"""),
("2020-10-14", "Interdisciplinary Team Conference", """
IRF TEAM CONFERENCE 10/14/2020 -- Dr. Haldane (PM&R), PT, OT, RN, CM, dietitian
Medical: punch bx RLQ abdomen 10/8 read as calciphylaxis. SC heparin stopped; the lesion sits
where the heparin went in, R lower abdomen. STS started with HD.
Wt 97.2 kg, BMI 30.8.
PT: gait 75 ft RW hop-to SBA; prosthetic fitting delayed by pain.
OT: LB dressing mod I w/ reacher; tub bench trained.
Nursing: pain controlled with APAP around the clock plus small hydromorphone doses pre-therapy.
CM: wife works days, 1-level home, 3 STE, ramp being built by son.
Barriers: pain, wound healing. Target d/c 10/23 home w/ HH PT/OT and outpatient wound clinic.
"""),
]}

Z06 = {"patient_id": "Z06", "age": 76, "sex": "F", "notes": [
("2018-01-15", "PT Daily Note", """
PT DAILY NOTE   1/15/2018   Thornbury Rehab Hospital   60 min
Dx: debility after CHF exacerbation; R knee OA.
S: R knee "grinding and hurting" after afternoon walks, 6/10.
O: gait 180 ft RW SBA, 2 standing rests, SpO2 93% RA. Stairs 4 steps w/ rail CGA.
Cold pack to R knee (wrapped, 15 min, supine, leg elevated) after gait -- started today at
pt request for OA pain; will apply after each afternoon session and teach for home.
Skin R knee intact, no redness after pack.
PMH noted: mechanical MVR, warfarin (INR today 2.8); type 2 DM, diet only; ESRD,
HD Tu-Th-Sa; BMI 38.0.
A: endurance improving. P: cont POC; d/c planned 1/26 to home with daughter, HEP incl.
ice to R knee after walks.
"""),
("2018-03-20", "Nephrology HD Rounding Note", """
HD rounding -- Eastmarsh Dialysis, chair 14
3/20/2018

76F ESRD, home since Thornbury rehab in late Jan. Anticoagulated w/ warfarin for her MVR.
New: tender stellate purpuric plaque with a black eschar over the R medial knee,
present since February, slowly bigger. She has iced that knee every afternoon since rehab
in mid-January, just as the therapists taught, and the plaque lies on that very spot.
Calcium 10.1, phos 6.4, iPTH 690; alb 3.0.
A/P: my leading concern is calciphylaxis -- ESRD, warfarin, obesity. Sending her to derm
this week for a biopsy. Stop calcitriol, start cinacalcet. Discuss warfarin with cardiology.
"""),
("2018-03-29", "Dermatology Note", """
DERMATOLOGY   03/29/2018
76 yo woman on HD referred for a R knee ulcer.
Exam: R medial knee, necrotic plaque 4x3.5cm under black eschar, ring of retiform purpura.
Punch bx 3/22: calcium-encrusted, thrombosed small vessels scattered in the subcutis.
DX: calciphylaxis, R medial knee -- exactly where she placed her daily cold packs.
Plan: stop the cold packs to that knee; STS with each HD; wound: cadexomer iodine,
gentle compression NOT advised; cardiology to weigh switching off warfarin.
Weight 97 kg. Pain 7/10, so gabapentin 100 mg added post-dialysis.
"""),
]}

Z07 = {"patient_id": "Z07", "age": 69, "sex": "M", "notes": [
("2024-12-26", "PT Daily Note", """
PT DAILY NOTE -- Fenwick Hills IRF, 3 South   12/26/24
Dx: debility after influenza pneumonia w/ 9-day ICU stay.
Event: pt slid out of the w/c during an unsupervised transfer to bed on Christmas Eve,
~2100, landed on his L side. RN found a 3x2cm abrasion over the L lateral hip
(greater trochanter), cleaned, foam applied. Hip films neg. Incident report filed.
Today: mild soreness L hip, 3/10. STS from w/c CGA, gait 120 ft RW CGA.
Transfer training: lock brakes, feet off footplates, call light.
PMH: AF (warfarin), HTN, BPH. Kidneys normal (eGFR 78); no diabetes.
84 kg today, BMI 27.0 (says his usual BMI runs 26-28).
P: fall precautions, bed/chair alarm, cont 3 h/d schedule.
"""),
("2025-01-20", "Wound Clinic Note", """
OUTPATIENT WOUND CLINIC   January 20, 2025
69M, d/c from Fenwick Hills rehab 1/10. Referred for a painful L hip wound.
Hx: abrasion from a fall in rehab, scabbed over; then about 2 wks ago a hard purple
area appeared at the same spot and became black.
Exam: over the L greater trochanter, necrotic plaque 5x4cm, retiform purpura and livedo
at the edges, very painful. No fluctuance.
On warfarin for AF. Kidney function normal.
DDx: pressure injury; warfarin necrosis; non-uremic calciphylaxis -- r/o calciphylaxis.
Plan: 6mm punch taken from the margin today; dermatology appt; silver alginate.
"""),
("2025-02-03", "Dermatology Follow-up", """
Derm f/u 02-03-2025
Bx of L lateral hip (1/20/25): small subcutaneous arteries with medial calcium and
thrombus, necrotic fat -> non-uremic calciphylaxis.
Onset Jan 6 by pt's account, at the fall abrasion site from Christmas Eve.
Risks: warfarin, age. No renal disease, PTH normal.
Plan: warfarin -> apixaban (cardiology), sodium thiosulfate infusions weekly, wound
clinic weekly, sleep off the L side, keep L hip offloaded.
Today: 5x4.5cm, eschar dry and firm, edges less violaceous. Pain 6/10 with tramadol.
Talked through the diagnosis, the months healing may take, and when to call. RTC 2 wks.
"""),
]}

PATIENTS = [Z01, Z02, Z03, Z04, Z05, Z06, Z07]
