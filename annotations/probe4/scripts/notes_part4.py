"""Probe4 notes, patients W16-W20 (synthetic; every sentence written for this corpus)."""

PATIENTS = [
    {
        "patient_id": "W16",
        "age": 66,
        "sex": "M",
        "notes": [
            ("2022-03-25", "Podiatry Note", """
Podiatry f/u - R ankle
66M, HD Tu/Th/Sa for ESRD, DM2 on glipizide (no insulin ever), PAD, BMI 29.0.
Pt in a CAM walker boot since 3/1 for a R 5th metatarsal fx (fell off a curb 2/27). Top strap of
the boot sits right over the R lateral malleolus and he says it "rubbed raw" within a couple of
weeks. Dark painful sore on the outer ankle bone first seen 3/18.
Exam: R lateral malleolus 1.8 x 1.5 cm ulcer w/ black eschar, violaceous stellate rim, surrounding
livedo-like mottling, pain 9/10 disproportionate to size. DP faint, PT non-palpable on R.
A: R lateral malleolar ulcer - ddx: device-related pressure ulcer (boot strap) in pt w/ PAD vs
calciphylaxis (HD, severe pain, retiform rim). Likely calciphylaxis component?
P: punch bx of rim; pad the strap, change to post-op shoe; ABI/TBI; vascular referral.
"""),
            ("2022-03-30", "Pathology", """
SURGICAL PATHOLOGY
Specimen: Skin, right lateral malleolus, 3 mm punch biopsy (rim of ulcer).
Diagnosis: Ulcer edge with granulation tissue and dermal necrosis. Subcutaneous fat not sampled.
No vascular calcification is seen in the dermal vessels present. Comment: the specimen is too
superficial to evaluate for calciphylaxis; a deeper incisional biopsy is recommended if clinically
indicated. Non-diagnostic for calciphylaxis.
"""),
            ("2022-04-12", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULTATION
Reason: non-healing R ankle ulcer.
66 y/o man on hemodialysis with diabetes and PAD. Ulcer of the right lateral malleolus appeared in
mid-March under the strap of his fracture boot.
ABI R 0.52 (TBI 0.21), L 0.78. Angiogram planned for possible tibial intervention.
Impression: chronic limb-threatening ischemia with a pressure-related ulcer from the boot strap.
Calciphylaxis was raised by podiatry; superficial biopsy non-diagnostic. Calciphylaxis remains
possible; he declined the deeper biopsy today. I would not call it either way at this point.
Plan: angiography 4/19, wound care, strict off-loading.
"""),
        ],
    },
    {
        "patient_id": "W17",
        "age": 45,
        "sex": "F",
        "notes": [
            ("2020-12-03", "Patient Portal Message", """
hello this is Renata from the PD program. the sore on the inside of my right thigh is getting
worse, its a hard purple lump now and the middle is going dark. i have my eczema there and i
scratch it in my sleep all the time. when i saw Dr Mbeki-Strand on monday she said it might be
calciphylaxis and wants a biopsy. how long do i have to wait for that?? it hurts really bad and i cant do
my exchanges standing up. thanks
"""),
            ("2020-12-04", "Telephone Encounter", """
RN telephone note - PD unit.
Returned pt call re R inner thigh lesion. Per nephrology note 11/30: "indurated violaceous nodule R
medial thigh w/ early central necrosis - possible CUA vs. infected eczema; bx". Bx scheduled
12/10 w/ derm. Pt on CCPD, ESRD (lupus). Not diabetic. No warfarin. Advised keep area clean, no
scratching (cotton gloves at night), tylenol, call if fever. Pt agreeable.
"""),
            ("2020-12-12", "Patient Portal Message", """
Hi, I had to cancel the biopsy on the 10th, sorry. My mom got sick and I flew to Tucson to take care
of her and I'm doing my PD here for now. The lump is the same, maybe a little less sore with the
cream. Can somebody here do the biopsy or should I wait til January when I'm back?
"""),
        ],
    },
    {
        "patient_id": "W18",
        "age": 62,
        "sex": "F",
        "notes": [
            ("2022-03-10", "Dermatology Consult", """
Dermatology Inpatient Consult

62F admitted 2/28 with bilateral PE. CKD 3a (eGFR 52) and not on dialysis. Obese (BMI 32.0).
Enoxaparin SC into the abdomen 3/1-3/5 as a bridge; warfarin 10 mg loading started 3/4. Received a
COVID-19 booster (left deltoid) in Feb.
Since 3/9: sudden painful purple-black patches of the left breast and of the right anterior thigh, rapidly
enlarging with hemorrhagic bullae.

Exam: upper outer quadrant of L breast 9 x 6 cm and R anterior thigh 7 by 5 cm: sharply demarcated
purpuric plaques with central dusky necrosis and bullae. Abdomen at enoxaparin sites: small bruises
only.

Impression: picture fits warfarin-induced skin necrosis best (onset day 5 of loading without
adequate heparin overlap, fatty sites). Calciphylaxis considered given obesity and CKD but less
likely: no ESRD, normal phosphate.
Plan: stop warfarin, therapeutic heparin drip, protein C level, vitamin K, punch bx of R thigh edge.
"""),
            ("2022-03-14", "Pathology", """
Skin, right anterior thigh, punch biopsy:
Numerous occlusive fibrin thrombi fill small venules of dermis and fat, with hemorrhagic
necrosis of the epidermis. Von Kossa stain shows no calcium in vessels or fat. No
vasculitis.
Comment: The findings support warfarin (coumarin)-associated skin necrosis in this clinical
setting. Calciphylaxis is not supported.
"""),
            ("2022-04-01", "Hematology Clinic", """
Heme clinic f/u. Protein C activity 38% (low) - likely hereditary protein C deficiency, explains
the coumarin necrosis. Biopsy ruled out calciphylaxis (no calcification). Breast and
thigh necrosis healing with wound care; surgery not needed.
Anticoagulation: apixaban long term, never warfarin again (allergy list updated).
"""),
        ],
    },
    {
        "patient_id": "W19",
        "age": 81,
        "sex": "M",
        "notes": [
            ("2020-10-05", "Nursing Home Skin Assessment", """
WEEKLY SKIN ASSESSMENT - Maple Terrace SNF
Resident: 81M, bed-bound after CVA, limited cutaneous systemic sclerosis. Renal function normal.
1. Sacral/coccygeal area: pressure injury, stage 3, 3.5 x 2.8 x 0.4 cm, 80% red granulation, 20% slough.
   Turn q2h, low air loss mattress in place.
2. L heel: deep tissue injury, 2 x 2 cm maroon intact skin. Heels floated w/ pillow, boots on.
3. R forearm: 3 cm skin tear from tape removal 10/2 (IV tape). Steri-strips, covered.
4. Fingertips b/l: hard white chalky bumps, some draining white paste - chronic per family.
No new skin issues otherwise.
"""),
            ("2020-10-07", "Wound Care Consult", """
Wound care NP consult.
Sacral wound is a stage 3 pressure injury from immobility, not calciphylaxis: no livedo or retiform
purpura, no exquisite pain, normal renal function, no warfarin. L heel DTI - offload. R forearm skin
tear healing. Not diabetic. BMI 19.5 (weight loss, albumin 2.6) - dietitian to see.
Plan: Medihoney/foam to sacrum, q2 turns, heel boots, protein supplement.
"""),
            ("2020-10-20", "Rheumatology Note", """
Rheumatology follow-up (nursing facility visit)
Limited SSc (anti-centromere +) with calcinosis cutis of the fingertips, some extruding chalky
material; digital pitting scars. Not calciphylaxis (normal Ca/Phos, normal kidneys, distal acral
distribution). Raynaud's stable on amlodipine.
Plan: topical care, consider sodium thiosulfate topical for calcinosis; no systemic change.
"""),
        ],
    },
    {
        "patient_id": "W20",
        "age": 38,
        "sex": "F",
        "notes": [
            ("2023-05-02", "Dermatology Consult", """
DERMATOLOGY - NEW CONSULT
38F with Crohn's s/p ileostomy (RLQ), ESRD from reflux nephropathy on HD MWF since 2019 (L AVF).
Two painful ulcers:
(1) peristomal, R lower abdomen, began 4/20, rapidly enlarging with violaceous undermined border;
(2) L anterior shin, at the site of a punch bx of a tender nodule (erythema nodosum?) done 4/11 at
    an outside clinic; the bx site never healed and widened into an ulcer starting ~4/18.
No DM. No warfarin. BMI 23.1.
DDx: pyoderma gangrenosum with pathergy at the bx site vs calciphylaxis (HD patient) vs infection.
Plan: biopsy at the edge of the shin ulcer (minimal, given possible pathergy), culture.
Counseled on calciphylaxis risk as a dialysis patient: avoid unnecessary injections or pressure on
fatty areas.
"""),
            ("2023-05-06", "Pathology", """
Skin, left shin, ulcer edge (wedge):
Sheets of neutrophils in the dermis forming abscesses at the undermined edge; leukocytoclasia
without vasculitis. No vascular calcification; von Kossa stain negative. Cultures negative.
Comment: In the appropriate clinical context, consistent with pyoderma gangrenosum. No histologic
evidence of calciphylaxis.
"""),
            ("2023-05-30", "Dermatology Follow-up", """
Derm f/u: Pyoderma gangrenosum, peristomal and L shin (pathergy at prior biopsy site).
Calciphylaxis excluded (histology, clinical course). Started prednisone 40 mg + topical
clobetasol; GI adding infliximab for Crohn's. Both ulcers 30% smaller, border no longer violaceous.
Stoma nurse refitted the appliance to reduce friction at the peristomal edge.
"""),
        ],
    },
]
