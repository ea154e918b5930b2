"""probe119 corpus notes, C08-C14 (inpatient dermatology consult service; all invented)."""

C08 = {"patient_id": "C08", "age": 61, "sex": "F", "notes": [
("2025-04-07", "Dermatology Consult - Initial", """
Derm consult, inpatient
Asked by: Surgery B (Dr Lindqvist) - "abd wall necrosis, needs debridement?"
61F ESRD on in-center HD, insulin-requiring T2DM (NPH into thighs per pt), class II obesity, large ventral hernia not yet repaired. Transferred from Brookhollow SNF.
SNF nurse documented a new purple firm area R lower abdomen on 3/28; now black center.
EXAM: R lower quadrant abd wall, just below the hernia bulge: 8x6 cm indurated plaque w net-like violaceous border and 3x2 cm central black eschar. Along its upper margin a horizontal line of shiny, reddened skin. Numerous pinpoint needle puncture marks scattered over the R LQ. No crepitus, not fluctuant.
BMI 37.8.
Imp: c/f calciphylaxis. Would NOT debride before tissue dx.
Recs: 6 mm punch x2 edge (derm to do this pm), obtain SNF MAR, check what has been applied to the abdomen.
"""),
("2025-04-09", "Telephone Encounter - Family", """
Call w/ daughter (Renata, HCP) re: history, documented by derm resident.
Daughter states her mom has worn an elastic hernia belt "since the middle of February, all day, pulled tight, because the surgeon wanted to wait on the repair". She also says the SNF gives her "blood thinner shots in the stomach" - MAR faxed: heparin 5000 u subcut BID started 3/3/25, sites charted as RLQ every time.
Daughter asked if the belt "could have caused it". Told her we are putting that together w the biopsy.
"""),
("2025-04-10", "Dermatopathology Report", """
Skin, right lower abdomen, punch x2:
Subcutaneous vessels of small/medium calibre: mural (medial) calcium, occlusive thrombi, with extensive lobular fat necrosis and calcified adipocytes. Epidermal necrosis.
DIAGNOSIS: Calciphylaxis.
"""),
("2025-05-02", "Dermatology Consult Follow-up", """
Derm re-consult on readmission.
Calciphylaxis R lower abdomen (bx 4/10), arising under the hernia belt edge and in the area charted for subcut heparin injections. Both stopped on 4/8. Eschar 3.4 cm, soft margins, no cellulitis.
NPH still into thighs - no lesions there.
Recs: belt off permanently (surgery to revisit hernia plan), STS via HD, wound RN for dressings, pain team.
"""),
]}

C09 = {"patient_id": "C09", "age": 49, "sex": "M", "notes": [
("2018-05-14", "Dermatology Consultation", """
Dermatology consult - inpatient
Requested by Renal Team (Dr Ferreira-Katz): "painful thigh lesion"
49M w ESRD from diabetic nephropathy, was on PD x 3 yrs, failed PD (peritonitis x2), transitioned to HD via temp cath this admission. T1DM on insulin pump? - no, pt on MDI: glargine + lispro. "I only ever do my shots in my right leg, outer part, been that way for years."
Lesion on L inner thigh first noticed early April, tender, getting darker.
EXAM: L medial thigh, mid: 4x4 cm violaceous stellate plaque, central necrotic crust, retiform border. R lateral thigh: multiple tiny injection marks, mild lipohypertrophy; purpura absent; not indurated; skin otherwise normal.
BMI 30.0 (Wt 97.2 kg / Ht 180 cm).
A: necrotic retiform plaque L thigh - calciphylaxis likely.
P: punch x2.
"""),
("2018-05-16", "Pathology Report", """
Left medial thigh, 4 mm punch:
Calcification and fibrin thrombi in small subcutaneous vessels; septal calcium deposits; fat necrosis. Diagnostic of calciphylaxis.
"""),
("2018-06-01", "Dermatology Consult Follow-up", """
Derm f/u - pt readmitted for line infxn.
Bx-proven calciphylaxis L medial thigh. Now on HD TTS via new R IJ tunneled line (PD cath removed 5/20). STS started.
L thigh eschar 3 cm, clean. R thigh injection area still clear.
Pt relieved it's "not in my shot spot". Obese - BMI 30.0 by weight this am.
Recs: rotate insulin R thigh -> abdomen, wound care, phosphorus control per renal.
"""),
]}

C10 = {"patient_id": "C10", "age": 82, "sex": "F", "notes": [
("2019-06-24", "Dermatology Consult Note", """
Derm C/S - Geriatrics
82F. ESRD, HD MWF. Mechanical MVR -> warfarin, osteoporosis. No DM.
Team's question: "necrotic L leg wound after fall - traumatic?"
Per pt and chart: a small "blood blister" appeared on her L calf on 06/03/2019, before any fall; she had not knocked it or bumped it - "I hadn't hurt it at all, it just came up." It enlarged and darkened. Then on 6/20 she tripped on the stairs at home and scraped her L shin on a stair nosing - an abrasion now scabbed on the anterior shin.
EXAM: L posterior calf: 6x4 cm eschar with a retiform violaceous rim, stellate, hard, very tender. L anterior shin: separate linear 4 cm abrasion, superficial, healing, no purpura. R leg intact.
BMI 22.8.
Imp: painful stellate ulcer + retiform purpura, HD, warfarin => favor calciphylaxis. The fall came ~2.5 wks after lesion onset.
Recs: bx discussed; pt & son decline bx. Wound cx neg.
"""),
("2019-06-26", "Dermatology Consult Follow-up", """
Derm f/u. Family declines bx (pt on warfarin, frail). Given classic morphology + setting we are calling this calciphylaxis on clinical grounds, discussed with renal.
L calf eschar unchanged. Shin abrasion epithelialising.
Recs: STS w HD, warfarin discussion w cards (valve - limited options), pain control.
"""),
("2019-07-08", "Nephrology Progress Note", """
Renal - HD day
Calciphylaxis L calf (clinical dx per derm) on sodium thiosulfate after each run; pain a bit better. Shin scrape from the 6/20 fall healed. Warfarin continued given mechanical valve; INR target per cards unchanged.
Plan: continue STS, lanthanum, cinacalcet up-titrate.
"""),
]}

C11 = {"patient_id": "C11", "age": 57, "sex": "F", "notes": [
("2020-07-20", "Dermatology Consult - Initial", """
DERMATOLOGY CONSULT
Requesting: Gen Surg (breast) - ?abscess R breast
57F ESRD, HD via L arm fistula, T2DM w insulin (abdomen), obesity BMI 44.0, admitted w painful R breast.
Pt says lump in right breast, lower outer part, appeared "beginning of July" - she thought it was an infected hair. No trauma, no new bra, no injections/procedures involving the breast, no heat packs before it started. Since then her sister has applied warm washcloths to it twice a day "to draw it out". No mammogram in 3 yrs.
EXAM: R breast inferolateral quadrant: 9x7 cm indurated, woody plaque w livedoid violaceous border and 2 central black eschars; peau d'orange none. L breast normal.
Photos w/ pt consent.
A/P: strongly suspect calciphylaxis; DDx inflammatory breast ca, abscess.
- Punch x2 (derm), breast US, no I&D for now.
- Stop warm compresses.
"""),
("2020-07-23", "Dermatopathology Report", """
Right breast skin, punch biopsies x2:
Calcified, thrombosed small vessels in necrotic subcutaneous fat; no carcinoma seen; no abscess.
DIAGNOSIS: Calciphylaxis (breast).
"""),
("2020-08-04", "Dermatology Consult Follow-up", """
Derm f/u
R breast calciphylaxis, bx proven. Surgery sharply debrided the eschar at bedside 7/30; silver alginate dressings daily since.
Area now 10x7 cm w clean base at center, some new dusky skin at edge.
Counselled sister that the warm cloths and dressings were not the cause - the lump was already there.
Recs: continue STS; gentle dressings; debride again only if infected, pain per palliative.
"""),
]}

C12 = {"patient_id": "C12", "age": 68, "sex": "M", "notes": [
("2021-11-15", "Dermatology Consult Note", """
Derm - inpatient consult from Hospital Medicine
68M, ESRD - HD TTS, R arm AVF, T2DM on glipizide, no insulin ever, obesity (BMI 39.3). Not on warfarin.
Pannus lesion x about 1 mo (since mid-October). Pt explicitly denies any injections in his stomach ("I don't take shots, just pills"), denies heating pads, ice, belts or binders. No recent surgery. Wife agrees.
EXAM: L lower pannus: 7x5 cm indurated purpuric plaque with stellate black eschar, retiform edges; tender. No scars or needle marks in the area.
A: calciphylaxis, clinical dx strongly favoured; bx today.
Team plans to start subcut heparin for VTE ppx - recommend the upper arms as the site; keep it out of the abdomen. Counselled on avoiding trauma to skin (no heat, no tight belts) given risk of new lesions.
"""),
("2021-11-18", "Dermatology Consult Follow-up", """
Derm f/u. Bx 11/15: medial calcification of subcutaneous vessels with thrombosis - calciphylaxis confirmed.
Plaque unchanged. SC heparin started 11/16 in the arms as advised.
Recs: STS 3x/wk with HD; if new lesions appear anywhere, call derm.
"""),
]}

C13 = {"patient_id": "C13", "age": 74, "sex": "M", "notes": [
("2022-03-02", "Dermatology Consult - Initial", """
Inpatient dermatology consultation
Team: Medicine Blue - "multiple wounds"
74M ESRD/HD, T2DM - insulin, injects abd only, AF on warfarin, bedbound post stroke. BMI 27.2.
Three problems:
1) Bilateral anterior thighs: symmetric, exquisitely tender, firm violaceous plaques w retiform purpura and black eschar, 5-7 cm each; began "around Valentine's Day" per wife. No injections, heat, straps or injuries to the thighs ever - wife very certain.
2) L periumbilical abd at his insulin injection area: 2 cm fluctuant warm red nodule draining pus.
3) Sacrum: stage 2 pressure injury 3x2 cm, pink base, from lying in bed.
A/P:
1) calciphylaxis suspected - punch bx R thigh
2) injection-site abscess - I&D by primary, cx
3) pressure injury - WOCN, turn q2h
"""),
("2022-03-04", "Dermatopathology Report", """
Right anterior thigh, punch:
Subcutaneous vascular calcification with luminal thrombi, necrotic fat. Impression: calciphylaxis.
"""),
("2022-03-15", "Dermatology Consult Follow-up", """
Derm f/u
Calciphylaxis of both thighs (bx). Abd abscess cx MSSA, resolving after I&D; it is an ordinary abscess and shows no sign of calciphylaxis. Sacral wound is a plain pressure injury, healing.
Thigh plaques stable.
Recs: STS; warfarin -> apixaban; keep insulin sites rotating around abdomen.
"""),
]}

C14 = {"patient_id": "C14", "age": 65, "sex": "F", "notes": [
("2023-01-09", "Dermatology Consult Note", """
DERM CONSULT - inpt
Requested: Hospitalist - "buttock wounds, pressure vs other"
65F ESRD on HD, obesity (on problem list; BMI 29.7 this admit), chronic lumbar stenosis. No DM. No warfarin.
Drapes her electric pad, set on high, across the lumbar spine "since the holidays" for spinal pain. Denies any heat on her bottom, denies injections there, sits on a cushioned recliner. Ulcers on both buttocks noted by nursing 1/2.
EXAM: Bilateral upper outer buttocks: L 4x3 cm, R 3x3 cm stellate necrotic ulcers w retiform purpuric rim, very tender. Lumbar skin: lacy brown pigment (toasted-skin pattern, EAI); no ulceration, no purpura, no induration. Sacrum intact.
A/P: calciphylaxis favored over pressure injury (location, retiform border, pain). Bx.
"""),
("2023-01-11", "Pathology Report", """
Skin, left buttock:
Subcutaneous arterioles calcified, plugged by thrombus; neighbouring necrosis; diagnostic of calciphylaxis. No pressure-type changes of note.
"""),
("2023-01-20", "Dermatology Consult Follow-up", """
Derm follow-up
Calciphylaxis of the buttocks, biopsy-proven. Low back skin under the heat pad remains intact, pigmentation only.
BMI 29.7 today.
Recs: heating pad off anyway, STS w HD, offload buttocks.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
