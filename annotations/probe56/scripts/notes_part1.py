"""probe56 corpus notes, B01-B07 (palliative care and hospice; all invented)."""

B01 = {"patient_id": "B01", "age": 71, "sex": "M", "notes": [
("2019-07-03", "Palliative Care Consult", """
PALLIATIVE MEDICINE CONSULT - inpt, Ward 6 North
Reason: pain + goals of care, requested by renal team
Mr Teodoro Balcazar, 71. ESRD, in-centre HD three mornings weekly through his left forearm fistula. Insulin-requiring T2DM - he does his own Lantus 30u qHS, always pushes it into the left lower belly ("the only spot with enough padding"), has done since January of this year when he was switched over from tablets.
HPI: exquisitely painful area L lower abdomen, started June 28, 2019 as a firm sore patch; now dusky and mottled, black eschar in the middle roughly 3 cm. Pain 9/10 at worst, worse with his belt and with the sheet.
Wt 104 kg / BMI 33.6.
Assessment/plan: necrotic plaque in the left lower quadrant overlying his insulin sites, strong suspicion for calciphylaxis - derm asked to biopsy. Hydromorphone 0.5 mg PO q4h prn. Will speak w/ wife Lucia re: what matters most to him.
"""),
("2019-07-09", "Dermatology Consult Addendum", """
Derm addendum: 4mm punch taken 7/5 at the rim of the L lower abdominal eschar. Pathology: subcutaneous arterioles with calcified media, intraluminal thrombus, adjacent fat necrosis - diagnostic of calciphylaxis. Lesion sits right on the area he has been injecting insulin into since Jan 2019 - we'd regard this as a Koebner-type localisation. Recommend STS with HD, move insulin injections off the abdomen (upper arms ok), gentle wound care only.
"""),
("2019-07-16", "Family Meeting Note", """
Family meeting, conference rm 2. Present: pt, wife Lucia, daughters Marisol + Inés (by phone), Dr Ferreira (pall med), RN Kovac, SW Abernathy.
Discussed: biopsy result (calciphylaxis), that healing is unlikely and that the wound on his belly will probably get bigger. Teodoro said plainly "I don't want to keep doing the machine three times a week if this is how it ends". Daughters tearful but supportive.
Outcome: continue HD for now until son arrives from Tucson on 7/20, then revisit. Code status changed to DNR/DNI. Hospice info packet given.
"""),
("2019-07-30", "Hospice Admission Visit", """
HOSPICE RN ADMISSION - home visit
Dx: calciphylaxis w/ ESRD, dialysis stopped 7/24 per pt's wishes.
Skin: L lower abd wound 6cm by 4cm, eschar black/dry, scant serous drainage, periwound violaceous. Dressed with silicone foam, changed q3d by wife (taught today).
Pain managed on hydromorphone; breakthrough SL. Lantus reduced to 10u, wife now giving it in his R upper arm.
Wt not obtained (bedbound). Family aware of expected course. Chaplain visit requested.
"""),
]}

B02 = {"patient_id": "B02", "age": 79, "sex": "F", "notes": [
("2023-02-08", "Hospice Home Visit", """
Hospice nurse visit - Thornbury Rd
Pt: Agnes Whitlock 79F, ESRD on CCPD overnight (cycler), AF on warfarin 3mg, not diabetic.
S: daughter reports "the sore on Mum's hip is worse". Pt tells me she puts her electric heating pad across the right hip each night, since October 2022 for arthritis - "without it I'm awake till 4".
O: R lateral hip (trochanteric area) - 5cm irregular purple-black patch with a firm woody border, very tender. Began in January, family unsure of the exact day.
BMI 27.2 (from clinic wt last wk).
A: ?calciphylaxis vs deep burn. Heating pad removed from the home with pt's permission.
P: notify hospice MD, pain review.
"""),
("2023-02-14", "Hospice Physician Note", """
IDT physician visit.
Agnes has a stellate necrotic plaque on the right hip w/ livedoid margin; for a peritoneal dialysis pt taking warfarin this is calciphylaxis until proven otherwise, and on review of the photos w/ her nephrologist Dr Ashworth (who saw her in clinic on 2/10 and diagnosed calciphylaxis clinically - no biopsy, pt declined) we agree. Site = the patch she has been heating with the pad nightly since Oct '22. Warfarin stopped today; apixaban not started given goals.
Plan: morphine 2.5mg PO q4h prn, lidocaine patch to surrounding skin, keep pad out of the house.
"""),
("2023-03-02", "Bereavement-Adjacent Family Call", """
Phone call w/ daughter Fiona. Mum is sleeping most of the day, eating sips only. Hip wound dressing changed yesterday by RN, no odour. Fiona asked whether the heating pad "caused all this" and feels guilty for buying it; reassured at length, offered bereavement team contact now rather than later. Fiona accepted.
"""),
]}

B03 = {"patient_id": "B03", "age": 66, "sex": "M", "notes": [
("2024-05-20", "Palliative Clinic Visit", """
Outpatient palliative clinic
66M, HD MWF (tunnelled line R IJ), type 2 DM on metformin-free regimen - gliclazide only, no insulin. Heart failure, leg edema. Lymphoedema service fitted him with class 2 thigh-length compression stockings on 04 March 2024 and he has worn them daily.
Now: painful, mottled, purplish areas on both calves, exactly under the stocking band, came on 3 weeks ago. Small black centres on the L one.
BMI 29.8 (overweight range; obesity not documented).
Imp: bilateral calf lesions ?calciphylaxis. Stockings off. Refer derm; hold off on any further compression.
"""),
("2024-05-29", "Dermatology Clinic Letter", """
Dear palliative team,
I reviewed Mr Oyelaran today. Both lower legs show retiform purpura with early eschar, the left more advanced than the right, confined to the band of skin his compression hosiery gripped. Punch biopsy from the L calf shows mural calcium in little subcutaneous vessels plus thrombosis in the subcutaneous fat, consistent with calciphylaxis. The pressure of the garment is the most plausible local trigger.
With best wishes, Dr N. Pemberton-Yates
"""),
("2024-06-18", "Goals of Care Conversation", """
GOC conversation at bedside (dialysis unit side room)
Pt understands calciphylaxis on both legs is not healing. Wants to continue HD through his granddaughter's wedding (July 6) and then "see how I feel". Wife Priya present. Agreed: DNACPR, no ICU, non-stick dressings for comfort; fentanyl patch 12 mcg started. Follow up 2 weeks.
"""),
]}

B04 = {"patient_id": "B04", "age": 63, "sex": "F", "notes": [
("2021-03-05", "Palliative Inpatient Note", """
Pall care f/u - Day 3
63F, metastatic ovarian ca w/ recurrent malignant ascites; ESRD managed conservatively - she declined dialysis in 2020 after long discussion. DM2 diet-controlled. Wt 91 kg, BMI 35.1.
IR placed a tunnelled indwelling peritoneal catheter in the right lower quadrant on 3/2/21; drains 1L twice weekly.
Skin: exit site clean. No other skin issues.
Plan: home with hospice, district nurses to drain Mon/Thu.
"""),
("2021-04-12", "Hospice Nurse Home Visit", """
HOME VISIT. Pt c/o "the skin round my drain has gone black and it hurts like fire". Husband Gareth says it came up on Easter Sunday, they noticed it when she got dressed for church.
O/E: R lower quadrant around and below the catheter tract - 4x5cm violaceous indurated plaque with net-like purple border, 1.5cm black eschar inferior to exit site. Afebrile. No pus at exit site.
Called hospice MD re possible calciphylaxis vs cellulitis.
"""),
("2021-04-20", "Hospice Physician Visit", """
Hospice MD home visit. Reviewed with renal (Dr Mbeki by phone) - given ESRD, calcium-phosphate product persistently high and the classic appearance, clinical diagnosis: calciphylaxis, R lower abdominal wall, in the skin around her peritoneal catheter tract. No biopsy (pt and team agree not in keeping with goals).
BMI today 33.0, weight falling.
Plan: continue drain (ascites relief matters more to her), morphine SC via syringe driver started today, butterfly in L upper chest. Family meeting Friday.
"""),
]}

B05 = {"patient_id": "B05", "age": 84, "sex": "M", "notes": [
("2020-12-22", "Hospice Home Visit", """
Hospice RN routine visit
Walter (84) - ESRD, still doing HD 3x/wk at Riverside, wants to stop after Christmas. On warfarin for mech mitral valve. No diabetes. BMI 22.4.
Wife reports he had a fall on Thanksgiving getting up from the table - his L shin struck the steel bedframe as he went down; the scrape scabbed over. Then early this month the same spot got dark purple, hard and now has a black crust. Won't let anyone touch it.
O: L anterior shin 3cm black eschar, surrounding livedo, exquisitely tender.
Plan: ask hospice MD to see; hold any compression.
"""),
("2020-12-29", "Hospice Physician Note", """
Visit w/ pt + wife. L shin lesion reviewed. His nephrologist sent the biopsy result from 12/23 (done at the unit's request): calciphylaxis confirmed - vessel calcification, thrombi, panniculitis. Arose within the healing scrape from the 11/26 fall on the left lower leg.
Discussed stopping HD: pt clear, last session 12/31. Warfarin to stop. Likely prognosis (short days to perhaps two weeks) discussed with wife Dolores and son.
"""),
("2021-01-06", "Hospice Continuous Care Note", """
Continuous care RN 0700-1900. Pt mostly asleep, mottling of knees. Syringe driver: morphine 10mg + midazolam 5mg/24h via SC butterfly R abdomen, site clean. L shin dressing intact. Family at bedside, grandson reading to him. Mouth care q2h.
"""),
]}

B06 = {"patient_id": "B06", "age": 58, "sex": "F", "notes": [
("2023-08-14", "Hospice Nurse Visit", """
Hospice RN - syringe driver set up
58F, ESRD on PD (stopped exchanges last wk, pt choice), CHF. BMI 31. Not diabetic, no warfarin.
Pain poorly controlled on oral route (vomiting). CSCI started: hydromorphone 3mg + haloperidol 1.5mg / 24h. 25g butterfly sited SC in L upper arm, posterior aspect, because abdomen tender from PD catheter. Tegaderm over site.
"""),
("2023-09-02", "Hospice Nurse Visit", """
Visit for driver refill. Butterfly has stayed in the same left upper arm spot since 8/14 (pt refused resiting - "don't poke me again").
Around the site: hard purple-black plaque ~3cm, started 5 days ago per pt's sister who lives w/ her. Very painful to touch, not red/hot, no pus.
Resited butterfly to R upper chest. Photo sent to hospice MD.
"""),
("2023-09-06", "Hospice Physician Note", """
Seen at home. L posterior upper arm: retiform necrotic plaque, eschar centrally, at the old infusion site. Discussed w/ her nephrologist who has seen two similar cases: clinical dx calciphylaxis triggered at the subcutaneous infusion site. Not for biopsy. Weight not done, last recorded BMI 31.0.
Family meeting w/ sister and niece: focus comfort; she wants to die at home.
"""),
]}

B07 = {"patient_id": "B07", "age": 69, "sex": "M", "notes": [
("2024-11-04", "Palliative Clinic Note", """
Palliative OP clinic - new referral
Mr Hollingworth, 69. ESRD (haemodialysis thrice weekly), T2DM treated with insulin (Humalog mix into abdomen), morbid obesity BMI 41. Gout L knee.
Since Labor Day he has iced the left knee with gel packs from the freezer 3-4x daily ("wrapped in a tea towel, mostly").
Late October a purple lacy rash came up anterior to the L patella, now with two black scabs.
Exam: L anterior knee - two eschars 1-2cm within retiform violaceous patch. R knee normal.
Imp: ?calciphylaxis vs cold injury. Derm urgent.
"""),
("2024-11-13", "Dermatology Consult", """
Dermatology - urgent clinic
Biopsy of the left knee (11/8): calciphylaxis - confirmed histologically with von Kossa-positive vessel wall calcification. Distribution fits his cold pack use on that knee. Advised no ice, no heat.
"""),
("2024-12-02", "Goals of Care Note", """
GOC visit with pt and partner Trevor. Pt has decided to continue HD but decline any surgery or hyperbaric. Knee pain 6/10 on methadone 2.5mg bid (started by pall care). Referral to hospice for when he stops HD. Trevor asking about respite.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
