"""probe93 corpus notes, M08-M14 (neurology and stroke rehabilitation; all invented)."""

M08 = {"patient_id": "M08", "age": 66, "sex": "F", "notes": [
("2025-06-03", "Neurology Outpatient Note", """
Follow-up: R thalamic infarct (2024) w/ L hemibody sensory loss + central post-stroke pain.
Pain burning in L foot worse at night. Pregabalin 25 mg post-HD (renal dosing).
New issue: since 28 May, a black painful patch on the L heel. Pt admits she has slept w/ an electric heating pad under her L foot every night since Easter Sunday, because the foot "always feels frozen" - she cannot feel the heat with that foot.
Exam: L heel posterior/plantar: 3cm dusky plaque, black in the middle, mottled edge. R heel nml. Light touch and pinprick absent L foot, proprioception impaired L great toe.
Background: dialysis-dependent (HD) ESRD; type 2 diabetic, takes glargine; never on warfarin. Wt 77 kg, BMI 29.9 (overweight, below obesity range).
A/P: thermal burn on insensate foot vs calciphylaxis - refer derm/podiatry; STOP heating pad.
"""),
("2025-06-10", "Podiatry Wound Note", """
L heel wound, 66 y/o F, hemisensory loss L side post thalamic CVA.
3.2x2.8cm eschar, black and stuck down, retiform violaceous purpura spreading toward the plantar heel; no fluctuance; PTB neg. Pedal pulses faint, ABI non-compressible.
Heat exposure hx: electric heating pad every night under the L foot since Easter weekend (April 20 this year).
Pt to be biopsied by derm this week. Offloading boot L, no debridement until histology back.
"""),
("2025-06-17", "Dermatology Clinic Note", """
Biopsy of the margin of the L heel lesion (6/12): calcific deposits within small subcutaneous vessel walls and thrombosis, lobular fat necrosis; histology does not look like a burn. Final: calciphylaxis.
Lesion started 5/28/2025 in the skin that had been heated nightly since Easter.
Plan: STS with HD, vitamin K, podiatry offloading, no heat sources to either foot (explained to husband - he will remove the pad from the house).
"""),
]}

M09 = {"patient_id": "M09", "age": 69, "sex": "M", "notes": [
("2023-11-02", "Stroke Unit Progress Note", """
HD 4. 69M cardioembolic L PCA stroke (new AF) - R homonymous hemianopia, mild R sensory deficit, no motor weakness.
Renal: ESRD, HD on a Tu-Th-Sa chair; diabetic on basal-bolus insulin. BMI 33.5.
Anticoag: enoxaparin 1 mg/kg SC -> renal adjusted daily, bridging to warfarin (INR 1.4 today). Nursing giving the shots into the R thigh only (pt asks not to have them in the belly).
Plan: transfer to IRF when INR therapeutic; vision therapy; fall precautions.
"""),
("2023-12-14", "Inpatient Rehab Progress Note", """
IRF d 31.
For 5 days the pt has had pain + a firm area at the L anterior thigh. RN confirms: 3x2cm violaceous induration, centre turning dusky.
R thigh (old enoxaparin area - stopped 11/20 once INR therapeutic): multiple small faded bruises only, no induration.
Insulin pen injections given in the abdomen per MAR. Warfarin 5 mg, INR 2.6.
Plan: ask derm to see; no thigh straps for the KAFO trial.
Wt 101 kg, BMI 32.1.
"""),
("2023-12-21", "Dermatology Consult", """
L anterior thigh lesion, biopsied 12/15: calciphylaxis (vascular calcification w/ thrombi, fat necrosis).
The lesion is on the LEFT thigh; his enoxaparin was injected exclusively into the RIGHT thigh - no lesion on that side. No injections, heat, trauma or braces to the L thigh per pt and nurses.
Recs: warfarin -> apixaban (discussed w/ cardiology/renal), STS, wound care, photo documentation weekly.
"""),
]}

M10 = {"patient_id": "M10", "age": 74, "sex": "F", "notes": [
("2019-02-12", "Neurology Clinic Note", """
74F with Parkinson disease (H&Y 3) and prior lacunar stroke, seen for gait decline.
Incidental: painful lesion L shin, pt first noticed it on Sunday 2/3 "out of nowhere". She denies any knock, scrape, fall or burn before it appeared - "I've been very careful".
L anterior shin: 2.5 cm purple stellate plaque, central dark crust, surrounding livedo.
Hemodialysis for ESRD. Not diabetic, takes no anticoagulant. BMI 22.4.
Plan: email to her nephrologist, derm referral; increase carbidopa-levodopa 25/100 to 1.5 tabs TID.
"""),
("2019-02-25", "Outpatient PT Neuro Note", """
Pt reports a fall at home on 2/20 - caught the L foot on rug, struck the L shin against the coffee table, right over the sore spot that was already there. Minor abrasion next to the plaque, bleeding stopped w/ pressure.
Balance: TUG 18 s, freezing at doorways. Worked on cueing strategies + turning.
Recommended removing rugs, OT home safety eval.
"""),
("2019-03-05", "Dermatology Consult", """
L shin lesion (onset 02/03/2019), bx 2/27: calciphylaxis.
Subsequent injury from a fall on 2/20 landed on the existing plaque - this injury postdates the lesion, so it cannot have triggered it. No trauma before onset.
Plan: STS 3x/week w/ HD, gentle wound care, fall prevention w/ PT.
"""),
]}

M11 = {"patient_id": "M11", "age": 58, "sex": "M", "notes": [
("2021-05-19", "OT Splinting Note", """
Pt: 58 yo man, L MCA stroke 03/2021, R hemiplegia w/ flexor synergy + emerging tone.
Fabricated R resting hand splint (wrist 20 deg ext, MCPs 60 deg, IPs ext), to wear at night. Also cold packs to R shoulder after therapy for pain (10 min, thin towel).
Hx: ESRD, 4 manual PD exchanges daily; T1DM from age 9, on a pump (sets rotated over abdomen); obesity, class 2 - BMI 38.0. Never warfarin.
Skin under splint checked after 30 min wear - no pressure areas.
"""),
("2021-07-07", "Rehab Medicine Clinic", """
Since mid June, per pt + sister, the inner thighs (both) have had painful purplish patches. No injections or heat to the thighs; pump site rotates around the abdomen only.
Exam: bilateral medial thighs - indurated retiform plaques 6 cm (L) and 4 cm (R), L w/ early eschar. Hand (R) under splint: slight reddening over ulnar styloid, blanching. R shoulder nml skin.
Imp: r/o calciphylaxis. Derm ref urgent.
"""),
("2021-07-16", "Dermatology Note", """
Bx L medial thigh: calciphylaxis confirmed.
Bilateral medial thigh plaques. No exposure to the thighs identified. Splint and cold pack areas are on the R hand/forearm and R shoulder - skin there is fine.
Plan: STS (PD unit), wound care, review Ca-based binder.
"""),
]}

M12 = {"patient_id": "M12", "age": 67, "sex": "F", "notes": [
("2023-07-11", "Wound Care Consult - Rehab Hospital", """
67F, R MCA stroke w/ L hemiparesis, in IRF. Dialysis MWF (HD) for ESRD. Type 2 DM - insulin, injected into thighs. AF, warfarin. 118 kg, BMI 41.3.
Consulted for a painful plaque L lower pannus. Per nursing it was first noted 07/01/2023 on a bed bath. Pt denies prior injury, injections, heat or binders at that site.
L lower pannus: 7x4cm purple indurated plaque, 2cm black centre. Skin folds clean.
Punch biopsy performed today from the plaque margin, 4 mm, sutured.
Plan: cold compresses to the plaque for pain PRN, foam dressing secured with paper tape.
"""),
("2023-07-20", "Dermatology Note", """
Bx 7/11 L pannus: calciphylaxis.
Since then: cold compresses applied to the area, tape changes daily - skin tears from tape stripping at the edges of the plaque noted 7/15. Bedside sharp debridement done 7/18 by wound team.
Insulin is given into the thighs (no lesion there).
Plan: stop tape (use tubular net binder? no - no binders over the pannus), STS, warfarin -> apixaban.
"""),
("2023-08-03", "IRF Discharge Summary", """
Dx: R MCA ischemic stroke, L hemiparesis; calciphylaxis L lower abdominal pannus (bx-proven); ESRD on HD; DM2 (insulin); BMI 40.8 at d/c, obese; warfarin changed to apixaban.
Functional status at d/c: transfers min A w/ slide board, w/c level for community.
Wound: eschar stable after debridement, no infection. Wound clinic f/u in 1 wk.
"""),
]}

M13 = {"patient_id": "M13", "age": 71, "sex": "M", "notes": [
("2024-09-09", "Neuro Rehab Clinic Note", """
Physiatry OP - return visit
71 y/o man, L hemiparesis since an R internal capsule lacune (Feb 2024); walks household distances w/ a hemi-walker, L toe drag when fatigued.
Renal: CKD stage 4 (eGFR 18, creat 3.4), not on dialysis yet, fistula placed L arm in July. A1c 6.1, "prediabetes" - managing with diet, no glucose-lowering drugs. No anticoagulants (on clopidogrel). Weighs 93 kg at 175 cm: BMI 30.4 (obese).
New: painful area on the back of his L lower leg x 2 wks. Specifically asked - he denies falling, bumping the leg, scratches, insect bites, any shots, ice or hot packs, tight socks or bracing on that leg. Wife agrees, "he hasn't even had a brace yet".
Exam: L posterior calf, mid: 3 cm tender violaceous plaque, livedoid margin, no eschar, no warmth. Pulses 1+.
Plan:
- derm referral, expedited
- L AFO for foot drop was going to be cast next month; postpone casting until the calf is diagnosed
- HEP for hip flexor + ankle DF strengthening reviewed
"""),
("2024-10-21", "Dermatology Consult Note", """
Reason for visit: L calf plaque.
Punch bx obtained 9/30 at the plaque edge returned calciphylaxis (arteriolar calcification, thrombosis, necrotic adipocytes, positive von Kossa).
He started in-center hemodialysis on 10/10 (temporary R IJ catheter while the fistula matures).
Exposure review, again negative: no trauma, no injections, no thermal exposure of the L calf. No orthosis has been fitted.
Counselled about what can trigger new lesions: do not use heating pads; no brace or strap on the L leg until healed; SC injections should go elsewhere if ever required.
Recs: STS w/ HD (renal), silicone foam, pain - acetaminophen scheduled, low dose tramadol.
"""),
("2024-11-18", "Nephrology Clinic Note", """
ESKD, now HD Mon-Wed-Fri (started last month). Tolerating 3.5 h runs. Calciphylaxis of the left calf - slightly smaller, dry center, on sodium thiosulfate.
If he is readmitted, SC heparin for VTE prophylaxis could be considered - would ask that it be given in the arms. None given to date.
Wt 92 kg, BMI 30.2. Phos 5.1, PTH 410. Cont sevelamer.
"""),
]}

M14 = {"patient_id": "M14", "age": 63, "sex": "F", "notes": [
("2022-02-15", "IRF Admission History and Physical", """
CC: rehab after subarachnoid hemorrhage
HPI: 63 yo F w/ aneurysmal SAH (Hunt-Hess 3) s/p endovascular coiling 01/2022, course c/b vasospasm, now L hemiparesis + dysphagia (on puree/nectar). Transferred from St. Brennan's.
PMH: ESKD on HD (MWF, R chest permcath), HTN, gout. No diabetes. Not anticoagulated.
Skin (admission sweep w/ wound RN): lower abdominal pannus, both sides - two firm, exquisitely tender violaceous plaques (L 5 cm, R 3 cm), per transfer records present since January; R heel - pink-based stage II pressure injury (1.5cm), under the heel cup of her L... correction, her RIGHT AFO (worn at OSH for heel cord tightness).
Ht 160 cm, wt 70.7 kg, BMI 27.6.
Plan: derm consult for pannus plaques; R AFO off, heel floated, turns q2h w/ 30 deg tilt.
"""),
("2022-02-24", "Dermatology Consult Note", """
Thank you for this consult.
Pannus: deep punch bx from the L plaque 2/18 -> calcific deposits in vessel walls within the fat, thrombi in lumens, fat necrosis = calciphylaxis. R plaque clinically the same process.
No local exposures found at the pannus: no SC meds there during the acute stay (heparin ppx was held after the bleed), no binder, no heat, no injury.
R heel: separate problem. This is an ordinary pressure injury caused by the AFO heel cup - shallow, granulating, painless, no purpura or necrosis. It is NOT calciphylaxis; no biopsy needed.
Pt and daughter taught about avoiding heat packs on the belly and any injections into the pannus.
"""),
("2022-03-10", "Wound Care Follow-up Note", """
1. R heel pressure injury: 0.6 cm, almost closed since AFO was relined and the heel relieved. Cont foam border dsg.
2. Calciphylaxis lower abdomen bilat: eschars dry, no new lesions; STS w/ HD continues (week 3). Pain 4/10; takes oxycodone 2.5mg pre-therapy.
Reinforced repositioning schedule for sitting tolerance (w/c cushion ROHO, pressure relief q15 min).
"""),
]}

PATIENTS = [M08, M09, M10, M11, M12, M13, M14]
