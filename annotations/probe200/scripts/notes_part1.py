"""probe200 corpus notes, B01-B07 (vascular surgery / limb salvage and the clinics around them; all invented)."""

B01 = {"patient_id": "B01", "age": 68, "sex": "F", "notes": [
("2023-05-10", "Vascular Surgery Discharge Summary", """
VASCULAR SURGERY - DISCHARGE SUMMARY
Hollin Vale Medical Ctr, Vasc Surg svc (attending Dr. Okonkwo-Reyes)
Admit 05/07/2023 -> home 05/10/2023

Dx: L SFA occlusion w/ lifestyle-limiting claudication; incidental acute L popliteal DVT.
Procedure 05/08/2023: L CFA antegrade access, SFA PTA + 6x120 self-expanding nitinol stent,
Perclose closure. L groin soft, no hematoma at d/c.
Course: post-procedure venous duplex 5/8 showed occlusive thrombus in the L popliteal vein.
Enoxaparin 80 mg SC q12h begun that evening (renal dosing + anti-Xa levels agreed w/ nephrology).
RN taught self-injection 5/9; pt picked the lower abdomen, "mostly on the right, I'm right
handed."
PMH: ESRD - dialyzes Tu/Th/Sa (R brachiocephalic AVF, upper arm); T2DM -> glargine 24u nightly,
lispro correction; HTN; obesity.
D/C vitals: BP 148/82  HR 77  SpO2 96% RA  weight 86.0kg  BMI 33.1
Labs: Hgb 10.4 | Plt 212 | K 4.9 | anti-Xa 0.74
D/C meds: enoxaparin as above x 3 mo, ASA 81, atorvastatin 80, insulin as above, sevelamer.
F/u limb salvage clinic ~4 wks w/ arterial duplex.
"""),
("2023-06-06", "Limb Salvage Clinic Follow-up", """
LIMB SALVAGE CLINIC - f/u    06/06/23
68F s/p L SFA PTA/stent 5/8, here for 4 wk check + duplex.
Claudication much better, walks to the mailbox and back w/o stopping.
NEW: severe burning R lower abdomen, "worse than my leg ever was." She first saw the
spot roughly ten days ago, now can't sleep.
Exam: L groin access healed, no bruit or mass. L DP/PT dopplerable, biphasic.
Abd: RLQ below the umbilicus, 6x4cm stellate purple-violet plaque, woody, 1 cm central
black crust, lacy purple margin. It sits squarely on the skin she has chosen for her
enoxaparin shots ever since discharge.
Duplex L SFA stent: PSV 118 prox / 131 mid / 104 distal cm/s, no focal step-up.
ABI L 0.94 (pre 0.58), R 1.02.   BMI 32.6
Imp/plan: stent patent. Plaque where the enox goes in, and she dialyzes - very worried
about calciphylaxis. Derm saw her same day, punch bx done. Will ask nephro re
switching enoxaparin to apixaban.
"""),
("2023-06-15", "Dermatology Consult", """
DERMATOLOGY CONSULT (outpt)  June 15, 2023
Ref: Limb Salvage / vascular surgery. Reason: painful abdominal plaque.
HPI: 68 yo woman on HD, T2DM on insulin, started enoxaparin 5/8/2023 for a popliteal DVT and
has self-injected it into the lower abdomen. Pain R lower abd began around May 27. Switched to
apixaban 6/7, no shots since.
Exam: R infraumbilical retiform purpura, 7x5cm, eschar in its middle, tender to light touch;
separate 1 cm purpuric papule just lateral. L side of abdomen clear.
Path (4 mm punch 6/6/23, edge of plaque): mural calcium, tiny arterioles, subcutaneous fat
layer, a few plugged w/ thrombus; necrotic adipocytes; von Kossa+.
Impression: calciphylaxis, biopsy-confirmed, that developed at her enoxaparin injection sites
on the R lower abdomen.
Plan: STS 25g IV at HD, three times a week (nephro on board); wound RN; pain service;
nothing more to be injected into the abdominal wall.
"""),
]}

B02 = {"patient_id": "B02", "age": 71, "sex": "M", "notes": [
("2019-12-10", "Vascular Surgery New Patient Consult", """
VASCULAR SURGERY NEW PT CONSULT   12/10/2019
Ref: Dr. Imbert (nephrology, home PD program)
CC: L leg pain at night

HPI: 71 yo M, ESRD, cycler PD nightly, DM2 on insulin, ex-smoker ~50 pk-yr. Calf claudication
at one block for 6 mo; for the past month pain in the L foot and calf wakes him and eases if
he dangles the foot off the bed. Since Thanksgiving he goes to sleep w/ his electric heating
pad wound round the L calf, dial on high, "because the warmth takes the edge off."
Exam: BP 162/74 HR 68. Ht 178 cm, 90 kg, BMI 28.4.
L foot cool, dependent rubor, elevation pallor, cap refill 5 sec. No ulcers. L calf skin intact.
Fem pulses 2+ bilat; popliteal and pedal pulses absent on L.
NIVL: ABI R 0.81 / L 0.44. TBI L 0.21. PVR L ankle markedly blunted.
Impression: L CLTI, Rutherford 4. Diagnostic angiogram +/- intervention booked 12/19.
Told him firmly: no heating pad or hot soaks on the L leg, ischemic skin burns easily.
"""),
("2020-01-21", "Nephrology PD Clinic", """
PD CLINIC - nephrology     Jan 21 2020
71M on the cycler (5 cycles/night + icodextrin long dwell by day). Kt/V (Nov) 1.9/wk.
Had L SFA atherectomy + PTA 12/19/19 via R CFA up-and-over; rest pain gone since.
Today: exquisitely painful spot over the outside of the L calf which started the first week of
January; sleep is broken again, "different pain than before."
Exam: L lateral calf, 5 cm indurated dusky plaque, black eschar in the centre, net-like purple
rim. PD catheter exit site: crust-free, tunnel not tender. Trace ankle edema.
Labs 1/14: corrected Ca 9.9mg/dL, phosphorus 7.2, iPTH 688 (!), albumin 3.1, Hb 10.9
90kg today -> BMI 28.4
Assessment/plan: Suspect calciphylaxis. Derm this week to biopsy. Calcium carbonate off,
sevelamer carbonate 1600 w/ each meal instead; add cinacalcet 30. Lantus 20 u qhs unchanged.
"""),
("2020-02-06", "Dermatology Clinic Note", """
Dermatology clinic, 06-Feb-2020
Seen for: painful L lower leg plaque, ?calciphylaxis, home PD patient.
Onset early Jan 2020, enlarging slowly. No new drugs. On insulin; no warfarin ever.
Exam: L lateral calf, 6x4.5cm stellate necrotic plaque with a central black crust and a
retiform purpuric margin. R leg and trunk clear.
Path, 6 mm incisional bx from the purpuric border (28-Jan-2020): circumferential mural
calcification, small/medium arterioles of the fat; intimal fibroplasia; fibrin thrombi;
lobular fat necrosis. Vasculitis absent.
Dx = calciphylaxis of the calf (L, lateral); clinicopathologic correlation.
Plan: spoke with nephrology - IV sodium thiosulfate is awkward on PD, they will arrange it
through the infusion center thrice weekly. Wound clinic referral. Low-dose gabapentin for
pain. Recheck 3 wks.
"""),
]}

B03 = {"patient_id": "B03", "age": 63, "sex": "F", "notes": [
("2025-01-14", "Noninvasive Vascular Lab and Clinic Note", """
NONINVASIVE VASCULAR LAB + CLINIC   01/14/2025
Indication: bilat foot pain at rest. ESRD (dialysis 3x/wk, MWF chair), AF anticoagulated
w/ warfarin.
ABI right 0.52, left 0.47, DP and PT monophasic both sides. TBI right 0.22, left 0.19.
Arterial duplex: diffuse calcific disease both SFAs; R mid-SFA occluded, reconstitutes at the
AK popliteal; L distal SFA >75% stenosis (PSV 388 cm/s); tibial runoff monophasic.
HPI: 63F, night pain in both feet ~1 yr. Lying flat is unbearable, so since last spring she
has spent the nights in a recliner, legs hanging over the end, and the hard edge of its
footrest presses across both calves posteriorly for hours.
PMH: HTN, AF, ESRD. Not diabetic (A1c 5.3).
Exam: BP 118/64 HR 88 irreg. 81.0kg / 164.3cm, BMI 30.0.
Both feet cool, dependent rubor. Posterior calves: skin intact, faint red horizontal line
on each side.
Plan: bilat CLTI. R SFA recanalization first (scheduled 1/30), then L. Foam wedge to support
the calves discussed.
"""),
("2025-02-25", "Wound Care Center Initial Visit", """
WOUND CARE CENTER - initial   2/25/25
Ref by vasc surg. 63F, HD pt, s/p R SFA/popliteal PTA 1/30/25.
Daughter first noticed the wounds 3 weeks ago; started as "purple bruises" that went black.
Wound #1 R posterior calf - L 4.2 / W 3.0 / D 0.1 cm, all black adherent eschar, violaceous
retiform purpura around it, pain 9/10 on touch.
Wound #2 L posterior calf - L 3.1 / W 2.2 cm, eschar ~80%, rest slough, purpuric rim.
Nothing draining, no smell, not boggy. Doppler: R pedal signals biphasic post PTA, L
monophasic. INR today 2.9.
Impression: bilateral posterior calf necrotic wounds; pattern concerning for calciphylaxis
more than plain arterial ulcers. Derm asked to biopsy.
Plan: leave dry eschar intact, povidone-iodine paint, loose gauze, NO compression. RTC 1 wk.
"""),
("2025-03-11", "Hemodialysis Rounding Note", """
HD ROUNDS  Tues 3/11/2025  chair 14, 2nd shift
Bx 3/4/25 (derm, R posterior calf): calciphylaxis - calcified media in the small arteries of
the subcutis w/ microthrombi and necrotic fat.
Sodium thiosulfate 25g, run in over the last 30 min on the machine, each session since 3/6.
Warfarin stopped 3/5 after call w/ cardiology; apixaban 2.5 bid instead.
Pain still 7/10, hydromorphone 1mg by mouth every 6h as needed. Wounds dressed by wound ctr.
Run: EDW 78.5kg, UF 2.6L, BFR 400, Qd 600, 4 h. BP pre 104/58, post 96/55.
Labs: PTH 402; Ca 8.7; P 5.9; alb 3.0
Post-HD wt 81.0kg, BMI 30.0
Plan: calciphylaxis of both posterior calves on STS. Lower dialysate Ca to 2.25.
Increase cinacalcet to 60. Not diabetic. Continue apixaban.
"""),
]}

B04 = {"patient_id": "B04", "age": 66, "sex": "M", "notes": [
("2022-03-19", "Vascular Surgery Operative Summary and Discharge", """
VASC SURG - BRIEF OP NOTE / D/C SUMMARY
Operation 15 March 2022 (Dr. Vantongeren): L CFA-BK popliteal bypass, ipsilateral reversed
GSV. The vein was taken through one long incision along the L medial thigh, stapled
shut; groin and BK wounds closed in layers, subcuticular monocryl.
Indication: L foot rest pain, TBI 0.14, popliteal occlusion.
PMH: CKD 3a (creat 1.5, eGFR 52 - no dialysis, ever), DM2 on metformin, AF on warfarin
(bridged w/ heparin drip), obesity, OSA on CPAP.
Post-op: palpable graft pulse, DP dopplerable, foot warm. Warfarin resumed POD 1, INR 1.8
at discharge.
Vitals d/c: T 37.2, BP 136/72, HR 70 (rate controlled). BMI 36.2
Discharged 3/19/2022 home w/ VNA for wound checks; staples out around POD 14.
"""),
("2022-06-02", "Vascular Surgery Clinic Follow-up", """
VASCULAR CLINIC f/u   06/02/22
66M, 11 wks s/p L fem-BK pop bypass w/ GSV.
Graft surveillance duplex: PSVs 62-94 cm/s throughout, no stenosis. ABI L 0.97.
Problem: since mid-May, very painful purple-black patches coming up along the L medial thigh
vein harvest incision, mostly the distal two-thirds. Staples were out 3/29; incision looked
healed at the 4/12 visit.
Exam: three violaceous indurated plaques 2-4 cm sitting on the healed harvest scar, eschar
on the largest; no pus, not fluctuant, no streaking. Groin and BK incisions healed.
Labs: INR 3.1; CRP 14; WBC 7.9; Ca 10.1; PO4 4.0; eGFR 49
BMI 35.7
Imp: DDx late SSI / warfarin skin necrosis / calciphylaxis (non-uremic type).
Derm to biopsy this wk. Holding antibiotics for now.
"""),
("2022-06-16", "Dermatology Consult", """
DERM CONSULT NOTE - June 16, 2022
Bx 6/9/22, deep incisional, L medial thigh plaque: arteriolar walls in the panniculus
calcified, lumens thrombosed, necrotic fat around them; Gram stain and tissue cx neg.
Impression: non-uremic calciphylaxis arising along the vein-harvest incision on the L medial
thigh about two months after his bypass. Contributors: warfarin, obesity, DM2, mild CKD.
Plan: recommend stopping warfarin; cardiology agrees to apixaban. IV sodium thiosulfate
3 days/wk, Quarry St infusion suite. Wound care referral, keep the bypass team informed.
Avoid any future procedures on that thigh if possible.
"""),
]}

B05 = {"patient_id": "B05", "age": 58, "sex": "M", "notes": [
("2021-10-04", "Urgent Care Visit", """
URGENT CARE   10-04-2021   14:20
58 yo M, ESRD (HD, Kessling Rd unit), insulin-treated DM2, PAD.
CC: hit R shin.
HPI: Yesterday evening, 10/3, stepping over the dog gate he whacked his R shin on its top
bar. Bled a little, stopped w/ a paper towel. No fall, no head
strike.
Exam: Temp 36.8 / BP 152/88 / P 84. R anterior shin, mid-third: 2 cm superficial abrasion w/ a
small skin flap, faint bruise around it. No bony TTP, full weight bearing.
Tx: saline irrigation, skin flap laid back in place, bacitracin. Td given 2019 - UTD.
D/c: keep it dry 24 h and covered; has PAD so should show limb clinic if not healed in 2 wks.
"""),
("2021-11-02", "Limb Salvage Clinic New Patient", """
LIMB SALVAGE CLINIC - NEW    Nov 2, 2021
CC: nonhealing sore R shin
58M on HD, DM2 (glargine + aspart), PAD, ex-smoker.
Says the present sore on the R shin came up ~2 wks ago as a firm purple knot, black within
days; "not sure if it's the same spot the dog gate got."
On exam the R shin (front, halfway down) has an ulcer 3.0x2.5cm, black eschar stuck down,
stellate purpura reaching 2 cm beyond it, very tender. L leg clear.
ABIs not interpretable (vessels incompressible, >1.4). TBI R 0.38 / L 0.55. Toe pressure R 52.
Duplex: calcified tibials, monophasic, no focal occlusion.
180cm, 87kg, BMI 26.9
Imp: perfusion should be adequate to heal (TP >30) - pain and necrosis out of proportion.
Calciphylaxis vs arterial ulcer. 4 mm punch taken today from the purpuric margin.
"""),
("2021-11-16", "Wound Care Note", """
wound care f/u 11/16/21
Path back from the 11/2 punch (R anterior shin): calcific deposits in tiny subcutaneous
arterial walls + thrombi; c/w calciphylaxis. Pathologist comment: von Kossa +.
Nephrology aware, STS w/ HD starting this week, dialysate Ca lowered, cinacalcet added.
Wound R anterior shin 3.2x2.7cm, eschar 90%, edges purpuric, no infection signs.
Pain 8/10, sleeping poorly. On insulin, BG 140-210 at home.
Plan: eschar dry/stable -> no sharp debridement; betadine, dry gauze, tubular
retention sleeve (no compression). RTC 2 wks. Pain clinic referral sent.
"""),
]}

B06 = {"patient_id": "B06", "age": 54, "sex": "F", "notes": [
("2025-03-04", "Vein Center Procedure Note", """
VEIN CENTER - PROCEDURE NOTE
Date: 03/04/2025
Procedure: sclerotherapy, R lateral thigh reticular + telangiectatic veins (lateral subdermic
venous plexus), symptomatic aching and itching.
Agent: polidocanol 0.5% liquid via 30G needle, 14 injection points, total 4 mL.
Pre-procedure duplex 2/11/25: GSV and SSV competent both legs, no DVT.
PMH: ESRD, APD at home since 2022. Prior L leg DVT (2014), on warfarin until 2017,
none since. No diabetes. HTN.
BP 128/80, HR 72. 64kg, BMI 24.3.
Tolerated well, mild blanching at treated points, no extravasation. Walked 15 min after.
Plan: recheck 6 wks; may treat L thigh then.
"""),
("2025-04-08", "Nephrology PD Clinic", """
Peritoneal dialysis clinic   4/8/25
54F on APD, 9 h nightly, 2 L fills, no last fill. Exit site clean.
Since 3/22 intensely painful purplish lace-like patches on the outer R thigh, two of them
now w/ small black centers. Can't wear jeans.
Exam: R lateral thigh, cluster of retiform purpuric patches over ~10x6cm, two 6-8 mm central
eschars, firm underneath.
Labs: Ca 10.3mg/dL, P 6.6, PTH 911, alb 3.2, Hb 11.2
63.2kg, BMI 24.0
A: retiform purpura R lateral thigh - concern for calciphylaxis, high CaxP, uncontrolled
HPT. Not diabetic. Took warfarin in the past, none now.
P: urgent derm; calcium acetate -> sevelamer; begin cinacalcet; surgical opinion on
parathyroidectomy.
"""),
("2025-04-17", "Dermatology Consult", """
DERMATOLOGY   Apr 17 2025
54 yo F, peritoneal dialysis, sent for R thigh retiform purpura, onset 3/22/25.
Recent history: sclerotherapy to the R lateral thigh at the vein center 03/04/2025.
Exam: lesions sit precisely on the points where the polidocanol went in; the lacy pattern
follows the treated reticular veins. No lesions elsewhere.
Path (punch 4/10/25, R lateral thigh): calcified subcutaneous arterioles, some thrombosed,
necrotic fat; no sclerosant reaction or vasculitis.
Impression: calciphylaxis, proven on biopsy, at the very points she had sclerotherapy
injections.
Plan: STS (nephrology arranging), pain control, no further sclerotherapy. Told the vein
center not to treat the L thigh.
"""),
]}

B07 = {"patient_id": "B07", "age": 77, "sex": "M", "notes": [
("2024-08-14", "Peripheral Angiogram Procedure Note", """
PERIPHERAL ANGIOGRAM - PROCEDURE NOTE   8/14/24
Operator: Dr. Nakashima-Bell   Sedation: moderate, RN administered
Indication: R calf claudication at 50 m, ABI R 0.61.
Access: R CFA, retrograde, micropuncture w/ ultrasound, 5 Fr sheath. Heparin 3000 u IV.
Findings: R SFA 80% focal stenosis mid-thigh; popliteal and 3-vessel runoff patent.
Intervention: R SFA PTA 5 x 60 mm drug-coated balloon, residual ~10%.
Closure: Angio-Seal (6 Fr), hemostatic. Bedrest 2 h.
Post: R groin sore, no hematoma. Ice pack to the R groin 20 min on / 20 off overnight;
told he may keep icing at home for soreness.
PMH: kidney failure on HD (L forearm fistula), DM2 managed w/ glipizide, HTN, obesity.
Vitals: BP 144/70, P 64. BMI 31.5
"""),
("2024-09-24", "Vascular Surgery Clinic Post-Angiogram", """
VASC SURG CLINIC - post angio   09/24/2024
77M, 6 wks s/p R SFA DCB angioplasty via R CFA.
Claudication gone.
But since mid-September a painful, hard purple area in the R groin right over the puncture.
He admits he held ice packs to that groin "most of the day" for roughly the first week home,
because it ached.
Exam: R groin, indurated violaceous plaque 5x4cm, retiform border, 8 mm central eschar; no
pulsatile mass, no bruit, distal pulses unchanged.
Duplex R CFA: no pseudoaneurysm, no AV fistula; SFA treated segment patent, PSV 140 cm/s.
BMI 31.5
Imp: new necrotic plaque at the access site / iced area after angio, dialysis patient -
concern for calciphylaxis. Derm bx requested. Not on warfarin.
"""),
("2024-10-03", "Dermatology Consult", """
DERM   Oct 3 2024
77 yo man on HD w/ a tender R groin plaque since mid-Sept 2024.
Exam: R inguinal fold, violaceous indurated plaque 5.5x4cm, stellate purpura at the edge,
central eschar. Left groin spared.
Bx (9/26/24, incisional, deep wedge): subcutaneous arteriolar calcinosis of the vessel walls
(von Kossa), microthrombi, panniculitis and fat necrosis. Cultures negative.
Impression: calciphylaxis, biopsy confirmed, at the R femoral puncture site from the 8/14
angiogram, skin that was then iced repeatedly.
Plan: STS w/ HD, wound RN, no further R CFA access if it can be avoided (vascular informed).
Sugars managed w/ glipizide; he has never used insulin.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
