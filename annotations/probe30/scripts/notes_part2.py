"""probe30 corpus notes, E08-E14 (endocrinology, diabetes clinic and home-health nursing; all invented)."""

E08 = {"patient_id": "E08", "age": 69, "sex": "M", "notes": [
("2025-03-11", "Home Health Skilled Nursing Visit", """
SN VISIT - Prairie Rose Home Health
Focus: DM teaching (NPH BID, pt draws own), HD pt (Tu/Th/Sat), falls precautions.
Subjective: "my legs are killing me." Pt has painful diabetic neuropathy, burning in both calves + feet at night. His remedy: gel ice packs from the freezer strapped behind both calves w/ an ace wrap each evening, since last summer - "nothing else takes the burn away".
Objective: Bilateral posterior calves w/ dark painful sores that began last month -
 R calf: 4 x 2.5 cm, black center, violaceous net-like rim
 L calf: 3 x 3 cm, similar, plus a smaller 1 cm satellite
No drainage. Pedal pulses diminished bilat. Feet: intact, calluses 1st MTH bilat.
Wt 96 kg, BMI 29.6.
NPH 22 u AM / 12 u PM, pt injects abdomen only (checked sites: no lipo).
Plan: told pt to stop the ice packs; notified endo (Dr Brannigan) - appt 3/18.
"""),
("2025-03-18", "Endocrinology Visit", """
DM / MBD follow-up
69M, T2DM on NPH, ESKD on HD since 2021, PAD (ABI 0.7 bilat). Hx of nightly ice packs to both calves for neuropathic pain for months (began summer 2024) - stopped a week ago on HH advice.
Painful ulcerated plaques on both posterior calves since February, exactly under where the ice packs sat.
Exam: B/L calves as per HH note, now R 4.5x3 cm; eschar + retiform purpura; very tender. A1c 7.6.
Labs from unit: Ca 9.8, P 6.4, PTH 540. No warfarin (on apixaban? - no, pt on aspirin + clopidogrel only).
Assessment: suspected calciphylaxis vs ischemic ulcers (PAD) vs cold injury. Bx needed.
Plan: derm/wound clinic bx L calf; vascular to repeat ABI/TBI; reduce NPH AM to 20 u. Pregabalin 25 mg qHS instead of ice.
"""),
("2025-04-01", "Endocrinology Follow-up", """
Follow-up - results
Wound clinic punch bx L calf 3/21/2025: arteriolar medial calcification, thrombi, extensive fat necrosis => calciphylaxis. Vascular: no critical limb ischemia, not the cause.
Pt reports ice not used since 3/11.
Now obese: 98 kg (BMI 30.4).
STS started at HD. NPH 20/12. F/u 6 wks.
"""),
]}

E09 = {"patient_id": "E09", "age": 55, "sex": "F", "notes": [
("2021-10-05", "Diabetes Clinic - Lipohypertrophy Check", """
Diabetes Clinic (RN CDCES + NP)
55 y/o F, T2DM on insulin glargine 60 u + aspart 12-16 u TID. ESRD, dialyzes MWF (in-center).
She says every shot goes in her right lower tummy - "the left side feels weird and I can't see it well". Never uses thighs or arms.
Lipo exam (pinch + palpation, pt supine): R lower abdomen firm 8 x 6 cm lipohypertrophic pad, no discoloration, not tender. L abdomen: soft, normal, no needle marks.
BG: highly variable, CGM TIR 39%.
Teaching: lipohypertrophy and erratic absorption explained; demonstrated rotation to L abdomen and thighs w/ 4-quadrant chart; new needles (4 mm) each inj.
BMI 38.2, obese.
Pt verbalizes understanding; will "try" the L side.
"""),
("2022-01-11", "Home Health Skilled Nursing Visit", """
SN - skin and med check
Pt reports painful hard area L lower belly for about 2 wks, getting darker. She denies any injury, heat, or tight waistband.
Asked about injections: she admits she never did move to the L side - still every shot on R abdomen, shows me the R side marks. L side: no needle marks seen.
Skin: L lower abdomen below umbilicus, 6 x 4 cm indurated dusky purple plaque, stellate black area 1.5 cm center; extremely tender to light touch. R lower abd lipo pad unchanged, no color change.
Med rec: glargine 60, aspart SS, sevelamer, cinacalcet, midodrine pre-HD. No warfarin.
Notified endocrine NP.
"""),
("2022-01-25", "Endocrinology Visit", """
ENDO
Derm punch bx (1/19/22) of L lower abdominal plaque: calciphylaxis (medial calcification, thrombosed vessels, septal panniculitis).
Notably the lesion is on the L, the side she has never injected; all of her insulin has gone in on the R. No other trauma to the L abdomen (no heat, no belts, no procedures there).
Wt 104 kg, BMI 38.2.
Plan: injections continue R abd but on rotating grid avoiding lipo pad; sharp needle every time. STS w/ HD per renal.
"""),
]}

E10 = {"patient_id": "E10", "age": 73, "sex": "M", "notes": [
("2021-03-09", "Endocrinology Visit", """
Visit for: T2DM f/u, new leg sore
73 yo man, ESRD on HD since 2017, AF on warfarin (INR 2-3), T2DM on glipizide 2.5 mg only; no insulin or other injectables ever.
HPI: a purplish, painful patch on his outer L thigh started 3/2/21. He denies any fall, bump, heating, shots or anything rubbing there.
Exam: L lat thigh: 5x4 cm violaceous, indurated plaque w/ retiform margins, pinpoint central dusky necrosis. R thigh normal. Wt 89 kg, BMI 29.9 ("overweight", pt not obese by our criteria).
A1c 6.9.
Imp: ?calciphylaxis (ESRD + warfarin), vs warfarin necrosis, vs cellulitis. Derm referral - earliest 3/24.
"""),
("2021-03-30", "Home Health Resumption of Care", """
ROC after hospitalization 3/20-3/27 (CAP, Good Samaritan).
While inpatient: SC heparin 5000 u TID for DVT ppx, given into both thighs per MAR (RN notes incl. injections near the L thigh sore), started on admission 3/20. Inpatient derm did punch bx L thigh 3/23 - pt told it is calciphylaxis.
Skin today: L lat thigh plaque 6x5 cm, eschar centrally. Scattered small bruises both anterior thighs from the heparin. No new lesions.
Med rec: warfarin resumed at d/c; glipizide; amox-clav completed. Heparin stopped at d/c.
Wound care: foam dressing, SN 2x/wk.
"""),
("2021-04-13", "Endocrinology Follow-up", """
Follow-up
Inpatient bx 3/23/2021 L lateral thigh: calciphylaxis confirmed. Lesion onset 3/2, before his admission; the inpatient heparin injections into the thighs came after it appeared. No new lesions at the heparin sites since discharge.
Warfarin -> apixaban discussion with cardiology; pt prefers to switch.
DM stable on glipizide. BMI 29.5.
"""),
]}

E11 = {"patient_id": "E11", "age": 66, "sex": "F", "notes": [
("2023-05-02", "Endocrinology Visit", """
Endocrine - T2DM, ESKD on PD
66F on glargine 28 u + lispro 6 u w/ meals, all injected around the navel. CGM sensor worn on back of L arm.
Inj site exam: periumbilical lipohypertrophy, several soft-rubbery lumps 2-3 cm, non-tender, skin color normal. No induration, no dusky areas. CGM site clean.
Counselling: rotate to lateral abdomen + thighs; pen needle single use.
BMI 31.0. A1c 8.3.
Plan: reduce basal to 24 u as she moves to fresh tissue (absorption will increase). F/u 2 mo.
"""),
("2023-06-13", "Home Health Skilled Nursing Visit", """
HH SN visit - PD pt, skin
Complaint: both calves "on fire", dark sores appeared early June. No injury to legs, no bumps, no burns; no heat/ice used on legs; compression hose not worn, socks loose.
B/L posterior calves: R 3x2 cm, L 4x3 cm, black eschars w/ purple lacy rims; very tender, no drainage.
Abdomen: same soft lipo lumps around umbilicus, no discoloration, nontender; pt injecting lateral abd now.
Med rec: glargine 24 u, lispro 6 u, calcium carbonate 1 g TID, calcitriol, no anticoagulant.
Called endo & PD RN.
"""),
("2023-07-11", "Endocrinology Follow-up", """
ENDO f/u
Bx R calf (6/22/2023): calciphylaxis, biopsy-proven. Lesions limited to both calves.
Periumbilical lumps re-examined: classic lipohypertrophy from years of insulin in one spot, not calciphylaxis - no necrosis, no purpura, soft.
PD team stopped calcium carbonate, started sucroferric oxyhydroxide, STS ordered.
BMI 31.0. Glargine 24 u, TIR improved to 62%.
"""),
]}

E12 = {"patient_id": "E12", "age": 52, "sex": "F", "notes": [
("2024-09-03", "Home Health Skilled Nursing Visit", """
SN visit - DM / obesity / HD pt
Pt c/o a very painful spot on the underside of her L belly fold that came up about ten days ago, "like a hard bruise". Before that the skin there was fine - nothing was done to it - nothing hot or cold, nothing tight, never injected there.
DM med: semaglutide 1 mg weekly, pt injects into alternating thighs (Sunday). Not on insulin. Linagliptin 5 mg.
Skin: L lower pannus, 5x3.5 cm firm violaceous plaque, retiform edge, small central gray area. Moist intertrigo in fold, mild.
Wt 121 kg, BMI 44.6.
Plan: keep fold dry, moisture-wicking textile; notify endo.
"""),
("2024-09-10", "Endocrinology Visit", """
ENDO
52F ESRD on HD (TTS), T2DM on semaglutide + linagliptin, morbid obesity. Referred by HH for L pannus lesion (onset ~8/24).
Since the HH visit her daughter has been putting warm wet washcloths to the sore BID "to draw it out".
Exam: L lower pannus plaque 6 x 4 cm, now w/ central black eschar 2 cm, surrounding livedo. Thighs (semaglutide sites): clean, no lesions.
A: suspected calciphylaxis of the pannus. Stop warm compresses. Derm punch bx scheduled 9/12. Renal informed.
"""),
("2024-10-01", "Endocrinology Follow-up", """
ENDO f/u
Punch bx L pannus 9/12/2024: calciphylaxis (calcified subcutaneous arterioles, thrombosis). Wound clinic sharp debridement of the eschar 9/24; HH doing alginate + foam dressings 3x/wk.
Lesion unchanged in size. No new sites. Thighs clear.
DM: semaglutide held for poor appetite, BG 100-150s on linagliptin alone. Still no insulin.
BMI 43.9.
"""),
]}

E13 = {"patient_id": "E13", "age": 60, "sex": "M", "notes": [
("2019-04-16", "Endocrinology Visit", """
Endo - MBD + glycemia
60M, ESRD on HD (MWF), secondary HPT on cinacalcet. Prediabetes: A1c 6.3 (was 6.1). No diabetes dx; no meds for glucose.
Discussed that if A1c climbs past 6.5 on 2 checks, a low-dose basal insulin could be needed later (most orals limited by ESRD) - not now.
BMI 35.1, obesity class II.
PTH 690, Ca 9.0, P 5.9.
Plan: diet referral, recheck A1c 3 mo.
"""),
("2019-05-21", "Home Health Skilled Nursing Visit", """
SN visit (CHF/HD pt)
Wife noticed a painful dark spot on the back of his R thigh on Mother's Day while helping him dress. Now 4 x 3 cm, hard, purple-black w/ a netlike rim.
Neither he nor his wife recall injury, shots, heating pad, ice, or sitting on anything hard; he sleeps in a bed with a foam topper. No previous wound there.
Med rec: cinacalcet 60, sevelamer, carvedilol, furosemide on non-HD days. No insulin. No anticoagulant.
Notified endo office.
"""),
("2019-06-04", "Endocrinology Follow-up", """
ENDO follow-up
Derm bx R posterior thigh 5/24/19: calciphylaxis confirmed.
No trauma at that site before onset per pt + wife (re-asked today). 
Plan per wound team: R thigh eschar to be debrided sharply next week; STS w/ HD started 5/31.
Glucose: A1c 6.4, still prediabetes - no insulin; avoid SC injections into the thighs if ever started.
BMI 34.8.
"""),
]}

E14 = {"patient_id": "E14", "age": 67, "sex": "F", "notes": [
("2020-02-11", "Endocrinology Visit", """
ENDOCRINOLOGY
67F T2DM on insulin (detemir 30 u BID, abdomen), ESRD on HD since 2015, hx DVT - warfarin 2016-2019, stopped 2019, now apixaban.
ED visit 1/30: R lower abdominal insulin-site abscess, I&D'd, culture MSSA, on cephalexin. Today: healing 1 cm wound w/ pink granulation, packing out. This is an infected injection site, not calciphylaxis.
Counselling given: calciphylaxis risk with ESRD + obesity - no heating pads, no ice packs, rotate sites, clean technique, single-use pen needles.
BMI 39.4. A1c 8.0.
"""),
("2020-03-03", "Home Health Skilled Nursing Visit", """
SN visit
R lower abd I&D site: closed, small scar, no drainage.
New: pt reports pain under L breast for 2 wks. Exam: L inframammary fold/lower L breast 5x4 cm indurated plum-colored plaque with stellate central black area. Denies trauma, tight bra, heat. No inj there.
Med rec: detemir 30 u BID, apixaban 5 BID, sevelamer, cinacalcet.
Notified Dr Pramanik's office.
"""),
("2020-03-24", "Endocrinology Follow-up", """
ENDO f/u
Derm bx L breast 3/12/2020: calciphylaxis.
R lower abdomen: healed abscess scar, fine - remains an infection, unrelated.
Injections continue in the abdomen (both sides), rotating; no lesions there.
BMI 39.1.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
