"""probe143 corpus notes, E15-E20 (gynaecology and women's health, and the clinics around them; all invented)."""

E15 = {"patient_id": "E15", "age": 39, "sex": "F", "notes": [
("2017-04-04", "Maternal-Fetal Medicine Visit", """
MFM -- HIGH RISK OB VISIT

39 yo G3P0111 at 30w2d by first-trimester US. ESRD (reflux nephropathy) on intensified HD
6 days/wk since 16 wks (goal pre-dialysis BUN < 50). Mechanical mitral valve (2009):
warfarin stopped at 6 wks, now SC unfractionated heparin 15,000 units q12h (anti-Xa guided),
which she self-injects into her abdomen, alternating sides.
No diabetes (early GTT normal, HbA1c 5.1).
Vitals: BP 138/84, 88.6 kg today, BMI 33.8 (pre-pregnancy BMI 31.0).
Growth US: EFW 1410 g (38th percentile), AFI 19 (mild polyhydramnios, better since HD was
intensified).
Plan: HD 6x/wk; heparin dosing per anti-Xa; weekly BPP from 32 wks; delivery planning at
36-37 wks with anesthesia and cardiology; back to warfarin postpartum.
"""),
("2017-06-13", "Postpartum Progress Note", """
OB POSTPARTUM PROGRESS NOTE -- PPD #7

39F s/p SVD at 35w0d on 6/6/17 after PPROM; baby in NICU, doing well. Mechanical MVR:
SC heparin resumed 6/6 PM, warfarin restarted 6/8 (INR today 2.4), heparin to stop once INR
> 2.5 twice.
New: since this morning, an exquisitely sore darkening patch in the L lower
abdomen, where she had been injecting heparin; growing fast.
O: T 37.4, BP 142/88. L lower abdomen: purple-black plaque 6x5cm, hemorrhagic bullae on
it, retiform border. Platelets 212 (from 240).

Impression: necrotic plaque, L lower abdominal injection site, early in warfarin
re-initiation. Differential: necrosis of the skin from warfarin, or from heparin (HIT),
or calciphylaxis (ESRD, possibly high Ca x P during pregnancy). Send PF4 antibody and
protein C/S (limited on warfarin). Derm consult today.
"""),
("2017-06-20", "Dermatology Inpatient Follow-up", """
DERMATOLOGY INPATIENT -- follow-up note

Punch bx 6/14/17 (L lower abdomen): thrombosed dermal and subcutaneous vessels with fat
necrosis; no definite vascular calcification on H&E; von Kossa equivocal on a small
sample. PF4 antibody negative. Protein C activity 48% (on warfarin, not interpretable).

Impression: necrotic L lower abdominal plaque. Calciphylaxis remains possible and cannot
be excluded -- the biopsy was nondiagnostic; warfarin necrosis is also still possible.
Recommended a deeper incisional biopsy; pt and cardiology decline further biopsy for now
(anticoagulation needed, bleeding risk).
Weight 80.2 kg, BMI 31.2.
Disposition: at her own request she moves today to St. Aldric University Hospital, nearer
her family, to continue care there; records sent. No later notes are available here.
"""),
]}

E16 = {"patient_id": "E16", "age": 72, "sex": "F", "notes": [
("2024-02-13", "Breast Center Diagnostic Visit", """
BREAST CENTER -- diagnostic visit

72F, postmenopausal, on CAPD (4 exchanges a day) for ESRD from diabetic nephropathy;
T2DM, diet only now (HbA1c 6.4; no diabetes drugs for 2 yrs); HTN.
No anticoagulants.
c/o R breast pain and a "hard, bruised" area under the breast x 3 wks. The underwire of
the bra she wears from morning to night sits right where it hurts.
Exam: BMI 34.1. R breast, inframammary fold, 6 o'clock: violaceous indurated plaque 5x3cm,
dimpled like peau d'orange, small dusky center. Nipple normal. No axillary
lymphadenopathy.
Imaging today: dx mammo -- extensive vascular calcification in both breasts, skin
thickening of the R inferior breast, no mass. US -- subcutaneous edema, no abscess.
BI-RADS 4A because of the skin thickening.
Impression: ddx inflammatory breast carcinoma vs fat necrosis vs calciphylaxis (PD,
vascular calcification). Core biopsy + skin punch recommended, booked 2/20.
"""),
("2024-02-27", "PD Clinic Note", """
PD CLINIC

72F on CAPD. Breast team worried about possible calciphylaxis of the R breast vs
inflammatory cancer; she cancelled the biopsy appointment on 2/20 ("I'm too scared").
Exam: R inframammary plaque a little bigger at 5.5x3.5cm; the center has turned grey-black
over 1 cm; very tender. She has swapped the underwire bra for a soft one on our advice.
Labs: PTH 450; Ca 9.7; phosphate 6.2; albumin 2.9.
Wt 88.0 kg, BMI 34.1.
A/P: R breast lesion, ?calciphylaxis, not confirmed. Low-calcium dialysate; calcium
carbonate -> lanthanum. Empiric STS discussed, she wants to think about it. Strongly
encouraged the biopsy.
"""),
("2024-03-19", "Breast Center Telephone Encounter", """
BREAST CENTER -- telephone encounter

Spoke with the patient and her daughter (HCP). Pt again declines core and punch biopsy.
Her daughter is taking her to Tacoma in the coming days to live in the daughter's home; PD
care to transfer to a unit there.
Summary given: R breast inferior plaque with an unresolved differential of inflammatory
carcinoma, fat necrosis or calciphylaxis; no tissue diagnosis. Strongly recommended prompt
breast and dermatology evaluation at the new center. Records and images sent to the
receiving nephrologist and breast surgeon. Pt and daughter verbalized understanding and
have our number if they change their minds. Closed at our center.
"""),
]}

E17 = {"patient_id": "E17", "age": 81, "sex": "F", "notes": [
("2026-01-13", "Continence Nurse Specialist Clinic", """
CONTINENCE & PELVIC FLOOR NURSE CLINIC

81F with mixed urinary incontinence and faecal urgency; wears all-in-one briefs day and
night, changed 4x/day by her husband.
PMH: ESRD (CKD 5, eGFR 9); conservative kidney management chosen, she will not dialyse;
AF on warfarin; HFpEF; OA knees; mild dementia. No diabetes.
Skin check: buttocks and natal cleft with moisture-associated erythema; a few small
superficial erosions on the R buttock. No necrosis.
BMI 19.8 (wt 47 kg).
Plan: dimethicone barrier cream at each change; higher-absorbency pads with a wicking
layer; prompted toileting every 2 h; pelvic floor exercises not feasible (cognition);
review in 4 wks.
"""),
("2026-02-10", "Primary Care Home Visit", """
HOME VISIT -- Dr. Y. Barrowcliff (GP)

Called by husband: "her bottom has gone purple and she screams when I clean her".
Exam: frail, BP 108/60, afebrile. R buttock: retiform purpura over roughly 8x6cm, its
centre stellate and dusky-black for 2 cm, exquisitely tender, livedo around it; L buttock:
erythema and superficial moisture damage only. Sacrum intact.
INR 3.4 (clinic 2/6).
Impression: painful necrotic R buttock lesion -- pressure injury (lies mostly on her R
side) vs incontinence-associated dermatitis with ulceration vs ?calciphylaxis given ESRD
and warfarin.
Plan: discussed with the renal conservative care team -- they share the concern for
possible calciphylaxis; biopsy offered, family declines invasive tests. Turn every 2 h,
air mattress, palliative referral.
"""),
("2026-03-03", "Palliative Care Consult", """
PALLIATIVE CARE -- home consult

81F, CKD 5 on conservative management, AF on warfarin, frailty (CFS 7).
Problem: painful necrotic R buttock wound; the team differential remains pressure injury vs
calciphylaxis, unconfirmed. Patient and family decline biopsy; a result would not alter
what we are aiming for, and we support that.
Pain 8/10 with care. Start oxycodone 1 mg q4h prn (renal caution), paracetamol 500 mg tds,
a dose 30 min before dressing changes.
Warfarin stopped today after GP and renal discussion (falls, labile INR, goals of care).
Goals: comfort-focused, remain at home. DNACPR in place.
F/u 1 wk, sooner if needed.
"""),
]}

E18 = {"patient_id": "E18", "age": 57, "sex": "F", "notes": [
("2018-02-20", "Menopause Clinic", """
MENOPAUSE CLINIC -- new

57F, FMP 2013. c/o hot flushes (6/day), vaginal dryness, dyspareunia.
PMH: ESRD secondary to diabetic kidney disease, dialysis Mon/Wed/Fri; T2DM using
glargine 30 u nightly plus aspart with meals; injects "always in the same spots on my
tummy"; HTN; obesity.
Meds: insulin, sevelamer, cinacalcet, amlodipine, atorvastatin. No warfarin.
Vitals: Ht 5'3", Wt 180 lb, BMI 31.9.
Exam: firm rubbery swellings to the R and L of the umbilicus at her injection sites; skin
intact, no discoloration. Vulvovaginal atrophy.
A/P: GSM -- vaginal estradiol cream; vasomotor sx -- gabapentin 100 mg after HD (renal
dose); injection technique: rotate sites, new needle every time, diabetes educator
referral.
"""),
("2018-03-06", "Primary Care Visit", """
PCP visit

57F HD pt. The belly lumps at her insulin sites have become sore over the last 2 wks; one
"has a bluish tinge". No fever.
Exam: periumbilical abdomen, L > R: several 2-3 cm firm subcutaneous nodules, the largest
on the L with faint violaceous discoloration, tender. No ulceration, no necrosis, no
livedo.
With ESRD and phos 6.8 early calciphylaxis has to be considered, though injection fat
necrosis or lipohypertrophy seems more likely. Urgent derm referral for biopsy. Until
then she will inject into her thighs.
BMI 31.9. A1c 8.8.
"""),
("2018-03-27", "Dermatology Consult", """
DERMATOLOGY

57F HD, insulin-treated DM.
Bx 3/13/18 (L periumbilical nodule, incisional): lipohypertrophy with focal fat necrosis
and lipomembranous change; no vascular calcium seen, H&E or von Kossa (both
negative); thrombi absent.
Impression: lipohypertrophy with fat necrosis at the insulin injection sites; calciphylaxis
excluded on histology.
Plan: rotate insulin into the thighs and upper arms, avoid the lumps; they should soften
over months; absorption may change -- endocrine informed, insulin doses may need trimming
once she stops injecting into the lumps; return if any new painful or purple lesions.
BMI 31.7.
"""),
]}

E19 = {"patient_id": "E19", "age": 50, "sex": "F", "notes": [
("2025-09-16", "Menopause Clinic", """
MENOPAUSE CLINIC -- new referral

50 yo perimenopausal (LMP 3 mo ago): hot flushes, poor sleep, low mood.
PMH: CKD stage 3a (eGFR 52, IgA nephropathy, on ramipril), HTN, migraine without aura.
No diabetes. No anticoagulants.
FHx: her older sister, a hemodialysis patient, died of calciphylaxis in 2023; mother
breast ca at 66.
She is anxious she will "get what my sister had" and asks whether HRT raises the risk.
Vitals: BP 132/80, BMI 30.8.
Skin: no lesions on abdomen, thighs or legs.
A/P: perimenopausal vasomotor symptoms. Transdermal estradiol 25 mcg + micronized
progesterone 100 mg reasonable with CKD 3a. Explained that calciphylaxis is seen mostly in
kidney failure, in those needing dialysis; her kidney function is far better,
and her skin shows nothing of the kind. Mammogram due -- ordered.
"""),
("2026-04-14", "Primary Care Follow-up", """
PCP f/u

50F on HRT since 9/2025; flushes much improved. eGFR 50 (stable). BP 128/78.
She asks again about the skin disease her sister had; no skin complaints of her own.
Exam: skin of trunk and legs normal, no purpura, no nodules.
Mammogram 10/2025 BI-RADS 1.
Wt 83.0 kg, BMI 30.6.
A/P:
1. menopausal symptoms controlled; continue HRT, review yearly
2. CKD 3a stable; annual nephrology
3. weight: diet and activity discussed
4. no evidence of calciphylaxis; family history noted
"""),
]}

E20 = {"patient_id": "E20", "age": 24, "sex": "F", "notes": [
("2016-06-21", "Family Planning Clinic Note", """
FAMILY PLANNING CLINIC

24 yo G0, ESRD from reflux nephropathy, dialysis Tuesdays, Thursdays and Saturdays via a R
arm fistula, on the kidney transplant waiting list. Wants reliable contraception;
pregnancy on HD discussed as high risk.
No diabetes, no anticoagulation. Sexually active, condoms inconsistently.
Vitals: BP 136/84, BMI 22.4.
Counseling: copper IUD, LNG-IUD, implant, DMPA, POP. Explained that calciphylaxis is an
uncommon but serious skin complication in dialysis patients and that injection sites can
sometimes be where it starts, one reason to favor a non-injectable method; estrogen
methods not advised (HTN).
She chooses the LNG-IUD. Placed today; UPT neg. Tolerated well.
Skin incidentally: no lesions.
Plan: string check 6 wks; condoms for STI prevention.
"""),
("2016-07-12", "HD Rounding Note", """
HD rounds

24F on HD, transplant listed. IUD placed 6/21; mild cramping has settled. No bleeding.
Pre-HD wt 58.1 kg (BMI 22.4), BP 140/86.
Labs: PTH 420, Hgb 10.8, phosphorus 5.9, calcium 9.3.
Skin intact, no lesions, no purpura.
Assessment/plan: dialysis adequate (Kt/V 1.5). Phos slightly high: dietitian review and
binder adherence. Reinforced: avoid calcium-based binders; reminded her that calciphylaxis
is a risk with ESRD and a high phosphorus. Transplant work-up ongoing; I will see her on
rounds in a fortnight, earlier for new skin sores.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
