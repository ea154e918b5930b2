"""probe207 corpus notes, C01-C07 (PICC, IV team and vascular-access nursing, and the clinics
around them; all people, places and wording invented)."""

C01 = {"patient_id": "C01", "age": 81, "sex": "F", "notes": [
("2023-11-12", "IV Therapy Team Consult", """
IV THERAPY TEAM CONSULT                    11/12/23  1415
Req by: 6W hospitalist.  Reason: no peripheral access, needs maint fluids.

81 y/o F adm 11/10 w/ dehydration + AKI on CKD 3b, poor PO intake.
Hx: AF (warfarin), HTN, obesity class III. Not diabetic.
Wt 104 kg, BMI 41.2.  Limb restrictions: none.

Assessment: bilat hands/forearms w/ short tortuous veins, hx of many sticks.
Attempts today: x2 by floor RN (L hand, R forearm), x2 by IV team w/ US
(both upper arms) - all unsuccessful; vessels <2 mm and >1.5 cm deep under adipose.
Discussed w/ Dr Okafor: PICC deferred (CKD - vein preservation), SC fluids OK'd.

Intervention: hypodermoclysis started 1440, 0.9% NaCl @ 40 mL/h through a 24g winged
needle sited SC, L lower abdomen. Pt tolerated, c/o mild fullness only.
Plan: floor RN to check site q4h. IV team will re-attempt if IV meds become necessary.
"""),
("2023-11-15", "SC Infusion Site Flowsheet Note", """
SUBCUT INFUSION - SITE FLOWSHEET NOTE, 6 West
Site: L lower abd, needle in since 11/12 (IV team).  Day 3.
Rate: NS 40 mL/h.  Site soft, no leak, ~3 cm boggy fullness, nontender, absorbs
between checks.  No redness.
VS: T 36.6  P 84 irreg  BP 128/70  R 18  SpO2 95% on RA
Lytes: Na 141, K 4.4, BUN 38 (was 61), Cr 1.9 (was 2.6).  INR 2.4.
Pt drinking well now, ~1.2 L today by her own count. MD d/c'd the SC fluids at 1030.
Needle pulled, intact, site dry, small pink puncture mark, no bruise.
Pt asked if she can go home Fri - deferred to team.
"""),
("2023-12-06", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT (readmission)            Dec 6, 2023
CC: painful "purple bruise" on her belly.
HPI: 81F, CKD 3b, obesity, AF - on warfarin, INR kept 2-3; readmitted 12/4 for pain.
She and her daughter describe a sore patch low on the L abdomen since about
Thanksgiving, which has since spread and darkened. They point to where "the fluids went
under the skin" last month; IV team flowsheets confirm a clysis needle in the L lower
abdomen from 11/12 to 11/15.
Exam: stellate plaque 7x5cm over the L lower abdominal wall - purple-violet, branching (retiform)
edge, dusky necrotic middle, very tender. Pannus otherwise clear; thighs and calves clear.
A: retiform purpura at the prior hypodermoclysis site. Favor calciphylaxis (non-uremic;
warfarin, obesity, female) over warfarin necrosis given the timing.
P: 4 mm punch bx x2 from the edge today, von Kossa requested. No debridement for now.
"""),
("2023-12-13", "Dermatology Follow-up", """
Derm f/u - path review                                    13-Dec-2023
Punch bx (12/06/2023, L lower abdomen): subcutis w/ calcium-laden vessel walls (small caliber),
intimal thickening, lobular fat necrosis; deposits black on von Kossa.
Pathologist reads this as consistent with calciphylaxis.
Dx: calciphylaxis, non-uremic type, where the SC fluids ran (L lower abdomen).
Labs: Ca 9.4, Phos 4.1, PTH 88, alb 2.9, INR 2.6.  BMI 40.6 today.
Plan (w/ cardiology): warfarin stopped, apixaban 5 mg BID begun. IV sodium thiosulfate
not planned for now. Wound RN for moist dressings. Scheduled acetaminophen,
low-dose oxycodone prn. No future SC infusions or shots into the abdominal wall.
"""),
]}

C02 = {"patient_id": "C02", "age": 63, "sex": "M", "notes": [
("2020-02-06", "Infusion Center Infiltration/Extravasation Report", """
OUTPATIENT INFUSION CENTER - INFILTRATION / EXTRAVASATION EVENT REPORT
Event: 02/06/2020 0948    Reporter: J. Ostrowski RN
Pt 63 M, ESRD on CCPD, DM2 (glargine + lispro). Here for iron sucrose 200 mg, dose 3 of 5.
Access: 22g PIV placed 0905 L volar forearm, one stick, good blood return, flushed easily.
Infusion: iron sucrose 200 mg in 100 mL NS, started 0920, to run over 30 min.
Event: 0948 pt c/o burning; site swollen ~4 x 5 cm, cool, taut, light brown tint
tracking along the vein. Estimated 35 mL infiltrated.
Actions: infusion stopped, tubing off, aspiration attempted (nil), catheter pulled,
arm raised on pillows. Pharmacy: no antidote, no compresses advised. NP Lindqvist
examined and marked the borders w/ skin pen.
Rest of dose given through a new 22g PIV in the R hand, uneventful.
Pt told the tan staining may last months; call for blisters or worse pain.
INS infiltration scale: grade 2. Safety report filed.
"""),
("2020-03-19", "Home Dialysis Clinic - Nephrology", """
Home Dialysis Clinic - nephrology visit                3/19/2020
63M, diabetic kidney disease -> ESRD, CCPD for 2 yrs now; DM2, insulin.
Interval: an awful sore on the L forearm. Per pt it showed up about 3 weeks ago (firm
purple knot at the start); the centre went black over the last few days. Denies fevers;
bags clear.
Exam: BP 152/84, P 90, 98.6kg (BMI 31.5).
L volar forearm: black eschar 3x2cm ringed by retiform purpura, indurated, exquisitely
tender to light touch.
Labs 3/16: iPTH 1040 / PO4 7.6 / Ca 9.9 / alb 3.2.   Kt/V 1.9 (weekly), adequate.
A/P
- L forearm necrotic ulcer - worry this is calciphylaxis given PO4 and PTH. Urgent derm
  referral placed, tissue needed.
- Phosphorus: raise sevelamer to 1600 mg with meals; RD to review diet.
- PTH: adding cinacalcet 30 mg qd.
- Avoid calcium-containing binders; calcitriol held.
"""),
("2020-03-30", "Dermatology Clinic", """
Dermatology clinic                                        30 Mar 2020
Referred by the PD team for a L forearm ulcer.
Incisional bx 3/23 (L volar mid-forearm): subcutaneous arterioles show medial
calcification, thrombosed lumina, septal panniculitis; VK+. Dx = calciphylaxis.
Exam today: L volar mid-forearm eschar, 3.5 by 2.5 cm, livedo surrounding, no pus.
Skin around the PD catheter clear; thighs and legs clear.
98.6 -> 97.2 kg, BMI now 31.1.
Assessment: biopsy-proven calcific uremic arteriolopathy, one lesion so far.
Plan: IV sodium thiosulfate, 3 infusions per week at the cancer-center chairs, timed
around PD; nobody should put IV access in the L arm. Binder and cinacalcet unchanged.
Wound: hydrogel under a nonadherent pad; no sharp debridement yet. Pain recheck in 2 wks.
"""),
]}

C03 = {"patient_id": "C03", "age": 55, "sex": "F", "notes": [
("2022-10-03", "Vascular Access Team Note", """
VASCULAR ACCESS TEAM - ASSESSMENT / PROCEDURE NOTE     10/03/2022 09:40
Consult: PIV for IV cefazolin (PD exit-site infection w/ tunnel tracking).
Pt: 55F, ESRD on CAPD, not diabetic. Nephrology asks to keep the L cephalic/basilic
for a future fistula if we can -> R arm first.
Assessment: no visible or palpable veins on either forearm.
Warming: disposable warm packs to both forearms x 10 min for venodilation. At about
6 min pt said the L pack was "way too hot"; removed, faint pink blanching erythema
over the L dorsal forearm, no blister, faded before we left the room.
US after warming: forearm veins <2 mm bilat, not usable.
Procedure: US-guided 20g 1.88" PIV in the R upper arm basilic, 1 attempt, flash +,
secured, flushed w/o resistance. Pt tolerated.
Teach: call for pain/swelling at site. Dwell reassess daily.
"""),
("2022-11-09", "PD Clinic - Nephrology Follow-up", """
PD CLINIC - NEPHROLOGY F/U                              Nov 9 2022
55F on CAPD. Exit-site infection treated, cefazolin x 14 d finished 10/17, site now clean.
New: L forearm pain, "burns and never lets up." Dusky, hard, purple plaque on
the L dorsal forearm she first saw late October; past week the middle went black.
VS 138/82, pulse 76, afebrile. 63kg, BMI 24.3
Chem: Ca 10.2 (taking calcium acetate), PO4 6.8, iPTH 612, albumin 3.0
Not diabetic. No warfarin, never has been.
Impression: painful necrotic plaque, calciphylaxis suspected.
Plan: stop calcium acetate, switch to lanthanum; derm to biopsy this week; sodium
thiosulfate once there is tissue. Pain: gabapentin 100 mg after exchanges.
"""),
("2022-11-17", "Dermatology Consult", """
DERMATOLOGY CONSULT - 11.17.2022
Punch bx 11/11 of the L dorsal forearm plaque: calcified small vessels, thrombosis,
fat necrotic -> calciphylaxis.
History: PD patient. Of note the access nurse warmed this forearm with a heat pack on
10/3 and it "burned"; the plaque came up at that same spot a few weeks afterwards.
In my view the thermal injury localized her calciphylaxis (Koebner-type).
Exam: necrotic plaque of the L dorsal forearm, 4x3cm, livedoid margin. No other lesions.
Plan: IV sodium thiosulfate coordinated w/ PD team; no warm or cold packs to the limbs;
tourniquets kept off the L arm; wound care w/ hydrocolloid; f/u 3 wks.
"""),
]}

C04 = {"patient_id": "C04", "age": 67, "sex": "F", "notes": [
("2024-02-06", "Home Infusion Nursing Visit", """
HOME INFUSION NURSING VISIT - weekly line care                2/6/24
Therapy: ertapenem 1 g q24h x 6 wks for R foot osteomyelitis, wk 3 of 6.
Access: single-lumen midline R upper arm (placed 1/16/24). Ext length 0 cm.
Arm circ 34 cm (baseline 33.5).
Dressing: CHG-gel transparent dressing + securement device changed; site clean, no
redness/drainage. Flushes w/o resistance, brisk blood return.
VS: T 36.7, HR 80, BP 146/78, SpO2 96%.
FSBG 188 (glargine 30 u qhs + lispro scale). BMI 36.2 on her bathroom scale.
Home safety: she spends her days in the lift chair, electric heating pad spread
over her thighs, both of them - has done that since last fall for arthritis, setting usually HIGH.
Thighs pink, warm, skin intact. Taught: low setting, use a timer, never while asleep.
Next visit 2/13.
"""),
("2024-02-27", "Home Infusion Nursing Visit", """
HOME INFUSION RN VISIT                                       02/27/2024
Last wk of ertapenem. Midline R UA intact, dressing changed, securement OK.
NEW FINDING: pt shows this RN a very painful purple-black mottled patch on her inner
L thigh, first noticed on Presidents' Day. About 6 x 4 cm, hard, netlike purple edge,
small dark centre. She is still using the heating pad every day despite teaching.
R foot ulcer (osteo site) dressed per podiatry, unchanged.
Temp 37.2, pulse 92, BP 150/80.
Called PCP office and nephrology (CKD 4, eGFR 19): to be seen tomorrow.
Photo to chart w/ consent. Midline to come out when therapy ends 3/1.
"""),
("2024-03-08", "Wound & Skin Clinic", """
Wound & Skin Clinic (derm + wound NP)                         8 March 2024
67F. Kidneys: CKD 4, no dialysis. DM2 (insulin). Obese - BMI 36.0 today.
Bx 3/1, L medial thigh, deep incisional: small septal vessels calcified,
VK stain highlights it; fits calciphylaxis.
Exam: L medial thigh ulcer 5.5x4cm, eschar stuck down and black, retiform violaceous
rim. R thigh: brown lacy hyperpigmentation (erythema ab igne), no ulcer.
Assessment: calciphylaxis, L medial thigh, arising in skin she has been heating for
months with a heating pad; a thermal trigger is likely.
Plan: daughter removed the heating pad from the home. Sodium thiosulfate discussed with
nephrology. Pain team referral. Wound: Santyl to eschar edges, foam cover, q2 days.
"""),
]}

C05 = {"patient_id": "C05", "age": 71, "sex": "M", "notes": [
("2019-05-14", "PICC Insertion Note", """
PICC INSERTION NOTE - Vascular Access Nursing                 05/14/2019
Indication: 6 wks IV cefazolin, MSSA prosthetic valve endocarditis.
Nephrology (CKD 3b, Cr 1.8) agreed to a PICC; L arm to be left alone.
Consent signed, time-out done, maximal barrier precautions.
Vessel chosen: R basilic (upper arm), 4.8 mm diam, compressible, no thrombus. Tourniquet on/off.
Device: power-injectable PICC, 4Fr SL, cut to 41 cm, 1 attempt, MST, ECG tip
confirmation (peak P wave) at CAJ. External length 0 cm, arm circ 31 cm.
Securement: adhesive anchor device, CHG disc, transparent dressing. A tubular elastic
net sleeve was pulled over the arm from axilla to mid-forearm to hold the extension set.
EBL <5 mL. INR 2.7 today (warfarin, mechanical MVR).
Ht 178 cm, wt 95 kg, BMI 30.0. Diabetes: diet managed; A1c 6.4%.
"""),
("2019-06-04", "Home Infusion PICC Dressing Change Log", """
HOME INFUSION - PICC DRESSING CHANGE LOG                           6/4/19
Wk 3 of cefazolin.  R arm PICC, ext 0 cm, arm circ 32 cm (+1).
Old dressing lifting at edges - removed; CHG scrub 30 sec, air dried; new CHG disc,
TSM and anchor pad.
Net sleeve: pt has worn the same sleeve day and night since 5/14, and its lower edge
has rolled into a tight band. Deep circumferential groove across the R mid-forearm,
red blanching skin, no open area. Sleeve thrown out; larger size put on, ending
above the elbow.
Flush 10 mL NS before/after, + blood return.
VS 36.5 / 76 / 134/78.  INR by home draw 2.9.
"""),
("2019-06-20", "Dermatology New Patient", """
DERMATOLOGY - new patient                                  June 20, 2019
Referred by ID for a painful R arm lesion.
71M - mech MV (warfarin); CKD 3b, not dialyzed; DM by diet; BMI 30.0;
getting IV cefazolin through a R arm PICC.
HPI: R forearm - tender purple patch x 10 days, black centre since the weekend.
Exam: R mid-forearm, volar-ulnar aspect: stellate purpura 4x2.5cm, necrotic in the
middle, livedo at the margin; he winces at light touch. PICC site clean.
Labs: Ca 10.1, Phos 4.9, PTH 190, alb 3.1, Cr 1.9.
Punch bx today. Addendum 6/24: dermal and subcutaneous arterioles calcified, with
thrombi - calciphylaxis.
Impression: non-uremic calciphylaxis, warfarin-associated.
Plan: cardiology re anticoagulation (mech valve, DOAC not an option); wound care.
"""),
]}

C06 = {"patient_id": "C06", "age": 59, "sex": "M", "notes": [
("2025-01-02", "Vascular Access Team Assessment", """
VAT ACCESS ASSESSMENT - MICU bed 12                        Jan 2, 2025 0810
59M, ESRD on HD (L brachiocephalic AVF, thrill +), DM2 on insulin. Adm New Year's Eve
w/ septic shock from pneumonia. PMH DVT 2015 - took warfarin 2015-2017, now off.
LIMB ALERT: L arm - no BP, no sticks, no tourniquet. Red band on.
Lines: R IJ triple-lumen CVC (placed in ICU 12/31); 20g PIV R hand, day 2, VIP 0.
NIBP: the cuff has sat on the R upper arm from ICU admission, cycling q15 min per pressor
protocol. Skin under cuff intact, mild indentation.
Wt 82 kg, BMI 27.4.
Recs: CVC dressing due 1/7. PIV R hand ok to stay. RN to look under the cuff every shift.
"""),
("2025-01-16", "IV Team Rounds", """
IV TEAM ROUNDS                                                  01/16/2025
R IJ CVC day 16, CHG dressing intact, all lumens flush/draw. CHG bath done.
PIV R hand removed 1/10 for phlebitis grade 1, not replaced.
NEW: bedside RN shows us a dusky, mottled, firm patch on the R lateral upper arm, first
seen at the 1/9 night skin check. Now ~5 x 6 cm, darker, very tender to touch.
NIBP cuff was moved off that arm to the R calf the same night.
HD via AVF MWF, last run yesterday.
VS 37.4 / 98 / 118/64 with norepi at a low dose; sat 94% on 3 L.
Plan: wound RN consult, derm consult requested. Keep cuff off R arm.
"""),
("2025-01-21", "Dermatology Consult", """
Dermatology consult - MICU                                    21 Jan 2025
Asked to see a painful R upper arm lesion.
Exam: R lateral upper arm, retiform purpura 7x5cm, a black stellate necrotic centre,
firm. The top and bottom edges of it match the width of the BP cuff bladder.
Faint livedo also behind it, R posterior upper arm.
Bx 1/17 (4 mm punch x2): calcium in small vessel walls, microthrombi -> calciphylaxis.
Assessment: calciphylaxis in an HD patient, confined to the area squeezed by the
automatic BP cuff every 15 min since 12/31 - pressure as the local trigger (Koebner).
Plan: STS 25 g during each dialysis, Ca 2.0 bath, no BP cuff on the R
upper arm (thigh or calf instead), wound care per WOC RN, pain service.
"""),
]}

C07 = {"patient_id": "C07", "age": 48, "sex": "F", "notes": [
("2021-07-06", "PICC Placement Note", """
PICC PLACEMENT - bedside, vascular access RN                          7/6/21
Dx: MRSA vertebral osteomyelitis, IV daptomycin x 6 wks.
Renal: ESRD on APD (cycler). Vein preservation talked through w/ Dr Haverford
(nephrology): L arm PICC approved since no alternative (pt refused a tunneled CVC);
R arm kept for a future fistula.
Morbidly obese per chart, arm circ 41 cm. No DM. No anticoagulants.
US-guided insertion, L basilic, upper arm middle third. 5 Fr DL PICC, 44 cm,
2 attempts (first vessel rolled). Tip at CAJ by ECG method. Blood return both lumens.
Dressing: CHG sponge + TSM, sutureless securement. External 0 cm.
Tolerated well; no CXR needed.
"""),
("2021-08-16", "PICC Removal Note", """
PICC REMOVAL - infusion clinic                                  16-Aug-2021
Daptomycin finished 8/15. Order: remove L arm PICC.
Dressing off. Insertion site L medial upper arm: small crust at the exit point, no
redness, drainage or tenderness. Mild skin stripping at the old dressing border
(MARSI), superficial only.
Catheter withdrawn slowly w/ pt flat + Valsalva; length 44 cm, tip intact.
Occlusive petrolatum gauze on the site, to stay 24 h.
Pt told to take it off 8/17 and call for bleeding, swelling or fever.
VS: BP 142/88, HR 78, T 36.8.
"""),
("2021-09-20", "Peritoneal Dialysis Clinic", """
PERITONEAL DIALYSIS CLINIC                                      09/20/2021
48F, ESRD (IgA nephropathy) on APD 5 cycles/night. Obesity. Daptomycin completed
8/15 through a L arm PICC.
New problem: painful black scab at the old PICC exit site on the L medial upper arm,
began around Labor Day as a firm purple knot and has grown. Derm saw her 9/14 and
biopsied: calciphylaxis (vessel calcification + thrombosis, von Kossa +).
Exam: BP 148/90, HR 82, afebrile. L medial upper arm eschar 3cm across with a
violaceous indurated halo. Skin elsewhere clear.
Labs: iPTH 780, PO4 7.9, Ca 9.6, alb 3.4. Last Kt/V 2.0 (July).
A/P: calciphylaxis at the former PICC site. Sodium thiosulfate to start; binder
change to sucroferric oxyhydroxide; derm wound f/u.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
