"""probe237 corpus notes, Q15-Q20 (Singapore, Hong Kong and Malaysian hospital notes; all invented)."""

Q15 = {"patient_id": "Q15", "age": 57, "sex": "F", "notes": [
("2020-03-10", "Renal SOPC", """
RENAL SOPC - Lok Wan Hospital
F/57. CAPD since 2017 (DKD). T2DM on Lantus 24u + NovoRapid TDS, injects around the navel.
HT, hyperlipidaemia. Not on warfarin.
c/o tender lumps around the belly button since winter, some bluish, sore when she
injects.
O/E: periumbilical area: several firm SC nodules 1-2cm across, 2 of them faintly
violaceous on top; no ulcer. Exit site (L) clean.
Wt 76 kg, BMI 30.0 (obese).
Ix: Ca/PO4 2.55/1.9, iPTH 58, HbA1c 8.1%.
Imp: lipohypertrophy ?early calciphylaxis at insulin sites
Mx: refer Derm SOPC (urgent slot). Meanwhile switch injections to the thighs, rotate.
"""),
("2020-04-07", "Dermatology SOPC", """
DERM SOPC
Referred ?calciphylaxis. F/57 on CAPD, insulin-treated DM.
Periumbilical nodules x ~3 months, firm, tender, 2 with violaceous hue; no livedo, no
necrosis. Moved insulin to thighs 4 wks ago; thighs clear.
DDx: calciphylaxis (early, non-ulcerated) vs lipohypertrophy with panniculitis vs
lipodermatosclerosis-like change.
Deep incisional bx recommended - pt declined (afraid the bx site would not close).
Plan: photos, review 8/52; rebook bx if she changes her mind.
Explained that without bx the diagnosis stays uncertain, and what to watch for
(black areas, open sores, severe pain) - return early if so.
BMI 30.0.
"""),
("2020-06-02", "Renal SOPC", """
RENAL SOPC
F/57 CAPD. Nodules around the navel smaller and less tender now that she injects into
the thighs. No ulceration, no new lesions.
Derm: calciphylaxis possible but not confirmed; bx still declined after discussion today.
Ix: Ca/PO4 2.44/1.7.
Mx: keep rotating in thighs, Renvela instead of CaCO3 anyway, review skin at each visit.
Kt/V 1.9 (adequate); zero peritonitis episodes in 2020. HbA1c 7.6%.
Derm to see again in 3/12 (bx can be booked then).
Wt 76 kg, BMI 30.0.
TCA 3/12.
"""),
]}

Q16 = {"patient_id": "Q16", "age": 63, "sex": "M", "notes": [
("2021-09-14", "Dialysis Centre Doctor Review", """
PUSAT DIALISIS KASIH MURNI - MO review
Encik A., 63M. ESKD (HTN nephrosclerosis), HD via R BCF (TTS) since 2019.
Not diabetic. HTN. No warfarin.
BMI around 29-31 over the past yr as per KK records.
c/o aching L calf for 2 months; wife does a hot towel compress on the L calf every
evening since July.
O/E: L calf: tender purplish patch 3x2cm, reticulate edge, no ulcer. R calf normal.
Ix: Ca 2.6, PO4 2.5, iPTH 180.
Imp: ?erythema ab igne ?vasculitis, r/o calciphylaxis
Plan: refer Nephro/Derm, stop hot compress, CaCO3 -> sevelamer.
"""),
("2021-09-28", "Medical Ward Progress", """
MEDICAL WARD - Hosp Seri Kenanga, D3
63M HD pt adm for L calf lesion, now an ulcer 3 x 3 cm with black base.
DDx: calciphylaxis vs burn from hot compress vs venous ulcer.
Derm r/v: suspect calciphylaxis, for deep bx on Monday.
ABPI 0.9 L.
Pain 7/10, on tramadol.
Vitals stable, afebrile since yesterday. HD done this morning, UF 2.5 L.
Ix: WCC 12.1 -> 10.4, CRP 88.
Mx: dressings (Bactigras + gauze daily), IV cloxacillin for surrounding cellulitis,
bx Monday. Family asking about transfer to private hospital - explained bx first.
"""),
("2021-09-30", "Discharge Note (At Own Risk)", """
DISCHARGE AT OWN RISK
Pt and family request discharge today to seek treatment at a private hospital in KL;
risks explained (untreated infection, wound progression), AOR form signed.
Bx NOT done. Working Dx: L calf ulcer, ?calciphylaxis - unconfirmed.
Meds: oral cloxacillin x 7/7, tramadol PRN, sevelamer.
Referral letter and wound photos given.
Wt 88 kg, BMI 29.2.
HD to continue at dialysis centre as usual.
Return to ED for fever, worsening pain or spreading erythema.
Copy of discharge note to Pusat Dialisis Kasih Murni MO.
"""),
]}

Q17 = {"patient_id": "Q17", "age": 84, "sex": "F", "notes": [
("2024-03-05", "Community Hospital Ward Note", """
COMMUNITY HOSPITAL - Ward 3, AM round
84F, ESRD, HD MWF (L BCF), DM (diet only), dementia, bedbound since CVA 2023.
Transferred from acute hosp for rehab/ step-down care.
Skin: R heel black dry eschar 3 x 3 cm, ?onset 3/52 ago per NH staff; surrounding dusky
skin. L heel intact. Sacrum intact.
Foot pulses not palpable.
Wt 41 kg (no height - unable to stand).
DDx: pressure injury (unstageable) vs ischaemic/PAD ulcer; calciphylaxis cannot be
excluded.
Plan: offload heels, heel boots, 2-hrly turning, vascular opinion; not for bx per family.
"""),
("2024-03-26", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT
84F HD pt, advanced dementia, R heel eschar (pressure vs PAD vs possible calciphylaxis,
never biopsied). Family meeting today w son and daughter: focus on comfort.
Agreed: no bx, no vascular intervention. HD to continue for now, KIV withdraw if
intolerant.
Pain: grimaces on heel dressing - start PRN fentanyl SL before dressing change.
Wound: dry eschar, keep dry, Betadine paint.
Code status: NFR.
Son asks how long; explained difficult to predict, likely weeks to months.
Palliative home care referral for after discharge. Will review again next wk.
"""),
]}

Q18 = {"patient_id": "Q18", "age": 69, "sex": "M", "notes": [
("2024-01-09", "Medical SOPC", """
MEDICAL SOPC - Harbourview Hospital
M/69. AF, on Marevan since Nov 2023. CKD 3a (eGFR 48, Cr 132). T2DM on Diamicron MR
60mg. HT. Obese, BMI 31.4.
Visited son in California Dec; INR 6.1 there on 12/19/2023 (US clinic letter), warfarin
held 2 days, then resumed same dose.
Today INR 2.7.
No bleeding. No skin problems reported.
BP 136/78, HR 76 irregular.
Ix: Hb 13.2, Cr 132, K 4.6, HbA1c 7.4%.
Mx: cont Marevan 3mg daily, anticoag clinic 2/52, HbA1c next visit.
Diet advice re vitamin K foods reinforced (pt eats lots of choy sum).
"""),
("2024-01-22", "Medical Ward Admission", """
MED WARD ADM
M/69 on Marevan, CKD 3a (no dialysis).
c/o both thighs with sore, darkening skin for 5/7, started as red painful areas.
No trauma, no injections into thighs.
O/E: bilateral anterior thighs: purpuric retiform plaques with necrosis, L 8x6cm,
R 5x4cm, haemorrhagic bullae at edge.
Afebrile, BP 142/80, HR 88 AF.
INR 3.8. Ca 2.35, PO4 1.3, PTH normal.
Imp: ?coumarin (Marevan) skin necrosis vs non-uraemic calciphylaxis
Plan: withhold Marevan, Vit K 1mg, bx x 2, protein C/S, derm consult.
"""),
("2024-01-30", "Dermatology Consultation", """
DERM CONSULT
Bx 23/1/2024 x 2 (L and R thigh): fibrin thrombi within dermal + subcut vessels,
haemorrhagic necrosis; von Kossa stain neg - vessel walls free of calcium.
Prot C 42% (low).
Dx: Marevan-induced skin necrosis. Calciphylaxis excluded (no calcification on 2
deep bx, normal Ca/PO4, no ESRD).
Rec: Marevan stopped permanently -> apixaban 5mg BD (eGFR 48); wound care
(Mepitel + foam); plastics review of L thigh for possible debridement.
ADR alert entered: Marevan (skin necrosis).
Pain: PRN oxycodone. TCA derm clinic 2/52.
"""),
]}

Q19 = {"patient_id": "Q19", "age": 45, "sex": "F", "notes": [
("2022-07-19", "Endocrine Clinic", """
ENDOCRINE CLINIC - Hosp Bandar Melati
45F T1DM since age 12 on basal-bolus: Lantus 16u ON + NovoRapid 6u TDS (abdomen).
CKD 4 (diabetic nephropathy), eGFR 21, pre-dialysis counselling started.
FHx: mother passed away 2016 (calciphylaxis, on HD) - pt afraid this is her future
too.
O/E: injection sites: mild lipohypertrophy L lower abdo; no nodules, no discolouration,
no ulcer. Legs clear.
BMI 22.1. No warfarin.
HbA1c 7.8%.
Adv: rotate sites, avoid the lipo area, new needle each time.
TCA 3/12.
"""),
("2022-09-06", "Nephrology Clinic", """
NEPHRO CLINIC - pre-dialysis
45F T1DM on insulin, CKD 4, eGFR now 19; not yet on dialysis; prefers PD when needed.
Worried re mother's calciphylaxis. Skin examined fully: no lesions, no livedo.
Explained risk factors; no evidence of calciphylaxis at present.
Ix: Ca/PO4 2.30/1.6, iPTH 28 pmol/L, Hb 10.9.
Mx: PD catheter referral KIV when eGFR < 12, low PO4 diet, CaCO3 with meals.
Hep B vaccination course to start at KK before dialysis.
BMI 22.1.
Pt reassured. Husband present.
TCA 3/12.
"""),
]}

Q20 = {"patient_id": "Q20", "age": 58, "sex": "M", "notes": [
("2023-05-09", "Dialysis Centre Health Education Note", """
Seraya Dialysis Centre - health education (nursing)
58M HD since 2021 (HTN nephrosclerosis), not diabetic, never on warfarin.
Topic: skin care and calciphylaxis awareness - part of unit campaign after another
patient at our centre developed ulcers where she had used a heat pack.
Pt asked: uses heat pack or ice at home? Denies both. Denies injections other than
EPO via the HD circuit.
Skin inspected: intact, nil livedo or lesions.
Advice given: no heat packs or ice directly on skin; tell the nurse early about any
dark painful patch.
Leaflet given. Pt verbalised understanding.
"""),
("2023-06-13", "Nephrology SOC", """
NEPHRO SOC
58M ESRD on HD via L BCF, HTN. Not diabetic.
Well. No cramps, sleeping ok, no new complaints. Attended the unit talk last month on skin care.
Skin intact all over; no features of calciphylaxis.
BP 140/82. Wt 80 kg, BMI 27.0 (overweight).
Ix: Ca/PO4 2.36/1.7, iPTH 52, Hb 11.2, Kt/V 1.5.
Fistula: good thrill, no issues with cannulation.
Mx: cont sevelamer, Mircera via HD monthly, amlodipine 5mg.
Encouraged walking 30 min daily, fluid restriction 1 L/day.
Review 3/12.
"""),
]}

PATIENTS = [Q15, Q16, Q17, Q18, Q19, Q20]
