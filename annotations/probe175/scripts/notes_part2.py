"""probe175 corpus notes, A08-A14 (lymphedema clinics, compression therapy and the clinics around them; all invented)."""

A08 = {"patient_id": "A08", "age": 64, "sex": "M", "notes": [
("2016-10-11", "Lymphedema Therapy Follow-up", """
LYMPHEDEMA PROGRAM - FOLLOW UP VISIT
Calloway Medical Center Outpatient Therapy

64M, primary lymphedema (tarda) of the LLE since his early 40s.
Kidney failure - HD at the Calloway unit, Tu/Th/Sa. Warfarin for atrial fibrillation; hypertension; no DM.

S: Has used the home pneumatic compression pump (segmental w/ calibrated gradient, full-leg
sleeve) since August, 1 h twice a day at 50 mmHg. The top chamber sits snug around his L upper
inner thigh. Since Labor Day he has also iced the L inner thigh with frozen peas
wrapped in a dish towel after each pump session because it aches. Since 10/3: a new, painful purplish area there.

O: BP 138/76. 84 kg, BMI 27.1. L medial upper thigh: violaceous, indurated plaque 5x4cm,
lacy border, dusky non-blanching center, very tender, skin intact. No other lesions.
LLE girth (cm): ankle 27.2, calf 41.0, thigh 10 cm above patella 52.5 - down 2 cm since Aug.

A: Good volume response to the pump, but a new painful retiform plaque right under the top
chamber and the ice area. Needs evaluation, HD + warfarin.
P: Pump on hold. Stop the frozen peas. Same-wk derm appt made; nephrology paged.
"""),
("2016-10-13", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT

64M on HD and warfarin (INR 2.4) with L leg lymphedema. Tender plaque L upper inner thigh
since 10/3/16, growing.

Exam: L medial upper thigh 6x4.5cm indurated violaceous plaque; retiform purpura
along the margin and a central 1 cm gray patch. The plaque lies beneath the proximal chamber of
his pump sleeve and in the spot where he has been icing since early Sept. R thigh, abdomen,
buttocks clear.

Procedure: deep 6 mm punch x2, L medial thigh, to H&E + von Kossa.

Impression: Calciphylaxis strongly favored, sited where the pump squeezes and the cold
pack sits - Koebner-like. Ddx warfarin necrosis, cold panniculitis.
Plan: f/u path; ask nephrology/cardiology about switching off warfarin; nonadherent dressing;
no pumping of the L leg till this heals.
"""),
("2016-11-15", "Nephrology Clinic Note", """
NEPHROLOGY - OFFICE VISIT

Path 10/13: arterioles in the subcutis calcified + thrombosed, von Kossa stains them; no panniculitis
pattern. So the L medial thigh lesion is calciphylaxis, proven on biopsy.

S: Pain 6/10, sleeping better. On HD 3x/wk, no missed tx. Off pump.
O: BP 144/80, HR 68 irreg. Post-HD wt 83.1 kg.
L medial thigh: 6 x 5 cm eschar forming centrally, border less violaceous.
Labs: Ca/P/PTH 9.5/6.3/702; albumin 3.6; INR 1.3.

Assessment/plan
(1) L thigh calciphylaxis - thiosulfate 25 grams per run since 10/25; continue
(2) AF - warfarin stopped 10/21, apixaban started per cardiology
(3) CKD-MBD - cinacalcet increased to 60; switch to a non-calcium binder
(4) Lymphedema - resume compression only below the knee after wound care input
"""),
]}

A09 = {"patient_id": "A09", "age": 70, "sex": "F", "notes": [
("2018-04-10", "Lymphedema Therapy Discharge from Phase I", """
LYMPHEDEMA THERAPY - END OF INTENSIVE PHASE / SELF-MANAGEMENT
Fairhaven Outpatient Rehab

70F with RLE lymphedema after recurrent R leg cellulitis (2016, 2017).
ESRD, hemodialysis-dependent; type 2 DM, basal insulin (glargine, injects in the abdomen), obesity, HTN. No warfarin.

12 sessions of CDT to the R leg completed: MLD + short-stretch bandages toes to knee.
R calf max girth 47.8 -> 42.6 cm; R ankle 28.4 -> 25.0 cm. L leg normal, no edema, no
compression needed on the left.

Dispensed today: R leg adjustable Velcro compression wrap system (foot piece + calf piece,
below knee). Pt and husband return-demonstrated application x2; fit checked, no gapping.
Wt 101.8 kg, BMI 38.0.

Plan: wear R wrap daytime, R night garment; self-MLD HEP; skin care; discharged to
self-management, recheck 3 mo.
"""),
("2018-08-14", "Dermatology Consult", """
DERMATOLOGY CONSULT

CC: black, painful sore, L leg (back).
HPI: 70F, hemodialysis, insulin-treated DM, R leg lymphedema in a Velcro wrap. The L calf sore
began early July - purple, tender - and has since ulcerated. She has never worn compression
on the left leg; denies bumping or scratching it.

Exam: back of L calf - ulcer 4x3cm, black adherent eschar, retiform violaceous edge,
surrounding livedo. R leg under the wrap: chronic lymphedema, skin intact, no marks. Feet warm.

Procedure: punch biopsies x2, edge of the L calf ulcer.
Impression: L calf necrotic ulcer in an HD pt - calciphylaxis most likely; r/o arterial.
Plan: path; ankle-brachial index; collagenase to the eschar rim, foam border dressing.
"""),
("2018-09-04", "Nephrology HD Rounding Note", """
HD ROUNDS - Fairhaven Dialysis, bay C

Bx 8/14 L calf: medial calcification small vessels + thrombi, von Kossa pos = calciphylaxis.
ABIs: left 1.02 / right 1.05.

S: Pain in the L calf 7/10, worst at night.
O: Pre BP 162/78, post 138/70. UF 2.4 L. EDW 100.5 kg.
L posterior calf ulcer 4x3.5cm, eschar softening. R leg wrap on, intact.
Labs: Ca/P/PTH 9.8/6.9/560; Kt/V 1.38 on the July draw.

A/P: L posterior calf calciphylaxis, path-confirmed.
- thiosulfate 25 grams IV, hung during the final hour of each treatment
- Sevelamer up, calcium acetate stopped; cinacalcet 30 mg
- Insulin unchanged, abdominal sites
- Keep the R leg wrap; nothing compressive on the L leg
"""),
]}

A10 = {"patient_id": "A10", "age": 55, "sex": "M", "notes": [
("2018-06-12", "Compression Garment Fitting", """
LYMPHEDEMA CLINIC - GARMENT FITTING
Ridgeway Lymphedema & Vein, fitter: P. Marchetti, CLT

55M with bilateral lower-leg lymphedema, stage II, after 3 wks of CDT bandaging.
PMH: kidney failure on home cycler PD, morbid obesity, HTN, hx L leg DVT 2016 on warfarin.
Not diabetic.

O: Wt 138 kg, ht 183 cm, BMI 41.2. Legs: 1+ pitting ankles, skin intact, Stemmer + bilat.
Measurements taken for ccl 2 circular-knit knee-high stockings, open toe, both legs,
2 pairs each. Trial pair (stock size XL-long) applied today with a donning frame;
top band sits 2 fingers below the popliteal crease, no rolling.

Education: don them first thing, remove at bedtime, replace every 6 mo, check skin daily,
don't fold the top down.
Plan: deliver custom pair in 2 wks; recheck 3 mo.
"""),
("2018-10-16", "Dermatology Consult", """
DERMATOLOGY CONSULT

55M on PD, obese, on warfarin, bilateral knee-high stockings for lymphedema. Painful dark
lesion, lateral L thigh, first noticed 10/2/2018; he denies any injury to that area.

Exam: mid L lateral thigh: indurated plaque 7x5cm, violaceous stellate border, 2cm
central eschar (black); tender. Knee-highs end well below, no marks at the band. R thigh spared.

Procedure: punch (6mm) from the border.
Impression: L lateral thigh calciphylaxis, clinically (PD, warfarin, obesity); bx sent.
Plan: message to PD nephrology re: STS and warfarin; silver alginate + foam; f/u 2 wks.
"""),
("2018-11-21", "Emergency Department Note", """
ED NOTE - Ridgeway General

CC: bleeding from thigh wound
HPI: 55M on PD whose L lateral thigh calciphylaxis was proven by bx 10/16 presents
after hitting that thigh against his car door frame while getting out yesterday (11/20). The
wound started oozing and he now has a new bruise around it. No fall.

Exam: T 36.9, BP 142/88, pulse 90. L lateral thigh: the known 7x5cm eschar, edge cracked,
slow ooze, fresh 10x8cm ecchymosis surrounding the plaque. No expanding hematoma.
Labs: Hb 9.6 (his usual ~9.9), INR 2.8.

A/P: Minor trauma to an existing calciphylaxis wound with contusion. Hemostasis with
alginate + pressure dressing. INR therapeutic, no reversal needed. F/u derm and PD clinic.
"""),
("2018-12-04", "Nephrology PD Clinic Note", """
PD CLINIC - MONTHLY

L lateral thigh calciphylaxis (began early Oct, bx-proven 10/16); car-door injury over the
wound 11/20, ecchymosis resolving.
S: Pain 5/10. Cycler 5 exchanges overnight, no issues.
O: Wt 136 kg, BMI 40.6. BP 138/82. Exit site clean. L thigh eschar 7 x 5.5 cm, ecchymosis
yellow-green.
Labs: Ca/P/PTH 9.1/5.9/410, albumin 3.2. Kt/V (weekly) 2.0, CrCl 58 L/wk.

A/P: Warfarin changed to apixaban 5 mg BID (11/28, hematology agreed). He is in week 5 of thiosulfate
infusions (three a week). Continue lanthanum, cinacalcet. Knee-high stockings fine.
"""),
]}

A11 = {"patient_id": "A11", "age": 62, "sex": "F", "notes": [
("2024-03-05", "Wound Clinic Consult", """
WOUND & HYPERBARIC CENTER - NEW CONSULT

62F, HD for ESRD, insulin-requiring T2DM (she alternates R and L upper arms for her shots,
never the belly - "my stomach is too big and sore"), morbid obesity, bilateral leg lymphedema under care of the
Ashby lymphedema clinic (short-stretch wraps to both lower legs 3x/wk). No warfarin.

HPI: Since February 2024, a painful darkened area on the R lower belly beneath the pannus fold.
Denies any abdominal injury; nothing is injected there.

Exam: Wt 131 kg, BMI 46.5. R lower abdominal pannus: necrotic plaque 8x6cm, black
eschar, violaceous retiform border, surrounding induration. Moist fold, no purulence.
Legs under wraps: skin intact.

Procedure: punch x2 (4mm), border, for histology and calcium stain; hemostasis good.
Impression: suspected calciphylaxis of the pannus.
Plan: wicking fabric laid in the fold; bordered foam; nephrology informed; f/u 2 wks.
"""),
("2024-03-19", "Lymphedema Therapy Note", """
ASHBY LYMPHEDEMA CLINIC - TREATMENT NOTE, visit 14

S: Legs feel lighter. Belly wound very painful. Since the biopsy her daughter has laid warm
washcloths over the belly wound "to draw it out".

O: BLE: 1+ edema, wraps removed, skin intact, no blisters. Girth (R/L cm) calf 46.0/45.2,
ankle 27.1/26.8.
Abdomen: dressing on R lower pannus, not taken down by this writer.

Tx: MLD 30 min, neck and axillary pathways, bypassed the abdomen completely; legs rewrapped
toes to knee with short-stretch bandages and foam.

A: Leg lymphedema improving. Warm compresses on the abdominal wound are not advised.
P: Asked daughter to stop heat on the wound; wound clinic informed. Continue 3x/wk.
"""),
("2024-04-02", "Wound Clinic Follow-up", """
WOUND CENTER - FOLLOW UP

Bx 3/5: small calcified vessels within subcutaneous fat, thrombi, necrosis;
positive von Kossa. Calciphylaxis confirmed. Thiosulfate with dialysis begun by nephrology 3/12.

Exam: R lower abdominal pannus, 8.5x6.5cm, eschar peeling up along its rim, 30% slough.

Procedure: conservative sharp removal, loose eschar + slough (forceps, curette)
under topical lidocaine; bled very little. After: 8.5x6.5x0.4cm.
NPWT started at -100 mmHg continuous, foam in the wound, home health to change it 3x/wk.

A/P: R pannus calciphylaxis, improving. Continue STS, NPWT, no heat to the wound.
BMI 46.1. Insulin into arms continues. RTC 1 wk.
"""),
]}

A12 = {"patient_id": "A12", "age": 67, "sex": "M", "notes": [
("2019-05-07", "Lymphedema Clinic Initial Evaluation", """
LYMPHEDEMA CLINIC - INITIAL EVALUATION
Pinecrest Rehab, CLT: S. Nakamura, PT

67M referred for swelling of both legs after an admission where calciphylaxis of both calves was
biopsy-proven (bx 4/16/19, Pinecrest General). Hemodialysis for ESRD; T2DM - weekly semaglutide pen
(abdomen), no insulin. Obesity. No anticoagulants.

S: Ulcers began in March. He denies bumps, scratches, insect bites, burns or tight socks; has
never worn compression garments. Uses no heating pads.

O: BMI 35.5. BLE 2+ pitting to knees, Stemmer +. Bilateral posterior calves: eschar-covered
ulcers with violaceous rims (L 5x4cm; R 4x3cm); dressings by wound care.

A: Bilateral leg lymphedema, stage II, complicated by calciphylaxis ulcers.
P: No bandaging over the ulcers for now. Plan: custom garments once ulcers close; if the
pump is approved, start at 30 mmHg. Advised: no heating pads, no hot tubs, no tight socks.
MLD of the thighs/trunk 2x/wk.
"""),
("2019-06-18", "Nephrology HD Rounding Note", """
HD ROUNDS

Calciphylaxis of both calves (bx 4/16/19), on STS since April.
S: Less pain. Appetite ok. Lymphedema clinic doing MLD only, no wraps.
O: BP 150/84. Post wt 112.2 kg (EDW 112). L calf ulcer 4.5x3.5cm, R 3x2.5cm, granulating
edges.
Labs: Ca/P/PTH 9.0/5.4/455; albumin 3.5; A1c 7.0.
Meds: semaglutide 0.5 mg weekly SC, sevelamer, cinacalcet, amlodipine, STS 25 g 3x/wk.

A/P: Calciphylaxis, both legs, improving. Enoxaparin for DVT ppx was considered during the April
admission but never given. Continue STS to 6 mo. No insulin at this time.
"""),
("2019-08-13", "Wound Clinic Follow-up", """
WOUND CLINIC - FOLLOW UP

67M on HD with bilateral posterior calf calciphylaxis. Still recalls no injury.
Exam: L calf ulcer 3x2cm, R 1.5x1cm, clean granulation, no eschar. Periwound
hemosiderin, no livedo extension.
BMI 35.2.

Wound care today: cleansed with saline, periwound skin protectant, no debridement needed.
Pain 2/10, off oxycodone, acetaminophen only.

Plan: keep hydrofiber under foam; HD nurses change it after each run. Lymphedema clinic
may start light compression (tubular bandage) once the R ulcer closes; custom garments planned
for the fall. If any new ulcers develop, come in the same wk. RTC 3 wks.
"""),
]}

A13 = {"patient_id": "A13", "age": 59, "sex": "F", "notes": [
("2021-01-26", "Lymphedema Therapy Follow-up", """
LYMPHEDEMA THERAPY - FOLLOW UP
Tamsin Creek Cancer Rehab

59F with RLE lymphedema after R inguinal lymph node dissection in 2015 (melanoma R heel,
NED). Recurrent DVT - warfarin since 2017. Kidneys: CKD 3a, never dialyzed. No diabetes.
Obesity class II, BMI 37.2.

S: Wears R knee-high ccl 2 flat-knit garment daily, foam night garment below the knee.
Can't tolerate anything over the thigh - groin scar is tender.

O: R groin: well-healed 9 cm oblique scar. R thigh soft, no edema above the knee.
Girth (R/L cm): ankle 25.9/22.4, calf 43.0/38.1.

A: Stable below the knee in current garments.
P: Reorder knee-highs; HEP; f/u 4 mo.
"""),
("2021-03-09", "Dermatology Consult", """
DERMATOLOGY CONSULT

59F, CKD 3a, on warfarin, R leg lymphedema after R inguinal dissection (2015).
Since mid-February an exquisitely painful plaque, R upper inner thigh.

Exam: R proximal medial thigh, roughly a hand-breadth (12cm) distal to the inguinal scar: 6x4cm
violaceous retiform plaque, necrotic center. The groin incision itself is well healed and the skin
between the scar and the plaque is normal. L thigh, abdomen clear.

Procedure: deep punch (6mm), plaque border.
Impression: This plaque sits on the thigh; it neither involves nor touches the groin incision.
Differential: non-uremic calciphylaxis (warfarin-associated) / warfarin skin necrosis /
vasculitis. Bx sent.
"""),
("2021-03-30", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP

Bx 3/9 R medial thigh: small subcutaneous vessels calcified (von Kossa +), thrombi.
Dx: non-uremic calciphylaxis (CKD 3a, eGFR 52, on warfarin).

Exam: R proximal medial thigh eschar 6x4.5cm. Groin scar unchanged.
Labs: calcium 9.3, phosphorus 3.9, PTH 88; albumin 3.0; protein C and S activity normal.

A/P:
- Warfarin stopped; apixaban started with hematology (3/18)
- thiosulfate 25 grams IV thrice weekly, outpatient infusion
- Vitamin K 1 mg daily
- Wound: alginate + foam; continue R knee-high garment, nothing on the thigh
- BMI 36.9
"""),
]}

A14 = {"patient_id": "A14", "age": 60, "sex": "M", "notes": [
("2023-05-16", "Lymphedema Daily Treatment Note", """
CDT DAILY NOTE - Vernon Hills Lymphedema Clinic, visit 9

60M, bilateral leg lymphedema stage II; dialysis MWF for ESRD. No DM, no anticoagulation.

S: Pt says the wraps "rub behind my left calf" and the foam pad hurts the top of
the R foot.
O: On unwrapping: L posterior calf just below the bandage's upper edge - 1.2 cm intact serous
blister from friction, surrounding pink skin. R dorsal foot over the foam pad edge - 1x1cm
stage 2 pressure injury (device), shallow pink base. Abdomen not examined.
Girth (R/L cm): calf 45.2/46.0, ankle 27.4/27.9.

Tx: blister left intact and padded; pressure injury covered with thin foam; wraps reapplied
with a wider top turn and the foam pad trimmed and beveled.
A: Bandage-related friction blister L calf and small pressure injury R foot.
P: Recheck both daily.
"""),
("2023-06-06", "Dermatology Consult", """
DERMATOLOGY CONSULT

60M on HD; about 3 wks of painful darkening on the lower belly. Nothing injected there,
no binder, no heat, no tight belt.

Exam: pannus (lower abdomen), midline and L: two retiform purpuric plaques, black
eschar, 5x4cm and 3x3cm, firm, very tender.
L posterior calf: healing friction blister under the wrap edge. R dorsal foot: superficial
device-related pressure injury, re-epithelializing. Neither leg lesion has features of
calciphylaxis.

Procedure: 4mm punch x2, abdominal plaque edge.
Impression: I suspect pannus calciphylaxis; leg findings are bandage-related.
"""),
("2023-06-27", "Nephrology HD Rounding Note", """
HD ROUNDS - Vernon Hills Dialysis

Bx 6/6 (abdomen): arteriolar calcification in the subcutis (von Kossa positive) and thrombosis -
the lower abdominal pannus lesions are calciphylaxis.

O: BP 146/80. Post wt 95.1 kg, BMI 30.3. Abdomen: eschars unchanged. Legs wrapped.
Labs: Ca/P/PTH 9.7/7.0/1120; albumin 3.4.

A/P: abdominal calciphylaxis.
- thiosulfate 25 grams each treatment
- cinacalcet to 60; surgical referral for parathyroidectomy
- Wound care 2x/wk; lymphedema wraps may continue on the legs
- The leg blister and foot pressure injury have healed - they were never calciphylaxis
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
