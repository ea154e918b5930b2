"""probe102 corpus notes, Y08-Y14 (consultation-liaison psychiatry and inpatient wards; all invented)."""

Y08 = {"patient_id": "Y08", "age": 63, "sex": "F", "notes": [
("2024-04-16", "Nursing Shift Note", """
RN Shift Note 0700-1930, Tele 3B
Pt alert, anxious, asking frequently when doctor coming. HR AF 80s-90s, warfarin held tonight per INR 3.6.
Braden 16. Skin: R flank at waistline, 7 x 3 cm horizontal purple/black area w/ hard edges, scabbed center, pt guarding. Pt states "that's right where my duty belt rides, and it's where I do my Humalog too." Photo uploaded to media tab. Covered with foam dressing.
FSBG 212 -> 6u per scale. Insulin given in L upper arm per pt request.
HD pt MWF - fistula R arm, good thrill.
Pt tearful on phone with son ~1500, chaplain offered.
"""),
("2024-04-17", "Psychiatry C-L Consult", """
Consult-Liaison Psychiatry
Reason: "anxiety, crying, ? depression, please see"
63 y/o woman; ESRD, hemodialysis; DM2 - uses insulin; afib anticoagulated with warfarin; obese, BMI 38.7. Works nights as a security officer at a shopping mall; has worn a heavy duty belt (radio, flashlight, cuffs) every shift since 2014, always riding on the right hip/flank. Also says she's been shooting her Humalog into her "right love handle" since Feb 2020 because "that's where I can reach under my uniform."
The painful spot came up on Easter Monday. Since then she can't wear the belt, so she's been out of work and is terrified of losing the job + her health insurance.
MSE: well groomed, tearful, mood "scared", affect anxious, congruent; TP linear; no SI; no psychosis.
PHQ-9 11, GAD-7 15.
Dx: adjustment d/o w/ mixed anxiety and depressed mood.
Recs: supportive tx, SW re FMLA paperwork, start escitalopram 5 mg (QTc 438, ok), melatonin for sleep. Will f/u.
"""),
("2024-04-18", "Hospitalist Progress Note", """
Hospitalist SOAP
S: R side pain 7/10. Pt asks whether the belt "caused this."
O: afebrile, BP 160/88. R flank: indurated violaceous plaque with central necrosis, 7 x 3.5 cm, band-shaped along the waistline, multiple old insulin puncture marks within it. L flank clean.
INR 2.9. Ca 10.1, PO4 6.6.
A/P
1. Necrotic R flank plaque - ?calciphylaxis (HD + warfarin); bx by derm today.
2. AF on warfarin - discuss switch to apixaban w/ cards given concern.
3. DM2 - insulin to L arm / L thigh going forward, avoid R flank.
4. Adjustment d/o - psych following.
"""),
("2024-04-22", "Dermatology Consult", """
DERMATOLOGY CONSULT F/U
Bx (4/18, R flank): arterioles in the fat with calcium laid into their walls; clot; lobules of fat gone necrotic. Dx: calciphylaxis.
Clinical: lesion onset 04/01/2024. Located on the R flank in the band where the belt sits, coinciding with two sources of chronic skin trauma at the same spot: duty-belt compression (daily since 2014) and repeated SC insulin injections (since 02/2020). Both plausible Koebner triggers.
Recs: no belt, no injections to the R flank; warfarin -> DOAC per cardiology (agreed 4/20); STS with HD; wound care. RTC derm 2 wks after d/c.
"""),
]}

Y09 = {"patient_id": "Y09", "age": 70, "sex": "M", "notes": [
("2018-11-05", "Hospitalist Admission Note", """
ADMISSION H&P (Hospitalist)
70M. Kidneys: ESRD, dialyzes Mon-Wed-Fri. DM2 taking NPH twice daily; HTN, obesity. Presents w/ 10 days of an exquisitely painful L inner thigh lesion.
He injects all his insulin into the R thigh - "not once the left, I'm a righty, it's just handier." No ice, heat, falls, or tight garments to the left leg. No warfarin.
Exam: BMI 31.5. L medial thigh, mid-third: 8 x 6 cm violaceous plaque, edges net-like, 2cm necrotic black core; woody. R anterolateral thigh (his injection area): lipohypertrophy only, no discoloration, nontender.
A/P: 
#L medial thigh necrotic plaque - calciphylaxis vs necrotizing infection vs warfarin necrosis (not on it). CT no gas. Derm c/s for bx. Empiric cefazolin pending.
#DM2 - NPH reduced 20%.
#ESRD - HD per renal.
Pt reluctant about a biopsy, "nobody's slicing me open." Psych consult for capacity if he continues to decline.
"""),
("2018-11-06", "Psychiatry C-L Consult", """
PSYCHIATRY CONSULT - CAPACITY
Q: Capacity to refuse skin biopsy.
Seen w/ interpreter not needed (English). 70 y/o man, retired machinist, no psych hx.
He can state the proposed procedure (small punch of skin on his L thigh), the reason (to find out if it's the calcium disease that dialysis patients get), the risks (bleeding, infection, a scar) and the alternative (treat without knowing). His reason for refusal: his brother "had a biopsy and lost his leg." Reasoning is consistent with his values, and he's not psychotic or delirious (CAM neg, MoCA 26).
After discussion about the difference between a 4 mm punch and surgery, he agreed to the biopsy. 
Opinion: Pt HAS capacity for this decision. No further psych needs; f/u prn.
"""),
("2018-11-09", "Dermatology Consult", """
Derm consult note
70M, HD, insulin-treated DM2, BMI 31.5.
Left inner thigh plaque, necrotic, 8x6cm, retiform purpura.
Bx 11/7 (L thigh): calcified subcutaneous vessels w/ thrombi, fat necrosis. = CALCIPHYLAXIS.
Local trauma review: none to the left thigh. His insulin site is the contralateral (right) thigh, and that skin looks fine except for some lipohypertrophy. No Koebner link at this time.
Recs: STS 3x weekly, stop Ca-based binder, cinacalcet, local wound care; continue injecting R thigh or switch to abdomen - avoid the L thigh.
"""),
]}

Y10 = {"patient_id": "Y10", "age": 59, "sex": "F", "notes": [
("2023-01-18", "Dermatology Consult", """
DERMATOLOGY - INPATIENT CONSULT
59F, ESRD from IgA nephropathy; peritoneal dialysis x 4 yrs, hx DVT on warfarin since 2021. Not diabetic.
Pt reports the L shin pain started January 5th: "like a toothache in my shin, then a dark purple patch, then the black scab." Denies any bump, fall, scratch or insect bite to that leg beforehand; never wore compression hose; no heating/cooling packs.
Exam: L anterior shin: 5x4cm star-shaped eschar, violaceous net-like rim, indurated. R shin clear.
Outpt punch bx 1/12 (our clinic) read yesterday: calcified media of subcut vessels w/ thrombi -> calciphylaxis.
BMI 26.4.
Recs: warfarin -> discuss alternative w/ heme; STS; dressing daily; fall precautions given neuropathy + new opioid.
"""),
("2023-01-21", "Nursing Event Note", """
RN EVENT NOTE - FALL
0340 Pt found sitting on floor beside commode, states she got dizzy standing up and "whacked my bad leg on the commode." Unwitnessed.
Assessed: A&Ox3 (not to date - baseline yesterday x4), denies hitting head, no LOC. New small bruise on L shin, at lower margin of known calciphylaxis eschar, dressing displaced - redressed. No bleeding.
VS BP 102/58 lying, 88/50 standing. MD paged, orthostatics reported, neuro checks q1h x4.
Bed alarm on, fall mat placed, yellow socks on. Post-fall huddle done.
"""),
("2023-01-23", "Psychiatry C-L Consult", """
C-L Psych
Reason: "confusion since fall, pulling at PD catheter, ? delirium"
59F on PD w/ biopsy-proven calciphylaxis of L shin (onset early Jan), fell overnight 1/21 striking the same shin.
Nursing: sundowning last 2 nights, pulled at her PD line once, tried to get out of bed x3.
Exam: drowsy in AM, inattentive (SAVEHAART 4 errors), disoriented to place ("my sister's house"), fluctuating. No hallucinations voiced. Picks at sheets.
A: Delirium - likely 2/2 new hydromorphone + orthostasis + poor sleep. No underlying primary psych disorder.
Recs: reduce opioid, scheduled acetaminophen; frequent reorientation, family at bedside; quetiapine 12.5 mg qhs PRN severe agitation only; no restraints; sitter if pulling at PD line again.
"""),
]}

Y11 = {"patient_id": "Y11", "age": 52, "sex": "M", "notes": [
("2022-06-07", "Nursing Shift Note", """
Nursing Note - Evening shift
Pt admitted from HD unit for wound eval. A&Ox4, calm.
BRADEN 13 (sensory 3, moisture 2, activity 2, mobility 2, nutrition 2, friction 2). Low air loss mattress ordered.
Skin: R buttock, upper outer quadrant: 5x4cm eschar, black, purple border, firm, painful 8/10. Not over a bony prominence. Sacrum + coccyx intact. Wife says he noticed the sore about a month ago. She also says he's been "perched on a heat pad ever since that sore started, to ease the ache" - pad removed and pt educated.
Pt denies falls, shots or bumps to that spot prior to the sore. Insulin is given in his abdomen.
Wt 97 kg, BMI 29.8.
Wound care: cleansed NS, foam border, change q3d & prn.
"""),
("2022-06-08", "Dermatology Consult", """
DERM C/S
52M. HD x 3 yrs for ESRD. T2DM needing insulin.
Lesion: R buttock, 5x4.5cm eschar with surrounding stellate retiform purpura and induration extending to 3 cm. Onset roughly early May per wife.
No preceding local trauma elicited (no injections to buttock, no heat before onset, no falls); heating pad use came only after the sore began.
Proc: 6mm punch at inferior rim, hemostasis w/ gelfoam, 1 suture.
Impression: favor calciphylaxis; ddx pressure injury (location atypical), vasculitis.
Recs: await path; no heat; pressure redistribution; consider sharp debridement if path confirms and eschar becomes boggy.
"""),
("2022-06-13", "Hospitalist Progress Note", """
HOSPITALIST - PROGRESS
S: Buttock pain improved 5/10 after debridement yesterday. Eating ok.
O: Wt 98.2 kg, BMI 30.2. R buttock wound post bedside sharp debridement 6/12: base 60% yellow slough, 40% pink, edges purple; packed w/ Aquacel, dry dsg. Biopsy site sutured, intact.
Path (6/8): calcium in small subcut vessels, clots, panniculitis - calciphylaxis confirmed.
A/P:
1. Calciphylaxis R buttock, confirmed. No preceding trauma there; the later heating pad, biopsy and debridement were all treatment/after onset. thiosulfate at each HD, calcium binder stopped.
2. DM2 on insulin - A1c 8.2, glargine up to 26u.
3. Obesity (BMI now 30.2) - dietitian.
"""),
]}

Y12 = {"patient_id": "Y12", "age": 45, "sex": "F", "notes": [
("2020-02-10", "Hospitalist Progress Note", """
Hospital Medicine Progress Note
45F, CKD 5 from reflux nephropathy, HD initiated this admission (first run 2/8) via R IJ tunneled catheter; BMI 44.3 (obesity class 3). Not diabetic. No anticoagulants at home.
S: Pain in lower belly fold "like a hot poker." Tells me she has never had shots in her belly, doesn't use heating pads or ice, wears loose clothes, no injuries, no surgeries on the abdomen.
O: Pannus, inferior left-of-midline: 9x5cm, firm, dusky violet, net-like margins, 1 cm black center. Intertrigo in the fold, mild.
A/P:
#Painful pannus plaque - r/o calciphylaxis, derm to biopsy.
#ESRD, newly on HD - MWF schedule, renal managing.
#DVT ppx - would use SC heparin in the thighs only, not abdomen (plan; not started, SCDs for now).
#Future PD catheter placement was being considered - would be through this abdominal wall; defer, renal aware.
"""),
("2020-02-14", "Dermatology Consult", """
Dermatology consult - results
45 y/o F, new HD, severe obesity (BMI 44.3).
Biopsy 2/11 of the pannus plaque: calcium lining the small vessels of the subcut fat, clots in the lumens, necrotic fat; calcium stain (von Kossa) lit up.
Dx: calciphylaxis - pannus, lower abdomen.
Trauma history specifically asked again: denies insulin or other injections, no heat packs, no belts or binders, no scratching/injury. Nothing to suggest a trigger at this site.
Recs: STS with each HD, avoid any planned injections or catheters through the pannus, moisture-wicking fabric in the fold, pain control.
"""),
]}

Y13 = {"patient_id": "Y13", "age": 67, "sex": "M", "notes": [
("2026-01-05", "Sitter Observation Log", """
1:1 OBSERVATION LOG - bed 22
1900 Pt restless, pulling at IV in L forearm. Soft wrist restraints in place per MD order (renewed 1800). Checked circ q15 - warm, pink.
2030 Yelling "get off me." Redirected, calmer w/ TV.
2200 Asleep.
0100 Awake, tugging at restraints, trying to sit up. RN in.
0300 Pt said his "left arm is on fire" - IV site swollen, RN removed IV.
0500 Sleeping.
0645 Restraints released for ROM; faint red marks at both wrists, skin intact.
"""),
("2026-01-06", "Nursing Shift Note", """
RN day shift
Braden 11 (high risk): sens 2, moist 2, activ 1, mobil 2, nutr 2, fric 2. Turn q2h, LAL mattress.
Skin assessment w/ wound RN:
- Sacrum: new stg II PI, 2x1.5cm, shallow, pink base, no slough - new since admission.
- L forearm: former IV site, 4 cm tense clear blister + surrounding erythema - infiltration injury (vanc). Elevated, warm compress NOT applied per pharmacy, hyaluronidase given.
- Wrists: faint erythema under restraints resolved by noon.
- Both thighs, lateral: known calciphylaxis eschars (dx 12/2025), dressings intact, no change.
HD this PM.
"""),
("2026-01-07", "Dermatology Consult", """
Dermatology follow-up consult
67M ESRD on HD, biopsy-proven calciphylaxis of bilateral lateral thighs (outside bx Dec 2025). Took warfarin after a 2018 DVT, off it since 2019. No diabetes. BMI 22.8.
Asked to see new sacral and L forearm wounds "? new calciphylaxis".
- Sacrum: classic stage 2 pressure injury from immobility, no retiform purpura, no eschar - NOT calciphylaxis.
- L forearm: bulla from vancomycin extravasation at IV site - chemical/infiltration injury, NOT calciphylaxis.
- Thighs: unchanged eschars L 6 cm, R 5 cm. Before they appeared the thighs had no shots, heat, tight devices or knocks, per pt and wife.
Impression: calciphylaxis limited to the thighs, without local trauma; the other wounds are look-alikes at sites of pressure/IV trauma.
Recs: continue STS, offload sacrum, forearm bulla - leave intact, nonadherent dressing.
"""),
("2026-01-09", "Psychiatry C-L Follow-up", """
C-L Psychiatry f/u
Delirium clearing: oriented x3, attention improved (DOTW backwards intact). No restraints since 1/7. Slept 6 hrs.
Pt remembers little of the last week; embarrassed about yelling at staff - reassured.
Mood "alright," worried about the thigh wounds, no SI.
Plan: d/c quetiapine, continue sleep hygiene/delirium precautions, C-L signing off; call back if needed.
"""),
]}

Y14 = {"patient_id": "Y14", "age": 56, "sex": "F", "notes": [
("2021-09-14", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
56 y.o. woman on CAPD for ESRD, insulin-using DM2 (injects abdomen, rotating), BMI 36.1, asked to see a painful L breast lesion.
Hx: noticed a firm painful lump at the lower outer L breast about 3 wks ago that darkened. Mammo 2020 nl. No breast surgery, no biopsies there, no injections. Wears a soft bra w/o underwire. Her arthritic low back gets a heating pad most evenings - never on the chest.
Exam: L breast, inferolateral: indurated retiform purpura 4x3cm, black necrotic center. R breast normal. Abdomen: injection marks, lipohypertrophy, no purpura. Low back: no skin changes.
Bx today (6 mm punch, L breast): calcified small vessels, fat necrosis, thrombi - calciphylaxis (preliminary read by derm path, final to follow).
Counseling: heat and repeated injections can trigger new lesions in people with calciphylaxis - told to avoid the heating pad, keep insulin rotating, no tight bras.
"""),
("2021-09-15", "Psychiatry C-L Consult", """
Psych C-L note
Consult reason: "tearful, not sleeping, pt googled calciphylaxis"
56F on PD with newly diagnosed calciphylaxis of the L breast. Read online that "half of people die from it" - has not slept, keeps asking the nurses if she'll need a mastectomy. Prior hx of panic attacks in her 30s, no meds since.
MSE: anxious, hand wringing, tearful, mood "terrified", TP organized, catastrophizing, no SI, no psychosis.
A: Acute stress reaction / panic sx in context of a frightening dx.
P: psychoeducation with derm team present (done jointly this PM), hydroxyzine 25 mg PRN, CBT-based breathing techniques taught; outpt therapy referral; f/u 1-2 days.
"""),
("2021-09-16", "Hospitalist Progress Note", """
Progress note - SOAP
S: slept 5 hrs. L breast pain 6/10.
O: vitals wnl. BMI 36.1. L breast lesion stable. Abdomen injection sites clean.
Path final: calciphylaxis confirmed.
A/P:
#Calciphylaxis L breast - thiosulfate IV coordinated by PD nurses; dressings; pain regimen. No trauma at this site.
#DM2 on insulin - continue abdominal injections w/ rotation (pt instructed).
#ESRD on PD - exchanges per renal.
#Anxiety - psych following.
"""),
]}

PATIENTS = [Y08, Y09, Y10, Y11, Y12, Y13, Y14]
