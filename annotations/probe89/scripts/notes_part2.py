"""probe89 corpus notes, I08-I14 (acute care surgery and trauma service; all invented)."""

I08 = {"patient_id": "I08", "age": 77, "sex": "F", "notes": [
("2025-03-02", "Trauma Bay Secondary Survey", """
Geriatric trauma activation - 2nd survey
77F caught her toe on a curb at church this morning, fell forward onto L knee and both hands. Did not hit head per daughter, no LOC.
PMH: ESRD (dialyzes MWF, left upper-arm graft); pAF - warfarin; DM type 2, diet only - takes neither insulin nor tablets, OA.
INR 2.8.
Exam: GCS 15. C-spine nontender. CT head/C-spine neg.
Left knee - abrasion 5x4cm over patella with surrounding contusion, mild effusion, full ROM. XR - no fx.
Hands: minor palmar scrapes, not significant.
BMI 33.1 (88 kg).
Plan: wash abrasion, nonadherent dsg, ice packs to the knee 20 min several times a day for swelling, PT eval, home w/ daughter. Warfarin continued (no intracranial injury).
"""),
("2025-03-27", "Acute Care Surgery Clinic", """
ACS clinic - wound check after fall
Daughter says they have iced the knee "every day, religiously" since the fall, as instructed.
About one week ago the scraped area on the L knee became intensely painful and dark. Now: 4 x 3 cm black necrotic patch occupying most of the former scrape, ringed by stellate purpura and livedo going down to the upper shin. Exquisitely tender. No fluctuance, no pus.
R knee normal.
Dialysis labs: Phos 7.8, Ca 10.2. On warfarin for years.
Imp: suspected calciphylaxis at site of healing abrasion (warfarin + ESRD), less likely simple wound necrosis.
Plan: STOP icing. Derm bx. D/w cardiology re: warfarin alternative.
"""),
("2025-04-08", "Acute Care Surgery Clinic", """
ACS f/u
Derm incisional bx 3/31: calcification and thrombosis of dermal/subcutaneous vessels = calciphylaxis, confirmed.
Warfarin stopped, on apixaban. Renal starting STS.
L knee: eschar dry, edges stable. Offloading brace not needed. Continue dry dressings.
RTC 2 wks.
"""),
]}

I09 = {"patient_id": "I09", "age": 60, "sex": "M", "notes": [
("2023-04-11", "Acute Care Surgery Consult", """
ACS CONSULT - ED
Q: "L thigh abscess, please I&D"
60M, HD-dependent ESRD, runs Tu-Th-Sat; diabetic, takes NPH twice daily; BMI 31.5. Pain L medial thigh x 10 days, darkening skin.
Exam: Left inner thigh: firm purple plaque 7x5, central black 2 cm eschar, lacy violaceous margin, tender +++; NO fluctuance, no drainage; bedside US: no fluid collection, just edematous fat.
He injects NPH only into the R thigh ("I'm left handed, the right leg is easy to reach") - never the left. R thigh: lipohypertrophy, no lesions.
No trauma, no heat, no falls.
Imp: not an abscess. Picture favors calciphylaxis - recommend punch bx, not I&D.
Plan: derm bx, hold off on any incision, pain control.
"""),
("2023-04-14", "Surgery Progress Note", """
ACS follow-up note
Derm bx 4/12 L medial thigh: calciphylaxis (calcified subcutaneous vessels, microthrombi).
Agree no surgical drainage. Renal starting sodium thiosulfate. Primary team to continue pain mgmt.
ACS signing off, will see in clinic.
"""),
("2023-05-09", "Acute Care Surgery Clinic", """
Clinic
L thigh calciphylaxis ulcer 6 x 5 cm, dry eschar, stable. No new lesions. Continues NPH into R thigh. BMI 30.8. Not on warfarin.
RTC prn.
"""),
]}

I10 = {"patient_id": "I10", "age": 52, "sex": "F", "notes": [
("2022-01-28", "Acute Care Surgery Clinic", """
ACS / wound clinic - new pt
52 y/o F on HD x 6 yrs (lupus nephritis), on warfarin for APLS, no diabetes.
Painful R posterior calf sore since 01/15/2022. No injury beforehand - she specifically denies bumping, scratching, or injections there.
Derm did a bx 1/25: calciphylaxis.
Exam: back of R calf - ulcer 4x3, base black, edge purple/retiform. L calf clear. BMI 26.0.
Plan: wound care, renal re: STS, heme re: switching warfarin. RTC 3 wks.
"""),
("2022-02-03", "Trauma Bay Secondary Survey", """
Trauma - secondary survey (activation: fall on anticoagulation)
52F slipped on ice getting out of her car at HD unit today, banged her R calf (posterior) against the door frame. INR 3.1.
Secondary: head atraumatic, GCS 15. R calf: new 6 cm hematoma with skin tear bleeding at the edge of her known calciphylaxis ulcer (dx'd last month). Compartments soft. L leg ok.
CT head neg.
Plan: pressure + surgicel to skin tear, hold warfarin tonight, admit obs for calf checks.
"""),
("2022-02-17", "Acute Care Surgery Clinic", """
ACS clinic
Hematoma resolving. R calf calciphylaxis ulcer slightly larger, 5 x 4 cm. Warfarin switched to enoxaparin (no - heme chose apixaban). STS 3x/wk at HD. Follow up 2 weeks.
"""),
]}

I11 = {"patient_id": "I11", "age": 66, "sex": "M", "notes": [
("2019-09-20", "Acute Care Surgery Consult", """
ACS consult
66M, PD patient (ESRD), type 2 diabetes on insulin, BMI 38.2. L buttock pain since Labor Day weekend, now black.
Derm punch 9/18: calciphylaxis (confirmed).
Pt denies falls, injections into the buttock, heating pads or ice, or sitting for long periods; sleeps on his side.
Exam: Left buttock: eschar 8x6 w/ surrounding purple firm skin, foul, some purulent drainage at the inferior border. R buttock intact.
Plan: OR for debridement + wound VAC.
"""),
("2019-09-23", "Operative Note", """
OPERATIVE NOTE - ACS
Procedure(s): L buttock wound debridement, excisional (12 x 9 cm) down to gluteal fascia; placement of negative pressure wound therapy.
Findings: dead subcutaneous fat, vessels gritty/calcified, purulence tracking 2 cm inferiorly, fascia intact.
EBL 75. Specimens: path, cultures.
"""),
("2019-10-15", "Acute Care Surgery Clinic", """
ACS clinic
L buttock wound after debridement: 11 x 8 cm, granulating, VAC changes 3x/week. Mild periwound redness from the VAC drape adhesive - switched to hydrocolloid border.
Path confirmed calciphylaxis. PD continues. On insulin.
RTC 2 wks.
"""),
]}

I12 = {"patient_id": "I12", "age": 58, "sex": "F", "notes": [
("2020-08-03", "Acute Care Surgery Consult", """
Acute care surgery consult
58F, HD (MWF) for ESRD; type 2 DM - metformin? (held, ESRD) -> now linagliptin only, never insulin. BMI 47.3, morbid obesity.
2 weeks of exquisitely painful plaque R lower pannus.
Nothing is injected into her belly, she says, whether insulin or heparin or anything. No heating pads, denies tight belts or garments, no injury. Never on warfarin.
Exam: R lower abdominal pannus, indurated violaceous plaque 10x8, 3 cm eschar centrally, surrounding retiform purpura. L pannus clear.
Imp: calciphylaxis likely; needs bx.
Plan: derm bx. If confirmed, may need panniculectomy/debridement later. VTE ppx: SCDs only, avoid SC heparin injections into the abdomen.
"""),
("2020-08-06", "Surgery Progress Note", """
ACS progress
Bx (8/4): calciphylaxis - confirmed. Small arteries within pannus fat calcified in the media.
We will not debride now - dry eschar; would consider excisional debridement only if it becomes infected.
STS via renal. Heparin SC remains on hold; SCDs.
"""),
("2020-09-15", "Acute Care Surgery Clinic", """
ACS clinic (2 wk post d/c)
Pannus eschar R side unchanged in size, edges quieter, no odor, no cellulitis; she rates the pain 4/10 now with post-HD gabapentin.
Wt 131 kg, BMI 46.9.
Still no anticoagulant shots of any kind; dialysis unit aware. Debridement not indicated at present - revisit if it softens or drains.
RTC 6 wks.
"""),
]}

I13 = {"patient_id": "I13", "age": 73, "sex": "M", "notes": [
("2023-10-02", "Trauma Bay Secondary Survey", """
TRAUMA SECONDARY SURVEY
73M, GLF at home (tripped over dog), struck R forearm on a bookshelf.
Bilateral thigh calciphylaxis, biopsy-proven in 08/2023, on STS with HD (MWF). No DM. Not on blood thinners.
Secondary: head - no injury. Chest: TTP L ribs 4-6 (fell onto a chair arm). R forearm: 7 cm flap skin tear, dorsal, bleeding controlled.
Thighs: known bilateral medial thigh calciphylaxis ulcers, dressed, unchanged per wife.
CT: L rib 4-6 fx, no PTX.
Plan: skin tear - steri-strips + nonadherent dsg; admit for rib fx/pain control; enoxaparin ppx SC. BMI 23.0.
"""),
("2023-10-05", "SICU Progress Note", """
SICU progress - HD3
Pain better, IS 1250.
Skin: several small purple bruises on abdomen at the enoxaparin injection sites - soft, nontender, flat, typical injection ecchymosis, not calciphylaxis. R forearm skin tear flap viable. Bilateral thigh ulcers unchanged.
Plan: continue ppx, plan d/c home tomorrow.
"""),
("2023-10-30", "Trauma Clinic Visit", """
Trauma clinic
Ribs improving. R forearm skin tear healed, linear scar, no necrosis. Abdominal bruises gone.
Thighs - calciphylaxis wounds followed by derm, slowly improving.
D/C from trauma clinic.
"""),
]}

I14 = {"patient_id": "I14", "age": 61, "sex": "F", "notes": [
("2025-06-09", "Acute Care Surgery Consult", """
ACS consult, ED - RUQ pain
61F with 36 h of constant RUQ pain, Murphy's +, T 38.2, WBC 15.
US: stones, 5 mm wall, pericholecystic fluid.
Background: PD for ESRD (nightly cycler), T2DM using insulin which she injects into her arms, gastroparesis. Weight 84 kg, BMI 32.4.
Skin exam: legs unremarkable; brownish lacework on upper abdomen (she uses a heating pad there for cramps).
Plan: NPO, pip-tazo renally dosed, lap chole tomorrow AM; renal to adjust PD around OR.
"""),
("2025-06-10", "Operative Note", """
OP NOTE
Procedure: laparoscopic cholecystectomy. Indication: acute calculous cholecystitis.
Ports: 12 mm umbilical (Hasson), 5 mm epigastric, two 5 mm R subcostal.
Findings: distended, inflamed GB, CVS obtained. EBL minimal.
PMH: ESRD on PD - PD cath left in place, capped, will resume PD tonight at low fill; DM2 on insulin (injects in upper arms); obesity BMI 32.4.
"""),
("2025-07-01", "Acute Care Surgery Clinic", """
ACS post-op clinic
Port sites healed nicely.
New: painful purple patches both lower legs for 10 days - derm saw her last week and biopsied the L shin (6/26): calciphylaxis. R shin looks the same.
She keeps a heating pad on her belly most evenings for gastroparesis cramps - mottled brown reticulated skin across the upper abdomen - erythema ab igne pattern, skin unbroken, no plaque.
Counselled: keep heat and cold (pads, ice) off her legs; she'd do well to give up the belly heating pad too.
Plan: d/c from surgical f/u; derm + renal to manage.
"""),
]}

PATIENTS = [I08, I09, I10, I11, I12, I13, I14]
