"""probe157 corpus notes, A08-A14 (patient-safety event reports, incident reviews, nursing skin-event
forms and the clinics around them; all people, places and wording invented)."""

A08 = {"patient_id": "A08", "age": 81, "sex": "F", "notes": [
("2025-04-12", "Nursing Skin Event Form", """
NURSING SKIN EVENT FORM          Unit: 6 South (renal)     Bed 614-B
Event type: pressure injury - foreign object / device under pt
Discovered: 04/11/2025 0300 rounds by night RN

81 yo F, HD-dependent (MWF), admitted 4/9 for tunneled HD catheter infection (on IV cefazolin),
R-sided weakness from old CVA, needs 2-assist to turn.
Found lying on the TV remote/call-bell combo unit, which had slipped under her L buttock;
pt unable to say how long. Skin: L buttock, deep red indentation 4x3cm shaped like
the remote, center does not blanch, skin intact -> Stage 1.
Braden 12 (moderate risk). Turning schedule q2h was charted, last turn 2310.
Actions: device removed, offloaded to R side, foam sacral/buttock dressing, charge RN
& hospitalist aware, family notified, remote clipped to side rail going forward.
"""),
("2025-04-18", "Incident Review Summary", """
INCIDENT REVIEW - skin event 4/11/25, 6 South (case review committee, brief format)
Attendees: nurse manager, wound/ostomy RN, risk mgmt, unit educator.
Patient: 81F, HD-dependent, post-stroke, diet-controlled T2DM, AF on warfarin, BMI 24.2.
Sequence: at 0300 on 4/11 the combined remote/call device was found under the L buttock
causing a Stage 1 pressure injury. Turning was charted at 2310 but the device was not
checked during repositioning.
Findings: (1) no practice of "clear the bed" during turns; (2) remote cord long enough to
slide under pts; (3) pt unable to self-report.
Skin on 4/17 per WOC RN: L buttock erythema fading, blanching now, intact.
Actions: cord shortening clips on all renal unit beds; add "check under pt for devices" to
the turning checklist; share at safety huddles x 2 wks. Harm: minor, resolved.
"""),
("2025-05-20", "Wound Clinic Note", """
Outpatient wound clinic (WOC) - new eval
Pt 81F, discharged to home w/ daughter 4/22, HD MWF via new R IJ catheter.
New wound: L buttock, since early May. Began as a purple painful patch and within about
seven days had turned black. Pain 8/10, cries with dressing changes - far worse than we
usually see with a pressure wound of this size.
Measurements: L buttock 5.2x4.0cm black adherent eschar, 2-3cm rim of retiform
purpura, indurated. No undermining. Scant serous drainage.
Pulses: DP 1+ bilat.
Impression: atypical necrotic wound - DTPI versus calciphylaxis.
Plan: no sharp debridement, silicone foam, pressure relief cushion, refer derm for biopsy,
asked nephrology to review mineral labs. On warfarin still (INR 2.2).
"""),
("2025-06-03", "Dermatology Consult", """
DERM CONSULT
81F on HD, warfarin for AF. L buttock necrotic wound since early May 2025.
Punch bx (5/23, edge of the L buttock wound): small subcutaneous vessels - calcium in the
walls, thrombi in the lumens, septal panniculitis; von Kossa stain positive.
Diagnosis - calciphylaxis of the L buttock.
Exam: eschar unchanged (5x4cm) with livedoid margin. No other lesions.
Recs: thiosulfate with dialysis; warfarin off (cardiology agrees, apixaban instead); no
Ca-based binders; pain team; wound RN for gentle care only. Wt 58.9 kg, BMI 24.0.
"""),
]}

A09 = {"patient_id": "A09", "age": 60, "sex": "M", "notes": [
("2016-08-15", "Fall Event Report", """
Inpatient Fall - event report (electronic)
Unit 3W Telemetry   Event date: 08/14/2016 2215   Entered: 08/15/2016 0640
Pt: 60-yr-old male, hemodialysis M-W-F, diabetic (insulin-treated), obese (BMI 35.6).
Narrative: Pt got up alone to use bedside commode, lost balance pivoting, and sat down hard,
his R calf striking the metal commode frame. Found on floor by NA within 1 min. Denies head
strike. Bed alarm was off (pt had asked it be turned off).
Injury: R posterior calf, tender 5cm hematoma, skin not broken. ROM intact.
Neuro checks x 4 normal. BG 142.
Notified: Dr. Salcedo (hospitalist), wife. Ice pack to R calf x 20 min, elevation.
Root cause prelim: alarm off, commode placed on weak side.
"""),
("2016-09-20", "Dermatology Consult", """
Dermatology consultation
60M on HD, T2DM (NPH twice daily, injects his abdomen), never warfarin.
Consulted for painful L leg lesion since early September.
Exam: L medial calf necrotic ulcer 6x4cm, black eschar, violet retiform purpura all
around; skin hard to touch. R calf: old hematoma fully resolved, skin normal,
no purpura. Thighs and abdomen clear.
Biopsy 9/16 (L calf): calcium-laden, thrombosed subcutaneous arterioles with necrotic fat ->
calciphylaxis.
Impression: L medial calf calciphylaxis. The R-calf bruise from last month's fall is on the
opposite leg and has healed without sequelae.
Plan: start STS; wound care; nephrology to tighten Ca x P; pain regimen.
"""),
("2016-10-04", "Nephrology Clinic Note", """
NEPHROLOGY
Calciphylaxis L medial calf (bx 9/16/16) - on thiosulfate (25 g intradialytic) since 9/21.
Pain improving 8 -> 5/10. Wound smaller, 5.5x3.5cm, edges less dusky, base now pink in
the lower half. Wound clinic weekly; dressing Aquacel Ag + ABD pad.
Labs: Ca/P/PTH 9.2/5.9 (down from 8.1)/640, alb 3.2.
Meds: sevelamer 1600 TID, cinacalcet 60, insulin NPH 18u BID, lisinopril.
VS: 152/88, wt 118 kg, BMI 35.6.
Plan: continue thiosulfate for at least 8 more weeks, recheck phos in 2 wks, dietitian
reinforcement, avoid trauma to legs.
"""),
]}

A10 = {"patient_id": "A10", "age": 52, "sex": "F", "notes": [
("2023-01-24", "Peritoneal Dialysis Clinic Note", """
PD Clinic - Bellhaven Home Dialysis
52 y/o F, CAPD 4 exchanges/day since 2020, type 2 DM using insulin (degludec + lispro pens,
always injects into her thighs), morbid obesity BMI 44.0.
New: exquisitely painful firm area L lower abdomen since New Year's Day. No fall, burn or
injection at that spot; her PD catheter and exit site sit right of the umbilicus.
Exam: L lower quadrant plaque 7x5cm, indurated and violaceous with a retiform net, no
drainage; exit site clean, tunnel nontender.
Labs: Ca 9.7 | PO4 7.0 | PTH 880.
Plan: derm urgent bx; abdomen is a no-injection zone - order entered in chart
& banner added; hold calcitriol.
"""),
("2023-02-07", "Dermatology Clinic Note", """
DERM
Bx 1/27/23 L lower abdomen: calcified small-vessel walls, luminal thrombi, necrotic fat;
calcium highlighted by von Kossa: calciphylaxis.
Exam today: L LQ plaque 8x6cm, now w/ central 2cm eschar. Thighs (insulin sites) show
no purpura or nodules.
Dx: calciphylaxis, L lower abdomen, onset 1/1/2023.
Plan: thiosulfate arranged through the PD team, wound care, avoid trauma to abdomen - no
heparin/enoxaparin shots into abdomen if hospitalized. Keep insulin in thighs and upper
arms. BMI 43.8. Photo documentation for comparison at next visit; RTC 3 wks.
"""),
("2023-03-15", "Patient Safety Event Report", """
PATIENT SAFETY EVENT REPORT    #2023-0788
Category: Medication - wrong site / order not followed
Event dates: 3/11/2023 and 3/12/2023    Unit: 4 West
Description: 52F with known L lower abdominal calciphylaxis (dx Jan 2023), admitted
3/10 for PD peritonitis. Chart banner & nursing order: "No SC injections into abdomen".
Enoxaparin 40 mg SC was given into the L lower abdomen on 3/11 and 3/12, within 3cm of
the edge of the calciphylaxis plaque, by two different RNs (banner not visible on the
eMAR scanning screen).
Outcome: new 2x2cm bruise at the plaque's lower edge; pt reports more pain.
Actions: enoxaparin changed to SCDs; wound RN assessed; pt and family informed (disclosure);
pharmacy to add site restriction into eMAR administration instructions.
"""),
]}

A11 = {"patient_id": "A11", "age": 70, "sex": "F", "notes": [
("2018-05-08", "Wound Clinic Procedure Note", """
Wound center - procedure note
Pt: 70F, HD MWF (L brachiocephalic AVF), AF (warfarin), obese with BMI 32.1.
Dx: calciphylaxis R posterior thigh, biopsy-proven 4/20/18 (path: arteriolar medial
calcium, thrombi, von Kossa stain +). Lesion present since March 2018.
Procedure: selective sharp debridement of R posterior thigh wound, curette and forceps,
removal of loose necrotic slough and nonviable fat, 18 sq cm. Minimal bleeding, controlled
w/ pressure. INR 2.9 this AM.
Wound after: 7.0x4.5x0.6cm, granulation ~60%, yellow slough ~40%.
Dressing: calcium alginate, foam border on top, paper tape to hold it.
Pain 6/10 during, lidocaine topical used.
"""),
("2018-05-09", "Patient Safety Event Report", """
SAFETY EVENT REPORT - Outpatient Wound Center
Event: bleeding after procedure requiring ED visit (+ MARSI)
Date: 05/08/2018 evening       Submitted: 05/09/2018

70F on warfarin underwent sharp debridement of a calciphylaxis wound (R posterior thigh)
at 1030 on 5/8. At ~2000 dressing soaked through; daughter took her to ED. ED: INR 3.4,
oozing from wound bed, hemostasis w/ gelatin foam + pressure; Hgb 9.1 (baseline 9.8).
Also in ED: when the soaked dressing was removed, the paper tape took a 1.5cm skin tear
at the wound's lower edge.
Contributing: no pre-procedure INR threshold in wound center protocol; tape on fragile skin.
Actions: warfarin held by nephrology, protocol draft (INR < 2.5 for sharp debridement),
silicone tape only on calciphylaxis wounds.
"""),
("2018-06-12", "Nephrology Clinic Note", """
Nephrology follow-up
70F, in-center HD (3x/wk). Calciphylaxis R posterior thigh (onset March 2018, bx 4/20).
No diabetes. Warfarin stopped 5/9 after the post-debridement bleed; apixaban started.
Thiosulfate 25 g with each run since 4/24; sevelamer, cinacalcet 60.
Wound per wound center 6/5: 6.2x4.0cm, improving granulation, NPWT started 5/29.
Labs: PTH 410, Ca 9.0 / Phos 5.4, albumin 3.3.
Wt 89.5 kg, BMI 32.0.
Plan: continue thiosulfate, keep NPWT, nutrition consult for protein, check that the
wound center now has the INR rule in place, RTC 1 mo.
"""),
]}

A12 = {"patient_id": "A12", "age": 64, "sex": "M", "notes": [
("2025-11-18", "Primary Care Office Visit", """
Maplecourt Internal Medicine
64-year-old man, CKD 4 (eGFR 19, DM nephropathy), T2DM on glipizide, obesity, HTN.
CC: hard painful spots R lower belly x ~3 weeks.
He denies any fall, bump, burn, heating pad, tight belt, or shots in the belly - "nobody's
ever stuck me there". No anticoagulant of any kind, warfarin included.
Fall risk screen: positive (gait unsteady) - falls precautions and home PT referral.
VS: 146/90, pulse 74, wt 102 kg, BMI 32.6.
Exam: R lower abdomen/pannus two 3-4cm indurated purplish plaques w/ livedoid rim, very
tender; no ulceration.
A/P: painful indurated plaques in advanced CKD - concern for calciphylaxis vs panniculitis.
Urgent derm, labs (Ca, Phos, PTH). Glipizide continued; may need insulin in future if A1c rises.
"""),
("2025-12-02", "Dermatology Clinic Note", """
Dermatology
Pt 64M, CKD 4 (not on dialysis).
Punch bx 11/24 R lower abdomen: subcutaneous small vessels calcified, thrombus-occluded,
with necrotic neighboring fat -> calciphylaxis (non-dialysis CKD).
Exam: R lower abdomen plaques enlarging, now 5cm, one with a small central eschar.
Patient again denies trauma or injections to the area.
Counseling: avoid heat and ice packs on the abdomen; if ever hospitalized, heparin or
enoxaparin should go in the deltoid area, never the belly; avoid tight waistbands.
Plan: STS IV infusion center 3x/wk, wound care, nephrology notified.
"""),
("2026-01-13", "Nephrology Clinic Note", """
CKD clinic - Dr. Rautenberg
64M, CKD 4 (eGFR 16), T2DM (glipizide), calciphylaxis R lower abdomen (bx 11/24/25) on STS.
RRT planning: pt had chosen PD, but a PD catheter would be tunneled through the lower
abdominal wall near the calciphylaxis - PD catheter placement cancelled for now; will
plan AV fistula and HD when needed. Not on dialysis.
Pt again denies injuries to the area.
Labs: K 5.1, CO2 19, Ca/Phos/PTH 9.3/5.8/350, Hgb 10.4.
BMI 28.7 (wt loss 9 kg, poor appetite). Obesity on problem list.
Plan: vein mapping, continue STS, dietitian.
"""),
]}

A13 = {"patient_id": "A13", "age": 73, "sex": "M", "notes": [
("2017-02-10", "IV Infiltration Event Form", """
NURSING EVENT FORM - PERIPHERAL IV INFILTRATION / EXTRAVASATION
Unit: 2 North   Date/time noted: 02/09/2017 1950
Pt: 73M, on HD (R upper arm AVG), admitted for cellulitis of R foot.
Site: 20g PIV, L dorsal forearm, placed 2/8.
Infusate: vancomycin + NS.
Findings: L dorsal forearm swollen ~6cm beyond site, cool, blanched, pt c/o tightness.
INS infiltration scale grade 3. No blistering.
Actions: infusion stopped, PIV removed, L arm elevated on pillows, cool compress per policy,
marked edges with pen, new PIV placed in L hand by vascular access team.
Provider notified: Dr. Amundsen.
Follow-up 2/10 0800: swelling decreased, skin intact, mild bruising L dorsal forearm.
"""),
("2017-03-14", "Dermatology Consult", """
Dermatology consult (readmission)
73M on HD, no DM, no blood thinners, BMI 22.9.
CC: painful black spot on back of L arm since about 3/1/17.
Exam: at mid-triceps level, L posterior upper arm: necrotic plaque 4x3cm, black-capped,
livedo racemosa fanning out from it, firm. The L dorsal forearm (old IV infiltration site from Feb)
is completely healed, no induration; L elbow clear. The lesion is on the upper arm, well
above the elbow and far from the old IV site.
Bx today (punch, L posterior upper arm).
Impression: favor calciphylaxis; ddx cholesterol emboli, vasculitis.
"""),
("2017-03-28", "Nephrology Progress Note", """
Nephrology
Punch (L posterior upper arm) result: subcutaneous arterioles with mural calcium and
intimal fibrosis; calcium confirmed on von Kossa -> calciphylaxis confirmed.
Calciphylaxis L upper arm, started early March.
Plan: thiosulfate with dialysis Tue-Thu-Sat through the R upper arm graft; calcium
acetate stopped in favor of sevelamer; cinacalcet increased; wound care to L arm; left arm kept free of BP
cuffs and IVs (sign over bed).
Labs: Ca/PO4/PTH 9.9/7.3/1320.
BMI 22.9, wt 66 kg. Appetite fair, albumin 3.4. Pain controlled on tramadol 50 after HD.
"""),
]}

A14 = {"patient_id": "A14", "age": 59, "sex": "F", "notes": [
("2021-07-06", "Fall Event Report", """
FALL EVENT REPORT - inpatient
Event: 07/05/2021 0520, room 1108, unassisted fall
Pt: 59-yr-old woman on HD Mon-Wed-Fri; T2DM needing insulin, obese (BMI 38.0), AF on warfarin.
Admitted 7/1 for volume overload.
What happened: pt attempted to walk to bathroom w/o help, slipped on wet floor (urinal
spill), fell onto L side. L forearm caught the overbed table edge.
Injury: L forearm skin tear 4cm, flap partially attached (category 2). No head strike.
INR 2.8.
Actions: skin tear flap re-approximated, silicone mesh dressing, arrow marking, neuro
checks normal, CT head not needed per MD. Bed alarm on, nonslip socks.
"""),
("2021-07-20", "Nursing Skin Event Form", """
NURSING SKIN EVENT FORM
Hospital-acquired pressure injury - R heel
Discovered 07/19/2021 during wound RN rounds.
Pt 59F still inpatient (prolonged stay: HD line issues, deconditioning).
R posterior heel: unstageable pressure injury 3x3cm, dry and stable black cap, nothing
boggy, periwound not red. Heels were not floated per care plan; boots not applied.
Braden 13.
Actions: heel suspension boots, leave stable heel eschar intact (no debridement), betadine
paint daily, podiatry aware, family notified. Case forwarded to HAPI review.
Also noted on this skin round: new tender firm purple areas both inner thighs - reported
to primary team, derm asked to see.
"""),
("2021-08-03", "Dermatology Consult", """
DERMATOLOGY CONSULT
59F HD, warfarin, T2DM on insulin (glargine into abdomen), BMI 38.0.
Asked to see new painful lesions both inner thighs since mid-July.
Exam:
- R medial thigh 6x4cm and L medial thigh 5x5cm star-shaped necrotic plaques edged by
  retiform purpura, subcutis rock-hard.
- L forearm: healing skin tear, clean edges - traumatic, not calciphylaxis.
- R heel: dry eschar typical of a pressure injury - not calciphylaxis.
- abdomen: no purpura at insulin sites.
Bx (L medial thigh, 7/30): vessel calcification, thrombi, necrotic fat -> calciphylaxis.
Diagnosis: calciphylaxis, inner thighs on both sides. Recommend stop warfarin, STS.
"""),
("2021-08-31", "Wound Clinic Note", """
Wound clinic f/u
Calciphylaxis bilateral medial thighs; warfarin stopped 8/4 (now apixaban); thiosulfate at HD.
R medial thigh eschar 6.5x4cm, L medial thigh 5x5.5cm, no infection.
R heel pressure injury: eschar lifting at edges, smaller 2.5x2.5cm.
L forearm skin tear: closed.
Plan: thighs - hydrogel + foam, no sharp debridement; heel - offload, keep boots on in bed;
return 2 wks. Discussed the difference between the heel wound (pressure) and the thigh
wounds (calciphylaxis) with pt and husband.
Wt 103.8 kg BMI 38.1.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
