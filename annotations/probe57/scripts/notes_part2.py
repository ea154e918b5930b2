"""probe57 corpus notes, D08-D14 (vascular access and interventional radiology; all invented)."""

D08 = {"patient_id": "D08", "age": 62, "sex": "M", "notes": [
("2019-04-22", "PD Access Clinic", """
PD clinic visit - anemia + access
Hgb 8.6, TSAT 31%, ferritin 540. Start epoetin alfa 4000 units SC once weekly at home.
Teaching done by PD RN: pt drew up and gave the first dose himself in clinic today into the L anterior thigh, and prefers to keep using that thigh (he likes to watch the needle go in). Sharps container supplied.
Exit site (R lower quadrant) looks good - no crusting or tenderness. Effluent clear. UF ~900 mL/day.
Hx: ESRD 2/2 ADPKD, on CCPD since 2017; T2DM handled with diet alone; he has never had insulin or tablets. Obese - weight 118 kg, he declined to be measured for height today.
"""),
("2019-09-24", "IR Procedure Report", """
IR REPORT: Fluoroscopic manipulation of malpositioned PD catheter
Indication: outflow failure, KUB shows the catheter tip migrated up to the LUQ.
Procedure: exit site prepped. Under fluoro, a stiff hydrophilic wire was passed through the catheter and the tip repositioned to the pelvis. Test drain 1 L in 6 min. No complications.
Incidental finding during prep: L anterolateral thigh with a tender violaceous plaque, 5 cm, dusky centre. Pt says it came up on Friday 09/20/2019. He injects his epoetin there every week and also walloped the same thigh on the corner of his bed frame on Labor Day, leaving a large bruise that had faded by mid-September.
Recommend dermatology.
"""),
("2019-10-01", "Dermatology Consult", """
Dermatology clinic
62M on peritoneal dialysis. Referred by IR.
L anterolateral thigh: indurated plaque 6 by 4 cm, necrotic eschar in the middle, retiform purpura around. This is the thigh he has injected his ESA into since April, and the spot he struck on the bed frame in early September.
Deep punch 9/27 read as calciphylaxis: von Kossa-positive arteriolar mural deposits, clot, and fat necrosis throughout.
Plan: move ESA injections to abdomen, STS intraperitoneal vs IV per renal, pain mgmt. Diabetes diet-controlled.
"""),
("2019-10-15", "PD Access Clinic", """
PD clinic f/u
Thigh wound: eschar intact, edge less violaceous, pain 5/10 from 8/10. Dressing by home health 3x/wk.
Epoetin now given in the abdominal wall, rotating, per derm.
Catheter draining well since repositioning. Exit site clean.
Obesity counselling given; dietitian to review (phos 6.8, albumin 3.1).
"""),
]}

D09 = {"patient_id": "D09", "age": 60, "sex": "F", "notes": [
("2024-05-06", "Fistulagram Report", """
FISTULAGRAM WITH ANGIOPLASTY
Access: R brachiobasilic transposed AVF. Sheath 6F, antegrade, placed in the proximal outflow.
Findings: 60% swing-segment stenosis at the basilic-axillary junction. Arterial inflow normal.
PTA 8 mm balloon, good result. Hemostasis with purse string.
Other: while on the table pt requested we examine her left lower belly, sore since late April. Tender, purplish, hard. She uses insulin (glargine + lispro) but points out every shot goes in right of the navel, never the left - "habit since I was diagnosed."
Advised to see PCP/derm.
"""),
("2024-05-15", "Dermatology Consult", """
DERM
60F, HD via right arm fistula, insulin-requiring T2DM, obesity (BMI 38.9).
L lower abdomen: necrotic plaque 4 by 3 cm, livedoid border.
R lower abdomen (her injection zone): skin intact, without purpura; only soft lipohypertrophy.
Punch biopsy 5/10 L abdomen: calciphylaxis.
No trauma reported to the left abdomen - no injections there, no belts, no heat, no falls.
Plan: STS with HD, binder change, keep injecting on the right.
"""),
("2024-06-03", "Access Nurse Cannulation Note", """
Cannulation note
R BBF - area cannulation avoided near the PTA site per IR. 15g x 2, 1 stick each. Thrill strong.
Abd wound dressed by wound RN before run; pt tolerating sodium thiosulfate 25 g in the last hour of treatment. C/o nausea, zofran given.
No warfarin, no other anticoagulant besides circuit heparin.
"""),
]}

D10 = {"patient_id": "D10", "age": 69, "sex": "M", "notes": [
("2020-05-11", "Vascular Access Clinic", """
Access clinic
R upper arm AVG (brachial-axillary), 2018. Thrill present. Recent thrombectomy 3/2020.
New: painful nodule, posterior L calf, since May 1st, says he woke up with it. Exam: 2.5 cm indurated, violaceous, tender nodule with surrounding net-like mottling. No trauma, no injection, no heat, no tight garments to the leg - he is emphatic there was no injury.
On warfarin for mechanical AVR, INR 2.8.
Plan: derm referral, r/o calciphylaxis.
"""),
("2020-05-21", "Access Nurse Note", """
HD nursing note
Yesterday during transfer into the dialysis chair pt struck his posterior left calf on the metal footrest - skin tear 2 cm just below the existing sore. Steri-strips and foam applied today. Incident report filed.
AVG cannulated without issue.
"""),
("2020-06-02", "Dermatology Consult", """
Dermatology
69M, ESRD on HD, mechanical valve on warfarin. Not diabetic.
L posterior calf: necrotic plaque 4 cm, started 5/1/2020; footrest skin tear 5/20 is adjacent and came after the lesion.
Biopsy 5/27: calciphylaxis.
BMI 26.0.
Plan: STS, wound care, cardiology to weigh warfarin alternatives (limited with mechanical valve).
"""),
]}

D11 = {"patient_id": "D11", "age": 57, "sex": "F", "notes": [
("2022-10-03", "TDC Exchange Report", """
IR: Exchange of L IJ tunneled dialysis catheter for infection of the tunnel.
Old catheter removed, new catheter placed through a fresh tunnel with exit site on the L upper chest. Limbs anchored with adhesive tape on the left anterior chest.
Cultures of the tunnel sent. Vanc dosed post-HD.
Hx: ESRD on HD, T2DM on oral agents (glipizide, linagliptin), no insulin; morbid obesity.
"""),
("2022-11-15", "Vascular Access Clinic", """
Access f/u
Tunnel healed. Exit site clean. Skin under the tape on the chest intact.
New issue: painful, hard purple plaques on both inner thighs, onset about 3 weeks ago. Not scratched, no shots in the legs, nothing hot applied there. For years she's been lying against an electric heating pad at the low back most nights (mottled brown skin there, no ulceration).
Exam: bilateral medial thighs 6 cm and 4 cm indurated violaceous plaques with dark central crust.
Derm referral urgent.
"""),
("2022-11-24", "Dermatology Consult", """
Derm consult
Both medial thighs: plaques with retiform purpura, necrosis centrally.
Biopsy R medial thigh 11/18: calciphylaxis.
Lumbar skin: reticulate tan discolouration from chronic heat (EAI), intact, no lesion; the chest at the catheter tape is normal.
BMI 41.3. Warfarin never.
Plan: STS, weight-bearing as tolerated, wound team.
"""),
]}

D12 = {"patient_id": "D12", "age": 65, "sex": "M", "notes": [
("2025-03-04", "PD Access Clinic", """
PD clinic
Catheter: RLQ exit clean. Effluent clear.
Complains of a hard, very sore lump, right buttock, for roughly 10 days. For the past few days he has pressed ice on it to dull the pain. No falls, no injections there, no prolonged sitting on hard surfaces, no other injury.
Exam: upper outer quadrant of R buttock: woody plaque 4 cm, purple-black centre.
?calciphylaxis - refer derm. Stop ice.
Not diabetic. Obese, BMI 31.0.
"""),
("2025-03-11", "Dermatology Consult", """
DERMATOLOGY
65M on CCPD. R buttock plaque.
Double punch biopsy today from the lesion edge - results called 3/14 (addendum): calciphylaxis.
Plan: hydrocolloid dressing secured with tape, STS.
"""),
("2025-03-25", "Wound Care Procedure Note", """
Bedside sharp debridement - R buttock calciphylaxis ulcer
Consent obtained. Eschar partially lifted; devitalized tissue removed down to bleeding subcutis, 5 x 4 cm. Hemostasis with silver nitrate. Alginate + foam, tape around.
Pt tolerated with topical lidocaine. F/u 2 wks.
No warfarin.
"""),
]}

D13 = {"patient_id": "D13", "age": 52, "sex": "F", "notes": [
("2018-09-10", "Vascular Access Clinic", """
Pre-dialysis access planning
52F, CKD 5 (eGFR 9), diabetic nephropathy. Diabetes controlled on diet alone; never used insulin.
Chose PD. Plan: IR PD catheter insertion on 10/1/2018 through the lower abdominal wall.
Wt 125 kg, BMI 44.7 - class III obesity; discussed catheter exit placement above the pannus fold.
Vein mapping: cephalic veins 2.1 mm bilaterally - poor for fistula.
"""),
("2018-09-25", "IR Pre-procedure Assessment", """
IR - pre-procedure review
PD catheter insertion NOT done - postponed indefinitely. Reason: a 6 cm necrotic, painful plaque low on the pannus, dusky border, black central eschar, first noticed about 2 weeks ago.
Pt denies any injections, heating pads, tight belts/waistbands or injury to the abdomen. No previous surgery on the abdomen.
Uremic; plan instead R IJ TDC for urgent HD start - placed today, uncomplicated.
"""),
("2018-10-04", "Dermatology Consult", """
Dermatology consult
Lower abdominal pannus plaque: retiform purpura with eschar.
Incisional biopsy 9/28: calciphylaxis.
Should she be admitted, SC heparin for DVT prophylaxis should be put in an arm; keep needles off the belly. PD catheter only after healing, not through affected skin.
Not on warfarin. BMI 44.7.
"""),
]}

D14 = {"patient_id": "D14", "age": 70, "sex": "M", "notes": [
("2023-03-14", "Peripheral Angiogram and PTA Report", """
LOWER EXTREMITY ANGIOGRAM / PTA
Access: right CFA, retrograde, 5F sheath, US-guided.
Findings: L SFA 80% stenosis mid-segment; 3-vessel runoff L.
PTA L SFA 5 mm balloon, 0% residual.
Closure device failed; manual compression 20 min. R groin hematoma ~4 cm at the end, stable.
Hx: dialysis-dependent ESRD (L arm fistula), insulin-dependent DM, PAD. No anticoagulation.
"""),
("2023-03-28", "Vascular Access Clinic", """
Vascular clinic follow-up
R groin: resolving ecchymosis from the puncture, soft, no bruit - benign post-procedure bruise, not calciphylaxis.
L heel - stage II pressure injury from the footrest of the dialysis chair, clean base, not necrotic livedoid - a pressure ulcer, not calciphylaxis.
New: both posterior calves with painful purple-black plaques since about 8 days ago, no injury or injections in the legs.
Derm urgently.
"""),
("2023-04-06", "Dermatology Consult", """
Dermatology
70M on HD.
Bilateral posterior calves: necrotic plaques ringed by retiform purpura; L calf biopsy 3/31: calciphylaxis.
Heel and groin findings are a pressure injury and a post-puncture hematoma respectively; neither looks or behaves like calciphylaxis.
Counselled: avoid compression wraps and heating pads to the legs, as these could cause new lesions.
BMI 28.4.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
