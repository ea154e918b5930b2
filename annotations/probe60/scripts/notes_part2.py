"""probe60 corpus notes, G08-G14 (nursing shift documentation and care plans; all invented)."""

G08 = {"patient_id": "G08", "age": 62, "sex": "M", "notes": [
("2025-03-02", "Device Check Flowsheet", """
CCU device check, 2200
NIBP: cuff L upper arm, auto cycle q15 min (started this shift 03/02 per Dr Haddad for labile BP after valve redo)
Art line: none - failed x2
PIV: R hand 20g, flushes
Restraints: none, pt A&Ox4
Tele: AF, rate 80s
Hx: ESRD on PD (CAPD, 3 exchanges), mechanical MVR on warfarin, morbid obesity BMI 44.0. Not diabetic.
Large cuff used. Skin under cuff intact at 2200.
"""),
("2025-03-20", "SBAR Handover", """
S: painful dark patch on L upper arm, under where the BP cuff has been cycling
B: 62M ESRD/PD, warfarin for mech valve. NIBP on L arm q15 since 3/2 - still on it bc R arm has PIV and pt hates it switched.
A: 6 x 5 cm mottled purple plaque L lateral upper arm, central area going black. Started 4 days ago as a "sore red spot" per pt. Not warm, no pus. Pain 8/10.
R: cuff moved to R thigh, wound care + derm asked to see. Ask cards re warfarin.
"""),
("2025-03-27", "Nursing Care Plan", """
Problem: impaired skin integrity - L upper arm calciphylaxis (bx 3/22 positive) at BP cuff site
Outcomes: no further necrosis, pain < 5
Actions:
 - no BP cuff, tourniquet or tape on L arm (sign posted)
 - NIBP R thigh q1h only
 - STS IV w/ PD fluids per renal
 - Xeroform + ABD + loose Kerlix
 - bariatric bed (BMI 44.0), turn q2h
 - warfarin -> switched to heparin gtt 3/24 per cards (mech valve)
"""),
]}

G09 = {"patient_id": "G09", "age": 67, "sex": "F", "notes": [
("2020-06-02", "Cold Therapy Order", """
Cold tx order: ice bag to R ankle (lateral) 15-20 min q3-4h x 72h for sprain.
MOI: rolled R ankle stepping off the scale at dialysis 6/1. Xray neg.
Elevate R leg on 2 pillows. Neurovasc checks q4h.
PMH: ESRD on HD, DM2 on Levemir, BMI 28.0. No blood thinners.
L ankle: no complaints, skin intact.
"""),
("2020-07-14", "Skin Check Flow", """
Skin check, dialysis chair 4, pre-tx
R ankle: sprain healed, no swelling, skin normal
L ankle lateral malleolus: 2.5x2cm ulcer, black base, rim of stellate purple, pt says it started ~2 wks ago, "came out of nowhere". NO injury; L side never iced or heated, shoes not rubbing (checked).
BP 152/80. Charge RN + nephrologist Dr Vance notified.
"""),
("2020-07-29", "SBAR / Education", """
S: L ankle ulcer = calciphylaxis (derm bx 7/20)
B: 67F, HD, insulin-using DM2. R ankle iced in June for sprain, totally healed.
A: ulcer L lat ankle 3 x 2 cm, 80% eschar. Pain 6/10.
R: STS started. Pt educated: no ice/heat packs to legs, inject insulin in abdomen not thighs, report any new painful spots. Pt verbalized understanding.
"""),
]}

G10 = {"patient_id": "G10", "age": 74, "sex": "M", "notes": [
("2020-02-05", "Skin Check Flow", """
Skin check (admit to rehab unit)
R dorsal forearm: 3 x 2 cm tender violaceous plaque, firm. Pt first noticed it 2/3, thought he "slept on it funny". Neither pt nor his wife recall a bump, fall or scrape; no IVs/blood draws in R arm (L arm AVF, labs drawn from fistula at HD).
Other skin intact. Braden 17.
ESRD - HD M/W/F. Warfarin for AFib. Not diabetic. Wt 76 kg BMI 25.3.
"""),
("2020-02-18", "Incident Report - Skin Tear", """
INCIDENT - SKIN TEAR
2/18/2020 1415, PT gym, during mechanical lift transfer chair -> mat
R forearm skin tear 2 cm flap, type 2 (partial flap loss), at the lower edge of his known plaque (bx 2/10 = calciphylaxis).
Cleansed NS, Steri-strips not used (fragile), nonadherent dsg + tubular sleeve. MD + wife informed.
Prevention: padded lift sling edges, long sleeves.
"""),
("2020-02-25", "Nursing Care Plan", """
Care plan review
1. Calciphylaxis R forearm (onset 2/3, before the 2/18 skin tear) - eschar 3.5 cm, dressing as ordered, STS w/ HD
2. Skin tear R forearm 2/18 - healing, flap adherent
3. Fall risk - moderate
Warfarin continues per cards, INR goal 2-3. Wt 73.5 kg, BMI 24.6.
"""),
]}

G11 = {"patient_id": "G11", "age": 60, "sex": "F", "notes": [
("2022-03-08", "Skin Check Flow", """
Home PD visit - skin check
L breast, lower outer: indurated, exquisitely painful plaque 4 x 3 cm w/ livedo around it, dusky center. Pt says it began in Feb, maybe 2nd week.
PD cath exit site (R lower abd): clean, no crust, no tenderness.
Insulin sites (abd, both sides, rotated): a few small bruises, no lumps.
Hx: ESRD on CCPD, T1DM on pump? -> no, on MDI (glargine + aspart). BMI 35.0. No warfarin.
Referred to PD clinic MD.
"""),
("2022-03-15", "Nurse Handoff", """
PD clinic -> HH RN
Breast bx 3/11: calciphylaxis confirmed (L breast)
Breast never injured, never injected per pt. PD cath + insulin in abdomen only, abdomen skin is fine.
STS added to dwell per renal. Bra not worn, soft camisole.
Pain: oxy 2.5mg q6h prn.
"""),
("2022-03-29", "Care Plan", """
Problem: calciphylaxis L breast
- eschar 3.5 cm, no drainage, hydrocolloid NOT used (adhesive), silicone foam instead
- monitor other fatty areas (abd, thighs) each visit: all clear today
- obesity (BMI 35.0) - dietitian f/u
Progress: pain down to 4/10.
"""),
]}

G12 = {"patient_id": "G12", "age": 70, "sex": "M", "notes": [
("2023-10-12", "SBAR Handover", """
S: necrotic painful spot L posterior calf
B: 70M on HD, DM2 on linagliptin only, AFib on warfarin. Wife first saw the dark spot 10/09 when helping w/ socks. No injury to that leg per pt, no compression hose, no heating pad.
A: 3 x 3 cm black center, purple net pattern around, hard. Pain 8/10.
R: derm punch tomorrow, hold warfarin? -> MD said continue for now.
"""),
("2023-10-20", "Cold Therapy Order", """
Cold compress order (per Dr Navarro): cool (not iced) compress to the L calf lesion for pain, 10 min TID, start 10/20/23.
Reason: bx 10/13 = calciphylaxis; pt gets relief from cool.
Check skin after each. Do not place directly on eschar.
BMI 30.4 - obese. Warfarin continues.
"""),
("2023-11-03", "Wound Care Note", """
Bedside sharp debridement L calf by wound MD 11/02 - loose eschar removed, base 60% red.
Dsg: Ca alginate + foam, paper tape to secure (pt had tape stripping on edge 10/30 - now using tubular net instead).
Cool compresses continue for comfort. Pain 5/10.
"""),
]}

G13 = {"patient_id": "G13", "age": 52, "sex": "F", "notes": [
("2024-05-06", "Skin Check Flow", """
Admission skin check
R medial thigh: 7 x 5 cm hard plaque, livid purple, net-like, central ulcer 1 cm with dry base. Pt says it appeared around end of April.
Asked about: injections (none - no DM, no shots ever into thighs), heating pad/hot water bottle (denies), bumps/falls (denies), tight clothing (wears loose dresses).
Class II obesity (BMI 36.7). ESRD, HD through L arm graft. Not on warfarin.
"""),
("2024-05-09", "SBAR", """
S: R thigh plaque bx result
B: 52F, HD, obese, no DM, no anticoagulant
A: derm bx 5/7 -> calciphylaxis. Nothing found that injured that skin beforehand.
R: STS w/ HD. If SQ heparin needed for DVT ppx, give in the arms only. No hip protectors or tight belts on thighs.
"""),
("2024-05-20", "Nursing Care Plan", """
Problem: calciphylaxis R medial thigh
- turn q2h, pillow between knees
- no SQ meds into thighs (future heparin -> arms)
- foam dressing, no adhesive on thigh
- pain 4/10, regimen unchanged
- pt denies any previous injury there, re-asked today
BMI 36.7.
"""),
]}

G14 = {"patient_id": "G14", "age": 77, "sex": "M", "notes": [
("2019-01-14", "Incident Report - Fall", """
Fall 1/14/19 0230: pt tried to climb over bed rail to bathroom, fell forward, struck L shin on the bedside table.
Injury: L anterior shin skin tear, 5cm, flap approximated, Steri-strips + nonadherent dsg.
Pt on HD, insulin DM2 (glargine into both upper arms, per his preference). No anticoag.
Bed alarm on, hourly rounding.
"""),
("2019-02-11", "Weekly Skin Check", """
L shin skin tear: 90% healed, pink, flat, no eschar.
NEW: lower abdomen, both sides below the umbilicus, retiform purpura w/ dusky centers, R 4 cm, L 6 cm, extremely tender. Started ~02/08 per pt.
No injections into abdomen (insulin in arms only). No binder, no heat.
Sacrum: 1x1cm stage 2 PI, open pink base.
BMI 26.0.
"""),
("2019-02-20", "SBAR Handover", """
S: abd lesions dx
B: 77M HD, insulin DM2, fell 1/14 w/ L shin skin tear
A: abd bx 2/15 = calciphylaxis, both lower quadrants. L shin seen by derm same day - healed traumatic skin tear, NOT calciphylaxis. Sacral area = stage 2 PI, not calciphylaxis.
R: STS w/ HD, wound care to abd, sacrum offloading q2h turns.
"""),
]}

PATIENTS = [G08, G09, G10, G11, G12, G13, G14]
