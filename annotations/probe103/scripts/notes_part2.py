"""probe103 corpus notes, N08-N14 (oncology and radiation oncology; all invented)."""

N08 = {"patient_id": "N08", "age": 72, "sex": "M", "notes": [
("2026-04-20", "Hematology-Oncology Clinic Note", """
HEME/ONC f/u - DLBCL, s/p 6 cycles R-CHOP, EOT PET pending.
Line hx: L basilic PICC placed 1/7/2026 (pt refused port), pulled 3/18 at end of chemo. Note: PICC placed after renal OK'd - stage 4 CKD, GFR 19, pre-dialysis, vein preservation discussed and accepted risk.
Complains of a sore spot, inner aspect L upper arm, "where the PICC was", began about 2 months ago while the line was still in, under the securement dressing; home health RN thought it was tape irritation.
Exam: L medial upper arm at the former PICC exit site: 2.5 cm black eschar, surrounding violaceous induration, retiform edge. No cord, no erythema tracking.
PMH: DM2 (diet), hx PE 2023 - warfarin x 1 yr, stopped 2024. BMI 26.1.
Plan: derm urgent; UE venous duplex.
"""),
("2026-04-28", "Dermatology Consult", """
DERMATOLOGY
72M w/ CKD stage 4 (no RRT), diet-controlled diabetes, prior warfarin, lymphoma in remission.
Lesion: L medial arm at the old PICC insertion site and under where the StatLock sat; onset Feb 2026 with line in situ.
Exam: necrotic plaque 3x2cm, eschar-capped; livedo racemosa extending proximally. Contralateral arm normal.
Duplex: no DVT.
Bx x 2 (incisional, edge).
Ddx: calciphylaxis (non-dialysis CKD) vs catheter-associated skin necrosis vs infection.
"""),
("2026-05-12", "Nephrology Consult Letter", """
Dear colleagues,
The biopsy confirms calciphylaxis in Mr. Abernethy-Ruiz's left arm: calcium encrusting the media of arterioles, thrombosed lumens, septal panniculitis. It has arisen exactly where his PICC and its dressing were, in a man with advanced CKD (stage 4, not yet on dialysis) and prior warfarin exposure.
We recommend sodium thiosulfate (25 g, thrice weekly) through a cannula in the right arm, low-calcium diet, and a stop to any further lines on the left.
BMI today 26.1. Diet-controlled DM, A1c 6.6.
J. Mbeki, MD, Nephrology
"""),
]}

N09 = {"patient_id": "N09", "age": 61, "sex": "F", "notes": [
("2020-09-08", "Infusion Nursing Note", """
Gem/nab-pac D8. Pancreatic adenoca, locally advanced.
Pt on HD Tu-Th-Sat. IDDM - NPH + regular via syringe, pt states she ALWAYS injects the R side of her belly ("the left side is too tender since surgery years back").
New today: L lower quadrant of abd has a hard, dark, painful patch "size of a plum", she noticed it ~10 days ago. Nothing injected on that side, she is firm about this.
Wt 94 kg BMI 35.8. Obese.
Held nab-pac? -> no, given per MD. Derm referral.
"""),
("2020-09-15", "Dermatology Consult", """
Dermatology
61F ESRD/HD, insulin-dependent DM, pancreatic ca on chemo.
Insulin: injects only R periumbilical/RLQ - injection marks and mild lipohypertrophy seen there, no lesion on the right.
Lesion: LLQ abdominal wall 6 x 5 cm indurated retiform plaque, central necrosis. No injection marks on the L. No heat, no belt, no trauma to that area per pt.
Bx from LLQ edge. Likely calciphylaxis.
"""),
("2020-09-29", "Oncology Clinic Letter", """
Dear Dr. Ferreira,
Ms. Quaresma's left lower abdominal lesion is biopsy-proven calciphylaxis. It lies on the opposite side from her insulin injection area and there has been no injury or injection at that site.
Renal have started sodium thiosulfate. She has not been on warfarin. Obesity persists (BMI 35.8); insulin continues on the right abdomen.
We will continue gemcitabine alone.
Yours sincerely,
A. Whitcombe, MD, GI Oncology
"""),
]}

N10 = {"patient_id": "N10", "age": 66, "sex": "M", "notes": [
("2021-09-14", "Radiation Oncology On-Treatment Visit", """
OTV wk 4 - oropharynx SCC, 70 Gy/35 w/ wkly cetux (no cis - ESRD).
Mucositis G2, on PEG feeds. Wt down 3 kg.
Also shows me a very sore lesion, lateral L thigh,, present since 9/3. Per pt, prior to its appearance: no falls, knocks, jabs or heat applied on the L leg.
Exam L lat thigh: 4 cm firm violaceous plaque w/ retiform border, early central necrosis.
PD at home (CAPD 4 exch). On warfarin for LLE DVT (2020). No DM.
Plan: derm.
"""),
("2021-09-24", "Radiation Oncology On-Treatment Visit", """
OTV wk 5
Slipped climbing from the bathtub 4 days ago and scraped the L thigh against the tub rim - graze runs just below the existing thigh ulcer. Cleaned by PD nurse.
Thigh lesion itself larger, now 5 cm with black center.
BMI 22.8.
"""),
("2021-10-05", "Dermatology Consult", """
DERM - 66M PD, warfarin, H&N ca on RT.
L lateral thigh: 5.5 cm stellate eschar w/ livedo; separate healing abrasion inferiorly from a fall on 9/20 (AFTER lesion onset 9/3/2021).
Bx (done 9/28): calciphylaxis confirmed.
Pt counselled. Warfarin -> apixaban per cards.
"""),
]}

N11 = {"patient_id": "N11", "age": 70, "sex": "F", "notes": [
("2022-12-06", "Chemotherapy Day Nursing Note", """
Carbo/doxil C2. Recurrent ovarian ca. R chest port accessed, +BR.
Pt & daughter report painful "black sore" on the lower pannus since mid-Nov. Daughter started warm compresses on it last week to "draw it out".
Obj: pannus, midline, below fold: 5 x 4 cm eschar with purple halo.
Dialyses Mon-Wed-Fri. T2 diabetic, insulin pen (she uses posterior upper arms). BMI 41.3.
Advised stop warm compresses. Derm/wound referral.
"""),
("2022-12-13", "Wound Clinic Note", """
Wound/derm visit
Dx: calciphylaxis, lower abdominal pannus - punch bx 12/9 showed calcification of small vessels and thrombosis; clinically and histologically diagnostic.
Sharp debridement of eschar today (bleeding minimal). Dressing: calcium alginate + ABD pad, change daily. Compresses stopped.
Nothing injected into the belly; insulin goes in the arms. No belts/girdles, no heat before the lesion.
"""),
("2023-01-10", "Gynecologic Oncology Clinic Note", """
GYN ONC
Pt 70F; pannus calciphylaxis (bx-proven in December) improving after debridement and dressings. Chemo continuing.
HD for ESKD; type 2 DM on insulin; BMI 41.3, severe obesity. Never anticoagulated.
"""),
]}

N12 = {"patient_id": "N12", "age": 57, "sex": "M", "notes": [
("2023-03-07", "Thoracic Oncology Clinic Note", """
THORACIC ONC - NSCLC stage IV on pembrolizumab maint.
New: painful ulcers, both calves, x3wk. Pt denies injections, heat, tight socks or braces; says nothing has hurt his legs, hasn't fallen.
Exam: bilat posterior calves: multiple stellate ulcers with eschar and retiform purpura.
ESRD on PD (CCPD). Diabetes (diet only - never on insulin). Not anticoagulated. Obese (class 1), BMI 31.5.
Plan: derm bx. If VTE confirmed on CT, will start enoxaparin injections into the abdomen.
"""),
("2023-03-21", "Dermatology Note", """
DERM f/u - bx from R calf: calciphylaxis (biopsy-proven).
Again denies any trauma to his lower legs; never used heat or compression.
Plan: wound care to calves, STS via renal. Avoid future SC injections into the legs.
"""),
]}

N13 = {"patient_id": "N13", "age": 64, "sex": "F", "notes": [
("2024-06-04", "Infusion Nursing Note", """
Extravasation event - doxorubicin, peripheral IV R dorsal hand (port malfunction).
Pt c/o burning at IV site at ~10 mL. Infusion stopped, aspirated, dexrazoxane protocol initiated, cold packs to R hand per policy.
R dorsal hand: 3 cm erythema/swelling. Photos taken. Onc aware.
HD pt. On warfarin (AF). Not diabetic.
"""),
("2024-07-09", "Dermatology Consult", """
DERM
64F ESRD (HD), warfarin, breast ca.
1) R dorsal hand: necrotic ulcer at the doxorubicin extravasation site - consistent with anthracycline extravasation injury, NOT calciphylaxis. Plastics following.
2) Both thighs (medial): new painful retiform purpura and eschars x 2 wks. Thighs - pt denies anything injected, heated or injured there. Bx L thigh: calciphylaxis.
3) Sacrum - stage II PI after weeks bed-bound; not calciphylaxis.
BMI 28.4.
"""),
("2024-07-23", "Nephrology Letter", """
Dear Dr. Amadi,
Mrs. Okoro-Lund has biopsy-proven calciphylaxis affecting the medial aspect of each thigh, with no trauma history there. Her right hand wound is an extravasation injury and her sacral wound a pressure injury; neither is calciphylaxis.
We are changing warfarin to apixaban and starting sodium thiosulfate with HD.
Sincerely, L. Harrow, MD
"""),
]}

N14 = {"patient_id": "N14", "age": 75, "sex": "M", "notes": [
("2025-01-14", "Genitourinary Oncology Clinic Note", """
GU ONC
75M, metastatic hormone-sensitive prostate ca. Leuprolide SC q3mo into the abdomen (last 12/2024).
Pt reports black painful area on the penile shaft/glans x 10 days.
PMH: ESRD on HD, IDDM (insulin glargine to upper arms), warfarin in past (stopped 2022 after AF ablation). BMI 27.0.
Exam: distal penile shaft and glans with dry necrosis, livedo at base. Abdomen at leuprolide sites: normal.
Urology + derm asap.
"""),
("2025-01-21", "Dermatology Consult", """
DERM
Penile necrosis w/ surrounding retiform purpura in a dialysis pt. Bx: calciphylaxis, confirmed.
No trauma to genitals (no catheter, no devices).
"""),
("2025-02-04", "Nephrology Counselling Note", """
RENAL - calciphylaxis counselling
Dx penile calciphylaxis (confirmed). Advice given: any heat source (pad, hot-water bottle) kept off his skin; SC injections away from fatty zones (thigh, belly) if possible; keep rotating insulin; loose clothes. New lesions can appear where needles go.
Start STS. Warfarin not to be restarted.
"""),
]}

PATIENTS = [N08, N09, N10, N11, N12, N13, N14]
