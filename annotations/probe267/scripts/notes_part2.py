"""probe267 corpus notes, R08-R14 (endoscopy / procedural sedation unit and the renal and skin
clinics around it; all people, places and wording invented)."""

R08 = {"patient_id": "R08", "age": 72, "sex": "M", "notes": [
("2023-06-12", "PEG Placement - Procedure and Sedation Record", """
PEG PLACEMENT - PROCEDURE / SEDATION RECORD
06/12/2023, Endoscopy Rm 1, St. Aldric Medical Center

72M, dysphagia after L MCA stroke (April 2023), failed bedside and video swallow. Lives in a
nursing home. Renal: ESRD, his HD days are Tue+Thu+Sat. NH staff give his glargine
(12 u daily, for type 2 DM) into the upper arms. Not on warfarin (ASA + statin only). BMI 22.1.
Sedation: propofol 160 mg by anesthesia; NIBP R arm, SpO2, EtCO2.
Procedure: pull-technique 20 Fr PEG. Transillumination + finger indentation in the L upper
quadrant; 1% lidocaine, 1 cm skin incision L upper quadrant abdomen; internal bumper seated,
external bolster set at 3.0 cm at the skin.
Cefazolin 2 g pre-procedure.
Complications: none. Feeds may start in 4 h. Bolster check in 6 wks.
"""),
("2023-07-20", "PEG Follow-up Clinic (Endoscopy Nurse)", """
PEG follow-up clinic - endoscopy nurse specialist - 20 July 2023

Site: L upper quadrant. External bolster found sitting at 1.5 cm: NH staff have been pulling
it snug "to stop leaks" for the last few weeks. Skin under the bolster blanched with an
indented ring; no breakdown, no discharge, no overgranulation.
Action: bolster reset to 3.0 cm; tube rotates freely, 1 cm in-out play.
Education sheet sent to NH: do not tighten the bolster, clean daily, rotate tube.
Feeds: Nepro at 50 mL per hour, 20 hours a day, tolerating, no aspiration events reported.
Plan: review 3 months or sooner if concerns.
"""),
("2023-08-29", "Nephrology Inpatient HD Note", """
Nephrology - inpatient HD note 8/29/23
Admitted from NH with pain around the PEG and poor feed tolerance. NH staff first saw a dark,
painful area around the tube about 2 weeks ago.
Exam: L upper quadrant abdomen around the PEG - 6x5 cm necrotic plaque whose black
eschar is ringed by retiform purpura; tube intact, no pus. Abdomen soft.
Ca 10.4 (alb 2.7), phos 7.7, PTH 930; on calcitriol and calcium acetate.
Imp: necrotic plaque at the PEG site - given these labs calciphylaxis is at the top of the ddx; also
consider simple pressure necrosis from the bolster.
Plan: hold calcitriol, stop calcium acetate, derm consult, GI re PEG management. HD today,
3 h, 2K bath.
"""),
("2023-09-05", "Dermatology Consult", """
Derm consult, 9/5/2023
Bx 8/31 (plaque margin, L upper abdomen): many small and medium vessels in the
subcutis are heavily calcified; thrombi; necrotic fat. Diagnosis: calciphylaxis.
This lesion arose around the gastrostomy (placed 6/12/23), where the external bolster had
been pulled too tight for weeks; the pressure on that skin is the likely localizing factor.
No lesions elsewhere; thighs and legs clear.
Dx: calciphylaxis, L upper quadrant abdomen, at the PEG / bolster site.
Recs: sodium thiosulfate, 3 times a week at dialysis; GI to consider re-siting the PEG; gentle wound care; palliative
care will sit down with the family to clarify goals.
"""),
]}

R09 = {"patient_id": "R09", "age": 61, "sex": "F", "notes": [
("2018-09-04", "Inpatient Pre-Endoscopy Assessment", """
Inpatient pre-endoscopy assessment - EGD
Sept 4, 2018. Ward 6B -> endoscopy

61F, dialysis-dependent (MWF) ESRD; on glargine and aspart for type 2 DM, both given in
the belly. Morbidly obese, BMI 41.0. HTN. Admitted with coffee-ground emesis, Hb 7.1.
Known calciphylaxis, both calves, proven on biopsy (July 2018), on STS with HD. The ulcers
began in early June; she denies her legs were ever injured, injected or heated.
Inpatient meds: heparin SC 5000 u thrice daily, abdominal wall (held since yesterday for the
bleed), pantoprazole infusion, sodium thiosulfate after HD.
Not on warfarin or a DOAC.
Airway: MP IV, short neck -> anesthesia-run sedation.
Skin: bilateral posterior calf ulcers dressed; pressure areas otherwise intact.
"""),
("2018-09-04", "Anesthesia Sedation Record", """
Sedation record (anesthesia) 09/04/18
Monitors: BP cuff R upper arm (L arm AVF; no cuffs on the legs because of the calf wounds),
3-lead ECG, SpO2, EtCO2.
IV: 20G R dorsal hand - existing ward cannula, flushed well.
Position: L lateral, head up 20 degrees. Calves and heels off-loaded on pillows.
Propofol 140 mg total; phenylephrine 100 mcg x 2 for BP 84/50.
EGD: 2 cm clean-based duodenal bulb ulcer, no stigmata, no intervention.
Post: SpO2 95% on 3 L. Back to 6B at 12:20, handover to ward RN.
"""),
("2018-10-02", "Wound Clinic Note", """
Wound clinic 10/02/2018
Calciphylaxis, bilat posterior calves, onset 6/2018.
R calf ulcer 5.2x3.9cm (prior 6.0x4.4cm); L calf 3.1x2.8cm (prior 3.5x3.0cm). ~60%
granulation, slough at edges.
Sharp debridement of slough, both ulcers, after topical lidocaine; tolerated.
Dressing: hydrofiber + silicone foam; HD nurses change it at each run.
Abdomen: heparin and insulin injection areas looked at - no purpura, no nodules.
Pain scores: 6/10 while dressings are changed, 3/10 at rest (gabapentin after each HD). Periwound skin
intact, no cellulitis. Photos to chart.
BMI 41.0. Continue STS and pain regimen. RTC 3 wks.
"""),
]}

R10 = {"patient_id": "R10", "age": 66, "sex": "M", "notes": [
("2019-05-14", "Pre-Sedation Assessment", """
PRE-SEDATION ASSESSMENT - GI Procedures Unit - 14/05/2019

66M for surveillance colonoscopy (adenoma 2016).
Haemodialysis T/Th/S, L radiocephalic fistula. No diabetes. AF - warfarin, last dose 5 days
ago, INR 1.2.
BMI 28.3.
Active problem: L lateral thigh calciphylaxis, a painful ulcer since early April,
confirmed on biopsy 30/04/2019. He says nothing hit, pierced or warmed that thigh
before the ulcer began. On STS with dialysis.
Request: position R lateral if possible so his weight is off the L thigh; pad well.
Sedation plan: propofol, anaesthetist-led. ASA III.
"""),
("2019-05-14", "Endoscopy Recovery Note", """
RECOVERY NOTE 14 May 2019
Colonoscopy done in modified R lateral, 35 min, 3 polyps removed.
In recovery pt c/o pain 8/10 at the L thigh ulcer. Dressing dry and intact.
Recovery RN put a towel-wrapped cold pack against the L lateral thigh dressing,
20 min from 12:10 -> pain 5/10. Paracetamol 1 g IV given.
BP 132/76, HR 70s, AF rate-controlled.
IV 20G R forearm removed at discharge.
Anticoagulation: cardiology advise changing from warfarin to apixaban, 2.5 mg b.d., given the
calciphylaxis; first dose tonight.
Discharged with wife 13:30.
"""),
("2019-06-11", "Haemodialysis Progress Note", """
HD progress note - 11 June 2019
L lateral thigh calciphylaxis ulcer: 7 x 5 cm, eschar partly lifted after sharp debridement
by the wound team on 4 June. At home he has iced it regularly since the recovery
nurse used a cold pack - advised to stop, cold worsens ischaemia.
Fell at home on 2 June onto his L hip; bruise over the lateral hip, XR no fracture.
Now on apixaban (warfarin stopped in May). STS 25 g x3/wk continuing.
Phos 5.6, PTH 410 - improving.
Plan: same regimen; wound clinic every week.
"""),
]}

R11 = {"patient_id": "R11", "age": 57, "sex": "F", "notes": [
("2024-01-09", "Endoscopy Pre-Procedure Assessment", """
ENDOSCOPY PRE-PROCEDURE ASSESSMENT  01-09-2024
57 y/o F, EGD for dysphagia/odynophagia (?candida vs stricture).
ESRD, dialyses M/W/F; access L radiocephalic (forearm) fistula. DM2 - glargine
injections, abdomen only. Has never taken warfarin. BMI has ranged 38-40 over the past year; today 39.2.
Calciphylaxis, L upper arm (posterior), biopsy-confirmed Dec 2023; on STS.
Pt denies any injections, IVs, heat or ice, or bumps to the L upper arm before it appeared.
Precautions: NO BP cuff, tourniquet or venipuncture on the L arm (fistula + calciphylaxis
wound).
ASA III, Mallampati III. NPO since midnight. Ride: sister.
"""),
("2024-01-09", "Procedural Sedation Record", """
SEDATION / MONITORING - Rm 3, 01/09/24
Cuff: R upper arm, every 5 minutes. ECG electrodes chest x3. SpO2 R earlobe probe. O2 NC 2 L.
IV: 22G R dorsal hand, 1st attempt.
L arm wears a red "limb alert" band. Dressing L upper arm dry and intact.
Position: L lateral with gel pad under the L shoulder; L arm forward on a pillow, clear of the
wound.
Sedation: midazolam 3 mg total, fentanyl 50 mcg total.
EGD: esophageal candidiasis, no stricture. Brushings sent.
Recovery uneventful, Aldrete 10 at 20 min. Fluconazole rx sent to pharmacy.
"""),
("2024-02-13", "Dermatology Follow-up", """
Derm follow-up 2/13/2024
L posterior upper arm calciphylaxis (bx 12/2023): 4x3 cm; eschar unchanged, purple edges fading.
She is adamant nothing was ever done to that upper arm - no shots, no IV, no cuff, no heat
or ice.
Insulin is only injected into her belly; belly skin clear.
Counselled to keep that arm away from ice or heating pads; call if new painful spots appear.
Pain 3/10 on tramadol after HD.
Continue STS; wound care every 2 days by HD unit. BMI 39.2.
"""),
]}

R12 = {"patient_id": "R12", "age": 59, "sex": "M", "notes": [
("2020-02-25", "Dermatology Consult", """
DERMATOLOGY CONSULT - 2/25/2020
59M on HD (TTS), insulin-treated T2DM, obesity (BMI 34.0).
Painful dark plaque L lower abdomen since around New Year's, slowly enlarging.
Insulin: uses the right lower abdomen exclusively - "I'm right-handed, so it's always that
side" - and has for years; the L side is never used. No heat pads, no binder, no injury.
Exam: L lower abdomen - necrotic plaque, 4x3 cm, rimmed by retiform purpura. R lower abdomen
(injection area): skin normal, no purpura, no nodules.
4 mm punch from the plaque edge today.
Addendum 2/28: path back - calciphylaxis, with vessel-wall calcium, thrombosis and
necrotic fat on the slides. Plan: renal to start thiosulfate; dressings; return 4 wks.
"""),
("2020-03-03", "Pre-Procedure Assessment", """
Pre-procedure assessment 03.03.2020 - screening colonoscopy (FIT+)
59 M, HD via R upper arm AV graft, T2DM on insulin (R lower abdomen). No anticoagulants;
has never taken warfarin. ASA 81 continued.
Problem list: calciphylaxis L lower abdomen (bx 25.02.2020), dressed, pain 6/10 on oxycodone.
Note: nothing adhesive to go on the L abdomen; dressing is held with tubular net, not tape.
Wt 112 kg. Airway MP III.
Sedation: propofol by anaesthesia. Pre-op glucose 9.8 mmol/L.
Plan: R lateral positioning if feasible to keep pressure off the L abdominal wound.
"""),
("2020-03-03", "Sedation Record", """
SEDATION RECORD - Endoscopy Rm 2 - 03/03/2020
NIBP L upper arm q5 (graft R). ECG pads x3 upper chest. SpO2 L index. EtCO2 via nasal
cannula.
IV: 20G L forearm, 2nd attempt (1st missed in L antecubital fossa).
Position: R lateral, pillow under the abdomen to support the pannus away from the L wound.
Propofol total 240 mg. No hypotension, no desaturation.
Colonoscopy: 2 small polyps cold-snared, good prep.
PACU 25 min; L abdominal dressing checked - dry, intact. Home with partner.
"""),
]}

R13 = {"patient_id": "R13", "age": 70, "sex": "F", "notes": [
("2021-06-08", "Pre-Procedure Assessment", """
Pre-procedure assessment - June 8, 2021 - EGD + colonoscopy for anemia (Hb 8.4, ferritin 22)

70F, PD (APD nightly). No diabetes. BMI 26.7.
History: calciphylaxis in 2017 at her heparin injection sites on the abdomen, healed with STS
and stopping warfarin (on warfarin 2016-17, never restarted). Abdomen: healed scars only.
NEW: dark, painful sores over both shins, there for about 3 weeks. She denies knocks, falls, stockings
or heat - "they just appeared".
O/E: anterior shins bilaterally, lesions 2-3 cm, purple with black centres.
Renal team aware; derm appointment 6/22.
Sedation: propofol. ASA III. Lives with husband, he will drive.
"""),
("2021-06-08", "Sedation Record", """
SEDATION RECORD - Suite 1, 06/08/21
Pre: BP 118/64, HR 88, SpO2 96% RA. Lidocaine 30 mg IV with the first propofol dose.
BP cuff R upper arm q5; ECG pads on chest; SpO2 L finger; capnography.
IV: 22G L forearm.
Position: L lateral, pillow between the knees, shins padded with foam and kept clear of
the rails.
Propofol 190 mg total, no airway issues.
EGD normal; colonoscopy: 1.5 cm ascending colon angioectasia treated with APC.
Recovery: Aldrete 10 at 20 min. Shin dressings intact. PD tonight as usual.
"""),
("2021-07-06", "Dermatology Note", """
Dermatology - 7/6/2021
70F on PD. Bx 6/22 R anterior shin shows calciphylaxis (subcutaneous arterioles encrusted with
calcium, thrombi, necrosis of fat).
Dx: recurrent calciphylaxis, bilateral anterior shins. No trauma to the shins by history or
exam; onset late May.
Exam today: right shin lesion 3.0x2.5, left 2.0x2.0 (cm), both with adherent black eschar and
purple rims; no new areas. Last PD labs: phos 6.4.
Old abdominal lesions from 2017 (at the heparin injection sites of that admission) remain
healed, no activity.
Plan: PD team to restart thiosulfate; dressings; analgesia.
"""),
]}

R14 = {"patient_id": "R14", "age": 64, "sex": "F", "notes": [
("2022-10-11", "Pre-Sedation Assessment", """
PRE-SEDATION ASSESSMENT 10/11/2022
64F, EGD with possible dilation for solid-food dysphagia.
Dialysis (ESRD) MWF, R arm AV fistula. Her type 2 diabetes is on linagliptin plus diet -
she takes no insulin and no other injectables.
BMI 47.3 (class III obesity).
Lower abdominal pannus calciphylaxis - clinical diagnosis by derm 9/2022 (bx deferred
because of poor healing risk), on STS.
Family hx: a sister on peritoneal dialysis got calciphylaxis in the spots where she injected insulin.
Flu vaccine L deltoid 10/4/22.
Not on warfarin or a DOAC.
Airway: MP IV, neck circ 46 cm - anesthesia to manage sedation.
"""),
("2022-10-11", "Sedation and Recovery Record", """
SEDATION / RECOVERY RECORD - 10/11/22
Monitors: NIBP L upper arm, ECG pads x3 upper chest, SpO2, EtCO2. HFNC 30 L/min.
IV: 22G L forearm.
Position: semi-recumbent L lateral with the pannus supported on a pillow.
Propofol 180 mg, ketamine 20 mg.
EGD: Schatzki ring, dilated to 18 mm. No complications.
Recovery: Aldrete 10 at 35 min.
Charting correction 11:20: the entry "heat pack applied to abdomen 11:05" was made on this
chart in error - it belongs to the patient in bay 6. No heat pack was applied to this pt.
"""),
("2022-11-08", "Wound Clinic Note", """
Wound clinic - 11/8/2022
Calciphylaxis, lower abdominal pannus (clinical dx). First noticed in August.
Three lesions along the lower pannus: 4x3, 3x2 and 2x2 cm, each black-crusted with a
violaceous rim; nothing new.
Her abdomen has never been an injection site, and nobody recalls it being hurt.
Dressing: silver alginate + bordered foam, HD nurses to change 3x/wk.
Pain 5/10, worse when the pannus is lifted for dressing changes; fold moisture controlled
with a wicking textile.
Weight 131 kg. Continue STS. Review 3 weeks.
"""),
]}

PATIENTS = [R08, R09, R10, R11, R12, R13, R14]
