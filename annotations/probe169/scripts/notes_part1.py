"""probe169 corpus notes, A01-A07 (gender-affirming care, endocrine hormone therapy and the
nephrology, dialysis, dermatology, wound, surgical and ED notes around them; all invented)."""

A01 = {"patient_id": "A01", "age": 41, "sex": "M", "notes": [
("2019-08-12", "Gender Health RN Visit", """
LARKSPUR GENDER HEALTH CENTER - NURSE VISIT (injection teaching)
Name in use: Theo   Pronouns: he/him   Legal sex on file: M

Reason for visit: start of testosterone; subcutaneous self-injection teaching, first
dose to be given in clinic today.

Background: 41 y/o transgender man, seen by Dr. Vasquez-Ilunga for informed-consent GAHT
visit 7/22. ESRD secondary to IgA nephropathy; dialyzes in-center on Tu/Th/Sa
mornings, L forearm fistula access.
Not diabetic. Has never taken a blood thinner. Nephrologist (Dr. Okonkwo-Reyes) ok'd the
plan and asked us to keep an eye on his hematocrit.

VS: BP 142/88  HR 76  T 36.7  Wt 96.3  Ht 170.5  BMI 33.1 kg/m2

Teaching: testosterone cypionate 200 mg/mL, dose 50 mg = 0.25 mL SC once a week, 1 mL
syringe w/ 25G 5/8" needle. Demo on foam pad first. Pt then drew up his own dose and
gave the 1st injection today, 8/12/19, into the R lower abdomen about 2 in lateral to the
navel, under my supervision. No bleeding, tolerated well. Told to trade sides weekly
(right, then left, then right) within the lower abdomen. Sharps bin given. Teach-back 3 of 3 correct.

Plan: weekly shot at home on Mondays (non-HD day); trough T + CBC in 6 wks; f/u with
Dr. Vasquez-Ilunga.
-- K. Brannigan, RN
"""),
("2019-10-01", "Endocrinology GAHT Follow-up", """
ENDOCRINOLOGY - GENDER-AFFIRMING HORMONE THERAPY F/U
Theo (he/him), 41 y/o trans man, on testosterone approx 7 weeks

S: Doing his own shot every Monday, "honestly the needle is nothing now". Voice a bit
rougher, more hair on the upper lip, menses have stopped. Mood better. Dialysis TTS, no
missed runs. No chest pain, no headaches.
Meds: testosterone cypionate 50 mg SC weekly (lower abdomen, alternates sides);
Renvela 2 tabs (1600) w/ meals; cinacalcet 60 mg qd; calcitriol 0.25 mcg on HD
days; ESA per HD unit; amlodipine 10 mg; renal multivitamin.

O: BP 138/84  P 80  Wt 97.0 kg  BMI 33.4 (obese)
Abdomen: injection areas looked at on both sides - no nodules, no induration, no redness.
Rest of skin unremarkable.
Labs 9/24: trough total T 412 ng/dL, Hgb 11.2, Hct 34.6%, iPTH 712 -- cCa 9.7 -- PO4 6.9 --
alb 3.4.

Assessment/Plan:
1. Gender dysphoria (F64.0) on GAHT - trough T in target male range, keep 50 mg weekly.
2. Hct fine for an HD pt on ESA, repeat in 3 mo.
3. Phos and PTH elevated - sent msg to nephrology about binder adherence.
RTC 3 months.
"""),
("2019-11-04", "Dermatology Consult", """
DERMATOLOGY OUTPATIENT CONSULT - Hollins Skin Institute
Referred by: Dr. Okonkwo-Reyes (nephrology)     CC: "painful spot on my belly"

HPI: 41 yo transgender man (he/him), ESRD on HD, on SC testosterone since mid-August.
Very tender purple-black patch, R lower quadrant of abdomen, began about 2 wks ago, now
wakes him at night, pain 9/10, burning. He points out that this is the very spot he
has used for his weekly testosterone shots on the right. No fever. Nothing else new on his
med list.

Exam: R lower abdomen, 2-3 cm lateral to umbilicus: 50 x 35 mm woody plaque; purpura in
a stellate, retiform pattern, and a 1.2 cm central black eschar, exquisitely tender to light
touch. L lower abdomen normal. No lesions on chest, buttocks or legs.

Assessment: necrotic retiform purpura located at his R-sided abdominal testosterone
injection sites; ESRD, calcium-phosphate product near 67. Calciphylaxis high on the list.
Other possibilities: local necrosis from the drug itself (embolia cutis medicamentosa),
vasculitis. Not on warfarin.

Procedure: one 4-mm punch, sampled at its advancing edge (R lower abdomen), 2 interrupted
4-0 nylon; H&E plus von Kossa.
Plan: pause abdominal testosterone injections; will ask endocrine about a transdermal
route; pain plan with nephrology; return 2 wks for path.
"""),
("2019-11-15", "Hemodialysis Rounding Note", """
HD ROUNDING NOTE - Eastgate Kidney Center, chair 14
Theo, 41 M (transgender man) -- ESRD, in-center dialysis Tue-Thu-Sat via L forearm fistula

Pathology (derm punch, R lower abdomen, 11/4/19): medial calcific deposits within small
subcuticular arterioles, a luminal thrombus, necrotic fat; vessel walls black on von Kossa.
Pathologist's read: calciphylaxis.

Diagnosis: calciphylaxis, R lower abdomen, arising where he injected testosterone.

Today: pre-HD BP 156/90, post 138/82. Post wt 95.4 kg, BMI 32.8. EDW 95.0. spKt/V 1.41.
Ca++ 9.6 / PO4 6.3 / iPTH 688 / alb 3.3

Orders:
- STS 25 g IV over the closing hour of each treatment, TIW; dose #1 given today
- dialysate Ca 2.0; calcitriol stopped; cinacalcet increased -> 90 mg; sevelamer 2400 TID
- no calcium-containing binders
- endo switched testosterone to 1.62% gel, no further injections
- referral to wound clinic
- gabapentin 100 mg given after dialysis sessions (burning, neuropathic quality)
"""),
]}

A02 = {"patient_id": "A02", "age": 29, "sex": "M", "notes": [
("2017-10-10", "Primary Care Gender Health Visit", """
MARROWFIELD COMMUNITY HEALTH -- GENDER HEALTH PRIMARY CARE
Rowan, 29 y/o, he/him. Registered sex changed to M in 2016. Testosterone since 2015.

S: Wants a referral for top surgery. Has been binding every day with a full-length
compression binder since this summer, about 10-12 hrs/day incl. shifts at the warehouse.
Says the bottom band "digs in" across his lower chest on both sides, and he gets winded on
stairs while wearing it.
PMH: SLE; biopsy 2013 showed class IV lupus nephritis, progressed to ESRD; home
cycler (CCPD) each night since 2016. Antiphospholipid
syndrome, L femoral DVT 2014, warfarin dosed by the anticoagulation clinic (INR
range 2-3).
Not diabetic.
Meds: testosterone 1.62% gel 4 pumps to shoulders qAM, hydroxychloroquine 200 mg,
prednisone 5 mg, warfarin 5 mg alternating with 7.5 mg, sevelamer 800 TID, calcitriol.

O: BP 128/78  HR 84  SpO2 98% RA  Weight 79.0  (body mass index: 27.4)
Chest: horizontal pink grooves along the lower anterior chest on both sides where the band
sits, skin intact, no breakdown. Lungs clear.

A/P: Gender dysphoria w/ marked chest dysphoria. Referral to plastics for masculinizing chest
surgery; periop anticoagulation will need heme + nephro input. Binder safety reviewed:
one size up, max 8 h a day, never sleep in it, off during PD cycling.
"""),
("2017-12-05", "Peritoneal Dialysis Clinic Note", """
PD CLINIC -- monthly visit
29 M (transgender man). ESRD (lupus nephritis), on CCPD. APS on warfarin.

Interval hx: very sore, darkened areas across the lower front of his chest, both sides, since
Thanksgiving. At first he thought they were bruises. Burning pain 8/10, can hardly tolerate
a shirt. No fever, effluent clear, no abd pain.
PD Rx: 5 x 2.0 L over 9 h, icodextrin 1.5 L last fill. Kt/V (wk) 1.9; weekly CrCl 58 L.
Exit site R abdomen: clean and dry, no crust.

Exam: BP 134/80, afebrile. Lower anterior chest wall, both sides, in a horizontal strip about
3 cm tall: R 7 x 3 cm and L 8 x 3 cm violaceous, netlike purpuric plaques, firm, dusky
centers, very tender. Skin of abdomen and legs clear.
iPTH 540 -- cCa 10.1 -- PO4 7.2; alb 3.0; INR today 2.6

Assessment: exquisitely painful retiform purpura, lower chest; PD, warfarin, Ca-P product
elevated. Worry for calciphylaxis; also consider APS thrombotic vasculopathy vs lupus
vasculitis.
P: urgent derm for biopsy. Stop calcitriol. Increase sevelamer to 1600 TID. Low-Ca PD
solution. Will d/w heme re anticoagulant.
"""),
("2018-01-09", "Dermatology Clinic Follow-up", """
DERMATOLOGY - RETURN VISIT
Rowan, 29 y/o trans man (he/him), ESRD on PD, APS

Incisional biopsy, L lower chest wall, 12/12/17 (Dr. Adeyemi-Strand): small vessels of
deep dermis/subcutaneous fat with calcium deposits, luminal thrombi, septal
inflammation of the fat with necrotic lobules, and no vasculitis.

Dx: CALCIPHYLAXIS, bilateral lower anterior chest wall.

Exam: both plaques now carry black eschar -- L 9 x 3.5 cm, R 7 x 3 cm -- with a livedoid rim.
Biopsy site closing.
Vitals: BP 126/74. Wt 77.6 kg. BMI 26.9.

Plan:
- IV STS 25 g M/W/F through the outpatient infusion suite (he is on PD),
  began 12/20
- anticoagulation: heme weighing continuation of warfarin vs a switch to enoxaparin shots in
  the abdomen; decision pending
- soft loose tops only over the chest until healed; no binder for now
- hydrocolloid to eschars, change q3 days; oxycodone 5 mg q6h prn
- top surgery on hold until wounds are closed
RTC 4 wks.
"""),
]}

A03 = {"patient_id": "A03", "age": 52, "sex": "F", "notes": [
("2022-04-05", "Primary Care Gender Health Visit", """
GENDER HEALTH / PRIMARY CARE -- Sable Street Clinic
Delphine, 52 y/o trans woman, she/her

S: Here for hormone and DM f/u. On estradiol 4 mg PO daily; no spironolactone (K issues on
HD). Had laser hair removal to the lower legs at a spa in the middle of March; on the third
pass the tech turned the setting up and it burned a strip of the L front shin, which
blistered. Using petrolatum. Mildly sore.
PMH: ESRD (diabetic kidney disease) -- HD Mon/Wed/Fri at Corwin Valley Dialysis via R upper
arm graft;
insulin-requiring type 2 DM (glargine 24 units at bedtime, lispro by scale; injects her
own abdomen); HTN; hypothyroid.
No anticoagulants.

O: BP 150/86  P 72  Wt 98.2  BMI=31.8 (obese, class I)
L anterior shin: a linear burn of 40 x 15 mm, superficial partial thickness, re-epithelializing,
no drainage, no cellulitis. R leg normal.
A1c 7.6%. Estradiol 148 pg/mL. K 5.3 (pre-HD).

A/P:
- laser burn, L shin: healing; keep moist; no more laser until fully healed
- GAHT: continue estradiol, level in goal
- DM: continue basal/bolus
- f/u 3 mo
"""),
("2022-06-14", "Wound Care Clinic New Patient", """
CORWIN VALLEY WOUND CENTER -- NEW PATIENT
Delphine, 52 F, ESRD/HD, insulin-dependent T2DM

HPI: severe pain in the L shin since Memorial Day, "like a hot nail", and then a black area
formed. She points to the spot where she was burned at the laser appointment in March.

Wound #1, L anterior mid shin: 32 x 24 x 2 mm; 90% adherent black eschar, 10% yellow
slough; violaceous retiform border up to 2 cm; no purulence; periwound indurated; dressing
change painful (9/10).
Vasc: DP 1+ bilaterally; ABI on L 1.3 (noncompressible).

Impression: necrotic ulcer inside the healed laser burn on the L shin of an ESRD pt on
HD -- r/o calciphylaxis; ddx arterial ulcer, infected burn.
Plan: derm for punch bx before any sharp debridement; collagenase + foam, change daily;
BMI 31.6 -- dietitian; pain to PCP/nephrology.
"""),
("2022-06-28", "Dermatology Follow-up", """
DERM F/U -- path review
Delphine, 52 yo transgender woman, ESRD on HD

Punch bx, L anterior shin (6/16/22): small subcutaneous arterioles whose walls hold calcium,
luminal thrombosis, lobular fat necrosis. Path dx = calciphylaxis.

Impression: calciphylaxis on the L anterior shin, onset 5/30/22, arising in a site of earlier
laser thermal injury (a Koebner-type localization).
Exam: eschar stable 3.3 x 2.4 cm, border less purple today, nothing new elsewhere.
Vitals: BP 144/82. BMI 31.5.

Plan: STS 25 g intravenously at every HD session (nephrology arranging); stop calcitriol;
cinacalcet; no more laser hair removal; continue wound center care; gabapentin 100 mg after HD.
"""),
]}

A04 = {"patient_id": "A04", "age": 38, "sex": "M", "notes": [
("2023-10-03", "Gender Surgery Post-op Visit", """
GENDER SURGERY CLINIC -- POST-OP
Elias, 38 yo transgender man (he/him)

POD 14 s/p stage 1 radial forearm free flap phalloplasty 9/19/2023. Flap donor defect on the
L volar forearm was covered with a split-thickness skin graft taken from the R
anterolateral thigh. Course complicated by L popliteal DVT on 9/27: enoxaparin bridge
(shots into the abdomen) then warfarin. INR today 2.4.

Exam: phallus warm, pink, cap refill 2 s, doppler signal present. Forearm graft ~95% take.
R thigh donor site: xeroform adherent, epithelializing, small serous ooze. Foley out POD 10,
voiding via native urethra.
Vitals: BP 118/76, HR 82. Wt 92.6 kg, ht 175.7 cm (BMI 30.0).
Creatinine 0.8 (eGFR above 90). No hx kidney disease. Not diabetic.
Medications: warfarin 5 mg nightly, testosterone gel resumed, acetaminophen, docusate.

Plan: keep donor sites moist; compression sleeve to forearm; anticoag clinic for INR; stage 2
in ~6 mo. RTC 4 wks.
"""),
("2023-11-14", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT -- INPATIENT, 6 West
Reason: painful necrotic skin, R thigh

38 yo trans man, admitted 11/12 with pain in the R thigh. 8 wks after phalloplasty. Pain
began on Halloween as burning inside the healed graft donor patch, then purple netlike areas,
now a black center. On warfarin since late Sept for DVT. Normal kidney function.

Exam: R anterolateral thigh, within the rectangular donor scar (roughly 10 by 6 cm): a 6 x 4 cm
zone of retiform purpura, central eschar about 2 cm, very tender. L thigh clear. Forearm
graft intact.
Labs: Cr 0.9, PTH 38 (normal), Ca 9.4, phosphorus 3.6, albumin 2.9, INR 2.8; protein C
activity 52%.

Assessment: necrosis at the R thigh graft donor site. Differential: warfarin-induced skin
necrosis; non-uremic calciphylaxis; infection of the donor site (no purulence, WBC 8.1).
Done today: punch biopsies x2 (4 mm) along the purpuric margin. Recommend switch off warfarin now.
"""),
("2023-11-22", "Dermatology Follow-up", """
DERMATOLOGY F/U (post-discharge)
Elias, 38 M (trans man)

Path (11/14/23, R thigh x2): small arterioles within the fat carry medial calcium
(von Kossa +), lumens plugged by fibrin; fat necrosis. Diagnosis: non-uremic calciphylaxis.

Involvement is limited to the R thigh skin-graft donor site; this is calciphylaxis localized
to the surgical harvest site. No lesions at the forearm graft or elsewhere.
Warfarin stopped 11/15, now on apixaban 5 mg BID per heme.
Tx: sodium thiosulfate IV 3x/wk (outpatient infusion), started 11/16; wound: hydrogel + foam.
Vitals: BP 122/78; Wt 92.5 kg; BMI 30.0.

Plan: stage 2 phalloplasty deferred; pain team; RTC 3 wks.
"""),
]}

A05 = {"patient_id": "A05", "age": 67, "sex": "F", "notes": [
("2024-01-16", "Endocrinology Hormone Therapy Visit", """
ENDOCRINE -- HORMONE THERAPY VISIT
Marguerite, 67 y/o trans woman (she/her). s/p bilateral orchiectomy 2009.

S: Feels well. Walks with a cane since knee surgery years ago. No hot flashes. HD MWF.
PMH: ESRD (hypertensive nephrosclerosis) on HD, type 2 DM diet-controlled, atrial
fibrillation on warfarin, osteopenia.
Meds: estradiol 2 mg PO daily, warfarin 3 mg daily, metoprolol 25 mg BID, sevelamer 800 TID,
cinacalcet 30 mg, calcium carbonate prn heartburn.

O: BP 132/70  HR 68 irreg  Wt 63.5 kg  BMI 24.2
Skin: no rashes or ulcers.
Labs: estradiol 96 pg/mL, A1c 6.4%, Ca 9.7, Phos 5.9, PTH 640, INR 2.7.

Impression/plan: 1) GAHT -- continue estradiol 2 mg; DEXA next visit. 2) DM,
diet-controlled, no meds.
3) Stop prn calcium carbonate (Ca load), use famotidine instead. 4) Falls: cane, home PT
referral. RTC 6 mo.
"""),
("2024-02-07", "Emergency Department Provider Note", """
ED PROVIDER NOTE    Feb 7 2024   10:42
CC: fall

67 yo trans woman (AF, anticoagulated with warfarin; HD pt). Early today, before her run,
she slipped on a freshly mopped floor in the dialysis unit restroom and came down on
her R side. Head not struck; she never blacked out.
Pain R hip 7/10. Able to bear weight with cane.

Exam: T 36.5, BP 148/76, HR 88 irreg. Tense 10 x 8 cm hematoma with overlying ecchymosis
over the R lateral hip at the greater trochanter. Full hip ROM, pain at extremes. No
shortening or rotation. Neuro intact.
Imaging: plain films R hip/pelvis negative for fx or dislocation.
INR 3.4 (high). Hemoglobin 10.1, her usual ~10.4.

MDM: mechanical fall, R hip contusion/hematoma, supratherapeutic INR, fracture excluded.
Plan: skip tonight's warfarin dose, recheck INR at HD in 2 days; acetaminophen; walker loaner.
HD unit notified, she will go back for a shortened run this afternoon.
"""),
("2024-03-01", "Hemodialysis Rounding Note", """
HD ROUNDS -- Riverside Dialysis, Fri shift 1
Marguerite, 67 F -- ESRD; dialyzes first shift Mon-Wed-Fri via her L upper-arm fistula

S: c/o worsening pain R lateral hip. Shows a dark patch that came up 9 days ago, "nothing has
ever hurt like this". Sleeping poorly.
O: pre BP 152/80, post 131/72. UF 2.1 L.
R lateral hip: firm violaceous plaque 6 x 4 cm with stellate purpura and early central
necrosis; very tender; no fluctuance.
PTH 880 -- cCa 9.8 -- PO4 6.1; alb 3.1; INR was 2.6 today

A/P: R hip -- painful plaque going necrotic; HD pt, warfarin, PTH high -> I am concerned
this is calciphylaxis; asked derm to see her within 24-48 h for bx. Phos binder up; no
Ca-based products; cinacalcet 60. Discussed anticoag alternatives with cardiology.
"""),
("2024-03-12", "Dermatology Consult", """
DERMATOLOGY CONSULT
67 yo transgender woman, ESRD on HD, AF

Punch bx R lateral hip 3/4/24: arterioles of the subcutis with calcium in their
walls (von Kossa +), thrombosed, fat necrosis around them. Read: calciphylaxis.

HPI: tender plaque on the R lateral hip since ~2/21. Now ulcerated.
Exam: R lateral hip ulcer 70 x 50 mm, black eschar, retiform edge. Rest of skin clear.
BP 140/74. Wt 62.8 kg. BMI 23.9.

Plan: warfarin stopped. Cardiology agrees to substitute apixaban (2.5 BID). Thiosulfate with
HD TIW. Wound care referral for eschar management; no debridement today. Hospice not discussed,
pt wants full treatment.
"""),
]}

A06 = {"patient_id": "A06", "age": 34, "sex": "F", "notes": [
("2017-12-12", "Endocrinology GAHT Visit", """
ENDOCRINOLOGY -- GAHT
Sienna, 34 yo trans woman (she/her)

S: On estradiol 6 mg PO daily x 3 yrs. Breast growth plateaued. Still bothered by morning
erections and facial hair regrowth. Spironolactone never started (K 5.8 on HD).
PMH: ESRD 2/2 reflux nephropathy, HD Tu-Th-Sa, R forearm fistula. PE in 2014 -- warfarin for 12
months, stopped 2015. No diabetes.
O: BP 124/72. Wt 64.0 kg, BMI 22.5.
Labs: total T 182 ng/dL (not suppressed), estradiol 110 pg/mL, K 5.4, Ca 9.8, Phos 6.5.

A/P: inadequate androgen suppression on estradiol alone. Plan GnRH agonist: leuprolide
depot 22.5 mg IM every 3 months, to be given by clinic RN, starting next month
(prior auth sent). Continue estradiol. Recheck T 6 wks after first depot.
"""),
("2018-04-10", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
Sienna, 34 F (transgender woman), ESRD on HD TTS

S: Since March a hard, painful lump in the L buttock, now opened into an ulcer; sitting on that
cheek is impossible. She says it is right where the first Lupron depot was given in January.
O: L upper outer buttock: black-based 4 x 3 cm ulcer inside an indurated violaceous
plaque 9 x 7 cm; very tender.
Punch bx (derm, 3/29/18): arteriolar calcification, thrombosis, panniculitis -- calciphylaxis.
PTH 1120 -- cCa 10.2 -- PO4 7.4; albumin 3.2

A/P: left buttock calciphylaxis, exactly where leuprolide was injected.
- thiosulfate 25 g IV each run (TIW)
- cinacalcet -> 90 mg; stop calcitriol; sevelamer up
- parathyroidectomy consult (PTH > 1000 on cinacalcet)
- endo: next depot NOT in the buttocks
- wound clinic referral
"""),
("2018-05-22", "Wound Care Clinic Note", """
WOUND CLINIC -- f/u #3
Sienna, 34 F, ESRD/HD, calciphylaxis L buttock

Wound L upper outer buttock: 42 x 31 x 4 mm; eschar 60 percent, pale granulation 40 percent,
no odor,
scant serous. Pain now 6/10, down from 9.
Procedure: nonviable tissue removed by selective sharp debridement (curette), ~2 cm2; scant
bleeding controlled with pressure. Dressing: Ca alginate, bordered foam.
Meds reviewed: STS TIW with HD since 4/10, cinacalcet, sevelamer, estradiol. 2nd leuprolide
depot given 4/17/18 into the R deltoid by endo RN.
Vitals: BP 118/70, BMI 22.1.

Plan: offloading cushion; continue STS; parathyroidectomy scheduled 6/5; RTC 2 wks.
"""),
]}

A07 = {"patient_id": "A07", "age": 45, "sex": "F", "notes": [
("2020-12-08", "Gender Health Clinic Visit", """
GENDER HEALTH CLINIC -- follow-up
Jasmine, 45 y/o, she/her (trans woman)

S: Started a front-of-house job in October and since then tucks every day with a tight
gaff. The elastic leg openings leave deep red marks in both inguinal creases when she
gets home. Otherwise doing ok. Cycler every night, no peritonitis this year.
PMH: ESRD (DM nephropathy) on CCPD since 2018, PD catheter exit R abdomen. T2DM on insulin.
HTN. OSA on CPAP.
Meds: estradiol 4 mg PO, glargine 30 units + mealtime lispro (she injects her abdomen),
Renvela 1600 tid; calcitriol 0.25 micrograms daily; nifedipine XL 60.

O: BP 138/86. Wt 102.0 kg. BMI 36.2. Groin: linear erythematous indentations in both inguinal
creases, skin intact, no maceration.
Labs: E2 168, T 29, A1c 8.1, PTH 505, cCa 9.9, PO4 6.6.

A/P: GAHT at goal. Tucking safety: size up, cotton liner, take the gaff off on breaks and never
overnight. DM - titrate glargine to 34 u. RTC 3 mo.
"""),
("2021-02-16", "Peritoneal Dialysis Clinic Note", """
HOME DIALYSIS (PD) CLINIC
45 F (trans woman) on CCPD, T2DM on insulin

S: Painful black patch in the L groin, first noticed 3 wks ago, now getting bigger. Pain
sharp, 8/10, worse when walking. No fever. Effluent clear, UF ~900 mL/night.
O: T 36.9, BP 142/84. L inguinal crease: black necrotic patch, 40 x 25 mm, with a lacy purple
border, firm, exquisitely tender; crepitus absent, dry. R groin unremarkable. Exit site ok.
Ca++ 10.3, PO4 7.0, PTH 760, alb 3.1, WBC 7.9, CRP 22.

A/P: necrotic lesion L groin -- concern for calciphylaxis; necrotizing fasciitis unlikely
(no crepitus, afebrile, normal WBC). Same-week derm for punch biopsy. Hold calcitriol, low-Ca
dialysate, increase sevelamer.
"""),
("2021-03-02", "Dermatology Consult", """
DERM CONSULT -- Halvorsen Dermatology
Jasmine, 45 yo transgender woman, ESRD on PD, insulin-treated T2DM

Punch biopsy, L inguinal crease, 2/19/21: calcium deposited in small subcutaneous vessels,
thrombi, necrosis; the vessel walls stain with von Kossa. Dx: calciphylaxis.

Exam: L groin plaque 5 by 3 cm, eschar in the middle, livedo at its margin. Biopsy site
intact.
Vitals: BP 136/80. Wt 101.0. BMI 35.8.

Recommendations: IV sodium thiosulfate 3x weekly (infusion center); nephrology to adjust PD
bath;
no tucking / no gaff until fully healed; loose boxers; silver alginate + foam; pain mgmt.
RTC 2 wks.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
