"""probe88 corpus notes, H01-H07 (interventional radiology and dialysis-access surgery; all invented)."""

H01 = {"patient_id": "H01", "age": 59, "sex": "F", "notes": [
("2021-03-04", "IR Procedure Note", """
INTERVENTIONAL RADIOLOGY - PROCEDURE NOTE
Procedure: US + fluoro guided placement of tunneled cuffed HD catheter, R IJ
Operator: T. Vasquez-Lund MD   Date of service: 03/04/2021
Indication: ESKD, initiating in-center HD; LUE cephalic vein too small on vein map, fistula planned later.
Sedation: moderate, midazolam 2 mg + fentanyl 100 mcg IV in divided doses, RN monitored, 28 min intraservice. ASA 3.
Technique: R IJ patent/compressible, micropuncture access under real-time US (image saved). 19 cm tip-to-cuff Palindrome tunneled from a R infraclavicular skin nick, exit site about 3 cm below the clavicle. Tip at cavoatrial junction. Both lumens flush and aspirate well, heparin lock 1000 units/mL each lumen. Venotomy closed w/ Dermabond, catheter secured with 2-0 nylon.
EBL minimal. No immediate complications.
PMH: T2DM, A1c 6.8 on diet alone, HTN, obesity - BMI 33.1. No anticoagulants.
"""),
("2021-06-14", "IR Clinic Note", """
IR catheter clinic - f/u visit
59F on HD via R IJ tunneled cath (placed here 3/4/21) sent by her dialysis RN for "a black spot at the line".
She says the skin right around where the catheter comes out began hurting 3 weeks ago, first as a hard purple knot, then it went dark in the middle. Afebrile at home, nothing draining, runs are fine at 400 blood flow.
Exam: R upper chest, encircling the exit site: stellate black eschar, 3.5cm by 3cm, ringed by netlike violaceous mottling, exquisitely tender even to light touch. Cuff not palpable/exposed. No purulence on expression. Tunnel tract non-tender above the cuff.
Cultures of exit site sent.
A/P: exit-site necrosis in ESKD pt -> concern for calciphylaxis, tunnel infection less likely. Derm to biopsy edge. Pt aware we may need to move the line.
"""),
("2021-06-22", "Vascular Access Surgery Note", """
ACCESS SURGERY - progress note
Reason: line relocation + path review
Skin bx (derm, 6/16) from the rim of the R infraclavicular wound: mural calcium in small subQ arterioles, intimal thickening, thrombi and fat necrosis -> fits calciphylaxis. Exit-site cx no growth.
So this is calciphylaxis sitting right at the skin puncture/exit site of the tunneled catheter she got on 03/04/2021; the onset was about 5/24 per her. I think the tunnel trauma is the likely trigger.
Plan: remove R IJ TDC today, place new tunneled cath L IJ with the exit well away, sodium thiosulfate 25 g to begin, given TIW on HD, binder switched to non-calcium. LUE AVF once she is stable. Wt 88 kg, BMI 33.4.
"""),
]}

H02 = {"patient_id": "H02", "age": 66, "sex": "M", "notes": [
("2022-11-21", "Pre-operative H&P - Access Surgery", """
PRE-OP H&P
66 yo man w/ ESRD, HD MWF through L upper arm AV graft (PTFE, 2019), here before elective graft revision (recurrent venous outflow stenosis, 3 angioplasties this year).
Hx: mech AVR 2014 -> on Coumadin, higher-than-usual INR target because of the valve. T2DM - linagliptin only, has never been on insulin. HTN. BMI 28.4.
Anticoag plan (d/w cardiology): last warfarin dose 11/22. Bridge: enoxaparin (renally adjusted, 30 mg) subcut once a day starting Thursday 11/24 (Thanksgiving) - pt's daughter is a nurse and will give the shots, teaching done today, she'll use his left lower belly. Stop enoxaparin 24 h pre-op.
Consent signed. NPO after midnight before surgery.
"""),
("2022-12-05", "Operative Report", """
OPERATIVE REPORT
Pre/Post-op dx: Stenosis of L upper arm AVG venous anastomosis.
Procedure: Jump graft revision, 6 mm PTFE, to L axillary vein.
Anesthesia: regional (supraclavicular block) + MAC.
Findings: tight neointimal hyperplasia at venous end, good thrill after revision.
Incision L upper arm medial, closed in 2 layers, 4-0 monocryl subcuticular.
Disp: PACU then home. Resume warfarin tonight, continue Lovenox shots until INR > 2.5.
"""),
("2023-01-30", "Vascular Surgery Clinic Note", """
VASC SURG CLINIC
Graft working, thrill+, HD unit happy, incision healed.
New issue: very painful black area on his L lower abdomen, came up sometime in January. This is where his daughter gave the Lovenox every day from Thanksgiving to mid-Dec (INR took a long time to get there).
Exam: LLQ, lateral to umbilicus: two confluent stellate eschars, 4 cm total, surrounded by violaceous retiform purpura, woody induration, tender.
Derm punch (1/27): calcified media in little vessels, occlusive thrombi; consistent with calciphylaxis.
Imp: calciphylaxis of the abdominal wall, located where the enoxaparin went in; pt remains on warfarin.
Plan: nephro to start sodium thiosulfate; cardiology re: warfarin alternatives given mech valve (limited options). Wound care referral. Rtc 4 wk.
"""),
]}

H03 = {"patient_id": "H03", "age": 71, "sex": "F", "notes": [
("2019-08-12", "Vascular Access Clinic Note", """
Access clinic
71F, end-stage kidney disease, dialyzing via L IJ tunneled catheter since May while her fistula matures.
Seen for R leg swelling x 4 days -> duplex today: acute occlusive DVT R common femoral to popliteal. Nothing in the groin ever (no fem lines).
Started apixaban? no - pharmacy recommends warfarin w/ heparin bridge on HD given ESKD; nephrology agrees.
Fitted today with R thigh-high stocking (20-30 mmHg) to wear daytime starting now.
Pmhx: obesity (BMI 36.7), OSA on CPAP, no diabetes.
"""),
("2019-10-09", "IR Procedure Note", """
IR PROCEDURE: Tunneled HD catheter exchange over wire, L IJ
Date: 10/09/2019. Sedation: none requested, 1% lido local only.
Indication: poor flows (BFR 250) despite tPA x2.
Old 23 cm catheter removed over wire, fibrin sheath noted, balloon disruption 10 mm. New 23 cm cath placed, tip in RA. Good flows. 0 complications.
Incidental: pt pointing to R upper thigh during prep, "the sock is killing me". Says pain under the stocking's top band started 10/02/2019. Exam: horizontal band-like violaceous plaque 6 x 2 cm, R anteromedial upper thigh, exactly under the silicone grip top of the stocking, with 1 cm black crust centrally and lacy livedo below. Very tender. Stocking removed, photo in media tab.
Rec: dermatology today, stop stocking.
"""),
("2019-10-16", "Dermatology Consult Note", """
DERM CONSULT - f/u of biopsy
Punch bx 10/10 R thigh: subcutaneous vessels (small, medium) ringed by calcium, microthrombi, septal panniculitis; Von Kossa confirms. = calciphylaxis.
Lesion lies in a strip matching the elastic upper cuff of the R thigh-high stocking, which pressed there since she started it on 8/12. Still on warfarin (INR 2.6) for the DVT. BMI 36.2.
Rec: STS with HD, discuss switching warfarin with heme, no compression to that leg, foam dressing, pain mgmt (hydromorphone low dose).
"""),
]}

H04 = {"patient_id": "H04", "age": 54, "sex": "M", "notes": [
("2020-03-10", "Operative Report", """
OP NOTE
Procedure: Laparoscopic peritoneal dialysis catheter insertion with rectus sheath tunnel
Surgeon: A. Okonkwo-Hart
Anesthesia: GETA
Ports: 5 mm periumbilical, 5 mm L lateral. Catheter (double cuff swan neck) through L paramedian rectus tunnel, deep cuff pre-peritoneal, exit site L lower quadrant, directed downward. Omentopexy performed. Flushed - free inflow / outflow.
Pt: 54 M, CKD 5 from diabetic nephropathy, T1DM on basal-bolus insulin (he injects into both arms, never belly). BMI 34.2.
Plan: no PD for 2 wks, then training, CCPD.
"""),
("2020-07-20", "PD Access Follow-up Note", """
PD access f/u (surgery clinic)
Cath doing well on CCPD, exit L lower abd: dry, clean, crust-free, nontender. Drain effluent clear.
BUT pt asks about a "burn" on his back. Story: chronic low back pain, sleeps nightly since April on his electric heating pad, cranked to high, wedged against the L lower back. The area became exquisitely painful around the Fourth of July and then turned black.
O/E: L low back, paraspinal at L3-4: 5 x 4 cm dusky purple plaque w/ central black eschar, surrounded by reticulated erythema. Indurated. Extremely tender. Mottled brown reticulated pigment around it too (ab igne).
Ddx: calciphylaxis vs deep thermal burn. Bx with derm this week. Told to stop the heating pad entirely.
"""),
("2020-07-28", "General Surgery Consult - Wound", """
Surgery wound consult
Path from 7/22 L lower back incisional bx: extensive calcific arteriolopathy of the subcutis, thrombosis, necrosis. Burn changes absent. Final dx calcific uremic arteriolopathy.
So: calciphylaxis developing at the spot his heating pad sat every night from Apr 2020; onset ~07/04/2020.
Not a debridement candidate right now (dry stable eschar). Local wound care, Na thiosulfate IP? -> renal to decide. Recheck 2 wk. Insulin glargine + lispro unchanged. BMI 33.9.
"""),
]}

H05 = {"patient_id": "H05", "age": 63, "sex": "F", "notes": [
("2023-02-13", "IR Procedure Note - Fistulogram", """
Fistulogram / angioplasty, R forearm radiocephalic AVF
DOS 2/13/23
H&P update: 63 yo F. ESRD - HD on Tue/Thu/Sat schedule. No DM. Had PE in 2015 -> Coumadin for 2 years, off since 2017. Tripped on the curb outside her dialysis unit this past Fri (2/10) and scraped her R shin; abrasion 3 x 2 cm cleaned at the unit, bacitracin + gauze. BMI 30.4 (class I obesity).
Sedation: moderate (versed 1 mg, fentanyl 50 mcg). Access: antegrade R forearm AVF w/ 6 Fr sheath.
Findings: 70% juxta-anastomotic stenosis -> PTA 5 mm, residual <20%. Thrill restored.
Complications: none. Hemostasis w/ purse string.
"""),
("2023-03-15", "IR Procedure Note - Fistulogram", """
Repeat fistulogram for recurrent high venous pressures. DOS 03/15/2023.
Pre-procedure: pt very uncomfortable, reports the place she scraped on her R shin in Feb never healed and since 03/01 has become a painful black ulcer. Exam: R anterior shin (middle third) - ulcer 2.5cm w/ adherent blackened crust, lacy purple border, pain 9/10 to touch. No cellulitis.
Procedure: sedation minimal (fentanyl 25 mcg only, pt preference). Recurrent stenosis -> 6 mm DCB. Good result.
Rec: referred to wound/vascular clinic re: shin ulcer, ABIs ordered.
"""),
("2023-03-29", "Vascular Surgery / Wound Clinic Note", """
Vasc/wound clinic
ABIs non-compressible bilat, TBI 0.6 - adequate perfusion.
R anterior shin ulcer at the site of the 2/10 curb abrasion, bx 3/20: calciphylaxis (calcified subQ arterioles w/ thrombi). Onset of ulcer 3/1/23 per pt, within the scar of the scrape.
Weight down, BMI 29.6 today after dry-wt challenge.
Plan: STS via HD, cinacalcet up, stop calcium carbonate, silver alginate. No sharp debridement for now.
"""),
]}

H06 = {"patient_id": "H06", "age": 48, "sex": "M", "notes": [
("2024-06-03", "Access Surgery Office Note", """
Office visit - PD access
48M, ESRD (IgA nephropathy), on APD since 2022, Tenckhoff in R lower abdomen. Comes in for slow outflow, KUB shows tip in the pelvis, OK. Constipation likely -> senna/PEG.
Hgb 8.7 -> Aranesp (darbepoetin) 60 mcg SC q2wk started. PD RN gave dose #1 here today, into his left lateral thigh; he was taught to self-inject and prefers that thigh ("I'm left handed... my right hand is steadier actually, whatever, left thigh it is").
No DM. No anticoagulants. BMI 26.0.
"""),
("2024-11-19", "IR Procedure Note", """
IR: fluoroscopic guided PD catheter manipulation (stiff wire), R lower abd Tenckhoff
11/19/2024 - conscious sedation w/ midazolam 1 mg, fentanyl 50 mcg, 15 min.
Catheter tip repositioned from LUQ to pelvis; free flow of 500 mL test instillation.
Pre-sedation exam, unrelated to today: pt showed me a hard, super tender patch, outer aspect L thigh, that he first noticed 2 weeks ago, now w/ black scab in the middle, where he does his Aranesp shots every other week. Roughly 4cm x 3cm; violaceous, indurated, edge livedoid. Sent msg to his nephrologist re: urgent derm.
"""),
("2024-12-02", "Nephrology - Access Note", """
Renal/access note
Derm punch of L lateral thigh 11/22: calciphylaxis (vascular calcification + thrombi in subcutaneous fat, von kossa+). Pathologist comments on "injection-site distribution".
PO4 7.9, CaxP product elevated; currently calcium acetate -> switch to sevelamer. Hold darbepoetin SC; give IV ESA at monthly clinic instead. Start STS intraperitoneal? -> pharmacy check; meanwhile IV thrice weekly in infusion.
"""),
]}

H07 = {"patient_id": "H07", "age": 77, "sex": "F", "notes": [
("2018-09-20", "Operative Report", """
OPERATIVE NOTE
Proc: R thigh loop AV graft (6 mm ePTFE), common femoral artery to greater saphenous/femoral vein confluence.
Surgeon: Dr M. Halloran   Date: 09/20/2018
Anes: general
Indication: ESRD on HD, exhausted bilateral UE veins, on R IJ tunneled cath.
Incisions: R groin oblique 7 cm; counter-incision R mid-anterior thigh 2 cm for tunneling. Anastomoses end-to-side, 6-0 prolene. Good thrill. Incisions closed w/ 3-0 vicryl + staples groin.
Comorb: DM2, glargine 30 units at bedtime, morbid obesity (BMI 41.5), CAD.
"""),
("2018-10-04", "Post-op Visit", """
POST OP 2 WK
Groin incision healing, no drainage, mild ecchymosis. Staples removed, steri-strips on. Thigh counterincision healed. Graft thrill+ bruit+. OK to cannulate in 2 wks.
Pt happy. F/u 6 wk.
"""),
("2018-11-26", "Vascular Surgery Clinic Note", """
Unscheduled visit - groin pain
77 y/o lady with R thigh loop AVG (9/20). Graft used since 10/22, working.
c/o burning pain in the R groin since early November. The pain follows the old groin incision. Exam: most of the R groin scar (its lateral part) has turned into a 5 cm linear black eschar, retiform purple patches fringing it; graft itself not involved, no fluid collection on POCUS, no purulence.
Ddx: calciphylaxis in a surgical scar vs wound dehiscence w/ necrosis vs graft infection.
Plan: CTA + punch bx at the margin (away from graft), derm to assist, WBC/CRP.
"""),
("2018-12-04", "Vascular Surgery Progress Note", """
F/u results
CTA: graft patent, no perigraft fluid. WBC nl.
Punch bx R groin scar margin: calcified small arterioles with thrombus in fat, consistent with calciphylaxis, no organisms.
Impression: calciphylaxis arising in the R groin incision of the 9/20/18 graft operation, onset early Nov.
Plan: STS at each HD run (renal aware), local care only, protect graft. Insulin continued. BMI 40.8.
"""),
]}

PATIENTS = [H01, H02, H03, H04, H05, H06, H07]
