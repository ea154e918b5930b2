"""probe148 corpus notes, D15-D20 (vascular surgery / limb salvage and the clinics around it; all invented)."""

D15 = {"patient_id": "D15", "age": 75, "sex": "M", "notes": [
("2020-09-15", "Wound Care Clinic", """
WOUND CENTER - Ashby Hollow
75 yo M. Kidneys: CKD4, eGFR 21, no dialysis yet. DM2 - metformin stopped, now sitagliptin;
never insulin. Atrial fib, takes warfarin. Bilat CVI.

Home health has applied 2-layer compression wraps to the L leg since end of July for
edema. About 2 wks ago an exquisitely painful dark spot appeared on the outer L leg,
just under the top edge of the wrap, now a shallow ulcer.

Vitals: BP 150/70, P 88 irreg. Wt 104 kg, BMI 32.8.
L lateral lower leg, mid-third: 2.5x2 cm ulcer w/ dusky violaceous rim, black
center, surrounding purplish mottling; indentation from wrap edge just above it.
Edema 2+ bilat. Pedal pulses not palpable.

Assessment: ddx - device-related pressure ulcer from the wrap edge vs hypertensive
ischemic (Martorell) ulcer vs calciphylaxis (warfarin, CKD 4) vs arterial.
Plan: compression held. Vascular referral for ABI/duplex before any bx.
"""),
("2020-09-29", "Vascular Surgery Clinic", """
VASCULAR SURGERY CONSULT

75M CKD4, DM2, on warfarin. L lateral leg ulcer under the edge of a compression wrap.

ABI R 0.82, L 0.68. TBI L 0.31. Duplex L: diffuse SFA disease w/ 50-70% stenoses,
pop patent, peroneal-only runoff. TcPO2 lateral L leg 26 mmHg.

Exam: L lateral leg ulcer 3x2.2 cm, eschar forming, tender, violaceous edge;
no cellulitis.

Impression: mixed arterial/venous disease w/ poor local perfusion. Ulcer could be
ischemic/pressure; possible calciphylaxis cannot be excluded. Derm suggested punch
bx, but with TcPO2 26 a bx site may not heal, so bx deferred until after revasc.
Plan: L SFA angioplasty to be scheduled; no compression; keep dry; INR check.
"""),
("2020-11-03", "Vascular Surgery Clinic", """
Vasc f/u - 75M

Angioplasty was postponed twice (COVID testing, then INR 4.1). Pt and daughter decided
he is relocating to her home in Oregon next week; records sent to a vascular group
there.

Today 103 kg (BMI 32.5).
L lateral leg ulcer: 3.2x2.5 cm, stable eschar, pain 6/10.

Assessment: ulcer of uncertain cause - ischemic vs Martorell vs calciphylaxis; never
biopsied, no definite dx. Recommend that the new team consider deep bx after
revascularization and review warfarin.

Plan: transfer of care. Dressing: dry gauze + kerlix, no compression.
"""),
]}

D16 = {"patient_id": "D16", "age": 68, "sex": "F", "notes": [
("2025-10-14", "Operative Note - Vascular Surgery", """
OPERATIVE NOTE   10/14/2025
Procedure: L BKA, long posterior myocutaneous flap (Burgess).
Surgeon: C. Delacroix-Ward MD.

Indication: 68F, ESRD - hemodialysis; insulin-treated DM2, nonreconstructable L tibial
disease
(angio 9/30: no target), wet gangrene L heel spreading to the midfoot.

Technique: tourniquet not used. Tibia divided 12 cm below tibial tuberosity, fibula 1 cm
shorter, beveled. Vessels ligated, heavily calcified. Long posterior myocutaneous
flap, fasciae closed, skin staples. Drain placed.

Findings: muscle viable at level, skin edges bleeding but sluggish.
EBL 150 mL. BMI 22.3. Stable to PACU.
"""),
("2025-11-18", "Vascular Surgery Clinic", """
Post-op clinic - L BKA 10/14/25

68F HD pt. Stump pain worse x 2 wks, "like knives".
Exam: L residual limb - anterior flap edge w/ 6 cm of black eschar along the suture line,
plus 2 separate violaceous, retiform purpuric plaques over the front of the stump,
very tender, indurated. No pus. Knee ROM full.

Labs: Ca/Phos/PTH 9.9/7.4/1020, WBC 9.1.

Assessment: flap necrosis - ischemic flap failure likely; however the retiform purpura
and pain raise ?calciphylaxis.
Plan: derm asked to see; may need revision to AKA. Hold prosthetic fitting.
"""),
("2026-01-06", "Discharge Summary - Vascular Surgery", """
DISCHARGE SUMMARY
Admit 12/28/2025  Discharge 01/06/2026
Dx: failed L BKA flap; revision to L above-knee amputation 12/30/2025.

Course: derm saw stump 12/29; felt findings could be calciphylaxis or ischemic necrosis,
deferred punch bx as limb was being revised. AKA done 12/30, healing well at d/c.
Pathology of the BKA specimen: extensive ischemic skin and muscle necrosis, heavy
medial (Monckeberg-type) arterial calcification; subcutis w/o diagnostic small vessel
calcification in sampled areas - "calciphylaxis cannot be excluded".

Empiric sodium thiosulfate with HD begun 12/31 for possible calciphylaxis per
nephrology, to continue 6 wk.

Outpt HD (Mon/Wed/Fri) continues via tunneled R IJ line. Insulin glargine 10 u + SSI.
BMI 21.9.

D/c to Valley Gate SNF. F/u vascular 2 wk for staple removal.
"""),
]}

D17 = {"patient_id": "D17", "age": 59, "sex": "M", "notes": [
("2018-08-07", "Nephrology / PD Clinic", """
PD CLINIC - monthly
59M, ESRD on APD since 2015, DM2 on insulin (NPH BID + regular), HTN, PAD.

C/o: firm painful lumps in the lower abdomen x 3 wks, where he injects his insulin
(both lower quadrants, away from the PD exit). One is purplish.

Exam: BP 144/86, Wt 84.5 kg, BMI 27.7.
Abdomen: several 1-2 cm firm tender subcutaneous nodules in both lower quadrants, the
largest on the L w/ faint violaceous net-like discoloration over it. No ulcer, no eschar.
Exit site clean.

Labs: Ca/Phos/PTH 10.2/7.0/690.

A: painful lumps in his insulin territory - lipohypertrophy? early calciphylaxis?
P: rotate insulin to thighs, derm referral, binder increase, stop calcitriol.
"""),
("2018-08-21", "Vascular Surgery Clinic", """
VASCULAR SURGERY F/U - PAD

59M PD pt, DM2. Bilateral calf claudication at 1.5 blocks, stable. No rest pain, no
wounds on feet.

ABIs 0.74 R / 0.80 L (prior 0.76/0.81). Pedal signals biphasic.

Meds: insulin NPH/regular, ASA 81, atorvastatin 40, sevelamer, metoprolol. No
anticoagulants, never on warfarin.
Exam: BP 138/80. feet warm w/ CRT 3 sec; skin w/o fissures, nails thickened. BMI 27.9.

Note from nephrology: possible early calciphylaxis of the abdominal wall, derm
appointment pending - not assessed further by us.

Plan: continue cilostazol? - no, avoided given ESRD; walking program, statin,
ASA. Repeat ABI 12 mo.
"""),
("2018-09-18", "Dermatology Consult", """
DERM - new consult

59M APD, insulin-treated DM2. Since mid-July, tender lumps at his abdominal insulin sites.

Exam: five subQ nodules, firm and tender, 1 to 2.5 cm, in the lower abdomen, one on L
w/ faint
livedo over it; no necrosis, no ulcer. Thighs clear.

Impression: differential includes lipohypertrophy/insulin-induced nodules, panniculitis,
and early calciphylaxis - cannot be excluded short of a deep incisional bx.

He declines any biopsy today, "not another cut". He will be moving to his brother's city and
transferring PD care there next month. Letter with recommendations given.
"""),
]}

D18 = {"patient_id": "D18", "age": 72, "sex": "F", "notes": [
("2024-07-09", "Vascular Surgery Clinic", """
VASCULAR SURGERY - urgent add-on

72F ESRD on HD, DM2 (linagliptin), CAD. Diagnostic aortogram + bilat runoff via R CFA
6/28/24 (for claudication) - found moderate disease, no intervention.

Since about 1 wk after the angiogram: painful purple toes on both sides, plus a
lacy mottle over both feet/ankles. Toes 2-4 L now w/ dark tips.

Exam: BP 168/82. BMI 28.9. Pedal pulses palpable bilat (DP 1+). Livedo racemosa over
dorsal feet and ankles bilat, blue toes bilat, L 3rd toe tip necrosis 4 mm.
R femoral puncture: well healed, no bruit or mass.
Labs: eos 9%, Cr at HD baseline, C3 low-normal.

A: ?calciphylaxis vs cholesterol embolization post angiography.
P: derm bx of livedo, statin high intensity, no further catheter procedures.
"""),
("2024-07-16", "Dermatology Consult", """
Dermatology consult

72F HD, livedo both feet/ankles since early July after angiography, blue toes.
Exam: livedo racemosa dorsal feet and ankles bilat, purple toes, L 3rd toe tip dry
necrosis. No retiform plaques on thighs/abdomen.

Meds: linagliptin, carvedilol, ASA, clopidogrel, sevelamer. Never on warfarin.
Labs: eosinophil count 0.9; sed rate 62; Ca/Phos 8.8/4.9.

Procedure: deep punch bx x2 from livedo, L lateral ankle, after consent; sutured.
Specimens: one for routine histology incl calcium stain; second held.

Ddx: atheroemboli (favored given timing + eosinophilia) vs calciphylaxis.
"""),
("2024-07-30", "Vascular Surgery Clinic", """
Vasc f/u

Bx result (7/16, L ankle): needle-shaped clefts (cholesterol crystals) plugging small
arterioles of dermis and fat, with a giant-cell reaction. Calcium stain (von Kossa)
shows none in vessel walls.
Calciphylaxis excluded - dx is cholesterol emboli syndrome after angiography.

Toes: L 3rd tip necrosis unchanged, dry. Livedo fading. Pain improved on gabapentin.

Exam: pedal pulses 1+ bilat, feet warm, cap refill 3 s. Punch sites healing.
Eos trending down (0.5).

Plan: atorvastatin 80, ASA, avoid further catheter-based procedures if possible;
podiatry for toe; no STS needed. Nephrology informed, HD prescription unchanged.
BMI 28.9. RTC 6 wk.
"""),
]}

D19 = {"patient_id": "D19", "age": 63, "sex": "M", "notes": [
("2026-05-19", "Vascular Surgery Clinic", """
VASCULAR SURGERY - NEW PATIENT

63M CKD 4 (eGFR 18, nephrology discussing access planning), DM2 on insulin degludec,
HTN, former smoker. L calf claudication at 1 block x 1 yr.

FHx: brother died at 58 on hemodialysis after calciphylaxis of the legs; father MI at 60.
He is afraid he is "next in line" for his brother's illness. Skin: no wounds, no
lesions, no livedo.

Vitals: BP 152/84, Wt 96 kg, BMI 29.5.
Fem 2+, L pop 1+, L pedal monophasic; R pedal biphasic.

Plan: ABI/duplex; walking program; vein mapping later for access, preserve L arm veins.
Reassured that his skin is normal today; no evidence of calciphylaxis.
"""),
("2026-06-02", "Vascular Lab Report", """
NONINVASIVE VASCULAR LAB - ARTERIAL
Exam: bilateral ABI w/ PVR + LLE arterial duplex

ABI: R 0.93 / L 0.64. TBI R 0.58 / L 0.40.
PVR: normal contour at R ankle, blunted at L calf and ankle.
Duplex LLE: CFA mild plaque; SFA mid-segment 70-99% stenosis (PSV 412 cm/s, ratio
4.6); pop patent; tibials patent w/ monophasic distal PT.

Resting brachial pressures: R 154, L 150 mmHg. L DP 98, L PT 96 mmHg.

Interpretation: moderate L femoropopliteal occlusive disease. R normal at rest.
Skin inspection by tech: intact, no ulcers.
"""),
]}

D20 = {"patient_id": "D20", "age": 81, "sex": "F", "notes": [
("2019-10-22", "Vascular Surgery Post-op Visit", """
VASC SURG POST OP
81F, ESRD w/ dialysis Tue-Thu-Sat, DM2 managed by diet, HTN. status post amputation of
the R second toe 10/1/19 after
R SFA stent for dry gangrene of that toe.

Amputation site healing, sutures out. Her feet are cold at night and she wondered whether
an electric pad or hot-water bottle would help. Told no - her sensation and circulation
are poor, and in people on dialysis heat can trigger burns and calciphylaxis. Suggested
wool socks.

BMI 23.1. R DP 1+ after stent. No other wounds; skin of legs intact.
Plan: RTC 3 mo w/ duplex of stent.
"""),
("2019-11-12", "Hemodialysis Rounding Note", """
HD rounds - 81F

Tolerating TTS 3.5 h, EDW 54 kg. No complaints except cold feet.
Skin check by RN: R foot amputation site healed, no new lesions, no purpura, nothing
to suggest calciphylaxis. Reinforced: no heating pads, no ice.

Vitals pre: BP 148/66, HR 70. Access: L AVF, good thrill, cannulated w/o issue.
UF 1.6 L, no cramping, no hypotension.

Labs: Ca/Phos/PTH 9.1/5.0/310, Hgb 10.9, Alb 3.6. A1c 6.2 on diet alone.
Plan: continue current Rx; calcium carbonate binder unchanged; BMI 23.0.
"""),
]}

PATIENTS = [D15, D16, D17, D18, D19, D20]
