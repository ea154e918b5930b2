"""probe264 corpus notes, N01-N07 (prior-authorization, appeal and peer-to-peer documents plus the
nephrology, dialysis, dermatology and wound-clinic notes behind them; all invented)."""

N01 = {"patient_id": "N01", "age": 58, "sex": "F", "notes": [
("2022-11-08", "Dermatology Consult", """
DERMATOLOGY CONSULT - Elmsford Skin & Laser
Referring: Dr. T. Okonkwo-Hale (nephrology)
CC: "hard sore spot by my belly button"

HPI: 58-year-old woman, ESRD. In-center HD at the Pell River unit, TuThSa, L BC
fistula. Type 2 DM on insulin since March 2021 (glargine 28u qhs, lispro
with meals). Left-handed - says every insulin shot goes into the R half of her belly.
Noticed a firm, burning spot just R of the umbilicus 3 weeks ago; it darkened to plum and
now has a black core.
Pain 9/10.

Exam: R periumbilical abdomen - 6.0x4.2 cm indurated violaceous plaque, central dry
eschar 2x1.5 cm, retiform purpura along the margin. Scattered lipohypertrophy from
old injections nearby. L abdomen soft, no lesions. BMI 36.2.

Procedure: punch x2 (6mm), advancing edge, H&E + von Kossa.

Assessment: eschar-topped retiform purpura sitting squarely on her insulin injection
zone; calciphylaxis strongly favored pending pathology. Meanwhile she should shift
insulin to her
thighs. Stop Ca carbonate.
"""),
("2022-11-21", "Prior Authorization Request - Specialty Pharmacy", """
PRIOR AUTHORIZATION REQUEST - SPECIALTY MEDICATION (EXPEDITED)
Payer: Crestline Health Plan, Medicare Advantage
Requested: sodium thiosulfate 25 g IV thrice per week, run over 45 min at the tail of HD,
12 weeks (36 doses)
ICD-10: N18.6 / E83.59 / E11.622 / L98.492 / Z99.2
Prescriber: Tomasz Okonkwo-Hale MD, Nephrology

Clinical summary: 58F on HD since 2017 with insulin-requiring type 2 diabetes. Painful
ulcerated plaque of the R periumbilical abdomen, onset approx 10/18/2022, located where
the member has self-injected insulin since 03/2021. Punch bx 11/08/22: calcium-encrusted
arteriolar media in the subcutis, VK+, intimal thickening -> calciphylaxis.
Labs 11/14: iPTH 612 pg/mL; PO4 6.8 mg/dL; total Ca 9.4.

Tried: calcium carbonate stopped, sevelamer started; cinacalcet titrated up; dialysate
bath Ca dropped to 2.0.
Why urgent: necrosis is spreading; condition carries high 1-yr mortality.
"""),
("2023-01-10", "Wound Clinic Progress Note", """
WOUND CARE CENTER - progress note, week 6
Dx: calciphylaxis, R periumbilical abd wall (bx-proven Nov 2022). STS with HD since
11/28 (auth CR-22-118833 approved).

Wound: 5.1x3.6x0.3 cm; 80% adherent yellow slough, 20% pink granulation; superior edge
rolled; mod serous exudate, odor absent; periwound induration less than last visit.
Pain now 5 of 10, down from 9 at intake.

Tx today: pt declined sharp debridement; collagenase daily to slough, calcium alginate,
bordered foam. Insulin now given in both thighs only per derm, no new spots there.
BMI 35.8 on today's weight of 97.1 kg.

Plan: STS unchanged; recheck 2 wks; if area not down 30% by wk 10, submit HBO request.
"""),
]}

N02 = {"patient_id": "N02", "age": 67, "sex": "M", "notes": [
("2023-09-19", "Nephrology PD Clinic Note", """
PD CLINIC - Larkspur Home Dialysis
67M on CCPD x 3 yrs (ESKD from IgA nephropathy). No diabetes (June HbA1c 5.4).
Provoked DVT 2014, took warfarin about 2 yrs, off since 2016.

Interval: L knee OA flare. Saw ortho 8/30, declined a steroid injection. Since Labor Day
he has strapped a freezer gel pack against the inner L knee nightly for 30-45 min;
"some nights I wake at 3 and it's still on there."

Exam: BP 142/84, wt 101.6 kg, BMI 31.4. L knee: trace effusion, pain on pressing the
medial joint line, skin intact, no color change. Catheter exit: clean.
Labs: PTH 488 (Sept), Kt/V 1.9 weekly, phos 6.1, corrected Ca 9.9, albumin 3.4.

Plan: binder - sevelamer two tabs per meal; Sensipar 30 begun; told to wrap the ice in
a towel and
cap it at 20 min. Acetaminophen ok, no NSAIDs.
"""),
("2023-10-24", "Wound Clinic Consult", """
WOUND / OSTOMY NURSING CONSULT
Reason: painful wound inner L knee
HPI: PD patient sent by Dr. Vasquez-Lindqvist. Began in early October as a mottled purple
patch on the medial L knee, right where he had been icing; turned black inside a week.
Still puts the gel pack on it "because it numbs it."
Exam: L medial knee 3.2x2.4 cm dry black eschar, encircled by an ~8 cm halo of livedo plus
induration; even light touch is unbearable. DP/PT 2+, ABI L 1.1.
Impression: ischemic necrotic wound; concern for calciphylaxis given PD, high phosphate and
the retiform pattern. Derm asked to biopsy.
Plan: no more ice; povidone-iodine paint to eschar and keep dry; offload; pain regimen
per PD
team.
"""),
("2023-12-05", "Appeal Letter - Hyperbaric Oxygen", """
Re: Level 1 appeal, denial of hyperbaric oxygen therapy, ref HB-23-40571
Tallgrass Mutual Health - Appeals & Grievances

To the Appeals Coordinator,
Please reconsider the denial for my patient, aged 67, who does peritoneal dialysis at
home. Biopsy on 27.10.2023 (Dr. Ingrid Saelens, dermatology) demonstrated calciphylaxis -
vessel-wall calcium in the dermis and subcutis highlighted by von Kossa, thrombi in lumina,
and necrosis of fat lobules. The ulcer lies on the medial L knee, where he applied a
frozen gel pack
nightly from 4 September 2023; skin changes appeared in early October 2023.
Despite intravenous STS 25 g on Mon/Wed/Fri since 06.11.2023 and local care, the
eschar has grown to 4.0x3.1 cm. We request HBOT at 2.0-2.4 ATA, 90 min, 30 sessions, as
adjunctive therapy. The denial called this "not a covered indication"; we ask for individual
review. BMI 31.0. Warfarin exposure remote (2014-2016).

Sincerely,
Marguerite Vasquez-Lindqvist, MD, Nephrology
"""),
]}

N03 = {"patient_id": "N03", "age": 49, "sex": "M", "notes": [
("2020-06-23", "Nephrology Clinic Note", """
RENAL CLINIC F/U - Adebayo Frost MD
49M, ESRD from FSGS, HD MWF at Riverbend Dialysis since 2015, R forearm AVF.
Nondiabetic, HbA1c 5.1. Has never taken an anticoagulant.

New: L inguinal hernia found by gen surg early this month; elective repair put off until
cardiology clears him. Since early June he has worn an over-the-counter elastic hernia
belt whose hard foam pad presses on the L groin all day, strapped tight, "otherwise it
pops out while I'm in the dialysis chair."

Exam: 86 kg on the chair scale, BMI 28.7. Reducible L inguinal bulge, overlying skin
unremarkable.
Chemistry (6/16): PTH 930; calcium 10.1 and phos 7.4 (!). Missed 3 treatments in May.

A/P: hyperphosphatemia w/ poor adherence -> dietitian; lanthanum up to 1000 mg TID;
parathyroidectomy referral discussed. Hernia repair per surgery once cleared.
"""),
("2020-08-26", "Dermatology Consult - Inpatient", """
DERM CONSULT, Riverbend Regional, 6 West
Asked to evaluate: very painful L groin lesion.

Pt reports the L groin has had a sore lump since 8/12, darkening over the last week;
admitted yesterday for pain control. Belt pad removed by nursing on arrival.

Exam: L inguinal crease 5x3.5 cm star-shaped purpuric plaque, necrotic centrally, ringed
by livedo racemosa; reducible hernia bulge just superior. Exquisite
tenderness out of proportion to size. No fluctuance.

Labs reviewed: PTH 930 (June), phos 7s, Ca x P > 70.

Impression: most c/w calciphylaxis; DDx deep soft-tissue infection (not
favored; afebrile, WBC 7.9), vasculitis.
Plan: 2 incisional bx today (edge + center), tissue cx. Wound care: moisten eschar edges,
nonadherent dressing. Pain svc following.
"""),
("2020-09-15", "Peer-to-Peer Review Summary", """
PEER-TO-PEER REVIEW - UTILIZATION MANAGEMENT
Plan: Northgate Community Health Plan   Case: UM-2020-77412
Service: STS 25 grams IV three times per week on HD days, 3 months; specialty wound
dressings
Call: 2020-09-15 14:10, 18 min
Participants: Adebayo Frost MD (treating nephrologist); Helen Marchetti DO (plan
medical director)

Summary: Dr. Frost reviewed the case - ESRD on HD, incisional biopsy 08/26/2020 confirmed
calciphylaxis of the L groin (medial calcification, microthrombi, von Kossa +); onset
12 Aug 2020. Parathyroidectomy deferred until pain is controlled. Dr. Marchetti raised
off-label status; treating MD cited observational cohorts and society guidance and the
lack of any labeled alternative.
Determination: APPROVED for 12 weeks; reauthorization needs serial wound measurements
and photos.
"""),
]}

N04 = {"patient_id": "N04", "age": 72, "sex": "F", "notes": [
("2022-01-03", "Dialysis Unit Progress Note", """
HD ROUNDING NOTE - Copperfield Dialysis, chair 14
72F. Kidney failure, hypertensive; HD Mondays/Wednesdays/Fridays, R
upper arm loop graft. T2DM on linagliptin (insulin never). Warfarin for AF, aiming INR 2
to 3.

Back today after Ashcombe Memorial stay 12/27/21-12/31/21 for RLL pneumonia. Per the
discharge summary a 20g PIV went into the L volar forearm in the ED on 12/27 and was held
with cloth tape; it stayed until discharge. L forearm today: faint rectangular pink mark
where the tape was, skin unbroken, no palpable cord.

Tx: 3.5 hrs, net fluid removal 2.1 L, post-weight 63.8 kg. INR 3.4.
Plan: warfarin per anticoag clinic; restart ESA; hep B titer due.
"""),
("2022-01-28", "Dermatology Consult", """
DERMATOLOGY - new patient (seen 1/25/22, addendum 1/28/22)
Reason: necrotic lesion L forearm, ?calciphylaxis vs septic thrombophlebitis
HPI: painful "dark spot" along her inner L forearm noticed around MLK Day,
growing and blackening. Daughter and patient both note it sits precisely where the IV
and tape sat during
her pneumonia admission in December.
Meds: warfarin, linagliptin, sevelamer, calcitriol, metoprolol.
Exam: mid volar L forearm, 3.5x2 cm necrotic plaque rimmed by retiform purpura; 1 cm
violaceous nodule 2 cm proximal. R arm graft with good thrill. BMI 24.9.
Procedure 1/25: 5-mm punch x2 (plaque edge, nodule).
Addendum 1/28: calcium encrusting subcutaneous arteriole walls and fat lobules, von
Kossa positive, luminal thrombi -> calciphylaxis. Called nephrology re STS; cardiology
paged regarding a warfarin-to-apixaban switch.
"""),
("2022-02-14", "Prior Authorization Request - Wound Care and Specialty Drug", """
PRIOR AUTHORIZATION - DME WOUND SUPPLIES + SPECIALTY RX
Plan: Bellhaven Senior Advantage
Items: STS 12.5 grams post-dialysis TIW (reduced for wt 63 kg); silver hydrofiber
4x4 and bordered silicone foam, changes 3x/wk x 8 wks
Dx: E83.59 calciphylaxis of L volar forearm (bx 01/25/2022); N18.6; I48.91; E11.9
History: onset 1/17/2022 where a peripheral IV and its securing tape had been during a
12/27-12/31/2021
admission. Warfarin stopped 01/26/2022, replaced by apixaban 2.5 twice daily. BMI 24.9.
Wound on 02/10: 3.8x2.3 cm, 60% eschar / 40% slough, scant serous drainage, periwound
violaceous.
Medical necessity: biopsy-confirmed, enlarging and painful despite binder change and
calcitriol stop; standard dressings alone are not enough.
"""),
]}

N05 = {"patient_id": "N05", "age": 54, "sex": "F", "notes": [
("2019-04-02", "Dermatology Consult", """
DERMATOLOGY CONSULT - Saint Odile University Hospital
54F. PMH: class III obesity with BMI 41.2; hypertension; OSA on CPAP; R popliteal DVT
with small PE
diagnosed 2/11/19. Kidney function normal (Cr 0.78, eGFR >90). No diabetes.
Anticoag: enoxaparin 120 mg SC q12h from 2/11/19 as a bridge, self-injected into both
anterior thighs (abdominal fold too macerated); warfarin added 2/13, INR in range
2/22, but hematology had her keep the Lovenox to 3/1.
HPI: R anterior thigh pain and a purple patch from 3/20/19, L anterior thigh 3/24/19;
both now have black centres.
Exam: B anterior thighs - R 9x6 cm, L 5x4 cm retiform purpura, necrotic in the middle,
stellate borders, woody induration, very tender.
DDx: non-uremic calciphylaxis first; also consider warfarin skin necrosis or cholesterol
emboli.
Plan: deep wedge biopsy R thigh today; protein C and S; discuss warfarin with hematology.
"""),
("2019-04-16", "Letter of Medical Necessity", """
LETTER OF MEDICAL NECESSITY - sodium thiosulfate (off-label use)
To: Pharmacy Prior Authorization Unit, Keystone Prairie Health

Dear reviewer,
My patient, a 54-year-old woman, has biopsy-proven non-uremic calciphylaxis: the wedge
biopsy of April 2, 2019 shows widespread calcium deposition within subcutaneous arteriolar
walls (highlighted on von Kossa), fibrin thrombi, septal-pattern panniculitis, without
vasculitis. Her renal function
is normal. Lesions involve both anterior thighs, starting 03/20/2019 on the right and
03/24/2019 on the left, and arose at exactly the places she had been injecting enoxaparin
twice daily from 02/11/2019. Warfarin was stopped on 04/05/2019 and apixaban substituted.
Contributing factors: obesity (BMI 41.2), female sex, vitamin K antagonist exposure.
We ask approval of sodium thiosulfate 25 g by infusion on Monday, Wednesday and Friday at
our outpatient infusion suite for 3 months, with wound care.

Rachel Ondaatje, MD - Dermatology
"""),
("2019-05-20", "Appeal Letter - Second Level", """
APPEAL, 2nd level - Keystone Prairie Health, ref KP-RX-19-55102
May 20, 2019
Re: denial of sodium thiosulfate for non-uremic calciphylaxis

Your letter of 4/30/19 says the drug "is approved only for cyanide poisoning and is not
indicated in members who are not on dialysis." We disagree. Calciphylaxis with normal
kidney function is uncommon but well described, particularly with warfarin exposure,
obesity and female sex, all present here. No therapy is FDA-approved for calciphylaxis of
any cause; published series use STS off-label in uremic and non-uremic cases alike.
Since the request the L thigh lesion has ulcerated (now 5.5x4.2 cm); the R thigh eschar is
stable but she needs hydromorphone for pain. Warfarin remains off. Wound care alone has not
stopped progression. We ask for 12 weeks of STS with weekly review.

R. Ondaatje MD / J. Whitcombe PharmD
"""),
("2019-06-03", "Peer-to-Peer Review Summary", """
PEER-TO-PEER SUMMARY (plan medical director notes)
Case KP-RX-19-55102 - 06/03/2019 - 11 min
Treating: Dr. Rachel Ondaatje (dermatology). Reviewer: Dr. Samuel Brightwater (IM).

Facts confirmed on call: 54F, eGFR >90, bx 4/2/19 calciphylaxis of both anterior thighs,
onset in March where the DVT-bridge enoxaparin had been injected; warfarin
discontinued in April. BMI 40.6 today. Not diabetic. Treating MD reports a new satellite
nodule on the L thigh.
Reviewer first cited the lack of an FDA indication; after discussion agreed that evidence
for off-label use is similar in uremic and non-uremic disease.
Outcome: denial OVERTURNED - sodium thiosulfate (25 g) three infusions weekly, 12
weeks, at an in-network infusion center.
Wound clinic measurements to be faxed every 4 weeks.
"""),
]}

N06 = {"patient_id": "N06", "age": 63, "sex": "M", "notes": [
("2025-02-10", "Dialysis Unit Nurse Practitioner Note", """
NP VISIT - Kestrel Lane Dialysis
63M, ESRD from DM nephropathy; HD T-Th-Sat, R radiocephalic fistula; insulin degludec +
aspart for T2DM.
No warfarin, no DOAC.
S: burning pain plus a black scab behind the L shoulder, noticed 10 days ago.
Frozen L shoulder since last autumn; outpatient PT lapsed over transport. Since December
he heats a microwavable wheat bag and drapes it over the L shoulder every evening,
frequently past an hour.
O: L posterior shoulder ~3 cm black eschar inside a lacy red-brown net, firm, tender.
Afebrile. Wt 118.4 kg, BMI 36.9.
Bloods: PTH 1140, phos 7.0, calcium 9.6, albumin 3.1.
Impression: worry for calciphylaxis versus a deep heat burn. No more wheat bag. Urgent derm.
Change to non-calcium binder, hold calcitriol.
"""),
("2025-02-21", "Dermatology Consult", """
DERMATOLOGY CONSULT (seen 02/18/2025; path addendum 02/21/2025)
Sent by Kestrel Lane Dialysis NP for an eschar on the L shoulder.
63 yo man on HD, insulin-treated diabetes. Pain "like a hot poker" behind the L
shoulder.
Exam: L posterior shoulder - 12x10 cm reticulated red-brown hyperpigmented network
(erythema ab igne pattern); inside it a 3.4x2.9 cm stuck-down black eschar, violaceous firm
rim, and two smaller purpuric papules.
Procedure: 6mm punch, two cores, rim of eschar.
Addendum: calcium rings around little subcutaneous vessels; several lumens clotted; fat
lobules necrotic; no full-thickness thermal epidermal necrosis. Dx: calciphylaxis
arising within
erythema ab igne.
Plan: keep all heat off that shoulder; STS through nephrology; wound clinic referral.
"""),
("2025-03-11", "Hyperbaric Oxygen Prior Authorization Request", """
HYPERBARIC OXYGEN THERAPY - PRIOR AUTHORIZATION REQUEST
Payer: Summit Ridge Health (commercial). Facility: Harborline Wound & Hyperbaric Center
Codes: 99183, G0277 x4 per session; dx E83.59, L98.492, N18.6, E11.622

Clinical summary: 63-year-old male; ESRD, hemodialysis; insulin-treated T2DM; BMI 36.9.
Biopsy-proven calciphylaxis
(2025-02-18) of the L posterior shoulder, first noticed about 01/31/2025 precisely
where he had laid a microwaved heat pack every night since December 2024. On sodium
thiosulfate since 2/24 with worsening pain; eschar now 3.8x3.1 cm. Periwound TcPO2
22 mmHg room air, 310 mmHg on 100% O2 challenge.
Request: 30 treatments, 2.4 atmospheres absolute, 90-minute dives, 5 per week. Not a
UHMS-listed indication;
submitted for individual consideration with published HBO experience in calciphylaxis.
"""),
]}

N07 = {"patient_id": "N07", "age": 69, "sex": "F", "notes": [
("2024-01-16", "Nephrology Urgent Visit - PD Program", """
PD PROGRAM - same-day visit, Thornbury Kidney Care
69F on APD since 2021 (ESKD, chronic GN). T2DM, diet only (Dec HbA1c 6.6).
Paroxysmal AF: warfarin proposed by cardiology in 2022, she declined; no anticoagulant.

S: lost her footing on an icy driveway 1/14/24 and landed hard on the R hip. Walking with
a cane since. No head strike.
O: large purple ecchymosis ~12x9 cm over the R lateral hip/trochanter, tender; ROM
painful but full. Hip films at urgent care: no fracture. Exit site clean. BMI 33.0.
Drain volumes normal overnight.
A/P: hip contusion - acetaminophen, ice 15 min at a time ok, PT referral if still sore
in two weeks.
Continue APD prescription unchanged.
"""),
("2024-02-13", "Dermatology Consult", """
DERMATOLOGY CONSULT - Thornbury Medical Group
69F on peritoneal dialysis. Since 2/2/24 a hard, intensely painful zone over her R greater
trochanter (lateral hip), inside the zone that was black and blue after her fall last
month. Pain worse at night, 8/10.

Exam: 7x5 cm firm violaceous plaque, R lateral hip; margin shows retiform purpura;
1.5 cm central ulcer, black floor. Residual yellow-green bruise staining inferiorly.
Contralateral hip and abdomen clear.

Procedure: 2 deep punch bx from the margin, von Kossa stain asked for.
Impression: suspect calciphylaxis at a recent contusion site; DDx hematoma with fat
necrosis.
Plan: path f/u; nephrology aware; bordered foam; no compression to the hip.
"""),
("2024-03-05", "Prior Authorization Request - Sodium Thiosulfate", """
PRIOR AUTHORIZATION REQUEST - Meadowlark Health Partners, pharmacy benefit
Drug: sodium thiosulfate 25 g, three infusions weekly at the infusion clinic (she is on
PD), 12 wks
Diagnosis: E83.59 calciphylaxis R lateral hip; N18.6; Z99.2; E11.9

Summary: 69-year-old woman on APD. Biopsy 02/13/2024 confirmed calciphylaxis
(calcified media of subcutaneous arterioles on von Kossa, thrombi, no vasculitis).
Lesion onset 02/02/2024 where she bruised herself falling on 01/14/2024.
Now 7.5x5.5 cm, 2.4 cm central ulcer.
Risk profile: dialysis, diabetes, obesity (BMI 32.6); no warfarin.
Measures already taken: calcitriol stopped, binder changed to sevelamer, PD calcium bath
lowered to 1.25 mmol/L. Ongoing severe pain.
Request: approve 12 weeks; will resubmit with measurements.
"""),
]}

PATIENTS = [N01, N02, N03, N04, N05, N06, N07]
