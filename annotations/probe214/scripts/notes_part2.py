"""probe214 corpus notes, D08-D14 (correctional and jail health services and the clinics around them; all invented)."""

D08 = {"patient_id": "D08", "age": 69, "sex": "M", "notes": [
("2018-05-21", "Chronic Care Clinic - Initial", """
CHRONIC CARE CLINIC - INITIAL VISIT     5-21-18
Booked 5/14/2018. 69 yo M. Problem list: ESRD, HD offsite (Tu/Th/Sat van); T2DM needing
insulin; paroxysmal AF - warfarin; L rotator cuff tear (non-op, 2016).
S: can't lie on the L shoulder, so since booking he has slept only R side down, his R hip
pressed into the steel bunk through the standard 2-inch mattress. Wakes with a R hip ache. Asking for a 2nd mattress.
O: BP 150/70, P 68 irreg, afebrile. Ht 5'9", Wt 203 lb, BMI 30.0.
R hip skin intact; faint blanching redness over the greater trochanter.
A/P:
- 2nd mattress: not approved per policy; re-eval if skin changes
- glargine 18 u qHS + correction at insulin line
- warfarin per INR clinic, INR 2.3 today
- HD by transport, nephrology notes requested
- shoulder: HEP handout, APAP
"""),
("2018-07-18", "Sick Call", """
SICK CALL      07/18/18      Dorm 2, bunk 31
HSR: "sore on my hip is black now"
S: 69M dialysis pt. R hip sore started right around July 4th, very painful, now a black
crust. Still sleeps on that side. No falls. On warfarin.
O: T 98.4  HR 74  BP 144/72  RR 16   fingerstick 201
R hip, lateral, over the trochanter: 4x3cm black eschar, violet netlike rim, firm and
very tender; no drainage, no odor.
A: necrotic R hip wound; pressure injury vs other - referred
P: provider same day -> offsite wound/derm with bx, custody transport request sent.
Foam border dressing. Egg-crate overlay issued (medical need). INR check.
"""),
("2018-08-01", "Nephrology Note - Outside Dialysis Unit", """
NEPHROLOGY - DIALYSIS ROUNDS        Aug 1, 2018
Pt from county jail, officer present.
Path (R hip punch bx 7/25): calciphylaxis. Arteriolar calcification, fibrin thrombi,
panniculitis.
Exam: R hip eschar now 4.5x3.5cm, violet edges, no cellulitis.
Bloodwork today - PTH 880 and phos 7.4 both high; Hgb 10.2; alb 3.4; Ca 9.8.
Plan:
- thiosulfate 25 grams with every treatment, run in toward the finish
- calcium acetate out; sevelamer 1600mg with meals; cinacalcet 30mg daily
- warfarin to apixaban, message sent to jail MD and cardiology
- insulin per jail MD
- extend HD to 4 h
EDW 91.5 kg. BMI 30.0.
"""),
]}

D09 = {"patient_id": "D09", "age": 34, "sex": "F", "notes": [
("2019-04-02", "Mental Health - Long-Acting Injectable Administration", """
BEHAVIORAL HEALTH UNIT - LAI ADMINISTRATION      04/02/2019
34 y/o F, schizoaffective d/o, on the jail MH caseload. ESRD, HD M/W/F offsite (L forearm
AVF). Past PE - warfarin 2015-2017, stopped. Not diabetic.
Haloperidol decanoate 100mg IM, R deltoid, Z-track technique, 21g 1 inch needle. Pt is
L-handed and insists all shots go in the R arm; noted on MAR. Tolerated, no EPS.
VS: BP 128/80, HR 82, T 98.0.  96kg, BMI 36.2 (obesity).
Next LAI due 4/30/19 - every 4 wks, R deltoid per pt request.
Psych f/u 2 wks. Accepted snack, returned to unit with officer.
"""),
("2019-09-17", "Sick Call", """
SICK CALL      9/17/19
HSR: "spot on back of my arm hurts so bad, cant lay on it"
34F dialysis pt. For 10 days a dark, painful patch on her L arm, posterior,
upper. Denies injury; says "nobody has stuck that arm." LAIs every 4 wks into the R deltoid, last 9/3.
O: T 98.9 P 90 BP 136/84 SpO2 98%
L posterior upper arm: purple plaque about 4x3cm, black 1cm center, lacy violet rim,
firm, very tender. R deltoid: no induration, no redness.
A: painful necrotic plaque L arm in a dialysis pt; ?calciphylaxis
P: referred to provider, offsite derm request; dressing; APAP.
"""),
("2019-10-01", "Dermatology Consult - Offsite", """
DERMATOLOGY CONSULT     Oct 1, 2019
34F in jail custody, dialysis for ESRD. Punch biopsy from the L arm (posterior, upper) on
9/24/19 - subcutaneous small-vessel calcification, thrombosed; von Kossa + -> calciphylaxis.
On exam the L posterior upper arm eschar is 4.5x3cm, retiform purpura surrounding.
R arm, thighs, abdomen: no lesions.
Her monthly haloperidol decanoate has been given only in the R deltoid (MAR reviewed back to
April); no needle has gone into the L arm and she reports no injury there.
Dx: calciphylaxis, L upper arm.
Plan: thiosulfate (STS) at the dialysis unit; stop calcium carbonate; cinacalcet; dressings. BMI 36.0.
"""),
]}

D10 = {"patient_id": "D10", "age": 48, "sex": "M", "notes": [
("2025-01-14", "Sick Call", """
SICK CALL - RN       01/14/2025      C-pod
48M, ESRD - offsite HD (Mon/Wed/Fri), access L forearm AVF; HTN; gout. Nondiabetic, no anticoagulant.
S: sore spot behind the L calf; first noticed it New Year's Day; began like a pimple, now a hard purple
patch that burns. Denies injury.
O: T 98.3  P 78  BP 160/98  RR 16
L posterior calf: violet indurated plaque 3x3cm, tiny necrotic center, net-like purple
margins. Calf soft otherwise, no cord. DP 2+.
A: painful necrotic lesion, L calf, dialysis pt
P: to provider -> offsite derm w/ bx; dialysis unit notified. Dry dressing. APAP.
84.0kg, BMI 28.4.
"""),
("2025-02-11", "Post-Altercation Medical Assessment", """
POST-INCIDENT MEDICAL ASSESSMENT      2/11/25  0815
Incident rpt #25-0291. Pt involved in an altercation on C-pod yesterday evening, states he
was kicked several times in the L lower leg. Seen in booking medical room.
Denies head injury, LOC.
VS: BP 152/90, HR 88, RR 18, SpO2 99%
L calf: new 6x4cm contusion on the posterior calf just below his known dressed wound;
dressing intact, wound itself unchanged in size per last measurement. No deformity,
bears weight. Small abrasion R knuckles.
A: contusion L calf; known calciphylaxis wound L calf (bx 1/22), unchanged
P: ice not given (pt's wound + derm advice); APAP; return if swelling. Custody notified.
"""),
("2025-02-25", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP       25 Feb 2025
48M, jail custody, ESRD on HD. Calciphylaxis L posterior calf, punch bx 1/22/25 (vessel wall
calcification, thrombi, fat necrosis).
Interval: was kicked in the L leg on 2/10 in a fight. That was about six weeks after the
lesion began on 1/1, so it did not cause it; the bruise below the wound is fading.
Exam: ulcer now 3.5x3cm, eschar dry, violaceous border unchanged; yellow-green contusion
just inferior.
Plan: STS with HD continues; sevelamer; no Ca binders; dressings 3x/wk at the jail;
no cold or heat packs to the leg. RTC 6 wks. BMI 28.1.
"""),
]}

D11 = {"patient_id": "D11", "age": 59, "sex": "F", "notes": [
("2022-03-08", "Infirmary Admission Note", """
INFIRMARY ADMISSION - HOLLIS COUNTY DETENTION      3/8/2022
59F, ESRD (HD M/W/F offsite); T2DM - aspart with meals and glargine 24 units HS, given
into the abdomen at insulin line; HTN; obesity. No warfarin.
CC: very painful R buttock sore since about Valentine's Day; now can't sit on the bench.
Exam: R buttock, upper inner part: violet stellate plaque 6x5cm, black eschar centrally,
livedoid net spreading out from it; pt flinches at a light touch; not fluctuant.
VS: T 98.7, HR 92, BP 164/88, BMI 38.0.
A: necrotic R buttock lesion, suspect calciphylaxis
P: admit infirmary; derm to biopsy this wk; air mattress; pain regimen.
Annual TB screen due - PPD placed L volar forearm today, read in 48-72 h.
"""),
("2022-03-15", "Dermatology - Visiting Clinic", """
DERMATOLOGY (visiting clinic, jail infirmary)     03/15/22
Punch bx of the R buttock lesion edge done here 3/10: tiny dermal and fat vessels with calcified
walls, thrombi, necrosis. Final read: calciphylaxis.
PPD read 3/10: 0 mm, neg.
Exam: R buttock eschar 6x5.5cm, periwound violaceous; biopsy site sutured, clean.
Abdomen (insulin sites), thighs, breasts: no lesions.
Dx: calciphylaxis of the R buttock.
Recommendations: STS at dialysis; wound nurse may trim loose eschar at the edges; alginate
plus foam; turn q2h; no heat or ice.
"""),
("2022-03-29", "Wound Care RN Note", """
WOUND CARE - INFIRMARY       29-Mar-2022
R buttock calciphylaxis wound, bedside.
Premedicated w/ APAP 1 g 45 min prior. Loose dead eschar trimmed at the lateral edge with
forceps and scissors (about 2 cm2), no bleeding, pt needed 2 breaks.
After: 6.2x5.4x0.3cm; about three-fifths eschar, the rest slough; moderate serous output, no smell,
surrounding skin dusky.
Dressing: Ca alginate into the bed, then a silicone-bordered foam, paper tape at the borders.
Pillow wedge, side-lying.
Next change Thursday.
Fingerstick 176; insulin given by RN into L abdomen.
"""),
("2022-04-20", "Nephrology Note - Outside Dialysis Unit", """
NEPHROLOGY / DIALYSIS CLINIC     April 20, 2022
59F from the county jail. Calciphylaxis R buttock (bx 3/10/22), on STS each run since 3/14.
Wound per jail RN photos: smaller, 5.0x4.6cm, granulation at the edges.
Today: PTH 512, phosphorus 5.0, calcium 8.9, albumin 3.2, hemoglobin 9.9.
Plan: STS for another 8 weeks; cinacalcet 60; insulin per jail (glargine 22 u); wound care
as is.
Came in a wheelchair with her officer; sat on a gel cushion through the run. Pain 5/10 with
APAP plus gabapentin 100 after treatment. Checked legs, abdomen and breasts: nothing new.
Wt 101.7 kg, BMI 37.6. BP 150/80. UF goal 2.5 L.
"""),
]}

D12 = {"patient_id": "D12", "age": 55, "sex": "M", "notes": [
("2023-07-11", "RMU Sick Call - Provider", """
RMU SICK CALL - PROVIDER       07/11/2023
55M, ESRD; does CAPD (4 exchanges daily) in the RMU treatment room. HTN, gout. Never
diabetic, A1c 5.4. No anticoagulants.
S: painful purple "nets" over both inner thighs for about a month, now with dark spots.
Denies falls, fights, bumps, bites, any needle sticks or shots in the legs, hot or cold
packs, or tight clothes - wears the standard elastic-waist pants, loose.
O: T 98.1 HR 80 BP 148/90. BMI 25.7.
Both medial thighs: livedo racemosa, and within it 2-3cm violet firm plaques, two with small
black centers; tender. PD exit site clean.
A: lesions of both medial thighs on a PD pt - rule out calciphylaxis
P: derm bx next clinic; nephrology informed; APAP.
"""),
("2023-07-25", "Dermatology Consult", """
DERMATOLOGY CONSULT      7/25/23
Pt seen in the RMU w/ escort. Punch bx R medial thigh 7/18 is diagnostic of calciphylaxis
(vessel calcium, thrombi, necrotic fat).
Exam: bilateral medial thighs, plaques 3x2cm and 2.5x2cm, black centers, livedo around.
No trauma found on history or exam.
Dx: calciphylaxis, both thighs.
Advice to RMU: if DVT prophylaxis is ever needed, do not inject enoxaparin into the thighs;
no heating or ice packs to the legs; avoid tape on the skin of the thighs.
STS via PD team.
"""),
("2023-08-15", "Nephrology PD Clinic", """
NEPHROLOGY - PD CLINIC (telehealth)     15 Aug 2023
Calciphylaxis both thighs, bx-proven 7/18. IV STS 3x/wk at the RMU since 7/28.
Lesions a little softer, no new ones. Pain 4/10.
Adequacy OK at a weekly Kt/V of 1.9, peritonitis-free. Chem: PTH 402, phos 5.9, Ca 9.1.
Plan: lanthanum instead of calcium acetate; PD Rx unchanged.
Td booster is due - RN will put it in the L deltoid next month.
PD catheter exit looks good (dry, nothing crusted, not sore); effluent clear.
Pain handled with APAP; he turned down gabapentin. Asks about going back to general population - hold until the thigh wounds close.
BMI 25.7.
"""),
]}

D13 = {"patient_id": "D13", "age": 66, "sex": "M", "notes": [
("2020-02-04", "Dialysis Transport - Nursing Note", """
OFFSITE DIALYSIS TRANSPORT - NURSING      02/04/2020
66M, ESRD - runs at Crestview Kidney Care each Tue, Thu and Sat since 2019 via a R arm
fistula. Diabetic on detemir 16 u BID; CAD; neuropathy. Not on warfarin.
Custody: max. Van transport in restraints per post orders - handcuffs w/ black box and ankle
shackles; shackles stay on both ankles in the dialysis chair, 3x/wk.
Skin check before transport: ankles and feet intact; chronic hair loss on shins.
VS: 150/84, 72, 16, 97.4.  Fingerstick 156.  BMI 27.0.
Cleared to go. Returned 1230, tolerated tx, post wt 78.2 kg.
"""),
("2020-05-19", "Sick Call", """
SICK CALL     5/19/20     Housing: Max-2
HSR: "my calves have sores that keep opening"
66M dialysis pt. Painful sores over both calves for 3 weeks, ache worse at night. Denies
injury.
O: T 98.2 P 80 BP 146/82.
Both mid posterior calves: several 1-2 cm black-centered ulcers within violaceous lacy patches,
tender. Ankles: skin intact, no breakdown under the shackle line.
Glucose 201.
A: bilateral calf ulcers, ? calciphylaxis vs arterial disease
P: referral offsite derm + vascular; ABI; dressings; APAP.
"""),
("2020-06-02", "Dermatology Consult - Offsite", """
DERMATOLOGY CONSULT     June 2, 2020
66M in state custody, ESRD on HD, diabetic. ABI 0.9/0.9.
Punch bx L mid-calf 5/26: calciphylaxis - small vessel calcification with thrombi.
Exam: ulcers on both mid-calves, largest 2.5x2cm on the R, about 12 cm above the malleoli.
The skin at both ankles, where his transport shackles rest, is normal - no purpura, no ulcer.
So the lesions are not at the restraint site.
Dx: calciphylaxis, bilateral calves.
Plan: STS at each treatment; calcium carbonate discontinued; local wound care; keep insulin;
f/u 4 wks.
"""),
]}

D14 = {"patient_id": "D14", "age": 50, "sex": "F", "notes": [
("2024-06-03", "Post-Restraint and Injury Medical Check", """
POST-RESTRAINT / INJURY CHECK - NURSING       6/3/24
50F, ESRD (HD M/W/F offsite), T2DM (refuses insulin; linagliptin), HTN, obesity, BMI 35.1.
Placed in the restraint chair 5/31 for about 4 h (self-harm precautions), released by MH.
Also bitten on the L forearm by a cellmate on 6/1.
Skin check today:
- sacrum: 2x1.5cm pink-based stage 2 pressure injury (restraint chair)
- L volar forearm: 2 cm crescent bite wound, edges approximated, mild redness
Cleaned both, foam to sacrum, bacitracin + gauze to forearm.
Tdap given R deltoid (last one unknown).
VS: T 98.6, HR 88, BP 150/86.
"""),
("2024-06-18", "Infirmary Provider Note", """
INFIRMARY PROVIDER NOTE      06/18/2024
S: pain in both breasts since late May, getting worse; "hard and purple."
O: Both breasts, lower inner part: firm violet plaques, 5cm R and 6cm L; the L one has a
black center (1.5cm); livedo around. Very tender. No trauma to the chest reported or seen.
Sacral pressure injury healing, 1.2 x 1 cm. Forearm bite with mild cellulitis.
Phos 7.6 and PTH 1050 on the last dialysis draw; calcium 10.2.
A: bilateral breast plaques in HD pt - suspect calciphylaxis; healing sacral pressure injury;
bite cellulitis
P: doxycycline for the bite; offsite derm w/ bx; offload sacrum; APAP.
"""),
("2024-07-02", "Dermatology Consult - Offsite", """
DERMATOLOGY CONSULT       2-Jul-2024
50F from the county jail; ESRD, hemodialysis; type 2 DM without insulin; obesity.
Punch bx L breast 6/25 confirms calciphylaxis (calcified small vessels, clot, dead fat).
Dx: calciphylaxis of both breasts.
The other two wounds are different problems: the sacral wound is a healing pressure injury
from the restraint chair, and the L forearm wound is a healing bite - neither is calciphylaxis,
and neither sits near the breast plaques.
Plan: STS with HD; cinacalcet; supportive bra without underwire; f/u 4 wks.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
