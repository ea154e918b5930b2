# Notes for U17-U24. Each entry: (patient_id, note_id, note_date, note_type, text)

NOTES = []


def add(pid, nid, date, ntype, text):
    NOTES.append((pid, nid, date, ntype, text.strip("\n")))


# ---------------------------------------------------------------- U17 (possible)
add("U17", "U17-01", "2022-08-15", "Emergency Department Note", """
EMERGENCY DEPARTMENT -- St. Anselm Hospital

59F -- ESRD (dialyzes M/W/F); T2DM requiring insulin (glargine + lispro); obesity; HTN.
CC: painful hard purple area L lower belly x 5 days "right where I do my insulin".
Denies fever. No drainage. Last HD today, full run.

Exam: T 37.1. BMI 36.4. L lower abdomen: violaceous indurated plaque about 6x4 cm, mottled edge, warm-ish, no fluctuance, no eschar or ulceration. Rest of skin unremarkable.
Bedside US: no drainable collection.

DDx: cellulitis vs panniculitis vs early calciphylaxis.
Plan: cefazolin with HD, observation admit, derm consult in the AM.
""")

add("U17", "U17-02", "2022-08-16", "Dermatology Consult - Inpatient", """
DERMATOLOGY CONSULT

59 yo F on HD with a 6 day history of a tender indurated plaque of the L lower abdomen at the site where she has injected insulin for about 8 years.

Exam: L lower abdomen 6.5 x 4 cm firm violaceous plaque, subtle net-like margin, no necrosis, no retiform purpura, no eschar. Lipohypertrophy nearby.

Imp: Indurated violaceous plaque at insulin injection site -- concerning for early calciphylaxis; alternatively an injection-related panniculitis / fat necrosis or lipodermatosclerosis-like change. Absence of retiform purpura or necrosis makes calciphylaxis less certain.
Plan: 4 mm punch biopsy today, results pending. Advise injecting insulin elsewhere in the meantime (thighs). If biopsy c/w calciphylaxis, will recommend STS with HD.
""")

add("U17", "U17-03", "2022-08-19", "Discharge Summary", """
DISCHARGE SUMMARY -- St. Anselm Hospital
Admit 8/15/22   D/C 8/19/22

Final dx: Painful indurated plaque, L lower abdomen -- possible early calciphylaxis vs panniculitis; skin biopsy pending at discharge.
Other: ESRD (HD); insulin-treated T2DM; obesity (BMI 36.4).

Course: Treated w/ cefazolin x 4 doses for possible cellulitis, little change. Derm bx 8/16, path pending. Plaque stable, no necrosis at d/c.
Follow-up: derm clinic 8/30 for bx results; HD unit to continue usual schedule.
""")

add("U17", "U17-04", "2022-09-02", "Telephone Encounter", """
Derm RN telephone note

Path final (8/16 punch, L lower abd): superficial specimen; dermis with mild perivascular lymphocytic infiltrate; subcutis scant; no vascular calcification seen on von Kossa; nondiagnostic -- calciphylaxis neither confirmed nor excluded. Per Dr. Varga: recommend deeper incisional biopsy if lesion persists.
Pt missed 8/30 appt. Called x2, left VM w/ callback number. Letter mailed.
""")

# ---------------------------------------------------------------- U18 (possible)
add("U18", "U18-01", "2019-01-15", "Urgent Care Note", """
Urgent Care -- Summit Walk-In Clinic

72 yo M c/o sore on his R lower back x 10 days. Chronic LBP; has slept nightly since last fall with a plug-in heating pad tucked beneath his low back, often dozing off on it. In-center hemodialysis 3x/wk (ESRD). On warfarin for mechanical AVR. Wt 104 kg, BMI 31.1. No diabetes.

PE: R lumbar paraspinal: shallow ulcer 3 x 2 cm, dark crust; surrounding reticulated red-brown mottling ~15 cm across the low back.

Imp: ulcer R low back at heating pad site -- thermal burn vs pressure sore. With ESRD + warfarin, can't r/o calciphylaxis.
Plan: stop heating pad, bacitracin + nonstick dressing, derm referral.
""")

add("U18", "U18-02", "2019-01-23", "Dermatology Clinic Note - Outpatient", """
Derm new pt -- Summit Dermatology

72M ESRD on HD, on warfarin, obese, sent from urgent care.
Exam: lower back: reticulated hyperpigmented net-like patches consistent with erythema ab igne. Within it on the R low back: 3.2 x 2.4 cm ulcer w/ adherent black eschar, tender, purpuric rim.

A/P: Ulcer arising in erythema ab igne -- caused by the nightly heating pad. Ddx: thermal injury with ulceration vs calciphylaxis (ESRD, warfarin, obesity -- concerning).
- 4 mm punch bx of ulcer edge today, H&E + von Kossa
- no heating pad
- petrolatum, nonadherent dressing
""")

add("U18", "U18-03", "2019-01-28", "Surgical Pathology Report", """
SURGICAL PATHOLOGY REPORT -- Summit

Specimen: right lower back skin, punch biopsy
Diagnosis:
- Ulceration with dermal necrosis; interface change with pigment incontinence and dilated superficial vessels, compatible with erythema ab igne.
- Subcutis: only a sliver present. Vascular calcification: none seen (H&E; von Kossa).
Comment: This superficial sample does not exclude calciphylaxis. Deeper biopsy if clinically indicated.
""")

add("U18", "U18-04", "2019-02-12", "Dermatology Clinic Note - Outpatient", """
Derm f/u

Ulcer R low back smaller, 2.1 x 1.5 cm, eschar lifting at the edges. Pain much better since he stopped the heating pad.
Bx: erythema ab igne, no calcification, superficial sample.

Impression: Favor thermal ulcer within erythema ab igne. Calciphylaxis still on the differential given risk profile and a nondiagnostic biopsy -- would re-biopsy deep if the ulcer stalls or worsens.
Plan: continue petrolatum; f/u 4 wks.
""")

# ---------------------------------------------------------------- U19 (possible)
add("U19", "U19-01", "2023-05-09", "Peritoneal Dialysis Clinic Note", """
PD clinic -- Harbor Kidney Care

81F ESRD (hypertensive nephrosclerosis) on CAPD x 3 yrs, AF on warfarin, no DM. BMI 21.0.
Daughter reports pt bumped her L calf on the metal bed frame 2 weeks ago; the bruise never faded and now has a dark center, quite painful.

Exam: L posterior calf 5 x 4 cm violaceous plaque, retiform edge, 1.5 cm black center. R leg clear. Exit site clean.
INR 3.4. P 6.6. PTH 510.

A/P: Necrotic lesion L calf after minor trauma -- ddx hematoma w/ overlying necrosis (supratherapeutic INR) vs calciphylaxis (PD, warfarin, high phos). Discussed bx -- pt hesitant.
- hold warfarin tonight, recheck INR Friday
- wound RN
- phone f/u re biopsy decision
""")

add("U19", "U19-02", "2023-05-11", "Telephone Encounter", """
TELEPHONE ENCOUNTER
Daughter called back. Pt "doesn't want any cutting" and declines the skin biopsy. Pain 6/10 with acetaminophen. Dressing done daily by daughter. INR 2.7 today at lab.
Dr. Ruiz aware -- will ask palliative care to see her.
""")

add("U19", "U19-03", "2023-05-18", "Palliative Care Consult", """
PALLIATIVE MEDICINE CONSULT

Reason: symptom management, goals of care
81F on PD w/ painful L calf wound after bumping it on the bed frame. Nephrology suspects calciphylaxis; not biopsied per patient's wishes, and a hematoma with overlying necrosis is still possible. If this is calciphylaxis, options would include IV sodium thiosulfate, which she does not want; she wants to stay home and keep doing PD herself as long as she can.

Sx: pain 5-7/10, burning, worse at night. Appetite fair.
Plan:
- scheduled acetaminophen 650 q8h; oxycodone 2.5 mg every 6 h if needed (PD-appropriate)
- low-dose gabapentin 100 mg qhs
- MOLST completed: DNR/DNI, continue PD
- will f/u by phone weekly
""")

# ---------------------------------------------------------------- U20 (possible)
add("U20", "U20-01", "2017-11-02", "Emergency Department Note", """
ED NOTE -- Red River Medical Center

54M ESRD on HD (MWF, missed last Fri), T2DM on insulin, obese, HTN.
c/o painful purple spots both lower legs x 4 days. Felt feverish, + chils. Recent URI.
T 38.3, HR 104, BP 162/90.
Exam: palpable purpura scattered over both shins and calves, a few with dusky centers; faint livedo on the posterior calves. No splinters. No murmur.
DDx: leukocytoclastic vasculitis, septic emboli (tunneled line?), calciphylaxis.
Plan: BCx x2, ESR/CRP, C3/C4, cryos, hep B/C, ANCA; vanc + cefepime; admit.
""")

add("U20", "U20-02", "2017-11-03", "Nephrology Consult - Inpatient", """
NEPHROLOGY CONSULT
54 yo M w/ ESRD on HD via L AVF (no tunneled line), T2DM on insulin, obesity, admitted w/ fever and painful purpuric lesions BLE.
Labs: Ca 9.5, P 7.9, PTH 1,210, alb 3.0. ESR 88.
Imp:
1. ESRD -- HD tomorrow per schedule, 2K/2.5Ca bath.
2. Purpuric leg lesions -- vasculitis vs infection; calciphylaxis also on the ddx given CaxP and PTH -- r/o. Agree w/ derm bx. Would hold calcium binder, start sevelamer.
""")

add("U20", "U20-03", "2017-11-06", "Dermatology Consult - Inpatient", """
DERM CONSULT
Reason: purpura BLE

Exam: Numerous 0.5-2 cm palpable purpuric papules and a few small retiform plaques on both lower legs, densest on the shins; two with dusky gray centers, no frank eschar. Livedo reticularis posterior calves.
Ddx: LCV (favored -- palpable, fever, recent URI) vs early calciphylaxis vs cryoglobulinemic vasculitis.
Biopsies x2 (4 mm punch): L shin for H&E/von Kossa; R shin for DIF.
""")

add("U20", "U20-04", "2017-11-09", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
A. Skin, left shin, punch: Superficial and mid-dermal perivascular neutrophils and lymphocytes with red cell extravasation; no fibrinoid vessel-wall necrosis. Focal calcification of a single small subcutaneous vessel, nonspecific and not diagnostic of calciphylaxis on its own. No thrombi.
B. Skin, right shin, DIF: Granular C3 in superficial vessel walls, nonspecific.
Comment: Features fall short of diagnostic vasculitis or calciphylaxis. Clinical correlation recommended.
""")

add("U20", "U20-05", "2017-11-14", "Discharge Summary", """
DISCHARGE SUMMARY -- Red River Medical Center
Admit 11/2/2017   Discharge 11/14/2017

Final diagnoses:
1. Painful purpuric rash, bilateral lower legs, etiology uncertain -- resolving small-vessel vasculitis vs possible early calciphylaxis; biopsy non-diagnostic.
2. ESRD on HD.
3. Type 2 DM, insulin-treated.
4. Obesity.

Course: Blood cultures negative x 2; vanc/cefepime stopped day 3. ANCA neg, cryos neg, C3/C4 nl. Lesions flattened and faded over the week, no necrosis developed. Sevelamer started, calcium acetate stopped.
Follow-up: derm clinic 3 wks; if new painful or necrotic lesions, re-biopsy (deep) for calciphylaxis.
""")

# ---------------------------------------------------------------- U21 (no; case report)
add("U21", "U21-01", "2016-03-01", "Case Report", """
Breast and thigh necrosis from warfarin, initially mistaken for calciphylaxis

Case report
A 48-year-old woman (BMI 37, no history of kidney disease) was started on warfarin 10 mg daily for a left popliteal deep vein thrombosis, after a single dose of enoxaparin given into the abdomen in the emergency department. She had no diabetes. On the fourth day of warfarin therapy she developed sudden pain in the right breast and the left posterior thigh, followed within hours by sharply demarcated red-purple plaques that evolved into haemorrhagic bullae and then black necrosis.

The admitting team raised the possibility of calciphylaxis because the lesions lay in fatty areas of the breast and thigh, the patient was obese, and her serum phosphate was at the upper limit of normal. Dermatology was asked to assess.
""")

add("U21", "U21-02", "2016-03-01", "Case Report", """
Investigations
Creatinine was 0.7 mg/dL, calcium 9.3 mg/dL, phosphate 4.5 mg/dL and parathyroid hormone normal. Protein C activity was 38% (reference 70-140%) and remained low on repeat testing after warfarin was stopped, indicating heterozygous protein C deficiency. An incisional biopsy of the thigh plaque showed dermal and subcutaneous venules plugged by fibrin thrombi, with haemorrhagic necrosis, and no vascular or extravascular calcium on von Kossa staining. Calciphylaxis was excluded, and warfarin-induced skin necrosis was diagnosed.

Treatment and outcome
Warfarin was stopped, vitamin K was given and she was anticoagulated with unfractionated heparin infusion and then rivaroxaban. The breast and thigh necrosis were debrided, and the thigh defect was grafted. She recovered fully.

Discussion
Warfarin-induced skin necrosis and calciphylaxis can look alike: both produce painful retiform purpura and necrosis over fatty sites, and warfarin is a risk factor for calciphylaxis. The abrupt onset within days of starting warfarin, the absence of kidney disease and the biopsy findings separate the two.
""")

# ---------------------------------------------------------------- U22 (no)
add("U22", "U22-01", "2018-03-16", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULT -- Northshore Heart & Vascular

76M w/ CAD, CKD stage 4 (baseline Cr 2.6, not on dialysis), T2DM (glipizide), AF (warfarin), s/p cardiac cath via R femoral artery 3/5/18 for NSTEMI w/ PCI to LAD.
Now w/ painful blue toes b/l and lacy purple mottling of both feet and distal legs, onset ~1 wk after the cath. Cr up to 3.9. Eos 9%.

Exam: femoral pulses palpable, DP/PT palpable b/l. L 2nd toe tip with 5 mm dry black eschar. Livedo reticularis b/l feet extending to the ankles. R groin access site: small ecchymosis, no hematoma, no bruit.

Imp: atheroembolism (cholesterol crystal embolization) after cath -- most likely. Ddx: calciphylaxis (less likely, not on dialysis, pulses intact), vasculitis.
Plan: no surgical/endovascular intervention; high-intensity statin; derm for bx to confirm; nephrology aware of AKI.
""")

add("U22", "U22-02", "2018-03-18", "Dermatology Consult - Inpatient", """
DERMATOLOGY CONSULT

76M, CKD 4, on warfarin, 2 wks post cardiac cath w/ livedo reticularis of both feet/ankles, blue toes, and a small eschar L 2nd toe.
Ddx: cholesterol emboli (favored), calciphylaxis, warfarin-related purple toe syndrome, vasculitis.
Procedure: 4 mm punch bx of livedo on L lateral ankle (deep, to include subcutis), von Kossa requested.
Recs: statin; avoid further catheter procedures if possible; keep toes warm and protected.
""")

add("U22", "U22-03", "2018-03-20", "Surgical Pathology Report", """
SURGICAL PATHOLOGY

Site: left lateral ankle skin, deep punch
Diagnosis: Cholesterol emboli -- biconvex needle-shaped clefts within two small arterioles of the deep dermis/subcutis with surrounding histiocytes and giant cells. Von Kossa stain negative; vessel walls free of calcium. Vasculitis absent.
""")

add("U22", "U22-04", "2018-03-26", "Discharge Summary", """
DISCHARGE SUMMARY

Diagnoses:
1. Atheroembolic disease after cardiac catheterization -- cutaneous cholesterol emboli (bx-proven) and AKI on CKD 4. Calciphylaxis ruled out by biopsy.
2. NSTEMI s/p PCI to LAD 3/5.
3. AF -- warfarin continued after discussion of risks; INR goal 2-3.
4. T2DM -- glipizide.
BMI 28.2.
Course: Cr peaked 4.1, now 3.6, not requiring dialysis. Toe eschar dry, foot pain improved on gabapentin. Atorvastatin 80.
F/u: nephrology 1 wk, cardiology 2 wks, derm prn.
""")

# ---------------------------------------------------------------- U23 (no)
add("U23", "U23-01", "2020-09-02", "Colorectal Surgery Clinic Note", """
COLORECTAL SURGERY -- post-op visit, Alder Creek Surgical Associates

42F with ulcerative colitis s/p total proctocolectomy with end ileostomy 6/17/2020 (RLQ). ESRD from IgA nephropathy; HD TTS.
c/o painful sores around the stoma x 3 wks. Appliance leaking most days.

Exam: stoma pink, budded, productive. Peristomal skin: two 1.5-2 cm ulcers at 3 and 7 o'clock with undermined violaceous borders and purulent base. Midline incision healed.

A/P: peristomal ulceration -- ddx pyoderma gangrenosum, irritant dermatitis from effluent leak, infection, and (given ESRD) calciphylaxis. Derm referral. WOC nurse to refit appliance; convex wafer trial.
""")

add("U23", "U23-02", "2020-09-08", "Dermatology Consult - Outpatient", """
DERMATOLOGY -- new consult

42F UC s/p ileostomy, ESRD on HD. Peristomal ulcers since ~mid-August.
Exam: two ulcers 2 and 2.5 cm at the peristomal skin, undermined, dusky violaceous overhanging edges, cribriform scarring between them. Eschar, livedo and retiform purpura are all absent. BMI 22.4.

Ddx: peristomal pyoderma gangrenosum (favored -- undermined violaceous borders, active UC), calciphylaxis (doubt it -- lacks retiform purpura/eschar, but bx to exclude given ESRD), contact/irritant dermatitis.
Procedure: 4 mm punch at ulcer edge (small, cautious given pathergy risk); specimen to path (routine stains + von Kossa); tissue cx also sent.
""")

add("U23", "U23-03", "2020-09-11", "Surgical Pathology Report", """
Surgical Pathology
Skin, peristomal, edge of ulcer, punch:
- Ulcer with a heavy, neutrophil-rich dermal infiltrate and small abscesses; no leukocytoclastic vasculitis.
- No vascular or extravascular calcification (von Kossa negative).
- Special stains for organisms negative.
Comment: findings fit pyoderma gangrenosum if the clinical picture agrees.
""")

add("U23", "U23-04", "2020-10-06", "Dermatology Clinic Note - Outpatient", """
Derm f/u

Peristomal ulcers markedly improved on prednisone 40 mg/day and tacrolimus 0.1% ointment to the edges; now 0.8 and 1 cm, edges flattening, pain 2/10.
Cx: normal skin flora only.
A: Peristomal pyoderma gangrenosum. Calciphylaxis excluded (bx negative, rapid response to steroids).
P: taper prednisone by 5 mg/wk; GI to discuss steroid-sparing agent; WOC nurse following. BMI 22.4.
""")

# ---------------------------------------------------------------- U24 (no; risk only)
add("U24", "U24-01", "2021-01-11", "Urgent Care Note", """
URGENT CARE -- QuickMed

69M, cat scratch L forearm 3 days ago (own cat). Now red, swollen, warm, a red streak toward the elbow.
PMH: ESRD (HD M/W/F); insulin-treated T2DM; atrial fib -- warfarin; BMI 40.1 (obese).
Exam: T 37.9. L dorsal forearm: two linear scratches with ~8 cm of surounding erythema, warmth, tenderness. No purpura, no necrosis, no fluctuance. Lymphangitic streak to antecubital fossa.
A: Cellulitis L forearm after cat scratch.
P: amoxicillin-clavulanate renally dosed x 7 d, borders marked. Antibiotic may bump INR -- INR check at HD Wednesday. Return/ED if worse.
""")

add("U24", "U24-02", "2021-01-13", "Dialysis Unit Progress Note", """
HD unit progress note -- Clearwater Dialysis

69M ESRD 2/2 DM on HD MWF via R AVF.
Cellulitis L forearm after cat scratch, on amox-clav -- improving, erythema well inside the marked border, streak gone. No skin necrosis.
INR 3.1 (on warfarin for AF) -- warfarin held x1.
Calciphylaxis risk: high (ESRD, warfarin, insulin injections, obesity, PTH 900). Counseled to rotate insulin sites, avoid heating pads and ice packs, report any new painful skin lesions promptly. No skin findings suggestive of calciphylaxis today. Will ask cardiology re warfarin -> apixaban.
""")

add("U24", "U24-03", "2021-03-02", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC

69M, HD-dependent ESRD; T2DM, insulin; AF; obese.
Cellulitis resolved. Warfarin switched to apixaban 2/2021 (cardiology agreed, calciphylaxis prevention). Skin check: no purpura, livedo or ulcers; injection sites on abdomen and thighs unremarkable.
Labs: PTH 640 (was 900; on cinacalcet 60), Ca 9.4, P 5.9.
BMI 39.6.
Plan: continue cinacalcet, sevelamer; RD visit for phosphate; repeat PTH 3 mo.
""")
