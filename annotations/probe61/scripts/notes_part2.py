"""probe61 corpus notes, J08-J14 (emergency department and urgent care; all invented)."""

J08 = {"patient_id": "J08", "age": 77, "sex": "M", "notes": [
("2022-11-07", "Urgent Care Visit", """
Pt: 77 yo M, retired machinist
CC: painful black spot R groin
HPI: Has an inguinal hernia on the right that he manages w/ a spring truss (declined repair). Started wearing the truss daily from Labor Day on, pad presses right into the crease. On Halloween his granddaughter noticed a purple blotch under the pad; now it's black + pt cant stand the truss on.
PMH: ESRD - HD T/Th/S x 3 yrs, BPH, CAD s/p PCI. No diabetes. On clopidogrel, never coumadin.
O/E: R inguinal region directly beneath truss pad: 4x3cm violaceous indurated plaque, central dry black eschar, surrounding retiform purpura. Hernia reducible, nontender.
A/P: ?pressure necrosis vs calciphylaxis in HD pt. Truss off. To ED for labs/derm - pt prefers to go tmrw after HD. Strict return precautions given.
"""),
("2022-11-08", "ED Provider Note", """
77M ESRD on HD, here after dialysis as advised by UC yesterday.
R groin lesion since 10/31 under the pad of a hernia truss he has worn every day since early Sept (Labor Day weekend).
Vitals: 36.7, 76, 128/66, 16, 98% RA. Wt 79 kg, BMI 26.4.
Skin: R groin plaque as documented by UC, eschar now 2 cm; no crepitus, no drainage. L groin normal. Testes nl. Hernia soft, reducible.
Labs: phos 7.6, Ca 10.3, PTH 920, WBC 6.1.
Gen surg saw pt: not incarcerated, no urgent surgical issue.
Derm: punch biopsy obtained from lesion margin.
Impression: necrotic plaque under chronic truss pressure; leading dx calciphylaxis, awaiting path.
Dispo: pt has capacity and declines admission; discharged, derm to see within the week.
"""),
("2022-11-14", "ED Follow-up Note", """
Callback / recheck in ED fast track per derm request.
Path (11/8 R groin): calciphylaxis -- subcutaneous arterioles heavily calcified, luminal thrombi, necrotic fat. Derm note: lesion sat under the truss pad that had pressed on that spot daily since Labor Day.
Pt no longer wearing truss, surgery to discuss elective repair once healed.
Renal to start STS on HD Tues.
Wound: eschar stable, no erythema. BMI 26.4.
"""),
]}

J09 = {"patient_id": "J09", "age": 55, "sex": "F", "notes": [
("2018-06-11", "ED Triage Note", """
55F  c/o L inner thigh "burning bruise" x 1 wk, now has open spot. Gets dialysis MWF, went today.
DM - uses insulin
Vitals: BP 180/96 HR 84 T 37.0 RR 18 Sat 97%
Wt 104kg / BMI 38.7
Pain 9/10 ESI 3
"""),
("2018-06-11", "ED Provider Note", """
HPI: 55 y/o female, ESRD (HD), DM2 on NPH 40u BID, obesity, HTN. One week of pain + discoloration of the left medial thigh, opened yesterday.
Insulin: she always injects into her RIGHT thigh ("I'm right handed, I never use the left leg"). No heat, no ice, nothing has hurt the left leg. No tight clothing there.
Exam: L medial thigh: 7x5cm retiform purpura with 1.5cm central ulcer and black base, very tender, indurated. R anterior thigh (injection zone): mild lipohypertrophy, scattered needle marks, skin otherwise intact, no plaque, no purpura.
Labs: phos 8.8, Ca 9.1, PTH 1345.
MDM: presentation concerning for calciphylaxis. Not infection (afebrile, WBC 7.2). Derm bx tmrw.
Dispo: admit to medicine.
"""),
("2018-06-15", "ED Boarding Handoff", """
ED holding - 4th day (hospital at capacity)
55F ESRD/HD, insulin-treated DM2, obesity (BMI 38.7).
L medial thigh bx (6/12): calciphylaxis, definitive. Derm remark: lesion is NOT at her injection sites; all insulin goes into the right thigh, which remains clear.
STS started w HD 6/13, tolerating. Pain regimen: hydromorphone PCA -> PO transition today.
Watch: BP high overnight, K 5.6 pre-HD.
"""),
]}

J10 = {"patient_id": "J10", "age": 68, "sex": "M", "notes": [
("2024-08-29", "ED Triage Note", """
Tripped on a curb yesterday evening, struck R shin where he "already has a bad sore". Bleeding from the sore on arrival, controlled w pressure.
HD pt, on apixaban (afib).
VS: HR 80, BP 104/58, T 36.5, RR 16, SpO2 96%
ESI 3
"""),
("2024-08-29", "ED Provider Note", """
68 yo M, ESRD (HD TTS), pAF (apixaban 2.5 bid), HTN, no DM, BMI 23.9.
He has had a painful ulcer on his right anterior shin since early August 2024; outside dermatology biopsied it on 8/16 and told him it was calciphylaxis (path report in Care Everywhere: "calciphylaxis with extensive subcutaneous vascular calcification"). He denies any cut, bump, fall or other injury to that leg before the sore appeared.
Last night (8/28) he caught his foot on a curb and hit the same shin on the edge -- now the ulcer edge is torn, with a small hematoma below it.
Exam: R anterior shin - 5x4cm ulcer, necrotic base, fresh tear of inferior margin, 3 cm hematoma just below. Ankle stable, no bony tenderness. Tib/fib films negative for fracture.
MDM: traumatic bleeding from known calciphylactic ulcer. Hemostasis with pressure + Surgicel. Hgb 9.6 (baseline 9.9).
"""),
("2024-08-30", "ED Observation Handoff", """
Obs, bed 3. Hgb stable 9.5 this am, no further bleeding.
Wound RN changed dressing, recommends nonadherent silicone + foam, no sharp debridement.
Derm (outside) contacted: continue STS, they will see him Tuesday.
Apixaban resumed this am per cards.
Dispo: home after HD today, wife to drive. PT cleared, walker.
"""),
]}

J11 = {"patient_id": "J11", "age": 71, "sex": "F", "notes": [
("2020-02-14", "Urgent Care Visit", """
Clinic: Eastgate Urgent Care
71 yo woman w/ very painful sore under the "apron" of her stomach x ~2 wks, husband noticed a smell.
She puts an ice pack on her L knee 2-3x a day for osteoarthritis, has done so for months.
Insulin pen - injects into both upper arms, "never the belly, I'm too ticklish".
Dialysis: in-center HD (R chest permcath).
Exam: lower abdominal pannus, L of midline: 8 x 6 cm dusky plaque with black eschar + retiform edges; foul odor. L knee: skin intact, mild crepitus, no erythema.
Plan: needs ED, possible calciphylaxis vs necrotizing infection. Ambulance called.
"""),
("2020-02-14", "ED Provider Note", """
HPI: 71F, ESRD on HD (permcath, TTS), DM2 on insulin glargine + sliding scale (upper arm injections only), morbid obesity (BMI 46?) -- see below, here from UC with a necrotic pannus wound. Symptoms ~2 weeks.
Knee OA, uses cold packs on L knee. No injections, heat, burns or falls involving the abdomen. Never on warfarin.
Exam: T 37.8. BMI 33.9 by ED scale (prior 46 was an error in the old chart).
Lower abdominal pannus, left paramedian: 8 x 6 cm necrotic plaque, eschar, surrounding livedo, malodorous. No crepitus. L knee: normal overlying skin.
CT: subcutaneous edema + vessel calcification in the pannus, no gas.
MDM: calciphylaxis suspected, superinfection possible. Vanc/pip-tazo, derm + surg consults.
"""),
("2020-02-18", "ED Boarding Handoff", """
Boarding, hallway bed H3 (no ICU/stepdown beds).
71F ESRD/HD, insulin-treated DM2, obesity (33.9).
Pannus biopsy 2/15: calciphylaxis. Surgery: no debridement for now.
Derm: no local trauma at the pannus; the knee she ices has no lesions, insulin goes into the arms, which are clear.
Abx narrowed to cefazolin. Tmax 37.4.
Family meeting today 2pm re goals of care.
"""),
]}

J12 = {"patient_id": "J12", "age": 63, "sex": "M", "notes": [
("2019-09-23", "ED Triage Note", """
63 M, "sore on my left calf is killing me". Noticed ~2 wks ago.
HD MWF, last Mon (today) completed.
On coumadin for LV thrombus.
T 36.6 HR 96 BP 150/80 RR 20 SpO2 97
Pain 10/10
"""),
("2019-09-23", "ED Physician Note", """
63 y/o man with ESRD (HD), ischemic cardiomyopathy w LV thrombus on warfarin, no diabetes, overweight (BMI 29.6).
L posterior calf pain since about 9/10, when a hard purple lump appeared there; it ulcerated last week. Before that, nothing had happened to that calf - no knock, no shots, no heat, no pressure. Four days after the lump appeared his wife began holding bags of frozen corn on it to numb the pain, several times a day, still doing so.
Exam: L posterior calf: 4x4cm ulcer, black eschar firmly stuck down, violaceous retiform rim, exquisitely tender. R calf normal.
INR 2.4. Phos 7.0.
MDM: suspect calciphylaxis. Stopped the frozen corn application. ED wound team trimmed away loose slough at the bedside (sharp debridement); derm 4 mm punch bx at eschar edge.
Dispo: admit.
"""),
("2019-09-26", "ED Handoff Note", """
Still in ED awaiting bed.
Path: calciphylaxis of L calf, calcified subcutaneous arterioles w thrombosis.
Derm: lesion arose spontaneously; the cold application, the debridement and the biopsy all came after it appeared.
Renal: switch warfarin -> apixaban discussion w cards; STS with HD.
BMI 29.6, described as overweight, not obese.
"""),
]}

J13 = {"patient_id": "J13", "age": 49, "sex": "F", "notes": [
("2025-03-03", "ED Triage Note", """
49 yo F here for R thigh pain + "black patch". Started ~1 wk ago. Receives HD at Lakeside Dialysis T/Th/Sat.
Pt states no recent injury.
VS: T 37.1, P 99, BP 142/90, R 18, SpO2 98% RA
Wt 121 kg, BMI 44.2
"""),
("2025-03-03", "ED Provider Note", """
HPI: 49F w/ ESRD (lupus nephritis) on HD, morbid obesity, no diabetes, no anticoagulation, with 1 wk of R lateral thigh pain and a dark patch.
Specifically asked: nobody has injected anything into her thighs (she has never used insulin); she uses neither a heating pad nor ice; no falls, no knocks to the leg; nothing tight or belted crosses the thigh. No bites, no scratches.
Exam: R lateral thigh: 9x6cm indurated plaque with livedo racemosa border and central 3 cm necrotic area. L thigh normal.
Labs: phos 7.3, Ca 10.6, PTH 480, ANA +, C3 nl.
MDM: concern for calciphylaxis; ddx lupus panniculitis, vasculitis. Derm punch bx ordered.
Plan: admit; will start enoxaparin for DVT ppx -- RN instructed: arms only for the shots, thighs off limits. Counseled pt to avoid heat or cold packs on the legs going forward since these can bring on new lesions.
"""),
("2025-03-06", "ED Boarding Handoff", """
Boarding (day 3). SBAR to oncoming doc.
S: 49F ESRD/HD, R lateral thigh lesion.
B: bx 3/4 resulted: calciphylaxis; no features of lupus panniculitis.
A: stable, pain 5/10.
R: STS w HD, avoid any trauma to the thigh, wound clinic. Debridement planned by surgery next week if eschar lifts. BMI 44.2.
"""),
]}

J14 = {"patient_id": "J14", "age": 60, "sex": "F", "notes": [
("2024-02-06", "Urgent Care Visit", """
60F presents w/ tender swelling R thigh x 4 days at the spot where she does her insulin. Red, warm, has a head on it. Low grade temp at home.
PMH: ESRD/HD, DM2 on insulin (R thigh always), afib - was on warfarin until 2023, now apixaban. Also has known calciphylaxis of both breasts followed by wound clinic.
Exam: T 37.9. R anterior thigh: 3 cm fluctuant abscess w surrounding erythema, no necrosis, no eschar.
Procedure: I&D under local, ~5 mL purulent drainage, packed. Cx sent.
A: simple injection-site abscess. Not calciphylaxis. 
P: doxycycline, wound check 48h, rotate insulin sites.
"""),
("2024-02-09", "ED Provider Note", """
60 yo woman; ESRD w/ HD Monday-Wednesday-Friday; DM2 requiring insulin; obesity BMI 35.0, hx AF (warfarin -> apixaban 2023).
CC: worsening breast pain.
Background: biopsy-proven calciphylaxis of both breasts (bx Jan 2024, left breast), lesions began around New Year; no trauma to the breasts, no bra irritation per pt.
Now: pain 10/10, left breast wound larger.
Exam: bilateral breasts, lower inner quadrants: necrotic plaques with eschar, L 7 cm, R 4 cm, livedo between. R thigh: healing I&D site from UC 2/6, granulating, packing in place, no necrosis.
Derm phone consult: thigh lesion was a bacterial abscess (MSSA on cx), not calciphylaxis.
Plan: admit for pain control + STS.
"""),
("2024-02-10", "ED Handoff Note", """
Overnight events: pain controlled on fentanyl patch 12 + PRN.
Breast calciphylaxis (bx-proven), for STS with HD today.
R thigh abscess: packing removed, MSSA, continue doxy.
Bed assigned 5 West. BMI 35.0.
"""),
]}

PATIENTS = [J08, J09, J10, J11, J12, J13, J14]
