"""probe116 corpus notes, M08-M14 (city safety-net nephrology and dialysis clinics; all invented)."""

M08 = {"patient_id": "M08", "age": 55, "sex": "M", "notes": [
("2022-06-09", "Seating Clinic Note", """
PT seating clinic. New manual wheelchair delivered 06/02/2022 (R BKA is old, L leg w/ neuropathy). Footrest hanger sits close to the R lateral malleolus - pt reports it presses there while transferring. Adjusted 1 notch; pt declines further refit today.
PMH: ESRD (HD), DM2 - aspart + glargine, h/o warfarin (stopped 2019 after AF ablation). BMI 35.0.
"""),
("2022-08-03", "Dialysis Unit Note", """
HD charge RN. Pt c/o very painful dark sore outer R ankle, started last month, "where the chair bar digs". Black crust 2 cm with lacey purple skin around. Photo, MD notified, off-loading foam placed on footrest.
"""),
("2022-08-10", "Nephrology Note", """
55M ESRD/HD, insulin-req DM, prior warfarin (off since 2019). BMI 34.2.
R lateral malleolus: 2.4 cm necrotic ulcer w/ retiform purpuric rim, onset July 2022, in the exact spot the new wheelchair footrest has been rubbing since early June. Pulses dopplerable, ABI 0.9 (noncompressible?).
Bx (derm, 8/5): calciphylaxis. Plan: STS, seating re-fit, wound clinic.
"""),
]}

M09 = {"patient_id": "M09", "age": 60, "sex": "F", "notes": [
("2019-04-11", "Portal Message", """
hi its Tamsin. new sore on my LEFT thigh, front part, started about 5 days ago, black in center. fyi my insulin goes in my right thigh only, always, my left one I keep for the glucose sensor never needles. dialysis mon/wed/fri as usual
"""),
("2019-04-15", "Nephrology Visit", """
60F ESRD on HD, DM1 on MDI insulin (all doses R ant thigh per pt, confirmed by lipohypertrophy there). Obese, BMI 38.0. No warfarin.
L anterior thigh - indurated purpuric plaque, 5 cm, necrotic black centre. R thigh shows lipohypertrophy only, skin otherwise intact. No trauma to L thigh recalled; CGM worn on posterior L arm, not thigh.
A: suspect calciphylaxis L thigh. Bx.
"""),
("2019-04-29", "Dermatology Note", """
Path: calciphylaxis confirmed, L anterior thigh. Not at an injection site (injections are contralateral). STS started. BMI 38.0.
"""),
]}

M10 = {"patient_id": "M10", "age": 72, "sex": "M", "notes": [
("2020-05-18", "Nephrology Telehealth", """
Video visit (COVID). 72M ESRD on home PD (CAPD), takes warfarin (AF). Nondiabetic.
Wife shows a purple-black spot on the L calf that began on May 10, no injury before it - he sits in recliner all day, no knocks, no heat, no shots in legs. BMI 26.0.
Plan: in-person derm, concern for calciphylaxis.
"""),
("2020-05-27", "Patient Phone Call", """
Wife called: Monday 5/25 he caught his foot on the hose in the yard, scraped his L shin, a bit below the bad spot. Bleeding stopped with pressure. Asked if ok to keep warfarin - yes, RN advised.
"""),
("2020-06-02", "Dermatology Consult", """
L posterior calf: 4 cm stellate necrotic ulcer, retiform border; onset 5/10/2020. Healing abrasion L anterior shin from fall 5/25 - after the ulcer appeared, not its cause.
Bx: calciphylaxis. Warfarin -> discuss apixaban w/ cards.
"""),
("2020-07-14", "Dermatology Follow-up", """
Ulcer L calf stable, 3.6 cm. Shin abrasion healed completely. Warfarin stopped 6/10, now apixaban. BMI 25.7.
"""),
]}

M11 = {"patient_id": "M11", "age": 65, "sex": "F", "notes": [
("2025-09-03", "Dialysis Unit Note", """
RN: pt mentions R buttock hard, painful spot for a week, now dark. No falls, no shots there, sits on gel cushion. ESRD HD MWF, DM2 (sitagliptin, insulin never), warfarin never. BMI 28.8.
"""),
("2025-09-12", "Dermatology Procedure Note", """
Procedure: 6 mm punch biopsy R buttock plaque (edge) after consent. Hemostasis w/ Gelfoam, 1 suture. Path pending.
Pt says her sister keeps laying a heat pad over the sore since it turned black, "to bring the blood". Advised to stop.
"""),
("2025-10-01", "Wound Care Note", """
R buttock: bx-proven calciphylaxis (9/12 punch). Sharp debridement of eschar today, dressings with silver alginate, HD nurses change them thrice weekly. Heat on wound stopped. Pt pleased pain 6/10.
"""),
]}

M12 = {"patient_id": "M12", "age": 52, "sex": "F", "notes": [
("2018-10-02", "Nephrology Visit", """
52F ESRD/HD. DM2, insulin which she puts only in the posterior arms, both sides (pannus "too sore"). Morbid obesity, BMI 44.1.
New painful plaque lower pannus, 1 wk. Asked specifically: denies injections, heat, belts, binders, or knocks to the belly. Warfarin never.
"""),
("2018-10-10", "Inpatient Admission H&P", """
Adm for pain control + bx. Lower abdominal pannus: 8 cm necrotic plaque w/ livedo. Punch bx today.
If immobile >48 h will start enoxaparin SC - but not into abdomen, use thighs. Not started yet.
"""),
("2018-10-16", "Dermatology Inpatient Consult", """
Path returned: calcific uremic arteriolopathy. Pannus lesion, no preceding local trauma identified. Enoxaparin never given (ambulating). BMI 43.8. STS started.
"""),
]}

M13 = {"patient_id": "M13", "age": 79, "sex": "M", "notes": [
("2026-01-06", "Urgent Care Note", """
79M w/ ESRD/HD; AF, takes warfarin; nondiabetic. Fell asleep on heating pad on L low back -> 2nd degree burn w/ blisters ~6 cm, night of 1/3. Dressed with silvadene. BMI 31.5.
"""),
("2026-01-28", "Nephrology Clinic Note", """
Burn L low back healing well, epithelialised, no necrosis - thermal burn only.
New: painful retiform purpura and ulcers medial aspect of both thighs, onset ~1/20. Thighs: nothing injected, heated or squeezed there. Bx planned.
"""),
("2026-02-09", "Dermatology Note", """
Path both thighs: calciphylaxis. L low back burn scar biopsied for completeness: no calcification - ordinary healing burn, not calciphylaxis. Warfarin held. Obese (BMI 31.5).
"""),
]}

M14 = {"patient_id": "M14", "age": 48, "sex": "F", "notes": [
("2021-06-15", "Nephrology PD Clinic", """
48F ESRD on CCPD, DM1, pump insulin with abdominal cannula sites rotated; warfarin never. BMI 25.5.
Counselling today on calciphylaxis risk: no warming gadgets on skin (pads, bottles), bra straps loose; report any painful skin spot.
"""),
("2021-09-07", "Email from Patient", """
Hello, remember you told me look for painful spots? I have one now, under my right breast, hard and purple, from around 25 of August. My pump is only on my tummy. I dont use heat or anything there.
"""),
("2021-09-21", "Dermatology Consult", """
R inframammary breast: 3 cm necrotic plaque. Bx: calciphylaxis. Pump cannula sites (abdomen) clean, no lesions. No trauma at the breast identified. PD team to adjust binders.
"""),
]}

PATIENTS = [M08, M09, M10, M11, M12, M13, M14]
