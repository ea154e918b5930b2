"""probe197 corpus notes, E01-E07 (border community clinic, promotoras, bilingual notes; all invented)."""

E01 = {"patient_id": "E01", "age": 66, "sex": "F", "notes": [
("2023-03-20", "Promotora Home Visit", """
VISITA DOMICILIARIA / PROMOTORA HOME VISIT
Clinica Familiar Rio Claro - Alamillo, TX
Promotora: Yesenia Garza-Olvera     Idioma: espanol

Sra. Celestina R. (66) seen at home with her husband Nicanor. Dialisis lun/mie/vie at the
Candelaria unit, "todo bien" per pt.
SV: TA 152/84, FC 78, glucosa capilar 188 (desayuno 2 hrs antes).
Meds she showed me: Lantus 18 u en la noche, sevelamer w/ meals, amlodipino.

Pt tells me la vecina (Dona Chuy) has been giving her "inyecciones de vitaminas" - complejo B
that her son brought from Reynosa - en la nalga derecha (R buttock), one shot every 3 days
starting 03/04/2023. She says she feels "con mas energia". Showed me the box, no receta.
Piel: she did not want me to look at the nalga, says no sores. Feet ok, no wounds.
Educacion: explained shots from outside the clinic are not safe for dialysis pts, pls stop
and bring the box to Dr. Ybarra. She said she would think about it.
Proxima visita 2 semanas. Will message RN Adela.
"""),
("2023-04-11", "Community Clinic Visit (Bilingual)", """
CLINICA FAMILIAR RIO CLARO - ADULT MEDICINE      04/11/2023
Visit done in Spanish, provider bilingual, no interpreter needed.

CC: "dolor en la nalga" - R nalga/buttock pain, it began hace 3 semanas (~3 wks ago), now
9/10, can't sit in the van to dialysis.
HPI: 66F, dialysis pt (ESRD, HD lun-mie-vie), DM2 using insulin. Reports the neighbor kept
giving her complejo B shots in the right buttock from early March, last one approx 3/28. Pain
began about a week before that last shot.
VS: TA 148/80  FC 84  Temp 36.9  Peso 81.5kg  IMC/BMI 32.6
Exploracion: nalga derecha, upper outer part - violaceous indurated plaque 6x4cm; purple
net-pattern border; black eschar (~1.5cm) centrally; very tender, nothing fluctuant. Left nalga clear.
Labs (HD unit 4/3): calcio 9.9 / fosforo 7.4 / PTH 812 / albumina 3.3.
A/P:
#1 Necrotic painful plaque R buttock - worry for calciphylaxis vs necrosis at the injection
   site. Urgent derm referral (Dr. Aldana), message nephrology.
#2 Stop all outside injections, promotora to follow.
"""),
("2023-04-18", "Dermatology Consult", """
DERMATOLOGY CONSULT    4/18/23
Ref: Dr. E. Ybarra, Clinica Rio Claro. Reason: necrotic plaque R buttock.

66 yo woman on hemodialysis (3x/wk since 2017), type 2 diabetic on insulin glargine.
Onset ~3/21/23 per clinic note, exquisitely painful. Pt confirms lay injections of B-complex
into that same buttock all through March.
Exam: R superolateral buttock: 6.5x4.5cm stellate plaque, violaceous, retiform margins,
adherent eschar; 3 tiny healed puncture marks inside the plaque. Thighs and abdomen: no livedo.
Procedure: 6mm punch at the border x1, and a deep incisional wedge so the subcutis is
included; sent to path, asked for von Kossa. Pressure for hemostasis. Tolerated.
Impression: retiform purpura + eschar on a dialysis patient -> calciphylaxis is my leading
dx, path pending.
Plan: results 5-7 days; wound care handout given in Spanish; STS to be discussed w/ nephrology.
"""),
("2023-04-28", "Nephrology Clinic", """
NEPHROLOGY FOLLOW-UP - Candelaria Kidney Associates
Date: April 28, 2023

Pt: 66F; kidney failure 2/2 DM (ESRD), HD three times weekly (M-W-F), L arm
brachiocephalic fistula.
Path (4/18, R buttock): von Kossa + calcium lining the media of tiny subcutaneous arterioles;
intimal hyperplasia; fat necrosis. -> Biopsy-proven calciphylaxis.
It is located precisely where the neighbor put the vitamin shots in March; those injections
are the probable trigger.
Labs (4/24): calcio 9.6, fosforo 7.1, iPTH 790, alb 3.2. Not on warfarin, never was. No
calcium binder.
Wt 81.0 kg, BMI 32.4.
Plan: tiosulfato de sodio (STS) 25 g IV, ordered for each HD treatment; raise sevelamer,
begin cinacalcet, low-phos diet review w/ dietitian, wound care referral. No injections
outside the clinic - promotora Yesenia will reinforce at home.
"""),
]}

E02 = {"patient_id": "E02", "age": 58, "sex": "M", "notes": [
("2022-11-08", "Promotora Home Visit", """
PROMOTORA - VISITA EN CASA
Clinica Familiar Rio Claro       Promotora: Lupita Benavides
Paciente: Sr. Anselmo T., 58, en dialisis peritoneal (PD) en casa, cycler nightly; la esposa ayuda.

SV: TA 138/82, pulso 72, peso 86 kg, glucosa 131 en ayunas.
Diabetes "con pura dieta" per pt, no pills, no insulin.
He has "dolor de rinon" on the left side. Since October, every night, he heats coarse salt
(sal de grano) on the comal, wraps it in a cotton cloth and lays it on his L flank (costado
izquierdo) for about an hour. Says it helps him sleep. I looked: skin of the L flank a little
red, no sore, no blister.
PD: catheter exit site clean, dressing dry. Bags stored off the floor - good.
Teaching: the salt should not be so hot, put a towel between, check the skin each night.
Low-salt diet reviewed (and no eating the salt!).
F/u 1 mes.
"""),
("2023-01-17", "PD Clinic - Nephrology", """
PERITONEAL DIALYSIS CLINIC       01/17/2023
Candelaria Kidney Associates - Dr. M. Quintanilla

58M ESRD (HTN nephrosclerosis + DM2, diet-controlled), CCPD since 2021. Kt/V 1.9 (Dec).
No peritonitis episodes.
New issue: very painful dark area L flank "desde diciembre" (since December), worse the
last 2 wks, keeps him awake.
Exam: L flank, midway from the lower ribs to the iliac crest - 8x5cm plaque; retiform purpura
along the edges, center dusky and necrotic. Exit site RLQ clean, tunnel non-tender.
Labs: Ca (corrected) 10.3, fosfato 8.2, PTH 1020, albumin 3.0. Binder now: calcium acetate,
2 with each meal.
BP 142/86, wt 85.1 kg, BMI 28.0.
A/P: suspect calciphylaxis, L flank. Calcium acetate off -> sevelamer.
Urgent derm bx. Start cinacalcet 30.
"""),
("2023-01-26", "Dermatology Consult", """
DERM CONSULT - 1/26/23
CC: painful plaque left flank x ~6 wks (onset Dec 2022).
58 yo Spanish-speaking man on PD, seen with his wife; interpretation by staff MA Rosalba.
Exam: L flank 8.5x5.5cm necrotic plaque, eschar black in the center, livedo racemosa around
it spreading toward the L back. Rest of skin (abdomen, thighs, legs) without lesions.
Two deep incisional bx from the periphery today, sutured.
Addendum 1/30/23: path - calcified walls in small subcutaneous vessels, thrombi inside, fat
necrosis beside them. Read as calciphylaxis. Called pt (in Spanish) and Dr. Quintanilla.
Dx: calciphylaxis, L flank.
Plan: STS to be arranged by nephrology; wound care; low-dose hydromorphone for pain;
palliative care intro visit.
"""),
]}

E03 = {"patient_id": "E03", "age": 49, "sex": "F", "notes": [
("2024-07-09", "Community Clinic Acute Visit", """
CLINICA FAMILIAR RIO CLARO  -  acute visit   7/9/2024
Provider: NP Araceli Montemayor (bilingual)

CC: "un moreton que duele mucho" - painful bruise low belly R side, 2 wks (desde hace dos semanas).
HPI: 49F, ESRD, HD martes/jueves/sabado at Candelaria. Not diabetic - last A1c 5.4 (May). No
blood thinners. Has worn a tight elastic faja (shapewear girdle) every day since the spring of
last year "para la espalda y para verme bien"; takes it off only to sleep.
VS: BP 136/78, HR 88, afebrile. Peso 79.4kg, talla 162.6cm -> BMI 30.0.
Exam: R lower abdomen, right above the inguinal crease - 5x3cm firm plaque, violaceous, lacy
purple rim; very tender; not warm, not fluctuant. The lower hem of the faja falls right
across it (red pressure line visible on both sides).
A/P: indurated painful plaque on the faja line, HD patient -> must r/o calciphylaxis.
Derm referral this week. Asked her to leave the faja off.
"""),
("2024-07-16", "Dermatology Consult", """
DERMATOLOGY - NEW CONSULT, 16-Jul-2024
49 y/o F, HD since 2020 (FSGS), referred for R lower abdominal plaque.
Onset late June. Pain 8/10; waistbands make it worse.
Exam: R lower quadrant: 5.5x3.5cm indurated purple plaque, central 1cm dusky-black zone;
subtle retiform purpura along its edge. Horizontal band of pink erythema across the lower
abdomen bilaterally matching her girdle hem. Thighs, breasts, arms: clear.
Procedure: two 4mm punches down into fat at the edge; Gelfoam, sutures x 2. Pt tolerated well.
Assessment: favor calciphylaxis; ddx panniculitis, early pressure necrosis.
Plan: path with von Kossa stain; loose clothes only; f/u wound care.
"""),
("2024-08-02", "Wound Care Clinic", """
WOUND CARE CENTER - Candelaria Regional      08/02/2024
Referred by derm. Bx 7/16/24: calciphylaxis (arteriolar calcification + thrombi, fat necrosis).

Wound #1: R lower abdomen, calciphylaxis. 5.8x3.6cm; eschar ~80%, slough ~20%, little serous
exudate, lacy livedo surrounding. Pain 7/10.
Trigger: the wound lies directly under the bottom edge of the faja she wore daily since
spring 2023 - chronic garment pressure is the likely trigger.
Tx today: eschar stable and dry, so not debrided. Cleanse w/ NS, calcium alginate + bordered
foam, changed every 2nd day - her sister and the promotora were trained.
Education: NO faja, no tight jeans, sleep on back or L side.
Nephro notified; STS started 7/30 with HD. BMI 30.0 (79.4 kg).
"""),
]}

E04 = {"patient_id": "E04", "age": 71, "sex": "F", "notes": [
("2024-02-06", "Community Clinic Procedure Note", """
PROCEDURE NOTE - Clinica Familiar Rio Claro       Feb 6 2024
Procedure: incision and drainage, abscess L lateral thigh
Provider: PA-C Rogelio Cantu. Consent signed (Spanish form).

71F w/ DM2 (glipizide), AFib on warfarin (INR today 2.4 by fingerstick), CKD 3a (eGFR 54 in
Dec), obesity. Has had a "grano enterrado" (boil) on the outer L thigh x 5 days, tried sabila
at home without success.
Exam: L lateral mid-thigh: fluctuant abscess ~3cm, erythema ~6cm around it.
Local lidocaine 1%, 1.5cm linear incision, ~6 mL pus expressed, loculations broken, packed
with 1/4" iodoform, dry dressing. Cx sent.
Doxycycline x 7 days. Pt tol well.
VS: BP 146/88, wt 93 kg, BMI 36.2.
F/u 48h for packing removal; promotora to check at home.
"""),
("2024-03-26", "Community Clinic Follow-up", """
CLINICA FAMILIAR RIO CLARO - follow up    03/26/2024
71F here w/ daughter. The I&D site on the outer L thigh was healed by 2/20 (promotora note).
Since early March (a principios de marzo) she has a new black, very painful sore right on that
scar, getting bigger.
Meds: warfarin 5mg daily (INR 2.8 on 3/19), glipizide, metoprolol, atorvastatin.
VS: T 36.8  BP 150/84  Wt 92.1 kg
Exam: L lateral thigh ulcer 4x3.5cm, black eschar stuck to the base, centered on the healed
incision line; 2cm-wide netlike violaceous rim; she pulls away from even light touch. No
fluctuance felt, no streaking.
Cr 1.1 / eGFR 52 / calcio 9.4 / fosforo 3.9.
A: necrotic ulcer at prior I&D site - recurrent infection vs warfarin-related necrosis vs
non-uremic calciphylaxis.
P: spoke w/ derm by phone, bx appt 3/28. Wound cx. No antibiotics unless cx positive.
"""),
("2024-04-09", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP - 04/09/2024
71 yo F, CKD 3a, no dialysis; atrial fibrillation, warfarin for 6 years; DM2 on an oral
agent; BMI 35.8.
Lesion: L lateral thigh. Began early March 2024, inside the healed scar left by the Feb 6
I&D done at her community clinic.
Exam: 4.5x4cm stellate eschar, retiform purpura peripherally, less erythema.
Biopsy (deep incisional, taken here 3/28): calcification of small arterioles in septal fat
with thrombosis, consistent with calciphylaxis. Cultures negative.
Impression: non-uremic calciphylaxis (L lateral thigh) that came up in the prior I&D
incision (Koebner-type localization); warfarin a key risk factor.
Plan: stop warfarin, switch to apixaban (cardiology agrees); IV STS three times weekly
(infusion suite); wound care; pain management.
"""),
]}

E05 = {"patient_id": "E05", "age": 62, "sex": "M", "notes": [
("2022-06-11", "Promotora Home Visit", """
VISITA PROMOTORA - sabado 06/11/22
Promotora: Maribel Ochoa        Pt: Sr. Fidencio L., 62

Wife called because ayer en la tarde (yesterday afternoon) while he was cleaning nopales in the
backyard he slipped and fell against the nopalera - lots of espinas went into his R shin
(espinilla derecha). She pulled them out with tweezers last night.
Seen: R anterior shin with about 15 pinpoint punctures, 2 small scratches, mild redness, no pus.
Washed w/ soap and water, bacitracin and gauze applied.
SV: TA 160/90, FC 80, glucosa 212 (after lunch). Uses NPH insulin 20u am / 10u pm. HD L/M/V.
Teaching: watch for fever or spreading redness, call the clinic. Diabetic foot check - feet ok.
Told the wife to tell the dialysis nurse on Monday.
"""),
("2022-06-24", "HD Rounding Note", """
HD ROUNDS - Candelaria Dialysis, chair 14          6/24/2022
62M ESRD (DM nephropathy), HD MWF 4h via R arm AVF, EDW 72.0 kg.
Pre BP 168/92, post 138/80. UF 2.8 L. No cramping today.
Monthly labs: Kt/V 1.41, Hgb 10.4, calcio 10.0, fosforo 7.6, iPTH 936, albumin 3.5.
Meds: NPH insulin; sevelamer 1600 with meals; calcitriol 0.5 (held today, Ca/P high); ESA per
protocol.
DVT in 2018 -> warfarin, which was stopped spring 2019 - no current anticoagulation.
He mentions the nopal thorns his wife already told the nurse about; "ya casi no tiene nada".
Plan: hold calcitriol, increase binder, start cinacalcet 30 mg. BMI 26.0.
"""),
("2022-07-05", "Wound Clinic", """
WOUND CLINIC  - Rio Claro satellite (Tues)     7-5-22
Pt: 62 M, Spanish speaking (wife interprets some). ESRD - HD; DM2 - insulin.
Reason: painful wound R leg.
Hx: wife says it was a purple sore patch, R anterior shin, hace 2 semanas (~2 wks ago);
black since this past week. Denies fever.
Wound: R anterior mid-shin 3.0x2.5cm with stuck black eschar; retiform violaceous halo 7x6cm
around it, extremely tender, no drainage. Pulses: DP 1+ bilat. ABI noncompressible.
Impression: ?calciphylaxis vs ischemic ulcer.
Plan: 2 punch bx from the purpura edge today (done, sutured), sent w/ von Kossa request. Dry
dressing, no compression wrap. Pain: acetaminophen, gabapentin low dose per nephro.
"""),
("2022-07-19", "Nephrology Note", """
NEPHROLOGY - interval note, July 19 2022
Pathology (7/5/22, R shin): arteriolar calcification within the subcutis, microthrombi,
lobular panniculitis - diagnostic of calciphylaxis.
Pt 62M on HD, DM2 (NPH), prior warfarin 2018-19. calcio 9.7, fosforo 6.9, PTH 870.
STS 25g IV now ordered for every HD treatment, run in near the end; calcitriol off;
cinacalcet up-titrated to 60mg. Wound clinic weekly. Promotora Maribel will check the
dressing at home Tues/Sat.
Family asks about prognosis - discussed honestly, they want full treatment.
Wt 71.4 kg, BMI 25.7.
"""),
]}

E06 = {"patient_id": "E06", "age": 55, "sex": "F", "notes": [
("2020-09-02", "Community Clinic DM Follow-up (Video)", """
CLINICA FAMILIAR RIO CLARO - DM follow-up    9/2/20 (video visit, MA in the home)
55F, DM2 x 15 yrs, ESRD, peritoneal dialysis (CAPD) from 2019, catheter L abdomen.
A1c 10.2 -> glipizide stopped, NPH insulin started in August (8/2020): 14 u qam + 6 u qpm.
Her daughter Yaneth gives it because pt's vision is poor. Because the PD catheter and exit site
take up the belly, they inject into the anterior thighs (muslos), right and left alternating.
Glucose log: fasting 140-190.
Peso 100.4kg / talla 161cm / BMI 38.7.
A/P: DM2 improving on insulin; titrate morning NPH to 16 u. Promotora to review injection
technique and the sharps container. Diet: fewer flour tortillas, more nopales and beans.
"""),
("2021-01-12", "Promotora Home Visit", """
VISITA EN CASA - PROMOTORA        12 enero 2021
Promotora: Yolanda Trevino
Sra. Delfina M. dice que desde Navidad tiene "manchas moradas" en los dos muslos que le arden
y duelen mucho; can barely walk to the bathroom. The daughter still gives the NPH in the thighs.
I saw: large purple net-shaped patches, front of each thigh; on the L thigh a hard dark
crusted area the size of a coin. No fever per pt.
SV: TA 128/70, glucosa 164, peso 99.8 kg.
PD going ok, bags clear.
Called Dr. Salinas' nurse - appt in PD clinic next week. Told the daughter: for now put the
NPH in the arms (parte de atras del brazo), no en los muslos.
"""),
("2021-01-20", "PD Clinic Note", """
PD CLINIC NOTE - Candelaria Kidney Associates - 2021-01-20
Dr. Tomas Salinas
55F CAPD, DM2 on NPH, BMI 38.2 (98.9 kg).
Skin: anterior thighs bilaterally - livedo racemosa w/ violaceous indurated plaques; L 4x3cm
black eschar, R 6x5cm plaque without eschar. Present since Christmas (12/25/20).
calcio 10.1 / fosforo 7.3 / PTH 680 / alb 2.9. On calcium carbonate binder.
Assessment: calciphylaxis (clinical dx - classic picture; biopsy deferred given necrosis risk
on the thigh). The plaques sit where her insulin has been injected (both anterior thighs)
since 8/2020.
Plan: STS at infusion ctr (M/W/F); switch calcium carbonate to sevelamer; NPH into the arms
only; wound care; tramadol 50 prn.
"""),
]}

E07 = {"patient_id": "E07", "age": 68, "sex": "M", "notes": [
("2021-10-05", "Promotora Home Visit", """
PROMOTORA HOME VISIT - 10/05/2021
Promotora: Rosendo Villarreal
Sr. Baltazar G., 68, HD M/W/F. Lives with his wife in a trailer on Calle Ocotillo.
Complains of calambres (cramps) in the left calf after every dialysis since last month. Since
September he lays a frozen corn bag (bolsa de elote congelado) right on the rear of his L calf
(pantorrilla izquierda) for ~30 min when he gets home, sometimes dozes off with it still there.
Skin L calf: cool, pale, no sores today.
SV: TA 118/66, FC 64 irreg, peso 70.1 kg.
Meds: warfarin 4 mg (metal mitral valve, INR checked at dialysis), midodrine, sevelamer.
Teaching: towel under the cold bag, max 15 min, tell the dialysis nurse about the cramps
(maybe too much fluid pulled).
"""),
("2021-11-30", "Wound Care", """
WOUND CARE - Candelaria Regional OP      11/30/21
68 yo M, ESRD/HD, mech MVR -> warfarin. Non-diabetic (A1c 5.2).
Chief concern: black painful wound L calf; first seen ~3 weeks ago, a purple sore spot.
Exam: posterior L calf over the gastrocnemius belly: 3.5x3cm ulcer capped by black eschar;
livedoid violaceous rim ~8cm; exquisitely tender. Right leg clear. Dopplerable DP/PT.
INR 2.9.
Assessment: necrotic ulcer, L calf - r/o calciphylaxis (warfarin + ESRD) vs arterial ulcer.
Procedure: 2 punch bx (4mm) taken from the violaceous rim.
Plan: path, arterial duplex, non-adherent dressing, keep pressure off the calf in bed.
"""),
("2021-12-14", "Nephrology Clinic", """
NEPHROLOGY CLINIC - 12/14/2021
68M ESRD (IgA nephropathy), HD MWF since 2016, mechanical mitral valve -> warfarin (cannot be
stopped; cardiology insists INR stays 2.5-3.5).
Path 11/30, L calf = calciphylaxis (calcium rings around subcutaneous arterioles, thrombi,
fat necrosis). Arterial duplex: no significant stenosis.
Labs: calcio 9.8, fosforo 6.4, PTH 1210, alb 3.4.
Vitals: BP 122/70, wt 69.6 kg, BMI 24.9.
Plan: STS 25g after each HD run, vitamin K2 supplement, parathyroidectomy eval (surgery
referral), wound care weekly, dietitian. Spanish-language handout on calciphylaxis given to wife.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
