"""probe223 corpus notes, A15-A20 (haemophilia and bleeding-disorders centre and the clinics
around it; every person, place and sentence invented)."""

A15 = {"patient_id": "A15", "age": 57, "sex": "M", "notes": [
("2024-05-30", "Haemophilia Centre Bleed Clinic", """
Bleed clinic - Thurs 30.05.24
57M severe haemophilia A (no inhibitor). ESRD, dialysing at Brackley unit Mon/Wed/Fri.
T2DM: linagliptin only, has never needed insulin. No anticoagulant.
R ankle bleed since bank holiday Monday (27/5) after a long walk at the seaside.
Took turoctocog 50 IU/kg Mon + Tue at home. Icing the R ankle ever since with frozen
pea packs, 3-4x/day; says it helps the throb.
O/E: R ankle swollen, warm, tender anterolaterally, PF/DF reduced by half.
Skin intact, no bruising.
Ht 1.74 m, wt 82.4kg, BMI 27.2.
Plan: 3 more daily doses, then back to prophylaxis; crutches, partial WB; physio 1/52.
Reminded not to put ice straight on skin.
"""),
("2024-07-09", "Dermatology", """
DERMATOLOGY 9 July 2024
57M, HD, severe haemophilia A. Referred from HTC physio.
Since late June: painful purplish nodule with a lacy border over the R lateral ankle.
He iced that ankle daily for weeks after the May bleed.
O/E: 2 x 2 cm tender violaceous nodule just anterior to the R lateral malleolus, surrounding
livedo 5 cm, no ulceration or eschar yet. L ankle clear.
Impression: possible early calciphylaxis vs cold panniculitis vs skin change over a
chronically inflamed joint. Cannot be sure clinically.
Biopsy advised (with factor cover); he declines for now - worried about bleeding and a
wound that might never close.
Plan: review 4 wks; renal to review phosphate binders meanwhile.
"""),
("2024-08-13", "Haemophilia Centre Transfer Summary", """
HTC transfer summary  13/08/2024
Moving to his daughter's area next month; care transferring to the regional HTC there.
Outstanding issue: R lateral ankle nodule + livedo, still no firm diagnosis. Derm
considered early calciphylaxis among others; biopsy declined again today. Lesion 2.5 cm,
no breakdown.
Prophylaxis: turoctocog 50 IU/kg 3x/wk. Target joint R ankle.
Dialysis unit informed; handover letter to new renal team.
HJHS R ankle 9. Last bleed July (minor, R ankle, treated at home).
Skin elsewhere intact.
BMI 27.2. Copy to GP.
"""),
]}

A16 = {"patient_id": "A16", "age": 46, "sex": "M", "notes": [
("2020-09-08", "Haemophilia Centre Inhibitor Clinic", """
Inhibitor clinic - 08/09/2020
46M moderate haemophilia A with a persistent high-titre inhibitor; emicizumab 1.5 mg/kg
weekly since Oct 2018. Always the L anterior thigh for injections, never anywhere else.
ESRD (IgA nephropathy) on PD. Not diabetic. No warfarin.
C/o tender lumps in the L thigh at the injection points since August.
O: three subcut nodules, firm, 1-2cm, L anterior thigh, purplish mottling over two.
No joint bleeds since last clinic. BMI 31.0.
Imp: ?injection-site reaction vs something else.
Plan: refer derm; move injections to the abdomen.
"""),
("2020-09-22", "Dermatology", """
Dermatology - 22 Sept 2020
Referred for painful nodules L anterior thigh in a PD patient on weekly emicizumab.
Exam: four tender indurated subcutaneous nodules along the band of skin he has been
injecting into, two with a violaceous net-like surface pattern. No ulceration, no eschar.
R thigh and abdomen normal.
US: hyperechoic subcutaneous fat, small echogenic foci.
Impression: concern for early calciphylaxis. Also consider injection-site panniculitis, or
lipohypertrophy with fat necrosis.
Recommend deep incisional biopsy - FEIBA/rFVIIa cover would be needed given the
inhibitor. Pt declines biopsy today.
Plan: review in 6 weeks.
"""),
("2020-11-03", "Peritoneal Dialysis Clinic", """
PD clinic 3-Nov-2020
Missed derm follow-up. Nodules L thigh unchanged, still sore.
O/E: nodules 1-2 cm L anterior thigh, tender, mottled surface, no breakdown.
He now injects emicizumab into the abdomen as advised in September.
Effluent clear, exit site healthy, Kt/V 1.8.
Derm question of calciphylaxis never resolved - no biopsy.
PO4 1.98, adj Ca 2.44, PTH 39.
He is emigrating to join family abroad in December; PD supplies and records arranged
for handover. Copy of all letters given to pt.
BMI 31.0. Not diabetic.
"""),
]}

A17 = {"patient_id": "A17", "age": 78, "sex": "M", "notes": [
("2026-02-10", "Haemophilia Centre Urgent Review", """
HTC URGENT REVIEW  10-Feb-2026
78M mild haemophilia A (FVIII 0.25), mechanical AVR - warfarin, INR aimed
2.5 to 3.5 (co-managed with anticoag clinic). ESRD (HD). Insulin for type 2 diabetes.
L calf muscle bleed since last night, INR 4.1 today.
O/E: tense, tender L calf, girth +3 cm, bruising over the posterior calf, foot warm.
Rx: octocog 30 IU/kg; warfarin held 1 night, INR tomorrow; no vitamin K (valve).
Double-layer tubular compression bandage applied to the L calf today, to keep on day
and night until review.
BMI 25.3.
Plan: daily FVIII x3, recheck Hb, review Friday.
"""),
("2026-03-03", "Inpatient Dermatology and Palliative Care Note", """
Inpatient derm review with palliative care - 03/03/2026
Admitted with fluid overload, frail. Since last week severe pain L upper
calf: band-like retiform purpura with central dusky necrosis, exactly beneath the top edge of
the tubular bandage he has worn since 10 Feb.
Differential: calciphylaxis (cannot be excluded; ESRD + warfarin); warfarin-induced skin
necrosis; bandage-related pressure injury.
Biopsy not pursued: pt and family want comfort only, and FVIII cover plus valve
anticoagulation make it complicated.
Plan: bandage removed, padding, analgesia. Transfer to hospice tomorrow; HD stopping.
"""),
]}

A18 = {"patient_id": "A18", "age": 62, "sex": "M", "notes": [
("2018-04-10", "Haemodialysis Nephrology Note", """
HD nephrology note   10/04/2018
62M severe haemophilia A, chronic HCV (genotype 1a; previous interferon failed),
ESRD on HD. Not diabetic, never on warfarin.
New: crops of purple spots, both lower legs, over 2 weeks, two small shallow ulcers on
the L shin. Itchy and sore.
O: palpable purpura both lower legs up to the knees, ulcers 1 cm and 0.6 cm L shin.
Labs: PTH 33, Ca 2.31, PO4 1.7. C4 low, RF positive.
Imp: ?calciphylaxis vs vasculitis (cryo?).
Plan: cryoglobulins, derm referral, HTC re cover for a punch biopsy.
BMI 23.1.
"""),
("2018-04-24", "Dermatology", """
Dermatology   24 April 2018
Palpable purpura both legs with two small L shin ulcers.
Today: purpura fading on the R; shin ulcers 1 cm and 0.5 cm with clean bases.
No livedo, no eschar, no retiform pattern.
Punch bx 17/4 (L lower leg purpura) after FVIII 30 IU/kg.
Path: leukocytoclastic vasculitis with intraluminal hyaline (cryoglobulin) deposits; vessels
not calcified (von Kossa negative).
Cryocrit 8%, type II mixed cryoglobulins.
Conclusion: HCV-associated cryoglobulinaemic vasculitis. Calciphylaxis excluded.
Plan: hepatology for direct-acting antivirals; emollient, simple dressings to ulcers.
"""),
("2018-05-15", "Haemophilia Centre Review", """
Haemophilia Centre review  15/05/18
Skin: HCV cryoglobulinaemic vasculitis (bx 17/4); calciphylaxis was ruled out.
Purpura fading, ulcers healing.
Hepatology: glecaprevir/pibrentasvir started 8/5.
Prophylaxis: octocog 30 IU/kg 3x/wk, given after dialysis on those days.
Joints: R knee and L elbow targets, HJHS 14, no joint bleed since Feb.
HCV RNA 1.2 million IU/mL at baseline, repeat at week 4. Dialysis unit told
about the DAA start; pharmacy found no interactions with his meds.
Wt 68kg, BMI 23.1.
Plan: review 3 months; SVR12 bloods.
"""),
]}

A19 = {"patient_id": "A19", "age": 33, "sex": "M", "notes": [
("2022-03-15", "Haemophilia Centre Annual Review", """
HTC annual review   15/03/2022
33M mild haemophilia A (FVIII 0.30). T1DM from age 11, now pump-treated (cannula
sites abdomen, rotated). Diabetic kidney disease, CKD G3a (eGFR 52), not on dialysis.
Family: older brother (also mild HA, a haemodialysis patient) - his death in 2020 was from
calciphylaxis. Pt anxious the same skin disease will happen to him.
Skin check: legs, abdomen, buttocks normal; no lesions.
BMI 30.2 (wt 97 kg).
Bleeds: none this year. DDAVP responder (2014 trial).
Plan: reassurance; nephrology to discuss his own risk; routine review 1 year.
"""),
("2022-04-05", "Nephrology CKD Clinic", """
Renal CKD clinic - 5 April 2022
CKD 3a, eGFR 54, ACR 18. BP 132/80 on ramipril 10.
T1DM on pump, HbA1c 58.
He asked about calciphylaxis after his brother's death. Explained it is mostly a
complication of dialysis-dependent kidney failure and it isn't passed down in families as such;
his own kidney function is a long way off that point. No skin lesions today.
Ca 2.34, PO4 1.1, PTH 6.1.
BMI 30.2.
Plan: continue ramipril, add dapagliflozin, review 6 months.
"""),
]}

A20 = {"patient_id": "A20", "age": 59, "sex": "F", "notes": [
("2025-06-17", "Peritoneal Dialysis Education Visit", """
PD nurse education visit - 17 June 2025
59F on CAPD (diabetic nephropathy), VWD type 1, T2DM on basal-bolus insulin.
Topic today: skin care and calciphylaxis awareness.
Told her calciphylaxis, a painful skin disease, can occur in dialysis patients;
asked her to rotate insulin sites, not to keep warming gadgets (pads, bottles) parked on one patch of skin,
and report any painful dark patch straight away.
Skin check: abdomen, thighs, arms - no lesions, injection sites fine.
Wt 94.3 kg, BMI 36.3.
Phosphate 1.6, Ca 2.35.
Leaflet given, she teach-back ok.
"""),
("2025-07-08", "Bleeding Disorders Clinic", """
Bleeding disorders clinic  08/07/25
59F VWD type 1 (VWF:Act 0.34), known DDAVP responder. ESRD on CAPD.
Planned cataract surgery R eye in Sept: tranexamic acid peri-op only, DDAVP not needed.
Not on warfarin; if she ever needs anticoagulation we would avoid warfarin given her
dialysis-related calciphylaxis risk.
Skin: intact, nothing to suggest calciphylaxis.
Heavy periods settled after the menopause. ISTH-BAT 9. Dental work last
year under tranexamic acid, no problems. VWF:Ag 0.41, FVIII 0.58.
BMI 36.3.
Plan: letter to ophthalmology; review 12/12.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
