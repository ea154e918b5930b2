"""probe89 corpus notes, I15-I20 (acute care surgery and trauma service; all invented)."""

I15 = {"patient_id": "I15", "age": 45, "sex": "M", "notes": [
("2021-03-10", "Trauma Bay Secondary Survey", """
Trauma bay - secondary
45M construction worker, fell ~8 ft from scaffolding onto rebar pile. Helmet on. GCS 15.
PMH: ESRD on HD (TTS) 2/2 HTN, no DM, no anticoag.
Secondary: 6 cm laceration R anterior shin over mid tibia, through dermis, dirty; no bone exposed. XR tib/fib neg. Rest of survey unremarkable, FAST neg.
Procedure: lac irrigated w/ 1L, debrided edges, closed w/ 4-0 nylon simple interrupted. Tdap. Keflex x 5 days.
BMI 28.4. D/C home, suture removal 14 days.
"""),
("2021-04-02", "Trauma Clinic Visit", """
Trauma clinic
Sutures removed at 2 wks by PCP. Now ~3 weeks after injury the R shin lac has a black scab that keeps getting bigger and hurts a lot, esp at night.
Exam: 3 x 2 cm dry eschar along the laceration line, dusky violaceous skin around it in a netlike pattern, tender; no purulence.
Imp: poorly healing shin lac in HD pt - possible calciphylaxis vs. wound necrosis/ischemia. ABI 1.1.
Plan: recommend bx by derm; vascular eval.
"""),
("2021-04-16", "Telephone Encounter", """
Phone call - clinic RN
Pt called to cancel derm bx, says he is moving to Arizona next week to be near family, will establish there. Declines bx here.
Advised to show the wound to his new doctors and tell them calciphylaxis is on the list. Dx never confirmed here.
"""),
]}

I16 = {"patient_id": "I16", "age": 70, "sex": "F", "notes": [
("2018-05-14", "SICU Progress Note", """
SICU PROGRESS NOTE - POD 6 s/p ex-lap, SBO w/ resection
70F ESRD/HD, diabetic on insulin (insulin gtt -> SQ), AF - home warfarin held, now on heparin SC TID (abdominal wall sites).
Overnight: new painful dusky patches on the lower abdomen.
Skin: periumbilical and bilat lower abdomen: retiform purpuric patches, 2-4 cm, multiple, centered on heparin injection sites, one w/ early gray center. Incision c/d/i.
Plt 88 (from 240).
DDx: HIT w/ skin necrosis vs calciphylaxis vs warfarin necrosis (unlikely, warfarin held x 7 days).
Plan: stop all heparin, send PF4, argatroban, derm to bx.
"""),
("2018-05-17", "SICU Progress Note", """
SICU progress - POD 9
PF4 ELISA OD 0.42 (weak), SRA pending.
Derm punched a L lower abd patch: superficial dermal necrosis, fibrin thrombi; no vascular calcification seen in this sample - nondiagnostic (probably too shallow a sample). Calciphylaxis still on the ddx.
Patches enlarging, pain severe.
Family meeting scheduled re: goals.
"""),
("2018-05-19", "Family Meeting Note", """
SICU family meeting
Present: husband, 2 sons, SICU attending, ACS attending, palliative.
Discussed worsening multiorgan failure and the unclear skin process (HIT vs possible calciphylaxis - no definite dx; repeat deep bx offered, family declined as it would not change direction of care).
Decision: comfort-focused care, no further bx. HD stopped.
"""),
]}

I17 = {"patient_id": "I17", "age": 59, "sex": "M", "notes": [
("2024-02-20", "Operative Note", """
Operative report
Procedure: colostomy takedown (reversal of Hartmann), LLQ stoma site closed in purse-string.
Findings: dense adhesions, uneventful anastomosis.
PMH: ESRD, PD x 3 yrs (temporarily on HD during admission), no DM, BMI 25.5.
"""),
("2024-04-09", "Acute Care Surgery Clinic", """
ACS clinic
Back on PD. Midline healed. LLQ old stoma site: since approx 3 weeks ago a painful, hard purple ring with a black center developed at the purse-string closure.
Exam: 2.5 cm eschar + 5 cm indurated violaceous halo, livedo inferiorly. No drainage.
Imp: ? CUA at ostomy closure site vs delayed wound healing / stitch abscess.
Plan: bx offered; he refuses ("no more cutting"). Renal notified.
"""),
("2024-05-14", "Acute Care Surgery Clinic", """
ACS clinic
LLQ lesion smaller, 1.5 cm, healing w/ silver dressing. Still declines biopsy. Cause uncertain - possible calciphylaxis vs poor healing; no confirmation.
Discharged to PCP/renal.
"""),
]}

I18 = {"patient_id": "I18", "age": 54, "sex": "M", "notes": [
("2023-07-22", "Acute Care Surgery Consult", """
ACS CONSULT - ED
54M ESRD (HD), insulin-requiring diabetic, BMI 34.0. R thigh pain and darkening skin x 2 days, fever 39.1, HR 124.
Exam: R lateral thigh - 12 cm area of dusky skin with central necrosis and bullae, crepitus on palpation, pain beyond margins.
CT: subcutaneous gas tracking along fascia.
Ddx: NSTI vs calciphylaxis (ESRD). Gas makes NSTI far more likely.
Plan: OR now.
"""),
("2023-07-22", "Operative Note", """
OP NOTE
Procedure: radical debridement R thigh, skin/subQ/fascia 25 x 15 cm.
Findings: dishwater fluid, grey nonviable fascia, easy finger dissection - necrotizing fasciitis.
Specimens: tissue cx, path.
"""),
("2023-07-27", "SICU Progress Note", """
SICU progress
Cx: GAS + anaerobes. Path from OR: necrotizing fasciitis; vessels without calcification, no features of calciphylaxis - ruled out.
Wound 26 x 16 cm, VAC, back to OR Friday for second look.
"""),
]}

I19 = {"patient_id": "I19", "age": 67, "sex": "F", "notes": [
("2025-01-14", "Trauma Bay Secondary Survey", """
Geri trauma - secondary survey
67F GLF on wet floor at her HD unit, landed on L elbow.
PMH: ESRD on HD x 2 yrs, HTN, no diabetes, no warfarin. Family hx: brother had calciphylaxis "from his kidneys" and lost a leg.
Exam: L elbow - 3 x 2 cm abrasion olecranon, no bony tenderness. Rest of skin intact, no ulcers, no purpura, no livedo.
BMI 29.0.
Plan: local wound care, d/c.
"""),
("2025-01-15", "Trauma Tertiary Survey", """
Tertiary survey (kept overnight in obs for pain + ambulation)
No new complaints. L elbow abrasion clean, bacitracin. Full head-to-toe re-exam: no missed injuries, skin otherwise intact.
Ambulating w/ PT, safe for home. HD tomorrow at usual unit.
"""),
("2025-01-28", "Trauma Clinic Visit", """
Trauma clinic
L elbow abrasion healed. Skin elsewhere normal. Pt worried because of brother's calciphylaxis - reassured, no signs of it; told to report painful skin patches.
D/C from clinic.
"""),
]}

I20 = {"patient_id": "I20", "age": 72, "sex": "M", "notes": [
("2022-10-04", "SICU Progress Note", """
SICU PN - POD 2 ex-lap, LOA for SBO
72M, CKD stage 4 - eGFR 18, no dialysis; AF, warfarin held, no DM. BMI 30.6.
Incision clean. Wt stable.
Skin: no lesions.
Plan: resume warfarin POD 3 if ok. Given CKD + warfarin, should painful skin plaques appear, calciphylaxis should be considered.
"""),
("2022-10-07", "Surgery Floor Progress Note", """
Gen surg PN
Tolerating diet. Incision healing. No skin lesions.
Counselled: avoid ice packs on the incision at home. D/C home tomorrow.
"""),
("2022-10-20", "Acute Care Surgery Clinic", """
Post-op visit, ACS
Doing well, eating, BMs normal. Staples out today, wound well approximated, no erythema.
Back on warfarin since discharge, INR 2.4 at the anticoag clinic.
Skin of trunk and legs inspected - nothing concerning. Wt 97 kg - BMI still 30.6, class I obesity.
F/u prn.
"""),
]}

PATIENTS = [I15, I16, I17, I18, I19, I20]
