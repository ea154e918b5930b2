"""probe118 corpus notes, B01-B07 (inpatient nephrology consult service; all invented)."""

B01 = {"patient_id": "B01", "age": 61, "sex": "F", "notes": [
("2019-04-16", "Nephrology Consult", """
RENAL CONSULT -- req by hospitalist (Dr Vasquez-Lind) re painful abd wall lesion in HD pt
HPI: 61F w/ ESRD from DKD, HD TTh Sat via R brachioceph AVF at Harborview Kidney Ctr, T2DM on glargine + lispro SSI, HTN. Adm 4/15 w/ skin pain "like a hot coal". Pt reports a hard knot came up next to her belly button on 04/02/19, went purple, then dark in the middle. Started Lantus in January and self-injects into the belly, "always the same couple inches by my navel, its the easiest place to pinch".
Denies fevers, chills. No new meds besides insulin.
Exam: periumbilical abd wall 6x4 cm woody violaceous plaque w/ black eschar at its center, stellate edge, exquisitely TTP. No fluctuance/drainage. Rest of skin clear.
Labs: Ca 9.8, phosphorus 7.4, iPTH 812 Alb 2.9
Wt 91 kg Ht 163 cm BMI 34.2
A/P
#Necrotic periumbilical plaque at insulin inj site -- high c/f CUA. Derm asked to punch the margin. Na thiosulfate 25g IV, to run after each HD, start now, don't wait on path.
#ESRD -- HD tomorrow per sched, heparin-free runs.
#CKD-MBD -- d/c Ca acetate, sevelamer 1600 TID w/ meals, start cinacalcet 30.
#DM2 -- rotate insulin away from abd, use upper arms for now.
Will follow. D/w primary.
"""),
("2019-04-18", "Nephrology Progress Note", """
Renal f/u
S: pain 8/10 overnight, needed dilaudid x2. Derm did 4 mm punch bx at plaque edge yest, oozed a bit.
O: AF, BP 152/80. Periumbilical plaque unchanged in size, eschar ~2.2 cm, new thin purple lacy rim inferiorly.
Labs: K 4.9, Phos 6.6
A/P
#Periumbilical necrotic plaque, probable CUA -- f/u path. STS #2 w/ HD today.
#ESRD on HD -- 3.5 h, UF 2 L as tol.
#CKD-MBD -- cont sevelamer, cinacalcet.
#DM2 on insulin -- glargine now going into arms per RN.
"""),
("2019-04-23", "Nephrology Progress Note", """
Renal f/u
Path back: medial calcification + intimal thrombi in small subq arterioles, fat necrosis, von Kossa pos -> calciphylaxis confirmed.
Of note the plaque is exactly the patch she's been using for her glargine since Jan, pt says "I never moved it around, nobody told me to".
O: plaque 6x4 cm, eschar dry, no purulence. BMI 34.2 (no change).
A/P
#Calciphylaxis, bx-proven, periumbilical -- cont STS TIW w/ HD indefinitely, wound RN for dressings, pain svc following.
#ESRD on HD TTh Sat -- d/c planning w/ outpt unit, STS orders sent.
#DM2 on insulin -- no injections in abdomen going forward.
Spoke w/ pt + daughter at bedside.
"""),
]}

B02 = {"patient_id": "B02", "age": 74, "sex": "F", "notes": [
("2021-01-05", "Nephrology Consult", """
Nephrology consult note
Reason: PD pt w/ painful black spots on low back
74 yo F, ESRD from ADPKD, on CCPD x 3 yrs (cycler nightly, 4 exchanges), pAF, on coumadin for it (target INR 2-3), no DM. Adm from ED for pain crisis + fall risk.
Hx obtained from pt and son. Painful sores R + L low back x2 wks. She has chronic lumbar stenosis and every night since Thanksgiving she lies w/ her lumbar spine pressed onto an electric heat pad, "set on high because the low setting does nothing". Son: "she wouldn't let us take it away".
PE: bilat lumbar paraspinal skin, L 5x3 cm and R 4x3 cm stellate violaceous plaques w/ dark necrotic centers, surrounding net-like purpura. Reticulated brown hyperpigmentation across same area.
BMI 28.4
Labs INR 3.4 (supratherapeutic), Ca 10.1, P 6.2, iPTH 390
Imp/Plan
1. Bilat low back necrotic plaques under heating pad in PD pt on coumadin -- CUA strongly suspected. Bx by derm. Remove heating pad (done).
2. Warfarin -- hold, d/w cards re switch to apixaban.
3. ESRD on CCPD -- cont home cycler Rx, 1.5% x4.
4. Hypercalcemia -- d/c calcitriol.
"""),
("2021-01-07", "Nephrology Progress Note", """
Renal progress
Bx 1/6 from L side plaque: calcific uremic arteriolopathy, vessel wall Ca deposits, thrombosed capillaries. Derm agrees.
Both sides of low back now w/ firm eschar. Pain 6/10 on sched acetaminophen, hydromorphone 0.2 prn.
Imp/Plan
1. CUA, bilat low back -- STS 25g IV thrice weekly while here; outpt via PD unit if feasible; lanthanum.
2. Warfarin held, apixaban 2.5 BID per cards.
3. CCPD -- cont.
"""),
("2021-01-11", "Nephrology Progress Note", """
Renal f/u, brief
CUA of bilat lumbar skin, biopsy proven. Lesions stable, eschars adherent, no new spots. Heating pad gone home w/ son, pt agreeable to not using it.
Wt stable, BMI 28.4.
Plan unchanged -- cont STS, pain regimen, cycler. Likely home tmrw if PO regimen holds her pain.
"""),
]}

B03 = {"patient_id": "B03", "age": 58, "sex": "F", "notes": [
("2022-04-20", "Nephrology Consult", """
NEPHROLOGY CONSULT
CC: thigh wound, ?calciphylaxis
58F ESRD (FSGS) on HD (Mon, Wed, Fri) thru a LUE graft; DM2 -- linagliptin, insulin never; morbid obesity BMI 41.3, OSA on CPAP.
Twisted her R knee stepping off a bus, seen in ED 03/14/2022, fitted w/ a hinged knee immobilizer -- been wearing it continuously since, incl at night, the upper Velcro strap "digs in something awful" when she sits.
Early April noticed a painful reddish-purple hard area on the lower R thigh just above the knee. Now w/ black center.
Nobody injects her legs. No heating pads. Never on warfarin.
Exam: R distal anterolateral thigh, band-like 7 x 3 cm indurated plaque w/ central necrosis, lies precisely beneath the proximal brace strap; strap imprint visible. L thigh soft.
A/P:
- R distal thigh necrotic plaque under brace strap: ddx CUA vs pressure necrosis; derm for bx. Ortho to refit/loosen brace.
- ESRD on HD -- K 5.6, 2K bath, UF goal 3 L.
- MBD: phos 8.1, increase sevelamer, hold calcitriol.
"""),
("2022-04-22", "Nephrology Progress Note", """
Nephro f/u
Derm bx done 4/21 from R thigh plaque margin. Brace swapped for soft wrap by ortho.
Plaque same size, more painful per pt, "burns all the time".
A/P
- R distal thigh necrotic plaque, ?CUA -- await path; empiric STS ok'd by attending, first dose w/ HD today.
- ESRD on HD MWF
- DM2 -- SSI not needed, BG 120s-150s
"""),
("2022-04-26", "Nephrology Progress Note", """
Nephro f/u
Path: calciphylaxis -- circumferential Ca in the walls of small dermal + subq vessels w/ thrombosis, von Kossa stain pos.
Lesion = at the strap line of the immobilizer she wore from mid-March, so pressure from the strap likely precipitated it.
Pt weighed on bed scale, BMI now 39.8.
A/P
- Calciphylaxis R thigh, bx proven -- STS w/ each HD, wound care, no compressive devices on legs.
- ESRD on HD MWF, EDW 109.
- MBD -- cinacalcet started.
"""),
("2022-05-02", "Nephrology Progress Note", """
Nephro f/u
CUA R thigh -- eschar intact, edges cleaner, pain 5/10. Tolerating STS, mild nausea.
BMI 39.8. DM2 on linagliptin only.
Plan: cont STS TIW, outpt HD unit informed. Sign off for now, call w/ q's.
"""),
]}

B04 = {"patient_id": "B04", "age": 66, "sex": "M", "notes": [
("2023-10-20", "Nephrology Consult", """
Consult - Renal
66M ESRD (HTN nephrosclerosis) HD TTS via L radiocephalic fistula, mechanical AVR on coumadin (cards wants INR 2.5-3.5ish), no DM. Had R groin herniorrhaphy (open, mesh) 08/09/2023 (Dr Okonkwo-Bell), uneventful healing per surg f/u.
Now adm w/ severe groin pain. Pt noticed a "purple bruise" in the R groin 3 wks ago that has turned hard and black.
Exam: R groin -- 5 cm firm purple plaque, eschar in its center, running along the healed oblique incision line, livedo fanning out onto the proximal R thigh. No hernia recurrence, no fluctuance, no drainage.
Wt 78 kg, BMI 26.0.
Labs: Ca 9.4, P 7.0, PTH 1105, INR 3.1
CT pelvis: no abscess, no collection; extensive vasc calcification.
Assessment/plan
1) Necrotic plaque R groin in the hernia scar: CUA favored over mesh infxn -- derm bx today.
2) Mechanical valve on warfarin -- can't stop; d/w cards, cont w/ goal low end.
3) ESRD on HD: sodium thiosulfate post-HD.
4) SHPT: cinacalcet, surg eval for parathyroidectomy outpt.
"""),
("2023-10-23", "Nephrology Progress Note", """
Renal f/u
Bx result: CUA (medial calcification small subq arteries, microthrombi, panniculitis).
The lesion sits in the R inguinal incision from the Aug hernia repair -- pt asking if the op caused it; explained surgical trauma can be a trigger.
INR 2.7. BMI 26.0.
Plan: STS 25 g TIW w/ HD, wound team, continue warfarin for valve, vit K2 per derm. RTC renal 2 wk.
"""),
]}

B05 = {"patient_id": "B05", "age": 70, "sex": "M", "notes": [
("2024-06-24", "Nephrology Consult", """
Renal consult
70 y.o. M, ESRD, dialyzes Mon/Wed/Fri (L AVF), DM2 on insulin (detemir 18u qhs into abd), CAD, PVD. BMI 30.0.
Consulted for shin ulcer.
He banged his leg on the wheelchair footplate getting out of the chair at dialysis on Memorial Day, "took the skin clean off". Small scrape, family put neosporin on it. Then 1st wk of June a tender dusky purple patch appeared on the very spot of the scrape, now necrotic.
Exam: pretibial, ~4x3.5cm eschar, black, rimmed by violaceous induration + retiform purpura. DP pulses faint bilat.
ABI 1.1 / 1.0 (incompressible?)
A/P
#Necrotic ulcer at prior footplate injury -- CUA vs PAD ulcer. Derm punch bx, vascular to see.
#ESRD on HD MWF -- no changes.
#DM2 on insulin.
"""),
("2024-06-26", "Nephrology Progress Note", """
Renal f/u
L shin ulcer, eschar, surrounding purpura unchanged. Vascular: no flow-limiting dz, not an arterial ulcer.
Bx taken 6/25 from L pretibial border.
Wife at bedside: "it's exactly where he knocked it on that footrest".
A/P
#L shin necrotic ulcer, CUA suspected, bx pending -- start STS.
#ESRD on HD.
#BMI 30.0 (class 1 obesity).
"""),
("2024-07-01", "Nephrology Progress Note", """
Renal f/u
Path: calciphylaxis (subcut arteriolar calcium, luminal thrombi, vK stain +).
L pretibial CUA ulcer sitting on the late-May footplate injury. Pain better w/ gabapentin 100 qHD.
A/P
#CUA L shin -- STS TIW, wound care, cinacalcet uptitrate.
#DM2 on insulin -- detemir unchanged.
#ESRD on HD MWF.
"""),
]}

B06 = {"patient_id": "B06", "age": 49, "sex": "F", "notes": [
("2025-03-04", "Nephrology Consult", """
NEPH CONSULT
49F, ESRD from LN (SLE), dialyzing MWF by R IJ TDC, AVF still maturing, h/o LUE DVT on warfarin 2021 -> stopped 2023, no DM.
Recent adm here 2/3-2/10 for CAP, got heparin 5000 u SQ q8h the whole stay, "they stuck every one of them in the backside of my arms, both sides". Onset 2/19: painful hard purple spots back of both arms, progressing to black scabs.
Exam: posterior upper arms bilat: L 3x2cm, R 4x3cm, stellate, necrotic centres, retiform purpura rimming each; several healed needle marks nearby. No other skin lesions.
BMI 22.7
Labs: PTH 620, Ca 9.1, P 6.8, albumin 3.0; sent protein C and S.
A/P
1. Bilateral posterior upper arm necrotic plaques following SQ heparin -- CUA top ddx; also HIT-related skin necrosis. Derm bx, HIT Ab sent, no heparin (incl HD lock -- citrate instead).
2. ESRD on HD -- cont MWF.
3. SLE -- HCQ, pred 5.
"""),
("2025-03-06", "Nephrology Progress Note", """
Neph f/u
HIT Ab neg. SRA not sent.
Bx 3/5 of R posterior arm lesion: subcutaneous vessel calcific deposits w/ thrombi, consistent w/ calciphylaxis.
A/P
1. CUA both upper arms, at prior heparin inj sites -- STS with HD, wound care, avoid all SC injections.
2. ESRD on HD MWF via TDC.
3. Remote warfarin (off since 2023), no anticoag now.
"""),
("2025-03-10", "Nephrology Progress Note", """
Neph f/u
CUA posterior arms bilat -- R eschar lifting at edge, no infxn; L stable. Pain 4/10.
BMI 22.7.
Plan: cont STS TIW, outpt unit to continue. Ok for d/c from renal standpoint.
"""),
]}

B07 = {"patient_id": "B07", "age": 63, "sex": "M", "notes": [
("2019-10-08", "Nephrology Consult", """
Nephrology c/s -- PD pt w/ leg wound
HPI: 63 yo M w/ ESRD (IgA nephropathy) on CAPD 4x/day, DM2 -- diet & linagliptin, never insulin, HTN, gout. BMI 31.6.
Gets bad night cramps in R calf; since the summer he straps a bag of ice cubes / gel ice pack behind the R calf most evenings "to numb it".
Painful lesion on R calf first noted in Sept, started as a dusky bruise-like patch, now ulcerated.
No trauma, no falls. No anticoag ever.
PE: R posterior calf: ulcer 5x4cm, eschar black, livedo racemosa surrounding. L calf normal.
Assessment & plan:
- R calf ulcer in PD pt w/ cold exposure: r/o calciphylaxis; derm bx; no more ice.
- ESRD on CAPD: Kt/V adequate last month, cont Rx.
- Hyperphos: P 6.9, up sevelamer.
"""),
("2019-10-10", "Nephrology Progress Note", """
Renal f/u
Derm punch bx yesterday. Wound RN saw, moist dressing.
R calf lesion unchanged; pt asking for ice pack -- declined, explained.
A/P
- Necrotic ulcer, R calf -- possibly CUA, bx result pending.
- CAPD -- cont. Obesity, BMI 31.6.
"""),
("2019-10-15", "Nephrology Progress Note", """
Renal f/u
Bx: calcific uremic arteriolopathy. Confirmed. Lesion is exactly under where the ice pack sits.
A/P
- CUA R posterior calf -- STS thrice weekly at infusion ctr (PD pt), sevelamer, stop calcitriol. Nothing cold or hot on his legs again.
- ESRD on CAPD 4x/d.
- DM2 non-insulin.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
