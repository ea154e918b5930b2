"""probe56 corpus notes, B08-B14 (palliative care and hospice; all invented)."""

B08 = {"patient_id": "B08", "age": 74, "sex": "F", "notes": [
("2018-06-04", "Hospice Intake", """
HOSPICE INTAKE ASSESSMENT
Name: Rosalind Petrakis  DOB on file  Age 74
Primary dx: ESRD - HD at Northgate unit, plans to withdraw. Also T2DM on NPH insulin (daughter injects into both thighs), PVD, hx DVT on warfarin until 2016 (stopped after GI bleed).
Mobility: wheelchair since 12 Feb 2018 after R BKA. Sits tilted to her left all day and leans her left side hard against the chair's side guard - "it props me up".
Skin: L flank, at the level where the side guard presses, 6x3cm dusky plaque with black center and purple reticulated rim. Daughter says it appeared in May. Thighs: injection areas look fine.
BMI 28 (adjusted for amputation).
"""),
("2018-06-11", "Hospice Physician Visit", """
Hospice medical visit. Reviewed outside derm note from 5/30: punch biopsy left flank = calciphylaxis (calcified arterioles, thrombi). Derm's comment: lesion corresponds to the point of contact with the wheelchair's side guard. Agree.
Seating: OT to pad the guard / try a tilt-in-space chair so she is not leaning on the sore side.
HD stops after Friday's run per pt. Family meeting set for Thurs.
"""),
("2018-06-15", "Family Meeting", """
Family mtg at home. Pt, sons Dimitri + Alex, daughter Helen. Helen is primary caregiver and gives the NPH. We talked through what to expect once dialysis stops (sleepiness, breathlessness, itch), meds we'll use, and that the flank wound will be dressed for comfort rather than to heal. Rosalind wants hymns and her cat on the bed. DNR signed (POLST).
"""),
]}

B09 = {"patient_id": "B09", "age": 62, "sex": "M", "notes": [
("2022-09-12", "Palliative Consult", """
Pall med consult - oncology ward
62M, pancreatic ca w/ liver mets, ESRD on HD, provoked PE 8/2022 on enoxaparin 1mg/kg daily. Not diabetic. BMI 37 (obese).
Enoxaparin: nurses and wife have put every dose on his R side of the belly, R periumbilical, per his request (he lies on his left).
Pain: new extremely tender plaque, LEFT lower abdo, L of the midline, 4cm, purple with grey-black centre, onset 9/5/22. Right abdominal wall: only small bruises from the shots, no plaque.
Plan: derm eval; hydromorphone PCA.
"""),
("2022-09-16", "Dermatology Consult", """
Derm: left lower abdominal plaque biopsied 9/13. Result: calciphylaxis (calcium in vessel walls, thrombosis, fat necrosis). Injection sites on the contralateral (right) abdominal wall are unremarkable apart from small ecchymoses; no injections ever given on the left per MAR and wife. Lesion not at an injection site.
"""),
("2022-09-27", "Hospice Transfer Note", """
Transferred to inpatient hospice. L lower abdo calciphylaxis wound 5x5cm, dressed w/ Mepilex. Enoxaparin stopped (GOC). Wife Chiara and brother present; they asked about organ donation - explained not possible. Chaplain to see.
"""),
]}

B10 = {"patient_id": "B10", "age": 77, "sex": "F", "notes": [
("2019-02-08", "Hospice Nurse Visit", """
RN visit. 77F ESRD on CAPD, takes warfarin (paroxysmal AF). DM: none. BMI=26.
New: R calf, posterior - 3cm firm violaceous plaque with livedo around it; pt first noticed it Feb 1st while putting on her socks. Denies any bump, fall, scratch, insulin/heparin shot or heat to that leg beforehand. "It just came up."
Photo to MD.
"""),
("2019-02-21", "Hospice Nurse Visit", """
RN visit. Aide reports that yesterday (2/20) while transferring pt to commode, the wheelchair footplate knocked her R calf right on the sore. Bled a little. Now the plaque has a black centre and a small skin tear at its lower edge. Pain up to 8/10.
Dressing: silicone foam. Footplate removed, leg rests padded.
"""),
("2019-02-26", "Hospice Physician Note", """
Hospice MD. Reviewed shave bx result from 2/15 (ordered by her nephrologist before the knock): calciphylaxis. Right calf lesion predates the footplate injury by nearly 3 weeks. Warfarin stopped. PD continuing for now; daughter Bronwen wants to talk through stopping next week.
"""),
]}

B11 = {"patient_id": "B11", "age": 55, "sex": "M", "notes": [
("2025-01-15", "Palliative Clinic Note", """
55M, ESRD on HD since 2017, type 1 DM on basal-bolus insulin (injects abdomen, sometimes upper arms), BMI 34.2.
Chronic low back pain - uses a microwavable wheat bag / heat pad across the lower back most evenings for years.
Skin: bilateral posterior thighs - several retiform purpuric plaques, largest 5cm on the L with eschar; began mid-December per pt. Lower back: faint reticulated brown discolouration (toasted skin), no ulcer. Abdomen and arms: lipohypertrophy only.
Imp: probable calciphylaxis of both thighs; biopsy requested.
"""),
("2025-01-24", "Dermatology Note", """
Derm: biopsy R posterior thigh - calciphylaxis, confirmed. The back shows erythema ab igne from the heat pad but no calciphylaxis lesion there; the thigh lesions are away from his injection sites and from the heat.
"""),
("2025-02-19", "Goals of Care Note", """
GOC discussion, pt and his mother (his main carer). He wants to keep dialysing and try STS. Also wants to be clear that if he gets septic from the thigh wounds he'd want antibiotics but not ICU. Documented in advance care plan. Analgesia: buprenorphine 10mcg/h patch.
"""),
]}

B12 = {"patient_id": "B12", "age": 81, "sex": "F", "notes": [
("2022-03-14", "Hospice Nurse Visit", """
81F ESRD HD (via AVF L arm), Warfarin for AF. Non-diabetic. Body mass index 24.
R buttock: 4cm black eschar, violaceous indurated edge. Started the first week of March per daughter. Pt denies falls, pressure from sitting (she is mostly in a recliner w/ air cushion), injections or heat there.
Since Saturday the daughter has been holding a cold compress on it to numb it. Asked her to stop; cold may worsen the tissue.
"""),
("2022-03-21", "Hospice Physician Note", """
Punch biopsy R buttock done 3/16 in clinic: calciphylaxis. After the biopsy, sharp debridement of loose slough was performed at the bedside for odour. Dressed with hydrofiber, secured with paper tape.
Warfarin stopped. Plan comfort.
"""),
("2022-04-05", "Bereavement-Adjacent Family Note", """
Pt's husband Leonard (88) called - finding it hard to watch her in pain. Buttock wound dressings now daily by hospice RN. Offered respite admission and a volunteer sitter 2 afternoons/wk. Leonard declined respite, accepted sitter.
"""),
]}

B13 = {"patient_id": "B13", "age": 60, "sex": "F", "notes": [
("2020-10-19", "Palliative Consult", """
60F, BMI 44.1, ESRD on HD, DM2 on sitagliptin (no insulin). No anticoagulants ever.
Painful lesion in the lower pannus fold, 8cm, black eschar within violaceous plaque, present about 1 month. She denies any injections into her belly, any heat source, tight girdles/belts, or any injury there.
Biopsy by derm last wk: calciphylaxis.
Plan: if pain escalates and oral route fails, syringe driver with butterfly to be sited in the abdominal wall. Taught daughter to avoid heat, ice and tight clothing on the skin.
"""),
("2020-11-02", "Hospice Nurse Visit", """
Pannus wound bigger (10cm). Pain controlled on oxycodone liquid so far, no driver needed yet. Skin folds kept dry w/ interdry. Discussed with pt & daughter Shanice that hospice will not send her to hospital for wound infections unless she asks.
"""),
("2020-11-20", "Family Meeting Note", """
Family mtg - pt, daughter Shanice, son Marcus, pastor. Pt wishes to stop HD after Thanksgiving with family. All agree. Preferred place of death: home.
"""),
]}

B14 = {"patient_id": "B14", "age": 73, "sex": "M", "notes": [
("2023-04-03", "Hospice Nurse Visit", """
73M, ESRD (HD withdrawn 3/28), no DM, BMI 19.8, cachexic.
Syringe driver running morphine/midazolam via butterfly in R upper chest since 3/29.
Skin:
- R upper chest at butterfly: 1.5cm pink firm nodule, warm - likely site reaction; resited to L upper chest.
- Sacrum: stage 2 pressure injury 2x1cm from lying in bed.
- Both anterior thighs: net-like purple plaques w/ black centres, painful, first noted 3/20 before he came onto hospice.
"""),
("2023-04-05", "Hospice Physician Note", """
Reviewed thighs: hospital derm biopsy (3/24) from the L thigh confirmed calciphylaxis. No injections, heat, or injury to the thighs ever per wife. The chest nodule is a sterile infusion site reaction, settling after resite; the sacral wound is from lying (pressure). Neither of those is calciphylaxis.
"""),
("2023-04-07", "Hospice Death Note", """
Pt died peacefully at 0415 with wife Marguerite and daughter present. Pronounced by RN. Family supported, funeral home called. Bereavement follow-up to be arranged for Marguerite.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
