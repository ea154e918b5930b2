"""probe154 corpus notes, D01-D07 (templated EHR and scribe notes; all invented)."""

D01 = {"patient_id": "D01", "age": 58, "sex": "F", "notes": [
("2020-08-14", "PD Clinic Monthly Visit (scribed)", """
HOLLIS RIDGE HOME DIALYSIS - PD CLINIC VISIT
Scribe: Tamsin Orr      Provider: Ruth Vandersloot, MD
Visit type: [X] monthly  [ ] urgent  [ ] training

CC: monthly PD f/u, "wiped out"
HPI: 58 yo woman - IgA nephropathy -> ESRD (bx 2011), on CCPD since '18.
Pt reports getting winded and tired on her stairs x 1 mo, no black stools. Cycler
low-drain alarms 1-2x/wk per pt.

ROS:
 Constitutional | [X] fatigue [ ] fever [ ] wt loss
 Skin           | [ ] rash [ ] wounds [X] neg

Vitals: BP 138/84 | P 80 | 86.0kg | 164.5cm | BMI 31.8 kg/m2
Exit site: clean, no crust, nontender (score 0).
Labs 8/10: Hgb 8.9 L | ferritin 412 | TSAT 27 | Ca 9.1 | PO4 6.2 H | iPTH 610 H | alb 3.4
Kt/V (wk) 1.9 - adequate

#Anemia, CKD-related: Hgb 8.9 -> begin Aranesp (darbepoetin) 40 mcg subcut q14 days.
Dose #1 was drawn up and given here today by the PD nurse, posterior L upper
arm; pt wants every dose in that same arm b/c she sleeps on her R side. Recheck Hgb 2 wks.
#CKD-MBD: sevelamer 1600 with each meal; phos diet reviewed.
#Obesity: dietitian f/u.
Med rec: sevelamer, amlodipine 10 qd, calcitriol 0.25 mcg qd, Aranesp (new). No
anticoagulant. Diabetes: none.

I, Tamsin Orr, scribed for Dr. Vandersloot. Attestation: I personally performed the services
described; documentation reviewed and accurate. -RV
"""),
("2020-11-05", "Dermatology Consult (scribed)", """
DERMATOLOGY - NEW CONSULT          Referring: R. Vandersloot MD (nephrology)
Scribed by: Kwame Ashdown for Priya Lindqvist, MD

Reason for consult: painful spot L arm
HPI: Pt reports a hard, very sore area behind her L arm that began 3 wks ago as a "pink
bump" and went dark this past week. Pain 9/10, worst overnight; pt reports she cannot sleep
on that arm. Home peritoneal dialysis. Pt reports her Aranesp shots every other week since
mid-August have all been given into that one place on the L arm. Afebrile at home.

ROS: (+) pain L arm  (-) fever  (-) chills  (-) joint pain  (-) other skin lesions

PE: L posterior upper arm: 3.5x3cm violaceous indurated plaque, stellate retiform border,
1.2cm central black eschar, exquisitely tender. Other sites checked (R arm, abdomen, thighs)
- clear.
Intake BMI 31.4 kg/m2.

Procedure: 4mm punch bx x2, deep, from the plaque edge, L posterior upper arm; H&E + VK
stain ordered. Tolerated well, hemostasis w/ pressure.

Impression/plan: Retiform purpura with eschar, L posterior upper arm, arising exactly at
her darbepoetin injection site; PD pt w/ phos >6 and high PTH - strongly favor
calciphylaxis; bx pending.
- No more injections into this arm; message sent to nephrology about the route.
- Petrolatum + nonadherent dressing daily.
- RTC 2 wks or sooner w/ path.
"""),
("2020-11-24", "PD Clinic Urgent Visit (scribed)", """
HOLLIS RIDGE HOME DIALYSIS - PD CLINIC VISIT
Scribe: Tamsin Orr      Provider: Ruth Vandersloot, MD
Visit type: [ ] monthly  [X] urgent  [ ] training

HPI (copied forward from 08/14/2020 - updated): 58 yo woman - IgA nephropathy ->
ESRD (bx 2011), on CCPD since '18. Pt reports getting winded and tired on her
stairs x 1 mo, no black stools.
UPDATE 11/24: here to go over derm path. Pt reports the L arm wound hurts less w/ dressings.

ROS:
 Constitutional | [X] fatigue [ ] fever [ ] wt loss
 Skin           | [ ] rash [ ] wounds [X] neg

Vitals: BP 132/80 | P 88 | 85.1kg | BMI 31.4 kg/m2
Path (derm bx 11/5/20): subcutis arterioles w/ calcified media + intraluminal clot;
fat necrosis; VK stain positive. Diagnostic of calciphylaxis.

#Calciphylaxis, biopsy-proven, L posterior upper arm - right at the site where her Aranesp
injections went since August.
 - STS 25 g IV x3/wk at the Birchline infusion suite, start next wk.
 - Aranesp on hold; if restarted, abdomen only, never the L arm.
 - Sevelamer to 2400 per meal; stop calcitriol; add cinacalcet 30 qd.
 - Pain: gabapentin 100 qhs, oxycodone 5 q6h prn.
#Anemia: Hgb now 10.2.
#Obesity, BMI 31.4.
Attestation as above. -RV
"""),
]}

D02 = {"patient_id": "D02", "age": 66, "sex": "F", "notes": [
("2022-01-11", "Primary Care Office Visit (scribed)", """
Maple Terrace Family Medicine
OFFICE VISIT 01/11/2022     Provider: Gideon Platt, DO     Scribe: L. Moorcroft

Chief Complaint: Follow-up (DM2); "sore under my bra"

HPI: 66 yr old lady, ESRD on HD MWF (Northgate Dialysis), type 2 diabetes, HTN, in for 3 mo
f/u. Pt reports her daughter gave her a set of underwire bras for Christmas and she has
worn one daily since Christmas; pt reports "the wire on my left side digs right in." Pt
reports no broken skin. Fasting sugars 120s-180s.

ROS:
Constitutional: Negative for fever, chills.
Skin: Positive for redness (under L breast). Negative for rash elsewhere.
Cardio: Negative for chest pain.

Vitals: BP 152/88 | Pulse 74 | 98.4kg | 1.65m | BMI 36.15 kg/m2 | SpO2 98%

Exam: Breasts large, pendulous. L inframammary fold w/ a linear red groove along the wire
line, blanching, skin intact. R side unremarkable.

A/P:
1. DM2 - A1c 7.4%. Keep linagliptin 5 qd. Not on insulin.
2. Underwire pressure, L inframammary fold - advised a professional fitting or soft-cup bra.
3. ESRD on HD - per nephrology; sevelamer, calcium acetate, cinacalcet.
4. Obesity, class II - diet counseling.
Tobacco: {NEVER/FORMER/CURRENT:20043}
Return in about 3 months (around 4/11/2022).
I, Lena Moorcroft, am scribing for Dr. Platt. -- Dr. Platt: I agree with the above.
"""),
("2022-03-29", "Dialysis Unit Monthly Physician Note", """
NORTHGATE DIALYSIS CENTER - MONTHLY PROVIDER ROUNDING NOTE
Pt: 66F   Sched: MWF 2nd shift, chair 14   Access: R brachiobasilic AVF
Rx: 4 hr, Qb 400, Qd 600, 2K/2.5Ca, EDW 96.0 kg
Adequacy (Mar): spKt/V 1.52, URR 74%

Interval: RN reports pt tearful at chairside last wk, c/o severe burning under the L breast.
Pt reports a dark sore came up there in early March and is "worse than any toothache."

Skin: L inframammary fold w/ a 4x2cm plaque, purple and firm, gray-black center,
livedoid edge; very tender. Rest of skin not examined (pt dressed, in chair).
Labs (3/21/22): PTH 1104^  phos 7.8^  Ca 9.6  albumin 3.2v  Hgb 10.6
Meds: linagliptin, sevelamer, PhosLo 2 tabs with meals, cinacalcet 60,
carvedilol, atorvastatin

A/P:
- L inframammary fold, painful necrotic plaque - worried this is calciphylaxis. Derm
  referral same wk for biopsy. Calcium acetate OFF, sevelamer 2400 w/ meals, cinacalcet 90.
- Extra Saturday session x 4 wks while w/u ongoing.
- Pre wt 95.7 kg today.
Electronically signed: Omar Bettencourt, MD 03/29/2022 16:40
"""),
("2022-04-19", "Dermatology Follow-up (scribed)", """
DERMATOLOGY FOLLOW-UP
Scribe: A. Kettering | Attending: Yusuf Delacroix, MD

Interval: Seen 4/7 for L breast lesion; 6 mm punch bx obtained from the plaque rim.
Path: calcium encrusting small subcutaneous vessel walls w/ microthrombi, plus septal
panniculitis. Dx: calciphylaxis.
Pt reports pain 7/10 and she is sleeping in a recliner.

Exam: L inframammary fold: eschar 4.5x2.5cm, violaceous retiform rim, no purulence.
Bx site sutured, intact. Abdomen, thighs, buttocks: no similar lesions.
Vitals: BMI 35.8 (97.7 kg / 1.65 m)

Assessment/Plan:
Calciphylaxis of the L breast (inframammary fold), biopsy proven.
[X] Sodium thiosulfate with HD (nephrology arranging)   [X] Wound care referral
[ ] Hyperbaric O2                                        [X] Pain clinic referral
- Keep fold dry; wire-free cotton bra; nonadherent foam between skin folds.
- RTC 3 wk.
I, A. Kettering, documented this visit for Dr. Delacroix, who performed it.
"""),
]}

D03 = {"patient_id": "D03", "age": 61, "sex": "M", "notes": [
("2022-11-17", "Dialysis Unit Monthly Physician Note", """
BRACKEN FALLS KIDNEY CENTER    Monthly MD/APP Note    (template v3)
Patient: 61 y.o. M   Shift: TTS 1st   Access: L radiocephalic AVF   Modality: in-center HD

Subjective: Pt reports he drives himself 40 mi each way in his pickup. Since it turned cold
this fall he runs the seat heater on HIGH the whole trip because "my feet and my rear are
always cold" (diabetic neuropathy). Pt reports the seat gets hot enough that both buttocks
are red when he climbs out. No CP/SOB. Cramps last hour of tx.

Objective:
Pre BP 164/90, post 138/78 | EDW 91.5 kg, post wt 92.0 | Ht 175 cm | BMI 29.96 kg/m2
Skin check (per template): [X] intact [ ] wound(s) [ ] rash  - not disrobed
Labs: Hgb 11.2, K+ 5.4, phos 6.9 (H), cCa 9.4, iPTH 455, alb 3.6, A1c 8.1%
spKt/V 1.41

Meds: glargine 18 u qhs, lispro SSI w/ meals, gabapentin 100 qhs, cinacalcet 30, sevelamer
1600 TIDAC, midodrine pre-HD.

A/P:
1. ESRD, in-center HD - adequate; challenge EDW down 0.5 kg.
2. DM2 w/ neuropathy on insulin - endo f/u.
3. Seat heater w/ insensate skin - counseled to use low or off, burn risk. Pt reluctant.
4. Overweight (BMI just under 30).
Halvorsen Quist, MD
"""),
("2023-01-09", "ED Provider Note (scribed)", """
EMERGENCY DEPARTMENT - PROVIDER NOTE
Scribe statement: I, Jordy Fenwick, am scribing for Dr. Celeste Amankwah.

CC: buttock pain
HPI: 61M (ESRD, HD T/Th/S; basal-bolus insulin for DM2; neuropathy) - here for
painful sores on each buttock. Pt reports he first noticed dark tender spots on New Year's
Day, which opened
over the last 2-3 days. Pt reports he skipped Saturday HD because sitting hurt too much. No
fever at home.

ROS:
| System         | Positive       | Negative       |
| Constitutional | fatigue        | fever, chills  |
| Skin           | wounds, pain   | itching        |
| GU             | -              | dysuria        |

Vitals: 37.1C | HR 96 | 171/94 | RR 18 | 97% on room air
Exam: Bilateral buttocks - L: 3x2.5cm ulcer, adherent black eschar, violaceous net-like
induration around it; R: 2x2cm purpuric indurated plaque w/ early central necrosis. No
crepitus, no fluctuance.

Labs: WBC 9.8, K 6.1 (H), lactate 1.3, Ca 9.9, PO4 8.2. Blood cx pending.

MDM: Necrotic buttock ulcers in HD pt - differential - calciphylaxis (top), vasculitis,
DTPI; necrotizing infection unlikely clinically. Hyperkalemia from missed HD.
Dispo: admit to medicine, urgent HD, derm and nephrology consults.
"""),
("2023-01-12", "Dermatology Inpatient Consult Follow-up", """
INPATIENT DERMATOLOGY CONSULT - FOLLOW-UP
Attending: Marguerite Osei-Lindgren, MD     Resident: T. Pike, MD

Bx 1/10/23 (L buttock, 6 mm punch): arterioles in the subcutaneous fat ringed by calcium,
thrombosed, w/ fat necrosis. Dx: calciphylaxis.

Exam today: both buttocks w/ retiform purpura and eschar, L > R, unchanged in size; thighs
and abdomen free of lesions.
Hx reviewed with pt: heated truck seat on high every drive since the fall; the seat contact
area lines up with the lesions on both buttocks.

Impression: Calciphylaxis, bilateral buttocks, biopsy-proven.
Rec:
- Sodium thiosulfate 25g IV after each HD run (nephrology)
- Seat heater off permanently; pressure-redistribution cushion
- Wound: gentle cleanse, hydrogel to the non-eschar areas, bordered foam
- Pain: palliative care consult
Seen and discussed w/ attending.
"""),
("2023-02-06", "Nephrology Clinic Note (scribed)", """
NEPHROLOGY CLINIC - POST-HOSPITAL F/U
Scribe: Rhea Munoz | Provider: Halvorsen Quist, MD

Pt reports buttock pain is 4/10 now with gabapentin + oxycodone. Pt reports the pickup's seat
heater has been unplugged since discharge and his son drives him to HD now.

Hospital course (copied from d/c summary 1/18/23): admitted 1/9 w/ necrotic ulcers of both
buttocks, bx-proven calciphylaxis, hyperkalemia corrected w/ HD, STS started.

Clinician comment: both buttock lesions formed right where the heated seat had been
cooking his skin on every drive since last fall; the heat injury is the likely trigger.

Vitals: BP 148/82, Wt 89.8 kg, BMI 29.3
ROS: Skin positive for wounds; all other systems negative.
Labs 2/1: PO4 5.4 / iPTH 380 / Ca 9.0 / Hgb 10.1

A/P:
1. Calciphylaxis, bilateral buttocks - continue STS w/ HD, sevelamer; cinacalcet to 60;
   no calcium binders, no vitamin D.
2. DM2 - glargine, lispro; A1c 7.6%.
3. ESRD - HD TTS, EDW 89.5.
Provider attestation: I have reviewed the scribe's documentation and agree. -HQ
"""),
]}

D04 = {"patient_id": "D04", "age": 52, "sex": "F", "notes": [
("2018-07-10", "PD Clinic Monthly Visit (scribed)", """
WILLOWBEND HOME THERAPIES - MONTHLY PD VISIT
Provider: Ines Carrow, MD   Scribe: B. Tallis   [.PDVISIT v2]

52F w/ ESRD due to class IV lupus nephritis, APD since 2015 through a presternal PD
catheter (chest exit chosen because of body habitus). Antiphospholipid syndrome on warfarin.
Pt reports she had her umbilical hernia repaired (open, with mesh) in June 2018 at Calloway
Surgical Center; low-volume supine exchanges x 2 wks afterward, now back to full fills.
Pt reports the belly incision is "tender but fine."

ROS: [X] no fever  [X] no abd pain  [ ] cloudy effluent  [X] no leak

Vitals: BP 128/76 | 88.2kg | 163cm | BMI 33.2 | T 36.6
Exit site (presternal, L upper chest): clean, no drainage.
Abdomen: periumbilical incision healing, staples out, no redness, no leak.

Labs 7/2/18: INR 2.6 / Ca 9.8 / PO4 6.5 H / iPTH 702 H / alb 3.3 / Hgb 10.8
Kt/V weekly 1.8

A/P:
1. ESRD on APD - resume usual Rx 5 x 2.2 L.
2. s/p umbilical herniorrhaphy - surgery f/u 9/4.
3. APS: warfarin, goal INR 2-3 per hematology.
4. SLE - plaquenil 200 qd, pred 5 qd.
5. Obesity - BMI 33.
No diabetes.
"""),
("2018-09-04", "General Surgery Clinic Note", """
CALLOWAY SURGICAL ASSOCIATES - POSTOP / PROBLEM VISIT
Surgeon: Declan Murrow, MD

S: Pt returns for routine postop check after open umbilical hernia repair w/ mesh. Pt
reports a painful black spot at the incision that she first noticed 8/20/18; pain out of
proportion, 8/10, worse w/ PD fills. No fevers, no drainage.

O: Afebrile. Periumbilical incision: 3 cm firm black eschar centered on the incision; a
6 cm halo of violaceous, indurated, net-patterned skin around it. No fluctuance, no pus,
mesh not exposed. CT abd/pelvis 9/1: no fluid collection; extensive vascular calcification.

A: Necrosis arising in the umbilical hernia incision, not behaving like a surgical site
infection. PD, warfarin, high phos and PTH - calciphylaxis at the surgical wound is my
leading concern.
P: No debridement for now. Derm for biopsy this week. Wound clinic referral.
D/w Dr. Carrow (nephrology), who will adjust binders.
"""),
("2018-09-18", "Wound Care Clinic Visit", """
WOUND CARE CENTER - FOLLOW-UP    (flowsheet template)
Wound #1
 Location: [Abdomen] - periumbilical, at hernia repair incision
 Etiology: [ ] Pressure  [ ] Venous  [ ] Arterial  [ ] Neuropathic  [X] Other: calciphylaxis
 Date of onset: 08/20/2018
 Size (LxWxD): 3.4x2.8x0.2cm     Tissue: 90% eschar, 10% slough
 Periwound: violaceous, indurated, retiform
 Exudate: scant, serous | Malodor: no | Pain 8/10

Bx 9/7/18 (derm, 4mm punch x2 at wound edge): vessel walls in the subcutaneous fat
calcified - consistent with calciphylaxis.

Procedure: none today (eschar dry and stable).
Dressing: hydrofiber + bordered foam, change q48h. No calcium alginate.
Vitals: BP 122/70, 87.1kg, BMI 32.8

Notes: Pt reports she is afraid the mesh will get infected. Sodium thiosulfate 25g IV three
days a week since 9/10 at infusion center per Dr. Carrow. Warfarin continued for now per
hematology (APS), reviewing options. Prednisone taper discussed w/ rheum.
RTC 1 wk.
"""),
]}

D05 = {"patient_id": "D05", "age": 70, "sex": "M", "notes": [
("2024-09-03", "Primary Care Same-Day Visit (scribed)", """
RIVERLEA PRIMARY CARE - SAME DAY VISIT  09/03/2024
Provider: Anneliese Brandt, NP     Scribe: K. Oyelaran

CC: dog bite
HPI: 70yo man. ESRD - chair time at Larkspur M/W/F; DM2 (glargine/aspart); AFib on
apixaban. Pt reports his neighbor's terrier ran out and bit him behind the L calf yesterday
(Labor Day) while he was
at the mailbox. Bled a little, washed it w/ soap. Dog vaccinated per owner (records faxed).

ROS:  Fever N | Chills N | Skin: wound Y, rash N | Numbness feet Y (chronic)

Vitals: BP 144/78 | P 68 irreg | T 36.8 | 84.3kg | 176.5cm | BMI 27.06

Exam: L posterior calf: pair of punctures ~4 mm apart plus a 2 cm superficial tear, bruising
around them; no purulence, tendon intact. Pedal pulses diminished bilat (baseline).

A/P:
1. Dog bite L posterior calf - irrigated, left open. Augmentin 500/125 once daily
   (renal dose) x 5 days. Tdap today, R deltoid.
2. DM2 on glargine + aspart - A1c 7.8%.
3. ESRD - HD at Larkspur Dialysis.
4. AF - apixaban 2.5 twice daily. No warfarin.
Return precautions: spreading redness, fever.
"""),
("2024-10-02", "Dialysis Unit Monthly Physician Note", """
LARKSPUR DIALYSIS - MONTHLY PHYSICIAN ROUNDS   [SmartText .HDROUNDS]
Patient: 70 M   Chair 6   MWF   Access: L BC fistula, good thrill
Rx: 3.75 h, Qb 400, Qd 500, 2K/2.5Ca, EDW 82.5 kg
Adequacy: spKt/V 1.38 (Sept), URR 71%
Pre-tx wt 83.9 kg, BMI 26.9

Interval hx: Pt reports his L calf (back side) went black and has hurt "10 out of 10"
since 9/26, keeping him up at night. Pt reports he finished his antibiotics.
Skin: L posterior calf - 5x4cm stellate necrotic plaque, livedoid violaceous rim, very
tender, dry. R leg without lesions.
Labs 9/30: Ca 9.7 / PO4 7.4 H / iPTH 980 H / alb 3.0 L / Hgb 10.4

Assessment/plan:
- Necrotic L posterior calf lesion in HD pt, ?calciphylaxis vs infected wound - urgent derm
  bx, wound clinic. Hold calcitriol, begin cinacalcet 30; change to a calcium-free binder.
- DM2 - continue insulin.
- Adequacy at goal.
Signed: Farouk Ellingsen, MD
"""),
("2024-10-15", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE
Attending: Sunniva Arcand, MD

Reason: L leg ulcer, r/o calciphylaxis
Bx 10/4/24 (L posterior calf, 2 punches): subcutis vessels calcified and clotted, with fat
necrosis around them -> calciphylaxis.

HPI: Pt reports the pain is constant, 8/10. Pt reports he has been sleeping in a chair.
Exam: L posterior calf: 5.5x4.5cm black eschar, retiform purpuric border extending
medially; thighs, abdomen, R leg clear.
BMI 26.7

Impression: Calciphylaxis of the L posterior calf, biopsy-confirmed.
Plan:
- STS with each HD run (nephrology ordering)
- Wound clinic for dressings; no debridement while the eschar stays dry and stable
- Pain team referral
- Keep legs elevated in chair, protect from bumps
"""),
]}

D06 = {"patient_id": "D06", "age": 49, "sex": "F", "notes": [
("2019-06-20", "Primary Care Diabetes Visit (scribed)", """
ASHGROVE INTERNAL MEDICINE - DIABETES F/U
Provider: Nikhil Varadan, MD      Scribe: P. Lestrange

HPI: 49F, T2DM, ESRD (in-ctr HD since 2017, Tue-Thu-Sat), class III obesity.
Pt reports she started insulin glargine in January 2019 and injects it into her lower belly,
"mostly the left side, that side is easier for me." Pt reports she took a new job at a
distribution warehouse in April 2019; the uniform pants have a stiff elastic waistband that
leaves a deep red ring across her lower belly by the end of a shift.

ROS (template):
 Eyes: neg    Skin: neg    Endo: polyuria neg    Neuro: tingling feet pos

Vitals: BP 136/82 | HR 90 | 116.8kg | 168cm | BMI 41.4 kg/m2

Exam: abdomen obese w/ pannus; circumferential indentation at the waistband, blanchable,
skin intact; no lipohypertrophy.

A/P:
- T2DM: glargine 22 u qhs; A1c 8.4%. Rotate injection sites within the abdomen.
- Obesity class III: bariatric referral offered, declined.
- ESRD on HD: per nephrology. No anticoagulants.
"""),
("2020-02-10", "Dermatology Consult (scribed)", """
DERMATOLOGY - CONSULT       Scribe: Maren Ulloa      Physician: Theo Whitcombe, MD

Pt reports a hard, painful "bruise" low on her L belly that began about 2 months ago and has
slowly darkened. Pain 8/10, burning. Pt reports she has kept injecting her glargine there,
and her work pants still press across the same spot.

PMH: ESRD/HD TTS, insulin-requiring T2DM, obesity (BMI 41), HTN. No warfarin ever.

Skin exam: L lower abdomen, below the umbilicus: 6x4cm plaque, violet and woody, reticulated
border, 1.5cm central eschar. The plaque sits inside her insulin injection field and
directly under the waistband crease. R abdomen: scattered tiny injection marks, no plaques.

Procedure: 4mm punch bx x2 at the plaque margin.

Assessment: L lower abdominal calciphylaxis (clinical dx) - arising at her insulin injection
sites along the waistband pressure line. Biopsy to confirm.
- Switch insulin sites to both upper arms; loose waistband or suspenders.
- Wound care referral; nephrology informed re: sodium thiosulfate.
I, Maren Ulloa, scribed this note; Dr. Whitcombe reviewed and signed.
"""),
("2020-03-03", "Dialysis Unit Monthly Physician Note", """
CEDAR HOLLOW DIALYSIS - MONTHLY PROVIDER NOTE
49 F | TTS 2nd shift | Access: R upper arm AVG | EDW 114.0 kg

Path: bx 2/10/20, L lower abdomen - subcutaneous arterioles calcified and thrombosed, fits
calciphylaxis.
Interval: Pt reports the belly wound drains a little, pain 6 of 10; she says she is on leave
from the warehouse and now injects insulin into her upper arms.
Skin: eschar L lower abdomen 6.5x4cm w/ violaceous rim; no new lesions.
Vitals: pre BP 150/86, wt 115.2 kg, BMI 40.8

Labs 2/25: Ca 9.3 / PO4 6.6 H / iPTH 845 H / alb 3.1 L / Hgb 10.9 / Kt/V 1.33

Meds: glargine 20 u, sevelamer 2400 w/ meals, cinacalcet 60, sodium thiosulfate 25g IV
with each run (since 2/18), oxycodone prn.

A/P:
# calciphylaxis (L lower abd wall), bx-proven: cont STS; extend tx to 4.5 h; wound
  clinic weekly.
- T2DM, insulin.
- Class III obesity.
Signed: Adaeze Okonkwo-Reyes, MD
"""),
]}

D07 = {"patient_id": "D07", "age": 67, "sex": "M", "notes": [
("2016-11-21", "Cardiothoracic Surgery Discharge Summary", """
DISCHARGE SUMMARY - CARDIOTHORACIC SURGERY
Admit: 11/10/2016    Discharge: 11/21/2016    Attending: Ferdinand Ostrowski, MD

Diagnoses: 3-vessel CAD w/ NSTEMI; ESRD on HD; T2DM (non-insulin); post-op atrial
fibrillation.
Procedure: 11/14/2016 coronary bypass x3 (LIMA-LAD, SVG x2 to OM/PDA). Conduit: R greater
saphenous vein, open harvest; the incision runs along the medial calf from
just above the ankle to below the knee.

Course: Extubated POD 1. CRRT x 24 h, then intermittent HD via L arm AVF from POD 2. AF on
POD 3 -> amiodarone load, warfarin started 11/18 (INR 1.9 on day of d/c). R leg harvest
incision w/ mild serous drainage, Steri-Strips intact. Sternal incision clean/dry/intact.

D/c meds: warfarin 3 mg qd (INR at HD 11/23), ASA 81, atorvastatin 80, metoprolol 25 BID,
linagliptin 5, sevelamer 800 w/ meals. No insulin at home.
94.0kg | 177cm | BMI 30.0

Follow-up: CT surgery in 2 wks; HD Tu/Th/Sa at Pinecrest Dialysis; cardiology 4 wks.
"""),
("2017-03-01", "Wound Care Clinic New Patient", """
PINECREST WOUND & HYPERBARIC CENTER - NEW PATIENT
Provider: Odalys Whitford, DPM        (wound assessment smartform)

Pt reports the R leg vein incision healed by Christmas, then "went bad" in early February
2017: painful purple-black spots along the scar that are now open. Pain 9/10 at night.

Wound assessment:
 Location ....... R medial calf, along SVG harvest incision
 Wound type ..... [ ] surgical dehiscence [ ] venous [ ] arterial [X] other (see A/P)
 Size ........... 3 lesions: 2.0x1.5, 1.2x1.0, 3.5x2.0 cm
 Base ........... dry black eschar, no granulation
 Periwound ...... livedoid, violaceous, indurated
 Pulses ......... DP/PT non-palpable; ABI noncompressible

Vitals: BP 142/70 | 93.8kg | BMI 30.0

A/P: Necrotic plaques strung along the healed R calf vein-harvest incision in an HD patient
on warfarin - I suspect calciphylaxis seeded in the surgical scar. 4mm punch bx done now
from the rim of the biggest plaque (sent). Dry dressing; no debridement until path is back.
Will call cardiology about warfarin.
"""),
("2017-03-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
Physician: Leopold Vaszary, MD

Bx 3/1/17 (wound center, R medial calf): small subcutaneous vessels calcified, intimal
hyperplasia, thrombi -> calciphylaxis.

Pt reports the calf hurts most at night and he stopped walking his dog. Pt reports his
cardiologist switched warfarin to apixaban on 3/15.

Exam: R medial calf: 3 eschars in a line along the harvest scar, largest now 4x2.2cm,
violaceous retiform halo; L leg, thighs, abdomen clear.

Impression: Calciphylaxis of the R medial calf along the CABG vein-harvest scar,
biopsy-proven.
Plan:
- STS 25g IV after each HD (nephrology)
- Stop calcium-based binder; cinacalcet
- Wound center weekly; hyperbaric O2 referral under review
- Pain: gabapentin 100 qhs
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
