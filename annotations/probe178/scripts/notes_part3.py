"""probe178 corpus notes, D15-D20 (group homes, assisted living and disability services,
plus the clinics around them; every person, place and sentence invented)."""

D15 = {"patient_id": "D15", "age": 55, "sex": "F", "notes": [
("2025-03-04", "House Nurse Note", """
NURSING NOTE - Quarry Hill Residence (Lantern Path Services)       03/04/2025
Individual: Celeste W., 55 F. Moderate ID, bipolar d/o, ESRD with HD TTS, insulin-treated T2DM
(glargine 18 u qAM + aspart per scale, given by med-certified staff into the lower abdomen,
rotating 4 quadrants per MAR grid). No warfarin. BMI 34.0.

DSP Jordan showed me tender purple hard areas on her lower belly during dressing. Exam:
firm violaceous patch 4x3 cm, mottled edge, 3 cm left of the navel (L lower abdomen); below
it a smaller 2 cm firm dusky spot, also LLQ. Both are in the area where her insulin
is usually given. Skin intact. No fever. Celeste rates pain 6/10, pushes hands away.
Could be lipohypertrophy with bruising - but painful and mottled, so ?calciphylaxis given
her dialysis.

Plan: insulin to move to the thighs until further notice (PCP phone order); derm referral;
PCP and dialysis unit told; guardian (cousin) informed.
"""),
("2025-03-18", "Dermatology Consult", """
DERMATOLOGY - new consult         3/18/25
Celeste W., 55 F, moderate ID, on HD, insulin-treated T2DM; with DSP and guardian (cousin).

Two indurated violaceous patches in the L lower abdomen - exactly where staff inject her
insulin, onset about 2 wks
ago, now 5x3 cm and 2.5x2 cm, no ulceration, faint retiform edge at the larger one.
Background lipohypertrophy across the lower abdomen.
Impression: I am concerned this is early calciphylaxis at the injection sites; alternatives
are panniculitis or traumatic fat necrosis inside lipohypertrophy. Cannot distinguish clinically.
Only a deep biopsy could tell, but she needs sedation for procedures per her support plan and
the guardian declines biopsy for now.
BMI 33.8.

Plan: no more abdominal insulin; nephrology to review Ca/Phos/PTH and consider empiric
measures; photos monthly; recheck 6 wks, biopsy to be revisited if ulceration develops.
"""),
("2025-05-06", "Guardian Communication", """
GUARDIAN CALL LOG        5/6/2025       Care manager: R. Oduya
Guardian: Wendell W. (cousin)

Update after derm recheck 5/2: the purple areas on Celeste's belly are softer and lighter,
never opened. Derm wrote "can't tell whether these were early calciphylaxis or fat necrosis from
injections; no biopsy done, so no final diagnosis". Insulin stays in her thighs; staff trained
on the new rotation map.
Dialysis unit lowered her calcium bath and changed binder; they did not start sodium
thiosulfate.
Wendell says he is glad no procedure was needed and does not want a biopsy unless a sore
opens. Agreed. Next ISP meeting 6/12; nursing to add monthly skin photo goal.
"""),
]}

D16 = {"patient_id": "D16", "age": 66, "sex": "M", "notes": [
("2016-02-09", "ICF/IID Nursing Note", """
NURSING NOTE - ICF/IID   Ashgrove Campus, Cottage 4          2/9/16
Individual: Roland E., 66 M. CP (spastic quadriplegia), severe ID, nonverbal, ESRD on HD
MWF, hx DVT on warfarin (Coumadin 4 mg, INR 2.5-3.5), GERD. No diabetes.
Sits 8-10 h/day in a tilt-in-space w/c with ROHO cushion.

Skin: L buttock over the ischial area - wound 3x2.5 cm with a black center and a purple
net pattern surrounding it, about 6 cm total. Very tender: grimaces, moans with turning. Not
there at the 1/26 skin check. Looks different from his old sacral pressure sore (healed
2014).
Wt 47.9 kg, BMI 18.9.

Plan: off-load L side, 30 degree tilt + q2h turns in bed, wound clinic referral, PT
seating re-check, notify PCP and guardian (state office).
"""),
("2016-02-23", "Wound Clinic Note", """
Wound Clinic         2/23/16
Roland E., 66 M from ICF/IID, with 2 staff.
L ischial/buttock wound: 4x3 cm, black eschar 2.5 cm, violaceous rim, retiform livedo
extending 3 cm beyond, very painful to light touch.
Differential: unstageable pressure injury (w/c sitting) vs calciphylaxis (ESRD + warfarin,
pain out of proportion, livedo) - r/o calciphylaxis.
Biopsy discussed: deferred - INR 3.1 today and guardian office asked to wait for their
review.
Plan: seating clinic for cushion/tilt review; collagenase to eschar edges, foam; nephrology
asked to check Ca/Phos/PTH; revisit biopsy in 2 wks.
"""),
("2016-03-15", "ICF/IID Transfer Summary", """
TRANSFER SUMMARY - Ashgrove Campus ICF/IID      3/15/2016
Roland E., 66 M, moves today to the Hollins Valley ICF (another county) to be closer to his
sister; records sent.
Active issues:
1. L buttock wound - working dx remains unstageable pressure injury vs possible
   calciphylaxis; biopsy never done (guardian review pending at transfer). 4.5x3 cm,
   eschar stable. Dressing: foam q3d. Positioning schedule attached.
2. ESRD on HD MWF - dialysis placement arranged at Hollins Valley Kidney Care.
3. DVT hx - on Coumadin, last INR 2.8.
4. Nutrition: puree, Nepro supplements, wt 47.5 kg, BMI 18.7.
Receiving RN given verbal report by phone.
"""),
]}

D17 = {"patient_id": "D17", "age": 72, "sex": "F", "notes": [
("2026-01-13", "Assisted Living Nurse Note", """
Brightwater Assisted Living - DD Residence       Nurse note      01/13/2026
Resident: Imelda G., 72 F. Mild ID, anxiety, T2DM on glipizide (no insulin), ESRD on CAPD
(does exchanges with staff supervision), obesity, BMI 31.7. No anticoagulants.

At bath time staff saw a blotchy purple net pattern over both anterior thighs, with 2-3 tender
pea-size lumps (R thigh) and one more (L thigh). Imelda has used a weighted lap blanket (4.5 kg)
across her thighs in the afternoons since last fall for anxiety per her behaviour support
plan.
No ulcers. Not warm. No fever.
Plan: weighted blanket paused; PD nurse and PCP informed; photo to PD clinic.
"""),
("2026-01-27", "PD Clinic Note", """
PD CLINIC         1/27/26
Imelda G., 72 F, ESRD on CAPD 4x2 L, with AL aide.
Livedo reticularis across both anterior thighs with 3 small tender subcutaneous nodules
(R 2, L 1), no ulceration, no eschar. Weighted blanket stopped 2 weeks ago.
Labs: albumin 3.1; Ca 9.7, PO4 6.4; iPTH 560.
Impression: livedo + nodules in a PD patient - cannot exclude early calciphylaxis; could also
be a panniculitis or livedo from pressure/cold. Biopsy offered; Imelda and her niece (POA)
decline - "no cutting".
BMI 31.5.
Plan: lower calcium load, calcium carbonate stopped, sevelamer instead; re-look in 4 weeks.
Goals of care talk started - niece raised hospice.
"""),
("2026-02-17", "Hospice Admission Note", """
HOSPICE ADMISSION - RN CASE MANAGER        2/17/2026
Imelda G., 72 F, admitted to hospice at Brightwater AL. Decision by Imelda and niece (POA)
to stop peritoneal dialysis; last exchange done 2/15. Comfort focus.
Skin: livedo both anterior thighs, nodules unchanged, no open areas. Possible early
calciphylaxis per PD clinic - never biopsied, will not be pursued.
Symptoms: fatigue, mild dyspnea; morphine oral solution PRN, lorazepam PRN.
DM: glipizide stopped, glucose checks stopped.
Equipment: hospital bed, overlay mattress. BMI 31.2 (wt 81 kg on AL scale).
Chaplain and social work visits scheduled. Staff know the DNR/MOLST is on the fridge.
"""),
]}

D18 = {"patient_id": "D18", "age": 45, "sex": "M", "notes": [
("2025-07-08", "House Nurse Note", """
NURSING NOTE - Kestrel Road home        7/8/25
Individual: Jerome A., 45 M, Down syndrome, moderate ID, ESRD (HD MWF, R upper arm fistula),
hypothyroid, sleep apnea. No diabetes, no warfarin.
BMI 29.9 (overweight) - 86.2 kg.

For 3 days staff have seen purple spots on both shins, some now small open sores. Exam:
bilateral anterior lower legs - palpable purple dots and patches, 4 shallow ulcers 0.5-1 cm
with crust, more on the R. Mild ankle swelling, no warmth.
Jerome says "itchy". No new meds except amoxicillin for a tooth 6/30.
?calciphylaxis vs vasculitis - called PCP, derm appt 7/15.
"""),
("2025-07-15", "Dermatology Consult", """
DERMATOLOGY          7/15/2025
Jerome A., 45 M, Down syndrome, ESRD on HD.
Bilateral shins: palpable purpura with small ulcers, R > L.
Ddx: leukocytoclastic vasculitis (drug - amoxicillin), calciphylaxis (ESRD), septic emboli.
R shin punch biopsies x2 (routine histology + immunofluorescence).
Addendum 7/19: neutrophil-rich small-vessel vasculitis, nuclear dust, fibrinoid walls;
immunofluorescence C3 in vessel walls, IgA neg. Vessels not calcified; fat free of thrombi.
Final: leukocytoclastic vasculitis, likely drug reaction. Calciphylaxis ruled out.
Plan: stop amoxicillin (course done anyway), topical steroid, leg elevation, recheck 3 wks.
"""),
("2025-07-29", "Nephrology Note", """
Nephrology - HD unit        7/29/25
Jerome A., 45 M, ESRD (congenital obstructive uropathy) on HD MWF.
Shin lesions: derm biopsy = leukocytoclastic vasculitis from amoxicillin; NOT calciphylaxis.
Healing, crusts only now.
BMI 29.9 by pre-HD weight (86.0 kg). BP 138/82. Tolerating 4 h runs, no cramping, IDWG 2.1 kg.
Labs: Hb 11.2, albumin 3.9, Ca 9.0, PO4 5.1, iPTH 380; Kt/V 1.5.
Group home RN reports staff did the leg elevation and steroid cream as ordered; Jerome
back at his day program and bowling league.
Plan: allergy list updated (amoxicillin - vasculitis, avoid penicillins until allergy
review); no change to the HD prescription; binder unchanged; see next month.
"""),
]}

D19 = {"patient_id": "D19", "age": 41, "sex": "F", "notes": [
("2016-10-11", "Annual Physical", """
ANNUAL PHYSICAL - for ISP          Foxglove Primary Care
Hannah L., 41 F, moderate ID, lives in the Birchwood group home, here with staff and her
sister Ruth (guardian).
PMH: T2DM on insulin glargine 26 u (metformin stopped because of kidneys), CKD stage 3a
(eGFR 52), obesity, HTN, hypothyroid.
Family hx: father had diabetes and kidney failure; calciphylaxis killed him in 2012 while
he was on dialysis - Ruth
asks if Hannah will get "the calcium skin disease". Explained it is very rare and mostly in
people on dialysis; Hannah's kidneys are at stage 3.
Meds: insulin glargine, lisinopril, levothyroxine, atorvastatin.
Exam: wt 84.5 kg, BMI 31.0. BP 134/82. Skin: intact, no ulcers, no mottling, insulin sites
(abdomen) ok. Feet: monofilament normal.
Plan: nephrology referral for CKD, A1c q3 months, dietitian with house staff.
"""),
("2017-04-25", "Nephrology Consult", """
NEPHROLOGY CONSULT         4/25/2017
Hannah L., 41 F, moderate ID, group home, referred for CKD.
CKD 3a - creatinine 1.3, eGFR 49, diabetic kidney disease, UACR 420. Not near dialysis.
Insulin glargine 24 u; A1c 7.4.
Sister asks again about calciphylaxis because of their father; no skin problems at all -
exam: skin smooth, no livedo, nodules or ulcers. No calciphylaxis.
Wt 81.3 kg, BMI 29.8 (weight down with house dietitian plan).
BP 130/78. Meds: insulin glargine, lisinopril 20, levothyroxine, atorvastatin.
Plan: start SGLT2 inhibitor, keep ACEi, recheck labs 3 months; group home staff to bring
the glucose log to each visit. Return 6 months.
"""),
]}

D20 = {"patient_id": "D20", "age": 50, "sex": "M", "notes": [
("2026-02-03", "Nephrology Clinic Note", """
NEPHROLOGY - monthly HD review          2/3/2026
Curtis N., 50 M, autism + moderate ID, ESRD, hemodialysis MWF (L upper arm fistula), lives in a
group home. New atrial fibrillation (found on HD monitor 1/14). Cardiology asked about
warfarin vs apixaban; we prefer apixaban - warfarin raises calciphylaxis risk in dialysis
patients. Apixaban began 1/20, reduced dose (2.5 mg bid). He has never taken warfarin.
No diabetes. BMI 26.7.
Skin: intact; no livedo; nodules absent.
Education given to house staff with him: calciphylaxis is a real risk with kidney failure on
dialysis, so keep heat (pads, warm packs) and ice off his bare skin, rotate any future
injections, report new
painful purple or hard skin at once.
Labs: PTH 450 (intact), Ca 9.3 mg/dL, PO4 5.8 mg/dL.
"""),
("2026-02-10", "House Nurse Note", """
RN NOTE - Thistle Court home         2/10/26
Curtis N., 50 M. Staff in-service today (8 DSPs) on the nephrologist's skin advice: nothing hot
(heating pad, hot-water bottle) and nothing frozen against his bare skin; check skin at
shower; report painful purple
spots. Written into his ISP health plan.
Full skin check today: intact everywhere, no mottling or lesions. Apixaban given per MAR, no
bruising. Wt 82.4 kg, BMI 26.7. BP 128/76. Fistula thrill present, no bleeding after
Monday's run.
Handout posted in the med room and the staff binder; night staff to sign it on Thursday.
Curtis calm, enjoyed the music group and helped set the table. Next HD Wed, van at 0615.
House manager and day program nurse emailed a copy.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
