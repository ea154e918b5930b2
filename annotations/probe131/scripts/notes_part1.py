"""probe131 corpus notes, T01-T07 (skilled nursing / long-term care home for residents on dialysis; all invented)."""

T01 = {"patient_id": "T01", "age": 72, "sex": "F", "notes": [
("2019-02-12", "SNF Admission Nursing Assessment", """
ADMISSION NURSING ASSESSMENT -- Birchwood Manor Rehab & LTC, 2 West, rm 214B
Res. is a 72 y/o female who arrived 02/11/2019 approx 1530 by stretcher from Mercy Ridge Hosp
following a 6 day stay for volume overload / CHF. A&Ox3, HOH left ear, pleasant, follows commands.
PMH: ESRD -- 3x weekly hemo (M-W-F), 0600 chair at Lakeshore Dialysis; type 2 DM; HTN; CHF w/
EF 35%; OA both knees.
Access: R forearm AVF, thrill + bruit +. Sign over bed "NO sticks R arm".
DM: insulin is NEW as of this admission -- glargine 18 units qHS plus lispro sliding
scale before meals. Res. told us flatly she "wont let anybody near my belly with a needle".
Rotation explained, res. also refuses thighs, agrees only to the back of her L upper arm.
First dose (glargine) given L posterior upper arm 2100 on 2/11. Care plan updated w/ res. choice.
Anticoagulant: none. Never had warfarin per res. and per hospital MAR.
Skin:  [x] intact  [ ] bruising  [ ] skin tear  [ ] pressure injury  [ ] other
Braden 16. Turn / reposition q2h in bed, low air loss not indicated, foam overlay.
Ht 162 cm   Wt 78.7 kg   BMI 30.0
Pain 3/10 both knees, acetaminophen prn effective.
Fall risk precautions, call light in reach. Daughter (Renata) at bedside, updated.
"""),
("2019-05-08", "Wound Nurse Rounds", """
WOUND RN ROUNDS  5/8/19
2W charge RN paged me: weekly skin check this am turned up a "black spot" behind the res's L arm.
Res says the trouble began ~3 wks ago -- a little bump she could roll under her fingertip, which
has since spread out and got very painfull, worst when the nurses give her insulin there.
Assessment:
 L posterior upper arm, mid third -- indurated violaceous plaque 3.0x2.5cm, central adherent
 black eschar 10x8mm, lacy purple mottling around it out to ~1 cm. No drainage, no odor,
 not fluctuant, not warm. Pain 8/10 with light touch of gauze.
Per MAR + care plan every SC insulin dose since admit on 2/11 has gone into the L posterior
upper arm (res. preference) -- i.e. the same patch of skin as this lesion.
SBAR to NP Ferreira 1040:
 S - new necrotic, very painful lesion on L posterior upper arm at insulin site
 B - ESRD w/ thrice-weekly hemo, insulin-treated DM2, Ca x Phos high on last monthly labs
 A - worried this is calciphylaxis; other thought would be a site infection from the needle
 R - NP to see today; no more injections into L arm. Res now willing to have abdomen used.
Left open to air w/ nonadherent cover only for comfort. Will re-eval Friday.
"""),
("2019-05-16", "Dermatology Consult (Visiting)", """
Dermatology -- facility visit, Birchwood Manor
Reason: f/u biopsy, L upper arm.
I took a 4 mm punch on 05/10/2019 from the rim of the L posterior upper arm plaque. Pathology:
mineral crusting the media of the fat's little arterioles, fibrin plugs in several, septal fat
necrosis; von Kossa stain lights the mineral up.
Dx: CALCIPHYLAXIS (calcific uremic arteriolopathy), proven on biopsy.
Comment: this lesion has come up exactly in the zone nursing has used for each insulin shot
since she was admitted in Feb. I think the repeated injections there were the local trigger. The
wound team dates onset to mid April, which fits what she tells me.
Exam today: plaque 3.5x3cm, eschar stable, no cellulitis. R arm, abdomen, thighs clear.
BMI 30.0 today (78.6 kg).
Plan:
- Na thiosulfate 25g, Lakeshore RN hangs it near the end of each HD session; order sent
- stop calcium acetate; sevelamer instead; renal to review PTH
- insulin: belly only going forward, rotate quadrants; NOTHING in the L arm
- pain: gabapentin 100 mg post-run on HD days; oxycodone 2.5 mg q6 hrs PRN
- wound: keep it simple, no sharp debridement for now
RTC 3 wks.
"""),
]}

T02 = {"patient_id": "T02", "age": 66, "sex": "M", "notes": [
("2021-10-05", "OT Seating & Positioning Note", """
OT -- Seating / Positioning    Glenhaven Care Center    10/05/21
Res. received his new manual WC yesterday 10/4/21 (Cardinal Medical Supply) and sat up in it
that afternoon. 18in seat, swing-away elevating legrests. Per NP order the L leg is to stay elevated when up in chair d/t
chronic venous edema L>R.
Obs: after approx 2 hrs up, a deep red stripe runs across his L posterior calf, right where the calf
pad of the elevating legrest presses. Blanches, gone in 20 min. R legrest kept down, R leg no
marks.
Trialed a foam sleeve over the calf pad, tolerated ok. CNA education: limit sitting blocks to 2
hrs, look at back of L calf each time he goes back to bed.
Res. is HD (Tues/Thurs/Sat) and rides to the unit in this chair -- sitting time on HD days is
long, pls flag to nursing.
Goal: upright tolerance 4 hr/day w/o skin changes in 4 wks.
Will f/u weekly.  J. Okonjo, OTR/L
"""),
("2021-11-23", "Nursing Shift Note", """
Nursing note 11/23/2021 0545 (late entry for 11/22 HS care)
CNA reports res. yelled out while she was washing behind his L lower leg last evening. On
assessment a dark purplish area posterior L calf approx 5x3.5cm, hard, with a lacy / netlike
edge and a dusky gray-black center. Skin not open. Res puts the pain at 9/10, "burns like a stove".
Last weekly skin check 11/16 -- skin intact at that time.
VS 98.2  142/80  P 88 irreg  RR 18  95% RA.
Meds of note: coumadin 3 mg daily for afib, INR 2.4 on 11/19.
SBAR paged to NP Adeyemi 0600, will see today. Oxycodone 2.5 mg given per order w/ partial
relief. Pillow placed under thigh only so calf hangs free of the mattress.
Monthly wt 71.2 kg, BMI 24.1.
Wife called and updated.
"""),
("2021-12-02", "NP Progress Note", """
NP PROGRESS NOTE -- Glenhaven Care Center
66 yo M. Kidney failure, HD Tue/Thu/Sat at the outside unit. Paroxysmal AF, HTN, chronic venous
insufficiency. Not diabetic.
Seen f/u painful posterior L calf lesion first noticed 11/22/2021.
4 mm punch bx at bedside 11/26. Path (Tri-County Pathology) reads out mural calcium in tiny
subcut arterioles, some with clot in the lumen, von Kossa +. => calciphylaxis, biopsy confirmed.
Today: L posterior calf 6x4cm, central black eschar forming, retiform purple border, no
drainage, no erythema tracking. Pedal pulses present.
A/P:
1. Calciphylaxis L calf
 - STS 25 g IV over last hr of each HD, order faxed to unit, start Thurs
 - warfarin d/c'd today, cardiology (Dr. Hallberg) agrees -> apixaban 2.5 mg bid
 - binder changed to sevelamer; renal following PTH
 - wound: nonadherent layer, no enzymatic debriders, wound RN weekly
 - pain: gabapentin 100 mg post-run, oxycodone prn
2. AF - rate ok on metoprolol.
Wt 70.9 kg, BMI 24.1. Code status full. Wife aware of plan.
"""),
]}

T03 = {"patient_id": "T03", "age": 79, "sex": "F", "notes": [
("2022-08-10", "MDS Quarterly Assessment Narrative", """
MDS 3.0 QUARTERLY -- narrative summary, ARD 08/10/2022, Fernhill Residence LTC
Section C: BIMS 13/15.
Section GG: partial/mod assist transfers, WC for distances.
Section J (pain): frequent R hip pain from trochanteric bursitis, 6/10 at worst. Managed w/
scheduled acetaminophen + PT modality: moist hot packs to R lateral hip x 20 min before each
session, since June. Res also asks for her own microwave rice bag on the R hip at bedtime
(family brought it in; staff heat it per policy and check skin after).
Section K: Ht 63 in  Wt 193 lb  BMI 34.2
Section M: no pressure ulcers, skin intact. Braden 17.
Section N: insulin -- 0 days. Oral hypoglycemic: linagliptin 5 mg daily for DM2.
Section O: dialysis -- yes, peritoneal (CCPD nightly on cycler, set up by PD trained nurse).
Anticoag: none, no warfarin hx.
Care plan reviewed with res and son Tomasz, no changes requested.
"""),
("2022-09-06", "Nursing SBAR", """
SBAR  9/6/22  0710  Fernhill 1 North
S: Res c/o burning pain outer R hip, new purple mottled skin there.
B: 79 F, ESRD on PD (CCPD), DM2 not on insulin, R trochanteric bursitis getting heat packs from
PT to that hip since June, plus her rice bag at night.
A: CNA first noticed the color change yesterday, Labor Day (9/5), during am care. Today on R
lateral hip: 6x4cm mottled violaceous patch w/ dusky center and a tiny black dot, firm,
very tender, not warm, no drainage, non blanching. T 98.9, other VS wnl. PD effluent clear.
R: requesting NP eval today. Heat packs + rice bag ON HOLD, PT made aware, son asked to take the
rice bag home. Pillow wedge so she stays off R side.
"""),
("2022-09-20", "Attending Physician Visit", """
Attending visit -- Dr. M. Castellanos
79 y/o woman, long-term res., ESRD on CCPD, DM2 (linagliptin), HTN, OA, R hip bursitis.
Interval: painful R lateral hip lesion since 9/5. Punch biopsy 9/9 by visiting derm: read as
calciphylaxis -- von Kossa + deposits lining subcutaneous capillary-size vessels, lumens clotted.
Exam: R side of hip, over trochanter, 7x5 cm firm plaque, central eschar 2 cm, dry and black;
livedo-like rim.
L hip, abdomen around PD catheter, thighs clear.
Assessment: calciphylaxis, R lateral hip. The lesion lies exactly where the PT hot packs and her
rice bag have been put since June -- heat, applied over and over, most likely set it off here.
Plan: heat to that area stopped permanently (d/w PT, bursitis to be managed w/ topical
diclofenac + positioning); nephrology adjusting PD Rx and adding STS IV x3/wk at the
outpatient unit; binder -> lanthanum; wound RN weekly; palliative care consult for pain.
Wt 189 lb, BMI 33.5.
"""),
]}

T04 = {"patient_id": "T04", "age": 58, "sex": "M", "notes": [
("2018-03-27", "Hospital to SNF Transfer Summary", """
TRANSFER SUMMARY -- St Brendan Regional Medical Center -> Oakmere Nursing & Rehab
Admit 03/17/2018   Discharge 03/27/2018
58 y/o M with end stage kidney disease, hemodialysis MWF at Eastgate Dialysis, type 2 DM on
insulin (NPH 20 units bid),
HTN, PVD. Admitted w/ sepsis from an infected epidermoid cyst of the left flank.
Procedures: 2018-03-20 incision and drainage of L flank abscess at bedside (Gen Surg,
Dr Lindqvist), packing out 3/23; healing by secondary intention, 1.5 cm open area w/ clean
granulation, no surrounding cellulitis now.
Micro: MSSA. Abx: cefazolin 2 g post-dialysis, 3 more sessions to complete.
Insulin: NPH given in thighs during stay -- pls continue same.
Mobility: deconditioned, needs PT/OT, walker.
BMI 27.3 (wt 84 kg). No anticoagulants (never on warfarin).
Follow up: general surgery clinic in 2 wks for flank wound check. Dressing: NS moist gauze daily
until closed.
"""),
("2018-04-24", "Wound Nurse Rounds", """
Wound nurse rounds 04/24/18 -- Oakmere, hall B
L flank: the I&D site from 3/20 was fully closed around April 10, leaving a pink linear scar.
Since mid-April res has had increasing pain in that spot, worse lying on L side. Today there is an
indurated, violaceous 5x4.5cm plaque surrounding the scar, central black necrotic area 1.2 cm,
netlike purple margin, no fluctuance, no pus, afebrile x 72 h.
Res rates pain 7/10, says it "burns like a cigarette".
Impression: concern for calciphylaxis vs recurrent abscess. Appearance not typical for abscess.
Plan: notified attending Dr Oduya; derm consult requested (visiting derm comes Thurs); dry
nonadherent cover; pad under L side when turning; monitor T q shift.
"""),
("2018-05-03", "Dermatology Consult", """
DERMATOLOGY CONSULT (on site)  May 3 2018
Pt: 58 M, hemodialysis-dependent, DM2 on NPH.
Punch bx obtained 4/27 at margin of L flank plaque. Path: calcium in media of small subcutaneous
vessels, thrombi, necrotic fat lobules next to them; deposits stand out on von Kossa.
Final: calciphylaxis.
Clinical: it has arisen right in the L flank scar left by the March I&D -- that procedure, a few
weeks before onset, is the likely local trigger. Onset per nursing mid April.
No other lesions; thighs (insulin sites) normal.
Recs: STS 25 g IV at dialysis 3x/wk; stop calcitriol, low Ca dialysate; cinacalcet per renal; no further
surgical manipulation of the flank; local care w/ nonadherent dressing.
BMI 27.3.
"""),
]}

T05 = {"patient_id": "T05", "age": 88, "sex": "F", "notes": [
("2020-12-28", "Incident Report / Nursing Note", """
INCIDENT -- NURSING NOTE 12/28/2020 0805  Pinegate Home, Unit 3
Approx 0740 two CNAs transferring res bed -> geri-chair using the mechanical lift. During the
swing the res's R forearm struck the raised side rail. Skin tear R dorsal forearm ~4 x 2 cm,
Payne-Martin category II (partial flap loss), small bleed, stopped w/ pressure x 3 min.
Tx: cleansed w/ NS, remaining flap eased back w/ moist swab, managed per the facility skin
tear protocol; charge RN checked it at 1000, edges holding.
Side rail padding ordered; lift sling size rechecked (med).
Res is 88 F, ESRD on HD MWF, very fragile skin, hx warfarin (stopped 2016 after GI bleed),
no current anticoag. No diabetes.
Daughter Ines notified 0800, NP notified via message. Pain 2/10.
"""),
("2021-01-15", "Weekly Skin Check", """
WEEKLY SKIN CHECK   1/15/21   Pinegate Unit 3
Head/face/ears:   [x] intact
R arm:  old skin tear R dorsal forearm (12/28) -- closed.
        NEW since yesterday 1/14: hard purple plaque R dorsal forearm 3.5 x 3 cm, netlike
        border, center dusky gray, very tender (res pulls arm away).
L arm:  [x] intact
Chest/abd:   [x] intact
Sacrum/buttocks:  [x] intact, blanching redness only
Heels:  [x] intact, floated on pillow
Braden 13
Wt 52.6 kg   BMI 21.3
NP notified (SBAR via fax) -- to see Mon.
"""),
("2021-01-26", "NP Progress Note", """
NP note -- Pinegate
88 F ESRD on HD MWF, HFpEF, osteoporosis, remote warfarin (d/c 2016), no DM.
F/U painful plaque R dorsal forearm noticed 1/14/21. Punch bx done 1/19 at bedside:
path -> calciphylaxis (calcified, clotted little vessels in the subcutis).
Exam: R dorsal forearm firm violaceous plaque, now 4x3.5cm, new black eschar center 1 cm,
retiform edge. No cellulitis. L arm, legs clear.
A/P calciphylaxis R forearm:
- STS w/ HD (d/w Dr Ambrose, renal), starts Fri
- stop Ca carbonate, start sevelamer
- wound: nonadherent contact layer, change q3d, no tape on skin
- pain: acetaminophen sched, low dose hydromorphone prn
- goals of care call w/ daughter this wk
"""),
("2021-02-10", "Dialysis Communication Sheet", """
DIALYSIS <-> FACILITY COMMUNICATION
Pinegate Home / Northfield Dialysis    Date: 2/10/2021 (Wed)
Pre wt 53.1 kg  Post 51.9  EDW 52.0   BP pre 132/70 post 118/64
Access: L upper arm AVF, no problems.
STS 25 g given last hour of tx, tolerated, mild nausea.
Facility update (from Pinegate RN): R forearm calciphylaxis wound stable, eschar dry. NEW small
skin tear L shin 2/8 on WC footrest -- 1.5 cm, cat I, steri-strips.
Unit RN: pls send wound measurements wkly. Phos 6.2 (down from 7.4).
Next tx Fri.
"""),
]}

T06 = {"patient_id": "T06", "age": 61, "sex": "M", "notes": [
("2025-08-03", "Readmission History & Physical", """
READMISSION H&P -- Harbor View Skilled Nursing
61 y/o man readmitted 08/02/2025 from St Aldric Hospital after a 9 day stay for RLL pneumonia w/
hypoxia, now on RA.
PMH: ESRD, dialyzing T/Th/Sa via L forearm AVF; HTN; OSA on CPAP; gout. No diabetes (A1c 5.3 in
July). Never on warfarin.
Function: nonambulatory at present, 2 assist transfers, PT/OT to eval.
VTE prophylaxis: SC heparin 5000 u every 8 hrs, given into the abdomen -- first dose here on
arrival 8/2.
Skin on arrival: [x] intact  [ ] pressure injury -- sacrum blanchable, heels intact.
Exam: obese, NAD. Lungs faint crackles R base. Ext: trace edema.
Ht 175 cm  Wt 118.2 kg  BMI 38.6 (class II obesity).
Plan: PT/OT, HD per outpt schedule, CPAP qHS, heparin SC until walking >100 ft.
"""),
("2025-09-10", "NP Visit", """
NP VISIT 9/10/25  Harbor View
Called re: painful dark areas on lower belly. Res reports they came up x 5 days, "like someone
put out a match" on him, cannot sleep on his back for the pain.
Exam: lower abdomen -- 2 dusky violaceous plaques (4x3 and 2x2 cm), the larger with a central
black eschar, retiform margins, firm, very tender. This is the area where his heparin shots go.
No fever. Plt 214 (stable from 8/2).
Ddx: calciphylaxis; skin necrosis from the heparin itself is the main alternative.
Plan: heparin SC stopped today; HIT antibody sent; punch bx at edge requested (derm); pain:
acetaminophen + low dose oxycodone. Renal notified; his last mineral panel: phosphorus 7.8, PTH 880, calcium 9.9.
"""),
("2025-09-18", "Dialysis Unit Communication", """
HARBOR VIEW <-> CRESTLINE DIALYSIS   9/18/2025 (Thu)
Pre wt 115.9 kg / post 113.6 kg.  BP 150/88 -> 128/76.
Results from facility: HIT Ab NEGATIVE. Derm punch bx 9/12 lower abdomen: calciphylaxis.
Renal (Dr Pellegrini): STS 25 g IV last 30-60 min of each tx starting today; switch to
low Ca bath; add cinacalcet; stop calcitriol.
Wound: lower abdominal lesions measured on unit, 4.5x3 and 2x2.5 cm.
Current BMI 37.9.
Pls keep res off SC injections entirely, no belly binder.
"""),
]}

T07 = {"patient_id": "T07", "age": 70, "sex": "M", "notes": [
("2017-01-23", "Physician Progress Note", """
Progress note   1/23/17   Westbrook Care & Rehab (LTC)
70M. ESRD, on hemo Mon/Wed/Fri. DM2, no meds -- diet only, A1c 6.6 in Dec. HTN, CAD s/p PCI 2011.
S: woke with severe R foot pain overnight, cant bear the sheet on it. Hx gout, last flare 2015.
O: afeb. R 1st MTP and dorsum of R foot red, hot, swollen, exquisitely tender. No skin break.
Wt 92.4 kg, BMI 29.9 (overweight).
A: acute gout flare R foot.
P: colchicine 0.3 mg x1 then 0.3 mg in 3 days (renal dosing); prednisone 20 mg daily x5d;
ice pack to R foot 20 min q4h while awake PRN, to start today; elevate on pillow; recheck
uric acid w/ next monthly labs. No warfarin hx, no anticoag.
"""),
("2017-02-15", "Nursing Shift Note", """
Nsg note 2/15/17 0630
Last evening (2/14, Valentines Day) res showed evening CNA a black-purple spot on the top of his
R foot, right where he keeps the ice bag most of the day. Gout pain largely gone since early Feb
but res kept asking for ice "because it feels good".
Assessment this am: R dorsal foot 2.5 x 2 cm stony hard plaque, purple lacy rim, black center,
extremely painful to touch. DP pulse by doppler. Toes warm, cap refill ok.
Ice stopped. SBAR to Dr Haverford -- to see on rounds, requests derm.
Res upset, says he "froze his own foot". Reassured. Tylenol given.
"""),
("2017-03-01", "Dermatology Consult", """
Derm consult (visiting) -- Westbrook
Pt 70 M on HD, diet-controlled DM.
Biopsy 2/17 from R dorsal foot: vascular calcification of small subcutaneous arteries, thrombi,
necrosis of fat lobules -- diagnostic of calciphylaxis.
The lesion lies where an ice pack was applied several times a day from 1/23 onward. Repeated cold
injury is a plausible trigger at this site.
Exam: R dorsal foot 3 x 2.5 cm, eschar, retiform rim. L foot normal. No other lesions.
Wt 92.1 kg, BMI 29.9.
Plan: no cold or heat to feet; STS with HD via renal; protect foot w/ offloading shoe;
wound RN to follow.
"""),
]}

PATIENTS = [T01, T02, T03, T04, T05, T06, T07]
