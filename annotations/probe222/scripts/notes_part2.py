"""probe222 corpus notes, F08-F14 (home infusion pharmacy and the clinics around it; all invented)."""

F08 = {"patient_id": "F08", "age": 68, "sex": "F", "notes": [
("2023-10-24", "Home Infusion Pharmacy Inotrope Review", """
HOME INOTROPE - RPh MONTHLY REVIEW

68F, HFrEF (EF 15%), stage D, not a VAD or transplant candidate; palliative
continuous dobutamine 2.5 mcg/kg/min via CADD-Solis through a L arm double
lumen PICC, started at hospital discharge this fall.
Comorbid: ESRD with HD TTS at the unit; T2DM, Levemir 14u + correction
scale; permanent AF anticoagulated with warfarin (target 2-3; 2.2 on 10/20).
Cassette change q48h by husband, backup pump in home, 24-h pharmacy line reviewed.
Wt 83.9kg, BMI 30.6
10/20 labs: K 4.8, Mg 2.0, Hb 9.9
No ICD shocks, no alarms this month except 2 "downstream occlusion" (kinked line, resolved).
Plan: continue same rate; cardiology/palliative aware; next review Nov.
"""),
("2023-12-05", "Home Infusion Nursing Visit", """
RN VISIT - PICC/pump check

PICC L upper arm: CHG dressing and caps changed, ext length 2 cm unchanged, both
lumens flush, blood return +. Dobutamine running at ordered rate.
Pump: she keeps the CADD in the belt pouch on her R hip day and night, as she has
since the fall; sleeps on her R side most nights.
Skin/pain: complains of severe R hip pain "since the Monday after Thanksgiving".
Lateral R hip at the trochanter: 5x6cm mottled purple patch in a net pattern,
hard central nodule ~2cm, darker in the middle. Skin not broken.
VS 96/58, HR 102 irregular, 36.5C, 94%
Called cardiology NP and her nephrologist; derm to see next week.
"""),
("2023-12-14", "Dermatology Consult", """
DERMATOLOGY CONSULT

68F with stage D HF on home dobutamine, dialysis-dependent, AF on warfarin.
Punch biopsy R lateral hip 12/7/23: subcutaneous arterioles with calcified
media, thickened intima and fresh thrombi. Diagnosis: calciphylaxis.
Exam: R lateral hip, centered on the greater trochanter: 7x6cm retiform purpura,
3cm necrotic plaque in the middle. Abdomen, thighs, breasts, legs spared.
Wt 85kg, BMI 31.0.
Impression: calciphylaxis, R lateral hip.
Plan:
- talked with cardiology: warfarin off, Eliquis 2.5 mg BID instead
- thiosulfate at each dialysis
- palliative involved; goal comfort, dressing w/ nonadherent foam
RTC 2 wks.
"""),
]}

F09 = {"patient_id": "F09", "age": 61, "sex": "M", "notes": [
("2023-01-17", "SCIG Nursing Visit", """
HOME INFUSION RN - SCIG MAINTENANCE VISIT

61M with CIDP on weekly SCIG (Hizentra 20% 16 g / 80 mL), Freedom60, two 26G 12mm
needle sets. He uses the R anterior thigh only - right-handed, says he can see
and reach it best, refuses the belly. Infused 78 min today, no alarms.
Local: soft swelling R thigh, gone by end of visit. L thigh not used.
PMH: ESRD (HD, MWF schedule); T2DM, Tresiba 30u daily (injects it in the
abdomen); HTN; OSA.
VS 150/90, P 72, 36.4C. Wt 112kg, BMI 34.4
Strength per pt stable, walking w/ cane.
Supplies: needles x8, alcohol pads, tape. Next RN visit 2/14.
"""),
("2023-03-21", "Dermatology Consult", """
DERMATOLOGY

61M, ESRD on HD, CIDP on SCIG.
CC: painful lump L inner thigh since around Valentine's Day; a black spot has
since appeared on it.
Exam: L medial thigh, mid: 6x5cm firm purple plaque, retiform border, 1.5cm
eschar centrally. R thigh: only soft post-infusion fullness, no
discoloration. Abdomen: a few faint insulin bruises, no plaques.
Hx: SCIG goes into the R thigh only, insulin into the belly; no needle of any
kind into the L thigh, and no knock or fall to that leg that he remembers.
Punch bx from the L inner thigh 3/14: calcified small vessels with thrombi - calciphylaxis.
Impression: calciphylaxis, L medial thigh.
Plan: thiosulfate at dialysis; cinacalcet; wound care; keep SCIG on the R.
"""),
("2023-04-04", "Pharmacist Telephone Note", """
RPh CALL - SCIG monthly

Pt reached. SCIG weekly on schedule, still all R thigh, tolerating.
L thigh wound: dressed by the HD unit RN after each run, on thiosulfate at
dialysis since 3/24. He asked whether he should move SCIG to the abdomen; told him
derm is fine with the R thigh as long as that skin stays normal - if anything
changes there, call us before the next dose.
Confirmed no missed doses. Fridge log ok. Dose unchanged (neuro 3/28).
"""),
]}

F10 = {"patient_id": "F10", "age": 77, "sex": "F", "notes": [
("2025-03-25", "Nephrology PD Clinic", """
PD CLINIC - Dr. Okonkwo-Reyes

77F on CAPD x3 yrs (HTN nephrosclerosis). Not diabetic.
Currently on home IV cefazolin via L upper arm midline for MSSA bacteremia (source
felt to be a cellulitis of the L hand, now resolved), end date 4/2.
NEW: painful mottled skin, R posterior calf, since mid-March; pain 7/10.
Exam: R posterior calf 8x5cm violaceous livedo with a firm central plaque,
no ulcer. Pedal pulses weak bilat.
Ca/Phos/PTH 9.8/6.6/620, alb 3.0
A: ?calciphylaxis R calf.
P: derm to biopsy within days; calcium carbonate stopped; sevelamer; cinacalcet 30.
Wt 70kg, BMI 27.5.
"""),
("2025-03-31", "Dermatology Clinic", """
DERM CLINIC

Punch biopsy 3/28, R posterior calf: calcified media of small arterioles
and capillary thrombi; von Kossa stains calcium in vessel walls.
Dx: calciphylaxis, R posterior calf.
Exam: 9x5cm retiform purpura, a 1cm ulcer starting. L leg clear.
Hx reviewed: no injections, no heat or ice, no injury to the R leg before it
started.
Plan: sodium thiosulfate IV 3x weekly - on PD, so via home infusion through
the existing midline after cefazolin ends (renal agrees). Hydrocolloid, change
every 3 days. Photos at each visit. Pt and daughter understand the plan.
"""),
("2025-04-04", "Home Infusion Nursing Visit", """
RN HOME VISIT

Midline L upper arm, site ok, flushed. Cefazolin completed 4/2; midline kept for
upcoming sodium thiosulfate per order.
Pt reports that on 4/2 around 2 am, walking to the bathroom, she bumped her R
shin against the base of the IV pole. Small bruise R anterior shin 2x2cm,
skin intact.
The calciphylaxis ulcer (R posterior calf) looks unchanged from the derm
photo, hydrocolloid replaced.
VS 138/72, P 70, 36.6C
Pole moved to her L side. Night light suggested.
"""),
("2025-04-22", "Pharmacist Telephone Note", """
RPh CALL - sodium thiosulfate

Day 16 of STS 25 g IV over 1 h on M/W/F through the midline (L arm), given by pt's
daughter after teaching.
Tolerance: mild nausea w/ first 3 doses, better with ondansetron pre-dose. No
hypotension.
4/21 chem: Na 139, K 4.1, bicarb 19 (was 23), AG 15, calcium 9.2, phos 5.9
Plan: watch for metabolic acidosis; renal to adjust PD bicarb. R calf: per pt,
pain 4/10 and the black area not bigger. Continue x 8 wk then reassess.
"""),
]}

F11 = {"patient_id": "F11", "age": 59, "sex": "M", "notes": [
("2022-10-04", "Wound Clinic Procedure Note", """
WOUND CLINIC - PROCEDURE

59M. Dialysis (HD) for ESRD; T2DM, insulin-treated; BMI 42.3.
Known calciphylaxis of the L pannus (derm punch bx 9/20/22) - onset around
Labor Day per pt.
Wound L lower pannus: 9.1x6.4x1.0cm, base 60% eschar and 40% slough,
moderate serous drainage, malodorous.
Procedure - selective sharp debridement of eschar/slough w/ curette + scissors to
bleeding tissue, 42 sq cm. Pain controlled w/ topical lidocaine.
NPWT on, -125 continuous, drape edges taped to periwound with paper tape.
Culture sent from the base.
Insulin: he injects into the thighs (both), never the belly.
Plan: VAC changes MWF by home health, ID to review culture.
"""),
("2022-10-18", "Home Infusion Pharmacy Admission", """
HOME INFUSION PHARMACY - NEW REFERRAL

Dx: infected calciphylaxis wound L pannus (B. fragilis + E. coli from wound culture 10/4).
Rx: ertapenem 500 mg IV q24h x 4 wk via R upper arm midline (placed 10/17).
Renal: ESRD, HD MWF; on those days the dose goes in after the run.
DM2: Lantus 40u + Humalog with meals.
Allergies: PCN (hives) - tolerated ertapenem inpatient.
10/17 labs: WBC 13.8, Hb 8.9, plt 356, alb 2.7, A1c 8.8
NPWT at home (KCI), canister changes by home health.
Teach: pt + wife on gravity infusion, return demo ok.
"""),
("2022-11-08", "Dermatology Follow-up", """
DERM F/U - calciphylaxis

59M on HD, here with his wife; on home ertapenem (finishes 11/14) and STS at
dialysis (wk 6).
L pannus ulcer 8.0x5.5x0.6cm, now about 80% red granulation under the wound
vac; the eschar is gone after 3 sharp debridements at wound clinic. Edges
flat, periwound skin a little macerated under the drape.
Full skin check: no new lesions - thighs (his insulin sites), arms, chest and
back all clear. Pain 3/10, down from 8.
Impression: calciphylaxis of the L pannus, improving.
Plan: continue NPWT and STS; repeat debridement only if slough returns; skin
protectant to the wound edge.
Wt 128kg. RTC 4 wk.
"""),
]}

F12 = {"patient_id": "F12", "age": 52, "sex": "F", "notes": [
("2024-02-06", "Dermatology Consult", """
DERMATOLOGY CONSULT

52F, ESRD on HD (IgA nephropathy), prediabetes - not diabetic, no meds.
CC: painful dark patches, both inner thighs, present since New Year's.
Exam: bilateral medial thighs with 4-7cm stellate violaceous plaques, retiform
edges, two with small central eschars. Abdomen, buttocks, calves clear.
ROS/hx: says she has had no shots into her thighs, never used heat or cold
there, no fall, nothing tight rubbing there. No new meds.
Punch bx R medial thigh 1/30/24: calciphylaxis.
Wt 79kg, BMI 29.9 (overweight).
Impression: calciphylaxis of both inner thighs.
Plan: STS at HD; neurology planning immunoglobulin for her CIDP - recommend
avoiding the thighs for any subcutaneous infusion.
"""),
("2024-02-20", "Home Infusion Pharmacist Intake", """
HOME INFUSION RPh - REFERRAL INTAKE (SCIG)

Referral from neurology (Dr. Feld): SCIG for CIDP, 0.4 g/kg/wk split into 2
infusions. Insurance auth pending, benefits chek sent.
Reviewed chart: ESRD on HD, active calciphylaxis of both medial thighs, under
derm care.
Usual SCIG sites are the abdomen and thighs. If we start, the abdomen only; the
thighs will not be used. Start on HOLD until derm clears it.
Anticoag: none. Warfarin was mentioned in the past for a clotted graft but never
started.
Nursing: first 3 infusions would be RN-supervised; she lives alone, vision ok.
Alternative: IVIG in the HD chair - neurology to decide.
Will call pt back once derm and neuro agree.
"""),
("2024-03-12", "Nephrology HD Rounding Note", """
HD ROUNDS

52F, dialyzing via L arm AVF, runs uneventful, EDW 78 kg.
Both thigh wounds smaller on STS (wk 5), eschars starting to lift at their
margins, pain much improved, sleeping better.
SCIG still on hold; neurology now favors IVIG given with HD - will order for
next month if insurance approves.
Phos 5.4, iPTH 410 on cinacalcet 60. Hb 10.6.
Wt 78.6kg.
Plan: continue STS, binder, no vit D; derm f/u 3/26. Dietitian to review
phosphorus sources with her next Tuesday.
"""),
]}

F13 = {"patient_id": "F13", "age": 70, "sex": "M", "notes": [
("2022-10-04", "Home Infusion Pharmacy Admission", """
HOME INFUSION PHARMACY - NEW START

70M, ESBL Klebsiella complicated UTI/prostatitis.
Rx: ertapenem 500 mg IV q24h x 14 days (CrCl ~22).
Access: midline, L upper arm, 20 cm, placed 10/3/22 at St. Brendan's, tip in
the axillary vein. Site clean.
PMH: CKD4 with eGFR 21, no dialysis; T2DM, Lantus 18u;
St. Jude mitral prosthesis; warfarin, dosed through the Eastgate valve clinic (INR aim 3).
Interaction: none significant with ertapenem; INR weekly with labs.
Wt 80kg / Ht 175cm / BMI 26.0
First dose given in hospital 10/3; home dose 10/4 with RN.
"""),
("2022-10-25", "Home Infusion Nursing Visit", """
RN VISIT

Ertapenem course complete 10/17 and midline pulled that day; this visit is a
site/skin check only. Old midline site L upper arm: healed, no redness.
NEW: a sore purple patch inside the L forearm that started Friday
(10/21). Exam: L volar mid forearm 4x3cm violaceous firm plaque w/ lacy edge,
tender.
INR 3.8 today.
Called PCP (Dr. Vasquez-Lind) and the anticoag clinic; derm appt 10/28.
Pt told to keep the arm padded; no heat/ice on it. Wife present, will drive
him to derm.
"""),
("2022-11-08", "Dermatology Follow-up", """
DERMATOLOGY

70M, CKD 4, warfarin (mechanical MV), insulin-requiring diabetes.
Punch bx 10/28 L volar forearm: calcium in small dermal/subcut vessel walls,
thrombi - calciphylaxis (non-uremic setting, CKD 4 + warfarin).
Exam: mid volar forearm plaque, 5x3.5cm now, 1cm eschar centrally.
Site note: the plaque is ~12 cm distal to the antecubital crease; the midline
went into the medial upper arm above the elbow and that skin stayed normal.
Denies IVs, blood draws or injury in the L forearm.
Impression: calciphylaxis, L forearm.
Plan: cardiology re anticoag (mechanical valve limits options); STS via
infusion center; renal to review phos.
"""),
]}

F14 = {"patient_id": "F14", "age": 64, "sex": "F", "notes": [
("2021-04-13", "SCIG Pharmacist Follow-up", """
RPh SCIG FOLLOW-UP (video)

64F, secondary hypogammaglobulinemia after rituximab; SCIG Cuvitru 20% 12 g
weekly via Freedom60, 2 sites in the abdomen, one on either side of her navel.
Infusion-site reactions: redness and swelling for about a day after each dose,
expected. Last week a small bruise at one L abdominal site - probably nicked a
capillary; resolved.
ESRD (HD MWF). Not diabetic. No anticoagulants. Obesity, BMI 31.9.
IgG trough 3/30: 812 mg/dL.
Plan: continue dose; rotate sites within the abdomen; warm product to room temp.
"""),
("2021-06-01", "Dermatology Consult", """
DERMATOLOGY CONSULT

64F, ESRD on HD, on weekly abdominal SCIG.
CC: painful darkened skin over both calves since early May.
Exam: both posterior calves: several purpuric plaques in a branching pattern,
2-5cm, two with central eschar, livedo between them. Abdomen: a firm rubbery 2cm
nodule R lower abdomen at an old SCIG site, nontender, skin color normal -
looks like infusion-site fibrosis / lipohypertrophy, not calciphylaxis. Mild
pink swelling at this week's sites only.
Punch bx L posterior calf 5/25: calciphylaxis.
Impression: calciphylaxis, both calves; benign SCIG site change of abdomen.
Plan: STS with HD; leg elevation; renal to optimize phos/PTH.
"""),
("2021-06-22", "Nephrology HD Rounding Note", """
HD ROUNDS - pod B

64F on HD, seen on the unit. Runs 3.5 h, UF goal met, BP stable.
Calf wounds: STS wk 3, pain improved 8 -> 5/10; eschars dry, no new areas.
Dressing by HD RN each run.
cCa 9.0, PO4 5.6, PTH 705 -> cinacalcet up to 60.
SCIG continues at home into the abdomen, no problems per pt.
Wt 88.1kg, BMI 31.9. EDW 87.5.
Plan: thiosulfate 25 g every run, parathyroidectomy referral if PTH stays > 600,
recheck labs in 2 wk.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
