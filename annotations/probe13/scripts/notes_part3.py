"""Probe13 corpus notes, L15-L20 (all invented; dictated transcription style)."""

L15 = {"patient_id": "L15", "age": 74, "sex": "F", "notes": [
("2025-02-04", "Operative Report (dictated)", """
GENERAL SURGERY - DICTATED OPERATIVE NOTE

OPERATION DATE: 02/04/2025.

PRE-OP DIAGNOSIS: Umbilical hernia, recurrent, chronically painful.

POST-OP DIAGNOSIS: Recurrent umbilical hernia; 4 cm fascial defect.

OPERATION: Open repair of the recurrent umbilical hernia with onlay mesh; closed suction drain left.

HISTORY: Mrs. Oyelowo-Strand, 74, is hemodialysed thrice weekly for ESRD due to diabetic nephropathy and injects insulin degludec into her upper arms. Warfarin: never. BMI 36.9.

TECHNIQUE: Curved infraumbilical incision; the recurrent sac was lifted off the umbilical skin and reduced; the fascial edges were freshened and closed primarily with interrupted nonabsorbable sutures. Lightweight onlay mesh fixed with absorbable tacks. Her pannus leaves a large subcutaneous dead space, so a 10 French round Blake drain was laid over the mesh and exteriorized through a stab incision in the left lower abdomen, stitched with nylon and covered with a transparent film dressing. Subcuticular absorbable skin closure. Home the following day with the drain, which clinic will remove.
"""),
("2025-02-19", "Plastic Surgery Consultation (dictated)", """
PLASTIC SURGERY CONSULTATION

REASON FOR REFERRAL: Dark, painful skin where the drain came out.

HISTORY OF PRESENT ILLNESS: This 74-year-old lady on hemodialysis, an insulin-using diabetic, had an open umbilical hernia repair on 02/04/2025, the drain leaving through the left lower abdomen. Surgical clinic pulled the drain on 02/11/2025 and noticed then a small dusky zone around the exit wound. It has since grown hard, purple and very painful, and the pain wakes her at night. The main incision is healing well.

PHYSICAL EXAMINATION: BMI 36.9. Where the drain used to exit, left lower abdomen, sits a firm violaceous plaque, three by two and a half centimetres, carrying a black eschar of 1 cm in the middle and a faint lacy edge. Nothing fluctuant, nothing draining. Umbilical incision clean.

IMPRESSION: Necrotic plaque at a drain exit site in a hemodialysis patient. I am concerned about early calciphylaxis, but local pressure necrosis from the drain and its anchoring stitch would look just the same, and clinically I cannot separate the two.

PLAN: I advised a punch biopsy to answer the question; after talking it through she declined, fearing the biopsy would leave yet another wound that refuses to heal. We settled on local care under a hydrocolloid and review at four weeks.
"""),
("2025-03-18", "Clinic Letter (dictated)", """
Dear Dr. Thorvaldsen,

Mrs. Oyelowo-Strand returned today. The little necrotic patch at the old drain site, left lower abdomen, has responded to simple dressings: the eschar has lifted off, the base is granulating at 1.5 x 1 cm, and the pain is far less. Once more she declined a biopsy, and given that it is healing I did not insist.

In summary, we never established whether this was a small focus of calciphylaxis or merely pressure necrosis from the drain; calciphylaxis stays a possibility we could not confirm. In view of that uncertainty I have suggested your team keep her phosphate and calcium tightly controlled. BMI 36.9. I have discharged her from my clinic, asking her to come back if the area breaks down again or any new painful lesion appears.

Yours sincerely, Leopold Aguirre-Whitcombe, MD, Plastic Surgery
"""),
]}

L16 = {"patient_id": "L16", "age": 68, "sex": "M", "notes": [
("2017-06-20", "Discharge Summary (dictated)", """
DISCHARGE SUMMARY

ADMITTED: 06/12/2017. DISCHARGED: 06/20/2017.

DIAGNOSES: 1. Low-grade papillary urothelial carcinoma of the bladder; transurethral resection on 06/13/2017. 2. Urinary tract infection after the procedure. 3. Left forearm extravasation injury. 4. ESRD, peritoneal dialysis. 5. Atrial fibrillation, on warfarin.

HOSPITAL COURSE: Gentleman of 68 who does continuous ambulatory peritoneal dialysis at home and takes warfarin for atrial fibrillation. On 06/13/2017 he had cystoscopy and transurethral resection of a 2 cm bladder tumor, warfarin having been stopped beforehand; it was restarted on 06/15/2017. That same day he spiked a fever with a Pseudomonas urinary infection, and cefepime ran through a peripheral IV cannula in the back of the left forearm. On 06/16/2017 the IV infiltrated, the left forearm becoming swollen and painful; the cannula was taken out and the arm elevated. Two days later a purple, firm, very tender patch of 4 x 3 cm, dusky in the middle, came up at the infiltration site. No diabetes. BMI 29.9.

DISPOSITION: Home, continuing peritoneal dialysis, on oral ciprofloxacin. Dermatology to see the forearm lesion.
"""),
("2017-07-11", "Dermatology Consultation (dictated)", """
DERMATOLOGY CONSULTATION

HISTORY OF PRESENT ILLNESS: Gentleman of 68, peritoneal dialysis, warfarin, sent because a painful left forearm lesion arose where an intravenous cannula infiltrated during last month's admission. It has not healed and is still very tender.

EXAMINATION: BMI 29.9. Dorsal left forearm: a violaceous, indurated plaque, 4 x 3.5 cm, centred by a black eschar of 1 cm and a reticulate purpuric border. No other skin lesions.

PROCEDURE: After verbal and written consent, a 4 mm punch was taken from the margin today.

IMPRESSION: Necrotic plaque at an IV extravasation site in a man with ESRD on warfarin. I am weighing extravasation injury with fat necrosis against early calciphylaxis provoked at the infiltration site, and clinically I cannot tell them apart.

ADDENDUM 07/18/2017: Biopsy shows dermal and subcutaneous fat necrosis with hemorrhage and organising change. In the sections examined, including von Kossa stains, no vascular calcification is seen; however the specimen is superficial, and early or missed calciphylaxis cannot be excluded. Nondiagnostic.
"""),
("2017-08-15", "Clinic Letter (dictated)", """
Dear Dr. Nakamura-Olsen,

Your patient came back to dermatology today. The left forearm lesion at the old drip site has shrunk and hurts far less, with a dry 1 x 1 cm eschar and a fading purple edge. We discussed a deeper biopsy to settle whether this is calciphylaxis, since the punch could neither prove nor disprove it, but he would rather not have more surgery on a wound that is healing, which seems reasonable to me.

So the diagnosis stays uncertain: an extravasation injury, or early calciphylaxis at the infiltration site, and we have proven neither. Peritoneal dialysis and warfarin continue. BMI 29.9. I would be grateful if his nephrologist could keep the phosphate in check and consider whether warfarin could be swapped. No further follow-up booked, but I am happy to see him again.

Yours sincerely, Saoirse Dunleavy-Obi, MD, Dermatology
"""),
]}

L17 = {"patient_id": "L17", "age": 80, "sex": "F", "notes": [
("2016-10-04", "Operative Report (dictated)", """
PODIATRIC SURGERY - DICTATED OPERATIVE NOTE

DATE: 10/04/2016.

PRE-OP DIAGNOSIS: Osteomyelitis, distal phalanx of the right hallux.

POST-OP DIAGNOSIS: Unchanged.

OPERATION: Right great toe amputation through the metatarsophalangeal joint.

HISTORY: Lady of 80, hemodialysed for ESRD, insulin-requiring type 2 diabetic, whose plantar hallux wound of several months probes to bone, osteomyelitis confirmed on MRI. Never on warfarin. BMI 22.5.

TECHNIQUE: Ankle block. A racquet-shaped incision encircled the base of the right great toe, the toe was disarticulated at the metatarsophalangeal joint, and a rongeur cleared the cartilage off the metatarsal head. Irrigation, then loose closure with nylon. Bone went to microbiology and histology. Bulky dressing and postoperative shoe.
"""),
("2016-11-15", "Vascular Surgery Consultation (dictated)", """
VASCULAR SURGERY CONSULT NOTE

REASON FOR REFERRAL: Right great toe amputation site not healing.

HISTORY OF PRESENT ILLNESS: Lady of 80, hemodialysis, insulin-requiring diabetes, right great toe amputated on 10/04/2016. The incision has never healed; over the last two weeks its edges have blackened, and she now has exquisite pain across the top of the right forefoot with purple discolouration.

PHYSICAL EXAMINATION: BMI 22.5. At the right hallux amputation site an open wound of 3 x 2 cm has dry black eschar at its edges, and spreading from it onto the forefoot dorsum is a 5 cm area of retiform purpura and livedo containing a smaller patch of necrosis. No palpable pedal pulses; monophasic Doppler signals at the ankle. Toe pressures unobtainable; ankle brachial index falsely high at 1.5 because the vessels are calcified.

IMPRESSION: Nonhealing right forefoot amputation wound with necrosis and retiform purpura. The differential runs from ischemic necrosis due to severe tibial disease to calciphylaxis, or perhaps both together. A biopsy might help but could itself become another wound that never heals.

PLAN: Angiography discussed. She and her son want time to think about her goals of care.
"""),
("2016-12-06", "Discharge Summary (dictated)", """
DISCHARGE SUMMARY

ADMITTED: 11/28/2016. DISCHARGED: 12/06/2016.

DIAGNOSES: 1. Necrotic right forefoot wound, not healing after hallux amputation: ischemic necrosis versus possible calciphylaxis, never biopsied. 2. ESRD on hemodialysis. 3. Type 2 diabetes, insulin dependent.

HOSPITAL COURSE: She came in because the right forefoot pain was getting worse. After several family meetings she chose against angiography, further amputation and skin biopsy, decided to stop dialysis, and turned to comfort care. Calciphylaxis was never confirmed and the cause of the necrosis was left open. Hydromorphone controlled her pain, and povidone-iodine painting of the wound went on. BMI 22.5.

DISPOSITION: To inpatient hospice.
"""),
]}

L18 = {"patient_id": "L18", "age": 57, "sex": "M", "notes": [
("2022-10-11", "Operative Report (dictated)", """
UROLOGY - DICTATED OPERATIVE NOTE

OPERATION DATE: 10/11/2022.

PRE-OP DIAGNOSIS: Bladder mass on work-up for gross hematuria.

POST-OP DIAGNOSIS: Several papillary bladder tumors.

OPERATION: Cystoscopy; transurethral resection of bladder tumors; three-way urethral catheter for irrigation.

HISTORY: Gentleman of 57, hemodialysed for ESRD from reflux nephropathy, not diabetic, who came with painless frank hematuria. BMI 31.0.

TECHNIQUE: General anesthesia, lithotomy. Resectoscope passed. Three papillary tumors on the left lateral wall and dome, the biggest 3 cm, resected down to muscle with bipolar energy and their bases fulgurated. Chips to pathology. A 22 French three-way catheter went in and continuous bladder irrigation began. Admitted for observation.
"""),
("2022-10-24", "Dermatology Consultation (dictated)", """
DERMATOLOGY CONSULTATION

REASON FOR REFERRAL: Painful purple patches, abdomen.

HISTORY OF PRESENT ILLNESS: Gentleman of 57 on hemodialysis, in hospital since transurethral resection of bladder tumors on 10/11/2022 because of clot retention. He has had subcutaneous heparin 5000 units twice a day into the abdomen since 10/12/2022. Since 10/21/2022 painful purple patches have appeared on the lower abdomen at the injection sites, and platelets have dropped from 214 to 88.

EXAMINATION: BMI 31.0. Four retiform purpuric plaques, 2 to 4 cm, scattered across the lower abdomen on right and left, each centred on an injection site; two have dusky central necrosis.

IMPRESSION: Retiform purpura with necrosis, located at heparin injection sites. My leading diagnosis is heparin-induced skin necrosis as part of heparin-induced thrombocytopenia; calciphylaxis, which should cross the mind in any dialysis patient with retiform purpura, is the other consideration.

PLAN: Stop every source of heparin, the dialysis circuit included; PF4 antibody and serotonin release assay; argatroban; punch biopsy today from the largest plaque's edge.
"""),
("2022-11-02", "Discharge Summary (dictated)", """
DISCHARGE SUMMARY

ADMITTED: 10/11/2022. DISCHARGED: 11/02/2022.

DIAGNOSES: 1. Heparin-induced thrombocytopenia with heparin-induced skin necrosis at the abdominal injection sites. 2. High-grade non-muscle-invasive urothelial carcinoma of the bladder, resected. 3. ESRD on hemodialysis.

HOSPITAL COURSE: Clot retention after the tumor resection needed irrigation and kept him in. Thrombocytopenia followed, along with necrotic purpura at his abdominal heparin injection sites. PF4 antibody came back strongly positive and the serotonin release assay positive, confirming heparin-induced thrombocytopenia. The 10/24/2022 skin biopsy showed fibrin thrombi plugging vessels of the dermis and subcutis with no calcium in or around the vessels on von Kossa stain, which excluded calciphylaxis; the skin findings were put down to heparin-induced skin necrosis. Argatroban was given, then he was bridged to warfarin, to continue for three months, and his dialysis circuit is now free of heparin. The abdominal plaques are drying and getting smaller. BMI 31.0.

DISPOSITION: Home. His dialysis unit knows about the heparin allergy. INR monitoring by the anticoagulation clinic.
"""),
]}

L19 = {"patient_id": "L19", "age": 45, "sex": "F", "notes": [
("2025-05-06", "Endocrine Surgery Consultation (dictated)", """
ENDOCRINE SURGERY CONSULTATION

REASON FOR REFERRAL: Secondary hyperparathyroidism not controlled medically.

HISTORY OF PRESENT ILLNESS: Mrs. Pettersson-Ade, 45, has ESRD from type 1 diabetes mellitus, on nightly cycler peritoneal dialysis for four years, and uses an insulin pump. Her nephrologist sent her because intact PTH has climbed to 1680 in spite of cinacalcet and paricalcitol. Bone pain and itch. Warfarin: never. She has no skin wounds, no painful lumps and no skin discolouration.

PAST SURGICAL HISTORY: Laparoscopic placement of a peritoneal dialysis catheter in 2021; cesarean delivery in 2008.

PHYSICAL EXAMINATION: BMI 27.5. No palpable neck masses. Skin over abdomen, thighs, buttocks and legs intact, with no livedo, purpura or nodules.

IMPRESSION AND PLAN: Refractory secondary hyperparathyroidism. We talked through subtotal parathyroidectomy, and I explained that one reason to go ahead is that persistently high PTH and phosphate increase her risk of calciphylaxis, a painful and dangerous skin disease, and that any new painful skin lesion should be reported straight away. She agreed, and surgery is booked.
"""),
("2025-06-03", "Operative Report (dictated)", """
DICTATED OPERATIVE NOTE

OPERATION DATE: 06/03/2025.

OPERATION: Subtotal parathyroidectomy plus cervical thymectomy.

FINDINGS: All four glands enlarged and hyperplastic; a 50 milligram remnant of the smallest, the right superior, was kept.

TECHNIQUE: General anesthesia, dispersive electrode on the left thigh. A low transverse collar incision, glands identified, three and one-half removed and confirmed on frozen section. Recurrent laryngeal nerves preserved and monitored throughout. Subcuticular closure and glue. When the grounding pad came off at the end of the case the skin under it was intact. BMI 27.5.
"""),
("2025-07-01", "Clinic Letter (dictated)", """
Dear Dr. Abernethy-Kwame,

Four weeks after her subtotal parathyroidectomy I reviewed your patient. PTH has fallen to 190, calcium is steady on calcitriol and oral calcium, and the bone pain is better. The neck incision has healed nicely. She has no skin lesions, and examining trunk and limbs I found no sign of calciphylaxis. Peritoneal dialysis and the insulin pump continue. BMI 27.5. I have handed her back to your care.

Yours sincerely, Henrike Adeyemi-Voss, MD, Endocrine Surgery
"""),
]}

L20 = {"patient_id": "L20", "age": 71, "sex": "M", "notes": [
("2021-08-17", "Operative Report (dictated)", """
UROLOGY - DICTATED OPERATIVE NOTE

OPERATION DATE: 08/17/2021.

PRE-OP DIAGNOSIS: Left lower pole renal mass, 3.4 cm, enhancing.

OPERATION: Robot-assisted partial nephrectomy, left.

HISTORY: Gentleman of 71, chronic kidney disease stage 3b (eGFR 38) who does not receive dialysis, no diabetes, no anticoagulants. BMI 32.4. He worries about his kidneys because his mother got calciphylaxis on dialysis and died from it.

TECHNIQUE: Right modified flank position, all pressure points padded. Ports placed, colon reflected, renal hilum dissected. Artery clamped 19 minutes; tumor excised with a rim of normal parenchyma; two-layer renorrhaphy. Specimen removed via an enlarged port site. Drain left in the left flank.
"""),
("2021-08-31", "Discharge Summary (dictated)", """
DISCHARGE SUMMARY

ADMITTED: 08/17/2021. DISCHARGED: 08/31/2021.

DIAGNOSES: 1. Clear cell renal cell carcinoma, left kidney, after robot-assisted partial nephrectomy. 2. Urine leak after surgery, managed by ureteral stent. 3. Sacral pressure injury, stage 2. 4. CKD stage 3b.

HOSPITAL COURSE: A urine leak on postoperative day three was treated on 08/21/2021 with cystoscopy and a left ureteral stent, after which drain output fell. While delirious and bed-bound he developed a 3 x 2 cm patch of partial-thickness skin loss over the sacrum, which the wound care nurse graded a stage 2 pressure injury. Because of his mother's calciphylaxis he asked whether this might be the same illness, so dermatology looked at it: a shallow pink wound bed without eschar, retiform purpura or livedo, and in their view no evidence of calciphylaxis; his kidney function, calcium and phosphate are not in a range where it would be expected either. Two-hourly turns and a foam dressing were used. BMI 32.4.

DISPOSITION: Home with his wife. Stent out in four weeks.
"""),
("2021-10-05", "Urology Clinic Letter (dictated)", """
Dear Dr. Lindahl,

Mr. Obuya-Sandberg came for review today. The stent came out easily on 09/21/2021, creatinine is back to baseline, and final pathology is clear cell carcinoma with clear margins. The small sacral pressure injury from his admission has fully healed. Because of what happened to his mother he remains anxious that he might get calciphylaxis; I reassured him that he shows no sign of it and that it is rare at his level of kidney function. BMI 32.4. I will see him with a CT in six months.

Yours sincerely, Benedikt Oyama-Castell, MD, Urology
"""),
]}

PATIENTS = [L15, L16, L17, L18, L19, L20]
