"""probe115 corpus notes, L08-L14 (long-term care and nursing homes; all invented)."""

L08 = {"patient_id": "L08", "age": 62, "sex": "M", "notes": [
("2023-04-03", "Physician Order Note", """
Abd binder ordered today for large reducible ventral hernia, to be worn snug while OOB. Res is obese (BMI 30.4), ESRD - HD Mon/Wed/Fri. Not diabetic. No anticoag at this time.
"""),
("2023-07-05", "Weekly Wound Rounds", """
Wound rds - Birchwood Manor, unit C
L lower abd, under the lower edge of binder and also where enoxaparin inj have been given since May (started after his DVT, nurses use L side only b/c permcath dressing on R): 5 x 3.5 cm plaque, purple-black, rock hard, central eschar. Res says it "started in 06/2023, a week or two after the strap got tightened". Binder imprint marks visible across the belly. Pain 8/10.
Binder on hold. Enoxaparin order to be reviewed by MD.
"""),
("2023-07-19", "Nephrology Note", """
62M HD. New L lower quadrant abdominal necrotic plaque; punch bx 7/10 read as calciphylaxis (vascular calcification, thrombosis, panniculitis). It lies where the tight binder (worn since 4/3) pressed and where enoxaparin injections were given - two local insults. Enoxaparin changed to apixaban (renal dose). Binder dc'd. Start STS 25 g post HD. BMI 30.4, obese.
"""),
]}

L09 = {"patient_id": "L09", "age": 67, "sex": "F", "notes": [
("2018-09-12", "Skin Assessment - Weekly", """
Weekly skin sweep. Res has new exquisitely tender purple plaque w/ black center on the LEFT lower abdomen (4.1x3 cm), noted 09/07. Insulin (NPH bid) is only ever given R side of abd - she had a L sided colostomy reversal and asks staff to "stay off that side". Confirmed w/ MAR site log: all doses R abdomen x 1 yr.
ESRD, HD TTS. BMI 35.2.
"""),
("2018-09-20", "Attending Progress Note", """
L LQ lesion - bx 9/14: calciphylaxis. No injections, heat, tape, pressure or injury on the L side of abd per pt + nursing. Insulin zone R abd appears normal on exam, no nodules. Not on warfarin. DM2 on NPH. Obese.
Plan STS with HD, stop calcitriol, wound care.
"""),
("2018-10-17", "Family Phone Call", """
Son Tomas calling for update on his mom's "calciphylaxis sore on her belly". Told him its the left side, slowly getting smaller, pain better. He asked if the insulin shots caused it - explained staff give them on her right, the sore is on her left. He was reassured.
"""),
]}

L10 = {"patient_id": "L10", "age": 76, "sex": "M", "notes": [
("2022-05-10", "Weekly Wound Rounds", """
Bilat buttocks: symmetric stellate violaceous patches w/ early dusky centers, L 4 x 3 cm, R 3 x 3 cm. Onset 05/02/2022 per nursing flowsheet (CNA saw them at HS care). No prior falls, no injuries, no injections in that area. Not pressure pattern - over upper outer buttocks, not ischials/sacrum.
Res: ESRD on PD (APD overnight), warfarin for recurrent PE. No DM. BMI 26.5.
"""),
("2022-05-25", "Fall Incident Note", """
Unwitnessed fall in bathroom 05/24/2022 ~1015, res found sitting on floor, states he slid down off the toilet and landed on his bottom. Existing buttock wounds (present since early May) reopened/bled a little. Neuro WNL. Xray pelvis neg. Floor mat, toileting schedule q2h.
"""),
("2022-06-08", "Physician Note", """
Bx (5/13) of R buttock lesion = calciphylaxis. Lesions preceded the 5/24 fall by 3 weeks; fall did not cause them. Warfarin stopped, apixaban started. PD team to start IP STS. BMI 26.5.
"""),
]}

L11 = {"patient_id": "L11", "age": 72, "sex": "F", "notes": [
("2021-06-15", "Nurse Practitioner Note", """
Pt c/o burning L calf pain x2wk. O/E post L calf - 3cm indurated dusky plaque w/ net-like livedo, small central black area. Pt denies any knocks/injury L leg. Insulin (glargine) given in abdomen - rotates around umbilicus, no leg injections. ESRD HD via RUE fistula. BMI 31.0, obese. 
Concern for calciphylaxis -> punch bx booked.
"""),
("2021-06-24", "Weekly Wound Rounds", """
L calf: punch bx site from 6/17 sutured, ulcer measures 3.5x3.1. Daughter has been putting warm washcloths on the sore "to help the blood flow" since last wk - asked her to stop. Dressing: calcium alginate + foam, change q 3 days. Selective debridement of loose slough at bedside by wound RN today.
"""),
("2021-07-08", "Physician Quarterly Note", """
Path 6/17 L calf: calciphylaxis, biopsy proven. Onset of the calf lesion about 1st of June, before the biopsy, dressings, compresses and debridement - those are wound care, not the cause. Nothing had injured that leg before onset. DM2 on insulin, no warfarin ever. STS at HD.
"""),
]}

L12 = {"patient_id": "L12", "age": 69, "sex": "M", "notes": [
("2020-02-04", "Admission Skin Assessment", """
New admit from Elmhurst Hosp. Skin: bilat anterior thighs w/ multiple painful purpuric plaques, some w/ black eschar. Hospital dx: biopsy-proven calciphylaxis (bx 1/27). Res denies leg injections, no heat/ice use, denies falls or bumps, denies tight clothes. ESRD/HD. Coumadin (AF), continued by hosp. No diabetes. BMI 28.8.
"""),
("2020-02-18", "Physician Note", """
Thigh lesions worsening. Pharmacy rec: if warfarin stopped, may bridge with SC heparin - would need injection sites away from thighs (arms). Not started at this time. Counselled res + wife: avoid heat and cold packs, avoid pressure on legs, no injections into thighs ever. 
"""),
("2020-03-10", "Family Phone Call", """
Wife called re: plan. Warfarin changed to apixaban 2/20, heparin never given. She asked if anything he did caused the sores - reviewed: no shots, no heat, no injuries to the thighs before they started. Wounds slowly drying.
"""),
]}

L13 = {"patient_id": "L13", "age": 80, "sex": "F", "notes": [
("2026-01-06", "MDS Skin Assessment", """
Admission MDS Sec M. M0300: Stage 2 pressure injury R heel 1.5 cm, from new shoes per family - shoes removed, heel boots applied. M1040 other: L medial thigh necrotic plaque ~4cm round w/ violaceous rim (came w/ res from hospital). Abd - lumpy soft area at insulin sites R periumbilical, non tender.
Dx list: ESRD-HD; DM2, insulin. BMI 22.9.
"""),
("2026-01-14", "Weekly Wound Rounds", """
1) L thigh - calciphylaxis, biopsy proven at Lakeside Hosp 12/2025. 4.2 x 4 cm, dry eschar, painful.
2) R heel - stage 2 PI, pink wound bed, healing. Pressure injury from shoes, NOT calciphylaxis.
3) Abd insulin sites - lipohypertrophy, no skin breakdown, soft. Rotate more widely.
No trauma ever to the L thigh per res and daughter.
"""),
("2026-01-28", "Family Phone Call", """
Daughter Lupe on phone, asked if the heel blister is "the calcium disease too". Told her no - heel is a pressure sore from the shoes and it is almost healed, the bad one is the left thigh. She said mom never had shots in the leg.
"""),
("2026-02-11", "Physician Quarterly Note", """
Quarterly. L thigh calciphylaxis stable/improving on STS. R heel PI healed. Abd lipohypertrophy at insulin sites - benign, not calciphylaxis. No warfarin. Weight stable, BMI 22.9.
"""),
]}

L14 = {"patient_id": "L14", "age": 64, "sex": "M", "notes": [
("2024-08-13", "Nurse Note", """
Res uses heating pad on his shoulders/upper back for neck pain every afternoon since spring - skin there intact, faint mottling only. New today: both calves w/ tender purple/black patches, largest R 3 cm. Res says they started "a couple weeks back". Denies bumping legs.
PD pt (CCPD). Not diabetic. BMI 25.3.
"""),
("2024-08-27", "Physician Progress Note", """
Bilat calf lesions - bx 8/16 shows calciphylaxis. Lower legs: no prior trauma. Heating pad is used on upper back/shoulders only, remote from lesions - still asked him to stop. No warfarin. Not obese.
"""),
("2024-09-24", "Weekly Wound Rounds", """
R calf 3.2 x 2.5 cm eschar, L calf 1.5 x 1 cm eschar. New small scratch on R calf from his fingernails last wk - superficial, after the lesions were already there. Shoulders intact. Cont STS via PD.
"""),
]}

PATIENTS = [L08, L09, L10, L11, L12, L13, L14]
