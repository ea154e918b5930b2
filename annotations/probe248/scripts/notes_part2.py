"""probe248 corpus notes, B08-B14 (kidney supportive care / conservative kidney management and
the clinics around it; every person, place and sentence invented)."""

B08 = {"patient_id": "B08", "age": 75, "sex": "F", "notes": [
("2023-09-05", "Renal Supportive Care Consult - Dialysis Unit", """
Renal supportive care consult - Ridgefield Dialysis

75F, on haemodialysis at this unit since 2018, Mon-Wed-Fri slot, L brachiocephalic AVF. Referred by her nephrologist
for symptom burden and to start thinking ahead.
Reports washed-out 6-8 h after each run, cramps, poor sleep. ESAS-r tiredness 8,
wellbeing 7, appetite 5.
PMH: type 2 DM on linagliptin - has never needed insulin; morbid obesity; AF - warfarin until 2019,
apixaban 2.5 mg bd since.
Wt 109 kg, BMI 41.3.
Talked about dropping to twice-weekly runs and that stopping is always an option later. For
now she wants to carry on. HCP: husband Gerald.
Plan: cramps - review EDW with unit; melatonin 2 mg; revisit in 6 wks.
"""),
("2023-10-17", "Hemodialysis Rounding Note", """
HD rounds 10/17/23

c/o very painful lump under the L breast x 2 wks. It follows the crease where her underwire
bra digs in - she says the wire has cut into that fold for years, leaving a red groove by
evening.
Exam: L inframammary fold, lower breast - 5cm indurated plaque, violaceous net
pattern, central dusky 1 cm area, exquisitely tender. R fold: intertrigo only.
Labs: phos 2.4, Ca 2.41, PTH 92 pmol/L.
A/P: worrying for calciphylaxis. Derm asked to see urgently. Calcium acetate stopped ->
sevelamer; ?cinacalcet.
"""),
("2023-10-31", "Dermatology Consult", """
DERMATOLOGY CONSULT

75F on HD. Incisional bx (2023-10-24), L inframammary plaque: calcium-laden subcut arterioles
w/ thrombi & septal fat necrosis; Dr Huang (path) signed it out as calciphylaxis.
The plaque tracks the underwire line; sustained pressure from the wire probably contributed.
Advice: soft wire-free bra only, no underwire at all from now.
Exam: 6x5cm now, an eschar starting to form in the middle, dry.
BMI 40.8.
Plan: thiosulfate 25g IV (STS) toward the end of every HD; alginate
to the wound; she says if it
keeps getting worse she may choose to stop dialysis - supportive care to follow.
"""),
]}

B09 = {"patient_id": "B09", "age": 80, "sex": "M", "notes": [
("2022-02-16", "Inpatient Palliative Care Consult", """
Palliative care consult - Ward 7B, Kingsmere

80M, ESKD (eGFR 7) on CKM, admitted 8 Feb with L lower lobe pneumonia, on co-amoxiclav.
Clot prophylaxis: heparin 5,000 units subcut bd, ward RNs injecting it in his abdominal wall
since admission (2/8/22).
Not diabetic. No long-term anticoagulant at home; warfarin never.
BMI 30.2.
Ward RN skin check: intact, no pressure areas.
GOC: he and wife Ines agree - no ICU, no dialysis, DNR. Wants home.
Plan: home tomorrow, CKM team to follow up; heparin stops at discharge. Co-amoxiclav to
finish 7 days orally. Bloods at home in 1 wk (K 5.7 here).
"""),
("2022-03-29", "Kidney Supportive Care Clinic", """
KSC clinic 29/03/2022

Painful legs since about 14 March. Wife has been putting cool gel packs on both calves at
night since the pain began, which takes the edge off.
No injections into the legs ever. Heparin stopped on discharge in Feb.
O/E bilateral posterior calves: 3-4 indurated violaceous plaques each side, retiform
purpura, no ulcer yet. Abdomen: old heparin bruises faded, no plaques there.
Pain 7/10. PPS 50%.
Imp: worried this is calciphylaxis. Plan: derm biopsy booked for this week; hydromorphone 0.5 mg prn.
"""),
("2022-04-12", "Dermatology Consult", """
Dermatology

Bx R calf (4/5/22): panniculitis with calcified small subcutaneous vessels and thrombi
= calciphylaxis.
Lesions limited to both calves; nothing on the abdomen where the heparin went.
The gel packs only began after the calf lesions appeared - asked to stop them.
Exam today: plaques larger, one 1 cm ulcer L calf with black base. Pedal pulses present.
Wt 91 kg.
Plan: STS declined - he does not want trips to the infusion unit. Wound care with foam
dressings by DN; KSC following for pain; family aware healing is unlikely.
"""),
]}

B10 = {"patient_id": "B10", "age": 83, "sex": "F", "notes": [
("2020-08-25", "Kidney Supportive Care Clinic", """
KSC - 25.08.2020

83F, ESKD on CKM. DM2 - gliclazide 40 mg, no insulin. AF: warfarin, INR 2.9 last check.
New problem: R lateral thigh - hard and sore since 13.08.2020. Every night since, she's been
tucking her hot-water bottle against it "to ease it".
Exam: 8x6cm firm plaque R lateral thigh, livedoid mottling over it, skin unbroken.
Weight 90kg, BMI 34.0.
Imp: ?calciphylaxis (warfarin, ESKD, obesity).
Plan: no further heat to it; derm bx; talk to cardiology re warfarin.
"""),
("2020-08-29", "Emergency Department Note", """
ED NOTE

83F, fell at 0200 today walking to the bathroom, landed on her R side. Bruise on R lateral
thigh overlying a painful plaque that is already under investigation by her renal team.
No LOC. Hip rotation painless; XR pelvis + R femur no fracture.
INR 3.4.
Vitals stable, BG 8.2. Bruise 10 x 7 cm, no haematoma needing drainage.
Plan: omit warfarin tonight and repeat INR on Monday, d/c home with daughter. Falls referral and
commode for night-time. GP and KSC letter sent.
"""),
("2020-09-15", "Dermatology Consult", """
Dermatology

Bx R lateral thigh (9/8/20): calciphylaxis - vessel wall calcification with thrombi.
Plaque onset mid-August, before both the heat and the fall of 29 Aug - neither can have
set it off.
Warfarin stopped -> apixaban.
BMI 33.6.
Exam: plaque 9 x 7 cm, bruising fading over it, small central ulcer 1 cm.
Plan: STS discussed - she will think about it; hydrocolloid not advised, foam dressings;
analgesia via KSC. Reviewed her binder: calcium carbonate switched to sevelamer.
Daughter present and understands.
"""),
]}

B11 = {"patient_id": "B11", "age": 76, "sex": "M", "notes": [
("2022-05-03", "Supportive Care Consult - Dialysis", """
Supportive care consult - HD unit

76M on HD TTS since March 2021 via L radiocephalic AVF. Referred for ACP.
PMH: pernicious anaemia - hydroxocobalamin 1 mg IM monthly into the L deltoid by the practice
nurse since 2019. HTN. Non-diabetic. Warfarin: never.
BMI 24.9.
Symptoms: post-HD fatigue, restless legs in the evening, itch 3/10.
ACP: he would want to stop dialysis if he lost his independence. MOLST: DNR, no intubation;
dialysis continues for now.
Plan: ropinirole 0.25 mg nocte; recheck ferritin.
"""),
("2022-06-14", "Dialysis Rounding Note", """
HD rounds 6/14/22

Complains of a new sore, hard, purplish lump, R upper arm (lateral side); noticed it ~10
days ago.
He says: no injections into or injuries to the right arm. His B12 jabs always go in the L deltoid
(last one 5/20, that spot looks normal).
O/E lateral R upper arm: indurated plaque 4x3cm, violaceous with a livedoid rim, tender.
PTH 78, phos 2.3, Ca 2.45.
A/P: ?calciphylaxis - asked derm to see urgently. Calcium carbonate stopped. Discussed with pt and son;
he wants to keep dialysing for now. Pain: acetaminophen, tramadol avoided.
"""),
("2022-06-28", "Dermatology Consult", """
Dermatology consult

76M on HD, referred from the unit with a tender R upper arm plaque.
Bx R lateral upper arm (2022-06-21): subcutaneous arteriolar calcification with thrombosis -
calciphylaxis.
L deltoid examined (monthly B12 site) - normal skin. Trunk and legs: clear.
BMI 24.6.
Plaque today 4.5x3.5cm, small dusky centre starting to break down, no infection.
Plan: IV sodium thiosulfate at each dialysis (25 g), cinacalcet 30 mg daily; non-adherent dressing, change at
each run by HD nurses; supportive care aware and reviewing pain. RV 3 wks.
"""),
]}

B12 = {"patient_id": "B12", "age": 69, "sex": "F", "notes": [
("2019-01-15", "Conservative Kidney Management Clinic", """
CKM clinic, 15 January 2019

69F, ESKD (eGFR 11), conservative management chosen. Not diabetic, A1c 5.4.
AF - warfarin was considered in 2017 but never started; on apixaban.
Obese, BMI 38.9.
Anaemia: practice nurse gives darbepoetin 40 micrograms subcut fortnightly, alternating
between the upper arms.
Counselling: keep ESA injections out of the abdomen / pannus - fatty areas plus ESKD =
higher risk of skin problems.
Symptoms: fatigue 2, SOB on exertion, itch 1. Skin check today - nothing of note.
Plan: f/u 8 wks; dietitian.
"""),
("2019-03-05", "Dermatology Consult", """
Dermatology consult

Painful dark plaques lower belly both sides since Valentine's Day.
She denies injecting anything into the abdomen, heat packs, binders or tight waistbands;
no falls.
O/E lower pannus both sides: violaceous indurated plaques, R 6x4cm and L 5x3cm, retiform
purpura; central black eschar on the right-sided plaque.
Labs from renal: Ca 2.49, PO4 2.0, PTH 55.
Ddx: calciphylaxis vs vasculitis (warfarin necrosis unlikely - she has never had it).
Punch bx x2 taken today from the R and L plaque edges. Pain 8/10 - hydromorphone from KSC.
"""),
("2019-03-19", "Kidney Supportive Care Clinic", """
Kidney supportive care - Mrs Delacroix-Byrne

Seen with husband. Bx 3/5/19 (both pannus plaques): calciphylaxis confirmed on histology;
derm letter reviewed.
GOC: discussed prognosis; she prefers treatment aimed at comfort but agreed to IV STS as
an outpatient.
BMI 38.1.
Both plaques bigger; R eschar 3 cm. No fever, appetite poor, sleeping in the afternoons.
Plan: STS 3x/wk; alginate dressings to the pannus; hydromorphone 0.5 mg prn, add
gabapentin 100 mg nocte; ACP documentation updated - DNACPR signed; home with district
nursing. Husband coping.
"""),
]}

B13 = {"patient_id": "B13", "age": 78, "sex": "M", "notes": [
("2024-01-23", "Kidney Supportive Care Clinic - New Patient", """
KIDNEY SUPPORTIVE CARE - new pt

78M, ESKD (eGFR 9), opted for conservative care in 2023.
DM2 on insulin (Lantus 16 u, injects into the abdomen).
Calciphylaxis back in 2019 (CKD 4 at the time): biopsy-proven (5/2019) painful necrotic
lower-abdominal plaques lying over the areas where he injected insulin; healed by early 2020 after stopping warfarin
and a course of STS. No recurrence since. Warfarin stopped 2019 (-> apixaban).
PAD, ABI R 0.6.
BMI 27.8.
Plan: CKM care plan; podiatry; review 8 wks.
"""),
("2024-03-12", "Wound Clinic", """
Wound clinic

R heel ulcer. Since January he sleeps in a recliner with his heels pushed against the
footrest.
Exam: 2.5 cm black eschar, posterior R heel; surrounding skin pale; ABI R 0.55.
Wife worried it's "the calciphylaxis back".
Ddx: pressure injury on PAD vs recurrent calciphylaxis.
No fever. Pedal pulses not palpable R.
Plan: heel offloading boots, pillow under the calves in the chair; dry dressing; derm
review to help sort out what this is. He does not want vascular surgery.
"""),
("2024-03-26", "Dermatology Consult", """
Dermatology

R heel: dry eschar confined to the pressure point; no retiform purpura, no livedo; calves
and abdomen clear.
With ABI 0.55 this is an ischaemic pressure injury, not a recurrence of his calciphylaxis.
Bx not advised - poor healing risk.
Old abdominal scars from the 2019 calciphylaxis well healed; his current insulin sites
there look normal.
Plan: offload, keep the eschar dry and intact, vascular review only if he wants it.
Reassured him and his wife - the heel is a separate problem.
"""),
("2024-04-09", "Advance Care Planning Note", """
ACP note - kidney supportive care

He and his wife reviewed goals today with KSC nurse specialist. He is not for vascular
surgery and not for dialysis; wants comfort and time at home. POLST updated: DNR, comfort
measures, no tube feeding. Hospice referral if the heel gets worse or he declines further.
Lantus reduced to 12 u (poor intake). Heel eschar unchanged, dry, offloading boots on most of the day.
Son (Marcus) agreed to be second HCP; copies to GP.
BMI 27.1.
"""),
]}

B14 = {"patient_id": "B14", "age": 73, "sex": "F", "notes": [
("2023-10-24", "Supportive Care Consult - Dialysis Unit", """
Supportive care consult - dialysis unit

73F on HD since 2022 via R upper arm graft. Mechanical mitral valve since 1998 - on warfarin
(target INR 3.0 - Dr Venn's valve clinic). HbA1c 6.0 - prediabetic, no diabetes diagnosis. BMI 27.0.
Influenza vaccine: L deltoid, 10/5/23, given on the unit.
Husband (CKD too) does his own insulin shots in his belly - she helps him with the pens.
Sister died 2015 of calciphylaxis on PD.
Skin: intact.
She feels worn down by dialysis; wants to talk about stopping.
"""),
("2023-11-28", "Hemodialysis Rounding Note", """
HD rounds - Tue chair 6

New: L upper inner thigh painful hard area x 1 wk. Husband noticed her limping.
O/E 4x3cm violaceous plaque, necrotic centre, retiform edge, very tender.
Denies: injections to the thigh, heat, ice, tight garments; no falls.
INR 3.1. Ca 2.38, PO4 2.1, PTH 48. On calcium acetate 667 mg tds with meals.
A/P: suspected calciphylaxis. Dermatology to bx within the week; calcium acetate off. Let supportive care
know - this may weigh on her decision about dialysis.
"""),
("2023-12-19", "Renal Palliative Care - Dialysis Withdrawal", """
Renal palliative care - follow-up

Bx (12/1) L thigh: calciphylaxis.
Lesion painful and progressing, now 6 cm with eschar. After discussion with her husband and
nephrologist she chose to stop HD; last session 12/15. Understands the likely time frame -
days, possibly a week or two.
Hospice enrolled. Warfarin stopped (valve thrombosis risk accepted and explained).
Husband and daughter want her at home; hospice nurse daily, chaplain visit requested by the family.
Plan: comfort measures; hydromorphone SC prn; midazolam prn for distress.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
