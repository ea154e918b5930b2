"""Notes of Q08-Q13 (calciphylaxis without a Koebner link)."""

PATIENTS = [
    {
        "patient_id": "Q08", "age": 74, "sex": "F",
        "notes": [
            ("2017-09-11", "Dialysis Rounds", """
HEMODIALYSIS PROGRESS NOTE
Schedule: HD MWF, 3.5 h, R IJ permcath (L AVG thrombosed 7/2017).
Hx: ESRD 2/2 HTN/DM2, DM2 on NPH 18 u BID into the abdomen x 12 yrs, hx LLE DVT 2016 on warfarin, CAD.
Interval: no complaints other than fatigue. Pt knocked R shin against bed frame last wk, small bruise.
Exam: no edema. Skin: intact, no lesions. R anterior shin 2 cm yellow-green ecchymosis.
Labs: Hgb 10.2, K 5.1, Ca 9.0, Phos 6.4, PTH 455, INR 2.4.
Plan: cont current Rx. Fistulogram/new access w/ surgery. Binder adherence reviewed.
"""),
            ("2017-09-25", "Dialysis Rounds", """
HEMODIALYSIS PROGRESS NOTE
Schedule: HD MWF, 3.5 h, R IJ permcath (L AVG thrombosed 7/2017).
Hx: ESRD 2/2 HTN/DM2, DM2 on NPH 18 u BID into the abdomen x 12 yrs, hx LLE DVT 2016 on warfarin, CAD.
Interval: no complaints other than fatigue. Pt knocked R shin against bed frame last wk, small bruise.
Exam: no edema. Skin: intact, no lesions. R anterior shin 2 cm yellow-green ecchymosis.
*** UPDATE 9/25: pt c/o exquisitely painful spot on the back of her L calf for about 10 days; no injury there that she recalls. Exam: L posterior calf 3 x 3 cm purple firm plaque with netlike border, central dusky area. R shin bruise resolved. Concern for CUA given warfarin + PTH. Refer wound clinic / derm, consider bx. ***
Labs: Hgb 10.0, Ca 9.3, Phos 6.9, INR 2.6.
Plan: cont current Rx. Fistulogram/new access w/ surgery. Binder adherence reviewed.
"""),
            ("2017-10-02", "Wound Care Nursing Note", """
Wound care RN assessment
L posterior calf: 4 x 3.5 cm, stellate, central black eschar, periwound violaceous reticulated discoloration, very tender. No drainage. Pt recalls no trauma to calf; no injections, heat or cold there.
R anterior shin: skin intact, old bruise fully faded.
Abdomen (insulin sites): mild lipohypertrophy periumbilical, no discoloration, no nodules.
Heels intact, sacrum intact.
Plan: dry dressing, offload calf w/ pillow under knee, derm bx 10/4.
"""),
            ("2017-10-05", "Surgical Pathology Report", """
PATHOLOGY
Site: skin, left posterior calf, punch biopsy x2.
Findings: epidermal and superficial dermal necrosis; in the deep dermis and septa of the subcutis, multiple small arteries with concentric medial calcification (von Kossa +) and intimal proliferation; occasional organizing thrombi; neither vasculitis nor cholesterol clefts.
DX: Calciphylaxis.
"""),
        ],
    },
    {
        "patient_id": "Q09", "age": 66, "sex": "F",
        "notes": [
            ("2018-02-06", "Dermatology Consult", """
Dermatology consultation, inpatient (5 West)
Requested by: Dr. Adeyemi (nephrology)
66F with ESRD on HD (TTS), class II obesity (BMI 37), hypothyroidism, no diabetes, never on warfarin. Admitted 2/4 for volume overload. Since mid-January a painful, hard, purple area has been present on the outer L thigh that has now broken down. She cannot recall any injury to the thigh; she does not inject anything there and has not used heat or ice on it. No prior similar lesions.
Exam: L lateral thigh, 8 by 6 cm retiform purpuric indurated plaque, 3 cm central eschar (black), exquisitely painful to touch. R thigh, abdomen, buttocks clear. Both knees unremarkable.
Impression: retiform purpura with necrosis in ESRD: concern for calciphylaxis.
Plan: deep punch biopsy today L lateral thigh. Pain control. Keep heat and cold away from that area. Avoid trauma to skin.
"""),
            ("2018-02-12", "Nursing Progress Note", """
0800-1930 RN note
Pt A&Ox4. Pain L thigh 7/10 at start of shift. Pt's daughter brought in an electric heating pad from home last week and pt has been putting it over the L thigh wound since then for the pain. Removed heating pad per derm recommendations (2/6) and explained why. Pt tearful but understands. Dressing to L lateral thigh changed: eschar intact, small amount serosanguinous drainage, periwound purple. Repositioned q2h. HD today, tolerated, 2.1 L UF.
"""),
            ("2018-02-20", "Discharge Summary (Dictated)", """
DISCHARGE SUMMARY

PATIENT: 66-year-old female
ADMISSION DATE: February 4, 2018
DISCHARGE DATE: February 20, 2018
ATTENDING: Dr. Tomas Adeyemi, Nephrology

DISCHARGE DIAGNOSES:
1. Calciphylaxis of the left lateral thigh, biopsy-proven.
2. ESRD, hemodialysis dependent; volume overload, resolved.
3. Right knee abrasion after a fall in hospital.
4. Class II obesity.
5. Hypothyroidism.

HISTORY OF PRESENT ILLNESS: Mrs. L, 66, is a woman on thrice weekly hemodialysis on Tuesday, Thursday and Saturday who was admitted with dyspnea and a 6 kg interdialytic weight gain. On admission she also described a painful hard area of the left outer thigh that began in mid-January and had started to ulcerate.

HOSPITAL COURSE: Volume overload was treated with extra ultrafiltration and resolved by day three. Dermatology saw her on February 6 and took a deep punch biopsy of the left thigh lesion. Pathology returned on February 9 showing calcification and thrombosis of small subcutaneous vessels with fat necrosis, diagnostic of calciphylaxis. She was started on sodium thiosulfate 25 grams intravenously with each dialysis, calcium-based binders were stopped and she was switched to sevelamer. Her daughter had brought a heating pad, which the patient had been applying over the wound for comfort; this was removed and she was counseled. On February 14 she slipped in the bathroom and fell onto her right knee, sustaining a 3 cm superficial abrasion; x-ray of the knee showed no fracture. The abrasion was cleaned and dressed and is healing normally without any purpura or necrosis. Physical therapy worked with her on transfers.

CONDITION AT DISCHARGE: Stable. The left thigh wound measures 8.5 by 6 centimeters with stable eschar.

DISCHARGE MEDICATIONS: Sevelamer carbonate 1600 milligrams three times daily with meals, levothyroxine 100 micrograms daily, oxycodone 5 milligrams every six hours as needed, senna.

FOLLOW-UP: Dermatology wound clinic in one week. Sodium thiosulfate to continue with hemodialysis at her outpatient unit.
"""),
        ],
    },
    {
        "patient_id": "Q10", "age": 57, "sex": "M",
        "notes": [
            ("2022-03-08", "Nephrology Clinic Note", """
Nephrology f/u
57M ESRD, HD Mon-Wed-Fri, T2DM on insulin, obesity (BMI 32).
PMH significant for CUA 2017 - abd wall, at the insulin injection sites of that time, bx-proven, healed completely after 9 months of STS + parathyroidectomy. Since then insulin only into upper arms.
HPI: new painful mottling of both calves x 3 wks, now w/ a small scab on the L. Denies trauma to legs, no compression stockings, no heat/cold.
Exam: livedo racemosa over both posterior calves, tender indurated plaques, L calf 1.5 cm eschar. Old abdominal scars from 2017 episode are flat, pale, non-tender. Arms w/o lesions.
Labs: Ca 10.3 (on calcitriol), Phos 6.6, PTH 210 (post-PTx), Alb 3.4.
A/P: recurrent CUA? new distribution on calves. Derm for bx. Stop calcitriol. Discuss restarting STS. Not on warfarin.
"""),
            ("2022-03-15", "Dermatology Consult", """
DERMATOLOGY
S: 57 y/o man with prior calciphylaxis (2017, abdomen, resolved) presents with bilateral calf pain and discoloration for about a month. No injections into the legs. No wounds on the legs before this.
O: Posterior calves bilaterally with broad livedo racemosa and firm, very tender subcutaneous plaques; left calf with a 2 cm stellate eschar. Abdomen: atrophic scars only. Upper arms: insulin sites soft, no purpura.
A: retiform purpura with necrosis of both calves, recurrence of calciphylaxis favored.
P: 6 mm punch biopsy L calf. Will follow.
"""),
            ("2022-03-18", "Surgical Pathology Report", """
SKIN, LEFT CALF, PUNCH BIOPSY:
- CALCIPHYLAXIS WITH VASCULAR MICROCALCIFICATIONS, FIBRIN THROMBI AND EARLY FAT NECROSIS.
- NEGATIVE FOR VASCULITIS AND FOR CHOLESTEROL EMBOLI.
"""),
        ],
    },
    {
        "patient_id": "Q11", "age": 61, "sex": "F",
        "notes": [
            ("2016-11-02", "Dermatology Consult", """
Dermatology Consult Note

Patient: 61 year old woman
Referring: Cardiology (Dr. Fenwick)

HPI: Ms. V has had a mechanical mitral valve since 2009, anticoagulated with warfarin, primary hyperparathyroidism (calcium 11.6 on recent labs), prediabetes and obesity. Her renal function is normal (creatinine 0.8, eGFR 78). She presents with four weeks of exquisitely painful purple areas on the inner thighs that have begun to blacken. She denies trauma to the area. She denies injections, heating pads, ice packs, tight garments or prolonged pressure. She received an influenza vaccine in the right deltoid in October without any reaction.

PMH: mechanical MVR 2009 (rheumatic), primary HPT, prediabetes (A1c 6.1, no medications), obesity, GERD.
Meds: warfarin, metoprolol, omeprazole, calcium carbonate 1250 mg BID (self-started for bones).
FH: mother with lupus; no known clotting disorders.

Exam: BMI 45.3. Both medial thighs with large (10 and 12 cm) retiform purpuric plaques, indurated, with central stellate necrosis on the left and a flaccid hemorrhagic bulla on the right. Abdomen and breasts spared. Right deltoid normal.

Assessment: non-uremic calciphylaxis is strongly suspected (risk factors: warfarin, primary hyperparathyroidism, obesity, calcium supplements). Warfarin necrosis unlikely after 7 years of stable therapy.

Plan: deep incisional biopsy left medial thigh today. Stop calcium carbonate. Discuss with cardiology whether warfarin can be changed (limited options with mechanical valve). Avoid any injections into the thighs and avoid pressure on them.
"""),
            ("2016-11-07", "Surgical Pathology Report", """
SURGICAL PATHOLOGY
A. SKIN AND SUBCUTANEOUS TISSUE, LEFT MEDIAL THIGH, INCISIONAL BIOPSY:
   CALCIPHYLAXIS (CALCIFIC ARTERIOLOPATHY) IN A PATIENT WITHOUT RENAL FAILURE.
   SEE COMMENT.
COMMENT: SECTIONS SHOW CIRCUMFERENTIAL CALCIFICATION OF SMALL ARTERIOLES OF THE SUBCUTIS WITH THROMBI AND ISCHEMIC FAT NECROSIS; VON KOSSA HIGHLIGHTS FINE INTERSTITIAL CALCIUM. NO VASCULITIS. THE FINDINGS ARE THOSE OF NON-UREMIC CALCIPHYLAXIS.
"""),
            ("2016-12-01", "Endocrinology Clinic Note", """
Endocrine - new pt
Reason: 1o HPT w/ non-uremic calciphylaxis of the thighs (bx 11/7).
Ca 11.4, iPTH 188, 25-OH D 24, Cr 0.8. Sestamibi: R inferior parathyroid adenoma.
Thigh wounds: followed by wound clinic, still necrotic, pain improving on gabapentin.
No hx of kidney disease, no dialysis. No DM (prediabetes only). BMI 45.
Plan: referred to endocrine surgery for focused parathyroidectomy. No Ca supplements. Cards: warfarin cannot be replaced (mechanical MVR); INR target lowered to 2.5.
"""),
        ],
    },
    {
        "patient_id": "Q12", "age": 55, "sex": "F",
        "notes": [
            ("2021-07-07", "Hemodialysis Nursing Note", """
HD RN note, chair 6. Pre: BP 158/82, wt 121.4 kg (EDW 119).
Pt reports a very sore hard spot on the R side of her lower belly for about a week, "like a bruise under the skin". Looked: R lower quadrant ~5 cm firm purple area with lacy edge, center darker. Pt states she always injects her insulin into the left half of her belly - she is left-handed and reaches the L side easier, has never used the R side. L lower abd: scattered injection marks, no discoloration.
Notified Dr Baptiste, to see pt on rounds. Ran 4 h, UF 2.4 L.
"""),
            ("2021-07-09", "Dermatology Consult", """
Dermatology Consult
55F, ESRD/HD MWF; T2DM, insulin (self-injects L lower abdomen only, confirmed by pt and husband), obesity BMI 42.0. Not on warfarin.
Onset: painful induration of the R lower abdomen beginning around 6/30. No injury, no heat, no pressure from clothing. No injections, even by nurses, into the R side per MAR from her June admission (heparin was given into the thighs then; thighs are clear).
Exam: RLQ 6 x 5 cm plum-colored firm plaque, retiform margin, central 1 cm dusky patch without ulceration yet. L lower abdomen (her injection area): lipohypertrophy, no purpura, no induration. Pannus folds: no intertrigo.
Assessment: retiform purpura of the R lower abdomen in HD pt. Location does NOT correspond to her insulin injection sites. Calciphylaxis favored; ddx: sclerosing panniculitis.
Plan: incisional bx RLQ today.
"""),
            ("2021-07-13", "Pathology Report", """
Final diagnosis: Skin and subcutis, right lower abdomen, incisional biopsy - calciphylaxis. Small subcutaneous vessels are calcified and thrombosed; calcium also lies between fat cells; necrosis.
"""),
        ],
    },
    {
        "patient_id": "Q13", "age": 79, "sex": "M",
        "notes": [
            ("2020-06-03", "Emergency Department Note", """
ED Note
79M ESRD on HD TTS, CAD, AF (warfarin stopped 2019 after GI bleed, now no anticoagulation), BMI 24.
CC: leg pain and "black spots" on both legs.
HPI: Pt says his legs have been painful since Memorial Day weekend; black spots appeared a few days later. No fall, no injury. Denies heating pads, ice, or tight socks. Had blood drawn from his L arm yesterday at the lab - bruised at the elbow.
Exam: b/l lower legs with retiform purpura and several 1-2 cm black eschars over the shins and calves; livedo to the knees. L antecubital 3 cm bruise at venipuncture site; no purpura elsewhere on arms. Pedal pulses dopplerable.
Labs: Ca 10.6 Phos 7.4 WBC 8.
Imp: concern for calciphylaxis vs vasculitis vs cholesterol emboli. Admit, derm consult, bx.
"""),
            ("2020-06-04", "Surgical Pathology Report", """
SPECIMEN: SKIN, RIGHT SHIN, PUNCH BIOPSY
DIAGNOSIS: CALCIPHYLAXIS. SMALL VESSEL MURAL CALCIFICATION AND THROMBOSIS, SUBCUTANEOUS FAT NECROSIS. NO LEUKOCYTOCLASTIC VASCULITIS. NO CHOLESTEROL CLEFTS.
"""),
            ("2020-06-05", "Hospital Medicine Progress Note", """
Hospitalist progress note, HD#3
S: pain 6/10 on hydromorphone. Slept poorly.
O: afebrile. Legs: retiform purpura and eschars both lower legs, unchanged. L antecubital bruise fading.
A/P (copied forward from 6/3, updated):
# Leg lesions: concern for calciphylaxis vs vasculitis vs cholesterol emboli. -> UPDATE: bx 6/4 = calciphylaxis. STS with HD started. Palliative care consult given age/goals.
# VTE ppx: pt declined SC heparin ("no more needles"); SCDs ordered.
# ESRD on HD: TTS, per nephrology.
# AF: rate controlled, no anticoagulation (prior GI bleed). Warfarin should not be restarted.
"""),
            ("2020-06-06", "Nursing Progress Note", """
Night RN: pt refused SC heparin again, SCDs on b/l lower legs per order - pt c/o pain under the sleeves over the leg wounds, SCDs removed at 0200 after MD notified, order d/c'd. Wound dressings to b/l lower legs intact. No new lesions noted on skin check.
"""),
        ],
    },
]
