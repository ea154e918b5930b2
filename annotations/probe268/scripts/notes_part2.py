"""probe268 corpus notes, S08-S14 (dermatology nurse-led phototherapy and laser unit and the
clinics around it; all people, places and wording invented)."""

S08 = {"patient_id": "S08", "age": 74, "sex": "M", "notes": [
("2025-01-07", "Excimer Laser Treatment Record", """
308 nm EXCIMER LASER - treatment record          07/01/2025      Session 12 of 24
Dx: vitiligo, dorsal hands (stable, non-segmental). Operator: SN Kasia Brennock.

Dose: R hand dorsum 450 mJ/cm2, L hand dorsum 450 mJ/cm2 (+50 from session 11).
Last session: faint pink 24 h, no blistering. Repigmentation perifollicular, ~20%.
Goggles both. Tolerated.
General: L knee arthritis flared over the holidays. From Christmas Day onward he
has iced the L inner knee 3-4x/day - frozen sweetcorn wrapped in a hand towel.
Knee skin checked as he asked: cool, intact, no marks.
Meds noted: Humulin I into abdomen bd (T2DM), apixaban for AF (has never been on
warfarin), alfacalcidol, sevelamer. HD Tue/Thu/Sat.
Next session Fri.
"""),
("2025-02-04", "Dermatology Consultant Clinic", """
Dermatology clinic                 4 Feb 2025            Dr Ilse Marrow, consultant
74M, ESKD on HD, insulin-treated T2DM. Sent from the excimer clinic.

Hx: started mid-January - firm, sore, purple patch, L knee medially - has since
broken down. Severe pain, worse at night.
O/E: 4x3cm stellate ulcer, necrotic base and black eschar, L medial knee, retiform
purpura around. Hands: vitiligo patches repigmenting.
Punch biopsy (x2, deep) 28/01/2025 - calciphylaxis; small fat vessels with
calcified walls, thrombus, necrosis.
Imp: calciphylaxis, L knee.
Plan: stop icing the knee. Renal team for STS; stop alfacalcidol; wound care with
TVN. Excimer paused until wound settles.
"""),
("2025-02-19", "Haemodialysis Unit Note", """
HD unit - nephrology review   19.02.25   Dr T. Keane
Calciphylaxis L knee (bx 28 Jan). Thiosulfate 25g thrice weekly since 6 Feb,
infused over HD's final 60 min - tolerating.
Alfacalcidol stopped. Sevelamer continued, PO4 1.9 (was 2.4). PTH 52.
Wound: TVN twice weekly, eschar lifting at edges, no infection.
Pain 6/10; pain team put up a fentanyl 12mcg/h patch.
Diabetes: insulin reduced due to low intake, BMs 5-11.
Weight 97.3 kg, BMI 31.9.
Plan: continue STS, review in 4 wks, consider adding a vitamin K supplement (discuss).
Anticoagulation stays apixaban.
"""),
]}

S09 = {"patient_id": "S09", "age": 57, "sex": "F", "notes": [
("2022-05-11", "Phototherapy Nursing Assessment", """
NB-UVB ASSESSMENT             11/05/2022          Assessor: SN D. Farrow
Referral: adult atopic eczema, flaring despite dupilumab being considered; GP wants
phototherapy first.
PMHx: ESKD, haemodialysis M/W/F. T2DM - NovoMix 30 BD. Obesity, OSA.
No warfarin/anticoagulants. Photosensitisers: none.
Insulin: only ever the R anterior thigh - "never the left and never
my tummy". Lipohypertrophy R anterior thigh, size of a palm.
Skin: eczema flexures, neck, hands; EASI 18. No ulcers.
BMI 39.0.
Plan: NB-UVB 3x/wk on her non-HD days - she works afternoons, so Tue/Thu/Sat mornings.
Start 200 mJ/cm2 (type II), +10-20%.
"""),
("2022-07-06", "Dermatology Consultant Clinic", """
Dermatology clinic - Dr F. Adair                    6 July 2022
57F, ESKD on HD, obese, T2DM on insulin. Phototherapy nurses concerned.

Hx: tender hard area inner L thigh, started 3 weeks ago; centre now black.
O/E: 8x5cm necrotic plaque, eschar, retiform purpura - L medial thigh.
Right thigh: lipohypertrophy at her usual injection area, no purpura.
Biopsy 1 July: calciphylaxis (calcified arterioles + thrombosis in subcutaneous fat).
Imp: calciphylaxis L thigh. Not at her injection sites - she only ever uses the right
thigh, and confirms the left thigh has never once been used.
Advice: keep injecting away from the L leg; rotate within the R thigh and arms.
Plan: NB-UVB stopped. Renal for STS.
"""),
("2022-07-20", "Haemodialysis Unit Note", """
Wrenhill HD - renal SpR note                       July 20, 2022
Calciphylaxis, L medial thigh - biopsy 01/07/22. Day 14 of STS 25g after
HD. Nausea managed with ondansetron pre-dose.
Calcium binder switched to lanthanum. Cinacalcet up to 60 mg.
Wound: eschar intact, TVN seeing twice weekly, silver dressing.
Pain 7/10 - gabapentin 100mg added after dialysis.
BMI 38.7, weight down 1.1 kg.
Insulin: NovoMix dose reduced by 10%, R thigh only as before.
Tearful today - renal psychology referral offered and accepted.
Plan: continue, repeat bloods 2 weeks.
"""),
]}

S10 = {"patient_id": "S10", "age": 61, "sex": "M", "notes": [
("2023-08-14", "Cryotherapy List", """
CRYO LIST (nurse-led)   14 Aug 2023     SN K. Brennock
61M - periungual viral wart R index finger, 8 months, failed salicylic acid.
PMH: ESKD, CAPD (4 bags daily). AF on warfarin (target 2-3). T2DM on sitagliptin, no
insulin. Gout.
LN2 spray to wart R index finger, 2 FTC x 10 s with 1 mm halo.
Expect blister; may need 3-4 sessions at 3-4 weekly intervals.
Warfarin noted - bleed into blister possible, told this is OK.
No other lesions treated. Next visit 4 wks.
"""),
("2023-10-02", "PD Clinic Note", """
PD clinic - Lindenbrook   02/10/2023   Dr N. Oyelaran

Painful ulcer, R calf posteriorly. Began ~3 wks ago - a purple spot - and is now
3cm across, centre black. No injury he can recall - no knocks, no burns, no
new footwear. Wart treatment on his finger ongoing, finger fine.
O/E: 3x2.5cm ulcer, eschar centrally, R posterior calf, livedo around.
Pulses palpable.
PD: good clearance, no peritonitis. Ca 2.6, PO4 2.2, PTH 88.
On warfarin for AF.
Imp: ?calciphylaxis vs warfarin necrosis - needs biopsy.
Plan: urgent derm (Dr Marrow, next week). Hold calcitriol.
"""),
("2023-10-09", "Dermatology Consultant Clinic", """
Dermatology clinic - Dr Ilse Marrow       9th October 2023

61M, ESKD on CAPD, AF on warfarin. R calf ulcer from the start of September? - pt
says 3 weeks before his PD clinic visit.
Last week he began pressing an ice pack onto the ulcer to ease pain; his wife
secures gauze over it using brown parcel-style tape. Both only since the ulcer.
O/E: ulcer grown to 4x3cm, black eschar, R posterior calf, retiform purpura; tape
stripping on the skin around it.
Biopsy 4/10/23: calciphylaxis (vessel calcification, thrombi).
Imp: calciphylaxis R calf.
Plan: stop ice and tape - TVN to dress. Warfarin -> apixaban today. STS via PD team.
Wt 79kg, BMI 26.1.
"""),
]}

S11 = {"patient_id": "S11", "age": 49, "sex": "F", "notes": [
("2024-02-27", "Nephrology Clinic", """
Renal clinic - Dr T. Keane                    27th Feb 2024
49F, ESKD (diabetic nephropathy), HD TTS. T2DM, insulin. BMI 44.0.

New: sore, firm, purplish areas under the tummy fold (pannus), x 1 week.
Insulin: both upper arms, posterior skin - she has never used her
abdomen, finds it too sore. Heat sources on the skin (pads, hot-water
bottles) - none, she says. Denies any knock or fall. No tight clothing.
O/E: two violaceous indurated plaques lower abdominal pannus, L > R, livedo between.
No ulceration yet.
Bloods: PO4 2.5, Ca 2.5, PTH 95.
Imp: ?calciphylaxis. Urgent derm; stop calcium carbonate.
Not on warfarin.
"""),
("2024-03-05", "Dermatology Consultant Clinic", """
DERMATOLOGY (urgent)       05/03/2024        Dr F. Adair

49F, HD, obese, insulin-dependent diabetic.
Pannus: L lower abdomen 6x4cm plaque, necrotic centre now; R 3x3cm plaque,
livedo racemosa bridging the two.
Incisional biopsy of the L plaque 29/02/2024 (urgent, at renal request): calciphylaxis.
Insulin sites (upper arms): normal. Belly never used for injections, she is certain.
Imp: calciphylaxis, pannus, biopsy-proven.
Advice: never inject into the abdomen; no hot or cold packs there; loose clothing.
Plan: STS via renal; TVN; pain team. She asks about a possible allergy to the foam
dressings - refer to patch test clinic when the wounds allow.
"""),
("2024-04-16", "Patch Test Clinic - Pre-assessment", """
PATCH TEST PRE-ASSESSMENT                16-Apr-2024               CNS M. Tullis
Referred by Dr Adair: itchy red rash under foam dressings over pannus wounds
(calciphylaxis, on STS).
Looked at: eczematous rim around the dressing margins on the lower abdomen. Upper back
skin clear and intact.
Decision: patch testing NOT done today - not advisable while she is this unwell and
with open wounds. If and when the wounds heal we will apply the baseline + medicament
+ dressing series to the upper back.
Meanwhile: switch to a silicone border dressing, no acrylate tape.
She uses insulin in both upper arms; HD continues 3x/wk.
Rebook 3 months.
"""),
]}

S12 = {"patient_id": "S12", "age": 70, "sex": "M", "notes": [
("2025-06-03", "Nurse-led Skin Check", """
SKIN CHECK - nurse-led surveillance (h/o BCC x2)       3 June 2025       SN R. Delahunty
70M, ESKD, HD at Wrenhill (MWF). T2DM, insulin into the upper abdomen, avoids
the old scars. Warfarin stopped 2016.
Total body exam: BCC scars L cheek and upper back healed, no recurrence.
Abdomen: atrophic pale scarring, both sides of lower abdomen, from his
calciphylaxis in 2016 (at his old injection sites then), long healed.
NEW: tender mottled purple patches on both calves for 2 weeks. No knocks, no heat or
ice, no creams, no compression hosiery ever, no insect bites.
O/E: livedo with two firm violaceous nodules L calf and one R calf, intact skin.
Action: photos, urgent consultant review booked for next week. Told to inform HD unit.
"""),
("2025-06-10", "Dermatology Consultant Clinic", """
Dermatology consultant clinic - Dr I. Marrow       10/06/2025
70M, HD, insulin-treated diabetes, previous calciphylaxis (2016, abdomen, at the
injection sites of that time; STS; healed by 2017).

Now: painful livedo racemosa and indurated plaques both calves, L 4 cm with early
ulceration, R 2.5 cm. Onset late May. Legs: no injury, no heat, nothing applied.
Punch biopsy L calf today.
Imp: recurrent calciphylaxis, bilateral calves - clinically certain, biopsy to
document.
Plan: renal re-start STS, review binder/vit D. Leg elevation, no compression.
He was on warfarin until his first episode in 2016; not since.
"""),
("2025-07-01", "Haemodialysis Unit Note", """
HD review  01/07/2025  renal registrar
Calciphylaxis recurrence both calves - biopsy 10 June confirmed (calcified arterioles,
thrombi). STS 25 g post-HD restarted 12/06.
L calf ulcer 4.5 cm, eschar; R calf plaque not ulcerated.
Buprenorphine patch, pain 5/10.
Dry weight 88 kg, BMI 29.4 (overweight).
Insulin: Lantus reduced 20 -> 16 u due to lows on HD days.
Wound swab L calf: scant mixed growth, no antibiotics needed. Alfacalcidol stopped.
He asks if the STS can run nearer the end of his session to save time - nurses to
arrange.
Plan: continue STS, repeat PTH, TVN weekly, podiatry.
"""),
]}

S13 = {"patient_id": "S13", "age": 81, "sex": "F", "notes": [
("2020-09-23", "Cryotherapy List", """
Cryotherapy list      23/09/2020      SN D. Farrow (nurse-led, Harrowfield)
81F, ESKD - HD TTS. On warfarin (AF). Not diabetic.
1. Irritated seb keratosis over the L lateral malleolus (catches on her shoe) - LN2
   1 FTC 10 s.
2. AK nasal tip - 1 FTC 5 s.
Aftercare sheet. Warned about blistering at the ankle, slow healing on HD.
Review 6 weeks if not resolved.
Skin elsewhere: dry, no ulcers, legs intact.
Verbal consent, told about possible pale mark afterwards. Daughter with her, happy
to help with dressings at home if it blisters.
"""),
("2020-11-04", "Dermatology Consultant Clinic", """
Dermatology clinic      4 Nov 2020      Dr F. Adair

81F, HD, warfarin. Painful L leg lesion for 3 weeks.
O/E: 5x3cm ulcer, eschar, retiform purpura - posterolateral L calf, at mid-calf
level, about 12cm above the ankle. The cryotherapy site over the L lateral
malleolus has healed completely - flat, pale, no purpura.
Biopsy (ellipse at edge) - subcut microvessels with mural calcium, several
thrombosed: calciphylaxis.
Imp: L calf calciphylaxis. Not at the cryo site, which is at the ankle and healed.
Plan: warfarin -> apixaban discussed with GP and renal (will switch). STS via renal.
TVN. Weighs 55kg; BMI 22.3.
"""),
("2020-11-25", "Haemodialysis Unit Note", """
HD unit note  Nov 25 2020   Dr T. Keane
Calciphylaxis L calf (biopsy-proven early Nov). Sodium thiosulfate 3x/wk since 9/11.
Warfarin stopped 12 Nov, apixaban 2.5 mg bd.
Ulcer stable, eschar dry. Pain controlled with low-dose oxycodone.
No diabetes. Dry weight 55 kg.
Phos 1.8, adj Ca 2.35.
Appetite poor, albumin 31 - dietitian to see on Thursday. Dialysate calcium now
1.25 mmol/L. Daughter present for the review.
Plan: continue STS 12 wks, TVN, family meeting about goals next month. Derm
follow-up with Dr Adair in 3 wks.
"""),
]}

S14 = {"patient_id": "S14", "age": 59, "sex": "M", "notes": [
("2021-12-06", "NB-UVB Treatment Log", """
NB-UVB - Tx 11 (uraemic pruritus)      06/12/2021
Dose 640 mJ/cm2 (+10%). Previous: nil erythema. Goggles, genital shield.
Skin check pre-tx: no new lesions, skin clear apart from old excoriations on shins.
PMH recap: ESKD (HD M/W/F), hypertension, obesity (BMI 34.8), not diabetic.
No anticoagulation.
Itch 4/10 (was 9/10 at start). Cumulative NB-UVB so far 5.1 J/cm2.
Shins dry - emollient use reinforced.
Pt going to his sister's for Christmas, will miss 2 sessions - dose to drop 25% on return.
SN K. Brennock
"""),
("2022-01-12", "Nephrology Ward Round", """
Renal ward round - Ward 14      12/01/2022     Dr N. Oyelaran
Admitted 10/01/2022 with pneumonia and fluid overload. Enoxaparin 40mg SC OD from
admission, nurses giving it into the abdomen.
Today pt showed us a sore dusky area, L lower abdomen - there since 1st Jan
(New Year's Day) by his account, so before admission and before any injections.
O/E: 5x4cm indurated violaceous plaque + livedo, L lower abdomen; two enoxaparin
bruises, both R-sided on the abdomen; nothing at the plaque.
Imp: ?calciphylaxis.
Plan: derm today; enoxaparin into the thighs from now.
"""),
("2022-01-14", "Dermatology Inpatient Consult", """
Dermatology inpatient consult      14 January 2022      Dr F. Adair

59M, ESKD on HD, obese, not diabetic. Known to our phototherapy unit (NB-UVB for itch).
L lower abdominal plaque from 1 Jan 2022 - this predates the enoxaparin (started on
admission 10/01), and no injection has gone into that area.
O/E: 6x4cm retiform purpuric plaque, central dusky necrosis, L lower abdomen.
Incisional biopsy 12/01: calciphylaxis - calcified subcutaneous arterioles, thrombi.
Imp: calciphylaxis L abdomen, not injection related.
Plan: STS on dialysis, change binder, TVN. Keep enoxaparin in the thighs. NB-UVB paused.
"""),
("2022-03-09", "NB-UVB Treatment Log", """
NB-UVB restart - Tx 12   9th March 2022
Dr Adair OK'd restarting phototherapy for the itch. Dose 480 mJ/cm2 (75% of last).
Abdominal calciphylaxis wound on L covered with dressing + shielded with a towel.
Wound smaller per pt, DN dressing 2x/wk. No new lesions on skin check.
Weight 110.2 kg, BMI 34.6.
Itch 7/10 again after the break. Cumulative total now 6.4 J/cm2.
Happy to come twice weekly around HD. Goggles reminder given. Skin type III,
no burning so far.
Next Fri.
SN Brennock
"""),
]}

PATIENTS = [S08, S09, S10, S11, S12, S13, S14]
