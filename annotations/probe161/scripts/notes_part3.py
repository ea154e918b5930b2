"""probe161 corpus notes, B15-B20 (allergy and immunology clinic and the services around it; all invented)."""

B15 = {"patient_id": "B15", "age": 49, "sex": "F", "notes": [
("2020-02-04", "Allergy Immunotherapy Injection Visit", """
ALLERGY SHOT ROOM -- maintenance injection   02/04/2020

Pt 49F on SCIT (tree/grass/ragweed mix, 1:1 v/v maintenance 0.5 mL q3wk since 2018).
Every dose goes in the R arm, posterior upper aspect -- L arm is off limits (HD fistula).
Pre-check: no asthma sx, PEF 410, BP 134/78.
Before giving today's dose, RN noted at the R posterior arm a firm 3x2.5cm, very tender
subcutaneous nodule with purplish mottled skin over it, present ~2 wks per pt.
Dose HELD. Provider called to room.

Provider note: ESRD, HD Tues-Thurs-Sat; not diabetic; no anticoag; BMI 26.7.
Nodule as above, no ulceration, no warmth. DDx: delayed large local reaction /
injection granuloma vs panniculitis; given her dialysis I cannot exclude early calciphylaxis.
Plan: hold SCIT; derm referral for biopsy; cool compresses NOT advised.
"""),
("2020-02-25", "Dermatology Consult", """
DERM CONSULT   2/25/20

49F, HD, on allergy shots in R arm for 2 yrs. Tender nodule, back of R upper arm where
the shots go, ~5 wks, stable size, skin dusky with faint livedo.
Exam: BMI 26.9. 3 x 3 cm deep firm nodule R posterior arm, violaceous reticulated overlying
skin, no eschar, no ulcer. No similar lesions elsewhere.
DDx: injection-site panniculitis / granuloma, early calciphylaxis (concerning given ESRD),
lupus profundus less likely.
6 mm punch bx to fat today, von Kossa requested.
Plan: f/u 4 wks with results.
"""),
("2020-04-07", "Dermatology Telehealth Follow-up", """
DERMATOLOGY -- video visit (in-person visits paused, pandemic)   04/07/2020

Path 2/25: lobular panniculitis with histiocytes; von Kossa negative, vessels
included; could fit injection granuloma but sample superficial -- early
calciphylaxis not ruled out.
Pt reports nodule unchanged, still tender, no open wound.
Discussed deeper incisional/excisional bx to settle this. She won't do it now: she
relocates in May to another state, where her daughter lives; dialysis unit transfer
is arranged.
Assessment: R posterior arm nodule -- panniculitis at the shot site, or early
calciphylaxis; unresolved.
Plan: records to new nephrology + derm; recommended they repeat a deep bx if it changes.
Allergy informed -- SCIT stays on hold.
"""),
]}

B16 = {"patient_id": "B16", "age": 77, "sex": "M", "notes": [
("2022-08-09", "Inpatient Allergy Consult", """
INPATIENT ALLERGY/IMMUNOLOGY CONSULT   8/9/2022
Q from medicine: "rash after pip-tazo, drug allergy?"

77M admitted 8/5 w/ PD peritonitis, on IP vanc + IV pip-tazo since 8/5 (switched to
IP cefepime 8/8). Mechanical AVR on warfarin. Obese. DM2 on glipizide. ESRD on CCPD.
Rash noted 8/7: painful, not itchy, dusky purple netted patches, both thighs.
Exam: BMI 32.1. Bilateral anterior/medial thighs: retiform purpura, non-blanching,
stellate, with 2 firm tender plaques on the L; no urticaria, no mucosal lesions, no
targetoid lesions. Eos 0.2.
INR 4.1.

Impression: not a morphology of drug hypersensitivity (no exanthem, urticaria or
DRESS features). My concern is calciphylaxis; warfarin-related skin necrosis or another
vasculopathy also on the list.
Recs: no need to label pip-tazo; derm consult for biopsy; check protein C/S.
"""),
("2022-08-10", "Inpatient Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT   08/10/2022

Retiform purpura both thighs with L medial thigh indurated plaques, pain out of
proportion. PD, warfarin (AVR), obesity, phos 7.3, PTH 820.
Impression: favor calciphylaxis; warfarin necrosis possible; DDx septic emboli
(blood cx neg x2).
Bx deferred today: INR 4.1, valve -- cannot hold anticoag abruptly. Will biopsy when INR
2.5-3 per cardiology.
Exam today: both anterior/medial thighs with non-blanching retiform purpura; L medial
thigh two firm plaques 3 and 4 cm, dusky centers, no eschar yet; no bullae. Lower legs
and abdomen spared. Pulses present.
Recs: empiric STS via IV for possible calciphylaxis; wound RN; avoid pressure on thighs.
Would also check protein C activity before any further warfarin dose changes.
"""),
("2022-08-16", "Discharge/Transfer Summary", """
TRANSFER SUMMARY   8/16/2022
To: Harwick University Hospital, cardiac surgery service (valve dehiscence on TEE 8/14)

Problems:
1. PD peritonitis, strep viridans -- IP cefepime to complete 21 d.
2. Possible calciphylaxis of thighs -- biopsy not done before transfer (INR labile
   3.6-4.4); empiric STS 25g IV started 8/11, three days a week. Derm recommends
   bx at receiving facility.
3. Mechanical AVR, warfarin -- per receiving team.
4. DM2 on glipizide; ESRD on CCPD; obesity (BMI 32.1).
Drug allergy: NONE (pip-tazo not labeled per allergy consult).
Condition: stable for transfer. Family aware, recieved copy of med list.
"""),
]}

B17 = {"patient_id": "B17", "age": 81, "sex": "F", "notes": [
("2025-09-16", "Allergy Clinic Note", """
ALLERGY & IMMUNOLOGY -- eczema f/u   09/16/2025

81F, late-onset AD, severe itch, failed TCS/TCI and cyclosporine (stopped, kidneys).
Dupilumab 300 mg q2wk started 7/2025, daughter gives it into the belly.
Itch 4/10 from 9/10. No conjunctivitis.
PMH: CKD 5 / ESRD -- has opted for conservative care without dialysis (eGFR 9);
T2DM on basal insulin (daughter gives in arms), HFpEF, osteoporosis. No warfarin.
Vitals: BP 148/70, Wt 52 kg, BMI 21.4.
Skin: eczema improved; abdomen injection sites without reaction.
Plan: continue dupilumab; skin care; RTC 3 mo.
"""),
("2026-01-13", "Primary Care Home Visit", """
HOUSE CALL -- PCP   1/13/2026

81F, homebound, ESRD on conservative mgmt, on dupilumab for eczema. Daughter shows me a
very painful dark sore on the L lower belly near where she gives the eczema shots,
first noticed ~2 wks ago, now 3x2cm, black centrally, edges purple and lacy.
No fever.
Assessment: necrotic abdominal ulcer -- injection-site necrosis vs could be calciphylaxis
given her kidney failure; cannot exclude it. Also consider pressure from waistband.
Discussed biopsy via derm; pt firmly declines any procedure, "no more needles or cutting".
Plan: hold dupilumab; gentle wound care, petrolatum + foam; acetaminophen, low-dose
oxycodone; palliative care referral.
BMI not measured today (bed scale n/a).
"""),
("2026-02-10", "Palliative Care Note", """
PALLIATIVE CARE -- home consult  02/10/2026

81F, ESRD without dialysis (her choice), DM on insulin, eczema. Abdominal ulcer (L lower
quadrant), possible calciphylaxis per PCP -- no biopsy, pt does not want work-up.
Pain 6/10 -> now 3/10 with oxycodone 2.5mg every 6h as needed.
Goals: comfort, stay at home. Enrolling with hospice this week.
Symptoms: poor appetite, sleeps most of day, no dyspnea. Daughter is main caregiver,
son visits weekends. DNR/DNI confirmed, POLST completed today.
Recs: continue wound care for comfort; stop dupilumab permanently; simplify insulin to
low-dose basal; BMI 21.4 at last clinic visit. Lidocaine gel with dressing changes.
"""),
]}

B18 = {"patient_id": "B18", "age": 45, "sex": "M", "notes": [
("2021-04-06", "Allergy Consult - Drug Eruption", """
ALLERGY CONSULT (urgent)   4/6/2021
Q: drug reaction vs other?

45M, ESRD on HD MWF (HTN nephrosclerosis), gout. Started allopurinol 100 mg 3/15/21.
From 3/31: purple dots over both shins, spreading to thighs, some tender; low-grade
temp 99.8; joint aches. No mucosal sx.
Exam: BMI 27.9. Palpable purpura both lower legs and distal thighs, few with dusky
centers and small erosions. No target lesions. No LAD.
Labs: eos 9%, ALT 41, C3/C4 nl, ANCA pending, Cr (on HD).

Assessment: ? drug-induced (allopurinol) vasculitis vs early DRESS; ?calciphylaxis in
an HD pt also on the list given dusky centers.
Plan: STOP allopurinol. Derm punch bx today. HLA-B*58:01 sent. Daily CBC/LFT.
"""),
("2021-04-13", "Dermatology Note", """
DERMATOLOGY  04/13/2021

Bx 4/6 (R distal thigh): LCV involving the superficial dermal vessels,
fibrinoid necrosis, eosinophils present. No calcification; von Kossa negative in dermal
and subcutaneous vessels. DIF: C3 perivascular.
Impression: drug-induced cutaneous small vessel vasculitis (allopurinol).
Calciphylaxis ruled out.
Purpura fading after stopping allopurinol; erosions crusting.
Exam: BMI 27.9. Fading purpuric macules both shins and distal thighs; no new lesions
since 4/8; no ulcer or eschar; punch site R thigh healing.
Plan: TAC 0.1% to the erosions, compression avoided; allergy f/u. Renal: no sign
of vasculitis in other organs per nephrology (on HD, so urine not useful).
"""),
("2021-05-11", "Allergy Follow-up", """
ALLERGY F/U   5/11/21

Allopurinol-induced small vessel vasculitis (bx 4/6), eos peaked 11%, LFTs normalized,
no DRESS. Skin cleared, mild hyperpigmentation both legs. Calciphylaxis was excluded on
biopsy. HLA-B*58:01 positive.
Vitals: BP 134/80, BMI 27.9.
Gout: no flare since stopping; colchicine avoided at his kidney function. Uric acid
8.9 pre-HD. Low-purine diet sheet given again.
Plan: allopurinol -> severe allergy, do NOT rechallenge. Febuxostat with rheum, low dose.
Allergy list updated. HD unit notified. Pt given a wallet card naming the drug and the
reaction. RTC prn.
"""),
]}

B19 = {"patient_id": "B19", "age": 39, "sex": "F", "notes": [
("2025-11-18", "Allergy Consult - Penicillin Label", """
ALLERGY CLINIC -- penicillin allergy evaluation   11/18/2025

39F, label "PCN -- rash age 6". Wants it cleared (recurrent strep throat in her kids,
planning dental work).
PMH: T1DM (dx at 11) on insulin pump (lispro), CKD stage 3a (diabetic kidney
disease, eGFR 52), hypothyroid. No anticoagulants.
FHx: brother (on HD) died 2023 of calciphylaxis with leg ulcers; mother T1DM.
She asks whether she is at risk of the same. Skin today: normal, no livedo, no ulcers.
Vitals: BP 118/72, HR 70, BMI 23.1.
PEN-FAST 0 -> direct oral amoxicillin 500 mg challenge, 60 min obs: no reaction.

Assessment: penicillin allergy disproved, label removed.
Calciphylaxis risk question: not on dialysis, no warfarin; counseled that risk is low
now, keep kidney f/u.
"""),
("2026-01-20", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC   01/20/2026

39F T1DM on pump, CKD 3a (eGFR 50, UACR 240). On losartan, empagliflozin added 10/2025.
Brother had calciphylaxis on HD. No skin lesions; exam today normal skin of legs/abdomen.
BP 116/70, BMI 23.1.
Labs: serum Ca 9.4 / phosphate 3.8 / PTH 61 / 25-OH vit D 28.
Discussed sibling's history: his disease came with years of dialysis; her kidney
function is stable and she is far from that stage. Explained the signs that should
bring her in (painful purple skin patches).
Plan: continue ARB + SGLT2i; A1c 7.1 per endo; repeat labs 6 mo. Penicillin label
removed 11/2025 (allergy).
"""),
]}

B20 = {"patient_id": "B20", "age": 67, "sex": "M", "notes": [
("2016-09-13", "Allergy Immunotherapy Visit", """
ALLERGY -- SCIT maintenance   09/13/2016

67M allergic rhinoconjunctivitis (ragweed, grass) on SCIT maintenance since 2014,
0.5 mL q4wk, L posterior upper arm (R arm fistula). Tol well, no local rxns > 2 cm.
PMH: ESRD, hemodialysis via R forearm AVF; atrial fib -- warfarin; type 2 DM, no meds, just
diet (A1c 6.4); HTN; obesity.
Vitals: BP 142/80, HR 82 irreg, Wt 104 kg, BMI 31.0.
Pt asks about icing the arm after shots. Counseled: no ice, no heating pad over the
shot site -- dialysis patients can develop calciphylaxis where skin is injured.
Skin: arms, abdomen, legs intact. No lesions.
Observed 30 min, no reaction. Next dose 10/11.
"""),
("2016-12-06", "Allergy Immunotherapy Visit", """
ALLERGY -- SCIT maintenance  12/06/2016

Ragweed season over, sx mild. 0.5 mL given L posterior upper arm. 30 min obs: 5 mm wheal,
no systemic sx.
Skin check (pt worried after reading about calciphylaxis): skin clear head to toe, no
purpura or nodules or ulcers; no sign whatsoever of calciphylaxis.
Cardiology keeps him on warfarin, INR 2.2.
Vitals: BP 138/78, BMI 30.8.
Rhinitis control good this fall; using INCS only in Aug-Oct.
Plan: continue SCIT, plan to stop after 5 yrs (2019). RTC 4 wk. Reminded him not to
put ice on the shot site; a mild local swelling can be left alone.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
