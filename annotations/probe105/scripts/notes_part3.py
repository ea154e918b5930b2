"""probe105 corpus notes, W15-W20 (wound care clinic and hyperbaric medicine; all invented)."""

W15 = {"patient_id": "W15", "age": 59, "sex": "F", "notes": [
("2021-08-16", "Wound Clinic RN Intake", """
59 F sent from dialysis (HD MWF) for a "knot" on her belly.
DM2: Basaglar 30u + Novolog w/ meals. She's right handed and puts every shot in the right side of her stomach, "same couple of inches, it hurts less there".
Onset: first felt it ~10 days back.
Finding: R lower abdomen, injection zone - 2.5 x 2.0cm firm nodule in the subcut fat, the skin dusky violet, no opening, no drainage. Very tender to light touch.
Other sites: L abdomen soft, no lumps.
Wt 96.5 kg, BMI 35.4. Not on Coumadin. Photo taken.
"""),
("2021-08-30", "Wound Care Physician Note", """
A: tender, firm, violaceous nodule in her R abd insulin zone, HD patient. I am worried this is early calciphylaxis, though lipohypertrophy with fat necrosis or injection-site panniculitis could look like this.
Offered 4-6 mm punch bx to sort it out - pt said no: "enough holes in me already, I already get stuck 3 times a week".
P: move insulin to the thighs, warm compress NOT advised, renal aware, recheck 4 wks, re-offer bx.
"""),
("2021-10-04", "Hyperbaric Medicine Consult", """
Referred to discuss HBOT for suspected calciphylaxis, R abdomen.
Nodule now 2.2 x 1.8, less dusky, no ulceration.
Payer will not authorize HBOT without tissue dx; pt still declines bx. Possible calciphylaxis - never confirmed; no HBOT at this time.
Return prn if it opens or new painful lesions appear.
BMI 35.4.
"""),
]}

W16 = {"patient_id": "W16", "age": 48, "sex": "F", "notes": [
("2025-11-03", "Wound Clinic RN Intake", """
48 F on PD (nightly cycler). Antiphospholipid syndrome on warfarin. Not diabetic.
Wears tight shapewear shorts daily for work "for the last year or so".
Painful net-like purple marks across both thighs, ~3 wks; black center on the L thigh this week.
L anterolateral thigh: 2.4cm x 1.9cm, central eschar 1 cm, retiform purpura
R anterolateral thigh: livedo 8 x 6 cm, no break
Pain 8/10. BMI 29.5.
"""),
("2025-11-17", "Wound Care Physician Note", """
Differential: calciphylaxis; coumadin skin necrosis; APS thrombotic vasculopathy. INR 3.8.
Hematology: bridge to heparin drip then restart warfarin lower target.
Bx scheduled 11/20.
Shapewear stopped.
"""),
("2026-01-12", "Wound Care Physician Note", """
Bx 11/20 too superficial - epidermis and dermis only, no subcutaneous fat; nondiagnostic.
Repeat deep incisional bx offered; pt is moving to Arizona end of month, transferring care.
Dx remains uncertain; calciphylaxis not excluded, not confirmed.
L thigh 1.8 x 1.4, eschar drying. R thigh livedo faded.
"""),
]}

W17 = {"patient_id": "W17", "age": 80, "sex": "M", "notes": [
("2018-04-09", "Wound Clinic RN Intake", """
Pt from Sunnyvale Manor, escorted by aide. 80 yo M on HD (Tu/Th/Sa).
Aide reports he caught his L shin (front) against the w/c footplate on 3/20 during a transfer - "just a scrape" - it never closed and now it's black.
DM2 on glipizide 5 mg, no insulin. No anticoagulants.
L anterior shin, mid: 3.0 x 2.2, 0.2cm deep; eschar ~70%, slough ~30%; periwound dusky with faint lacy purpura medially; foot cool to touch, pedal pulses nonpalp.
Pain 7/10 - pt says "it throbs worse than when I hit it".
Ht 175, Wt 67.7 kg, BMI 22.1.
"""),
("2018-04-23", "Wound Care Physician Note", """
Differential for L shin wound: arterial ulcer in PAD vs calciphylaxis vs non-healing traumatic ulcer. ABI noncompressible bilat; TBI 0.38 L.
Punch bx 4/11: dermis w/ ischemic changes, little subcutis in specimen, no Ca++ on von Kossa stain - nondiagnostic.
Vascular referral placed. Family (daughter by phone) does not want OR or angiogram.
Dressing: betadine paint to eschar, keep dry, offload footplate w/ padded leg rest.
"""),
("2018-05-21", "Wound Care Physician Note", """
Enrolled in hospice 5/10, goals comfort. No further work-up planned.
L shin: 3.4 x 2.5, eschar dry/stable.
Etiology never established - calciphylaxis was on the table but never proven.
D/c from wound clinic; hospice RN to follow w/ our dressing plan.
"""),
]}

W18 = {"patient_id": "W18", "age": 67, "sex": "M", "notes": [
("2026-01-05", "Wound Clinic RN Intake", """
Referral reason on fax: "R leg ulcer - r/o calciphylaxis" from his nephrologist.
67 yo M, in-center HD MWF. DM2 on Humalog mix 75/25 BID. A-fib on Coumadin 4 mg.
Ulcer came up over the holidays w/o any injury he can recall.
R lateral lower leg, just above the ankle: 2.6 x 2.1 x 0.4 cm, punched-out, pale base 80% / slough 20%, minimal drainage. No livedo, no induration. Foot cool, hair loss, dependent rubor.
Pain worse at night, hangs leg off bed.
BMI 27.8
"""),
("2026-01-19", "Wound Care Physician Note", """
Punch bx (1/7) R leg ulcer edge: ischemic-type necrosis; vessels w/o calcium deposits or thrombi (von Kossa neg). Calciphylaxis excluded.
Angio (1/14): R SFA occlusion, poor tibial runoff.
Dx: arterial (ischemic) ulcer R lower leg, not calciphylaxis.
Plan: vascular for endovascular revasc, warfarin per cardiology, no compression.
"""),
("2026-02-16", "Hyperbaric Medicine Consult", """
S/p R SFA stent 1/28. Arterial ulcer R lower leg smaller, 2.0 x 1.7, granulating 60%.
TcPO2 R dorsal foot 28 mmHg on air, 310 on O2 challenge.
Reviewed: calciphylaxis ruled out on biopsy in January.
Plan: HBOT 2.0 ATA x 20 tx if no progress in 2 wks.
BMI 27.8.
"""),
]}

W19 = {"patient_id": "W19", "age": 57, "sex": "F", "notes": [
("2022-06-13", "Hyperbaric Medicine Consult", """
HBO CONSULT - UHMS indication: diabetic foot ulcer, Wagner grade 3.
57 yo woman w/ type 1 DM dx'd age 11, Omnipod pump. CKD 3a, creat 1.4, not on any dialysis. No anticoagulants.
DFU: L plantar 1st metatarsal head, 2.1 x 1.8cm, depth 0.9, probes to bone, MRI osteomyelitis; on ertapenem via PICC.
Family hx: her older brother passed in 2015 from calciphylaxis; he was a dialysis pt. She is scared "this is the same thing" - reassured: the foot ulcer is a pressure/neuropathic wound from her shoe, no purpura, no necrotic plaques anywhere on skin survey.
Ht 160, Wt 84.5 kg, BMI 33.0.
Plan: 30 tx @ 2.4 ATA, 90 min each, total contact cast per podiatry.
"""),
("2022-07-25", "HBOT Treatment Note", """
Tx #30 of 30. L plantar DFU 0.8 x 0.6 x 0.2, 100% granulation.
BG pre 168 post 141 (pump suspended during dive per protocol).
No barotrauma. Discharge from HBO, wound clinic to follow.
BMI 33.0.
"""),
]}

W20 = {"patient_id": "W20", "age": 63, "sex": "M", "notes": [
("2020-09-14", "Hyperbaric Medicine Consult", """
Indication: late radiation cystitis w/ gross hematuria (prostate XRT 2016).
63 M, ESRD on PD (CAPD). A-fib on warfarin. No DM.
Problem list: Obesity. Current BMI 28.8 (down 20 lb this yr).
Skin survey: skin intact throughout - no purpura, nodules or open areas.
Counseling: given PD plus warfarin he carries some risk of calciphylaxis - if he sees any sore purple or black patches on his skin, call us or the PD nurse right away; heating pads and ice packs straight on skin are a no.
Plan: 40 tx at 2.0 ATA, urology to follow hematuria.
"""),
("2020-10-26", "HBOT Treatment Note", """
Tx #30. Hematuria much less, urine pale pink -> yellow.
Skin check at each dive: no skin lesions.
Dialysate drained before dive per protocol.
"""),
]}

PATIENTS = [W15, W16, W17, W18, W19, W20]
