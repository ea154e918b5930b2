"""probe221 corpus notes, E01-E07 (injectable weight-loss / GLP-1 clinic and the clinics around it; all invented)."""

E01 = {"patient_id": "E01", "age": 58, "sex": "F", "notes": [
("2023-03-06", "Weight Management Clinic - GLP-1 Initiation", """
WEIGHT MANAGEMENT & METABOLIC CLINIC -- NEW START, GLP-1
Provider: T. Okafor-Lind, NP        Pt: 58F, husband along

CC: wants help w/ weight + sugars; her renal team wants the BMI lower before transplant w/u.
PMH: ESRD -- dialyzes in-center three mornings a wk through a L arm fistula; T2DM x15 yrs;
HTN; sleep apnea, wears CPAP. Anticoagulants: none, never had coumadin/warfarin.
Meds: Lantus 30 units at bedtime, Humalog per scale, sevelamer, calcitriol, amlodipine.

Vitals: BP 148/86 | P 78 | 104.6kg | 165cm | BMI 38.2
Labs (drawn at dialysis 2/27): HbA1c 8.4% ; iPTH512 Ca9.1 Phos6.2

A/P
1. Class II obesity + T2DM -> begin semaglutide (Ozempic) 0.25mg subcut weekly for four wks,
   then 0.5mg. Pen teaching w/ teach-back. First dose self-injected here today into the R lower
   abdomen ~5 cm lateral to the umbilicus, tol well, no bleeding.
   Site-rotation handout: move each week between belly quadrants and thighs, an inch from the last spot.
2. Lantus cut to 26 units because of the GLP-1 start; hypoglycemia sx + treatment reviewed.
RTC 6 wks, sooner prn.
"""),
("2023-04-20", "Weight Management Follow-up", """
GLP-1 F/U VISIT (in person)        T. Okafor-Lind NP
58 yo F on Ozempic, stepped up to 0.5mg on 4/3 per plan.

S: Mild queasiness for 2 days after each pen dose, better w/ small meals. No vomiting.
Appetite "way down". Asked where she injects -> points to one spot, same every week, R lower
belly beside the navel: "that little bit is all I can grab, and it never stings there."
Has not tried the thighs or the L side at all.
Fasting sugars 110s-160s, no lows. Denies abd pain.

O: 101.9kg (-2.7), BMI 37.2. BP 139/80.
Abd soft, several tiny healed needle marks RLQ; no nodules, no redness, no bruising.

A/P: tolerataing GLP-1 well. Went over rotation again and drew a clock face around her
umbilicus w/ a marker so she can move one "hour" each week.
Stay on 0.5mg; 1mg in 4 wks if GI ok. Lantus to 22 units.
"""),
("2023-05-18", "Dermatology Consult (inpatient)", """
DERMATOLOGY CONSULT -- Ward 6B
Reason: painful abdominal wound, ?calciphylaxis. Requested by the renal team.

HPI: 58F, ESRD/HD, insulin-treated T2DM, on weekly semaglutide since 3/6/23. She dates it to about
3 weeks ago, when skin of the right lower abdomen turned hard and purple and hurt out of all
proportion; lately it went dusky, and the middle is black now. Pain 9/10, cannot sleep.

Exam: R paraumbilical / RLQ: 6x4.5cm indurated stellate plaque, retiform purpura at its rim,
central adherent black eschar approx 2cm. No fluctuance. L abdomen, thighs, legs clear.
Ward scale 99.8kg => BMI 36.7.
Labs: iPTH640 Ca9.4 Phos6.8 Alb3.1

Impression: Calciphylaxis (clinical dx), arising exactly at her semaglutide injection site in the
RLQ, which she has used every single week without rotating.
Plan: punch (4mm) off the plaque's margin today to confirm; sodium thiosulfate on her dialysis days;
wound care per WOCN; no more pen doses into this area.
"""),
]}

E02 = {"patient_id": "E02", "age": 63, "sex": "M", "notes": [
("2024-02-27", "GLP-1 Clinic Follow-up", """
Metabolic Weight Clinic -- follow-up                Dr. R. Vasquez-Hale
63M, here w/ wife. T2DM, ESRD on CCPD nightly, AF, on warfarin dosed by the coumadin clinic,
obesity.

Mounjaro 2.5mg started in January, went up to 5mg three wks ago. He won't use his belly
because the PD catheter comes out there, so the pen goes in the anterior thighs instead,
mostly the left one -- "I sit on the couch and the left is closer." Wife confirms.
GI: some constipation, no vomiting, early satiety.
Not on insulin; linagliptin was stopped once tirzepatide began.

128.4kg, BMI 41.0 (was 131.9kg / 42.1)   BP 132/78
Thighs: scattered pinpoint needle marks, no nodules, no induration.

Plan: Continue 5mg x4 more wk, then 7.5. Try to alternate R and L thigh.
INR per anticoag clinic. Fiber + fluids within his PD fluid allowance.
"""),
("2024-04-02", "Nephrology - Home PD Clinic", """
HOME DIALYSIS UNIT -- monthly PD review   4/2/24
63 M on CCPD, 5 exchanges of 2L overnight + 1L last fill; Feb Kt/V 1.9. Never had peritonitis;
exit site looks fine.

New problem: exquisitely painful "bruise" on the L front thigh since mid-March, now with a
dark crust. Taking ibuprofen at home (told to stop, NSAIDs). Afebrile at home.
Exam -- mid anterior L thigh: roughly 7x5cm, dusky violet and woody-hard, net-like purpura,
and at its middle sits a ~1.5cm black crust (eschar); he pulls away at the lightest brush of a glove. R thigh normal.
Labs: PTH780 Ca9.8 PO4-7.1 Alb2.9 INR2.6
126.0kg.

A: Very worried about calciphylaxis -- PD pt, warfarin, high phosphate.
P: Urgent derm + biopsy. Warfarin stopped today; apixaban 2.5mg BID from tomorrow. Change to non-calcium
binder. Pause tirzepatide until he is seen.
"""),
("2024-04-16", "Dermatology Clinic", """
DERM CLINIC NOTE  16-Apr-2024
Referred by renal for a L thigh lesion. 63-yr-old man on PD, warfarin until two weeks ago
(now apixaban).

Path (punch bx 04/04/24, L anterior thigh): arterioles of the subcutis showing medial calcium,
fat necrosis, intravascular thrombi -- consistent w/ calciphylaxis.

Exam: L anterior thigh plaque bigger, 8x6cm, eschar 3cm, edges livedoid. No new lesions
elsewhere. Pain 8/10.

Dx: Calciphylaxis, biopsy proven, L thigh.
Plan: sodium thiosulfate -- nephrology to arrange. Referral to the wound team; palliative
service to help with the pain.
Never smoker. BMI 40.2 today.
RTC 3 wk.
"""),
]}

E03 = {"patient_id": "E03", "age": 49, "sex": "F", "notes": [
("2022-12-12", "Obesity Medicine Follow-up", """
OBESITY MEDICINE - RETURN VISIT   12/12/22
Pt: 49 F. Wegovy 1.0mg weekly (started Sept). Not diabetic (A1c 5.5). ESRD, HD Tue/Thu/Sat.

S: Main complaint is queasiness + crampy upper-belly pain the day after her shot. Most evenings
since Thanksgiving she has lain on the sofa, electric heating pad over the upper belly,
dial on "high", and more than once has woken at 3 am with it still hot. Injects into the outer
thighs, switches sides weekly.

O: 118.2kg, BMI 44.3 (start 124.9kg). BP 126/74.
Abd soft, mild epigastric TTP. Abdominal skin intact.

A/P: GI effects of semaglutide -- stay at 1.0mg, no escalation yet. Ondansetron prn.
Heating pad: lowest setting w/ auto-off timer, never sleep on it, cloth layer between.
Reassess dose in January.
"""),
("2023-01-24", "Nephrology - HD Rounding Note", """
HD ROUNDING NOTE -- Lakeview Dialysis, chair 14
49F, ESRD 2/2 FSGS, HD TTS, L brachiocephalic fistula. Target wt 116.5kg.

Pt reports a new painful purple area on her L upper abdomen, noticed early January,
getting bigger, "burns like fire".
Exam: L upper quadrant, ~4cm under the rib edge: retiform violaceous plaque 5x3.5cm,
grey-dusky centre, tender++. Skin elsewhere ok, thigh injection areas unremarkable.
This is the spot where she has kept the heating pad every night for her Wegovy nausea.

Labs 1/17: PTH910 Ca9.6 Phos7.4 Alb3.4
A/P: Looks like calciphylaxis to me until proven otherwise, right under the pad. Heating pad:
no more, not even on low. Stop calcium acetate, start sevelamer; add cinacalcet. Urgent derm for biopsy.
"""),
("2023-02-02", "Dermatology Consult", """
Dermatology -- outpatient consult, 2 Feb 2023
49 y/o woman on HD, sent by Dr. Amadi. L upper abdominal lesion since early Jan 2023.
Incisional bx done here 1/27/23: von Kossa stain lights up calcium within tiny subcutaneous
arterioles; intima thickened; necrotic fat.

Exam today: L upper abdomen 6x4cm plaque, central eschar now 1.5cm, livedo at margins.
Sutures in place, no sign of infection.

Dx: Calciphylaxis, confirmed. It sits exactly under the spot where, from late November on, she
rested a heating pad nightly for GLP-1 nausea; the repeated heat is the likely trigger.
Plan: thiosulfate on dialysis days (renal ordering); wound care; pain plan. Avoid heating and icing
anywhere on the trunk. She may carry on with Wegovy in the thighs per obesity medicine.
115kg, BMI 42.8.
"""),
]}

E04 = {"patient_id": "E04", "age": 55, "sex": "F", "notes": [
("2021-08-16", "Weight Management Follow-up", """
WT MGMT F/U   08/16/2021
55F, ESRD dialyzing Mon/Wed/Fri; HTN; T2DM (diet only until Ozempic). No insulin ever. No anticoag.

Ozempic 1mg every Thurs, injects around the navel, rotating.
Down 14 kg since January! Happy, but bothered by loose skin; since early summer she wears a
firm full-body shapewear garment all day, some days 16 hrs. Says the lower band "digs in" at
her waist on both sides and by bedtime has pressed angry red furrows into both flanks.

VS: 88.9kg, BMI 33.0, BP 118/70
Skin: linear red impressions both flanks where the garment ends; skin intact.

A/P: 1. Good response, continue 1mg.
2. Shapewear -- suggest a looser size, take it off during HD and overnight.
3. A1c 6.2, no meds needed beyond GLP-1.
"""),
("2021-10-05", "Wound Clinic - New Patient", """
Outpatient Wound Center -- new pt     Oct 5, 2021
Referral from the HD unit. 55 y/o F.
Wound: R flank, ~3cm superior to the R iliac crest. First noticed 9/20/21 as a sore, hard
purple spot; today 4.2x3.0cm of black eschar, purpuric net-like rim, 2cm of induration around it.
No drainage or smell. Pain 7/10, worse w/ clothing against it.
Pt wears a compression garment daily -- advised to stop for now.
L flank intact.
Hx: HD via L AVF, DM2, BMI 31.6.
Plan: no debridement pending derm eval; dry eschar, keep dry, foam border dressing to protect.
Derm referral ?calciphylaxis. RTC 1 wk.
"""),
("2021-10-19", "Dermatology Clinic", """
Derm -- 10/19/21
55F on hemodialysis. R flank eschar since Sept 20.
Punch biopsy 10/08: calcified, thrombosed little vessels in dermis and subcutis = calciphylaxis.
Exam: R flank eschar 4.5x3cm, livedoid halo. Periumbilical abdomen (where she injects
Ozempic) without lesions. L flank clear.
Assessment: Calciphylaxis, biopsy-confirmed, R flank.
Plan: thiosulfate at every HD session; drop the calcium-based binder; wound center to
follow; for pain, gabapentin 100mg post-dialysis.
BMI 30.0 today (80.8kg). She has put the shapewear away and wears loose
knit trousers now. Next derm look in two weeks, sooner if the rim spreads.
"""),
]}

E05 = {"patient_id": "E05", "age": 52, "sex": "M", "notes": [
("2019-07-22", "Weight Management Pre-op Follow-up", """
WEIGHT MANAGEMENT CLINIC   7/22/19
52M. ESRD on HD (TTS); transplant center wants BMI <35 and the pannus removed before listing.
Prediabetes (HbA1c 6.0%), takes nothing for sugar; Ozempic used off-label for weight.
Prior DVT 2016: warfarin 2016-2017, course completed, none since.

Ozempic 1mg weekly since last Oct, injects both thighs, alternating.
112.7kg (peak 141), BMI 34.1.
Large hanging pannus w/ intertrigo under the fold, treated w/ nystatin powder.

Plan: Cleared from the weight standpoint for panniculectomy with plastics on Aug 12.
Hold Ozempic 1 week pre-op per anesthesia; resume after.
Nutrition: 1.2 g/kg/day protein target, phos restriction reviewed w/ RD.
"""),
("2019-09-17", "Plastic Surgery Post-op Visit", """
PLASTIC SURGERY CLINIC -- POST-OP
s/p panniculectomy 2019-08-12 (Dr. Feld). 52M on HD.

Transverse lower abd incision healed medially and centrally. At the LEFT lateral end of the
incision there is a 5x3cm area of firm violaceous skin w/ a dry black eschar in the middle,
extending 2cm above the scar. Pt says it started hurting "a lot" since Labor Day and went dark
the next week. No purulence, afebrile, WBC 8.1.
R end of the incision fine. Drains were pulled 8/20.

A: Necrosis at L end of panniculectomy incision -- doesn't look like ordinary dehiscence or fat
necrosis to me; with ESRD and PTH 1100, calciphylaxis is on the differential.
P: Wound RN for dressings, derm + renal this week, no debridement until biopsied.
"""),
("2019-09-30", "Dermatology Consult (co-signed by nephrology)", """
Derm consult note, co-signed by renal     30 Sep 2019
52 y/o M on HD with a L lower abdominal lesion at the panniculectomy scar.

Path (9/20/19 incisional bx, L end of scar): subcutaneous small and mid-size vessels heavily
calcified, microthrombi, lobular panniculitis -> calciphylaxis.
Exam: eschar 6x3.5cm, livedo spreading upward; tiny new satellite purpura.
Imp: Calciphylaxis, biopsy proven, arising in the surgical incision of 8/12 -- a pathergy-type
(Koebner) presentation in a high-risk dialysis pt (PTH 1100, elevated calcium-phosphate product).
Plan: thiosulfate 25 g, every dialysis (TTS). Increase cinacalcet;
parathyroidectomy referral.
108.3kg, BMI 32.8.
Off warfarin since 2017 -- good.
"""),
]}

E06 = {"patient_id": "E06", "age": 67, "sex": "F", "notes": [
("2022-06-14", "GLP-1 Clinic Visit (RN intake + NP)", """
GLP-1 / WEIGHT CLINIC -- RN INTAKE + NP VISIT   06/14/22
67 F, T2DM on insulin (glargine 40u, lispro w/ meals), ESRD on HD, mechanical aortic valve
on warfarin.

RN: stepping off the platform scale, pt's R shin hit the scale's metal lip.
~2cm superficial scrape R anterior shin, pinpoint bleeding, cleaned w/ NS, bandage applied.
Incident report filed.
96.3kg, BMI 36.5. BP 152/84.

NP: On Mounjaro 5mg x6 wk, injects abdomen, rotating well. Mild nausea. FBG 130-180.
Glargine down to 34u.
Keep the scrape clean and dry; INR check this week given warfarin.
Plan to increase to 7.5mg next month.
"""),
("2022-07-08", "Wound Care Center - Initial", """
WOUND CARE CENTER -- INITIAL   July 8 2022
67F on HD, warfarin (INR 3.1 today), insulin-requiring DM.
Chief c/o: a shin sore on the R that hurts terribly; first a purplish spot ~10 days ago,
and she can't say how it got started.
Wound #1 R anterior mid-lower leg: 3.8x2.9cm, black adherent eschar, 1.5cm ring of
retiform purpura, no exudate. Pedal pulses dopplerable. ABI noncompressible (calcified vessels).
L leg intact.
Plan: no sharp debridement (warfarin, ?calciphylaxis). Non-adherent dressing, derm referral
for biopsy. Pain 8/10 -- pcp to adjust.
"""),
("2022-07-20", "Dermatology Note", """
DERMATOLOGY   7/20/2022
67-yr-old F, ESRD/HD, warfarin for a mechanical valve, DM on insulin.
Biopsy 7/12 (R shin, wedge): calciphylaxis -- subcutaneous small vessels with calcium deposits
and clot, necrosis above.
Exam: R shin ulcer 4x3cm, eschar, purpuric edge. No other lesions seen.
A: Calciphylaxis of the R shin, biopsy proven. Warfarin is a major contributor; talked w/
cardiology -- mechanical AVR must stay anticoagulated, so warfarin continues at the lower end of
range; vitamin K supplement under discussion.
P: thiosulfate during HD, wound care every week, pain mgmt.
94.4kg, BMI 35.8.
"""),
]}

E07 = {"patient_id": "E07", "age": 71, "sex": "M", "notes": [
("2024-11-04", "Weight Management Follow-up", """
WEIGHT & METABOLIC CLINIC -- FOLLOW-UP        4 Nov 2024
71 M, T2DM, ESRD on PD (CAPD, four bags daily), s/p sleeve gastrectomy 2015 with regain,
on semaglutide 2mg weekly into the abdomen. Off insulin since early 2023 (stopped when
sugars came down on GLP-1).

Labs: B12 148 pg/mL (low), folate nl, Hb 10.4, ferritin 310.
96.1kg, BMI 31.0.

Plan:
- B12 deficiency (post-sleeve + PPI): cyanocobalamin 1000 mcg IM monthly in clinic. Dose #1 was
  given today by our RN into the R upper arm (lateral), tolerated. Pt prefers the R arm -- he sleeps
  on his L side.
- Continue sema 2mg.
- Protein goals reviewed with dietitian.
RTC monthly for B12 shots.
"""),
("2025-01-21", "Dermatology Consult", """
Dermatology consult - 01/21/2025
71M on PD. Painful lesion R outer upper arm; it started about 2 weeks ago -- first just a tender knot
deep in the skin, since turned purple w/ a dark center.
He gets monthly B12 injections at the weight clinic, always in the R arm: 11/4, 12/2 and 1/6.
Exam: R lateral upper arm, violaceous indurated plaque 4x3cm w/ stellate purpura, black eschar
1cm. Other arm, trunk, legs free of lesions.
Punch bx taken and sent.
Assessment: calciphylaxis favored, developing at the site of his B12 injections.
Plan: await bx, PD team notified, no more IM shots; B12 switched to oral 2000 mcg daily.
"""),
("2025-02-03", "PD Clinic - Monthly", """
PD CLINIC - MONTHLY      02/03/25
71 M, CAPD. Derm bx R upper arm 1/21: calcified small arterioles, thrombi, necrotic fat --
calciphylaxis confirmed.
R arm ulcer now 4.5x3.5cm, eschar, painful. Thiosulfate 25 g thrice weekly begun in the
infusion center.
Labs PTH560 Ca9.9 Phos6.6. Calcium carbonate changed to lanthanum.
Dialysate: switch to low-Ca 2.5 mEq/L bags.
92.3kg, BMI 29.4. Only diabetes med is semaglutide, no insulin.
Kt/V 1.8. Catheter exit clean, tunnel non-tender.
Plan: continue wound care, derm f/u 2 wk.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
