"""probe185 corpus notes, E08-E14 (British NHS letters, GP and district nurse entries; all invented)."""

E08 = {"patient_id": "E08", "age": 70, "sex": "F", "notes": [
("2023-09-06", "Haemodialysis Unit Nursing Note", """
HAEMODIALYSIS UNIT - nursing note, Tue/Thu/Sat, chair 11

Pre: Wt 112.4kg (target 111.0), BP 162/80, HR 86, T 36.5. L radiocephalic AVF good thrill
and bruit, needled x2 without difficulty.
Pt c/o pain in her L lower tummy, says it started on the August bank holiday Monday, "like
it's been scalded".
Looked with her consent: L lower abdomen just under the line of her skirt waistband -
6 x 3cm purple lace-like patch, firm, with two small dark areas in the middle. Very tender.
She injects her Lantus and NovoRapid into the tummy, both sides, and has done since
insulin was started in 2015. Also says her skirts "dig in" right there.
Informed Dr Chaudhry (renal reg) - will review at end of session.
Post: Wt 111.3kg, BP 144/76. UF 1.1L. Kt/V adequate last month.
Plan: reg review; to bring her insulin pens next session for DSN check.
M. Obi, Staff Nurse
"""),
("2023-09-20", "Nephrology Clinic Letter", """
Renal Services, Eastmoor Hospital

Dear Dr Lister

Re: Mrs Doreen BLIGH, 70

Diagnoses:
1. Calciphylaxis, left lower abdomen - punch-incisional biopsy 12th September 2023
2. ESKD on haemodialysis since 2020
3. T2DM, basal-bolus insulin
4. Morbid obesity, BMI 41.6

The biopsy confirms calciphylaxis: calcification and narrowing of little vessels within
the subcutaneous fat, plus thrombosis. The plaque lies along the line where her skirt
waistband presses and in the
same area where she has injected her insulin since 2015, and I think both have played a
part. It is now 7 x 3.5cm with a central eschar.
Bloods: adj Ca 2.55, PO4 2.19, PTH 58 pmol/L.
Plan: IV sodium thiosulfate with dialysis, calcium-free binder, insulin sites moved away
from the abdomen with the diabetes nurse, and loose clothing with no waistband over the
wound.

Yours sincerely
Dr I. McAllister, Consultant Nephrologist
"""),
("2023-10-18", "Diabetes Specialist Nurse Review", """
Diabetes Specialist Nurse - review on the dialysis unit

Reason: insulin technique after her new L lower abdominal calciphylaxis.
Insulin: Lantus 22 units nocte, NovoRapid 6-8 units with meals.
Injection technique: reusing needles up to a week, injecting through thin clothing at times.
Sites: lower abdomen only until last month. Lipohypertrophy L and R lower abdo,
approx 4cm each.
Since the renal letter she now uses the outer upper arms (son helps) and her R
anterior thigh; no problems so far.
Education: new needle each time, 4mm, rotate within each site, never inject through clothes.
HbA1c 61 mmol/mol. Hypos: nil. CBG diary reviewed.
Wt 110.8kg, BMI 41.3.
Wound on the abdomen dressed by dialysis nurses - not examined today.
Plan: DSN review 3 months, needle disposal bin supplied.
K. Ferreira, DSN
"""),
]}

E09 = {"patient_id": "E09", "age": 66, "sex": "M", "notes": [
("2021-06-15", "GP Consultation", """
Brookside Medical Centre - consultation, Dr G. Whitfield

Hx: R knee OA flare for a month, worse on stairs, stiff in the mornings. Ices the R knee
2-3x/day with a bag of peas from the freezer inside a tea towel, which helps.
Left knee fine, no pain there.
PMH: ESKD on HD (Tue/Thu/Sat, Brookfield satellite unit), T2DM on linagliptin, HTN, gout.
No anticoagulants.
O/E: R knee - crepitus, small effusion, medial joint line tenderness, ROM 5-110.
L knee NAD. Skin of both legs intact.
BMI 31.5. BP 148/86.
Imp: R knee OA flare.
Plan: paracetamol regular, topical capsaicin offered. Ice is fine - max 15-20 min per go,
cloth barrier, never straight onto skin. Physio referral. Weight loss advice. Review 6/52.
"""),
("2021-07-21", "Nephrology Clinic Letter", """
Renal Medicine Outpatients, Brookfield Hospital

Dear Dr Whitfield

Re: Mr Anil VARSANI, 66

Diagnoses: calciphylaxis of the left medial knee (biopsy 14th July 2021); ESKD (HD);
T2DM - linagliptin; obesity.

On 5th July Mr Varsani noticed a hard, sore spot medial to his left knee. Within days it
became a purple patch with a netted border, and it now has a 2cm black eschar. The deep
biopsy from last week confirms calciphylaxis (calcified, thrombosed subcutaneous vessels).
Ca 2.61 (adjusted), PO4 2.47, PTH 120.
Plan: STS post-dialysis x3/week, alfacalcidol stopped, cinacalcet
started, and referral to the district nurses for dressings. He continues to ice his right
knee for his osteoarthritis.

Yours sincerely
Dr L. Pemberton, Consultant Nephrologist
"""),
("2021-08-18", "District Nursing Wound Assessment", """
DN wound assessment - home visit

Wound: L medial knee, calciphylaxis (biopsy proven).
Size 3.5 x 3cm, black eschar 70%, slough 30%, low exudate. Periwound livedo, no cellulitis.
Pain 5/10, worse at night.
Dressing: Inadine, Kerramax, light retention bandage, changed Mon/Fri.
Pt keen to point out that he has only ever put the frozen peas on the R knee, never on the
L, and he has not knocked or fallen on the L knee. R knee skin intact.
Obs: T 36.6, HR 78.
BMI 31.2 (weighed on the unit yesterday, 96.4kg).
Plan: continue twice weekly, renal team updated via SystmOne task, TVN if deteriorating.
A. Greenhalgh, DN
"""),
]}

E10 = {"patient_id": "E10", "age": 79, "sex": "F", "notes": [
("2024-03-14", "Peritoneal Dialysis Clinic Letter", """
Renal Unit, Sandholme Hospital - PD clinic

Dear Dr Ogundipe

Re: Mrs Winifred COOMBE, 79

Diagnoses: ESKD on CAPD since 2021 (renovascular disease); AF on warfarin; hypertension.

Mrs Coombe has had pain in her posterior right calf since 2nd March. It began as purple
mottling and there is now a 3cm black eschar there, ringed by retiform purpura. Very
tender. Denies falling or knocking it. Clinically
this is calciphylaxis; I took a punch biopsy today to confirm it.
INR 3.4. adj Ca 2.50, PO4 2.12.
Weight 62.1kg, BMI 26.3.
Plan: we will change the warfarin to apixaban, start sodium thiosulfate, and ask the
district nurses to dress the wound.

Yours sincerely
Dr B. Sturridge, Consultant Nephrologist
"""),
("2024-03-20", "Emergency Department Note", """
ED - Sandholme Hospital
PC: fall at home

HPC: 79F, tripped on the edge of a rug in the lounge yesterday evening (19/03/24), fell
sideways, struck her R posterior calf on the coffee table. No head injury, no LOC.
Warfarin stopped on Monday 18th March and apixaban started. Found by daughter, got up
with help.
Known calciphylaxis R posterior calf (biopsy taken last week, result pending), dressed by DNs.
O/E: new 4cm flap skin tear R posterior calf, 3cm below the existing dressed calciphylaxis
wound - that wound unchanged. Bruise R lateral hip, no bony tenderness, hip ROM full.
Obs: BP 134/72, HR 88 irreg, T 36.7, NEWS 1.
Tx: skin tear flap realigned, Steri-Strips, Mepitel, light bandage.
Dx: mechanical fall; skin tear R calf. Falls clinic referral.
"""),
("2024-04-10", "District Nursing Wound Review", """
DN visit - wound review x2, R calf

Biopsy result (letter from Dr Sturridge): confirmed calciphylaxis.
Wound 1 - calciphylaxis, R posterior calf: 3.5 x 3cm, eschar 60%, slough 40%, moderate
exudate, livedo around. Pain 7/10 on removing the dressing.
Wound 2 - skin tear below it (fall 19/03/24): flap adhered, 90% healed, no signs of
infection.
Dressings: Wound 1 Flaminal Hydro + Mepilex XT; Wound 2 Mepitel only.
Meds check: on apixaban now, warfarin stopped in March. CAPD exchanges going ok.
Wt 61.4kg, BMI 26.0.
Plan: DN Tue/Fri. Sodium thiosulfate continues at the renal unit.
"""),
]}

E11 = {"patient_id": "E11", "age": 61, "sex": "F", "notes": [
("2019-02-20", "Renal Ward Round Note", """
Renal ward round - Ward 22, Consultant Dr Y. Haddad

61F, dialysing on a tunnelled R IJ catheter (her fistula is still maturing);
admitted with fluid overload.
New problem: painful plaque L inner thigh, noticed 2 weeks ago by pt.
PMH: ESKD (diabetic nephropathy), T2DM on insulin (Lantus 30 units, she injects into the
abdomen only), obesity, OSA on CPAP.
O/E: L medial thigh - 6 x 5cm indurated plaque, violaceous livedo, central dusky necrosis
2cm, v tender.
Obs: BP 166/90, HR 92, SpO2 94% RA, T 37.0.
BMI 44.0.
Bloods: adj Ca 2.57, PO4 2.71, PTH 140 pmol/L.
Imp: probable calciphylaxis.
Plan: 4mm punch taken at the bedside by the derm reg today, at the plaque margin;
stop calcium-based binder; STS to discuss once histology back; TVN referral.
"""),
("2019-03-06", "Dermatology Clinic Letter", """
Dermatology, Lowfield General Hospital

Dear Dr Haddad

Diagnosis: calciphylaxis - L medial thigh

The punch biopsy taken on the ward on 20th February shows calcified subcutaneous vessel
walls, thrombi and necrosis of the fat around them; these findings confirm calciphylaxis.
The plaque on her left inner thigh has broken down into an ulcer of 7 x 5cm with a thick
black eschar. There are no other lesions.
I recommend sodium thiosulfate intravenously after each haemodialysis, a non-calcium
phosphate binder, cinacalcet, good analgesia, and tissue viability input for the eschar.
We will see her again in a month.

Yours sincerely
Dr O. Lindgren, Consultant Dermatologist
cc: Mrs Janice Thackeray
"""),
("2019-03-27", "Tissue Viability Note", """
TVN - Lowfield General, outpatient wound clinic

Wound: L medial thigh, calciphylaxis (biopsy confirmed).
7 x 5cm. Thick black eschar lifting at the edges with slough underneath, malodour,
moderate exudate. No cellulitis.
Pain 8/10 - Entonox and topical lidocaine before procedure.
Procedure: CSWD (conservative sharp) of lifting eschar at the margins, scalpel and
forceps, approx 30% removed. Minimal bleeding, pressure applied.
Larval therapy: BioBag (200 larvae) applied to the wound bed, covered with a gauze pad and
Mefix tape; to stay 4 days.
Consent: verbal, larvae discussed, pt happy.
Plan: DN to remove BioBag on Sat, then Aquacel Ag + foam. TVN review 4 weeks, consider PICO.
"""),
("2019-04-24", "District Nursing Wound Review", """
DN visit - wound, L inner thigh (calciphylaxis)

Wound 6 x 4.5cm, 70% granulation, 30% slough after larvae + debridement. No eschar now.
Exudate moderate, serous.
PICO 7 NPWT applied today as per TVN plan, changed twice weekly. Pain 4/10. Seal
secured with the supplied strips plus extra Hypafix tape round the border.
Pt asks whether the insulin could have caused it - she injects only into her tummy, never
the thighs; explained the renal team think it came from the calcium problem.
Obs: T 36.5, BP 150/82.
Wt 121kg, BMI 44.0.
Plan: DN Mon/Thu, TVN review next month.
"""),
]}

E12 = {"patient_id": "E12", "age": 58, "sex": "M", "notes": [
("2024-06-20", "Nephrology Clinic Letter", """
Renal Medicine, Oakhurst General Hospital

Dear Dr Fairclough

Re: Mr Terence BELLAMY, 58

Diagnoses: suspected calciphylaxis of both thighs; ESKD on haemodialysis; AF on warfarin
(held since 14/06/2024); hypertension. He is not diabetic (HbA1c 44, prediabetic range).

For roughly three weeks, sore purple mottling has spread over both posterior thighs. There
are netted
violaceous plaques 4-6cm across on each side, with early dark centres.
He denies any knocks, falls or bites, and he has not used hot-water bottles, ice or a heat pad.
Weight 97kg, BMI 30.4.
Plan: urgent skin biopsy; warfarin remains on hold. Should he need anticoagulation again, LMWH
injections must not be given into the thighs.

Yours sincerely
Dr W. Kaczmarek, Consultant Nephrologist
"""),
("2024-07-03", "Dermatology Clinic Letter", """
Department of Dermatology, Oakhurst General Hospital

Dear Dr Fairclough

Diagnosis: bilateral posterior thigh calciphylaxis (biopsy 24th June 2024)

The right posterior thigh sample shows von Kossa-positive deposits in subcutaneous
arterioles, occlusive thrombi, and fat necrosis, which together mean calciphylaxis. Both plaques
have now ulcerated; the left measures 5 x 4cm and the right 6 x 4cm, each with an eschar.
He again denies any injury, heat or pressure to the thighs; he dialyses lying on a bed.
The plastic surgeons have offered surgical debridement, which is planned for later this
month if his pain allows. Enoxaparin is being considered as a bridge, but is not started.
He remains off warfarin.

Yours sincerely
Dr S. Anand, Consultant Dermatologist
"""),
("2024-07-24", "GP Consultation", """
Oakhurst Road Surgery - F2F, Dr D. Fairclough

Review after renal and derm letters. Calciphylaxis both posterior thighs (biopsy proven).
Debridement not done yet - plastics postponed, pt unsure he wants it.
Pain: 6/10, taking oxycodone MR 10mg BD + PRN. Sleeping poorly.
Not diabetic - no diabetes meds. Warfarin still stopped; anticoag decision with renal.
O/E: dressings intact, no strike-through, no spreading redness. T 36.7.
BP 138/80. BMI 30.4.
Mood low, PHQ-9 12 - discussed, declines meds, happy for talking therapy referral.
Plan: self-referral to talking therapies, palliative care OP referral for symptom control,
review 2/52. If new ulcers develop, to contact renal team directly.
"""),
]}

E13 = {"patient_id": "E13", "age": 63, "sex": "F", "notes": [
("2022-09-13", "Peritoneal Dialysis Nurse Specialist Note", """
PD unit - CNS review, Westbury Renal Unit

63F, CAPD since 2020 for diabetic kidney disease; Humulin M3 BD for her T2DM, injects
into the front of the abdomen, rotating both sides of the umbilicus.
c/o: a painful patch on her L side, in the loin, since the last week of August.
O/E: L flank, mid-axillary line to posterior flank - 5 x 4cm indurated, violaceous,
net-patterned plaque with a small dark centre. Front of abdomen: mild lipohypertrophy at
the injection areas, no plaques. Tenckhoff exit site R lower abdomen: clean, dry, no crust.
Effluent clear.
Wt 88.6kg, BMI 35.0. BP 152/84.
Bloods: adj Ca 2.48, PO4 2.20, PTH 76.
Plan: discussed with Dr Rourke - ?calciphylaxis, urgent derm for biopsy.
"""),
("2022-09-28", "Dermatology Clinic Letter", """
Dermatology Department, Westbury Hospital

Dear Dr Nakamura

Diagnosis: calciphylaxis, left flank

My incisional biopsy of 16th September from the left flank confirms calciphylaxis:
calcified, thrombosed vessels within the fat.
It lies posterolaterally on the left flank, some distance from her insulin injection areas
on the front of her abdomen and from her PD catheter on the right. She recalls no injury,
no heat and no pressure there.
It now measures 6 x 4cm with a central eschar.
Plan: the renal team will start IV sodium thiosulfate; dressings by the district nurses; I
will see her in four weeks.

Yours sincerely
Dr C. Quigley, Consultant Dermatologist
"""),
("2022-10-19", "Nephrology Clinic Letter", """
Westbury Renal Unit

Dear Dr Nakamura

Re: Mrs Carol FENWICK, 63

Diagnoses: biopsy-proven L flank calciphylaxis; ESKD - CAPD; T2DM, insulin; obese,
BMI 35.0.

She is now three weeks into sodium thiosulfate, given thrice weekly in our day unit via a
peripheral cannula. Pain has improved from 8/10 to 5/10. The flank ulcer is
6 x 4cm, eschar stable, no infection.
Bloods: adj Ca 2.39, PO4 1.74, PTH 61.
Insulin: continues Humulin M3 into the front of the abdomen; the DSN has reviewed technique.
Plan: continue STS for at least three months, cinacalcet, review in six weeks.

Yours sincerely
Dr M. Rourke, Consultant Nephrologist
"""),
]}

E14 = {"patient_id": "E14", "age": 74, "sex": "M", "notes": [
("2025-01-15", "Nephrology Clinic Letter", """
Renal Medicine, Fenwick Vale Hospital

Dear Dr Armitage

Re: Mr Leonard FAIRWEATHER, 74

Diagnoses:
1. Bilateral calf calciphylaxis (biopsy 9th January 2025)
2. ESKD on haemodialysis (polycystic kidneys)
3. AF - warfarin stopped 2018 (GI bleed); no anticoagulation since
4. Not diabetic

Mr Fairweather has painful, netted purple plaques on both calves with early ulceration. He
has had no injury to his legs, no injections there, and has never used heat or ice on them.
The biopsy confirms calciphylaxis.
Weight 84kg, BMI 28.8.
Plan: STS with every dialysis; phosphate binder changed; district
nurse referral for the leg wounds.

Yours sincerely
Dr P. Oyelowo, Consultant Nephrologist
"""),
("2025-02-12", "District Nursing Visit", """
DN visit - multiple wounds

1. Calves (calciphylaxis): R 4 x 3cm, L 5 x 3cm, both 60% eschar. Flaminal + foam, bandaged.
2. Sacrum: NEW category 2 pressure ulcer 2 x 1.5cm, shallow pink base, from sitting in his
riser-recliner chair, where he spends nearly all day and night. Hydrocolloid applied,
pressure cushion and
hybrid mattress ordered, 2-hourly repositioning advised, wife shown.
3. L forearm: skin tear 3cm, caught it on the door frame 10 days ago, Payne-Martin 2,
healing, Mepitel.
Obs: T 36.4, BP 122/68.
Waterlow 20 (high risk). Datix for the sacral pressure ulcer.
Plan: DN 3x/week. Derm asked to look at the sacrum and forearm at next clinic.
"""),
("2025-02-26", "Dermatology Clinic Letter", """
Dermatology, Fenwick Vale Hospital

Dear Dr Armitage

Diagnosis: calciphylaxis of both calves; sacral pressure ulcer; left forearm skin tear

The calciphylaxis remains confined to the calves. The ulcers are slowly granulating at the
edges under the eschar.
The district nurses asked me to examine two further wounds. The sacral wound is a category 2
pressure ulcer from prolonged sitting; the left forearm wound is a skin tear, healing,
from knocking it on a door frame. Neither shows any feature of calciphylaxis - no livedo,
no induration, no necrosis. Neither needs a biopsy in my view.
Plan: continue sodium thiosulfate; pressure care as per the district nurses; follow up in
six weeks.

Yours sincerely
Dr R. Castellanos, Consultant Dermatologist
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
