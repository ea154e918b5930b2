"""probe41 corpus notes, V08-V14 (vascular surgery and limb-salvage wound clinic; all invented)."""

V08 = {"patient_id": "V08", "age": 73, "sex": "F", "notes": [
("2018-11-06", "Cath Lab Procedure Note", """
PROCEDURE: LLE angiogram + tibial intervention via R transradial approach.
Access: R radial artery, 6F Glidesheath Slender, 5000 u heparin + verapamil intra-arterial cocktail. Femoral access avoided (hostile groins, prior bilateral bypass).
Findings/Rx: occluded L AT, PTA 2.5x150 mm, inline flow to foot.
Hemostasis: sheath pulled in lab, hemostasis achieved, distal pulse intact.
Background: ESRD, dialysing by R IJ tunnelled catheter until the L arm fistula matures; IDDM on NPH 70/30; obesity class I, BMI 33.0. Not on warfarin; ASA + clopidogrel.
"""),
("2018-11-28", "Vascular Clinic", """
Follow-up after tibial PTA. L heel wound smaller (1.1 cm from 1.8), granulating.
New issue: R distal volar forearm just proximal to the wrist crease, at the radial puncture site, very painful purple firm area that showed up on 11/21/2018, now with a dark center. Radial pulse R palpable. No hematoma on duplex, no pseudoaneurysm.
Exam: 3.5x2cm firm violaceous plaque, 8 mm central black necrosis, reticulate margin.
Differential: radial access hematoma / band injury vs calciphylaxis (ESRD).
Plan: derm referral for punch, photo documented.
"""),
("2019-01-08", "Dermatology Consult", """
Seen for R forearm lesion. Punch (12/3/18) showed calcified, thrombosed subcutaneous arterioles with necrosis -- calciphylaxis. This arose 15 d after and exactly at the R radial artery access site; procedural trauma probably the trigger.
Meanwhile pt underwent L 5th toe amputation 12/20 for dry gangrene (arterial, separate issue), site healing.
Wt down after illness -- BMI now 29.4.
Plan: STS, wound care forearm, avoid BP cuff/IVs R arm.
"""),
]}

V09 = {"patient_id": "V09", "age": 66, "sex": "M", "notes": [
("2021-05-17", "Wound Clinic Consult", """
66 yo M, ESKD on hemodialysis MWF, T2DM on insulin glargine, BMI 34.1 (obese). Referred by HD unit for "L abdominal wall ulcer".
Pt is firm that he only ever injects into the right lower quadrant ("my good side, I'm a lefty and it's easy"). Nurse at HD confirms, RLQ has lipohypertrophy.
Lesion: left lower abdominal wall, lateral to umbilicus, 7x5cm violaceous necrotic plaque w/ thick eschar, onset ~ 5 wks ago. Livedo extends toward L flank. RLQ skin: lipohypertrophy only, no purpura, no ulcer.
ABI 1.0 bilat, no PAD.
Impression: probable calciphylaxis LLQ.
Plan: biopsy.
"""),
("2021-05-28", "Pathology Result / Nephrology", """
Path: deep incisional bx LLQ -- calcification of subcutaneous vessel walls, intraluminal thrombi, fat necrosis. Interpretation: calciphylaxis.
Nephrology: start STS with each HD session, stop calcium-based binder, cinacalcet.
Note pt never injected on the left; injection field is opposite side.
"""),
("2021-07-06", "Wound Clinic Follow-up", """
Wound care f/u: LLQ wound (calciphylaxis) measures 6.5x4.8cm; eschar dry/adherent, no infection. Pain controlled w/ tramadol.
Cont betadine paint to eschar, no debridement. RLQ injection area unchanged. Wt 103 kg, BMI 34.1.
"""),
]}

V10 = {"patient_id": "V10", "age": 59, "sex": "F", "notes": [
("2021-03-09", "Vascular Surgery Consult", """
Consult for R leg ulcer, r/o arterial.
59 F, ESRD, hemodialysis in-center T/Th/S, mechanical mitral valve on coumadin (INR 3.1). No DM. BMI 26.0.
Painful spot on back of R calf first noticed 3/2/21, no preceding injury -- pt denies bumping, falls, heat or cold, tight clothing, or injections to legs.
ABI R 1.15 (partially noncompressible), TBI R 0.74, toe pressure 79. Adequate perfusion.
R posterior calf: 4x3cm stellate purpuric plaque with central necrosis and livedo racemosa. Tender.
Assessment: not ischemic. Differential calciphylaxis (warfarin, ESRD) vs warfarin necrosis vs vasculitis. Derm bx requested.
"""),
("2021-03-23", "Wound Clinic Visit", """
Bx 3/12: dermal & subcut arteriolar calcification w/ thrombi. Calciphylaxis, biopsy proven.
Interval event: on 3/20/21 she lost her footing in the shower and her R calf struck the tub edge from behind, scraping right across the existing wound; small abrasion at the lower border, some bleeding.
Wound now 4.6x3.4cm w/ fresh abrasion inferiorly.
Plan: gentle cleanse, petrolatum gauze, nonadherent; shower chair ordered. Warfarin -> switch discussion w/ cardiology (mechanical valve limits options).
"""),
("2021-05-04", "Wound Clinic Visit", """
Wound R post calf: sharp debridement of necrotic tissue to bleeding subcut, 12 sq cm, tolerated w/ topical lidocaine. Granulation 40%.
Remains on warfarin (valve). HD + STS. Weight stable.
"""),
]}

V11 = {"patient_id": "V11", "age": 70, "sex": "M", "notes": [
("2022-09-26", "Limb Salvage New Visit", """
70M, PD (CAPD, 3 yrs) for ESRD, DM2 on basal insulin (abd injections), HLD. BMI 30.0 today (Wt 92.3 kg / Ht 175.4 cm).
Painful dark sore L lateral calf since Labor Day weekend. No trauma recalled, no heat or ice, no prior wound there.
ABI L 0.91, TBI L 0.55, toe pressure 61. Mild tibial dz, adequate for healing.
Exam: L lateral calf, 5x4cm necrotic ulcer w/ eschar and retiform purpura border.
Impression: suspect calciphylaxis; mixed arterial component minor.
Plan: 4 mm punch today at periphery. Offload, elevate.
"""),
("2022-10-11", "Wound Clinic / Derm Path Review", """
Punch from 9/26 L lateral calf: small vessel calcification, fibrin thrombi, panniculitis. Calciphylaxis confirmed.
Wound care: because of edema we started light 2-layer compression over the calf wound on 10/4; patient says the wrap has made the sore sting more.
Sharp debridement of fibrin at the edge today. HBO referral placed.
"""),
("2022-11-22", "Hyperbaric Oxygen Treatment Log", """
HBOT tx #20 @ 2.0 ATA, 90 min. No barotrauma. BG 142 pre.
Dx: calciphylaxis L lateral calf (bx 9/26/22).
Wound 3.9x3.1cm, 70% granulation. Compression discontinued 11/8 (not tolerated). Wt 91.8 kg.
"""),
]}

V12 = {"patient_id": "V12", "age": 52, "sex": "F", "notes": [
("2023-08-14", "Vascular Surgery Consult (inpatient)", """
Vasc surg consulted by medicine re: "necrotic pannus ?necrotizing infection, ?ischemia".
52F, ESRD, hemodialysis through R IJ permcath, no diabetes, BMI 44.8 (morbid obesity). Never on warfarin. No insulin, no SC meds at home; pt says nobody has ever injected anything into her belly and denies heating pads, ice packs or binders/tight waistbands. No falls.
Exam: pannus, bilateral lower abdomen below umbilicus: numerous stellate plaques of purpura, the biggest on R ~8cm and L ~6cm with black eschar, diffuse livedo. No crepitus. CT: no gas, dermal/subcut vascular calcification.
Imp: picture c/w calciphylaxis of the pannus, not nec fasc; no vascular surgical target.
Recs: derm bx; if any SC heparin is needed for DVT ppx, use the upper arms, never the abdomen. Planned diagnostic aortogram via R CFA next week for her claudication -- will defer until skin plan settled.
"""),
("2023-08-21", "Dermatology Inpatient Note", """
Punch x2 (R and L lower abd) 8/16: calciphylaxis, both specimens. Clinical + histo dx.
DVT ppx: SCDs only, no heparin shots given to date.
Angiogram postponed indefinitely.
"""),
("2023-10-03", "Wound Clinic Visit", """
Outpt wound visit, pannus calciphylaxis (bilat lower abd), on sodium thiosulfate w/ each HD run.
R wound 7.5x5cm, eschar cracking at edge w/ scant serous drainage; L 5x4cm, dry. No odor, no cellulitis.
Wt down 4 kg since admission, BMI 43.9.
Dressings: Dakin-moistened gauze to R, dry gauze L. Return 2 wk.
"""),
]}

V13 = {"patient_id": "V13", "age": 67, "sex": "M", "notes": [
("2020-02-04", "Limb Salvage Clinic", """
67 yo M ESRD on HD, IDDM (insulin pens to abdomen), PAD, R 2nd toe amputated 11/2019. BMI 28.3.
1) R 2nd toe amp site: dehisced 1 cm, pale base, TP R 38 mmHg -> ischemic wound, arterial, will need angio.
2) R heel -- stage II pressure injury under the heel offloading boot he has worn since December; strap rubbing. Classic pressure ulcer, blanching rim, not painful out of proportion.
3) L medial thigh: 3 cm very painful indurated violaceous plaque with livedo, appeared ~ 2 wks ago, no injury, no injections there, never had a line or procedure in that thigh.
Plan: angio R leg; boot refit; derm bx L thigh.
"""),
("2020-02-18", "Dermatology Consult", """
L medial thigh bx: calciphylaxis. Fat lobules necrotic, their small vessels calcified + clotted.
Reviewed R heel and R toe wounds w/ vascular: these are a pressure ulcer and an ischemic amputation wound respectively, clinically neither looks like calciphylaxis and neither will be biopsied.
Recs: STS, wound care L thigh.
"""),
("2020-03-17", "Vascular Surgery Clinic", """
s/p R popliteal-AT angioplasty 2/25 (L CFA access, uneventful). R toe wound now granulating, heel ulcer improving with new boot.
L thigh calciphylaxis: 3.5 cm, eschar. Stable.
"""),
]}

V14 = {"patient_id": "V14", "age": 61, "sex": "F", "notes": [
("2024-11-12", "Vascular Surgery Consult", """
Consult: painful dusky fingertips L hand, ?steal syndrome.
61F, ESKD on HD x 6 yr via L brachiobasilic fistula, T2DM on insulin (injects abdomen, RLQ/LLQ rotation), Afib on warfarin, BMI 31.7.
L hand: tips of 2nd-4th fingers w/ purple-black necrotic patches, livedoid pattern on dorsal fingers. Onset late October. R hand normal.
Digital pressures L 2nd 68 mmHg, radial signal preserved with fistula compression minimal change -> not steal. Fistula thrill good.
Imp: distal digital ischemic necrosis, steal unlikely; calciphylaxis a consideration (warfarin + ESRD).
Plan: derm bx fingertip (small), hand XR for vessel calcification.
"""),
("2024-11-26", "Dermatology Note", """
Fingertip punch L 3rd: calcific arteriolopathy with thrombosis -> calciphylaxis (acral).
Counselling given: keep hands warm but NO hand warmers or heating pads on the fingers, avoid ice, protect from bumps. Warfarin to be switched to apixaban per cardiology.
"""),
("2025-01-14", "Wound Clinic Visit", """
Acral calciphylaxis L 2nd-4th fingertips: dry eschar, no infection, autoamputation of L 4th tip expected. Pain improved.
Insulin still into abdomen only; glucose via CGM. Apixaban since 12/2024.
"""),
]}

PATIENTS = [V08, V09, V10, V11, V12, V13, V14]
