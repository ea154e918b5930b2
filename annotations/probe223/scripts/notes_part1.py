"""probe223 corpus notes, A01-A07 (haemophilia and bleeding-disorders centre and the clinics
around it; every person, place and sentence invented)."""

A01 = {"patient_id": "A01", "age": 58, "sex": "M", "notes": [
("2023-02-06", "Haemophilia Centre Consultant Clinic", """
HAEMOPHILIA & BLEEDING DISORDERS CENTRE - Ashgrove Infirmary
Consultant clinic, Mon 6 Feb 2023

58M, severe haemophilia A (FVIII:C <1 IU/dL). Low-titre inhibitor in 2009, tolerised,
none since. Prophylaxis octocog alfa 3x/wk -> switching to emicizumab from today.
Background: ESRD from HCV-related MPGN (HCV cured, SVR 2016), dialyses Tue/Thu/Sat,
needling a L upper-arm fistula. HbA1c 34 - not diabetic. No warfarin, no antiplatelets.
Obs: BP 148/82, HR 74, wt 79.0kg, BMI 26.4.
Bleeds since last visit: one minor R ankle joint bleed in Nov.

Actions today
- Emicizumab loading 3 mg/kg SC weekly x4, then 1.5 mg/kg weekly.
- CNS Bronwen gave dose 1 into the R lower abdomen; he then pushed the 2nd syringe
  himself, same spot, under supervision. He wants to keep to the R side ("the left
  is my fistula side, keeps my head straight").
- Final octocog dose Weds then stop.
- Chromogenic FVIII (bovine) + inhibitor screen in 4/52.
Review 3 months, sooner if any bleed.
"""),
("2023-04-18", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT - requested by renal ward 7B
Date: 04/18/2023

Reason: "painful purple area on tummy".
HPI: 58 y/o man, severe hemophilia A now on weekly emicizumab, ESRD on HD. Noticed a
sore, bruised-looking spot low on his right-sided abdomen 12 days ago; now keeps
him awake. He injects emicizumab every Monday and admits he has "always used that one
patch" on the R since the first dose in Feb.
Exam: 6x4 cm indurated, stellate violaceous plaque R lower quadrant lateral to the
umbilicus, black eschar ~1.5cm centrally, livedoid rim. Several needle marks visible
inside it. L abdomen, flanks, thighs clear.
Renal labs: Ca 2.46 mmol/L, PO4 2.31, PTH 74 pmol/L, alb 31.
Impression: highly suspicious for calciphylaxis, arising at his emicizumab
injection sites. Ddx injection-site panniculitis, haematoma.
Plan: incisional bx Thursday under FVIII cover (agreed w/ haemophilia team).
Move injections to thighs meanwhile. Analgesia per renal.
"""),
("2023-04-27", "Renal Haemodialysis Ward Round", """
HD ROUND  unit 2 / chair 14   27.04.23
S: abdo wound pain 7/10, poor sleep. No oozing from the biopsy site.
O: BP 152/80 pre-HD, 131/74 after, UF 2.3 L. Wt 78.2kg (BMI 26.1). Afebrile.
Histo of R lower abdominal bx (21/04, rFVIII cover given): small subcut vessels
with calcified media, thrombosed lumina, necrotic fat = CALCIPHYLAXIS confirmed.
Lesion now 6.5x4.5cm, eschar dry, no spreading cellulitis.
A/P: calcific uraemic arteriolopathy R abdomen, at the exact area he had used for
weekly emicizumab since Feb.
- STS 25g IV infused through the dialysis circuit late in each session
- calcium acetate stopped -> sevelamer 1.6g tds
- cinacalcet 30 mg od; dialysate Ca 1.25
- haemophilia CNS to re-teach thigh injections, alternating sides
- tissue viability for dressings
"""),
]}

A02 = {"patient_id": "A02", "age": 44, "sex": "M", "notes": [
("2019-12-03", "Haemophilia Physiotherapy Joint Review", """
Haemophilia physiotherapy - joint review
3rd December 2019

44 yr old man, moderate haemophilia B (FIX 3 IU/dL), on PD for diabetic nephropathy.
Target joint L knee. Bled into it early Nov, treated with nonacog 50 IU/kg x3 doses.
S: knee "still a bit puffy" by evening. Has kept icing the L knee every night since
that bleed: gel cold pack out of the freezer, wrapped in a tea towel, 20-30 min
in front of the telly. No new bleeds. Stairs one at a time.
O: trace effusion L knee. ROM 5-115 deg (R 0-140). Quads lag 10 deg.
Girth at joint line L 42.5 cm / R 41.0 cm. HJHS L knee 6. Skin over knee intact.
A: resolving haemarthrosis, no clinical synovitis.
P: quads sets, SLR, static bike 10 min no resistance, HEP sheet given. OK to carry
on with the cold pack but max 15 min with a cloth barrier. Review 6 wks.
"""),
("2020-01-21", "Peritoneal Dialysis Clinic", """
Peritoneal Dialysis Clinic      21/01/2020
44M. CCPD 4 cycles x 2.0 L overnight + day dwell of icodextrin 1.5L; Kt/V 1.9 (Dec).
T2DM on glargine 26 u nocte + aspart sliding scale. Haemophilia B (HTC: Dr Okafor).
Presenting problem: a dark, very painful patch at the front of his left knee, came up in early
January. "Thought it was another bleed but it's not swollen inside this time."
Exam: tender purplish mottled patch over the L patella, approx 4 cm, firm edge,
small dusky centre. Knee not effused. ES clean, tunnel nontender, no crust.
Wt 97.6 kg, BMI 31.5. BP 139/88.
Bloods: corr Ca 2.52, phosphate 2.4, PTH 96 pmol/L, ALP 188.
Impression: ?calciphylaxis L knee; high calcium-phosphate product.
Plan: urgent derm. Lanthanum 750 mg tds, stop alfacalcidol. Liaise w/ HTC re FIX
cover if a biopsy is wanted.
"""),
("2020-02-05", "Dermatology Clinic Letter", """
Dermatology Outpatients - clinic letter, typed 05 Feb 2020

Dear Dr Hallam,
I saw this 44-year-old gentleman with moderate haemophilia B, diabetes and kidney failure
managed with peritoneal dialysis on 30 January. He dates a very painful lesion over the
left anterior knee to early January. There is retiform purpura over roughly 5 by 4 cm,
centred by a firm black eschar directly over the left patella, with livedo round it. Trunk, thighs and calves are clear.
With FIX cover (nonacog 50 IU/kg given at the haemophilia centre that morning) I took a
6 mm incisional biopsy from the edge. Histology phoned through yesterday: arteriolar
calcification in the subcutis, intimal hyperplasia and thrombus, consistent with calciphylaxis.
I have asked the tissue viability team to see him and spoken with his renal team about
sodium thiosulfate.
Yours sincerely,
Dr P. Lindqvist, Consultant Dermatologist
"""),
("2020-02-14", "Tissue Viability Nurse Visit", """
TISSUE VIABILITY - home visit  14/02/20 (Valentine's; wife present)
Wound: L anterior knee, calciphylaxis.
Size 3.6x2.9cm, depth n/a, 80% eschar / 20% slough. Violaceous periwound, no
maceration. Exudate low, serous. Pain scored 8/10 during the change, oramorph 30 min prior.
He stopped using the cold pack on that knee after derm saw him.
Dressing: medical honey to eschar margin, silicone foam, light retention bandage only
(no compression). Twice weekly.
Knee ROM now limited by pain rather than the joint.
STS 25 g x3/wk started 10/2 in the renal day unit.
Next visit 18/02.
"""),
]}

A03 = {"patient_id": "A03", "age": 67, "sex": "F", "notes": [
("2022-05-10", "Bleeding Disorders Physiotherapy and Orthotics", """
BLEEDING DISORDERS CLINIC - PHYSIO + ORTHOTIST JOINT SLOT
10-May-2022

67F, symptomatic carrier of haemophilia A (FVIII:C 0.28 IU/mL). Spontaneous R knee
haemarthrosis 3/52 ago, managed with Advate + rest. Knee now giving way; OA on XR (KL 3).
Fitted today: off-the-shelf hinged R knee brace, size XL. Two cuffs; the upper cuff
wraps the R distal thigh with a velcro strap roughly one handbreadth above the patella.
Wear in the daytime, off in bed.
PMH: ESRD - DN cause - haemodialysis MWF; insulin-treated T2DM (Humulin I 22u bd);
AF - warfarin stopped in 2020 after recurrent bleeds, LAA occluder 2021; OSA.
BMI 38.2.
Walked 20 m in clinic with the brace on, no pinching reported, gait steadier.
Review 6/52, sooner if bleed.
"""),
("2022-06-28", "Dermatology Consult", """
Derm consult - 6/28/22
67 yo F - HD pt, insulin-requiring DM2, obese, haemophilia A carrier.
CC: exquisitely painful patch on R thigh.
Has worn a hinged R knee brace daily since 10 May. Pain began on the 9th of this month;
a purple blotch at first, the middle of it is black now.
Exam: 7x3 cm horizontal band of retiform purpura and a central eschar of 2cm, anterolateral
R distal thigh. When she puts the brace on for me, the proximal cuff and its strap lie exactly
across it. Knee, calf, L leg and abdomen without lesions.
Renal labs: iPTH 690 - Ca 9.9 (corr) - phosphate 7.4.
A: calciphylaxis strongly favoured, Koebnerised along the brace strap (pressure).
P: 5-mm punch of the lesion edge on 6/30 with Advate 25 IU/kg pre-procedure per HTC.
Brace off until reviewed. STS discussion with nephrology today.
"""),
("2022-07-12", "Wound Clinic", """
Wound Clinic - 12/07/2022
Reason for visit: R distal thigh wound.
Punch bx 30/06/22: calcified vessel walls, thrombosed lumina and necrotic fat, reported as
calciphylaxis.
This wound lies right under the brace's upper strap, where it pressed; derm and I
agree the brace pressure set it off. Brace stopped; HTC physio to trial a soft sleeve.
Measurements: 6.8x3.2cm; granulation 10%, slough 30%, eschar 60%.
Periwound: dusky, no cellulitis. Pain 7/10.
Plan: povidone-iodine painted onto eschar daily to keep it dry; hold off sharp
debridement; non-adherent pad + light tubular retention. STS with each HD.
Return 2 weeks.
"""),
]}

A04 = {"patient_id": "A04", "age": 41, "sex": "M", "notes": [
("2024-05-07", "Haemophilia Centre Review", """
Haemophilia Centre review  07/05/2024
41M severe haemophilia A, no inhibitor. Prophylaxis efmoroctocog 50 IU/kg q4d via Port-a-Cath.
Port history: old L-sided port infected (MSSA) in Feb and was removed; new port put in the
R upper chest in March 2024 by IR. Incision healed, flushes well, no redness over it.
Renal: ESRD (reflux nephropathy), eGFR 9. After long discussions he has declined dialysis;
conservative kidney care with Dr Moyo.
T2DM - diet only (HbA1c 47), no meds.
Wt 96.1kg, ht 179cm, BMI 30.0. BP 162/94 on four agents.
Bleeds: nil since January.
Plan: continue prophylaxis; trough FVIII in 3/12; home delivery confirmed; annual
dental and physio checks booked.
"""),
("2024-07-02", "Dermatology New Patient", """
DERMATOLOGY - new patient, 2 July 2024
Referred by HTC: painful R chest lesion.
41M, severe haemophilia A on factor via port; ESRD under conservative management (not
dialysing).
Began roughly 3 weeks ago: a tender lump at the port scar's lower end, R upper chest,
which then went dark.
O/E: violaceous, indurated plaque 3.5x3cm, black eschar (1cm) at its heart, centred on
the lower end of the port insertion scar, R infraclavicular chest wall. Net-like livedo around it.
Port pocket non-fluctuant, no pus. Abdomen and thighs clear.
Bloods 28/6: adj Ca 2.61, PO4 2.58, PTH 61.
Impression: calciphylaxis, a clinical diagnosis, arising in the port insertion scar.
Biopsy not done: the picture is classic and the bleeding risk is real. Infection excluded
clinically, swab negative.
Plan: urgent renal review re thiosulfate, analgesia, dressings, talk to IR about the port.
"""),
("2024-07-23", "Kidney Supportive Care Clinic", """
Kidney Supportive Care Clinic - 23.07.2024
Seen with his wife. eGFR 8. Still choosing not to start dialysis; understands the
trade-off.
Calciphylaxis of the R upper chest around the port scar: pain 6/10 on oral oxycodone
5 mg prn (3-4/day). Lesion 3.8x3.2cm, eschar intact, edges quieter.
Sodium thiosulfate 12.5 g twice weekly, given through his port at the haemophilia centre
infusion suite; mild nausea only.
Binder switched from calcium acetate to lanthanum 500 mg tds. Vit D analogue stopped.
Diet-controlled diabetes, no hypos. BMI 30.0.
Advance care plan updated - wishes documented.
F/u 4 weeks, joint with HTC.
"""),
]}

A05 = {"patient_id": "A05", "age": 72, "sex": "M", "notes": [
("2025-09-15", "Haemophilia Centre Same-Day Bleed Clinic", """
HTC same-day bleed clinic   15-Sep-2025 (Mon)
72M, mild haemophilia A (FVIII 0.18), ESRD, dialyses M/W/F - came straight from his run.
Yesterday, as he clambered out of his car outside church, he banged his R shin hard against the bottom of the door.
Now: tense haematoma R anterior shin approx 8 x 6 cm, skin stretched but not broken.
Foot warm, pulses palpable, no compartment signs.
DDAVP not used (poor response on 2019 trial, and renal).
Given rurioctocog 2000 IU now; 1000 IU more tomorrow before his run.
Advised: elevate, ice in a cloth, 15 minutes, several times daily; no NSAIDs.
PMH: T2DM on insulin degludec 18u, HTN, gout.
Obs: BP 134/70, HR 68, T 36.8, wt 81.4 kg, BMI 28.4.
Safety-netted for compartment symptoms; HTC nurse to phone Weds.
"""),
("2025-10-02", "Dialysis Unit Physician Rounding", """
Dialysis unit - MD rounding note, 10/2/25
72-year-old man, HD MWF; L radiocephalic AVF, thrill+ bruit+.
Pre-wt 83.0 kg (EDW 81.0). BP 158/76.
Labs: Hgb 10.4, K 5.3, calcium 9.6, phosphorus 6.9, iPTH 812 (was 540 in June).
Car-door bruise on his shin (last month) fading yellow-green; haematoma much
smaller, skin over it intact, no tenderness today.
Plan: cinacalcet increase to 60 mg/d, sevelamer 1600mg at breakfast, lunch and supper, dietitian to
reinforce low-phosphorus diet. Dialysate calcium 2.5. Recheck PTH in 4 wks.
Fistula surveillance due Nov.
"""),
("2025-10-21", "Outpatient Wound Center New Patient", """
WOUND CENTER (OUTPATIENT) - new patient    Oct 21 2025
Referred by HD unit: "non-healing shin wound".
Onset: pt believes it started roughly two weeks back - a purple, painful spot that then went black.
Hx: mild hemophilia A, ESRD/HD, insulin-treated DM.
Location: R anterior mid shin.
Size 4.2x3.0cm, dry black eschar throughout, violaceous halo with a retiform edge out to 1.5 cm.
Pain 9/10, much worse than it looks.
TBI 0.62; R ABI 1.3 (vessels noncompressible).
Impression: ?calciphylaxis vs necrosis in an old haematoma vs arterial ulcer.
Plan: derm for biopsy (needs factor cover; HTC aware). Dry protective dressing, no
debridement for now, offload from shoe edge.
"""),
("2025-11-04", "Dermatology Procedure Note", """
Derm procedure + consult   11/04/2025
Seen with HTC nurse; rurioctocog 2000 IU given 40 min before.
Lesion: R anterior mid shin, eschar with a retiform purpuric border, very tender.
Procedure: punch 6mm at the inferior margin, into fat, closed with two 4-0 nylon; haemostasis good.
No other skin lesions on legs, trunk or arms.
Addendum 11/07/2025: path - mural calcium (von Kossa +) in little subcutaneous
vessels, fibrin thrombi: calciphylaxis.
Recs: STS with HD, wound center to continue, pain team. Nephrology to consider
parathyroidectomy given PTH >800.
"""),
]}

A06 = {"patient_id": "A06", "age": 29, "sex": "F", "notes": [
("2018-08-21", "Desmopressin Challenge", """
DESMOPRESSIN (DDAVP) CHALLENGE - Bleeding Disorders Day Unit
Date 21/08/2018    29F    VWD type 1 (VWF:Ag 0.31, VWF:Act 0.27, FVIII 0.44)
Why: three dental extractions planned; assess response first.
Background: ESRD from lupus nephritis, on APD nightly. Not diabetic. BMI 22.7.
Baseline BP 118/72, HR 80. Fluid restriction 1 L for 24 h explained.
Desmopressin 0.3 mcg/kg = 18 mcg SC into the L lateral upper arm at 09:10.
Samples at 0, 1 h and 4 h.
VWF:Ag 0.31 > 0.88 > 0.71
VWF:Act 0.27 > 0.79 > 0.60
FVIII 0.44 > 1.20 > 0.95
Na 138 > 136. Mild facial flushing and headache, both settled by 11:00.
Conclusion: good responder. DDAVP plus tranexamic mouthwash suitable for the extractions.
"""),
("2018-10-02", "Peritoneal Dialysis Clinic", """
PD clinic 02-Oct-18
29F on APD (ESRD, lupus nephritis, quiet on HCQ + pred 5 mg). VWD type 1.
New problem: since around Labor Day a hard, very painful purple lump, lateral aspect
of her L upper arm. Getting bigger, now has a dark middle.
O/E: 3 x 3 cm indurated nodule with violaceous mottling and small central necrosis,
L lateral upper arm. R arm, trunk, thighs clear.
Ca 2.58, PO4 2.05, PTH 58, alb 34. On calcitriol and calcium carbonate.
Imp: calciphylaxis vs lupus panniculitis vs haematoma.
Plan: stop calcium carbonate + calcitriol, urgent derm, HTC re DDAVP cover for a biopsy.
Wt 60.5 kg, BMI 22.7.
"""),
("2018-10-16", "Dermatology", """
Dermatology  16 Oct 2018
L upper arm incisional biopsy done 9 Oct under DDAVP cover + oral TXA (HTC protocol).
Histology: subcutaneous arterioles with mural calcification, thrombi, lobular fat
necrosis. Interface change and lymphoid follicles absent. Calciphylaxis confirmed.
Lupus panniculitis not supported.
The lesion is exactly at the point where the DDAVP challenge injection was given on 21 August; I
think that injection was the trigger (a Koebner-type response).
Now 4x3.5cm, eschar, pain 8/10.
Plan: renal to give IV sodium thiosulfate; pain team; hydrocolloid-free dressings; HTC to use
IV rather than SC desmopressin from now on; photos in chart. Review 3 wks.
"""),
]}

A07 = {"patient_id": "A07", "age": 63, "sex": "F", "notes": [
("2021-03-09", "Haemophilia Centre Acquired Haemophilia Follow-up", """
Haemophilia Centre - acquired haemophilia follow-up
09 March 2021
63F, acquired haemophilia A dx Oct 2020 (haematuria + L iliopsoas bleed, FVIII 2%,
inhibitor 24 BU). Warfarin for AF stopped at that admission, never restarted.
Rx: prednisolone taper now 10 mg; rituximab x4 completed Dec. FVIII 68%, inhibitor
undetectable: remission.
Kidneys normal (creat 71, eGFR >90). Not diabetic, HbA1c 36.
BP 128/78, BMI 33.0.
New today: a very sore dark area, outer L thigh, since February. Since last autumn
she has gone to bed each night with her hot-water bottle tucked against that thigh,
for the femoral-nerve ache left after the psoas bleed.
O/E: 5 x 4 cm purpuric plaque, dusky centre, L lateral thigh; faint lacy brown mottling
around it.
Plan: derm within the week; no more hot-water bottle; FBC, coag, Ca/PO4.
"""),
("2021-03-16", "Dermatology Consultation", """
Dermatology consultation 16/03/21
Referral: HTC, painful L thigh plaque in a woman with AHA in remission.
Exam: L anterolateral thigh - 6x4.5cm stellate purpura, black eschar centrally, set in
reticulate red-brown pigmentation (erythema ab igne); you can almost see
the outline of the bottle. Other thigh, abdomen and calves clear.
Procedure: deep incisional biopsy x1 from the edge; haemostasis normal (FVIII 70%).
Impression: calciphylaxis likely - non-uraemic; recent warfarin exposure and obesity
as risks, and nightly local heat (hot-water bottle since autumn) at this same site as
the probable trigger.
Plan: histology incl. von Kossa; no heat sources; paracetamol + low-dose amitriptyline.
"""),
("2021-04-06", "Haemophilia Nurse-Led Clinic and Wound Review", """
HTC nurse-led clinic + wound review   2021-04-06
Histology back: non-uraemic calciphylaxis confirmed (von Kossa stains mural
calcium; thrombi).
Wound: L lateral thigh, at the area of chronic hot-water-bottle use, 6.2x4.6cm, 70%
eschar, edges defined, no infection.
Sodium thiosulfate IV 25g thrice weekly, started 1/4, ambulatory unit.
Renal function remains normal. Off warfarin since Oct, on no anticoagulant.
Wt 88.9 kg, BMI 32.6.
AHA remains in remission, FVIII 74%.
Pain 5/10 on paracetamol + amitriptyline 10 mg nocte. Dressing: silicone contact
layer and absorbent pad, alternate days by practice nurse.
Bottle in the bin (pt's words). Review 2/52.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
