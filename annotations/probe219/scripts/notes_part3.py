"""probe219 corpus notes, C15-C20 (CDI queries, coding summaries and the clinics around them; all invented)."""

C15 = {"patient_id": "C15", "age": 66, "sex": "F", "notes": [
("2019-07-16", "PD Clinic", """
PD CLINIC       July 16, 2019
66 F, ESRD (diabetic nephropathy) on CCPD. T2DM, insulin (NPH/regular), which she
injects in the abdomen above and beside the navel, keeps off the catheter side (R).
BMI 35.0, obesity class II.

S: "hard lumps" in the L upper abdomen where she injects, sore for about a month.
O: BP 144/80, wt 91.6 kg. L periumbilical / upper abdomen: 3 firm, tender subcutaneous
nodules, 1.5-2.5 cm, one overlain by faint violet mottling. Not ulcerated.
PD exit site unremarkable.
Ca 10.2 / PO4 6.6 / PTH 720 / alb 3.5

A/P:
- lipohypertrophy? fat necrosis? early calciphylaxis can't be dismissed -> derm
- inject in the thighs for now
- lower calcium dialysate, sevelamer instead of calcium acetate
"""),
("2019-07-30", "Dermatology", """
DERMATOLOGY         07/30/2019
Nodules in the L upper abdomen at her insulin sites; a bit more purple than two weeks ago
per pt, still intact, tender.
Ddx: lipohypertrophy with fat necrosis; cannot exclude early calciphylaxis (calcifying
panniculitis). Offered deep incisional bx; she refuses at present ("no more cutting
near my catheter"). Will revisit if any ulceration.
US abdominal wall 7/25: hyperechoic subcutaneous nodules, no vessel calcification reported.
Vitals: BP 138/76, wt 91.0 kg.
Plan: photos in chart; insulin away from the abdomen; f/u 1 month or sooner.
"""),
("2019-08-22", "CDI Query", """
CDI QUERY        08/22/2019
Dr. H. Sato -- adm 8/19, peritonitis on PD (CoNS), intraperitoneal vanc

Progress note 8/20 lists "abd wall nodules, ?calciphylaxis". A diagnosis still
uncertain at discharge may be coded as if it were established, so please clarify before
discharge:
[ ] Calciphylaxis
[ ] Lipohypertrophy / fat necrosis
[ ] Possible calciphylaxis, not confirmed
[ ] Other ______
[ ] Unable to determine

Response 8/23 (Dr. Sato): "Nodules of the abdominal wall where she injects insulin --
maybe early calciphylaxis, maybe fat necrosis; unconfirmed, biopsy declined. Unable to
determine."
Coder: E83.59 NOT assigned (provider selected unable to determine); R22.2 localized
swelling, trunk. Z79.4. E66.9/Z68.35.
"""),
]}

C16 = {"patient_id": "C16", "age": 74, "sex": "M", "notes": [
("2021-10-14", "CDI Query", """
CDI QUERY -- skin findings         10/14/2021
Dr. O. Mensah (hospitalist)  Pt C16, 74 M, ESRD on HD, adm 10/6 for pneumonia.

RN skin checks: 10/12 "purple lacy marks on both calves under the SCD sleeves"; 10/13
"darker purple now, painful, 2 small blisters L calf". SCDs on both calves around the
clock since admission 10/6 (pt refused SC heparin).
Your note 10/13: "calf purpura, ddx calciphylaxis / chol emboli / vasculitis -- rule out".
Labs: PTH 512; Ca/P 9.5/7.0; eos 3%; ANCA pending; CK 88.

Please clarify, as able, the etiology:
[ ] Calciphylaxis
[ ] Cholesterol emboli
[ ] Vasculitis
[ ] Device-related pressure injury
[ ] Undetermined at this time
"""),
("2021-10-16", "Dermatology Consult", """
DERM CONSULT      10/16/21
Both posterior-medial calves, in a band matching the SCD cuffs: retiform purpura, livedo
at the edges, 2 flaccid bullae on the L, tender. Pedal pulses palpable. Feet warm, toes
without cyanosis. Not diabetic; not anticoagulated; BMI 26.5.

Impression: retiform purpura of the calves. Possible early calciphylaxis (HD, Ca x P
high) vs device-related pressure purpura from the SCDs; emboli less likely (no recent
catheterization, no eosinophilia).
Rec: stop SCDs; deep incisional bx Monday 10/18; photograph; no compression.
Family requesting transfer to the university hospital closer to home -- bx can be done
there if he leaves before Monday.
"""),
("2021-10-19", "Coding Summary", """
CODING SUMMARY     Adm 10/06/21 - transferred 10/17/21 to St. Brendan University Hospital

DS (Dr. Mensah): "Retiform purpura both calves, possible calciphylaxis vs SCD-related
pressure purpura, workup incomplete -- bx deferred to the receiving hospital."
Post-discharge query 10/18 answered: "Etiology undetermined at the time of transfer."

PDx  J18.9   Pneumonia, unspecified organism (Y)
     R23.3   Spontaneous ecchymoses (N)
     I12.0 / N18.6 / Z99.2 (Y)
     D63.1   Anemia in CKD (Y)
Calciphylaxis not coded: provider answered undetermined. Device-injury code not
assigned (no provider documentation of injury).
Z68.26 BMI 26.0-26.9 (26.5)
"""),
]}

C17 = {"patient_id": "C17", "age": 79, "sex": "F", "notes": [
("2025-06-02", "ED Coding Abstract", """
EMERGENCY DEPARTMENT CODING ABSTRACT     DOS 06/02/2025    Level 4 (99284)

CC: "hit my shin on the car door yesterday"
Provider: 79 F on HD (TTS) and warfarin for mech mitral valve, struck the L anterior shin
against the car door frame on 6/1/2025 getting out at church. Exam: 5 x 4 cm contusion
with a superficial abrasion L mid shin, no laceration; XR tib/fib neg. INR 3.4, warfarin
dose reduced. Ice and elevation advised, wound check with PCP.

Codes
S80.12XA  Contusion of L lower leg, initial
S80.812A  Abrasion, L lower leg, initial
W22.8XXA  Striking against other object
Y92.810   Car as place of occurrence
Y93.89    Other activity
Z79.01    Long-term anticoagulant; Z95.2 prosthetic heart valve
N18.6, Z99.2
E11.22    T2DM w diabetic CKD (glipizide)
"""),
("2025-06-26", "Nephrology HD Rounds", """
HD ROUNDS        6/26/25
79 F, ESRD, TTS, R IJ permcath, mech MVR on warfarin, T2DM on glipizide.

S: The car-door bruise on the L shin has turned into a deep, black, very painful
sore during the past 2 wks; pain 9/10, not sleeping.
O: BP 118/60, 84.0kg, BMI 31.2 (obese). L mid shin: 4 cm black eschar ringed by a
purple net-like border that spreads 3 cm out; no pus, no streaking.
Labs: INR 3.1, PTH 690, Ca/P 10.0/6.4

A/P:
- ddx: post-traumatic ulcer (she is anticoagulated) vs calciphylaxis seeded in the
  bruised skin; only a bx would tell, and she and her son refuse one
- wound clinic; low-Ca bath
- pt leaning toward comfort-focused care; palliative referral
"""),
("2025-07-09", "Inpatient Coding Summary", """
INPATIENT CODING SUMMARY      Adm 07/03/2025   Disch 07/08/2025 to hospice (home)

Query 7/5 (clinical validation of "calciphylaxis" in progress note 7/4) answered 7/6 by
Dr. G. Pellerin: "Probable calciphylaxis of the L shin at a site of earlier trauma; not
biopsied, patient and family declined; may equally be a traumatic ulcer. Warfarin held on
admission, INR 3.6."

PDx  E83.59   Calciphylaxis -- probable at discharge, coded per inpatient
              uncertain-diagnosis guideline (Y)
     L97.823  Ulcer oth part L lower leg, necrosis of muscle (Y)
     N18.6 / Z99.2 (Y)
     Z95.2, Z79.01 (Y)
     E11.622  T2DM w other skin ulcer (Y)
     E66.9, Z68.31 BMI 31.0-31.9 (31.2)
     Z51.5    Encounter for palliative care
"""),
]}

C18 = {"patient_id": "C18", "age": 59, "sex": "F", "notes": [
("2018-04-10", "CDI Query", """
CDI QUERY        04/10/2018
Dr. W. Achterberg, pt C18, 59 F, adm 4/5 w/ L femoral DVT.

Course: heparin drip 4/5 -> warfarin started 4/6 at 10 mg (no loading overlap documented
until 4/7). CKD 3b (eGFR 38), A1c 6.1 (prediabetes; no diabetes dx), BMI 32.7.
Progress notes 4/8-4/9: "painful necrotic patches on both thighs and R breast --
ddx calciphylaxis / warfarin skin necrosis / HIT". Protein C activity 38%. Plt 210 -> 198.
Vitals 4/9: T 37.4, HR 98, BP 128/76.

Once dermatology and pathology are available, please clarify the diagnosis:
[ ] Calciphylaxis
[ ] Warfarin-induced skin necrosis
[ ] HIT with skin necrosis
[ ] Other ______
[ ] Unable to determine
"""),
("2018-04-11", "Dermatology Consult", """
DERMATOLOGY CONSULT        4/11/18
Onset 4/8, two days after warfarin began: sharply demarcated hemorrhagic bullae turning
black on the anterior thighs (bilat) and the R breast, all in fatty areas.
Punch bx 4/9 (R thigh): fibrin-plugged venules, dermal and subcutaneous; hemorrhagic
necrosis. Vessel walls: no calcification (von Kossa also negative).

Imp: Warfarin-induced skin necrosis (substrate: protein C deficiency).
Not calciphylaxis -- ruled out (no calcium deposits; CKD 3b, no dialysis, normal Ca/PO4).
Plan: hold warfarin; vit K; heme to decide on protein C concentrate; resume heparin drip;
surgery consult for debridement if necrosis deepens.
"""),
("2018-04-20", "Coding Summary", """
CODING SUMMARY     Adm 04/05/2018 - Disch 04/19/2018

Query 4/10 answered 4/12: "Warfarin-induced skin necrosis (bilateral thighs, R breast).
Biopsy excludes calciphylaxis."

PDx  I82.412  Acute DVT of L femoral vein (Y)
     T45.515A Adverse effect of anticoagulants, initial (N)
     L98.8    Other specified disorders of skin (N)
     D68.59   Other primary thrombophilia (protein C deficiency) (Y)
     N18.32   CKD stage 3b (Y)
     R73.03   Prediabetes (Y)
     E66.9    Obesity; Z68.32 BMI 32.0-32.9 (32.7) (Y)
Discharged on enoxaparin bridge to warfarin restart under heme supervision.
Coder note: "calciphylaxis" appears only as a differential in the early progress notes
and is excluded by the final answer -- not coded. Surgery saw her 4/15: no debridement
needed, local care only.
"""),
]}

C19 = {"patient_id": "C19", "age": 55, "sex": "M", "notes": [
("2022-08-23", "Nephrology Clinic", """
NEPHROLOGY (in-center HD pt, quarterly MD visit)     Aug 23 2022
55 M. ESRD (IgA nephropathy); dialysis in-center Mon/Wed/Fri, L RC fistula.
Type 2 diabetes, diet-managed (no medication); A1c 6.6. BMI 27.4.

S: Wonders whether "the thing my brother had" will come for him -- the older
brother, dialyzed at another unit, died of calciphylaxis in 2019. No skin pain, no sores.
O: BP 136/82. Full skin check of abdomen, thighs, buttocks and legs: no livedo, no nodules,
no ulceration.
Labs: Ca/P 9.3/5.2, PTH 410, alb 4.0

Impression: calciphylaxis -- no signs of it. Explained risk factors and why we keep
phosphate down; no warfarin, no calcium binders. Report any painful skin spot at once.
"""),
("2022-09-15", "Outpatient Coding Abstract", """
OUTPATIENT CODING ABSTRACT -- AV access procedure        DOS 09/15/2022

Procedure: fistulagram with balloon angioplasty of a juxta-anastomotic stenosis, L
radiocephalic AVF (IR, Dr. Q. Lindgren). Tolerated well, no complications.

Codes
T82.858A  Stenosis of AV access, initial encounter
N18.6, Z99.2 ESRD on HD
E11.22    T2DM with diabetic CKD (no insulin, no oral agents)
Z82.49    Family hx of ischemic heart disease (father)
Z84.1     Family hx of disorders of kidney (brother, ESRD; died of calciphylaxis)
Coder note: calciphylaxis is the brother's, not the patient's -- not coded.
"""),
]}

C20 = {"patient_id": "C20", "age": 48, "sex": "F", "notes": [
("2024-01-16", "Renal Dietitian Note", """
RENAL DIETITIAN -- monthly HD review        16-Jan-2024
48 F. Lupus nephritis -> ESRD; hemodialysis Tue/Thu/Sat. Nondiabetic; no
anticoagulants. Wt 49.8 kg, ht 161 cm, BMI 19.2; 7% weight loss since Thanksgiving; intake ~50% of needs.

Labs: PO4 8.1 / Ca 9.6 / PTH 690 / alb 3.1

Education: phosphate binder timing with every meal and snack; avoid dark colas and
processed cheese. Explained that a high calcium-phosphate product raises the risk of
vessel calcification and of calciphylaxis (rare, very painful skin disease in dialysis
pts). Skin checked with pt's permission at her request: no lesions.
Plan: oral supplement bid, liberalize protein to 1.2 g/kg, RD f/u 2 wks; MD made aware of
weight loss (possible malnutrition).
"""),
("2024-02-08", "CDI Query", """
CDI QUERY -- malnutrition        02/08/2024
To: Dr. J. Abara (hospitalist), adm 2/5/2024 for missed HD / hyperkalemia

RD assessment 2/6: meets ASPEN criteria for moderate malnutrition in the context of
chronic illness -- 7% wt loss over 2 months, intake < 75% for > 1 month, mild temporal
wasting. BMI 19.0. Alb 3.0.
Progress notes say "poor PO intake".
Skin on admission (RN): intact, without lesions. She raised calciphylaxis again; told
there is no evidence of it.

Please clarify, if clinically valid:
[ ] Moderate protein-calorie malnutrition
[ ] Severe protein-calorie malnutrition
[ ] Other ______
[ ] Unable to determine
Response 2/8: "Moderate protein-calorie malnutrition, agree with RD."
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
