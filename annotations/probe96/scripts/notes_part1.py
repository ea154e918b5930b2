"""probe96 corpus notes, P01-P07 (addiction medicine and harm-reduction clinics; all invented)."""

P01 = {"patient_id": "P01", "age": 46, "sex": "M", "notes": [
("2021-11-10", "Syringe Services Outreach Encounter", """
SSP VAN - Eastgate lot, Wed pm
Participant code: RJ-0712. Took 40 x 1cc, cookers, cottons, 2 Narcan kits, fentanyl test strips.
Showed me a sore on his L outer thigh, per him it began 3 weeks ago - "a hard knot" at first, black in the middle now. Very painful, limping. He's been skin popping into that thigh since about June bc "no veins left". Goes to dialysis Mon/Wed/Fri at Riverside, missed today's chair time.
No fever per pt. Gave him gauze + tegaderm, strongly encouraged bridge clinic tmrw - walked him over the card. He agreed.
- K. Ostrowski, outreach worker
"""),
("2021-11-12", "Addiction Medicine Bridge Clinic", """
BRIDGE CLINIC NOTE
46M w/ OUD (fentanyl, injecting), ESRD 2/2 FSGS on in-center HD (MWF, L arm fistula), HTN. Not diabetic. No anticoagulants.
S: referred by SSP. Reports SC injection ("popping") of fent into L lateral thigh, same area daily, since June 2021. Painful lesion there x ~3 wks. Denies fevers/chills.
O: afebrile. L lateral thigh: 5x4cm stellate violaceous plaque, black eschar centrally, dusky netlike mottling around it; exquisite TTP; not fluctuant, nothing draining. Multiple healed round atrophic scars same thigh. R thigh clear. Wt 71 kg BMI 24.1.
A: 1. OUD, severe - wants to start methadone. 2. Necrotic L thigh lesion where he pops, pt on HD - calciphylaxis favored over abscess. 3. ESRD.
P: referred to Harbor OTP for methadone intake (dose 30 mg, titrate). Urgent derm + nephro. Wound care teaching. Discussed stopping injecting into that leg.
"""),
("2021-11-19", "Dermatology Consult", """
DERMATOLOGY CONSULT
Reason: necrotic plaque L thigh
Pt known to HD unit. Punch bx (4mm x2, edge of lesion L lateral thigh) done 11/15: mural Ca++ in small dermal/SC vessels, intimal hyperplasia, thrombi, lobular panniculitis plus fat necrosis; von Kossa lights up the Ca.
Dx: biopsy-proven calciphylaxis (CUA), L lateral thigh. It sits squarely in the zone he has been popping into since early summer 2021; we suspect the repeated needling set it off.
Rec: sodium thiosulfate w/ HD (nephro aware), stop calcium-based binder, pain control w/ renal dosing, wound RN 2x/wk.
"""),
("2021-12-03", "OTP Nursing Note", """
Harbor OTP - dosing window / nursing
Methadone 55 mg today, observed. No sedation. COWS 2.
Wound check L thigh: eschar dry and adherent, edges less dusky than last wk per pt. Dressing changed (xeroform + ABD). Pt states he has not popped in that leg since the biopsy, using "just the arms, and less".
STS running w/ dialysis x3/wk. Wt 70 kg today, BMI 23.8.
UDS: + fentanyl, + methadone, - benzo.
Plan: inc methadone to 60 mg Mon per MD order. Next wound check Fri.
"""),
]}

P02 = {"patient_id": "P02", "age": 58, "sex": "F", "notes": [
("2023-01-04", "Office-Based Buprenorphine Visit", """
OBOT f/u - bup/nlx
58F, OUD in remission on buprenorphine-naloxone 16-4 mg SL daily since 10/2022. ESKD on peritoneal dialysis (CCPD nightly). T2DM (no meds; Oct A1c 6.8). AFib, warfarin (target INR 2-3).
Interval: pt describes an agonizing dark spot on her R side, roughly 4 fingerbreadths over the iliac crest, "came up New Year's Eve". Since Thanksgiving she's tucked a plug-in heating pad against that side most evenings for back/flank aches that came with the bup switch; sometimes falls asleep on it.
Exam: R flank - 6 x 3 cm indurated purple plaque with stellate black center, lacy violaceous border; mottled reticulated brownish pigment in a wider area around it. Severe pain to palpation.
BMI 31.2.
A/P: - OUD: stable, continue 16 mg, 2 wk script. - R flank necrotic plaque, PD + warfarin: calciphylaxis is my main worry. Stop heating pad. Called PD nurse, same-week renal appt. Derm referral.
"""),
("2023-01-09", "Nephrology - Home Dialysis Clinic", """
HOME DIALYSIS CLINIC
CCPD 5 exchanges overnight, good UF, no peritonitis. PTH 812 / PO4 7.1 / Ca 9.4 (on Ca acetate).
New: painful necrotic plaque on the R flank since 12/31/22. Heating pad over the area almost nightly since Thanksgiving (11/24). On warfarin for AF.
Impression: clinically c/w calciphylaxis, located where the heating pad sits night after night. Warfarin -> apixaban after discussion w/ cardiology. Stop Ca binder, start sevelamer. Derm bx scheduled. Will plan IV STS via PD team.
Wt 83.5 kg, BMI 31.2.
"""),
("2023-01-17", "Dermatology Clinic Note", """
Derm f/u - biopsy results
Incisional wedge biopsy R flank plaque (01/11): SC arterioles with medial calcification and fibrin thrombi; calcified necrotic fat. Calciphylaxis confirmed.
Lesion distribution matches the area under her heating pad. Pt aware; pad discarded. Pain 8/10, buprenorphine dose split TID by her OBOT doc for analgesia.
Wound: dry eschar, no signs of infection. Continue Santyl-free conservative care, keep eschar dry.
"""),
]}

P03 = {"patient_id": "P03", "age": 39, "sex": "M", "notes": [
("2020-04-28", "OTP Counselor Note", """
Individual session (phone due to COVID restrictions), 35 min.
Client reports he is "hanging in". Still on probation, court-ordered GPS ankle monitor on the left leg since 03/02/2020 - complains it rubs constantly, strap is too snug but PO won't let him adjust it. Says there's a "nasty black sore" under it that showed up mid-April, and it keeps him up at night. Encouraged him to show the nurse at dosing tomorrow. Client on methadone 90mg, no illicit use reported x 6 wks.
Goals: keep job at the warehouse, attend NA 2x/wk.
"""),
("2020-05-01", "Addiction Medicine Progress Note", """
ADDICTION MED - in person (masked)
39 y/o M, OUD on methadone 90 mg, ESRD on HD TuThSa (hx reflux nephropathy), HTN. No DM. No warfarin.
CC: painful wound L ankle.
Hx: monitor placed early March, rubbing from day 1. Lesion noticed ~mid April, went from purple to black over 1 wk.
Exam: L medial + anterior ankle directly beneath monitor strap: ulcer 3.5x2cm, black eschar stuck down, violaceous retiform rim, v tender. Pedal pulses 2+. R ankle normal. BMI 27.4.
A: ischemic-looking L ankle ulcer under a chronically pressing device, dialysis pt. DDx calciphylaxis vs plain pressure injury.
P: Letter to probation requesting monitor be moved to R ankle (done today). Derm/vasc referral. UDS ordered.
"""),
("2020-05-08", "Dermatology Consult", """
DERM CONSULT
Asked to see L ankle ulcer. Reviewed HD labs: Ca x P product elevated, PTH 640.
Exam as above; classic retiform purpura at the periphery with central necrosis, on the left ankle at the old monitor site. Monitor now relocated to the right.
Biopsy deferred - distal lower leg site, high risk of non-healing, and the picture is typical.
Assessment: calciphylaxis, clinical diagnosis, left ankle, provoked by persistent pressure of the GPS monitor strap.
Plan: thiosulfate 25g IV each HD run (TTS), wound care, optimize mineral bone disease meds. F/u 2 wks.
"""),
]}

P04 = {"patient_id": "P04", "age": 52, "sex": "F", "notes": [
("2019-10-02", "Harm Reduction Wound Clinic", """
Drop-in wound clinic @ Harbor Harm Reduction Ctr
52F known to us. Had an abscess on R buttock drained (I&D) in the ED on 8/14/19, healed well by early Sept per pt. Now: new painful purple/black area right in the old I&D scar, started in September, "kept getting darker".
PMH she reports: kidneys failed, on dialysis 3x/wk; sugar diabetes on insulin (Lantus 30 u qhs, she does not inject in the butt). No blood thinners.
Assessed R buttock: firm plaque 4x4cm, black crust in the middle, dusky netted skin around, very sore to touch. No pus, no tracking.
Cleaned, foam dressing. Referred to Dr. Salas at bridge clinic. Naloxone kit given.
"""),
("2019-10-07", "Addiction Medicine Progress Note", """
Addiction med f/u
OUD on buprenorphine 24 mg/day (film), doing well, last use 3 mo ago. ESRD (dialyzes M/W/F); DM2 on glargine; obese (BMI 35.6).
R buttock lesion at healed I&D incision from 08/14/2019 - firm necrotic plaque, retiform edges. Worrisome for calciphylaxis given ESRD. Less likely recurrent abscess (no fluctuance, afebrile, WBC 7.2).
Plan: urgent derm. Split bup 8 mg TID for pain coverage. Renal notified.
"""),
("2019-10-21", "Dermatology Consult", """
Dermatology
Bx R buttock plaque 10/14: subcutis shows small vessels calcified + thrombosed, necrosis around them = calciphylaxis.
Lesion stays inside the August I&D scar; the surgical wound looks like the trigger. Rest of skin (thighs, abd, L buttock) clear.
Wt 98 kg; BMI 35.6.
Rec: STS w/ HD, avoid further surgical manipulation, pressure offloading cushion, pain per addiction med.
"""),
]}

P05 = {"patient_id": "P05", "age": 61, "sex": "M", "notes": [
("2023-03-06", "OTP Nursing Note", """
Methadone clinic nursing
61 yo M, methadone 110 mg. Pt asked nurse to "look at my knee". States he slipped on the ice outside the shelter on Valentine's Day and scraped his L knee on the sidewalk. Scrape was healing, then on 2/27 it turned into a sore purple blotch exactly on the scrape, and it has gone black and scabby. Hx ESRD on HD (MWF). On warfarin years ago for a clot, stopped in 2021.
L knee (anterior): irregular dark eschar ~3cm, reticular violet skin around it. Dry. Pain rated 9/10.
Notified Dr. Pham, pt added to tomorrow's medical slot.
"""),
("2023-03-08", "Primary Care in OTP", """
PCP visit (integrated care at OTP)
61M OUD on methadone, ESRD, HD through R forearm graft, past DVT (warfarin 2018-2021, completed). No DM (A1c 5.4). BMI 22.0.
L anterior knee: necrotic eschar 3x2.5cm sitting in the prior abrasion (fall 2/14/23), retiform purpura at edges.
Ddx: calciphylaxis; infected graze; warfarin necrosis unlikely as off warfarin since 2021.
Plan: derm urgent, wound culture, keep dry dressing.
"""),
("2023-03-20", "Dermatology Clinic Note", """
Derm
Biopsy (03/13) of L knee lesion: vascular calcification and thrombosis in subcutis, necrotic fat. Final: calciphylaxis.
Onset 2/27 in the healing graze from his fall on ice 2/14. Accidental trauma on the knee is the presumed trigger.
Plan per nephrology: STS, cinacalcet. No other lesions found on full skin exam.
"""),
]}

P06 = {"patient_id": "P06", "age": 44, "sex": "F", "notes": [
("2024-06-04", "OTP Nursing - XR-Buprenorphine Injection Visit", """
XR-BUP INJECTION VISIT (monthly)
44F, OUD, on extended-release buprenorphine 300 mg SC q4wk since the first dose on 01/09/2024. Injections all given R lower quadrant abdomen per pt preference ("I sleep on my left").
Pt reports the last injection spot "turned into a bruise that won't quit" and got very painful - noticed it the day after Memorial Day.
Assessment: R lower abdomen at prior injection depot: indurated violaceous plaque 5x4cm, grey-black necrotic center, mottled edge. Held today's injection, bridged with SL buprenorphine 8 mg x7 days. MD notified. Hx: ESRD - does PD at home; T2DM, glargine self-injected into thighs.
Weight 82.3kg (BMI 30.4)
"""),
("2024-06-06", "Nephrology - PD Clinic", """
PD CLINIC
ESRD (diabetic nephropathy) on CAPD, 4 exchanges. DM2 - insulin glargine 18 u daily. No warfarin ever. Obese.
New R lower abdominal necrotic plaque at the XR-buprenorphine injection site, onset 05/28/2024. Exit site clean (L side). No peritonitis.
Labs: phos 6.9, PTH 590, albumin 3.0.
Impression: suspected calciphylaxis at repeated SC injection site. Derm bx. Hold calcitriol, switch binder.
"""),
("2024-06-14", "Dermatology Consult", """
Dermatology
Punch biopsy R lower abdomen (6/10): walls of small subcutaneous vessels calcified, microthrombi, necrotic fat. Confirms calciphylaxis.
Location exactly matches her monthly buprenorphine depot injections since January; injection trauma to subcutaneous fat is the probable trigger.
Advise: no more SC depot injections to the abdomen; addiction med to consider alternative. Weight 81 kg, BMI 30.0.
"""),
]}

P07 = {"patient_id": "P07", "age": 55, "sex": "M", "notes": [
("2025-02-03", "Street Medicine Outreach", """
STREET MED - encampment under Route 9 overpass
55M, unhoused, known to team. Injects fentanyl/xylazine, uses IV in hands mostly. ESRD - "supposed to go to dialysis Tue Thu Sat" - missed 2 sessions last wk.
Since December he's been sleeping with a propane space heater a foot from his legs; both shins got red and blotchy and "toasted". 2 weeks ago painful black spots started on both shins.
Exam: bilat anterior shins - reticulated erythematous-brown pigmentation (heat), and on top of it several stellate purpuric plaques, black-centred, R 4cm, L 3cm and 2cm. No xylazine-type wounds on legs. Very thin. Afebrile.
Strongly advised ED today. Pt agreed; we drove him.
"""),
("2025-02-05", "Inpatient Addiction Medicine Consult", """
ADDICTION MEDICINE CONSULT
Reason: OUD + withdrawal mgmt, admitted for necrotic shin lesions, missed HD, hyperkalemia.
55M, ESRD on HD (TTS, nonadherent), no DM, no anticoagulation at home. BMI 19.6.
Started methadone 30 mg, +10 mg PRN COWS>12. Hx: heat exposure to both shins from space heater since 12/2024.
Lesions as documented by primary team; derm consulted for ?calciphylaxis.
Plan: methadone titration, xylazine wound screening (none found), link to OTP on discharge.
"""),
("2025-02-10", "Inpatient Dermatology Consult", """
Derm inpatient consult f/u
Bx L anterior shin (2/6): calcified subcutaneous arterioles, thrombosis, panniculitis. Calciphylaxis.
Distribution: bilateral shins, restricted to the area that was chronically heated (erythema ab igne present). Heater exposure considered the local trigger.
Recs: thiosulfate thrice weekly on HD, wound care, no heat sources; SW for shelter placement.
"""),
]}

PATIENTS = [P01, P02, P03, P04, P05, P06, P07]
