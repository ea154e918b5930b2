"""probe236 corpus notes, P15-P20 (dictated notes passed through speech recognition; all invented)."""

P15 = {"patient_id": "P15", "age": 70, "sex": "M", "notes": [
("2018-02-20", "Hemodialysis Rounding Note", """
HD rounding note dictated 2/20/2018

Seventy year old man, E S R D on hemo dialysis, type two diabetes on in Sulan glargine and
lispro injected into his lower belly, right side always. He shows me a
hard tender three centimeter lump right lower abdomen, where he injects, with a faint
purple tinge, there for about a month. Differential lipo hypertrophy
or injection granuloma versus early calcify lacks is. Asked that he switch to the left side for
now. Derm referral. BMI thirty four, obese.
"""),
("2018-03-06", "Dermatology Consult Dictation", """
Dermatology consult, March 6 2018, dictated and not read

Right lower abdomen three point five centimeter firm subcutaneous nodule, faint livedo
overlying, no ulceration, no eschar, at his usual injection site. Calciphylaxis
cannot be excluded, versus insulin induced lipo hypertrophy or a localized amyloid
deposit. Recommended a deep incisional biopsy; he declined today and wants time to think.
No warfarin. Gave him written information. Return in four weeks.
He admits he has used that same spot for years because it hurts less there. Sugars
reasonable comma A1c seven point four. Dictated by Dr. Anselm Okonkwo-Reyes, not proofread.
"""),
("2018-04-17", "Hemodialysis Rounding Note", """
HD rounds, April seventeenth, 2018

He declined biopsy again. The right lower abdominal nodule is the same size, no ulcer, pain
mild. He is moving his dialysis care to his daughter's city next month and records will be
sent there. Still a question of early calciphylaxis versus lipo hypertrophy, not resolved.
BMI thirty three point eight. Phosphorus five point five, continue current binder.
Explained again why a tissue diagnosis matters and gave him the dermatology letter to
take along. Transcribed by voice software period
"""),
]}

P16 = {"patient_id": "P16", "age": 81, "sex": "F", "notes": [
("2024-05-07", "Inpatient Dermatology Consult", """
INPATIENT DERMATOLOGY CONSULT -- dictated -- 05/07/2024

Eighty one year old woman, C K D stage four, not on dialysis, a fib, warfarin for years,
no diabetes, admitted with a black painful patch left anterior thigh, onset five days ago.
Exam colon left anterior thigh twelve by eight centimeter necrotic plaque, hemorrhagic
bulla, retiform purpura at its edge. I N R four point two. Differential warfarin induced
skin necrosis versus
calciphylaxis versus vasculitis. Punch biopsy obtained at the bedside. Vitamin K given per
primary team. BMI twenty two point one.
"""),
("2024-05-13", "Dermatology Follow-up Dictation", """
Derm follow up dictation, May 13 2024

Biopsy nondiagnostic colon epidermal necrosis and thrombosed dermal vessels, no calcium
seen, but the subcutis was not sampled. Calciphylaxis stays on the differential together
with warfarin necrosis. Family declined a deeper incisional biopsy given her age and
frailty. Warfarin stopped. Protein C level still pending. Local wound care with
petrolatum and gauze.
Exam colon eschar now fourteen by nine centimeters with a dusky rim. Creatinine two
point six, stable; she does not want dialysis in any case. Dictated by Dr. Perpetua
Lindgren-Osei, speech software draft.
"""),
("2024-05-20", "Palliative Care Dictation", """
Palliative care dictation, 20/05/2024

Going home with hospice today. Left thigh wound larger with dry black eschar; she is
comfortable on low dose morphine. The cause was never settled, possible calciphylaxis
versus warfarin skin necrosis, and no further work up by family choice. No dialysis
planned, kidney disease stage four. Weight fifty four kg. Daughter at the bedside and in
agreement.
Hospice nurse to visit tomorrow, equipment delivered this afternoon. Warfarin remains off.
Dictated by palliative NP
Casimir Ohanlon, speech recognition, not reviewed.
"""),
]}

P17 = {"patient_id": "P17", "age": 62, "sex": "M", "notes": [
("2019-03-12", "Orthopedic Postoperative Dictation", """
Orthopedic post op visit, dictated 03/12/2019

Sixty two yo gentleman, P D patient, type two diabetes on linagliptin only, one
week after a left knee arthroscopic partial medial meniscectomy on March fifth. He has used
the cold therapy cuff on the left knee several hours a day since surgery as instructed.
Portals healing well, sutures out today. Mild effusion, flexion to one hundred ten. BMI
twenty eight point eight. Continue home exercises, wean off the cold cuff over the next
week.
"""),
("2019-04-23", "Peritoneal Dialysis Clinic Note", """
P D clinic dictation, April 23 2019

He reports two weeks of a very tender firm purplish area just below the left kneecap,
around one of the arthroscopy portals. Afebrile, exit site fine. Exam colon four centimeter
indurated violaceous plaque over the left infrapatellar knee with faint livedo, no ulcer.
Differential includes cellulitis, cold panniculitis from the ice cuff, and early
calciphylaxis given P D and a high phosphorus. Started cephalexin renally dosed, derm
referral for possible biopsy.
Transcribed by speech engine; dictating physician has not reviewed period
"""),
("2019-05-08", "Dermatology Consult Dictation", """
Dermatology consult, dictated May eighth 2019

Left knee plaque somewhat softer after antibiotics but still tender and dusky. I cannot
exclude calciphylaxis; cold panniculitis also possible. Biopsy offered, he would rather wait
since it is improving. He moves in with his brother in another state next week and
plans to see a dermatologist there. Weight eighty eight kg. No warfarin, no insulin.
Exam colon plaque now three centimeters, less violet, still firm, no ulcer or eschar.
Sugars fine on linagliptin. Dr. Marguerite Adeyemi-Holt dictating.
"""),
]}

P18 = {"patient_id": "P18", "age": 57, "sex": "F", "notes": [
("2021-04-20", "Hemodialysis Rounding Note", """
HD rounds dictated 4/20/2021

Fifty seven year old woman on hemo dialysis for E S R D from lupus nephritis, no diabetes.
During her admission for pneumonia in March she got heparin shots into both thighs twice a
day. Over the last week she developed painful purple spots plus two small ulcers, both
thighs, also the shins. Worried about calcify lacks is at the heparin sites given
her calcium phosphorus product. Dermatology today. Obese, BMI thirty one point five.
Heparin stopped at discharge. Dictated chairside, not proofread period
"""),
("2021-04-21", "Dermatology Consult Dictation", """
Dermatology consult, dictated April 21 2021

Palpable purpura on both thighs and both lower legs, extending below the knees well beyond
where injections were given, with two shallow punched out ulcers on the right thigh.
Differential leukocytoclastic vasculitis from a lupus flare versus calciphylaxis. Punch
biopsies for H and E and direct immuno fluorescence. Labs colon complement levels and
double stranded D N A sent.
Lupus history reviewed, hydroxychloroquine continued, rheumatology paged about a possible
flare. Dictated by Dr. Evander
Nakashima-Bell; speech recognition text, unreviewed.
"""),
("2021-05-03", "Dermatology Follow-up Dictation", """
Derm follow up, 05/03/2021

Biopsies show leukocytoclastic vasculitis with I g M and C three deposits, von Kossa stain
without vascular calcium. Calciphylaxis ruled out. Lupus vasculitis, rheumatology
starting prednisone. Ulcers healing. Never on warfarin. BMI thirty one point one. Return
as needed.
Discussed jointly with nephrology and rheumatology this morning at the bedside. The thigh
heparin sites played no
part; the pattern is vasculitic. Prednisone forty milligrams daily with taper and
pneumocystis prophylaxis per rheum. Dictated, not read back.
"""),
]}

P19 = {"patient_id": "P19", "age": 45, "sex": "M", "notes": [
("2016-10-11", "Peritoneal Dialysis Clinic Dictation", """
PERITONEAL DIALYSIS CLINIC -- dictation -- Oct 11, 2016

Forty five year old man with type one diabetes on an insulin pump and E S R D from diabetic
nephropathy, on automated P D nightly for one year. He asks about calcify lacks is because
his father, who was on hemo dialysis, died of it in twenty ten with ulcers on his legs.
Full skin check today including legs, abdomen and pump sites: no lesion, livedo or
nodule seen. Phosphorus five point one. BMI twenty four point three, weight seventy eight kg.
No warfarin.
"""),
("2017-01-24", "Peritoneal Dialysis Clinic Dictation", """
P D clinic follow up, January twenty fourth 2017, dictated

Doing well. Kt over V two point one, exit site clean. Skin again normal, no painful areas.
Reassured him; went over his father's history and the steps to keep phosphorus in range.
Pump infusion sites rotated across the abdomen without problems. BMI twenty four point
six. Next visit in three months.
Phosphorus four point six on sevelamer. Pump settings unchanged, A1c seven point two.
Dr. Yevgenia Castellano dictating comma speech engine draft.
"""),
]}

P20 = {"patient_id": "P20", "age": 68, "sex": "F", "notes": [
("2019-01-15", "Nephrology Clinic Dictation", """
Nephrology clinic dictation, 15/01/2019

Sixty eight year old woman on hemo dialysis, insulin treated type two diabetes, warfarin
discontinued in twenty fourteen after her atrial fibrillation went away post ablation.
Phosphorus stubbornly over seven. Long talk that high phosphorus and calcium raise the
risk of calcify lacks is; advised rotating insulin sites, no ice packs or heating pad
directly against skin, and report any painful purple patches right away. No skin lesions today.
BMI thirty point eight.
D colon 01/15/2019 T colon 01/16/2019, voice recognition, Dr. Ignatius Pemberton-Oduya.
"""),
("2019-03-26", "Wound Clinic Dictation", """
Wound clinic dictation March 26 2019

Shallow ulcer above the left medial ankle for six weeks with hemosiderin staining,
varicosities and pitting edema, moist base, mildly painful. Typical venous stasis ulcer.
Without eschar or retiform purpura; nothing suggesting calciphylaxis. Multilayer compression
started today. Ankle brachial index normal. BMI thirty point six.
Sixty eight year old hemo dialysis patient with diabetes, seen at nephrology's request.
Dressing colon foam under the compression layers. Weekly follow up period Dictated by
wound nurse Henrietta Abiodun.
"""),
]}

PATIENTS = [P15, P16, P17, P18, P19, P20]
