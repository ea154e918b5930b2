"""probe266 corpus notes, Q01-Q07 (transfer-centre call logs and the receiving hospital's notes; all invented)."""

Q01 = {"patient_id": "Q01", "age": 58, "sex": "F", "notes": [
("2023-03-21", "Transfer Center Call Log", """
HARROWGATE UNIV MED CTR - TRANSFER CENTER
Case TC-2023-0318          Tues 03/21/2023
09:12  Incoming call, Dr. Anneliese Varga (hospitalist, Millbrook Community Hosp),
       cb ext 4471.
09:14  Pt: F, 58. ESRD - HD at Millbrook Kidney Ctr M/W/F, R chest tunneled line;
       DM2 (insulin-requiring). Admitted to Millbrook 3/2 for HCAP, abx course finished.
09:15  Reason for call: exquisitely painful violaceous patch R lower abdomen, first
       spotted by the night RN 2 days ago, center now dusky. Varga says pt has had
       heparin 5000u SC q8h into the abdomen, both sides, ever since admission 3/2.
       Worried re calciphylaxsis; Millbrook has no derm or renal cover on wkends.
09:22  Paged renal fellow on call (Dr. Osei-Brandt) -> ACCEPTED to 6E, nephrology
       primary, derm to consult when she lands.
09:40  Bed mgmt: 6E-14, no isolation. ETA 1600 by BLS.
SBAR read back + confirmed w/ RN Fenella Ormsby.
"""),
("2023-03-22", "Nephrology Admission H&P", """
NEPHROLOGY ADMISSION H&P - 6 East          DOS 3/22/23
CC: sore R lower belly lesion; transferred in from Millbrook.
HPI: 58F. Diabetic nephropathy -> ESRD (HD since '19, Millbrook Kidney Ctr,
MWF). DM2 for 20 yrs: glargine 30 units qHS, lispro SSI, self-injected into her thighs at
home. HTN. At Millbrook (adm 3/2, pneumonia) she got heparin SC for ppx, given into her
belly, L side and R side by turns. 3/19: her nurse found a tender purple area in the RLQ.
Afebrile. Has never taken warfarin; no anticoagulant apart from that heparin ppx.
Exam: T 37.1  BP 162/88. Weighs 96.4kg; BMI=37.2. Abd obese. RLQ: stellate retiform
purpura 6x4cm around a black eschar (1.5cm); per pt even the bedsheet brushing it hurts. L side
of abdomen: no plaques. Thighs: lipohypertrophy, no lesions.
Labs: iPTH 612, PO4 7.8, Ca 9.6, Hgb 9.9.
A/P: RLQ retiform purpura where the heparin went in, calciphylaxis high on the list.
Stop SC heparin. Derm punch bx. HD daily x3, then STS 25g IV post-dialysis. Wound RN.
"""),
("2023-03-28", "Dermatology Consult Follow-up", """
DERMATOLOGY INPATIENT CONSULT - follow-up           28-Mar-2023

Path is back on the 3/23 punch of the RLQ plaque (S23-4410): subcutis: small
vessels, walls calcified, intimal hyperplasia, fat necrosis; von Kossa stain +
-> fits calciphylaxis.

Impression: R lower abdominal calciphylaxis, arising where SC heparin
prophylaxis was injected at the outside hospital starting 3/2/23; onset 3/19/23 per the
referral.

Recs:
- SC injections: not into the abdomen anymore; insulin can stay in the thighs
- STS per renal
- calcium alginate, gentle care; hold off sharp debridement
- pain service
We'll see her twice a week. D/w Dr. Osei-Brandt.
"""),
]}

Q02 = {"patient_id": "Q02", "age": 66, "sex": "M", "notes": [
("2022-01-14", "Transfer Center Call Log", """
TRANSFER CTR LOG    Fri 14 Jan 2022    case 22-0114-07
1517  Call from NP Marisol Dunleavy, St Brannoc's Hospital ED.
      66M, home PD (nightly CCPD), AF - anticoagulated w/ warfarin, HTN, no DM.
1519  c/o: black, very painful sore, L buttock, upper-outer quadrant. Wife says it started
      on New Year's Day. NP reports he got a course of iron dextran (IM, Z-track technique) into
      that same L buttock at his PD clinic in Dec (3 doses, first one 12/6/21) bc his
      veins are poor.
1524  INR 3.4, WBC 11.2, lactate 1.6. VSS.
1530  Accepting: Dr. Priyanka Haldane (nephrology). Concern calciphylaxis vs a
      necrotizing soft-tissue infxn. Warfarin on hold. PD to continue here.
1547  Bed: 6E-03, cycler sent to room. ETA 2000.
"""),
("2022-01-15", "Nephrology Admission H&P", """
ADMISSION H&P - Nephrology, 6 East        01/15/2022 0010
66 yo M; IgA nephropathy -> ESRD, PD since 2018. AF, takes warfarin 5 mg qd
(CHA2DS2-VASc 3). Not diabetic, A1c 5.4.
HPI: first saw a tender purple patch on his L buttock on 1/1/22; it blackened over about
ten days. Iron dextran 100 mg IM by Z-track, three doses, went into the L UOQ of the
gluteal region at Wendmoor PD clinic on 12/6, 12/13 and 12/20/21. No fall, no injury
from sitting.
Exam: BMI 28.4 (87.1kg). L buttock, upper-outer: hard plaque 7x5cm; central eschar
black; retiform purpura rimming it; no fluctuance or crepitus. R buttock
clear. PD exit site looks clean.
Labs: alb 2.8; corrected Ca 10.1 (high-normal); phos 6.9; INR down to 3.1.
A/P: probable calciphylaxis at the IM iron site. Warfarin held - anticoag plan per
cardiology. Derm punch bx. Continue PD with low-Ca dialysate; STS IV 3x/wk.
"""),
("2022-01-20", "Dermatology Consult", """
Dermatology consult note - 20.01.2022
Asked to see a L buttock ulcer. History reviewed: onset 01.01.2022, some weeks after the
Z-track iron dextran doses into the same spot (first dose 06.12.2021).
Punch x2 (6mm) at the plaque edge, taken 17/01/2022; path today: medial calcinosis of
dermal/subcut arterioles with thrombi in lumina, fat necrosis.
Dx: CALCIPHYLAXIS, biopsy-confirmed, L buttock, at the intramuscular iron injection
site. Nothing on the R buttock or either thigh; no livedo anywhere else.
Plan: IM injections to either buttock to be avoided; STS to continue; warfarin stays off
(cardiology switched him to apixaban 1/18); hydrocolloid at the wound edge, enzymatic
debridement of the eschar; palliative to manage pain.
"""),
]}

Q03 = {"patient_id": "Q03", "age": 49, "sex": "F", "notes": [
("2024-09-18", "Transfer Center Call Log", """
HUMC Transfer Center - call record                 Wed 9/18/24
14:02 Referring: Dr. Eamon Thistlewood, Pell River Regional (medicine). Wants transfer
      for derm / wound / nephrology - none available locally.
14:03 S: 49F, ADPKD-related ESRD, HD Tue-Thu-Sat; painful necrotic plaque L flank
      since Labor Day, getting bigger.
      B: ADPKD w/ chronic L-sided cyst pain -> most nights since summer 2024 she has
      slept on a 'Sunvale' electric heating pad pressed to the L flank. HTN. No DM. DVT 2015, had
      warfarin for 6 mo then off.
      A: afebrile, HR 96, Hgb 8.9. ?calciphylaxis vs infected cyst with skin
      involvement.
      R: accept to 7W med-surg.
14:11 Accepting: Dr. Keturah Basquill (hospital medicine) - yes.
14:30 Bed: 7W-22 ready at 1800.
"""),
("2024-09-19", "Hospital Medicine Admission Note", """
HOSPITAL MEDICINE ADMISSION NOTE   7W   09/19/2024
Transfer from Pell River Regional.
HPI: 49 yo F, ADPKD -> ESRD, her HD days Tu/Th/Sa;
access L brachiocephalic AVF since 2021. Long-
standing L flank pain from a large cyst; every night since the summer she has had a
heating pad on that spot, sometimes dozing off on it. On Labor Day (9/2) a tender,
red-purple patch showed up on the L flank; last wk its middle turned black.
Meds: sevelamer 1600 TID, calcitriol, cinacalcet, amlodipine.
Anticoag: none now (warfarin stopped in 2015). Not diabetic.
Exam: 163 cm / 66.2kg, BMI 24.9. L flank at the posterior axillary line: violaceous
indurated plaque 5x8cm, black eschar 2cm, net-like purpura along its edge; mottled
reticulate brown pigment all around (looks like erythema ab igne). R flank nl.
A/P: suspected calciphylaxis L flank. CT abd to exclude cyst infection. Derm for bx.
Heating pad removed from room.
"""),
("2024-09-24", "Dermatology Consult Follow-up", """
DERM CONSULT FOLLOW-UP - Sept 24 2024
L flank punch (9/20): subcutaneous small-vessel calcification, extensive; necrotic
fat; von Kossa highlights it.
Final dx: L flank calciphylaxis (= calcific uremic arteriolopathy).
Of note the plaque sits squarely inside the erythema ab igne from her nightly heating
pad. CT 9/19: no infected cyst.
Recs:
1. keep all heat sources off the skin
2. sodium thiosulfate 25g, last hour of each TTS session
3. wound: collagenase to eschar, bordered foam over it
4. palliative team re pain
5. renal to work on phos
"""),
]}

Q04 = {"patient_id": "Q04", "age": 71, "sex": "F", "notes": [
("2020-11-30", "Transfer Center / Bed Management Log", """
TRANSFER / BED MGMT LOG - HUMC
Date: Nov 30, 2020 (Mon)    Case 20-3371
10:41  Call from Dr. Ignatius Pelletier (nephrologist), Okeford Memorial. 71F, HD
       M-W-F (L AVF). DM2 (insulin, self-injects into abdomen), obesity, HTN, CAD.
10:44  Issue: 3 wks of worsening pain and a dark ulcerating plaque under the L breast,
       along the line where her bra wire sits. Narcotics not holding the pain. Local
       surgeon wants a tissue dx before any debridement; no dermatology at Okeford.
10:46  COVID PCR neg 11/29.
10:50  Accepted by Dr. Ottoline March, nephrology attending. Med floor w/ tele, derm +
       wound consults, palliative.
11:15  Bed mgmt: 6E-09 (private). Transport ALS 1500.
"""),
("2020-12-01", "Nephrology Admission Note", """
NEPHROLOGY ADMIT NOTE    12/1/2020
71 yo woman; diabetic nephropathy, on HD since 2016; DM2 on insulin degludec +
aspart; CAD s/p PCI 2018; HTN.
She wears an underwire bra daily and has for decades; the L wire broke through the
fabric long ago and she kept wearing it - "it always dug in". Around 11/9 the skin of
the L breast at that wire line became very painful, then purple, then black.
No warfarin (takes clopidogrel).
Exam: 118kg, BMI 42.1. L breast, lower pole, following the bra-wire line: curved black
eschar 9x3cm ringed by retiform purpura. R breast and abdomen (her insulin sites)
without lesions.
Labs - phosphate x calcium product 68, iPTH 890, alb 3.0.
Impression: calciphylaxis highly likely, distribution follows the pressure. Await derm.
"""),
("2020-12-04", "Dermatology Inpatient Consult", """
Dermatology - inpatient consult note      04 Dec 2020
Lesion: L breast, inferior pole - curvilinear necrotic plaque tracking the chronic
underwire pressure line, plus new 2 cm patch of retiform purpura just lateral to it.
Bx 12/2 (incisional, purpuric edge): calcified subcutaneous arterioles, microthrombi,
lobular panniculitis.
Dx: L breast calciphylaxis, at a site of long-standing pressure from a bra wire.
Recs: no underwire - soft wire-free support only; STS IV with each HD; hyperbaric O2
referral worth considering; Mepilex Ag, and no adhesive tape directly on her skin.
Pt and daughter updated at the bedside.
"""),
]}

Q05 = {"patient_id": "Q05", "age": 62, "sex": "M", "notes": [
("2019-05-03", "Transfer Center Call Log", """
TRANSFER CENTER - HARROWGATE UMC
05/03/2019  06:55      Case TC19-1187
Caller: Dr. Casimir Adeyemi, ED, Lanyard Valley Medical Center, ph 555-0142.
Pt: 62M, ESRD, HD Mon/Wed/Fri off a R IJ tunneled cath (his R forearm AVF matured
poorly, waiting on revision). Not diabetic. HTN, gout.
Reason: cath will not draw, flows < 150 after alteplase x2; K 6.4; missed yesterday's
run. Needs IR catheter exchange, not available there over the wknd.
A: HD dependent, hyperK, stable on monitor after Ca gluconate + albuterol neb.
Accept: Dr. Rosalind Kettering (renal) to 6E; IR aware.
07:20  Bed: 6E-11, ETA 09:30 ALS.
"""),
("2019-05-08", "Discharge Summary", """
DISCHARGE SUMMARY - 6 East         Admit 5/3/2019   D/C 5/8/2019
62M w/ ESRD on HD, transferred from Lanyard Valley for a malfunctioning R IJ tunneled
catheter and K 6.4.
Course: IR swapped the tunneled HD cath over a wire on 5/3; dialyzed the same afternoon,
K normalized. Peripheral access: 20G PIV, L volar forearm, put in by our ED on 5/3 and
held with cloth tape, re-taped a few times for a loose dressing, pulled 5/8 before
discharge. Skin under the tape reddened but intact.
98kg, BMI 31.0.
Dx: ESRD; HD catheter dysfunction; hyperkalemia - resolved.
Dispo: home; resume HD at Lanyard Valley Dialysis MWF. Vascular surgery f/u for AVF
revision in 4 wks.
"""),
("2019-06-04", "Transfer Center Call Log", """
TRANSFER CENTER CALL     6/4/19  1608
From: Dr. Sunniva Rask, Lanyard Valley Med Ctr (hospitalist).
Pt known to us (d/c'd 5/8). 62M HD pt. Since mid-May, pain at one spot on the L forearm -
the old IV site from his stay here - now a 4 cm black eschar w/ purple net-like rim.
Pain 9/10, not sleeping. Earliest local derm appt is in July.
Rask thinks calciphylaxis; PTH 1040, phos 8.1. Afebrile, WBC nl.
Accepting: Dr. Kettering (renal) - accepted for bx / STS.
Bed mgmt: 6E-02 at 2000.
"""),
("2019-06-07", "Dermatology Consult", """
DERMATOLOGY CONSULT       June 7, 2019
62 y/o M (HD). L volar forearm, 5 cm below the antecubital crease: eschar 4.5x3.5cm
w/ retiform purpuric border, very tender. This is exactly where the 20G peripheral IV
sat, taped down, from 5/3 to 5/8/19 (chart photo of 5/8 shows a tape-shaped red mark
there). Pt dates the pain to mid-May.
Punch bx 6/5: subcut arterioles calcified + thrombosed = calciphylaxis.
No other lesions; abdomen and thighs clear. Wt today 98.5 kg.
Plan: STS 25 g on every HD day; parathyroidectomy eval (PTH > 1000); no PIVs/tape to L arm -
R arm instead; silicone contact-layer dressing.
"""),
]}

Q06 = {"patient_id": "Q06", "age": 55, "sex": "M", "notes": [
("2025-02-20", "Transfer Center Call Log", """
HUMC TRANSFER CENTER - CALL LOG
Thu 20-Feb-2025          #TC25-0561
0815 inbound: PA Dashiell Munro, general surgery, Tarrow Bay General. cb 555-0199.
S: 55 yo M on PD; had an open R inguinal hernia repair (mesh) 01/14/2025 at Tarrow Bay.
   Now a painful purple-black plaque at the outer end of the R groin incision, first
   seen by his PD nurse 02/07/2025, enlarging, not draining.
B: ESRD from DM2 (on insulin), HTN, class I obesity. PD resumed 1 wk post-op. No
   anticoagulants.
A: afebrile. Surgeon doubts mesh infection, US showed no collection. ?calciphylaxis
R: transfer for derm / nephro / wound.
0829 Accepting: Dr. Yusra Halloran (nephrology). Accepted.
0902 Bed: 6E-17, ETA 1300.
"""),
("2025-02-21", "Nephrology Admission H&P", """
NEPHROLOGY H&P (6E)     2/21/25
55M, ESRD d/t diabetic nephropathy, CCPD since 2022 (PD cath exit site LLQ), DM2 on
insulin glargine + aspart which he injects into his upper arms, HTN.
Open R inguinal herniorrhaphy w/ mesh 1/14/25 at Tarrow Bay; healed well at first. On
2/7 the PD RN saw a tender violaceous area at the lateral tip of the R groin scar; it
has since turned black.
Never on warfarin.
Exam: 180 cm, 108.5kg, BMI 33.5. R groin: necrotic plaque 4x6cm, livedoid border,
centred on the healed incision's outer third; medial scar normal. PD exit site
fine; no other abdominal lesions. Upper arms clear.
Labs: iPTH 455 / PO4 6.6 / Ca 10.4 (on calcium acetate).
A/P: likely calciphylaxis in a surgical scar. Stop the Ca binder, low-Ca PD fluid, derm
bx, STS.
"""),
("2025-02-26", "Dermatology Consult Follow-up", """
Derm consult f/u     2025-02-26
Incisional bx of R groin plaque (2/22): calcification of small arterioles and
capillaries within subcutaneous fat; necrosis of fat; thrombi. No organisms, no
foreign-body reaction to mesh.
Assessment: calciphylaxis in the R inguinal herniorrhaphy scar (surgery 1/14/25;
plaque noticed 2/7/25).
Recs: STS three times a week; keep low-Ca dialysate; gentle dressings only, nothing
sharp; gen surg aware - no plan to remove mesh. Return to clinic 2 wks after
discharge. Pain 6/10 with the oxycodone he has now; he is walking the unit w/o difficulty.
"""),
]}

Q07 = {"patient_id": "Q07", "age": 77, "sex": "F", "notes": [
("2023-02-02", "Transfer Center Call Log", """
TRANSFER CENTER    02/02/2023 (Thu)     case 23-0202-03
1120  Caller: Dr. Henrike Moss, hospitalist, Cinderford Mercy.
      Pt: 77 yo F; ESRD, HD M/W/F; mechanical MVR, warfarin (valve; Moss keeps INR 2.5-3.5); DM2
      diet-controlled; AF.
      Why: L shin ulcer w/ black eschar + spreading purple net pattern; started MLK
      Day; pain not controlled on hydromorphone. Moss worried about calciphylaxis vs
      warfarin skin necrosis. Needs derm + vascular, neither on site.
      VSS. INR 3.0.
1131  Accepted: Dr. Benedikt Sorensen, nephrology. To 6E.
1145  Bed mgmt: no 6E beds until PM -> overflow 4W-08, ETA 1500.
"""),
("2023-02-03", "Nephrology Admission H&P", """
ADMISSION H&P (Nephrology, overflow on 4W)       Feb 3 2023
77F transferred from Cinderford Mercy.
HPI: New Year's Eve: slipped on her icy back step and scraped the L shin on the
edge of it; daughter cleaned it and it seemed to heal. Then on 1/16 (MLK Day) an
intensely painful purple area appeared in that same place on the L mid-shin, and over
two wks it became a black ulcer w/ a lacy purple border.
PMH: hypertensive nephrosclerosis -> ESRD, dialyzing M/W/F since 2017; mechanical MVR
2009 (warfarin); AF; DM2 - diet only; osteoporosis.
Exam: 55kg, BMI 22.3.
Shin, L anterior, mid: black eschar 5x4cm, retiform purpura rim,
exquisitely tender. R leg intact. DP dopplerable bilat.
A/P: ? calciphylaxis vs warfarin necrosis. ABI, derm, protein C level. Continue warfarin
(mech valve), INR target 2.5-3.
"""),
("2023-02-08", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE - 8 February 2023
Referred for L shin ulcer. Hx reviewed: abrasion from a fall on 12/31/22, then lesion
onset 1/16/23 in the same location. ABI 0.90 L, 0.95 R; protein C activity normal.
Exam unchanged: 5x4cm eschar L anterior shin, retiform purpura around it.
Bx deferred (pretibial site, poor healing, anticoagulated).
Impression: clinical diagnosis of calciphylaxis, L lower leg, in an HD pt on long-term
warfarin for a mechanical valve; warfarin-induced skin necrosis unlikely given the
distribution and years of stable dosing.
Plan: STS w/ HD; cardiology re warfarin (no alternative w/ mech valve - continue,
tighter INR); hydrogel + nonadherent dressing.
"""),
]}

PATIENTS = [Q01, Q02, Q03, Q04, Q05, Q06, Q07]
