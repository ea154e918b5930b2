"""probe55 corpus notes, O15-O20 (primary care and family medicine; all invented)."""

O15 = {"patient_id": "O15", "age": 67, "sex": "F", "notes": [
("2025-03-04", "Office Visit - SOAP", """
S: 67F, ESRD (eGFR 8) - after long discussions she has chosen conservative kidney management, no dialysis. DM2 on insulin degludec 18u, injects L side of abdomen. Obese (BMI 31.0). Daughter noticed a tender, hard, bluish nodule at her usual insulin spot on the L abdomen ~2 wks ago.
O: L mid abdomen lateral to umbilicus: tender 2.5cm SC nodule, firm, purplish skin over it and a faint livedo; no ulcer, no eschar.
A: Tender nodule at L abd insulin site. Possible early calciphylaxis; other considerations are fat necrosis in lipohypertrophy, or a hematoma.
P: Offered derm referral for biopsy - pt would like time to decide. Move injections to R abd. Recheck 2 wk.
"""),
("2025-03-20", "Telephone Encounter", """
Phone call with daughter (Renata). Pt has decided against a biopsy or any specialist visits - "no more needles than I need". Spot on her belly unchanged, perhaps darker, still sore. She is now injecting on the other side. Reviewed: concern remains for calciphylaxis but without a biopsy we can't say for sure. Comfort measures discussed. Daughter agrees w/ hospice info packet being mailed.
"""),
("2025-05-12", "Office Visit - SOAP", """
S: Enrolled with Sunflower Hospice 4/15. Daughter reports the belly nodule is about the same size, no open wound. Appetite poor.
O: BMI 28.6 (weight loss). L abd nodule 2.5 cm, dusky, firm, intact skin.
A/P: Suspected calciphylaxis L abdomen - never biopsied, pt declines workup; comfort-focused care. Basal insulin cut to 10u to avoid lows. Hospice to follow.
"""),
]}

O16 = {"patient_id": "O16", "age": 80, "sex": "M", "notes": [
("2019-01-15", "Office Visit - SOAP", """
80M with CKD 3b (creat 1.9, GFR 34), AF on warfarin, venous insufficiency. Hit his R shin against the car door at New Year's, small skin tear, "never healed." Used Vaseline and a bandaid.
Exam: BMI 27.5. R anterior shin: ulcer 2x1.5cm, dry black base, and a purple halo, tender; hemosiderin staining both lower legs, 1+ edema.
Imp: Post-traumatic R shin ulcer - likely traumatic/venous ulcer in setting of anticoag; calciphylaxis less likely but possible given the necrosis.
Plan: Wound care, compression deferred until ABI. Derm referral. INR 2.9.
"""),
("2019-02-19", "Office Visit - SOAP", """
S: f/u R shin ulcer. Missed derm appt (snowstorm), rescheduled for April. Pain moderate.
O: ulcer now 2.5x2cm; eschar partly lifting, purple rim unchanged. ABI 0.88 R.
A: Non-healing R shin ulcer - ddx venous vs warfarin-associated necrosis vs calciphylaxis (CKD not on dialysis, warfarin). Unclear.
P: Cont dressings; refer to wound clinic meanwhile; keep derm appt.
"""),
("2019-05-07", "Telephone Encounter", """
TE: Son called - pt moved to assisted living near his daughter in Tucson last week, will establish care there. Derm appt in April was cancelled by family. Shin ulcer "about the same". Records release form faxed. Left message re: need for biopsy to sort out possible calciphylaxis - to pass to new PCP.
"""),
]}

O17 = {"patient_id": "O17", "age": 45, "sex": "F", "notes": [
("2021-06-08", "Office Visit - SOAP", """
S: 45 yo F on PD (CAPD) for FSGS, no DM, no anticoagulants. Notes lacy purple pattern on both thighs for 2 months, some areas ache; no open sores. Uses her laptop on her lap a lot.
O: BMI 32.0. Bilat thighs: livedo reticularis, a few faint indurated areas anterior R thigh, non-ulcerated, mildly tender. No purpura elsewhere.
A: Livedo of thighs in PD pt - early calciphylaxis cannot be excluded; ddx toasted skin syndrome, cutis marmorata.
P: Derm referral; labs (Ca, Phos, PTH).
"""),
("2021-07-14", "Consult Letter - Dermatology", """
Dear Dr. Oyelaran,
Re: Ms. Henrietta Castellanos
I saw Ms. Castellanos on 7/6. The thighs show a broken livedo pattern with subtle induration on the right. Punch bx (4mm), R anterior thigh: sparse calcium in a few small vessels without thrombosis or necrosis - nondiagnostic. Early calciphylaxis remains possible; I would repeat a deeper biopsy if ulceration appears. I asked her to keep the laptop off her legs.
Yours, Dr. Edwin Farnsworth
"""),
("2021-10-05", "Office Visit - SOAP", """
S: 3-mo f/u. Thigh mottling "a bit better." No ulcers. PD going fine.
O: BMI 30.4. Livedo fainter, no induration now.
A/P: Livedo of thighs, possible early calciphylaxis - not confirmed; no new lesions. Continue binders, f/u derm prn.
"""),
]}

O18 = {"patient_id": "O18", "age": 59, "sex": "M", "notes": [
("2022-02-14", "Office Visit - SOAP", """
S: 59M HD pt (MWF), DM2 on insulin (70/30 bid), obese. L medial ankle ulcer x 6 wks, slowly bigger, aches when standing.
O: BMI 33.0. Over the L medial malleolus a shallow 4x3cm ulcer w/ fibrinous base, irregular edges, surrounding hemosiderin and lipodermatosclerosis; varicosities. Not exquisitely painful.
A: L ankle ulcer - venous stasis most likely; r/o calciphylaxis given HD.
P: Derm for bx, venous duplex, compression wrap pending ABI.
"""),
("2022-03-10", "Consult Letter - Dermatology", """
Dear Dr. Lundgren,
Re: Mr. Eamon Fairchild
Biopsy of the left medial ankle ulcer shows changes of stasis dermatitis with ulceration; no vascular calcification, thrombi or fat necrosis on von Kossa. Calciphylaxis is ruled out. Venous duplex shows great saphenous reflux. I recommend compression and vein clinic referral.
Best regards, Dr. Priya Oduya
"""),
("2022-05-23", "Office Visit - SOAP", """
f/u venous ulcer L ankle, improving in 3-layer wraps, 1.5 cm now. Calciphylaxis was excluded on bx. Cont wraps, vein clinic 6/2. BMI 33.0.
"""),
]}

O19 = {"patient_id": "O19", "age": 38, "sex": "F", "notes": [
("2023-09-19", "Preventive Care Visit", """
ANNUAL PHYSICAL - ADULT FEMALE 18-49
Tobacco: never. Alcohol: social. Exercise: walks 3x/wk.
PMH: Type 1 DM since age 11 (pump, A1c 6.9), hypothyroid. Renal fxn normal (Cr 0.7, UACR < 30).
FHx: sister (on dialysis) had calciphylaxis of both thighs 2021, mother CKD, father MI at 60.
Screening: Pap/HPV 2022 nl - next 2027. Depression PHQ-2: 0. Flu vaccine given L deltoid today.
Exam: BMI 24.6. Skin: small healing burn on R index finger from a curling iron last week, she's been using aloe from her plant. Otherwise normal.
A/P: Well adult. Pt asks whether she could get calciphylaxis like her sister - explained it occurs almost only in people whose kidneys have failed, and hers work normally. Cont pump, f/u endo.
"""),
("2024-09-24", "Preventive Care Visit", """
ANNUAL PHYSICAL
Interval hx: no hospitalizations. Sprained R ankle in June, healed. Started Zoloft by psych in March.
Vitals nl, BMI 25.1. Exam unremarkable, skin without lesions.
Labs: Cr 0.8, TSH nl, lipids nl. Vaccines: flu today, Tdap up to date.
A/P: healthy, T1DM well controlled, cont current mgmt.
"""),
]}

O20 = {"patient_id": "O20", "age": 64, "sex": "M", "notes": [
("2025-01-28", "Preventive Care Visit", """
MEDICARE ANNUAL WELLNESS VISIT
Problem list reviewed: ESRD, in-center HD TuThSa since 2022, AFib on warfarin, HTN, BPH. No diabetes. BMI 29.5.
Falls screen: 0 falls in past yr. Home safety reviewed.
Skin: intact, no wounds. Small scab R forearm (scraped on a garage shelf last wk), dabbed with tea tree oil.
Counseling: With ESRD and warfarin he is at higher risk of calciphylaxis; told him to call us right away if he gets a very painful sore or dark patch anywhere, esp thighs/belly. Avoid heating pads on bare skin.
Immunizations: pneumococcal 20 given R deltoid.
Advance directive discussed - wishes full code.
"""),
("2025-07-15", "Telephone Encounter", """
TE - pt's wife asked whether a red itchy rash on his back (started after hiking) could be "that calcium skin thing Dr. mentioned". Sounds like contact dermatitis / heat rash, no pain, no dark areas. Advised hydrocortisone OTC 1% and photo via portal. -- RN
Portal photo reviewed by Dr. Hennessy 7/16: fine papular rash, no necrosis, not calciphylaxis.
"""),
("2025-08-05", "Office Visit - SOAP", """
S: f/u rash - resolved in 5 d w/ OTC hydrocortisone. No skin pain.
O: BMI 29.7. Back: clear. Legs: clear.
A/P: Miliaria/contact dermatitis, resolved. No evidence of calciphylaxis. INR monitoring per anticoag clinic.
"""),
]}

PATIENTS = [O15, O16, O17, O18, O19, O20]
