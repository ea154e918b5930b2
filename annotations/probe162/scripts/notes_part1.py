"""probe162 corpus notes, C01-C07 (IME, disability and medicolegal reports and the clinics around them; all invented)."""

C01 = {"patient_id": "C01", "age": 58, "sex": "F", "notes": [
("2016-09-12", "Home Dialysis Clinic Note", """
HOME THERAPIES - PERITONEAL DIALYSIS, MONTHLY F/U
Larkspur Valley Kidney Center      RN: T. Abernathy   MD: F. Okonkwo-Reyes

57 yo F on CCPD x 14 mo; ESRD secondary to diabetic nephropathy.
Since last visit: more tired, Hgb drifting down. Cycler 4 exchanges overnight, no
missed
txs. Exit site LLQ clean, no crust. Denies abd pain or cloudy effluent.
DM2: glargine 22u at bedtime + mealtime lispro, all into her abdomen.

Labs (drawn 9/6/16): Hb 8.9 / ferr 612 / Tsat 31% / Ca/P/PTH 9.4/6.8/588 / Alb 3.4
VS: BP 146/82, P 76. BMI 33.1 (wt 88.6kg)

Assessment/plan
1. CKD-related anemia - begin epoetin alfa 6000 units SC q week. Dose #1
   administered here today 09/12/2016 by RN, R lateral thigh. Self-injection
   teaching done; her plan is to continue with the outer right thigh at home ("my
   belly is
   already full of insulin spots").
2. Hyperphosphatemia - sevelamer 1600mg with each meal, renal dietitian to see her.
3. SHPT - cont calcitriol 0.25 mcg daily, recheck PTH 6 wks.
4. Obesity - discussed; she is not interested in referral rn.
RTC 4 wks or sooner prn.
"""),
("2016-11-30", "Dermatology Consult", """
DERMATOLOGY CONSULTATION - Larkspur Valley Medical Center
Referring: Dr. Okonkwo-Reyes (nephrology)
CC: "black spot on my right leg that hurts like fire"

HPI: 57F, nightly cycler PD, insulin-treated DM2. Pain started 11/08/2016 as a
deep ache of the right outer thigh; a purple patch came up a few days later and
its center has turned dusky-black over ~2 wks. Rates pain 9/10; walking and
lying down at night make it worse. Her weekly epoetin shots have gone into
that same part of the thigh since mid-September. No fevers.

Exam: R lateral thigh, mid third: stellate 6x4 cm area of retiform purpura,
central black eschar, rim of livedo, woody induration, exquisitely tender. L thigh,
buttocks, calves clear. Abdomen: a few pinpoint bruises from insulin, no plaques.

Impression: picture most c/w calciphylaxis, developing at her epoetin injection
site, right lateral thigh.
Plan:
- 4mm punch x2 taken today at the advancing border, for H&E + von Kossa
- no further injections into the right thigh
- wound RN for dressing; pain team
- nephrology to discuss STS, binder change
"""),
("2017-04-18", "Long-Term Disability Physician File Review", """
LONG-TERM DISABILITY - INDEPENDENT PHYSICIAN FILE REVIEW
Claimant: C.M., F, age 58     Coverage: group LTD, own-occupation period
Occupation: school transportation dispatcher (sedentary-light)
Reviewer: board certified internal medicine. Records only; no examination.

Records reviewed: Larkspur Valley Kidney Center PD notes 03/2016-03/2017;
dermatology consult 11/30/2016; surgical pathology 12/02/2016; wound clinic notes
12/2016-03/2017; pharmacy profile.

Summary of records: ESRD managed with home PD; insulin-requiring type 2 diabetes.
Weekly subcutaneous epoetin alfa was started 09/12/2016 and self-injected into
the right lateral thigh. Thigh pain began 11/08/2016, followed by a necrotic
plaque. Punch biopsy: calcified subcutaneous arterioles, intimal
hyperplasia, luminal thrombi; von Kossa positive; diagnostic of calciphylaxis.
Dermatology documents that the lesion arose at the epoetin injection site.
Therapy: thiosulfate IV thrice weekly in an infusion suite; cinacalcet; local
wound care.
Most recent wound note 03/22/2017: 5x3 cm ulcer, 30% slough, daily opioid.
Weight 86.2 kg, BMI 32.4 on 03/22/2017.

Opinion: restrictions supported through at least 07/2017 - no standing or
walking more than 15 minutes at a time, must elevate the right leg, frequent
absences for dialysis-related and wound visits. Reassess w/ updated wound notes.
"""),
]}

C02 = {"patient_id": "C02", "age": 61, "sex": "M", "notes": [
("2019-03-06", "Occupational Medicine Workers' Compensation Visit", """
OCCUPATIONAL HEALTH SERVICES - INITIAL WORKERS' COMP VISIT
Employer: Tri-County Grocery Distribution (night-shift order selector)
DOI: 02/26/2019      Claim #: pending     Body part: low back

HPI: 61 yo M lifting a case of bottled water off the bottom rack on 2/26/19 felt a
sharp pull across the low back. No radiation, no numbness/tingling, no bowel or
bladder change. No prior back claims.
PMH: kidney failure (ESRD), in-center hemodialysis, early shift Tu/Th/Sa, via L upper
arm fistula; HTN; paroxysmal AF - takes warfarin; gout. Not diabetic.
Meds: warfarin 5 mg (INR goal 2-3), sevelamer, cinacalcet, amlodipine, allopurinol.

Exam: BP 148/86, pulse 78, Wt 122 kg, BMI 38.2
Paraspinal spasm L>R, TTP lumbar paraspinals, SLR neg bilat, LE strength 5/5,
DTRs symmetric, gait nl.

Dx: lumbar strain, work related.
Plan:
- Dispensed elastic lumbosacral support belt with rigid posterior stays, fitted
  snug around both flanks; to wear for every shift starting this month.
- Modified duty: no lifting over 20 lb x 2 wks, no repetitive bending.
- No NSAIDs (ESRD + warfarin); acetaminophen 650 mg q6h prn.
- Recheck 2 wks.
"""),
("2019-06-11", "Dermatology Clinic Note", """
Wexford Skin Associates - clinic note
61 M, hemodialysis pt, here for painful "bruises" on both sides.

HPI: Noticed dark tender patches on both flanks about 3 wks ago; two have started
to open. Has worn the back belt from work every shift since March and says the
lower edge digs into his sides when he bends to pick. Still on warfarin.
Denies fever, new meds, injections.

Vitals: T 98.1  BP 156/90  HR 81
Exam: R flank - horizontal 7x3 cm band, retiform purpura, necrotic center. L
flank - 5x2.5 cm similar plaque with thin black eschar. Both
follow the lower margin of the belt exactly (he brought it in). Abdomen, thighs
and legs clear.
Procedure: two 4mm punches, L flank plaque border, hemostasis w/ gelfoam.

A/P: necrotic retiform purpura bilat flanks, ESRD on HD, on warfarin -
calciphylaxis favored; timing argues against warfarin necrosis. Path pending.
Stop wearing the belt. Contacted his nephrologist re: STS and stopping warfarin.
"""),
("2019-09-24", "Independent Medical Examination (Workers' Compensation)", """
INDEPENDENT MEDICAL EXAMINATION - WORKERS' COMPENSATION
Examinee: R.D., male, 61     DOI: 02/26/2019
Requested by: Ashgrove Mutual, claims adjuster M. Pellerin
Examiner: occupational medicine, board certified

Records reviewed: occupational health notes 03/06/2019-05/28/2019; Wexford Skin
dermatology 06/11 and 07/02/2019; pathology 06/14/2019 (punch bx L flank:
calcific uremic arteriolopathy); dialysis unit flowsheets.

History: Lifting strain 2/26/19. A lumbosacral belt was issued and worn daily
from March 2019. Roughly three weeks before the 6/11/19 dermatology visit he
noticed painful plaques, later necrotic, along both flanks beneath the belt edge;
biopsy
confirmed calciphylaxis. Warfarin was changed to apixaban in June.

Exam: Ht 179 cm, Wt 120 kg, BMI 37.5. Healing ulcers of the right and left
flanks, 4 x 2 and 3x1.5 cm, clean bases. Lumbar ROM full, nontender.

Causation: Calciphylaxis is a systemic complication of his renal failure and is
not caused by employment. In my opinion, to a reasonable degree of medical
probability, the location of the lesions was set by sustained pressure from the
work-issued belt (a Koebner-type localization).
Work status: temporarily off work until the flank ulcers close. Not at MMI.
"""),
]}

C03 = {"patient_id": "C03", "age": 66, "sex": "F", "notes": [
("2022-02-08", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - Cedar Hollow Dialysis
66 yo F doing CAPD since 2020 - four bag exchanges a day; ESRD due to ADPKD.
No diabetes.

S: Crampy lower belly discomfort near the end of each drain. Since New Year's Day
she has rested a rubber hot water bottle on her lower abdomen most evenings for
it, "some nights I fall asleep and it's still there in the morning." Effluent
clear, no fever.
O: BP 132/78, HR 70, wt 74.1 kg, BMI 28.4 (overweight). Abd soft, nontender.
Catheter exit site R paramedian, dry, no erythema. Faint mottled reticulated
redness over the L lower abdomen, blanching, skin intact.
Labs 2/1: Ca 9.8 | PO4 6.1 | PTH 412 | Alb 3.2; total wkly Kt/V 1.9 (adequate)

A/P:
- drain pain: catheter tip position? KUB ordered.
- asked her to stop using the hot water bottle (burn risk, skin already mottled).
- calcium carbonate -> sevelamer given Ca x P product.
- RTC 1 month, PD RN phone check 2 wks.
"""),
("2022-03-29", "Wound Care Center New Patient", """
WOUND CENTER INTAKE
Referral source: PD nurse, painful wound of belly.

HPI: 66F on PD. The pain started near St. Patrick's Day - at first a firm purple
area of the
left lower abdomen; it has darkened and opened over the past 10 days. Admits the hot
water bottle stayed in use on that area until last week.
PMH: polycystic kidney disease -> ESRD (PD), hypertension, hypothyroid. No DM. No
anticoagulants.

Exam: LLQ, about 3 cm down and to the left of the navel: 4.5x3.8 cm irregular
ulcer with adherent black eschar, violaceous indurated border and net-like livedo
extending 2 cm beyond. Pain out of proportion to size. PD exit site on the right,
clean and well away from the wound.

Impression: necrotic ulcer L lower abdomen in a PD patient - concern for
calciphylaxis vs deep thermal injury.
Plan: derm referral for incisional bx; hold off on sharp debridement until a
dx is made; Ca alginate + foam, change q2 days by pt's daughter; analgesia per PCP.
"""),
("2022-06-20", "Utilization Review Physician Advisor Determination", """
UTILIZATION MANAGEMENT - PHYSICIAN ADVISOR REVIEW
Request: continue thiosulfate infusions, 25 g thrice weekly, 12 more weeks
Member: F, 66. Plan: Medicare Advantage. Review type: concurrent.

Clinical summary from submitted records:
ESRD on peritoneal dialysis. Painful ulcer of the L lower abdomen, onset 3/17/2022
per wound center. Incisional biopsy 04/04/2022: fat necrosis and calcified small
vessels -
calcific uremic arteriolopathy (calciphylaxis). Letter from treating nephrologist
(5/30/2022):
the ulcer developed directly beneath the hot water bottle she used on her lower
abdomen nightly from 1/1/2022, which he considers the local trigger. Eight weeks of
thiosulfate given with reduced pain and 40% area reduction per wound photos.
Most recent vitals 6/9/22: BP 128/74, wt 72.9 kg, BMI 27.9.

Criteria: biopsy-confirmed calciphylaxis with documented response. Met.
Determination: CERTIFIED for 8 additional weeks. Request updated wound
measurements with any further extension.
Peer-to-peer not required.
"""),
]}

C04 = {"patient_id": "C04", "age": 55, "sex": "M", "notes": [
("2020-08-27", "General Surgery Postoperative Visit", """
GEN SURG OFFICE - POSTOPERATIVE VISIT
54 yo M, POD 13 after open mesh repair (Lichtenstein) for a R inguinal hernia,
done 08/14/2020.
Hernia appeared after lifting a pallet at work 6/30/20 (workers' comp case).

S: groin soreness improving, off oxycodone since POD 5, walking 2 miles/day.
Bowels regular. No fever.
PMH: ESRD, dialyzing Mon/Wed/Fri via left forearm AV fistula; DM2 (glargine and
aspart insulin); HTN; OSA, uses CPAP.
O: T 98.4, BP 152/84, P 80. Wt 104 kg, BMI 31.9.
R groin incision well approximated, dermabond intact, no drainage, no
erythema, no recurrence w/ cough. Testes normal.

A/P: incision healing as expected.
- no lifting > 10 lb for 6 weeks total, then advance
- OK for modified duty 9/14/2020, desk tasks only
- f/u prn, call for fever, drainage, bulge
"""),
("2020-11-03", "Wound Clinic Note", """
OUTPATIENT WOUND CLINIC - Fairmont Regional

54M on HD, insulin-requiring DM2, here for a new wound of the R inguinal region.
Hx: began early October as a very painful hard purplish patch; center went black
about 2 wks later. No drainage, no fever. Wife says he "can't stand the sheet
touching it." Denies recent injury or injections there.

Exam: R inguinal region: 5x2 cm linear necrotic plaque, dry black eschar,
violaceous livedoid rim, marked tenderness, indurated 1.5 cm beyond.
Femoral and pedal pulses palpable.
HD labs 10/27 - Ca 9.9 (P 7.4), PTH 1022, albumin 3.3; A1c 7.8.

Assessment: necrotic plaque R groin in ESRD - r/o calciphylaxis.
Plan: derm punch bx (booked 11/10); eschar kept dry, povidone-iodine paint
once daily; not debriding at this stage. Sent message to nephrology about
binder and cinacalcet.
"""),
("2021-02-16", "Independent Medical Examination (Workers' Compensation)", """
INDEPENDENT MEDICAL EXAMINATION
Claim type: workers' compensation. Accepted body part: right inguinal hernia.
DOI: 06/30/2020     Examinee: J.K., 55 yo male, warehouse lead

Records reviewed: employer incident report; urgent care 07/01/2020; operative
report 08/14/2020 (open right inguinal herniorrhaphy with mesh); surgery
follow-up 08/27/2020; wound clinic and dermatology notes 11/2020-01/2021;
pathology 11/10/2020.

Current complaints: no bulge, mild ache with prolonged standing. Separately he
reports a painful sore in the right groin since October 2020, diagnosed by skin
biopsy (11/10/2020) as calciphylaxis and treated by nephrology and the wound
clinic with sodium thiosulfate.

Exam: height 178 cm, weight 103.4 kg (BMI 32.6). No recurrent hernia on Valsalva.
R groin: 3.5x1.5 cm granulating ulcer, dressing in place.

Discussion: hernia treatment reasonable and necessary. Whether the skin disease
is related to the surgery is beyond the scope of this exam; defer to treating
specialists.
MMI for the hernia: 12/15/2020. Impairment 0% WPI (AMA Guides 6th).
Work status: full duty from the hernia standpoint.
"""),
]}

C05 = {"patient_id": "C05", "age": 72, "sex": "F", "notes": [
("2023-11-11", "Emergency Department Provider Note", """
ED PROVIDER NOTE - St. Brendan's Hospital
CC: fall

HPI: 71 yo F, ESRD, dialyzes TTS at Pinecrest Dialysis, AF on warfarin, here after
slipping on a wet entry mat in the lobby of her dialysis unit this morning just
before treatment. Landed on her L side, struck the L hip on the tile. No head
strike, no LOC. Dialysis not done today.
ROS: neg except hip pain.
VS: BP 138/70, HR 88, RR 18, sat 97% on room air, Temp 36.7 C, BMI 23.8
Exam: L lateral hip with 10x8 cm tense hematoma, tender, skin intact. Able to
SLR, no shortening or rotation. Neurovasc intact distally.
Labs: K 5.6, Hb 10.2, INR 3.1 (high).
XR pelvis + L hip: no fracture.

Dx: contusion L hip w/ large hematoma; INR above goal.
Dispo: home with son. Hold warfarin tonight, INR recheck at HD Tuesday.
Arranged make-up dialysis tomorrow. Pt states facility staff filed an
incident report.
"""),
("2023-12-14", "Hemodialysis Rounding Note", """
HEMODIALYSIS ROUNDING NOTE - Pinecrest Dialysis, chair 7

S: L hip very painful x ~10 days, reports a new purple-black spot "just
where my fall bruise was." Sleeping poorly, can't lie on L side.
O: pre BP 152/74, EDW 61.0 kg, access R forearm AVF good thrill.
L lateral hip: 6x5 cm violaceous plaque w/ net-like border and 2 cm central
dusky necrosis, sitting inside the area of the resolving fall hematoma.
12/12 labs - Ca/P/PTH 10.1/6.9/740; INR 2.6, albumin 3.1 (low).

ASSESSMENT/PLAN
1. New necrotic plaque L hip at the site of her 11/11 fall hematoma, on
   warfarin - calciphylaxis strongly suspected; derm to see urgently for bx.
   Calcium acetate off, sevelamer on. Cinacalcet up to 60 mg.
   Will start STS with HD once dx confirmed.
2. AF - discuss switching warfarin to apixaban with cardiology.
3. Pain: may use oxycodone 2.5mg every six hours PRN.
"""),
("2024-01-09", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP
71F on HD, seen 12/19/23 for L hip necrotic plaque; punch bx done that day.

Path (12/19/23): tiny subcutaneous vessels with calcified walls and
luminal fibrin; lobular fat necrosis -> calciphylaxis.
Interval: thiosulfate 25 g given at every dialysis since 12/22. Warfarin stopped
12/20, on apixaban
now. Pain slightly better.
Exam: L lateral hip 6.5x5 cm, eschar now firm and dry, border less dusky.
Thighs, abdomen and calves without new lesions. Wt 59.8 kg, BMI 23.1.

Impression: L hip calciphylaxis, biopsy-proven.
- Keep eschar dry/intact, no debridement
- Continue STS, sevelamer, cinacalcet
- Wound clinic q2 wks, RTC derm 6 wks
"""),
("2025-05-02", "Medicolegal Record Review", """
MEDICOLEGAL RECORD REVIEW
Prepared at the request of plaintiff counsel (Haverly & Stroud) - premises claim
Subject: E.W., female, DOB on file (72)

Question posed: was the skin wound of the left hip caused or worsened by the fall
in the dialysis facility lobby?

Chronology from records:
- Veterans Day, 11/11/2023: slip on a wet mat, fall on L hip. ED: large hematoma
  of L lateral hip, INR 3.1, no fracture.
- approx 12/04/2023: onset of a painful necrotic plaque within the hematoma area
  (HD note 12/14/2023, "x ~10 days").
- 12/19/2023: punch biopsy, calciphylaxis. Warfarin stopped.
- 2024: 9 months of wound care; closed 09/2024 with a depressed scar.
- Current BMI 22.9 (weight loss during illness).

Opinion: calciphylaxis is caused by her renal disease and mineral metabolism, not
by the fall. However, more likely than not, the fall hematoma set the location
of the lesion; the treating nephrologist documented the same link on
12/14/2023. The timing (about three weeks) is consistent with that mechanism.
"""),
]}

C06 = {"patient_id": "C06", "age": 49, "sex": "F", "notes": [
("2018-03-05", "Dermatology New Consult", """
DERMATOLOGY - NEW CONSULT
49 yo F, ESRD from lupus nephritis, hemodialysis for 3 yrs, type 2 DM on insulin.
CC: "sore on my left arm that won't heal"

HPI: Painful area at the rear of the L upper arm since late January 2018; began
as a firm red-purple lump, center now black. She gives her insulin pen doses
into the outer left upper arm ("easier with my right hand"), a habit since last
summer; before that she used her abdomen. Denies fever, no recent lupus flare.

Exam: L posterolateral upper arm, mid humerus: 3.5x3 cm necrotic plaque with
eschar, surrounding retiform purpura, firm subcutaneous induration, exquisitely
TTP. R forearm AVF with thrill. Abdomen: mild lipohypertrophy, no plaques.
Legs clear.

Impression: ddx calciphylaxis; necrotizing infection; lupus vasculopathy.
Plan: 6mm punch today (histology incl. von Kossa), second core for culture; CBC, CRP,
C3/C4.
"""),
("2018-04-10", "Nephrology Hemodialysis Note", """
NEPHROLOGY - HD UNIT MONTHLY
Pt: 49F, in-center HD MWF, Kt/V 1.4.

Skin bx 3/5/18 c/w calciphylaxis (medial calcification, thrombosed
subcutaneous vessels); cx no growth. Lesion L upper arm painful, 4x3 cm, eschar.

4/3 labs: corrected Ca 10.2 (measured 9.6), phosphorus 7.1, intact PTH 955, Alb
3.0, Hb 10.4.
Vitals: BP 144/88, post wt 78.0 kg, BMI 29.9.

A/P:
1. Calciphylaxis L upper arm - sodium thiosulfate 25 g intravenously toward
   the end of each run, thrice weekly. Calcium binder stopped; sevelamer
   1600 TID. Cinacalcet up.
   Dialysate calcium bath 2.0.
2. DM2 - insulin per endo; should use abdomen or thighs, avoid the L arm.
3. SLE - hydroxychloroquine per rheum.
4. Refer surgery to discuss parathyroidectomy if PTH stays > 800.
"""),
("2018-09-21", "Social Security Disability Consultative Examination", """
CONSULTATIVE EXAMINATION - DISABILITY DETERMINATION SERVICES
Claimant: D.S., female, 49. Alleged impairments: kidney failure on dialysis,
lupus, diabetes, "skin disease of the arm."
Source: claimant (reliable) and records supplied by DDS.

History: Has dialyzed in-center thrice weekly since 2015, 4 hr sessions plus travel.
Calciphylaxis of the left upper arm diagnosed by skin biopsy 3/2018, treated with
thiosulfate; wound still open, daily dressing by her sister. Insulin-treated
diabetes. Fatigue on non-dialysis days.

Exam: Ht 5'4", Wt 174 lb, BMI 29.9. BP 150/90. Alert, oriented.
L upper arm (posterolateral): 2.5x2 cm ulcer, clean base, tender; shoulder
abduction limited to 90 deg by pain. R forearm AVF. Grip 4/5 L, 5/5 R.
Gait normal, no assistive device.

Medical source statement: can lift 10 lb occasionally with the right arm,
should avoid repetitive overhead reaching on the left, sit 6 hr, stand/walk
2 hr in an 8 hr day; will miss 3 days/week for dialysis.
"""),
]}

C07 = {"patient_id": "C07", "age": 63, "sex": "M", "notes": [
("2023-04-19", "Orthopedic Fracture Clinic (Workers' Compensation)", """
ORTHO FRACTURE CLINIC - WC
63 yo M, maintenance tech at an apartment complex, fell from a 6 ft stepladder
at work 04/12/2023 and rolled the R ankle. Seen in urgent care, splinted.
PMH: ESRD with HD on Tu/Th/Sa; DM type 2 (on linagliptin), HTN, morbid obesity
(BMI 41), CAD w/ PCI 2019. No warfarin.

Exam: R lateral malleolus swelling/ecchymosis, TTP distal fibula, medial side
nontender. Skin intact. DP/PT 1+.
XR R ankle 3 views: nondisplaced distal fibula fx below the syndesmosis
(Weber A), mortise stable.

Dx: R Weber A fibula fx, work injury.
Plan:
- Tall pneumatic CAM walker applied R today (04/19/2023); straps snugged,
  top strap sits across the R upper posterior calf. Wear at all times when up.
- WBAT in boot, no driving.
- Work: seated duty only x 6 wks.
- Recheck w/ XR in 4 wks.
"""),
("2023-07-06", "Wound Care Clinic Note", """
WOUND CARE CLINIC

Pt 63M on HD, DM2, here for painful wound of the R leg.
Onset: since June - "started like a bad cramp then went purple." Still puts the
walker boot on for longer walks per ortho. Denies fall or knock to the leg.

Exam: R upper posterior calf: black-eschar ulcer 3x2.5 cm, violaceous
retiform border, induration 2 cm around, severe tenderness to light touch.
R ankle: mild residual swelling only. Pedal pulses faint, ABI not reliable
(calcified vessels).
Vitals: T 98.0, BP 160/92, BMI 40.6.

Assessment: necrotic R calf ulcer, ESRD + DM - suspect calciphylaxis; ddx
arterial ulcer.
Plan: 4mm punch from ulcer margin today; arterial duplex; silver alginate,
no compression. Message to his nephrologist.
"""),
("2023-10-30", "Independent Medical Examination (Workers' Compensation)", """
INDEPENDENT MEDICAL EXAMINATION - WC
Examinee: L.B., 63 M.  DOI 04/12/2023.  Accepted: right ankle (distal fibula fx).
Requested by: Brightwater Risk Services.

Records: urgent care 4/12/23; ortho 4/19-6/14/23; wound care 7/6/23-10/2023;
pathology 7/6/2023 (calciphylaxis); HD unit records.

History: ladder fall with R ankle fracture, treated in a tall CAM walker from
4/19/23, weaned by late June. Painful ulcer of the right calf since June 2023,
biopsy-proven calciphylaxis, on sodium thiosulfate with HD.

Exam: Wt 128 kg, BMI 40.2. R ankle: healed, ROM DF 10 / PF 40, stable.
R calf: 2x1.5 cm healing ulcer, dressing clean.

Opinion: ankle fracture healed, MMI 09/2023; impairment 2% LEI per AMA Guides 6th.
The calf ulcer's relation to treatment of the accepted injury was not among the
questions referred and I offer no opinion on it.
Work status: regular duty for the ankle.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
