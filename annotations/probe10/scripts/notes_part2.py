"""probe10 corpus notes, G08-G14 (all invented)."""

G08 = {"patient_id": "G08", "age": 81, "sex": "M", "notes": [
("2022-02-10", "Dialysis Rounds Note", """
HD ROUNDS  Pod C  TTS 2nd shift
S: c/o "sores on my low back" that started last month; very painful lying in recliner during tx. His lumbar stenosis pain is why he has lain on a plug-in heating pad every night since 11/2021, usually on the high setting.
Hx warfarin for DVT 2018-2020, stopped. DM2 diet controlled.
O: BP 110/58, Wt 63.5 kg, BMI 22.0. Access R IJ TDC c/d/i.
Skin: b/l lower back, paraspinal, two 3-4 cm stellate necrotic plaques w/ retiform purple edges, symmetric; faint reticulated brown erythema over same area.
Labs: alb 2.7, PTH 480, Ca 10.4, PO4 6.6
A/P
- ESRD/HD: cont
- Low back plaques, concern for CUA - derm today, stop heating pad, no calcium binders
"""),
("2022-02-15", "Dermatology Consult", """
DERMATOLOGY
Pt seen 2/10 at HD unit; punch bx L paraspinal plaque 2/11.
Path: calciphylaxis - arteriolar mural calcium, thrombi, necrotic fat; VK +.
Exam: B/L lower back necrotic retiform plaques, borders match the rectangular outline of his heating pad; erythema ab igne in the same field.
Dx: calciphylaxis of b/l lower back, confined to where the heating pad lies each night.
Plan: STS 25 g IV q HD, wound care, palliative care referral for pain/goals.
"""),
]}

G09 = {"patient_id": "G09", "age": 66, "sex": "F", "notes": [
("2019-07-08", "Dialysis Rounds Note", """
HD RDS
66F on HD MWF (ESRD), insulin-requiring DM2, obese (BMI 33.1).
S: new painful lump inner L thigh x 1 wk.
O: BP 150/78. L medial thigh 3 cm hard purple nodule, overlying livedo, exquisitely tender. R thigh: scattered small healed injecton marks, no nodules.
Insulin: NPH 20 u SQ BID - pt injects R thigh only ("I'm right handed, I always use the right leg").
A/P: L thigh nodule ? CUA - derm consult; switch calcium carbonate to lanthanum; hold vit D.
"""),
("2019-07-10", "Dermatology Consult", """
DERM CONSULT
Painful L medial thigh lesion, ESRD.
Hx: onset ~7/1. Pt has never injected into L thigh; all insulin into R anterior thigh for years. No trauma, heat, or ice to L thigh before the lesion. Since 7/5 she holds a cold pack to it for pain.
Exam: L medial thigh, violaceous indurated plaque 3.5 by 3 cm, small central eschar, livedo racemosa. R thigh: no lesions. Abd, buttocks clear.
Imp: suspect calciphylaxis.
Plan: punch bx L thigh lesion today. Stop cold packs. Non-adherent dsg.
"""),
("2019-07-15", "Surgical Pathology", """
FINAL DX: Punch bx of skin from the inner L thigh:
- Calciphylaxis: mural calcium in small vessels of the fat, thrombi, and calcium also in the interstitium (VK positive)
- No vasculitis
"""),
]}

G10 = {"patient_id": "G10", "age": 59, "sex": "M", "notes": [
("2024-03-05", "Wound Care Flowsheet", """
WOUND CARE - INPATIENT (multiple wounds)
Wound #1  L heel, posterior
  Type: DFU - rubbed by stiff new work boots he has worn since 2/2024
  Size 2.0 x 1.5 x 0.4 cm, granular base, callused rim
  Probe to bone: neg
Wound #2  R buttock, upper outer
  Type: unknown - ?calciphylaxis
  Size 6 x 5 cm, black eschar, purple stellate border, very painful
  Onset: per pt "about a month ago"
Wound #3  L buttock, upper outer
  Type: same as #2
  Size 4 x 4 cm, purpura + partial eschar
Wound #4  R great toe amp site (2015) - healed, intact
Pt ambulatory, drives a delivery route but gets out at every stop; denies any injury, injections or heat/ice to the buttocks.
"""),
("2024-03-08", "Dermatology Consult", """
Derm c/s
59M ESRD/HD, DM2 on insulin (abd injections), R toe amp 2015.
B/L upper outer buttocks w/ symmetric retiform purpuric plaques and eschar, onset early Feb. Fatty areas, no preceding trauma.
Heel ulcer: separate, callused DFU, not similar.
Imp: favor calciphylaxis, buttocks b/l. Bx R buttock today.
"""),
("2024-03-14", "Discharge Summary", """
DISCHARGE SUMMARY
Dx:
1. Calciphylaxis, bilateral buttocks - bx proven 3/8 (punch R buttock)
2. DFU L heel (Wagner 2), offloading boot; MRI neg for osteo
3. ESRD on HD TTS
4. DM2 on insulin
Course: Enoxaparin 40 mg SQ daily was started in the abdomen on 3/6 for DVT ppx. Sharp debridement of R buttock eschar 3/11 by surgery. STS started w/ HD.
BMI 28.0.
Meds: glargine 18 u SQ at bedtime, lispro scale, oxycodone 5 mg PO every 6 h PRN pain, sevelamer 1600 mg w/ meals, cinacalcet 60 mg PO qd.
Appointments: wound clinic, podiatry, derm.
"""),
]}

G11 = {"patient_id": "G11", "age": 77, "sex": "F", "notes": [
("2020-10-06", "Nephrology Clinic", """
NEPHROLOGY FOLLOW UP
PROBLEM LIST (reviewed, no changes):
1. ESRD on HD MWF since 2013
2. Paroxysmal AF - on warfarin
3. Calciphylaxis L calf 2016, bx-proven, healed after STS
4. HTN
5. Hypothyroidism
Interval: no hospitalizations. Bumped R shin on her wheelchair footrest 9/28, small skin tear, daughter doing dressings.
Vitals: BP 134/70, Wt 66 kg, BMI 26.2
Skin: R anterior shin 2 cm linear skin tear, well approximated, pink edges, no purpura or eschar. L calf old healed scar.
A/P: skin tear healing as expected; keep covered. Cont HD. INR goal 2-3.
"""),
("2020-10-20", "Home Health Wound Assessment", """
HH WOUND ASSESSMENT
Site: R anterior shin (skin tear, traumatic, 9/28/20)
Size: length 1.6 cm, width 0.3 cm
Bed: 100% pink epithelium
Drainage: none
Periwound: intact, no erythema
Pain: 0/10
Status: healing
Plan: dry dsg, d/c wound visits next wk.
"""),
("2021-01-12", "Nephrology Clinic", """
NEPHROLOGY FOLLOW UP
PROBLEM LIST (reviewed, no changes):
1. ESRD on HD MWF since 2013
2. Paroxysmal AF - on warfarin
3. Calciphylaxis L calf 2016, bx-proven, healed after STS
4. HTN
5. Hypothyroidism
Interval: R shin skin tear healed in Nov. No new skin issues.
Vitals: BP 128/66, Wt 65 kg
Skin: no ulcers, no livedo.
Labs: INR 2.4, PTH 310, PO4 5.1, Ca 9.0
A/P: stable. Cont HD, warfarin, sevelamer.
"""),
]}

G12 = {"patient_id": "G12", "age": 63, "sex": "M", "notes": [
("2025-02-04", "Nephrology PD Clinic", """
PD clinic
63M, CAPD for ESRD, DM2 - insulin, injects abdomen, obesity BMI 30.6.
c/o painful dark spots both calves x 3 wks. Denies injury to legs. No ice, no heat. No injections in legs.
Exam: b/l posterior calves w/ several 1-3 cm purple stellate plaques, two w/ black centers; livedo. Catheter exit site w/o erythema.
PTH 760 / PO4 7.2 / Ca 9.8
A/P: b/l calf lesions, concern for calciphylaxis -> derm referral urgent, stop calcium carbonate, start sevelamer.
"""),
("2025-02-11", "Dermatology Clinic Note", """
DERM
Referral: ?CUA b/l calves.
Hx confirmed: no trauma, injections or heat/cold to the legs before these appeared.
Exam: b/l posterior calves, retiform purpura w/ eschar, very tender.
Punch bx L calf taken.
Imp: clinically c/w calciphylaxis, bx pending.
"""),
("2025-02-18", "Telephone Encounter", """
RN call to pt re: bx result - calciphylaxis confirmed, Dr. notified, STS to start 2/20.
Pt states he tripped on the curb on 2/15 and scraped his R shin just below one of the sores, small abrasion, not bleeding now. Also been holding ice packs to both calves since the weekend for the pain.
Advised: stop ice on the ulcers, clean abrasion w/ soap and water, keep dressings on. Pt verbalized understanding.
"""),
]}

G13 = {"patient_id": "G13", "age": 55, "sex": "F", "notes": [
("2015-11-03", "Emergency Department Note", """
ED NOTE
CC: thigh pain
HPI: 55F ESRD/HD (MWF, R arm AVF), DM1 on insulin (injects both upper arms, rotates), gastroparesis - uses heating pad on her stomach most nights x 1 yr. Painful hard areas on both thighs x 2 wks, now darkening. Flu shot L deltoid 10/20.
PE: T 37.1 BP 171/95. B/L anterolateral thighs w/ multiple indurated violaceous plaques, largest 5 cm on the R, L with small eschar. Abd: faint mottled brown pigment, no induration or ulcer. Arms: no lesions.
Dx: thigh plaques - differential calciphylaxis vs panniculitis vs cellulitis
Dispo: admit medicine.
"""),
("2015-11-05", "Dermatology Consult", """
DERM CONSULT
Bilat thigh plaques in ESRD/DM1 pt.
Thighs were never used for insulin; no trauma to legs. Heating pad on abdomen only - abd skin shows erythema ab igne but no plaques.
Exam: b/l lateral thighs retiform purpura, indurated plaques, L eschar.
Bx R lateral thigh: calcified dermal/subcut arterioles, thrombi, fat necrosis -> calciphylaxis.
Plan: STS, stop Ca binder, wound care.
"""),
("2015-11-20", "Discharge Summary", """
DISCHARGE SUMMARY
Dx: calciphylaxis of bilateral thighs (biopsy-proven 11/5/15); ESRD on HD; DM1; gastroparesis; obesity (BMI 35.0)
Hospital course: STS 25 g IV TIW with HD, cinacalcet started, pain team. Thigh lesions stable at d/c.
Meds: insulin glargine 14 u qhs, aspart w/ meals, sevelamer, cinacalcet 30 mg, metoclopramide 5 mg.
Instr: heating pad d/c'd. No warfarin.
"""),
]}

G14 = {"patient_id": "G14", "age": 68, "sex": "F", "notes": [
("2024-08-19", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT
68F w/ mechanical MVR on warfarin since 2009, CKD 3a (eGFR 52), no dialysis, obesity (BMI 39.2), no DM. Albumin 2.9.
CC: painful breast lesions x 1 mo.
Denies trauma, injections, heating pads, ice, tight bras or recent breast procedures.
Exam: b/l breasts, lower inner quadrants, indurated violaceous plaques w/ livedo, R w/ 2 cm central eschar.
Imp: concern for non-uremic calciphylaxis (warfarin, obesity, low albumin) vs warfarin necrosis vs cellulitis.
Plan: punch bx L breast plaque today.
"""),
("2024-08-23", "Pathology Report", """
SURGICAL PATHOLOGY
L BREAST SKIN, PUNCH:
  SUBCUTANEOUS ARTERIOLES WITH CALCIFIED MEDIA, INTIMAL FIBROPLASIA, THROMBI
  CALCIUM ALSO SEEN ALONG FAT SEPTA
  DIAGNOSIS: CALCIPHYLAXIS (NON-UREMIC)
"""),
("2024-09-03", "Cardiology Portal Message", """
From: Dr. Varga (cardiology)
Re: your warfarin
Hi Mrs. Ashdown, I talked with derm. Because of your mechanical valve we cannot stop anticoagulation safely; we will keep warfarin for now and add vitamin K2 per derm. If you need IV STS long term, a port may be placed next month - we'll decide at your visit. Call if the breast sores get bigger or you get a fever.
"""),
]}

PATIENTS = [G08, G09, G10, G11, G12, G13, G14]
