"""probe260 corpus notes, H01-H07 (perioperative, OR and PACU records and the clinics around them; all invented)."""

H01 = {"patient_id": "H01", "age": 63, "sex": "F", "notes": [
("2022-09-06", "Pre-op Holding RN Checklist", """
PRE-OP HOLDING - RN CHECKLIST            Bay 7, Larchmont Surgical Pavilion
Procedure: laparoscopic cholecystectomy (Dr. Okonkwo-Reyes)     DOS 09/06/2022
[x] ID band x2  [x] consent signed/witnessed  [x] NPO p MN (meds w/ sip 0600)
[x] H&P within 30d  [x] site n/a   Allergy: penicillin (hives)
Hx: ESRD; Westbrook unit Tu-Th-Sa via left upper-arm fistula; last run Sat; AM potassium 4.6.
T2DM, insulin pt: glargine 30 un qhs (took half dose last noc as instructed) + lispro
with meals. Pt says she gives all her own shots in her belly, "the soft bit below the ribs".
FSBG 162 on arrival.
Anticoagulants: none; warfarin - never. Aspirin 81 held since last Tues.
Ht 161cm / Wt 93.8kg / BMI 36.2
Skin: intact, no breakdown sacrum/heels.
L arm restricted - no BP, sticks or IV (fistula); sign posted at HOB.
PIV 20 g R hand, 1st attempt, LR at KVO.
"""),
("2022-09-08", "Surgical Ward RN Progress Note", """
5 WEST SURGICAL - RN progress note       POD #2 lap chole
Pain 3/10 at port sites, 4 dressings dry & intact, umbilical one with small ooze - changed.
Glucose: glargine 15 u resumed + lispro sliding scale. Pt asked on the evening of surgery that
nobody inject her abdomen near the ports, so since POD 0 (9/6) each SC insulin dose went in behind
the R upper arm (triceps area) - eMAR site field reads "R posterior arm" for every dose. L arm not
used (fistula). BG range 140-210.
Tolerating regular diet, ambulating hall x3 with standby assist. HD done on unit yesterday,
UF 2.1 L, no issues.
Plan: likely d/c home tomorow; home health referral for insulin teaching and site rotation.
"""),
("2022-10-04", "Dermatology Consult", """
Cedar Row Dermatology - new consult
Ref: Westbrook HD unit, "painful arm lesion, ?infection".
HPI: 63yoF, ESRD (HD at Westbrook), DM2 on insulin. Roughly 2 weeks ago a hard, very
tender spot appeared behind her R upper arm, and it keeps growing and darkening. Had lap chole
last month and says the ward nurses put all her insulin in that arm for several days because
of the port sites. At home she injects the abdomen only.
Exam: R arm, posterior aspect, mid-humeral level: 6x4cm firm violaceous plaque; a black
stellate eschar sits in its centre; retiform purpura at the rim. Abdomen: port scars healed, no
lesions. L arm AVF, thrill+.
A/P: strongly suspect calciphylaxis. 4mm punch off the advancing edge today, to path with a
calcium stain request.
Wound care nurse to see; pain plan with nephrology.
"""),
("2022-10-18", "Nephrology Clinic Note", """
Westbrook Nephrology Associates - f/u visit
Punch bx 10/4/22, R posterior arm: medial calcification plus thrombi in subcutaneous
small vessels, fat necrosis around them - c/w calciphylaxis. Onset ~9/20/22, exactly where the
post-op
insulin was injected last month.
Labs 10/13: phos 6.9, iPTH 812, albumin 3.1, corrected Ca 9.8.
Plan (d/w Dr. Haverkamp): sodium thiosulfate TIW at Westbrook (25 g, infuses while she is still
on the machine); Ca acetate
discontinued, sevelamer 1600 w/ meals; cinacalcet titrated 30 -> 60; 2.0 Ca bath starting
Thurs. Insulin into thighs only from
now on, keep off the R arm. Wound clinic weekly, pain reviewed - gabapentin 100 after HD.
Wt 92.9kg, BMI 35.8.
"""),
]}

H02 = {"patient_id": "H02", "age": 58, "sex": "M", "notes": [
("2019-04-11", "Intraoperative Nursing Record", """
INTRAOPERATIVE NURSING RECORD        OR 6, St. Aldric Hospital        11-APR-2019
Procedure: L inguinal herniorrhaphy, open, Lichtenstein mesh   Surgeon: Halvorsen   Anesthesia:
MAC/local
Pt 58 M, ESRD on CCPD nightly (PD catheter L abdomen, capped, not accessed); paroxysmal AF, takes
warfarin (last dose 4/6), INR 1.2 today. Not diabetic.
Position: supine; both arms abducted <90 deg onto gel-padded boards; heels floated.
Warming: upper-body forced-air cover, medium.
Electrosurgery: monopolar 30 W; dispersive return electrode placed R lateral thigh 0812 on
clean, dry skin; removed 0955.
Incision 0831, closure 0940. EBL 10 mL. Sponge/sharp/needle counts correct x2.
Skin at end of case: see PACU entry re R thigh.
"""),
("2019-04-11", "PACU Nursing Note", """
PACU phase I - arrival 1004
Aldrete 9 on arrival, 10 at 1040. VSS, SpO2 97% RA. Pain 2/10 L groin.
Skin check: after removal of the ESU return pad, R lateral thigh shows a 3x2.5cm sharply
bordered area of redness, warm, blanching, no blistering - superficial (1st degree)
ESU burn in the footprint of the pad. Surgeon + charge RN aware, safety report #PA-19-0311
filed. Cool saline compresses 10 min, then silicone foam cover.
L groin dressing clean/dry/intact.
Anesthesia note: BMI 31.4 -> falls in the class I obesity band (30-34.9); airway uneventful.
Discharged home with wife 1230; burn to be rechecked at PD clinic.
"""),
("2019-05-14", "Dermatology Clinic Note", """
Dermatology - St. Aldric outpatient clinic       14 May 2019
58 M on CCPD. Seen in PD clinic 2 May for R thigh pain, punch biopsy done by us on the 6th.
HPI: the pad burn from his hernia repair on 11 April faded within a week; then, starting
24 April, the very same spot became hard and exquisitely tender and is now turning black.
Exam: on the lateral R thigh a 7x5cm stellate plaque, necrotic, livedoid halo, sitting squarely
inside the outline of the old return-electrode burn. L groin scar healed, abdomen clear.
Path (Dr. Ferreira-Lund): subcutaneous small-vessel calcification, fat necrosis, vasculitis absent.
Diagnosis: R lat thigh calciphylaxis, developing within the electrosurgical burn (an
isomorphic, Koebner-type response).
Plan: warfarin stopped, apixaban via cardiology; STS infusions thrice weekly in the
Clemence infusion suite. Weighed 96.2kg today, BMI 31.0.
"""),
]}

H03 = {"patient_id": "H03", "age": 47, "sex": "M", "notes": [
("2021-01-17", "Intraoperative Positioning and Padding Record", """
INTRAOPERATIVE POSITIONING & PADDING RECORD
Hollins Valley Medical Centre, Theatre 3        Date of surgery: 17.01.2021
Procedure: open L native nephrectomy (ADPKD, pre-transplant work-up)   ASA 3
Position: R lateral decubitus (L side up); table flexed at kidney break, kidney rest raised.
Padding: gel head ring; axillary roll under R chest; gel pad under R hip/greater trochanter and
R lateral knee; pillow between knees; L arm on padded airplane rest; safety belt across thighs.
Checks: 0820 RN + anaesthetist, repeated 1030 and 1240. No repositioning possible - time in
position 5 h 35 min.
Warming: underbody forced-air mattress 38 C.
Lines: R IJ tunnelled HD catheter (existing), PIV L hand, R radial art line.
"""),
("2021-01-17", "PACU Skin Assessment", """
PACU - arrival 1415, skin assessment (Braden 15)
47 M, ESRD from polycystic kidneys, haemodialysis M-W-F, R IJ permcath.
L flank incision: dressing dry. Drain to bulb, 40 mL serosanguinous.
R lateral hip, trochanteric prominence: 5x4cm non-blanchable erythema where he lay on the gel
pad/kidney rest for 5.5 h -> Stage 1 pressure injury; reported to surgeon and charge nurse,
incident form done.
R lateral knee and R axilla: blanching redness only, gone by 1500.
Offloading: supine with L tilt wedge, R hip free. No diabetes. No anticoagulants at home.
BMI 27.9.
"""),
("2021-02-23", "HD Rounding Note", """
HD rounds - Hollins Valley Dialysis, chair 11            23/02/2021
Punch bx R hip (16/02): calcified subcutaneous arterioles + thrombi = calciphylaxis.
Hx: sore, darkening skin over the R lateral hip since Groundhog Day - same spot the recovery nurses
documented as a stage 1 pressure mark after his nephrectomy last month.
Exam: R lateral hip, eschar 6x5cm, violaceous rim; L flank wound healed; no other
lesions.
Pre-HD wt 84.2kg. iPTH 1140, phos 7.4, Ca 9.1.
Plan: STS 25g per run, 4 runs/wk from now on, cinacalcet started,
wound clinic, surgical referral for parathyroidectomy. Keep pressure off R hip in bed and
chair.
"""),
]}

H04 = {"patient_id": "H04", "age": 66, "sex": "M", "notes": [
("2020-03-03", "Intraoperative Nursing Record", """
OR NURSING RECORD - Robotic Suite 2, Merriton General       March 3, 2020
Procedure: robotic-assisted laparoscopic radical prostatectomy + bilateral PLND.  GA/ETT.
66 M. ESRD, HD at Merriton Kidney Care MWF; R forearm AVF (arm protected, no cuff/lines). T2DM -
linagliptin only, insulin never needed. DVT 2014: six months of warfarin, none since.
Position: low lithotomy, steep Trendelenburg; arms tucked on foam; chest strap over foam.
Foley 18 Fr inserted 0745, tubing fixed to L medial thigh with adhesive anchor + silk tape,
three layers to hold during Trendelenburg.
SCD sleeves bilat calves. Lower-body warming blanket.
Console 0820-1210. EBL 150 mL. Counts correct.
"""),
("2020-03-03", "PACU Nursing Note", """
PACU 1310 - extubated in OR. Aldrete 8 -> 10 by 1350.
Pain 4/10 abdomen; hydromorphone 0.2mg IV given twice (renal dosing).
Foley draining light pink. When the anchor was lifted to reroute tubing, the tape pulled off
a 4x2cm strip of epidermis on the L medial thigh - medical adhesive-related skin injury,
pinpoint bleeding. Cleansed, petrolatum gauze, tubing re-secured on R thigh with silicone
tape. Urology aware.
Ht 171cm, wt 86.5kg, BMI 29.6 (overweight).
Port sites with skin glue, dry. To 6 South at 1530 on tele.
"""),
("2020-04-14", "Nephrology Clinic Note", """
Merriton Kidney Care - clinic 4/14/2020
66 M on HD, 6 weeks after robotic prostatectomy.
Since late March: a purple-black, very painful patch, upper L inner thigh - pt and wife point
to where
the Foley tape tore the skin in recovery. Derm punch 4/7 showed calcified, thrombosed
subcutaneous arterioles - calciphylaxis.
Exam: L medial thigh 8x6cm retiform purpura, central 3 cm eschar, exquisitely tender.
R thigh and abdomen clear.
BMI 29.6 - overweight range, not obese. No warfarin since 2014.
Plan: STS 25g each dialysis day; calcium acetate -> lanthanum; no adhesive tape on the thighs,
silicone
or tubular retention only; wound RN weekly.
"""),
]}

H05 = {"patient_id": "H05", "age": 52, "sex": "F", "notes": [
("2023-11-08", "Anesthesia Preoperative Evaluation", """
ANESTHESIA PREOPERATIVE EVALUATION     11/08/2023     P. Szymanski, MD
Planned: laparoscopic PD catheter insertion (Dr. Achterberg). GA.
52 F, CKD 5 from diabetic nephropathy, eGFR 8, not yet dialysing - PD to start after healing.
T2DM insulin-dependent: degludec 40 u daily + aspart w/ meals; injects only into her thighs,
never the abdomen ("my stomach's too sore"). BG 188 this a.m.
Airway: Mallampati III, neck 44 cm, OSA on CPAP. 104kg / 165cm -> BMI 38.2, class II
obesity. Gastroparesis. No anticoagulants, no warfarin. ASA 4.
Plan: RSI, ETT; took 20 u degludec today; POC glucose hourly; ondansetron + dexamethasone 4 mg.
"""),
("2023-11-08", "PACU Discharge Note", """
PACU / day surgery discharge note
Lap PD catheter in: 1.5 cm L paramedian incision + two 5 mm port sites; exit site L lower
quadrant. Catheter flushed x2, good return. Occlusive dressing - leave x 7 days.
Discharge skin check: incisions approximated, dressings dry; sacrum and heels intact.
Pain 3/10. PONV once, ondansetron 4 mg with effect. BG 201 -> aspart 4 u SC to L lateral
thigh.
Criteria met 1415. Home with husband. Teaching: keep dressing dry, no shower x 7 d,
PD training begins 11/29.
"""),
("2023-12-20", "PD Clinic Note", """
Home Dialysis Unit - PD training wk 3        Dec 20, 2023
Exit site: dry, pale pink, nontender tunnel. Cycler 4 fills nightly, UF good.
New problem: Since early December - burning plus a firm purplish zone following the
L paramedian insertion scar. Exam: along the scar an indurated violaceous 5x3cm plaque, 1cm
black core; faint livedo spreading toward the umbilicus. Port sites OK.
PTH 540, phos 6.1, Ca 10.2 on calcium acetate 667 x2 with meals.
Imp: r/o calciphylaxis; ?infected incision. Urgent derm referral, Ca binder stopped,
wound swab sent.
"""),
("2024-01-09", "Dermatology Note", """
Brightwater Dermatology       9 Jan 2024
Punch x2 at the L abdominal plaque margin (12/27/23): arteriolar calcification in dermis and
subcutis, intimal thickening and fibrin thrombi; organism stains neg.
Diagnosis: calciphylaxis in the scar of her PD catheter insertion (November 2023); plaque
there since the 1st week of December.
Now 7x4cm, eschar 2.5 cm. Thighs, where she injects insulin, are clear.
Plan: STS by peripheral IV, infusion center Mon/Wed/Fri; hydrofiber dressign;
low-dose hydromorphone; nephrology adjusting binders. Husband taught to change the dressing
every 2nd day. BMI 37.6 today.
"""),
]}

H06 = {"patient_id": "H06", "age": 70, "sex": "F", "notes": [
("2018-06-11", "Anaesthetic Record Summary", """
ANAESTHETIC RECORD - SUMMARY     Emergency Theatre 2, Kestrel Bay Hospital     11 June 2018
Procedure: emergency laparotomy + Hartmann's for perforated sigmoid diverticular disease. ASA 4E.
70 F, ESRD, thrice-weekly HD (last session Sat, make-up run); K 5.6 - no suxamethonium,
rocuronium RSI.
PMH: morbid obesity, BMI 41.0; HTN; clotted AV graft 2016, warfarin until 2017, aspirin since.
Not diabetic (HbA1c 5.6).
Lines: L radial arterial line, R IJ CVC under US.
Midline incision; end colostomy L iliac fossa. Noradrenaline 0.05 mcg/kg/min at end.
Post-op: HDU. VTE plan: enoxaparin renal dose from POD 1 + SCDs.
"""),
("2018-06-14", "Surgical Ward Nursing Note", """
Ward 9 nursing - POD 3 Hartmann's
Stoma pink and moist, small output. Midline wound clipped, dressing dry.
Enoxaparin 20 mg SC daily commenced 06/12/18 - injected front of thighs, sides
alternated daily (L odd days, R even) - abdomen not used (midline wound, stoma, large pannus).
Weight 112 kg on bed scales. Sat out in chair with 2 assist. HD on the ward today, 1.8 L off.
Pressure areas: sacrum and heels intact, Waterlow 20, air mattress in use.
Plan: continue; dietitian review re stoma output and protein.
"""),
("2018-07-17", "Dermatology Inpatient Consult", """
Dermatology consult - readmission           17/07/2018
Asked to see painful thigh lesions. Pt says both thighs went "hard as wood and purple" from the
4th of July, a couple of weeks after going home from her June surgery.
Exam: L anterior thigh 9x7cm and R anterior thigh 6x5cm indurated plaques with net-like
violaceous borders; central black eschar in the left one. Pannus/lower abdomen clear; midline
wound healing.
Biopsy (L thigh, 13/07): calciphylaxis - vessel calcification, intraluminal thrombus, fatty
necrosis.
Comment: lesions sit exactly where the ward gave her enoxaparin last month.
Plan: STS with HD, no SC injections into either thigh, wound care, analgesia.
"""),
]}

H07 = {"patient_id": "H07", "age": 81, "sex": "F", "notes": [
("2024-02-20", "PACU Nursing Note", """
PACU PHASE I     20/02/2024     Ferncliff Hospital, theatre recovery
Procedure: rigid cystoscopy + TURBT under spinal. 81 F, ESRD (dialysis Tues, Thurs, Sat).
Incident at transfer: during slide-sheet transfer table -> trolley at 1125 her L shin struck the
raised side rail (legs still blocked). 2.5 cm flap skin tear, L anterior shin, STAR 2a.
Flap rolled back into place, Steri-Strips, non-adherent dressing, arrow marked for removal
direction. Incident report done, daughter informed by phone.
Bladder irrigation running, light rose. Block regressing, T10 at 1200.
Warfarin (AF) held 5 days pre-op, INR 1.3; urology ok to restart tonight.
Obs stable. Transfer to ward 1310.
"""),
("2024-03-19", "Wound Clinic Note", """
Community wound clinic (HD unit referral)      19 March 2024
Reason: L shin wound not healing.
Per pt and daughter the spot went dusky and started hurting badly 2 weeks ago; before that it
was a skin tear knitting well under Steri-Strips. T2DM (diet-managed; never on insulin
or tablets). Remains on warfarin for AF.
O/E: anterior L shin - 4x3.5cm stuck-down black eschar, mottled purple surround; pain
disproportionate, 8/10 to light touch. Foot pulses on doppler; ABPI 1.3 (incompressible).
R leg skin intact.
Plan: urgent derm for biopsy ?calciphylaxis; no sharp debridement meanwhile; silicone foam.
Wt 55.0kg, BMI 22.3.
"""),
("2024-04-02", "Dermatology Clinic Note", """
Dermatology clinic        02-Apr-2024
81 F, HD. Punch bx 22/03 L shin: widespread calcification of small subcutaneous vessels,
fat necrosis, no vasculitis - calciphylaxis.
Exam: L anterior shin eschar 4.5x4cm, dry, halo slightly wider. Thighs, abdomen, R leg: no
lesions.
Discussed with nephrology (Dr. Mbeki): warfarin switched to apixaban; sodium thiosulfate with
each dialysis; review binders.
Wound: keep eschar dry and stable, silicone foam, pad the bed rails so the shins are not
knocked again. Palliative team aware for pain; she prefers to stay at home with
her daughter.
"""),
]}

PATIENTS = [H01, H02, H03, H04, H05, H06, H07]
