"""probe256 corpus notes, D01-D07 (community pharmacy injection services and the clinics around them; all invented)."""

D01 = {"patient_id": "D01", "age": 66, "sex": "M", "notes": [
("2023-03-07", "Pharmacy Insulin Pen Teaching", """
HOLLIS STREET PHARMACY - INSULIN START / PEN TEACHING
DOS: 2023-03-07   RPh: T. Okafor, PharmD

Referred by Dr Lindqvist (family med) to start basal insulin. Type 2 DM ~12 yrs,
A1c 9.4%. ESRD; dialyses at a unit Tues, Thurs & Sat. No anticoagulants.
Ht 176 cm, wt 98.0 kg (BMI 31.6).
Rx: insulin glargine U-100 SoloStar 10 units qHS, GP to titrate.

Teaching done: pen prep, 2-unit safety shot, 4 mm pen needle at 90 deg,
count to ten before withdrawing. Pt is right-handed and prefers his R lower
belly; first dose self-given in our consult room today into the R lower
quadrant about 5 cm lateral to the navel. Teach-back good.
Told to rotate within that quadrant, fresh needle every time; sharps
container supplied.
Hypo symptoms + rule of 15 reviewed. Phone f/u in 1 wk.
"""),
("2023-05-02", "Dermatology Consult", """
DERMATOLOGY CONSULT - Riverbend Skin Clinic
Ref: Dr A. Mbeki, nephrology. 66M on HD, T2DM now on glargine.

HPI: Purplish smudge R of his belly button, spotted ~2 weeks ago, black
centre since. Pain 9/10; sleeping on his right now impossible. He has put his glargine into that same patch nightly
since early March, when the pharmacy got him started. No fevers.

Exam: R lower abdomen, lateral to umbilicus: 4.5x3cm violaceous, star-shaped
plaque; adherent black eschar centrally; purpuric retiform rim; woody feel.
Thighs/buttocks spared.

A/P: Most consistent w/ calciphylaxis, located at his insulin injection site.
- Two 4mm punches today from the purpuric rim (H&E, von Kossa).
- Move insulin to thighs, well away from the lesion.
- Petrolatum + non-adherent dressing, change daily.
"""),
("2023-05-16", "Nephrology HD Rounding Note", """
HD ROUNDS 16-May-2023   Eastgate Dialysis, chair 12
S: Belly wound still v painful, taking oxycodone 5 mg pre-run. Glargine now
going into the L thigh.
O: BP 148/82. Post-run weight 96.2kg (BMI 31.1). 4h run, 2.6L off.
Skin: R lower abd eschar same size, edges less dusky.
Labs: PTH 642 / Ca 9.1 / alb 3.4 / phos 6.8.
Path (bx 05/02/23): small subcut vessels w/ medial calcium deposits (von
Kossa stains them), intraluminal clot, necrotic fat. Calciphylaxis now confirmed.
A/P: Calciphylaxis R abdominal wall, at his former insulin sites.
1. Sodium thiosulphate 25g IV (4th hr of HD); 1st dose today.
2. Ca acetate switched to sevelamer; cinacalcet increased to 60mg.
3. Extend runs to 4.5h, aim phos under 5.5.
4. Wound care referral placed.
"""),
]}

D02 = {"patient_id": "D02", "age": 58, "sex": "M", "notes": [
("2021-09-14", "Pharmacy Injection Service Record", """
CLAYMORE PHARMACY - CLINICAL SERVICES ROOM
Injection administration record   Date: 14/09/2021

Pt 58 y M. Rx from Dr Haverford (urology): testosterone cypionate 200 mg/mL,
1 mL IM q14 days. New start - first ever dose, given by pharmacy.
Screening: PSA 1.1 (Aug), Hct 38%. Home PD overnight (ESRD, IgA nephropathy).
Not diabetic. Warfarin 2014-2016 after a DVT, since stopped; no current
anticoagulant. NKDA.
Given: 1 mL IM into the L vastus lateralis (mid outer thigh), 22G 1.5",
Z-track, lot TC4471, exp 03/2023. Seated, no bleeding.
Observed 15 min, no reaction.
Next due 28/09/2021. Pt wants the same leg each time because he sleeps on
his right.
84kg, BMI 27.4.
"""),
("2021-11-09", "GP Consultation", """
GP - Ferngate Medical Practice   9 Nov 2021
PC: painful hard patch L thigh.
HPC: tender firm area on the outer L thigh since late October, spreading and
going purplish, burning at night, now limping. Gets his testosterone jabs
at the chemist every fortnight, always into this thigh. Overnight PD,
renal f/u at St Aldric's.
O/E: afebrile. L lateral thigh: 6x4cm indurated plaque, mottled violaceous
net-like margin, 1 cm dusky centre, v tender. No fluctuance.
Imp: ?injection-site abscess vs panniculitis vs calciphylaxis (ESRD).
Plan: urgent derm referral. Asked pharmacy to pause testosterone.
Co-codamol 30/500. Safety-netted re fever or spreading redness.
"""),
("2021-11-23", "Dermatology Clinic Letter", """
Dermatology Clinic - St Aldric's Hospital   23.11.2021
Dear Dr Quist,
I saw your patient (58M, ESRD on PD) about the painful L thigh plaque.
Since your referral the centre has necrosed, leaving a black
eschar (2x1.5cm) with retiform purpura over the L lateral thigh - squarely over the
patch of thigh used for his fortnightly testosterone injections from
mid-September. Deep incisional biopsy 16/11: calcified small-vessel walls
within subcutaneous fat and intraluminal thrombosis - calciphylaxis.
Plan:
- Testosterone stopped, urology told; gel only if ever restarted.
- Renal team to begin IV sodium thiosulfate and review his binder.
- Wound nurse: hydrogel + foam, no compression.
Yours sincerely,
Dr Maren Solvik, Consultant Dermatologist
"""),
]}

D03 = {"patient_id": "D03", "age": 79, "sex": "F", "notes": [
("2022-10-04", "Pharmacy Immunization Record", """
SUNNYMEAD COMMUNITY PHARMACY - IMMUNIZATION RECORD
Date of service: 10/04/2022   Pharmacist: R. Castellanos, RPh

79 yo F. VIS handed out for both vaccines, consent signed.
Screen: afebrile, no past vaccine reactions. Takes warfarin (AF); 9/28 INR was
2.4 - 25G needle, firm pressure 2 min afterward. Dialyzes MWF for ESRD,
today is an off day. T2DM, diet only.
1) Fluzone High-Dose Quadrivalent 0.7mL IM - RIGHT deltoid. Lot FZ2210.
2) COVID-19 bivalent booster 0.3 mL IM - LEFT deltoid. Lot 8C41D.
Watched 15 min, no presyncope. Arm may ache 24-48h, normal.
Card updated, state registry entry sent.
"""),
("2022-11-08", "Nephrology HD Progress Note", """
Nephrology progress note - Pinecrest Kidney Center HD unit   Nov 8, 2022
79F ESRD 2/2 hypertensive nephrosclerosis, MWF HD via L AVF. AF on warfarin.
New: very painful R upper arm, outer side, since Halloween. She assumed it was
the flu-shot arm still aching, but it has gone hard and purple.
Exam: R lateral upper arm 5x5cm indurated plaque; edge shows livedo
reticularis; centre dusky ~1cm. Not warm. Rest of arm unremarkable.
Wt 61.5 kg, BMI 24.9.
Labs: PTH 880; CaxP 72; albumin 3.0; INR today 2.7.
A/P: calciphylaxis is the worry here (warfarin, ESRD, high PTH).
- Derm to see today for bx
- Hold calcium-based binder
- Ask cardiology re warfarin -> apixaban
"""),
("2022-11-22", "Dermatology Follow-up", """
DERM F/U   11/22/22
Returns to discuss biopsy. R lateral upper arm punch (11/8): subcutaneous
arterioles show mural calcium, intimal hyperplasia and thrombus, c/w
calciphylaxis.
Now 6x5cm with a 2cm eschar. It sits over the R deltoid area where her
pharmacy gave the influenza vaccine on 10/4/22; onset 10/31/22 per pt and
renal. L arm (COVID booster side) normal.
Warfarin swapped for apixaban 11/15 (cardiology).
Plan: STS 25g with every HD; alginate + bordered foam dressing; refer pain service.
No more IM vaccines into the R arm - future doses L arm or thigh.
"""),
]}

D04 = {"patient_id": "D04", "age": 61, "sex": "F", "notes": [
("2024-01-09", "Pharmacy B12 Injection Note", """
WILLOWBANK PHARMACY - B12 INJECTION CLINIC   09 Jan 2024
61F. Hydroxocobalamin 1 mg/1 mL IM, 3-monthly maintenance (pernicious
anaemia). Given R deltoid, lot HB0923, no issues.
Chatted during obs: low back pain flaring since the cold snap. She
heats up a wheat bag (microwave), then lies with it against her left lower back
every night since Christmas - "only thing that touches it".
Advice given: no more than 2 min in the microwave, wrap it in a towel, never
fall asleep on it, as people on PD or with diabetes may not feel a burn
coming. Suggested regular paracetamol instead of PRN; no NSAIDs (on PD).
Meds checked: linagliptin, sevelamer, alfacalcidol, ramipril.
B12 next due early April.
"""),
("2024-03-05", "PD Clinic Review", """
PD CLINIC - Renal Unit, Harrowfield General   05/03/2024
61F, ESRD (diabetic nephropathy), CAPD 2L x4/day. T2DM (linagliptin;
not on insulin). 94.1kg, BMI 36.2.
New "angry" patch L lower back since mid-February, now very painful, wakes
her. Still puts the hot wheat bag on that spot most nights.
O/E: L paraspinal lower back 7x5cm livedoid area containing two tender firm
nodules in the subcutis, one with a dusky purple centre. No blisters.
PD exit site healthy, no tunnel pain.
PTH 71 pmol/L, Ca 2.61, PO4 2.05.
Imp: ?calciphylaxis; d/d erythema ab igne + panniculitis.
Plan: stop the wheat bag altogether. Urgent derm. Stop calcium carbonate.
"""),
("2024-03-12", "Dermatology Procedure Note", """
Dermatology - procedure note   12 March 2024
Indication: painful livedoid nodular plaque L lower back, ?calciphylaxis.
Consent taken. Site marked on L lumbar skin 6 cm from midline.
1% lidocaine with adrenaline. 8 x 25 mm incisional ellipse across the purpuric
edge, down into subcutaneous fat. Haemostasis secured, 3/0 nylon x4.
Specimen to histology, von Kossa requested.
Tolerated well. Dressing: Mepore. ROS 10-14 days with practice nurse.
Also noted faint reticulate brown pigmentation around the plaque, in keeping
with repeated heat exposure to that skin.
"""),
("2024-03-26", "Dermatology Results Clinic", """
Derm results clinic 26/03/24
Histology: subcutis arterioles calcified, fibrin thrombi, lobular fat
necrosis. So: calciphylaxis, L lower back.
Lesion is confined to the area she warmed with the microwaved wheat bag from
Christmas onward; onset mid-Feb 2024 by her account. We think the heat was
the local provoking factor in an at-risk PD patient.
Measures 8x6cm, eschar forming centrally. Sutures out, biopsy wound slow.
BMI today 35.8.
Plan: STS via renal team; no heat pack, no cold pack, anywhere; low-dose oxycodone
(renal dosing); weekly wound clinic; photos taken.
"""),
]}

D05 = {"patient_id": "D05", "age": 71, "sex": "F", "notes": [
("2024-05-02", "Pharmacy Compression Hosiery Fitting", """
LINDEN ROAD PHARMACY - COMPRESSION HOSIERY FITTING
Date: 02.05.2024   Fitter: K. Adeyemi (tech), checked by RPh

Rx: class 2 (RAL 23-32 mmHg) below-knee closed-toe stockings, 2 pairs, for
bilateral ankle oedema. Practice nurse ABPI (April): 1.02 on the right and 0.98 on the left.
Measurements (a.m.): ankle cB 24 / 24 cm, calf cC 41 / 42 cm, length a-d 38 cm.
Fitted on both legs in clinic; top band sits ~2 finger-widths under the
popliteal crease. Shown the donning frame; daytime wear, off at night.
Hx: ESRD, haemodialysis; T2DM using degludec + aspart pens; AF - apixaban since
2017 (warfarin before that). Wt 112 kg, BMI 42.2.
Skin check: both legs intact, no ulcers. Report any rubbing, pain or marks
at the band. Review 4 wks.
"""),
("2024-06-25", "Wound Clinic Assessment", """
Community Wound Clinic - initial assessment   25 Jun 2024
71F sent by her HD unit. Ulcer L calf.
Hx: pt dates it to about 3 wks ago: sore, purplish streak along the upper edge of
her below-knee stocking, back of the L upper calf; she has worn the stockings
daily since the pharmacy fitted them on 2 May. R leg fine.
Wound: L posterior upper calf 3.8 x 2.1 cm, 80% black eschar, 20% slough,
violaceous livedoid rim, no odour. Pain 8/10 at rest, out of proportion.
Pulses palpable. ABPI not repeated (pain).
Impression: atypical, very painful ulcer on HD - need to exclude calciphylaxis.
Plan: no compression on the L; biopsy requested via derm; non-adherent
dressing and light tubular bandage; photo.
"""),
("2024-07-09", "Nephrology Clinic Letter", """
Renal outpatients - 9th July 2024
Diagnosis: biopsy-confirmed calciphylaxis, L upper calf (derm punch 28/06/24).
71F, dialyses MWF through a R IJ tunnelled catheter; T2DM on insulin; obesity, BMI 41.9.
Ulcer lies along the stocking band line as the wound clinic described.
Actions:
1. Sodium thiosulfate 12.5 g post-dialysis TIW, then escalate.
2. Cinacalcet started; calcium-based binder stopped.
3. Apixaban continues; warfarin not to be resumed.
4. Fortnightly wound review; offload, no compression hosiery on either leg
for now.
Her son was present; prognosis talked through.
"""),
]}

D06 = {"patient_id": "D06", "age": 55, "sex": "M", "notes": [
("2025-01-08", "GP Minor Surgery Note", """
Minor surgery list - Abbotsleigh Surgery   08/01/2025
Procedure: excision of epidermoid cyst, top of L shoulder.
55M. ESRD, HD Tu/Th/Sa. Mech AVR - warfarin; INR 2.6 yesterday;
spoke to anticoag clinic, go ahead without stopping. Not diabetic.
Consent. 2% lidocaine 4 mL. 3 cm elliptical excision, cyst out intact with sac.
Oozy - cautery. Closed with 4/0 prolene x4 interrupted, Mepore over.
Specimen to histo.
After-care: keep dry 48 h, ROS day 10-12, safety-net for infection.
86kg, BMI 28.3. Histology letter to follow; pt happy with the plan.
"""),
("2025-02-25", "Pharmacy Vaccination Consultation", """
ORCHARD LANE PHARMACY - VACCINATION SERVICE   25-Feb-2025
Pneumococcal (PCV20) 0.5 mL IM requested by renal team.
Pre-check: on warfarin, INR in range - fine needle, no rubbing after.
He said the L shoulder is "agony" and asked us to keep away from it.
Looked: the healed cyst scar atop his L shoulder has a hard bluish-black
zone about 3 cm round it, net-like purple skin beyond that.
Pain began on Valentine's Day, he says; stitches had come out fine before then.
Vaccine given R deltoid, lot PN7733. No reaction at 15 min.
Told him this needs seeing today - dialysis pts can get serious skin
problems. Rang the surgery, same-day slot booked.
"""),
("2025-03-11", "Dermatology Consultation", """
Dermatology - urgent new pt   11 March 2025
55M, HD-dependent ESRD, on warfarin (mechanical AVR).
L shoulder: 5x4cm necrotic plaque, thick eschar, centred on a linear
excision scar (cyst removed by GP 8 Jan 2025); retiform purpura at the rim.
Severe pain. No lesions elsewhere. Onset 14/02/2025 per pt.
Bx (telescoped punch, renal team 03/03): calcium in dermal + subcut arteriole
walls, thrombosed lumens = calciphylaxis, confirmed.
Impression: calciphylaxis within a fresh surgical scar (Koebner-type).
Plan: STS with dialysis; cardiology re warfarin (few options with a
mechanical valve); vitamin K2 trial discussed; palliative input for pain.
"""),
]}

D07 = {"patient_id": "D07", "age": 83, "sex": "M", "notes": [
("2022-11-03", "Pharmacy Minor Injury Consultation", """
Greystone Pharmacy - minor injuries / first aid consult   Nov 3rd, 2022
83 y M, walked in this morning having scraped his R shin against his car door
edge in our car park. Superficial abrasion R anterior mid-shin 3x2cm, skin
flap partly attached, slight ooze. No deformity, weight-bearing normally.
Background (pt + PMR): dialysis 3x/wk for kidney failure, T2DM - linagliptin only,
not insulin; not anticoagulated.
Done: saline irrigation, flap laid back in place, silicone foam dressing.
Skin tear leaflet given. Practice nurse review in 3-5 days; sooner if
redness spreads, fever, or pain gets worse.
Tetanus: last booster 2019 per pt - ok.
"""),
("2022-12-13", "HD Unit Physician Note", """
Dialysis unit - physician note   12/13/2022
83M, ESRD (ADPKD), HD MWF, T2DM. Post wt 63.8 kg (BMI 22.1).
R shin wound not healing despite practice nurse dressings. Per pt the graze
had nearly closed, then in late November an extremely painful purplish area
appeared on the very same spot and went black. Now 4x3cm eschar R anterior shin with
livedo 5 cm proximally. Pedal pulses weak but present.
Labs: PTH 1030, phos 7.2, albumin 2.9, Ca 9.8.
DDx: arterial ulcer; infected skin tear; calciphylaxis.
Plan: derm + vascular referrals, ABI, stop Ca carbonate, start sevelamer.
"""),
("2023-01-10", "Wound and Dermatology Clinic", """
Joint wound/derm clinic   Jan 10 2023
ABI 0.92 R. R anterior shin ulcer margin biopsy 12/20/22: small-vessel
medial calcification with thrombi, septal/lobular panniculitis ->
calciphylaxis.
Ulcer R anterior mid-shin now 4.5x3.5cm, eschar lifting at its margin,
some slough. Pain 7/10.
A: calciphylaxis, R lower leg.
P: IV sodium thiosulfate 25g x3/week on HD days (renal aware); gentle autolytic debridement only,
no sharp debridement; silver alginate; review 2 wks. Palliative referral
raised - pt wants to keep going with active treatment.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
