"""probe253 corpus notes, A15-A20 (retina clinic and the kidney/skin clinics of the same patients; all invented)."""

A15 = {"patient_id": "A15", "age": 62, "sex": "M", "notes": [
("2020-09-15", "Retina Clinic Note", """
Retina clinic 15.09.2020

62M DME OU - aflibercept OS, observation OD.
PMH: T2DM on insulin (glargine + lispro); ESRD, on HD since 2012;
calciphylaxis of the lower abdomen back in 2014, at the insulin injection
spots he used then (healed after parathyroidectomy and STS); HTN. Warfarin:
never.
From that episode on, all insulin goes into his upper arms.
VA: OD 20/25, OS 20/40.
IOP 15/15.
OCT OS: CST 336, IRF; OD CST 280, dry.
Aflibercept 2 mg IVT OS, tol.
Plan: q6wk; OD recheck at every visit.
"""),
("2020-10-20", "Hemodialysis Monthly Assessment", """
HD monthly assessment

62M, dialysis Mon-Wed-Fri through his L forearm fistula; DM2, insulin.
Skin check (pt asks for one every visit since 2014): old atrophic,
hyperpigmented scars of the lower abdomen from the calciphylaxis (biopsy
5/2014), healed since 2015. Today nothing new - plaques, ulcers, livedo all
absent; upper arms (where he injects) unremarkable.
Labs: PTH 210 post subtotal PTX (2014), Ca 9.1, phos 4.9.
Weight 80 kg - BMI 27.0.
Plan: continue sevelamer, no calcium, no vitamin K antagonists. Yearly derm
check.
"""),
("2021-01-12", "Dermatology Annual Skin Exam", """
Derm annual skin exam 1/12/2021

62M with remote calciphylaxis (2014, abdomen), resolved.
Exam: lower abdominal scars flat and stable; no ulcer, no retiform purpura,
no livedo on trunk or limbs. Upper arms without nodules. Seborrheic
keratoses on the back, benign; a few cherry angiomas.
A: history of calciphylaxis, no recurrence.
P: keep rotating insulin between both arms; never inject into the old scar
tissue; come back sooner for any painful skin change. Sunscreen advice. Next
full skin check in 12 months, sooner if PTH climbs again.
"""),
]}

A16 = {"patient_id": "A16", "age": 45, "sex": "F", "notes": [
("2023-06-06", "Retina New Patient", """
RETINA NEW PATIENT 6/6/23

45F T2DM (insulin glargine, injects her thighs), mild NPDR OU with CI-DME OD.
CKD 3a per PCP. BMI 31.5.
FHx: mother had been on HD; she died (2019) of calciphylaxis; pt is
frightened about her own kidneys and skin.
VA: OD 20/40, OS 20/20.
IOP 14/15.
OCT OD: CST 352 with cysts. OS normal foveal contour.
Bevacizumab 1.25 mg IVT OD (#1), tol.
A/P: DME OD - monthly anti-VEGF. Nephrology referral at her request. Not on
anticoagulants.
"""),
("2023-07-18", "Nephrology New Consult", """
Nephrology new consult 7/18/2023

45F, T2DM on insulin, stage 3a CKD - eGFR 52 with albuminuria (ACR 180),
referred by retina/PCP.
Main worry: "what happened to my mom" - the mother passed away from
calciphylaxis during her years on dialysis.
Exam: skin of trunk, thighs and legs normal - not a nodule, ulcer or
livedo anywhere. Wt 84 kg.
PTH 68, Ca 9.4, phosphorus 3.8.
A: diabetic kidney disease, CKD 3a; no evidence of calciphylaxis. Far from
needing dialysis.
P: SGLT2 inhibitor, titrate ACE inhibitor; reassured; labs yearly.
"""),
]}

A17 = {"patient_id": "A17", "age": 57, "sex": "M", "notes": [
("2016-08-09", "Retina Clinic Note", """
Retina 8/9/2016

57M DME OD on ranibizumab (#4). T2DM - glipizide only, never insulin. ESRD,
dialysis MWF. Anticoagulated with warfarin for an LV thrombus (INR 2.2).
Gets bad L calf cramps after HD; since Aug 1st he has been laying a frozen
gel ice pack on the left calf after every run for half an hour or more.
VA: OD 20/50, OS 20/25.
IOP 14/16.
OCT OD: CST 372 (prev 410), IRF improving.
Ranibizumab 0.3 mg IVT OD.
BMI 29.4.
Plan: monthly, recheck OCT each visit.
"""),
("2016-08-30", "Hemodialysis Rounding Note", """
HD rounds

57M ESRD/HD, DM2, on warfarin.
c/o severe L calf pain; noticed a mottled tender patch 4 days ago that is now
hard and purple.
Exam: L posterior calf, firm plaque ~70 x 50 mm, retiform purpura, not yet
ulcerated. Pedal pulses palpable.
He has kept icing the calf after runs.
Labs: INR 2.5; PTH 940; Ca 9.9 w/ phos 7.2.
A/P: suspected calciphylaxis L calf. Ice packs are to STOP. Derm to biopsy.
Cardiology re: warfarin alternative. Weight 91 kg.
"""),
("2016-09-13", "Dermatology Consult", """
Dermatology - Dr. I. Vasquez-Lund

Patient 57 M, HD.
Onset of L calf pain/plaque: 26.08.2016. Ice pack applications to the L calf
after each HD since 01.08.2016.
Histology (punch, L calf, 02.09.2016): calciphylaxis - arteriolar calcium
deposits, thrombi, necrosis of fat lobules.
Exam: L posterior calf plaque 80 x 50 mm, eschar 1 cm in its centre.
Assessment: calciphylaxis L calf, located exactly where the ice was applied
repeatedly.
Plan: intradialytic STS, keep the legs away from cold packs and heating
devices, wound care; warfarin -> apixaban per cardiology.
"""),
]}

A18 = {"patient_id": "A18", "age": 73, "sex": "F", "notes": [
("2024-01-16", "Retina Clinic Note", """
Retina clinic 01/16/2024

73F nAMD OD on faricimab q8w (#6). Came with her husband (also our patient,
PDR s/p PPV); she now gives his insulin into his thighs every day, since his
vision fell off last fall.
Her own PMH: ADPKD -> ESRD, hemodialysis M/W/F; atrial fibrillation treated
with warfarin; HTN; obese (BMI 33.8). No diabetes.
VA: OD 20/50, OS 20/30.
IOP 15/16.
OCT OD: SRF resolved, CST 280.
Faricimab 6 mg IVT OD, povidone prep, tolerated.
Plan: extend to q10wk.
"""),
("2024-02-27", "Dermatology Consult", """
Dermatology 2/27/24

73F HD, AF on warfarin. For a month: very painful lesions, back of both
thighs.
No injections of her own - not diabetic, no heparin shots; she gives her
husband's insulin but never receives any. Denies heating pads, ice, falls.
Exam: posterior thighs bilaterally: livedo racemosa with 3 necrotic plaques
(largest 4 cm, L), black eschar.
Bx 2/20/24 (L posterior thigh): calciphylaxis.
Plan: thiosulfate during dialysis; warfarin to come off (cardiology agrees);
wound care; analgesia. Photos taken for the chart; review in 3 weeks.
"""),
("2024-03-12", "Hemodialysis Progress Note", """
HD progress note

73F ESRD (ADPKD) on HD, calciphylaxis of both posterior thighs, bx-proven
2/2024.
Warfarin stopped 2/28; apixaban 2.5 bid instead. STS (25 g) each run from
3/1 on.
Wt 86.9 kg, BMI 33.5.
Wounds: L posterior thigh eschar 40 x 35 mm, R 20 x 20 mm; livedo fading.
Pain now 5/10, hydromorphone pre-run helps.
Plan: continue STS, sevelamer, cinacalcet; wound RN weekly; recheck PTH in
one month. Retina appointments moved to Mondays so they do not clash with
HD days; husband's insulin now given by a visiting nurse.
"""),
]}

A19 = {"patient_id": "A19", "age": 68, "sex": "M", "notes": [
("2017-05-16", "Retina Laser Note", """
Retina 5/16/17

68M PDR OS with VH; fill-in PRP OS today (1100 spots, 200 um).
T2DM on insulin (Lantus + Novolog). ESRD on PD since 2015, catheter in the L
lower quadrant. No anticoagulants. BMI 27.8.
VA: OD 20/30, OS CF 3 ft.
IOP 14/13.
B-scan OS: VH, retina attached.
OD: moderate NPDR, no CSME.
A/P: PRP fill-in OS done, tolerated with topical anesthesia; consider
anti-VEGF or PPV if no clearing. Avoid heavy lifting, head up at night.
RTC 4 wk.
"""),
("2017-06-13", "Peritoneal Dialysis Clinic", """
PD clinic 6/13/2017

68M CCPD, DM2 on insulin.
New black scab beside his PD catheter exit (left lower quadrant), there ~10
days, very painful; skin around it dusky and firm.
Exam: eschar 2 cm, sitting 1.5 cm lateral of the exit, with a violaceous
indurated halo; scant serous drainage at the exit itself.
PTH 610, phos 6.6, Ca 9.9. Effluent clear; abdomen soft, nontender.
A: exit-site infection vs early calciphylaxis.
P: exit site culture, start cephalexin, mupirocin to the exit; derm referral
this week.
"""),
("2017-06-27", "Dermatology Consult", """
Dermatology 6/27/17

68M PD patient. Eschar lateral to PD exit site, L lower abdomen.
Exit-site culture: MSSA, treated. Halo of induration persists; eschar now
2.5 cm.
Differential: calciphylaxis versus a necrotic exit-site infection/ecthyma.
Biopsy deferred - too close to the catheter tunnel, infection risk, and pt
declines.
Impression: possible calciphylaxis, not confirmed.
Plan: pt relocating next week to be near his daughter in Pell River;
nephrology there will take over; letter sent with photos and culture
results. Advised the receiving team that a deep wedge biopsy is still the
way to settle the question.
"""),
]}

A20 = {"patient_id": "A20", "age": 52, "sex": "F", "notes": [
("2025-09-23", "Retina Clinic Note", """
Retina clinic - 23 Sept 2025

52F DME OU, T2DM on insulin (injects abdomen), ESRD on HD TTS. Warfarin -
stopped 2012 after a DVT course. BMI 24.0.
VA: OD 20/30, OS 20/40.
IOP 16/16.
OCT: CST OD 301, OS 338 with IRF.
Aflibercept OS today.
Counselling: her sister asked about heating pads for her back - I told
her to keep heating pads & ice packs away from the skin, and to go on
rotating insulin sites, because HD patients can develop calciphylaxis.
Plan: q6wk.
"""),
("2025-11-04", "Hemodialysis Monthly Assessment", """
HD monthly review, Fernley Street unit

52F, ESRD, dialyzing Tuesday-Thursday-Saturday; DM2 on insulin; vision followed by
retina for DME, injections in progress.
Skin exam: intact; livedo, plaques and ulcers absent; insulin sites over the
abdomen look normal, no lumps.
Impression: no evidence of calciphylaxis.
Labs: PTH 300, phos 5.0, Ca 9.0, Hgb 10.8.
Wt 63 kg, below her dry weight goal; UF adjusted.
Plan: continue binders and cinacalcet; review again next month. Next
retina visit booked for a non-dialysis day.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
