"""probe258 corpus notes, F01-F07 (inpatient psychiatry and its consultants; all invented)."""

F01 = {"patient_id": "F01", "age": 46, "sex": "M", "notes": [
("2023-03-04", "Restraint and Seclusion Record", """
RESTRAINT / SECLUSION EPISODE RECORD - Unit 4 West (adult acute), Halloran Psychiatric Pavilion
Date: 03/04/23   Start 14:10   Release 15:25
Reason: pt struck a peer, then staff; kept lunging at staff despite redirection. Imminent
risk of harm to others.
Less restrictive measures tried: quiet room offered, PO PRN offered & refused, 2-staff verbal de-esc.
Type: 4-point mechanical, supine, seclusion rm B.
Emergency meds: "B52" (haloperidol 5, lorazepam 2, diphenhydramine 50 mg) IM at 14:18, given by
RN T. Okonkwo-Bell, site R buttock UOQ. No bleeding at site.
q15 monitoring: cuffs checked (2 fingers fit), cap refill <3 sec x4 limbs, skin at wrists and
ankles intact on release. Fluids offered x2, toileting declined.
Face-to-face 14:55 by Dr R. Vasquez-Lind: calmer, able to contract for safety.
Debrief 16:00. Obs level 1:1 x 24h then q15.
Medical: ESRD 2/2 lithium, dialyzes Tu/Th/Sa; chair Tuesday per renal.
"""),
("2023-03-24", "Nursing Shift Note (Nights)", """
NURSING NOTE 1900-0730  4W rm 12
Obs: q15 checks, no behavioral events. Irritable early, asleep from 0100.
Complains of "a burning bruise" on his right butt cheek; first felt it some 10 days ago and
figured it would fade. Looked with 2nd staff present: firm dark purple area approx 5x4cm,
R upper outer buttock, lacy purplish edge, grey-dusky centre; light touch makes him pull away;
dry, not warm. Pt: "that's right where they shot me when I was tied down".
Per MAR the only IM was 3/4 into R gluteal, none since. Can't sit in chair >10 min.
Pain 8/10 - acetaminophen 650 mg PO with partial relief.
On-call Dr Haverstock notified 0215: photo to chart, renal consult in AM, no further IMs
to R buttock.
"""),
("2023-03-27", "Nephrology Consult", """
Renal consult - psych unit 4W
Reason: R buttock lesion in ESRD pt.
46M, schizoaffective d/o bipolar type, lithium x 14 yrs -> chronic tubulointerstitial
nephropathy, ESRD on in-center HD since 2019 (TTS, L brachiocephalic AVF). No diabetes
(HbA1c 5.4). Not anticoagulated.
Pre-run chem 3/26: iPTH 842 pg/mL; phos 7.1; cCa 9.8; alb 3.1; Kt/V 1.3. Binder: calcium acetate w/ meals.
Exam: BMI now 30.8 (31.2 on admit; weighs 101.5). Skin, R upper outer buttock: a plaque, indurated,
violaceous, 5.5x4.5cm, retiform margin, central grey-black eschar forming.
A/P: concern for calciphylaxis given high phos/PTH.
- calcium acetate stopped today; sevelamer (Renvela) 1600 w/ each meal
- start sodium thiosulfate (STS) IV with each dialysis per renal protocol
- cinacalcet 30 mg daily
- derm for punch bx
"""),
("2023-04-03", "Dermatology Consult Follow-up", """
DERMATOLOGY f/u - inpatient psych (4W)
Punch bx of R buttock plaque, done 3/29: vessels in the
subcutaneous septa, their media heavily calcified, several plugged with thrombus, necrotic adipocytes; read as calciphylaxis.
Hx: onset ~3/14/23 at the spot where he received IM haloperidol/lorazepam/diphenhydramine
during restraint on 3/4/23. No other local trauma. Full skin exam otherwise clear, incl.
abdomen and thighs.
Dx: calciphylaxis (bx-proven), R buttock UOQ, ~5x5cm w/ early eschar.
Plan: STS with HD to continue; wound RN for dressings; pain regimen per psych/renal (avoid
stacking sedatives). Any future emergency IMs: deltoid, not the R gluteal area.
Consider hyperbaric O2 if it progresses. Will follow weekly while inpatient.
"""),
]}

F02 = {"patient_id": "F02", "age": 58, "sex": "F", "notes": [
("2024-01-12", "Nursing Shift Note (Days)", """
RN Shift Note 0700-1930 - Juniper Unit (women's acute)
Obs level: q15, arm's length in bathroom. No SIB this shift.
Pt engaged in DBT skills group, named TIPP as her go-to. Per the coping/safety plan she wrote
with OT on admission (Jan 10) she fetches a gel pack (frozen) out of the nurses' station freezer
and presses it against her LEFT thigh, front/top, when urges hit. Used it 5x today, 10-15 min each,
returned the packs every time. Old healed linear scars L forearm, no new cuts on skin check.
Medical: CCPD nightly (cycler in rm 7); BG 212 AC lunch -> lispro 4 units per scale,
glargine 30 units HS. Warfarin 5 mg qd (AF), INR due Monday.
Wt 97 kg. Ate 75% of meals, fluids restricted per renal.
"""),
("2024-02-20", "Hospitalist Consult", """
MEDICINE CONSULT (hospitalist) for psychiatry
Q: painful skin lesion L thigh.
58F, borderline PD, MDD, T2DM on basal-bolus insulin, ESRD (diabetic) managed with PD
(CCPD), paroxysmal AF on warfarin. BMI 36.8.
HPI: since Valentine's Day stabbing pain of the L anterior thigh. Staff say she has pressed ice
packs on this exact area several times a day since admission 1/10/24 as a distraction skill.
Exam: 7 x 5 cm dusky netlike purpura, L anterior mid-thigh, 2 cm black central eschar,
exquisitely tender, periphery cool. R thigh normal.
INR 2.6. PTH 610; phos 6.4; cCa 10.1.
Imp: retiform purpura w/ eschar - calciphylaxis favored; warfarin necrosis less likely after
years of stable use.
Rec: derm bx; hold cold packs on that thigh; wound care.
"""),
("2024-02-27", "Dermatology Consult Note", """
Derm consult note, Juniper Unit
Incisional bx 2/22/2024 from edge of L thigh plaque: subcuticular arterioles whose walls hold
calcium deposits, luminal clot, lobular panniculitis; the von Kossa highlights the calcium.
Final: calciphylaxis.
Correlation: she began holding frozen gel packs to the anterior L thigh on admission
(10 Jan 2024); the plaque appeared on 14 Feb 2024 in the same zone - plausible Koebner-type
localisation.
Plan: no cold packs anywhere (team and OT to substitute paced breathing / intense exercise
within TIPP); STS 3x/wk through renal; warfarin to apixaban per cardiology and renal;
analgesia; wound RN. BMI 36.8 noted.
"""),
]}

F03 = {"patient_id": "F03", "age": 67, "sex": "M", "notes": [
("2022-05-03", "Psychiatry Progress Note", """
PSYCHIATRY PROGRESS NOTE  HD#2  Unit 3 East (geri-psych)
S: Mute, no PO intake since yesterday per staff. Wife reports 2 wks of withdrawal before admit.
O: Lying in bed on his left side, knees flexed, staring; resists passive repositioning
(gegenhalten), waxy flexibility R arm, posturing. Per nursing he has held this position, weight
on the L hip, nearly all the time since arrival on 5/2. Bush-Francis 19.
PMH: diabetic kidney disease, now end-stage; hemodialysis M-W-F. Diabetes type 2 on linagliptin, HTN, prior DVT - warfarin 2014-2016,
stopped, no anticoag now. BMI 27.4.
A: MDD, severe w/ psychotic features; catatonia.
P: lorazepam 2 mg IV challenge -> partial response; continue 2 mg q8h. ECT service consult.
1:1 observation. RN to attempt q2h turns. Renal aware, mobile HD on unit tomorrow.
"""),
("2022-05-26", "Nursing Shift Note", """
Nursing note - 3E - days
1:1 continues. More verbal, ate 50% breakfast w/ cues, to chair with 2 assist.
Skin: at bath time on 23/05/2022 the day RN first found a hard purplish area, very sore,
over his L hip (lateral side); today ~6 cm with a dark centre and mottled ring. Pt winces, calls
it a "hot knife". This is the side he has lain on almost constantly since admission; q2h turns
have been hard since he resists. Sacrum, heels, R hip intact.
Wound RN and renal notified; pressure redistribution mattress ordered.
VS stable. BG 164. HD yesterday, UF 2.1 L.
"""),
("2022-06-02", "Nephrology Consult", """
NEPHROLOGY CONSULT NOTE
67 yo M, catatonic depression now on ECT (3 tx so far), ESRD on HD MWF x 4 yrs via tunneled right IJ
catheter until the fistula matures; DM2 not on insulin.
L lateral hip lesion: began May 23; now 7x5cm stellate necrotic plaque over the greater
trochanter, livedo around it. Punch bx 5/30 (derm): arteriolar medial calcium + thrombosis in
dermis/subcutis -> calciphylaxis confirmed.
Sits over the bony point he has lain on since admission on May 2 (sustained pressure).
PTH 455; phos 6.8; cCa 9.6. Calcium carbonate -> stop; sevelamer 1600 TID, thiosulfate 25 g post-dialysis,
cinacalcet 30 mg. Offload L hip, alternate sides. Added to wound care list.
"""),
]}

F04 = {"patient_id": "F04", "age": 39, "sex": "F", "notes": [
("2021-10-22", "Psychiatry Readmission Note", """
PSYCHIATRY READMISSION (return from surgery) - Maple Unit
39F, mild ID, BPD traits, recurrent foreign body ingestion. To General Surgery 10/13 after
swallowing 4 AA batteries; exploratory laparotomy 10/14/21 with gastrotomy and removal.
Midline incision umbilicus to just above pubis, staples in, no redness or drainage.
Med: ESRD (FSGS), dialysis Mon-Wed-Fri by L forearm fistula, resumed 10/18. HTN. Not diabetic. No anticoagulation.
Ht 163 cm, wt 112 kg, BMI 42.1.
MSE: calm, childlike, denies SI; says she swallowed them "to go to the other hospital".
Plan: 1:1 observation, room sweeps q shift, no small objects, supervised finger foods.
Staples out POD 14 by surgery. Continue sertraline, aripiprazole. DBT-informed behaviour plan.
"""),
("2021-12-09", "Nursing Shift Note", """
RN note, evenings, Maple Unit
1:1 obs maintained, no ingestion attempts, room sweep negative x2.
Tearful, c/o "my tummy scar is on fire" since the beginning of December; guarding on standing.
Assessed with charge RN: lower end of the midline surgical scar, just above the pubic hairline,
shows a purple-black plaque ~4x3cm, mottled net pattern spreading onto the pannus;
firm, exquisitely tender, no pus, no odour. Upper part of scar well healed. T 37.0.
Hospitalist paged, to see in AM; acetaminophen 1 g given, loose clothing.
HD today, tolerated, UF 2.4 L.
"""),
("2021-12-14", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
Lesion: inferior laparotomy scar / suprapubic pannus, 5x4cm necrotic plaque; retiform
purpura extends 3 cm beyond it. Onset early Dec 2021, roughly 7 weeks after the 10/14/21 ex-lap.
Punch bx 12/10 from the purpuric edge: calcium crusting the small vessels of the panniculus,
fibrin thrombi, no vasculitis. Dx: calciphylaxis, arising in the surgical incision.
ESRD on HD and BMI 42.1 are both risk factors. Not on warfarin.
Rec: STS with HD (renal), no calcium-based binders, wound RN, surgery aware (no debridement
for now). Psych: keep 1:1, she may pick at the wound.
"""),
]}

F05 = {"patient_id": "F05", "age": 52, "sex": "M", "notes": [
("2020-11-12", "Seclusion Record", """
SECLUSION EPISODE RECORD  Cedar Unit
12-Nov-2020  Seclusion start 09:40, end 11:05. No mechanical restraint.
Behaviour: manic, threatening peers, threw a chair in the dayroom. Ten minutes of verbal de-escalation;
PRN olanzapine ODT taken 09:30 without effect.
In seclusion he kicked and struck the bolted bed frame repeatedly; at 10:10 a 3 cm abrasion
noted on the L anterior shin, slight ooze. After release: cleansed w/ saline, bacitracin,
left open to air. No other injuries. q15 obs through window, breathing/colour ok throughout.
Face-to-face Dr P. Achterberg 10:25. Agreed to PO meds after release.
Medical: ESRD on HD (MWF, outpt unit Riverside Dialysis), DM2 on insulin glargine + aspart.
Post-episode obs: q15 -> 1:1 overnight.
"""),
("2020-12-07", "Nephrology Progress Note", """
Nephrology f/u (HD rounds, pt inpatient psych)
52 M, bipolar I current manic episode resolving, ESRD from DM2; 4-hour HD runs MWF, R upper arm AVG.
New: painful wound of left shin since around Thanksgiving per pt; nursing says it began where
he scraped the leg in seclusion last month. Exam: 4 x 3 cm ulcer L anterior shin with black
eschar and violaceous mottling around it; R leg clean. Pedal pulses dopplerable.
PTH 1020 (about 700 over the summer); PO4 7.8; cCa 9.9; Alb 3.0.
BMI 33.5 (104 kg).
Imp: concerning for calciphylaxis; PAD ulcer in the differential.
Plan: derm punch bx, ABI, STS 25 g with HD, change to non-Ca binder.
"""),
("2020-12-15", "Dermatology Consult", """
DERM CONSULT - Cedar Unit
Bx (12/10/20, L shin edge): calcification of subcutaneous arteriolar media, thrombosis, septal
panniculitis -> calciphylaxis. L ABI 1.05, no significant PAD.
Timeline: abrasion to L anterior shin on 11/12/20 from kicking the seclusion bed frame; ulcer
began in the same spot 11/26/20 (Thanksgiving), i.e. two weeks later.
Dx: calciphylaxis of L anterior lower leg, Koebner pattern at a healed abrasion.
Plan: STS continued, analgesia (psych prefers no high-dose opioids), WOC RN wound care,
pad the seclusion bed frame should it be needed again.
Insulin: injecting abdomen, sites clean. Obesity, BMI 33.5.
"""),
]}

F06 = {"patient_id": "F06", "age": 33, "sex": "F", "notes": [
("2019-08-10", "Psychiatry Progress Note", """
Psychiatry progress note - Unit 2 North
33F, schizophrenia, admitted 7/29 with command AH and med nonadherence.
LAI initiation: paliperidone palmitate 234 mg, L deltoid (upper arm), IM, 8/3/2019 = day 1,
tolerated; today (day 8) 156 mg IM into the R deltoid. Next: 117 mg monthly.
MSE: AH less intrusive, denies SI/HI, linear, flat affect. Obs level q15.
Medical: ESRD from reflux nephropathy. In-centre HD 2016-2018, switched to PD Feb 2018; now
CAPD, 4 exchanges a day done by pt with staff oversight. No DM. No anticoagulation.
Wt 61 kg, BMI 24.0.
Plan: continue, discharge planning with ACT team, sister to attend family meeting.
"""),
("2019-09-04", "Medical Consult", """
Internal medicine consult
Q: hard painful lump L arm.
Pt reports a tender hard lump, outer side of the left upper arm x 2 wks, worse at night,
"like a rock under the skin". Exam: 4cm indurated violaceous plaque, lateral L upper arm
(deltoid area), faint livedo rim, 1cm dusky central patch; no fluctuance.
This is the site of her first paliperidone injection (8/3). R upper arm, where dose 2 went: normal.
PD effluent clear. PTH 780; phos 6.9; cCa 10.4.
Ddx: injection granuloma / sterile abscess vs calciphylaxis.
Rec: ultrasound of the area, derm bx, renal to review binders.
"""),
("2019-09-12", "Dermatology Consult", """
DERMATOLOGY - inpatient consult note
Punch bx L upper arm (9/6): small dermal/subcutaneous vessels both calcified and thrombosed;
no granuloma, no organisms. Ultrasound 9/5: no collection.
Dx: calciphylaxis where the first paliperidone palmitate dose went into her L upper arm
(3 Aug 2019); onset about 21 Aug 2019. Only this lesion - R arm, trunk, thighs clear.
Rec: renal to start STS and adjust binders; future LAI doses should avoid the L arm;
wound RN for the central patch; f/u derm clinic after discharge.
"""),
]}

F07 = {"patient_id": "F07", "age": 61, "sex": "F", "notes": [
("2022-01-10", "Nursing Shift Note (Days)", """
Nursing shift note (day) - Birchwood geriatric psych
Incident f/u: on 07/01/2022 (three days ago) pt spilled a mug of hot tea on her R front
thigh in the dayroom. Superficial burn approx 4 x 3 cm, red and slightly raised per incident
report; today pink, dry, healing, no open area. Emollient per order. Hot drinks now served
lukewarm on this unit.
Mood low, brighter with daughter's visit. No SI. Obs q30 (fall risk).
Medical: on warfarin - mechanical mitral prosthesis (INR 3.0 today, aim 2.5-3.5). CKD 3a, not
on dialysis. Not diabetic. BMI 38.2 per chart (99.8 kg).
"""),
("2022-02-03", "Medical Consult", """
Medicine consult - Birchwood
61F, MDD recurrent severe; mech MVR (warfarin); CKD 3a (creatinine 1.3 mg/dL, eGFR 44); HTN; obesity.
Reason: extremely painful R thigh lesion.
HPI: tea burn to the R anterior thigh 1/7/22 healed within a week. Since the end of January a
new painful hardening has come up in that same area and spread.
Exam: 8x6cm indurated plaque, R anterior thigh, stellate retiform purpura, dusky centre;
L thigh and abdomen clear.
INR 3.4. PTH 88; phos 4.1; cCa 9.4. Protein C normal.
A: non-uremic calciphylaxis (risks: warfarin, obesity, female) vs warfarin skin necrosis vs cellulitis.
Bx recommended.
"""),
("2022-02-11", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
Incisional bx 2/8/22 R thigh: heavy calcium in the media of fat-lobule arterioles, intimal
thickening, clot, necrotic fat; no vasculitis seen.
Dx: non-uremic type of calciphylaxis, R anterior thigh, in the very patch scalded by tea on
7 Jan 2022.
Contributors: warfarin (valve is mechanical, so stopping is not simple; cardiology weighing LMWH
vs staying on it), obesity (BMI 38.2), female sex. Kidneys: CKD 3a, no dialysis.
Plan: IV sodium thiosulfate by PICC, Mon-Wed-Fri schedule, wound care, analgesia; psych to watch mood/SI given pain.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
