"""Sealed corpus notes, S08 (Koebner yes) and S09-S13 (calciphylaxis yes, Koebner no)."""

PATIENTS = [
{"patient_id": "S08", "age": 70, "sex": "M", "notes": [
("2024-04-22", "Telehealth Visit - Renal", """
Telephone/video consultation (patient at home, wife present)
70M on haemodialysis 3x/wk, T2DM on insulin (injects both thighs), osteoporotic T12 wedge fracture after slipping on ice in February. Fitted with a rigid thoracolumbar brace on 19 Feb 2024, wears it all day.
Since early April he has had very painful purple patches on both sides of his trunk, "right where the edges of the brace dig in". Now blackening on the R.
On video: band-like violaceous plaques along both flanks at the level of the brace margins, R larger with a central dark crust, L dusky and mottled. Thighs unremarkable.
Imp: ?calcific uraemic arteriolopathy vs device-related pressure damage. Urgent derm review and biopsy arranged for Thursday. Advised to loosen brace & pad the edges meanwhile; spinal team contacted about a softer orthosis.
"""),
("2024-04-25", "Histopathology", """
Skin ellipse, right flank:
Calcified small vessels in dermis and subcutis, several thrombosed, and extravascular calcium deposits in the fat. Appearances are those of calciphylaxis (calcific uraemic arteriolopathy). No features of pressure necrosis alone.
"""),
("2024-05-02", "Clinic Letter to GP", """
Dear Dr Whitcombe,

Re: Mr D. A., age 70

I reviewed Mr A. in the renal clinic today with his wife. As you know he has end-stage kidney disease and has been on haemodialysis since 2019; he also has insulin-treated type 2 diabetes, which he injects into his thighs. His BMI today was 28.3.

Following his fall in February he was fitted with a thoracolumbar brace for a T12 fracture, and from early April he developed exquisitely painful lesions on both flanks precisely where the upper edges of the brace sat. Biopsy of the right flank confirmed calcific uraemic arteriolopathy (calciphylaxis). We think the constant pressure of the brace was the trigger for lesions in those particular places, which is well described.

He has started sodium thiosulphate with each dialysis session, his calcium-based binder has been stopped, and the spinal team have replaced the brace with a soft lumbar support that does not reach the flanks. The right flank lesion has an eschar of 4 cm; the left has not ulcerated. There are no lesions at his insulin sites.

I would be grateful if you could avoid prescribing calcium or vitamin D supplements, and please do not start warfarin should he need anticoagulation in future without discussing it with us.

Yours sincerely,

Dr H. Marchbanks
Consultant Nephrologist
"""),
]},

{"patient_id": "S09", "age": 66, "sex": "F", "notes": [
("2018-10-04", "Infectious Disease Consult", """
ID Consult Note
Reason: r/o necrotizing soft tissue infection of pannus
HPI: 66F w/ ESRD on HD (Mon-Wed-Fri chair), insulin-treated DM2 (always injects into upper arms, never the abdomen per pt), morbid obesity (BMI 39.0). Since early September she has had a painful, hard, dark area on the lower pannus, which opened up last week. Admitted 10/2 w/ pain + low-grade temp. On admission started SC heparin 5000 u TID into the abdomen for VTE ppx (nursing notes), stopped today per primary team.
Exam: Lower pannus, bilat, 14 x 6 cm region of black eschar with purpuric, indurated margins; no crepitus, no fluctuance, minimal drainage. Upper arms: lipohypertrophy at injection sites, no lesions.
CT A/P: subcutaneous stranding of pannus, extensive vascular calcification in the abdominal wall, no gas.
Labs: WBC 11.8, lactate 1.1, CRP 88.
Impression: Necrotizing infection unlikely (no gas, stable, LRINEC low). Picture most c/w calciphylaxis with possible secondary infection of the ulcer.
Recs: vanc dosed w/ HD + pip-tazo pending debridement cultures; surgery for debridement; derm for bx; if bx confirms CUA, abx can be narrowed.
"""),
("2018-10-08", "Operative Note", """
OPERATIVE REPORT
Preop dx: necrotic wound of pannus, suspected calciphylaxis.
Postop dx: unchanged.
Procedure: sharp excisional debridement, pannus, through skin into subcutaneous fat, approx 90 cm2; tissue to pathology and micro.
Anesthesia: MAC + local.
Findings: thick eschar over necrotic fat, no purulence, no tracking along fascia. Vessels in subcutaneous fat gritty on cut section.
Description: patient supine, pannus retracted cephalad, prepped and draped. Eschar sharply excised with scalpel and curette to bleeding tissue at the margins; base remained pale centrally. Hemostasis with cautery. Wound dressed with Dakin-moistened gauze. EBL 40 mL. No complications.
"""),
("2018-10-10", "Pathology Report", """
Pannus, debridement:
- Widespread necrosis of fat; small arteries and arterioles calcified, with intimal fibroplasia and thrombi; findings diagnostic of calciphylaxis.
- Surface ulceration with acute inflammation; no deep tissue infection.
Micro: light growth of coagulase-negative staphylococci (likely contaminant).
"""),
]},

{"patient_id": "S10", "age": 59, "sex": "M", "notes": [
("2017-02-14", "Nephrology Outpatient Consultation (dictated)", """
NEPHROLOGY OUTPATIENT CONSULTATION

DATE: 02/14/2017
REFERRING PHYSICIAN: Dr. L. Abernathy, internal medicine

REASON FOR REFERRAL: Management of end-stage kidney disease on hemodialysis and a new painful wound of the left leg.

HISTORY OF PRESENT ILLNESS: Mr. V. is a 59-year-old man, ESKD from hypertensive nephrosclerosis, on hemodialysis since 2012, permanent atrial fibrillation on warfarin for more than six years, and peripheral neuropathy of uncertain cause. He transferred his dialysis care to our unit last month after moving to be near his son. He tells me that over the winter he has had severe nocturnal cramps in the right calf and puts a heating pad against the right calf most nights for relief. About five weeks ago he noticed an extremely painful purplish area on the inner aspect of the left calf, which he does not heat, and which he has not injured as far as he knows. The area is now black centrally. His previous nephrologist noted that his phosphorus has been above 7 for most of the past year, and that his parathyroid hormone was over 900. He takes calcium carbonate as a binder and is not on cinacalcet. He denies fevers, chills, or drainage. He is not diabetic and has never used insulin.

PAST MEDICAL HISTORY: Hypertension for twenty years; atrial fibrillation; gout; benign prostatic hyperplasia; depression.

MEDICATIONS: Warfarin 5 mg daily aiming for an INR between 2 and 3, metoprolol, calcium carbonate 1000 mg TID with food, tamsulosin, sertraline, allopurinol.

ALLERGIES: None known.

SOCIAL HISTORY: Divorced, retired warehouse supervisor. Former smoker, 30 pack-years, quit in 2010. Drinks two beers on weekends.

FAMILY HISTORY: His sister has lupus. Nobody in the family has had kidney failure.

REVIEW OF SYSTEMS: Cramps as above. Fatigue. Good appetite. No dyspnea, no chest pain. The remainder of a full review is negative.

PHYSICAL EXAMINATION: Blood pressure 142/80, pulse irregular at 84. Weight 79 kg, BMI 26.5. Conjunctivae pale. Chest clear. Irregularly irregular rhythm without murmur. Abdomen benign. Left forearm fistula with a good thrill. The right calf shows faint reticulated hyperpigmentation but no ulcer, no induration and no tenderness. On the medial left calf there is a 5 by 4 centimeter stellate ulcre with an stuck-on black eschar, ringed by 2 centimeters of indurated violaceous livedo, intensely tender to the lightest touch. Dorsalis pedis pulses are faint but present on both sides. No other skin lesions.

IMPRESSION: This is a clinical diagnosis of calciphylaxis of the left calf in a patient with long-standing hemodialysis, warfarin exposure, uncontrolled hyperphosphatemia and hyperparathyroidism and a calcium-based binder. The appearance is classic and I have not biopsied it, given the location on the lower leg and the risk of a non-healing biopsy site. The heating pad has only been used on the opposite leg.

RECOMMENDATIONS:
1. Discontinue calcium carbonate and substitute sevelamer 1600 mg with food.
2. Start cinacalcet 30 mg daily.
3. Sodium thiosulfate 25 grams intravenously during the last hour of each dialysis treatment.
4. Discuss with his cardiologist a change from warfarin to apixaban.
5. No heating pad or ice on either leg from now on, and avoid any minor trauma to the legs.
6. Referral to the wound clinic.
"""),
("2017-03-01", "Wound Clinic Note", """
Wound clinic
Dx: calciphylaxis L medial calf (clinical dx, nephrology 2/14). Not biopsied.
Wound: 5.2 x 4.0 cm, eschar 80%, slough 20%, no odor, periwound livedo. Pain 7/10.
R calf: intact, no lesions; pt stopped the heating pad.
Tx: Santyl to slough only, leave stable eschar; foam border; no compression. STS ongoing at HD. Warfarin changed to apixaban 2/22.
f/u 2 wks.
"""),
]},

{"patient_id": "S11", "age": 74, "sex": "F", "notes": [
("2021-01-06", "Hospitalist Progress Note", """
Hospital Day 3
S: Pt reports ongoing severe pain of both lower legs, poor sleep. Nurses report fall last night getting to the commode, landed on R hip; no head strike.
O: Afebrile, BP 132/70. BMI 30.4.
Skin: bilateral lower legs w/ multiple stellate ulcers with black eschar and surrounding retiform purpura, anterior and lateral calves. Abdomen: insulin sites (pt injects abdomen only) w/ mild lipohypertrophy, no purpura, no induration. R lateral hip: new 8 cm ecchymosis, skin intact.
Hip XR: no fx.
A/P:
# Calciphylaxis bilat lower legs, bx-proven 1/4. STS w/ HD MWF. Pain regimen per palliative. Wound RN daily.
# ESRD on HD - per renal.
# DM2 on insulin - glargine 12u, sliding scale.
# Fall w/ R hip contusion - PT/OT, bed alarm, fall precautions.
"""),
("2021-01-07", "Hospitalist Progress Note", """
Hospital Day 4
S: Pain slightly better w/ scheduled hydromorphone. R hip sore.
O: Afebrile, BP 128/66.
Skin: bilateral lower legs w/ multiple stellate ulcers with black eschar and surrounding retiform purpura, anterior and lateral calves. Abdomen: insulin sites (pt injects abdomen only) w/ mild lipohypertrophy, no purpura, no induration. R lateral hip ecchymosis, fading.
A/P:
# Calciphylaxis bilat lower legs, bx-proven 1/4. STS w/ HD MWF. Pain regimen per palliative. Wound RN daily.
# ESRD on HD - per renal.
# DM2 on insulin - glargine 12u, sliding scale.
# Fall w/ R hip contusion - PT/OT, bed alarm, fall precautions. No new injuries.
"""),
("2021-01-08", "Nursing Flowsheet - Skin", """
Skin/Wound flowsheet 01/08/21 0700
| Site | Finding | Size cm | Drsg |
| L ant calf | eschar, dry, purpura rim | 3.5 x 2.0 | xeroform/gauze |
| L lat calf | eschar | 2.0 x 1.5 | xeroform/gauze |
| R ant calf | eschar, slough at edge | 4.0 x 3.0 | xeroform/gauze |
| R lat hip | bruise, intact | 8 x 6 | none |
| Abd | lipohypertrophy, no open areas | - | - |
Pain 6/10 after meds. Turned q2h. Heels offloaded, intact.
"""),
]},

{"patient_id": "S12", "age": 64, "sex": "M", "notes": [
("2022-09-15", "Urology Consult", """
UROLOGY CONSULT
Reason: glans necrosis
HPI: 64M on PD x 5 yrs (ESRD, diabetic nephropathy), DM2 on insulin, PVD. H/o calciphylaxis of the abdominal wall in 2018 at his insulin injection sites, treated w/ STS, fully healed by early 2019; he has injected only into his thighs since. Now ~3 wks of severe penile pain, then a dark area on the glans. Foley was placed in the ED on 9/13 for retention and removed this AM.
Exam: distal glans w/ dry eschar, black, 1.5 cm, dusky surrounding skin, exquisitely tender. Scrotum normal. Thighs: no lesions. Abdomen: old healed atrophic scars LLQ/RLQ, no active lesions.
CT: extensive calcification of the internal pudendal and penile arteries.
Imp: penile calciphylaxis (clinical) in PD pt with prior biopsy-proven CUA. Less likely: infection (Fournier's), no crepitus or fluctuance.
Plan: no biopsy of glans; avoid further catheterization if possible; STS; pain; discuss w/ renal + palliative.
"""),
("2022-09-20", "Palliative Care Telehealth Follow-up", """
Video visit. Pt at home after discharge, wife present.
Glans eschar unchanged per pt, pain 5/10 on oxycodone + gabapentin. Voiding OK since catheter removed. Thighs (insulin sites) without changes. BMI 25.2.
Goals: wants to continue PD and STS via home infusion as long as possible; would not want penile amputation. Reviewed hospice criteria, not now. f/u 2 wks.
"""),
]},

{"patient_id": "S13", "age": 52, "sex": "F", "notes": [
("2021-11-30", "Case Report: Case", """
Non-uraemic calciphylaxis in primary hyperparathyroidism

The case
A 52-year-old woman with primary hyperparathyroidism and normal renal function (estimated glomerular filtration rate above 90) was admitted with painful skin lesions of both posterior thighs. She had obesity and had taken warfarin for a pulmonary embolism for the previous year. She had no diabetes and had never received insulin or other injections apart from vaccines in the deltoid.

She had fallen onto her right knee on a garden path some weeks before, producing a superficial abrasion that healed normally with simple dressings. Later, exquisitely tender indurated plaques appeared on the backs of both thighs and ulcerated within days. Her knees and lower legs remained normal throughout.

Serum calcium was 11.9 mg/dL and parathyroid hormone was six times the upper limit of normal. Deep incisional biopsy of the left posterior thigh revealed calcified, thrombosed subcutaneous arterioles and a septal panniculitis, confirming calciphylaxis. Warfarin was replaced with apixaban. For pain she applied cold packs to the thigh ulcers, which nursing staff stopped after two days. She underwent parathyroidectomy with removal of a single adenoma, and received intravenous sodium thiosulfate for eight weeks. The ulcers healed over five months.
"""),
("2021-11-30", "Case Report: Discussion", """
Discussion
Calciphylaxis without kidney failure is rare. Risk factors in our patient were primary hyperparathyroidism, obesity, female sex and warfarin. Lesions in calciphylaxis sometimes arise where the skin has been injured, for instance at insulin or heparin injection sites, a phenomenon often attributed to Koebner. This was not the case here: the only injury, to the right knee, healed normally and lay well away from the thigh lesions, and the cold packs were applied only after ulceration.

Figure. Bilateral ulcerated plaques on the posterior thighs edged by retiform purpura.
"""),
]},
]
