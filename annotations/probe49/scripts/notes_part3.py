"""probe49 corpus notes, U15-U20 (general surgery and urology; all invented)."""

U15 = {"patient_id": "U15", "age": 66, "sex": "M", "notes": [
("2019-11-04", "Operative Report", """
OPERATIVE REPORT
Procedure: pylorus-preserving pancreaticoduodenectomy; 19 Fr Blake drain L upper quadrant
Indication: 2.6 cm pancreatic head adenocarcinoma, resectable.
PMH: ESRD, hemodialysis via R IJ tunnelled line; DM on insulin (pancreatogenic + type 2); BMI 25.5.
Findings: soft gland, 3 mm duct, no mets. Standard reconstruction. Drain placed behind the hepaticojejunostomy, exited through a separate stab incision in the left upper quadrant, sutured.
EBL 450 mL. To SICU.
"""),
("2019-11-21", "General Surgery Progress Note", """
Surgery progress note POD 17
Drain removed POD 9. The L upper quadrant drain site now has a 3 cm area of black dusky skin with a violaceous rim, very painful, started ~POD 12.
A: necrosis at former drain site: ddx nec soft tissue infxn vs ?calciphylaxis (ESRD, HD) vs simple pressure necrosis from the drain suture. CT: no gas, no collection.
P: derm consult. Offered punch biopsy - pt declines, "no more cuts". Local care.
"""),
("2019-12-10", "Clinic Letter", """
Dear Dr Raghunathan,
Mr Vikram Oduya remains frail after his Whipple. The left upper quadrant drain-site wound is now a 4 cm dry eschar. We and the dermatologists could not exclude calciphylaxis, but he has consistently declined biopsy, and with his goals of care now focused on comfort he has been referred to hospice. A definite diagnosis was never reached. He remains on dialysis for the present.
Yours sincerely,
Dr L. Marchetti, HPB Surgery
"""),
]}

U16 = {"patient_id": "U16", "age": 80, "sex": "M", "notes": [
("2018-04-17", "Urology Clinic Note", """
Urology clinic
80M w/ long term urethral catheter (BPH, unfit for TURP), changed 6 weekly by DN. CKD4 - eGFR 19 - conservative care, no dialysis, no plans for RRT per pt wishes. AF on warfarin. No diabetes. BMI 27.0.
Painful ulcer L hemiscrotum x 1 month. Not near the meatus. 
O/E: L scrotum 2x2cm ulcer, base black, livid purple margin, tender. Catheter sits on the R.
Imp: scrotal ulcer - ddx: pressure, Fournier's (no crepitus, not septic), possible calciphylaxis (warfarin, CKD).
Plan: punch bx.
"""),
("2018-05-01", "Urology Clinic Note", """
Urology f/u
Biopsy nondiagnostic - ulcer base w/ granulation and necrosis, no vessels in the sample; calcium stain negative.
Scrotal ulcer unchanged. We discussed deeper biopsy; pt and daughter decline. Possible calciphylaxis not excluded.
Plan: barrier cream, dressings, DN review. Consider warfarin alternative - GP to discuss.
"""),
("2018-07-10", "Clinic Letter", """
Dear Dr Whitlock,
Mr Cyril Banfield did not attend his June appointment and the district nurses report he has moved into a care home out of area. When last seen, the left scrotal ulcer was unchanged and the question of calciphylaxis had not been answered. I have discharged him from our follow up and copied this letter to his new GP.
Yours sincerely,
Mr O. Kettering, Urology
"""),
]}

U17 = {"patient_id": "U17", "age": 48, "sex": "F", "notes": [
("2021-03-16", "Plastic and General Surgery Clinic Note", """
Surgical clinic (joint plastics)
48F on peritoneal dialysis (CAPD 4 exchanges), BMI 30.4, no DM. Warfarin previously for AF, stopped 2019 after ablation.
R thigh split thickness skin graft DONOR site (harvested 1/28/2021 for a R forearm burn graft) has broken down: since late February, 5 x 7 cm area with black patches and a purplish net edge, extremely painful.
A: donor site failure - infection vs ischaemia; calciphylaxis cannot be excluded in a PD patient.
P: swab, bx next visit, derm opinion.
"""),
("2021-04-06", "Clinic Letter", """
Dear Dr Mahlangu,
Ms Rosalind Achebe-Frost should have had the right thigh donor site biopsied today; however she has relocated to another state to be near family and will transfer her dialysis there. The differential for the donor site breakdown remained infection, ischaemia, or calciphylaxis; no tissue diagnosis was obtained. I have sent a summary to her new nephrologist.
Kind regards,
Dr H. Varga
"""),
]}

U18 = {"patient_id": "U18", "age": 62, "sex": "F", "notes": [
("2024-10-01", "Stoma Clinic Note", """
Stoma nurse - urgent
62F, loop ileostomy (Crohn's, 2023), ESRD on haemodialysis. No diabetes, BMI 24.3.
Peristomal skin: 2 painful ulcers (3 o'clock, 7 o'clock), undermined violaceous edges, purulent base, appliance leaking. Started ~2 wks ago.
Plan: seal + hydrocolloid, refer to surgical team ?calciphylaxis ?PG.
"""),
("2024-10-08", "General Surgery Clinic Note", """
Gen surg clinic
Peristomal ulcers x 3 wks. DDx: peristomal pyoderma gangrenosum vs calciphylaxis (ESRD) vs irritant / leak related.
Bx from ulcer edge taken today (not base). No debridement given pathergy concern.
"""),
("2024-10-22", "Clinic Letter", """
Dear Dr Ivanova,
The biopsy from the peristomal ulcer edge in Ms Delphine Osei shows a dense neutrophilic infiltrate without vasculitis and without any vascular calcification or thrombosis. Together with the clinical picture this is peristomal pyoderma gangrenosum; calciphylaxis has been ruled out. She has started topical tacrolimus and gastroenterology are reviewing her Crohn's therapy.
Yours sincerely,
Dr J. Halloran, General Surgery
"""),
]}

U19 = {"patient_id": "U19", "age": 45, "sex": "M", "notes": [
("2025-02-11", "General Surgery Clinic Note", """
New pt - general surgery
45M w/ recurrent biliary colic, US: multiple gallstones, CBD 4mm. Normal renal function (Cr 0.9). No DM, no anticoag. BMI 28.0.
FHx: older brother on dialysis died 2016 of calciphylaxis; father CKD. Worried this could happen to him - explained his kidneys are normal, no personal risk factors.
Skin exam: normal.
Plan: lap chole, booked.
"""),
("2025-03-19", "Post-op Wound Check", """
Post op check - 2 wks s/p lap cholecystectomy (3/5)
4 port sites healing, umbilical port slightly pink, no discharge. No bile leak symptoms.
Path: chronic cholecystitis.
D/c from clinic.
"""),
]}

U20 = {"patient_id": "U20", "age": 71, "sex": "F", "notes": [
("2023-07-18", "Endocrine Surgery Consult", """
ENDOCRINE SURGERY CONSULT
71F ESRD, in-centre HD since 2014 (TTS), tertiary hyperparathyroidism (PTH 1460 on cinacalcet), insulin-treated T2DM, AF on warfarin, obese (BMI 32.7).
Discussed subtotal parathyroidectomy. Explained that a PTH this high plus a raised calcium-phosphate product increase the risk of calciphylaxis and vascular calcification; surgery may lower that risk. If she ever notices painful dark or lace-like patches on the skin she must tell her dialysis team at once.
Skin: no lesions, no livedo. Warfarin to hold 5 days pre-op with bridging.
"""),
("2023-08-22", "Operative Report", """
OPERATIVE REPORT
Procedure: bilateral neck exploration, 3.5 gland parathyroidectomy, cervical thymectomy; remnant of L inferior marked w/ clip.
Collar incision 5 cm, 2 fingerbreadths above sternal notch.
Intraop PTH 1380 -> 96 at 10 min.
Closure 4-0 subcuticular.
"""),
("2023-09-05", "Post-op Wound Check", """
Endocrine surgery post op
Neck incision healed well. Hungry bone - on calcitriol + Ca via dialysis unit, Ca 8.4 today. Warfarin restarted.
Skin check: no ulcers or purpura anywhere; no evidence of calciphylaxis.
BMI 32.7
"""),
]}

PATIENTS = [U15, U16, U17, U18, U19, U20]
