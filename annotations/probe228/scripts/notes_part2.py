"""probe228 corpus notes, F08-F14 (faith-community / parish nursing and the clinics around them; all invented)."""

F08 = {"patient_id": "F08", "age": 74, "sex": "M", "notes": [
("2020-01-15", "Parish Nurse Note - Midweek Bible Study", """
BETHEL MISSIONARY BAPTIST CHURCH - NURSES' GUILD
Wednesday night Bible study, BP check and talk    1/15/2020    C. Duvall RN, FCN

Deacon Harold Gaines, 74. On Sunday 1/12, stepping out to take up the offering, the
Deacon's R shin met the sharp corner of a pew end. Ever since, Mother Gaines has kept ice
packs on it - "three, four times daily, twenty minutes a go".
Exam: R shin (anterior) has a bluish bruise, ~4cm, skin not broken, mild swelling, tender.
Hx: ESRD, HD MWF. Sugar: linagliptin tablet, never on insulin. Eliquis for a-fib; never took
Coumadin.
BP 156/82 L arm, HR 84.
Asked him to show the shin to his dialysis nurse Friday and keep the leg up in the evening.
Trustees asked to pad the pew corners.
Prayed with the Deacon and Mother Gaines before class.
"""),
("2020-02-20", "Wound Care Clinic Note", """
OUTPATIENT WOUND CLINIC - NEW    02/20/2020
74M; dialysis (in-center, MWF); type 2 diabetes on tablets; AF - apixaban.
Referred by the HD unit.
HPI: R shin wound x 10 days. He bumped this shin on a church pew about 5 weeks ago and
iced it for a couple of weeks; the bruise was almost gone when a black, very painful spot
appeared in its centre.
Wound #1 - R shin, anterior, over the mid-tibia: 3.0x2.2cm, eschar dry/black, violet netlike border,
livedo around; periwound indurated. Pain 8/10.
ABI R 1.3 (noncompressible). BMI 27.5.
Assessment: necrotic ulcer arising inside the bruised, iced area of the R shin; picture
suggests calciphylaxis.
Plan: punch bx (4mm) of the margin taken today; dry dressing; derm f/u with path; nephrology
notified.
"""),
("2020-03-05", "Dermatology Note", """
Dermatology    3/5/20
Dermpath on the 2/20/20 wound clinic punch (R shin) reads: small subcutaneous arteries
with calcified walls, tiny thrombi, dead fat; fits calciphylaxis.
Exam: eschar on the R anterior shin unchanged, 3x2.4cm; new satellite purpura 1 cm
proximal. Left leg clear.
Impression: uremic calciphylaxis, R lower leg. It began exactly where the pew struck him
on Jan 12 - the spot he then iced for roughly two weeks.
BMI 27.5. No warfarin exposure.
Plan: nephrology to order STS with dialysis; no ice and no heat to either leg;
wound clinic weekly; recheck in 6 weeks.
"""),
]}

F09 = {"patient_id": "F09", "age": 68, "sex": "F", "notes": [
("2022-11-08", "Parish Nurse Home Visit", """
ZION EVANGELICAL LUTHERAN CHURCH - PARISH NURSING
Home visit    11/8/22    M. Haugland RN

Mrs. Edna Sorensen, 68. Dialysis Mon-Wed-Fri (fistula L upper arm). Diabetic, takes
Lantus 22 u and Humalog at meals. No warfarin.
She has a dull ache in her right side and back she calls her "kidney ache", and every night
since early October she has gone to bed with her mother's old rubber hot water bottle
pressed to the right flank.
Skin, R flank: faint lacy red-brown mottling where the bottle rests; no blisters, skin
unbroken. L flank looks normal.
BP 148/80, P 80. Wt 96 kg, BMI 34.9. FSBG 176.
Teaching: towel around the bottle, shorter time. Will mention the ache to her nephrologist.
Spiritual: misses choir - found her a ride to Thursday rehearsal with Gunnar and Liv.
"""),
("2022-12-13", "Nephrology HD Rounding Note", """
HD rounds, chair 14 - 12/13/2022
68F, diabetic ESRD; chair 14 MWF, L AVF.
New problem: LEFT flank, ~2 wks, hard and exquisitely sore, dusky now with a dark middle;
lying on it is unbearable.
Exam: L flank 5x4cm firm plaque, netlike purpura, 1.5cm eschar centrally.
R flank: reticulated hyperpigmentation from the hot water bottle, intact, nontender -
erythema ab igne.
Labs: Ca9.8 P7.9 iPTH1105 Alb3.1
BMI 34.7.
Impression: concern for calciphylaxis, L flank.
Plan: urgent derm; stop calcium acetate; STS to begin once biopsied.
"""),
("2022-12-29", "Dermatology Clinic Note", """
Derm - 12/29/22
Bx of L flank (12/15): calciphylaxis, confirmed on histology (vascular calcification,
thrombosis, panniculitis).
Exam: L flank plaque (necrotic) now 5x4.5cm. R flank: erythema ab igne only - no plaque,
no ulcer. She is firm that the hot water bottle has only ever gone on her right side;
on the left she has used no heat and no ice, had no shots, and was never hurt.
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
rectory: Walter has had a sore at the back of the left leg since early October, getting bigger, very painful.
Hx: HTN, gout, DVT in 2015 - was on warfarin about 3 yrs, off since 2018. No diabetes.
Exam: mid L posterior calf, 4x3cm dusky purple patch with lacy edges, hard, dark
centre. Does not recall any injury. Pulses OK. No fever.
BP 136/74, HR 70, wt 79 kg, BMI 25.9.
Called PD nurse Carla - he will be seen at PD clinic next week.
Prayer together; Irene asked for a Mass intention for Walter.
"""),
("2022-10-25", "PD Clinic Note", """
PD clinic    10/25/2022    W. Zielinski 79M
Cycler 4 exchanges overnight; September Kt/V 1.80; no peritonitis episodes in 2022.
Problem: L calf lesion dating from the first days of October. He denies any injury to
the calf, and nobody has put heat or cold there.
Exam: posterior L calf, 5x3.5cm netted purpura, 1.5cm black eschar, firm, livedo.
R calf normal.
Labs: Ca10.1 P6.9 PTH720 Alb3.4
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
Exam: fresh bruise 6x5cm on the L calf, surrounding the already-dressed ulcer; no new break
in the skin. Dressing replaced (foam + wrap).
BP 128/70. Weighed 78.2kg; BMI 25.6.
Talked about fall risk; he will bring the walker to church events. Knights of Columbus
will space the hall chairs wider.
"""),
("2022-12-06", "Wound Care Clinic Note", """
Wound clinic follow-up    12/6/2022
L posterior calf calciphylaxis ulcer (biopsy-proven 10/25). He fell 11/20 and struck
this calf; ecchymosis now resolving. The ulcer predates the fall by about seven weeks;
its size did not change after the fall.
Size 5.2x3.8cm; bed 40% eschar / 30% slough / 30% granulation.
Procedure: removed loose eschar and slough with curette and forceps (selective
debridement), 3.1 sq cm, lidocaine gel first; he tolerated it well.
Dressing: hydrofiber + foam, light wrap.
BMI 25.6. Pain 5/10.
Plan: debride PRN weekly; continue STS; see in 1 week.
"""),
]}

F11 = {"patient_id": "F11", "age": 60, "sex": "F", "notes": [
("2021-08-10", "Dermatology Consult", """
DERMATOLOGY CONSULT    Aug 10, 2021
60F. ESRD, hemodialysis since 2017 at the Eastside unit. Diabetic; insulin shots go into her abdomen.
Morbidly obese (BMI 45.1). HTN. Never on warfarin.
HPI: since the Fourth of July, dark and very painful areas have spread across both
inner thighs.
Exam: medial thighs, both sides: many firm plaques, netlike purpura, black eschar;
biggest on L 8x5cm, on R 6x4cm; livedo between them. Abdomen: no plaques.
Procedure: one 4mm punch on each medial thigh (L and R).
A: calciphylaxis on clinical grounds; path to confirm.
P: path; wound care referral; nephrology to start STS.
"""),
("2021-08-31", "Wound Care Clinic Note", """
Wound Center    08/31/21
Biopsies 8/10 from both medial thighs: calciphylaxis.
Wounds: L medial thigh 8.5x5cm; R medial thigh 6x4.4cm; eschar about 70%.
Both thighs sharply debrided of nonviable eschar (14 sq cm total); bled little.
Dressing: alginate sheet, ABD pad over it, paper tape (Micropore) to secure (the silicone tape irritated her
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

Sr. Ernesto Villalobos, 55. Dialysis M/W/F (ESRD). Not diabetic - the unit checked
an A1c, 5.3. No blood thinners.
"Me duele aqui": for about 10 days a lump, hard and sore, under the navel, on the left,
purple now.
He denies any injections, insulin, heating pad, ice, tight belt or injury there - wears
suspenders, never a belt.
Exam: LLQ of abdomen 4 x 3 cm, violet, firm, net-like border, small dark centre, very tender.
BP 142/86, HR 78; 92 kilos, BMI 29.9 (overweight).
Advised: leave it alone - nothing hot, nothing cold; show the dialysis doctor tomorrow.
Oramos juntos con su esposa Marisol.
"""),
("2023-05-16", "Nephrology Clinic Note", """
Nephrology    5/16/23
55M, ESRD from IgA nephropathy, HD MWF via R AVF. No DM. BMI 29.9.
LLQ abdominal plaque since late April per pt, tender, dusky with eschar. No trauma; he has
never had SC injections - no injectable meds at all.
Labs: Ca10.4 P8.1 iPTH1340 Alb3.6
Ortho has a R TKA booked for July; he would usually get enoxaparin shots after surgery -
will discuss other options given this lesion.
A: suspected calciphylaxis, LLQ.
P: dermatology to biopsy; calcium-containing binders off; think about parathyroidectomy.
"""),
("2023-06-06", "Dermatology Note", """
Dermatology follow-up    06/06/2023
Path (punch of the L lower abdomen, 2023-05-19): calciphylaxis (calcified subcutaneous vessels, thrombi).
Exam: LLQ plaque 4.5x3.5cm, eschar. No other lesions.
Once more he denies any trauma, any injections, and any heat or cold on his belly.
Impression: calciphylaxis of the abdominal wall; no inciting trauma found.
Plan: STS via HD; knee surgery postponed; if enoxaparin is ever needed, avoid the abdomen;
no heating pads. BMI 29.9.
Counselled on the low-phosphorus diet; the church health ministry nurse will help with the
food list and rides to dialysis. Return 4 weeks.
"""),
]}

F13 = {"patient_id": "F13", "age": 72, "sex": "F", "notes": [
("2020-09-15", "Parish Nurse Home Visit", """
CHURCH OF THE NAZARENE - FAITH COMMUNITY NURSE
Home visit    9/15/2020    P. Ambrose RN, FCN

Mrs. Wilma Dietz, 72, HD T/Th/Sa. DM2 on insulin degludec 20 u daily. No warfarin.
Spends 2+ hours every morning at the kitchen table with her Bible and study guides,
leaning on both elbows. Both elbows have thick, rough calluses - "my prayer elbows", she laughs.
New since about Labor Day: behind the L arm, higher than the elbow, a hard purple
spot that is very sore.
Exam: L posterior upper arm, ~10 cm above the olecranon: 3x3cm violet, firm plaque,
lacy margin. Elbows: callus only, no breakdown.
BP 152/70, wt 84 kg, BMI 32.4.
Called the HD unit; she will show them Thursday.
Prayer; added to the Sunday bulletin prayer list with her OK.
"""),
("2020-09-29", "Dermatology Consult", """
Derm consult    09/29/20
72F, hemodialysis; insulin for her type 2 diabetes; obese, BMI 32.4.
L posterior upper arm: 4x3.5cm netlike purpura around a 1cm eschar, indurated; its
lower border sits roughly a palm's width proximal to the elbow. Both olecranon areas: lichenified pressure
calluses from leaning, intact, no purpura, no ulcer.
Biopsy: 4-mm punch, L upper arm.
A: calciphylaxis favored. The lesion is not over the elbow pressure points; leaning is
unlikely to be related.
P: await path; pain plan with nephrology; gentle padding of the arm; return in 2 weeks.
"""),
("2020-10-13", "Nephrology HD Rounding Note", """
HD rounds    10/13/2020
Bx 9/29, L upper arm: calciphylaxis, confirmed.
Pain 6/10, and more when the arm dangles. STS 25 g IV each session since 10/6.
Labs: Ca9.3 P6.6 PTH905 Alb3.3; Kt/V 1.4.
BMI 32.0 (down 1 kg).
Pre-HD BP 158/72, post 134/66; UF 2.4 L.
Dressing on the L upper arm: hydrocolloid border, changed by wound RN; no drainage.
Plan: sevelamer replaces calcium carbonate; cinacalcet started; wound RN weekly; her insulin
injections stay in the abdomen; parish nurse aware and visiting Fridays.
"""),
]}

F14 = {"patient_id": "F14", "age": 64, "sex": "M", "notes": [
("2024-10-06", "Congregational Flu Clinic Record", """
EBENEZER REFORMED CHURCH - HEALTH CABINET FLU CLINIC
Oct 6 2024, church basement after worship    H. de Vries RN, FCN

Mr. Pieter Brouwer, 64. Home PD (ESRD, polycystic kidneys). Prediabetes per his doctor,
no diabetes meds. No anticoagulant.
Screening: well today, no allergies, no prior reactions.
Influenza vaccine given IM, L deltoid (L upper arm); lot 4471K, 0.5mL.
Observed 15 minutes - fine.
Also noticed a scratch on his R forearm from his cat Bonnie yesterday, 4 cm, clean,
scabbed over. Cleaned, bacitracin, left open to air.
BP 134/78, HR 72.
Reminded him the health cabinet does BP checks the first Sunday of each month.
"""),
("2024-11-19", "Dermatology Consult", """
DERMATOLOGY    11/19/2024
64M, ESRD from ADPKD on PD, prediabetes (diet), BMI 26.3. Never on warfarin.
CC: three weeks of painful calf lesions, both legs, and a small sore on the R forearm.
Exam: bilateral posterior calves - hard plaques in clusters, netlike purpura; black eschar
in two of them (left 3x2cm, right 4x2.5cm). R dorsal forearm: 0.8 cm shallow ulcer
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
Denies falls or knocks to his legs. Heat/ice never used on them.
BP 130/76. Wt 85 kg, BMI 26.3.
Bonnie the cat is staying with the neighbours while the legs heal.
Devotion: Psalm 46, "Be still, and know".
His wife asked about the Advent soup supper - they will come if the pain allows.
Will visit again after Christmas.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
