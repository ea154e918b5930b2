"""probe210 corpus notes, F01-F07 (holiday and transient dialysis and the clinics around it; all invented)."""

F01 = {"patient_id": "F01", "age": 67, "sex": "M", "notes": [
("2022-09-20", "Holiday Dialysis Transfer Packet", """
KESTLEMOOR RENAL UNIT - VISITING PATIENT REFERRAL (HOLIDAY)
Pt: Mr Osric PELLOW   DOB 02/05/1955   Hosp no KR-448213
Receiving unit: Brindle Cove Dialysis. Requested slots Mon/Wed/Fri
03/10/22 to 21/10/22 (am shift pref).
Primary renal dx: IgA nephropathy -> ESRD, on haemodialysis since 2019.
Not diabetic. No anticoagulants.
Access: L brachiocephalic AVF, rope ladder, 16G x2, no lines.
Rx: 4h, Qb 350, Qd 500, FX80, 2K / 1.25Ca bath. EDW 81.0kg. BMI 27.1
Virology 08/09/22 HBsAg neg / anti-HCV neg / HIV neg. MRSA swabs neg.
Bloods 12/09/22: Hb 104, K 5.1, adj Ca 2.41, phos 2.05, iPTH 88
Meds: Renvela 1.6g with meals x3, One-Alpha 0.5mcg daily, amlodipine 10mg.
ESA: darbepoetin (Aranesp) 40mcg SC every Monday on the unit, given by
our nurses, always in the R arm over the triceps (posterior upper arm),
as his fistula is in the left.
Started 14/03/2022. Please continue while he is away - 3 pre-filled
syringes will be couriered in a cool box.
Allergy: penicillin (rash). Skin intact on last check.
Contact: charge nurse, Kestlemoor, ext 4471
"""),
("2022-10-12", "Away Unit Treatment Note", """
BRINDLE COVE DIALYSIS - visiting pt treatment record, session 5
Mr O. Pellow (home unit Kestlemoor)     12-Oct-2022
Pre: wt 82.3 / EDW 81.0, BP 162/88, P 72 reg, T 36.4. UF goal 1.6 L.
AVF L arm: thrill +, 16G x2 first attempt.
Nursing: pt showed me an exquisitely tender dusky purple patch approx
3x4cm over the posterior aspect of his R upper arm, netted violet margin and a small
dark centre. First noticed Sun 9th Oct. This is exactly where his
Aranesp goes in every Monday (we gave it here 03/10 and 10/10 as well).
Afebrile, no discharge. Aranesp due 17/10 HELD pending review.
Dr Ruan called to the floor - ?calciphylaxis, urgent derm referral to
Brindle General, Ca/PO4/PTH sent off.
Post: wt 80.9, BP 138/76. Full 4h completed, no alarms.  - S. Kell RN
"""),
("2022-10-28", "Return-Home Letter", """
Dear Dr Ashworth,
Re: Osric Pellow, 67 y, visiting HD patient with us 03/10/22 - 21/10/22
Thank you for allowing us to dialyse Mr Pellow. His runs went smoothly
apart from one significant problem. On 09/10/22 he developed a painful
violaceous plaque at his darbepoetin injection site, posterior right
upper arm. Dermatology at Brindle General took a deep incisional
biopsy on 14/10: mural calcium in subcutaneous arterioles, luminal
thrombus and necrotic fat - a picture typical of calciphylaxis. We stopped subcutaneous
darbepoetin (you may wish to switch to an intravenous ESA), stopped his
alfacalcidol and began sodium thiosulfate (25 g, infused post-run) from 17/10.
Phosphate was 2.2 on the day he left. Weight 80.6kg, BMI 26.8.
The lesion is now a dry 2.5 cm eschar dressed with Inadine; pain is
controlled with paracetamol and a small dose of oxycodone.
He flew home on 22/10. Yours sincerely,
Dr M. Ruan, Visiting Patient Nephrologist, Brindle Cove
"""),
]}

F02 = {"patient_id": "F02", "age": 59, "sex": "F", "notes": [
("2023-05-22", "Transient Dialysis Transfer Packet", """
PINEHAVEN KIDNEY CENTER -- TRANSIENT PATIENT PACKET
To: Isla Corvena Renal Clinic      Travel dates 06/03/23 - 06/24/23
Patient: Delphine Marrack, 59F, MRN 00731942
Dx: ESRD d/t DM nephropathy; ICHD Tu-Th-Sa since 2020.
DM2 on insulin glargine 18u qhs (pt rotates thighs), lispro SSI.
Hx: provoked LLE DVT 2018 (transatlantic flight). No warfarin ever.
Access: R upper arm AVG, 15g needles, no recent clots.
Tx orders: 3h45, Optiflux 180, BFR 400 / DFR 600 / bath K2 Ca2.5 /
heparin: unit protocol. Target wt 94.0kg; height 161cm; BMI 36.2.
Labs 05/09/23: Ca 9.1, Hgb 10.6, iPTH 512, phos 6.4, Kt/V 1.38, alb 3.6.
HBsAg neg 04/28/23, HBsAb 64. TB screen neg.
Last 3 run sheets attached; standing IDH -> may need albumin.
Travel note: her PCP is starting enoxaparin 30 mg subcut once daily
beginning 6/2 (the day before departure) for the duration of the trip.
No open wounds at time of packet.
"""),
("2023-06-09", "Away Unit Treatment Note", """
Isla Corvena Renal Clinic - Transient Treatment Flowsheet Summary
09 Jun 2023  Pt: D. Marrack (visitor, Pinehaven)   Chair 11, Tx #3
Pre wt 96.1 (EDW 94.0)  BP 171/79  HR 84  Temp 36.8  SpO2 97% RA
Access R arm graft, 15g x2, +bruit/thrill, cannulated by T. Oyelaran
Goal UF 2.3 L. Run time 3:45. BFR 400 achieved.
Skin/meds check: pt self-injecting enoxaparin every morning into her lower
abdomen as her PCP told her; sites look unremarkable, nil else.
Glargine still into thighs. BG pre 212, post 148.
Intradialytic: 1 cramp episode at 2:50, settled with 100 ml NS, UF paused 10 min
Post wt 94.0  BP 142/70
Pt enjoying trip, reminded about fluid limit in hot weather (1 L/day).
Next tx Sat.
"""),
("2023-07-08", "Dermatology Consult", """
DERMATOLOGY CONSULTATION - Pinehaven Medical Group
Referred by nephrology (Dr. Gallow) for painful abdominal ulcer.
HPI: 59F on HD, DM2, BMI 36.2. Returned from an island vacation 6/24.
Reports the area below her belly button became sore and purple 3 weeks
ago while away, then turned hard and black in the center. Pain 9/10,
worse bending or lying flat; she now sleeps sitting up in a recliner chair.
Exam: Lower abdomen, infraumbilical, 6x4cm star-shaped ulcer, eschar stuck
fast, bordered by retiform purpura; the fat around it is woody.
No fluctuance. Legs and thighs: nothing similar.
Labs drawn 7/5 - PTH 630; phosphorus 7.1; Ca 9.4 (uncorrected).
Assessment: calciphylaxis, diagnosed clinically - classic retiform purpura with
necrosis in a fatty area in a dialysis patient. We did not biopsy
(site, likely poor healing); nephrology agrees.
- STS with each HD (TIW); drop bath calcium; d/c Tums
- non-adherent dressing, wound RN weekly, palliative team for pain
- RTC 2 wks
"""),
]}

F03 = {"patient_id": "F03", "age": 72, "sex": "M", "notes": [
("2024-04-25", "Holiday Dialysis Transfer Packet", """
Ashby Vale Satellite HD - Request for Holiday Dialysis
Name: Mr Terence Loughrey   Age 72   NHS no 463 118 9927
Destination unit: Harbour Row Dialysis (Kelmouth), 13/05 - 24/05/2024
Cause of ESRF: hypertensive nephrosclerosis. HD 3x wk since 2021.
Comorbid: type 2 DM (diet-controlled, HbA1c 47), AF (apixaban), OA knees.
Weight 96.4kg, height 179cm -> BMI 30.0. EDW 95.5kg.
Access: R radiocephalic AVF. Buttonhole x2. No problems.
Prescription: 4h, Qb 300, 2K bath, dialyser FX60, tinzaparin 2500 u into circuit.
Virology 11/04/24 all negative.
Nursing notes: gets troublesome L calf cramps on the machine. Since last
autumn he brings his own microwaveable wheat bag and drapes it behind
his L calf for most of every session - please allow use of the
unit microwave. Small L calf sore (since March), dressed by our
TVN (Mepore) - photo attached.
"""),
("2024-05-15", "Away Unit Treatment Note", """
HARBOUR ROW DIALYSIS - VISITOR TREATMENT NOTE   15.05.24  Rx 2 of 5
Mr T. Loughrey (Ashby Vale)
Obs: pre 97.2kg, BP 154/70, HR 88 irreg (known AF), T 36.5
Buttonholes R arm needled without issue. UF 1.8L over 4h.
Wound: L posterior calf: 3x2.5cm black eschar, surrounding lacy purple
mottling, very tender to light touch (8/10). This sits right where he
rests the heated wheat bag every run, and he says the heat has been on
that spot since the autumn. No biopsy yet at home; nurse concern
?calciphylaxis, not yet raised with him.
Wheat bag: asked him to give it up; cramps managed with stretching instead.
Email sent to home consultant Dr Vyas with photos.
Post 95.4kg, BP 132/66. No intradialytic events. Next Fri.
"""),
("2024-06-06", "Nephrology Clinic Letter", """
Ashby Vale Renal Clinic
Dear Dr Pennick (GP),
Mr Terence Loughrey, 72, haemodialysis
Diagnoses: 1) Calciphylaxis, L calf - biopsy 24/05/2024 showed
subcutaneous arteriolar calcification with thrombosis; 2) ESRF on HD;
3) type 2 diabetes, diet only; 4) AF on apixaban.
His left posterior calf ulcer dates from March. The
Harbour Row team noted that it lies exactly where he had been applying a
heated wheat bag for cramps during dialysis since autumn 2023; we think
the repeated heat is a likely trigger. He has stopped it.
Plan: sodium thiosulfate on dialysis, cinacalcet up-titrated, non-calcium
binder only. Weight today 96.0kg, BMI 30.0.
Yours sincerely, Dr R. Vyas
"""),
]}

F04 = {"patient_id": "F04", "age": 63, "sex": "F", "notes": [
("2021-07-15", "Holiday PD Arrangement Letter", """
Wrenfield Home Therapies - Peritoneal Dialysis Holiday Plan
Patient: Mrs Anwen Costigan, 63   APD since 2018 (ESRD, diabetic nephropathy)
Holiday: Port Aldera, Hotel Miralta, 31/07/21 - 21/08/21
Supplies: 21 nights of 2 x 5L 1.36% + icodextrin day dwell, delivered to
the hotel by the supply company on 29/07; cycler travels with her (hand
luggage letter issued).
Prescription: 9h, 4 x 2.2L fills, last fill icodextrin 1.5L.
Local contact: Port Aldera Clinica Renal, Dr Senra (speaks English).
Peritonitis plan: cloudy bag -> photograph, keep bag, call us; first-dose
antibiotics in the welcome pack.
Diabetes: type 2, Humulin I 24u bd, self-injected into her abdomen.
No warfarin. Weight 86.2kg, BMI 33.4. Skin: no wounds. Exit site clean.
"""),
("2021-08-04", "Holiday Clinic Walk-in Note", """
Clinica Renal Port Aldera - consulta visitante  04/08/2021
Sra A. Costigan, 63, British tourist on home PD (cycler).
MC: burnt legs. Fell asleep on a sun lounger in shorts 2 days ago,
woke with the fronts of both thighs red and sore.
Exam: confluent erythema and scattered tense blisters over the anterior
thighs, both sides, sparing the knees. No infection. PD exit site healthy,
effluent clear per patient. T 37.1, BP 138/80, glucose 11.2.
Imp: second-degree sunburn, anterior thighs bilaterally.
Plan: cool compresses, emollient, paracetamol, keep out of sun, do not burst
blisters. Return if fever or pus. Letter given for her home team.
Dr L. Senra
"""),
("2021-08-31", "PD Clinic Note", """
WRENFIELD PD CLINIC - review after holiday
Mrs Costigan, back from Port Aldera 21/08.
c/o painful lumps in both thighs. Says the L one appeared on 20/8 near
the end of the trip, the R one came up roughly a week after. Both are in
the skin that got badly sunburnt there (clinic letter from 04/08/21 seen).
O/E: L anterior thigh 5cm indurated violaceous plaque w/ livedoid edge,
central dusky patch; R anterior thigh 3cm tender nodule with faint
purple net. Sunburn otherwise healed. Exit site OK, no tunnel tenderness.
Obs: BP 146/84, wt 85.9kg. Kt/V (July) 1.9. Ca 2.48, PO4 1.98, PTH 61.
Imp: ?calciphylaxis in sun-damaged skin. Urgent derm + biopsy requested.
Stop calcichew, continue sevelamer.
"""),
("2021-09-10", "Dermatology Clinic Letter", """
Wrenfield Dermatology
Re: Anwen Costigan  DOB 11/02/1958
Diagnosis: calciphylaxis, both anterior thighs (biopsy proven)
Many thanks for referring her so promptly. The telescopic biopsy from the L
anterior thigh (06/09/21) shows calcium lining the walls of hypodermal
arterioles, occlusive thrombi and lobular panniculitis,
diagnostic of calciphylaxis. The R thigh lesion looks clinically identical. The two
plaques sit squarely within the area of blistering sunburn she sustained
on holiday on 02/08/21, which I think acted as the local trigger.
Background: insulin-treated T2DM; on PD; BMI today 33.0.
Plan: IV sodium thiosulfate via the renal unit, analgesia review, gentle
cleansing and silicone dressings, strict sun avoidance. Review 3 weeks.
Dr I. Mabey, Consultant Dermatologist
"""),
]}

F05 = {"patient_id": "F05", "age": 78, "sex": "F", "notes": [
("2024-01-05", "Long-Stay Visiting Patient Packet", """
NORTHGATE DIALYSIS UNIT - LONG-STAY VISITOR PACKET (winter abroad)
Mrs Ida Fenwright, 78.  Hosp no NG-209981
To: Vallmora Dialysis Centre, 08 Jan 2024 to 29 Mar 2024 (12 wks)
Renal dx: ADPKD, ESKD, haemodialysis since March 2021.
No diabetes. AF - WARFARIN; we aim for INR 2-3 and check it weekly on the unit.
Access: R radiocephalic fistula (R arm: no BP, no bloods).
Blood pressure: since she began HD in March 2021 every reading has been
taken with the machine cuff on her L upper arm, usually 6-8 inflations
per session.
HD: 4h, Qb 320, Qd 500, 2K/1.5Ca, Elisio 19H, no heparin (on warfarin).
EDW 72.0kg, BMI 29.9 (overweight).
Recent: Hb 112 / K+ 4.8 / corrCa 2.52 / phos 2.31 / PTH 74 / INR 2.4.
Viral screen 15/12/23 negative. No MRSA/CPE.
"""),
("2024-02-20", "Away Unit Physician Note", """
Vallmora Dialysis Centre - physician review of visiting patient
20.02.2024  Mrs I. Fenwright (Northgate), session 19
Asked to see: painful area L arm. Onset early February, getting worse.
Exam: inner aspect of the L upper arm, 6x4cm indurated plaque with
livedo racemosa and a 1 cm central dusky bulla. Exquisitely tender.
It lies directly under the bladder of the BP cuff, which has been
inflated on this arm every half hour of every run for nearly three years.
Pre obs: BP 152/74 (measured on L calf today), HR 78, wt 73.1kg.
Bloods: INR 2.6; corrCa 2.55; phos 2.4; PTH 80.
Impression: probable calciphylaxis triggered by repeated cuff pressure;
warfarin and high phosphate add to the risk. Skin biopsy booked with
Dr Iriarte (derm). Cuff now on the L calf only.
Dr P. Abelló
"""),
("2024-03-12", "Return-Home Letter", """
Vallmora Dialysis Centre
To: Dr Hollins, Northgate Dialysis Unit        12 March 2024
Re: Mrs Ida Fenwright
We write as Mrs Fenwright is returning to you earlier than planned.
Dermatology biopsy 23/02/2024 of the L upper arm plaque showed
calciphylaxis: calcified arteriolar media in the fat, with intimal
proliferation and clot. It arose at the site where her blood pressure
cuff has been inflated at every session since HD began in March 2021.
Warfarin was stopped on 24/02 and changed to apixaban 2.5 mg bd after
discussion with her cardiologist. STS 25 g post-HD from 26/02 (9 doses).
Wound 5x3.5cm, eschar forming, dressed with hydrofibre.
BP cuff on the lower leg only from now on please.
Dry weight unchanged. BMI 29.9.
Kind regards, Dr P. Abelló
"""),
]}

F06 = {"patient_id": "F06", "age": 69, "sex": "M", "notes": [
("2019-04-16", "Holiday Dialysis Transfer Packet", """
CARRICK LANE RENAL SATELLITE - Touring holiday: multi-unit request
Patient: Mr Gerallt Hume, 69      Unit no CL-07716
Coach tour 02/05/19 - 25/05/19. Units requested:
 1. Felsham Dialysis (06-10 May)   2. Tor Brae Unit (13-17 May)
 3. Lake Oster Transient Unit (20-24 May)
ESRD 2o to reflux nephropathy, HD since 2016, Tues/Thurs/Sat.
T2DM - linagliptin 5mg, no insulin. Warfarin stopped 2017 (no AF since
ablation). BMI 31.5.
Access: L BC fistula, area cannulation, 15G.
Rx: 4h, Qb 380, 3K bath, FX80 dialyser, heparin 2000u load.
EDW 99.5kg. Hb 118, PO4 2.26, adj Ca 2.38, PTH 46.
BBV screen April 2019: all neg. Skin intact.
"""),
("2019-05-22", "Away Unit Treatment Note", """
Lake Oster Transient Unit - treatment note, Wed 22-May-19
Mr G. Hume (Carrick Lane), coach tour, 1st session with us.
Weight 102.6kg - 3.1 over EDW; pt then remembered his money belt. He wears
a zipped money belt with passport and cash low across his lower abdomen
under his trousers every day since the tour set off on 2nd May. Removed:
re-weighed 102.1kg.
Skin: he mentioned a sore patch low down on the R of his tummy (R lower
abdomen), first noticed on 20-May-19. Seen: 2cm firm dusky violet area, no break, tender.
BP 149/81, P 70, T 36.6. L arm fistula 15G x2, good flow.
UF 2.5L, 4h completed. No cramps.
Informed visiting doctor, who advised GP/derm review once home; photo
taken with consent.
Post 99.6kg.
"""),
("2019-06-11", "Dermatology Clinic Letter", """
Carrick Lane Hospital Dermatology
RE: Gerallt Hume, 69
Dx: R lower abdominal calciphylaxis (biopsy-proven)
Reviewed today: painful right lower abdominal lesion, first noticed on
20/05/2019 while on a coach tour. Now a 4x3cm ulcer capped by black eschar
set in a horizontal band of livedo running across the R lower quadrant.
Punch bx 31/05: calcium in the walls of tiny hypodermal vessels plus
necrotic adipocytes.
Background: ESRF on HD, T2DM (tablets), BMI 31.5, previous warfarin.
We have asked the renal team to start sodium thiosulfate and to review
his calcium-phosphate management; wound nurse to dress with Atrauman +
foam twice weekly. Opioid-sparing analgesia discussed.
Follow-up 4 weeks.
Dr S. Quennell
"""),
]}

F07 = {"patient_id": "F07", "age": 55, "sex": "M", "notes": [
("2024-09-04", "Away Unit Treatment Note", """
SEABRIGHT HOLIDAY DIALYSIS - VISITOR TX NOTE   4.9.24
Pt: Mr Callum Rooke, 55, from Oakhurst Renal. Holiday 26/8 - 13/9.
Pre wt 71.8 (EDW 70.0)  BP 118/64  HR 96  T 37.9  SpO2 94%
Hx since last session: seen Glenholm Hospital ED 3.9.24 with cough and
fever, CXR R basal consolidation. ED put a peripheral cannula in his R
forearm to give IV co-amoxiclav despite his vein-preservation wristband.
Cannula still in on arrival today, removed by us; site sl. red.
Now oral antibiotics x 5 days.
L arm AVF 16G x2 fine. UF 1.5L only (feverish). 3.5h run, Hb 98.
T1DM - Novorapid/Levemir via pen into abdomen, BG 14.1 -> 9.8.
Plan: ED letter copied to home unit. Review chest Fri.
"""),
("2024-09-27", "Home Unit Nursing Note", """
OAKHURST RENAL - HD nursing note 27/09/2024
Callum Rooke, back from holiday. Chest infection resolved.
Skin: painful new lesion, inner R forearm, started Tues 24/09/24.
Purple-black centre 1.5cm with mottled edge 4cm, hard. This is where the
ED cannula went in on holiday - the old puncture mark is in the middle.
No pus, afebrile 36.7.
Pre 70.6kg BP 126/70; post 69.9kg. AVF L 16G.
BMI 26.0. BG 11.4.
Discussed with Dr Mistry on the unit - concerned re calciphylaxis given
PTH 110 and Ca x PO4 high. Derm referral sent, photo on EPR.
"""),
("2024-10-08", "Dermatology Clinic Note", """
Dermatology - Oakhurst General      08-Oct-2024
Callum Rooke, 55 M. Type 1 DM (insulin), ESRD on HD.
Biopsy from the R forearm lesion 30/09/2024: vascular calcification of
small arterioles with microthrombi and extravascular calcium - calciphylaxis.
The lesion arose on 24/09/2024 exactly at the site of a peripheral cannula
placed in the right forearm during an ED visit abroad on 03/09/2024.
Now 2.5cm ulcer, central eschar, livedoid margin. Rest of the skin, head to toe,
unremarkable.
Plan: STS on HD; swap calcium binder for lanthanum; add cinacalcet;
honey-based dressings, strict no cannulas R arm (alert added to EPR).
Review 3 weeks.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
