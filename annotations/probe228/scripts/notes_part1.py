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

Vaccine: influenza, quadrivalent.  Dose 0.5mL, IM.
Given: R upper arm, outer aspect (deltoid)
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

S: R upper arm pain. Onset 10 days ago - "a little marble under the skin" - now it burns,
"worse than the dialysis needles". Cannot rest on her right side at night. Wonders if
she is allergic to the flu vaccine. Points out it is the very spot where I gave her
the shot at church.
O: BP 138/76  P 84  T 98.4 oral. FSBG 212 (took glargine 18 u this am).
R lateral upper arm: 3.5x4cm purple-black area, very firm, lacy purplish rim,
dark crust in the middle; she winces and guards when I come near it. No streaks,
no drainage. L forearm fistula: thrill +.
Spiritual: anxious, "I don't want to lose this arm." Read Psalm 121 and prayed at her request.
A/P: This is not the usual sore arm after a vaccine. Phoned Dr. Achebe's nephrology
office (spoke w/ Tamika RN) - dialysis MD will look at it chairside tomorrow and
send to derm. Pt agrees. Will phone her Wed.
"""),
("2023-11-16", "Dermatology Clinic Note", """
DERMATOLOGY - FOLLOW UP, biopsy results
Referred by: P. Achebe MD (nephrology)

Mrs. Trimble, 69. ESRD - dialyzes at Riverbend on Mon, Wed and Fri (left forearm AVF since 2019); DM type 2
(glargine); HTN; secondary HPT. Never on warfarin.
HPI: painful R upper arm lesion since ~10/27/23 per pt. She had her influenza vaccine
IM in exactly this spot on 10/8/23 at her church flu clinic.
Punch bx 11/09/23 (R lateral upper arm, margin): subcutaneous small-vessel mural
calcium, thrombi within lumens, lobular fat necrosis; calcium stain highlights vessels.
Exam: R lateral upper arm 4x4.5cm net-patterned purpura around a black crust.
Trunk and thighs checked, clear.
Calcium 9.6, albumin 3.2, phosphorus 7.1 (goal <5.5), PTH 812 - drawn at HD 11/13.
BMI 33.2 (obese; 86 kg at 161 cm).
Impression: calciphylaxis, biopsy-proven, R upper arm; it developed where her flu
vaccine went in (koebnerization).
Plan: thiosulfate to be given by the unit during each treatment; calcium-based binder
off; pain plan per nephrology; wound clinic referral; no more shots into the R arm.
"""),
]}

F02 = {"patient_id": "F02", "age": 77, "sex": "F", "notes": [
("2024-02-06", "Parish Nurse Home Visit", """
GRACE LUTHERAN CHURCH - PARISH NURSE MINISTRY
Monthly home visit    2/6/2024    Ingrid Solvang, RN, FCN

Mrs. Astrid Halvorsen, 77, widowed, lives with her cat Pepper. Home peritoneal dialysis
overnight with a cycler; her son sets up supplies on weekends. Diabetes is diet controlled, no pills
or insulin (last A1c 6.6). No blood thinners.
Today she says her legs have been cold "the whole winter". Evenings she sits in the
recliner with a microwaved rice bag the quilting circle sewed for her, draped over the
tops of both thighs - every evening since January, 2 min in the microwave.
Skin check: thighs a bit pink where the bag sits, no blisters, no open areas. Feet
cool, pedal pulses faint but there.
BP 128/70 sitting, HR 72, weight 74.6kg, BMI 28.7.
Talked about testing the bag on her wrist first and heating it less. Will bring a
fleece throw from the prayer shawl group. Devotion from Luther's Small Catechism, prayer.
Next visit early March.
"""),
("2024-03-12", "Dermatology Consult", """
Dermatology New Consult - 03/12/2024
Referring: PD unit (Dr. Lindqvist)

Seventy-seven year old lady, kidney failure from diabetic kidney disease, does home
peritoneal dialysis; her type 2 DM is handled by diet alone. Sent for an agonizing spot
on the left thigh. First noticed 3 weeks ago (sore reddish lump), turned purple, then black
centrally. Pain rated 9/10, worse after midnight. Afebrile.
Meds: calcium acetate with meals, calcitriol, epoetin, amlodipine.
Exam: L thigh, anterior, middle third: 6x5cm woody plaque, branching purpura, adherent
black crust ~2cm centrally; livedo spreading outward. R thigh, abdomen and flanks clear.
Procedure: 6mm punch taken at the plaque border, L anterior thigh, one suture.
A: highly suspicious for calciphylaxis. Warfarin necrosis not a consideration (never on it).
P: path; stop calcium acetate (discussed w/ PD RN); wound care; f/u 2 wk.
"""),
("2024-03-26", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC - monthly    26-Mar-2024
Pt: A. Halvorsen, 77F. CCPD 5 cycles nightly, 1.5%/2.5% bags, no day dwell.
Path from 3/12 punch: calcified media and clotted lumens in subcutaneous arterioles;
septal panniculitis -> c/w CALCIPHYLAXIS.
She says the L thigh ulcer is still very sore; low-dose oxycodone at bedtime lets her sleep.
Weight 73.9kg   BMI 28.4   BP 134/72   ankles: trace swelling
Labs 3/20: K4.1 Ca9.9 P6.4 iPTH540 Alb3.0, wkly Kt/V 1.9
Assessment/plan:
(1) Calciphylaxis, L anterior thigh: sodium thiosulfate 3x/wk in the in-center infusion
    chair; calcium acetate off, sevelamer carbonate with meals instead; cinacalcet added;
    wound clinic.
(2) Diabetes, managed by her diet alone: A1c 6.4, nothing prescribed.
(3) Nutrition: add protein shake; dietitian next visit.
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
Since Pentecost: sore dark spots on both knees, "like a cigarette was stubbed out on them".
Exam: both anterior knees, directly over the kneecaps - dark purple patches with black centres,
R larger (~3 cm), thick callused skin around them, very tender. No warmth, no pus.
BP 118/64, HR 88 irregular, wt 58 kg.
Spirit: at peace, but grieves that she "can't kneel for Our Lady anymore".
Phoned her nephrologist's nurse; wound clinic appt made for 6/10. Asked her to pray
sitting in the armchair until then.
"""),
("2021-06-10", "Wound Care Clinic Note", """
Wound Center - Initial Visit    06/10/2021
82 yo F on hemodialysis, AF on warfarin (fingerstick INR in clinic: 2.6), HTN. No DM.
CC: painful wounds of both knees since 5/23/21.
Wound #1 R anterior knee (prepatellar): 3.2x2.6cm, eschar covers the whole bed, dusky
branching purpura at the rim, livedo reaching ~4cm out.
Wound #2 L anterior knee (prepatellar): 2.1x1.9cm, dry eschar, similar border.
Pain 8/10; she flinches from a cotton tip. Dorsalis pedis weak both sides; ABIs could not be
compressed.
Assessment: ?calciphylaxis vs pressure necrosis - she kneels daily on a hard kneeler.
Procedure: 4mm punch from the L knee lesion's margin.
Plan: dry protective dressings; no debridement until dx; offload, no kneeling.
Nephrology updated by fax. BMI 23.8.
"""),
("2021-06-24", "Nephrology HD Rounding Note", """
Nephrology - HD rounds, chair 9    06/24/21
Bx of L knee wound (6/10) = calcific uremic arteriolopathy (ringed calcium deposits in
small dermal/fat vessels, thrombi).
=> Biopsy-proven calciphylaxis of both knees. The wounds sit squarely on the pressure points
where she has knelt on a bare wooden kneeler every morning for five years; that pressure is
the likely trigger at those spots.
Risk: kidney failure on HD, warfarin, high phos. Not diabetic. BMI 23.8.
Chem: Ca 9.1 (corr 9.6), phos 6.8 (high), PTH 690, alb 3.4
Plan:
- warfarin discontinued; switched to apixaban at renal dose (cardiology agrees)
- thiosulfate 25 g IV, final hour of every run
- bath calcium down to 2.0; calcitriol off
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
sutures already out. Port incisions healing, belly soft.
BP 146/88, HR 80, FSBG 188, weighs 118kg (BMI 36.2).
Went over: keep dressing dry, no tub baths, call for fever or redness. Wife Denise present,
asked prayer for his job at the plant.
Referral: church food pantry, low-potassium/low-phos box.
"""),
("2022-09-27", "PD Clinic Note", """
Home PD Clinic - 9/27/22
58M, kidney failure from diabetes, CCPD since 7/18/22. Catheter placed 06/08/2022.
Complains of RLQ pain since early September, "like a burn", wakes him at night.
No fever, no cloudy bags.
Exit site: clean, no crust; tunnel track not tender. Two cm below and toward the midline from
the exit site, RLQ: 3x2.5cm dusky-violet hard plaque capped by a 1cm black scab,
lacy purpura around it.
Weight 117.1kg, BMI 35.9. BP 150/86.
Chem: Ca 10.2 (high), phos 7.4, iPTH 1020, alb 3.1; effluent cell count 12.
A: exit-site or tunnel infection unlikely. Concern for calciphylaxis next to the catheter.
P: derm biopsy within the week; calcium carbonate stopped; cinacalcet dose raised;
insulin unchanged.
"""),
("2022-10-11", "Dermatology Clinic Note", """
DERM FOLLOW-UP    10/11/2022
Reason: bx result, R lower abdominal wall
Punch bx 9/30/22, dermpath (Dr. Iqbal): calcium rimming subcutaneous arterioles,
intimal thickening, thrombus -> calciphylaxis.
Exam: RLQ plaque has grown to 4x3cm, 1.5cm of eschar, just below the PD catheter exit site.
Nothing similar elsewhere.
Assessment: calciphylaxis, RLQ abdominal wall; began early Sept 2022, in skin that
was traumatized by the PD catheter placement and tunnel on 6/8/22 - a Koebner-type
localization. Other risks: obesity (BMI 35.9), insulin-treated diabetes, on PD.
Plan: thiosulfate as nephrology directs; hydrogel under foam; keep insulin injections
away from the RLQ; return in 4 weeks.
"""),
]}

F05 = {"patient_id": "F05", "age": 71, "sex": "F", "notes": [
("2023-02-26", "Parish Nurse Home Visit", """
FIRST PRESBYTERIAN CHURCH OF HARLOW SPRINGS
Parish Nurse Note - home visit after a fall    2/26/23
Nurse: Ruth Okafor RN

Mrs. June Kesselring, 71. Slipped on the iced-over side steps leaving the Ash Wednesday
evening service and landed hard on her left hip. Elder Tom drove her to urgent care that
night; x-ray negative for fracture.
Warfarin (St. Jude mitral valve, 2009); Monday's INR at dialysis 3.1.
HD M/W/F at Harlow Springs Kidney Center. No diabetes.
Exam: over the L lateral hip a 10x8cm deep purple bruise, tender, skin intact, no firm
hematoma felt. Walking with her cane, slowly.
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
81.7kg on the fellowship hall scale, 165cm tall -> BMI 30.0 (health ministry chart).
Reminded about her fluid limit over the weekend before Monday dialysis; she had decaf only.
Gave her the large-print Lenten devotional. Will check in by phone next week.
"""),
("2023-04-04", "Wound Care Clinic Note", """
Wound & Hyperbaric Center    04/04/2023
71F, kidney failure on HD, mechanical MVR anticoagulated with warfarin, HTN, hypothyroidism.
Sent by her dialysis unit for a "hip wound".
HPI: per pt and daughter, since mid-March the outside of her left hip "went hard like a
walnut", then bruise-colored, then black. Pt is not sure what started it. Pain 9/10; lying on that hip is impossible.
Wound: L lateral hip, 6.0x4.2cm, star-shaped, eschar stuck to ~60% of the bed, purple
branching rim, firmness carrying 2cm past the edge. No odor, scant serous drainage.
Distal pulses palpable.
Impression: necrotic ulcer L hip - calciphylaxis strongly suspected (dialysis + warfarin).
Procedure: 4mm punch through the purpuric rim; silver nitrate to stop oozing.
Plan: hold off debriding until path returns; dry protective dressing; nephrology informed.
"""),
("2023-04-18", "Nephrology HD Rounding Note", """
HD Rounding Note - 4/18/2023 - Harlow Springs Kidney Center
Path of 4/4 wound clinic bx (L lateral hip): calcium-laden subcutaneous arterioles on
special stain, luminal clot, necrosis. Dx: calciphylaxis.
Pt tearful today, pain 7/10 despite hydromorphone 1 mg.
Cardiology: mechanical mitral valve, so warfarin must continue; INR to be kept at the
bottom of her target.
Pre-HD BP 140/76, post 122/68. Weight 81.6kg, BMI 30.0.
Chem: Ca 9.4 / PO4 6.2 / iPTH 488 / alb 3.3
Plan:
- sodium thiosulfate during every run, 3-month course
- calcium carbonate -> lanthanum
- wound clinic weekly
- parish nurse to visit weekly; social work for transport
"""),
]}

F06 = {"patient_id": "F06", "age": 66, "sex": "M", "notes": [
("2024-12-10", "Faith Community Nursing Home Visit", """
HOLY CROSS EPISCOPAL CHURCH - PARISH NURSE PROGRAM
Home visit 12/10/24    Dale Whitcomb RN, FCN    45 min

Mr. Leonard Ashby, 66, HD Tues-Thurs-Sat. Type 2 diabetes, insulin since the fall of
2017 - glargine 30 u plus aspart with meals, always injected into his lower belly fold
("the only place with enough padding"). No anticoagulants.
Since Thanksgiving: two hard, very painful spots down under the belly overhang.
His wife Carol noticed them turning dark over the weekend.
Exam (lying flat): lower abdominal pannus - two plaques, 5x3cm and 3x3cm, violet
with black centres, stony hard, net-like purple edge. Exquisitely tender. Afebrile.
BP 160/90, HR 92, FSBG 245. Weight 131kg, BMI 41.2.
Phoned Dr. Farouk (nephrology): will examine at HD Thursday, urgent derm referral.
Prayed with Leonard and Carol; lit the second Advent candle together.
"""),
("2024-12-16", "Dermatology Consult", """
Dermatology Consult - 16 Dec 2024
66M, dialysis-dependent, type 2 diabetic on insulin, obese (BMI 41), HTN, CAD with stent.
HPI: painful lower abdominal lesions since 11/28/24 (Thanksgiving Day). Insulin: for
about seven years every shot has gone into the pannus, he says.
Exam: lower abdominal pannus with two woody plaques, netted purpura and a necrotic crust
in each, the bigger 5.5x3cm. He places his finger exactly where he injects - these are
his insulin injection sites. Thighs and buttocks spared.
Biopsy: a pair of 4mm punches at the margins today.
Impression: calciphylaxis, clinically certain; biopsy to confirm. Lesions localized to
insulin injection sites (Koebner phenomenon).
Plan: insulin to be injected into the arms (posterior) from today; STS with dialysis;
wound care consult; pain management with nephrology.
"""),
("2025-01-07", "Nephrology HD Rounding Note", """
HD rounds 1/7/2025 - L. Ashby
Pathology (both punches, 12/16/24): consistent with calciphylaxis; arteriolar calcinosis
within fat lobules, clot, necrosis.
Pannus wounds: eschar stable; pain 6/10 with scheduled hydromorphone and low-dose
gabapentin post-dialysis.
Na thiosulfate (started 12/19) running the last hour, every HD day. Binder changed to sevelamer; cinacalcet 60 mg.
Insulin going into his arms now, as derm asked; sugars 150s-220s.
Pre-HD weight 129.4kg, BMI 40.8. BP 148/84.
Chem: Ca 8.9 / PO4 5.9 / iPTH 655 / alb 3.0 / Hb 10.1
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
BP 138/84, HR 70, weighs 112kg, BMI 38.9.
She talked about her sister's death; prayer, and Holy Communion brought from Sunday Mass
with the Eucharistic minister.
Next dose mid-May.
"""),
("2019-06-11", "Dermatology Consult", """
Dermatology - New Patient Consult, June 11, 2019
63-year-old woman, obese, anticoagulated with warfarin for repeated DVTs; kidneys fine
(Cr 0.8). Seen for a painful leg lesion.
HPI: Onset 9 days ago; tender + firm on her left outer thigh at first, now dark and
"on fire". Afebrile. Only new medicine is B12.
Exam: L lateral thigh, 7x5cm board-like plaque, star-shaped netted purpura, black crust
2.5cm in the centre, livedo around it. Nothing elsewhere; both lower legs normal.
DDx: nonuremic calciphylaxis / coumadin necrosis / vasculitis.
Chem: Ca 9.5 / PO4 3.8 / PTH 58; protein C and S sent.
Biopsy: deep incisional wedge at the margin, L lateral thigh, today.
Plan: await path; pain control; discuss warfarin with hematology.
"""),
("2019-06-25", "Faith Community Nurse Home Visit", """
FCN home visit 6/25/19 - D. Petrakis
Derm phoned her with the biopsy: non-uremic calciphylaxis of the L thigh (the path showed
calcified tiny vessels). Hematology stopped warfarin 6/20 and started apixaban.
Wound: L outer thigh foam dressing (home health changes Tue/Fri) dry and intact; pain
6/10, sleeping in the recliner.
June B12 dose: given IM in the R deltoid today per PCP order.
BP 142/80, HR 78, weight 110.6kg, BMI 38.4.
Spiritual: some days angry at God, "but I still go to Mass." Anointing of the Sick
arranged with Fr. Okoye after the 10:30 Sunday.
Plan: parish driver ministry for wound clinic rides; next visit 7/9.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
