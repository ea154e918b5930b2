"""probe216 corpus notes, F15-F20 (renal dietitian / nutrition notes and the clinics around them; all invented)."""

F15 = {"patient_id": "F15", "age": 45, "sex": "F", "notes": [
("2016-05-10", "HD Dietitian Monthly Note", """
RENAL DIETITIAN - Ashgrove Dialysis, MWF evening shift
45 F, type 1 DM dx'd at 11, ESRD, HD since 2014. Insulin pump since 2009; infusion sets go into
her lower abdomen, changed q3 days. Basal 0.5 u/h, I:C 1:12.
Post wt 63.0kg / Ht 161cm / BMI 24.3
Lab 5/4 -> PO4 5.8, iPTH 455, Ca 9.8, A1c 7.4, alb 3.9, K 5.3.
Recall: skips breakfast, big pasta dinners, dairy 2-3x/d (yogurt, cheese).
Binder: calcium acetate 667mg 2 w/ meals; forgets when eating out.
D: Excess phos intake r/t dairy AEB PO4 5.8, iPTH 455.
I: dairy swaps (rice milk, cream cheese), carb counting refresher with low-phos choices, binder
in purse.
M/E: PO4/iPTH next month.
"""),
("2016-06-21", "Nephrology Note", """
NEPHROLOGY - HD rounds
S: sore lumps low on her belly since around Memorial Day, right where her pump sets go in.
O: lower abd, on each side of the umbilicus: three firm tender subcut nodules 1.5-2cm, faint
livedo over the largest (L). No ulcer, no eschar.
Lab: iPTH 520 | cCa 10.2 | PO4 6.1
Imp: nodules where the sets sit - ddx early calciphylaxis / insulin lipohypertrophy /
panniculitis; concerned. Ca acetate -> sevelamer. Asked her to move sets to the flanks for now. Derm
referral; biopsy if derm agrees.
Post wt 62.6kg.
"""),
("2016-07-12", "Dermatology Consult", """
DERMATOLOGY
45F, T1DM on a pump, HD. Tender lower abdominal nodules at old infusion-set sites, noticed late May.
Exam: 3 firm subcut nodules around the navel (L largest, 2.2cm) with a faint reticulated
violaceous patch over it; no necrosis. Flanks clear.
Impression: I cannot rule out early calciphylaxis here; other candidates are lipohypertrophy
with fat necrosis or a lobular panniculitis. Only a deep incisional bx would settle it.
She declined bx today - moving to Tucson in 8 days, her sister lives there; gave her
records and a letter for a dermatologist there. Suggested her new nephrologist keep her on a
Ca-free binder.
BMI 24.0 per HD unit.
"""),
]}

F16 = {"patient_id": "F16", "age": 81, "sex": "M", "notes": [
("2024-09-10", "Renal Supportive Care Dietitian Note", """
KIDNEY SUPPORTIVE CARE CLINIC - RD
81 M, ESKD (eGFR 9), conservative kidney management - he chose no dialysis. AF on warfarin.
No diabetes.
Pernicious anemia: B12 1000 mcg IM monthly since June 2024, which the visiting
nurse gives into his R lateral thigh.
Wt 61.8kg, Ht 171cm, BMI 21.1.
Lab -> K 5.6, PO4 5.4, bicarb 18, alb 3.5, BUN 96.
Diet: low protein, 40-50 g/d (0.6-0.8/kg), with enough calories; low-K fruit list; no salt
substitute (KCl).
Appetite fair; metallic taste mornings.
Plan: sodium bicarb per NP, calorie boosters (olive oil, jam), recheck K in 2 weeks.
"""),
("2024-10-22", "Nephrology Note - Conservative Kidney Management", """
CKM clinic - nephrology
S: painful purple lump, R thigh (lateral), since last week, at the spot where the B12
shots go. No fall.
O: R lateral thigh: tender purpuric nodule ~3cm, reticulated dusky border, skin unbroken.
INR 3.4.
A/P: ? calciphylaxis vs injection-site hematoma (INR high). Hold next B12 dose.
Offered derm + biopsy; he wants to sleep on it. INR per anticoag clinic.
Wt 60.9kg. K 5.8 - reviewed low-K list again with wife; bicarb continued. Discussed goals:
he still prefers no dialysis. Hospice information given at his request.
"""),
("2024-11-05", "Hospice Admission Note", """
HOSPICE ADMISSION - home
81M, ESKD under conservative care, now declining (sleeps most of the day, eats only bites).
Goals: comfort, stay home.
Skin: R lateral thigh purple nodule 3.5cm, tender, no change per wife. Renal team's label:
possible calciphylaxis vs hematoma; he declined biopsy and it will not be pursued.
Meds: warfarin stopped today (comfort focus); B12 injections discontinued. Morphine
oral solution 2.5mg under the tongue q2h PRN.
Nutrition: liberal diet as tolerated; no RD visit needed.
Family: wife and son present.
"""),
]}

F17 = {"patient_id": "F17", "age": 73, "sex": "F", "notes": [
("2019-03-12", "CKD Clinic Dietitian Note", """
CKD CLINIC - MEDICAL NUTRITION THERAPY
73 F, CKD4 (eGFR 19) - not dialyzing; PD teaching planned later. Type 2 DM - used insulin
2012-2016, off it since; diet only now; A1c 6.6.
Wt 84.6kg, Ht 1.61m, BMI 32.6 (obesity, class I).
Leg edema: knee-high compression stockings every day, since last summer (PCP ordered).
Lab -> K 5.1, PO4 4.9, bicarb 20, alb 4.0.
Diet: protein 0.6-0.8/kg IBW, Na < 2g, avoid phos additives, plant-forward swaps.
Education: read labels, no salt substitutes.
Goals: slow CKD, maintain wt, keep K < 5.5.
Follow up 2 months.
"""),
("2019-04-09", "Nephrology CKD Clinic Note", """
NEPHROLOGY - CKD 4 clinic
S: sore spot, L calf, a hand below the knee, noticed ~10 days ago, right at the stocking's top band.
O: L upper calf: shallow 1.5cm ulcer, dusky rim, and an 8cm-wide band of livedo tracking the
stocking line. R leg: faint band mark, no lesion. Pulses palpable.
Lab: iPTH 220 | cCa 9.4 | PO4 5.0
A/P: Possible early calciphylaxis; pressure injury from the band is the other contender.
Stockings off for now. Derm referral for evaluation and possible biopsy. Wt 84.0kg.
"""),
("2019-05-14", "Primary Care Note", """
PCP follow-up
73F, CKD 4, DM2 (diet), HTN.
Missed derm appt 4/30 (transportation) - rescheduled for July.
L upper calf ulcer smaller (1.0cm) and less painful since stockings stopped; livedo fading.
Nephrology's question of calciphylaxis remains open and unproven; nothing found to exclude it
yet either.
Edema managed with leg elevation instead of stockings.
BP 138/74, wt 83.9kg.
Plan: keep the derm appt, call if new painful spots, continue renal diet per RD. Labs with
nephrology next month (BMP, PTH, phos).
"""),
]}

F18 = {"patient_id": "F18", "age": 56, "sex": "M", "notes": [
("2023-08-08", "HD Dietitian Note", """
RENAL RD - Quarry Street Dialysis, MWF
56 M, ESRD (polycystic kidneys), HD since 2019. No diabetes.
New LLE DVT 7/26; warfarin started 7/28 with an enoxaparin bridge (renal dose), daily shots into
his belly by his partner.
Post wt 118.3kg, Ht 1.765m, BMI 38.0.
Vitamin K teaching: keep greens consistent (not zero), 1 cup cooked spinach on the same days each
week, avoid new supplements, green tea in moderation.
Lab 8/2 -> alb 4.1, PO4 5.5, K 5.0, iPTH 290, Ca 9.1.
Plan: 1800 kcal plan, sevelamer 1600 w/ meals, follow INR trend with NP.
"""),
("2023-08-15", "Nephrology Note", """
Nephrology - HD rounds
S: black, very painful patches over the lower abd since 8/2 - showed up a few days into warfarin.
O: lower abdomen bilat: 3 irregular necrotic plaques, hemorrhagic bullae, purpuric borders;
largest 8cm. INR 4.2.
Imp: calciphylaxis needs to be ruled out, but warfarin skin necrosis fits the timing better.
Protein C activity 38% (low). Warfarin off; vit K 5mg; heparin by the HD circuit; derm for an
urgent bx. Enoxaparin stopped as well. RD: hold the vitamin K teaching for now. BP 148/90,
pre-wt 120.1kg.
"""),
("2023-08-24", "Dermatology Consult", """
DERMATOLOGY
56M HD pt, abdominal necrotic plaques since early August.
Bx Aug 17, 2023 (incisional, L lower abdomen): fibrin thrombi plugging dermal + subcut venules,
hemorrhagic necrosis; zero calcium anywhere (H&E and VK both negative).
Diagnosis here is warfarin-induced skin necrosis (acquired protein C deficiency). Calciphylaxis excluded.
Plan: warfarin permanently off, apixaban per hematology; wound care: silver hydrofiber + foam;
surgery to weigh debridement. BMI 37.6 today. Pain control per primary team; follow-up in
derm clinic 1 wk after discharge, sooner if fever or spreading necrosis. Photos in the chart.
"""),
]}

F19 = {"patient_id": "F19", "age": 39, "sex": "M", "notes": [
("2025-06-03", "PD Dietitian Monthly Note", """
PD CLINIC - DIETITIAN
39 M, ESRD (Alport), APD nightly since 2024. No diabetes. No anticoagulants.
Ht 1.83m, drained wt 83.7kg, BMI 25.0.
Lab 5/28 -> PO4 6.2 H, iPTH 480, alb 3.7, Ca 9.3, K 4.4.
He is anxious about phosphorus because his father died of calciphylaxis while on hemodialysis in
2011 - "I watched what it did to his legs."
Diet: lots of fast food and protein shakes with added phosphate.
Education: phos additives, swap shakes for a renal-friendly protein powder, sevelamer with every
meal.
Plan: recheck PO4 in 4 weeks; he asked that the nephrologist look over his skin next visit -
passed on.
"""),
("2025-07-01", "PD Nephrology Clinic Note", """
PD CLINIC - NEPHROLOGY
39M on APD. FHx: father had calciphylaxis on HD.
Skin: head-to-toe look incl. legs, abdomen and thighs - no purpura, nodules or ulcers. Exit
site clean.
Lab: PO4 5.1 | iPTH 430 | Ca 9.2
Imp: skin shows nothing of calciphylaxis. Reassured; sevelamer + RD plan continue.
Wt 83.1kg, BMI 24.8. BP 128/78. APD: 4 cycles x 2.5 L, no day dwell; UF 1.1 L/night.
Peritonitis: none to date. Told him his dad's story is not his destiny; phos + PTH control is
what we can actually steer. RTC 1 month.
"""),
]}

F20 = {"patient_id": "F20", "age": 62, "sex": "F", "notes": [
("2017-10-17", "HD Dietitian Monthly Note", """
RD MONTHLY - Willow Bend Dialysis, TTS
62 F, ESRD (lupus nephritis), HD since 2012. Not diabetic. Not on anticoagulants.
Post wt 71.5kg, Ht 1.61m, BMI 27.6.
Lab 10/10 -> PO4 7.4 H, Ca 10.2 H, iPTH 95 (low), alb 4.0, K 4.7.
Taking calcium acetate 3 w/ meals plus calcium carbonate for heartburn.
Counseling: high phos and calcium over months can lay down calcium in vessels and raise the
chance of calciphylaxis - a painful skin problem seen in dialysis pts; goal PO4 3.5-5.5.
Plan: ask NP about switching to a non-Ca binder, stop OTC calcium antacid, low-phos snack
list.
"""),
("2017-11-14", "Nephrology Note", """
Nephrology - monthly HD visit
62F, ESRD on HD TTS.
Skin: intact; legs and trunk without livedo, nodules or ulcers.
Lab: PO4 6.0 | iPTH 140 | Ca 9.6
A/P: Ca-phos control improving since switch to lanthanum 1000mg w/ meals. Calcium carbonate
stopped. No sign of calciphylaxis; counseled. Post wt 71.0kg, BMI 27.4.
BP 134/70, access (R arm AVG) with good thrill. Hgb 10.8 on darbepoetin at HD. Kt/V 1.52.
Lupus quiet per rheum; hydroxychloroquine continued. RD to recheck diet recall next month.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
