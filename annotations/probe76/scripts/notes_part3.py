"""probe76 corpus notes, D15-D20 (teledermatology e-consults and photo triage; all invented)."""

D15 = {"patient_id": "D15", "age": 60, "sex": "F", "notes": [
("2025-01-13", "Teledermatology E-Consult Request", """
eConsult request - from Dr. Lorna Macquarrie (PD clinic)
60F on APD, T2DM on glargine + aspart - she injects all of it into the R lower abdomen. BMI 35.0.
Tender, firm lump at the injection patch x about a month, pinkish-purple on top. No ulcer.
Q: just lipohypertrophy or should I worry?
1 photo + 1 with a coin for scale.
"""),
("2025-01-14", "E-Consult Response - Dermatology", """
TeleDerm reply (Dr. S. Iwu-Castellano)
R lower abdomen: ~2.5 cm subcutaneous nodule; the skin on top is faintly mottled violet; no eschar, no ulcer.
Ddx: inflamed lipohypertrophy or a panniculitis; in someone on PD I can't rule out early calciphylaxis from a photo.
Suggest: deep incisional biopsy to clarify, and move her injections to the thighs/arms meanwhile.
"""),
("2025-02-20", "Teledermatology Follow-up Message", """
F/u: biopsy refused by pt ("not another hole"). Nodule a little smaller on new photos since she moved injections away. Possible early calciphylaxis remains unproven; no diagnosis confirmed. Told her to send photos at once if it darkens or opens.
"""),
]}

D16 = {"patient_id": "D16", "age": 80, "sex": "M", "notes": [
("2018-06-11", "Teledermatology E-Consult Request", """
E-consult from geriatrics (Dr. Pernille Askeland)
80M, CKD4 - last eGFR 18 - never dialysed. Warfarin for a decade (AF). No diabetes. Overweight, BMI 29.9.
Painful purple net-like patch, L anterior thigh, 1 wk. Photos x2.
Q - what is this?
"""),
("2018-06-12", "E-Consult Response - Dermatology", """
Teledermatology opinion (Dr. B. Mwangi)
L anterior thigh: retiform purpura 10 x 6 cm with a small dusky centre.
Differential: non-uremic calciphylaxis, coumadin skin necrosis, cholesterol emboli. A deep biopsy is the only way to tell these apart; consider in-person visit this week.
"""),
("2018-07-02", "Teledermatology Follow-up Message", """
Geriatrics update: family has chosen comfort care and he has entered hospice; no biopsy will be done.
Derm: understood. Diagnosis stays open - possible calciphylaxis, never confirmed. Suggested gentle dressings and opioid per hospice.
"""),
]}

D17 = {"patient_id": "D17", "age": 45, "sex": "F", "notes": [
("2021-05-17", "Photo Triage - Dermatology", """
Photo triage (pt upload):
"scraped my right shin on the bus step on april 30th, it went into a black scab and the skin around is purple and it REALLY hurts"
Chart: 45F, HD, type 1 DM w/ insulin pump. BMI 27.0.
2 images. -> derm.
"""),
("2021-05-18", "E-Consult Response - Dermatology", """
Derm teleconsult (Dr. R. Kowalczyk)
R anterior shin: 3 cm black eschar with irregular purple border.
Ddx: traumatic ulcer with ischemia (PAD) vs ?calciphylaxis. Need ABIs and a biopsy from the edge.
"""),
("2021-06-09", "Teledermatology Follow-up Message", """
Pt called: has moved to Tucson to live with her sister, did not come for the biopsy or ABIs. Records sent on request. So the ?calciphylaxis question stays open - no tissue dx.
"""),
]}

D18 = {"patient_id": "D18", "age": 67, "sex": "M", "notes": [
("2023-10-30", "Teledermatology E-Consult Request", """
eConsult from cardiology/renal shared care (Dr. Holloway)
67M HD, DM2 on insulin, BMI 31.8.
Purple mottled toes + soles both feet x 5 days. L heart cath 10/20.
Q: calciphylaxis?
"""),
("2023-10-31", "E-Consult Response - Dermatology", """
Tele-derm (Dr. A. Lindahl)
Both feet: livedo racemosa on the soles, blue toes, small necrotic spot on R 2nd toe.
Ddx: cholesterol emboli (favoured - timing after the cath) vs calciphylaxis. Biopsy + eosinophil count.
"""),
("2023-11-14", "Teledermatology Follow-up Message", """
Result: biopsy R foot shows cholesterol clefts in small arterioles = atheroembolism. No vessel calcification.
Calciphylaxis ruled out. Treat as cholesterol emboli.
"""),
]}

D19 = {"patient_id": "D19", "age": 39, "sex": "F", "notes": [
("2019-09-09", "Photo Triage - Dermatology", """
pt message: "my brother had calciphylaxis on dialysis last year and now my palms are itchy and peeling, am I getting it?"
Triage: 39F, kidneys normal (creat 0.7 in May), no diabetes, BMI 23.0. 2 photos of palms.
"""),
("2019-09-10", "E-Consult Response - Dermatology", """
Teledermatology reply (Dr. M. Okafor-Reid)
Palms: tiny deep vesicles and scaling = dyshidrotic hand eczema.
No sign of calciphylaxis, which needs kidney failure or similar; her brother's illness does not make her a case. Emollients + mid-potency steroid.
"""),
]}

D20 = {"patient_id": "D20", "age": 55, "sex": "M", "notes": [
("2024-04-15", "Photo Triage - Dermatology", """
Photo triage: 55M on PD, T2DM on insulin (abd), BMI 30.6. Waxy brown stuck-on spot on the back.
Cardiology plans to start warfarin next month for new AF.
1 photo.
"""),
("2024-04-16", "E-Consult Response - Dermatology", """
Tele-derm (Dr. K. Brennan)
Seborrheic keratosis - benign.
Note for future: PD + warfarin + insulin shots together make calciphylaxis more likely down the line; should a painful, hard purple patch ever appears (esp at insulin sites), send photos same day. Suggest cardiology consider a DOAC instead of warfarin.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
