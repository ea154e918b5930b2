"""probe173 corpus notes, E01-E07 (perioperative nursing, anaesthesia and OR records, and the
clinics around them; all invented)."""

E01 = {"patient_id": "E01", "age": 62, "sex": "M", "notes": [
("2019-03-12", "Intraoperative Nursing Record", """
INTRAOPERATIVE NURSING RECORD -- OR 6, Halvorsen Memorial Hospital
DOS: 03/12/2019     Pt: E01, 62 y/o M     Room in 0718 / out 1041
Procedure: subtotal (3.5 gland) parathyroidectomy, bilat neck exploration
Surgeon: Okafor-Lind     Anesthesia: GETA, Dr Prieditis     ASA 3
Allergy: NKDA. NPO p MN. HD yesterday (Mon); iSTAT K 4.6 at 0650.
L upper arm AVF, thrill palpable -- NO BP / IV / sticks L arm, limb alert band on.
Positioning: supine, shoulder roll, neck extended on gel donut, both arms tucked in foam
sleds, heels floated. Pressure points checked by RN + CRNA after positioning.
ESU: Valleylab FT10, coag 30 / cut 25. Dispersive return electrode to R posterolateral
thigh over clipped, dry skin at 0742 -- skin intact beforehand.
Prep: ChloraPrep to anterior neck, dry time 3 min observed.
Warming: upper-body forced air @ 43 C. SCD: not used (short case per anesthesia).
Specimens x3 to path (R sup, R inf, L inf); L superior remnant tagged w/ clip.
Counts correct x2. Neck closed, Dermabond.
END OF CASE SKIN: return electrode peeled off 1036 -- R posterolateral thigh shows a 7x5cm
red patch with two small clear blisters along the lateral pad edge. Dr Okafor-Lind and charge
RN to room, photo to chart, safety event #19-0412 entered. Silver foam dressing applied.
To PACU on stretcher, VSS, SpO2 98% on 6L FM.
"""),
("2019-04-12", "Hemodialysis Unit RN Note", """
Kessock Dialysis Center -- treatment RN note                    04/12/19  Chair 14
Arrived w/ cane. Pre-wt 98.6kg (EDW 96.5). BP 158/84, P 78, temp 36.7, sat 97% on room air.
Access L UA AVF: +bruit/+thrill, cannulated 15g x2 w/o infiltration. 4h run, BFR 400,
DFR 600, bath 2K/2.5Ca, UF goal 2.1 L.
Pt grimacing, reports R thigh pain at the back, "worse than the burn ever was." Says the place
where the OR pad burned him last month turned purple and rock hard about a week ago, and the
middle has gone black. RN look: R posterolateral thigh ~6x5cm firm violaceous plaque, central
dark eschar ~2 cm, lacy purple rim. No drainage, afebrile. Pain 8/10.
April bloodwork -- Ca 10.1(H), PO4 7.4(H), albumin 3.2(L); PTH not yet redrawn post-op.
Dr Vasquez-Teal paged, saw pt at chairside: concern for calciphylaxis. Derm referral faxed
today, calcium acetate stopped, switch to sevelamer, wound RN to see him Tues.
Tx completed, UF 2.0 L, post BP 141/80. Needles out, hemostasis 8 min.
"""),
("2019-04-26", "Dermatology Follow-up", """
DERMATOLOGY -- follow-up after biopsy                       April 26, 2019
62M, diabetic ESRD, in-center HD from 2014; T2DM managed with glargine 22u at bedtime +
lispro correction scale, HTN, s/p subtotal parathyroidectomy 3/12/19 for secondary HPT.
Never on warfarin. At that operation the electrosurgical grounding pad caused a partial-
thickness burn of the R posterolateral thigh, which was healing until ~3 wks ago, when
severe pain began there, the skin turned violaceous, then black.
Ht 173 cm, wt 99.0 kg, BMI 33.1 (obese).
Exam: R posterolateral thigh -- 7x6cm stellate necrotic plaque, thick black eschar, a rim of
retiform purpura; exquisitely tender. Abdomen, buttocks and L leg clear.
Path (incisional bx R thigh 4/19/19): arteriolar mural calcium throughout the septa of the
hypodermis, intimal hyperplasia, occlusive thrombi, lobular fat necrosis; VK stain +.
A/P: Calciphylaxis, R posterolateral thigh, arising within the grounding-pad burn from
his parathyroid surgery (a Koebner-type localization). IV STS 25g given in the
closing hour on HD days, non-calcium binder, wound care consult, pain team. RTC 3 wks.
"""),
]}

E02 = {"patient_id": "E02", "age": 58, "sex": "F", "notes": [
("2021-05-11", "Intraoperative Record - Hand Surgery", """
PERIOP NURSING / OR RECORD     Pinecrest Ambulatory Surgery Ctr, Room 2     11 May 2021
Procedure: R open carpal tunnel release (dialysis-related amyloid CTS per surgeon)
Surgeon Dr Amundsen-Reyes. Anesthesia: MAC w/ local, surgeon infiltrated 10 mL 1% lido /
0.25% bupivacaine 1:1.
Pre-op: consent + site mark verified. HD MWF, dialyzed yesterday; iSTAT K 4.9.
L forearm AVF -- no cuff / no sticks L arm. PIV 22g L dorsal foot (only site available).
NIBP on L calf.
Position: supine, R arm on hand table, L arm on padded board, AVF loosely wrapped.
Tourniquet: 18" single-bladder cuff to R upper arm over 2 layers cast padding; limb
exsanguinated with Esmarch. Up 0814 at 250 mmHg, down 0851, total 37 min.
Cuff off: faint pink ring R mid upper arm, no blisters, no pinching.
ESU: bipolar only, no return pad needed.
Incision R palm, 4-0 nylon, bulky soft dressing + volar splint.
Cefazolin 2 g IV before incision. Stable throughout.
Phase II recovery 0903, tolerated po, d/c home w/ husband 1010.
"""),
("2021-06-08", "Hand Surgery Post-op Visit", """
Hand Surgery clinic f/u -- Dr Amundsen-Reyes                       06/08/2021
4 wks s/p R OCTR. Sutures removed at 2 wk PA visit. Night numbness gone, thumb tingling
better. R palm incision well healed, mild pillar tenderness, no erythema.
New: pt shows a very sore violet-brown patch on the R inner upper arm, started around
Memorial Day, now has a black center about dime size. Husband says it "looked like a bruise
at first". No fever/chills.
Exam: R medial upper arm ~4x3cm indurated purpuric patch, central 1.5cm eschar, skin
cool about it. Radial pulse 2+. L forearm AVF good thrill.
Hx: ESRD/HD; paroxysmal AF, takes warfarin (INR 3.4 drawn at dialysis last wk); HTN. No diabetes.
A/P: 1) s/p R CTR doing well -- OT scar massage, no restrictions.
2) R upper arm lesion, away from the palm wound. ESRD + warfarin -- worry about
calciphylaxis vs warfarin necrosis. Urgent derm referral placed; message to her nephrologist.
"""),
("2021-06-22", "Dermatology Consultation", """
Rivermouth Skin Clinic -- consult                                22-Jun-2021
Ref by hand surgery and nephrology. 58F, ESRD (FSGS) on HD since 2017, pAF on warfarin, HTN,
dialysis-related CTS. Not diabetic.
HPI: painful lesion R medial upper arm since late May, pain 9/10, worse with arm hanging.
Ht 165 cm  Wt 81.4 kg  BMI 29.9 kg/m2 (overweight)
Exam: R medial upper arm at mid-biceps level: 5x3.5cm stellate retiform purpura with
adherent 2 cm central eschar, woody induration 1 cm beyond the edge. No lesions on trunk,
thighs, legs or L arm.
Procedure: 6 mm deep punch from indurated margin, R medial upper arm, after consent; 1
suture.
Impression: calciphylaxis, clinically typical; biopsy sent for confirmation.
Plan: stop warfarin; cardiology OK with apixaban 2.5mg BID. STS with each HD per
nephrology. Petrolatum gauze + nonadherent pad daily.
ADDENDUM 6/25/21: path -- subcutaneous arterioles w/ calcified walls and fibrin
thrombi (VK+), fits calciphylaxis. Pt informed by phone.
"""),
]}

E03 = {"patient_id": "E03", "age": 71, "sex": "F", "notes": [
("2022-04-27", "Outpatient Wound Care Nursing Consult", """
WOUND / OSTOMY NURSING -- OUTPATIENT CONSULT                 4/27/2022
Referred by PCP (Dr Haldane) for painful abdominal wound.
History per pt + daughter: 71 yo F, R TKA at Colvin Orthopaedic Hospital in March 2022.
Went home on enoxaparin (Lovenox) 40 mg SC daily x 14 days; daughter gave every shot,
"always on her left side, below the navel -- the right side got sore". Warfarin for AF
was restarted after the course.
In April a hard, purple, burning patch came up on the L lower abdomen right where the Lovenox
went in; it has since opened.
PMH: AF, T2DM on metformin, HTN, OA. Kidneys normal per PCP (Cr 0.8, eGFR > 60).
BMI 36.4, obese.
Assessment: L lower abdomen, infraumbilical: 6.5x4x0.2cm full-thickness wound, eschar (black)
~70% and slough (yellow) ~30%, 3 cm surround of violaceous, mottled, indurated skin. Pain 9/10
with light touch. Drainage scant/serous, nonodorous. R knee incision healed.
Plan: no conservative sharp debridement today (?calciphylaxis vs warfarin necrosis). Silver
alginate + bordered foam every other day. Urgent derm appt booked 5/10. PCP messaged re warfarin.
"""),
("2022-05-10", "Dermatology Consult", """
Dermatology new consult                                         05/10/2022
CC: painful L lower abdominal wound.
71F -- AF (warfarin, last INR 2.8), T2DM on metformin without insulin, obesity; kidneys fine,
SCr 0.8. Enoxaparin SC into the L lower abdomen in March 2022 after R knee
replacement; wound began in April 2022 at those injection sites.
Exam: wt 94 kg, BMI 36.4. L infraumbilical abdomen: 7x4.5cm ulcer, coal-black eschar over most of
it; retiform purpura and firm plaque-like induration around it. Thighs, buttocks, R abdomen
clear.
Procedure: double-punch (6 mm, then 4 mm deeper) at the indurated edge; H&E plus calcium
stain requested.
Addendum 5/13/22: dermal and subcutaneous vessel wall calcification, thrombosed capillaries,
septal panniculitis -- calciphylaxis.
Assessment: non-uremic calciphylaxis, L lower abdomen, confined to the zone of her enoxaparin
injections, warfarin a likely driver.
Plan: warfarin stopped, apixaban 5mg BID instead; thiosulfate IV thrice weekly (infusion ctr);
surgery referral re debridement.
"""),
("2022-06-02", "Intraoperative Nursing Record", """
OR NURSING RECORD -- Main OR 3                                 2022-06-02
Procedure: excisional debridement L lower abdominal wall wound (biopsy-proven calciphylaxis),
application of NPWT. Surgeon Dr Mbeki-Hart. Anesthesia MAC, propofol infusion.
Pre-op check: ID, consent, site marked. Apixaban held 48 h. BG 156. BMI 35.8.
Allergies: penicillin (hives).
Position: supine; arms abducted <90 deg on gel-padded boards; pillow under knees;
heels offloaded. SCDs both legs.
ESU return electrode: R anterior thigh, skin intact before and after.
Prep: chlorhexidine/alcohol, wide around the wound edges.
Findings: 8 x 5 cm eschar excised to bleeding subcutaneous fat, depth 1.4 cm, gritty
calcified fat at base. Tissue to pathology and culture.
NPWT black foam placed, -125 mmHg continuous, seal obtained.
EBL 40 mL. Counts correct. To PACU 1132, pain 4/10.
"""),
]}

E04 = {"patient_id": "E04", "age": 55, "sex": "F", "notes": [
("2020-06-09", "Intraoperative Nursing Record", """
PERIOPERATIVE NURSING DOCUMENTATION -- Suite 11        2020-06-09
Pt E04, 55 F. Proc: L breast wire-localized partial mastectomy (lumpectomy) for DCIS, L UOQ.
Localization wire placed in breast imaging 0710, hub dressed with gauze.
Anesthesia GA via LMA. ASA 3 -- PD-dependent ESRD, insulin-requiring DM2, morbid obesity.
PD: last exchange 0500, drained to a dry abdomen per protocol, catheter capped and secured.
BG 0620: 164 mg/dL; took half of basal insulin last night.
Ht 162 cm, wt 109 kg (BMI 41.5).
Position: supine, L arm abducted on armboard < 90 deg, R arm tucked. Elbows + heels padded.
Return electrode R anterior thigh; skin intact pre and post.
Incision: curvilinear, L breast upper outer quadrant, approx 6 cm. Specimen oriented with
stitches, specimen radiograph shows wire and clip in the specimen.
Closed in layers (3-0 Vicryl dermal / 4-0 Monocryl running subcuticular), skin glue. Surgical bra on.
Counts correct x2. EBL 20 mL.
To PACU awake, Aldrete 9, BG 182 -- per PACU protocol.
"""),
("2020-07-20", "Breast Surgery Post-op Visit", """
BREAST SURGERY CLINIC -- post-op                                07/20/2020
s/p L wire-loc lumpectomy 6/9/20. Final path: DCIS, intermediate grade, 2.1 cm, margins
negative (closest 4 mm). Rad onc consult pending.
Pt reports the lateral part of the scar became very painful, "like a cigarette burn",
and turned purple around the 4th of July, then black.
Exam: L breast incision healed medially. Lateral third of incision: dusky violaceous skin
4x3cm with a 2x1.5cm black eschar capping the lateral scar end, exquisitely tender,
nonfluctuant, dry. No axillary swelling.
Background: ESRD (cycler PD overnight), DM2 on insulin, BMI 41.2.
A/P: lesion at lateral end of lumpectomy incision. Differential fat necrosis, wound infection,
calciphylaxis (ESRD, obese, PD). No antibiotics for now. Derm for deep biopsy this week.
Held radiation planning until this is sorted out.
"""),
("2020-08-04", "Dermatology Consult", """
DERMATOLOGY CONSULT                                           Aug 4 2020
Asked by breast surgery re painful necrosis at lumpectomy scar.
55F; diabetic nephropathy -> ESRD, CCPD from 2018; DM2 (glargine + aspart),
obesity (BMI 41.2), DCIS L breast. No anticoagulants ever.
Onset: pain and purple change on the lateral L breast scar around July 4th 2020, ~3.5 wks
after surgery. Now a 4.5x3cm necrotic plaque with eschar, livedoid edge spreading into the
L upper outer breast.
Incisional biopsy 7/28/20: widespread calcium within walls of little dermal/subcutaneous
vessels, fibrin plugs, necrotic fat; von Kossa picks up the mineral.
Dx: calciphylaxis, L breast, arising along her lumpectomy incision (surgery
6/9/2020). R breast, abdomen and thighs are spared.
Plan: nephrology to start STS; binder changed to sevelamer; cinacalcet up; local wound
care with hydrogel; radiation delayed per rad onc.
"""),
]}

E05 = {"patient_id": "E05", "age": 67, "sex": "M", "notes": [
("2024-11-21", "Pre-Op Holding RN Note", """
PRE-OP HOLDING -- RN NOTE                                  11/21/2024 0640
E05 67M here for L upper arm AV graft thrombectomy / fistulogram (graft clotted at HD
yesterday).
0612: pt got up from stretcher to use bedside commode without calling; gown caught, he slipped
and dropped hard to the floor, landing on his L buttock. Head not struck; stayed conscious. Lifted
back to stretcher by 2 staff with gait belt.
Assessment: L upper outer buttock -- 8x6cm tender bruise developing, skin unbroken. Both
hips full painless ROM, no leg shortening or rotation. Neuro intact, A&Ox4.
Warfarin for AF held 5 days for this procedure -- INR this AM 1.6.
VS BP 172/90, HR 88 irreg, SpO2 96% RA, BG 142, K 5.3 (iSTAT).
0625 Dr Brannigan (vascular) + Dr Iqbal (anesthesia) at bedside: no imaging needed per exam,
OK to proceed.
Fall risk band on, bed alarm set, family updated by phone. Safety event filed.
"""),
("2024-11-21", "Anesthesia Record", """
ANESTHESIA RECORD (summary)     Cardiovascular OR 2     21-Nov-2024
Procedure: L upper arm AVG thrombectomy + fistulogram, balloon angioplasty venous anastomosis
ASA 3E. Ht 178 cm Wt 99.6 kg BMI 31.4.
PMH: ESRD (in-center HD Tu-Th-Sa); atrial fib on warfarin, now held; DM2 by diet alone; HTN; OSA uses CPAP.
Pre-op K 5.3 -- discussed with surgeon, accepted for short case.
Airway: natural, NC O2 3 L/min. MAC: propofol 25-60 mcg/kg/min, fentanyl 50 mcg total.
Surgeon local: 1% lidocaine 15 mL.
Monitors: std ASA; NIBP R upper arm q5 min. PIV 20g R forearm.
Position: supine, L arm on hand table, heels on gel. L buttock bruise from this
morning's fall noted, no added padding needed.
Heparin 3000 units IV by surgeon at 0818.
IVF: NS 150 mL. UOP: anuric. EBL 30 mL.
Intra-op events: none. BP 130s-160s, HR 70-90 AF.
To PACU 0912, SpO2 97% on 2 L, resp even, pain 2/10.
"""),
("2024-12-20", "Wound Clinic Consult", """
OUTPATIENT WOUND CENTER -- new pt                               12/20/2024
Referral: nephrology (Dr Laszlo) for L buttock wound.
67M on HD TTS, AF (warfarin), diet-controlled DM, OSA, HTN.
Pt and wife report: burning and a purplish, net-like discoloration of the L buttock since
early December, turned dark and hard over 2 weeks, now black center. Pain 9/10; avoids
sitting on the L, sleeps on his R.
Exam: L upper outer buttock: 6x5cm necrotic plaque, adherent black eschar, indurated
purple margin 2 cm with livedo pattern. Not over sacrum or ischium. No drainage, no odor,
no crepitus. Pedal pulses faint. BMI 31.0.
Impression: painful necrotic L buttock plaque, HD + warfarin -- looks more like
calciphylaxis than a pressure injury to me.
Plan: no sharp debridement. Hydrogel to eschar, bordered silicone foam. Urgent dermatology for
biopsy (1/7). Message to nephrology + cardiology re warfarin.
"""),
("2025-01-07", "Dermatology Consult", """
Dermatology -- consult                                          Jan 7, 2025
Ref: wound center. L buttock necrotic plaque since early Dec 2024.
67M. ESRD/HD. AF, warfarin. DM2 w/o meds. BMI 31.0.
On exam the L upper outer buttock carries a 6.5x5cm eschar; violaceous, indurated border and
retiform purpura at the superior edge. Other skin normal.
Procedure: incisional biopsy from the lower margin, 2 sutures.
Addendum 1/10/25: calcified walls of small subcuticular vessels, thrombi,
necrotic fat around them (VK+) -- calciphylaxis.
Plan: warfarin stopped; apixaban started per cardiology. Sodium thiosulfate at HD TTS via
nephrology. Offload L side, wound center to continue hydrogel. Pain: palliative care referral.
Return 4 wks.
"""),
]}

E06 = {"patient_id": "E06", "age": 49, "sex": "F", "notes": [
("2018-02-27", "Pre-Operative Nursing Assessment", """
DAY-OF-SURGERY PRE-OP ASSESSMENT (RN)                      Feb 27 2018  0640
Sched: laparoscopic cholecystectomy (symptomatic gallstones), Dr Sorensen, 0800 start.
E06, 49F. ESRD on CCPD nightly -- last fill drained 0530, effluent clear.
DM2: insulin glargine 40 u -- took 20 u last night as instructed; lispro held. BG 188.
NPO since 2300. Allergies: sulfa (rash).
Ht 157 cm / Wt 110.2 kg / BMI 44.7.
Full skin check: R flank, mid-axillary line between lower ribs and iliac crest: 5 x 3 cm
violaceous, firm, very tender plaque with a dusky gray center, skin not broken. Pt says she
noticed it about 2 weeks ago and that it is "right where I put my Lantus."
PD catheter exits LLQ -- site clean and dry, no crust. Lumpy fatty thickening of
the skin around the umbilicus.
0705 Dr Sorensen and anesthesia (Dr Whitcombe) informed; both examined: case postponed, to
derm and nephrology first. Pt tearful, verbalized understanding. Left unit 0750 with husband.
"""),
("2018-03-06", "Dermatology Consult", """
DERMATOLOGY CONSULT                                             3/6/18
Ref: general surgery (case cancelled 2/27 for R flank lesion).
49F, ESRD on CCPD since 2015, DM2 x 20 yrs on insulin, HTN, BMI 44.7. No warfarin.
Injection habits: since summer 2016 she has injected every insulin dose in the right flank,
because the skin around her navel is lumpy and the shots there "don't work". Lesion first
noticed mid-February.
Exam: R flank, 6x4cm firm violaceous plaque, central 2cm gray-black necrosis, livedo
reticularis fanning out posteriorly. Several small old injection marks in and around it.
L flank and abdomen without lesions (periumbilical lipohypertrophy only).
Biopsy 3/1: medial-layer calcium in arterioles of the fat, thrombosed lumens, necrosis of
adipocytes, VK-positive deposits -- calciphylaxis.
A/P: R flank calciphylaxis sitting at her insulin injection site. Switch insulin to upper arm/
thigh sites and rotate. Nephrology for STS. Wound care: hydrocolloid avoided, foam only.
"""),
("2018-04-03", "Peritoneal Dialysis Clinic Note", """
PD CLINIC -- nephrology                                          04/03/2018
49F, CCPD (5 cycles x 2L, day dwell icodextrin 1.5L), calciphylaxis R flank,
bx-proven 3/2018; thiosulfate 25g IV thrice weekly (infusion suite) from 3/12.
S: pain 5/10, was 9. Sleeping better. Now gives her insulin in the upper arms.
O: BP 146/88, wt 109.0 kg, BMI 44.2. No edema. Exit site clean.
R flank: 5x4cm, eschar edges softening; nothing new elsewhere.
Labs -- Ca 9.0, phos down to 5.6 from 7.9, iPTH 612, alb 3.4. March clearance: weekly Kt/V 1.94, creatinine clearance 58 L.
A/P: 1) calciphylaxis -- continue STS, sevelamer 2400 TID, cinacalcet 60 mg, no calcium,
no vit D for now. 2) PD adequacy fine. 3) Lap chole deferred until lesion healed; surgeon
aware. RTC 4 wks.
"""),
]}

E07 = {"patient_id": "E07", "age": 77, "sex": "M", "notes": [
("2017-08-23", "Intraoperative Nursing Record", """
INTRAOP NURSING -- OR 9, Westvale General            DOS 8/23/2017   in 0802 / out 1248
Procedure: open R hemicolectomy for cecal adenoma not amenable to endoscopic removal
Surgeon Dr Thorsby. GETA, Dr Castellanos. ASA 3 (ESRD on HD MWF, CAD, COPD).
L forearm AVF: no BP/IV, protected with padding.
Position: supine, R arm out on board, L arm tucked with gel, knees on pillow, heels up.
Return electrode: R lateral thigh, intact pre and post.
Warming: lower-body forced-air blanket, 43 C.
At 1150 circulator found the warming hose off the blanket and blowing straight onto the
L lateral hip under the drapes. Unit off immediately, hose re-attached; exposure length
unknown, est < 40 min.
End of case: L lateral hip 5 x 4 cm bright erythema with intact tense blisters = partial-
thickness thermal injury. Dr Thorsby and anesthesia notified, photos, event #17-2291, burn
RN consult ordered, loose nonadherent dressing.
Midline incision stapled. Counts correct x2. EBL 150 mL. To PACU intubated? -- no,
extubated in OR, to PACU on 6 L FM.
"""),
("2017-09-19", "General Surgery Clinic Note", """
General Surgery -- post-op clinic                        Sept 19, 2017
POD 27 s/p open R hemicolectomy. Path: tubulovillous adenoma, no invasive carcinoma,
0/14 nodes.
Eating well, BMs normal. HD MWF unchanged.
Wound: midline staples out today, incision healed, no hernia.
L lateral hip: painful dark purple plaque with black eschar, about 4 x 4 cm, surrounding mesh-like
purple mottling. Pt says it went dark and started to hurt far worse around Labor Day.
Tender, no drainage, no fluctuance.
PMH: ESRD (HD), CAD w/ stent 2012, COPD, prediabetes -- A1c 6.0, untreated; took warfarin
2012-2015 for AF until a GI bleed ended it. Wt 80 kg, BMI 27.5.
A/P: colon -- done, surveillance colonoscopy 1 yr. L hip lesion: needs derm eval for
biopsy -- calciphylaxis a worry in a dialysis pt. Referral placed, nephrology cc'd.
"""),
("2017-10-03", "Dermatology Consult", """
DERM CONSULT                                                  10/3/17
77M on HD, referred by Dr Thorsby for painful necrosis L hip.
Onset early September 2017, painful from the start, eschar within a week.
Exam: L lateral hip (trochanteric area): 5x4.5cm necrotic plaque,
adherent eschar, indurated violaceous border and retiform purpura spreading 3 cm superiorly.
Abdomen, thighs and buttocks clear. Pulses: DP weak bilaterally.
Procedure: two 4mm punches at the lateral border, one sent for calcium stain.
Path 10/6 by phone: calcified small vessels throughout the hypodermis, thrombi, adipocyte
necrosis; pathologist calls it calciphylaxis.
A/P: Calciphylaxis, L lateral hip. Thiosulfate 25g each HD, calcium carbonate off,
add cinacalcet; wound RN; PCP manages pain; prognosis talk held w/ pt + daughter.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
