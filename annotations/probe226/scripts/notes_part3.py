"""probe226 corpus notes, D15-D20 (adult day health centre and the clinics around it; all invented)."""

D15 = {"patient_id": "D15", "age": 61, "sex": "F", "notes": [
("2025-01-14", "ADHC RN Note", """
HARBOR LIGHTS ADULT DAY HEALTH -- RN 1/14/25
N.S., 61F. Lunch insulin (lispro 4-8u by scale) is given by the centre RN SC into the abdomen,
alternating sides, since she enrolled in Sept 2024.
Today: firm, tender violaceous nodule ~2.5cm, L lower abdomen, in one of the usual injection spots,
faint purple lacing around its edge. Pt says tender x 1 wk.
Insulin put in the R arm (upper, outer) today instead. Photo to chart.
PMH: renal failure on dialysis (Tu-Th-Sa; with us M/W/F), DM2, obesity, gout. No anticoagulants.
Wt 101.6kg, BMI 38.0.
Plan: centre NP to assess Thursday.
"""),
("2025-01-16", "ADHC Nurse Practitioner Visit", """
NP VISIT -- ADHC clinic room
Reason: L lower abdominal nodule at an insulin injection area.
Exam: 3cm indurated dusky nodule, livedoid edge, no fluctuance, no warmth, skin intact.
Labs from HD unit (1/10): phosphorus 6.9, calcium 9.6, PTH 780.
A: injection-site hematoma or lipohypertrophy vs early calciphylaxis (ESRD, high phos, obesity, insulin
site) -- cannot exclude the latter.
P: no insulin into the abdomen for now -- arms/thighs only (MAR updated); nephrology + derm referral
for possible biopsy; pt and daughter given warning signs (opening, black centre, severe pain).
"""),
("2025-02-11", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
N.S., 61F on HD. L abdominal nodule, ?early calciphylaxis. Derm offered punch bx on 2/4 -- pt declined
("no more needles in my stomach"). Nodule same size today, a little less tender, no ulceration.
Plan: tighten phosphate -- calcium acetate -> sevelamer 1600 tid; no STS for now; recheck in 4 wks;
re-offer biopsy if it opens or spreads.
Social: relocating end of Feb -- moving in with daughter, Ohio; records sent; leaving the day
program 2/28 and transferring HD to a unit near the daughter.
Wt 100.4kg, BMI 37.6.
"""),
]}

D16 = {"patient_id": "D16", "age": 83, "sex": "M", "notes": [
("2020-01-21", "ADHC Nursing Note", """
BAYVIEW ADHC -- nursing 1/21/20
F.O., 83M. Uses the centre's wheelchair w/ elevating leg rests + calf pads for transport and activities
since summer 2019 (can't bend L knee fully after old fracture).
Aide found a blackened area behind his L calf, exactly under the padded calf support.
Exam: L posterior calf -- 2x2cm dry black eschar, hard violaceous rim, very painful to touch.
Calf pad re-covered with foam; leg rest lowered.
PMH: ESRD/HD; DM2 on linagliptin (never insulin); PAD; moderate dementia. Wt 64kg, BMI 22.0.
Plan: notify HD unit + PCP; wound clinic referral.
"""),
("2020-01-29", "Wound Clinic Consult", """
WOUND CONSULT
L posterior calf eschar 2.5cm with surrounding induration and livedo. ABI L 0.6, R 0.8.
Impression: unstageable pressure injury from the leg rest, or arterial ulcer, or calciphylaxis --
clinically I cannot separate these. Bx not advised with this perfusion.
Plan: offload (no calf pad, pillow under thigh), povidone-iodine paint daily, keep eschar dry and
stable; vascular referral; nephrology may consider STS if calciphylaxis remains a concern.
Son came along; goals-of-care talk begun -- he wants comfort first. Day centre asked to keep
the calf free of the pad and to look at both heels each visit.
"""),
("2020-02-18", "ADHC Discharge Summary", """
ADHC DISCHARGE SUMMARY -- F.O.
Participant stopped HD on 2/10 after family meeting and enrolled in home hospice. Last program day 2/14.
L calf wound: unchanged, dry eschar; labelled "possible calciphylaxis vs pressure ulcer" by the wound
team, never biopsied. Vascular surgery: not a candidate.
Weight at last visit 62.5kg, BMI 21.5.
Belongings returned to son; hospice RN given our skin-care notes.
Staff said goodbye at the Valentine's social -- he enjoyed the music.
Attended 2 days/wk from March 2018. Van pickups cancelled from 2/17.
"""),
]}

D17 = {"patient_id": "D17", "age": 55, "sex": "F", "notes": [
("2025-01-22", "Hospital Discharge Summary", """
DISCHARGE SUMMARY -- Eastgate Medical Center
Admitted 1/17/25, discharged 1/21/25. 55F; kidney failure on PD; AF (warfarin); no diabetes.
Reason: PD peritonitis (coag-neg staph), treated w/ IP vancomycin, resolved.
Course: a PIV sited in the R forearm 1/17 infiltrated 1/18 during the vancomycin load:
R forearm swollen + sore, IV removed and limb raised; pharmacy advised against warm compresses.
INR peaked 3.4 on antibiotics, warfarin held x 1 day then resumed.
Discharge: IP vanc to finish 1/31 at home, warfarin 4mg, PD as before. BMI 26.3.
Follow-up: PD clinic in a week; PCP.
"""),
("2025-02-18", "ADHC RN Note", """
Greenleaf Adult Day Program -- RN note 2/18/25
C.V., 55F. Shows RN her R forearm: at the old hospital IV spot there's now a hard, purple, painful
patch, since early Feb.
Exam: R volar forearm, middle third -- indurated violaceous plaque 4x3cm, faint livedo at its rim;
small grey centre, skin intact. Fingers warm, radial pulse good.
T 98.3, BP 130/78.
Plan: message PD nurse + PCP; derm referral placed; avoid BP cuff on R arm.
Ate all of lunch. Home PD exchanges going fine, bags clear per pt.
Husband aware.
"""),
("2025-03-11", "Dermatology Consult", """
DERMATOLOGY CONSULT
55F on PD, on warfarin, with a R forearm plaque at a prior IV infiltration site (1/18/25).
Exam: firm violaceous plaque 4.5x3cm, livedoid border, central 6mm grey-black patch.
Punch bx 3/4: fat necrosis; no calcium seen in vessel walls; no vasculitis -- nondiagnostic, sample
shallow.
Impression: extravasation injury, superficial thrombophlebitis, or possibly calciphylaxis; cannot
exclude it given PD + warfarin.
Plan: deeper incisional bx offered -- she prefers to wait 4 wks; discuss warfarin alternatives with
cardiology; petrolatum dressing; return sooner if it breaks down.
"""),
]}

D18 = {"patient_id": "D18", "age": 67, "sex": "M", "notes": [
("2022-10-18", "ADHC RN Note", """
Lakeview Adult Day Health -- RN 10/18/22
G.R., 67M. Two sores on the shins. He banged both shins on the low coffee table in the lounge
during early Oct (staff recall 10/4); small scrapes then, now bigger.
Exam: R shin 2x2cm and L shin 3x2cm ulcers with purple undermined edges, boggy, very painful.
On HD Tu/Th/Sa -- RN worried about calciphylaxis, r/o.
DM2 -- insulin stopped in 2020, on linagliptin alone since. No warfarin.
Wt 97kg, BMI 31.3.
Plan: coffee table moved, edge guard on order; call nephrology + PCP; light dressings.
"""),
("2022-11-01", "Dermatology Consult", """
DERMATOLOGY CONSULT
G.R., 67M, HD. Bilateral shin ulcers after minor bumps in early Oct, enlarging fast.
Exam: R 3x2.5cm and L 4x3cm ulcers -- violaceous, undermined, overhanging borders; purulent base;
no retiform purpura or eschar.
Bx 10/25 (L ulcer edge): dense dermal neutrophils; von Kossa shows no calcified vessels; no vasculitis.
Impression: pyoderma gangrenosum with pathergy. Calciphylaxis excluded.
Plan: prednisone 40mg daily (endocrine aware re glucose), clobetasol to the ulcer rims, no sharp
debridement. RTC 3 wks.
Pathergy explained to pt + sister: even small knocks or needle sticks can worsen these; letter
to his day centre.
"""),
("2022-11-29", "ADHC RN Note", """
RN note 11/29/22
G.R. back from Thanksgiving wk. Shin ulcers clearly smaller: R 1.5x1cm, L 2.5x2cm, pink base,
edges flatter. Pain 2/10.
Prednisone now 30mg, BG higher after lunch (248) -- derm and PCP aware, oral agent adjusted.
Coffee table gone; new edge guards on the lounge tables.
Weighed 98.5kg -> BMI 30.9.
Activities: back in the card group, joking with staff.
Dressings: nonadherent pad + rolled gauze, sister changes daily, centre RN checks Tue/Thu.
Steroid taper per derm; next derm visit 12/13.
"""),
]}

D19 = {"patient_id": "D19", "age": 72, "sex": "F", "notes": [
("2023-04-11", "ADHC Social Work Note", """
SOCIAL WORK -- Sandpiper Adult Day Centre
P.L., 72F, tearful after the kidney education group. Her younger sister died last year with
calciphylaxis while on dialysis, and P.L. fears "the same thing".
P.L. has CKD stage 4, is not on dialysis; nephrology following. DM2 on glargine at bedtime.
Reviewed what she can control: BP, sugars, keeping phosphorus down, keeping her nephrology visits.
Offered grief support group (Thurs 1 pm). She accepted.
Asked RN to look at her legs when convenient -- she is worried about any spots.
"""),
("2023-05-02", "Nephrology CKD Clinic", """
NEPHROLOGY -- CKD CLINIC
P.L., 72F, CKD 4 (eGFR 21), diabetic kidney disease; no dialysis yet, RRT options discussed.
Family hx: sister had calciphylaxis on HD, died 2022.
She asked me to check her skin: legs, thighs, belly and buttocks all clear -- no mottling, no lumps,
no sores. Calciphylaxis not present.
Labs: calcium 9.2, phos 4.6, PTH 140, A1c 7.6.
Meds: glargine 22u hs; lispro before meals if needed; amlodipine, furosemide. No warfarin.
Weight 70kg, BMI 27.0. RTC 3 mo.
"""),
]}

D20 = {"patient_id": "D20", "age": 60, "sex": "M", "notes": [
("2024-11-05", "ADHC Health Education Group Note", """
HEALTH EDUCATION GROUP -- "Kidney Wise" talk, 11/5/24, 10:30-11:15, led by RN
J.B., 60M, on HD (Mon/Wed/Fri), attended with 7 others.
Topics: fluid limits, phosphate binders with meals, foot checks, and calciphylaxis -- a rare, painful
skin problem seen more often in people on dialysis. Advice given: skip the electric pad, the
bottle of hot water, and the freezer pack -- skin shouldn't meet any of them;
report any painful purple spot to staff promptly.
J.B. asked good questions, took the handout.
His hx per chart: not diabetic; warfarin for a clot 2017-2019, stopped.
"""),
("2024-12-03", "ADHC RN Check", """
RN CHECK 12/3/24
J.B. requested a skin check after the group talk last month.
Exam: abdomen, thighs, calves, buttocks, arms -- intact everywhere; no mottled or lacy areas, no lumps,
no open spots. Calciphylaxis: none seen. Reassured.
VS 134/78, P 72. Wt 79.4kg, BMI 25.2.
Fistula L arm, good thrill.
Reinforced binder with meals; he brings snacks from home -- reviewed labels with him.
Next HD Wednesday; says his unit nurse told him his phosphorus has been "in the fives". Mood good,
enjoying the chess table with two other men.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
