"""probe9 corpus notes, E08-E14 (all invented: people, places, wording)."""

E08 = {"patient_id": "E08", "age": 52, "sex": "F", "notes": [
("2024-01-09", "Dialysis Unit Nursing Note", """
HEMODIALYSIS TREATMENT RECORD - NURSING ASSESSMENT
Chair 7 / 2nd shift / Tue-Thu-Sat
Pre-tx: wt 61.2 kg (EDW 60.0), BP 150/88, HR 84, T 36.6. BG 212.
Access: left upper-arm fistula, good thrill and bruit, no signs of infection.
Skin assessment: [x] abnormal - pt complains of a painful sore, R lower back, x 5 days. On inspection: 2 cm dusky purple area with a darker center, firm, surrounded by blotchy mottled skin. No drainage. Pt unsure what caused it.
Edema: trace ankles.
Resp: clear.
Pain: 7/10 R lower back.
Interventions: Dr. Varga notified. Covered w/ dry dressing. Pt to call her PCP / renal office tomorrow.
Tx: 3.75 h, UF 1.4 L, Qb 350, Qd 600, no alarms.
Post-tx: wt 59.9 kg, BP 132/78.
Education: diet / fluid. Pt verbalized understanding.
"""),
("2024-01-16", "Telephone Encounter", """
TELEPHONE NOTE - Renal office

Pt called about the spot on her back. States it is bigger and "black in the middle now". When asked about heat, she said yes, she has a hot water bottle she lies on at night for her back ache, always on the right side, filled from the kettle. She did not think it mattered because "it never burned me". Type 1 diabetic on insulin pump? -> no, on MDI (glargine + lispro), injects in her abdomen.

Advised: stop the hot water bottle now. Appt made at wound center 1/23. Dr. Varga aware, wants a biopsy there and labs at next HD.
"""),
("2024-01-23", "Wound Center Consult", """
Wound Care Center - New Consult

52-year-old woman on hemodialysis (T/Th/Sat) for ESRD since 2017 from type 1 DM, on multiple daily insulin injections. BMI 22.4.
Referred for R low back wound.

She has used a rubber hot water bottle against her right low back nightly since November for muscle pain. The skin there had looked a little blotchy and brown for weeks. Early this month a painful dark spot appeared in the middle of the warmed area and has since ulcerated.

Exam: R paraspinal lumbar region: ulcer 3.2 by 2.6 cm, dry black eschar, 1.5 cm rim of violaceous indurated skin, and beyond that a reticulated brown-red pigmented patch (erythema ab igne pattern) about 15 x 12 cm, matching the shape of the bottle. L back clear. Abdomen insulin sites clear. Pain 8/10 at rest.

Assessment: painful necrotic ulcer on the right lower back arising within erythema ab igne from nightly heat exposure, in a young woman on hemodialysis: calciphylaxis is the main concern; thermal burn considered less likely because the heat was never hot enough to blister.
Plan: 4 mm punch at the ulcer border today (sent). Santyl to eschar, bordered foam. No heat, no ice. Offload - sleep on her side. Follow up 1 wk.
"""),
("2024-01-26", "Dermatopathology Report", """
DERMATOPATHOLOGY

Specimen: Skin, right lower back, punch.
Clinical: HD pt, necrotic ulcer within erythema ab igne; r/o calciphylaxis.

Diagnosis: Calciphylaxis.
Micro: in the subcutaneous fat, several small arterioles show ring-like calcification of the media and thrombi in the lumen; adjacent lobular fat necrosis with fine calcium encrustation of adipocytes. Overlying epidermis necrotic. Dermis shows dilated vessels and melanin/hemosiderin consistent with the clinical erythema ab igne. No vasculitis.
"""),
]}

E09 = {"patient_id": "E09", "age": 70, "sex": "M", "notes": [
("2017-06-20", "History and Physical (dictated)", """
ST. AGATHA REGIONAL MEDICAL CENTER
ADMISSION H AND P - DEPARTMENT OF INTERNAL MEDICINE
SERVICE: GOLD TEAM.  PRIMARY CARE: DR. L. MARCHETTI.

CHIEF COMPLAINT: painful wound on left thigh, can't walk.

HPI: 70 yo M with ESRD on HD TTS (Lakeview Dialysis), insulin-dependent DM2, paroxysmal AF on warfarin, CAD s/p CABG 2010, and obesity. Since early June he has had a painful hard patch on the outer L thigh which turned purple, then black. Now pain 9/10, unable to bear weight because every step pulls on the skin. He was sent in from dialysis today.
He injects his own insulin (glargine 40 u and aspart with meals) always into his RIGHT thigh because his left hand is weak since a stroke in 2015 and he holds the pen with the right hand; he has never used the left leg or his abdomen. No falls, no heating pads, no recent procedures on the leg. INR was 3.8 last week.

PMH: ESRD (DM) on HD since 2013; DM2 x 25 yrs; pAF; CAD s/p CABG x3; ischemic stroke 2015 w/ mild L hemiparesis; HTN; HLD; BPH; obesity.
PSH: CABG 2010; L forearm AVF 2013; R carpal tunnel release.
Meds: warfarin 5 mg (Mon-Fri) / 2.5 mg (Sat-Sun), glargine 40 u qHS, aspart 6-10 u TID, calcium acetate 2 caps per meal, calcitriol 0.25 mcg/day, metoprolol, atorvastatin, tamsulosin, clopidogrel.
Allergies: NKDA.
Social: retired welder, lives with wife, ex-smoker (quit 2010), no etoh.

EXAM: T 37.0, P 88 irreg, BP 158/84, RR 18, SpO2 96% RA. Wt 104 kg, BMI 33.1.
Gen: uncomfortable.
Skin: Outer L thigh: necrotic plaque roughly 9 by 6 cm with a central 4 by 3 cm black eschar, surrounded by violaceous stellate purpura and livedo racemosa reaching up toward the L hip. Exquisitely tender. R anterolateral thigh: multiple small lipohypertrophic nodules from insulin, scattered needle marks, NO purpura, no ulcers. Abdomen: no lesions.
Neuro: L arm 4/5 grip.

LABS: WBC 9.6, Hgb 10.2, INR 3.1, Ca 10.0, P 7.3, PTH 880, ALP 170, Alb 3.1.

ASSESSMENT & PLAN:
70M ESRD on HD, DM2, on warfarin + calcium binder + calcitriol, with a necrotic L thigh plaque - calciphylaxis strongly suspected. Notably his insulin sites are on the opposite thigh and are spared.
1. L thigh necrotic plaque - derm consult for punch biopsy; surgery to evaluate for debridement; wound care; pain service.
2. Warfarin - hold; transition to apixaban per cardiology if calciphylaxis confirmed.
3. ESRD - HD tomorrow; calcium acetate and calcitriol to be stopped; sevelamer instead.
4. DM2 - glargine 30 u, aspart correctional.
5. AF - rate controlled.
6. VTE ppx - INR supratherapeutic, none for now.

DICTATED BY: R. Oyinlola, MD (resident) for Dr. Feldmann
D: 06/20/2017 22:41  T: 06/21/2017 06:15  JOB#: 4471930
This report was dictated with voice recognition; transcription errors are possible.
"""),
("2017-06-22", "Hospital Medicine Progress Note", """
Gold Team Progress Note - Hospital Day 3

S: Pain 7/10 on hydromorphone PCA. Slept some. Wife at bedside.

O: Tmax 37.4. BP 146/80. INR 2.2.
L thigh: eschar unchanged, 9 x 6 cm necrotic plaque with livedo border. R thigh insulin area clean.
Derm punch biopsy performed yesterday at L thigh edge; prelim shows vascular calcification in subcutis with thrombosis - consistent with calciphylaxis; final with von Kossa pending.

PROBLEM LIST (updated):
1. Calciphylaxis, L lateral thigh - prelim biopsy confirms. Got his first IV sodium thiosulfate today on HD (25 g). Surgery: no debridement now, revisit if infected. Wound RN: Santyl + ABD pads.
2. Anticoagulation - warfarin stopped 6/20. Apixaban 2.5 BID starting tomorrow per cardiology.
3. ESRD on HD TTS - next HD 6/24. Sevelamer 1600 TID. Cinacalcet 30 daily.
4. DM2 - glucose 150-230. Pt will keep injecting into R thigh (L thigh off limits).
5. pAF - metoprolol.
6. CAD - plavix, statin.
7. Hx stroke w/ L hemiparesis - PT/OT.
8. Anemia of CKD - ESA at HD.
9. Obesity (BMI 33.1) - nutrition.
10. Heparin SQ ppx - given into the abdomen 6/21-6/22 while INR subtherapeutic; stop once apixaban starts.
"""),
("2017-06-28", "Discharge Summary", """
DISCHARGE SUMMARY

Patient: 70 M. Admitted 6/20/2017. Discharged 6/28/2017 to Brightwater Rehabilitation.

FINAL DIAGNOSES
- Left lateral thigh calciphylaxis, proven on biopsy (vascular calcification and thrombosis, von Kossa positive)
- ESRD on hemodialysis
- Type 2 diabetes mellitus, insulin-treated
- Paroxysmal atrial fibrillation; warfarin discontinued, now apixaban
- CAD s/p CABG; remote CVA with L hemiparesis
- Obesity, BMI 33.1

HOSPITAL COURSE: Admitted for an extremely painful necrotic L thigh plaque that had developed over the month of June. No trauma to that thigh was identified; insulin is injected into the contralateral (right) thigh, which remained free of lesions throughout. Biopsy confirmed calciphylaxis. Treated with IV sodium thiosulfate at each HD (4 doses in hospital), calcium binder and calcitriol stopped, cinacalcet started, warfarin replaced with apixaban. Pain controlled on oral hydromorphone. Wound stable with dry eschar.

DISCHARGE INSTRUCTIONS: continue thiosulfate at outpatient HD; wound care daily with collagenase and ABD pad; no injections of any kind into the left thigh; follow-up derm 2 weeks, nephrology at dialysis.
"""),
]}

E10 = {"patient_id": "E10", "age": 59, "sex": "F", "notes": [
("2015-08-25", "Nephrology Clinic Note", """
Renal Clinic - Dr. Szabo

59F w/ ESRD on HD (MWF, Eastgate unit), from lupus nephritis; not diabetic. BMI 35.0. Last year's parathyroid surgery declined.
Here today for painful sores on both lower legs x 2 wks. Began as tender reddish-purple lumps on the posterior calves; two have since opened. She denies any injury, never had shots into the legs, no heat or cold packs, no new shoes or tight socks.
Exam: posterior calves bilaterally: L 3 by 2 cm ulcer, black base; R ulcer 2 by 2 cm, both with surrounding indurated violaceous skin and net-like livedo; additional tender nodules without ulceration on the R calf. Pedal pulses present.
Bloods: Ca 9.2, P 7.7, PTH 1400, Alb 3.2. ANA +, C3/C4 normal, no active lupus.
A/P:
1. B/L calf ulcers w/ livedo in HD pt w/ severe hyperparathyroidism - suspicious for calciphylaxis; lupus vasculitis on the differential. Derm referral for biopsy next week. Stop calcium carbonate.
2. SHPT - cinacalcet up to 90 mg; re-discuss parathyroidectomy.
3. Lupus - quiescent, on HCQ 200 mg.
"""),
("2015-09-08", "Dermatology Clinic Note", """
Dermatology clinic

Biopsy result (punch, L posterior calf, 8/31/15): subcutaneous small vessel calcification with intimal fibroplasia and thrombi, calcium deposits in fat. No vasculitis, no leukocytoclasis. DIF negative.
-> biopsy-proven calciphylaxis, bilateral calves. Lupus vasculitis excluded.

Today: ulcers similar in size. Pain 8/10.
Plan: nephrology to give sodium thiosulfate at dialysis (agreed by phone with Dr. Szabo); wound clinic for debridement and dressings; consider hyperbaric O2 referral.
"""),
("2015-10-20", "Wound Clinic Progress Note", """
WOUND CLINIC F/U - visit #5

Pt with calciphylaxis ulcers of both calves (biopsy 8/31), on STS at HD since 9/14.
New: last Tuesday she bumped her left shin against the car door while climbing out in the dialysis parking lot. Small 1 cm abrasion anterior L shin, superficial, clean, already scabbed. She was worried it would "turn into another one".

Wounds:
L posterior calf - 3.4 by 2.5 cm and 0.2 cm in depth, 70% yellow slough, 30% red granulation, moderate serous drainage, edges flat. Periwound livedo less vivid.
R posterior calf - 2.0 x 1.6 x 0.1 cm, 80% granulation. Improving.
L anterior shin abrasion - 1.0 x 0.6 cm, dry scab, no purpura or induration around it.

Procedure: selective sharp debridement of L calf slough with curette, 4.5 cm2, minimal bleeding, tolerated after topical lidocaine.
Dressings: calcium alginate + foam to both calf ulcers, tubular support bandage (light). Abrasion: leave open to air.
Plan: RTC 1 wk. Pt reassured; will watch the abrasion.
"""),
]}

E11 = {"patient_id": "E11", "age": 81, "sex": "M", "notes": [
("2025-03-03", "Orthopaedic Surgery Admission H&P", """
ORTHOPAEDIC TRAUMA ADMISSION H&P

CC: L hip pain after fall.

HPI: 81 y/o M slipped on ice in his driveway this morning, landing on his left side. Unable to bear weight. Also a skin tear on the L forearm where he hit the railing. No head strike, not anticoagulated.
ESRD on HD (MWF) since 2011. He says he "had that calcium disease on my leg ten years ago" - per our records calciphylaxis of the R calf in 2015, biopsy-proven; thiosulfate plus parathyroidectomy, fully healed by 2016; no recurrence since.

PMH: ESRD (PCKD) on HD; DM2 on glipizide (not on insulin); HTN; s/p parathyroidectomy 2015; calciphylaxis 2015 (healed); BPH; gout.
Meds: glipizide 2.5 mg daily, amlodipine, sevelamer, allopurinol 100 mg, tamsulosin. No warfarin or other anticoagulant.

Exam: BP 150/72, HR 90, wt 72 kg, BMI 24.7.
L leg shortened and externally rotated. NV intact distally.
Skin: L forearm 4 cm flap skin tear, edges approximated with steri-strips in the ED. R posterior calf: 5 cm atrophic hypopigmented scar, soft, no tenderness, no livedo, no ulceration. No other wounds.
XR: displaced L femoral neck fracture.

A/P: displaced L femoral neck fx.
- L hip hemiarthroplasty planned tomorrow.
- Renal consult for HD planning pre/post op.
- Periop glucose per protocol; hold glipizide.
- DVT ppx post-op per protocol.
"""),
("2025-03-06", "Hospital Medicine Co-Management Progress Note", """
MEDICINE CO-MANAGEMENT - ORTHO - POD 2

S: Pain controlled. Worked with PT x2. Mild delirium overnight, resolved this AM.

O: T 37.2, HR 84, BP 138/70.
L hip: lateral incision with staples, dressing dry, mild ecchymosis along the thigh, no drainage.
L forearm skin tear: flap viable, steri-strips intact.
R calf: old healed scar, unchanged, no new lesions.
Sacrum/heels: intact, on pressure-redistribution mattress, turned q2h.
Labs: Hgb 8.4 (from 11.1), K 5.2, Ca 8.8, P 5.1.

PROBLEM LIST
1. L femoral neck fx s/p hemiarthroplasty 3/4/25 - WBAT, PT/OT, enoxaparin not used (ESRD) -> heparin 5000 u SQ q8h (abdominal wall) as clot prophylaxis, 4 weeks.
2. Acute blood loss anemia - transfuse 1 u PRBC with HD today.
3. ESRD on HD MWF - HD today.
4. Postoperative delirium - resolved; delirium precautions.
5. DM2 - glucose 120-180 off glipizide, diet controlled while inpatient.
6. L forearm skin tear - wound RN, nonadherent dressing.
7. History of calciphylaxis (2015, R calf) - remote, healed. Skin checks daily given new SQ heparin; none of the injection sites or the incision shows purpura.
8. Fall risk - high.
"""),
("2025-03-11", "Discharge Summary", """
DISCHARGE SUMMARY (Orthopaedics / Medicine co-management)

Admission 03/03/2025 - Discharge 03/11/2025

Diagnoses:
- Displaced L femoral neck fracture after fall on ice, s/p L hip hemiarthroplasty (3/4/2025)
- Skin tear, L forearm
- ESRD on HD
- DM2, non-insulin
- Acute blood loss anemia, transfused
- Postoperative delirium, resolved
- History of calciphylaxis of R calf (2015), healed, no recurrence

Course: uneventful surgery. Incision healing well, staples to come out at 14 days. Forearm skin tear healing. SQ heparin ppx into the abdomen - skin at injection sites normal at discharge. No new skin lesions, including at the old R calf site.
Dispo: Pinecrest SNF for rehab. Continue heparin SQ 5000 q8h until 4/1. HD at the SNF's affiliated unit MWF.
Precautions: posterior hip precautions; fall prevention.
"""),
]}

E12 = {"patient_id": "E12", "age": 48, "sex": "F", "notes": [
("2019-04-02", "Home Dialysis Clinic Note", """
HOME DIALYSIS (PD) CLINIC

48 yo F on CAPD since 2017 (diabetic nephropathy), DM2 on insulin, morbid obesity.

Complaint: "lumps in my legs that hurt like crazy" for about a month. Both thighs. She's been taking ibuprofen (told to stop - residual function).
She injects insulin (U-500, 3x daily) ONLY into her stomach; "I've never put a needle in my legs." No trauma to the legs, no heat/ice. Wears loose leggings.

Exam: BMI 45.3. Medial and posterior thighs bilaterally: several deep, firm, exquisitely tender subcutaneous nodules 2-4 cm with overlying dusky violaceous skin and a net-like livedo; one on the R medial thigh has a 1 cm dark center. Abdomen: extensive lipohypertrophy at insulin sites, NO nodules, no purpura, no ulcers. Exit site OK.
Labs: Alb 3.0, Ca 9.5, P 6.8, PTH 540.

A/P:
1. Painful thigh nodules w/ livedo in PD pt - calciphylaxis must be ruled out (also consider panniculitis). Derm urgent referral. Change Ca carbonate binder to sevelamer.
2. PD - adequacy OK.
3. DM2 - A1c 8.8; endocrine f/u.
"""),
("2019-04-16", "Dermatology Clinic Note", """
Derm Clinic

48F, CAPD, DM2 on U-500 insulin into the abdomen only. 6 weeks of painful thigh nodules, both sides, worsening.
Exam: bilateral medial/posterior thighs with indurated, violaceous retiform plaques and nodules, R medial thigh with early central necrosis. No lesions where she injects (abdomen). Buttocks and calves clear.
Impression: calciphylaxis likely (proximal, fatty areas, PD, obesity); ddx lipodermatosclerosis, panniculitis.
Procedure: 6 mm punch, R medial thigh, edge of plaque.
"""),
("2019-04-23", "Patient Portal Message", """
Message from patient:
did my biopsie come back?? the lumps are worse and my left leg has an open spot now too

Reply from Dr. Oyelaran (Dermatology), 4/23/2019:
Dear Ms. Brandtner, your biopsy result is back. It shows calciphylaxis: calcium has built up in the small blood vessels under the skin of your thighs and blocked them, which is why they are so painful. Your kidney team has been told and will start a medicine called sodium thiosulfate through your PD. Please keep the thighs free of pressure and heat. Because the new open area on the left leg needs dressing care, I have asked the wound clinic to see you this week. Call us if you get fever.
"""),
]}

E13 = {"patient_id": "E13", "age": 63, "sex": "F", "notes": [
("2021-11-08", "Medicine Admission H&P", """
MEDICINE H&P

CC: Painful dark area on the right breast.

HPI: Mrs. Tanaka-Oduya, 63, on HD for ESRD (Tue/Thu/Sat) through a R IJ tunneled catheter (AVF maturing), obesity, and a history of L breast cancer treated with lumpectomy and radiation in 2012 (no recurrence). Over the past 3 weeks, the skin of the lower outer R breast became red-purple, then hard and exquisitely painful; yesterday a black patch formed. No fever. Denies any injury to the breast; last mammogram over a year ago; no biopsy of the right breast ever. L breast scar unchanged.

PMH: ESRD from chronic GN, HD since 6/2020; L breast ca (IDC, ER+) s/p lumpectomy + XRT 2012, anastrozole completed 2017; HTN; hypothyroid; obesity; OSA on CPAP. No DM.
Meds: calcium acetate 667 mg x2 TID, calcitriol 0.5 mcg, amlodipine, levothyroxine, epoetin at HD. No anticoagulant.

Exam: T 37.3, BP 146/82, HR 86. Wt 103 kg, BMI 37.9.
Breasts: R breast lower outer quadrant: a stellate violaceous indurated plaque about 7 by 5 cm, centered on a black eschar of 2 by 1.5 cm; peau d'orange around it; exquisitely tender. L breast: well-healed lumpectomy scar upper outer quadrant, radiation changes, no lesions. Axillae: no nodes.
Abdomen: large pannus, intact skin.

Labs: WBC 10.4, PTH 1050, phosphorus 6.9, calcium 10.2, Alb 3.3.
Mammo/US R breast: skin thickening, vascular calcifications; no mass.

A/P:
# Necrotic R breast plaque - concern for calciphylaxis (breast is a classic fatty site; on Ca binder + calcitriol). DDx: inflammatory breast cancer (pt's main worry), necrotizing infection. Derm + breast surgery consults for biopsy.
# ESRD - HD tomorrow, discontinue calcitriol and the calcium-based binder; begin sevelamer + cinacalcet.
# VTE ppx - SQ heparin 5000 BID into the abdomen.
# HTN, hypothyroid - home meds.
"""),
("2021-11-10", "Breast Surgery Consult", """
Breast Surgical Oncology - inpatient consult

Reason: r/o inflammatory breast cancer vs calciphylaxis, R breast.

63 yo woman with remote L breast IDC (lumpectomy/XRT 2012). New painful necrotic plaque R breast LOQ x ~3 weeks.
Exam confirms the findings in the H&P. Contralateral (L) lumpectomy bed is soft with no skin change.

Procedure today at bedside: 8 mm punch biopsy x2 from the plaque edge of the R breast, including fat, one to pathology and one to micro.

Pathology (rushed, read same day): no carcinoma, no dermal lymphatic tumor emboli. Medial calcification of arterioles in the subcutis, with thrombi, calcified fat necrosis - calciphylaxis.

Impression: breast calciphylaxis, R. Not malignancy. No surgical intervention recommended at this time; debridement only if infected.
"""),
("2021-11-16", "Discharge Summary", """
DISCHARGE SUMMARY

Admit: 11/8/2021. Discharge: 11/16/2021.

1. Calciphylaxis of the right breast, biopsy-proven 11/10/2021. Onset about 3 weeks before admission. No preceding trauma to the right breast identified; prior surgery and radiation were to the left breast (2012).
2. ESRD on HD
3. Obesity, BMI 37.9
4. Hx of L breast cancer, in remission
5. Hypothyroidism, HTN

Course: started sodium thiosulfate with each HD, stopped calcium acetate and calcitriol, started sevelamer and cinacalcet. Breast wound: dressings with medical honey, supportive bra without underwire. Pain: gabapentin 100 mg after each dialysis, oxycodone as needed. SQ heparin stopped at discharge; abdominal heparin sites unremarkable.
F/u: derm, wound clinic, breast surgery in 4 weeks.
"""),
]}

E14 = {"patient_id": "E14", "age": 72, "sex": "M", "notes": [
("2022-06-14", "Dialysis Rounds Note", """
HD ROUNDS - Dr. Whitcombe
Unit B, chair 22, MWF.

72 yo man, ESRD (renovascular) on HD since 2019, AF previously on warfarin but INRs were all over the place, so switched 5/2/22 to enoxaparin 60 mg SC daily (renally adjusted), which he injects into his lower belly. Also R leg DVT in April. Not diabetic.

S: Sore purple patch low on his belly, present roughly a week, at one of his shot spots. No fevers.
O: BP 144/70. Wt 90.1, BMI 29.8. Infraumbilical abdomen: indurated violaceous plaque, 3 by 3 cm, with a faintly reticulated edge, very tender, small central dark crust; scattered small ecchymoses at other injection spots. Legs: mild edema, no ulcers.
Labs: Ca 9.9, P 6.1, PTH 610. Anti-Xa 1.1 (high).

A/P: tender necrotic-looking plaque at an enoxaparin injection site. Could be an injection hematoma in a patient with a high anti-Xa level, but early calciphylaxis is a real concern (ESRD, recent warfarin). Derm referral for biopsy. Reduce enoxaparin to 40 mg; ask cardiology about apixaban instead. Rotate injections to the thighs in the meantime.
"""),
("2022-06-21", "Telephone Encounter", """
Phone note - renal RN
Pt's daughter called: derm appt is not until August. The belly spot is "about the same, maybe a little darker". Pt refuses to be biopsied - "they already stick me enough" - and does not want to go to the hospital. Cardiology switched him from enoxaparin to apixaban yesterday, so no more shots.
Plan per Dr. Whitcombe: keep the derm appt, watch it at HD, photos weekly.
"""),
("2022-07-12", "Nephrology Clinic Note", """
Nephrology follow-up

Abdominal plaque re-examined: now 3.5 x 3 cm, firm, with a 1 cm dry black center, livedoid rim. Not fluctuant. Pain still significant (6/10).

Impression: suspected calciphylaxis at a former enoxaparin injection site vs a slowly organizing hematoma with skin necrosis. Without tissue we cannot confirm or exclude it; he again declined punch biopsy today and declined the derm visit. We will treat empirically as possible calciphylaxis: sodium thiosulfate with HD, non-calcium binder, cinacalcet.
Warfarin not to be restarted. BMI 29.8.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
