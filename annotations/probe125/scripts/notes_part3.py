"""probe125 corpus notes, J15-J20 (NP-led advanced CKD and dialysis-transition clinic; all invented)."""

J15 = {"patient_id": "J15", "age": 70, "sex": "F", "notes": [
("2021-04-13", "PD Clinic - NP Visit", """
PD CLINIC NP
70F ESRD (DKD) CCPD since 2019; T2DM, glargine 22 u, injects into her L thigh "because that's my good side". warfarin (AF; most recent INR 2.2). BMI 29.5.
CC: tender lump L thigh x 1 mo.
PE: L anterior thigh: subQ nodule, firm, 2.5 cm, barely violaceous; skin unbroken, no black crust; lipohypertrophic rim.
A: painful nodule where she injects; ddx = lipohypertrophy, fat necrosis, or early calciphylaxis (warfarin, PD). Cannot exclude CUA.
P: derm bx, rotate insulin to abdomen.
"""),
("2021-04-27", "Dermatology Consult", """
Derm
Tender L thigh nodule at long-standing insulin site, PD pt on warfarin.
Punch bx: lobular panniculitis, fat necrosis; vessels not calcified, von Kossa-stained sections neg. Cannot call it calciphylaxis -- specimen likely too shallow.
Impression: possible early calciphylaxis vs injection-related fat necrosis. Recommend deeper incisional biopsy.
"""),
("2021-06-01", "Telephone Encounter", """
TC w/ pt. Nodule "about the same, still sore when I press it." Declines the bigger biopsy: "I'm not having them cut on me again for a maybe."
Using abdomen for insulin now. Still on warfarin per cards.
Will keep watching; calciphylaxis remains unconfirmed. RTC 6 wk.
"""),
]}

J16 = {"patient_id": "J16", "age": 79, "sex": "M", "notes": [
("2026-03-10", "CKD Clinic - NP Visit", """
ADV CKD NP VISIT
79M CKD 4 (eGFR 19), conservative kidney management chosen, no dialysis. Warfarin (AF). Nondiabetic. BMI 25.1.
Wears knee-high compression stockings for edema since last summer; the top band is tight and leaves a deep groove below the R knee.
New: painful ulcer R upper calf, right in the stocking band groove, started 2-3 wks ago, now with dark center.
Impression: ulcer at the compression band -- concern for calciphylaxis (warfarin, CKD) vs simple pressure injury.
Plan: stockings off, derm bx offered.
"""),
("2026-03-24", "Telephone Encounter", """
Daughter called: family and pt decided on hospice; no biopsy, no further workup.
"Dad doesn't want any more tests." The sore on his leg is unchanged, dressing daily.
Dx never confirmed -- remains possible calciphylaxis vs pressure ulcer. Warfarin being stopped by hospice MD.
"""),
]}

J17 = {"patient_id": "J17", "age": 52, "sex": "F", "notes": [
("2025-08-05", "PD Transition Clinic - NP Visit", """
PD TRANSITION NP VISIT
52F ESRD (lupus nephritis), on CCPD since spring. Not diabetic. No warfarin. BMI 26.8.
CC: painful lacy purple skin on the belly x 2 wks.
PE: lower abd, both sides, livedo racemosa w/ 2 tender subcutaneous nodules, no ulceration. PD exit site clean (upper L abd).
A: livedo w/ tender nodules, PD -- need to r/o calciphylaxis; also lupus panniculitis, APLS.
P: derm bx, APLS labs.
"""),
("2025-08-19", "Dermatology Consult", """
Derm consult
Abdominal livedo and nodules, 52F on PD w/ SLE.
Differential: calciphylaxis vs lupus panniculitis vs livedoid vasculopathy. Incisional biopsy scheduled 9/3.
"""),
("2025-09-09", "Telephone Encounter", """
Pt called: has relocated to Arizona (sister's house) as of last week, missed the biopsy. Will set up PD and care there; records faxed.
Skin "about the same". Calciphylaxis never confirmed or excluded here.
"""),
]}

J18 = {"patient_id": "J18", "age": 65, "sex": "M", "notes": [
("2019-10-01", "NP Visit - Dialysis Transition Clinic", """
NP VISIT
65M ESRD (DKD) HD MWF; T2DM -> NPH insulin bid. Hx PE 2017, warfarin since. Class I obesity, BMI 30.8.
CC: painful darkening of both lower legs.
PE: bilateral shins: woody induration, brown hyperpigmentation, one small shallow ulcer L medial shin; no eschar, no retiform pattern.
A: ? calciphylaxis vs lipodermatosclerosis/venous stasis.
P: derm, venous duplex.
"""),
("2019-10-15", "Dermatology Consult", """
Derm
Bilateral lower leg induration w/ hyperpigmentation, HD pt on warfarin.
Bx L shin: lipodermatosclerosis with sclerosing panniculitis; no calcium in any vessel on von Kossa.
Dx: venous stasis/lipodermatosclerosis. Calciphylaxis ruled out.
Rec: compression after duplex, leg elevation.
"""),
("2019-11-05", "NP Follow-up", """
NP F/U
Venous duplex: deep venous reflux bilat. Compression wraps started by wound clinic.
Weight down 3 kg w/ dietitian, BMI 29.8.
Still on warfarin + NPH insulin. Legs less tender.
"""),
]}

J19 = {"patient_id": "J19", "age": 48, "sex": "F", "notes": [
("2026-05-12", "CKD Clinic - NP Visit", """
CKD CLINIC NP
48F CKD 3b (eGFR 38) from reflux nephropathy. Nondiabetic; anticoagulant-free. BMI 22.4.
Worried: her sister (on HD) died last year with calciphylaxis; wants to know whether it could happen to her.
Skin looked over head to toe -- clear.
Counselled: risk is low at her CKD stage; discussed phos control.
"""),
("2026-08-18", "Telephone Encounter", """
Phone f/u. Pt reading online about her sister's illness, anxious. No skin changes.
Reassured; labs 7/30 Ca 9.2, P 3.8. Next visit 11/2026.
"""),
]}

J20 = {"patient_id": "J20", "age": 59, "sex": "M", "notes": [
("2024-09-10", "Patient Education - PD Start", """
PD START EDUCATION (NP)
59M ESRD (DKD), CKD 5, PD catheter placed 8/27, training next wk. T2DM: glargine. Warfarin: no. BMI 30.2.
Topics: PD exchanges, peritonitis signs, diet, phos binders.
Calciphylaxis: explained it's a rare complication of dialysis; any painful sore, even small, means a call to us the same day; avoid heating pads and injecting the same spot.
Pt puts a heating pad on his neck for arthritis -- advised caution.
"""),
("2024-10-15", "Telephone Encounter", """
TC after PD start 10/1. Exchanges going ok. No skin problems. 
Reinforced: rotate insulin sites, no heating pad on neck.
BMI 30.2 per home scale.
"""),
]}

PATIENTS = [J15, J16, J17, J18, J19, J20]
