"""probe189 corpus notes, C15-C20 (discharge and inter-facility transfer summaries, and the
nephrology, dermatology and wound notes around them; all people, places and wording invented)."""

C15 = {"patient_id": "C15", "age": 61, "sex": "F", "notes": [
("2021-07-09", "Inter-facility Transfer Summary", """
INTER-FACILITY TRANSFER SUMMARY
Larchmont Community Hospital  ==>  Vessey University Hospital
Adm 06/28/21      Xfer 07/09/21
61F. ESRD (HD, MWF schedule), obesity, HFpEF, HTN. No diabetes.
Admitted for volume overload/CHF. Clot prophylaxis: SC heparin 5000u three
times daily from 6/29/21, rotated between the two lower abdominal
quadrants.
7/6: painful firm purple plaques found at those injection sites, both lower
quadrants, 3-5 cm each, one with a dusky gray center. Platelets 214K -> 92K.
Differential: skin necrosis from heparin (HIT) vs calciphylaxis vs simple
hematomas.
Heparin stopped 7/6, argatroban started. PF4 ab sent.
Reason for transfer: hematology + dermatology, not available here.
T36.8 P92 BP146/80 R18 Sat96%RA. 90 kg, BMI 32.7.
Last HD 7/9 AM.
"""),
("2021-07-13", "Dermatology Consult", """
DERMATOLOGY CONSULT -- Vessey University Hospital -- 7/13/2021
Lower abdomen, bilateral: four firm violaceous plaques measuring 2 to 5 cm,
two w/ early central necrosis, retiform edges, all at prior heparin
injection sites per pt and transfer records.
Impression: necrotic plaques at SC heparin sites. Our differential is still
HIT-associated skin necrosis versus calciphylaxis; with phosphorus 7.1 and
PTH 870 in a hemodialysis patient, calciphylaxis stays on the table.
Bx would settle it, but plt 41K today and she says no for the time being
("nobody is cutting my stomach again").
Recs: no SC injections anywhere; revisit bx when plt >100K; nonadherent
dressings; pain control.
"""),
("2021-07-23", "Discharge Summary", """
DISCHARGE SUMMARY -- Vessey University Hospital
Admitted 07/09/2021     Discharged 07/23/2021
Dx: 1) HIT, PF4 ab strongly +, SRA indeterminate
    2) necrotic plaques, lower abdomen, where heparin had been injected --
       HIT-related skin necrosis vs calciphylaxis, undetermined
    3) ESRD on HD
Course: argatroban -> apixaban 2.5 bid (warfarin avoided given skin). Plt
recovered to 168K. Derm revisited bx 7/21; pt again declined. Plaques
softer, necrotic centers dry. Calciphylaxis neither confirmed nor excluded;
if new lesions appear, re-offer biopsy.
T36.7 P84 BP140/76 R18 Sat97%. 89.2 kg, BMI 32.4.
HD MWF back at Larchmont Dialysis. No heparin in the circuit -- citrate lock.
"""),
]}

C16 = {"patient_id": "C16", "age": 68, "sex": "M", "notes": [
("2022-03-08", "Discharge Summary", """
DISCHARGE SUMMARY -- Saltmarsh General Hospital
Admit 3/3/2022   Discharge 3/8/2022
Dx: hyperkalemia (K 6.9) w/ CKD 4, eGFR 17; T2DM on insulin glargine; HTN;
lumbar stenosis.
Course: K corrected w/ insulin/dextrose, binder, diuretic; no dialysis
needed. Nephrology: not ready for dialysis, access eval outpatient.
Skin finding: on the L low back, a tender netlike brown-purple patch with a
2 cm firm nodule, exactly under the spot where his electric heating pad
goes nightly; he started that around New Year's for his back.
Ddx: erythema ab igne w/ panniculitis vs early calciphylaxis. Outpatient derm bx planned. Heating pad stopped.
T36.9 P70 BP152/84 R16 Sat98%. 86 kg; BMI 28.4.
Meds: glargine 22 u, patiromer, furosemide 80 bid, amlodipine.
"""),
("2022-03-22", "Nephrology CKD Clinic Note", """
CKD clinic -- Saltmarsh Nephrology -- 22-Mar-2022
68M, CKD 4 (diabetic nephropathy), eGFR 16. Not on dialysis; AVF mapping
ordered, transplant referral sent.
K 5.2 on patiromer. iPTH 310; Ca 9.0, albumin 3.6; PO4 5.1.
L low back: the netlike patch is still there, nodule 2 cm, tender.
Derm appt was cancelled by their office, rebooked for April. Possible early
calciphylaxis -- cannot say more without tissue.
Heating pad off since discharge, he says he misses it.
BP 144/82. Wt 85.5 kg, BMI 28.4. Insulin glargine 22 u qHS.
Plan: keep Phos <5, no calcium binder, recheck 4 wks.
"""),
("2022-04-05", "Inter-facility Transfer Summary", """
TRANSFER SUMMARY: Saltmarsh General -> Fenwick VA Medical Center
Date 04/05/2022
Veteran, 68M, advanced CKD (stage 4, pre-dialysis), T2DM on glargine,
admitted 4/2 for a CHF flare, stable; transferred at his request to the VA
near his daughter.
Open issue: L low back livedoid patch w/ 2 cm subcutaneous nodule,
?calciphylaxis, or else toasted-skin change (erythema ab igne); he used a
heating pad there nightly from New Year's on.
No biopsy has been done -- please arrange derm at Fenwick.
T36.6 P76 BP138/80 R18 Sat97%. BMI 28.4.
Meds: glargine 22 u, furosemide 80 bid, patiromer 8.4 g, amlodipine 10.
"""),
]}

C17 = {"patient_id": "C17", "age": 83, "sex": "F", "notes": [
("2023-05-10", "Discharge Summary", """
DISCHARGE SUMMARY -- Hemlock Ridge Hospital
Admit 05/02/2023   D/C 05/10/2023 to Brierly Manor SNF
83F: dialysis-dependent kidney failure (M/W/F), atrial fibrillation on
warfarin, osteoporosis, mild dementia. Not diabetic.
Reason for admission: fall at home 5/2/23 -- she snagged her L forearm on
the walker frame going down, leaving a 6 cm skin flap torn on the L dorsal
forearm; INR 4.1.
Course: flap repositioned, steri-stripped, nonadherent dressing; no
fracture on xray. Warfarin held, INR 2.3 by discharge, resume 2 mg daily.
PT: walker, SBA.
T36.4 P74 irreg BP122/64 R16 Sat96%RA. Wt 49 kg.
Next HD Fri 5/12 at Brierly's partner unit.
"""),
("2023-05-30", "SNF to Hospital Transfer Note", """
BRIERLY MANOR SNF -- TRANSFER TO HEMLOCK RIDGE ED
05/30/2023
Resident w/ ESRD/HD. The L forearm skin tear from 5/2 did not heal; in
roughly the last ten days the flap went black, and now there is a
6x4cm necrotic ulcer w/ a purple netlike border, pain severe (grimacing, guarding even w/
dementia). No fever. Mild redness.
Wound NP: "worry for calciphylaxis vs necrotic infected skin tear".
Warfarin on hold again since 5/27 (INR 3.8).
T37.3 P90 BP118/60 R18 Sat95%
Sent for eval of wound and pain. POLST: full treatment except CPR -- DNR.
"""),
("2023-06-06", "Discharge Summary", """
DISCHARGE SUMMARY -- Hemlock Ridge Hospital
Admit 5/30/2023    D/C 6/6/2023 to Willowmere Inpatient Hospice
Dx: necrotic ulcer L forearm at skin tear site -- possible calciphylaxis vs
infected skin tear; not biopsied (family declined); ESRD; AF.
Course: cefazolin x7 d, no change in wound. Derm: "suspect calciphylaxis",
no tissue obtained. Family meeting 6/4: stop HD after 6/5 session; comfort
care. Warfarin discontinued.
Pain: hydromorphone PCA -> SC hydromorphone for hospice.
Wound care at hospice: nonadherent dressing, gauze wrap, change daily and
as needed for comfort only.
T36.2 P96 BP100/54 R20 Sat93%. Wt 47.5 kg. Son (POA) at bedside.
"""),
]}

C18 = {"patient_id": "C18", "age": 59, "sex": "M", "notes": [
("2020-10-14", "Inter-facility Transfer Summary", """
INTER-FACILITY TRANSFER SUMMARY
Brookhollow Hospital -> Kingsreach Academic Medical Center
Date 10/14/2020
59M on PD (switched from HD in 2019); kidney failure due to diabetes;
T2DM on insulin (degludec + aspart), hepatitis C untreated, HTN.
Admitted 10/11 w/ painful retiform purpura of both thighs and buttocks,
some w/ dusky centers, x 10 days. ?calciphylaxis vs vasculitis.
Needs deep bx and derm/rheum, not available here.
Labs: Cr 9.8; PO4 5.9, Ca 8.9, iPTH 390; C4 low, RF +, cryocrit pending.
T37.5 P96 BP160/92 R18 Sat97%. BMI 27.7.
PD: CCPD nightly, cycler w/ pt. No anticoagulants.
"""),
("2020-10-19", "Dermatology Consult", """
Dermatology -- Kingsreach -- 10/19/20
Bx 10/16 (R thigh, deep incisional): occlusive vasculopathy with eosinophilic
intravascular deposits and leukocytoclasis. Vessel walls free of calcium;
the von Kossa stain shows none.
Cryocrit 6%. HCV RNA high.
Impression: cryoglobulinemic vasculitis (type II, HCV). Calciphylaxis ruled
out on histology and clinically.
Recs: rheum/hepatology for DAA therapy +/- rituximab; local wound care to
the necrotic spots on the thighs and buttocks; no STS needed. Keep insulin
doses in mind if steroids are started. Pain: acetaminophen scheduled,
tramadol avoided (ESRD).
"""),
("2020-10-28", "Discharge Summary", """
DISCHARGE SUMMARY -- Kingsreach Academic Medical Center
Admitted 10/14/2020; discharged 10/28/2020
Final dx: cryoglobulinemic vasculitis due to HCV, with calciphylaxis
excluded by biopsy; ESRD, PD; T2DM, insulin-requiring.
Course: pulse methylpred x3, then taper; rituximab 10/20; sofosbuvir-
velpatasvir started 10/22 (hepatology). Purpura fading, small ulcers
drying, no new lesions since 10/21.
T36.8 P82 BP142/80 R16 Sat98%. 84 kg, BMI 27.7.
PD continued, peritoneal fluid clear.
Insulin: degludec 30 u, aspart per scale (higher while on steroids).
F/u rheum 1 wk, hepatology 2 wks, PD clinic.
"""),
]}

C19 = {"patient_id": "C19", "age": 45, "sex": "F", "notes": [
("2024-04-03", "Discharge Summary", """
DISCHARGE SUMMARY -- Elmstead Valley Hospital
Admitted 3/29/2024 -- Discharged 4/3/2024
Dx: PD peritonitis (Strep mitis), resolved on IP cefazolin; ESRD from
lupus nephritis, on CAPD since 2022.
Prediabetes (A1c 6.0) -- not diabetic, diet advice given.
Family history: her sister died of calciphylaxis in 2020 while on
hemodialysis; pt anxious about this. Skin exam on admission and discharge:
clear -- nothing netlike, nothing nodular, no sores.
T36.7 P78 BP128/74 R16 Sat99%RA. 83.5 kg, BMI 30.4.
Meds: IP cefazolin to finish 4/12, hydroxychloroquine, sevelamer.
No anticoagulants, never on warfarin.
F/u: PD clinic 4/24.
"""),
("2024-04-24", "Nephrology PD Clinic Note", """
PD CLINIC -- Elmstead Valley Nephrology -- 24 April 2024
Peritonitis treated, effluent clear, exit site pristine.
She brought up her late sister's calciphylaxis once more. Full skin check
today: abdomen, thighs, buttocks, legs all normal; nothing suggestive of
calciphylaxis in her.
Labs: calcium 9.3, phosphate 5.0, PTH 280, albumin 3.7. Calcium-free binder
already.
Explained what to watch for (painful hard purple patches) and to call the
PD nurse line the same day if one appears.
BP 126/72, wt 83.8 kg, BMI 30.4.
Plan: continue CAPD, PET in 3 months, lupus f/u with rheum as scheduled.
"""),
]}

C20 = {"patient_id": "C20", "age": 52, "sex": "M", "notes": [
("2019-12-20", "Discharge Summary", """
DISCHARGE SUMMARY -- Bellhaven Medical Center
Admit 12/18/2019     Discharge 12/20/2019
Dx: thrombosed L forearm AV graft, s/p thrombectomy 12/18 (IR), working;
ESRD, Bellhaven Dialysis MWF; insulin-pump user (T1DM, dx at age 11).
Skin: intact throughout, no wounds.
Discharge instructions (reviewed w/ pt and wife):
 - never lay a heating pad or ice bag right against skin; people on dialysis
   are at risk for calciphylaxis and skin injuries can start it
 - rotate pump infusion sets
 - call for graft swelling, bleeding, or loss of thrill
T36.8 P72 BP140/82 R16 Sat99%. 70 kg (BMI 23.0).
No warfarin. Aspirin 81.
F/u IR 1 month, HD unit Mon.
"""),
("2020-01-08", "Nephrology HD Monthly Note", """
HD MONTHLY PROGRESS NOTE -- Bellhaven Dialysis, 1/8/2020
52M, type 1 diabetes (pump), dialyzing M-W-F through the L forearm graft
that was declotted 12/18; flows good since, venous pressure 140.
Labs 1/6: Hgb 11.2; Ca/Phos/PTH/Alb 9.0/5.6/410/4.0; Kt/V 1.6.
Skin check of feet, legs, abdomen and arms: no sores, no mottling; no
evidence of calciphylaxis.
Reminded about the heating-pad advice from his discharge; he uses neither
heat nor ice now.
EDW 68.5 kg, BMI 23.0. BP 138/80 pre.
Plan: same prescription, recheck PTH 3 months, podiatry visit for nails.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
