"""probe78 corpus notes, F01-F07 (consultation-liaison psychiatry and behavioural health; all invented)."""

F01 = {"patient_id": "F01", "age": 54, "sex": "M", "notes": [
("2022-11-10", "Psychiatry C-L Consult", """
PSYCHIATRY CONSULTATION-LIAISON - INITIAL
Requesting svc: Medicine (Dr. Valdivieso). Reason: ?refusing wound care, ?psychosis exacerbation
ID: 54M w/ schizoaffective d/o bipolar type, maintained on haloperidol decanoate q4wk IM, ESKD getting HD Tues-Thurs-Sat by way of a L forearm fistula.
HPI: Pt admitted for volume overload after missing 3 sessions. Team notes a very painful spot on his R buttock that he will not let nursing dress. On interview pt guarded but linear. States the sore "showed up 3 weeks ago" and that "it's right where the nurse gives me the Haldol every month, that's the poison coming out." He has received the decanoate into the right upper outer gluteal quadrant at the community clinic since June 2022 (clinic confirms they have not alternated sides, pt prefers R "'cause I lie on my left side at night").
MSE: disheveled, fair eye contact, mood "sore", affect constricted, TP mostly linear w/ somatic delusional flavour re: poison, no SI/HI, no AH currently.
Assessment: psychosis largely at baseline; refusal of dressing is pain driven rather than delusional. Pt HAS capacity to refuse a dressing change today, though we encourage pre-medication.
Recs: 1) continue depot, but next dose into L deltoid pending medical input; 2) oxycodone 30 min before dressing; 3) will follow.
"""),
("2022-11-14", "Dermatology Inpatient Consult", """
Derm consult - follow up, biopsy result
Punch bx (4 mm) from edge of R upper outer buttock plaque, taken 11/11: septal & lobular panniculitis w/ calcification of small arterioles, intimal fibroplasia, fibrin thrombi. Von Kossa +.
DIAGNOSIS: biopsy-proven calciphylaxis (CUA).
Exam today: 7x5cm star-shaped necrotic plaque, central black eschar, retiform purpuric border, sits on the depot injection site the pt and clinic describe (monthly IM haloperidol decanoate, R gluteal, since 06/2022). No lesions elsewhere; L buttock, thighs and abdomen clear.
Wt 81 kg, BMI 27.3. Not diabetic. No anticoagulants; specifically never on warfarin.
Recs: Na thiosulfate 25 g IV, give it over the final 60 min of each HD treatment, tighten phos/PTH per renal, NO further injections into either gluteal region, wound care per WOCN.
"""),
("2022-12-01", "Psychiatry C-L Follow-up", """
C-L f/u. Pt seen at bedside w/ sitter present (sitter for elopement risk, not SI). Accepted first dressing change after premed, calls wound RN "the only one who listens". Agreeable to switch from depot to oral haloperidol 5 mg qhs while inpatient, with plan to revisit LAI at L deltoid once eschar stable. Family (sister Rosalind) updated by phone w/ pt permission.
Sleep 6h, no agitation overnight, no PRN used. Will sign off; re-consult prn.
"""),
]}

F02 = {"patient_id": "F02", "age": 47, "sex": "F", "notes": [
("2021-01-12", "PD Clinic Nursing Note", """
Home PD clinic visit - monthly.
CCPD overnight, 5 exchanges, effluent clear. No exit site issues.
She pulled up her sleeve to show a sore on the L forearm (back of the arm, between wrist and elbow), says it "turned dark" on 1/4. Looks like a quarter-sized black scab w/ purple net pattern around it, very tender. She admits she has been picking at that spot "on and off since Thanksgiving", says it's a habit when she's stressed.
BS log: Lantus 30 u hs + lispro w/ meals, FSBG 140-220.
Wt 92.3 kg, BMI 33.8.
Messaged Dr. Pereira-Walsh re: the lesion; pt also asked to talk to someone about the picking, referral to behavioral health placed.
"""),
("2021-01-15", "Behavioral Health Intake", """
Integrated BH intake (warm handoff from renal clinic)
CC: "I can't stop picking, and now my arm is rotting."
Hx: 47F, T2DM on insulin, ESRD on home PD since 2018. Lifelong skin picking, worse since her son deployed. Reports she started going at one patch on the left dorsal forearm on Thanksgiving night 2020 (11/26) while watching the parade replay - "there was a little bump and I couldn't leave it". Picked nightly after that, sometimes with tweezers. Noticed the area went black and very painful on Jan 4. Denies intent to harm self; denies SI, past attempts. PHQ-9 14, GAD-7 12.
Dx: excoriation (skin-picking) disorder; MDD, moderate.
Plan: HRT (habit reversal) weekly x 8, fidget kit, consider NAC after discussing with renal. Safety plan reviewed anyway.
"""),
("2021-01-22", "Dermatology Clinic Note", """
Dermatology - new pt
Seen at nephrology's request: painful ulcer, back of L forearm. Picking history per BH note.
Exam: L dorsal mid-forearm, 2.5 cm ulcer under a firmly stuck black eschar; livedoid violaceous induration spreads 3 cm around it; exquisitely tender. R forearm clear. No other skin lesions.
Incisional bx result (done 1/18): calcium-encrusted, clotted small vessels in the deep subcutaneous fat, which is necrotic - consistent with calciphylaxis.
Impression: calciphylaxis arising in a site of chronic self-excoriation (Koebner-type localisation) in a PD patient on insulin, BMI 33.8.
No hx warfarin. Plan: STS via renal, local wound care, continue BH for picking, occlusive dressing to reduce access to the site.
"""),
]}

F03 = {"patient_id": "F03", "age": 72, "sex": "M", "notes": [
("2023-01-08", "Psychiatry C-L Consult", """
C-L Psychiatry - Delirium consult
72 yo man, ESRD on in-center HD MWF, AF on warfarin, admitted 1/6 w/ HCAP. Since last night acutely agitated, pulled out PIV twice, kicked at staff.
Per RN, soft bilateral ankle restraints + mitts applied at 0200 on 01/07 per restraint order, renewed this AM.
Exam: inattentive (fails months backward), fluctuating, picking at air. CAM-ICU positive.
Impression: hyperactive delirium, multifactorial (infection, uremia, missed HD, new environment).
Recs: treat underlying cause, dialysis today per renal; quetiapine 12.5 mg qhs + q6h prn; discontinue restraints ASAP — favor sitter; reorient, glasses/hearing aids, sleep hygiene. Pt lacks capacity at present for treatment decisions, wife Dolores is surrogate.
"""),
("2023-01-26", "Hospitalist Progress Note", """
Hospital Medicine PN, HD#20
S: Delirium cleared ~1/12. Now complains of burning pain at both ankles. Restraints were on 1/7 through 1/9 (both ankles); RN says skin looked red where the cuffs sat then, settled.
O: bilat medial & lateral malleolar regions: new purple, lacy, firm plaques, L > R, first charted by night RN 01/24. Small central dusky area on L. Pulses dopplerable.
Wt 96 kg, BMI 30.0. INR 2.6 on warfarin.
A/P: new painful retiform plaques in ESRD pt on warfarin at former restraint cuff sites -> concern for calciphylaxis vs pressure injury. Derm consulted for bx. Hold warfarin, bridge per cardiology.
"""),
("2023-02-02", "Dermatology Consult Follow-up", """
Derm f/u. Punch biopsies R and L ankle (1/27) each demonstrate arteriolar medial calcium and thrombi with beginning fat necrosis => calciphylaxis, confirmed. Lesions map onto the band where the restraint cuffs sat (1/7-1/9). Now both ankles have eschars, L 3 cm, R 1.5 cm.
Plan: STS with HD, switch off warfarin permanently (apixaban per cardiology), padded offloading, no compressive devices on legs.
"""),
]}

F04 = {"patient_id": "F04", "age": 61, "sex": "F", "notes": [
("2022-03-03", "Outpatient Psychotherapy Note", """
Individual therapy, session 11 (CBT for depression w/ chronic pain)
Client arrived on time, used cane. Mood "flat, and my side is killing me". Describes a new painful patch on her left side, above the hip bone, "where I keep the heating pad". Every night since Christmas she has fallen asleep with the heating pad against her left flank because the dialysis chair "leaves me cold to the bone". Noticed the area getting dark and hard "sometime in February".
Discussed behavioral activation; homework partially done (2 walks). PHQ-9 down to 11 from 17. No SI.
Encouraged her strongly to show this to her kidney doctor at Monday's run; client agreed and gave permission for me to message the HD unit. Sent.
"""),
("2022-03-07", "Hemodialysis Unit Physician Note", """
HD rounding - chair 14
61F, ESRD 2/2 HTN + T2DM (on glipizide, no insulin), HD MWF via R IJ tunneled cath while AVF matures. Warfarin stopped in 2020 after GI bleed. Class I obesity.
Reviewed message from her therapist. Exam: L flank, 6x4cm firm purple-grey plaque, dusky necrotic centre and surrounding livedo; erythema ab igne faintly visible around it. R flank normal.
Bloods this wk: phosphate high at 7.1 (!), iPTH 820, cCa 9.8.
Imp: ? calciphylaxis — lesion sits right under her nightly heating pad. Derm referral. Counseled to stop heating pad entirely.
"""),
("2022-03-15", "Dermatology Clinic Note", """
DERMATOLOGY
61 y/o woman sent by Dr. Lindqvist (nephrology).
Story: electric heating pad held against the left flank nightly since 12/25/2021; lesion appeared in Feb 2022, painful, darkening.
Exam: left flank: plaque measuring 6.5 by 4 cm; black star-shaped eschar in the middle and a retiform purpuric rim, extremely tender. Faint reticulate brown pigment (EAI) around it.
Given the classic morphology, the setting (ESRD, PTH 820, phos 7) and the patient's wish to avoid a biopsy, we are calling it calciphylaxis on clinical grounds (clinical diagnosis; no biopsy, to spare her a wound that may never close).
Weight 78.0 kg (BMI 29.6).
Plan: thiosulfate at each run, start cinacalcet, local care; discuss with psych re: pain coping.
"""),
]}

F05 = {"patient_id": "F05", "age": 66, "sex": "F", "notes": [
("2024-03-04", "Psychiatry C-L Consult", """
PSYCH C-L — reason for consult: "confused, pulling at lines, ?dementia vs delirium"
66F w/ CKD IV (eGFR 21, RRT not yet started), T2DM using glargine + aspart, mechanical mitral valve on warfarin, admitted 2/29 with MSSA bacteremia. RIGHT upper arm PICC placed 03/02 for 6 wks cefazolin.
Pt intermittently oriented x1-2, reached repeatedly for the PICC, dressing reinforced, arm board placed. Daughter reports no cognitive issues at home, manages own finances.
Impression: delirium due to bacteremia/sleep deprivation; no evidence of underlying major NCD per collateral.
Recs: avoid benzos, melatonin 3 mg qhs, haloperidol 0.5 mg IV q6h prn severe agitation only, sleep protocol; capacity: currently lacks capacity to consent to procedures, daughter (HCP) to decide.
"""),
("2024-04-01", "Internal Medicine Clinic Note", """
Post-discharge visit
Delirium resolved. Completing cefazolin via R arm PICC at infusion center.
New complaint: very painful area around the PICC insertion site, R medial upper arm, noticed on 3/28 by home infusion RN who thought it was "a reaction to the dressing". Exam: 5 cm firm violaceous plaque centred on the PICC entry site, with a 1 cm necrotic center, livedo extending toward the axilla. No purulence, no cord.
INR 3.1. Weight 101 kg, BMI 36.2, obese.
Differential: calciphylaxis; warfarin-related necrosis; infected line. Urgent derm. PICC to be pulled once alternative access arranged.
"""),
("2024-04-05", "Dermatology Consult", """
Derm: punch bx 4/2 from periphery of R upper arm plaque — calcium encrusting little subcut vessel walls, thrombi, panniculitis; von Kossa highlights the deposits; vasculitis absent; organism stains negative.
Final: non-dialysis calciphylaxis located at the PICC site on the R upper arm (line placed 3/2/24). CKD 4, warfarin, insulin, obesity as contributors.
Recs: PICC removed 4/3; transition warfarin -> discuss with cardiology (mechanical valve), STS IV 3x/wk, wound care, pain team.
"""),
]}

F06 = {"patient_id": "F06", "age": 39, "sex": "M", "notes": [
("2019-08-06", "Health Psychology Note", """
Diabetes psychology clinic - session 2
39M with T1DM diagnosed at 11, ESRD on nightly cycler PD, awaiting SPK transplant listing. Scores high on Diabetes Distress Scale (3.4). Reports "needle fatigue": has put every insulin shot into both anterior thighs (L and R alike) since 2016, "never bothered rotating, the belly hurts more".
Today tearful about "the sores on my legs" that his nephrologist is worried about — started in July, thighs both sides, "lumps that went purple then black".
Work: values-based goals, exploring shame about self-care. No SI. Will coordinate with renal team.
"""),
("2019-08-12", "Peritoneal Dialysis RN Note", """
PD RN clinic:
Adequacy ok, weekly Kt/V 1.9; catheter exit pristine.
Skin: anterior thighs bilaterally — L thigh 3 indurated painful nodules, 1 w/ black eschar 2 cm; R thigh 2 nodules + lacy purple mottling. Pt uses both thighs for all insulin (Tresiba + Novorapid).
BMI 24.1. Not on warfarin.
Informed nephrologist; pt for derm Tues.
"""),
("2019-08-20", "Dermatology Clinic Note", """
Derm clinic:
Hx: ESRD/PD, T1DM, insulin injected exclusively into anterior thighs since 2016; lesions since July 2019.
O/E: multiple tender indurated violaceous plaques & nodules confined to bilateral anterior thighs, largest 4 cm L with central necrotic ulcer. No lesions at abdomen or arms.
Histo (bx 8/13, L thigh): arteriolar calcification + thrombi, lobular panniculitis. Calciphylaxis confirmed.
The distribution matches the injection territory exactly.
Plan: STS, stop all thigh injections — switch to abdomen and arms with rotation chart, consider pump; psychology continuing.
"""),
]}

F07 = {"patient_id": "F07", "age": 58, "sex": "M", "notes": [
("2020-09-10", "Psychiatry C-L Consult", """
Consult Q: "?neurotic excoriations, pt scratching legs raw, please eval for OCD/anxiety"
58 yo man, ESKD (PD 2015-2019, converted to HD after peritonitis x3, now HD TTS), no diabetes, admitted w/ R leg pain.
Pt reports relentless itch "deep in the bones" for months, worse since he stopped his binders; since about July he has been scratching his right shin with a back-scratcher and his nails, nightly, until it bleeds. Labor Day weekend (Mon) the spot "went black and started screaming".
No intrusive thoughts, no rituals, no urge to harm himself; scratching relieves itch rather than anxiety. Mood ok. Sleep poor from itch.
Impression: uremic pruritus with secondary excoriation; does NOT meet criteria for OCD or excoriation disorder. Not self-injury.
Recs: treat pruritus (renal: difelikefalin / binders), gabapentin low dose renally dosed, trim nails, cotton gloves at night. Psychiatry signing off.
"""),
("2020-09-14", "Nephrology Progress Note", """
Nephrology f/u inpt
R pretibial ulcer 3 x 2 cm with black eschar, surrounded by purpuric reticulate plaque 8 cm, extremely painful; onset 9/7 over an area of chronic excoriation. L shin has a few linear scratches only.
Phos 8.2, PTH 1100, Ca x P high.
BMI 22.0, no warfarin, not diabetic.
A: probable calciphylaxis. Derm to biopsy. Start STS empirically.
"""),
("2020-09-21", "Dermatology Consult Note", """
Dermatology — bx result
Deep incisional bx R shin (9/15): heavy calcific change across small and mid-sized subcutis vessels, luminal clot, fat gone necrotic. Diagnosis: calciphylaxis.
Comment: lesion is confined to the right shin, exactly where the pt has been scratching since 07/2020; classic Koebner localisation. Continue STS thrice weekly on HD, parathyroidectomy eval.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
