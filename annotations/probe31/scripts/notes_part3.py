"""probe31 corpus notes, K15-K20 (rheumatology, hematology and vascular-surgery consults; all invented)."""

K15 = {"patient_id": "K15", "age": 74, "sex": "F", "notes": [
("2024-01-29", "Hematology Consult", """
Hematology consult - inpatient
Reason: skin necrosis L thigh 6 days after starting warfarin

74F admitted 1/17/2024 with bilateral PE. CKD4 - eGFR 22, pre-dialysis, AVF not yet placed, HTN, hypothyroid. Not diabetic.
Anticoagulation: enoxaparin 1 mg/kg daily (renal dosing) from 1/17, given by nursing into the L anterior thigh (she asked to keep it off her abdomen); warfarin 5 mg started 1/19 without a loading dose.
On 1/25 nursing noted a painful, purplish, sharply outlined area on the L anterior thigh; today: hemorrhagic bulla 6x4cm over a dusky-black base with a ragged purpuric border.
Exam: BMI 27.7. Only this one lesion. No palpable purpura. Breasts, abdomen, buttocks clear.
Labs: INR 3.4 (from 1.1 on 1/19). Protein C activity 38%, protein S 64%, antithrombin 92%. Plt 212 -> 198 (4T score 1). Ca 8.9, Phos 5.2, PTH 210, alb 3.1.

Impression: Timing (day 6 of VKA, rapid INR rise, low protein C) fits warfarin-induced skin necrosis. On the other hand, CKD 4 with secondary hyperparathyroidism plus a lesion in fatty skin at the injection area keeps calciphylaxis on the table - I cannot tell the two apart clinically.
Recs: stop warfarin, give vit K 2.5 mg PO, continue therapeutic anticoagulation w/ a non-VKA agent (apixaban 5 bid, reviewed renally); derm biopsy to distinguish.
"""),
("2024-02-06", "Hematology Progress Note", """
Heme f/u.
Punch biopsy L thigh (1/31): epidermal necrosis, dermal hemorrhage, fibrin thrombi in some dermal vessels, fat necrosis at the base. No vascular calcification identified, but the sample barely reached the subcutis. Pathologist: "cannot distinguish warfarin necrosis from early calciphylaxis on this specimen".
Derm offered a deeper incisional biopsy - pt declined ("no more cutting").
Working dx: WISN vs calciphylaxis, unresolved. Lesion not expanding off warfarin.
Apixaban continued.
"""),
("2024-02-27", "Hematology Telephone Note", """
Spoke with daughter (HCP). Pt moved to inpatient hospice 2/23 after a new large stroke; comfort care only, no further evaluation of the thigh lesion planned. Whether it was warfarin necrosis or possible calciphylaxis was never settled. Apixaban stopped per hospice.
Closing heme episode.
"""),
]}

K16 = {"patient_id": "K16", "age": 69, "sex": "M", "notes": [
("2025-06-03", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULT
From: podiatry. "R 2nd/3rd toe ulcers not healing - ischemia vs calciphylaxis"

69M, ESRD - HD (L AVF), MWF, insulin-treated T2DM (glargine), HLD, ex-smoker 45 pk-yr, prior L SFA stent 2021. Not on anticoagulants. BMI 26.0.
He had his toenails trimmed at podiatry on 4/28 and the R 2nd toe was nicked at the nail fold; ~10 days later the tips of the R 2nd and 3rd toes became painful and dusky and have since formed dry black caps. Rest pain at night, hangs foot off bed.

Exam: R foot cool, dependent rubor, no palpable DP/PT; monophasic doppler signals. R 2nd toe tip: 1 cm dry eschar; R 3rd toe: 0.6 cm eschar, purple rim with some livedoid mottling on the dorsum of the forefoot. L foot warm, palpable DP.
ABI R noncompressible; TBI R 0.18, toe pressure 24 mmHg. L TBI 0.55.
Mineral labs: phosphorus 6.2, calcium 9.6, iPTH 760.

Imp: CLTI of the R foot is clearly present and explains at least part of this. Distal calciphylaxis is possible too - HD, high PTH, livedoid mottling - and the two overlap in HD pts. Biopsy of an ischemic toe is risky (won't heal), so not pursuing tissue for now.
Plan: R LE angiogram w/ possible tibial intervention; continue dry dressings; renal to work on Ca/phos.
"""),
("2025-06-17", "Vascular Surgery Procedure Note", """
Procedure: R LE angiogram, balloon angioplasty R anterior tibial + peroneal via L CFA up-and-over.
Findings: heavily calcified tibials, occluded R AT at mid-segment, peroneal 80% stenosis; post-PTA inline flow to the foot via AT. Pedal arch incomplete.
Closure device to L CFA. No complications.
Post: R foot warmer, doppler DP signal now.
"""),
("2025-08-12", "Vascular Surgery Clinic Note", """
Vasc f/u
R toe eschars unchanged in size despite improved perfusion (TBI now 0.41). Livedo on dorsum persists. This raises again the question of calciphylaxis rather than pure ischemia - still unproven; he continues to refuse a biopsy.
Discussed with renal - trial of STS offered; pt will think about it.
Pateint relocating to his daughter's in another state next month; records sent. No further follow-up with us.
"""),
]}

K17 = {"patient_id": "K17", "age": 39, "sex": "F", "notes": [
("2021-11-09", "Rheumatology Clinic Note", """
RHEUMATOLOGY - follow-up + urgent add-on
39F SLE + triple-positive APS (DVT 2015, stillbirth 2017), anticoagulated w/ warfarin, INR target 2-3, HCQ, MMF. Lupus nephritis class IV -> CKD 3b (Cr 1.7, eGFR 38), not on dialysis. BMI 32.4. No DM.
New: 3 wks of painful lumps on both posterior thighs with a lacy purple net over them. She says the first one came up at the back of the R thigh and a second on the L a few days later; no bumps or falls, no heat.
Exam: broken livedo racemosa over both posterior thighs and buttocks; 2 tender, firm 1.5-2 cm subcutaneous nodules (R, L posterior thigh), one with a 5 mm dusky center - no ulcer. No synovitis, no malar rash.
Labs: C3 82, C4 12, dsDNA 64 (up), INR 2.4, corrected Ca 9.8; PO4 4.6; iPTH 190.
Impression: Livedo racemosa + nodules in triple-positive APS on warfarin. Ddx includes APS vasculopathy, lupus panniculitis, and calciphylaxis (warfarin, CKD, obesity, steroids in the past) - I can't exclude it.
Plan: deep incisional biopsy recommended to sort this out. Increase pred to 20 mg x 2 wks for possible lupus flare.
"""),
("2021-12-07", "Rheumatology Clinic Note", """
Rheum f/u
Pt declined the biopsy (extreme needle/knife anxiety; would only agree under GA, which she also declined).
Thigh nodules softer, smaller, the dusky spot did not ulcerate. Livedo unchanged.
Assessment: APS vasculopathy vs lupus panniculitis vs possible calciphylaxis - still undetermined without tissue.
Continue warfarin (triple-positive APS, no safe alternative). Pred taper.
"""),
("2022-03-15", "Rheumatology Clinic Note", """
Rheum f/u - 4 months later
Nodules resolved; residual livedo only. No new skin lesions.
We never obtained tissue, so the etiology of the thigh nodules from last fall remains uncertain (calciphylaxis was considered but never confirmed or excluded).
Renal fxn stable, Cr 1.6. BMI 31.8.
"""),
]}

K18 = {"patient_id": "K18", "age": 75, "sex": "M", "notes": [
("2020-10-13", "Vascular Surgery Consult", """
Vascular surgery consult
Q: "Purple toes + livedo on thighs after TAVR. Cholesterol emboli vs calciphylaxis vs PAD"

75M, ESRD (HD, MWF); T2DM managed w/ repaglinide, CAD, severe AS -> transfemoral TAVR via R CFA on 10/1/2020. Not anticoagulated (DAPT).
ROS: [x] 12-pt ROS negative except as in HPI
From ~10/6: several toes on both feet went blue-purple, and a mottled lacy rash came up on both thighs; toes painful.
Exam: BMI 25.5. Bilateral blue toes (R 1st, 3rd; L 2nd, 4th, 5th) with intact skin, cap refill brisk, DP/PT palpable bilaterally. Livedo reticularis bilateral anterior thighs, no nodules, no ulcers, no necrosis.
Labs: eos 11% (abs 0.9), C3 74 (low), ESR 68, CRP 40. Ca 9.1, Phos 5.4, PTH 330.
Imp: Classic atheroembolic picture after a large-bore arterial procedure: blue toes with palpable pulses, livedo, eosinophilia, hypocomplementemia. PAD doesn't fit (pulses intact). Calciphylaxis - r/o, much less likely; no induration or necrosis.
Plan: derm bx of thigh livedo; statin high intensity; no anticoagulation.
"""),
("2020-10-22", "Dermatology Consult Note", """
Derm
Punch x2, R anterior thigh livedo (10/16): biconvex cholesterol clefts occluding dermal/subcutaneous arterioles w/ giant cell reaction. Von Kossa: no vessel calcium.
Dx: atheroembolic (cholesterol crystal) disease. Calciphylaxis is ruled out by this specimen.
"""),
("2020-12-01", "Vascular Surgery Clinic Note", """
Vasc f/u.
Toes: R 3rd toe tip dry gangrene (small), others recovered. Livedo faded.
Atheroembolism after TAVR, biopsy-confirmed; not calciphylaxis.
Continue statin, DAPT. Podiatry for toe care. RTC PRN.
"""),
]}

K19 = {"patient_id": "K19", "age": 44, "sex": "F", "notes": [
("2023-03-21", "Rheumatology Consult", """
Rheumatology consult
Ref by GI. "Enlarging L leg ulcer in Crohn's pt; pyoderma? vasculitis? Her sister had calciphylaxis - worried."

44F, ileocolonic Crohn's (on ustekinumab), otherwise well. Creatinine 0.7. No diabetes, never on anticoagulants. BMI 23.0.
Early this month she banged her L shin on a shopping cart; small scrape. Within 5 days it turned into a pustule, then a rapidly enlarging painful ulcer with a purple undermined border.
Family: older sister on dialysis died 2019 of sepsis from calciphylaxis wounds; pt is frightened she has the same.
Exam: L anterior shin: 5x4cm ulcer w/ violaceous, undermined, overhanging border, purulent base, cribriform edge. No eschar, no livedo, no induration beyond rim. Two small pustules at old blood-draw sites R antecubital fossa (pathergy).
Labs: Ca 9.2, Phos 3.4, ANCA neg, cryo neg, APL panel neg. Wound cx: skin flora.
Impression: Pyoderma gangrenosum, pathergic, arising where the cart struck, in the setting of IBD. Her normal kidneys and mineral labs, the absence of retiform purpura or eschar, and the undermined border argue strongly against calciphylaxis; the sister's history does not change that.
Plan: topical clobetasol to border, pred 40 mg, GI to consider infliximab; avoid debridement (pathergy).
"""),
("2023-05-02", "Rheumatology Clinic Note", """
Rheum f/u - PG L shin.
Ulcer 2 x 1.5 cm, re-epithelializing from edges. Infliximab started 4/10 by GI. Pred tapered to 10.
Reassured again: no features of calciphylaxis; her sister's condition is not inherited in a way that applies to her.
"""),
]}

K20 = {"patient_id": "K20", "age": 58, "sex": "M", "notes": [
("2024-10-08", "Hematology Consult", """
HEMATOLOGY CONSULTATION
Referral: nephrology - "purpura legs + IgM paraprotein, cryo?"

58M, CKD stage 4 (eGFR 19) from diabetic nephropathy; T2DM on basal insulin (glargine 34u); AF, warfarin for 6 yrs; BMI 30.4.
Purpura on both lower legs, crops since summer, worse in cold weather, some with small superficial ulcers on the ankles; acrocyanosis of the fingers in the cold.
Exam: palpable and retiform purpura both shins/ankles, 3 superficial 0.5-1 cm ulcers at the malleoli. Blue fingertips that recover with warming.
Labs: IgM kappa 1.4 g/dL; cryocrit 6% (type I, monoclonal IgM-k); C4 normal. Marrow: lymphoplasmacytic lymphoma, MYD88 L265P+. Ca 9.0, Phos 4.9, PTH 160.
Impression: Type I cryoglobulinemia due to Waldenstrom macroglobulinemia.
Discussion: Nephrology asked whether any of this could be calciphylaxis. Not at present - no indurated plaques or eschars, the picture is occlusive cryo vasculopathy, and dialysis hasn't started. If he progresses to dialysis while on warfarin, his risk of calciphylaxis would go up, and switching to a DOAC at that point would be reasonable.
Plan: leg skin biopsy to confirm; start BR (bendamustine-rituximab) once confirmed; keep warm.
"""),
("2024-10-29", "Hematology Clinic Note", """
Heme f/u
Skin bx L shin (10/15): intravascular eosinophilic hyaline deposits (cryoglobulin) occluding dermal vessels, no calcification. Cryoglobulinemic occlusive vasculopathy.
C1 BR given 10/24. Legs: no new purpura.
Warfarin continued (CHA2DS2-VASc 4).
BMI 30.4.
"""),
]}

PATIENTS = [K15, K16, K17, K18, K19, K20]
