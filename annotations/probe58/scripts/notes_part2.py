"""probe58 corpus notes, E08-E14 (infectious disease consults and wound microbiology; all invented)."""

E08 = {"patient_id": "E08", "age": 64, "sex": "M", "notes": [
("2020-09-04", "Infectious Disease Consult", """
ID CONSULT - vascular surgery service
Q: L groin SSI after fem-pop bypass? graft involvement? abx duration?
64M, ESRD on HD, DM2 (metformin stopped, now sitagliptin - off insulin since 2016), PAD. On warfarin for graft since surgery. BMI 28.8.
Had L CFA to AK-pop bypass w/ PTFE on 07/08/2020; L groin incision healed by the 2 wk check.
~10 days ago pt noticed a very painful firm purple plaque in the L groin, straddling the lower end of the healed incision; central area now black and dry.
Exam: L inguinal crease, indurated violaceous plaque approx 5x3cm, lacy livedo at margins, 1.5 cm eschar over the scar. No drainage, graft pulse palpable. R groin unremarkable.
CTA: no perigraft fluid or gas.
Imp: deep SSI / graft infection not supported. Consider calciphylaxis in scar (ESRD, warfarin). Recs: deep tissue cx from OR if debrided; bx edge; hold empiric abx.
"""),
("2020-09-11", "Operative Tissue Microbiology", """
SPECIMENS (OR 9/9, excisional debridement L groin, graft not exposed):
1) Deep tissue L groin - Gram: rare PMN, no organisms. Cx: no growth 5 d.
2) Anaerobic cx: no growth.
3) Fungal: pending.
Path (separate req): subcutaneous arteriolar calcification w/ luminal thrombi, fat necrosis - calciphylaxis.
"""),
("2020-10-02", "ID Clinic Follow-up", """
ID clinic: L groin calciphylaxis (path 9/9) post debridement, wound VAC in place. All cx final negative incl. fungal.
Graft patent on duplex. No evidence of graft infection -> no suppressive abx.
Hematology asked to consider stopping warfarin. Follow PRN.
"""),
]}

E09 = {"patient_id": "E09", "age": 57, "sex": "F", "notes": [
("2020-02-18", "Infectious Disease Consult", """
ID CONSULT
Reason: L thigh abscess vs necrotic cellulitis, PD pt
57F ESRD on CAPD, DM1 since childhood on insulin pump? - no: MDI (glargine + aspart). Class II obesity, BMI 37.0.
She is emphatic that she only injects into the RIGHT thigh ("lefty leg never gets poked, I'm a righty").
Left lateral thigh: 7 x 5 cm tender indurated plaque with violaceous reticulated border and 2 central black ulcers; onset about 01/20/2020. R thigh: diffuse lipohypertrophy, no ulcers or discolouration.
PD fluid clear. Afebrile. CRP 9.
US L thigh: no drainable collection.
Imp: no abscess. Concern high for calciphylaxis. Please biopsy before any abx.
"""),
("2020-02-25", "Dermatopathology + Tissue Culture", """
Left thigh, 6 mm punch:
Septal and lobular panniculitis w/ calcium deposition in small vessel walls and adjacent adipocytes, thrombotic vasculopathy. Dx: calciphylaxis.
Tissue culture: no growth. AFB/fungal smears neg.
"""),
("2020-03-30", "ID Progress Note", """
ID f/u. Calciphylaxis L lateral thigh, biopsy-proven. Ulcers unchanged. Small serous drainage swabbed by PD nurse: MSSA light growth, no surrounding cellulitis, colonization - did not treat.
She continues insulin in the R thigh; told OK to continue per renal but monitor site.
Signing off.
"""),
]}

E10 = {"patient_id": "E10", "age": 71, "sex": "F", "notes": [
("2022-05-10", "Infectious Disease Consult", """
ID CONSULT (wound / ?osteomyelitis)
71 yo F, ESRD - HD MWF, on warfarin (DVT 2021), no diabetes, BMI 22.0.
Painful R anterior shin ulcer since 05/01/2022; per pt no antecedent knock/fall/scratch/insect bite ("it just came up out of nowhere"). Legs never injected; no heat/ice applications.
Exam: R mid-shin, eschar, black, roughly 3cm square, ringed by retiform purpura. L leg intact.
Plan: x-ray R tib/fib; derm bx; no abx yet.
"""),
("2022-05-27", "ID Progress Note", """
ID f/u
Biopsy 5/13 (R shin): calciphylaxis, confirmed by derm path review - vessel calcification + thrombosis.
Interval event: on 05/20/2022 she tripped over the oxygen tubing at home and scraped the same R shin, with a new 2 cm abrasion just distal to the eschar. ED gave cephalexin x 5 days.
Wound culture of abrasion 5/21: Staphylococcus aureus (MSSA), heavy growth; cefazolin S, oxacillin S, clindamycin R (D-test +).
Exam now: abrasion clean, granulating; mild erythema resolving.
Plan: cephalexin fine, complete 5 d. MRI R tibia for osteo given deep eschar.
"""),
("2022-06-08", "ID Progress Note", """
MRI R tibia 6/3: soft tissue edema, no marrow signal abn - no osteomyelitis.
Abrasion healed. Calciphylaxis eschar unchanged, wound care + STS per renal.
No further abx. ID off.
"""),
]}

E11 = {"patient_id": "E11", "age": 54, "sex": "F", "notes": [
("2023-07-06", "Infectious Disease Consult", """
ID CONSULT - surgery requested re: pannus necrosis
54 yo woman; HD for ESRD; DM2, NPH twice daily self-injected - posterior upper arms only, "never in my stomach, never ever". BMI 44.
Calciphylaxis of the lower pannus diagnosed by outside derm biopsy in June 2023 (report scanned to media).
Now: surgeons debrided the pannus eschar on 7/3 and placed NPWT; deep tissue cx sent. Foul smell noted today at VAC change.
Exam: 12 x 8 cm debrided wound lower abdominal pannus, pale granulation, some grey slough, periwound erythema 1 cm, no crepitus.
Recs: await tissue cx. If GNR, narrow. No empiric abx unless systemic signs.
"""),
("2023-07-08", "Wound Microbiology - Deep Tissue Culture", """
DEEP TISSUE CULTURE, pannus, collected 07/03/2023
Gram stain: moderate PMNs; moderate gram negative rods; few gram positive cocci in chains.
Culture:
1. Proteus mirabilis - moderate
   Ampicillin S, Cefazolin S, Ceftriaxone S, TMP-SMX R, Pip-tazo S, Ciprofloxacin S
2. Enterococcus faecalis - few
   Ampicillin S, Vancomycin S
Anaerobic culture: Bacteroides fragilis group, few (beta-lactamase positive)
"""),
("2023-07-10", "ID Progress Note", """
ID f/u - debrided pannus calciphylaxis wound with polymicrobial superinfection (Proteus, E. faecalis, B. fragilis).
Started amox-clav renally dosed 500/125 q24h (after HD on dialysis days) x 14d. Tape blisters at VAC drape edge - silicone border asked for.
Reweigh: BMI 43.1.
Will see in clinic in 2 weeks.
"""),
]}

E12 = {"patient_id": "E12", "age": 63, "sex": "F", "notes": [
("2019-10-15", "Vascular Access Procedure Note", """
MIDLINE CATHETER PLACEMENT
Indication: 4 wks IV ertapenem for ESBL E. coli pyelonephritis w/ renal abscess (OPAT).
Patient has normal renal function (Cr 0.8) - no vein-preservation restriction.
Site: L upper arm, cephalic vein, US guided, 20 cm single lumen midline. Secured w/ adhesive device. Tolerated well.
"""),
("2019-11-05", "OPAT Weekly Note", """
OPAT wk 3. Ertapenem 1 g daily via L arm midline, no line issues.
Pt mentions L outer-thigh pain for about 10 days; home RN sees "a purple net pattern with a dark spot". She uses a heating pad over both shoulders for arthritis - not on the thigh. No falls. INR 2.8 today on warfarin (AF). BMI 31.5. Not diabetic.
Plan: ID MD to see in clinic this week.
"""),
("2019-11-08", "ID Clinic Note", """
ID clinic
L lateral thigh: firm 6cm plaque, retiform purpuric border, central eschar 1cm. Remote from the midline (L upper arm site clean, no phlebitis).
With warfarin, obesity and normal kidneys -> ddx non-uremic calciphylaxis / warfarin-induced necrosis / small vessel vasculitis; derm punching it this afternoon.
"""),
("2019-11-20", "ID Progress Note", """
Derm path (L thigh, 11/8): calciphylaxis - small arterioles calcified and thrombosed, necrotic fat. Dx nonuremic calciphylaxis (warfarin-associated). Warfarin -> apixaban per cardiology.
Ertapenem course finished 11/12; midline removed 11/13, tip not sent. Renal abscess resolved on CT.
ID signing off; derm + heme following.
"""),
]}

E13 = {"patient_id": "E13", "age": 60, "sex": "M", "notes": [
("2024-04-09", "Infectious Disease Consult", """
ID consult, MICU
Q: sacral/buttock wounds - source of GNR bacteremia?
60M ESRD, HD-dependent; DM2 on glipizide only (explicitly denies ever using insulin), BMI 38.9.
Painful black ulcers across both buttocks first noted 2 wks ago. Per pt and wife: nothing injected there, no heat source (pad, baths), no falls, no long stretches sitting - he walks daily.
Bld cx 4/7: Klebsiella pneumoniae 2/2 (pan-S except ampicillin). Source likely UTI (UA+, urine cx same Klebsiella).
Exam: bilateral upper buttocks, symmetric stellate necrotic plaques with livedo; no undermining, no purulence.
Imp: buttock lesions not typical for pressure injury (location, ambulatory); calciphylaxis suspected. Not the bacteremia source.
Recs: ceftriaxone 2 g q24h x 14d. Will need PICC? -> NO, ESRD: use tunneled HD catheter / give with HD. Derm bx.
"""),
("2024-04-16", "Surgical Pathology", """
Skin and subcutis, left buttock, punch: calcific deposits in walls of subcutaneous arterioles with intraluminal thrombosis and fat necrosis. Diagnosis: calciphylaxis.
"""),
("2024-04-22", "ID Progress Note", """
ID f/u. Klebs bacteremia clearing (repeat bld cx 4/10 NG). Ceftriaxone to finish 4/21 - done.
Calciphylaxis both buttocks, path-proven.
If DVT ppx with SC heparin is needed on any future admission, do not inject into buttocks or thighs; use abdomen. Counselled: avoid heat, avoid prolonged pressure on the buttocks.
ID off.
"""),
]}

E14 = {"patient_id": "E14", "age": 51, "sex": "M", "notes": [
("2025-03-03", "Infectious Disease Consult", """
INFECTIOUS DISEASE CONSULTATION
51M on CCPD (ESRD from DM nephropathy), insulin glargine into abdomen, BMI 25.5. No warfarin.
Two problems:
(1) L elbow - fell on the driveway 2/22 and skinned the point of the left elbow; now a 2 cm crusted ulcer with surrounding warmth and 6 cm cellulitis. Swab sent.
(2) Bilateral calves - very painful purple-black netlike plaques since ~2/10, no trauma to the legs he can recall, no stockings, no heat.
PD exit site: clean, no crust.
Plan: doxycycline 100 BID for elbow. Derm to biopsy calf.
"""),
("2025-03-05", "Wound Culture Report", """
WOUND CULTURE - L elbow (superficial swab)
Gram: many PMN, GPC in clusters.
Staphylococcus aureus, METHICILLIN RESISTANT (MRSA), heavy growth
  Oxacillin R, Doxycycline S, TMP/SMX S, Clindamycin S, Vancomycin S (MIC 1), Linezolid S
"""),
("2025-03-14", "ID Progress Note", """
ID f/u
Elbow: MRSA cellulitis over traumatic abrasion, improving on doxy, ulcer now small and pink. This is an ordinary infected wound - NOT calciphylaxis (derm agrees).
Calves: punch bx R calf 3/6 = calciphylaxis with vascular calcification and thrombosis. Both calves involved.
Discussed: avoid ice packs/heat and injections on legs.
Finish doxy 3/18.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
