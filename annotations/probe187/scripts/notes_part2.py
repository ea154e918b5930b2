"""probe187 corpus notes, A08-A14 (anaemia clinic and the notes around it; all invented)."""

A08 = {"patient_id": "A08", "age": 60, "sex": "M", "notes": [
("2024-01-09", "Anaemia Clinic New Patient", """
ANAEMIA CLINIC - new
60M, CKD G4 with eGFR 16, dialysis not started. L radiocephalic AVF
formed in November, still maturing. R arm kept for vein preservation.
Not diabetic (HbA1c 5.2). No warfarin. HTN, gout.

BP 152/88  HR 70  T 36.6  Wt 92.4kg  BMI 29.9 (overweight, per EMR)
Hb 8.7, ferritin 280, TSAT 26% - iron replete.

Plan: darbepoetin 30mcg SC every 2 weeks here in clinic. Arms avoided
(fistula L, preservation R), so given into the thigh.
Dose 1 given today 09/01/24... correction: 1/9/24, L lateral thigh,
midway from hip to knee. He found it stung for a few minutes.
Hb in 2 wks; BP diary.
"""),
("2024-05-07", "Anaemia Clinic Review", """
Anaemia clinic - final visit

Started in-centre HD on 4/2/24 via the L AVF; ESA from now on goes in IV
on dialysis, so he is discharged from this clinic today.
Darbepoetin here from January to the end of March, every dose into the
L lateral thigh. Because of the sting he has, since February, been pressing
a gel ice pack (kept in his freezer) onto the jab site after each shot.

New: sore dusky area on the lateral side of his L thigh since mid-April.
O/E: outer L thigh, a 5x4cm plaque, violaceous and firm, reticulate margin;
epidermis intact.
BP 140/82.  BMI 29.9.
Concern for calciphylaxis -> derm and HD team emailed today.
"""),
("2024-05-21", "Nephrology HD Rounding Note", """
HD rounds - chair 14, Tues/Thurs/Sat

Derm punch 5/10 (L lateral thigh): subcutaneous arteriolar calcium with
thrombi, von Kossa +; path calls it calciphylaxis.

The lesion lies precisely where he received darbepoetin at the anaemia clinic
January to March and where he iced it afterwards.
Now 6x4cm, early central eschar forming, pain 6/10.

Pre-HD BP 148/80, IDWG 2.1kg.
PO4 7.3 (high), Ca 9.7, PTH 662.

Plan: STS 25g IV each run, infused through the circuit near the end;
calcium carbonate stopped; cinacalcet; runs extended to 4.5h; wound care.
"""),
]}

A09 = {"patient_id": "A09", "age": 75, "sex": "F", "notes": [
("2018-04-17", "Anaemia Clinic Review", """
ANAEMIA CLINIC

75F, PD 2 yrs. L mastectomy + axillary clearance 2009 with L arm
lymphoedema: no needles, no BP and no heat on the L arm (alert on chart).
AF - warfarin, last INR 2.3. Not diabetic.

Hb 9.6, ferritin 330, TSAT 25%.
BP 134/70, HR 66 irregular. Wt 68kg, BMI 27.2.

- darbepoetin 20mcg SC fortnightly continues; today's dose, as always,
  went into her R arm behind, above the elbow (posterior upper arm)
- next Hb in 1 month
- PD team to look at phosphate (6.3)
- she asked about the flu jab - had it at her GP in October, R deltoid
"""),
("2018-08-21", "Anaemia Clinic Nursing Note", """
Nurse note - ESA

Darbepoetin 20mcg SC given - usual spot, R posterior upper arm. No issues at
that site.

Pt asked about a painful mottled area on her L upper arm, within the
swollen (lymphoedema) arm, that started in July.
Looked: posterior L upper arm, 6cm area of violaceous livedo around a 1cm
black centre, firm and very tender. Compression sleeve taken off for the
exam.

Obs: BP 128/72, T 36.8.
Informed Dr Halloran - seen in clinic, derm referral marked urgent,
sleeve to be left off the sore area meanwhile.
"""),
("2018-09-04", "Dermatology Consult", """
Derm consult

Biopsy 8/28 (L posterior upper arm): small-vessel calcification,
thrombosis and septal panniculitis, von Kossa +ve. Calciphylaxis.

Lesion now 7x5cm, with a central 2cm eschar, still within the
lymphoedematous L arm. She is certain there has never been an injection,
cannula, cuff, heat or injury to the L arm since 2009; her ESA shots all
go into the R arm. R arm injection sites: normal skin.

Plan: renal to start STS; warfarin to be switched (cardiology); wound care;
lymphoedema nurse to refit a looser sleeve.
BMI 27.0.
"""),
]}

A10 = {"patient_id": "A10", "age": 68, "sex": "M", "notes": [
("2019-05-21", "Anaemia Clinic Review", """
Anaemia clinic - referred from the HD unit (ESA hyporesponsiveness)

68M, HD MWF, fistula R arm. T2DM - glargine and lispro insulin.
No warfarin. Hb 8.9 on epoetin 10,000 u x3/wk IV with HD. Ferritin 150,
TSAT 15% -> functional iron deficiency.

Incidentally showed me a painful purplish patch on his L calf, posteriorly,
first seen in early May.
O/E: L posterior calf 5x4cm retiform purpura, tender, skin intact.

Weight 104kg, BMI 31.5.

Plan: iron sucrose 100mg IV weekly x5 at the infusion suite;
urgent derm - concern for calciphylaxis.
"""),
("2019-06-04", "Infusion Nursing Note", """
INFUSION SUITE
Iron sucrose 100mg IV, dose 2/5, via 22G R hand PIV (not the fistula arm -
checked with HD unit: fistula is R upper arm, hand vein ok). Uneventful.

Event: stepping down off the weighing scale he lost his footing and knocked
his L calf, at the back, on the recliner frame. Small bruise there, sitting
just beneath the dressing already in place, which stayed intact. No fall
to the floor, no head injury. Incident logged.
Vitals after: BP 150/84, HR 82.
"""),
("2019-06-18", "Dermatology Consult", """
Dermatology

Punch 6/7, L posterior calf: calcified subcutaneous arterioles, occluding
thrombi, necrotic fat, von Kossa + on the special stain.
Dx: calciphylaxis, L posterior calf.

Timing: the lesion predates the knock on the recliner frame on 6/4 - it has
been there since early May; the bruise from that knock has now faded.
Lesion currently 6x5cm, central eschar 2cm, edges still purpuric.
Very painful at night.

Plan: IV STS with HD; change calcium binder to sevelamer; wound care;
analgesia (renal-safe). Review 3 wks.
BMI 31.2.
"""),
]}

A11 = {"patient_id": "A11", "age": 52, "sex": "F", "notes": [
("2025-01-14", "Anaemia Clinic New Patient", """
IRON CLINIC - new referral from gynaecology

52F, heavy menstrual bleeding with fibroids, Hb 9.0, ferritin 6.
Recurrent DVT on warfarin since 2021 (INR 2-3). Renal function normal
(creatinine 0.7). Not diabetic.
BMI 44.0 -> severe (class III) obesity.

Ferric carboxymaltose 1000mg IV via 20G R antecubital cannula,
15 min, obs 30 min, no reaction.

Aside: she mentioned a hard, sore, plum-coloured area on the L lower pannus,
present since around New Year. Looked: 6x5cm violaceous plaque, livedo at
the edge, no ulcer yet. Not sure what it is - GP letter + derm referral.
Repeat Hb/ferritin 6 wks.
"""),
("2025-01-24", "Dermatology Consult", """
DERMATOLOGY

L lower pannus: 7x5cm indurated violaceous plaque, retiform purpura
around the rim, new 1cm central eschar. Very tender.
By her account nobody has ever injected her belly, and there has been
no heat and no injury to the abdomen. Has not been on insulin or heparin.
Works from home; wears loose clothing.

Punch biopsies x2 taken from the plaque edge today.
Impression: likely non-uraemic calciphylaxis (warfarin, obesity, normal
kidneys); ddx warfarin necrosis (unlikely this late), vasculitis.
Plan: haematology re switching off warfarin; histology to follow.
Analgesia: paracetamol regular, tramadol prn.
"""),
("2025-02-18", "Wound Care Clinic", """
Wound care

Biopsy-proven calciphylaxis, L lower pannus (histology 1/29, von Kossa +).
Warfarin switched to apixaban 1/28.

Wound: 7.5x5cm; 80% black eschar and 20% yellow slough; serous exudate,
moderate; demarcated edges; mild peri-wound erythema.
Bedside sharp debridement of the loose slough today, eschar left alone.
Dressing: calcium alginate under a silicone bordered foam; district nurses
renew it Mon/Wed/Fri.
Pt tearful about the smell; charcoal layer added.
Negative pressure therapy to be considered once debrided.
Pain 5/10 at dressing change.
BMI 43.6.
"""),
]}

A12 = {"patient_id": "A12", "age": 79, "sex": "M", "notes": [
("2021-10-05", "Anaemia Clinic Review", """
ANAEMIA CLINIC - hyporesponse to ESA

79M, HD Tues/Thurs/Sat, L AVF. T2DM, diet-controlled (HbA1c 6.4,
no tablets, never insulin). Not on anticoagulation.

Epoetin 8,000 u IV with each HD, Hb 8.6. Ferritin 520, TSAT 22%.
BP 146/70. Weighed 98kg, BMI 30.4.

Also: painful violaceous plaques, both inner thighs, present since
September; derm biopsied 9/28 and confirmed calciphylaxis.
He denies any injections, heat packs, ice or bumps to the thighs.

Plan: increase epoetin; if we later move to SC darbepoetin, not into the
thighs or abdomen. Liaise with HD unit about phosphate (7.1).
"""),
("2021-11-02", "Nephrology HD Rounding Note", """
HD rounding

Calciphylaxis of both medial thighs; IV STS given with each
dialysis since 10/7. Plaques stable, one small eschar R medial thigh.
New AF on the monitor last week. Warfarin discussed and NOT started because
of the calciphylaxis; apixaban 2.5mg bd instead.

Pre BP 152/74, post 128/66. UF 2.4 L. Dry weight unchanged.
Bloods this week: phosphate 6.3, calcium 9.0, PTH 482.

Plan: continue STS; cinacalcet 30mg; switch binder to sevelamer; wound clinic
fortnightly; recheck PTH in 6 wks.
"""),
("2021-11-30", "Wound Care Clinic", """
Wound clinic review

Calciphylaxis, bilateral medial thighs.
R medial thigh: 2x1.5cm eschar, dry, stable.
L medial thigh: intact violaceous plaque, no breakdown.
Pain 4/10, sleeping better on gabapentin 100mg post-HD.

He again denies trauma, scratching, tight clothing or anything warm or cold
on the legs. Wife confirms.
Dressing: povidone-iodine gauze to the eschar, changed twice weekly by the
HD nurses.
No compression to the thighs.
BMI 30.4. Next review 4 wks.
Discussed goals: he wants to keep going to his grandson's football on
Saturdays, so HD shift may move to mornings.
"""),
]}

A13 = {"patient_id": "A13", "age": 64, "sex": "F", "notes": [
("2020-08-11", "Infusion Nursing Note", """
INFUSION SUITE - Ferric carboxymaltose 750 mg IV (1 of 2)

64F, PD, T1DM on basal-bolus insulin. No warfarin.
Pre obs: BP 132/76, HR 74, T 36.4, SpO2 98%.

Access: 20G cannula L antecubital fossa, 2nd attempt (R arm veins thready).
Infused over 15 min in 250 mL saline. Obs 30 min, no reaction, no
extravasation. Cannula removed, cotton wool + tape, pressure 2 min.

Dose 2 due in 1 week. Wt 68.8kg, BMI 26.1.
Pt reminded to bring her PD diary next visit.
"""),
("2020-10-20", "Anaemia Clinic Review", """
Anaemia clinic

Iron course completed 8/18 (2nd dose also via L antecubital fossa).
Hb 10.9, ferritin 350.

New: painful lesion on her L forearm, dorsal side, halfway from wrist to
elbow, noticed in early October.
O/E: L dorsal mid-forearm, violaceous plaque (3x3cm), central eschar, and a
livedo halo. Antecubital skin normal.
She has not knocked or burnt the arm, she says. Gardening gloves on
always.
BP 140/80. Wt 68.5kg, BMI 26.0.

Concern for calciphylaxis in a PD patient -> derm urgently.
"""),
("2020-11-03", "Dermatology Consult", """
DERMATOLOGY

Lesion: L dorsal mid-forearm, 3.5x3cm.

The August cannulations were both in the L antecubital fossa, roughly 10cm
proximal; the lesion is not at those sites and the elbow skin
is normal. No other trauma to the forearm by history.

Biopsy 10/27: calciphylaxis, von Kossa + with arteriolar calcium and thrombi.

Plan: STS via renal team, wound care with a non-adherent silicone layer,
analgesia review, recheck 3 wks. Photos filed in the media tab. She is keen
to keep gardening with long gloves.
BMI 26.1.
"""),
]}

A14 = {"patient_id": "A14", "age": 57, "sex": "M", "notes": [
("2023-03-07", "Anaemia Clinic Nursing Note", """
Anaemia clinic - IM iron

57M, ESRD on PD, both arms vein-preserved. T2DM on insulin degludec,
which he injects into his abdomen. Never on warfarin. BMI 36.8.

IM iron dextran 100mg, 4th weekly dose, Z-track, R gluteal UOQ (all four
doses have gone on the right). Previous sites checked: slightly firm, no
redness.
Obs 30 min: BP 144/86, HR 80. No reaction.
Hb 9.6 last week, ferritin 118. One more dose planned next Tuesday, then
recheck iron studies in 4 wks. Pt drove himself; fine to go home.
"""),
("2023-04-04", "Anaemia Clinic Review", """
Anaemia clinic review

1) R buttock: 3/14 tender fluctuant swelling at the iron injection site ->
incision and drainage by the surgical team 3/16, culture sterile. Now a
1.5cm shallow clean ulcer granulating well.

2) New: very painful mottled skin and purple patches behind both calves
since around 3/20. O/E: bilateral posterior calves - retiform purpura, 2cm
eschar on the L; no trauma to the legs that he can recall.

3) Hb 10.3, ferritin 260. No more iron for now.
BP 150/90. BMI 36.5.
Plan: urgent derm, ?calciphylaxis.
"""),
("2023-04-25", "Dermatology Consult", """
DERMATOLOGY

Calves: biopsy 4/14 from the L posterior calf - calcified subcutaneous
arterioles with thrombosis (von Kossa stain +). Calciphylaxis of both
posterior calves; no injury, injection or heat to the legs by history.

R buttock: healing post-drainage cavity at a previous iron injection site.
Looks like a sterile injection abscess, not calciphylaxis; no livedo, no
eschar.

Abdomen: soft rubbery lumps at his insulin sites = lipohypertrophy, not
calciphylaxis. Advised to rotate the insulin sites more widely.

Plan: STS (renal), wound care to the calves, pain team.
BMI 36.8.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
