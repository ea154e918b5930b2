"""probe267 corpus notes, R01-R07 (endoscopy / procedural sedation unit and the renal and skin
clinics around it; all people, places and wording invented)."""

R01 = {"patient_id": "R01", "age": 67, "sex": "F", "notes": [
("2022-03-08", "Endoscopy Pre-Procedure Assessment", """
ENDOSCOPY UNIT - PRE-PROCEDURE ASSESSMENT
Larkfield Regional Hospital, GI Lab suite 2
Procedure: colonoscopy under MAC/propofol. Indication: iron-def anemia, FIT positive.

67 yo F. NPO since 2300, split prep completed, returns clear yellow.
PMH: end-stage renal failure, dialysis days Tues/Thurs/Sat; the fistula (brachiocephalic) is on the L (ran
yesterday; K+ 4.6 on today's i-STAT). T2DM - glargine 18 units hs, lispro correction doses. Also HTN, HLD, OSA on CPAP.
Anticoag: none. Never been on warfarin. Baby ASA held x 5 days.
Allergies: NKDA.
Height 163cm | weight 82.1kg | BMI 30.9
Airway: Mallampati III, upper dentition intact, partial plate lower (removed).
ASA III.
Skin: intact on look at both arms, abdomen and legs; no pressure areas.
Access plan: L arm is the fistula arm, so no cuff and no needles there -> IV and cuff on the right.
Consent signed after questions answered; husband driving her home.
"""),
("2022-03-08", "Procedural Sedation Record", """
PROCEDURAL SEDATION / MONITORING RECORD - GI Lab Rm 2
Date 03/08/2022   Endoscopist: Dr. Annelise Okoro-Brandt   Sedation RN: T. Vasquez

Pre: HR 78 SR, BP 148/82 (cuff R upper arm), SpO2 97% RA, capnography via nasal cannula.
ECG: 3-lead, pads on upper chest.
PIV: 22 ga, R volar forearm (mid), first pass, secured w/ transparent film. Flushes easily.
Position: L lateral, knees flexed, pillow between knees.
Meds: propofol 210 mg total in titrated boluses; lidocaine 40 mg.
1012 scope in / 1039 cecum / 1051 withdrawn. Two sessile polyps, cold snare.
Lowest BP 102/58. No desat, no airway maneuvers needed.
Post: Aldrete 9 at 1110, 10 at 1125.
1150 PIV discontinued - catheter whole; R forearm site compressed x2 min, plaster applied.
Discharged ambulatory with spouse.
"""),
("2022-04-05", "Hemodialysis Progress Note", """
HD ROUNDS - Nephrology
Westmere Dialysis Center, chair 11

S: Pt reports a "hospital bruise" on her R forearm, very painful, x 10 days. She indicates the
exact place her IV sat for the colonoscopy last month. No fevers, eating ok.
O: BP before run 162/88; weight after 80.6 kg (EDW 80.5). Fistula (L) - palpable thrill, loud bruit.
R volar forearm: stellate violaceous plaque, indurated, approx 3.0 by 2.5 cm, tiny dusky
centre, exquisitely tender; livedoid mottling around it. Radial pulse 2+.
Labs from 3/29 show phos 7.6 H and iPTH 812 H; Ca 9.7, alb 3.1.
A: Exquisitely painful plaque, R forearm, sitting on last month's IV site; with her phosphorus
and PTH this is worrying for calciphylaxis.
P: biopsy needed -> urgent derm referral. Calcium acetate off, sevelamer on, up-titrate cinacalcet.
Hold sodium thiosulfate until tissue dx. Wound RN to see next run.
"""),
("2022-04-15", "Dermatology Consult", """
DERMATOLOGY CONSULT (with path addendum)
Referring: Dr. Imre Haddad, nephrology. Reason: ?calciphylaxis R forearm.

HPI: 67F on HD, insulin-treated DM. Lesion began around 3/26/22 as a tender red-purple spot
on the R volar forearm, precisely on the spot of the peripheral cannula used for her 3/8/22
colonoscopy. It has grown and darkened centrally.
Exam 4/12: retiform purpura forming a 3.5 by 3 cm plaque, adherent central eschar, R volar
forearm. No lesions on the other arm, trunk, thighs or lower legs.
Punch (4 mm) from the lesion edge, 4/12.
Path today: tiny vessels of the subcutis have calcified media (stains with von Kossa)
and clot in their lumens; the adjacent fat is necrotic.
Impression: R forearm calciphylaxis (calcific uremic arteriolopathy) that arose in a recent
peripheral IV site.
Plan: begin STS, 25 g, as each HD session ends; nonadherent dressing; pain team; avoid
future cannulation of the R forearm where possible.
"""),
]}

R02 = {"patient_id": "R02", "age": 71, "sex": "M", "notes": [
("2020-10-14", "Anesthesia Pre-Sedation Evaluation", """
ANESTHESIA PRE-SEDATION EVALUATION - ERCP
Cobalt Ridge Medical Center, Endoscopy/Anesthesia

71 y/o M with choledocholithiasis (CBD 11 mm on MRCP, ALT 212, T bili 3.4) for ERCP with
sphincterotomy.
PMH: ESRD (diabetic kidney disease), home PD - cycler overnight; T2DM controlled on
linagliptin 5 mg, insulin never required; pAF anticoagulated with warfarin, held since 10/9, INR this morning 1.3;
CAD s/p DES 2016.
175 cm, 84 kg, BMI 27.4.
Airway: Mallampati 2, thyromental > 3 fingerbreadths, full beard.
ASA IV. Plan MAC, convert to GA if needed; prone positioning expected.
Monitoring: NIBP to go on the L upper arm, q3 min (R arm has a tender, cordlike vein after
an IV last month - leave that arm alone).
Skin: no wounds or rash on arms or trunk. PD catheter exits R lower abdomen - site clean, no crusting.
"""),
("2020-10-14", "Intraprocedural Sedation Record", """
INTRAPROCEDURAL RECORD - ERCP, Fluoro Suite B - 10/14/2020
Anesthesia: Dr. Petronella Seaborg   RN: K. Lindqvist

Position: prone, head turned R, L arm alongside on padded board.
Monitors: 5-lead ECG with electrodes on the back, SpO2 R index finger, NIBP L upper arm cycling
every 3 min, EtCO2.
Propofol infusion 100-140 mcg/kg/min + small boluses, total 1,180 mg. Glycopyrrolate 0.2 mg.
Difficult cannulation (periampullary diverticulum) -> precut; 3 stones extracted, plastic
stent placed.
In room 0912, out 1150: case time 2 h 38 min; roughly 52 cuff cycles plus repeat inflations
for motion artifact.
SpO2 never below 92%. Turned supine 1152.
Skin on turning: cuff off, L upper arm skin red-marked, blanches, intact.
Aldrete 8 -> 10. To PACU bay 4.
"""),
("2020-11-02", "PD Clinic Note", """
Peritoneal Dialysis Clinic - follow up visit
Nov 2, 2020

Routine PD review. New complaint: a sore, rock-hard spot, L upper arm, inner side. He first
noticed it on October 24th, "like something burning deep under there". His wife thinks it is right where
the blood pressure cuff kept squeezing him during his gallstone procedure.
Exam: medial L upper arm, firm violaceous plaque about 6 by 4 cm with livedo reticularis at the
margins and a dusky centre; no fluctuance. Very tender to light touch.
Last month's weekly Kt/V 1.9. Bone-mineral panel: intact PTH 590, phosphorus 6.9 and calcium 10.2.
INR 2.7 - back on warfarin since 10/16.
Assessment: suspect calciphylaxis at a pressure site; r/o cellulitis.
Plan: derm this week; discuss warfarin with cardiology; low-calcium dialysate; no more BP
cuffs on the L arm.
"""),
("2020-11-09", "Dermatology Follow-up", """
DERM FOLLOW-UP 11/09/2020
PD patient, 71M, warfarin for AF. First seen 11/4 for a painful L arm plaque; biopsy taken then.
Onset 10/24/20, ten days after a 2.5-hour ERCP during which an automated BP cuff cycled on
the L upper arm the whole case.
Exam today: 7 x 5 cm indurated retiform violaceous plaque, medial L upper arm, early central
necrosis. Remainder of skin clear.
Path (6 mm incisional wedge): arterioles in the deep fat with calcified
walls, thickened intima, thrombi - consistent with calcific uraemic arteriolopathy.
Impression: calciphylaxis, L upper arm, koebnerized at the site of repeated NIBP cuff
compression.
Recs: stop warfarin (cardiology in agreement; apixaban (2.5 mg, renal dose) instead); IV sodium thiosulfate through
nephrology; never cuff the L arm again. BMI 27.1 today.
"""),
]}

R03 = {"patient_id": "R03", "age": 58, "sex": "F", "notes": [
("2019-01-22", "Endoscopy Pre-assessment (Nurse-led)", """
ENDOSCOPY PRE-ASSESSMENT CLINIC (nurse led)
Kingsmere General Hospital - Endoscopy Unit

58F. Booked: OGD under conscious sedation (midazolam +/- fentanyl) on 29/01/2019.
Reason for referral: dyspepsia, nausea and an ache in the R upper abdo / R flank.
Renal: ESRD - haemodialysis Mon/Wed/Fri at the Kingsmere satellite unit, R arm fistula.
Diabetes: type 2, diet-controlled, on no tablets and no insulin.
Anticoagulation: warfarin stopped in 2014 once her DVT course finished; nothing now.
Wt 98.4 kg  Ht 165 cm  BMI 36.2
Pain relief: paracetamol, plus a hot water bottle held against her right flank most
nights since Christmas "to ease the ache", wrapped in a tea towel.
Skin: pt reports no broken areas.
Given: fasting instructions, escort needed, no driving for 24 h after sedation.
Sedation consent discussed. Obs: BP 151/84, HR 81, SpO2 98%.
"""),
("2019-02-26", "Haemodialysis Unit Review", """
Renal Unit - HD session review 26/02/19, seen on the unit by SpR

Pt distressed by pain in R flank. A tender patch appeared round about Valentine's Day
and has since turned black centrally. It is in the same area she has been warming
with the hot water bottle since Christmas. OGD 29/01 - mild gastritis only.
O/E R flank (mid-axillary): purple stellate plaque measuring 5x4cm with 1.5cm of black
eschar centrally; margin violaceous and lacy; very tender. Nothing similar elsewhere.
Bloods: adjusted calcium 2.61, phosphate 2.30, PTH 96 (pmol/L).
Imp: ?calciphylaxis.
Plan: hot water bottle - she agrees to stop it. Derm urgently (Dr Fairweather), for
biopsy. Calcium-based binder swapped for sevelamer. Discuss STS with consultant.
"""),
("2019-03-05", "Dermatology Clinic Letter", """
Dermatology Clinic letter - 05/03/2019
Dear Dr Ashcombe,

I reviewed this 58-year-old lady on haemodialysis who has a painful, necrotic right flank
plaque, which began about the 14th of February. Punch biopsy on 27/02 has come back showing the
typical changes of calciphylaxis: calcified small vessels lying in necrotic subcutaneous
fat, some thrombosed.
Of note she had applied a hot water bottle to exactly this spot nightly from Christmas
until late February, and in my view that repeated heating is the most likely reason the
disease declared itself at that spot - a Koebner-type response. No other skin involvement.
Today she weighs 97.1 kg; BMI 35.8 (was 36.2).
Plan: intravenous thiosulfate, which the renal team will administer, no heat to the skin, dressings by the district
nurses, review 4 weeks.

Yours sincerely,
Dr Hester Fairweather, Consultant Dermatologist
"""),
]}

R04 = {"patient_id": "R04", "age": 76, "sex": "F", "notes": [
("2023-05-03", "Pre-Procedure H&P - Endoscopy", """
PRE-PROCEDURE H&P - bidirectional endoscopy (EGD + colonoscopy)
Date: May 3, 2023. Northgate Ambulatory Endoscopy Center

76 yo F with IDA (Hgb 8.9, ferritin 6), intolerant of oral iron (vomiting, constipation).
Recieved IM iron dextran by Z-track technique, R buttock (upper outer quadrant), at the GI
infusion clinic on 14-Apr-2023, 21-Apr-2023 and 28-Apr-2023 (100 mg each).
PMH: On warfarin for a mechanical MVR (2011), INR aimed at 2.5-3.5 - held 4 days, INR 1.4
this AM, no bridging per cardiology. CKD4 - creatinine 2.6, eGFR 18 - no dialysis.
Not a diabetic (HbA1c 5.3%). HTN, hypothyroidism.
Wt 81 kg, Ht 160 cm, BMI 31.5 (obesity, class 1).
ASA III, Mallampati II.
Plan: propofol MAC. Restart warfarin tonight unless a large polypectomy is done.
"""),
("2023-05-03", "Sedation Record", """
SEDATION RECORD - Room 4, 05/03/23
Sedation by: CRNA W. Abernethy-Cole

Monitors: NIBP R arm q5 min, SpO2, 3-lead ECG, capnography. O2 2 L NC.
IV: 20G L antecubital, first stick.
Position: L lateral for EGD and most of the colonoscopy, rolled supine briefly to reach
the cecum; gel pad under the L hip.
Propofol 300 mg total; systolic never below 90.
Findings (per endoscopist): 2 gastric angioectasias treated with APC; colon -
diverticulosis only, no other source.
PACU: Aldrete 10 at 25 min. Buttocks and sacrum checked after positioning - skin intact.
Discharged home with daughter, written instructions given.
"""),
("2023-06-13", "Dermatology Inpatient Consult", """
Dermatology - inpatient consult, June 13, 2023

Asked to see 76F (CKD 4, mechanical MVR on warfarin) about a painful wound on the R buttock.
Pt and daughter date the pain and a purple patch to mid-May; it opened into an ulcer last
week. It sits in the upper outer quadrant on the R, the very place she had her three
IM iron dextran injections in April.
Exam: R upper outer buttock - ulcer (8 by 6 cm) capped by black eschar, a purpuric retiform
halo at its margin.
L buttock and thighs clear.
Path (incisional bx 6/8): calcified and thrombosed subcutaneous arterioles, septal
panniculitis with calcium deposits.
Dx: non-uremic calciphylaxis, R buttock, localized to where the IM iron was given;
warfarin probably contributing.
Plan - cardiology re anticoagulation options (DOACs not possible with a mechanical valve),
IV STS, wound care, no further IM injections.
"""),
]}

R05 = {"patient_id": "R05", "age": 54, "sex": "M", "notes": [
("2024-08-19", "Pre-Sedation Assessment", """
PRE-SEDATION ASSESSMENT - Hollins Bay Endoscopy, 08/19/2024
Procedure: flexible sigmoidoscopy +/- banding (BRBPR, known internal hemorrhoids).

54 M. ESRD, dialysis at the center Mon/Wed/Fri; access: tunneled catheter, R IJ
(L upper arm AVF maturing).
T2DM dx 2009, insulin-requiring from 2016: degludec 30 u daily + aspart with meals.
Injection sites: pt says he shifted every injection to his anterior thighs (both) in March
of this year because he was running out of room on his belly; alternates L and R thigh.
No anticoagulants. Clopidogrel held 5 days.
Wt 109 kg, BMI 33.8.
Airway: MP III, thick neck; no formal OSA dx, STOP-BANG 6.
Skin / pressure areas: thighs and sacrum - no open areas, no bruising.
ASA III. Plan: moderate sedation (midaz/fentanyl) with capnography.
"""),
("2024-08-19", "Moderate Sedation Record", """
MODERATE SEDATION RECORD - flex sig, bay 2
Pt positioned L lateral decubitus. O2 2 L via NC, capnography on.
IV: 22G R dorsal hand (L arm = maturing fistula, R chest = HD cath).
BP cuff R upper arm, q5 min.
Midazolam 2 mg + fentanyl 75 mcg in divided doses.
Procedure 14 min; 3 bands placed on grade II internal hemorrhoids.
Vitals stable throughout, lowest SpO2 93%, one chin lift.
Recovery bay 3: Aldrete 10 at 30 min, pain 2/10 rectal fullness.
D/c with wife. Instructions: no NSAIDs, stool softener, call for heavy bleeding; HD
tomorrow as scheduled.
"""),
("2024-09-17", "Hemodialysis Rounding Note", """
HD rounds 9/17/24
CC: 'lumps' in both thighs that hurt, x 3 weeks. Can barely sit through his run.
Exam: anterior thighs bilat - multiple indurated, exquisitely tender violaceous plaques
(R: 4x3 and 2x2 cm; L: 5x4 cm, centrally dusky and necrotic), retiform edges. They
are in the areas where he injects his insulin.
Ca 9.4 - phos 8.1 (!!) - PTH 1040, alb 2.9. Missed 2 treatments last month.
A/P: I am quite worried this is calciphylaxis, located at his insulin sites. Derm for bx. If
confirmed, sodium thiosulfate after each run. Binder adherence counselling. For now, inject
insulin in the upper arms instead.
"""),
("2024-09-24", "Dermatology Consult", """
Derm consult - 24 Sep 2024
54M on HD, insulin-requiring DM. Lesions began in late August on both anterior thighs, the
only place he has injected insulin since March.
Exam: as described by nephrology; the L thigh plaque now has a 1 cm eschar. Abdomen: old
injection area, no purpura. Legs below the knee clear.
Bx L anterior thigh (9/20) came back as calciphylaxis: calcified arterioles within
subcutaneous fat lobules, intraluminal thrombus, necrotic adipocytes.
Dx: calciphylaxis, bilateral anterior thighs, at insulin injection sites.
BMI 33.5.
Recs: thiosulfate on dialysis days, wound nursing, pain service; insulin into the deltoids; avoid injecting
the thighs.
"""),
]}

R06 = {"patient_id": "R06", "age": 69, "sex": "M", "notes": [
("2021-11-30", "Endoscopy Recovery Note", """
RECOVERY NOTE - Endoscopy Stage 2
30 Nov 2021, 11:40

69M s/p colonoscopy under propofol (surveillance, hx adenomas). 1 diminutive polyp removed.
Dialysis pt - Mon, Wed, Fri via R upper-arm graft. Not diabetic, A1c 5.4. Apixaban held 48 h - he was
changed over to it from warfarin in 2015. BMI 24.6.
Incident: at 11:25, while transferring trolley -> recliner and still drowsy, pt knocked his
L shin hard on the trolley brake pedal. Small skin tear / abrasion L anterior shin approx
2 cm, minimal ooze. Saline clean, left exposed. Pt says "it's nothing".
Incident report completed, nurse in charge informed.
Obs stable, tolerating fluids, Aldrete 10.
Discharged 12:15 with son; told to keep the graze clean and show it to the HD nurses.
"""),
("2021-12-20", "Haemodialysis Nursing Note", """
HD nursing note - 20/12/2021

Complaining of bad pain, L shin. The graze from the endoscopy unit had healed over, but about a week ago a
painful dark patch came up in the same spot and it now aches day and night.
On assessment the L anterior shin has an ulcer approx 3cm x 2.5cm, black necrotic base,
netlike purple halo, very tender. Pedal pulses palpable.
Post-HD wt 76.9 kg. BP 138/70.
Phos 6.9, corrected Ca 2.45, PTH 74 pmol/L.
Reported to renal reg (Dr Obuya): ?calciphylaxis, derm referral sent, photo uploaded to the
record.
Dressing applied: non-adherent + light bandage. Told to keep the leg away from bumps.
"""),
("2022-01-04", "Dermatology Outpatient Note", """
DERMATOLOGY OPD - 04.01.2022
69M on haemodialysis. Referred with a necrotic ulcer of the L shin.
Hx: on 30.11.21, at the endoscopy unit, his L anterior shin hit the brake pedal of a trolley;
graze healed; painful purpura then ulceration at the same place from ~13.12.21.
O/E: L anterior shin ulcer, 4x3 cm, eschar adherent, purpuric retiform border. Other leg
and both feet clear.
Biopsy 22.12.21 (renal team): calcified arterioles, thrombi, necrosis - calciphylaxis.
Impression: L shin calciphylaxis, which has appeared exactly where there was recent minor
trauma.
Plan: continue STS, weekly wound clinic, no compression bandaging.
"""),
]}

R07 = {"patient_id": "R07", "age": 63, "sex": "F", "notes": [
("2025-02-11", "Pre-Procedure Nursing Assessment", """
PRE-PROCEDURE NURSING ASSESSMENT
Ambulatory Endoscopy, Fenwick Hill - 2/11/25

63F for screening colonoscopy (last one 2014), propofol sedation.
Renal: ESRD, does CAPD (four bags daily); PD catheter exit LLQ, clean.
DM2: linagliptin alone, has not used insulin. No anticoagulants, never warfarin.
Ht 5'4"  Wt 172 lb  BMI 29.4 (overweight)
MSK: L knee OA. Every evening she ices the inner aspect of her L knee (gel ice pack), about
20 min, and has done so since last autumn; says it works better than the pills.
Skin check: L knee skin intact, normal colour; no pressure areas.
Fall risk low. Escort: husband.
Prep: 2-day low-residue diet + split-dose PEG, good result.
"""),
("2025-03-18", "PD Clinic Note", """
PD clinic 03/18/2025
Seen with husband. CAPD without problems, daily UF about 900 mL, peritonitis-free.
New problem x 2 wks: a purplish patch, very painful, inner L knee, waking her at night. She has
kept icing the knee every evening.
Exam: L medial knee: indurated violaceous plaque ~4x3 cm, livedoid edge, 5 mm dark centre.
Knee joint itself not swollen, no effusion.
This month's bloods: PTH 688 (intact), phosphate 7.1, corrected calcium 9.9. Colonoscopy 2/11: two small tubular adenomas.
Imp: possible calciphylaxis over her icing site vs panniculitis.
Plan: derm bx this week. Stop ice to the knee. Calcium carbonate -> lanthanum.
"""),
("2025-03-25", "Dermatology Note", """
Dermatology 3/25/25
63F on PD with knee OA.
Bx 3/20, L medial knee: calcified small vessels, microthrombi, lobular panniculitis -
calciphylaxis.
Onset early March (about 3/4), in precisely the area she has iced nightly since last
autumn.
Exam today: plaque has enlarged to 5x4 cm, eschar forming centrally. Rest of skin (legs,
thighs, abdomen) unremarkable.
Dx: calciphylaxis, L medial knee, developing where the skin was repeatedly
chilled (koebnerization).
Plan: STS through the PD team, skin to be kept away from both ice and heat, pain clinic, wound RN.
"""),
]}

PATIENTS = [R01, R02, R03, R04, R05, R06, R07]
