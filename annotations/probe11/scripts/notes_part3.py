"""Probe11 corpus notes, I15-I20 (all invented; outpatient longitudinal care)."""

I15 = {"patient_id": "I15", "age": 63, "sex": "F", "notes": [
("2023-10-03", "Home Infusion Nursing Visit", """
HOME INFUSION RN - weekly visit
Therapy: ertapenem 500 mg IV daily for 6 weeks, for osteomyelitis of the right great toe.
Line: midline catheter in the L upper arm, placed 9/28. Site clean, dressing dry and intact, no redness or cord. Flushes easily.
Pt: 63 yo F, CKD 4, no dialysis yet, type 2 DM on insulin glargine 30 units daily into the abdomen. Wt 88 kg, BMI 32.6.
Teaching reinforced on line care and signs of infection. Next visit 1 week.
"""),
("2023-11-14", "Home Infusion Nursing Visit", """
HOME INFUSION RN - discharge-from-service visit
Course finished; midline removed intact on 11/9.
Pt showed me a tender, firm, purplish area about 3 cm across at the old midline site on the left upper arm. It has been there since the weekend, with a lacy mottled pattern around it. No drainage, no fever. Arm not swollen.
Called Dr Petrakis (nephrology); she will see the pt next week. Pt asked to keep the arm uncovered and to avoid heat packs.
"""),
("2023-11-30", "Nephrology Clinic Letter", """
Dear Dr Ingram,

Re: Mrs Maureen Delacroix

Thank you for letting me see Mrs Delacroix, who has CKD stage 4 (eGFR 19) and is not yet on dialysis. After six weeks of IV ertapenem through a left upper-arm midline, she developed a painful indurated plaque with livedo at the former line site.

This could be early calciphylaxis, but superficial thrombophlebitis or a panniculitis would explain it just as well. Her phosphate is 5.9 and PTH 410. I offered a deep skin biopsy to settle the question, but she declined. For now the diagnosis is unconfirmed, and we are treating it as possible calciphylaxis: I have stopped her calcium carbonate, and she will keep the area padded and warm.

She continues on insulin. BMI 32.6. I will review her in four weeks, sooner if the plaque ulcerates.

Kind regards,

Dr H. Petrakis
"""),
]}

I16 = {"patient_id": "I16", "age": 70, "sex": "M", "notes": [
("2024-08-19", "Telephone Triage Note", """
PHONE TRIAGE
70M on HD (Mon/Wed/Fri) and warfarin (AF). About a week ago he bumped his left shin on the car door. The small cut is now "black and very sore" and is not healing. No fever, no pus.
INR at dialysis last week 3.1.
Plan: wound clinic appointment 8/27; keep covered, no creams.
"""),
("2024-08-27", "Wound Care Clinic Visit", """
WOUND CLINIC
Ulcer, L anterior shin, 2.2 by 1.6 cm with dry adherent eschar; surrounding purple mottling 1 cm wide; very tender.
Ddx: a traumatic ulcer that is slow to heal because of anticoagulation vs early calciphylaxis (ESRD, warfarin, PTH 640) - CUA can't be excluded.
Offered a punch biopsy; pt declines ("you'll just make another hole").
Plan: light compression; review every 2 weeks; discussed warfarin alternatives with the nephrologist.
"""),
("2024-10-08", "Wound Care Clinic Visit", """
WOUND CLINIC - serial
L shin ulcer 0.6 x 0.4 cm, epithelialising. Pain minimal.
Never biopsied. Whether this was calciphylaxis was never settled; it stays on the differential and has been neither confirmed nor excluded. Still on warfarin.
No diabetes. BMI 22.9.
Plan: review 4 weeks.
"""),
]}

I17 = {"patient_id": "I17", "age": 49, "sex": "F", "notes": [
("2022-05-10", "PD Clinic Monthly Visit", """
PD CLINIC
49 yo woman on CAPD for ESRD from diabetic nephropathy, T1DM using basal-bolus insulin, which she injects into both thighs.
New this month: lacy violaceous mottling (livedo) over both anterior thighs, with two pea-sized tender nodules on the R thigh for about a month.
Differential: early calciphylaxis vs lipohypertrophy with panniculitis. r/o CUA with a deep wedge biopsy (booked 6/20).
Advised to move her insulin injections to the abdomen for now.
Calcium 9.7 / phosphate 6.2 / PTH 560. Wt 76 kg, BMI 29.5.
"""),
("2022-06-14", "Telephone Triage Note", """
TELEPHONE NOTE
Pt called to cancel her biopsy. She is moving to another state next week to live with her sister and will transfer her PD care there. The nodules are "about the same".
Records sent at her request. Advised her to tell the new unit that possible calciphylaxis has not been confirmed and still needs a work-up.
"""),
]}

I18 = {"patient_id": "I18", "age": 54, "sex": "F", "notes": [
("2024-02-15", "Telephone Triage Note", """
NURSE TRIAGE LINE
54F, started warfarin on 2/9 for a pulmonary embolism, with enoxaparin shots into her belly as a bridge. Since yesterday she has a very painful, dark purple area on the left breast and another on the right thigh, both spreading fast, one with blisters.
Kidney function normal per last labs; no diabetes.
Disposition: ED now.
"""),
("2024-02-27", "Pharmacy Medication Reconciliation", """
ANTICOAGULATION CLINIC - POST-DISCHARGE MED REC
Admitted 2/15-2/24. Skin biopsy of the left breast showed warfarin-induced skin necrosis; protein C activity low (38%). Calciphylaxis was considered on admission and ruled out: von Kossa stain negative for vessel calcification, normal calcium/phosphate, eGFR > 90.
Changes:
- Warfarin STOPPED permanently. Allergy/intolerance list updated: warfarin (skin necrosis).
- Enoxaparin stopped.
- Apixaban 10 mg bid x 7 days, then 5 mg bid.
- Wound care for the breast and thigh necrosis per surgery clinic.
BMI 35.1. No other meds.
"""),
]}

I19 = {"patient_id": "I19", "age": 76, "sex": "M", "notes": [
("2023-08-08", "Dialysis Unit Monthly Physician Note", """
HD MONTHLY
Interval: cardiac cath via the right femoral artery on 7/11, with PCI to the LAD.
Now: dusky purple toes on both feet and livedo reticularis over both lower legs for about 1 wk; painful. Eosinophils 9%. Pedal pulses present.
Differential: cholesterol emboli after the cath vs calciphylaxis.
Also: stage 2 pressure injury on the sacrum, 1.5 x 1 cm, from long hours in his recliner.
Background: ESRD (HD), DM2 needing insulin, no anticoagulant other than aspirin and clopidogrel.
Plan: derm biopsy; offloading cushion.
"""),
("2023-08-22", "Wound Care Clinic Visit", """
WOUND CLINIC
Biopsy (8/10, L calf): needle-shaped cholesterol clefts inside small arteries and no calcium deposits. Diagnosis: atheroembolic (cholesterol embolization) syndrome; calciphylaxis ruled out.
Sacral pressure injury stage 2: 12 x 8 mm, pink base. Offloading, foam dressing.
Toes: L 2nd toe tip with 0.5 cm of dry gangrene; others dusky but intact.
BMI 27.0.
"""),
("2023-09-19", "Home Health Nursing Visit", """
HOME HEALTH RN
Sacral wound closed. L 2nd toe tip dry, stable; podiatry following.
Insulin glargine 14 units at bedtime; pt checks sugars twice daily.
Still lives in his recliner most waking hours - gel cushion in place, reminded him to shift his weight every hour.
"""),
]}

I20 = {"patient_id": "I20", "age": 45, "sex": "F", "notes": [
("2024-06-03", "Pharmacy Medication Reconciliation", """
DIALYSIS PHARMACY MED REC
45-year-old woman, ESRD, haemodialysis since 2016 (lupus nephritis, quiescent), no diabetes.
Warfarin 4 mg daily for paroxysmal AF since 2021; INR 2.3 at the last monthly labs.
Counselling: warfarin raises the risk of calciphylaxis in people on dialysis, all the more because her brother developed calciphylaxis while he was on dialysis. Recommended that the prescriber consider apixaban instead. Asked her to ring us at once if a painful skin lesion appears.
Other meds: sevelamer, hydroxychloroquine 200 mg daily, cinacalcet.
BMI 24.1.
"""),
("2024-07-16", "Telephone Triage Note", """
TRIAGE
Raised purple spots on both shins for 3 days; they burn and itch. A sore throat 2 weeks ago. She is frightened because it "looks like what my brother had".
Disposition: same-day nephrology slot.
"""),
("2024-07-30", "Nephrology Clinic Letter", """
Dear Dr Lemaire,

Re: Ms Tamsin Achterberg

I saw Ms Achterberg on 16 July with palpable purpura on both lower legs that came on after a sore throat. Given her warfarin and her family history, calciphylaxis had to be considered, so a punch biopsy was taken the next day. It showed leukocytoclastic vasculitis with IgA deposits on immunofluorescence and no vascular calcification; calciphylaxis has been excluded.

The purpura is fading on a short course of prednisolone. I have changed her warfarin to apixaban, as the pharmacist suggested. Her BMI is 24.1.

Yours sincerely,

Dr F. Moreau, Nephrology
"""),
]}

PATIENTS = [I15, I16, I17, I18, I19, I20]
