"""probe264 corpus notes, N15-N20 (prior-authorization, appeal and peer-to-peer documents plus the
nephrology, dialysis, dermatology and wound-clinic notes behind them; all invented)."""

N15 = {"patient_id": "N15", "age": 60, "sex": "F", "notes": [
("2020-10-06", "Dermatology Consult", """
DERM CONSULT - Quillfield Dermatology Associates
60F ESRD on HD MWF (Sandpiper Dialysis), T2DM on insulin - she has used the R outer thigh
for nearly every injection for years. No anticoagulants.
HPI: painful firm area R lateral thigh x 2 wks, no drainage.
Exam: R lateral thigh 5x4 cm indurated, dusky, faintly reticulated plaque; small central
crust, no eschar. Rubbery lipohypertrophy nearby. BMI 34.0.
DDx: early calciphylaxis vs insulin-associated fat necrosis/panniculitis vs lipohypertrophy
with hemorrhage.
Procedure: 4-mm punch bx x1 (center).
Plan: f/u path; for now, she should inject into the abdomen instead; nephrology notified.
"""),
("2020-10-20", "Wound Clinic Note", """
WOUND CLINIC - Sandpiper Regional Wound Center
Path 10/06: lobular panniculitis + fat necrosis. Vessel walls look calcium-free (H&E,
plus a negative von Kossa). Specimen thin, deep fat barely sampled. Dermpath comment:
nondiagnostic -
calciphylaxis cannot be excluded.
Patient declines a deeper wedge biopsy ("no more cutting").
Wound: R lateral thigh 5.2x4.1 cm plaque, new 1.1x0.8 cm superficial ulcer at the old
punch site, scant drainage. Pain 7/10, mostly at night.
Tx: petrolatum gauze under a bordered foam, held without adhesive tape.
Assessment: possible calciphylaxis, unproven. Nephrology considering empiric STS.
"""),
("2020-11-02", "Prior Authorization Request - Sodium Thiosulfate", """
PRIOR AUTHORIZATION REQUEST - Osprey Bay Health Plan (Medicare Advantage)
Drug: STS 25 g IV after dialysis 3 days/wk, 6-week empiric trial
Working dx - suspected calciphylaxis, R lateral thigh (E83.59 submitted
provisionally), plus E11.622, N18.6 and Z99.2
Summary: 60-year-old woman on HD, insulin-treated diabetes, BMI 34.0. Painful indurated
plaque since mid-September, now superficially ulcerated, at her habitual insulin injection
area. Punch biopsy nondiagnostic; patient declines repeat deep biopsy. Most recent PTH 840
with Ca 10.0 and phos 6.7.
Rationale: clinical suspicion is moderate; delay in treatment of true calciphylaxis carries
high mortality; a time-limited empiric course is requested.
"""),
("2020-11-17", "Peer-to-Peer Review Summary", """
PEER-TO-PEER - Osprey Bay UM, case OB-20-14092, 11/17/2020, 12 min
Requesting: Dr. Gwendolyn Marchbanks (nephrology). Reviewer: Dr. Ian Thorsdottir.
Discussion: reviewer noted the only biopsy showed panniculitis without calcification.
Treating
MD agrees the diagnosis is unconfirmed - possible calciphylaxis vs insulin-related fat
necrosis - but the lesion is enlarging. Repeat biopsy offered again; patient still declines.
Member: 60F on HD, insulin-treated diabetes, BMI 34.0; no warfarin.
Decision: denied as submitted (diagnosis not established). Plan will reconsider if a deep
biopsy or clinical course supports calciphylaxis. Local wound care approved.
"""),
]}

N16 = {"patient_id": "N16", "age": 74, "sex": "M", "notes": [
("2018-01-23", "Nephrology CKD Clinic Note", """
CKD CLINIC - Ferrisburg Nephrology
74M CKD stage 4 (eGFR 19, hypertensive/ischemic); dialysis not started, veins already
mapped, fistula discussion ongoing. No diabetes. Mechanical aortic valve (2009), on warfarin
(anticoag clinic range 2.5-3.5).
S: burning numbness L outer thigh (meralgia per neuro). Since Thanksgiving an electric pad,
dial turned to high, has been draped over the L thigh all night, every night.
O: Wt 82.0 kg. BP 150/78. L anterolateral thigh: faint reticulated brown mottling, skin
intact, no induration.
Cr 3.2 / K 5.1 / PTH 310 / INR 2.9 / Ca 9.2 / phos 5.0
A/P: CKD 4 - continue prep for HD. Heating pad: advised to lower to low or stop, risk
of burns.
"""),
("2018-02-20", "Wound and Hyperbaric Consult", """
WOUND & HYPERBARIC CONSULT - Ferrisburg Medical Center
74M with CKD 4, no dialysis yet; warfarin (mechanical valve). Wt 80.5 kg.
HPI: painful black area L anterolateral thigh x 2 weeks, within the area where he used the
heating pad nightly.
Exam: 6x4 cm necrotic plaque; border violaceous and retiform; background reticulated
brown pigment; extremely tender.
Assessment: probable calciphylaxis; alternatives are warfarin-induced skin necrosis and a
deep heat injury.
Biopsy discussed; he declines for now (bleeding worry on warfarin, pain).
Plan: consider HBO; heating pad permanently stopped; cardiology re anticoagulation options
(valve limits choices).
"""),
("2018-03-13", "Peer-to-Peer Review Summary", """
PEER-TO-PEER - Clearbrook Medicare Advantage, case HBO-18-0391, 3/13/18, 10 min
Requesting: Dr. Petra Oyelowo-Sands (hyperbaric medicine). Reviewer: Dr. Conrad Ilves.
Reviewer: calciphylaxis suspected but not biopsied; differential still includes
warfarin-associated necrosis and thermal injury; no UHMS-approved indication documented.
Treating MD: patient continues to decline biopsy, now weighing comfort-focused care with his
family; weight down to 79 kg.
Pertinent: stage 4 CKD without dialysis; nondiabetic; warfarin for the mechanical aortic
valve (INR 2.7 on 3/9); eschar unchanged at 6x4 cm on photos from 3/8.
Determination: HBO denied. Standard wound care covered. May resubmit with tissue diagnosis.
"""),
]}

N17 = {"patient_id": "N17", "age": 45, "sex": "F", "notes": [
("2025-06-10", "PD Clinic Note", """
HOME PD CLINIC - Juniper Flats Kidney Center
45F on CCPD since 2022 (ESKD, reflux nephropathy). No diabetes, HbA1c 5.6. Takes no warfarin
or other blood thinner. BMI 52.1.
S: ~3 wks of tender lumps and purple blotches on both buttocks, worse sitting.
O: bilateral buttocks - lacy violaceous mottling with three or four firm, tender nodules
under the skin, 1-2 cm each, no ulceration or eschar. Exit site healthy.
PTH 650, phos 5.8, Ca 9.4, alb 3.6 (6/3).
A/P: rule out calciphylaxis (obesity, PD, PTH); DDx livedo reticularis with
panniculitis. Derm
referral (urgent) for a deep biopsy. Swap calcium carbonate for sevelamer.
"""),
("2025-07-01", "Prior Authorization Request - Wound Care", """
PRIOR AUTHORIZATION - Saguaro Valley Health (new plan from 7/1/25)
Request: specialty dressings and wound clinic visits x 4
Working dx: possible early calciphylaxis of both buttocks vs livedo with panniculitis;
N18.6; Z99.2; E66.813
Summary: 45F on home PD, BMI 52.1. Tender buttock nodules with livedo since mid-May; no open
wound yet. Derm agreed calciphylaxis is in the differential; deep biopsy booked 7/8 but the
patient moves out of state on 7/3 and will establish care there.
Short authorization requested to bridge care; records faxed to the
nephrologist who will take over.
"""),
]}

N18 = {"patient_id": "N18", "age": 68, "sex": "M", "notes": [
("2022-03-08", "Dialysis Unit Progress Note", """
HD PROGRESS NOTE - Millbrook Dialysis, TTS
68M, ESRD from DKD; HD via L brachial fistula; T2DM on glipizide, has never used
insulin. Aspirin only - no
warfarin. BMI 30.0.
S: banged his L shin on the transport van door on 2/20/22; small scrape that has not healed
and is now a painful sore.
O: L anterior shin 2.2x1.6 cm ulcer, dusky rim, thin black crust; 1+ edema both legs,
hemosiderin. Pulses dopplerable.
PTH 880, phosphorus 7.1, calcium 10.2.
A/P: non-healing traumatic ulcer vs early calciphylaxis - given PTH, derm bx requested;
wound clinic. Low threshold for STS.
"""),
("2022-03-15", "Prior Authorization Request - Sodium Thiosulfate", """
PRIOR AUTHORIZATION REQUEST - Whitfield Health Cooperative
Drug: sodium thiosulfate, 25 g each dialysis day (3/wk), 12 weeks
Dx: suspected calciphylaxis L anterior lower leg (R/O); N18.6; E11.622
Summary: 68M on HD, diabetes on oral agents, BMI 30.0. L shin ulcer that followed a minor
knock on 2/20/2022, failing to heal, with a dusky rim and severe pain. Secondary
hyperparathyroidism (PTH 880). Biopsy scheduled 3/18/2022.
Prior measures: calcium acetate replaced by sevelamer on 3/9; cinacalcet started. Seen
weekly in wound clinic since 3/10 with nonadherent dressings.
Request expedited review so treatment can start promptly if calciphylaxis is confirmed.
"""),
("2022-04-05", "Dermatology Follow-up and PA Withdrawal", """
DERMATOLOGY F/U - Millbrook Dermatology
Bx 3/18/22 (L shin ulcer edge, deep punch x2): ulcer with granulation tissue, stasis
changes, dermal hemosiderin; both cores VK-negative, zero calcium deposits in vessels
and fat alike; no thrombi. Calciphylaxis excluded; findings fit a post-traumatic ulcer
in a leg
with venous stasis.
Exam: L shin ulcer 1.8x1.2 cm, clean base, improving with compression wrap since 3/22.
Plan: continue compression and moisture-balance dressings.
Letter sent to Whitfield Health Cooperative 4/5/22: the sodium thiosulfate PA request is
withdrawn - calciphylaxis ruled out on biopsy.
"""),
]}

N19 = {"patient_id": "N19", "age": 57, "sex": "F", "notes": [
("2021-09-14", "Wound Clinic and Podiatry Note", """
WOUND / PODIATRY CLINIC - Harrowfield Foot & Wound
57F T2DM on insulin (A1c 9.2), CKD 3a (eGFR 52), PAD none on ABI. No anticoagulation.
BMI 35.5.
HPI: ulcer R plantar 1st metatarsal head since July, began as a blister from new sandals.
Exam: 2.1x1.8 cm punched-out ulcer with callus rim, probes to bone; dense neuropathy
(0/10 monofilament). Rest of the skin: nothing livedoid or retiform, no eschar.
MRI 9/10: osteomyelitis 1st MT head.
Assessment: Wagner grade 3 diabetic foot ulcer with osteomyelitis. No features of
calciphylaxis.
Plan: debridement today; offloading TCC; ID for antibiotics; HBO PA.
"""),
("2021-09-28", "Hyperbaric Oxygen Prior Authorization Request", """
HBO PRIOR AUTHORIZATION - Evergreen Basin Health Plan
Indication: Wagner 3 diabetic foot ulcer (E11.621, L97.514, M86.171)
Member: 57-year-old woman, insulin-treated type 2 diabetes, CKD 3a, never dialyzed,
BMI 35.5.
Course: R plantar 1st MTH ulcer since July 2021 with osteomyelitis on MRI; 30 days of
standard care (debridement, total contact cast, IV antibiotics) without adequate response.
The plan nurse asked whether calciphylaxis had been considered: it was, and it is not
present - neuropathic plantar ulcer, no retiform purpura or livedo, kidney disease only
moderate.
Request: 40 HBO sessions, 2.0 ATA, per CMS NCD 20.29.
"""),
]}

N20 = {"patient_id": "N20", "age": 47, "sex": "M", "notes": [
("2023-08-08", "Dialysis Monthly Progress Note", """
MONTHLY HD PROGRESS NOTE - Starling Creek Dialysis
47M with hypertensive ESRD; dialyzing in-center (M/W/F) since 2018 (L forearm fistula). Not
diabetic. Took warfarin in 2019-2020 for a left ventricular thrombus; stopped once it
resolved. BMI 26.1.
Family: his brother died of calciphylaxis in 2019 at age 44; pt anxious and asking about
prevention.
Skin check today: no livedo, nodules, purpura or ulcers; skin intact everywhere.
Counselling: nothing frozen or heated laid on fatty areas, avoid IM injections when
possible, report any painful skin spot the same day.
PTH 710, phos 6.2, Ca 9.9.
Plan: cinacalcet raised to 60 mg; continue sevelamer; pt requests STS "to prevent it" -
will submit PA.
"""),
("2023-08-29", "Prior Authorization Request - Sodium Thiosulfate", """
PRIOR AUTHORIZATION REQUEST - Tamarack Health (commercial)
Drug: sodium thiosulfate 12.5 g at each of three weekly HD sessions for 12 weeks,
preventive
Dx: N18.6, Z99.2, N25.81, Z82.49 (family history)
Summary: HD patient, 47, with persistent secondary hyperparathyroidism and a brother
who died of calciphylaxis. No current skin lesions. Not diabetic; warfarin only in
2019-2020. BMI 26.1.
Current therapy: cinacalcet 60 mg qd; sevelamer 1600 mg per meal;
low (2.0) calcium dialysate; no calcium-based binders. He has so far declined
parathyroidectomy.
Rationale: family history and PTH >700 raise his risk; requesting prophylaxis.
"""),
("2023-09-19", "Peer-to-Peer Review Summary", """
PEER-TO-PEER - Tamarack Health UM, case TH-RX-23-88017, 9/19/23, 8 min
Requesting: Dr. Imogen Kessler-Mbeki (nephrology). Reviewer: Dr. Arvid Solheim.
Reviewer: this member shows no evidence of calciphylaxis; skin exam normal per last two
monthly notes; preventive STS is not supported by trial data.
Treating MD agreed the skin is normal; relayed how frightened the member is after his
brother's course; asked for expedited review if any lesion appears.
Outcome: denial upheld; letter to member and prescriber within 2 business days.
Recommend continued mineral-bone optimization and parathyroidectomy
referral.
"""),
]}

PATIENTS = [N15, N16, N17, N18, N19, N20]
