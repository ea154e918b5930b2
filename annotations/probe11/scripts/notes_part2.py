"""Probe11 corpus notes, I08-I14 (all invented; outpatient longitudinal care)."""

I08 = {"patient_id": "I08", "age": 72, "sex": "M", "notes": [
("2023-06-12", "Telephone Triage Note", """
TELEPHONE TRIAGE - nurse line
72 yo man, HD patient, on warfarin for AF. He is a little embarrassed. This morning he caught the skin of his penis in the zipper of his trousers. There is a small cut that bled briefly and stopped once he held a tissue on it. Passing urine normally, no swelling.
Advice: wash gently with soap and water, keep clean and dry, loose underwear; call back or go to urgent care if the bleeding starts again or the area gets red and swollen. Will let the HD nurse know so it can be checked on Wednesday.
"""),
("2023-07-17", "Dialysis Unit Monthly Physician Note", """
MONTHLY HD NOTE
S: Complains of severe pain on the shaft of the penis since 7/3, getting worse, "like a hot coal". He connects it with the zipper injury last month. Voiding OK.
O: Dorsal penile shaft, at the site of the healed zipper cut, a 2 cm ulcer covered by black eschar, with firm violaceous induration around it. Glans and scrotum spared. Afebrile.
Background: ESRD on HD 9 years, DM2 (glipizide; never on insulin), warfarin for AF, PTH 1260.
A/P: suspected penile calciphylaxis. Urgent urology referral for biopsy; hold calcium; start STS on HD; discuss stopping warfarin with cardiology.
"""),
("2023-08-02", "Nephrology Clinic Letter", """
Dear Dr Feldmann,

Re: Mr Harold Quist

I am sorry to report that the biopsy taken by our urology colleagues on 21 July has confirmed calciphylaxis of the penis. The necrosis began in early July, three weeks after he injured the shaft in a trouser zipper, and it lies exactly at that site.

Cardiology agreed to stop warfarin, and he now takes apixaban. He is recieving sodium thiosulfate three times weekly on dialysis, and we have asked the surgeons about a parathyroidectomy. He remains on glipizide and does not use insulin. BMI 26.1.

Urology will review him every fortnight; a partial penectomy has been discussed should the necrosis spread.

Yours,

Dr A. Benedetti
"""),
]}

I09 = {"patient_id": "I09", "age": 55, "sex": "F", "notes": [
("2024-01-16", "Dialysis Unit Monthly Nursing Note", """
HD UNIT - MONTHLY RN ASSESSMENT
55 y/o F, ESRD, DM2 on insulin (glargine and lispro, injected into her abdomen). Painful diabetic neuropathy of the legs.
She tells me she has put a heating pad (the plug-in kind) on her left thigh at night since December because of burning pain there. The skin of the L anterior thigh is intact, a bit pink, and not blistered.
Teaching: asked her to give up the heating pad, or failing that to use a timer and a cloth layer; gabapentin dose to be reviewed with the MD.
Weight 118 kg, BMI 41.2. Access R upper arm AVF.
"""),
("2024-03-05", "Wound Care Clinic Visit", """
WOUND CLINIC NEW PATIENT
HD unit referral: painful R medial thigh wound.
History: it began approx 3 weeks ago as a tender red-purple patch and has turned black over the last week. She has not put the heating pad on the right thigh and denies any injection, bump or other injury there. She stopped the heating pad on the left side in February.
Exam: R medial thigh, a 7 x 5 cm necrotic plaque with central eschar and a livedoid border. L anterior thigh: faint pink discoloration only, no lesion.
Plan: punch biopsy from the edge sent today; calcium alginate and foam; pain consult.
"""),
("2024-03-20", "Nephrology Clinic Letter", """
Dear Dr Oyelaran,

Re: Mrs Lucinda Marsh

The punch biopsy taken in the wound clinic on 5 March confirms calciphylaxis of the right medial thigh.

Her heating pad may come to mind as a trigger, but it was only ever used on the opposite (left) thigh, where the skin remains intact. Nothing else injured the right thigh before the lesion appeared.

We have started sodium thiosulfate and switched her to a calcium-free binder. Her insulin continues, still given into the abdomen. BMI 41.2.

With kind regards,

Dr T. Nakamura, Nephrology
"""),
]}

I10 = {"patient_id": "I10", "age": 64, "sex": "M", "notes": [
("2024-02-20", "Dialysis Unit Monthly Physician Note", """
MONTHLY MD NOTE - HD
New problem: painful spot, lateral aspect of the L calf, first noticed Feb 10th. He recalls no knock or scrape and nothing applied to the skin before it appeared, and he takes no injections.
Exam: L lateral calf, a 3 cm violaceous plaque with central necrosis and surrounding livedo. R leg clear.
PMH: ESRD on HD since 2018 (polycystic kidneys), no diabetes. Warfarin 2015-2022 for AF, switched to apixaban.
Impression: strongly suspect calciphylaxis.
Plan: punch biopsy; hold calcium carbonate; STS with dialysis if the biopsy is positive.
"""),
("2024-03-12", "Wound Care Clinic Visit", """
WOUND CARE - visit 1
Biopsy 2/23: calciphylaxis (calcified small vessels within subcutaneous fat).
L lateral calf ulcer: 4.1 cm x 3.0 cm x 0.2 cm, 70% eschar / 30% slough.
Interval history: on 3/8 he tripped over the kerb outside the dialysis unit and scraped the left calf right across the existing wound; the edges are abraded and the wound has grown by about 1 cm since the biopsy.
Procedure: curette debridement of loose necrotic material, minimal bleeding.
Dressing: hydrogel and non-adherent layer. BMI 28.4.
"""),
("2024-04-09", "Wound Care Clinic Visit", """
WOUND CARE - visit 3
L lateral calf calciphylaxis ulcer: 3.6 cm x 2.7 cm x 0.1 cm. Granulation 60%, eschar 40%. Pain 3/10 on STS.
No new lesions. Abraded edges from the March fall have healed.
Plan: continue; review 2 weeks.
"""),
]}

I11 = {"patient_id": "I11", "age": 59, "sex": "F", "notes": [
("2023-08-29", "Pharmacy Medication Reconciliation", """
POST-DISCHARGE MED REC (dialysis pharmacy)
Admission 8/18-8/25 for community-acquired pneumonia.
Inpatient-only meds: SC heparin 5000 units q8h in the abdomen (DVT prevention) - stopped at discharge; ceftriaxone - completed.
Home meds confirmed:
- insulin glargine 18 units qhs and insulin lispro on a sliding scale with meals; she rotates both around her abdomen
- sevelamer 1600 mg three times daily with food
- calcitriol 0.25 mcg once a day
- metoprolol 25 mg bid
No warfarin.
BMI 33.5. ESRD on HD, type 2 DM.
"""),
("2023-10-10", "Dialysis Unit Monthly Physician Note", """
MONTHLY PHYSICIAN NOTE
S: aching, burning pain in the backs of both calves for 2 wks, worse at night.
O: Bilateral posterior calves with patches of retiform purpura; on the left calf a 2 cm central eschar. Abdomen: injection sites clean, no nodules or discolouration. Thighs normal.
A: suspected calciphylaxis of both lower legs.
P: skin biopsy; STS; low-calcium dialysate; stop calcitriol.
"""),
("2023-10-31", "Wound Care Clinic Visit", """
WOUND CLINIC
Bx-proven calciphylaxis (punch, L posterior calf, 10/13).
R posterior calf: 3.0 x 2.0 cm purpuric plaque, skin intact.
L posterior calf: 4.2 x 3.1 cm ulcer with eschar, scant drainage.
Care: leg elevation, non-adherent dressings, no compression. Insulin still given into the abdomen only.
"""),
]}

I12 = {"patient_id": "I12", "age": 67, "sex": "M", "notes": [
("2024-04-03", "Nephrology Clinic Letter", """
Dear Dr Cavanagh,

Re: Mr Bernard Loftus

I saw Mr Loftus today. He has ESRD from diabetic nephropathy and has had in-centre haemodialysis for two years, using a left arm fistula. His diabetes is diet-controlled, and he has never needed insulin or tablets.

He would like to move to peritoneal dialysis at home, which I support. I have asked the surgeons to insert a PD catheter, provisionally in June. He is markedly overweight, and his BMI today is 38.0; we talked about how this might affect PD.

Mineral bone tests are not ideal (phosphate 6.4, PTH 720), so I have adjusted his binder.

Yours sincerely,

Dr N. Albrecht
"""),
("2024-05-21", "Telephone Triage Note", """
TRIAGE CALL
Pt reports a painful, hard, purplish area on the lower belly fold (pannus), which started about a week ago and is spreading. He denies any injury, injections, heating pads, tight belts or anything else on that area. He is not on any injectable medicine.
No fever.
Disposition: seen in nephrology clinic within 48 h. Advised not to apply heat.
"""),
("2024-06-04", "Nephrology Clinic Letter", """
Dear Dr Cavanagh,

Re: Mr Bernard Loftus

Unfortunately the skin biopsy from his lower abdominal pannus has shown calciphylaxis. The lesion is now 8 x 6 cm with a central eschar.

Before the lesion appeared he had no injections, procedures or other skin injury on the abdomen. The PD catheter that was planned for June has been postponed indefinitely, as it would have to pass through the affected tissue, so he will stay on haemodialysis. We had also planned subcutaneous heparin around the time of that surgery; it was never given.

Sodium thiosulfate has started with dialysis, and a parathyroidectomy referral has been made. BMI 38.0.

Best wishes,

Dr N. Albrecht
"""),
]}

I13 = {"patient_id": "I13", "age": 71, "sex": "F", "notes": [
("2023-03-07", "Dialysis Unit Monthly Physician Note", """
HD MONTHLY ROUNDS
Access: L brachiocephalic AVF created 1/10; two weeks after her fistula surgery the incision was checked and had closed, and the fistula has been used since 2/20 without problems.
New: painful lesion on the L lateral hip x 1 wk. She denies any trauma to that area.
Exam: L lateral hip, a 4 cm indurated plaque with central eschar and a livedo rim.
PMH: ESRD (chronic GN), no DM. Past warfarin for a DVT in 2017 (six months only).
Plan: wound clinic for a biopsy; ? calciphylaxis; PTH and phos today.
"""),
("2023-03-21", "Wound Care Clinic Visit", """
WOUND CLINIC
Punch biopsy of the L lateral hip on 3/9: calciphylaxis confirmed.
Measurement today: 4.8 cm x 3.9 cm.
Procedure: loose eschar at the margin trimmed with scissors and forceps (sharp debridement), hemostasis with pressure.
Dressing: silver alginate, foam, secured with a wrap rather than tape because the skin is fragile.
BMI 30.2.
"""),
("2023-04-18", "Wound Care Clinic Visit", """
WOUND CLINIC - serial
L lateral hip calciphylaxis ulcer: 4.5 cm x 3.6 cm, 50% granulation.
At home she holds ice packs against the wound for the pain; advised to stop, since cold can worsen perfusion.
Continue sodium thiosulfate on HD. Recheck in 2 weeks.
"""),
]}

I14 = {"patient_id": "I14", "age": 57, "sex": "M", "notes": [
("2024-01-22", "Wound Care Clinic Visit", """
WOUND CARE - new patient
57 y/o man with CKD stage 3b, mechanical aortic valve on warfarin, obesity. He knocked his right shin against a trailer hitch on January 9th, and the laceration has not healed.
Exam: R anterior shin, ulcer 2.5 by 1.5 cm with healthy granulation, hemosiderin staining and stasis changes, pitting edema.
Plan: edge biopsy to exclude anything unusual; two-layer compression wrap to the right leg; weekly visits.
"""),
("2024-03-05", "Wound Care Clinic Visit", """
WOUND CARE
R shin: 1.2 by 0.8 cm, healing under compression. The edge biopsy from February showed stasis change and granulation tissue with no vascular calcification.
NEW: an exquisitely painful patch of purple, net-patterned skin on the lower abdominal pannus, black eschar in its centre, present for two weeks; no injury, injections or pressure there.
Worry: non-uremic calciphylaxis, given warfarin plus obesity.
Referred to derm for a deep biopsy of the pannus.
"""),
("2024-03-26", "Nephrology Clinic Letter", """
Dear Dr Szabo,

Re: Mr Curtis Nyberg

Thank you for referring Mr Nyberg. His kidney function is stable at CKD stage 3b (eGFR 38), and he is not on dialysis. He does not have diabetes.

The dermatology biopsy of the lower abdominal pannus has confirmed calciphylaxis, which in his case is non-uremic, with warfarin and obesity as the main risk factors. The shin wound after the trailer injury is a traumatic ulcer with venous stasis and is nearly healed; it is not calciphylaxis.

Because of his mechanical valve, warfarin cannot be replaced with a direct oral anticoagulant, so we are giving vitamin K2 and sodium thiosulfate instead. His BMI is 43.7.

Regards,

Dr J. Halloran
"""),
]}

PATIENTS = [I08, I09, I10, I11, I12, I13, I14]
