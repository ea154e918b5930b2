"""probe213 corpus notes, C15-C20 (occupational health and workers' compensation, with the
nephrology, dermatology and wound notes around them; all people, places and wording invented)."""

C15 = {"patient_id": "C15", "age": 62, "sex": "M", "notes": [
("2018-01-22", "Occupational Health Visit", """
OCC HEALTH - EMPLOYEE VISIT
Employer: Northwind Frozen Foods, freezer warehouse (-10 F)   Job: order selector
HPI: 62M, ~3 wks of painful lumps, anterior L thigh. Building pallets, he braces frozen
cases against the L thigh before lifting them up; the freezer suit is thin there and the cases
are often frost-covered. No fall, no blow.
PMH: CKD4 (eGFR 22), not yet on dialysis, HTN, gout. Non-diabetic. No anticoagulant.
VS: 152/90, HR 70. BMI 31.0.
Exam: L anterior thigh, mid - three firm, tender, violaceous subcutaneous nodules in a 6 cm area
w/ faint livedo. R thigh normal.
A: cold panniculitis? early calciphylaxis? (CKD4) - clinically indistinguishable.
P: derm referral; thigh guard + insulated overpants; rotate to dry dock x 2 wks.
"""),
("2018-02-05", "Dermatology Consult", """
DERMATOLOGY
Punch biopsy L anterior thigh (1/26/18): lobular panniculitis with perivascular lymphocytes; no
calcified vessels seen, though the sample is shallow with minimal fat
-> read as nondiagnostic; early calciphylaxis not excluded; cold panniculitis remains in the differential.
Clinically: nodules a bit smaller after the move to the dry dock, still tender, one now dusky.
Recommended a deep incisional (wedge) biopsy to settle it; pt declines for now (wants to "give it a
month off the freezer").
Plan: recheck 4 wks; sooner if ulceration. Nephrology made aware (Ca9.9 P5.6 iPTH310).
"""),
("2018-03-12", "Employer Correspondence", """
Occupational Health -> Northwind Frozen Foods HR
Re: C15, order selector

The employee has asked us to close his file. He has resigned effective 03/16/18 and is moving
to Tucson to live with family; he did not return for his dermatology recheck or the deeper
biopsy. Records are being sent to his new PCP at his request.
Diagnosis at discharge: painful nodules of the L thigh - cold panniculitis versus early
calciphylaxis, not resolved. We cannot say which.
He remained on dry-dock duty without restrictions through his last day. No lost time.
Pls keep this letter in his confidential medical file, not the personnel file.
"""),
]}

C16 = {"patient_id": "C16", "age": 53, "sex": "F", "notes": [
("2022-03-08", "Workers' Compensation Initial Report", """
WC INITIAL REPORT - Occupational Medicine
Employer: Harlan Paper Converters, shipping   Job: shipping clerk
DOI: 3/8/2022 ~13:30
HPI: a pallet rolled off the dock leveler and pinned her L posterior calf against the dock
bumper for a few seconds. Able to walk. On warfarin (AF), INR 2.9 on 3/3.
PMH: ESRD w/ HD T-Th-Sat, AF, DM2 on glipizide (no insulin), HTN.
VS: 126/70, HR 88 irreg. BMI 27.9.
Exam: L posterior calf - 9 x 7 cm tense hematoma w/ purple bruising, soft compartments, calf
circumference +2 cm vs R, DP/PT pulses present, neuro intact.
US: no DVT, superficial hematoma.
Dx: crush injury w/ hematoma L lower leg.
Tx: elevation, gentle ACE wrap, no ice (pt preference). Off work x 3 days, then seated duty.
"""),
("2022-04-04", "Wound Clinic", """
WOUND CLINIC
53F on HD + warfarin. Crushed L calf at work 3/8. The hematoma partly resorbed, but over the
last 10 days the center became dark, hard and more painful, then opened.
L posterior calf exam: 4x3cm black eschar, surrounded by a 3 cm violaceous retiform border,
indurated. No pus, no odor.
Assessment: necrosis within a resolving traumatic hematoma vs calciphylaxis (ESRD, warfarin).
Cannot distinguish without tissue.
Biopsy discussed - pt declines while on warfarin and does not want another wound. Labs: Ca 10.4,
P 6.2, PTH 690, INR 3.2.
Plan: hydrofiber + foam, elevate, nephrology to review warfarin. Reassess 2 wks.
"""),
("2022-04-25", "Claims Correspondence", """
Letter to: Ridgeline Claims Services, adjuster T. Okafor
Re: claimant C16, DOI 3/8/22, claim HP-22-031

The claimant is relocating to Spokane this week (her daughter's home) and has transferred wound
care to a center there; our records have been forwarded.
Status at transfer: non-healing wound, L posterior calf, located where the crush injury occurred.
Working diagnosis: necrotic hematoma; possible calciphylaxis has been raised by nephrology and
remains unconfirmed (no biopsy performed).
She has been off work since 4/4/22 and is not expected to return to her position.
Please direct further requests to the receiving clinic.
"""),
]}

C17 = {"patient_id": "C17", "age": 66, "sex": "M", "notes": [
("2020-09-14", "Occupational Health Injury Visit", """
OCC HEALTH - WORK INJURY
Employer: Linden Hills Golf Club   Job: groundskeeper
DOI 9/14/2020 - lifting 50 lb mulch bags off a trailer, sudden low back pain w/ spasm.
PMH: ESRD on dialysis (HD, Mon-Wed-Fri), HTN, AF - warfarin until 2019, discontinued after GI hemorrhage; LAA
occluder since. No DM.
VS: 134/78, HR 74. BMI 23.0.
Exam: bilateral lumbar paraspinal spasm, no radicular signs, neuro intact.
Tx in clinic: orphenadrine 60 mg IM, R upper outer buttock (gluteal), 10:05, by MA. Tolerated.
Dx: lumbar strain.
Work: no lifting >15 lb x 1 wk, no mower use. RTC 1 wk. Acetaminophen; avoid NSAIDs (ESRD).
"""),
("2020-10-05", "Nephrology Clinic", """
NEPHROLOGY CLINIC
66M ESRD on HD. About 2 wks after a muscle-relaxant shot in his R buttock at occ health (9/14),
he noted a sore hard spot at that site, now larger and purple.
Exam: R upper outer buttock shows a ~5cm violaceous indurated plaque, livedoid border, 1cm dusky
center, very tender, nonfluctuant.
Labs: Ca9.7 P6.9 iPTH540
A: concern for calciphylaxis at an injection site vs injection-related necrosis (Nicolau
syndrome) vs abscess. Skin biopsy recommended - pt declines ("no more needles in that spot").
P: wound check next HD, US to r/o abscess, cinacalcet.
"""),
("2020-10-26", "Workers' Compensation Progress Report", """
WC PROGRESS REPORT - Linden Hills GC claim LH-2020-07
Back strain: resolved, full ROM, MMI, no impairment.
R buttock lesion at the 9/14 IM injection site: ultrasound 10/9 showed no abscess. Lesion
unchanged at 5x4cm, small eschar. Differential still calciphylaxis vs Nicolau syndrome; he again
declined biopsy today.
Employee states he is taking disability retirement effective 11/1/20 and will get further care
through the VA; records released with his signed consent. Dialysis unit informed of the open
lesion - they will look at it each run and phone us about drainage or fever.
Work status: N/A after 10/31.
"""),
]}

C18 = {"patient_id": "C18", "age": 48, "sex": "F", "notes": [
("2019-07-08", "Occupational Health Visit", """
OCC HEALTH - letter carrier (walking route, ~9 mi/day)
48F, ESRD, CAPD (four exchanges; does the noon one in her truck), no DM, BMI 32.1.
HPI: 1 wk of painful purple spots on both shins, spreading up to the knees. Worried her new
uniform socks/boots or the heat on the route caused it. Finished a course of cephalexin for a PD
exit-site infection 6/28.
Exam: both lower legs - many purpuric papules 2-8mm, several merging into retiform patches,
tender. No ulcers. No edema.
A: purpura BLE: vasculitis vs ?calciphylaxis (ESRD) - needs biopsy.
P: derm appt 7/15; off route until seen (supervisor notified); leg elevation.
"""),
("2019-07-15", "Dermatology Consult", """
DERMATOLOGY
Palpable purpura both lower legs, new crops on the ankles; no necrosis, no ulcer.
Punch bx L shin today, read same day (rush): LCV involving superficial dermal vessels with nuclear
dust. von Kossa negative for calcium; subcutaneous vessels free of thrombi.
DIF: C3 only, IgA negative.
Calciphylaxis is ruled out.
Likely drug-induced (cephalexin, stopped 6/28); UA per nephrology, no systemic sx.
Otherwise: no joint swelling, mouth normal, PD exit site clean.
Plan: rest, elevation, triamcinolone 0.1% oint to the legs; may walk as tolerated once the
tender spots settle; recheck 2 wks.
"""),
("2019-07-29", "Return-to-Work Form", """
RETURN TO WORK - postal service duty status (non-occupational illness)
Employee: C18   Occupation: city carrier
Diagnosis: cutaneous small-vessel vasculitis, lower legs, drug-related; calciphylaxis was
entertained initially, excluded by the 7/15/19 biopsy. Not work related.
Findings today: purpura fading to brown macules, no new lesions, no ulcers, no pain walking.
Released to full duty 08/01/19 on her walking route, no restrictions. Regular socks and boots
are fine.
BMI 32.1.
She has been walking two miles a day at home with no new spots; cephalexin entered as an
allergy in her chart.
Follow up derm PRN; nephrology as scheduled.
"""),
]}

C19 = {"patient_id": "C19", "age": 41, "sex": "M", "notes": [
("2025-02-10", "DOT Medical Examination", """
DOT MEDICAL EXAMINATION (49 CFR 391.41) - pre-placement, Cardinal Transit Authority (bus
operator trainee)
41M. T1DM dx at 19, on an insulin pump (Omnipod) - MCSA-5870 ITDM assessment form from
his endocrinologist reviewed, A1c 7.1, no severe hypoglycemia in 12 mo.
CKD 3a (eGFR 52, UACR 85), HTN on lisinopril.
Family hx: father on hemodialysis, died in 2017 with calciphylaxis of both legs; mother HTN.
VS: BP 128/80, HR 72, vision 20/20 OU corrected, whisper test passed. Ht 180 cm, Wt 82.6 kg,
BMI 25.5.
Skin: normal, no ulcers or rashes.
Certification: qualified, 1-yr card (ITDM).
"""),
("2025-03-03", "Nephrology Clinic", """
NEPHROLOGY - new pt
41M, CKD 3a from diabetic nephropathy, referred by his PCP after the DOT exam. He is anxious
because calciphylaxis killed his father while on dialysis; wants to know his own risk.
Discussed: calciphylaxis is largely a disease of patients on dialysis; he is nowhere near
that stage. Skin today: clear - no livedo, nodules or ulcers. He does not have calciphylaxis.
Labs: Cr 1.62, eGFR 52, Ca9.3 P3.8 iPTH68.
Plan: add SGLT2i, continue ACEi, target BP <130/80, labs + visit in 6 months. Wt 83.4 kg, BMI 25.8.
"""),
]}

C20 = {"patient_id": "C20", "age": 59, "sex": "F", "notes": [
("2026-01-12", "Nephrology Clinic", """
NEPHROLOGY CLINIC
59F, ESRD, HD at the unit Mon-Wed-Fri (5:45 am chair); works days as a county court clerk. HTN;
A1c 6.1 = prediabetes, no treatment; class I obesity, BMI 31.4.
Requests a letter: the records room is cold, so she keeps an electric heating pad over her lap
most of the day.
Counseled: avoid putting heat, cold or sustained pressure against the skin - in dialysis
patients these may set off calciphylaxis; she'll drop the heating pad and dress in layers. Skin: no
lesions or livedo; legs and abdomen normal.
Labs: Ca9.1 P5.2 iPTH410
Plan: employer letter; binders unchanged.
"""),
("2026-02-02", "Employer Correspondence", """
To: Human Resources, Marlow County Clerk of Courts
Re: workplace accommodation for C20

Our patient receives dialysis for kidney failure. For medical reasons she should not use a
heating pad or any device that warms the skin directly. We request:
- a workstation away from the records-room vents, or a small space heater placed at a safe
  distance
- permission to wear a fleece jacket and lap blanket
- breaks to stand and walk hourly
She has no skin disease at present; this is preventive advice. She has lost weight (BMI 29.8
today).
Thank you. Please contact the nephrology clinic with questions.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
