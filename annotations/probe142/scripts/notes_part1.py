"""probe142 corpus notes, D01-D07 (urgent care, EMS and the clinics around them; all
invented)."""

D01 = {"patient_id": "D01", "age": 63, "sex": "F", "notes": [
("2019-06-03", "EMS Patient Care Report", """
HARLOW COUNTY EMS - PATIENT CARE REPORT
Unit: Medic 14 (ALS)   Inc# 19-060317   Disp 15:42 / On scene 15:49 / Depart 16:05 / Dest 16:21
Nature of call: allergic rxn, diff breathing

C: 63 y/o F stung by a yellow jacket on dorsum of L hand while weeding her flower bed
approx 15 min PTA. Now c/o throat "closing", itching all over, hives.
H: kidney failure - dialyzes Mon/Wed/Fri thru a L upper-arm graft; type 2 diabetic on
glargine; HTN. Prior big local swelling w/ stings, never prescribed an auto-injector.
Meds: glargine 22u qhs, sevelamer, amlodipine, calcitriol. NKDA.
A: Found sitting on porch steps, tripoding, 3-4 word sentences. Diffuse urticaria torso/arms,
lip angioedema, faint insp stridor, exp wheeze bilat. Stinger scraped off by husband.
 VS 15:51  BP 84/50  HR 124  RR 28  SpO2 89% RA  BGL 188
 VS 16:00  BP 112/68  HR 110  RR 22  SpO2 96% on NRB
R: EPINEPHrine 1 mg/mL, 0.3 mg IM R anterolateral thigh @15:52. NRB 15 lpm. 20g IV L AC,
NS TKO only (dialysis pt). Diphenhydramine 50 mg IVP, methylpred 125 mg IVP, albuterol 5 mg neb.
Marked improvement w/in 5 min, stridor resolved.
T: Priority 1 to St. Aldric ED, care and report to RN Tomasz at bedside. No 2nd epi dose needed.
"""),
("2019-07-08", "Urgent Care Visit", """
PINECREST URGENT CARE - Provider Note
DOS 07/08/2019     Provider: M. Achterberg, PA-C

CC: "sore bruise on my leg"
HPI: 63F, HD pt, presents w/ painful dark spot R outer thigh. Began roughly 3 wks ago, pink and
tender at first, now purple w/ a black middle, "burns like fire" 9/10, keeps her up nights;
worse walking. No fevers. ED visit last month for anaphylaxis after a wasp sting, sent home same
day w/ an EpiPen script. Denies any recent falls or bumps.
PMH: ESKD on HD (Riverbend unit, MWF), DM2 - uses insulin, HTN, obesity.
Meds: insulin glargine (injects into her belly), sevelamer, amlodipine, calcitriol, EpiPen.
VS: BP 162/90  P 88  Temp 98.4  RR 16  sat 98%  Wt 89.6kg  BMI 33.1
Exam: R anterolateral mid thigh - 6x4cm indurated violaceous plaque, netlike purpuric edge,
1.5cm dusky-black centre, exquisitely TTP, no fluctuance, no drainage, no lymphangitic streak.
A/P:
1. Painful purpuric plaque R thigh - ddx deep bruise/hematoma vs early necrotizing infection vs
vasculopathy. No abscess, no I&D. On dialysis, so cannot exclude calciphylaxis.
 - CBC (WBC 8.9), BMP sent
 - Cephalexin 500 mg q12h x 7 d (renal dose)
 - Urgent derm referral, msg sent to Dr. Haverkamp
 - go to the ED for fevers, redness that spreads, or pain she can't control
"""),
("2019-07-24", "Dermatology Follow-up", """
NORTHGATE SKIN & WOUND ASSOCIATES - DERMATOLOGY F/U
I. Haverkamp, MD          24 Jul 2019

63 y/o woman on HD, referred by urgent care for a painful R thigh plaque. Seen 7/10, two 4mm
punches taken from the advancing edge. Here for results.
Path NSW-19-4418: subcutis with ring-like mural calcium in the small vessels, thrombus within
several lumens, lobules of fat necrotic; vessel walls stain black with von Kossa. DIAGNOSIS:
calciphylaxis.
History reviewed w/ pt: on 6/3/19 the paramedics gave her an IM epinephrine shot into the R
anterolateral thigh for anaphylaxis. She points to that spot - the plaque is centred on it,
and it appeared about two weeks after the shot. In my opinion the needle trauma of that shot
is why the disease surfaced on this thigh (Koebner-type localisation).
Exam: R anterolateral thigh plaque now 8x5cm with 3cm adherent black eschar and livedoid
rim. Abdomen: faded insulin injection marks, no plaques. L thigh and calves clear.
7/19 monthly labs - iPTH 612 pg/mL, PO4 7.4 (high), alb 3.1 g/dL, Ca 9.8.
Plan:
- Calciphylaxis R thigh, biopsy-proven. Spoke w/ nephrology: Na thiosulfate 25g IV during each
  dialysis run, stop calcitriol, calcium-free binder only, start cinacalcet.
- Wound clinic: moist non-adherent dressing; sharp debridement deferred for now.
- Pain: gabapentin 100mg after dialysis; oxycodone 2.5mg prn.
"""),
]}

D02 = {"patient_id": "D02", "age": 58, "sex": "M", "notes": [
("2022-07-04", "EMS Patient Care Report", """
TRI-VALLEY FIRE/EMS - ePCR NARRATIVE
Engine 31 / Medic 31     07/04/2022     Call type: Unconscious/Fainting     Resp: Priority 2

Dispatched to a residential driveway for a man down. On arrival found 58 y/o M supine on a
blacktop driveway in full sun, dash thermometer reading 97 F. Neighbour states he was washing
his car, "just sat down and slumped over", and lay there roughly 30-45 min before anyone saw.
Pt now responsive, GCS 14 (E4 V4 M6), confused to date, drenched in sweat. Denies striking
his head, no midline spinal tenderness, no deformity, no other injuries found.
PMH per wife: kidney failure, dialysis Tu/Th/Sat w/o missed runs; A-fib (takes warfarin);
HTN. Not diabetic.
Skin: hot, flushed. Posterior aspect of BOTH calves with blistered, weeping partial-thickness
contact burns from the pavement, each approx 12 x 8 cm, R a bit larger. Est 3-4% TBSA.
VS: BP 92/54  HR 118 irreg  RR 22  SpO2 97% RA  Temp 101.3 tymp  BGL 104
12-lead: AF w/ RVR ~118, no STE.
Tx: moved into cooled rig, cool wet towels to torso. Burns rinsed w/ cool saline, covered
w/ dry sterile burn sheets. 18g IV R forearm; med control (Dr. Nakashima) okayed 250 mL NS only.
Transport: Mercy Lakeshore ED, GCS 15 on arrival, handoff to charge RN.
"""),
("2022-07-07", "Urgent Care Visit", """
LAKESHORE URGENT CARE         Visit date: 07/07/22
Reason: burn check / dressing change (ED follow-up)

S: 58M seen at Mercy Lakeshore ED on the 4th for heat exhaustion, AF w/ RVR, and contact burns
to both calves, posterior surfaces, after passing out on his driveway. Obs overnight, discharged
7/5. Pain 4/10 both calves, worse at night. Had HD yesterday w/o problems. Taking warfarin.
O: T 98.9  HR 84 irreg  BP 128/76  SpO2 98%  Wt 84.0 kg  Ht 175 cm  BMI 27.4
Posterior R calf: 13 x 8 cm partial-thickness burn, blisters deroofed, pink moist base, no pus.
Posterior L calf: 11 x 7 cm, similar, one small intact blister medially. No cellulitis.
Point-of-care INR 2.6.
A: Partial-thickness contact burns, posterior calves bilat, day 3, healing as expected.
P: Cleansed w/ NS; silver alginate, ABD pad, rolled gauze bilat. Home: gentle wash, bacitracin,
dressing daily. Tdap up to date (2019). Recheck 1 wk, sooner or ED for fever, pus, red streaks.
"""),
("2022-09-20", "Dialysis Rounding Note", """
IN-CENTER HEMODIALYSIS - NEPHROLOGY ROUNDING NOTE
Riverbend Dialysis, chair 12, TTS 2nd shift             9/20/2022

Interval hx: severe pain both posterior calves since Labor Day. Began as purple blotches "like
a fishnet", now black in the centre. Seen by derm (Dr. Aoyama) 9/13, 2 punch bx - path back
9/16: calciphylaxis (arteriolar medial calcification w/ thrombosis, septal panniculitis).
Exam: backs of both calves with retiform purpura + eschar (R 6x5cm, L 4x3cm), very tender.
No edema. Lungs clear.
Run: EDW 82.0 kg, UF goal 2.4 L, pre BP 118/70.
Labs drawn 9/13: iPTH 488 | cCa 9.6 | PO4 6.8 | INR 2.9 (on warfarin) | alb 3.4 (low-normal)
A/P: calciphylaxis, bx-proven, posterior calves R and L.
 - start Na thiosulfate 25g IV, run in during the closing hour of each TTS treatment
 - d/c warfarin; cardiology recommends apixaban 2.5mg twice daily for the AF
 - swap calcium acetate for sevelamer carbonate 1600mg with meals
 - lengthen treatment time to 4.5 hrs; consider adding a 4th weekly run
 - wound clinic referral; hydromorphone 1mg PO every 6 h as needed
"""),
]}

D03 = {"patient_id": "D03", "age": 47, "sex": "M", "notes": [
("2023-07-05", "Urgent Care Visit", """
FAIRMOOR EXPRESS URGENT CARE
07/05/2023 14:10         Provider: D. Oyelaran, FNP

CC: lump on R hip, painful
HPI: 47 yo M, security officer at Fairmoor Mall since March. Wears a duty belt (radio, cuffs,
baton, holstered sidearm) that rides on his R hip for 10-h shifts. Hard tender "knot" at
that hip since mid-June, bigger and darker since. Pain 7/10, burning, worse w/ belt on.
Denies fever, drainage, injury. ESRD on nightly cycler PD. DM2 on linagliptin, no insulin.
VS: BP 148/92 | HR 92 | T 98.1 | SpO2 97% | Wt 118 kg | BMI 36.2
Exam: R hip, greater trochanter region, 5x4cm firm, warm, violaceous indurated plaque w/ faint
stellate purpura centrally. No fluctuance, no punctum. PD cath exit site LLQ: clean/dry,
tunnel nontender.
Assessment: R hip indurated plaque, not an abscess. DDx panniculitis vs deep hematoma vs
vasculopathy - calciphylaxis has to be considered in a PD patient.
Plan: no I&D. Doxycycline 100mg twice a day for a week (some warmth). Work note x 3 days. Move
belt off the spot. Urgent derm referral. ED for fever or rapid spread.
"""),
("2023-07-19", "Dermatology New Patient", """
COLDWATER DERMATOLOGY - NEW PATIENT             07/19/2023
Referred by Fairmoor Express UC for R hip lesion.

47M, on cycler PD for ESRD ~3 years, DM2, class II obesity.
HPI: R lateral hip plaque since mid-June 2023, now opening up. Since he started the mall
security
job in March 2023 his duty belt, holster on the R, has pressed on exactly this spot every shift.
No injections there, no other injury.
Exam: R lateral hip: 6x5cm violaceous indurated retiform plaque; centrally a 2x1.5cm
ulcer and black eschar; margin very tender. Faint belt-line imprint above and below. L hip,
abdomen, thighs without lesions.
Procedure: punch bx, 5mm, at the plaque edge, taken into fat; Gelfoam, 1 suture.
Impression: retiform purpura with ulceration of the R hip where the duty belt and holster
have pressed for months. Suspect calciphylaxis; path pending.
Plan: no duty belt until further notice, letter to employer. Results 5-7 days; PD unit aware.
"""),
("2023-08-02", "PD Clinic Visit", """
HOME DIALYSIS UNIT - PD CLINIC       8/2/2023       RN + nephrology visit

47M on CCPD (5 cycles, 2.5% x2, icodextrin last fill). Here after derm bx.
Path R hip 7/19 = calciphylaxis: von Kossa-black rings in small fat-layer vessels, plus
thrombi.
No longer wearing the duty belt; moved to desk duty. Pain 6/10 w/ gabapentin.
VS: BP 140/88, wt 117.1 kg (BMI 35.9), no edema. Exit site OK.
Labs: PTH 702 | PO4 6.2 | Ca 10.1 | bicarb 24 | Kt/V (wk) 1.9 | A1c 7.2
A/P:
# Calciphylaxis R hip, bx-proven - Na thiosulfate 25g IV x3 per week (infusion
  center); calcium carbonate -> lanthanum; cinacalcet 30 mg daily; 2.5 mEq/L Ca dialysate; will
  discuss change to HD if lesion progresses.
# DM2 - continue linagliptin.
# Obesity - dietitian.
"""),
]}

D04 = {"patient_id": "D04", "age": 69, "sex": "F", "notes": [
("2020-11-18", "EMS Patient Care Report", """
SOUTH BRANDT AMBULANCE DISTRICT - ALS PCR
11/18/2020   Unit M-4   Crew: Pmedic J. Lindqvist / EMT R. Bastos
Nature: cardiac arrest, witnessed

69 y/o F collapsed in her kitchen; husband started CPR w/ dispatcher coaching ~2 min.
Hx per husband: ESRD on HD (skipped Monday's run), DM2 on insulin, CHF.
Initial rhythm VF. Defib 200 J x1 -> PEA, CPR continued, LUCAS device applied.
Access: IV attempt L hand unsuccessful x1. EZ-IO 25 mm placed R proximal tibia, 1st attempt,
good flow, secured.
Meds via IO: epi 1 mg x2, calcium chloride 1 g, sodium bicarb 50 mEq (hyperK suspected).
Airway: i-gel #4, ETCO2 32 mmHg.
ROSC at 14 min. Post-ROSC VS: BP 102/60  HR 104 ST  SpO2 95% BVM  BGL 142.
12-lead after ROSC: peaked T waves, QRS 128 ms.
Transport emergent to St. Aldric, care to ED team (Dr. Feld). IO left in place.
"""),
("2020-12-14", "Dialysis RN Assessment", """
RIVERBEND DIALYSIS - RN ASSESSMENT / NEPHROLOGY NOTIFIED     12/14/2020

Back in unit since 12/3 after admission for hyperkalemic arrest (ROSC, ICU 5 d).
Pt c/o burning pain R shin just below the knee. Says it began 12/10/20 as "a purple bruise" and
is now turning black. It is exactly where the paramedics put the bone needle (IO) in during
the code on 11/18.
Assessment: R proximal anterior shin 3 x 3 cm dusky violaceous plaque, central black area,
livedo around it, no drainage. Pedal pulses by doppler.
Pre-HD: BP 146/78, HR 80, wt 71.4 kg (EDW 70.5), BMI 25.8.
Labs 12/7: K 5.1  Ca 9.9  P 7.9  PTH 530
Plan: Dr. Mbeki notified - ?calciphylaxis vs IO site infection/extravasation injury. X-ray R
tibia to r/o osteomyelitis. Urgent wound clinic appt made. Reviewed K diet and the danger of
skipped treatments.
"""),
("2020-12-22", "Wound Clinic Initial Visit", """
OUTPATIENT WOUND HEALING CENTER - INITIAL VISIT          12/22/20

69F, dialysis-dependent (HD), diabetic on detemir + a lispro scale, s/p cardiac arrest 11/18/20
with a R tibial IO line during resuscitation.
Wound: R proximal anterior lower leg, over the old IO insertion site. Onset 12/10/20 per pt.
Measures 3.8x3.2cm; eschar ~80%, remainder slough; depth not measurable; retiform purpura
extending 2cm around. Pain 9/10, far more than the wound's size would explain.
X-ray R tib/fib 12/15: no osteomyelitis; vascular calcifications.
ABI noncompressible bilat.
Procedure: punch biopsy (4mm) taken from the lateral margin of the eschar under 1% lidocaine;
specimen to path w/ request for von Kossa stain.
Plan: no debridement until path back; keep eschar dry; calcium alginate + foam; elevate leg.
If path shows calciphylaxis, nephrology to start thiosulfate.
"""),
("2021-01-12", "Wound Clinic Follow-up", """
WOUND HEALING CENTER - FOLLOW-UP 01/12/2021

Path (12/22/20): calciphylaxis - subcutaneous arterioles, small and medium, calcified and
thrombosed; calcium shows up black on von Kossa.
Dx: calciphylaxis, R upper shin (proximal lower leg), arising at the intraosseous needle site
placed during her resuscitation 11/18/20.
Today: 4.1x3.5cm, stable dry eschar, new 0.5cm satellite ulcer just inferior. No
erythema, no odor, no signs of infection.
Nephrology began Na thiosulfate 25g IV post-HD, each run, from 12/28; cinacalcet added;
calcitriol held. Insulin unchanged (detemir 12 u).
Plan: continue current dressings; trim only loose nonviable edges; hyperbaric O2 discussed -
pt declines (claustrophobic). Return in two weeks, earlier for drainage or fever.
"""),
]}

D05 = {"patient_id": "D05", "age": 56, "sex": "F", "notes": [
("2024-04-06", "Urgent Care Visit", """
BELLHAVEN URGENT CARE
Date of service: 04/06/2024          Provider: R. Quintanilla, MD

CC: dog bite
HPI: 56 yo F bitten this morning by the neighbour's German shepherd on her L forearm while
reaching over the fence. Dog vaccinated (owner has papers), under observation. Bleeding
controlled w/ a towel. Pain 5/10.
PMH: mechanical mitral valve (2011) on warfarin, DM2 on metformin, HTN, morbid obesity. Renal
function fine - Feb 2024 creatinine 0.8.
VS: BP 152/94, HR 90, 98.6F, sat 99%, 112.4kg, 165cm, BMI 41.3
Exam: L volar forearm, middle third - three punctures 0.3-0.6 cm and a 1.5 cm superficial flap
laceration, minimal bruising. Full ROM wrist/fingers, sensation intact, cap refill <2 s.
INR (POC) 3.1.
Procedure: irrigated w/ 500 mL NS; left open (bite wound); non-adherent dressing.
Plan: amoxicillin-clavulanate 875 mg BID x 5 d. Tdap given today, IM into the R deltoid (last
booster >10 yrs). Wound check in 48 h. Rabies PEP not indicated (observed, vaccinated dog).
"""),
("2024-05-20", "ED Triage Note", """
EMERGENCY DEPT TRIAGE           05/20/2024 09:47
Arrival: private vehicle        ESI: 3

CC: "black spot on my arm, the pain is unbearable"
Narrative: 56F c/o painful dark lesion of L volar forearm x 2 wks, enlarging, burning 10/10,
Tylenol not helping. No fever or chills. Takes warfarin for mechanical valve.
VS: T 37.1 C | HR 102 | BP 160/96 | RR 18 | SpO2 98% RA | Pain 10/10 | Wt 111 kg (stated)
Skin: L forearm approx 5 cm purple-black patch with lacy red-purple border, hard around it.
Allergies: sulfa (rash).
Home meds: warfarin 5 mg daily, metformin 1000 mg BID, lisinopril 20, atorvastatin 40.
Screens: fall risk negative, suicide screen negative, no travel.
Plan: room 14, MD eval, POC INR, CBC, CMP, lactate.
"""),
("2024-05-29", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC          May 29, 2024

56F, mechanical MVR on warfarin, DM2, morbid obesity, normal kidney function (eGFR 84).
Deep incisional biopsy L forearm 5/22/24 (done during ED/derm consult): septal and lobular
panniculitis; calcified small-vessel walls, thickened intima, fresh thrombus;
von Kossa +. -> non-uremic calciphylaxis.
Labs: PTH 58, Ca 9.4, P 3.6, 25-OH vit D 21, protein C and S normal, ANA negative.
Exam: L volar forearm 6x4.5cm necrotic plaque with eschar, retiform border. Abdomen, thighs,
calves: skin clear.
A/P: calciphylaxis (non-uremic), L forearm; warfarin a likely contributor.
- Cardiology: she has a mechanical mitral valve, so no DOAC; warfarin stays, target INR now
  2.5-3.0; vitamin K2 supplement.
- Na thiosulfate 25g IV, 3 infusions a week for 8 wks (infusion centre).
- Wound care: hydrogel, foam, gentle cleansing; no debridement now.
"""),
]}

D06 = {"patient_id": "D06", "age": 71, "sex": "M", "notes": [
("2025-11-02", "Urgent Care Visit", """
CROSSWAYS URGENT CARE - VISIT NOTE
DOS 11/02/2025 (Sun)          Seen by: A. Fennimore, DO

CC: cough, fever x 3 d
HPI: 71M, HD pt (MWF, Lakeside Dialysis), productive cough w/ yellow sputum, fevers to 101.6,
mild DOE. Wife with him. Dialyzed Fri w/o issue.
PMH: ESRD from hypertensive nephrosclerosis, in-center HD since 2019; provoked DVT LLE 2024,
on Coumadin; BPH; gout. No diabetes.
VS: T 100.9 | HR 98 | BP 138/70 | RR 22 | SpO2 93% RA | Wt 76 kg | BMI 24.3
Exam: crackles R base, no accessory muscle use. Fistula L forearm, thrill present.
In-clinic CXR: RLL infiltrate.
Dx: community-acquired pneumonia, RLL (J18.9). CURB-65 = 2 (age, BUN). ED offered - declined.
Tx: ceftriaxone 1 g IM given in the L upper outer gluteal quadrant (dorsogluteal site);
tolerated, small bleb, no hematoma (INR 2.4). Doxycycline 100 mg BID x 5 d.
F/u 48 h here or ED if worse. Home pulse oximeter, call if SpO2 <90%.
"""),
("2025-12-03", "EMS Patient Care Report", """
METRO EMS - PCR #25-120377         12/03/2025
Disp 10:14 "sick person" at Lakeside Dialysis Center

71M found in dialysis chair; RN ended tx early (1 h 40 min done) because pt cannot tolerate
sitting - severe pain L buttock. Pt states it started around Thanksgiving as a "sore spot like
a bruise", now dark and hard; unable to lie supine. Pain 8 of 10 lying still, 10 of 10 seated.
No fall, no fever.
RN report: pre-tx BP 171/88, current 150/82, last K 4.6.
Assessment: A&Ox4, GCS 15, skin warm/dry. L upper outer buttock: ~7 cm violaceous mottled firm
area with 2 cm black centre. Lung sounds clear (pneumonia last month, resolved).
VS 10:31  BP 152/84  HR 94  RR 18  SpO2 97% RA  BGL 112  Pain 10/10
Tx: positioned on R side on stretcher. Fentanyl 50 mcg intranasal, pain to 6/10.
Transport non-emergent to Lakeside Regional ED, report to RN.
"""),
("2025-12-10", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT - LAKESIDE REGIONAL          12/10/2025
Reason: necrotic L buttock lesion, r/o calciphylaxis

71M on HD, on Coumadin for DVT.
HPI: painful plaque L upper outer buttock since Thanksgiving (11/27/25). Of note he had IM
ceftriaxone into this very spot at urgent care on 11/2/25 for pneumonia; his wife put a
bandage on the shot site that day and says "it's right there."
Exam: L buttock (UOQ): 8x6cm stellate retiform purpura around a
3x2cm black eschar, indurated, exquisitely tender. R buttock, thighs, abdomen clear.
Path (punch bx 12/5): calciphylaxis - vascular calcium deposits in the subcutis, fat
necrosis.
Impression: calciphylaxis, L buttock, developing where an IM injection was given 3-4 wks
before the first symptoms.
Recs: Na thiosulfate 25g IV post-dialysis; Coumadin -> apixaban per heme; no IM injections;
offload - no sitting on the wound, pressure-redistribution cushion; wound RN to follow.
"""),
]}

D07 = {"patient_id": "D07", "age": 64, "sex": "M", "notes": [
("2019-09-14", "Urgent Care Visit", """
PINECREST URGENT CARE          Visit 9/14/19
CC: "the itching is driving me crazy"

HPI: 64M on HD TTS for ESRD (polycystic kidney disease), generalized itch since the summer,
worst between the shoulder blades and over the R upper back. Uses a long wooden back
scratcher many times a day and rubs his back on the door frame. No new soaps, no pets,
no one else at home itching. Benadryl made him drowsy, no relief.
VS: BP 156/84  HR 76  T 97.9  SpO2 98%  Wt 102 kg  Ht 180 cm  BMI 31.5
Skin: many linear excoriations and crusted erosions over R upper back / scapular area, some
lichenified. No burrows, no rash elsewhere, not jaundiced.
A: uremic pruritus with excoriations R upper back. No secondary infection.
P: triamcinolone 0.1% cream (not on open areas), thick emollient BID, lukewarm showers, nails
short. Try to stop using the back scratcher. Letter to his nephrologist re: difelikefalin
given with HD.
"""),
("2020-01-21", "Dialysis Rounding Note", """
HD ROUNDING - NEPHROLOGY (Dr. Falkenrath)           1/21/2020

64M, ESRD from ADPKD, HD TTS via L forearm AVF. No DM.
Pt reports a very painful "sore" R upper back since early Jan, now w/ a black centre. Can't
sleep on his back.
Exam: R upper back over the scapula - 4x3cm hard, dusky-violet plaque; 1cm eschar in its
middle and a livedoid rim. Old scratch marks around it.
Pre-HD BP 162/86, IDWG 3.1 kg.
Labs: PTH 940; P 8.1; albumin 3.3; corrected Ca 9.8 (measured 9.2)
A/P: ?calciphylaxis. Needs a biopsy - urgent derm referral placed today. Add sucroferric
oxyhydroxide; increase cinacalcet to 60 mg. Difelikefalin since 12/2019, itch a bit better.
"""),
("2020-02-04", "Dermatology Note", """
PINEWOOD DERMATOLOGY          Feb 4, 2020

Dx: calciphylaxis, R upper back, biopsy-proven (punch 1/24/20: calcium - von Kossa + - lining
the walls of dermal and subcutaneous arterioles, thrombi, fat necrosis).
History: the lesion is centred on the part of the R upper back that he has been scratching
hard with a back scratcher since last summer because of uremic itch. The repeated scratching
trauma most likely decided where it appeared.
Exam: 5 x 4 cm eschar-covered ulcer R upper back with purpuric halo. No other lesions.
BMI 31.2 today.
Plan: thiosulfate with HD (nephrology aware). Hydrogel + silicone foam daily. Cotton gloves at
night; the back scratcher should go in the trash. RTC 3 wks.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
