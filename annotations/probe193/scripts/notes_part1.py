"""probe193 corpus notes, A01-A07 (sickle cell and haemoglobinopathy day unit and the clinics around it; all invented)."""

A01 = {"patient_id": "A01", "age": 34, "sex": "F", "notes": [
("2023-01-17", "Red Cell Day Unit Attendance", """
LARCHMERE RED CELL DAY UNIT (RCDU) - ATTENDANCE RECORD
Attendance 17/01/2023, arr 08:50, open-access self referral

Dx: HbSS. Sickle nephropathy -> ESRD; HD days Tue/Thu/Sat, access = R radiocephalic AVF. Not diabetic.
P/C: VOC, both legs + low back, 8/10, woke with it at 03:00. Took own Oramorph x2, no real relief.
Obs on arr: T36.9  HR102  BP141/86  RR20  SpO2 95% air  NEWS2 = 2
Wt 58.1kg / BMI 22.4

Analgesia as per her individual care plan:
 - morphine 10mg SC @ 09:05, L lateral thigh
 - morphine 10mg SC @ 11:20, L lateral thigh
Pt won't have them in the tummy and R arm is the fistula arm. She tells me every SC dose she
has had here has gone into the very same patch of left thigh since the first visit of this run of
crises, 14/12/2022 (today is her 4th attendance since then).

Hb 71 g/L, retics 9.8%, bili 48, K+ 5.4 (dialysis tmrw as normal).
13:30 pain down to 4/10, mobilising on the unit. Home w/ TTO, knows to ring if worse.
"""),
("2023-02-07", "Haemodialysis Unit Consultant Review", """
Pellbrook Satellite Dialysis Unit - consultant ward round (Dr Okonjo-Ward)

34 yo F, HbSS, ESRD 2/2 sickle nephropathy, on HD thrice weekly since 2019 via R RC fistula.
Dry weight 57.5 kg. No warfarin, no DOAC.

New issue: v painful purple-black area L outer thigh. First noticed on 29/01/2023 as a tender
"hard bit" under the skin, since then spreading. Today approx 5 x 3 cm, purple netted margin
and a little black crust centrally. Pain 9/10, not sleeping.

Pre-dialysis bloods: adjCa 2.58 | PO4 2.41 mmol/L | PTH 71 pmol/L, ALP 190, alb 33.
Meds incl calcium acetate 1g tds + alfacalcidol 0.5 mcg.

Imp: ?calciphylaxis - high suspicion given Ca x PO4 and PTH.
Plan:
1. Stop calcium acetate + alfacalcidol, switch binder to sevelamer
2. Urgent derm this week (referral sent)
3. Consider IV sodium thiosulfate post HD if diagnosis confirmed
4. Pain team r/v
"""),
("2023-02-10", "Dermatology Urgent Clinic", """
DERMATOLOGY - URGENT CLINIC LETTER (dictated 10/02/2023)

Referred by renal with ?calciphylaxis of the left thigh.

This 34 year old woman with HbSS and ESRD on haemodialysis has been coming to the red cell day
unit frequently since mid December with crises, and at each visit she has been given subcutaneous
morphine, always into the left lateral thigh. The painful lesion there began on 29th January.

O/E: left lateral thigh, firm plaque, 6 by 3.5 cm, with retiform purpura
fringing it; adherent eschar 1.5 cm centrally. It lies squarely over the area she shows me as her injection spot.
Nothing similar on abdomen, buttocks or the other leg. BMI 22.1.

Edge punch (4mm) sent today to confirm.

Impression: calciphylaxis (calcific uraemic arteriolopathy), clinical diagnosis, localised to the
site of her repeated SC morphine injections - a Koebner-type distribution.

Plan: I have asked RCDU to give future SC analgesia elsewhere, not the left thigh. IV sodium
thiosulfate 25g post-dialysis, via renal. Tissue viability for dressings.
"""),
]}

A02 = {"patient_id": "A02", "age": 41, "sex": "M", "notes": [
("2022-11-08", "Red Cell Day Unit Nursing Note", """
RCDU nursing note 08.11.22  (RN T. Abara)

41M HbSC. ESRD (sickle nephropathy + HTN) on CAPD, 4 bags/day. T2DM on insulin glargine
22 units at night, injects into the abdo.
In with back crisis: R lower back pain 7/10 since yesterday morning, usual pattern for him.
He has been putting a microwaved wheat bag on his R lower back nightly since
October - "only thing that touches it". Told him to check how hot it gets before he lies on it.
Obs: T 37.4, P 94, BP 152/90, SpO2 96% RA. Wt 101kg, BMI 31.5.
Hb 104, retics 4.1%, CRP 12.
Given oxycodone 10mg PO, paracetamol 1g PO, and a unit heat pad to the R lumbar area at his
request (11:15-12:00). Pain 3/10 by 15:00.
D/c home 15:40, analgesia plan unchanged, f/u PRN.
"""),
("2023-01-10", "Peritoneal Dialysis Clinic", """
RENAL PD CLINIC - LARCHMERE

On CAPD, Kt/V (wk) 1.9, UF approx 900ml/d. ES: clean, tunnel non-tender. No peritonitis.

New problem: exquisitely painful wound on his R lower back. It began early December as a
mottled purple patch and has since broken down - ulcerated, base black, ~3 cm across,
lacy livedo around it. Wife is dressing it with foam dressings.

Bloods: adj Ca 2.49, phos 2.2, PTH 58, HbA1c 61 mmol/mol. Not on any anticoagulant.
BMI 31.2 today.

Imp: worried about calciphylaxis, DDx sickle leg-type ulcer in an odd place / vasculitis.
Plan: derm to biopsy - booked for 13/01/2023. Stop calcichew. Analgesia via GP.
"""),
("2023-01-24", "Dermatology Clinic Follow-up", """
Dermatology - results clinic, 24 Jan 2023

Incisional biopsy of the right lower back (13/01/23): small subcutaneous arterioles show mural
calcium (von Kossa +), lumens thrombosed, fat necrotic.

Diagnosis: calciphylaxis of the right lower back, biopsy proven.

Lesion today 4.5 x 3 cm, hard black eschar, a ring of retiform purpura round it. I checked abdomen, thighs,
buttocks and chest - no other lesions.

Discussed with renal: sodium thiosulfate in PD fluid not used locally, so IV STS 3x/wk on
RCDU instead. Non-calcium binder, cinacalcet. TVN to see him for dressings.
Pain team aware. Weight 99.8 kg (BMI 30.9).
"""),
]}

A03 = {"patient_id": "A03", "age": 27, "sex": "F", "notes": [
("2024-03-05", "Red Cell Day Unit Medical Entry", """
RCDU - medical entry (haem SpR) 05/03/24

27F HbSS. Recurrent PE (2021, 2023) warfarinised, INR target 2.5. Kidneys fine: creat 48,
eGFR >90. No diabetes. Wt 82 kg, BMI 30.0.

P/C: crisis L hip + lower back for 2 days, 9/10, not settling on oral opioids.
O/E: T 37.1, HR 108, BP 124/76, RR 18, sats 98% RA. Chest clear.

Very difficult access, 3 attempts - 20G cannula finally sited R forearm, volar aspect of the
mid-forearm, by the CNS at 09:40. 1L 0.9% saline over 4 h + paracetamol IV, PCA not needed.
INR 3.1 (slightly high, no action). Hb 84, retics 11%, LDH 612.

17:00 pain 3/10. Cannula out, site clean, no swelling or redness. Home, CNS phone f/u Thurs.
"""),
("2024-03-26", "Haemoglobinopathy CNS Telephone Clinic", """
Haemoglobinopathy CNS telephone clinic - 26.3.24

Pt rang about "a horrible purple lump" on her right forearm, where the drip went in when she
was on the day unit. Noticed it 10 days ago or so, red and sore to start with, and it has now
gone dark centrally; very painful (8/10). No temps, no pus.
Photos sent to the team inbox: roughly 3 cm violaceous patch, dusky centre, R volar forearm.

D/w Dr Hallam: ?thrombophlebitis vs something else - needs seeing in person. Derm hot clinic
booked for 28/03. Reminded to keep her INR appointment Friday.
"""),
("2024-04-09", "Dermatology Clinic", """
Dermatology clinic - 9 April 2024

27 year old woman, HbSS, anticoagulated with warfarin for recurrent PE; normal renal function.

R volar forearm: 3.5x2.5cm stellate necrotic plaque, retiform purpuric border, exquisitely
tender. It is at the site of the cannula put in on the day unit on 5th March; she dates the
start to 16/03.
Biopsy (28/03/2024): von Kossa-positive deposits in small-vessel walls, dermis and subcutis, intimal
proliferation and thrombi - diagnostic of calciphylaxis. Ca, PO4 and PTH all normal.

Dx: non-uraemic calciphylaxis at a cannulation site; warfarin probably contributory.
Plan: warfarin to apixaban (agreed with haematology), IV STS course via RCDU, wound care.
Please avoid cannulating the right arm where possible. BMI 30.0.
"""),
]}

A04 = {"patient_id": "A04", "age": 52, "sex": "M", "notes": [
("2022-02-15", "Red Cell Exchange Procedure Record", """
AUTOMATED RED CELL EXCHANGE - PROCEDURE RECORD
RCDU chair 4, 15th Feb 2022

52M HbSS, on monthly automated exchange since spring 2021 for recurrent acute chest.
ESRD on HD. AVF = R upper arm, hence all obs done on the L arm.
Access for exchange: R AVF needled by dialysis nurse.
T2DM, diet-controlled (HbA1c 49), no insulin. BMI 27.3.

Exchange duration 6 h 10 min. Auto BP cuff L upper arm, set to cycle 15-minutely the whole run,
same as every exchange. Pre HbS 41% -> post 14%. Hct target 30 reached.
BP 148/88 -> 136/80, HR 78-88, no citrate symptoms, no reaction.

Pt well at end. Next exchange booked 15/03/2022.
"""),
("2022-03-02", "Haemodialysis Session Note", """
HD session - Pellbrook HD unit - 02/03/2022

Pre: BP 162/91, wt 78.9 (dry 77.5), chest clear, no oedema.
Named nurse noticed a firm purplish plaque, exquisitely sore, inner L upper arm; pt reports
it's been there x 2 wks, getting darker. About 4 x 6 cm, mottled netlike edge, centre dusky.
Afebrile.
Bloods: corr Ca 2.66 (high), PO4 2.05, PTH 96.
D/w Dr Achterberg -> ?calciphylaxis. Photo to chart. Urgent derm referral. Stop alfacalcidol.
Needling R AVF fine, Qb 350, 4 h session completed.
"""),
("2022-03-15", "Dermatology Consultation", """
Dermatology consult - 15/03/22

Biopsy done on 04/03/22 (Dr Wren): calcified, thrombosed arterioles in the subcutaneous
fat = calciphylaxis.

O/E: retiform purpura with a central adherent eschar over the medial L upper arm, 6x5cm.
He spends 6 h on the red cell unit each month for exchanges; because of his right-arm fistula the
blood pressure cuff always goes on the left arm and inflates every 15 minutes. The lesion lies
right under the cuff footprint. In my view repeated cuff inflation has drawn the calciphylaxis
to this spot - a Koebner response.

Dx: calciphylaxis, left upper arm.
Plan: RCDU to take BP from the leg or manually; STS with dialysis; non-calcium binder.
Diet-controlled diabetes. Not anticoagulated.
"""),
]}

A05 = {"patient_id": "A05", "age": 38, "sex": "F", "notes": [
("2023-09-19", "Thalassaemia Clinic Review", """
THALASSAEMIA & HAEMOGLOBINOPATHY CLINIC - review 19/09/2023

38F, transfusion-dependent beta thalassaemia major, 3-weekly top-up on RCDU.
ESRD from chronic interstitial nephritis, on HD since 2020 (Mon/Wed/Fri).
Thal-related diabetes on insulin (detemir 14u + aspart with meals), injects thighs only.
Iron: ferritin 3410, MRI LIC 14 mg/g, cardiac T2* 18 ms.
Deferasirox stopped (renal). Switched to subcutaneous desferrioxamine last month: 2 g over 10 h
by Crono pump, 5 nights a week, needle sited in the L lower abdomen; the pump sits in an elasticated
belt worn low around her waist, with the strap running straight across the needle site.
Some itch at the needle site, otherwise tolerating.
Wt 49 kg, BMI 19.8. No warfarin.
Plan: continue DFO, rotate needle sites, ferritin + LFT in 3/12.
"""),
("2023-11-02", "Red Cell Day Unit Transfusion Record", """
RCDU - top-up transfusion 02-Nov-2023

Pre-Tx Hb 88 g/L, 2 units RBC (antigen-matched), no reaction.
Obs pre: T 36.6, HR 84, BP 118/70, SpO2 99%. Obs post: unremarkable.

Pt showed me two hard, very painful purple patches, L lower abdo, exactly at her
desferal needle spot. They first appeared three weeks ago. Larger one now black in the
middle, ~2.5 cm. She has stopped using that side for the pump.
Dr Pattinson saw her on the unit - asked derm to see today/tomorrow. Pain 6/10, paracetamol.
"""),
("2023-11-16", "Dermatology Clinic", """
Dermatology 16/11/2023

Biopsy (03/11/2023): vascular calcification and thrombosis within subcutaneous fat consistent
with calciphylaxis.

Two lesions, left lower abdomen: 3 cm eschar with retiform edge, and a 2 cm violaceous indurated
plaque. They lie at her desferrioxamine needle sites and along the line where the pump belt
presses. I would regard this as calciphylaxis localised by the repeated needling and the belt
pressure (Koebnerisation).

Plan: stop subcutaneous DFO; haematology to consider IV DFO on dialysis. No belt over the area.
STS with HD. Dressings by TVN.
"""),
("2023-12-05", "Haemodialysis Unit Review", """
HD unit review 5/12/23 - renal SpR

IV STS 12.5 g post dialysis, 3rd week now, tolerating apart from some nausea after each dose
(ondansetron before the infusion helps).
L lower abdomen lesions: both dry eschar now; pain down to 4/10, sleeping better.
No new lesions on inspection of trunk and legs.
DFO now given IV during HD (haem plan), so no more pump or belt. Insulin unchanged, CBGs 6-11.
Pre HD: BP 128/74, wt 48.6 kg, BMI 19.6. Ca 2.31, PO4 1.6, PTH 38.
Hb 97 after last week's top-up.
Plan: continue STS, wound review in 2 wks with TVN photos; bone profile monthly.
"""),
]}

A06 = {"patient_id": "A06", "age": 45, "sex": "M", "notes": [
("2025-01-14", "Red Cell Day Unit Nursing Entry and Incident", """
RCDU nursing entry + incident (Datix ref 55210) - 14/01/2025

45M HbSS, ESRD (HD M/W/F). In for VOC (both legs) since last night. T2DM on linagliptin.
Had warfarin in the past (DVT 2017, stopped 2018).

14:20 - standing up out of the recliner he clipped his R shin on its metal footrest: 2 cm skin
tear / graze R anterior shin, middle third. Oozing only. Cleaned with saline, steristrips and a
small Mepore. No fall, no head injury. Pt reassured, incident reported.

Obs after: T36.8 HR88 BP139/81 SpO2 97%.
Hb 79, retics 8.2%. BMI 25.3.
Discharged 17:10, pain 2/10.
"""),
("2025-02-04", "Haemodialysis Nursing Note", """
HD nursing note 4/2/25 (early shift, bay 2)

Pt complaining of severe pain R leg, says it isn't his usual crisis pain - "burning, not aching".
Skin check: dark purple ulcer on the R anterior shin, mid, 2.5x2cm with a black centre, lacy purple
skin around it. He says it "turned bad" about 1 week ago.
Pre obs BP151/88 P84 T36.6.
Bloods: corr Ca 2.44, PO4 2.6, PTH 88, CRP 9.
Reported to Dr Kaur, photo uploaded, referred to derm and TVN. Simple non-adherent dressing on,
leg up on a pillow for the run.
Pre wt 84.0, post 81.9. 4h session, no alarms, UF 2.1 L.
"""),
("2025-02-18", "Dermatology Clinic", """
Dermatology clinic - 18/02/2025

Punch biopsy (07/02/2025): subcutis with calcified small vessels and necrotic
adipocytes - calciphylaxis.

45 yo man, HbSS, ESRD (HD), type 2 diabetes on linagliptin. Referred by the HD unit.
R ant shin - ulcer 3x2.5cm, black eschar stuck fast to the base, retiform purpura all round.
Left leg clear. No lesions on trunk. Foot pulses felt; ABPI not done (too painful).

Dx: calciphylaxis, R shin.
Plan: sodium thiosulfate with dialysis (renal to prescribe), switch to non-Ca binder, TVN weekly,
pain team - consider ketamine if refractory. Review 4 wks with photos.
No anticoagulant now (warfarin stopped 2018). BMI 25.0.
"""),
]}

A07 = {"patient_id": "A07", "age": 29, "sex": "F", "notes": [
("2022-12-19", "Red Cell Day Unit Procedure Note", """
RCDU - VASCATH INSERTION + EMERGENCY RED CELL EXCHANGE   19/12/22

29F HbSS, acute chest syndrome (improving), Hb 68, HbS 72%.
ESRD on PD (CCPD overnight), Tenckhoff in L abdo. Obese, BMI 33.4. No DM. No anticoagulants.

Procedure: US-guided R femoral vascath (12Fr, 15 cm), R groin, 2 passes, sutured, Tegaderm
over. Time 10:35. Tip position fine, good flows.
Automated exchange 8 units -> post HbS 21%.
Obs throughout stable, SpO2 94 -> 97% on 2L.
Plan: remove line on the ward tomorrow morning, then resume CCPD tonight.
"""),
("2023-01-10", "Peritoneal Dialysis Clinic", """
PD clinic 10/01/2023

Back on CCPD since discharge, no problems with drainage. Exit site L abdo clean.

C/o very painful black area in the R groin since Christmas, at the old vascath site (line was
taken out 20/12). Started as a purple bruise-like patch, now central black crust ~2 cm with a
net of purple around it. No discharge, afebrile.
adjCa 2.61 PO4 2.30 PTH 67.
? calciphylaxis vs infected line site - swab sent, derm to see urgently.
BMI 33.1.
"""),
("2023-01-17", "Dermatology Consultation", """
Dermatology - 17.01.2023

29F, HbSS, ESRD on PD, obese.
R inguinal crease: 3x2cm black eschar, retiform purpura, very tender, exactly at the
vascath insertion point. Swab grew skin flora only.
Pain 8/10, worse walking and when she sits folded forward. Afebrile, no inguinal nodes.
PD exit site L abdo looks fine.
Deep incisional biopsy 12/01/2023: small arterioles calcified and thrombosed, i.e. calciphylaxis.

Diagnosis - calciphylaxis, right groin, at the site of the femoral line (Koebner phenomenon).
Plan: STS, stop calcium carbonate, pain plan, dressings. Avoid femoral lines on that side.
See again in 2/52, sooner if it spreads.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
