"""probe137 corpus notes, Z15-Z20 (psychiatry, addiction medicine and the clinics around them; all invented)."""

Z15 = {"patient_id": "Z15", "age": 27, "sex": "F", "notes": [
("2020-02-18", "Emergency Department Note", """
ED NOTE -- Pinecrest Regional

27F w/ T1DM (insulin pump), CKD 4 (diabetic kidney disease; eGFR 22), no
dialysis, daily cannabis use since age 16, here w/ her 4th bout of cyclic vomiting since
Oct. Says only scalding showers and her electric heating pad on the belly help; she has
kept the pad on her stomach nearly around the clock since last winter.
Glucose 212, AG 13, BHB 0.4 -> not DKA. Lipase nl. Cr 2.9 (baseline 2.7).
Abd: soft, diffusely tender; mottled reddish-brown net-like discoloration across the
periumbilical skin -- erythema ab igne pattern; no nodules noted.
Vitals: BP 142/88, HR 108, T 36.7. BMI 23.0.
Tx: haloperidol 2.5 mg IV, capsaicin cream to abdomen, IVF 1 L cautious, pump settings
checked.
Dx: cannabinoid hyperemesis syndrome.
Dispo: home; referral to addiction medicine; advised to cut down heating pad use.
"""),
("2020-03-10", "Addiction Medicine Visit", """
ADDICTION MEDICINE -- new visit, Pinecrest Family Health

27F, cannabis use disorder, moderate, w/ cannabinoid hyperemesis; 9 days since last use
(longest ever). T1DM on pump, CKD 4.
The heating pad is still on her abdomen "almost all day". New this month: two sore,
hard, purplish lumps in the reticulated brown rash just L of the belly button, 1.5 and
2 cm, tender, no drainage.
Vitals: BP 136/84, HR 92, wt 61 kg.
GAD-7 15, PHQ-9 9; sleep poor without cannabis.
A/P
- CUD, early remission: motivational interviewing; hydroxyzine prn anxiety; CBT-I handout
- abdominal nodules within the heat rash: heating pad to stop; derm referral -- with CKD
  and a high phos (6.1) I'd like calciphylaxis considered
- endocrine f/u for pump
"""),
("2020-03-31", "Dermatology Consult", """
DERMATOLOGY CONSULT

27F, T1DM, CKD 4 (not on dialysis), cannabinoid hyperemesis w/ prolonged heating pad use.
Exam: periumbilical erythema ab igne. Within it L of the umbilicus, two 2 cm tender
violaceous subcutaneous nodules; skin over them unbroken, neither eschar nor
retiform purpura.
Ca 9.6, Phos 6.0, PTH 310.
Impression: nodules in erythema ab igne -- panniculitis from heat vs early calciphylaxis;
cannot exclude the latter given CKD 4 and high phosphate.
Plan: deep incisional biopsy recommended; pt declines today ("no more cutting on me"),
will think it over. Stop heat to the abdomen. Photos taken. RTC 2 wks.
Addendum 5/1/20: no-showed x2; letter sent; pt reports by phone she moved out of state.
"""),
]}

Z16 = {"patient_id": "Z16", "age": 72, "sex": "M", "notes": [
("2022-09-03", "ED Psychiatric Evaluation", """
EMERGENCY DEPARTMENT -- PSYCHIATRY EVALUATION
Shoreline Medical Center

72M, dialysis-dependent kidney failure (MWF), insulin-treated DM2, mechanical MVR (warfarin), obesity,
mild vascular NCD. Brought by son: 2 days of confusion, accusing family of stealing, struck at
the son today.
In ED: swinging at staff, pulling at lines; verbal de-escalation failed. Given haloperidol
2.5 mg + lorazepam 0.5 mg IM, R lateral thigh, 14:10, calm within 20 min.
Labs: K 5.4, BUN 88, Na 131, INR 3.4, UA w/ pyuria, glucose 240.
MSE (after calm): drowsy, oriented to self only, inattentive, disorganized, no clear
delusions on exam.
Vitals: BP 168/90, HR 96, T 38.1, SpO2 95%. BMI 29.4.
A: delirium, likely urosepsis + uremia; underlying NCD.
P: admit medicine; C-L psych to follow; avoid benzodiazepines going forward; sitter.
"""),
("2022-09-12", "Consultation-Liaison Psychiatry Follow-up", """
C-L PSYCHIATRY F/U -- Medicine 3 North

72M, delirium improving (UTI treated, HD back on schedule). Oriented x3 today, CAM neg.
Nursing aksed us to look at his R thigh: purple, hard, very tender area on the R lateral
thigh, right where the ED gave the IM shot on 9/3, first noted by RN on 9/7. Now 6 x 5 cm,
dusky center, net-like edge, no drainage. INR has been 3-3.5 (valve).
Discussed w/ primary team: injection-site hematoma on warfarin vs injection-site necrosis
vs early calciphylaxis (ESRD, warfarin). Derm consult placed.
MSE: calm, pleasant, mood "tired", no psychosis, no SI.
P: sign off for delirium; available prn; no further IM meds; quetiapine stopped.
"""),
("2022-09-20", "Hemodialysis Unit Note", """
HEMODIALYSIS UNIT -- nephrology note

72M, back at the unit after discharge 9/16. R lateral thigh lesion from the hospital stay:
derm saw him inpatient, felt it could be a hematoma evolving into necrosis, or possibly
calciphylaxis; no biopsy because of anticoagulation (mechanical valve, INR 3.2).
Today 7 x 5 cm, central dark crust. Pt and family say they do not want a biopsy or
sodium thiosulfate; priority is comfort and staying home. Hospice intake scheduled; plan
to continue HD for now, goals revisited next week.
Pre: BP 150/78, weight 94.0kg (BMI 29.4). Dressing: foam, change q3d by home RN.
Binder: sevelamer. Insulin glargine reduced to 8 u.
"""),
]}

Z17 = {"patient_id": "Z17", "age": 59, "sex": "F", "notes": [
("2018-02-06", "Outpatient Psychiatry Note", """
OUTPATIENT PSYCHIATRY -- Alder Row Clinic

59F w/ MDD and GAD, ESRD -- does CAPD at home, DM2 on linagliptin, obesity (BMI 40). Seen for med
management.
Mood better on sertraline 100 mg (PHQ-9 8, was 16). Still anxious about "the bag" -- wears
a snug elastic PD belt around her waist all day to hold the catheter, says it pinches her
right side.
No SI/HI, no psychosis.
Vitals: BP 134/82.
A/P: MDD improving, GAD moderate -- add buspirone 5 mg BID (ok in ESRD at low dose);
continue CBT with therapist; PD RN to review belt fit. RTC 6 wks.
"""),
("2018-03-20", "PD Clinic Note", """
PD CLINIC -- Nephrology

59F, CAPD x 2 yrs, DM2, obesity, MDD/GAD.
S: painful mottled patch and a hard lump on her right flank, right where the PD belt sits,
for about 3 wks; started wearing the belt loose.
O: BP 140/86, wt 108 kg, BMI 40.2. Exit site RLQ clean.
R flank: 7 x 4 cm livedo reticularis band w/ a 2 cm tender, firm dusky nodule in it; no
ulcer, no eschar.
Labs: PTH 880, phos 6.4, Ca 9.8.
A: R flank livedo + nodule under the PD belt -- pressure panniculitis vs possible early
calciphylaxis. Not on warfarin.
P: derm referral for deep biopsy; stop belt, use a soft tube top holder instead; binder up.
"""),
("2018-04-17", "Dermatology Telephone Note", """
DERMATOLOGY -- telephone note

Called pt re missed biopsy appt 4/10 for ?calciphylaxis of the R flank.
Pt reports the patch is "about the same", lump still tender, no open sore. As of last week she
lives with her daughter out of state and will transfer PD care there.
Advised: keep the belt off that area, have the new nephrologist/derm do the deep biopsy
soon given concern for calciphylaxis; faxed notes + photos to the new PD unit w/ her
consent. No diagnosis established here.
"""),
]}

Z18 = {"patient_id": "Z18", "age": 45, "sex": "M", "notes": [
("2021-05-04", "ED Psychiatric Evaluation", """
EMERGENCY DEPARTMENT -- PSYCHIATRIC EVALUATION
Mercy Eastside

45M, cocaine use disorder (smoked + intranasal, daily x 3 wks), ESRD on HD TTS (HIV-assoc
nephropathy, VL undetectable), brought by sister for paranoia after a binge.
UDS cocaine +, EtOH 0. K 5.6.
MSE: hypervigilant, pressured, believes people in his building "are listening", no AH, no
SI/HI, oriented.
Skin (ED MD): net-patterned purple patches, both ear helices and both thighs, some w/
dusky centers; present about a week per pt.
Vitals: BP 172/104, HR 112, T 37.2. BMI 25.5.
A/P: cocaine-induced psychotic d/o -- observe, lorazepam PO prn, expect clearing in 24-48 h.
Skin: retiform purpura in a dialysis patient -- calciphylaxis vs levamisole vasculopathy;
derm + nephrology consult, ANCA sent.
"""),
("2021-05-06", "Nephrology Consult", """
NEPHROLOGY CONSULT -- inpatient

45M, ESRD dialyzing TTS (L arm fistula), admitted from ED obs w/ cocaine-induced psychosis
(resolving) and purpuric skin lesions.
Skin: retiform purpura bilat thighs, helices; no ulcer.
Labs: PTH 310 (modest), Ca 8.9, PO4 5.2; p-ANCA 1:640, MPO +, elastase Ab +.
Impression: calciphylaxis less likely (modest phos/PTH, ear involvement, ANCA pattern);
levamisole-adulterated cocaine vasculopathy favored. Await derm biopsy.
Meds at home: sevelamer 800 TID, bictegravir/FTC/TAF per ID (renally reviewed),
amlodipine 10. Never anticoagulated; not diabetic.
Plan: HD today (3.5h, UF 2 L); no STS for now; C3/C4, cryos, lupus anticoagulant sent;
psychiatry says paranoia is clearing, pt calmer and eating.
"""),
("2021-05-11", "Dermatology Consult", """
DERMATOLOGY CONSULT

45M, HD pt w/ retiform purpura after a cocaine binge.
Bx 5/7 (L thigh, punch, + DIF): small-vessel thrombotic vasculopathy with leukocytoclastic
vasculitis; von Kossa negative for calcium in vessels. DIF: IgM, C3 in vessel walls.
Dx: levamisole-induced vasculopathy. Calciphylaxis ruled out.
Exam today: purpura on the helices and both anterior thighs fading to brown-violet, no
blisters, no necrosis, no ulcer. Biopsy site clean.
Plan: cocaine cessation is the treatment; addiction med consult placed; topical care only;
recheck ANCA in 3 mo. Counseled that further exposure can cause skin necrosis.
Pt says he wants help quitting; linked w/ the inpatient addiction team before discharge.
"""),
]}

Z19 = {"patient_id": "Z19", "age": 33, "sex": "F", "notes": [
("2025-04-16", "Outpatient Psychiatry Intake", """
OUTPATIENT PSYCHIATRY -- INTAKE
Quarry Hill Behavioral Health

33F self-referred for anxiety. Her older brother, a long-time dialysis patient, died last spring
of calciphylaxis ("I watched his legs go black"). Since then she inspects her shins and
belly over and over each day, googles kidney numbers nightly, and has had 4 urgent care visits
for "spots" that were normal skin.
Own health: CKD stage 3a (eGFR 52, reflux nephropathy, same as brother), followed by PCP;
no dialysis. No diabetes. No warfarin.
MSE: well groomed, anxious, speech fast, mood "on edge", affect congruent, TP logical,
illness-focused preoccupation w/ fair insight, no SI/HI.
GAD-7 17, PHQ-9 10. Whiteley index elevated.
Dx: illness anxiety disorder, care-seeking type; prolonged grief sx.
Plan: sertraline 25 -> 50 mg; CBT for health anxiety; grief group; coordinate with PCP to
schedule regular visits rather than urgent ones.
"""),
("2025-06-03", "Primary Care Visit", """
PRIMARY CARE -- scheduled visit

33F, CKD 3a, illness anxiety (psychiatry following), on sertraline 50 mg.
Worried about a "dark spot" on her L shin. Exam: 4 mm tan macule, stable in her own photos
from 2023, benign appearing; rest of skin on legs, abdomen, buttocks unremarkable. No
ulcer, no purpura, no livedo.
Reassured: no signs of calciphylaxis; explained that her CKD stage is far from the dialysis
setting her brother was in.
Labs: Cr 1.38, eGFR 51, Ca 9.4, Phos 3.6, A1c 5.4.
Vitals: BP 124/78, wt 84.2 kg, ht 167.5 cm, BMI 30.0.
Plan: labs q6 mo, BP goal <130/80; PCP visits every 3 mo; exercise/nutrition handout.
"""),
]}

Z20 = {"patient_id": "Z20", "age": 70, "sex": "M", "notes": [
("2017-03-14", "Nephrology HD Rounding Note", """
NEPHROLOGY -- HD rounds, Brightwater Dialysis

70M, diabetic ESRD, 3 yrs of in-center HD, glargine 10 units for his DM2, obese
(BMI 32.4), new AF found on the pre-HD ECG last wk. Cardiology suggested anticoagulation.
Discussed w/ pt and wife: for someone on dialysis, warfarin brings a calciphylaxis
risk on top of bleeding; we prefer apixaban 2.5 mg BID. Warfarin was not started. Pt agreeable.
Pt asked many questions about calciphylaxis, says he has not slept since reading about
it; skin check today: no lesions, no livedo, skin intact on legs and abdomen.
PTH 410, phos 5.0, Ca 9.1.
Mood low; wife says he has stoped going to church. Referred to the unit social worker and
outpatient psychiatry.
HD: 4 h, UF 2.0 L, BP 138/70 post.
"""),
("2017-04-04", "Outpatient Psychiatry Evaluation", """
OUTPATIENT PSYCHIATRY -- NEW EVAL
Brightwater Behavioral Health

70M, HD pt referred by nephrology for low mood and insomnia. Five months of anhedonia,
poor sleep, guilt about being "a burden" on his wife, passive thoughts that he "wouldn't
mind not waking up", no plan/intent, no past attempts. Fixates on his risk of calciphylaxis
since the anticoagulation talk.
PMH: ESRD (HD); DM2, insulin; AF, apixaban; obesity; BPH.
MSE: slowed, mood "low", affect constricted, TP linear, no psychosis, MoCA 26.
PHQ-9 18. C-SSRS low risk.
A: MDD, single episode, moderate-severe; health anxiety component.
P: sertraline 25 mg -> 50 mg in 2 wks; psychotherapy (CBT) during HD via tele-visits;
psychoeducation on his actual calciphylaxis risk; safety plan w/ wife. BMI 32.1.
"""),
]}

PATIENTS = [Z15, Z16, Z17, Z18, Z19, Z20]
