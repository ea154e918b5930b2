"""probe186 corpus notes, F15-F20 (community mental health, depot and clozapine clinics, crisis
team, and the renal, skin and wound clinics around them; all people, places and wording invented)."""

F15 = {"patient_id": "F15", "age": 45, "sex": "F", "notes": [
("2020-03-03", "LAI Clinic Note", """
LAI CLINIC - olanzapine pamoate (Zyprexa Relprevv) 300mg IM q2wk
Enrolled in PDSS obs programme. 45F schizophrenia.
Injection 3/3/20 at 09:10, R dorsogluteal (she has asked for the R side every time since
starting in Oct 2019). 3-hr post-injection observation completed, alert throughout, no PDSS sx.
Site check: at the previous R buttock site there is a 2.5cm firm, tender nodule with a
faint purple lacy ring around it. She says it has been sore about a week.
Vitals 130/82, HR 90. Wt 86.6kg, BMI 30.8.
Other: CKD stage 4 from lithium (eGFR 19), not on dialysis; DM2 (sitagliptin; never needed insulin).
Plan: photo, physical health NP review, next dose given L side.
"""),
("2020-03-19", "Nephrology CKD Clinic Note", """
CKD clinic - advanced kidney care
45F CKD 4 (lithium nephropathy), eGFR 18. Dialysis education started, prefers PD when needed.
Asked to look at R buttock nodule at her depot site.
Exam: R upper outer buttock, deep tender nodule 30x25mm, dusky livedo over it, no
ulceration, no fluctuance.
Bloods: Ca 9.9, phosphate 5.9, PTH 380.
Impression: injection-site panniculitis/granuloma most likely, but we cannot rule out early
calciphylaxis with her CKD 4 mineral bone disease.
Plan: skin biopsy recommended - derm referral; hold calcium-based binder.
"""),
("2020-05-12", "CMHT Transfer of Care Summary", """
CMHT TRANSFER OF CARE - closing summary
Pt moving out of state to stay with her sister from 5/20; care transferred to the
receiving county mental health service, letter + records sent with consent.
Psych: stable on Zyprexa Relprevv 300mg q2wk, last given 5/5 L gluteal.
Physical health: the R buttock nodule is smaller but still tender. She declined the
skin biopsy twice (needle phobia, "not another hole in me"). Possible calciphylaxis
vs injection reaction was never settled - receiving team asked to pursue derm review.
CKD 4, T2DM on sitagliptin. BMI 30.8 (April).
"""),
]}

F16 = {"patient_id": "F16", "age": 33, "sex": "M", "notes": [
("2023-01-24", "Clozapine Clinic Note", """
Clozapine clinic - Riverside CMHC
33M schizophrenia, clozapine 450mg/day, ANC 5.1. Gained 19kg in 18 months.
Still wearing the same jeans + a tight leather belt - waistband digs in and by evening
leaves a deep red groove right round his lower belly. Refuses to buy bigger clothes
("they'll fit again soon"). Has been like this since last summer.
Discussed metformin - not suitable (HD). Insulin per renal/endo: degludec into upper arms.
Wt 128.4kg, BMI 39.5. BP 134/86.
MSE: stable, some negative sx, no SI/HI.
Plan: OT to help with clothes shopping, dietitian, exercise group.
"""),
("2023-02-14", "Nephrology Clinic Note", """
Nephrology - HD clinic visit
33M, reflux nephropathy -> ESRD, HD; DM2 on insulin; clozapine.
New: a tender band along the belt line, lower abdomen, for ~2 weeks.
Exam: a horizontal 15cm strip of livedo crossing the lower abdomen where the belt sits,
plus a firm tender subcutaneous nodule (2cm) at its R end. No ulcer, no eschar.
Bloods: PTH 760 (H), PO4 7.3 (H), Ca 10.0.
A: ?calciphylaxis, early, vs traumatic panniculitis from the belt.
P: deep punch bx offered - he'd like time to decide; looser clothing; binder review.
"""),
("2023-04-11", "Dialysis Rounding Note", """
HD rounds
Pt declined the biopsy again today, says "it's getting better anyway". Since switching
to elastic-waist track pants in March the livedo band has faded; nodule now 1cm,
less tender. Trunk and legs otherwise clear.
Calciphylaxis remains on the differential (possible early CUA) but has been neither proven
nor excluded; will re-examine each month and re-offer bx if it changes.
PO4 6.4 on sevelamer. Wt 127.0kg, BMI 39.1. Dialysis adequacy fine.
Clozapine clinic updated by phone; he is keen to keep the weight coming off.
"""),
]}

F17 = {"patient_id": "F17", "age": 70, "sex": "F", "notes": [
("2017-10-03", "Depot Clinic Note", """
DEPOT CLINIC
70F schizoaffective disorder, haloperidol decanoate 100mg IM monthly, always L deltoid
(R shoulder frozen). Due today.
On inspection: the L deltoid injection area is hard, purple-mottled and very tender,
approx 5x4cm, worse over the past 10 days. No fever.
Dose HELD - not given into an abnormal site; R arm not usable; gluteal declined.
Contacted her nephrologist (on HD) and GP. Warfarin for AF - INR at dialysis.
Not diabetic. Wt 58kg, BMI 23.0.
MSE: mildly suspicious, no AH reported, no SI.
Plan: oral haloperidol 5mg nocte bridge; review in 1 week.
"""),
("2017-10-06", "Nephrology HD Rounding Note", """
HD rounds - chair 3
70F ESRD (hypertensive), HD MWF, AF on warfarin (INR 3.0), schizoaffective.
Depot clinic flagged the L upper arm.
Exam: L upper arm, lateral, right at her deltoid injection site - violaceous, indurated plaque
5x4.5cm, retiform purpura along its margin, no ulcer yet, exquisitely tender.
Bloods: Ca 10.2, phosphate 6.6, PTH 710.
Concern for calciphylaxis; an injection-site reaction or panniculitis is the alternative.
Plan: request derm punch bx next week; consider STS if bx supports.
Depot team asked not to inject anywhere on that arm meanwhile.
"""),
("2017-10-20", "Crisis Team Note", """
CRISIS TEAM - handover note
Relapse over the last week without her depot: not sleeping, accusing neighbours of
poisoning her water, stopped eating, missed 2 dialysis sessions. Assessed at home with
AMHP; admitted informally to Pinecrest (out-of-area bed, nearest available) on 10/19.
Derm bx of the L arm lesion was booked for 10/16 but she did not attend - NOT done.
Handover to the admitting team: possible calciphylaxis at the L deltoid site, unconfirmed;
on HD (needs dialysis arranged there), on warfarin.
"""),
]}

F18 = {"patient_id": "F18", "age": 49, "sex": "M", "notes": [
("2016-04-12", "CMHT Physical Health Review", """
CMHT annual physical health review
49M schizophrenia, risperidone microspheres 37.5mg IM q2wk (deltoid), stable, engaged.
Hx IV drug use (abstinent 9 yrs), chronic hepatitis C never treated, ESRD on HD since 2014.
Smoking 10/day, no alcohol. BP 136/82.
Today: painful ulcers both calves for 5 wks; says they "started as purple spots".
Looks: bilateral posterior calves, several punched-out ulcers 1-2cm, purpuric papules
around them. Not diabetic. No anticoagulants. BMI 25.6.
Plan: renal team asked to review; ?calciphylaxis was raised by the dialysis nurse.
Also to revisit hep C treatment - he is willing now.
"""),
("2016-04-26", "Dermatology Note", """
Dermatology consult - ?calciphylaxis, bilateral calves, HD pt
Exam: palpable purpura and multiple small ulcers on both calves, a few papules on the
dorsal feet too. No livedo racemosa, no woody plaques.
Bx L calf 4/19/16: leukocytoclastic vasculitis with hyaline material inside vessels; no
mural calcification and von Kossa negative. Cryoglobulins positive, C4 low, HCV RNA high.
Dx: cryoglobulinaemic vasculitis (HCV-related). Calciphylaxis excluded.
Plan: hepatology for DAA therapy, rheumatology input, wound care, repeat review 6 wks.
Explained to pt and his CPN that this is not the dialysis skin disease they had worried
about; treating the hepatitis C should settle it.
"""),
("2016-06-07", "Wound Clinic Note", """
Wound clinic
Calf ulcers from cryoglobulinaemic vasculitis (not calciphylaxis, per bx).
R calf: 3 small ulcers, largest 1.2cm, granulating. L calf: 2 ulcers, 0.8 and 1cm.
Care: saline, silver foam, light retention bandage (compression avoided until reviewed).
Started sofosbuvir/velpatasvir 5/30. Depot continues in the deltoid.
Pt reports less pain and is sleeping better; no new purpura this fortnight.
Attending dialysis reliably; CPN checks the dressing stock weekly.
Hep C viral load to be repeated at week 4 of treatment. Return 2 wks.
"""),
]}

F19 = {"patient_id": "F19", "age": 31, "sex": "F", "notes": [
("2021-09-14", "CMHT Psychiatry Review", """
Psychiatry OP review
31F bipolar II, previously on lithium 2012-2020, stopped because of CKD (now stage 3a,
eGFR 52, stable). Now lamotrigine 200mg + sertraline 50mg. Mood stable.
She is very anxious about her kidneys: her older brother had been on dialysis and
developed calciphylaxis, dying of it in 2019. She asks whether she is headed the same way.
Explained her CKD is moderate and stable, and checked her skin at her request: no lesions.
Problem list: CKD 3a, prediabetes (A1c 6.1), obesity. BMI 29.5.
Plan: continue meds, renal f/u as booked, psychology for health anxiety.
"""),
("2022-03-08", "Nephrology Clinic Note", """
Nephrology - CKD clinic
31F CKD 3a post-lithium, eGFR 50. BP 122/78. No dialysis.
FHx: brother - ESRD, haemodialysis, died 2019 of calciphylaxis.
Skin exam (at her request): unremarkable - livedo absent, nodules absent, ulcers absent.
Ca 9.4, PO4 3.8, PTH 68. A1c 6.0 - prediabetes, no meds.
Reassured: she does not have calciphylaxis, and the risk at her stage is very low.
Wt 79.6kg, BMI 29.5.
Plan: annual CKD bloods, BP target discussed, letter to her psychiatrist and GP.
"""),
]}

F20 = {"patient_id": "F20", "age": 66, "sex": "M", "notes": [
("2019-01-22", "Nephrology HD Rounding Note", """
HD rounds
66M ESRD (polycystic kidneys) on HD MWF, major depressive disorder (CMHT), DM2
on diet only, A1c 6.4. Admitted last month with a PE, discharged on warfarin.
Counselling today: in people on dialysis, warfarin can tip the balance towards calciphylaxis -
a rare but very painful skin condition. Asked him to report any new painful or dark skin
patches right away. Skin check: intact, no livedo, no nodules.
Ca 9.0 and PO4 5.1. INR 2.4. Weight 84kg, BMI 27.0.
Plan: INR weekly at dialysis; depression per CMHT.
"""),
("2019-03-05", "CMHT Care Coordinator Note", """
CMHT care coordination - phone + clinic
66M MDD, sertraline 100mg, mood improved, sleeping better, denies SI.
He read the leaflet the kidney doctor gave him about calciphylaxis and has been
"checking his legs every night"; reassured there are no skin changes and nothing to
suggest calciphylaxis, dialysis team would see anything first.
Continues on warfarin, HD three times a week. Diet-controlled diabetes.
Plan: CBT-based worry time - one 15 min slot a day for body checking, then stop;
wife to join next session. Review 6 wks, sooner via duty line if mood drops.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
