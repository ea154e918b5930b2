"""probe232 corpus notes, K01-K07 (telephonic and insurer case management plus the clinics
around it; every person, plan, place and sentence invented)."""

K01 = {"patient_id": "K01", "age": 66, "sex": "F", "notes": [
("2023-04-11", "Telephonic Disease Management - Diabetes", """
DIABETES DISEASE MGMT PROGRAM - OUTBOUND CALL
Harborview Community Health Plan | RN Care Coordinator: T. Okonjo, RN
Attempt #1, reached. Mbr identity confirmed (name/DOB/zip).

Why called: pharmacy claims show a new basal insulin.
Mbr says PCP Dr. Vasquez-Lind put her on Lantus 18 units at bedtime on 03/28/2023 once her
A1c came back 9.4%. Home health RN showed her the pen that same day. Every single dose
since has gone in the R outer thigh - "that's the spot the nurse used and I'm too chicken
to do my belly." No lows; fasting sugars 140s-180s per her paper log.
Other hx: kidney failure (ESRD), HD at Larkspur Kidney Center every M/W/F, L arm
fistula. Takes no warfarin, no anticoagulant at all. BMI 33.4 on the last PCP claim.
Teaching: rotating sites w/ teach-back (belly, either thigh, backs of arms), low-sugar
symptoms, sharps container. Mbr says she gets it but "will stick w/ my leg for now."
Plan: f/u call 4-6 wks; plan dietitian referral placed.
"""),
("2023-06-02", "Transitions of Care Call", """
TRANSITIONS OF CARE - POST DISCHARGE CALL, DAY 2
In 5/27/23, out 5/31/23 - Northgate Regional Med Ctr.
D/c summary principal dx: calciphylaxis, R thigh.
On the line: mbr + daughter Renata (HIPAA release on file).

Per summary and mbr: the first thing she felt was a firm, purple, very sore spot on her
right outer thigh on or about May 10; around the 20th the middle went black. Derm took a
punch bx 5/29 and path confirmed calciphylaxis. Mbr: "it's smack where I've been doing my
Lantus."
D/c med rec: sodium thiosulfate 25g IV with every HD run (unit gives it), glargine into
the abdomen only from here on, oxyCODONE 5mg q6h PRN, sevelamer, cinacalcet (new).
Wound: daughter does the dressing daily, Santyl + foam.
Barriers: hurts to transfer; rides to HD. Signed her up for the plan transport benefit.
Appts confirmed: PCP 6/8, wound clinic 6/20. Reviewed when to call 911; mbr repeated back.
"""),
("2023-06-20", "Wound Clinic Progress Note (faxed to plan)", """
Tidewater Wound & Hyperbaric Center - progress note
66yo woman w/ ESRD (HD), insulin-requiring T2DM, obese.
Wound #1 (R lateral thigh) - calciphylaxis, biopsy 5/29/23. Began early May per pt, directly
on the skin where her insulin went in until admission.
Today 6.2x4.1x0.2 cm. Bed ~80% black eschar (adherent), ~20% slough. Edges
indurated, violaceous, retiform. Exudate moderate, serous; not malodorous.
Pain w/ dressing change 7/10, at rest 4/10.
Did not debride - eschar dry, stable, left alone.
Plan: STS continues w/ HD, Santyl daily, bordered foam, turning schedule that avoids R side-lying.
Told pt and daughter: nothing at all gets injected into the R thigh from now on.
Vitals: BMI 33.1 (90.1 kg). RTC 2 wks.
"""),
]}

K02 = {"patient_id": "K02", "age": 58, "sex": "M", "notes": [
("2021-12-14", "Complex Case Management Call", """
COMPLEX CASE MGMT - TELEPHONIC F/U
Mid-Valley Health Alliance | CM: P. Szalai, RN
Mbr 58M. ESRD, dialysis TTS via R forearm graft; type 2 DM on weekly Ozempic, never any
insulin; HTN; BMI 41.2 at nephrology 11/30 (class 3 obesity). No anticoagulants.
Call 18 min; mbr home, spouse present.

S: Crampy belly pain most evenings this fall. Has been lying on the couch with a
hot-water bottle propped on his belly every night "since around Halloween - only thing that
helps", and some nights nods off and it stays on till morning. No open skin. Lower belly looks
"blotchy red" to him.
A/P: worried about that much heat on skin. Advised 20 min cap, towel in between, don't
sleep with it (mbr not keen). Msg to nephrologist Dr. Achterberg re the cramps and the
skin change. Next call 2 wks.
"""),
("2022-01-19", "Complex Case Management Call", """
CCM TELEPHONIC NOTE - outbound, 22 min, mbr + wife Lorna.
Since last call: Ridgeline Dermatology (Dr. Kwarteng) saw him 1/17/22. Wife reads the
after-visit summary aloud: "calciphylaxis, lower abdominal pannus - confirmed on biopsy".
Mbr says the skin right under where the hot-water bottle sat broke open into a black scab
New Year's Eve, and it has crept outward every day since.
Now: no heat whatsoever since seeing derm. Pain 8/10; sleeps sitting up in the recliner.
Derm plan (AVS): sodium thiosulfate during HD, wound care referral, pain mgmt.
CM did: STS prior auth opened w/ pharmacy team; home health wound RN referral; pain clinic
appt requested; repeated: belly stays heat-free and ice-free.
Goal: pain under 5/10 in 2 wks. Next call 1 wk.
"""),
("2022-02-08", "Pharmacy Prior Authorization Clinical Review", """
PRIOR AUTH - CLINICAL REVIEW: sodium thiosulfate inj (Part B vs D determination)
Requesting provider: Mid-Valley Nephrology Assoc.  Reviewer: L. Fairbanks RN, UM
Summary: 58yo maintenance hemodialysis pt w/ calcific uremic arteriolopathy of the pannus,
biopsy-proven. Lesion showed up 12/31/21 in the area where mbr had held a hot-water bottle
nightly for roughly two months. Wound RN visit 2/3/22: eschar 9x7 cm, violaceous indurated
margin.
Labs 1/28 - iPTH 812 (high), PO4 6.9, calcium 9.8.
Weight 128.4 kg; BMI 40.6.
Criteria: dx documented by derm + path; ESRD on dialysis; drug given in-center with HD.
Determination: APPROVED x 3 months under Part B. Auth # MV-22-044817. Provider faxed.
"""),
]}

K03 = {"patient_id": "K03", "age": 71, "sex": "F", "notes": [
("2019-07-16", "ESRD Disease Management Call", """
ESRD PROGRAM - QUARTERLY TELEPHONIC OUTREACH
Cedar Crest Medicare Advantage | Nurse CM: B. Haverkamp, RN
Mbr verified. Dialysis Tu/Th/Sa, Pinewood Dialysis. A-fib, takes warfarin 4 mg a day;
INR checked with her dialysis labs, last 2.6. Not diabetic - April A1c 5.4.

Mbr cheerful, talks about her granddaughter's wedding on June 8th. She bought a new stiff
underwire bra for the dress, first wore it that day, and has worn it daily since bc "it
holds everything up". Says the wire digs into the skin under her left breast and "leaves
a red groove by bedtime". Skin not broken per mbr.
Suggested a softer wire-free style and a proper fitting; mbr "will think about it".
Meds reconciled, nothing new. No missed treatments this month. Wt 94 kg.
Next outreach 3 mo.
"""),
("2019-09-03", "Dermatology Consultation (outside record)", """
DERMATOLOGY CONSULTATION - Lakemont Skin Institute (copy to plan 9/4/19)
CC: "sore under my left breast."
HPI: 71F, HD-dependent ESRD, A-fib anticoagulated w/ warfarin. Started 3 weeks ago -
tender, firm, reddish-purple - in the L inframammary fold, following the exact track of
her underwire; center has since gone dusky. Pain 9/10, worse wearing the bra.
Exam: L inframammary crease, indurated violaceous plaque 5x3 cm, retiform edge; its
middle is a 2-cm black crust (eschar). Right breast, abdomen, thighs unremarkable.
Deep punches x2 taken 8/30 - path today: subcutis with calcified small-vessel walls,
thrombi in lumens, fatty necrosis -> calciphylaxis.
Imp/plan: calciphylaxis, left breast, along the underwire track (daily wear since June). STS w/ HD; no more underwire; cardiology re warfarin -> apixaban; wound care.
"""),
("2019-09-10", "Utilization Review - Inpatient Admission", """
UM - INITIAL INPATIENT REVIEW
Facility: St. Aldric Hospital. Admitted 09/08/2019 via ED. Auth pending.
Why: pain out of control from L breast calciphylaxis, eschar enlarging; INR 3.9.
Clinicals: temp 99.3F, pulse 88 and irregular, BP 148/82, WBC 11.2; wound culture sent.
Tx: hydromorphone PCA; STS 25g post each HD; warfarin held, apixaban to begin per
cardiology; wound care + palliative consults.
PMH: ESRD/HD, AF, HTN; no DM. BMI 36.5.
Criteria: InterQual acute met (needs IV opioid, oral regimen failed). Approved 3 days;
next review 9/11.
D/c planning: home with home health vs brief SNF; daughter leans toward home.
"""),
]}

K04 = {"patient_id": "K04", "age": 69, "sex": "M", "notes": [
("2022-10-12", "Utilization Review - SNF Authorization", """
UTILIZATION MGMT - POST-ACUTE SNF REQUEST
Member 69M. Acute facility: Bellmont Heart Institute. Procedure date: 2022-10-03.
3-vessel CABG: one arterial (LIMA) and two saphenous vein grafts, vein taken from the
right medial calf through an open incision; median sternotomy. Post-op AF ->
amiodarone; anticoag not resumed (bled from the gut on warfarin, which was stopped 2015).
PMH: ESRD - HD on a TTS schedule, L AVF (dialyzed inpt 10/4, 10/6, 10/8); T2DM on insulin
(glargine + lispro sliding scale); HTN; PAD.
Function: min assist transfers, walks 40 ft w/ RW; lives w/ wife, 2nd-floor walk-up.
BMI 28.7.
Hospital wound RN: both incisions healing, staples still in the R leg.
Determination: SNF approved 7 days at Maplecrest Care Center; next review 10/19.
"""),
("2022-11-28", "Transitions of Care Call", """
TOC CALL - SNF TO HOME (SNF d/c 11/24)
Spoke w/ mbr, wife Glenda on speaker.
Mbr says the "leg cut" from his bypass "looked fine when they pulled the staples" but
since mid-November the lower end of the scar on his R calf has turned dark purple, then
black, and it hurts "like a hot poker". SNF wound nurse had been painting it w/ betadine.
No fever or chills.
Med rec: glargine 14 u qhs, lispro w/ meals, amiodarone, ASA 81, atorvastatin, sevelamer.
Wife asks if it is infected.
CM actions: earliest slot at Riverside Wound Care Center 12/9 booked; told to phone the
surgeon's office today and head to the ED if he spikes a fever or the redness spreads;
nephrology updated by fax. Next call after the wound visit.
"""),
("2022-12-09", "Wound Care Center Consult", """
RIVERSIDE WOUND CARE CENTER - NEW PATIENT
69M, CABG 10/3/22 with vein taken from the R leg; ESRD, on HD; takes insulin for DM.
Wound: R medial calf, lower third of the vein-harvest scar - black, stable eschar
4.5x2.0 cm with a ~3 cm rim of violaceous retiform purpura; exquisitely tender. Upper
portion of the incision healed. DP/PT dopplerable.
Onset mid-Nov per pt and SNF records.
Assessment: leading dx calciphylaxis arising in the harvest incision; ddx ischemic
dehiscence. 4-mm punch taken today at the purpuric margin.
Plan: keep eschar dry, betadine daily, no compression on the R leg.
Addendum 12/14/22: path - calcified subcutaneous arterioles, intimal thickening,
thrombosis; c/w calciphylaxis. Nephrology to start STS with HD.
"""),
]}

K05 = {"patient_id": "K05", "age": 63, "sex": "F", "notes": [
("2024-01-22", "Complex Case Management Call", """
CCM TELEPHONIC - post-travel check-in
Mbr 63F: ESRD, home PD on a night cycler; HTN; gout; morbid obesity. Not diabetic. No
anticoagulant. Wt 104 kg on her bathroom scale; "BMI in the high 30s" per her PCP.
Got back 1/19 from three weeks with her son in Freiburg, Germany. She slipped on icy
front steps there and came down squarely on her right buttock; seen at the local hospital.
She reads the discharge letter over the phone: "Datum 12.01.2024 - Prellung rechtes
Gesaess, kein Frakturnachweis" (German date order, i.e. 12 Jan 2024; contusion of the
R buttock, no fracture).
Still a big yellow-green bruise on the R buttock, sore to sit on. PD went fine abroad,
supplies shipped ahead.
Plan: PCP visit for follow-up, mbr to mail us the letter. Fall risk screen done;
grab-bar benefit info mailed.
"""),
("2024-02-27", "Home Dialysis Clinic Note", """
HOME DIALYSIS CLINIC - Dr. S. Mbeki-Rowland
63F, CCPD three years now; last Kt/V 1.9.
New: R buttock - a hard, purple, exquisitely painful patch that began ~2 weeks ago,
in the same place she bruised in the fall in Germany in January (that bruise had faded by
then).
Exam: 7x5 cm indurated plaque, R buttock (upper-outer), violaceous livedoid net, small dusky
patch centrally; not fluctuant. PD exit site: dry, tunnel nontender.
Chem: albumin 3.1, Ca 10.1 (uncorrected), phos 6.4, iPTH 690. On calcium acetate.
A: worrisome for calciphylaxis; ddx panniculitis, organizing hematoma.
P: derm for deep incisional bx; swap calcium acetate for sevelamer; extra daytime dwell.
Plan CM notified.
"""),
("2024-03-12", "Complex Case Management Call", """
CCM FOLLOW-UP CALL
Derm (Dr. Pellegrini) biopsied the R buttock plaque (incisional) 3/4/24. Result on the
portal: calciphylaxis. Mbr tearful - "I thought it was only the bruise from that fall."
Sodium thiosulfate started; she is on PD, so she goes to the infusion suite for
IV doses Mon/Wed/Fri. PA approved 3/8.
Wound: husband doing the dressing daily; pain 6/10 on oxycodone prn.
Derm vitals: wt 103.5 kg, BMI 39.2.
Interventions: transport benefit for infusion visits, pressure-relief seat cushion ordered
through DME, home health wound RN referral sent.
Next call 1 wk.
"""),
]}

K06 = {"patient_id": "K06", "age": 55, "sex": "F", "notes": [
("2025-03-04", "Transitions of Care Call", """
TOC OUTREACH - 48 h post discharge
D/c 3/2/25 from Kestrel Valley Hospital: LLE DVT (popliteal).
55F. ESRD - hemodialysis Mon/Wed/Fri. Diabetic (type 2), takes linagliptin; no insulin
ever prescribed. HTN. BMI 31.7 per
d/c summary.
Anticoag: enoxaparin 30mg subcut daily (renal dosing) bridging to warfarin 5 mg, which
began 2/28; INR goal 2-3, drawn at dialysis.
Daughter gives the shot. First home dose was yesterday, 3/3. Mbr says they "always do it
on my left side, the love handle" - i.e. the L flank - since the couch has her lying
right-side down. In hospital the nurses used her abdomen.
Education: rotate between both flanks and the abdomen, bleeding precautions, vitamin K
foods and warfarin.
F/u: anticoag checks at HD unit, PCP 3/11. Next call 1 wk.
"""),
("2025-04-15", "Nephrology HD Rounding Note", """
HD ROUNDS - Quarry Hill Dialysis, station 9
Pt reports severe pain at the left side of her waist since April 6.
Exam: L flank retiform violaceous plaque 6x4 cm, stellate dusky center, very tender, no
warmth or fluctuance. This is where her daughter gave the enoxaparin injections
(enoxaparin stopped 3/24 once INR in range).
INR today 2.4 on warfarin. PTH 540 / P 7.1 / Ca 9.6.
A: suspect calciphylaxis - risks: warfarin, obesity, high phos, DM. Ddx hematoma at the
old injection sites; warfarin-related necrosis.
P: derm referral (urgent) for bx; binder increased; consider warfarin -> apixaban after
bx. Plan CM notified.
"""),
("2025-04-29", "Complex Case Management Call", """
CCM CALL - after derm visit
Derm punch bx 4/21/25 (Dr. Haldane): calciphylaxis, left flank. Derm note states the
lesion developed at her previous Lovenox injection site. Mbr relieved it is "not cancer".
Changes: warfarin stopped 4/22 -> apixaban 2.5 mg BID; STS 3x/wk with HD since 4/25, auth
in place.
Pain 5/10; taking acetaminophen and tramadol. Sleeping on her R side.
BMI 31.4.
Daughter asks about any future shots - advised to keep all SC meds away from the L flank
and to ask derm first.
Goals: wound closure; pain under 4/10. Next call 2 wks.
"""),
]}

K07 = {"patient_id": "K07", "age": 77, "sex": "M", "notes": [
("2019-10-15", "ESRD Disease Management Call", """
KIDNEY CARE PROGRAM - monthly telephonic check-in
77M: ESRD on thrice-weekly in-center HD, 4 h runs; DM2 on insulin detemir 10 u daily;
knee OA; AF on apixaban (never had warfarin per mbr). BMI 29.9 ("overweight" on the PCP
problem list), 88 kg.
Mbr says his knees are "killing me" this year. Since the summer he has iced both
knees twice a day with frozen gel packs, straight on the skin "so it gets good and cold".
Skin intact per mbr. Declines ortho referral, wants to keep icing.
Education: thin towel between pack and skin, 15-20 min max; acetaminophen daily limit.
Barrier: lives alone; daughter 10 min away.
Next call November.
"""),
("2019-12-10", "Dermatology Clinic Note", """
DERMATOLOGY - Saltmarsh Medical Group
77M on HD, nephrology referral for painful knee lesions.
HPI: first noticed dark, painful spots over both knees on Thanksgiving Day; growing fast
since. Has iced both knees daily w/ gel packs for months.
Exam: stellate violaceous plaques, each with a black necrotic center and a net-like livedo
around it - R anterior knee 4x3 cm, L medial knee 5x4 cm. Very tender.
Path (deep punch, L knee, 12/3): von Kossa-positive medial calcification in small
vessels; fibrin thrombi present.
Dx: calciphylaxis of both knees, probably localized by the repeated cold.
Plan: no more ice; STS with HD; wound care; pain plan. Shared with nephrology + plan CM.
"""),
("2020-01-07", "Case Management Call", """
CM FOLLOW-UP CALL - reached on 2nd attempt.
Knee wounds: home health RN 3x/wk, calcium alginate + gauze. Pain 6/10.
Stopped the ice after derm "gave me a talking-to". STS during HD, first dose 12/13/19;
tolerating, some nausea during runs - HD RN aware.
Insulin detemir unchanged; apixaban continued. Wt 87.2 kg (BMI 29.6).
Concern: missed 2 HD sessions over the holidays, no ride - transport benefit re-enrolled,
daughter to back up.
Goals: keep all HD runs, wound smaller at next derm visit. Next call 2 wks.
"""),
]}

PATIENTS = [K01, K02, K03, K04, K05, K06, K07]
