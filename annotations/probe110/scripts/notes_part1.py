"""probe110 corpus notes, G01-G07 (endocrinology and diabetes education; all invented)."""

G01 = {"patient_id": "G01", "age": 63, "sex": "F", "notes": [
("2021-04-22", "Diabetes Education Visit (CDCES)", """
CDCES visit - insulin technique review
Ref by Dr. Vasquez-Lam (endo) bc pt c/o pain where she does her shots.

S: 63 yo F, T2DM dx ~2007, ESRD, dialyzes (HD) at Riverbend unit Tues-Thurs-Sat. Basaglar KwikPen 18 u at bedtime + Humalog per scale w/ meals. Insulin was started Sept 2020 (A1c 9.4 at that time). Pt tells me she "always goes in on my left belly, under the button - that side I can see in the mirror." Has never used thighs or arms.
Reports a "hard purple spot that feels hot and burns" in that very area, first noticed 3 weeks ago; has since developed a dark middle. Pain 8/10, worse under her waistband and at night.

Technique obs: 4 mm pen needle, pinch-up, 90 deg, counts to 10. Re-uses needles "2 or 3 times to save them". Zero rotation: by her own account every single dose since Sept went in LLQ.

O: Wt 91 kg, BMI 33.8.
L lower abd, about 2 cm below + lateral to umbilicus: approx 3.5x2.5cm firm violaceous plaque, ~1cm black eschar in center, lacy dusky mottling around it. Flinches even w/ light touch.
R side of abdomen, thighs, upper arms: soft, no lipohypertrophy palpated.

A/P:
1. Exquisitely painful necrotic plaque at habitual inj area in a HD pt -> messaged Dr V-L during visit, worried re calciphylaxis. Urgent derm ref.
2. NO more injections into L abd. Taught 4-quadrant "clock" rotation using R abd + upper outer thighs, 1 inch between shots.
3. New needle every shot, sharps box given. Teach-back done, pt demonstrated correctly x2.
4. No warfarin/other anticoagulant per pt + med list.
"""),
("2021-04-27", "Dermatology Consult", """
DERMATOLOGY CONSULT
Requesting: Endocrinology (Vasquez-Lam). Q: r/o calciphylaxis.

HPI: HD-dependent woman w/ insulin-requiring T2 diabetes and obesity. Tender plaque of L infraumbilical abdomen, onset 4/1 per pt. Per diabetes educator's note, this is the one place she has injected basal and bolus insulin since starting last fall. No fever, no drainage.

Exam: Stellate retiform purpura w/ adherent black eschar, 4 x 3 cm, L lower abdomen. Indurated rim. Not fluctuant; warmth confined to lesion. Remainder of skin exam: no other necrotic areas; no livedo on legs.

Procedure: 2 deep punch biopsies (6 mm) from the active purpuric border after informed consent; one sent for H&E w/ von Kossa stain, the other for tissue cx.

Imp: Clinical picture strongly favors calciphylaxis. Path pending.
Recs: avoid all trauma to area, strict injection site avoidance, wound RN for dressing, will d/w nephro re: STS.
"""),
("2021-05-06", "Endocrinology Follow-up", """
Endo f/u - Dr. A. Vasquez-Lam

Path (4/27): medial calcium deposits, small subcut arterioles, intimal fibroplasia, microthrombi, septal fat necrosis -> consistent w/ CALCIPHYLAXIS. Discussed w/ pt + son today.

The plaque is squarely within the L lower belly patch she'd injected every basal and bolus dose into since Sept 2020; I think the repeated needle injury in one spot is what set it off. Nephrology began STS 25 grams, given each HD run, starting 5/1.

DM: A1c 7.8. Basal now 16 u (lower intake, pain). Rotation confirmed R abd/thighs only - son checks.
Meds reviewed - no warfarin, no vit K antagonist ever.
Wt 90.6 kg, BMI 33.8 (obese).
RTC 4 wks, sooner if new spots.
"""),
]}

G02 = {"patient_id": "G02", "age": 58, "sex": "M", "notes": [
("2023-01-30", "Endocrinology Clinic Note", """
ENDOCRINOLOGY - return visit
CC: burning feet/legs, glucose review.

58M, T2DM on insulin (Lantus 30 u daily, Novolog 6-8 u TID ac), ESRD on home PD (nightly cycler, 4 exchanges), paroxysmal AF on warfarin (INR managed by anticoag clinic).

Painful diabetic peripheral neuropathy is worse this winter. Wife reports that ever since Thanksgiving he falls asleep w/ the electric heat pad wound around both lower legs, often on "high". Pt: "nothing else takes the sting out."
NEW: since roughly mid-January he has had tender, mottled, net-like purple areas on both calves; a couple of spots are now firm and dusky.

PE: BMI 29.9 (overweight). Bilat posterior calves: reticulate violaceous patches, 2 firm nodular areas R > L, exquisitely tender. Faint brownish mottling too. Pedal pulses palp. Monofilament: absent bilat to mid-foot.

A/P:
- Retiform purpura/painful nodules of calves in PD pt on warfarin -> r/o calciphylaxis; ddx erythema ab igne (heat). Urgent derm today/tomorrow.
- Stop heating pad completely. Switched to duloxetine 30 mg for neuropathy.
- Insulin: no change, A1c 7.4.
"""),
("2023-02-06", "Telephone Encounter", """
Tel call - pt's wife Rosa, RN took call

Wife says the spots on "both of his legs in the back" have "gone all black in the middle"; he's up all night w/ the pain. She admits he "sneaked the heating pad back on" a couple nights bc he was cold. Derm appt was pushed to 2/15 by their office.

RN advised: heating pad must stay off - unplug it and put it away. Keep legs elevated, loose pajama pants, no creams on the black areas. ED if he gets a fever, the red area spreads, or there's a bad-smelling discharge. Message sent to Dr Nakamura-Pryce (derm) asking for sooner slot, and to PD nurse.
Wife verbalized understanding.
"""),
("2023-02-15", "Dermatology Consult", """
Dermatology - new consult
58 yo man on PD, T2DM, warfarin for AF. Painful lesions posterior lower legs since mid-Jan.

Exam: Bilateral posterior calves: several stellate necrotic plaques w/ black eschar (largest 5x3cm R, 3x2cm L) within a background of livedo racemosa; reticulated hyperpigmentation consistent with erythema ab igne over the same skin, in a band matching where an electric heating pad had been wrapped each night since late November.

Biopsy (done 2/8 by our NP, result today): subcutaneous small-vessel medial calcification and thrombosis = calciphylaxis.

Dx: Calciphylaxis, bilateral calves, biopsy-proven, arising within the heating-pad field (thermal injury likely trigger).
Plan: cardiology re warfarin -> apixaban; PD team to add STS; wound care referral; pain service. Heat of any kind to legs prohibited.
"""),
("2023-03-20", "Diabetes Education Visit", """
DSMES follow-up (individual)

Topics: insulin dose adjustment with reduced appetite, hypoglycemia tx on PD, sick-day rules.
Pt's appetite down since calciphylaxis dx and pain meds. BG log (meter download): fasting 88-140, 2 lows (61, 58) overnight.
Lantus reduced 30 -> 24 u. Reviewed 15-15 rule; juice boxes on nightstand.
Injection sites: abdomen only, rotating L/R quadrants; avoids legs entirely. No lumps.
Wt 89.9 kg, BMI 29.9 - "borderline, not obese" per pt's own chart reading.
Warfarin was switched to apixaban on 3/1 per cardiology.
Goals: 1) check BG at bedtime nightly 2) call if < 70 twice in a week.
"""),
]}

G03 = {"patient_id": "G03", "age": 34, "sex": "M", "notes": [
("2019-08-12", "Insulin Pump Follow-up (CDCES)", """
Pump f/u - CDCES
34M, T1DM since age 9, diabetic nephropathy -> ESRD - dialyzes M-W-F via a L arm AVF. Tandem t:slim X2 w/ Dexcom G6, Control-IQ on.

14-day download: TIR 61%, TBR 3%, mean 171. Basal 0.65 u/h, ICR 1:9, ISF 45.
Since June he's been wearing the pump in a tight neoprene "sport holster" belt, cinched snug on his right side, for the warehouse job (pump kept falling off his pocket). He wears it ~11 h/day, 5-6 days/wk.
Infusion sets: L abdomen only now, "the belt's in the way on the right." Changing q3d. No lipo.
Skin: faint pink linear mark at the R flank under the holster edge, blanching, no breakdown. Suggested loosening the strap one notch.

Weight 70 kg / BMI 24.2.
No anticoagulants.
Plan: ICR 1:8 at lunch, revisit in 3 mo.
"""),
("2019-10-17", "Endocrinology Urgent Visit", """
Endo - same-day add-on
Pt called w/ severe pain R side of trunk. Onset Oct 3: "a bruise-looking patch right where the holster clasp digs in." Rapidly became hard, dark, now center is black. Pain 9/10, unable to tolerate the belt. Afebrile.

Exam: R flank (midaxillary, at belt height): 6x4cm indurated plaque, retiform violaceous border, central black necrosis. Exquisitely tender. Skin elsewhere ok; L abd infusion set clean, no induration.

Labs (HD unit 10/14): calcium 9.8, phosphorus 7.9, PTH 812.

A: Necrotic plaque where the holster has pressed for months, in a young HD pt w/ poorly controlled phos - highly concerning for calciphylaxis.
P: derm/wound clinic tomorrow for bx, nephro aware (binders, PTH), pump moved to a clip on L pocket. Oxycodone 5 mg q6h prn (renal dose ok per pharm).
"""),
("2019-10-29", "Wound and Dermatology Clinic", """
Wound/Derm clinic note

Dx: CALCIPHYLAXIS, R flank - confirmed on incisional bx 10/18 (von Kossa + calcium in small subcut vessels, thrombi, panniculitis).
History reviewed: ulcer began on 10/3/2019 exactly beneath the clasp of the pump holster he had worn tightly on that side daily since June. Mechanical pressure as a local trigger is well described; pattern fits.

Today: eschar 5x3.5cm, periwound livedo, no purulence. Dressings: calcium alginate + bordered foam, changed 3x/wk by HD nurses.
STS started on HD 10/21. Cinacalcet increased.
Counseled: no belts/straps across the trunk. Pump to be carried on L pocket clip.
BMI 23.8 today.
"""),
]}

G04 = {"patient_id": "G04", "age": 71, "sex": "F", "notes": [
("2023-03-01", "Diabetes Education Visit", """
Diabetes education - post-hospital transition
71F readmitted 2/6-2/14 for small bowel obstruction -> exploratory laparotomy 2/8/23 w/ lysis of adhesions (long midline incision). Glucose was covered w/ sliding scale insulin inpt; insulin STOPPED at discharge, back on linagliptin 5 mg + diet.
PMH: T2DM, ESRD on HD (Lakeshore Kidney Ctr, MWF), mech mitral valve on warfarin, BMI 41.3 (class 3 obesity), OSA on CPAP.

Meter review: FBG 110s-150s, no lows. A1c 6.9 (1/2023).
Incision: staples out 2/22, healing, clean/dry, she keeps it covered w/ gauze under her pannus.
Education: carb counting refresher, plate method, how illness/steroids can raise BG. Pt able to state s/s of hypo.
No insulin needed at this time. F/u endo 6-8 wks.
"""),
("2023-04-19", "Endocrinology Note", """
ENDO - Dr. F. Oyelaran
71 yo woman w/ T2DM (non-insulin), HD, warfarin for mech MV, BMI 41.

She reports that since Apr 2nd there's been "a hard, very sore ridge on the bottom part of my belly scar" that has turned dark; now a black crust ~ size of a quarter. Pain out of proportion, 9/10, keeps her from lying flat. Denies fever. Surgeon saw her 4/10, called it "a healing problem" and started cephalexin - no improvement.

Exam: lower (infraumbilical) portion of the healed midline laparotomy scar: 5x2.5cm indurated violaceous plaque tracking along the scar, central black eschar, surrounding retiform purpura. Upper portion of scar well healed.

A: painful, necrotic plaque sitting in a 10-wk-old surgical scar; HD, warfarin, morbid obesity -> calciphylaxis is my leading concern.
P: stat derm (spoke w/ Dr Haddad), email nephrology, hold on any further antibiotic. INR 2.9.
"""),
("2023-05-03", "Dermatology Consult", """
Dermatology consult note
Indication: possible calciphylaxis in laparotomy scar.

HPI per endo: ex-lap 2/8/2023; lesion onset 4/2/2023 along lower scar.
Exam unchanged from endo description; eschar 5.5 x 3 cm lying within the infraumbilical segment of the midline incision, livedoid border extending 2 cm.

Biopsy 4/21 (wedge, our clinic): arteriolar calcification in subcutis with fibrin thrombi and necrosis of fat; von Kossa stain +.
DX: calciphylaxis (biopsy-proven) in the lower abdominal surgical incision (surgical trauma as precipitant).
Plan: warfarin to be discussed with cardiology (mech valve: may need LMWH bridge - cardiology to decide), STS 3x/wk with HD, hyperbaric O2 referral, wound clinic for debridement.
"""),
]}

G05 = {"patient_id": "G05", "age": 55, "sex": "F", "notes": [
("2024-10-08", "Diabetes Education - Pen Start", """
CDCES note - basal insulin start
55F, T2DM x 12 yr, on PD (CAPD 4 bags/day). A1c 9.1 despite max oral agents. Endo (Dr. Lindqvist) ordered Toujeo 10 u daily, titrate +2 u q3d to FBG 100-150.

Teaching: pen priming (2 u safety shot), 4 mm needle, inject at 90 deg, hold 10 s. Sites: abdomen kept 2 inches away from PD catheter exit site, so we chose upper outer thighs + backs of arms; rotation drawn on a body diagram for her fridge.
She did first dose in clinic into R outer thigh without difficulty.
Other: hx L leg DVT 2020, was on warfarin until it was stopped in 2021; no anticoag now.
Wt 82 kg, BMI 31.0 - obese.
Hypo tx reviewed. Rx pen needles, glucose tabs.
"""),
("2025-01-24", "Patient Portal Message", """
From: Yolanda P.
Subject: my leg is really bad now

hi Dr Lindqvist its Yolanda. On new years eve I caught my left shin on the dishwasher door while unloading it, just a little scrape, I put a bandaid and it was getting better. Then two weeks ago the skin round the scrape went dark purple an hard, now its got a black crusty middle with red purple lines round it like a map. It hurts more than when I had my kidney stones, I cant stand the sheet on it.
my sugars are ok, 130s in the morning. I am still doing my toujeo in my legs but not the left one now.
Is this because of diabetes? do I need the ER?? I have PD tonight
"""),
("2025-02-05", "Dermatology Consult", """
Dermatology - urgent consult (seen 1/27, bx result addendum today)

55 yo F on PD, insulin-treated T2DM, prior warfarin (stopped 2021). Minor abrasion L anterior shin from a dishwasher door 12/31/2024, initially healing; from ~1/10/2025 painful violaceous induration developed around the abrasion with central necrosis.

Exam 1/27: L pretibial shin: 4 x 4 cm stellate eschar centered on the prior abrasion, retiform purpura margin, tender ++. R leg: no lesions.

Path: small vessel medial calcification + luminal thrombi in subcutis, consistent with calciphylaxis.
Dx: Calciphylaxis L shin, arising at site of accidental trauma.
Plan: STS through PD team, wound care, pain; advised insulin only to R thigh and arms, avoid left leg.
Wt 79.5 kg, BMI 30.0.
"""),
]}

G06 = {"patient_id": "G06", "age": 77, "sex": "M", "notes": [
("2023-09-14", "Home Health Diabetes Teaching Note", """
SN visit - diabetes mgmt / teaching (Sunrise Home Health)
Pt 77 yo M, T2DM on NPH 70/30 20 u am + 14 u pm, ESRD - in-center hemodialysis MWF. Lives w/ daughter. Poor vision (macular degen) so agency RN gives the AM dose; daughter gives PM dose.

Sites: belly is off limits per pt (old hernia mesh, "don't want anybody poking my stomach"), so since 2019 every insulin dose has been given in the back of both arms - R in the morning, L at night. Nurse notes mild lipohypertrophy L posterior arm; encouraged spreading shots over a wider area.

FSBS today 168. Log reviewed w/ daughter: 120-210.
84 kg today (BMI 27.4).
No blood thinners. Pt verbalized 3 s/s hypoglycemia.
"""),
("2024-03-11", "Endocrinology Clinic", """
Endocrinology
77M on HD, insulin-treated T2DM. Daughter brings him for "sores on the back of his arms" that started in February. Pt says they "sting like a bee all day."

Exam: posterior upper arms bilaterally: multiple stellate purpuric plaques w/ black eschars centrally (R 3cm, L 2x4cm), indurated, surrounding livedo. These sit right in the zone where his NPH has been given twice a day for the past few years. No lesions on trunk or legs.

Labs (HD draw 3/4): PTH 590, phos 6.8, Ca 9.6, alb 2.9.
Derm e-consult reviewed photos: classic appearance; biopsy deferred given poor wound healing risk and pt's wishes.
Imp: Calciphylaxis - clinical diagnosis - at insulin injection sites of both upper arms.
Plan: move all insulin to upper outer thighs, nephrology for STS + binder changes, palliative care for pain.
"""),
("2024-03-25", "Diabetes Education Follow-up", """
Diabetes educator f/u (in clinic w/ daughter)

Reviewed new injection plan after calciphylaxis dx: NPH now into upper outer thighs, alternating, 1 inch apart. Daughter demo'd correctly. Agency RN aware.
Arms: dressings per wound RN, both posterior upper arms covered.
BG log: fasting 140s, pre-supper 180s. Lowered pm dose to 12 u - poor intake.
Wt 86.3 kg, BMI 28.1.
Plan: weekly phone check by RN, CGM (Libre 3) started today - sensor placed on abdomen w/ pt permission.
"""),
]}

G07 = {"patient_id": "G07", "age": 42, "sex": "F", "notes": [
("2022-03-14", "Pump Start Teaching", """
INSULIN PUMP START - CDCES (2.5 h session)
42F, T1DM x 30 yrs, ESRD on PD (CCPD nightly). Previously MDI, frequent lows. Starting Medtronic 770G w/ Guardian 3 today.

Settings: basal 0.45 u/h (12a-6a 0.35), ICR 1:12, ISF 60, AIT 3 h.
SITE SELECTION: abdomen excluded - PD catheter exit at L, plus she is slim w/ little belly fat. Taught upper outer buttocks as primary pump site area, alternate L and R every change (q2-3d), 2 finger-widths from previous. Sensor on backs of arms.
Pump start today (3/14), first set inserted into L upper outer buttock by pt w/ mirror + coaching. Good technique.

Other: no warfarin. Wt 58 kg, BMI 22.0.
Teach-back: occlusion alarm, DKA risk w/ set failure, backup pens.
"""),
("2022-11-30", "Endocrinology Sick Visit", """
endo sick visit
pt c/o painful dark patch, L upper buttock, began 10 days ago. Describes it as "a bruise that kept getting worse instead of better", now w/ black center, can't sit on that side, sleeps prone. She's been putting pump sets in that area and the R side per her rotation - last set there about 2 wks ago, pulled the cannula early bc of pain.

Exam: L upper outer buttock: 3x2.5cm violaceous, indurated plaque, necrotic crust centrally, and net-like purple rim. Several old healed set puncture marks within and around it. R buttock: set in place, clean.
Labs from PD clinic: Ca 10.1, phos 6.4, PTH 702.

ddx: calciphylaxis (at infusion site) vs infusion site infection/abscess vs fat necrosis.
Plan: derm wound clinic next week for bx, avoid L buttock, sets on R buttock + thighs for now. Doxycycline empirically pending bx.
"""),
("2022-12-09", "Dermatology Consult", """
Derm - consult (seen 12/6, bx result)
42 yo woman w/ T1DM on insulin pump, ESRD on PD.
Lesion: L upper buttock, onset ~11/20/22, within her infusion-set rotation zone (pump sets into both upper buttocks since pump start in March 2022).
Bx 12/6: subcutaneous arteriolar calcification, thrombi, surrounding fat necrosis; cultures negative.
DX: Calciphylaxis.
Comment: koebnerization at repeated infusion cannula insertion sites.
Plan: stop doxycycline, STS via PD unit, avoid both buttocks for sets - switch to thighs, wound care (hydrocolloid, change q3d).
"""),
]}

PATIENTS = [G01, G02, G03, G04, G05, G06, G07]
