"""probe49 corpus notes, U01-U07 (general surgery and urology; all invented)."""

U01 = {"patient_id": "U01", "age": 66, "sex": "F", "notes": [
("2020-06-02", "Operative Report", """
OPERATIVE REPORT - Brierfield Community Hospital
DATE OF SURGERY: 06/02/2020
SURGEON: T. Vasquez-Lund, MD   ASSIST: PA Renner
PREOP DX: Symptomatic reducible R inguinal hernia
POSTOP DX: Same, indirect sac
PROCEDURE: Open right inguinal hernia repair w/ polypropylene mesh (Lichtenstein)
ANESTHESIA: GETA
EBL: 15 mL
INDICATIONS: 66F w/ end stage renal disease, hemodialysis TuThSa via L radiocephalic fistula, insulin-requiring type 2 diabetic, BMI 34.2, enlarging painful groin bulge x 8 mo.
DESCRIPTION: Pt identified, consent verified, timeout performed. 6cm skin crease incision R groin, 2 fb above + parallel to ing. lig. EO aponeurosis split along its fibres, ilioinguinal n. identified and protected. Indirect sac dissected off the cord, reduced. Mesh sutured to the shelving edge w/ 2-0 prolene running and to conjoint tendon interrupted. EO closed 2-0 vicryl, Scarpa 3-0, skin 4-0 monocryl subcuticular + dermabond.
DISPO: PACU then floor overnight; HD tomorrow as scheduled. DVT prophylaxis - enoxaparin 30mg subcut once a day (dose reduced for ESRD) from POD1 for 4 wks given her prior DVT hx.
"""),
("2020-06-16", "Post-op Wound Check", """
Gen Surg clinic - post op visit #1
S: 2 wk s/p open R IHR. Pain controlled w/ tylenol. Tolerating diet, BMs normal. She gives her own enoxaparin every evening, always into the L lower abdomen ("the right side is too sore from the surgery"). First dose was 06/03/2020 on the ward.
O: afebrile. R groin incision c/d/i, glue peeling, no hematoma, no erythema. Mild cord edema. Lower abd skin at injection area - a few small old bruises, otherwise intact.
A/P: healing as expected. Finish enoxaparin course. No lifting >10 lb x 4 more weeks. RTC 4 wks, sooner prn.
"""),
("2020-07-14", "General Surgery Clinic Note", """
GENERAL SURGERY FOLLOW UP
CC: "black spot on my belly"
HPI: Pt returns early. Describes a dark, agonizingly sore patch in her left lower quadrant; first felt it as a tender hard knot 3 weeks ago, precisely where her lovenox goes in each evening. Over the last 10d the center went dark. Hernia site itself is not bothering her. Sent over by her HD charge nurse. Still on insulin glargine 18u qHS + lispro SSI.
Exam: LLQ: 5x4cm woody violaceous plaque, black eschar ~2cm in its middle, lacy purple discolouration fanning out around it. Pain far beyond what the exam suggests. No fluctuance, no crepitus. R groin scar well healed.
Wt 90.1 kg, BMI 34.2
A: Necrotic LLQ plaque at enoxaparin injection site in ESRD pt - worry about calciphylaxis. Less likely injection site abscess / hematoma.
P: 4mm punch bx at edge today (derm present in clinic). Stop enoxaparin (course essentially done). Renal aware. Cover w/ mepitel + gauze; hold off on any debriding.
"""),
("2020-07-28", "Clinic Letter", """
Dear Dr Pell (nephrology),
Mrs Odalys Brandt came back to see me today. Her punch specimen (LLQ plaque) shows mural calcification of subcutaneous arterioles, intimal thickening, occlusive thrombi and fat necrosis. This is calciphylaxis. Given where it arose, on the exact skin she used for her post-operative enoxaparin from 3 June, we believe the injections provoked it.
Could you kindly look again at her dialysis prescription and phosphate binders and consider IV sodium thiosulfate on dialysis. We have asked her not to inject anything into the abdominal wall going forward; insulin into the upper arms meantime.
Kind regards,
Teodora Vasquez-Lund, MD, FACS
"""),
]}

U02 = {"patient_id": "U02", "age": 72, "sex": "M", "notes": [
("2021-02-14", "Procedure Note", """
INTERVENTIONAL RADIOLOGY / UROLOGY - PROCEDURE NOTE
Date: Sunday 14 Feb 2021 (on call)
Procedure: R percutaneous nephrostomy tube, 10 Fr locking pigtail
Indication: obstructing 9 mm R proximal ureteric calculus w/ fever 39.1, WBC 17. Pt is ESKD on HD (still passes ~400 mL urine/day), mechanical MVR on warfarin - INR corrected to 1.6 w/ vit K prior.
Technique: prone. R flank prepped and draped. Local lidocaine 1%. US-guided puncture of lower pole posterior calyx, wire into collecting system, tract dilated, tube formed in renal pelvis. Purulent urine aspirated, sent for cx. Tube sutured to skin w/ 2-0 nylon and secured with a stat-lock dressing.
Complications: none. EBL minimal.
Plan: abx per primary, definitive ureteroscopy once sepsis settles, restart warfarin tomorrow if no bleeding.
"""),
("2021-03-10", "Urology Clinic Note", """
Urology OP clinic
72M s/p R PCN (Valentine's Day) for infected obstructing stone. Abx complete. Now listed for R URS + laser. HD MWF at Harrow Street unit. No DM. Warfarin - last INR (1 wk ago) 2.8.
Tube draining clear yellow urine. Exit site on R flank: small crust at suture, no erythema, no leak. Skin under the stat-lock fine.
BMI 27.1
Plan: tube exchange if still in place at 3 mo. Pre-op bridging plan w/ cardiology for the valve.
"""),
("2021-04-22", "Urology Clinic Note", """
Urology - urgent review, requested by dialysis unit
Pain around the nephrostomy has been building since early April. Wife noticed "a purple ring" around the tube which has since turned black in one area. No fevers, tube draining well.
O/E: R flank at the PCN exit site: 6 x 5 cm stellate violaceous plaque encircling the tube, central dry black eschar at 6 o'clock, livedoid margin. Very painful to light touch. No pus.
Imp: ?calciphylaxis around PCN site (ESKD, warfarin) vs pressure necrosis from the dressing.
Plan: incisional bx at the margin done today under local. Send for von Kossa. D/w nephrology re: warfarin -> alternative given valve (cardiology to advise).
"""),
("2021-05-03", "Clinic Letter", """
Dear Dr Amankwah,
RE: Mr Harlan Quist  DOB 1948
The right flank plaque biopsy has come back as calciphylaxis: calcified media and clot within the small vessels of dermis and fat, and the calcium stain lights up. The lesion started at the beginning of April around his nephrostomy exit site, which was placed on 14/02/2021; we think the tube track acted as the local trigger. Ureteroscopy is postponed. Please continue his HD and review calcium/phosphate management; the warfarin question is with cardiology.
Yours sincerely
Mr D. Oyelaran, Consultant Urologist
"""),
]}

U03 = {"patient_id": "U03", "age": 58, "sex": "F", "notes": [
("2019-09-10", "Urology Discharge Summary", """
DISCHARGE SUMMARY - Urology ward 4B
Admit 09/04/2019  Discharge 09/10/2019
Dx: acute urinary retention (1.4 L) with neurogenic bladder after lumbar decompression; UTI treated.
PMH: ESKD (DN) - peritoneal dialysis (CCPD nightly cycler), T2DM on insulin detemir + aspart, HTN, overweight (BMI 29.9).
Procedures: 16 Fr Foley placed 9/4, trial without catheter failed x2.
Discharged with indwelling Foley to a 500 mL leg bag. Leg bag secured with the two elastic straps to the R calf, as pt prefers that side for transfers. Catheter tubing anchored to L inner thigh w/ securement device.
F/u: urology nurse clinic 6 wks for catheter change, CISC teaching when mobility improves.
"""),
("2019-10-29", "Urology Nurse Clinic Note", """
Catheter change (long term) - nurse led clinic
16Fr foley changed without difficulty, clear urine. Meatus ok.
Complains that her R calf, posteriorly, has hurt badly since about the middle of October. On removing the leg bag: 4 x 3 cm mottled purple area w/ a firm centre and a small dusky blister, directly beneath the upper elastic strap. Strap was noted to be digging in - pt says she pulls it tight "so the bag doesn't slide down when I walk". Rates it 8/10, nights are the worst.
L thigh under securement device: skin intact.
Action: strap removed, bag switched to a thigh-holster on the L side. Photo to chart. Discussed w/ Dr Lindqvist who asked for derm review + biopsy given PD and diabetes.
"""),
("2019-11-12", "Clinic Letter", """
Dermatology to Urology
Dear Dr Lindqvist
I saw Mrs Pilar Sandoval in clinic at your request. The lesion on the posterior right calf has progressed to a 5 cm plaque with central necrosis. A deep incisional sample demonstrates mural calcium within subcutaneous arterioles, fibrin thrombi and a panniculitis; calciphylaxis is confirmed. It lies exactly where the leg bag strap compressed the calf from her discharge on 10 September, so in my view it was the constant squeeze of the strap that decided where the disease appeared.
She remains on nightly cycler PD and insulin. Her weight is stable, BMI 29.9. I have liaised with her renal team about sodium thiosulfate.
Best wishes,
Dr Annika Roos, Dermatology
"""),
]}

U04 = {"patient_id": "U04", "age": 63, "sex": "M", "notes": [
("2022-11-18", "Operative Report", """
OPERATIVE NOTE
Procedure: L flexible ureteroscopy, holmium laser lithotripsy, L JJ stent 6Fr x 26cm (on string? NO - removal by flexi cysto)
Pre/post-op dx: 11 mm L renal pelvic stone
Pt: 63 yo male, dialysis dependent (HD via R tunnelled catheter, fistula maturing), T2DM on glipizide, BMI 31.0.
Findings: stone fragmented to dust, small residual fragments <2mm in lower pole. Mild mucosal oedema UPJ. Safety wire, access sheath 11/13.
Stent placed under fluoro, good curl both ends.
Plan: home today, tamsulosin for stent symptoms, flexi cysto stent removal in ~3 wks.
"""),
("2022-12-09", "Cystoscopy Note", """
Flexible cystoscopy + stent removal - day unit
L JJ stent grasped and removed intact. Bladder otherwise normal.
Pt says the stent was "awful", lots of L loin ache; since Thanksgiving, nightly, a plug-in heat pad has been held against his left flank, and he admits he often nods off with it still running. Advised to stop using it on high setting and to put a towel between pad and skin. Skin looks ok today apart from faint reticulated brown change.
F/u KUB + US in 6 wks.
"""),
("2023-01-17", "Urology Clinic Note", """
Urology f/u - stone clinic
KUB: no residual stone. US no hydro.
New issue: pt reports very painful area on the L flank that began January 9th as a tender purple patch; now has a black centre. Still used the heating pad nightly until about a week ago for the residual ache. Obese, BMI 31.0. Glipizide, no insulin. Remains on HD.
Exam: L flank, posterolateral, directly under the pad area: 7 x 4 cm indurated plaque, retiform purpura at the edge, central necrotic eschar 2.5 cm. Background of lace-like brown pigmentation (erythema ab igne).
Impression: concern for calciphylaxis at heat-exposed skin. ddx thermal burn.
Plan: heating pad stopped for good. Urgent derm for biopsy. Inform nephrology.
"""),
("2023-02-01", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
Referral: urology (Dr Halvorsen) - necrotic left flank plaque.
Bx (1/19): septal and lobular panniculitis with extensive calcification of small vessel walls, thrombi. Dx: calciphylaxis.
Clinical: the left flank lesion arose in the same skin he had been heating with an electric pad nightly since late November 2022; erythema ab igne present around it. This is a Koebner-type localisation of calciphylaxis.
Recs: sodium thiosulfate 25g IV w/ every dialysis session; switch calcium acetate to sevelamer; pain team; avoid any heat to the skin; wound RN for dressings.
"""),
]}

U05 = {"patient_id": "U05", "age": 70, "sex": "F", "notes": [
("2024-07-09", "General Surgery Clinic Note", """
Colorectal / general surgery - post op
70F 3 wks s/p open parastomal hernia repair w/ onlay mesh, L end colostomy. Stoma pink, functioning. Midline wound healing, steri-strips off.
Incidental: she tripped over a curb in the parking lot at the Fourth of July fireworks and scraped her R knee. Superficial abrasion ~3 cm on the anterior R knee, cleaned at home, scabbed, no signs of infection today.
PMH: ESRD - hemodialysis Mon/Wed/Fri (Lakeshore Dialysis); AF on Coumadin (INR 2.4); diet-controlled DM; BMI 26.0.
Plan: vaseline + bandaid to the knee; continue abdominal binder; RTC 3 wk.
"""),
("2024-07-30", "Wound Check", """
Gen surg clinic wound check
Abdomen: healed. Colostomy fine.
R knee: graze from July 4 has NOT healed - she says it became much more painful and turned "bruise-coloured" on 7/18, now black. Exam: anterior R knee 4.5x3.5cm stuck-on black eschar, retiform violaceous purpura ringing it and spreading down over the patellar tendon, very tender. No pus.
Meds update: renal started her on basal insulin (degludec 8 u) last week for worsening sugars. Still on Coumadin.
A: nonhealing necrotic knee wound in HD patient on warfarin - calciphylaxis is a real concern.
P: 2 x punch biopsies from the edge. Message to nephrology + derm.
"""),
("2024-08-13", "Clinic Letter", """
Dear Dr Feinberg,
Re: Ms Lorraine Achterberg
Biopsies from the right knee returned this week and show medial calcific deposits in small fat arterioles together with microthrombi, which is diagnostic of calciphylaxis. It developed in the abrasion she sustained when she fell on 4 July, beginning on 18 July. We have discussed the findings with her and her son.
Dialysis unit will start sodium thiosulfate; cardiology has agreed to switch warfarin to apixaban. She is now on insulin degludec. We will continue local wound care in our clinic and avoid sharp debridement for now.
Regards,
K. Mbatha, MD, General Surgery
"""),
]}

U06 = {"patient_id": "U06", "age": 55, "sex": "M", "notes": [
("2021-09-08", "Procedure Note", """
PICC INSERTION - vascular access team
Indication: post-op TPN after small bowel resection (adhesional obstruction w/ ischaemic segment, 110 cm resected 09/01).
Site: R upper arm, basilic vein, US guided, single attempt. 5Fr double lumen, 44 cm, tip at cavoatrial junction on CXR.
Notes: renal function: eGFR 52 (CKD G3a), never dialysed - vascular access team agreed PICC acceptable. Pt on warfarin for prior PE (held peri-op, bridged). Wt 128 kg, BMI 41.2.
Dressing: CHG sponge + transparent dressing, securement device.
"""),
("2021-10-27", "General Surgery Clinic Note", """
Gen surg clinic
55M, 8 wks post laparotomy + SBR. Midline healed. Off TPN since 10/20, PICC still in place.
C/o pain in the R arm around the line - started sometime in October, first as a hard lump at the insertion point, now a dark patch.
O/E: R upper arm medial, at and around PICC insertion: 5 x 6 cm firm violaceous plaque w/ stellate black necrosis 1.5 cm, livedo around it, very tender. Arm not swollen, US no DVT.
Wt down to 114 kg, BMI 36.5. INR 3.1 on warfarin. Cr stable (CKD 3a).
A: ?calciphylaxis, non-uraemic type - has warfarin, obesity and albumin 2.6 - vs line-site necrotizing infection (no systemic features).
P: PICC removed today, tip to micro. Derm urgent bx.
"""),
("2021-11-10", "Clinic Letter", """
Dear Dr Castellanos (GP),
Mr Jerome Whitcombe was seen in the surgical clinic with a painful necrotic area in the right upper arm where his PICC had been inserted on 8 September. Skin biopsy: subcutaneous fat with calcified + thrombosed small vessels; the dermatologists are confident this is non-uremic calciphylaxis, localised to the line site, in a man on warfarin with obesity and recent major weight loss. There is no kidney failure here (CKD 3a only, no dialysis).
Warfarin has been changed to apixaban by haematology. Weight today 114 kg (BMI 36.5). Wound care via district nurses; we will see him in 3 weeks.
Yours,
Mr P. Antonopoulos, Consultant General Surgeon
"""),
]}

U07 = {"patient_id": "U07", "age": 61, "sex": "F", "notes": [
("2023-05-16", "General Surgery Consult", """
GENERAL SURGERY CONSULT (inpatient) - requested by nephrology
Reason: debridement of thigh wounds
HPI: 61 yo female, ESRD on peritoneal dialysis (APD), T2DM on insulin, morbid obesity (BMI 44.3), admitted w/ pain crisis from bilateral thigh ulcers. Derm biopsy 05/02/2023: calciphylaxis. Lesions started last month, painful knots over the anterior aspect of each thigh - this is where she has injected her NPH and regular insulin, alternating L and R, since 2017. No injections anywhere else.
Exam: ulcers of R anterior thigh (8x6cm) + L anterior thigh (6x5cm), thick black eschar, surrounding indurated purpuric skin. No fluctuance. Mild slough at L wound edge.
A/P: calciphylaxis ulcers at insulin injection sites, bilateral anterior thighs. Eschar becoming boggy on L - plan excisional debridement in OR 5/25. Endo: all further insulin into the upper arms. Consent discussed.
"""),
("2023-05-25", "Operative Report", """
OPERATIVE REPORT
Procedure: debridement (excisional) of both anterior thigh wounds incl skin + subcut tissue (R 52 cm2, L 34 cm2); application of NPWT to L.
Indications: calciphylaxis ulcers w/ infected eschar on L.
Findings: R: dry adherent eschar, underlying fat necrotic with gritty calcified vessels. L: purulent slough, necrotic fat to fascia, fascia viable.
Specimens: both to path. Cx L wound.
EBL: 50 mL. Pt tolerated well, back to renal ward. PD to continue tonight.
"""),
("2023-06-20", "Wound Check", """
Surgery wound clinic
Thigh wounds post debridement 5/25. L: VAC removed last wk, granulating base 40%, some fibrin. R: clean, edges with new necrotic rim medially ~1 cm.
Pain 6/10 on regimen. STS on PD per renal. Insulin now in the arms (she says bruising there but no lumps).
Plan: continue collagenase to R rim, silver alginate L. RTC 2 wk.
"""),
]}

PATIENTS = [U01, U02, U03, U04, U05, U06, U07]
