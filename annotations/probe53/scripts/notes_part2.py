"""probe53 corpus notes, L08-L14 (dermatology outpatient and dermatopathology; all invented)."""

L08 = {"patient_id": "L08", "age": 52, "sex": "M", "notes": [
("2025-03-04", "Dermatology New Consult", """
DERM - NEW CONSULT
Referring: Dr Oksana Brevik, nephrology
52M security officer. ESRD (diabetic nephropathy) on HD Tu/Th/Sa. T2DM on insulin degludec + aspart, injects both upper arms. Class III obesity, BMI 41.0.
In November 2024 his employer issued new uniform trousers with a stiff heavy-duty duty belt; he wears them 12 h shifts and says the waistband "bites" into both sides above the hips, leaving deep red grooves each evening.
Painful lesions started on Valentine's Day (2/14/25) - his wife spotted dark purple marks on both flanks along the belt line.
Exam: bilateral lateral flanks at waistband level, R 9 x 3 cm and L 7 x 3 cm linear violaceous indurated plaques; the R one has 2 black eschars. Livedo extends onto the lower back. Arms: lipohypertrophic lumps where he injects, skin colour normal.
DDx: calciphylaxis (high suspicion) / pressure necrosis / cholesterol emboli (no recent cath).
Plan: telescoping punch from L flank plaque edge; stop wearing duty belt, loose waist garments; nephro aware.
"""),
("2025-03-11", "Dermatopathology Report", """
DERMATOPATHOLOGY
Received: "Left flank, punch biopsy (telescoping 6 -> 4 mm)"
Sections show a full-thickness dermis and generous subcutis. Within septal and lobular vessels there is medial calcium deposition, with occlusive thrombus in one arteriole. Calcium-encrusted adipocytes at the lobule edges; lipomembranous change. Stain for calcium (von Kossa) confirms the deposits. PAS negative for fungi.
FINAL DIAGNOSIS: L flank skin/subcutis with calciphylaxis.
"""),
("2025-04-08", "Dermatology Follow-up", """
Return visit. Bx-proven calciphylaxis, both flanks at waistband.
Back at work on light duty in elasticated trousers, no belt. Sodium thiosulfate 25g now given IV after each HD run. R flank eschars intact, L flank plaque softer.
Weight down 2 kg, BMI 40.4. Continue, RTC 1 month.
"""),
]}

L09 = {"patient_id": "L09", "age": 58, "sex": "F", "notes": [
("2018-09-05", "Dermatology Clinic Note", """
Dermatology clinic
58 y.o. woman on CCPD (ESRD from diabetic nephropathy), T2DM, glargine 40u at bedtime. She injects only into the right anterior thigh - "I've never once used the left leg, righty, it's just habit."
Presents with 4 wk of a very painful lump on the LEFT lateral thigh, now purple with a black centre.
Exam: 6x5cm indurated, violaceous plaque, L lateral thigh, central eschar 1.8 cm, retiform margin. R anterior thigh: lipohypertrophy at the injection site, no purpura or induration beyond it.
Left thigh: pt recalls no trauma, bite, heat source or pressure there.
104kg; BMI 38.2.
Ddx: calciphylaxis vs necrotising panniculitis. Biopsy today (deep incisional, L thigh).
"""),
("2018-09-12", "Dermatopathology Report", """
PATHOLOGY
Specimen: L lateral thigh, incisional, skin + fat.
Lobular panniculitis with fat necrosis; multiple small subcutaneous vessels show medial calcific deposits, von Kossa positive, and a recanalised thrombus. No vasculitis. Cultures (separate) no growth.
Diagnosis: Consistent with calciphylaxis.
"""),
("2018-10-17", "Dermatology Follow-up Letter", """
Dear PD team,
Ms Wilhelmina Asante-Groot returns with a slowly improving left thigh calciphylaxis ulcer (biopsy 12/09/2018). The eschar has softened and there is early granulation at the medial edge. Her right thigh insulin site remains entirely unaffected on examination today. She continues glargine there.
Thiosulfate via PD continues; please keep her phosphate binder non-calcium.
Kind regards, Dr Hamish Olutoye, Dermatology
"""),
]}

L10 = {"patient_id": "L10", "age": 81, "sex": "M", "notes": [
("2020-05-12", "Dermatology Consult", """
Derm consult (inpatient -> outpatient transition)
81M, ESRD, dialysed Tu/Th/Sa for six years; pAF - warfarin; no diabetes. BMI 24.3.
Painful ulcer R posterior calf, began 9 days ago as a tender purple spot. Son and pt both firmly deny any bump, fall, scratch, needle or warmth applied to that leg before it started - "it came out of nowhere".
Exam: R posterior calf: stellate ulcer 3.5x3cm capped by stuck-on black eschar, surrounding retiform purpura 8 cm. L leg intact.
Assessment: concern for calciphylaxis, warfarin-associated. ddx venous ulcer (atypical site/morphology), vasculitis.
Plan: 2 punches from purpuric border today.
"""),
("2020-05-19", "Dermatopathology Report", """
SKIN BIOPSY, RIGHT CALF (2 punches)
Micro: Arterioles of the lower dermis and subcutis are calcified, circumferential and von Kossa-positive, associated with intimal proliferation and microthrombi. Necrotic fat lobules. Negative for leukocytoclastic vasculitis.
DIAGNOSIS: Calciphylaxis.
"""),
("2020-06-02", "Dermatology Follow-up", """
F/U calciphylaxis R calf
Interval hx: on 20 May, nearly three weeks after the ulcer appeared, he slipped while getting off the commode and banged his right calf against the frame; a bruise spread up from the ulcer edge. No fracture on xray.
Exam: ulcer 4x3.5cm, ecchymosis resolving proximally, eschar intact.
Warfarin -> apixaban discussed, nephrology agreeable. STS ongoing.
"""),
]}

L11 = {"patient_id": "L11", "age": 49, "sex": "F", "notes": [
("2021-02-23", "Dermatology Clinic Letter", """
Dear Dr Kaczmarek-Ndlovu,
I saw Mrs Rosalind Vetch, 49, in the general dermatology clinic this morning. She has ESRD on haemodialysis via a tunnelled line, T2DM on insulin (injected into the abdomen in a circle about the navel), and morbid obesity, BMI 44.1.
For around 18 months she has used a microwaveable wheat bag against her lumbar spine nearly every evening. There is a reticulated brown-red network over the lumbosacral skin in keeping with erythema ab igne; no ulceration, plaque or tenderness there.
Her actual complaint is of extremely painful hard lumps high on both inner thighs, present for about 5 weeks, two of which have formed black scabs.
On examination there are multiple indurated purple plaques on the bilateral medial thighs, the largest (7cm, right side) bearing a 2cm eschar. Abdomen shows lipohypertrophy only.
I suspect calciphylaxis and took deep incisional tissue from the right medial thigh.
Yours sincerely, Dr Temperance Aboderin
"""),
("2021-03-02", "Dermatopathology Report", """
DERMATOPATHOLOGY REPORT
R medial thigh, incisional:
- Subcutaneous adipose tissue with widespread necrosis.
- Mural calcium in small vessels (VK+), fibrin thrombi; pericapillary calcification.
- Dermis: ischaemic changes, no vasculitis.
Dx: Calciphylaxis involving subcutis of the right medial thigh.
"""),
("2021-03-30", "Dermatology Follow-up", """
Follow-up: calciphylaxis b/l medial thighs (bx-proven).
Lumbar erythema ab igne unchanged, no breakdown; advised to stop the wheat bag anyway. Insulin continues in abdomen - skin there unremarkable.
Thigh plaques: L side new small eschar. STS started, parathyroidectomy referral.
BMI 43.6.
"""),
]}

L12 = {"patient_id": "L12", "age": 68, "sex": "F", "notes": [
("2021-11-16", "Dermatology Consult", """
DERMATOLOGY CONSULT
68F on PD (CCPD), ESRD from hypertensive nephrosclerosis; T2DM on sitagliptin; AF on warfarin. BMI 31.5.
A painful dark patch appeared on the left buttock on or about 5 November. Pt denies sitting on anything hard, falls, injections into the buttock, heat pads or ice before it began.
Exam: L buttock, upper outer quadrant: 5x4cm purpuric stellate plaque with thin central necrosis; livedo at the periphery. R buttock clear. Sacrum intact.
Ddx: calciphylaxis; warfarin necrosis; pressure injury (not at a pressure point).
Plan: punch bx x2 today; nephro re: anticoagulation.
"""),
("2021-11-23", "Dermatopathology Report", """
Specimen: L buttock, punch biopsies x 2.
Microscopic: Subcutaneous arterioles show calcified media on von Kossa, with thrombosis and extensive adipocyte necrosis. No vasculitis, no microorganisms.
Diagnosis: calciphylaxis.
"""),
("2021-12-14", "Dermatology Follow-up", """
Follow-up - calciphylaxis L buttock.
Since the biopsy the pt has been laying an ice bag over the plaque for 10 min at a time when the pain flares ("nothing else touches the pain"); advised against - cold may worsen ischaemia. Punch sites from 11/16 sutured, healing.
Wound RN sharp debrided the eschar in clinic today; hydrocolloid + paper tape changed every 3 days. Plaque unchanged in size.
Warfarin switched to apixaban 12/1.
"""),
("2022-02-08", "Dermatology Follow-up", """
DERM F/U
Interval: two episodes of PD peritonitis in January -> Tenckhoff taken out; she dialyses in-centre 3x/wk (M-W-F) using a tunnelled R internal jugular line.
L buttock ulcer: 4 x 3 cm, clean base, no new necrosis. Dressings continue. STS given with HD.
BMI 30.8.
"""),
]}

L13 = {"patient_id": "L13", "age": 55, "sex": "F", "notes": [
("2023-03-07", "Dermatology Clinic Note", """
Derm clinic - pannus lesion
55F, ESRD on HD (MWF), BMI 47.3. Prediabetes (HbA1c 6.1%), diet only, not on insulin or any injectable. Not on anticoagulation.
4 wk history of a rock-hard exquisitely painful area in the lower abdominal fold (pannus), now with black areas.
Specifically asked: never had any injection in the abdomen; never uses hot/cold packs; no tight belts/girdles/shapewear (wears loose dresses), no scratches or insect bites. No surgery on the abdomen.
Exam: central and R infraumbilical pannus - 10x6cm indurated violaceous plaque with 3 necrotic eschars and retiform livedo.
Imp: calciphylaxis, clinically obvious. Biopsy to confirm.
"""),
("2023-03-14", "Dermatopathology Report", """
DERMATOPATHOLOGY
Abdominal pannus, 8 mm punch:
Calcium deposits line many small- and medium-calibre vessels of the subcutis (von Kossa positive), thrombi, and lobular fat necrosis with peri-adipocytic calcium.
Diagnosis: calciphylaxis.
"""),
("2023-04-11", "Dermatology Follow-up", """
Follow-up calciphylaxis pannus.
She will be admitted next week for parathyroidectomy. Discussed with surgical team: if SC heparin prophylaxis is needed, the arms should be used, never the pannus. Counselled again: avoid abdominal binders, tight waistbands, heat and ice to the area, and any future injections into the pannus.
Lesion: eschars stable, no infection.
"""),
]}

L14 = {"patient_id": "L14", "age": 84, "sex": "M", "notes": [
("2024-01-30", "Dermatology Consult", """
Dermatology consult - St Aldric's care home visit
84M, ESRD on haemodialysis, not diabetic, warfarin 2016-17 after a DVT (since stopped). BMI 20.8, frail.
Three problems:
1. Both thighs: painful violaceous indurated plaques on the anterior thighs bilaterally, present ~3 wk, the left with a 1 cm black crust. No injections, heat, knocks or pressure devices involving the thighs per staff and pt.
2. R dorsal forearm: flap skin tear after a fall against a door handle on 12/01/2024, steristripped; now has a dark dried edge.
3. L heel: pressure injury, stage 2, caused by a rigid post-op boot worn since December.
Imp: (1) calciphylaxis suspected; (2) and (3) look like ordinary trauma wounds, but given (1) will sample.
Plan: punch biopsies from R thigh and from R forearm wound edge.
"""),
("2024-02-06", "Dermatopathology Report", """
Part A: Right anterior thigh, punch - in the subcutis the arterioles have calcified walls (VK+) and thrombi, and the fat is necrotic. CALCIPHYLAXIS.
Part B: Right forearm, skin tear edge - dermal haemorrhage, granulation tissue and crust, solar elastosis. No vascular calcification, no fat necrosis. Healing traumatic wound; no evidence of calciphylaxis.
"""),
("2024-02-27", "Dermatology Follow-up", """
F/u at care home.
Calciphylaxis of both anterior thighs (bx-proven) - L crust unchanged, R plaque softer. On STS with dialysis.
R forearm skin tear: healed. L heel pressure injury: offloaded with a softer boot, epithelialising - clinically a routine pressure ulcer, not calciphylaxis; no biopsy needed.
"""),
]}

PATIENTS = [L08, L09, L10, L11, L12, L13, L14]
