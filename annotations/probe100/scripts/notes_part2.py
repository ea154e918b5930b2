"""probe100 corpus notes, C08-C14 (cardiology and cardiac surgery clinics; all invented)."""

C08 = {"patient_id": "C08", "age": 69, "sex": "F", "notes": [
("2018-07-03", "Heart Failure Clinic", """
HF/post-surgical clinic
69F s/p MV repair (P2 resection + 32 mm ring) 6/8/18, course c/b post-op AF -> warfarin (goal 2-3, plan 3 months then reassess). ESRD on CAPD. DM2 diet + linagliptin, no insulin.
Discharged 6/15/18 with knee-high 20-30 compression hose on both legs for pedal edema; wearing them daily from that day on, husband helps her get them on. Edema 1+ today.
Wt 91 kg BMI 35.0.
Plan: torsemide 40 daily, stockings daytime only, BMP 1 wk. Anticoag clinic for INR.
"""),
("2018-09-12", "Cardiology Follow-up", """
Cardiology f/u
S: c/o "burning black marks" on both legs, right below the knees where the support stockings' top edge bunches. Started 3 weeks ago, R then L a day or two later. Pain wakes her most nights. PD nurse told her to see us.
O: AF, rate 82. Upper calves bilat, in a horizontal line at stocking-band level: R 4 x 2 cm, L 3 x 2 cm violaceous plaques w/ central necrosis and retiform border.
Meds: warfarin 5 mg (INR 2.8), torsemide, sevelamer, calcitriol.
A/P: band-like necrotic lesions at stocking top - PD, warfarin, active vit D -> calciphylaxis high on ddx. Stockings off. Derm + renal ASAP.
"""),
("2018-09-26", "Dermatology Consult", """
DERMATOLOGY
Bx L calf (9/14): subcutaneous arteriolar medial calcinosis w/ fibrin thrombi and calcified fat lobules. Consistent with calciphylaxis.
Exam: bilateral upper-calf necrotic plaques, unchanged in size, eschar on R. Both sit precisely along the elastic upper edge of her compression hosiery.
Plan: STS IV 3x weekly, hold calcitriol, renal adjusting PD Ca. Ask cardiology to stop warfarin early (repair only, AF resolved?).
"""),
]}

C09 = {"patient_id": "C09", "age": 60, "sex": "M", "notes": [
("2020-02-10", "Anticoagulation Clinic", """
Anticoag - bridge review
60M mech AVR (St Jude 23) 2014, Dialysis-dependent renal failure, HD Mon/Wed/Fri. Insulin for DM2 (pens go in the anterior thighs).
Warfarin held for dental extractions 2/4. Enoxaparin 80 mg SQ daily since 2/3, self-injecting. Asked where: "always the right side of my stomach, next to the belly button, never the left, just habit I guess". Sites checked - small bruises R periumbilical, nothing else.
INR 1.4 today. Restart warfarin tonight 7.5 mg, LMWH until INR > 2.5.
Wt 103 kg BMI 33.1.
"""),
("2020-03-09", "Valve Clinic", """
Valve clinic
Mech AVR stable, crisp valve sounds, INR 2.9.
New problem: firm painful patch, L lower abdomen, present 10 days. Denies injecting there (confirms all Lovenox shots went into R side). No fall or knock.
Exam: L lower quadrant, 4 cm indurated dusky plaque w/ livedoid edge, central duskiness, very tender. R periumbilical skin: a few faded bruises, no induration.
A/P: ?calciphylaxis - ESRD, warfarin, DM. Derm referral. Renal aware.
"""),
("2020-03-23", "Dermatology Consult", """
Derm consult
Bx L lower abdomen plaque (3/12): calcium in walls of small fat vessels, thrombosed lumens. Diagnosis: calciphylaxis.
Distribution note: lesion confined to LLQ; the enoxaparin injection sites (R periumbilical) and thigh insulin sites are clear.
BMI 33.1.
Plan: STS with HD. Warfarin unavoidable (mech AVR) - INR at lower end of goal. Rotate insulin sites.
"""),
]}

C10 = {"patient_id": "C10", "age": 74, "sex": "F", "notes": [
("2020-10-12", "AF Clinic", """
AF clinic
74F paroxysmal AF on warfarin, ESRD on HD (TTS). No DM.
New complaint: sore purple area R shin since 10/5. "I never bumped it, it appeared out of nowhere". Denies new shoes, heat or leg injections.
Exam: 3x3cm R anterior shin net-like violaceous patch with a firm centre, extremely tender. L leg normal.
Wt 70 kg, BMI 26.8.
Plan: needs calciphylaxis excluded -> derm referral. INR 2.4.
"""),
("2020-10-26", "Anticoagulation Clinic", """
Coumadin clinic
INR 3.4. Pt fell at home on 10/20 - tripped over the dog, hit her R shin on the coffee table right on the sore spot she already had; big bruise around it now. No head strike. ED not visited.
Held warfarin x1. Derm appt 11/2.
"""),
("2020-11-04", "Dermatology Consult", """
DERMATOLOGY
R shin lesion: began 10/5/20 spontaneously (no preceding injury per pt); on 10/20 a fall caused a hematoma over the existing lesion.
Exam: necrotic plaque 5x4 cm, eschar, surrounding resolving ecchymosis.
Bx (11/2): calcified subcutaneous arterioles, thrombi - calciphylaxis.
Plan: STS, recommend stopping warfarin if cardiology agrees.
"""),
("2020-11-30", "Nephrology Clinic", """
Nephrology
Calciphylaxis R lower leg, on STS post-HD since 11/10. AF clinic swapped warfarin for apixaban (2.5 bid) 11/12.
BMI 26.0 today.
PTH 560 -> add cinacalcet. Dialysate Ca 2.5.
"""),
]}

C11 = {"patient_id": "C11", "age": 52, "sex": "F", "notes": [
("2022-05-16", "Cardiac Surgery Clinic", """
CTS CLINIC - 4 month post-op
52F s/p CABG x2 (1/10/22). Sternotomy fully healed, sternum stable. EVH site L thigh healed.
ESRD on PD (cycler nightly), T2DM on U-500 insulin - injects into her thighs only ("I never use my stomach, too much going on there with the PD tube"). No warfarin, on ASA + clopidogrel.
NEW: painful hard spot on the lower pannus, R of midline, since early May. Last week she began icing it with a cold pack because it "throbs".
Exam: R lower pannus 5 cm indurated violaceous plaque, central gray-black area. PD exit site L, clean.
BMI 44.2 (class III obesity).
Plan: no more ice to it; derm referral.
"""),
("2022-05-25", "Dermatology Consult", """
Dermatology
Pannus plaque since early May 2022, enlarging. No trauma to that area before it started (no injections, no heat, no tight garment she can think of); ice only after.
Exam: pannus, R lower abdomen, 7x5cm, stellate eschar centrally, retiform purpura peripherally.
Procedure: 6 mm punch biopsy x2 from lesion edge, sutured.
Ddx: calciphylaxis vs. panniculitis.
"""),
("2022-06-08", "Wound Clinic", """
Wound center
Path (derm): calciphylaxis - calcified vessel walls and thrombi in subcutis.
Wound: R lower pannus, 7.5x5.5cm, eschar 60%, slough 40%. Biopsy sites intact.
Procedure: loose slough at the edge removed with curette (limited sharp debridement). Dressing: Santyl, foam cover, paper tape; husband changes it daily.
BMI 44.2. Insulin into thighs continues - no thigh lesions.
"""),
]}

C12 = {"patient_id": "C12", "age": 67, "sex": "M", "notes": [
("2019-09-03", "Cardiac Surgery Clinic", """
CT Surgery f/u
POD 21 s/p CABG x4 (8/13/19). ESRD, HD. T2DM - glipizide, not on insulin. Post-op AF -> warfarin.
Sternum: inferior 3 cm of the sternotomy has superficially separated, yellow slough, scant purulent drainage; wound cx sent. Sternum stable.
L lower leg EVH incision (calf): erythema 4 cm around the distal port, warm, tender - cellulitis.
Plan: cephalexin (renal dose), wet-to-dry to sternal wound, wound RN. RTC 2 wk.
"""),
("2019-10-21", "Cardiology Follow-up", """
Cardiology
Sternal wound: culture MSSA, closing on abx, nearly epithelialized. L calf cellulitis resolved.
New: very tender purple-black plaques on the back of both thighs x 1 wk. No injections or heat there, no falls.
Exam: posterior thighs bilaterally, multiple 2-5 cm retiform violaceous plaques with central necrosis.
Warfarin - stopping today (AF resolved, in SR x 6 wks). BMI 30.4.
A/P: posterior thigh necrosis in HD pt recently on warfarin: concern for calciphylaxis. Derm urgent.
"""),
("2019-11-04", "Dermatology Consult", """
DERMATOLOGY CONSULT
Posterior thighs, both sides: necrotic retiform plaques. Bx (10/23) R posterior thigh - arteriolar calcification, thrombi: calciphylaxis, confirmed.
The sternal wound and L calf vein harvest incision were examined: ordinary post-surgical wounds (infection, now healing). Not calciphylaxis - no retiform pattern, path of thigh is the only positive.
Plan: thiosulfate on dialysis, local care to thighs.
"""),
]}

C13 = {"patient_id": "C13", "age": 59, "sex": "M", "notes": [
("2023-09-11", "Electrophysiology Clinic", """
EP clinic
59M symptomatic persistent AF, failed DCCV x2. Warfarin (INR 2.1-2.8). ESRD, dialysis MWF. Non-diabetic.
Plan: PVI ablation 10/16/23 - uninterrupted warfarin; if INR subtherapeutic pre-procedure will bridge w/ enoxaparin SQ into the abdomen.
Incidentally mentions a sore spot on his right buttock for ~2 wks.
BMI 28.9.
"""),
("2023-09-20", "Dermatology Consult", """
Dermatology
R buttock: 4 x 3 cm tender violaceous plaque with livedo and early central ulcer.
Trauma hx: denies any injections (IM or SQ) to the buttocks, denies falls, heating pads or hot tubs, no prolonged sitting on hard seats, no tight clothing. HD chair padded.
Bx today. ?calciphylaxis vs. cholesterol emboli vs. vasculitis.
"""),
("2023-10-02", "Dermatology Follow-up", """
Derm f/u
Path: subcutaneous vascular calcification, thrombosis, no vasculitis - calciphylaxis.
R buttock unchanged. Discussed w/ EP: ablation deferred; will avoid enoxaparin injections. BMI 28.9. Warfarin to continue for now per EP (stroke risk high).
"""),
]}

C14 = {"patient_id": "C14", "age": 63, "sex": "F", "notes": [
("2024-03-05", "Device Clinic", """
PACEMAKER CLINIC
63F dual-chamber PPM (L chest, implanted 2019 for CHB). Interrogation: normal function, RA 14%, RV 99%, battery 7 yrs.
Pocket: L infraclavicular - well healed.
Other: HD pt (ESRD), insulin-dependent DM (injects abdomen). Reports painful black sore on L calf since mid-Feb, seen by renal who referred to derm.
BMI 29.9 - overweight.
Plan: remote monitoring q3 mo.
"""),
("2024-03-18", "Dermatology Consult", """
DERMATOLOGY
L posterior calf: 3.5 cm necrotic ulcer w/ retiform purpura. No injuries, no heat, no tight socks prior per pt.
Bx: calciphylaxis (calcified arterioles, thrombi).
Counselling given: avoid heating pads or ice to the legs, avoid tight compression, keep insulin out of the legs, report any new painful patches. Calciphylaxis can appear at sites of injury, so rotate abdominal insulin sites.
"""),
("2024-04-15", "Nephrology Clinic", """
Renal
Calciphylaxis L calf - STS 3x/wk with HD. Pain down to 5/10, nothing new on skin. Not on warfarin (never).
BMI 29.9, wt 77.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
