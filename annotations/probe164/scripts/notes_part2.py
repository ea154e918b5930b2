"""probe164 corpus notes, E08-E14 (adolescent and young-adult nephrology transition clinic and
the dialysis, dermatology, sports-medicine, wound and ED notes around it; all invented)."""

E08 = {"patient_id": "E08", "age": 18, "sex": "F", "notes": [
("2018-03-27", "Adolescent Sports Medicine Visit", """
ADOLESCENT SPORTS MEDICINE                         03/27/2018

18F, HS senior on the dance team (competition season). ESRD from C3
glomerulopathy, HD MWF 5:30 am shift before school via L forearm AVF.
Here for pre-participation recheck + c/o chafing.

Since March 2018 she wears a new team-issued high-compression sports bra
for 3-hr practices 5 days/wk. Band is very tight, leaves deep red grooves
across the lower chest wall on both sides by the end of practice.
PMH: R subclavian DVT 2016 (old HD catheter) - warfarin x 6 mo, finished 2017.
Vitals: BP 128/80, pulse 76. Weight 79.5 kg / height 164 cm -> BMI 29.6
(overweight).
Skin: faint linear pink marks at the band line bilaterally, no breakdown.

A/P: ok to keep dancing. Try a size up / wider band, wicking layer underneath.
Cleared for competition. F/u PRN; renal f/u as scheduled.
"""),
("2018-05-01", "Nephrology Visit at Dialysis", """
NEPHROLOGY - HD CLINIC VISIT                    5/1/18

18F HD pt, new sore spot on the left chest wall.
Began around April 20 as a sore, hard red-purple patch on the L lower chest
wall; now has a black center. Still dancing (regional competition 4/28).

O: BP 134/82, Wt 79.1 kg, BMI 29.4, overweight.
L lower chest wall, anterior axillary line at about the 7th-8th rib: 5x3 cm
firm plaque of retiform purpura, 1.5 cm eschar centrally, no discharge. R side:
pink mark only.
Labs 4/30: PTH 1356 (!), phos 8.0, Ca 9.7, albumin 3.5, alk phos 212
Meds: calcium acetate 2 tabs TID, calcitriol 1 mcg at HD, darbepoetin IV at
HD, no anticoagulant now.

A/P: suspect calciphylaxis.
- both calcium acetate and calcitriol stopped today; sevelamer + cinacalcet 30
- derm bx ASAP (called, seen 5/9)
- no dancing until seen; note for school coach
"""),
("2018-05-09", "Dermatology Clinic", """
Dermatology clinic                       May 9, 2018

18 yo F on HD referred for ?calciphylaxis of the L chest wall.
Lesion since 4/20/18, enlarging; pain rated 8 of 10, worst when she lies on it.
Prior warfarin (2016-2017), none now.

Exam: L lower lateral chest wall, 6.0x3.5 cm indurated plaque with branching
violaceous borders and central adherent black eschar. Breasts, abdomen,
thighs normal.

Procedure: deep double punch bx, L chest wall -> dermpath (routine + calcium
stain).
Plan: thiosulfate 25 g on the machine starting Friday; petrolatum + nonstick
dressing; pain team referral; f/u 1 wk.

ADDENDUM 5/11/18: dermpath - small panniculus vessels calcified and
clotted; the neighboring fat is necrotic. Calciphylaxis confirmed; pt
and mom informed by phone, nephrology notified.
"""),
]}

E09 = {"patient_id": "E09", "age": 23, "sex": "F", "notes": [
("2016-02-16", "Young Adult Renal Clinic", """
YOUNG ADULT RENAL CLINIC                            02/16/2016

23F, type 1 DM since age 5, diabetic nephropathy -> ESRD, HD T/Th/Sat since
2015 (L brachiobasilic AVF). Moved from peds endo/renal to our clinic last
year; manages insulin on her own now.

Insulin: glargine 14 u AM, aspart w/ meals (1:12). Her shots go into her R
thigh and R abdomen exclusively - left side never ("always did it that way,
since grade school"). Rotates within those areas.
Vitals: 138/76, HR 94. 70.1 kg. BMI 26.2. A1c 7.9.
Labs: iPTH 640, P 6.4, Ca 9.5, albumin 3.9, Hgb 10.5
Skin: small lipohypertrophy R lower abdomen.

A/P:
- DM: spread sites wider, skip the lump
- CKD-MBD: CaCO3 1250 tid + calcitriol 0.25 mcg on dialysis days
- kidney-pancreas referral sent; pt to call transplant center herself
"""),
("2016-05-03", "Emergency Department Note", """
EMERGENCY DEPARTMENT                   5/3/16

23F T1DM, ESRD on HD. Ten days of worsening pain, now a darkening area over the
lateral L thigh. Can't recall any injury. Never injects into her left
side (uses R thigh/abdomen only). POC glucose 212.

PE: afebrile, HR 102, BP 150/80. L lateral thigh 8x5 cm purple, net-like
plaque, hemorrhagic bulla in the middle with early black crust, exquisitely
tender. R thigh: injection marks, no lesions.
Labs: WBC 9.0, Ca 10.4, Phos 7.7, lactate nl.

Imp: suspected calciphylaxis L thigh.
Plan: admit, renal + derm consults, IV hydromorphone prn, hold calcium
carbonate. Pt asked us to text her roomate; done with permission.
"""),
("2016-05-12", "Dermatology Consult Follow-up", """
DERMATOLOGY CONSULT FOLLOW-UP                  05/12/2016

Bx 5/5 L thigh: calciphylaxis (calcium-laden, clotted arterioles in the
panniculus; fat necrosis). Confirmed.

Exam: L lateral thigh eschar 6x4 cm with a retiform rim. R thigh and abdomen
(her injection areas) free of lesions.

Comment: no trauma, injection or heat at the L thigh; the lesion is on the side
she never injects.

Plan: sodium thiosulfate at every dialysis (3/wk); calcium carbonate off; wound
RN daily; hydromorphone 0.5 mg PO up to every four hours; insulin - keep using her
R-sided sites. BMI 26.2.
Discussed with pt, who asked that her dad be called with the update - done.
"""),
]}

E10 = {"patient_id": "E10", "age": 21, "sex": "M", "notes": [
("2021-12-02", "Transition Clinic Note", """
TRANSITION CLINIC (peds -> adult renal)                 12/02/21

21M, prune belly syndrome, ESRD, hemodialysis M-W-F, right upper-arm graft.
Last peds visit before hand-off to the adult team in January.

New: painful hard purple patch on the R front of the thigh since Thanksgiving,
getting bigger. Denies falls, bumps, injections or heating pads there.
Meds: apixaban 2.5 bid (switched from warfarin 2020 after graft clots),
sevelamer, cinacalcet 90, midodrine prn.
Vitals: BP 102/64, HR 88, Wt 104 kg, BMI 32.1 - obese.
R anterior mid-thigh: 6x5 cm firm, livid plaque edged with livedo, skin not
yet broken.
Labs: PTH 1480, P 7.3, Ca 9.9.

A/P: worried this is calciphylaxis. Expedited derm referral; start STS with HD.
Transition: adult team (Dr. Ngata) notified, summary letter sent, pt has the
portal login.
"""),
("2021-12-12", "Emergency Department Note", """
ED Provider Note                 12/12/2021 09:10

21M ESRD on HD. Yesterday (12/11) his brother's dog jumped up on him and
scratched across the existing sore on his R thigh; now oozing.

Exam: R anterior thigh plaque ~7x5 cm, two fresh linear scratches across
it, small serosanguinous ooze, new superficial erosion at the center. No
other scratches. Afebrile, BP 110/70.
Tdap 2019. Dog vaccinated per family.

Tx: irrigation, nonadherent dressing, cephalexin 500 twice daily, five days
(dose ok for HD).
Advised to keep teh dog off the leg.
Dispo: home; derm appt 12/20 confirmed.
"""),
("2021-12-20", "Dermatology Clinic", """
Dermatology                              12/20/21

Lesion R anterior thigh since Thanksgiving (11/25/21), per pt and the
transition clinic note of 12/2. The dog scratches of 12/11 crossed it later.

Exam: 7x6 cm plaque of retiform purpura, now with a 3 cm black eschar
centrally; scratches crusted. No other skin findings; L thigh normal.
Procedure: two punch biopsies from the advancing border, today. Pt consented
himself, brother in the room.

ADDENDUM 12/23: path - calciphylaxis (von Kossa stains calcium along small
fat-lobule vessels; fibrin thrombi).
Dx: calciphylaxis R thigh. The scratches came about 2 wks after onset and are
not the trigger.
"""),
("2022-01-18", "Adult Nephrology New Patient Visit", """
ADULT NEPHROLOGY - NEW TO CLINIC (from Peds)             01/18/2022

21M, calciphylaxis R thigh (bx-proven 12/2021). HD now 4x/wk, STS 25 g each
run. Wound clinic following - eschar stable, no infection. Pain 5/10, taking
gabapentin 100 at bedtime.

Meds reconciled w/ pt (he brought his own list - great): apixaban 2.5 bid,
sevelamer 2400 TID, cinacalcet 90, STS at HD, gabapentin.
Hx warfarin 2019-2020, none since.
Wt 103.0 kg, BMI 31.8.

Plan: parathyroidectomy referral (PTH 1310 despite cinacalcet); transition
goals - pt books own appts, keeps med list on phone; next visit 4 wk.
"""),
]}

E11 = {"patient_id": "E11", "age": 19, "sex": "M", "notes": [
("2025-09-16", "Home Dialysis Unit PD Clinic", """
HOME DIALYSIS UNIT - PD clinic visit                 16 Sep 2025

19 y/o M, ESRD after bilateral Wilms tumor (bilat nephrectomy age 6, in
remission), on APD. First semester at Westhaven community college, lives with
parents.

c/o painful spot inside the L calf since 9/2/2025, no injury - "I didn't bump
it or anything".
Exam: BP 130/82, HR 80, Wt 66 kg, BMI 22.0. L medial calf, middle third:
3x3 cm tender plum-colored plaque, livedo at its edge, 0.5 cm dark center.
Labs: corr Ca 10.3, Phos 6.7, PTH 880. On calcitriol + calcium acetate.

A/P: possible calciphylaxis.
- calcium acetate and calcitriol discontinued; lanthanum 500 mg TID
- derm for bx
- acetaminophen for pain
No DM. No anticoagulants.
"""),
("2025-09-24", "Dermatology Procedure Note", """
DERMATOLOGY PROCEDURE NOTE                      09/24/2025
Dx: r/o calciphylaxis, L medial calf.

Consent signed by pt (19, own consent); mom present.
Procedure: punch bx x2 (5 mm each) from the plaque border, L medial calf;
1% lidocaine plain; closed with 4-0 nylon. Hemostasis good.

Instructions: keep dressing dry 24 h; may put an ice pack wrapped in a towel
over the wound 10 min at a time for pain; sutures out in 14 days.

Path (addended 9/29): medial calcification of arterioles, intraluminal thrombi,
septal fat necrosis - calciphylaxis. Pt and PD RN phoned with the result.
"""),
("2025-10-21", "Wound Clinic Note", """
WOUND CLINIC                         10/21/2025

19M on APD. Bx-proven calciphylaxis, medial L calf (onset 9/2/25).
Wound: 4.0x3.2x0.3 cm, 60% yellow slough / 40% black eschar, moderate
serous drainage, livedo around it.

Procedure: sharp excisional debridement of slough and eschar with curette after
topical lidocaine, down to bleeding tissue; tolerated.
Also: he has been putting cold gel packs on the wound at home for pain and a
drugstore compression wrap over it - asked him to stop both
(vasoconstriction / pressure).

Dressing: collagenase + bordered foam. STS intraperitoneal per nephrology
since 10/1. BMI 22.0.
RTC 1 wk.
"""),
]}

E12 = {"patient_id": "E12", "age": 25, "sex": "F", "notes": [
("2026-03-10", "Medicine Admission History and Physical", """
MEDICINE ADMISSION H&P                      03/10/2026

25F ESRD (IgA nephropathy dx age 16), HD TTS via L AVF. T2DM on no medication
(diet only), last A1c 6.6. Obesity (BMI 38.5). Missed Sat + Tue HD.
Presents w/ K 6.9 and painful sores on both buttocks, present about 3 wks.

ED: calcium gluconate, regular insulin 10 u IV w/ D50, albuterol neb ->
emergent HD.
Skin: buttocks, upper inner quadrants: R 5x4 cm and L 4x4 cm star-shaped
purpuric plaques, each black in the middle, livedo around them. No sacral ulcer.
No falls, no shots into either buttock, no heat or ice there, nothing
pressing on them, per pt.

Plan:
- HD today and tomorrow
- derm consult ?calciphylaxis
- DVT prophylaxis: plan enoxaparin 30 SC once a day, to begin after HD if no
  bleeding
- hold calcium carbonate
"""),
("2026-03-13", "Dermatology Consult", """
DERMATOLOGY CONSULT                       3/13/2026

Bilateral buttock plaques, onset around mid-Feb 2026.
Bx 3/11 (L buttock, punch): calciphylaxis - calcified, occluded arterioles of the
subcutis, with necrotic fat.
Exam unchanged from admission; posterior thighs clear.
History: no trauma to the area, no IM shots there, no heat or ice.

Dx: calciphylaxis of both buttocks (bx-confirmed), no local trigger found.
Recs:
- thiosulfate 25 g after every dialysis session
- should enoxaparin be needed, inject abdomen or arms only, never into the
  affected areas
- keep heating pads and hot baths off the skin; limit long sitting on hard seats
- wound RN: hydrocolloid not advised, use foam
"""),
("2026-04-14", "Hemodialysis Rounding Note", """
HD ROUNDS                              4/14/26

Buttock calciphylaxis healing slowly; both eschars smaller (R 3x3, L 2x3).
During the March admission VTE ppx was switched to SCDs - enoxaparin was
never given.
Asked me today if a heating pad would be ok for her back pain: told her no
heat on the skin. Air cushion for her chair, side-lying in bed.
Diabetes: diet only, no insulin at home, A1c 6.4.
Wt 103.7 kg, BMI 38.5.
Labs: PTH 420, phos 5.6, calcium 9.0.
Plan: continue STS, cinacalcet 60, lower EDW by 0.5 kg.
"""),
]}

E13 = {"patient_id": "E13", "age": 18, "sex": "M", "notes": [
("2020-01-21", "Pediatric Hemodialysis Progress Note", """
PEDIATRIC HD UNIT - progress note                01/21/2020

18M, ARPKD, ESRD, hemodialysis Mon/Wed/Fri with a right radiocephalic
fistula. Senior, plays intramural basketball (cleared; AVF arm guard when
playing).
Fell on the gym floor at practice 1/17/20 and slid on his L elbow: floor burn
~4 x 3 cm over the L olecranon, weeping, cleaned by school nurse. No deformity,
full ROM, no bony tenderness.

Vitals pre 140/90, 78. EDW 64.5 kg; BMI 23.1.
Labs: Hgb 11.0 / PTH 760 / P 6.9 / Ca 9.2.

Plan: abrasion - petrolatum + nonstick pad + light sleeve; recheck Wed.
Binder adherence reviewed; pt uses phone alarms now.
"""),
("2020-02-25", "Renal Clinic Note", """
RENAL CLINIC                         2/25/2020

18M ARPKD/ESRD on HD. The L elbow floor burn has healed (pink scar).
New since ~Feb 10: hard, painful purple area behind the L upper arm (mid
triceps), about a hand-breadth above the elbow. Denies any knock or injury to
the upper arm.

Exam: mid-triceps region, L arm posteriorly: 5x4 cm indurated livid plaque,
netlike margin, dusky center, very tender. L elbow: healed pink scar, skin
intact, no plaque.
Labs: calcium 10.1, phos 8.1, PTH 1220.

A/P: likely calciphylaxis.
- start STS with HD
- derm bx this week
- stop calcium carbonate; sevelamer 1600 TID
"""),
("2020-03-06", "Dermatology Clinic", """
Dermatology                               6 Mar 2020

Bx 2/27 L posterior arm: calciphylaxis (small arteries of the fat calcified
and thrombosed). Confirmed.

Lesion: L mid posterior upper arm, now 5.5x4 cm, eschar forming centrally.
Note: the January basketball abrasion was over the L elbow (olecranon); this
plaque is well proximal to it on the upper arm - not at the injury site.

Plan: wound care with hydrogel + foam; continue STS; parathyroid surgery eval
(PTH > 1000 on cinacalcet). BMI 23.1.
Pt asks about finishing the basketball season - not with an open wound.
"""),
]}

E14 = {"patient_id": "E14", "age": 22, "sex": "F", "notes": [
("2023-11-14", "PD Clinic Note", """
PD CLINIC                                  11/14/2023

22F, ESRD (FSGS), APD. T2DM - linagliptin 5 daily, never on insulin. BMI 41.2
(obesity class III).

1) Exit site: crusting + yellow drainage R of the umbilicus x 4 days; swab
   sent. Exit-site infection -> topical gentamicin + cephalexin 500 daily.
2) Burn: on 11/7 her curling iron touched the L side of her neck; 1.5 cm
   blister, now deroofed and pink, healing.
3) Both breasts painful x 2 wks, "hard and purple in spots".
   Exam: lower outer quadrants of both breasts with firm violaceous plaques
   and livedo, L with 1 cm dark eschar. No nipple discharge, no nodes.

Labs: PO4 7.6 | PTH 1020 | Ca 9.8 | Alb 3.2 g/dL
A/P: breast plaques - suspect calciphylaxis vs mastitis; breast US and derm
bx. Stop calcium carbonate. Pt asked taht her partner be included - ok.
"""),
("2023-11-28", "Dermatology Clinic Note", """
DERMATOLOGY                                  11/28/2023

Bx 11/20 (R and L breast, punch): in both, calcium-encrusted small vessels in
the fat, thrombosed; necrosis of the adjacent fat - calciphylaxis.

Also examined:
- L neck: healing superficial thermal burn from the curling iron,
  re-epithelializing - not calciphylaxis.
- PD exit site R periumbilical: crust and erythema c/w exit-site infection,
  improving - not calciphylaxis.

Dx: calciphylaxis of both breasts, biopsy-proven. Nothing traumatic has
happened to the breasts (no injections, no procedures, no pressure or heat
there).
Plan: STS per nephrology; wound care to the L breast eschar; soft
non-underwire support only.
"""),
("2024-01-09", "PD Clinic Follow-up", """
PD CLINIC - follow up                          01/09/2024

22F on APD with bx-proven calciphylaxis of both breasts. IP sodium thiosulfate
since 12/1; pain down to 3/10, L eschar smaller (0.6 cm), R plaque softer and
less dusky. Sleeping better; back at her part-time job at the library.
Exit-site swab grew S. aureus; treated; site now clean and dry.
Neck burn healed, no scar.
Meds: linagliptin 5, sevelamer 2400 TID, cinacalcet 60, STS IP.
Weight down 1 kg, BMI 40.8.
Plan: continue STS; parathyroidectomy consult; transplant team aware (BMI
threshold discussed, she wants the weight clinic); RTC 4 wk.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
