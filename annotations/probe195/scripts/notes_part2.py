"""probe195 corpus notes, C08-C14 (peritoneal dialysis training and follow-up unit and the clinics
around it; every person, place and sentence invented)."""

C08 = {"patient_id": "C08", "age": 63, "sex": "F", "notes": [
("2021-09-21", "PD Training Completion Summary", """
PD TRAINING - COMPLETION SUMMARY       21-Sep-2021
63F, ESRD (diabetic nephropathy). Tenckhoff placed 8/24/21; CAPD training from 9/13,
7 sessions. Signed off as competent: exchanges, exit-site care, logbook, recognising
peritonitis, what to do with a leak or a disconnect.
Backup: husband Ray, attended 4 of 7 days.
Insulin: NPH 18 u twice daily. Since early Sept her belly has been too sore around the
new catheter, so Ray gives every dose posteriorly in an upper arm, switching
sides each time - both arms used, L then R. Rotation chart given to him.
BP 132/76   wt 71.4kg   BMI 27.3
No warfarin, no other anticoagulant.
Plan: first home visit in 2 wks, clinic in 1 month, PET test at 6 wks.
Pt says she feels "ready but nervous".
"""),
("2022-01-18", "Nephrology PD Clinic", """
PD CLINIC - nephrology    Jan 18 2022
S: Painful lump, R arm posteriorly, x 2 wks, getting harder; now a dark scab.
Husband thinks it's "a bad bruise". No fever, no chills.
O: 130/74, 70.9kg.
R posterior upper arm: 4x3cm indurated violaceous plaque; eschar in the centre (1cm);
retiform edge. Tender +++. L arm: a few small fading marks, no plaque.
Labs: cCa 9.5, phos 6.7, PTH 488, HbA1c 7.9
Effluent clear, UF OK; last month's Kt/V 1.9.
Impression: ?calciphylaxis - needs biopsy.
Plan: derm urgent; hold calcitriol; pain control; ask Ray to use the thighs for insulin
in the meantime.
"""),
("2022-02-01", "Dermatology Consult", """
Dermatology consultation
63F on CAPD, insulin-treated T2DM, BMI 27.1, never on warfarin.
Punch bx 1/25/22 R posterior upper arm: hypodermal arterioles show mural calcium and
thrombus, with fat necrosis nearby. Calciphylaxis.
History: husband has injected her NPH into both posterior upper arms since September; the R
posterior arm lesion began around Jan 4, two weeks before her clinic visit.
Exam: plaque 4.5x3cm, R posterior upper arm, eschar on it. The left arm injection zone
shows no purpura or induration.
Impression: calciphylaxis, R posterior upper arm, right where Ray's insulin needle goes.
Plan: no injections into either arm; STS via renal; calcium-free binder; wound RN.
"""),
]}

C09 = {"patient_id": "C09", "age": 64, "sex": "M", "notes": [
("2024-01-08", "PD Home Visit", """
PD HOME VISIT - routine (month 3 on APD)
Apartment 4th floor, lift works. Cycler on a bedside table, supplies in hall closet.
Observed set-up: correct, a little slow clamping.
Insulin: glargine 30 u at night + aspart with meals. Every injection goes into his LEFT anterior
thigh - says the right leg is "my bad leg" since a childhood fracture and he
never uses it. Abdomen avoided for the catheter. Sites L thigh: mild lumpiness, no bruising.
BP 156/90  HR 80  wt 118.5kg  BMI 38.2 (obese class 2)
Exit site: clean. Effluent clear.
Hypo log: none this month.
Plan: rotation within the L thigh reviewed; diabetic educator referral; clinic 2/27.
PMH: ESRD (diabetic nephropathy), T2DM, OSA, gout. No warfarin.
"""),
("2024-02-27", "Nephrology PD Clinic", """
Nephrology PD clinic    02/27/2024
S: Painful hard area, R outer thigh, since 2/10. Denies any knock, fall or
injection there.
O: BP 150/88, wt 117.9kg
R lateral thigh: plaque 7x5cm, indurated, purple net-like border, central dusky area,
early eschar. Tender. L thigh: no plaque.
Labs: cCa 9.9, P 7.0, PTH 650, alb 3.3
A: suspected calciphylaxis, R lateral thigh.
P: derm bx; calcium acetate stopped; cinacalcet begun; insulin can stay in the L thigh for now.
PD: APD 5 cycles overnight, effluent clear, no peritonitis so far. Logbook brought, tidy.
He is frightened by the look of it; explained why tissue is needed before treatment.
"""),
("2024-03-12", "Dermatology Consult", """
DERMATOLOGY
Bx 3/5/24, R lateral thigh (deep punch): small-vessel walls calcified, clot,
necrotic fat - calciphylaxis confirmed.
Exam: R lateral thigh plaque 7.5x5cm with 2 cm eschar. L anterior thigh, where all
his insulin goes: some lipohypertrophy, but no purpura and no induration.
He has never injected into the right leg and recalls no injury to it.
Dx: calciphylaxis, R lateral thigh.
RF: ESRD on APD, insulin-requiring diabetes, obesity (BMI 37.9).
Plan: STS per nephrology; foam dressing; pain team referral; follow-up 3 wks.
"""),
]}

C10 = {"patient_id": "C10", "age": 70, "sex": "F", "notes": [
("2024-05-21", "Nephrology PD Clinic", """
PD CLINIC   21 May 2024
70F, ESRD (chronic GN), CAPD 3 yrs. Mechanical MVR, warfarin-anticoagulated (valve wants INR near 3).
S: sore, L shin (front), since early May, started as a purple spot, now open
and black in the middle. Denies bumping it or any other injury.
O: BP 128/70   wt 66.8kg   BMI=26.0
Skin:
L anterior shin: ulcer of 2.5cm, black eschar base, surrounding livedo 6 cm. DP/PT
palpable. Right leg unremarkable.
Labs: INR 3.1, cCa 9.8, PO4 6.5, PTH 390
A: calciphylaxis suspected (warfarin, F, hyperphosphatemia). Not diabetic.
P: derm punch bx arranged for 5/23; vit K2 discussion; keep warfarin - valve.
"""),
("2024-06-04", "Dermatology", """
Dermatology - result + follow-up
Punch biopsy L anterior shin 5/23/24: subcutaneous arterioles, calcified
walls, thrombi, fat necrosis. Calciphylaxis.
Ulcer today 3x2.5cm, eschar dry, no cellulitis.
Anticoagulation: the mechanical valve means warfarin stays (cardiology agrees);
apixaban not an option.
Dx: calciphylaxis L anterior shin.
Plan:
- STS 3x weekly via renal
- non-adherent dressing, PD RN to check on home visits
- cushion the shin from knocks
- review 4 weeks
Pain 6/10, worse with the leg dependent; tramadol avoided; acetaminophen, and gabapentin
100 mg once the evening bag is in. Talked through thiosulfate side effects (nausea,
salty taste). She and her son understand the outlook is guarded.
"""),
("2024-06-24", "PD Home Visit", """
PD HOME VISIT - RN
Dressing + technique check.
Pt says on 6/19, getting up in the dark to silence a cycler alarm, she cracked her L shin
against a corner of the cycler cart. New bruise ~6 cm around the existing ulcer.
Ulcer 3.5x2.5cm (slightly bigger), eschar intact, some serous ooze, no pus.
Dressing redone. Cart relocated beyond the headboard; night light installed.
BP 124/68, wt 66.1kg. Exit site clean. INR yesterday 2.9.
Log: 4 bags a day, none missed; UF fine. Pain manageable on acetaminophen.
Reported to Dr Osei.
"""),
]}

C11 = {"patient_id": "C11", "age": 58, "sex": "M", "notes": [
("2025-02-25", "PD Clinic RN Note", """
PD CLINIC - RN assessment   2/25/25
58M, APD 18 months, ESRD (diabetic nephropathy), T2DM on insulin.
Pt c/o R buttock pain since Valentine's Day, a spot he likens to "a coal under
me". No fever.
Inspected: R buttock, violaceous 5cm plaque, black necrotic centre and a
lacy purple rim.
Insulin: glargine 40u nightly + lispro per scale; all injected into the abdomen, rotating.
BP 160/94  wt 131.2kg  BMI 41.0 (morbid obesity)
Exit site clean; effluent clear.
Dr Haddad notified - ?calciphylaxis; derm procedure slot booked for next Tuesday.
"""),
("2025-03-04", "Dermatology Procedure Note", """
DERMATOLOGY PROCEDURE NOTE
Indication: 58M on cycler PD, painful necrotic R buttock plaque for 2.5 weeks, suspected
calciphylaxis. Not anticoagulated; plt 240, INR 1.0.
Procedure: punch biopsy x 2 (6 mm), edge of R buttock plaque.
Time-out done. Consent signed. Site cleaned, 1% lidocaine with epinephrine.
Two cores from the lateral and medial margin of the plaque, reaching fat. Haemostasis with pressure, one 4-0 suture each.
Specimens to pathology: ?calciphylaxis, request von Kossa.
Lesion: R buttock 5.5x5cm plaque, eschar 2 cm.
Patient tolerated the procedure well.
Aftercare: petrolatum + dressing, keep dry 24 h, suture removal 10-14 days.
Results to Dr Haddad and the PD unit; wound clinic referral sent the same day.
"""),
("2025-03-18", "Wound Care Clinic", """
WOUND CARE CLINIC
Path (3/4): subcutis arterioles calcific + thrombosed; necrotic fat -
calciphylaxis.
Wound R buttock: 6x5cm; eschar black ~60%, slough yellow ~40%; edges violaceous,
moderate serous drainage. Biopsy sutures removed.
Loose slough removed by sharp debridement, chairside; scant bleeding.
Dressing: Ca alginate, bordered hydrocolloid, edges secured with paper tape.
Pain 7/10 before, 5/10 after.
Off-loading: pressure-redistributing cushion ordered.
Plan: weekly visits; STS ongoing via nephrology.
Taught wife the dressing change with return demo; she managed it well. Signs of
infection (spreading redness, fever, smell) explained; call the PD unit line.
"""),
("2025-04-15", "PD Home Visit", """
PD HOME VISIT
Wife doing the buttock dressings every 2 days; wound R buttock 5.5x4.5cm, eschar
softening, no odour.
Cycler: 5 cycles, 10 h, last fill 1 L icodextrin. UF ~ 900/night.
Insulin still into the abdomen, rotating L and R, no lumps.
Exit site: clean, no crust.
BP 150/88  wt 129.8kg  BMI 40.6
No falls. Sleeping on his L side.
Eating better per wife; albumin 3.2 last week. Glucose log 6-13.
Gel cushion in use on the recliner. Pain 4/10, oxycodone only before dressings.
Next PD clinic 5/6.
"""),
]}

C12 = {"patient_id": "C12", "age": 55, "sex": "F", "notes": [
("2022-05-10", "Nephrology PD Clinic", """
Nephrology PD clinic    5/10/22
55F, ESRD (lupus nephritis, burnt out), CAPD since 2019. PE in 2020 -> on warfarin.
Problem list: obesity; prediabetes, A1c 6.1, untreated; HTN.
S: 3 wks of sore purple mottling and two sores, both calves.
Denies falls, bumps, scratches, heating pads, ice, or any shots into the legs.
O: BP 142/86, wt 78.5kg, BMI 29.4.
Both calves: livedo racemosa, 2 ulcers with black bases (right 2cm, left 1.5cm).
Labs: INR 2.6, cCa 9.9, phos 6.9, PTH 510.
A: possible calciphylaxis.
P: warfarin stopped today -> apixaban; derm bx; binder change.
"""),
("2022-05-24", "Dermatology", """
DERMATOLOGY - biopsy review visit
Punch bx 5/17/22 L medial calf: calcified subcutaneous small vessels, thrombi, septal
panniculitis with necrosis. Reported as calciphylaxis.
Exam: bilateral calves, livedo and 2 ulcers unchanged in size; eschars dry.
Counselled: heating pads, hot baths and ice are all off limits for the legs; compression
wraps wait for the arterial studies; any future anticoagulant injections must avoid
the legs.
Warfarin off since 5/10 (apixaban now).
ABI ordered; pain 7/10 at night, gabapentin 100 mg added after the last exchange.
Plan: STS via renal; wound care; review 3 weeks.
"""),
("2022-06-07", "PD Unit Note", """
PD UNIT - clinic visit RN note
Routine visit. Leg wounds dressed by home health 3x/wk.
Upcoming: cholecystectomy being considered by surgery. If she is admitted, enoxaparin
shots are to go in the arms and never the legs (flag added to the chart).
Hep B booster due - to be given at next visit in the L deltoid.
Technique check passed; exit site clean.
Bags draining clear.  BP 138/84  wt 78.0kg  BMI 29.4
Calf ulcers per home health: stable, no infection.
No new skin lesions elsewhere.
"""),
]}

C13 = {"patient_id": "C13", "age": 62, "sex": "M", "notes": [
("2023-03-02", "Operative Note - Left Inguinal Hernia Repair", """
OPERATIVE NOTE   03/02/2023
Patient on PD with a symptomatic L inguinal hernia, enlarged since starting dialysis.
Procedure: L inguinal herniorrhaphy, open, lightweight mesh (Lichtenstein).
Anaesthesia: spinal.
Incision: 6 cm oblique L groin incision above the inguinal ligament.
Findings: indirect sac, opened and ligated; no bowel compromise; PD catheter not
disturbed.
Closure: absorbable subcuticular, skin glue.
EBL < 20 mL. No complications.
PD plan: supine low-volume cycler exchanges for 2 weeks, then back to full fills.
PMH: ESRD (IgA), T2DM on semaglutide (no insulin), obesity BMI 33.4, HTN.
"""),
("2023-04-25", "Nephrology PD Clinic", """
PD clinic    4/25/23
S: painful hard patch, L upper inner thigh, since mid-April. Groin wound
from the hernia repair is fine, no pain there.
O: BP 148/82, wt 104.0kg, BMI 33.4
L upper medial thigh: indurated violaceous plaque 5x4cm, livedo edge, small central
eschar. Groin incision healed, flat scar. Cycler fills back to 2 L, no leak.
Labs: cCa 10.0, P 6.6, PTH 720.
A: concern for calciphylaxis of the thigh.
P: derm for bx; cinacalcet start; stop calcitriol.
Wants to keep working (bus depot dispatcher); sitting all shift aggravates nothing
in particular. Semaglutide continued; weight down 3 kg since March.
"""),
("2023-05-09", "Dermatology Consult", """
DERMATOLOGY CONSULT
Biopsy 5/2/23 (L upper medial thigh): subcutaneous arterioles calcified (von Kossa)
and thrombosed; necrosis of fat. Calciphylaxis.
Exam: plaque on the upper medial L thigh, 5x4.5cm, eschar 1 cm. Its upper edge is
about 5 cm below the inguinal crease and clearly separate from the healed hernia scar in
the L groin, which is soft, flat and not involved.
No other lesions.
Dx: calciphylaxis, L medial thigh.
RF: ESRD on PD, type 2 diabetes (no insulin), obese BMI 33.4, no warfarin.
Plan: STS; dressing; follow-up 3 wks; surgery aware.
"""),
]}

C14 = {"patient_id": "C14", "age": 49, "sex": "F", "notes": [
("2021-07-13", "PD Home Visit", """
PD HOME VISIT - RN
Found dialysate bags being heated in the microwave. On 7/10 she rested an overheated bag
on her lap: blister 4x3cm on the L anterior thigh, now deroofed, pink base, healing.
Burn care taught; microwave warming stopped; heater pad for bags demonstrated.
Exit site (R lower abdomen): redness 1 cm, yellow crust, tender. Swab sent.
Insulin: degludec 36 u daily into the abdomen, L side and around, rotating.
BP 150/92, wt 96.1kg, BMI 35.2
PMH: ESRD (DM nephropathy), CAPD from 2020, T2DM, obesity, depression.
No anticoagulants.
Plan: MD to review swab; revisit 1 week.
"""),
("2021-08-03", "Nephrology PD Clinic", """
Nephrology PD clinic  Aug 3 2021
S: since late July, painful dark patches under both breasts. Thigh burn nearly healed.
Exit-site swab grew MSSA - finishing cephalexin.
O: BP 148/90, wt 95.4kg.
Lower poles of both breasts: dusky violaceous plaques, R 6x4cm, L 5x3cm, livedo
edges, firm, very tender. L anterior thigh: pink healed skin, no induration.
Exit site: crust gone, small granulation bud.
Labs: PTH 810 | cCa 9.6 | phosphate 7.3 | alb 3.1
A: breast plaques - suspected calciphylaxis. Thigh = burn, healing.
P: derm urgent bx; silver nitrate to exit-site granulation.
"""),
("2021-08-17", "Dermatology Consult", """
DERMATOLOGY
Bx 8/10/21 L inferior breast: calcific vessel walls, hypodermis (confirmed by von Kossa);
thrombi; necrotic fat. Diagnosis: calciphylaxis of both breasts.
The L thigh mark is a healed superficial thermal burn from a hot dialysate bag and is
not calciphylaxis. The exit site shows granulation tissue after an infection, also not
calciphylaxis. Insulin sites on the abdomen: no plaques.
Breasts: no injury, no pressure points reported.
RF: PD-dependent ESRD; T2DM needing insulin; BMI 35.2.
Plan: STS via nephrology; foam dressings held with a loose tubular vest; 2 weeks.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
