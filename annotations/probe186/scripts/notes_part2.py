"""probe186 corpus notes, F08-F14 (community mental health, depot and clozapine clinics, crisis
team, and the renal, skin and wound clinics around them; all people, places and wording invented)."""

F08 = {"patient_id": "F08", "age": 61, "sex": "F", "notes": [
("2024-12-03", "Clozapine Clinic Note", """
CLOZAPINE CLINIC - monthly physical health check
Clozapine 250mg/day, ANC 4.4 (venous, 12/2). Weekly -> monthly monitoring since 2019.
Main complaint: constipation with crampy lower belly pain. BMs every 3-4 days.
Since Thanksgiving she has gone to bed every night with a hot water bottle clutched
to her lower tummy "to settle the cramps", sometimes refilled at 3am.
Bowel regimen increased: senna 17.2mg nocte + PEG daily; docusate stopped (useless).
Advised not to fill the bottle from the kettle and to keep a cover/towel on it.
Screening: BP 138/84, wt 99.5kg, BMI 38.7. A1c 8.2 - insulin glargine + lispro,
pens alternated between her two upper arms, posterior aspect. On HD Mon/Wed/Fri.
MSE: settled, chronic negative sx, no AH, no SI.
Next clinic 12/31 (holiday, moved to 1/2).
"""),
("2025-01-14", "Nephrology HD Rounding Note", """
HD ROUNDS - Brookvale Dialysis Ctr
61F ESRD (diabetic nephropathy), MWF dialysis through a tunnelled line (R IJ), used
until her new left-arm AVF is ready. Schizophrenia on clozapine.
New: very painful hard area below the navel since New Year's Day, getting darker.
Exam: infraumbilical abdomen, 8x5cm indurated plaque, violaceous, netted purpura
round its rim and a dusky grey centre of 2cm. No warmth, no discharge.
She tells me it is exactly where she has rested the hot water bottle every night since
late November; the plaque matches the shape of the bottle. Local heat injury has very
likely set off calciphylaxis in an at-risk pt.
Bloods: Ca 10.4 (H), PO4 7.9 (H), PTH 690, alb 3.2.
Plan: hot water bottle to go; derm to biopsy this week; STS with each run from Weds.
"""),
("2025-01-28", "Wound Clinic Note", """
Outpatient wound clinic - initial visit

Referral: calciphylaxis, lower abdomen, biopsy 1/17/25 (derm) confirmed the diagnosis.
Wound: lower abdomen below umbilicus, 85x55mm, black eschar roughly two-thirds, remainder yellow slough,
minimal serous exudate, periwound violaceous and indurated, no odour.
Dressing change pain 8/10 - hydromorphone beforehand as palliative advised.
Care: cleansed with saline, eschar left intact (dry), cadexomer iodine on slough, bordered
silicone foam. Change 3x/wk on dialysis days by unit RN.
Pt reminded: nothing warm or hot near the area, ever. Wt 97.9kg -> BMI 38.2.
Insulin pen sites checked: backs of both arms, no problems. Return 2 wks.
"""),
]}

F09 = {"patient_id": "F09", "age": 55, "sex": "M", "notes": [
("2020-02-18", "LAI Clinic Note", """
DEPOT CLINIC  -  Northgate CMHT
55M schizoaffective disorder, bipolar type. Aristada (aripiprazole lauroxil) 882mg IM q4wk.
Given today 2/18/20, L deltoid, 21G 1in. He will only accept the L arm - right-handed,
refuses gluteal ("not dropping my trousers for anyone"). All doses since 2018 in the L deltoid.
Site inspection: L deltoid - no lump, no bruising.
BP 142/88, HR 76. Wt 96.0kg.
Engagement good; attends clubhouse 3 days/wk. Mood stable, no psychotic sx reported, denies SI.
Physical: HD Tue-Thu-Sat; mechanical MV prosthesis -> warfarin lifelong, INR checked at dialysis.
Next depot 3/17/20.
"""),
("2020-04-07", "Nephrology Note", """
Nephrology - monthly HD clinic review
55M ESRD from IgA nephropathy; dialysing TTS, L forearm AVF. Mechanical MVR, warfarin, INR 3.1.
Since late March: sore, purple patch, R upper arm (outer side); now a hard black spot in the middle.
Exam: R upper arm laterally, level of mid-humerus, indurated violaceous plaque 35x30mm, livedoid
edge, 8mm central eschar. L arm: AVF thrill good, deltoid area normal.
Bloods: Ca 9.7 / phosphate 6.9 / PTH 520.
A: probable calciphylaxis (warfarin + ESRD). P: derm bx, STS, discuss anticoagulation with
cardiology (valve - warfarin likely must continue).
"""),
("2020-04-28", "Dermatology Note", """
DERMATOLOGY - results and follow up

Bx 4/14/20 R upper arm: calciphylaxis (path: vessel-wall calcium, clot, necrotic fat).
Exam: plaque on the lateral R upper arm now 4x3cm, eschar stable. No lesions on thighs,
trunk or L arm.
Trauma hx: he denies any knock, burn, or injection to the R arm - every depot he has
had went into the L deltoid. Nothing else recalled.
Plan: STS continues, wound care weekly, gabapentin 100mg after each HD.
Weight 95.5kg, BMI 29.9 (overweight). Not diabetic.
"""),
]}

F10 = {"patient_id": "F10", "age": 48, "sex": "F", "notes": [
("2021-05-11", "LAI Clinic Note", """
LAI clinic - Perseris (risperidone ER SC) 90mg monthly
48F schizophrenia. Started Perseris January 2021, always given SC into the R lower
abdomen at her request (her own insulin goes into the L half of her abdomen and the thighs).
Today 05/11/2021: 90mg SC R lower abdomen, 4cm below and right of umbilicus.
Prior site inspected: small nontender lump, resolving.
BP 150/92, wt 121.5kg, BMI 42.1.
Diabetes: T2DM on insulin (glargine + aspart). HD MWF.
MSE: calm, brighter, hallucinations "way down", denies SI.
Next due 6/8/21. Reminder text set.          - C. Duarte RN
"""),
("2021-06-29", "Dialysis Nursing Note", """
HD nursing - chair 6, MWF first shift

Pt complaining of severe pain in her right side "above the hip bone" for ~10 days,
can't lie on it at night. Assessed: R posterolateral flank, above the iliac
crest, 6x4cm hard mottled purple area with a central dark grey patch. Not warm.
T 37.0, BP 158/90. Pre wt 120.8kg.
Abdomen: no marks or lesions at the depot area or insulin sites.
MD notified (Dr Osei) - suspects calciphylaxis, derm referral urgent, bx to be arranged.
Pt tearful; CMHT care coordinator informed with consent.
"""),
("2021-07-13", "Dermatology Note", """
Dermatology - biopsy result + plan

Punch bx R flank 7/2/21: calcium encrusting the arteriolar walls of the subcutis,
lumens thrombosed; fat necrosis in the lobules and septa alike. Diagnosis = calciphylaxis of the R flank.
Exam: lesion on the R posterior flank, behind the midaxillary line, 65x40mm, eschar
forming. The nearest injection site (her monthly risperidone, lower abdomen) is
~15cm away anteriorly; the abdomen itself is clear.
Sharp debridement of loose eschar edge done today, tolerated with topical lidocaine.
Dressing: calcium alginate + foam, tape-free wrap.
Plan: STS 3x a week at HD, cinacalcet, dietitian. BMI 42.1.
"""),
]}

F11 = {"patient_id": "F11", "age": 39, "sex": "F", "notes": [
("2023-05-23", "PD Clinic Note", """
RENAL - PD clinic review
39F ESRD 2/2 lupus nephritis, cycler PD nightly; bipolar I under CMHT; antiphospholipid
syndrome on warfarin (INR 2.8). Not diabetic.
Onset first wk of May: painful lump L calf, lacy purple skin now spreading round it.
Exam: L posterior calf, mid-belly of gastrocnemius, 3cm firm tender nodule, surrounding
livedo 6x5cm, no ulceration yet. No calf swelling; venous duplex last wk: no DVT.
DDx: calciphylaxis / lupus panniculitis / APS vasculopathy.
Plan: derm bx this week; hold calcium binder; phosphate 7.0 - dietitian.
Wt 58.2kg; BMI 22.0.
"""),
("2023-06-06", "Dermatology Note", """
Dermatology

Bx L calf 5/26/23 (deep incisional): mineralised small-vessel walls, thrombus, fat necrosis;
no interface change or lobular lymphocytes to suggest lupus panniculitis.
Diagnosis: calciphylaxis, L posterior calf.
Now a 2cm shallow ulcer where the bx was taken, spreading from the centre, eschar at one edge.
Plan: non-adherent dressing + light wrap daily by pt/partner; STS via PD team;
warfarin to continue for APS per haematology (no safe alternative).
Psych aware; mood currently elevated per partner - CMHT asked to review this week.
Pt tearful about the diagnosis; leaflet and support group details given.
"""),
("2023-06-21", "Crisis Team Home Visit", """
CRISIS TEAM - home visit, 10:15

Referred by CMHT: escalating mania x 1 wk - sleeping 2-3 h, pressured, overspending.
Last night (6/20) during an argument she kicked the bedroom door and struck her L calf
on the frame; fresh bruise and a small abrasion just below the existing calf dressing,
which is still on and dry.
MSE: elated, pressured speech, flight of ideas, grandiose about a business plan,
no psychotic features elicited, denies SI/HI. Insight poor. Partner present and supportive.
Plan: quetiapine restarted 100mg tonight, daily crisis visits, PD team informed
re: calf, lithium NOT an option (ESRD). Review Friday with Dr Hale.
"""),
]}

F12 = {"patient_id": "F12", "age": 63, "sex": "M", "notes": [
("2018-09-18", "Depot Clinic Note", """
Depot clinic - fluphenazine decanoate
63M chronic schizophrenia, fluphenazine decanoate 25mg IM q2wk, alternating buttocks.
Given 9/18/18 L dorsogluteal, Z-track, tolerated. Last dose R side 9/4.
Asked about the dressing on his belly: says the "dialysis doctors" took a piece of skin
from a sore on the right of his tummy 2 weeks ago and he has a nurse for it.
Also injects his own insulin (NPH bid) into both thighs.
BP 146/80, wt 146kg, BMI 45.3. Never on warfarin per med rec.
MSE: flat, chronic delusions unchanged, no SI.
Next depot 10/2/18.
"""),
("2018-10-09", "Wound Clinic Note", """
WOUND CLINIC
Dx: R pannus calciphylaxis, bx-proven (punch bx 9/4/18). On HD.
Wound (R side of the pannus, lower abdomen): 9x6cm, about 60% adherent black eschar, rest slough,
mod serous exudate, periwound purpura + induration, no cellulitis.
Procedure: slough at the inferior margin removed by CSWD with a curette,
minimal bleeding, stopped with pressure.
Dressing: calcium alginate + ABD pad held on with silicone tape; pannus lifted with a
soft sling to keep it off the thighs.
Pain 6/10 during procedure, 3 after. Return 1 week. BMI 44.8.
"""),
("2018-11-06", "Nephrology Clinic Note", """
Nephrology follow-up
63M. Renal: ESRD due to his diabetes; chair 9 at Westmere unit, Tu/Th/Sa mornings. NPH
insulin twice a day.
Calciphylaxis R lower abdomen since early August 2018, biopsy-confirmed 9/4.
Progress: eschar lifting at edges after debridement, no new lesions, thighs clear.
PTH 410; phosphate improved at 5.6; calcium 9.2.
Plan: STS 25g every session; cinacalcet; sevelamer only; wound clinic weekly;
psychiatry informed and keeps depot in the buttocks.
Discussed goals of care with him and his sister; wishes to continue full treatment.
Next review 4 wks, sooner if fever, new lesions or the pannus wound smells.
"""),
]}

F13 = {"patient_id": "F13", "age": 50, "sex": "F", "notes": [
("2022-03-15", "Clozapine Clinic Note", """
Clozapine clinic - routine
50F treatment-resistant schizophrenia; clozapine 400mg/day oral; ANC 3.2 (3/14).
She mentions painful "bruises" on both thighs, inner side, about 3 weeks now.
Asked carefully: no falls, no knocks, no heat pads or ice, nothing tight, and no injections
to her legs - she has never had a depot. Lives alone, walks with a stick.
Brief look with chaperone: both medial thighs - dusky purple mottled patches, firm,
very tender, one with a dark centre on the L.
On HD (renal team). Obese. Not diabetic.
Plan: same-day call to nephrology; clozapine unchanged.
"""),
("2022-03-29", "Dermatology Note", """
DERMATOLOGY - new pt
Bilateral medial thigh lesions x ~5 wks in a pt on HD.
Exam: both medial thighs, 3 plaques (L 6x4, L 2x2, R 5x3cm), violaceous, indurated,
retiform margin, L largest with 1cm eschar.
Bx L medial thigh today; path by phone 3/31 - calciphylaxis, confirmed.
No trauma history to these areas.
Advice: avoid heat, cold or tight garments on the thighs; if her psychiatrists ever move
her to a long-acting injection, please use the deltoid rather than the gluteal or thigh.
Warfarin had been discussed for her AF last year and never started - please keep it that way.
"""),
("2022-04-12", "Psychiatry Outpatient Note", """
Psychiatry OP - Dr Ferreira

Reviewed jointly with CPN. Calciphylaxis of thighs diagnosed by derm (bx 3/29).
We had planned to move her from oral clozapine to paliperidone LAI next month because of
missed doses; plan now deferred given her skin - will instead use supervised dosing via
the pharmacy blister and CPN visits. No injection to be given for now.
MSE: quieter, some paranoid ideas about neighbours, no SI, no command AH.
Weight: obese, not weighed today (clinic scale broken).
Plan: continue clozapine 400mg, ANC monthly, liaise with renal palliative team.
"""),
]}

F14 = {"patient_id": "F14", "age": 57, "sex": "M", "notes": [
("2022-08-09", "LAI Clinic Note", """
LAI CLINIC - Invega Trinza (paliperidone palmitate 3-monthly) 819mg IM
57M schizophrenia, stable 4 yrs. Given 8/9/22 into L dorsogluteal (pt preference, L only).
Noted: firm lump ~3cm at the L upper outer buttock from the May dose, slightly warm,
tender. Gave today's dose well away from it and asked physical health NP to review.
Also: small blister on tip of R index finger - says he dropped a lit cigarette on it
last week. Smokes 30/day.
BP 144/84, wt 104kg, BMI 31.0.
On HD, T2DM on insulin (abdomen). Warfarin was stopped in 2019 after his AF ablation.
MSE: euthymic, no AH/VH, no SI.
"""),
("2022-08-23", "Dermatology Note", """
Dermatology consult

1) Bilateral shins: painful necrotic ulcers with surrounding livedo, R 4x3cm, L 3x3cm,
since June. Bx L shin 8/12/22 showed arteriolar calcification + thrombi in the fat
-> calciphylaxis, confirmed.
2) L upper outer buttock, at the depot injection site: 3cm fluctuant tender nodule =
injection-site sterile abscess; not calciphylaxis. Aspirated 4 mL, culture pending.
3) R index fingertip: healing cigarette burn with a dry crust - again not calciphylaxis.
Shins: he recalls no trauma there; denies bumps, burns, or tight socks.
Plan: STS via dialysis, wound care to shins, depot to the R side or deltoid in future.
"""),
("2022-09-20", "Wound Clinic Note", """
Wound clinic - weekly
Calciphylaxis, bilateral anterior lower legs (bx-proven 8/12/22).
Shin measurements: R 45x30mm, L 30x35mm; black eschar both, thin rim of slough, scant exudate,
periwound livedo unchanged.
Care: cleanse, leave eschar dry, cadexomer iodine to rims, foam, no compression (ABI 0.7).
L buttock abscess: culture no growth, resolved on exam today.
Pain 5/10 with tramadol post-HD. He is managing dressings at home between visits with
help from his brother; supplies ordered.
Return 1 wk. Weight 103kg, BMI 30.7.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
