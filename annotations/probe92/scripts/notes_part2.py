"""probe92 corpus notes, L08-L14 (pulmonary and sleep medicine; all invented)."""

L08 = {"patient_id": "L08", "age": 52, "sex": "F", "notes": [
("2018-07-02", "Pulmonary Post-Hospital Visit", """
PE clinic / pulmonary
52F seen after admit for submassive PE (RV strain, trop +), dx 06/20/2018, s/p heparin gtt then transitioned to enoxaparin 120 mg SC q12h, starting that same day. Pt does her own shots, alternating sides of the lower belly below the navel.
Renal fxn: Kidneys: stage 3a CKD, eGFR 52, never dialyzed. No DM.
Class III obesity, Wt 128 kg, BMI 46.0. Sedentary, snores loudly - husband has noticed pauses.
Plan: continue LMWH at least 3 mo, TTE repeat in 3 mo, refer to sleep for PSG. Consider warfarin if cost of LMWH an issue.
"""),
("2018-09-10", "Pulmonary Clinic", """
Pulm f/u PE.
Dyspnea improved, walking 2 blocks.
Pt very distressed about skin: since last month painful purplish netlike patches across R and L lower belly where she gives the lovenox, several now w/ black open centers.
Exam: R and L infraumbilical abdomen - multiple 1-3 cm stellate purpuric plaques, 3 w/ necrotic ulceration, surrounded by livedo. Very tender. Injection bruises scattered.
Ddx: LMWH skin necrosis, HIT (plt 240 - unlikely), non-uremic calciphylaxis given obesity.
Plan: stop enoxaparin -> start warfarin w/ bridge? discussed w/ heme -> switch to warfarin, derm bx this wk.
"""),
("2018-09-24", "Dermatology Consult", """
Derm - consult f/u, path review
Abdominal plaques (bilateral lower abdomen, at enoxaparin injection sites used since 6/20).
Bx 9/14 (L lower abdomen): small subcutaneous vessels with calcified walls + thrombi, von Kossa +. No vasculitis.
DX: non-uremic calciphylaxis, bilateral lower abdominal wall, triggered at injection sites. Risk: obesity, female, recent anticoagulation.
Note: now on warfarin per heme - discussed risk; heme to consider DOAC instead.
"""),
("2019-01-15", "Sleep Medicine Consult", """
Sleep consult
Referred for snoring/witnessed apneas. ESS 14. Neck 43 cm. Mallampati IV.
PMH notable for PE 6/2018, non-uremic calciphylaxis of lower abdomen (healing, scarred now), warfarin since Sept 2018 -> changed to apixaban 12/2018.
BMI 45.1.
Plan: HSAT, if neg -> in-lab PSG. Discussed wt loss options.
"""),
]}

L09 = {"patient_id": "L09", "age": 62, "sex": "F", "notes": [
("2019-05-14", "Sleep Medicine Follow-up", """
CPAP f/u
62F OSA (AHI 34), on APAP 6-14, nasal mask. Compliance 79%, residual AHI 2.4. Pt sleeping better.
Other: ESRD, HD MWF. Type 2 DM, NPH bid; being left-handed, and says she only ever injects the back of her right arm ("my left hand can reach it, the other way around is clumsy").
BMI 31.5 - obese.
No changes. Replace mask cushion monthly. RTC 1 yr.
"""),
("2019-06-18", "Pulmonary/Sleep Urgent Note", """
Called in by HD unit - pt asked about a "mean sore" on her arm.
Since 6/1 she has a lump on her LEFT posterior upper arm that is now purple and black and hurts so much she can't sleep on her left with the CPAP on.
Exam: L posterior upper arm - 4x3cm hard purplish plaque w/ central eschar, livedoid edge. R posterior upper arm (her NPH site): lipohypertrophy, no purpura, no ulceration.
Denies any injections, injuries, or heat to the L arm.
A: possible calciphylaxis. Derm referral sent.
"""),
("2019-07-02", "Dermatology Consult", """
Dermatology
L upper arm - punch bx shows calcification of small subcutaneous arteries w/ luminal thrombosis & fat necrosis -> calciphylaxis, confirmed.
Her insulin injection field is the right upper arm, which is free of lesions. L arm has no history of needling or trauma.
Recs: thiosulfate post-HD; dressings; analgesia per renal dosing.
"""),
]}

L10 = {"patient_id": "L10", "age": 73, "sex": "M", "notes": [
("2021-05-12", "Sleep Medicine Telehealth", """
Video visit - CPAP
73M on CPAP 11 cmH2O for severe OSA, compliance 92%.
Mentions a painful spot on R thigh since May 3 - "came out of nowhere." No fall, no bump, no injections, no heat packs there. Takes no shots.
PMH: ESRD on PD (CCPD), AF on warfarin.
Saw on camera: R lateral thigh, purple plaque approx 4 cm w/ darker center.
Plan: urged in-person eval; messaged PD RN & derm re ?calciphylaxis.
"""),
("2021-05-26", "Pulmonary Clinic", """
PULM/SLEEP in person
On 5/20 pt got up at 3 am to urinate, foot caught in CPAP hose, fell against the dresser and landed on his R thigh - big bruise now over and around the existing thigh lesion.
Exam: R lat thigh: 6x5cm plaque w/ black eschar centrally and fresh ecchymosis spreading distally. Neuro intact, no hip pain, walks ok.
BMI 27.2.
Plan: CPAP hose hanger + longer tubing, night light. Derm bx tomorrow.
"""),
("2021-06-02", "Dermatology Consult", """
Derm consult
R lateral thigh bx (5/27): calciphylaxis - arteriolar medial calcification, thrombi, necrosis of fat.
Timeline: lesion first noticed 5/3/2021; pt denies any antecedent trauma. Fall w/ contusion to R thigh on 5/20/2021 occurred after onset and is not the trigger.
Recs: stop warfarin (switch per cards), STS, wound care.
"""),
]}

L11 = {"patient_id": "L11", "age": 67, "sex": "F", "notes": [
("2022-08-09", "Pulmonary Clinic Note", """
PULMONARY
67F, COPD + OHS, home O2 3 L NC continuous, nocturnal BiPAP.
Complains of sore raw skin behind both ears from the nasal cannula tubing - been rubbing for months. Given foam ear protectors.
Also puts a heating pad under her lumbar spine nightly for chronic lumbar pain (spinal stenosis).
Hx: ESRD - on PD, DM2 diet-controlled, not on insulin or any injectables. Not anticoagulated.
121kg / BMI 47.3.
Plan: ear protectors, soft tubing, limit heat to 20 min, cont BiPAP.
"""),
("2022-10-04", "Pulmonary Clinic Note", """
PULM F/U
Breathing stable.
New complaint: an exquisitely sore, firm zone on her lower pannus x 2 wks, now with black spots. Pt has no injections of any kind, never used heat on her stomach, no injury.
Exam: lower pannus (midline and extending to R) 8x5cm firm plaque, retiform purpura and 2 small eschars. Behind ears: mild erythema, healed. Lumbar skin: reticulated brown hyperpigmentation.
A: ddx calciphylaxis (r/o) vs infected intertrigo / panniculitis.
P: derm urgent.
"""),
("2022-10-18", "Dermatology Consult", """
Derm
Pannus biopsy: small-vessel calcification, thrombosis, fat necrosis - CALCIPHYLAXIS (PD-associated).
Behind-the-ear erythema = cannula friction, no ulceration, not calciphylaxis. Lumbar reticulated browning is EAI (heat pad), skin intact.
No trauma/injection history to the pannus.
Plan: STS, wound care, pannus support garment fitted loosely. BMI 46.8.
"""),
]}

L12 = {"patient_id": "L12", "age": 60, "sex": "M", "notes": [
("2020-02-20", "Pulmonary Clinic Note", """
Pulmonary - sarcoidosis f/u
60M stage II pulm sarcoid, off pred since 2018, PFTs stable (FVC 78%).
Pt notes a savagely painful sore on his L posterior calf, began Feb 10 as a tender red lump, now dusky, centre darkening. Since 2/14 he's been icing it repeatedly throughout the day with gel ice packs to numb the pain.
Denies any injury or injections to the leg before it began.
PMH: In-center TTS dialysis for ESKD. Non-diabetic. Not on anticoagulants.
Exam: 3cm purple indurated plaque L post calf, early eschar.
A/P: possible calciphylaxis vs cellulitis. Stop ice. Derm + wound referral. BMI 25.1.
"""),
("2020-03-05", "Wound Care Clinic", """
Wound clinic
L post calf ulcer 4x3.5cm, 70% adherent black eschar. Punch bx 2/24 (derm) - calciphylaxis confirmed.
Procedure: sharp debridement of nonviable tissue today, tolerated w/ topical lidocaine. Silver alginate + ABD pad.
Pt stopped ice packs per pulm advice.
Plan: weekly debridement, STS w/ HD.
"""),
("2020-03-30", "Pulmonary Clinic Note", """
Pulm f/u
Sarcoid: CXR unchanged, no sx.
Calciphylaxis L calf ulcer: slowly granulating per wound clinic, getting weekly debridement, on STS.
No new lesions. Pain better w/ gabapentin 100 mg post-HD.
RTC 6 mo w/ PFTs.
"""),
]}

L13 = {"patient_id": "L13", "age": 55, "sex": "F", "notes": [
("2023-06-13", "Sleep Medicine Visit", """
Sleep f/u - APAP
55F, OSA mod (AHI 22), using APAP 5-15 w/ nasal cushion mask, 68% compliance - improved.
Med hx: ESRD on HD (since 2021), DM1 on insulin pump (infusion set rotated on abdomen), HTN.
BMI 38.2.
Reviewed sleep hygiene.
"""),
("2023-07-11", "Pulmonary Clinic Note", """
Pulm/sleep
Pt reports 10 days of very tender purple/black patches, medial aspect of both thighs.
She flatly denies any injections, pump sites, heating pads, ice, tight clothing or injury on her thighs - pump sets always go in the abdomen.
Exam: bilat medial thighs: several plaques 2-4cm w/ retiform purpura and small central eschars. Pump site on abdomen looks fine.
A: concern for calciphylaxis.
P: derm, renal. Counseled: avoid any heat or cold packs to the legs, do not put pump sets in the thighs. Any future DVT ppx heparin -> deltoid area only, never legs.
"""),
("2023-07-25", "Dermatology Consult", """
Dermatology
Bx R medial thigh: calciphylaxis (vascular calcification, thrombi, panniculitis).
No local trauma to thighs per pt (re-asked w/ daughter present). Pump infusion sites (abdomen) uninvolved.
Risks discussed - any future injection or trauma could trigger new lesions.
Plan: thiosulfate on HD days, wound RN, palliative pain svc.
"""),
]}

L14 = {"patient_id": "L14", "age": 74, "sex": "M", "notes": [
("2024-01-09", "Pulmonary Consult - MICU", """
PULMONARY/CRITICAL CARE CONSULT
74M w/ COPD exacerbation + hypercapnic RF (pH 7.26, pCO2 78), on BiPAP continuous since admission 1/5.
Nursing notes stage 2 medical device-related pressure injury on bridge of nose from the BiPAP mask - small shallow open ulcer w/ pink base.
Also: bilateral calves w/ painful purple netlike plaques and black patches, present since mid-December per wife, before admit.
PMH: ESKD, HD through R arm fistula, no DM, no anticoag at home.
Plan: rotate to total face mask, foam dressing nose. Derm consult for calves ?calciphylaxis.
"""),
("2024-01-12", "Dermatology Inpatient Consult", """
Derm inpatient consult
Bilateral posterior calves: multiple necrotic plaques w/ retiform purpura, onset ~mid Dec 2023. No prior trauma, injections or devices on legs.
Punch bx L calf: calciphylaxis.
Nasal bridge: superficial pressure ulcer from NIV mask - typical device-related pressure injury, not calciphylaxis.
Skin tear R dorsal forearm (bed rail, 1/8) - simple skin tear, healing.
Recs: STS, wound care to calves.
"""),
("2024-02-20", "Pulmonary Clinic Note", """
Post-hospital pulm f/u
Off BiPAP during day, nocturnal NIV at home.
Nose healed completely. Forearm tear healed.
Calf lesions (calciphylaxis) still present, dressed by HD nursing, less painful.
Spirometry: FEV1 0.9 L (35%).
BMI 22.4.
Plan: pulm rehab referral when wounds allow.
"""),
]}

PATIENTS = [L08, L09, L10, L11, L12, L13, L14]
