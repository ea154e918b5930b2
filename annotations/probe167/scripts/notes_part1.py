"""probe167 corpus notes, B01-B07 (spinal cord injury and seating clinics and the clinics around them; all invented)."""

B01 = {"patient_id": "B01", "age": 58, "sex": "M", "notes": [
("2019-01-08", "SCI Physiatry Annual Evaluation", """
SPINAL CORD INJURY CLINIC - ANNUAL COMPREHENSIVE EVALUATION
Larchmont Regional SCI Center, Physiatry          Date of service: Jan 8, 2019

58 y/o M w/ T10 AIS A paraplegia since a rollover MVC in 2009, here for his yearly re-eval.
Interval hx: admitted to Hollis Memorial 9/2018 w/ DKA + volume overload, first HD run
during that stay; now dialyzing at Tern Creek (Mon/Wed/Fri, 2nd shift) via R arm AVF.
Went home on basal insulin; since 10/05/2018 his wife gives the glargine every evening
into his right outer thigh "because he cant feel it there anyway".
Pt fine w/ this arrangement.
Bowel: daily AM program, dig stim + bisacodyl supp, no accidents x 3 mo.
Bladder: CIC q4-6h, vols 400-450 mL, last UTI 2017.
Skin: weight shifts q30min, air-cell cushion 4 yrs old.
Med rec: Lantus 22u at bedtime; Humalog sliding scale with meals; baclofen 10 TID;
Renvela 800 x1 with each meal; calcitriol .25 daily; oxybutynin 5 BID. No anticoagulant.
VS: BP 104/62 seated, HR 68, SpO2 97% RA. Roll-on scale 112.6 kg; BMI 33.8.
Exam: full skin check on the mat w/ mirror - sacrum, ischials, trochanters, heels all
intact. No LE edema. ISNCSCI unchanged from 2018, NLI T10, AIS A, ZPP none.
A/P: chronic paraplegia stable; newly dialysis-dependent; T2DM insulin-requiring; obesity.
- replace cushion (two cells not holding air on hand check)
- bowel/bladder programs unchanged
- RTC 1 yr, sooner prn
"""),
("2019-02-26", "Nephrology HD Rounding Note", """
HEMODIALYSIS ROUNDS - Tern Creek Dialysis, chair 14
Nephrology progress note     02/26/2019

S: His wife first saw a sore purplish patch on his right outer thigh 3 wks ago; the middle
of it has gone black since. Pain is strange for him since the thigh is insensate
below T10 - describes a deep burning "down in the bone". Denies fever, rigors.
O: Pre-run BP 138/74, HR 80, T 36.8. EDW 110.0 kg.
R lateral thigh: 6x4cm firm violaceous plaque, retiform margins, 1.5cm
central eschar. Exquisitely tender to deep palpation. No fluctuance, no drainage.
Labs (2/25): corrected Ca 9.8 / P 7.4 / iPTH 812 / albumin 3.1 / K 5.1
Access: R upper arm fistula - thrill +, bruit +.
A/P:
1. R thigh necrotic plaque - worrisome for calciphylaxis (CaxP near 72, PTH high,
   insulin-treated DM, obesity). Derm asked to see him this week and punch it.
2. CKD-MBD: stop calcium acetate (added in Dec), Renvela up to 2 tabs w/ meals, begin
   cinacalcet 30 once daily.
3. Asked wife to hold off injecting that thigh until derm sees him.
"""),
("2019-03-06", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
Consult requested by nephrology (Okonkwo-Vance)          3/6/19

HPI: 58M, T10 paraplegia, on HD since 9/2018, insulin-requiring DM2, seen here 2/28
for a painful R lateral thigh plaque that began in early February. Punch bx taken that day.
Path (S19-2288): mural calcific deposits in little arterioles of dermis and septa,
thrombosed lumens, fat necrosis; von Kossa stain +. Consistent w/ calciphylaxis.

Exam: plaque on R lateral thigh has grown to 7x5cm, eschar 2cm, livedoid rim unchanged.
Abdomen, L thigh, calves and buttocks checked - nothing new on them.

Impression: Calciphylaxis, biopsy proven, R lateral thigh. Of note this is precisely the
spot where his wife has injected his evening glargine since October - looks like it
koebnerized at the insulin injection site.

Plan:
- Na thiosulfate 25 grams IV w/ HD x3 weekly, infused late in each run (nephrology orders)
- insulin moved to the abdomen, rotate sites, never into livedo
- wound: gentle cleanse, calcium alginate; we are not debriding it sharply yet
- gabapentin 100 mg post-dialysis for neuropathic pain
- BMI 33.1 today; dietitian referral
- f/u 3 wks
"""),
]}

B02 = {"patient_id": "B02", "age": 47, "sex": "F", "notes": [
("2023-08-14", "Seating and Mobility Clinic - Power Wheelchair Delivery", """
SEATING & MOBILITY CLINIC - POWER WHEELCHAIR DELIVERY / FITTING
PT: M. Szalai, DPT, ATP     Supplier: Cordell Medical (RTS present)     08/14/2023

47 yo F, C7 AIS B tetraplegia (2011 diving accident), ESKD - HD Tues/Thurs/Sat,
paroxysmal AF on warfarin. Here for delivery of new Group 3 power chair w/ power tilt +
recline, power elevating legrests, and bilat swing-away lateral trunk supports.

Fitting:
- seat depth 18", width 17", back height to inferior angle of scapula
- cushion: skin protection / positioning air-foam hybrid
- laterals set at approx T8. The L pad sits slightly high & snug: when she leans left in
  tilt the pad presses firmly into her L lateral chest wall just under the bra line.
  Pt does not feel it well (sensation impaired below C8).
- padded 2-point pelvic positioning belt

Skin: trunk, sacrum, ischials intact at start of session.
Pressure mapping: ischial peak 62 mmHg w/ 30 deg tilt, acceptable.

Plan: pt keeps the chair today (old chair unsafe, she was eager). Supplier to order a
contoured pad and drop bracket to lower the L lateral; pt and aide shown how to check skin
under the laterals nightly. F/u 4 wks.
"""),
("2023-09-12", "Seating Clinic Follow-up", """
SEATING CLINIC F/U        9/12/23

Pt returns w/ her aide (Rosalind). In the new chair ~12 hrs/day since delivery on 8/14.
Replacement drop bracket still backordered, supplier quotes October.
Aide reports a red mark along her left ribs "every night" exactly where the L lateral pad
sits; gone by morning.
Exam: left lateral chest wall at roughly the 8th rib in the midaxillary line: 4x3cm
blanchable erythema, skin intact, no induration or warmth. R side: no marks.
BP seated 96/58 (her usual, asymptomatic), HR 74.

A: device-related pressure over the L lateral chest wall from the lateral trunk support.
No pressure injury at this time; skin intact w/ blanchable redness.

P: L lateral pad moved down ~2 cm and angled out 10 deg as an interim fix, thin gel liner
added. Tilt q1h for 2 min. Aide to photograph the area weekly. Phone us if the redness is
still there half an hour after the pad is off, or if the skin opens.
Time: 45 min, 97542.
"""),
("2023-11-02", "Nephrology HD Progress Note", """
NEPHROLOGY - HD ROUNDING NOTE
Unit: Pell Street Dialysis          Date: 11/02/2023

47F, C7 tetraplegia, kidney failure from FSGS, dialyzes TTS through a L forearm graft,
pAF on warfarin.
S: painful dusky patch, left chest wall laterally, since mid-October, stabbing, worse
w/ transfers. Aide says the middle of it turned black about a week ago.
O: BP 102/61 pre, 94/55 post. UF 2.1 L.
Skin: left lateral chest wall near the midaxillary line: a 3.5cm starburst of black eschar
inside a violaceous net-like purpura that reaches 7 cm across. Very tender. No drainage.
Labs: iPTH 640 pg/mL, Ca 10.1 mg/dL, PO4 6.8 mg/dL, albumin 2.9 g/dL; INR 2.7
Meds: warfarin 5 mg daily, midodrine 10 mg pre-HD, calcium carbonate 1 g TID,
sevelamer 800 TID, baclofen 10 TID, oxybutynin 5 BID.
A/P:
# L chest wall necrotic lesion w/ retiform purpura in HD pt on warfarin and a Ca-based
  binder - highly suspicious for calciphylaxis. Urgent derm; holding Ca carbonate;
  will discuss anticoag change w/ cardiology.
# AF - cont warfarin for now pending derm eval.
"""),
("2023-11-20", "Dermatology Clinic Note", """
DERM CLINIC            Nov 20, 2023

CC: painful lesion L chest wall.
Bx 11/08/23 (deep incisional, L lateral chest wall): arteriolar calcification in the
subcutis, thrombosed capillaries and arterioles, septal necrosis of fat - diagnostic of
calcific uremic arteriolopathy.

Exam: L lateral chest wall eschar 4x3cm, purpura to ~8 cm, margins stable since the
nephrology exam. Remaining skin: no other lesions (breasts, abdomen, thighs, legs checked
w/ the aide's help on the exam table).

Dx: calciphylaxis (CUA), L lateral chest wall, biopsy proven.

Plan, discussed w/ nephrology and cardiology:
- STS 25 g IV at each TTS treatment
- warfarin stopped 11/15; cardiology switched her to apixaban, low dose
- no calcium-based binders; phos goal <5.5
- wound: hydrogel + nonadherent foam, nothing adhesive on the area
- pain service referral
- BMI: 24.6 kg/m2
RTC 2 wks.
"""),
]}

B03 = {"patient_id": "B03", "age": 66, "sex": "F", "notes": [
("2020-12-29", "SCI Nursing - Bowel, Bladder and Skin Visit", """
SCI NURSE CLINIC - BOWEL/BLADDER & SKIN CHECK
RN: T. Abernathy, CRRN                          12/29/2020

66 yo F, L1 AIS C (fell from a ladder 2014), w/c for distances, PD pt (CCPD nightly),
DM2 on insulin.
Reason for visit: routine bowel/bladder f/u; daughter also wanted me to check the R foot.

Bladder: self CIC 5x/day, volumes 300-500, no leaking. Bowel: q2day, suppository + dig
stim, occasional loose stool w/ the holiday food.

Skin: per daughter, pt tucked a hot water bottle by her feet in bed on Christmas Eve
(12/24) because her feet were cold; reduced sensation both feet, she never felt it.
Blister there the next morning.
R foot, dorsum: 3x2.5cm partial thickness burn, blister roof gone, moist pink base,
no eschar, no odor. L foot intact.
Vitals: BP 148/82, HR 76, fingerstick 212.

Plan: cleansed w/ NS, silver alginate + bordered foam, daughter to change q3d (taught,
return demo ok). No hot water bottles, heating pads or space heaters near the legs -
reviewed twice. Messaged PCP and PD nurse. F/u 1 wk.
"""),
("2021-02-09", "Wound Care Center Follow-up", """
OUTPATIENT WOUND CENTER - FOLLOW UP          Feb 9 2021

66F, incomplete paraplegia, ESRD on PD, DM2 (insulin), seen for the R foot.
Hx: hot-water-bottle burn R dorsum of foot on 12/24/20; per daughter it had closed to thin
pink skin by mid Jan. In late January she developed severe burning pain in the same place
and the skin went purple, then black.
Exam: R dorsal foot over 2nd-3rd metatarsals: 3.8x3.1cm black eschar, firmly stuck down,
bordered by a violaceous retiform band, marked tenderness despite reduced sensation.
DP palpable 1+, PT doppler biphasic. ABI non-compressible. TcPO2 R dorsum 38.
Body mass index 27.9.
Labs from PD clinic 2/1: HbA1c 7.8%, PTH 550, Ca 9.6, phosphate 6.9 mg/dL.

Impression: necrotic ulcer R dorsal foot inside an old burn; ddx calciphylaxis vs
ischemic ulcer vs breakdown of the burn.
Procedure: lidocaine, then a 4mm punch taken from the eschar margin; pressure hemostasis.
Plan: leave the eschar alone until pathology returns; betadine paint daily; offload in a
soft post-op shoe; keep foot out of dependent position when possible.
"""),
("2021-02-23", "Nephrology PD Clinic Note", """
PD CLINIC - NEPHROLOGY                2/23/21

Seen w/ daughter. Cycler: five nightly cycles w/ two 2.5% bags and icodextrin as the
last fill. UF ~700 mL/day.
Biopsy R foot (2/9): calcified small vessels with thrombi, read as calciphylaxis.
Discussed w/ pt and family: it arose in exactly the spot of her Christmas Eve hot water
bottle burn on the R foot - wound team and I agree this is calciphylaxis at the burn site.
Vitals: BP 142/80, wt 70.4 kg, BMI 27.9.
Meds: Levemir 14u mornings + NovoLog w/ meals, calcium acetate 667 mg TID (STOP),
sevelamer (START 800 mg TID), calcitriol (HOLD), aspirin 81.
Plan:
1. Calciphylaxis R dorsal foot - sodium thiosulfate 25 g by IV infusion Mon, Wed and
   Fri (infusion suite, 2nd floor). Add a daytime exchange for clearance. Low-calcium
   PD solution.
2. Wound: per wound center.
3. Pain: scheduled acetaminophen, low-dose hydromorphone prn.
4. Vascular surgery referral to r/o large-vessel disease.
"""),
]}

B04 = {"patient_id": "B04", "age": 52, "sex": "M", "notes": [
("2022-05-10", "Urology Clinic - Suprapubic Catheter Follow-up", """
UROLOGY CLINIC (SCI neurogenic bladder)          05/10/2022

52M, T4 AIS A paraplegia (fell from a roof 2013), neurogenic bladder with urethral erosion
from years of indwelling Foley. Suprapubic cystostomy placed by IR in April 2022, 16 Fr.
Also ESRD on HD (MWF), DM2 (linagliptin + diet), class II obesity.

Today: first SP tube exchange. Old tube out, new 16 Fr in w/o difficulty, clear yellow
return. Tract healing well, small granulation tissue at the stoma edge, no erythema or
drainage. Urethral catheter stays out; minimal urethral leakage w/ spasms.

VS: BP 124/70, HR 82. Weight 118kg -> BMI 36.2.

Plan: SP exchange q4wk by SCI nursing; split gauze at the stoma daily; secure tubing w/ an
adhesive anchor, rotate its position; continue oxybutynin 5 mg TID for spasms.
Urodynamics in 6 mo. Pt and wife verbalized understanding.
"""),
("2022-07-19", "SCI Nursing - Suprapubic Catheter Change", """
SCI NURSE VISIT - SUPRAPUBIC CATHETER CHANGE
7/19/22           RN: Gloria Mbeki

Routine q4wk SP change. Pt states the skin surrounding his tube has been hard,
purplish and "on fire" since early June; he blamed irritation from the tubing.
Now a dark crust.
Assessment: suprapubic stoma, circumferential 5 cm zone of firm dusky purple skin w/ a
lacy violaceous edge and a 2 cm black scab at the stoma margin. Pt is insensate below T4
but describes a deep burning ache he localizes to this area. Urine clear, no odor.
Catheter changed 16 Fr, balloon 10 mL sterile water, drained 350 mL.
T 37.0, BP 130/76, HR 88.
HD unit printout from yesterday: P 8.1, Ca 9.9.
Called Dr. Whitcombe (SCI attending) - asks for derm referral and to notify nephrology.
Dressing: nonadherent around stoma; adhesive anchor moved off the area.
"""),
("2022-08-02", "Dermatology New Consult", """
DERMATOLOGY - NEW CONSULT          02-Aug-2022

Ref: SCI clinic. 52M paraplegic, ESRD on HD, DM2, obesity (BMI 36.2), neurogenic bladder
w/ SP tube placed in April.
HPI: painful hard plaque around the SP catheter, beginning early June.
Exam: suprapubic area centered on the SP tube: 6x5cm woody purple plaque, retiform
margin, 2.5cm eschar abutting the stoma. No other lesions on pannus, thighs or buttocks.
Biopsy today: two 4mm punches from the plaque edge (away from the stoma).
Addendum 8/9/22: path - dermal arterioles calcified in their walls, thickened intima, fibrin
plugging the lumens - calciphylaxis.
Assessment: calciphylaxis arising at the suprapubic cystostomy tract, i.e. at the
procedure site.
Plan: nephrology to start STS w/ HD; urology to consider relocating the SP tract if it
fails to heal; moist wound care; no adhesive on the plaque.
"""),
]}

B05 = {"patient_id": "B05", "age": 39, "sex": "M", "notes": [
("2024-02-05", "Emergency Department Provider Note", """
EMERGENCY DEPARTMENT - PROVIDER NOTE          Arrival 02/05/2024 10:42

CC: L arm skin tear
HPI: 39 y/o M, T12 complete paraplegia, manual w/c user, ESRD on HD MWF (no missed runs).
On Saturday 2/3/2024, wheeling through a narrow doorway at his cousin's apartment, he
scraped his L forearm hard against the metal door frame. Bled, wrapped it in a towel,
came in today because the edges are not closing. No head strike, did not tip out of chair.
ROS otherwise neg.
Meds: sevelamer, cinacalcet 60, B-complex, senna. No blood thinners. No diabetes.
Exam: T 36.9 BP 151/88 HR 90 SpO2 99%.
L dorsal forearm, middle third: 5x2cm flap skin tear w/ surrounding abrasion, viable
flap, no tendon exposed, hand NV intact.
Procedure: irrigated, flap laid back into place (too thin to hold a stitch or strips),
nonadherent dressing, tubular bandage. Td 2021 -> not due.
Dispo: home; wound check w/ PCP in 1 wk; return for spreading redness, pus, fever.
"""),
("2024-03-19", "SCI Physiatry Follow-up", """
SCI CLINIC - PHYSIATRY FOLLOW UP          3/19/24

39M, T12 AIS A, here for R shoulder pain (propulsion) and a new L arm problem.
L forearm: says the scrape from last month "healed up ok", but about 2 weeks ago a very
painful purple spot came up, and the center has gone dark. Ibuprofen not helping (told him
to stop it, ESRD). Rates it 8/10; sleep broken by it.
R shoulder: anterior pain pushing up ramps, 4/10.
VS: BP 146/84, HR 78, wt 64.1 kg, ht 173 cm, BMI 21.4.
Exam:
- L forearm, dorsal, mid: 3.5x2.5cm star-shaped purpura, black necrotic center about 1cm,
  livedo around it, firm, very tender. Radial pulse 2+.
- R shoulder: TTP bicipital groove, + Speed's, full AROM.
A/P:
1. L forearm necrotic lesion in an HD pt - ddx calciphylaxis vs vasculitis vs infected
   wound. Urgent derm referral, ESR/CRP. No culture (dry). Spoke w/ his nephrologist.
2. R biceps tendinopathy - ramp technique, eval for power-assist wheels in seating clinic.
"""),
("2024-04-02", "Dermatology Consult", """
DERMATOLOGY CONSULT          April 2, 2024

Pt of Dr. Haldane (SCI). 39M paraplegic, on HD 3 yrs; not diabetic, never on warfarin.
Lesion L dorsal forearm for about 4 wks, enlarging. Punch bx 3/22: calcified subcutaneous
vessel walls, thrombosis, lobular panniculitis; von Kossa confirms. Dx
calciphylaxis.
ESR 48, CRP 3.1, ANCA neg, cryoglobulins neg.
Exam: L dorsal forearm 4.5x3cm eschar w/ violaceous rim. Thighs, abdomen and lower legs
free of lesions. R forearm clear.
Assessment: calciphylaxis of the left forearm, proven on biopsy; an unusual distal
upper-limb location.
Plan:
- STS w/ each HD (nephrology ordering)
- PTH 1100 -> surgical eval for parathyroidectomy
- alginate + foam, wrapped loosely
- left arm: no blood pressure cuff, no tourniquet
- f/u 2 wk
"""),
]}

B06 = {"patient_id": "B06", "age": 31, "sex": "M", "notes": [
("2021-09-07", "SCI Physiatry Annual Evaluation", """
SCI ANNUAL EVAL - PHYSIATRY          09/07/2021     Attending: R. Faircloth MD

31 yo M, C5 AIS A tetraplegia (2014, football), kidney failure (reflux nephropathy),
doing PD since 2019 (cycler; mother and attendant do the set-up). Lives w/ mother.
Interval: anemia worse this spring (Hgb 8.4) -> PD team started darbepoetin SC this
summer; the home health RN gives it every 2 wks, injecting the posterior upper arm,
L one time and R the next.
Bowel: qod program on a padded commode chair w/ dig stim, ~45 min. Bladder: indwelling
SP tube, changed monthly.
Skin: no current PI. Power chair w/ tilt, tilts 2-3x/hr.
AD: 2 episodes this yr (bowel related), handled at home.
Current meds - Aranesp 40mcg subQ every other week, sevelamer, calcitriol, baclofen 20 QID,
oxybutynin.
VS: BP 92/54, HR 60. Wt 60.2 kg on chair scale, BMI=19.8.
Exam: skin check of trunk, sacrum, heels, arms ok. Elbow flexion 5/5, wrist ext 2/5 bilat.
Plan: continue programs; DEXA ordered; seating re-eval in 6 mo.
"""),
("2021-11-22", "Nephrology PD Clinic Note", """
PD CLINIC - MONTHLY VISIT          11/22/21

S: On 11/8/21, while ranging his arms, the attendant felt two hard, sore, purple-tinged
spots behind both upper arms. Pt rates the pain 7/10, worst at night.
PD otherwise going well, no peritonitis, exit site clean and dry.
O: BP 98/60, wt 60.0 kg.
Posterior L upper arm: 5x4cm indurated, violaceous, livedoid edges, small central
dusky area.
Posterior R upper arm: 3x3cm similar induration, no ulceration.
Labs: Hgb 10.6, Ca 9.4, P 7.2, PTH 490, Alb 3.0.
Meds: Aranesp 40mcg subQ q14d, Renvela 2 tabs TID, calcitriol .5 daily.
A/P:
1. Painful indurated plaques on both posterior arms - ?CUA; panniculitis also possible.
   Derm ASAP. Hold calcitriol.
2. Anemia improving on ESA.
3. Nutrition: protein supplement w/ each meal.
"""),
("2021-12-03", "Dermatology Consult", """
DERMATOLOGY CONSULT          Dec 3 2021

31M tetraplegic, ESRD on PD. Painful plaques behind both upper arms since 11/8.
Bx (11/26, L posterior arm): calcified, thrombosed arterioles within the subcutaneous
lobules; consistent w/ calciphylaxis.
Exam: both posterior upper arms involved - L 6x4cm with a new 1.5cm eschar; R 3.5x3cm
indurated purpura. Nothing on abdomen, PD exit site or thighs.
Impression: calciphylaxis, bilateral posterior upper arms, localized to the sites where
his darbepoetin injections have been given since the summer.
Plan:
- no further ESA shots into the arms; PD team to decide on route and site
- STS 25 g IV, 3 days weekly, at the infusion center
- hydrocolloid to the L plaque; pain control per PD team
- discussed prognosis w/ pt and mother at length
"""),
]}

B07 = {"patient_id": "B07", "age": 63, "sex": "M", "notes": [
("2018-04-03", "SCI Bowel and Bladder Nursing Visit", """
SCI BOWEL & BLADDER NURSING          4/3/2018

63M, T8 AIS C (spinal epidural abscess 2015), manual w/c full time.
ESKD, dialyzes Tu-Th-Sa; T2DM insulin-treated; hx LLE DVT 2016 (warfarin until 3/2017,
completed).
Visit: f/u after bladder change. Pt tired of Foley and UTIs; urology converted him to reflex
voiding into an external (condom) catheter in March. Drains to a 750 mL leg bag strapped to
the L calf w/ 2 elastic straps (upper strap just below the knee, lower strap above the
ankle).
Today: condom cath on, no penile skin breakdown. Leg bag straps snug - loosened to allow
2 finger-widths. PVR by bladder scan 90 mL.
Bowel: daily after supper, mini-enema + dig stim, ~1 accident/mo.
Teaching: change condom cath daily, empty bag at 2/3 full, night drainage bag, check skin
under the straps daily. Pt verbalized understanding.
BP 132/78, BMI 32.0.
"""),
("2018-09-25", "Wound Clinic Note", """
WOUND CLINIC NOTE          09/25/2018

Ref by SCI nurse. Pt says a painful purple streak came up on his L calf "on Labor Day",
and a sore opened in it about a week later.
Exam: L upper posterior calf - 6 cm band-like zone of violaceous, net-patterned skin that
follows the line of the upper leg-bag strap, with a 2.2x1.8cm ulcer under black
eschar. Periwound indurated, woody. Pedal pulses diminished. No cellulitis.
R leg intact.
Wound RN comment: the ulcer sits right under the upper leg-bag strap.
Labs: A1c 8.2, PTH 720, P 6.4 mg/dL, Ca 9.9 mg/dL.
Plan: 4 mm punch bx (done, sent). Leg bag moved to the R thigh in a wide soft holder,
no straps on the L leg. Foam dressing. Will ask nephrology about his calcium binder.
"""),
("2018-10-09", "Nephrology HD Progress Note", """
NEPHROLOGY PROGRESS - HD UNIT          Oct 9, 2018

Bx L calf (9/25): calciphylaxis - vessel calcification + thrombi in the subcutis.
Per wound clinic the ulcer formed under the upper elastic strap of his urinary leg bag,
which he has worn on the L calf since March; the purple streak appeared on Labor Day.
Hx warfarin (stopped 2017), no current anticoagulant. DM2 on glargine/lispro.
Vitals: BP 144/76, post wt 101.2 kg. BMI 31.5 (obese).
Labs: calcium 9.7 mg/dL, phosphorus 6.1 mg/dL.
Plan:
- STS 25 grams IV with every treatment (final hour)
- calcium acetate -> lanthanum
- cinacalcet 30 mg, repeat PTH in 4 wks
- lengthen treatments from 4 to 4.5 h
- leg bag stays off the L leg
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
