"""Word lists and sentence templates for synthetic notes.

Everything here is invented for speed and scale tests; nothing is taken from real or annotated
notes. ``{slot}`` placeholders are filled by :mod:`pipeline.synth.compose` from ``SLOTS`` or from
the patient's own facts (``{side}``, ``{site}``, ``{pronoun}``...), which take precedence.
"""
from __future__ import annotations

# Note types and their header line variants.
NOTE_TYPES = {
    "dialysis": "Dialysis Progress Note",
    "nephrology": "Nephrology Clinic Note",
    "wound": "Wound Care Note",
    "discharge": "Discharge Summary",
    "ed": "ED Note",
    "telephone": "Telephone Encounter",
    "pathology": "Surgical Pathology Report",
    "primary": "Primary Care Note",
    "podiatry": "Podiatry Note",
    "derm": "Dermatology Consult",
}

# Target note length in characters per note type (the cohort averages about 1.7 KB).
TARGET_LENGTH = {
    "dialysis": 1800, "nephrology": 1900, "wound": 1700, "discharge": 3000, "ed": 1800,
    "telephone": 800, "pathology": 900, "primary": 1900, "podiatry": 1500, "derm": 2100,
}

# Section headers; one variant is drawn per note so header casing and wording vary.
HEADERS = {
    "hpi": ["HPI:", "History of Present Illness:", "HISTORY OF PRESENT ILLNESS:", "Hpi:", "S:",
            "Subjective:", "Interval History:"],
    "pmh": ["PMH:", "Past Medical History:", "PAST MEDICAL HISTORY:", "Medical Hx:"],
    "meds": ["Medications:", "MEDS:", "Current Outpatient Medications:", "Meds:"],
    "allergies": ["Allergies:", "ALLERGIES:", "All:"],
    "ros": ["ROS:", "Review of Systems:", "REVIEW OF SYSTEMS:"],
    "exam": ["Exam:", "Physical Exam:", "PHYSICAL EXAMINATION:", "O:", "Objective:", "PE:"],
    "skin": ["Skin:", "SKIN:", "Wound assessment:", "Wound Assessment:"],
    "labs": ["Labs:", "LABS:", "Pertinent labs:", "Data:"],
    "ap": ["Assessment/Plan:", "A/P:", "ASSESSMENT AND PLAN:", "Assessment and Plan:", "Impression:",
           "A:"],
    "course": ["Hospital Course:", "HOSPITAL COURSE:", "Brief Hospital Course:"],
    "dx": ["FINAL DIAGNOSIS:", "Final Diagnosis:", "DIAGNOSIS:"],
    "gross": ["GROSS DESCRIPTION:", "Gross Description:"],
    "micro": ["MICROSCOPIC DESCRIPTION:", "Microscopic:"],
    "clinical": ["CLINICAL HISTORY:", "Clinical History:", "Clinical information:"],
    "reason": ["Reason for call:", "Reason for Call:", "RE:"],
    "disposition": ["Disposition:", "DISPOSITION:", "Plan:"],
}

SLOTS: dict[str, list[str]] = {
    "bp": [f"{s}/{d}" for s in range(104, 182, 7) for d in range(58, 98, 6)],
    "hr": [str(n) for n in range(58, 112, 3)],
    "temp": ["97.9", "98.2", "98.4", "98.6", "99.0", "97.6", "100.1"],
    "weight": [f"{w}.{d}" for w in range(58, 142, 3) for d in (0, 2, 5, 8)],
    "k": ["3.9", "4.2", "4.6", "5.1", "5.5", "4.8", "5.8"],
    "phos": ["4.1", "5.2", "6.4", "7.1", "5.8", "8.3", "3.6"],
    "ca": ["8.4", "8.9", "9.2", "9.6", "10.1", "10.4"],
    "pth": ["212", "388", "540", "716", "903", "1240", "455"],
    "alb": ["2.6", "3.0", "3.3", "3.6", "3.9", "4.1"],
    "hgb": ["8.7", "9.4", "10.1", "10.8", "11.2", "12.0"],
    "a1c": ["6.4", "7.1", "7.9", "8.6", "9.8", "11.2"],
    "ktv": ["1.1", "1.3", "1.4", "1.5", "1.7"],
    "uf": ["1.5", "2.0", "2.4", "3.1", "3.6"],
    "n_small": ["2", "3", "4", "5", "6"],
    "n_weeks": ["1", "2", "3", "4", "6", "8"],
    "cm": ["0.5", "1", "1.5", "2", "2.5", "3", "4", "5", "6"],
    "depth": ["0.1", "0.2", "0.3", "0.4", "0.5", "0.8"],
    "pain": [str(n) for n in range(2, 11)],
    "access": ["LUE AVF", "RUE AVF", "L brachiocephalic AVF", "R IJ tunneled HD catheter",
               "L forearm AVG", "R upper arm AVG", "RUE brachiobasilic AVF"],
    "drug": ["amlodipine 10 mg daily", "carvedilol 12.5 mg BID", "sevelamer 1600 mg TID with meals",
             "calcium acetate 667 mg TID with meals", "cinacalcet 30 mg daily",
             "atorvastatin 40 mg nightly", "aspirin 81 mg daily", "gabapentin 100 mg at bedtime",
             "metoprolol succinate 50 mg daily", "furosemide 80 mg BID", "calcitriol 0.25 mcg daily",
             "pantoprazole 40 mg daily", "sertraline 50 mg daily", "levothyroxine 75 mcg daily",
             "epoetin alfa with HD", "iron sucrose 100 mg IV with HD", "lisinopril 20 mg daily",
             "insulin glargine 22 units nightly", "insulin lispro sliding scale", "metformin 500 mg BID",
             "tamsulosin 0.4 mg daily", "hydralazine 50 mg TID", "apixaban 2.5 mg BID",
             "warfarin 5 mg daily", "oxycodone 5 mg q6h prn", "acetaminophen 650 mg q6h prn",
             "renal multivitamin daily", "midodrine 10 mg pre-HD", "lanthanum 1000 mg TID"],
    "allergy": ["NKDA", "PCN (rash)", "sulfa (hives)", "codeine (nausea)", "iodinated contrast",
                "lisinopril (angioedema)", "penicillin - anaphylaxis", "NKA", "latex"],
    "pmh_item": ["HTN", "hypertension", "HLD", "CAD s/p PCI 2016", "CHF with reduced EF",
                 "HFpEF", "atrial fibrillation", "PVD", "peripheral arterial disease", "OSA on CPAP",
                 "COPD", "gout", "hypothyroidism", "depression", "GERD", "BPH", "anemia of CKD",
                 "secondary hyperparathyroidism", "diabetic retinopathy", "peripheral neuropathy",
                 "obesity", "morbid obesity (BMI 41)", "h/o DVT", "CVA 2018 without residual deficits",
                 "vascular calcification on imaging", "lupus nephritis", "IgA nephropathy",
                 "polycystic kidney disease", "hepatitis C, treated", "prostate ca s/p XRT"],
    "symptom": ["fatigue", "cramping during HD", "pruritus", "poor appetite", "dyspnea on exertion",
                "leg swelling", "insomnia", "intermittent nausea", "dizziness after HD",
                "low back pain", "constipation", "restless legs"],
    "negsymptom": ["fever", "chills", "chest pain", "shortness of breath", "abdominal pain",
                   "nausea or vomiting", "diarrhea", "dysuria", "headache", "palpitations",
                   "melena", "syncope"],
    "provider": ["Dr. Alvarez", "Dr. Chen", "Dr. Okafor", "Dr. Lindqvist", "Dr. Patel",
                 "Dr. Novak", "Dr. Haddad", "NP Brooks", "PA Kim", "Dr. Ferreira"],
    "caller": ["patient", "pt's daughter", "pt's wife", "pt's husband", "son", "dialysis unit RN",
               "home health RN", "pharmacy"],
    "dressing": ["xeroform and dry gauze", "silver alginate", "hydrocolloid", "foam dressing",
                 "wet-to-dry saline gauze", "Santyl and gauze", "Medihoney and bordered foam",
                 "Aquacel Ag", "betadine paint"],
    "wound_bed": ["granulation tissue", "fibrinous slough", "pale tissue", "mixed slough and granulation",
                  "dry eschar", "pink epithelializing edges"],
    "drainage": ["scant serous", "minimal serosanguinous", "moderate serous", "none",
                 "small purulent", "scant"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"],
}

# Body sites: (phrase as written, region). Laterality is added separately where it applies.
LESION_SITES = [
    ("lateral thigh", "thigh"), ("medial thigh", "thigh"), ("thigh", "thigh"),
    ("posterior thigh", "thigh"), ("lower abdomen", "abdomen"), ("abdomen", "abdomen"),
    ("pannus", "abdomen"), ("periumbilical area", "abdomen"), ("buttock", "buttock"),
    ("calf", "lower_leg"), ("shin", "lower_leg"), ("breast", "breast"), ("flank", "flank"),
    ("upper arm", "upper_arm"), ("hip", "hip"),
]
UNSIDED_REGIONS = {"abdomen"}
SIDES = [("left", "left"), ("right", "right"), ("L", "left"), ("R", "right"),
         ("bilateral", "bilateral")]

# Koebner traumas: (phrase, trauma type, regions where it plausibly happens, habitual clause).
KOEBNER_TRAUMAS = [
    ("insulin injections", "injection", ("abdomen", "thigh", "upper_arm"),
     "gives {pronoun_o}self insulin injections into the {site}"),
    ("SC heparin", "injection", ("abdomen",),
     "received SC heparin injections in the {site} during the {month} admission"),
    ("enoxaparin shots", "injection", ("abdomen", "thigh"),
     "was on enoxaparin shots to the {site} for several weeks after {possessive} knee surgery"),
    ("iron dextran injection", "injection", ("buttock", "thigh"),
     "received an iron dextran injection in the {site} in {month}"),
    ("heating pad", "thermal", ("thigh", "abdomen", "flank", "lower_leg"),
     "has been applying a heating pad to the {site} nightly for neuropathic pain"),
    ("ice packs", "thermal", ("thigh", "lower_leg", "hip"),
     "uses ice packs on the {site} after HD for cramping"),
    ("resting her elbows on her thighs", "pressure", ("thigh",),
     "sits for hours resting {possessive} elbows on {possessive} thighs while watching TV"),
    ("tight waistband", "pressure", ("abdomen", "flank"),
     "wears pants with a tight waistband that digs into the {site}"),
    ("seatbelt", "pressure", ("abdomen", "breast"),
     "reports the seatbelt rubs across the {site} on the long van ride to HD"),
]

# Calciphylaxis wording. Affirmed, uncertain and negated forms; misspellings appear in a share.
CALCI_NAMES = ["calciphylaxis", "calciphylaxis", "calciphylaxis", "calciphylaxis",
               "calcific uremic arteriolopathy", "CUA", "Calciphylaxis", "calcific uraemic arteriolopathy",
               "calcifying panniculitis", "calcific uremic arteriolopathy (calciphylaxis)"]
CALCI_MISSPELLINGS = ["calciphylaxsis", "calcifylaxis", "calciphilaxis", "calciphylaxix",
                      "calciphyllaxis", "calcipylaxis", "calcifilaxis"]
CALCI_AFFIRMED = [
    "Skin biopsy of the {site} c/w {calci}.",
    "Dx: {calci} of the {site}, biopsy-proven.",
    "Known {calci} on wound care; lesions on the {site} slowly improving.",
    "Pt with {calci} diagnosed {month}, on sodium thiosulfate with HD.",
    "{calci_cap} - continue STS 25 g IV three times weekly with HD, wound care per WOCN.",
    "Assessment: {calci} involving the {site}.",
    "Clinical diagnosis of {calci} given retiform purpura on the {site} in an ESRD pt.",
]
CALCI_UNCERTAIN = [
    "Concern for {calci} vs warfarin necrosis; derm consulted.",
    "r/o {calci}; will obtain punch biopsy of the {site}.",
    "Differential includes {calci}, vasculitis, and cellulitis.",
    "Possible early {calci} - painful plaque, no ulceration yet.",
]
CALCI_NEGATED = [
    "No evidence of {calci} on biopsy.",
    "Biopsy negative for {calci}; findings c/w stasis dermatitis.",
    "{calci_cap} was considered and ruled out.",
]

LESION_PHRASES = [
    "painful violaceous plaque", "retiform purpura", "necrotic ulcer with black eschar",
    "exquisitely tender indurated plaque", "stellate purpuric patch", "livedo racemosa",
    "ulcer with overlying eschar", "firm painful nodule", "necrotic plaque",
]

# Background wounds: other causes, described at sites typical for them.
BACKGROUND_WOUNDS = [
    ("venous stasis ulcer", "medial malleolus", "{side} medial malleolus venous stasis ulcer, "
     "{cm} x {cm} cm, {wound_bed}, {drainage} drainage. Hemosiderin staining of the lower leg."),
    ("diabetic foot ulcer", "plantar first metatarsal head", "DFU {side} plantar 1st MTP head, "
     "{cm} x {cm} x {depth} cm, callused rim, probe to bone negative."),
    ("pressure injury", "sacrum", "Stage {n_small} pressure injury to the sacrum, {cm} x {cm} cm, "
     "{wound_bed}. Offloading reinforced."),
    ("pressure injury", "heel", "Unstageable pressure injury {side} heel with dry stable eschar, "
     "{cm} cm. Heel protector boots in place."),
    ("arterial ulcer", "toe", "Dry gangrene tip of the {side} 2nd toe, demarcated, no drainage; "
     "vascular surgery following."),
    ("skin tear", "forearm", "Skin tear {side} forearm, {cm} cm, steri-strips in place, edges approximated."),
    ("surgical wound", "abdomen", "Healing midline laparotomy incision, staples out, small area of "
     "dehiscence {cm} cm with {wound_bed}."),
]

# Filler sentences per section; unprotected text that noise may touch.
FILLER = {
    "hpi": [
        "{pronoun_cap} reports {symptom} over the past {n_weeks} weeks.",
        "Patient presents for routine follow up.",
        "Tolerating treatments without major complaints.",
        "Denies {negsymptom} or {negsymptom}.",
        "{pronoun_cap} has been adherent with medications per {possessive} report.",
        "Appetite fair, eating about half of meals.",
        "No recent hospitalizations since last visit.",
        "{pronoun_cap} missed one treatment last week due to transportation.",
        "Family reports {pronoun_s} has been more tired in the afternoons.",
        "Follows with cardiology, last echo reviewed.",
        "Blood sugars running 140s-220s at home per log.",
        "{pronoun_cap} ambulates with a walker at home.",
        "Complains of {symptom}, otherwise at baseline.",
    ],
    "ros": [
        "Negative except as noted in HPI.",
        "Constitutional: denies {negsymptom}.",
        "CV: denies {negsymptom}. Resp: denies {negsymptom}.",
        "GI: denies {negsymptom}. GU: minimal urine output.",
        "All other systems reviewed and negative.",
    ],
    "exam": [
        "BP {bp}, HR {hr}, T {temp}, wt {weight} kg.",
        "General: alert, oriented, in no acute distress.",
        "HEENT: MMM, anicteric.",
        "CV: RRR, 2/6 systolic murmur at LUSB.",
        "Lungs: clear bilaterally, no crackles.",
        "Abd: soft, nontender, obese.",
        "Ext: 1+ pitting edema to the shins bilaterally.",
        "Access: {access}, good thrill and bruit.",
        "Neuro: grossly nonfocal.",
        "Psych: appropriate mood and affect.",
    ],
    "labs": [
        "K {k}, phos {phos}, Ca {ca}, PTH {pth}, albumin {alb}.",
        "Hgb {hgb}, plt 214, WBC 7.8.",
        "A1c {a1c}% last month.",
        "Kt/V {ktv}, URR 71%.",
        "Corrected calcium {ca}; calcium-phosphate product elevated.",
        "Ferritin 612, TSAT 24%.",
    ],
    "ap": [
        "Continue current dialysis prescription; UF goal {uf} L.",
        "Increase binder, dietitian to review phosphorus intake.",
        "Continue cinacalcet, recheck PTH next month.",
        "Anemia: continue ESA per protocol.",
        "HTN: BP above goal, adjust dry weight.",
        "DM: continue current insulin regimen, f/u with PCP.",
        "Volume: reinforced fluid restriction 1.5 L/day.",
        "Return to clinic in {n_weeks} weeks or sooner if worse.",
        "Discussed plan with patient who verbalized understanding.",
        "DVT prophylaxis: heparin SC while inpatient.",
        "Vascular calcification noted on prior imaging; continue statin.",
        "Fall precautions reviewed.",
    ],
    "course": [
        "Admitted for volume overload, dialyzed daily with improvement.",
        "Treated with IV antibiotics for presumed cellulitis, transitioned to PO.",
        "Pain controlled with scheduled acetaminophen and prn oxycodone.",
        "Evaluated by PT/OT who recommended home with services.",
        "Blood cultures no growth at 48 hours.",
        "Tolerated diet advancement, ambulating in hallway.",
        "Hematoma evacuated at bedside without complication.",
        "Nephrology followed for inpatient HD on the usual MWF schedule.",
        "Hyperkalemia on admission treated with insulin, dextrose and dialysis.",
        "Home medications resumed at discharge except as noted below.",
        "Hospital stay complicated by delirium, resolved with reorientation and sleep hygiene.",
        "Glucose managed with basal-bolus insulin, A1c {a1c}% this admission.",
        "Echo showed preserved EF with moderate LVH.",
        "CT abdomen without acute process.",
        "Discharged in stable condition with follow up with {provider} in {n_weeks} weeks.",
    ],
    "wound": [
        "Periwound skin intact, no maceration.",
        "Dressing changed: {dressing}.",
        "No signs of infection, no erythema or warmth.",
        "Pain {pain}/10 during dressing change, premedicated.",
        "Wound measured and photographed.",
        "Offloading and nutrition reinforced; protein supplement BID.",
        "Patient tolerated the procedure well.",
    ],
    "phone": [
        "{caller_cap} called with questions about the appointment.",
        "Refill request sent to pharmacy.",
        "Advised to call back or go to ED if fever or worsening pain.",
        "Scheduled follow up in wound clinic next week.",
        "Message routed to {provider}.",
        "{caller_cap} reports {pronoun_s} has had {symptom} since the last treatment.",
        "Reviewed medication list line by line; no changes today.",
        "Confirmed transportation for dialysis chair time this week.",
        "Discussed lab results from {month}; potassium acceptable.",
        "{caller_cap} asked whether {pronoun_s} should hold the evening dose before the procedure; "
        "advised to follow the written instructions.",
        "Home health visit scheduled for dressing supplies and vitals.",
        "Prior authorization for the new medication submitted, awaiting response.",
        "Instructed to bring the glucose log and all pill bottles to the next visit.",
        "Per {caller}, {pronoun_s} is eating better and sleeping through the night.",
        "Call back number verified; will call again tomorrow with the answer from {provider}.",
    ],
}

PATHOLOGY_FILLER = {
    "gross": [
        "Received in formalin labeled with the patient's name, a {cm} cm skin punch biopsy.",
        "The specimen is bisected and entirely submitted in one cassette.",
        "Tan-white skin ellipse measuring {cm} x {depth} cm, inked and serially sectioned.",
    ],
    "micro": [
        "Sections show epidermis with focal ulceration and underlying dermal fibrosis.",
        "Von Kossa and Alizarin red stains performed with appropriate controls.",
        "No organisms identified on PAS and GMS stains.",
        "Scattered perivascular lymphocytes in the superficial dermis.",
        "Subcutaneous fat with focal septal fibrosis.",
    ],
    "clinical": [
        "{age} year old with ESRD on HD and painful skin lesion.",
        "Clinical impression per requisition: ulcer, rule out vasculitis.",
    ],
}
CALCI_PATHOLOGY_MICRO = (
    "Small vessels of the subcutis show circumferential medial calcification with intimal "
    "hyperplasia and luminal thrombi, with adjacent fat necrosis."
)
BACKGROUND_PATHOLOGY_DX = [
    "Skin, {site}, punch biopsy: stasis dermatitis with dermal hemosiderin. Negative for malignancy.",
    "Skin, {site}, shave biopsy: seborrheic keratosis, irritated.",
    "Skin, {site}, biopsy: ulcer with granulation tissue and acute inflammation; no vasculitis.",
    "Skin, {site}, punch biopsy: leukocytoclastic vasculitis.",
]
BACKGROUND_SITES = ["left lower leg", "right shin", "L forearm", "R upper back", "left cheek",
                    "right foot", "L calf"]
