"""probe56 corpus notes, B15-B20 (palliative care and hospice; all invented)."""

B15 = {"patient_id": "B15", "age": 70, "sex": "M", "notes": [
("2025-06-02", "Hospice Admission", """
HOSPICE ADMIT - Elmwood House inpatient unit
70M, ESRD, stopped HD 5/29, T2DM on glargine (self-injects R thigh), BMI 32.3. Warfarin - no.
Skin: R anterior thigh at his insulin area - 2cm tender, firm, dusky nodule; no eschar. ?early calciphylaxis vs lipohypertrophy with haematoma. Not for biopsy.
"""),
("2025-06-05", "Hospice Physician Note", """
Thigh nodule slightly darker. Possible calciphylaxis - cannot confirm without tissue and pt/family don't want biopsy. Insulin stopped (not eating). Comfort focus.
"""),
("2025-06-09", "Hospice Death Note", """
Died 2215, wife Yolanda at bedside. Cause: ESRD after dialysis withdrawal. Skin finding on R thigh never characterised.
"""),
]}

B16 = {"patient_id": "B16", "age": 67, "sex": "F", "notes": [
("2018-11-06", "Hospice Nurse Visit", """
67F, ESRD on PD (manual exchanges 4x/day), heart failure, BMI 30.0. No DM. Not on warfarin.
Keeps a rubber hottie pressed to her L shin at night ("my legs are always freezing") since about Sept.
L shin: 4cm shallow ulcer w/ black edges and purple mottled skin around, 2 wks duration. Very painful.
"""),
("2018-11-13", "Hospice Physician Note", """
L shin ulcer: thermal burn vs calciphylaxis - can't tell clinically. Derm referral for biopsy offered; pt and husband Cyril declined ("I'm not going back to the hospital for a bit of skin"). Stop hot water bottle. Treat as a wound for comfort.
"""),
("2018-12-04", "Family Meeting Note", """
Family mtg w/ pt, Cyril, and niece. Pt frailer, PD becoming burdensome, wants to stop before Christmas. Shin wound unchanged. Diagnosis of the ulcer remains uncertain; nobody wants further tests.
"""),
]}

B17 = {"patient_id": "B17", "age": 76, "sex": "M", "notes": [
("2021-08-23", "Palliative Consult", """
76M, CKD4, eGFR 17 - conservative kidney care, has said no to dialysis, mech AVR on warfarin. No DM. BMI 32.5.
Both buttocks: retiform purpura with small dusky bullae, appeared ~10 days ago. Concern: calciphylaxis; ddx warfarin skin necrosis. INR 3.4.
"""),
("2021-08-30", "Hospice Physician Note", """
Bilateral buttock purpura more necrotic now. Still favour calciphylaxis but cannot exclude warfarin necrosis or cholesterol emboli. Pt declines biopsy. Warfarin continued at pt's wish (valve).
"""),
("2021-09-14", "Hospice Nurse Visit", """
Buttock wounds dressed - eschar both sides. Pain ok on oxycodone 2.5 prn. Wife asks what it is; explained doctors were never sure.
"""),
]}

B18 = {"patient_id": "B18", "age": 64, "sex": "F", "notes": [
("2024-02-12", "Palliative Consult", """
64F, ESRD (HD), T2DM - insulin degludec, BMI 29. Chronic leg swelling.
Bilateral lower leg ulcers, shallow, sloughy, 3 months. Referring team asked r/o calciphylaxis.
"""),
("2024-02-26", "Dermatology Letter", """
Biopsy L lower leg ulcer edge: venous stasis changes with dermal fibrosis and haemosiderin; no vascular calcification, no thrombi on von Kossa. Calciphylaxis is excluded. Diagnosis: venous leg ulcers.
"""),
("2024-03-11", "Goals of Care Note", """
Discussion with pt + husband Desmond: ulcers are venous, not calciphylaxis. She wants to keep dialysing; palliative team to continue for symptom support (pruritus, fatigue).
"""),
]}

B19 = {"patient_id": "B19", "age": 72, "sex": "F", "notes": [
("2020-05-18", "Bereavement Follow-up Call", """
Bereavement coordinator call, 6 weeks after death of husband Raymond (our hospice pt, died of calciphylaxis complications on dialysis). Widow Beatrice sleeping poorly, eating ok, daughter nearby.
Beatrice herself: T2DM (metformin), CKD3a, eGFR 52 - she worries she'll "get what Ray had". Reassured, suggested she discuss with her GP.
"""),
("2020-07-20", "Bereavement Visit", """
Home visit. Grieving appropriately, attending widows' group. Mentions a small skin tear on her R forearm from the car door last week - healing, no dark colour. Advised GP review if it changes.
"""),
("2020-11-09", "Bereavement Follow-up Call", """
Call around Ray's birthday. Coping better. Skin tear healed. GP checked her kidneys - stable, no dialysis planned. Discharged from bereavement service with open invitation to the memorial evening.
"""),
]}

B20 = {"patient_id": "B20", "age": 80, "sex": "M", "notes": [
("2025-09-08", "Palliative Clinic Note", """
80M, ESRD, hemodialysis, wants to withdraw; insulin for T2DM; warfarin for AF.
Weight 98kg, BMI 30.4 (obese).
Skin: intact, no lesions.
Counselled pt and son: there is a risk of calciphylaxis in people like him; no heat pads or ice against his skin; if painful dark patches develop call us.
"""),
("2025-09-22", "Hospice Admission", """
Admitted to hospice at home after last HD 9/19. Skin intact head to toe. Family aware of expected course.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
