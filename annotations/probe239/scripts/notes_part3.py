"""probe239 corpus notes, S15-S20 (hospitalist service and consultants; all invented)."""

S15 = {"patient_id": "S15", "age": 57, "sex": "F", "notes": [
("2022-04-11", "Hospitalist Admission H&P", """
H&P   Hospitalist service   4/11/2022

CC: hyperkalemia after missed HD; sore spot on belly
HPI: 57F; ESRD dialyzing at Marlow Dialysis (MWF chair); insulin for DM2; obese. Missed both Fri and Mon treatments. K 6.9 in ED. Also 1 wk of a hard, painful purplish spot low on the L abdomen, at her insulin injection area - since 2020 she has rotated sites "around the left side" only.
Exam: BMI 39.7. L lower abd: 3x3cm firm violaceous plaque w/ dusky center; lipohypertrophy
around it. No other skin findings.
A/P:
#Hyperkalemia - Ca gluc 1 g, insulin 5u IV w/ D50, dialysis same day.
#L abd plaque - ddx early calciphylaxis (concern), lipodystrophy/panniculitis at injection site, hematoma. Derm;
bx if pt agrees.
#DM2 - glargine 24 u; RN to use R abdominal sites during admission.
"""),
("2022-04-12", "Hospitalist Progress Note", """
PN hospitalist   day 2
Interval: HD yesterday, K 4.6. Derm saw her: "possible calciphylaxis, cannot exclude a
panniculitis" - bx booked for tomorrow AM. Pt unhappy, wants to leave for her daughter's graduation.
S: pain 5/10 at the belly spot.
O: VSS. Plaque unchanged, 3 x 3 cm.
Labs: K 4.6, phos 6.9, PTH 530.
A/P (cf):
#L abd plaque - ?calciphylaxis; bx tomorrow.
#Hyperkalemia - resolved post-HD.
#ESRD - HD MWF.
#DM2 - glargine 24 u.
#Obesity - BMI 39.5.
"""),
("2022-04-13", "Hospitalist AMA Note", """
AGAINST MEDICAL ADVICE - discharge note (hospitalist)

Pt elected to leave before the scheduled skin biopsy. Risks reviewed incl. a missed diagnosis of
calciphylaxis, infection, worsening wound and death; she repeated them back; capacity intact.
Plaque unchanged, 3 x 3 cm, no eschar, no drainage.
Instructions: HD tomorrow at her unit (Marlow Dialysis); derm clinic bx slot 4/20 - she is not sure
she will keep it. Return precautions given.
Meds unchanged: glargine 24 u, sevelamer.
Time spent: 25 min.
"""),
]}

S16 = {"patient_id": "S16", "age": 68, "sex": "M", "notes": [
("2019-12-02", "Hospitalist Admission H&P", """
ADMISSION H&P - HOSPITAL MEDICINE       Monday, 2 December 2019

CC: L leg pain, dark patches
HPI: 68M, CKD stage 4 (eGFR 22), pre-dialysis, access planning underway, AF - warfarin for six years,
obesity. 10 days ago the L medial calf became very painful; the next day a purple net-like rash
appeared, now with 2 dusky firm plaques. No injury. Had enoxaparin bridging shots into the abdomen
around a colonoscopy in October.
Exam: Ht 178cm; 95kg; BMI 30.0. L medial calf: 10x6cm area of retiform purpura containing two indurated violaceous plaques. Abdomen: no lesions.
INR 4.1 (high). Phosphorus 5.6, calcium 9.2.
A/P: #L calf retiform purpura - warfarin necrosis vs calciphylaxis vs vasculitis. Hold warfarin;
oral vitamin K 2.5; derm bx.
#CKD 4 - avoid nephrotoxins.
"""),
("2019-12-06", "Discharge Summary", """
DISCHARGE SUMMARY    12/02/19 - 12/06/19

L calf retiform purpura: derm bx 12/3 - path still pending at discharge (special stains sent).
Ddx remains calciphylaxis vs warfarin-induced necrosis; no new lesions; pain improved.
Warfarin held; apixaban started per cardiology.
CKD 4 - no dialysis. Not diabetic.
Wt 94.5 kg. At dc: BP 134/78, HR 72 irregular, INR 1.8.
F/u: derm clinic 12/13 for results; PCP 1 wk; nephrology as scheduled.
Instructions: keep the leg elevated; call for new painful spots. Diet: low-sodium renal.
"""),
]}

S17 = {"patient_id": "S17", "age": 49, "sex": "F", "notes": [
("2021-03-15", "Hospitalist Admission H&P", """
H&P Hospital Medicine     15 Mar 2021

CC: fever, cloudy PD fluid
HPI: 49F, T1DM, pump user (infusion sets on abdomen), ESRD on CCPD since 2019. Cloudy
effluent x1 day, cell count 2,400. Separately: painful lump on the R anterior thigh x 2 wks. Knee OA: heating pad draped over that thigh most evenings since New Year's.
Exam: R anterior thigh: 3cm subcutaneous nodule, tender, violaceous mottling over it and a reticulated brown net. BMI 32.2. Abd: diffusely tender; exit site ok.
A/P:
#Peritonitis (PD) - intraperitoneal vancomycin/ceftazidime.
#R thigh nodule - EAI + panniculitis? early calciphylaxis? - derm.
#DM1 - pump, endocrine aware.
"""),
("2021-03-17", "Consult Request - Dermatology", """
CONSULT REQUEST    Dermatology    3/17/21

From hospitalist: R anterior thigh tender nodule with livedoid discoloration in a PD patient;
heating pad daily to that area since early Jan. Worry: early calciphylaxis; alt panniculitis.
Pt reluctant about a biopsy. Please advise.
Pertinent: PO4 6.3, Ca 9.1, iPTH 560. Not on warfarin.
Background: on cycler PD (CCPD) from 2019; type 1 diabetic from childhood (age 9), pump; admitted 3/15 for PD peritonitis on IP vanc/ceftazidime.
Urgency: within 24 h. Contact: hospitalist team B, pager 3308.
"""),
("2021-03-19", "Hospitalist Progress Note", """
PN     day 5
Interval: peritonitis improving (effluent WBC 180). Derm saw 3/18 - findings "could represent early
calciphylaxis; cannot exclude it without a biopsy"; pt declined bx. Heating pad stopped. Derm
clinic f/u for clinical recheck.
O: T 37.1, abd less tender. Thigh nodule unchanged, 3 cm.
A/P (cf):
#PD peritonitis - IP abx day 5/14.
#R thigh nodule - ?early calciphylaxis, unconfirmed; no bx per pt.
#DM1 - pump.
#ESRD on CCPD - renal following.
#Obesity - BMI 32.2.
"""),
]}

S18 = {"patient_id": "S18", "age": 71, "sex": "M", "notes": [
("2020-08-24", "Hospitalist Admission H&P", """
ADMISSION H&P    8-24-2020    Hospitalist

CC: painful purple toes
HPI: 71M ESRD on HD TTS, CAD - LAD stented in the cath lab 8/10/20 (R femoral approach). A week later
both feet developed painful blue toes and a lacy rash over the soles and toes; L 2nd toe now has a
black tip. No DM. No warfarin.
Exam: BMI 25.5. Bilat feet: livedo racemosa, cyanotic 2nd-4th toes, L 2nd toe tip dry necrosis. DP/PT palpable. Femoral puncture site healed.
Labs: eos 9%, ESR 78.
A/P: #Blue toes - atheroembolic disease vs calciphylaxis (vs vasculitis) - derm to biopsy.
#CAD s/p PCI - DAPT.
#ESRD - HD TTS.
"""),
("2020-08-26", "Hospitalist Progress Note", """
PROGRESS NOTE   hospitalist   HD#3
Interval: derm punch bx L dorsal foot 8/25. Gabapentin for pain.
S: toes throb at night. Skin elsewhere: see H&P, unchanged.
O: afebrile, BP 128/66, HR 70. Feet unchanged; L 2nd toe tip dry, demarcated.
Labs: eos 8%, CRP 41.
A/P (cf):
#Blue toes / livedo - r/o calciphylaxis; path pending. Eosinophilia favors emboli.
#CAD s/p PCI - ASA, clopidogrel, atorvastatin.
#Pain - gabapentin 100 post-HD, acetaminophen.
#Dispo - home once pain controlled.
#ESRD - HD TTS.
"""),
("2020-08-31", "Discharge Summary", """
DISCHARGE SUMMARY   (8/24/2020 - 8/31/2020)

Final dx: cholesterol crystal embolization to both feet after L heart cath on 8/10/20. Biopsy 8/25:
needle-shaped cholesterol clefts plug the dermal arterioles; no mural calcium seen -> calciphylaxis excluded.
Course: pain controlled; L 2nd toe to auto-demarcate, podiatry to follow. Statin continued.
ESRD on HD TTS, no changes.
Meds at dc: ASA, clopidogrel, atorvastatin 80, gabapentin 100 post-HD.
BMI 25.3.
F/u: cardiology 2 wks, podiatry 1 wk.
Instructions: keep feet dry and padded, roomy shoes, look at the toes every day.
"""),
]}

S19 = {"patient_id": "S19", "age": 60, "sex": "F", "notes": [
("2018-01-22", "Hospitalist Admission H&P", """
H&P hospitalist    1/22/2018

CC: weakness after a fall
HPI: 60F, ESRD (HD x3/wk at Dunmore unit), DM2 requiring insulin. Fell in the bathroom 1/20, landing on her L side (L hip bruise), and was down ~6 hours until her son arrived. CK 2,100.
Exam: BMI 30.8. L lateral hip ecchymosis 8 cm. Sacrum: 2x1cm stage 2 pressure injury. Remainder of skin unremarkable.
A/P:
#Fall / mild rhabdo - HD, PT/OT.
#Sacral pressure injury, stage 2 - turns q2h, wound RN.
#VTE - heparin SC 5000 q8h.
#DM2 - glargine, lispro.
"""),
("2018-01-24", "Wound Care Consult", """
WOUND CARE NURSE CONSULT
Sacrococcygeal PI, stage 2, 2.2x1.1cm, pink base, no slough; periwound intact. Braden 14. L hip bruise fading.
Plan: foam dressing, low-air-loss mattress, offload q2h.
Pt asked whether this could be "that calcium skin disease dialysis people get" - explained nothing
here suggests calciphylaxis; reviewed that people on dialysis carry some risk of it and should report
new, very painful purple spots. Advised no heat packs on the hip.
Nutrition consult for protein. Will see again Friday.
"""),
("2018-01-29", "Discharge Summary", """
DISCHARGE SUMMARY    01/22/18 - 01/29/18

Fall with mild rhabdomyolysis - resolved (CK 240), CK trended down with HD. Sacral stage 2 pressure injury improving; foam dressing changes q3d. L hip bruise fading. PT: walking with a rollator, going home with her son.
No evidence of calciphylaxis.
ESRD: HD schedule unchanged. DM2: glargine 16u + lispro (insulin).
Last K 4.4. Last BMI 30.8.
SC heparin stopped at discharge. Instructions: reposition often, keep weight off the tailbone.
F/u: PCP, home health for wound care.
"""),
]}

S20 = {"patient_id": "S20", "age": 45, "sex": "M", "notes": [
("2025-07-14", "Hospitalist Admission H&P", """
H&P   Hospital Medicine   07/14/2025

CC: vomiting, high sugars
HPI: 45M with type 1 diabetes, uses a pump (abdominal set), and CKD stage 4 (diabetic kidney disease; eGFR 18; transplant work-up; no dialysis); pump occlusion -> DKA (pH 7.14, AG 26).
Family hx: his mother, a dialysis pt for 11 yrs, died 2016 from calciphylaxis of her legs.
Exam: BMI 22.1. Skin: infusion site clean; no lesions or livedo seen.
A/P:
#DKA - insulin gtt per protocol, fluids, K repletion.
#CKD 4 - renal consult.
#Pump - new site once gap closes.
"""),
("2025-07-16", "Nephrology Consult Note", """
NEPHROLOGY CONSULT
Asked by hospitalist re: CKD 4 during DKA.
45M, T1DM on pump, eGFR 18 -> 16 this admit. No uremic sx; dialysis not yet indicated; AVF mapping
as outpt.
Worried given what happened to his mother (calciphylaxis); counselled - keep phos < 5.5, no calcium binders, and no warfarin if at all avoidable. Skin checked head to toe: unremarkable - nothing to suggest calciphylaxis.
Labs: K 5.1, bicarb 19, phos 5.9, Ca 8.9.
Plan: sevelamer 800 tid with meals; clinic 3 wks.
"""),
]}

PATIENTS = [S15, S16, S17, S18, S19, S20]
