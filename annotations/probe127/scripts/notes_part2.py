"""probe127 corpus notes, M08-M14 (interdisciplinary wound conference and case-review minutes; all invented)."""

M08 = {"patient_id": "M08", "age": 60, "sex": "M", "notes": [
("2024-02-21", "Wound Conference Minutes", """
Wound & Limb Salvage Conference - minutes 2/21/24
Present: Dr Y. Castellano-Reyes (vascular), Dr A. Pirelli (renal), Dr G. Thorsen (derm), Q. Mwangi RN, endocrine NP (L. Farrokh)
60M, HD in-centre thrice weekly; T2DM, basal + mealtime insulin. Never anticoagulated w/ warfarin.
Farrokh: he has injected his insulin into the R front thigh "since May of last year" - sits at the kitchen table and that is the spot he can see.
Mwangi: R anterior thigh, purple-grey woody plaque 5cm, black dot centrally; pt says he first felt it Feb 10.
Also vascular put him in thigh-length hose, both legs, for venous oedema (vascular prescribed them 01/05/2024) - band at the top is tight, leaves a deep ring.
Thorsen: calciphylaxis first on the list; wants bx.
BMI 31.8.
Actions: bx R thigh; insulin to the abdomen from now.
"""),
("2024-03-06", "Interdisciplinary Case Review", """
Case review 3/6 - 60 M HD, thigh lesions
R thigh bx pending (taken 2/27).
NEW: L upper medial thigh, exactly under the stocking's elasticated top band, a 6 cm arc of livid purple with 2 small black areas - pt noticed it 2 weeks ago, didnt say anything at dialysis.
Castellano-Reyes: the stocking band was too tight, thigh circumference went up with fluid; stockings discontinued today.
Pirelli: both thighs now; pushing for STS start without waiting.
Thorsen: agrees, same process likely on both sides.
Action: stop stockings (done), STS from next HD.
"""),
("2024-03-20", "Wound Conference Minutes", """
Minutes 3/20 - thigh lesions (HD pt, 60M)
Path R thigh: medial calcification, thrombi, panniculitis -> calciphylaxis. Repeat punch L thigh 3/12 - same findings.
Thorsen: two separate triggers - R side at the insulin patch, L side under the stocking band. Both called calciphylaxis.
Vascular disagrees with calling the stocking a cause ("compression doesn't cause CUA") but agrees the L lesion matches the band line.
STS 3x/wk since 3/8. Mwangi dressing both sites with hydrofibre.
BMI 31.2.
"""),
("2024-04-17", "Wound Conference Minutes", """
4/17 wound mtg: bilateral thigh calciphylaxis, wk 6 STS.
R 4.2 cm, L arc shorter (4.5 cm), both dry. No new sites.
Insulin still abdominal only.
Wt 97.1, BMI 30.9.
Next review 5/15.
"""),
]}

M09 = {"patient_id": "M09", "age": 67, "sex": "F", "notes": [
("2018-05-09", "Wound Conference Minutes", """
WOUND MDT 5/9/18
Present: Dr M. Eklund (renal), Dr S. Iyer (derm), Dr B. Achebe-Long (endocrine), V. Ostrowski RN (wound)
67F, HD 4 yrs (MWF), DM2 on insulin degludec + aspart. BMI 41.3.
Biopsy 4/30 from L lower quadrant of abdomen: calciphylaxis confirmed (calcium in vessel walls, clot, fat necrosis on path).
Lesion: LLQ, 7x5cm indurated plaque w/ black centre & net-like violaceous border. Onset about mid-April.
Ostrowski asked her to show where she injects - she pointed only to the R belly, below-right of the umbilicus. "Right-hander, me - can't get across my own tummy, so it all goes that side."
R abdomen: lipohypertrophy, no discoloration, no lesion.
Iyer: so every injection has gone contralateral to the lesion; no local trauma on the L she can recall.
Warfarin - never.
Actions: STS; pain; cinacalcet review.
"""),
("2018-05-23", "Interdisciplinary Case Review", """
Case review 5/23 - LLQ calciphylaxis
Achebe-Long wondered whether some doses might go on the left when her daughter helps; daughter (present) firm: "never, she won't let me do it". Pt agrees.
Iyer re-examined: L abdomen has no needle marks or old bruises.
Consensus: calciphylaxis without a local trauma trigger; injection sites are contralateral.
Wound: eschar intact, 7 x 5. Pain 6/10.
"""),
("2018-06-20", "Wound Conference Minutes", """
MDT 6/20 - LLQ CUA
Slight extension inferiorly, new satellite 1 cm. STS continuing.
Insulin still R side only. BMI 41.0.
Palliative input arranged.
"""),
]}

M10 = {"patient_id": "M10", "age": 77, "sex": "M", "notes": [
("2021-05-12", "Wound Conference Minutes", """
Wound review meeting 5/12/2021
Present: Dr R. Kaszuba (renal), Dr E. Fontaine (derm), H. Mbatha RN, N. Yilmaz (PT)
77M, HD, AF on warfarin for many yrs. No diabetes.
L posterior calf: painful lacy purple patch, centre darkening, 5 x 4 cm. Started 05/03/2021, per wife.
Asked directly: no fall, no knock, no leg injections, no hot or cold packs, no tight socks. Walks with a cane only indoors.
Fontaine: suspects calciphylaxis, bx to confirm. Kaszuba wants warfarin reviewed.
BMI 24.6.
Actions: punch bx next wk; fall precautions given the cane.
"""),
("2021-05-26", "Interdisciplinary Case Review", """
Case review 5/26 - L calf
Bx 5/19: calcified small vessels with thrombi in subcutis -> calciphylaxis.
Interval event: fell in the bathroom 6 days ago, grazed his L anterior shin against the bath rim, superficial abrasion ~3 cm, a hand-width below the calf lesion. Yilmaz: gait unsafe, walker now.
Fontaine: the graze is new and came well after the calf lesion had started - it is not the cause. Abrasion dressed w/ silicone foam.
Warfarin -> switched to apixaban (Kaszuba) from 5/24.
"""),
("2021-06-23", "Wound Conference Minutes", """
MDT 6/23: calf calciphylaxis 5 x 3.5, eschar. Shin abrasion healed.
STS ongoing. BMI 24.1.
"""),
]}

M11 = {"patient_id": "M11", "age": 62, "sex": "F", "notes": [
("2026-01-14", "Wound Conference Minutes", """
Wound MDT 1/14/2026
Present: Dr T. Adeyemi (renal), Dr J. Sorensen (derm), C. Bellweather RN (PD), D. Huang RN (wound), daughter of pt
62F, CCPD 3 yrs. No DM. No warfarin. BMI 22.0.
R buttock: firm, exquisitely tender purple plaque 4x3 with a dusky middle; per pt it "popped up New Year's Eve, I couldn't sit through the fireworks".
Daughter has applied a warm damp facecloth to it twice daily ever since it came up ("to pull the badness out").
No injections there, no falls, no heat before it came up, doesn't sit for long spells - she's on her feet at work.
Sorensen: ?calciphylaxis vs panniculitis - punch bx planned.
Actions: stop warm compresses on the lesion; bx next week; pain plan.
"""),
("2026-01-28", "Interdisciplinary Case Review", """
Case review 1/28 - R buttock
Punch bx 1/20 from the plaque edge: mural calcium deposits, thrombosed vessels, necrotic fat -> calciphylaxis.
The bx site itself now a small non-healing hole at the plaque margin.
Huang: dressing with foam, changed every 3 days.
Adeyemi: intraperitoneal vs IV thiosulfate debated; IV won.
No disagreement on dx.
"""),
("2026-02-25", "Wound Conference Minutes", """
MDT 2/25/26 - R buttock calciphylaxis
Surgical debridement 2/10 (gen surg), NPWT applied since. Skin stripping from the drape tape around the wound margin; changed over to silicone tape.
Wound 5 x 4 after debridement, base 60% red.
BMI 21.8. STS continues.
"""),
]}

M12 = {"patient_id": "M12", "age": 52, "sex": "M", "notes": [
("2019-03-06", "Wound Conference Minutes", """
Wound conf. 3/6/19
Present: Dr W. Lundgren (renal), Dr K. Obi (derm), Dr R. Salter (endocrine), A. Benitez RN (wound)
52M, HD T/Th/Sat, L brachial fistula, DM2 on oral agents only (linagliptin, pioglitazone stopped). BMI 44.0 (obesity class III).
Lower pannus: 10 cm area of necrotic eschar with violaceous margins; biopsy 2/26 confirmed calciphylaxis.
Trauma hx taken carefully by Benitez: never injected anything into his belly ("all my meds are tablets"), no heat pad, no hot-water bottle, denies belts or tight waistbands (wears braces), no fall or scratch. Skin folds kept dry.
Salter wants to start basal insulin - proposes thighs rather than the abdomen.
Lundgren mentions a PD catheter was being considered earlier this year - now shelved.
Actions: STS; decide insulin timing next mtg.
"""),
("2019-03-20", "Interdisciplinary Case Review", """
Case review 3/20 - pannus CUA
Obi: insulin start should wait till the pannus wound is under control? Salter disagrees - A1c 9.4, start now, thighs only.
Compromise: start in 2 wks, thighs, rotate.
PD catheter: off the table.
Wound stable; no warfarin.
"""),
("2019-04-17", "Wound Conference Minutes", """
MDT 4/17 - pannus calciphylaxis
Basal insulin started 4/2, injected into both thighs, rotating. Thighs checked today - clean.
Pannus eschar unchanged. BMI 43.6.
"""),
]}

M13 = {"patient_id": "M13", "age": 70, "sex": "F", "notes": [
("2023-08-09", "Wound Conference Minutes", """
Wound MDT 8/9/2023
Present: Dr F. Oduya (renal), Dr V. Lemaire (derm), P. Kristiansen RN, R. Gutierrez (OT)
70F, dialysis Mon/Wed/Fri; diabetic (linagliptin), has never needed insulin. Off warfarin since a GI haemorrhage in 2017.
Bilateral medial thighs: symmetric indurated purple plaques with eschar, biopsy 7/31 - calciphylaxis.
Neither she nor her husband can recall any injury to the thighs.
Two other wounds reviewed:
- L forearm: blister after she spilled a kettle on it 8/1 - partial-thickness scald, pink base, healing.
- R heel: blister under the offloading boot strap.
Lemaire: the forearm is a simple burn, nothing to suggest calciphylaxis there.
Actions: STS; heel - new boot; burn dressing.
"""),
("2023-08-23", "Interdisciplinary Case Review", """
Case review 8/23
Thighs: calciphylaxis, stable.
Heel: now a stage 2 pressure injury from the boot, shallow, red base. Kristiansen asked if this could be more CUA - Lemaire says no: no livedo, no induration, blanching edge, typical pressure injury. Will bx only if it turns dusky.
Forearm scald nearly epithelialised.
BMI 26.0.
"""),
("2023-09-20", "Wound Conference Minutes", """
MDT 9/20: thigh calciphylaxis improving on STS. R heel pressure injury healed with boot change. Forearm healed.
No new lesions. BMI 25.7.
"""),
]}

M14 = {"patient_id": "M14", "age": 64, "sex": "M", "notes": [
("2022-06-15", "Wound Conference Minutes", """
Wound MDT 6/15/22
Present: Dr C. Bamidele (renal), Dr H. Weiss (derm), S. Nakamura RN (PD), L. Ferrante RN (wound)
64M, PD (APD), T2 diabetic on glargine which he rotates round his umbilicus. Took warfarin for a PE in 2019-2020, stopped. BMI 25.0.
L lateral calf: 6 cm stellate necrotic ulcer w/ livedo; biopsy 6/7 confirmed calciphylaxis. Began about 3 wks ago.
No injury to the leg, no heat, no tight socks he can think of.
Weiss: no local trigger identified.
Nakamura ran through the unit's calciphylaxis-prevention talk with pt and wife: nothing hot against the skin (pads, bottles), legs are off-limits for injections, don't wear tight sock tops, report any new painful spot.
Actions: STS; diet review.
"""),
("2022-06-29", "Interdisciplinary Case Review", """
Case review 6/29 - L calf CUA
Wife asks whether he should stop injecting near the belly button - explained no lesion there; keep rotating.
Ferrante: ulcer 6 x 4, slough 40%.
Discussion about compression: vascular would like light compression wraps if ABI allows; derm worried about pressure on the lesion. Not applied - deferred.
"""),
("2022-07-27", "Wound Conference Minutes", """
MDT 7/27 - L calf calciphylaxis. Slough clearing, 5.5 x 3.8. No new sites; abdomen injection sites clean.
BMI 24.8.
"""),
]}

PATIENTS = [M08, M09, M10, M11, M12, M13, M14]
