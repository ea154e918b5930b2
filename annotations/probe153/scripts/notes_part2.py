"""probe153 corpus notes, C08-C14 (rural critical-access hospital, outreach clinics and the
tertiary centre they transfer to; every person, place and sentence invented)."""

C08 = {"patient_id": "C08", "age": 77, "sex": "F", "notes": [
("2025-12-24", "CAH ED Provider Note", """
QUILLBACK COUNTY MEMORIAL -- ED (I. Tollefsrud MD covering ED + floor over the holiday)
CC: fall
77F slipped on her icy back porch steps ~16:00 this afternoon carrying a pie, landed
hard on her L side. Didn't pass out, head never touched, neck fine. Stood w/ help.
PMH: kidney failure on nightly PD (cycler), DM2 on insulin detemir 14 u qhs, HTN,
hypothyroid. Takes no anticoagulant or antiplatelet.
VS: BP 150/78, P 88, R 16, T 36.5, sat 97% RA. BMI=24.1
Exam: L lateral hip - 10 cm tender ecchymosis over the greater trochanter with a soft
hematoma, skin intact. Full painless ROM L hip passively, walks w/ walker w/ limp.
PD catheter exit site clean.
XR pelvis/L hip - no fx.
Imp/Plan: L hip contusion w/ hematoma. Acetaminophen, walker, rest. Home w/ daughter
tonight, she will help w/ cycler. Return if unable to bear wt. PD nurse to call Fri.
"""),
("2026-01-27", "Outreach Nephrology PD Clinic", """
MERROW SPRINGS OUTREACH - PD CLINIC (telehealth w/ Dr Okonkwo-Reyes, RN on site)
77F on CCPD x 3 yrs, insulin-requiring DM2.
Interval: fell on the ice Christmas Eve, ED visit, no fx, bruise faded over ~2 wks.
NEW: painful black area on her L outer hip, first noticed 1/20/26 while dressing. Pain
keeps her off that side at night, cycler alarms when she lies on her R.
Exam: L lateral hip 6x5cm necrotic plaque, retiform purpura around it and firm
subcutaneous induration. No drainage.
Wt 60.8 kg, BP 138/74. PD: UF 700 mL/d, Kt/V 1.8, effluent clear. Exit site clean.
Labs Ca/P/PTH/Alb 9.9/7.0/880/3.0
Plan:
1. Necrotic plaque L lateral hip - concern for calciphylaxis. Derm Westmarch 2/5 for bx.
   Stop calcium carbonate, sevelamer 800 TID.
2. PD adequacy ok.
"""),
("2026-02-05", "Tertiary Dermatology Consult", """
WESTMARCH UNIVERSITY MEDICAL CENTER -- DERMATOLOGY
77 y/o F on peritoneal dialysis, DM2 on insulin.
Lesion: L lateral hip (trochanteric area), painful since 1/20/26.
Exam: 7x5cm stellate necrotic plaque w/ adherent eschar and a wide rim of retiform
purpura, firm to palpation. No other sites. Wt 59.9 kg, BMI 23.7.
Procedure: 6 mm deep punch at the purpuric edge, 1 stitch.
Path (expedited, read same afternoon): subcutaneous small vessels w/ calcified walls
and microthrombi; fat lobules necrotic (von Kossa +).
Dx: L lateral hip calciphylaxis.
Plan: IP sodium thiosulfate protocol per nephrology (or switch to HD); cinacalcet start;
wound - hydrocolloid edges, alginate to eschar margin; offloading mattress overlay
delivered by home health.
"""),
]}

C09 = {"patient_id": "C09", "age": 59, "sex": "F", "notes": [
("2016-09-13", "Nephrology Outreach Rounds - Satellite Dialysis", """
OSTRANDER FLATS DIALYSIS - MD ROUNDS (outreach nephrology)
59F, HD MWF, L forearm fistula; insulin-treated DM2 (glargine + aspart), obesity, HTN.
NEW: painful spot R inner thigh for 10 days, getting harder, now dusky. No fall, no bite.
Insulin: she gives all her shots in the L thigh only, has done so for years ("closest to
the nightstand"), never the R.
Exam: R medial thigh 5x4cm indurated plum-colored plaque, lacy border, tiny central
black dot. L thigh: old injection area soft, no nodules, no discoloration.
VS: BP 144/80, pulse 82, Wt 98.0 kg, BMI 34.5
Labs Ca/P/PTH/Alb 10.2/8.0/1020/3.1
Plan: R thigh plaque - worry about calciphylaxis. Derm referral to Westmarch. Stop calcium
acetate, start sevelamer. Cinacalcet 30.
"""),
("2016-09-28", "Tertiary Dermatology Consult", """
WUMC DERMATOLOGY
59F, dialysis, insulin-treated DM2, BMI 34.0.
Exam: R medial thigh 6x5cm retiform purpura, central necrosis just starting. L thigh,
where she injects her insulin, is clear - no purpura, no induration.
Incisional bx R medial thigh: calcium + thrombus in small vessels, fat necrotic.
IMP: R medial thigh calciphylaxis, bx-confirmed. Her shots never go into this
thigh - she injects exclusively into the L one.
Plan: thiosulfate IV 25 g each HD, continue insulin but keep using L thigh or move to abdomen,
wound care w/ dressings, pain w/ hydromorphone low dose.
"""),
("2016-11-02", "CAH Swing Bed Progress Note", """
QCMH SWING BED -- weekly progress (J. Soderquist PA-C)
59F admitted to swing bed 10/20 for wound care + STS w/ HD (van from home too painful).
S: Pain R thigh 5/10, down from 8. Eatting ok. Sugars 140-220.
O: T 36.8 HR 78 BP 136/76. Wt 96.2 kg.
R medial thigh: eschar 4.5x3.5cm, dry, edges no longer purple. Periwound firm but less.
L thigh injection sites fine.
Plan: continue STS at the satellite unit MWF (transport by QCMH van), calcium alginate
+ foam q2d, PT for transfers, d/c home w/ home health ~11/10.
"""),
]}

C10 = {"patient_id": "C10", "age": 70, "sex": "M", "notes": [
("2020-02-18", "CAH Clinic Visit", """
QCMH CLINIC (I. Tollefsrud MD)
S: 70M (HD MWF in town), AF - warfarin. Painful purple spot, posterior L calf,
x 2 wks. Says he didn't bump it or scrape it, "it just showed up".
PMH: obesity (class I, weighs less since dialysis), HTN, AF, gout. No DM.
O: BP 140/78 HR 76 irreg. Wt 84 kg, BMI 29.4.
Posterior L calf: 3x2cm livid plaque, livedo around it, 5 mm shallow ulcer in the
center. Tender. Pulses 1+ DP.
Labs (unit): INR 2.7; Ca/P/PTH 9.8/7.6/650
Plan: L calf plaque w/ ulcer - calciphylaxis vs warfarin-related vs venous. Derm referral
Westmarch (wait list 4 wks, marked urgent). Dressing, no compression.
"""),
("2020-03-03", "CAH ED Provider Note", """
QCMH ED -- D. Haile-Lund FNP
CC: bleeding from leg
70M hitching up the stock trailer this morning, slipped and the hitch ball caught his
posterior L calf - right on the sore that's been there since February. Bled
through a towel.
VS: HR 88 BP 150/82. INR 3.3 (supratherapeutic).
Exam: posterior L calf - known ulcer now 4x3cm, margins freshly torn, oozing, small
hematoma at the lower edge. Surrounding purple netlike skin unchanged.
Tx: direct pressure, surgicel + pressure dressing, hemostasis achieved.
Imp/Plan: traumatic bleeding from pre-existing L calf ulcer on warfarin. Warfarin held x1
dose. Keep derm appt 3/19. Tdap UTD (2018).
"""),
("2020-03-19", "Tertiary Dermatology Consult", """
WESTMARCH DERMATOLOGY
70 y/o M, HD, AF on warfarin. L posterior calf ulcer, onset early February 2020; the
trailer hitch struck the already-ulcerated area on 3/3 and enlarged it - the injury
came after the lesion, not before.
Exam: posterior L calf ulcer 4x3cm, black base at one pole, rim of retiform purpura.
Legs, thighs, trunk otherwise clear.
Bx (punch, rim): calcified subcutaneous arterioles + thrombi.
Impression: calciphylaxis L calf.
Plan: warfarin -> apixaban (cardiology consulted by phone, agrees), STS 3x/wk w/ HD,
wound care, pain. Photo f/u by video in 4 wks.
"""),
]}

C11 = {"patient_id": "C11", "age": 54, "sex": "F", "notes": [
("2018-03-27", "CAH ED Provider Note / Admit", """
QCMH ED -> ACUTE BED (A. Benavidez-Hart MD, covering all floors tonight)
54F, HD TTS by R chest tunneled line (two failed fistulas), DM2 on insulin
(glargine + lispro pens, injects into the posterior upper arms), morbid obesity.
CC: pain lower belly fold, "like a burn", ~2 1/2 wks, now a black patch. Can't wear pants.
VS 37.4 / 96 / 158/84 / 95%. Wt 131 kg, BMI 47.2.
Exam: L lower abdominal pannus: 9x6cm necrotic plaque, livedo reticularis border,
tender, no crepitus, no pus. Backs of arms: injection sites unremarkable.
Labs: WBC 11.2; Ca/P/PTH 10.5/8.4/1560; Alb 2.8; lactate 1.4
Imp/Plan: necrotic pannus plaque - suspect calciphylaxis. Admit acute bed. Teledermatology
in AM w/ bedside punch. Stop calcium binder. Pain control. Blood cx x2.
"""),
("2018-03-28", "Teledermatology Consult (Westmarch) with Bedside Biopsy", """
TELEDERMATOLOGY - Westmarch derm (Dr F. Lindqvist) via cart, QCMH room 6
Bedside: A. Benavidez-Hart MD performing procedure under video guidance.
Lesion: L lower pannus 9x6cm stellate eschar, retiform purpura at the edges, no
bullae, no fluctuance. Skin elsewhere on trunk and legs without similar changes.
Procedure: two 5 mm punches at the purpuric edge (derm picked the sites on camera),
lido w/ epi, 1 suture each. Specimens to Westmarch path by courier.
Tele-derm impression: clinically consistent w/ calciphylaxis; await path.
Recs: STS 25 g IV with dialysis, no debridement until path, gentle cleansing,
nonadherent dressing, pain control before dressing changes.
"""),
("2018-04-04", "CAH Acute Care Progress Note", """
QCMH ACUTE BED - PROGRESS, HD #9
Path back (Westmarch): consistent with calciphylaxis.
S: Pain 6/10 w/ dressing changes. Asked for a cold pack on the dressing, helps some.
O: T 36.9. L pannus eschar 9x6cm, lifting at edges, slough underneath, foul odor.
Procedure (bedside): loose eschar and slough sharply debrided, L pannus wound, down
to bleeding tissue at two edges; EBL minimal. Pt premedicated.
Imp/Plan: calciphylaxis of the L pannus, bx-proven. STS w/ HD continuing. Santyl daily,
NPWT to start when base clean. Cold pack to dressing prn pain ok. Wound RN following.
"""),
("2018-05-15", "Wound Care RN Note", """
QCMH WOUND CARE - RN (B. Oyama, CWON)
Dx: calciphylaxis L lower pannus, NPWT since 4/16.
Wound: 8.5x5.2x1.1cm; base about 70% beefy red granulation and 30% yellow slough;
drainage moderate, serous; odorless. Periwound: medical adhesive-related skin stripping
at the upper edge from the drape tape; macerated at 6 o'clock.
Care: NPWT changed, black foam, 125 mmHg continuous. Skin prep + hydrocolloid
window-frame under tape to protect periwound. Tolerated w/ premed.
Wt 129 kg, BMI 46.5. Glucose 168 pre-change.
Plan: change M/W/F at the HD unit or here. Nutrition: protein supplement bid.
"""),
]}

C12 = {"patient_id": "C12", "age": 62, "sex": "F", "notes": [
("2025-04-15", "CAH Clinic Visit", """
QCMH CLINIC - J. Soderquist PA-C
S: 62F, hemodialysis MWF, DM2 on linagliptin (never insulin), HTN, new AF last month.
Painful dusky area, posterior R thigh, x 3 wks. Denies any injections, falls, bumps,
scratches, heating pad or ice use, or tight clothing there. Rides a cushioned seat.
O: BP 138/84 HR 92 irreg. Wt 82 kg, Ht 164 cm, BMI 30.6.
Posterior R thigh: 5x5cm indurated violet plaque, retiform border, no
ulceration. Skin elsewhere intact.
Plan:
1. Posterior R thigh plaque - suspect calciphylaxis. Westmarch derm next wk. Keep heating
   pads + ice off it. No injections into that thigh.
2. AF - anticoag discussion in progress (warfarin vs apixaban).
"""),
("2025-04-24", "Tertiary Dermatology Consult", """
WUMC DERMATOLOGY
62 y/o F, in-center HD, DM2 (oral only), new AF.
Hx: posterior R thigh plaque since early April. No preceding injury, injection, heat,
cold or pressure identified - pt firm about this.
Exam: posterior R thigh 6x5cm retiform purpura, dusky center, no eschar yet.
Procedure: 5mm punch, plaque edge.
Path: calciphylaxis - arterioles calcified, thrombi, necrotic fat.
Impression: calciphylaxis, posterior R thigh; no antecedent trauma.
Recs: STS w/ HD. For AF, please avoid warfarin - apixaban preferred. If she is ever
admitted and needs SC heparin or enoxaparin, the arms are preferred over the thighs.
"""),
("2025-06-03", "Nephrology Outreach Rounds - Satellite Dialysis", """
SATELLITE DIALYSIS ROUNDS - nephrology outreach
62F on HD, calciphylaxis posterior R thigh (bx 4/24) on STS w/ each run x 5 wks.
AF: apixaban 2.5 bid - warfarin was discussed and never started.
R knee OA: steroid injection had been planned at QCMH clinic in May but deferred
because of the calciphylaxis - no injection given.
Exam: thigh plaque softer, 4x4cm, no new lesions.
Wt 81.1 kg, BMI 30.2. BP 130/76.
Labs Ca/P/PTH 9.4/5.6/540
Plan: keep STS going; cinacalcet up to 60; sevelamer; recheck photo in 4 wks.
"""),
]}

C13 = {"patient_id": "C13", "age": 68, "sex": "M", "notes": [
("2021-10-16", "CAH ED Provider Note", """
QCMH ED -- I. Tollefsrud MD
CC: L ankle injury
68M stepped off the tractor platform this AM, rolled his L ankle. Walkd in w/ limp.
PMH: kidney failure on HD Tue/Thu/Sat, mechanical AVR on warfarin, HTN. No DM.
VS: BP 152/86 HR 70 T 36.6. INR 2.9.
Exam: L lateral malleolus - swelling + 6 cm ecchymosis, TTP over ATFL, not over bone
(Ottawa neg). Calf soft, nontender, skin intact. Foot NV intact.
Imp/Plan: L ankle sprain w/ bruising. Ice packs to the lateral ankle, elevation, crutches
prn, APAP. No splint needed. Recheck at clinic prn.
"""),
("2021-11-23", "Nephrology Outreach Rounds - Satellite Dialysis", """
OSTRANDER FLATS SATELLITE DIALYSIS - ROUNDS
68M, HD TTS, R upper arm fistula, warfarin for mech AVR.
NEW: painful purple patch, posterior L calf, x ~1 wk. Ankle sprain from Oct has
healed, bruise gone. Calf not injured.
Exam: posterior L mid-calf 4x3cm violet plaque, netlike edge, firm. L ankle
normal.
Weight 80.3, BMI 27.0. BP 144/80. Mood good, still feeding cattle daily.
Labs Ca/P/PTH/Alb 10.0/7.7/1130/3.3
Plan: L calf plaque concerning for calciphylaxis -> Westmarch derm. Cannot stop warfarin
(mech valve) - d/w cardiology re INR target.
"""),
("2021-12-07", "Tertiary Dermatology Consult", """
WESTMARCH DERMATOLOGY
68 y/o M on HD, mech AVR on warfarin.
Exam: posterior L mid-calf 5x3cm retiform purpura, early eschar, about 15 cm
above the lateral malleolus. The October sprain/bruise was at the ankle itself; no
trauma to the calf. No other lesions.
Bx: 4 mm punch x2 - calcified arterioles, thrombi, fat necrosis.
Impression: calciphylaxis L calf - a separate region from the ankle injury.
Plan: STS w/ HD, cinacalcet, keep warfarin w/ lowest safe INR (cardiology), vit K2 trial
discussed, wound care by the dialysis RNs, photos monthly.
"""),
]}

C14 = {"patient_id": "C14", "age": 58, "sex": "F", "notes": [
("2017-01-09", "CAH ED Provider Note / Admit", """
QCMH ED -> ACUTE (D. Haile-Lund FNP)
58F, HD 3 days/wk, DM2 w/ insulin (injects lower belly), obesity.
Car slid into the ditch in the blizzard 1/7; she walked ~2 mi to a neighbor's in
sneakers. R toes numb since, now blistered and dark.
Also: hard, painful purple areas on both inner thighs "for a month or so", before the
storm.
VS: T 36.2 HR 94 BP 160/90. BMI 39.9.
Exam: R 2nd-4th toes: hemorrhagic blisters, dusky tips, cool - frostbite. Bilateral
medial thighs: indurated violaceous plaques w/ retiform edges, 6-8 cm, nonulcerated.
Imp/Plan: 1. Frostbite R toes - rewarming done at neighbor's; ibuprofen contraindicated;
aloe, elevation, tetanus UTD. Transfer Westmarch burn/derm in AM.
2. Thigh plaques - possible calciphylaxis, bx at Westmarch.
"""),
("2017-01-20", "Tertiary Dermatology / Burn Consult", """
WUMC BURN + DERMATOLOGY JOINT NOTE
58F on HD, transferred 1/10.
1. Thighs: punch bx (R and L medial thigh) - calciphylaxis, bilateral medial thighs.
   No injection, pressure, heat or injury recalled at either thigh.
2. R 2nd-4th toe tips: dry gangrene, demarcating - frostbite from the 1/7 exposure.
   Timing and pattern fit cold injury; this is NOT calciphylaxis. Await demarcation.
Plan: STS w/ HD (here then at home unit), sevelamer, cinacalcet; toes - dry dressings,
podiatry in 6 wks for possible amputation of tips. D/c home 1/22.
"""),
("2017-03-14", "CAH Clinic Visit", """
QCMH CLINIC -- I. Tollefsrud MD
S: 58F, bilateral inner-thigh calciphylaxis, on STS; R toe tips autoamputating.
New tender lump L lower belly x 4 days at her insulin spot, red, warm.
O: T 37.9. L lower abdomen 3 cm fluctuant red nodule, central pustule. Thighs:
eschars smaller, edges pink.
Procedure: I&D L lower abdominal abscess, 4 mL pus, packed w/ iodoform.
Imp/Plan: insulin injection-site abscess (not calciphylaxis - warm, fluctuant, pus). Doxy
x7 d, rotate injection sites. Wt 105 kg, BMI 39.1. Continue STS; thighs improving.
"""),
]}

PATIENTS = [C08, C09, C10, C11, C12, C13, C14]
