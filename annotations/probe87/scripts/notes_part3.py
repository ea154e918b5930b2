"""probe87 corpus notes, G15-G20 (palliative care and hospice; all invented)."""

G15 = {"patient_id": "G15", "age": 74, "sex": "M", "notes": [
("2025-06-03", "Hospice RN Visit", """
RN visit, home. Hospice dx: ESRD, off HD since 5/20/25 (pt choice). DM2 - wife still giving insulin detemir into his L lower abdomen nightly, "same place, it's easiest". BMI 32.6.
Wife worried about a "hard sore lump" at the shot spot on the L side of belly x 1 wk. Exam: 3 cm firm, tender, dusky red-purple nodule, small dark center, no net pattern seen. No drainage.
Called MD.
"""),
("2025-06-05", "Hospice Physician Visit", """
Saw pt re: L abdominal nodule at insulin site.
Ddx: fat necrosis or bleeding into lipohypertrophy at the injection spot vs early calciphylaxis - cannot exclude calciphylaxis given off-dialysis uremia. Not biopsied; pt and wife decline any procedure, consistent w/ goals.
Plan: stop insulin (no longer needed for comfort goals), stop fingersticks. Morphine 2 mg SL q2h prn.
"""),
("2025-06-11", "Hospice Death Note", """
Died at home 2240, wife and grandson present. Abdominal lesion never characterized further. Body released to funeral home.
"""),
]}

G16 = {"patient_id": "G16", "age": 80, "sex": "F", "notes": [
("2018-04-10", "Palliative Care Consult", """
Inpatient PC consult: pain, wound, dementia, goals.
80F, advanced vascular dementia (FAST 7a), CKD4, GFR 18 - has never dialyzed, not ESRD, family declines future dialysis. Afib on warfarin since 2014. No DM. BMI 28.4.
Painful dusky patches on the R lateral thigh for 10 days, now w/ central black area.
Our differential: calciphylaxis (non-uremic / CKD 4) versus warfarin-induced skin necrosis versus pressure. Derm recommends biopsy.
Son (HCP) declines biopsy: "no more needles, just keep her comfortable".
"""),
("2018-04-12", "Family Meeting", """
Family meeting, son Wendell and granddaughter.
Shared uncertainty about what the thigh wound is - "possibly calciphylaxis, possibly a reaction to the blood thinner". Family chose comfort measures.
Warfarin stopped. DNR/DNI. Discharge to SNF with hospice.
"""),
("2018-05-01", "Hospice RN Note", """
SNF visit. R thigh wound larger, dry eschar. Possible calciphylaxis vs warfarin necrosis - no further workup per goals.
Comfort positioning q2h, low air loss mattress. Pain controlled on scheduled acetaminophen + morphine prn.
"""),
]}

G17 = {"patient_id": "G17", "age": 71, "sex": "M", "notes": [
("2021-09-14", "Palliative Care Consult", """
Vascular surgery asked PC to see for goals.
71M, ESRD (peritoneal dialysis), type 2 DM using an insulin pump (basal ins in abdomen), severe PAD, had a right femoropopliteal bypass in 2016. BMI 26.0. No warfarin.
L heel eschar 4 cm + livedo on lateral L foot, onset ~Aug. Non-palpable DP/PT on L.
Vascular: "ischemic ulcer, r/o calciphylaxis". Derm suggested biopsy; vascular worried biopsy of heel won't heal.
Pt: does not want amputation, would rather "live with it as long as it lasts".
"""),
("2021-10-05", "Hospice Admission", """
Enrolled in hospice. L heel: arterial vs calciphylaxis, never biopsied, no further workup. Continues PD for now.
Comfort: heel floated on pillow, no boots that rub. Oxycodone 5 mg q4h prn.
DNR.
"""),
]}

G18 = {"patient_id": "G18", "age": 77, "sex": "F", "notes": [
("2019-12-03", "Palliative Care Consult", """
PC consult, oncology floor. 77F, metastatic NSCLC, ESRD on HD since 2017 (MWF). Steroid-induced hyperglycemia on dexamethasone - no diagnosis of diabetes, no insulin given. Never on warfarin. BMI 21.1.
Nursing noted purple-black areas on both buttocks. Primary team wrote "?calciphylaxis".
Exam: bilateral buttocks near the gluteal cleft, butterfly-shaped dusky purple areas w/ superficial breakdown, occurred over 48 h while she was mostly bedbound.
Impression: Kennedy terminal ulcer vs deep tissue pressure injury vs calciphylaxis.
Plan: derm to see; 2-hourly turns, offload.
"""),
("2019-12-05", "Dermatology Consult", """
Derm: Buttock lesions: pattern, rapid onset over pressure points and absence of retiform purpura favor pressure-related injury / Kennedy ulcer. Superficial bx at edge: ischemic pressure-type necrosis; vessels without calcium or thrombus. Calciphylaxis ruled out.
"""),
("2019-12-09", "Goals of Care Family Meeting", """
Met with husband Fintan and two sons. Discussed that cancer is progressing, HD now more burden than benefit.
Family decision w/ pt: stop dialysis, home hospice, DNR. Reviewed what dying off dialysis may look like.
"""),
]}

G19 = {"patient_id": "G19", "age": 59, "sex": "M", "notes": [
("2022-08-17", "Palliative Clinic Consult", """
Palliative clinic new consult.
59M, metastatic pancreatic adenocarcinoma, post-pancreatectomy diabetes on insulin (glargine + lispro). Creatinine normal, no kidney disease. Never on warfarin. BMI 20.5.
Family hx: mother was on dialysis for 15 yrs and died of calciphylaxis; pt frightened he will "get what she had".
Skin exam: intact, no ulcers or purpura.
Reassured: his kidneys are normal.
"""),
("2022-09-14", "Palliative Clinic Follow-up", """
Pain better on methadone 2.5 mg tid. Appetite low, weight down 3 kg.
Discussed hospice timing; wants one more cycle of chemo for his daughter's wedding in October.
Skin intact.
"""),
]}

G20 = {"patient_id": "G20", "age": 65, "sex": "F", "notes": [
("2025-01-14", "Palliative Care Consult - Dialysis Unit", """
Seen chairside during HD.
65F, ESRD on HD x 9 yrs, afib on warfarin, prediabetes (last A1c 6.1) managed by diet. BMI 30.4.
She is considering withdrawal from dialysis. Discussed what can happen: uremic symptoms, fluid, and that being on warfarin with kidney failure raises the chance of calciphylaxis (very painful skin sores); she should phone us if any appear.
Skin: intact.
"""),
("2025-01-28", "Goals of Care Conversation", """
GOC talk w/ pt and brother Ambrose. She decided to continue HD for now, but skip Saturday runs. DNR/DNI.
If she develops new painful skin lesions, would evaluate for calciphylaxis.
"""),
("2025-03-11", "Palliative f/u - Dialysis Unit", """
Doing ok, more energy. No skin lesions. Warfarin continued per cardiology.
"""),
]}

PATIENTS = [G15, G16, G17, G18, G19, G20]
