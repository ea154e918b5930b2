"""probe250 corpus notes, D01-D07 (adult protective services, forensic nursing and the clinics around them; all invented)."""

D01 = {"patient_id": "D01", "age": 81, "sex": "F", "notes": [
("2022-09-02", "APS Intake Report", """
TAMARACK COUNTY ADULT PROTECTIVE SERVICES - INTAKE
Intake #22-04418   rec'd 09/02/2022 10:47   Response priority: 72 hr
Reporter: social worker, Harlow Creek Dialysis (mandated)
AV: 81 y/o F, lives w/ adult daughter (AP, primary cg), 2nd floor walk-up
Allegation(s): caregiver neglect; medication mismanagement

Narrative: AV runs Mon/Wed/Fri for ESRD and missed 4 treatments in August, daughter
"overslept". AV has type 2 DM and was put on insulin glargine in March 2022; daughter
draws up and gives the bedtime dose. AV told reporter "she always does it in the same
place, my right lower stomach, she says it's faster that way." Reporter has not
looked at the skin. AV wearing the same blouse 3 visits running, hair matted.
No hitting alleged. No Coumadin or other blood thinner on the unit med list.
Screened in - assigned to CW Mercy Okonjo.
"""),
("2022-09-13", "APS Joint Home Visit (CW + Home Health RN)", """
APS HOME VISIT -- joint w/ Brightwater Home Health RN
Visit date: 13-Sep-2022, 1400

CW and RN met AV and daughter in the apt. AV in recliner, guarding her R side, says a
"raw, burning" spot on her stomach started about 2 weeks ago and keeps her awake.
RN skin survey (body diagram completed, 6 photos w/ scale):
 - R lower abdomen, below and to the right of the navel: 6 x 4 cm hard purple plaque,
   lacy dark border, 1.5 cm black centre. Very tender. No drainage.
 - L abdomen, back, buttocks, arms, legs: no marks, no bruises.
Daughter: "That's where I give the glargine, every night since spring. Nobody ever told
me to switch sides." No rotation chart in the home; pen in fridge, in date.
Plan: AV agreed to go to the ED today, RN phoned on-call nephrology. Daughter cooperative,
tearful.
"""),
("2022-09-16", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT   St. Wenna Medical Ctr   9/16/22
Reason: painful abdominal plaque, HD pt

81F, ESRD - 3x weekly HD (M/W/F); T2DM on glargine since 3/2022 given nightly by daughter
into the R lower quadrant, never rotated. Pain + discoloration began ~8/30/22.
Exam: RLQ plaque 6.5x4.5cm, indurated and violaceous, retiform edge, eschar centrally.
Rest of skin clear.
Wt 84.1 kg, BMI 32.9 (33.8 in June).
Path (punch bx 9/14, RLQ): mural calcium deposits in little subcut vessels,
lumens clotted; the fat is necrotic.
IMPRESSION: calciphylaxis (R lower abdominal wall) - arose exactly where the daughter
has been giving the insulin injections.
REC: STS on HD days (post-run); stop calcium carbonate; gentle wound care;
teach daughter to rotate injections (L abdomen, thighs). Pain svc consult.
"""),
]}

D02 = {"patient_id": "D02", "age": 77, "sex": "M", "notes": [
("2023-07-20", "APS Intake Report", """
ADULT PROTECTIVE SERVICES - REPORT INTAKE
Received July 20, 2023 at 14:05 | 24-hour response
Reporter: PD nurse, Kessling Home Dialysis (mandated)
AV: 77 yo M, ESRD on nightly cycler PD, atrial fib on warfarin, not diabetic
AP: son, lives in, unpaid caregiver
Type: caregiver neglect / improper care

Reporter saw AV at the monthly PD visit today. Son has been "icing" AV's right outer thigh
for an old bursitis pain, frozen gel packs straight onto bare skin, 2-3 hrs at a stretch
and sometimes overnight. Home aide keeps a paper log (she writes dates the European way);
first entry reads "14.06.2023 ice R thigh", then most days after. Reporter found the R
lateral thigh pale, cold and blotchy with reduced sensation; no blisters, no open skin.
AV: "my boy means well." Son refused to stop, says it "keeps the swelling down."
"""),
("2023-08-22", "Nephrology Home PD Clinic Note", """
Nephrology / Home PD clinic - follow-up   08/22/2023
77M, ESRD from hypertensive nephrosclerosis, CCPD 5 cycles/night, last Kt/V 1.9.
Here with APS worker. Since early August a hard, very sore patch has come up on the R
outer thigh, "right where the ice packs sat." Ice stopped 8/9 under the APS safety plan.
Exam - over R lateral thigh an indurated 9x7 cm plaque, violet net-like margin, central 2 cm
black eschar. PD catheter: exit crust-free, tunnel nontender.
Labs: iPTH 812 (!), corr Ca9.6, PO4=7.4; alb2.9; INR 2.6 (warfarin).
A/P: concern for calciphylaxis of R thigh, at the site of prolonged cold exposure.
- derm for deep incisional biopsy
- calcium carbonate -> sevelamer
- warfarin question -> cardiology
Wt 86.0 kg.
"""),
("2023-08-30", "Dermatology Clinic Note", """
Dermatology   30 Aug 2023
Biopsy 8/25, R lateral thigh (incisional, into fat): Monckeberg-type calcium in subcut
arteriole walls, thickened intima, microthrombi, neighbouring fat necrotic.
DX - biopsy-confirmed calciphylaxis, R lateral thigh. Lesion appeared early August
in skin that had been iced nearly every day since mid-June.
Skin elsewhere: no lesions. A1c 5.3, not diabetic. BMI 28.6.
PLAN: cardiology agreed - warfarin off, apixaban on. STS TIW in the infusion suite.
Non-adherent foam dressing, changed by PD RN at home visits.
Son educated with APS worker present: no more freezer packs, and no heat either, on that leg.
"""),
]}

D03 = {"patient_id": "D03", "age": 88, "sex": "F", "notes": [
("2019-11-05", "APS Intake - Facility Complaint", """
APS INTAKE (facility complaint; cross-report to state survey agency)
11/05/19 09:15
Reporter: granddaughter, POA (non-mandated)
AV: 88 yo F, long-term resident Maple Terrace Care Ctr rm 214; ESRD, HD Tues/Thurs/Sat,
R chest permcath (tunneled)
Allegation: neglect - unsafe/unpadded bed rails

Per reporter, since Grandma came back from rehab on 10/2/2019 staff raise both full-length
rails at night. She lies on her left side to sleep, and her L outer lower leg lies against
the bare metal bars all night; rail pads "never put on." Reporter has seen "red stripes" on that calf
at 3 visits and AV complains it "aches where the bar is." No falls reported.
Med hx per reporter: diabetes on a pill (linagliptin), "was on Coumadin years back for a clot."
"""),
("2019-11-07", "Forensic Nurse Examination", """
FORENSIC NURSE EXAMINATION - VULNERABLE ADULT
Maple Terrace rm 214 | 7 Nov 2019, 13:30-14:15 | R. Castellanos RN, FNE
Consent: AV verbal; POA written.
Hx (AV's words): "that rail digs into my leg every night."
Body map (ant/post diagrams attached); photos 1-11 with ABFO No. 2 scale:
 #1 L lateral calf, mid third: two parallel linear red blanching marks, each ~9 x 1 cm,
    11 cm apart = spacing of the rail bars. Skin intact.
 #2 sacrum - intact, no redness
 #3 heels - intact bilat
No bruises, burns, grab or ligature marks. Wt 58 kg.
Impression: pattern c/w repeated pressure from an unpadded side rail.
Recs to facility: pad rails or low bed + floor mat, q2h turns, notify APS of skin changes.
"""),
("2019-12-10", "Tele-Dermatology Consult", """
Tele-derm consult w/ facility wound RN   12-10-2019
88F dialysis-dependent (HD); DM2 - linagliptin, insulin never used; took warfarin for six
months in 2009 (DVT), none since.
Hx: painful dark area L lateral calf began 3 weeks ago along the line of the rail marks
APS documented; rails were padded 11/8.
Exam (live video + photos): L lateral calf - stellate purpura 5x3cm, adherent central
eschar, livedo spreading ~2cm past it. Rest of the skin unremarkable.
BMI 24.0.
A/P: HD pt + retiform purpura + eschar: calciphylaxis tops the ddx,
vs evolving pressure injury. Facility wound RN sampled the lesion margin (4mm punch)
today; request von Kossa stain. Float legs, keep rails padded (done).
"""),
("2019-12-19", "Hemodialysis Rounding Note", """
HD ROUNDS   Thu 12/19/19   chair 6
Path: L calf punch - subcutis w/ calcium deposits lining tiny vessels (von Kossa +),
fibrin thrombi, no vasculitis => calciphylaxis.
Onset ~11/19/19 at the L lateral calf, where bed-rail pressure marks were recorded on 11/7.
Plan: sodium thiosulfate IV, tail end of every HD treatment; calcium acetate -> lanthanum;
cinacalcet 30 -> 60 mg; daily wound care at facility; palliative care aware; APS case
remains open re: facility.
Post-wt 57.6 kg, BP 128/70, UF 1.8 L. Tolerated run.
"""),
]}

D04 = {"patient_id": "D04", "age": 69, "sex": "M", "notes": [
("2021-02-26", "APS Case Narrative - Initial Face-to-Face", """
APS CASE NARRATIVE - initial face-to-face
2/26/21 11:00, Birchfield Rd residence

AV is a 69 yo M with L hemiparesis after a stroke in January; aphasic, answers yes/no
reliably. Nephew (AP) is his only caregiver. Hospital discharge summary dated 02/11/2021
is in the home: indwelling Foley for retention, change q30d. Nephew tapes the drainage tubing
to AV's L inner thigh with cloth tape, re-taping every day since that discharge. CW saw
tape on the L inner thigh; skin beneath pink with adhesive residue, no open areas. HH RN
checked sacrum and heels: intact.
Meds in home: warfarin 5 mg (mechanical aortic valve), metformin, atorvastatin. Per d/c
summary CKD 3a and no dialysis; BMI 41.2.
Nephew overwhelmd; accepts aide hours + caregiver support referral.
"""),
("2021-03-29", "Wound Care Clinic - New Patient", """
WOUND CLINIC NEW PATIENT VISIT - HH RN referral
DOS: March 29, 2021
CC: painful black spot on inner L thigh
HPI: 69M s/p CVA, Foley since 2/11 with tubing taped to L inner thigh daily. Since
St. Patrick's Day nephew noticed a purple patch where the tape sits; center now black,
AV grimaces at light touch.
PMH: CKD 3a (eGFR 52, creatinine 1.4); T2DM on metformin; warfarin for mech AVR, INR 3.1 today;
class III obesity.
Exam: L medial thigh - retiform violaceous plaque 7x5cm, eschar 2x2cm in the middle;
adhesive residue around it. DP/PT pulses palpable.
Imp: necrotic plaque L medial thigh - ddx non-uremic calciphylaxis vs adhesive injury vs
vasculitis. Two 4 mm punch bx today. Tape stopped; tubing now held with a leg-bag strap.
"""),
("2021-04-06", "Dermatology - Pathology Review", """
Dermatology - path review   04/06/2021
Bx 3/29, L medial thigh: circumferential calcification of small septal vessels, luminal
thrombosis. No vasculitis; GMS/PAS/Gram neg. Reads as non-uremic calciphylaxis.
Dx: calciphylaxis, L inner thigh, onset 3/17/21, arising where the Foley tubing was taped
every day from 2/11/21. Contributors: warfarin, obesity (BMI 40.6 today), DM.
Plan: mechanical valve, so anticoagulation must continue - cardiology will keep warfarin,
aiming INR 2.0-2.5. STS IV thrice weekly, outpatient infusion. Nothing adhesive on the skin;
nephew shown the strap. APS worker updated by phone.
"""),
]}

D05 = {"patient_id": "D05", "age": 84, "sex": "F", "notes": [
("2024-01-05", "ED Forensic Nurse Examination", """
ED FORENSIC NURSE EXAM - elder maltreatment screen positive
Fri 01/05/2024 16:20, Pinecrest General ED

84 yo F by EMS from home after a neighbor called 911. Lives with son (cg). ESRD, dialysis
TTS by L forearm AVF. Warfarin (AF) - INR 2.8 this afternoon. No diabetes.
AV account: son "grabbed my arm hard" Wednesday night when she slid off the commode.
Son, interviewed separately: "I caught her by the arm on the 3rd so she wouldn't hit the
floor."
Body map / injury list:
 1) R posterior upper arm: 4 oval bruises 1.5-2 cm in a row + 1 oval bruise on the
    medial aspect (thumb), blue-purple, tender = grip pattern.
 2) L anterior shin: 3 cm healing abrasion w/ yellow-brown crust; AV knocked it against
    the bedframe "around Christmas".
 3) No other injury. 9 photos w/ scale.
APS report filed (#24-0031). AV states she feels safe at home; SW arranging respite care.
"""),
("2024-02-27", "Hemodialysis Rounding Note", """
HD rounds 2/27/24 - Dr. Adeyemi
S: "My arm is on fire." Since mid-February, purple area on her R arm, upper and posterior,
getting worse, cannot lie on that side. Son present, asks if it is "from when I caught her."
O: R posterior upper arm 8 x 5 cm exquisitely tender violaceous plaque, net-like edges,
dusky centre - same spot as the grip bruises photographed in the ED on 1/5. The bruises
themselves have faded. L forearm AVF: thrill +, bruit +.
PTH 640; PO4 6.8; CaxP 62; INR 2.5 today.
A/P: probable calciphylaxis R upper arm at a prior bruise site. Derm to biopsy
this week. Hold warfarin pending cardiology input.
"""),
("2024-03-05", "Dermatology Consultation", """
Dermatology consultation   5 March 2024
Incisional bx (2/29) R posterior upper arm: subcut arteriole walls calcified,
clot in lumens, necrotic fat (septa + lobules).
Dx -> calciphylaxis (proven on bx), R upper arm, posterior aspect. Began mid-Feb 2024 in
skin that had been bruised on 1/3/24.
Other: BMI 27.1, no DM. L shin abrasion healed, no lesion there.
Plan: warfarin stopped -> apixaban (cardiology). STS on dialysis days; alginate +
foam to the wound, nothing adhesive on skin. Son taught a safer transfer with a gait belt;
APS aware.
"""),
]}

D06 = {"patient_id": "D06", "age": 58, "sex": "F", "notes": [
("2017-10-12", "APS Intake - Developmental Disabilities Unit", """
APS INTAKE - Developmental Disabilities Unit
Oct 12 2017, 09:40
Reporter: program coordinator, Larkspur Day Services (mandated)
AV: 58 yo F, moderate intellectual disability, lives at the Hollis Street group home (4 beds)
Allegation: chemical restraint / improper medication use

Since early Sept AV arrives at program drowsy and drooling; staff told reporter she gets
"a shot to settle her." Group home manager confirms psychiatrist order: haloperidol
decanoate 50 mg IM every 4 wks, first dose 08-Sep-2017, given by the house LPN in the
R upper outer buttock every time (MAR read over phone).
Other: ESRD, hemodialysis Mon/Wed/Fri (L arm graft). Type 2 DM; lispro per sliding
scale, which the staff inject behind both upper arms (triceps area). BMI 38.0.
Reporter has seen no bruises.
"""),
("2017-12-04", "APS / Forensic Nurse Joint Visit", """
APS + FNE JOINT VISIT   12/04/17   Hollis St group home
AV calm, cooperative, answers simply. House manager present.
Body map (front/back) completed; 7 photos with scale.
 #1 R upper outer buttock: firm violaceous plaque 7x5cm with lacy purple rim and 1cm
    black centre; AV winces at touch. Staff first saw the "purple spot" on Thanksgiving
    while bathing her. This is where the haloperidol decanoate shots go; last dose
    11/3; 12/1 dose held.
 #2 Backs of both upper arms: scattered pinpoint needle marks (lispro), no bruising.
 #3 No patterned injuries, burns or restraint marks.
Impression: not consistent with inflicted blunt injury; needs urgent medical evaluation.
Nephrology called; AV to be seen at her next HD run.
"""),
("2017-12-11", "Dermatology Consult", """
Derm consult 12/11/2017
58F. ESRD on hemodialysis; T2DM with lispro; obesity, BMI 38.0.
Biopsy 12/6, R buttock (deep incisional): lobular fat with calcified, clotted small
vessels and necrosis - calciphylaxis.
Onset: Thanksgiving 2017, per group home staff, at the site of her monthly IM haloperidol
decanoate (started 9/8/17, always R upper outer buttock).
Recs: stop giving IM shots in either buttock; psychiatry asked to review need for depot;
STS with HD; hydrocolloid-free dressings; pain plan. APS informed of the diagnosis.
"""),
]}

D07 = {"patient_id": "D07", "age": 73, "sex": "M", "notes": [
("2021-01-07", "APS Initial Home Visit", """
APS - initial home visit (caregiver incapacity / self-neglect)
Thu 1-7-2021, 10:15

AV 73 yo M, ESRD with in-centre HD (chair 11, Tues/Thurs/Sat), insulin-dependent diabetes,
lives with wife (early Alzheimer's), no other help. Since the furnace quit on
December 5th the wife warms a
sock of uncooked rice in the microwave and tucks it against his left flank in the recliner
every evening "for his kidney ache." CW found the sock on the chair; after 3 min in the microwave
it was too hot to hold.
AV lifted his shirt: L flank has a brown lacy discoloration and a black crusted, very
painful area that he says "showed up New Year's Day." No other marks seen.
Home: little food, 3 open insulin pens, meds disorganized. HD unit reports dry wt 104 kg.
AV declined ED; CW phoned HD charge nurse with photos (consent given).
"""),
("2021-01-12", "Nephrology Hemodialysis Unit Note", """
NEPHROLOGY - HD unit note   01/12/2021
73M ESRD (diabetic nephropathy) HD TTS, R IJ permcath while the L AVF matures.
APS alerted us to a L flank wound. Exam: L flank retiform purpura 8x6cm, 3cm eschar
centrally, on a background of reticulated hyperpigmentation (heat). Exquisitely tender.
Onset 1/1/21 per pt; heat applied nightly since 12/5/20.
Ca 9.1, phos 8.2, PTH 1,050. Never on Coumadin.
A/P: L flank - suspect calciphylaxis. Rice sock removed from the home with wife's okay.
Derm bx tomorow. STS with HD if confirmed. Insulin: HH RN to supervise pens.
"""),
("2021-01-19", "Dermatology Follow-up", """
Dermatology f/u   January 19, 2021
Bx 1/13 L flank: von Kossa+ deposits within small subcut vessels; clot; fat necrosis; overlying
changes of erythema ab igne.
DX: L flank calciphylaxis; it came up in skin heated over and over (microwaved rice
sock nightly since early Dec 2020; lesion since 1/1/21).
Wt 104.3 kg, BMI 34.5 - obese. DM on glargine + lispro.
Plan: STS w/ HD (started 1/14). Xeroform + gauze, wife and aide shown how;
APS arranging a daily home aide and furnace repair.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
