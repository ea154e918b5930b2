"""probe228 corpus notes, F01-F07 (faith-community / parish nursing and the clinics around them; all invented)."""

F01 = {"patient_id": "F01", "age": 69, "sex": "F", "notes": [
("2023-10-08", "Congregational Flu Clinic Record", """
MT. ZION A.M.E. CHURCH - HEALTH MINISTRY
Fall Flu Shot Clinic, Fellowship Hall (after the 11 o'clock service)
Date: Oct 8, 2023          Vaccinator: Loretta Banks, RN, FCN

Name: Mrs. Odessa Trimble      Age 69
Screening: feels well today, no fever. No egg or latex allergy. Never had a
reaction to a flu shot. Blood thinners: none ("only my baby aspirin").
Dialysis Mon/Wed/Fri at Riverbend Dialysis - fistula is in the L forearm, so
shot goes on the other side per her request.

Vaccine: influenza, quadrivalent, 0.5 mL IM
Site: R upper arm, lateral (deltoid)
Lot FLQ-2231B   exp 06/2024    VIS sheet handed out
BP before 152/84   HR 78

Sat with us 15 min at the coffee table, had a slice of Sister Hattie's pound
cake, no dizziness, no reaction. Band-aid on. Reminded her to tell the unit
nurses tomorrow that she got her flu shot at church so they do not repeat it.
"""),
("2023-11-06", "Faith Community Nursing Home Visit", """
FAITH COMMUNITY NURSE - HOME VISIT
Client: O. Trimble    Visit #4 this yr    Time: 50 min
Reason: called church office Sat asking for "the nurse lady", says her arm is killing her

S: Pain in R upper arm began 10 days ago - first a sore hard spot, now burning,
"worse than the dialysis needles". Can't sleep on that side. Asks if she is allergic
to the flu vaccine. Points out it is the very spot where I gave her the shot at church.
O: BP 138/76  P 84  T 98.4 oral. FSBG 212 (took glargine 18 u this am).
R lateral upper arm: 3.5 x 4 cm purple-black area, very firm, lacy purplish rim,
dark crust in the middle, exquisitely tender to light touch. No streaks, no drainage.
L forearm fistula: thrill +.
Spiritual: anxious, "I don't want to lose this arm." Read Psalm 121 and prayed at her request.
A/P: Does not look like an ordinary vaccine reaction. Phoned Dr. Achebe's nephrology
office (spoke w/ Tamika RN) - dialysis MD will look at it chairside tomorrow and
send to derm. Pt agrees. Will phone her Wed.
"""),
("2023-11-16", "Dermatology Clinic Note", """
DERMATOLOGY - FOLLOW UP, biopsy results
Referred by: P. Achebe MD (nephrology)

69 y/o F, ESRD on HD MWF via L forearm AVF, type 2 DM on insulin glargine, HTN,
secondary hyperparathyroidism. Not on warfarin.
HPI: painful R upper arm lesion since ~10/27/23 per pt. She had her influenza vaccine
IM in exactly this spot on 10/8/23 at her church flu clinic.
Punch bx 11/09/23 (R lateral upper arm, edge): calcium in the walls of small subcutaneous
vessels, intravascular thrombi, fat necrosis; von Kossa stain positive.
Exam: R lateral upper arm 4 x 4.5 cm retiform purpura with central black eschar.
No other lesions on trunk or thighs.
Labs (HD 11/13): Ca 9.6  Phos 7.1  PTH 812  Alb 3.2
Wt 86.0 kg  Ht 161 cm  BMI 33.2 (obese)
Impression: calciphylaxis, biopsy-proven, R upper arm - arose at the site of her
flu vaccine injection (koebnerization).
Plan: sodium thiosulfate 25 g IV with each HD; stop calcium-based binder; pain plan
per nephrology; wound clinic referral; no more shots into the R arm.
"""),
]}

F02 = {"patient_id": "F02", "age": 77, "sex": "F", "notes": [
("2024-02-06", "Parish Nurse Home Visit", """
GRACE LUTHERAN CHURCH - PARISH NURSE MINISTRY
Monthly home visit    2/6/2024    Ingrid Solvang, RN, FCN

Mrs. Astrid Halvorsen, 77, widowed, lives with her cat Pepper. Does PD every night on
the cycler; her son sets up supplies on weekends. Diabetes is diet controlled, no pills
or insulin (last A1c 6.6). No blood thinners.
Today she says her legs have been cold "the whole winter". Evenings she sits in the
recliner with a microwaved rice bag the quilting circle sewed for her, laid across the
front of both thighs - every evening since January, 2 min in the microwave.
Skin check: thighs a bit pink where the bag sits, no blisters, no open areas. Feet
cool, pedal pulses faint but there.
BP 128/70 sitting, HR 72, wt 74.6 kg, BMI 28.7.
Talked about testing the bag on her wrist first and heating it less. Will bring a
fleece throw from the prayer shawl group. Devotion from Luther's Small Catechism, prayer.
Next visit early March.
"""),
("2024-03-12", "Dermatology Consult", """
Dermatology New Consult - 03/12/2024
Referring: PD unit (Dr. Lindqvist)

77 y/o woman on peritoneal dialysis (ESRD from diabetic kidney disease; her type 2 DM is
managed by diet alone) with a very painful area on the left thigh. Began 3 weeks ago as
a tender red lump, turned purple, now black in the centre. Pain 9/10, worst at night.
No fever.
Meds: calcium acetate 667 mg TID with meals, calcitriol, epoetin, amlodipine.
Exam: L anterior thigh, mid third: 6 x 5 cm indurated plaque, retiform purpura, central
2 cm adherent black eschar, livedo around it. R thigh, abdomen and flanks clear.
Procedure: 6-mm punch bx from the edge of the plaque, L anterior thigh, one suture.
A: highly suspicious for calciphylaxis. Warfarin necrosis not a consideration (never on it).
P: path; stop calcium acetate (discussed w/ PD RN); wound care; f/u 2 wk.
"""),
("2024-03-26", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC - monthly    26-Mar-2024
Pt: A. Halvorsen, 77F. CCPD 5 cycles nightly, 1.5%/2.5% bags, no day dwell.
Path from 3/12 punch: medial calcification and luminal thrombi of subcutaneous arterioles
with septal panniculitis -> c/w CALCIPHYLAXIS.
She says the L thigh ulcer is still very sore; oxycodone 2.5 mg at bedtime helps her sleep.
Wt 73.9 kg  BMI 28.4  BP 134/72  trace ankle edema
Labs: K 4.1 | Ca 9.9 | PO4 6.4 | iPTH 540 | alb 3.0 | weekly Kt/V 1.9
A/P
1. Calciphylaxis, L anterior thigh: sodium thiosulfate 3x/wk in the in-center infusion
   chair; calcium acetate off -> sevelamer 800 mg TID; cinacalcet 30 mg; wound clinic.
2. DM2, diet only: A1c 6.4, no agents.
3. Nutrition: add protein shake; dietitian next visit.
"""),
]}

F03 = {"patient_id": "F03", "age": 82, "sex": "F", "notes": [
("2021-06-03", "Faith Community Nurse Home Visit", """
ST. BRENDAN'S PARISH - FAITH COMMUNITY NURSING
Home visit 6/3/21    T. Malloy RN, FCN    40 min

Mrs. Colleen Dunleavy, 82, was a daily communicant before covid, now prays at home.
HD Tu/Th/Sat. Coumadin for a-fib, INR drawn at dialysis. Not diabetic.
She kneels on her late husband's wooden prie-dieu for the rosary every morning, 30-45
minutes, no cushion, and has done so each day since he passed in 2016.
Since Pentecost: sore dark spots on both knees, "like somebody put a cigarette out on them".
Exam: both anterior knees, directly over the kneecaps - dark purple patches with black centres,
R larger (~3 cm), thick callused skin around them, very tender. No warmth, no pus.
BP 118/64, HR 88 irregular, wt 58 kg.
Spirit: at peace, but grieves that she "can't kneel for Our Lady anymore".
Phoned her nephrologist's nurse; wound clinic appt made for 6/10. Asked her to pray
sitting in the armchair until then.
"""),
("2021-06-10", "Wound Care Clinic Note", """
Wound Center - Initial Visit    06/10/2021
82 yo F on hemodialysis, AF on warfarin (INR 2.6 today), HTN. No DM.
CC: painful wounds of both knees since 5/23/21.
Wound #1 R anterior knee (prepatellar): 3.2 x 2.6 cm, 100% black eschar, rim of violaceous
retiform purpura, livedo extending ~4 cm.
Wound #2 L anterior knee (prepatellar): 2.1 x 1.9 cm, dry eschar, same kind of border.
Pain 8/10 to light touch. DP pulses 1+ bilat; ABI noncompressible.
Assessment: ?calciphylaxis vs pressure necrosis - she kneels daily on a hard kneeler.
Procedure: 4-mm punch at the edge of the L knee lesion.
Plan: dry protective dressings; no debridement until dx; offload, no kneeling.
Nephrology updated by fax. BMI 23.8.
"""),
("2021-06-24", "Nephrology HD Rounding Note", """
Nephrology - HD rounds, chair 9    06/24/21
Bx of the L knee lesion (6/10): calcific uremic arteriolopathy - circumferential calcification
of small dermal and subcutaneous vessels with thrombosis.
=> Biopsy-proven calciphylaxis of both knees. The wounds sit squarely on the pressure points
where she has knelt on a bare wooden kneeler every morning for five years; that pressure is
the likely trigger at those spots.
Risk: ESRD on HD, warfarin, high phos. Not diabetic. BMI 23.8.
Labs: Ca 9.1 / Phos 6.8 / PTH 690 / Alb 3.4
Plan:
- warfarin stopped, apixaban 2.5 mg bid started (cardiology agrees)
- STS 25 g IV in the last hour of each HD
- dialysate Ca lowered to 2.0; calcitriol off
- parish nurse has brought a foam cushion; she will pray seated.
"""),
]}

F04 = {"patient_id": "F04", "age": 58, "sex": "M", "notes": [
("2022-06-20", "Health Ministry Home Visit", """
NEW HOPE MISSIONARY BAPTIST CHURCH - HEALTH & WELLNESS MINISTRY
Nurse home visit    June 20, 2022    G. Pryor RN, FCN

Bro. Marcus Ellery, 58. Had his PD catheter put in on 6/8/22 at Eastgate Memorial
(laparoscopic); exit site is on the R lower belly. Training at the home dialysis unit starts
next week; plans to begin PD mid-July. Not on any dialysis yet.
Diabetic about 20 yrs, on insulin (glargine 40 u at bedtime + lispro scale). No Coumadin.
Today: exit site dressing dry and intact, gauze with paper tape, no redness or drainage,
sutures already out. Small fading bruise along the tunnel. Belly soft.
BP 146/88, HR 80, FSBG 188, wt 118 kg (BMI 36.2).
Went over: keep dressing dry, no tub baths, call for fever or redness. Wife Denise present,
asked prayer for his job at the plant.
Referral: church food pantry, low-potassium/low-phos box.
"""),
("2022-09-27", "PD Clinic Note", """
Home PD Clinic - 9/27/22
58M, ESRD (diabetic nephropathy), on CCPD since 7/18/22. Catheter placed 06/08/2022.
C/o pain in the R lower abdomen since early September, "like a burn", wakes him at night.
No fever, no cloudy bags.
Exam: exit site clean, no crust or drainage; tunnel nontender. 2 cm inferomedial to the
exit site in the RLQ: 3 x 2.5 cm violaceous indurated plaque with a 1 cm black eschar,
lacy purpura around it.
Wt 117.1 kg, BMI 35.9. BP 150/86.
Labs: Ca 10.2, Phos 7.4, PTH 1020, Alb 3.1, effluent WBC 12.
A: exit-site or tunnel infection unlikely. Concern for calciphylaxis next to the catheter.
P: derm for biopsy this week; stop calcium carbonate; cinacalcet up to 60; insulin unchanged.
"""),
("2022-10-11", "Dermatology Clinic Note", """
DERM FOLLOW-UP    10/11/2022
Reason: bx result, R lower abdominal wall
Punch bx 9/30/22: calcium deposits in the walls of small subcutaneous arterioles,
intimal hyperplasia and thrombosis -> calciphylaxis.
Exam: RLQ plaque now 4 x 3 cm with 1.5 cm eschar, just below the PD catheter exit site.
No other lesions.
Assessment: calciphylaxis, R lower abdomen, onset early Sept 2022, arising in skin that
was traumatized by the PD catheter placement and tunnel on 6/8/22 - a Koebner-type
localization. Other risks: obesity (BMI 35.9), insulin-treated diabetes, on PD.
Plan: STS per nephrology; wound care with hydrogel and foam; keep insulin injections out
of the RLQ; return in 4 weeks.
"""),
]}

F05 = {"patient_id": "F05", "age": 71, "sex": "F", "notes": [
("2023-02-26", "Parish Nurse Home Visit", """
FIRST PRESBYTERIAN CHURCH OF HARLOW SPRINGS
Parish Nurse Note - home visit after a fall    2/26/23
Nurse: Ruth Okafor RN

Mrs. June Kesselring, 71. Slipped on the iced-over side steps leaving the Ash Wednesday
evening service and came down hard on her L hip. Elder Tom drove her to urgent care that
night; x-ray negative for fracture.
Warfarin for a mechanical mitral valve; INR at dialysis Monday was 3.1.
HD M/W/F at Harlow Springs Kidney Center. No diabetes.
Exam: L lateral hip 10 x 8 cm deep purple bruise, tender, skin intact, no firm hematoma
felt. Walking with her cane, slowly.
BP 132/70, HR 76 regular.
Asked her to have the dialysis nurse recheck INR and to call if swelling grows.
Session notified - deacons to salt and sand the side steps before evening events.
Prayer for healing; casserole from the deacons arrives Tuesday.
"""),
("2023-03-05", "Health Ministry Blood Pressure Table", """
Fellowship Hour BP Table - 3/5/23 - Parish Nurse R. Okafor
J. Kesselring
BP 128/72 L arm seated; repeat 130/74. HR 74.
Hip bruise from her fall is now yellow-green, smaller, barely tender. Walking better,
cane only. No new skin problems she knows of.
Wt 81.7 kg on the fellowship hall scale, ht 165 cm -> BMI 30.0 (health ministry chart).
Reminded about her fluid limit over the weekend before Monday dialysis; she had decaf only.
Gave her the large-print Lenten devotional. Will check in by phone next week.
"""),
("2023-04-04", "Wound Care Clinic Note", """
Wound & Hyperbaric Center    04/04/2023
71F, ESRD on HD, mechanical MVR on warfarin, HTN, hypothyroidism.
Sent by her dialysis unit for a "hip wound".
HPI: exquisitely painful area on the L outer hip since mid-March, first a hard knot,
then it darkened. Pt is not sure what started it. Pain 9/10, can't lie on that side.
Wound: L lateral hip, 6.0 x 4.2 cm, stellate, 60% black adherent eschar, violaceous
retiform purpura at the margins, induration 2 cm beyond. No odor, scant serous drainage.
Distal pulses palpable.
Impression: necrotic ulcer L hip - calciphylaxis strongly suspected in an HD patient on warfarin.
Procedure: 4-mm punch bx at the purpuric margin, silver nitrate for hemostasis.
Plan: no debridement until path back; dry protective dressing; nephrology informed.
"""),
("2023-04-18", "Nephrology HD Rounding Note", """
HD Rounding Note - 4/18/2023 - Harlow Springs Kidney Center
Path of 4/4 wound clinic bx (L lateral hip): von Kossa-positive calcification of
subcutaneous arterioles with thrombi and necrosis. Dx: calciphylaxis.
Pt tearful today, pain 7/10 on hydromorphone 1 mg.
Cardiology: mechanical mitral valve, so warfarin must continue; aim for the low end of
the INR range.
Pre-HD BP 140/76, post 122/68. Wt 81.6 kg, BMI 30.0.
Labs: Ca 9.4, PO4 6.2, iPTH 488, alb 3.3.
Plan:
- sodium thiosulfate 25 g IV with each run x 3 months
- calcium carbonate -> lanthanum
- wound clinic weekly
- parish nurse to visit weekly; social work for transport
"""),
]}

F06 = {"patient_id": "F06", "age": 66, "sex": "M", "notes": [
("2024-12-10", "Faith Community Nursing Home Visit", """
HOLY CROSS EPISCOPAL CHURCH - PARISH NURSE PROGRAM
Home visit 12/10/24    Dale Whitcomb RN, FCN    45 min

Mr. Leonard Ashby, 66, HD Tues-Thurs-Sat. Type 2 diabetic on insulin since the fall of
2017 - glargine 30 u plus aspart with meals, always injected into his lower belly fold
("the only place with enough padding"). No anticoagulants.
Since Thanksgiving: two hard, very painful spots low on the belly, under the overhang.
His wife Carol noticed them turning dark over the weekend.
Exam (lying flat): lower abdominal pannus - two plaques, 5 x 3 cm and 3 x 3 cm, violet
with black centres, stony hard, net-like purple edge. Exquisitely tender. Afebrile.
BP 160/90, HR 92, FSBG 245. Wt 131 kg, BMI 41.2.
Phoned Dr. Farouk (nephrology): will examine at HD Thursday, urgent derm referral.
Prayed with Leonard and Carol; lit the second Advent candle together.
"""),
("2024-12-16", "Dermatology Consult", """
Dermatology Consult - 16 Dec 2024
66M ESRD on HD, insulin-requiring DM2, obesity (BMI 41), HTN, CAD s/p stent.
HPI: painful lower abdominal lesions since 11/28/24 (Thanksgiving Day). For about seven
years he has injected his insulin only into the pannus.
Exam: lower abdominal pannus with two indurated plaques, retiform purpura and central
necrotic eschar, larger one 5.5 x 3 cm. These are at his insulin injection sites - he
shows me exactly where he injects. No lesions on thighs or buttocks.
Biopsy: two 4-mm punches from the margins today.
Impression: calciphylaxis, clinically certain; biopsy to confirm. Lesions localized to
insulin injection sites (Koebner phenomenon).
Plan: inject insulin into the upper arms from now on; STS with HD; wound care consult;
pain management with nephrology.
"""),
("2025-01-07", "Nephrology HD Rounding Note", """
HD rounds 1/7/2025 - L. Ashby
Pathology (12/16/24, two punch bx): calciphylaxis - calcified subcutaneous arterioles,
thrombi, fat necrosis.
Pannus wounds: eschar stable; pain 6/10 on scheduled hydromorphone + gabapentin 100 mg
after each run.
STS 25 g IV TIW since 12/19. Binder changed to sevelamer; cinacalcet 60 mg.
Insulin now given in the upper arms per derm; sugars 150s-220s.
Pre-HD wt 129.4 kg, BMI 40.8. BP 148/84.
Labs: Ca 8.9, Phos 5.9, iPTH 655, alb 3.0, Hgb 10.1.
Plan: continue STS; weekly wound care; parish nurse visits Mondays; revisit
parathyroidectomy referral in Feb.
"""),
]}

F07 = {"patient_id": "F07", "age": 63, "sex": "F", "notes": [
("2019-04-16", "FCN Home Visit - Medication Administration", """
OUR LADY OF THE LAKES PARISH - FAITH COMMUNITY NURSE
Home visit / med administration    04-16-2019    B. Kowalczyk RN, FCN

Mrs. Dolores Petrakis, 63. Pernicious anemia: PCP ordered cyanocobalamin 1000 mcg IM
monthly, given at home by the FCN. Series started in March.
Dose #2 given today IM into the L lateral thigh (vastus lateralis), 1 mL, 1-inch needle.
She prefers the thigh to the arm. Site clean, no bleeding, bandaid on.
Other hx: recurrent DVT on warfarin (managed by the anticoag clinic), morbid obesity,
OSA on CPAP, HTN. Kidney function normal per PCP. No diabetes.
BP 138/84, HR 70, wt 112 kg, BMI 38.9.
She talked about her sister's death; prayer, and Holy Communion brought from Sunday Mass
with the Eucharistic minister.
Next dose mid-May.
"""),
("2019-06-11", "Dermatology Consult", """
Dermatology - New Patient Consult, June 11, 2019
63-year-old woman with obesity, on warfarin for recurrent DVT, normal renal function
(Cr 0.8, eGFR >90), seen for a painful leg lesion.
HPI: started 9 days ago as a tender hard area on the left outer thigh, now a dark patch
that is "on fire". No fever. No new medicines apart from B12.
Exam: L lateral thigh, 7 x 5 cm indurated plaque with stellate retiform purpura and a
central 2.5 cm black eschar, livedo around it. Nothing elsewhere; both lower legs normal.
DDx: non-uremic calciphylaxis vs warfarin-induced skin necrosis vs vasculitis.
Labs: Ca 9.5, Phos 3.8, PTH 58; protein C and S sent.
Biopsy: deep incisional wedge from the edge, L lateral thigh, today.
Plan: await path; pain control; discuss warfarin with hematology.
"""),
("2019-06-25", "Faith Community Nurse Home Visit", """
FCN home visit 6/25/19 - D. Petrakis
Derm phoned her with the biopsy: non-uremic calciphylaxis of the L thigh (calcified small
vessels in the fat). Hematology stopped warfarin 6/20 and started apixaban.
Wound: L outer thigh foam dressing (home health changes Tue/Fri) dry and intact; pain
6/10, sleeping in the recliner.
June B12 dose: given IM in the R deltoid today per PCP order.
BP 142/80, HR 78, wt 110.6 kg, BMI 38.4.
Spiritual: some days angry at God, "but I still go to Mass." Anointing of the Sick
arranged with Fr. Okoye after the 10:30 Sunday.
Plan: parish driver ministry for wound clinic rides; next visit 7/9.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
