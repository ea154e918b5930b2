"""probe108 corpus notes, H15-H20 (inpatient hospital medicine; all invented)."""

H15 = {"patient_id": "H15", "age": 80, "sex": "M", "notes": [
("2018-09-10", "Admission H&P", """
H&P - Medicine

80M w/ CKD4 (eGFR 18; has declined RRT, no dialysis), provoked R femoral DVT 08/2018 on SC enoxaparin 1mg/kg daily (switched from warfarin after labile INRs), admitted w/ painful abdominal skin necrosis and FTT.

HPI: His wife has been giving the enoxaparin into his lower belly since 8/14. About 10 days ago a dark and painful patch appeared exactly where she's been giving the shots, R of the umbilicus, now with a black center.

Exam: thin, BMI 23.0. R periumbilical/RLQ: 3x3cm violaceous plaque, central eschar, livedo at edge.
No diabetes.

Imp: necrotic plaque at enoxaparin injection site - DDx: possible calciphylaxis (CKD4, but not on dialysis); heparin-induced skin necrosis; injection-site hematoma w/ necrosis. HIT Ab sent. Derm consulted.
"""),
("2018-09-12", "Progress Note", """
PN

HIT Ab weakly positive (OD 0.6), SRA pending. Switched to fondaparinux.
Derm: "could be calciphylaxis or heparin necrosis, bx would help." Pt and wife decline biopsy after discussion.
#Abd necrotic plaque - uncertain etiology; calciphylaxis vs heparin necrosis remains
#CKD4 - stable Cr
#DVT - fondaparinux
"""),
("2018-09-15", "Discharge Summary", """
Discharge Summary
Goals of care discussed: transition to hospice at home.
Dx: necrotic plaque R abdomen at prior enoxaparin injection site, suspected calciphylaxis versus heparin skin necrosis; SRA returned indeterminate; no biopsy performed, etiology not established.
CKD 4, no dialysis. DVT on fondaparinux. BMI 23.0.
"""),
]}

H16 = {"patient_id": "H16", "age": 67, "sex": "F", "notes": [
("2021-02-08", "Admission H&P", """
Admission H&P

67F - ESRD dialyzing three times weekly, DM2 requiring insulin, obesity w/ BMI 30.2, chronic L hip/thigh pain, here for symptomatic hyperkalemia (K 7.1, skipped Fri HD) - now s/p emergent HD.

Incidental: L lateral thigh has a 4 cm purple mottled area with a small black scab, painful. Most evenings the heating pad goes on her L outer thigh "since Christmas" for sciatica. Spot came up last week.

Exam: BMI 30.2. L lat thigh: reticulated brown-red hyperpigmentation + 4 cm violaceous plaque w/ 8 mm eschar.

A/P:
1. Hyperkalemia - resolved after HD.
2. L thigh lesion - r/o calciphylaxis; erythema ab igne + thermal ulcer also possible. Derm consult for bx.
"""),
("2021-02-09", "Progress Note", """
PN

Derm saw: "EAI w/ superimposed ulcer vs early calciphylaxis; recommend deep bx." Scheduled for tomorrow AM.
Pt upset about missing her granddaughter's birthday, wants to leave.
"""),
("2021-02-10", "Discharge Summary", """
DISCHARGE SUMMARY (AMA)

Pt left AMA at 0700 before scheduled biopsy. Risks explained incl. missing a dx of calciphylaxis.
Dx at departure: hyperkalemia (resolved); L lateral thigh ulcer at heating pad site - erythema ab igne w/ ulceration vs calciphylaxis, undetermined.
ESRD/HD. DM2 - insulin. Obese, BMI 30.2.
Derm clinic referral placed; pt states she will go.
"""),
]}

H17 = {"patient_id": "H17", "age": 58, "sex": "M", "notes": [
("2024-10-21", "Admission H&P", """
H&P

58M, ESRD on PD, mechanical AVR on warfarin, no DM, presents w/ non-healing R shin ulcer.

HPI: Banged R shin on his car's door 09/28, small scrape. Instead of healing, area became dark, painful, and ulcerated over last 2 wks.

Exam: BMI 27.7. R ant shin 3x2.5cm ulcer w/ necrotic base, livedoid purplish rim. Pulses palpable.

A/P: R shin ulcer following minor trauma, PD pt, on warfarin - DDx: poorly healing traumatic ulcer, cannot exclude calciphylaxis, warfarin-associated necrosis. Bx.
"""),
("2024-10-23", "Progress Note", """
PN

Bx (R shin, 10/22): nonspecific ulceration w/ granulation tissue; no vascular calcification seen in sample (superficial). Derm: calciphylaxis not excluded, may need deeper bx.
Pt prefers to defer.
"""),
("2024-10-25", "Discharge Summary", """
Discharge Summary
Dx: R shin ulcer s/p trauma 9/28, etiology uncertain - possible calciphylaxis, biopsy nondiagnostic.
Plan: wound clinic, derm outpatient for repeat bx. Warfarin continued (mechanical valve).
ESRD on PD. BMI 27.7.
"""),
]}

H18 = {"patient_id": "H18", "age": 63, "sex": "F", "notes": [
("2026-02-02", "Admission H&P", """
H&P - Hospitalist service, Marrow Creek Medical Center

63 F, HD-dependent ESRD, DM2 (insulin glargine + prandial), CAD, had L heart cath 1/20/26 via R femoral approach, admitted w/ painful purple toes & livedo of both feet x 6 days.

HPI: Pt states "my toes went blue and now two of them have black tips, I can't put my slippers on." No fever. Cath site healed per her, no groin lump.
Meds: insulin, ASA, clopidogrel, atorvastatin 80, sevelamer, cinacalcet. Never on coumadin.

Exam: BMI 28.0. R groin puncture healed, soft, no bruit. B/L feet: livedo racemosa up to ankles, blue toes; L 2nd & R 3rd toe tips necrotic. DP/PT palpable bilat.
Labs: eos 9%, low C3, ESR 70.

A/P: painful digital necrosis + livedo ~2 wks post cath in HD pt -> ?calciphylaxis, though chol emboli post-cath fits better. Derm bx, podiatry, pain mgmt, statin continued.
"""),
("2026-02-04", "Progress Note", """
PN - HM

S: toes throbbing, sleeping w/ feet dangling off bed.
O: no new areas.
Bx L foot (2/3): needle-shaped cholesterol clefts plugging arterioles; zero calcification on von Kossa. Derm: atheroembolic disease; calciphylaxis ruled out.
#Cholesterol emboli - supportive, statin, no anticoag
#ESRD on HD
#DM2 insulin - BG 120s-190s
"""),
("2026-02-09", "Discharge Summary", """
Discharge Summary
Dx: cholesterol embolization syndrome after cardiac cath; calciphylaxis excluded on biopsy.
ESRD HD, DM2 insulin. BMI 28.0. No warfarin.
Podiatry will trim the dry gangrene tips as outpt; vascular clinic 3 wks.
"""),
]}

H19 = {"patient_id": "H19", "age": 45, "sex": "M", "notes": [
("2020-03-02", "Admission H&P", """
H&P - night admit

45M, ESRD (HD thru R chest permcath; L AVF still maturing), T1DM on MDI insulin, admitted w/ hyperkalemia (K 7.4, peaked T's) after eating "a whole bag of oranges" and missing Sat HD.
FH: Brother (dialysis pt) developed calciphylaxis & died of it 2017. Pt anxious about this - asked us to "check me all over."
Full skin survey done head to toe - nothing: skin intact, not a single lesion or mottled patch; injection sites in abdomen look fine. BMI 23.4.
A/P: hyperK - calcium gluconate, insulin/dextrose, emergent HD. Reassured re skin; educated on early signs.
"""),
("2020-03-04", "Discharge Summary", """
D/C summary
Hyperkalemia resolved with HD. Skin exam normal - no evidence of calciphylaxis in this pt (family hx only). ESRD HD, T1DM insulin. BMI 23.4. No warfarin.
Renal dietitian saw pt re: K-rich foods.
"""),
]}

H20 = {"patient_id": "H20", "age": 50, "sex": "F", "notes": [
("2023-07-10", "Admission H&P", """
H&P

50F, CKD 3a (Cr 1.4, baseline), prediabetes (A1c 6.1; not treated), obesity BMI 35.1, unprovoked PE 2022 on warfarin since, admitted w/ RLL CAP, hypoxic to 88%.
Skin intact, no rashes or wounds.
Plan: ceftriaxone/azithro, O2, INR monitoring while on abx.
"""),
("2023-07-13", "Discharge Summary", """
D/C summary
CAP improved, weaned to RA. INR 3.4 on azithro -> warfarin dose held x1, resumed.
Counseled: should she ever need dialysis while still taking warfarin, calciphylaxis risk would need thought; no skin findings now.
CKD 3a, no dialysis. Prediabetes, diet only. BMI 35.1.
"""),
]}

PATIENTS = [H15, H16, H17, H18, H19, H20]
