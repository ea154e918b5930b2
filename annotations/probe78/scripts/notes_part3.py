"""probe78 corpus notes, F15-F20 (consultation-liaison psychiatry and behavioural health; all invented)."""

F15 = {"patient_id": "F15", "age": 68, "sex": "F", "notes": [
("2018-09-05", "Medicine Progress Note", """
Gen Med PN
68F, CKD 3b (Cr 2.1, eGFR 34, no dialysis), paroxysmal AF on warfarin, hx of hoarding d/o, lives alone.
L anterior shin ulcer 2.5 cm w/ black crust, surrounding violaceous mottling; pt admits "I pick at the scabs on that leg", has done so since June.
INR 3.4. BMI 28.0. Non-diabetic.
A: ulcer L shin - differential: self-excoriation, warfarin skin necrosis, or possibly non-uremic calciphylaxis. Derm asked to see; will consider bx.
"""),
("2018-09-07", "Psychiatry C-L Consult", """
C-L: "Capacity to refuse skin biopsy?"
Pt calm, articulate, oriented. Explains that a biopsy "would just make another hole I'll pick at". Can paraphrase the reason for the biopsy (to look for calciphylaxis, a rare but serious condition, or other causes), the risk of missing a diagnosis, and the alternative (watch and dress). Decision consistent with prior refusals of procedures.
Hoarding d/o and chronic skin picking noted; no psychosis, no depression meeting criteria.
Opinion: has capacity to decline the bx.
"""),
("2018-09-10", "Discharge Summary", """
DC summary
Leg ulcer L shin, etiology unclear — calciphylaxis was considered but could not be confirmed as pt declined biopsy. Warfarin dose reduced, INR 2.5 at dc. Left against advice before derm could re-examine. Outpt derm appt booked; pt did not attend (per 10/2018 addendum).
"""),
]}

F16 = {"patient_id": "F16", "age": 52, "sex": "M", "notes": [
("2020-02-11", "Psychiatry Outpatient Note", """
Psychiatry clinic — health anxiety / illness anxiety d/o
Pt (52M, PD for ESRD, T2DM on insulin degludec + lispro) reports he has "googled calciphylaxis" obsessively after a lump came up in his left lower abdomen where he injects insulin, first felt just after New Year. Checking the lump 40x/day, reassurance seeking from wife.
Exposure + response prevention introduced; limit body checking to once daily.
BMI 32.0.
"""),
("2020-02-18", "Nephrology Clinic Note", """
Renal — PD clinic
L lower quadrant: firm, tender 2-cm subQ nodule right at one of his insulin spots, faint violaceous hue, no ulceration, no necrosis. Cannot exclude early calciphylaxis (CUA) given Phos 6.9, PTH 640. Lipohypertrophy also possible.
Plan: punch bx; rotate insulin to R abdomen/thighs.
"""),
("2020-03-03", "Dermatology Clinic Note", """
Derm
Punch bx L abdomen 2/21: fibrosing panniculitis only; vKossa: no mural Ca; nondiagnostic; sampling error possible. Nodule slightly smaller.
Differential still open: early calciphylaxis? versus insulin lipohypertrophy with secondary panniculitis. Offered deep incisional bx, pt declined for now ("I'll just obsess over the scar").
F/u 3 mo; not seen again at this clinic.
"""),
]}

F17 = {"patient_id": "F17", "age": 84, "sex": "M", "notes": [
("2025-07-02", "Psychiatry C-L Consult", """
C-L psych — hypoactive delirium vs depression?
84M ESRD on HD, severe PAD, admitted w/ GI bleed. Hx of soft R wrist restraint 6/24-6/26 for pulling NG tube.
Pt drowsy, poorly attentive, RASS -2. Hypoactive delirium rather than depression.
Recs: minimize anticholinergics, family presence, palliative care consult (goals).
"""),
("2025-07-05", "Hospitalist Progress Note", """
HM PN
R dorsal forearm just above the wrist, where the restraint cuff sat: 3 cm dusky plaque with small central ulcer, tender. Ddx pressure injury from the cuff; ischemic (PAD) ulcer; need to r/o calciphylaxis.
BMI 25.1. Not diabetic. Not on warfarin (on aspirin).
Derm consult requested; family meeting tomorrow.
"""),
("2025-07-08", "Palliative Care Note", """
Palliative care:
Family meeting held w/ 2 daughters. Pt's goals: comfort, home. HD to stop after Friday's session. Derm biopsy of forearm ulcer cancelled as it would not change management — so whether this was calciphylaxis stays unanswered.
Plan: transfer to inpatient hospice 7/9.
"""),
]}

F18 = {"patient_id": "F18", "age": 36, "sex": "F", "notes": [
("2023-04-18", "Nephrology Inpatient Consult", """
Renal consult
36F, ESRD 2/2 lupus nephritis on HD 3x/wk (M/W/F) at the county unit; T1DM, pumps insulin, BMI 27.0, no anticoagulant.
Multiple angulated crusted ulcers over lower abdomen and anterior thighs, some with dusky edges. Concerning for calciphylaxis given Ca x Phos 72. Derm + bx requested.
"""),
("2023-04-21", "Dermatology Consult", """
Derm: bx L abdomen 4/19 - epidermal necrosis with superficial dermal damage, NO vascular calcification, no thrombi, von Kossa negative. Geometric shapes, sparing of the upper back.
Impression: dermatitis artefacta favored. Calciphylaxis ruled out.
Recs: gentle discussion, psychiatry referral, wound care.
"""),
("2023-04-25", "Psychiatry C-L Consult", """
C-L psych
Pt initially angry about "being called a liar" but engaged. Acknowledges scraping her skin with a nail file when overwhelmed — started after her dialysis access failed in March. No SI. Meets criteria for factitious disorder imposed on self? — not clear, more likely NSSI with shame.
Plan: DBT referral, safety plan, follow up after dc.
"""),
]}

F19 = {"patient_id": "F19", "age": 44, "sex": "F", "notes": [
("2019-10-09", "Primary Care Behavioral Health Note", """
PCBH visit (20 min)
Pt referred by PCP for health anxiety. Her mom (dialysis) died 2017 of calciphylaxis after a year of leg wounds; pt now inspects her own shins daily and asks for repeat kidney labs. Creatinine 0.7, eGFR >90, UA normal (PCP note).
No skin lesions on her own report or on PCP exam. No DM, no anticoag. BMI 22.4.
Plan: CBT for health anxiety, 4 sessions; reduce checking.
"""),
("2019-11-06", "Primary Care Note", """
PCP f/u
Anxious about a "bruise" on R shin: a 1 cm yellow-green ecchymosis from bumping the dishwasher door last week, resolving. Not calciphylaxis; normal renal function, no risk factors.
Reassured. Continue PCBH.
"""),
("2019-12-18", "Behavioral Health Follow-up", """
PCBH session 4 of 4
Shin checking down from ~15x/day to once at bedtime (self-monitoring log). Dishwasher bruise long gone; she laughed that she "nearly booked a nephrologist over a kitchen appliance".
Discussed grief for her mother rather than fear of illness as the driver. GAD-7 from 15 to 7.
No renal disease, no skin lesions. Discharged from PCBH to PCP; return prn.
"""),
]}

F20 = {"patient_id": "F20", "age": 60, "sex": "M", "notes": [
("2025-01-13", "Dialysis Social Work / Behavioral Health Note", """
HD unit SW note
Pt (60M, in-center HD TTS, T2DM (sitagliptin), AF anticoagulated w/ warfarin) tearful after a chair-neighbour was admitted with "calciphylaxis". He asked whether he would get it too.
Discussed with RN & nephrologist present: risk of calciphylaxis exists w/ warfarin and high phosphate; suggested he keep heat pads and cold packs away from his skin, and to report any new painful sore or purple patch early. Skin check today: intact.
PHQ-9 9. Offered counseling.
"""),
("2025-02-10", "Nephrology Monthly Rounding Note", """
Monthly rounds
Phos 5.1 (better with sevelamer). BMI 31.0, obesity. Warfarin continued for AF (CHA2DS2-VASc 4); discussed apixaban switch if he ever develops skin ulcers.
Full skin exam: skin unbroken everywhere, without livedo or purpura.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
