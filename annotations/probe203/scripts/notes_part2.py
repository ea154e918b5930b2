"""probe203 corpus notes, E08-E14 (pharmacovigilance and adverse-event reports and the clinics
around them; all people, places and wording invented)."""

E08 = {"patient_id": "E08", "age": 49, "sex": "F", "notes": [
("2023-05-22", "MedWatch Consumer Report (Form 3500B)", """
MEDWATCH FORM 3500B - CONSUMER / PATIENT VOLUNTARY REPORT
(typed by the patient's daughter)

What happened: My mom started semaglutide shots once a week in March 2023 for her sugar and
weight. She does them in her stomach, mostly the right side because thats the side she can
see best. Since mid-April she got sore red bumps where she injects, so the pharmacist told
her to hold ice packs on it after every shot. Now in early May she has very painful black
spots on the lower right part of her belly and cant sleep from the pain. Her kidney doctor
says it might be calciphylaxis and they did a biopsy.
Product: semaglutide pen 0.5 mg weekly.
Other meds: insulin glargine 20 units at night (she injects it in her thighs), sevelamer,
calcitriol, amlodipine.
Health problems: kidney failure on dialysis 3 times a week, diabetes, weight (BMI 41).
"""),
("2023-05-30", "Nephrology Note - Biopsy Result", """
NEPHROLOGY F/U (in-center HD)

49F ESRD on HD, T2DM on glargine, obesity (BMI 40.7), on weekly semaglutide since March.
Bx 5/19 R lower abdomen: calciphylaxis - arteriolar calcification, microthrombi, fat
necrosis.
Exam: RLQ, two necrotic plaques of 2 and 3 cm with indurated violaceous skin around them,
in the zone she had been using for the semaglutide, which she iced after each dose. Thighs
(glargine sites): clear. L abdomen: clear.
Labs: PTH 455 | PO4 6.8 mg/dL | calcium (uncorrected) 9.4
Plan: sodium thiosulfate 25 g TIW; stop semaglutide; glargine stays in the thighs; skin
not to be iced or heated from here on; cinacalcet 30 mg.
"""),
("2023-06-13", "Pharmacovigilance Case Assessment", """
PV CASE ASSESSMENT - consumer report, semaglutide (case SEM-23-1187)

Event: calciphylaxis (biopsy-proven) at abdominal injection sites. Injection-site bumps
from mid-April were treated by the patient with ice packs after each dose.
Time to onset: first dose March 2023 -> necrotic lesions early May 2023 (about 7 wks).
Causality: WHO-UMC possible for the site of the disease, unlikely as its cause;
confounders ESRD, hyperphosphataemia, obesity, calcitriol. Repeated cold to the injection
sites is a plausible co-trigger.
Labelling: calciphylaxis not listed; internal database holds 1 earlier case.
Seriousness: medically important.
Follow-up: histology report and HD unit records requested from the nephrologist.
"""),
]}

E09 = {"patient_id": "E09", "age": 44, "sex": "M", "notes": [
("2024-03-18", "Suspected ADR Report (PD Unit Pharmacist)", """
SUSPECTED ADR REPORT - internal form (for MedWatch if causality allows)

Pt: 44 M, ESRD from FSGS, on APD since 2021. No diabetes. Wt 70 kg, BMI 22.9.
Suspect: darbepoetin alfa, 40 mcg subcut fortnightly, self-injected. Pt confirms he has
always injected into his right triceps area of the upper arm ("easiest with my left
hand") since he began it in 2021.
Event: painful violet nodules on the rear of the left upper arm, first noticed 3 weeks
ago; one has broken down to a black-based ulcer. No injury to that arm recalled.
Hb 11.2 g/dL.
Action: PD RN photographed the area; nephrology informed; skin biopsy booked.
Darbepoetin continued meanwhile.
"""),
("2024-03-29", "Dermatology Note", """
DERMATOLOGY - biopsy result and follow-up

L posterior upper arm: eschar 4 by 3 cm with a stellate purpuric border; livedo creeping
toward the elbow.
R arm: skin at his injection area normal - no nodules, no induration, no purpura.
Path (3/21, L arm punch): calciphylaxis - calcified subcutaneous arterioles, microthrombi.
Impression: calciphylaxis of the L arm. By history the left arm was never injured; his
injections all go into the opposite arm.
Plan: thiosulfate as nephrology directs; dressings twice weekly; analgesia.
"""),
("2024-04-10", "ADR Causality Assessment", """
ADR CAUSALITY - darbepoetin alfa / calciphylaxis

Time course: darbepoetin since 2021; lesion onset about 26-Feb-2024.
Site: lesion on the L arm; all injections into the R arm (confirmed by pt and the PD RN
log). No injection-site association.
WHO-UMC: unlikely. Better explained by ESRD with a raised Ca x PO4 (PO4 7.4 with Ca 10.1),
PTH 820 and a calcium-based binder.
Action: darbepoetin continued; binder switched to lanthanum; calcitriol reduced.
MedWatch: not submitted (unlikely causality); logged internally only.
No warfarin. BMI unchanged at 22.9.
"""),
]}

E10 = {"patient_id": "E10", "age": 72, "sex": "F", "notes": [
("2024-01-20", "Hospital Admission H&P", """
HOSPITAL MEDICINE - ADMISSION H&P

72F. ESRD, hemodialysis Mon/Wed/Fri. Mitral valve replacement (mechanical) - warfarin since
2019. Diet-controlled T2DM (no meds), HTN. Sent from HD for INR 1.4 after a missed week of
warfarin.
HPI: also mentions a "sore purple spot" on the left lower belly for about 2 weeks, no
injury she can remember.
Exam: BMI 29.9 (overweight). LLQ: 2.5 cm tender indurated violaceous plaque, skin intact,
faint net-like discoloration around it. Rest of skin normal.
Labs: INR 1.4; plt 210k; mineral panel - Ca 9.8 (corrected 10.2), phosphate 7.0, iPTH 520.
A/P:
1. Subtherapeutic INR w/ mechanical valve - resume warfarin; bridge: enoxaparin SC,
1 mg/kg once daily (renal dose), from today.
2. LLQ plaque - ? panniculitis vs early calciphylaxis; photo, derm if it worsens.
"""),
("2024-01-26", "MedWatch Report (Anticoagulation Pharmacist)", """
MEDWATCH 3500 - health professional (anticoagulation stewardship pharmacist)

72F, wt 76 kg. HD-dependent ESRD; warfarin for a mechanical MV; diet-controlled diabetes.
Suspect: enoxaparin SC 1 mg/kg daily, first dose 01/20/2024, injected in the abdomen.
Event: "skin necrosis at injection site?" - on 1/25 the RN reported a black necrotic plaque
in the LLQ, where enoxaparin had been injected, 4 x 3 cm.
Action: enoxaparin stopped 1/25; heparin infusion until INR >2.5.
Concomitant: warfarin (ongoing), sevelamer, calcitriol, metoprolol.
Outcome: unknown at time of report. Derm biopsy planned.
"""),
("2024-02-02", "Dermatology Consult", """
DERM CONSULT
LLQ: black eschar (4.0 x 3.5) edged with retiform purpura; livedo racemosa spreading
over the lower belly. Punch bx 1/29: thrombosed, calcified arterioles in the fat; positive
von Kossa stain. Diagnosis: calciphylaxis.
Timing note: the admission exam on 1/20, before any enoxaparin, already described a tender
violaceous plaque at this exact spot, and pt dates it to early January. The enoxaparin
shots therefore followed the lesion rather than preceding it.
Rec: STS with HD; discuss warfarin alternatives with cardiology (mech valve - limited);
from now on keep subcutaneous drugs away from the belly.
"""),
("2024-02-15", "ADR Causality Follow-up", """
ADR CAUSALITY - FOLLOW-UP #1, enoxaparin (initial MedWatch 1/26/24)

Update: biopsy shows calciphylaxis, not heparin-type necrosis; PF4 antibodies negative.
Onset: lesion documented at admission 1/20 before the first enoxaparin dose; pt reports it
since early January 2024.
Enoxaparin: temporal sequence not met -> unlikely (WHO-UMC). Report amended accordingly and
resubmitted; the reporter was thanked and informed.
Warfarin (ongoing, mechanical valve) noted as a recognised risk factor; not changed per
cardiology, INR goal per cardiology 2.5 to 3.5.
Other: diabetes diet-controlled, not on insulin. BMI 29.9 (75.5 kg) - counts as
overweight, below the obesity cut-off.
"""),
]}

E11 = {"patient_id": "E11", "age": 59, "sex": "M", "notes": [
("2020-04-14", "Wound Clinic Follow-up", """
WOUND CLINIC - f/u visit #3

59M. Dialysis-dependent kidney failure (HD). T2DM, on insulin (he injects his belly).
Hypertension. ABI
noncompressible, TBI 0.72.
R medial calf calciphylaxis ulcer, biopsy-proven 2/28/20; onset January 2020.
Today: 6.2 x 4.1 x 0.3 cm. Base: slough ~60%, eschar ~40%; serous exudate, moderate.
Periwound: livedo and induration 2 cm.
Procedure: sharp excisional debridement to subcutaneous tissue with curette, area 8 cm2,
after topical lidocaine 4%; pt tolerated.
Dressing: calcium alginate + silicone-bordered foam, border secured with tape. No
compression (calciphylaxis).
Plan: derm to start an intralesional sodium thiosulfate trial next week. RTC 1 wk.
"""),
("2020-04-29", "Pharmacist ADR Report - Intralesional Sodium Thiosulfate", """
ADR REPORT - pharmacy
Agent: compounded sodium thiosulfate (250 mg/mL) for intralesional use; 0.5 mL per point,
8 points around the R calf ulcer margin, given 4/21 by derm.
Event: severe pain at injection (10/10 for ~2 h) with local redness; on 4/24 two tense
blisters at the periwound, where the foam border had been taped. Derm: adhesive/irritant
blistering, not new calciphylaxis.
Action: lidocaine mixed into later intralesional doses; silicone tape instead.
Causality: probable (pain - known effect). Reported to FDA (compounded product).
History: ESRD/HD; T2DM (aspart + glargine); HTN. BMI 35.5.
"""),
("2020-05-20", "Nephrology Clinic", """
NEPHROLOGY - calciphylaxis follow-up

R calf wound smaller: 5.0 x 3.6 cm, granulating edges, less slough. On IV STS after HD,
week 12; intralesional STS every 2 weeks, 3 sessions so far; injection pain now controlled
with the added lidocaine.
No new lesions. Abdominal insulin sites without nodules or purpura. L calf normal.
BMI 35.1 at 108 kg.
Labs: PTH 312 on cinacalcet; phos 5.1 on sevelamer; Ca 9.0.
Plan: continue current regimen; wound clinic weekly; no warfarin (never). Insulin doses
unchanged - fasting sugars 120-150.
"""),
]}

E12 = {"patient_id": "E12", "age": 66, "sex": "F", "notes": [
("2025-02-11", "Product Complaint and ADR Intake (Insulin Pen)", """
PRODUCT COMPLAINT + ADR INTAKE - insulin lispro prefilled pen
Caller: outpatient pharmacist on behalf of the pt (66 F).

Complaint: pt reports the pen "clicks but the dose feels weak" for one box; BG in the 300s.
Lot captured; sample pen requested for return.
Technique reviewed: pt injects all insulin (glargine + lispro) around the umbilicus within a
hand's width, rotating clockwise. Mild lipohypertrophy L of the umbilicus (soft,
non-tender) - counselled to spread injections wider.
Other: pt mentions a "painful black scab on my right side" that the dialysis team is
treating; not linked to the pen complaint; referred back to them.
PMH: ESRD on HD TTS, T2DM, obesity, HTN. No anticoagulants.
"""),
("2025-02-18", "Dermatology Consult", """
DERM CONSULT

66F on HD, T2DM on insulin, obese.
Lesion: right flank, posterior axillary line, midway from the lowest rib to the iliac
crest: eschar 5 by 3 cm with retiform purpura around it. Began as a tender lump around
New Year's.
Insulin sites: periumbilical abdomen, more than 15 cm medial to the lesion; nothing there
but lipohypertrophy. No trauma, heating pad, belt or bra-strap pressure at the flank.
Punch bx: today, from the margin.
Impression: probable calciphylaxis R flank, histology to confirm.
"""),
("2025-03-04", "Nephrology HD Unit Note", """
HD UNIT - nephrology note

Bx 2/18 of the R flank: calciphylaxis (calcified arterioles, thrombosis, von Kossa +).
STS 25 g post-HD started 2/25. Binder switched to sevelamer; calcitriol held; PTH 690 ->
cinacalcet 30 mg.
Derm comment: the lesion is outside her injection region, which stays around the navel.
Weight 94 kg, no height recorded; obese on exam.
Plan: wound care per clinic; low-dose hydromorphone for pain; recheck labs in 2 weeks.
Insulin unchanged; she continues to inject around the navel only.
"""),
]}

E13 = {"patient_id": "E13", "age": 57, "sex": "F", "notes": [
("2017-09-12", "Anticoagulation Clinic - Pharmacist ADR Note", """
ANTICOAGULATION CLINIC (pharmacist-led) - ADR documentation

57F on warfarin since 2014 for recurrent DVT; INR today 2.6. Not diabetic. Kidneys
fine (creat 0.8 mg/dL, eGFR 78). BMI 43.2 (class III obesity).
Derm dx 9/5: non-uremic calciphylaxis, biopsy-proven, on both medial thighs - large painful
necrotic plaques that started in late August. Warfarin suspected as a contributor ->
MedWatch filed today.
Pt denies any injections, falls or knocks, and says nothing hot or cold has been put on her
thighs; no tight garments. She has never used insulin.
Plan agreed with hematology: stop warfarin; should LMWH bridging ever be needed, any
enoxaparin would be injected in the belly, never the thighs; avoid heating pads on the legs.
"""),
("2017-10-03", "Hematology Clinic", """
HEMATOLOGY F/U

Warfarin stopped 9/13; apixaban 5 mg BID started without bridging.
Wound clinic is following the thigh wounds: debrided twice, now clean-based, no new lesions.
Again she recalls no injury to her legs whatsoever. No enoxaparin has been given.
Vitals: BP 132/78, wt 121 kg, BMI 43.0.
Thrombophilia work-up: protein C and S normal, lupus anticoagulant negative.
Plan: apixaban indefinitely; derm and wound clinic to continue; RTC 3 months. MedWatch
follow-up sent by the anticoagulation pharmacist with the dechallenge information.
"""),
]}

E14 = {"patient_id": "E14", "age": 68, "sex": "M", "notes": [
("2021-11-22", "VAERS Report (HD Unit Nurse)", """
VAERS REPORT - entered by the HD unit charge nurse

68 M, ESRD on HD, T2DM (linagliptin), CAD.
Vaccine: COVID-19 mRNA booster, IM, L deltoid, given in the HD unit on 11/15/2021.
Adverse event: 11/17 a red, warm, tender lump of 5 cm at the L upper arm injection site;
temp 37.9. No pus.
Relevant history: calciphylaxis of both calves (confirmed by biopsy) since June 2021, on
treatment; pt worried the arm lump is "the same thing".
Treatment: cool compresses to the arm, acetaminophen.
Outcome: improving.
"""),
("2021-11-30", "Dermatology Clinic", """
DERM F/U - calciphylaxis + new arm lump

Calves, bilateral: known calciphylaxis ulcers, R 4x3 cm, L 2x2 cm, granulating,
less slough.
L upper arm: 3 cm faded pink soft swelling at the deltoid injection site; non-tender, no
purpura, eschar or livedo. Resolving local reaction to the vaccine. Not calciphylaxis;
no biopsy needed.
No trauma to the calves reported: no falls, no compression stockings, no leg injections.
Plan: continue STS with HD; wound clinic; further vaccine doses are fine, use the L arm
again (AVF on the right).
"""),
("2021-12-14", "Pharmacist Vaccine Safety Follow-up", """
VAERS FOLLOW-UP - pharmacist call

Arm swelling fully gone by 11/28 per pt. Outcome updated: recovered.
Pt reassured. The calciphylaxis of his legs is unrelated to the booster: it began in June
2021, months before the dose, and there was never anything on the arm but the passing
reaction. Calf wounds still dressed at the wound clinic twice a week; he is tolerating the
thiosulfate with dialysis.
Weight 80 kg, BMI 27.5. Never on insulin; no warfarin.
Follow-up report submitted; no further action from the vaccine safety side.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
