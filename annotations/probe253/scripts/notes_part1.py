"""probe253 corpus notes, A01-A07 (retina clinic and the kidney/skin clinics of the same patients; all invented)."""

A01 = {"patient_id": "A01", "age": 67, "sex": "F", "notes": [
("2019-06-18", "Retina Clinic Note", """
RETINA CLINIC - Harrowgate Eye Associates
Attending Dr. M. Okonkwo-Reyes / scribe T. Lindqvist

CC: f/u CI-DME OD, inj #3
HPI: 67F w/ severe NPDR OU and center-involving DME OD. Says newsprint is still
smeared in the R eye. She can no longer read the dose window on her insulin pen
without a 4x hand magnifier, so since early June she puts every glargine and
lispro dose into the R outer thigh - "the only spot I can actualy see".
PMH: T2DM x 22 yrs on insulin; ESRD, hemodialysis thrice weekly (MWF) through L BC fistula;
HTN; obese, BMI 33.1 per intake sheet. Not anticoagulated.
VA sc: OD 20/70 PH 20/50, OS 20/30-2.  IOP 15/16 (iCare).
OCT mac: OD CST 398 um with IRF (was 461); OS dry, CST 271.
DFE: dot-blot hges in all 4 quadrants OU, no NVD/NVE.
Proc: aflibercept 2 mg IVT OD, IT quadrant 4.0 mm behind limbus, betadine,
speculum. CF after, IOP 18.
Plan: RTC 8 wks OCT OU + inj OD. Low vision referral.
"""),
("2019-08-13", "Retina Clinic Note", """
Harrowgate Eye - Retina f/u  08/13/2019

67 yo F, DME OD on Eylea, here for inj #4. No flashes, no new floaters. Pt says
the R eye "is better for the television now". Daughter fills & dials the pen
for her these days; the needle still goes into her R outer thigh, by her own hand.
VA: OD 20/40-1, OS 20/30.   IOP 14/15.
OCT: CST OD 312 (down from 398), trace residual IRF nasally; OS no change.
A/P:
1. CI-DME OD, responding -> aflibercept OD today, lengthen to 10 wks
   (treat & extend).
2. Severe NPDR OU, no PDR - monitor.
3. DM2 / ESRD on HD - A1c 7.9 on dialysis labs; encouraged tighter sugars.
Consent on file, time-out, povidone-iodine, 30g needle supertemporal. Tolerated
without complication.
"""),
("2019-10-08", "Hemodialysis Rounding Note", """
Nephrology - HD rounds, Northfield Dialysis Unit, chair 12

S: c/o a "bad bruise" on the right thigh for 10 days that hurts worse than
anything she has had; sleeping on that hip impossible. No fall or knock she
can recall.
O: BP 151/78 pre. EDW 88.0 kg, BMI 32.8. L BC AVF +thrill/+bruit.
Skin: R lateral thigh - 6x4cm, woody, violaceous plaque, net-like purpuric
margin, dusky center, exquisitly TTP. Not fluctuant, dry.
Labs drawn 10/1 -- iPTH 812 (!!) | calcium 9.6 | PO4 7.4 | alb 3.2 (low) |
A/P: dialysis-dependent, DM2 needing insulin. New painful retiform plaque R
thigh -> I strongly suspect calciphylaxis. Paged derm: punch within the
week. Stopping calcium acetate; sevelamer carbonate 1600 with meals;
cinacalcet dose up. Raised thiosulfate with her if the path confirms.
"""),
("2019-10-15", "Dermatology Consult", """
DERMATOLOGY CONSULT
Reason: painful plaque R thigh, ?calciphylaxis (ref HD unit)

Hx: started about 9/28/19 as a tender dark "bruise", steadily bigger since.
67F (HD, insulin-using DM2). Pt + daughter both say that from early
summer every insulin dose was put in the right outer thigh, owing to her
eyesight.
Exam: R lateral thigh 7x5cm stellate purpuric plaque - 2cm eschar
(black) at the hub; livedo fringe. Opposite thigh and abdomen clear.
Path (punch, 10/11/2019, R lat thigh): subcutis arterioles w/ medial
calcium, intraluminal thrombus, septal/lobular fat necrosis. Reported by dermpath (Dr. Ferreira-Kim) as
calciphylaxis.
Impression: calciphylaxis (bx-proven), R lat thigh - it arose inside her
insulin injection field.
Plan: IV thiosulfate (25 g) on dialysis days, given intradialytic; wound care;
analgesia. Move insulin to abdomen/arms and rotate; keep off the R thigh.
"""),
]}

A02 = {"patient_id": "A02", "age": 58, "sex": "M", "notes": [
("2021-03-02", "Retina Clinic Note", """
RETINA - Westbrook Vision Center

58M, PDR OS, new vitreous heme noticed 5 days ago ("a curtain of cobwebs").
Prior PRP OS in 2019.
PMH: T2DM - glargine 30 units at bedtime, belly injections; ESRD, dialysis
Tues-Thurs-Sat; paroxysmal AF, takes warfarin (last INR 2.6).
VA cc: OD 20/25, OS HM.
IOP 13 / 15.
B-scan OS: mobile vitreous hemorrhage, retina flat 360.
OD: mild NPDR, no DME.
A/P: VH OS from PDR -> bevacizumab 1.25 mg IVT OS today. Sleep with head of
bed up, no heavy lifting. Warfarin need not be interrupted for intravitreal
injections. If not clearing in 6-8 wks will book PPV. RTC 4 wks.
"""),
("2021-04-20", "Dermatology New Patient", """
Derm clinic - new pt

58M, hemodialysis, referred for a sore of the L inner thigh x 3 wks that he
rates 10/10. Came up as a hard reddish-purple knot toward the end of March,
since gone black centrally. Insulin: belly only, L and R sides, legs never.
Heating pad - no. Falls - no. Nothing struck the thigh. Wondered if the "eye
shots" did it; I explained they could not.
Meds: warfarin 5 mg (AF), glargine, sevelamer, cinacalcet.
Exam: L medial thigh, 5x3.5cm plaque, necrotic, retiform purpura around it,
very tender. Abdominal wall: no plaques.
Bx 04/13/21 (L medial thigh): calcium lining the walls of subcutis
vessels -> fits calciphylaxis.
Impression: calciphylaxis L thigh; warfarin probably contributing.
Plan: I'll ask nephro + cardiology re: replacing warfarin by apixaban; thiosulfate
on dialysis days; topical care; no compression wraps.
"""),
("2021-05-11", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE (HD unit)

Dx: ESRD from diabetic nephropathy; Tue/Thu/Sat dialysis, R arm fistula.
L medial thigh calciphylaxis, confirmed on biopsy 4/13/21.
Interval: STS 25 g IV, hung near run's end, every session since 4/22; pain
7 -> 4/10. Warfarin off 4/27; cardiology has him on apixaban now (2.5 bid).
Retina saw him last week - hemorrhage clearing.
Exam: wt 84.6 kg, BMI 28.1. L thigh ulcer 4.5x3cm, the eschar's margins
separating, no pus, no cellulitis.
Labs: PTH 540; Ca 8.9 (corr); phos 5.6. Keep the STS going.
Plan: phosphate binder, cinacalcet 60 mg; wound clinic weekly;
insulin per PCP.
"""),
]}

A03 = {"patient_id": "A03", "age": 71, "sex": "F", "notes": [
("2024-03-26", "Vitreoretinal Surgery Pre-op", """
VITREORETINAL SURGERY - pre-op visit 3/26/24

71F, PDR OD with tractional RD creeping toward the fovea; VA fell to 20/200
over 2 months.
PMH: DM2 (linagliptin, no insulin), ESRD on CCPD nightly, HTN, obesity -
BMI 36.2. Takes no anticoagulant or antiplatelet.
Exam OD: fibrovascular plaques along ST arcade, TRD lifting the macular edge.
OS: PRP scars, stable.
Plan: PPV/membrane peel/endolaser/SF6 OD on 04/03/2024 at Larkspur Surgery
Center, MAC + retrobulbar block. Afterwards face-down 50 min of every hour
for 7 days; son will rent a face-down chair with a padded chest support and
face cradle. Risks (re-detachment, cataract, IOP rise, endophthalmitis)
discussed, consent signed. Continue CCPD peri-op.
"""),
("2024-04-04", "Retina Post-op Day 1", """
POD #1 s/p PPV/MP/EL/SF6 20% OD (done 04/03/2024)

S: mild ache, nausea gone. Face-down since she got home yesterday afternoon,
in the rented positioning chair: face in the cradle, breastbone leaning on the
padded chest support. She says she stays in it almost all day and sleeps in
it too.
O: VA OD HM, IOP 19 OD (Tono-pen), 14 OS. Gas fill ~90%, retina attached on
indirect, laser scars good. Cornea clear, AC 1+ cell.
A/P: doing well. Pred forte QID, moxifloxacin QID x 1 wk, stay face-down.
Reviewed chin and chest padding with the son. No flying or mountain
driving while gas present. RTC 1 wk.
"""),
("2024-05-02", "Peritoneal Dialysis Clinic", """
PD CLINIC - Larkspur Kidney Care

71F, CCPD (since 2021) for ESRD, DM2 - visit to review the derm findings.
Chest: first felt a burning spot over her breastbone on April 19th while still
in the face-down chair (surgeon had extended positioning to ~3 wks for a small
residual break). Now a 4x3cm black eschar over the mid-sternum with a
violaceous retiform rim; very painful.
Derm bx 4/29: calciphylaxis (vascular calcification + thrombosis in
subcutaneous arterioles).
Assessment: calciphylaxis of the presternal chest, exactly where she leaned on
the chair's chest pad for weeks.
Wt 93.1 kg, BMI 35.7.
Plan: thiosulfate, IV, Mon/Wed/Fri at Larkspur infusion; calcium-based binder
replaced by lanthanum; wound nurse to manage dressings; referral to the
pain service.
"""),
]}

A04 = {"patient_id": "A04", "age": 63, "sex": "M", "notes": [
("2022-01-11", "Retina Clinic Note", """
Retina f/u - nAMD OS

63 yo M on faricimab (Vabysmo) OS, inj #5 today. Good response, Amsler grid
without new waviness.
Hx: ESRD, dialysis MWF at Crestview; mechanical AVR -> warfarin, INR 3.1 at
yesterday's run. Not diabetic.
Mentions the car door swung shut on his L calf 2 days ago - little bruise; he
wonders if warfarin should be skipped before the shot. Told no.
VA: OD 20/25, OS 20/50+2.  IOP 12/13.
OCT OS: no SRF, small PED unchanged, CST 288.
Proc: faricimab 6 mg/0.05 mL IVT OS, 3.5-4 mm post limbus (pseudophakic),
povidone, speculum. CF after, IOP 17.
Plan: stretch to q12 wks.
"""),
("2022-02-08", "Dermatology Consult", """
DERMATOLOGY
CC: tender lumps L lower leg

63M, dialysis pt, anticoagulated (warfarin) because of a metal aortic valve.
Roughly 2 weeks of deep, very painful knots - left calf, posterior aspect -
lacy purple mottling around them; they surfaced a couple of weeks after the
car door incident. Afebrile.
Exam: L calf - three firm nodules in the subcutis, 1 to 2.5 cm, sitting in a
patch of livedo racemosa; one has a dusky centre, no ulcer yet. R leg clear.
DDx: calciphylaxis / warfarin skin necrosis / post-traumatic panniculitis or
hematoma; cellulitis less likely.
Plan: 6mm punch of the L calf today, H&E plus von Kossa. Analgesia. Message
to nephrology re: Ca/P/PTH.
"""),
("2022-02-22", "Nephrology Clinic Note", """
Nephrology clinic - 2/22/2022
Re: L calf nodules

Punch (2/8): lobular panniculitis, fat necrosis; vessels negative on the
calcium (von Kossa) stain - but the sample is shallow. Derm calls it nondiagnostic -
calciphylaxis remains on the table.
He would rather not have a deeper incisional biopsy. Nodules the same, pain
6/10.
ESRD plus warfarin, so empiric treatment for possible calciphylaxis: STS
25 g post-HD x3/wk, dialysate calcium lowered, calcium carbonate off.
Cardiology consulted about alternatives to warfarin - mechanical valve, he
has to stay on it.
Weight 79.0 kg; BMI 26.9.
Moving to Marrow Bend in March; records faxed to the receiving unit.
"""),
]}

A05 = {"patient_id": "A05", "age": 54, "sex": "F", "notes": [
("2017-01-24", "Retina Clinic Note", """
RETINA CLINIC
Pt: 54F     Dx: CRVO OD with CME (onset ~Nov 2016)
Inj #2 ranibizumab OD

Hx: ESRD. Dialysis access for now = R IJ tunneled cath, L arm fistula
maturing;
diet-only T2DM, last A1c 6.4; HTN; obesity - BMI 31.4. Not on
anticoagulation.
VA: OD 20/100 at last visit -> 20/80 today; OS 20/20.
IOP 17/16. Gonio OD: no NVA/NVI.
OCT OD: CST 540 -> 377, SRF resolving.
Ranibizumab 0.5 mg IVT OD, IT quadrant, tol well.
Plan: monthly x 3 more, gonioscopy each visit watching for NVI. BP control to
be coordinated with nephrology.
"""),
("2017-03-14", "Nephrology Inpatient Progress Note", """
NEPHROLOGY PROGRESS - inpt day 16 (Mercy Vale Hospital, 5W)

54F on maintenance HD, in since 2/27/2017 with RLL pneumonia and sepsis,
improving.
HD: MWF in house, UF 2.5 L yesterday, tolerated.
VTE prophylaxis: heparin 5000 u SQ q8 h - RN gives it in the abdominal
wall; running from the day of admission.
Exam: afebrile, crackles R base better. Abdomen soft; needle marks scattered
over the lower abdomen, no nodules or discoloration. Wt 86.2 kg
(BMI 30.9).
Labs: phos 6.8 and climbing; Ca 9.9; PTH 690.
A/P: PNA resolving - finish cefepime 3/16. Hyperphosphatemia - restart
sevelamer, renal diet consult. Likely d/c 3/16 back to her outpatient unit.
"""),
("2017-04-04", "Dermatology Consult", """
Dermatology consult, 4 April 2017
Referred by Dr. Haldane (nephrology) - painful abdominal wound

HPI: trouble started St. Patrick's Day - a burning, hard zone low in the
left abdominal wall, black within about a week. While admitted (2/27-3/16)
she had SC heparin TID, always into the lower belly.
Exam: 2 cm left of & below the umbilicus: stellate ulcer 5x4cm, eschar
adherent + black, collar of indurated retiform purpura. Other
quadrants clear.
Path (bx 3/28/17): medial calcium + intimal thickening in subcutis
arterioles, thrombi -> calciphylaxis.
A: calciphylaxis, L lower abdominal wall, where the inpatient heparin shots
went.
P: STS with HD, gentle debridement in wound clinic; no further abdominal
injections (arms if anticoagulant shots are ever needed again).
"""),
]}

A06 = {"patient_id": "A06", "age": 69, "sex": "M", "notes": [
("2020-07-07", "Retina Clinic Note", """
Retina visit 07-07-2020

69M, BRVO OS (superotemporal) with macular edema, bevacizumab #6.
Walked in slowly; complains that a sore behind the R calf has been "killing
him" x 2 wks, HD unit aware.
PMH: ESRD, HD x3/wk; DM2 on insulin (Humalog Mix 75/25,
abdominal shots); HTN; AF s/p ablation - warfarin stopped 2015.
VA: OD 20/30, OS 20/60.
IOP 16/18.
OCT OS: CST 350 (prev 382), persistent IRF.
IVT bevacizumab 1.25 mg OS, tolerated well.
Plan: q5wk; consider switching to aflibercept if it plateaus. Pt to show the
calf to the HD physician this week.
"""),
("2020-07-14", "Hemodialysis Rounding Note", """
HD Rounding (Ellery Park Dialysis)

69M, ESRD on HD; DM2 (insulin).
Back of R calf: an ulcer (3 cm x 2.5)  with black eschar + purpuric edge,
extremely tender. Per pt, ~3 wks ago it was only a painful dark spot; pt recalls no injury
beforehand. Since last week he has pressed frozen ice-bags onto the sore when it
throbs, and his wife covers it with gauze and paper tape.
Wt 72.0 kg post, BMI 24.7.
Labs: PTH 1030 (up); Ca 9.4; phosphorus 6.9.
A/P: likely calciphylaxis of the R calf - derm to biopsy this week. No more
icing the sore (vasoconstriction). Non-adherent dressing only. Increase
cinacalcet. Consider parathyroidectomy referral.
"""),
("2020-07-28", "Dermatology Follow-up", """
Dermatology - follow-up, bx results

Bx of R calf ulcer edge (07/17/2020): calcified small subcutis vessels,
thrombosis, panniculitis = calciphylaxis.
Nothing touched that calf before the sore appeared around 6/23 - he denies
any injury there, and neither injections nor heat nor cold; the ice and the tape came afterwards,
for pain and for dressings.
Exam: R posterior calf ulcer 3.5x3cm with eschar; skin elsewhere without new
lesions.
Impression: calciphylaxis, R calf.
Plan: thiosulfate 25 g on dialysis; the leg gets neither ice nor heat; silicone
dressings without adhesive tape, wound clinic weekly. Warfarin: off it since
2015 - nothing to change.
"""),
]}

A07 = {"patient_id": "A07", "age": 61, "sex": "F", "notes": [
("2023-02-14", "Retina Clinic Note", """
RETINA - nAMD OD, aflibercept q8w

61F here for her injection. Shifting in the chair, sitting on her L hip. Has
right-sided sciatica; since last summer, nightly, an electric heating pad
stays switched on beneath her right buttock while she sleeps.
PMH: ESRD, PD via nightly cycler; HTN; hypothyroid; morbid obesity (BMI
38.0). Nondiabetic, A1c 5.4. Not anticoagulated.
VA: OD 20/40, OS 20/25.
IOP 14/15.
OCT OD: dry, no SRF/IRF, CST 262.
Procedure: aflibercept 2 mg IVT OD, usual prep, tolerated.
Plan: extend to q10wk. Suggested she bring up the buttock pain at PD clinic.
"""),
("2023-02-28", "Peritoneal Dialysis Clinic", """
Peritoneal Dialysis Clinic 28-Feb-2023

61F on CCPD x 3 yrs. Kt/V 1.9 in January.
New: severe pain R buttock since mid-January, at first blamed on sciatica.
Exam today: R upper buttock, firm violaceous plaque 6x5cm, livedoid border,
1.5cm central eschar. Still lies on the heating pad nightly over that same
area.
Exit site L abdomen clean, no tunnel tenderness.
Scale reads 102.4 kg; BMI therefore 37.6.
PTH 460 - Ca 9.8 (uncorrected) - PO4 6.2.
A/P: concern for calciphylaxis R buttock; urgent derm biopsy. Heating pad to
stop today. Hold calcitriol; calcium carbonate -> sevelamer.
"""),
("2023-03-09", "Dermatology Note", """
DERM NOTE

61F, PD patient, R buttock lesion since Jan 2023.
Bx 3/2/23: calciphylaxis (von Kossa positive arteriolar calcification,
thrombosis, necrotic fat).
The plaque sits squarely where an electric heating pad rested every night
from summer 2022 onward; localisation fits the heat exposure.
Exam: R buttock plaque 7x5cm, central eschar ~2cm, no cellulitis
around it.
Plan: STS per nephrology (IV thrice weekly), wound care, pain service.
Heating pad stopped 2/28. Offload with a pressure-relief cushion, avoid lying
on the R side.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
