"""probe79 corpus notes, G01-G07 (LTACH and ventilator-weaning unit; all invented)."""

G01 = {"patient_id": "G01", "age": 63, "sex": "F", "notes": [
("2019-02-11", "LTACH Admission H&P", """
BRIGHTWATER SPECIALTY HOSPITAL - LONG TERM ACUTE CARE
ADMISSION HISTORY AND PHYSICAL
Admit date: 02/04/2019   Attending: K. Vasquez-Lind, DO
CC: trach/vent dependence after prolonged ICU course
HPI: 63F transferred from St. Agnes ICU after 26 days for MRSA pneumonia c/b ARDS, s/p perc trach 1/22. Arrives on AC 14/450/+8/40%. Pt nods appropriately, mouths words.
PMH: ESRD on intermittent HD (Tu/Th/Sat through a R IJ permcath), DM2 - long standing, on insulin, morbid obesity, OSA, HTN.
Meds (pertinent): insulin glargine 18u qHS + lispro correction scale; Lovenox 30mg subq q24h (renally adjusted) for DVT ppx - first dose 2/4 on arrival; sevelamer; calcitriol.
Skin on admission: intact except MASD in pannus fold. No open areas on sacrum/heels.
Admit wt 118.2 kg / BMI 41.3.
Plan: SBTs daily per RT protocol, HD per renal, wound RN weekly, turn q2h, ppx as above. SC sites per nursing: enoxaparin to abdomen, insulin to posterior upper arms.
"""),
("2019-03-04", "Wound Care Rounds", """
Wound rounds (Weds team, done Mon d/t holiday staffing)
Pt: 63F, trach collar trials up to 6 hrs/day now.
New area RLQ abdomen, just below and lateral to umbilicus: 3.6 x 2.7 cm violaceous indurated plaque, stellate dusky center, exquisitely tender - pt winces with light palpation, grimace score 7/10. Bedside RN says it was first charted about a week ago as a "purple bruise" near where the Lovenox has been going. Retiform border noted.
No drainage, no odor, no fluctuance.
Assessment: painful retiform plaque in ESRD/obese/diabetic pt - concern for calciphylaxis. Rec derm consult, hold SC injections into RLQ, notify renal.
Dressing: foam border, change q3d and prn.
"""),
("2019-03-18", "Weekly Physician Summary", """
WEEKLY PHYSICIAN SUMMARY  wk of 3/11-3/18
Resp: tolerating trach collar 12h/day, vent qHS. PMV trial w/ SLP Friday ok.
Renal: HD TTS; nephrology began STS (25 gm, hung by the HD RN in the final hr of each session) after derm read-out. Phos 7.1 -> 5.8 on higher binder dose.
Skin: derm punch bx of the RLQ lesion (done 3/8) read as calciphylaxis - arteriolar medial calcification + thrombosis in subcut fat. Lesion began roughly 3 weeks ago, sitting squarely in the right lower quadrant zone where her daily enoxaparin was given since admit (2/4). Now has 1.2 cm black eschar. Enoxaparin switched to heparin 5000 u SC q12 - into the upper arms only, no abdominal sites.
Endo: BG 140s-210s, lantus now 16u.
Wt 116.4 kg, BMI 40.7.
Dispo: remains LTACH level of care, goal decannulation.
"""),
]}

G02 = {"patient_id": "G02", "age": 71, "sex": "M", "notes": [
("2021-12-06", "Occupational Therapy Progress Note", """
OT Progress Note - Vent Weaning Unit 3 West
Dx: critical illness polyneuropathy, R wrist/finger flexor tightness after prolonged sedation, ESRD on HD.
Splinting: R resting hand splint (custom thermoplastic, volar, strap across dorsal forearm) fabricated and applied on Thanksgiving Day - wearing schedule 2 hrs on / 2 hrs off while awake, on overnight. L UE w/o contracture, no splint.
Skin check at splint removal: mild strap marks on R dorsal forearm, blanching, resolved in 20 min. Educated RN staff re wearing sched and skin checks.
PROM: R wrist ext to 15 deg (was 0). Plan cont splint, PROM BID, pt ed as able (pt follows 1-step commands, speaks with cuff deflated).
"""),
("2021-12-16", "Nursing Skin Note", """
RN skin note 0300
During splint off time pt c/o "burning" R forearm. Under the distal strap of R hand splint, dorsal R forearm: dusky purple mottled patch w/ firm center approx 4x2cm, non-blanching. Night shift 12/14 documented a "red line" at the same spot - pt says it has hurt since then (12/14). Splint held per OT, charge RN and hospitalist aware, photo to chart.
Pt on warfarin for AF, INR today 2.6. HD tmrw.
"""),
("2021-12-29", "Dermatology Consult", """
DERMATOLOGY CONSULT (tele-derm w/ bedside RN + photos, then in person 12/28)
Reason: painful lesion right dorsal forearm, ESRD pt on warfarin.
71M in LTACH for vent wean (now on TC during days). ESRD on HD MWF x4 yrs, warfarin for AF for ~6 years, no diabetes. BMI 24.6.
Exam: R dorsal distal forearm, exactly beneath the dorsal strap of his resting hand splint (applied since 11/25): 4.5 x 2.5 cm stellate necrotic ulcer with black eschar, surrounding retiform purpura. Exquisite tenderness. L forearm normal. Fistula LUE, thrill present.
Path (punch bx 12/22): vessels in the subcutis calcified in their walls, intima thickened; fat necrosis. Consistent with calciphylaxis.
A/P: Calciphylaxis, R forearm, arising at the splint-strap pressure point.
- d/c splint; OT to consider bivalved design that avoids dorsal pressure
- recommend changing warfarin -> apixaban, discuss w/ cardiology
- STS with HD per nephrology; wound care: hydrogel + non-adherent, no sharp debridement now
"""),
]}

G03 = {"patient_id": "G03", "age": 58, "sex": "F", "notes": [
("2023-03-20", "Physical Therapy Note", """
PT Daily Note - LTACH
Pt seated EOB w/ mod A x2, tolerated 6 min. L knee pain 6/10 w/ flexion beyond 70 deg (hx OA L knee, effusion noted on admit).
Modality: cold pack to L anterior knee x15 min after each session - this has been standard for her since early March when she started PT here (ordered by Dr. Ngata). Skin checked before/after, no redness.
Vent: on PS 10/5 during session, SpO2 93-96%.
Plan: progress to standing frame, continue ice post session.
"""),
("2023-04-20", "Wound Care Consult", """
WOUND CARE CONSULT - certified wound ostomy nurse
Consult for: painful L knee lesion
History: per pt and PT staff, discoloration over front of L knee started about 10 days ago, gradually darkened. Ice has been applied to this knee after PT sessions all along, last applied 4/17 and now stopped.
Exam: L anterior knee, just inferior-medial to patella: area of lacy violaceous discoloration (5.2 x 3.8 cm) around a black necrotic plaque of 1.5 cm. Extremely tender. Periwound indurated. R knee normal.
PMH relevant: ESRD on PD (nightly cycler, continued here), T2DM managed w/ linagliptin alone (never on insulin), obesity (BMI 30.0 on today's bed scale).
Impression: necrotic plaque w/ livedoid border in a PD patient - question calciphylaxis vs cold injury. Recommend derm bx and renal input; hold cold therapy.
"""),
("2023-05-02", "Dermatology Consult Follow-up", """
Derm f/u
Bx result (4/24, incisional, L knee): subcutaneous arterioles w/ medial Ca++ and thrombi; septal + lobular panniculitis. Final dx = CUA / calciphylaxis. Not frostbite.
Comment: occurred where the cold packs were placed repeatedly from early March - favor cold exposure as local precipitant (Koebner-type).
Plan: IV STS per renal via PD team (held PD 1 night for timing), stop calcium-based binder, pain team f/u. DM2 on linagliptin, A1c 7.4. BMI 30.0.
"""),
]}

G04 = {"patient_id": "G04", "age": 76, "sex": "M", "notes": [
("2018-06-14", "Procedure Note", """
Procedure: Percutaneous endoscopic gastrostomy (PEG) tube placement
Date: 6/12/2018  Operator: Dr. H. Osei (GI)
Indication: dysphagia, prolonged vent wean, failed FEES x2
Pt: 76M, ESRD (HD), insulin-requiring diabetes, warfarin in the past (stopped 2017 after GI bleed), obesity - BMI 33.1.
20 Fr PEG placed LUQ, bumper at 3.5 cm at skin. EBL minimal. No complications.
Post: start TF 6/13 at 10 mL/h, advance per RD. Split gauze + tape to site.
"""),
("2018-07-23", "Nursing Skin Note", """
Skin/wound RN note
PEG site L upper abdomen: new firm purplish ring around tube ~3 cm radius, started mid-July per pt's daughter (she noticed it "around the middle of the month"), tender, black spot at 5 o'clock on the ring. No purulent drainage, no leakage of TF. Bumper not tight (rotates freely, 3.5 cm mark).
Sacrum intact. Heels floated. Trach site clean.
Called MD, wound RN to eval tmrw. Held routine site cleaning with CHG for now, NS only.
"""),
("2018-08-02", "Dermatology Consult", """
Dermatology Consultation
76 y/o man, LTACH resident since May (trach/PEG, vent wean), ESRD on MWF HD, insulin-requiring DM2, hx warfarin (discontinued 2017). Referred for necrotic lesion at the gastrostomy.
Exam: LUQ abdomen surrounding PEG: indurated violaceous plaque ~7 by 6 cm, retiform margin and 2 cm central eschar at inferior margin. No other lesions.
Path from 7/27 punch (lateral margin): subcutaneous vascular calcification, thrombosis, necrosis of fat - calciphylaxis.
Impression: calciphylaxis localized to the PEG insertion site, which was placed 6/12; the tract/trauma of the procedure is the likely nidus.
Recs: STS w/ HD, stop calcitriol, cinacalcet, wound care to peristomal area, GI re: site of any future tube.
"""),
("2018-09-10", "Weekly Physician Summary", """
Weekly MD summary 9/3-9/10
- Resp: decannulated 9/6!! on 2L NC.
- Skin: PEG-site calciphylaxis - eschar stable, less pain (now on scheduled tylenol + low dose hydromorphone). STS cont.
- Nutrition: TF at goal, some PO w/ SLP.
- Weight down on TF adjustments: 96 kg -> BMI 29.4 this week.
- Renal: HD MWF.
- Endo: insulin 70/30 8u BID.
"""),
]}

G05 = {"patient_id": "G05", "age": 67, "sex": "F", "notes": [
("2020-01-02", "Incident Report Summary / RN Note", """
Nursing note - post-event
On 12/31/2019 at ~2215 during mechanical lift transfer bed -> chair, pt's R lower leg swung and struck the footplate of the tilt-in-space wheelchair. Small 2 x 1 cm abrasion on R anterior shin, superficial, bled minimally. Cleansed, petrolatum + non-adherent. No fx suspected, pt denied pain other than the scrape.
Pt is ventilator dependent at night, trach collar days. Renal: ESRD, dialysis MWF. Endo: diabetic, lantus 10u + humalog SS.
Safety: lift sling size changed, 2-person lift for all transfers.
"""),
("2020-01-21", "Wound Care Rounds", """
WOUND ROUNDS
R anterior shin (site of the NYE scrape from the lift transfer): previously healing well, but since 1/17 new exquisitely painful indurated purple plaque spreading out from the abrasion, now 6 x 4 cm with net-like border and black center 1.5cm. Non-healing.
L shin intact. Pedal pulses dopplerable bilat.
Wt 74 kg, BMI 27.2.
Concern calciphylaxis in ESRD pt vs infected abrasion. Cx swab sent. Derm referral.
"""),
("2020-02-04", "Dermatology Consult", """
DERMATOLOGY
67F in LTACH. ESRD/HD 3x wk, DM2 on insulin. Not on warfarin. Not obese (BMI 27.2).
R shin lesion began 1/17/2020 exactly at the New Year's Eve scrape (leg struck the wheelchair footplate).
Wound cx: light growth skin flora only.
Punch biopsy 1/28: calcified small/medium vessels in deep dermis and subcutis, thrombi, consistent with calciphylaxis.
Plan: STS per nephrology; offload R leg w/ pillow bridge; careful transfers; no compression to that leg.
"""),
]}

G06 = {"patient_id": "G06", "age": 52, "sex": "F", "notes": [
("2024-05-09", "LTACH Admission H&P", """
Admission H&P - Cedar Ridge LTAC
Admitted 5/2/2024 from Mercy General after 31-day ICU stay (septic shock from perforated diverticulitis, s/p Hartmann's 3/30, trach 4/12).
PMH: ESRD on HD since 2019, class III obesity (BMI 44.8), HTN, HFpEF. NO diabetes (A1c 5.4). Never on warfarin.
DVT ppx: UFH 5,000 u subcut every 8 hrs, begun 5/2 on arrival - RN rotates between R and L anterior thighs (abdomen avoided: midline wound + colostomy).
Skin: midline lap wound w/ NPWT, colostomy LLQ functioning. Thighs intact.
"""),
("2024-06-24", "Wound Care Note", """
WCN note
Asked to eval bilateral thigh pain. Pt reports the pain in her thighs began sometime in June, "after the first week or so".
R anterior thigh: 3 x 3 cm and 2 x 1.5 cm violaceous stellate plaques, central dusky necrosis.
L ant thigh - purpuric, indurated, retiform-edged plaque about 4.1 x 2.6 cm.
All located in the heparin injection zones. Severe pain w/ dressing changes.
Midline wound improving on NPWT.
Rec: derm consult, stop SC injections to thighs, consider heparin -> other ppx discussion w/ MD.
"""),
("2024-07-03", "Weekly Physician Summary", """
Wkly summary 6/26-7/3
1. Vent wean: TC 24h x 5 days. Speech w/ PMV.
2. Calciphylaxis, bilateral anterior thighs - punch bx (6/27) confirmed: vessel calcification + thrombosis + fat necrosis. Lesions appeared in June at the sites of q8h SQ heparin given into both thighs since 5/2. Heparin SC stopped; using SCDs only. STS started with HD 7/1.
3. ESRD: HD MWF, Ca x P reviewed.
4. Obesity class III, BMI 44.8 (bed scale unchanged).
5. Colostomy OK.
"""),
]}

G07 = {"patient_id": "G07", "age": 69, "sex": "M", "notes": [
("2025-09-02", "Respiratory Therapy / Positioning Plan", """
RT + Nursing joint positioning plan
Pt: 69M vent-dependent (PRVC), L lower lobe collapse w/ trapped lung, L hemidiaphragm paralysis.
Per pulmonology, starting 9/1/25: favor R side-down positioning for V/Q - R lateral decubitus 3 hrs, then supine 1 hr, repeat; L side-down avoided. 30-degree wedge under back, pillows between knees. Specialty low-air-loss surface.
Skin baseline 9/1: R greater trochanter intact, sacrum intact, heels floated.
Risk: Braden 11.
"""),
("2025-09-29", "Wound Care Rounds", """
Wound rounds
R hip, lateral, overlying the greater troch: violaceous painful plaque 5.1 x 4.2cm, central black eschar 2 cm, surrounded by branching livedo. Appeared two weeks ago per RN flowsheet, initially thought to be DTI; however, extreme pain and retiform pattern atypical.
Background: ESRD - was on PD at home; PD cath removed 8/2025 for fungal peritonitis, now on HD via R femoral tunneled cath. DM2 on insulin. Mech AVR (St Jude, 2011) -> lifelong warfarin, runs INR near 3.
Wt 81 kg BMI 27.0.
Rec: derm bx to r/o calciphylaxis; reduce time on R side as resp allows.
"""),
("2025-10-08", "Dermatology Consult", """
Derm consult note
HPI: as per wound team. Lesion right hip, onset ~9/15/25, on the pressure point of the R side-lying protocol in place since 9/1/25.
Bx 10/2: calcification of subcutaneous arterioles, microthrombi, panniculitis -> calciphylaxis. No features of pressure injury alone.
Meds: warfarin, insulin glargine, sevelamer.
Current BMI 28.4 (wt up w/ fluid).
A/P: calciphylaxis at R trochanteric pressure site.
- pulm ok with alternating sides for now, off-load R hip w/ cutout foam
- STS w/ HD, discuss warfarin w/ cardiology (mech valve - likely must continue)
"""),
]}

PATIENTS = [G01, G02, G03, G04, G05, G06, G07]
