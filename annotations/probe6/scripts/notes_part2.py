"""probe6 notes, patients Y08-Y14 (written for this corpus)."""

PATIENTS = [
    {"patient_id": "Y08", "age": 70, "sex": "M", "notes": [
        ("2019-06-24", "Anticoagulation Clinic - Telephone", """
Called pt re: bridging. Warfarin held since 5/29 for his planned colonoscopy; enoxaparin 100 mg subcut daily started June 1st. Pt self-injects into the L lower belly ("that's the side I can see best") and since 6/5 has been pressing a cold pack to the shot spots afterward because they bruise. Reports a new very tender hard purple area at the same spot in the L lower abdomen, first noticed 6/21/19. Advised to stop icing and come to wound clinic tomorrow. Pt on HD TTS.
"""),
        ("2019-06-25", "Wound Clinic", """
70M, ESRD on HD TTS, AF (warfarin on hold, enoxaparin bridge), no diabetes. BMI 31.5.
LLQ: indurated retiform purpura measuring 6x4 cm, 1 cm ulcer centrally, within a field of small healing injection bruises. RLQ clear.
Impression: r/o calciphylaxis vs enoxaparin-associated skin necrosis. Punch bx sent. Enoxaparin switched to IV heparin with HD per cardiology.
"""),
        ("2019-06-28", "Dermatopathology", """
Punch biopsy, LLQ abdominal skin:
Small and medium vessels of the subcutis with concentric calcification and luminal thrombi; no vasculitis; no heparin-induced thrombotic pattern in larger vessels.
Diagnosis: calciphylaxis.
"""),
    ]},
    {"patient_id": "Y09", "age": 59, "sex": "F", "notes": [
        ("2020-11-05", "Dermatology Consult", """
DERM CONSULT
59 yo F; on dialysis M/W/F for ESRD; DM2 needing insulin (NPH and regular), BMI 38, referred for a painful plaque of the L lateral thigh x 3 wks.
Injection hx: pt states she gives every insulin dose into the outside of her RIGHT thigh; she has not used the left thigh for years because it "bruises too easy there". Lipohypertrophy palpable over the R lateral thigh. No shots into the abdomen or arms.
Exam: L lateral thigh: firm violaceous plaque 9x6 cm with overlying livedo and two small black eschars. R lateral thigh: only lipohypertrophy; skin otherwise intact without purpura, induration or ulcer.
A/P: suspected calciphylaxis L thigh. Punch bx x2. Not on warfarin.
"""),
        ("2020-11-10", "Pathology", """
LEFT THIGH, LATERAL, TWO PUNCHES: CALCIFIC UREMIC ARTERIOLOPATHY. Subcutaneous arteriolar walls encrusted by calcium; luminal thrombosis; ischemic necrosis of fat.
"""),
        ("2020-11-18", "Dialysis Rounds", """
HD MWF. Biopsy-proven CUA L lateral thigh. sodium thiosulfate 25 g at the end of every run since 11/11. Pain controlled w/ hydromorphone. L thigh wound unchanged, no new lesions. Pt asked if she should stop injecting in the R thigh - told her the R thigh is unaffected; rotate within it.
"""),
    ]},
    {"patient_id": "Y10", "age": 66, "sex": "M", "notes": [
        ("2022-09-03", "Patient Portal Message", """
Dr Patel, the sore on the back of my right calf is still there and now its bigger, black in the middle. Since the sore appeared I have kept a heating pad on it at night because it aches, and in the day I put ice on it when it burns. I did not hit it or fall, it just came up by itself around the middle of August. Should I stop the heat? Thanks, Ray
"""),
        ("2022-09-06", "Nephrology Clinic", """
66M, dialysis MWF for ESRD; on warfarin (AF); not diabetic; BMI 29.6.
Reports painful R posterior calf lesion since mid-Aug, arising spontaneously, no antecedent injury. Since onset has applied a heating pad and ice to it.
Exam: back of R calf: necrotic ulcer 4x3 cm, black eschar, retiform purpura all around. Left calf unremarkable.
A/P: concern for calciphylaxis. Stop heat and ice on the wound. Punch bx arranged. Discussed switching warfarin to apixaban.
"""),
        ("2022-09-16", "Dermatology Procedure Note", """
Procedure (9/12): punch bx (4 mm) of the R posterior calf, from the purpuric border of the ulcer. Lidocaine 1% local. Hemostasis w/ pressure. Path returned today, 9/16: subcutaneous arterioles calcified and thrombosed; consistent w/ calciphylaxis.
"""),
    ]},
    {"patient_id": "Y11", "age": 74, "sex": "F", "notes": [
        ("2024-01-18", "Dictated History and Physical - Transcription", """
ADMISSION H&P

CHIEF COMPLAINT: Dark, painful patches on both breasts.

HISTORY: This 74-year-old woman on continuous cycling peritoneal dialysis presents with exquisitely painful purple patches on both breasts that she first noticed shortly before Christmas. Over the last week the patch on the left breast has opened into a shallow ulcer. She denies any trauma to the chest, denies wearing a new bra, has had no recent mammogram or breast procedure, and has applied nothing hot or cold.

She has a prior episode of calciphylaxis. In the spring of 2019 she developed necrotic ulcers of the lower abdomen exactly at her insulin injection sites; these were proven on biopsy, responded to sodium thiosulfate, and had fully healed by early 2020. Since then she has continued insulin into the abdomen and arms without recurrence there.

PAST HISTORY: Diabetic nephropathy with kidney failure, on peritoneal dialysis since 2017. Type 2 diabetes on insulin glargine and lispro. Obesity. Hypertension.

MEDICATIONS: Insulin glargine, insulin lispro, sevelamer, cinacalcet, losartan. No warfarin, now or ever.

EXAM: BMI 35.1. Both breasts show large areas of retiform purpura over the lower outer quadrants, 10 cm on the left and 8 cm on the right, with a 2 cm ulcer on the left. The abdomen shows well-healed atrophic scars from the 2019 episode, no active lesions. The PD catheter exit looks clean.

ASSESSMENT AND PLAN: Recurrent calciphylaxis, now of the breasts bilaterally, highly likely. Punch biopsy of the right breast. Resume sodium thiosulfate. Increase PD clearance.
"""),
        ("2024-01-22", "Surgical Pathology", """
RIGHT BREAST SKIN, PUNCH BIOPSY: Calciphylaxis. Extensive calcification of small vessels of the subcutaneous fat with thrombi.
"""),
    ]},
    {"patient_id": "Y12", "age": 62, "sex": "M", "notes": [
        ("2021-05-11", "Dialysis Unit Progress Note", """
pt 62M, HD MWF via L BBF, DM2 (oral agents, no insulin), BMI 26.
c/o painful R shin x 1 wk. He is not sure how it started - "maybe I knocked it on the wheelchair footrest, I honestly don't remember doing it". Wife does not recall any fall.
R anterior shin: 3 cm stellate purpura w/ central dusky necrosis. L shin ok. Bruise L forearm from the tourniquet at last week's blood draw; no lesion there.
Plan: derm referral, ?CUA vs traumatic hematoma.
"""),
        ("2021-05-19", "Dermatology Consult", """
Painful R shin lesion. Hx: pt unsure whether there was any bump to the shin; no clear trauma. No warfarin. Exam: R shin retiform purpura, 4 by 3 cm, early eschar forming, livedo extending to the R ankle. Punch bx today.
"""),
        ("2021-05-24", "Dermatology Follow-up", """
Path back: calciphylaxis (medial calcification of subcutaneous arterioles, thrombi, fat necrosis). Final dx calciphylaxis, R lower leg. Plan STS, wound care, pain control.
"""),
    ]},
    {"patient_id": "Y13", "age": 58, "sex": "F", "notes": [
        ("2017-10-04", "Dermatology Consult", """
58F ESRD on HD TTS, paroxysmal AF on warfarin since 2015, no diabetes, BMI 31. Painful periumbilical plaque since the last week of September. Denies injections of any kind; has never needed insulin or heparin shots. No ice or heat.
Exam: periumbilical, retiform purpura about 7 by 5 cm, black eschar centrally, stellate edges.
Impression: calciphylaxis vs warfarin necrosis. Punch bx today.
"""),
        ("2017-10-07", "Pathology", """
Skin, periumbilical, punch biopsy: Calciphylaxis.
"""),
        ("2017-10-10", "Nephrology Inpatient Progress Note", """
Biopsy-proven calciphylaxis, periumbilical.
Plan: stop warfarin. Cardiology recommends enoxaparin bridge if a stroke-risk reassessment favours it - if started, do NOT inject into the abdomen; use the thighs. No ice or heat to be put on the wound. Continue STS with HD.
"""),
    ]},
    {"patient_id": "Y14", "age": 47, "sex": "F", "notes": [
        ("2016-04-21", "Dermatology Consult", """
HPI: 47F on HD MWF via R IJ catheter (FSGS), no diabetes, BMI 43, c/o painful hard spots of both inner thighs since early April.
Social/family: her mother, also on dialysis, developed calciphylaxis of both thighs at the spots where she injected her insulin, and died of it in 2011. Pt has never taken insulin or any injections into the thighs; she helps her diabetic husband with his insulin shots into his belly.
Exam: bilateral medial thighs, multiple 2-4 cm indurated tender nodules w/ overlying livedo; one on the L with a small central eschar. Not on warfarin.
A/P: suspected calciphylaxis. Bx.
"""),
        ("2016-04-25", "Pathology", """
Skin and subcutis, left medial thigh, incisional: Calciphylaxis with vascular calcification, thrombosis and panniculitis.
"""),
        ("2016-05-03", "Dialysis Rounds", """
Biopsy-proven calciphylaxis b/l medial thighs. STS started. Pt anxious given her mother's course; reassured. No injections to be given into the thighs.
"""),
    ]},
]
