"""probe227 corpus notes, E08-E14 (laser, electrolysis and minor procedures clinic, and the
nephrology, dermatology and wound notes around it; all people, places and wording invented)."""

E08 = {"patient_id": "E08", "age": 54, "sex": "M", "notes": [
("2019-02-06", "Minor Procedure Note - Shave Biopsy", """
Willowbank Minor Procedures -- procedure note    06-Feb-2019
Proc: shave biopsy, pigmented papule R lateral thigh
54M, "mole" that his wife says has changed. PMH ESRD (IgA nephropathy) on in-center HD
MWF; AF on warfarin (INR 2.3 on 2/4); HTN. No diabetes. BMI 29.9 (overweight).
Lesion: 7 mm irregular brown papule, R lateral thigh, mid. Dermoscopy: atypical network.
Procedure: consent, time-out. Lidocaine 1% w/ epi 1.5 mL intradermal wheal. Deep shave
with a flexible blade to mid-dermis. Hemostasis: aluminum chloride + firm pressure (INR
noted). Specimen to path. Vaseline + bandage.
BP 144/86, P 88 irreg
Path f/u by phone in 1-2 wks.
"""),
("2019-04-02", "Dermatology Clinic Note", """
Derm clinic   04/02/19
54M on HD and warfarin. Shave bx R lateral thigh 2/6/19 -> dysplastic nevus, mild atypia,
margins clear, no re-excision needed.
HPI: the shave site never fully closed; 6 weeks ago it turned exquisitely painful with a
purple, firm area spreading out from it.
Exam: R lateral thigh at the old shave site: 3 cm ulcer with black eschar inside an 8 x 6
cm violaceous retiform plaque, indurated. No other lesions on trunk or legs.
Labs 3/29: Ca 10.2, PO4 7.6, PTH 956, Alb 3.1, INR 2.7
Assessment: calciphylaxis, classic look, developing in the shave biopsy / lidocaine site.
Deep incisional bx done today to document it.
Plan: message nephrology re sodium thiosulfate; warfarin -> discuss apixaban with
cardiology.
"""),
("2019-04-16", "HD Rounding Note", """
HD rounding  4/16/2019 -- chair 6, Ridgeway Kidney Ctr
Derm incisional bx 4/2: calcified small arterioles with thrombosis in the subcutis, von
Kossa positive = calciphylaxis, R lateral thigh (in the old shave bx site).
Pre-HD BP 150/84, wt 91.2 kg (BMI 29.9), UF goal 2.5 L. Access: L brachiocephalic AVF,
good thrill.
Plan: STS 25 g IV post-run TIW; Ca bath 2.0; cinacalcet 30 -> 60.
Warfarin stopped today after talking w/ cardiology; apixaban 2.5 bid started.
Pain: hydromorphone 1 mg po q6h prn. Wound clinic referral sent.
Not diabetic, no insulin.
"""),
]}

E09 = {"patient_id": "E09", "age": 59, "sex": "M", "notes": [
("2021-06-08", "Tattoo Removal Session", """
TATTOO REMOVAL -- session 2     6/8/21
Lumen & Leaf Laser Studio, Westbrook
59M; tattoo R lateral calf (anchor, black ink), 9 x 7 cm.
Q-switched Nd:YAG 1064 nm, 3 mm spot, 3.5 J/cm2, 5 Hz, 1 pass, Zimmer air cooling.
Frosting achieved; a few pinpoint bleeds; mild edema. No blistering after session 1
(4/13/21).
Health: on HD TTS; DM2 on linagliptin (no insulin); BMI 34.0. No anticoagulant.
Aftercare: ointment + non-stick pad 3 d; out of the sun; no soaking in tubs.
Next: 8 wk.
"""),
("2021-08-03", "Dermatology Consult", """
Dermatology, new consult     August 3, 2021
59M on HD, DM2 on oral agents only, obese (BMI 34.0).
HPI: painful ulcer on the inside of his L calf since the July 4th weekend; started as a
hard purple spot. Pain 10/10, walking with a cane.
Skin: L medial calf 5 x 4 cm ulcer with adherent black eschar, surrounding livedo racemosa
and induration out to 12 cm. R lateral calf: faded anchor tattoo, laser sites healed, no
purpura, no ulcer. Feet warm; pedal pulses 2+.
Labs (7/30): Ca 9.8, P 7.0, PTH 870, Alb 3.2.
A: retiform ulcer L calf, ? calciphylaxis vs arterial ulcer
P: punch bx x2, ABIs, nephrology aware. No more tattoo laser for now.
"""),
("2021-08-17", "HD Rounding Note", """
HD rounds 8/17/21 -- Northgate, chair 3
Path (8/3, L medial calf): calciphylaxis -- medial calcification + thrombi in subcutaneous
arterioles, von Kossa +. ABI 1.0 bilat, no PAD.
Plan: STS 25 g IV with HD TTS (1st dose today); calcium-based binder off -> sevelamer;
cinacalcet 60; PTH target 150-300. Wound clinic for the L calf.
Linagliptin continues, no insulin. Pre-HD BP 144/80, BMI 33.6.
"""),
]}

E10 = {"patient_id": "E10", "age": 52, "sex": "F", "notes": [
("2022-01-25", "Laser Hair Removal Treatment Note", """
LHR treatment note -- 01/25/2022
Lumen & Leaf Laser Studio
52F, lower legs bilat, from the ankles up to just below the knees (knees and thighs NOT
treated).
Tx 5 of 8. Alexandrite 755 nm, 18 mm, 16 J/cm2, 3 ms, cryogen spray cooling.
Response: perifollicular edema, no adverse effects reported from tx 4.
Health update: home CCPD nightly; DM2 on basal-bolus insulin; BMI 28.4; no warfarin.
BP 124/70, HR 76.
Aftercare reviewed. Next tx 8 wks.
"""),
("2022-03-08", "Dermatology Clinic Note", """
Derm 3/8/2022
52F on CCPD, insulin-treated DM2, BMI 28.4.
HPI: ~4 wks of a very painful hard spot on the inner R thigh just above the knee. Laser
hair removal of both lower legs through Jan 2022 -- she points out that the laser stopped
below the knees and this spot is above that line.
O: R distal medial thigh, a hand's breadth above the knee joint line: 4 x 4 cm indurated
plaque, livedoid margin, central 8 mm black eschar. Knees and both lower legs clear, no
purpura, smooth laser-treated skin.
Labs: Ca 10.0, Phos 6.6, PTH 495, Alb 3.3
Imp: calciphylaxis suspected.
P: punch bx w/ von Kossa; pain: acetaminophen, gabapentin 100 qhs.
"""),
("2022-03-22", "Nephrology PD Clinic", """
PD clinic    22 Mar 2022
Bx R distal medial thigh (3/8): calciphylaxis (calcified arterioles, von Kossa +).
CCPD 4 x 2.5 L, Kt/V 2.0.
Plan: IV STS TIW at infusion; lower-Ca dialysate; sevelamer; cinacalcet 30.
Further laser hair removal suspended.
Insulin: glargine 18u + lispro SSI. No warfarin.
Vitals: BP 128/72, BMI 28.2. Labs: Ca 9.6, Phos 6.1, Alb 3.3.
"""),
]}

E11 = {"patient_id": "E11", "age": 64, "sex": "F", "notes": [
("2023-09-26", "Laser Hair Removal - Session 1", """
Laser Hair Removal -- Session 1     09/26/23
Willowbank Laser & Minor Procedures
64F, bikini line + upper inner thighs. Fitz II, dark hair. Consent signed.
Pre-tx skin check: pea-sized tender sore on the L upper inner thigh; pt says it has been
there since around Labor Day, thinks it is an ingrown hair. Avoided w/ a 2 cm margin,
photo taken, advised to show PCP/derm.
Device: 810 diode, 12 mm, 26 J/cm2, 2 passes, contact cooling.
Response: perifollicular erythema, no blistering.
Hx: ESRD, HD MWF; AF on warfarin; no DM; BMI 38.0.
BP 140/82, HR 74 irreg.
Next tx 6 wks.
"""),
("2023-10-10", "Dermatology Clinic Note", """
Derm -- new    10/10/2023
64F on HD and warfarin (AF), BMI 38.
HPI: sore on the L upper inner thigh since Labor Day weekend; phone photos from 9/10 show a
dime-sized purple spot. First laser hair removal session 9/26 (the sore itself was
avoided); since then bigger and black. Pain 8/10.
Exam: L proximal medial thigh: 6 x 4 cm violaceous indurated plaque, central 2 cm eschar,
livedo at the periphery. R thigh: perifollicular pink macules from the laser only.
Labs: Ca 9.1, Phos 8.2, PTH 1250, Alb 2.8, INR 3.4
A: probable calciphylaxis; ddx warfarin-induced necrosis. The lesion was there before the
laser.
P: deep punch bx; d/w nephrology; hold the laser series.
"""),
("2023-10-24", "Nephrology Clinic", """
Nephrology clinic    10/24/23
Bx 10/10: calciphylaxis confirmed, L proximal medial thigh (arteriolar calcification,
thrombi, fat necrosis; von Kossa +).
HD MWF, 4 h, L AVF. Pre-HD BP 148/80.
Plan: STS with HD; cinacalcet up; parathyroidectomy consult given PTH 1250; warfarin ->
apixaban per cardiology (CHA2DS2-VASc 4). No diabetes. BMI 38.0.
"""),
("2023-11-14", "Wound Care Clinic", """
Wound clinic    11/14/23
L proximal medial thigh calciphylaxis wound: 5.2 x 3.6 x 0.5 cm, 70% eschar, 30% yellow
slough, scant serous.
Sharp debridement of nonviable slough, #15 blade, 2.4 cm2, tolerated with topical
lidocaine.
Dressing: collagenase to eschar edges, foam cover. Home health 3x/wk.
Pain 6/10. On apixaban now (warfarin stopped 10/25). BMI 37.6.
Next 2 wks.
"""),
]}

E12 = {"patient_id": "E12", "age": 71, "sex": "M", "notes": [
("2020-05-19", "Minor Procedure Note - Punch Biopsy and Cryotherapy", """
Procedure note    05/19/2020    Willowbank Minor Procedures
71M referred by nephrology (Dr Faraday) for bx of a painful R calf ulcer, ?calciphylaxis.
Ulcer: R posterior calf, 3 x 2.5 cm, black eschar, violaceous retiform rim; began in April
per pt; no injury to the calf that he recalls.
Proc 1: 1% lidocaine 2 mL, 4 mm punch bx x2 from the active border; 4-0 nylon x1 each.
To path: H&E + von Kossa.
Proc 2: LN2 cryo to 2 AKs on the forehead, 1 freeze-thaw each.
PMH: ESRD, HD TTS; DM2 -- off insulin since 2019, now linagliptin; no warfarin. BMI 25.2.
BP 136/70, HR 68.
"""),
("2020-05-28", "Nephrology Clinic", """
Nephrology 5/28/20
Path 5/19, R posterior calf: calciphylaxis (arteriolar calcification, thrombi, fat
necrosis, von Kossa +).
He has been putting a bag of frozen peas on the calf ulcer most evenings since the
biopsy, for the pain. Asked him to stop.
HD TTS via R AVF, Kt/V 1.4. Labs: Ca 9.9, P 7.3, PTH 690, Alb 3.2.
Plan: STS 25 g with each run; sevelamer; cinacalcet 30; wound clinic.
DM: linagliptin only, no insulin since 2019 weight loss. BMI 25.0.
"""),
("2020-06-16", "Wound Care Clinic", """
WOUND CARE   6/16/2020
R posterior calf calciphylaxis ulcer: 3.4 x 2.8 x 0.3 cm, 50% eschar, 50% slough, punch
bx sites within the wound margin healed over.
Selective debridement of slough with curette, minimal bleeding.
Dressing: silver alginate + dry gauze + light wrap, change every other day by HH nurse.
Pain 6/10 with dressing changes. Stopped the frozen peas.
Forehead cryo spots healed.
RTC 2 wks.
"""),
]}

E13 = {"patient_id": "E13", "age": 45, "sex": "F", "notes": [
("2021-10-05", "Nephrology Clinic", """
Nephrology clinic     10/05/2021
45F, HD TTS, DM2 on insulin (injects the thighs only -- "never the tummy"), BMI 40.2.
New: 3 wks of painful hard patches across the lower belly. Denies any injury, heating pad,
ice, injections or procedures on the abdomen. No new meds. No warfarin ever.
Exam: infraumbilical pannus bilat: two indurated violaceous plaques, 5 and 7 cm, livedo
at the edges. Thighs: injection sites unremarkable, no lesions.
Labs: Ca 10.3, Phos 7.4, PTH 900, Alb 3.0.
A: ?calciphylaxis.
P: urgent derm for bx; stop calcium carbonate.
"""),
("2021-10-14", "Dermatology Clinic Note", """
Dermatology   10/14/21
Punch bx 10/7 of the lower abdominal plaque: calciphylaxis (calcified subcutaneous
arterioles, von Kossa +, fat necrosis).
Today both pannus plaques larger, L one with 1 cm eschar. Pain 8/10.
Counselled: avoid tight waistbands, heating pads or ice on the belly; keep insulin in the
thighs.
Plan: STS via nephrology; wound RN; gabapentin 100 after HD. BMI 40.2.
"""),
("2022-01-11", "Laser Hair Removal Consult", """
LASER CONSULT -- hair reduction    01/11/2022
Lumen & Leaf Laser Studio
45F asks about laser hair removal of the lower abdomen and electrolysis of the chin.
Calciphylaxis of the lower abdomen dx Oct 2021, healing under nephrology/wound care;
pannus with pink scars and one small dry eschar on the L.
Decision: we will NOT laser the abdomen. If she wants it later, only after full healing and
with her nephrologist's OK, test spot first. Chin electrolysis planned for next month.
No treatment given today.
Hx: HD, insulin-treated DM2, BMI 40.0.
BP 142/88.
"""),
]}

E14 = {"patient_id": "E14", "age": 60, "sex": "M", "notes": [
("2022-07-19", "Tattoo Removal Session", """
TATTOO REMOVAL -- session 3     07/19/2022
Willowbank Laser & Minor Procedures
60M, name tattoo on the L dorsal forearm, black + green, 8 x 3 cm.
Q-switched ruby 694 nm, 4 mm spot, 5.0 J/cm2 (raised from 4.2), 1 pass.
Endpoint: frosting, some immediate blistering at the green letters.
Health: PD (CAPD) x 2 yrs; not diabetic; no blood thinners; BMI 26.1.
Aftercare: bacitracin, non-stick dressing, no sun.
BP 130/78.
Next session 8-10 wks.
"""),
("2022-07-28", "Laser Clinic Follow-up", """
Post-laser check    28 Jul 2022
L forearm tattoo site 9 days after the ruby laser: ruptured blisters, 6 x 2 cm crusted
erosion over the green letters, pink edge, mildly tender. No purpura, no necrosis, no pus.
Imp: superficial partial-thickness laser burn, fluence too high for green ink.
Plan: silver sulfadiazine bid x 10 d, non-stick dressing. Next session at 4.2 J/cm2 only
once healed. Apologized to pt; incident logged.
T 36.8, BP 128/76.
"""),
("2022-09-13", "Dermatology Consult", """
DERM CONSULT    Sept. 13, 2022
60M on CAPD, BMI 26.1.
HPI: since August, very painful purple patches on both inner thighs, now with black
crusts. Bx 2022-09-01 by PD team: calciphylaxis (von Kossa + calcified arterioles).
Exam: bilateral medial thighs: retiform purpura with ulcers, L 6 x 4 cm, R 4 x 3 cm, each
with eschar. No injections, injuries or heat to the thighs per pt.
L forearm: the laser burn has healed with hypopigmentation, no induration or purpura --
not calciphylaxis.
Plan: STS via PD unit, wound care, pain service. No more tattoo laser for now.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
