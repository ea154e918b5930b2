"""probe48 corpus notes, W15-W20 (wound-care flowsheet exports; all invented)."""

W15 = {"patient_id": "W15", "age": 66, "sex": "F", "notes": [
("2022-03-08", "Wound Care Flowsheet", """
HOME INFUSION / WOUND SN VISIT
66F, HD pt (ESRD), insulin-requiring DM2 - pt self-injects aspart into R lateral thigh "always the same spot". BMI 31.2

Site | Type | Stage | L x W x D | Exudate | Periwound | Dressing
R lat thigh | firm tender subcut nodule, violaceous, no break | n/a | 2.5 x 2.0 | none | faint livedo | none

[x] MD notified   [x] Rotate-sites teaching given
Comment: nodule since mid-Feb. PCP wonders about early CUA vs lipohypertrophy w/ hematoma.
"""),
("2022-03-22", "Dermatology Telehealth", """
Photo review: R thigh violaceous nodule w/ faint net-like change, no eschar. Suspect early calciphylaxis; lipohypertrophy/hematoma in differential. Offered biopsy - pt declines for now, prefers to watch. Advised insulin into abdomen.
"""),
("2022-05-03", "Wound Care Flowsheet", """
R lat thigh nodule - smaller, 1.5 x 1.2, less tender, no ulceration. Dx remains unconfirmed (?calciphylaxis). Pt moved insulin to abdomen. No coumadin. BMI 30.6
"""),
]}

W16 = {"patient_id": "W16", "age": 59, "sex": "M", "notes": [
("2020-01-21", "PD Clinic Nursing Note", """
59M on APD, ESRD from PKD. Not diabetic. Warfarin for LV thrombus. BMI 26.0
Skin: L lateral ankle blistered then blackened area, 2 x 1.5 cm, after icing his sprained L ankle (ziploc of cubes) for several days around New Year's.
L lat ankle | eschar | unstageable | 2 x 1.5 x 0 | none | purple, cold | dry dressing
Imp: cold injury vs calciphylaxis - refer.
"""),
("2020-02-04", "Wound Clinic Note", """
L ankle eschar with surrounding stellate purpura. DDx frostbite/cold panniculitis vs calciphylaxis. Biopsy planned next visit.
Of note pt switched PD -> in-centre haemodialysis last week after peritonitis with catheter removal.
"""),
("2020-03-17", "Wound Care Flowsheet", """
Pt no-show for biopsy x2. Phone: wife says ankle "drying up". Still uncertain whether calciphylaxis; no tissue dx. Pt transferring care to HD unit near his sister out of state; records sent.
[ ] Bx done   [x] Records faxed
"""),
]}

W17 = {"patient_id": "W17", "age": 70, "sex": "F", "notes": [
("2025-01-14", "Nephrology Clinic Skin Note", """
70F CKD IV, eGFR 19 - no RRT yet, not dialysing. DM2 on sitagliptin, no insulin. Obese - BMI 34.7. Prior warfarin for DVT 2015-2016.
Exam: lacy violaceous livedo over lower abdomen, R > L, mildly tender, no ulcers or nodules.
Concern for early non-uremic calciphylaxis vs livedo reticularis. Refer derm.
"""),
("2025-02-04", "Dermatology Wound Note", """
Lower abdomen: livedo racemosa, tender, no necrosis. Calciphylaxis possible but not proven. Deep punch bx sent.
Site | Type | LxW | Periwound | Dressing
Lower abd R | livedo | 10 x 6 | -- | none
Bx site | sutured | 0.4 | -- | vaseline + bandaid
"""),
("2025-02-25", "Wound Care Flowsheet", """
Bx site healed, suture out. Path report not in chart - lab says specimen inadequate. Repeat bx discussed; pt wants to wait. Livedo unchanged. Working dx: ?calciphylaxis.
"""),
]}

W18 = {"patient_id": "W18", "age": 68, "sex": "M", "notes": [
("2018-08-07", "Inpatient Wound Flowsheet", """
68M, ESRD (HD), DM2 - glargine, warfarin started 8/1 for new DVT (no heparin bridge). BMI 29.1

Site | Type | Stage | LxWxD | Exudate | Periwound | Dressing
L thigh ant | retiform purpura + hemorrhagic bullae | -- | 12 x 8 | none | dusky | xeroform
R breast | purpuric patch | -- | 6 x 5 | none | -- | none

Comment: r/o calciphylaxis vs warfarin skin necrosis. Derm paged.
"""),
("2018-08-10", "Dermatology Consult", """
Path from L thigh punch: fibrin plugs occluding dermal capillaries/venules, von Kossa neg - vessels free of calcium. Protein C activity 38%. Final: warfarin-induced skin necrosis; this is NOT calciphylaxis.
Warfarin stopped, heparin drip, vit K.
"""),
("2018-08-24", "Wound Care Flowsheet", """
Site | Type | Stage | L x W x D | Exudate | Periwound | Dressing
L thigh ant | necrosis (warfarin related) | full thickness after bullae sloughed | 11 x 7 x 0.4 | mod | erythematous rim | silver alginate, ABD
R breast | purpura fading | -- | 4 x 3 | none | -- | none
Comment: plastics to eval for debridement + graft. Now on apixaban. Insulin glargine 18 u qhs continued.
"""),
]}

W19 = {"patient_id": "W19", "age": 45, "sex": "F", "notes": [
("2024-10-02", "Urgent Care Wound Note", """
45F with CKD 3a (eGFR 52), HTN. Nondiabetic; no anticoagulants. BMI 27.3
Cat bite R hand dorsum 2 days ago - 2 puncture wounds, mild erythema.
R hand dorsum | puncture x2 | -- | 0.3 x 0.3 | sm serous | erythema 2cm | Augmentin, dry dressing
Pt anxious: her brother on dialysis died with calciphylaxis last year. Reassured - no skin findings of that here.
"""),
("2024-10-09", "Wound Care Flowsheet", """
R hand punctures healing, erythema resolved. [x] Skin otherwise intact  [ ] Necrosis
Family hx of calciphylaxis (brother) noted. No lesions suggestive of it on full skin exam.
"""),
("2024-10-30", "PCP Follow-up - Skin", """
Bite wounds R hand: closed, small pink scars. Kidney function stable (Cr 1.21). Pt had read online about calcium/skin disease in kidney pts; we went over that her CKD is mild and she is not on dialysis. Brother's illness discussed. No rash, purpura or ulcers anywhere today.
"""),
]}

W20 = {"patient_id": "W20", "age": 57, "sex": "M", "notes": [
("2019-06-11", "Dialysis Skin Assessment", """
QUARTERLY SKIN CHECK - HD unit
57M ESRD HD MWF. DM2 - insulin NPH bid. No warfarin. BMI 31.5
[x] Skin intact  [ ] Lesions  [ ] Wounds  [x] Feet checked
Education: calciphylaxis risk reviewed (high phos). Told to rotate insulin sites, avoid ice/heat packs on skin, and report any new painful purple spots right away.
"""),
("2019-12-10", "Dialysis Skin Assessment", """
Skin check Q: intact, no purpura, no ulcers. Pt rotating insulin between abdomen and thighs.
If a painful lesion develops, will need derm eval for calciphylaxis. BMI 32.2
"""),
("2020-06-09", "Dialysis Skin Assessment", """
Annual comprehensive skin exam
[x] intact  [ ] open areas  [ ] discoloration  [x] foot pulses palpable
Insulin sites (abd, both thighs) without lumps or bruising. No signs of calcific uremic arteriolopathy. Binder adherence improved, last phos 5.1.
Reinforced: no heating pads; tell chairside RN about any tender dark patch.
"""),
]}

PATIENTS = [W15, W16, W17, W18, W19, W20]
