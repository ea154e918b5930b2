"""probe268 corpus notes, S15-S20 (dermatology nurse-led phototherapy and laser unit and the
clinics around it; all people, places and wording invented)."""

S15 = {"patient_id": "S15", "age": 72, "sex": "F", "notes": [
("2021-03-15", "NB-UVB Treatment Log", """
NB-UVB - uraemic itch - Tx 20       15/03/21
Due 760 mJ/cm2. WITHHELD.

Pre-tx: pt c/o a sore, hot, mottled patch - L thigh, front - about 5 days now,
"where I do my insulin". O/E: 6 cm ill-defined dusky red-purple mottling with a
firm 1.5 cm lump beneath, L anterior thigh. No break in the skin. Afebrile.
Background: ESKD, dialyses MWF. T2DM - Levemir + Humalog. BMI 30.0.
Not on warfarin.
D/w Dr Marrow - to see in clinic next Monday. Pt to show HD nurses on Weds.
SN P. Okonjo
"""),
("2021-03-22", "Dermatology Consultant Clinic", """
Dermatology - Dr I. Marrow          22 March 2021
72F, ESKD/HD, DM (insulin), obese - BMI 30.0.

Mottled tender area L anterior thigh, where her insulin goes in, ~2 weeks.
O/E: 7 x 5 cm reticulate violaceous patch, deep tender nodule, no ulceration.
Differential: injection-site panniculitis / lipohypertrophy with fat necrosis vs
early calciphylaxis - the livedoid pattern worries me and I cannot exclude it.
4 mm punch biopsy taken today.
Plan: move insulin to the abdomen meanwhile. Check Ca/PO4/PTH at HD. Review with
histology in 2-3 weeks; low threshold for a deeper incisional biopsy.
"""),
("2021-04-12", "Nephrology Clinic Letter", """
Renal medicine - letter to GP (Dr H. Penhallow)          April 12, 2021
Re: Mrs ..., 72

Her punch biopsy from the L thigh was non-diagnostic - superficial sample, some fat
necrosis but no vessel calcification seen. Dr Marrow offered to go deeper with an
incisional sample; she said no.
After long discussion with her and her son she has decided to stop haemodialysis and
has been referred to the community palliative team. For symptom purposes we are
managing it as possible calciphylaxis (analgesia, dressings) without STS.
Insulin simplified to once-daily Levemir.
Weight 79 kg, BMI 30.0. No anticoagulants.
"""),
]}

S16 = {"patient_id": "S16", "age": 77, "sex": "M", "notes": [
("2019-10-07", "Pulsed Dye Laser Treatment Record", """
PULSED DYE LASER (595 nm) - treatment record       7 Oct 2019       SN K. Brennock
Indication: facial telangiectasia (nose, cheeks). Session 2 of 3.
Settings: 7 mm spot, 1.5 ms, 8.5 J/cm2, DCD 30/20 ms. 212 pulses, non-overlapping.
Test spot from session 1: mild purpura, settled in 8 days.
Safety: eye shields on pt, OD 5+ goggles staff. Room signage, door locked.
Meds: warfarin (AF), INR today 2.4 - told bruising may last longer; bisoprolol.
CKD4, eGFR 17 - pre-dialysis, under Dr Keane. No diabetes.
Wt 68 kg.
Aftercare: cool compress 10 min, SPF 50, no makeup 24 h.
Next session 6-8 weeks.
"""),
("2019-12-02", "Dermatology Consultant Clinic", """
Dermatology clinic - Dr F. Adair            02/12/2019
77M, CKD4 (no dialysis), warfarin for AF. Came for his last PDL session;
laser deferred.

R buttock: painful black area, 10/7. Lives in his recliner chair, day-long.
O/E: 4x3cm necrotic plaque, retiform purpuric rim, R buttock - upper
outer part, clear of the ischial tuberosity. No other lesions.
Differential: pressure injury / warfarin-induced skin necrosis / calciphylaxis -
my suspicion is calciphylaxis (retiform border, phosphate 2.0).
Plan: incisional biopsy offered - undecided, will let us know. Pressure-relieving
cushion. Letter to Dr Keane re anticoagulant choice.
"""),
("2019-12-16", "Nephrology Clinic", """
Renal clinic (CKD)     12/16/2019     Dr T. Keane
77M, CKD 4, eGFR 16, not on dialysis, no plans to start.
Buttock lesion: he has declined a biopsy. Differential remains pressure damage vs
possible calciphylaxis (?CUA) - not confirmed.
As a precaution warfarin stopped; apixaban 2.5mg BD instead.
Phosphate binder started. Cushion delivered, DN checking skin.
He moves next week to a care home near his daughter in another county; care
transferred to the renal team there, letter sent with all results.
Weight 67 kg.
"""),
]}

S17 = {"patient_id": "S17", "age": 45, "sex": "F", "notes": [
("2024-09-16", "Patch Test Clinic - Application (D0)", """
PATCH TEST D0      16/09/2024      CNS M. Tullis
Indication: itchy red rash under the tape that secures her PD catheter, R lower
abdomen, on and off since Easter. Several tapes tried.
PMH: ESKD (FSGS) on CCPD nightly. Not diabetic. No anticoagulants. BMI 27.0.
Back clear. Applied: BCDS baseline, (meth)acrylate series, own tapes (x4, as is),
own exit-site cream 1%. Finn chambers on Scanpor, upper back.
Exit site checked: not examined under the current dressing today - PD nurse to
re-dress at D2.
Return Wed (D2) and Fri (D4).
"""),
("2024-09-20", "Patch Test Reading D4 and Consultant Review", """
Patch test readings + review by Dr I. Marrow     20 Sept 2024
D2: colophonium +, own tape #3 ?+. D4: colophonium ++, own tape #3 + (contains
colophony per manufacturer). Acrylates neg.

Consultant review of the PD exit-site area, R lower abdomen: reticulate violaceous
mottling in a square matching the tape footprint and a pea-sized tender
subcutaneous nodule at its lower edge. Not typical of contact dermatitis alone.
Imp: allergic contact dermatitis to colophonium. R lower abdomen - concern for
early calciphylaxis; needs biopsy.
Plan: colophony-free silicone tape; biopsy offered, she will discuss with PD team.
"""),
("2024-10-14", "PD Clinic Note", """
Lindenbrook PD clinic    14.10.2024    Dr N. Oyelaran
Exit site: clean, no infection. Rash settled with silicone tape.
R lower abdominal mottling and nodule unchanged at 4 weeks, still tender.
She has declined biopsy - worried about healing so close to her catheter.
Assessment: possible early calciphylaxis, not confirmed; differential post-inflammatory
change after the contact dermatitis.
PTH 61, PO4 1.7 - adjusted binder anyway.
She relocates to her partner's town next month; PD care transfers to the Carrick Bay
unit. Referral letter includes the derm concern and a request to re-examine.
"""),
]}

S18 = {"patient_id": "S18", "age": 64, "sex": "M", "notes": [
("2025-03-10", "NB-UVB Treatment Log", """
NB-UVB (uraemic pruritus) - Tx 14        10.03.2025
Dose 700 mJ/cm2 - given, L lower leg covered with a towel today.

2 days ago his L shin struck the metal bedstead: 2x1cm abrasion mid L
anterior shin, superficial, clean. Cleaned, non-adherent dressing; to watch it and
let the HD nurses see it.
Background: ESKD - HD TTS. T2DM, Toujeo insulin. No anticoagulants.
Itch 3/10. Cumulative dose 6.9 J/cm2, no burning episodes this course.
Next Tx Wed - will look at the shin again then.
SN R. Delahunty
"""),
("2025-04-07", "Dermatology Consultant Clinic", """
Dermatology clinic - Dr F. Adair      April 7th, 2025
64M, ESKD on HD, insulin-treated T2DM.

The abrasion on his L shin from early March has not healed and has become a painful
ulcer over the last 3 weeks.
O/E: 3 x 2 cm ulcer, sloughy base, mild haemosiderin staining, L anterior shin; some
pitting oedema; no retiform purpura, no eschar.
Imp: ulcer after trauma on a venous leg, or ?calciphylaxis. Needs biopsy to be sure.
Deep punch biopsy from the edge taken today (von Kossa requested).
Plan: review with histology. Keep dressing; no compression until ABPI done.
"""),
("2025-04-22", "Dermatology Consultant Follow-up", """
Derm follow-up - Dr F. Adair - 22/04/2025
Histology: granulation tissue, dermal haemosiderin; von Kossa stain negative -
vessels and interstitium free of calcium; no thrombi. Calciphylaxis excluded.
Diagnosis: post-traumatic ulcer with venous insufficiency, L shin.
ABPI 1.05 both. Plan: reduced-compression wrap via leg ulcer clinic, emollient,
elevate. Restart NB-UVB for itch with the leg shielded.
Wt 92kg, BMI 29.9 - overweight. Diabetes control OK on insulin (HbA1c 58).
Pt relieved by the result. Copy of histology to GP and HD unit.
"""),
]}

S19 = {"patient_id": "S19", "age": 55, "sex": "F", "notes": [
("2022-10-05", "Nurse-led Skin Check", """
NURSE-LED SKIN CHECK       5 October 2022       SN P. Okonjo
55F, ESKD, haemodialysis MWF. Self-referred via renal team - very anxious: her
brother, also a dialysis patient (another unit), died in 2019 of calciphylaxis.
PMH: pre-diabetes (HbA1c 44, not diabetic, no treatment). Warfarin for 6 months in
2010 after a PE, none since. HTN.
Disc problem - most evenings she warms a microwave wheat pack and puts it to her
lower back. Full skin exam: nil ulcer / livedo / purpura / nodule. Back skin normal.
Advice: avoid heat packs and ice packs directly on skin; tell the HD nurses at once
about any painful new patch.
BMI 26.5.
"""),
("2022-10-26", "Nephrology Clinic", """
Renal clinic - 26/10/2022 - Dr T. Keane
Seen re her worries after the skin check. Brother had calciphylaxis; she has no
evidence of it - skin clear on my look today too.
PO4 1.6, corrected Ca 2.3, PTH 34. Sevelamer; not on a calcium binder; no warfarin.
Discussed what signs to look out for. Her question: is it hereditary? Told no
clear inherited pattern; what we watch for is phosphate, PTH and medication. She has swapped the heat pack for a TENS
machine.
Continue current HD prescription.
"""),
]}

S20 = {"patient_id": "S20", "age": 48, "sex": "M", "notes": [
("2021-06-14", "NB-UVB Treatment Log", """
NB-UVB (chronic plaque psoriasis)    Tx 8    14 Jun 2021
Dose 450 mJ/cm2. Faint erythema after last - held at same dose.
Type 1 diabetes since age 12 - insulin pens, injects abdomen. CKD3a, eGFR 52,
no dialysis. Morbidly obese (wt 142 kg, BMI not recorded today). No warfarin.
Pt points to a tender lump near his belly button where he injects. O/E: soft lumpy
lipohypertrophy either side of the umbilicus, small purple bruise at the last
injection. No ulcer.
Advice: rotate sites, new needle each time. Mention to consultant at next review.
SN K. Brennock
"""),
("2021-07-05", "Dermatology Consultant Clinic", """
Dermatology clinic   5 July 2021   Dr I. Marrow
48M, psoriasis on NB-UVB (PASI 14 -> 6), T1DM on insulin, CKD 3a, morbid obesity.
Asked to look at the tender abdominal lump: injection-site lipohypertrophy with a
small resolving haematoma. No livedo, no necrosis, no induration beyond the fat pad.
Calcium and phosphate normal.
This is not calciphylaxis - reassured.
Plan: continue NB-UVB to 30 sessions; DSN referral for injection technique;
consider switching to a pump later. Phototherapy nurses to re-examine the area
at session 20.
"""),
]}

PATIENTS = [S15, S16, S17, S18, S19, S20]
