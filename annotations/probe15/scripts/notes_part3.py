"""Probe15 corpus notes, N14-N20 (all invented; surgical and procedural transcription style)."""

N14 = {"patient_id": "N14", "age": 68, "sex": "F", "notes": [
("2023-04-02", "Operative Report", """
EMERGENCY GENERAL SURGERY - OPERATIVE REPORT

DATE: 04/02/2023
PREOPERATIVE DIAGNOSIS: Free air, peritonitis.
POSTOPERATIVE DIAGNOSIS: Purulent peritonitis (Hinchey III) from a perforated sigmoid diverticulum.
PROCEDURE: Exploratory laparotomy, sigmoid colectomy with end descending colostomy (Hartmann procedure), washout.
ANESTHESIA: General, RSI. EBL: 300 mL. DRAINS: None.
WOUND CLASS: IV.

INDICATION: 68-year-old woman on hemodialysis for ESRD, insulin-dependent diabetes, BMI 36.9, with 24 hours of abdominal pain and pneumoperitoneum on CT.

DESCRIPTION: Supine, arms out. Prepped and draped. Midline incision from the xiphoid to below the umbilicus. About 800 mL of purulent fluid was evacuated from the pelvis and paracolic gutters. The sigmoid was inflamed with a walled-off perforation. The colon was mobilized along the white line of Toldt, the ureter identified, and the sigmoid resected between staple loads with the mesentery taken with a vessel-sealing device. The descending colon was brought out through a disk of skin at a premarked left lower quadrant site and matured with 3-0 Vicryl. Washout with 6 L. Running #1 PDS closed the fascia. Given contamination, the skin was loosely approximated with staples at 3 cm intervals with wicks of saline gauze between.
"""),
("2023-04-13", "Surgery Progress Note", """
GENERAL SURGERY PROGRESS NOTE - POD 11

Overnight: increasing pain along the lower incision; WBC 13.8 from 9.
Exam: Colostomy pink, functioning. Upper half of the midline wound granulating. Along the lower third of the incision the skin edges on both sides have turned dusky gray-black over a 2 cm band, with surrounding mottled violaceous skin and firm induration extending about 3 cm laterally; exquisitely tender out of proportion. No crepitus, no dishwater drainage, fascia intact to probe.
Differential: ischemic wound-edge necrosis in a diabetic on dialysis vs necrotizing soft tissue infection (no crepitus, fascia intact - less likely) vs calciphylaxis arising in the incision, which we cannot exclude in an ESRD patient with phos 8.0 and PTH 1100.
Plan: Bedside excisional debridement of necrotic skin edges today, tissue for pathology and culture; broaden antibiotics; dermatology input.
"""),
("2023-04-18", "Surgery Progress Note", """
GENERAL SURGERY PROGRESS NOTE - POD 16

Pathology from the bedside debridement: necrotic fat and skin with acute inflammation; no vascular calcification identified in these superficial fragments. Pathologist comments the sampling is too shallow to exclude calciphylaxis. Cultures: mixed skin flora. Dermatology felt a deep wedge biopsy would be needed to settle it.
Family meeting today: given worsening cardiomyopathy and poor prognosis, patient and family chose comfort-focused care and declined further biopsy or surgery. Diagnosis left open: possible calciphylaxis versus ischemic necrosis of the wound edge. Local wound care with moist gauze; palliative care following. BMI 36.1.
"""),
]}

N15 = {"patient_id": "N15", "age": 59, "sex": "M", "notes": [
("2022-09-06", "Interventional Radiology Procedure Note", """
IR PROCEDURE NOTE

Procedure: Fluoroscopic manipulation of malfunctioning peritoneal dialysis catheter.
Indication: 59M with ESRD on CCPD for 2 years, outflow failure; abdominal film shows the catheter tip flipped into the left upper quadrant.
History: Type 2 diabetes on oral linagliptin; never on insulin. Left leg DVT in July 2022, treated with enoxaparin 1 mg/kg, which he self-injects into his anterior thighs, right and left. BMI 32.5.
Technique: Supine. External catheter prepped with chlorhexidine. Under fluoroscopy, a stiff angled hydrophilic wire was advanced through the catheter and used to sweep the coiled tip back into the pelvis. Contrast injection through the catheter showed free flow into the deep pelvis. Test exchange: 1 L in and out freely. No sedation needed.
Complications: none.
Incidental: the patient mentioned tender lumps on both thighs; advised to raise with his nephrologist.
"""),
("2022-09-20", "Nephrology PD Clinic Note", """
PD CLINIC

Catheter functioning well since IR manipulation. Kt/V 1.9.
Skin: he points to several tender, firm nodules on the anterior thighs at his enoxaparin injection sites, first noticed around mid-August. Exam: bilateral anterior thighs with five 1-3 cm indurated nodules, overlying violaceous discoloration, one with a faint net-like purple rim; no ulceration or eschar.
Assessment: concern for early calciphylaxis at enoxaparin injection sites vs injection-related hematomas or panniculitis. PTH 520, phosphorus 6.8, calcium 9.4.
Plan: Dermatology referral, consider biopsy. Ask hematology whether he can switch to an oral agent. Non-calcium binder started regardless.
"""),
("2022-10-04", "Dermatology Consult Note", """
DERMATOLOGY NEW PATIENT

Thigh nodules at the enoxaparin sites are smaller and less purple since he switched to apixaban on 09/23. No ulceration.
Impression: favor resolving enoxaparin injection-site hematomas with a reactive lobular panniculitis. Early calciphylaxis cannot be entirely excluded given PD and hyperphosphatemia.
Plan: Offered incisional biopsy; patient declined as the lesions are improving. Return in 4 weeks or sooner if they enlarge, ulcerate or become more painful. He did not keep the follow-up appointment; no further skin assessment on file.
"""),
]}

N16 = {"patient_id": "N16", "age": 71, "sex": "F", "notes": [
("2021-03-03", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULTATION

71-year-old woman with CKD stage 3b (creatinine 1.7), not on dialysis, no diabetes, on warfarin since 2009 for a mechanical mitral valve, BMI 29.5. Cardiac catheterization through the right common femoral artery on 02/10/2021. Ten days ago the right second toe became painful and blue and is now black and dry; there is lacy purple mottling over the dorsum of the right foot.
Exam: Right groin access site healed, no hematoma or bruit. Right foot: dry gangrene of the second toe to the PIP joint, livedo reticularis over the forefoot. DP and PT pulses palpable on the right.
Differential: atheroembolism after catheterization (blue toe) versus small-vessel calciphylaxis (warfarin, CKD) versus thrombotic occlusion. I cannot rule calciphylaxis in or out on clinical grounds.
Plan: toe amputation when demarcated, with pathology of the digital vessels.
"""),
("2021-03-10", "Operative Report", """
OPERATIVE REPORT

PROCEDURE: Right second toe amputation at the metatarsophalangeal joint.
ANESTHESIA: Ankle block with 0.5% bupivacaine plus monitored sedation. No tourniquet.
EBL: 10 mL.
DESCRIPTION: Supine, right foot prepped and draped. Racquet incision around the base of the second toe. Disarticulation at the MTP joint followed, the cartilage of the metatarsal head was rongeured, and bleeding was adequate at the margins. Closed with 3-0 nylon vertical mattress sutures. Specimen to pathology, asking them to evaluate the digital arteries for calcification and cholesterol emboli. Bulky dressing and postoperative shoe.
"""),
("2021-03-17", "Vascular Surgery Postoperative Visit", """
VASCULAR SURGERY POSTOP VISIT

Amputation site clean, edges viable, sutures in place.
Pathology: dry gangrene; digital arteries with medial calcification and organized thrombi; no cholesterol clefts identified. The pathologist notes that medial calcification in small arteries may represent calciphylaxis but is also seen in age-related and renal arteriosclerosis, and that the findings are not specific.
Assessment: Etiology of the toe gangrene remains uncertain - possible calciphylaxis versus thrombotic or embolic occlusion. Patient prefers not to pursue skin biopsy of the forefoot livedo. Nephrology and cardiology informed; warfarin continued because of the mechanical valve. BMI 29.5. Follow up in 2 weeks for suture removal.
"""),
]}

N17 = {"patient_id": "N17", "age": 50, "sex": "M", "notes": [
("2022-07-12", "Operative Report", """
OPERATIVE REPORT - HERNIA AND ABDOMINAL WALL

DATE: 07/12/2022
PREOP DX: Recurrent incisional hernia, 9 x 7 cm defect.
PROCEDURE: Open retrorectus incisional hernia repair with medium-weight polypropylene mesh; bilateral posterior component separation (transversus abdominis release).
ANESTHESIA: General. EBL: 200 mL.
DRAINS: Two 15 Fr Blake drains, one in the retrorectus space and one subcutaneous, exiting the right and left lower abdomen.

INDICATION: 50-year-old man, ESRD, dialyzed M/W/F, type 2 diabetes on insulin pump, BMI 40.2, with prior laparotomy for trauma and a recurrent symptomatic hernia.

DESCRIPTION: Supine, arms out, left arm fistula padded. Sequential compression devices on both legs. Prepped and draped. The prior scar was excised. The hernia sac was opened and adhesions lysed. Both posterior rectus sheaths were incised and a TAR performed on each side. The posterior layer was closed with running 2-0 barbed suture and a 30 x 30 cm mesh was placed in the retromuscular space and fixed with a few interrupted sutures. Drains placed. The anterior fascia was closed with running #1 PDS. Scarpa fascia 2-0 Vicryl, skin staples, incisional negative pressure dressing.
"""),
("2022-07-26", "Postoperative Clinic Note", """
SURGERY CLINIC - POSTOP DAY 14

He reports clear fluid leaking from the bottom of his incision for three days. Afebrile. Retrorectus drain removed last week; subcutaneous drain put out 60 mL yesterday.
Exam: Incision well approximated except the inferior 3 cm, where there is erythema 1 cm around the wound and cloudy drainage. On opening two staples, 40 mL of serous then slightly purulent fluid drained; the cavity probes to the subcutaneous level, not to fascia or mesh. No necrosis, no purple discoloration.
Impression: superficial incisional surgical site infection with associated seroma.
Plan: wound opened and packed; wet-to-moist dressings twice daily by home health; cephalexin dosed for HD 7 days; remove subcutaneous drain today. BMI 39.8.
"""),
("2022-08-09", "Wound Care Nurse Note", """
WOUND CLINIC NURSE NOTE

Abdominal wound: 3 x 1.5 x 1 cm open inferior incision, 100% beefy red granulation, scant serous drainage, edges attached, periwound intact. No eschar. No retiform purpura, livedo or induration to suggest calciphylaxis; we discussed this because of his dialysis and he was reassured.
Left heel: 1.5 cm pressure injury, stage 2, acquired during the hospital stay, now nearly re-epithelialized.
Plan: switch to calcium alginate and bordered foam, change every other day. Heel offloading boot at night. Glucose control reviewed (insulin pump).
"""),
]}

N18 = {"patient_id": "N18", "age": 76, "sex": "M", "notes": [
("2020-10-05", "Operative Report", """
VASCULAR SURGERY OPERATIVE REPORT

DATE: 10/05/2020
PREOP DX: Left lower extremity chronic limb-threatening ischemia with rest pain; occluded superficial femoral artery.
PROCEDURE: Left common femoral to below-knee popliteal artery bypass with reversed ipsilateral great saphenous vein.
ANESTHESIA: General. EBL: 400 mL.

INDICATION: 76M. Kidney failure on hemodialysis. Type 2 diabetes controlled by tablets alone; on warfarin for a left ventricular thrombus, BMI 25.6.

DESCRIPTION: Supine, left leg externally rotated on a bump. Prepped from umbilicus to toes. Vertical groin incision to expose the common femoral bifurcation. Medial below-knee incision for the popliteal artery. The great saphenous vein was harvested through skip incisions along the medial thigh and calf, branches ligated, and reversed. Heparin was given intravenously. Proximal anastomosis end-to-side with 6-0 Prolene; graft tunneled anatomically; distal anastomosis end-to-side. Completion angiogram showed a widely patent graft with runoff via the peroneal artery. Incisions closed in layers with absorbable sutures and staples.
"""),
("2020-11-02", "Vascular Surgery Clinic Note", """
VASCULAR SURGERY CLINIC

Four weeks after left fem-BK pop bypass. Incisions healed. He now has a painful black wound on the outer left ankle that began about 10 days ago.
Exam: Left lateral malleolus: ulcer 2.5x2 cm, dry black eschar, and a thin rim of dusky skin; no lacy or retiform border. Graft pulse palpable in the popliteal fossa but DP absent. Duplex: 70 percent stenosis at the distal anastomosis.
Differential: ischemic ulcer from a failing graft versus calciphylaxis (ESRD, warfarin). Punch biopsy arranged with dermatology; will plan angiography.
"""),
("2020-11-16", "Dermatology Consult Note", """
DERMATOLOGY CONSULT

Biopsy 11/04 from the left lateral ankle ulcer margin: ischemic epidermal necrosis and dermal changes of chronic hypoperfusion; subcutaneous vessels without medial calcification or intravascular calcium, von Kossa negative; no vasculitis.
Impression: arterial (ischemic) ulceration, left lateral malleolus (ankle). Calciphylaxis ruled out on clinical and histologic grounds.
Plan: defer to vascular surgery for angioplasty of the distal anastomotic stenosis (scheduled 11/19). Continue warfarin per cardiology. Standard ulcer care; offload the ankle in bed. BMI 25.6.
"""),
]}

N19 = {"patient_id": "N19", "age": 45, "sex": "F", "notes": [
("2024-05-14", "Preoperative Surgical Evaluation", """
TRANSPLANT AND ACCESS SURGERY - PREOPERATIVE EVALUATION

45-year-old woman; diabetic kidney disease progressing to ESRD; on hemodialysis for 5 months through a right IJ tunneled catheter, referred for permanent access. Type 1 diabetic, basal-bolus insulin injections by pen. Provoked left leg DVT in February on warfarin, planned for 6 months. BMI 34.0 (obese).
Vein mapping: left cephalic 3.4 mm at the wrist, continuous to the antecubital fossa.
Skin: no rashes, ulcers or purpura anywhere; no prior skin problems.
Counseling: We discussed that people on dialysis who take warfarin and have high phosphorus carry a small risk of calciphylaxis, a painful skin and fat condition; she is to report any new painful purple or dark patches promptly. Her nephrologist will revisit whether warfarin is still needed after 6 months.
Plan: Left radiocephalic AV fistula under regional block. Hold warfarin 5 days prior, no bridge.
"""),
("2024-05-21", "Operative Report", """
OPERATIVE REPORT

PROCEDURE: Left radiocephalic arteriovenous fistula (Brescia-Cimino).
ANESTHESIA: Supraclavicular brachial plexus block with light sedation.
EBL: minimal. TOURNIQUET: none.
DESCRIPTION: Supine, left arm on a hand table. Prepped and draped. A 4 cm longitudinal incision between the radial artery and cephalic vein at the wrist. The vein was mobilized, side branches tied, and divided distally. The radial artery was controlled with vessel loops. End-of-vein to side-of-artery anastomosis with running 7-0 Prolene after IV heparin. Excellent thrill. Skin closed with 4-0 Monocryl subcuticular and Steri-Strips.
"""),
("2024-06-04", "Postoperative Clinic Note", """
ACCESS SURGERY CLINIC - 2 WEEK CHECK

Left wrist incision healed; a small resolving hematoma along the forearm is yellow-green and nontender. Strong thrill to the mid forearm; vein 5.1 mm on ultrasound. Skin elsewhere unremarkable - no purpura, nodules or ulcers. Warfarin restarted. Still on insulin. BMI 34.0.
Plan: fistula exercises, recheck at 6 weeks for maturation.
"""),
]}

N20 = {"patient_id": "N20", "age": 38, "sex": "M", "notes": [
("2025-02-11", "General Surgery Consultation", """
GENERAL SURGERY CONSULTATION

38-year-old man with ESRD from FSGS doing cycler PD overnight for 3 years, not diabetic, no anticoagulants, BMI 30.1. Referred with an enlarging reducible umbilical hernia that bulges with each fill.
Family history: his older brother, also on hemodialysis, developed calciphylaxis in 2018 and died of complications the following year. The patient is anxious about it. He has never had any skin ulcers or painful discoloration himself.
Exam: 2 cm fascial defect at the umbilicus, reducible. Tenckhoff exit site (left lower quadrant) clean. Abdominal and lower-limb skin normal.
Plan: Open primary umbilical hernia repair. Transition to low-volume supine PD for 2 weeks after surgery. Reassured about skin; nephrology will continue to manage phosphorus.
"""),
("2025-03-04", "Operative Report", """
OPERATIVE REPORT

PROCEDURE: Open umbilical hernia repair, primary suture.
ANESTHESIA: General LMA, plus local infiltration of 0.25% bupivacaine.
EBL: 5 mL.
DESCRIPTION: Supine. PD catheter drained and capped before prep. Infraumbilical curvilinear incision. The sac was dissected free of the umbilical stalk, reduced intact, and the 2 cm defect closed with interrupted figure-of-eight 0 Prolene. Umbilicus tacked down. Skin 4-0 Monocryl and glue. A pressure dressing was placed.
"""),
("2025-03-18", "Postoperative Clinic Note", """
SURGERY CLINIC - POSTOP

Low-volume PD tolerated. A 5 mm superficial separation of the skin at the umbilical incision with clean pink base, no drainage, no erythema; likely from the glue lifting early. No seroma. Dry gauze daily. No concerning skin changes elsewhere; calciphylaxis is not a consideration here. BMI 30.1.
Resume full PD volumes next week.
"""),
]}

PATIENTS = [N14, N15, N16, N17, N18, N19, N20]
