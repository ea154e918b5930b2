"""probe166 corpus notes, A15-A20 (sports medicine, athletic training and the clinics around them; all invented)."""

A15 = {"patient_id": "A15", "age": 57, "sex": "M", "notes": [
("2017-06-06", "Sports Physiotherapy Note", """
SPORTS PHYSIO - TRIATHLON CLINIC
Pt 57 M, sprint-distance triathlete (AG 55-59), R calf strain 3 wks ago on a brick run.

S: calf now 2/10 with running, 0/10 on bike. Has worn graduated compression calf sleeves on both
legs since May 2017 - for training, and he keeps them on most of the day and on long drives.
PMH: ESRD, nocturnal in-centre HD 3 nights/wk (R arm AVF); HTN; gout. Non-diabetic; takes no
blood thinners.
O: calf raise single-leg R 14 / L 25 reps. Mild TTP R medial gastroc MTJ. Skin of both calves
unremarkable.
Wt 84.9 kg, BMI 27.7.
Tx: soft tissue, calf raise progression, run-walk intervals 2:1.
Plan: graded return for the August sprint tri; fluid intake per renal team limits on race day.
"""),
("2017-07-18", "Hemodialysis Unit Note", """
NOCTURNAL HD UNIT - physician note
57M, ESRD (FSGS), nocturnal HD 3x/wk.

New: tender reddish-purple lump on the upper outer R calf x ~10 days, right at the top band of his
compression sleeve. Still training.
Exam: R upper lateral calf: firm violaceous nodule (2.5 by 2 cm) with faint surrounding net-like
mottling, no ulcer, no warmth. L calf normal.
Labs: PTH 640 | Alb 3.8 | phosphate 6.9 | calcium 9.9

Imp: nodule at the sleeve band - ?early calciphylaxis; panniculitis or a pressure bruise from the
band are also possible.
Plan: derm referral, stop wearing the sleeves, binder adjustment.
"""),
("2017-08-01", "Dermatology Consult", """
DERMATOLOGY
57M on nocturnal HD; R upper lateral calf nodule at the compression-sleeve band.

Exam: nodule now 2 x 2 cm, a little softer, still violaceous, no eschar.
Impression: early calciphylaxis cannot be excluded; traumatic (pressure) panniculitis is the
main alternative. Deep incisional biopsy recommended; he declines, afraid the biopsy site won't close before
race day. He is also relocating to Duluth for work next month and will transfer dialysis care
there.
Plan: no sleeves; photos taken; records and a letter sent to the receiving nephrologist with the
suggestion to biopsy if the nodule persists or ulcerates.
"""),
]}

A16 = {"patient_id": "A16", "age": 74, "sex": "F", "notes": [
("2023-10-10", "Primary Care Pre-Season Visit", """
PRIMARY CARE - annual + pre-season check (lawn bowls league)

74 yo F, bowls twice a week at the Fernleigh green, wants clearance for the winter indoor league.
PMH: ESRD, home PD overnight on a cycler; type 2 diabetes, glargine 14 units; HTN; hx DVT 2014 -
was on warfarin until 2015, then apixaban, now stopped. OA knees.
VS: 134/72, 70, 36.6, wt 78.4 kg, BMI 31.9 (obese).
Exam: skin intact throughout, knees crepitus, no effusion.

Immunizations: influenza vaccine (high-dose) given IM L deltoid today, lot recorded; pt tolerated.
Plan: cleared for bowls; home exercise for quads; insulin per endo; PD per renal. RTC 1 yr.
"""),
("2023-10-31", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - RN/MD
74F, home CCPD.

S: sore hard patch on L upper arm where she had her flu shot, noticed around 10/20, painful when
she sleeps on that side. No fever.
O: BP 130/70, wt 78.1 kg. L deltoid region: firm tender plaque, 4 by 3.5 cm, reddish-violaceous,
no ulcer, no fluctuance. No lesions elsewhere.
Labs: Alb 3.0 | PTH 505 | PO4 6.1 | Ca 9.7

A/P: plaque at vaccine site. Could be a late local vaccine reaction; with her risk profile (PD,
insulin-treated DM, obesity, past warfarin) we must keep early calciphylaxis in mind. Derm
referral.
"""),
("2023-11-14", "Dermatology Consult", """
DERMATOLOGY CONSULT
74F on PD, L deltoid plaque since about 10/20/23 at her influenza vaccine site.

Exam: now 3x2.5cm, less tender, colour fading to dusky pink; no ulceration, no eschar.
Differential: early calciphylaxis versus post-vaccine injection-site panniculitis; only a biopsy
could separate the two.
Offered a deep punch biopsy; pt declines since it is getting better.
Meds reviewed: glargine 14 u, sevelamer, calcitriol 0.25; no anticoagulant at present.
Plan: keep heat and cold packs off that arm. Photos. Return promptly if it enlarges, darkens or
ulcerates; low threshold to biopsy then.
"""),
]}

A17 = {"patient_id": "A17", "age": 76, "sex": "M", "notes": [
("2020-02-04", "Golf Fitness Physiotherapy Note", """
GOLF FITNESS / SPORTS PT
76 M, walks 18 holes twice weekly (carries a light bag), here for balance + hip mobility.

S: new stiff waterproof golf shoes since New Year's; they rub the outside of his R ankle bone on
the back nine. Otherwise feels well.
PMH: ESRD, in-centre dialysis (MWF, 2nd shift); DM2 - takes linagliptin, never insulin;
CAD s/p CABG; PAD. No warfarin.
O: SLS R 6 s / L 9 s. Hip IR 20/25 deg. Gait steady.
Skin R lateral malleolus: small area of redness where the shoe collar sits, intact.
Wt 68.0 kg, BMI 22.4.
Tx: balance progression, hip mobility drills, tee-to-green walking plan.
Plan: softer shoes or moleskin padding; show the red area to his dialysis nurse.
"""),
("2020-02-25", "Wound and Vascular Clinic Note", """
WOUND / VASCULAR CLINIC
76M on HD, PAD, CABG. Ulcer R lateral malleolus x 2 wks.

Exam: R lateral malleolus - ulcer 2x1.5cm, black eschar base, violaceous livedoid rim.
DP/PT not palpable R. ABI non-compressible bilat; TBI 0.31 R.
XR: extensive arterial calcification of the leg.

Imp: arterial (ischemic) ulcer vs calciphylaxis - features of both.
Biopsy deferred - poor perfusion; a biopsy site here might never heal.
Plan: vascular surgery re angiogram; offloading boot, no golf shoes; betadine paint to the
eschar, dry gauze; nephrology aware. Pain 6/10 - acetaminophen, dose cap per renal team.
"""),
("2020-03-17", "Nephrology Goals of Care Note", """
NEPHROLOGY - GOALS OF CARE
76M on HD. R lateral ankle ulcer enlarging, now 3x2.5cm, severe pain.
Angiography: no revascularization option. Sodium thiosulfate was started 3/2 with HD for possible
calciphylaxis; no clear response.
Discussion with pt and daughter: he chooses comfort-focused care. Hospice referral, dialysis to
stop after Friday's run. Morphine avoided - hydromorphone low dose, fentanyl patch.
No biopsy will be done.
Plan: stop STS, local comfort dressings only, hospice RN visit tomorrow. Daughter has his advance
directive; DNR/DNI confirmed. He thanked his golf partners' wives for the meals.
"""),
]}

A18 = {"patient_id": "A18", "age": 65, "sex": "F", "notes": [
("2022-05-10", "Sports Medicine Clinic Note", """
SPORTS MED
65F, pickleball 3x/wk, R knee pain after a long weekend of play.
PMH: ESRD - PD; DM2 on insulin (degludec + aspart); HTN; obesity.
Exam R knee: medial joint line TTP, McMurray equivocal, small effusion. Incidental finding: both
shins have shiny yellow-brown plaques with telangiectasia, the L with a shallow ulcer of 1.5 cm.
Pt says "they've been there for years, the sore on the left is new since April".
Vitals: 142/80, Wt 104.5 kg, BMI 38.1.

Imp: 1) R knee degenerative medial meniscus. 2) shin plaques with ulceration - ?calciphylaxis in a
PD pt vs necrobiosis lipoidica.
Plan: knee - HEP, activity modification, no injection today. Derm referral for the shins.
"""),
("2022-05-24", "Dermatology Consult", """
DERMATOLOGY CONSULT
65F on PD, insulin-treated DM. Bilateral pretibial plaques for years, L ulcer since April.

Bx 5/17/22, L shin plaque edge: palisading granulomas in layers with degenerated collagen, plasma
cells; von Kossa stain negative, no vascular calcification or thrombosis.
Dx: necrobiosis lipoidica with ulceration. Calciphylaxis: ruled out by this biopsy.
Plan: clobetasol 0.05% ointment to the active plaque edges twice daily, never on the ulcer
itself; hydrocolloid on the ulcer, changed every 3-4 days; tighter glucose control with her
endocrinologist. She can keep playing pickleball; padded knee-high socks to protect the shins.
Recheck 8 wks. Letter to PD unit: no need for sodium thiosulfate.
"""),
("2022-07-19", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
65F on CCPD.
Skin: necrobiosis lipoidica of shins under derm care, L ulcer almost healed. Calciphylaxis was
excluded on biopsy in May.
Labs: Ca 9.4 | PO4 5.5 | PTH 310 | Alb 3.5 | A1c 7.4
Meds: insulin degludec 30 u, aspart with meals, sevelamer, calcitriol 0.25
Wt 103.1 kg, BMI 37.6.
Plan: continue PD Rx (cycler x 4 overnight, icodextrin for the long dwell); binder unchanged;
back to pickleball doubles ok, with soft shin guards to protect the plaques. Diabetes educator referral
for insulin adjustment.
"""),
]}

A19 = {"patient_id": "A19", "age": 52, "sex": "M", "notes": [
("2025-04-08", "Pre-Participation Physical", """
PRE-PARTICIPATION PHYSICAL - Masters Touch Rugby (50+)

52 yo M, new to the league.
PMH: IgA nephropathy with CKD 3a (last eGFR 52); hypertension, losartan 50. Not diabetic. No
blood thinners.
FHx: older brother (on hemodialysis) - calciphylaxis, died 2021; father had CKD.
Pt asks whether contact sport is safe for his kidneys.
VS: BP 128/80, HR 62. Ht 183 cm, Wt 93.8 kg, BMI 28.0.
Exam: heart RRR, no murmur; lungs clear; full MSK screen normal; skin - no lesions.
Assessment: cleared for touch rugby. Hydration advice; avoid NSAIDs; keep nephrology follow-up.
"""),
("2025-09-16", "Nephrology Clinic Note", """
NEPHROLOGY - CKD CLINIC
52M, CKD 3a (IgA), not on dialysis. Plays touch rugby weekly, feels well.
Worried about his brother's calciphylaxis - asked whether it is hereditary. Explained
it occurs mostly in advanced kidney failure on dialysis and is not inherited as such; reviewed phosphate.
Exam: skin clear, no lesions.
Labs: Cr 1.52, eGFR 51 | UACR 410 | PTH 88 | PO4 3.8 | Ca 9.3 | K 4.6
BP 126/78. Wt 94.4 kg (BMI 28.2).
Plan: continue losartan, start dapagliflozin 10 mg, recheck 6 mo.
"""),
]}

A20 = {"patient_id": "A20", "age": 60, "sex": "F", "notes": [
("2026-02-10", "Athletic Trainer Consultation", """
ATHLETIC TRAINING - consult, Masters Volleyball (60+ indoor)

60 F outside hitter, recurrent R patellar tendon soreness after tournaments.
Hx: ESRD - dialysis at the Lakeview unit, MWF early shift; type 2 DM diet alone; HTN.
Exam: TTP inferior pole R patella, single-leg decline squat 4/10. Skin intact.
Recovery plan reviewed with team physician and her nephrologist: no ice baths, cold tubs or
frozen wraps, and no heat wraps, because in dialysis patients calciphylaxis is a recognised
hazard and skin cooling or heating might set it off. Use active recovery and load management
instead.
Tx: isometric wall sits 5 x 45 s, patellar strap trial deferred.
Plan: HSR program 2x/wk on non-HD days.
"""),
("2026-03-03", "Hemodialysis Unit Monthly Note", """
HD UNIT - monthly physician note
60F, ESRD (hypertensive), MWF, L BC AVF.
Skin check (unit protocol): skin intact, no lesion that suggests calciphylaxis.
Labs: Kt/V 1.48 | Ca 9.1 | PTH 290 | PO4 5.0 | Alb 3.9 | A1c 6.2 (no meds)
BMI 32.2, obese class I (86.0 kg).
Meds: sevelamer 800 with meals, amlodipine 10 daily, epoetin alfa at HD, iron sucrose monthly.
Access: strong thrill, no prolonged bleeding.
Plan: continue current prescription, EDW 84.5 kg; volleyball ok on non-dialysis days. Reviewed
her athletic trainer's recovery plan - agree with it.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
