"""probe145 corpus notes, A08-A14 (correctional health services and the clinics around them; all invented)."""

A08 = {"patient_id": "A08", "age": 52, "sex": "M", "notes": [
("2021-08-04", "RHU Nursing Rounds / Sick Call", """
RESTRICTIVE HOUSING UNIT - NURSING ROUNDS / SICK CALL     08/04/21
Seen in RHU exam room, 2 officers present, cuffed in front.

S: "backs of my legs are on fire". Started yesterday morning (8/3/21).
He sits on the front edge of the steel bunk most of the day, there is no
chair or stool in RHU cells, and he has been in RHU since 6/14/21.
Pain 8/10, worse sitting.
PMH: ESRD on HD MWF (escorted to on-site clinic), DM2 on insulin (70/30
at insulin line, abdomen), HTN, morbid obesity, OSA.

O: BP 160/94  P 96  T 98.9  RR 18.
Posterior thighs bilat, about 10 cm above the knee creases: horizontal
band of mottled violaceous patches, R 12 x 4 cm, L 9 x 3 cm, firm and
markedly tender, no open skin, not warm.

A: Painful discoloration both posterior thighs. Pressure injury vs
other cause, provider to see.

P: Dr. Lindqvist paged, will see at 1300. Extra mattress placed on bunk
as a seat for now. APAP 650 given.
"""),
("2021-08-19", "Off-site Dermatology Consult", """
BRIARCLIFF DERMATOLOGY ASSOCIATES
Consult for: Harlow Ridge CF, patient in restraints, 2 officers.

History: 52M, ESRD (HD), DM2 requiring insulin, BMI over 40. Painful
band-shaped lesions across both posterior thighs since 8/3/21. Moved
to restrictive housing 6/14/21 and since then has sat on the edge of
a steel bunk for most of his waking hours.
Biopsy 8/10/21, R posterior thigh: calcified walls of tiny vessels in
the panniculus, microthrombi, necrotic fat = calciphylaxis.

Exam: both posterior thighs, transverse retiform plaques; R now has 2cm
eschar centrally; L intact but dusky.

Impression: Calciphylaxis of both posterior thighs. The lesions follow
the exact line where the bunk edge presses on the thighs while he sits;
this is pressure-localized (Koebner-type) calciphylaxis.

Recs:
- Medical accommodation: chair with padded seat or pressure cushion in
  cell; egg-crate overlay
- Sodium thiosulfate with HD, cinacalcet, non-calcium binder
- Nonadherent dressing to eschar, keep dry
"""),
("2021-09-21", "Infirmary Progress Note", """
INFIRMARY PROGRESS NOTE - Harlow Ridge CF        09/21/2021
Admitted to infirmary from RHU 8/24 for wound care (classification
approved medical bed).

S: Pain 6/10, better since he has a padded chair. Sleeping ok.
O: T 98.4 BP 148/86. Wt 131 kg, BMI>40 (41.2).
Wounds:
 R posterior thigh - ulcer 6x3cm, 80% eschar, 20% slough, scant serous
 L posterior thigh - ulcer 4x2cm, dry eschar, no drainage
 Periwound livedo both sides, no cellulitis.
FSBG 140-230. Insulin 70/30 34 u AM / 22 u PM at abdomen.
HD MWF; thiosulfate 25gm every run, first dose 8/23.

A/P: Calciphylaxis both posterior thighs, slowly stabilizing.
- STS to continue; sevelamer; cinacalcet now 60
- calcium alginate + foam to R, petrolatum to L, daily
- offload thighs, no sitting on hard surfaces (memo renewed)
- pain: APAP scheduled, hydromorphone 1 mg q6h prn
"""),
]}

A09 = {"patient_id": "A09", "age": 61, "sex": "F", "notes": [
("2020-01-14", "Infirmary Admission - Return From Hospital", """
ASHGROVE WOMEN'S CORRECTIONAL FACILITY
INFIRMARY ADMISSION - RETURN FROM ST. ANSELM (1/10/20 - 1/14/20)

Dx at hospital: L femoral-popliteal DVT. Discharged on enoxaparin SC
once daily (renally adjusted) as a bridge to warfarin, warfarin started
1/12, goal INR 2-3.
PMH: ESRD on HD MWF (off-site), HTN, hypothyroidism, obesity.
No diabetes.
VS: BP 138/72 P 82 T 98.6. Wt 86 kg, BMI 32.2.
Skin: intact, no lesions, no pressure areas.

Orders:
- Enoxaparin 80 mg SC daily. NURSING: I/M asks that all injections go
  into the R lower abdomen only (sleeps on her L side). Written on MAR.
- Warfarin 5 mg qpm; INR daily until in range x2
- LLE elevation, ambulate in infirmary
- HD transport orders continued
"""),
("2020-02-10", "Infirmary Progress Note", """
INFIRMARY PROGRESS NOTE                    02/10/2020
S: Pain in the L lower belly that began roughly one week ago, now
burning, 9/10, worse when she turns in bed. No fever.
Enoxaparin stopped 1/20 once INR was therapeutic; per the MAR site log
all 7 doses went into the R lower abdomen. No injections, falls or
other injury on the left side.

O: T 98.1. INR 2.7. Ca 9.6 phosphate 6.8 PTH 690 alb 3.2.
LLQ: indurated violaceous plaque 6x5cm, lacy purple
border and a 1 cm grey-black center, very tender. R lower
quadrant: a few faint yellow healing bruises, no induration, no
discoloration beyond that.

A: Painful retiform plaque L lower abdomen. HD patient on warfarin.
Rule out calciphylaxis; warfarin necrosis also possible.

P: Urgent derm referral (approved). Nonadherent dressing. Notified
nephrology. Warfarin continued for now pending derm input.
"""),
("2020-02-25", "Off-site Dermatology Consult", """
LARCHMONT UNIVERSITY DERMATOLOGY
Inmate patient from Ashgrove WCF. Officer present.

Bx L lower abdomen 2/18/20: calcium deposited in small vessels of subcutaneous
fat with thrombi: calciphylaxis.

Exam: LLQ plaque 7x6cm, central eschar 2 cm. R abdomen clear.

Assessment: Calciphylaxis, LLQ of abdominal wall. Enoxaparin
was only ever injected on the R side; this plaque is on the L, where she
had no shots and no injury.

Plan:
- Warfarin discontinued -> apixaban 2.5 twice a day for DVT per
  nephrology/hem
- IV sodium thiosulfate with HD
- Sevelamer, cinacalcet
- Hydrocolloid-free dressing: foam border daily
- Weight 84.9 kg (BMI 31.8)
"""),
]}

A10 = {"patient_id": "A10", "age": 66, "sex": "M", "notes": [
("2020-01-16", "Nursing Sick Call Encounter", """
NURSING SICK CALL - STONECROP STATE PRISON      01/16/2020
HSR rec'd 1/15: "bad lump on my right leg hurts to walk"

S: 66M says his R calf (back side) has been painful since New Year's Day,
first just sore, now a hard knot with a purple ring. No injury he can
think of. On HD Tue/Thu/Sat off-site; insulin glargine at insulin line
(given in abdomen).

O: T 98.0 P 74 BP 156/82. FSBG 174.
R posterior calf, mid: firm, tender 3 cm nodule under the skin;
violaceous mottling ~6 cm over it. No warmth, no fluctuance. Calves equal
size. Pulses present.

A: Tender nodule R calf, not abscess, not clearly DVT.

P: Provider notified; duplex ordered; provider visit 1/17.
"""),
("2020-01-30", "Off-site Dermatology Consult", """
LARCHMONT UNIVERSITY DERMATOLOGY
Referred by Stonecrop SP medical (Dr. Osei).

66M, ESRD, on HD since 2016; insulin-requiring DM2; HTN. Painful R posterior
calf nodule since 1/1/20, duplex negative for DVT (1/20). Punch bx
1/23/20 - small subcutaneous arterioles calcified (von Kossa +),
thrombi, panniculitis.

Exam: R posterior calf retiform plaque 4x3cm, early central ulceration
1 cm; biopsy site sutured.
BMI 27.7.

Impression: Calciphylaxis of the R calf.

Plan: IV thiosulfate 3x/week with dialysis; titrate cinacalcet up; calcium
acetate off, sevelamer on; nonadherent dressing daily; offload calf
when in bed. Return 1 month.
"""),
("2020-02-18", "Nursing Encounter - Injury Report", """
NURSING ENCOUNTER - INJURY              02/18/2020  0650
Reported by unit officer.

S: I/M states he slipped on the wet floor in the C-block shower last
evening (2/17) and struck his R calf (posterior) on the concrete shower
bench, right where his wound is. Dressing soaked with blood after.
Did not hit head.

O: BP 150/80 P 88. R posterior calf: existing ulcer 3x2.5cm, edges
freshly bleeding; bruise 8x6cm surrounding the wound. No deformity,
bears weight.

A: Fall with contusion over the existing calciphylaxis ulcer R calf.

P: Pressure to stop oozing, new dressing. Provider informed. Shower chair
and grab bar request sent to facility maintenance. Fall risk education.
"""),
("2020-03-10", "Infirmary Wound Progress Note", """
INFIRMARY WOUND PROGRESS - Stonecrop SP         03/10/2020

R posterior calf ulcer: 4x3.5x0.2cm; eschar 60 / slough 40 (%);
moderate serous exudate; livedo in surrounding skin, no cellulitis. Bruise has
faded.

Comment: the 2/17 shower fall happened when the ulcer already existed
(onset 1/1/20, bx-proven 1/23); it made the ulcer bigger but did not
cause it.

A/P: Calciphylaxis R calf, slow progress.
- STS with HD ongoing; cinacalcet 60
- Alginate + foam daily; no sharp debridement per derm
- Glargine 22 u qhs (abdomen), lispro sliding scale
- BMI 27.5 today
- Shower chair in place
"""),
]}

A11 = {"patient_id": "A11", "age": 57, "sex": "F", "notes": [
("2019-08-13", "Provider Sick Call", """
SICK CALL - PROVIDER                      08/13/2019
Ashgrove Women's CF, Unit 3 East

CC: "a black spot under my belly fold"
HPI: 57F with ESRD on HD MWF (off-site), DM2 on insulin, HTN, morbid
obesity. Painful spot on her lower belly pannus since last month,
now black in the center. Insulin 70/30 given at insulin line into her
thighs, switching sides daily (her choice). Denies injury to the belly.

O: BP 150/84  T 98.7. Wt 122 kg, BMI 46.0.
Lower pannus, just above the skin fold, midline to L: black eschar
4x3cm, stellate violaceous border, firm skin around it.
Fold moist, mild intertrigo. Thighs: no lesions, mild lipohypertrophy at
injection areas.

A: Necrotic eschar on the pannus in an HD pt: calciphylaxis must be
considered.

P: Off-site wound clinic referral, urgent. Keep fold dry, gauze
interposed. Nephrology aware.
"""),
("2019-08-20", "Off-site Wound Clinic Procedure Note", """
FAIRVALE REGIONAL WOUND CENTER - PROCEDURE NOTE       08/20/2019
Patient from Ashgrove WCF, escort officer present.

Wound: lower abdominal pannus, 4.5x3.5cm, 100% black eschar,
violaceous rim.
Procedures today:
1) Punch bx (4mm) from wound margin, 1 suture.
2) Sharp excisional debridement of the loose eschar down to
   subcutaneous tissue, 12 cm2, hemostasis with silver nitrate.
Dressing: moist saline gauze, ABD pad, paper tape to hold; fold
separated with a wicking textile.
Pain after procedure 7/10; ice pack over the dressing for 15 min was
allowed for comfort.

Plan: dressing twice daily at facility, return 1 week for path and
next debridement. Consider negative pressure therapy if clean.
"""),
("2019-09-17", "Infirmary Progress Note", """
INFIRMARY PROGRESS NOTE                   09/17/2019
Path (punch 8/20/19): calcium-laden walls of little subcutaneous
vessels, thrombosis, necrotic fat. Calciphylaxis confirmed by wound center.

Wound pannus: 5 x 4 x 0.6 cm after 2 debridements, 70% red granulation,
30% slough. Tape injury (skin stripping) at the wound edges; changed to a
silicone-bordered dressing. No cellulitis.

Meds: insulin 70/30 28 u BID (thighs), sevelamer, cinacalcet, thiosulfate
25gm at each HD since 8/28.
Wt 121 kg, BMI 45.6.

A/P: Calciphylaxis of the abdominal pannus.
- STS continues; dressings per wound center; NPWT trial if approved
- keep fold dry
- insulin sites stay on the thighs
"""),
]}

A12 = {"patient_id": "A12", "age": 48, "sex": "M", "notes": [
("2016-03-02", "Jail Receiving Screening", """
PELL COUNTY DETENTION CENTER - RECEIVING SCREENING     03/02/2016 0230
Arresting agency: city PD. Intake RN: K. Beaumont

Medical: ESRD; dialysis Tues/Thurs/Sat, Riverbend Dialysis, via R chest
tunneled catheter. HTN. Prediabetes ("A1c 6.1 last year"), no meds for
sugar, no insulin. Denies blood thinners.
Meds verified by pharmacy call: amlodipine 10, sevelamer 800 x3/day,
calcitriol 0.25 mcg.
VS: BP 168/96  P 90  T 98.4  SpO2 97%. Wt 92 kg, Ht 177 cm, BMI 29.4.
Skin: no wounds seen on visual check; catheter dressing clean.
Mental health: denies SI. Withdrawal: denies alcohol/drug use.

Dispo: medical housing (dialysis), transport for HD arranged w/
Riverbend. Chronic care list: ESRD.
"""),
("2016-05-10", "Provider Sick Call", """
PROVIDER SICK CALL - PELL COUNTY DC              05/10/16

S: 48M, HD pt, 3 wks of pain in both inner thighs, now with purple patches.
Denies any injury, fall, fight, bites, injections into the legs, heating
pads or hot showers on the legs, or tight clothing; wears loose jail
scrubs. No fever.

O: BP 162/90. Both medial thighs: indurated violaceous plaques with
retiform edges, L 7x5cm, R 5x4cm, L with 1 cm dusky center. Very
tender. No drainage.
Riverbend labs 5/3 - Ca 10.4 H, phos 7.9 H, PTH 1040 H, alb 3.4

A: Painful retiform plaques medial thighs bilaterally in a dialysis
patient: concern for calciphylaxis.

Plan: Off-site derm urgent (approved). Hold calcitriol. Nephrology
(Riverbend) updated.
"""),
("2016-05-26", "Off-site Dermatology Consult", """
ORCHARD LAKE DERMATOLOGY - CONSULT
Pt from Pell County DC, officer present.

Bx L medial thigh (5/17/16) shows calcium in subcutaneous arterioles,
with thrombi and necrotic fat; this is calciphylaxis.

HPI reviewed: he recalls no injury at all to either thigh, and denies
injections, heat or pressure there.

Exam: both medial thighs, retiform plaques unchanged, L with 1.5 cm
eschar. BMI 29.1, overweight.

Impression: Calciphylaxis, bilateral medial thighs.

Plan:
- STS with each HD at Riverbend
- If hospitalized, any SC heparin (VTE ppx) should go into the abdomen
  and not into his thighs
- Avoid hot showers on the legs, tight waistbands or anything pressing
  on the thighs
- Fall precautions; lower bunk
- Dressings: petrolatum + nonadherent pad
"""),
]}

A13 = {"patient_id": "A13", "age": 45, "sex": "F", "notes": [
("2022-10-03", "Jail Intake Health Screening", """
MARROWFIELD REGIONAL JAIL - INTAKE HEALTH SCREENING     10/03/2022

45 y/o F, booked 10/02. PMH: ESRD; HD at Greywater Dialysis
(Mondays, Wednesdays, Fridays) through a R forearm AVF; HTN;
depression. No DM. No anticoagulant use.
Meds: lisinopril, sevelamer, sertraline 100.
VS: BP 128/74 P 76 T 98.3 SpO2 99%. Wt 61 kg, BMI 22.8.
Skin: no wounds, no track marks. Old scar R knee.

TB screening: no cough, fever, night sweats or weight loss.
PPD (Tubersol 5 TU 0.1 mL) placed intradermally L volar forearm, mid,
1100 today. Read due 10/05-10/06.
Pregnancy test neg. HIV/HCV offered, accepted.

Dispo: female medical pod, dialysis transport arranged.
Addendum 10/05: PPD read L forearm 0 mm induration. Negative.
"""),
("2022-11-15", "Nursing Sick Call Encounter", """
NURSING SICK CALL                        11/15/2022
HSR: "pain in back of my left arm, purple, can't lift my tray"

S: Pain in L upper arm, back side, for about 2 weeks, much worse in
the last 3 days. Denies bump, fall, shots in that arm, or anything tight
on it. Wears the jail-issue sweatshirt only.

O: T 98.0 P 80 BP 134/78.
L posterior upper arm, about 8 cm above the elbow: indurated
violaceous 5x4cm plaque with lacy border, central 1 cm dark spot, tender.
L forearm PPD site: no mark. R forearm AVF thrill present.

A: Painful violaceous plaque L upper arm.

P: Provider review same day (photos uploaded). Tylenol 650 prn.
"""),
("2022-12-02", "Off-site Dermatology Consult", """
GREYWATER VALLEY DERMATOLOGY
Inmate, Marrowfield Regional Jail.

Bx L posterior upper arm 11/22/22: calcium in small fat vessels,
thrombi, necrosis; consistent with calciphylaxis.

Exam: L posterior upper arm plaque 6x5cm with 1.5 cm eschar. L forearm
normal; the October PPD was placed on the volar forearm, well below the
elbow, and that skin never reacted. No injury to the upper arm.
Wt 59.4 kg, BMI 22.1.

Impression: Calciphylaxis, L posterior upper arm; no local trauma.

Plan: IV STS with HD, cinacalcet, sevelamer titration; foam dressing;
return 4 weeks or sooner if new lesions.
"""),
]}

A14 = {"patient_id": "A14", "age": 60, "sex": "M", "notes": [
("2016-11-08", "Nursing Encounter - Injury After Altercation", """
NURSING ENCOUNTER - INJURY / ALTERCATION      11/08/2016
Stonecrop State Prison, D-yard. Use of force: no (inmate-on-inmate).

S: 60M says another inmate bit his left hand during a fight in the
dayroom on 11/6; he did not report it until today because the hand is
swollen now.
PMH: ESRD on HD (off-site TTS), DM2 (linagliptin; insulin offered in
past, he refused), HTN, hepatitis C.

O: T 99.6 P 90 BP 152/88.
L hand dorsum over 3rd MCP: two 0.5 cm puncture wounds, 3 cm of redness,
swelling, no purulence. Full finger ROM.
R forearm: fresh homemade tattoo (about 1 week old per pt), mild redness.

A: Human bite L hand, early infection.

P: Irrigated, left open. Amoxicillin-clavulanate (renal dose) x 7 d. Td
given L deltoid. Provider recheck 48 h. PREA/incident report done by
custody.
"""),
("2016-12-01", "Provider Clinic Note", """
CLINIC NOTE - STONECROP SP                  12/01/2016

1) L hand bite: now a 1.5 cm shallow ulcer with yellow base and pus at
   the puncture site; redness to the wrist. Cellulitis/abscess from the
   bite.
2) R forearm tattoo: several pustules and crusts along the ink lines.
3) NEW: both calves painful with purple patches since mid-November;
   denies leg injury; no compression socks; no heat. Both posterior
   calves with retiform violaceous plaques (R 6 x 4, L 5 x 5 cm), L with
   dark center.
Labs: Ca 10.0 H, phos 7.5 H, PTH 980 H, albumin 3.1. BMI 26.4.

A/P:
- bite infection: culture, doxycycline added, daily dressing
- tattoo folliculitis: mupirocin
- calf plaques: concern for calciphylaxis; urgent off-site derm
"""),
("2016-12-20", "Off-site Dermatology Consult", """
LARCHMONT UNIVERSITY DERMATOLOGY
Inmate from Stonecrop SP, escort present.

Bx L posterior calf 12/13/16 -> calcium in small subcutaneous vessels,
clotting, fat necrosis; calciphylaxis.

Exam:
- Both calves: retiform plaques; the left has a 2 cm eschar. These are the
  calciphylaxis lesions. He reports no leg trauma whatsoever.
- L hand: healing infected human bite, ulcer 1 cm, clean base.
- R forearm: tattoo-associated bacterial folliculitis, resolving.
Neither the hand wound nor the forearm lesions are calciphylaxis; they
are ordinary infections at the bite and tattoo sites.
BMI 26.1.

Plan: STS with HD, cinacalcet, switch calcium binder to sevelamer,
petrolatum + foam to calves, finish antibiotics for hand.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
