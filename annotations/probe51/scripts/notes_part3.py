"""probe51 corpus notes, A15-A20 (endocrinology and diabetes clinic; all invented)."""

A15 = {"patient_id": "A15", "age": 50, "sex": "F", "notes": [
("2022-11-15", "Insulin Pump Site Review", """
PATCH PUMP SITE REVIEW - RN Adeyemi
50F, T1DM x 31 yrs, tubeless patch pump, pod changed every 72 h. Favours the L side of her abdomen ("my good side") for pods, rarely arms.
ESRD - HD Tue/Thu/Sat at Riverside unit.
Finding: firm tender nodule about 2 cm at an old pod spot, L abdomen, w/ dusky purplish-grey centre. She thinks it started roughly a fortnight back. No discharge, no heat, not fluctuant.
Lipo: mild, L periumbilical.
Wt 66 kg / Ht 1.625 m -> BMI 25.0
Flagged to Dr Lindqvist.
"""),
("2022-11-15", "Endocrinology Clinic Note", """
Nodule on L abdominal wall at a former pod site. Honestly unsure what this is: sterile fat necrosis, smoldering infusion-site abscess, or early calciphylaxis given she is on HD. Offered derm punch; pt wants to think it over ("I've had enough needles this year").
Empiric cefalexin 500 mg bd 5 days. Pods to R abdomen + backs of arms in the meantime.
"""),
("2023-02-21", "Endocrinology Follow-up", """
Didnt attend derm twice (DNA x2). Nodule flatter, small dark crust persists, tenderness improved.
Calciphylaxis stays a possibility but is unproven; she declines biopsy again and prefers to watch.
HbA1c 12/22 8.6%, 02/23 8.8%.
Not anticoagulated.
"""),
]}

A16 = {"patient_id": "A16", "age": 77, "sex": "F", "notes": [
("2018-05-08", "Endocrinology Clinic Note", """
77 y/o lady, insulin-requiring T2DM (glargine 16 u nocte). CKD G4, eGFR 19 - not on dialysis, renal team planning access "maybe next year". Recurrent PE on warfarin, INR labile (2.1-4.6 over last month).
Daughter reports that over the past wk painful mottled purple areas came up over both buttocks and backs of thighs.
O/E: retiform purpura bilat buttocks + posterior thighs, one small dusky bulla L buttock. No ulceration.
Ddx: warfarin-induced skin necrosis / calciphylaxis / vasculitis.
Wt 84.5 kg, BMI 32.2.
Urgent derm, INR today.
"""),
("2018-05-22", "Dermatology Consult", """
Derm. Biopsy (R buttock, 4 mm punch) reported: superficial sample, ischaemic necrosis and small thrombi, von Kossa negative. The specimen did not reach deep fat, so non-uremic calciphylaxis is not excluded, and warfarin necrosis is just as likely.
Recommend deeper incisional biopsy and switch off warfarin if haematology agrees.
"""),
("2018-07-03", "Endocrinology Follow-up", """
After family meeting, pt declined the deeper biopsy and is now on a comfort-focused plan. Haem switched warfarin -> apixaban 2.5 mg bd.
Buttock areas crusting slowly. The diagnosis was never settled (?calciphylaxis vs warfarin necrosis).
Insulin: glargine cut to 10 u, eating much less. Fingerstick BG 6-11.
"""),
]}

A17 = {"patient_id": "A17", "age": 61, "sex": "M", "notes": [
("2025-02-11", "CGM Sensor Site Review", """
CGM sensor site check
61M, T2DM on degludec 28u + lispro per carb count. Wears a 15-day sensor, always on the L posterior arm (upper) (R-handed, applies it himself).
On removing the last sensor 3 days ago he found a tender indurated purplish patch, 2.5 cm, dusky centre, under where the sensor sat. Adhesive outline visible.
Dialyses (HD) through a left forearm fistula for ESRD - fistula arm is the same side, reminded to keep sensors off the access limb.
BMI 29.0 (wt 88.1 kg).
Sensor moved to abdomen today.
"""),
("2025-02-13", "Endocrinology Clinic Note", """
Reviewed plaque on L posterior upper arm: ?early calciphylaxis vs contact / pressure reaction under the sensor. Not ulcerated.
Asked derm to assess. No warfarin, on clopidogrel.
"""),
("2025-03-18", "Endocrinology Follow-up", """
Derm saw him 27/02: felt calciphylaxis was a concern, offered punch bx which pt refused. Since then plaque fading, no breakdown.
Working label: possible calciphylaxis, unconfirmed. Will watch.
Sensor now on R abdomen, no reaction.
"""),
]}

A18 = {"patient_id": "A18", "age": 42, "sex": "F", "notes": [
("2019-03-19", "Diabetes Foot Screening", """
DIABETIC FOOT & LOWER LIMB SCREEN
T1DM on MDI (glargine/aspart). ESRD, CAPD 4 exchanges.
Monofilament 10/10 both. Pulses present.
R shin: shiny yellow-brown atrophic plaque, longstanding (pt says "years"), now with 1.5 cm shallow ulcer at its centre for ~2 wks. Painful to touch.
Footwear ok. BMI 23.1.
Plan: query calciphylaxis in PD patient -> derm.
"""),
("2019-04-02", "Dermatology Consult", """
R pretibial plaque, biopsy at ulcer edge: palisading granulomas, degenerated collagen, no vascular calcification, no thrombi.
Dx ulcerated necrobiosis lipoidica. Calciphylaxis excluded.
Plan: clobetasol under occlusion to the border, non-adherent dressing to ulcer.
"""),
("2019-06-11", "Endocrinology Follow-up", """
NL ulcer healing with topical steroid. A1c 7.4% (prev 7.9). No anticoagulants.
CUA was considered and excluded on histology in April.
"""),
]}

A19 = {"patient_id": "A19", "age": 35, "sex": "M", "notes": [
("2021-08-03", "Weight Management Visit", """
WEIGHT CLINIC - first visit
35M, ht 1.80 m, wt 116 kg, BMI 35.8. T2DM dx 2020, metformin 1 g bd. eGFR >90, urine ACR normal.
Very anxious: his elder brother (haemodialysis) had calciphylaxis last year and lost his left leg. Asks if "it runs in families".
Skin: no lesions on trunk or limbs.
Plan: diet + activity, consider GLP-1 RA.
"""),
("2021-11-09", "Weight Management Visit", """
Wt 113.2 kg, BMI 34.9.
Spent time explaining his brother's illness; his own kidneys and calcium/phosphate are normal, no skin problems.
Started tirzepatide? - declined, prefers lifestyle for now.
"""),
("2022-02-15", "Endocrinology Clinic Note", """
HbA1c: 08/21 7.6 | 11/21 7.1 | 02/22 6.9
No insulin, metformin only. Skin intact on exam. No concern for calciphylaxis in this patient.
"""),
]}

A20 = {"patient_id": "A20", "age": 64, "sex": "F", "notes": [
("2023-06-06", "Endocrinology Clinic Note", """
64F T2DM on insulin aspart mix 70/30 bd, injected into abdomen. ESRD on HD MWF. Warfarin for AF, INR 2-3.
Wt 80.6 kg, BMI 31.9.
HD nurses asked us to counsel her on calciphylaxis risk (female, warfarin, obesity, dialysis): we explained that ice packs, heat pads and repeated injections in one spot can raise risk, and asked her to phone if sore skin changes turn up. If painful lesions appear she should come the same day.
Skin exam: intact, no lipohypertrophy.
"""),
("2023-12-05", "Endocrinology Follow-up", """
Doing well, no new skin problems. Remains on insulin and warfarin. A1c 7.2%.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
