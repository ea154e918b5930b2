"""probe146 corpus notes, B08-B14 (hepatology/GI and the clinics around them; all invented)."""

B08 = {"patient_id": "B08", "age": 52, "sex": "M", "notes": [
("2025-05-06", "Hepatology Clinic Note", """
HEPATOLOGY CLINIC   05/06/2025
52M NASH cirrhosis (Child A6, MELD 10), obesity class 2 with BMI 38.7, T2DM on metformin +
empagliflozin, CKD stage 3a (creat 1.4, eGFR 55) - not on dialysis.

MRI abd 4/29/25: new nonocclusive thrombus of the main portal vein (~40%), no LI-RADS 4/5
lesion. EGD 3/2025: small varices without red signs, on carvedilol 6.25 BID.

Discussed anticoagulation for the PVT (transplant candidacy, prevent extension).
Decision: enoxaparin 1 mg/kg (120 mg) SC q12h. Our RN gave dose #1 here this afternoon,
R lower abdomen; he wants every shot placed right of the navel, low, because the left
has his old umbilical hernia mesh scar. Bridge to warfarin in ~4 wks, INR goal 2-3.
Taught self-injection, teach-back done.

Vitals 134/82, HR 70. Exam: obese abdomen, no ascites, no edema, no asterixis.

RTC 6-8 wks, MRI in 3 mo.
"""),
("2025-06-24", "Hepatology Same-Day Visit", """
HEPATOLOGY RN TRIAGE / SAME-DAY VISIT
Pt phoned about a painful lump on his belly.

Story: since about mid-May he iced the right lower belly with a bag of frozen peas for
10 min before each enoxaparin shot "to numb it". Warfarin started 6/2/25; enoxaparin stopped
6/9/25 once INR 2.3. Ten days back a hard, very tender area appeared, right lower belly,
squarely in his
injection zone; it has since turned purple, darker centrally.
Quit the ice when it appeared.

Seen with Dr. Halloran: RLQ, 7x5cm firm plum-colored plaque, star-shaped dusky
middle, livedoid edge; several small needle-stick bruises inside it. Afebrile, not
fluctuant. INR 2.6; creat 1.5; calcium 9.3; phosphate 4.1.

Plan: derm tomorrow (Dr. Ferreira agreed to squeeze him in). Differential: calciphylaxis,
warfarin skin necrosis, or simply a large hematoma. Continue warfarin pending derm.
"""),
("2025-07-08", "Dermatology Clinic Note", """
DERMATOLOGY
Hx: 52M, NASH cirrhosis, PVT; enoxaparin SC 5/6-6/9/25 into the R lower abdomen, iced before
each injection; warfarin since 6/2/25. Lesion onset ~6/14/25.

Bx 6/25/25 (incisional, R lower abdomen): calcified walls in small to mid-sized hypodermal
vessels, microthrombi, fat necrosis. Not the diffuse dermal thrombosis pattern of warfarin
necrosis.

DX: non-uremic calciphylaxis, R lower abdominal wall, confined to the field where he both
injected enoxaparin and applied the cold pack.
Risk: obesity (BMI 38.2 today), warfarin, cirrhosis, diabetes. Kidney function CKD 3a.

Plan: stop warfarin -> apixaban (hepatology agrees); sodium thiosulfate by IV every
Mon/Wed/Fri in our infusion bay; wound RN; no SC injections or ice to that area; oral vitamin
K1.
"""),
]}

B09 = {"patient_id": "B09", "age": 66, "sex": "M", "notes": [
("2026-01-13", "IR - Paracentesis Procedure Note", """
INTERVENTIONAL RADIOLOGY - PARACENTESIS
Pt: 66M, EtOH cirrhosis, ESRD on HD (MWF), recurrent ascites; 9th large volume tap here.
Pre: INR 1.7, plt 74. Consent on chart. Time-out.
US: large pocket LLQ; RLQ with bowel adherent to the wall (as on every prior study).
Site: LLQ, same side as all prior taps. Local 1% lidocaine 8 mL, 6 Fr catheter.
Removed 7.2 L cloudy yellow fluid over 40 min. Albumin 25% 50 g given.
Specimens: cell count, culture bottles at bedside.
EBL minimal. No complications. Bandage to puncture site.
Post VS: BP 104/66, HR 82. Pt left with wife. Next appointment in 2 weeks, standing order
in place.
"""),
("2026-02-03", "Hepatology Clinic Note", """
HEPATOLOGY CLINIC
66M, alcohol cirrhosis (sober 3 yrs), Child C; ESRD with hemodialysis Mon/Wed/Fri; T2DM
(insulin).
LVP every 2 wks, all via the LLQ (last 1/27/26).

New problem: a sore, hard, purplish patch, R lower abdomen, x 2 wks; even his shirt
brushing it hurts. Insulin: glargine 18 u + aspart w/ meals, always injected left of the
umbilicus (right-handed, "easier to reach").

Exam: BMI 27.3. Moderate ascites. R lower abdomen, lateral to the rectus: 4x4cm
violet indurated plaque, livedo at its edge, dusky center. L abdominal wall:
lipohypertrophy and old puncture marks, no purpura.

Labs: PO4 6.9 / Ca 9.8 / PTH 780; alb 2.8, INR 1.7.

A/P:
1. R abdominal plaque, ESRD - concern for calciphylaxis. Derm consult, bx.
2. Ascites: continue q2wk LVP via LLQ.
3. DM: A1c 6.9.
"""),
("2026-02-17", "Dermatology Consult", """
DERMATOLOGY CONSULT
66M on HD, alcohol cirrhosis, insulin-treated DM. Painful R lower abdominal plaque since late
January.

Bx 2/5/26 (deep punch): calcific arteriolopathy in the hypodermis, thrombosed lumina, fat
necrosis nearby -> calciphylaxis.

Exam: RLQ plaque 5x4cm; eschar now forming in the middle. L abdomen (insulin and paracentesis
side): needle marks and lipohypertrophy, no purpura or induration.
Pt states no injections, taps, heat or injury have ever involved the right side.

Impression: calciphylaxis, R lower abdomen.
Plan: thiosulfate on dialysis days, swap binder, cinacalcet; keep insulin and taps on the left.
Wt 82.3 kg, BMI 27.0.
"""),
]}

B10 = {"patient_id": "B10", "age": 57, "sex": "F", "notes": [
("2021-08-24", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC
57F, autoimmune hepatitis cirrhosis (on prednisone 5 mg + azathioprine 50 mg), ESRD
(hypertensive), hemodialysis since 2019. Obese, BMI 33.0.

HPI: exquisitely painful plaque, outer L thigh, since early August, enlarging. Denies
injections, bumps, heat or any injury to that thigh.

Punch bx 8/19/21: arteriolar calcification in the subcutis, fibrin thrombi, necrotic fat;
calcium shown on von Kossa -> calciphylaxis.

Exam: L lateral thigh 7x5cm plaque, violet and retiform; central eschar measures 2 cm.
Right thigh, abdomen, legs clear.

Plan:
- sodium thiosulfate with HD (messaged Dr. Oyelaran)
- wound: hydrofiber + foam
- pain: acetaminophen, gabapentin 100 mg post-HD
- hepatology to consider steroid taper
"""),
("2021-09-21", "Emergency Department Note", """
ED NOTE   09/21/2021 02:40
57F w/ AIH cirrhosis, ESRD on HD, known calciphylaxis of the L thigh, brought by EMS. Husband
says she became confused over 2 days, and last night she rolled out of bed onto the
wooden floor, left side down.

Exam: GCS 14, asterixis. Large fresh ecchymosis over the L lateral thigh and hip,
12 x 9 cm, surrounding the dressed calciphylaxis wound; wound itself unchanged per husband.
No deformity, hip ROM painless.

Labs: NH3 98, Na 131, K 5.6, INR 1.6, WBC 6.1. XR L hip/femur: no fracture.

Impression: hepatic encephalopathy (missed lactulose), fall with L thigh contusion.
Plan: lactulose, rifaximin, admit; HD in AM; wound RN to check dressing.
"""),
("2021-10-05", "Hepatology Clinic Note", """
HEPATOLOGY CLINIC - post-discharge
57F AIH cirrhosis, Child B, ESRD on HD. Admitted 9/21-9/25 for HE after a fall.
Now oriented, lactulose 3x/day, rifaximin.

Skin: L lateral thigh calciphylaxis on STS since late August - eschar 2 x 2 cm, rim less
violaceous, pain 4/10. Bruise from the fall fading to yellow.

AIH: ALT 34, IgG 1450 - in remission. Prednisone tapered to 2.5 mg (calciphylaxis risk),
azathioprine continued.

Vitals: 118/70, BMI 32.6. No warfarin, no diabetes.

Plan: continue STS via HD, fall precautions at home, RTC 2 mo.
"""),
]}

B11 = {"patient_id": "B11", "age": 62, "sex": "M", "notes": [
("2020-02-11", "Liver Transplant Evaluation", """
LIVER TRANSPLANT EVALUATION - HEPATOLOGY
62M NASH cirrhosis, compensated (no ascites, no varices on EGD 1/2020, no HE), MELD 14.
ESRD (diabetic kidney disease), hemodialysis T/Th/Sat since 2018 via L arm AVF.
T2DM: A1c 7.1 on dulaglutide 1.5 mg weekly (he injects it into the back of an upper arm)
and linagliptin. Never used insulin. No warfarin history.

Exam: BP 148/88. Wt 139 kg, BMI 44.2 - severe obesity. Large pannus, intertrigo in the fold,
skin otherwise intact, no ulcers.

Candidacy: BMI > 40 a relative contraindication at our center. Referred to bariatric
program (sleeve gastrectomy possible at the time of or before transplant). Cardiac
workup: stress echo ordered. Social work done.

Discussed in committee next month. Kidney transplant listing to be coordinated (SLK).
"""),
("2020-03-10", "Wound Care / Dermatology Clinic", """
WOUND & DERMATOLOGY JOINT CLINIC
62M, ESRD on HD, NASH cirrhosis, DM2, BMI over 44.

HPI: painful dark patches across the lower pannus, present about 3 weeks, crusting black now.

Exam: lower pannus bilaterally, several retiform purpuric plaques 2-6 cm, largest on the
R lower pannus with central eschar 3 cm; L lower pannus 4 cm plaque with necrotic center.
Exquisitely tender. Nothing fluctuant; crepitus absent.

Procedure: two 4 mm punches (R and L plaque edges), hemostasis with Monsel's,
specimens to pathology (asked them to add calcium stains).

Imp: suspected calciphylaxis of the pannus vs necrotizing infection (no systemic signs).
Plan: await path; alginate + ABD pads; nephrology notified to review Ca/P.
"""),
("2020-03-31", "General Surgery - Wound Note", """
GENERAL SURGERY WOUND NOTE (bedside, HD unit day)
Path 3/13/20: calciphylaxis, both pannus biopsies (vascular calcification, thrombi, fat
necrosis).

Procedure today: bedside sharp debridement of the R lower pannus eschar to bleeding
subcutaneous tissue, 5 x 4 cm, lidocaine local; hemostasis with silver nitrate.
NPWT applied at -100 mmHg, changes MWF after HD. L pannus plaque left intact (dry eschar).
Cold packs over the dressing allowed for pain, 15 min at a time.

Thiosulfate 25g with every dialysis since 3/16. Cinacalcet started.
Vitals: 138/80, wt 137 kg, BMI 43.8.

Plan: weekly surgery review; nutrition consult; bariatric plan on hold.
"""),
]}

B12 = {"patient_id": "B12", "age": 48, "sex": "F", "notes": [
("2024-04-16", "Liver Transplant Evaluation", """
TRANSPLANT HEPATOLOGY EVALUATION
48F PSC (UC in remission on mesalamine) with cirrhosis, MELD-Na 24, recurrent cholangitis.
ESRD from IgA nephropathy, HD since 2022 -> evaluated for simultaneous liver-kidney.
No diabetes. Never anticoagulated.

Imaging: MRI 4/2/24 small partial thrombus in the R portal branch. Plan: repeat MRI in 6 wks;
if it extends we will start enoxaparin.

Skin: tender violaceous plaque on the inferolateral L breast, 3 cm, for 3-4 wks, with
central dusky patch. ?calciphylaxis - derm referral placed.

Vitals: BMI 29.5 (overweight). BP 128/76. Jaundiced.
Labs: Tbili 6.2, ALP 780, INR 1.6; Ca x P = 9.9 x 6.4; PTH 690.

Plan: complete SLK eval (cardiac, dental, psych); ERCP stent exchange as needed;
derm consult.
"""),
("2024-04-30", "Dermatology Consult", """
DERMATOLOGY CONSULT
48F on HD, PSC cirrhosis, SLK candidate.

L breast lesion x ~5 wks. She denies trauma, needles, heat or ice, and any underwire bra
pressing there; no prior breast procedures.

Bx 4/23/24 (punch, L breast lesion edge): calcified small vessels within breast fat,
thrombi, necrosis -> calciphylaxis.

Exam: L inferolateral breast 4x3cm necrotic plaque, retiform border. R breast normal.

Counseling: no heating pad, hot compress or ice on the area; if enoxaparin is started for the
portal
thrombus, injections should go into the thighs, away from the breast.

Plan: thiosulfate through dialysis; wound care; pain control; transplant team informed.
"""),
("2024-05-21", "Nephrology - HD Rounding Note", """
HD ROUNDS
48F ESRD (IgA), HD MWF by a right-sided tunneled catheter; PSC cirrhosis; calciphylaxis of
the L breast (bx 4/23/24).

Thiosulfate every run from 4/26; cinacalcet 60; sevelamer 3 tabs TID; 2.0 Ca bath.
Breast wound: eschar stable. Pain down to 5/10 (8/10 before). Dressing: silicone foam,
changed by her husband every 2 days.

Repeat MRI 5/14: portal branch thrombus unchanged - enoxaparin still NOT started (hepatology).
Would avoid warfarin if anticoagulation ever needed.

Pre-HD 122/70. Wt 78.6 kg, BMI 29.3. PTH 410, phosphate now at goal.
Plan: continue; SLK listing discussion next week.
"""),
]}

B13 = {"patient_id": "B13", "age": 69, "sex": "M", "notes": [
("2016-09-20", "Hepatology Clinic Note", """
HEPATOLOGY CLINIC
69M chronic HBV (HBeAg neg) with cirrhosis, Child A, on entecavir 0.5 mg after HD, DNA
undetectable. Diabetic ESRD, hemodialysis three days a week. T2DM: NPH insulin twice daily,
injects it around his belly button. Mechanical mitral valve (2004): warfarin; cardiology
wants his
INR held at 2.5-3.5.

Today: feeling ok. No bleeding, no confusion.
Exam: BMI 25.9. No ascites. Palmar erythema. Skin intact.
Labs: INR 3.0 (warfarin), alb 3.5, plt 98, AFP 4.
US 8/2016: nodular liver, no focal lesion.

A/P:
- HBV cirrhosis: continue entecavir, HCC surveillance US q6mo
- warfarin: keep in target per cardiology
- RTC 6 mo
"""),
("2016-11-08", "Nephrology - HD Rounding Note", """
HD ROUNDS - Castlereagh Dialysis
69M ESRD/DM, HBV cirrhosis, mech MVR on warfarin.

S: painful black spot on his left side since mid-October; now sleeps only on his back.
Wife noticed it first, thought it was a scab.
O: L flank, posterior to the midaxillary line, 3x2cm black eschar, purplish net-like
rim, TTP. Periumbilical insulin sites: lipohypertrophy only.
BP 140/72 pre, UF goal 2.5 L. Phosphate high at 7.0; PTH 520. Hgb 10.4.

A: ?calciphylaxis (ESRD, warfarin, high phos).
P: derm consult, stop calcium-based binder, lower dialysate Ca. Discussed with the
fellow; cardiology to be looped in early because of the valve.
"""),
("2016-11-22", "Dermatology Consult", """
DERMATOLOGY CONSULT
69M on HD, warfarin for mechanical valve, insulin-treated DM, HBV cirrhosis.

Bx 11/15/16 (punch, L flank): hypodermal arteriolar calcification, thrombosed lumens, fat
necrosis. This is calciphylaxis.

Exam: L flank plaque 4 x 3 cm, eschar, retiform purpura; lies lateral and posterior,
well away from his periumbilical insulin injection area, which shows no lesions.
No other lesions.

Impression: calciphylaxis, L flank.
Plan: STS with HD; warfarin cannot be stopped (mechanical mitral) - cardiology aware, target
lowest acceptable INR; vitamin K2 supplement discussed; wound care.
Wt 78.0 kg, BMI 25.4.
"""),
]}

B14 = {"patient_id": "B14", "age": 59, "sex": "F", "notes": [
("2022-03-08", "Inpatient Hepatology Consult", """
INPATIENT HEPATOLOGY CONSULT
59F alcohol cirrhosis, Child C, ESRD on HD (TTS), admitted 3/5 with SBP on ceftriaxone.

LVP 3/6 via LLQ, 5 L; since then persistent ascites leak from the puncture with macerated
skin and a 1 cm dark necrotic rim around the hole.
In addition, R forearm skin tear from tape removal when her peripheral IV was pulled 3/7.

Separately: painful purple net-like plaques, back of both calves, since early February,
now with dark centers. No remembered knock or injury to her legs, per patient and husband.

No diabetes (glucoses 90s-140s). No warfarin. BMI 23.1.

Recs:
- leak: ostomy bag over the site, consider purse-string suture
- forearm: nonadherent dressing, paper tape only
- calves: derm consult - concern for calciphylaxis
- continue ceftriaxone, albumin day 3
"""),
("2022-03-10", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT
59F, cirrhosis, ESRD on HD.

1) Bilateral posterior calves: retiform purpura with necrotic centers, 3-7 cm, very tender.
   Two deep punch biopsies taken (R and L calf). Favor calciphylaxis; path pending.
2) LLQ paracentesis leak site: irritant necrosis from continuous ascites leak and
   maceration - not calciphylaxis.
3) R forearm: tape-related skin tear, clean - not calciphylaxis.

Plan: await path; local care for 2 and 3 per nursing; no compression on the calves.
Discussed with hepatology: if confirmed, nephrology to begin thiosulfate and review
her binder and dialysate calcium.
"""),
("2022-03-24", "Wound Care Clinic", """
WOUND CARE - post-discharge
Path 3/14/22: both calf biopsies show calciphylaxis (calcified subcutaneous vessels,
thrombosis, fat necrosis).

Calves: R posterior calf 6x4cm eschar, L posterior calf 5x3cm eschar, periwound
livedo. Pain 7/10. Dressings: alginate, foam, light gauze wrap, no compression at all.
Seen with her sister, who does the dressings at home.
LLQ leak sealed after purse-string suture 3/11; skin healing, no necrosis now.
R forearm skin tear healed.

STS with HD since 3/15. Binder switched to lanthanum.
Vitals: BP 106/60, BMI 22.8.
RTC 1 wk.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
