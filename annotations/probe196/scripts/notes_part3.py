"""probe196 corpus notes, D15-D20 (ambulatory surgery centre, pre-anaesthesia clinic and the
clinics around them; every person, place and sentence invented for this corpus)."""

D15 = {"patient_id": "D15", "age": 71, "sex": "M", "notes": [
("2018-04-10", "Intraoperative Record", """
INTRAOP RECORD -- Hollins Ridge Surgery Center, OR 4
04/10/2018  R knee arthroscopy, debridement + loose body removal
Anes: spinal (bupivacaine 0.75% hyperbaric 1.6 mL) + propofol sedation.
Tourniquet: R upper thigh, 30 in cuff on webril, 275 mmHg, 08:15-09:31.
Position supine, R leg in arthroscopic leg holder at mid-thigh, L leg in well-leg holder.
Hx: CKD4 (eGFR 21), no dialysis; type 2 DM on glargine 26u;
BMI 32.6. Glucose 171 pre-op.
Post-op skin: cuff line R thigh w/ mild crease, intact.
Times: in room 07:48, out 09:58. Spinal level T10 at incision. Counts n/a.
-- K. Haverford RN
"""),
("2018-05-08", "Post-Operative Clinic Visit", """
ORTHO POST-OP
71M, 4 wks s/p R knee scope. Knee doing well, effusion trace, portals healed.
Complains of a tender lumpy patch on the anterior R thigh since late April, right at the
level where the tourniquet cuff sat. Exam: 6x4cm net-like violaceous discoloration w/ a
firm 2 cm subcutaneous nodule, R anterior upper thigh, no ulcer, no warmth.
A/P: ?early calciphylaxis (CKD4, phosphorus high per PCP) vs tourniquet-related fat necrosis.
Derm asap; nephrology copied. Knee: continue HEP, no brace needed.
"""),
("2018-05-22", "Dermatology Consult", """
DERMATOLOGY
71M, CKD4 without dialysis, insulin-treated DM, BMI 32.2.
R anterior thigh: livedoid patch + tender nodule, unchanged in 2 wks.
Punch bx (5/15): septal/lobular panniculitis; vascular calcium not identified -- sample may
be too superficial; nondiagnostic.
Differential still includes early calciphylaxis, post-traumatic fat necrosis, or another
panniculitis. Advised a deeper incisional biopsy; he declines. He is relocating to Arizona
to live with his son next week and will follow up there.
Records sent. Avoid tight garments and heat on the thigh.
"""),
]}

D16 = {"patient_id": "D16", "age": 62, "sex": "F", "notes": [
("2022-11-15", "PACU Nursing Note", """
PACU NOTE -- Brightwater Eye & Surgery Center
11/15/22 L eye phaco w/ IOL under topical + MAC. Uneventful per OR.
On arrival to PACU, 22G PIV R forearm (volar, mid) found infiltrated: forearm puffy, cool,
tight, ~30 mL of LR in the tissue. IV removed, arm elevated on pillow, marked border.
No vesicants given. Radial pulse 2+, cap refill <2 s.
Hx: ESRD, HD qMWF, L upper-arm AVF (L arm restricted); mechanical
MVR -> warfarin, today's INR 2.7. Not diabetic. BMI 25.8.
D/c home w/ husband 11:05; told to keep arm up.
"""),
("2022-12-13", "Hemodialysis Rounding Note", """
HD ROUNDS  Dec 13, 2022
62F, ESRD, MWF. Shows a new dark tender plaque, R volar forearm, exactly where the IV blew
at her cataract surgery last month; noticed since early December and now black centrally.
Labs: Ca 10.4 / PO4 7.2 / PTH 920.
Meds: warfarin (mech valve), sevelamer, calcitriol.
Impression: extravasation injury vs calciphylaxis -- can't tell. Derm referral.
Treatment today 3.75 h, UF 2.1 L. Hold calcitriol for now; check INR Friday. She is
frightened it will "eat the arm"; reassured, foam dressing applied by RN.
"""),
("2022-12-20", "Dermatology Consult", """
DERM CONSULT
62F on HD; mechanical valve, anticoagulated with warfarin.
R volar forearm: 3x2.5cm necrotic plaque, violaceous retiform rim, at the prior IV
infiltration site, pain 7/10.
Cannot exclude calciphylaxis; also possible: late extravasation necrosis, warfarin-induced
skin necrosis (INR has been stable, so less likely).
Biopsy offered -- she refuses at present (afraid of a nonhealing wound on her only usable
arm).
Nephrology to start empiric STS w/ HD for possible calciphylaxis.
Pt transferring dialysis to her sister's city in January; summary faxed.
BMI 25.6.
"""),
]}

D17 = {"patient_id": "D17", "age": 54, "sex": "M", "notes": [
("2025-03-04", "Pre-Anesthesia Testing Clinic", """
PRE-ANESTHESIA TESTING
Visit 3/4/2025. Booked: L shoulder arthroscopy, labral repair, 3/18/25, beach chair.
54M, ESRD on PD (CCPD), HTN. "Prediabetes" per PCP (HbA1c 6.0%), untreated. No
anticoagulants.
BMI 29.5 (overweight).
Airway: MP II. ASA 3.
Plan: GA/LMA + L interscalene block; PD drain AM of surgery.
Post-op the surgeon sends pts home w/ a cold therapy unit; pt educated: always a cloth
under the pad, and after day 1 run it twenty minutes, then off for forty.
Labs: K 4.5, Hb 11.4, glucose 109. ECG: NSR. Echo 2024: EF 55%.
"""),
("2025-05-06", "Post-Operative Clinic Visit", """
SPORTS MED POST-OP  05/06/25
7 wks after L shoulder scope. ROM coming along, sling d/c'd.
Pt used the cold therapy pad on the L shoulder almost continuously for the first 4-5 days,
often straight on the skin. Since Easter weekend a sore, hard, mottled purple area over the
L anterior shoulder under where the pad sat; portals healed.
Exam: 5x4cm violaceous indurated plaque w/ livedoid edge, L anterior shoulder, no eschar.
A/P: cold injury / cold panniculitis vs early calciphylaxis given PD. Derm referral; stop
the cold unit.
"""),
("2025-05-20", "Dermatology Consult", """
DERMATOLOGY
54M on PD. L anterior shoulder plaque, tender, slowly firming, no ulcer.
Differential: cold panniculitis, frostbite sequela, possible early calciphylaxis.
Bx recommended; pt prefers to hold off and watch whether it softens with warmth avoided.
Rtn 4 wks, or earlier if it ulcerates or crusts black.
BMI 29.4. A1c 6.0 (no diabetes dx).
PD labs 5/12 -- Ca/P/PTH 9.7/6.3/455.
Told: keep heat and ice off the shoulder, loose shirts, no sling strap rubbing the area.
Photos taken for comparison. Copy to PD nurse and to the shoulder surgeon.
"""),
]}

D18 = {"patient_id": "D18", "age": 67, "sex": "F", "notes": [
("2020-06-23", "Pre-Anesthesia Testing Clinic", """
PAT  6/23/20
Booked: umbilical hernia repair (open, mesh) 7/7/2020.
67F, CKD stage 3a -- eGFR 52; type 2 DM on metformin 500 bid; HTN; ulcerative colitis in
remission. No anticoagulants, never on warfarin. Height 160cm, weight 79.4kg, BMI 31.0.
VS 136/78, HR 72, SpO2 98%.
COVID swab 72 h prior. MP II, good mouth opening. METs >4. ASA 2.
Labs: Cr 1.2, K 4.3, A1c 7.1, Hb 12.9.
Plan: GA/LMA, hold metformin AM of surgery; mesalamine continue. Arrive 06:30, driver
confirmed (son). CHG shower the night before.
"""),
("2020-08-04", "Post-Operative Clinic Visit", """
GEN SURG POST-OP
4 wks s/p umbilical hernia repair. The incision opened 2 wks ago and is growing: 4x3cm
ulcer w/ undermined violaceous edge and purulent-looking base, very painful.
Cultures neg x 2, no response to cephalexin.
DDx: wound infection, pyoderma gangrenosum (UC hx), r/o calciphylaxis (CKD).
Derm bx today at edge. Hold further debridement until path is back (pathergy
concern). Wet-to-moist dressings daily by daughter; photos in chart.
Vitals: T 37.4, 128/74, no fever at home. Pain med: acetaminophen + tramadol (renal
dose reviewed).
"""),
("2020-08-18", "Dermatology Consult", """
DERM f/u
Bx (8/4): dermis packed with neutrophils; no calcium and no thrombus in any vessel; von
Kossa stain neg. Calciphylaxis excluded.
Dx: postoperative pyoderma gangrenosum at the umbilical incision (pathergy), UC-associated.
Ulcer 4.5x3cm. Start prednisone 40 mg daily, plus tacrolimus ointment to the rim.
GI informed re: UC. Glucose monitoring on steroids, metformin continues.
BMI 31.2. Rtn 2 wks. Surgery and pt informed that no further debridement or re-closure
should be tried while the PG is active; dressing: petrolatum gauze + ABD pad once daily.
"""),
]}

D19 = {"patient_id": "D19", "age": 45, "sex": "M", "notes": [
("2026-01-13", "Pre-Anesthesia Testing Clinic", """
PRE-ANESTHESIA QUESTIONNAIRE + RN REVIEW  13-Jan-2026
Booked: laparoscopic R inguinal hernia repair, 1/27/26.
45M w/ polycystic kidneys (ADPKD), CKD stage 3b (eGFR 34) -- pre-dialysis. Not diabetic.
Warfarin x 6 months in 2015 after a calf DVT, none since.
Family hx: father with ADPKD on hemodialysis for years, died 2019 after calciphylaxis of the
legs; mother HTN.
Skin: intact, no lesions noted. BMI 27.2.
Airway MP I. ASA 2. GA/ETT planned.
Labs: Cr 2.3, K 4.6, Hb 13.1. BP 142/90 on amlodipine.
Nephrology (Dr. Qureshi) last seen 12/2025.
"""),
("2026-01-28", "Post-Operative Phone Call", """
POD1 CALL 1/28/26
Pain 2/10, port sites dry, glue intact. Tolerating diet, voiding. Ambulating.
Pt asks if his kidneys mean he will "get what Dad had" -- told his kidney team is the right
place for that question; no skin changes noted by him.
F/u surgeon 2 wks. Incision care and lifting limits (<10 lb x 4 wks) reviewed.
Pt has no bruising at the port sites and no nausea. Call-back number confirmed.
Took oxycodone once last night, none today.
-- A. Novak RN
"""),
]}

D20 = {"patient_id": "D20", "age": 52, "sex": "F", "notes": [
("2017-10-03", "Pre-Anesthesia Testing Clinic", """
PAT NOTE  Oct 3 2017
Booked: L trigger thumb release, 10/17/17, local + MAC.
52F, diabetic ESRD; HD qTTS, R brachiocephalic fistula; T2DM on insulin,
NPH 20 u bid. No anticoag. BMI 34.0.
Skin: all intact, no wounds, no discoloration on legs or abdomen.
Counselled, because dialysis raises her risk for calciphylaxis: at home after surgery skip
the heating pad and the hot-water bottle, and never put ice straight on bare skin; keep rotating insulin sites.
ASA 3. BP L arm only. HD Mon 10/16 the day before. K 5.0, Hb 10.4, glucose 176.
"""),
("2017-10-18", "Post-Operative Phone Call", """
POD1 CALL  10/18/17
L thumb dressing dry, numbness wore off last evening. Pain 1/10.
Glucose 140-190. No wounds or skin changes elsewhere per pt.
Reminded: no ice pack directly on the hand, elevation instead. Nothing to suggest
calciphylaxis. Suture removal 10/31 in clinic. HD went fine yesterday afternoon; she
dozed through it. Glucose log to be brought to the hand clinic. Daughter staying with
her this week. Pt verbalized understanding of the plan.
-- P. Delacroix RN, ASC follow-up line
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
