"""probe90 corpus notes, J01-J07 (geriatric medicine and memory clinic; all invented)."""

J01 = {"patient_id": "J01", "age": 84, "sex": "F", "notes": [
("2019-04-10", "Memory Clinic Follow-up", """
MEMORY CLINIC - 6 month review
Accompanied by: daughter Renata (lives with pt since late 2018, main carer, holds LPA)
Dx: Alzheimer's dementia, moderate. MoCA today 14/30 (was 17 in Oct).
Carer report: sleeping better on the lower mirtazapine. Still wandering at dusk 2-3x/wk. Renata now draws up + gives the Lantus 18u each night since Thanksgiving, always on the L side of the lower tummy "because mom lets me do it there without fussing".
New concern per Renata: right on that spot there is a hard, exquisitely sore patch which first bothered mom 3 weeks ago, and it is turning plum coloured w/ a black middle. Mom pushes her hand away at injection time.
PMH: kidney failure -> haemodialysis Tu/Th/Sa sessions at Brookvale; T2DM on insulin; HTN. No anticoagulant.
Wt 79.2kg BMI 33.6.
Plan: see in geri clinic this wk for the skin, ? needs derm. Continue donepezil 5.
"""),
("2019-04-16", "Geriatric Medicine Clinic", """
Geri clinic add-on, seen with dtr.
S: painful L lower abdominal lump, dtr dates it to ~3/20. Pt herself cannot give hx (dementia), winces on palpation.
O: L lower quadrant of abd wall, within the insulin rotation zone: woody plum-coloured plaque 6 x 4.5 cm, net-like purpura at margin, black eschar centrally (1.5cm). No warmth, no fluctuance. R side of abd clear.
A: retiform purpura + eschar sitting on her insulin rotation patch, pt on HD -- suspect calciphylaxis. Less likely lipohypertrophy w/ haematoma.
P: 4mm punch bx booked w/ derm Fri. Emailed renal re phosphate/binders. Dtr to inject into R upper arm from now on.
"""),
("2019-04-29", "Geriatric Medicine Telephone Note", """
Phoned Renata with results. Derm punch bx (4/19) from edge of L lower abd plaque: subcutaneous arteriolar calcium with occlusive thrombi and fatty necrosis; the path report reads "calciphylaxis" - so dx confirmed. Derm + renal agree the lesion is sitting exactly where she has had the nightly insulin since last Thanksgiving.
Renal starting sodium thiosulfate with HD. Dtr coping but tired - offered respite referral, accepted.
"""),
]}

J02 = {"patient_id": "J02", "age": 79, "sex": "M", "notes": [
("2021-03-16", "Falls Assessment", """
FALLS & MOBILITY CLINIC
Referred by PCP after 2 falls since New Year (no injury either time).
Hx from pt + wife Gloria: OA both knees, R worse. Since January he has had an electric heating pad strapped over the R knee every evening in his recliner, often falls asleep on it set to high.
Gloria also wants someone to look at "a nasty black sore on his kneecap" which she first spotted 3/2/21 when helping him shower.
Meds reviewed: warfarin for AF (INR 2.4 on Thursday), metoprolol, tamsulosin, calcitriol. No diabetes. Peritoneal dialysis - overnight cycler, 4 yrs.
TUG 18 s w/ cane. Orthostatic drop 22 mmHg systolic, symptomatic.
R anterior knee/patella: 3cm ulcer capped by black eschar, violaceous rim. Very tender.
BMI 27.4
Plan: PT gait training, stop tamsulosin trial, OT home visit, derm urgent re knee.
"""),
("2021-03-24", "OT Home Safety Evaluation", """
Home visit - OT
Split-level house, 4 steps to front door with one rail. Loose hall runner (removed w/ permission). Bathroom: no grab bars, low toilet -> raised seat + 2 bars ordered.
Recliner in den has the heating pad wrapped around its arm; Gloria says it lives on his right knee every night. Advised per derm: no heat to that leg. Pad bagged and put in garage.
R knee dressing intact, pt guarding the leg on transfers. Cycler tubing runs across bedroom floor - rerouted along the wall.
"""),
("2021-04-08", "Dermatology Consultation", """
DERMATOLOGY
79M on PD, AF on warfarin, seen for R knee ulcer.
Bx 3/26 (deep incisional, R pretibial/patellar margin): medial calcification of dermal/subcutaneous vessels, intraluminal thrombi, calcium in fat lobules. Dx: calciphylaxis.
The ulcer overlies the area that has been heated nightly with a pad since Jan 2021; we consider the repeated thermal injury the likely local trigger.
Rec: warfarin -> apixaban (discussed w/ cardiology), STS via PD team, wound care nursing, no heat/cold packs to legs.
"""),
]}

J03 = {"patient_id": "J03", "age": 88, "sex": "F", "notes": [
("2022-06-14", "Falls Clinic Assessment", """
Falls clinic - new pt
88 yo woman, 2nd fall in 3 mo, both at night going to the commode. Son Tomasz present, interpreter (Polish) used.
PMH: end-stage kidney dz on haemodialysis MWF; T2DM (linagliptin only, never on insulin); osteoporosis; cataracts.
Lying/standing BP 142/70 -> 118/64. Gait: wide based, shuffling. FRAX high.
Skin: intact all over, checked w/ nursing.
Weight 76 kg; BMI 30.4 kg/m2 -> obese, class 1.
Actions: padded hip protector briefs fitted today and son shown how to put them on; bedside commode moved closer; night light; vit D.
"""),
("2022-09-05", "Geriatric Home Visit", """
Home visit (geriatrician + CNS)
Tomasz reports his mother has worn the hip protectors round the clock since clinic in June, incl in bed, and sleeps on her R side. Since about the middle of August she has had a purple painful area on the R hip, just where the hard shell of the pad pushes in. It has gone black in the centre the last week.
O/E: R hip, lateral, overlying the trochanter - stellate purpuric plaque 5 x 4 cm, dusky and woody, eschar 1 cm centrally. Outline of the pad edge visible as a ridge. L hip normal.
Weight 74.1 kg BMI 29.8.
Imp: ?calciphylaxis (HD, obese earlier this yr) vs pressure injury stage 3. Protectors removed, alt air mattress ordered. Urgent derm.
"""),
("2022-09-20", "Dermatology Consult Note", """
Derm consult
Punch bx 9/12 R lateral hip: vascular calcification in subcutaneous arterioles with thrombosis and panniculitis. Calciphylaxis, biopsy proven.
Sited where the padded hip protector pressed continuously from mid-June, which we think explains the location. Not a simple pressure ulcer.
Plan per renal: STS TIW, cinacalcet, stop calcium carbonate. Comfort-focused wound plan discussed with son.
"""),
]}

J04 = {"patient_id": "J04", "age": 76, "sex": "M", "notes": [
("2020-10-19", "Orthogeriatric Follow-up", """
ORTHOGERIATRICS - post op review
Slipped on wet leaves outside the library 9/30. Closed L distal radius # (no wound, skin unmarked) -> ORIF (volar locking plate) 10/7/2020.
Volar L forearm incision 7 cm, clean, staples out today, no erythema.
PMH: ESRD on HD (fistula R arm), hx DVT 2017 - on warfarin since, no DM, BPH.
Falls screen: one previous fall 2019. Vision ok. Vit D low -> replace.
Med rec: warfarin 4mg/5mg alt days, sevelamer w/ meals, amlodipine, finasteride. No calcium supplements.
BMI 24.1.
"""),
("2020-12-22", "Geriatric Medicine Clinic", """
Geriatrics - clinic
Wife Hilde says since early December the scar on his L wrist "turned dark and angry"; he flinches if anybody goes near it and has stopped doing his hand exercises.
O/E: along the healed volar L distal forearm incision, a 5 cm band of necrotic plaque capped with eschar; livedo racemosa fans out roughly 3 cm each side. No pus, afebrile, CRP 18.
Imp: wound infection unlikely. Concern for calciphylaxis in HD pt on warfarin.
Plan: derm to biopsy, hand surgery aware, plate not exposed.
"""),
("2021-01-08", "Dermatology Letter", """
Dear Dr Varga,
I reviewed Mr Lindqvist. The incisional biopsy I took on 29 December, at the ulnar edge of his forearm plaque, shows calcified arterioles throughout deep dermis plus subcutis, with thrombosis: this is calciphylaxis. The necrosis follows the surgical incision of 7 October precisely, and trauma from that operation is the most plausible trigger.
Suggest stopping warfarin if haematology agree (DVT was 3 yrs ago). Renal to start sodium thiosulphate.
Kind regards,
Dr P. Oyelaran
"""),
]}

J05 = {"patient_id": "J05", "age": 82, "sex": "F", "notes": [
("2024-01-09", "Post-Fall Assessment", """
POST FALL REVIEW - geriatric day hospital
Hx from pt and daughter-in-law Anneke: slid off the commode on Christmas Eve (late evening) and landed hard on her L buttock, big bruise came up. No head strike, did not lose consciousness, got up with help.
Then on Jan 2nd she noticed a hard, burning spot at the heart of the bruise that gets darker every day.
PMH: ESKD on CAPD (4 exchanges), T2DM - insulin glargine into the abdomen, gout, HTN. No blood thinners.
O/E: L buttock: indurated plaque 7x6cm, retiform purpura, black centre 2 cm; yellow-green resolving bruise around it. R buttock normal.
BMI 31.0 (obese).
Imp: ?calciphylaxis at site of fall injury vs organising haematoma. Derm referral, bx.
Falls: commode w/ arms, PT for sit-to-stand.
"""),
("2024-01-17", "Pharmacist Medication Reconciliation", """
Clinical pharmacist - med rec (home + PD clinic lists compared)
Reason: new dx calciphylaxis (L buttock, bx 1/12 confirmed per derm note).
Home list vs PD clinic list:
- calcium carbonate 1250 mg with each meal -> STOPPED (discussed with renal), swapped for sevelamer carbonate 800 mg with each meal
- calcitriol 250 nanograms once a day -> held
- insulin glargine 22 u qHS - cont, pt's own pens
- allopurinol 100 mg daily - cont
- amlodipine 10 - cont
- OTC: "bone tonic" w/ calcium + vit D found in handbag - stop; Anneke to remove from house
No warfarin ever. Educated on new drugs with teach-back.
"""),
("2024-02-02", "Geriatric Medicine Follow-up", """
Geri f/u
L buttock calciphylaxis - the biopsy-proven lesion is stable, eschar dry, pain scored 4/10 using hydromorphone 0.5 mg prn. STS 3x/week via PD unit.
Anneke asks whether the fall caused it - explained the Christmas Eve injury is probably what set it off in that exact spot.
Mobility: walking w/ frame, no falls since. Home safety: sensor mat at night.
Wt stable, BMI 31.0.
"""),
]}

J06 = {"patient_id": "J06", "age": 90, "sex": "M", "notes": [
("2023-05-18", "Memory Clinic Review", """
Memory Assessment Service
Vascular dementia. MMSE 19/30 (21 last yr). Wife Dorota, 86, attends.
Dorota reports a painful dark lump on the L upper arm that appeared about ten days ago. She points out it is right where the practice nurse gives his B12 jab each month - he has had those into the left arm since spring 2021 for pernicious anaemia.
Other: on HD MWF, warfarin for mechanical AVR, no diabetes.
Exam (brief): L lateral upper arm, deltoid area: 3 cm firm purple nodule with a tiny black crust. Tender.
BMI 22.0.
Plan: GP/geri team to assess skin today; memory - cont galantamine not started (bradycardia), carer support assessment.
"""),
("2023-05-25", "Geriatric Medicine Clinic", """
Geriatrics
Punch bx of L upper arm nodule (5/19) -> calciphylaxis (calcified subcut vessels, thrombus, necrotic fat). Dx confirmed.
Lesion at the monthly IM B12 injection site, started ~5/8.
Discussed w/ renal + cardiology: warfarin must stay for the valve; renal will optimise phosphate and start STS.
B12 to be changed to oral 1000 mcg daily.
"""),
("2023-06-12", "Carer Telephone Call", """
Tel call from wife Dorota.
Worried as the arm "looks worse, more black". Said the nurses at dialysis dressed it Fri. No fever.
He is more muddled in evenings since pain started - advised regular paracetamol, will ask palliative team re pain. Reminded no more jabs in that arm. She is managing at home; son visiting weekends.
"""),
]}

J07 = {"patient_id": "J07", "age": 73, "sex": "F", "notes": [
("2025-02-20", "Geriatric Consultation - Home Visit", """
Geriatric consult at home (housebound)
73F. Husband Reinhold is carer. Dialyses (HD) M-W-F, access = R IJ permcath. T2DM managed with sitagliptin, never needed insulin. Obesity, BMI 35.2.
Husband's account: since around Labor Day he has been putting frozen gel packs on both her shins every night for leg cramps and "restless legs", wrapped in a thin tea towel, sometimes for an hour.
Painful open sores on both calves, started a month ago, getting bigger.
O/E: R anterolateral calf 4 cm ulcer w/ black base; L calf 2 smaller ulcers 1.5 cm + surrounding livedo. Pedal pulses present.
Imp: bilat calf necrotic ulcers, HD pt, cold injury sites -> suspect calciphylaxis. Derm + vascular.
Stopped ice packs.
"""),
("2025-03-03", "Dermatology Consultation", """
Derm
Bx L posterior calf ulcer edge 2/24: calciphylaxis confirmed (von Kossa +ve vessel calcification, thrombosis).
Both calves involved, in the same distribution as the nightly ice packs applied since early Sept 2024.
Plan: STS with HD, wound clinic, analgesia, no cold or heat therapy.
"""),
("2025-03-20", "Home Safety Evaluation", """
OT home safety
Single storey home. Bed height raised. Commode beside bed. Leg ulcer dressings done by district nurses Tue/Fri.
Freezer cleared of gel packs by husband (confirmed). Night light in hallway, pendant alarm worn.
Pt transfers w/ SBA, pain limits standing to 2-3 min.
"""),
]}

PATIENTS = [J01, J02, J03, J04, J05, J06, J07]
