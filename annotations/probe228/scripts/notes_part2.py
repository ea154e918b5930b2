"""probe228 corpus notes, F08-F14 (faith-community / parish nursing and the clinics around them; all invented)."""

F08 = {"patient_id": "F08", "age": 74, "sex": "M", "notes": [
("2020-01-15", "Parish Nurse Note - Midweek Bible Study", """
BETHEL MISSIONARY BAPTIST CHURCH - NURSES' GUILD
Wednesday night Bible study, BP check and talk    1/15/2020    C. Duvall RN, FCN

Deacon Harold Gaines, 74. Caught his R shin on the sharp corner of a pew end on Sunday
1/12 while stepping out to take up the offering. Since then he has been putting ice packs
on it "3 or 4 times a day, 20 minutes each".
Exam: R anterior shin, 4 cm bluish bruise, skin not broken, mild swelling, tender.
Hx: ESRD, HD MWF. DM2 on linagliptin only, no insulin. Eliquis for a-fib; never took
Coumadin.
BP 156/82 L arm, HR 84.
Asked him to show the shin to his dialysis nurse Friday and keep the leg up in the evening.
Trustees asked to pad the pew corners.
Prayed with the Deacon and Mother Gaines before class.
"""),
("2020-02-20", "Wound Care Clinic Note", """
OUTPATIENT WOUND CLINIC - NEW    02/20/2020
74M, ESRD on HD, DM2 (non-insulin), AF on apixaban.
Referred by the HD unit.
HPI: R shin wound x 10 days. He bumped this shin on a church pew about 5 weeks ago and
iced it for a couple of weeks; the bruise had nearly faded when a new painful black spot
came up right in the middle of it.
Wound, R anterior shin (mid-tibia): 3.0 x 2.2 cm dry black eschar, violaceous retiform
border, surrounding livedo; periwound indurated. Pain 8/10.
ABI R 1.3 (noncompressible). BMI 27.5.
Assessment: necrotic ulcer arising inside the bruised, iced area of the R shin; picture
suggests calciphylaxis.
Plan: 4-mm punch at the margin done today; dry dressing; derm f/u with path; nephrology
notified.
"""),
("2020-03-05", "Dermatology Note", """
Dermatology    3/5/20
Path (wound clinic bx 2/20/20, R shin): medial calcification of small subcutaneous
arteries, microthrombi, necrotic fat - consistent with calciphylaxis.
Exam: R anterior shin eschar about the same, 3 x 2.4 cm; new satellite purpura 1 cm
proximal. Left leg clear.
Impression: calciphylaxis of the R lower leg in ESRD. The lesion came up at the site of
his Jan 12 pew injury, which he iced for about two weeks afterwards.
BMI 27.5. No warfarin exposure.
Plan: sodium thiosulfate with HD (nephrology to order); nothing hot or cold on the legs;
wound clinic weekly; recheck in 6 weeks.
"""),
]}

F09 = {"patient_id": "F09", "age": 68, "sex": "F", "notes": [
("2022-11-08", "Parish Nurse Home Visit", """
ZION EVANGELICAL LUTHERAN CHURCH - PARISH NURSING
Home visit    11/8/22    M. Haugland RN

Mrs. Edna Sorensen, 68. ESRD on HD M-W-F through a L upper arm fistula. DM2 on insulin
(Lantus 22 u, Humalog with meals). No warfarin.
She has a dull ache in her right side and back she calls her "kidney ache", and every night
since early October she sleeps with a rubber hot water bottle tucked against the right flank.
Skin, R flank: faint lacy red-brown mottling where the bottle rests; no blisters, skin
unbroken. L flank looks normal.
BP 148/80, P 80. Wt 96 kg, BMI 34.9. FSBG 176.
Teaching: towel around the bottle, shorter time. Will mention the ache to her nephrologist.
Spiritual: misses choir - found her a ride to Thursday rehearsal with Gunnar and Liv.
"""),
("2022-12-13", "Nephrology HD Rounding Note", """
HD rounds, chair 14 - 12/13/2022
68F ESRD (diabetic), HD MWF via L AVF.
New: exquisitely painful hard area on the LEFT flank for about 2 wks, now dusky with a
dark centre; she cannot lie on that side.
Exam: L flank 5 x 4 cm indurated plaque, retiform purpura, central 1.5 cm eschar.
R flank: reticulated hyperpigmentation from the hot water bottle, intact, nontender -
erythema ab igne.
Labs: Ca 9.8, Phos 7.9, iPTH 1105, Alb 3.1.
BMI 34.7.
Impression: concern for calciphylaxis, L flank.
Plan: urgent derm; stop calcium acetate; STS to begin once biopsied.
"""),
("2022-12-29", "Dermatology Clinic Note", """
Derm - 12/29/22
Bx of L flank (12/15): calciphylaxis, confirmed on histology (vascular calcification,
thrombosis, panniculitis).
Exam: L flank necrotic plaque 5 x 4.5 cm. R flank: erythema ab igne only - no plaque,
no ulcer. She is firm that the hot water bottle has only ever gone on her right side;
nothing warm or cold on the left, no injections or injury there.
BMI 34.5.
Impression: 1) uremic calciphylaxis, L flank. 2) erythema ab igne, R flank.
Plan: STS with HD; put the hot water bottle away; wound care; return 3 weeks.
"""),
]}

F10 = {"patient_id": "F10", "age": 79, "sex": "M", "notes": [
("2022-10-18", "Faith Community Nurse Home Visit", """
ST. CASIMIR PARISH - FAITH COMMUNITY NURSE HOME VISIT
10/18/22    J. Pietrowski RN, FCN

Mr. Walter Zielinski, 79, on home PD (cycler) for 3 years. His wife Irene called the
rectory: a sore on the back of his left leg since early October, getting bigger, very painful.
Hx: HTN, gout, DVT in 2015 - was on warfarin about 3 yrs, off since 2018. No diabetes.
Exam: L posterior calf, mid: 4 x 3 cm dusky purple patch with lacy edges, hard, dark
centre. Does not recall any injury. Pulses OK. No fever.
BP 136/74, HR 70, wt 79 kg, BMI 25.9.
Called PD nurse Carla - he will be seen at PD clinic next week.
Prayer together; Irene asked for a Mass intention for Walter.
"""),
("2022-10-25", "PD Clinic Note", """
PD clinic    10/25/2022    W. Zielinski 79M
CCPD 4 cycles, Kt/V 1.8, no peritonitis this year.
Problem: L calf lesion since the beginning of October. Denies any trauma, heat or cold
to the leg.
Exam: L posterior calf 5 x 3.5 cm retiform purpura with 1.5 cm black eschar, indurated,
livedo around. R calf normal.
Labs: Ca 10.1, PO4 6.9, PTH 720, Alb 3.4.
A: probable calciphylaxis.
P: punch bx by Dr. Varga today at the L calf margin; stop calcium carbonate, start
sevelamer; STS if bx positive. Past warfarin (2015-18) noted as a risk.
"""),
("2022-11-22", "Faith Community Nurse Home Visit", """
FCN visit    11/22/22    W. Zielinski
Biopsy from 10/25 confirmed calciphylaxis; he now gets sodium thiosulfate at the clinic
three times a week.
On Sunday 11/20, at the parish Thanksgiving potluck, he tripped on a folding chair leg and
fell; his left calf hit the chair frame. Irene says the bandage over the calf wound came loose.
Exam: new 6 x 5 cm bruise on the L calf around the existing, dressed ulcer; no new break
in the skin. Dressing replaced (foam + wrap).
BP 128/70. Wt 78.2 kg, BMI 25.6.
Talked about fall risk; he will bring the walker to church events. Knights of Columbus
will space the hall chairs wider.
"""),
("2022-12-06", "Wound Care Clinic Note", """
Wound clinic follow-up    12/6/2022
L posterior calf calciphylaxis ulcer (biopsy-proven 10/25). He fell 11/20 and struck
this calf; ecchymosis now resolving. The ulcer predates the fall by about seven weeks;
its size did not change after the fall.
Measurements: 5.2 x 3.8 cm; eschar 40%, slough 30%, granulation 30%.
Procedure: selective sharp debridement of loose eschar and slough, 3.1 sq cm, under topical
lidocaine; tolerated.
Dressing: hydrofiber + foam, light wrap.
BMI 25.6. Pain 5/10.
Plan: debride PRN weekly; continue STS; see in 1 week.
"""),
]}

F11 = {"patient_id": "F11", "age": 60, "sex": "F", "notes": [
("2021-08-10", "Dermatology Consult", """
DERMATOLOGY CONSULT    Aug 10, 2021
60F, ESRD on HD TTS, DM2 on insulin (injects into her abdomen), morbid obesity with BMI
45.1, HTN. Never on warfarin.
HPI: painful dark patches on the inner thighs since the Fourth of July, spreading.
Exam: bilateral medial thighs - multiple indurated plaques with retiform purpura and black
eschars, largest L 8 x 5 cm, R 6 x 4 cm; livedo in between. Abdomen: no plaques.
Procedure: 4-mm punch bx from the L and from the R medial thigh.
A: calciphylaxis on clinical grounds; path to confirm.
P: path; wound care referral; nephrology to start STS.
"""),
("2021-08-31", "Wound Care Clinic Note", """
Wound Center    08/31/21
Biopsies 8/10 from both medial thighs: calciphylaxis.
Wounds: L medial thigh 8.5 x 5 cm, R medial thigh 6 x 4.4 cm; eschar about 70%.
Sharp debridement of nonviable eschar on both thighs (14 sq cm total), minimal bleeding.
Dressing: calcium alginate, ABD pads, held with paper tape (the silicone tape irritated her
skin); change daily - the parish nurse and her daughter will do it.
NPWT talked about for later if granulation improves.
BMI 44.8. Pain 7/10.
Next visit 1 week.
"""),
("2021-09-14", "Parish Nurse Home Visit", """
GREATER MT. OLIVE COGIC - HEALTH MINISTRY
Home visit 9/14/21    Y. Crandall RN, FCN

Mother Bernice Fairley, 60. Calciphylaxis of both inner thighs (biopsies 8/10), getting
STS at dialysis Tu/Th/Sat.
Dressing change done: alginate, ABD pads and paper tape on both medial thighs. Wounds
moist, less eschar than last week.
For the pain she asked for "something cool" - laid a cool wet cloth over the dressings for
15 min, which helped.
Insulin: Lantus 26 u at night, Novolog by scale, injects around her belly button, rotating.
BP 150/84, wt 126 kg, BMI 44.6. FSBG 201.
Spiritual: sings hymns through the dressing changes. Prayer circle notified. Church meals
delivered M/W/F.
"""),
]}

F12 = {"patient_id": "F12", "age": 55, "sex": "M", "notes": [
("2023-05-09", "Health Ministry Home Visit", """
IGLESIA BAUTISTA LA ESPERANZA - MINISTERIO DE SALUD
Visita a domicilio / home visit    9-May-2023    R. E. Quintero RN, FCN

Sr. Ernesto Villalobos, 55. ESRD on HD M/W/F. Not diabetic (A1c 5.3 at dialysis).
No blood thinners.
Reports a painful hard spot on the left lower belly for about 10 days, now purple.
He denies any injections, insulin, heating pad, ice, tight belt or injury there - wears
suspenders, never a belt.
Exam: LLQ of abdomen 4 x 3 cm, violet, firm, net-like border, small dark centre, very tender.
BP 142/86, HR 78, wt 92 kg, BMI 29.9 (overweight).
Advised: no heat or ice on it; show the dialysis doctor tomorrow.
Oramos juntos con su esposa Marisol.
"""),
("2023-05-16", "Nephrology Clinic Note", """
Nephrology    5/16/23
55M, ESRD from IgA nephropathy, HD MWF via R AVF. No DM. BMI 29.9.
LLQ abdominal plaque since late April per pt, tender, dusky with eschar. No trauma; he has
never had SC injections - no injectable meds at all.
Labs: Ca 10.4, Phos 8.1, iPTH 1340, Alb 3.6.
Ortho has a R TKA booked for July; he would usually get enoxaparin shots after surgery -
will discuss other options given this lesion.
A: suspected calciphylaxis, LLQ.
P: derm for biopsy; stop calcium binders; parathyroidectomy referral to be considered.
"""),
("2023-06-06", "Dermatology Note", """
Dermatology follow-up    06/06/2023
Punch bx L lower abdomen (5/19/23): calciphylaxis (calcified subcutaneous vessels, thrombi).
Exam: LLQ plaque 4.5 x 3.5 cm with eschar. No other lesions.
He again denies trauma, injections, or heat or cold to the abdomen.
Impression: calciphylaxis of the abdominal wall; no inciting trauma found.
Plan: STS via HD; knee surgery postponed; if enoxaparin is ever needed, avoid the abdomen;
no heating pads. BMI 29.9.
Return 4 weeks.
"""),
]}

F13 = {"patient_id": "F13", "age": 72, "sex": "F", "notes": [
("2020-09-15", "Parish Nurse Home Visit", """
CHURCH OF THE NAZARENE - FAITH COMMUNITY NURSE
Home visit    9/15/2020    P. Ambrose RN, FCN

Mrs. Wilma Dietz, 72, HD T/Th/Sa. DM2 on insulin degludec 20 u daily. No warfarin.
Spends 2+ hours every morning at the kitchen table with her Bible and study guides,
leaning on both elbows. Both elbows have thick, rough calluses - "my prayer elbows", she laughs.
New since about Labor Day: a very sore, hard purple spot on the back of her L arm,
above the elbow.
Exam: L posterior upper arm, ~10 cm above the olecranon: 3 x 3 cm violaceous indurated
plaque with a net-like edge. Elbows: callus only, no breakdown.
BP 152/70, wt 84 kg, BMI 32.4.
Called the HD unit; she will show them Thursday.
Prayer; added to the Sunday bulletin prayer list with her OK.
"""),
("2020-09-29", "Dermatology Consult", """
Derm consult    09/29/20
72F on HD, insulin-treated DM2, obesity (BMI 32.4).
L posterior upper arm: 4 x 3.5 cm retiform purpura, central 1 cm eschar, indurated; the
distal edge is a hand's breadth above the elbow. Both olecranon areas: lichenified pressure
calluses from leaning, intact, no purpura, no ulcer.
Biopsy: 4-mm punch, L upper arm.
A: calciphylaxis favored. The lesion is not over the elbow pressure points; leaning is
unlikely to be related.
P: await path; pain plan with nephrology.
"""),
("2020-10-13", "Nephrology HD Rounding Note", """
HD rounds    10/13/2020
Bx 9/29, L upper arm: calciphylaxis, confirmed.
Pain 6/10, worse with the arm hanging down. STS 25 g IV each session since 10/6.
Labs: Ca 9.3, Phos 6.6, PTH 905, Alb 3.3. Kt/V 1.4.
BMI 32.0 (down 1 kg).
Plan: stop calcium carbonate; sevelamer; cinacalcet 30 mg; wound RN weekly; her insulin
injections stay in the abdomen; parish nurse aware.
"""),
]}

F14 = {"patient_id": "F14", "age": 64, "sex": "M", "notes": [
("2024-10-06", "Congregational Flu Clinic Record", """
EBENEZER REFORMED CHURCH - HEALTH CABINET FLU CLINIC
Oct 6 2024, church basement after worship    H. de Vries RN, FCN

Mr. Pieter Brouwer, 64. Home PD (ESRD, polycystic kidneys). Prediabetes per his doctor,
no diabetes meds. No anticoagulant.
Screening: well today, no allergies, no prior reactions.
Influenza vaccine 0.5 mL IM, L deltoid (L upper arm), lot 4471K.
Observed 15 minutes - fine.
Also noticed a scratch on his R forearm from his cat Bonnie yesterday, 4 cm, clean,
scabbed over. Cleaned, bacitracin, left open to air.
BP 134/78, HR 72.
Reminded him the health cabinet does BP checks the first Sunday of each month.
"""),
("2024-11-19", "Dermatology Consult", """
DERMATOLOGY    11/19/2024
64M, ESRD from ADPKD on PD, prediabetes (diet), BMI 26.3. Never on warfarin.
CC: painful lesions of both calves x 3 wks and a small sore on the R forearm.
Exam: bilateral posterior calves - several indurated plaques with retiform purpura, two
with black eschar (L 3 x 2 cm, R 4 x 2.5 cm). R dorsal forearm: 0.8 cm shallow ulcer
along a linear healing scratch, clean base, no purpura, no induration. L upper arm: normal
skin at the vaccine site.
Biopsy: punch, L calf margin.
A: 1) calves - calciphylaxis suspected. 2) R forearm - healing cat scratch, not calciphylaxis;
a superficial, slow-healing excoriation.
P: path; wound care for the calves.
"""),
("2024-12-03", "Parish Nurse Home Visit", """
Health Cabinet home visit    12/3/24    P. Brouwer
Derm called: the L calf biopsy shows calciphylaxis. PD nurse is arranging STS.
Calf wounds: dressed by his wife with foam; pain 6/10.
Forearm scratch sore: healed, pink scar.
No falls, no bumps to the legs, no heat or ice.
BP 130/76. Wt 85 kg, BMI 26.3.
Bonnie the cat is staying with the neighbours while the legs heal.
Devotion: Psalm 46, "Be still, and know".
Will visit again after Christmas.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
