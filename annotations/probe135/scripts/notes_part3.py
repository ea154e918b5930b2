"""probe135 corpus notes, X15-X20 (outpatient HD unit, vascular access center and the clinics
around them; every person, place and sentence invented)."""

X15 = {"patient_id": "X15", "age": 70, "sex": "M", "notes": [
("2026-01-13", "Vascular Access Center Consult", """
VASCULAR ACCESS CENTER - NEW PATIENT CONSULT
Tamsworth Access & Vein Center

Referred by Dr. Quist (nephrology) for permanent access planning.
70M with CKD stage 4 from diabetic and hypertensive kidney disease, eGFR 16 and falling
~4/yr, NOT yet on dialysis; RRT education done, he would choose in-center HD when the time
comes.
PMH: DM2 treated with linagliptin only, no insulin; AF, warfarin since 2019; obesity, CAD
s/p PCI 2017.
Right-handed.
Exam: BP 148/82, HR 70 irreg. Wt 104 kg, ht 1.80 m, BMI 32.2. Allen test normal both hands.
Skin of arms and legs intact.
Vein mapping today: L cephalic 2.9 mm at wrist, 3.6 mm at forearm mid, compressible, no
thrombus; L radial artery 2.4 mm, triphasic.
Plan: L radiocephalic AVF under regional block, scheduled 3/4/26; hold warfarin 5 days pre-op,
no bridging per cardiology. Protect L arm veins: no IVs or draws on the left.
- D. Arkwright, MD
"""),
("2026-02-09", "Primary Care Visit", """
Ashby Lane Family Medicine - office visit
Chief concern: painful R shin

70 yo M with CKD 4 (pre-dialysis, fistula surgery planned March), DM2, AF on warfarin.
On 1/30 he hit his right shin against the door frame getting into his truck; small bruise
at first. About 6 days ago the area became hard, purple and extremely painful, and has
developed a
dark middle. No fever.
Exam: T 36.8, BP 152/84. R anterior mid-shin: purpuric indurated patch 4x3.5cm with stellate
net-like margin and 1 cm black center, very tender. No warmth tracking, no fluctuance. L leg
normal. Pedal pulses 1+.
INR 2.7. Cr 3.9. Ca 9.8, phos 5.9.
A/P: painful purpuric lesion R shin after minor trauma - hematoma with overlying skin necrosis,
warfarin-related necrosis, or calciphylaxis (he has CKD + warfarin). Derm referral urgent; keep
clean/dry, nonadherent dressing. Informed nephrology.
- P. Ellingham, MD
"""),
("2026-02-19", "Dermatology Consult", """
DERMATOLOGY - Tamsworth Dermatology Associates
70M, CKD 4 not on dialysis, warfarin x 7 yrs for AF, DM2, obesity (BMI 32).
R anterior shin lesion since early Feb, which appeared days after the truck door injury.
Exam: retiform purpura 5x4cm, eschar centrally, and faint livedo proximally; tender.
Assessment: differential includes calciphylaxis (non-dialysis CKD on warfarin - cannot be
excluded), a traumatic hematoma with overlying necrosis, and warfarin-associated necrosis.
A deep incisional biopsy is needed to decide; discussed risks (poor healing on the shin) and
benefits. Pt declines biopsy today. Next week he relocates to Arizona, to his daughter's house,
and will establish with new nephrology and dermatology there.
Plan: records and photos sent; wound care instructions; advised nephrology there to review
warfarin and phosphorus promptly. Fistula surgery here cancelled by pt.
- M. Veretennikov, MD
"""),
]}

X16 = {"patient_id": "X16", "age": 62, "sex": "F", "notes": [
("2022-05-09", "Nephrology Rounding Note", """
Nephrology rounding note - Brookhollow Dialysis (TTS 3rd shift)
62F, ESRD (DKD), dialyzing since 2020 through a R IJ TDC (L arm AVF maturing, created 3/22).
DM2 on insulin - injects NPH and regular into the L lower belly, says it is "the one area that
never bruises".
S: painful lumps in the L lower abdomen x 3 wks.
O: BP 136/80. Post wt 121.6 kg, BMI 47.5. L lower abdominal pannus: two 2-3 cm tender
subcutaneous nodules, overlying dusky violet skin, faint livedo; skin unbroken, no eschar.
Other injection areas with mild lipohypertrophy.
Labs: PTH 780 | P 6.4 | Ca 9.3 | alb 3.2.
A: tender nodules at insulin sites - lipohypertrophy with fat necrosis vs insulin-site
panniculitis; r/o early calciphylaxis.
P: derm biopsy; insulin to be injected in the upper arms instead for now; switch calcium
acetate to
sucroferric oxyhydroxide.
- J. Prewitt, MD
"""),
("2022-05-24", "Dermatology Consult", """
Dermatology consult - Brookhollow Medical
Biopsy 5/16 (4 mm punch, L lower abdomen): dermis with mild perivascular inflammation; the
specimen contains very little subcutaneous fat; no calcified vessels seen; von Kossa
negative in the small amount sampled. Nondiagnostic for the question asked.
Exam today: nodules unchanged, one now with 0.5 cm central duskiness. Pain 6/10.
Assessment: cannot exclude calciphylaxis - the sample was too superficial. Other
considerations: insulin-site fat necrosis, sclerosing panniculitis.
Plan: deep incisional (ellipse) biopsy into fat, scheduled 6/7 in procedure clinic.
Meanwhile nephrology may start sodium thiosulfate empirically for possible calciphylaxis.
- R. Castellanos, MD
"""),
("2022-06-13", "Dialysis Social Work Transfer Note", """
Brookhollow Dialysis - Social Work / Transfer Summary
Pt was admitted to an outside hospital 5/30-6/9 with pneumonia and missed her 6/7 biopsy
appointment. On discharge she moved in with her son in Oregon and will dialyze at a unit near
his home from 6/15 (transient -> permanent transfer). Accepting facility notified; packet faxed:
treatment sheets, last 3 months labs, med list, hep B status, access info.
Open issues sent with the packet: L lower abdominal nodules, biopsy nondiagnostic, deep biopsy
never done; sodium thiosulfate was started 5/26 for possible calciphylaxis - diagnosis not
established, to be completed by new team.
Pt's mood: "tired but glad to be near family". Transportation arranged by son.
Medicare + Medigap, no coverage gap expected.
- T. Greaves, MSW
"""),
]}

X17 = {"patient_id": "X17", "age": 78, "sex": "M", "notes": [
("2020-08-11", "Endovascular Procedure Note", """
OUTPATIENT ENDOVASCULAR LAB - PROCEDURE NOTE
Tamsworth Access & Vein Center

Pt: 78M, ESRD, HD MWF (L BC AVF), type 2 DM using insulin, PAD with L calf claudication and a
nonhealing L 2nd toe tip after nail trim.
Procedure: abdominal aortogram with bilateral runoff; L superficial femoral artery
angioplasty (5 x 120 mm balloon) via R common femoral artery access, 6 Fr sheath.
Findings: diffuse calcified aorta, heavy calcification of both SFAs; L SFA 90% mid
stenosis -> <20% residual. Two-vessel runoff on the L.
Contrast: 45 mL (HD tomorrow). Closure: Angio-Seal, R groin. No hematoma.
Post: bedrest 2 h, groin soft, DP signal present bilaterally.
Plan: aspirin + clopidogrel x 3 months, statin, home today, groin check at HD Wed.
- R. Nakagawa, MD
"""),
("2020-08-31", "Nephrology Rounding Note", """
Nephrology rounds - Sallow Creek Dialysis (MWF)
78M, hemodialysis, insulin-using DM2, PAD - L SFA balloon angioplasty 8/11.
S: burning pain in both lower legs and feet for ~10 days; feet "look blotchy".
O: BP 128/66, wt 72.3 kg, BMI 25.8. Livedo racemosa both calves and dorsal feet, L > R; blue
discoloration of L 3rd-5th toes; two tender 1-2 cm subcutaneous nodules on the posterior R
calf, dusky overlying skin, no ulceration. R groin site healed.
Labs: eos 9% (AEC 780), Ca 9.0, P 6.1, PTH 410, ESR 58.
A: post-procedure livedo with blue toes - atheroembolic disease favored; concern for early
calciphylaxis at the calf nodules cannot be dismissed.
P: derm for biopsy of a calf nodule; pain control; statin continued; discuss goals of care
with family.
- V. Ostrander, MD
"""),
("2020-09-21", "Palliative Care / Social Work Note", """
PALLIATIVE CARE CONSULT - joint visit with dialysis social work, Sallow Creek Dialysis
Pt and daughters met with team chairside and in the family room.
Illness understanding: knows his legs and toes are "losing circulation". Pain 7/10 despite
hydromorphone. Skin biopsy offered twice - pt declines ("no more cutting"). Cause of the leg
and foot changes remains uncertain: cholesterol emboli vs possible calciphylaxis; team agrees
further testing would not change his choices.
Goals: pt wishes to stop dialysis after his son arrives Friday and to enroll in home hospice.
Capacity intact. Last planned HD 9/25.
Plan: hospice referral sent; insulin to be simplified to basal only; stop binders and
statin; comfort meds; chaplain visit; MOLST completed (DNR/DNI, no rehospitalization).
- E. Rosenqvist, MD (palliative) / A. Dunmore, LCSW
"""),
]}

X18 = {"patient_id": "X18", "age": 55, "sex": "F", "notes": [
("2017-07-24", "Nephrology Rounding Note", """
Nephrology note - Fairhaven Kidney Center HD unit (TTS)
55F, ESRD (polycystic), HD via R UA AVF, obesity (BMI 34.9). No diabetes.
Warfarin started 7/12 for a new L popliteal DVT (loading 10 mg x2 days, no heparin overlap
given at the outside urgent care).
S: intensely painful purple area of the L anterior thigh x 2 days, now turning dark.
O: BP 140/82. L anterior thigh: sharply bordered purpuric plaque 9x7cm with central
hemorrhagic bulla and early black necrosis, surrounding erythema. INR 4.1.
Labs: PTH 590, Ca 9.4, P 6.5.
A: necrotic thigh plaque 12 days after starting warfarin - skin necrosis from warfarin
(protein C drop) vs ?calciphylaxis.
P: warfarin held; oral vitamin K 2.5 mg; admission for a heparin drip offered, pt declined -
apixaban per hematology instead; urgent derm for deep biopsy; protein C/S levels.
- H. Lindgren, MD
"""),
("2017-07-27", "Dermatology Consult", """
DERMATOLOGY - Fairhaven Medical Center
Deep incisional biopsy L anterior thigh (7/25): thrombosed dermal and subcutaneous venules,
hemorrhagic infarction of the dermis; H&E without calcium in any vessel wall or in the fat,
negative von Kossa; no vasculitis.
Protein C 38% (reduced) while on warfarin.
Diagnosis: warfarin-induced skin necrosis (L thigh). Calciphylaxis excluded on
histology.
Exam: necrotic area 9 x 7 cm, bulla deroofed, no infection.
Plan: warfarin should not be restarted; apixaban continued for DVT per hematology. Wound care
weekly; surgical debridement may be needed if eschar demarcates.
- B. Sutherland-Okafor, MD
"""),
("2017-08-21", "Wound Care Note", """
Fairhaven Wound Clinic - follow-up
Dx: warfarin-induced skin necrosis, L anterior thigh (biopsy 7/25/17: thrombi, no
calcification, not calciphylaxis).
Wound 8.5 x 6 x 0.5 cm, 40% eschar lifting, 60% red granulation, mod serous drainage.
Tx: loose eschar trimmed with forceps and scissors, then NPWT 125 mmHg continuous, changes M/W/F
coordinated with her HD schedule (TTS) - dressing changes by home health MWF.
Pain 4/10. Afebrile. BMI 34.9 (wt 94.0 kg, ht 164 cm).
Anticoagulation: apixaban 5 mg BID; warfarin listed as intolerance.
F/u 2 wks.
- J. Moreau-Vance, NP
"""),
]}

X19 = {"patient_id": "X19", "age": 45, "sex": "M", "notes": [
("2026-03-02", "Home PD Clinic Note", """
HOME DIALYSIS CLINIC - MONTHLY PD VISIT
Fairhaven Kidney Center

45M, ADPKD, on CCPD since 10/2024 (5 x 2.2 L overnight, day dwell icodextrin). UF ~700 mL,
residual urine ~800 mL/day. Weekly Kt/V 2.1 (1/2026). PET: high-average.
S: feels well. Asks about calciphylaxis - his older brother (ADPKD too, was on in-center HD)
died
in 2024 of calciphylaxis after leg wounds that never healed. Fears it may be "a family thing".
O: BP 138/86, wt 86.5 kg, BMI 27.1 (overweight). Exit site well healed, no crusting. Skin: full
exam of trunk, thighs and legs - no nodules, purpura or ulcers.
Labs: Ca 9.2, phos 4.9, PTH 310, alb 3.9.
A/P: no signs of calciphylaxis. Told him it is not passed down directly; main levers are phos,
avoiding calcium loading and warfarin. Continue sevelamer; no calcium binders. Social work
referral for grief support.
- N. Bhattacharya, MD
"""),
("2026-03-16", "Social Work Note", """
HOME DIALYSIS SOCIAL WORK NOTE - Fairhaven Kidney Center
Referred by Dr. Bhattacharya after pt voiced fear about his brother's illness.
Pt describes caring for his brother through 8 months of painful calciphylaxis wounds before
he died in 2024; says "every time my leg itches I check it". Sleep broken, appetite ok.
PHQ-9 = 8 (mild). No SI. Wife supportive; two teenage children.
Work: IT job remote, CCPD fits his schedule. Insurance: employer plan + Medicare secondary
(coordination period ends 1/2027) - explained timeline.
Interventions: validated grief, reviewed that his own skin checks have been normal and what
warning signs to report; gave information on a kidney grief support group and EAP counseling.
Discussed transplant evaluation status (living donor search underway).
Plan: f/u 1 month, repeat PHQ-9.
- C. Oyelaran-Price, LCSW
"""),
]}

X20 = {"patient_id": "X20", "age": 52, "sex": "M", "notes": [
("2016-04-11", "Renal Dietitian Initial Assessment", """
RENAL NUTRITION INITIAL ASSESSMENT - Graymoor Dialysis (MWF 1st)
52M, new to in-center HD 3/21/16 (ESRD d/t hypertensive nephrosclerosis, AV fistula L arm).
Prediabetes (A1c 6.2), no glucose-lowering meds. No diabetes dx.
Anthro: ht 183 cm, EDW 106 kg, BMI 31.6 - obesity class I.
Labs 4/4: phos 7.8, Ca 8.6, PTH 560, K 5.8, alb 3.9, nPCR 1.1.
Diet recall: fast food 5x/wk, cola 2-3 cans/day, processed cheese, deli meats.
Education: phosphorus additives ("PHOS" on labels), swap cola for lemon-lime soda, binder
with first bite. Explained why high phos and calcium over time can harden blood vessels and,
rarely, cause calciphylaxis, a painful skin condition - goal is to keep phos 3.5-5.5.
Binder: MD started sevelamer carbonate, 2 x 800 mg tabs with each meal.
Goals: phos <5.5 within 2 months, IDWG <3 kg.
- A. Keough, RD
"""),
("2016-05-09", "Nephrology Rounding Note", """
Monthly nephrology rounds - Graymoor Dialysis (MWF)
52M, HD since 3/2016 via L RC AVF (cannulating well with 15G), no catheter.
S: adjusting to dialysis, some post-run fatigue. No pruritus. No skin problems.
O: BP 154/92 pre, 136/84 post. IDWG 2.6 kg. Wt 105.7 kg, BMI 31.6. Skin intact - no rashes,
nodules or wounds. Lungs clear. No edema.
Labs 5/2: phos 6.1, Ca 8.9, PTH 515, Hgb 10.1, TSAT 24%, Kt/V 1.36.
A/P:
- CKD-MBD: phos improving w/ diet + sevelamer; reinforced dietitian teaching; avoid calcium
  supplements given calciphylaxis risk in dialysis patients; start calcitriol 0.25 mcg with HD
- Anemia: epoetin per protocol, IV iron sucrose x10
- HTN: EDW down 0.5 kg; amlodipine 10
- Access: fistula functioning, no issues
- W. Fairbanks, MD
"""),
]}

PATIENTS = [X15, X16, X17, X18, X19, X20]
