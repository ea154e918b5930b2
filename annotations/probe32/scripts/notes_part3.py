"""probe32 corpus notes, P15-P20 (primary care and geriatrics outpatient; all invented)."""

P15 = {"patient_id": "P15", "age": 69, "sex": "M", "notes": [
("2025-01-14", "Annual Wellness Visit", """
MEDICARE ANNUAL WELLNESS + chronic dz f/u
69M, Clement. Accompanied by wife.
Problem List:
 (1) ESRD on home PD (APD, Baxter cycler) since 2022
 (2) T2DM on insulin - degludec 26 u daily + aspart w/ meals; self-injects, anterior thighs, alternating sides
 (3) Ischemic cardiomyopathy, EF 25%, ICD 2021
 (4) Hyperkalemia, recurrent
 (5) Overweight, BMI 27.9
 (6) Diabetic retinopathy
 (7) Peripheral neuropathy
 (8) Chronic anemia of CKD on ESA
Frailty: gait speed 0.7 m/s, needs cane. Advance care planning begun: he is "tired of hospitals," MOLST completed (DNR/DNI, selective tx).
Skin exam: no lesions on thighs, abdomen intact around PD exit site.
No anticoagulants.
"""),
("2025-02-04", "Nurse Triage Call", """
RN triage - wife on phone
Clement has a "dark spot that's awful sore" on the L front thigh, right in his insulin spot, maybe 5 days now. Quarter-sized, purple with a black dot, hard underneath. Warm? wife not sure. No fever.
Care advice: use R thigh or arms for insulin until seen. Appt Mon 2/10 w/ Dr. Lindahl.
"""),
("2025-02-10", "Office Visit", """
Office Visit - Dr. Lindahl
S: L thigh lesion x ~10d, painful.
O: L anterior thigh: indurated violet-hued plaque, 3.5 x 3.0 cm, dark crust 8 mm centrally, faint livedo at the margin; within his injection rotation area. Mildly warm, no fluctuance. R thigh: lipohypertrophy only.
A: necrotic plaque at insulin site in a PD pt. Worry is calciphylaxis; alternatively an abscess or panniculitis at the injection site - cannot tell clinically.
P: doxycycline 100 bid x 7d empirically, derm referral for biopsy (first opening 2/27), PD team informed, no more injections in the L thigh.
"""),
("2025-03-03", "Care Coordination Note", """
Care coordination / hospice transition
Pt admitted 2/20-2/25 with decompensated HF; after family meeting he elected hospice and to stop PD. Enrolled with Valley Hospice 2/26.
Derm appointment (2/27) cancelled at pt request; the L thigh lesion was never biopsied. Hospice aware that calciphylaxis was on the differential but never confirmed; comfort-focused wound care only.
Insulin simplified to low-dose basal. PCP to remain attending.
"""),
]}

P16 = {"patient_id": "P16", "age": 81, "sex": "F", "notes": [
("2018-09-12", "Annual Physical", """
Annual exam - Dr. Castellano
81F, Winifred
PMH: CKD 3a (eGFR 48), DM2 on metformin 500 bid (A1c 7.0), permanent AF on warfarin (CHA2DS2-VASc 5), HTN, hypothyroidism, bilateral hearing loss, hx breast ca 2004 (lumpectomy L, in remission).
BMI 25.5. Independent in ADLs, uses walker outdoors.
Skin: venous stasis changes both ankles, no ulcers.
Plan: labs, INR per anticoag clinic, flu shot today.
"""),
("2018-11-06", "Office Visit", """
Acute visit - Winifred
Painful sore L shin x 3 wk, started as purple blotch, now 2.5 cm ulcer w/ black base and starry purple edges. Denies injury. INR 2.8.
Exam: L pretibial ulcer as described, DP faint bilat. ABI 0.78 L.
A: painful necrotic L shin ulcer. DDx: arterial ulcer vs. warfarin skin necrosis vs. possible calciphylaxis (CKD 3, warfarin, female), less likely pyoderma.
P: derm for biopsy; vascular referral; wound care w/ hydrocolloid.
"""),
("2019-01-15", "Specialist Letter (Dermatology)", """
From Dr. Ferraro, Dermatology
Biopsy of the left shin ulcer edge (11/20/18) was nondiagnostic: ulcer with granulation tissue, no vasculitis, no vascular calcification seen in the limited subcutis sampled. Calciphylaxis can't be excluded on this specimen. Patient and daughter declined a second, deeper biopsy. The ulcer is now half its size with compression-free dressings and better pain control. Working label remains "possible calciphylaxis vs arterial ulcer."
Vascular surgery felt no intervention needed.
"""),
]}

P17 = {"patient_id": "P17", "age": 72, "sex": "M", "notes": [
("2024-03-05", "Geriatrics Clinic Visit", """
Geriatric clinic - NP Okoro
72M, Lionel. ESRD on in-center HD; DM2 (sitagliptin, diet); obesity BMI 31.2; COPD; prior CVA w/ mild L hemiparesis.
Knocked his right ankle on the metal bed frame on 2/14 (Valentine's), small scrape that never healed; now 2 cm shallow ulcer R lateral malleolus with dusky violaceous rim and a net-like purplish discoloration around it, very painful.
DP/PT not palpable R, monophasic dopplers.
Imp: R lateral ankle ulcer after minor trauma. Ddx arterial ulcer (PAD) vs. calciphylaxis - cannot exclude calciphylaxis in this HD pt.
Plan: ABI/arterial duplex, vascular + derm referral, wound care.
"""),
("2024-04-02", "Care Coordination Note", """
Care coordination / transfer of care
Pt relocated to live with his daughter in Tucson on 3/22. Arterial duplex (3/12) showed severe R tibial disease. Derm appt never happened; no biopsy done. Vascular note 3/14: "ischemic ulcer vs calciphylaxis, needs angiogram and bx" - neither completed here.
Endocrine started insulin glargine 10u at last visit (3/8) for A1c 9.1; pt taught pen use.
Records faxed to new PCP and to Desert Sun Dialysis.
"""),
]}

P18 = {"patient_id": "P18", "age": 67, "sex": "F", "notes": [
("2023-07-11", "Office Visit", """
Office visit - Dr. Huang
67F w/ ESRD on HD (MWF), prediabetes (A1c 6.0, no meds), HTN, CAD. Had cardiac cath via R femoral 6/20/23 with stent to LAD.
Now: ~2 wk of painful mottled purple netlike discoloration both feet and lower legs, with two small black toe tips (L 2nd, R 4th).
Exam: livedo racemosa bilat feet/shins, dry gangrene at tips of L2 and R4 toes. Femoral site healed. Pulses palpable.
A: ?calciphylaxis vs cholesterol emboli post-cath.
P: eos, ESR, derm + vascular, hold clopidogrel? -> discussed with cardiology, continue.
"""),
("2023-07-25", "Specialist Letter (Dermatology)", """
Dear Dr. Huang,
Biopsy of the left lateral foot livedo (7/14): cholesterol clefts within dermal arterioles; no medial calcification, no von Kossa-positive deposits. Findings are of cholesterol embolization syndrome following her catheterization. Calciphylaxis is ruled out.
Management per cardiology/nephrology: statin high intensity, supportive toe care.
Best, Dr. Sorensen, Dermatology
"""),
("2023-10-03", "Annual Wellness Visit", """
AWV / chronic care
Problem list updated:
 - ESRD on HD
 - Cholesterol embolization syndrome (bx 7/2023), toes healing, tip of L2 autoamputated
 - Calciphylaxis: ruled out 7/2023 (was on differential)
 - Prediabetes, A1c 6.0 -> 5.9
 - HTN, CAD s/p PCI
 - Overweight, BMI 28.9
 - Osteoarthritis hands
Pt doing well. Flu + COVID boosters given today (R deltoid). Return 6 mo.
"""),
]}

P19 = {"patient_id": "P19", "age": 55, "sex": "M", "notes": [
("2020-09-15", "Annual Physical", """
Annual physical - Dr. Mwangi
55 y/o man, IT support, dialyzing at home overnight with a PD cycler since 2019 (IgA nephropathy).
FHx: Brother (on hemodialysis) developed calciphylaxis of the thighs in 2018 and died of sepsis 2019. Father CAD. Mother DM2.
PMH: ESRD on PD, HTN, gout, obesity (BMI 33.0). No diabetes - A1c 5.3. No anticoagulation.
Skin survey unremarkable; PD catheter exit looks clean.
Pt anxious about "getting what my brother had." Reassured, explained risk factors; will ask his nephrologist about phosphate and PTH targets.
"""),
("2021-03-02", "Telephone Encounter", """
Tel note: pt asking about a scraped knee (R) from kneeling in the garden on 2/27, wants to know if it could turn into his brother's skin disease. States a small 1 cm scrape, scabbed over, not painful, no purple color.
RN: looks like a simple abrasion by description; keep clean, petroleum jelly, call if it becomes painful, dark or spreads. Has dialysis clinic visit Friday, they will look at it.
"""),
]}

P20 = {"patient_id": "P20", "age": 78, "sex": "F", "notes": [
("2025-04-08", "Annual Wellness Visit", """
AWV + problem-based visit, Elm Street Clinic
78F, Opal. Lives alone, daughter nearby.
Problems:
 # ESRD on HD TTS since 2021, L arm AVF
 # DM2 on insulin (Toujeo 22u qAM, injects abdomen/upper arms)
 # Mechanical mitral valve -> warfarin lifelong - Opal aims for INRs of 2.5 up to 3.5
 # Overweight, BMI 26.7
 # Hypothyroid, HTN, glaucoma
 # Urinary incontinence
Fall risk screen: 1 fall last year, no injury.
Skin exam: intact, no wounds.
"""),
("2025-04-29", "Telephone Encounter", """
Anticoag clinic pharmacist call (PharmD M. Albrecht), copied to PCP
INR 3.1, in range. Pt asked after reading online whether warfarin could give her "the skin calcium disease." Discussed that being on both dialysis and warfarin makes calciphylaxis more likely, but that the valve requires warfarin. Counseled: if she ever gets a very painful dark or purple patch on the skin, call the same day. Advised to keep rotating insulin injection sites and to avoid heating pads.
"""),
("2025-08-19", "Care Coordination Note", """
CCM monthly check-in (RN)
Doing ok. Dialysis attendance 100%. Skin: daughter checks legs and belly weekly, no sores or discoloration. Reviewed warning signs again. Meds unchanged. Next PCP visit Oct.
"""),
]}

PATIENTS = [P15, P16, P17, P18, P19, P20]
