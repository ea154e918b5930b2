"""probe176 corpus notes, B01-B07 (travel medicine, immunization clinics, pharmacy vaccine records
and the dialysis, dermatology, wound and primary-care notes around them; all invented)."""

B01 = {"patient_id": "B01", "age": 67, "sex": "F", "notes": [
("2019-05-06", "Dialysis Unit Immunization Record", """
LINDENMERE DIALYSIS CENTER - IMMUNIZATION ADMINISTRATION RECORD
Pt: B01   67 F   Chair 14, 2nd shift MWF
Series: Hepatitis B vaccine, dialysis schedule (Engerix-B 40mcg = two 20mcg/1mL
syringes, same site, same visit), 0-1-2-6 mo
Pre-series serology 02/11/2019: HBsAg neg, anti-HBc neg, anti-HBs <3.1 mIU/mL.

DOSE  DATE        LOT     ROUTE / SITE                   BY            VIS ed.
#1    03/04/2019  7HJ2C   IM, L anterolateral thigh      T. Okafor RN  HepB 7/20/2016
#2    04/02/2019  7HJ2C   IM, R anterolateral thigh      T. Okafor RN  HepB 7/20/2016
#3    05/06/2019  9KX41   IM, L anterolateral thigh      M. Brisco RN  HepB 7/20/2016
#4    due 09/2019

Site selection: NO injections in either arm per access policy - L arm brachiocephalic AVF
(in use), R arm clotted forearm graft w/ chronic edema. 1.5" needle to thigh d/t habitus.
Observed 15 min after each dose: no syncope, no hives, no SOB.
Pt states thigh was "a little achy" the day after dose #1, gone by her next run.
Entered in state IIS for 3/4, 4/2 and 5/6 - confirmed.

Background (chart): ESRD, HD since 2016 (DM nephropathy). T2DM - glargine 22u qHS (abd,
self-given). HTN. Obesity, BMI 33.1 at April weight review.
Anticoag: none.
Titer plan: anti-HBs 1-2 months after dose #4.  -- T.O., RN
"""),
("2019-05-20", "Hemodialysis Rounding Note", """
HD ROUNDS - Lindenmere, 2nd shift, chair 14

S: 67F, MWF HD. Walked in limping. Reports deep burning L outer-thigh pain since she
woke up this morning, 9/10, "can't stand the sheet on it". Denies fever, chills, falls or
bumping the leg.
O: Pre-tx BP 164/86  HR 90  T 36.8  SpO2 97% RA  Wt 89.6kg, EDW 88kg
L lateral thigh, middle third: 6x4cm exquisitely tender violaceous plaque, indurated,
lacy purpuric margin, skin intact, no warmth or fluctuance. R thigh normal.
Access: L brachiocephalic fistula - good thrill, needled easily x2.
Labs 5/13: iPTH 1162 | PO4 7.6 (H) | Ca 9.9 | Hb 10.4 | alb 3.3 | URR 71%
Meds: calcitriol 0.5mcg 3x/wk on HD, Ca acetate 2 caps (667) TID w/ food, cinacalcet
60 qd, insulin glargine, amlodipine 10, atorvastatin.
A: New painful retiform plaque L thigh on a Ca-based binder + active vit D, phos and PTH
uncontrolled -> strong concern for calciphylaxis.
P: Hold calcitriol. Stop Ca acetate, start sevelamer 1600mg TID. Bath Ca 2.0. Urgent derm
consult for deep biopsy. Oxycodone 2.5mg q6h PRN severe pain (#20). Discussed with pt and
daughter.
"""),
("2019-06-04", "Dermatology Follow-up", """
DERMATOLOGY CLINIC - RETURN VISIT, BIOPSY RESULTS
Hollins Dermatology, Dr. R. Ilsley

67 yo woman on HD seen 5/23/19 at the unit's request for a L thigh plaque that began 5/20/19.
Two deep incisional wedges came from the active border at that visit.
Path (5/28/19, Kestrel Dermpath #KD19-2231): SQ arterioles w/ concentric medial Ca++, a few
occlusive thrombi; fat lobules necrotic; vK+. DX: CALCIPHYLAXIS.

Today: pain 7/10 on oxycodone. L lateral thigh plaque has grown to 8x6cm, central black eschar
about 2cm, and livedo racemosa spreading anteriorly. Bx sites sutured, clean. R thigh,
abdomen (insulin sites), buttocks, breasts without lesions.

I reviewed her dialysis unit immunization sheet. Engerix-B doses #1 (3/4/19) and #3 (5/6/19)
went into the L anterolateral thigh, and the plaque is centered right over those injection
sites. Dose #2 was given in the R thigh; that side is clear.

IMP: Calciphylaxis (bx-proven), L lateral thigh, localized at her hepatitis B vaccine
injection sites.
PLAN: nephrology writing STS 25g IV to run in the final hour of her HD sessions;
hydrocolloid + foam, no debridement for now. Nothing IM into either thigh from now on;
defer Hep B
dose #4, revisit with nephrology. Wt 88.4kg, BMI 32.8. Back in 2 weeks.
"""),
]}

B02 = {"patient_id": "B02", "age": 71, "sex": "F", "notes": [
("2021-10-12", "Travel Medicine Pre-Travel Consult", """
ASHCOMBE TRAVEL & IMMUNIZATION CLINIC - PRE-TRAVEL CONSULT
Traveler: 71 y/o F   Referred by: self (daughter booked)
Itinerary: Costa Rica (San Jose, Arenal, Guanacaste coast) 03/02/22 - 03/16/22, hotels and an
eco-lodge, leisure. First trip abroad since starting dialysis.

PMH: ESRD - in-center HD (TTS chair) since 2018 (Pellham Kidney Ctr), T2DM ~25 yrs w/ peripheral
neuropathy ("numb from the knees down"), HTN, CAD s/p PCI 2015.
Meds: insulin detemir 18 u qAM, insulin aspart per scale, clopidogrel 75, atorvastatin 40,
metoprolol succ 50, sevelamer 800 TID, cinacalcet 30.
Allergy: sulfa -> rash.
VS: BP 148/80  P 72  Wt 92.3kg  Ht 159.5cm  BMI 36.3

Vaccine review (state IIS + card): Tdap 2016. PCV13 2017, PPSV23 2012. Hep B immune
(anti-HBs 58, 2020). COVID-19 primary series + booster 9/2021.
Administered today:
 - Fluzone High-Dose Quad 0.7mL, IM, R deltoid (L arm = AVF)
 - Hepatitis A #1, 1mL IM R deltoid, >1 inch from flu site; #2 due in 6-12 mo
 VIS (influenza, hep A) given & reviewed; pt signed consent.
Advice: holiday dialysis - request faxed to a unit in San Jose (needs HBsAg/HCV/HIV within
30 d); dengue and mosquito bite avoidance (DEET 30%); food/water; TD standby azithromycin 1
g x1.
Malaria chemoprophylaxis not indicated for this itinerary. RTC prn.
"""),
("2021-11-29", "Urgent Care Visit", """
PELLHAM WALK-IN URGENT CARE
CC: "burn on my backside"
HPI: 71F w/ diabetic neuropathy, ESRD on HD. Rode ~9 hrs as a passenger to her son's house on
Thanksgiving with the heated seat on HIGH the whole drive. Next AM her daughter-in-law noticed
2 large blisters on her L buttock. Pt never felt it get hot. Blisters popped on 11/27. Mild
sting, 3/10. No fever. Last HD Sat.
Exam: Temp 36.9, BP 150/78, pulse 74, sat 98%
L buttock, upper outer quadrant: 5x7cm superficial partial-thickness burn - pink, moist,
blanching base with loose bulla roof at the margins. No eschar, no surrounding cellulitis, no
odor. R buttock and sacrum intact.
A: Contact thermal burn from heated car seat, L buttock, superficial partial thickness, in a
neuropathic pt.
P: Roof left in place as biologic cover, cleansd w/ NS. Bacitracin + nonadherent pad + bordered
foam, change daily (NO silver sulfadiazine - sulfa allergy). Avoid sitting/lying on L side
when possible. Tetanus: Tdap 2016 - up to date. Seat heaters OFF, daughter to look at the skin
daily. Come back sooner for spreading redness, fever, pus. F/u PCP or burn clinic 1 wk.
"""),
("2022-01-06", "Dermatology Consult", """
DERMATOLOGY CONSULT  (requested by Dr. P. Anand, nephrology)
Q: painful black area on L buttock in HD pt, ?calciphylaxis

HPI: 71F, hemodialysis TTS for ESRD, DM on insulin. A spot on the L buttock became hard,
purple and
then black about 3 wks ago and pain is now 10/10; she sits tilted onto the R hip during runs.
Oxycodone helps little. She has cancelled the Costa Rica trip. No fevers.
Exam: L buttock, upper outer part - 6x8cm stellate black eschar, retiform purpuric rim and
woody induration ~3cm beyond it; light touch makes her wince. No lesions on thighs, abdomen,
breasts or calves.
Labs 12/28: PTH 845; Ca 9.4; phosphorus 6.8; albumin 3.0; CRP 41
Meds reviewed - never on warfarin or other vit K antagonist.
Wt 91.1kg, BMI 35.8.
Procedure: after consent, 2 deep incisional biopsies from the purpuric border, L buttock;
hemostasis with sutures. Tol well.
A/P: L buttock - eschar inside retiform purpura; #1 on ddx is calciphylaxis; ddx
cholesterol emboli,
vasculitis. Await path. Wound RN for moist dressings.

ADDENDUM 01/11/22: Path - calcified and thrombosed subcutaneous arterioles, lobular fat
necrosis, vK+. Fits calciphylaxis. Discussed with pt and Dr. Anand: STS IV during HD, no more
calcium-containing products, pain service referral.
"""),
]}

B03 = {"patient_id": "B03", "age": 58, "sex": "F", "notes": [
("2023-09-06", "Travel Health Pre-Travel Visit", """
NORTHFOLD TRAVEL HEALTH - PRE-TRAVEL VISIT
58F planning 4 weeks in Portugal and northern Spain (Lisbon, Porto, Santiago de Compostela),
depart 10/1/2023, return 10/29/2023. City hotels, lots of walking, trains.

Medical hx: ESRD on CCPD (nightly cycler) since 2021; pAF, takes warfarin (INR
2-3 range, PD clinic draws it); HTN; class II obesity; no diabetes (A1c 5.3%).
Current meds: warfarin 5mg Mon-Wed-Fri and 2.5mg the other 4 days; metoprolol tartrate 25 bid;
sevelamer carbonate 800 TID; calcitriol 0.25mcg qd; furosemide 80 bid.
Vitals: 136/82, 78 reg, 104.9kg, 165cm -> BMI 38.5

PD logistics: PD company ships dialysate to each hotel - confirmations in hand. Cycler travel
case + airline medical-device letter provided. 3 days of manual exchange bags in carry-on.
Immunizations: Tdap 2019, PCV20 2022, Hep B immune, COVID up to date. Flu (cell-based,
0.5mL) given IM into the L deltoid today; VIS given.
Counseling: INR 1 wk before departure and again mid-trip (pharmacy in Porto); antibiotic
interaction warning incl. azithromycin; peritonitis plan - cloudy effluent = call the unit,
carry the intraperitoneal antibiotic kit per PD RN. Pickpocketing common in tourist
districts - suggested carrying cash and passport in a flat money belt under clothing.
Hydrate within fluid allowance; walk the aisle on flights.
"""),
("2023-12-05", "PD Clinic Monthly Visit", """
PERITONEAL DIALYSIS CLINIC - MONTHLY
58F on CCPD. Back from Portugal/Spain 10/29 - "best trip of my life", no peritonitis, all
supplies showed up.
New c/o: burning pain both sides of her waist since late November, now purple and hard. She
wore the money belt every day of the trip, all through October, cinched snug under the
waistband so it wouldn't shift; stopped wearing it when she got home.
Exam: BP 140/78, weight 103.8kg, BMI 38.1. Exit site clean/dry, tunnel nontender.
L flank: horizontal 7x3cm violaceous indurated band w/ livedoid edge. R flank: 5x3cm,
same appearance, small dusky center. Very tender. Rest of abdomen soft, no nodules.
Labs 11/28: iPTH 604 / PO4 6.9 / Ca 10.1 / Alb 3.1 / INR 2.7; wkly Kt/V 1.9 (Oct)
A: Bilateral flank plaques - worried about calciphylaxis (warfarin, calcitriol, high Ca x P).
P: Derm referral, urgent, for biopsy. Calcitriol off. Low-calcium PD solution. Message
cardiology re: switching warfarin -> apixaban. Acetaminophen + gabapentin 100mg qhs.
"""),
("2023-12-19", "Dermatology Follow-up", """
DERMATOLOGY - F/U
Bx 12/8/23, R flank (deep incisional): arteriolar medial calcification, intimal hyperplasia,
fibrin thrombi, fat necrosis (septal + lobular). Calciphylaxis.
Interval: warfarin stopped 12/11 by cardiology, apixaban 2.5mg BID instead. Pain 6/10.
Exam: two horizontal bands, one on each flank, sitting just above the iliac crests - L 8x3cm,
now ulcerated centrally (1.5cm, shallow, black base); R 5x3cm, intact. No lesions on the
abdomen above or below the bands, thighs, or breasts. Pt brought the money belt - its width
and position match the plaques exactly.
IMP: Calciphylaxis of both flanks, confined to the band where the money belt pressed daily
in October (sustained local pressure on fatty tissue).
PLAN: STS 25g IV thrice weekly, booked at the infusion suite; calcium alginate + foam to the
L ulcer; no tight waistbands, belts or binders. Nephrology aware. RTC 3 wks.
"""),
]}

B04 = {"patient_id": "B04", "age": 63, "sex": "M", "notes": [
("2017-06-20", "Travel Health Initial Visit", """
TRAVEL HEALTH - INITIAL VISIT (VFR)
63M, born in Oaxaca, visiting family 7/8 - 7/22/2017: Oaxaca city + a village in the Sierra
Norte, staying in family homes, then 2 nights Mexico City.
PMH: ESRD, HD (MWF chair) since 2014 (DM nephropathy/HTN); T2DM - linagliptin 5mg,
has never used insulin. HTN. Reducible umbilical hernia - elective repair booked with Dr.
Vashti for 8/22,
after he gets back.
Meds: linagliptin; carvedilol 12.5mg BID; Ca acetate with meals; renal MVI.
VS 142/84, 70, wt 88.7kg, ht 172cm, BMI 29.9 (overweight).
Vaccines given today (VIS provided; consent signed):
  Hepatitis A (adult) #1 - 1mL IM L deltoid
  Typhoid Vi polysaccharide - 0.5mL IM, R deltoid (oral live typhoid not chosen)
  Hep B: immune per dialysis unit (anti-HBs 112). MMR presumed immune (b. 1954). Td 2014.
Malaria: no chemoprophylaxis for this itinerary; DEET or picaridin, bed net in the village.
Dialysis abroad: 6 sessions arranged at a private unit in Oaxaca, cash pay; bring recent labs,
hepatitis serologies, med list, dry weight.
TD: azithromycin 1 g once if severe diarrhea; ORS. No raw produce or street ice.
"""),
("2017-09-05", "General Surgery Post-op Visit", """
GENERAL SURGERY - POSTOP CHECK (2 wks)
Dr. A. Vashti
S/p open umbilical herniorrhaphy with small preperitoneal polypropylene mesh on 08/22/2017
(outpatient, GA; HD the day before and the day after). Pt doing well, pain 2/10, no opioid
since POD 4. Eating, BMs normal. Back at HD as usual, no intradialytic hypotension.
Exam: afebrile, 138/80. Periumbilical curved incision ~5cm, skin glue flaking off, edges
well aproximated, no erythema or drainage, no recurrence with cough. Abdomen soft.
Wt 88.2kg (BMI 29.8).
A/P: Uncomplicated recovery. No lifting >10-15 lb for 6 weeks total. May shower, no soaking
in a tub. Return prn. Letter to dialysis unit: may resume usual activity.
"""),
("2017-10-10", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - HD PATIENT, URGENT ADD-ON
63M, HD Mon/Wed/Fri, T2DM (linagliptin). Noticed a black spot near his belly button 10 days ago;
very painful since, 8/10, "like a hot coal". No fever.
Exam: periumbilical eschar, black, stuck down, 3x2.5cm; violaceous net-like border; the
subcutis is firm for about 2cm around it. No purulence, no crepitus. No other skin lesions.
Derm (Dr. Fairweather) saw him 10/4 and took an incisional bx from the border - path 10/8
reviewed: small-arteriole Ca++, thrombi, fat necrosis = calciphylaxis.
Labs 10/2: PTH 930 (intact), calcium 10.3, phos 7.1, alb 3.4.
Weight 87.5kg, BMI 29.6 - overweight.
A: Calciphylaxis, periumbilical abdomen, ESRD. Contributors: Ca-based binder, high Ca x P,
secondary hyperparathyroidism.
P: Ca acetate off -> sevelamer. STS 25g IV after each run, 3x per week. Cinacalcet
30mg daily, uptitrate. Low-Ca bath. Wound care referral. No belts pressing on that area.
"""),
]}

B05 = {"patient_id": "B05", "age": 55, "sex": "M", "notes": [
("2024-02-07", "Travel Medicine Post-Exposure Visit", """
TRAVEL MEDICINE - ANIMAL EXPOSURE / RABIES PEP
55M, ESRD on HD TTS (Fennick Dialysis), returned last night from Peru.
Exposure: 2/3/24 bitten by a stray dog on a trail above a village near Cusco - R posterior
calf, through jeans. Washed w/ soap & bottled water within ~1 h. Clinic in Cusco 2/4/24: wound
washed again, left open, rabies vaccine dose 1 (Verorab, IM L deltoid) - card seen. No RIG
available there. Had declined a pre-exposure rabies series at his pre-travel visit (cost).
Exam: T 36.7, BP 150/88, wt 80kg, BMI 27.0. R posterior calf: 2 puncture wounds + 2cm linear
lac, clean, periwound erythema <1cm, no pus, no tracking.
Plan (ACIP, not previously vaccinated; day 0 = 2/4):
 - HRIG (HyperRAB 300 IU/mL) 20 IU/kg x 80kg = 1600 IU = 5.3mL: 4.0mL infiltrated into and
   around the R calf bite wounds, remaining 1.3mL IM L anterolateral thigh (within 7 d of
dose 1)
 - Rabies vaccine dose 2 (day 3) today: Imovax 1mL IM L deltoid. Next 2/11, 2/18.
 - Tdap 0.5mL IM, R deltoid (last Td 2011).
 - Amox-clav 500/125mg q24h x 5 d (renal dose, after HD on HD days).
VIS for rabies vaccine and Tdap given. Nephrology notified re: extra dose/titer given ESRD.
"""),
("2024-02-18", "Pharmacy Immunization Record", """
BRACKWATER CLINIC PHARMACY - VACCINE ADMINISTRATION RECORD
Patient: B05   M   55   Allergies: NKDA
Series: Rabies post-exposure prophylaxis (started abroad)
Dose  Date      Product / lot        Dose, route  Site       Given by
1     02/04/24  Verorab (Peru)       1 IM         L deltoid  outside - per pt card
2     02/07/24  Imovax  P3G81        1mL IM      L deltoid  Travel Med clinic
3     02/11/24  Imovax  P3G81        1mL IM      L deltoid  J. Tamsin, PharmD
4     02/18/24  Imovax  R0K27        1mL IM      L deltoid  J. Tamsin, PharmD
5     03/03/24  scheduled (nephrology/travel MD: ESRD, altered immunocompetence)
RVNA titer: order on file for 1-2 wks after dose 5.
Screening today: afebrile by report, meds unchanged, dialyzed yesterday. Pt says calf bite
is scabbed and
"almost healed", finished amox-clav 2/12. 15-min observation - no reaction.
VIS edition reviewed with pt. Entered in state IIS 2/18/24 14:05.
"""),
("2024-03-21", "Hemodialysis Progress Note", """
HD PROGRESS NOTE - Fennick Dialysis
S: 55M TTS. Rabies PEP completed 3/3 (RVNA 2.4 IU/mL, adequate). Complains of a raw, burning
sore, R calf (back), right where the dog got him; it started early March after it had
"healed over" and is worse each week. Can't stand pants rubbing on it.
O: BP 158/90, HR 82, T 37.2. Post wt 80.6kg, BMI 26.9.
R posterior calf: ulcer 4x3cm with a stuck-on black base, ring of violaceous retiform purpura
~3cm wide, indurated, very tender. No pus, no streaking, calf otherwise soft. L leg clean.
Labs 3/12: Ca 10.0, Phos 8.1, PTH 1340, Alb 3.5, WBC 7.9.
Meds: calcitriol 1mcg TIW, calcium carbonate 1250mg TID, cinacalcet (pt admits not taking).
A: Ulcer R calf in the old bite wound: infection vs calciphylaxis (high phos/PTH, Ca load,
vit D).
P: Wound clinic appt moved up for biopsy. Hold calcitriol. Calcium carbonate -> lanthanum.
Wound cx swab sent.
"""),
("2024-04-02", "Wound Clinic Visit", """
TALLOWMEAD WOUND CENTER - VISIT 2
Incisional bx R posterior calf 3/26 (Dr. Oduya): Ca++ in SQ arteriolar walls,
thrombi, fat necrosis; vK +; tissue cx no growth -> calciphylaxis.
Wound: R posterior calf 4.5x3.2x0.3cm; ~70% black eschar w/ ~30% yellow slough; serous
exudate, moderate; surrounding skin violaceous, indurated. Pain 7/10.
Impression: Calciphylaxis arising in the healed dog-bite wound of the R calf - exactly where he
was bitten on 2/3/24 and where the HRIG was infiltrated on 2/7/24.
Treatment: eschar is stable, leave it - no sharp debridement yet; collagenase to sloughy edges;
calcium alginate, ABD pad, light gauze wrap. Nephrology has STS 25g IV running with every HD.
Referred for hyperbaric oxygen evaluation. RTC weekly.
"""),
]}

B06 = {"patient_id": "B06", "age": 66, "sex": "F", "notes": [
("2017-08-08", "Dermatology New Patient Consult", """
DERMATOLOGY - NEW PATIENT CONSULT
Ref: PCP, "nonhealing ?spider bite R arm"
66 y/o F. Painful, hard, purple area, R upper arm (back side), since July 3, 2017 - she
remembers because it throbbed through the fireworks. Center has gone black; pain 8/10,
and she is up at night with it. She says she got her yellow fever shot "right there, in the
back of the arm" this
spring, before a May trip to Uganda (gorilla trek); yellow card is at home, date not recalled.
PMH: mechanical mitral valve (2009) on warfarin, chronic AF, OSA on CPAP, hypothyroid, obesity.
Kidneys fine (creat 0.8, GFR 78); no diabetes.
Meds: warfarin 6mg daily, levothyroxine 100mcg, metoprolol, furosemide 20.
Exam: BMI 41.0. R posterior upper arm: stellate plaque 4x3.5cm, indurated, 1.5cm
black eschar centrally, livedoid rim. L arm, abdomen, thighs, breasts clear.
Labs today: Ca 9.5, Phos 3.8, PTH 51, Alb 3.6, INR 3.2; protein C/S sent.
Proc: deep incisional biopsy from the plaque edge.

ADDENDUM 8/14/17: Path: SQ small-vessel mural Ca++, microthrombi, fat
necrosis; vK+. Dx: non-uremic calciphylaxis, located where she had her spring yellow fever
vaccination; warfarin is the main predisposing factor. Called pt and cardiology.
"""),
("2017-09-12", "Anticoagulation Clinic Note", """
ANTICOAGULATION CLINIC (CARDIOLOGY)
66F, bileaflet mechanical mitral valve + AF, on warfarin; referred after derm diagnosed
non-uremic calciphylaxis on the R upper arm (bx 8/8/17).
Discussion: DOACs are contraindicated with a mechanical valve. Options reviewed with pt and
derm: continue warfarin at the lowest acceptable INR (narrowed goal 2.5-3.0); long-term LMWH not
practical for her. Shared decision: continue warfarin, INR weekly for now.
INR today 2.8. Wt 110.2kg, BMI 40.8.
Wound: pt reports the R arm ulcer is smaller; home RN doing dressings; sodium thiosulfate IV
3x/wk since 8/21 at the infusion suite. Skin elsewhere intact per pt.
Plan: warfarin 5.5mg daily; INR in 1 wk; no injections into the R arm.
"""),
("2018-03-06", "Travel Clinic Visit and VAERS Report", """
COLDHARBOUR TRAVEL CLINIC - PRE-TRAVEL + VAERS SUBMISSION
66F asking advice for Peru (Lima, Cusco) in June 2018; had yellow fever vaccine spring 2017.
YF not required for Lima/Cusco; no re-vaccination (one dose is lifelong; prior adverse event).
VAERS report filed today (copy to chart):
  Vaccine: yellow fever, live (manufacturer/lot unknown - given at an outside pharmacy)
  Route/site: SC, R upper arm, posterior
  Date vaccinated: unknown, "spring 2017" per pt; ICVP since lost
  Onset date: 07/03/2017
  Event: painful indurated plaque with necrotic eschar at the injection site; biopsy 8/2017 =
  calciphylaxis (non-uremic), on warfarin for mechanical valve. Treated w/ sodium thiosulfate.
  Outcome: healed with atrophic scar 01/2018. No hospitalization, not life-threatening.
Today: BP 128/76, wt 109kg, BMI 40.4. R arm: 3cm depressed scar, no active lesion.
Peru advice: altitude - acetazolamide acceptable (normal kidney function), hep A #1 IM L
deltoid given (VIS given), typhoid declined. TD standby. INR check before flights.
"""),
]}

B07 = {"patient_id": "B07", "age": 69, "sex": "F", "notes": [
("2022-02-08", "Travel Medicine Pre-Cruise Consult", """
ASHCOMBE TRAVEL CLINIC - PRE-TRAVEL (CRUISE)
69F, 7-night Eastern Caribbean cruise out of Miami 3/5 - 3/12/2022 with husband; ports St.
Thomas, St. Maarten, Puerto Plata.
PMH: ESRD on HD (MWF), access = L upper arm fistula; dialysis at sea arranged (ship unit, 3
runs); T2DM -
glargine 30u nightly plus mealtime lispro; AF on apixaban 2.5 bid since 2019 (warfarin
2014-2019); HFpEF; obesity.
VS: 132/70, 66 irregular, 94.1kg, 172.7cm, BMI 31.5
Immunization review: COVID-19 primary + booster (required by cruise line - card checked); flu
10/2021; Tdap 2018. PCV20 not yet -> given today, 0.5mL IM R deltoid, VIS given.
Hep A discussed for port food - declined.
Counselling: norovirus/handwashing; sun; motion sickness (meclizine 12.5mg prn, avoid
scopolamine patch - confusion risk); insulin storage & time zones; fall risk on wet decks
and gangways - nonskid shoes; carry dialysis summary & med list. Dengue/Zika: repellent.
No malaria risk on this route.
"""),
("2022-03-15", "Primary Care Acute Visit", """
QUARRY HILL FAMILY MEDICINE - ACUTE VISIT
69F seen after her cruise. On 3/9/22 she slipped on the wet pool deck aboard ship, falling
onto her R side. Ship physician examined her, no imaging aboard, acetaminophen given. Walked
off the ship 3/12 with a cane. Now: R hip sore, large bruise. On apixaban - no bleeding
elsewhere, no melena.
Exam: 130/72, 70 irreg. R lateral hip (trochanteric area): ecchymosis 14x11cm,
purple-green, firm hematoma ~6cm beneath, tender; no skin break. ROM of the hip full, painful at
end range, no shortening or rotation. Gait antalgic w/ cane.
XR R hip/pelvis today: no fracture.
Hgb 10.9 (11.2 in Feb).
A: R lateral hip contusion + hematoma, fall on cruise ship; anticoagulated.
P: Continue apixaban; CBC with next HD labs. Acetaminophen, no NSAIDs. Cane. Return if
swelling enlarges, skin breaks down, or new numbness.
"""),
("2022-04-20", "Hemodialysis Progress Note", """
HD PROGRESS NOTE
69F MWF. New R lateral hip patch - purple, hard, very painful - x 2 wks, center now
darkening; can't lie on her R side. Pain 9/10. No fever or chills.
O: Pre BP 146/70, HR 74 irreg, T 36.6, wt 93.0kg.
R lateral hip: 7x5cm plaque, violaceous + indurated, retiform margins, black necrotic
center ~2cm, dry. No other lesions seen.
Labs 4/11: Ca 9.7, Phos 6.6, PTH 780, Alb 3.0, Hgb 10.5.
Meds: insulin glargine/lispro, apixaban, CaCO3 1g with meals, calcitriol 0.25 3x/wk,
metoprolol, torsemide.
A: Painful necrotic plaque R hip; insulin-treated DM, obesity, low albumin, Ca load -> rule out
calciphylaxis.
P: Urgent derm. CaCO3 off, sevelamer on; calcitriol held. Pain: hydromorphone 1mg PO every
4h if needed, bowel regimen.
"""),
("2022-04-28", "Dermatology Consult", """
DERMATOLOGY CONSULT
69F on HD; R lateral hip plaque, painful, onset ~4/6/22. Bx 4/22 (deep incisional x2):
SQ arterioles with medial Ca++ and thrombi, fat necrosis, vK+, no vasculitis ->
calciphylaxis.
On exam: R lateral hip lesion 8x6cm, eschar 3cm centrally, retiform purpuric rim. L hip,
buttocks, thighs and abdomen clear. BMI 31.2.
Hx: insulin-requiring DM; apixaban now, warfarin in the past (2014-2019); HD since 2017.
A/P: R lateral hip calciphylaxis.
 - STS 25g IV w/ each MWF run (renal ordered 4/25)
 - Wound: leave dry stable eschar intact; petrolatum gauze + foam to the edges
 - Pain team consult; no lying on the R side; pressure-redistribution overlay for her bed
 - Prognosis discussed openly with pt and husband.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
