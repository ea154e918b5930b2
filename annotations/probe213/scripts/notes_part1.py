"""probe213 corpus notes, C01-C07 (occupational health and workers' compensation, with the
nephrology, dermatology and wound notes around them; all people, places and wording invented)."""

C01 = {"patient_id": "C01", "age": 52, "sex": "F", "notes": [
("2023-09-12", "Employee Health Pre-placement Visit", """
EMPLOYEE HEALTH SERVICES - PRE-PLACEMENT EXAM / IMMUNIZATIONS
St. Wendeline Medical Ctr, Bldg C rm 114

Position: specimen processor, core lab (2nd shift). Anticipated start 9/25/23.
Hx per questionnaire + chart: kidney failure (ESRD) - PD at home, cycler overnight, since 2020.
T2DM - glargine 22 u qHS + lispro w/ meals. HTN. No blood thinners.
VS: BP 142/86 | HR 78 | T 98.1F | 88.0kg / 163cm | BMI 33.1
Titers: anti-HBs <2 mIU/mL = non-immune. MMR/varicella IgG pos. QFT-Plus neg (drawn 9/5).
Skin: no open areas on arms/hands.
Hep B: Heplisav-B dose 1 of 2 -> L upper arm (deltoid), IM, lot HB4471, exp 03/2025.
Obs 15 min, no rxn. Dose 2 due in ~4 wks.
N95 fit test: 3M 1870+, passed.
Disposition: cleared for hire, no restrictions.
-- K. Oyelaran, RN COHN-S
"""),
("2023-10-10", "Employee Health Nurse Visit", """
EHS nurse visit - Hep B series completion

Employee returns for Heplisav-B #2. After dose 1 (12-Sep-2023) had a sore L arm for about a day,
no fever, no swelling, did not miss work.
Today: afebrile, feels well, no acute complaints. Asks for the same arm again - she is R handed
and pipettes w/ the R.
Heplisav-B 0.5mL, L upper arm/deltoid, IM, lot HB4502. Tolerated. Observed 15 min, no rxn.
Post-series anti-HBs ordered for 1-2 mo from today (dialysis pts often need a booster series -
will cc her PD nurse).
Next: annual TB questionnaire due 9/2024.
-- K. Oyelaran RN
"""),
("2023-11-06", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT
Ref: Lakeshore Home Dialysis (PD RN T. Farrow) - "painful black spot L arm"

HPI: 52F on PD since 2020, insulin-treated T2DM. On 10/27/23 she felt a hard, very tender knot
on her L upper arm, outer side; across the next ~10 days it went purple, and the middle
blackened. She rates pain 9/10, nights worst, has kept her home from the lab. She herself notes
it sits exactly where both of her hep B shots from employee health went in.
Exam: L lateral upper arm - 5x4cm stellate retiform purpura, adherent central black eschar,
livedoid rim, woody induration. No fluctuance. R arm clear. Abd/thighs: no lesions.
Labs (PD clinic 10/30): Ca9.9 P6.6 iPTH712 Alb3.1
Impression: calciphylaxis strongly favored, located at the vaccination site. 6mm punch x2
from the border for histology incl. von Kossa. Will phone w/ results; nephrology alerted re: STS.
"""),
("2023-11-20", "Occupational Health Work Status Report", """
WORK STATUS REPORT - Employee Health / Occupational Medicine
Employee: C01 [Specimen processor, Core Lab]   Dept mgr: R. Tsai

Diagnosis: calciphylaxis, L upper arm - confirmed on skin bx 11/06/23 (pathology:
calcified + thrombosed microvessels in fat, vK+). Per derm and our own review, the lesion arose
at the L deltoid site of the two hepatitis B vaccine doses given here in Sept and Oct.
Now on sodium thiosulfate with her dialysis team; wound care twice weekly.
Wt 87.1 kg, BMI 32.8. BP 138/80.
Status: OFF WORK 11/20/23 - 12/04/23. Then modified duty: no lifting >10 lb with L arm, no
centrifuge rotor changes, gloves + clean dry cover over the wound at all times.
Recheck in EHS 12/4.
Occupational exposure? Vaccine was employer-required -> incident report #23-1187 filed w/ risk mgmt.
"""),
]}

C02 = {"patient_id": "C02", "age": 47, "sex": "M", "notes": [
("2022-02-18", "Workers' Compensation Initial Evaluation", """
WORKERS' COMP - PHYSICIAN'S INITIAL REPORT
Employer: Pellham Foods DC #3 (order selector)   Claim # pending
DOI: 02/16/2022 ~ 03:40, night shift

Mechanism: pulling a 40-lb case of bottled water from the lowest tier of a pallet, twisted to set
it on his jack and felt a sharp pull across his low back. Reported to lead same shift.
No numbness/tingling, no bowel/bladder change.
PMH: ESRD: dialysis (HD) at a center, afternoons M-W-F; HTN; paroxysmal AF on warfarin. Not diabetic.
VS 148/92, P 84 irreg, BMI 27.6.
Exam: tender bilat lumbar paraspinals L3-S1 with spasm, flexion to 40 deg limited by pain, SLR neg
bilat, strength/sensation/reflexes symmetric. Skin of back intact.
Dx: lumbar sprain/strain, work related (S39.012A).
Plan: acetaminophen (no NSAIDs - kidneys/warfarin), gentle walking, may use heat for comfort.
Modified duty x 2 wk: no lifting >20 lb, no pallet building. RTC 2 wks.
"""),
("2022-03-21", "Workers' Compensation Progress Report", """
WC PROGRESS NOTE / WORK STATUS - Pellham Foods claim 22-0416

Back pain down to 2/10, only stiff first thing in the AM. Has been sticking the drugstore heat
wraps across his lower back before every shift since late Feb, keeps them on ~8 h, "they're the
only thing that let me finish the night". Walking 20 min daily. Did his modified duty w/o issue.
Exam: near-full lumbar flexion, mild paraspinal tenderness, no spasm today. Gait normal.
A: lumbar strain - resolving.
Work status: full duty effective 03/28/22. Case may close at next visit if still improved.
Reminded not to sleep on the wraps.
F/u 4 wk or PRN.
"""),
("2022-05-09", "Nephrology HD Rounds", """
HD ROUNDS - Riverside Kidney Center, station 14, MWF second shift

47M, ESRD from IgA nephropathy, dialyzes via a L brachiocephalic fistula. Since early April a
new, very painful, indurated plaque has been present on his L low back just lateral to the spine;
Dr. Achebe (derm) biopsied it 4/28 -> calciphylaxis (medial arteriolar calcification, intimal
fibrosis, thrombi).
Today ~6x5cm; black eschar in the middle, violaceous net at the margins. Pain 8/10; needs
hydromorphone pre-run to tolerate sitting.
Labs 5/2: Ca9.6 P7.1 iPTH812 Alb3.4 INR2.6
EDW 79.5kg -> BMI 27.1
Plan: start STS 25 g IV TIW (infuse during final hr on the machine); sevelamer up, add cinacalcet; warfarin off
-> apixaban (cards agrees); wound RN; PTX referral if PTH won't come down.
"""),
]}

C03 = {"patient_id": "C03", "age": 58, "sex": "M", "notes": [
("2024-05-20", "Occupational Health Visit", """
OCCUPATIONAL HEALTH CLINIC - Dunmore County (contracted)
Employee: corrections officer, housing unit B, 12-hr day shifts
CC: "sore spot right side, where my radio rides"

HPI: 58M. Pain began about 3 weeks ago on his R side just over the belt. Since 3/4/24 the dept
has required officers to carry the new larger radio + charger pouch, which hangs from the right
of the duty belt and digs into the R flank whenever he sits at the control desk. No fall, no blow
to the area.
PMH: ESRD, PD w/ overnight cycler; T2DM - no pills or insulin,
diabetes is diet-treated only, A1c 6.4 (Apr); HTN; gout.
VS 136/84 | P 76 | afebrile | 97.9kg | BMI 30.0
Exam: R flank, a finger-width above the iliac crest: 3x2cm firm violaceous plaque, net-like
purpura at its edge; cannot tolerate even light touch.
A: painful plaque at radio-holster pressure point. ESRD, so calciphylaxis is on the ddx (vs
panniculitis).
Plan: derm appt same week; no duty belt until seen; desk-duty letter given.
"""),
("2024-05-29", "Dermatology Clinic", """
DERM f/u - results visit
Punch bx (5/22/24), R flank plaque: pathologist reports calcific deposits lining subcutaneous
capillaries and arterioles, fibrin thrombi, fatty necrosis; the von Kossa
prep lights up the mineral. Dx: CALCIPHYLAXIS.
Lesion today 4x3cm, new central dusky necrosis. It sits directly under the spot where his radio
holster presses on the R flank; the plaque's outline matches the pouch. Pt adds it hurts most
after long shifts.
Nephro (Dr. Halvorsen) notified - STS by IV at the PD clinic, binder adjustment.
Wound care: silicone-bordered foam, swap q48h.
Strongly advise no duty belt over this area until healed; will give letter.
RTC 3 wks.
"""),
("2024-06-10", "Employer Correspondence", """
Dunmore County Sheriff's Office - Attn: Lt. M. Brennan, Personnel
RE: work restrictions for Officer [C03]

Dear Lt. Brennan,
Your officer is under care in our clinic and with dermatology for calciphylaxis, a disorder of
the skin and its small blood vessels seen in people with kidney failure. His lesion is on the
right flank where the radio pouch on his duty belt presses. Until released:
1. No duty belt or any equipment belt. A radio on a shoulder harness or chest carrier is fine.
2. Post assignments that do not involve inmate contact or use of force.
3. May sit/stand as needed; allow time for dressing changes.
Expected duration 6-8 weeks; we will re-evaluate on 7/22/24.
BMI today 30.0. Questions: Occ Health (ext 4410).
Sincerely, D. Kowalczyk, MD MPH
"""),
]}

C04 = {"patient_id": "C04", "age": 61, "sex": "F", "notes": [
("2022-12-05", "Workers' Compensation First Report of Injury", """
WC DOCTOR'S FIRST REPORT OF OCCUPATIONAL INJURY
Employer: Greywater Skilled Nursing & Rehab   Occupation: CNA, 7a-3p
DOI: Nov 29, 2022

Pt states she was boosting a 110 kg resident up in bed with one coworker (lift sheet, no ceiling
lift in that room), felt a pop and burning in the R groin, and that evening saw a bulge. Bulge
comes out with standing/coughing, goes back lying down.
PMH: kidney failure, HD Tu/Th/Sa (ESRD); HTN; R leg DVT 2015 - warfarin x 6 months then stopped, none since.
No diabetes.
Vitals: BP 150/88, HR 80, BMI 36.2.
Exam: reducible R inguinal hernia, ~3 cm defect, mildly tender, no skin change. L side neg.
Dx: R inguinal hernia, work related.
Plan: gen surg referral (Dr. Nakashima). Restrictions: no lifting/pushing/pulling > 10 lb, no
resident transfers.
"""),
("2023-01-18", "Operative Note", """
OPERATIVE REPORT
Procedure: open R inguinal hernia repair with polypropylene mesh (Lichtenstein)
Surgeon: A. Nakashima MD   Anesthesia: MAC + local (ilioinguinal block)
Pre/post-op dx: R indirect inguinal hernia (WC claim 22-GW-0933)
Findings: indirect sac, 3 cm internal ring defect, no incarceration.
Description: 6 cm oblique skin incision in the R groin, two fingerbreadths above and parallel to
the inguinal ligament. EOA incised, cord mobilized, sac dissected high and reduced. 7.5x15cm mesh
secured (2-0 Prolene) to shelving edge inferiorly and conjoint tendon superiorly. EOA closed w/
running 3-0 Vicryl; Scarpa's fascia interrupted; skin: 4-0 Monocryl subcuticular (running), then
Dermabond. EBL ~10 mL; no complications. Dialysis tomorrow (Thu) as scheduled.
Dispo: home same day; no lifting >10 lb x 6 wks.
"""),
("2023-08-14", "Wound Clinic", """
WOUND CARE CENTER - new pt
61F on HD, s/p R open inguinal hernia repair 1/18/23 (work injury). Incision healed cleanly -
surgeon discharged her at 6 wks, back to modified duty in March. Since the spring a firm,
exquisitely painful purple band formed along the lateral portion of the scar and then turned black.
Derm biopsy 7/31/23: calciphylaxis.
Exam: R groin, lateral scar - 3x2cm black eschar bordered by ~1cm violaceous retiform rim, no
drainage, no fluctuance, no spreading erythema. L groin nl.
BMI 35.8.
Plan: no debridement at present (eschar dry, stable), betadine paint BID, gauze; nephrology
increasing HD to 4x/wk + STS. Hold work until cleared.
RTC 2 wks.
"""),
("2023-09-05", "Workers' Compensation Supplemental Report", """
WC SUPPLEMENTAL REPORT - response to adjuster (Harbor Mutual, claim 22-GW-0933)

Question 1: Is the current groin wound related to the accepted 11/29/22 hernia injury?
Answer: Yes, within reasonable medical probability. The employee has biopsy-proven calciphylaxis,
and the lesion formed inside the healed scar of her work-related R inguinal hernia repair. Her
kidney failure is the underlying risk, but the surgical wound decided where the lesion appeared.
Question 2: Work capacity?
Temporarily totally disabled from her CNA job while the wound is open. Anticipate at least 8 wks.
Question 3: Further care?
Wound center q2wk, thiosulfate at dialysis, possible parathyroidectomy eval.
Records reviewed: OH notes 12/5/22, op report 1/18/23, wound center 8/14/23, path 7/31/23.
"""),
]}

C05 = {"patient_id": "C05", "age": 39, "sex": "M", "notes": [
("2025-06-03", "Occupational Health Injury Visit", """
OCC HEALTH - INJURY VISIT (walk-in from Brickyard Home Supply, store #61)
39M stocker. At ~10:15 today backing a loaded pallet jack down aisle 14 when the forks swung and
caught his L shin. Reported to MOD right away.
PMH: ESRD on HD (MWF 5:30 am chair), type 1 diabetic, insulin by pen (abdomen), HTN. Meds:
insulin aspart/degludec, sevelamer, amlodipine.
VS: 132/78, HR 88, BG 164. BMI 24.8.
Exam: L shin, anterior, middle third: 3x1.5cm superficial abrasion w/ small skin flap, oozing.
Tibia nontender, full ROM ankle/knee, DP pulse palpable.
Tx: NS irrigation, flap laid back down, petrolatum, covered. Tdap (last 2018) given IM R deltoid.
Dx: abrasion L lower leg, work related.
Work: regular duty, wear long pants, keep clean and dry. Recheck 2 weeks.
"""),
("2025-06-17", "Occupational Health Recheck", """
OCC HEALTH RECHECK - claim closure
Abrasion of L shin from 6/3 reviewed. Skin fully closed with thin pink epithelium, no scab, no
drainage, no warmth. Pt has no pain at the site. Worked full duty throughout.
CGM download: BG mostly 120-200.
A: healed abrasion, L anterior shin.
P: MMI reached, no permanent impairment. Case closed; regular duty without restrictions. Return
PRN if the skin reopens or changes.
Store safety lead called: pallet jack latch repaired 6/5, aisle 14 now marked one-way.
Form WC-4 completed and faxed to carrier (Granite State Mutual).
"""),
("2025-07-01", "Wound Care Clinic", """
WOUND CLINIC CONSULT - referred by dialysis unit
HPI: 39M w/ ESRD (HD MWF), T1DM. Painful ulcer in the mid-third of the L anterior shin; it first
appeared ~10 days ago - a dark, tender patch - and opened over the weekend. Pain 7/10, worse with standing
at work.
Derm (Dr. Ibarra) did a punch bx on 6/26 at the edge: calcification of small dermal/subcutaneous
vessels with thrombi -> calciphylaxis.
Exam: 2.5x2cm ulcer, black eschar over 60%, violaceous livedo around it in a 6 cm zone. No
purulence. DP 2+.
Labs: Ca9.2 P6.4 iPTH580
Plan: STS w/ HD, gentle autolytic debridement with hydrogel, foam cover, change q2 days. Off
work 2 wks, note given. Wt 74 kg, BMI 24.5.
"""),
]}

C06 = {"patient_id": "C06", "age": 44, "sex": "F", "notes": [
("2024-11-20", "Employee Health TB Screening", """
EMPLOYEE HEALTH - ANNUAL TB SKIN TEST (2-step not req'd, prior neg on file)
Facility: Maple Hollow Assisted Living   Employee: C06, CNA, nights

Placed: Mon 11/18/2024 @ 07:10, PPD (Tubersol) 0.1mL ID, L volar forearm (mid), wheal 7 mm,
by J. Pruett LPN.
Read: 11/20/2024 @ 07:25 (48 h) - induration 0 mm, no erythema. RESULT: NEGATIVE.
Symptom screen: no cough, fever, night sweats, wt loss.
Health notes on file: kidney failure on home PD; T2 diabetes on linagliptin (not on insulin); HTN.
Annual flu vaccine declined today - will get it at her nephrologist's.
Cleared for continued work. Next TB screen due 11/2025.
"""),
("2024-12-16", "Dermatology Consult", """
DERMATOLOGY CONSULT
CC: painful sore L forearm
HPI: 44F on home PD, DM2 (no insulin). The area has hurt since Thanksgiving; first a hard
pea-sized lump, then a purple star-shaped patch, and this past week the center blackened. Per
pt, it is on the exact spot where her TB skin test was placed at work the week before
Thanksgiving. No other trauma, no IVs or blood draws in that arm.
Exam: L volar mid-forearm, 2.5x2cm stellate violaceous plaque, central necrosis, firm
subcutaneous induration extending ~1 cm beyond. Full skin check otherwise negative.
BMI 29.9 (overweight).
A/P: suspect calciphylaxis at TST site; ddx necrotizing infection, vasculitis. Deep incisional
biopsy done today, L forearm, 2 sutures. Wound culture sent. Rx: silver foam.
"""),
("2024-12-30", "Occupational Health Work Status Report", """
WORK STATUS / RETURN-TO-WORK FORM - Maple Hollow Assisted Living
Employee: C06   Job: CNA   Date of visit: 12-30-2024
Diagnosis: calciphylaxis, L forearm (biopsy 12/16/24, path signed out 12/20: vascular
calcification + thrombosis, c/w calciphylaxis). Lesion is at the L forearm TB skin test site
(TST 11/18/24).
Work-related? Possibly - onset at an employer-required test site; refer to WC carrier for
determination.
Current status: [ ] full duty  [X] modified duty  [ ] off work
Restrictions: no resident lifting/transfers with L arm; no wet work w/ L arm; keep dressing
covered w/ sleeve; charting/linen tasks OK with R hand.
Duration: through 01/27/2025 or until next visit.
Vitals: BP 128/76, BMI 29.9.
"""),
]}

C07 = {"patient_id": "C07", "age": 55, "sex": "M", "notes": [
("2021-08-14", "Urgent Care Occupational Injury", """
URGENT CARE - WORK INJURY (Sat evening)
Employer: Marisol's Cantina (line cook)
CC: burn R arm
HPI: 55M, at about 8:30 pm a basket dropped into the fryer splashed hot oil onto his R forearm.
Ran it under the cold tap ~10 min in the kitchen.
PMH: MVR (mechanical, 2014) -> warfarin, INR 2.8 last week; HTN; obesity. Kidneys fine (Cr 0.9
in June). No diabetes.
VS: BP 146/90, HR 92, T 98.4, BMI 31.5.
Exam: R dorsal forearm, distal half - 8x4cm partial-thickness burn w/ intact + broken blisters,
pink moist base, blanches. Hand/fingers spared. ~1.5% TBSA.
Tx: silver sulfadiazine cream, nonstick layer, tubular net. Tdap up to date.
Work status: off 08/15-08/17; then no fryer/grill until healed, gloves + sleeve.
F/u occ health Tue.
"""),
("2021-11-08", "Dermatology Consult", """
DERM CONSULT - Dr. F. Oduya
55M line cook, mechanical MVR on warfarin, normal renal fx (eGFR >90, Cr 0.8).
History: grease burn R dorsal forearm at work 8/14/21, healed by mid-Sept with a shiny pink scar.
From October on he noticed a deep ache in the scar; a hard purple patch followed and broke down
2 wks ago.
Exam: R dorsal forearm, inside the old burn scar - 4x3cm ulcer, black eschar, retiform violaceous
margin; 2 cm indurated rim. L arm, legs, abdomen clear.
Path (incisional bx 10/29): calcified small arterioles in subcutaneous fat, thrombi,
panniculitis -> c/w non-uremic calciphylaxis. Ca9.4 P3.6 iPTH44, 25-OH D 18.
Impression: non-uremic calciphylaxis in the burn scar; warfarin and the thermal injury are the
likely triggers.
Plan: discuss with cardiology (valve - warfarin can't simply stop), IV STS, wound care.
"""),
("2021-12-02", "Workers' Compensation Progress Report", """
WC PROGRESS REPORT (PR-2) - claim MC-21-0814, Marisol's Cantina
Subjective: pain in the R forearm wound 5/10, sleeping better. Goes to the infusion center
Mon/Wed/Fri for IV STS since 11/15.
Objective: eschar 4x3cm R dorsal forearm, edges softening, no infection. BMI 31.2.
Cardiology: warfarin continued (mechanical mitral valve), INR target now 2.5 to 3.0;
apixaban not an option.
Causation: the calciphylaxis formed in the scar of the 8/14/21 work burn; treat as a consequence
of the accepted injury.
Work status: modified duty - no cooking line, no heat or steam exposure to the R arm; may do
prep/cashier with a covered forearm. 4 hr shifts.
Next visit 1/6/22.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
