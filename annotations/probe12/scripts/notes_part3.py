"""Probe12 corpus notes, J15-J20 (all invented; inpatient and consult style)."""

J15 = {"patient_id": "J15", "age": 70, "sex": "M", "notes": [
("2020-01-15", "Infectious Diseases Consult", """
ID Consult
Q from medicine: cellulitis vs calciphylaxis of L shin? abx choice?

HPI: 70 y/o M, CKD stage 3b (eGFR 38, never dialyzed), DM2 on insulin glargine, AF on warfarin since 2014, PAD. On 12/28/2019 he caught his left shin on the edge of his car door outside the pharmacy, leaving a small skin tear. Instead of healing, over the next 2 weeks it became a painful ulcer with dark purple edges. Temp max 37.9 yesterday, none today. No drainage until 2 days ago, now light serous.

Exam: shallow ulcer of the L anterior shin, mid third, 4 x 3 cm, fibrinous base, violaceous undermined-looking rim, faint reticulate mottling around it over about 3 cm, plus some pink erythema and warmth extending 2 cm. Marked tendernes out of proportion. DP pulses faint bilaterally, ABI 0.7 on the L.

Labs: WBC 10.1, CRP 44, INR 2.7, Ca 9.4, phos 4.6, PTH 140. Wound swab: mixed skin flora.

Assessment: Slow-healing post-traumatic ulcer of the L shin. Differential includes
- traumatic ulcer failing to heal because of arterial insufficiency - favored
- superimposed mild cellulitis - possible (warmth, erythema, CRP)
- calciphylaxis - cannot exclude; he has warfarin, diabetes and CKD, and the violaceous mottled edge is worrying, but non-dialysis CUA after an injury on the shin would be unusual
- warfarin skin necrosis - unlikely after 6 years of therapy
- pyoderma gangrenosum - less likely
Recommendations: cephalexin 500 mg BID x 7 days; XR tib/fib to exclude osteomyelitis; vascular surgery for arterial duplex; derm opinion on biopsy.
"""),
("2020-01-15", "Radiology Report", """
XR TIBIA/FIBULA LEFT
Indication: L shin ulcer, ? osteomyelitis.
Findings: Anterior mid-tibial soft tissue ulceration. No periosteal reaction or cortical erosion. Dense calcification of the anterior tibial, posterior tibial and peroneal arteries; scattered small-vessel calcification in the subcutaneous tissues.
Impression: No x-ray sign of osteomyelitis. Extensive vascular calcification.
"""),
("2020-01-21", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 01/14/2020 - Discharge 01/21/2020

Problem list:
1) L shin ulcer following a car-door knock 12/28, slow healing. Cellulitis component treated (cephalexin, erythema resolved). Derm saw him: calciphylaxis remains on the differential but is not established; they advised against an inpatient biopsy on the anterior shin since it might leave a worse wound, and will biopsy in clinic if there is no progress in 4 weeks. Arterial duplex: moderate tibial disease, vascular to follow.
2) CKD 3b, stable creatinine 1.8.
3) AF on warfarin, INR 2.4 at discharge - warfarin continued for now, to revisit at derm follow-up.
4) DM2 on glargine 18 units nightly.
5) BMI 29.5.
"""),
]}

J16 = {"patient_id": "J16", "age": 64, "sex": "F", "notes": [
("2022-02-14", "Radiology Report", """
DIAGNOSTIC MAMMOGRAM, BILATERAL, WITH LEFT BREAST ULTRASOUND
History: 64F on peritoneal dialysis, painful firm discolored area of the lower left breast.
Findings: Scattered fibroglandular density. Extensive tubular (tram-track) vascular calcifications in both breasts, more pronounced on the left. Skin thickening of the left inferior breast near the inframammary fold, to 6 mm. No mass, no suspicious microcalcifications, no architectural distortion. Ultrasound of the left 6 o'clock region: edematous, hyperechoic subcutaneous fat, no fluid collection, no solid mass.
Impression: BI-RADS 3. Vascular calcification and skin/fat edema of the left inferior breast, nonspecific. Differential considerations include fat necrosis and, in a dialysis patient, calciphylaxis; inflammatory carcinoma is considered less likely. Clinical correlation and tissue sampling as appropriate.
"""),
("2022-02-15", "Dermatology Consult", """
DERMATOLOGY CONSULT
64F, ESRD on PD since 2019, DM2 on insulin (injects into her thighs), obese. 3-week history of a tender, firm, purple plaque along the lower edge of the left breast. She has worn underwire bras for decades and says the current one "digs in" along that exact line; she has had a red groove from the wire there for months.

Exam: L inferior breast at the inframammary fold: 7 x 2.5 cm indurated violaceous plaque following the wire line, faint net-like livedo at the margin, no ulcer, no eschar. R breast normal. Thighs without lesions.

Assessment: Indurated plaque of the L inframammary breast at a site of chronic underwire pressure.
Differential diagnosis:
- early calciphylaxis: possible; breast is a reported site, she is on PD, vascular calcification on imaging
- fat necrosis from pressure: equally likely
- inflammatory breast carcinoma: less likely per imaging; to exclude histologically
- cellulitis: no fever, not warm
Plan: pending biopsy - 6 mm punch to fat today from the plaque margin. Soft non-wired bra from now on.
"""),
("2022-02-18", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Left inferior breast, punch biopsy (skin and subcutis).

Microscopic description: The epidermis is intact. The dermis shows mild edema and a sparse perivascular lymphocytic infiltrate. The subcutaneous tissue contains lipomembranous fat necrosis with foamy histiocytes. Two small vessels contain faint granular basophilic material in the wall that is equivocal on von Kossa. No thrombi are seen. No malignancy.

Diagnosis: Fat necrosis with equivocal vessel wall calcification.

Comment: The findings are nonspecific. This limited sample cannot exclude early calciphylaxis, and the picture would also fit pressure-related fat necrosis. A larger, deeper incisional biopsy would be needed if the clinical suspicion persists.
"""),
("2022-02-25", "Dermatology Follow-up (inpatient)", """
Derm f/u
Reviewed path: nondiagnostic, fat necrosis with equivocal calcium. Plaque now softer and less tender since she stopped wearing the underwire bra (7 days).
Discussed deeper incisional biopsy - pt declines for now, would prefer to watch it.
A: L breast plaque, etiology undetermined: fat necrosis from pressure vs early calciphylaxis. Not enough to call it calciphylaxis.
P: Clinical photos today. Continue wire-free bra. Re-evaluate in PD clinic in 2 weeks; low threshold for incisional biopsy if it darkens or ulcerates.
BMI 35.1. No anticoagulants.
"""),
]}

J17 = {"patient_id": "J17", "age": 45, "sex": "M", "notes": [
("2018-07-02", "Dermatology Consult", """
Dermatology Consultation
45M, ESRD from FSGS on HD since 2014 (MWF), no diabetes, undergoing kidney transplant evaluation (tuberculin skin test placed on the L volar forearm 6/29, read today as 0 mm, skin normal). Admitted for painful leg sores.

HPI: 6 weeks of painful ulcers on both calves, starting as purple blotches. No trauma recalled to the legs; no injections there. Not on warfarin. Smokes 1 ppd.

Exam: Bilateral posterior calves: 4 shallow ulcers 0.5-2 cm with ivory stellate scarring, surrounding livedo reticularis and a few purpuric macules. Distal pulses intact. L forearm TST site unremarkable.

Ddx:
1. Livedoid vasculopathy - favored clinically (atrophie blanche-like scars, small painful ulcers)
2. Calciphylaxis - possible, ESRD; but distal and small
3. Cholesterol emboli - no recent procedure
4. Cryoglobulinemic or other vasculitis - pending serologies
Plan: 4 mm punch from the edge of a R calf ulcer, obtained today. Hypercoagulable work-up.
"""),
("2018-07-05", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: skin, right calf, 4 mm punch.
Clinical: ESRD, calf ulcers with livedo; livedoid vasculopathy vs calciphylaxis.
Microscopic: Superficial sample composed of epidermis and dermis only, with very little subcutaneous fat. Ulcer edge with dermal fibrosis and a few superficial vessels containing hyaline fibrin; no calcification identified in the sampled vessels. No vasculitis.
Diagnosis: Nondiagnostic for the clinical question. Hyalinized superficial vessels, not specific.
Comment: Calciphylaxis involves the vessels of the subcutis, which are not represented; calciphylaxis cannot be excluded. Livedoid vasculopathy is possible. A deeper incisional specimen is recommended.
"""),
("2018-07-06", "Discharge Summary", """
DISCHARGE SUMMARY - LEFT AGAINST MEDICAL ADVICE
The pt chose to leave before the planned deeper biopsy.
1) Bilateral calf ulcers with livedo - working differential livedoid vasculopathy vs calciphylaxis; punch biopsy nondiagnostic; diagnosis unconfirmed. Risks of leaving explained, including missed diagnosis.
2) ESRD on HD MWF, to resume at his outpatient unit tomorrow.
3) Transplant evaluation ongoing; TST negative.
BMI 24.9. He recieved a wound care kit and a derm clinic appointment for 7/13.
"""),
]}

J18 = {"patient_id": "J18", "age": 68, "sex": "M", "notes": [
("2022-11-14", "Dermatology Consult", """
DERM CONSULT - INPATIENT
68 yo M: ESRD (HD), insulin-requiring DM2, CAD. Cardiac catheterization via the R femoral artery on 11/01/2022 (PCI to LAD). About 6 days later he developed painful purple mottling over the feet and lower legs on both sides, with blue toes; now a black tip on the L second toe.

Exam: livedo racemosa both feet and distal legs, dusky 2nd-4th toes bilaterally, dry necrosis of the L 2nd toe tip. Femoral access site R groin healed, small resolving hematoma. Pedal pulses palpable.
Labs: eosinophils 9% (up from 2%), ESR 70, complement low-normal.

Impression: retiform purpura/livedo with digital necrosis of the feet.
Differential diagnosis includes:
 - cholesterol embolization after the catheterization: favored (timing, eosinophilia, palpable pulses)
 - calciphylaxis: possible given ESRD, but acral distribution with palpable pulses is less typical
 - septic emboli: cultures negative
 - vasculitis
Plan: punch biopsy of the L lower leg livedo (deep), obtained today; avoid further arterial instrumentation.
"""),
("2022-11-16", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
Specimen: skin, left distal lower leg, deep punch.
Clinical: livedo and toe necrosis after cardiac cath; cholesterol emboli vs calciphylaxis.
Microscopic: Two arterioles at the dermal-subcutaneous junction contain biconvex, needle-shaped clefts within intraluminal material, with a surrounding foreign-body giant cell reaction. No calcium in vessel walls or in the fat (von Kossa negative). No fat necrosis of the calciphylaxis type. No vasculitis.
Diagnosis: Cholesterol emboli (atheroembolism). No evidence of calciphylaxis.
"""),
("2022-11-20", "Discharge Summary", """
DISCHARGE SUMMARY
1) Atheroembolic disease (cholesterol emboli) after cardiac catheterization, biopsy confirmed 11/16. Calciphylaxis, initially in the differential, was excluded on biopsy. Statin intensified; podiatry following the L 2nd toe dry gangrene.
2) CAD s/p PCI LAD 11/1 - DAPT.
3) ESRD on HD MWF.
4) DM2 - insulin detemir 20 u qhs plus sliding scale.
5) BMI 28.0. No warfarin.
"""),
]}

J19 = {"patient_id": "J19", "age": 76, "sex": "F", "notes": [
("2017-07-11", "Infectious Diseases Consult", """
INFECTIOUS DISEASE CONSULTATION
Reason: R leg cellulitis in a PD patient; primary team also raised calciphylaxis

HPI: 76 y/o woman; ESRD, on CAPD since 2013, diet-controlled type 2 diabetes, AF on warfarin, obesity. She scratched her right shin on a rose bush while gardening on 7/6; by 7/9 the lower leg was red, hot and swollen, with fever to 38.4 and chills.

Exam: T 38.2. R lower leg: confluent, warm, tender erythema from the ankle up to the tibial tuberosity, sharp ascending border and mild edema; the scratch is visible, crusted, with no pus. No retiform purpura, necrosis, eschar, livedo or bullae. L leg normal. PD exit site clean, effluent clear.

Data: WBC 14.8, CRP 160. Venous duplex R leg: no DVT. Blood cultures pending.

Assessment: Non-purulent cellulitis of the R lower leg after a rose-thorn scratch. Calciphylaxis less likely: fever, leukocytosis, rapidly spreading blanching erythema, and no retiform purpura or necrosis. Sporotrichosis unlikely with this acute tempo.
Recommendations: cefazolin IV (PD-adjusted); elevate the leg; mark the border; re-evaluate at 48 h - if no improvement, or if purpura or necrosis appears, reconsider the diagnosis and biopsy.
"""),
("2017-07-15", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 7/10/17 - discharge 7/15/17

1) Cellulitis, R lower leg - rapid response to cefazolin, afebrile since 7/11, erythema receded well inside the markings; discharged on cephalexin to complete 10 days. Calciphylaxis was raised at admission and has been ruled out clinically: no necrotic or purpuric lesion ever developed and the leg improved on antibiotics alone.
2) ESRD on CAPD - no change to prescription.
3) AF on warfarin, INR 2.2. Counselled, as a PD patient on warfarin, about the risk of calciphylaxis: to report any painful dark skin patch promptly and to avoid heating pads and hot water bottles against the skin.
4) Type 2 DM - diet alone, A1c 6.3.
5) Obesity, BMI 30.6.
"""),
]}

J20 = {"patient_id": "J20", "age": 60, "sex": "M", "notes": [
("2025-04-02", "Nephrology Consult", """
NEPHROLOGY CONSULT - dialysis initiation
60M, CKD 5 from diabetic nephropathy, admitted with uremic symptoms and K 6.4. Tunneled R IJ catheter placed 4/1 by IR and first HD session on 4/1; plan to continue HD MWF as an outpatient. DM2 - insulin (glargine plus aspart), injected into the abdomen. Anticoagulated with apixaban for a prior PE; never on warfarin.

Family history: his older brother was on hemodialysis and died of calciphylaxis in 2019, which frightens him.

Skin: intact; no purpura, livedo or ulceration anywhere. A bruise on the L forearm from walking into a door frame last week.

Assessment/Plan:
1. ESRD, newly on HD - MWF, 3.5 h, 2K bath.
2. Calciphylaxis concern (brother) - no current signs. Counselled on what we can do to lower his risk: keep phosphate in range, avoid calcium-based binders and warfarin, never put a heating pad or an ice bag directly on his skin, rotate insulin injection sites. If a painful dark skin spot appears, he should tell the dialysis nurse the same day.
3. DM2 - continue insulin, reduce glargine by 20% now that he is on HD.
4. BMI 30.1.
"""),
("2025-04-04", "Dermatology Consult", """
Derm consult
Q: dark spot on the back, pt worried about calciphylaxis (brother had it).
Exam: L upper back, 1.2 cm stuck-on, waxy, brown papule with horn cysts. Rest of the skin exam: livedo absent, retiform purpura absent, no indurated plaques or ulcers, no calciphylaxis features. Abdomen (insulin sites) with mild lipohypertrophy only.
A: seborrheic keratosis, benign. No evidence of calciphylaxis.
P: reassurance; may freeze in clinic if bothersome. Routine skin checks at dialysis.
"""),
("2025-04-09", "Discharge Summary", """
DISCHARGE SUMMARY
Problems:
#1 ESRD, initiated on HD 4/1 via R IJ tunneled catheter; outpatient chair MWF arranged.
#2 Hyperkalemia, resolved.
#3 DM2 on basal/bolus insulin, doses reduced.
#4 Family history of calciphylaxis (brother). Patient has no lesions; risk-reduction counselling given.
#5 Seborrheic keratosis, L upper back - benign.
#6 Prior PE on apixaban.
#7 Obesity (BMI 30.1).
"""),
]}

PATIENTS = [J15, J16, J17, J18, J19, J20]
