"""probe228 corpus notes, F15-F20 (faith-community / parish nursing and the clinics around them; all invented)."""

F15 = {"patient_id": "F15", "age": 80, "sex": "F", "notes": [
("2021-02-16", "Parish Nurse Home Visit", """
TRINITY UNITED METHODIST CHURCH - PARISH NURSE
Home visit    2/16/21    N. Albright RN

Mrs. Velma Crisp, 80, lives alone. Kidneys: CKD 4, no dialysis; Dr. Mensah follows.
Sugar: linagliptin daily, never insulin. Warfarin for a-fib.
For arthritis of the R hip, every night since last winter, the electric pad goes to
bed with her, switched on against that hip - often dozes off with it running.
Exam, R lateral hip - reticulated red-brown net over a palm-sized area, and inside it a
firm, tender, dusky nodule about the size of a grape. Skin unbroken.
BP 150/78, HR 82 irregular, wt 88 kg, BMI 31.8.
Pad unplugged with her blessing; PCP office called for a visit this month.
Prayer; left the Lenten devotional booklet from the Wesley class.
"""),
("2021-02-25", "Primary Care Note", """
PCP visit 2/25/2021 - V. Crisp
80F. eGFR 18 (stage 4 CKD). A-fib: warfarin, today's INR 2.4. Diabetes:
A1c 7.1, linagliptin. Obese - BMI 31.6.
R lateral hip: mottled brown-red reticulation from the nightly heating pad = erythema ab
igne. Within it, deep in the fat, a firm 2cm nodule, tender, skin above it violet-tinged;
no ulcer.
Assessment: nodule inside erythema ab igne - panniculitis, or early calciphylaxis - with
CKD 4 and warfarin I am not able to exclude that.
Labs: Ca9.8 P5.2 PTH210
Plan: urgent derm for deep biopsy; heating pad to be stopped for good.
"""),
("2021-03-30", "Parish Nurse Telephone Contact", """
Parish nurse phone call    3/30/21
Spoke with Mrs. Crisp and her daughter Lynn. Derm saw her 3/12 and offered a deep biopsy
of the R hip nodule "to rule out calciphylaxis"; she declined - "I'm 80, no more cutting."
Derm letter reads: possible calciphylaxis vs panniculitis, will observe.
Lynn thinks the nodule looks "about the same". They threw the heating pad out.
She moves to Lynn's home in Tucson next week; records will go to a new PCP there.
Last BMI at PCP 31.5.
Closed FCN file with a blessing; the prayer shawl circle sent a shawl with her.
"""),
]}

F16 = {"patient_id": "F16", "age": 70, "sex": "M", "notes": [
("2019-07-09", "Faith Community Nurse Home Visit", """
HOLY FAMILY PARISH - FAITH COMMUNITY NURSE
Home visit    07/09/2019    C. Navarro RN, FCN

Mr. Arturo Beltran, 70, on dialysis three mornings a week. Diabetic; NPH 30 u twice a
day + regular, which for years he has injected into the left lower abdomen only - "my
good spot".
Complains of lumps in that spot that hurt when he injects, since around Father's Day.
Exam: L lower abdomen - several soft raised rubbery areas (lipohypertrophy) plus one 2 cm
hard tender nodule with a purplish surface. No drainage.
BP 138/70, HR 74, FSBG 265. Wt 80 kg, BMI 27.3.
Teaching: rotate sites. Will tell the HD nurse.
He asked for prayer for his grandson's First Communion on Sunday.
"""),
("2019-07-17", "Nephrology HD Rounding Note", """
HD rounding    7/17/19
70M, diabetic nephropathy, HD via L arm fistula.
Parish nurse reported a painful nodule at his insulin site. Exam: L lower abdomen,
2.5x2cm violaceous nodule, hard and tender, sitting in lipohypertrophic tissue; faint livedo.
Chem: Ca9.9 P7.2 PTH870
A: lipohypertrophy with a tender nodule. Concern for early calciphylaxis here; can't exclude;
fat necrosis also possible.
P: derm referral for biopsy; he should inject into his thighs meanwhile; calcium acetate -> sevelamer.
BMI 27.1. Pre BP 150/76. Parish nurse to be updated by phone.
"""),
("2019-08-20", "Faith Community Nurse Home Visit", """
FCN visit    8/20/19    A. Beltran
Missed the derm appointment 8/6 (no ride); rescheduled, then cancelled - he is going to live
with his son Rafael in San Antonio, dialysis transfer to a unit there on 8/26.
Nodule, L lower belly: about the same, 2 cm, purplish, tender; no open skin. Insulin now
into the thighs.
"Possible calciphylaxis" stays on his problem list - never confirmed, biopsy never done.
BP 132/72, BMI 27.1.
Gave him copies of his med list and a parish nurse summary for the new team. Farewell prayer
with the family.
"""),
]}

F17 = {"patient_id": "F17", "age": 86, "sex": "F", "notes": [
("2025-03-11", "Parish Nurse Visit", """
ST. PAUL'S EPISCOPAL CHURCH - PARISH NURSE
Visit    3/11/25    A. M. Holloway RN

Mrs. Dorothea Pruitt, 86, HD Tu/Th/Sa, on warfarin for AF. No diabetes.
Struck her L shin on the step of the parish van getting out for the Sunday service on
3/2/25 - scraped and bruised.
Exam: L anterior shin 3 cm scrape, scabbed, with surrounding bruise; in its middle a
dusky, very tender, darker area about 2 cm that began 2-3 days ago.
BP 108/60, HR 88 irregular, BMI 22.4.
Called the HD charge nurse - Dr. Whitlock will look at it at dialysis Thursday.
Prayed with her and her daughter Ruth Ann.
"""),
("2025-03-13", "Nephrology HD Rounding Note", """
HD rounds    3/13/2025
86F, frail; HD for ESRD; atrial fibrillation - warfarin, INR 3.4 today.
L anterior shin: dusky necrotic ulcer, 2.5x2cm, within the bruise left by the 3/2 van
step bump; mottled violet border; her pain is out of all proportion to its look.
Ddx: post-traumatic ulcer (on warfarin) or early calciphylaxis - I am concerned for the
latter with warfarin on board and a Ca x P product of 68.
Plan: derm biopsy offered, family to decide; empiric STS with HD from today for possible
calciphylaxis; hold calcium binder; lower INR target.
BMI 22.1.
"""),
("2025-04-01", "Parish Nurse Visit", """
Parish nurse visit    4/1/25    D. Pruitt
Family chose comfort care; no biopsy. She stopped dialysis 3/27 and is on hospice now
(Evening Star Hospice).
L shin ulcer: dressed by the hospice nurse. Family were told "it might be calciphylaxis,
we'll never know for sure".
Warfarin stopped by hospice.
Drowsy but knew me; Communion from the reserved sacrament; her daughter asked that the
Litany at the Time of Death be ready. Rector informed.
No weight taken. Daughter tired but coping; the altar guild is bringing suppers.
Will visit again Friday.
"""),
]}

F18 = {"patient_id": "F18", "age": 67, "sex": "M", "notes": [
("2018-05-08", "Faith Community Nurse Home Visit", """
CORNERSTONE COMMUNITY CHURCH - HEALTH MINISTRY
Home visit    5/8/18    Samuel Adeyemi RN, FCN

Mr. Curtis Lowell, 67, dialysis MWF. Diabetic, takes 70/30 insulin twice daily. No warfarin.
A week of purple spotting over both lower legs, a few now with small open sores;
itchy and burning. Started an antibiotic (cephalexin) 2 weeks ago for an infected toe.
Exam: both shins and ankles - palpable purpura, many 2-5 mm spots, some running together,
with a few 3-4 mm shallow ulcers.
BP 146/82.
His HD nurse wrote "?calciphylaxis" on the chart; I urged a derm visit this week.
Prayer with him and his sister.
"""),
("2018-05-15", "Dermatology Consult", """
Derm consult    5/15/2018
67M on HD; insulin-requiring type 2 diabetes. Consult asks us to "r/o calciphylaxis".
Exam: lower legs, symmetric and dependent: palpable purpura, scattered little ulcers.
No retiform pattern, no eschar, no livedo.
Biopsy: punch, R shin (H&E + DIF).
Other skin: trunk, arms and thighs clear. Pulses palpable. No fever.
HD labs: Ca9.0 P5.4 PTH380 Alb3.7; platelets normal.
A: favor leukocytoclastic vasculitis, likely drug (cephalexin); calciphylaxis less likely.
P: stop cephalexin; await path; leg elevation; bland emollient.
Return 2 weeks.
"""),
("2018-05-29", "Dermatology Follow-up", """
Derm f/u    5/29/18
Path: leukocytoclastic vasculitis; DIF shows no IgA; calcium stains find no vessel
calcification. Calciphylaxis is ruled out.
Purpura fading since cephalexin was stopped; the small ulcers are epithelializing.
Dx: cutaneous small-vessel vasculitis, cephalexin the likely culprit.
Exam: purpura now flat and brown, no new spots; two tiny ulcers nearly closed.
Plan: emollients, leg elevation; cephalosporins added to the allergy list. RTC prn.
Copy to his nephrologist and the church health ministry nurse at the patient's request.
He was relieved - his HD unit had worried him about "the calcium disease".
"""),
]}

F19 = {"patient_id": "F19", "age": 59, "sex": "F", "notes": [
("2022-04-05", "Health Ministry Wellness Visit", """
MT. CALVARY CHURCH OF GOD - HEALTH MINISTRY
Wellness visit    4/5/22    Parish nurse: Lorraine Whitfield RN

Ms. Gloria Hatch, 59. CKD 3a (eGFR 52), HTN, DM2 on metformin. Took warfarin for six
months after a PE in 2009, none since.
Family: her brother, Rev. Alvin Hatch, a dialysis patient for years, passed away in 2020
with calciphylaxis. She is afraid of "getting the skin disease he had".
Skin check at her request: arms, legs, belly, thighs - intact, no lumps, no dark spots.
BP 138/84; scale 98kg; BMI 35.6.
Counselling: calciphylaxis is mostly a problem of advanced kidney failure; keep BP and
sugar controlled, report any painful skin spot; no heating pads right on the skin.
Prayer with her; gave the kidney-health pamphlet from last month's health fair.
"""),
("2022-10-11", "Nephrology Clinic Note", """
Nephrology    10/11/2022
59F. Stage 3a CKD, creatinine 1.2 / eGFR 51. HTN. DM2, metformin, A1c 7.0. Obesity,
BMI 35.2. Warfarin once, in 2009, after a PE.
Worried: her brother, on hemodialysis, died of calciphylaxis. Full skin exam today is
normal - nothing to suggest calciphylaxis; no dialysis, and calcium and phosphate are normal.
Plan: continue ACE inhibitor, start SGLT2 inhibitor; recheck labs in 6 months.
BP 134/80 today. Urine albumin/creatinine 140 mg/g.
Reassured; she will keep seeing the parish nurse monthly and will call for any new
painful skin spot.
"""),
]}

F20 = {"patient_id": "F20", "age": 52, "sex": "F", "notes": [
("2023-08-15", "Parish Nurse Home Visit", """
SHILOH MENNONITE FELLOWSHIP - PARISH NURSE
Home visit    8/15/23    Esther Yoder RN

Mrs. Rebecca Martin, 52. Limited scleroderma (CREST) for 11 yrs, Raynaud's. Kidneys
normal. No diabetes, no blood thinners.
Shows me chalky white hard bumps at the R index and L thumb fingertips, one draining a
"toothpaste" material. She read online about calcium in the skin and asks if this is
calciphylaxis.
BP 118/72, BMI 21.4.
Cleaned and covered the draining one. She already has a rheumatology appointment 8/22 -
encouraged her to keep it and bring the photos.
Prayer; she is back at the Tuesday quilting group.
"""),
("2023-08-22", "Rheumatology Clinic Note", """
Rheumatology    8/22/23
52F, limited cutaneous systemic sclerosis, Raynaud's, GERD. Cr 0.7.
Fingertips: firm white subcutaneous calcific nodules at the R 2nd and L 1st digits, one with
chalky drainage. Hand x-ray: calcinosis.
Impression: dystrophic calcinosis cutis of SSc - not calciphylaxis; normal renal function
and no vascular or retiform pattern.
Plan: diltiazem; local wound care; hand surgery opinion if the draining nodule persists.
BMI 21.4. Labs: Ca9.2 P3.5, CBC normal.
Told her the parish nurse was right to send her; handouts on hand warmth for Raynaud's.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
