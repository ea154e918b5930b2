"""probe173 corpus notes, E08-E14 (perioperative nursing, anaesthesia and OR records, and the
clinics around them; all invented)."""

E08 = {"patient_id": "E08", "age": 64, "sex": "F", "notes": [
("2025-01-08", "Intraoperative Nursing Record", """
INTRAOPERATIVE RECORD -- St. Brigid's, OR 4                     01/08/2025
Pt E08 64F. Procedure: open incisional (ventral) herniorrhaphy, mesh in the retrorectus plane.
Surgeon Dr Lindqvist; anesthesia GETA, Dr Oyelaran. ASA 3. In room 0715, incision 0812,
close 1129, out 1155 (3 h 40 min in room).
HD Tue/Thu/Sat, last run 1/7, K 4.4. R chest tunneled HD catheter -- not accessed, dressing
dry. L arm AVF maturing: limb restricted.
DM2 on insulin, BG 171. BMI=30.0 (160cm/76.8kg).
VTE: knee-length sequential compression sleeves on both calves at 0729, pump on and cycling
before induction.
Position: supine, arms out on padded boards, safety belt above knees, heels offloaded with
foam.
Return electrode: L anterior thigh, skin intact pre/post.
Warming: upper-body forced air. Foley 14 Fr placed sterile.
Specimen: hernia sac. Counts correct x2. Drains: 2 x 15 Fr Blake.
Post-op orders per surgeon: heparin 5000 units SC q8h starting POD 1, SCDs continuous
while in bed.
To PACU extubated, pain 6/10.
"""),
("2025-02-03", "Hemodialysis Rounding Note", """
HD rounds -- nephrology (Dr Achterberg)          Feb 3, 2025     Unit: Corrie Lane Dialysis
64F back on outpatient HD after 16-day admission for ventral hernia repair (1/8) complicated
by ileus. Still running through the R IJ tunneled line; L AVF not ready to cannulate.
S: pt reports sore purple areas, both calves, x 10 days, began during the admission, now
waking her at night. No fever. No new meds except heparin SC in hospital (stopped at d/c).
O: BP 151/77, HR 84. Pre wt 77.5 kg.
Both posterior calves, mid-calf: horizontal bands of retiform purpura 10-12 cm wide, firm
and tender; on L a central dusky 2x1.5cm area with early eschar. Feet warm, pulses present.
Labs (1/30): phos 6.9 (high), calcium 9.9, iPTH 780 (high), alb 2.9 (low).
A: new painful retiform purpura both calves in HD pt with DM2 on insulin -- ?calciphylaxis.
P: derm appt moved up (2/18); calcium acetate changed to sevelamer; calcitriol on hold; wound RN.
"""),
("2025-02-18", "Dermatology Consult", """
DERMATOLOGY CONSULT                                           18 Feb 2025
64F. ESRD -- Tue/Thu/Sat hemodialysis. DM2 on basal-bolus insulin. Ventral hernia operation (open) 1/8/25.
Both calves painful since ~1/24 while inpatient. During the 16-day stay she wore knee-length
compression sleeves (SCDs) on both calves nearly all the time in bed.
Exam: BMI 30.2. Bilateral posterior mid-calves: symmetric 11 cm bands of retiform purpura
and indurated plaque, central eschar on the L (2.5 cm) and an early ulcer on the R (1 cm). The
upper and lower borders line up with where the SCD sleeves sat. Thighs, abdomen clear.
Biopsy 2/11 (L calf): subcutaneous arterioles show mural calcium, thrombosed
lumina, lobular panniculitis, positive VK stain. Diagnosis: calciphylaxis.
A/P: calciphylaxis, both calves, in the exact zones the compression sleeves covered.
- no SCDs or compression on the legs in future admissions (flag placed in chart)
- thiosulfate 25g IV given by the HD nurses Tue/Thu/Sat
- wound RN: Ca-alginate under foam; nothing adhesive on skin.
"""),
]}

E09 = {"patient_id": "E09", "age": 59, "sex": "M", "notes": [
("2023-09-14", "Intraoperative Nursing Record", """
PERIOPERATIVE RECORD -- OR 12 (ortho)                         9/14/2023
Pt E09, 59 M. Procedure: ORIF L bimalleolar ankle fracture (fall from step 9/11).
Surgeon Dr Vaillancourt. Anesthesia: GETA + L popliteal/saphenous block, Dr Nakashima.
ESRD on HD MWF (dialyzed 9/13, K 4.7). R upper arm AVF -- arm restricted, no cuff.
Insulin-requiring DM2, BG 202 -- insulin per anesthesia. BMI 38 (wt 121 kg).
Position: supine, bump under L hip, L leg on foam ramp, R heel padded.
Tourniquet: L thigh, 34" cuff over Webril, inflated 1302 at 300 mmHg, deflated 1438
(96 min, surgeon informed at 60 and 90 min). Skin under cuff intact after removal.
Return electrode: R flank (thighs unavailable -- tourniquet L, bulk R), intact pre/post.
SCD: R calf only.
Hardware: 1/3 tubular plate lateral malleolus, 2 x 4.0 cannulated screws medial.
Fluoro 48 s. Closure nylon, splint posterior + stirrup. Counts correct.
To PACU 1512, block working, pain 0/10.
"""),
("2023-10-30", "Orthopaedic Clinic Post-op", """
ORTHO CLINIC                                                  10/30/2023
7 wks s/p L ankle ORIF. X-rays: fracture healing, hardware intact, mortise congruent.
Wound healed. Start PT, WBAT in CAM boot.
Pt also c/o pain R inner thigh x3 wks, getting worse, hurts to touch with clothes.
Exam R medial thigh: 4 cm firm, tender, purplish nodule with surrounding livedo, no
ulceration. Denies any injury to the R leg. L thigh (where the tourniquet was) -- normal skin.
Hx: ESRD, gets HD; DM2 on insulin; obesity; HTN. No anticoagulant.
Today 119 kg, BMI 37.6; stable weight.
A/P: 1) ankle - progressing. 2) R medial thigh nodule, possible calciphylaxis given HD,
needs derm -- referral sent urgent, PCP and nephrology notified. RTC 6 wks.
"""),
("2023-11-08", "Dermatology Consult", """
DERMATOLOGY -- new consult                                    2023-11-08
59M, ESRD (HTN + DM) -- HD from 2019; DM2 on insulin, which he only ever injects in his belly; obese.
R medial thigh: painful nodule since about 10/9, now a 6x4cm violaceous plaque with
1.5cm gray central necrosis, livedo racemosa reaching down toward the knee.
No injury of the right thigh that he can remember. The OR tourniquet in September was on the left
thigh, which is clear, as are the abdomen and buttocks.
Procedure: deep incisional biopsy R medial thigh margin.
Addendum 11/11: subcutaneous arterioles with mural calcium, thrombosed, panniculitis
around them; VK+. Calciphylaxis.
Plan: STS in the dialysis chair; calcium carbonate discontinued; start cinacalcet 30mg; wound RN;
gabapentin 100mg after each run for pain. BMI 37.6.
"""),
]}

E10 = {"patient_id": "E10", "age": 52, "sex": "F", "notes": [
("2020-10-06", "Dermatology Consult", """
DERMATOLOGY CONSULT                                      10/06/2020
52F. IgA nephropathy -> ESRD, hemodialysis since 2015. HTN. PMH obesity (class I, lost 14 kg in
2019). No diabetes. Never anticoagulated.
L lower abdomen: painful purple patch since mid-September 2020, eschar formed late Sept.
No insulin or heparin shots ever; denies any bump, burn or injury to the abdomen.
Exam: wt 81 kg, BMI 29.2. L lower abdomen: retiform purpura 5x4cm around a 2x2cm
black eschar, tender, indurated. No other lesions.
Incisional biopsy 9/29/20 (outside derm): calcified small vessels with thrombosis in subcutaneous
fat, von Kossa positive -- calciphylaxis. Slides reviewed here, agree.
Labs: Ca 10.4; phosphorus 8.1; PTH 1,850 pg/mL; alb 3.5.
A/P: L lower abdominal calciphylaxis; severe 2nd HPT despite cinacalcet.
Refer for parathyroidectomy. STS with HD. Wound: hydrogel, foam.
"""),
("2020-11-17", "Anesthesia Record", """
ANESTHESIA RECORD                                           17-NOV-2020   OR 7
Proc: total parathyroidectomy with forearm autotransplant (R brachioradialis)
Surgeon Dr Oduya. Anesth Dr Fairweather / CRNA Pollard.
ASA 3. ESRD -- hemodialysis, L upper arm AVF. Calciphylaxis L lower abd -- dressing on, keep pressure off.
Ht 167 cm, wt 81.5 kg, BMI 29.2. Airway: Mallampati II, TMD > 6 cm.
Induction 0741: propofol 150 mg, fentanyl 100 mcg, rocuronium 50 mg. ETT 7.0, grade I view.
Maint: sevo 1.8-2.2%. Dex 4 mg, ondansetron 4 mg.
Lines: PIV 20g R hand. NIBP R calf (L arm AVF, R forearm operative).
Position: supine, beach chair 15 deg, shoulder roll. Arms tucked. Return electrode R thigh.
Intra-op PTH: 1,620 baseline -> 88 at 10 min post excision.
EBL 25 mL. IVF LR 500 mL. UOP anuric.
Emergence smooth, extubated 1022, to PACU.
Post-op: Ca q6h, heparin 5000 units SC q12h (DVT ppx), HD tomorrow.
"""),
("2020-12-01", "Nephrology HD Progress Note", """
Nephrology -- HD progress note                               12/1/2020
2 wks s/p total PTx w/ R forearm autograft (11/17). Admitted 11/17-11/21 for hungry bone
syndrome, IV calcium gtt then calcitriol 1 mcg + calcium carbonate 1500 mg TID.
While inpatient the floor nurses gave the heparin SC shots into the L lower abdomen, close
to the calciphylaxis wound; pt noted small bruises there afterwards. All stopped at discharge.
Abdominal wound today: 4.5x3.5cm, eschar edges lifting, less tender, no new
lesions anywhere on the abdomen. Neck incision healed.
Labs: Ca 8.1, Phos 3.0, PTH 14, Alb 3.4.
Vitals: BP 132/80, post wt 80.2 kg.
A/P: L lower abd calciphylaxis is better since PTx. Keep STS going until the wound is
closed. Calcium supplementation per level. Avoid injections in the abdomen in future.
"""),
]}

E11 = {"patient_id": "E11", "age": 69, "sex": "M", "notes": [
("2019-07-08", "Dermatology Consult", """
DERMATOLOGY CONSULT                                         July 8, 2019
69M, ESRD on HD (MWF) since 2016, DM2 on linagliptin (never insulin), AF -- was on warfarin
until last month, stopped by cardiology after GI bleed; obesity, BMI 34.0.
R buttock pain since early June 2019, then a dark crust formed.
Exam: R upper inner buttock, 7x5cm firm violaceous plaque, 3x2cm black eschar in its
center, retiform purpura along the lateral edge. Sacrum, L buttock, thighs clear.
Procedure: deep incisional biopsy R buttock margin, 2 sutures, hemostasis with pressure.
Addendum 7/11: calcified vessel walls in subcutaneous fat, intravascular thrombi, fat
necrosis; calcium stain (VK) positive -> calciphylaxis.
Plan: STS with HD, wound surgery consult for debridement, pain service.
"""),
("2019-07-23", "Intraoperative Nursing Record", """
OR NURSING -- Room 5                                        07/23/2019
Procedure: excisional debridement R buttock calciphylaxis wound, NPWT placement.
Surgeon Dr Kowalczyk. Anesthesia: GETA, prone.
HD yesterday, K 4.8. L forearm fistula: no cuff or sticks that side.
Position: prone on chest rolls, head in foam prone pillow, arms on padded boards, knees on
gel pads, toes off table end. Breasts/genitals free of pressure, eyes checked.
Return electrode L posterior thigh, intact pre and post.
Wound: 8 x 6 cm R buttock, eschar excised to bleeding fat, calcified subcutaneous tissue sent to
path. Depth 2.5 cm.
NPWT: black foam, continuous -125, drape edged with tape, tubing bridged laterally.
EBL 60 mL. Counts correct. Turned supine on stretcher, to PACU.
BMI 33.8.
"""),
("2019-08-06", "Anesthesia Record", """
ANESTHESIA RECORD -- MAC                                    8/6/2019
Repeat debridement + NPWT change, R buttock calciphylaxis wound. Dr Kowalczyk / Dr Hemsworth.
ASA 3. DM2 (linagliptin), ESRD HD MWF, AF -- warfarin stopped 6/2019, now on no anticoag.
BMI 33.8. NPO > 8 h. BG 139.
Monitors: ECG, SpO2, NIBP R arm q3 min, EtCO2 via NC.
Position: L lateral decubitus, axillary roll, pillow between knees, R side up for access.
MAC: propofol 50-75 mcg/kg/min, ketamine 20 mg, fentanyl 50 mcg.
Procedure: 15 min debridement of slough and re-dressing of VAC.
VS: BP 118-146/62-80, HR 70-88, SpO2 97-99%.
No events. To PACU, pain 3/10.
"""),
("2019-09-10", "Wound Clinic Note", """
WOUND CLINIC                                                 9/10/19
69M, calciphylaxis R buttock, s/p debridement x2 (7/23, 8/6), NPWT since 7/23.
Today: 6.5x5x1.2cm, beefy red granulation 80%, yellow fibrin 20%, edges attaching, no
undermining, no odor, moderate serosanguinous exudate. Periwound intact, no maceration.
No new lesions on buttocks, thighs or trunk. L posterior thigh (OR pad site) intact.
Pain 3/10. Continues STS with HD.
Plan: continue NPWT -125 mmHg, change M/W/F at dialysis unit by wound RN.
Offloading cushion when seated. Recheck 3 wks. Discussed possible graft later.
BMI 33.5.
"""),
]}

E12 = {"patient_id": "E12", "age": 73, "sex": "F", "notes": [
("2024-03-12", "Pre-Anesthesia Evaluation", """
PRE-ANESTHESIA TESTING CLINIC                                03/12/2024
Planned: laparoscopic cholecystectomy 3/28/24, Dr Eberhardt.
73F. ESRD, hemodialysis three days weekly (T/Th/Sa) via L brachiocephalic fistula. DM2 by diet (A1c 7.4 -- PCP
says may need insulin if it rises; none at present). HTN. No blood thinners.
Calciphylaxis of both calves, biopsy-proven 2/2024 (derm, Dr Aung), on STS.
Pt denies falls, knocks, shots, heat, ice, or tight socks involving the legs before the sores
started in January; she "can't think of anything."
Ht 155 cm, wt 73 kg, body mass idx 30.4. Airway: MP III, full dentition. METs ~3.
Plan:
- GETA, RSI not needed. Keep HD schedule, last HD 3/27.
- NO SCDs, no tourniquets and no BP cuff on either leg.
- If chemical DVT ppx is needed post-op, enoxaparin or SC heparin only into the upper arms.
- No tape on the legs; protect existing calf dressings.
"""),
("2024-03-28", "Intraoperative Nursing Record", """
INTRAOPERATIVE NURSING                                     3/28/2024   OR 8
Lap cholecystectomy, Dr Eberhardt. GETA.
Per anesthesia plan: SCDs NOT applied (calciphylaxis both lower legs). Existing calf
dressings left intact and wrapped loosely in soft roll. Heel offloading boots.
Position: supine, arms out on padded boards, L arm AVF protected.
Return electrode on R flank, intact before and after.
4 ports: umbilical 12 mm, epigastric 5 mm, 2 R subcostal 5 mm. Local to ports.
Specimen: gallbladder. Counts correct. EBL minimal.
Skin check at end: calves dressings dry, intact; no new pressure areas.
Transfer to PACU with bed, awake.
"""),
("2024-04-15", "Dermatology Follow-up", """
DERM F/U                                                     04/15/2024
Calciphylaxis both calves (bx 2/2024). Lap chole 3/28 went well.
Lesions: L calf 4x3cm (prior 5x4), R calf 3x2.5cm, eschar softening, none new.
Asked again: no trauma to either leg before these started.
Post-op, enoxaparin was talked about but was never given -- she walked on POD 0.
Counseling: heating pad and ice kept away from her legs; skip compression hose; shots never in
legs or belly.
Meds: thiosulfate at HD, sevelamer, cinacalcet. DM by diet.
BMI 30.4.
RTC 6 wks.
"""),
]}

E13 = {"patient_id": "E13", "age": 66, "sex": "M", "notes": [
("2022-08-16", "Cath Lab Periprocedural Nursing Record", """
INTERVENTIONAL SUITE -- PROCEDURAL NURSING RECORD           08/16/2022
Pt E13 66M. Proc: RLE angiogram, R SFA balloon angioplasty (rest pain R foot).
Operator Dr Vance-Okoro. RN-administered moderate sedation (midaz 2mg, fentanyl 100mcg in all).
HD MWF (dialyzed yesterday); L upper arm AVF protected. Insulin-treated DM2, BG 148.
Wt 104 kg, BMI 32.7.
Access: R common femoral artery, antegrade, US guided, 6 Fr sheath, 1050.
Heparin 5000 units IV, ACT 268.
Result: 80% mid SFA stenosis -> 10% residual after 5 mm balloon. Run-off 2 vessels.
Sheath pulled 1210 with ACT 162, manual pressure 20 min, hemostasis achieved.
R groin: soft, no hematoma, no bruit. DP/PT R dopplerable.
Bedrest 4 h flat, leg straight. Discharged 1640 after ambulating, site clean/dry.
"""),
("2022-09-20", "Vascular Surgery Clinic", """
VASCULAR SURGERY CLINIC                                      9/20/2022
5 wks s/p R SFA PTA. Rest pain gone, R foot warmer.
R groin puncture site: well healed, no hematoma, no pseudoaneurysm on duplex today.
New problem -- R lower abdomen painful, hard, purple since late August,
about 4 cm above the inguinal crease and lateral to the pannus fold. 5x4cm indurated
violaceous plaque, tender, no ulcer yet. Not at the access site.
PMH: ESRD on HD; DM2, insulin (both upper arms are his injection sites), obesity, CAD, PAD.
No warfarin.
A/P: 1) PAD - ABI R 0.78 (from 0.52). Aspirin, statin. 2) R lower abdominal plaque -- ddx
calciphylaxis vs panniculitis; urgent derm. Nephrology informed.
"""),
("2022-10-04", "Dermatology Consult", """
DERMATOLOGY CONSULT                                          Oct 4 2022
66M. ESRD, HD. DM2 -- insulin, upper arms only. BMI 32.7.
Painful plaque R lower abdomen since late August 2022.
Exam: R lower abdominal wall, above the inguinal ligament: 6x4cm indurated plaque,
retiform purpura, small central eschar. The R femoral puncture site in the groin below is
separate and normal. No lesions on thighs or L abdomen.
Procedure: deep punch x2 at edge.
Addendum 10/7: calcium in small subcuticular vessel walls, thrombosis, VK+ --
calciphylaxis.
Plan: thiosulfate thrice weekly on HD; lanthanum in place of calcium acetate; foam dressing; analgesia.
"""),
]}

E14 = {"patient_id": "E14", "age": 61, "sex": "F", "notes": [
("2021-02-09", "Intraoperative Nursing Record", """
INTRAOPERATIVE NURSING RECORD -- OR 14 (spine)               02/09/2021
Proc: L4-S1 posterior instrumented fusion. Surgeon Dr Halloran. GETA + TIVA, neuromonitoring.
Pt E14 61F. ESRD on CCPD, dwell drained at 0500, catheter capped. DM2 on insulin, BG 176.
Ht 163 cm, wt 105 kg, BMI 39.5.
Position: prone on Jackson frame, chest and pelvic pads, abdomen hanging free, face in
foam prone headrest, arms on padded supports < 90 deg, knees on gel pads, toes free.
Return electrode L posterior thigh, skin intact at placement.
Time prone 0812-1402 (5 h 50 min). Repositioning checks documented q1h.
EBL 650 mL, cell saver 180 mL returned.
End-of-case skin check: L posterior thigh at pad site 3 x 2 cm blistered erythema (?ESU
burn); both knees nonblanchable erythema under knee pads. Surgeon + anesthesia informed,
photos taken, event reported.
Incision closed with staples, Aquacel. Supine to bed, to PACU extubated.
"""),
("2021-02-15", "Inpatient Wound Care Consult", """
WOUND CARE RN -- inpatient consult                         2/15/2021
POD 6 lumbar fusion.
1) L posterior thigh: 3x2cm partial-thickness burn at the electrosurgical pad site, blister
roof off, pink moist base. Plan: silicone foam q3d.
2) Bilateral anterior knees: stage 2 pressure injuries 2 x 2 cm each from prone positioning.
Plan: foam, offload.
3) Separate problem: lower abdominal pannus with two firm, very tender violaceous plaques
(4 cm and 3 cm), one with a central black spot. Pt says these appeared in January, before
surgery, and she told her nephrologist. Not related to positioning (abdomen free on the
frame).
Recommend derm consult for the pannus lesions.
Insulin: she injects into the upper arms (per pt, pannus too sore).
"""),
("2021-03-02", "Dermatology Consult", """
DERMATOLOGY CONSULT                                        March 2, 2021
61F. PD for ESRD. Insulin-using DM2. BMI 39.5.
Pannus: two painful indurated plaques, retiform purpura, necrotic centres, present since
January 2021. Biopsy 2/24: calcium-encrusted small vessels of the panniculus, thrombi,
panniculitis, positive VK -- calciphylaxis.
Also examined: L posterior thigh pad burn -- clean healing thermal injury, not
calciphylaxis. Knees: stage 2 pressure injuries, healing, no livedo or retiform purpura.
Neither needs biopsy.
A/P: calciphylaxis, lower abdominal pannus. No local trauma found there. Nephrology to
give thiosulfate IV three times weekly; change off the calcium binder; pannus wound care;
no abdominal binder.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
