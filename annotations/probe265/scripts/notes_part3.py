"""probe265 corpus notes, P15-P20 (South African and East African hospital notes; all invented)."""

P15 = {"patient_id": "P15", "age": 43, "sex": "F", "notes": [
("2023-03-21", "Diabetes Clinic Note", """
ZIWANI COUNTY HOSPITAL - DIABETES CLINIC   21/03/2023   CO: Auma L.

43F, T1DM since age 14, on Mixtard 18 u mane / 10 u evening; injects around the navel,
does not rotate. ESRD on HD twice weekly since 2021 (renal unit). No warfarin.
HbA1c 8.9%. RBS today 14.2.
O/E: periumbilical lipohypertrophy, soft, non-tender. Feet: sensation intact, no ulcers.
Wt 55 kg, BMI 22.9.
Plan: - taught to rotate: thighs, upper arms, away from the navel
      - new pen needles issued
      - continue same insulin doses; SMBG diary
      - TCA 3/12
"""),
("2023-05-09", "Renal Unit Review", """
RENAL UNIT REVIEW - 9 May 2023  (Dr. Omondi K., MO)

43F T1DM on Mixtard, ESRD on HD (Mon/Thu). BMI 22.5.
C/o tender purple lumps in the periumbilical skin she injects into, for 3 wks.
O/E: periumbilical: 4 firm tender nodules (1-2cm), overlying violaceous livedo, one
with a small dusky centre. No fluctuance. Afebrile.
Labs: Ca 2.52, PO4 2.6, PTH 88 pmol/L, CRP 22.
Imp: ?early calciphylaxis vs infected lipohypertrophy / panniculitis
Plan: skin biopsy request to pathology; avoid injecting into these lumps - use thighs;
augmentin 625 mg BD x 7/7; review next HD day.
"""),
("2023-06-13", "Referral Letter", """
ZIWANI COUNTY HOSPITAL - RENAL UNIT     13th June 2023

To: The Renal Physician, National Referral Hospital (Renal Dept)

Re: 43F, T1DM, ESRD on HD - suspected calciphylaxis

Dear colleague,
Thank you for seeing this lady with painful periumbilical nodules (since April) at her
insulin sites. Two have now ulcerated with black bases. Biopsy could not be done here:
no histopathology service since March and the family cannot pay a private lab.
No response to antibiotics. I cannot exclude calciphylaxis and would value your
assessment and a biopsy. Sodium thiosulphate is not available to us.
Current: Mixtard (now into thighs), calcium carbonate stopped, paracetamol.
Yours sincerely,
Dr. K. Omondi
"""),
]}

P16 = {"patient_id": "P16", "age": 74, "sex": "M", "notes": [
("2025-01-20", "Anticoagulation Clinic Note", """
St Agatha's Private Hospital - Anticoagulation Clinic    20 Jan 2025

74M. Mechanical MVR 2008; warfarin for life, aiming INR 2.5-3.5.
CKD 4, latest eGFR 21 - pre-dialysis, nephrology follow-up. DM2 on gliclazide; insulin
might be needed down the line if glucose rises. BMI 28.1.
Recent: 4 dental extractions on 07/01/2025. Bridged with Clexane 80 mg s/c BD
03/01 - 10/01, his wife gave it in the anterior thighs, both sides.
INR today 3.1 on 7.5 mg daily.
Skin: bruising both anterior thighs from the Clexane, fading.
Plan: continue warfarin 7.5 mg; INR in 2/52.
"""),
("2025-02-11", "Medical Ward Note", """
MEDICAL WARD NOTE   2025-02-11   (Reg Dr Y. Cassim)

74M, MVR on warfarin, CKD 4, DM2. Admitted with a painful necrotic area, R thigh
laterally, x 10/7.
O/E: R lateral thigh - necrotic black plaque 8x6cm, purpuric, reticulated
border; skin around firm. L thigh normal. Afebrile.
INR 3.4, Ca 2.49, PO4 1.8, PTH 21 pmol/L, alb 33.
Imp: ?warfarin-induced skin necrosis  ?non-uraemic calciphylaxis  ?haematoma at old
Clexane site
Plan: deep biopsy by derm; check protein C and S; analgesia; hold calcium supplement.
"""),
("2025-02-25", "Dermatology Follow-up", """
DERMATOLOGY - follow-up   25.02.2025

Deep incisional bx R thigh (13/02): septal panniculitis, necrotic fat; vessels show no
calcium on H&E nor on VK stain; sampled vessels free of thrombus.
Non-diagnostic. Non-uraemic calciphylaxis remains possible; warfarin necrosis also
still in the differential.
Ulcer now 9 x 7 cm with dry eschar, pain controlled on oxycodone.
Family declined a second deeper biopsy. Patient frail, wants comfort care only.
Plan: hospice referral; warfarin continued (valve) after family meeting;
dressings with hospice nurses; BMI 27.6 on ward scale.
"""),
]}

P17 = {"patient_id": "P17", "age": 60, "sex": "F", "notes": [
("2017-08-08", "Medical Ward Admission", """
WARD 3 MEDICAL - ADMISSION   8/8/2017    Intern: Dr. Mugisha T.

60F. CKD stage 5 (ESRD) - counselled for haemodialysis in 2016, family cannot afford;
conservative care. DM2 on glibenclamide 5 mg OD. HTN. Obese (BMI 31.6).
P/C: painful mottled legs, sores on both calves x 3/52.
O/E: both calves - purple net-like mottling with 3-4 small black-crusted ulcers each
side, very tender. Feet warm, pulses palpable. Oedema +.
Labs: urea 38, creat 890, Ca 2.7, PO4 3.1, Hb 8.2.
Imp: ?calciphylaxis ?vasculitis ?cellulitis
Plan: IV cloxacillin, analgesia, consultant review.
"""),
("2017-08-15", "Consultant Ward Round", """
CONSULTANT WARD ROUND  15/08/17  (Dr. Kyomuhendo, physician)

Bilateral calf ulcers, livedo. No response to a week of cloxacillin.
Impression: I suspect calciphylaxis (CUA) given CKD 5 with high phosphate;
vasculitis less likely (no other organ involvement, ANCA pending).
Skin biopsy advised - patient declined.
O/E: ulcers unchanged, eschar on the larger ones, livedo up to the knees.
Sodium thiosulphate not available in the hospital.
Plan: stop calcium-containing binder, low-phosphate diet counselling, tramadol,
wound care, discuss dialysis funding again with family.
"""),
("2017-08-29", "Discharge Summary", """
DISCHARGE SUMMARY    Discharged: 29 August 2017 (on request)

Dx: 1. Bilateral calf ulcers - suspected calciphylaxis, not confirmed (biopsy declined)
    2. CKD stage 5, not on dialysis
    3. DM2
Course: slow improvement in pain; ulcers unchanged in size. ANCA negative.
Family still unable to fund dialysis; daughter to look into the district
insurance scheme.
BMI 29.4 at discharge (weight loss while admitted).
TTO: glibenclamide 2.5 mg OD, paracetamol, tramadol 50 mg TDS, Vaseline gauze
dressings at health centre IV.
Review medical OPD 2/52.
"""),
]}

P18 = {"patient_id": "P18", "age": 36, "sex": "M", "notes": [
("2019-07-23", "Haemodialysis Unit Note", """
UMTHOMBO ACADEMIC - HD UNIT, MO note   23/07/2019

36M, ESKD (HIVAN), HD MWF, L BC fistula. RVD on TLD, restarted
May after defaulting; CD4 89. Not diabetic.
Warfarin was considered for recurrent AVF clotting in 2018 but never started.
In the cold spell in June he slept with a hot-water bottle against both feet.
Now: purple patches, soles + dorsa of both feet x 3 wks, mildly painful.
O/E: both feet - multiple violaceous plaques 1-3 cm, some nodular, no ulcer, no eschar.
Wt 61 kg, BMI 20.8.
Imp: ?calciphylaxis  ?Kaposi sarcoma  ?burns
Plan: derm referral, CMP + PTH, VL.
"""),
("2019-07-30", "Dermatology Consult", """
DERMATOLOGY CONSULT   30/07/2019

Both feet: multiple violaceous plaques and nodules (biggest: L sole, 3cm);
2 similar lesions on the hard palate; no livedo, no necrosis.
Differential: Kaposi sarcoma (favoured, given CD4 and the oral lesions) vs calciphylaxis.
Patient says the patches came up nearly a month ago, after the hot-water bottle nights,
but they are not blistered or scarred and look nothing like a burn.
Punch biopsy L dorsal foot taken today.
Plan: histology with HHV-8 stain; CXR; refer oncology if KS.
"""),
("2019-08-13", "Oncology Clinic Note", """
ONCOLOGY CLINIC   13 Aug 2019

Histo (L foot, 30/07): spindle cell proliferation with slit-like vascular spaces,
HHV-8 LANA positive. No vascular calcification. Diagnosis: Kaposi sarcoma.
Calciphylaxis excluded.
CXR clear; no pulmonary KS. Palate lesions unchanged, no GI symptoms.
VL 1,200 copies/ml on restart of ART; CD4 89.
Stage T1 I0 S1 (ACTG). Explained the diagnosis; he is relieved it is treatable.
Feet: plaques unchanged, no ulceration.
Plan: continue TLD, adherence counselling, start paclitaxel after discussion
(renal dosing checked), review with HD unit, BMI 20.8 stable.
"""),
]}

P19 = {"patient_id": "P19", "age": 48, "sex": "F", "notes": [
("2024-09-10", "Rheumatology Clinic", """
RHEUMATOLOGY CLINIC   10/09/2024   Dr. Wairimu N.

48F, diffuse cutaneous systemic sclerosis since 2015; severe Raynaud's.
CKD G3b, eGFR 38, no dialysis. Sugars normal - not diabetic. No warfarin.
Hands: chalky white nodules, pulps of R index + L thumb, discharging gritty
material (calcinosis cutis), healing digital ulcer R index tip.
She soaks both hands in warm water every morning for the Raynaud's.
Wt 47 kg, BMI 19.5.
GP letter asks "?calciphylaxis".
Plan: X-ray both hands; nifedipine MR 30 mg; gloves; refer derm.
"""),
("2024-10-01", "Dermatology Note", """
DERMATOLOGY   1 Oct 2024

X-ray hands: clumped subcutaneous calcinosis both hands, digital artery calcification.
O/E: calcinosis cutis of both hands as described by rheumatology. Nothing retiform,
nothing livedoid, and the fatty areas carry no necrotic plaques.
R index tip ulcer healing, 3 mm, clean. Sclerodactyly, telangiectasia on face.
Bloods: Ca 2.32, PO4 1.3, PTH normal.
Opinion: calcinosis cutis of systemic sclerosis. This is not calciphylaxis.
Reply sent to the GP with an explanation of the difference.
Plan: topical care, consider sodium thiosulphate cream, rheum follow up.
Review 3/12.
"""),
]}

P20 = {"patient_id": "P20", "age": 62, "sex": "M", "notes": [
("2025-05-13", "Haemodialysis Unit Review", """
Acacia Ridge Renal Care - HD Unit review   13-05-2025

62M, ESKD (DKD), HD MWF via R arm fistula. DM2 - Humulin 30/70, injects abdomen.
Warfarin 2008-2009 for a DVT, stopped since.
FHx: brother died of calciphylaxis in 2017 (ulcers on his thighs) - pt asks whether he
is at risk.
Skin checked head to toe: intact; nothing purpuric, nodular or ulcerated.
Obesity class I (BMI 30-34.9): today 32.6.
Counselled: calciphylaxis is a recognised risk on dialysis - so no hot-water bottles
or electric heating pads, keep rotating injection sites, and phone the unit at once
if a sore skin patch appears.
Phos 1.7, Ca 2.35, PTH 42.
"""),
("2025-08-19", "Renal Clinic Annual Review", """
RENAL CLINIC - ANNUAL REVIEW   19/08/2025

62M on HD, DM2 on insulin. Feeling well. Skin examined fully: no evidence of
calciphylaxis. Feet intact.
Wt 101 kg, BMI 32.4.
Kt/V 1.3, Hb 11.2, ferritin 410. Phos 1.6, Ca 2.30, iPTH 39.
HbA1c 7.4 on Humulin 30/70 - injection sites in the abdomen look healthy, rotating well.
Reminded again about heat sources on the skin, given his brother's history.
Next bloods in 3/12.
Plan: continue current binder (sevelamer), same HD prescription, annual review.
"""),
]}

PATIENTS = [P15, P16, P17, P18, P19, P20]
