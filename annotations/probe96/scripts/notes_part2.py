"""probe96 corpus notes, P08-P14 (addiction medicine and harm-reduction clinics; all invented)."""

P08 = {"patient_id": "P08", "age": 49, "sex": "M", "notes": [
("2019-10-09", "OTP Nursing Note", """
OTP nursing / vitals
49M on methadone 140 mg. Has gained ~20 kg since starting methadone in 2018. Pt says since Labor Day he's been squeezing into his old 36" work pants for the new job at the loading dock, "the waistband digs in all shift".
Today complaining of a really painful row of dark patches across his lower belly right under the belt line, both sides, first noticed 10/01/19.
Obs: lower abdomen bilaterally along waistband crease - 3 firm violaceous plaques (largest L 5 cm), two with black centres; livedo-like mottling between them.
Also: ESRD w/ HD three days a week (misses some Fridays), T2DM using Humalog mix. 121kg, BMI 38.9.
Paged the clinic MD.
"""),
("2019-10-11", "Primary Care Note", """
PCP
49 y/o man, OUD on methadone, ESRD/HD, T2DM - 70/30 insulin twice daily into outer arms, HTN, obesity (BMI 38.9). Never on warfarin.
Lesions: bilateral lower abdominal necrotic plaques strictly along the band of his tight trousers, onset 1 Oct 2019. Constriction began early Sept (Labor Day, 9/2).
Assessment: probable calciphylaxis - pressure/friction from waistband as trigger.
Plan: suspenders + loose pants, derm bx, nephro to start thiosulfate if confirmed.
"""),
("2019-10-24", "Dermatology Consult", """
Derm consult
Biopsy L lower abdomen 10/17: medial calcification of arterioles with thrombi and extensive fat necrosis, c/w calciphylaxis.
Distribution: belt-line band, lower abdomen, right and left. Confirmed calciphylaxis, pressure-induced localization.
Weight 119 kg, BMI 38.3.
Plan: STS with HD, offload waist, analgesia coordination with OTP (no methadone change needed).
"""),
]}

P09 = {"patient_id": "P09", "age": 36, "sex": "F", "notes": [
("2021-05-12", "Harm Reduction Nurse Visit", """
Mobile nurse - harm reduction
36F, injects heroin/fent, mostly skin popping now, only ever into the RIGHT thigh ("my good leg"), has done that since 2020.
Today c/o new exquisitely tender lump on the LEFT thigh, anterior, for ~10 days, now with dark crust. She says she never pops into the left leg - "I can't reach it right with my bad wrist".
On dialysis 3x/wk (was on PD before, switched to HD in 2020 after peritonitis). On warfarin for old DVT.
L anterior thigh: 4 cm indurated purplish plaque, central black eschar.
R thigh: scattered old popping scars, no acute lesions.
Referred to bridge clinic.
"""),
("2021-05-14", "Addiction Medicine Bridge Clinic", """
Bridge clinic
36F, OUD, ESRD on HD (prior PD), DVT on warfarin (INR 2.6). No diabetes. BMI 26.3.
Assessment: necrotic plaque L ant thigh, not at injection area (she injects R thigh only). Ddx calciphylaxis vs warfarin necrosis.
Plan: buprenorphine induction (home micro-dosing), derm urgent, INR check.
"""),
("2021-05-25", "Dermatology Consult", """
DERMATOLOGY
Punch bx L anterior thigh (5/18): small-vessel calcification in subcutaneous tissue, thrombosis, fat necrosis. Diagnosis: calciphylaxis.
Note: contralateral to her subcutaneous injection site (R thigh); she reports nothing ever injuring the L thigh.
Recs: warfarin -> alternative anticoagulant, STS with HD.
"""),
]}

P10 = {"patient_id": "P10", "age": 63, "sex": "M", "notes": [
("2022-03-10", "OTP Nursing Note", """
OTP nurse wound check
63M on methadone 75 mg. Showed me a painful dark spot, back of R calf, which he says began a week ago. Denies any knock, cut, scratch or injection there ("nothing happened to it, it just came up").
ESRD, HD Tu/Th/Sat. DM2, was on insulin till 2020, now linagliptin only.
R posterior calf: purple-black plaque 2.5cm, lacy purple border, very tender.
Dressing applied, MD aware.
"""),
("2022-03-24", "Addiction Medicine Progress Note", """
Addiction med f/u
Pt fell getting off the #14 bus 4 days ago and his R calf (back) got raked by the step edge - abrasion runs right across the existing dark plaque, which was there since early March.
Exam: R posterior calf - plaque now 4 cm with black eschar; fresh linear abrasion crossing it. No cellulitis.
ESRD/HD, DM2 (non-insulin), no warfarin. BMI 28.2.
Concern for calciphylaxis. Derm appt next wk. Methadone unchanged. Naloxone kit refilled.
"""),
("2022-03-30", "Dermatology Consult", """
Derm
R posterior calf bx 3/25: calciphylaxis (vascular calcification, thrombi, necrosis).
Timeline: lesion onset ~3/3/22, bus-step abrasion on 3/20 afterwards - nothing injured that spot beforehand.
Plan: STS, wound care, fall precautions.
"""),
]}

P11 = {"patient_id": "P11", "age": 50, "sex": "F", "notes": [
("2020-09-15", "Harm Reduction Program Note", """
Peer/nurse check-in @ drop-in
50F, uses heroin - pops into both upper arms (deltoids), "never in the legs, my legs are bad enough". Does PD at home for kidney failure.
C/o black painful areas on inner thighs both sides x 1 mo. No heat, no falls, no tight clothes per her.
Saw: medial thighs bilaterally - purple net-like skin with firm black plaques, right bigger (6cm vs 4cm).
Arms: scattered popping scars, no ulcers.
Referred to clinic today; escorted.
"""),
("2020-09-17", "Addiction Medicine Progress Note", """
Addiction med
50F, OUD, ESKD on PD, class I obesity (BMI 33.5). No diabetes. No anticoagulants.
Inner thigh necrotic plaques bilat; injection sites limited to deltoids.
Impression: calciphylaxis likely; derm bx requested. Started methadone 20 mg via OTP referral.
"""),
("2020-09-29", "Dermatology Consult", """
Derm
R medial thigh punch bx read as calciphylaxis. Additional plaques L medial thigh, same morphology.
Pt reports nothing injuring the thighs; her SC injections are in the shoulders/upper arms, which are unaffected.
Plan: STS via PD team, binder change.
"""),
]}

P12 = {"patient_id": "P12", "age": 57, "sex": "M", "notes": [
("2018-06-05", "Addiction Medicine Progress Note", """
Addiction med - bup maintenance
57M, OUD on buprenorphine 12 mg daily, stable 2 yrs. ESRD - dialysis Monday, Wednesday, Friday. T2DM, detemir, injects into both upper arms. Afib on warfarin. Obesity, BMI 32.1.
New: painful dark plaque on L lower abdomen x 2 wks (started about 05/22). No injections, heat or injury there before it started.
Exam: L lower abdomen 5 cm indurated purple plaque, central necrosis.
Plan: derm, nephro. Bup refill x 1wk. PDMP checked - no other controlled rx.
"""),
("2018-06-14", "Dermatology Procedure Note", """
Derm - punch biopsy L lower abdomen plaque, 4 mm x2 at edge, hemostasis w/ pressure, sutured.
Pathology (6/18 addendum): calcification of subcutaneous vessels, thrombosis -> calciphylaxis.
Pt says he has been putting a microwave heat pack on the spot since last week to "calm the ache" - told to quit it (could burn / worsen).
"""),
("2018-07-02", "Wound Clinic Note", """
Wound clinic
Sharp debridement of L lower abdominal calciphylaxis wound, slough removed. Dressing: hydrogel + foam, tape border.
Pt stopped heat pack. Warfarin switched to apixaban 6/20 by cardiology. BMI 31.8.
Will rotate insulin sites within the arms.
"""),
]}

P13 = {"patient_id": "P13", "age": 47, "sex": "F", "notes": [
("2023-08-08", "Addiction Medicine Progress Note", """
Addiction med
47F, OUD on SL bup 16 mg, considering monthly injectable. ESRD on HD TTS. Morbid obesity, BMI 44.7. Prediabetes, no meds, no insulin ever.
Hard, very sore purple area low on the pannus, L > R, x 3 wks. She is clear she has never injected anywhere but veins in her arms and has not used any heating pad; no injury, no tight garment, "nothing touched it".
Plan: derm. Hold off on XR-bup: we had planned to start the monthly injection into the abdomen, will not do so now.
"""),
("2023-08-15", "Dermatology Consult", """
Derm
Plaque of pannus (L lower abd, reaching midline): retiform purpura with central necrotic eschar. Bx today. Pt denies trauma, injections, heat or pressure to this area.
"""),
("2023-08-24", "Dermatology Follow-up", """
Derm f/u
Pathology back - calcified SC arterioles with thrombi: calciphylaxis confirmed.
Counselled: if XR-buprenorphine is started in the future, injection should avoid the abdomen; avoid heat.
BMI 44.1.
"""),
]}

P14 = {"patient_id": "P14", "age": 41, "sex": "M", "notes": [
("2024-02-20", "Syringe Services Wound Care", """
SSP wound station
41M, injects fent/tranq, mostly into L forearm. Has two chronic tranq wounds on L forearm (dorsal), open ~2 mo, granular base, no eschar.
New: painful black patches on both thighs (front), x ~10 days. He says nothing hits his thighs, he never injects in his legs.
On dialysis (HD MWF). BMI 21.
Cleaned forearm wounds, xeroform. Thighs: covered. Sent to clinic.
"""),
("2024-02-22", "Addiction Medicine Progress Note", """
Addiction med
41M, OUD w/ xylazine exposure. ESRD, HD. Nondiabetic; not anticoagulated.
1) L dorsal forearm xylazine-associated wounds at injection sites - chronic, not calciphylaxis in appearance (clean granulating base, no retiform purpura).
2) Bilat anterior thigh necrotic plaques w/ livedo - ?calciphylaxis.
Counseling: pt told that injecting into the thighs could provoke new calciphylaxis lesions; advised not to.
"""),
("2024-03-05", "Dermatology Consult", """
Derm
Thigh bx (R anterior): calciphylaxis. Forearm ulcer bx: nonspecific chronic ulceration without vessel calcification, i.e. not calciphylaxis.
Thighs: nothing injured either one before the plaques appeared.
"""),
]}

PATIENTS = [P08, P09, P10, P11, P12, P13, P14]
