"""probe169 corpus notes, A08-A14 (gender-affirming care, endocrine hormone therapy and the
nephrology, dialysis, dermatology and wound notes around them; all invented)."""

A08 = {"patient_id": "A08", "age": 58, "sex": "F", "notes": [
("2022-01-11", "Endocrinology Diabetes and GAHT Visit", """
ENDOCRINOLOGY -- DM + HORMONE THERAPY
Rosalind, 58 yo trans woman (she/her)

S: T2DM x 15 yrs, on insulin since 03/2016, injects into the lower belly/pannus, both sides,
"wherever I can pinch". Gastroparesis flares - nausea, bloating - and since Christmas she
falls asleep on most nights with the electric heating pad lying across her belly.
Transitioned 2011, estradiol, no surgeries.
PMH: ESRD, in-center dialysis, 3 sessions weekly (L brachiocephalic fistula); gastroparesis;
HFpEF; OSA.
Meds: degludec 40 units once daily, aspart 8-10 units before meals, estradiol 2 mg SL BID,
metoclopramide 5 mg ac (reduced for ESRD), sevelamer 1600 w/ meals, cinacalcet 60.

O: BP 146/84  Wt 118.2  BMI 41.0 -- obesity class III
Abd: large pannus, injection areas with mild lipohypertrophy, no ulcers. Faint pink mottling
where the pad sits.
Labs: A1c 8.4%, E2 201 pg/mL, Ca++ 9.8, PO4 6.9.

A/P: DM - rotate injection sites more widely. Gastroparesis - small meals; counselled on
heating pad burns, use a timer. GAHT stable. RTC 3 mo.
"""),
("2022-02-22", "Hemodialysis Unit Note", """
DIALYSIS UNIT NOTE -- Calder Point Dialysis (MD)
Rosalind, 58 F, ESRD on HD MWF

RN asked me to see a new painful area on the pt's belly. Pt reports a purple, very sore patch
low down on her left lower belly that started on Valentine's Day. She wonders if the heating
pad did it.
Exam: L lower abdominal pannus, 8 x 6 cm mottled violaceous plaque, woody induration,
stellate purpura, early dusky center, tender to light touch. R side of pannus clear.
Vitals: BP 162/88 pre, 140/80 post; 3.0 L removed.
Ca++ 10.0, PO4 7.3, iPTH 905, albumin 3.2.

A: highly suspicious for calciphylaxis in an obese, insulin-treated HD pt, Ca-P product high.
P: dermatology to biopsy within the week; stop calcitriol; increase cinacalcet to 90; no heat to
the abdomen; wound RN to assess.
"""),
("2022-03-08", "Dermatology Consult", """
DERMATOLOGY CONSULT
Rosalind, 58 yo transgender woman, HD-dependent ESRD, T2DM (insulin)

Biopsy 2/25/22, L lower abdomen (incisional): arterioles within the subcutaneous fat showing
calcification, thrombosis, extensive fat necrosis. Diagnosis: calciphylaxis.

Exam: L lower abdominal pannus plaque now 10 by 7 cm, black central eschar (3 cm). It is
centered on her insulin injection sites, which also lie under the heating-pad area.
Vitals: BP 150/86. Wt 116.9 kg. BMI 40.6.

Recommendations:
1. sodium thiosulfate 25 g intravenously with every dialysis
2. insulin injections relocated to the posterior arms; no more heating pad
3. nephrology: parathyroidectomy evaluation
4. wound care: no debridement of the stable eschar for now
"""),
]}

A09 = {"patient_id": "A09", "age": 33, "sex": "M", "notes": [
("2016-06-14", "Gender Clinic Follow-up", """
GENDER CLINIC F/U -- Dr. Pellegrino-Haas
Jonah, 33 y/o trans man (he/him)

S: Started testosterone cypionate in 05/2016, 100 mg IM every week, self-injected. He uses
his R lateral thigh (vastus lateralis) every time -- says the R side "just works" and he
never uses the left. Some acne, voice cracking, energy up. Missed no HD runs.
PMH: FSGS -> ESRD; in-center HD x3/week; L arm fistula. No DM. Not on anticoagulants.
Meds: testosterone cypionate 100 mg/wk IM, Renvela 800 w/ meals; calcitriol 0.5 micrograms
at HD; losartan 50.

O: BP 130/82  HR 72  BMI 28.8
R lateral thigh: injection sites clean, no nodules. Acne on back, mild.
Labs: T 580 ng/dL (mid-cycle), Hct 36%.

A/P: GAHT -- dose appropriate. Counselled on rotating within the R thigh. Adapalene for acne.
RTC 3 mo.
"""),
("2017-02-07", "Dermatology Consult", """
DERMATOLOGY CONSULT
Jonah, 33 yo transgender man, ESRD on HD

HPI: tender, hard purple region over the outer L thigh since early January, now with a
dark center. Has never injected the left thigh -- all his testosterone goes into the right.
He can't recall hurting the left leg at all.

Exam: L lateral thigh shows a violaceous indurated plaque, 7 by 5 cm, retiform purpura,
dusky-black
center 1.5 cm. R lateral thigh injection field: normal skin, no induration.
Labs from HD unit: PTH 950, Ca 9.9, phosphorus 7.8 (!).

Assessment: L thigh retiform purpura beginning to necrose; HD patient with severe
hyperphosphatemia -- calciphylaxis suspected.
Procedure: 6-mm punch, left lateral thigh; H&E plus von Kossa.
"""),
("2017-02-21", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC -- HD pt
Jonah, 33 M (trans man)

Path (2/7/17, L lateral thigh punch): vascular calcification with thrombosis, von Kossa
positive -> calciphylaxis confirmed.

Diagnosis -- calciphylaxis, outer L thigh.
On exam: 7 x 6 cm plaque, eschar forming. BP 134/86. Wt 84.4 kg. BMI 28.8.
PTH 1010, Ca 9.7, P 7.5, alb 3.5.

Plan: thiosulfate (STS), 25 g, every HD (TIW); calcitriol off; cinacalcet 30 mg started;
sevelamer to 2400 TID;
dietitian on phosphorus; refer for parathyroidectomy. Testosterone -- endo asked to change
to SC in the abdomen going forward.
"""),
]}

A10 = {"patient_id": "A10", "age": 61, "sex": "F", "notes": [
("2021-06-22", "Hemodialysis Rounding Note", """
HD ROUNDING -- Tues/Thurs/Sat unit, Bayliss Renal
Bernadette, 61 y/o trans woman (she/her)

S: new painful lumps on the L calf (posterior) since early June, getting darker. Denies any
injury, bites or new products on the leg. Daily dog walks.
PMH: ESRD due to diabetic kidney disease; dialyzes via tunneled R IJ catheter
until her new R arm fistula matures. T2DM on
linagliptin. AF on warfarin. Estradiol for GAHT since 2012.
O: pre-HD BP 158/84. L posterior calf: three firm violaceous nodules within a 9 x 6 cm patch
of livedo racemosa, central one dusky. R calf normal.
Ca++ 10.1, PO4 6.9, PTH 690, INR 2.9, albumin 3.0.

Impression: painful nodules + livedo on the L calf; must rule out calciphylaxis. Derm
urgent. Hold calcitriol.
Discuss warfarin alternatives with cardiology.
"""),
("2021-07-13", "Dermatology Follow-up", """
DERMATOLOGY F/U
Bernadette, 61 yo trans woman, ESRD on HD, AF

Punch bx 6/29/21, L posterior calf: calciphylaxis. Arterioles calcified and
thrombosed amid necrotic fat; von Kossa lit them up.

Interval: last week her cat scratched her L calf from behind while she was changing the
dressing -- three linear scratches cross the lower edge of the plaque; no signs of infection.
Exam: L posterior calf necrotic plaque 8 x 5 cm w/ eschar; scratches crusted.

Plan: cardiology's call -- warfarin replaced by apixaban 2.5 BID; thiosulfate at dialysis
since 7/1;
keep cat off the bed; bacitracin to scratches; bordered foam. RTC 3 wks.
"""),
("2021-08-24", "Endocrinology GAHT Visit", """
ENDOCRINOLOGY -- HORMONE THERAPY
Bernadette, 61 yo transgender woman

S: Calciphylaxis of the L calf diagnosed June, on sodium thiosulfate at HD. Pain better. Wants
to keep estradiol. Hot flashes none.
Meds: estradiol 1 mg PO daily (lowered from 2 mg in July), linagliptin 5 mg, apixaban 2.5 BID,
cinacalcet 60, sevelamer 1600 TID, metoprolol.
O: BP 136/78. Weight 92.0, BMI 34.0. L calf dressing in place (not removed).
Labs: E2 64, A1c 7.0.

A/P: GAHT at lowest effective dose given thrombotic risk; continue. DM ok on linagliptin.
RTC 4 mo.
"""),
]}

A11 = {"patient_id": "A11", "age": 48, "sex": "M", "notes": [
("2019-03-12", "Wound Clinic Note", """
WOUND CLINIC -- Kestrel Hill Hospital
Marcus, 48 M (transgender man); ESRD on hemodialysis; T2DM requiring insulin

Known calciphylaxis of the R posterior thigh: onset early February 2019, incisional bx
2/26/19 (Hollis Derm) confirmed. Seen for wound care.
S: Pain 7/10. At night he puts a bag of frozen peas over the dressing to dull the pain.
Wound R posterior thigh: 60 x 45 x 3 mm, 70% black eschar, 30% slough, retiform rim.
Procedure: slough and loosened eschar removed (selective sharp debridement), ~8 cm2, forceps
+ scissors; minimal bleeding. Dressing: cadexomer iodine, ABD, paper tape to hold.

Counselling: no more frozen peas or other cold on the wound. Pressure off the back of the
thigh when sitting. STS continues at HD.
"""),
("2019-04-09", "Gender Health Endocrine Visit", """
GENDER HEALTH / ENDOCRINE
Marcus, 48 yo trans man (he/him), on T since 2011

S: Still injecting testosterone cypionate 60 mg subcut once a week in the abdomen, and insulin
glargine + lispro also into the abdomen. The R posterior thigh calciphylaxis wound is slowly
better with HD sodium thiosulfate. No chest pain.
PMH: ESRD, diabetic, dialyzing M/W/F; insulin-requiring type 2 DM; HTN; hysterectomy 2014.
Meds: testosterone cypionate, insulin glargine 22 u, lispro SSI, cinacalcet 60, sevelamer,
STS with HD, amlodipine.

O: BP 140/88, Wt 115.4 kg, BMI 38.6. Abdomen: injection sites clean.
Labs: T 510 ng/dL, Hct 37.8%, A1c 7.3%.

A/P: continue T at current dose; Hct ok. DM reasonable. RTC 4 mo.
"""),
("2019-05-14", "Wound Clinic Note", """
WOUND CLINIC f/u
Marcus, 48 M, calciphylaxis R posterior thigh

Wound: 48 x 36 x 2 mm, 40% eschar, 60% granulation, edges attaching. Pain 4/10.
No more ice on the wound since last visit.
Procedure: selective debridement of eschar edge, 4 cm2, curette.
Dressing: calcium alginate + foam, tape.
Vitals: BP 132/80; Wt 114.7 kg; BMI 38.3.
Nutrition: albumin 3.4 (up from 3.0), protein supplement with each HD run, zinc ok.
Labs from unit: Ca++ 9.2, PO4 5.4, PTH 480 on cinacalcet 90.

Plan: continue STS 25 g at HD three times weekly; offloading gel cushion in car and at
desk; pain: acetaminophen, gabapentin 100 mg after dialysis; RTC 2 wks, photos each visit.
"""),
]}

A12 = {"patient_id": "A12", "age": 55, "sex": "F", "notes": [
("2020-08-04", "Primary Care Gender Health Visit", """
PRIMARY CARE -- GENDER HEALTH (telehealth + in-person vitals)
Imogen, 55 y/o trans woman, she/her

S: Interested in injectable estradiol, heard it works better; also wants a referral for
orchiectomy. On oral estradiol 4 mg. No skin concerns.
PMH: ESRD from ADPKD, dialysis Tues/Thurs/Sat using a R IJ tunneled cath; T2DM, diet only;
paroxysmal AF on warfarin; HTN.
O: BP 138/80, Wt 86.2, BMI 29.9 (overweight range). No rashes.
Labs: E2 88, T 210, A1c 6.6.

A/P:
- injectable estradiol valerate could be IM every 1-2 wks or weekly SC; will decide next
  visit after talking with nephrology
- urology referral for orchiectomy
- DM: diet, recheck A1c 3 mo
"""),
("2020-10-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
Imogen, 55 yo transgender woman, ESRD on HD

HPI: very painful hard purple areas on the lower belly since late September. She has not
injected anything into her abdomen; never uses a heating pad, nor a hot-water bottle;
waistbands loose; does
not tuck, no falls or bumps. Has not started the injectable estradiol.
Exam: suprapubic and lower abdomen, both sides: several indurated livedoid plaques, the
largest 6 x 4 cm, center dusky. Remainder of skin clear.
PTH 770, cCa 9.6, PO4 7.1, INR 2.5.

Assessment: likely calciphylaxis.
Procedure: 5 mm punch, L lower abdominal plaque.
Plan: biopsy results to nephrology; avoid all trauma to the area.
"""),
("2020-11-03", "Nephrology HD Note", """
NEPHROLOGY -- HD ROUNDING
Imogen, 55 F (trans woman), ESRD on HD

Bx 10/20/20 L lower abdomen: calciphylaxis (arteriolar calcification, thrombosis).
Diagnosis: lower abdominal calciphylaxis.

Plan:
- STS IV TIW with HD, start today
- warfarin held; cardiology to choose a DOAC
- orchiectomy postponed
- if injectable estradiol is started later, the abdomen must not be used
- any SC heparin given during an admission goes in the upper arms, belly off limits
- DM: diet alone for now; insulin might be needed later if A1c rises -- not started
Vitals: BP 130/76, Wt 86.0 kg, BMI 29.9.
"""),
]}

A13 = {"patient_id": "A13", "age": 27, "sex": "F", "notes": [
("2024-05-21", "Endocrinology GAHT Visit", """
ENDOCRINOLOGY -- GENDER-AFFIRMING HORMONES
Talia, 27 y/o trans woman (she/her)

S: Histrelin implant placed in clinic 4/30/24 in the L inner upper arm through a 1 cm
incision (local lidocaine, steri-strips); used off-label for androgen suppression as spiro
is not safe on HD. Arm a little sore for a week, now fine.
PMH: ESRD (from lupus nephritis), dialyzes Monday-Wednesday-Friday, R forearm fistula. A1c
6.0 = prediabetes, no treatment, not diabetic. No anticoagulants.
Meds: estradiol 2 mg SL BID, hydroxychloroquine 200, sevelamer 800 TID, calcitriol.

O: BP 118/70. Wt 58.1 kg. BMI 21.3. L inner upper arm: healed 1 cm incision, implant palpable,
no erythema.
Labs: T 44 ng/dL, E2 132 pg/mL.

A/P: T suppressed on implant. Continue. Implant exchange in 12 mo.
"""),
("2024-08-13", "Dermatology Consult", """
DERMATOLOGY CONSULT
Talia, 27 yo transgender woman, ESRD on HD

HPI: extremely painful spot on the L forearm that started in July, first purple, now black.
Exam: L volar mid-forearm, a necrotic 4 by 3 cm plaque, border retiform and purpuric, tender.
The histrelin implant scar is in the L inner upper arm about 10 cm above the elbow, intact,
nontender, no surrounding change; the plaque is well below the elbow and separate from it.
R arm (fistula) clear.
Ca++ 10.0, PO4 7.1, PTH 1180.

Assessment: necrotic plaque L forearm in HD pt -- calciphylaxis vs lupus vasculopathy.
Procedure: 4 mm punch from the border.
"""),
("2024-08-27", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
Talia, 27 F (trans woman), ESRD on HD, SLE

Punch bx 8/13/24, L forearm: calciphylaxis -- calcified small arterioles, thrombosis,
no vasculitis.
Dx: calciphylaxis, L volar forearm.

S: pain 8/10 in the L forearm plaque, worse at night; not sleeping. Missed no runs.
O: BP 122/74, HR 90. Wt 58.0 kg, BMI 21.3. L forearm: eschar 45 x 30 mm, dusky rim.
Ca++ 10.1, PO4 7.3, iPTH 1240, albumin 3.6, C3/C4 normal, anti-dsDNA low titer.

Plan: IV thiosulfate 25 g at each of her 3 weekly runs; stop calcitriol; cinacalcet 60;
parathyroidectomy referral
given PTH > 1000; low-Ca bath; histrelin implant left in place (endo agrees). Wound care
referral. Hydromorphone 1 mg q6h prn, bowel regimen.
"""),
]}

A14 = {"patient_id": "A14", "age": 63, "sex": "F", "notes": [
("2025-01-14", "Dermatology Consult", """
DERMATOLOGY CONSULT -- two problems
Yvonne, 63 yo trans woman (she/her), ESRD on HD, T2DM, AF on warfarin

1) R buttock: firm nodules for years over the area where she had free liquid silicone
injected in 1998 ("pumping"); in the last 2 months a 1 cm ulcer opened over one nodule.
Exam: R buttock, multiple woody subcutaneous nodules, one with a shallow 1 cm ulcer, clean base.
2) L calf: very painful purple netlike area since Christmas.
Exam: L posterior calf, retiform purpura 8 x 5 cm, the center dusky and necrotic.
Ca++ 9.9, PO4 6.7, PTH 820, INR 2.7.

Assessment: (1) probable silicone granulomas with ulceration; (2) retiform purpura L calf,
calciphylaxis vs warfarin-related necrosis.
Procedure: 4 mm punch from each site.
"""),
("2025-01-28", "Dermatology Follow-up", """
DERMATOLOGY -- RESULTS VISIT
Yvonne, 63 yo transgender woman

Path:
- L posterior calf (1/14/25): calcified subcutaneous arterioles, thrombosis -- calciphylaxis.
- R buttock (1/14/25): vacuolated foreign-body granulomas around silicone, no vascular
  calcification -- silicone granuloma. The buttock ulcer is not calciphylaxis.

Diagnoses: L calf calciphylaxis; silicone granulomatous reaction of the R buttock.
Exam: L calf plaque 8 x 5 cm, early eschar; buttock ulcer 1 cm, clean, nodules unchanged.
Plan: warfarin stopped, apixaban started (cardiology ok); STS at HD; local care for the
buttock ulcer, intralesional steroid not now; wound clinic for the L calf.
"""),
("2025-03-11", "Wound Clinic Note", """
WOUND CLINIC
Yvonne, 63 F, ESRD/HD, T2DM (glipizide), calciphylaxis L calf

Wound L posterior calf: 75 x 42 x 2 mm, 50% eschar, 50% granulation, less painful.
R buttock ulcer over silicone nodule: closed.
Pain 4/10, was 8/10 in January. Tolerating sodium thiosulfate except mild nausea.
Dressing: hydrogel, foam, light wrap; no compression (ABI L 0.9).
Vitals: BP 138/82. Wt 87.5 kg. BMI 30.9 (obese).
Labs via HD unit: Ca 9.4, Phos 5.5, PTH 610.
Plan: continue STS TIW; apixaban 2.5 mg BID; glipizide unchanged; RTC 2 wks, photos.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
