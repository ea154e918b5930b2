"""probe251 corpus notes, E15-E20 (disaster and evacuation dialysis; all people, places and storms invented)."""

E15 = {"patient_id": "E15", "age": 71, "sex": "F", "notes": [
("2017-09-14", "Shelter Medical Station Note", """
HURRICANE ONDINE - Pike Landing Armory shelter, med station (MD volunteer)
71F evacuee, NOT on dialysis: CKD 3b (July creat 1.7 / eGFR 34 per papers in her pill bag).
A-fib on warfarin 5 mg; missed 4 days of doses during the evacuation, INR 1.4 today on POC meter.
Phone call w/ her cardiologist: bridge w/ enoxaparin SC daily until INR >2. First dose given here
today in the L anterior thigh; she will self-inject the rest into her thighs.
DM2 - glipizide only, never insulin. HTN. Obese - BMI 31.8.
Skin: no lesions noted.
Plan: INR recheck 9/18, enoxaparin teaching done, glucose log.
"""),
("2017-09-26", "Urgent Care Note", """
Pike Landing Urgent Care (open for evacuees)
71F, 5 days of painful purple netted patches, L anterior thigh, the same area she used for
the enoxaparin shots; enoxaparin stopped 9/20 when INR reached 2.3. INR today 3.0.
Exam: retiform purpura 8x6cm of L anterior thigh, 2 small dusky blisters; R thigh has
scattered small bruises only.
DDx: coumadin skin necrosis / calciphylaxis / hematomas from the enoxaparin. Cannot exclude
calciphylaxis (CKD, obesity, warfarin, female).
Plan: derm ASAP - no derm in town this week, telederm request sent; vit K not given (AF).
"""),
("2017-10-03", "Teledermatology Consult", """
TELEDERMATOLOGY (photos + history from Pike Landing UC)
Assessment: retiform purpura L anterior thigh in an older woman on warfarin with CKD 3b. Favor
warfarin necrosis of the skin; early calciphylaxis remains in the differential. We would need a
deep incisional specimen to tell them apart.
Recommend: biopsy; hold warfarin, switch to apixaban if cardiology agrees.
Update from UC RN: pt is returning home to Ile Marchand tomorrow, roads open; biopsy to be
arranged by her own doctors. Nothing more received since.
"""),
]}

E16 = {"patient_id": "E16", "age": 62, "sex": "M", "notes": [
("2019-09-04", "Shelter Medical Station Note", """
HURRICANE CORLISS - Tolland Civic Arena shelter, med station
62M, HD MWF, arrived this morning after a 19 h bus ride from the coast (left yesterday a.m.).
Last HD Fri 8/30. Mild dyspnea, +2 edema.
c/o soreness on R buttock "from sitting so long on the bus" - not examined today, pt declined
in open area.
PMH: ESRD, DM2 on insulin detemir, HTN, prior CVA w/ L-sided weakness (walker).
No anticoagulation.
Plan: emergency HD at Tolland Kidney Center today 2 pm; look at buttock in private room tomorrow.
"""),
("2019-09-09", "Receiving Dialysis Unit Nursing Note", """
Tolland Kidney Ctr - RN note, guest pt
R buttock: black eschar 4x3cm, purple net pattern and induration around it, very tender;
pt unsure when it began. Sits most of the day in a folding chair at the shelter.
?calciphylaxis vs unstageable pressure injury. MD aware; wound RN consult.
Pre wt 61.0 kg. Pt very thin since the storm, eating poorly. BP 104/62, UF capped at 1 L.
Says he also sleeps sitting up in that chair most nights.
Insulin held this AM for glucose 88.
"""),
("2019-09-16", "Nephrology Note", """
Nephrology - Tolland Kidney Ctr, guest pt
R buttock wound unchanged. PTH 1,050, P 7.0, Ca 9.4.
A: unstageable pressure injury R buttock vs possible calciphylaxis - with this PTH and phos, I
can't rule calciphylaxis out. Biopsy discussed; deferred, pt leaving Thursday for his
sister's home in Tennessee, new unit there not yet confirmed.
Gave STS 25 g x2 empirically for suspected calciphylaxis. Pressure-relief cushion issued.
BMI 21.4.
Copy of records given to pt for his next unit. Wound RN: bordered foam, offload, reposition
every 2 h when in bed.
"""),
]}

E17 = {"patient_id": "E17", "age": 54, "sex": "F", "notes": [
("2018-11-13", "Home PD Transfer Sheet (handwritten)", """
PD TRANSFER SHEET (handwritten)  Pell Canyon Home Dialysis -> Sorrel Bend PD Clinic
Event: Pell Canyon Fire. Pt evacuated 11/9 to her brother's house in Sorrel Bend.
Modality: CCPD four 2.2-L cycles + 1.5-L day dwell. Cycler + 1 wk supplies with her.
DM1 - insulin pump (lispro), CGM.
No warfarin.
Wt 88 kg, BMI 30.0.
Skin: lacy purple rash lower abd both sides, noted ~2 wks ago by our RN -> ?CUA, derm pending
(appt lost to the fire).
Exit site: clean, no crust.
"""),
("2018-11-20", "Receiving PD Clinic Note", """
Sorrel Bend PD Clinic - evacuee visit
Lower abdomen: faint reticulated violaceous mottling both sides, non-tender, blanches partly; no
nodules, no ulcer. Pump site R upper buttock (not the abdomen).
DDx: livedo reticularis (cold - she slept in the car 2 nights) vs possible early calciphylaxis.
Ca 9.1, P 5.8, PTH 410.
Biopsy offered - she would rather wait until she is back home.
Plan: recheck 2 wks; lower Ca dialysate; photo documentation.
Exit site healthy. Cycler log: no alarms, UF roughly 900 mL a night.
"""),
("2018-12-04", "PD Nurse Telephone Note", """
PD RN phone call - Sorrel Bend
Pt back home in Pell Canyon since 12/1 (evac order lifted). Says the lacy marks are "lighter",
no pain, no open areas.
Problem list still reads: livedo, ?calciphylaxis, biopsy declined.
Records faxed to Pell Canyon Home Dialysis; their derm appt rebooked for January.
Reminded: call for any painful lump or sore. Her back aches; she wondered about using a
heating pad - told no heat directly on skin. Supply deliveries to her home address restarted.
"""),
]}

E18 = {"patient_id": "E18", "age": 68, "sex": "M", "notes": [
("2022-10-05", "Shelter Medical Station Note", """
HURRICANE LUCERO - Calloway Expo Hall shelter, med station
68M, HD TTS (guest chair at Harmon Kidney), type 2 DM - glargine and lispro, which he
shoots into his thighs. Hx DVT 2019 - warfarin x 6 months, done.
c/o red, hot, painful lump L thigh x 4 days, where he has been injecting in the shelter bathroom.
Exam: L anterolateral thigh 5 cm area, warm, tender, fluctuant center, small dusky spot.
T 38.1.
A: ?abscess vs calciphylaxis vs lipohypertrophy
P: to Harmon ED today.
BMI 27.0.
"""),
("2022-10-05", "Emergency Department Note", """
HARMON REGIONAL ED
68M, dialysis-dependent, insulin-treated diabetic, sent from shelter w/ painful L thigh lump.
Bedside US: 3.2 cm fluid collection.
Procedure: I&D L thigh abscess under local, 8 mL purulent fluid, packed. 4 mm punch of the dusky
rim sent to derm path to look for calciphylaxis per nephrology request.
Cultures sent. Vancomycin dosed post-HD.
Vitals: T 38.0, HR 102, BP 138/76. Iodoform strip packing, recheck in 48 h.
Dispo: back to shelter, wound check at med station daily.
"""),
("2022-10-20", "Nephrology Note", """
Nephrology - Harmon Kidney, guest pt
L thigh I&D site healing w/ packing, no new lesions.
Path: suppurative panniculitis; von Kossa stain neg, vessels without calcium. Culture MSSA.
Calciphylaxis ruled out - this was an insulin-site abscess.
Teaching: sterile technique, rotate injection sites.
Warfarin only in 2019, no anticoag now.
BMI 26.8. On cefazolin after each HD through 10/26. Fingersticks 140s-220s. Packing out
since 10/14, edges granulating. Back at Calloway shelter, hopes to go home next month; his
own unit has power again.
"""),
]}

E19 = {"patient_id": "E19", "age": 45, "sex": "F", "notes": [
("2025-01-12", "Shelter Health Intake", """
JUNIPER SADDLE FIRE - Alder Point Rec Center, health services
45F evacuee, CKD stage 4 (eGFR 18 in Dec), not on dialysis yet. L forearm fistula created in
October, maturing, never used.
Her older brother (HD) died in 2021 of calciphylaxis - she is frightened of it.
Not diabetic (A1c 5.4). HTN, lupus nephritis hx. Not on anticoagulants.
Weight 84kg (BMI 31.0).
Skin: intact, no wounds.
Plan: call her nephrologist's office; if she develops uremic symptoms or K is high she will need
urgent dialysis somewhere - given the list of receiving units.
"""),
("2025-01-27", "Nephrology Telehealth Visit", """
Nephrology telehealth (video) - pt still at shelter
eGFR 17. K 5.2. No uremic sx. Dialysis not needed yet; plan to start when eGFR <10 or symptoms.
Skin exam over video: legs, abdomen, arms look normal, no lesions or livedo. No evidence
of calciphylaxis.
Discussed her brother's calciphylaxis and her own risk if she goes on dialysis later.
BMI 30.6 (home scale 82.7 kg).
Fistula thrill present per pt. Meds: amlodipine, hydroxychloroquine, sodium bicarbonate.
Dietitian phone visit set up - shelter meals high in potassium.
"""),
]}

E20 = {"patient_id": "E20", "age": 50, "sex": "M", "notes": [
("2024-10-03", "Shelter Nursing Note", """
HURRICANE WRENNA - Redbud Springs Baptist shelter, nursing
50M, HD M/W/F, guest chair at Redbud Springs Dialysis.
His cot neighbour has a leg wound the staff call calciphylaxis and has been using ice packs on it;
he asks if he can catch it. Explained: not contagious; HD patients can be at risk, so he should
skip the heating pad and ice on his skin, and report any new sore purple spot to the station.
A1c 6.1 - prediabetes, not diabetic, no meds for it.
Skin: not examined today.
Never on warfarin.
"""),
("2024-10-15", "Receiving Dialysis Unit Skin Check", """
Redbud Springs Dialysis - guest pt monthly skin check
Full skin check done in private bay: skin intact head to toe, without livedo, ulcer or
nodule. No evidence of calciphylaxis. AVF L upper arm w/o problems.
Wt 88.1 kg, BMI 29.9 (overweight). BP 142/80, cannulation easy, 2.2 L off.
He asked again about calciphylaxis after his cot neighbour went into hospital; reassured.
Education repeated: no heat or cold packs on skin.
Plan: back to home unit at Keel Harbor when it reopens.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
