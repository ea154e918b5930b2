"""probe194 corpus notes, B15-B20 (Caribbean and West African hospital notes; all invented)."""

B15 = {"patient_id": "B15", "age": 57, "sex": "M", "notes": [
("2022-11-22", "Medical Ward Admission Note", """
ADMISSION - Male Medical Ward 1, Ogbaruwa Federal Medical Centre   22/11/2022

Mr T.A., 57yrs, farmer, ESKD (CKD stage 5, eGFR 8) - NOT on dialysis, relations unable to
fund it; conservative care. Not diabetic. Hypertensive.
PC: painful black sores on the left ankle x 2/52.
HPC: about six weeks ago a native doctor made "gbere" (small razor cuts) over the L ankle
and rubbed in a black powder for swelling. The cuts healed; then a fortnight ago the skin
there turned dark and hard, hurt terribly, and broke down.
O/E: wasted, BMI 22.8, pale ++, T 37.2.
L lateral ankle: cluster of linear scars with 3 black eschars (largest 2.5x2cm) on
a purplish netlike background, very tender.
Ca 2.58, PO4 2.90, Cr 1190 umol/L.
Imp: infected scarification wounds vs calciphylaxis vs vasculitis.
Plan: wound swab, derm r/v, IV ceftriaxone.
"""),
("2022-11-25", "Dermatology Review", """
DERMATOLOGY REVIEW   25/11/22

Seen on MMW1. The eschars sit on the gbere incision lines at the L lateral ankle, with
retiform purpura around. In a man with uraemia and PO4 2.9, calciphylaxis is possible;
cannot be excluded without a deep biopsy. Infection and a vasculitis remain in the
differential.
Swab: mixed growth.
Plan: deep incisional biopsy advised - explained to pt and his brother; they will discuss
at home (cost and fear of "more cutting"). No sharp debridement meanwhile.
Gentle dressing only.
"""),
("2022-12-01", "Discharge Against Medical Advice", """
DISCHARGE AGAINST MEDICAL ADVICE (DAMA)   01/12/2022

Pt and relations requested discharge today: cannot afford further stay or the biopsy.
Risks explained in Yoruba by the ward sister, DAMA form signed by pt and his brother.
Final impression: L ankle ulcers on traditional scarification sites - ?calciphylaxis,
unconfirmed (biopsy declined); differential infected wounds / vasculitis.
ESKD not on dialysis - counselled again about HD and the state support scheme.
Meds: amlodipine, calcium carbonate stopped, oral cefuroxime x 5/7, paracetamol.
Dressing at the nearest health centre every 2 days.
TCA MOPD 2/52 if able.
"""),
]}

B16 = {"patient_id": "B16", "age": 49, "sex": "F", "notes": [
("2025-01-21", "Peritoneal Dialysis Clinic", """
PD CLINIC - Blue Mahoe Regional Hospital   21/01/2025

49F, ESRD from diabetes, on CAPD since 2023; Mixtard 30/70 since 2022 - she injects
around the navel, both sides, 2x daily.
C/o sore lumps on the belly at her injection spots x 10 days; "dem hot an hard".
O/E: periumbilical area: four firm nodules, 1 to 2cm, tender, two with a dusky violet
centre, faint livedo around. Exit site RLQ clean.
Wt 74 kg, BMI 29.9 (overweight).
Ca 2.48, PO4 2.07, PTH 64.
Imp: inflamed lipohypertrophy / panniculitis / early calciphylaxis - unclear.
Plan: derm review; until then give the insulin in the thighs; no calcium binder.
"""),
("2025-01-28", "Dermatology Clinic", """
DERMATOLOGY CLINIC   28 Jan 2025

Periumbilical nodules at insulin sites, one now with a small crust.
Differential: panniculitis / inflamed lipohypertrophy / early calciphylaxis. On PD with a
raised phosphate, so calciphylaxis worries us; it cannot be excluded clinically.
Plan: deep punch biopsy booked for 04/02/2025; meanwhile no injections into the abdomen,
keep skin dry, paracetamol. If new ulcers develop, come to the unit at once.
Discussed with her PD nurse, who will phone her the day before the biopsy to remind her.
"""),
("2025-02-18", "PD Nurse Telephone Note", """
PD UNIT - telephone note   18/02/25

Pt did not attend the biopsy on 4/2. Reached by phone: she has "gone to foreign" to
stay with her sister abroad for treatment, leaving next week; she will continue PD
there.
Says the lumps are "about the same"; no open sore.
Transfer letter prepared: CAPD prescription, meds, and a note that calciphylaxis was
suspected at abdominal insulin sites but never confirmed or excluded (biopsy not done).
Discharged from our PD programme. Supplies for 2 weeks given.
"""),
]}

B17 = {"patient_id": "B17", "age": 74, "sex": "F", "notes": [
("2018-01-16", "Medical Outpatient Department", """
MEDICAL OPD   16-01-2018   Nkabom Teaching Hospital

74yo F, CKD stage 4 (eGFR 22) from hypertension, not on dialysis. Not diabetic.
C/O painful lump at the R waist for one month, worse in this harmattan.
She ties her cloth (wrapper) tightly every day with a twisted knot sitting at her right
hip-waist, and has done so all her life; she also wears waist beads.
O/E: thin, BMI 19.5. R flank, exactly at the knot line: 3x2cm tender deep nodule with
a faint livedoid net around it; no ulcer.
Ca 2.52, PO4 1.91, PTH 38.
Imp: ?early calciphylaxis vs erythema nodosum vs pressure panniculitis.
Plan: derm review, tie the cloth loosely on the left side.
"""),
("2018-01-30", "Dermatology Clinic", """
DERMATOLOGY CLINIC   30/01/2018

R flank nodule under the wrapper knot, now 3.5 cm, dusky surface, livedo spreading a little.
Possible calciphylaxis - suspicion raised by site and pain, though CKD 4 and a normal-ish
PO4 make it less typical. Could also be a pressure-related panniculitis.
Deep biopsy offered; pt and son declined ("at my age, no cutting").
Plan: loose clothing, no knot at that spot, paracetamol regularly, no hot compress on it,
review 1 month. Son to bring her back sooner if it opens or turns black.
"""),
("2018-03-06", "Medical OPD Follow-up", """
MEDICAL OPD   06/03/2018

Nodule R flank smaller (2 cm), less tender, livedo faded. No ulcer. Wrapper now tied
loosely on the L.
Still no firm diagnosis: early calciphylaxis remains possible, pressure panniculitis
equally so; no biopsy was done.
eGFR 21. BP 146/82. Eating better, weight steady.
Son says she is using the cloth loosely and has stopped the beads.
She is travelling back to her hometown up-country to stay with family; letter given for
the district hospital asking them to watch the nodule and check calcium and phosphate.
"""),
]}

B18 = {"patient_id": "B18", "age": 34, "sex": "M", "notes": [
("2023-09-12", "Haematology-Renal Joint Clinic", """
HAEM / RENAL JOINT CLINIC - Blue Mahoe Regional Hospital   12/09/2023

34M, HbSS, sickle nephropathy -> ESRD, dialysing Mon/Wed/Fri. No DM. No
anticoagulant.
Recurrent leg ulcers since 2019.
C/o the ulcers at both ankles "opening up" again and very painful for 2 months; he knocked
the R ankle on the step of the minibus in July.
O/E: bilateral medial malleoli punched-out ulcers, right 4x3cm, left 3x3cm, sloughy base,
one with black eschar, hyperpigmented surround.
Hb 7.1, retic 9%. Ca 2.70, PO4 2.55.
Imp: sickle cell leg ulcers; ?calciphylaxis given HD and Ca x PO4.
Plan: derm biopsy, wound care, hydroxyurea review. BMI 20.1.
"""),
("2023-09-26", "Dermatology Consult", """
DERMATOLOGY   26/9/23

Biopsy (R medial malleolus ulcer edge, 14/9/23): ulcer with granulation tissue, venous
congestion and microthrombi. Calcium nowhere to be found - vessels and fat clear, von
Kossa stain empty.
Conclusion: sickle cell leg ulcers. Calciphylaxis excluded.
The bump on the minibus step may have reopened the R ulcer; no other cause.
Plan: compression per vascular team once ABPI checked, zinc paste, leg elevation,
folic acid, keep Hb up with haematology. Review in wound clinic.
Pt relieved; he had read about calciphylaxis on the internet and was frightened.
"""),
("2023-11-07", "Wound Care Nursing Note", """
WOUND CARE   07/11/2023

Bilateral medial malleolar sickle ulcers: right 3.5x2.5cm, left 2x2cm, clean bases,
no eschar.
Zinc paste bandage + short-stretch compression (ABPI 1.0 bilat).
Pt working as a conductor again - advised to sit with legs up between trips.
Weight 58 kg, BMI 20.3.
Pain 3/10, no analgesia needed most days.
Hydroxyurea restarted by haematology, Hb 7.8 last week.
Both ankles: surrounding skin intact, no new ulcer, no eschar seen today.
Next: weekly bandage change here; haematology clinic next month.
"""),
]}

B19 = {"patient_id": "B19", "age": 45, "sex": "F", "notes": [
("2019-04-09", "Nephrology Clinic", """
NEPHROLOGY CLINIC   09/04/2019   Nkabom Teaching Hospital

45yo F, hairdresser, CKD stage 3a (eGFR 52) from hypertension. Not diabetic (FBS 5.1).
Came with many questions: her elder brother, who dialysed in this unit, passed in 2018
from calciphylaxis - "the black wounds" on his legs. She fears the same.
Reassured: her kidney function is nowhere near as bad as his was, no dialysis is planned, and we
will watch BP, calcium and phosphate at each visit.
O/E: BMI 31.0 (obesity class I). BP 148/90. Skin: no lesions at all.
Ca 2.34, PO4 1.20, PTH 9.
Plan: amlodipine 10 mg, lose weight, low salt, repeat U&E 3/12.
"""),
("2019-07-16", "Nephrology Clinic", """
NEPHROLOGY CLINIC   16/07/2019

45F, CKD 3a, review. eGFR 50. BP 136/84 on amlodipine.
Still worried about her brother's disease. Skin fully examined with her: no nodules, no
ulcers, no livedo, no dark patches on legs or trunk.
Weight down 2 kg, BMI 30.3. Walking 30 minutes most evenings.
Urine ACR 28. Hb 12.1. She has started selling hair products from home so she
can sit down more; no new symptoms.
Plan: continue amlodipine, walk daily, low salt, avoid NSAIDs and herbal mixtures,
review 6/12 with repeat U&E and urine ACR.
"""),
]}

B20 = {"patient_id": "B20", "age": 61, "sex": "M", "notes": [
("2025-03-11", "Haemodialysis Unit Education Note", """
HAEMODIALYSIS UNIT - Caroni Valley General Hospital   11/03/2025
Nurse educator: J. Persad RN

61M, ESRD, dialyses MWF, L arm AVF; T2DM on glargine 20u + lispro with
meals; AF (warfarin, 3mg od; INR 2.4).
Education session: skin care in dialysis.
Explained that dialysis patients, especially on warfarin and insulin, are at risk of
calciphylaxis - painful dark hard patches on the skin.
Advised: no hot compresses or rags soaked in Limacol, no heat pad, no belt pulled tight,
keep moving the insulin around, and report any dark or sore spot the same day.
Skin looked at today from head to toe: all intact.
Pt and wife understood; leaflet given.
"""),
("2025-06-10", "Nephrology Review", """
NEPHROLOGY REVIEW   10-06-2025

61M on HD. Well. No chest pain, no breathlessness, good appetite.
Skin examined with him: no ulcers, no livedo, nothing that looks like calciphylaxis.
He and his wife are following the skin advice from March - no compresses, belt loose.
Labs: Ca 2.28, PO4 1.55, PTH 33. INR 2.6 on warfarin. HbA1c 7.4%.
BMI 27.7. Pre-HD BP 142/80, IDWG 1.9 kg.
Plan: continue current regimen, same dialysis prescription, INR clinic as usual,
review 3/12 with fresh bloods.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
