"""probe46 corpus notes, G15-G20 (general hospital wound and skin records; all invented)."""

G15 = {"patient_id": "G15", "age": 67, "sex": "F", "notes": [
("2020-11-18", "Wound Care Clinic", """
WOUND CLINIC - new referral from HD unit
67 y/o woman, ESKD on HD since 2015, HTN, nondiabetic, no warfarin hx. BMI 28.4.
She sleeps with a heating pad across her L anterior thigh for knee OA pain, nightly since about August. 3 wks ago a painful purple patch came up right there; it has since crusted over, dark.
L anterior thigh: 3x2cm dry eschar, surrounding erythema and a mottled reticulated brown pigmentation; base firm.
Assessment: Full thickness thermal burn from heating pad vs calciphylaxis (can't exclude, ESKD).
Plan: biopsy by derm; stop heating pad; holding silvadene until bx.
"""),
("2020-12-02", "Dermatology Clinic Note", """
Derm
Punch bx L ant thigh 11/20: dermal necrosis, no calcified vessels in this specimen, nondiagnostic for calciphylaxis.
Clinically still possible calciphylaxis vs deep heat injury. Recommended deeper incisional biopsy - pt wishes to think about it.
"""),
("2021-01-06", "Dialysis Unit Social Work Note", """
SW note
Pt moved to her sister's in another state on 12/28, transferring to an outside HD unit. Records faxed. Derm f/u for ?calciphylaxis vs burn to be arranged there; no further information received.
"""),
]}

G16 = {"patient_id": "G16", "age": 71, "sex": "M", "notes": [
("2023-06-12", "Home PD Nurse Visit", """
HOME PERITONEAL DIALYSIS VISIT
Pt: 71 yo M on CCPD, 5 cycles overnight, fill 2L. Type 2 diabetic on glargine 18u AM; says he "mostly" injects into the right side of his lower belly, doesn't rotate much bc the left side has the PD catheter.
Pt showed this RN a sore, hard lump on the R lower abd at the injection spot that he first felt about 10 days ago. Approx 2.5 cm, skin over it violet, warm-ish? no, cool to touch. No drainage. Also several old yellow-green bruises around it from shots.
Exit site (L): no crusting, no erythema. Effluent clear.
Wt 96 kg, BMI 31.2.
Plan: called renal NP, appt next wk. Advised to use thigh for insulin meanwhile.
"""),
("2023-06-20", "Nephrology Clinic Note", """
Nephrology clinic
ESKD/CCPD; type 2 diabetic using insulin; obese; severe aortic stenosis (valve area 0.7 cm2).
Skin: R lower abdominal wall, at insulin site - 3 cm indurated, tender violaceous nodule with small dusky center; no fluctuance, no ulcer, no livedo elsewhere.
Ca 9.9, Phos 6.1, PTH 540.
Assessment: tender nodule at insulin injection site - differential includes injection-site panniculitis/abscess, lipohypertrophy w/ hemorrhage, or early calciphylaxis; r/o calciphylaxis. No warfarin ever.
Plan: dermatology for deep biopsy, US soft tissue, reduce Ca-based binder.
"""),
("2023-06-27", "Soft Tissue Ultrasound Report", """
US ABDOMINAL WALL, RIGHT LOWER QUADRANT
Indication: painful nodule at insulin injection site, ?abscess ?calciphylaxis.
Findings: 2.6 x 1.1 cm ill-defined hyperechoic area in subcutaneous fat, no fluid collection, punctate echogenic foci suggesting vascular calcification.
Impression: no abscess. Findings nonspecific; calciphylaxis not excluded. Clinical correlation / tissue sampling.
"""),
("2023-07-05", "Hospice Admission Note", """
Hospice intake
After family meeting re: AS and declining function pt elected hospice; will continue PD for comfort/symptom reasons. He declined the scheduled derm biopsy ("no more needles than I have to").
Skin: R lower abdominal nodule unchanged, no ulceration. Listed as "possible calciphylaxis - not biopsied". Pain managed with low dose hydromorphone.
"""),
]}

G17 = {"patient_id": "G17", "age": 80, "sex": "F", "notes": [
("2024-10-03", "Hospital Medicine Progress Note", """
HOSPITALIST PROGRESS NOTE
80F adm 9/22 w/ hip fracture s/p hemiarthroplasty L 9/23; course c/b new AF, warfarin started 9/24 (no bridge). CKD4, eGFR 19, not dialysis dependent, no DM. BMI 22.0.
Since 10/1: painful purple net-like patches across both buttocks. Stage 3 sacral pressure injury (present since 9/26, documented by WOC) separate and midline.
Exam: bilat buttocks retiform purpura 8-10 cm each, dusky centers, no bullae. L hip incision clean, staples in.
A/P: retiform purpura buttocks: DDx warfarin necrosis / calciphylaxis / cholesterol emboli (post-procedure). Hold warfarin, start heparin gtt, protein C level. Derm consult.
"""),
("2024-10-07", "Dermatology Consult", """
Dermatology
Exam: both buttocks - retiform purpura w/ early central necrosis, no eschar yet. Sacrum: stage 3 PI with slough - different morphology, pressure related. L hip wound healing.
Imp: retiform purpura of buttocks; DDx calciphylaxis (CKD 4, elderly female, recent warfarin) vs warfarin necrosis vs emboli. Biopsy recommended; daughter (HCP) wants time to discuss given frailty.
"""),
("2024-10-10", "Transfer Summary", """
INTERFACILITY TRANSFER SUMMARY
Transferred at family request to a hospital near her daughter.
Active issues: 1) Buttock retiform purpura - etiology unknown, calciphylaxis vs warfarin skin necrosis, no biopsy obtained here. Warfarin held since 10/3, on heparin gtt. 2) Sacral stage 3 PI. 3) L hip hemiarthroplasty POD 17.
"""),
]}

G18 = {"patient_id": "G18", "age": 58, "sex": "M", "notes": [
("2019-02-11", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT
Asked by: nephrology. Question: "?calciphylaxis legs"
58M, ESRD; dialysis in-centre on Tues, Thurs, Sat using a L brachiocephalic fistula. Type 2 diabetic: detemir + aspart SSI, injected into the abdomen, HFpEF. BMI 29.8.
Five days of a purple, raised rash on both lower legs, mildly itchy and sore; some spots blistered and now have dark centres. He had a URI two weeks ago. No new drugs, no warfarin.
Exam: bilateral shins and dorsal feet w/ numerous 2-8 mm palpable purpuric papules, a few coalescing, several with small central necrotic crusts. No retiform plaques, no induration, no livedo. Abdomen: a few firm lipohypertrophic pads at insulin sites, otherwise unremarkable. Joints: mild ankle swelling.
Impression: palpable purpura of legs - leukocytoclastic vasculitis most likely; calciphylaxis considered because of ESRD, though morphology is not typical.
Plan: punch bx x2 (H&E + DIF), UA (minimal urine), complement, hep serologies.
"""),
("2019-02-18", "Dermatology Follow-up", """
Derm f/u - results
H&E: small vessel leukocytoclastic vasculitis, fibrinoid necrosis of dermal venules. No calcification of subcut vessels, von Kossa negative. DIF: perivascular IgA and C3.
Final dx: IgA vasculitis (HSP) of the lower legs. Calciphylaxis ruled out.
Plan: topical clobetasol, leg elevation, GI/renal sx precautions; rheum f/u.
"""),
("2019-03-20", "Hospital Discharge Summary", """
DISCHARGE SUMMARY (readmission, hyperkalemia)
Incidental: leg purpura from IgA vasculitis now fading to brown macules. R forearm peripheral IV infiltration on 3/18 with mild erythema, resolved with elevation.
Risk factors reviewed: ESRD on HD, DM2 on basal insulin. Weight 91.5; BMI 29.8, i.e. overweight but below the obesity cutoff.
"""),
]}

G19 = {"patient_id": "G19", "age": 45, "sex": "F", "notes": [
("2024-03-15", "Burn Clinic Note", """
OUTPATIENT BURN CLINIC
45F, office manager, burned the back of her R hand on the oven door on Sunday 3/10 while taking out a roast. Blistered next day. Ran under cold water ~10 min at home.
PMH: prediabetes (A1c 6.1, lifestyle only, no meds), obesity (BMI 30.4), migraine. Kidney function normal - Cr 0.7 last month. No anticoagulants.
FHx: father was on dialysis for years and "had that calcium disease of the skin" - calciphylaxis on his legs, died 2019.
Exam: R dorsal hand 4 x 3 cm superficial partial-thickness burn, blisters deroofed, base pink and moist, cap refill <2s. No circumferential involvement.
Plan: silver-impregnated foam, change q3d, hand therapy for ROM, RTC 2 wk.
"""),
("2024-03-29", "Burn Clinic Follow-up", """
Burn clinic f/u
R dorsal hand burn 95% reepithelialized, no contracture. Pt asks if the burn could turn into what her dad had. Explained that calciphylaxis occurs mostly with kidney failure; her kidneys are normal and the burn is healing as expected. No skin lesions elsewhere.
Sunscreen and moisturiser to new skin. Discharged from burn clinic.
"""),
("2024-09-05", "Primary Care Annual Visit", """
Annual physical.
Weight 84 kg, BMI 30.4 - obesity, counselled on diet and activity; prediabetes stable (A1c 6.0).
Skin: healed R hand burn, faint hyperpigmentation. No ulcers.
FH updated: father - ESRD, calciphylaxis.
"""),
]}

G20 = {"patient_id": "G20", "age": 77, "sex": "M", "notes": [
("2022-05-02", "Dialysis Unit Education Note", """
HD unit - patient education
Topic: skin protection/calciphylaxis awareness (routine for pts w/ high phos + PTH).
77M on HD from 2020; type 2 DM using glargine; hx of warfarin for a 2014 PE (stopped 2016). BMI 26.3.
Discussed: he is at risk of calciphylaxis because of ESRD, insulin use and past warfarin. Advised: keep ice and heat (packs, pads) off bare skin; change insulin injection spots each day; tell staff promptly about any painful dark or hard skin patches - if one appears we would get a derm consult and biopsy.
Skin check today: intact. Pt verbalized understanding.
"""),
("2022-06-14", "WOC Nurse Consult", """
WOC RN consult - inpatient (admitted 6/10 for pneumonia, sedated 2 days)
Sacrum: new stage 3 pressure injury 3 x 2.5 cm, 0.4 cm deep, 20% yellow slough, red granulation, no tunneling; over the bony prominence; developed during the ICU stay. Braden 11.
L deltoid: 3 cm red warm indurated patch at the site of the pneumococcal vaccine given 6/11 - local vaccine reaction, no necrosis.
Plan: low-air-loss surface, turning every 2 h, collagen + foam dressing to sacrum, cool compress not applied (pt on HD - avoid cold to skin), monitor deltoid.
"""),
("2022-07-12", "Wound Clinic Follow-up", """
Wound clinic
Sacral stage 3 PI contracting, 2 x 1.5 cm, 100% granulation. Typical pressure injury, no retiform purpura or livedo, no features of calciphylaxis.
Deltoid reaction resolved.
BMI 25.9.
Cont collagen, offloading cushion for HD chair.
"""),
]}

PATIENTS = [G15, G16, G17, G18, G19, G20]
