"""Probe15 corpus notes, N01-N07 (all invented; surgical and procedural transcription style)."""

N01 = {"patient_id": "N01", "age": 58, "sex": "F", "notes": [
("2022-01-18", "Operative Report", """
MERCY VALLEY REGIONAL MEDICAL CENTER - DEPARTMENT OF SURGERY
OPERATIVE REPORT
LOCATION: Main OR, room 7
DATE OF OPERATION: 01/18/2022
SURGEON: T. Okafor, MD    ASSISTANT: R. Lindqvist, PA-C
PREOPERATIVE DIAGNOSIS: Small-bowel obstruction, failed nonoperative management.
POSTOPERATIVE DIAGNOSIS: Congenital band across the distal ileum with a 20 cm segment of nonviable bowel.
OPERATION PERFORMED: Exploratory laparotomy, division of congenital band, segmental small-bowel resection with stapled side-to-side anastomosis.
ANESTHESIA: General endotracheal, rapid sequence.
ESTIMATED BLOOD LOSS: 150 mL.
FLUIDS: 1400 mL crystalloid. URINE OUTPUT: Anuric at baseline.
DRAINS: None.
SPECIMENS: Segment of ileum to pathology.
COMPLICATIONS: None apparent.

INDICATIONS: This 58-year-old female has ESRD (hemodialysis thrice weekly, left brachiocephalic fistula), insulin-treated type 2 diabetes (glargine, self-injected on the dorsal upper arms) and a BMI of 33.4. She presented with four days of obstipation and feculent emesis. CT showed a transition point in the right lower abdomen. She has never had abdominal surgery. Risks and benefits were reviewed and she signed consent.

DESCRIPTION OF PROCEDURE: She was wheeled to room 7 and laid supine on the table with both arms out on padded boards, the fistula arm wrapped in soft cotton and marked "no BP, no sticks." After induction, an orogastric tube and a Foley catheter were inserted. Abdominal hair was clipped; chlorhexidine-alcohol prep ran from the nipple line to mid-thigh, followed by sterile drapes. A timeout was completed.

A lower midline incision was made from just above the umbilicus to a point two fingerbreadths above the pubis and carried through the linea alba with electrocautery. The peritoneal cavity was free of adhesions. A single congenital band tethering the distal ileum was divided, and the segment just proximal was dusky and did not regain color after 15 minutes of warm packs. It was resected between GIA staple loads and a side-to-side anastomosis was created; the common enterotomy was closed with a TA stapler. The mesenteric defect was closed with 3-0 silk. Three liters of warm saline irrigation were used.

The fascia was closed with two running looped #1 PDS sutures starting at each end. Subcutaneous tissue was irrigated. The skin was reapproximated with staples, and a sterile island dressing was applied. Sponge, needle and instrument counts were correct twice. She was extubated and brought to PACU in fair condition.

D: 01/18/2022 17:52  T: 01/19/2022 06:10  Job 4418207
"""),
("2022-04-20", "General Surgery Clinic Note", """
GENERAL SURGERY CLINIC - POSTOPERATIVE / PROBLEM VISIT

58F, three months out from ex-lap with small-bowel resection on 01/18/2022. Staples were removed on postoperative day 14 and the wound closed without drainage. She comes in today for a new problem: three weeks ago she noticed an exquisitely tender purple area at the lower end of her scar, which firmed up and developed a black centre over the following days. She rates the pain 8 of 10; keeps her awake, worse when anything brushes against it. No fever, no drainage. She continues HD Tues/Thurs/Sat. Still on glargine 22 units, arms only. No anticoagulants.

EXAM: Afebrile. BMI 32.9. The midline laparotomy scar is well healed over its upper two-thirds. Centered on its infraumbilical midline portion there is a 5x2.5 cm woody, violaceous plaque edged by lacy purpura, with a black eschar of roughly 1.5 cm in its middle that tracks along the scar. No fluctuance, no crepitus, no fascial defect on Valsalva. Backs of arms: mild lipohypertrophy, no discoloration. Thighs, calves and buttocks clear.

ASSESSMENT: Painful necrotic plaque arising in a healed laparotomy incision in a dialysis patient. This does not behave like a stitch abscess or a late wound infection. Calciphylaxis localizing to the surgical scar is my leading concern.
PLAN: Urgent dermatology referral for deep punch biopsy. Let nephrology know today. Dress with a nonadherent pad held by a loose binder, avoiding adhesive on the plaque; loose clothing. Return after the biopsy result.
"""),
("2022-05-02", "Dermatology Consult Note", """
DERMATOLOGY - FOLLOW-UP AFTER BIOPSY

Seen 04/26 for a 4 mm double-punch incisional biopsy, sampling the plaque rim, on the lower midline laparotomy scar. The pathology has returned: small subcutaneous vessels with circumferential medial calcification and luminal fibrin thrombi, calcium encrusting fat lobules, septal panniculitis. Von Kossa stain highlights the calcium. Vasculitis absent; PAS and Gram stains show no organisms.

DIAGNOSIS: Calciphylaxis, biopsy-confirmed, confined to the infraumbilical portion of the surgical scar from January. No lesions on the arms where she takes insulin.
Discussed with her nephrologist: sodium thiosulfate with each run, stop calcium-based binder, cinacalcet titration, wound care with a hydrocolloid-free regimen. Pain service following. Will see her in two weeks.
"""),
]}

N02 = {"patient_id": "N02", "age": 66, "sex": "M", "notes": [
("2023-05-11", "Operative Report", """
ST. BRENDAN UNIVERSITY HOSPITAL - COLORECTAL SURGERY
OPERATIVE REPORT

DATE: 05/11/2023
PRE-OP DX: Adenocarcinoma of the mid rectum, 8 cm from the anal verge, after neoadjuvant chemoradiation.
POST-OP DX: Same.
PROCEDURE: Robotic-assisted low anterior resection with total mesorectal excision, stapled colorectal anastomosis, diverting loop ileostomy.
ANESTHESIA: General with endotracheal intubation; arterial line left radial.
EBL: 200 cc.  DURATION: 6 hours 20 minutes skin to skin.
DRAINS: 19 French Blake in the pelvis, out through the left lower quadrant port site.
FINDINGS: Treated tumor with fibrosis, no liver lesions, no peritoneal disease.

INDICATIONS: 66-year-old gentleman, hemodialysis-dependent ESRD (Monday/Wednesday/Friday), atrial fibrillation on long-term warfarin (held five days prior, bridged with nothing), not diabetic, BMI 29.9.

PROCEDURE IN DETAIL: Once asleep, he was positioned in modified lithotomy in padded Yellofin stirrups, heels seated in the boots, calves resting on the boot padding, knees slightly flexed, and both arms tucked at the sides on foam. A bean bag and chest strap secured him for steep Trendelenburg. The abdomen and perineum were prepped and draped. He received 5000 units of subcutaneous heparin before incision.

Pneumoperitoneum was obtained with a Veress needle at Palmer's point. Robotic ports were placed in a line across the abdomen, plus a 12 mm assistant port (right lower quadrant). The inferior mesenteric artery was divided at its origin and the splenic flexure mobilized. Total mesorectal excision was carried to the pelvic floor. The rectum was divided with two loads of a 45 mm stapler, the specimen was exteriorized through a 6 cm Pfannenstiel incision, and an end-to-end circular stapled anastomosis was done; rings intact, leak test negative. A loop of terminal ileum was matured as a diverting ileostomy at the right lower quadrant port site. The Pfannenstiel fascia was closed with running #1 PDS, port sites with 4-0 subcuticular Monocryl, and the drain sutured to the skin.

The stirrups were checked and the legs repositioned at the 3-hour mark per protocol. Patient extubated in the room and taken to PACU stable.
D: 05/11/2023  T: 05/12/2023  Job 99-20731
"""),
("2023-05-24", "Wound Ostomy Continence Nurse Note", """
WOC NURSING CONSULT - 5 WEST

Asked to see for (1) ostomy teaching and (2) new skin findings on both lower legs.

Ostomy: loop ileostomy RLQ, rod removed yesterday, stoma pink and moist, 32 mm, output 900 mL/day. Peristomal skin intact. Teaching started with wife; 2-piece flat system with barrier ring.

Legs: Patient reports painful dusky areas on both calves that he first noticed 4 days ago, burning, 7/10, worse at night. On the posterior aspect of each calf, exactly where the calf rested on the stirrup boot padding during his 6-hour operation on 05/11, there is a 6 x 4 cm (right) and 5 x 4 cm (left) patch of net-like violaceous discoloration with a firm center; the right has a 1 cm black eschar. Heels are intact and blanchable. Skin between the patches is normal. Pedal pulses dopplerable.

These do not look like ordinary device-related pressure injury: they spread with a lacy purple border, are extremely painful and are indurated well beyond the discoloration. Given dialysis and warfarin I am concerned about calciphylaxis. Paged team, who agree; dermatology consulted. Offloading with pillows under the thighs, heels floated, no compression wraps. Nonadherent foam only.
"""),
("2023-05-30", "Dermatology Consult Note", """
DERMATOLOGY INPATIENT CONSULT - FINAL

Reason: bilateral calf plaques after long lithotomy case.
Biopsy (05/25; 6 mm punch into fat from the posterior right calf): subcutaneous arterioles carry calcium in their walls, with intimal hyperplasia, thrombosis and lobular fat necrosis. The von Kossa stain outlines the vessel walls.

IMPRESSION: Calciphylaxis of both posterior calves, arising at the sites that bore the weight of the stirrups during his rectal surgery. Risk profile: ESRD on HD, warfarin since 2017 for AF, hyperphosphatemia, PTH 640.
RECOMMENDATIONS: Switch anticoagulant away from warfarin (cardiology to weigh apixaban). IV sodium thiosulfate 25 g post-HD three times a week. Non-calcium binder. Conservative dressings only; defer sharp debridement. Pressure relief to calves. BMI today 29.9.
"""),
]}

N03 = {"patient_id": "N03", "age": 74, "sex": "F", "notes": [
("2020-08-31", "Operative Report", """
ORTHOPAEDIC TRAUMA SERVICE - OPERATIVE NOTE

Date of surgery: 08/31/2020
Preoperative diagnosis: Right intertrochanteric femur fracture (AO 31-A2) after a ground-level fall at home on 08/30/2020.
Postoperative diagnosis: Same.
Procedure: Closed reduction and internal fixation with a short cephalomedullary nail, right hip.
Anesthesia: Spinal with sedation.
EBL: 175 mL. Tourniquet: none.
Implants: 10 x 180 mm nail, 95 mm lag screw, one distal locking screw.

Indication: 74-year-old woman, CKD 4 with an eGFR near 19 and no dialysis yet, type 2 diabetes on insulin lispro and glargine, BMI 27.2, who tripped over a rug and landed on the right side. Bruising over the right greater trochanter on arrival.

Description: After spinal anesthesia she was moved to the fracture table, perineal post well padded, left leg in the well-leg holder, right foot in the traction boot. Fluoroscopic closed reduction with traction and internal rotation gave near-anatomic alignment. Chlorhexidine prep and draping of the right hip and thigh followed. A 4 cm incision was made proximal to the tip of the trochanter, the entry was reamed over a guide pin, and the nail was passed. The lag screw was placed center-center through a 2 cm lateral incision with a tip-apex distance of 18 mm. A distal screw was placed through a stab incision on the lateral thigh. Wounds irrigated; fascia 0 Vicryl, dermis 2-0 Vicryl, skin staples, Aquacel dressings.

Post-op plan: weight bearing as tolerated. VTE prophylaxis: SC unfractionated heparin 5,000 U every eight hours from POD1 (no enoxaparin given renal function). Medicine to manage insulin.
"""),
("2020-09-21", "Nephrology Consult Note", """
NEPHROLOGY CONSULT - LAKESIDE SUBACUTE REHABILITATION

Question from rehab team: tender lower abdominal skin lesions, CKD 4.

HPI: 74F, 3 weeks after nail fixation of a right hip fracture. Since 09/01/2020 she has been given SC heparin, 5,000 units t.i.d., for clot prevention, which the nursing staff have injected into the lower abdomen, alternating right and left. Staff inject her insulin into the dorsal upper arms. Four days ago the aides noticed very tender purple spots on the right and left lower belly; she describes them as "burning coals." No fever.

Exam: BMI 27.0. Lower abdomen: on the right, three and on the left, two tender retiform purpuric plaques measuring 1.5-4 cm, each with a tiny needle puncture at its center, the largest on the left with a dusky gray center. Background livedo across the infraumbilical skin. Upper arms without lesions. Right hip incisions healed, staples out, no erythema. Legs clear.
Labs: phosphorus 6.3, PTH 388, calcium 10.1, albumin 2.7.

Assessment: Suspect calciphylaxis at SC heparin injection sites; CKD 4, dialysis not yet started.
Plan: Stop subcutaneous heparin; prophylaxis with low-dose oral apixaban, agreed with ortho. Dermatology for biopsy. Stop calcium carbonate; start sevelamer. No topical heat or cold to the abdomen.
"""),
("2020-09-25", "Dermatology Consult Note", """
DERMATOLOGY NOTE

Biopsy taken 09/22 from the left lower abdominal plaque (incisional, to fat). Result: calcium deposited in the muscular walls of small arteries in the subcutis, luminal thrombi, adjacent fat necrosis; von Kossa confirms. Negative for vasculitis.

Diagnosis: Calciphylaxis (CKD stage 4, non-dialysis) at the lower abdominal subcutaneous heparin injection sites, right and left.
Plan: Agree with nephrology measures; sodium thiosulfate being arranged. Wound care: calcium alginate to the eschar, foam cover. Follow weekly.
"""),
]}

N04 = {"patient_id": "N04", "age": 61, "sex": "M", "notes": [
("2024-03-28", "Vascular Surgery Consult", """
VASCULAR SURGERY OUTPATIENT CONSULTATION

REFERRING: PD unit, Dr. Haverford.
REASON: Nonhealing left shin wound, ?arterial.

HISTORY: This 61-year-old man has ESRD from diabetic nephropathy. He has done CCPD at home for four years through a right lower quadrant Tenckhoff catheter. Diabetes is managed with linagliptin only; he has never used insulin. Mechanical aortic valve (2015) anticoagulated with warfarin at a high INR target for the valve. BMI 31.0.

In February he lost his footing on an icy ramp in a parking garage and scraped his left shin along a concrete curb. The scrape was healing with ointment at home until about 2 weeks ago, when a very painful purple ring appeared around it and the middle turned black. Now he cannot tolerate the sheet on his leg. Denies claudication and foot rest pain.

EXAM: Femoral, popliteal, DP and PT pulses 2+ bilaterally. Left anterior shin (middle third): adherent black eschar 4x3 cm on the track of the old abrasion, surrounded by a 2 cm rim of stellate violaceous induration that is exquisitely tender. Right leg unremarkable. PD exit site clean.
NONINVASIVES: ABI noncompressible bilaterally; toe-brachial index 0.78 left, 0.81 right. Pedal Doppler signals triphasic.

IMPRESSION: This is not an arterial ulcer. In a patient on PD and warfarin, a painful stellate necrotic lesion arising within a recent traumatic scrape raises strong concern for calciphylaxis.
PLAN: Derm biopsy this week. No revascularization indicated. Will plan debridement once diagnosis clear.
"""),
("2024-04-03", "Dermatology Procedure Note", """
DERMATOLOGY - PROCEDURE AND RESULT

Procedure (03/29): 5 mm punch biopsy, left shin, lesion margin, with lidocaine 1% with epi; closed with one 4-0 nylon.
Pathology: arterioles in the subcutis with calcified media, fibrin thrombi; calcium in fat lobules; scattered necrosis. No vasculitis.

ASSESSMENT: Biopsy-proven calciphylaxis, left shin, which began inside a healing abrasion from his fall. Risk factors: PD-dependent ESRD, warfarin, diabetes, obesity.
PLAN: Discussed with nephrology and cardiology - warfarin must continue for the mechanical valve; lowering INR target to the bottom of range. Intraperitoneal sodium thiosulfate protocol. Refer back to vascular surgery for debridement.
"""),
("2024-04-18", "Operative Report", """
OPERATIVE REPORT - VASCULAR SURGERY

DATE: 04/18/2024
PREOPERATIVE DIAGNOSIS: Calciphylaxis ulcer of the left shin with adherent eschar.
PROCEDURE: Excisional debridement of skin and subcutaneous tissue, left shin, 5.5 x 4 cm; negative pressure wound therapy device placed.
ANESTHESIA: MAC with local (0.25% bupivacaine, 15 mL).
EBL: Minimal. DRAINS: None. TOURNIQUET: Not used.

DESCRIPTION: Supine, left leg on a padded bump, heels off-loaded. Chlorhexidine prep, sterile drapes. The eschar was excised sharply with a #10 blade and curette to subcutaneous fat that bled; no tendon exposed. Hemostasis with pressure and thrombin-soaked gauze (INR 2.7). The wound bed was irrigated. A black foam sponge was cut to fit and the VAC set at -100 mmHg continuous, with the drape bridged up the anterior shin. Patient tolerated well.
"""),
]}

N05 = {"patient_id": "N05", "age": 52, "sex": "F", "notes": [
("2024-01-10", "General Surgery Consult", """
GENERAL SURGERY INPATIENT CONSULTATION

REQUESTED BY: Hospital medicine. REASON: Left flank wound, request debridement.

HPI: 52-year-old woman, ESRD, HD via tunneled R IJ catheter, type 2 diabetes on insulin aspart and degludec which she injects into her abdomen, BMI 38.5. She has a left flank wound x 3 weeks. It began as a tender mauve blotch that darkened and hardened, then the center broke down. She has had chronic left-sided back and flank pain from a compression fracture, and since last fall she has slept nightly on an electric pad, set on high and held against the left flank. She stopped using it when the sore appeared.

EXAM: Temp 37.4. Left flank, between costal margin and iliac crest: a 7x5 cm firm plaque, black eschar in the center, dusky net-like border, sitting within a squarish patch of mottled brown hyperpigmentation that matches the outline of the pad. Exquisitely tender; no fluctuance or crepitus. Abdomen: scattered injection bruises and lipohypertrophy periumbilically, no purpura or nodules. Other flank and back normal.

IMPRESSION: Necrotic plaque where heat was applied night after night, in a patient on dialysis. My leading diagnosis is calciphylaxis rather than deep thermal injury or infection; I would like tissue before taking her to the OR.
PLAN: Bedside punch biopsy today. If confirmed, excisional debridement later this week. No heating pad. Avoid further trauma to the flank.
"""),
("2024-01-15", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
SPECIMEN: Left flank, punch biopsy (6 mm), skin with subcutis.
CLINICAL: ESRD; necrotic flank plaque under heating pad area; r/o calciphylaxis.
MICROSCOPIC: Epidermal necrosis. Subcutaneous small arteries show medial calcification with intimal fibroplasia and occlusive thrombus. Calcium in the interstitium of fat lobules, with fat necrosis. Dermis shows dilated superficial vessels with pigment-laden macrophages.
FINAL DIAGNOSIS: SKIN, LEFT FLANK - FINDINGS DIAGNOSTIC OF CALCIPHYLAXIS.
"""),
("2024-01-17", "Operative Report", """
OPERATIVE REPORT
SERVICE: General surgery
DATE OF PROCEDURE: 01/17/2024
DIAGNOSIS: Biopsy-proven calciphylaxis, left flank.
PROCEDURE: Excisional debridement of left flank wound down to and including muscle fascia, 8.5 x 6 cm; placement of wound VAC.
ANESTHESIA: General, LMA. EBL: 60 mL.

DETAILS: Placed on her right side (left up) on a bean bag with an axillary roll; all pressure points padded, right arm on an arm board, left arm on an airplane rest. After prep and drape, the eschar and surrounding nonviable fat were excised with cautery until punctate bleeding was seen. The fascia of the external oblique had a thin gray film that was shaved. Irrigated with pulse lavage. VAC placed at -125 mmHg. She was returned supine and extubated. Will need repeat debridement versus graft; dialysis tomorrow with thiosulfate.
"""),
]}

N06 = {"patient_id": "N06", "age": 47, "sex": "F", "notes": [
("2021-06-08", "Operative Report", """
OPERATIVE REPORT - ACUTE CARE SURGERY

DATE: 06/08/2021
PREOP DX: Acute calculous cholecystitis.
POSTOP DX: Gangrenous cholecystitis.
PROCEDURE: Laparoscopic cholecystectomy; placement of closed suction drain.
ANESTHESIA: GETA. EBL: 50 mL.
DRAIN: 15 Fr round Jackson-Pratt in the gallbladder fossa, exiting the right upper quadrant.

INDICATION: 47-year-old woman with ESRD (IgA nephropathy), in-center hemodialysis, no diabetes, BMI 30.0, with two days of RUQ pain, positive Murphy sign and sonographic wall thickening.

DESCRIPTION: Supine, left arm (fistula) padded and tucked, right arm out. After induction, abdomen prepped and draped. An 11 mm infraumbilical port was placed by open Hasson technique. Under vision, a 5 mm subxiphoid port and two 5 mm right subcostal ports were placed. The gallbladder was distended and patchy black. It was decompressed with a needle aspirator. Critical view achieved before clipping; cystic duct and artery clipped and divided. Hook cautery was used to take the gallbladder off its bed, with some oozing controlled with cautery and a hemostatic matrix, placed in a bag and extracted through the umbilicus. Because of the gangrenous wall and a small bile leak from the fossa, the JP drain was placed in the fossa and brought out through the most lateral right upper quadrant port site, secured with 2-0 nylon. 0 Vicryl to the umbilical fascia; subcuticular 4-0 Monocryl and Dermabond for the skin.
"""),
("2021-07-26", "Surgery Clinic Note", """
ACUTE CARE SURGERY CLINIC

Post-lap chole 06/08/2021. JP drain was removed at her visit on 06/14 after output fell below 20 mL/day. Today she returns with a painful spot where the drain used to come out. It started in early July: first a hard tender pink knot, which has since turned purple and crusted black.

Exam: BMI 30.0. Umbilical and subxiphoid scars well healed. The right upper quadrant drain exit scar is the center of a 3x3 cm stellate violaceous plaque around a central eschar, black, near 1 cm, rim of firm induration, very tender; no drainage on pressure, no fluctuance. The adjacent subcostal port scars are normal.

Impression: Differential includes a retained suture granuloma or subcutaneous abscess along the drain tract, but the appearance and degree of pain in a hemodialysis patient are worrisome for calciphylaxis.
Plan: Ultrasound of the tract (no collection seen in clinic POCUS). Dermatology punch biopsy expedited. Notified nephrology.
"""),
("2021-08-02", "Dermatology Consult Note", """
DERMATOLOGY

Biopsy 07/28 of the right upper quadrant plaque: calcium within arteriolar walls of the subcutis, fibrin thrombi, and septal/lobular fat necrosis; no foreign material, no granulomas, cultures negative.

DIAGNOSIS: Calciphylaxis at the healed Jackson-Pratt drain exit site in the right upper abdomen.
Risk factors: hemodialysis, obesity (BMI 30), phosphorus 7.1. Not on warfarin, not diabetic.
Plan: sodium thiosulfate with dialysis, stop calcium acetate, wound care with nonadherent dressing. Follow-up 3 weeks.
"""),
]}

N07 = {"patient_id": "N07", "age": 69, "sex": "M", "notes": [
("2022-10-04", "Operative Report", """
PLASTIC AND RECONSTRUCTIVE SURGERY - OPERATIVE REPORT

DATE: 10/04/2022
PREOPERATIVE DIAGNOSIS: Full-thickness soft-tissue defect of the left volar forearm, 9 x 6 cm, after infected dog bite (September 2022), status post two washouts.
PROCEDURE: (1) Excisional debridement of left forearm wound. (2) Split-thickness skin graft to left forearm, 54 sq cm, harvested from the right anterior thigh.
ANESTHESIA: General. EBL: 40 mL.
TOURNIQUET: Left upper arm, 250 mmHg, 32 minutes.

HISTORY: 69M, ESRD on HD (right arm AV fistula), insulin-requiring type 2 diabetes (detemir into the abdomen), on warfarin for recurrent DVT since 2016 (held, INR 1.3 today). BMI 26.4.

DESCRIPTION: Supine, left arm on a hand table, right arm (fistula) protected on a padded board. Left upper arm tourniquet applied over cast padding. Both the left arm and the right thigh were prepped and draped. The forearm wound was debrided of granulation tissue and fibrinous debris with a curette and scissors to a healthy bed. Tourniquet released; hemostasis with cautery. A dermatome set at 0.012 inch harvested a 6 x 10 cm sheet from the right anterior thigh; it was meshed 1.5:1 and stapled onto the forearm bed, with a bolster of Xeroform and moist cotton. The donor site was covered with epinephrine-soaked Telfa, then a transparent film dressing. Splint applied to the forearm.
"""),
("2022-11-02", "Plastic Surgery Clinic Note", """
PLASTIC SURGERY CLINIC - POSTOP #4

Left forearm: graft about 95% take, small area of delayed epithelialization at the ulnar edge. Range of motion improving with hand therapy.

Right thigh donor site: he reports that on 10/27 the donor site became very painful and a purple color spread inside it. Exam: within the rectangular donor site on the right anterior thigh there is a 5x3 cm retiform violaceous plaque; a black eschar roughly 2 cm across sticks to its center, and firm tender induration extends past the harvested margin. Not the expected slow donor-site healing. Left thigh, calves and abdomen clear.

Impression: possible calciphylaxis in the skin graft donor site (ESRD, warfarin, diabetes).
Plan: 4 mm punch taken from the donor-site plaque margin today under local. Holding further warfarin per hematology; bridging discussed. Nephrology aware.
"""),
("2022-11-09", "Nephrology Progress Note", """
NEPHROLOGY - HD UNIT PROGRESS NOTE

S: Pain at right thigh donor site 8/10; sleeping poorly.
O: Pre-HD BP 148/72. BMI 26.4.
Biopsy of the right thigh donor site (11/02) came back: calcified, thrombosed small arteries of the subcutaneous fat with fat necrosis; diagnosis calciphylaxis.
A/P:
1. Calciphylaxis at the right anterior thigh split-thickness graft donor site - thiosulfate 25 grams intravenously with every HD session; discontinue calcium carbonate; sevelamer; increase dialysate time to 4.5 h.
2. Anticoagulation - stop warfarin, transition to apixaban per hematology.
3. DM2 on insulin - continue detemir, rotate within abdomen.
"""),
]}

PATIENTS = [N01, N02, N03, N04, N05, N06, N07]
