"""probe259 corpus notes, G15-G20 (patient-safety incident reports, pressure-injury reviews and
the nephrology, dialysis, dermatology and wound notes of the same patients; all invented)."""

G15 = {"patient_id": "G15", "age": 70, "sex": "M", "notes": [
("2018-11-05", "Medication Safety Event - Injection Technique", """
MEDICATION SAFETY EVENT (no harm) - SELF-INJECTION TECHNIQUE
Found during an insulin teaching audit, 11/05/2018, Endocrine/Renal ward 5C.

Pt: 70M, CKD 4 (eGFR 18), dialysis not started; type 2 DM - glargine + lispro pens;
BMI 30.0.
For years he has put every dose into one palm-sized patch just right of the navel, never
rotating, and reuses pen needles 4-5 times. The patch feels rubbery with firm lumps.
Action: re-taught rotation (4 quadrants + thighs), new needle each time, sharps bin given,
diabetes educator f/u booked. Ward RN asked to document sites on the MAR.
Reporter: diabetes nurse specialist.
"""),
("2018-11-19", "Dermatology Consult", """
Dermatology consult, 19 Nov 2018

70M, CKD 4, referred for two painful nodules R periumbilical, inside his usual insulin zone.
Exam: right paraumbilical skin - two firm violaceous nodules (1.5cm, 2cm), faint livedoid
netting around them; no ulcer, no eschar. Background lipohypertrophy.
Ddx: lipohypertrophic fat with necrosis; insulin-derived amyloidoma; early calciphylaxis,
not excludable with PO4 6.4 and PTH 480.
Punch bx 11/16: lobular fat necrosis, vessels free of calcium on the sections cut;
specimen shallow, nondiagnostic for calciphylaxis.
Plan: deep incisional biopsy recommended; stop injecting into that area.
"""),
("2018-12-10", "Nephrology Clinic - Transfer of Care", """
Nephrology clinic, 10 December 2018 - last visit here

Relocating next week, out of state, to live near his daughter; records sent.
R periumbilical nodules unchanged, still tender, no breakdown. He declined the deep
biopsy. Injecting into the thighs now.
eGFR 17, not on dialysis; access planning handed over to the receiving team.
Assessment: possible early calciphylaxis where he injects - unresolved, neither proven
nor excluded.
Letter to receiving nephrologist: please arrange a deep incisional biopsy if nodules grow.
Diabetes educator notes sent as well.
"""),
]}

G16 = {"patient_id": "G16", "age": 77, "sex": "F", "notes": [
("2024-09-23", "Pressure Injury Review - Unstageable", """
PRESSURE INJURY REVIEW - UNSTAGEABLE, R BUTTOCK     Autumn Ridge SNF unit, 09/23/2024

77F; ESRD, brought by transport to in-center haemodialysis x3/week; bed-bound since a
L MCA stroke; diabetes managed by diet alone; BMI 19.8.
Wound: R buttock, lateral to the ischial tuberosity, 5x4cm, 100% black eschar, purple
retiform edge, pain severe on light touch (pt grimaces with dressing change).
Assessment: unstageable PI, though calciphylaxis stays on the table - partly off the
bony prominence, netlike border, pain out of proportion, dialysis pt.
Plan: offload R side q2h, low-air-loss surface, derm/wound MD to consider biopsy, family
meeting.
"""),
("2024-10-08", "Wound MD - Validation and Goals", """
Wound physician visit - 10/8/24

R buttock: eschar unchanged, 5.5x4cm, edge still violaceous, no fluctuance.
Remains unstageable PI vs possible calciphylaxis. Discussed a punch biopsy with the son
(HCP); family declined - focus on comfort, hospice evaluation requested.
Empiric plan: eschar left dry and undisturbed, betadine paint, offloading, scheduled
acetaminophen + low-dose opioid before turns.
No other wounds.
Son and granddaughter at the meeting; SNF nurses to photograph the wound weekly.
Diet-controlled diabetes, no insulin; fingerstick checks stopped in keeping with comfort focus.
Dialysis continues for now - to be revisited with hospice.
"""),
]}

G17 = {"patient_id": "G17", "age": 68, "sex": "M", "notes": [
("2025-03-04", "HD Rounding Note", """
HD ROUNDS     4 March 2025

68M; ESRD, on the Tu/Th/Sa HD shift; T2DM, insulin; AF, warfarin (INR today 3.4);
BMI 35.5.
Enoxaparin bridge shots into both thighs 2/10-2/17 while warfarin was restarted after
a GI bleed.
Since ~Feb 20: painful mottling of both anterior thighs, now with 2 firm purple nodules on
the L.
Exam: front of each thigh netted with livedo racemosa; on the L, two tender deep nodules;
no ulcer.
A/P: r/o calciphylaxis; alternatives warfarin-induced skin necrosis, hematomas from the
enoxaparin shots. Derm bx requested; hold calcium; check protein C.
"""),
("2025-03-12", "Patient Safety Event - Delay in Care", """
PATIENT SAFETY EVENT - DELAY IN DIAGNOSTIC PROCEDURE

Skin biopsy of the L thigh for suspected calciphylaxis cancelled twice (3/6 and 3/10):
INR 3.6 and 3.9, no reversal plan in the order set; derm could not proceed.
Meanwhile nodules enlarging per HD RN.
Contributing: no shared protocol between derm and nephrology for biopsies on anticoagulated
HD pts; ordering pathway unclear.
Action: escalated to service chiefs; biopsy rebooked for 3/14 with INR target < 2.5.
Harm: under review.
Reporter: HD charge RN. Reviewed by the patient safety officer on 3/12/2025.
"""),
("2025-03-15", "Hospice Transfer Note", """
Transfer to inpatient hospice - 3/15/25

Pt chose to stop dialysis after a family meeting; comfort care.
Biopsy of 3/14 not performed at pt's request. Thigh lesions: suspected calciphylaxis, never
confirmed by tissue; warfarin necrosis also still on the differential.
Warfarin stopped 3/13 with goals-of-care change; insulin simplified to low basal dose.
Symptom plan: hydromorphone, gabapentin low dose, wound comfort dressings.
Wife and two sons present; code status DNR/DNI reaffirmed; chaplain asked to visit.
Hospice RN given the dialysis unit contact in case family wish to discuss.
"""),
]}

G18 = {"patient_id": "G18", "age": 62, "sex": "F", "notes": [
("2017-05-08", "Pressure Injury Report - Heels", """
PRESSURE INJURY EVENT - BILATERAL HEELS, DEEP TISSUE        05/08/2017, Unit 6A

62F, ESRD - she declined dialysis and has conservative kidney care; type 2 DM,
insulin-treated; BMI 26.0.
Both posterior heels: maroon intact skin, boggy; left 4x3cm, right 3x3cm - deep tissue
pressure injury (DTPI) of both heels.
Heel-offloading boots since 5/2; before that heels lay flat on a standard mattress for
5 days post CVA.
Note: derm asked to weigh in because of ESRD - the admitting team raised ?calciphylaxis.
Actions: boots refitted, heels floated on pillows, ABI ordered.
"""),
("2017-05-16", "Dermatology Consult", """
Derm consult May 16 2017

Heels now with black eschar bilaterally (L 4x3.5cm; R about 3cm square); no retiform
purpura elsewhere, no livedo of thighs or abdomen.
ABI 0.42 L / 0.48 R; toe pressures very low.
Ddx: ischemic pressure necrosis from PAD vs calciphylaxis.
Punch bx, L heel edge, 5/12: ischemic necrosis, no vascular calcification in small
vessels, no thrombi of calciphylaxis type.
Impression: ischemic pressure necrosis on severe PAD fits best; calciphylaxis looks
unlikely, final word after vascular imaging.
Plan: vascular surgery consult; keep heels floated.
"""),
("2017-05-24", "Wound RN - Validation", """
WOUND RN VALIDATION (6A)

Bilateral heel wounds = unstageable pressure injuries in a pt with severe PAD. Derm and
vascular agree calciphylaxis is ruled out (biopsy + imaging).
Vascular: L SFA occlusion, angioplasty planned next week.
Heels kept floated, boots on, betadine to eschar; no debridement until revascularised.
Insulin regimen unchanged; no warfarin.
Wound sizes: L heel 4x3.5cm, R heel 3x3cm, eschar dry and stable, no drainage.
Reported to the PI committee as HAPI (DTPI evolved); root-cause review scheduled for next Tuesday.
"""),
]}

G19 = {"patient_id": "G19", "age": 55, "sex": "M", "notes": [
("2023-08-21", "Fall Event Report - Dialysis Unit", """
FALL EVENT - OUTPATIENT DIALYSIS UNIT (Harrow Lane)      08/21/2023 11:35

55M; ESRD, HD Mon/Wed/Fri; non-diabetic; takes no anticoagulant; BMI 28.0.
Post-dialysis, stood too quickly from the chair, felt lightheaded and sat down hard,
hitting his L elbow on the chair arm. Small bruise L olecranon, skin intact. BP 88/50
standing, improved after 200mL saline.
Actions: nurse stayed with pt, orthostatic protocol, pt to sit 10 min after HD before
standing, EDW review requested.
Harm: minor.
Reporter: charge RN, Harrow Lane. Physician notified at 11:45.
"""),
("2023-09-06", "Nephrology Clinic Note", """
Nephrology clinic - Sept 6 2023

F/u after the post-HD fall (8/21). L elbow bruise gone.
Pt worried about calciphylaxis: his older brother died of it in 2019 while on dialysis.
Skin exam: no purpura, livedo, nodule or ulcer anywhere; thighs and abdomen soft.
No calciphylaxis.
Minerals at goal (PTH 330, phosphate 5.1, Ca 9.2).
Plan: EDW raised 0.5kg; reassured; to ring the unit promptly if any skin area becomes
painful or discoloured; avoid calcium-based binders.
Sleep and appetite fine. Sees dentist next month.
"""),
]}

G20 = {"patient_id": "G20", "age": 49, "sex": "F", "notes": [
("2022-01-18", "Device-Related Pressure Injury Report", """
MDRPI REPORT - NON-INVASIVE VENTILATION MASK      01/18/2022, Step-down 4

49F; ESRD on peritoneal dialysis; type 1 diabetic with an insulin pump; BMI 31.0;
admitted with fluid overload and hypercapnia, BiPAP full face mask since 1/15.
Stage 2 MDRPI over the nasal bridge, 1x0.8cm, partial thickness. Also MARSI: skin
stripping at the forehead where tape secured the NG tube.
Actions: mask resized, hydrocolloid under the mask, mask breaks q4h, tape removed with
adhesive remover.
Contributing: one mask size stocked on the unit; skin under devices not checked each shift.
"""),
("2022-02-01", "Nephrology - PD Clinic", """
PD clinic, 1 Feb 2022

Back on CCPD, weight at target. Nose bridge healing, no skin breakdown elsewhere.
Insulin pump sites rotated over the abdomen.
Discussed: PD patients have some risk of calciphylaxis - report painful purple patches.
Exam today: no evidence of calciphylaxis; the trunk and both legs look normal.
Labs: Ca 9.4, PO4 4.8, PTH 290.
Plan: continue CCPD, sevelamer, recheck in 4 wks.
A1c 7.4 - endocrine follow-up as arranged. Weight 84kg, stable.
PET due in spring; weekly Kt/V in January was 1.9.
"""),
]}

PATIENTS = [G15, G16, G17, G18, G19, G20]
