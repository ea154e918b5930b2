"""probe90 corpus notes, J08-J14 (geriatric medicine and memory clinic; all invented)."""

J08 = {"patient_id": "J08", "age": 86, "sex": "M", "notes": [
("2019-11-04", "Geriatric Medicine Clinic", """
GERIATRIC MEDICINE OUTPATIENTS
86M, lives w/ daughter Ines. On APD (home cycler) for ESRD since 2016. IDDM - Humalog mix 25 BID, daughter injects into both upper arms.
c/o: ankles swelling++ by evening, heavy legs. ABPI 0.95 R / 0.92 L.
Plan: knee-high graduated compression stockings (class 2) started today - fitted in clinic, dtr shown donning. Review in 3 mo.
Med rec done: stopped OTC ibuprofen. No warfarin.
BMI 28.9
"""),
("2020-02-06", "Falls and Frailty Review", """
Frailty review. CFS 6.
Ines: he has worn the stockings every day since clinic in Nov, and "the top band always leaves a deep groove". In January a sore appeared high on the R calf, a hand's width under the knee crease, exactly along that groove; now black and very painful, he won't walk far, 1 near-fall last wk.
O/E: R upper calf (posterior aspect): eschar 4x2 cm with livedoid violaceous border, in a horizontal line matching the stocking cuff. L leg: groove mark only, skin intact.
Imp: ?calciphylaxis in PD pt (ddx pressure ulcer from stocking).
Stockings stopped. Derm urgent.
"""),
("2020-02-19", "Dermatology Outpatient Note", """
Derm OPD
R calf lesion. Bx 2/10: calcium lines the walls of little subcut vessels, with thrombi, lobular panniculitis. Diagnosis: calciphylaxis.
Sited under the compression stocking band worn daily since 4 November 2019; constant pressure there is the likely precipitant.
Rec: no compression, STS via PD clinic, stop calcitriol.
"""),
]}

J09 = {"patient_id": "J09", "age": 71, "sex": "F", "notes": [
("2018-05-02", "Memory Clinic New Patient", """
Memory clinic - initial
71F, ref by GP: forgetting appointments, missing insulin doses. MoCA 23/30 -> MCI, amnestic.
Lives alone, niece checks daily.
PMH: kidney failure, dialysing 3x weekly (HD); T2DM using insulin detemir which she self-injects ("always my right leg, the left is too bony"); warfarin for AF; morbidly obese - BMI 41.3.
Also mentions a very painful lump on her L inner thigh x 2 wks.
Plan: blister packs, niece to supervise insulin, CT head. Skin -> geri clinic.
"""),
("2018-05-14", "Geriatric Medicine Clinic", """
Geri clinic. Niece present.
Inner L thigh: indurated plaque ~5 cm, purplish, early eschar, reticulate purpura. No injections there - she confirms insulin only ever in R thigh; inspected R thigh: lipohypertrophy, no purpura.
She denies falling, banging that leg, or using heat pads.
Imp: suspected calciphylaxis. Bx arranged.
"""),
("2018-06-01", "Dermatology Consult", """
Derm
Bx L medial thigh 5/18: calcific uremic arteriolopathy, confirmed histologically.
Lesion L thigh only. Insulin site (R thigh) uninvolved.
Warfarin -> apixaban agreed. STS started at HD.
"""),
]}

J10 = {"patient_id": "J10", "age": 80, "sex": "M", "notes": [
("2022-02-08", "Geriatric Medicine Clinic", """
Geriatric clinic
80M w/ Parkinson's, lives in assisted living. HD TTS. Not diabetic. No anticoagulation.
Care aide's note + pt: since Feb 1 the L calf has been painful and dusky, now small black scab. Aide is sure there was no bump, no fall, no scrape there beforehand - he has been "very careful since the walker".
O/E: L posterolateral calf 3 cm retiform purpuric plaque, 8 mm central eschar.
BMI 26.0
Imp: concern for calciphylaxis. Derm.
"""),
("2022-02-15", "Dermatology Note", """
Derm
Bx L calf 2/10: calciphylaxis (calcified vessels with thrombus; necrotic fat on deeper levels).
No preceding trauma to the site reported.
Plan: STS, wound care, renal optimisation.
"""),
("2022-02-24", "Falls Assessment", """
FALLS ASSESSMENT after fall 2/20
Tripped over walker wheel in his room 2/20 ~0600, fell on L side; scraped L calf - the dressing over his calciphylaxis wound was torn off and the skin next to it grazed, some bleeding.
Xray L hip neg.
Contributors: nocturia, freezing of gait, poor lighting.
Plan: motion sensor light, bedside urinal, PT, levodopa timing reviewed.
"""),
]}

J11 = {"patient_id": "J11", "age": 77, "sex": "F", "notes": [
("2023-08-09", "Geriatric Medicine Clinic", """
Geri outpt
77F, CAPD, T2DM on insulin (jabs herself, posterior upper arms, alternating L/R), BMI 38.0 = obese. Never on warfarin.
Lumbago for decades; she lies on an electric pad turned to medium across the small of her back each night and has done for years - erythema ab igne there (reticulate brown).
New: for ~3 wks, painful hard purple areas low on the belly / pannus, one has opened.
O/E: infraumbilical pannus, 2 plaques 4 cm + 2 cm w/ stellate necrotic centre. Low back: brown mottling, no ulcer.
Imp: ?calciphylaxis. Bx.
"""),
("2023-08-21", "Dermatology Consultation", """
Derm
Bx pannus plaque 8/14: calciphylaxis confirmed.
Heating pad only ever applied to the lumbar area; abdomen never heated, no injections there. No lesions on back.
"""),
("2023-09-07", "Pharmacist Medication Reconciliation", """
Med rec - pharmacy
Calcium acetate -> lanthanum. Vit D stopped. Insulin glargine 30u + lispro SS, arms. Heating pad use discussed: ok on the back but never on the abdomen.
Adherence aids: dosette. Pt understands changes.
"""),
]}

J12 = {"patient_id": "J12", "age": 83, "sex": "M", "notes": [
("2024-06-11", "Geriatric Medicine Clinic", """
Geriatrics
83M, HD MWF, on warfarin (AF). No DM. BMI 25.5.
Son Farid: R outer thigh "went purple and hard" 2 weeks ago - nothing hit it beforehand and nobody injects there. Since Saturday Farid has held a bag of ice against it to calm the burning.
O/E: R lateral thigh 6 cm violaceous plaque, eschar forming.
Imp: suspect calciphylaxis. Stop ice. Bx.
"""),
("2024-06-20", "Dermatology Note", """
Derm
Punch bx R lateral thigh 6/13: calciphylaxis. Sharp debridement of eschar today, silver dressing.
"""),
("2024-07-08", "Carer Telephone Call", """
Tel - son Farid.
Dressing leaking, district nurse visited. Dad confused at night, sleeping more. Asked re ice again - advised no. Warfarin switched to apixaban last wk by cardiology.
"""),
]}

J13 = {"patient_id": "J13", "age": 75, "sex": "F", "notes": [
("2020-07-15", "Geriatric Medicine Clinic", """
GERIATRICS OPD - new referral from renal
Retired schoolteacher, 75, still drives to dialysis (HD, 3 mornings a week). Type 2 diabetes controlled on diet alone. OA R knee, on the ortho list for a TKR. Dietitian weighed her last week: BMI 29.9, says she is "just under the obese line".
Tells me her seat has been "on fire" for roughly a month - she found black crusted patches on both buttocks using a hand mirror.
Specifically asked: no jabs of any kind, hasn't fallen or knocked herself, never uses a hot water bottle or cold packs; she walks the dog twice a day and doesn't sit for long, wears loose skirts.
O/E: bilat buttocks 3-4 cm necrotic plaques, livedo between them.
Imp: possible calciphylaxis -> bx.
"""),
("2020-07-27", "Dermatology Consultation", """
Derm - Dr Abernathy
Bx R buttock 7/20 shows calciphylaxis; diagnosis confirmed.
Gluteal skin had no injury, injection or heat exposure before this began.
We talked about trauma setting off new lesions; she should keep heat packs and ice off her skin.
"""),
("2020-08-12", "Preoperative Geriatric Assessment", """
Pre-op geriatric review for R TKR
Knee surgery put back until wounds heal. When it does go ahead the surgeons would usually give 2 wks of enoxaparin injections into the tummy; I have asked derm whether an oral agent is safer.
Buttock wounds smaller, less painful. Cognition intact (6CIT 2).
"""),
]}

J14 = {"patient_id": "J14", "age": 87, "sex": "M", "notes": [
("2021-11-03", "Post-Fall Assessment", """
Falls team review following fall 28/10
87M, widower, lives alone w/ twice daily carers. Haemodialysis (Tu-Th-Sa rota). His T2DM needs insulin; carers supervise the pen (goes into his stomach). Warfarin for AF. BMI 23.0.
Fell in the kitchen reaching for the kettle, lay on the floor about 4 h until the morning carer came.
Skin: R forearm skin tear 6 cm, flap re-approximated with steri-strips in ED. L heel - category 2 pressure damage from the long lie.
Plan: pendant alarm, OT, heel offloading boot.
"""),
("2021-12-15", "Geriatric Medicine Clinic", """
Geriatric clinic
Forearm tear healed, faint scar. L heel: epithelialising.
New since ~2 weeks: purple very tender plaques on the inner aspect of both thighs, no knock or injection there according to carers.
Imp: ?calciphylaxis - derm.
"""),
("2022-01-05", "Dermatology Consultation", """
Derm clinic letter
Bx R medial thigh: calciphylaxis.
Forearm skin tear and heel pressure damage examined - ordinary injuries, not calciphylaxis.
Thighs: no local trauma preceded the plaques.
"""),
]}

PATIENTS = [J08, J09, J10, J11, J12, J13, J14]
