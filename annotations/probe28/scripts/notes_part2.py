"""probe28 corpus notes, R08-R14 (palliative care and hospice; all invented)."""

R08 = {"patient_id": "R08", "age": 55, "sex": "F", "notes": [
("2024-06-20", "Palliative Care Consult (Telehealth)", """
Palliative Care - video visit. Pt at home, sister Yolanda assisting w/ camera.
55 yo F. Dialysis-dependent ESRD (HD at Riverside, Mon-Wed-Fri), alcohol-related cirrhosis Child C - not a transplant candidate, T2DM on linagliptin only (no insulin), paroxysmal AF on warfarin.
Reason: pain under L breast.
Story: about 2 months ago she started wearing a new underwire bra, "a size too small but it was on sale", and wore it daily; it dug a red line under the left breast. 5 days ago that line turned into a very painful hard purple streak, and today a 2 cm black spot sits in the middle of it. Pain 9/10, "like a burn that won't stop". She has stopped wearing the bra.
On camera: L inframammary fold / underside of L breast, 8 cm linear violaceous plaque with central dark necrosis and net-like purple skin around it. R breast unremarkable.
Wt 104 kg, BMI 38.7.
Impression: strongly suspect calciphylaxis (HD, warfarin, obesity, trauma from the bra wire). Asked nephrology to arrange biopsy at the unit; warfarin question sent to cardiology.
Plan: hydromorphone 1 mg PO every 4 hours if needed, soft cotton camisole, no wire.
"""),
("2024-06-27", "Symptom Management Note", """
SYMPTOM F/U - phone
Bx from 6/24 back: calciphylaxis, biopsy-proven (calcified dermal/subcut vessels, fat necrosis). Derm called pt w/ results.
Pain now 6/10 w/ hydromorphone ~5 doses/day. Itching from opioid - add low dose hydroxyzine? defer, try switching to oxycodone first.
Warfarin stopped 6/25 by cardiology, on apixaban now.
Pt tearful: "so it's the kidneys and the bra both". Explained - the wire pressure was the spot, the kidney disease is the reason. 
Pt asks about hospice - has been thinking about stopping HD since the cirrhosis got worse. Hospice info visit arranged.
"""),
("2024-07-08", "Hospice Admission Note", """
HOSPICE ADMISSION - Riverbend Hospice
Primary dx: end stage liver disease. Secondary: ESRD (pt continuing HD for now; will reassess), calciphylaxis of L breast.
PPS 40%. Ascites, tapped q2wk (last 7/2). Jaundiced.
Skin: L breast under-surface wound 9 x 3 cm, black eschar center, moderate serous drainage, odor mild. Dressing: silicone foam + soft bra-style binder w/o wire.
Meds: oxycodone 5 q4h prn, lactulose, rifaximin, apixaban (review - may stop at hospice MD discretion).
Pt's goal: attend son's graduation 7/20.
"""),
]}

R09 = {"patient_id": "R09", "age": 72, "sex": "M", "notes": [
("2019-03-04", "Palliative Care Consult", """
PC consult, inpatient (7 West)
72M, ESRD on HD since 2014, insulin-requiring T2DM, obesity, ischemic cardiomyopathy. Admitted with fluid overload and a painful wound on the L thigh.
He does his own insulin (glargine + meal lispro) - right handed, and "always the right leg, front of the right thigh, it's easy in the chair"; he is clear he has never injected the left leg or belly. 
L lateral thigh lesion first noticed about 6 wks ago as a painful red-purple hard patch; now 9 x 6 cm, black eschar centrally. Wound team bx 2/28: calciphylaxis. The right thigh, where he injects, shows only small lipohypertrophy bumps, no purpura, no ulcer.
BMI 31.5. Not on warfarin.
Symptoms: pain 7-9/10, poor sleep, low mood. "I know this thing kills people."
Plan: hydromorphone PCA low basal? no - prn only given HD; fentanyl for dressing changes. Chaplain. Family meeting Thurs.
"""),
("2019-03-07", "Family Meeting", """
FAMILY MEETING
Attendees: pt, wife Doreen, daughter Shawna (nurse), nephrology attending, palliative MD, SW.
Shawna asked if the insulin caused the wound. We reviewed: injections only on the R side, wound on the L outer thigh, not where he injects - the cause is calciphylaxis linked to long-standing kidney failure.
Prognosis: we shared that 1-year survival is poor, likely months. Pt wants to keep dialysis, wants to go home, does not want CPR. 
Plan: STS with HD 3x/wk trial for 6 weeks, home hospice NOT yet - palliative home visits instead. DNR.
"""),
("2019-03-15", "Home Palliative Visit", """
Home visit - community palliative RN.
Wound L thigh: black eschar 10 x 6 cm, periwound redness 1 cm (no warmth), light drainage. Doreen doing dressings w/ home health. 
Pt on STS at HD, reports nausea on HD days. Pain 5/10; taking oxycodone 5 mg every 6 h as needed, gabapentin 100 at bedtime.
Insulin: still R thigh, sugars 150-250.
Mood low, considering stopping treatment "if it gets bigger".
"""),
]}

R10 = {"patient_id": "R10", "age": 68, "sex": "F", "notes": [
("2021-05-24", "Palliative Care Consult", """
Palliative Care consultation (clinic)
68F, ESRD 2/2 lupus nephritis, doing CAPD, four bags a day, since 2018. On warfarin for antiphospholipid syndrome. No diabetes.
Pt noticed an exquisitely painful purple area on her R buttock on May 10 while bathing. She firmly denies any fall, bump, injection, heat or pressure there beforehand - "I haven't had a shot in my bottom in years and I sit on a soft cushion". 
Within 10 days it darkened; nephrology suspected calciphylaxis and a punch biopsy 5/19 confirmed it (calcified small arteries, thrombosis, panniculitis).
Exam: R upper-outer buttock: retiform purpura measuring 6 by 4 cm, black eschar (1.5 cm) at its centre. Tender.
BMI 24.3.
Warfarin: hematology considering switch, difficult w/ APS.
Plan: pain - hydromorphone prn; talk through prognosis; pt is a retired teacher who wants "straight answers".
"""),
("2021-06-04", "Hospice RN Visit", """
Hospice RN visit (enrolled 5/31).
Event: 2 days ago pt slid off the edge of the commode and landed on her R buttock. Son Marco found her, no LOC, did not go to ED. Today there is a fresh bruise 4 cm just below the existing wound; wound edge torn slightly with small bleed, now stopped.
Wound: R buttock, 7 x 5 cm, black eschar, a new raw 1 cm patch along its inferior margin where she landed.
Pain 7/10, up from 5. Increased oxycodone. Commode w/ padded seat and arms ordered; fall precautions reviewed.
INR 3.4 (drawn at PD clinic) - hospice MD aware.
"""),
("2021-06-18", "Hospice IDT Note", """
Interdisciplinary team review.
Dx: calciphylaxis (buttock), ESRD on PD, APS.
Pt has decided to stop PD as of 6/15 and to stop warfarin. She is sleeping 18 h/day. 
Wound: slow enlargement, odor controlled w/ charcoal foam. Bruise from 6/2 fall resolving.
Plan: continue comfort measures, bereavement risk - son high.
"""),
]}

R11 = {"patient_id": "R11", "age": 61, "sex": "M", "notes": [
("2022-08-15", "Hospice Admission", """
Hospice admission - home - Prairie Light Hospice
61 yo man, ESRD, HD TTS via L arm graft, DM2 (on NPH + regular insulin, which his wife injects into both upper arms, posteriorly), class III obesity BMI 44.0, chronic low back pain.
Admitting dx: calciphylaxis of the abdominal wall (bx proven 8/4 at University Hospital).
Skin: large pannus with multiple black eschars on its lower surface and a wide net of purple around them, the largest 10 cm. Very tender, sweaty skin fold, odor. 
Wife says he uses a heating pad "all the time, but only on his low back, across both sides, never on the belly".  Back skin has some brown lacy mottling (toasted skin look) - no ulcer, no purpura, no break.
Upper arms: small firm injection bumps, no discoloration.
No warfarin ever.
Pt wishes to continue HD for now.
"""),
("2022-08-19", "Wound Care - Comfort Focused", """
Wound consult, hospice
Location: inferior pannus / suprapubic abdomen - 4 wounds, largest 10 x 7 cm, 100% black eschar. Maceration in fold, candida satellite lesions.
Pain w/ lifting pannus 9/10 - premed hydromorphone 2 mg po.
Care: pannus sling, moisture-wicking textile in the fold, miconazole powder, bordered silicone foam over eschar. No debridement. Family taught.
Heating pad on back ok per pt preference, not to be placed on the belly; low setting, timer.
"""),
("2022-08-30", "Hospice Visit Note", """
Hospice RN: pt more drowsy, skipped HD x2 this week by choice, family accepting. 
Abd wounds stable, drainage increased, odor worse - metronidazole gel added.
Sugars 90s-110s, insulin reduced to NPH 10 u am by hospice MD.
Wife: "I just want him not to hurt."
"""),
]}

R12 = {"patient_id": "R12", "age": 79, "sex": "F", "notes": [
("2023-10-02", "Palliative Care Consult", """
Palliative care consult - Harbor Valley Medical Center
79 yo F, ESRD on HD, diet-controlled type 2 diabetes (never on insulin or pills), HTN. Not on anticoagulation.
Reason for consult: pain + goals in setting of calciphylaxis.
HPI: in early September 2023 a hard purple painful area came up on her L calf with no known cause; neither she nor her son recall any knock, shot, heat or injury to that leg before it. It ulcerated within 2 weeks. Wound care did a punch bx 9/21 -> calciphylaxis.
Since the biopsy, nursing has been doing sharp debridement of loose slough at the bedside twice, and she has been holding cold gel packs on the ulcer for pain relief "because the ice numbs it".
Exam: L posterolateral calf ulcer 8 x 5 cm, black/yellow base, violaceous border.
BMI 26.0.
Plan: stop the cold packs (risk of extending necrosis), scheduled acetaminophen + oxycodone prn before dressing changes.
"""),
("2023-10-10", "Comfort-Focused Wound Care", """
WOUND NOTE - goals: comfort, odor, infection prevention (not healing)
L calf ulcer measures 8.5 x 5.2 cm; black eschar ~70% / slough ~30%. Biopsy site at superior edge incorporated in wound. 
No further sharp debridement per pt/family preference - enzymatic not used. 
Dressing: silver alginate + ABD, secured w/ tubular net; pt asked that no tape be used - last week the tape pulled skin off at the edge.
Cold packs discontinued per pt.
Pain 4/10 after premed.
"""),
("2023-10-24", "Hospice Visit", """
Hospice RN home visit (admitted 10/18). 
Pt tired, eating little. Still attending HD MWF "for my son". 
L leg wound larger (10 cm), foul odor, no cellulitis. Added crushed metronidazole to dressing.
No new skin lesions.
"""),
("2023-11-07", "Hospice Visit", """
Pt stopped HD on 11/3 after talk with nephrology. Sleepy, comfortable, PAINAD 1. Leg dressing changed today, wound stable. 
Son and granddaughter present. Anticipatory guidance given.
"""),
]}

R13 = {"patient_id": "R13", "age": 58, "sex": "M", "notes": [
("2018-06-12", "Palliative Care Consult", """
PALLIATIVE MEDICINE INPATIENT CONSULT
58M w/ ESRD on PD x 3 yr (failed transplant 2015), mechanical AVR (warfarin), HTN, gout; not diabetic.
Consulted for intractable pain from calciphylaxis of both thighs (biopsy 6/8: diagnostic). Lesions started about a month ago on the inner thighs.
Careful history with pt and wife: he has never had shots, into the thighs or elsewhere ("I don't even get flu shots"), no heating pads or ice, no tight clothing, no falls, no bumps. He sits on the sofa most of the day.
Exam: medial thighs bilaterally, violaceous indurated plaques with stellate black eschars, L 7 cm, R 5 cm. 
98 kg today; BMI 30.4.
Nephrology plans: warfarin cannot be stopped (valve), start STS. Inpatient team intends to begin enoxaparin bridging SC into the abdomen if INR subtherapeutic - pt counselled that injections should never go into the thighs.
Pain: hydromorphone 0.4 mg IV every 3 hours as needed, add ketamine low dose? discuss w/ pharmacy.
"""),
("2018-06-14", "Family Meeting", """
Family meeting, PD unit conference room.
Present: pt, wife Lorraine, daughter Tess, nephrologist, palliative MD, PD RN Amy.
Discussed: these sores are calciphylaxis, a serious complication of kidney failure and warfarin. About half of patients die within a year. Treatment options are limited.
Lorraine asked about things to avoid at home: keep cold packs and electric pads off his skin, avoid tight elastic, protect from bumps; if shots are ever needed, never into the legs.
Pt: wants to try STS for a month, wants home; if no better, hospice.
Enoxaparin never started - INR stayed in range.
"""),
("2018-06-28", "Hospice Admission", """
Hospice intake, home. Pt chose hospice after STS caused severe nausea.
Continuing nightly PD for comfort from fluid.
Skin: bilateral medial thigh eschars, L now 9 cm, R 6 cm; new small purple patch on L lower abdomen - not injected there, no trauma.
Warfarin continued for valve per pt.
Meds: hydromorphone po, gabapentin 100 hs, ondansetron.
"""),
]}

R14 = {"patient_id": "R14", "age": 84, "sex": "F", "notes": [
("2025-03-10", "Hospice Admission", """
HOSPICE ADMISSION - Greenhaven Care Center (long-term care) - Lakeside Hospice
84F, ESRD on HD (to stop per family decision 3/7), DM2 on glargine given by facility nursing into the abdomen, advanced dementia FAST 7a, bedbound. BMI 21.0. No warfarin.
Admitting dx: calciphylaxis, both lower legs (dx by nephrology last month, biopsy posterior L calf 2/12/2025).
Skin survey:
1. Posterior calves bilat - multiple black eschars w/ surrounding livedo, largest L 5 cm. No trauma to the calves that staff know of.
2. R forearm - skin tear 3 cm from catching on wheelchair armrest 3/1, flap approximated with strips - clean, healing, pink.
3. Sacrum - pressure injury, stage 2, 2 x 1 cm, from long sitting in chair.
4. Abdomen where insulin is given - intact, no bruising.
Hospice MD note: the forearm tear and sacral wound are not calciphylaxis.
"""),
("2025-03-14", "Hospice Wound Note", """
Lakeside Hospice - wound round
- Calves (B): calciphylaxis ulcers unchanged, dry eschar; left intact. Pillows under knees so heels and calves float.
- R forearm skin tear: healing well, no further strips needed.
- Sacral pressure injury: shallow, pink base; hydrocolloid; turning q2h as tolerated.
Pain: PAINAD 4 when calves handled -> morphine avoided (ESRD), fentanyl patch 12 started. 
Daughter Colleen asked why "the legs went black and the other sores didn't" - explained these are different problems.
"""),
("2025-03-25", "Hospice Visit", """
Hospice RN: pt nonverbal, comfortable on fentanyl patch, PAINAD 0-1.
Skin: calf wounds - no change; sacrum improving; arm healed.
Insulin discontinued 3/20 (eating little).
Family visiting daily.
"""),
]}

PATIENTS = [R08, R09, R10, R11, R12, R13, R14]
