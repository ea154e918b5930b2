"""probe199 corpus notes, A15-A20 (hyperbaric oxygen and advanced wound centre, and the clinics around them; all invented)."""

A15 = {"patient_id": "A15", "age": 74, "sex": "F", "notes": [
("2020-11-04", "Wound Center New Consult", """
WOUND CTR NEW CONSULT
74F. Kidneys: CKD-4, GFR 22, pre-dialysis. T2DM - glipizide, obesity BMI 35.2.
s/p L TKA 10/12/20; enoxaparin 40 mg SC daily since 10/12 for VTE ppx - Cedar Home Health
RN gives it, always in the L lower abdomen.
Since late Oct: a firm, purple, very sore plaque, L lower abdomen, 4x3cm, dusky
necrotic centre, net-like border, right in the injection zone.
Differential: LMWH-induced skin necrosis / injection hematoma / calciphylaxis (CKD 4, obese).
Plan: stop enoxaparin (course nearly done anyway), derm for bx, photos, foam dsg.
Knee incision healing well.
"""),
("2020-11-18", "Dermatology Consult", """
Derm consult
74F, CKD 4, DM2, referred from the wound ctr.
L lower abdominal plaque 4.5x3.5cm; black eschar centrally, retiform edge; TTP ++.
Thighs, buttocks, breasts: nothing comparable.
She refuses a biopsy ("I've been cut enough this year").
Impression: possible calciphylaxis - cannot be excluded clinically; heparin-class necrosis
also possible. Ca9.8/P5.9, PTH 310. Platelets 228 (no HIT pattern).
Plan: revisit bx next visit; wound care w/ hydrogel + foam; refer HBOT per pt's interest;
low-phosphate diet reviewed with her and the renal dietitian, Ms Okonjo.
"""),
("2020-12-09", "HBOT Consultation", """
HYPERBARIC CONSULT
Referred for possible calciphylaxis, L lower abdomen, CKD 4 not on dialysis.
Lesion 4.6x3.4cm, eschar intact, no cellulitis. Vitals: 148/82, HR 80, afebrile.
Declined bx again today. Without a tissue dx the diagnosis remains uncertain -
calciphylaxis vs drug-related skin necrosis. Discussed the limited evidence for HBOT
in either, and the time commitment (20-30 dives).
She relocates to Tucson (daughter Renata) next week; will not start tx here.
Records sent; advised to see derm there for bx. BMI 35.0.
"""),
]}

A16 = {"patient_id": "A16", "age": 52, "sex": "M", "notes": [
("2022-09-13", "Wound Center Procedure Note", """
PROCEDURE - STSG, wound ctr OR (Pinecrest)
52M, ESRD - HD M/W/F (Pinecrest Dialysis); T2DM, glargine + mealtime aspart; BMI 26.1.
Recipient: L lateral lower leg traumatic wound (dog bite 7/2022), 6x5cm, granular,
cx negative.
Donor: R anterior thigh, 7x6cm at 0.010", meshed 1.5:1.
Donor dressed w/ calcium alginate and transparent film. Graft bolstered, NPWT 75 mmHg.
EBL <5 mL. No complications.
Will start HBOT Thurs for graft support per vascular (TcPO2 L leg 31).
Post-op: keep donor dressing on 10 days, no showering over it.
"""),
("2022-10-25", "HBOT Physician Progress Note", """
HBOT progress, tx 24
Graft on L leg 95% take, NPWT off.
Problem: R anterior thigh donor site not healing - since early October it has turned
dusky; now 3x2cm black eschar within the donor field with a rim of violaceous livedo,
exquisitely tender.
Ddx: donor-site infection vs pressure (he sleeps on that side) vs ?calciphylaxis (ESRD,
PTH 1100).
Plan: shave bx + cx today; continue dives; renal notified.
Vitals: 150/84, HR 88, afebrile; BG pre 188, post 151. TMs ok.
Donor dressing changed to silicone foam; pillow between knees at night.
"""),
("2022-11-08", "Wound Center Follow-up", """
WC f/u
Shave bx 10/25: necrotic epidermis, sample too superficial to reach fat - nondiagnostic.
Cx: skin flora only.
Donor-site eschar R thigh 3.2x2.4cm, tender, livedo unchanged. Calciphylaxis remains a
live possibility but unproven; deep incisional bx recommended.
Pt is relocating to his sister's in Ohio at end of month and prefers the bx there.
Records given. HBOT stopped at 30 tx. BMI 25.8.
L leg graft: closed, stable, moisturise daily. Pain R thigh 6/10 - oxycodone
prn from nephrology. Final wound ctr visit; discharged to outside care.
"""),
]}

A17 = {"patient_id": "A17", "age": 80, "sex": "F", "notes": [
("2024-01-16", "Wound Center New Patient", """
WOUND CTR NEW PT
80F - PD for ESRD, AFib anticoagulated w/ warfarin (INR 2.9 on arrival), no DM, BMI 23.0.
Her cat scratched her L forearm the week after Christmas. Scratch healed poorly and over
2 wks became a 2.5x2cm ulcer w/ black eschar, surrounded by purple net-like mottling.
Pain rated 8 - far more than the size would explain.
Ddx: infected cat scratch / warfarin-related necrosis / calciphylaxis.
Plan: doxycycline, cx, derm urgently, consider HBOT consult.
VS: T 98.8, BP 118/64, HR 70 irregular.
"""),
("2024-01-24", "Dermatology Consult", """
Derm
L dorsal forearm: 3x2.4cm ulcer, eschar-capped, retiform purpura around.
Bx deferred - INR 3.2 and pt/family prefer no procedures.
Impression: concern for calciphylaxis (PD, warfarin, female) - cannot confirm without
tissue. Wound culture: Pasteurella, on treatment.
Plan: trial of IV sodium thiosulfate 3x/wk; wound care; goals-of-care discussion
with son; ask PD nurse to check phos binder adherence.
Labs: Ca10.2 P6.9 PTH480 alb2.9.
Photos uploaded. Will see again in 2 wks or earlier if spreading; son Bertrand has my pager.
"""),
("2024-02-13", "HBOT Consultation", """
HBOT consult
Asked to see for ?calciphylaxis L forearm. Lesion 3.4x2.6cm, unchanged.
Pt frail, weight down 3 kg, enrolled in hospice this week; declined HBOT and biopsy.
Diagnosis remains possible calciphylaxis, never confirmed. Warfarin stopped by hospice.
Comfort-focused dressings. No further wound ctr visits planned.
Discussed with son, who is her health care proxy; both comfortable with this plan.
PD to continue for now per her wish. Hospice RN given dressing instructions
(non-adherent contact layer, foam, change every 3 days). Pain: oxycodone liquid prn.
"""),
]}

A18 = {"patient_id": "A18", "age": 69, "sex": "M", "notes": [
("2018-04-10", "Wound Center New Patient", """
ADV WOUND CTR - NEW
69M, ESRD/HD, T2DM on insulin, BMI 28.0. Bilateral shin ulcers x 6 wks, painful.
R anterior shin 2.1x1.8cm, L anterior shin 1.9x1.2cm, dry pale bases, dusky edges.
Pedal pulses not palpable. ABI non-compressible. Rest pain at night, legs dangle.
A: r/o calciphylaxis vs arterial ulcers.
Labs: A1c 7.8, Ca 9.3, PO4 5.6, PTH 380. Smoker 40 pk-yr, quit 2016.
P: TcPO2, punch bx edge L shin, angiography referral. Dry dressing, no compression.
Not a HBOT candidate yet - decide after perfusion studies.
"""),
("2018-04-19", "Transcutaneous Oximetry Report", """
TcPO2 - 44 C probes, 20 min equilibration, supine
Chest ref 60 mmHg.
R anterior calf 11, L anterior calf 9 (RA); rise to 24 and 19 on 100% O2.
Impression: critical limb ischemia bilaterally; poor O2 response - unlikely to benefit
from HBOT until revascularized. No skin reaction at probe sites. Pt tolerated well.
Tech: K. Aldana. Room 22 C, pt supine, legs level, study took 50 min.
Recommend vascular surgery review before any further HBOT workup; copy to wound MD.
"""),
("2018-05-08", "Vascular Surgery Note", """
Vascular f/u
Bx L shin 4/10: ischemic change only; VK stain negative for mural Ca and the
small vessels are free of thrombus, so calciphylaxis has been ruled out. Angio: bilateral tibial occlusions.
Dx: bilateral ischemic (arterial) shin ulcers from PAD.
Plan: staged tibial angioplasty R then L; wound ctr for dressings; HBOT reconsidered
only after revascularization.
Insulin and HD schedule reviewed with pt for the procedure day; hold glargine to half dose.
BMI 28.0. Pre-procedure labs and consent next wk.
Wound ctr to keep the dressings simple (dry, non-adherent) until then.
"""),
]}

A19 = {"patient_id": "A19", "age": 48, "sex": "F", "notes": [
("2025-01-14", "HBOT Consultation", """
HYPERBARIC CONSULT
48F referred for HBOT before dental extractions in irradiated mandible (Marx 20/10
protocol), nasopharyngeal ca RT 2021.
PMH: T1DM (Tandem pump), CKD 3a (eGFR 49), hypothyroid. BMI 25.3.
FHx: calciphylaxis killed her older brother (long-term HD) in 2019 - she asks if she is at risk.
Skin: intact; nothing livedoid, nothing nodular. TMs nl.
Explained her CKD is mild and that risk in her brother's setting (years on HD) is
different; no sign of it today. Advised to mention the family history to her nephrologist.
Ears: both TMs mobile; PE tubes not needed. CXR 12/2024 clear.
Plan: 20 tx pre-extraction, 10 post, 2.4ATA/90min, M-F.
Glucose protocol for pump users reviewed; CGM off in chamber.
"""),
("2025-02-25", "HBOT Treatment Record", """
HBOT tx 20 - 02/25/25
2.4ATA/90min. BG 146 pre (pump suspended 30 min per protocol), 132 post.
Tolerated without ear or sinus trouble. Skin check: no lesions.
Extractions scheduled 2/27 with oral surgery.
VS pre: BP 118/70, HR 68, SpO2 99%, T 97.6. TEED 0 bilat.
Pt reports mild fatigue after dives, otherwise well. Vision unchanged.
Pump reconnected, basal resumed at 0.8 u/h. Next tx 2/26, then post-op series of 10
starting the day after extraction if surgeon agrees. BMI 25.1.
"""),
]}

A20 = {"patient_id": "A20", "age": 60, "sex": "M", "notes": [
("2023-09-05", "HBOT Consultation", """
HYPERBARIC CONSULT
60M, ESRD on PD, T2DM - insulin stopped in 2021, now linagliptin. BMI 31.0, obese.
Wagner 3 DFU R plantar hallux w/ OM, debrided.
Counselled: as a dialysis pt he carries a risk of calciphylaxis; avoid heating pads or
hot soaks on the legs, and phone us about any skin patch that becomes painful.
Skin elsewhere intact, no livedo, no nodules; pulses dopplerable.
Labs: Ca9.4, P5.1, A1c 6.9. CXR clear, TMs mobile, no claustrophobia.
Plan: 30 tx at 2.4ATA/90min, M-F, PD exchanges timed around dives.
Offloading: post-op shoe, knee scooter.
"""),
("2023-10-17", "HBOT Physician Progress Note", """
HBOT tx 28
R hallux ulcer 0.4x0.3cm, nearly closed.
No skin changes elsewhere - nothing to suggest calciphylaxis.
Dive tolerance good; one episode of L ear squeeze at tx 9, resolved with slower descent.
Vitals today 134/80, HR 74, BG 152 pre and 128 post.
BMI 30.8. Plan: finish series, then total contact cast clinic review for offloading.
PD nurse aware of schedule. Foot exam: no new calluses, nails trimmed.
Reminded again to keep heat sources off his legs; he says he never used them anyway.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
