"""probe17 corpus notes, C08-C14 (wound-care clinic and home-health wound documentation; all invented)."""

C08 = {"patient_id": "C08", "age": 49, "sex": "F", "notes": [
("2025-05-20", "PCP Referral Letter", """
Fairmount Family Medicine
May 20, 2025

Referral: Outpatient Wound Center, St. Bride's

Patient: Ms. Yolanda Pereira-Quist, 49
Reason: non-healing painful wound beneath the left breast

Dear Dr. Halvorsen,
Ms. Pereira-Quist has type 1 diabetes (insulin pump; she sites the cannula on her abdomen) and ESRD, on peritoneal dialysis at home since 2022. Not anticoagulated.

In early March she bought several new underwire bras, and she tells me the wire on the left side "dug in all day." About 6 weeks ago a very tender violaceous patch formed exactly along that wire line in the left inframammary fold; it has since developed a black center and opened. She stopped wearing underwire about 2 weeks ago.

Exam today: a 3 by 1.5 cm black-crusted ulcer in the L inframammary crease, surrounded by purple net-like discoloration. R side normal. BMI 27.3.

Given her ESRD, I'm concerned about calciphylaxis. Would appreciate assessment and biopsy.

Sincerely,
Rafaela Domingo-Hart, MD
"""),
("2025-05-27", "Wound Center New Patient", """
St. Bride's Wound Center - initial

49F, T1DM on pump, ESRD on PD (CCPD), BMI 27.3.
Referred for L inframammary ulcer. Onset ~4/8/25 along the underwire track of a bra worn daily since early March.

L breast, inframammary fold, lateral half
  3.4 by 1.6 by 0.2 cm
  bed: 80% eschar / 20% slough
  exudate: small, serous; slight maceration from fold moisture
  periwound: livedoid purple, firm plaque-like induration 2 cm around
  pain: 8/10, constant, worse w/ arm movement
Pump site R lower abdomen: clean. Old infusion sites: tiny scars only.

Impression: likely calciphylaxis where the bra wire pressed day after day. Ddx: intertrigo with secondary necrosis (unlikely), pressure injury.
Procedure: punch biopsy x1 from purpuric edge.
Orders: soft silicone contact layer + absorbent foam, wicking fabric in the fold, soft non-wired bra only.
"""),
("2025-06-03", "Dermatopathology Report", """
L inframammary skin, punch:
Calcium deposition within walls of small subcutaneous vessels, intraluminal thrombi, and fat necrosis with calcification. Von Kossa positive.
Diagnosis: CALCIPHYLAXIS.
"""),
("2025-06-24", "Wound Center Follow-up", """
Wound Center f/u - calciphylaxis L inframammary fold (bx 6/3)

Interval: PD catheter malfunction -> transitioned to in-center hemodialysis 6/10 via R IJ tunneled cath. STS now given with HD.

Serial:
 5/20 (PCP)  3.0 by 1.5
 5/27        3.4 by 1.6 by 0.2
 6/24        3.1 by 1.4 by 0.2
Bed 50% eschar, 40% slough, 10% granulation. Exudate small. Periwound: purpura softening.
Pain 5/10.
Plan: continue current dressing; wicking textile; HH dressing changes 3x weekly.
"""),
]}

C09 = {"patient_id": "C09", "age": 70, "sex": "M", "notes": [
("2018-02-06", "Wound Clinic Initial Visit", """
WOUND CLINIC NOTE - 02/06/2018
70 y/o M, dialyzes Tue/Thu/Sat (ESRD), T2DM - glargine + aspart. Obese, BMI 33.1. Not on warfarin.

Insulin technique reviewed in detail: patient injects only into his RIGHT anterior thigh, rotating within that thigh, for years. Left leg and abdomen: never used ("my left hand's no good since the stroke, so I go right").

Wound: L posterior thigh, proximal third
  Onset: 1/20/18 as painful purple patch, ulcerated in about a week
  L5.2 W4.0 D0.4 cm
  Bed: 70% black eschar, 30% slough
  Exudate: moderate serous
  Periwound: extensive livedo reticularis extending to popliteal fossa; indurated
  Pain: 9/10
R anterior thigh (insulin area): mild lipohypertrophy, no discoloration, no ulcer.
Denies falls, heat or ice, or pressure from chair edge on the left (uses a gel cushion).
Imp: suspect calciphylaxis. Punch bx today.
"""),
("2018-02-13", "Pathology Report", """
Specimen: Skin, left posterior thigh, punch
Diagnosis: Calciphylaxis - calcified and thrombosed subcutaneous arterioles with adjacent fat necrosis.
"""),
("2018-03-06", "Wound Clinic Follow-up", """
WOUND CLINIC f/u
Calciphylaxis L posterior thigh (path 2/13). STS started with HD 2/17.
Serial L post thigh: 2/06 L5.2 W4.0 D0.4 -> today L5.0 W4.1 D0.5.
Bed 60% eschar / 40% slough. Mod exudate. Pain 8/10.
Sharp debridement of loose slough done today at bedside after topical lidocaine; tolerated.
R thigh re-checked: still intact.
Dressing: silver hydrofiber + foam, change 3x/wk.
"""),
]}

C10 = {"patient_id": "C10", "age": 66, "sex": "F", "notes": [
("2022-09-13", "Home Health Wound Assessment", """
Home Health - Wound Assessment

66 y/o F on in-center HD (MWF), long-term warfarin for AF, obesity (BMI 41.0), no diabetes.
Pt uses reusable gel ice packs on BOTH shoulders for rotator cuff pain, "every afternoon since Easter." No cold applied to legs.

Wounds: bilateral posterior calves, each began ~3 weeks ago as exquisitely tender purple plaques
  #1 L calf: 4.1cm x 3.0cm x 0.2cm, eschar 80%, exudate scant, periwound livedo, pain 9/10
  #2 R calf: 2.5cm x 2.2cm x 0.1cm, eschar 100%, dry, periwound livedo, pain 8/10
Shoulders: skin intact bilat, no discoloration.
Legs: trace edema, no compression in use.
Photos taken of both calves.
Plan: wound clinic referral.
"""),
("2022-09-20", "Wound Clinic Evaluation", """
Wound clinic eval

66F, ESRD on HD, warfarin, BMI 41. Bilateral calf necrotic ulcers, onset late August.

Exam: posterior calves bilat with eschar-covered ulcers surrounded by retiform purpura, woody induration of the subcutaneous tissue. Shoulders normal. Pulses palpable.

Assessment: clinical diagnosis of calciphylaxis (classic: HD, warfarin, obesity, painful retiform purpura with necrosis). Pt declines biopsy after discussion of risk of a new non-healing wound; team agrees to treat as calciphylaxis.
Plan:
 * STS with HD (renal aware)
 * Warfarin -> apixaban (cardiology consulted)
 * Dressings: hydrogel + foam, change q2 days
 * Ice packs to shoulders OK, keep off legs
"""),
("2022-10-18", "Wound Clinic Follow-up", """
Wound clinic follow up, calciphylaxis BLE calves

L calf 4.3cm x 3.1cm x 0.2cm / R calf 2.4cm x 2.0cm x 0.1cm
Eschar softening at edges, no infection signs. Pain 6/10.
Off warfarin since 9/27. On STS.
Continue plan. RTC 4 wks.
"""),
]}

C11 = {"patient_id": "C11", "age": 58, "sex": "M", "notes": [
("2022-08-09", "Wound Clinic Initial Assessment", """
INITIAL WOUND ASSESSMENT

58M, ESRD on PD x2 years; DM2 on basal insulin, injects into abdomen only. Wt 92 kg, ht 175.4 cm, BMI 29.9 - PCP lists him as overweight, not obese. Not anticoagulated.

Chief complaint: painful spot L lateral calf, started 08/01/2022 "out of nowhere." Pt specifically denies any injury, bump, scratch, insect bite, or hot/cold application on the L leg prior to onset. Does not wear compression.

Location: L lateral calf, mid
Etiology: atypical ulcer, calciphylaxis suspected
Size: 20x17x1 mm
Wound bed: 60% purple-black, 40% eschar
Exudate: none
Periwound: retiform purpura 5 cm diameter
Pain: 8/10

Plan: punch bx at the margin. Protective dressing (silicone foam). Abdomen checked - injection sites unremarkable.
"""),
("2022-08-16", "Pathology", """
Skin, L lateral calf:
Calcific uremic arteriolopathy (calciphylaxis): arterioles with medial calcium and thrombi, calcifying panniculitis.
"""),
("2022-08-23", "Home Health Wound Visit", """
HH SN visit

Pt reports that on 8/20 the footplate of his wheelchair struck his L calf during a transfer, right on top of the dressing; the dressing was torn and there was some bleeding from the edge of the existing wound.

L lateral calf (calciphylaxis, bx 8/16):
  26x21x2 mm (up from 20x17 mm on 8/9)
  New 1 cm superficial abrasion at inferior edge from the footplate
  Bed: 70% eschar, 30% red, scant bleeding at edge
  Exudate small serosanguinous
  Periwound: purpura unchanged
  Pain 9/10
Footplate padded; transfer training referral to PT.
Dressing re-applied: contact layer + foam.
"""),
]}

C12 = {"patient_id": "C12", "age": 74, "sex": "F", "notes": [
("2023-04-11", "Wound Care Center Visit", """
Wound Care Center - new consult
74 F, ESRD on HD, no diabetes, warfarin for recurrent DVT. BMI 32.5.

Left medial thigh: painful purplish lump noticed 3/28/23; it rapidly became necrotic.
  3.9 by 3.5 by 0.2 cm, 85% eschar
  exudate scant
  periwound: stellate retiform purpura
  pain 10/10
Pt tried an ice pack on it "to numb it" for the last few days, which she says helps a little. Reviewed that cold should not be used on it.
No injury before onset, no injections in thighs (no insulin; her flu shot was in the deltoid in Oct), no heating devices.

Procedure today: margin of the L medial thigh lesion sampled, 4 mm punch.
Dressing order: calcium alginate + bordered foam, change q48h.
"""),
("2023-04-18", "Pathology Report", """
L medial thigh, punch:
Calciphylaxis. Subcutaneous arteriolar calcification and thrombosis; septal and lobular calcifying panniculitis.
"""),
("2023-05-16", "Wound Care Center Follow-up / Procedure Note", """
Wound Care Center - follow-up with procedure

Dx: calciphylaxis of the L medial thigh, confirmed on path 4/18. Warfarin stopped 4/20, switched to apixaban. STS with HD since 4/22.

Pre-debridement: 4.6 by 4.0 by 0.4 cm, 60% eschar / 40% slough, mod exudate.
Procedure: selective sharp debridement of non-viable eschar and slough with curette after topical lidocaine; moderate bleeding controlled with pressure.
Post-debridement: 4.8 by 4.2 by 0.6 cm, 30% red granulation.
Negative pressure wound therapy applied at -100 mmHg, continuous; drape secured with hydrocolloid strips; pt noted skin stripping from previous tape at superior margin - barrier film applied.
Pain 7/10 post-procedure.
NPWT changes 3x/wk by HH.
"""),
]}

C13 = {"patient_id": "C13", "age": 63, "sex": "M", "notes": [
("2018-07-10", "Home Health Wound Admission", """
HOME HEALTH WOUND ADMISSION
63 y/o M. Dx: ESRD, dialyzes through a L arm fistula; type 2 DM managed with diet and linagliptin (no insulin - pt reiterates he has "never had to take shots"); obese (no current weight, unable to stand on scale).

Periumbilical wound x 2 wks:
  Location: abdomen, just L of umbilicus on the pannus
  Size: L6.0 W4.5 D0.3 cm
  Bed: 90% black eschar
  Exudate: small, serous
  Periwound: purple reticulated discoloration, indurated
  Pain: 10/10

Pt and wife deny heating pads, hot water bottles, ice, belts or tight waistbands ("he only wears sweatpants"), any fall, bump or scratch at the site. No recent injections of any kind - no heparin, no vaccines this year.
"""),
("2018-07-17", "Wound Clinic Consult", """
Wound Clinic Consult

63M on HD, diet-controlled DM2, obese.
L periumbilical necrotic ulcer with surrounding retiform purpura; no inciting trauma identified (injections, heat, pressure denied).
Size today L6.4 W4.6 D0.3 cm.

Biopsy: 6 mm punch, purpuric edge.
Assessment: presumed calciphylaxis.
Plan:
 - If he is admitted, SQ heparin prophylaxis should be given in the thighs, not the abdomen
 - Should insulin ever be needed, teach to avoid abdomen
 - Alginate + foam daily; consider NPWT after bx result
"""),
("2018-07-24", "Pathology / Wound Clinic Addendum", """
Path (7/17 punch, L periumbilical abdomen): calciphylaxis; calcified small vessels, thrombosis, necrotic fat (von Kossa stain +).

Addendum: diagnosis communicated to pt and renal team. Pt asks whether the wound came from something he did - told no clear trigger was found.
"""),
]}

C14 = {"patient_id": "C14", "age": 80, "sex": "F", "notes": [
("2021-02-02", "Home Health Wound Visit", """
HH Wound Visit
80 y/o F, bedbound most of day since hip fx in fall 2020. Hemodialysis dependent. Insulin-treated DM2 (daughter gives it in the abdomen). BMI 22.0. No anticoagulants.

Wound A - sacrococcygeal
  Stage 3 pressure injury, present since December (hospital-acquired)
  3.0cm x 2.5cm x 0.6cm, 80% red granulation, 20% yellow slough
  moderate serous exudate; periwound intact, blanchable erythema
  pain 3/10
Wound B - R dorsal forearm
  skin tear from the wheelchair armrest 1/28, flap approximated, 2.0cm x 1.2cm
Wound C - bilateral anterior thighs, several new exquisitely painful violaceous plaques with central black crust (largest R 3.5cm x 2.0cm, L 2.0cm x 1.5cm), onset ~10 days ago
  pain 9/10
Daughter reports no injury to thighs, no heat/cold, no injections into thighs.
Photos x3.
Notified PCP; requesting wound clinic.
"""),
("2021-02-09", "Wound Clinic Evaluation", """
Wound clinic

80F HD pt with three separate problems:
1. Sacral stage 3 pressure injury (from prolonged bedrest) - granulating, not calciphylaxis in appearance (no purpura, no eschar). Continue foam + offloading; turn every 2 hrs, low-air-loss surface.
2. R forearm skin tear - healing, steri-strips.
3. Bilateral anterior thigh necrotic plaques with retiform purpura - calciphylaxis is the leading concern. Punch bx R thigh obtained.

Counselling: explained to daughter that patients on dialysis are at risk of new calciphylaxis lesions at sites of injury - avoid heating pads, ice packs and tight clothing, and keep insulin injections in the abdomen, rotating.
"""),
("2021-02-16", "Pathology + Wound Clinic Phone Note", """
Path R anterior thigh: calciphylaxis (calcium in subcutaneous arteriole walls, thrombi, necrotic fat).
Sacral wound culture from HH: mixed skin flora.

Phoned daughter: diagnosis of calciphylaxis of both thighs confirmed; sacral pressure injury is a separate wound and is improving (2.6cm x 2.1cm x 0.4cm per HH yesterday).
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
