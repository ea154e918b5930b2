"""probe225 corpus notes, C15-C20 (infection prevention, line surveillance and the clinics around them; all invented)."""

C15 = {"patient_id": "C15", "age": 52, "sex": "F", "notes": [
("2025-06-10", "Isolation Precautions Note", """
IP note - isolation review, 3S-309      6/10/25
52F, ESRD, cycler PD at home; type 2 diabetic on Lantus 30u + Humalog scale - injects all of it
around her navel. BMI 31.8. Admitted 6/8 for volume overload.
Admission screen: MRSA nares PCR pos 6/9 -> contact precautions per policy (colonized, inpt).
RN concern: red, hard, tender lumps around the navel at her insulin injection sites, "?abscess".
No drainage -> no draining-wound flag. Wound cx not possible (nothing to swab).
Recs: continue contact for MRSA colonization; mupirocin decolonization x5 d + daily CHG
bathing; if any lump opens or drains, swab it and page IP.
Hand hygiene: 3/3 observed.
"""),
("2025-06-12", "Dermatology Consult", """
DERM CONSULT      06/12/2025
Periumbilical area: five deep subcutaneous nodules, firm and TTP, sized 1 to 2.5cm, violaceous skin
over them, a 4mm dusky centre on the largest; all within her insulin injection zone. Bedside
US: no fluid collection.
Ddx: early calciphylaxis (ESRD on PD, insulin sites) vs panniculitis/fat necrosis from the
injections vs lipohypertrophy with bleeding into it. Cannot exclude calciphylaxis.
Plan: offered deep incisional bx (best test) - she says not now. Move insulin to
the thighs. Mineral panel; analgesia.
Vitals: T 36.8, HR 82.
Labs: iPTH=455, P=6.0, Ca=9.3 (6/11)
"""),
("2025-06-18", "PD Clinic Post-Discharge Note", """
PD clinic, post-discharge      6/18/2025
Periumbilical nodules slightly softer, dusky spot unchanged, still tender. Needle aspirate
6/13 (IR) - scant blood, cx no growth.
Remains "possible calciphylaxis" - pt still declines biopsy. Insulin now in her thighs.
Pt is moving to her sister's in Arizona next week; records sent; PD unit there has accepted
her. Advised to get a biopsy there if the nodules darken or open.
BMI 31.8. Not on warfarin. PD: 4 exchanges overnight, UF 1.1 L, effluent clear.
"""),
]}

C16 = {"patient_id": "C16", "age": 80, "sex": "M", "notes": [
("2019-11-05", "Infection Prevention - CLABSI Review", """
IP BSI REVIEW - MICU      11/05/2019
80M; ESRD (Tues-Thurs-Sat hemodialysis; L forearm AVG); AF, on warfarin (held, INR 3.8
on adm); CHF. Not diabetic. BMI 28.0.
Line: R femoral CVC (triple lumen) placed emergently 10/28/19 in the ED during a code;
insertion checklist incomplete (no observer). Line day 9.
BCx 11/3: coag-neg staph 1 of 2 sets; repeat 11/4 negative -> single commensal, LCBI criteria
not met; no CLABSI.
Insertion site: skin around the R femoral puncture now dusky over 3 cm with a black center; no
pus. Reccomend removing the line (emergent insertion >48 h, femoral) and having the team look
at the site.
"""),
("2019-11-07", "General Surgery and Dermatology Joint Consult", """
GEN SURG + DERM joint consult      11/7/19
Line pulled 11/5. R groin at the former femoral site: black eschar 4x3cm ringed in violet,
retiform edge; no crepitus or fluctuance; CT pelvis 11/6: negative for gas or abscess.
Ddx: calciphylaxis (ESRD, warfarin, line trauma) vs necrotizing infection (doubtful - afebrile,
CT clean) vs pressure necrosis from the catheter hub and sutures.
Cannot exclude calciphylaxis; a biopsy would settle it but the family prefers no procedures -
deferred.
Plan: local wound care; warfarin stays held; no OR.
"""),
("2019-11-12", "Palliative Care Note", """
PALLIATIVE CARE      11/12/19
Family meeting with daughter and son (HCP). Pt has declined further; HD has become a burden.
Decision: stop HD after Thursday's session, comfort-focused care, inpatient hospice bed.
Skin: R groin wound ("possible calciphylaxis", never biopsied) - morphine for pain, dressings
for comfort only.
Isolation: none. Lines: AVG only.
Symptoms: dyspnea mild, on 2 L NC; no agitation.
Meds: morphine 2 mg IV q2h prn pain/dyspnea; glycopyrrolate prn secretions; lorazepam prn.
Chaplain visited. Son asks that no further labs be drawn.
"""),
]}

C17 = {"patient_id": "C17", "age": 70, "sex": "F", "notes": [
("2022-01-18", "Isolation Precautions Note", """
IP - COVID-19 isolation note      1/18/22
70F, COVID-19 pneumonia, admitted 1/10/22; airborne + contact + eye protection, AIIR 6N-02
(negative pressure verified by smoke test today).
PPE doffing observed x2 - 1 error (gloves off after gown) -> coached on the spot.
Devices: sequential compression sleeves wrapped on both calves from admission, running
continuously; PIV R hand; no CVC, no Foley.
VTE ppx mechanical only (platelets 48).
RN report: new mottled purple areas on both calves under the sleeves, noticed yesterday.
Other: CKD4 - GFR 22 mL/min, not yet dialyzing; diabetic (type 2) using insulin; BMI 35.0.
No anticoagulants.
"""),
("2022-01-21", "Dermatology Consult", """
DERM CONSULT (bedside, full PPE)      1/21/2022
Both posterior calves, in the area covered by the SCD sleeves: retiform purpura and livedo,
two firm tender nodules R calf, tiny dusky center on the L.
Ddx: calciphylaxis (CKD 4, insulin, obesity) vs pressure damage from the SCD sleeves
themselves vs cholesterol emboli (cardiac cath 1/12) vs COVID-associated thrombotic
vasculopathy.
Plan: 4 mm punch R calf today; stop SCDs; labs Ca/Phos/PTH and eosinophil count.
Vitals: T 37.9, SpO2 93% on 4 L. Photos to media tab. Will follow.
"""),
("2022-02-03", "Dermatology Addendum", """
DERM ADDENDUM      2/3/22
Punch R calf (1/21): epidermal necrosis and dermal hemorrhage; subcutis not sampled; no calcium
seen, no emboli. Nondiagnostic.
Calciphylaxis remains possible - she needs a deeper, incisional sample.
Pt was discharged 1/28 to an out-of-network SNF; left messages for the SNF physician and the
pt's son x2, no callback. Records faxed 2/2.
Labs from 1/22: Ca 9.0, phos 5.8, PTH 310; eosinophils normal. If she comes back here, derm
will re-sample with a deeper wedge from the R calf nodule.
"""),
]}

C18 = {"patient_id": "C18", "age": 64, "sex": "M", "notes": [
("2021-10-14", "SSI Surveillance Review", """
SSI SURVEILLANCE - CBGB      10/14/2021
64M, CABG x3 (LIMA-LAD, SVG x2) 9/27/21; sternal incision + L leg vein harvest.
ESRD; HD via R brachiobasilic fistula. Insulin-treated DM2. Obesity class I - BMI 30.8 pre-op.
Periop: cefazolin + vanc (MRSA nares +), CHG wipes, glucose <180 for 48 h.
POD 17: sternal wound - inferior third carries a 2cm black eschar, erythema 3 cm around, scant
cloudy drainage per CT surgery note 10/12. Leg harvest site intact.
Nephrology raised ?calciphylaxis given ESRD and PTH 1,200.
IP: awaiting cx and bx; classification pending.
"""),
("2021-10-18", "Dermatology Consult", """
DERM      10/18/21
Bx inferior sternal wound edge (10/15): dermal neutrophilic abscess with gram-positive cocci;
von Kossa stain negative - vessels free of calcium; no small-vessel thrombosis. Tissue cx: MRSA.
Impression: wound necrosis from infection. Calciphylaxis excluded.
Plan: per CT surgery / ID. Nothing further from derm; happy to re-see.
Exam 10/15: eschar 2.5 cm at the lower sternotomy, red rim, fluctuant at one edge; trunk and
legs otherwise clear (not a hint of livedo or retiform purpura). T 38.1.
Wt now 91.4 kg, BMI 29.6.
"""),
("2021-10-22", "SSI Surveillance - Final Determination", """
SSI DETERMINATION      10/22/21
Procedure CBGB 9/27/21. Event: superficial incisional SSI (chest) - purulent drainage +
organism (MRSA from tissue), date of event 10/12/21, POD 15, inside the 30-day window.
Not deep: fascia and sternum intact on CT, wires stable.
Calciphylaxis was considered and ruled out by biopsy.
Reported to NHSN. Feedback to CT surgery: MRSA despite vanc prophylaxis - review timing (vanc
started 50 min before incision; target 60-120).
Next: unit-level review of vanc timing; case added to the monthly SSI report.
"""),
]}

C19 = {"patient_id": "C19", "age": 45, "sex": "F", "notes": [
("2023-04-11", "Infection Prevention - Preoperative Screening", """
PRE-OP INFECTION PREVENTION SCREEN      4/11/2023
45F booked for lap cholecystectomy 4/25/23.
Nares PCR: MSSA pos, MRSA neg -> decolonization: mupirocin BID x5 d + CHG wash the night before
and the morning of surgery; handout given, teach-back done.
PMH: CKD 3a (eGFR 52) from reflux nephropathy, not on dialysis; HTN; not diabetic. BMI 25.3.
Meds: lisinopril; no anticoagulants.
FHx: mother (HD x 9 yrs) - calciphylaxis, which killed her in 2015; pt anxious
about this.
Skin: intact, no wounds.
Vitals at screen: BP 128/82, afebrile.
"""),
("2023-05-09", "Nephrology Clinic Note", """
Renal clinic      9 May 2023
Recovered well from the cholecystectomy 4/25; port sites healed.
Talked about her mother's calciphylaxis - she wanted to know whether she could get it too.
Explained that it is rare outside dialysis and with normal Ca/Phos; her CKD 3a is stable.
Labs: Cr 1.2, eGFR 53, iPTH=68, P=3.6, Ca=9.3.
Skin: whole-body look today unremarkable - nothing purple, no nodules, no open areas.
BMI 25.3.
Plan: lisinopril unchanged, home BP log (target under 130/80), labs again in 6 mo.
"""),
]}

C20 = {"patient_id": "C20", "age": 56, "sex": "M", "notes": [
("2018-03-06", "Dialysis Unit Infection Control Note", """
HD IC review - Brookhollow Dialysis      3/6/18
56M, ESRD; chair 9, first shift M/W/F; access L upper-arm graft.
Hep B: anti-HBs 4 (nonresponder after 2 series) - not infected; HBsAg monthly per protocol.
AVG cannulation: rope-ladder, site rotation OK; arm washed on arrival - observed.
Flu vaccine 10/2017 done. PPSV23 due - given today, R deltoid.
DM2 diet-controlled, HTN. No warfarin. BMI 27.0.
No MDRO, no open wounds.
Pre-tx VS: 150/84, HR 76, 36.7. Weight 88.1 kg.
Reviewed hand hygiene at the chair and cough etiquette with pt; he keeps his own clean
arm towel.
"""),
("2018-04-10", "Nephrology Education Note", """
Renal: CKD-MBD teaching visit      April 10, 2018
Phos 7.8, PTH 890 - long talk: persistently high phosphate makes calciphylaxis more likely in
people on dialysis; described it (painful purple or black patches of skin) and asked him to
show us any such spot right away. Told him to keep heat pads / hot-water bottles off his skin; if he
ever needs insulin, rotate the sites.
Skin: intact, no lesions. No calciphylaxis.
Plan: binder adherence, dietitian visit, cinacalcet 30 mg daily.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
