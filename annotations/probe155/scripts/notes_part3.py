"""probe155 corpus notes, E15-E20 (oral surgery, dental clearance and the clinics around them;
every person, place and sentence invented)."""

E15 = {"patient_id": "E15", "age": 72, "sex": "F", "notes": [
("2019-08-20", "OMFS TMJ Clinic Note", """
OMFS - TMJ / FACIAL PAIN CLINIC
72 F referred by her dentist for L jaw pain x 4 months, worse in the morning, clicking.
PMH: CKD 4 - eGFR 22, Dr. Marchetti follows, no dialysis planned yet; DM2 on
linagliptin, HTN, obesity, osteoarthritis. No anticoagulant.
VS: BP 138/74, HR 70. Wt 86 kg, BMI 31.0.
Exam: MIO 36 mm with deflection to L, reciprocal click L TMJ, tender L masseter and
temporalis, no crepitus. Dentition: full upper denture, lower partial. Pano: condyles
symmetric, no degenerative change.
Dx: L myofascial pain with disc displacement with reduction.
Plan: soft diet, jaw rest, no gum; lower occlusal splint impressions today; APAP
scheduled (no NSAIDs - CKD 4); warm moist compress to the L face a few minutes at a
time, twice a day; RTC 6 wks for splint delivery.
"""),
("2019-10-01", "Primary Care Visit", """
PRIMARY CARE - Alder Row Clinic
72 F, CKD 4, DM2, HTN. Here for BP f/u and "a sore lump on my cheek".

Every night since late August she has dozed off with her electric heat pad (Sunbeam) on
the L side of her face for the jaw pain, often turned to high.
Exam: L cheek and L preauricular skin - reticulated red-brown net pattern; inside the net,
over the L mid-cheek, a firm purple nodule under the skin, 1.5 cm, tender, no ulcer.
BP 144/78. Wt 85.4 kg, BMI 30.8.
Labs: Cr 2.4 (eGFR 20); PTH 310; calcium 9.9; phosphorus 5.6.
A: heat-induced erythema ab igne (heating pad); the painful nodule in it - panniculitis?
Given advanced CKD, I cannot exclude early calciphylaxis.
P: stop the heating pad completely; dermatology referral; renal aware.
"""),
("2019-10-22", "Dermatology Consult", """
DERMATOLOGY CONSULT
72 F, CKD 4, no dialysis, sent for a L cheek nodule within erythema ab igne.
Heating pad stopped 3 wks ago. Nodule smaller per pt.

Exam: L cheek, red-brown reticulate pigmentation; at the mid-cheek a violaceous nodule,
1.2 cm, firm and tender; no necrosis, no retiform purpura elsewhere.
Differential: thermal panniculitis inside the erythema ab igne, or early calciphylaxis
(CKD 4, calcium high-normal). I advised a deep biopsy to decide; patient declines a facial
biopsy because of scarring and wants to "let it settle first".
Plan: photos taken; strict avoidance of heat; reassess in 4 wks, biopsy if it grows,
darkens or ulcerates. Next month she relocates to live with her son, out of state, and
will find a new dermatologist there; copies of records given.
"""),
]}

E16 = {"patient_id": "E16", "age": 80, "sex": "M", "notes": [
("2020-02-11", "Pre-procedure Medical Clearance - Nephrology", """
NEPHROLOGY - PRE-PROCEDURE CLEARANCE (for OMFS, extraction of #27 under local)
80 M, hemodialysis M/W/F by a R IJ tunnelled catheter (his AVF failed); DM2, glargine
10 units; PAD, CAD, HFrEF (EF 35%). No anticoagulant; clopidogrel for PAD stent.
VS: BP 108/60, HR 72. Wt 63.1 kg, BMI 21.5.
Labs: K 5.0, Hgb 9.6, plt 171.

Skin: L heel - painful dry black eschar 3x2.5 cm, purple rim, there ~6 wks. Most of
his day is spent in a recliner, heels propped on the footrest. DDx: unstageable
pressure injury vs arterial (PAD) ulcer vs calciphylaxis. Vascular and wound clinic
referrals placed.

Clearance: acceptable for a single extraction under local on a non-HD day. Continue
clopidogrel, local hemostatics. Glargine usual dose. Amoxicillin renal dosing.
"""),
("2020-02-25", "Vascular Surgery Wound Clinic Note", """
VASCULAR SURGERY / WOUND CLINIC
80 M on HD with L heel eschar.
ABI noncompressible bilaterally. TBI L 0.21, R 0.38. Arterial duplex: severe tibial
disease L with monophasic flow.
Heel: 3.4x2.6 cm stable dry eschar, violaceous periwound, no fluctuance or drainage,
probe-to-bone negative.
Assessment: L heel necrosis - likely ischemic in the setting of heel pressure and
tibial disease; calciphylaxis cannot be excluded (HD, phos 7.2, PTH 900). Biopsy not
advised - perfusion too poor; the biopsy site itself might never close.
Plan: heel offloading boots; keep eschar dry with betadine paint; angiogram with
possible tibial intervention offered - pt wants to discuss with family.
"""),
("2020-03-24", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT
80 M, ESRD on HD, HFrEF, PAD with L heel necrosis (ischemic vs possible calciphylaxis,
never biopsied). Extraction of #27 done 2/18 without problems.

Goals: he declines angiography and any further workup of the heel. "I've had enough of
hospitals." Family present and supportive. Once his granddaughter is married on Saturday
he intends to come off dialysis and go onto hospice.
Symptoms: heel pain 6/10 - hydromorphone half a milligram every 4 h as needed; mild dyspnea.
Plan: hospice referral; continue offloading and dry dressing to the heel for comfort;
DNR/DNI confirmed; basal insulin cut to 6 units of glargine, to stop once intake falls.
"""),
]}

E17 = {"patient_id": "E17", "age": 49, "sex": "F", "notes": [
("2017-03-07", "OMFS Pre-transplant Dental Clearance", """
OMFS - PRE-TRANSPLANT DENTAL CLEARANCE
49 F, lupus nephritis with kidney failure, doing cycler PD since 2015, listed at Corrow
Transplant
Institute pending dental clearance. No diabetes. No anticoagulant. BMI 26.0.
Exam: generalized moderate gingivitis, 4-5 mm pockets in molar areas, no mobility.
Radiographs (FMX): no periapical pathology; #30 deep distal caries close to the pulp.
Plan: scaling/root planing 4 quadrants with hygiene; #30 - pulp test and restoration
vs RCT by general dentist. Cleared for transplant once #30 is addressed.
Incidental: she pointed out mottled purple patches on both flanks, under the belt that
holds her PD catheter; advised her to show the PD team and dermatology.
"""),
("2017-03-28", "Dermatology Consult", """
DERMATOLOGY CONSULT
49 F on PD, SLE. Livedo on both flanks for ~2 months, along the PD catheter belt line;
intermittently tender, no ulcers.
Exam: livedo racemosa both flanks, in a band where the belt sits; on the R flank two
deep nodules, each ~1 cm, firm and tender. No necrosis, no retiform purpura.
Labs: PTH 480, phosphate 6.1, calcium 9.6 (uncorrected); lupus anticoagulant positive,
anticardiolipin IgG
moderate.
Assessment: livedo racemosa with nodules. Could be APS livedo, lupus panniculitis, or
an early calciphylaxis - the last worries me most, with PD and the belt pressing here.
Punch bx R flank nodule today (4 mm).
Plan: loosen the belt / switch to a softer tube holder; f/u results 2 wks.
"""),
("2017-05-02", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
Derm punch bx (3/28): panniculitis of lobular type; vessel calcification not seen, but
the sample was shallow - nondiagnostic. Derm advised a deeper incisional bx to rule
calciphylaxis in
or out; she declined, as the flank patches faded after switching to a soft tube holder.
Still ?calciphylaxis vs APS livedo - unresolved.
CCPD: Kt/V 2.1, exit site clean. BP 132/80, Wt 70.2 kg.
She is transferring her care (and transplant listing) to a center near her new job in
Pellworth later this month; summary and labs sent. Dental clearance letter done.
"""),
]}

E18 = {"patient_id": "E18", "age": 68, "sex": "M", "notes": [
("2022-09-13", "OMFS Pre-procedure Evaluation", """
OMFS - PRE-PROCEDURE EVALUATION
68 M referred for extraction of #8 and #9 (failing post-crowns) and implant planning.
PMH: ESRD on MWF dialysis (L upper arm fistula); DM2, glargine 20 units into the
abdomen; ulcerative colitis on mesalamine; HTN. No anticoagulant.
VS: BP 150/84, HR 76, Wt 88.1 kg, BMI 28.8.
Also noted: R shin ulcer, dressed. He bumped the R shin on a car door in mid-August; the
small scrape turned into a painful, enlarging ulcer with a purple edge. ?calciphylaxis
in an HD pt - PCP and HD unit aware, derm appointment 9/27.
Plan: extractions deferred until the shin is diagnosed; implants not advised until then;
temporary flipper impressions taken.
"""),
("2022-09-27", "Dermatology Consult", """
DERMATOLOGY CONSULT
68 M on HD, UC, DM2. R shin ulcer after a minor car-door bump mid-August, rapidly
enlarging over 5 wks.
Exam: R anterior shin, ulcer 5x4 cm; edges violaceous, undermined and overhanging;
purulent base; cribriform scarring at the margin. No retiform purpura and no eschar seen.
Differential: pyoderma gangrenosum (pathergy after trauma, UC) vs calciphylaxis vs
infection.
Procedure: 6mm punch from the ulcer edge, bisected - H&E / culture.
Plan: gentle wound care, avoid debridement (pathergy), f/u 2 wks. Told OMFS the
extractions can wait for the result.
"""),
("2022-10-18", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP
Bx 9/27 R shin ulcer edge: neutrophil-packed dermis, micro-abscesses,
leukocytoclasia at the edge; calcium absent from vessels and interstitium (von Kossa
negative), no thrombi. Tissue culture: no growth.
Dx: pyoderma gangrenosum; calciphylaxis excluded.
Exam: ulcer 5.5 by 4 cm, edges still violaceous.
Plan: prednisone 40 mg each morning then a slow taper, GI consult re UC activity, topical
clobetasol to
the border, nonadherent dressings; glucose monitoring (on insulin); OMFS may plan
extractions after steroids are tapered. RTC 2 wks. Wt 87.7 kg, BMI 28.7.
"""),
]}

E19 = {"patient_id": "E19", "age": 45, "sex": "F", "notes": [
("2024-04-16", "OMFS Implant Consultation", """
OMFS - IMPLANT CONSULT
45 F, missing #19 (extracted 2022), wants an implant.
PMH: IgA nephropathy, CKD 3a (Cr 1.3, eGFR 52), HTN on lisinopril, migraines.
No diabetes. No anticoagulant. Nonsmoker.
FHx: sister (older; was on HD) - calciphylaxis, fatal, 2019. Pt worries
that bone grafting or implants could "start the same thing".
VS: BP 128/80, HR 68, Ht 165 cm, Wt 82.8 kg, BMI 30.4.
Exam: healed ridge #19, adequate width on CBCT (7.8 mm), 13 mm height above the IAN canal.
Skin of face, arms and legs normal.
Plan: implant #19 with possible minor graft under local; nephrology input re her worry;
consent discussed.
"""),
("2024-05-07", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
45 F, IgA nephropathy, CKD 3a stable (eGFR 51, UACR 420 mg/g). BP 126/78.
She asked about her sister's calciphylaxis. Explained that it occurs almost only with
kidney failure on dialysis or with specific risk factors, that she has none of those
now, and that dental implants do not cause it. Skin exam normal; no lesions.
Chem: PTH 62, Ca 9.3, P 3.8. Wt 83.0 kg.
Plan: continue lisinopril, start dapagliflozin 10 mg (sick-day rules explained), f/u 4 months;
OK for implant surgery from a renal standpoint - letter to Dr. Iverholt.
"""),
]}

E20 = {"patient_id": "E20", "age": 38, "sex": "M", "notes": [
("2025-08-12", "OMFS Pre-extraction Visit", """
OMFS - PRE-EXTRACTION VISIT
38 M, FSGS -> ESRD; HD TTS, L forearm AVF (2023); HTN. No DM.
No anticoagulant.
CC: recurrent swelling around lower L wisdom tooth.
VS: BP 140/88, HR 78, Wt 77 kg, BMI 24.0.
Exam: #17 partially erupted, operculum inflamed; #32 impacted mesioangular. Pano: both
near the IAN canal.
Plan: remove #17, #32, #1, #16 under IV sedation on a non-HD day.
Counseling: after surgery, ice packs only 20 min at a time and never directly on the
skin; because people on dialysis run a higher risk of calciphylaxis, long stretches of
cold or heat on the skin are best avoided. Sedation IV in the R arm only.
Skin: intact, no lesions.
"""),
("2025-09-02", "Hemodialysis Rounding Note", """
HD ROUNDS - Westerly Dialysis, TTS 1st shift, chair 9
S: Four third molars out 8/21 under sedation at the oral surgery office; sockets healed,
no dry socket, eating normally. He used ice packs sparingly, as told, for a day and a
half. No itching, no painful spots, no new marks on the skin.
O: pre-wt 78.5 kg, EDW 77.0; BP 138/84, HR 74. L forearm fistula - thrill and bruit good,
no aneurysm. Skin of face, trunk, arms and legs looked at: intact, nothing to suggest
calciphylaxis.
Labs: PTH 380; phosphate 5.4; calcium 9.2; spKt/V 1.42; Hgb 11.3.
A/P: stable on HD. No change to the prescription; binder adherence reviewed with him and
the dietitian; transplant workup continues (cardiac stress test booked).
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
