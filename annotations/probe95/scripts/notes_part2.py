"""probe95 corpus notes, O08-O14 (hematology and anticoagulation clinic; all invented)."""

O08 = {"patient_id": "O08", "age": 58, "sex": "F", "notes": [
("2022-09-12", "Anticoagulation Clinic Visit", """
WARFARIN CLINIC f/u
Indication: primary antiphospholipid syndrome (triple positive), 2 prior DVTs. Goal INR 2-3. Long term.
Co-morbid: ESRD on HD (MWF), T2DM - insulin pen (degludec) into thighs, obesity.
INR trend: 8/1 2.0 ; 8/15 2.7 ; 8/29 2.5 ; 9/12 3.1
Dose unchanged (6 mg daily).
Misc: c/o new underwire bra bought in the August back-to-school sales "digs in under my left boob all day"; skin there a bit red, no break, no bruise. Advised a softer fit.
BMI 38.5.
"""),
("2022-10-11", "Hematology Urgent Visit", """
Hematology - urgent
58F APS on VKA, ESRD/HD.
Since 10/03/2022 a hot, stabbing pain and then a dark plaque along the L inframammary fold - she traces the line of the underwire with her finger and the plaque follows it.
Exam: L breast, inferior aspect at the inframammary fold: 9x3cm band-shaped violaceous indurated plaque with two black necrotic islands. R breast normal. Insulin sites on thighs: lipohypertrophy only.
INR 2.9. Phos 6.4, albumin 3.0.
DDx: calciphylaxis (favoured) vs warfarin skin necrosis (improbable - she's been on VKA for years) vs APS-related cutaneous necrosis.
Plan: breast surgery for wedge biopsy, avoid bra w/ wire, nephro aware.
"""),
("2022-10-25", "Breast Surgery Clinic Note", """
Breast surgery. Wedge biopsy of L inframammary skin/fat on 10/14. Pathology: subcutaneous small/medium-sized vessel calcification, fibrointimal hyperplasia, thrombosis, lobular fat necrosis. Final diagnosis: calciphylaxis. No malignancy.
Wound healing slowly. Heme plans to continue warfarin (APS - DOAC not advised) with careful INR control; nephrology starting STS and changing binder.
"""),
]}

O09 = {"patient_id": "O09", "age": 62, "sex": "M", "notes": [
("2019-03-18", "Anticoagulation Clinic Visit", """
New to anticoag service after admission for LV apical thrombus (post anterior MI 2/2019).
Warfarin started 3/4, goal 2-3, 3 months then repeat echo.
Kidneys: ESRD, HD Tu/Th/Sat.
INR 1.7 today -> not yet therapeutic. Continue SC heparin 5000 u q8h that he started in hospital until INR >= 2 x2. He self-injects; says he only ever uses his right front thigh because he is left-handed and "that's the comfy reach".
Diabetes: type 2, diet controlled. BMI 30.4.
"""),
("2019-05-20", "Hematology Clinic Note", """
Referred by anticoag RN for a non-healing sore.
Hx: 4-5 wks of worsening pain, inner L thigh, now an open black-based ulcer. Heparin shots stopped 3/27 when INR in range. He insists the left thigh was never used for injections or anything else - no bumps, heat or ice.
Exam: L medial thigh 5x4cm ulcer; its base is a stuck-down black eschar and the edge shows retiform purpura. R anterior thigh: a few healed pinpoint marks, skin soft, no induration.
Imp: suspected calciphylaxis (ESRD + warfarin). Derm bx.
"""),
("2019-06-03", "Dermatology Note", """
Derm. Punch from L medial thigh ulcer edge: calcium crusting the walls of tiny fat vessels, thrombi, necrosis -> calciphylaxis.
The former injection area on the opposite thigh remains intact.
Warfarin: stop; repeat echo shows thrombus resolved. STS with HD. BMI 30.4.
"""),
]}

O10 = {"patient_id": "O10", "age": 70, "sex": "F", "notes": [
("2020-02-10", "Coumadin Clinic Note", """
COUMADIN CLINIC - routine
Indication: AF. Goal 2.0-3.0. Warfarin 2 mg daily since 2016.
Renal: ESRD, manual CAPD (four exchanges a day).
INR today 2.8 (1/27: 2.5).
New issue: painful violet patch on the L calf that she first noticed on Groundhog Day (Feb 2), "I remember because the radio was going on about the groundhog". Denies any fall, knock, insect bite, heat or any shots to that leg. No fevers.
Exam: L posterior calf 3 cm tender purpuric patch, firm.
Plan: message sent to heme for early review; INR next 2/24.
Wt 61 kg, BMI 24.1.
"""),
("2020-02-24", "Anticoagulation Telephone Encounter", """
TC w/ pt. INR not done - she missed lab.
On 2/20 she lost her footing stepping from the tub; L calf struck its rim. Now bruising all around the sore on the calf that was already there; the sore itself is darker and "weeping". No head strike. Advised to come to clinic tomorrow - heme slot booked, INR same visit.
"""),
("2020-03-09", "Hematology Clinic Note", """
Heme: f/u leg lesion. Biopsy (2/27) L calf: arteriolar calcium on von Kossa, thrombosed lumens, necrotic fat -> calciphylaxis.
Timeline reviewed: lesion began 2/2/2020, bathroom fall with calf bruise on 2/20 - the fall came after the lesion and bruise is resolving.
Warfarin discontinued -> apixaban 2.5 mg bid. PD team to optimise phos. Wound nurse referral.
"""),
]}

O11 = {"patient_id": "O11", "age": 66, "sex": "M", "notes": [
("2021-12-06", "Anticoagulation Clinic Visit", """
INR visit. Mech AVR (St Jude, 2009). Goal 2.0-3.0. Warfarin 7 mg daily.
ESRD/HD MWF; insulin-requiring T2DM (Lantus into abd, rotates).
INR 2.2. Stable.
Meds review: spinal stenosis flare; since early November sleeps on a heating pad under his lumbar spine every night. Discussed risk w/ heat on skin; he will keep it on low with a towel.
BMI 32.5.
"""),
("2022-01-24", "Hematology Clinic Note", """
Heme f/u: painful area on left buttock.
Started around New Year, now a black scab. Exam: L upper outer buttock, 4 cm stellate eschar w/ surrounding violaceous induration. The heating pad zone across the low back (well above the gluteal cleft, at belt level) shows faint reticulated brown erythema ab igne, no plaque, no ulcer. No injections into buttock, no fall.
A: suspect calciphylaxis. P: derm biopsy.
BMI 31.0.
"""),
("2022-02-07", "Dermatology Note", """
Dermatology - L buttock biopsy (1/27) shows calciphylaxis: calcified subcutaneous arterioles with thrombi.
Back skin: erythema ab igne only, intact, not involved.
Warfarin continued (mechanical valve), INR goal tightened to 2.0-2.5. STS with HD. Heating pad: he is to give it up altogether.
"""),
]}

O12 = {"patient_id": "O12", "age": 73, "sex": "F", "notes": [
("2024-04-19", "Anticoagulation Clinic Visit", """
ANTICOAGULATION SERVICE
Indication: provoked L DVT 1/2024 (hospitalization), 3-6 month course. Warfarin 4 mg/d.
HD TTS for ESRD. Type 2 DM on sitagliptin (renal dose), no insulin.
INR 2.6.
Pt shows us a new, exquisitely sore hard spot, R posterior thigh, which came up on 4/10. Since the 15th she's been icing it with ice packs for the pain. Before it appeared: no injury, shots, heat or pressure to that thigh, she says.
Referred to heme today.
BMI 26.0.
"""),
("2024-04-29", "Hematology Clinic Note", """
Heme. R posterior thigh plaque (onset 4/10/2024). Punch bx 4/22: calciphylaxis - arteriolar calcification, thrombosis.
Now 6 cm, central eschar. Stop icing (vasoconstriction). Warfarin to stop; DVT course essentially complete - no further anticoag needed per thrombosis team.
Plan: surgical debridement next week, wound care.
"""),
("2024-05-13", "Wound Care Clinic Note", """
Wound clinic. s/p excisional debridement of R posterior thigh calciphylaxis ulcer 5/6 in OR. Wound bed 6.5 x 4 cm, 60% granulation. NPWT applied, changes MWF at dialysis. Tape irritation on surrounding skin - switched to silicone border.
Pain 5/10.
"""),
]}

O13 = {"patient_id": "O13", "age": 57, "sex": "M", "notes": [
("2025-03-03", "Hematology Consultation", """
HEMATOLOGY CONSULT (inpatient)
Asked re anticoagulation in a patient with new calciphylaxis.
57M, ESRD on HD x 5 yrs, AF on warfarin since 2019, T2DM diet-controlled (never on insulin), BMI 44.
Surgery biopsied a pannus lesion 2/27 -> calciphylaxis, path confirmed. Lesion: lower abdominal pannus, 10x6cm necrotic plaque, onset early Feb 2025.
On direct questioning: nothing has been injected into the abdomen (no heparin, no insulin, no vaccines there), no heat/ice, no belt or tight clothes ("I only wear sweatpants"), no injury.
Recs: stop warfarin. Inpatient DVT prophylaxis: if SC heparin is started, give it in the arms, NOT in the abdomen or thighs.
"""),
("2025-03-17", "Anticoagulation Clinic Visit", """
Post-discharge anticoag visit. Warfarin stopped 3/3. Plan apixaban 2.5 mg bid (shared decision; bleeding vs stroke).
Heparin SC was never actually given during the stay - he was ambulating.
Counselled: no heating pad, ice pack or snug waistband over the belly; no injections into the pannus. Pt voiced understanding.
"""),
("2025-04-14", "Hematology Follow-up", """
Heme f/u. Pannus calciphylaxis slowly improving with STS and wound care.
No new lesions. On apixaban, no bleeding. Weight down, BMI 43.1.
If a procedure needs bridging in future: use arms for any injections.
"""),
]}

O14 = {"patient_id": "O14", "age": 68, "sex": "F", "notes": [
("2023-05-08", "Anticoagulation Clinic Visit", """
ANTICOAG CLINIC
68F, ESRD on HD (MWF). History: warfarin 2012-2018 for recurrent DVT, stopped after a GI bleed on it. Now on SC heparin 5000 u BID self-injected into the L abdominal wall, since Jan 2023 (new provoked DVT).
Today: a firm purple lump at one of the L abdominal injection sites x 4 days. Exam: 3 cm soft-to-firm ecchymosis/hematoma, nontender, no necrosis. Plt 240.
A: injection site hematoma. P: rotate sites, ice 10 min after each shot, pressure.
Non-diabetic. BMI 22.8.
"""),
("2023-06-12", "Hematology Clinic Note", """
Heme. Bilateral calf pain for 3 wks with dark net-like patches and now two ulcers on the right calf and one on the left.
Exam: retiform purpura over the backs of both calves; ulcers carry black eschar. L abdomen: the May hematoma is fading, yellow-green, no ulcer, no induration.
Legs: never injected, heated or injured per pt. Suspect calciphylaxis; also r/o cholesterol emboli.
"""),
("2023-06-26", "Dermatology Note", """
Derm: R calf punch bx 6/15: calciphylaxis (calcified arterioles, thrombi, panniculitis). No cholesterol clefts.
The abdominal injection-site bruise is a simple hematoma and not calciphylaxis; it has resolved.
Heparin continued at alternative sites on the arms given DVT.
"""),
]}

PATIENTS = [O08, O09, O10, O11, O12, O13, O14]
