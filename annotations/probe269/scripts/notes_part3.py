"""probe269 corpus notes, T15-T20 (vascular laboratory reports and the clinics that refer to it; all invented)."""

T15 = {"patient_id": "T15", "age": 71, "sex": "F", "notes": [
("2020-12-15", "Vascular Lab - Venous Duplex LLE", """
Riverside Vascular Lab
Exam: L lower extremity venous duplex incl. superficial system
Hx: 71F. Stage 4 CKD, eGFR 19, not yet dialyzing. DM2 on insulin glargine. AF - warfarin. Tender firm
nodule on the L anterior thigh inside a lacy brown net; for knee OA pain a heating pad has sat
over that thigh daily since October. R/o superficial thrombophlebitis.
Findings: GSV and its tributaries compressible, no SVT. Deep veins patent and compressible, no
DVT.
Subcutaneous 1.4 cm hypoechoic area under the nodule, no internal flow.
Impression: no DVT, no SVT.
"""),
("2021-01-05", "Dermatology Consult", """
Dermatology
71F, CKD4, on warfarin. L anterior thigh: reticulated hyperpigmented network (erythema ab igne -
heating pad) with two tender indurated nodules and a 1 cm dusky patch.
DDx: panniculitis arising in EAI vs early calciphylaxis vs warfarin-related necrosis. With CKD
and warfarin, calciphylaxis is not excluded.
Deep incisional bx offered - she refuses ("nobody is cutting me again").
No ulcers on the legs, no retiform purpura elsewhere.
BMI in the 30-32 range per chart.
Plan: stop the heating pad, re-examine in 4 wks, nephrology aware.
"""),
("2021-02-16", "Nephrology CKD Clinic Note", """
CKD clinic
71F, stage 4 CKD (eGFR 18), not yet on dialysis; AVF timing talked through. DM2 on basal insulin.
Warfarin for AF continued, INR 2.3.
L thigh nodules smaller since the heating pad was stopped; dusky patch unchanged, no ulcer.
Derm still carries possible early calciphylaxis on the list; biopsy declined again.
Labs: PTH 260, bicarb 19, phosphate 5.4, calcium 9.0 -> start NaHCO3 tabs 650 mg twice daily.
BMI 31.0, weight 82 kg.
Plan: non-calcium phosphate binder, vein mapping at the next visit, keep derm follow-up.
"""),
]}

T16 = {"patient_id": "T16", "age": 79, "sex": "M", "notes": [
("2019-08-06", "Vascular Lab - ABI/TBI/TcPO2", """
VASCULAR LAB - PHYSIOLOGIC STUDY
Clinical hx: 79M, ESRD on HD, DM2 (linagliptin; not on insulin), BMI 22.5. L third toe: dry gangrene
of the tip, noticed after a podiatrist nail trim that nicked the skin. Arterial vs
atheroembolic vs calciphylaxis?
ABI noncompressible bilat. L 3rd toe not measured (lesion). Hallux L 31, R 55 mmHg; TBI 0.21 /
0.37.
TcPO2 (mmHg): chest 60; L dorsal foot 28; L plantar forefoot 24.
PVR: L forefoot flattened, R forefoot mildly damped.
Impression: significant L tibial and small-vessel disease with impaired forefoot perfusion.
"""),
("2019-08-20", "Vascular Surgery Clinic", """
Vascular surgery clinic
79M on HD. L 3rd toe dry gangrene, now demarcated. Angiogram 8/13: L AT and PT occluded,
peroneal runs to the ankle; no endovascular option felt worthwhile.
Faint livedo on the dorsum of the L forefoot. Differential: ischemic gangrene vs cholesterol
emboli vs distal calciphylaxis - CUA remains possible; a toe biopsy is not advised
(would not heal).
Pt and son prefer a comfort-focused course. Not on warfarin. Endocrine says insulin may be needed
later, not now.
Plan: dry dressings, allow autoamputation, hydromorphone 0.5 mg PRN for pain.
"""),
("2019-09-24", "Hemodialysis Rounding Note", """
HD rounds - 2nd shift MWF
79M. L 3rd toe mummified and beginning to separate; livedo on the forefoot has faded.
Calciphylaxis stayed a question mark: no bx, and STS not started by family
choice.
Family meeting 9/20: hospice enrollment, HD continued for now while he still wants it.
Wt 66.5 kg post. BP 108/60. Hgb 9.4. Eating little; son at chairside most runs.
Plan: stop cinacalcet and binders per goals of care, keep EPO, HD nurse to redress the toe at every treatment,
hydromorphone before runs.
"""),
]}

T17 = {"patient_id": "T17", "age": 58, "sex": "F", "notes": [
("2022-10-04", "Vascular Lab - Upper Extremity Vein Mapping", """
PRE-ACCESS VEIN MAPPING, BOTH UPPER EXTREMITIES
Clinical history: 58F, ESRD on PD (peritonitis x 2), planning a move to HD; DM2 on insulin.
Tourniquet applied.
R: cephalic at wrist 2.4 mm, forearm 2.6, upper arm 3.1 mm; basilic upper arm 4.2 mm. Radial
artery 2.3 mm, triphasic.
L: cephalic wrist 2.0, forearm 2.2 (segmental thrombosis mid forearm), upper arm 2.9; basilic
3.8 mm. Radial 2.1 mm.
Incidental: R posterior upper arm - tender livedoid patch with a firm nodule, where she gives
her insulin; cephalic vein beneath it patent.
Impression: R cephalic suitable for a radiocephalic or brachiocephalic AVF.
"""),
("2022-10-18", "Nephrology PD Clinic Note", """
Nephrology / PD clinic
58F on CCPD. R posterior upper arm (triceps area): livedo over about 4 x 3 cm, central firm tender nodule, at her
insulin site (she injects mostly the R arm, sometimes the abdomen). Concern for early
calciphylaxis; ddx insulin lipohypertrophy or panniculitis. PO4 7.8, PTH 840.
BMI 36.4. No warfarin.
Punch bx offered - she will decide after talking to her daughter.
Plan: insulin into the abdomen only for now, cinacalcet 30 mg, AVF referral to vascular surgery,
recheck 2 wks.
"""),
("2022-12-13", "PD Nurse Telephone Note", """
PD RN telephone note
Spoke with pt. She moves to Tucson, AZ on the 20th to be near her daughter, and has decided
against the arm biopsy. Says the R arm patch is "no bigger, just tender if I knock it", no open
area. Possible early calciphylaxis - never confirmed; new nephrologist to follow up.
Records, last labs and the vein-mapping report faxed to the receiving PD unit.
Cycler supplies rerouted. Insulin and PD prescription unchanged. Last PO4 7.2, PTH 790 -
receiving unit asked to keep titrating cinacalcet.
"""),
]}

T18 = {"patient_id": "T18", "age": 68, "sex": "M", "notes": [
("2017-05-09", "Vascular Lab - Venous Reflux Study Bilateral", """
BILATERAL VENOUS REFLUX DUPLEX
Clinical hx: 68M on HD. Ulcers above both medial ankles for about 3 months; PCP asks "?CUA".
BMI 34.0. Prior warfarin 2008-2012 for PE, none since. Not diabetic.
Deep: CFV reflux 1.8 s and popliteal 1.4 s bilaterally; chronic post-thrombotic wall thickening
of the L FV, no acute DVT.
Superficial: GSV reflux from SFJ to ankle in both legs, 6-7 mm.
Perforators: incompetent medial calf perforators bilat (3.6 and 4.1 mm).
Impression: bilateral deep and superficial venous insufficiency, post-thrombotic on the left.
Ulcers in the gaiter area fit a venous pattern.
"""),
("2017-05-30", "Wound Clinic Note", """
WOUND CLINIC
68M HD pt, bilat medial malleolar ulcers (R 4 x 3, L 3 x 2.5 cm), granular base, hemosiderin
staining, lipodermatosclerosis.
Punch bx R ulcer edge 5/23: stasis change only; von Kossa: vessel walls clean,
nonmineralized; no thrombi. Calciphylaxis ruled out. Dx: venous leg ulcers.
Multilayer compression started today (ABI normal at the lab in May).
Pain 3/10, no infection, moderate serous exudate; wound edges macerated - zinc paste to
periwound skin.
Plan: compression changed twice weekly, leg elevation, f/u 2 wks.
"""),
("2017-08-15", "Nephrology HD Note", """
Nephrology - HD rounds
68M, ESRD (reflux nephropathy), HD TTS, R arm fistula. Not diabetic. Warfarin in the past
(PE), none for years.
Both ankle ulcers down to 1 cm with compression; no new wounds. Calciphylaxis was excluded on
the May biopsy.
BMI 33.6.
Labs: PO4 5.2, PTH 310, Hgb 10.8.
Dialysis: spKt/V 1.5, no access problems, EDW 104 kg, runs 4 h without cramping.
Plan: continue compression via wound clinic, calcitriol unchanged, vein clinic to discuss GSV
ablation once healed.
"""),
]}

T19 = {"patient_id": "T19", "age": 49, "sex": "F", "notes": [
("2025-03-04", "Vascular Lab - ABI/TBI Screening", """
ANNUAL ARTERIAL SCREENING - Elmhurst Vascular Lab
Clinical history: 49F, ESRD on HD since 2022, DM1 on insulin pump, BMI 38.9. Asymptomatic.
ABIs 1.12 right / 1.09 left. Toe pressures R 96, L 101 mmHg; TBI 0.71 / 0.74. PVR normal at ankle and
metatarsal levels.
Skin: no ulcers, no discoloration, no livedo on either leg or foot.
Carotid duplex not requested. Arm pressures equal (R 132, L 128).
Impression: no hemodynamically significant peripheral arterial disease. Repeat in 12 months
(next due 2026-03).
Tech: F. Oduya RVT
"""),
("2025-03-18", "Nephrology Clinic Note", """
Nephrology clinic
49F, HD MWF, DM1 on a pump, not on warfarin. PO4 7.6, PTH 890 despite binders.
Long talk: high phosphate in dialysis patients raises the risk of calciphylaxis. Advice given - no heating
pad use, and no cold packs either, keep rotating pump sites, and ring the clinic if any painful violet
or dark area shows up on her skin.
Exam: skin fully intact on abdomen, thighs and legs.
BMI 38.9 (obese).
Plan: switch to sucroferric oxyhydroxide, start cinacalcet 30 mg, dietitian referral.
"""),
]}

T20 = {"patient_id": "T20", "age": 60, "sex": "M", "notes": [
("2016-11-08", "Vascular Lab - Arterial Duplex RLE with TBI", """
ARTERIAL DUPLEX RLE, TOE PRESSURES
Clinical history: 60M. CKD 3a (eGFR 52); DM2 - metformin. Never anticoagulated with warfarin.
BMI 29.9, overweight. Ulcer R hallux tip after new shoes rubbed it. His older brother, also a
kidney patient on dialysis, succumbed to calciphylaxis in 2014, and pt is anxious about it.
R: CFA triphasic; SFA occluded from the adductor canal for 6 cm, reconstituting at the
above-knee popliteal; popliteal 34 cm/s monophasic; AT and PT monophasic.
ABIs 0.54 R, 0.97 L. Hallux R 28 mmHg (TBI 0.19).
Impression: R distal SFA occlusion with critical perfusion of the R forefoot.
"""),
("2016-11-22", "Vascular Surgery Clinic", """
Vascular surgery clinic
60M, R hallux ulcer 8 mm, dry base, probe-to-bone negative. R SFA occlusion on duplex.
Ischemic/neuropathic ulcer. Nothing suggests calciphylaxis: periwound skin normal - livedo absent, retiform purpura
absent, pain modest; explained to pt, whose brother's calciphylaxis (on HD) worries him.
Kidney function stable, CKD 3a, no dialysis.
Pedal pulses absent on the R, palpable DP on the L. Smokes 5 cig/day - cessation advised.
Plan: R SFA angioplasty/stent 11/29, offloading shoe, podiatry, atorvastatin 40 mg, aspirin 81 mg.
"""),
("2017-01-10", "Wound Clinic Note", """
Wound clinic
60M s/p R SFA stent 11/29/16. R hallux ulcer healed, epithelialized. Hallux pressure now 71 mmHg.
No new wounds on either foot. R femoral puncture closed well.
Offloading shoe until the callus settles; podiatry every 8 wks for nail and callus care.
Quit smoking since December per pt.
Metformin for DM2 - no insulin ever, no warfarin. BMI 29.9.
Plan: discharge from wound clinic; vascular lab stent duplex surveillance at 3 months, then
every 6 months for the first year.
"""),
]}

PATIENTS = [T15, T16, T17, T18, T19, T20]
