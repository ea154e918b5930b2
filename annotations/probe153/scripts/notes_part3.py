"""probe153 corpus notes, C15-C20 (rural critical-access hospital, outreach clinics and the
tertiary centre they transfer to; every person, place and sentence invented)."""

C15 = {"patient_id": "C15", "age": 61, "sex": "F", "notes": [
("2019-06-11", "Rural Health Clinic Visit", """
DUNLAVY RURAL HEALTH CLINIC - D. Haile-Lund FNP
S: 61F, DM2 on insulin (NPH 40 u bid + regular w/ meals, all into the lower
abdomen), stage IV CKD (GFR 19 by CKD-EPI, fistula planned, dialysis not started), HTN, obesity.
Painful hard lumps in the lower belly, her insulin area, x ~3 wks. One is
turning purple.
O: BP 152/88 HR 80. Wt 94.6 kg, BMI 35.4.
Lower abdomen, on either side of the navel: several firm subcutaneous nodules 2-4 cm,
two w/ violaceous overlying skin and a faint net pattern; no ulcer, no warmth.
Lipohypertrophy at the injection zone too.
Labs: Cr 2.9; Ca/P/PTH 9.5/5.4/310; A1c 8.6
Plan: Painful nodules at injection sites - lipohypertrophy w/ fat necrosis, a
panniculitis, or early calciphylaxis (CKD 4). Tele-derm e-consult sent. Rotate to thighs
meanwhile.
"""),
("2019-06-25", "Teledermatology E-Consult", """
WESTMARCH TELEDERMATOLOGY E-CONSULT (store-and-forward, photos from Dunlavy RHC)
Reviewed 6 photos + referring note. 61F, CKD 4 not yet dialyzing, DM2 using insulin.
Images: lower abdominal violaceous nodules/plaques w/ subtle reticulate pattern over
areas of obvious lipohypertrophy. No ulceration or eschar visible in any image.
Assessment: differential includes injection-related fat necrosis, lobular panniculitis,
and early calciphylaxis; the last of these can't be excluded even off dialysis.
Recs: deep incisional biopsy (not shave) of a violaceous nodule, send for H&E and a
von Kossa stain; rotate insulin away from the abdomen; check Ca/Phos/PTH. Happy to see
in person at Westmarch if bx unclear.
"""),
("2019-08-06", "Rural Health Clinic Visit", """
DUNLAVY RHC -- follow-up
Punch bx (6 mm) done here 7/2: lobular fat necrosis w/ lipomembranous change, no
vascular calcification seen; pathologist comments the specimen may be too shallow to
rule calciphylaxis out. Deeper incisional bx offered at Westmarch - pt declined.
S: Lumps less painful since injecting in thighs. Moving next month to her son's in
another state; records to be sent, no local f/u planned.
O: Wt 93.9 kg, BMI 35.2. Abdomen: nodules smaller, purple faded, no ulcer.
Plan: abdominal nodules - calciphylaxis still not excluded, never confirmed. Gave copies
of path + e-consult. Nephrology referral to follow in new town.
"""),
]}

C16 = {"patient_id": "C16", "age": 79, "sex": "M", "notes": [
("2024-09-03", "CAH ED Provider Note", """
QCMH ED - A. Benavidez-Hart MD
CC: arm laceration
79M fixing fence this PM, barbed wire tore his R forearm. On warfarin for AF, HD MWF.
Drove himself in, towel wrapped around it.
VS: BP 128/70 HR 72 irreg. INR 2.5. Wt 67 kg, BMI 22.1.
Exam: R dorsal forearm: 7cm flap-type skin tear, flap pink and viable, oozing. No tendon
involvement, full finger extension.
Tx: irrigated, flap laid back, steri-strips + nonadherent dressing (no sutures, thin skin).
Tdap given IM L deltoid (last 2011).
Imp/Plan: skin tear R forearm. Wound check at dialysis Fri. Keep warfarin. Return for
spreading redness or fever.
"""),
("2024-10-01", "Nephrology Outreach Rounds - Satellite Dialysis", """
OSTRANDER FLATS DIALYSIS - MONTHLY ROUNDS
79M, dialyzes Mon/Wed/Fri by a L arm graft; AF - warfarin; not diabetic.
R forearm wound from barbed wire (9/3) not healing: flap died off, now 5x4cm black
eschar w/ purple netlike edge spreading past the original tear, very painful.
Labs Ca/P/PTH/Alb 9.9/7.1/760/2.9; INR 3.0
Impression: nonhealing necrotic ulcer - a traumatic ulcer healing poorly on
anticoag vs warfarin necrosis vs calciphylaxis; cannot exclude calciphylaxis.
Pt declines biopsy and declines trip to Westmarh: "I'm 79, I'm not driving 3 hrs for
a scab." Wife agrees. Local wound care, switch warfarin -> apixaban offered, he'll think.
"""),
("2024-11-12", "CAH Swing Bed Discharge Summary - Hospice", """
QCMH SWING BED DISCHARGE SUMMARY (J. Soderquist PA-C)
79M, kidney failure on HD, AF on warfarin, admitted 10/29 for FTT. After family meeting
he elected to stop dialysis; last HD 11/8. Discharged home w/ county hospice 11/12.
R forearm: eschar 5x4cm unchanged, dry. Never biopsied - traumatic ulcer in a man on
anticoagulation vs possible calciphylaxis; diagnosis not established and not pursued
per goals of care. Warfarin stopped 11/8.
Meds at d/c: morphine soln 5 mg SL q2h prn, lorazepam 0.5 prn, glyco prn.
BMI 21.6. Code status DNR/DNI, POLST completed. Wife + 2 sons at bedside.
"""),
]}

C17 = {"patient_id": "C17", "age": 55, "sex": "M", "notes": [
("2022-02-14", "CAH ED Provider Note / Transfer", """
QCMH ED - I. Tollefsrud MD (solo)
55M, home cycler PD, DM2 on insulin, obese - BMI 31.5. Brought by wife: 3 days of
cough, rigors, confused since AM.
VS: T 39.6 HR 128 BP 78/40 RR 30 SpO2 86% RA.
Exam: RLL crackles. Skin: new dusky retiform purpura over both buttocks and posterior
thighs, cool mottled knees. Effluent clear, catheter exit OK.
Labs: WBC 23, plt 41, INR 2.1, fibrinogen 110, lactate 6.8; Ca/P 8.4/8.9
Imp/Plan: septic shock, pneumonia. Retiform purpura - purpura fulminans/DIC vs
calciphylaxis vs embolic. 3 L NS, vanc/cefepime, norepi via R IJ CVC placed here.
Fixed-wing to Westmarch MICU, accepted, wheels up 19:40.
"""),
("2022-02-20", "Tertiary ICU Dermatology Consult", """
WESTMARCH MICU - DERMATOLOGY CONSULT
55M w/ strep pneumoniae septic shock, DIC; PD on hold, temporary CRRT via femoral cath.
Asked to see skin changes present since arrival from Quillback County.
Skin: retiform purpura of buttocks and posterior thighs, a few flaccid bullae, no eschar.
Mucosa spared. Digits warm now off high-dose pressors.
Assessment: favor purpura fulminans in DIC; calciphylaxis not excluded given ESRD, high
phosphate and distribution in fatty areas. Biopsy deferred - plt 28, on pressors.
Recs: local wound care (petrolatum gauze, no adhesive), reassess when stable; bx if
lesions fail to resolve over 2-3 wks. Will follow.
"""),
("2022-04-05", "CAH Clinic Follow-up", """
QCMH CLINIC - I. Tollefsrud MD
55M back home after 5 wks at Westmarch (MICU then floor). Back on his cycler since 3/22,
PD catheter kept. Derm never biopsied - by discharge the purpura was fading.
Skin today: buttocks + posterior thighs w/ faint brown reticulate staining, two shallow
healed scars, no active ulcer. Wt 96 kg, BMI 31.1.
Plan: retiform purpura resolved; cause never settled (purpura fulminans likely,
calciphylaxis possible, not proven). No further workup unless recurs. PD f/u Merrow
Springs next wk. Insulin glargine 20 u.
"""),
]}

C18 = {"patient_id": "C18", "age": 71, "sex": "M", "notes": [
("2023-05-16", "CAH Clinic Visit", """
QCMH CLINIC - J. Soderquist PA-C
S: 71M, HD TTS, DM2 (linagliptin), CAD. Cardiac cath at Westmarch 5/4 via
R femoral (2 DES to LAD). Since ~5/8 purple painful toes, both feet, and a lacy rash
across the soles.
O: BP 160/90. Weight 85, BMI 28.0. Femoral site heeled, no bruit.
Feet: blue-violet 2nd-5th toes bilaterally, livedo on soles + lateral feet, 2 mm black
spot L 4th toe tip. DP pulses palpable.
Labs: eos 9% (baseline 2%); Ca/P 9.4/6.0
Plan: ?calciphylaxis vs cholesterol emboli after the cath (the latter favored -
eosinophilia, timing, pulses present). Derm Westmarch for bx.
"""),
("2023-05-25", "Tertiary Dermatology Consult", """
WUMC DERMATOLOGY
71M on HD, blue toes + livedo of both feet starting 4 days after a cardiac cath.
Exam: livedo racemosa lateral feet + soles, cyanotic toes, tiny eschar L 4th toe.
Thighs, abdomen and buttocks clear. Pulses present.
Bx L lateral foot (deep punch): needle-shaped clefts where cholesterol crystals sat,
plugging dermal arterioles; calcium stains (von Kossa) blank throughout - arteriolar walls clean, fat too.
IMP: atheroembolic (cholesterol) disease of the feet. Calciphylaxis ruled out.
Plan: high-intensity statin, avoid escalating anticoagulation or thrombolytics, foot
care, podiatry, warm socks; return if new ulcers or rising creatinine-independent
symptoms (abd pain, vision change).
"""),
("2023-07-11", "Nephrology Outreach Rounds - Satellite Dialysis", """
SATELLITE DIALYSIS ROUNDS - nephrology outreach
71M, in-center HD TTS. Atheroemboli to both feet after the May cath, proven on bx;
calciphylaxis was excluded on the same biopsy. Toes pinker, L 4th toe eschar dry +
shrinking. No new skin lesions elsewhere.
Eos 5%. Residual urine output gone since cath. K and HCO3 in range.
Wt 84.2 kg, BMI 27.8. BP 148/84.
Plan: atorvastatin 80, clopidogrel per cards; podiatry q 6 wks; no change to Rx.
Cardiology telehealth f/u in Aug; pt asks to avoid another trip unless needed.
"""),
]}

C19 = {"patient_id": "C19", "age": 45, "sex": "F", "notes": [
("2026-02-10", "Rural Health Clinic Visit", """
DUNLAVY RURAL HEALTH CLINIC - M. Quist PA-C
S: 45F, type 1 diabetic on an insulin pump (since 2014), CKD 3a w/ eGFR 52, HTN.
Here because her older sister (a dialysis pt) died in 2019 of calciphylaxis,
and pt is afraid she will get it too. No skin pain, no lumps, no color changes.
O: BP 128/78. Wt 80 kg, BMI 29.8 (overweight). Full skin exam of abdomen, thighs,
buttocks, legs: normal; pump site R flank clean.
Labs: Cr 1.3; Ca/P/PTH 9.3/3.9/62; A1c 7.1
Plan: family hx of calciphylaxis in sister. Her risk now is low (CKD 3a, normal phos).
Referred to outreach nephrology for CKD plan. Reassured.
"""),
("2026-03-24", "Outreach Nephrology Clinic", """
MERROW SPRINGS OUTREACH - NEPHROLOGY (telehealth cart, RN on site)
45F, CKD 3a from diabetic kidney disease, T1DM on pump, UACR 210 mg/g, eGFR 51.
Her sister's death from calciphylaxis happened on HD. Pt's skin: no lesions today, nothing to
suggest calciphylaxis. Not obese, BMI 29.8 last visit. BP 124/76 today.
Discussed that her own kidneys are working well enough that she is far from the
situation her sister was in; keeping phosphate normal matters.
Plan: start SGLT2 inhibitor (empagliflozin 10), continue lisinopril 20, phos/PTH every
6 mo, diet review w/ RD by video. RTC 6 mo or sooner w/ any painful skin change.
"""),
]}

C20 = {"patient_id": "C20", "age": 66, "sex": "M", "notes": [
("2016-05-10", "Nephrology Outreach Rounds - Satellite Dialysis", """
OSTRANDER FLATS DIALYSIS - QUARTERLY CARE PLAN MEETING
66M, in-center HD 3x wkly x 2 yrs via L FA fistula. HTN, prediabetes w/ A1c 6.1 on
diet alone, gout.
Wt 104 kg, BMI 32.4. BP 150/84.
Labs Ca/P/PTH 9.9/7.8/940 - CKD-MBD poorly controlled, misses binders.
Counselling: explained why phos matters - risk of vascular calcification and, rarely,
calciphylaxis (painful skin ulcers) in dialysis pts. Told to avoid heating pads on the
skin and to report any painful purple skin spot right away. Skin exam normal.
Plan: sevelamer w/ snacks too, RD visit, cinacalcet 30 start.
"""),
("2016-10-18", "CAH Clinic Visit", """
QCMH CLINIC - I. Tollefsrud MD
66M on HD, seen for gout flare L great toe (resolved w/ prednisone burst) + flu shot.
Influenza vaccine IM L deltoid today.
Skin: no ulcers, no plaques, no discoloration on trunk or legs. Fistula site fine.
Wt 103 kg, BMI 32.1. Prediabetic - A1c 6.0, no meds, diet talk again.
Phos 6.2, better since he started taking sevelamer with snacks.
Plan: gout controlled - allopurinol 100 daily, recheck uric acid at unit next month.
No evidence of calciphylaxis. Colon screening FIT kit given. RTC 6 mo.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
