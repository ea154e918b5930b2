"""probe98 corpus notes, T08-T14 (transplant nephrology; all people, places and wording invented)."""

T08 = {"patient_id": "T08", "age": 54, "sex": "F", "notes": [
("2019-03-12", "Kidney Transplant Evaluation", """
Transplant candidacy visit (Harborview Ridge Transplant Inst.)
54F, ESRD (DKD), dialysing MWF in-center since '17, RUE graft.
DM2 x 20y: insulin since 11/2018 (degludec 30u, self-injects, "its always left belly, just under the belly button, easiest w/ my right hand"). Prior metformin stopped.
No warfarin. Wt 78 kg, BMI 29.2.
Works as a school bus monitor.
Listing: pending cardiac cath.
"""),
("2023-07-20", "Telephone Encounter", """
Call from pt to txp coordinator line:
"theres a really sore black spot on my stomach, left side, right where my uniform belt goes and where i do the insulin. its been there since the 4th of July and it hurts worse than my fistula surgery did." No fever. Asked for sooner appt.
Routed to Dr. Abernathy-Iwu; derm appt booked 7/27.
"""),
("2023-07-27", "Dermatology Consult", """
DERM NEW
HPI: 54F on HD, DM2 on insulin. Painful lesion L lower abdomen, began on Independence Day per pt. New job uniform since March: trousers w/ a stiff elastic waistband that she says leaves a red groove "every single day" across her left lower belly - same strip of skin where she has injected degludec since late 2018.
Exam: L infraumbilical abdomen, along the waistband groove, 5 x 3 cm violaceous, indurated, retiform plaque, 1.5 cm crusted black centre. Lipohypertrophy nearby.
scale today: BMI 29.9 -> overweight, doesn't meet obesity.
Punch bx x2 (edge + center).
Plan: loose waistband, move insulin to R thigh; await histo.
"""),
("2023-08-08", "Transplant Nephrology Clinic", """
Transplant neph
Histology: subcutis arterioles w/ medial Ca deposits, luminal clot, necrotic fat - confirms calciphylaxis L lower abdomen (insulin + waistband pressure site).
Active listing -> temp inactive. thiosulfate 25 g IV post each run. No anticoag.
"""),
]}

T09 = {"patient_id": "T09", "age": 61, "sex": "M", "notes": [
("2024-02-14", "Transplant Nephrology Clinic", """
61M s/p DDKT 2014, graft failure 2022 (BK nephropathy), on HD TTS since 10/2022. DM2: glargine 40u daily + aspart; he injects only R-sided abd (never L) ("lefty side is where my old drain was, feels weird").
Warfarin 2015-2018 for LV thrombus, off now.
BMI 35.2.
"""),
("2024-03-05", "Dermatology Consult", """
Derm
61M HD pt w/ 10 d hx of painful firm nodule L lower quadrant abdomen, progressive purple discoloration, now central ulceration.
Pt firmly denies ever injecting on the L ("never, only right side"), no heat, no belts, nothing ever hit that area.
Exam: L lower abdomen 3 cm indurated retiform purpura w/ superficial ulcer. R abdomen injection sites: some lipohypertrophy only; skin there without purpura or hardness.
Bx: calciphylaxis (calcified vessels, thrombi, VK+).
"""),
("2024-03-19", "Hemodialysis Unit Progress Note", """
HD RN note: L abdominal calciphylaxis wound - dressing c/d/i, pain 6/10. STS given post HD. Weight 112 kg, BMI 35.6. Insulin still R abd.
"""),
]}

T10 = {"patient_id": "T10", "age": 70, "sex": "F", "notes": [
("2021-05-10", "Hemodialysis Unit Progress Note", """
Chair-side assessment
70F, ESRD from ADPKD, failed LRKT (2003-2015), HD MWF since. Warfarin for paroxysmal AF (INR 2.4). No diabetes.
New painful purplish mottled patch on L calf, posterior - pt says it started on May 3rd "out of nowhere". She's adamant nothing hit it - no fall, no jab there, no heat/ice.
Measured 3 x 2 cm. Neph notified.
"""),
("2021-05-24", "Telephone Encounter", """
Daughter called: Mom caught her left calf on the wheelchair footrest on Thursday 5/20 getting into the van - the sore spot "bled a bit and now it looks worse". No fever.
Advised to come to wound clinic Wed.
"""),
("2021-05-26", "Dermatology Consult", """
Dermatology
Back of L calf - ulcer now 4x3, necrotic base capped by black eschar, livedoid halo; a fresh graze sits at its inferior edge (from footrest knock 5/20, well after the lesion began 5/3).
Bx: calcific uremic arteriolopathy.
Risks: HD, warfarin (current - rec switch to apixaban), low albumin. BMI 24.9.
"""),
]}

T11 = {"patient_id": "T11", "age": 52, "sex": "M", "notes": [
("2024-09-17", "Post-Transplant Immunosuppression Clinic", """
52M, failing 2nd graft (DDKT 2017), eGFR 8, restarted on PD (APD nightly) 8/2024. No DM. Never anticoagulated.
Tac 1 mg bid, pred 5.
New complaint: tender, hard, dusky spot R anterior thigh "since Labor Day". Denies injections (takes no injectables), denies heating pad, ice, falls, tight clothing.
BMI 28.4.
Plan: derm.
"""),
("2024-09-26", "Dermatology Consult", """
DERM
R anterior thigh: 5 x 4 cm stellate purpuric plaque w/ central eschar, surrounding livedo.
Procedure: R thigh plaque margin sampled today, two 6mm punches; hemostasis w/ pressure, dressing.
Path (rush): calciphylaxis - calcified small vessels, thrombosis.
He admits putting warm wet washcloths on the plaque this past week for the pain - rec stop heat to the wound.
"""),
("2024-10-15", "Wound Care RN Note", """
WOUND RN
Sharp debridement of R thigh calciphylaxis wound at bedside, 20% slough removed. Biopsy sites healed. Hydrofiber + foam dressings changed 3x/wk by PD nurse. Pt stopped warm compresses.
No new lesions elsewhere. PD continuing. BMI 28.1.
"""),
]}

T12 = {"patient_id": "T12", "age": 47, "sex": "F", "notes": [
("2026-01-13", "Kidney Transplant Evaluation", """
Pre-kidney tx eval
47F, ESKD (eGFR 11) from obesity-related FSGS, NOT yet on dialysis; pre-emptive living donor search underway (cousin).
DM2 on linagliptin + diet. No insulin, no injectables. No warfarin.
Wt 129 kg, BMI 44.0 (class 3 obese). Bariatric referral.
Plan: PD catheter placement to be scheduled for March if no donor; will need SQ heparin at that admission per protocol.
"""),
("2026-02-03", "Dermatology Consult", """
Derm
Painful ulcer in lower pannus, mid-line, noted ~10 d ago.
She denies any injections in her belly ("I don't take shots"), no heating pads, no hot water bottles, no belts or binders, no fall, no bug bite, no scratching.
Exam: inferior pannus eschar 6x4cm, jet black, edged by violaceous retiform change; intertrigo absent.
Bx today.
"""),
("2026-02-12", "Transplant Nephrology Clinic", """
Bx: calciphylaxis (non-dialysis ESKD), pannus.
Plan: urgent dialysis start (HD via tunneled cath) being arranged; PD catheter deferred - won't place through the pannus. Avoid SQ heparin in abdomen when admitted.
BMI 43.6.
"""),
]}

T13 = {"patient_id": "T13", "age": 68, "sex": "M", "notes": [
("2020-06-03", "Hemodialysis Unit Progress Note", """
68M, failed DDKT (2005-2018), back on HD TTS. T2DM on NPH insulin (injects abdomen). No warfarin.
Scraped R shin on walker frame 5/29; small skin tear cleaned, steri-strips.
Also heel redness L from new shoe. BMI 27.7.
"""),
("2020-06-24", "Dermatology Consult", """
DERMATOLOGY CONSULT
Two problems.
1) Medial thighs, both sides: exquisitely painful firm purpuric plaques (left ~7, right ~5 cm) with central dusky necrosis, appeared about 12 d ago. Pt and wife deny any knock, needle, heat source or squeezing garment on the thighs.
2) R shin: shallow clean ulcer at the walker scrape site, granulating, minimally tender - traumatic ulcer w/ venous stasis changes; NOT calciphylaxis.
Bx of L thigh plaque: calciphylaxis confirmed.
"""),
("2020-07-08", "Wound Care RN Note", """
Wound RN
- Bilat medial thigh calciphylaxis: eschars dry, no drainage, pain 7/10.
- R shin skin tear ulcer: nearly closed.
- L heel - shoe-related pressure injury, stage II - offloaded; per derm this is not calciphylaxis.
Wt 84 kg, BMI 27.4.
"""),
]}

T14 = {"patient_id": "T14", "age": 58, "sex": "F", "notes": [
("2022-10-04", "Transplant Nephrology Clinic", """
58F, ESRD (DM nephropathy) on CAPD, active on deceased donor list (cPRA 96%).
DM2 on insulin - lantus into both upper arms, she rotates L/R arm. Warfarin for recurrent PE (INR goal 2-3).
BMI 38.9.
Counseling re calciphylaxis risk given warfarin + obesity + PD: avoid injecting into belly/thighs, no heating pads, no underwire bras, report any painful skin spot.
"""),
("2022-11-15", "Dermatology Consult", """
Derm
Painful hard area, underside of L breast, started "right after Halloween". Denies tight bra (wears soft sports bras only), no heat, nothing injected there, never injured it.
Exam: L inframammary/lower breast: indurated 4 cm plaque, retiform purpuric edges, pinhead ulcer centrally. Arms: injection sites clean.
Bx: calciphylaxis, von Kossa +.
"""),
("2022-12-06", "Transplant Nephrology Clinic", """
Biopsy-proven calciphylaxis L breast. Warfarin -> apixaban. STS via PD? no - will convert to HD for STS. Listing inactive.
BMI 38.2. Insulin (arms) continues.
"""),
]}

PATIENTS = [T08, T09, T10, T11, T12, T13, T14]
