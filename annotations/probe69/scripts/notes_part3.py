"""probe69 corpus notes, U15-U20 (oncology and infusion centre; all invented)."""

U15 = {"patient_id": "U15", "age": 77, "sex": "M", "notes": [
("2021-06-08", "Infusion Visit - Gemcitabine/Carboplatin", """
Gem/carbo C3D8 (urothelial ca, unfit for cis - ESRD, hemodialysis MWF).
After last cycle's chemo the on-body pegfilgrastim injector went on the posterior R upper arm (his choice, "keeps it away from my belt"). Today there is a 2 cm hard, purple-black nodule exactly where the device sat, tender, pt says it "went dark about 10 days ago".
Other hx: insulin-dependent T2DM (NPH bid, wife gives it in the belly), AF - warfarin (today's INR 2.9); BMI 26.0.
D8 held per Dr Abernathy-Osei given ANC 0.9. Will see in clinic next wk re the arm.
"""),
("2021-06-15", "Genitourinary Oncology Clinic Note", """
Back of R upper arm: indurated 25mm nodule, black centre, faint violaceous rim, painful.
Impression: possible calciphylaxis at the injector site (ESRD, warfarin, diabetes) vs local injection-site necrosis from pegfilgrastim. Recommended skin biopsy; pt and wife decline any more procedures right now - "I've had enough needles".
Discussed overall picture: progression on CT (new liver lesions). Pt leaning toward hospice. Pegfilgrastim not to be used again.
"""),
("2021-06-29", "Hospice Transition Note", """
Oncology - transition to hospice
Family meeting held. Chemo stopped. Enrolled with Cedar Hollow Hospice, HD to continue for now per pt wish, will reassess.
R arm lesion: unchanged, dry eschar, comfort dressing only. Never biopsied; remains unclear whether this was calciphylaxis or a reaction to the injection.
Warfarin stopped in view of goals of care. Insulin simplified to NPH once daily.
"""),
]}

U16 = {"patient_id": "U16", "age": 53, "sex": "F", "notes": [
("2025-05-06", "Infusion Visit - Carboplatin/Etoposide", """
ES-SCLC, carbo/etoposide + atezolizumab C3D1.
Filgrastim 300 mcg SC daily D4-D8 last cycle, pt self-injects in her thighs.
Pt reports the skin of both thighs looks "marbled" and a few spots are sore and hard since the last course of shots.
Exam: reticulated violaceous pattern over both anterior thighs, a pair of tender subcutaneous nodules R side, no open skin.
Dialysis: CAPD, four bags a day, for ESRD. Obese. No DM, no anticoagulants.
Treated. Derm referral - r/o calciphylaxis.
"""),
("2025-05-13", "Dermatology Consult", """
53F, SCLC on chemo-immunotherapy, PD-dependent ESRD, obese.
Thighs: livedo racemosa both thighs with 2 firm, tender 1 cm nodules R anterior thigh at old filgrastim sites; no ulceration, no eschar.
Differential: calciphylaxis in an early stage; panniculitis from the injections; livedo related to cryoglobulins/atezolizumab. Cannot exclude calciphylaxis.
4 mm punch R thigh nodule today.
"""),
("2025-05-27", "Dermatology Follow-up", """
Path (5/13): superficial dermis and a little upper fat only, mild perivascular lymphocytes, no calcification identified, von Kossa negative - nondiagnostic for the deep process.
Nodules unchanged. Offered deep incisional biopsy - she'd like time to consider, will decide at the next visit.
Still calciphylaxis not excluded; advised filgrastim into the abdomen instead of thighs until clarified.
"""),
("2025-06-10", "Oncology Telephone Encounter", """
Pt called: moving to Tucson next week to be near her son, will continue chemo and PD there. Records faxed to accepting oncologist, derm question (possible calciphylaxis, deep bx never done) flagged in the transfer summary. Thigh spots "about the same".
Cancelled local appts.
"""),
]}

U17 = {"patient_id": "U17", "age": 69, "sex": "F", "notes": [
("2020-09-15", "Radiation Oncology Follow-up", """
RAD ONC F/U - 6 wks post chest wall RT (R chest wall + SCV, 50 Gy/25 for local recurrence of R breast ca).
R chest wall: within the treatment field, inferior to the mastectomy scar, an ulcer of 20x15mm with dark crust and a purplish rim - more painful than expected for radiation. Rest of the field has faded to hyperpigmentation.
CKD4 - eGFR 18 - no dialysis yet, nephrology following. T2DM diet only. Warfarin previously (2014-2017 for PE), none now. BMI 29.9, "not obese" per pt's PCP note.
Imp: late radiation ulcer vs something else - cannot exclude calciphylaxis given CKD. Derm/wound referral.
"""),
("2020-09-29", "Wound and Dermatology Clinic Note", """
R chest wall ulcer 25x20mm, black eschar, livedoid margin, exquisitely painful.
Ddx: radiation necrosis vs calciphylaxis vs recurrent tumour. Cutting into irradiated skin may leave her with a wound that never closes; discussed with pt, who prefers to hold off unless it grows. Biopsy deferred.
CT chest for recurrence ordered. Dressings: hydrogel + foam.
"""),
("2020-10-20", "Palliative Care Consult", """
New liver and bone mets on CT 10/8. Pt chose comfort-focused care, no further oncologic treatment, no biopsy of the chest wall ulcer.
Ulcer stable in size; cause never settled (radiation injury vs possible calciphylaxis).
Symptom plan: morphine low dose adjusted for eGFR, lidocaine gel to ulcer, home hospice referral.
"""),
]}

U18 = {"patient_id": "U18", "age": 61, "sex": "M", "notes": [
("2024-04-02", "Leukemia Service Progress Note", """
Hospital day 14, 7+3 induction for AML (NPM1 mut). ESRD on HD TTS, inpatient runs. T2DM, insulin glargine + correction scale. BMI 27.0.
Neutropenic fever day 3, on cefepime.
New this AM: painful 3 cm dusky, centrally necrotic lesion L anterior thigh, came up overnight. ?calciphylaxis given ESRD - vs infection (ecthyma gangrenosum) vs leukemia cutis.
Derm consulted; blood cx x2 repeated.
"""),
("2024-04-05", "Dermatology Inpatient Consult", """
L anterior thigh: round necrotic ulcer 35mm with erythematous halo, evolved over 3 days, in a profoundly neutropenic pt. Bx done 4/3.
Path: dermal vessel wall invasion by gram-negative rods, necrosis, no calcium seen in vessels, VK stain neg. Tissue cx: Pseudomonas aeruginosa.
Impression: ecthyma gangrenosum. Calciphylaxis is ruled out.
Recs: ID to optimise antipseudomonal therapy; local wound care.
"""),
("2024-04-09", "Leukemia Service Progress Note", """
Day 21. Count recovery starting (ANC 0.4). Blood cx from 4/2 grew Pseudomonas - meropenem per ID.
L thigh ecthyma gangrenosum improving, edges granulating. No calciphylaxis.
D21 marrow pending. Continue HD, insulin.
"""),
]}

U19 = {"patient_id": "U19", "age": 47, "sex": "F", "notes": [
("2021-02-16", "Hematology/Oncology New Patient Visit", """
47F with stage IIA classic Hodgkin lymphoma, nodular sclerosis, planning ABVD x 4-6.
Family history: her older sister was on dialysis for polycystic kidneys and died in 2017 of complications of calciphylaxis; pt has been screened and does not have PKD.
Pt: Cr 0.8, eGFR 88. Not diabetic; takes no blood thinners. BMI 23.0. Skin exam: normal, no rashes, no ulcers.
Port placement requested. PFTs and echo ordered. Fertility counselling done.
"""),
("2021-03-09", "Chemotherapy Visit - ABVD C1D1", """
ABVD C1D1 via L chest port (placed 3/2, site clean and healed).
Pt anxious, asked whether chemo can cause "what my sister had". Explained that her kidney function is normal and her sister's illness was tied to kidney failure. Skin intact throughout.
Tolerated infusion well, antiemetics reviewed.
"""),
]}

U20 = {"patient_id": "U20", "age": 75, "sex": "M", "notes": [
("2025-03-11", "GU Tumor Board Summary", """
GU TUMOR BOARD 3/11/25
75M, mCRPC with bone mets, progressing on enzalutamide. ESRD on PD (since 2021). T2DM (glipizide only, never insulin). BMI 30.4. AF - moved from warfarin to apixaban in 2024.
Proposal: docetaxel q3w + continued ADT; bone-modifying agent discussed.
Renal pharmacy comment: in a PD patient with past warfarin exposure and obesity, calciphylaxis is a known risk; if painful skin lesions develop, low threshold to consider it. No skin lesions currently.
"""),
("2025-03-25", "Chemotherapy Teaching Visit", """
Chemo education (RN) with pt and wife before docetaxel.
Reviewed: neutropenic precautions, nail changes, neuropathy, fluid retention. Growth factor would be given only if needed, into the arms or belly.
Skin: explained the rare risk of calciphylaxis in dialysis patients - call us for any very painful dark spot or sore. Advised against putting heat pads or cold packs directly on skin, and to rotate injection spots if shots are ever started.
Pt has no sores now. Skin check normal.
"""),
("2025-04-15", "Infusion Visit - Docetaxel C2", """
Docetaxel C2D1. Tolerated C1, fatigue grade 1.
Skin: full check with pt, no lesions, no purpura, PD exit site clean.
Leuprolide due next month. Wt 97.5 kg, BMI 30.4.
"""),
]}

PATIENTS = [U15, U16, U17, U18, U19, U20]
