"""probe175 corpus notes, A01-A07 (lymphedema clinics, compression therapy and the clinics around them; all invented)."""

A01 = {"patient_id": "A01", "age": 61, "sex": "F", "notes": [
("2020-02-11", "Lymphedema Therapy Re-evaluation", """
OUTPATIENT LYMPHEDEMA THERAPY - RE-EVALUATION
Larkspur Valley Lymphedema & Wound Center
Therapist: R. Okonkwo, PT, CLT-LANA

Dx: I89.0 lymphedema of the RLE, ISL stage II. Recurrent RLE cellulitis (3 episodes in 2019,
one admit to Mercy Larkspur). ESRD - dialyzes M-W-F 2nd shift at Larkspur Dialysis, L brachial AVF.
Type 2 DM - linagliptin is her sole agent, insulin never started. Takes no warfarin/DOAC/heparin at home.

Interval hx: ID began benzathine penicillin G 1.2 million units IM q4wk in January 2020 for
cellulitis prophylaxis. The dialysis RN gives each shot in the R upper-outer gluteal quadrant;
she prefers that side because she sleeps on her L. 2nd dose given 2/3. No new leg redness.

O: Wt 98.6 kg, BMI 36.2. Stemmer sign positive R 2nd toe. Pitting 2+ R dorsal foot, 1+ ankle.
Girths R/L (cm): MTP 24.1/22.0, ankle 27.8/23.5, calf max 49.2/41.6, 10 cm proximal to
patella 66.0/61.3. Skin: mild hyperkeratosis R dorsum of foot, no lymphorrhea, nothing open.

A: Limb volume stable since Nov. Current garment (ccl 2 flat knit knee-high, R) is 7 mo old
and has lost its recoil.
P: Measured today for 2 replacement garments. Continue HEP - self-MLD, ankle pumps,
low-pH emollient nightly. RTC 3 mo. Billed 97535 x1, 97140 x1.
"""),
("2020-09-22", "Dermatology Consult", """
DERMATOLOGY - OUTPATIENT CONSULT (urgent add-on)
Referring: Dr. Farraday, nephrology

CC: "burning black spot on my backside"
HPI: 61 yo woman, HD-dependent ESRD, RLE lymphedema, obesity, recurrent cellulitis.
Painful spot on the R buttock showed up 2 wks ago - a purple blotch at first - now darker centrally. Rates it 9/10, worst in
the dialysis chair. Gets monthly penicillin IM for cellulitis prophylaxis, always the R side;
last dose 9/1. Denies fever, falls or anything rubbing at that spot.

Exam: R upper-outer gluteal quadrant - stellate retiform purpura 6x4.5cm, central black
eschar, livedo around the rim; exquisitely tender; no fluctuance. L buttock clear. RLE with
chronic lymphedema, no erythema or warmth.

Assessment: Necrotic retiform purpura lying directly over the quadrant where her monthly
penicillin shots go. Strongly suspect calciphylaxis localizing to the IM injection site;
embolic or vasculitic process less likely.
Plan:
- two 4-mm punches taken today from the eschar margin -> routine histology and a calcium stain
- labs: calcium/phosphorus, intact PTH, protein C and S activity
- Asked ID to hold further IM doses
- Petrolatum, bordered silicone foam; pain plan per PCP
"""),
("2020-10-06", "Nephrology HD Rounding Note", """
HD ROUNDS - Larkspur Dialysis, chair 14

S: Buttock pain a bit better with oxycodone 5 mg before runs. Tolerating full 4 h treatments.
Path from 9/22 back: calcified little vessels scattered through the subcutaneous fat, some with luminal
thrombus; von Kossa stain positive. Read as calciphylaxis. Went over it with pt and her daughter.

O: BP 148/82  HR 77  T 36.8. Post wt 96.9 kg (EDW 96.5), BMI 35.8.
R buttock: dry eschar 6 x 5 cm, violaceous rim, nothing draining.
Chemistries: Ca (corrected) 9.6; phosphorus 6.8; iPTH 812; albumin 3.4. Last month's single-pool Kt/V 1.31.

A/P: 61F on HD. Calciphylaxis (biopsy-proven), R buttock, at her penicillin injection site.
- thiosulfate 25 grams, infused across hour four of each treatment, began 10/2
- Calcium acetate discontinued; sevelamer carbonate, 2 tabs of 800 with meals
- Cinacalcet 30 daily, titrate to PTH
- ID switched IM penicillin to oral penicillin VK, no further shots
- RLE knee-high garment may continue, it is nowhere near the wound; lymphedema clinic aware
- Wound clinic referral; pressure-redistribution cushion for the chair
"""),
]}

A02 = {"patient_id": "A02", "age": 68, "sex": "M", "notes": [
("2022-06-06", "Lymphedema Therapy Initial Evaluation", """
LYMPHEDEMA INITIAL EVALUATION - CDT PHASE I
Northgate Outpatient Rehab, Lymphedema Program
Clinician: T. Vasquez, OTR/L, CLT

Referral: PCP, L leg phlebolymphedema. 68 yo M. PMH: ESRD on CCPD (nightly cycler),
chronic venous insufficiency, AFib - warfarin, INR aim 2-3 per anticoag clinic; HTN, BPH. No diabetes.
Pt reports L leg swelling x 4 yrs, worse since PD started; heaviness, can't get his shoe on.

Objective:
Ht 178 cm / Wt 99.5 kg / BMI 31.4
L leg: 3+ pitting to mid-shin, brawny fibrosis distal third, hemosiderin staining, Stemmer +.
R leg: trace edema only.
Perometer L 4,212 mL vs R 3,160 mL -> 33% excess.
Skin intact, no wounds. DP pulses palpable 1+ bilat. ABI L 0.96 today, ok for compression.

Assessment: ISL stage II lymphedema of the LLE with a venous component; good CDT candidate.

Plan / tx today:
- MLD 30 min incl. abdominal and inguinal clearing (PD catheter exit site avoided)
- Multilayer short-stretch bandaging L leg toes to knee started today: tubular stockinette,
  cotton padding, foam at the ankle, 4 short-stretch rolls
- 5x/wk x 3 wks, remeasure weekly, garment fitting at end of phase I
CPT 97166, 97140, 97535
"""),
("2022-06-20", "Lymphedema Daily Treatment Note", """
CDT DAILY NOTE - visit 11 of 15

S: "The wrap slid down again yesterday and was real tight at the back of my calf when I
took it off last night." Wore bandages about 23 h/day this wk. Denies numbness.

O: On removal: a deep ridge and a red indentation running across the L posterior mid-calf
where the short-stretch layers had bunched up; blanches, no blister, skin unbroken. Mildly
tender to touch. L calf max girth 44.0 cm (47.5 at eval), ankle 26.1 cm (28.9).

Tx: skin check, emollient, MLD 30 min, rewrapped with extra cut foam at the posterior calf and
a spiral instead of figure-8 on the top roll. Reviewed checking toes for color and warmth.

A: Volume coming down nicely. Bandage slippage giving localized pressure at the calf;
padding changed. Pt tolerted tx well.
P: Continue CDT. Call the clinic for pain, numbness or color change.
"""),
("2022-07-11", "Wound Clinic Consult", """
WOUND CENTER NEW PT VISIT
Sent over from the lymphedema program; L leg bandaging held since 7/8 for a painful wound.

HPI: 68M, ESRD on PD, LLE lymphedema in CDT. First saw a sore dark mark behind his
L calf on 7/1/22, thought it was a bruise. Now black, "burns like fire", 10/10 at night.
On warfarin for AF, INR last wk 2.6.

Exam: L posterior calf, middle third: 3.8 x 2.9 cm adherent black eschar, 2 cm violaceous
retiform border, livedo tracking proximally. No purulence, no fluctuance, scant drainage.
DP faint, PT not felt. Rest of the leg skin intact.

Ddx: calciphylaxis (PD, warfarin) / warfarin-induced skin necrosis / arterial ulcer.
Procedure: punch biopsy 4mm x2 at the violaceous border; jars to pathology, von Kossa requested.
Hemostasis achieved with pressure.

Plan: hold all compression to the L leg for now; nonadherent contact layer + light tubular sleeve;
arterial duplex; message to PD nephrology about warfarin. RTC 1 wk.
"""),
("2022-07-25", "Nephrology PD Clinic Note", """
HOME DIALYSIS CLINIC - PD FOLLOW-UP

Path (7/11, L calf): medial calcification and intimal fibrosis affecting small arterioles
of the subcutis (von Kossa +), septal fat necrosis. Dx calciphylaxis.

S: Calf pain 7 of 10; gabapentin 100 qHS plus hydromorphone as needed. Cycler going well, no
abdominal pain, effluent clear. Wife doing dressing changes.
O: BP 136/78, HR 84 irreg irreg. Weight 98.2, BMI=31.0. Exit site clean, no crust.
L posterior calf eschar unchanged in size, border less dusky.
Lab panel - Ca/P/PTH = 9.9/6.1/488, albumin 3.1. Weekly Kt/V 1.92.

A/P:
1. Biopsy-confirmed calciphylaxis, L posterior calf. Warfarin stopped 7/14 -> apixaban
   (reduced dose) following a cardiology e-consult. Sodium thiosulfate 25 grams will be given by
   the infusion suite thrice weekly. Hyperbaric O2 referral placed.
2. Mineral bone: stop calcium carbonate, start lanthanum; cinacalcet 30 mg.
3. Lymphedema: CDT on hold until the wound team clears gentle compression.
RTC 4 wks.
"""),
]}

A03 = {"patient_id": "A03", "age": 57, "sex": "M", "notes": [
("2025-01-14", "Lymphedema Clinic Garment Check", """
LYMPHEDEMA CLINIC - GARMENT CHECK / FOLLOW-UP
Hollis Creek Vein & Lymphedema Clinic

57M with obesity-related lymphedema of both legs, stage II, in ccl 2 circular-knit knee-high
stockings. ESRD; his HD chair time is Tu-Th-Sa mornings. Has type 2 DM, on glargine and lispro, he injects
in his abdomen. No anticoagulants.

S: Stockings ok. Main c/o: "bruises" behind both thighs that hurt so much he can't sit
through the 45-min drive to dialysis. First noticed them on New Year's Day. Says he runs the
heated seat in his pickup on high the whole way there and back.

O: Wt 143 kg, BMI 44.1. BLE 2+ pitting to the knee; stockings fit, top bands sit below the
knee crease without rolling. Posterior thighs: both sides have mottled violaceous net-like
patches with firm dusky centers, L about 7 cm, R about 5 cm, very tender. Not under any garment.

A: Painful retiform patches of both posterior thighs, not from his stockings. In an HD pt I'm
worried about calciphylaxis - needs to be seen quickly.
P: Called nephrology, derm appt this wk. Continue knee-highs. Told him to keep the seat heater off.
"""),
("2025-01-21", "Dermatology Consult", """
DERMATOLOGY CONSULT
Hollis Creek Dermatology Associates

HPI: 57M on HD, diabetic on insulin, BMI>40, sent by lymphedema clinic and nephrology for tender
plaques of the posterior thighs present since 1/1/25. Pain 8/10, burning, worse sitting.
No fever, no new meds. Pickup seat heater used on high for months, now turned off.

Exam: Bilateral posterior mid-thighs: retiform purpura with central gray-black necrosis,
L 8 x 6 cm, R 6 x 4 cm; surrounding livedo racemosa; firm on palpation. Buttocks, abdomen and
calves clear. Feet warm, pulses intact.

Procedure: 6 mm deep incisional bx, L posterior thigh plaque edge, including fat. Sutured.

Assessment: necrotic retiform purpura, dialysis + insulin-treated diabetes. Favor calciphylaxis;
ddx cholesterol emboli, cryoglobulinemia, antiphospholipid syndrome, vasculitis.
Plan: bx to path w/ von Kossa; cryoglobulins, APL panel; wound care with hydrogel and
silicone border dressing; f/u 2 wks.
"""),
("2025-02-18", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC

Derm bx 1/21 (L posterior thigh) showed small-vessel calcification within fat lobules,
thrombosed lumens, fat necrosis; positive calcium stain. Cryo and APL negative. Dx: calciphylaxis.

He has driven with the pickup's seat heater on high every day since last fall because his
cab is drafty. Each plaque lies squarely in the zone that his seat heater warms, the backs of both
thighs - heat on fatty skin as the local trigger is the best explanation we have.

Vitals: BP 152/86, P 88. Wt 141 kg, BMI 43.7.
Labs: Ca 9.2, PO4 7.4, iPTH 640, albumin 3.3.
Meds: glargine 40 units nightly, lispro per scale, sevelamer 800 mg TID, calcitriol held.

A/P: Calciphylaxis, posterior thighs bilaterally, HD patient.
- thiosulfate 25 grams IV at every HD session
- Add cinacalcet; stop calcitriol
- Seat heater disabled by his son; cushion for the drive
- Lymphedema: knee-highs may continue, nothing above the knee
- f/u wound clinic q1-2 wks
"""),
]}

A04 = {"patient_id": "A04", "age": 49, "sex": "F", "notes": [
("2023-02-27", "Lymphedema Clinic Initial Evaluation", """
LYMPHEDEMA CLINIC - INITIAL EVAL
Brightwater Regional, Lymphedema & Compression Services

49F referred by her nephrologist for a massive lower abdominal pannus with weeping.
PMH: ESRD from FSGS, HD thrice weekly, currently by R IJ tunneled line (L arm fistula still maturing),
HTN, sleep apnea w/ CPAP. Not diabetic (A1c 5.4%). Has never taken warfarin.

S: Pannus has grown over 3 years, hangs to mid-thigh, heavy, leaks clear fluid from a fold on the
L side, two skin infections last yr. Cannot find clothing that fits.

O: 5'4", 138 kg, BMI 52.3. Lower abdominal pannus with peau d'orange, thickened skin,
papillomatosis and cobblestoning over the dependent part, lymphorrhea from a L-sided fold.
No open wound. Legs: mild symmetric edema, Stemmer neg.

A: Massive localized lymphedema (MLL) of the pannus. Conservative care has not helped.
P: Pannus support garment measured; MLD with abdominal pathways 2x/wk; absorbent pads in the
folds; skin care. Referral to plastic surgery for panniculectomy - pt interested.
"""),
("2023-08-22", "Plastic Surgery Post-op Clinic", """
PLASTIC SURGERY CLINIC - POST-OP VISIT

49F on HD, s/p panniculectomy in April 2023 for massive localized lymphedema (specimen 11.8 kg,
path: MLL, no malignancy). Incision was healed at 6 wks.

S: New, severe pain along the L portion of her scar, first noticed 08/14/2023, a "dark bruise"
that is now turning black. No fever, no drainage.

O: Afebrile, BP 162/90. L third of the transverse lower abdominal incision: 5x3cm violaceous
indurated plaque straddling the scar, 2cm black eschar in its center; livedo spreading 3 cm
cephalad. No purulence, no dehiscence, no fluctuance. R and central incision fully closed.

A: Necrotic, painful plaque sitting inside the L panniculectomy scar, 4 mo post-op. Worry
about calciphylaxis given dialysis, vs late fat necrosis or infection.
P: Two 4 mm punch biopsies at the plaque edge today for histology incl. von Kossa,
plus cultures. Nephrology notified. Keep dry gauze, no binder for now. RTC 1-2 wks with results.
"""),
("2023-09-05", "Dermatology Consult", """
DERMATOLOGY CONSULT - calciphylaxis clinic
Ref: plastic surgery

Biopsy 8/22 (L lower abdominal scar): calcium encrusting little subcutaneous
vessel walls, fibrin thrombi, lobular fat necrosis; cultures no growth. Consistent w/ calciphylaxis.

Exam: Wt 126 kg (BMI 47.9). L end of transverse panniculectomy scar: eschar now 2.5 cm with
a 6x4cm zone of violaceous induration and a retiform edge. Thighs and flanks without new lesions.

Impression: Calciphylaxis arising in the L end of her April panniculectomy incision - the
surgical scar is where it began, a Koebner-type localization. Background ESRD (HD), obesity.
Recommendations:
1. Thiosulfate 25 grams IV with each dialysis (nephrology to order)
2. Avoid calcium-based binders, vit K level, consider vitamin K supplement
3. Wound: defer sharp debridement; gentle autolytic care, calcium alginate + foam
4. Pain: gabapentin 100 post-dialysis
5. Lymphedema clinic to hold MLD over the abdomen
"""),
]}

A05 = {"patient_id": "A05", "age": 72, "sex": "M", "notes": [
("2019-12-02", "Emergency Department Note", """
EMERGENCY DEPARTMENT PROVIDER NOTE
Saint Adalbert ED

CC: R hip pain after a fall
HPI: 72 yo M, ESRD, dialyzes M/W/F, RLE lymphedema with a home pneumatic compression pump,
DM2 diet-controlled, here w/ R hip pain x 4 days. On Thanksgiving night, getting up to
the bathroom, his foot caught the pump tubing and he fell sideways, striking his R lateral hip
on the corner of the dresser. No LOC, no head strike. Walking, but lying on the R is too painful.
PMH: above + HTN, PE 2015 treated w/ warfarin (stopped 2018), gout.
Meds: amlodipine, sevelamer, allopurinol 100 mg, ASA 81.

Exam: T 36.6, BP 158/84, HR 72, SpO2 97% RA. Lateral R hip (trochanteric area):
10x8cm ecchymosis; tender; no fluctuance; skin unbroken. Hip ROM full, mild pain with
ext rotation. RLE chronic nonpitting lymphedema, no cellulitis.
XR pelvis + R hip 2 views: no fracture or dislocation.

MDM: Mechanical fall 4 d ago, R hip contusion. Low suspicion for occult fx.
Dispo: home. Acetaminophen, route the pump tubing away from the walkway, PT home safety eval.
"""),
("2019-12-19", "Lymphedema Therapy Follow-up", """
LYMPHEDEMA THERAPY - FOLLOW UP
Saint Adalbert Outpatient Rehab, CLT: M. Lindqvist, PT

S: Using the pump again 1 hr daily at 40 mmHg since last wk. "My hip still hurts way more
than it should." Says a hard, dark, very sore spot popped up at the outer R hip during
the first week of December. Wearing knee-high ccl 2 garment on R.

O: BMI 29.6 (overweight). R lateral hip: 4x3.5cm indurated violaceous plaque, stellate dusky
center, lacy livedoid edge; he pulls away from light touch; no warmth.
RLE girths (cm): ankle 29.0, calf 45.5, knee 44.0 - unchanged vs Oct.
Pump garment covers foot to groin; garment skin check neg, no marks.

A: RLE lymphedema stable. The R hip plaque does not behave like an ordinary bruise
and is very painful; in an HD pt needs derm/nephrology eyes on it.
P: Messaged PCP and nephrology; urgent derm referral faxed. Continue pump + garment.
"""),
("2020-01-07", "Dermatology Follow-up", """
DERM CLINIC RETURN VISIT

72M, ESRD on HD, seen 12/23/19 for a painful R lateral hip plaque that began early
December 2019; 5 mm punch bx done then.

Path: subcutaneous arterioles calcified, intimal proliferation, thrombosis,
calcium outlined by von Kossa. Diagnosis - calciphylaxis.

Exam: over the R trochanter: 5x4cm plaque, 1.5cm eschar centrally,
violaceous retiform border. Trunk, buttocks and thighs: nothing similar.

Impression/plan: calciphylaxis at the R lateral hip, confirmed on biopsy.
- Discussed with nephrology (Dr. Ibarra): STS with dialysis starting this wk, phosphate
  control, stop any calcium supplements
- Wound: hydrocolloid border off, switch to nonadherent silicone + foam
- Lymphedema pump may continue on the R leg; garment ends at the groin and stays off the hip
- Hx warfarin noted (stopped 2018); no current anticoagulant
- RTC 3 wks
"""),
]}

A06 = {"patient_id": "A06", "age": 66, "sex": "F", "notes": [
("2017-09-18", "PD Clinic Note with Diabetes Education", """
HOME PD PROGRAM - monthly visit, CDE joined

66F; kidney failure (diabetic) managed with CAPD for 2 yrs (four 2.5% bags daily),
T2DM on insulin, bilateral leg lipo-lymphedema followed at Brookmere Lymphedema Clinic (Velcro adjustable
wraps below both knees daily). No warfarin, ever.

S: No peritonitis. UF ~700 mL/day. Says the fronts of her thighs, where she has always given
her NPH, are lumpy and the insulin "doesn't work" there. Abdomen avoided: PD catheter in RLQ.

O: BP 144/80, wt 88.2 kg, Body mass index 33.9 kg/m2. Exit site clean.
Thighs: lipohypertrophy both anterior thighs.
Labs: K 4.1, albumin 3.3, Ca/P 9.4/5.6, A1c 8.1%.

CDE session: taught self-injection into the subcutaneous fat of the posterior upper arm, 4mm pen
needle, pinch-up. R-handed, so her L arm it is. First dose (NPH 22 u) self-given today,
L arm posterior aspect, while observed; technique good.

Plan: NPH 22 u AM / 14 u PM into the L posterior arm, rotate within that area. Recheck A1c
3 mo. Continue current PD Rx.
"""),
("2017-11-08", "Lymphedema Clinic Follow-up", """
BROOKMERE LYMPHEDEMA CLINIC - FOLLOW UP
CLT: J. Abernathy, PTA, CLT

S: Wraps going on fine each morning, husband helps w/ the R. Incidental c/o: a hard, very sore
patch behind her L upper arm since late October - "hurts when my sleeve rubs".

O: BLE: 1+ pitting ankles, Stemmer + bilat, skin folds clean. Girth (R/L cm): ankle 27.5/27.9,
calf 43.1/43.8 - stable. Wraps adjusted, no pressure marks on the legs.
L arm, posterior aspect above the elbow: indurated violaceous plaque 3x2.5cm, purple net-like
margin, dusky middle; very tender; dry.

A: Lipo-lymphedema of the legs stable in wraps. New painful arm plaque, not a lymphedema issue.
P: Photo and message sent to PD nurse and PCP; advised derm visit soon. Continue wraps,
reorder calf pieces in Jan.
"""),
("2017-11-21", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP

66F on PD, insulin-treated T2DM. Seen 11/14 for that L posterior arm plaque; incisional
bx done then.
Path: von Kossa-dark granules lining small vessels of the fat; fibrin thrombi;
fat necrosis = calciphylaxis.

She has been injecting NPH into that L arm since mid-September; the plaque is at
her insulin injection site (the old injection area on both thighs has no such plaques).

Exam: plaque on the L arm (posterior, mid-humerus level) 3.5x3cm, thin central eschar now. R arm clear.

A/P: Calciphylaxis at the L arm insulin injection site.
- Move insulin to the R posterior arm / other sites away from the lesion; CDE aware
- PD team to start IP or IV sodium thiosulfate, optimize phosphate, stop calcium carbonate
- Wound: medical-grade honey + foam, change every 2 days
- Pain: acetaminophen; gabapentin 100 after exchanges at night
- back in 4 wks
"""),
]}

A07 = {"patient_id": "A07", "age": 58, "sex": "F", "notes": [
("2021-03-03", "Compression Garment Fitting and Delivery", """
COMPRESSION GARMENT FITTING - DELIVERY VISIT
Westmarch Lymphedema Therapy, certified fitter: D. Osei, CLT, CFm

Dx: lipedema with secondary lymphedema of both legs (lipo-lymphedema, stage 2).
PMH: ESRD - HD MWF, L brachiocephalic AVF; HTN; hypothyroidism.
Not diabetic. Not anticoagulated.
BMI 30.0 (84 kg / 167 cm).

Delivered today: custom flat-knit ccl 2 pantyhose-style compression tights, open toe,
5 cm knit-in waistband, made from measurements of 2/8.
Donned with fitter; wrinkle-free at the ankle and knee, no bunching behind the knee.
Waistband sits at the natural waist, snug across both flanks.

Education: wear on waking, remove at bedtime, hand wash daily, rubber gloves for donning,
donning butler provided. Skin check each night.
Plan: recheck fit in 3 wks. Reorder in 6 mo. 97760 x2 units.
"""),
("2021-03-24", "Lymphedema Therapy Follow-up", """
LYMPHEDEMA THERAPY - FIT CHECK

S: Wears the tights about 12 h/day. "Legs feel lighter." Complains the waistband rolls down
and digs into her sides by afternoon, L worse than R.

O: Legs: 1+ pitting ankles, lipedema fat pads medial knees, no wounds.
Circumferences (R/L cm): ankle 24.2/24.5, calf 42.3/42.9, mid-thigh 66.5/67.0 - down 1-2 cm.
Trunk: deep red grooves across both flanks at the waistband line, L > R, blanching,
skin intact, no purpura.

Tx: refolded band; trial of a silicone-free 10 cm wide waistband ordered from the maker;
suspender attachment offered. Reviewed skin checks.

A: Good response to compression; waistband rolling causing flank pressure.
P: Wide band on delivery; call sooner for skin changes.
"""),
("2021-04-12", "Dermatology Consult", """
DERMATOLOGY CONSULT
Referred by Westmarch Lymphedema Therapy and dialysis unit

HPI: 58F with ESRD on HD, lipo-lymphedema in custom compression tights since early March.
Painful plaque on the L flank x 2 wks, at the exact line where the waistband of her tights
digs in. Pain severe, burning. Stopped wearing the tights 4/9.

Exam: L flank at the waistband line: 7x3cm violaceous plaque, long axis horizontal, with a
retiform border and a 1 cm central black necrotic area. R flank: faint groove only, intact.
Legs: no lesions.
Labs from HD 4/7: Ca 10.1, Phos 7.2, PTH 935.

Impression: L flank calciphylaxis - a clinical diagnosis - arising under the waistband
pressure line (Koebner-type), in a dialysis pt with poorly controlled CKD-MBD.
Plan:
- punch bx (4mm) from the edge to document; treatment not to wait for it
- thiosulfate 25 grams IV each dialysis; nephrology to adjust binders and cinacalcet
- No compression waistband over the flank; thigh-high garments with a silicone band instead
- Nonadherent dressing, pain plan
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
