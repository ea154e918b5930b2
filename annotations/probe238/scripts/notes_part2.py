"""probe238 corpus notes, R08-R14 (multidisciplinary calciphylaxis clinic and STS infusion chair; all invented)."""

R08 = {"patient_id": "R08", "age": 77, "sex": "M", "notes": [
("2023-12-27", "HD Unit Nursing Note", """
Dialysis nursing note - Weds run, chair 11
Pt tells us that on Christmas Eve, getting out of his son's hatchback, he caught his
left shin hard on the door sill. Small graze L anterior shin approx 2x1cm, superficial,
some bruising round it, not bleeding. Cleaned with saline and left open to air as he
prefers.
Warfarin (AF) - INR 3.4 this morning, Dr Bellamy informed, tonight's dose to be held.
T2DM managed with diet + linagliptin, CBG 9.1 pre-run.
Run: 4 h, UF 2.1 L, BP stable throughout, no cramps.
Told to let us know if the graze becomes painful, red or discoloured.
"""),
("2024-01-16", "Calciphylaxis MDT Clinic Letter", """
CALCIPHYLAXIS MDT CLINIC
16 January 2024
Mr Dimitriou, 77, haemodialysis Mon/Wed/Fri; AF (warfarin); T2DM, non-insulin.
Since New Year's Day: painful dusky skin, L shin, anterior aspect mid-way down, now
broken down to an ulcer of 3x2.5cm topped by black eschar, with retiform purpura fringing it.
Punch (4mm) taken at the HD unit 1/9/24 from its margin -> calciphylaxis
(calcified subcutaneous arteriolar walls, plus thrombus).
Plan:
- warfarin stopped, switch to apixaban 2.5mg BD
- thiosulfate 25g each time he dialyses
- stop calcitriol; start cinacalcet
- wound: no compression; silicone border foam
BMI 26.0. Daughter present, leaflet given.
"""),
("2024-02-20", "STS and Pain Review in HD", """
STS / pain review on HD - 20.02.24
Dose 16 of STS. Denies nausea. Pre-HD bicarb 20. SBP fell to 95 in the final hour
twice this month, so STS now given over the last 90 min of the run.
Shin (L) ulcer 3.5x2.5cm, eschar stable and dry, minimal peri-wound erythema.
Pain scored 6/10; a 1mg hydromorphone dose before dialysis helps; paracetamol regular.
Apixaban: no bleeding problems.
Discussed hyperbaric oxygen - he is not keen (transport, hearing aids).
Bisphosphonate not recommended: PTH 120, may have low-turnover bone.
Next MDT in 4 weeks.
"""),
]}

R09 = {"patient_id": "R09", "age": 64, "sex": "F", "notes": [
("2019-10-22", "PD Clinic Note", """
PD CLINIC - Ravensholme
22 Oct 2019
64 F, CCPD since 2017 (chronic glomerulonephritis). Not diabetic, HbA1c 5.4%.
No warfarin or DOAC. BMI 35.9.
Back pain from lumbar canal stenosis - seen by the spinal team; fitted with a
lumbosacral corset on 10/03/2019, wears it all day, fastened firmly. She says the lower
edge digs in over both flanks but she puts up with it.
PD: 4 x 2 L cycles, UF 900 mL/night; Kt/V 1.9 at last check.
Catheter exit (R lower abdo) clean, no crust, non-tender.
Corrected Ca 9.9, PO4 6.2, PTH 540 -> calcitriol increased to 0.5 mcg.
Plan: review in 3 months, bloods monthly.
"""),
("2020-01-07", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT - 7 Jan 2020
Mrs Whitcombe, 64, on CCPD, referred by the PD team.
Since mid-December, a very painful plaque on her left flank. It follows exactly the
lower border of the lumbar corset she has had on daily from early October.
O/E: L flank, band-shaped 9x3cm indurated plaque - retiform purpura, two small
necrotic foci. R flank: faint red marking from the corset only, skin soft.
Clinical impression: calciphylaxis. Incisional biopsy (L flank) taken today to confirm.
Ca x P product 61. Calcitriol stopped (had been increased in October).
Corset off for now; spinal team asked for an alternative.
STS via the infusion chair to start Mon/Wed/Fri.
"""),
("2020-01-28", "Infusion Chair Nursing Note", """
Infusion suite nursing - Chair 4
Bx 1/7/20 confirmed calciphylaxis. STS dose 6 (Mon/Wed/Fri schedule).
PIV 20g L forearm, one attempt. STS 25g over 60 min; no nausea today, mild
headache after. BP 148/86 -> 134/80.
L flank wound: 2 small black eschars within the purple band, foam dressing dry.
Pain 6/10, partly eased by paracetamol 1g + hydromorphone 1mg.
PD going fine, night cycler 9 h, no peritonitis.
Corset not worn since 7 Jan.
Weighed 94.1kg today; BMI 35.2.
"""),
]}

R10 = {"patient_id": "R10", "age": 59, "sex": "M", "notes": [
("2025-04-08", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT - re-referral
8 April 2025
Mr Halvorsen, 59, HD Tu/Th/Sa via a R forearm graft; T2DM on insulin (pen, abdomen).
PMHx: in 2017 he had calciphylaxis low on the abdominal wall, arising where he
injected insulin; STS + HBOT, and it had fully healed by early 2018 with thin
atrophic scarring; no trouble since.
New: for about 3 weeks, painful purple mottling over both posterior calves; now two
shallow necrotic ulcers (R 2x2cm, L 1.5x1cm). He denies knocks, scratches, heating or
icing of either leg, and insulin has never gone in there.
Abdominal scars soft, no new lesion there.
Impression: recurrent calciphylaxis, this time of the calves; biopsy to confirm.
BMI 32.8. No anticoagulant.
"""),
("2025-04-22", "Wound Care Nursing Note", """
TVN - calciphylaxis clinic, 22/4/25
Punch bx (L calf, 2025-04-10): calciphylaxis confirmed by pathology.
R posterior calf 2.5x2cm, L posterior calf 1.8x1.2cm; both with dry eschar, livedo
spreading down toward the ankles. No slough.
Dressing: medical honey + silicone foam; held with tubular retention bandage (NOT
compression).
His GP had suggested compression hosiery for ankle oedema - not to be started while
the ulcers are open; letter to GP.
Pain 7/10 at night, sleeping in his chair.
Next TVN visit 1 week.
"""),
("2025-06-03", "STS Tolerability Review", """
STS tolerability review (HD unit) - June 3 2025
Eight wks of STS 25g TIW. Nausea grade 1; emesis x2 in the first fortnight only.
Metabolic acidosis: HCO3 17-19, dialysate bicarbonate raised to 38; oral bicarbonate
not needed.
Calves: R ulcer now 1.5x1cm, L almost healed. Pain 3/10.
Hyperbaric: 20 dives completed, tolerated with grommets.
Insulin glargine 18 u nocte, CBGs 6-11.
Wt 98kg.
Wounds photographed for the MDT album. He wondered whether the old abdominal scars
could break down again - reassured, they remain pale and supple.
Plan: reduce STS to twice weekly if R ulcer closes by July.
"""),
]}

R11 = {"patient_id": "R11", "age": 48, "sex": "F", "notes": [
("2021-06-15", "Urgent Joint Renal-Dermatology Review", """
URGENT JOINT REVIEW (renal / derm / wound) - 15.06.2021
48 F, SLE, ESRD from lupus nephritis, HD 3x/week. APS - anticoagulated with warfarin.
No diabetes. BMI 22.5.
INR was subtherapeutic in May, so she was bridged with enoxaparin SC into both thighs
18-28 May.
Since about 1 June: painful retiform purpura R anterior thigh with a 2cm central ulcer.
Ddx: calciphylaxis / thrombotic vasculopathy of APS / warfarin-induced skin necrosis /
lupus vasculitis - hard to separate at the bedside.
Plan: deep wedge bx today, taken across the R thigh lesion's border; anticardiolipin and
lupus anticoagulant titres; rheumatology input requested.
"""),
("2021-06-29", "HD Unit STS Nursing Note", """
HD nursing - STS
Empiric STS 25g post-HD commenced for suspected calciphylaxis (MDT plan 6/22);
today dose 3.
Nausea and flushing during the dose, slowed to 60 min, settled.
R thigh wound: 2.5cm ulcer, eschar centrally, purple rim; lightly packed, foam cover.
INR 2.8 on warfarin.
Pain 8/10; 0.5mg hydromorphone before the run with some effect.
Pt tearful about the uncertainty, spent time talking, chaplain visit offered.
Post-HD BP 104/62 - sat for 20 min before going home. Next STS Thursday after her run;
asked to bring her medication list for the haematology appointment.
"""),
("2021-07-20", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT - 20 July 2021
Biopsy (15/6): thrombotic occlusion of dermal and subcutaneous vessels; von Kossa shows a
tiny focus of equivocal calcification. Pathology comment: the features overlap, so
calciphylaxis is neither proven nor disproven.
She is now living at her sister's in Portwick and will dialyse there; care transferring to
their renal team this week.
Summary for them: possible calciphylaxis versus APS vasculopathy; R thigh ulcer 2.5cm,
stable; please continue STS until reviewed; warfarin target per haematology; HBOT not
arranged.
"""),
]}

R12 = {"patient_id": "R12", "age": 72, "sex": "M", "notes": [
("2022-10-04", "PD Unit Monthly Review", """
PD unit - monthly review, Oct 4th
72 M, CAPD 4 exchanges/day, ESRD (reflux nephropathy). Not diabetic. Warfarin stopped in
2014 after AF ablation; no anticoagulant now.
BMI 27.9.
Flu vaccine (quadrivalent, 0.5 mL IM) given today into the L deltoid by RN Gatti; lot
recorded on the MAR.
Exit site clean and dry. PET: high-average transporter.
Calcium 10.4 while taking calcium carbonate; PO4 5.9, PTH 95.
Plan: change binder to sevelamer 800mg tds; repeat bloods in 4 wks.
Pt happy with current regimen, no peritonitis this yr.
"""),
("2022-11-29", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT - 29 November 2022
Dear Dr Veldhuis,
Mr Szabo, 72, on CAPD. Early in November he felt a sore lump form in the skin of his L
upper arm, laterally - the same place his flu jab went in on 4 October. Since then
it has become a purplish indurated 4x3cm plaque, necrotic over its central 1cm.
Punch biopsy 18.11.2022: calcified media in subcutaneous arterioles, von Kossa
staining positive - calciphylaxis.
Plan: infusion-chair STS (25g IV) every Mon/Wed/Fri; calcium supplements stopped;
vitamin K started. PTH low, so no cinacalcet. Off warfarin since 2014.
"""),
("2022-12-13", "Infusion Chair Nursing Note", """
INFUSION CHAIR - STS #5
PIV 22G R forearm (avoiding the L arm with the wound). STS 25g/100ml over 60 min.
Tolerated; metallic taste only, no nausea. Vitals stable throughout.
L upper arm dressing: foam, light serous exudate; pain 5/10, worse lying on L side.
Discussed IV ibandronate as an add-on; Dr Veldhuis will decide after the DEXA.
Hyperbaric: not offered, nearest chamber > 2 hrs away.
Weight 81.2kg.
Pt drove himself - reminded not to drive after hydromorphone doses.
"""),
]}

R13 = {"patient_id": "R13", "age": 57, "sex": "F", "notes": [
("2020-02-11", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT - Feb 11, 2020
Ms Jablonski, 57, HD MWF x6 yrs, insulin-treated T2DM for 20 yrs, morbid obesity (BMI
45.9).
Referred with 5 weeks of painful hard skin across the lower abdominal pannus.
Insulin: she rotates between upper arms and thighs; has never used her belly because of
the apron of skin. Heating pad and hot-water bottle both denied, likewise tight waistbands.
Never on warfarin.
O/E: lower pannus, R and L: woody induration 14x6cm with retiform purpura and three
1-2cm black eschars. Arms and thighs: injection sites unremarkable.
Incisional biopsy from the R pannus today.
Advice given: keep all future injections off the abdomen; keep heat off the skin.
"""),
("2020-02-25", "Wound Clinic Note", """
Wound clinic - 2/25/2020
Path: calciphylaxis (calcified vessels, fat necrosis, thrombi) - discussed with pt.
Pannus: eschars enlarging, largest 3x2.5cm on the L; R biopsy wound 1.5cm, sloughy.
Loose slough debrided at bedside (R), Aquacel Ag applied, pannus lifted off the thighs
with a soft support garment by pt.
Pain 8/10 when dressings are changed; HD nurses to give hydromorphone 1mg beforehand.
STS started at HD 2/17, dose 4 today.
Glucose 14.2 on arrival, insulin doses gone over with the diabetes specialist nurse.
Husband shown how to replace the outer pad at home if it soaks through.
Next wound visit 1 wk.
"""),
("2020-04-14", "STS and Pain Review in HD", """
STS / pain check - HD chairside, April 14th
Dose 24. No nausea since the dose moved to the final hour of HD. Hypotension once
(SBP 88), settled with UF reduction.
Pain: 5/10; hydromorphone 1mg 6-hrly prn, gabapentin 100mg after HD.
Pannus wounds: granulating edges, eschars beginning to lift.
Still injecting insulin into thighs and arms only - reinforced.
HBOT discussed but unsuitable (chamber weight limit).
Bloods today: Ca 8.7, PO4 5.1, PTH 310, HCO3 21.
BMI 45.3. Back to the joint clinic in 4 weeks.
"""),
]}

R14 = {"patient_id": "R14", "age": 45, "sex": "F", "notes": [
("2023-08-08", "Calciphylaxis MDT Prevention Consultation", """
Calciphylaxis MDT - prevention consultation 8/8/2023
Mrs Nakagawa, 45, APD since 2022, type 1 diabetes on insulin (pens; thighs and abdomen).
She asked to see us because her older sister died last year of calciphylaxis that first
appeared where the sister injected insulin into her tummy.
Mrs Nakagawa has no skin symptoms. Examined fully: no livedo, nodules, plaques or
ulcers; injection sites show mild lipohypertrophy only.
No calciphylaxis.
BMI 30.0. Never anticoagulated.
Counselled: keep rotating sites; heat pads and cold packs are best kept away; ring us
early about any painful skin change. Ca/Pi/PTH within targets on PD.
"""),
("2023-11-14", "Calciphylaxis MDT Telephone Review", """
MDT telephone + photo review 14-Nov-2023
Pt sent photos of a bruise on her R thigh after an insulin injection last week and was
worried.
Photo: 2cm yellow-green ecchymosis; she reports no livedo, no ulcer, no hardness and
little pain.
Reassured: injection bruise, not calciphylaxis.
Skin otherwise clear per pt.
Reminder: keep rotating sites, press rather than rub after injecting.
HbA1c 61 mmol/mol last month. We talked again about her sister; she says seeing us has
helped with the worry.
Discharged back to the PD team; re-refer if painful purple skin develops.
"""),
]}

PATIENTS = [R08, R09, R10, R11, R12, R13, R14]
