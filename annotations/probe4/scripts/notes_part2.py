"""Probe4 notes, patients W06-W10 (synthetic; every sentence written for this corpus)."""

PATIENTS = [
    {
        "patient_id": "W06",
        "age": 80,
        "sex": "F",
        "notes": [
            ("2022-09-08", "Home Health Nursing Visit", """
SKILLED NURSING VISIT - HOME
Pt: 80 y/o female, lives w/ son. Dx: CKD stage 4 (no dialysis), pernicious anemia, HTN, AF.
Reason for visit: monthly cyanocobalamin 1000 mcg IM. Per pt preference this agency has given her B12
shots in the L upper outer buttock since spring 2021 ("my right side is my sleeping side").
Last dose 8/8 given L upper outer gluteal, no problems noted at that time.
Today pt reports a "very sore bruise" in the L buttock crease that she first felt on 5 Sept 2022.
Assessment of skin: L gluteal fold, medial to prior injection area: 4 cm firm, dusky violet plaque
with lacy purple edges, small dark center, 2 cm. Exquisitely tender, pt guarding. No drainage.
Sacrum intact. Heels intact.
Today's B12 dose given R deltoid instead of buttock. MD office notified re new skin finding; pt
advised to call if fever, drainage, or increasing size.
"""),
            ("2022-09-09", "Telephone Encounter", """
TELEPHONE ENCOUNTER
Caller: home health RN (Marguerite) re: Mrs. Lindqvist.
Reason: new painful dusky plaque L gluteal fold noted on visit 9/8, near where monthly IM B12 is
given. Pt takes apixaban (switched off warfarin in 2020). Last eGFR 17.
Per Dr. Haddad: see in clinic Tuesday with wound clinic; ask derm to add on for biopsy. Hold further
injections into the left buttock.
Called son back, appt confirmed 9/13. Son verbalized understanding.
"""),
            ("2022-09-15", "Dermatology Consult", """
Derm consult (outpatient), requested by nephrology.

80F, CKD 4 without dialysis, previously on warfarin for years (stopped 2020), now apixaban. Not
diabetic. BMI 22.8. Monthly IM cyanocobalamin into the left upper outer buttock since 2021.
Painful plaque in the left gluteal fold since 9/5.

Exam: L gluteal fold, indurated, violaceous plaque (5 x 3.5 cm) with retiform edge, central eschar 2.5
cm. R buttock normal.

Biopsy (9/13, wound clinic): arteriolar calcification of subcutaneous fat with thrombi, consistent
with calciphylaxis.

Impression: Non-uremic calciphylaxis (CKD 4, prior warfarin) of the left buttock, localized to the
area of repeated intramuscular B12 injections.
Plan: no further injections at that site (switch to high-dose oral B12), STS discussion with
nephrology, wound care.
"""),
        ],
    },
    {
        "patient_id": "W07",
        "age": 55,
        "sex": "M",
        "notes": [
            ("2023-08-02", "Surgery Post-op Visit", """
Surgery clinic - post-op check
55M s/p open ventral hernia repair with mesh 6/14/2023. Midline incision healed, staples out 6/28.
Has worn an elastic abdominal binder 24/7 since the operation on 6/14 (told to, for 6 wks).
New complaint: painful dark areas on both sides, "where the bottom of the belt digs in". First
noticed at the end of July.
Exam: Midline incision c/d/i, no hernia recurrence. Along the inferior edge of the binder, bilateral
flanks: R 6 x 3 cm and L 5 x 3 cm band-like violaceous plaques with central black necrosis, very
tender. Binder edge leaves a deep crease there.
A/P: Necrotic flank plaques in the distribution of binder pressure, pt on HD. Not a surgical site
problem. D/c binder. Nephrology + derm aware.
"""),
            ("2023-08-07", "Hemodialysis Progress Note", """
HD progress note (MWF)
ESRD from diabetic kidney dz; on HD since 2018 via L BC AVF. DM2 on insulin (NPH bid, injects into upper arms
per pt).
Wt 121 kg, BMI 38.9.
Skin: b/l flank necrotic plaques noted by surgery 8/2 -- binder d/c'd.
Ca 9.6 | PO4 8.4 | PTH 1180 | alb 3.1
Plan: stop calcium carbonate, lanthanum instead; cinacalcet up-titrated; derm to see Weds.

[copied from 7/31 note] Tolerating HD 4h, no cramping. Access: +bruit/thrill, no bleeding. Fluid:
UF goal 3 L. Diet: reinforced low-phos diet. Anemia: Hgb 9.8 on ESA.
"""),
            ("2023-08-09", "Dermatology Consult", """
DERMATOLOGY CONSULT

History: 55-year-old HD patient (insulin-treated DM, obese) with two painful necrotic
plaques on the flanks after six weeks of continuous abdominal binder use following ventral hernia
repair (6/14). Onset late July.

Exam: bilateral flanks, horizontally oriented retiform purpura with central eschar, R > L, sharply
following the lower edge of the binder. Surgical scar uninvolved. Upper arms, where he injects
insulin, are unaffected.

Assessment: Clinical diagnosis - calciphylaxis: typical retiform necrotic plaques in fatty areas of a
dialysis patient with high phosphate and PTH, localized to sites of sustained binder pressure.
Biopsy deferred: the team agrees a biopsy wound here would heal poorly and would not change
management.
Plan: STS 25 g intravenously with each HD, wound care, avoid any compressive garments, pain
service.
"""),
        ],
    },
    {
        "patient_id": "W08",
        "age": 64,
        "sex": "F",
        "notes": [
            ("2023-03-20", "ED Note", """
EMERGENCY DEPARTMENT - PHYSICIAN DOCUMENTATION

CC: "painful purple arm"

HPI: 64 yo F ESRD on HD (R forearm AVF, MWF), insulin-dependent T2DM, presents with painful purple
area L back of arm x 10 days, now with a black spot. Her daughter gives her insulin (detemir + aspart)
into the posterior aspect of both arms above the elbow, which they have done since 2016. She also
reports that on 3/2 she had labs drawn at an outside lab from the L arm; it was a difficult stick
and the tourniquet was left on her L upper arm "for the better part of an hour" while they looked for a
second phlebotomist. She had a big bruise in the L antecubital fossa afterward, which went away.

Meds: detemir, aspart, sevelamer, midodrine, atorvastatin. No warfarin.

PE: BMI 29.6. L posterior upper arm, mid-triceps: 8 x 6 cm violaceous retiform patch with a black eschar in its
center, roughly 1.5 cm; exquisite tenderness. The band of discoloration runs circumferentially around
the upper arm at the level where pt shows the tourniquet was. R arm: lipohypertrophy at injection
sites, no purpura.

MDM: dDx calciphylaxis vs. compartment/pressure injury vs. cellulitis. CK normal. Will admit to
medicine for derm biopsy and pain control.
"""),
            ("2023-03-23", "Dermatology Consult", """
Dermatology consult note

Reason: L arm necrotic patch

HPI per ED and pt. Two exposures at this site before onset: years of insulin injections into the
posterior upper arms (both sides), and prolonged tourniquet compression of the left upper arm on
March 2. Patch noticed about ten days before ED visit.

Exam: L posterior upper arm: retiform purpura 9 x 6 cm with eschar. R posterior arm: lipohypertrophy
only.

Path (punch bx 3/21): small-vessel calcification and thrombosis in the subcutis. Dx: calciphylaxis.

Plan: insulin injections to the abdomen from now on, never the L arm; no BP cuffs or tourniquets on
the L arm; STS with HD.
"""),
        ],
    },
    {
        "patient_id": "W09",
        "age": 69,
        "sex": "M",
        "notes": [
            ("2020-06-03", "Wound Care Clinic", """
OUTPATIENT WOUND CENTER - INITIAL VISIT

69M on HD TTS (ESRD from diabetic nephropathy), insulin glargine injected into the abdomen, BMI 27.0.
Referred for a non-healing ulcer of the right calf that started in mid-May as a hard, painful purple
spot and opened up over a few days.

He fell in his garage in April and banged his right knee; the knee bruise resolved without a wound.
For the calf pain he has kept an ice pack on the ulcer a few times a day since it opened.

Right posterolateral calf: 3.2 x 4 x 0.3 cm ulcer, 60% yellow slough, 40% black necrotic tissue,
surrounding livedoid violaceous skin, severe pain. Right knee: normal skin.

Procedure: selective sharp debridement of the right calf ulcer, 12.8 sq cm, to subcutaneous tissue,
with curette; topical lidocaine, tolerated. Specimen of the wound edge sent for histology.

Plan: no ice pack on the wound (vasoconstriction); foam dressing; f/u 1 week with path.
"""),
            ("2020-06-10", "Telephone Encounter", """
Phone call to pt with biopsy results from wound edge (6/3): calcified small vessels in
subcutaneous fat plus thrombi, c/w calciphylaxis. Discussed with pt and wife. Informed nephrology
(Dr. Pereira-Lund) who will start thiosulfate at HD. Pt stopped the ice packs as advised. Denies
fever. Wound appt 6/17 confirmed.
"""),
            ("2020-06-15", "Dialysis Rounds", """
HD ROUNDS 6/15/20
69M ESRD on HD TTS. New dx: calciphylaxis R calf (bx 6/3).
STS 25 g IV last 1h of HD started 6/11, tolerating, mild nausea.
Binder: changed Ca acetate -> sevelamer. Cinacalcet 60.
R calf wound: dressing dry, pain 6/10, less than last week.
DM: glargine 18u, BG 140-220.
No warfarin. No hx of calciphylaxis before this.
"""),
        ],
    },
    {
        "patient_id": "W10",
        "age": 57,
        "sex": "F",
        "notes": [
            ("2019-11-05", "Peritoneal Dialysis Clinic", """
PD CLINIC VISIT
Pt 57F, lupus nephritis -> ESRD, on CAPD 4 exchanges/day since 2017. PD cath exits L lower quadrant; exit
site: no crusting, no erythema.
T2DM on insulin (glargine 20u) - she injects insulin only on the left half of the abdomen,
above the catheter, "so I don't mix up my sides".
Influenza vaccine today, R deltoid.
New: tender hard spot in the lower abdomen on the right, just above the pubic hairline, noticed
10/27. Now dark red-purple with a gray center.
Wt 98 kg, BMI 36.0.
Plan: derm referral urgent; check Ca/Phos/PTH; stop Ca carbonate.
"""),
            ("2019-11-12", "Dermatology Consult", """
Derm outpatient consult - 57F CAPD, DM2 on insulin, obese.
Lesion: right suprapubic abdomen, 3.5 by 3 cm stellate violaceous plaque with central gray-black
necrosis, surrounded by livedo; very painful. Onset 10/27/2019.
Injections: exclusively left abdomen (confirmed with pt, she shows her lipohypertrophy there).
No injections, heat, ice, belts, trauma or procedures on the right lower abdomen; her PD catheter
tunnel is on the left. Left abdomen: lipohypertrophy, no purpura.
A: retiform necrotic plaque R suprapubic in PD pt - calciphylaxis vs. vasculitis.
P: punch bx today; avoid further trauma; wound care.
"""),
            ("2019-11-15", "Pathology", """
Pathology report
Site: skin, right suprapubic abdomen (punch).
Diagnosis: CALCIPHYLAXIS. Calcium deposition within the walls of subcutaneous small vessels with
microthrombi and adjacent fat necrosis. No leukocytoclastic vasculitis.
"""),
        ],
    },
]
