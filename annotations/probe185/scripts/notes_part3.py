"""probe185 corpus notes, E15-E20 (British NHS letters, GP and district nurse entries; all invented)."""

E15 = {"patient_id": "E15", "age": 69, "sex": "F", "notes": [
("2024-10-16", "GP Consultation", """
Lindfield Practice - F2F, Dr V. Kerr

Hx: self-injecting dalteparin (Fragmin) 15,000 units SC once daily into the tummy since
14th August 2024 for PE (breast cancer on letrozole, oncology at Ashcombe).
For 10 days: painful hard purple patches in the lower abdomen, around the areas she injects,
one now has a dark centre. No fever.
PMH: CKD 4 (eGFR 18), under renal - PD planned, catheter not yet inserted. Not diabetic.
Never been on warfarin.
O/E: lower abdomen both sides - three indurated violaceous plaques 2-4cm, lacy purple edge,
the largest with a 6mm dusky centre. Tender. No fluctuance.
BMI 31.0. T 36.8, BP 140/78.
Imp: ?injection-site haematoma/panniculitis ?early calciphylaxis (CKD 4)
Plan: urgent A&G to renal; rotate injections to the thighs meanwhile; photographs taken.
"""),
("2024-10-30", "Nephrology Clinic Letter", """
Renal Medicine, Ashcombe General Hospital

Dear Dr Kerr

Re: Mrs Maureen HADDLETON, 69

Diagnoses: CKD stage 4 (eGFR 17), preparing for PD; cancer-associated pulmonary embolism on
dalteparin; breast cancer; obesity.

I saw Mrs Haddleton at your request about the tender plaques across her lower abdomen,
which lie at her dalteparin injection sites. They could be injection-site bruising with a
panniculitis, but
with her calcium-phosphate product I cannot exclude early calciphylaxis. A deep biopsy would
help, and I explained this carefully; she has declined, because she is frightened of a
non-healing wound.
Bloods: adj Ca 2.53, PO4 1.96, PTH 44 pmol/L.
Plan: switch dalteparin to apixaban after discussion with oncology; reduce calcium load;
re-photograph in four weeks. The PD catheter insertion is pencilled in for January.

Yours sincerely
Dr A. Sefton, Consultant Nephrologist
"""),
("2024-11-20", "GP Consultation", """
Lindfield Practice - telephone, Dr V. Kerr

Relocating next week to live with daughter in Perth; will register with a practice there.
Abdomen: plaques "a bit less sore" since stopping the injections 2 weeks ago, but the
darker one is still there. She sent photos - unchanged in size.
Still declines biopsy. Understands this remains a possible calciphylaxis, never confirmed,
and may need assessment by the renal team up there.
On apixaban now. No diabetes. BMI 31.0 (last weighed October).
Plan: summary letter to the new practice and to NHS Tayside renal; PD work-up to be
transferred; printed copies of the letters given to daughter.
"""),
]}

E16 = {"patient_id": "E16", "age": 83, "sex": "F", "notes": [
("2020-11-17", "Practice Nurse Leg Ulcer Clinic", """
Leg ulcer clinic - Practice Nurse, Hawthorn Lane Surgery

83F, HD x3 weekly (Mon/Wed/Fri). T2DM: insulin stopped when she started dialysis in 2020 because
of hypos, no diabetes meds now. Not on warfarin.
L leg: venous ulcer L medial gaiter, 4 x 3cm, present since October, 100% granulation, heavy
exudate. Haemosiderin staining, mild oedema.
ABPI (hand-held Doppler): R 0.92, L 0.88. Pedal pulses present.
Started 4-layer compression (K-Four) to the L leg today after discussion with TVN, toe to just
below the knee, padding over the tibial crest.
Skin to the R leg intact.
Wt 52kg, Ht 1.51m, BMI 22.8.
Plan: rebandage twice weekly in clinic, measure ulcer fortnightly, review in 4 weeks with TVN.
"""),
("2020-12-08", "District Nursing Visit", """
DN visit (housebound since last week - unable to get to clinic)

Bandages removed: top edge of the 4-layer bandage has left a deep groove around the L upper
calf, and under it two new black patches, 2cm and 3cm, with a purple net-like rim. Very
painful. Venous ulcer at the gaiter smaller (3 x 2.5cm).
Compression NOT reapplied - light retention bandage only, limb elevated.
Obs: T 36.5, HR 80, BP 118/62.
Discussed with TVN: ?bandage pressure damage ?arterial ?calciphylaxis given HD. GP and renal
team informed.
Plan: urgent vascular/renal opinion, DN daily for now, photos uploaded.
"""),
("2021-01-13", "Joint Renal-Vascular Clinic Letter", """
Renal and Vascular Joint Clinic, Marshfield Hospital

Dear Dr Appleyard

Re: Mrs Iris WHITCOMBE, 83

Mrs Whitcombe has two necrotic patches on the left upper calf, where the top of her
compression bandage sat. Her duplex shows calcified but patent tibial vessels. The
differential is pressure necrosis from the bandage, ischaemic ulceration, or calciphylaxis,
which we cannot rule out in a patient on haemodialysis. We offered a biopsy, but Mrs
Whitcombe does not want one and we respect that. We will treat this as possible
calciphylaxis with conservative wound care and a low-phosphate diet, without compression.
Weight 52.4kg, BMI 22.9.
Her diabetes is managed without medication; she stopped insulin in 2020.

Yours sincerely
Dr G. Holloway, Consultant Nephrologist, and Mr T. Strand, Consultant Vascular Surgeon
"""),
]}

E17 = {"patient_id": "E17", "age": 71, "sex": "M", "notes": [
("2021-02-15", "Emergency Department Note", """
ED, Kestrel Bay Hospital
PC: fall yesterday evening, R thigh pain

HPC: 71M lost his footing stepping from the bath at home on Valentine's evening, hit the
outer R thigh against the bath rim. Large bruise and swelling since. No head injury.
PMH: ESKD on HD (Tue/Thu/Sat), AF on warfarin, IHD, gout. No diabetes.
INR 4.2 today.
O/E: R lateral thigh - 15 x 10cm tense haematoma, ecchymosis, skin intact. Hip/knee: ROM
full, not bony tender. X-ray femur: no fracture.
Obs: BP 112/64, HR 96 irreg, Hb 104 (baseline 110).
Tx: warfarin held tonight, dose advice via anticoag service, compression, analgesia.
Dx: R thigh haematoma after fall, supratherapeutic INR.
D/C with safety netting; renal team informed.
"""),
("2021-03-10", "Nephrology Review Note", """
Renal review on the dialysis unit - Dr H. Ekwueme

The R lateral thigh bruise from the bath fall (14/02) has not settled. Over the past
fortnight the centre has turned black and a purple lacy rim has spread around it.
O/E: R lateral thigh - 8 x 6cm necrotic patch with dry eschar, surrounding retiform purpura,
indurated, exquisitely tender.
INR 2.8. Ca(adj) 2.47, phos 2.35, PTH 98.
Imp: necrotic haematoma on warfarin vs calciphylaxis - I cannot tell these apart clinically.
Plan: offered a deep skin biopsy - he wants to think about it. Discuss warfarin with
cardiology. BMI 27.0.
"""),
("2021-03-31", "Palliative Care Letter", """
Community Palliative Care Team, Kestrel Bay Hospice

Dear Dr Ingleby

Re: Mr Douglas FARRIMOND, 71

After long discussions with his family and the renal team, Mr Farrimond has decided to
withdraw from haemodialysis; his last session was on Saturday. He does not want a skin biopsy
or any further tests. The wound on his right outer thigh was never diagnosed - possible
calciphylaxis or a necrotic haematoma - and we are now focusing on comfort.
Warfarin stopped. Regular morphine via syringe driver started today, with midazolam PRN.
Dressings: simple non-adherent, changed only if needed.
Preferred place of death: home; DNACPR and ReSPECT form completed.

Yours sincerely
Dr L. Marwood, Consultant in Palliative Medicine
"""),
]}

E18 = {"patient_id": "E18", "age": 76, "sex": "F", "notes": [
("2023-04-24", "Nephrology Inpatient Note", """
Renal SpR - inpatient review, Ward 7

76F, ESKD (HD M/W/F), T2DM - gliclazide, obesity. L leg DVT diagnosed on 17th
April; warfarin loaded from that day without a heparin bridge (pt declined injections).
Since yesterday: painful dark patches on both anterior thighs and the L breast.
O/E: anterior thighs bilaterally - 8-10cm areas of dusky purple skin with haemorrhagic
blisters and early central necrosis; similar 5cm area L breast. Very tender.
INR 4.6. adj Ca 2.38, PO4 1.65.
BMI 36.7.
DDx: (1) warfarin-induced skin necrosis (2) calciphylaxis.
Plan: warfarin held, vitamin K 2mg IV, UFH infusion, protein C and S levels, urgent derm
for biopsy.
"""),
("2023-05-03", "Dermatology Clinic Letter", """
Dermatology, Harrowgate Infirmary

Dear Dr Brennan

Re: Mrs Hilda BRAMWELL, 76

My deep biopsy (L anterior thigh, 25th April) shows occlusive fibrin thrombi throughout
dermal and subcutaneous vessels with haemorrhagic necrosis. The von Kossa stain shows the
vessel walls free of calcium. Her protein C activity is low (41%).
Diagnosis: warfarin-induced skin necrosis with protein C deficiency. Calciphylaxis has been
excluded.
The areas on both thighs and the breast have demarcated, and the blisters have dried.
Plan: no further warfarin; anticoagulation with apixaban as agreed with haematology; wound
care by the ward and then district nurses.

Yours sincerely
Dr E. Sorensen, Consultant Dermatologist
"""),
("2023-05-24", "Nephrology Clinic Letter", """
Renal Medicine, Harrowgate Infirmary

Dear Dr Brennan

Re: Mrs Hilda BRAMWELL, 76

Diagnoses: warfarin-induced skin necrosis (biopsy 25th April 2023; not calciphylaxis); L leg
DVT, now on apixaban; ESKD, HD; T2DM - gliclazide; obesity.

The necrotic areas on her thighs and breast are healing well under the district nurses, and
the eschars are separating cleanly. She should never be given warfarin again; this is now
recorded as an allergy on her record.
Weight 95kg, BMI 36.7.
We continue her dialysis prescription unchanged.

Yours sincerely
Dr J. Pickering, Consultant Nephrologist
"""),
]}

E19 = {"patient_id": "E19", "age": 52, "sex": "M", "notes": [
("2024-02-15", "GP Consultation", """
Elmtree Medical Practice - F2F, Dr R. Fenn

Kidney review. 52M, CKD 3b (eGFR 38, ACR 42), T2DM on metformin 500mg BD (dose reduced
for eGFR), HTN.
Worried: his older brother, who is on dialysis in Leeds, has just had calciphylaxis on his
legs, "the skin went black". He is frightened the same could happen to him.
Explained the link with kidney failure and dialysis; his own kidneys are far from that stage.
Skin: checked legs, thighs and abdomen - normal, no rashes, no ulcers.
BP 136/84. Wt 94kg, BMI 29.5 (overweight).
Bloods: adj Ca 2.34, PO4 1.12, PTH 9.1.
Plan: renal referral as requested by pt for reassurance and CKD advice; continue ramipril;
recheck U&Es in 3 months.
"""),
("2024-03-20", "Nephrology Clinic Letter", """
Renal Outpatients, Wharfedale General Hospital

Dear Dr Fenn

Re: Mr Kevin LOUGHRAN, 52

Diagnoses: CKD G3bA2, probably diabetic; type 2 diabetes on metformin; hypertension.
Family history: brother with ESKD on haemodialysis, recently treated for calciphylaxis.

I saw Mr Loughran, who is understandably anxious after his brother's illness. His skin is
entirely normal, and his calcium, phosphate and PTH are within range. I explained that
calciphylaxis is very rare outside advanced kidney failure, and that he shows none of its
features.
eGFR 39. BP 132/80. BMI 29.5.
Plan: SGLT2 inhibitor added, annual review in renal clinic.

Yours sincerely
Dr Y. Achterberg, Consultant Nephrologist
"""),
]}

E20 = {"patient_id": "E20", "age": 60, "sex": "F", "notes": [
("2025-06-17", "Renal Pharmacist Review", """
Renal pharmacist - medicines review, PD clinic, Linford Hospital

60F on APD since 2023. Not diabetic. Never on warfarin.
Phosphate 2.31 mmol/L (high) for three months; adj Ca 2.49; PTH 63.
Binders: she takes calcium acetate only when she remembers; finds the tablets hard to swallow.
Counselled on why phosphate control matters: bone disease, heart and blood vessels, and the
rare but serious risk of calciphylaxis that dialysis carries.
Changed calcium acetate to sucroferric oxyhydroxide (chewable), one with each main meal.
Also advised against hot water bottles, heat pads and tight waistbands if a skin area ever
becomes painful, and to tell the unit about any new painful patch.
Skin: no concerns reported.
BMI 25.1.
Plan: recheck bloods in four weeks.
"""),
("2025-07-15", "Renal Dietitian Letter", """
Renal Dietetics, Linford Hospital

Dear Dr Sato

Re: Mrs Nasreen QADRI, 60

I met Mrs Qadri with her daughter to review her phosphate. Her phosphate has fallen to 1.72
since the binder was changed. We went through the hidden phosphate additives in processed
meat and fizzy drinks, and portion sizes of dairy.
She asked again about calciphylaxis after reading a leaflet; I reassured her that her skin
is healthy and that good phosphate control lowers the risk.
Weight 64.2kg, height 1.60m, BMI 25.1.
Plan: dietetic review in three months.

Yours sincerely
Ms P. Langridge, Specialist Renal Dietitian
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
