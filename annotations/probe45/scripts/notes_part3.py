"""probe45 corpus notes, F15-F20 (scanned / faxed outside records with OCR noise; all invented)."""

F15 = {"patient_id": "F15", "age": 68, "sex": "M", "notes": [
("2018-11-06", "Dialysis Unit Physician Note (fax)", """
<< MEADOWLARK DIALYSIS CTR >> fax 11/06/18 p.1 of 1 << physician rounding >>
68 M, ESRD, HD for 6 yrs, DM2 on NPH insulin bid, self-injects R side of the abdomen
"for years". BMI 31.8.
Tender 2 cm dusky nodule with a small dark crust at the R periumbilical injection area,
x 10 days. No fever.
Imp: possible early calciphylaxis vs. lipohypertrophy with traumatic bruise. Derm asked.
Move injections to the L abd / thighs.
<< MEADOWLARK DIALYSIS CTR >> fax 11/06/18 p.1 of 1 << physician rounding >>
"""),
("2018-11-20", "Dermatology Clinic (scanned)", """
Dermato1ogy clinic - scanned 20/11/2018
R abdominal nodule 2.5 cm, violaceous, faint livedo, 4 mm crust. Could represent early
calciphylaxis; could equally be a traumatised injection nodule.
Biopsy offered -- pt declines ("no more needles than I already have"). Will re-review in 4
weeks; return sooner if it darkens or spreads.
No warfarin.
"""),
("2019-01-15", "Nephrology Letter", """
RENAL SERVICES  15-JAN-2019  page 1
Mr ___ failed to attend derm review in December; now admitted elsewhere with a fractured
hip and transferred to a skilled nursing facility out of area. Abdominal nodule reported by
SNF as "smaller, crust fell off". The question of calciphylaxis was never settled -- no
biopsy, no firm diagnosis.
RENAL SERVICES  15-JAN-2019  page 1
"""),
]}

F16 = {"patient_id": "F16", "age": 59, "sex": "F", "notes": [
("2019-06-03", "Outside Hospital Discharge Summary (translated, fax)", """
HOSPITAL SAN BLAS - RESUMEN DE ALTA - pag 1/2
Patient Mrs Rosalind Achterberg, 59 years old. End-stage renal insufficiency in peritoneal
dialysis (CAPD). Deep venous thrombosis of left leg in April 2019, was started warfarin.
Around 10 days after starting warfarin appear a painful black plaque in the left thigh,
anterior face. Differential: necrosis of skin from warfarin versus calciphylaxis. Not
diabetic. Weight 74 kg, BMI 29.0 (overweight, no obesity).
HOSPITAL SAN BLAS - RESUMEN DE ALTA - pag 2/2
Warfarin was changed to enoxaparin. Biopsy was not possible because of the INR. Patient
will be seen by dermatology in her own country.
"""),
("2019-06-19", "Dermatology Consult", """
Derm consult 06/19/2019.
L anterior thigh: 7 cm necrotic plaque with a hemorrhagic bulla at its edge. On warfarin
from April to late May 2019 (stopped), now enoxaparin in the abdomen.
DDx: warfarin-associated skin necrosis vs calciphylaxis (PD patient, phos 6.8). Protein C
level pending. Punch bx today.
"""),
("2019-07-02", "Dermatology Follow-up (fax)", """
---- FAX ---- 07/02/2019 ---- DERM ---- p1 ----
Bx: epidermal necrosis, dermal vessel thrombi; NO vascular calcification seen, but
sample superficial; nondiagnostic for calciphylaxis. Protein C mildly low.
Still unclear: calciphylaxis vs. warfarin necrosis. Deeper bx recommended.
Pt is returning to the Netherlands next week and will continue care there; records given.
---- FAX ---- 07/02/2019 ---- DERM ---- p1 ----
"""),
]}

F17 = {"patient_id": "F17", "age": 75, "sex": "M", "notes": [
("2025-06-09", "Podiatry/Wound Referral (scanned)", """
REFERRAL FORM -- PAGE 1 -- PINECREST PODIATRY -- 09/06/2025
75M, HD Tue Thu Sat. DM type 2 on gliclazide + sitagliptin, no insulin. BMI 27.0.
Caught his R shin on the footplate of his wheelchair on 02/05/2025 -- small skin flap.
Since about 3 weeks ago the area has gone black with a purple mottled edge and is far more
painful than a normal knock should be.
Query calciphylaxis? Please assess.
REFERRAL FORM -- PAGE 1 -- PINECREST PODIATRY -- 09/06/2025
"""),
("2025-06-24", "Dermatology Clinic Letter", """
Dermatology 24 June 2025
R anterior shin: 3x2cm eschar with violaceous retiform margin. Differential: traumatic
ulcer with poor healing in arterial disease vs calciphylaxis. Shave/punch biopsy taken
(patient would only allow a superficial sample).
No warfarin.
"""),
("2025-07-15", "Dermatology Results (fax)", """
FAX 15/07/2025  DERMATOLOGY  pg 1/1
Biopsy R shin: ulcer base with granulation tissue; no calcification in the sample, which
does not reach the subcutis. Nondiagnostic -- cannot exclude calcific uremic
arteriolopathy. Deeper incisional biopsy advised; patient declined. Managed as possible
calciphylaxis, STS not started.
FAX 15/07/2025  DERMATOLOGY  pg 1/1
"""),
]}

F18 = {"patient_id": "F18", "age": 63, "sex": "F", "notes": [
("2021-01-18", "Nephrology Fax", """
>>FAX>> WILLOWBROOK RENAL 01/18/21 pg 1/1
63F, ESRD/HD, insulin-requiring DM2 (abd), BMI 33. Two enlarging painful ulcers on the R
shin with violaceous undermined edges, started after New Year.
Plan: derm - r/o calciphylaxis.
>>FAX>> WILLOWBROOK RENAL 01/18/21 pg 1/1
"""),
("2021-01-27", "Dermatology Consult", """
Derm. R shin: two 3 cm ulcers with purple, overhanging, undermined borders and
cribriform edges; no eschar, no retiform purpura. History of Crohn's disease.
Ddx: pyoderma gangrenosum vs calciphylaxis. Biopsy from edge today.
"""),
("2021-02-10", "Dermatology Results (scanned)", """
DERMATOLOGY RESULTS   10.02.2021   SCAN
Bx: dermis packed with neutrophils; vessels free of calcium, no thrombi; von Kossa
negative. Diagnosis pyoderma gangrenosum. Calciphylaxis ruled out.
Start prednisolone 40 mg; no debridement. Warfarin: never.
DERMATOLOGY RESULTS   10.02.2021   SCAN
"""),
]}

F19 = {"patient_id": "F19", "age": 52, "sex": "M", "notes": [
("2024-03-12", "Nephrology Clinic (fax)", """
~~ CARVER STREET NEPHROLOGY ~~ 12/03/2024 ~~ fax page 1 ~~
52M, ESRD from IgA nephropathy, in-centre HD since 2021. Not diabetic. No warfarin.
Anxious: his older brother died in 2019 of calciphylaxis, also a dialysis patient.
Skin fully examined today: no ulcers, plaques, livedo or purpura anywhere.
BMI 24.0. Phos 5.1, on sevelamer.
~~ CARVER STREET NEPHROLOGY ~~ 12/03/2024 ~~ fax page 1 ~~
"""),
("2024-09-10", "HD Unit Note", """
HD monthly review 9/10/24: reassurance re brother's calciphylaxis. skin intact. Wt 73 kg.
"""),
]}

F20 = {"patient_id": "F20", "age": 60, "sex": "F", "notes": [
("2018-05-22", "PD Training Note (scanned)", """
PD TRAINING - HOME THERAPIES UNIT - 22/05/2018 - page 1 of 1
60F starting CAPD for ESRD (hypertensive nephrosclerosis). Prediabetes (A1c 6.1) - not
diabetic, no meds. Overweight, BMI 29.9.
AF: warfarin was discussed, she chose no anticoagulation for now.
Education given: if painful dark skin lesions ever appear, tell us at once, as calciphylaxis
is a risk in dialysis patients; keep heat pads and ice off bare skin.
PD TRAINING - HOME THERAPIES UNIT - 22/05/2018 - page 1 of 1
"""),
("2018-08-14", "PD Clinic Note", """
PD clinic 08/14/18. Sprained L ankle stepping off a curb last week, mild bruise, no
ulcer. Exit site clean. Skin otherwise normal - no lesions. BMI 29.8.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
