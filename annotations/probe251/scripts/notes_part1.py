"""probe251 corpus notes, E01-E07 (disaster and evacuation dialysis; all people, places and storms invented)."""

E01 = {"patient_id": "E01", "age": 63, "sex": "F", "notes": [
("2021-09-03", "Shelter Medical Station Intake", """
TARRANT BAYOU CIVIC CTR - MED STATION INTAKE (evacuee)
Hurricane Ferrand / cot B-114

63 y/o F walked in w/ her daughter. Left Port Alder 8/30/21 on county bus, at this shelter since 9/1.
Dialysis: chair at Gulfmere Dialysis (flooded, closed), 3x/wk M-W-F. Last full run Fri 8/27,
so she has missed Mon + Wed. Ankles puffy, no CP.
PMH: DM2 ~20 yrs -> nephropathy -> ESRD, HTN, obesity (BMI 33.4 on her home clinic card).
Has never been on a blood thinner.
Meds: glargine 28 u at bedtime + lispro by sliding scale - pens carried here in a lunch cooler, now
kept in the station fridge. Sevelamer 800 w/ meals, amlodipine.
Insulin technique: at home always into the belly. Since getting here she gives every shot into the
L outer thigh - "can't pull my shirt up in front of the whole gym".
Skin: no open wounds seen; legs not looked at closely.
i-STAT K 5.9. Put on emergency HD list, Kessler Pines shuttle tmrw 0600.
"""),
("2021-09-24", "Receiving Dialysis Unit RN Assessment", """
KESSLER PINES DIALYSIS - RN assessment, guest pt (hurricane evacuee)
Chair 7, her 9th treatment with us.
Pre wt 92.4 kg / post 89.9 kg. BP 162/88 pre.
Pt tearful. L outer thigh burning x 5 days, it woke her on the cot last night; rates it
nine out of ten, tylenol not touching it.
Assessment: L lateral thigh approx 6x4 cm, firm plum-coloured plaque, netlike lacy edge; centre
dusky-black ~1.5cm; she flinches when the sheet brushes it. No drainage. Afebrile.
Pt says this is "exactly where I been doing my insulin since the shelter" and she is still
injecting there. Pre-tx glucose 212.
Notified Dr Okafor-Lind (nephrology), will see on rounds; derm referral requested.
Told pt to move her insulin shots away from this area for now.
"""),
("2021-10-05", "Dermatology Consultation", """
DERMATOLOGY CONSULT - Hollister Regional outpatient
Referred by: Kessler Pines nephrology. Q: painful L thigh plaque, HD pt displaced by Hurricane Ferrand.
Hx: onset 09/19/2021 per pt, tender and enlarging. On arrival at the evacuation shelter 9/1/21 she
moved all insulin from the abdomen to the L lateral thigh, about 2 injections a day there until 9/24.
Exam: 7x5 cm retiform violaceous plaque, lateral L thigh, with adherent central black eschar (2cm).
Abdomen, R thigh and both calves clear.
Path (punch x2, 28-Sep-2021): mural calcium deposits in small vessels of dermis + subcutis, intimal
thickening, fat necrosis. Read as calciphylaxis.
Impression: calciphylaxis at her new insulin injection site (lateral thigh, left).
Type 2 DM, insulin-requiring. Warfarin: none, ever. BMI 32.9 today.
Plan: nephrology to order sodium thiosulfate w/ every dialysis; stop calcium carbonate; moist
dressing; insulin only into abdomen/arms from now on; pain plan w/ PCP.
"""),
]}

E02 = {"patient_id": "E02", "age": 70, "sex": "M", "notes": [
("2020-08-19", "Evacuation Center First Aid Log (transcribed)", """
RIDGEBACK FIRE - ALTA JCT FAIRGROUNDS EVAC CENTER
First aid tent log, typed from the handwritten sheets by clinic staff

8/16/20 1420  70M, HD pt Tu-Th-Sa, home unit Cinder Valley (closed, inside fire perimeter). c/o
L knee ache - OA flare "walked a mile from where the bus dropped us". No fall. Knee not warm,
no effusion. Instant cold pk on L knee x20 min in tent, sent w/ 6 cold pks, up to TID, wrap in towel.
Not diabetic. A-fib: took warfarin until 2014 (GI bleed), nothing for anticoag since per pt.
   -- J. Ruelas EMT-B
8/19/20 0910  back for more cold packs. Putting them on the L knee every morning + night + after
the walk to the meal line. Pain better. Skin over knee intact, no marks. Gave 10 more.
Reminded re HD shuttle to Alta Junction Dialysis T/Th/Sat 0530.   -- M. Tsosie RN
"""),
("2020-09-08", "Receiving Dialysis Unit Guest Treatment Note", """
ALTA JUNCTION DIALYSIS  /  guest tx note (fire evacuee)
Pre 78.6 kg, EDW 76.5, UF goal 2.3 L. Missed Sat 9/5 - shuttle cancelled for smoke.
Pt rolled up his pant leg: tender dark area, medial aspect L knee. Says it began
Sun 9/6 as a red tender dot, has turned purple with a black core, "hurts like a stove burn".
~3 cm, retiform purple margin, central eschar, medial L knee. Denies any bump.
He has kept on icing that knee w/ the fairgrounds cold packs 2-3 times a day "since the first
week we were here".
No other skin findings. Charge RN aware, MD to see Thurs.
BP 171/79 pre, 150/72 post. Access L UA AVF, cannulated w/o issue.
"""),
("2020-09-22", "Nephrology Progress Note", """
Nephrology progress note - displaced HD pt at Alta Junction Dialysis
S: L knee wound more painful, poor sleep. Quit the cold packs last wk on RN advice.
O: BP 148/70. BMI=26.1. Medial L knee: eschar 4x3.5 cm ringed by livedo, exquisitely tender.
Labs: iPTH 912 pg/mL; phosphorus 7.4; albumin 3.1; calcium 9.8.
Path: punch bx L medial knee 9/14/20 - calcified media of small vessels, thrombosed lumens,
and necrotic fat, reported by Dr Imbert (path) as calciphylaxis.
Assessment/plan: #1 calciphylaxis, L medial knee (bx-proven). Appeared about three
weeks after he began daily cold-pack use on that same knee (first pack 8/16) -
cold injury the likely trigger.
 - sodium thiosulfate post-dialysis TTS, 25 g
 - calcium acetate -> sevelamer; start cinacalcet
 - from now on, no ice/cold or heat applied to either leg
 - off warfarin since 2014, keep it that way
"""),
]}

E03 = {"patient_id": "E03", "age": 55, "sex": "M", "notes": [
("2019-09-05", "Shelter Dialysis Evacuee Screening Form", """
DIALYSIS EVACUEE SCREENING - Wexley Middle School shelter (Hurricane Corliss)
Arrived: Labor Day, 9/2/19, from Sable Key in a Guard truck.
Modality: in-centre HD, his chair days Mon/Wed/Fri; graft (AVG) L upper arm.
Home unit: Sable Key Kidney Center.
Last tx: Fri 8/30. Missed: Mon 9/2 (in transit). Next: emergency slot at Brannock 9/5 p.m.
Wt 141 kg on nurse-station scale, ht 5'10". Home unit transfer sheet says BMI ">40".
DM: yes, diet-controlled; off metformin since starting HD, never on insulin.
Anticoag: none.
Sleeping: standard Red Cross cot, much too narrow for him. Sits on the edge or sleeps half
upright, and the metal side bar presses across the backs of both thighs "all night long". On
this cot since he arrived. Requested bariatric cot - none in stock, reorder placed w/ logistics.
Skin check: no breakdown.
"""),
("2019-09-27", "Receiving Dialysis Unit Physician Rounding Note", """
Brannock Dialysis Ctr - MD rounding, guest evacuee
55M on HD from Sable Key, with us since early Sept. Shelter still has no bariatric cot for him.
c/o very painful purple marks behind both thighs, started ~2 wks ago.
Exam: posterior thighs bilat - horizontal band of retiform purpura w/ stellate edges, ~12 cm
across on R, 9 cm on L, lying right where the cot rail meets his legs; R side has a black
centre (2cm). Pedal pulses palpable. Afebrile.
Body mass index 44.6 kg/m2.
Labs: iPTH 640, PO4 8.2 (missed tx + shelter food), Ca 10.1.
A: retiform purpura of the posterior thighs - concern for calciphylaxis (morbid obesity, ESRD,
high phos) vs deep pressure injury.
P: derm for bx; hold calcitriol; asked Red Cross for low-phos boxed meals; pushing for a proper bed.
"""),
("2019-10-08", "Dermatology Consult", """
DERM - Brannock Regional Skin Clinic
Bx 10/1/2019 (6 mm punch, R posterior thigh): subcutaneous arterioles w/ calcified media,
thrombosed capillaries, septal panniculitis -> consistent w/ calciphylaxis.
Lesions on both posterior thighs follow the exact line of the shelter cot rail, onset mid-Sept;
the pressure began when he arrived at the shelter on 9/2.
Dx: calciphylaxis, bilateral posterior thighs, pressure-induced (Koebner-type).
He has been on a bariatric air mattress at the county medical-needs shelter since 10/3.
Wt 139.8 kg.
Plan: IV thiosulfate on his dialysis days, moist wound care, pain control, nephrology re binder
change. Avoid prolonged sitting on hard edges.
"""),
]}

E04 = {"patient_id": "E04", "age": 67, "sex": "F", "notes": [
("2023-07-18", "Shelter Infirmary Progress Note", """
DUNMORE COUNTY FAIRGROUNDS EVAC SITE - INFIRMARY   (Coldwater Mesa Fire)
Day 3 of ceftriaxone for CAP (CXR 7/16: RLL opacity), heavy smoke exposure.
Access: fistula in the L forearm - that arm protected (no cuff, no needles).
PIV: 22g R volar forearm, started 7/16/23 here in the infirmary; held with silk tape wound
around the forearm (we are out of transparent dressings). Site clean, flushes easily.
Nephrology would rather no PIV at all in an HD pt - no alternative out here.
VS: afebrile 37.4C, resp 18, sat 95% on room air.
PMH: ESRD, dialysis 3x/wk (T-Th-S); AF - warfarin (7/17 INR 2.6, abx may push it up); HTN;
hypothyroid. No diabetes.
BMI: daughter thinks 27-28 range, no working scale here.
Plan: ceftriaxone through 7/20 then PO; pull the PIV after last dose; INR at next HD.
"""),
("2023-08-04", "Receiving Unit Guest Patient Transfer Sheet (handwritten, scanned)", """
PRYOR FLATS DIALYSIS - GUEST PT INTAKE SHEET (handwritten, scanned to chart)
Pt: 67 F   Disaster: Coldwater Mesa fire   From: Dunmore fairgrounds infirmary
Sched: T/Th/S 2nd shift   Access: L FA AVF, +thrill/+bruit
EDW: 71 kg?? (pt unsure)   Pre wt today 73.2
Anticoag: warfarin 3 mg qd - INR today 3.4 -> hold tonight, MD aware
Allergy: sulfa (hives)
Skin: NEW very painful sore, inner R forearm, where her IV + the tape were at the fairgrounds.
black centre, purplish rim, ~2.5 cm. Pt says it started abt 10 days ago. IV came out 7/21.
-> derm referral. Pain: APAP only.
RN T. Baca
"""),
("2023-08-17", "Dermatology Consult", """
Dermatology consult - Pryor Flats Medical Center
67F on HD, displaced by the Coldwater Mesa Fire. Painful R forearm lesion since late July.
Hx: shelter infirmary put a 22g PIV into her R volar forearm 7/16/23, removed 7/21, fixed with
circumferential silk tape. The sore came up under the taped zone about 4 days after removal.
Exam: black eschar 3x2.5 cm mid volar R forearm, with violaceous retiform rim; firm skin
extends 2 cm proximally. L arm AVF fine. Legs and abdomen w/o lesions.
Bx (incisional, 8/9/23): calcium within walls of subcutaneous vessels, some thrombosed ->
calciphylaxis.
INR running high on warfarin. Wt 72.8 kg, BMI 27.6.
A: calciphylaxis R forearm at the former PIV/tape site.
P: sodium thiosulfate during dialysis; d/c calcium carbonate; ask cardiology +
nephrology about replacing warfarin; dressings with tubular retention - no adhesive on her skin.
"""),
]}

E05 = {"patient_id": "E05", "age": 48, "sex": "M", "notes": [
("2024-11-12", "Disaster Guest Dialysis Intake", """
SUTTER FORD KIDNEY CARE
DISASTER GUEST INTAKE - Greyhorn Complex fire

48 y/o M, left Larchmont Hollow the night of Nov 9 w/ wife and dog, sleeping at St. Brendan's
parish hall. Home unit Larchmont Dialysis - no power, no water.
Dialysis schedule Tu/Th/Sat - fistula R forearm. Last HD Thurs 11/7; missed Sat 11/9 (evacuating).
Kidney failure from IgA nephropathy. Not diabetic. Takes no warfarin / no anticoagulant.
HTN; secondary HPT (PTH in the 1,100s on a printout he brought) on calcium acetate + calcitriol.
Wt 76.0 kg, BMI 24.8.
Skin: 4 cm healing abrasion L anterior shin - scraped it on the trailer hitch loading the dog
crate the night they left (11/9). Cleaned, no sign of infection, bacitracin + dry gauze.
Tdap 2021 per pt.
K 6.4 -> full 4 h run today on a 2K bath.
"""),
("2024-12-03", "Nephrology Guest Patient Follow-up", """
Nephrology - guest pt f/u, Sutter Ford
Still displaced (house burned). Staying w/ a cousin now.
c/o severe L shin pain since ~Thanksgiving. The scrape from evacuation night had nearly closed,
then around Thanksgiving that same spot went purple and hard and then broke open.
Exam: ulcer L anterior shin 3x2 cm with black floor; violaceous retiform mottling around it out to
~5 cm; very TTP. DP 2+.
Labs 12/3: PTH 1340, Phos 7.9, Ca 10.4, alb 3.4.
A: necrotic, very painful shin ulcer (L) on top of the old abrasion, Ca-phos product
high - r/o calciphylaxis.
P: derm punch this week; stop calcitriol; binder to sevelamer; wound RN.
"""),
("2024-12-16", "Wound Care Clinic Note", """
Wound clinic - Sutter Ford Medical Ctr
Derm path (12/6/24 punch, L shin ulcer edge): medial calcification of cutaneous arterioles, c/w
calciphylaxis.
Wound: L anterior shin, 3.4x2.6 cm, all eschar, no odor, peri-wound livedo. Pain 8/10.
Onset per pt 11/28/24 (Thanksgiving), at the place he scraped on the trailer hitch on 11/9.
Dx: biopsy-proven calciphylaxis, L lower leg.
Tx: gentle cleanse, keep eschar dry and stable, non-adherent layer, tubular retention instead of
tape; STS begins Thursday with HD.
BMI 24.5. Pt asks about going home - FEMA caseworker involved.
"""),
]}

E06 = {"patient_id": "E06", "age": 59, "sex": "F", "notes": [
("2022-10-02", "Shelter Medical Station Wound and Immunization Note", """
CALLOWAY EXPO HALL SHELTER - MED STATION (Hurricane Lucero)
59 F on PD (CCPD at home; cycler left in the flooded house at Ostrea Beach). Doing manual CAPD
exchanges x4/day with donated 1.5% / 2.5% bags since 9/29, behind the curtain at the station.
Stepped on a nail in floodwater 10/1 -> puncture R sole; irrigated, no FB seen.
Tetanus booster (Tdap) IM today 10/02/2022, R deltoid (upper arm); last tetanus unknown.
Flu vaccine IM L deltoid at the same visit.
DM2: glargine 40 u every AM into the abdomen; donated meter.
BMI 36.0 (94 kg / 161.5 cm). No anticoagulants.
Plan: R foot check daily. Watch effluent for cloudiness. Call PD RN at Harmon Kidney for a cycler.
"""),
("2022-10-26", "Home PD Program Nursing Note", """
HARMON KIDNEY - HOME PD PROGRAM, evacuee visit
Now in a FEMA trailer; replacement cycler delivered 10/20, back on her usual CCPD prescription.
c/o a hard purple lump, very painful, outer R upper arm - started mid-October and slowly growing.
"That's where the shelter gave me the tetanus shot."
Exam: indurated violaceous plaque 4x3 cm on the R upper arm laterally, mid-deltoid level,
lacy border, small dusky centre.
L arm normal (flu shot spot unremarkable). R sole puncture healed.
Exit site clean, effluent clear. Wt 93.1 kg.
Dr Haverford notified -> derm referral; mineral labs sent.
"""),
("2022-11-09", "Dermatology Consult", """
Dermatology - Harmon Regional
59F, PD, Lucero evacuee.
Dx: calciphylaxis, R upper arm - proven on punch 2022-11-02 (calcified arterioles, fibrin
thrombi, necrotic fat).
Onset mid Oct 2022, at the spot of the Tdap IM injection given 10/2/22 at the evacuation shelter.
She also uses insulin into the abdomen - abdomen w/o lesions; L arm clear.
BMI 35.7.
Plan: thiosulfate infusions thrice weekly (PD, so given in the outpt infusion room);
cinacalcet up; gentle wound care; no IM injections into the arms for now.
"""),
]}

E07 = {"patient_id": "E07", "age": 72, "sex": "F", "notes": [
("2017-09-20", "Field Medical Team Note (NGO)", """
FIELD MEDICAL TEAM - Cortland Arena shelter. Visit 20.09.2017 (dates in this note are dd.mm.yyyy)
Female, 72 y. Evacuated 14.09.2017 from Ile Marchand after Hurricane Ondine.
Haemodialysis 3x/week at home, last session 12.09, two sessions missed; a chair at the receiving
unit is booked for tomorrow.
Complaint: pain R side / flank since sleeping on the floor mats. Volunteers handed her a reusable
microwave heat pack on 16.09; she has slept with it held to the R flank nightly since then.
Exam: R flank skin intact, no tenderness to palpation. Mild ankle oedema.
PMH: ESRD (polycystic kidneys), HTN, DVT 2015 treated with warfarin, changed to apixaban 2016.
No diabetes. BMI 23.0 (58 kg).
Plan: paracetamol 1 g up to TDS, dialysis tomorrow, heat pack only over a folded towel.
"""),
("2017-10-11", "Nephrology Consult, Receiving Hospital", """
NEPHROLOGY CONSULT - Brightwater General (receiving hosp for Ondine evacuees)
Reason: painful R flank plaque, guest HD pt
HPI: 72F, ADPKD-ESRD on HD, displaced from Ile Marchand. Noticed a tender hard patch on her R flank
10 days ago, now dark in the middle. Since mid-Sept she has slept with a hot microwave pack pressed
against that flank every night (handed out at the shelter).
Exam: R flank indurated plaque 5x4 cm, violaceous net-like rim, 1 cm central necrosis; no
fluctuance, not warm.
Labs: iPTH 780; PO4 6.8; corrected Ca 10.4 (measured 9.6 with albumin 3.0).
A: r/o calciphylaxis vs thermal injury.
P: derm biopsy; stop the heat pack; start cinacalcet.
"""),
("2017-10-18", "Dermatology Note", """
Dermatology - Brightwater General
Bx 13 Oct 2017, R flank (two punches): arteriolar mural calcium in subcutaneous fat, thrombi ->
calciphylaxis confirmed. No erythema ab igne pattern on the skin.
The plaque sits precisely where she held the heat pack each night from 16 Sept; onset 1 Oct.
Dx: calciphylaxis R flank, thermal trigger.
Anticoag: warfarin in the past (2015-16), apixaban now. BMI 22.8.
Plan: thiosulfate on dialysis days, no more heat on skin, moist wound care, pain control.
Seen w/ her daughter, who interprets; the family hopes to fly back to Ile Marchand in December.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
