"""probe161 corpus notes, B08-B14 (allergy and immunology clinic and the services around it; all invented)."""

B08 = {"patient_id": "B08", "age": 52, "sex": "M", "notes": [
("2025-07-04", "Emergency Department Note", """
EMERGENCY DEPT -- Physician Documentation     07/04/2025  18:41
Arrived by private vehicle, triage ESI 1

HPI: 52M, yellow jacket got him on the lateral L ankle at a July 4th cookout in
his sister's yard ~17:55. Within 10 min generalized itch, hives, lightheaded, "chest
tight". Wife drove him in. No prior sting reactions known.
PMH: ESRD -- HD TTS (ran this AM), DM2 diet-controlled, HTN, gout.
No blood thinners.
Vitals: BP 82/48, HR 124, RR 26, SpO2 91%, T 98.6.
Exam: diffuse urticaria, facial flushing, diffuse wheeze. L lateral ankle: punctum with
2 cm wheal and flare, stinger not seen.

Tx: epi 0.5mg IM into R lat thigh 18:44 and repeat 18:52, 500 mL LR, albuterol
neb, methylprednisolone 125 mg IV, diphenhydramine 25 IV, famotidine 20 IV.
19:40 BP 118/66, wheeze resolved.
Dx: anaphylaxis, Hymenoptera sting.
Dispo: obs overnight (biphasic risk). Epi auto-injector x2 on discharge, allergy
referral for venom testing.
"""),
("2025-08-14", "Allergy Clinic Note", """
ALLERGY -- Venom clinic, new pt   8/14/2025

Anaphylaxis (grade 3) after a yellow jacket sting L ankle 7/4/25, ED, 2x epi.
Now carrying 2 auto-injectors.
Skin testing today (prick then intradermal, L volar forearm): yellow jacket positive
at 0.01 mcg/mL ID, wasp + at 0.1, honeybee neg. Tryptase baseline 6.1.

Also: painful darkened spot, L outer ankle, exactly where he was stung on the 4th of
July. The sting bump had settled within a week; then on 8/2 the same spot turned purple
and hard, and a black scab has formed. Very painful walking. He is on HD.
Exam: BMI 24.3. L lateral malleolus: violaceous indurated patch 2.5x2cm, black eschar
1 cm in the middle, net-like purpura around it.

Assessment:
1. Yellow jacket venom allergy w/ anaphylaxis -> VIT recommended (build-up to start
   once skin issue clarified; would use arms only).
2. Necrotic ankle lesion, dialysis pt -- worry this is calciphylaxis at the sting site;
   infection also possible. Urgent derm message sent.
"""),
("2025-08-28", "Dermatology Note", """
DERMATOLOGY CLINIC 08/28/2025

Seen 8/19; punched the L lateral ankle lesion then. Path back: arteriolar medial
calcification with thrombosis and subcutaneous fat necrosis, consistent with
calciphylaxis.

HPI recap: onset 08/02/2025 at the site of the 7/4/25 yellow jacket sting, L lateral
malleolus. HD pt. Diet-controlled diabetes, no insulin. No warfarin.
Exam: weight 76.0, BMI 24.3. L lateral ankle ulcer now 2.8x2.2cm, eschar black, rim
retiform and purpuric. R leg: no lesions.

A/P: L lateral ankle calciphylaxis, arising in the July 4 sting site.
- Nephrology: STS with HD, tighten phos control, review vitamin D/calcium.
- Wound care: Vaseline gauze, offloading in a post-op shoe.
- Allergy aware; VIT deferred for now, not contraindicated.
"""),
]}

B09 = {"patient_id": "B09", "age": 68, "sex": "F", "notes": [
("2023-01-02", "Emergency Department Note", """
ED NOTE   01/02/2023  09:20

68 yo F brought by EMS after reaction to a new antibiotic. Took 1st dose of cefuroxime
500 mg at 07:45 for a UTI (rx'd by urgent care 1/1). ~08:10 itching palms, hives,
tongue swelling, hoarse. Husband gave her own epinephrine auto-injector (kept since a
bee sting yrs ago) into her R outer thigh at 08:15.
PMH: kidney failure -- hemodialysis (Mon, Wed, Fri chair); T2DM, insulin glargine +
lispro which she injects only in her abdomen; obesity; HTN; CHF EF 45%. No warfarin.
Vitals: BP 104/62, HR 108, SpO2 95%.
Exam: urticaria chest/back, mild tongue edema, no stridor. R lateral thigh: small
bruise at auto-injector site.
Tx: methylpred 125, famotidine 20, cetirizine 10. No repeat epi needed.
Observed 6 h, stable.
Dx: anaphylaxis to cefuroxime.
Plan: cefuroxime added as allergy; new epi Rx; allergy f/u 4 wks.
"""),
("2023-01-30", "Allergy Follow-up", """
ALLERGY/IMMUNOLOGY -- drug allergy f/u     Jan 30 2023

Reaction 1/2/23: urticaria + tongue angioedema ~25 min after the first cefuroxime tab;
epi x1 by husband (R thigh). Resolved. Earlier tolerated amoxicillin (2019) and
cephalexin (2021).
PMH: ESRD (in-center HD); DM2 needing insulin; obesity; HTN.
Vitals: BP 140/72, Wt 99 kg, BMI 38.2.
Skin: clear; R thigh bruise gone.

Assessment: immediate-type reaction to cefuroxime, probably side-chain mediated.
Plan:
- Keep cefuroxime (and ceftriaxone/cefotaxime, similar R1) on allergy list.
- Penicillins and cefazolin acceptable, no testing required.
- 2 pens, renewed teaching.
- Future option: skin test to cefuroxime if needed.
"""),
("2023-03-08", "Dermatology Consult", """
DERMATOLOGY CONSULT   3/8/23

68F on HD, obese, insulin-requiring DM. Painful area, L outer thigh,
since February 2023 (not sure of the day), progressed to an open wound.
No trauma to that leg she can think of. Her January epi shot went into the R thigh;
insulin goes only in the abdomen.

Exam: BMI 37.9. Left lateral thigh: indurated 7x5cm plaque, stellate purpura, a
3x2cm ulcer in the middle with black base; exquisite tenderness. R thigh: normal skin,
no scar at the old injection spot. Belly: few small bruises at insulin sites, no
plaques.

Punch bx L thigh 2/27 (PCP): subcut arterioles calcified, with thrombus = calciphylaxis.

A/P: biopsy-proven calciphylaxis, left lateral thigh.
- STS during HD; calcium binder off; cinacalcet.
- Wound care referral; no debridement yet.
- Pain: palliative care referral.
"""),
]}

B10 = {"patient_id": "B10", "age": 59, "sex": "M", "notes": [
("2019-09-10", "Allergy Consult - Penicillin Label", """
DRUG ALLERGY CONSULT   09/10/2019
Referred from ID clinic: latent syphilis needs benzathine PCN, chart says PCN allergy.

59M, "rash with penicillin shot" age ~20, can't recall details. No PCN since.
PMH: ESRD (ADPKD) on CCPD since 2017, HTN, h/o nephrolithiasis. No DM. No anticoag.
Also mentions a sore, firm, dusky area on the upper L buttock since early August that
makes sitting uncomfortable; does not recall any injury. No fever.
Vitals: BP 142/86  HR 72  80.0 kg  BMI 25.1 (normal-ish)
Exam: L upper buttock 3 cm tender indurated purple patch, no opening.

Testing: PPL + PenG prick (forearm) neg, intradermal (R upper arm) neg.
Oral amoxicillin 500 mg challenge, 1 h obs: no reaction.

Assessment: PCN allergy ruled out -> label removed.
Plan: OK for Bicillin L-A 2.4MU IM q week x3, first dose in our clinic 9/24 w/
30 min obs. L buttock patch -> PCP/derm to look at, not an allergy issue.
"""),
("2019-09-24", "Allergy Injection Visit", """
Allergy clinic -- nurse visit   9/24/19

Pt here for 1st benzathine penicillin G dose (allergy label removed 9/10).
Pre: BP 138/82, HR 70, no rash, no wheeze.
Bicillin L-A 2,400,000 units deep IM, L buttock, upper outer quadrant (dorsogluteal),
Z-track, 21g, lot noted in MAR. Pateint tolerated.
Obs 30 min: no hives, no SOB, BP 136/80. Mild soreness at site.
Pt reminded doses 2 and 3 on 10/1 and 10/8 at ID clinic.
Pt mentioned the sore spot on the same buttock is "about the same" -- told to keep derm
appt 10/22.
"""),
("2019-10-22", "Dermatology Consult", """
DERM CONSULT   10/22/2019

59M on PD, ADPKD. Painful L buttock lesion that, per pt and allergy note of 9/10, began
in early August 2019 -- i.e., before his benzathine penicillin shots (9/24 L buttock,
10/1 R, 10/8 L at ID clinic). No trauma before onset.

Exam: BMI 25.3. L upper buttock: indurated 5x4cm plaque; violaceous retiform border;
1.5-cm eschar (black) in the center. R buttock: small healed injection mark, no plaque.
Labs 10/15: Ca 9.8 mg/dL, phosphorus 7.4 (high), PTH 690.
Incisional bx today from the edge; frozen section reviewed with dermpath: calcium
lining small vessel walls in the fat, thrombosis -> calciphylaxis.

Dx: Calciphylaxis, L buttock. Onset predates the IM injections there.
Plan: STS, binder change, consider switch to HD for clearance, wound care, pain.
Cushion to offload when sitting.
"""),
]}

B11 = {"patient_id": "B11", "age": 64, "sex": "F", "notes": [
("2022-03-10", "Dermatology Consult", """
DERMATOLOGY CONSULT  03/10/2022

64F, HD (TTS) x 6 yrs via R arm graft, T2DM on insulin (uses her thighs, stopped belly
injections years ago), morbid obesity, OSA, HTN. No anticoagulants.
HPI: since the first week of February, painful, hard and purple lower belly fold
(pannus) on the L, now crusted black. Denies injury, heat, tight clothing.
Exam: BMI 46.2. L lower abdominal pannus: violaceous firm 8x6cm plaque, livedo
racemosa edge, eschar (3 cm) centrally. Thighs: lipohypertrophy from insulin, no plaques.

A/P:
# Calciphylaxis, L pannus -- clinically characteristic; edge punched (6 mm) today,
  with von Kossa stain added, to confirm.
- Nephrology: STS with HD, review binders.
- Wound clinic referral.
ADDENDUM 3/15: path confirms calciphylaxis.
"""),
("2022-04-07", "Wound Clinic Note", """
WOUND CLINIC -- visit 3   4/7/2022

Dx: biopsy-proven calciphylaxis L pannus. On STS TIW w/ HD.
Pain 6/10 (was 9).
Wound: L lower abd pannus, 7.6x5.8x0.4 cm, eschar lifting at the margins, slough 30%.
Procedure: selective sharp debridement, curette + forceps, loose eschar and slough
removed (2 sq cm), no bleeding, tolerated after topical lido.
Dressing: silver hydrofiber, ABD pad, secured with 2-inch acrylic adhesive tape on all
4 sides; change 3x/wk by HD unit RN.
Periwound: mild pink, intact.
BMI 46.0.
Plan: continue; RTC 1 wk.
"""),
("2022-05-02", "Allergy Consult - Contact Dermatitis", """
ALLERGY & IMMUNOLOGY -- contact dermatitis consult   May 2 2022

64F w/ calciphylaxis wound L pannus under wound care. For 3 wks: itchy, weepy red rash
on the skin around the wound, in a square outline matching where the dressing tape
is stuck down. Unchanged on HD days; worse after each dressing change.
Exam: well-demarcated erythematous, edematous, vesicular bands 2-3 cm wide in a
rectangle around the dressing on the L lower abdomen. Wound itself not examined.
BMI 45.9.

Impression: allergic contact dermatitis to dressing adhesive (acrylate?) vs irritant.
Plan: Patch testing placed today on the upper back: baseline series + acrylate/adhesive
series + her tape and dressing "as is". Occluded under hypoallergenic tape. Keep back dry,
no showering. Read at 48 h (5/4) and 96 h (5/6). Meanwhile silicone tape on the pannus,
clobetasol to the rash (not into the wound).
"""),
("2022-05-06", "Allergy Patch Test Reading", """
PATCH TEST -- FINAL READ (D5)   05/06/2022
Applied 5/2 upper back, removed 5/4.

Positive: 2-hydroxyethyl methacrylate ++ (D3), +++ (D5)
          ethyl acrylate ++
          pt's own adhesive tape ?+ / +
          colophonium +
Negative: rest of baseline series, hydrofiber, silver dressing, lidocaine.
Back otherwise clear, test sites expected.

Interpretation: allergic contact dermatitis to acrylate adhesive in the tape.
Plan: avoid acrylate tapes/adhesive bordered dressings; list given to wound clinic and
HD unit; silicone-based tape or tubular retention. Periwound rash much better with
silicone tape + clobetasol x 4 d. Calciphylaxis care unchanged.
Insulin pens OK. Follow up prn.
"""),
]}

B12 = {"patient_id": "B12", "age": 70, "sex": "M", "notes": [
("2016-02-09", "Nephrology Progress Note", """
NEPHROLOGY -- HD unit monthly progress   Feb 9 2016

70M, HD MWF via L AVF, HTN, AF (warfarin x 5 yrs), CHF. No diabetes.
Calciphylaxis: bx-proven (1/21/16) of both medial thighs; painful plaques w/ early
eschar. Warfarin stopped 1/22; apixaban (2.5 bid) in its place.
STS 25g IV over final hr of HD since 1/25.
Pt reports nausea + flushing + "itchy all over" during the STS infusion on 2/1 and 2/3;
given diphenhydramine, symptoms resolved within 1 h. STS held since 2/5.
Vitals: BP 126/70, HR 78, post wt 97.4 kg, BMI 30.2 (calc).
Labs (2/3): calcium 9.1 -- phosphorus 5.8 -- intact PTH 410 -- potassium 4.6.

Plan: allergy consult re: STS reaction before resuming. Wound RN following thighs.
"""),
("2016-02-23", "Allergy Consult - Drug Reaction", """
ALLERGY CONSULT -- suspected reaction to sodium thiosulfate   2/23/2016

70 yo man with calciphylaxis of both thighs on HD. During STS infusions 2/1 and 2/3:
nausea, flushing, generalized pruritus, no hives, no wheeze, BP stable.
Denies any injections into his thighs, heating pads, ice, falls or bumping the legs
before the thigh lesions appeared. No tight belts.
Exam: BMI 30.2. Skin: no urticaria. Both inner thighs with dressings (not taken down).
Tryptase (drawn 2/3, 45 min after onset): 5.2 (baseline 4.9).

Assessment: pattern fits known non-immunologic STS effects (nausea, flushing) related to
infusion rate/volume, not IgE-mediated.
Plan:
- Resume STS at same dose over 90 min (slower), premedicate with ondansetron.
- If it recurs, would do a supervised graded rechallenge via the HD circuit.
- For future SC meds (e.g., epoetin if switched to SC), use the upper arms, not the
  thighs.
"""),
("2016-04-12", "Nephrology Progress Note", """
HD MONTHLY NOTE  04/12/16

Calciphylaxis both thighs: improving, eschar separating, pain 3/10. STS resumed 2/26 over
90 min w/ ondansetron -- no further reactions (allergy input appreciated).
Vitals: BP 130/74, BMI 30.2 (97.6 kg).
Labs: PO4 5.1, PTH 330, Hgb 10.9. Albumin 3.6. Kt/V 1.44.
Access: L AVF, good thrill, cannulation without trouble.
Thigh wounds (wound RN note 4/8): L medial thigh 4.1x3.0 cm, R medial thigh 2.2x1.8 cm,
both with granulation at the edges, eschar loosening, no odor.

Counseled: nothing hot (pads, water bottles) and no ice to go on his legs; avoid SC
shots into the thighs. Considering hyperbaric O2 -- pt declines.
Warfarin will not be restarted; apixaban continues for AF (cardiology agrees).
Next monthly review May.
"""),
]}

B13 = {"patient_id": "B13", "age": 57, "sex": "F", "notes": [
("2024-06-18", "Clinical Immunology Follow-up", """
CLINICAL IMMUNOLOGY -- CVID f/u   06/18/2024

57F, CVID dx 2014 (IgG 210, poor vaccine responses). On SCIG since 2020: 20% SCIG
10 g weekly, self-infused by pump into 2 sites, one in each lower quadrant of the
abdomen, ~1 h. Minor redness/swelling at sites resolves in 24 h.
Infections: 1 sinusitis in past yr.
PMH: ESRD (FSGS), HD MWF via L AVF; HTN; prediabetes by A1c (6.0), lifestyle measures.
Provoked DVT 2015: 6 mo of warfarin, finished.
Vitals: BP 132/80, HR 76, Wt 61 kg, BMI 22.9.
Skin: lower abdomen small faint pink infusion marks, soft.
Labs: IgG trough 1020.

A/P: CVID, well controlled. Continue SCIG 10 g weekly, same sites rotated within the
lower abdomen. Flu/COVID vax in fall (inactivated only). RTC 6 mo.
"""),
("2024-11-19", "Dermatology Consult", """
DERMATOLOGY CONSULT  11/19/2024

57F, CVID on weekly SCIG (lower abdomen), ESRD on HD. Since October 2024, a painful hard
area on her L side at the waist, now purple with a dark crust.
No injury. She infuses only into the lower quadrants, never the side.

Exam: BMI 22.7. L flank, midaxillary line, halfway from lower ribs to iliac crest:
indurated 6x4cm plaque, retiform purpura, 1.5 cm necrotic center; very tender.
Lower abdominal infusion sites (both LQ): soft, faint erythema, no induration.
This plaque is separate from and well lateral to where her subcutaneous needles go.

Punch bx today. Imp: calciphylaxis favored.
ADDENDUM 11/26/24: subcutaneous arterioles calcified and clotted, adjacent fat necrosis
-> calciphylaxis confirmed.
Plan: nephrology for STS; wound care.
"""),
("2024-12-10", "Clinical Immunology Follow-up", """
CLINICAL IMMUNOLOGY -- CVID   12/10/2024

New: biopsy-proven calciphylaxis L flank (derm 11/26); STS thrice weekly on HD since 12/2.
Pain 5/10.
SCIG: continued weekly; she asked whether her infusions could be the cause. Reviewed: the
flank lesion is outside the area she infuses (lower abdomen); no change needed, though
we could move to IVIG q4wk during HD if she prefers.
Vitals: BP 128/76, BMI 22.6.
Plan: continue SCIG; recheck IgG trough in 3 mo; bactrim not needed. RTC 3 mo.
"""),
]}

B14 = {"patient_id": "B14", "age": 62, "sex": "M", "notes": [
("2018-06-26", "Allergy Clinic Note - Biologic Injection", """
ALLERGY CLINIC -- omalizumab visit   06/26/2018

62M chronic spontaneous urticaria, UAS7 32 on 4x cetirizine -> omalizumab 300 mg q4wk
started 3/2018. Today dose #4, given SC in the L lower abdomen (2 x 150 mg),
observed 30 min.
UAS7 now 6.
Note from dose #3 site (R lower abdomen): 3 cm pink firm patch for 4 days, itchy,
resolved on its own -- typical injection-site reaction.
PMH: ESRD, cycler PD; T2DM, glargine pen (injects the upper arms); obesity, HTN, CAD.
No warfarin.
Vitals: BP 136/82, HR 74, Wt 109 kg, BMI 34.2.
Plan: continue omalizumab q4wk, rotate sites, RTC 4 wk.
"""),
("2018-09-20", "Dermatology Consult", """
DERMATOLOGY CONSULT   9/20/18

62M on PD, CSU on omalizumab, DM2 on insulin, BMI 34.0.
Painful sores on both calves since August 2018, progressively black. Denies hurting his
legs in any way, no bumps, no heat, no compression stockings.

Exam:
- Bilateral posterior calves: 3 lesions (R 4x3, R 2x2, L 5x3 cm), stellate necrotic
  eschars with retiform purpuric rims, indurated, exquisitely tender.
- R dorsal forearm: 2 cm partially unroofed blister with pink base from touching a hot
  oven rack last week -- superficial partial-thickness burn, healing, not calciphylaxis.
- R lower abdomen: 2 cm faint pink patch at a recent omalizumab injection site --
  injection-site reaction, not calciphylaxis.
Punch bx L calf 9/11 (wound clinic): calciphylaxis (calcified small vessels, thrombi),
read 9/14.

A/P: bilateral calf calciphylaxis; burn and injection reaction are unrelated look-alikes.
STS (arranged by PD unit), wound care, pain control.
"""),
("2018-10-23", "Allergy Clinic Note - Biologic Injection", """
ALLERGY CLINIC -- omalizumab dose #8   10/23/2018

CSU remains controlled, UAS7 4. Given 300 mg SC L lower abdomen.
Interval: calciphylaxis of the calves (bx-proven 9/2018) under derm/nephrology, on STS;
pain 5/10. Forearm burn healed. No further injection-site reactions.
Q: Does omalizumab relate to calciphylaxis? Not a recognized association; the lesions are
on the calves, far from any injection site. Continue.
Vitals: BP 130/78, BMI 34.0. Wt 108 kg.
Skin where today's dose went: no wheal at 30 min. Calves bandaged, not examined.
Pt asks whether to skip doses while the legs heal -- no need; omalizumab is not
immunosuppressive in a way that slows wound healing.
RTC 4 wks, next due 11/20.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
