"""probe113 corpus notes, I08-I14 (intensive and critical care; all invented)."""

I08 = {"patient_id": "I08", "age": 48, "sex": "M", "notes": [
("2025-02-12", "CVICU Progress Note", """
CVICU PN - POD2 CABG x3
48M; ESRD, dialysis Tu/Th/Sa; DM2, home 70/30 insulin, morbid obesity BMI 44.5, no warfarin.
VTE ppx: enoxaparin 30 SC daily to abd + thigh-high TED hose to LLE (RLE has the saphenous vein harvest incision, wrapped in ACE) - TEDs on since 2/10.
Neuro: A&Ox3. Resp: 2L NC.
Renal: HD resumed.
"""),
("2025-03-04", "Nursing Skin Assessment", """
Skin - CVICU bed 14.
LLE: under band of TED stocking at upper calf, a 4 cm purple hard patch with lacy edges and small black dot center. Pt states noticed on 03/01 when stocking was pulled down. Very painful.
Abd enox sites: small bruises only, no plaques.
RLE harvest incision: healing, staples in.
TED to LLE removed. Provider aware.
"""),
("2025-03-06", "Dermatology Consult", """
DERM: L calf plaque where compression stocking band pressed continuously. Bx -> calciphylaxis. Koebner-type localization.
A/P: no compression devices on L leg, STS per renal, pain mgmt.
"""),
]}

I09 = {"patient_id": "I09", "age": 69, "sex": "F", "notes": [
("2018-10-03", "MICU Progress Note", """
MICU D3. 69F ESRD (HD) + T2DM requiring insulin, BMI 35.0.
Insulin: pt injects glargine at home into L thigh only ("always my left leg, the right one's too sore from arthritis").
Skin: R lateral thigh 5x3 cm necrotic plaque w/ retiform border, onset ~3 wks ago.
"""),
("2018-10-05", "Dermatology Consult", """
Bx R thigh: calciphylaxis confirmed. L thigh injection sites: no induration, no lesions. R thigh never used for injections per pt and husband.
"""),
("2018-10-12", "MICU Progress Note", """
PN: R thigh calciphylaxis wound, STS started w/ HD. Insulin now given by RN into abdomen. No warfarin. BMI 35.0.
"""),
]}

I10 = {"patient_id": "I10", "age": 55, "sex": "M", "notes": [
("2019-10-06", "CCU H&P", """
CCU admit
55M on CAPD for ESRD; not diabetic, LV thrombus on warfarin.
L posterior calf: 3cm eschar, black, ringed by violaceous mottling, painful, started 10/1/19. Denies injury, knocks, shots, heating or icing on that leg.
BMI 22.0.
"""),
("2019-10-09", "ICU Nursing Note", """
Pt agitated overnight, struck L calf on bed rail during transfer to chair this AM - little skin tear along border of the eschar, steri-strips not applied. Padding rails.
"""),
("2019-10-11", "Dermatology Consult", """
Bx L calf lesion (prior to the fall onto rail it was already ulcerated): calciphylaxis, biopsy-proven. Rail injury came after the lesion already existed; not causal.
"""),
]}

I11 = {"patient_id": "I11", "age": 62, "sex": "F", "notes": [
("2020-02-14", "SICU Progress Note", """
SICU PN
62F ESRD/HD. DM2 - orals, no insulin. BMI 30.5.
L buttock: 6 cm indurated purpuric plaque with black center, appeared 2/10. No prior injections, pressure or wounds there per pt; turned q2h and on air mattress.
"""),
("2020-02-17", "Dermatology Consult", """
Punch bx of the L buttock plaque on 2/15 -> calciphylaxis. Bx site sutured.
"""),
("2020-02-25", "Wound Care Note", """
WOC: L gluteal calciphylaxis wound s/p sharp debridement 2/23, wet-to-dry dressings BID, warm compresses applied to periwound for comfort since 2/24. No new lesions. Continue.
"""),
]}

I12 = {"patient_id": "I12", "age": 58, "sex": "F", "notes": [
("2021-06-08", "MICU H&P", """
58F; ESRD, HD; T2DM, insulin (humalog + degludec into upper arms per pt), BMI 48.3.
Pannus: several 2-4 cm black eschars with purple net-like rim, began ~2 wks ago.
Pt denies injections into belly, heating pads, tight belts, falls, or any injury to that area.
Plan: biopsy; consider heparin SQ into thighs once bx done.
"""),
("2021-06-10", "Dermatology Consult", """
Bx pannus lesion: calciphylaxis. No local trauma identified. If insulin site rotation is changed, avoid abdomen.
"""),
("2021-06-15", "MICU Progress Note", """
PN: pannus wounds stable, STS w/ HD. No warfarin. BMI 48.3. Heparin SC not started.
"""),
]}

I13 = {"patient_id": "I13", "age": 73, "sex": "M", "notes": [
("2023-03-02", "Trauma ICU Progress Note", """
TICU day 5
73M ESRD HD (R IJ cath), no DM, no anticoagulation, MVC w/ C2 fx in rigid collar.
Skin: stage 2 pressure injury occiput under cervical collar - not calciphylaxis, typical pressure injury. Hematoma R wrist at old art line site.
New: bilateral anterior thigh violaceous plaques with central necrosis since 2/28.
BMI 26.0.
"""),
("2023-03-04", "Dermatology Consult", """
Derm: bilateral thighs - calciphylaxis, bx proven. No trauma to thighs. Occipital wound and R wrist hematoma are unrelated (device pressure and line removal), not calciphylaxis.
"""),
]}

I14 = {"patient_id": "I14", "age": 50, "sex": "F", "notes": [
("2024-04-15", "MICU Progress Note", """
MICU. 50F ESRD on PD, DM1 insulin, hx PE on warfarin, obesity BMI 31.2.
L breast: 4 cm firm purple plaque w/ eschar since ~1 month. R knee: ice pack applied for gout flare since 4/13.
"""),
("2024-04-17", "Dermatology Consult", """
L breast calciphylaxis (biopsy). Pt counselled: risk of new lesions with injections, no icing or heating pads to skin, rotate insulin sites away from abdomen.
"""),
("2024-04-22", "MICU Progress Note", """
PN: wt down, BMI 29.8. L breast wound stable. R knee gout better, ice stopped.
"""),
]}

PATIENTS = [I08, I09, I10, I11, I12, I13, I14]
