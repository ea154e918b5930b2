"""probe270 corpus notes, U08-U14 (transitional-care calls after discharge and the notes around them; all invented)."""

U08 = {"patient_id": "U08", "age": 57, "sex": "F", "notes": [
("2026-01-07", "Pharmacist TCM Call (Anticoagulation)", """
PHARMACIST TCM CALL -- ANTICOAGULATION
57 F, d/c 01/05/2026 from Stillwater Community Hospital with a L femoral-popliteal DVT.
CKD stage 3b (eGFR 38, her baseline), not on dialysis. Obesity class II, BMI ~35.
Plan at d/c: enoxaparin 100 mg SC q12h as a bridge + warfarin 5 mg daily until INR >= 2
for 24 h.
First enoxaparin shot was given 1/5 by the floor nurse into the R lower abdomen; she has
self-injected since, always the R lower belly ("I can't twist to the left, bad shoulder").
Reviewed: pinch technique, leave the air bubble, rotate sites (pt reluctant).
INR 1/7: 1.4. Next INR Friday 1/9.
Not diabetic. Apixaban not covered on her plan -> warfarin.
Time 20 min.
"""),
("2026-01-13", "TCM Telephone Call (RN)", """
TCM FOLLOW-UP CALL #2
INR 1/12 2.3, today 2.5 -> anticoag clinic says stop enoxaparin after tonight's dose.
Pt says the shots sting, so for the last 3 days she has held a gel ice pack on the R lower
belly for about 10 min before each one. "It numbs it right up."
No bruising, no lumps per pt.
[x] bleeding precautions  [x] vitamin K / greens teaching  [x] L leg swelling going down
[ ] compression stocking -- not fitted yet
PCP appt 1/20, anticoag clinic INR weekly.
Call 11 min.
"""),
("2026-02-17", "Dermatology Consult", """
DERMATOLOGY CONSULT
57F on warfarin since January for DVT; CKD 3b, no dialysis.
Painful "stone-hard" areas on the R lower abdomen, first noticed Feb 9, now with dark centers.
Exam: R lower quadrant, three confluent indurated violaceous plaques (7x5cm overall) with
central necrosis and retiform edges -- precisely where she gave her enoxaparin and iced the
skin in January. L abdomen and thighs clear. BMI 35.4.
Punch bx 2/12 (done by PCP): calcified subcutaneous arterioles with thrombosis -> non-uremic
calciphylaxis.
Plan:
- stop warfarin -> apixaban (prior auth sent, samples given)
- thiosulfate IV, infusion suite, 3 afternoons weekly
- wound care, pain control; rtc 10 days
"""),
]}

U09 = {"patient_id": "U09", "age": 68, "sex": "F", "notes": [
("2020-05-14", "Pharmacist Post-Discharge Call", """
PHARMACY TRANSITIONS-OF-CARE CALL
68 F, ESRD on HD MWF (Riverbend Dialysis), DM2, obesity. D/C 05/11/2020 -- admitted for
recurrent hypoglycemia (COVID test negative).
CHANGED: insulin detemir 30 -> 20 units q a.m.; lispro 4 u with meals (was 8).
Injection sites: she uses only the R side of her abdomen for both insulins. Says the L side
"hurts for no reason," so she never injects there.
Hypoglycemia plan reviewed; has a glucagon kit, not expired.
No warfarin or DOAC. Other meds unchanged (sevelamer, cinacalcet, losartan stopped in 2019).
Teach-back done. 19 min.
"""),
("2020-06-16", "Dialysis Unit Physician Note", """
HD UNIT -- MD NOTE
Pt reports ~10 days of a very painful firm spot, LLQ, with a darkening center. Denies fever.
Exam: LLQ plaque 5x4cm, indurated and violaceous, 1 cm central eschar, livedo fringe.
R abdomen (her insulin sites): a few old soft lipohypertrophic swellings, no
purpura, nontender.
Wt 99.7kg, BMI 38.6.
PTH 1310 | phos 7.2 (high) | Ca 9.9
Assessment: calciphylaxis suspected.
P: derm for biopsy; STS after bx; tighter phos control, dietitian visit.
She repeats that she has never injected anything on the L side.
"""),
("2020-06-25", "Dermatology Note", """
DERMATOLOGY
Calciphylaxis of the LLQ, proven by punch 6/19/2020 (calcific small vessels within
subcutaneous septa, thrombosis, fat necrosis).
Lesion enlarging: 6x4.5cm today, firm eschar.
Her right-sided abdomen, where every insulin dose goes, shows no calciphylaxis lesions. She
denies any injury, heat, cold or pressure on her left abdominal wall.
Labs from HD: PTH 1180; phos 6.6; Ca 9.7.
Plan: thiosulfate to continue, Mon-Wed-Fri with dialysis; stop calcium carbonate;
Medihoney + bordered foam daily by home health; pain management by the palliative
team; insulin may continue on the right as before.
Back in 2 wk, sooner if the eschar softens or drains.
"""),
]}

U10 = {"patient_id": "U10", "age": 64, "sex": "M", "notes": [
("2018-05-22", "Discharge Summary", """
DISCHARGE SUMMARY (hospitalist)   Admit 5/15/18   D/C 5/21/18   Kessock General
64 M, ESRD on HD TTS; mechanical AVR on warfarin (continue per cardiology); HTN; gout.
No diabetes.
Reason for admission: painful R medial calf ulcer that began in early May and enlarged fast.
Punch bx 5/17: calciphylaxis. He recalls no trauma to the leg beforehand and denies
injections, heat or falls involving that leg.
Treatment: thiosulfate 25g with dialysis; cinacalcet started; calcium acetate stopped.
Wound at d/c: R medial calf 4x3.5cm with eschar; Xeroform, ABD pad, Kerlix, paper tape.
BMI 31.9.
Home w/ wife, TCM call, wound clinic 6/12.
"""),
("2018-05-24", "TCM Telephone Call (RN)", """
TCM RN CALL
Home since 5/21. Wife answered, then handed phone to pt.
Pain: "That sore on my leg burns all night." Taking oxycodone 5 mg once or twice a night.
Since he got home he has been resting a reusable cold pack (the blue kind) on the
bandaged R calf "to cool off the burning."
RN explained cold can make calciphylaxis wounds worse; told him no more cold packs and to
call the HD doctor about pain control.
Dressings: wife changing daily as taught, supplies delivered Tuesday.
INR gets checked Thursday with his run.
"""),
("2018-06-12", "Wound Clinic Note", """
WOUND CARE CENTER -- INITIAL VISIT
Calciphylaxis R medial calf, bx-proven 5/17/18.
Interval: tripped over a curb on 6/9 and landed on his R knee -- small abrasion of the R
knee. Cold packs stopped after the TCM call.
Wound: 4.2x3.6x0.2cm; eschar ~70%, slough the rest; scant serous drainage; periwound
indurated and violaceous. Pain 6/10.
Procedure: sharp selective debridement of the eschar edges (6 cm2) under topical
lidocaine, tolerated w/o issue.
Dressing: collagenase, calcium alginate, bordered foam. R knee abrasion: bacitracin, bandage.
RTC 1 wk.
"""),
("2018-07-03", "Nephrology Progress Note (HD)", """
NEPHROLOGY -- HD PROGRESS NOTE
Calciphylaxis R calf: down to 3.5x3cm, granulating edges per wound clinic last week.
R knee abrasion healed. No new lesions anywhere on exam.
Pain 3/10, off oxycodone during the day.
Cont STS with every run. INR 2.8 -- cardiology will not stop warfarin (mechanical valve).
Wt 97.0kg, BMI 31.4. Phos 5.2, PTH 420 on cinacalcet.
Pt reports he is sleeping through the night now; wife still doing daily dressings.
Next wound clinic 7/10. Continue current EDW 96.5 kg; no access issues, fistula with good
thrill.
"""),
]}

U11 = {"patient_id": "U11", "age": 77, "sex": "F", "notes": [
("2019-10-08", "Discharge Summary", """
D/C SUMMARY -- Fairholme Hospital
77 F    Adm 27/09/2019    D/C 07/10/2019
Dx: calciphylaxis, bilateral buttocks (bx 30/09/2019 -- calcified arterioles, thrombi,
necrotic fat).
HPI: ESRD on HD MWF. Painful bruise-like patches on both buttocks since mid-September,
ulcerating over a week. Pt and daughter deny falls, injections into the buttocks, heating
pads, ice, or prolonged sitting or bed rest before the patches began.
PMH: AF -- warfarin held since admission, not to be restarted. No diabetes. HTN. BMI 27.0.
Wounds at d/c: eschars, L buttock 5x4cm and R buttock 3x3cm.
Low-air-loss mattress ordered for home; home health RN.
"""),
("2019-10-10", "Pharmacist Post-Discharge Call", """
PHARMACIST TRANSITIONS CALL
Identity verified with daughter (HCPOA), pt listening.
STOPPED: warfarin (calciphylaxis).
NEW: STS with HD; apixaban 2.5mg twice daily; oxycodone 2.5-5 mg q4h prn; senna-docusate.
CONTINUED: B12 (cyanocobalamin) 1000mcg IM once a month, the PCP's nurse gives it in
the L deltoid; last dose 9/3.
Daughter asked whether a heating pad would help -- told to keep both heat and
cold away from the wounds. Also: any future IM shots should go in a deltoid, not the buttocks.
Pharmacy delivering the mattress supplies Friday.
"""),
("2019-11-05", "Dialysis Unit Physician Note", """
HD MD NOTE
Bilateral buttock calciphylaxis: L 5.5x4, R 3x3 cm; eschar dry, no infection seen.
Pain better with oxycodone + gabapentin 100mg post-run.
On the low-air-loss mattress, repositioned q2h with daughter's help.
No new lesions.
Goals-of-care talk today: she chooses to go on with dialysis for the present; palliative
following.
STS continues each run; PTH 560, on cinacalcet; albumin 2.9, dietitian adding protein
supplement after HD. Apixaban tolerated, no bleeding.
Daughter coping well but tired; home health aide hours increased to 4 h/day.
"""),
]}

U12 = {"patient_id": "U12", "age": 65, "sex": "F", "notes": [
("2024-02-20", "TCM Telephone Call (RN)", """
TRANSITIONAL CARE CALL -- RN
D/C 2/16/2024 from Oakhurst Medical Center (community-acquired pneumonia).
65 F with ESRD (dialyzes Tues, Thurs and Sat); T2DM -- diet only, A1c 6.3 in Dec, no
glucose-lowering meds; obese.
Lives with her husband, who has type 1 diabetes -- she draws up his insulin and gives it
to him in the stomach, morning and evening.
Q: How's your breathing? A: "Better. Still coughing some."
Q: Any skin problems? A: "There's a sore, hard place on my belly, the left side, since about
a week ago. Hurts to touch."
RN: show it to the HD nurse Thursday; call if red streaks or fever.
Augmentin finished 2/19.
"""),
("2024-03-05", "Dialysis Unit Physician Note", """
DIALYSIS UNIT -- PHYSICIAN NOTE
L lower abdominal plaque, onset ~2/13, now 6x5cm with black eschar, livedo margin,
very tender. No other lesions.
She receives no injections of any kind; nobody has applied heat or ice to her belly; the
only insulin in the house is her husband's.
Phos 8.1, PTH 1520. On calcium acetate since 2021.
Imp: presumed calciphylaxis. Derm bx booked 3/7. STS begins today, 25g infused at the end
of the run. Switch calcium acetate once the diagnosis is confirmed. Pain: acetaminophen
1g three times a day, tramadol 50 at night. Pt and daughter updated at chairside.
"""),
("2024-03-14", "Dermatology Follow-up", """
DERMATOLOGY F/U
Biopsy of the L abdomen 3/7/24: calciphylaxis (medial calcification, thrombosed
arterioles, lobular fat necrosis).
Eschar 6.5x5cm, no cellulitis. Prognosis discussed with pt and daughter.
No local trauma could be found; she denies injections to the abdomen;
heating pad -- never; ice bag -- never.
Plan: STS with HD; change calcium acetate to sevelamer; hydrocolloid to the edges under
foam; refer to palliative care; return 2 weeks.
Pt wondered whether her husband's diabetes played a part -- explained no; she can keep
giving him his shots.
"""),
]}

U13 = {"patient_id": "U13", "age": 71, "sex": "M", "notes": [
("2023-08-15", "Discharge Summary", """
DISCHARGE SUMMARY
71 M -- Adm 2023-08-10, D/C 2023-08-14, Thornbury Hospital
Dx: PD peritonitis (Staph epidermidis), responding to IP vancomycin.
PMH: ESRD -- CAPD since spring 2017; DM2 on insulin; calciphylaxis in 2019 -- biopsy-proven,
lower abdomen at what were then his insulin sites; it healed with 6 months of STS, no recurrence
since; HTN; BPH.
Skin on admission: atrophic stellate scarring across the lower abdomen, healed. No active
ulcers.
BMI 29.0 (overweight). No anticoagulants, never on warfarin.
D/C plan: IP vancomycin to finish 14 days at the PD unit; TCM call.
"""),
("2023-08-17", "TCM Telephone Call (RN)", """
TCM CALL
71M, home since 8/14. Manual exchanges OK, effluent clear since Saturday.
Insulin: glargine 18 u nightly, lispro by scale -- injects into both thighs only, ever since
2019: "I won't go near my belly again after what happened."
Q: Any sores, dark spots or hard lumps on your skin? A: "No, skin's fine."
Q: Fever, belly pain, cloudy fluid? A: "None."
Vanc dose at PD unit 8/18 confirmed; son will drive.
Teach-back on peritonitis signs OK (cloudy bag, belly pain, fever -> call PD unit same day).
PD clinic visit 9/12 scheduled. 12 min.
"""),
("2023-09-12", "PD Clinic Nephrology Note", """
PD CLINIC
Peritonitis resolved; effluent WBC 12 on last check.
Skin check: lower abdomen shows only the healed scars of the 2019 calciphylaxis, no active
lesions; thigh injection sites without induration, nodules or purpura.
PTH 310, Ca 9.2, phos 5.1 -- sevelamer only, no calcium binder, no vitamin D analog.
Weekly Kt/V 2.0 -- adequate.
Plan: same regimen; yearly full skin check; teach again to report any painful
lump at once. BMI today 29.0, weight steady. A1c 7.2 on glargine/lispro.
Next clinic visit in one month, sooner if bags turn cloudy.
"""),
]}

U14 = {"patient_id": "U14", "age": 66, "sex": "M", "notes": [
("2018-11-20", "Discharge Summary", """
DISCHARGE SUMMARY -- Elm Crossing Hospital (adm 11/13/18, d/c 11/19/18)
66 M; ESRD (hemodialysis, 3x/wk); DM2 (glipizide, never insulin); HTN; PAD.
Dx: calciphylaxis, R calf (posterior) -- punch bx 11/14/18 positive.
HPI: R mid-calf pain with a firm purple patch since late October; it broke open 11/10.
Other: steroid injection into the R knee late this summer (ortho, for OA); the knee itself
is unremarkable and well away from the calf lesion.
Compression stockings were considered for edema but deferred because of PAD.
Wound: R posterior mid-calf 3x3cm eschar.
Weight 101.6kg; BMI 31.5.
D/C: STS with HD, home health dressing changes, TCM call.
"""),
("2018-11-23", "TCM Telephone Call (RN)", """
TCM CALL -- day 2
Pt: "Leg's about the same. Hurts when I walk to the mailbox."
Yesterday (Thanksgiving) he dropped a can of cranberry sauce on his R foot -- bruised big
toe, skin not broken, walking ok.
Home health started dressing changes 11/21.
No low sugars on glipizide. STS at HD Tuesday.
He has not picked up compression stockings -- RN reminded him they are on hold for now
per the hospital team.
Q: Fever, drainage, smell from the leg wound? A: "No."
Derm f/u 12/18 confirmed; wife will drive. 13 min.
"""),
("2018-12-18", "Dermatology Follow-up", """
DERMATOLOGY F/U
R posterior mid-calf calciphylaxis 3.5x3cm; eschar unchanged and dry at the margins.
Neither leg has any new lesion.
R great toe bruise resolved. R knee unremarkable.
Wt 99.0kg.
Labs per dialysis unit: PTH 740, Ca 9.3, PO4 6.1; cinacalcet started last week.
Pain 4/10, on tramadol at night only.
Plan: continue STS with HD; leave the eschar alone, no debridement for now; heels
offloaded in bed; home health twice a week; rtc 4 wk or sooner if it softens or drains.
"""),
]}

PATIENTS = [U08, U09, U10, U11, U12, U13, U14]
