"""probe197 corpus notes, E08-E14 (border community clinic, promotoras, bilingual notes; all invented)."""

E08 = {"patient_id": "E08", "age": 52, "sex": "F", "notes": [
("2021-12-07", "Community Clinic Same-day Visit", """
CLINICA FAMILIAR RIO CLARO - Same-day visit      12/07/21
52F. Hemodialysis T-Th-Sa (ESRD). DM2 on glargine + lispro. HTN.
CC: llaga (sore) on the L hip since around Thanksgiving, "me quema".
Work: since July she works at Tortilleria La Guadalupana, standing 8-9 h at the comal and the
press; she leans her left hip against the edge of the steel counter to rest her back, all
shift, 6 days/wk.
VS: BP 158/90, HR 92, T 37.0, wt 108.9 kg, BMI 41.0.
Exam: L lateral hip, greater trochanter area: 4x4cm necrotic plaque, black centre, netlike
purple skin around it, very painful to touch. No drainage. R hip normal.
A/P: necrotic plaque, L hip, HD patient. Calciphylaxis is my worry. Urgent derm.
Work note: off work x 2 wks.
"""),
("2021-12-15", "Dermatology Consult", """
DERMATOLOGY CONSULT      Dec 15, 2021
52 y/o woman on hemodialysis, T2DM on insulin, class III obesity.
Painful L lateral hip lesion since Thanksgiving week.
Exam: 4.5x4cm stellate black eschar over the L trochanteric area, retiform purpura border;
smaller 1cm purpuric papule just below it. No other skin lesions.
Occupational hx: rests the L hip on a metal countertop edge for hours daily at the tortilleria
since summer (July 2021).
Procedure: deep incisional biopsy from the border, 2 sutures.
Impression: probable calciphylaxis, L hip, localized to the point of sustained pressure from
the counter edge.
Addendum 12/20/21: path: thrombi and calcium in small fat vessels = calciphylaxis
(confirmed). Pressure-induced (Koebner-like) localization.
Plan: STS with HD, no leaning on the hip, foam padding, wound care.
"""),
("2022-01-11", "Promotora Home Visit", """
SEGUIMIENTO EN CASA - Promotora Norma Leal - 11 de enero de 2022
Sra. Reyna P., 52. On leave from the tortilleria since December. STS with dialysis started.
Herida cadera izq (L hip): daughter does the curacion (dressing) every 2 days with alginate +
foam - looks cleaner, edges less purple, dolor 6/10 (was 9/10).
SV: TA 146/84, glucosa 176, peso 107.5 kg (BMI 40.6 per clinic scale).
Insulina: Lantus 30 u + Humalog with meals, she injects the belly. No lows.
Apoyo: applied for disability and the utility help program; food bank on Thursdays.
Teaching: do not lean on the L side, a pillow between her knees when sleeping, keep the
dressing dry when bathing.
"""),
]}

E09 = {"patient_id": "E09", "age": 60, "sex": "F", "notes": [
("2019-05-14", "Promotora Home Visit", """
PROMOTORA - VISITA DOMICILIARIA      14/mayo/2019
Promotora: Yesenia Garza-Olvera
Sra. Herminia V., 60, HD L-M-V. DM2, Lantus 24 u hs.
Her comadre Tere (not a nurse) gives her an inyeccion "para la artritis" - dexametasona con
complejo B from a farmacia in Progreso - once a week since January, always en la nalga izquierda
(L buttock) "porque del otro lado me duele".
SV: TA 140/78, glucosa 242 (steroid effect?), peso 88.0 kg.
Looked at the L buttock w/ her permission: a few small old puncture marks, skin normal, no lump.
Educacion: steroid shots raise the sugar and are risky on dialysis; asked her to stop and talk
to Dr. Ybarra. Left a flyer.
"""),
("2019-06-18", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO       06/18/2019
60F. Dialysis (HD) for ESRD. Diabetes type 2, insulin. Obese, BMI 35.5.
CC: dolor fuerte en la nalga derecha since early June (principios de junio), cannot sit.
She says she stopped the comadre's shots after the promotora visit in May; they were always
given on the left.
Exam: R buttock, upper inner quadrant: 7x5cm retiform purpura, black eschar 2cm at its
center, firm, exquisitely tender. L buttock: 3-4 faint healed puncture marks, skin
intact, no induration.
Labs 6/3 (HD): calcio 10.4, fosforo 8.0, PTH 1310.
A/P: suspected calciphylaxis R buttock. Derm for bx. Notify nephrology.
"""),
("2019-06-27", "Dermatology Consult", """
DERMATOLOGY - consult note      2019-06-27
Pt: 60 F, hemodialysis, insulin-requiring DM2.
Lesion: right medial buttock, onset early June 2019, necrotic plaque 7.5x5cm w/ retiform edges.
Hx of weekly IM dexamethasone/B-complex by a friend, Jan-May 2019, all into the LEFT buttock;
the left side is clear on exam today.
Bx 6/20 (punch x2, derm procedure clinic): calcified arteriole walls in the subcutis, with
thrombi and septal panniculitis; dx calciphylaxis.
Impression: R buttock calciphylaxis. The comadre injected only the left nalga, opposite to
the lesion, so the shots cannot be the local trigger.
Plan: STS (nephrology), wound clinic referral, analgesia. BMI 35.5.
"""),
]}

E10 = {"patient_id": "E10", "age": 57, "sex": "M", "notes": [
("2020-05-19", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO    5/19/2020 (in person, masks on)
57M, HD since 2018 for ESRD; DM2 on linagliptin, A1c 9.8 today.
CC: dark, hard, painful spot - left lower belly, since early May (desde principios de mayo).
ROS: no fever. Denies any injections, heating pad, hot compresses or injury there.
Exam: L lower abd, under the navel: 4x3cm violaceous indurated plaque, small central dusky
area, livedo at the edges. Tender +++.
VS: BP 150/88, wt 101 kg, BMI 32.0.
A/P:
1) plaque L lower abd - ?calciphylaxis; derm.
2) DM2 uncontrolled - will likely need basal insulin; discuss next visit after derm sees him.
"""),
("2020-06-02", "Dermatology Consult", """
DERM CONSULT - 06/02/20
57 yo M, HD pt (Candelaria unit), non-insulin DM2, referred for a L lower abd plaque,
there since early May 2020, painful at night, worse when he bends.
Exam: 5x3.5cm plaque, 1cm eschar at the center and a retiform purpuric rim;
thighs/buttocks/legs clear. No drainage.
Procedure: 2 deep 6mm punch bx at the edge, 1 suture each.
Impression: calciphylaxis favored over panniculitis.
Addendum 6/5/20: calciphylaxis confirmed on path (medial calcification, thrombosis, fat necrosis).
Plan: STS w/ HD (nephrology aware), wound care, avoid trauma to the area.
"""),
("2020-06-16", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO - DM visit     06/16/2020
57M, L lower abdominal calciphylaxis, bx-proven 6/2; on STS at dialysis since
last week.
A1c 10.1. Glucose at home 250-320.
Plan: start insulin glargine 10 u qhs today. Teaching in clinic by promotora Lupita (Spanish):
inject in the abdomen, R side or upper L, staying at least 2 inches away from the wound on the
L lower belly. First dose given here at 3:10 pm into the R abdomen, he did it himself.
Wound: unchanged 5x3.5cm, dry eschar, dressing by wife.
VS: BP 144/86, wt 100.2 kg.
F/u 2 wks + promotora home visit.
"""),
("2020-07-28", "Promotora Home Visit", """
VISITA PROMOTORA - 28 julio 2020
Promotora: Lupita Benavides
Sr. Efrain C., 57. Checked insulin technique: he injects Lantus 14 u at night into the belly,
rotating R side and upper L, far from the herida. Pen stored in the fridge door. Sharps in a
laundry detergent bottle - ok.
Herida L lower abd: same size per wife, black scab dry, less pain (5/10). STS going on at HD.
SV: TA 138/80, glucosa 162 ayunas, peso 99.3 kg, BMI 31.8.
Food: no more regular soda, switched to agua de jamaica sin azucar.
Next visit 1 month.
"""),
]}

E11 = {"patient_id": "E11", "age": 64, "sex": "F", "notes": [
("2025-01-14", "Wound Care Clinic", """
WOUND CARE CLINIC - Candelaria Regional      01/14/2025
64F, ESRD on peritoneal dialysis (nightly APD), DM2 - insulin, BMI 34.3.
New wound R posterior thigh, started mid-December as a sore purple area. No injury remembered;
nothing injected there, no heat or ice there.
Wound: R posterior mid-thigh 5x4cm, 70% black eschar, 30% slough, violaceous retiform border,
pain 9/10.
Procedure: rim slough removed w/ curette (conservative sharp debridement), eschar
untouched; punch bx x 2 of the border for path.
Dressing: Hydrofera Blue + ABD pad + paper tape. Home health not covered -> promotora to help
the family with changes.
Dx: necrotic ulcer R thigh, ?calciphylaxis.
"""),
("2025-01-28", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP      1/28/25
Bx 1/14 R posterior thigh (path read 1/20): calciphylaxis. Vessel-wall calcium, intraluminal
thrombi, fat necrosis noted.
Since about New Year's the family has been putting warm compresas de manzanilla (chamomile
tea compresses) on the wound twice a day, and sabila (aloe gel) under the dressing. Wound
unchanged in size, more maceration at the edge.
Advised: stop the warm compresses (heat on a calciphylaxis wound can make it worse); aloe only
on the intact skin around.
Plan: PD team will arrange STS; weekly wound clinic; pain regimen reviewed. Daughter Marisol
present and translated for her mother.
"""),
("2025-02-11", "Promotora Home Visit", """
VISITA PROMOTORA      11-feb-2025
Promotora: Yolanda Trevino
Sra. Ofelia S., 64. Dressing change on the R back-of-thigh wound w/ daughter watching: eschar
intact, edges drier, no odor. Manzanilla compresses stopped as derm said.
Insulina: Lantus 22 u every morning, she rotates around the belly away from the PD catheter.
PD: cycler 9 h nightly, effluent clear, weighs herself daily.
SV: TA 132/74, glucosa 148, peso 86.1 kg, BMI 34.0.
Needs: ride to wound clinic Tuesdays - arranged via the church van.
"""),
]}

E12 = {"patient_id": "E12", "age": 70, "sex": "M", "notes": [
("2018-09-11", "HD Rounding Note", """
HD ROUNDS   9/11/18   Candelaria Dialysis
70M ESRD (HTN), HD TTS, AFib - warfarin, INR 2.3; prediabetes only (A1c 6.0), untreated;
BMI 27.5.
Reports both calves have painful purple areas x about a month (since early August).
Denies falls, bumps or scratches; denies any shots at home or from neighbors; no heating pad,
hot towels or ice on the legs.
Exam: R and L posterior calf - lacy livedo racemosa, violaceous indurated plaques in it, R ~3cm,
L ~5cm with a small central ulcer.
Labs: calcio 9.9, fosforo 7.7, PTH 1060, alb 3.1.
Plan: derm referral; ask cardiology about warfarin -> apixaban; promotora home visit; binder
adjusted.
"""),
("2018-09-20", "Dermatology Consult", """
DERMATOLOGY CONSULT    09/20/2018
70 yo M, HD, warfarin (AF). Referral: bilateral calf plaques since August.
Exam: retiform purpura and indurated violaceous plaques on both posterior calves; L calf:
1.5cm ulcer, thin eschar. Thighs, abdomen, arms: none.
Procedure: 5mm punch bx, L calf plaque edge.
Addendum 9/24: calciphylaxis (subcutis vessels calcified and thrombosed).
Counseling (in Spanish w/ son): if the family wants to try fomentos calientes (hot towel
compresses) or ice on the legs, please don't. Compression stockings are not advised.
Recommend cardiology consider switching off warfarin.
"""),
("2018-10-02", "Promotora Home Visit", """
VISITA EN CASA - 2 de octubre 2018
Promotora: Rosendo Villarreal
Sr. Abundio F., 70. Family said a neighbor offered to inject "vitamina B" into his legs for the
pain; he and his daughter said no and nothing was given. Reinforced: no injections outside the
clinic, no hot towels on the legs.
Legs: dressings on both calves clean and dry, he says pain 7/10.
Cardiology (per daughter): warfarin continued for now, recheck in 1 month.
Hepatitis B vaccine dose 2 is planned at dialysis next week, in the arm.
SV: TA 134/72, peso 78 kg.
"""),
]}

E13 = {"patient_id": "E13", "age": 59, "sex": "F", "notes": [
("2023-10-03", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO      10/3/2023
59F ESRD on HD MWF, DM2 - was on insulin until 2020, since starting HD diet only (A1c 5.9).
CC: twisted R ankle stepping off the curb at the mercado on Saturday 9/30/23 ("me torci el tobillo").
Since then: hielo (ice packs) to the R ankle 20 min three times a day and an elastic ACE wrap
on the R ankle, as the urgent care told her.
Exam: swelling at the R lateral malleolus, ecchymosis over the lateral ankle, ATFL tender, able
to bear weight 4 steps. Calf soft, skin of the R leg intact above the wrap.
VS: BP 132/76, peso 76.2kg, IMC 29.9 (sobrepeso).
A/P: R ankle sprain grade 1-2. Continue RICE x 1 wk, then wean the wrap.
"""),
("2023-11-07", "Wound Care", """
WOUND CARE     11-7-2023
59F on HD referred by the dialysis RN for a painful R leg wound that began 2 weeks ago.
Wound: R posterior mid-calf, 12 cm above the lateral malleolus: 3x2cm ulcer, black eschar,
retiform violaceous rim 6x5cm, very tender.
The R ankle sprain from late Sept has healed; the skin of the ankle where the ice and wrap were
used is intact, no discoloration. The ulcer is well above that area, on the calf.
No other wounds. DP/PT palpable.
Plan: punch bx x 2, dressing, pain control. ddx calciphylaxis vs vasculitis.
"""),
("2023-11-21", "Nephrology Clinic", """
NEPHROLOGY CLINIC       November 21, 2023
59F ESRD (lupus nephritis, burnt out), on HD MWF since 2020 (L forearm fistula).
DM2, off insulin since 2020, diet-controlled now. No anticoagulants.
Path 11/7 (R calf) read by Dr. Okafor as calciphylaxis: mineralized small arteries with clot,
necrotic fat.
Lesion is on the R mid-calf; the prior sprain and its ice/wrap were confined to the ankle.
Labs: calcio 10.0, PO4 7.0, PTH 940, alb 3.6.
Peso 76.0kg, BMI 29.9.
Plan: STS 25g each HD; cinacalcet; calcium carbonate off; dietitian; wound clinic weekly.
"""),
]}

E14 = {"patient_id": "E14", "age": 67, "sex": "M", "notes": [
("2021-03-09", "Community Clinic Visit", """
CLINICA FAMILIAR RIO CLARO      3/9/21
67M. ESRD; dialysis days martes-jueves-sabado. DM2, insulin (his insulin goes in the posterior
arms, R and L).
CC: (1) bola dolorosa (painful lump) L buttock since a neighbor gave him an "inyeccion de
penicilina" for a sore throat on 2/27/21. (2) burn R forearm - touched the hot comal last week.
Exam: 4cm fluctuant, warm, red abscess, L upper outer buttock. R volar forearm: 3x2cm
superficial burn, blister broken, clean pink base.
Procedure: I&D of the L buttock abscess, 8 mL pus, packed. Cx sent.
Plan: doxycycline, burn care w/ silver sulfadiazine, no more neighbor injections.
VS: BP 150/82, T 37.6, wt 97.0 kg, BMI 30.9.
"""),
("2021-04-13", "Dermatology Consult", """
DERMATOLOGY CONSULT      04/13/2021
67 y/o M on hemodialysis, insulin-treated diabetes, obesity.
New painful necrotic plaques on the lower abdomen / pannus since late March.
Exam: lower pannus, bilaterally: three violaceous indurated plaques (2-5cm), eschar in the
center, retiform borders. No injections or heat ever applied to the abdomen per patient
(insulin goes in the arms). L buttock: abscess cavity closed, small scar. R forearm: burn
re-epithelialized, pink. Neither of those looks like calciphylaxis.
Procedure: punch bx x 2, pannus.
Addendum 4/16/21: calciphylaxis confirmed on path.
Plan: STS during HD, pannus wound care, keep the fold dry.
"""),
("2021-04-27", "HD Rounding Note", """
HD ROUNDS - Candelaria Dialysis       4/27/2021
67M, calciphylaxis of the lower abdomen (bx 4/13), on STS (25g after each HD) since 4/20,
tolerating, mild nausea.
Wounds: pannus plaques dressed by the wound clinic; L buttock and R forearm healed.
Labs: calcio 9.5, fosforo 6.6, PTH 760, Hgb 9.9.
Meds: insulin glargine/aspart, sevelamer, cinacalcet 60 mg started.
EDW 95.5 kg, BMI 30.6.
Plan: continue STS; dietitian to review phosphorus; palliative care for pain
(hydromorphone low dose); promotora visit for home wound support.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
