"""probe135 corpus notes, X08-X14 (outpatient HD unit, vascular access center and the clinics
around them; every person, place and sentence invented)."""

X08 = {"patient_id": "X08", "age": 61, "sex": "F", "notes": [
("2016-08-29", "Home Dialysis Clinic Note", """
HOME DIALYSIS UNIT - PD CLINIC MONTHLY VISIT
Stonebridge Kidney Center

61F on CCPD since 2014 (DM nephropathy). Cycler: 4 exchanges of 2.5 L overnight, icodextrin
1.5 L day dwell, UF ~900 mL/day. Kt/V 1.9 (2/2016).
S: new complaint - very painful spot under her left breast since early August, "like a burn".
Wears an underwire bra all day, every day; says the wire "digs in" on that side since she
put on weight.
O: BP 150/88, wt 116.3 kg, BMI 43.0. PD exit site dry, no crust, tunnel nontender.
Skin: L inframammary fold / lower breast: 5 x 2 cm linear firm purple plaque with a lacy edge
directly under the line of the bra wire, dusky center. R side clear.
Labs: PTH 690, PO4 6.3, Ca 9.9. Glucose log 180s-250s using glargine 40 units plus
lispro with meals.
A/P: ? calciphylaxis vs pressure injury - derm referral this wk; no wired bras; change
calcium carbonate to lanthanum.
- E. Ruiz-Harlow, NP
"""),
("2016-09-08", "Dermatology Consult", """
Dermatology - Stonebridge Medical Arts
Reason for consult: painful plaque L breast, peritoneal dialysis patient.

History per PD clinic note; onset early Aug 2016. Has worn underwire bras for many years, the
wire resting on the L inframammary fold; she stopped wearing them 8/30.
ROS: no fevers, no new meds, no other sores.
Exam: L lower breast at the IMF: indurated retiform purpura 6x2.5cm, central 1.2 cm eschar,
exquisitely tender. R breast, abdomen, thighs: no lesions. Mild intertrigo under the pannus.
Biopsy: 4 mm punch x2 at the L IMF, von Kossa stain requested on the slides. Discussed
that a biopsy site in this setting can be slow to heal.
Impression: suspect calciphylaxis where the bra underwire has pressed on the skin for years.
Plan: path review 1-2 wks; soft wire-free bra; coordinate with PD team on binder choice.
- O. Fenwright, MD
"""),
("2016-09-22", "Wound Care Note", """
Outpatient wound care - Stonebridge
Dx: L breast calciphylaxis, confirmed on biopsy 9/8/16 (medial calcification and
thrombi in subcutaneous vessels, von Kossa stain positive).
Wound L IMF: 6.5x3cm, eschar 2x1.5cm (black), periwound violaceous, no exudate, no odor.
Pain 6/10 during dressing changes.
Tx: gentle cleanse; wound is dry so collagenase to the eschar, bordered silicone foam on top;
front-closing sports bra without wire to hold the dressing.
Systemic per nephrology: IV thiosulfate three times a week in the outpatient infusion suite,
since she has no HD circuit; lanthanum, cinacalcet 30 mg.
Educated on signs of infection. F/u weekly.
- D. Kasprzak, RN, CWS
"""),
]}

X09 = {"patient_id": "X09", "age": 69, "sex": "M", "notes": [
("2020-03-05", "HD Unit Nursing / Incident Note", """
RN NOTE / INCIDENT REPORT FILED - Pellham Dialysis, MWF 2nd shift
Post-tx pt stood up from his chair too fast, got lightheaded (post BP 92/50) and slid to the
floor in the unit bathroom at 1545, landing on his R side against the grab bar. No head
injury, no LOC. Helped up by 2 staff. VS 98/56 -> 118/64 after 10 min supine, legs raised.
Injury: bruise R lateral thigh 6x5cm with mild swelling, 2 cm abrasion, cleaned and
covered. Neuro intact, walking at baseline with cane.
Pt on warfarin (DVT 2019), INR 2.4 on 3/2. Dr. Szabo informed, will see him Friday; ok to go
home with wife driving.
Tx today: 4 h, UF 3.4 L (IDWG 3.6 kg), pre 172/94, EDW 88.0. R UA AVF 15G x2.
Education: rise slowly, sit at edge of the chair 2 min, call light within reach.
- K. Bayliss, RN
"""),
("2020-03-27", "Dermatology Consult", """
DERM CONSULT - Pellham Skin Associates
69M, ESRD on MWF HD, type 2 DM on nightly glargine that he always injects into the
abdomen, warfarin for DVT, obesity.
HPI: dark and very painful patch, LEFT outer thigh, first noticed 3/20/2020. His fall at the
dialysis unit on 3/5 was onto the right side; that bruise has nearly faded.
Exam: L thigh, lateral: retiform purpura 8x6cm, with central stellate eschar and surrounding
livedo racemosa. R lateral thigh: faint yellow-green ecchymosis, resolving, no induration, no
purpura. Abdomen: periumbilical lipohypertrophy, no lesions.
Procedure: two 6-mm punches, L thigh; histology incl. von Kossa.
Impression: likely calciphylaxis, on the side opposite his fall. Await path.
- A. Marsh-Iyer, MD
"""),
("2020-04-06", "Nephrology Rounding Note", """
Nephrology note - Pellham Dialysis MWF
Punch bx of L lateral thigh 3/27: calciphylaxis - subcutaneous fat with calcified small
vessels (von Kossa +) and fat necrosis.
Exam: L thigh wound 9x6cm, eschar, no cellulitis. BMI 31.0, post wt 87.6 kg.
Labs: Ca 9.2 P 7.8 PTH 1003 Alb 3.1 Hgb 9.8 Kt/V 1.31
Plan:
- switch warfarin to apixaban 2.5 twice daily after talking it over with pt and hematology
- thiosulfate 25 g IV during hour 4 of each treatment
- sevelamer only (stop Ca acetate); cinacalcet 60 mg; lower Ca bath
- wound center referral
- COVID-19 precautions in the unit: masks, chairs spaced, screening at the door
- L. Szabo, MD
"""),
]}

X10 = {"patient_id": "X10", "age": 57, "sex": "F", "notes": [
("2024-02-20", "Nephrology Rounding Note", """
Nephrology rounds - Westerly Ridge Dialysis (MWF 1st)
57F, ESRD (DKD), HD since 2022 via L RC AVF; DM2 on linagliptin, A1c 8.9 - not on insulin yet.
S: "hot, hard, sore" patch in the right lower belly fold since early February. Denies any
shots, bites or injury there; no new meds.
O: BP 164/90, wt 118.0 kg, BMI 44.2, obesity class III. R lower abdomen/pannus: indurated
violaceous plaque 7x5cm, livedoid rim, tender ++, no eschar, no fluctuance.
Labs: PTH 860 / phos 7.0 / Ca 9.7.
A: painful indurated plaque of the pannus - calciphylaxis vs panniculitis vs cellulitis.
P: derm this week for biopsy; doxycycline 100 mg BID x7d empirically; stop calcium acetate;
photos to chart.
- T. Aziz, MD
"""),
("2024-03-05", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP - Westerly Ridge Clinic
Pt seen 2/22 for biopsy of a R lower abdominal plaque (pannus). Returns for results with her
daughter.
Path: calcium deposition in subcutaneous arterioles, luminal thrombi, fat necrosis; von Kossa
confirms. Gram stain and culture negative.
Today: plaque 7.5 x 5 cm with a 2 cm central eschar. Biopsy sites healing, sutures out.
Dx: calciphylaxis, R lower abdomen, onset early Feb 2024.
Counseling: pannus support garment loose, keep skin folds dry, report fever or drainage.
Nephrology starting sodium thiosulfate with dialysis. Wound clinic q1wk.
- I. Brandvold, MD
"""),
("2024-05-14", "Renal Dietitian Note", """
RENAL DIETITIAN MONTHLY NOTE - Westerly Ridge Dialysis
Pt: 57 F, HD MWF. Dx: ESRD, DM2, R abdominal wall calciphylaxis (STS since 3/6/24).
Labs 5/6: phos 5.4 (was 7.0), Ca 9.1, PTH 612, alb 3.4 (down from 3.7), K 4.9, A1c 9.6.
Wt 116.2 kg, BMI 43.5. IDWG averaging 2.1 kg.
Diet hx: eating less because of wound pain; protein intake ~0.9 g/kg.
DM: endocrinology started insulin glargine 12 units at bedtime on 04/16/2024; she injects it
into her abdomen. Wound RN reports the pannus wound is smaller.
Plan:
- Nepro 1 carton on non-HD days for protein
- sevelamer 2 tabs with meals, 1 with snacks; no calcium-based binders
- carb consistency teaching for insulin, hypoglycemia signs reviewed
- recheck alb next month
- L. Moravec, RD, CSR
"""),
]}

X11 = {"patient_id": "X11", "age": 72, "sex": "M", "notes": [
("2017-09-18", "HD Unit Nursing Note", """
Ridgefold Dialysis - in-center HD nursing note (TTS 1st shift)
72 yo M, ESRD (hypertensive), HD via L BC AVF, mechanical MVR - warfarin, his INR
target is 3.0 per cardiology.
New: pt shows RN a painful black-centered sore, L calf posteriorly, there since Labor Day
weekend. He recalls no knock or fall and nothing else that hurt that calf beforehand.
For the past week his daughter has put warm damp washcloths over the sore "to draw it out".
Assessment: L posterior calf ulcer 3x2.5cm, dry black base, violaceous mottled rim,
exquisitely tender. No drainage. Pedal pulses weak.
Advised to stop the warm cloths; covered w/ dry gauze.
Pre: BP 144/76, HR 72, 36.7 C. Wt 78.3 kg (EDW 76.5). Qb 400 Qd 500, UF 1.8 L, 2K/2.5Ca.
INR today 3.1.
Dr. Valcourt aware - derm referral, wound center referral.
- B. Nwachukwu, RN
"""),
("2017-09-26", "Dermatology Consult", """
Dermatology consult - Ridgefold Medical Center
72M on HD, warfarin for mechanical MVR, with painful ulcer of the L posterior calf since early
September.
Exam: ulcer on the L posterior calf, 3.5x3cm, adherent eschar, stellate violaceous rim with
retiform
purpura. Remainder of skin clear. BMI 26.1.
Procedure: deep punch (6 mm) at the ulcer edge, L calf, after consent; bleeding controlled
with pressure and gelfoam (on warfarin). Specimen sent urgent with von Kossa requested.
Impression: suspect calciphylaxis, L calf; ddx arterial ulcer (weak pulses), warfarin-related
necrosis less likely this late after starting it.
Plan: wound center for debridement and dressings; nephrology to address Ca/phos and whether
anything can replace warfarin (likely not, mechanical valve). Will call with path.
- S. Amundsen, MD
"""),
("2017-10-16", "Wound Center Procedure Note", """
WOUND CENTER - PROCEDURE NOTE
Dx: calciphylaxis L posterior calf - derm punch 9/26/17 showed small vessel calcification in
the subcutis with thrombi, von Kossa positive
Pre-procedure: 4.0 x 3.4 cm, 80% eschar, 20% slough, moderate serous drainage, no odor.
Pain 7/10; topical lidocaine 4% x 20 min.
Procedure: sharp excisional debridement of eschar and slough to bleeding subcutaneous tissue,
curette and scissors, area 13.6 sq cm. Hemostasis with silver nitrate and pressure (INR 2.6).
Post: 4.2 x 3.5 x 0.4 cm, 60% red granulation.
Dressing: calcium alginate, ABD pad, rolled gauze, secured with paper tape (pt has fragile
skin).
Warfarin continues for his valve; nephrology added STS with HD 9/28.
Plan: weekly debridement as tolerated, no heat or compresses on the wound.
- F. Galloway, DPM
"""),
]}

X12 = {"patient_id": "X12", "age": 64, "sex": "F", "notes": [
("2025-09-22", "Nephrology Rounding Note", """
Nephrology monthly rounding - Harlan Crossing Dialysis (MWF 3rd)
64F, ESRD from lupus nephritis (burnt out), HD since 2023 via R UA AVG; DM2 on glipizide;
pAF, anticoagulated with apixaban - has never taken warfarin.
S: severe burning pain in the L buttock since the end of August; can't sit through her runs
without shifting. Denies falls, IM shots into the buttock, heating pads, ice or any other
injury there.
O: BP 152/86, post wt 82.6 kg, ht 166 cm, BMI 30. L buttock, upper outer quadrant: firm
violaceous plaque 6x5cm, retiform edge, and a small central dusky area, no drainage, very
tender. R buttock normal.
Labs: PTH 1,010; P 7.2; Ca 9.4; alb 3.3.
Assessment/plan: calciphylaxis suspected; dermatology to do a deep biopsy this week.
Stop calcium acetate.
- W. Oyelowo, MD
"""),
("2025-10-03", "Dermatology Follow-up", """
DERM FOLLOW-UP - Harlan Crossing Dermatology
Bx (incisional, L buttock, 9/25/25): subcutaneous septal vessels calcified, fibrin in
lumens, fat necrosis, positive von Kossa stain; vasculitis not seen.
Dx: calciphylaxis, L buttock.
Exam: 6.5 x 5.5 cm plaque, eschar forming centrally.
Discussion: pt asked whether any "shot" could have caused it - she has had none there. If she
needs anticoagulant injections during a hospital stay, we would have them placed in the arms and
kept away from buttocks and thighs.
Plan: general surgery consult for excisional debridement, tentatively in the OR 10/20; STS with
HD per nephrology; pain regimen; cushion for the car.
- K. Laughlin, MD
"""),
("2025-10-27", "Social Work Note", """
DIALYSIS SOCIAL WORK NOTE - Harlan Crossing Dialysis
Met with pt chairside during her run (MWF 3rd shift).
Pt reports her L buttock wound is "slowly getting better", pain down to 5/10 with the new
regimen. The OR debridement set for 10/20 was postponed by surgery "since it's improving"; pt
relieved, may still need it later.
Psychosocial: lives with her sister; sister drives her to HD but works evenings. Pt missed 2
runs in Oct because of ride problems. Referred to county paratransit, application submitted.
Income: SSDI, Medicare + Medicaid. Copays for new wound supplies a worry; linked to the
unit's patient assistance fund.
Mood: PHQ-2 = 2, denies SI. Coping with support from her church.
Plan: f/u paratransit approval next week; check in at next monthly.
- R. Delacroix, LCSW
"""),
]}

X13 = {"patient_id": "X13", "age": 66, "sex": "M", "notes": [
("2021-06-07", "HD Unit Nursing Note", """
Kellerby Dialysis - RN chairside assessment, TTS 2nd shift
66 M, ESRD (DKD), access L BC AVF; insulin-treated DM2
(glargine/aspart, injects around the belly button).
C/o sharp pain in his right side x 10 days, "like a knife when my shirt rubs". Denies falls or
injury; wears suspenders, no belt.
Inspected: R flank, behind the mid-axillary line, above the iliac crest: firm purple plaque
5x4cm with netted edge; center pale-gray. Periumbilical skin: lumpy at his
injection spots, no color change.
VS: 166/92, 80, 36.9, 96% RA. Pre-wt 109.8 kg (EDW 107.0), BMI 35.7.
HD: 15G x2, Qb 450, Qd 800, UF 2.9 L; VP 150.
Dr. Pacheco paged - wants derm early next week.
- H. Tamsin, RN
"""),
("2021-06-18", "Dermatology Consult", """
DERMATOLOGY CONSULT - Kellerby Regional
HPI: 66M on HD, insulin-treated DM2, painful R flank plaque for about 3 weeks.
Exam: R posterolateral flank, between the 12th rib and the iliac crest: indurated retiform
purpura 6x4.5cm, early central eschar. Abdomen: insulin injection sites are all within a
hand's breadth of the umbilicus - some lipohypertrophy but no purpura or induration.
The plaque lies on the flank, well lateral and posterior to where he injects; not at his
injection sites.
Procedure: 5 mm punch biopsy x2, R flank edge, H&E + von Kossa.
Impression: suspect calciphylaxis.
Plan: path in 1 wk; nephrology managing Ca/phos; pain control; lie on the L side.
- C. Whitcombe, MD
"""),
("2021-07-06", "Nephrology Rounding Note", """
Nephrology rounding - Kellerby Dialysis (TTS)
Path (R flank, 6/18): calciphylaxis - circumferential calcification of subcutaneous arterioles,
thrombi, von Kossa +.
R flank wound 7x5cm today, eschar, no infection. Pain 7/10 on oxycodone.
Labs 7/1: Ca 9.9, P 6.8, iPTH 1,260, Alb 3.5, Hgb 10.6, Kt/V 1.45.
Weight 107.9 kg post.
Plan:
- Na thiosulfate 25 g infused in the final 60 min of HD
- etelcalcetide 5 mg IV 3x/wk after HD, stop calcitriol
- sevelamer 1600 TID; no calcium binders
- continue insulin, keep injecting periumbilical, rotate
- wound clinic; surgery consult re: parathyroidectomy if PTH stays >800
- A. Pacheco, MD
"""),
]}

X14 = {"patient_id": "X14", "age": 59, "sex": "F", "notes": [
("2019-01-14", "HD Unit Nursing Note", """
Orrin Valley Dialysis - RN note, MWF 2nd shift, chair 9
Pt has a dressing over the dorsum of her R hand: on 1/10 she scalded it with steam from the
kettle
spout at home. Removed dressing: dorsal R hand 4 x 3 cm burn, deroofed blister, center now a
thin tan-black crust, surrounding pink, minimal drainage. Pain 4/10.
Cleansed NS, silver sulfadiazine not used (sulfa allergy) - petrolatum gauze and wrap.
Advised: keep dry, no lotion, elevate.
VS pre: BP 138/78, HR 74, T 36.4. Wt 74.2 kg (EDW 72.5).
HD via L UA AVG 16G x2, Qb 375, UF 1.9 L. Uneventful.
Also c/o new aching in both inner thighs the past few days, no visible change yet - will
recheck Wed.
- C. Ferreira, RN
"""),
("2019-02-04", "Dermatology Consult", """
DERMATOLOGY - Orrin Valley Hospital
59F on HD (MWF), obesity (PMH), hyperparathyroidism, no diabetes.
HPI: since mid-January, hard and exquisitely painful areas on both inner thighs, which are
now darkening; also a burn on the R hand from kettle steam 1/10.
Exam: medial thighs, bilaterally: indurated retiform-purpuric plaques, R 8x5cm and L 7x6cm,
the L with a 2 cm central eschar. Dorsal R hand: healing partial-thickness burn with a
dry eschar over a clean pink base, sharp edges, no purpura or livedo.
Bx: 6 mm punch, L medial thigh (1/28): subcutaneous arterioles calcified and
thrombosed, von Kossa +, i.e. calciphylaxis.
Impression:
1. Calciphylaxis on the medial thigh, right and left.
2. R hand: ordinary thermal burn, healing; its eschar is not calciphylaxis.
Plan: nephrology aware; STS; wound care both thighs; burn care as per unit.
- E. Halvorsen, MD
"""),
("2019-03-11", "HD Unit Nursing Note", """
Orrin Valley Dialysis - RN note, MWF 2nd shift
Pt reports she caught her L forearm on the sliding door of the transport van on 3/8: 5 cm
flap-type skin tear, L dorsal forearm (access arm; the graft is in the L upper arm, well above
the tear). Flap approximated with steri-strips, nonadherent dressing, marked the direction to
peel.
Thigh wounds: wound RN changed dressings today, both less painful, L eschar lifting at edges.
Pre: BP 130/70, HR 76. Wt 73.0 kg. BMI 28.4.
HD via L UA AVG, 16G x2 placed above the tear; Qb 375, UF 1.7 L. Thiosulfate 25 g infused
over final hour.
- C. Ferreira, RN
"""),
("2019-04-01", "Wound Clinic Note", """
Orrin Valley Wound Clinic - follow-up
1) Calciphylaxis, medial thigh R and L (bx 1/2019): R 6 x 3 cm, now 90% pink
granulation; L 5.5x4cm, eschar softer, 50% slough. Periwound livedo fading.
Tx: hydrogel + silicone foam, change 3x/wk at dialysis.
2) L forearm skin tear 3/8 (transport van door): flap adhered, 0.5 cm open edge, healing as
expected for a traumatic skin tear - no purpura, no necrosis, not calciphylaxis.
Tx: petrolatum gauze, tubular sleeve.
3) R hand steam burn: re-epithelialized, faint pink scar.
Pain 3/10. Labs per unit: phos 5.1, PTH 540 on etelcalcetide.
F/u 2 wks.
- N. Sorensen, NP, CWCN
"""),
]}

PATIENTS = [X08, X09, X10, X11, X12, X13, X14]
