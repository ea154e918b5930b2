"""probe117 corpus notes, A15-A20 (home dialysis unit; all invented)."""

A15 = {"patient_id": "A15", "age": 59, "sex": "F", "notes": [
("2025-08-12", "Home Therapies Clinic", """
59F, CAPD 18 mo (DKD).
HbA1c 9.4 on linagliptin -> starting insulin degludec 10u od today. Diabetes educator taught pen technique; pt chose L side of abdomen, ES is on the R.
Wt 88 kg, BMI 33.0.
No warfarin.
"""),
("2025-11-04", "PD Home Visit", """
HV. Pt worried about a "hard red lump that looks like a bruise" on L side of belly where she does the degludec, came up around Halloween. O/E 2.5cm firm, tender, violaceous, no ulcer, no eschar, faint mottling around.
Could be early calciphylaxis, or just an injection-site reaction / lipohypertrophy. For r/v.
Told to rotate to the thigh meantime.
"""),
("2025-12-02", "Home Therapies Clinic", """
L abdominal nodule - slightly smaller, still tender, no necrosis. Possible early CUA not excluded.
Punch biopsy offered; pt declined ("not another hole in me"). Will watch and photograph monthly.
Insulin now R thigh. BMI 32.6.
"""),
]}

A16 = {"patient_id": "A16", "age": 72, "sex": "M", "notes": [
("2019-12-10", "Phone Triage", """
Wife phoned. Hubby tripped over the dialysis lines last Tues and landed right thigh first on the coffee table corner. Big bruise came out. Now the middle has gone dark and it's "hot and angry".
He's on warfarin. Home HD tonight as planned.
HV arranged for tomorrow.
"""),
("2019-12-11", "HHD Nurse Home Visit", """
HV. R lateral thigh: 8x6cm ecchymosis, central 3cm firm dusky area with dark crust, some reticulate purple at edge. Very painful.
ddx expanding haematoma vs early calciphylaxis in injured skin. INR 4.2 - dose held per anticoag clinic.
Not diabetic. BMI 25.5.
"""),
("2020-01-08", "Home Therapies Clinic", """
72M home HD. R thigh lesion - smaller crust, still indurated. Calciphylaxis remains possible; biopsy discussed.
Pt and wife moving interstate next week to be near daughter - care transferred to Westbrook home dialysis unit, bx to be arranged there. Letter sent.
"""),
]}

A17 = {"patient_id": "A17", "age": 63, "sex": "F", "notes": [
("2023-07-18", "PD Home Visit", """
HV. Both lower legs: lacy purple livedo, R calf has a tender indurated area 2cm. No ulcers. Pt has noticed it 3 wks. No trauma recalled.
Concern for calciphylaxis - d/w Dr Abernathy.
ESKD on APD, no diabetes, no warfarin. Wt 74kg, BMI 27.2.
"""),
("2023-07-25", "Home Therapies Clinic", """
BLE livedo reticularis, R calf nodule. Concern for early calciphylaxis; other livedo causes (chol emboli? vasculitis?) on the list too. Skin bx booked for 08/08 with derm.
Stop calcium carbonate.
"""),
]}

A18 = {"patient_id": "A18", "age": 69, "sex": "M", "notes": [
("2021-06-01", "HHD Nurse Home Visit", """
HV. L thigh - large painful dark purple area with blistering, came up over 3-4 days, started Friday. Pt recently restarted on warfarin (new DVT L leg, 3 wks), no heparin bridge as he refused the jabs.
?calciphylaxis - urgent r/v arranged.
T2DM on insulin. BMI 31.5.
"""),
("2021-06-03", "Home Therapies Clinic", """
69M home HD. L anterolateral thigh: 10 x 7cm sharply demarcated purpuric plaque with haemorrhagic bullae and early necrosis.
Ddx: calciphylaxis, or warfarin-induced skin necrosis - checked protein C: low. Urgent bx by derm.
Warfarin stopped, therapeutic heparin IV on HD + apixaban plan.
"""),
("2021-06-15", "Dermatology Consult", """
Bx L thigh: thrombi in dermal/subcutaneous vessels; no mural Ca seen, von Kossa stain negative.
Impression: warfarin-induced skin necrosis. Calciphylaxis has been ruled out.
Wound care; switched to apixaban.
"""),
]}

A19 = {"patient_id": "A19", "age": 45, "sex": "F", "notes": [
("2024-02-13", "PD Training Nurse", """
PD training wk 1. T1DM, insulin pump (abdomen). BMI 23.0.
Pt anxious - her sister died of calciphylaxis on haemodialysis in 2020, asks if PD will "give her the same thing". Skin fully checked: intact, no livedo, no lesions.
Explained risk factors, binders, importance of phosphate.
"""),
("2024-05-07", "PD Home Visit", """
HV, CCPD going well. Kt/V 1.9.
Skin check again on request - no lesions anywhere. Sister's history noted. No warfarin.
"""),
]}

A20 = {"patient_id": "A20", "age": 57, "sex": "M", "notes": [
("2026-03-03", "Home Therapies Education", """
Pre-dialysis education session, CKD4, eGFR 18, dialysis not started. Interested in home HD or PD down the track.
T2DM on diet + gliptin, no insulin. BMI 26.0. No anticoagulants.
Covered: if you ever notice very painful dark patches on the skin, tell us - in people on dialysis this can be calciphylaxis, which is rare.
"""),
("2026-05-19", "Home Therapies Education", """
Session 2 - modality choice. Leaning to PD.
Skin: no problems. Discussed that heat packs on the skin and long-term warfarin can add to calciphylaxis risk in the future - none apply to him now.
"""),
("2026-08-25", "Renal Clinic", """
CKD 4, eGFR 16. No dialysis yet. Skin intact. Plans unchanged. BMI 26.4.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
