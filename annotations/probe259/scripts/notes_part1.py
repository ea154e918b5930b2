"""probe259 corpus notes, G01-G07 (patient-safety incident reports, pressure-injury reviews and
the nephrology, dialysis, dermatology and wound notes of the same patients; all invented)."""

G01 = {"patient_id": "G01", "age": 67, "sex": "F", "notes": [
("2023-02-07", "Safety Event Report - Medication", """
SAFETY EVENT REPORT   #SE-23-00418
Event type: Medication - wrong route      Harm (reporter): reached pt, no harm apparent
Unit: Renal Day Treatment, Halvorsen Pavilion     Event: 02/07/2023 10:50

Description: Iron dextran (INFeD) 100mg ordered IV for the PD pt in chair 4. Float RN
drew it up and gave it IM, Z-track technique, deep into her L buttock, upper-outer
sector (dorsogluteal) before anyone re-read the route on the order. Pt is 67F, peritoneal
dialysis for 3 yrs, T2DM using glargine + lispro, BMI 33.1. Vitals steady through 60 min
of observation; no rash, no wheeze, no chest tightness.
Site: small bleb, no hematoma.
Immediate action: charge RN and Dr. Okonkwo-Reyes (nephrology) told; pt and husband
informed, disclosure documented.
Contributing factors: float staff new to the unit; order set defaults to "IM/IV" and the
two-identifier route check was skipped.
Reporter: T. Lindqvist RN
"""),
("2023-03-14", "PD Clinic - Nephrology Follow-up", """
PERITONEAL DIALYSIS CLINIC - MD VISIT

S: Monthly review. Cycler 5 fills overnight, no cloudy effluent, catheter exit clean.
Brings up a new firm, very tender knot low on the L buttock, present x10 days: "I can
only perch on my right cheek". Afebrile. No falls whatsoever. She has not tried warming
or icing the spot.
Meds: glargine 18u at bedtime + lispro per scale; sevelamer carbonate 1600mg with meals;
calcitriol; no anticoagulant of any kind.
O: BP 142/80, wt 88.9kg. L upper outer buttock: 3x4cm firm violaceous plaque, stellate
dusky centre, exquisitely tender, livedo around it.
Labs drawn 3/9 - PTH 688 (H), Ca 9.8 [nl], PO4 seven-point-one (H).
A/P: 1) Painful L gluteal plaque - worried about calciphylaxis given the phosphate/PTH and
the iron dextran that went IM into this same spot in Feb (see safety report). Urgent derm
for biopsy.
2) Hyperphosphatemia - dietitian, binder dose up.
"""),
("2023-03-20", "Dermatology Inpatient Consult", """
DERMATOLOGY - INPATIENT CONSULT
RFC: painful plaque L buttock, r/o calciphylaxis (PD pt)

HPI: pt dates the onset to 4 March: a firm tender spot that spread over about a week.
On 7-Feb-2023 she received iron dextran IM into the L dorsogluteal area (route error);
she puts her finger on that exact place. No other shots there; her own insulin pens are
used on the belly.
Exam: L buttock (upper outer) 5x4.5cm indurated retiform purpuric plaque; midline of it a
1.5cm eschar, black, netlike livedo at the edges. Abdominal skin: some lipohypertrophy
only, no purpura. R buttock, thighs and calves clear. BMI 32.8.
Procedure: two deep punch biopsies from the edge, L buttock, after consent.
Impression: clinically calciphylaxis, lesion sitting at the prior IM injection site.
Plan: await path; thiosulfate 25g IV thrice weekly once confirmed; pain team.
"""),
("2023-03-28", "Pressure Injury Review - Wound RN Validation", """
HOSPITAL-ACQUIRED PRESSURE INJURY (HAPI) VALIDATION
Reported as: HAPI, unstageable, L buttock (bedside RN entry 03/22/23)
Validated by: M. Fairweather, CWOCN

Findings: L upper outer gluteal wound 5.2x4.6cm, tenacious black eschar approx 60 pct,
purple indurated rim; not over a bony prominence. Pt turns herself in bed, no device at
the site.
Path 2023-03-24 (S23-2291): pathologist describes calcified, partly occluded
subcutaneous vessels plus fat necrosis - read as calciphylaxis.
Determination: NOT a pressure injury. Reclassified as a calciphylaxis wound and removed
from the unit HAPI count. Location matches the IM iron dextran given in error on 2/7;
safety event SE-23-00418 linked.
Recs: no-sting barrier film, nonadherent silicone foam, keep tape off the surrounding
skin, offload for comfort only.
"""),
]}

G02 = {"patient_id": "G02", "age": 58, "sex": "M", "notes": [
("2023-12-27", "Patient Safety Incident - Thermal Injury", """
INCIDENT REPORT - PATIENT INJURY (THERMAL)
Location: 6 West Medicine, rm 612-B.   Entered 12/27/2023 07:15 by night charge RN

Summary: 58M, HD Tu-Th-Sa with a R forearm fistula, AF (warfarin),
not diabetic. Pt used his own electric heating pad, brought in by family, against
unit policy and w/o biomed safety check. He says he kept it on "high" against his left
flank for the whole of Christmas night for chronic back ache. AM skin check: 6x4cm
superficial partial-thickness burn L flank, two intact blisters.
Actions: device removed and bagged for biomed, hospitalist notified, burn care per
protocol (bacitracin, nonadherent dressing), family educated re: personal electrical items.
Harm: temporary, minor.
Contributing: personal belongings not inspected on admission; no signage in room.
"""),
("2024-02-02", "Nephrology - HD Rounding Note", """
HD ROUNDS   02/02/24   Greyfield Dialysis, chair 11
58M, kidney failure from IgA disease, 4-hr runs Tu/Th/Sa, EDW 79.0kg, BMI 27.1.

Today: c/o a burning ache low on the left side, "nastier than the burn itself". The
heating-pad blisters had healed by early Jan; then, mid-January, a firm purplish area
appeared at the identical place and is widening.
Exam: L flank 7x6cm violaceous indurated plaque, livedoid edge, small dark central crust.
R flank normal.
Chemistries: iPTH 912, phos 6.6, Ca 9.4; on warfarin (AF) with INR 2.6 today.
A/P: calciphylaxis feared, L flank, overlying the healed burn. Derm referral sent today;
stop calcium acetate, start lanthanum; will raise a non-warfarin option with cardiology.
"""),
("2024-02-09", "Dermatology Clinic Note", """
DERM CLINIC - BIOPSY RESULT VISIT

Diagnosis: calciphylaxis, biopsy-proven. Punch 2/5/24 from the L flank: calcific deposits
within subcutaneous arterioles, intimal thickening and necrotic fat; von Kossa staining +.
Lesion: L flank retiform purpura with a new 2.5cm central eschar, lying exactly over the
heating pad burn of 25 Dec 2023; onset mid-Jan by his account. Rest of the skin surface
checked - nothing similar.
Plan:
- thiosulfate 25g IV at every run (TTS)
- cardiology agrees: warfarin stopped today, apixaban started
- heating and cooling of the area forbidden; gentle cleansing, hydrofiber dressing
- low-dose hydromorphone; palliative team to help with symptoms
"""),
]}

G03 = {"patient_id": "G03", "age": 71, "sex": "F", "notes": [
("2021-07-19", "Medical Device-Related Pressure Injury Entry", """
MDRPI / SKIN EVENT ENTRY        Event date 19.07.2021        Ward 4B (Renal)

Device: graduated compression stocking, thigh-length, size M (pt measures L), put on at
admission 12.07.2021 for VTE prophylaxis, both legs.
Finding: R stocking rolled down to mid-thigh, forming a tight tourniquet-like band. Deep
circumferential groove R upper medial thigh with blanching redness; skin intact, no
blister. L stocking lying flat, no marks.
Category: no pressure injury yet - device-related skin marking, reported as a near miss.
Action: both stockings off, leg re-measured, TVN told; changed to IPC sleeves on calves.
Pt: 71F, kidney failure, haemodialysed Mon+Wed+Fri, diabetic with basal glargine
insulin, apixaban (never warfarin), BMI 36.2 (has ranged 34-37 over the past year
per dietitian).
Root cause (prelim): wrong size issued; q-shift stocking checks not charted.
"""),
("2021-08-30", "Dermatology Consult", """
DERMATOLOGY CONSULT - 30/08/2021

71F on haemodialysis, back in hospital because of a sore R thigh wound. Onset
3 weeks ago, she reckons: a tender purple "bruise" high up the inner R thigh,
which later turned black.
She recalls the stocking band that dug in right there during her July stay. Denies falls,
heat, injections there.
Exam: R medial upper thigh: 6x3cm black eschar lying horizontally, set in a 10x6cm
indurated purple plaque whose border is retiform; it traces the old groove exactly.
L thigh, abdomen, calves: no lesions.
Bx: 4mm punch x2 from the advancing margin, R thigh.
A/P: strongly favour calciphylaxis (HD, insulin, PTH 1040, obesity). Path pending.
No sharp debridement for now. Wound RN to follow.
"""),
("2021-09-08", "Root Cause Analysis Summary", """
RCA SUMMARY - Serious Safety Event Review Committee, 08 Sep 2021

Event: full-thickness R medial thigh wound, 71F, first entered as a device-related pressure
injury from a thigh-length compression stocking (event of 19.07.2021).
Findings: biopsy of 03.09.2021 shows calciphylaxis - calcified subcutaneous arterioles,
luminal thrombi, necrotic fat. Committee accepts the dx of calciphylaxis. Dermatology and
nephrology both note it arose along the band line where the rolled stocking had been
compressing the skin since it was applied on 12.07, a recognised trauma-site pattern.
Classification: excluded from HAPI figures; safety event kept open for the device issue.
Actions: 1) stocking sizing competency for 4B staff, 2) second-person size check at
application, 3) no compression hosiery in HD pts with very high PTH unless clearly needed.
Owner: Nurse Manager 4B. Due 31.10.2021.
"""),
]}

G04 = {"patient_id": "G04", "age": 63, "sex": "F", "notes": [
("2019-04-11", "Skin Injury Event - MARSI", """
SKIN INJURY EVENT - ADHESIVE INJURY (MARSI CATEGORY)
Found: April 10, 2019 at about 16:00, Telemetry 3E, when cardiac monitoring was stopped.
Pt: 63 yo F, ESRD (in-centre haemodialysis), morbid obesity (BMI 41.2), no diabetes.

Description: removing the tele electrodes and the silk tape used to reinforce them under
the L breast (inframammary fold) stripped the epidermis over 4x2cm and left two
tension blisters. Electrodes had been re-taped several times because of sweat in the fold.
Care: blisters left intact, silicone-border foam, moisture-wicking textile laid in the fold.
Contributing: silk tape on moist, fragile skin; no adhesive remover on the cart.
Harm: minor. Reporter: P. Achterberg RN. Unit educator to run MARSI refresher.
"""),
("2019-05-16", "Nephrology Progress Note - In-center HD", """
Nephrology progress note - Kessock Dialysis, MWF 2nd shift

S: Sore, hard area under her L breast for 2 wks; she first took it for the tape blisters
from last month coming back. Pain 7/10, worse with her bra on.
PMH: ESRD (FSGS), HTN, obesity, DVT 2009 treated with warfarin until 2011 (none since),
no DM.
O: underside of the L breast into the fold - a 5cm dusky-purple indurated plaque, netlike
border, pinpoint black centre. R breast normal. Wt 109kg.
Bloods this week: calcium-phosphate product 68, PTH 1210, albumin 3.1.
A: new painful L breast plaque, dialysis pt - calciphylaxis needs ruling out; ddx
cellulitis, fat necrosis.
P: expedite derm + bx; CaCO3 discontinued; cinacalcet begun; thiosulfate if confirmed.
"""),
("2019-05-24", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION (May 24, 2019)
ID: 63F on HD, referred for an L breast plaque.

Hx: onset ~May 2 per pt, in the very spot where tape and ECG pads tore the skin on
April 10. No breast surgery, no injections, no other knock to the area since.
Exam: L lower inner breast into the inframammary fold, 6x5cm purple indurated plaque,
retiform purpura throughout and a 1cm eschar centrally. Rest of breast soft. Remaining
skin: no lesions.
Path (incisional bx 5/20/19): calcified small vessels, thrombosis, septal fat necrotic;
mural calcium highlighted by von Kossa.
Final: biopsy-proven calciphylaxis, L breast, arising where the adhesive injury had been.
Plan: thiosulfate 25g with every dialysis, wound care with no adhesive tape on breast skin,
analgesia.
"""),
]}

G05 = {"patient_id": "G05", "age": 76, "sex": "M", "notes": [
("2022-11-25", "Fall Event Report", """
FALL EVENT REPORT - INPATIENT        Unit: 5 North (med overflow)
Event: unwitnessed fall, found on floor beside bed 11/24/22 at 23:40 (Thanksgiving night).
Pt: 76M, ESRD, dialysis Tue/Thu/Sat; mechanical mitral prosthesis (warfarin; INR that evening 3.1);
T2DM (linagliptin; insulin never used). BMI 24.0.

Pt states he got up to urinate without calling, legs "gave out", and his R shin
caught the metal bed frame at the front. Injury: 3cm linear abrasion R anterior mid shin with a
small hematoma. No head strike.
Actions: MD at bedside 23:55, neuro checks neg, ice pack put on the R shin for 20 min,
abrasion cleaned and covered, bed alarm on, fall-risk signage, son notified.
Harm: minor (Morse 65). Post-fall huddle 11/25 at 07:00.
"""),
("2022-12-20", "Outpatient HD - Physician Rounding", """
HEMODIALYSIS - PHYSICIAN ROUNDING      20 Dec 2022
76M, HD TTS via L AVF. Discharged 11/29 after admission for volume overload (inpatient fall
11/24 with R shin abrasion, see event report).

Today: abrasion had almost closed, but since early December the skin around it turned
mottled purple and very painful and is now opening up. Wife changing a bandage daily.
Exam: R anterior shin 4x5cm purple netlike patch; at its centre a shallow 1.5cm ulcer,
base black and dry. L leg no lesions. DP/PT dopplerable.
Monthly labs: PTH 740, P 6.9 (H), Ca 10.1 (H); INR 2.8 -
Assessment/plan: R shin ulcer with retiform purpura - ?calciphylaxis (warfarin, HD, high P) vs a slow
healing traumatic wound. ABI ordered; derm next week; wound clinic referral.
"""),
("2022-12-28", "Dermatology Outpatient Consult", """
DERMATOLOGY - OUTPATIENT CONSULT    12/28/2022
CC: painful R shin wound, onset early Dec.

Hx: in-hospital fall 11/24/22 - his right shin struck the bedframe, ice was applied that
night. The wound began within the bruised area in early December. Warfarin for mech
valve, cannot be swapped to a DOAC.
Exam: R anterior shin, 5x5.5cm plaque of retiform purpura, stellate black eschar in the
middle, no pus, minimal oedema. ABI 1.05 (12/22). Nothing similar on the L leg, thighs or
trunk.
Procedure: 6mm punch from the edge, R shin, hemostasis with pressure, Vaseline gauze.
Impression: calciphylaxis favoured, localised to the fall/abrasion site (koebnerization).
Path to be expedited; thiosulfate can start with HD once confirmed.
"""),
("2023-01-10", "Patient Safety - Fall 30-Day Harm Review", """
QUALITY / PATIENT SAFETY - FALL EVENT 30-DAY HARM REVIEW
Ref: fall of 11/24/2022, 5 North, 76M.

Original harm: minor (R shin abrasion, hematoma; ice, dressing).
Follow-up: per derm and the wound clinic, the abrasion area became a necrotic ulcer from
early December. Punch biopsy 12/28/22 confirmed calciphylaxis (subcut arteriolar
calcification shown on von Kossa). Treating clinicians record that the ulcer started
where the shin was injured in the fall.
Current: R shin ulcer 5.5x6cm with eschar; thiosulfate 25g with dialysis since 1/3/23;
warfarin continued (mechanical valve) with the INR goal lowered by cardiology.
Harm reclassified: moderate - additional treatment required.
Learning: post-fall plan to include a skin check at 2 weeks for anticoagulated dialysis pts.
"""),
]}

G06 = {"patient_id": "G06", "age": 54, "sex": "F", "notes": [
("2024-04-02", "Admission Skin Assessment - POA Wound Entry", """
SKIN ASSESSMENT ON ADMISSION - PRESENT-ON-ADMISSION (POA) WOUND ENTRY
Admitted 04/02/2024 via ED. 54F; ESRD, haemodialysis 3x/wk (M/W/F); T2 diabetic, insulin
dependent; BMI 39.5.

Two wounds found at admission, both on the backs of the arms:
 - L posterior upper arm: 3x2.5cm purple-black, hard, very tender
 - R posterior upper arm: 4x3cm, same look, lacy purple edge
Entered as POA "unstageable pressure injury?" though not over a bony prominence and pt is
ambulatory.
Pt and her daughter say the spots came up around St. Patrick's Day and keep enlarging.
Photos uploaded to media tab. No bed, chair or device involvement found.
Wound RN consult requested for validation.
"""),
("2024-04-03", "Wound RN Validation", """
WOUND/OSTOMY NURSE - VALIDATION OF POA ENTRY

Both posterior upper arm wounds seen. These are not pressure injuries: no pressure or shear
at this location. Morphology (retiform purpura, central eschar, pain out of proportion)
points toward calciphylaxis.
Daughter reports she has been giving the patient's NPH/regular mix into the dorsal
upper arm on each side since 2019, because the abdomen (large pannus) is hard to pinch. She alternates
left and right.
Recommendations: change the entry to "non-pressure wound"; dermatology consult for biopsy;
for now the daughter should use the thighs for insulin; no adhesive products on the arms.
Dressing: silicone foam, changed every third day or sooner if soiled.
"""),
("2024-04-05", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT    5 April 2024

Dx: calciphylaxis, back of both upper arms - biopsy-proven (4mm punch, L arm,
4/3: calcified, thrombosed subcutaneous vessels and a lobular panniculitis; von Kossa
stain +).
The plaques sit precisely where her daughter has injected insulin for five years - the
typical injection-site distribution.
Exam: L 3.5x3cm and R 4.5x3cm stellate eschars with retiform purpuric rims. Abdomen,
thighs, lower legs: spared.
Risk profile: HD, insulin-treated DM, obesity, PTH 1300, calcium-based binder; never on
warfarin.
Plan: IV thiosulfate 25g with each dialysis, change binder, cinacalcet, wound care as per
WOCN, palliative care for pain.
"""),
]}

G07 = {"patient_id": "G07", "age": 61, "sex": "M", "notes": [
("2020-09-10", "Pressure Injury Event Entry", """
PRESSURE INJURY EVENT      Reported 09/10/2020      Unit 7 South (Medicine)
Pt: 61M; ESRD on thrice-weekly HD (MWF); glipizide-only T2DM, insulin never; BMI 44.3.

Stage 1 PI on the R trochanteric hip (lateral): non-blanchable erythema 8x6cm,
skin intact.
Cause: pt sits up to 16 h a day in a standard-width recliner since admission on 8/27/2020;
his R hip is wedged hard against the chair arm. Bariatric chair requested 8/28, still on
backorder.
Interventions: q2h offloading, prophylactic foam to the R hip, pillow bridging, bariatric
bed, escalation to materials management and the unit manager.
Braden 15. Nutrition consult placed.
"""),
("2020-10-06", "Dermatology Consult", """
DERM CONSULT (Oct 6, 2020)
Asked to see a R hip wound first logged as a pressure injury.

Pt reports the red patch became an agonising, firm purple plaque about 2 weeks ago; later
the middle blackened.
Exam: R lateral hip 9x7cm plaque, violaceous and indurated, with 3cm of stellate necrosis
centrally and retiform purpura at the margins. Not the usual bony-prominence pattern of a
PI. L hip, abdomen, thighs: nothing.
Punch bx x2 taken from the rim.
Assessment: calciphylaxis most likely, localised where the chair arm pressed on his R hip
for weeks.
Plan: path; nephrology to start thiosulfate; pain control; no further chair time until the
bariatric chair arrives.
"""),
("2020-10-20", "Root Cause Analysis - HAPI / Equipment Delay", """
RCA - HAPI REVIEW / EQUIPMENT DELAY (index event 09/10/2020, 7 South)

Biopsy of 2020-10-07 confirmed calciphylaxis: calcified, thrombosed arterioles within
fat lobules, von Kossa +.
Timeline: 8/27 admitted, placed in a standard recliner; 8/28 bariatric chair ordered;
9/10 stage 1 PI R hip logged; plaque with necrosis from late September; 10/06 derm.
Conclusion: the wound is calciphylaxis, not a HAPI, but it developed at the site of
sustained pressure from the undersized chair; equipment delay is a contributing factor.
Actions: par level of 2 bariatric chairs on 7 South; escalation pathway after 24 h wait;
seating review for pts with BMI > 40 within 12 h of arrival.
"""),
]}

PATIENTS = [G01, G02, G03, G04, G05, G06, G07]
