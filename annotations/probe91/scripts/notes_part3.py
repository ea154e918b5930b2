"""probe91 corpus notes, K15-K20 (plastic surgery and breast clinic; all invented)."""

K15 = {"patient_id": "K15", "age": 59, "sex": "F", "notes": [
("2018-05-15", "Plastic Surgery Clinic Note (Expander Fill)", """
Expander fill #4, R breast (s/p R nipple-sparing mastectomy + TE 02/2018). 50 mL NS via port, total 350 mL.
Hx ESRD on HD, warfarin for recurrent AVF thrombosis, no DM. BMI 27.8.
Pt points out a pea-sized hard tender bump near the port, upper pole R breast, noticed ~10 days ago. Slight purplish tinge on top.
DDx fat necrosis vs suture granuloma; in a HD pt on warfarin early calciphylaxis cannot be excluded.
Plan: US; fills on hold.
"""),
("2018-05-29", "Plastic Surgery Clinic Note", """
US: 9 mm hypoechoic nodule in subcutis, possible fat necrosis, no collection.
Nodule slightly bigger, more violaceous, no ulceration. Concern for calciphylaxis remains - recommended punch bx; pt declines any biopsy ("no more cuts on that side").
Plan: close watch, photos, reassess 2 wks.
"""),
("2018-07-10", "Breast Surgery Note", """
Pt missed her plastics f/u and has moved her care to a center closer to her daughter (out of state). Called her - the R breast lump is "about the same".
Working dx at last visit remained fat necrosis vs possible calciphylaxis - never biopsied, never confirmed. Records sent.
"""),
]}

K16 = {"patient_id": "K16", "age": 66, "sex": "F", "notes": [
("2019-11-05", "Plastic Surgery Clinic Note", """
66F 5 mo out from bilateral DIEP flap reconstruction (June 2019). Breasts: flaps soft, healed.
Hx: failed renal transplant 2016 -> back on HD since 2017. DM2 on insulin glargine. BMI 32.5.
New: 2 cm painful ulcer in the L end of the abdominal donor scar, started around Halloween, dusky edge, a little purple mottling.
DDx: delayed wound breakdown / suture abscess vs calciphylaxis. R/o CUA with biopsy next visit.
"""),
("2019-11-19", "Plastic Surgery Clinic Note", """
Ulcer L abdominal donor scar 2.5 cm, some eschar. Cultures: no growth.
Still uncertain - calciphylaxis vs poor healing in a HD pt. Bx booked for 12/3.
"""),
("2019-12-10", "Plastic Surgery Telephone Note", """
Pt cancelled bx 12/3, family moving her to assisted living in another state next wk. Wound unchanged per pt.
Diagnosis never established: ?calciphylaxis remains on the differential. Summary faxed to new PCP.
"""),
]}

K17 = {"patient_id": "K17", "age": 71, "sex": "M", "notes": [
("2025-03-11", "Plastic Surgery Consult", """
Referral from vascular: L calf eschar for coverage.
71M, CKD 4 with eGFR 22, dialysis not started, no DM, no anticoagulants. BMI 25.1.
Edema - has worn class 1 below-knee stockings (20-30) since January. 3 wk hx of a black patch on the L posterior calf at the stocking's upper band.
Exam: 3 x 2 cm eschar with purpuric rim, induration. Pulses palpable.
DDx: pressure necrosis from stocking band vs calciphylaxis (CKD 4).
P: stop stockings on L, punch bx.
"""),
("2025-03-25", "Plastic Surgery Clinic Note", """
Bx: dermal necrosis with fibrin thrombi in a few vessels, no definite vascular calcification seen; von Kossa equivocal. Nondiagnostic for calciphylaxis.
Derm: "possible early calciphylaxis, cannot exclude". Recommended deeper incisional bx.
Pt declines, wants to let it heal.
"""),
("2025-05-06", "Plastic Surgery Clinic Note", """
L calf eschar has shrunk to 2 x 1.4 cm, dry. Pt still declines rebiopsy. Assessment unchanged: pressure necrosis vs possible calciphylaxis, unresolved.
"""),
]}

K18 = {"patient_id": "K18", "age": 54, "sex": "F", "notes": [
("2021-04-13", "Plastic Surgery Post-op Visit", """
POD 9 s/p bilateral breast reduction 4/4/21.
ESRD - HD, non-diabetic, warfarin never. BMI 31.5.
Rapidly enlarging painful ulcers along the inframammary incisions of both breasts, violaceous undermined borders, purulent-looking base, cultures neg. Fever low-grade.
DDx: wound infection vs pyoderma gangrenosum vs calciphylaxis (HD pt).
P: derm stat, biopsy of edge, hold debridement.
"""),
("2021-04-16", "Dermatology Consult", """
Bx: sheets of neutrophils through the dermis; no vasculitis. Vessel walls contain no mineral; von Kossa (-).
Dx: post-surgical pyoderma gangrenosum. Calciphylaxis ruled out.
Plan pred 40 mg daily, tacrolimus oint. to edges; avoid any surgical debridement (pathergy).
"""),
("2021-05-11", "Plastic Surgery Clinic Note", """
PG ulcers bilateral breasts improving on steroids, re-epithelializing from edges. Calciphylaxis excluded on bx.
BMI 31.9.
"""),
]}

K19 = {"patient_id": "K19", "age": 45, "sex": "F", "notes": [
("2020-09-15", "Plastic Surgery Consult", """
Breast reduction consultation. 45F, macromastia, 34H, shoulder grooving from bra straps, neck pain, rash under both breasts in summer.
PMH: nil of note. Creatinine 0.7 - kidneys fine. A1c 5.4, not diabetic. No meds except ibuprofen prn.
FHx: her sister had calciphylaxis on dialysis and "lost a leg to it"; pt worried. Explained it is not hereditary in the usual sense and she has no renal disease.
BMI 29.0.
Plan: insurance photos, PT trial.
"""),
("2021-02-23", "Plastic Surgery Pre-op Visit", """
Pre-op for bilateral reduction mammaplasty scheduled 3/8/21. Skin intact. No lesions.
Sister's calciphylaxis again discussed; pt herself has no signs of it.
BMI 28.4.
"""),
]}

K20 = {"patient_id": "K20", "age": 62, "sex": "M", "notes": [
("2025-06-17", "Plastic Surgery Consult", """
Consult for panniculectomy - pannus interfering with PD exchanges.
62M, ESRD - PD at home, DM2 (degludec), no warfarin. BMI 37.0.
Skin: pannus intact apart from intertrigo in the fold; nothing ulcerated, purpuric or nodular.
Counselled on risks incl. wound dehiscence and, in dialysis pts, risk of calciphylaxis at incisions or injection sites. If surgery goes ahead: post-op binder loose, no ice or heating pads, heparin SC to the arms.
"""),
("2025-08-12", "Plastic Surgery Clinic Note", """
Pt decided to defer surgery; will lose weight first. Skin exam today: intact throughout, no lesions. No signs of calciphylaxis.
BMI 36.2.
"""),
]}

PATIENTS = [K15, K16, K17, K18, K19, K20]
