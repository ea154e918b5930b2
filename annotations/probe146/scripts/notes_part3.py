"""probe146 corpus notes, B15-B20 (hepatology/GI and the clinics around them; all invented)."""

B15 = {"patient_id": "B15", "age": 64, "sex": "M", "notes": [
("2019-05-14", "GI Procedure Unit - Paracentesis", """
PARACENTESIS NOTE - GI procedure suite
64M HCV cirrhosis (untreated until now, DAA start pending insurance), ESRD - dialysis
Mon/Wed/Fri, glipizide for T2DM. Tense ascites.

Pre: INR 2.3, plt 44 - proceeded per protocol (no FFP/platelets).
US-marked site: LLQ. Prep, lidocaine 1% 10 mL, 5 Fr catheter. 6.1 L turbid yellow out.
25% albumin 50 g. Cell count: PMN 160 (no SBP). Small hematoma at the puncture afterwards,
held with pressure 10 min, pressure dressing.
Tolerated well. BP 100/58 at end. Next tap in 2 wks, same unit.
"""),
("2019-06-11", "Inpatient Hepatology Consult", """
HEPATOLOGY CONSULT - 6 West
Asked by hospitalist re: painful abdominal wall lesion.

64M, HCV cirrhosis Child C, ESRD (HD), DM2 treated with glipizide, no insulin. Taps every 2
wks via
the LLQ, last 5/28.

Exam: LLQ around the old puncture sites, 6x5cm indurated, very tender nodule; livedo
over it, violet in the middle; no eschar yet. Warm? not really. No fluctuance.
Ca 9.5, phos 7.8, PTH 1020.

Impression: painful indurated plaque at paracentesis sites - concern for early calciphylaxis
vs panniculitis vs organizing abdominal wall hematoma. Biopsy deferred: INR 2.6,
platelets 31k, and the risk of bleeding/leak from a biopsy here is high.

Recs: derm curbside - agree biopsy risky; tap via the RLQ meanwhile; 2.0 calcium bath and
sevelamer; revisit biopsy if coags allow.
"""),
("2019-06-20", "Discharge Summary", """
DISCHARGE SUMMARY
Admit 6/8/19 - discharge 6/20/19. Discharged to: transfer to Ridgeway University Hospital
(transplant center) per family request.

Dx: 1) decompensated HCV cirrhosis with refractory ascites; 2) ESRD on HD; 3) painful LLQ
abdominal wall plaque at prior paracentesis sites - possible calciphylaxis, never biopsied
(coagulopathy), diagnosis not established; 4) T2DM.

Course: LVP 6/12 via RLQ, 5.8 L. Empiric non-Ca binder and cinacalcet; sodium thiosulfate
not started pending a firm diagnosis. Lesion unchanged at transfer, no necrosis.

Discharge vitals: BMI 27.0, BP 102/60.
Meds: glipizide 2.5 mg, lactulose, rifaximin, sevelamer, cinacalcet 30 mg.
Follow-up: derm evaluation and biopsy recommended at the receiving center.
"""),
]}

B16 = {"patient_id": "B16", "age": 45, "sex": "M", "notes": [
("2023-02-07", "GI IBD Clinic", """
IBD CLINIC
45M UC, proctocolectomy 2015 leaving an end ileostomy in the RLQ; PSC with cirrhosis (Child B);
ESRD after repeated dehydration AKI from high ostomy output, on HD MWF since 2021.

HPI: painful ulcer next to the stoma x 3 wks, started as a tender purple bump, opened
up; pouch leaks since.

Exam: BMI 19.8. Stoma pink, budded. At 7 o'clock, 2.5 cm ulcer with violaceous, partly
undermined edge and a dusky-black base; surrounding livedoid mottling.
Labs: CRP 38; phosphate 6.6 with calcium 9.7; PTH 600.

Impression: peristomal ulcer - pyoderma gangrenosum vs calciphylaxis (on dialysis, phosphate
high) vs irritant dermatitis from leaks. Cannot tell clinically.

Plan: WOC nurse for pouching; derm for biopsy (edge); hold off on steroids until path.
"""),
("2023-02-21", "Ostomy / WOC Nursing Note", """
WOC NURSING - OSTOMY FOLLOW UP
Stoma: end ileostomy RLQ, 30 mm, budded 1.5 cm. Putting out about 1200 mL daily.
Peristomal ulcer at 7 o'clock: 2.8x2.2cm, base half black, half yellow, edge violet and
undermined 0.4 cm. Pain 7/10 with pouch change; premedicates with acetaminophen.
Changes: switched to convex barrier with a cut-to-fit opening, stoma powder + skin barrier
film to the ulcer, hydrofiber piece under the wafer. Belt added.
Teaching: empties at 1/3 full; oral rehydration solution.
Will see weekly; derm biopsy booked 3/1. Pt lives alone, manages his own changes well;
supplies ordered through the home vendor.
"""),
("2023-03-14", "Dermatology Consult", """
DERMATOLOGY
45M on HD, UC/PSC cirrhosis, ileostomy. Peristomal ulcer x ~7 wks.

Bx 3/1/23 (punch, ulcer edge): ulceration with mixed inflammatory infiltrate and granulation
tissue; no calcified vessels seen in this specimen, no dense neutrophilic dermal infiltrate.
Nondiagnostic - the punch may have been too superficial.

Impression: peristomal ulcer, cause not established. Calciphylaxis cannot be excluded;
pyoderma gangrenosum still on the differential.
Recommend: deeper incisional biopsy. Pt relocating to Oregon next week, moving in with his
sister - records sent, referral to dermatology there.
Interim: topical clobetasol to the edge, continue WOC care. BMI 19.5.
"""),
]}

B17 = {"patient_id": "B17", "age": 70, "sex": "F", "notes": [
("2025-11-04", "Nephrology - PD Clinic", """
PD CLINIC
70F, liver transplant 2011 (HCV), CNI nephrotoxicity -> ESRD; manual PD, four 2-liter bags
daily, since 2022. AF on warfarin. T2DM: glargine and lispro, she injects both thighs.

New: tender mottled patch, outer L thigh, first seen by her daughter 10 days ago; a firmer
lump has formed underneath.
Exam: L lateral thigh 5x4cm livedoid violaceous patch over a firm subcutaneous nodule,
very tender; no eschar. R thigh: injection marks, normal.
BMI 31.6. BP 136/74. Ca 9.4, P 6.1, PTH 540, INR 2.7.

A: ?early calciphylaxis; also possible: panniculitis from insulin, or a bleed into
lipohypertrophy.
P: derm referral; insulin to the abdomen; review warfarin with cardiology.
"""),
("2025-11-18", "Dermatology Consult", """
DERMATOLOGY CONSULT
70F on PD, post-liver transplant, warfarin, insulin.

L lateral thigh: 6x5cm retiform violaceous plaque with a deep tender nodule, no
ulceration. Worrisome for early calciphylaxis; cannot exclude panniculitis.
I advised a deep incisional biopsy. After a long talk she refuses any biopsy ("one more
hole that won't heal - no"). Alternative of empiric treatment discussed, with its
uncertainty; her son present and supportive.

Plan: empiric sodium thiosulfate IV 3x/wk for possible calciphylaxis (nephrology agreeable),
switch warfarin to apixaban (cardiology ok), wound protection, recheck 4 wks.
"""),
("2026-01-20", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT
70F, ESRD on PD, LT recipient, AF (apixaban now; warfarin until Nov), insulin-treated DM.
Painful L thigh lesion - suspected calciphylaxis, never biopsied per her wishes; now with
small dark center, no better on empiric STS.

Goals discussion with pt and son: tired of treatments; wants to stay home. Chooses home
hospice; will stop PD when symptoms allow a comfortable transition, she understands this
will shorten life.

Symptoms: thigh pain 7/10 - start methadone 2.5 mg BID (renal/hepatic ok), lidocaine patch
nearby; fatigue; poor appetite.
BMI 30.9 (wt down 2 kg).
Code: DNR/DNI, POLST done.
"""),
]}

B18 = {"patient_id": "B18", "age": 53, "sex": "F", "notes": [
("2018-07-10", "Nephrology - HD Rounding Note", """
HD ROUNDS - Lowfield Dialysis
53F ESRD (HTN), dialysis Tue/Thu/Sat, L forearm fistula; chronic HCV (past IDU, none since
2012), never
treated; no cirrhosis on elastography 2017 (7.8 kPa).

S: sore purplish spots over both lower legs, present 10 days, some blistering.

O: BP 150/88. Bilateral shins and calves: palpable retiform purpura 1-4 cm, a few with
hemorrhagic bullae, one small dark crust L shin. Afebrile.
PTH 310, phosphate 5.4. C4 low (sent by PCP).

A/P:
- leg purpura: ?calciphylaxis vs vasculitis (cryo with HCV?). Derm consult, cryoglobulins,
  RF, C3/C4, HCV RNA.
- HCV: refer hepatology for DAA now that she is ready.
"""),
("2018-07-17", "Dermatology Consult", """
DERMATOLOGY CONSULT
53F on HD, untreated HCV. Purpura of both legs x ~2.5 wks.

Exam: palpable purpura and retiform plaques on bilateral lower legs, a few vesicles and
crusts; no eschar or deep induration. Feet and thighs spared. Trunk clear.

DDx: cryoglobulinemic vasculitis (favored - palpable, HCV) vs calciphylaxis vs septic emboli.
Bx today: punch for H&E (L calf) and for DIF (R calf).
Plan: results 1 wk; avoid trauma to the legs; no compression for now. Discussed with
nephrology; HCV RNA and cryoglobulins drawn today with her dialysis labs.
"""),
("2018-08-07", "Hepatology New Patient", """
HEPATOLOGY NEW PATIENT
53F, HCV GT1a, RNA 2.4 million IU/mL, F1 (7.8 kPa), ESRD on HD. Referred for treatment and
for the leg rash.

Skin bx (7/17): leukocytoclastic vasculitis of small dermal vessels, no vascular calcification
in the subcutis; DIF: granular IgM and C3 deposits in small vessels. Cryocrit 6%, RF high, C4
low.
=> HCV-associated mixed cryoglobulinemic vasculitis. Calciphylaxis excluded by derm.

Exam: BMI 24.0. Leg purpura fading, crusts healing. No ulcers.
No diabetes. Never on warfarin.

Plan: glecaprevir/pibrentasvir x 8 wks (no renal adjustment needed, given after HD ok);
SVR12 check; if vasculitis worsens -> rheum for rituximab.
"""),
]}

B19 = {"patient_id": "B19", "age": 41, "sex": "M", "notes": [
("2021-03-09", "Hepatology New Patient", """
HEPATOLOGY NEW PATIENT
41M referred for elevated ALT (68) and fatty liver on US.
PMH: obesity, prediabetes (A1c 6.1; diet, no meds), HTN, CKD stage 3a (eGFR 52, proteinuric,
nephrology following). No dialysis. No anticoagulants.
FHx: mother on HD for 9 yrs, died 2012 of calciphylaxis ("terrible leg wounds"). Father T2DM.
Pt is anxious he may end up the same way.

Exam: BMI 34.8. No stigmata of chronic liver disease. Skin: normal, no rashes or wounds.
FibroScan: 8.1 kPa, CAP 338.
Labs: plt 221, alb 4.3, INR 1.0; HBV/HCV neg; ferritin 320.

Impression: MASLD with possible F2 fibrosis.
Plan: 7-10% weight loss (dietitian), exercise plan, statin ok, repeat elastography 12 mo.
Told him that at his eGFR dialysis is not on the horizon.
"""),
("2021-09-14", "Primary Care Visit", """
PRIMARY CARE - 6 month follow-up
41M, fatty liver, CKD 3a, HTN, prediabetes.

Lost 4 kg with dietitian help. BP 128/80 on losartan. BMI 33.9.
A1c 6.2 - still prediabetes, not diabetes; metformin deferred, lifestyle.
eGFR 54, UACR 210 mg/g.
Skin exam: normal. No lesions of the legs or trunk.

He brought up his mother's calciphylaxis again. Reassured: nothing like it on his skin, and
his kidneys still work without dialysis. Will keep eGFR and phosphate monitored with
nephrology; next renal visit in November.
RTC 6 months, labs prior.
"""),
]}

B20 = {"patient_id": "B20", "age": 58, "sex": "M", "notes": [
("2026-02-10", "Liver-Kidney Transplant Evaluation", """
SLK TRANSPLANT EVALUATION - HEPATOLOGY
58M alcohol cirrhosis (sober 2 yrs, PEth negative), Child B, MELD-Na 21, ascites managed by
his PD, which drains it nightly. ESRD from hypertensive nephrosclerosis on APD since 2024.
No diabetes. No warfarin. No prior surgery except PD catheter placement.

Pt mentions an electric heating pad for chronic lumbar ache "now and then", not recently.
Skin of back and abdomen intact, no discoloration.
Counseling: calciphylaxis is a recognized danger for anyone on dialysis; told him that
heat (pads, bottles) and ice should not touch bare skin and to call us about any painful
dark patch.

Exam: BP 130/78. BMI 26.9. No asterixis. Exit site clean.
Plan: cardiac cath, dental, psych eval; SLK committee in March.
"""),
("2026-03-03", "Nephrology - PD Clinic", """
PD CLINIC MONTHLY
Cycler: four 2500 mL cycles overnight, 1500 mL day dwell; Kt/V 2.0; effluent clear; ascites
controlled.

No new complaints. Heating pad stopped after transplant visit.
Skin: intact, nothing livedoid, no ulceration anywhere. Exit site clean; tunnel nontender.
Mood good, walking 20 minutes daily with his dog.

BP 126/76. BMI 26.6.
Labs: Ca 9.2, P 5.0, PTH 310, albumin 3.2.

Reinforced: calciphylaxis risk in dialysis patients; keep phosphate controlled, avoid
calcium-based binders and direct heat on the skin.

Plan: continue, SLK listing pending committee.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
