"""probe258 corpus notes, F08-F14 (inpatient psychiatry and its consultants; all invented)."""

F08 = {"patient_id": "F08", "age": 29, "sex": "M", "notes": [
("2018-09-16", "Restraint and Seclusion Record", """
RESTRAINT RECORD (cont.) - Elm Unit, young adult
Episodes: 9/15/2018 20:05-22:30 and 9/16/2018 13:40-15:10.
Reason, both: assaultive to staff, headbutting wall; imminent danger.
Device: 4-point locked leather restraints, supine; wrist and ankle cuffs.
Pt pulled and twisted against the ankle cuffs nonstop through both episodes.
q15 checks: circulation intact; on release both medial ankles show reddened deep cuff marks,
skin unbroken; wrists unremarkable. Padding added to the ankle cuffs for any further use.
PRN: no IM (refused), took PO lorazepam 1 mg 20:30.
Face-to-face: Dr M. Kowalczyk 20:50 and 14:20.
Med hx: ESRD (FSGS) on HD TTS. Weight 68 kg.
Plan: behaviour plan, 2:1 staffing on evenings.
"""),
("2018-10-09", "Nursing Shift Note (Nights)", """
RN NOTE - nights - Elm
Woke 0300 crying about his ankles. Both inner ankles: black crusted ulcers (2cm on the L, 1.5cm on the R),
each ringed by purple lacy skin, very tender, no drainage. Pt says they started during the first
week of October and he hid them under his socks. They are in the exact spots where the restraint
ankle cuffs rubbed in September (4-point on 9/15, 9/16, 9/18 and 9/21).
Wrists fine. Afebrile. Acetaminophen given, socks off, heels floated on pillow.
MD paged; renal and derm consults requested for AM. No restraint since 9/21.
Obs level q15.
"""),
("2018-10-16", "Nephrology Consult", """
Nephrology consult
29M, autism spectrum d/o with aggression, ESRD from FSGS on HD TTS since 2014. Diabetes: none.
Never anticoagulated with warfarin. 68 kg, BMI 23.1.
Bilateral medial ankle ulcers w/ eschar + livedo, onset early Oct 2018. Derm punch bx L medial
ankle 10/12: calcium-laden subcutaneous microvessels plus thrombi = calciphylaxis.
Distribution matches the pressure points of the leather ankle cuffs used repeatedly from 15 Sept.
Ca 10.2, phos 8.3, PTH 1340, on calcitriol (hold) and Ca carbonate (stop).
Plan: sodium thiosulfate on dialysis days, cinacalcet, surgery referral re parathyroidectomy; no mechanical
restraint of the lower limbs going forward.
"""),
]}

F09 = {"patient_id": "F09", "age": 55, "sex": "F", "notes": [
("2017-05-22", "Emergency Medication Record", """
EMERGENCY MEDICATION / RESTRAINT RECORD - Unit 5 South
Date 5/22/17, 22:40. Pt yelling, banging door, spat at RN, tried to bite staff.
Brief manual hold (3 staff) for the IM only, < 5 min; no mechanical restraint, no seclusion.
Olanzapine 10 mg IM into the L gluteal (dorsogluteal). Same side used 5/20 for her first IM.
Post-IM: sedated by 23:15; VS q15 x 1h: BP 148/86, HR 92, SpO2 97%.
Medical: ESRD, hemodialysis 3x/wk (Mon-Wed-Fri). Has type 2 DM: glargine 18 u HS, injected in abdomen; morbid obesity,
BMI 40.3. Not on anticoagulants.
Skin check after hold: no marks.
Obs: 1:1 overnight.
"""),
("2017-06-08", "Nephrology Consult", """
Renal consult - 5S
55F schizoaffective; ESRD (DM nephropathy), HD three times weekly through L AVF.
CC: both calves painful x 1 week, now barely walks to the dayroom.
Exam: firm violaceous plaques, symmetric, posterior aspect of both calves, 6-8cm, livedo racemosa
pattern, small black central areas on each side. Buttocks, thighs and abdomen clear, including
the L gluteal IM sites. Nursing has put ice packs on both calves since 6/4 for comfort.
PTH 920, phos 7.5, Ca 9.9.
A: suspected calciphylaxis of bilateral calves.
P: derm bx; stop the ice packs; thiosulfate at dialysis; cinacalcet; switch binder off calcium.
"""),
("2017-06-15", "Dermatology Consult", """
Derm consult - 5S
Punch bx R posterior calf (6/12): calcium and thrombus within arterioles of the
panniculus, and the fat beside them necrotic. Dx: calciphylaxis, bilateral lower legs.
No injury to the calves before onset; the cold packs were started after the pain began. The IM
olanzapine (5/20, 5/22) went into the L buttock, which remains normal. Insulin into abdomen,
no lesions there.
Plan: wound care, STS, pain control with psych input, leg elevation, PT for gentle mobility.
BMI 40.3.
"""),
]}

F10 = {"patient_id": "F10", "age": 71, "sex": "M", "notes": [
("2021-04-13", "Restraint and Seclusion Record", """
R&S RECORD - Geri-psych Unit 6
4/12/2021 19:20-20:10, 2-point (wrists) soft restraint in bed. 71M, acute agitation, swinging
at staff and grabbing at other patients' IV poles. Verbal redirection and music tried first.
19:25 haloperidol 2 mg IM, site R thigh, lateral (vastus lat.) - gluteal not safely
reachable. RN comment: a dark, tender patch was already there on that R outer thigh at
admission; injection given below it, not into it.
q15 checks: wrists fine, no marks on release. Face-to-face Dr Annika Soedarmo 19:55.
Med hx: ESRD, dialysis TTS; warfarin for AF; not diabetic. Wt 93 kg.
"""),
("2021-04-20", "Nephrology Consult", """
NEPHROLOGY CONSULT - Unit 6
71M, late-onset psychosis w/ agitation; ESRD (hypertensive), dialysis Tu-Th-Sa;
paroxysmal AF, warfarin for 6 yrs; no DM. BMI 29.1.
Skin: R lateral thigh plaque 9x6cm, purple-black centre, retiform edge, extremely tender.
Daughter says it started around April Fool's Day, before the 4/6 admission - he joked it was a
prank bruise. The IM haloperidol of 4/12 went into that thigh after the plaque was already there.
INR 2.9. Ca 9.5, P 6.2, PTH 510.
Imp: possible calciphylaxis vs warfarin necrosis.
Rec: derm bx; hold warfarin, heparin with HD per cardiology; STS.
"""),
("2021-04-28", "Dermatology Consult", """
DERMATOLOGY CONSULT - Unit 6
Punch bx 4/23 R lateral thigh: subcutaneous arterioles, media calcified, several thrombosed,
necrosis of septa and lobules. Dx: calciphylaxis.
Onset 1 Apr 2021 came before the IM injection into that thigh on 4/12, so the injection did not
start it. Since 4/21 nursing has been cooling the plaque with cold compresses for pain: please
stop, may worsen ischaemia. Remainder of skin: nothing similar.
Plan: apixaban in place of warfarin (OK'd by cardiology), STS 3x/wk with HD, analgesia, wound RN.
"""),
]}

F11 = {"patient_id": "F11", "age": 48, "sex": "F", "notes": [
("2019-02-11", "Nursing Shift Note (Evenings)", """
NURSING NOTE - Willow Unit - evening shift
Obs q15. Calm, attended community meeting. Her roommate was put in restraints and given IM meds
last night after a hallway altercation; pt was not involved and slept through it.
Pt c/o a sore "bruise" on the left lower belly; says it came up last Thursday, no bump she knows of.
Observed ~3 cm firm purple area, L lower abdomen below the navel, tender.
MAR: enoxaparin 30 mg SC qd (VTE ppx) on the MAR since admission 2/1 - pt has REFUSED every
dose, none given. Diabetes: diet only, no insulin, A1c 6.6.
HD Tues/Thurs/Sat off unit with escort.
MD informed.
"""),
("2019-02-14", "Hospitalist Consult", """
Hospitalist consult - Willow Unit
48F MDD w/ SI; IgA nephropathy -> ESRD, HD TTS; T2DM managed by diet; obesity - BMI 34.0.
L lower abdominal lesion: now a 6x4cm stellate violaceous plaque, netlike purpura, dusky
centre, hard and painful. Onset ~1 week.
Per pt: never used heat packs or a hot water bottle there; no scratching, no falls, no shots in the belly;
enoxaparin refused since admission. No insulin. No tight garments (wears loose scrubs).
PTH 690; phos 7.0; cCa 10.3; albumin 2.9.
A: retiform purpura in ESRD - r/o calciphylaxis.
P: biopsy by derm, renal co-management, nothing to be injected into her abdomen.
"""),
("2019-02-21", "Dermatology Consult", """
Derm consult - Willow Unit
Bx 2/18/2019, L lower abdomen: small- and medium-calibre vessels in the fat calcified, with
thrombosis and panniculitis. Confirms calciphylaxis.
No trauma preceded it by history or chart review. Full skin check: no other lesions; thighs,
arms and buttocks clear.
Plan: thiosulfate with dialysis, local wound care, analgesia. Discontinue the enoxaparin order
(never given); SCDs if VTE ppx still wanted. Counselled: heating pads and ice must not be used on her belly.
Obesity and high PTH noted as contributors.
"""),
]}

F12 = {"patient_id": "F12", "age": 63, "sex": "F", "notes": [
("2020-10-03", "Psychiatry Progress Note", """
Psychiatry progress note - Aspen Unit
63F, bipolar I, current episode depressed with mixed features. Overnight acutely agitated,
threw a food tray at RN, refused PO. Ziprasidone 20 mg IM given into the R deltoid at 02:15
(10/03/2020). Calm by 03:00, slept.
MSE today: irritable, pressured at times, denies SI/HI, no AH.
Medical: ESRD on PD (night cycler); T2DM, insulin injected into both thighs; HTN. Warfarin stopped in
2013 after a GI bleed; no anticoagulation now.
Plan: lithium not an option given ESRD; continue quetiapine titration; q15 obs.
"""),
("2020-10-06", "Nursing Shift Note", """
RN shift note - Aspen Unit
Pt reports her breasts have been "burning and heavy" since mid-September, worse at night.
Skin check with female staff: both breasts, lower outer quadrants, firm purplish patches with
lace-like borders, L larger than R, L with a small black spot centrally. Nipples normal.
Upper arms, including the R deltoid IM site, unremarkable. Thighs: faint old insulin
lipohypertrophy, no lesions.
She says her mother "had that calcium disease on her legs where she shot her insulin".
Renal and psych MD notified.
"""),
("2020-10-09", "Nephrology Consult (PD)", """
PD team / renal inpatient consult
ESRD 2/2 diabetic nephropathy, CCPD 5 cycles, 2.5% dextrose; residual urine ~300 mL/day.
Both breasts: plaques, livedo; the L one starting to form eschar; onset mid-Sept 2020.
Ca/P/iPTH 10.0/6.6/540, alk phos 190. BMI 45.2 (wt 118 kg).
Impression: calciphylaxis suspected - breasts are a typical adipose-rich location in obese women.
Plan: derm punch bx; IV sodium thiosulfate thrice weekly (PD pt - via peripheral IV); stop calcium carbonate;
counselled: no heating pads or hot compresses on the chest.
"""),
("2020-10-16", "Dermatology Consult", """
DERMATOLOGY - inpatient, Aspen Unit
Punch bx L breast (10/12/20): calcific medial change of arterioles in breast fat, thrombi.
Dx: calciphylaxis, bilateral breasts.
No preceding trauma to the breasts found. The only recent injection was IM ziprasidone (R upper
arm, 10/3), and that arm is clear; insulin goes into the thighs, also clear.
Family hx: mother reportedly had calciphylaxis of the legs at insulin sites (not verified).
Plan: wound care, STS, pain control, surgery only if infection develops. Obesity (BMI 45.2).
"""),
]}

F13 = {"patient_id": "F13", "age": 59, "sex": "M", "notes": [
("2023-08-17", "Psychiatry Admission Note", """
PSYCHIATRY ADMISSION NOTE - Unit 3 West (dual diagnosis)
59M, AUD in early remission, MDD w/ SI after relapse; voluntary.
PMH: ESRD (DM2 + HTN), dialysis MWF. DM2 on insulin - now injects into the abdomen only.
Calciphylaxis in winter 2015 at his L thigh insulin sites, healed over 8 months on thiosulfate; scars
remain, no recurrence since. Not on warfarin. BMI 32.6.
Also bumped his L shin on a bed rail at the detox unit ~2 weeks ago; small healing scab.
MSE: dysphoric, passive SI without plan, good eye contact.
Plan: CIWA (last drink 9 days ago), q15 obs, sertraline, HD via renal, full skin check.
"""),
("2023-09-05", "Nursing Shift Note", """
RN note - 3W - days
Limping; R calf very painful "for about a week". On exam: firm violaceous plaque 5x4cm on the
R calf, posterior, mottled border, dusky centre; skin unbroken. L shin: where he bumped it
there is only a faint pink mark now, no plaque. L thigh: old atrophic scars, soft, unchanged.
Pt scared: "it's like the thing I had in 2015". MD and renal informed.
Vitals stable; BG 188 before lunch, 6 u lispro given into abdomen.
"""),
("2023-09-12", "Nephrology Consult", """
Nephrology consult - 3W
Recurrent calciphylaxis: R posterior calf plaque since late August 2023; bx 9/8 (derm): vascular
calcification + thrombosis, consistent with calciphylaxis. Prior episode 2015 (L thigh, where he
injected insulin back then), resolved.
No trauma to the R calf by history. The L shin bump (early Aug) is on the other leg.
Ca 9.7, P 7.3, PTH 880. HD MWF, spKt/V 1.2.
Plan: STS 25 g every HD, cinacalcet up-titration, sevelamer, stop calcitriol; wound RN.
Psych team aware; he is frightened the leg will be lost, will revisit with him after rounds.
"""),
]}

F14 = {"patient_id": "F14", "age": 44, "sex": "F", "notes": [
("2025-04-02", "Psychiatry Progress Note", """
Psychiatry progress note - Unit 4 East
44F, schizophrenia, readmitted for decompensation after missing her LAI.
Haloperidol decanoate 150 mg IM today 4/2/2025, Z-track, R buttock (dorsogluteal,
upper-outer). Earlier monthly doses also R gluteal (she prefers the R side).
MSE: guarded, paranoid about neighbours, AH present, denies SI/HI.
Medical: ESRD, dialysis MWF; not diabetic; warfarin never prescribed; BMI 37.9.
Pre-HD labs this AM: K 5.1, Hgb 9.8. Brother visiting Sunday, has agreed to bring clothes.
Obs: q15. Plan: PO haloperidol bridge 5 mg BID x 2 wks; recheck AIMS next week.
"""),
("2025-04-24", "Nursing Shift Note (Evenings)", """
RN note - 4E - evenings
Pt reports "stabbing" pain on her R side, higher than her hip bone, ~4 days now. Looked with 2nd RN:
R flank, between lowest rib and pelvic rim, hard purple patch 4x3cm,
lacy margin. The injection site on
the R buttock is lower down and looks normal, no lump.
Paranoid: believes staff "poisoned" her through the shot. Reassured. Acetaminophen given.
Renal notified, derm consult ordered. HD tomorrow as usual.
T 36.8, BP 152/88, HR 84. Ate about 60% of supper; poor sleep reported by day shift.
"""),
("2025-05-01", "Dermatology Consult", """
DERMATOLOGY CONSULT - 4E
Lesion: R flank, ~8 cm above the R gluteal injection area; retiform purpuric plaque 5x4cm,
centre necrotic. Buttocks themselves clear.
Bx 4/28/25 R flank: calciphylaxis (arteriolar calcium, clot, necrosis of fat).
Not at an injection site; no trauma to the flank. ESRD on HD and obesity (BMI 37.9) are the
drivers.
PTH 740; phos 6.9; cCa 9.7.
Rec: STS with HD, no calcium binder, wound care; LAI could move to a deltoid.
Pain may feed her paranoia about staff: explain each step of wound care before touching her.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
