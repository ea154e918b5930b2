"""probe198 corpus notes, F01-F07 (Canadian community hospitals, home care and the clinics around them; all invented)."""

F01 = {"patient_id": "F01", "age": 71, "sex": "F", "notes": [
("2018-10-02", "Home Care Nursing Visit", """
NE LHIN HOME & COMMUNITY CARE - NURSING VISIT RECORD
Service provider: Boreal Community Nursing, Muskeg Falls branch (RPN)
Client: 71 yo F, lives w/ spouse on a farm lot off Conc. 4, ~40 min from town.

Reason for service: Fragmin (dalteparin) 5000 units SC daily x 4 wks after d/c from
Muskeg Falls District Hosp. s/p ORIF R ankle 22-Sep-2018, NWB R leg. First home dose
given by our agency 24-Sep-2018.
Hx: ESRD, HD Tu/Th/Sa in town (satellite), DM2 on Lantus 18 u qhs,
HTN, OA both knees. Not on Coumadin.

VS: BP 148/82  HR 76  T 36.7 C  SpO2 96% RA.  CBG 8.9 mmol/L.
Fragmin given to L lower quadrant abdo today, approx 5 cm lateral to umbilicus. Per
the injection log the sites should alternate L/R lower abdo, but client asks for the
L side most days ("the right side is too tender").
Skin: old inj sites soft, no lumps, no bruising. Cast R leg dry and
intact, toes pink & warm.
Wt 88kg; BMI 33.1 (hosp chart).
Plan: daily visits until end of course 21-Oct. Reviewed fall prevention, uses walker.
"""),
("2018-10-19", "Home Care Nursing Visit", """
HOME CARE NURSING - RN VISIT (requested by RPN re: skin change)
S: Client reports a new, very painful patch on her tummy since yesterday afternoon,
"like a burn from underneath". Pain 9/10, Tylenol #3 not touching it. Slept poorly.
O: T 37.4  BP 152/80  HR 92.
L lower abdo: violaceous, star-shaped area ~6 x 4 cm w/ a lacy purple rim and firm
centre that is turning grey-dusky. It sits right over the area where her Fragmin
has been injected since 24/09 - several needle marks are inside the patch.
R lower abdo: a few faded bruises only, skin soft.
A: new necrotic-looking plaque at injection sites, dialysis pt. ?calciphylaxis vs
haematoma vs heparin skin reaction.
P: Fragmin HELD today. Called MRP Dr. Oyelaran at 14:20 - wants her seen in ED today.
Photos uploaded to the wound app (consent obtained). Spouse driving her in.
Supervisor notifed.
"""),
("2018-10-26", "Dermatology Telemedicine Consult", """
ONTARIO TELEMEDICINE - DERMATOLOGY CONSULTATION
Patient at: Muskeg Falls District Hospital, Med/Surg 2, presented by RN B. Tremblay.
Consultant: Dr. R. Vasquez-Holm (remote site)

71F. Dialysis-dependent (HD) renal failure; type 2 DM, takes Lantus; recent R ankle ORIF.
BMI 33.4 (adm wt 88.9 kg).
HPI: L lower abdo plaque, exquisitely painful, began 18/10/2018, inside the
field where home care has given her daily SC dalteparin since 24/09/2018.
Punch bx by Dr. Oyelaran on the ward 22/10: Ca++ deposited in tiny subcut vessel
walls, w/ thrombus and necrotic fat; von Kossa +ve.
Exam (video + high-res photos): 7x5cm indurated plaque, retiform, w/ central black
eschar, L lower abdomen. Thighs, flanks and R abdomen clear.
Labs 24/10: Ca 2.52, PO4 2.31 mmol/L, PTH 96 pmol/L, alb 29 g/L.
Impression: biopsy-proven calcific uremic arteriolopathy (calciphylaxis). It has
come up precisely where her dalteparin was being injected.
Rec: STS 25g IV each dialysis; CaCO3 -> sevelamer; abdomen off limits for
SC meds - home care to move her Lantus to the posterior upper arms;
NSWOC to guide dressings; pain service referral.
"""),
]}

F02 = {"patient_id": "F02", "age": 63, "sex": "M", "notes": [
("2020-11-02", "Home Care PD Support Visit", """
SHA HOME CARE - HOME PD SUPPORT VISIT
Town of Aspen Coulee. Seen in home, wife present.

63 M on CCPD (cycler nightly, 4 exchanges, last fill 1.5 L). No PD concerns:
effluent clear, exit site clean/dry, non tender.
Hx: ESRD from IgA nephropathy, DM2 diet controlled since 2016 (A1c 6.6% in Sept),
hypertension, R trochanteric bursitis.
Meds: Replavite, calcitriol 0.25mcg, Tums (CaCO3) 500mg tid with meals,
amlodipine, Eprex weekly.
Pain mgmt: for the hip he heats a wheat-filled "magic bag" in the microwave and
keeps it on his R outer thigh just below the hip every night while on the cycler,
since Thanksgiving Monday. Skin there pink but intact, no blisters.
Counselled re heat injury - wrap the bag in a towel, limit to 20 min. Client says
he "can't feel it through the blanket anyway".
VS: BP 136/78 HR70 T36.5 wt 97.2kg BMI 30.0.
Next visit in 2 wks.
"""),
("2020-12-04", "Nephrology PD Clinic Note", """
REGIONAL PD PROGRAM - NEPHROLOGY CLINIC
Prairie Sky Health Centre, Aspen Coulee

63M on CCPD x 3 yrs. Seen urgently for R thigh pain.
Began ~3 wks back, a firm sore area, outer aspect R thigh; now
"like a hot knife", 8/10, worse at night. No fever.
Still using the microwaved wheat bag on that same spot nightly since Thanksgiving.
O: afebrile, BP 142/80. R lateral thigh: 8x5cm violaceous, indurated plaque;
branching livedo at the margins and a 1 cm dark centre, exquisitely tender.
Left thigh normal.
Labs: Ca 2.61 mmol/L (on CaCO3), PO4 2.05, PTH 71 pmol/L, alb 33.
Imp: calciphylaxis (clinical dx), R lateral thigh - precisely where the heat bag
sits each night.
Plan: stop the heat bag. Stop calcium carbonate, start lanthanum. Refer derm for
biopsy (confirm + baseline), STS discussed. Analgesia: hydromorphone 0.5mg q4h prn.
"""),
("2020-12-17", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION - Prairie Sky Health Centre (visiting dermatologist)

Reason: confirm calciphylaxis, R thigh; follow-up of biopsies.
Hx per PD team and pt: onset approx 13-Nov-2020; heat from a microwaved wheat bag
applied to this area nightly since 12-Oct-2020 for bursitis. DM2 (diet only).
Wt 97kg, BMI 30.0.
Biopsies taken here 09/12/2020 (two 6mm deep punches, margin of plaque).
Path: calcified media in small vessels, thrombus within lumens, lobular
panniculitis w/ calcium - fits calciphylaxis.
Exam: plaque on R lat thigh 9x6cm, central eschar 2cm, retiform purpura around the
rim, not fluctuant; biopsy sites healing.
Impression: biopsy-confirmed calciphylaxis (calcific uraemic arteriolopathy) where
heat was applied over and over - Koebner-type localisation.
Plan: no local heat of any kind. STS 25g IV thrice weekly (nephrology arranging access),
wound care by home care nursing, f/u 6 wks.
"""),
]}

F03 = {"patient_id": "F03", "age": 58, "sex": "F", "notes": [
("2022-06-08", "Continuing Care OT Home Visit", """
NS CONTINUING CARE - OCCUPATIONAL THERAPY HOME VISIT
Harbourline Home Nursing & Rehab, Fundy Shore zone

58 y/o F home from Fundy Shore Regional after a 6-wk admission (sepsis,
deconditioning). Non-ambulatory at present. Bariatric floor lift + full body sling
(XL, padded) delivered and in use since d/c home at the end of May.
Transfers: CCA x2, bed <-> commode <-> w/c, 4-5 times a day.
Sling fit checked: the leg pieces pass under both thighs and cross behind them; pt
reports "the straps bite into the backs of my legs" on every lift. Red strap marks
across the posterior thighs bilat, blanching, skin intact.
PMH: ESRD on HD MWF, DM on NPH insulin, AF on warfarin, obese (class III,
BMI 41.2).
Plan: trial sling liner pads; CCA re-education on strap crossing; reassess 4 wks.
Equipment: bariatric commode, 2 slider sheets, tilt w/c on order.
"""),
("2022-08-03", "Home Care Nursing Wound Assessment", """
HOME CARE NURSING - WOUND ASSESSMENT
Reason: CCA reported a "black spot" on client's left leg on 2 Aug.

Client says it first came up mid-July as a hard purple very sore area on the
posterior L thigh; she took it for a bruise. Pain 8/10 with every transfer.
Location: L posterior mid-thigh.
Size: 5.5 x 4.0 cm; centre: black eschar 2x1.5cm, stable, no drainage; around it a
purple net-like discolouration; periwound indurated. No odour.
R posterior thigh: strap marks only, intact.
VS T36.9, HR 88, BP 118/64 (post-HD day). CBG 11.2 mmol/L (NPH bid).
INR 2.4 on warfarin (lab draw Mon).
Dressing: cleansed NS, dry gauze + ABD, held w/ roll gauze.
Plan: photo to NP, request derm/nephrology review, visits increased to 3x/wk.
"""),
("2022-08-19", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE - Fundy Shore Satellite Hemodialysis
58F, ESRD on HD 3x/wk via R IJ tunnelled line.
Skin bx (Dr. MacIsaac, 10 Aug 2022, L posterior thigh lesion): arteriolar medial
calcification with luminal thrombosis and necrotic fat. Dx: calciphylaxis.
Lesion today: L posterior thigh, 6x4.5cm, eschar intact, no cellulitis.
Risk review: on warfarin for AF -> apixaban 2.5mg BID planned in its place
once cardiology agrees; PO4 2.4 mmol/L, Ca 2.38, PTH 112 pmol/L; NPH insulin.
Wt 108.6 kg, BMI 40.8.
Plan: STS 12.5g IV in the last hour of each run x 3/wk; lengthen HD
to 4 h; change calcium-based binder to sevelamer; cinacalcet 30 mg daily. Home care
wound plan to continue; she is mobilized by mechanical lift at home.
"""),
]}

F04 = {"patient_id": "F04", "age": 66, "sex": "M", "notes": [
("2019-06-11", "Outpatient Minor Procedure Note", """
KETTLE RIDGE COMMUNITY HOSPITAL - OUTPATIENT MINOR PROCEDURES
Procedure: elliptical excision, nodular basal cell carcinoma, L upper back
Date: 11 June 2019    Operator: Dr. H. Lindqvist (GP surgeon)

66M. 1.2 cm pearly papule with rolled edge over the L scapula, dermoscopy typical
of nodular BCC.
Relevant hx: ESRD on home nocturnal hemodialysis (6 nights/wk), not diabetic, CAD.
Took warfarin 2012-2013 after a DVT, stopped; now on ASA 81 mg, held x 5 days.
Local: 8 mL 1% lidocaine w/ epi. Excised w/ 4 mm margins, 3.5 cm ellipse oriented
along skin lines. Haemostasis w/ cautery. Closure: deep 3-0 Vicryl; subcuticular
4-0 Monocryl; Steri-Strips + Mepore.
EBL minimal. Specimen to path.
Aftercare: dressing dry x48h, Tylenol prn, strips off at 10 days. Home HD may
run as usual; home HD nurse informed. BMI 26.8.
"""),
("2019-08-20", "Home Hemodialysis Clinic Note", """
HOME HEMODIALYSIS PROGRAM - CLINIC VISIT (Interior region, Kettle Ridge)
66M, nocturnal home HD 6 nights/wk via L arm fistula, monthly review.
Concern today: the scar on his L upper back "went purple and hard" since early August,
now very sore and keeping him awake. Wife noticed a black spot 3 days ago.
O: healed 3.5 cm excision scar over the L scapula; at its lateral end a 3x4cm
violaceous indurated plaque, netted purple margin, black centre ~1cm.
No pus, no warmth beyond the plaque. T 36.8.
Monthly labs: Ca 2.44, PO4 1.98 mmol/L, PTH 58 pmol/L, albumin 35.
Meds: calcium acetate w/ meals, alfacalcidol 0.5 mcg, ASA.
A: ?calciphylaxis in the excision scar vs late wound infection.
P: urgent derm outreach referral for biopsy; swab; switch calcium acetate to sevelamer;
continue HD prescription unchanged.
"""),
("2019-09-05", "Dermatology Outreach Consult", """
DERMATOLOGY OUTREACH CLINIC - Kettle Ridge
Referred by the home HD nephrologist re: L upper back lesion.
66M, ESRD on nocturnal home HD. Not diabetic. Past warfarin (2012-13).
Path: 6 mm punch bx 27/08/2019 from plaque edge: small dermal/subcut
arterioles with calcified media, microthrombi, von Kossa +. No residual BCC.
Diagnosis: calciphylaxis arising in the BCC excision scar (excision 11-Jun-2019),
L upper back; onset early Aug 2019. This localisation to recent surgical trauma is
well described.
Exam: 4x5cm plaque, 1.5cm dry eschar. Rest of trunk and legs: clear.
BMI 26.5.
Plan: sodium thiosulfate with home HD (home HD nurse to teach), hold off sharp
debridement; silicone foam to protect it; review 4 wks. Letter to surgeons: avoid further
elective skin procedures while disease active.
"""),
]}

F05 = {"patient_id": "F05", "age": 59, "sex": "M", "notes": [
("2021-12-28", "Health Centre Nursing Note", """
RED WILLOW HEALTH CENTRE - NURSING / WALK-IN
59M, walked in w/ wife. Slipped on ice on his back step Boxing Day evening (26/12)
and his R shin scraped on the step edge as he went down. Didn't hit his head,
didn't pass out.
Hx: ESRD on PD (home cycler, Dr. Nakamura, regional PD program), type 2 DM on
gliclazide, gout, HTN. Overweight, BMI 29.9.
O: R ant. mid-shin: skin tear with flap, 5x2cm, category 2 (partial flap loss),
edges dusky, small ooze. Pedal pulses palpable. Ankle full ROM, no bony tenderness.
Tx: NS cleanse; flap rolled back over with a moist cotton-tip applicator; Mepitel One
and dry gauze, roll gauze over. Arrow drawn on the dressing for flap direction.
Td booster 2019 - up to date.
Plan: home care nursing to change outer dressing q3-5 days; return if redness or fever.
Checked PD exit site - clean.
"""),
("2022-01-06", "Home Care Nursing Visit", """
HOME CARE NURSING VISIT - skin tear follow-up
Client seen at home, wife present, dog put outside for visit.
R anterior shin skin tear: flap adherent approx 90%, edges pink, scant serous
exudate, no erythema beyond the wound, no odour. Now 4.5 x 1.5 cm.
Pain 2/10. Mepitel left in place, outer gauze changed.
Client managing PD well, weighs daily, wt 92.4 kg today. No swelling of ankles.
CBG log 6-10 mmol/L on gliclazide, no lows.
Plan: visits 2x/wk until closed; teach wife the outer dressing change so she can
do it between visits. Call the office if the flap lifts or goes dark.
"""),
("2022-01-24", "Emergency Department Note", """
EMERGENCY - Portage Bend Community Hospital
CTAS 3. Triage 09:40.
CC: painful black sore R shin x 2 wks, can't sleep.
HPI: 59M on home PD. Says the shin "turned purple and hard, then black" over the past
two weeks; pain 10/10, out of keeping w/ size. Denies fever. Not sure what started it.
PMH: ESRD/PD, DM2 (gliclazide), HTN, gout. NKDA.
O: VS T37.1 HR96 BP 158/84. R ant mid-shin: adherent black eschar 3x3cm,
retiform purpura spreading ~8cm, indurated; very tender, no fluctuance or
lymphangitis. Pedal pulses present.
Bloodwork: CRP 41, WBC 9.8, Ca 2.49 mmol/L, PO4 2.2, alb 30.
Impression: necrotic ulcer R shin in a PD patient - ?calciphylaxis; nec fasc felt
unlikely clinically.
Plan: cefazolin x1 then cephalexin, renal dosing. Urgent nephrology/derm referral
for biopsy. Hydromorphone for pain. D/c home with wife.
"""),
("2022-02-03", "Nephrology PD Clinic Note", """
REGIONAL PD CLINIC - NEPHROLOGY FOLLOW-UP
59M on CCPD. Punch bx R shin lesion (27 Jan, Dr. Nakamura) - path: calciphylaxis
(calcified subcutaneous arterioles, thrombosed).
Lesion: R ant mid-shin eschar 3.5x3cm, purpura fading at rim, no infection.
Pain better on hydromorphone 1 mg q4h prn.
Labs: PO4 2.3, Ca 2.45, PTH 84 pmol/L.
Diabetes: A1c 7.1% on gliclazide; no insulin.
Wt 91.8kg (BMI 29.9 - overweight range).
Plan: STS 25g IV 3 times a wk at the hospital's ambulatory care unit; extra
daytime exchange to boost clearance; calcium carbonate -> sevelamer; home care
nursing for the wound (foam, no compression); review 3 wks.
"""),
]}

F06 = {"patient_id": "F06", "age": 77, "sex": "F", "notes": [
("2017-03-07", "CCAC Community Nursing Initial Visit", """
CCAC - COMMUNITY NURSING INITIAL VISIT
Provider: Lakehead Shores Nursing Co-op (RN). Client: 77 F, lives alone, 2nd floor apt.
Referral: B12 deficiency (pernicious anaemia); cyanocobalamin 1000 mcg IM monthly,
client unable to get to the clinic.
First dose given today 07/03/2017 IM, R vastus lateralis (R outer thigh), 23G 1 inch.
Client declines deltoid ("my arms are all bone") - chose the thigh; same site monthly
per her preference, noted on care plan.
Other hx: MVR (mechanical, 2009) - on warfarin with an INR aim of about 3 for
the valve; HTN, OA, obesity. No kidney problems per client; not diabetic.
Wt 94kg, ht 160.5cm -> BMI 36.5.
INR (POC) 3.1.
Teaching: bleeding precautions, firm pressure 2 min after IM d/t warfarin.
Next visit 04-Apr-2017.
"""),
("2017-07-21", "Family Medicine Visit", """
FAMILY MEDICINE - Lakehead Shores FHT
S: 77F c/o exquisitely tender lump on R outer thigh, began about 6 weeks ago as a
"hard bruise", now the skin has broken down in the middle. Can't sleep with the pain.
No fever. Home care nurse still comes monthly for her B12 shot.
O: BP 138/76, T 36.6. R lat thigh: firm purple plaque 6x5cm, lacy edge,
1.5 cm central necrotic ulcer with dry black base.
Bloodwork last wk: creat 81 umol/L, eGFR 64, Ca 2.36, PO4 1.12, alb 36, INR 2.9.
A: necrotic painful plaque, R thigh - ddx warfarin-related skin necrosis,
panniculitis, ?calciphylaxis (non-uremic; warfarin, obesity).
P: urgent derm referral (outreach clinic at Lakehead Shores General), dressings by the
CCAC nurse, acetaminophen + low-dose hydromorphone. Leave warfarin alone until derm
has seen her (mechanical valve).
"""),
("2017-08-10", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION - Lakehead Shores General Hospital outreach clinic
77F, normal renal function, mechanical MVR on warfarin, obese (BMI 36.1).
Painful R lateral thigh plaque since about 9 June 2017 per FP.
Punch bx 31/07/2017 (deep, 2 cores): calcified small- and medium-sized subcut
vessels, intimal hyperplasia, thrombosis, septal panniculitis - calciphylaxis.
Non-uremic calciphylaxis, biopsy-proven.
Worth noting: it sits squarely on the spot where her monthly IM vitamin B12 has
been injected since March (R vastus lateralis), a recognized trauma-site localisation.
Exam: 7x6cm, 2cm eschar, no infection.
Plan: warfarin cannot just be stopped with a mechanical valve - cardiology to advise
(LMWH or other); switch B12 to oral 1000 mcg daily, no further injections into the R
thigh; STS 3x/wk IV via ambulatory care; wound care by CCAC nursing.
"""),
]}

F07 = {"patient_id": "F07", "age": 70, "sex": "M", "notes": [
("2023-11-20", "Community Health Nursing Home Visit", """
COMMUNITY HEALTH - HOME VISIT, Gullrock Harbour
70 y/o M, lives w/ son. HD M/W/F in Corner Bay, 90 min by road, family drives.
Visit for BP check and med review after a missed run last Fri (storm, road closed).
House heated by a wood stove in the kitchen. Since the fall he sits on the daybed
most of the afternoon with both shins within a foot of the stove front -
"best thing for my cramps". Shins warm and reddened, skin intact, no blisters.
Counselled: move back from the stove, use a blanket instead; son says he will move
the daybed.
Hx: ESRD secondary to diabetic nephropathy, type 2 DM (linagliptin; not on
insulin), PVD, ex-smoker.
VS: BP 168/92 (missed run), HR 84, wt 81kg BMI 27.5.
Reinforced fluid restriction 1 L/day. Will liaise w/ HD unit re: storm plan.
"""),
("2024-01-16", "Community Clinic NP Note", """
GULLROCK HARBOUR COMMUNITY CLINIC - NURSE PRACTITIONER
S: 70M, HD pt, c/o "sore that won't heal", L shin, first noticed New Year's Day.
Began hard and purple, then blackened. Pain severe, 8-9/10, worse at night,
not helped by Tylenol.
O: T 36.9 BP 150/86. L ant shin: black eschar 2x3cm, lacy violaceous border
(livedo) to 6cm, hard to touch. R shin: no lesion. DP pulses weak bilat.
A: necrotic ulcer L shin in a dialysis pt - ?calciphylaxis, ?arterial ulcer (PVD).
P: phoned the on-call nephrologist (Corner Bay) - biopsy arranged for his next HD day.
Dressing: Inadine + ABD, changed by community nursing q2d.
Pain: hydromorphone (renal dosing) 0.5mg PO q4h PRN.
"""),
("2024-02-02", "Nephrology HD Rounds", """
HEMODIALYSIS ROUNDS - Corner Bay Regional Health Centre
70M, diabetic nephropathy -> ESRD, HD MWF, L AVF.
Skin biopsy L shin 19-Jan-2024: subcutaneous arterioles calcified and thrombosed -
confirms calciphylaxis.
Wound: L anterior shin eschar 3 x 3.5 cm, dry, no cellulitis. ABI 0.9 on the L.
Labs: PO4 2.6, PTH 140 pmol/L, Ca 2.47, alb 31, Hb 98.
Plan: STS 25g IV post-run x3/wk; cinacalcet 30 mg; CaCO3 off -> sevelamer
800mg tid; runs lengthened to 4.5h; community nursing for the wound
(Inadine/ABD, no debridement); palliative team referral re: pain.
DM2 on linagliptin. wt 80.2kg BMI 27.2.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
