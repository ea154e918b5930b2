"""probe65 corpus notes, P01-P07 (home health and PT/OT home visits; all invented)."""

P01 = {"patient_id": "P01", "age": 71, "sex": "F", "notes": [
("2020-11-03", "Home Health PT Visit", """
HOME HEALTH - PHYSICAL THERAPY - ROUTINE VISIT #4
Homebound: yes - goes out only for her dialysis runs (chair at Cold Spring unit, Mon-Wed-Fri, R forearm AVF), taxi + SBA.
Subj: Pt reports she "did good" w/ her exercises but is guarding her stomach. Granddaughter Kayla (lives w/ her, does insulin) present.
Vitals: BP 148/82 sitting, P 84, RR 16, O2 sat 95% on RA.
Skin check (done during supine-to-sit training): left lower abd quadrant, roughly 3 cm inferolateral to the navel, firm dusky purple plaque ~4x3cm w/ a lacy net-like purple border, and a small dark center. Very TTP, pt pulled away. Per pt it popped up 3 wks ago, felt like "a hard knot" at first. Kayla reports she has given every dose of Lantus and the Humalog into her grandma's tummy, left half only, ever since she moved in over Labor Day, "it's the only side Grandma lets me use."
Bed mobility: log roll to R only d/t pain, min A. Sit<>stand from recliner CGA. Gait 60 ft RW, SBA, 2 standing rest breaks.
A: Pt limited by abd pain today. Skin finding is new and not like a usual bruise - reported to SN case mgr and PCP office by phone, msg left w/ MA Tonya.
P: Cont POC 2w3. Asked Kayla to hold off injecting the L side until SN sees it.
R. Villanueva, PT
"""),
("2020-11-10", "Home Health Skilled Nursing Visit", """
SN VISIT - wound/skin + med mgmt
71F - ESRD (hemodialysis), insulin-dependent DM2 (Lantus 22 u qhs + Humalog SS), HTN, obesity (BMI 33.6 on SOC OASIS). No anticoagulants; pt not on coumadin.
LLQ abd: plaque 46 x 33 mm - indurated, violaceous; eschar approx 1 cm, black, in the middle; edges show retiform purpura, no drainage, no odor, periwound without warmth. Pain 8/10, worse w/ waistband of pants.
Insulin now being given R abd per PT advice; L side avoided.
Spoke w/ PCP Dr. Halvorsen: concerned re calciphylaxis given HD + injection site, urgent derm appt made for 11/13, nephrology aware. Dressing: nonadherent foam, change q3d. Pt/granddaughter verbalized understanding.
"""),
("2020-11-24", "Home Health PT Visit", """
PT visit #7
Update from chart: derm punch bx of the L lower abd plaque 11/13 - path came back CALCIPHYLAXIS (mural calcification of subcut arterioles, w/ thrombi). Derm note says lesion sits squarely in her usual insulin injection area. Renal has her getting STS during each dialysis run now.
Wt today 86.1 kg on home scale, BMI 32.9.
Pt much more guarded w/ trunk flexion; modified sit-up technique taught (roll to R side, push up with arms) to avoid pressure on the LLQ. Gait 80 ft RW SBA. Kayla return demo'd safe transfer to shower chair.
Plan: cont POC, update PCP re pain limiting participation.
"""),
]}

P02 = {"patient_id": "P02", "age": 66, "sex": "M", "notes": [
("2019-09-17", "Home Health PT Evaluation", """
PT EVALUATION - HOME
Referral dx: L knee OA flare, deconditioning after admission for volume overload.
PMH: ESRD - does PD at home overnight on a cycler (~9 hrs), St. Jude mechanical AVR, anticoagulated w/ warfarin (goal INR 3.0 for the mech valve), gout. Not diabetic per pt and chart. Ht 5'10", wt 191 lb - BMI 27.4.
Pain L knee 6/10 medial joint line. ROM L knee 5-105, R knee 0-120. MMT quads 4-/5 L, 4/5 R.
Home: split level, 7 steps w/ rail on R going up. Wife works days.
HEP issued (quad sets, SAQ, heel slides). Pt instructed to put a cold pack on the L knee for 15 min after each HEP session, towel between pack and skin. Pt states he already has a gel pack in the freezer and will start today.
Goals/POC: 2w4, then 1w3.
"""),
("2019-10-29", "Home Health PT Visit", """
PT ROUTINE VISIT
S: "My knee is worse, not better." Pt pulls up pant leg to show therapist the medial aspect of his L knee, which he says is sore to the touch. Says it started as a tender pink patch in the first week of Oct, now dark purple and very painful; reports he has used the gel ice pack on that knee after every exercise session, 2-3x/day, since the eval on 9/17 and has dozed off with it still in place more than once.
O: Medial L knee: 5 x 4 cm violaceous mottled patch, central stellate area of dusky/black skin ~1.5 cm, skin cool, exquisitely tender, no open drainage. R knee skin intact.
Ex held today except ankle pumps. Pt told to stop all ice. Call placed to nephrology PD RN (Marcy) and PCP - same day appt requested.
A: Skin change at site of repeated cold packs in PD pt on warfarin; needs MD eval today.
"""),
("2019-11-12", "Home Health PT Visit", """
PT VISIT - re-eval of knee program
Chart update: seen by derm 10/31, bx medial L knee showed calciphylaxis; warfarin being changed to heparin bridge then reassessed by cards given his valve, renal increasing PD clearance. Wound care now by HH SN 3x/wk.
Pt ambulates 150 ft RW mod I; stairs 7 w/ rail SBA. Knee ROM unchanged. No ice or heat to either knee - both pt and wife repeated this back.
Wt 188 lb.
Plan: progress to cane when pain allows. Next visit Thurs.
"""),
]}

P03 = {"patient_id": "P03", "age": 58, "sex": "F", "notes": [
("2022-06-06", "Home Health PT Visit", """
PT Visit - post-hospital LE edema/weakness
Dx: ESKD - hemodialysis Tu/Th/Sa at Lakeshore Kidney Ctr; DM2 managed w/ glipizide + diet (no insulin); morbidly obese - BMI 41.3 at hospital d/c; chronic BLE lymphedema. Anticoag: apixaban (never warfarin per pt).
Vitals: 138/70, HR 92, SpO2 96%.
DME: thigh-high 20-30 compression stocking for R leg delivered 06/02/2022 (L leg has wrap). Pt wears it daytime. Stocking is a size too small per pt; the top band rolls and leaves a deep red groove across the posterior R thigh. Fitter at DME co. called, they will re-measure "when a slot opens."
Ther ex: seated marching x15, LAQ x15 bilat, sit<>stand x8 from raised chair.
Gait 40 ft w/ bariatric RW CGA.
P: 2w4. Re-measure for stocking pending.
"""),
("2022-07-12", "Home Health SN Visit", """
SKILLED NURSING VISIT
Pt c/o severe pain back of R upper leg since "around the 4th of July, over the holiday weekend".
Assessment: R posterior thigh, exactly along the line where the stocking band sits: 7 cm long, 3 cm wide purple/black indurated plaque with a net-like violet margin; center has dry eschar (black) measuring 2.2 x 1.1. No drainage. L thigh intact. Band still rolling, deep groove visible above and below lesion.
Stocking removed and pt asked not to wear until new one fitted. Dressing: xeroform + ABD, secured w/ rolled gauze (no tape).
Called Dr. Osei (nephrology) - he wants her seen at wound center Thursday, r/o calciphylaxis.
"""),
("2022-07-26", "Home Health PT Visit", """
PT VISIT
Per wound center note 7/14: biopsy R posterior thigh consistent with calciphylaxis. Started STS during HD. Wound center documented the plaque follows the compression band line.
Positioning: pt can't tolerate sitting w/ weight on back of R thigh >10 min - trialed pillow under R knee, low air loss overlay on recliner ordered.
Sit<>stand x5, gait 30 ft bariatric RW CGA, fatigue ++.
BMI today per clinic 40.6.
Plan: cont 2w3, focus on pressure-free positioning and transfers.
"""),
]}

P04 = {"patient_id": "P04", "age": 73, "sex": "M", "notes": [
("2025-03-07", "Home Health PT Start of Care", """
PT SOC / OASIS
73 y/o male s/p R TKA on 3/3/25 at St. Brendan's, d/c'd home 3/5.
PMH: CKD 4 (last eGFR 18, not yet dialyzing, fistula placed last yr in L arm for future), DM2 on linagliptin, metformin stopped d/t kidneys, no insulin; HTN; gout. No blood thinners except aspirin 81 for DVT ppx x 35 days. BMI 30.0 (Ht 180 cm, Wt 97.2 kg).
R knee: anterior midline incision ~15 cm, closed w/ staples, Aquacel dressing intact, mild serous strikethrough. Expected post-op swelling.
ROM R knee 12-68 deg AAROM. Quad lag present.
Gait 50 ft RW WBAT, CGA. Stairs not tested.
Teaching: incision checks daily, call w/ fever, redness spreading, pus.
POC 3w2, 2w3.
"""),
("2025-04-22", "Home Health PT Visit", """
PT visit 12
Pt reports new pain "in the scar, not the joint," started mid-April, keeps him up at night.
Obj: R knee healed vertical incision. Over the distal third of the incision line there is a 3.5 x 2 cm firm, purplish plaque, center gone dusky/black, skin tight and shiny around it. Extremely tender. Staples were removed 3/17 and incision was fully healed at that time.
ROM 4-101. Gait 200 ft SPC mod I.
Notified surgeon's office (PA Lindqvist) and PCP. Pt states nephrologist told him last week he'll probably need to "start the machine" soon.
"""),
("2025-05-06", "Home Health PT Visit", """
PT visit 14
Interval: Ortho referred to derm; 4 mm punch bx of the R knee plaque 4/25 - calciphylaxis, arising in the healed TKA incision per derm. Pt was admitted 4/28-5/2, started in-center hemodialysis (Tue/Thu/Sat) via L arm fistula. Now on sodium thiosulfate w/ HD.
Wound dressed by SN. Knee ROM 3-100 today, sl limited by pain over plaque.
Gait community distance not yet tested.
Plan: reduce to 1w2, d/c when independent w/ HEP.
"""),
]}

P05 = {"patient_id": "P05", "age": 80, "sex": "F", "notes": [
("2018-11-20", "Home Health PT Visit", """
HH PT f/u
S: Daughter Renata reports mom "clipped her shin" on the footplate of the wheelchair yesterday (11/19) during a stand-pivot from WC to commode when the footrest wasn't swung away.
O: Anterior L shin, middle third - superficial abrasion about 2 cm long, a little bruising around it; bleeding had stopped; cleaned w/ NS and covered w/ bordered gauze.
Dx list reviewed: ESRD, hemodialysis 3x weekly (afternoon chair M-W-F), A-fib on Coumadin 3 mg daily, HTN, osteoporosis. Not diabetic. BMI 22.1.
Training: caregiver taught to swing away + remove both leg rests before every transfer; return demo x2 good.
Transfer: stand-pivot min A x1.
"""),
("2018-12-04", "Home Health OT Visit", """
OT visit
Pt unable to complete LB dressing today 2/2 pain L lower leg. Per daughter, a hard purple patch showed up on Saturday at the exact spot the footplate got her, and by Monday the middle had "gone black."
L shin at prior abrasion site: purple-to-black plaque, 4.1 x 2.9 cm, stellate edge, firm, severe pain w/ light touch to sock. Abrasion itself had scabbed over and was healing before the patch appeared.
OT deferred LB dressing training, issued long-handled sock aid w/ wide opening to avoid rubbing the area. Called SN and nephrology; renal wants her seen at dialysis tomorrow.
"""),
("2018-12-18", "Home Health SN Visit", """
SN wound visit
Bx L shin done 12/7 by derm at dialysis center visit -> calciphylaxis confirmed. Coumadin stopped by cardiology 12/10, changed over to apixaban; renal began STS at her dialysis sessions.
L shin wound: 4.4 x 3.1 cm, 100% black eschar, dry, stable, edges purple. Pain 7/10, on tramadol renal dose.
Wt 54 kg.
Teaching: keep wheelchair leg rests padded (foam sleeves applied today), no bumping.
"""),
]}

P06 = {"patient_id": "P06", "age": 62, "sex": "M", "notes": [
("2019-08-20", "Home Health SN Visit", """
SN VISIT - monthly B12 + diabetic teaching
Pt is a 62 yo M, peritoneal dialysis x 2 yrs (manual exchanges 4x/day, done by pt), T2DM on Levemir 30u BID - pt injects into the abdomen only, rotates well, no lipohypertrophy. Pernicious anemia: cyanocobalamin 1000 mcg IM given monthly by HH nursing into the L deltoid since spring (pt prefers L because he is R handed).
Pt c/o "a sore bump where you give my shot" - noticed Monday 8/12.
L deltoid area: 3 cm tender indurated nodule with overlying dusky purple skin and a faint net-like rim; no warmth, no fluctuance.
Today's B12 given in R deltoid instead. Pt described as obese on the referral, wt not obtained (scale broken).
Called PCP Dr. Mbeki; orders for derm eval.
"""),
("2019-09-03", "Home Health OT Visit", """
OT VISIT - ADL retraining
Pt's L upper arm very painful - can't lift L arm over shoulder height for UB dressing. Skin on lateral L upper arm: purple-black patch 4 cm w/ thick dark crust.
Per pt, derm biopsied it last Thurs and "told me it's calciphylaxis, from the kidneys and the shots."
Taught one-handed over-head shirt technique starting w/ L arm first. Pt able to complete UB dressing w/ set up.
Fine motor intact. Pt performs own PD exchanges safely today, observed.
"""),
("2019-09-24", "Home Health SN Visit", """
SN visit
Derm path report in chart 9/4: calciphylaxis, L upper arm (deltoid). Renal has increased PD dwell exchanges and started sodium thiosulfate infusions at the PD clinic.
B12 changed to oral by PCP, no further IM injections.
Wound: L deltoid 4.2 x 3.8 cm, eschar, dry. Pain 6/10.
Insulin sites in abdomen checked, all clear.
"""),
]}

P07 = {"patient_id": "P07", "age": 69, "sex": "F", "notes": [
("2024-02-20", "Home Health PT Visit", """
PT - HOME VISIT - low back pain / gait
Pt 69F, dialysis (HD) every Mon/Wed/Fri; DM2 needing insulin (glargine/lispro); CHF. BMI 29.6 on last clinic weight.
S: LBP 7/10. Pt reports she sleeps in the recliner every night w/ an electric heating pad spread over the whole lower back "since Christmas, my son gave it to me." Also says a very sore dark spot came up on the R side of the lumbar area about two weeks ago.
O: R lumbar paraspinal area, approx L3 level: indurated plaque, violaceous, ~5.2 x 3.9 cm with livedo-like mottling and pinpoint central necrosis. Skin across the rest of the low back shows faint reticulated brown discoloration. L side of back intact, no plaque.
Pt told to stop heating pad; son took it to the garage during visit.
PT held soft tissue work over the area. Gait 120 ft RW SBA.
Will notify SN + PCP.
"""),
("2024-02-27", "Home Health SN Visit", """
SN visit - new wound
R low back: 5.5 x 4 cm plaque, black eschar now 2 x 1.5 cm in center, surrounded by purple retiform border. Pain 9/10. No drainage.
PCP reviewed photos - concern for calciphylaxis vs thermal burn, sent to derm 2/29.
Pt on warfarin? - NO, reviewed med list w/ daughter, only aspirin.
Wt 81.6 kg, Ht 164 cm.
"""),
("2024-03-12", "Home Health PT Visit", """
PT visit
Chart: derm bx 2/29 of R lower back lesion = calciphylaxis; derm letter notes the lesion lies within the area of nightly heating pad use that began 12/25/23. Renal started STS.
BMI now 30.4 (new weight at dialysis 81.8 kg, height re-measured 164 cm).
Positioning program: side-lying on L w/ pillow support, avoid lying supine on firm surfaces. Recliner padded w/ gel cushion.
Gait 140 ft RW mod I.
"""),
]}

PATIENTS = [P01, P02, P03, P04, P05, P06, P07]
