"""probe270 corpus notes, U15-U20 (transitional-care calls after discharge and the notes around them; all invented)."""

U15 = {"patient_id": "U15", "age": 58, "sex": "F", "notes": [
("2025-08-05", "Discharge Summary", """
DISCHARGE SUMMARY
58 F | adm 7/30/25 | d/c 8/4/25 | Bellgrave Medical Center
Dx: hyperglycemic crisis (no DKA) with AKI on CKD stage 4 -- Cr 3.9 -> 3.2, baseline ~3.0;
no dialysis. DM2 on insulin (NPH + regular, injected around her navel). Obesity, BMI 42.0.
Incidental: 3-4 tender firm subcutaneous nodules periumbilically, at her injection sites,
with dusky overlying skin. DDx includes lipohypertrophy and a panniculitis from
injections; early calciphylaxis is also on the list.
Outpatient derm referral placed; until then she should use her thighs for the insulin.
No anticoagulants. CKD clinic to follow; RRT education class offered.
"""),
("2025-08-07", "TCM Telephone Call (RN)", """
TCM CALL
Pt reached on second try, ID verified.
Q: How are the lumps on your belly? A: "Same. Sore when my waistband rubs. I've been doing
the shots in my legs like they told me."
FSBG 150-220, no lows.
Appts: derm 8/26, CKD clinic 9/10, PCP 8/14.
Q: Anything coming up we should know about? A: "We're moving to my daughter's in Tucson
right after Labor Day... maybe end of September."
RN will fax records once she has an address. Reinforced sick-day rules and renal diet.
"""),
("2025-09-02", "Dermatology Note", """
DERMATOLOGY
Punch bx of a periumbilical nodule 8/26/25: lobular panniculitis, fat necrosis. Von Kossa:
vessels negative for calcium -- though the specimen barely reached the deep fat.
Impression: panniculitis at injection sites; early calciphylaxis still possible, not ruled out.
Wedge/incisional bx (deeper) proposed -- she prefers to wait, relocating to Arizona 9/25.
Records and a referral sent to a Tucson dermatologist.
Advised: insulin only into the thighs; ulceration or blackened skin = call that day.
Wt 118 kg today. A1c 9.4 from the admission.
Nephrology (CKD clinic) copied; she has not started dialysis and no access is planned yet.
"""),
]}

U16 = {"patient_id": "U16", "age": 74, "sex": "M", "notes": [
("2018-02-09", "Discharge Summary", """
DISCHARGE SUMMARY
74 M -- Admitted 01/31/2018 -- Discharged 02/08/2018
ESRD, dialysis thrice weekly at Harlan Ridge; AF, anticoagulated with warfarin; nondiabetic.
Presented 1/31 -- fell at home 1/30, landing on his L side: large L lateral thigh hematoma,
INR 4.8. By hospital day 5 the skin above it went dusky, 4 cm of necrosis centrally, livedo
spreading outward.
DDx: hematoma-related necrosis; warfarin-induced skin necrosis; calciphylaxis.
Biopsy deferred (INR, bleeding). Sodium thiosulfate started empirically for possible
calciphylaxis.
Warfarin held; resume per anticoag clinic.
BMI 25.2.
"""),
("2018-02-12", "TCM Telephone Call (RN)", """
TCM CALL -- RN
Reached pt and son; pt gave permission to speak with son.
Thigh wound: home health RN changing the dressing daily; "doesn't smell, hurts about a 5."
INR 1.9 on 2/11.
Q: Any new falls? A: "No." Walker use at all times reinforced, night light in the hallway,
bathroom rug taken up.
STS continuing at HD MWF. Derm appt 2/27.
Son asks about restarting the blood thinner -- deferred to anticoag clinic, which will call
him this week.
Red flags reviewed: fever, bleeding through the dressing, confusion. 15 min.
"""),
("2018-03-06", "Dialysis Unit Physician Note", """
HD NOTE
L thigh wound: eschar separating, granulating base, 5 x 3.5 cm, no odor.
Derm saw him 2/27: favors skin necrosis over the hematoma; calciphylaxis not excluded; no
biopsy unless it worsens. Plan STS through March, then reassess.
Warfarin resumed 2/20, INR 2.3. Hgb 9.6.
Phos 5.9, Ca 9.0, PTH 380.
Ambulating with walker in the unit, no further falls per son.
Continue dressing changes by home health 3x/week.
Plan: recheck the wound each run, photos weekly; if it darkens or spreads, call derm for a
biopsy now that INR is stable.
"""),
]}

U17 = {"patient_id": "U17", "age": 82, "sex": "F", "notes": [
("2020-11-18", "TCM Telephone Call (RN)", """
TCM OUTREACH
82 F on CCPD, d/c 11/16/20 from Marlow Cross Hospital (fluid overload, failure to thrive).
Spoke with daughter (HCPOA).
Dusky mottled patches on both lower legs were noted during the stay; the team wrote
"?CUA vs livedo from low flow vs Coumadin necrosis."
Coumadin 2 mg continued for AF.
Daughter: "Her legs look purple and blotchy and she says they burn."
Wt 48.5 kg, BMI 22.0 per d/c paperwork.
Not diabetic. PD nurse home visit tomorrow; cycler settings unchanged.
Daughter overwhelmed -- social work referral for caregiver support.
"""),
("2020-11-24", "Nephrology Telehealth Note (PD)", """
NEPHROLOGY TELEHEALTH (video) -- PD
Seen with daughter at home; PD RN present for the exam.
Bilateral lower legs: mottled violaceous patches on video, and one 1 cm ulcer on the L shin.
The burning wakes her most nights, she says.
Suspected calciphylaxis; skin biopsy offered; pt declines any further procedures.
Net UF ~600 mL/night, eating very little, albumin 2.6.
Goals of care: comfort-focused; her words, "done with the cycler." Hospice referral placed.
Coumadin to be reviewed by hospice MD.
"""),
("2020-12-02", "TCM Closure Note", """
TCM CLOSURE NOTE
Pt enrolled in home hospice 12/1/2020. PD discontinued per pt's wishes; cycler to be
picked up by the supplier. Coumadin stopped.
Hospice diagnosis list: ESRD, possible calciphylaxis BLE, frailty.
Daughter thanked the team; bereavement packet info given.
No further TCM calls; chart routed to PCP Dr. Ferreira-Oduya.
30-day TCM billing: moderate complexity, face-to-face visit completed by video 11/24.
Medication list at closure: acetaminophen; morphine liquid for pain or dyspnea;
lorazepam as needed; senna. All other meds stopped by hospice.
"""),
]}

U18 = {"patient_id": "U18", "age": 69, "sex": "M", "notes": [
("2021-04-20", "Discharge Summary", """
DISCHARGE SUMMARY
69 M -- adm 4/13/21 -- d/c 4/19/21 -- Glenmoor Heart & Vascular
ESRD (HD, TuThSa schedule), DM2 -- glipizide, CAD, hyperlipidemia.
Cardiac cath via R femoral 4/14 -> DES x2 to LAD.
From 4/17: blue toes on both feet, livedo reticularis over both soles and ankles, small
ulcer on the L second toe. Eosinophils 9%, C3 low.
Differential: atheroemboli post-catheterization, or calciphylaxis. Derm as outpatient.
R groin access site: small hematoma, stable.
Discharge weight 96.2 kg; BMI calculates to 30.0.
Going home on: aspirin, clopidogrel, atorvastatin 80, glipizide 5 mg, sevelamer.
"""),
("2021-04-22", "TCM Telephone Call (RN)", """
TCM CALL
Pt and wife on the line. D/C 4/19.
Q: How are your feet? A: "Still purple, toes sore, the little sore on the left is the same."
He has soaked his feet in hot water every night for years "for circulation" -- asked to stop
(burn risk, neuropathy), lukewarm only if he must.
Meds: NEW clopidogrel, atorvastatin 80. Continue glipizide 5 mg. No insulin.
Groin: no swelling or bleeding.
Derm 4/28. HD TTS, attended today. Glucose 130s.
Teach-back on foot checks done with wife.
"""),
("2021-05-04", "Dermatology Note", """
DERMATOLOGY
Punch bx L foot (4/28): arteriolar lumens plugged by cholesterol crystal clefts,
the arteriole walls themselves uncalcified; fat unremarkable.
Dx: atheroembolism following the cath.
Calciphylaxis excluded.
Exam: toes less cyanotic, livedo fading on the soles; L second toe ulcer 4 mm, dry.
Plan: statin, foot protection, podiatry; L second toe ulcer dry dressing; no hot soaks.
Nephrology and cardiology updated.
Pt relieved; asked about going back to his hot soaks -- told no, dry feet and warm socks
only. Podiatry appt 5/11; vascular surgery will see him if toes worsen.
"""),
]}

U19 = {"patient_id": "U19", "age": 45, "sex": "F", "notes": [
("2026-04-14", "Pharmacist Post-Discharge Call", """
PHARMACIST TRANSITION CALL
45 F on CCPD since 2024 (IgA nephropathy), d/c 2026-04-11 after her PD catheter was
revised (poor outflow).
Meds: calcitriol, sevelamer, amlodipine, Aranesp 30 mcg SC q2wk (self-injects, thighs).
No diabetes, no anticoagulant.
Pt anxious. Family hx: sister (was on in-center HD) -- calciphylaxis,
fatal, 2019. Pt wanted to know if her binder or the Aranesp could cause it.
Reviewed: she takes no calcium binder or warfarin; phos well controlled.
Wt 71.4 kg.
Pain after the revision: acetaminophen only, no opioids needed.
"""),
("2026-05-05", "PD Clinic Nephrology Note", """
PD CLINIC
Catheter draining well since the April revision, exit site healed, no leak.
Skin: no nodules, plaques or ulcers; Aranesp sites on the thighs unremarkable. No evidence
of calciphylaxis. Reassured about her sister's illness; will keep phos and PTH in range and
avoid calcium-based binders.
Wt 70.9 kg. Ca 9.0, P 4.6, PTH 190, Hgb 10.8.
Kt/V 2.1. Plan: same prescription, clinic in 4 weeks.
Aranesp dose unchanged; she will keep using the thighs, alternating sides.
Pt less anxious today; genetic counseling not indicated per renal team.
"""),
]}

U20 = {"patient_id": "U20", "age": 56, "sex": "M", "notes": [
("2024-10-02", "Pharmacist Post-Discharge Call", """
PHARMACIST POST-DISCHARGE CALL
56 M, HD MWF, DM2 on insulin (Tresiba 30 u into the belly), obese -- BMI 33.0.
D/C 9/30/2024 after admission for new AF.
CHANGED: warfarin (started 9/27) -> apixaban 5 mg BID at d/c; nephrology wanted to avoid
warfarin in an HD patient because of the risk of calciphylaxis. Pt took 3 doses of warfarin.
Counseled: painful purplish skin patches = phone the renal team that day.
No skin complaints.
Copay for apixaban checked: $35/month, affordable. Old warfarin tablets to be returned.
"""),
("2024-10-29", "Dialysis Unit Monthly Note", """
HD MONTHLY NOTE
Rate controlled AF, HR 78, on apixaban since discharge, no bleeding at the access.
Skin: intact without lesions; abdominal insulin sites clean, no lumps.
Nothing to suggest calciphylaxis.
Labs: Hgb 10.9; PTH 350; phos 5.4; calcium 9.1; spKt/V 1.5.
Plan: EDW stays 104 kg; cardiology f/u November.
Access: L brachiocephalic AVF, bruit and thrill present.
Diabetes: BG at HD 140-190, Tresiba unchanged; endocrine visit due in December.
Reviewed with pt the reasons warfarin was stopped; he is glad to be off INR checks.
"""),
]}

PATIENTS = [U15, U16, U17, U18, U19, U20]
