"""probe101 corpus notes, O08-O14 (orthopaedics, podiatry and physiotherapy, with renal and
dermatology; British spelling and dates; all invented)."""

O08 = {"patient_id": "O08", "age": 69, "sex": "M", "notes": [
("2018-04-30", "Podiatry - Diabetic Foot Clinic", """
Podiatry DFC
69M, T2DM on linagliptin (no insulin). CKD 5 - pre-dialysis, L radiocephalic fistula made in Feb, HD planned "within weeks".
Both legs swollen to mid shin, pitting ++.
Feet: intact, no ulcers, no callus of note. Monofilament 7/10 bilat. DP + PT palpable x4. ABPI R 1.00, L 1.05 - safe to compress.
Wt 92.4 kg, ht 1.755 m, BMI 30.0.
Tx: measured and fitted for class 2 below knee compression hosiery today - wear all day, off at bedtime. Wife shown how to apply.
R/V 8/52.
"""),
("2018-06-11", "Community Physiotherapy", """
Community physio HV - balance programme wk 3
Wearing his stockings x 6 wks, wife puts them on every morning. Has now started haemodialysis (Mon/Wed/Fri, since late May).
c/o agony in "two tight bands" round both legs just under the knees, right where the stocking tops sit - began a fortnight ago, worse each day, cant bear the bedsheet on them.
O/E both upper calves: horizontal strip of dusky, purple, woody skin under the hosiery band; 2 black patches on the R, 1 on the L.
A: not appropriate to exercise today. ?pressure damage from hosiery but appearance unusual.
P: stockings removed and left off. Urgent GP visit requested; message to renal unit.
"""),
("2018-06-25", "Dermatology Clinic Letter", """
Re: Mr Alun Rhys-Barker, 69
Diagnosis: calciphylaxis, both calves (biopsy 14/06/2018 from the L calf).
Histology: calcified small subcutaneous arterioles, intimal hyperplasia, thrombosis, fat necrosis.
The lesions run along the compression zone of the stocking tops he wore every day from 30 April; they started around 28 May. He began HD on 21 May. I suspect the constant band of pressure determined where the disease showed itself.
BMI 30.0. No anticoagulants, past or present.
Plan: no compression, STS with dialysis, pain team.
"""),
]}

O09 = {"patient_id": "O09", "age": 54, "sex": "M", "notes": [
("2021-02-03", "Podiatry - Diabetic Foot Clinic", """
DFC review
54M. T2DM, Lantus 40 u at night - always into his L thigh ("being right handed, left leg's handiest"). DSN previously noted lipohypertrophy there and advised rotating, which he hasn't.
Haemodialysis M/W/F.
Hx healed ulcer R hallux 2019.
Today: both feet intact. Pulses weak DP bilat. New insoles issued, shoes fine.
BMI 38.4.
Plan: r/v 12/52.
"""),
("2021-03-10", "Renal Outpatients", """
Renal OPD - Dr Baptiste
Painful lesion R lateral thigh x 3 weeks.
O/E: R lateral thigh 7x5cm stellate purpura with black necrotic centre, livedo around it. L thigh (his insulin site): soft lipohypertrophy only, skin colour normal, no lesion.
Nothing done to the R thigh: never injects there, no falls, no heat, no tight straps.
Bone profile: adj calcium 2.55, phosphate 2.4; PTH 70.
Imp: ?calciphylaxis. Derm urgently. BMI 38.1.
"""),
("2021-03-24", "Dermatology Letter", """
Derm clinic - Mr Idris Calloway
Histology from the R thigh ulcer edge confirms calciphylaxis.
His left thigh, where all the Lantus goes, is clear apart from lipohypertrophy; the disease is on the opposite side.
No warfarin. Obese, BMI 38.1.
Plan: STS, wound care, please rotate insulin onto the abdomen.
"""),
]}

O10 = {"patient_id": "O10", "age": 73, "sex": "F", "notes": [
("2021-03-18", "Fracture Clinic", """
# clinic - ED referral
73F. Banged her L shin against the car door edge on 15/03/21. XR tib/fib: no #.
O/E L anterior shin: small fresh abrasion with bruising, and just below it a 3 cm black eschar with a purple lacy margin - pt says that patch "was there since the 1st of March, before I banged it". She is adamant nothing had happened to the leg prior to the patch showing; she thought it was a bruise at first.
PMHx: HD Tue/Thu/Sat. Warfarin (AF), INR 2.6. Non-diabetic.
BMI 24.9.
Plan: abrasion dressed. Eschar - ?calciphylaxis, referred derm + renal. No # f/u.
"""),
("2021-03-25", "Dermatology", """
Derm OPD
L shin: biopsy 22/03 - calciphylaxis confirmed (medial calcification + thrombosis of subcutaneous vessels).
Started 01/03/2021, a fortnight before she struck the shin on the car door, so the knock came after the lesion and did not provoke it.
Warfarin is a risk here - asked cardiology re alternative.
"""),
("2021-04-15", "Leg Ulcer Clinic", """
Leg ulcer clinic (TVN)
L shin calciphylaxis wound 3.2x2.6cm, eschar lifting at edges. Abrasion above has healed.
Dressing: honey alginate, foam, light bandage - no compression.
Still on warfarin pending cardiology. Non-diabetic. HD as before.
Pain 6/10. R/v 1/52.
"""),
]}

O11 = {"patient_id": "O11", "age": 61, "sex": "F", "notes": [
("2019-10-02", "Podiatry - High Risk Lower Limb", """
High risk podiatry - referred by PD nurse
61F, T2DM on NovoMix 30 bd, CAPD.
Ulcer L lateral calf, since mid-Sept per pt. Denies any knock, scratch, burn or injection to that leg beforehand.
3.5x2cm, black eschar + adherent slough at edges, violaceous mottled skin round about. Extremely painful.
Sharp debridement: loose slough only, limited by pain.
Dressing: Atrauman, padding, light retention bandage. PD nurse to redress twice weekly.
Pedal pulses palpable. Onward: derm ?calciphylaxis.
"""),
("2019-10-09", "Dermatology Clinic", """
Dermatology
Painful necrotic ulcer L lateral calf on a PD pt with insulin-treated diabetes. Clinically concerning for calciphylaxis.
2 punches (4mm) taken today at the ulcer margin under LA.
Obese - BMI 31.6.
"""),
("2019-10-23", "Dermatology Follow-up", """
Derm f/u
Histology: calciphylaxis, L calf - tiny vessels calcified and clotted, fat necrotic. Diagnosis confirmed.
Husband has been laying a cool pack over the ulcer for the pain since last week - asked him to stop. PD nurse continues dressings; podiatry to debride again when pain allows.
No trauma to that calf before the ulcer. Never had warfarin.
BMI 31.6. Renal to start STS.
"""),
]}

O12 = {"patient_id": "O12", "age": 57, "sex": "F", "notes": [
("2023-08-02", "Renal Clinic", """
Renal clinic
57F, HD via L AVF.
New very painful lesion on lower abdomen/pannus, approx 2 wks.
Not diabetic - no injections of any kind. Denies hot water bottles, heat pads, tight belts or waistbands; no knock, fall or scratch there.
O/E pannus: 8 x 5 cm hard violaceous plaque, black centre.
Morbid obesity, BMI 44.6. No warfarin.
Imp: calciphylaxis until proved otherwise. Biopsy via derm.
"""),
("2023-08-09", "Dermatology", """
Derm - biopsy result
Deep biopsy of the pannus plaque: calciphylaxis, confirmed.
Pt re-questioned: still denies injuring, heating or squeezing that skin.
Plan: STS via renal, dressings, weight management input.
"""),
("2023-09-06", "Orthopaedic Pre-operative Assessment", """
Pre-op assessment - R TKR (OA)
Listed for R TKR. If surgery proceeds she'd need post-op enoxaparin s/c - thighs would be used rather than abdomen, in view of her calciphylaxis.
Consultant decision today: TKR postponed until the abdominal wound has healed. Re-list in 6/12.
BMI 44.1. HD as before.
"""),
("2023-10-04", "Physiotherapy - Knee Class", """
Knee OA class - session 2
No falls. Says the sore on her tummy "is slowly getting smaller".
Sit to stand x 10, step ups, cycle 10 min. Tolerated.
Plan: cont programme, review in 4/52.
"""),
]}

O13 = {"patient_id": "O13", "age": 66, "sex": "M", "notes": [
("2024-05-20", "Fracture Clinic - Cast Check", """
# clinic cast check
66M, R calcaneal # (fell off a step 02/05/24), non-op, BK plaster since 03/05.
C/o rubbing behind R heel. Cast removed: 2 cm partial thickness pressure sore, posterior R heel, at the cast edge - pink base, no necrosis.
Also skin tear L forearm from the same fall - healing with steristrips.
Mentions sore dark areas on both inner thighs since April, already seen by his renal team.
PMHx: ESKD HD. T2DM (diet + sitagliptin). Warfarin stopped in 2022 (GI bleed).
BMI 22.3.
Plan: recast with extra heel padding and a window. r/v 2/52.
"""),
("2024-06-03", "Dermatology Letter", """
Re: Mr Tomasz Grabowski
Calciphylaxis, medial thighs bilaterally - biopsy proven. Onset April 2024.
Thighs never injected, heated or compressed.
The R heel wound is a cast pressure ulcer, typical appearance, granulating - not calciphylaxis. The L forearm skin tear is a simple traumatic tear, again not calciphylaxis.
"""),
("2024-06-17", "Tissue Viability / Podiatry", """
Joint TV + podiatry
R heel pressure ulcer now 1.2 cm, healthy granulation. Offloading: heel-free boot once out of plaster.
Thigh calciphylaxis: dressed by district nurses 3x weekly, stable.
HD continues. BMI 22.3.
"""),
]}

O14 = {"patient_id": "O14", "age": 63, "sex": "F", "notes": [
("2025-09-10", "Physiotherapy - Lumbar Spine", """
Physio - low back pain
S: 63F, chronic mechanical LBP. Since the summer: microwaved wheat bag to lumbar area, nightly more or less.
PMHx: CAPD. T2DM - sitagliptin. BMI 33.1.
O: lumbar flexion 3/4, SLR neg bilat, neuro intact. Lumbar skin normal.
A: non-specific LBP.
P: graded walking, core exs. Advice given as a PD pt: she is at risk of skin problems, so wrap the wheat bag, limit to 20 min, never fall asleep on it.
"""),
("2025-10-15", "Renal Clinic (PD)", """
PD clinic
Both buttocks: painful necrotic plaques, x 10 days.
Lower back where the wheat bag goes: intact, no mottling, no erythema ab igne.
HbA1c 78 - started on Abasaglar last month, injected into abdomen.
Phos 2.2, adj Ca 2.48.
Imp: suspect calciphylaxis -> urgent derm.
Counselled: avoid heat to skin, avoid tight clothing, no injections into buttocks or thighs.
"""),
("2025-11-05", "Dermatology", """
Derm
Biopsy L buttock (29/10): calciphylaxis confirmed. Lesions on both buttocks, no trauma to either.
The lower back, where she has used the wheat bag, is normal skin.
BMI 32.6. No warfarin.
Plan: STS via PD team, analgesia.
"""),
]}

PATIENTS = [O08, O09, O10, O11, O12, O13, O14]
