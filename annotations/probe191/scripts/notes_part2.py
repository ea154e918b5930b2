"""probe191 corpus notes, E08-E14 (medical-ward nursing handovers, SBAR and flowsheet comments, and the
clinics around them; all people, places and wording invented)."""

E08 = {"patient_id": "E08", "age": 69, "sex": "M", "notes": [
("2018-11-23", "Nursing Shift Handover", """
4 EAST - SHIFT HANDOVER 11/23/18 1900
Bed 7, 69 M. Came in on Thanksgiving Day (11/22) with acute gout of the R knee - hot, swollen,
couldn't bear weight.
ESRD, HD Tue/Thu/Sat (L arm AVF: L arm protected). AF - warfarin, INR 2.4. No
diabetes. BMI 24.9.
Tx: prednisone 30 mg daily; colchicine held (renal).
Ice packs to the R knee, 20 min on then 40 off while he's awake, started in ED yesterday afternoon -
pt calls it "the best thing so far". R knee less red, pain 4/10 (was 9). Walking to BR with
walker + SBA.
1800 vitals: 37.4 / 76 / 134-72 / RR 16 / sat 98% room air.
Plan: HD tomorrow a.m., home Sunday if steady on his feet. Keep the ice going per order.
"""),
("2018-12-11", "Dialysis Unit Flowsheet Comment", """
Pre-HD skin check / flowsheet comment - 12/11/18 0640 - Chair 14
Pt c/o R knee pain again, but says it's not like the gout: over the front of the R kneecap a
3x3cm dusky, very firm patch w/ a dark center and purple lacy edge. Per pt it came up on
Sat 12/8. Exquisitely tender to touch, joint itself not swollen, no fever.
Pre-wt 71.3kg, BP 142/70, HR 72.
Dr. Achterberg informed on rounds -> urgent derm referral placed, photo to chart.
iPTH 1050 (Nov), Ca x PO4 product 68.
Post-HD: 4 h run tolerated, UF 2.6 L, needles pulled, hemostasis at 10 min.
"""),
("2018-12-14", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC - 12/14/2018
69M on HD for ESRD, AF on warfarin, not diabetic, referred urgently by his dialysis unit.
Exam: necrotic plaque 3.5x3cm on the R anterior knee, over the patella; black eschar
centrally, rim of retiform purpura. Knee effusion absent.
Punch bx taken from the lesion edge today.
Addendum 12/17/2018: path back: calcified subcutaneous microvessels, fibrin thrombi; pathologist's
read: calciphylaxis.
A/P: R knee calciphylaxis, arising in skin that was iced over and over during his
late-November gout flare; cold injury is among the local triggers described.
Plan: thiosulfate at dialysis; warfarin -> apixaban? (cardiology to weigh in); no ice or heat on
that knee; wound RN for dressings.
"""),
]}

E09 = {"patient_id": "E09", "age": 72, "sex": "M", "notes": [
("2020-06-15", "MAR Site Log and Flowsheet Comment", """
6 WEST MED - MAR site documentation: heparin 5000 units subQ every 8 h (VTE ppx) - rm 618, 72 M
6/12 2200  L upper abd (LUQ)              RN JM
6/13 0600  LLQ                            RN TS
6/13 1400  L upper abd, 2 cm lateral      RN AB
6/13 2200  LLQ                            RN JM
6/14 0600  L upper abd                    RN TS
6/14 1400  LLQ                            RN PO
6/14 2200  LUQ                            RN JM
Flowsheet comment 6/15 0610: pt asks that shots go on the LEFT side only - he sleeps on his R
and calls that "his side". Honoring this; every dose so far has been L abdomen. No bruising or
induration at the L sites. R side of abdomen intact.
ESRD, HD Tue/Thu/Sat. Prediabetes only (HbA1c 6.1%), no DM meds. BMI 29.9.
"""),
("2020-06-22", "SBAR - Skin Change", """
SBAR 06/22/2020 0715 (night -> day, copy to team)
S: Rm 618, 72M - R lower abdomen has a new firm, painful spot.
B: Adm 6/12 for HF/volume overload, ESRD on HD. Heparin SC q8h since admit - per MAR every
   dose on the L side.
A: R lower abdomen, ~4 cm lateral to the navel: firm violaceous plaque 5x4cm, lacy purple
   rim, small dark centre. Pt felt it yesterday when he rolled over; pain 7/10. L-sided
   injection sites unremarkable. VS 36.7 / 78 / 128-66 / sat 95%.
R: team to see this a.m.; derm c/s? Will keep heparin on the L and well away from the plaque.
"""),
("2020-06-26", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT - 06/26/20
72M ESRD/HD; painful R lower abdominal plaque, present x 5 days.
No injections, tape, pressure or injury at that site per pt and per the nursing injection log
(heparin has gone only into the L abdomen).
Exam: R lower abdomen - indurated retiform purpura 5.5x4.5cm, 1cm eschar centrally.
L abdomen: faint healed needle marks, no purpura, no induration.
Punch bx 6/23: subcutis shows calcified arterioles with thrombosed lumens and a panniculitis; diagnosis =
calciphylaxis.
Plan: STS at dialysis; discontinue calcium acetate; cinacalcet per renal; SC heparin may continue
on the L; pain control; wound RN. Weight 90.2kg (BMI 29.9).
"""),
]}

E10 = {"patient_id": "E10", "age": 66, "sex": "F", "notes": [
("2017-05-09", "Nursing Handover", """
MED 2 - RN HANDOVER 05/09/2017 0700 (nights -> days)
Bed 4, 66 F, admitted 5/8 2150 from ED with a painful L leg wound she couldn't manage at home.
Story: a tender purple spot appeared on her posterior L calf about 2 wks ago, spreading, centre
gone black. Can't remember hurting the leg at all.
PMH: ESRD (outpt HD MWF; fistula in the R upper arm); T2DM, glargine given in the abdomen; obese
(BMI 35.2); HTN. No anticoagulants.
On arrival: SCDs on both calves for VTE ppx (5/8 ~2200); ice pack to the L calf x 20 min at
0100 for pain - she said it helped a little.
0500 vitals 37.3 / 90 / 160-84 / RR 18 / sat 96% RA. Fingerstick 164.
To do: wound RN consult, derm consult (they want a bx), HD today.
"""),
("2017-05-11", "Wound Care RN Consult", """
WOUND CARE RN CONSULT 5/11/17
L post. calf - 4x3.5cm eschar (black), stable, bordered by a 2 cm violaceous indurated rim with
livedo beyond it. No drainage, no odour. R calf: intact.
Note: the SCD sleeve was squeezing directly over the L calf wound - removed from the LLE; R
sleeve ok to continue. No ice to the wound please.
Derm bx done this a.m. at the eschar edge.
Plan: keep eschar dry, povidone-iodine daily, ABD pad + Kerlix, nothing adhesive on her skin,
heels floated on a pillow. Will return Monday to reassess and measure.
"""),
("2017-05-16", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE 05/16/17
Path (5/11, L calf): c/w calciphylaxis (mural vascular calcium, thrombi,
fat necrosis).
L posterior calf lesion began in late April, before this admission; unchanged in size this week.
Pain improving on scheduled regimen; sleeping better.
Today's chem: cCa 9.8, phos 7.7 (H), PTH 890 (H), alb 3.0 (L).
Weight 94.1kg, BMI 34.8.
Plan: STS 25g IV, final part of every run; calcium carbonate off;
cinacalcet 30 mg daily; extra HD session this week; wound RN following; pain team aware.
"""),
]}

E11 = {"patient_id": "E11", "age": 60, "sex": "M", "notes": [
("2016-09-20", "Dermatology Consult", """
DERM CONSULT - 9/20/2016 - Ward 9B
60M, HD for ESRD, diabetic on insulin (type 2), AF (warfarin), morbid obesity (BMI 38.2), with a R lateral
thigh lesion since Labor Day.
HPI: first a deep ache, then a pink patch, outer aspect of the R thigh, now hard and dark. No injections
or injury to that thigh per pt - his insulin goes in his belly.
Exam: R lateral thigh: 7x5cm plaque, violaceous, indurated, central eschar 3x2cm; retiform
edges.
Procedure: 4mm punch x2 at the plaque edge, R lateral thigh, after lidocaine; 1 suture each.
Impression: r/o calciphylaxis; warfarin necrosis also possible; path pending.
Recs: petrolatum gauze + ABD pad; wound RN to follow.
"""),
("2016-09-23", "Flowsheet Comment - Wound Care", """
Wound care flowsheet comment 09/23/16 1030 - 9B
R lateral thigh dsg change per order. Old dressing + paper tape removed; bx sites with sutures
intact, no bleeding. Eschar edges lifting, yellow slough at the 3 o'clock rim. Cleansed with NS,
moistened gauze to the slough, covered ABD + paper tape. Premedicated with oxycodone 5 mg at
1000, still 9/10 during the change; tolerated poorly, asked for breaks twice.
Lispro 6 u given LLQ at 1130 per scale (fingerstick 231).
Vitals 37.5 / 92 / 150-80. Pt tearful after, chaplain visit offered and accepted.
"""),
("2016-09-27", "Shift Handover SBAR", """
SBAR HANDOVER 09/27/2016 1900 - 9B bed 3
S: 60M with R lateral thigh wound - derm says this week's bx is c/w calciphylaxis.
B: ESRD, HD MWF; T2DM/insulin; obese at BMI 38.2. Warfarin stopped 9/25, apixaban
   started per heme.
A: wound team sharp-debrided the R thigh eschar at the bedside 9/26; NPWT placed today
   at 125 mmHg continuous, seal holding, canister 20 mL serosang. Pain 6/10 after hydromorphone.
   Vitals 37.1 / 88 / 142-76.
R: NPWT alarm = check seal first; call wound team for leaks. Lispro per scale (abd sites only).
   STS 1st dose with HD tomorrow.
"""),
("2016-10-04", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE - 10/4/16
Calciphylaxis, R lateral thigh (bx 9/20: medial calcification + thrombi in subcutaneous
arterioles) - wound bed pinker after the debridement, NPWT continues, less slough.
STS 25 g given at each dialysis since 9/28, tolerating; mild nausea, ondansetron helps.
Labs: cCa 9.1, phos 6.2 (H), PTH 740 (H).
Weight 118.5kg, BMI 37.9.
Plan: continue STS; lanthanum instead of calcium acetate; cinacalcet 30 mg; apixaban continues;
dietitian for phosphate; dispo likely LTAC for ongoing wound care and NPWT changes.
"""),
]}

E12 = {"patient_id": "E12", "age": 57, "sex": "F", "notes": [
("2021-04-14", "PD Clinic RN Note", """
PD CLINIC - RN note 04/14/2021
57 F, CAPD, four exchanges a day, 18 mo now. Not diabetic (HbA1c 5.2%). BMI 45.1.
C/o: L breast - sore, hard area x ~3 wks, getting darker. Denies any injury, bumping it,
underwire bra rubbing, or heat or ice to the chest. Never had breast surgery or a breast biopsy.
Looked: L breast lower outer, firm purplish patch 4cm with a dusky centre, tender. No nipple
change, no discharge. Exit site clean, effluent clear, UF on target.
Told Dr. Haddad (renal) - wants her admitted for derm eval; pt agreeable, husband to drive.
"""),
("2021-04-16", "Medical Ward Admission SBAR", """
SBAR - admission handover 4/16/21 2300, 9 South
S: 57F, painful necrotic lesion L breast, admitted for work-up.
B: ESRD on CAPD. AF: warfarin was talked about by cardiology last year but never started (pt
   declined). Obese, BMI 45.1. No DM.
A: L breast LOQ - indurated plaque ~5cm, black centre, livedo around it; pain 8/10.
   VS 37.0 / 90 / 136-84 / RR 16 / sat 97%.
R: VTE ppx - subQ heparin 5000 u twice daily ordered, first dose due tomorrow a.m., abdomen
   only, NOT chest/breast. Pt declined SCDs. Advised soft bra, no underwire. Derm to see
   tomorrow.
"""),
("2021-04-20", "Dermatology Consult", """
DERMATOLOGY CONSULT - 4/20/2021
Bx 4/17 (L breast, lesion edge): calcified subcutaneous arterioles, thrombi, septal + lobular
panniculitis, vK +; diagnosis calciphylaxis.
Exam: necrotic plaque 5.5cm in the lower outer L breast, retiform margins; R breast clear.
Nothing traumatic found at that spot: pt denies injury, injections or pressure there.
Recs: STS per renal; wound RN - hydrogel + foam, no tape on breast skin; if she ever needs
central access, avoid the L chest; if new lesions appear, rebiopsy. Breast imaging not needed
acutely.
"""),
]}

E13 = {"patient_id": "E13", "age": 64, "sex": "M", "notes": [
("2022-10-03", "Post-Procedure Nursing Handover", """
CARDIAC STEP-DOWN - post-procedure handover 10/03/2022 1630
64 M, s/p LHC today ~1300 via R femoral artery, closure device placed. 3-vessel disease -> CT
surgery consult.
R groin site: soft, small 2 cm hematoma at the puncture, outlined; no bruit; DP/PT 2+ on R.
Bed rest flat until 1700, HOB under 30, R leg straight.
VS q15 x4 -> q30 x4 -> q1h; latest 36.5 / 70 / 128-64.
PMH: ESRD, L arm AVF, runs MWF; insulin-treated T2DM; HLD. Not on warfarin. BMI 28.4.
Contrast given - renal aware, HD tomorrow.
"""),
("2022-10-19", "Dialysis Unit RN Flowsheet Comment", """
HD unit flowsheet comment - 10/19/22 - chair 6
Pt points out a new painful violaceous plaque R medial thigh, mid-thigh, about 5x4cm, firm,
with a dusky centre and lacy purple margin. Noticed it 5 days ago; pain 7/10 when sitting in the
chair.
R groin (cath site from 10/3): healed, hematoma gone, nontender.
Pre-HD: BP 144/78, HR 80, wt 83.1kg.
Renal NP aware -> derm referral sent, STS discussed if bx positive. Pt worried about CABG date; wife asks whether surgery will be delayed. Next HD Friday.
"""),
("2022-10-27", "Dermatology Consult", """
DERMATOLOGY - 10/27/2022
64M, dialysis-dependent ESRD, DM on insulin, awaiting CABG.
Bx 10/21 (R medial thigh): small-vessel calcification, luminal thrombosis, fat necrosis ->
calciphylaxis.
Exam: R mid medial thigh, about 18 cm below the inguinal crease - retiform indurated plaque
5.5x4.5cm with an eschar in its centre.
The femoral access site in the R groin is remote from the lesion and fully healed; no injections
or other injury to the thigh.
Plan: STS with HD; discuss timing of CABG with CT surgery (wound healing); wound RN.
"""),
]}

E14 = {"patient_id": "E14", "age": 75, "sex": "F", "notes": [
("2026-02-03", "Medical Ward Shift Handover", """
5 NORTH HANDOVER 02/03/2026 1900 (days -> nights)
Bed 3, 75 F, adm 1/30 w/ volume overload. ESRD, TTS dialysis, tunneled cath R IJ.
T2DM on insulin (glargine + lispro SC, abdomen - a few small bruises at old insulin sites,
expected). Warfarin on hold since adm (INR 4.2) - AF. BMI 30.4.
Known calciphylaxis both inner thighs, dx by derm bx 1/8/26, lesions started around Christmas.
Dsg: foam, change q3d (due 2/4).
NEW today: skin tear L forearm 3 cm when an ECG electrode + tape were pulled off - cleaned,
Steri-Strips, silicone dsg.
Also reddened open spot on top of R ear from the O2 cannula tubing - foam ear protectors on.
VS 36.8 / 86 / 138-62 / sat 93% 2L.
"""),
("2026-02-05", "WOC Nursing Consult", """
WOC NURSE CONSULT 02/05/2026
Asked to sort out this patient's wounds:
1. Bilateral medial thighs - known calciphylaxis (derm bx Jan): R 8x6cm, L 6x5cm, black
   eschar, retiform borders. No injections, devices or injury to the thighs per pt/chart.
2. L forearm - category 2 skin tear from adhesive removal 2/3; flap viable. Not calciphylaxis.
3. R ear helix - stage 2 PI from the O2 tubing (device-related). Not
   calciphylaxis.
4. Abdomen - small yellow-green ecchymoses at insulin sites, no necrosis, no induration.
Plan: thighs - dry eschar care, betadine, foam; forearm - silicone contact layer, no tape, roll
gauze; ear - tubing padded, ear checks q shift; rotate insulin sites.
"""),
("2026-02-10", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP - 2/10/2026
Bilateral medial thigh calciphylaxis, bx-proven 1/8/26, onset late Dec. Slowly stabilizing on STS.
Exam: R thigh 8x6cm, L 6x5.5cm, eschars dry and firm, margins softer.
No local trauma to either thigh found on review - no injections, devices or injury there.
The L forearm skin tear and R ear pressure injury are separate, healing, and unrelated to the
calciphylaxis.
Plan: continue STS with HD; warfarin to stay off - heme to advise alternative; pain team;
follow up in 2 weeks.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
