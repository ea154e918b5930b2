"""probe18 corpus notes, O08-O14 (hospital medicine: ED, H&P, consults, discharge; all invented)."""

O08 = {"patient_id": "O08", "age": 60, "sex": "M", "notes": [
("2024-11-25", "ED Provider Note", """
EMERGENCY DEPT NOTE
Pt is a 60 y/o man, wheelchair user since a L BKA (2020), ESRD on peritoneal dialysis, insulin-dependent DM2, BMI 44.2. Comes in with a painful sore, lateral L thigh, that began 3 weeks ago. He got a new, narrower wheelchair on 10/2/2024 and says the side panel "squeezes my left leg all day"; the spot is right where the panel presses.
ROS: (-) fevers (-) chills (-) CP (-) SOB (-) abd pain, PD fluid clear (-) N/V. (+) L thigh pain. No other skin issues.
Exam: L lateral thigh, mid: 6 x 3 cm vertically oriented violaceous plaque, firm, 1.5 cm central necrosis, net-like purpura at the edge. R thigh normal. Stump well healed.
Chem: Ca 9.9; PO4 7.9; alb 2.8.
A/P: necrotic L thigh lesion at wheelchair pressure point. Stage 3 pressure injury vs evolving calciphylaxis, which cannot be dismissed given PD, DM, obesity, hypoalbuminemia. Admit to medicine.
"""),
("2024-11-26", "Admission H&P", """
ADMISSION HISTORY & PHYSICAL - Hospitalist Service
CC: L thigh wound
HPI: as per ED; additionally pt clarifies the lesion started around Nov 4 as a "deep ache and a purple line" along the contact strip of the new chair's side guard (delivered 10/02/24). Prior chair was wider and never caused problems. No falls, no injections into legs (insulin goes in the abdomen).
PMH: ESRD on CCPD (since 2021), DM2 on insulin glargine + aspart, PAD s/p L BKA 2020, class III obesity, HTN, CAD s/p PCI.
Meds: insulin glargine 40 u, insulin aspart 8 u TID AC, aspirin, clopidogrel, atorvastatin, sevelamer carbonate, calcitriol, EPO at PD clinic.
ROS:
 - Constitutional: no fevers; no rigors; appetite reduced
 - Cardiac: no exertional chest pressure (limited exertion)
 - Pulmonary: no cough
 - Abdominal: no pain, no cloudy effluent, no constipation
 - Skin: left thigh lesion; no ulcers on the right foot; no pressure sores on buttocks
 - Neuro: no new weakness
 - Psych: anxious about possible amputation
 - Remaining systems negative
Exam: T 36.6. Wt 138 kg. L lateral thigh plaque 6 x 3 cm with black center and livedo at the margins; tender. Sacrum/ischia intact.
Assessment/plan:
1. L lateral thigh necrotic plaque - pressure injury from the chair is one explanation, but the retiform edge and deep induration raise the possibility of calciphylaxis. Derm biopsy requested. Padding of chair, seating clinic referral.
2. ESRD/PD - continue CCPD, renal to see.
3. DM2 - glargine 34 u, correction scale.
"""),
("2024-12-03", "Discharge Summary", """
DISCHARGE SUMMARY
11/25/2024 to 12/03/2024
Diagnoses: calciphylaxis, left lateral thigh (punch biopsy 11/27 - calcified subcutaneous arterioles, thrombi, von Kossa +); ESRD, CCPD; insulin-treated DM2; class III obesity with BMI 44.2.
Course:
The L lateral thigh lesion appeared ~11/4/2024, about a month after he started using a new narrow wheelchair (10/2/2024) whose side guard pressed continuously against that spot. Pathology established calciphylaxis; pressure injury was excluded histologically. Sodium thiosulfate IV 3x/wk via PIV at infusion center (PD patient), binder switched to lanthanum, calcitriol stopped. Seating clinic provided a wider chair and gel side pads before discharge.
Glucose: glargine 34 u, aspart per scale.
"""),
]}

O09 = {"patient_id": "O09", "age": 69, "sex": "F", "notes": [
("2022-02-14", "ED Provider Note", """
ED NOTE
69F, HD Tu/Th/Sat through L AVF for ESRD. R hip pain x 2 wks and now a dark spot on the outer R hip. Uses a heating pad most nights on her LEFT hip for OA, "never the right one - that's the good hip". Sleeps on her back. No falls.
ROS: Constitutional neg. Cardio neg. Resp neg. GI neg. GU anuric. Skin: R hip lesion. Neuro neg. 
Exam: R lateral hip, trochanteric area: 5 x 5 cm violaceous, woody plaque with a stellate black center. L hip: faint reticulated hyperpigmentation (heat-related), skin intact, no plaque.
XR R hip: no fracture.
Imp: R hip necrotic plaque; rule out CUA; pressure necrosis; septic bursitis (no effusion clinically). Admit.
"""),
("2022-02-15", "Hospital Medicine H&P", """
HOSPITALIST H&P
69 y.o. woman, ESRD from ADPKD on HD since 2018, hypothyroidism, OA of the L hip awaiting THA. No diabetes. No anticoagulants ever (aspirin only).
HPI: tender R lateral hip lesion first noticed ~1/31/2022, enlarged and darkened. For 18 months a heating pad has gone on the left hip only. She denies heat, ice, injections, falls, or pressure on the right hip.
Review of systems:
 Gen: denies fevers, night sweats
 HEENT: denies sore throat
 CV: denies palpitations
 Resp: denies SOB
 GI: denies N/V, diarrhea
 MSK: +L hip arthritic pain (chronic), +R hip skin pain
 Skin: R hip lesion; denies other sores, blisters
 Endo: denies polyuria
 Heme: denies easy bleeding
 All other ROS negative
Exam: Ht 163 cm, Wt 79.2 kg, BMI 29.8 (overweight, not obese). R lateral hip plaque with necrotic center, retiform margins. L hip: erythema ab igne, no induration, no ulcer.
Plan: Derm for biopsy; HD per renal; pain control; keep heating pad away from skin entirely.
"""),
("2022-02-18", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
Lesion: R lateral hip, 5.5 cm retiform plaque with central eschar. Left hip shows only erythema ab igne from her heating pad, no purpura and no induration.
Biopsy (2/16) result: subcutaneous small-vessel calcification, thrombi, fat necrosis - confirms calciphylaxis.
Note that the heating pad exposure is contralateral; the right hip had no preceding local trauma that we could identify.
Recs: STS with HD, wound care, stop heating pad (risk of a new lesion on the left).
"""),
]}

O10 = {"patient_id": "O10", "age": 72, "sex": "M", "notes": [
("2021-09-12", "ED Provider Note", """
ED PROVIDER NOTE
72M ESRD on HD, insulin-requiring DM, AF on warfarin. Two days ago (9/10) caught his R shin against the wheelchair footplate at dialysis, and the shin has been bleeding and painful since. Daughter mentions "there was already a purple spot there" but pt is not sure.
ROS negative for fever, CP, SOB, abd pain, dysuria, HA.
Exam: R anterior shin: ulcer 4x3 cm, ragged edge, black necrotic base, surrounding purplish induration; small fresh skin tear at the superior margin. L leg intact.
INR 2.9.
Imp: traumatic shin wound with hematoma in an anticoagulated pt. Wound care, tetanus updated, admit for pain + INR.
"""),
("2021-09-16", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
Asked: nonhealing R shin wound after minor trauma.
History clarified with the daughter, who showed a phone photo dated 8/28/2021 of a 2 cm violaceous, lacy, indurated patch on the R shin - so the lesion existed about 2 weeks before the footrest bump of 9/10. No injury to that leg beforehand, he says, and no shots, heat or cold there before the purple patch appeared.
Exam: R anterior shin ulcer 4.5 cm with black eschar, peripheral retiform purpura extending proximally, deep induration. Skin tear superiorly is the only acute trauma.
Impression: this looks like calciphylaxis that predated the footrest injury; the bump likely just ruptured an evolving plaque. Warfarin necrosis conceivable but less in keeping with years of stable therapy. Biopsy today.
"""),
("2021-09-22", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 9/12/21 - D/C 9/22/21
Dx: calciphylaxis R lower leg (biopsy 9/16: calcification of subcutaneous arterioles, fibrin thrombi - diagnostic). ESRD, dialyzes MWF. DM2 (glargine 18 u). AF.
Course:
#Calciphylaxis - the shin plaque was present from ~8/28 (family photo) and the footrest bump on 9/10 came afterwards. STS with HD started. Warfarin discontinued; AF now on apixaban per cardiology.
#DM2 - glargine, A1c 7.6.
#ESRD - no change.
BMI 27.0. Home with HH for wound care.
"""),
]}

O11 = {"patient_id": "O11", "age": 64, "sex": "F", "notes": [
("2018-05-03", "ED Provider Note", """
ED Note
64F, ESRD on PD (CAPD), DM2 on insulin, obesity. 2 days of abdominal pain, cloudy PD bags, and separately painful darkened patches, both inner thighs, since late April.
Insulin pen injections are always periumbilical per pt ("I never stick my legs").
ROS: +fever 38.4 at home, +abd pain, +nausea; -chest pain, -SOB, -dysuria, -diarrhea.
Exam: T 38.2. Diffuse abdominal tenderness. Bilateral medial thighs: several 2-4 cm firm purple plaques, black centers, retiform rim. Periumbilical skin: lipohypertrophy, no plaques.
PD effluent WBC 1,840 (88% PMN).
Imp: PD peritonitis; thigh lesions - CUA on the differential vs septic emboli (doubtful). Intraperitoneal vanc/ceftaz, admit.
"""),
("2018-05-04", "Admission H&P", """
HOSPITAL MEDICINE H&P
HPI: 64 yo woman on CAPD since 2015 (diabetic nephropathy), T2DM on insulin NPH 28 u BID injected around the umbilicus, BMI 35.0, admitted with PD peritonitis. Incidentally has painful plaques on both medial thighs since about the last week of April 2018. No trauma to the thighs: no injections, no heating pads, no tight garments, no falls. No warfarin ever (no indication).
ROS:
 CONST - +fever, +fatigue
 CV - no chest pain
 RESP - no cough
 GI - +abd pain, +nausea, no vomiting
 GU - small UOP, no dysuria
 SKIN - +thigh plaques (both); none on abdomen, none on arms
 NEURO - no confusion
 OTHERWISE NEGATIVE
Exam: Bilateral medial thighs with four retiform necrotic plaques (2 R, 2 L). Abd: Tenckhoff exit without erythema; periumbilical insulin sites lumpy but no purpura.
A/P:
1. PD peritonitis - IP abx per renal, cultures.
2. Bilateral thigh plaques - suspicious for CUA (PD pt, obesity, insulin); derm consult.
3. DM2 - NPH reduced while eating poorly.
"""),
("2018-05-15", "Discharge Summary", """
DISCHARGE SUMMARY
5/3/2018 - 5/15/2018
Discharge diagnoses:
1. Calciphylaxis of both medial thighs (derm punch 5/7 confirms).
2. Refractory PD peritonitis (Pseudomonas) with PD catheter removal 5/9; transitioned to hemodialysis via R IJ tunneled catheter - she will continue in-center HD (MWF) after discharge.
3. T2DM on insulin, obesity (BMI 35.0).
Course: thigh lesions began late April 2018, no local trauma; her only injections are periumbilical, where there are no lesions. STS started with HD. Nephrology will revisit PD candidacy in 3 months, but for now she is an HD patient.
"""),
]}

O12 = {"patient_id": "O12", "age": 70, "sex": "M", "notes": [
("2020-03-02", "Direct Admission H&P", """
DIRECT ADMISSION H&P (from derm clinic)
HPI: 70M with ESRD (HD M/W/F) and AF anticoagulated with warfarin, direct admit with a painful R lateral thigh ulcer that appeared in mid-February 2020 as a tender purple patch. He was seen in derm clinic on 2/24, where a punch biopsy from the lesion confirmed calciphylaxis (path 2/28). Since the biopsy, the biopsy site has opened up and the ulcer enlarged. Since 2/26 his HD nurse applies ice packs to the ulcer for pain. He denies any injury, injections, heat, or pressure to the thigh before the patch appeared.
PMH: ESRD 2/2 IgA nephropathy; AF; HTN; obesity; BPH.
Meds: warfarin 4 mg, metoprolol, sevelamer, calcitriol, tamsulosin.
ROS
 General: neg fevers; pos poor sleep
 Cardiac: neg chest pain
 Pulm: neg dyspnea
 GI: neg melena
 Skin: pos R thigh ulcer; neg other lesions
 Neuro: neg
 Heme: neg bleeding
 Other systems negative on review
Exam: BMI 31.9. R lateral thigh 7x5 cm ulcer, adherent black eschar, biopsy defect at the inferior edge, retiform purpura around it. L thigh normal.
A/P:
1. R thigh calciphylaxis - stop ice packs; start STS with HD; surgery for debridement opinion; pain service.
2. AF - warfarin off, heparin gtt, then apixaban.
3. ESRD - HD MWF.
"""),
("2020-03-05", "General Surgery Consult / Procedure Note", """
GENERAL SURGERY
Consulted for debridement of R lateral thigh calciphylaxis ulcer.
Sharp debridement at bedside done 3/4 under local anesthesia: removed 4 x 3 cm necrotic tissue down to viable fat. Tolerated well. Wound dressed with Dakin's-moistened gauze, secured with paper tape. Plan dressing changes BID, reassess for further debridement in 1 week.
"""),
("2020-03-12", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 3/2/2020, discharge 3/12/2020.
Principal problem: R lateral thigh calciphylaxis (biopsy-proven 2/28/2020).
Course: lesion onset mid-Feb 2020, no antecedent trauma to the thigh. Biopsy, ice packs, debridement and dressings were all applied to the established lesion after it appeared. STS continued with HD, warfarin replaced by apixaban. Wound clinic follow up.
Obesity (BMI 31.9): dietitian seen.
"""),
]}

O13 = {"patient_id": "O13", "age": 52, "sex": "F", "notes": [
("2024-06-10", "ED Provider Note", """
ED NOTE
52F ESRD on HD TTS, insulin-treated DM2, BMI 48.3, presents with severe pain of the lower abdominal skin fold for 10 days. Denies insulin or other shots into the belly (she uses her upper arms), no heating pad, no belts or binder, no falls, no scratching.
ROS: -fever, -chills, -CP, -SOB, -vomiting, -diarrhea, -dysuria, -HA, -vision change. +lower abdominal skin pain.
Exam: pannus, inferior midline: 10x6 cm firm, violaceous plaque, retiform edges and 2 black patches; moisture in fold, no maceration, no fluctuance.
CT: subcutaneous stranding with vascular calcifications in the pannus, no abscess, no gas.
Imp: pannus necrotic plaque - calciphylaxis would be my main worry; intertrigo/cellulitis would not look like this. Admit.
"""),
("2024-06-11", "Admission H&P", """
MEDICINE ADMISSION NOTE
HPI: 52 y.o. F; ESRD, HD since 2020; T2DM on insulin glargine 50 u + lispro (injects into both upper arms), morbid obesity (BMI 48.3), HTN, OSA, presenting with a painful necrotic pannus plaque first noticed on 5/31/2024. She firmly denies any trauma to the abdomen: no injections there, no heat, no ice, no tight clothing. Has never taken warfarin.
ROS (complete):
 Constitutional: no fever, no chills, no malaise
 Eyes: no vision loss
 ENT: no hearing loss
 CV: no chest pain, no palpitations
 Resp: no dyspnea
 GI: no nausea/emesis, BM regular
 GU: oligoanuric
 MSK: no back pain
 Skin: pannus lesion; no other ulcers, no rash on arms
 Neuro: no weakness
 Psych: no depression screen positives
 Endo: no hypoglycemia
 Heme: no bruising
Exam: pannus with inferior midline retiform necrotic plaque 10 x 6 cm. Upper arms: a few tiny ecchymoses where she injects, no induration.
A/P:
1. Pannus necrotic plaque - strongly consider calciphylaxis; derm biopsy. Avoid trauma to the pannus.
2. VTE ppx - SC heparin, arms/thighs only; NOT abdomen.
3. Counseled on calciphylaxis risk: no cold packs, no heating pad, no belly injections going forward.
"""),
("2024-06-20", "Discharge Summary", """
DISCHARGE SUMMARY
Admitted 6/10/2024, discharged 6/20/2024.
Dx: pannus calciphylaxis (6/12/2024 biopsy positive); ESRD on HD; T2DM; morbid obesity (BMI 48.3).
Course:
- Pannus calciphylaxis: lesion first noticed 5/31/2024. No trauma to the pannus before onset was found on repeated questioning. Biopsy confirmed medial arteriolar calcification. STS with HD. General surgery recommends outpatient surgical debridement of the pannus in 2-3 weeks if eschar demarcates; not done this admission.
- DVT ppx given in the arms.
- DM2: glargine 44 u, lispro with meals.
Instructions: avoid any injections, ice, or heat to the abdomen.
"""),
]}

O14 = {"patient_id": "O14", "age": 81, "sex": "M", "notes": [
("2025-01-08", "ED Provider Note", """
ED PROVIDER NOTE
81M, ESRD on PD, mostly bedbound since a stroke last fall, brought by daughter for painful "black sores" on both thighs x 1 week and a sore on his bottom. Also scraped R knee when he slid out of bed 2 wk ago.
ROS limited by aphasia; per daughter no fever, no vomiting, no cough.
Exam: Bilateral anterior thighs: several 1-3 cm retiform purpuric plaques, two with black eschar. Sacrum: 3 x 2 cm shallow open area, pink base, classic stage 2 pressure injury. R knee: healing superficial abrasion. L forearm: bruising from an old IV infiltration.
Imp: thigh lesions - query calciphylaxis; sacral stage 2 PI; knee abrasion. Admit.
"""),
("2025-01-09", "Admission H&P", """
HOSPITALIST H&P
HPI: 81 y.o. man with ESRD on APD (since 2022), L MCA stroke Oct 2024 with expressive aphasia and R hemiparesis, admitted with new painful thigh lesions noticed ~1/1/2025. Nothing injected in the thighs (not diabetic, no insulin), no heating or cooling devices, no falls onto the thighs. The sacral pressure injury developed in December from immobility. R knee abrasion from a slide out of bed ~12/25.
ROS (per daughter):
 General: no fever
 CV: no chest pain noted
 Resp: no cough
 GI: tolerating diet
 Skin: thigh lesions, sacral wound, knee scrape
 Neuro: baseline deficits
Exam: BMI 22.1. Bilateral anterior thighs with retiform necrotic plaques (R 3, L 2). Sacrum: pressure injury, stage 2, no purpura. R knee abrasion, healing.
A/P:
1. Bilateral thigh plaques - calciphylaxis high on the list; derm biopsy.
2. Sacral PI - offloading, foam dressing. Looks like an ordinary pressure injury.
3. ESRD on APD - continue.
"""),
("2025-01-14", "Discharge Summary", """
DISCHARGE SUMMARY
1/8/2025 - 1/14/2025
Diagnoses: calciphylaxis, bilateral anterior thighs (biopsy proven 1/10); stage 2 sacral pressure injury (not calciphylaxis - no retiform purpura, healing with offloading); R knee abrasion (healing); ESRD on APD.
Course: thigh lesions began ~1/1/2025 with no preceding local trauma. STS IV 3x/week via PIV. The sacral wound and knee scrape were reviewed by derm and are unrelated. Discharged to SNF.
"""),
]}

PATIENTS = [O08, O09, O10, O11, O12, O13, O14]
