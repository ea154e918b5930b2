"""probe57 corpus notes, D01-D07 (vascular access and interventional radiology; all invented)."""

D01 = {"patient_id": "D01", "age": 63, "sex": "F", "notes": [
("2019-08-01", "IR Procedure Report", """
INTERVENTIONAL RADIOLOGY - PROCEDURE REPORT
Procedure: Exchange of R IJ tunneled hemodialysis catheter over guidewire.
Indication: ESRD on HD MWF at Brookfield Kidney Center, arterial limb flows <250 mL/min x3 runs despite tPA dwell.
Anticoagulation: on enoxaparin 30 mg SC qd (renally adjusted) for LLE DVT dx'd in May; pt declined warfarin. Self-injects, first dose 06/03/2019 per pharmacy fill record.
Technique: Time-out performed. Existing catheter prepped in usual sterile fashion. Cuff freed with blunt dissection. 0.035 wire advanced through the venous limb to the IVC. New 19 cm tip-to-cuff catheter placed over the wire, tip at cavoatrial junction on final spot image. Both lumens aspirate/flush easily. Locked w/ heparin 1000 u/mL per labelled volumes.
EBL minimal. No immediate complications.
Ht 160 cm, Wt 86 kg (BMI 33.6).
"""),
("2019-08-14", "Vascular Access Clinic", """
Access clinic f/u - new TDC functioning, Qb 400 last 4 sessions.
Pt raises a separate problem: an exquisitely sore spot in the lower belly, left of midline. States it began roughly 3 weeks ago as a sore red knot, now "gone dark in the middle". That is the only place she puts her enoxaparin, "always the left, my right hand does the needle."
Exam: LLQ abdominal wall, 2 fingerbreadths lateral to the umbilicus: plaque measuring 35 by 25 mm, firm and violaceous, dusky-black eschar centrally, fine net-like purpura at the margin; exquisitely tender. Right abdomen clear.
A: necrotic abdominal plaque at anticoag injection sites in an HD pt - worry calciphylaxis.
P: urgent derm. Message to nephrology re: Ca/Phos, binder review. Switch injections to the R thigh for now.
"""),
("2019-08-22", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
63F, ESRD on hemodialysis, on LMWH for a leg clot. Not diabetic.
Seen for the LLQ lesion. Wedge biopsy at the margin (8/16): mural calcium in subcutaneous arteriolar walls, intimal proliferation, luminal thrombi, lobular fat necrosis. Diagnostic: calciphylaxis.
The lesion lies within the strip she chose for every enoxaparin injection since early June; repeated local trauma is the likely precipitant.
Recs: thiosulfate 25 g into the venous line, last hour of each HD; swap calcium acetate for sevelamer; wound care (non-adherent dressing, no sharp debridement now), pain team. Anticoagulant to be reviewed by hematology - apixaban preferred over continued injections.
"""),
]}

D02 = {"patient_id": "D02", "age": 58, "sex": "M", "notes": [
("2020-11-02", "IR Procedure Report", """
PROCEDURE: Fluoroscopically guided peritoneal dialysis catheter insertion (double-cuff, swan neck).
HISTORY: 58M, CKD5 (diabetic kidney disease), eGFR 7, uremic symptoms; chose home PD. T2DM on metformin (held) and sitagliptin - no insulin ever. No anticoagulants.
PROCEDURE DETAILS: Consent signed. Left paramedian skin incision 3 cm below the level of the umbilicus; rectus sheath entered under US. Peritoneal access with micropuncture, contrast outlines bowel loops. Catheter advanced over stiff wire into the rectovesical pouch. Deep cuff in rectus muscle. Subcutaneous tunnel made laterally with the exit placed LLQ, directed caudally. Incision closed with 3-0 vicryl + skin glue.
Fill/drain test 500 mL - good flow both ways.
BMI 31.2.
Plan: flush weekly, start PD training in 2 wks.
"""),
("2021-01-28", "PD Access Clinic", """
PD catheter check - nurse + fellow.
Exit site: dry, crust-free, no erythema, "perfect" per PD RN score 0.
Problem: pt reports a hard, burning area along the healed LOWER LEFT insertion scar that came up some time in January, he can't say the exact day.
O/E: along the left paramedian surgical scar a 5 cm linear indurated plaque, purple-grey, with a 1 cm black scab at its lower end; stellate purpura extends 1 cm either side. Exit site itself separate and clean. No fever, effluent clear.
Assessment: ?calciphylaxis vs scar infection. Most recent chem: PTH 812 with phos 7.4 (Ca 9.9).
Plan: derm to see asap. Cont CCPD.
"""),
("2021-02-09", "Dermatology Consult", """
Derm consult note
Lesion: L paramedian lower abdomen, in the line of the Nov 2020 PD catheter incision.
Punch biopsy x2 on 2/3: calcium within the media of dermal/subcutaneous vessels, von Kossa +, with necrosis of surrounding fat. Gram stain/cultures neg.
Diagnosis: calciphylaxis arising within a surgical scar (PD catheter placement).
Wt 94 kg, BMI 30.4. Diabetic, not on insulin. Continues peritoneal dialysis.
Rx: sodium thiosulfate (IP vs IV - discuss with PD team), cinacalcet uptitration, stop calcitriol, wound care with hydrofibre dressing.
"""),
]}

D03 = {"patient_id": "D03", "age": 71, "sex": "F", "notes": [
("2022-06-13", "Fistulagram and Angioplasty Report", """
FISTULAGRAM / PTA - LEFT BRACHIOCEPHALIC AVF
Indication: rising venous pressures, prolonged post-needle bleeding >20 min.
Access: retrograde 6 Fr sheath into the AVF outflow, mid upper arm.
Findings: 75% stenosis at the cephalic arch; juxta-anastomotic segment widely patent; central veins patent.
Intervention: 9 mm x 4 cm high-pressure balloon to 20 atm, waist effaced; residual <20%. Thrill restored.
Purse-string suture at sheath site, to be removed at next HD.
Background: ESRD (hypertensive nephrosclerosis), dialyzes Tue/Thu/Sat. Afib - warfarin continued through the case, INR 2.3 this a.m. Not diabetic. Her family doctor put her in knee-length graduated compression hose for ankle swelling; she's worn them every day from Memorial Day on.
BMI 27.3.
"""),
("2022-07-19", "Access Nurse Cannulation Note", """
HD unit - cannulation note
L BCF: buttonhole technique, A & V sites cannulated first attempt with 15g blunt needles. Bruit/thrill good. Qb 350.
Pt c/o her legs "burning like fire" at the top of her stockings. Asked her to roll them down: dusky violet, lacy patches encircling both upper calves right at the elastic band line, L worse than R, with two small black-centred areas on the L posterior calf. She says they started early July and are spreading. Very tender to touch.
Stockings left off. Charge RN and Dr Vasquez made aware, photo to chart.
"""),
("2022-07-29", "Dermatology Consult", """
Dermatology - inpatient consult
71 y/o F, HD, on warfarin for afib, admitted for pain control.
Bilateral posterior calves: circumferential band of retiform purpura with central necrotic eschars, sitting precisely under the upper cuff of her graduated compression stockings, which she started 5/30.
Biopsy L calf: calcified, thrombosed arterioles in the fat - calciphylaxis.
Plan: no compression garments. Switch warfarin to apixaban (cardiology agrees). Sodium thiosulfate IV during every HD session. Wound care referral.
"""),
]}

D04 = {"patient_id": "D04", "age": 66, "sex": "M", "notes": [
("2024-01-09", "AV Graft Cannulation Note", """
Dialysis RN note - chair 7
Access: L forearm loop AVG (PTFE). Palpable thrill, strong bruit. Sites rotated - ladder technique, arterial needle 4 cm from the arterial anastomosis, venous needle antegrade 5 cm downstream. 15g x2, 1st attempt. No infiltration.
Pt brought in a battery-powered heating pad again, which he keeps on the outside of his right thigh for the whole run - says it eases his sciatica and he has done this "every treatment since Christmas". Advised on burn risk, set to low.
Pre wt 93.0 kg, post 90.6 kg.
"""),
("2024-02-27", "Vascular Access Clinic", """
Vascular access clinic
Graft: small pseudoaneurysm at the venous cannulation zone, 1.3 cm, skin over it healthy, no shiny or thin skin. Observe, rotate sites away.
Incidental: pt shows a very painful, purplish star-shaped plaque, R lateral thigh, which appeared in mid-February; it is exactly where the heating pad rests during dialysis. 6 x 4 cm, woody induration, 1.5 cm central black crust, surrounding livedo. The left thigh is clear.
PMH: HD-dependent ESRD; T2 diabetic, does his own glargine shots in the abdomen; HTN. No anticoagulants.
Plan: same-week dermatology, stop heat. Photograph in media tab.
"""),
("2024-03-06", "Dermatology Consult", """
DERM NOTE
Referred from access clinic. 66M.
R lateral thigh: stellate necrotic plaque with retiform edge.
Telescoping punch biopsy 3/1: calcium-encrusted vessels deep in the fat, occlusive thrombus, necrotic lobules. Biopsy-confirmed calciphylaxis.
Contributing: repeated local heat from a heating pad over the same area since late December, diabetes, Ca x P elevated.
91 kg today (BMI 29.6 - overweight range).
STS per nephrology, gentle debridement only if infected, no heat to the skin anywhere.
"""),
]}

D05 = {"patient_id": "D05", "age": 55, "sex": "F", "notes": [
("2021-03-10", "Access Nurse Cannulation Note", """
Cannulation note
RUE radiocephalic AVF, mature. 16g A/V, rope ladder. No difficulty. Prepump AP -160.
Pt reports slipping on the wet step of the transport van yesterday morning (03/09) and scraping her left shin on the metal edge. 3 cm superficial abrasion, anterior L shin, mildly oozing - cleaned with NS, non-adherent dressing applied, told to keep dry.
Not diabetic. On no blood thinners now; took warfarin years ago for a PE (stopped 2018).
"""),
("2021-04-09", "IR Clinic Note", """
IR outpatient - pre-fistulagram review
Reason: needle-site bleeding after HD, suspect outflow stenosis. Fistulagram booked next wk.
Other: pt asks about her leg. At the spot she grazed on the van step last month there is now an extremely painful ulcer, and she dates the change to 10 days ago, when the healed scrape turned into a "black hole". Exam: anterior L shin ulcer 25 mm across topped with a black, stuck-down eschar; violaceous mottled rim ~2 cm; pulses palpable, ABI 1.0 L.
Suspicion for calciphylaxis given ESRD + elevated phos (8.1). Derm paged.
Wt 62 kg, BMI 24.1.
"""),
("2021-04-20", "Dermatology Consult", """
Consult - dermatology
Patient well known to HD unit. L anterior shin ulcer where she had the abrasion.
Biopsy of ulcer edge 4/14 confirms calciphylaxis: von Kossa highlights calcium in the media of subcutaneous arterioles.
Plan: wound care, STS, hold calcium, leg elevation. No history of diabetes. Warfarin remote, not current.
"""),
]}

D06 = {"patient_id": "D06", "age": 74, "sex": "M", "notes": [
("2021-01-05", "Tunneled Dialysis Catheter Placement", """
IR - TUNNELLED HD LINE INSERTION
Operator: Dr Lindqvist. Indication: ESRD, L brachiobasilic AVF (created 11/2020) not yet mature.
US: L IJ patent, compressible. R IJ occluded (prior lines).
Procedure: L IJ access under US guidance with micropuncture. Tunnel fashioned over the L anterior chest. 23 cm tip-to-cuff catheter, tip in R atrium. Secured with 2-0 nylon.
Relevant meds: glargine 18 u qHS, given by the home-care nurse (he is blind in one eye and has poor dexterity). No anticoagulant.
Wt 112 kg, BMI 36.0.
"""),
("2021-02-10", "Vascular Access Clinic", """
Access clinic
TDC working, exit site OK. AVF maturing - vein 5.6 mm, depth 4 mm, flow 620 mL/min; consider superficialization.
New concern: R posterior upper arm - 3 cm hard black eschar ringed by mottled purple skin. Wife says it appeared about 2 months ago; the visiting nurse has given every insulin shot into the back of that arm since last fall ("her favourite spot"). Very painful at night.
Concerned this could be calciphylaxis. Derm referral. Asked VNA to use another site.
"""),
("2021-02-18", "Dermatology Consult", """
Dermatology - 74M on HD.
Right posterior arm: necrotic eschar with retiform purpuric border at the injection area.
Biopsy discussed; patient declines (fears a non-healing wound). Presentation classic and we make a clinical diagnosis of calciphylaxis at insulin injection sites. No biopsy.
Obesity, BMI 35.2. Type 2 diabetes on insulin.
Plan: STS with dialysis, analgesia, insulin into abdomen from now on.
"""),
]}

D07 = {"patient_id": "D07", "age": 49, "sex": "F", "notes": [
("2023-08-21", "IR Procedure Report", """
Procedure: R IJ tunneled HD catheter placement (new start).
Clinical: 49F, lupus nephritis, progressed to ESRD, urgent HD start. Antiphospholipid syndrome on warfarin (INR 1.6 this am).
Steps: US-guided R IJ puncture. Catheter tunnelled to an exit site on the right upper chest, 15 cm tip to cuff. Fluoro: tip RA. Hemostasis achieved.
Dressing: chlorhexidine patch over exit; both catheter limbs taped down to the right upper chest with three strips of silk tape, to be re-taped with each dressing change.
No diabetes. BMI 22.8.
"""),
("2023-09-12", "Dialysis Access Nurse Note", """
Catheter care note
TDC dressing changed. Exit site clean, no drainage. Suture intact.
When tape lifted: R upper chest, under the tape strips that hold the limbs, a 4 x 2 cm firm plum-coloured plaque with a black centre and lacy border. Pt first noticed it on Labor Day, thought it was "tape burn". Extremely tender, limits her sleeping on her right side.
Tape changed to a silicone securement device away from the area. Renal MD notified.
"""),
("2023-09-20", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
Patient: 49F on HD, warfarin for APS.
Exam: R infraclavicular chest, exactly at the taped area below the catheter exit: necrotic plaque 4 cm with retiform edge.
Biopsy 9/15: calciphylaxis (vascular calcification, fibrin thrombi, panniculitis).
Impression: calciphylaxis triggered at site of repeated adhesive tape stripping since the catheter went in on 8/21, in a warfarin-treated patient.
Plan: hematology to discuss LMWH vs DOAC alternatives in APS, STS, avoid adhesives.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
