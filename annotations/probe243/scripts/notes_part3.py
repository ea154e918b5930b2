"""probe243 corpus notes, W15-W20 (Gulf-region hospital notes; all people and places invented)."""

W15 = {"patient_id": "W15", "age": 72, "sex": "M", "notes": [
("2025-01-08", "HD Unit Note", """
HD unit note - Qasr Al Rimal Hospital, Abu Dhabi - 08/01/2025 (8 Rajab 1446)
72M from Kochi, dialyses MWF, 4-hour runs, R AVF. T2DM on Mixtard 30 since 2015, always
injects around the navel.
c/o sore hard lump to the L of the umbilicus; the skin over it broke last week.
O/E: L periumbilical: firm lipohypertrophic mass ~4x3cm, shallow 1.5cm ulcer on top with a
violaceous rim. No livedo elsewhere, legs clear.
Off anticoagulants, never had warfarin. BMI 26.1.
Imp: ulcerated lipohypertrophy at insulin sites vs early calciphylaxis (r/o CUA).
Plan: derm; move injections away from the lump; Ca/PO4/PTH.
"""),
("2025-01-15", "Dermatology Note", """
Dermatology - 15-01-2025
Periumbilical ulcerated nodule at his insulin injection area.
Differential: ulcerated lipohypertrophy / injection-site infection / calciphylaxis - with ESRD
and a phosphate of 2.6 we cannot rule calciphylaxis out on looks alone.
Exam: firm L periumbilical mass 4x3cm, 1.5cm ulcer, violaceous rim, no fluctuance, no discharge.
Ca 2.45. Swab sent. Photo in EMR.
Plan: deep incisional bx next week, pt agreeable. Insulin into the thighs meanwhile, not the
abdomen. Malayalam-speaking nurse helped explain. He worries about his flight home in two
weeks.
"""),
("2025-01-29", "Transfer of Care Note", """
Transfer of care - 29/01/2025
Pt has decided to return to Kochi for good (family reasons), flying 31/01. The biopsy was not
done - he declined it before travel.
Summary for the receiving nephrologist: suspected calciphylaxis vs ulcerated lipohypertrophy,
L periumbilical, at insulin injection sites - NOT confirmed. Please arrange biopsy.
HD 3x/wk, dry wt 71 kg. Mixtard 30 16u/10u. Sevelamer 1.6 g tds.
Copies: pt, receiving unit (by email), GP.
STS not started as the diagnosis is unproven. Ulcer unchanged, clean at last dressing.
"""),
]}

W16 = {"patient_id": "W16", "age": 64, "sex": "F", "notes": [
("2022-09-28", "Internal Medicine Admission Note", """
IM ADMISSION - Wadi Hazeem Medical City, Riyadh
02/03/1444 H (28/09/2022)
64F Saudi. CKD4 (eGFR 19); fistula to be made, dialysis not started. Mechanical AVR on warfarin.
Morbidly obese, unable to stand on the scales. No DM.
Since National Day (23 Sept) - purple, painful patches on both thighs. INR 4.6 on
arrival.
Clexane bridging was given into the abdomen in August around a dental extraction - abdominal skin
clear.
O/E: front of both thighs - extensive net-like purpura, a few blood-filled bullae. No fever.
Imp: warfarin skin necrosis or calciphylaxis?
Plan: hold warfarin, vit K 1 mg, derm, protein C/S.
"""),
("2022-10-02", "Dermatology Consult", """
Dermatology consult 2/10/2022
Both anterior thighs: retiform purpura, central dusky necrosis, exquisite pain.
Concern for calciphylaxis (CKD 4, warfarin, obesity, PO4 2.1). Warfarin necrosis possible but she
has been on warfarin for 9 years, not a new start. Protein C/S pending.
Exam: retiform purpura both anterior thighs with dusky centres; bullae burst on the L; abdomen
unremarkable.
Two 4 mm punches taken, R thigh.
Plan: review with histology.
Pain 9/10 - paracetamol and low-dose oxycodone. Daughter present; she asked about the
chance of amputation - too early to say.
"""),
("2022-10-09", "Dermatology Follow-up", """
Derm f/u - 9 Oct 2022
Histology: haemorrhage in the upper dermis and epidermal necrosis; the specimens stop short of the
fat, and calcified vessels are not seen. Non-diagnostic.
Calciphylaxis remains possible. Recommended deep incisional biopsy - family declined further
biopsies for now.
Protein C and S normal.
Thighs unchanged, the necrotic centres darker. Told both sons that only a deep sample will settle
it; they will discuss at home. Pain better on oxycodone. INR 2.1. Albumin 29, CRP 46.
"""),
("2022-10-16", "Discharge Summary", """
DISCHARGE SUMMARY - 16/10/2022
Family asked for transfer to a private hospital in Jeddah near her sons.
Diagnosis at discharge: retiform purpura of both thighs - ?calciphylaxis, ?warfarin-related
necrosis; unconfirmed (punch bx non-diagnostic, deeper bx declined).
Warfarin restarted with Clexane bridge for mechanical AVR, INR 2.4.
eGFR 18, dialysis not yet needed.
Please repeat a deep biopsy at the receiving hospital.
Discharge meds: warfarin 5 mg, Clexane 80 mg bd until INR above 2.5, bisoprolol, furosemide
80 mg; calcium acetate stopped. Oxycodone 5 mg PRN.
"""),
]}

W17 = {"patient_id": "W17", "age": 51, "sex": "F", "notes": [
("2025-02-17", "PD Clinic Note", """
PD clinic - Khawr Tibat Hospital, Muscat - 17/02/2025
51F Omani, CAPD since 2022 (ESRD, chronic GN). Diabetes - diet controlled, no meds. Warfarin:
never.
c/o painful lump L lower abdomen, under the tape that holds her PD catheter dressing; she has
taped it there the same way since the catheter went in.
O/E: 2cm purplish nodule, tender, livedo faintly around it, 4 cm lateral to the exit site, under the
tape. Exit site clean; tunnel not tender.
BMI 31.5.
Imp: tape reaction vs panniculitis vs early CUA (?).
Plan: derm; change to a hypoallergenic tape placed more medially.
"""),
("2025-02-24", "Dermatology Note", """
Dermatology 24/02/2025
Tender nodule L lower abdomen where the tape sits.
Exam: 2 cm tender nodule, mild livedo, no ulcer. Exit site clean. PO4 2.0, Ca 2.38, PTH 47.
4 mm punch: septal panniculitis; no calcified vessels seen - but it is shallow, so
calciphylaxis is not excluded.
A deeper incisional bx was offered; she would rather wait till Ramadan and Eid are over.
Interim: no tape over the nodule.
Good English, no interpreter needed. She works as a school librarian in Seeb.
"""),
("2025-04-14", "PD Clinic Note", """
PD clinic - 14/04/2025
Fasted all of Ramadan on CAPD without problems. After Eid (30/03) she now declines the deep biopsy
altogether.
Nodule L lower abdomen: same size, no ulceration, less tender.
Impression: possible early calciphylaxis vs panniculitis - unconfirmed.
Wt 80.1 kg, BMI 31.2. PO4 1.8.
Plan: STS not started; watch; re-offer bx if it ulcerates.
Exit site fine. Tape now sits more medially as agreed; no new nodules. Appetite fine after Eid;
diabetes still diet controlled, HbA1c 6.8.
"""),
]}

W18 = {"patient_id": "W18", "age": 55, "sex": "M", "notes": [
("2019-09-22", "HD Unit Physician Note", """
HD unit physician note - 2019-09-22
Ras Sumaira General Hospital, Doha
55M Egyptian, dialyses Sun/Tue/Thu, R AVF. T2DM (NovoMix 30 twice daily), HTN, HCV antibody positive
(untreated). No history of warfarin.
Sore spots over both shins for the past 10 days.
Recent admission (August) for pneumonia - had Clexane injections into the abdomen daily; abdomen
fine.
O/E: bilateral shins: palpable purpura and 3 small punched-out ulcers, largest 1 cm on L.
BMI 27.9.
Imp: vasculitis? calciphylaxis to be ruled out.
Plan: derm, cryoglobulins, complement, RF.
"""),
("2019-09-30", "Dermatology Note", """
Dermatology - 9/30/2019 (Dr Okafor-Lind)
Exam: palpable purpura both shins, 3 small ulcers up to 1 cm, nothing net-like, no eschar, no
necrosis.
Bx L shin (9/24/2019): leukocytoclastic vasculitis, vessel walls with fibrinoid change; no
calcium on von Kossa.
Cryoglobulins positive, C4 low, RF high.
Impression: cryoglobulinaemic vasculitis (HCV). Calciphylaxis excluded.
Plan: hepatology for DAAs; local care to ulcers.
Explained in Arabic. HCV viral load 2.1 x 10^6 IU/mL, genotype 4. No eschar anywhere, no livedo.
Ulcers: saline, non-adherent cover.
"""),
("2019-10-20", "Nephrology Follow-up", """
Nephrology f/u 20/10/2019
Shin ulcers healing, purpura fading.
Dx: HCV-related cryoglobulinaemic vasculitis - not calciphylaxis.
Sofosbuvir/velpatasvir started by hepatology 06/10.
NovoMix 30: 22u am / 14u pm.
HD unchanged. Dry wt 81 kg.
Cryocrit falling. Ca 2.30, PO4 1.7, PTH 30. Hb 10.2. BP 138/78. Back at work as an accountant
and happy. Weekend trips to his brother in Al Wakrah resumed. No new skin lesions. Hepatology to
check SVR 12 weeks after the 12-week course ends. RV 1 month.
"""),
]}

W19 = {"patient_id": "W19", "age": 45, "sex": "F", "notes": [
("2023-10-03", "Nephrology OPD Note", """
Nephrology OPD - Bayt Al Lulu Renal Centre, Dubai - 03/10/2023
45F Indian (Thrissur), teacher. IgA nephropathy, CKD G3a (eGFR 52). Not diabetic. Never on
warfarin.
Very anxious: her elder brother, on HD in Kerala, died last year of calciphylaxis - ulcers where
he used to inject his insulin, on the abdomen. Asks whether the same can happen to her.
O/E: BP 134/82. Whole skin examined - clear; nothing nodular, no livedo, no ulcer.
BMI 29-30 in her old records; today 29.6.
Counselled: at CKD 3 calciphylaxis is very unusual; keep phosphate normal; avoid unnecessary
injections and heat packs; report any painful skin patch.
"""),
("2024-04-16", "Nephrology OPD Note", """
Nephrology f/u - 16 April 2024
Back after Eid holiday in Thrissur. eGFR 49, PO4 1.2, Ca 2.30, PTH 9.8 pmol/L.
Skin: normal, no lesions. No calciphylaxis.
Reassured again. Losartan 50 mg continued. BMI 29.4.
The brother's death still upsets her; counselling offered. Warning signs repeated: painful violet
patches, hard lumps under the skin, sores that do not heal - come straight in. ACR 48 mg/mmol,
BP 128/80. Husband attended; both children well, eldest starting university in Manipal.
RV 6 months.
"""),
]}

W20 = {"patient_id": "W20", "age": 62, "sex": "M", "notes": [
("2025-02-20", "Haemodialysis Pre-Ramadan Review", """
HD unit - pre-Ramadan review - 20/02/2025 (21 Sha'ban 1446)
62M Emirati, HD Sat/Mon/Wed via L AVF. T2DM on Trajenta, no insulin. AF on Marevan 3 mg.
Fasting plan: he wants to fast; agreed to fast on non-HD days only, fluid limit at iftar, dates
and water in moderation.
L medial ankle ulcer since January under 4-layer compression from the wound clinic:
shallow 4x3cm ulcer over the inner malleolus, granulating, lipodermatosclerosis around it.
Nothing retiform, no eschar - does not look like calciphylaxis; venous ulcer.
BMI 32.2.
"""),
("2025-03-18", "Wound Clinic Note", """
Wound clinic - 18/03/2025 (18 Ramadan)
L medial malleolus ulcer now 2.5x2cm, healthy granulation, edges advancing.
Duplex: L GSV reflux. Venous ulcer confirmed. No evidence of calciphylaxis.
Fasting well on non-HD days.
Continue 4-layer compression weekly; vascular surgery referral for ablation.
Wt 97 kg.
Breaks fast with dates and water, then dialyses on the late-night Ramadan shift. IDWG 2.1 kg,
pre-HD BP 150/86. INR 2.4 on Marevan. Sugars fine on Trajenta, no hypos while fasting. Nurse
Maryam to check the bandage every Saturday.
"""),
]}

PATIENTS = [W15, W16, W17, W18, W19, W20]
