"""probe268 corpus notes, S01-S07 (dermatology nurse-led phototherapy and laser unit and the
clinics around it; all people, places and wording invented)."""

S01 = {"patient_id": "S01", "age": 63, "sex": "F", "notes": [
("2023-01-16", "Phototherapy Nursing Assessment", """
PHOTOTHERAPY UNIT - NURSE-LED ASSESSMENT (NB-UVB)      2023-01-16
Harrowfield Dermatology, Ward 9 annexe.  Assessed by SN P. Okonjo

Ref from Dr Adair: uraemic pruritus, itch 8/10, kept awake most nights. Emollients and a
sertraline trial did little.
PMHx: ESKD (diabetic nephropathy) - haemodialysis Tue/Thu/Sat at Wrenhill satellite unit.
T2DM on insulin (Lantus 30u at night, NovoRapid with meals). HTN. No anticoagulants.
Insulin technique: both thighs used for years, now lumpy - so since early Nov 2022
every dose goes in L of the umbilicus, lower tummy, nowhere else.
O/E: skin type III. Linear excoriations on both forearms. Abdomen intact, no marks.
Wt 94.1kg  Ht 161cm  BMI 36.3
Plan: MED test Wed. NB-UVB x3/wk on her off-dialysis days (M/W/F), going up
10% a time as tolerated. Eye protection explained, written info + consent signed.
"""),
("2023-03-20", "NB-UVB Treatment Log", """
NB-UVB TREATMENT RECORD   Tx #26   Mon 20/03/2023   cabinet 2
Goggles on, face visor.  Previous dose 1010 mJ/cm2 on Fri - nil erythema.

Pre-tx check: pt c/o v. painful "purple patch", L lower abdo - first noticed Sat
18/03 in the evening after dialysis. O/E ~5 x 3 cm violaceous lacy patch with a dusky
centre, firm and exquisitley tender, L lower quadrant - precisely where she has been
putting her insulin pen in. Afebrile 36.9. Itch much better now (3/10).
Tx WITHHELD today. Photos taken for the record. Discussed with Dr Adair by phone, to be
seen in his Fri clinic. Pt to ring the dialysis unit today should the redness
spread or a temperature develop. Insulin - to ask DSN where to inject meanwhile.
SN R. Delahunty
"""),
("2023-03-24", "Dermatology Consultant Clinic", """
Dermatology clinic - Dr Fenwick Adair, consultant       24 March 2023
63F, ESKD on HD, insulin-treated T2DM, sent up from the phototherapy unit.

Hx: painful lesion L lower abdomen since 18 March, getting darker. She has injected her
Lantus and NovoRapid into exactly this spot since November.
O/E: 6x4cm retiform purpura, eschar (black) in its centre, L infraumbilical abdomen,
livedo racemosa around it. HD unit bloods - PTH 68 pmol/L, phosphate 2.30, adj Ca 2.41.
Deep incisional biopsy today under LA, 2 sutures.
Imp: clinical diagnosis - calciphylaxis (calcific uraemic arteriolopathy), developing
where she injects her insulin. Histology to follow.
Plan: NB-UVB on hold. Insulin to go into the outer upper arms from now on, DSN informed.
Letter to renal team re IV sodium thiosulfate on dialysis, and stopping her Ca-based
binder. TVN for wound care. BMI 35.8 today.
"""),
]}

S02 = {"patient_id": "S02", "age": 58, "sex": "M", "notes": [
("2024-06-10", "Patch Test Clinic - Application (D0)", """
PATCH TEST CLINIC - DAY 0        10 June 2024        CNS Maeve Tullis

Indication: chronic hand dermatitis x 18 months, ?allergic contact. Works at a garden
centre, wears rubber gloves most of the day.
PMHx: ESRF (IgA nephropathy), on peritoneal dialysis - APD overnight since 2021.
Warfarinised for AF, last INR 2.6. Not diabetic. Gout.
Back inspected: clear, no active eczema, no steroid applied there in last 2/52, no
recent sunbed.
Applied today: BCDS baseline (60 allergens), rubber additives, plant series. Finn
chambers on Scanpor tape - 6 strips on upper back, 3 each side of spine,
positions marked with skin pen.
Wt 101 kg, BMI 31.4.
Advised: keep back dry, avoid heavy lifting / sweating, no showering until after the
final reading. Back Wed for removal and D2 read, then Fri for D4.
"""),
("2024-06-14", "Patch Test Readings D2/D4", """
Patch test readings (ICDRG)  - M. Tullis

D2, Wed 12/06/24: strips off. Marked erythema along the tape edges over the R upper back,
pt says the tape "itched like mad" on Tuesday night. Thiuram mix +, all else neg.
D4, Fri 14/06/24: thiuram mix ++, carba mix +, colophonium ?+ (doubtful).
Tape irritation R upper back fading, skin intact, no blisters or erosions.
Relevance: current - rubber accelerators in his work gloves. Thiuram leaflet given,
list of accelerator-free nitrile gloves, letter to occupational health.
Emollient + potent TS to hands BD x2/52, then weekends only.
F/u in derm clinic 3 months. Copy to GP and to the PD team, who had asked to be kept
informed.
"""),
("2024-07-08", "Dermatology Consultant Clinic", """
Consultant Dermatology Clinic - Dr Ilse Marrow - 08/07/2024
58M, ESRF on APD, warfarin for AF. Seen urgently, referred by the PD nurses.

Hx: very painful area on R upper back - started ~a fortnight ago, tender red lump
at first, has turned dark. It sits right where his patch test strips
were stuck on last month.
O/E: 4x3.5cm indurated violaceous plaque, eschar centrally, R upper back medial to
the scapula; faint skin-pen marks from the patch testing still visible at its edge.
Biopsy (taken by duty registrar 1 Jul): subcut arteriolar calcification, intimal
hyperplasia, thrombi = calciphylaxis.
Imp: calciphylaxis R upper back at the patch test tape site.
Plan: warfarin stopped today -> apixaban (cardiology agree). Renal to commence
STS. Analgesia review. Dressing: non-adherent, secured without any adhesive tape.
"""),
]}

S03 = {"patient_id": "S03", "age": 79, "sex": "F", "notes": [
("2022-01-12", "Cryotherapy List", """
NURSE-LED CRYOTHERAPY LIST       12-Jan-2022       SN D. Farrow
Pt 3 of 9.  79F, ESKD - dialyses Mon/Wed/Fri, came by hospital transport.
Verbal consent. Liquid nitrogen, open spray:
 - AK L temple .................. 1 FTC 5 s
 - AK x2 R frontal scalp ......... 1 FTC 5 s each
 - AK dorsum R hand over 2nd MCP .. 1 FTC 8 s
Aftercare leaflet given, may blister, vaseline if crusty.
Also: she asked about "marks" on her legs. When she took her socks off: red-brown
reticulate netting on both shins. Admits a hot water bottle has been tucked against
her lower legs every night in bed, ever since the autumn - cold feet.
Skin unbroken, no ulcer, not tender.
Explained this is heat damage (erythema ab igne); advised to stop and use bed socks
instead. Letter to GP.
"""),
("2022-02-16", "Dermatology Consultant Clinic", """
Dermatology consultant clinic - Dr F. Adair         16 Feb 2022
79 yo woman on haemodialysis, urgent slot requested by the cryo nurses.

Painful wound on the L leg since early February, pain keeps her awake. Hot water
bottle still in use "now and then" despite advice.
O/E: 3.5x2cm ulcer, black adherent eschar, L lateral calf, rim of violaceous
livedo, sitting within the erythema ab igne network. The AK sites from January healed.
Foot pulses palpable, ABPI 1.0 L.
Biopsy (registrar, 09/02/2022) reported: medial calcification + thrombosis in small
dermal/subcut vessels, fat necrosis. Diagnostic: calciphylaxis.
Imp: calciphylaxis L calf, arising on heat-damaged skin where she rests the
hot water bottle.
Plan: she agrees the hot water bottle must go. Renal team informed; tissue viability
referral; pain team.
"""),
("2022-03-02", "Haemodialysis Unit - Nephrology Review", """
HD unit review, Wrenhill - Dr T. Keane, nephrology

Problem: calciphylaxis L calf (biopsy Feb 2022).
Now on STS 12.5g IV after each session 3x/wk - some nausea, otherwise OK.
Calcium carbonate stopped, switched to sevelamer 800mg TDS. Dialysate Ca lowered to
1.25. Cinacalcet 30mg OD.
Dry weight 61.5 kg, BMI 24.0. Not diabetic.
Anticoagulation: none. She was on warfarin 2015-2016 for a provoked DVT, stopped and
never restarted - keep it that way.
Wound: TVN dressing twice weekly, eschar stable, less exudate. Pain 5/10 on oxycodone
low dose (renal dosing).
Plan: repeat Ca/PO4/PTH in 2 wks, continue STS for at least 3 months.
"""),
]}

S04 = {"patient_id": "S04", "age": 71, "sex": "M", "notes": [
("2020-10-19", "NB-UVB Treatment Log", """
NB-UVB  course 2 (uraemic pruritus)   Tx 9    19.10.2020
Skin type II. Last dose (Fri) 520 mJ/cm2 - no erythema, no soreness.
Today 570 mJ/cm2. Goggles + genital shield. Tolerated.

Chat: ESKD on HD 3x weekly (Wrenhill), T2DM on linagliptin only, warfarin for his
metal mitral valve, INR stable.
He had his 2nd Shingrix jab into the R upper arm at the GP surgery last Weds
(14/10/2020); arm was sore for 2 days, now settled. Looked: upper arm skin normal, no
redness or lump.
Itch score 5/10 (was 8). Next Tx Wed.
SN P. Okonjo
"""),
("2020-11-16", "NB-UVB Treatment Log", """
NB-UVB   Tx 15 - NOT GIVEN     16.11.2020

Pre-treatment check: tender mottled purple area on outer R upper arm, halfway to the elbow,
approx 4 cm, firm centre with a darker spot. Appeared, he says, on Bonfire Night and
has been getting darker and more painful; cannot lie on his R side.
Same arm as the shingles vaccine last month.
Obs: T 36.7, HR 78.
Not treated today. Discussed with Dr Marrow - phototherapy on hold, she will see him
in clinic Friday, and biopsy in the morning via minor ops.
Advised paracetamol, keep the arm uncovered in the cabinet - N/A now as Tx stopped.
SN Okonjo
"""),
("2020-11-20", "Dermatology Consultant Clinic", """
Dermatology clinic, Dr I. Marrow                      20 November 2020
71M, ESKD on HD, diabetic (tablets only), anticoagulated with warfarin (mechanical MVR).

R upper arm lesion since 5th November, onset three weeks after his recombinant zoster
vaccine into that arm on 14 Oct 2020.
O/E: 5x4cm violaceous retiform plaque, necrosis starting centrally, R lateral upper arm.
Incisional biopsy 17/11/2020: mural calcium in subcut vessels + thrombus.
Calciphylaxis confirmed.
Imp: calciphylaxis at the vaccine injection site, R upper arm.
Plan: renal to start IV STS. Cardiology asked re warfarin - they advise continuing
given the valve, will review. 84kg, BMI 28.4 (29.1 in September).
"""),
]}

S05 = {"patient_id": "S05", "age": 52, "sex": "F", "notes": [
("2023-03-08", "Phototherapy Pre-Treatment Skin Check", """
PRE-COURSE SKIN CHECK - NB-UVB (psoriasis)      8th March 2023
PASI 11.2, DLQI 14. Plaques both elbows, both knees, scalp margin.
PMHx: ESKD (lupus nephritis) on haemodialysis, T2DM on insulin - it goes into both
anterior thighs. Not on warfarin. Photosensitising drugs: none (HCQ stopped).
Waist: a deep red, grooved band all the way round the waist, most marked over both
flanks, from a firm control girdle she wears all day since starting a reception job in
January. Skin unbroken.
Advised a looser garment - she is reluctant ("it holds me in").
118kg / BMI 41.2.
Plan: start 3x/wk from Mon, MED-based dosing. Cover the thighs? - no, not needed.
SN D. Farrow
"""),
("2023-05-03", "Nephrology Clinic Letter", """
Renal outpatients - Dr T. Keane                    03/05/2023
Dear Dr Ashgrove,
Mrs ... came to clinic today. Since early April she has noticed sore, darkening
areas at the waist, R and L, exactly where her control girdle sits; she still wears it.
On examination there are purple, net-like, tender patches over the R and L flanks with
a hard centre on the left. Her phosphate has been poorly controlled (2.6) and PTH is
high. I am concerned about calciphylaxis; Dr Adair's team will biopsy within
the week. Please do not prescribe calcium or vitamin D for now.
She dialyses Mon/Wed/Fri. Her insulin remains as before.
Yours sincerely, T Keane
"""),
("2023-05-10", "Dermatology Consultant Clinic", """
Dermatology - Dr F. Adair, consultant             10 May 2023
52F, ESKD on HD, insulin-treated T2DM, BMI 41.2. Seen at renal request.

Bilateral flank plaques since early April. O/E: L flank - 7x3cm necrotic plaque +
eschar; R flank - 5x2cm violaceous indurated plaque, livedo. Both lie along the
line of her control garment's waistband.
Deep incisional biopsy L flank today; frozen section discussed with path: vessel
calcification, consistent.
Imp: calciphylaxis, both flanks, along the pressure band of the girdle.
Plan: stop wearing the girdle (loose clothing only). Renal: STS three times a week,
binder change. NB-UVB for her psoriasis suspended. Pain team.
"""),
]}

S06 = {"patient_id": "S06", "age": 66, "sex": "M", "notes": [
("2021-08-04", "Phototherapy Nursing Assessment", """
NB-UVB assessment - uraemic itch        4 Aug 2021        SN R. Delahunty

66 yo man, ESRF on home haemodialysis 5 short sessions/week. Itch 9/10 worst at night.
Not diabetic (HbA1c 38). Never anticoagulated. Takes gabapentin 100 mg post-HD.
O/E: lichenified skin and deep linear scratch marks on the L anterior thigh - he
scratches this spot with the back of a hairbrush most nights, since June. A few
scattered excoriations across the upper back. No ulcers anywhere.
Wt 108 kg, BMI 33.0 - obese.
Skin type II, fair, freckles. No photosensitising meds.
Plan: NB-UVB 2-3x/wk fitted around his home HD, start at 280 mJ/cm2 (type II protocol),
+20% if no erythema. Keep nails short; cotton gloves overnight suggested.
"""),
("2021-09-22", "NB-UVB Treatment Log", """
NB-UVB log - Tx 18                      22/09/2021
Dose due 980 mJ/cm2 - NOT given.

Pt showed me a new black crusted sore, L thigh front - noticed it ~10 days
ago, took it for a scab. Now really painful even with trousers on.
O/E: 2.5cm ulcer, dry black crust and a violet ring around it, L anterior thigh,
surrounded by older lichenified skin.
Itch otherwise much improved (4/10).
Dr Adair aware, clinic Tues with biopsy. Dry dressing applied (no tape - tubular net
only). Pt to tell the home HD nurse.
SN Delahunty
"""),
("2021-09-28", "Dermatology Consultant Clinic", """
Dermatology clinic - Dr F. Adair                      28-Sep-2021

66M, ESRF on home HD, obese, not diabetic.
Painful L thigh ulcer for about two weeks.
O/E: 3x2.5cm ulcer, necrotic, black eschar, L anterior thigh; stellate purpuric
edge, livedo extending 3cm medially. No other lesions; back clear.
Two telescopic punch biopsies (edge of ulcer) today, urgent.
Imp: clinical diagnosis of calciphylaxis, L thigh - classic look, and he fits the risk
profile (home HD, obese, phosphate 2.4 last month). Histology to confirm, but treat now.
Plan: renal - IV sodium thiosulfate with each home HD session via the community team;
wound care; stop NB-UVB. Review 2 weeks.
"""),
]}

S07 = {"patient_id": "S07", "age": 68, "sex": "F", "notes": [
("2019-04-17", "Nurse-led Skin Check", """
NURSE-LED SKIN SURVEILLANCE CLINIC      17.04.2019      CNS M. Tullis
Indication: PD patient on the transplant work-up list, full skin check requested.

PMHx: ESKD (polycystic kidneys) on CAPD since 2017. Type 2 diabetes - diet-controlled.
Past warfarin (stopped 2012 after 6 months for a PE). HTN.
Total body exam with dermoscopy: multiple seb keratoses trunk, solar lentigines.
One changing naevus R upper buttock, 7 mm, asymmetrical pigment network, pt says it
has darkened since Christmas. Photographed (dermoscopy image 3).
All other lesions benign-looking.
BMI 27.5.
Plan: listed for elliptical excision of R buttock naevus in minor ops. PD exit site
L abdomen - clean, not examined further.
"""),
("2019-05-02", "Minor Operations - Excision Record", """
MINOR OPS (dermatology)    2nd May 2019    Operator: Dr S. Quayle (derm registrar)

Procedure: elliptical excision, changing naevus R upper buttock, 2 mm margins.
LA 1% lidocaine with adrenaline 4 ml. Defect 18 x 6 mm, closed with 4/0 Monocryl deep,
4x 5/0 Prolene interrupted. Haemostasis good.
Dressing: Mepore (adhesive) + steristrips.
Specimen to histology.
Instructions: keep dry 48 h, sutures out by practice nurse in 2 weeks (16/05/2019), no
PD exchange restrictions. Pt on no anticoagulants today.
Tolerated fine; went home with her husband.
"""),
("2019-06-05", "PD Clinic Note", """
Peritoneal Dialysis Clinic - Lindenbrook PD Unit      06/05? no - 5 June 2019
Seen by Dr N. Oyelaran (nephrology).

Concern raised by community nurse: wound on R buttock at the mole-removal scar has
broken down. Pt says it became very painful and went purple around 28/05/2019 when the
district nurse changed the dressing, about 12 days after the stitches came out.
O/E: 2x1.5cm ulcer, black slough over the scar, R upper buttock, violaceous
net-like skin around it, exquisitely tender. No fever. Dialysis adequacy fine.
Phos 2.1, Ca 2.55, PTH 74.
Imp: ?wound infection vs ?calciphylaxis at the excision site.
Plan: swab, flucloxacillin, urgent derm review. Holding calcitriol.
"""),
("2019-06-14", "Dermatology Consultant Clinic", """
Dermatology - Dr I. Marrow                 14/06/2019
68F, ESKD on CAPD. Excision of naevus R upper buttock 2nd May (histology: compound
naevus with mild atypia, clear margins).

Now: 3x2cm necrotic ulcer along the excision scar, R upper buttock, retiform
purpura all round. Swab grew skin flora only.
Deep wedge biopsy 07/06/2019 reads as calciphylaxis: medial calcinosis of subcut
arterioles, with thrombus and fat necrosis.
Imp: calciphylaxis arising in a surgical excision scar, R buttock.
Plan: STS with PD (renal team arranging IP/IV route), non-calcium binder,
tissue viability. Sutures/steristrips not to be used near the area again.
"""),
]}

PATIENTS = [S01, S02, S03, S04, S05, S06, S07]
