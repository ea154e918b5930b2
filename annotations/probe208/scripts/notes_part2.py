"""probe208 corpus notes, D08-D14 (military treatment facility and the clinics around it; all invented)."""

D08 = {"patient_id": "D08", "age": 61, "sex": "M", "notes": [
("2020-01-08", "General Surgery Clinic Note", """
GENERAL SURGERY CLINIC - Naval Hospital Marlow Point   08JAN2020
61 yo M, GySgt (Ret) USMC, TRICARE Prime.
Returns: had his open ventral hernia fixed with retrorectus mesh in our OR last summer;
a 15 Fr JP drain exited through the L lower quadrant and was pulled on day 10. Midline
wound healed fine.
Now: hard, dark, very painful area right where that drain came out, L lower abdomen,
since Christmas Day. No fever, nothing draining, appetite ok.
PMH: ESRD, dialyzes Tuesdays/Thursdays/Saturdays; DM2 - off insulin since 2017, now linagliptin; OSA on CPAP; obesity.
VS: T 98.0  BP 170/92  Wt 298 lb  BMI 42.1
Exam: L lower abd, healed drain scar - 4x3cm indurated plaque, dusky violet, a
1cm stellate eschar at its center, hurts to palpate. Midline scar intact, no recurrence.
A/P: does not behave like a mesh infection; concern for calciphylaxis arising at the
drain site. CT A/P to r/o collection. Nephrology and derm consults placed.
"""),
("2020-01-15", "Nephrology HD Rounding Note", """
HD UNIT ROUNDING - Marlow Point Dialysis (network)   1/15/20
CT 1/10: no collection, mesh lies where it should; radiologist comments on
calcified little vessels within the abdominal wall fat.
Pre-HD chem 1/13: Ca/PO4 9.6/8.1, PTH 1,384, alb 3.3; Hb 10.2.
He says the L lower abd plaque has not grown; pain severe, sleeping in his recliner.
Exam: plaque roughly 4x3cm, eschar dry, no spreading redness.
Imp: probable calciphylaxis; CKD-MBD badly out of range.
Plan: sodium thiosulfate 25gm with each treatment starting today; cinacalcet 60;
lengthen runs to 4.5 hr; stop calcitriol; derm bx booked 1/21; dietitian to review
binders and protein intake. Discussed with pt and wife, questions answered.
"""),
("2020-01-29", "Dermatology Note", """
DERMATOLOGY - Naval Hospital Marlow Point   29 Jan 2020
Incisional bx 1/21/20, L lower abdomen: arterioles with calcified walls, thrombosis,
infarcted subcutaneous fat. Diagnosis: calciphylaxis.
This plaque has grown out of the drain scar left from his hernia operation last summer,
which we read as Koebner localization to the surgical wound. Midline incision itself is spared.
Exam: L LQ eschar 1.4cm, violaceous induration 4.5x3.5cm, netlike border laterally.
Meds: linagliptin; not on insulin now (stopped 2017). No warfarin ever.
Plan: STS per renal, wound care clinic for eschar mgmt, palliative care for pain;
RTC 4 wk. Photos to chart. Pt asks whether the mesh has to come out - told no, the
problem is in the skin and fat above it.
"""),
("2020-03-04", "Wound Care Procedure Note", """
WOUND CARE - sharp debridement   04 MAR 2020
Dx: calciphylaxis of L lower abd wall skin, biopsy 1/21/20.
Pre-procedure: wound 4.2x3.3cm, eschar loosening at edges, soft yellow slough beneath,
smells clean, no cellulitis. Pain 5/10, premedicated.
Procedure: verbal consent; topical lidocaine gel 15 min; curette + forceps, removed
nonviable eschar and slough to bleeding dermis, ~8 sq cm. Pressure for hemostasis.
Post: 4.2x3.3cm, 0.4cm deep, base 70% beefy red.
Dressing: calcium alginate, bordered foam; HD RN to change after each run.
Wt 294 lb, BMI 41.6.
Plan: RTC 2 wk.
"""),
]}

D09 = {"patient_id": "D09", "age": 63, "sex": "F", "notes": [
("2023-06-12", "Inpatient Nursing Note (Medical Ward)", """
NURSING PROGRESS NOTE - 4 West Medicine, Kestrel Army Medical Center   12JUN23 1645
63 yo F, Army spouse (sponsor COL Ret), adm 06/10/23 for RLL pneumonia.
Background: kidney failure (HD); diabetic since her 40s, on basal insulin; hypothyroid; HTN.
Resp: 2 L NC, sats 95%, cough productive of yellow sputum.
Anticoag ppx: enoxaparin 30mg subcut q24h since 06/10/23, given R lower abdomen; pt
asked that all doses go on her R side since she sleeps on her L, honored, rotating
within the R lower quadrant.
Insulin: glargine 20 u qHS + correction scale; pt does her own injections, posterior
upper arms both sides, same as at home.
HD: M/W/F, today's run done on the unit, 2.1 L off.
Skin: head-to-toe check, intact, no pressure areas, heels floated.
BMI 33.0. Fall precautions in place.
"""),
("2023-07-18", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - Kestrel AMC   7/18/23
F/u after June admission.
New: painful hard purple spot L lower belly, started early July, now black in middle.
Exam: L lower abdomen, 4x3.5cm firm purple-violet plaque, 1cm eschar, lacy rim.
Posterior arms where she gives insulin: clear. R lower abd with a few old greenish bruises
left over from the enoxaparin, no plaque there.
MBD labs 7/14: PTH 760, phos seven even, corrected calcium 10.3, alb 3.0.
Imp: this looks to me like calciphylaxis, not yet proven.
Plan: derm punch bx arranged for Friday; STS with HD; sevelamer; cinacalcet up; pain plan with
acetaminophen + low dose oxycodone. Husband at visit, agrees.
"""),
("2023-08-01", "Dermatology Note", """
DERMATOLOGY - Kestrel AMC   1 Aug 2023
Punch bx L lower abdomen (7/21/23): per path, calcium in tiny vessel walls with clot and
lobular fat death. Dx: calciphylaxis.
Hx: June admission MAR confirms every enoxaparin dose was given in the R lower
abdomen; nothing of any kind was injected on the L. Her insulin she puts in the posterior
arms.
So the lesion sits on the side opposite the enoxaparin sites and we do not count it as
an injection-site lesion.
Exam: L lower abd plaque 4.5x4cm, eschar 1.2cm. No new lesions.
Meds: glargine, lispro, sevelamer, cinacalcet. No warfarin.
BMI 33.0.
Plan: continue STS, wound care referral, f/u 3 wk.
"""),
]}

D10 = {"patient_id": "D10", "age": 60, "sex": "M", "notes": [
("2022-04-05", "Occupational Health Clinic Note", """
OCCUPATIONAL HEALTH - Camp Brevard Troop Medical Clinic   05 APR 22
60 yo M, SGM (Ret), DA civilian marksmanship instructor.
Annual occ health visit. c/o both knees sore; spends most of the range day kneeling
on gravel on the firing line coaching, since 2019.
PMH: ESRD - PD at home with nightly cycler; HTN; obesity; no DM, no anticoagulants.
VS: BP 142/84, HR 68, Wt 199 lb, BMI 29.5.
Exam: prepatellar skin thickened/callused both knees, no effusion, no bursitis, full ROM,
ligaments stable. Shins, thighs normal.
Hearing: stable vs baseline. Lead level 4.
A/P: bilat knee pain from kneeling. Issued gel knee pads, kneeling mat for the line.
Ibuprofen avoided (ESRD) - acetaminophen prn. Revisit 1 yr.
"""),
("2022-05-16", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - Brevard Kidney Care   5/16/2022
Monthly visit. Overnight cycler, four 2.5-liter fills, 1.5-liter last fill; weekly Kt/V 2.0;
peritonitis-free since start.
New: purple-black painful spot on the R shin about four fingers below the knee, since May 1.
Exam: R anterior proximal lower leg, about 6cm distal to the tibial tuberosity, 3cm black
eschar, livedo spreading 5cm around it. Both knees: callus only, no lesion.
Chem 5/12 - PTH 880; calcium ten flat; phosphorus 6.9; alb 3.6.
Imp: ?calciphylaxis.
Plan: urgent derm bx via TRICARE; sevelamer up; cinacalcet start; wound RN.
"""),
("2022-06-01", "Dermatology Note", """
DERMATOLOGY (network)   June 1, 2022
Path (5/20, punch R proximal shin): calcified subcut arterioles, thrombosis,
panniculitis - calciphylaxis.
Exam: R proximal anterior shin, 3.5cm eschar, livedo. It is on the shin, well below
the kneecap where he kneels at the range; both knees show callus only and are clear of
lesions.
Obesity noted in PMH, BMI 29.5 today.
Plan: STS 3 days/wk at infusion; wound RN weekly; keep using the knee pads;
for pain, scheduled Tylenol and a little tramadol when needed; RTC 4 wk. He wants to keep
working; OK from derm standpoint if the wound stays covered.
"""),
]}

D11 = {"patient_id": "D11", "age": 72, "sex": "F", "notes": [
("2016-10-04", "Nephrology Clinic Note", """
NEPHROLOGY - Fort Cullom Army Community Hospital   10/04/16
72 yo F, surviving spouse of Army retiree, TFL.
ESRD on hemodialysis (L arm graft), DM2 using insulin (her own shots, always abdominal),
HTN, and a St. Jude mitral prosthesis - warfarin, aim INR 2.5-3.5.
She has had a firm, aching patch behind the L calf since mid-September.
Exam: back of L calf, 5x4cm retiform purpura, center starting to necrose, very
tender. R calf clear. Abdomen: old insulin sites, no lesions.
Today: Ca/PO4 9.5/6.6, PTH 610, INR 3.1, alb 3.3.
BMI 34.8.
A: suspected calciphylaxis, warfarin and ESRD both risks.
P: derm bx; STS with HD once confirmed; cardiology re anticoag options (valve limits them).
"""),
("2016-10-20", "Dermatology Note", """
DERMATOLOGY - Fort Cullom ACH   20 Oct 2016
Punch bx L posterior calf 10/11/16: calcified media of subcutaneous arterioles,
clotted lumens, fat necrosis -> calciphylaxis.
Exam: eschar 2cm, L posterior calf, violaceous induration 6x5cm. Rest of skin
exam negative.
Cardiology: mechanical MV, warfarin must continue; DOACs not an option.
Plan: STS now given during HD; wound care weekly; dressings by HD RN; counselled her that a
fall or knock to the legs could open new wounds; daughter to help at home.
"""),
("2016-11-14", "Emergency Department Note", """
ED NOTE - Fort Cullom ACH   14NOV2016 1020
72 yo F on warfarin, known calciphylaxis of L calf.
HPI: slipped on wet leaves at the post Veterans Day ceremony on 11/11/16 and banged her
L calf, posteriorly, against a bleacher. Now a bruise and a skin tear just below her
existing dressed calciphylaxis wound. Denies hitting her head or passing out.
VS: BP 158/80, HR 78, T 98.2. INR 3.4.
Exam: L posterior calf - 3cm skin tear with a 6cm bruise at the lower border of the
known eschar (eschar itself unchanged per pt and photos). Distal pulses faint but present.
Tx: skin tear edges laid down with Steri-Strips, nonstick dressing; wound clinic notified.
Dispo: home with daughter.
"""),
]}

D12 = {"patient_id": "D12", "age": 67, "sex": "M", "notes": [
("2025-02-10", "Wound Care Clinic Note (MTF)", """
WOUND CARE CLINIC - Sutter Point Army Health Clinic   10 Feb 2025
67 yo M, LTC (Ret), TRICARE Prime. Ref by nephrology.
ESRD (HD 3x weekly, Tue-Thu-Sat); DM2, insulin glargine + aspart, shots in his belly; BMI 39.6.
Lesions: both medial thighs, painful for about 4 weeks.
L medial thigh: 6x4cm black eschar, violaceous rim, livedo.
R medial thigh: 3x3cm purple indurated plaque, early dusky center.
Abdomen where he injects: lipohypertrophic lumps, no purpura, skin unbroken.
Procedure: after consent, 4mm punch taken at the L medial thigh plaque margin;
hemostasis with pressure, 1 suture.
Dressing: nonadherent + foam on both thighs.
Plan: path to derm; RTC 2 wk.
"""),
("2025-02-24", "Dermatology Note", """
DERMATOLOGY (network) - 24FEB25
Path L medial thigh punch 2/10: subcutis shows calcified vessel walls, clot, fat
necrosis, vK+; diagnosed as calciphylaxis.
Exam: L medial thigh 6.5x4cm eschar; R medial thigh 3.5x3cm plaque, now with 1cm
eschar. Biopsy site healing. No lesions on the abdomen, calves or buttocks.
Recent dialysis labs - PTH 1,050 with Ca 9.9 and PO4 7.6.
Plan: STS 25gm with every dialysis; cinacalcet; back to wound clinic to debride; he has
never taken warfarin. Prognosis talked through openly with him and his wife.
"""),
("2025-03-10", "Wound Care Procedure Note", """
WOUND CARE - SHARP DEBRIDEMENT   03/10/2025
Bilateral medial thigh calciphylaxis wounds (bx-proven).
Pre: L 6.5x4.2cm, 80% eschar, lifting edges; R 3.6x3cm, 50% eschar.
Procedure: consent signed; topical lidocaine; scalpel + forceps selective debridement
of loose eschar on both, L ~14 sq cm, R ~5 sq cm; minimal bleeding, pressure held.
Post: L 6.5x4.2cm depth 0.3; R 3.6x3cm depth 0.2; pink-red bases.
Dressings: calcium alginate, ABD pad, Kerlix; home health RN 3x/wk.
Pain 6/10 during the procedure, down to 3/10 afterward. Wt 275 lb, BMI 39.6.
RTC 2 wk.
"""),
]}

D13 = {"patient_id": "D13", "age": 58, "sex": "F", "notes": [
("2020-09-15", "Nephrology PD Clinic Note", """
PD CLINIC - Fort Ardmore Army Community Hospital   09/15/2020
58 yo F, LTC (Ret) USA, TRICARE Prime.
ESRD on CCPD (FSGS), paroxysmal AF, obesity. Not diabetic.
New: painful knots in both calves for 3 weeks, now some purple-black areas.
She denies trauma, falls, bug bites, injections; no heating pad, no ice bags to the calves.
No new shoes, no stockings.
Exam: both posterior calves with 2-4cm tender subcutaneous nodules, violaceous,
R with a 1cm eschar; livedo both calves.
Labs Ca/PO4 10.3/7.2 with PTH 905.
BMI 31.7.
Imp: worried about calciphylaxis.
Plan: derm to biopsy. For her AF, cardiology is weighing anticoagulation; if started, I would
prefer they avoid warfarin.
"""),
("2020-09-29", "Dermatology Note", """
DERMATOLOGY - Fort Ardmore ACH   29 Sep 2020
Punch bx R calf 9/22/20: mural calcium, small subcut vessels, thrombosis, necrotic fat ->
calciphylaxis.
Pt cannot think of anything that hurt either leg beforehand.
Counselling: she should not wear compression stockings or put heating pads on her calves;
any new painful spot - call us and be seen that week.
Surgery is planning her umbilical hernia repair for next spring; if SC heparin is
needed around it, it should go in the belly, never the legs.
Exam: bilat calf nodules unchanged, R eschar 1.2cm.
Plan: STS at infusion center, wound RN, pain control.
"""),
("2020-10-20", "Cardiology Consult (TRICARE Network)", """
CARDIOLOGY (network)   Oct 20, 2020
Re: paroxysmal AF, CHA2DS2-VASc 2; PD; biopsy-confirmed calciphylaxis in the calves.
Warfarin was considered but NOT started given her skin disease; apixaban 2.5 mg q12h
begun today (dose for dialysis reviewed with pharmacy).
Echo: EF 55%, mild LAE. ECG: sinus rhythm 74.
Calf wounds dressed, pt reports pain 4/10, stable.
BMI 31.7. Not diabetic (A1c 5.5).
Plan: apixaban; rate control with metoprolol 25 BID; Holter if palpitations recur;
f/u 3 mo. Copy to nephrology and PCM at Fort Ardmore.
"""),
]}

D14 = {"patient_id": "D14", "age": 70, "sex": "M", "notes": [
("2021-07-06", "Urgent Care Note (MTF)", """
URGENT CARE - Lindqvist Naval Health Clinic   06JUL21
70 yo M, CDR (Ret) USN, TFL.
CC: burn R hand.
HPI: grabbed the hot grill lid barehanded at his old unit's July 4th cookout (7/4/21);
blister on R palm.
PMH: ESRD, hemodialysis at the network unit; DM2 on glipizide, no insulin; DVT 2019, takes warfarin; obese, BMI 35.2.
Exam: R palm thenar area 3x2cm intact blister with pink base around it, partial
thickness. Fingers full ROM. Abdomen not examined.
Tx: blister left intact, silver sulfadiazine, nonadherent gauze.
Plan: daily dressing, burn precautions; RTC 1 wk or if signs of infection. Tetanus
current (Tdap 2019).
"""),
("2021-07-27", "Nephrology Clinic Note", """
NEPHROLOGY - Lindqvist NHC   7/27/21
New c/o painful hard areas in the fold of his lower belly (pannus) since about July 15.
He wears suspenders, no belt; no insulin or other shots in the abdomen; no
falls or bumps there.
Exam: pannus - 3 purple, indurated plaques 2-5cm, largest with black eschar,
lacy livedo. R palm: healing burn, dry brown crust, no purpura.
From HD unit: Ca/PO4 9.8/7.3, PTH 930, INR 2.6.
Imp: suspect calciphylaxis of the pannus.
Plan: derm bx; STS with HD; discuss stopping warfarin with hematology.
"""),
("2021-08-10", "Dermatology Note", """
DERMATOLOGY - Lindqvist NHC   10 Aug 2021
Punch bx pannus (7/30/21): calciphylaxis (calcified, thrombosed subcut arterioles and
panniculitis).
R palm: the crust is from his grill burn of 4 July - a healing partial-thickness burn, not
calciphylaxis; re-epithelializing, not biopsied.
L upper arm: small bruise from a BP cuff at his last HD run, resolving, no purpura.
Exam: pannus plaques as before, eschar 1.5cm.
Plan: warfarin -> apixaban per hematology, STS, wound care for pannus, weight loss
counselling. BMI 35.2.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
