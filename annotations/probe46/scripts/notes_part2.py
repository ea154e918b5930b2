"""probe46 corpus notes, G08-G14 (general hospital wound and skin records; all invented)."""

G08 = {"patient_id": "G08", "age": 48, "sex": "F", "notes": [
("2018-10-10", "Breast Surgery Clinic", """
BREAST SURGERY NEW PATIENT
Referred by PCP: "L breast sore r/o cancer".
48F, ESRD w/ HD three days weekly (M-W-F); type 2 diabetic on NPH + regular insulin, morbid obesity, BMI 47.1.
She says the ulcer under her L breast started roughly two months ago: first a firm, exquisitely tender lump, then the skin went dark. In April she switched to new underwire bras, one size too small; the wire "digs in right where the sore is" and she has worn it daily since.
Exam: L inframammary fold, 5 o'clock, 3.5x2cm eschar-covered ulcer with a violaceous indurated margin in the line of the underwire; no discrete mass beneath, nipple normal, axillae without adenopathy. Candidal intertrigo in both inframammary folds and under pannus, macerated, satellite pustules.
Mammo 9/28: extensive vascular calcifications, BI-RADS 2.
A/P: not suggestive of carcinoma. Concern for calciphylaxis. Derm for punch bx. Nystatin powder to folds. Advised soft wire-free bra.
"""),
("2018-10-17", "Dermatology Consult", """
Derm consult
Agree w/ breast surg. L inframammary lesion along wire track, retiform edge, 4 cm now. Intertrigo improving. Coccyx: small stage 2 pressure injury from long HD sessions, separate.
Punch bx x2 L breast lesion margin.
Impression: calciphylaxis favored, ddx pyoderma, ulcerated carcinoma (unlikely).
"""),
("2018-10-29", "Dermatology Follow-up", """
Derm - path review
Pathology: small vessel calcification, thrombi, necrosis of subcut fat; no malignancy. von Kossa +.
Final: calciphylaxis, left inframammary breast, at the underwire pressure line (onset Aug 2018, wire since Apr 2018).
Plan per renal: STS with dialysis, stop Ca carbonate, cinacalcet. Pt now wearing sports bra. Coccyx PI healed. BMI 46.5.
"""),
]}

G09 = {"patient_id": "G09", "age": 57, "sex": "M", "notes": [
("2021-06-20", "WOC Nurse Consult", """
WOUND CARE RN CONSULT
57 y.o. male, hospitalized for volume overload. ESRD (HD), type 2 DM - glargine, self-injected -- he is right handed and uses his RIGHT anterior thigh only ("never the left, never the belly") since starting insulin in 2020. BMI 38.0.
Findings:
1) LEFT medial thigh: 5x4cm purple/black plaque, eschar in the middle, painful; pt dates onset to ~2 wks ago. No injections or trauma on the left.
2) Bilat heels: deep tissue pressure injury, maroon non-blanchable, intact, L 3cm, R 2cm. Braden 13.
3) R anterior thigh: scattered needle marks, mild lipohypertrophy, no discoloration.
Recs: heel offloading boots; L thigh - leave eschar dry, call derm.
"""),
("2021-06-23", "Dermatology Consult", """
DERMATOLOGY
Exam L medial thigh: stellate necrotic plaque 5.5 cm w/ livedo racemosa climbing proximally almost to L groin. R thigh, his injection zone: no purpura, no induration.
Bx 6/21: subcutaneous arteriolar calcification + thrombosis -> calciphylaxis.
Heels: DTI, not calciphylaxis morphologically.
Plan: STS w/ HD, binder change, pain control. Pt to keep injecting R thigh vs abdomen - discussed, prefers to keep R thigh.
"""),
("2021-07-10", "Wound Clinic Follow-up", """
Wound clinic f/u
L thigh calciphylaxis ulcer 6x4.5cm, eschar starting to lift at the margins, no infection. Heel DTIs resolving w/ boots.
Weight stable, BMI 38.0. Glucose logs 140-200.
Continue.
"""),
]}

G10 = {"patient_id": "G10", "age": 75, "sex": "F", "notes": [
("2019-05-10", "Dermatology Consult", """
INPATIENT DERM CONSULT
75F - ESRD/HD, atrial fib (warfarin), nondiabetic, BMI 25.1. Primary team asks about L calf ulcer.
HPI: L posterior calf became painful w/ dusky patch on 05/02/2019, now ulcerated. Pt and daughter deny any injury, bump, fall, injection or heat to the calf before that.
Also has long-standing R leg venous stasis dermatitis w/ small venous ulcer R medial gaiter area.
Exam: L posterior calf - 4x3cm ulcer, black base, and retiform purpuric rim, indurated. R lower leg: brown hemosiderin, lipodermatosclerosis, 1 cm shallow moist ulcer medial ankle, not painful.
A: L calf - likely calciphylaxis; R - venous ulcer.
P: punch bx L calf today.
"""),
("2019-05-22", "Nursing Event Note", """
NURSING NOTE - skin event
During transfer bed to wheelchair on 5/20 at 1400 pt's L calf struck the wheelchair footrest. Small 1.5 cm skin tear just distal to the existing calciphylaxis wound on L calf, edges approximated w/ steri strips, covered with silicone foam. Provider notified. Footrests padded and removed during transfers going forward.
"""),
("2019-06-03", "Dermatology Follow-up", """
Derm outpatient f/u
Path from 5/10: calciphylaxis confirmed (arteriolar calcification, thrombi, fat necrosis).
L calf ulcer 4.5x3cm. Skin tear from 5/20 healed. R venous ulcer improving in compression.
Cardiology changed warfarin over to apixaban. STS ongoing.
"""),
]}

G11 = {"patient_id": "G11", "age": 68, "sex": "M", "notes": [
("2020-03-05", "WOC Nurse Consult", """
Wound care consult - inpatient
68M on home peritoneal dialysis, T2DM on sitagliptin (not on insulin), obesity BMI 34.2. Referred for "pressure ulcer R buttock".
Per pt the spot on his R upper buttock appeared around Feb 20 as a painful hard lump. Since Sunday (3/1) his wife lays a heating pad over it each evening for the pain. No hard seating, no falls, no injections there.
Also healed scald L forearm (spilled coffee in January), pink new skin.
Assessment R buttock (upper outer quadrant, away from ischium/sacrum): 4 x 3 cm stellate eschar w/ livedo and induration. NOT a pressure injury location/pattern.
Plan: stop heating pad, derm consult, foam dressing.
"""),
("2020-03-10", "Dermatology Procedure Note", """
DERM - bx result + debridement
Punch bx x2 of the R buttock lesion rim were obtained 3/6; path back today: calciphylaxis (calcified arterioles, thrombosis).
Procedure today: conservative sharp debridement, removing loose nonviable tissue from the R buttock ulcer, minimal bleeding. Dressing: calcium alginate + border foam, daily changes by wife.
Discussed wound care and no heating pad.
"""),
("2020-04-15", "Nephrology Clinic Note", """
Nephrology
Course: PD peritonitis early April -> PD catheter removed, now doing in-center HD, temporary access = tunneled R IJ, plans for AVF.
Calciphylaxis R buttock: smaller, 3 x 2.5 cm, clean.
STS with HD. BMI 33.4. No warfarin. Sitagliptin dose adjusted.
"""),
]}

G12 = {"patient_id": "G12", "age": 70, "sex": "F", "notes": [
("2022-02-14", "Hospitalist Progress Note", """
HOSPITALIST NOTE - hospital day 6
70F, ESRD on HD TTS, new DVT L leg, on enoxaparin 1 mg/kg (renally adjusted) subcut into abdomen since 2/8 bridging to warfarin (started 2/9). No DM. BMI 28.3.
Overnight: new painful mottling on both thighs.
Exam: abd wall with several 2-4 cm bruises at enoxaparin injection sites, soft, nontender. Bilateral anterior thighs with livedo racemosa and two 2 cm necrotic ulcers (R>L), exquisitely tender.
A/P: Thigh lesions: calciphylaxis or warfarin skin necrosis? Hold warfarin; lovenox stopped, switch to unfractionated heparin drip. Derm consult.
"""),
("2022-02-17", "Dermatology Consult", """
Derm consult
Thighs bilat: retiform purpura, central necrotic ulcers R 2.5 cm, L 2 cm. No thigh trauma by her account; no shots, heat or snug garments there either - all injections in the belly.
Abdomen: ecchymoses at injection sites, resolving, no retiform pattern, no necrosis, no induration - these are simple injection bruises.
Bx R thigh (2/15): calciphylaxis. Protein C normal.
Imp: calciphylaxis of bilateral thighs; warfarin necrosis not supported.
"""),
("2022-03-01", "Discharge Summary", """
Discharge summary
Dx: calciphylaxis bilateral thighs (bx proven); L popliteal DVT; ESRD on HD.
Anticoagulation: apixaban 2.5 bid; warfarin discontinued after 1 wk.
Abdominal injection bruises resolved.
Follow-up: wound clinic, STS with HD.
"""),
]}

G13 = {"patient_id": "G13", "age": 62, "sex": "M", "notes": [
("2018-09-05", "Dermatology Consult", """
Derm consult
62M, ESRD on peritoneal dialysis, diet controlled T2DM (no meds), BMI 30.0.
CC: painful sores L outer thigh x 1 month.
Pt denies injections into thighs, heating pad or ice, tight belts or pockets, falls or bumps. Uses no compression.
Exam: L lateral thigh: 3 ulcers (1-3 cm) w/ black eschar on indurated, violaceous plaques, surrounding livedo. No undermining, no violaceous undermined border.
DDx: calciphylaxis vs pyoderma gangrenosum vs vasculitis.
Bx (incisional) done.
"""),
("2018-09-12", "Dermatology Follow-up", """
Derm f/u - path
Path: c/w calciphylaxis - calcified vessels, thrombi, necrotic fat, no neutrophilic dermatosis, no vasculitis.
Dx: calciphylaxis L lateral thigh.
Counseling: avoid trauma to thighs, no ice packs/heating pads, avoid injections into thighs or abdomen when possible.
"""),
("2018-09-20", "Hospital Admission Note", """
ADMISSION H&P - Medicine
Reason: uncontrolled pain from biopsy-confirmed calciphylaxis of the L lateral thigh; also to begin sodium thiosulfate w/ daily PD exchanges monitored inpatient.
Once more he says no heat source, no cold pack and no needle ever touched that leg. Ulcers unchanged, 3 lesions, largest 3.2 cm, eschar dry, periwound livedo. No cellulitis.
PMH: ESRD on CAPD (since 2015), T2DM diet-controlled, HTN, gout.
VTE ppx: will start heparin 5000 units subcut q12 - nursing to give in the upper arms only, NOT the thighs.
Obesity - BMI 30.2 today.
Pain: hydromorphone PCA low dose, gabapentin 100 qhs.
"""),
]}

G14 = {"patient_id": "G14", "age": 50, "sex": "F", "notes": [
("2025-01-22", "Burn Unit Consult", """
BURN SURGERY CONSULT
50F, ESRD on HD (MWF), DM1 (MDI, not a pump), injects into thighs. Morbid obesity BMI 52.
Her car slid into a ditch during the snowstorm on 1/19/2025 and she waited about 6 hrs for a tow, boots soaked. Toes numb and white on arrival, rapid rewarming in ED (warm water bath 37-39C).
Exam today: all ten toes with clear blisters, L 2nd and 3rd w/ hemorrhagic bullae; feet warm, pulses dopplerable. Superficial + partial-thickness frostbite, both feet. No other cold injury, hands fine.
Plan: aloe vera to toes q6h, ibuprofen avoided (ESRD), tetanus updated, clear blisters debrided, hemorrhagic left intact. Bone scan if demarcation unclear. PT for gait.
"""),
("2025-02-25", "WOC Nurse Consult", """
Wound RN consult
Pt readmitted for hyperkalemia (K 7.1, missed HD). Floor RN asking re "new wound on stomach".
Pt: a painful hard area under her belly fold showed up ~2 weeks ago and is getting darker; pain 10/10 w/ any clothing contact.
She denies injections in the abdomen (always uses her thighs), no tight waistband, no heat, no injury to the belly. Skin fold kept dry w/ moisture-wicking fabric per her.
Pannus, lower midline: 6x5cm woody indurated purple plaque w/ central black necrosis and lacy livedo border. Not consistent with intertrigo or moisture damage.
Thighs: needle marks, no lesions.
Toes: frostbite healed except a small dry eschar L 2nd toe.
Recs: derm consult for bx, leave pannus lesion dry, pannus lifter.
"""),
("2025-03-04", "Dermatology Consult", """
Dermatology consult follow-up
Bx of pannus (done 2/27, deep wedge): calcified subcutaneous vessels with thrombi, fat necrosis. Positive for calciphylaxis.
Dx: calciphylaxis lower abdomen/pannus. L 2nd toe eschar = residual of January frostbite, not calciphylaxis; demarcated, dry.
Plan: thiosulfate IV during dialysis; calcium carbonate discontinued; wound care w/ nonadherent contact layer + ABD pad, palliative care for pain. Podiatry for toe.
"""),
]}

PATIENTS = [G08, G09, G10, G11, G12, G13, G14]
