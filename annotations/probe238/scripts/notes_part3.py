"""probe238 corpus notes, R15-R20 (multidisciplinary calciphylaxis clinic and STS infusion chair; all invented)."""

R15 = {"patient_id": "R15", "age": 68, "sex": "F", "notes": [
("2024-03-05", "Nephrology HD Rounding Note", """
HD ROUNDS 3/5/24
68 F, HD TTS, T2DM on insulin (injects abdomen), AF on warfarin, diabetic neuropathy.
S: both thighs very painful and tender since Valentine's Day; she first thought the
heating pad had been "too hot". Every evening an electric heat pad gets draped over
both of her thighs for neuropathic leg pain, and has been since last fall.
O: anterior thighs bilat: rectangular net-like violaceous mottling with indurated
plaques, L > R, small dark blister on the R thigh.
A: ? calciphylaxis vs erythema ab igne - asked the MDT to see her this week.
P: Stop the heating pad. INR 2.3. Check Ca/PO4/PTH with next run.
"""),
("2024-03-12", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT Clinic - 12th March 2024
Mrs Brannigan, 68.
The plaques on both anterior thighs match the footprint of her heating pad, which she
has used nightly since the autumn; onset 14 Feb 2024. The R thigh blister has become a
2 cm necrotic ulcer; on the L thigh there is 10 x 7 cm of indurated retiform purpura.
Incisional biopsy L thigh (taken 3/7 by dermatology): calciphylaxis, with calcified
arterioles and extensive fat necrosis; erythema ab igne change in the overlying dermis.
Plan: STS 25 g TIW on HD; warfarin -> apixaban; calcium carbonate stopped, sucroferric
oxyhydroxide started; cinacalcet.
BMI 36.4.
"""),
("2024-04-09", "HD Unit STS Nursing Log", """
STS tolerability log - HD unit, 9 Apr 2024
Dose 12. Nausea grade 2 with the first 8 doses; now ondansetron 4 mg pre-dose and
tolerating.
Pre-HD HCO3 18 -> 20 after dialysate change. Ca 8.9.
Thighs: R ulcer 2.5 cm with adherent eschar; L plaque softer but 2 new small eschars.
Pain 7/10; hydromorphone 1 mg pre/post run, gabapentin 100 mg.
No heating pad since early March. Apixaban - no bleeding.
PO4 4.8, PTH 180. Her husband drives her in and asked about oxygen therapy - for MDT.
"""),
("2024-05-21", "Calciphylaxis MDT Clinic Letter", """
MDT review 2024-05-21
Hyperbaric oxygen: 15 of 30 sessions done (2.4 ATA, 90 min); tolerating, mild ear
pressure only.
Bisphosphonate: PTH 95 and alkaline phosphatase normal, so IV pamidronate not given.
Thigh wounds: R 2 x 1.5 cm, clean base; L eschars separating.
Pain down to 4/10, hydromorphone used once daily.
Insulin needs have fallen (glargine 12 u).
Weight 95.8 kg.
Phosphate 4.6 on sucroferric oxyhydroxide; cinacalcet 30mg continuing. No further
intradialytic hypotension.
Plan: complete HBOT course, continue STS, next review July.
"""),
]}

R16 = {"patient_id": "R16", "age": 61, "sex": "F", "notes": [
("2019-03-05", "Calciphylaxis MDT Clinic Letter", """
Joint renal / dermatology / wound clinic, 5 Mar 2019
Mrs Oyelaran, 61, HD since 2016, T2DM; CSII pump - she moves the cannula around
her abdomen. BMI 39.1. Not on warfarin (apixaban for AF).
Two weeks of painful, firm, purple areas on both breasts, larger on the R, where a
3cm black eschar sits at the lower inner quadrant.
Bra: soft, no underwire; tight bands, injury, heat and cold all denied.
Breast ultrasound: vascular calcification, no mass.
Impression: calciphylaxis of the breasts (typical appearance in this setting).
Plan: confirmatory biopsy via breast surgeons; STS with HD. Pump sites inspected:
normal, nothing at the infusion sets.
"""),
("2019-03-19", "Breast Surgery Clinic Note", """
Breast surgery clinic - 19/03/2019
Incisional bx taken under LA on 12/03/2019, margin of the R breast plaque
(lower inner).
Histology: calciphylaxis - small vessels calcified and thrombosed, necrotic fat.
Today: L breast livedo and induration, no ulcer. R breast 3.5 cm eschar, biopsy wound
healing, no infection.
Not a candidate for surgical debridement at present; wound care with the TVN; offered
breast care nurse support.
Discussed with renal - STS already running.
She is understandably upset about how the breasts look; body-image support and a
clinical psychology referral offered. Photographs taken with her consent.
See again here in 6 weeks.
"""),
("2019-04-30", "HD Unit STS Chairside Review", """
STS chairside review - HD - 4/30/19
Dose 21. Vomited after the dose twice last week -> ondansetron and rate over 60 min.
Anion gap 18, bicarb 17, dialysate bicarb increased.
Breasts: R eschar 3 x 3 cm, L livedo fading.
Pump: basal insulin rates reduced; infusion set sites abdominal, clean.
Pain 6/10.
HBOT: referred to the regional unit.
QTc 448. Taste change and poor appetite; albumin 31 so dietitian to look at protein
intake. Dialysate calcium lowered to 1.25.
BMI 38.7.
"""),
]}

R17 = {"patient_id": "R17", "age": 80, "sex": "M", "notes": [
("2025-01-14", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT - 14 Jan 2025
Mr Gallacher, 80, ESRD (eGFR 7) under conservative kidney management - he chose not to
start dialysis.
T2DM (linagliptin). Warfarin for AF, since 2015. BMI 25.5.
Referred with dry black necrosis affecting the R second + third toe tips since
Christmas, which began a few days after his granddaughter cut his toenails.
Pedal pulses: not palpable on the R; ABPI incompressible. Toe pressures pending.
Ddx: critical limb ischaemia vs distal calciphylaxis vs cholesterol emboli.
Biopsy of the toes inadvisable - poor healing.
Plan: angiography; foot protection; pain review.
"""),
("2025-02-04", "Hyperbaric Medicine Consultation", """
HYPERBARIC MEDICINE CONSULT 02/04/2025
Reason: R toe gangrene, ?calciphylaxis (possible, not biopsy-proven) vs ischaemia.
TcPO2 R dorsal foot 18 mmHg, rising to 140 mmHg on 100% O2 challenge -> responder.
Risk review: AF rate-controlled, no pneumothorax history, TMs normal, no claustrophobia.
Recommend 20 initial treatments, Mon-Fri, each 90 minutes at 2.4 ATA.
Pt hesitant about daily travel (45 min each way); son may drive.
Meds reviewed: warfarin (INR 2.4), bisoprolol, linagliptin - nothing that stops HBOT.
Capillary glucose before and after every dive. Consent discussed, leaflet given.
"""),
("2025-03-04", "Calciphylaxis MDT Clinic Letter", """
MDT follow-up 4 March 2025
Angiography: severe tibial disease, not suitable for revascularisation.
Whether the toe necrosis is ischaemic, calciphylaxis or both remains unclear; calciphylaxis
has never been proven.
He stopped HBOT after 3 sessions (fatigue).
No STS: no dialysis and poor venous access.
Warfarin continued - stroke risk discussed and he wishes to carry on.
Palliative approach agreed; podiatry for dry dressings.
Son present. Pain 5/10 - buprenorphine 5 mcg/h patch started (avoiding morphine).
Advance care plan recorded; GP informed.
"""),
]}

R18 = {"patient_id": "R18", "age": 55, "sex": "M", "notes": [
("2022-08-14", "Discharge Summary", """
DISCHARGE SUMMARY - Ward 7B, Northwold Infirmary
Admitted 08/02/2022, discharged 08/14/2022.
55 M, ESRD, dialyses MWF through a L radiocephalic fistula; incisional hernia mesh
repair 2019.
Not diabetic.
Dx: community-acquired pneumonia, treated with IV co-amoxiclav then oral.
VTE prophylaxis: heparin 5,000 units SC q12h throughout the admission, given into both
anterior thighs (abdomen avoided over the mesh).
No anticoagulants on discharge.
BMI 29.4 (overweight).
Course: oxygen weaned off by day 5; HD continued on his usual days through the fistula.
Discharge meds: sevelamer, calcium acetate, alfacalcidol, amlodipine.
Follow-up: own HD unit; CXR in 6 wks.
"""),
("2022-09-20", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT clinic, 20 Sep 2022
Mr Fairweather, 55, HD.
A tender lump came up 3 weeks ago over his L anterior thigh; the overlying skin
then turned purple, then black. Right thigh normal.
He had SC heparin into both thighs during his chest admission in August.
O/E L anterior thigh: necrotic 5x4cm plaque, eschar centrally, livedo halo.
Punch biopsy by community dermatology on 15/09/2022: calciphylaxis.
Plan: thiosulfate 25g post-dialysis, every session; calcium acetate switched to
sevelamer; cinacalcet.
Future SC injections should not go into his thighs.
"""),
("2022-10-18", "STS and Pain Review in HD", """
STS and pain review (HD) 18/10/22
Dose 12, tolerated apart from transient nausea. BP fine.
L thigh wound 4.5x3.5cm; eschar dry.
Pain 5/10 walking; hydromorphone 0.5-1 mg prn.
HBOT: assessed, starting 24 Oct at the Northwold hyperbaric unit.
Bisphosphonate: not appropriate.
Weight 90.6 kg.
Labs: corrected calcium 9.1, phosphate 5.0, PTH 360; pre-run bicarbonate 20.
His wife asked how he will get to the chamber every day - hospital transport booked.
Sleeping better since the evening hydromorphone dose was moved to bedtime.
"""),
]}

R19 = {"patient_id": "R19", "age": 63, "sex": "M", "notes": [
("2020-12-01", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT - 1st December 2020
Mr Eriksen, 63, APD; T2DM on insulin (abdomen); warfarin 2011-2013 for a PE, none since.
BMI 28.8.
Calciphylaxis, biopsy-proven (Fenmoor, 11/17/2020), L posterior calf; painful
since October, ulcerated early November.
Nothing has injured the L leg. A fall on Thanksgiving left a skin tear, R forearm,
now healing under steri-strips - unrelated.
We explained that in some of our patients lesions start at injection sites or where
heat packs are used; he uses neither on his legs.
Plan: STS 25 g in the infusion chair M/W/F from next week.
"""),
("2020-12-08", "Infusion Chair Nursing Note", """
Infusion chair 5 - STS #2
PIV 22g L hand. At 20 min swelling and coolness around the cannula: infiltration.
Infusion stopped, cannula removed, L hand elevated, warm compress 20 min per policy.
New 22g PIV R antecubital; remainder infused uneventfully.
Extravasation form completed; pharmacy informed.
Pt nauseated, ondansetron 4 mg.
L calf dressing intact.
Pre BP 132/76, post 128/74. Pt asked whether his hand would be harmed - explained we
will check it each visit. Dr Ainsworth looked at the hand before he left: no blistering.
"""),
("2021-01-19", "Calciphylaxis MDT Clinic Letter", """
MDT follow-up 19/1/21
L posterior calf ulcer 4 x 3 cm, slough reduced, granulating.
L hand: extravasation area settled, no blister, no necrosis.
Skin tear (R forearm) has healed.
STS: 14 doses; nausea the main issue; anion gap normal.
Hyperbaric: he declined referral. IV ibandronate 2 mg given 12 Jan, repeat in a month.
Weight 86 kg.
APD running smoothly; HbA1c 58, insulin still injected into the abdomen.
Calcium-containing binder now fully stopped; lanthanum instead.
Next review in 6 weeks with photographs.
"""),
]}

R20 = {"patient_id": "R20", "age": 74, "sex": "M", "notes": [
("2018-10-09", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT - 9 Oct 2018
Mr Yildirim, 74, HD, T2DM diet-controlled. Smoker, 50 pack-years. BMI 23.1.
Referred ?calciphylaxis: R shin ulcer that followed a bump against a coffee table in
August, not healing after 7 weeks.
O/E: R lateral shin, punched-out 3x2cm ulcer, pale base, cold foot, no livedo, no
induration, no retiform purpura. DP/PT pulses absent on the R.
ABPI R 0.45.
Impression: arterial ulcer; calciphylaxis unlikely but biopsy from the edge to be sure.
Mineral bone labs unremarkable for him (adj. calcium 9.2, PTH 210, phosphate 4.9) - no
strong biochemical driver. Stop-smoking advice given.
"""),
("2018-10-30", "Calciphylaxis MDT Results Letter", """
MDT result - Oct 30, 2018
Dear Dr Pemberton,
Biopsy: ischaemic changes, no vascular calcification or thrombosis; von Kossa negative.
Calciphylaxis ruled out.
Duplex: R SFA occlusion. Referred to vascular surgery for angioplasty.
Discharged from our clinic. Wound: non-adherent dressing; no compression bandaging.
We explained to Mr Yildirim that poor blood flow is the cause and that the vascular
team will see him next week; he was again urged to stop smoking.
cc: Brookfield HD unit; GP. Happy to see him again if new lesions appear elsewhere.
"""),
]}

PATIENTS = [R15, R16, R17, R18, R19, R20]
