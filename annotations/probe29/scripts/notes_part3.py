"""probe29 corpus notes, J15-J20 (dictated notes through speech recognition; all invented)."""

J15 = {"patient_id": "J15", "age": 80, "sex": "F", "notes": [
("2021-10-04", "Geriatrics Clinic - Dictated", """
geriatrics clinic note dictated comma eighty year old lady with chronic kidney disease stage four egfr twenty two not on dialysis and not planning it comma type two diabetes on Levemir which her home health aide injects into the left thigh comma AF anticoagulated with warfarin for many years
She reports a sore lump on the left anterior thigh for about three weeks where the aide gives the insulin comma it has turned bluish
Exam left anterior thigh three centimeter firm tender violaceous nodule with faint surrounding mottling comma no ulceration yet comma BMI twenty five point three
Impression nodule at insulin injection site comma lipohypertrophy versus panniculitis versus early calciphylaxis comma given warfarin and CKD I cannot exclude calcify laxis
Plan aide to rotate insulin to the abdomen comma dermatology referral
"""),
("2021-10-19", "Dermatology Consult", """
Derm consult. 80F CKD IV, no dialysis. DM2, insulin via aide into L thigh, chronic warfarin.
L anterior thigh: 3.5 cm indurated violaceous nodule, small central dusky area, no eschar.
Possible calciphylaxis vs sclerosing panniculitis vs injection-site lipoatrophy with hemorrhage. Recommended deep incisional biopsy. Patient and daughter declined biopsy after discussion; they prefer comfort and not more wounds. Will watch.
"""),
("2021-11-30", "Telephone Encounter", """
Call from daughter period mother's thigh spot is about the same comma no open sore comma still sore to touch comma insulin now only in the belly comma still on warfarin comma they still do not want a biopsy comma will see geriatrics next month
"""),
("2022-01-11", "Geriatrics Clinic - Dictated", """
geriatrics follow up comma left thigh nodule smaller and less tender comma never ulcerated comma the question of possible calciphylaxis was never settled because she declined biopsy comma we are treating it as unknown comma daughter now arranging hospice for her heart failure comma BMI twenty four point nine
"""),
]}

J16 = {"patient_id": "J16", "age": 62, "sex": "M", "notes": [
("2023-01-23", "PD Clinic - Interpreter Visit", """
PD clinic with Somali interpreter in person
Sixty two year old man on CCPD for ESRD due to hypertension comma no diabetes comma not on warfarin comma BMI twenty seven
Per interpreter patient states that about ten days ago he hit his left shin on the metal frame of his bed in the dark and there was a bruise and now there is a sore in that same place that is black and very painful
Exam left anterior shin two centimeter ulcer with black eschar comma rim of purple mottled skin around it comma no cellulitis
Impression ulcer at site of recent shin trauma comma concern for C U A given PD and phosphorus eight point two comma versus traumatic ulcer in a poorly healing patient
Plan derm referral for biopsy comma wound care teaching via interpreter
"""),
("2023-02-02", "Dermatology Consult - Interpreter", """
DERM: 62M ESRD on PD. Hx via Somali interpreter: struck L shin on bed frame around 1/13/23, ulcer at the same spot since.
Exam: L pretibial 2.3 x 1.8 cm eschar, purpuric mottled rim, no livedo elsewhere.
Impression: traumatic ulcer vs calciphylaxis, cannot distinguish clinically. Biopsy scheduled 2/9 (needs more time for consent via interpreter and family).
"""),
("2023-03-14", "Telephone Encounter", """
Tried to reach patient after he missed the biopsy appointment on 2/9 and the rescheduled one on 3/1. Interpreter line used (Somali). Son answered and said the family has moved to Minnesota and he is now getting PD there; the leg sore is "still there but smaller". Records faxed to new nephrologist with a note that calciphylaxis remains possible and was never confirmed.
"""),
]}

J17 = {"patient_id": "J17", "age": 52, "sex": "F", "notes": [
("2024-09-09", "Hematology Clinic - Dictated", """
hematology clinic dictated period fifty two year old woman comma antiphospholipid syndrome comma warfarin with INR goal two to three comma normal kidney function creatinine zero point seven comma no diabetes comma obesity BMI thirty nine
She has painful purple areas on both outer thighs for about a month comma no trauma comma no injections there
Exam bilateral lateral thighs with indurated violaceous plaques with livedo comma no ulcer
Impression differential includes non uremic calciphylaxis given warfarin and obesity comma APS related thrombotic vasculopathy comma panniculitis
Plan derm biopsy
"""),
("2024-09-17", "Dermatology Consult", """
DERM CONSULT - bilateral thigh plaques
52F, APS on warfarin, obese (BMI 39.0), normal renal function.
Exam: symmetric indurated violaceous plaques of the lateral thighs with livedo, no necrosis.
A/P: ddx non-uremic calciphylaxis vs APS vasculopathy vs lipodermatosclerosis-like panniculitis. Punch biopsy R lateral thigh done.
"""),
("2024-10-01", "Dermatology Follow-up", """
derm follow up comma pathology shows septal panniculitis with some fat necrosis but no vascular calcification seen and no thrombi comma sample may have been too superficial comma nondiagnostic for calciphylaxis
Recommended deeper incisional biopsy comma patient declines for now because the first site hurt for two weeks
Calciphylaxis not excluded comma remains on the differential
"""),
("2025-01-14", "Hematology Clinic - Dictated", """
hematology follow up comma thigh plaques softer comma no ulcers comma she never had the deeper biopsy so we still do not know if this was calciphylaxis or the APS comma warfarin continued comma BMI thirty eight point six
"""),
]}

J18 = {"patient_id": "J18", "age": 68, "sex": "M", "notes": [
("2018-04-12", "Dialysis Unit Progress Note", """
HD unit note dictated comma sixty eight year old man on hemodialysis comma diet controlled type two diabetes comma started on warfarin nine days ago for a new left leg DVT comma BMI thirty point four
Today painful dark purple areas on the left anterior thigh that appeared yesterday and are spreading comma some blistering
Impression question calciphylaxis versus warfarin-induced skin necrosis
Plan hold warfarin comma heparin infusion comma protein C level comma urgent derm
"""),
("2018-04-16", "Dermatology Consult", """
Derm consult: 68M ESRD on HD, warfarin started 4/3 for DVT.
L anterior thigh: large hemorrhagic bullae over sharply demarcated purpura with early black necrosis.
Punch biopsy today. Differential: warfarin-induced skin necrosis, which the timing strongly favors, vs calciphylaxis.
"""),
("2018-04-24", "Dermatology Follow-up", """
dermatology follow up period biopsy shows thrombi in the dermal and subcutaneous vessels without any vascular calcification on von Kossa comma protein C activity low period diagnosis warfarin-induced skin necrosis comma calciphylaxis ruled out
The left thigh necrosis is being managed by the wound team comma warfarin stopped permanently comma on apixaban now
"""),
]}

J19 = {"patient_id": "J19", "age": 45, "sex": "F", "notes": [
("2022-06-08", "Nephrology Clinic - Interpreter", """
New nephrology consult comma Arabic interpreter by video
Forty five year old woman with type one diabetes on insulin pump comma CKD stage three a with egfr fifty comma referred for albuminuria
Per interpreter patient states her brother died last year on dialysis from calciphylaxis with terrible sores on his legs and she is afraid it will happen to her
Skin exam normal comma no lesions anywhere comma pump site on the abdomen clean
BMI twenty four point one comma no warfarin
Assessment diabetic kidney disease stage three a comma no sign of calciphylaxis comma she is far from dialysis
Plan ACE inhibitor comma SGLT2 inhibitor comma reassured about her brother's disease
"""),
("2022-12-07", "Nephrology Follow-up - Interpreter", """
Nephrology follow up, Arabic interpreter in person. eGFR stable at 48. No skin problems. Per interpreter, patient states she is less worried now. Family history of calciphylaxis in her brother noted again. No lesions on exam. Continue current therapy.
"""),
]}

J20 = {"patient_id": "J20", "age": 76, "sex": "M", "notes": [
("2025-03-03", "Dialysis Initiation Note", """
hemodialysis start note dictated comma seventy six year old man starting in center hemodialysis today for ESRD from IgA nephropathy comma no diabetes comma started warfarin last month for atrial fibrillation comma obese BMI thirty two point five
Education given today on dialysis complications including calciphylaxis risk given warfarin and high phosphorus comma if he notices painful purple or black skin spots the unit wants to hear about it the same day comma no ice or heating pad on the skin ever
Skin exam no evidence of calciphylaxis comma a bruise on the right forearm from bumping the car door last week
"""),
("2025-06-02", "Dialysis Unit Progress Note", """
Monthly HD rounding note. Tolerating treatments, dry weight 99 kg, BMI 32.5. Warfarin continues, INR 2.4. Phosphorus 5.1. Skin check done per protocol: no lesions, no purpura, forearm bruise long gone. No calciphylaxis. Continue.
"""),
]}

PATIENTS = [J15, J16, J17, J18, J19, J20]
