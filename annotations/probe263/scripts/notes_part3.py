"""probe263 corpus notes, M15-M20 (outpatient physiotherapy, hydrotherapy, exercise physiology
and the renal, dialysis, wound and dermatology clinics around them; every person and place invented)."""

M15 = {"patient_id": "M15", "age": 61, "sex": "F", "notes": [
("2016-11-08", "Hydrotherapy Initial Assessment", """
Hydrotherapy Ax - 08/11/2016           Oakridge Rehab Pool
61F, OA both hips + chronic LBP, referred for the aquatic program.
PMH: ESKD on CAPD since 2015. T2DM on insulin (glargine, injects lower abdomen). HTN.
BMI 34.0 (obese).
Pool clearance: PD exit site looks healthy; waterproof dressing required each session;
PD RN to re-check the site monthly.
O: hip flex 95deg bilat, ER limited, TUG 12.0 s, no aid.
Pool Rx (34C): walking, hip circles at the rail, squats, supported floating with noodles.
Tolerted 30 min, mild fatigue after.
Plan: 2x/wk for 8 wks.
"""),
("2017-01-17", "Hydrotherapy Session Note", """
Hydro - 17 Jan 2017 - pool cancelled, land review only
Pt reports painful firm lumps in the lower abdomen below the PD catheter, there since
around New Year. Exam: three tender hard nodules (1-2cm) under the skin, skin over them
mottled purple, in her usual insulin area. No break in the skin.
Discussed with PD nurse: could be calciphylaxis, could be insulin-related fat change.
PD unit to review this week; pool on hold until then.
Land session: seated hip and core ex, 20 min.
"""),
("2017-02-07", "PD Clinic Note", """
PD clinic - 7/2/2017
Abdominal wall nodules at the insulin sites: DDx: calciphylaxis /
lipohypertrophy + fat necrosis / other panniculitis. Derm suggested deep incisional bx,
which she refused - frightened of a wound near the PD exit site. Early calciphylaxis
cannot be excluded.
Ca 2.38, PO4 1.9, PTH 41. Never on warfarin.
Plan: move insulin to the thighs, calcium binder swapped for sevelamer, no STS for now,
review 4 wks; if the nodules ulcerate we will push for tissue.
BMI 33.6.
"""),
]}

M16 = {"patient_id": "M16", "age": 52, "sex": "M", "notes": [
("2020-02-18", "Physiotherapy Initial Assessment", """
Physio IA - 18 Feb 2020
52M, R posterior thigh pain after slipping on wet tiles at home last week - caught
himself on the bench, did not hit the ground.
PMH: ESRD on HD via tunnelled line (fistula maturing). AF with LV thrombus -> warfarin.
Obesity, BMI 38.9. Not diabetic.
O: R hamstring TTP mid-belly, SLR R 55deg vs L 75deg, knee flex 4-/5 with pain.
Skin normal.
Rx: ice pack R posterior thigh 15 min; gentle isometrics.
HEP: isometrics + ice 2-3x/day for the first week.
"""),
("2020-03-31", "Physiotherapy Telehealth Note", """
Physio telehealth - 31/03/2020 (clinic closed, COVID)
Hamstring much better, walking normally.
Pt reports painful mottled purple patches, both thighs, for ~10 days, R more than L, and
showed them on video: lacy violaceous pattern, one firm dark area on the R posterior thigh.
He stopped the ice about 2 wks ago when the hamstring settled.
Told to contact the renal unit today; he says his nephrologist had already mentioned the
possibility that calciphylaxis could happen on warfarin plus HD.
"""),
("2020-04-14", "Haemodialysis Rounding Note", """
Renal - HD rounds 14 Apr 2020
Livedoid plaques both thighs; R posterior thigh 4 cm indurated nodule, no ulceration.
Derm (phone + photos): favour early calciphylaxis; ddx warfarin-related livedo, cholesterol
emboli.
Biopsy offered - pt declined. Empiric STS started with HD. Warfarin: cardiology to advise,
LV thrombus makes switching tricky.
Pt moving to his sister's in Port Elsin next week; HD transferred to Port Elsin Renal
Unit, records sent.
Pain 6/10, no open wounds; offloading and seating advice given.
Wt 124 kg, BMI 39.2.
"""),
]}

M17 = {"patient_id": "M17", "age": 79, "sex": "F", "notes": [
("2018-08-14", "Falls and Balance Physiotherapy Assessment", """
Falls & Balance physio IA - 14 Aug 2018
79F, two falls this year, no injuries. On CAPD for 3 yrs. T2DM (gliclazide; no
insulin). PAD (L SFA stenosis); aspirin only, no anticoagulant.
Weight 54kg, BMI 22.5.
Feet: small painful ulcer L lateral ankle, dressed by the PD nurse, "there since July".
O: Berg 41/56, TUG 17 s with stick, gait slow, reduced L push-off.
Home: loose rugs in the hall, dim lighting - OT referral.
Plan: Otago program at home, 6 visits; footwear review; stick height adjusted.
"""),
("2018-09-04", "Wound Clinic Note", """
Wound clinic - 4/9/18
L lateral malleolus ulcer 2.5x2cm, black eschar, livedo around the wound, very painful.
ABI L 0.62, toe pressure 38 mmHg.
Impression: arterial ulcer, but on PD calciphylaxis stays on the list - not excluded.
Bx deferred because of poor perfusion and healing risk. Angiogram booked.
Pain 8/10 at night, hangs the leg over the bed edge for relief. L foot pulses not
palpable, R weak.
Dressing: dry, non-adherent; no compression. Analgesia review; vascular OPD.
"""),
("2018-10-16", "PD Clinic Note", """
PD review - 16 Oct 2018
L ankle ulcer unchanged in size. Angiogram 2/10: L SFA and popliteal disease, not suitable
for intervention.
Renal and derm: possible calciphylaxis remains in the differential; no tissue diagnosis -
pt and family declined biopsy. STS trial not pursued given the palliative direction.
Moving to home-based supportive care; PD continues for now.
Falls program on hold - mostly chair-based now. Family supportive, GP home visits
fortnightly. BMI 22.5. Diabetes on gliclazide.
"""),
]}

M18 = {"patient_id": "M18", "age": 68, "sex": "M", "notes": [
("2022-09-13", "Aquatic Physiotherapy Initial Assessment", """
Aquatic physio IA    13/09/2022
68M, dialysis Mon/Wed/Fri; diabetic (T2) on insulin. Chronic venous insufficiency.
Not anticoagulated.
Wt 82 kg, BMI 27.7.
Skin: both lower legs - haemosiderin staining, lipodermatosclerosis; small healing ulcer
R medial gaiter area, dressed by district nurse. Pool not appropriate until healed.
Land program instead: calf raises, ankle pumps, seated knee ext, walking 10 min.
Education: leg elevation, keep skin moisturised.
Pt keen on the pool, understands why it has to wait.
Plan: weekly land sessions, reassess for pool in 4 wks.
"""),
("2022-10-04", "Haemodialysis Medical Rounds", """
HD rounds - 4 Oct 2022
Now ulcers on both medial lower legs, R 3cm, L 2cm, painful, sloughy base, some
violaceous discolouration at the edges.
Denies any knock to the legs. Afebrile, no spreading redness. Foot pulses palpable.
?calciphylaxis vs venous ulcers. PTH 45, PO4 1.7.
Plan: derm to biopsy both edges; in the meantime no compression until bx; district nurse
dressings continue. Land physio paused for 2 wks at pt request (pain).
Diabetes: BGLs 7-12 on current insulin doses.
"""),
("2022-10-25", "Dermatology Note", """
Derm - 25/10/22
Biopsies R and L medial leg ulcer edges (2022-10-11): stasis changes, dermal fibrosis,
no calcium in vessel walls and no thrombosis. Calciphylaxis excluded.
Exam: R ulcer 3.5 cm, L 2 cm, shallow with granulating base, no necrosis; pain settled on
paracetamol.
Diagnosis: bilateral venous leg ulcers.
Plan: refer to leg ulcer clinic for graduated compression (ABPI 1.1 bilat), emollients,
leg elevation, physio to restart land program. Insulin unchanged.
"""),
]}

M19 = {"patient_id": "M19", "age": 45, "sex": "F", "notes": [
("2025-06-03", "Physiotherapy Initial Assessment", """
Physio IA - neck                        3 June 2025
45F, office worker, neck and upper trapezius pain since last winter, worse with laptop use.
PMH: CKD 3a (eGFR 52). Metformin for T2DM. class II obesity (BMI 36.1).
FHx: sister (haemodialysis) had calciphylaxis, died 2020 -
pt anxious about heat on her skin.
O: cervical rotation R 60deg, L 70deg; upper trap trigger points bilat; posture protracted.
Skin intact.
Discussed: standard heat precautions apply; nothing in her kidney stage stops a warm pack.
She chose TENS + exercise instead.
Rx: TENS to upper traps 15 min; chin tucks, scapular retraction.
"""),
("2025-07-15", "Nephrology Clinic Note", """
Nephrology - 15/07/2025
CKD 3a stable, eGFR 51, ACR 9. Not on dialysis. Metformin dose reviewed - ok at this eGFR.
BMI 36.1.
She raised her sister's calciphylaxis again; I explained it is uncommon unless on
dialysis, and no simple inherited pattern is known. Skin examined: normal, no features
to suggest calciphylaxis.
HbA1c 7.1%, lipids fine on atorvastatin. Neck physio going well.
Plan: SGLT2 inhibitor added, BP target < 130/80, review 6 months.
"""),
]}

M20 = {"patient_id": "M20", "age": 59, "sex": "M", "notes": [
("2018-03-06", "Hydrotherapy Group Session Log", """
Hydrotherapy group log - Tues 06/03/2018 - Renal Fitness Class
Client: 59M, HD M-W-F; non-diabetic; no anticoag. BMI 25.3.
Attendance 8/8 weeks. Pool 34C, 40 min: walking circuits, step-ups, noodle cycling,
resisted arm sweeps. RPE 13. Tolerated well.
Note: another group member slipped on the ramp today - separate incident report, not this
client.
Education: dialysis puts him at risk of calciphylaxis - hence nothing hot or frozen
(hot-water bottle, ice) straight onto skin; report any painful purple skin patches.
Skin: intact.
"""),
("2018-04-17", "Haemodialysis Medical Note", """
HD medical review - 17 April 2018
Stable on HD, Kt/V 1.5, IDWG 1.8 kg. Bone labs fine (Ca 2.31, phos 1.6, iPTH 38).
Skin examined at his request after the pool class talk - clear, nothing to suggest
calciphylaxis.
Fistula bruit strong, no access issues. Meds: sevelamer, calcitriol, ESA with HD.
Pt adherent to his fluid limit.
Exercise class continuing, good for BP and mood.
BMI 25.3. Not diabetic.
Plan: no change.
"""),
]}

PATIENTS = [M15, M16, M17, M18, M19, M20]
