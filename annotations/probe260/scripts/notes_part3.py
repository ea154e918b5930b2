"""probe260 corpus notes, H15-H20 (perioperative, OR and PACU records and the clinics around them; all invented)."""

H15 = {"patient_id": "H15", "age": 69, "sex": "M", "notes": [
("2021-11-23", "PACU Nursing Note", """
PACU - Phase I     11/23/21     Linden Park Hospital
Proc: laparoscopic R hemicolectomy, GA/ETT, 3 h 10 min.
69 M, CKD G4 - eGFR 21 last week, no dialysis yet. T2DM (basal-bolus insulin). Warfarin for AF
(held 5 d, bridged).
Temp 35.4 on arrival -> forced-air warming blanket.
1420: on reassessment the warming hose had slipped under the cover and was blowing straight onto
the bare L lower leg. L medial calf: 4x3cm red area with a 1 cm blister = partial-thickness
burn. Hose repositioned, cool tap water 10 min, hydrogel dressing. Surgeon and charge RN
informed, incident report filed.
Abdomen: port sites + extraction incision dressed, dry.
BMI 34.0.
"""),
("2021-12-14", "Colorectal Clinic and Wound Nurse Note", """
Colorectal clinic + wound nurse      Dec 14 2021
3 weeks post R hemicolectomy - abdomen healing well, bowels back to normal.
L medial calf (the PACU warming-hose burn): instead of healing it is now a 5x4cm black
eschar, its border violaceous and net-like, with severe pain.
Imp: deep burn progression vs calciphylaxis - CKD 4, warfarin and diabetes make calciphylaxis
a real possibility; cannot exclude without biopsy.
Plan: derm for punch biopsy; nephrology aware; silicone foam; no further heat to the leg.
"""),
("2022-01-11", "Dermatology Note", """
Dermatology        Jan 11th, 2022
69 M referred with an L calf eschar at the site of a burn from a warming device in November.
Eschar 5x4.5cm, surrounding livedo. Appearance fits either a full-thickness burn or
calciphylaxis - clinically the two are indistinguishable here.
Re-offered biopsy - pt declines ("no more cutting"). Without tissue, calciphylaxis stays on
the differential.
Not on dialysis (CKD 4). Warfarin continues for AF for now; switch discussed with cardiology.
Plan: conservative dressings, reassess 6 weeks; biopsy if he changes his mind.
BMI 33.8.
"""),
]}

H16 = {"patient_id": "H16", "age": 76, "sex": "F", "notes": [
("2024-06-03", "Anaesthesia Record", """
ANAESTHESIA RECORD    03/06/2024    Trauma theatre, Pellingford General
Procedure: L hip hemiarthroplasty (displaced intracapsular NOF after a fall at home 01/06).
76 F, ESRD, HD Tuesdays/Thursdays/Saturdays on a R IJ tunnelled line. No diabetes. Not on
anticoagulants.
Frail: wt 42 kg, ht 154.5 cm, BMI 17.6.
Spinal: hyperbaric bupivacaine 0.5%, 2.2 mL, L3-4 interspace, + light propofol sedation. Fascia
iliaca block L.
Positioned R lateral, L side up; pressure areas padded; heels protected.
Blood loss 300 mL. Post-op: ward, VTE - UFH 5000 units SC bd from POD 1 (renal).
"""),
("2024-06-10", "Orthopaedic Ward Nursing Note", """
Ortho ward 7 - nursing      POD 7
Mobilising 5 m with frame + 2. L hip wound dry, clips in.
Since 04/06 her SC heparin has gone into the lower abdomen, sites rotated.
New today: two firm, purple, very tender areas on the L lower abdomen around the injection
sites, 3x3cm and 2x2cm, one with a dark centre. Not warm. Obs stable.
Doctor informed; heparin held pending review; photo added to chart.
Pressure areas: sacrum and heels intact, repositioned 2-hourly. Eating half of meals, dietitian
to review.
"""),
("2024-06-12", "Renal Consult", """
Renal registrar review    12 June 2024
Asked re abdominal lesions. L lower abdominal plaques at heparin sites, now dusky with livedo;
exquisitely painful. Ca 2.61, PO4 2.1, PTH 88 pmol/L.
Impression: this raises concern for early calciphylaxis. Other candidates: heparin-induced skin
necrosis (HIT screen sent) or injection-site haematoma.
Recommend derm punch biopsy, switch to low-Ca bath, drop calcium carbonate, consider STS once
biopsy back.
Addendum 13/06: pt transferred today to Pellham Community Hospital for rehab closer to family,
before any biopsy; handover sent asking their team to arrange the punch and review dialysate.
"""),
]}

H17 = {"patient_id": "H17", "age": 63, "sex": "M", "notes": [
("2019-02-19", "Cardiac OR Nursing Record", """
CARDIAC OR NURSING RECORD     Feb 19, 2019     CVOR 1, Westmarch Heart Institute
Procedure: AVR, 23 mm mechanical valve, CPB 96 min, cross-clamp 71 min.
63 M, ESRD on PD (CCPD) - PD catheter capped; PD to resume POD 1-2.
T2DM on sitagliptin; no insulin at home. Glucose per cardiac surgery protocol.
BMI 32.8, obese.
Position: supine, arms tucked, occiput on gel, heels floated.
Median sternotomy; art line L radial; PA catheter via R IJ.
Plan: warfarin to start POD 2 for the mechanical valve, SC heparin bridge until INR in range.
"""),
("2019-03-12", "Cardiac Surgery Clinic Note", """
CT surgery post-op clinic     3/12/2019
3 weeks post mechanical AVR. Sternotomy healing, INR 2.8 on warfarin 5 mg.
New: painful purple mottled area on the lower abdomen/pannus, L > R, for ~5 days, where the
heparin bridge injections were given in hospital. 10x6cm, retiform, central dusky patch.
Differential: calciphylaxis (PD pt, high Ca x P), warfarin-induced skin necrosis, or simple
haematoma.
Cannot stop warfarin (mechanical valve). Urgent derm.
PD resumed POD 2, effluent clear, weight stable. Ca 10.4, phos 7.0 - binder to be reviewed by
renal. Pain managed w/ low-dose oxycodone.
"""),
("2019-03-26", "Dermatology Consult", """
Dermatology     26.03.2019
3/15 punch, L lower quadrant plaque: superficial, dermis only - nondiagnostic; no
calcification seen but subcutis not sampled. Repeat deep biopsy offered; pt declined.
Impression: calciphylaxis vs warfarin necrosis remains unresolved; clinically leaning toward
calciphylaxis but not proven.
Plan: empiric IV sodium thiosulfate arranged with PD unit, wound care, warfarin continues -
valve INR goal unchanged. Review 4 weeks - sooner if spreading.
Photographs taken and a marker line drawn at the plaque edge so PD nurses can watch for growth.
"""),
]}

H18 = {"patient_id": "H18", "age": 74, "sex": "M", "notes": [
("2025-03-04", "Cath Lab Recovery Nursing Note", """
CATH LAB RECOVERY - nursing        04 Mar 2025
Procedure: coronary angiogram + PCI to LAD (1 DES), R femoral 6 Fr. 74 M on maintenance HD (MWF),
T2DM on insulin. Not on warfarin. BMI 27.0.
Sheath out 1215, closure device deployed; manual pressure 10 min R groin. Site soft, no
haematoma.
Pedal pulses: R DP/PT dopplerable, L palpable. Feet warm, pink.
Bedrest 2 h flat, HOB 30 deg after. HD tomorrow, heparin-free run requested.
Aspirin + ticagrelor loaded. Groin and distal pulse checks q15 min x4, then q30 min x2, all
stable. Voided. Discharge next day after dialysis if site stays quiet.
"""),
("2025-03-18", "HD Rounding Note", """
HD rounds 3/18/25 - Riverside Dialysis, pod C
2 weeks after PCI, seen in chair during run. Both feet: blue-purple toes and lacy livedo up to
the mid-shins, painful; R
great toe tip small dry black area. Eos 9%, ESR 70, complement low.
Favour atheroemboli after the cath; ?calciphylaxis (HD, high phos) also considered; vasculitis
less likely. R groin access site fine.
Plan: derm biopsy of livedo at R shin; hold off STS pending path. Continue aspirin and
ticagrelor for the stent. Pain: acetaminophen, low-dose tramadol after HD.
"""),
("2025-03-28", "Dermatology Result Visit", """
Dermatology result visit      March 28, 2025
Punch bx R shin livedo (3/21): arterioles plugged by cholesterol crystal clefts; no vessel-wall
calcification, no thrombi typical of calciphylaxis. von Kossa negative.
Dx: atheroembolic disease (cholesterol emboli) after the 4 March catheterization.
Calciphylaxis ruled out. Eosinophilia and low complement fit the same picture; nothing new for
the kidneys, already on HD.
Plan: high-intensity statin, supportive foot care, podiatry; R great toe eschar to be watched.
No sodium thiosulfate needed. Told pt and wife the result and why the toes changed colour.
"""),
]}

H19 = {"patient_id": "H19", "age": 50, "sex": "M", "notes": [
("2018-10-30", "Pre-admission Nursing Assessment", """
PRE-ADMISSION NURSING ASSESSMENT   Oct 30 2018   Brookvale Orthopaedic Day Unit
Planned: arthroscopic R knee, partial medial meniscectomy, 11/6.
50 M, ESRD, dialysed Mon-Wed-Fri at Brookvale Renal, L arm fistula. No diabetes. No
warfarin/anticoagulants.
Weight 78 kg.
Education: asked about icing after the scope. Explained that dialysis patients like him carry a
risk of calciphylaxis, so no ice or frozen packs straight on the skin - cooling only through a
towel,
max 15 min; no heat packs either. Pt verbalized understanding.
Skin: intact both legs.
Bloods at HD Friday: K, Hb.
"""),
("2018-11-13", "Orthopaedic Post-op Clinic", """
Ortho post-op clinic      13/11/2018
1 week after R knee scope (6/11). Portal sites healed, sutures out. Mild effusion.
Iced with a towel-wrapped gel pack twice daily x 3 days as advised.
Skin around both knees and shins normal, no discolouration, no tender nodules - no sign of
calciphylaxis.
ROM 0-120. Physio referral. Back to work (desk) next week.
Pain 1/10 with stairs, off oxycodone since day 3. HD unit informed of the outcome by
letter. No further follow-up unless swelling returns.
"""),
]}

H20 = {"patient_id": "H20", "age": 60, "sex": "F", "notes": [
("2023-09-12", "Intraoperative Nursing Record", """
INTRAOP RECORD - Hand Surgery, Ridgefield Ambulatory Center     2023-09-12
Procedure: excision of calcinosis deposits R index finger (radial pulp) under digital block.
60 F, lcSSc (CREST pattern) with Raynaud's; CKD stage 2 (eGFR 68), never dialysed.
Non-diabetic; no anticoagulant. BMI 21.0.
Supine, R upper limb out on the hand table; no tourniquet (Raynaud's).
Findings: chalky white calcium deposits, curetted; skin closed with 5-0 nylon.
Bulky hand dressing. Discharged with nifedipine continued.
Block: plain lidocaine 1%, no adrenaline given the Raynaud's. Hand warm and pink at
discharge, cap refill under 2 s. Sutures out in 2 weeks at hand clinic.
"""),
("2023-10-03", "Rheumatology-Dermatology Clinic", """
Rheum-derm combined clinic    3 Oct 2023
R index finger wound healed, sutures removed. Two further small calcinosis nodules L thumb pad.
Skin of both hands otherwise tight but intact, no digital ulcers at present.
Dx: calcinosis cutis (dystrophic) in limited SSc - not calciphylaxis: renal function near normal,
Ca/PO4 normal, no retiform purpura or necrosis.
Plan: consider topical sodium thiosulfate for L thumb nodules; continue nifedipine.
Hand therapy for pinch strength. eGFR 70 last month. She was relieved to hear the deposits are
not linked to kidney failure. Review in 3 months.
"""),
]}

PATIENTS = [H15, H16, H17, H18, H19, H20]
