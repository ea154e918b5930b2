"""probe53 corpus notes, L01-L07 (dermatology outpatient and dermatopathology; all invented)."""

L01 = {"patient_id": "L01", "age": 63, "sex": "F", "notes": [
("2019-04-10", "Teledermatology Referral", """
E-CONSULT REQUEST -> Dermatology (store-and-forward)
Referring clinician: Nadia Brightwater, NP - Fenwick Renal Associates
Clinical question: painful black-centred plaque L lower abd, ?calciphylaxis vs abscess
Hx: 63F, ESKD on in-centre haemodialysis TTS via R brachiocephalic AVF. T2DM on NPH 18u bid, pt self-injects into her abdomen, LLQ only, "because that side is softer" - has done so exclusively since November 2018. Lesion first noticed 3 weeks ago - a tender knot the size of a pea; now enlarging w/ dusky rim.
Photos uploaded (3): (1) overview - left lower abdomen below the umbilicus, ~5x4cm stellate violaceous plaque; a black eschar adheres centrally (1.5cm); (2) close up, angulated livedoid border, no pus, no fluctuance visible; (3) contralateral R lower quadrant for comparison - normal skin.
Meds: sevelamer, calcitriol, cinacalcet, NPH insulin, atorvastatin. No anticoagulant.
Wt 91 kg, BMI 33.6.
Please advise re: urgency / biopsy.
"""),
("2019-04-16", "Dermatology Clinic Letter", """
Dermatology Outpatients, Halloway General
Dear Ms Brightwater,
Thank you for the e-consult on Mrs Perpetua Ogunleye, reviewed in person today.
Her story is as you describe: a single exquisitely tender plaque in the L lower abdomen, precisely on the skin she has reserved for NPH since Nov 2018. It started as a firm knot around 20 March and darkened over a fortnight. She rates the pain 9/10 and has been sleeping upright.
Exam: 5.5 x 4 cm indurated purple plaque with a black central eschar and a netlike (retiform) edge, left infraumbilical abdomen. No other skin lesions. Pulses palpable.
Differential: 1. calciphylaxis (favoured - ESKD, obesity, insulin trauma); 2. necrotising soft tissue infection (afebrile, no crepitus - unlikely); 3. warfarin necrosis (excluded - she has never taken it); 4. cholesterol emboli (no recent angiography).
Procedure: deep incisional wedge from the peripheral rim, sent to dermpath, routine plus calcium stain (VK). Haemostasis with gelfoam; she tolerated it well.
I have asked her to inject into the right thigh from now on.
Kind regards,
Dr Ines Vashti-Rourke, Consultant Dermatologist
"""),
("2019-04-24", "Dermatopathology Report", """
SURGICAL PATHOLOGY - DERMATOPATHOLOGY
Specimen: L lower abdominal wall, incisional wedge of skin with fat (1.8x0.6cm; 1.4cm deep)
Clinical hx: HD patient; plaque at insulin site; ?calciphylaxis
Microscopic: Epidermis shows ischemic necrosis. Deep dermal and septal small arterioles exhibit circumferential medial calcification with intimal hyperplasia; several contain fibrin thrombi. Interstitial calcium deposits outline lobular fat cells ("calcified ghost adipocytes") with a sparse lipophagic infiltrate. No organisms on PAS/Gram. No vasculitis.
Special stains: calcium in vessel walls and around capillaries is black on von Kossa.
DIAGNOSIS: Calcific uraemic arteriolopathy (calciphylaxis) with overlying epidermal necrosis.
Signed out: A. Kellerman-Dube MD
"""),
("2019-06-03", "Dermatology Follow-up", """
Derm f/u - calciphylaxis, L lower abdomen (bx-proven 04/2019)
On IV sodium thiosulfate with HD x 6 wks, cinacalcet uptitrated, Ca-based binders stopped. Insulin now being injected into R thigh only - pt reports strict adherence.
Ulcer now 4 x 3 cm, clean granulating base after wound care nurse sharp debridement, eschar largely lifted. Pain now 4/10; skin survey shows nothing new.
BMI 32.9. A/P: improving bx-proven CUA. Continue STS, local wound care, RTC 6 wks.
"""),
]}

L02 = {"patient_id": "L02", "age": 74, "sex": "M", "notes": [
("2020-12-08", "Dermatology New Patient Consult", """
DERMATOLOGY CONSULT
CC: "black sore on my back, won't heal"
HPI: Mr Tobias Landquist, 74, doing home PD (overnight cycler, CCPD) for ESRD from IgA nephropathy, with persistent AF, anticoagulated with warfarin (INR target 2-3). Non-diabetic (A1c 5.4). Since September of this year an electric heating pad has gone to bed with him every night, wedged along the right half of the lumbar region, for lumbar spondylosis pain, usually on the high setting. The day after Thanksgiving his wife noticed a purple bruise-like patch under where the pad sits; it has since blackened and become very painful.
Exam: R lower back, paravertebral, 6 x 4 cm firm stellate plaque, 2cm black eschar in the centre, retiform purpura all round. Faint reticulate hyperpigmentation (erythema ab igne) across the R lumbar skin. L back normal.
Clinical photo #2020-1208-01 taken: shows the plaque centred within the ab igne network.
Ddx: calciphylaxis (strongly suspected) vs warfarin skin necrosis vs thermal burn.
Plan: two 6mm punches of the rim today (H&E, von Kossa). Heating pad to stop. Message to nephrology re: warfarin alternative. BMI 27.4.
"""),
("2020-12-15", "Dermatopathology Report", """
ACCESSION DP20-44817
Site: skin, right lower back, punch biopsy x2
Clinical: peritoneal dialysis, warfarin; necrotic plaque where the heating pad sits - calciphylaxis?
Findings: Both cores reach superficial subcutis. Small vessels of the fibrous septa and lobules show granular and ring-like mural calcification, von Kossa positive, with thrombosis of a capillary cluster and surrounding fat necrosis. Overlying dermis with ischaemic change. No thermal coagulation artefact to suggest burn. No neutrophilic vasculitis.
Dx: Skin, R lower back: calciphylaxis.
Comment: The findings fit the clinical picture. The background erythema ab igne pattern is noted clinically.
"""),
("2021-01-12", "Dermatology Clinic Letter", """
Dear Dr Felsenthal (nephrology),
Re: Tobias Landquist - biopsy-proven calciphylaxis of the right low back
Seen in clinic with his wife. Warfarin was replaced by apixaban on 18/12/2020. He stopped using the heating pad the day of his first visit and now uses paracetamol and a lidocaine patch elsewhere. The plaque's eschar is dry, edges no longer extending, pain down to 5/10. IP sodium thiosulfate in the PD dwell as you arranged.
No new lesions. I will see him in a month.
Warm regards, Dr Corinne Ashgrove, Dermatology
"""),
]}

L03 = {"patient_id": "L03", "age": 59, "sex": "F", "notes": [
("2021-06-22", "Dermatology Clinic Note", """
Dermatology - Urgent slot
59F referred by vascular surgery. ESRD on HD (MWF, Kessling Dialysis). T2DM on linagliptin + glipizide, never on insulin. BMI 30.4 (Ht 1.62 m, Wt 79.8 kg) - obese. No anticoagulation.
Vascular fitted her with knee-high 30-40 mmHg graduated compression stockings on 02 April 2021 for venous oedema, and she has worn them every waking hour since; the upper elastic band digs a visible groove just below both knees.
Early June she developed painful purple streaks on both upper calves, exactly along the stocking band; over 2-3 wks these became hard, mottled plaques with small black crusts.
O/E: Bilateral proximal posterior calves: symmetric horizontal bands of violaceous indurated plaques (R 7 cm, L 6 cm long), with eschar 0.5-1 cm, and livedo racemosa extending above. Lower calves and feet unaffected. DP pulses weak but present.
Dermoscopy (rim, R): structureless purple-blue areas with white-grey veil, no vessels of note.
Imp: calciphylaxis favoured; ddx pressure ulceration from the band, cryoglobulinaemic vasculopathy.
Plan: Incisional biopsy L calf rim. Stockings off. Cryoglobulins, ANCA, SPEP.
"""),
("2021-06-29", "Dermatopathology Report", """
DERMATOPATHOLOGY CONSULTATION REPORT
Specimen: left proximal calf, incisional biopsy (1.5 cm ellipse to fat)
Gross: tan skin ellipse with subcutaneous fat, inked, trisected.
Micro: Subcutaneous arterioles show medial calcific deposits with concentric intimal fibroplasia and occlusive thrombi. Calcium encrustation of elastic fibres and stippled calcification around lobular capillaries, highlighted by von Kossa and Alizarin red. Ischaemic fat necrosis. Direct immunofluorescence not performed. No cryoprecipitate in vessels, no leukocytoclasis.
Final diagnosis: Calcific uremic arteriolopathy.
Pathologist: Ruairi Tennant-Obi, MD
"""),
("2021-07-20", "Dermatology Follow-up", """
F/u calciphylaxis - bilateral calves, at stocking band line (bx 6/29).
Labs: cryos neg, ANCA neg, SPEP no M spike. PTH 890 -> nephro started cinacalcet + STS.
Calves: eschar demarcating, R plaque slightly smaller. Pt no longer wears compression; oedema managed with leg elevation.
Wt 80.1 kg. Plan: continue wound clinic, recheck 4 wk.
"""),
]}

L04 = {"patient_id": "L04", "age": 70, "sex": "M", "notes": [
("2022-10-04", "Dermatology Clinic Letter", """
Dear Dr Muthoni-Hale,
Re: Mr Casimir Dorow, 70, ESRD on haemodialysis 4 years, mechanical mitral valve on warfarin
You will recall that I excised an atypical naevus from the posterior right upper arm on 09/08/2022 (elliptical excision, 3-0 deep vicryl, 4-0 nylon). The wound healed well and sutures came out at two weeks.
About the middle of September, the healed scar itself became painful, and he now has a 3x2cm dusky, indurated plaque centred on the scar with a thin black crust along the suture line and a purple net-like margin spreading onto the back of the arm. The left arm and rest of his skin are clear. He is not diabetic. BMI 25.8.
My differential is calciphylaxis arising in the surgical scar versus wound infection or warfarin necrosis. I took a deep punch at the plaque edge today and will write again with histology.
Yours sincerely,
Dr Philippa Oyelaran-Smythe, Dermatologic Surgery
"""),
("2022-10-11", "Dermatopathology Report", """
PATHOLOGY REPORT - SKIN
Specimen A: R posterior upper arm, 5 mm punch, edge of plaque in excision scar.
Clinical dx: ?calciphylaxis in scar.
Microscopic description: Dermal scar with vertically oriented vessels. In the underlying subcutis, several small arteries show heavy medial calcification (von Kossa +), two with organising thrombus; fat lobules show necrosis with calcific encrustation of adipocyte membranes. No atypical melanocytes (prior lesion completely excised). Gram stain negative.
Diagnosis: Calciphylaxis, subcutis beneath excision scar, right upper arm.
"""),
("2022-11-15", "Dermatology Follow-up", """
DERM F/U
Known biopsy-proven calciphylaxis R post upper arm in the 8/2022 excision scar. Warfarin continued after discussion with cardiology (mechanical valve, no alternative); nephrology added a vitamin K2 trial and STS with HD.
Plaque 3x2.5cm, eschar intact and dry, no cellulitis. Pain improved on hydromorphone low dose.
Counselled to avoid elective skin surgery while active. RTC 6 wks.
"""),
]}

L05 = {"patient_id": "L05", "age": 66, "sex": "F", "notes": [
("2023-01-17", "Teledermatology Referral", """
TeleDerm referral (asynchronous) - Lakeside Family Practice
66 yo F - haemodialysis-dependent ESRD; T2DM, glargine plus lispro (abdominal injections, rotates), obesity (BMI 33.0).
Story: On Christmas Eve the open dishwasher door caught her right shin - small superficial abrasion, cleaned w/ soap and water. It seemed to be healing, then on January 7 the skin around it turned purple and very painful; now there is a black crusted area.
Image set (iPhone, 4 images):
 A - R shin (anterior, middle third): 4x3cm irregular purpuric plaque, central black eschar, lacy violet border
 B - close-up; linear healed scrape visible within the plaque
 C - L shin: normal
 D - abdomen injection areas: mild lipohypertrophy, no discolouration
Question: infected abrasion vs something else? She is very tender out of proportion.
"""),
("2023-01-24", "Dermatology Consult", """
DERMATOLOGY - in person after teledermatology triage
Pt seen w/ daughter. Hx confirmed: dishwasher scrape 24 Dec 2022, purple change from 7 Jan 2023.
On exam the R anterior lower leg carries a 4.5x3.5cm area of retiform purpura and eschar; the subcutis is firm for a further 2cm around it. Other leg clear. No open wounds on abdomen.
A/P: looks like calciphylaxis, koebnerised at the site of minor trauma. Ddx necrotic cellulitis (no fever, CRP modest), livedoid vasculopathy.
Procedure: deep 6 mm punch from indurated edge, sutured. Sent H&E/VK.
BMI 32.1 today.
"""),
("2023-01-31", "Dermatopathology Report", """
Dermpath - final
R shin, punch: Mixed septal-lobular panniculitis, fat necrosis widespread. Medial calcification of small vessels plus calcific deposits in the interstitium, highlighted by von Kossa. Fibrin thrombi in dermal capillaries. Vasculitis and granulomas absent; PAS/GMS/Gram stains negative for organisms.
Impression: Calciphylaxis.
Note: the site corresponds to the reported prior abrasion.
"""),
]}

L06 = {"patient_id": "L06", "age": 77, "sex": "F", "notes": [
("2023-10-10", "Dermatology Consult", """
Dermatology Consultation - Ridgeway Rehabilitation Centre
Reason: painful violaceous area left thigh
77F, ESRD on HD since 2019, admitted to rehab after ORIF of a R distal radius fracture. Enoxaparin (30mg SC once a day, VTE prophylaxis) was begun on Labor Day, the evening of her fracture fixation, and nursing have given every dose into the lateral left thigh because of an old hernia mesh in her abdomen. Injections continue.
Late in September the injection area became exquisitely tender, then purple and firm.
Exam: L lateral mid-thigh: 8 x 5 cm indurated plaque, stellate purpura, two small necrotic foci with black crust, multiple healed needle marks inside the plaque. R thigh: no lesions.
PMH: HTN, osteoporosis, no DM. BMI 22.1.
Assessment: likely calciphylaxis at enoxaparin injection site; ddx heparin-induced skin necrosis (check PF4), haematoma.
Plan: L thigh to receive no more SC injections; after discussion with the rehab team, enoxaparin stopped and apixaban (renal dose) started. 2 x 4 mm punch tomorrow.
"""),
("2023-10-17", "Dermatopathology Report", """
SKIN PATHOLOGY
Source: L lateral thigh, punch x2 (4 mm)
History: HD pt, enoxaparin injection site, r/o calciphylaxis vs HIT necrosis
Histology: subcutaneous small-vessel medial calcification, von Kossa positive, with luminal thrombi and adjacent lobular fat necrosis; no platelet-fibrin thrombi confined to dermal venules without calcification; no vasculitis.
PF4 antibody (lab): negative.
DIAGNOSIS: Calciphylaxis (calcific uremic arteriolopathy).
"""),
("2023-11-21", "Dermatology Follow-up", """
Follow up after rehab discharge. Calciphylaxis of L lateral thigh at former enoxaparin injection site, biopsy confirmed.
Wound: eschar separating at margins, no infection. Pain 3/10, gabapentin 100mg after each HD session. On STS three times weekly with dialysis.
No anticoagulant injections since 10/11. Wt 54 kg.
"""),
]}

L07 = {"patient_id": "L07", "age": 61, "sex": "M", "notes": [
("2024-08-20", "Dermatology Clinic Note", """
Derm clinic - new pt
61M on peritoneal dialysis (CAPD, 3 exchanges) for ESRD 2/2 polycystic kidneys. Not diabetic. Knee OA - since March 2024 he has been holding a gel ice pack on his left knee 3-4 times a day, often straight onto the skin, for 30-40 min each time.
Two months ago a painful mottled patch appeared over the front of that knee; it is now a hard plaque with a black centre.
O/E: L anterior knee/infrapatellar: 5 x 4 cm livedo racemosa-like violaceous network surrounding an indurated necrotic plaque with a 1.5cm eschar. R knee normal.
Photos taken (clinical photography, 3 views) for serial monitoring.
Ddx: calciphylaxis vs cold panniculitis vs pernio-like injury. Hx of bleeding after previous biopsies (platelet dysfunction) - prefers to avoid biopsy.
Labs: corrected Ca 2.61 / phosphate 2.3 / PTH 67 pmol/L.
BMI 36.0 - obese.
"""),
("2024-08-27", "Dermatology Clinic Letter", """
Dear Dr Halvorsen-Achebe,
I reviewed Mr Ezekiel Pardoe again today with his photographs from last week. The left anterior knee plaque has extended and developed a second satellite eschar. Given the retiform morphology, the setting of PD with hyperphosphataemia and high PTH, and the clear story of repeated cold pack application to that exact knee since March, my diagnosis is calciphylaxis on clinical grounds. With your agreement we will not biopsy, given his bleeding history and the chance that a biopsy hole over the patella would never close.
Plan: no more ice packs anywhere; sodium thiosulfate via the PD unit; wound nurse.
Yours, Dr Leocadia Faure, Dermatology
"""),
("2024-09-24", "Dermatology Follow-up", """
F/u: calciphylaxis L knee (clinical dx). Photo comparison vs 8/20: stable size, eschar firm, surrounding violaceous rim receding.
Pain controlled. No cold therapy since last visit. BMI 35.7.
Continue plan.
"""),
]}

PATIENTS = [L01, L02, L03, L04, L05, L06, L07]
