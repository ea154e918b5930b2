"""probe6 notes, patients Y01-Y07 (written for this corpus)."""

PATIENTS = [
    {"patient_id": "Y01", "age": 61, "sex": "F", "notes": [
        ("2021-03-12", "Dialysis Rounds", """
HD RNDS - chair 7, MWF, L AVF, 3.5 hrs
S: pt c/o a "bruise that hurts like fire" lower belly, first saw it on the 3rd of this month. No fever.
O: BP 168/92 pre. EDW 104.0 kg. BMI 41.
Skin: stellate violaceous plaque, pannus just L of midline, approx 4 x 3 cm, dusky center, exquisite tenderness out of proportion. No drainage.
Chem: PO4 7.8, Ca 9.4, PTH 912.
A/P: 1. ESRD on HD MWF - cont. 2. Painful retiform plaque on pannus - worried re calcific uremic arteriolopathy; derm asked to do a punch bx. Calcium acetate stopped, sevelamer instead. 3. DM2 - per PCP.
"""),
        ("2021-03-15", "Nursing - Diabetes Education", """
Diabetes teaching visit while on the unit.
Pt demonstrates her own Lantus technique: she pinches up the fold of skin in her lower belly, left side nearly every time ("I'm right handed, it's easier to reach"), and pushes the pen straight in. She has given herself insulin this way since she was started on it in August 2019. Reviewed site rotation using a clock-face diagram. Pt verbalized understanding. Teach-back done.
"""),
        ("2021-03-16", "Surgical Pathology", """
SPECIMEN: Skin, left lower abdominal pannus, 4 mm punch.
MICROSCOPIC: Deep dermis and subcutis with small arterioles showing circumferential mural calcium deposits, some with intraluminal fibrin thrombi; surrounding fat necrosis. von Kossa highlights the deposits.
DIAGNOSIS: In this clinical context these changes establish calciphylaxis.
"""),
    ]},
    {"patient_id": "Y02", "age": 57, "sex": "M", "notes": [
        ("2022-02-20", "Patient Portal Message", """
Hello doc its Walt. my right hip has a sore spot on the outside that went from red to real dark purple and now theres a black scab in the middle. it came up about 2 weeks ago. it hurts worse then my arthritis ever did. Ive been laying on top of the warm pad, the electric one, every night since the first week of January because that hip aches so bad. I put it right on the outside of the hip. Should I keep doing that? my PD is going fine otherwise.
"""),
        ("2022-02-23", "Dermatology Consult", """
Reason for consult: painful R hip lesion in a 57M on CCPD.
HPI: 2 wk hx of a painful spot R lateral hip, now with eschar. On warfarin for AF. No DM. Denies any shots into the hip or buttock.
Exam: R lateral hip, retiform purpura 6 by 5 cm around an adherent black eschar, rim of livedo. Exquisitely tender. L hip, buttocks, thighs clear. BMI 27.4.
Assessment: purpuric retiform lesion with eschar in PD pt on warfarin - calciphylaxis high on ddx; warfarin necrosis less likely given timing (on warfarin for 6 yrs).
Plan: 4 mm punch bx edge of lesion today. Discuss with nephrology re sodium thiosulfate.
"""),
        ("2022-02-25", "Pathology Report", """
SKIN, RIGHT HIP, PUNCH BIOPSY:
- SMALL VESSELS OF THE SUBCUTIS SHOW MURAL CALCIUM, INTIMAL PROLIFERATION AND THROMBI, AND SEPTAL PANNICULITIS.
- DIAGNOSTIC OF CALCIPHYLAXIS.
"""),
    ]},
    {"patient_id": "Y03", "age": 68, "sex": "F", "notes": [
        ("2023-06-01", "Wound Care Consult", """
WOUND RN CONSULT
Pt is a 68 yo F, HD TTS, DM2 diet controlled (A1c 6.4), BMI 33. In a CAM walker boot on the left since 05/02/2023 for an insufficiency fracture of the L distal fibula found on x-ray (no fall, no injury she can recall).
Wound: L lateral malleolus, 3.1 x 2.4 cm, full thickness, eschar black ~80%, slough yellow ~20%, scant serous drainage. Periwound erythema. Started as a blister approx 3 wks ago.
Impression: device related pressure injury from the boot, unstageable. Doubt CUA - no livedo, no purpura elsewhere.
Plan: offload, pad the boot, foam dressing, f/u 1 wk. Ortho aware.
"""),
        ("2023-06-09", "Dermatology Consult", """
Asked to see for a nonhealing L ankle wound. The wound RN felt this was pressure from the boot. Today the eschar on the L lateral malleolus is surrounded by retiform purpura that tracks up the lateral lower leg well past where the boot touches, along with netlike livedo. Pain 9/10. Concern for calciphylaxis in this dialysis pt. Punch bx taken from the purpuric edge.
"""),
        ("2023-06-14", "Dermatology Follow-up", """
Bx result reviewed w/ pt: calcified media of arterioles in the subcutis, thrombosed, consistent with calciphylaxis. Dx: calciphylaxis of the L lateral malleolus and L lower leg, arising where the ankle strap and the hard shell of the CAM boot pressed on the malleolus. Earlier impression of a simple pressure injury is revised. Plan: STS with HD, wound care, boot to be replaced by a padded splint.
"""),
    ]},
    {"patient_id": "Y04", "age": 49, "sex": "M", "notes": [
        ("2020-10-09", "Dictated Consultation - Transcription", """
RENAL CONSULT NOTE

SEEN ON: 10/09/2020

REASON FOR CONSULTATION: Painful skin lesion of the right inner thigh in a new hemodialysis patient.

HPI (DICTATED): A 49-year-old with IgA nephropathy and kidney failure who started hemodialysis last month. A tunneled dialysis catheter was placed in the right femoral vein by interventional radiology on 9/14 because both internal jugular veins were occluded. Since then the exit site has been covered with a large transparent adhesive dressing and several strips of cloth tape running down onto the inner thigh, changed at every treatment three times a week. He first noticed a tender hard lump below the groin crease on October 1st, and over the past few days the skin over it has turned dark and then black in the middle. He says that it sits exactly in the rectangle where the tape and dressing have been peeled off again and again.

PAST MEDICAL HISTORY: IgA nephropathy. Hypertension. Obesity. No diabetes.

MEDICATIONS: Calcitriol, calcium carbonate with meals, amlodipine, heparin with dialysis only. No warfarin.

PHYSICAL EXAMINATION: Weight 121 kg, BMI 36.2. The right medial thigh shows a rectangular, indurated, violaceous plaque measuring 7 by 5 centimeters, its middle 2 centimeters black and necrotic, beginning about 3 cm below the catheter exit site. The exit site itself is clean. Left thigh normal.

LABS: Serum Ca 10.1 mg/dL, phos 8.3, PTH 1,240.

IMPRESSION: Necrotic plaque of the right medial thigh, very suspicious for calciphylaxis; it has arisen where adhesive dressing and tape were repeatedly applied and stripped.

PLAN: Incisional biopsy by surgery. Stop calcium carbonate. Start cinacalcet. Move the dressing and secure it differently.
"""),
        ("2020-10-13", "Surgical Pathology", """
RIGHT MEDIAL THIGH, INCISIONAL BIOPSY:
CALCIPHYLAXIS. Arteriolar medial calcification with thrombi and lobular fat necrosis. No vasculitis.
"""),
    ]},
    {"patient_id": "Y05", "age": 72, "sex": "F", "notes": [
        ("2023-07-20", "Emergency Department Note", """
CC: black sore R leg
HPI: 72F w/ CKD 4 (not on dialysis, eGFR 17), mech mitral valve on coumadin, DM2 on linagliptin, p/w painful black sore R shin. Pt says she got "eaten alive by chiggers" on the 4th of July while weeding her tomatoes in shorts, and scratched the bites on her right shin raw that night. One of the scratched spots blistered ~10 days ago and has turned black and spread. Denies fever.
Exam: T 36.9. R anterior shin: 5 cm irregular necrotic ulcer w/ black eschar; halo of dusky purple skin; several healed excoriations nearby. L leg clean. BMI 24.0.
INR 3.1.
A/P: necrotic ulcer R shin - ddx ecthyma, warfarin necrosis, calciphylaxis. Wound cx. Derm referral urgent. Doxycycline.
"""),
        ("2023-07-24", "Dermatology Clinic Note", """
Seen for R shin necrotic ulcer. Punch bx done in clinic 7/21 from the purpuric border. Path: small fat vessels with calcium-laden walls and thrombosis, no vasculitis, no organisms -> non-uremic calciphylaxis (warfarin, CKD 4). Wound cx grew skin flora only.
Discussed w/ cardiology: warfarin cannot be stopped (mechanical valve); will target lower INR. Start STS. Leg elevation. Note old well healed L knee arthroplasty scar (2015), no lesion there.
"""),
    ]},
    {"patient_id": "Y06", "age": 55, "sex": "F", "notes": [
        ("2018-02-14", "Discharge Summary", """
Admit 2/6/2018  Discharge 2/14/2018
Dx: RLL pneumonia. ESRD on HD MWF. Type 1 diabetes on insulin pump.
Course: treated w/ ceftriaxone then cefpodoxime. HD on usual schedule.
VTE prophylaxis: heparin 5000u SQ every 8 hrs starting on admission, injected into both arms on the back side, above the elbow at pt's request because her pump infusion set is in her abdomen. Stopped at discharge.
Insulin: pump (lispro), infusion set rotated around the abdomen.
BMI 28.0.
Dispo: home. f/u PCP and dialysis unit.
"""),
        ("2018-02-27", "Dermatology Consult", """
55F, ESRD on HD, T1DM, referred for a new very painful lesion behind her L upper arm. She first saw it on 2/20/18 as a hard red lump which has since become purple with a black center. No injury to that arm that she can remember. No new meds at home.
Exam: L posterior upper arm, a firm violaceous plaque, about 5 by 4 cm, with a stellate necrotic middle and a livedoid rim. R posterior arm: a few faint resolving ecchymoses, no plaque. Abdomen: pump site clean, no lesions.
A/P: clinical picture of calciphylaxis. Punch bx L posterior arm. Wound care. Nephrology aware.
"""),
        ("2018-03-02", "Pathology", """
Punch, skin of L upper arm (posterior): small arterioles of the subcutis are calcified and contain fibrin thrombi; neighbouring fat necrotic. Consistent with calciphylaxis.
"""),
    ]},
    {"patient_id": "Y07", "age": 64, "sex": "F", "notes": [
        ("2024-04-29", "Telephone Encounter", """
Pt called nurse line. States her "lower stomach right over the pubic bone" has a long red-purple streak that is very sore and now has 2 open spots. Began mid-April. She has been wearing a tight elastic belly binder that her chiropractor recommended for her back since April 2, all day and some nights, and the sore spots are right where the bottom edge of the binder digs in. Advised to take the binder off and come in tomorrow. Pt on HD MWF. Agreed.
"""),
        ("2024-04-30", "Nephrology Clinic", """
64F, ESKD, dialyzes MWF; type 2 DM using insulin (injects only into her thighs), BMI 46.3, seen for suprapubic wound.
Exam: suprapubic area, 8 cm horizontal band of livedo with two ulcerations, 1.5 and 1.0 cm, with black bases, along the crease under the pannus. Thighs: mild lipohypertrophy, no lesions.
Ca x P product 71. PTH 640. Not on warfarin.
Assessment: calciphylaxis, clinical diagnosis. Biopsy deferred given location and poor healing. Pressure from the binder edge is the likely local trigger.
Plan: binder discontinued. STS 25 g with HD. Low-calcium bath. Wound clinic referral.
"""),
        ("2024-05-07", "Wound Clinic Nursing Note", """
Suprapubic wounds x2 cleansed w/ NS. Bedside sharp debridement of loose eschar on the larger one, minimal bleeding. Calcium alginate, bordered foam. Larger ulcer 1.7 x 1.1 cm, eschar softening. Livedo unchanged. Pain 6/10 with dressing change. Pt no longer wearing the binder. Will continue weekly.
"""),
    ]},
]
