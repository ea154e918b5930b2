"""probe73 corpus notes, A08-A14 (podiatry and diabetic-foot clinic; all invented)."""

A08 = {"patient_id": "A08", "age": 72, "sex": "M", "notes": [
("2024-11-05", "Podiatry Routine Visit", """
ROUTINE FOOT CARE (Medicare at-risk, class findings: absent PT b/l, thickened nails)
72 yo M. dialysis-dependent ESRD (Tues/Thurs/Sat), PAF on warfarin, A1c 6.1 (prediabetic range), not on any DM meds. BMI 35.0.
S: no new complaints, L 3rd toe "rubs" in dress shoes.
O: nails x10 mycotic, elongated. Porokeratosis sub L 3rd met head. Skin thin, shiny, hairless. Cap refill slow 4s. Protective sensation intact w/ monofilament.
A/P: debridement nails 1-5 bilat; paring porokeratosis L. Padding. Wear his sneakers not dress shoes.
Next visit ~9 wks.
"""),
("2025-03-11", "Podiatry Visit", """
Pt here for nails but really wants to show me his R knee.
Story: his R knee arthritis flared up about 2 months ago and his wife bought gel ice packs; he has been strapping one to the front of the R knee for 30-40 min most evenings since. 10 days ago a purplish and terribly sore firm patch appeared just below the kneecap where the pack sits, and has since crusted over dark.
Exam R anterior knee/infrapatellar: 5x3.5cm plaque - violaceous, woody, with a central black eschar and a netted purple rim. Not warm. L knee normal.
Feet: nails debrided, porokeratosis pared.
Assmt: necrotic plaque in HD patient on warfarin, at site of repeated cold exposure - r/o calciphylaxis (vs cold injury). Ice pack use to stop - explained why. Same-day msg to nephrology & derm.
"""),
("2025-03-20", "Dermatology Consult Note", """
DERM CONSULT
R knee: incisional biopsy 3/14 - arteriolar calcification, intravascular thrombi, necrotic fat, von Kossa +. Calciphylaxis.
The lesion coincides with where he put the ice packs on the right knee most evenings since January, onset 3/1/2025. Cold injury alone would not explain the histology.
HD + warfarin + BMI 35: high risk. Warfarin -> apixaban per cardiology. STS started.
"""),
]}

A09 = {"patient_id": "A09", "age": 60, "sex": "M", "notes": [
("2021-05-18", "Charcot Foot Clinic", """
CHARCOT CLINIC
60M type 1 DM (pens - glargine + aspart, injects abdomen), ESRD on HD MWF. BMI 27.9. No anticoag.
R foot: active Charcot neuroarthropathy midfoot (Eichenholtz stage 1) - warm, 2.8 C hotter than L, rocker bottom forming. XR: Lisfranc fragmentation.
L foot: normal architecture, skin intact, no callus.
Plan: R CROW walker cast & fitted today (Charcot restraint orthotic walker), non-weight bearing R with knee scooter as able. Repeat temps 4 wks.
"""),
("2021-09-21", "Podiatry Visit", """
CROW f/u + new problem.
R foot: temp diff now 0.9 C, consolidating. CROW fitting OK, small area of redness at R fibular head from the top of the CROW - padded.
New: L heel pain x ~3 wks, severe, burning, pt says "started early September". He has not had any injury to the left foot, has not worn anything new on it, denies heat or cold to it.
L lateral heel: 3x2cm dark violaceous plaque, black stellate centre, livedo extending onto lateral foot. Pulses DP/PT weak L, ABI noncompressible.
A: painful necrotic L heel lesion in T1DM/HD - ?calciphylaxis vs ischemia. Derm + vasc referral.
"""),
("2021-10-01", "Dermatology Note", """
Derm
L lateral heel: biopsy 9/24 - calcific uremic arteriolopathy (calciphylaxis) with vessel wall calcification and thrombosis, fat necrosis.
No precipitating local trauma on the left foot identified. The contralateral (R) foot has been in a CROW walker since May; no lesions on the R foot.
Plan: STS with HD, stop calcium binder, vasc to assess perfusion L.
"""),
]}

A10 = {"patient_id": "A10", "age": 64, "sex": "F", "notes": [
("2023-05-16", "Podiatry Nail Care", """
Podiatry nail care visit
64F, ESRD on HD, Hx PE on warfarin (indefinite), no diabetes. Obesity, BMI 37.3.
Nails 1-5 bilat thickened and curved, trimmed + filed. Small HD 4th interdigital L - cleared, lamb's wool.
Skin legs: chronic venous stasis changes both shins, intact.
RTC 10 wk.
"""),
("2023-06-27", "Podiatry Visit", """
Pt seen early - referred by HD nurse re: R leg.
A tender ulcer on the R medial calf which she says began on June 2nd as a small hard purple bump, she can't recall any injury to it beforehand (denies knocking it, no scratch, no bites).
Then on 6/20 she lost her footing getting out of the bath and scraped the R shin and knee against the tub rim - those scrapes are separate, on the anterior shin, and are healing.
O/E R medial calf: ulcer 4x3cm, black eschar, purple mottled induration around it; R anterior shin: 2 linear abrasions, scabbed, clean.
Imp: R calf necrotic ulcer - concerning for calciphylaxis (HD + warfarin + obesity).
Plan: derm urgent.
"""),
("2023-07-06", "Dermatology Clinic Note", """
Dermatology. R medial calf ulcer, present since 6/2/2023.
Punch bx 6/29: arteriolar calcium deposits + thrombosis in the subcutis = calciphylaxis.
Of note, the bathroom fall (6/20) happened 18 days after the ulcer started and the abrasions are on a different part of the shin; not a trigger.
Plan: STS, discuss warfarin w/ hematology, wound care.
"""),
("2023-08-15", "Podiatry Nail Care", """
Pod - nails + leg check
Toenails cut back and thinned, pt tolerated. Interdigital L 4th/5th: dry, lamb's wool replaced.
R medial calf calciphylaxis ulcer: smaller (3 x 2), eschar lifting at edges, granulation peeking through, pain 4/10. Home health doing the dressings twice a week.
Heme took her off warfarin on 7/20 - now on apixaban.
Wt down a little, BMI 36.8 today.
Back in 10 wks, sooner if the calf worsens.
"""),
]}

A11 = {"patient_id": "A11", "age": 74, "sex": "M", "notes": [
("2024-03-05", "New Patient Podiatry", """
Podiatry new patient
Ref'd by PD nurse: "black toe L".
74M, ESRD on APD (cycler), T2DM on linagliptin + glipizide, not on insulin. Overweight, BMI 29.9. Not on warfarin.
L 2nd toe went dusky and painful around mid February, now tip is black. Denies stubbing it, denies new shoes, no pedicure, no podiatrist before today.
Exam: L 2nd toe distal half dry black necrosis, purple retiform mottling proximal, exquisite tenderness. DP 1+, PT 1+ L. TBI 0.62 L.
R foot intact, nails ok.
A: ?calciphylaxis vs ischemic/embolic toe.
P: bx next wk, arterial duplex.
"""),
("2024-03-12", "Podiatry Procedure", """
Procedure: 3 mm punch biopsy L 2nd toe at the proximal edge of the necrosis; loose non-viable eschar debrided with curette. Dressed w/ betadine-soaked gauze and kerlix. Post-op shoe L dispensed.
Duplex: no significant stenosis.
Pt has been icing the toe w/ frozen peas at night for the pain - asked him to quit that.
"""),
("2024-03-26", "Podiatry Follow-up", """
F/u L 2nd toe.
Bx result: small-vessel calcification with thrombi in the dermis/subcutis - calciphylaxis.
The biopsy, debridement, post-op shoe and ice were all after the toe had already turned black.
PD team now increasing dialysis dose; endocrine started glargine 10 u daily last wk (A1c 9.1), pt injects in the abdomen. BMI 29.9.
Toe: necrosis stable, demarcated. Continue dry dressings.
"""),
]}

A12 = {"patient_id": "A12", "age": 52, "sex": "F", "notes": [
("2019-02-12", "Podiatry Visit", """
Podiatry. Routine + pt concern.
52F with ESRD, dialyses Mon/Wed/Fri, DVT 2018 on warfarin, BMI 44 (severe obesity), new dx T2DM this month - A1c 7.9, on linagliptin, endo plans basal insulin.
Feet: nails x10 reduced, callus sub 1st met R pared. Pulses good.
Pt shows me very painful sores, back of both thighs, which appeared about 1 week ago. She denies any injections there (no insulin yet, no shots of any kind), no heat pads or ice, hasn't fallen, clothes not tight, no sitting on hard chairs for long.
O: bilateral posterior thighs - several violaceous indurated plaques w/ central necrosis, livedo; L 6x4cm, R 4x4cm.
A: concern for calciphylaxis. Derm urgent.
"""),
("2019-02-26", "Dermatology Consult", """
Derm. Posterior thigh plaques bilat. Punch bx (2/15) L posterior thigh: calcification of subcutaneous vessels + thrombi + fat necrosis -> calciphylaxis confirmed.
No history of local trauma to the thighs. Pt is obese and on warfarin.
Plan: STS, renal to adjust binders; if insulin is started, teach her to inject only into the abdomen and avoid the thighs; surgical debridement planned if eschars become boggy.
"""),
("2019-03-19", "Podiatry Follow-up", """
Podiatry f/u. Feet fine - no ulcers, callus minimal.
Thighs: calciphylaxis wounds still very painful, dressings by home nurse.
Insulin has not been started yet (endo postponed), still on linagliptin only.
Heating pads on the thighs are a no, and no laptop resting on her lap - reminded her.
RTC 2 mo.
"""),
]}

A13 = {"patient_id": "A13", "age": 61, "sex": "F", "notes": [
("2025-01-14", "Diabetic Foot Clinic", """
DFC - new wound
61F, T2DM on insulin (Toujeo 40u, injects both upper arms - "never my belly, I'm scared of needles there"), ESRD on HD, BMI 46.2. Not anticoagulated.
Bought new sneakers a half size small around Christmas, wore them daily; now a blister then ulcer plantar-medial R hallux IPJ.
Wound R hallux: 1.2 x 1.0 x 0.3 cm, macerated rim, granular base, no bone. Classic neuropathic ulcer. LOPS both feet.
Debrided to bleeding base. Shoes discarded; surgical shoe + felt aperture pad R.
F/u 2 wks.
"""),
("2025-02-11", "Diabetic Foot Clinic", """
DFC f/u. R hallux ulcer: 0.5x0.4cm, shallow, granulating - much better.
Pt also c/o severe pain "in my stomach fold" - exam of the lower pannus shows two purple-black indurated plaques, L 7 x 5 cm and R 4 x 3 cm, with stellate eschar and lacy purple borders, onset ~10 days ago. No injections into abdomen, no heating pads, no belt, no tight clothes.
Very different from her foot ulcer.
Concern for calciphylaxis. Urgent derm/renal.
"""),
("2025-02-25", "Dermatology Consult", """
Dermatology
1. Pannus: biopsy 2/14 - calciphylaxis - calcified subcutaneous arteriolar walls, thrombosed lumens, necrotic fat. Nothing traumatic happened to the pannus skin per pt.
2. R hallux plantar ulcer: typical diabetic neuropathic ulcer from ill-fitting shoes, healing; NOT calciphylaxis: painless, no retiform purpura, and the shave from its edge showed no vessel calcification.
3. Upper arms (insulin sites): normal skin, no nodules.
Plan: STS, HD team to review calcium/phos.
"""),
]}

A14 = {"patient_id": "A14", "age": 67, "sex": "M", "notes": [
("2022-04-05", "Podiatry Education Visit", """
Podiatry - diabetic foot education
67 y/o M CAPD for ESRD, T2DM - glargine and lispro, injects belly, Afib on warfarin. Obese - BMI 32.5.
Foot exam: no wounds, nails and callus managed. Pulses diminished. Monofilament absent at 5/10 sites.
Education: the renal team has discussed his risk of calciphylaxis. Advised: avoid hot foot soaks and heating pads on legs/feet, don't wear tight compression wraps, keep rotating insulin around the abdomen, call if any painful new sore appears.
"""),
("2022-05-17", "Podiatry Urgent Visit", """
Urgent - pt called re "painful bruise" L calf.
Pt states it appeared ~10 days ago with no injury. Denies heat, ice, compression, scratching.
L posterior calf - one plaque, 6x4cm, purple and firm, a black eschar in the middle, retiform margin. Extremely tender. R leg normal.
Abdomen (insulin sites): scattered pinpoint bruising only, nothing nodular, nothing necrotic.
A: ?calciphylaxis. Derm today.
"""),
("2022-06-01", "Dermatology Clinic", """
Derm
L calf plaque: clinically calciphylaxis and biopsy (5/18) confirms - vascular calcification, thrombosis, necrosis.
Left leg: no injury, no heat, nothing. Insulin goes in his abdomen; that skin is clear.
Plan: STS via renal, warfarin -> apixaban, wound care.
BMI 32.5.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
