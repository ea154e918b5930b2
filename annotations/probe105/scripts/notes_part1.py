"""probe105 corpus notes, W01-W07 (wound care clinic and hyperbaric medicine; all invented)."""

W01 = {"patient_id": "W01", "age": 66, "sex": "F", "notes": [
("2019-02-11", "Wound Care Center - RN Intake", """
WOUND CARE CENTER / NEW PT INTAKE (RN)
Referred by: renal NP, Brightwater Dialysis
CC: "black place at back of my arm, burns like fire"
PMH: ESRD - HD in-center (Tues/Thurs/Sat), approx 4 yrs. DM type 2: Lantus 18u qhs + Humalog sliding scale. HTN, gout. No anticoagulants at home.
Social: lives w/ daughter Renee who does ALL her insulin since pt's stroke last September. Renee (at bedside) states "I always go in the back of Mom's left arm, it's the fleshy part and Mom doesn't flinch there."
Onset per pt: tender purple spot first seen 01/22/2019, went dark within a week.

WOUND #1
Loc: L upper arm, posterior, middle third
L 3.4 x W 2.6 x D 0.2 cm
Tissue: eschar 70% / slough 20% / pink 10%
Periwound: violaceous, stellate pattern, woody induration ~2 cm rim
Drainage: small amt thin serous, nonmalodorous
Pain 9 out of 10 - "even my sleeve hurts"
Photos x2 (with ruler) uploaded to media tab.

Ht 162.6 cm  Wt 72.2 kg  BMI 27.3
Dr. Varga to see pt today. Pt given written pain diary.
"""),
("2019-02-25", "Wound Care Physician Progress Note", """
S: Returns for pathology. Still c/o severe pian, sleeping propped in recliner so nothing touches the arm. Daughter present.
Path (02/18 4 mm punch, taken at margin of the L arm wound): medial calcium deposits in small subcutaneous arterioles, intimal hyperplasia, fibrin thrombi, lobular fat necrosis. Vessel-wall Ca++ lights up on von Kossa. Fits calciphylaxis.
O: L posterior upper arm 3.3 x 2.5 x 0.2, unchanged. Eschar adherent, edges dusky.
A/P:
1. Calciphylaxis, L posterior arm - located squarely in the only zone her daughter has used for insulin since last September. Repeated needle trauma most likely trigger.
 - renal plans IV sodium thiosulfate post-HD (Dr. Oyelaran aware)
 - insulin to abdomen only from now on; no injections in either arm
 - Santyl to eschar, Mepilex Border Lite, change daily
 - HBOT referral sent
2. DM2 - A1c 7.9.
"""),
("2019-03-20", "HBOT Treatment Note", """
HYPERBARIC OXYGEN TX #14 of 40 (planned)
Chamber: monoplace #2. Profile: 2.4 ATA, 90 min O2, two 5-min air breaks.
Dx: calcific uremic arteriolopathy, L upper arm wound.
Pre-dive: BG 164 (Lantus given by daughter into abdomen this am, per new plan), BP 148/82, HR 78, TMs mobile bilat, lungs clear. Fire safety check done - cotton gown, no lotions.
Tolerated dive, no ear sx, no confinement anxiety.
Wound check post-dive: 3.0 x 2.2 x 0.1 cm; eschar 40 / slough 40 / granulation 20. Pain 5/10.
TcPO2 periwound: 22 mmHg at baseline -> 41 mmHg (after tx 10).
Wt 70.4 kg, BMI 26.8.
Next dive tomorrow 0800.
"""),
]}

W02 = {"patient_id": "W02", "age": 58, "sex": "M", "notes": [
("2020-12-28", "Wound Clinic RN Triage", """
Pt brought in by wife Dolores. Reports a "raw purplish sore on my right side, above the belt" x 3 wks.
Wife adds: "He has had that heating pad on his side every single night since Halloween for his cyst pain. I told him it would cook him."
Hx: ESRD d/t polycystic kidney dz, home CCPD nightly on cycler. A-fib on Coumadin 5 mg daily. Non-diabetic, last A1c 5.4 (Oct).

Wound 1 - R flank, posterolateral
6.1 cm x 4.0 cm, depth unable to determine d/t eschar
Eschar 85%, slough 15%, no granulation seen
Net-like purpura spreading approx 3 cm beyond edge
Drainage: none. Pain 10/10, winces with gown contact.

Wt 109 kg, BMI 34.6
Pictures taken, ruler in frame, in chart. Dressed w/ xeroform + ABD. Scheduled MD consult next wk.
"""),
("2021-01-04", "Wound Care Physician Consult", """
58 y/o M on home PD referred for necrotic R flank lesion.
HPI: started 3 weeks before RN triage as a hot, tender, dusky patch, blackened over days. Heat: electric heating pad on high, 30 x 40 cm, laid against his right side every night. Wife brought the pad in today - when he lies on it in the usual spot the lower border lines up with the edge of the eschar.
Exam: R flank necrotic plaque w/ retiform purpura, stony induration. No crepitus, no fluctuance. Pedal pulses 2+.
Impression: calciphylaxis strongly suspected (PD, warfarin, obesity) in the footprint of chronic heating pad use; less likely thermal burn alone (timeline, purpura pattern).
Plan: 4 mm punch bx at lateral margin done today, 1 suture. Heating pad discarded - wife took it to the trash herself. Oxycodone 2.5 mg prn. Renal notified.
"""),
("2021-01-19", "Wound Care Physician Follow-up", """
Bx returned: calcified small vessel walls in subcutis with luminal thrombosis, septal panniculitis - calciphylaxis confirmed.
Talked w/ nephrology (Dr. Farrokh): warfarin stopped -> apixaban; IP sodium thiosulfate not feasible, will do IV via PD clinic; cinacalcet started.
Wound 1 R flank: 6.4 x 4.2, eschar 80%, slough 20%, periwound purpura stable. Pain 8/10.
Wt 110.8 kg, BMI 35.1.
Plan: continue xeroform/ABD, HBOT eval, f/u 2 wks. Pt asked if the pad "did this" - explained the site of the injury likely set it off in his case.
"""),
]}

W03 = {"patient_id": "W03", "age": 74, "sex": "M", "notes": [
("2022-09-13", "Wound Clinic Nurse Visit", """
New referral from urology.
74 yo male with suprapubic catheter, placed 06/02/2022 for retention. Since 06/02/2022 he has worn a leg drainage bag by day, strapped to his R calf w/ two elastic straps, every day. States the upper strap "bites in", leaves a groove by evening. Wife first saw a purple band under the strap at the end of August.

WOUND A: R posterior calf, upper third, runs horizontal
5.5 x 1.8 x 0.2 cm
50% black eschar / 30% slough / 20% beefy red
Mod serosang drainage, periwound purple mottling, very firm to palp
Pain 8/10 ("like a hot wire tied round my leg")

PMH: ESKD, dialyzes Mon/Wed/Fri thru R BC fistula. Type 2 diabetes - glipizide and linagliptin, has never been on insulin. CAD, stented 2015. Not on anticoag.
Ht 181 cm, Wt 98.1 kg, BMI 30.0
Photos obtained. Leg bag removed for visit; groove still visible.
"""),
("2022-09-27", "Wound Care Physician Note", """
A: R calf wound under leg-bag strap. Ddx calciphylaxis vs medical device related pressure injury. ESKD + hard purple periwound + pain out of proportion favor the former.
P:
- punch biopsy (4mm) at proximal edge today -> path for routine + calcium stains
- urology ok'd switch to belly bag / bedside bag - NO straps on either leg
- Medihoney + foam, offload calf w/ pillow at night
- RTC 4 wks w/ path
"""),
("2022-10-25", "Wound Care Physician Follow-up", """
Path: medial calcific deposits in subcutaneous small/medium-sized vessels with thrombus, plus necrotic fat; von Kossa stain positive => calciphylaxis.
This is a Koebner-type distribution - ulcer sits exactly in the strap groove on the R calf where pressure was daily for ~3 mo before onset.
Wound A: 4.9 x 1.6 x 0.2 cm; 30% eschar, 30% slough, 40% granulation. Pain 6/10.
STS 25 g 3x/wk at HD started 10/10. Referred for HBOT, pt agreeable.
"""),
("2022-11-22", "HBOT Progress Note", """
Hyperbaric tx #20. 2.0 ATA x 90 min, monoplace, 2 air brks. Tolerated, mild R ear fullness cleared w/ valsalva.
Indication: calciphylaxis R lower leg, off-label, approved by committee.
Wound A: 4.1 x 1.2 x 0.1; gran 60%, slough 25%, eschar 15%. Less drainage.
Glucose pre 141 post 128 (oral agents only).
BMI 30.0 (wt stable 98 kg).
Continue to 40 tx.
"""),
]}

W04 = {"patient_id": "W04", "age": 62, "sex": "F", "notes": [
("2021-02-08", "Wound Care Consult", """
62 F referred by her surgeon.
ESRD on hemodialysis since 2017 (L forearm AVF). Hx L breast cancer, s/p L lumpectomy + sentinel node 08/14/2019 (Dr. Castellanos), declined radiation, on anastrozole. Old DVT, took warfarin till 2018 then off. No DM.
HPI: "Last spring my scar turned purple and got hard as a board, I figured that was normal healing." Skin split open in November and has not healed since.
Exam: L breast UOQ - wound lies along the healed lumpectomy incision line.
 L 4.8 x W 2.2 x D 0.5 cm
 Bed: 60% adherent yellow slough, 25% black, 15% pale pink
 Edges: rolled, violaceous; periwound indurated, mottled
 Pain 7/10, worse w/ bra
BMI 41.3 (morbid obesity)
Plan: bx edge (r/o recurrence vs calciphylaxis), imaging via onc, dressings: Aquacel Ag + soft bra.
"""),
("2021-02-22", "Wound Care Physician Note", """
Results: Bx of L breast wound edge - no malignancy. Subcutaneous arterioles w/ circumferential calcification and thrombi; von Kossa +. Calciphylaxis.
Diagnostic mammo/US per onc: no recurrence.
Distribution: confined to the lumpectomy scar of 08/14/2019. Full-body skin exam otherwise clear (abdomen, thighs, calves clear).
P: nephrology for STS + binder review, HBOT consult, Aquacel Ag q3d, gabapentin 100 mg post HD.
"""),
("2021-03-15", "Hyperbaric Medicine Consult", """
HBO CONSULT
Reason: adjunctive HBOT for calciphylaxis of the L breast, arising in a surgical scar (lumpectomy 2019).
Screening: no pneumothorax hx, no claustrophobia, no seizures. CXR clear. Ears: TMs normal.
TcPO2: L chest wall periwound 19 mmHg room air, 240 mmHg on 100% O2 at 2.0 ATA challenge - responder.
Wound 4.6 x 2.0 x 0.4, 50% slough.
Wt 108 kg, BMI 40.6.
Plan: 2.0 ATA x 90 min, 5 days/wk x 40, coordinate with HD schedule (dive on non-HD days AM).
"""),
]}

W05 = {"patient_id": "W05", "age": 69, "sex": "M", "notes": [
("2023-11-06", "Wound Clinic Intake", """
Pt: "I tripped over Biscuit on the porch steps on 10/3 and skinned up both knees." Wife cleaned them w/ peroxide, scrapes mostly healed. Then 2 weeks ago the L knee got a dark blood blister that turned black and is "killing me". Now the R knee is going purple in the same spot where it was scraped.
PMH: ESRD, does CAPD (four bags a day). DM2 on Tresiba 30 units daily. HLD. No blood thinners.
Wound 1: L anterior knee, inferior to patella
 3.9 x 3.1 cm, 100% dry black eschar, livedo around it 4 cm
 Pain rated 9
Wound 2: R anterior knee
 2.5 by 2.0cm violaceous indurated plaque, skin intact, exquisitely tender
Wt 86 kg, BMI 28.1
Photos both knees. Pt ambulates w/ cane, flexion painful.
"""),
("2023-11-20", "Wound Care Physician Note", """
Punch bx from R knee plaque (11/8): subcutaneous arterioles calcified and thrombosed, with panniculitis; c/w calciphylaxis. No vasculitis.
Both knee lesions sit in the old abrasion beds from the fall on the steps.
L knee: 4.2 x 3.3, eschar softening at edges. R knee: now 2.8 x 2.2 w/ central dusky necrosis starting.
Plan: STS thru PD clinic, stop calcium-based binder -> sevelamer, cadexomer iodine to L knee, foam both, HBOT referral.
"""),
("2023-12-18", "HBOT Treatment Note", """
HBOT #18/30 - 2.4 ATA, 90 min, monoplace. Pre BG 188 (Tresiba this AM). Post BG 152.
Dx: calciphylaxis bilat knees.
L knee 3.6 x 2.8, eschar 50% / gran 50%. R knee 2.1 x 1.7, eschar 70%.
Pain 6/10. PD exchange done prior to dive, abd drained per protocol.
"""),
]}

W06 = {"patient_id": "W06", "age": 55, "sex": "F", "notes": [
("2025-05-05", "Wound Care New Consult", """
55 yo F, ESRD (IgA nephropathy), HD MWF via L forearm fistula.
Recurrent DVT: INR all over the place on warfarin, so hematology switched her to Lovenox 80 mg SC q12h in January. She self-injects into her belly, round the navel.
HPI: pain started Easter Sunday - "I know the day cause I had to leave church early it hurt so bad." Then two black spots came up in her belly.
No diabetes.

WOUND 1: periumbilical, above umbilicus - 2.0cm x 1.5cm, 90% eschar
WOUND 2: periumbilical, below umbilicus - 3.1cm x 2.4cm, 80% eschar, 20% slough
Retiform purpura joins the two; old needle marks and small bruises in a ring around the navel.
Pain 10/10. BMI 29.9.
Photos taken.
"""),
("2025-05-19", "Wound Care Physician Note", """
Bx (5/7, wound 2 edge): calcium in vessel walls of subcutaneous small arteries + thrombi; von Kossa positive. Calciphylaxis.
Both lesions lie inside her injection field - she has not injected anywhere else since January.
Hem/renal: Lovenox d/c'd -> apixaban. Thiosulfate w/ dialysis.
W1 2.1 x 1.6; W2 3.3 x 2.5 (slight increase). Bed eschar, edges dusky.
Plan: gentle autolytic debridement (hydrogel), HBOT consult, pain mgmt per palliative.
Obesity: no (BMI 29.9).
"""),
("2025-06-09", "Hyperbaric Oxygen Progress Note", """
HBOT #12 completed. 2.4 ATA x 90. No barotrauma.
Dx: calciphylaxis abdominal wall (periumbilical), s/p LMWH injection.
W1 1.6 x 1.2, 40% granulation. W2 2.9 x 2.1, 30% granulation, eschar lifting at the margins.
Pain 5/10.
"""),
]}

W07 = {"patient_id": "W07", "age": 77, "sex": "M", "notes": [
("2024-09-16", "Wound Care RN Intake", """
77 M w/ R hip trochanteric bursitis. Ortho said to ice it; he's been holding frozen gel packs against the R hip 3-4x a day since June, "sometimes I fall asleep with it on".
On Labor Day a "bruise" showed up on the R hip, and it got hard and very painful, then the middle went black.
PMH: ESRD - dialysis Tue-Thu-Sat. Coumadin for St Jude mitral valve. A1c 6.1 (pre-DM), diet only. 

Wound: R lat hip, overlying the GT
 7.0 x 5.0 cm, central necrosis 3 x 2 cm, rest violaceous plaque
 Eschar 40% / intact purpuric skin 60%
 Drainage: none
 Pain: 8/10 esp. when he rolls onto R side
BMI 25.5
Pictures to chart. Advised to hold off on icing until seen by MD.
"""),
("2024-09-30", "Wound Care Physician Note", """
Incisional bx 9/18: calciphylaxis - arteriolar calcium in the subcutis w/ thrombosis.
Lesion corresponds to where the ice packs sat every day over the summer - he demonstrated the spot.
Warfarin: cardiology will not stop (mech valve), will monitor. Renal: STS, lower dialysate Ca.
Wound now 7.4 x 5.2, necrosis 4 x 3. Pain 9/10.
Plan: HBOT, no cold or heat to hips, pressure-redistribution mattress.
"""),
("2024-10-28", "HBOT Treatment Summary", """
HBOT course interim summary: 20 tx, 2.4 ATA for 90 minutes.
Indication: calciphylaxis, R hip.
Wound: 6.6 x 4.9, necrotic 2.5 x 2; granulation at margins 30%.
TcPO2 R hip periwound 16 -> 38 mmHg.
No complications. Plan 20 more dives.
"""),
]}

PATIENTS = [W01, W02, W03, W04, W05, W06, W07]
