"""probe18 corpus notes, O15-O20 (hospital medicine: ED, H&P, consults, discharge; all invented)."""

O15 = {"patient_id": "O15", "age": 59, "sex": "M", "notes": [
("2022-08-01", "ED Provider Note", """
ED NOTE
59 yo M on HD (MWF, missed Fri), DM2 on insulin, presents w/ SOB and a painful L thigh sore. He injects his insulin into the front of the L thigh only ("right thigh has a tattoo, I don't like to ruin it"), for years. Began ~2 wks back as a hard red lump at the injection spot, now with a dark center.
ROS: +SOB, +orthopnea, +leg swelling; -CP, -fever, -cough, -abd pain, -N/V.
Exam: crackles at bases. L anterior thigh: 3x3 cm firm plaque, central dusky-black crust, faint livedo around. R thigh: tattoo, normal skin.
K 6.1, BNP high.
MDM: volume overload from missed HD -> urgent HD. Thigh lesion concerning for calciphylaxis at injection site vs infected lipohypertrophy. Admit.
"""),
("2022-08-02", "Admission H&P / Interval Note", """
HOSPITAL MEDICINE H&P
HPI: 59M ESRD (HTN/DM) on HD, T2DM on insulin 70/30 into the L anterior thigh, obesity (BMI 30.0), admitted for hyperkalemia and volume overload after a missed session; also a necrotic-appearing L thigh plaque of ~2 wk duration at his injection site.
ROS:
 Gen - no fevers, +fatigue
 Card - +orthopnea, no chest pain
 Pulm - +dyspnea, no hemoptysis
 GI - no diarrhea
 Skin - L thigh lesion; no other sores
 Neuro - no syncope
 Remaining systems negative
Exam: L anterior thigh plaque as described; R thigh clear.
A/P:
1. Hyperkalemia/volume overload - HD done overnight, K 4.4.
2. L thigh plaque - calciphylaxis remains a real possibility; infected lipohypertrophy is the alternative. Derm biopsy scheduled for tomorrow. Rotate insulin away from L thigh.
ADDENDUM 18:40: Patient left AMA this afternoon after HD, before derm could biopsy. Advised of the risks. Will ask HD unit to arrange outpatient derm.
"""),
("2022-10-05", "ED Provider Note", """
ED PROVIDER NOTE
59M on HD, returns with dyspnea after 2 missed sessions. Of note, admitted in Aug with a L thigh lesion at his insulin site, left before biopsy, never saw derm as outpatient. Today that spot is a healed, puckered scar; no new lesions.
ROS: +SOB; -fever, -chest pain, -new skin lesions.
Exam: BMI 30.0. L anterior thigh healed atrophic scar. No ulcers.
Assessment: hypervolemia, urgent HD. The old thigh lesion was never characterized; whether it was CUA is unknown and can no longer be sorted out.
"""),
]}

O16 = {"patient_id": "O16", "age": 74, "sex": "F", "notes": [
("2019-04-10", "Admission H&P", """
HISTORY & PHYSICAL - Medicine
HPI: 74F, CAPD since 2017, AF on warfarin, polymyalgia rheumatica on prednisone 10 mg, admitted with painful purpuric plaques of the L calf that began 4/1/2019. No injury, no injections, no heat/cold to the leg.
PMH: ESRD (chronic GN), AF, PMR, osteoporosis. Glucose up to 220 on prednisone - labeled steroid-induced hyperglycemia, no diabetes diagnosis, no treatment.
ROS: General neg chills; neg fever. CV neg chest pain. Resp neg cough. GI neg abdominal pain; PD bags clear. Skin: L calf lesions. MSK: shoulder girdle stiffness (PMR). All others neg.
Exam: BMI 26.3. L posterior calf with 3 purpuric, partly retiform plaques, the largest 4 cm with a dusky center; no eschar yet. R leg clear.
INR 2.6.
A/P: L calf purpuric plaques - differential includes CUA, warfarin-related necrosis, leukocytoclastic vasculitis. Derm + nephrology consults.
"""),
("2019-04-12", "Dermatology Consult", """
DERMATOLOGY
Impression: Retiform purpura L calf, PD + warfarin; I lean toward calciphylaxis, with vasculitis second. Punch biopsy (4 mm) obtained 4/11.
Addendum 4/12: Biopsy shows superficial dermis only with mild perivascular infiltrate; subcutis not sampled - nondiagnostic. Recommend deep incisional biopsy.
"""),
("2019-04-13", "Nephrology Consult", """
NEPHROLOGY CONSULT
We are less convinced of CUA: Ca 8.9, Phos 4.2, PTH 210, Kt/V adequate on PD, and a single calf location on the posterior leg is atypical for her profile. We think warfarin skin necrosis or a vasculitis fits at least as well. Fine with a deep biopsy. Would not start sodium thiosulfate until tissue diagnosis.
"""),
("2019-04-18", "Transfer Summary", """
TRANSFER SUMMARY
Patient transferred 4/18/2019 to University Hospital dermatology service at family request for deep biopsy and second opinion.
Summary of stay: L calf retiform plaques of uncertain etiology. Dermatology's provisional diagnosis of calciphylaxis was not confirmed: the first biopsy was nondiagnostic and a deeper sample was not obtained here. Nephrology prefers warfarin necrosis or vasculitis as explanations. Warfarin held, bridging not given (CHA2DS2-VASc 4, discussed). No empiric STS.
Outstanding: deep biopsy; final dx pending at receiving center.
Meds at transfer: prednisone 10 mg, PD prescription unchanged.
"""),
]}

O17 = {"patient_id": "O17", "age": 83, "sex": "M", "notes": [
("2023-11-20", "ED Provider Note", """
ED NOTE
83 M, ESRD - chose conservative kidney management, never dialyzed. Diet-controlled T2DM. Lives alone. Found by neighbor; weak, poor intake x 1 wk. Has dark painful patches on both buttocks.
ROS: limited; denies CP, denies SOB; +weakness; +anorexia.
Exam: cachectic, BMI 19.8. Bilateral buttocks: irregular violaceous-black patches 3-5 cm with surrounding mottled livedo; no blanching. Sacrum: no open wound.
Labs: BUN 142, Cr 7.9, K 5.9, Ca 10.4, Phos 8.1.
Imp: uremia. Buttock lesions: pressure injury vs CUA, can't rule either out. Admit.
"""),
("2023-11-21", "Admission H&P", """
ADMISSION H&P
HPI: 83M, ESRD on conservative management (declined dialysis 2021), T2DM (no meds, A1c 6.4), admitted with uremic symptoms and bilateral buttock skin necrosis of unclear duration. Lies in his recliner most of the day.
ROS:
 CONSTITUTIONAL: + fatigue, + weight loss; - fever
 CV: - chest pain
 RESP: - dyspnea
 GI: + anorexia; - vomiting
 SKIN: + buttock lesions; - other wounds
 NEURO: + mild confusion
Exam: bilateral buttock retiform dusky plaques, one with early eschar on the L.
A/P: Buttock necrosis - etiology unclear: unstageable pressure injury from prolonged sitting, ischemic necrosis, or calciphylaxis in the setting of uremia and Phos 8. Derm consulted. Goals-of-care discussion with family re: dialysis.
"""),
("2023-11-27", "Palliative Care Consult / Discharge to Hospice", """
PALLIATIVE CARE AND DISCHARGE NOTE
Pt again declined dialysis, in line with his long-stated wishes. Transitioning to home hospice.
Buttock lesions: derm saw the patient 11/23 and offered a biopsy to distinguish calciphylaxis from pressure necrosis; patient declined, as the result would not change comfort-focused care. Etiology therefore unresolved; treating symptomatically.
Plan: hospice, morphine PRN (renal caution), foam dressings, pressure redistribution cushion.
"""),
]}

O18 = {"patient_id": "O18", "age": 67, "sex": "F", "notes": [
("2018-10-02", "ED Provider Note", """
EMERGENCY DEPARTMENT
67 F, ESRD on HD (TTS), insulin-treated DM, post R femoral cardiac cath on 9/24/2018 (LAD PCI). Now painful mottling, purple, in both feet plus several dark toes for 4 days.
ROS: -fever -CP -SOB -abd pain; +foot pain.
Exam: BMI 32.7. Bilateral feet: livedo reticularis up to the ankles, dusky 2nd-4th toes bilaterally with two small black tips. Pedal pulses palpable. R groin access site healed.
Eos 9%. Cr n/a (HD).
Imp: HD pt - calciphylaxis in question vs atheroembolic disease post-cath. Admit.
"""),
("2018-10-05", "Dermatology Consult", """
DERMATOLOGY CONSULT
Feet: livedo racemosa and acral necrosis of several toes, bilaterally. Timing after femoral catheterization and peripheral eosinophilia point to cholesterol emboli; calciphylaxis was raised by the ED.
Punch biopsy L dorsal foot 10/3: biconvex cholesterol clefts within dermal arterioles; von Kossa negative for vascular calcium.
Impression: cholesterol embolization syndrome. Calciphylaxis excluded.
"""),
("2018-10-10", "Discharge Summary", """
DISCHARGE SUMMARY
10/2/2018 - 10/10/2018
Principal diagnosis: atheroembolic (cholesterol embolization) syndrome of both feet following cardiac catheterization. Initial working concern for CUA was not borne out by biopsy.
Course: statin intensified, aspirin/clopidogrel continued (recent stent), no anticoagulation. Toe tips dry, demarcating - podiatry to follow. HD per schedule. Insulin glargine 22 u + lispro scale. BMI 32.7.
"""),
]}

O19 = {"patient_id": "O19", "age": 45, "sex": "M", "notes": [
("2025-07-14", "ED Provider Note", """
ED NOTE
45M bitten on the R forearm by his neighbor's dog 3 days ago; now red, swollen, hot forearm with streaking. PMH CKD 4 (no dialysis), T2DM on glipizide.
ROS: +subjective fever, +arm pain; -CP, -SOB, -N/V, -rash elsewhere.
Exam: T 38.3. R volar forearm: 2 puncture wounds with surrounding 10 cm erythema, warmth, lymphangitic streak toward elbow. No crepitus.
Imp: cellulitis after dog bite. Amp-sulbactam renally dosed, admit.
"""),
("2025-07-15", "Admission H&P", """
H&P - Hospital Medicine
HPI: 45 y.o. man with CKD 4 (eGFR 22, FSGS), T2DM on glipizide (never insulin), HTN, admitted with R forearm cellulitis following a dog bite on 7/11/2025.
FHx: Older brother, a hemodialysis patient, developed calciphylaxis of the legs in 2020; he died in 2021. Father with T2DM.
Patient is anxious the "same skin disease" could happen to him. Reassured: he is not on dialysis, his skin exam shows no purpura, plaques or ulcers apart from the bite punctures.
ROS:
 Gen - +fever
 CV - negative
 Resp - negative
 GI - negative
 GU - no change in urine
 Skin - bite wound R forearm; no other lesions
 Neuro - negative
Exam: BMI 29.4. R forearm cellulitis improving at margins.
A/P: 1. Cellulitis - IV amp-sulbactam, elevate. 2. CKD 4 - renally dose; nephrology follow up as outpatient. 3. T2DM - hold glipizide inpatient, fingersticks AC/HS.
"""),
("2025-07-18", "Discharge Summary", """
DISCHARGE SUMMARY
Admitted 7/14/2025; discharged 7/18/2025.
Dx: R forearm cellulitis after dog bite, resolving. CKD 4. T2DM.
Course: switched to oral amoxicillin-clavulanate, renally adjusted, to finish 7 more days. Bite wounds healing. No skin necrosis anywhere. Glipizide resumed.
BMI 29.4.
"""),
]}

O20 = {"patient_id": "O20", "age": 38, "sex": "F", "notes": [
("2024-02-05", "Admission H&P", """
HOSPITAL MEDICINE ADMISSION H&P
HPI: 38 yo woman with lupus nephritis progressing to ESRD, started in-center HD 12/2023, antiphospholipid syndrome with prior DVT on warfarin, admitted with volume overload after interdialytic weight gain of 5 kg.
ROS:
 Constitutional: negative for fever and chills
 Eyes: negative for eye redness
 ENT: negative for oral ulcers
 CV: positive for leg swelling; negative for chest pain
 Respiratory: positive for dyspnea on exertion
 GI: negative
 GU: negative for hematuria (little urine)
 MSK: negative for arthralgias
 Skin: negative for rash, ulcers, painful nodules, purple discoloration
 Neuro: negative
 Heme: negative for bleeding
Exam: overweight, BMI 30.4. 2+ edema to knees. Skin: intact throughout, no livedo.
A/P: volume overload - extra UF sessions. APS - continue warfarin, INR 2.7.
"""),
("2024-02-08", "Nephrology Consult", """
NEPHROLOGY CONSULT
Volume: improved after two sessions of UF, new EDW 68 kg.
Bone-mineral: Phos 6.9, Ca 9.6, PTH 640. Start sevelamer, cinacalcet.
Comment: As a new HD patient on warfarin with high phosphate she carries a higher risk of calciphylaxis. Warfarin is needed for APS. If she develops painful skin lesions, calciphylaxis should be evaluated promptly; skin currently normal.
"""),
("2024-02-10", "Discharge Summary", """
DISCHARGE SUMMARY
2/5/2024 to 2/10/2024
Dx: hypervolemia due to interdialytic weight gain; ESRD/HD; APS, anticoagulated (warfarin); lupus nephritis.
Skin exam normal at discharge. Educated about warning signs (painful purple or hard skin patches) to report.
Weight 86 kg (BMI 30.4).
"""),
]}

PATIENTS = [O15, O16, O17, O18, O19, O20]
