"""probe181 corpus notes, A08-A14 (HIV and sexual health clinics and the clinics around them; all invented)."""

A08 = {"patient_id": "A08", "age": 49, "sex": "F", "notes": [
("2019-06-03", "STI Clinic Treatment Visit", """
STI CLINIC - TREATMENT VISIT
49F sent over by her PD unit after a routine RPR screen.
RPR 1:32 (new; NR in 2017), TP-PA reactive. No chancre, rash, vision or
neuro sx. Partner services (DIS) to notify.
Dx: syphilis of unknown duration -> treat as late latent.
PMH: ESRD (peritoneal dialysis at home), T2DM - degludec + aspart, which she
injects in her abdomen, HTN, obesity. No PCN allergy.
Tx: Bicillin L-A (benzathine pen G) 2.4 MU IM today, split 1.2 MU into each
buttock (upper outer quadrants). Dose 1 of 3; doses 2 and 3 on 6/10 and 6/17.
VS 142/88, pulse 88, weight 109.0kg, BMI 41.0
Advised: soreness is common for a day or two. HIV Ag/Ab neg today; PrEP
offered, declined for now.
"""),
("2019-07-15", "STI Clinic Nurse Note", """
NURSE VISIT - STI CLINIC
Pt came back unscheduled for "pain in my left butt cheek." Got all 3 Bicillin
doses (6/3, 6/10, 6/17), both buttocks each time. Since the first shot she
has been using a heating pad on both buttocks nightly for the soreness, and she
often falls asleep on it.
L buttock pain began on July 4th, much worse the past week.
Exam: L upper outer buttock - livedo racemosa over ~8x6cm, violaceous plaque
in the middle with a 2cm black eschar. R buttock: mildly tender, skin
intact. T 37.4, BP 150/92
D/w Dr. Lindqvist: ?Nicolau syndrome vs calciphylaxis vs deep soft-tissue
infection. To ED for labs + imaging; derm will see her once admitted.
"""),
("2019-07-22", "Dermatology Inpatient Consult", """
DERMATOLOGY - INPATIENT CONSULT F/U
Path (bx 7/17, L buttock, deep incisional): calcified small subcutaneous
arteries w/ intimal thickening and luminal thrombi; calcium also scattered
through the fat lobules. No foreign material or crystals; GMS and Gram negative.
-> calciphylaxis. Not embolia cutis medicamentosa.
Comment: the L buttock lesion lies where she got her recent penicillin G
shots and where she put the heating pad every night; local injury plausibly
set it off.
Other skin: R buttock intact; abdominal insulin sites without purpura.
Plan: STS with PD team, binder changes per nephrology, no heat to the skin, IM
injections only if essential and never into affected areas. BMI 40.6.
"""),
]}

A09 = {"patient_id": "A09", "age": 66, "sex": "M", "notes": [
("2020-10-05", "HIV Clinic Nurse Vaccine Visit", """
HIV CLINIC - NURSE VACCINE VISIT
66M, HIV on DTG + RPV, VL <20. ESRD; dialysis M/W/F, access = R forearm fistula
-> no BP cuffs, sticks or injections on the R arm.
T2DM, glargine 24u (injects into abdomen).
Given today, both in the L arm:
 - influenza, high-dose, 0.7mL IM, L upper arm
 - Shingrix #1, 0.5mL IM, L upper arm, an inch lower than the flu jab
Lot numbers in MAR, VIS sheets given. Waited 15 min in the lobby - fine.
BP144/80 P74 36.6C 90.3kg BMI 29.9 - overweight range
Next: Shingrix #2 in 2-6 months; pneumococcal due -> next visit.
Skin check: no open areas. Feet: intact, monofilament ok.
"""),
("2020-11-16", "Nephrology HD Unit Note", """
NEPHROLOGY - HD UNIT NOTE
66M on HD, HIV (suppressed), DM2 on insulin.
S: for 10 days an exquisitely sore purple patch behind the R upper arm,
above the fistula; "like somebody burned me." Cannot remember hurting it.
O: pre-HD BP158/84, UF goal 3L. Posterior R upper arm: firm violaceous
5x4cm plaque, retiform edge, small black centre. Fistula thrill and bruit
present, no arm swelling, no redness along the access. L arm normal.
Ca9.4 P7.9 PTH1510 alb3.2
A: concern for calciphylaxis vs access-related ischemia (steal) - radial pulse
and cap refill normal, steal unlikely.
P: urgent derm; vascular access team aware; binder dose up; cinacalcet.
"""),
("2020-11-25", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION
Punch bx 11/18 from the plaque behind the R upper arm: subcutaneous
arterioles, media calcified, small thrombi, necrotic fat; calcium stain
positive. Dx: calciphylaxis, R upper arm.
Hx reviewed w/ pt and HIV clinic records: both recent vaccines (influenza and
Shingrix on 10/5) went into the L upper arm, which is clear; no injections,
lines or injury to the R arm (fistula arm).
Exam: posterior R upper arm - 6x4cm plaque, 2cm eschar has formed; no
lesions on the L arm, abdominal insulin sites or legs.
Plan: thiosulfate 25g IV at each dialysis; wound care; pain mgmt;
reassess in 2 wk. BMI 29.9.
"""),
]}

A10 = {"patient_id": "A10", "age": 71, "sex": "F", "notes": [
("2022-03-01", "HIV Clinic Follow-up", """
HIV CLINIC - FOLLOW UP
71F, HIV since 1996, on BIC/FTC/TAF, VL <20, CD4 610. CKD 3a (eGFR 52,
stable), so never dialysed. HbA1c 5.4, no diabetes. On warfarin for AF,
6 years now.
Obesity - BMI 34.0 today (88.6kg).
New: painful purplish patch on the R outer thigh since Valentine's Day.
No knocks, no shots, no heat applied there, she says.
Exam: R lateral thigh - tender violaceous retiform patch 4x3cm, livedo at the
margins, no eschar. Pedal pulses 1+.
A/P: retiform purpura; older woman, obese, anticoagulated with warfarin ->
?non-uremic calciphylaxis vs warfarin skin necrosis (improbable after 6 yrs) vs
vasculitis. Derm saw her today and did a punch bx. CBC, coags, Ca/Phos/PTH,
cryoglobulins, ANCA sent.
"""),
("2022-03-10", "Emergency Department Note", """
ED PROVIDER NOTE
Chief complaint: fell
71yo woman on warfarin, slipped on wet leaves in the HIV clinic car park
yesterday (3/9/22), landed hard on the R. Denies syncope or striking her head.
R hip and thigh pain.
Exam: large bruise over the R lateral hip extending down the R lateral thigh,
around a pre-existing purpuric plaque (per pt there since mid-Feb; derm bx
3/1). Hip ROM full, bears weight.
INR 3.1. Plain films of R hip + femur negative for fracture.
Imp: contusion R hip/thigh after mechanical fall; INR above range.
Plan: hold warfarin tonight, ice 20 min tid x 2 days, f/u PCP and
derm as planned.
"""),
("2022-03-17", "Dermatology Biopsy Result Visit", """
DERMATOLOGY - BX RESULT VISIT
Bx 3/1/22, R lateral thigh: calcified, thrombosed vessels (small, within
the subcutis), necrotic fat; vK stain +; vasculitis absent.
Dx: calciphylaxis, non-uremic type (CKD 3a, warfarin, obesity, female sex).
Interval: fell 3/9 onto R side - bruising now yellow-green over the R
hip/thigh; the plaque predates the fall by about 3 weeks and has grown to
6x4cm, with an eschar (1cm) that is new.
Plan: warfarin -> apixaban (cardiology agrees), thiosulfate IV thrice weekly,
infusion centre; wound care; weight management referral. RTC 2 wk.
BMI 33.8.
"""),
]}

A11 = {"patient_id": "A11", "age": 54, "sex": "M", "notes": [
("2025-01-13", "HIV Clinic LAI Injection Visit", """
LAI INJECTION VISIT (CAB/RPV every 2 months, dose #12)
54M, HIV on LA CAB/RPV since 2023, VL <20 x6, CD4 489. ESRD; dialyses Mon, Wed
and Fri on a tunnelled neck line (R IJ) while his new L arm fistula develops.
T2DM, insulin, which he injects in both upper arms. BMI in the 40s.
Injections today: CAB 600mg IM R gluteal, RPV 900mg IM L gluteal, 1.5"
needles. Mild soreness after the last doses x1 day; prior sites without
nodules.
BP138/76 P86 134.5kg BMI 42.8
Skin: pt asked about itch under the pannus - mild intertrigo, no breakdown;
nystatin powder.
Next dose due 3/10/25.
"""),
("2025-02-24", "Wound Care Clinic New Patient", """
WOUND CLINIC - first visit
Sent by nephrology. Punch bx 2/18: calciphylaxis.
He first saw a purple, painful spot on the R lower pannus in early February;
it went black within 10 days. Never injects there (insulin only in his arms);
denies heat, injury or a tight belt.
Wound: R lower abdominal pannus 10x6cm, 80% black eschar, 20% slough,
retiform purpura around it; bx site at the superior edge w/ 1 suture.
Procedure: loose slough trimmed at the lateral edge (conservative sharp
debridement), 2 cm2; pressure for hemostasis.
Dressing: cadexomer iodine + ABD pad, paper tape. Pannus supported with a sling.
Plan: weekly visits; STS at HD per nephrology.
"""),
("2025-03-10", "HIV Clinic LAI Injection Visit", """
LAI VISIT (CAB/RPV dose #13)
Calciphylaxis of the pannus (bx 2/18), followed at the wound clinic.
Both buttocks examined before dosing: no nodules, no purpura, skin intact.
Given: CAB 600mg IM L gluteal; RPV 900mg IM R gluteal.
Pt asked if the shots caused the belly wound - explained they go into the
buttock muscles, nowhere near the pannus, and that his kidneys and calcium
balance are the main drivers.
Pain: oxycodone per palliative team. VL 2/10 <20.
BP130/72, 133.0kg, BMI 42.4
Next dose 5/12/25.
"""),
("2025-03-24", "Nephrology Progress Note", """
NEPHROLOGY CLINIC
Calciphylaxis, R lower pannus (onset early Feb 2025, bx-proven 2/18).
Risk: dialysis-dependent ESRD, insulin-treated DM, obesity (BMI 42.1 today),
Ca-based binder (now stopped), PTH 1280.
thiosulfate 25g with each dialysis since 2/20; cinacalcet 60mg.
Wound: eschar softening; weekly debridement at wound clinic.
He still denies any earlier knock or pressure to that area.
LA CAB/RPV continues (gluteal, no skin changes there).
Plan: parathyroidectomy referral if PTH stays >1000; nutrition consult;
keep HD 4h x3/wk.
Mood low since the diagnosis; social work to meet him chairside. A home nurse
changes the dressing on days he is not at the wound clinic.
"""),
]}

A12 = {"patient_id": "A12", "age": 47, "sex": "M", "notes": [
("2023-06-05", "PrEP Clinic New Start Evaluation", """
PrEP CLINIC - NEW START EVAL
47M, MSM, HIV-neg (Ag/Ab + RNA neg 6/5). ESRD, HD Tu/Th/Sa. Prediabetic,
A1c 6.1, managing with diet. Obesity (BMI 31.5). No anticoagulation.
Oral TDF/FTC and TAF/FTC unsuitable w/ ESRD -> plan CAB-LA PrEP (600mg IM
gluteal) at the next visit once insurance approves.
STI screen: 3-site GC/CT NAAT, RPR sent.
Skin: pt mentions sore "purple blotches" on both calves, there 3 wks; says
renal already referred him to derm, appt 6/9.
Counselled re CAB-LA: injection reactions common; long tail after stopping.
RTC 2 wk.
"""),
("2023-06-14", "Dermatology Consult", """
DERMATOLOGY NOTE
Bx 6/9 (L posterior calf, punch): calcified arterioles, clot, necrotic fat;
calcium stain +. Dx: calciphylaxis.
Exam: both posterior calves show livedo racemosa and 3 shallow ulcers (L 2.5cm,
L 1cm, R 2cm), two w/ eschar.
Hx: pt firmly denies any injury or bites to the legs, and any shots, heat or
cold there; never wears compression; doesn't sit cross-legged.
Counselling: keep the legs away from any heat source (electric pad, hot-water
bottle) and from ice; avoid tight socks.
Plan: thiosulfate at dialysis; wound care; if he is ever admitted, no SC
heparin or enoxaparin given in the legs.
"""),
("2023-06-26", "PrEP Clinic Follow-up", """
PrEP F/U
Derm dx'd calciphylaxis of the calves (both) on 6/14, bx 6/9. Pain limiting
walking.
CAB-LA PrEP: insurance approved; first injection was planned for today but
deferred after talking w/ nephrology and derm (new calciphylaxis, avoid new IM
injections for now). Will revisit in 4-6 wk; if started, gluteal only,
never legs.
Interim: condoms; doxy-PEP discussed, pt keen, doxycycline 200mg x1 after
sex prescribed.
GC/CT neg at all sites, RPR NR.
He is frustrated by the delay but follows the reasoning. HBV immune (anti-HBs
88).
BP146/88, BMI 31.5
"""),
]}

A13 = {"patient_id": "A13", "age": 59, "sex": "F", "notes": [
("2025-09-22", "PrEP Clinic Lenacapavir Start", """
PrEP CLINIC - LENACAPAVIR START
59F, HIV-neg (Ag/Ab and RNA neg today); partner living with HIV, not yet
suppressed. CKD 5 / ESRD, eGFR 9 - has chosen not to dialyse (conservative
care pathway). T2DM on linagliptin. Obese (BMI 38.2).
Given: lenacapavir 927mg SC = two 1.5mL injections into the periumbilical
abdomen, one L and one R, ~5cm from the navel. Oral lenacapavir 600mg
today and tomorrow.
Reviewed: knots under the skin at the injection sites are expected and may
last for months.
Next SC dose in 6 months (Mar 2026). STI screen negative.
BP152/90 P77 96.4kg
"""),
("2025-11-17", "Nephrology Conservative Kidney Care Clinic", """
NEPHROLOGY - CONSERVATIVE KIDNEY CARE CLINIC
59F, ESRD managed without dialysis by choice, T2DM, obesity.
New: a hard, sore patch on her R side, started "about 4 weeks ago," now dark.
Exam: R flank, posterior axillary line between the lowest rib and the top of
the pelvis: indurated 7x5cm plaque, retiform purpura, 1cm eschar.
Abdomen: two small firm SC nodules either side of the umbilicus (PrEP
injection sites), skin over them normal colour, nontender.
K5.4 Hb9.8 Ca9.1 P6.6 PTH690
Imp: ?calciphylaxis. Derm bx arranged.
Dialysis option revisited; she still declines.
"""),
("2025-11-26", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx 11/19, R flank: thrombosed, calcified arterioles within the fat, with
surrounding fat necrosis; calcium stain +. Dx: calciphylaxis.
Exam: R flank plaque now 8x5cm, eschar present. It is lateral and posterior
to, and separate from, the abdominal lenacapavir sites; those two nodules
are intact and not purpuric. No trauma to the flank reported; she sleeps on
her back.
Plan: IV thiosulfate 3x/wk, infusion centre (no HD access), stop calcium
carbonate, wound care, palliative input for pain. Next lenacapavir dose can
go ahead in the abdomen as planned. BMI 37.9.
"""),
]}

A14 = {"patient_id": "A14", "age": 50, "sex": "M", "notes": [
("2024-04-08", "HIV Clinic LAI Injection Visit", """
LAI VISIT - CAB/RPV (every 2 months)
50M, HIV on LA CAB/RPV since 8/2022, ESRD on PD, VTE 2021 on warfarin
(indefinite), no diabetes.
S: tender lump in the L buttock at the 2/5 injection site, growing x 1 mo.
O: T 37.8. L upper outer buttock 3cm fluctuant, warm, tender nodule; no
necrosis, no purpura.
A: injection-site abscess, L buttock (prior RPV site).
P: bedside I&D by Dr. Osei: 1.5cm incision, 4mL thick pus, packed; cx sent;
doxycycline x 7 d. Today's CAB/RPV both given in the R gluteal.
INR 2.6. BP126/74 P92 82.0kg BMI 28.4
"""),
("2024-05-13", "Dermatology Consult", """
DERMATOLOGY
Reason: painful lesions of the inner thighs.
Hx: since mid-April, exquisitely painful purple plaques, inner aspect of
both thighs, now ulcerating. On PD and warfarin; PTH 1020.
Bx 5/6, L medial thigh: calciphylaxis (calcified vessel walls, thrombi,
calcium stain +).
Exam: medial thighs bilaterally - L 8x5cm, R 5x4cm areas of retiform purpura
each with a central eschar. L buttock: healed I&D scar; cx grew MSSA - that
was an injection-site abscess, not calciphylaxis. No injections or injury to
the thighs.
Diagnosis: calciphylaxis, medial thighs L > R.
Plan: STS, switch warfarin, wound care.
"""),
("2024-05-20", "Nephrology PD Clinic", """
PD CLINIC - NEPHROLOGY
Medial-thigh calciphylaxis, bilateral (derm 5/13, bx 5/6).
PD: CAPD, four 2L exchanges, UF ~900mL, peritonitis-free. Kt/V 1.8.
Changes: warfarin stopped 5/15 -> apixaban 5mg BID (VTE); calcium acetate
stopped; lanthanum 1g with meals; cinacalcet 30.
Thiosulfate 25g IV x3/wk in the infusion suite.
Wound: both thighs dressed daily by partner; pain 6/10.
HIV: LA CAB/RPV continues in the R gluteal while the L side heals.
Effluent clear; exit site clean without crusting. Dietitian went through hidden
phosphate in processed food.
BP132/80, 81.3kg, BMI 28.1
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]
