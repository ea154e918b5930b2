"""probe24 corpus notes, V15-V20 (hospital dermatology, dermatopathology, inpatient SOAP; all invented)."""

V15 = {"patient_id": "V15", "age": 82, "sex": "F", "notes": [
("2025-06-14", "Dermatology Consult - ICU", """
DERMATOLOGY CONSULT (MICU bed 9)
82 y/o F. Kidney failure on HD (L arm fistula); insulin-treated DM2; AF, takes warfarin (admission INR 5.8), admitted with urosepsis and septic shock on norepinephrine. Nursing noted purple areas on both buttocks on turning yesterday. Pt intubated, hx from son and chart. Weight 61 kg, BMI 24.3.
Exam: Bilateral buttocks and upper posterior thighs: large geographic retiform purpuric patches with dusky gray centers, the left with early bulla formation, no eschar yet. No lesions of the digits or ears.
Labs: plt 62, fibrinogen 140, D dimer >20, Ca 8.6 phos 7.4, PTH not available.
Assessment: Retiform purpura bilateral buttocks in a critically ill HD patient. Ddx: purpura fulminans / DIC in septic shock vs necrosis from warfarin vs calciphylaxis - cannot exclude calciphylaxis given ESRD, warfarin and hyperphosphatemia. Pressure injury less likely with retiform pattern.
Recs: punch biopsy when coagulopathy allows (plt >50 and INR corrected), offload, reverse INR per ICU, check protein C.
"""),
("2025-06-15", "MICU Progress Note", """
MICU PROGRESS NOTE
S: remains intubated sedated. pressor requirement increased overnight. Son and daughter in law at bedside.
O: MAP 62 on norepi 0.2 + vaso. INR 1.9 after vit K/FFP. Plt 48. Skin: bilat buttock retiform purpura enlarging, L buttock now w bulla and dusky center.
A/P: 82F ESRD on HD (CRRT now), DM2 (insulin), AF (warfarin), septic shock from pyelonephritis, DIC.
1. septic shock - broad spectrum abx, pressors
2. DIC - supportive, cryo if fibrinogen <100
3. buttock retiform purpura - derm following, ddx purpura fulminans vs warfarin necrosis vs possible calciphylaxis; biopsy deferred due to plt 48. warfarin held
4. ESRD - CRRT
5. Goals of care - family meeting this afternoon
"""),
("2025-06-17", "MICU Progress Note", """
MICU PROGRESS NOTE
S/O: family meeting 6/15, pt transitioned to comfort focused care per her known wishes. Pressors off, CRRT stopped 6/16.
Skin: bilat buttock purpura unchanged, bulla ruptured L.
A/P: 82F with septic shock and DIC, now comfort measures. Buttock lesions - derm signed off, etiology never established (purpura fulminans vs warfarin necrosis vs calciphylaxis), no biopsy per family goals. Comfort meds, chaplain.
Addendum: pt expired 6/17 at 2145 with family present. Autopsy declined.
"""),
]}

V16 = {"patient_id": "V16", "age": 64, "sex": "M", "notes": [
("2022-03-02", "Medicine Progress Note", """
Medicine Progress Note
S: 64M ESRD on HD, insulin treated DM2, PAD s/p R TMA, admitted 2/26 for NSTEMI, had a foley on admission removed 2/28. Now c/o severe pain at tip of penis since yesterday, says it looks black.
O: BMI 29.0. GU: glans penis with a 1.5cm dry black eschar dorsally surrounded by a purple rim, very tender; no discharge, urethral meatus patent.
A/P
#Penile glans necrosis - concerning for penile calciphylaxis given ESRD, DM, PAD; ddx ischemic necrosis from PAD, fournier's gangrene unlikely (no crepitus, CT without gas), traumatic from foley. Urology and derm consulted. Biopsy of glans carries risk of nonhealing - will discuss.
#NSTEMI - medical management, heparin gtt completed, ASA, statin
#ESRD - HD MWF
#DM2 - basal bolus
"""),
("2022-03-03", "Dermatology Consult", """
DERMATOLOGY CONSULT
Asked to see for glans necrosis. 64 yo man, 3 years of HD for ESRD, DM2 on insulin, severe PAD, not on warfarin (on aspirin and clopidogrel).
Exam: distal dorsal glans with 1.5 x 1 cm black eschar, violaceous rim, no ulcer base visible. Scrotum normal. Lower legs with atrophic hairless skin, R TMA stump healed.
Impression: penile necrosis - differential calciphylaxis vs atherosclerotic ischemic necrosis; neither can be confirmed without tissue. Urology prefers not to biopsy the glans due to poor healing. Suggest CT angiogram pelvis, PTH/phos.
Plan: conservative care, wound care with petrolatum, we will revisit biopsy if lesion progresses.
Addendum 3/4: pt left AMA this morning before CTA; urology and derm follow up arranged, did not attend. Diagnosis remains unconfirmed.
"""),
("2022-04-20", "Nephrology Clinic Note", """
Renal clinic (seen after HD at North Shore unit)
64M; ESRD, in-center dialysis thrice weekly (M/W/F); his DM2 is on glargine; PAD, recent NSTEMI in Feb/Mar. Left the hospital against advice in March before the CT angio. He did not go to the urology or derm appointments "because nobody is cutting down there". States the tip of his penis healed on its own, the black crust fell off about 2 weeks ago and the pain is gone.
Exam: glans with a small pale depressed scar dorsally, no eschar, no ulcer, no purpura.
Labs: phos 5.9, PTH 390, Ca 9.1
Weight 92 kg, BMI 29.0
A/P:
1) Healed glans lesion - cause was never established; possible calciphylaxis vs ischemic necrosis from his PAD. No tissue diagnosis. Continue non calcium binder (sevelamer), cinacalcet 30. Low threshold to re-refer if new painful skin lesions.
2) ESRD - HD MWF, dry weight 91 kg
3) DM2 - insulin, A1c 7.8
"""),
]}

V17 = {"patient_id": "V17", "age": 45, "sex": "F", "notes": [
("2018-04-10", "Dermatology Clinic Consult", """
Derm New Pt Visit
Referral from PD RN for painful spot on lower back
HPI: 45 y/o F w ESRD from reflux nephropathy on PD (CAPD) since 2016, HTN, no diabetes, no anticoagulants. Because of longstanding low back pain she has used a microwaveable heat pack on the left lower back most evenings since last winter. For the past month there is a tender hard area within the heat pack spot, which became purple and then developed a small scab.
Exam: BMI 29.8. L lower back para spinal: reticulated brown red net like pigmentation 12 x 10 cm (erythema ab igne); within it a 2.5 cm indurated violaceous nodule with 0.5 cm crust. No other skin lesions.
Assessment: erythema ab igne L low back with a tender indurated nodule within it - differential: calciphylaxis (early) vs thermal injury / burn vs panniculitis. Possible calciphylaxis cannot be dismissed in a PD pt.
Plan: punch bx (4mm) today. Stop heat pack.
"""),
("2018-04-13", "Dermatopathology Report", """
Dermatopathology Report
Left lower back skin - punch
Microscopic: Dermis with dilated vessels, scattered melanophages and altered elastic fibers, the pattern of erythema ab igne. Superficial dermal necrosis with serum crust. Subcutaneous fat is sampled only superficially; a single small vessel shows questionable focal mural calcification on von Kossa, no thrombi identified.
Diagnosis: Erythema ab igne with superficial thermal injury. Findings are suggestive of but not diagnostic for calciphylaxis; cannot exclude. Recommend deeper incisional biopsy if clinically indicated.
"""),
("2018-05-01", "Dermatology Clinic Follow-up", """
Derm follow up
Pt here to discuss path. Nodule on L low back smaller, less tender since stopping the heat pack, crust came off.
BMI 30.2 today (weight up 1 kg).
Exam: L lower back 1.5 cm firm pink nodule, no necrosis, background erythema ab igne fading.
A/P: nodule at site of erythema ab igne, bx nondiagnostic, ddx thermal injury vs early calciphylaxis (I still slightly favor calciphylaxis given the subcutaneous firmness, but not proven). Offered deeper incisional biopsy, pt declines at this time because it is improving. She will avoid heat on the skin. Return in 6 weeks or sooner if worsening. Informed PD team.
Addendum 7/2018: pt no showed to follow up x2; PD team reports area healed.
"""),
]}

V18 = {"patient_id": "V18", "age": 70, "sex": "M", "notes": [
("2020-01-28", "Dermatology Consult", """
DERMATOLOGY CONSULT
70 yo man with CKD IV (most recent eGFR 22 - no dialysis yet), DM2 formerly metformin now linagliptin, CAD s/p cardiac cath with PCI via R femoral on 1/17/2020, admitted with AKI on CKD and painful toes.
Exam: bilateral feet with livedo racemosa over the soles and dorsa, blue purple toes (L 2nd-4th, R 1st and 3rd), small necrotic ulcer tip of R 3rd toe. Pedal pulses palpable. BMI 27.7.
Labs eosinophils 11%, low complement.
Assessment: livedo and digital necrosis after arterial catheterization with eosinophilia - cholesterol embolization syndrome most likely. Calciphylaxis (?) is a consideration with advanced CKD but distribution and timing favor emboli.
Plan: punch biopsy, livedoid skin, dorsum L foot.
"""),
("2020-01-31", "Dermatopathology Report", """
Dermatopathology
Skin, left dorsal foot, punch biopsy
Microscopic: Within deep dermal arterioles there are biconvex needle shaped clefts (cholesterol clefts) with surrounding multinucleated giant cells and fibrin. No medial calcification, no extravascular calcium, von Kossa negative.
Diagnosis: Cholesterol emboli. No evidence of calciphylaxis.
"""),
("2020-02-01", "Medicine Progress Note", """
Medicine progress note
S: tow pain improved with gabapentin. eating better.
O: creat 3.4 (peak 3.9). Feet: livedo stable, R 3rd toe tip necrosis dry.
A/P: 70M CKD 4, DM2, CAD s/p PCI, with cholesterol embolization syndrome (biopsy proven 1/31); calciphylaxis ruled out on biopsy.
- statin, aspirin, avoid anticoagulation and further angiography
- renal: not yet needing dialysis, monitor
- podiatry for R 3rd toe, keep dry
"""),
]}

V19 = {"patient_id": "V19", "age": 58, "sex": "F", "notes": [
("2023-03-15", "Dermatology Consult", """
Dermatology Consult - Rheumatology floor
58F with limited systemic sclerosis, Raynaud's, GERD, no kidney disease (creat 0.7), no diabetes, not on anticoagulation. Admitted for digital ulcer of the L index finger tip. She is very worried because her older brother was on dialysis and died of calciphylaxis in 2020.
Exam: L index fingertip 4 mm punched out ulcer with fibrinous base, pitting scars other digits. Hard white papules on the R elbow and fingers extruding chalky material. Sclerodactyly. BMI 22.1.
Assessment: 1) digital ulcer from Raynaud's/SSc vasculopathy. 2) calcinosis cutis (SSc). No evidence of calciphylaxis - she has normal kidney function, no retiform purpura; her brothers disease is not inherited. Reassured.
Plan: iloprost per rheum, wound care, consider topical sodium thiosulfate for calcinosis.
"""),
("2023-04-12", "Dermatology Clinic Follow-up", """
Derm clinic f/u
Digital ulcer healed. Calcinosis of R elbow unchanged, mildly tender. Repeated reassurance re: family history (brother with calciphylaxis on HD). No new skin lesions.
Plan: continue topical STS to the elbow calcinosis, rtc 3 mo.
"""),
]}

V20 = {"patient_id": "V20", "age": 55, "sex": "M", "notes": [
("2024-01-09", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE
S: 55M, HD TTS through L AVF; DM2 on basal-bolus insulin, obese with BMI of 33.9, admitted for new atrial fibrillation with RVR, rate controlled now. Cards starting warfarin today.
O: BP 128/76 HR 88 irregular. Skin intact.
A/P:
ESRD - HD tomorrow as scheduled, UF 2.5 L
Anticoagulation: discussed with pt and cardiology the risk of calciphylaxis with warfarin in dialysis pts. Cards prefers warfarin for now. If any new painful skin lesions develop he should call us immediately. Avoid calcium based binders, continue sevelamer.
DM2 - insulin per primary
"""),
("2024-01-10", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE
S: 55M, HD TTS through L AVF; DM2 on basal-bolus insulin, obese with BMI of 33.9, admitted for new atrial fibrillation with RVR, rate controlled now. Warfarin started 1/9, INR 1.3. He mentions a dry itchy patch on the shins for months.
O: BP 130/78. HD today 2.4 L UF. Skin: shins with dry scaly plaques, no purpura, no ulcer.
A/P:
ESRD - HD TTS
Anticoagulation - warfarin, risk of calciphylaxis discussed again yesterday; derm to look at shins to be thorough.
DM2 - insulin per primary
"""),
("2024-01-11", "Dermatology Consult", """
Derm consult
Pt seen for shin rash. 55 yo man HD, DM2 insulin, new warfarin. Bilateral anterior shins with xerotic, fine scaling, mildly erythematous plaques, some excoriations from scratching. No retiform purpura, no induration, no necrosis, no livedo.
Impression: asteatotic eczema of shins. No evidence of calciphylaxis today.
Plan: emollients bid, triamcinolone 0.1% ointment bid x 2 wks. Pt educated on warning signs of calciphylaxis (painful purple or black skin) given warfarin and dialysis.
"""),
]}

PATIENTS = [V15, V16, V17, V18, V19, V20]
