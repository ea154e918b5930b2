"""Probe13 corpus notes, L01-L07 (all invented; dictated transcription style)."""

L01 = {"patient_id": "L01", "age": 58, "sex": "F", "notes": [
("2021-03-09", "Operative Report (dictated)", """
RIVERBEND REGIONAL MEDICAL CENTER
GENERAL SURGERY - DICTATED OPERATIVE NOTE

OPERATION DATE: 03/09/2021

PRE-OP DIAGNOSIS: Kidney failure, CKD stage 5, from diabetic nephropathy; dialysis access required.

POST-OP DIAGNOSIS: Unchanged.

OPERATION: Laparoscopic insertion of a double-cuff coiled Tenckhoff peritoneal dialysis catheter, rectus sheath tunnel, exit site right lower quadrant.

SURGEON: Harlan J. Voss, MD. ANESTHESIA: General endotracheal.

INDICATIONS: This lady of 58, whose kidneys have failed after many years of type 2 diabetes, opted for home peritoneal dialysis after renal education and has so far received no renal replacement therapy of any kind period. Her diabetes is handled with linagliptin alone and insulin has never been needed. BMI measured today 31.4.

TECHNIQUE: Consent was reconfirmed. Hair was clipped and the abdominal skin painted with chlorhexidine; then through a small left upper quadrant incision a 12 mm port went in under vision and the pneumoperitoneum was created. Next, about three fingerbreadths below and right of the umbilicus, a right paramedian incision of 2.5 cm opened the anterior rectus sheath, and the catheter was threaded along a preperitoneal tunnel until its tip sat deep in the pelvis, which the camera confirmed. A purse-string of 2-0 Vicryl anchored the deep cuff in rectus muscle. The superficial cuff was left in subcutaneous fat and the catheter exteriorized via its own stab wound, the exit site, low in the RLQ and pointing caudally. Fascia closed; skin closed using running subcuticular 4-0 Monocryl, then Steri-Strips and an occlusive sterile dressing; gauze over the exit site, held down with tape. Good inflow and outflow. Minimal blood loss. No complications, and she went to the recovery area in satisfactory shape.

PLAN: Same-day discharge. Weekly flushes, peritoneal dialysis to start in two or three weeks when the tunnel is healed.
"""),
("2021-05-20", "Surgical Clinic Letter (dictated)", """
RIVERBEND REGIONAL MEDICAL CENTER - GENERAL SURGERY CLINIC

Dear Dr. Okonkwo-Bell,

Many thanks for sending your patient back to me today period. You will recall that I inserted her laparoscopic peritoneal dialysis catheter on 03/09/2021; she started home cycler peritoneal dialysis in April and clearance has been fine, drain volumes good, and she has had no peritonitis.

HISTORY OF PRESENT ILLNESS: She comes because of lower abdominal pain. Approximately three weeks ago the skin just beside her healed right paramedian incision, in the strip between that scar and the catheter exit site, went purple and became so sore that she now cannot bear the cycler tubing belt lying on it. During the past week its middle has darkened. No fever, no cloudy effluent, no discharge at the exit site, no knocks or falls, and no heat or ice has been used there.

FINDINGS: Afebrile, BMI 31.4. The exit site is itself clean and dry, no crust, and the tunnel is nontender. Hugging the old incision in the right lower abdomen lies an indurated, violaceous, net-patterned plaque, roughly 5 x 3.5 cm, whose centre carries a black eschar of about 1.5 cm; even light touch is exquisitely painful, and a thin livedoid rim reaches across toward the exit site. Left abdomen, flanks and thighs: clear.

IMPRESSION: Necrotic, painful plaque of the right lower abdominal wall, arising at the surgical incision and catheter tract, in a woman newly on peritoneal dialysis whose calcium phosphate product has run high since she began. On clinical grounds I believe this is calciphylaxis; I have nonetheless asked dermatology for biopsy confirmation, and I do not think we are looking at an exit-site or tunnel infection.

PLAN: Dermatology biopsy this week. Renal dietitian review requested, and I have suggested to your team that calcium-based binders be stopped. Daily non-adherent dressing. I will see her after pathology.

Sincerely, Harlan J. Voss, MD
"""),
("2021-06-02", "Dermatology Consultation (dictated)", """
DERMATOLOGY CONSULTATION

HISTORY OF PRESENT ILLNESS: Briefly, this is a woman of 58 with ESRD, doing peritoneal dialysis at home since April of this year plus type 2 diabetes without insulin, whom general surgery referred for a painful plaque beside her peritoneal dialysis catheter incision. By her account the plaque appeared roughly seven weeks after the catheter went in. Warfarin: never. At her visit on 05/24/2021 a 4 mm punch was taken from the plaque margin, right lower abdomen.

PATHOLOGY: Subcutaneous arteriolar walls carry calcium deposits, with intimal hyperplasia, fibrin thrombi in the lumina and septal fat necrosis around them; the calcium stands out on von Kossa staining. Vasculitis is absent.

IMPRESSION: Calciphylaxis of the right lower abdominal wall, proven on biopsy, confined to the site of her laparoscopic peritoneal dialysis catheter incision and tunnel period. BMI 31.4.

PLAN: Sodium thiosulfate added to her PD exchanges per nephrology, a non-calcium binder, calcium alginate dressings to the wound, and analgesia. We talked about the chance that future abdominal procedures could provoke new lesions. Return in four weeks.
"""),
]}

L02 = {"patient_id": "L02", "age": 66, "sex": "M", "notes": [
("2022-08-16", "Operative Report (dictated)", """
ORTHOPAEDIC SURGERY - DICTATED OPERATIVE NOTE

PROCEDURE DATE: 08/16/2022.

PRE-OP DIAGNOSIS: Closed, displaced bimalleolar fracture, left ankle, after a fall at home on 08/13/2022.

POST-OP DIAGNOSIS: Identical.

OPERATION: Open reduction and internal fixation of left lateral and medial malleoli.

ANESTHESIA: Spinal plus sedation. TOURNIQUET: Pneumatic cuff, left proximal thigh, 300 mmHg, 94 minutes in total.

HISTORY: Gentleman, 66, dialysed three times weekly in center for ESRD caused by diabetic kidney disease; he injects insulin glargine into his abdomen. He slipped on a wet bathroom floor and twisted the left ankle. Warfarin has never been part of his treatment. Body mass index 29.6.

TECHNIQUE: Supine on the operating table with a bump beneath the left hip. Over cast padding, a well-padded pneumatic tourniquet went on high around the left thigh; the limb was prepped, draped and exsanguinated using an Esmarch, and the cuff was inflated to 300 mmHg. Through a direct lateral incision the fibula was reduced and plated with a one-third tubular plate and screws; a second, medial incision let us fix the medial malleolus using two partially threaded cannulated screws. Anatomic reduction confirmed fluoroscopically. The cuff came down at 94 minutes and bleeding was controlled. Layered closure, nylon for skin, well-padded posterior splint. Worth recording: on taking the tourniquet off, the skin under it on the upper left thigh showed a circumferential band of blanching redness with slight wrinkling, a common finding, which was documented. He tolerated everything well.
"""),
("2022-09-08", "Vascular Surgery Consultation (dictated)", """
VASCULAR SURGERY CONSULT NOTE

REASON FOR REFERRAL: Dark, painful skin of the left thigh; ischemia queried.

HISTORY OF PRESENT ILLNESS: In brief, we were asked to see this gentleman, now 66 and on hemodialysis Monday, Wednesday and Friday for ESRD, with insulin-requiring diabetes and hypertension, who had ORIF of a left ankle fracture on 08/16/2022 under a thigh tourniquet and then went to a skilled nursing facility for rehab. On 08/29/2022 staff there found a band of mottled purple discolouration running right around the upper left thigh, and he says it grew so painful that physical therapy became impossible. During the week that followed, black areas appeared. The orthopaedic team reports that his ankle incisions are healing nicely. No claudication, and no previous peripheral arterial procedures.

PHYSICAL EXAMINATION: BMI is 29.6. Femoral pulses 2+ on both sides, biphasic Doppler signals in both feet. High on the left thigh, in a band about 8 cm wide matching exactly where the tourniquet cuff sat, there is retiform purpura containing three firm black eschars, the biggest 4 x 2.5 cm, with surrounding livedo racemosa and woody induration, all very tender. Right thigh normal. Ankle incisions clean and dry.

IMPRESSION: Necrotic retiform purpura of the upper left thigh where pneumatic tourniquet pressure was sustained, in a dialysis patient whose phosphorus is 7.8 and intact PTH over 900. Inflow is adequate and large-vessel ischemia is not the explanation. My strong suspicion is calciphylaxis set off by the pressure of the cuff.

PLAN: Request dermatology to obtain a deep incisional biopsy; stop calcium carbonate; sodium thiosulfate discussed with nephrology, to await tissue.
"""),
("2022-09-20", "Clinic Letter (dictated)", """
Dear Dr. Lindqvist,

Mr. and Mrs. Abernathy came back today so that we could go through his skin biopsy. The incisional specimen taken from the upper left thigh on 09/12/2022 shows medial calcification of small and medium arterioles within subcutaneous fat, plus thrombosis and necrosis of the fat, in keeping with calciphylaxis, period. That bears out our clinical impression that the necrotic band on his left thigh formed where the tourniquet pressed during last month's ankle operation.

He now receives sodium thiosulfate IV thrice weekly at the end of dialysis; sevelamer has taken the place of his calcium carbonate; cinacalcet has gone up. The eschars are dry and stable, and we will hold off debridement for now. BMI still 29.6. He continues insulin glargine. I will see him in three weeks, and I have asked orthopaedics not to use a tourniquet on either limb should he need further surgery.

Yours sincerely, Marisol T. Quenneville, MD, Vascular Surgery
"""),
]}

L03 = {"patient_id": "L03", "age": 72, "sex": "F", "notes": [
("2023-01-09", "Operative Report (dictated)", """
DICTATED OPERATIVE NOTE

DATE: 01/09/2023. SURGEON: Ilse Dragomir, MD.

PRE-OP DIAGNOSIS: Incarcerated right inguinal hernia.

POST-OP DIAGNOSIS: Incarcerated right inguinal hernia, contents preperitoneal fat, bowel not compromised.

OPERATION: Open mesh repair of right inguinal hernia (Lichtenstein), polypropylene.

INDICATIONS: Lady of 72 on maintenance hemodialysis, her kidneys having failed from hypertensive nephrosclerosis, who arrived with a painful bulge in the right groin that would not reduce. For atrial fibrillation she was on warfarin for several years until a switch to apixaban in 2020; apixaban has been held 48 hours. Not diabetic. BMI 27.3.

TECHNIQUE: General anesthesia, right groin prepped and draped. Oblique incision above the inguinal ligament; external oblique aponeurosis opened; cord isolated. An indirect sac holding incarcerated preperitoneal fat was freed, reduced and ligated. Polypropylene mesh was trimmed to fit and sutured to the shelving edge and conjoint tendon. Running absorbable suture closed the aponeurosis and staples closed the skin. Sterile dressing. No complications.
"""),
("2023-01-27", "Discharge Summary (dictated)", """
DISCHARGE SUMMARY

ADMITTED: 01/09/2023. DISCHARGED: 01/27/2023.

DISCHARGE DIAGNOSES: 1. Incarcerated right inguinal hernia, open mesh repair done. 2. Biopsy-proven calciphylaxis, left lower abdominal wall, at subcutaneous heparin injection sites. 3. ESRD, hemodialysis. 4. Paroxysmal atrial fibrillation.

HOSPITAL COURSE: Her open right inguinal hernia repair on the day of admission was uneventful and is dictated separately. Postoperative ileus and deconditioning slowed her down, so she stayed in, and for venous thromboembolism prophylaxis heparin 5000 units was given subcutaneously every eight hours starting on the morning of postoperative day one, 01/10/2023, apixaban being held. Because the right side was sore from the groin wound, nurses put almost all of those injections into the left lower abdomen. On 01/22/2023 the night nurse reported several purple areas, exquisitely painful, on the left lower abdomen exactly at the heparin injection sites; within a day they had coalesced into a firm violaceous plaque with a netlike edge and small dark central patches of necrosis. Platelets held steady and heparin antibody testing was negative, so heparin-induced skin necrosis seemed unlikely. On 01/24/2023 dermatology took a punch biopsy showing calcium-encrusted small vessels within the subcutis, thrombi and necrotic fat, which establishes calciphylaxis. Heparin injections were stopped, sodium thiosulfate was given with dialysis, and her calcium-containing binder was discontinued. The right groin incision healed well; staples came out on 01/20/2023 and the skin there was unremarkable.

DISCHARGE MEDICATIONS: Sevelamer 800 mg TID with meals; apixaban restarted, 2.5 mg BID; metoprolol; oxycodone PRN; sodium thiosulfate at dialysis. BMI on discharge 27.3.

FOLLOW-UP: Wound clinic next week, dermatology in a fortnight, her dialysis unit as usual. She has been told to refuse subcutaneous injections into the abdomen in future.
"""),
]}

L04 = {"patient_id": "L04", "age": 54, "sex": "M", "notes": [
("2020-02-11", "Operative Report (dictated)", """
ENDOCRINE SURGERY - DICTATED OPERATIVE NOTE

OPERATION DATE: February 11, 2020.

PRE-OP DIAGNOSIS: Secondary hyperparathyroidism refractory to cinacalcet, intact PTH persistently over 1500, patient on peritoneal dialysis.

POST-OP DIAGNOSIS: Hyperplasia of all four parathyroid glands.

OPERATION: Subtotal (three and one-half gland) parathyroidectomy and cervical thymectomy.

ANESTHESIA: General endotracheal.

HISTORY: Man of 54 whose kidney failure stems from IgA nephropathy, on continuous ambulatory peritoneal dialysis since 2016. No diabetes; no warfarin. BMI 33.8.

TECHNIQUE: Supine, neck extended over a shoulder roll. The self-adhesive electrosurgical dispersive electrode, the grounding pad as it is called, was applied to the posterior surface of the right thigh. Kocher collar incision of 5 cm two fingerbreadths above the sternal notch, subplatysmal flaps, strap muscles parted in the midline. Each of the four glands was enlarged and found; recurrent laryngeal nerves protected; three and one-half glands excised, leaving a well-vascularised remnant of the left inferior gland marked by a clip. Frozen section: parathyroid. Layered closure with subcuticular 4-0 Monocryl plus tissue adhesive. When the grounding pad was peeled off at the end, the circulating nurse found an area of redness of about 6 x 4 cm with two small blisters on the posterior right thigh in the shape of the pad, in keeping with a superficial electrosurgical burn. It was photographed, dressed with silver sulfadiazine and reported through the incident system. Extubated, to recovery, stable.
"""),
("2020-03-17", "Plastic Surgery Consultation (dictated)", """
PLASTIC AND RECONSTRUCTIVE SURGERY CONSULTATION

CHIEF COMPLAINT: Very painful, nonhealing wound, posterior right thigh.

HISTORY OF PRESENT ILLNESS: Mr. Castellanos, 54, has ESRD managed by continuous ambulatory peritoneal dialysis (CAPD) and had a subtotal parathyroidectomy here on 02/11/2020, during which the electrosurgical grounding pad gave him a superficial burn on the posterior right thigh. He says the burn was settling and merely itchy until, on February 25, 2020, he first noticed mounting pain and darkening of the skin there; since then it has spread in spite of dressings changed by his wife. Pain 9/10, sleep poor. No fever. Neck wound healed uneventfully. Not diabetic. Since surgery his calcium has been propped up with calcitriol and high-dose calcium carbonate because of hungry bone syndrome.

PHYSICAL EXAMINATION: BMI 33.8. Neck incision well healed. Posterior right thigh: within, and spilling beyond, the rectangular outline of the earlier burn is a stellate black eschar about 9 x 6 cm, encircled by retiform purpura and firm induration, with a livedoid rim running down toward the popliteal fossa. Left thigh and buttocks clear.

IMPRESSION: Necrotic, painful eschar plus retiform purpura where a grounding-pad burn occurred, in a dialysis patient taking large amounts of calcium and calcitriol. I think calciphylaxis explains this better than a deepening burn, and I took a 6 mm punch today from the purpuric border to confirm it.

PLAN: Pathology pending. Calcium alginate dressings daily. Calcium carbonate reduction discussed with nephrology.
"""),
("2020-03-26", "Clinic Letter (dictated)", """
Dear Dr. Haverford,

Following my consultation of 03/17/2020: the punch specimen from Mr. Castellanos's posterior right thigh shows subcutaneous arterioles ringed by calcium, with intravascular thrombi and lobular fat necrosis, which in this context is diagnostic of calciphylaxis. He and his wife have been told.

So the calciphylaxis has arisen in the very skin that the electrosurgical grounding pad burned during his parathyroidectomy. Nephrology has started sodium thiosulfate via his peritoneal dialysis prescription and cut back the calcium carbonate, and hyperbaric oxygen is under consideration. I intend to manage the eschar conservatively for now, and would revisit debridement only if infection sets in. BMI unchanged at 33.8 period.

With kind regards, Anneliese Brückner-Moss, MD, Plastic Surgery
"""),
]}

L05 = {"patient_id": "L05", "age": 69, "sex": "F", "notes": [
("2024-04-30", "Vascular Surgery Consultation (dictated)", """
VASCULAR SURGERY CONSULT NOTE

REASON FOR REFERRAL: Enlarging, painful ulceration, left shin.

HISTORY OF PRESENT ILLNESS: By way of background, she is 69, with chronic kidney disease at stage 4 (eGFR around 19), never dialysed, type 2 diabetes mellitus for which she uses insulin detemir, and a mechanical mitral valve that has kept her on warfarin since 2011. In March she broke her left hip, had a hemiarthroplasty, and has since been at the Maplecrest inpatient rehabilitation unit. On April 3, 2024, transferring out of her wheelchair, she scraped her anterior left shin on the metal footrest, an abrasion about postage-stamp size which nursing dressed. It looked to be healing, but about ten days ago the surrounding skin turned purple and exquisitely painful, and it has since broken down into a shallow, dark-based ulcer. New paragraph. She denies any other injury to that leg. The hip wound has healed.

PHYSICAL EXAMINATION: BMI 30.0. Dorsalis pedis palpable on both sides; left ankle brachial index 1.05. Centred on the healed footrest abrasion on the anterior left shin sits a 4-by-3-centimetre ulcer, its base hidden under stuck-on black eschar, within 2 cm of retiform purpura and induration, very tender. Right leg unremarkable.

IMPRESSION: Necrotic left lower leg ulcer beginning at a wheelchair abrasion, with good arterial flow, in a woman on long-term warfarin with advanced CKD. I am suspicious of calciphylaxis rather than an arterial or venous ulcer.

PLAN: Booked for operative debridement with deep tissue biopsy, culture and histology. Cardiology to manage the INR around surgery.
"""),
("2024-05-14", "Operative Report - Wound Debridement (dictated)", """
DICTATED OPERATIVE NOTE

DATE: 05/14/2024.

PRE-OP DIAGNOSIS: Necrotic ulcer of the left shin; calciphylaxis suspected.

POST-OP DIAGNOSIS: Unchanged, awaiting histology.

OPERATION: Excisional debridement, left lower leg ulcer, skin and subcutaneous tissue, 14 square centimeters, plus incisional biopsy of the wound edge.

ANESTHESIA: Monitored anesthesia care with local infiltration.

FINDINGS: Anterior left shin ulcer, four and a half by three and a half centimetres, dry black eschar, pale necrotic subcutaneous fat at the base, no pus. Firm, violaceous skin around it.

TECHNIQUE: Left leg prepped and draped. Sharp excision of the eschar with scalpel and curette down to bleeding subcutaneous tissue, keeping superficial to tibial periosteum. An elliptical incisional biopsy that included the purpuric edge and underlying fat went to pathology in formalin; tissue culture to microbiology. Bleeding stopped with pressure plus silver nitrate sticks. Petrolatum gauze and a light compression wrap. No complications.
"""),
("2024-06-11", "Clinic Letter (dictated)", """
Dear Dr. Rasmussen-Achebe,

An update on our shared patient after her debridement of 05/14/2024. Histology from the left shin showed thrombosed small vessels, heavily calcified, throughout the subcutaneous fat and widespread fat necrosis, von Kossa positive; culture grew only scanty skin flora. The diagnosis is calciphylaxis involving the left lower leg, which began where she grazed the shin on the footrest in rehabilitation on April 3.

As she is not on dialysis, cardiology has agreed to move her from warfarin to apixaban, her valve team accepting this in her case, and she has begun intravenous sodium thiosulfate in the infusion centre. Insulin continues. The wound edges are granulating and its size is now 4.2 by 3.1 cm. BMI today 30.0. My next review is in one month.

Kind regards, Desmond Oyelaran-Fitch, MD, Vascular Surgery
"""),
]}

L06 = {"patient_id": "L06", "age": 77, "sex": "M", "notes": [
("2019-07-02", "Operative Report (dictated)", """
UROLOGY - DICTATED OPERATIVE NOTE

PROCEDURE DATE: 07/02/2019.

PRE-OP DIAGNOSIS: Chronic urinary retention, voiding trials failed, repeated urethral catheter trauma.

OPERATION: Flexible cystoscopy; percutaneous insertion of a 16 French suprapubic catheter.

HISTORY: Gentleman of 77 on hemodialysis for ESRD who still passes roughly 800 mL of urine daily, with atrial fibrillation treated with warfarin and type 2 diabetes controlled on glipizide. Open left nephrectomy for a renal mass in 2012. Warfarin held; INR this morning 1.3. Body mass index 25.2.

TECHNIQUE: Spinal anesthesia, lithotomy. The flexible scope showed a bulbar false passage in the urethra and moderate bladder trabeculation but no tumor or stone. With 400 mL in the bladder and under cystoscopic vision, a puncture was made in the midline two fingerbreadths above the pubic symphysis, a small stab incision added, and a 16 French suprapubic catheter placed using a sell dinger peel-away technique, balloon filled with 10 mL water. Catheter stitched to the skin and the tubing taped to the lower abdomen. Urethral catheter removed. Blood loss minimal.

PLAN: Restart warfarin tomorrow. First catheter change in clinic at six weeks.
"""),
("2019-09-10", "Urology Clinic Letter (dictated)", """
Dear Dr. Papadakis,

I reviewed Mr. Ferreira-Lund in urology clinic today regarding the suprapubic catheter put in on 07/02/2019. It drains well and the August change went smoothly. Since the middle of August, though, he has had a painful area round the catheter entry point which keeps getting darker; his daughter, who does the dressings, calls it a black crust spreading outward from the tube.

Examining him, a ring of black eschar about 5 cm across surrounds the suprapubic catheter tract, bordered by dusky violaceous retiform purpura and woody induration spreading over the suprapubic skin, extremely tender. No pus is present, nor fluctuance. He is on hemodialysis and warfarin, and his last phosphate was 2.3 mmol per litre. BMI 25.2. On 09/03/2019, in the dermatology same-day clinic, I had a punch biopsy taken from the purpuric margin, and the report confirms calciphylaxis, with calcified subcutaneous arterioles and thrombosis.

IMPRESSION: Calciphylaxis of the suprapubic skin, arising at the catheter insertion site some six weeks after the procedure.

PLAN: I have discussed sodium thiosulfate with his nephrologist, along with his warfarin, which we would prefer to change. The catheter stays, since taking it out would leave him undrained; we will keep adhesive tape off the abdomen and hold the tubing with a leg strap. Wound clinic referral made. Review in four weeks.

Yours sincerely, Tobias Nwachukwu-Hale, FRCS (Urol)
"""),
]}

L07 = {"patient_id": "L07", "age": 61, "sex": "F", "notes": [
("2019-11-05", "Operative Report (dictated)", """
UROLOGY - DICTATED OPERATIVE NOTE

OPERATION DATE: 11/05/2019.

PRE-OP DIAGNOSIS: Enhancing left renal mass, 6.2 cm, acquired cystic kidney disease, on hemodialysis.

POST-OP DIAGNOSIS: Unchanged.

OPERATION: Open left radical nephrectomy via a left flank approach, with extensive adhesiolysis.

ANESTHESIA: General endotracheal plus epidural.

POSITIONING: Right lateral decubitus, left side up, on a vacuum beanbag, table flexed and kidney rest raised, axillary roll, pillow between the knees, gel pads beneath the right hip and lateral thigh. Dense adhesions made this a long case, and she spent 6 hours 40 minutes in this position.

HISTORY: Lady of 61, ESRD from polycystic kidney disease, dialysed for nine years through a left forearm fistula. She does not have diabetes, and warfarin has never been prescribed. BMI 38.5.

TECHNIQUE: Flank incision over the left 11th rib into the retroperitoneum; the kidney was freed with great difficulty from dense perinephric adhesions. Renal artery and vein ligated and divided; kidney, mass and perinephric fat removed in one piece. A 19 French drain in the renal fossa was exteriorized via its own stab incision in the left flank. Layered flank closure. At the end, the right hip over the greater trochanter, which had been the dependent point, had a blanchable red patch roughly 8 cm across; this was recorded and the area offloaded.
"""),
("2019-12-03", "Plastic Surgery Consultation (dictated)", """
PLASTIC SURGERY CONSULTATION

REASON FOR REFERRAL: Necrotic, painful area on the right hip after nephrectomy.

HISTORY OF PRESENT ILLNESS: In short, a 61-year-old on hemodialysis for polycystic kidney disease, who had an open left radical nephrectomy on 11/05/2019, a long operation of almost seven hours spent lying on her right side. On 11/12/2019, still an inpatient, she first noticed a hard, purple, severely painful area over the outer right hip, just where the operating table had left a red mark, and since then its centre has gone black. Left flank incision and drain site healed. No injections have been given into the hip, and she has not fallen.

PHYSICAL EXAMINATION: Obese woman, BMI 38.5. Lateral right hip, over the greater trochanter: a 7 x 5 cm plaque of black eschar edged by retiform purpura and a broader zone of livedo and induration, exquisitely tender. Left flank incision well healed. Buttocks, thighs and abdomen are otherwise clear.

IMPRESSION: Necrotic plaque at the pressure point of the right hip, the dependent side, after prolonged lateral positioning on the operating table. The choice lies between a deep tissue pressure injury and calciphylaxis; the retiform pattern, the severity of pain and a calcium phosphate product above 70 point to calciphylaxis. Bedside incisional biopsy done today.

PLAN: Pressure-offloading mattress, calcium alginate dressing, histology awaited.
"""),
("2019-12-17", "Clinic Letter (dictated)", """
Dear Dr. Marchetti,

The result of the incisional biopsy I took from your patient's right hip on 12/03/2019 is back. Small arteries in the subcutaneous fat show calcification and intimal thickening, with fibrin thrombi and fat necrosis, and nothing to suggest a pure pressure injury pattern. Calciphylaxis is confirmed, having developed where her right hip carried her weight on the operating table during the nephrectomy.

Sodium thiosulfate three times a week at hemodialysis has begun, and lanthanum carbonate has replaced her calcium acetate. We continue to offload the hip, and for now I am keeping the eschar dry and intact. Weight steady, BMI 38.5. Clinic again in four weeks.

Yours sincerely, Rosalind Achterberg, MD, Plastic and Reconstructive Surgery
"""),
]}

PATIENTS = [L01, L02, L03, L04, L05, L06, L07]
