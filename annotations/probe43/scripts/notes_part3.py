"""probe43 corpus notes, R15-R20 (physiotherapy, occupational therapy, podiatry; all invented)."""

R15 = {"patient_id": "R15", "age": 67, "sex": "M", "notes": [
("2019-10-01", "OT Kitchen Assessment", """
OT - kitchen/meal prep ax at home (Holloway Court)
67M, ESRD on CAPD. T2DM, insulin 2x daily - he injects into the R side of his tummy, same area each time. Obese, BMI 34.1. No anticoagulants.
Pt mentioned a tender lump at R abdominal injection area for about 10 days, slightly purple. He thinks it is "only needle bruising".
Ax: safe with kettle tipper, perching stool issued. Advised to show the PD nurse the lump.
"""),
("2019-10-29", "OT Review", """
OT r/v. PD nurse note seen: R abdominal nodule, firm, violaceous, with fine livedo around - "? early calciphylaxis ?? panniculitis from injecting - referred derm". Insulin moved to thighs.
Pt managing meal prep independently. Standing tolerance 15 min.
"""),
("2019-12-10", "OT Closure", """
OT case closure. Pt did not attend derm appt (transport). Renal team letter: "possible calciphylaxis R abdomen, unconfirmed, re-referred". Lump now smaller per pt, less painful. No OT needs - closed.
"""),
]}

R16 = {"patient_id": "R16", "age": 80, "sex": "F", "notes": [
("2024-06-11", "Podiatry - Footwear Check", """
Podiatry. Pt bought new court shoes for a wedding (worn since 25 May); back of L shoe rubbed her heel raw.
PMH: ESRD on haemodialysis, T2DM diet + sitagliptin (no insulin), AF on warfarin. BMI 26.3.
O/E L posterior heel: 2 x 2 cm black, dry eschar with a purple, very tender rim and mottled skin up toward the Achilles. No exudate. R heel intact. Pulses: DP/PT faint L.
Imp: ?pressure/ischaemic heel ulcer - atypical pain and mottling, query calciphylaxis.
Plan: shoes binned, heel offloading boot, urgent vascular + renal referral.
"""),
("2024-07-09", "Podiatry Review", """
Podiatry r/v. Vascular: moderate tibial disease, not for intervention. Renal: "concern for calciphylaxis, L heel - bx not advised over heel; watch". Heel eschar stable, pt declines any biopsy.
Continue offloading boot, dry dressing. Re-check 4/52.
"""),
("2024-09-03", "Podiatry Review", """
Podiatry. Eschar L heel unchanged. Pt now on palliative care pathway by own choice, stopping dialysis discussion ongoing. Diagnosis remains unclear - pressure ulcer vs calciphylaxis, not investigated further at pt request. Comfort-focused foot care.
"""),
]}

R17 = {"patient_id": "R17", "age": 52, "sex": "F", "notes": [
("2020-09-15", "Physiotherapy Assessment", """
PT ax - deconditioning. 52F on automated PD for ESRD (lupus nephritis). Not diabetic. BMI 30.4. No warfarin.
Noted during exam: net-like purple discolouration both thighs, and 2 pea-sized tender lumps on the L outer thigh. Pt says present 6 weeks, no injury, no heat, no injections there.
Renal team aware and arranging derm.
Tx: sit-to-stand progression, walking 10 min bd.
"""),
("2020-10-20", "Physiotherapy Review", """
PT r/v. Derm clinic: livedo racemosa + nodules, differential includes early calciphylaxis vs lupus panniculitis vs cutaneous vasculitis; punch biopsy done 06/10.
Exercise tolerance improving - 6MWT 310 m.
"""),
("2020-12-01", "Physiotherapy Review", """
PT r/v. Biopsy nondiagnostic per pt (no calcification seen, sample too superficial), deeper biopsy offered. Pt undecided. Transfer from PD to in-centre haemodialysis after peritonitis x2 - started HD 3 wks ago.
Thigh lumps unchanged. 6MWT 340 m.
"""),
("2021-02-16", "Physiotherapy Discharge", """
PT D/C. Pt chose not to have repeat biopsy; renal letter still lists "possible calciphylaxis - not confirmed" as an active problem. On HD MWF. Goals met. BMI 30.4.
"""),
]}

R18 = {"patient_id": "R18", "age": 74, "sex": "M", "notes": [
("2023-02-07", "PT Falls Assessment", """
Falls physio - home.
Fall 12 Jan 2023 missing the bottom step in the garden; scraped L shin on the step edge. That graze became an ulcer that won't heal.
PMH: ESRD - dialyses Tue Thu Sat (HD); prediabetes (HbA1c 44, not on meds), varicose veins. BMI 28.0. Never on warfarin.
O/E: L medial shin ulcer 4 cm, sloughy base, brown haemosiderin staining around, oedema to knee. Dialysis team asked "r/o calciphylaxis".
Balance: TUG 16 s. Plan: strength + balance, handrail for garden steps.
"""),
("2023-03-14", "PT Falls Review", """
PT. Skin bx L shin (derm, 22/02): venous stasis changes, no vessel calcification, no thrombosis - calciphylaxis excluded; this is a venous leg ulcer. Now in compression via leg ulcer clinic.
Handrail fitted. TUG 13 s. No further falls.
"""),
]}

R19 = {"patient_id": "R19", "age": 45, "sex": "F", "notes": [
("2022-04-05", "Hand Therapy Assessment", """
Hand therapy - R thumb CMC OA.
45F, T1DM on insulin pump, normal renal function (eGFR > 90). BMI 32.5. No anticoagulation.
Pt anxious about skin - her brother, a dialysis pt, died in 2020 having had calciphylaxis on both legs; she asked if her pump cannula sites could do the same. Reassured re: very different situation, advised GP if worried.
Skin of hands/forearms intact. Made a hand-based thumb spica splint.
"""),
("2022-05-17", "Hand Therapy Review", """
HT r/v. Splint fitting well, no pressure areas. Pain 3/10 from 6/10. Skin checked: intact. Pt happy. D/C with HEP.
"""),
("2023-01-24", "Hand Therapy Re-referral", """
Re-ref from GP: L thumb now sore too. Made matching L spica. Skin both hands and wrists unremarkable, pump site on abdomen not examined (not our area). She still worries about "what happened to my brother"; GP letter says her kidneys are normal on recent bloods. Review 6 wks.
"""),
]}

R20 = {"patient_id": "R20", "age": 60, "sex": "M", "notes": [
("2018-04-17", "PT - Dialysis Unit Exercise Programme", """
Intradialytic exercise programme - enrolment
60M, ESRD on HD 4 hrs MWF. T2DM on insulin (abdomen, rotating). AF, warfarin. Obese - BMI 33.0.
Education given (renal CNS handout): calciphylaxis is a risk for dialysis pts, more so with warfarin - any painful darkening or lacy purple skin should be reported to us; no hot-water bottles or ice straight onto bare skin.
Skin: intact, no lesions on legs, abdomen or arms.
Started: pedal cycle 15 min during HD.
"""),
("2018-07-10", "PT - Dialysis Unit Exercise Programme", """
3-month review: cycling 30 min per session, quads strength improved. Skin check legs/abdo: intact, no concerning patches. Continue.
"""),
("2018-11-06", "PT - Dialysis Unit Exercise Programme", """
Progress: 40 min cycling at level 4 without BP drops. Pt asked again about "that calci-something" from the leaflet - went over what to look out for. He wants to try a heat wrap for his knees at home; told him we would prefer he didn't. Skin on legs, arms and tummy all fine on today's look. Warfarin continues; INRs stable per HD nurse. Weighed on the chair scale: 101kg, so BMI unchanged at 33.0.
"""),
]}

PATIENTS = [R15, R16, R17, R18, R19, R20]
