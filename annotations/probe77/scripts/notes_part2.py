"""probe77 corpus notes, E08-E14 (community paramedicine / mobile integrated health; all invented)."""

E08 = {"patient_id": "E08", "age": 82, "sex": "M", "notes": [
("2022-05-06", "Community Paramedic Home Visit", """
CP visit - conservative kidney mgmt pathway
82M, CKD stage 5 (eGFR 9), chose no dialysis after family meeting 2021 -> ESRD managed conservatively. AFib on warfarin 3 mg, INR today 3.1. No DM. Wheelchair for distances, transfers w/ standby assist.
Daughter reports he caught his right shin against the footplate of the wheelchair on Easter Sunday - small skin tear, healed w/ steri strips.
Since 05/01 there's a new very painful purplish lump at that exact same spot on the R shin, center now darkening. Exam: R anterior lower leg, 3 cm tender indurated nodule w/ dusky center and mottled halo.
VS 124/70, 66 irregular, 96% RA. Wt 64 kg BMI 22.4.
Footplate padded w/ foam today. Photo to palliative NP.
"""),
("2022-05-13", "Palliative Care Home Visit", """
Palliative NP home visit w/ CP
Shin lesion progressed: black eschar 1.5 cm w/ retiform purpura around it. With ESRD (not on dialysis), warfarin, and a painful necrotic lesion at the footplate bump site, the clinical diagnosis is calciphylaxis of the R shin. Family does not want biopsy; I agree it would not change goals.
Plan: stop warfarin after GOC discussion (accept stroke risk), STS not feasible w/o HD, pain control w/ low dose hydromorphone, foam dressing.
"""),
]}

E09 = {"patient_id": "E09", "age": 55, "sex": "F", "notes": [
("2018-10-02", "Community Paramedic Home Visit", """
CP VISIT (hyperglycemia frequent caller)
55F, ESRD on HD MWF, T1DM since teen yrs on NPH + regular. Pt says she ONLY injects into her right thigh, "the left one is my no needle side", has done it that way for years.
BGL 318 -> took correction dose per her scale in front of me (R thigh).
New problem: on the inner LEFT thigh an extremely sore area for ~3 wks, began like a pea under the skin, now purple w/ net pattern and a scab. R thigh has some lipohypertrophy but no lesions.
BP 150/92 HR 90 SpO2 98. Wt 86.4 kg, BMI 30.0.
Meds: no blood thinners. Pic to PCP w/ question re derm.
"""),
("2018-10-15", "Dermatology Consult", """
Derm
L medial thigh 5 cm indurated plaque w/ eschar and surrounding livedo racemosa. Onset Sept 2018. Bx: calciphylaxis.
Of note, insulin is given exclusively in the contralateral (right) thigh; pt denies trauma, heat or pressure involving the left thigh.
Obese (BMI 30.0). HD, T1DM on insulin.
Plan STS, wound care, nephrology aware.
"""),
("2018-11-01", "Community Paramedic Follow-up", """
CP f/u
L thigh calciphylaxis dressing in place, less drainage. Pain 6/10.
Med rec: STS on HD days, gabapentin 100 qhs added. Insulin now into abdomen per derm advice.
BGL 201. Rug taped down in living room.
"""),
]}

E10 = {"patient_id": "E10", "age": 69, "sex": "M", "notes": [
("2023-03-10", "Mobile Integrated Health Visit", """
MIH visit - PD program check-in
69M, peritoneal dialysis (CAPD x4 daily, icodextrin overnight). A1c 6.1 = prediabetes, untreated. Not on warfarin.
Pt points to L calf - "it started hurting like crazy last Friday, 3/3". Exam: posterior L calf, purple lacy patch 4x3cm w/ firm center, no break in skin yet.
Asked specifically - no knocks to it, hasn't fallen, no injections, no heat/ice, no tight socks. "Nothing happened to it."
VS: 146/84, 78, 16, 97%, 36.8. BMI 28.5 at 88 kg.
Exit site clean. Pics sent.
"""),
("2023-03-21", "Fall Response / Lift Assist", """
Lift assist - CP unit
Called by wife. Pt tripped on the porch steps yesterday evening carrying recycling, scraped his left calf on the step edge - abrasion across the lower part of the painful purple area that was already there. Found sitting in kitchen, no head injury, ambulatory after assist.
Abrasion cleaned, non adherent dressing. BP 138/80. Stair handrail loose - reported to landlord.
"""),
("2023-03-30", "Dermatology Consult", """
Dermatology
L posterior calf: retiform purpura w/ early eschar, bx taken 3/14 (before the fall) shows calcified subcutaneous arterioles w/ thrombi = calciphylaxis.
Lesion began 3/3/23; the scrape from the fall on 3/20/23 came afterwards and is not the trigger.
PD pt, nondiabetic (prediabetes only). BMI 28.5.
Plan: STS IV 3x weekly via infusion center, vit K, wound care.
"""),
]}

E11 = {"patient_id": "E11", "age": 72, "sex": "F", "notes": [
("2019-07-08", "Community Paramedic Home Visit", """
CP HOME VISIT
72F, HD MWF, T2DM - glipizide only, no insulin. Warfarin for AF, POC INR 2.4. BMI 33.0, wt 88 kg.
C/o "a sore on my right bottom cheek" x 10 days. Sits most of the day on a cushioned couch.
Exam: R buttock - 4 cm firm, violaceous, net patterned plaque w/ small central black area. Sacrum intact.
Since this past weekend (after the sore had already come up) she has been putting an ice pack on it for the pain.
Told to stop ice. Pressure relief cushion ordered. Photo to wound clinic.
"""),
("2019-07-15", "Dermatology Consult", """
Derm: R buttock necrotic plaque.
Punch bx 7/11 -> calciphylaxis (von Kossa +, arteriolar calcification, thrombi).
Onset ~6/28/19. Ice pack applied to the lesion only after it developed. No injections or procedures in the area before onset.
Plan: hold warfarin discussion w/ cardiology, STS, local wound care.
"""),
("2019-08-02", "Wound Clinic Note", """
Wound clinic
R buttock calciphylaxis - sharp debridement of eschar on 7/30 tolerated w/ lidocaine. Base now 60% granulation. Warfarin changed to apixaban 7/24.
CP to continue weekly home checks + photo uploads.
"""),
]}

E12 = {"patient_id": "E12", "age": 64, "sex": "M", "notes": [
("2020-01-14", "Mobile Integrated Health Visit", """
MIH VISIT
64M, PD (cycler), T2DM on insulin glargine injected in the abdomen, "obese" on problem list, wt 92 kg, BMI 29.0 today.
Hx chronic gastroparesis, pt keeps a heating pad on his stomach most evenings "for the cramps".
Complains of dark, painful patches over BOTH thighs since around Jan 1. Exam: bilat anterolateral thighs - multiple purple stellate patches, two w/ black scab, very tender.
Per pt nothing is injected in his thighs, he never puts heat or ice on his legs, no tight belts or straps there, no injuries.
Abdomen: faint lacy brown mottling where the heating pad sits, no ulcer, no pain.
VS 134/76, 82, SpO2 96.
Images sent to PD nurse + PCP.
"""),
("2020-01-21", "Dermatology Consult", """
Derm consult
Bilateral thigh retiform purpura w/ eschars. Bx R thigh: calciphylaxis.
Abdominal reticulated hyperpigmentation = erythema ab igne (heating pad); no calciphylaxis lesion on abdomen.
PD, insulin-treated DM, obesity.
"""),
("2020-02-03", "Community Paramedic Follow-up", """
CP f/u
Thigh wounds dressed, pain 5/10. Warfarin never prescribed. Heating pad still used on abdomen - advised stop given erythema ab igne.
BMI 29.0.
"""),
]}

E13 = {"patient_id": "E13", "age": 77, "sex": "F", "notes": [
("2021-09-03", "Fall Response / Lift Assist", """
CP - fall call, non emergent
77F tripped over oxygen tubing in her bedroom this morning, grabbed the dresser, skin tear to L forearm approx 4 cm, flap approximated w/ steri strips, bleeding controlled.
ESRD, dialyzes Tu/Th/Sa, no DM, no anticoagulants. BMI 44.0.
Also c/o pain in lower belly fold "for a month" - saw a dark area under the pannus, did not want us to look today.
Tubing rerouted, 25 ft extension swapped for shorter one. Refused transport.
"""),
("2021-09-09", "Community Paramedic Home Visit", """
CP HOME VISIT - f/u skin tear + abdominal pain
L forearm skin tear healing, edges pink.
Pannus exam today (pt consented): lower abdominal fold - 8 cm purple/black plaque w/ net border, very painful, onset about early August per pt. Denies injections, heat, scratching or anything rubbing there, no surgery in that area.
Hospital wants to start heparin shots in the belly for DVT ppx if she's admitted for the wound - not started.
Photos to derm.
"""),
("2021-09-20", "Dermatology Consult", """
Derm
Pannus: calciphylaxis confirmed on bx (9/14), onset August 2021.
L forearm: healing traumatic skin tear - not calciphylaxis, no further w/u.
If admitted, avoid SC heparin into the abdomen; use arms or mechanical ppx.
Obesity, BMI 44.0. HD. No DM.
"""),
]}

E14 = {"patient_id": "E14", "age": 67, "sex": "F", "notes": [
("2024-02-05", "Mobile Integrated Health Visit", """
MIH VISIT #1
67F, ESRD - HD MWF; DM2, uses insulin aspart/glargine - she injects in her abdomen, rotating. AF on warfarin. Wt 101 kg, BMI 38.2.
C/o painful hard spots on both breasts since around 1/20. Exam: both breasts, lower quadrants: violaceous indurated plaques with livedo, L one w/ small dark crust.
Asked - no injury, no heat/ice, bra not tight (wears soft bralette), no biopsy or mammo procedure recently. Never had breast surgery.
VS 144/88, 86, 97% RA.
Pics to PCP.
"""),
("2024-02-14", "Breast Clinic Note", """
Breast surgery clinic
Bilateral breast plaques w/ necrosis in HD pt on warfarin. Core bx L breast 2/12: calcified small vessels + fat necrosis -> calciphylaxis of the breasts.
"""),
("2024-02-26", "Community Paramedic Follow-up", """
CP f/u
Wound care breasts by HH. Pt counseled - no heating pads, no ice, on the breasts or elsewhere; keep rotating insulin spots; call promptly about any new painful spot.
Med rec: warfarin stopped by cardiology 2/20 -> apixaban. Wt 98 kg, BMI 36.9.
"""),
("2024-03-18", "Nephrology Clinic Note", """
Renal
Calciphylaxis breasts, slowly improving on STS. Still HD MWF. BMI 36.9. Insulin-requiring DM.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
