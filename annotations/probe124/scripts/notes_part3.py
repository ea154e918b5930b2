"""probe124 corpus notes, H15-H20 (case management, utilization review and letters; all invented)."""

H15 = {"patient_id": "H15", "age": 82, "sex": "M", "notes": [
("2022-10-03", "Case Management Note", """
CM note - dialysis unit
82M HD T/Th/S. T2DM on Levemir, gives it himself in his belly on the right. Granddaughter called: ulcer at that spot on the R lower abdomen, black crust, very sore x 1 month.
RN exam in chair: 3 x 3 cm eschar w/ purplish rim, R lower quadrant, at the injection area.
Nephro note: "?calciphylaxis vs infected injection site" - derm referral offered.
Not on warfarin. BMI 26.0.
"""),
("2022-10-20", "Letter to Hospice Agency", """
To the Intake Team, Stillwater Hospice,
I am referring Mr. Amadeo Trujillo, 82, who has decided to withdraw from hemodialysis after a family meeting on 10/18.
Of relevance to your wound nurses: he has a painful, necrotic right lower abdominal ulcer at his insulin site. Possible calciphylaxis was raised, but he declined biopsy and we will not pursue the diagnosis further. Please focus on comfort.
He uses insulin for type 2 diabetes; simplify to once-daily dosing into the thigh or arm.
Sincerely,
Dr. Isabeau Fontaine
"""),
("2022-11-01", "Hospice Utilization Review", """
Hospice UR - GIP level of care review
Day 12 of hospice. Off HD since 10/21. Increasing somnolence, K 6.8 on last draw (family ok'd one draw).
Abd ulcer (RLQ): dressed daily w/ silver foam; etiology never established - ddx calciphylaxis vs chronic infection, no bx per goals of care.
GIP criteria met for pain crisis. Reassess daily.
"""),
]}

H16 = {"patient_id": "H16", "age": 64, "sex": "F", "notes": [
("2018-05-22", "Utilization Review - Admission Review", """
UR admit -- 64F, ESRD - CCPD at home; A-fib, warfarin, INR 4.1 at admission, not diabetic, BMI 31.9.
Presenting: two tender dusky nodules on the L outer thigh x 9 days, one w/ central purpura.
Ddx per admitting: calciphylaxis vs panniculitis vs warfarin-induced skin necrosis; dermatology will biopsy.
Meets inpt for supratherapeutic INR w/ skin necrosis risk.
"""),
("2018-05-29", "Discharge Planning Note", """
DCP
Punch bx 5/24 from L thigh nodule: nondiagnostic - septal panniculitis, no vessel calcification seen, specimen possibly too shallow. Derm wants deeper incisional bx; pt not willing at this time.
Warfarin held, bridged to apixaban by cardiology. Still unclear whether this is calciphylaxis; it has not been excluded.
D/c home, PD as before, derm f/u 2 wk.
"""),
("2018-07-09", "Case Management Note", """
CM closure note
Pt moving to Arizona to live w/ her daughter; derm f/u never attended, no deeper biopsy. Records released to new nephrologist. L thigh nodules "a bit better" per pt phone call.
Case closed.
"""),
]}

H17 = {"patient_id": "H17", "age": 45, "sex": "F", "notes": [
("2025-09-15", "Disability Form - Attending Physician Statement", """
APS -- long-term disability claim, Section 3
Claimant: 45 F, HD M/W/F x 4 yrs (ESRD from IgA nephropathy). No diabetes. BMI 29.5.
Current condition: painful net-like livedo on the R calf, early; concern for calciphylaxis - r/o, biopsy being scheduled.
Functional limits: fatigue post-HD, cannot stand > 20 min.
Prognosis: guarded pending workup.
"""),
("2025-11-04", "Case Management Note", """
CM f/u
Pt declined the skin biopsy ("I can't take another needle") and the livedo on the R calf has faded. Nephrology: working dx still "possible early calciphylaxis", never confirmed; watchful waiting, binder adjusted.
LTD claim approved on the basis of ESRD. No warfarin. BMI 29.5.
"""),
]}

H18 = {"patient_id": "H18", "age": 68, "sex": "M", "notes": [
("2020-07-07", "Utilization Review - Admission Review", """
UR admit review
68M, ESRD (HD), DM on insulin, A-fib - warfarin, BMI 33.1. Had a cardiac catheterization 6/30, R femoral access.
Now painful purple-blue mottled toes + plantar livedo both feet, started 5 days ago. Team: "suspect calciphylaxis vs atheroembolism."
Inpt criteria met (IV heparin held, pain, possible ischemia). Derm + vascular consults.
"""),
("2020-07-10", "Dermatology Letter", """
Dear Dr. Castellanos,
I saw your patient with the discoloured toes on 8 July. The skin biopsy from the left fourth toe shows cholesterol clefts within small arteries, consistent with cholesterol embolization after his catheterization. There is no vascular calcification, and calciphylaxis is excluded.
Eosinophils 9%. I suggest statin optimization and foot protection.
Regards,
Dr. Oksana Ridley
"""),
("2020-07-21", "Discharge Planning Note", """
DCP
Dx: atheroembolic disease (cholesterol emboli) both feet, post-cath. Toes pink-purple, no ulceration. Warfarin resumed. Insulin glargine + lispro continue.
D/c home w/ podiatry f/u; HD resumes at home unit MWF. BMI 32.8.
"""),
]}

H19 = {"patient_id": "H19", "age": 50, "sex": "F", "notes": [
("2024-01-16", "Case Management Note", """
CM pre-dialysis education
50F, CKD stage 5 (eGFR 9) from polycystic kidneys, choosing PD; catheter placement set for Feb. No diabetes, no warfarin. BMI 25.3.
Pt anxious: her older sister died in 2015 of calciphylaxis while on dialysis and she is asking whether it is inherited. Reviewed with nephrologist; pt's skin is intact, no lesions.
"""),
("2024-04-02", "Letter to Patient's Insurer", """
To whom it may concern,
My patient began peritoneal dialysis in March 2024 after her PD catheter was placed on 02/20/2024; she does four exchanges a day. I am requesting coverage of a non-calcium phosphate binder (sevelamer). Her sister's history of calciphylaxis increases our caution about calcium loading. She herself has no skin lesions and no sign of the disease.
Sincerely,
Dr. Bartholomew Ng
"""),
]}

H20 = {"patient_id": "H20", "age": 59, "sex": "M", "notes": [
("2019-09-10", "Prior Authorization Letter", """
Re: cinacalcet and lanthanum - prior authorization

My patient (59 y/o male) has CKD 4, not yet dialyzing, type 2 diabetes on insulin, and a BMI of 30.2. His calcium-phosphate product is rising. Should he progress to dialysis with this mineral profile, he would be at real risk for calciphylaxis, which we want to prevent. His skin is normal today. Please approve lanthanum in place of calcium carbonate.
Dr. Colette Ambrose
"""),
("2019-12-03", "Case Management Note", """
CM outreach
Meds updated: new AF dx 11/19 - warfarin started by cardiology. Insulin as before. Lanthanum approved 9/18.
Pt asks if warfarin is dangerous for "that calcium skin disease" - told nephro may switch him if dialysis starts. No skin problems. Fistula planning only if eGFR drops further.
"""),
]}

PATIENTS = [H15, H16, H17, H18, H19, H20]
