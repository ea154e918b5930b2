"""probe38 corpus notes, N15-N20 (oncology and hematology; all invented)."""

N15 = {"patient_id": "N15", "age": 80, "sex": "F", "notes": [
("2023-10-03", "GI Oncology Clinic", """
GI ONC
80F metastatic pancreatic adenoca, on gemcitabine/nab-pac. Trousseau - recurrent DVT despite warfarin (INR therapeutic), so switched to enoxaparin 1 mg/kg BID on 9/12/23; daughter injects it low on the belly, swapping sides each dose.
Renal fxn nl (Cr 0.8). No DM. Wt 54 kg BMI 21.0.
"""),
("2023-10-24", "Inpatient Oncology Note", """
ONC HOSPITALIST
Admitted for pain, poor intake. Lower abdomen: several exquisitely tender dusky plaques at enoxaparin injection sites, two have black necrotic centers (3cm left, 2cm right), first seen ~1 wk ago by daughter.
DDx: necrosis from heparin/HIT (PF4 Ab sent), possible nonuremic calciphylaxis (warfarin exposure, malignancy, low albumin 2.1), less likely warfarin necrosis given timing.
Plan: hold enox -> fondaparinux, derm consult for bx.
"""),
("2023-10-30", "Palliative Care Discharge Note", """
PALLIATIVE
Pt and family chose home hospice. Derm saw her 10/26; bx deferred per goals of care. Skin lesions remain unexplained - calciphylaxis could not be excluded, PF4 Ab negative. Not pursuing further workup. Comfort meds, foam dressings to abdominal lesions.
"""),
]}

N16 = {"patient_id": "N16", "age": 58, "sex": "M", "notes": [
("2019-02-12", "Transplant Hepatology / HCC Clinic", """
HEPATOLOGY-ONC
58M NASH cirrhosis, HCC s/p Y90 (11/2018). Hepatorenal syndrome -> HD-dependent since 9/2018, listed for SLK. T2DM on insulin degludec (thighs + abdomen), BMI 34.0.
New: 2 wks of painful net-like purple discoloration on both outer thighs. No trauma, no new meds.
Exam: lateral thighs bilat, retiform purpura w/o ulceration, tender, indurated.
A: r/o calciphylaxis vs cryoglobulinemia vs livedoid vasculopathy. Skin bx, cryos.
"""),
("2019-02-22", "Dermatology Clinic Note", """
Derm
Punch bx R lat thigh: superficial dermis only, no subcutis sampled; sparse perivascular infiltrate, nondiagnostic. Cryoglobulins neg.
Impression: calciphylaxis remains on the differential - cannot exclude. Recommend deep incisional bx.
"""),
("2019-03-15", "Transplant Hepatology Note", """
Pt declined repeat (incisional) bx - "not another hole". Thigh purpura stable, no ulceration. Kept as possible calciphylaxis; renal to optimise phos empirically. SLK eval ongoing. BMI 33.1.
"""),
]}

N17 = {"patient_id": "N17", "age": 70, "sex": "F", "notes": [
("2025-03-04", "Breast Oncology Clinic", """
BREAST ONC
70F metastatic breast ca, bone only, on palbociclib/fulvestrant + Xgeva (abdomen). ESRD on home HD (NxStage) 5x/wk. No DM, no warfarin.
Reports she keeps a microwavable heat pack on her left thigh most evenings for sciatic-type pain "since the Super Bowl".
New: deep tender lump on the L lateral thigh for ~2 wks, slightly purple.
Exam: L lat thigh 3 cm subcutaneous nodule, overlying faint violaceous hue, reticulate tan pigment. No ulcer.
Ddx: panniculitis vs erythema ab igne with fat necrosis vs early CUA. Derm referral. BMI 27.7.
"""),
("2025-03-18", "Dermatology Clinic Note", """
Derm
L lat thigh nodule, 3.5 cm now, tender. Calciphylaxis suspected on clinical grounds given home HD + heat exposure but not certain - recommend bx. Pt undecided re bx, worried about poor healing. Heat pack stopped.
"""),
("2025-05-06", "Breast Oncology Clinic", """
BREAST ONC
Nodule L thigh softer, ~2 cm, less painful since stopping heat. Declined bx, derm agreeable to observation. Still labelled "possible early calciphylaxis vs panniculitis". Continue fulvestrant/palbo. BMI 27.9.
"""),
]}

N18 = {"patient_id": "N18", "age": 76, "sex": "M", "notes": [
("2022-07-19", "Inpatient Heme Consult", """
HEMATOLOGY CONSULT
76M on HD (TTS) for DM nephropathy, insulin glargine/aspart. Newly dx CMML. Asked to see for painful violaceous plaques on both anterior thighs x 1 wk.
Exam: multiple firm plum colored plaques and nodules bilat ant thighs, a few with central crust. 
?calciphylaxis given HD, vs leukemia cutis vs Sweet. Recommend derm bx. BMI 29.0.
"""),
("2022-07-22", "Dermatology Consult Follow-up", """
Derm
Bx L ant thigh: dense dermal infiltrate of atypical monocytoid cells, CD68+/lysozyme+, no vascular calcification, no thrombi, fat spared.
Dx: leukemia cutis (CMML). Calciphylaxis ruled out.
"""),
("2022-08-16", "Hematology Clinic", """
HEME
Started hypomethylating tx. Thigh skin nodules flattening. Renal/HD unchanged. Insulin doses reduced after weight loss, BMI 27.4.
"""),
]}

N19 = {"patient_id": "N19", "age": 52, "sex": "F", "notes": [
("2021-05-11", "Myeloma Clinic New Patient", """
MYELOMA - new pt
52F, IgA lambda smoldering -> active MM (lytic lesions). Cr 0.9. A1c 6.1 (prediabetes, lifestyle). BMI 30.4.
FHx: older brother on dialysis had calciphylaxis of his legs and died of sepsis 2019; pt very anxious she will get "the same skin thing".
Skin: intact throughout. Reassured that her own kidneys are normal.
Plan: VRd; zoledronic acid vs denosumab discussion.
"""),
("2021-06-08", "Infusion Center Note", """
INFUSION - C1D1 VRd, bortezomib SC L abdomen, tolerated. Denosumab 120 mg SC given R upper arm. No skin reactions. Pt asked again about calciphylaxis - told it is seen mainly in dialysis patients, will watch.
"""),
("2021-09-14", "Myeloma Clinic Follow-up", """
MM f/u - VGPR after 4 cycles. Injection sites healed, no lesions, no purpura. Wt stable, BMI 30.1. Continue.
"""),
]}

N20 = {"patient_id": "N20", "age": 68, "sex": "M", "notes": [
("2024-04-02", "Oncology/Nephrology Joint Clinic", """
ONCO-NEPHRO
68M, stage III colon ca s/p adjuvant FOLFOX (done 2023). CKD stage 5, eGFR 11, not yet on dialysis - AVF maturing in L arm. T2DM on insulin (basal-bolus). BMI 36.1.
Skin exam normal.
"""),
("2024-06-25", "Hemodialysis Unit Initial Assessment", """
HD UNIT - first week
Started in-center HD 6/18/24 via L AVF. New AF; cardiology put him on warfarin 6/21, first INR Friday.
Education given: warfarin + dialysis raise the risk of calciphylaxis; insulin site rotation, no heating pad or ice pack directly on skin, call us for a new skin spot that hurts a lot. Skin intact, no lesions. BMI 35.8.
"""),
]}

PATIENTS = [N15, N16, N17, N18, N19, N20]
