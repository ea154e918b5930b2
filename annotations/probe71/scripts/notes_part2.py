"""probe71 corpus notes, W08-W14 (cardiology and heart-failure clinic; all invented)."""

W08 = {"patient_id": "W08", "age": 58, "sex": "F", "notes": [
("2025-02-14", "Cardiology Discharge Summary", """
Admit 2/6/2025, d/c 2/14/2025. Dx: anterior STEMI, s/p DES to prox LAD 2/6.
TTE 2/8: LVEF 30%, apical akinesis with a 1.2 cm mural LV thrombus.
PMH: ESRD (HD T-Th-Sa, right arm graft), T2DM on insulin aspart + detemir (injects into her upper arms), obesity (BMI 36.2), HTN.
Wearable cardioverter-defibrillator (LifeVest) fitted 02/10/2025 by Zoll rep; pt educated to wear 23 h/day, garment and belt snug around the chest/upper abdomen.
Anticoag: warfarin started 2/9 for LV thrombus (DOAC avoided with dialysis per team pref), INR 1.9 at d/c. Plus clopidogrel. Aspirin stopped.
F/u HF clinic 6 wks, repeat echo 3 mo.
"""),
("2025-03-28", "Heart Failure Clinic Note", """
58F 6 wks post anterior MI, LifeVest, warfarin + clopidogrel.
Wearing the vest faithfully. About 10 days ago noticed a burning sore patch on her right side where the vest belt/electrode belt buckles and rubs when she bends; now has a scab "like a burnt marshmallow".
VS: BP 112/68 HR 78 Wt 96.5 kg BMI 36.0.
Skin: R flank, mid-axillary line over the lower costal margin, directly under the belt track: indurated violaceous plaque ~4x3cm, black eschar centrally, livedoid border, very tender. Left side clean.
INR 2.7 today.
Impression/plan:
1) ICM EF 30% - titrating GDMT, carvedilol 12.5 bid. Repeat echo May to decide ICD vs remove vest.
2) R flank necrotic plaque under LifeVest belt - dialysis + fresh warfarin start = treat as calciphylaxis till biopsy says otherwise. Derm urgent bx. Padding for belt. Discussed w/ Zoll re: alternative garment.
"""),
("2025-04-08", "Dermatology Clinic Note", """
S: Right flank plaque ~3 wks. Pt of Dr. Nwosu (HF). Skin friction from the wearable defibrillator belt since 2/10.
Bx 3/31 (deep punch, R flank): subcutaneous vascular calcification, thrombi, panniculitis, positive von Kossa -> calciphylaxis.
A: calciphylaxis, right flank, at the belt friction site.
P: with cardiology - warfarin being replaced by apixaban despite HD (benefit > risk here), LifeVest garment resized and belt padded off the lesion. STS with dialysis.
"""),
]}

W09 = {"patient_id": "W09", "age": 74, "sex": "F", "notes": [
("2020-09-10", "Device Clinic Note", """
PPM check, 8 mo post implant.
74F, dual chamber Medtronic pacemaker placed 01/2020 for CHB, L cephalic approach, L infraclavicular pocket. ESRD on HD (L forearm AVF), HTN, HFpEF. A1c 6.1 - prediabetic range, diet only. No anticoagulant.
Pocket: well healed, no erosion, no tenderness.
She mentions a sore dark area on the opposite side - R upper chest below the collarbone, for ~2 wks. No injury there, no injections, no lines on the right.
Exam: R infraclavicular chest wall, 2 x 2 cm firm purple nodule with tiny black center, surrounded by faint lacy erythema. Nothing on the L side besides the healed scar.
Interrogation: AP 12%, VP 99%, battery 11 yrs.
Plan: photo uploaded; refer derm. Wt 71 kg; BMI 29.9 (overweight; does not meet obesity).
"""),
("2020-09-30", "Dermatology Consultation", """
R upper chest nodule, has since ulcerated, eschar now, 3x2.5cm.
Denies trauma, heat, injections to the right chest. Pacemaker pocket is on the LEFT and looks normal.
Punch bx 9/23: calciphylaxis (calcified subcutaneous arterioles w/ thrombi).
Assessment: calciphylaxis, R chest wall. Not associated with the device.
Plan: STS via HD, stop calcium-based binder.
"""),
("2020-11-19", "Heart Failure Clinic Note", """
f/u HFpEF. Chest wound healing. Pacer pocket fine. Diuretic: bumetanide on non-HD days only.
Wt 70.2 kg (BMI 29.6). Echo 10/20: EF 65%, RVSP 40.
"""),
]}

W10 = {"patient_id": "W10", "age": 69, "sex": "M", "notes": [
("2020-08-11", "Heart Failure Clinic Note", """
CHIEF COMPLAINT: R ankle sore.
69 y/o M, HFrEF EF 25% s/p ICD, ESRD on HD, T2DM needing insulin (lantus, injects abdomen), PAD. Not on warfarin.
He first noted the R lateral ankle spot on 8/3/2020 - woke up with it, "like a burn" but denies any burn, bump, fall or scratch on that ankle beforehand; no new shoes, no compression (vascular has said no compression d/t PAD).
Exam: R lateral malleolus: 2.5 cm dusky purple plaque, central pinpoint necrosis, extremely tender. ABI 0.7 R. Wt 78 kg BMI 25.0.
Plan: derm & vascular referral, offloading heel cup.
"""),
("2020-08-24", "Wound Clinic Note", """
Pt scraped the R ankle against the wheelchair foot rest at HD on 8/20 - abrasion at the inferior border of the existing ankle lesion. The lesion predated this by ~2.5 wks.
Current: black eschar 3.5x3cm R lateral ankle, livedo around it. Superficial abrasion just below.
Plan: footplate padding, await bx.
"""),
("2020-09-02", "Dermatology Note", """
Path from R lateral ankle punch (8/26): calciphylaxis with extensive vascular calcification.
Dx: calciphylaxis, right ankle. Onset 8/3/20, before the wheelchair injury of 8/20.
Plan: STS, wound care per clinic.
"""),
]}

W11 = {"patient_id": "W11", "age": 62, "sex": "F", "notes": [
("2023-04-18", "Heart Failure Clinic Note", """
62 yo F HFpEF, ESRD, dialyzing through a right IJ permcath while her fistula matures, T2DM on insulin glargine + lispro - self-injected into both upper arms only, not the abdomen. Class III obesity, BMI 44.1. No warfarin ever.
Lumbar DJD: an electric pad warms her lower back most nights.
Today: painful violaceous areas across her lower abdominal pannus x 3 wks, now 2 with black centers.
Exam: pannus, both sides of midline below umbilicus: 2 necrotic plaques 3-4 cm with surrounding livedo. Lower back: reticulate brownish discoloration c/w erythema ab igne; intact, nothing necrotic. Arms: mild lipohypertrophy, no lesions.
Plan: derm, labs. Advised stop heating pad.
"""),
("2023-05-02", "Dermatology Consultation", """
Biopsy of pannus lesion (4/25) confirms calciphylaxis.
Pt says nothing is injected, heated or strapped on her abdomen; insulin only ever into the arms; heating pad only on the lower back where there is erythema ab igne but no calciphylaxis.
Dx: calciphylaxis of the abdominal pannus.
"""),
("2023-06-13", "Heart Failure Clinic Note", """
HF stable, weight 118 kg (BMI 43.6). Pannus wounds with wound RN; on STS. Insulin still in arms. Torsemide unchanged.
"""),
]}

W12 = {"patient_id": "W12", "age": 72, "sex": "M", "notes": [
("2018-10-02", "Cardiology Clinic Note", """
72M with mechanical AVR (On-X, 2011) on warfarin INR goal 2.0-2.5, HFrEF EF 40%. ESRD on PD (APD), no diabetes.
New: for about 10 days a painful firm lump on the L posterior thigh, mid-way between buttock and knee; has turned purple-black. No preceding injury, injections or heat there.
Exam: L post. thigh: violaceous indurated plaque approx 5x4cm, stellate black center. BMI 31.0 (wt 98 kg).
A/P: suspicious for calciphylaxis. Derm urgent. Warfarin cannot simply stop (mechanical valve) - will need discussion.
"""),
("2018-10-12", "Dermatology Procedure Note", """
Punch biopsy x2 of the left posterior thigh plaque margin, hemostasis w/ pressure. Pt reports since the lump showed up he keeps a cold pack pressed on it because it throbs; advised to stop icing it.
Path (prelim): calcific uremic arteriolopathy.
"""),
("2018-11-20", "Heart Failure / Anticoagulation Note", """
Biopsy-proven calciphylaxis L posterior thigh. Sharp debridement of eschar done by wound surgery 11/6. Ongoing dressings.
Valve team: warfarin continued at lowest INR target, vitamin K2 added, STS with PD dwell. Weight 96 kg => BMI 30.4.
"""),
]}

W13 = {"patient_id": "W13", "age": 55, "sex": "F", "notes": [
("2021-02-09", "Heart Failure Clinic Note", """
55F, HFpEF, morbid obesity (BMI 38.7), ESRD on HD since 2019, insulin-dependent T2DM (pens into both thighs, she says never into the belly), symptomatic gallstones - lap chole being planned by gen surg for the spring.
New: exquisitely painful hard area on the R lower abdomen for 2 wks, now with a black spot.
Asked specifically - denies injections into the abdomen, heating pad, hot water bottle, tight belts or waistbands, falls or bumps there.
Exam: R lower quadrant, indurated violaceous plaque (4x4cm) with livedo and 1 cm central eschar. Thighs: lipohypertrophy, no lesions.
Plan: derm. Hold on cholecystectomy. If she needs DVT prophylaxis in hospital, SC heparin should be given in the arms, avoid abdomen.
"""),
("2021-02-23", "Dermatology Consultation", """
RLQ abdominal plaque. Pt reiterates nothing was ever injected or applied there.
Deep punch bx 2/16: calciphylaxis.
Dx: calciphylaxis R lower abdomen, no local trigger identified.
Rec to surgery: postpone the planned laparoscopic incision through this area until healed.
"""),
("2021-04-06", "Heart Failure Clinic Note", """
Eschar separating, pain improved on STS. Chole still deferred. Wt stable, BMI 38.2. No warfarin (never). Insulin continues into thighs.
"""),
]}

W14 = {"patient_id": "W14", "age": 80, "sex": "M", "notes": [
("2024-06-04", "Cardiology Procedure Follow-up", """
80M s/p diagnostic LHC 5/28/2024 via R femoral approach (radials occluded) - mod nonobstructive CAD. Developed a R groin hematoma post procedure, 6 cm, firm, bruised; no bruit, US negative for pseudoaneurysm.
PMH: ESRD on HD x 8 yr, HFrEF EF 35%, no diabetes, never on warfarin (AF on apixaban). Wt 68 kg, BMI 23.1.
He keeps his legs up on a footstool all day for edema; a stage 2 pressure injury has formed on the L heel.
Skin also: bilateral inner thighs with painful purple netlike patches and two black crusts, noticed ~1 month (before the cath).
Plan: derm for the thighs; heel offloading boot; groin will resolve.
"""),
("2024-06-18", "Dermatology Consultation", """
Bx of R medial thigh lesion 6/11: calciphylaxis.
Both medial thighs involved, onset early May per pt. No trauma or injections to the thighs.
The R groin hematoma and the L heel ulcer were examined: the groin is a resolving hematoma and the heel is an ordinary pressure injury; neither resembles calciphylaxis.
Dx: calciphylaxis bilateral medial thighs.
"""),
("2024-07-16", "Heart Failure Clinic Note", """
HF stable. On STS. Counseled that any new skin injury, heat or pressure raises risk of new calciphylaxis lesions - avoid heating pads, protect skin. Groin bruise gone. Heel healing with boot.
"""),
]}

PATIENTS = [W08, W09, W10, W11, W12, W13, W14]
