"""probe246 corpus notes, Z15-Z20 (inpatient rehabilitation facility and the clinics around it; all invented)."""

Z15 = {"patient_id": "Z15", "age": 68, "sex": "F", "notes": [
("2022-11-08", "IRF Admission H&P", """
IRF H&P -- Glenmoor Rehabilitation Center
Admitted 11/7/22 after Hartmann's procedure 10/28/22 for perforated diverticulitis,
hospital course c/b delirium; debility, mod A gait.
PMH: gout; HTN; ESRD, dialyzing Tue/Thu/Sat. Diabetes: none. No anticoagulant at present.
DVT ppx: heparin 5000 units subcut q8, begun at admission, injected low on the
abdomen, both sides, clear of the midline wound and the L-sided colostomy.
Exam: midline incision healing by secondary intention, stoma pink.
Weight 92 kg (BMI 34.0), obese.
Plan for now: PT/OT 3 h/d, ostomy teaching, HD off-unit TTS.
"""),
("2022-11-21", "Nephrology Progress Note", """
NEPHROLOGY F/U   11-21-2022   (Glenmoor IRF, HD TTS)
Events: L popliteal DVT on duplex 11/10 -> SC heparin stopped, warfarin started, INR 2.3.
New: tender violaceous indurated plaque, L lower abdominal wall, 4x4cm, livedoid margin,
at her former heparin sites, noticed about 2 days ago.
Ca/Phos/PTH 9.9/6.6/720.
A: early calciphylaxis? Also in the running: heparin-induced skin necrosis, or a
hematoma from anticoagulation.
P: derm consult, switch calcium acetate to sevelamer, hold calcitriol, recheck INR.
Pt anxious about it; next steps explained to her and her son.
"""),
("2022-11-29", "Dermatology Consult", """
Derm consult -- Glenmoor   29 Nov 2022
L lower abdominal plaque, grown to 5x4cm, dusky center without eschar, tender.
Differential: possible calciphylaxis; heparin-induced skin necrosis and panniculitis also
considered. Cannot exclude calciphylaxis without tissue.
Pt declined biopsy after discussion. Transferring to Glenwood SNF on 11/30.
Rec: biopsy if it enlarges or ulcerates; keep off the abdomen for any injections;
nephrology to discuss empiric STS; photo documented.
Pain 4/10 at rest. Thighs, buttocks, arms: no further lesions. Colostomy functioning, output formed.
"""),
]}

Z16 = {"patient_id": "Z16", "age": 74, "sex": "M", "notes": [
("2019-04-09", "IRF Admission H&P - Amputee", """
AMPUTEE REHAB ADMISSION -- Westbrook Hall IRF
Admitted 4/8/19 after R transtibial amputation 3/28/19 for critical limb ischemia.
PMH: CAD; T2DM, on insulin; warfarin never; ESRD, HD M-W-F.
Residual limb: incision w/ staples, distal edge dusky over 1 cm, no drainage.
Height 180 cm, weight 84.6 kg, BMI 26.1.
Function: w/c mod I, transfers CGA, hop 10 ft RW min A.
Skin elsewhere: L heel and sacrum intact. Phantom sensation, no phantom pain.
Plan: PT/OT 3 h/d, shrinker when allowed, limb guard, prone lying, pre-prosthetic program.
"""),
("2019-04-23", "Prosthetics and Wound Note", """
Prosthetist + wound RN joint visit 4/23/2019
Distal R residual limb: black eschar 3x2cm along the incision, purple livedoid margins
creeping ~4 cm proximally; light touch is unbearable.
Impression: ?calciphylaxis vs ischemic nonhealing incision.
Casting for the preparatory socket on hold until cleared by vascular. Shrinker off. Dry
gauze dressing, limb guard only.
Pt says the darkening started about a week ago. Liner trial stopped today for pain 8/10.
Vascular surgery and PM&R notified. Wife present and told the plan.
"""),
("2019-05-06", "Interdisciplinary Team Conference", """
TEAM CONFERENCE 5/6/19 -- Westbrook Hall
Medical: edge bx of the residual limb 4/29 shows ischemic necrosis with medial calcific
sclerosis; per pathology it neither proves nor rules out calciphylaxis, which remains on
the differential. Vascular: poor runoff, plan R above-knee revision 5/9 at Ellery General.
PT: transfers SBA. OT: ADLs w/c level mod I.
Nursing: pain controlled w/ scheduled hydromorphone, sleeping better. CM: wife informed, bed held.
Plan: d/c to acute surgery 5/8, readmit to IRF after revision if appropriate.
"""),
]}

Z17 = {"patient_id": "Z17", "age": 80, "sex": "F", "notes": [
("2023-02-14", "PM&R Progress Note", """
PM&R PROGRESS NOTE   IRF day 9   2/14/2023
Debility after C. difficile colitis. PT: 90 ft rollator SBA; OT: toileting min A.
New: livedo racemosa across both anterior thighs, plus 2 tender nodules deep in the
L thigh, there for about a week per pt.
PMH: ESRD on CCPD; T2DM (glipizide); AF -- off warfarin since 2019, takes apixaban.
BMI 30.0, obese.
A: concern for early calciphylaxis. Derm consulted; biopsy discussed, pt undecided.
P: cont therapy, review PD adequacy and phos with renal.
"""),
("2023-02-27", "IRF Discharge Summary", """
DISCHARGE SUMMARY   Meadowgate IRF   02/27/2023
80F, debility after C. diff colitis, ESRD on PD.
Skin: livedo with painful nodules over both thighs -- suspected early calciphylaxis. After a
family meeting she chose no biopsy and no empiric treatment, so it was never confirmed.
Goals: comfort-focused. PD stopped 2/25 per her wishes.
Function at d/c: 120 ft rollator SBA, toileting SBA.
Meds: glipizide, apixaban, morphine solution prn; sevelamer stopped.
Hospice RN visit set for 2/28.
D/c home with hospice; her daughter will be the caregiver. DME: hospital bed, bedside commode.
"""),
]}

Z18 = {"patient_id": "Z18", "age": 64, "sex": "F", "notes": [
("2016-06-20", "OT Treatment Note", """
OT tx note  6/20/16  Copperfield Rehab, 2 North
Dx: L MCA cardioembolic stroke (AF), R hemiparesis.
During LB dressing pt complained of a burning R outer thigh; skin there shows a purple,
mottled patch w/ a dark center, approx 8x6cm. RN notified, MD at bedside.
Warfarin started 6/15 (no heparin bridge). MD notes ?calciphylaxis given CKD 4 vs warfarin
effect.
Session: LB dressing mod A w/ hemi technique, stopped early for pain.
Cognition intact. R UE 2/5, R hand edema -- retrograde massage; R resting hand splint
checked, no red marks.
"""),
("2016-06-23", "Dermatology Consult", """
Dermatology consult   06/23/2016
Hemorrhagic bullae and necrosis of the R lateral thigh and a smaller area on the L breast,
starting 6/19, the 4th day of warfarin with no heparin overlap. Protein C activity 38%.
Bx R thigh (6/21): fibrin thrombi occluding dermal/subcutaneous venules; vessel walls free
of calcium.
Dx: warfarin-induced skin necrosis; this biopsy excludes calciphylaxis.
Skin elsewhere clear, no livedo. CKD 4, not on HD. INR 3.4 at time of consult.
Plan: warfarin stopped, vitamin K given, apixaban per neurology/cardiology, wound care.
"""),
("2016-06-30", "IRF Discharge Summary", """
DISCHARGE SUMMARY  Copperfield Rehab  30 June 2016
64F, L MCA stroke w/ R hemiparesis, AF.
Skin: warfarin-induced skin necrosis R thigh and L breast; biopsy ruled out calciphylaxis,
which had been considered. Wounds granulating.
Kidneys: stage 4 CKD (eGFR 22); dialysis not needed. No diabetes. BMI 35.2.
Function: gait 80 ft quad cane min A, ADLs min A.
D/c to daughter's home with HH PT/OT/SLP.
Meds: apixaban 2.5 mg BID, atorvastatin, amlodipine, furosemide.
F/u: derm 2 wks for wound check, neurology 6 wks, nephrology (CKD clinic) 1 mo.
"""),
]}

Z19 = {"patient_id": "Z19", "age": 57, "sex": "M", "notes": [
("2025-07-08", "IRF Admission H&P", """
ADMISSION H&P -- Halverson Rehabilitation Hospital
Admitted 7/7/25 after 3 wks inpatient for DKA and MSSA pneumonia; debility, CGA gait.
PMH: HTN; T1DM using an insulin pump; CKD 3a with eGFR 52, never dialyzed. No warfarin.
Family hx: an older brother on HD developed calciphylaxis and died of it in 2021;
pt fears the same thing.
Skin: intact -- livedo absent, no nodules or ulcers seen.
BMI 29.9 (overweight).
Function: sit<>stand CGA, gait 80 ft RW CGA, Berg 38/56.
Plan: PT/OT 3 h/d, endocrine for pump settings, diabetic foot education.
"""),
("2025-07-18", "Discharge Planning Note", """
D/C PLANNING -- 7/18/25
Talked with pt and wife about his brother's calciphylaxis: his own kidneys are
nowhere near dialysis, and his skin has none of those changes. Questions answered,
handout given.
Function: gait 300 ft no device, stairs indep. Home 7/19, outpatient PT.
Told him what to watch for anyway: painful purple patches or sores that do not heal --
call the renal clinic. A1c 8.9, overnight basal reduced.
F/u: endocrinology 2 wks, CKD clinic 3 mo, PCP 1 wk.
"""),
]}

Z20 = {"patient_id": "Z20", "age": 73, "sex": "F", "notes": [
("2017-01-10", "PT Initial Evaluation", """
PT INITIAL EVAL -- Juniper Flats IRF   01/10/2017
Dx: debility after upper GI bleed, 6-day hospital stay.
PMH: chronic LBP; type 2 DM (diet alone); ESRD, HD MWF; PE in 2010, warfarin for a
year (2010-2011), none since. BMI 22.5.
Pt asks for hot packs to her low back; deferred pending nephrology input.
Gait 60 ft RW CGA, Berg 34/56, TUG 24 s.
Skin intact on inspection. Lives with son, 2-story home, bedroom upstairs, 12 steps w/ rail.
Goals 2 wks: gait 200 ft RW mod I, Berg > 45.
"""),
("2017-01-17", "Nephrology HD Note", """
Nephrology, HD rounding at Juniper Flats   1/17/17
73F ESRD. PT asked about heat for her back pain. I told her to stay away from heating pads
and hot packs -- dialysis raises her risk of calciphylaxis. She reports using no heat
or ice at home, ever.
Skin: checked legs, trunk and arms -- clear; calciphylaxis not present.
Phos 5.8, Ca 8.9.
HD 3.5 h via L forearm AVF, UF 1.8 L, BP stable. Target weight 53.5 kg.
Plan: TENS ok for back pain; continue binders.
"""),
("2017-01-27", "IRF Discharge Summary", """
DISCHARGE SUMMARY   Juniper Flats IRF   27-Jan-2017
Debility after UGIB. Gait 220 ft RW mod I, Berg 47/56.
Back pain controlled w/ APAP and TENS; no heat used.
Skin intact at discharge; no heels or sacral issues.
Wt 54.1 kg. TUG 14 s.
Home with son (works from home); HD MWF at Linden Dialysis; HH PT 2x/wk.
Meds: pantoprazole, sevelamer, amlodipine, APAP 650 mg q6h prn. No anticoagulant.
Diet: renal, carb-consistent, 1.2 L fluid limit. F/u GI 4 wks, PCP 1 wk.
"""),
]}

PATIENTS = [Z15, Z16, Z17, Z18, Z19, Z20]
