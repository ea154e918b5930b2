"""probe204 corpus notes, F15-F20 (phototherapy and dermatology day treatment and the clinics around it; all invented)."""

F15 = {"patient_id": "F15", "age": 64, "sex": "F", "notes": [
("2023-05-16", "Day Treatment Procedure Note", """
Day Treatment -- procedure note, 16 May 2023

64F, prurigo nodularis R shin, failed potent steroid under occlusion.
Intralesional triamcinolone 10 mg/ml, 0.1-0.2 ml into each of 6 nodules
on the R shin (total 1 ml), 30G needle.
Verbal consent. Tolerated, small bleed points only, no vasovagal.
Background: CKD G4 (eGFR 19), not yet dialysing, fistula
planned, T2DM on insulin (Humulin I), hypertension. No anticoagulants.
Obs: BP 148/86, BMI 34.1 (obese).
Photos of the nodules taken for comparison.
Plan: review 4 wks; repeat IL steroid if nodules persist.

Dr O. Haddad
"""),
("2023-06-13", "Dermatology Clinic", """
Derm clinic

At 3 of the injected nodule sites on the R shin: shallow punched-out
ulcers with dusky, net-like violaceous rims, v. painful; came up about
ten days after the injections per pt.
DDx: steroid-induced atrophy/ulceration vs a vasculopathy vs early
calciphylaxis (CKD 4, Ca x phosphate product raised). Cannot exclude
calciphylaxis.
Biopsy offered -- she said no ("no more needles in that leg").
Obs: BP 150/84. Photos taken.
Plan: no more IL steroid; bloods; review 4 wks; leaflet on signs to
report.

Dr A. Marchetti
"""),
("2023-07-25", "Nephrology Clinic Letter", """
CKD clinic letter

Dear Dr Pemberton,
Her R shin ulcers remain a puzzle: dermatology thought it might be early
calciphylaxis; no biopsy has been done and she has declined again.
A little better. Next month she relocates to Cornwall to be near her
daughter, so I have handed care to the local renal team with a summary:
calciphylaxis remains unproven, though not ruled out.
eGFR 17. Ca 2.55, PO4 1.9, PTH 48. HbA1c 62 mmol/mol on insulin.
BMI 34.1.

Yours sincerely, Dr N. Aziz
cc GP; Dr Marchetti (dermatology)
"""),
]}

F16 = {"patient_id": "F16", "age": 78, "sex": "F", "notes": [
("2018-03-06", "Leg Ulcer Clinic Note", """
Leg ulcer / dressing clinic

78F, venous eczema L lower leg with a small venous ulcer over the medial
malleolus. ABPI L 0.92, R 0.98.
Started 2-layer compression (K-Two) to the L leg today, from the toes
up to the knee; to be reapplied twice weekly here.
Background: haemodialysis thrice weekly; AF on warfarin; no diabetes.
Skin: dry scaly eczema over the L gaiter area; R leg normal. Foot
pulses palpable.
Weight 64kg, BMI 26.9
Plan: emollient + mometasone to the eczema under the bandage; review 1/52.

SN K. Dunmore
"""),
("2018-04-10", "Leg Ulcer Clinic Note", """
Leg ulcer clinic

Beneath the upper margin of the compression, L upper calf 3 cm below the
knee crease: new 2x2cm necrotic ulcer with purple livedo round it, very
painful.
Either bandage-edge pressure damage (device related) or, as she is on HD
and warfarin, early calciphylaxis -- concern for calciphylaxis.
Compression stopped on this leg.
Malleolar ulcer healing (0.5 cm).
Raised with derm: biopsy suggested but she refuses.
Obs: BP 118/64, T 36.6. Pain 8/10. Photos taken. L leg now in a light
retention bandage only.

SN K. Dunmore / Dr T. Abernethy
"""),
("2018-05-22", "Nephrology Clinic", """
Renal clinic

L calf ulcer below the knee: ?calciphylaxis vs pressure damage from the
bandage. Biopsy refused again. Warfarin stopped 02/05/2018 and switched to
apixaban as a precaution; no sodium thiosulfate started. Ulcer smaller,
1.5 x 1.5 cm, less pain.
Bloods: Ca 2.40, PO4 1.7, PTH 44.
BP 126/70. BMI 26.9.
HD adequacy fine (URR 72%). She is keen to avoid procedures; daughter
at the visit agrees.
Plan: keep an eye on it; derm if it worsens. Copy to GP and derm.

Dr M. Kowalczyk
"""),
]}

F17 = {"patient_id": "F17", "age": 59, "sex": "M", "notes": [
("2024-04-24", "Dermatology Day Surgery Note", """
Minor ops -- Quarrybank

Indication: raised, itchy naevus; dermoscopy benign pattern; pt wants it
off. Consent signed (scar, infection, recurrence, slow healing).
Shave excision of an irritated intradermal naevus on the L flank (two fingers
above the iliac crest), under LA. Haemostasis with aluminium chloride;
Mepore dressing.
Background: APD nightly; T2DM on linagliptin (no insulin); hypertension.
Not anticoagulated.
Obs: BP 146/88, HR 76. BMI 31.0
Histology request: ?dysplastic naevus.
Aftercare leaflet; keep dry and dressing off at 48 h; paracetamol if
sore; histology letter to follow.

Dr O. Haddad
"""),
("2024-05-21", "Dressing Clinic Note", """
Dressing clinic

L flank shave site has not healed: at 4 wks a 2.5cm ulcer w/ black
eschar, violaceous net-like margin, severe pain (8/10).
Histology of the naevus: benign.
DDx: infection, pathergy (pyoderma gangrenosum) or calciphylaxis given
PD -- suspect calciphylaxis. Swab taken.
Wound bed mostly eschar (~70%), rest slough; periwound hard, tender.
Dressing: Inadine + foam, no tape on the flank. Next visit Friday.
Escalated to consultant.
Obs: T 37.0, BP 140/86. Pain keeps him awake. Photos taken. PD running
well, no peritonitis.

SN M. Pryce
"""),
("2024-06-18", "PD Clinic", """
PD clinic

L flank wound talked over with derm: still unclear -- possible
calciphylaxis vs pyoderma; deeper biopsy advised but he will not have
any more cutting. Swab grew nothing.
Wound 2.8cm, eschar unchanged, rim still dusky; pain on paracetamol and
low-dose oxycodone. Exit site fine. Kt/V 1.8.
Labs: Ca 2.50, PO4 1.95, PTH 62.
BMI 31.0
Bloods today incl CRP 14. He and his wife understand the uncertainty.
Plan: switch to sevelamer; look again in a month; derm to see again.

Dr H. Ferreira
"""),
]}

F18 = {"patient_id": "F18", "age": 62, "sex": "F", "notes": [
("2021-09-14", "HD Unit Review", """
HD review

62F, HD Tue/Thu/Sat. HbA1c 44 (pre-diabetes, no treatment). Not on
warfarin.
Painful shin ulcers bilaterally for ten days, after antibiotics for a
chest infection (clarithromycin x7 days, finished last week); several
purpuric papules, three shallow ulcers with
dark bases, largest 1.5 cm.
No previous skin problems. Papules palpable; no retiform pattern. Urine dip: blood +.
Obs: T 37.4, BP 132/76.
Labs: cCa 2.31 / phos 1.6 / PTH 30.
Imp: ?small-vessel vasculitis; need to r/o calciphylaxis.
Plan: urgent derm biopsy.

Dr S. Adeyemi
"""),
("2021-09-28", "Dermatology Consultation", """
Derm

Biopsy R shin (16/09/21): leukocytoclastic vasculitis. Vessel walls
uncalcified; von Kossa stain negative; no thrombosed subcut vessels.
Calciphylaxis excluded.
Likely trigger: the recent antibiotic course (clarithromycin).
Exam: ulcers on both shins drying, purpura fading.
ANCA neg, complement normal, hepatitis serology neg. Pt told this is a
different disease, not calciphylaxis. Obs: BP 130/78, HR 74. Photos taken for comparison at
follow-up.
Plan: potent topical steroid, short pred course (renal aware), dressing
clinic weekly, derm review 6 wks.
BMI 23.8

Dr R. Achterberg
"""),
("2021-10-26", "Dressing Clinic Note", """
Dressing clinic

Shin ulcers from the drug-related vasculitis (not calciphylaxis, per
biopsy) now nearly healed: R 0.3 cm, L healed.
Pt relieved -- she had been frightened after reading about calciphylaxis
online.
Wound chart: R shin superficial and clean, no slough; L shin fully
epithelialised. Purpura
gone. Pain 1/10. Prednisolone finished.
Dressing: simple silicone contact layer, retention bandage.
Plan: discharge from dressing clinic next visit if healed; letter
copied to her renal team. BMI 23.8, unchanged.
Obs: BP 128/72.

SN M. Pryce
"""),
]}

F19 = {"patient_id": "F19", "age": 45, "sex": "M", "notes": [
("2017-05-09", "PUVA Pre-treatment Assessment", """
Phototherapy pre-treatment assessment -- oral PUVA

45M, chronic plaque psoriasis, worse since last summer, PASI 14,
topicals failed; NB-UVB in 2015 gave only 6 wks of clearance. Skin type II.
PMH: CKD G3a, eGFR 52 (hypertensive nephropathy); not diabetic; no anticoagulants.
FH: father had calciphylaxis in 2009 while on haemodialysis and insulin,
and died of it -- pt worried whether he is at risk; reassured and explained
it is not inherited as such.
Skin: plaques on elbows, knees, lower back; no ulcers.
Ht 1.80 m, wt 84 kg, BMI 26.0
Plan: oral PUVA twice weekly -- 8-MOP 0.6 mg/kg 2 h before UVA, start
UVA 0.5 J/cm2; wraparound UVA-blocking glasses the rest of each treatment day; LFTs
baseline. Consent signed.

S. Okafor
"""),
("2017-08-15", "PUVA Course Summary", """
PUVA course summary

26 exposures; cumulative UVA 41.5 J/cm2; max single dose 3.0 J/cm2.
No nausea on 8-MOP.
PASI 14 -> 2. No burns. Side effects: dry skin, mild itch only.
Glasses worn after every dose; genital shielding used. Photos taken at
the final visit.
Skin now: faint pink macules only, no ulcers or nodules anywhere.
He asked again about his father's calciphylaxis; his skin has no
sign of it; and his kidneys are stable (eGFR 50).
BMI 26.0
Plan: discharge to GP (letter with course details); re-refer if it
flares.

S. Okafor
"""),
]}

F20 = {"patient_id": "F20", "age": 53, "sex": "F", "notes": [
("2025-06-03", "NB-UVB Pre-treatment Assessment", """
Phototherapy pre-treatment assessment

53F, uraemic pruritus. ESRF on haemodialysis thrice weekly.
Diabetic (type 2) on Novomix insulin, abdominal injections.
Skin type III. No photosensitising drugs; no skin cancer history.
Skin: dry, a few scratch marks on the forearms; no ulcers.
Counselled re calciphylaxis (a recognised dialysis complication): if a
painful lump or dark patch shows up, tell us or renal straight away;
hot-water bottle/heat pad: not directly on skin.
Ht 1.62 m, wt 75.6 kg, BMI 28.8
Plan: NB-UVB twice weekly on non-HD days.

S. Okafor
"""),
("2025-09-02", "Phototherapy Course Summary", """
NB-UVB course summary

22 exposures of 24 booked (2 missed when her HD slot moved), max dose
0.98 J/cm2, cumulative 12.8 J/cm2. Itch NRS 8 -> 3, sleeping better.
Obs: BP 134/80.
No burns, no blistering. Skin intact throughout; no painful lumps, no
purpura; no features of calciphylaxis.
Insulin sites on the tummy normal.
BMI 28.8
Reminded of the warning signs from the first visit, and to keep
rotating her insulin sites.
Plan: discharge; re-refer if the itch returns. Letter to renal team.

S. Okafor
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
