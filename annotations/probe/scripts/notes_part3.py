"""Probe corpus notes, P15-P20 (all invented)."""

P15 = {"patient_id": "P15", "age": 74, "sex": "M", "notes": [
("2019-11-04", "Podiatry Clinic Note", """
PODIATRY NEW PT
74M CKD 3b (eGFR 38, no dialysis), DM2 on metformin/empagliflozin (no insulin), AF on warfarin, venous insufficiency. BMI 28.3.
CC: sore on L shin that won't heal. He caught the L shin on a concrete step while carrying groceries on 9/28/2019 - it bled a little, he put a bandaid on it. Since then it has opened up into an ulcer, painful.
Exam: L anterior shin 2.2x1.8cm shallow ulcer, fibrinous base, irregular edge with some dusky purple discoloration, mild surrounding hemosiderin staining and 1+ pitting edema. R shin: stasis changes, no ulcer. Feet: nails dystrophic, no pre-ulcers. DP/PT palpable bilat.
A: Non-healing traumatic ulcer L shin - likely venous/traumatic; calciphylaxis cannot be excluded given warfarin + CKD + dusky edge, though he is not on dialysis.
P: Compression wrap (light), foam dressing. Labs: Ca/Phos/PTH. Refer wound clinic; consider bx if not improving. Debrided fibrin w/ curette today.
"""),
("2019-12-02", "Wound Clinic Note", """
Wound clinic f/u - L shin ulcer
Now 1.6 x 1.2 cm, granulating, edges pink, dusky color resolved. Pain much improved (2/10).
Labs 11/5: Ca 9.3, P 4.1, PTH 140.
Assessment: traumatic ulcer on a background of venous insufficiency, healing with compression. CUA felt less likely now but was never worked up (no bx, pt declined) and is not fully excluded. 
Plan: continue light compression + foam, recheck 4 wks. If stalls or purpura recurs -> bx.
"""),
]}

P16 = {"patient_id": "P16", "age": 52, "sex": "M", "notes": [
("2020-02-11", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
52M ESRD 2/2 DM on CCPD since 2017. Insulin glargine + lispro, injects lispro mostly in the R upper arm (back of arm) because abd has PD catheter and he "doesn't like the thighs".
New: firm, tender reddish-purple area on back of R upper arm for approx 1 mo.
Exam: R posterior upper arm: indurated violaceous 3x2.5cm plaque, faintly reticulate at its border, no ulcer, no eschar. L arm, abdomen, thighs without lesions. Exit site clean. BMI 27.0.
A/P: indurated plaque at insulin injection site - concern for early calciphylaxis vs insulin-induced lipohypertrophy/amyloidoma vs panniculitis. Derm referral. Move injections to thighs for now. Ca 9.7, P 6.4, PTH 520.
"""),
("2020-02-18", "Dermatology Consult", """
DERMATOLOGY
HPI per PD clinic note. Pt confirms R posterior arm has been the main lispro site x 2 yrs.
Exam: R posterior upper arm 3 x 2.5 cm indurated dusky plaque, mildly tender, with subtle livedoid rim. No necrosis.
Imp: Possible early calciphylaxis at insulin injection site; ddx insulin-derived amyloidosis, lipohypertrophy, morphea. Favor early CUA clinically but not definitive.
Plan: punch bx (4 mm) done today. Pt advised to avoid heat/ice on the arm.
"""),
("2020-02-24", "Surgical Pathology Report", """
SKIN, RIGHT POSTERIOR UPPER ARM, PUNCH BIOPSY:
- Sparse lymphocytes around superficial dermal vessels.
- Subcutis sampled only superficially; no vascular calcification identified in the material examined. Congo red negative.
- NONDIAGNOSTIC for calciphylaxis. Sampling may be inadequate; early calciphylaxis cannot be excluded. Clinical correlation and deeper biopsy recommended if indicated.
"""),
("2020-03-10", "Peritoneal Dialysis Clinic Note", """
PD clinic f/u
R posterior upper arm plaque: slightly smaller, 2.5 x 2 cm, less tender since injections moved to thighs. No ulceration.
Derm bx nondiagnostic. Pt declines deeper (incisional) bx. Derm and I agree dx remains uncertain - early calciphylaxis still on the differential vs nonspecific injection-site panniculitis.
Plan: optimize phos (switch to sucroferric oxyhydroxide), no calcitriol, continue thigh injections, re-examine monthly. Low threshold for STS if progresses.
"""),
]}

P17 = {"patient_id": "P17", "age": 66, "sex": "F", "notes": [
("2025-02-03", "Emergency Department Note", """
ED note
CC: "burn" on leg
66F ESRD, HD Mon/Wed/Fri; AF on warfarin, HTN, hypothyroid. No DM.
HPI: For 2 months she has put an electric heating pad on her R outer thigh for hip/thigh pain, usually on low, sometimes overnight. 5 days ago noticed a dark purple tender patch on the R lateral thigh under where the pad lies, now with a black center. Denies fever.
Exam: R lateral thigh 6 x 4 cm patch, reticulated purple periphery, central black eschar 2x1.5cm, indurated, very tender. Faint lacy brown hyperpigmentation around it. No bullae. L thigh nl.
INR 3.4.
MDM: DDx thermal burn (deep partial/full thickness from heating pad) vs calciphylaxis (ESRD + warfarin, retiform border, severe pain) vs warfarin necrosis. Needs derm eval +/- bx - not available in ED.
Plan: stop heating pad. Silver sulfadiazine not used given uncertainty; petrolatum gauze. Outpatient derm referral placed urgently; informed HD unit. Return precautions.
"""),
("2025-02-10", "Telephone Encounter", """
Tel: derm clinic called pt - missed urgent appt 2/7. Pt states she "feels better", pain 5/10, will not come in as she has no ride, declined rescheduling for now. Message to nephrologist to examine the thigh at HD. No bx done. Dx still unclear (burn vs possible calciphylaxis).
"""),
("2025-02-12", "Dialysis Rounds Note", """
HD rounds: R lateral thigh wound 6 x 4 cm, eschar unchanged, border still violaceous. Pt refuses referral and bx again. Calciphylaxis remains a concern but unproven; thermal injury also possible. Started phos optimization, no Ca binder. Will revisit each week. Warfarin continued for now per cardiology.
"""),
]}

P18 = {"patient_id": "P18", "age": 57, "sex": "F", "notes": [
("2018-04-09", "Dermatology Consult", """
DERM CONSULT (inpatient)
57F ESRD on HD via R IJ TDC, SLE, hep C, admitted with fever and new purpuric rash on both legs x 4 days. No DM. Not anticoagulated. BMI 22.1.
Received her PPSV23 vaccine in the L deltoid last week - site unremarkable.
Exam: BLE from knees to ankles: numerous palpable purpuric papules, some coalescing into retiform plaques, few small hemorrhagic bullae, 2 shallow ulcers on the R shin. Arms and trunk spared.
Imp: Retiform purpura of the legs in ESRD. DDx: leukocytoclastic vasculitis (cryoglobulinemic w/ HCV, lupus) vs calciphylaxis vs septic emboli.
Plan: 2 punch bx (H&E + DIF) from R shin, cryoglobulins, C3/C4, blood cx.
"""),
("2018-04-12", "Surgical Pathology Report", """
SKIN, RIGHT SHIN, PUNCH BIOPSY x2:
- Leukocytoclastic vasculitis of small vessels of the upper and mid dermis with fibrinoid necrosis and neutrophilic nuclear dust.
- DIF: granular IgM and C3 in vessel walls.
- Von Kossa: no calcium in vessels or in the interstitium. No thrombotic vasculopathy of subcutaneous arterioles.
- Not consistent with calciphylaxis.
"""),
("2018-04-30", "Nephrology Clinic Note", """
Nephrology post-hospital f/u
Dx during admission: cryoglobulinemic vasculitis (HCV), skin bx LCV. Calciphylaxis ruled out on bx. Leg lesions now crusted and healing, R shin ulcers re-epithelializing.
Plan: HCV treatment via hepatology (glecaprevir/pibrentasvir OK in ESRD). Continue HD TTS. Steroid taper per rheum. F/u 4 wks.
"""),
]}

P19 = {"patient_id": "P19", "age": 84, "sex": "M", "notes": [
("2022-10-03", "Wound Care Nurse Note", """
WOUND CARE RN - inpatient
84M ESRD/HD, insulin-requiring DM2, s/p CVA w/ L hemiparesis, bedbound, BMI 19.8. Referred for sacral wound, question of calciphylaxis raised by night team.
Sacrum/coccyx: 4.0 x 3.5 x 0.8 cm full-thickness wound, 60% red granulation, 40% yellow slough, edges well defined over the bony prominence, without retiform purpura, livedo or induration around it, moderate serous drainage. Pain minimal.
Staging: stage 3 pressure injury, present on admission.
R heel: intact, blanchable redness -> heel offloading boots.
Other: abdominal insulin sites: clean, no nodules.
Plan: low-air-loss surface, reposition every 2 h, foam dressing. Family states they used a heating pad on his back at home for comfort - skin over the back intact, no burn.
"""),
("2022-10-05", "Dialysis Rounds Note", """
HD inpt rounds
Sacral wound reviewed w/ wound RN and derm (curbside): classic pressure injury over sacrum, no evidence of calciphylaxis - no livedo, no retiform pattern, no necrotic plaques elsewhere, pain not out of proportion. No bx needed.
Ca 8.9, P 4.4, PTH 210.
-- copied forward from wound RN note 10/3 --
Sacrum/coccyx: 4.0 x 3.5 x 0.8 cm full-thickness wound, 60% red granulation, 40% yellow slough, edges well defined over the bony prominence. Staging: stage 3 pressure injury, present on admission.
-- end copied text --
A/P: ESRD - HD MWF, UF as tolerated. Pressure injury - per wound care. DM - glargine 10 u, hold if NPO. Nutrition consult for protein.
"""),
]}

P20 = {"patient_id": "P20", "age": 59, "sex": "F", "notes": [
("2023-06-06", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
59F ESRD 2/2 DM, HD TTS, insulin-treated DM2, AF anticoagulated with warfarin (CHA2DS2-VASc 5, pt declines DOAC due to cost), obesity BMI 30.0.
Mineral bone: P 6.8, PTH 880, on Ca acetate.
FHx: mother was on HD and had calciphylaxis of both legs before she died in 2009 - pt is understandably worried about this.
Skin: no ulcers, no livedo, no purpura anywhere. Injection sites on abdomen normal.
A/P:
1. CKD-MBD poorly controlled: switch Ca acetate -> sevelamer, start cinacalcet.
2. Calciphylaxis risk: discussed at length - she has several risk factors (warfarin, female, obesity, DM, high phos). Counseled her to avoid ice packs and heating pads, to rotate insulin injection sites, and to report any painful skin lesion promptly. Will re-address anticoagulant choice with cardiology; if cost allows, apixaban preferred.
3. HD adequacy ok.
"""),
("2023-07-11", "Endocrinology Clinic Note", """
Endocrine f/u, DM2
Glargine 28 u qHS, lispro 6 u TID AC. A1c 7.6. Rotating sites over the abdomen as advised.
Incidental: she knocked her R shin against the dishwasher door last week - small bruise 3 cm R anterior shin, yellow-green, nontender, skin intact. No open wounds, no purple net-like rash, no painful nodules.
A/P: DM2 - continue regimen. Bruise healing; reassured. Remains at risk of calciphylaxis per nephrology - no skin lesions at present. Foot exam normal.
"""),
]}

PATIENTS = [P15, P16, P17, P18, P19, P20]
