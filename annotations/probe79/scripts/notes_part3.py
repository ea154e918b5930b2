"""probe79 corpus notes, G15-G20 (LTACH and ventilator-weaning unit; all invented)."""

G15 = {"patient_id": "G15", "age": 74, "sex": "F", "notes": [
("2019-11-04", "LTACH Admission H&P", """
HARBORVIEW POINTE LTACH - ADMIT H&P
Arrived 11/1/19 by critical care transport from Dunmore Regional.
74F, trached after three failed extubations (COPD, hypercapnic failure). On SIMV overnight, TC trials by day.
Kidneys: CKD IV, last eGFR 19, never dialyzed - renal following, fistula not yet placed.
Endo: DM2 x 20 yrs, glargine 12 u qAM - RN gives it into L lower abdomen, which is where she has always injected at home ("left side of my belly, below the button").
Anticoag: none except SQ heparin ppx, given in the arms.
Ht 160 / wt 80 kg -> BMI 31.2.
Integument: no breakdown.
"""),
("2019-12-02", "Wound Care Note", """
WOC RN
Consulted re: "sore spot by belly button".
L lower abdomen, in the area used for her glargine: tender indurated dusky plaque 4.2 x 2.9 cm, pinpoint dark center; began roughly 2 wks ago per pt. Burning pain worse at night.
Thoughts: fat necrosis from repeated injections vs lipohypertrophy w/ surface breakdown vs early calciphylaxis (advanced CKD though not on HD).
Insulin site changed to thighs as of today. Derm eval requested.
"""),
("2019-12-16", "Weekly Physician Summary", """
WEEKLY MD NOTE 12/9-12/16
Skin: derm saw L lower abd lesion 12/11 - impression "possible calciphylaxis, cannot exclude; injection-related panniculitis also on the list". Bx held: plt 38K, INR 1.9 from congestive hepatopathy. After family mtg 12/13, pt + son chose comfort-focused care, so no tissue dx will be pursued.
Renal: CKD IV, dialysis not in line w/ goals.
Endo: glargine reduced, FSBG bid only.
Wt stable, BMI 31.2.
Dispo: to inpatient hospice 12/17.
"""),
]}

G16 = {"patient_id": "G16", "age": 80, "sex": "M", "notes": [
("2020-08-10", "Wound Care Rounds", """
Wound Rounds - Tuesday team (MD, WOC RN, RD, PT)
80M, prolonged vent wean (now PS 8/5 days), ESRD HD TTS, DM2 on linagliptin, AF - warfarin. BMI 25.5.
R heel, posterior aspect - dry adherent eschar measuring 2.7 x 1.9 cm, dusky mottled rim, pt pulls leg away to touch. He has been in a R PRAFO (multipodus) for foot drop since 7/2020; eschar lies at the edge of the heel cup.
Thoughts: unstageable PI vs calciphylaxis, not able to distinguish at bedside.
Plan: PRAFO off, heel floated on pillow, ABIs, derm.
"""),
("2020-08-21", "Dermatology Consult", """
Dermatology - inpatient consult (LTACH)
R heel eschar w/ livedoid rim. DDx: unstageable PI from the boot vs calciphylaxis vs ischemia from PAD. ABIs non-compressible bilat (calcified vessels).
Shave/superficial punch on 8/14 returned nondiagnostic - dermal necrosis only, subcutis not sampled.
Recommend deeper wedge bx; daughter (HCPOA) prefers to wait, worried about a second non-healing wound.
"""),
("2020-09-14", "Weekly Physician Summary", """
Wkly summary 9/7-9/14
- R heel: dry, stable, still painful. Cause still undetermined (pressure injury ? calciphylaxis). HCPOA declines repeat bx - will continue to offload.
- Pulm: TC 18 h/day.
- Renal: HD TTS, no changes.
- Heme: warfarin, INR 2.2.
- DM: A1c 7.0 on linagliptin.
"""),
]}

G17 = {"patient_id": "G17", "age": 57, "sex": "F", "notes": [
("2023-02-13", "Nursing Note", """
0615 - PIV L forearm (#20g, inserted 2/8) infiltrated, site cool, pale and puffy. Line pulled. Arm elevated on 2 pillows. No warm compress used. MD aware.
Pt on nightly PD via cycler; trach collar 40% during day shift, resting on vent overnight.
"""),
("2023-02-27", "Wound Care Note", """
Wound nurse f/u
L volar forearm where the IV infiltrated 2/13: ulcer ~3.1 x 1.8 cm, edge blackened, violaceous lacy border. Very tender. Started to open around 2/20.
Imp: extravasation injury, though calciphylaxis can't be excluded in a PD pt.
Wt 70.3 kg (no height on file).
"""),
("2023-03-08", "Discharge Summary", """
LTACH DISCHARGE SUMMARY
Principal dx: chronic hypoxic/hypercapnic resp failure, decannulated 3/2.
Secondary: ESRD on PD; L forearm ulcer, etiology unclear - DDx extravasation injury vs calciphylaxis; no biopsy before discharge. Outpt derm appt 3/21.
Not diabetic. Never on warfarin.
Disposition: Glenhaven SNF.
"""),
]}

G18 = {"patient_id": "G18", "age": 64, "sex": "M", "notes": [
("2025-03-03", "Wound Care Note", """
WOC note
Both feet: livedo mottling over plantar surfaces, dusky toes 2-4 bilat with small patches of dry necrosis, painful to touch. Appeared after L heart cath done 2/20 at Beacon Heart Institute.
Background: HD-dependent ESRD; diabetic, uses glargine; obese (36.9 kg/m2).
Imp: atheroemboli post-cath vs ? calciphylaxis - need bx.
"""),
("2025-03-12", "Dermatology Consult", """
Derm consult
Punch bx 3/5 from L dorsal foot livedo: cholesterol clefts occluding arterioles; no mural calcium, no thrombosis pattern of calciphylaxis.
Final: atheroembolic (cholesterol crystal) disease. This excludes calciphylaxis.
Plan: statin, podiatry, pain control; no STS needed.
"""),
("2025-03-24", "Weekly Physician Summary", """
WEEKLY SUMMARY
- Feet: atheroembolic toe necrosis, dry, demarcating; podiatry seeing weekly.
- Vent: weaned to TC, PMV with SLP.
- Renal: HD MWF.
- Endo: glargine 20u qHS + SS.
- Wt unchanged, BMI 36.9.
"""),
]}

G19 = {"patient_id": "G19", "age": 45, "sex": "M", "notes": [
("2018-04-09", "LTACH Admission H&P", """
H&P
45M, trach/vent after necrotizing pancreatitis complicated by AKI - CRRT for 12 days at outside ICU, then renal recovery; off all dialysis since 3/2018, Cr 1.6 on transfer.
Family hx: his older brother, who had been on hemodialysis, died in 2015 of calciphylaxis.
Not diabetic. Never anticoagulated w/ warfarin. BMI 23.0.
Skin: stage 2 sacral PI, 2 x 1 cm, from ICU.
"""),
("2018-04-23", "Wound Care Note", """
WOC
Sacral PI stage 2 - smaller, pink base. No other open or discolored areas on skin survey. Pt (mouthing words) asked whether he could "get what my brother had" - explained his kidneys have recovered and there are no skin findings.
"""),
("2018-05-07", "Weekly Physician Summary", """
Weekly summary 4/30-5/7
- Resp: decannulated 5/3, RA sats 95%.
- Renal: Cr 1.4, no dialysis.
- Skin: sacral PI healed. No lesions suggestive of calciphylaxis.
- Dispo: acute rehab next week.
"""),
]}

G20 = {"patient_id": "G20", "age": 59, "sex": "F", "notes": [
("2021-07-12", "Weekly Physician Summary", """
WEEKLY SUMMARY 7/5-7/12 - Vent Weaning Unit
Resp: trach collar 10h/day, vent overnight.
Renal: ESRD, HD MWF via RUE fistula.
Endo: insulin-dependent DM2, detemir + aspart.
Cardiac: paroxysmal AF, warfarin (INR 2.4).
Wt 112 kg, BMI 40.0.
Skin: full survey intact.
Education: discussed with pt that her combination of dialysis, warfarin and obesity raises calciphylaxis risk. Nursing to rotate insulin sites, avoid heat packs/ice on fatty areas. If a painful purple or dark patch shows up, call derm promptly.
"""),
("2021-07-26", "Weekly Physician Summary", """
WEEKLY SUMMARY 7/19-7/26
Resp: TC 16h, speaking valve trials.
Renal/endo/cardiac: unchanged (HD, insulin, warfarin).
Skin: survey again intact, no lesions, no wounds.
Plan: continue wean; d/c planning to home w/ HH once decannulated.
"""),
]}

PATIENTS = [G15, G16, G17, G18, G19, G20]
