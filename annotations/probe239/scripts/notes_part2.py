"""probe239 corpus notes, S08-S14 (hospitalist service and consultants; all invented)."""

S08 = {"patient_id": "S08", "age": 77, "sex": "F", "notes": [
("2025-01-06", "Hospitalist Admission H&P", """
ADMISSION H&P - HOSPITAL MEDICINE      Jan 6 2025
Pinegate Medical Centre, ward 7

CC: "a burn on my side that won't heal"
HPI: 77F - ESRD doing CAPD (4 exchanges daily); DM2 managed by diet; AF (warfarin); lumbar stenosis. For
L-sided back and flank pain since last autumn her nightly routine has included an electric heat pad, set to high, wedged along her L flank. Around Christmas a sore purple blotch showed up in that spot; it is now black
and lying on it is impossible. Afebrile at home; PD bags clear.
PMH: ESRD (hypertensive nephrosclerosis), DM2 (A1c 6.4 without meds), AF, lumbar stenosis,
osteoporosis. Echo 28/10/2024 EF 55%.
Meds: warfarin 3 mg, calcium acetate, calcitriol, darbepoetin, metoprolol.
Exam: 58kg, BMI 24.3. L flank: 6x4cm eschar, retiform violaceous margin, faint
reticulated brown net around it. Abd soft; PD exit healthy.
A/P: #L flank eschar - thermal burn vs calciphylaxis; derm consult. Heating pad taken home by
daughter.
"""),
("2025-01-08", "Hospitalist Progress Note", """
PROGRESS NOTE    hospitalist    HD#3
Interval: derm saw her, 6 mm punch x2 L flank yesterday; path pending. INR 3.1 -> warfarin held.
S: "still stings at night."
O: VSS. L flank eschar unchanged. Remainder of skin: see H&P.
Labs: Hgb 9.6, albumin 2.8.
A/P:
#L flank eschar - calciphylaxis vs burn, awaiting path. Wound RN: non-adherent dressing, no tape on
flank skin.
#ESRD on CAPD - renal managing, 4 exchanges.
#AF - warfarin held, INR 3.1.
#DM2 - diet, BG 110-150.
#Dispo - daughter will take her home once path returns.
"""),
("2025-01-13", "Dermatology Consult Follow-up", """
DERM INPT FOLLOW-UP      13-Jan-2025

Path (L flank, 1/7/25): tiny subcutaneous vessels ringed by calcium; fibrin thrombi; necrotic fat; positive vK - calciphylaxis.
Context: onset 12/25/2024 within the exact area warmed by her heating pad nightly since the autumn;
the brown lacy pigment surrounding it = erythema ab igne (same pad).
Imp: L flank calciphylaxis; heat exposure as the local precipitant.
Recs: no heating pads anywhere; STS (PD pt - IV 3x/wk via nephrology); would stop warfarin -
discuss apixaban w/ cardiology; wound care per RN.
"""),
]}

S09 = {"patient_id": "S09", "age": 59, "sex": "F", "notes": [
("2019-05-06", "Hospitalist Admission H&P", """
H&P - Hospitalist Service, Cobalt Bay General
5/6/2019

CC: painful thighs x 3 wks
HPI: 59F; ESRD (in-center HD, MWF, L forearm loop graft); insulin-dependent DM2; morbid obesity. About 3 weeks
ago both inner thighs became tender, then firm purple patches formed; the L one is now weeping.
Insulin: glargine and aspart go into her abdomen and nowhere else - "never my legs, the needle hurts
there." No heat or ice, no injuries, no new meds. No anticoagulant; warfarin never prescribed.
Exam: BMI 44.0. Bilat medial thighs: firm purple-violet plaques, L 8x6cm with central erosion, R 5x5cm, livedo at the margins. Abdomen: scattered lipohypertrophy, no lesions.
Chem: Ca 10.4 / PO4 7.9; iPTH 640; alb 3.0.
A/P:
#Bilat thigh plaques - strongly suspect calciphylaxis; derm for bx.
#ESRD - HD MWF.
#DM2 - glargine 40u, aspart SSI.
"""),
("2019-05-08", "Hospitalist Progress Note", """
Hospitalist PN   HD#3
Interval: derm biopsied the L inner thigh 5/7 (punch). Analgesia improved on standing acetaminophen plus hydromorphone 0.2 prn.
S: tired post-HD.
O: T 37.0. Thigh plaques unchanged, L erosion clean. Abdomen clear.
Labs: K 4.9, Hgb 8.8.
A/P (cf from 5/6):
#Bilat thigh plaques - ?calciphylaxis, bx pending. Offload; foam dressing to L.
#ESRD - HD MWF; calcium carbonate -> sevelamer.
#DM2 - glargine 40u, aspart SSI; keep injecting abdomen.
#Obesity - BMI 44.0.
#Dispo - home w/ husband, home-health wound RN.
"""),
("2019-05-13", "Discharge Summary", """
DISCHARGE SUMMARY    (05/06/2019 - 05/13/2019)

Dx: bilateral medial-thigh calciphylaxis, confirmed on punch bx (5/7 - subcutis arterioles laden w/ calcium; thrombi; fat necrosis).
No local trauma identified at the thighs; her insulin is given solely in the abdomen, and the abdomen is spared.
STS 25g begun, infused at every dialysis run (x3 wk); calcium carbonate discontinued, cinacalcet added.
Wound: L thigh erosion - foam dressing q3d.
Dc meds: cinacalcet 30 daily; sevelamer 1600 with meals; glargine 38 u; aspart per scale.
Last BMI 43.6.
F/u: wound clinic, nephrology.
"""),
]}

S10 = {"patient_id": "S10", "age": 66, "sex": "M", "notes": [
("2024-11-18", "Hospitalist Admission H&P", """
ADMIT NOTE - HOSPITALIST
Nov 18, 2024 | Harrowgate Medical Center

CC: R calf ulcer
HPI: 66M ESRD on HD TTS, DM2 (linagliptin; has never needed insulin), provoked DVT L leg 8/2024 on
warfarin. The R calf lesion began around Nov 2 as a sore purple dot and broke down within a week.
Once it began hurting he started pressing bags of frozen peas on it, and his wife tapes
gauze over it every day. Denies any injury to that calf before it started. Flu shot L deltoid 10/1.
Exam: BMI 28.3. R posterior calf: 5x3cm ulcer, black base, stellate purpuric margin; mild
redness around it from the tape. L leg: no ulcer.
INR 2.9 on admission.
A/P:
#R calf ulcer - calciphylaxis vs warfarin necrosis vs venous. Derm, wound RN. Stop ice + tape.
#DVT - warfarin; discuss switch to apixaban.
#ESRD - HD TTS.
"""),
("2024-11-20", "Hospitalist Progress Note", """
Hospitalist progress note, HD#3
Interval: derm punch bx R calf 11/19. Today swapped warfarin for apixaban 2.5mg BID (renal ok with it).
Wife asked if the frozen peas caused it - explained that the ulcer came first.
S: pain 6/10, slept ok.
O: VSS. R calf ulcer 5 x 3 cm, no cellulitis.
A/P (copy-forward):
#R calf ulcer - r/o calciphylaxis; path pending.
#DVT L leg - apixaban; INR 2.2 today, first dose once INR < 2.
#ESRD - HD TTS.
#DM2 - linagliptin.
#Dispo - home Monday if path is back.
"""),
("2024-11-25", "Discharge Summary", """
DISCHARGE SUMMARY
Admission 11/18/2024 -> discharge 11/25/2024

Diagnosis: calciphylaxis, R posterior calf; punch bx 11/19 w/ von Kossa-positive microvascular
calcification.
The ulcer started ~11/2 without any preceding injury; the cold packs and the tape were applied
only afterwards, for comfort and to hold gauze, and are not thought to be the cause.
Anticoag: off warfarin since 11/20; on apixaban.
STS begun with HD; non-stick pad with a gauze wrap, nothing sticky on the skin.
BMI 28.1 at discharge.
F/u: wound clinic Tues, nephrology.
"""),
]}

S11 = {"patient_id": "S11", "age": 52, "sex": "F", "notes": [
("2020-02-10", "Hospitalist Admission H&P", """
ADMISSION H&P (hospitalist)     2020-02-10

CC: painful lower belly
HPI: 52F; ESRD - HD MWF, access is a tunneled R neck catheter; DM2 requiring insulin; BMI >40 (class III obesity). Lower pannus has had tender, indurated, purple areas since mid-January; two now have black centers. She denies using heat or cold packs there, denies belts or snug waistbands, scratching, or having hurt her belly in any way. She
injects insulin into her thighs only ("the apron is too thick"). No prior abdominal surgery. Never
on warfarin.
Exam: wt 139 kg, BMI 47.5. Lower pannus: three firm violaceous plaques (3-7 cm), eschar centrally, livedo bridging them. Thighs: lipohypertrophy, no lesions.
A/P:
#Pannus plaques - very suspicious for calciphylaxis; derm consult.
#VTE ppx - SC heparin, upper-arm sites only; no injections into the abdomen.
#DM2 - home glargine, thigh sites.
"""),
("2020-02-12", "Consult Request - Dermatology", """
REQUEST FOR CONSULTATION
To: Dermatology     From: Hospital Medicine (night float handoff)     02/12/2020

Question: necrotic pannus plaques in an HD pt - calciphylaxis? Is a biopsy safe?
Summary: 52F, HD-dependent ESRD; DM2 (insulin); BMI 47.5. Lower abdominal wall lesions present since mid-Jan.
History negative for any injury there. Heparin SC being given in the arms only. Ca 9.9, phos 8.4,
PTH 980.
Concern: large pannus, poor healing - worth the risk of a bx?
Pt and sister aware of this consult. Callback: hospitalist pager 5520 (days).
"""),
("2020-02-17", "Hospitalist Progress Note", """
HOSPITALIST PROGRESS NOTE   HD#8
Interval: derm saw 2/13 - classic clinical picture, calciphylaxis of the pannus diagnosed
clinically; bx deferred - derm worried it would create a wound that never closes. Palliative met with family.
O: VSS. Pannus eschars stable, no new lesions.
A/P (cf):
#Calciphylaxis, lower abdomen (clinical dx) - STS 25g per HD session; dressings BID. If new lesions
appear, re-consult derm.
#VTE ppx - SC heparin, arm sites; abdomen still off-limits.
#DM2 - glargine; keep rotating thigh sites.
#ESRD - HD MWF.
#Obesity - BMI 47.5.
"""),
]}

S12 = {"patient_id": "S12", "age": 70, "sex": "F", "notes": [
("2023-08-28", "Hospitalist Admission H&P", """
H&P    Hospitalist    08/28/2023    Ashcombe University Hospital

CC: L thigh pain, dark skin
HPI: 70F ESRD on HD MWF; AF, formerly on warfarin (stopped 2014 for recurrent epistaxis, no
anticoagulant since); R-sided sciatica. She uses a heating pad most evenings - always on the R
thigh/buttock where the sciatica is, never on the left. 2 wk ago: sore firm spot, L outer thigh; it is now a dusky retiform patch w/ a black spot.
PMH: not diabetic (A1c 5.1); HTN; OA knees.
Exam: BMI 34.9. L lateral thigh: retiform purpura 6x5cm, central eschar about 1cm. R thigh: faint
mottled brown pigmentation, no induration or ulcer.
A/P: #L thigh retiform purpura - ?calciphylaxis; derm bx.
#Sciatica - gabapentin renally dosed; advised giving up the heating pad entirely.
#ESRD - HD MWF.
"""),
("2023-08-30", "Hospitalist Progress Note", """
PROGRESS NOTE (Hospitalist) - 8/30/23
Interval: bx L lateral thigh 8/29; prelim path: calcified subcutaneous vessels - calciphylaxis.
Renal to start STS.
S: pain 8/10 L thigh.
O: VSS. L thigh unchanged. R thigh skin as above.
Labs: PTH 705; phosphorus 6.2 (up from 5.1); uncorrected calcium 9.6.
A/P (copy fwd):
#L thigh calciphylaxis - bx-proven per prelim. STS w/ HD; wound RN.
#ESRD - HD MWF.
#AF - rate control only; no anticoagulation (warfarin stopped 2014).
#Sciatica - gabapentin 100 mg post-HD; heating pad stopped.
"""),
("2023-09-05", "Nephrology Progress Note", """
NEPHROLOGY FOLLOW-UP (inpatient)      Sept 5, 2023

70F on HD MWF with L lateral thigh calciphylaxis (bx 8/29, final path confirms). Lesion
onset mid-August. Heating-pad use was confined to the R thigh, which remains free of lesions; no
heat or other exposure on the L.
Access: L brachiobasilic fistula, good thrill. Dialysis: Kt/V 1.3. STS 25 g x3/wk, tolerated. Phos 5.9 -> sevelamer; cinacalcet started;
calcitriol stopped.
Wt 92 kg, BMI 34.6.
Plan: continue STS with each run; outpatient unit notified; recheck PTH in 4 wks.
"""),
]}

S13 = {"patient_id": "S13", "age": 64, "sex": "M", "notes": [
("2026-03-02", "Hospitalist Admission H&P", """
HOSPITAL MEDICINE H&P -- 3/2/26

CC: sores on both legs
HPI: 64M - ESRD (HD TuThSa, chair 14); DM2 controlled on linagliptin (never any insulin or other injectables), w/ ~1 month of purple-black, very painful areas on both calves. His brother, also a dialysis pt,
"had the calcium disease where he gave himself insulin", passed away from it in 2022; pt is afraid this
is the same. Wife has type 1 DM and does her own shots. Pt denies falls, bumps, stockings or
wraps. Remote L forearm laceration (1990s, sutured).
Exam: wt 92 kg (no height on file). Both posterior calves: retiform purpura with 2-3 cm eschars,
livedo racemosa up to the popliteal fossae.
A/P: #Bilat calf retiform purpura + eschar - DDx calciphylaxis / small-vessel vasculitis / atheroemboli;
derm, vasculitis labs.
#ESRD - HD TTS.
"""),
("2026-03-04", "Hospitalist Progress Note", """
Progress note day 3 - hospitalist
Interval: L calf punch biopsy by derm 3/3. ANCA, cryo, complement pending. ABIs noncompressible.
S: pain 8/10 despite hydromorphone; asks again about how his brother did.
O: VSS, afebrile. Calves unchanged; thighs and trunk clear.
A/P (cf):
#Bilat calf lesions - ?calciphylaxis; await path.
#ESRD - HD TTS; phos 8.2, PTH 1,300.
#DM2 - linagliptin.
#Family hx - brother w/ calciphylaxis; chaplain and SW offered.
#Pain - hydromorphone 0.2 q3h prn; add gabapentin 100 post-HD.
"""),
("2026-03-09", "Dermatology Consult Follow-up", """
Derm f/u (inpatient)

Final path (L calf, 3/3/2026): calciphylaxis - calcified subcutaneous arterioles, intimal
fibroplasia, luminal thrombi. Vasculitis serologies negative.
No antecedent trauma to either leg; he has never injected anything himself. Brother's history
noted (family).
Exam: eschars unchanged, no new lesions, arms and trunk clear.
Discussed at bedside with him and his wife; questions answered. We will follow twice weekly.
Recs: STS with HD; parathyroid surgery evaluation (PTH 1,300); wound RN; palliative team re: pain.
Wt 91 kg. Photos uploaded to the media tab.
"""),
]}

S14 = {"patient_id": "S14", "age": 75, "sex": "F", "notes": [
("2018-11-05", "Hospitalist Admission H&P", """
ADMISSION H&P    hospitalist, Fernhill General     Nov 5, 2018

CC: R calf wound
HPI: 75F, ESRD dialyzed MWF at the Fernhill unit, AF anticoagulated w/ warfarin; fell at home onto her R hip 9/12/18 -> intertrochanteric
fx, ORIF 9/13/18 (R lateral hip incision, healed). Three weeks ago a painful dusky spot appeared on the posterior R calf; now an ulcer with eschar. Denies bumping or scraping the leg; no stockings,
no heat or ice.
PMH: no diabetes; HTN; osteoporosis.
Exam: BMI 26.0. R posterior mid-calf 4 x 3 cm eschar with violaceous rim. R lateral hip scar well
healed, no lesion there. L leg normal.
INR 2.8.
A/P: #R calf eschar - calciphylaxis vs warfarin necrosis vs pressure ulcer; derm.
#s/p R hip ORIF - PT, WBAT.
#ESRD - HD MWF.
"""),
("2018-11-07", "Hospitalist Progress Note", """
PROGRESS NOTE - Hospitalist    HD#3
Interval: bx R calf 11/6 (derm). PT: 40 ft w/ walker.
S: throbbing R calf at night; hip pain minimal.
O: afebrile (36.7), BP 138/70. R calf unchanged (4 x 3 cm); hip incision c/d/i (old).
A/P (carried forward):
#R calf eschar - r/o calciphylaxis, await path; warfarin continued for now (CHA2DS2-VASc 5).
#s/p R hip ORIF 9/13 - WBAT.
#ESRD - HD MWF.
#AF - warfarin, INR 2.5.
#Pain - acetaminophen scheduled, tramadol 25 prn.
"""),
("2018-11-12", "Discharge Summary", """
DISCHARGE SUMMARY     11/05/2018 - 11/12/2018

Dx: calciphylaxis, R posterior calf (bx 11/6/18 - small vessels calcified, thrombosed; vK +).
The lesion is on the calf, well away from the hip incision of 9/13; no injury to the calf was
found.
Warfarin changed to apixaban 11/9 (renal, cardiology agree). STS with HD.
Dressing: alginate under foam, every other day. Pain: acetaminophen 650 q8h. Diet: renal, fluids capped at 1200 mL/day.
BMI 25.8 at discharge.
F/u: nephrology, derm 2 wks, ortho 6 wks.
"""),
]}

PATIENTS = [S08, S09, S10, S11, S12, S13, S14]
