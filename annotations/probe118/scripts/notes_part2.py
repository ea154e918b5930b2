"""probe118 corpus notes, B08-B14 (inpatient nephrology consult service; all invented)."""

B08 = {"patient_id": "B08", "age": 57, "sex": "F", "notes": [
("2026-01-27", "Nephrology Consult", """
RENAL CONSULT
Pt: 57F, ESRD (DKD), in-ctr HD Tu/Th/Sa, R AVF. DM2 on insulin aspart + degludec. BMI 36.5. No anticoag hx.
Consulted re: painful wound under L breast.
Severe uremic itch, worst in the skin fold under her L breast -- been digging at it w/ her nails since Christmas, "I scratch till it bleeds". Also says her underwire bra "cuts right into that crease", has worn the same style for years.
Sore appeared Jan 10 as a tender purple lump in that fold, now broke open w/ black base.
Exam: L inframammary fold 4 x 2 cm necrotic ulcer with indurated violaceous rim, excoriations along the fold, bra-wire groove visible. R fold: excoriations only, no lesion.
Labs: PTH 940, Ca 9.9, phosphate 7.8 (high)
A/P
1. L inframammary necrotic ulcer -- ?CUA vs intertrigo w/ superinfection. Derm bx, wound cx.
2. Pruritus -- difelikefalin w/ HD, emollients, nails trimmed.
3. ESRD -- HD TTS, K 5.2.
4. DM2 -- insulin per primary.
"""),
("2026-01-29", "Nephrology Progress Note", """
Renal f/u
Wound cx: skin flora only.
Derm bx (1/28) L IMF ulcer edge: calciphylaxis -- calcified arterioles w/ thrombi in subq fat, von Kossa pos.
Pt in soft wireless bra now per nursing.
A/P
1. Calciphylaxis L breast fold, bx proven -- STS 25 g w/ HD TTS starting Sat; lanthanum swap for Ca carbonate.
2. Itch -- improving.
3. DM2 on insulin.
"""),
("2026-02-03", "Nephrology Progress Note", """
Renal f/u
L inframammary CUA -- eschar, no spread; itch 3/10 now.
Pt: "the spot is where I was scratching and where the wire sat, isn't it" -- yes, explained.
BMI 36.5. Plan unchanged, d/c w/ STS at outpt unit.
"""),
]}

B09 = {"patient_id": "B09", "age": 52, "sex": "M", "notes": [
("2018-03-05", "Nephrology Consult", """
Neph consult
52M ESRD (DKD) on CCPD, T1DM on insulin (glargine + aspart, pt injects R thigh only -- "the left one bruises"), HTN. No warfarin.
Painful plaque L lateral thigh x 10 d, now w/ black crust.
Exam: L lat thigh: 5x4cm plaque, retiform purpura, indurated, necrotic centre, exquisitely tender. R anterior thigh: lipohypertrophy at his injection zone, skin intact, no purpura.
BMI 27.2
A/P
# L thigh necrotic plaque in PD pt -- c/f calciphylaxis; derm bx.
# CCPD -- cont.
# T1DM -- cont insulin, rotate within R thigh/abd.
"""),
("2018-03-07", "Nephrology Progress Note", """
Neph f/u
Bx L thigh: calciphylaxis (vessel calcification, thrombi, fat necrosis).
L thigh -- pt says nothing has been injected, heated, pressed or knocked there; he only ever injects the R leg.
A/P
# Calciphylaxis L lateral thigh -- STS, stop Ca-based binder.
# CCPD.
"""),
("2018-03-12", "Nephrology Progress Note", """
Neph f/u
Calciphylaxis L thigh -- stable eschar, pain controlled.
R thigh injection zone still intact.
Wt down, BMI 26.8.
Plan: cont STS at PD clinic infusion chair, f/u 1 wk.
"""),
]}

B10 = {"patient_id": "B10", "age": 77, "sex": "F", "notes": [
("2018-10-22", "Nephrology Consult", """
Renal consult
77F ESRD, HD M/W/F thru R IJ TDC, pAF on warfarin, no DM, BMI 29.9.
Referred for R calf wound. Per pt a painful "red knot" appeared on her R calf, posterior aspect, around Oct 1, no injury before it -- no falls, bumps, shots, heat, ice. Then on 10/15 her foot slid out from under her in the bathroom, scraping the same calf on the tub edge.
Exam: R posterior calf 6x5cm necrotic plaque w/ livedo, superficial healing abrasion over its lower edge.
A/P
- Necrotic R calf plaque which predates the fall -- c/f calciphylaxis on warfarin; bx by derm.
- AF -- warfarin hold, heparin gtt not advised; cards consult.
- ESRD HD.
"""),
("2018-10-24", "Nephrology Progress Note", """
Renal f/u
Bx: calciphylaxis. 
Daughter confirms the lump was there about 2 wks before the tub fall.
A/P
- Bx-proven calciphylaxis, R calf -- thiosulfate each HD + wound RN.
- AF -- switch to apixaban per cards.
"""),
("2018-10-29", "Nephrology Progress Note", """
Renal f/u
R calf calciphylaxis stable. Abrasion healed.
BMI 29.9, not obese.
Plan: cont STS, outpt HD unit aware.
"""),
]}

B11 = {"patient_id": "B11", "age": 60, "sex": "M", "notes": [
("2020-06-09", "Nephrology Consult", """
NEPHROLOGY CONSULT NOTE
60M ESRD (DKD), HD T/Th/S (L AVF); DM2 on NPH 20u BID (injects abdomen), obesity (BMI 33.0), no warfarin.
CC: buttock pain x 3 wks.
Per pt: firm sore spot arose 3 weeks ago over the L buttock; denies falls, shots there or heat.
Exam: L buttock 7x6cm violaceous plaque w/ eschar centrally and peripheral livedo. Sacrum intact.
A/P
1. Necrotic plaque of L buttock -- CUA vs pressure injury; derm bx.
2. ESRD on HD TTS.
3. DM2 on insulin.
"""),
("2020-06-11", "Nephrology Progress Note", """
Renal f/u
Derm took 2 punch bx from L buttock plaque 6/10. Wound RN: alginate + foam dressing, changed daily; RN applying ice packs to the area for pain.
A/P
1. L buttock plaque -- bx pending. Ask RN to stop ice.
2. ESRD HD.
"""),
("2020-06-16", "Nephrology Progress Note", """
Renal f/u
Path: calciphylaxis.
Surgery did bedside sharp debridement of L buttock eschar 6/15.
A/P
1. L buttock calciphylaxis -- STS w/ HD, dressings per wound team, offload.
2. ESRD HD TTS. 3. DM2 NPH.
"""),
("2020-06-22", "Nephrology Progress Note", """
Renal f/u
Calciphylaxis L buttock s/p debridement -- granulating edges. Pain 5/10.
BMI 33.0.
Plan: cont STS, d/c to SNF w/ wound care orders.
"""),
]}

B12 = {"patient_id": "B12", "age": 55, "sex": "F", "notes": [
("2021-09-14", "Nephrology Consult", """
Nephrology consult
55F ESRD (HTN), HD M-W-F by L forearm AVG, DM2 diet-controlled (never on insulin or orals), PMH obesity -- BMI 29.9 today after 14 kg wt loss. No warfarin.
Lower abd pannus wound since about mid-August, getting bigger + "hurts like a burn".
Denies any shots into the belly, denies heating pad, hot packs, ice, tight belts/waistbands, falls, scratching. Husband agrees, "nothing's touched it".
Exam: pannus, inferior, 8x5cm necrotic plaque, violaceous indurated margins, livedo extending laterally. Intertriginous skin beneath: macerated, no ulcer.
A/P
- Pannus necrotic plaque -- CUA likely; derm bx.
- VTE ppx: plan SC heparin, arms only if started (NOT abd).
- ESRD on HD MWF, no change.
"""),
("2021-09-16", "Nephrology Progress Note", """
Renal f/u
Derm bx 9/15 of pannus plaque: path = calciphylaxis (Ca in small vessel walls, thrombi).
VTE ppx changed to SCDs instead -- heparin never given.
A/P
- Calciphylaxis pannus -- STS w/ HD MWF, Ca-free binder.
- Obesity -- nutrition consult.
"""),
("2021-09-20", "Nephrology Progress Note", """
Renal f/u
Calciphylaxis of pannus -- stable, wound RN doing daily dressings, edges dry.
BMI 29.9. DM2 diet only, BG ok.
Plan: cont STS as outpt, renal clinic 2 wks.
"""),
]}

B13 = {"patient_id": "B13", "age": 69, "sex": "M", "notes": [
("2022-11-02", "Nephrology Consult", """
Renal consult
69M ESRD HD MWF (R AVF), no DM, prior DVT treated w/ warfarin 2019-20 then switched to apixaban, BMI 24.4.
Bilat medial thigh painful plaques for 3 wks; denies injections, heat, braces or trauma to thighs.
Separately, spilled hot coffee on R forearm last Thurs -> blister.
Exam: medial thighs bilat -- firm violaceous plaques w/ central necrosis, L ~5cm, R ~3cm, livedo. R volar forearm: deroofed blister, moist pink base, no purpura/eschar -- superficial partial-thickness burn.
Also enox bruises lower abd from outside hosp stay, skin otherwise intact there.
A/P
- Bilat thigh necrotic plaques -- CUA suspected; derm bx.
- R forearm -- coffee burn, simple dressing, not CUA.
- ESRD on HD MWF.
"""),
("2022-11-04", "Nephrology Progress Note", """
Renal f/u
Bx L medial thigh -> calciphylaxis; path shows arteriolar Ca, thrombi, necrotic fat.
R forearm burn re-epithelializing, no necrosis, nothing to suggest calciphylaxis there. Abd bruises fading.
A/P: STS each HD; thigh wound care, d/c planning. BMI 24.4.
"""),
]}

B14 = {"patient_id": "B14", "age": 64, "sex": "F", "notes": [
("2023-02-13", "Nephrology Consult", """
Renal consult
64F ESRD (DKD) on CAPD, insulin-treated DM2 (lispro/glargine into abd only), no warfarin, BMI 38.0 -- class II obesity.
L calf painful plaque x 2 wks, "like a purple golf ball under the skin". No falls or bumps on the leg.
Puts ice on her L shoulder for OA most nights.
Exam: L posterior calf 4 x 4 cm necrotic plaque w/ livedo. L shoulder skin normal. Abd: lipohypertrophy, no lesions.
A/P
- L calf plaque -- CUA suspected; derm bx.
- Counselled: avoid heating pads/ice on legs, never inject into the legs, report new sores.
- CAPD -- cont, 2.5% x 4.
"""),
("2023-02-15", "Nephrology Progress Note", """
Renal f/u
Path, L calf (2/14): calciphylaxis.
A/P: STS in the infusion clinic M/W/F, wound care, d/c Ca carbonate. Shoulder ice ok, not near legs.
"""),
("2023-02-20", "Nephrology Progress Note", """
Renal f/u
Calciphylaxis L calf -- eschar stable, pain 4/10.
BMI 38.0. DM2 on insulin, abd sites rotated.
Plan: cont STS, PD clinic f/u.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
