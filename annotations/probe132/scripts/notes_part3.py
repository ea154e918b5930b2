"""probe132 corpus notes, U15-U20 (PT/OT, physiatry and the clinics around them; all invented)."""

U15 = {"patient_id": "U15", "age": 66, "sex": "M", "notes": [
("2024-01-16", "Outpatient PT Initial Evaluation", """
PT INITIAL EVALUATION    1/16/2024    Oakhurst Outpatient Rehab
Dx: L calf cramping, gait instability

S: 66 yo M w/ nightly L calf cramps; he has been wrapping a heating pad around his L calf
every night since Thanksgiving "on high, nothing else helps". Falls: none.
PMH: CKD stage 4 (pre-dialysis, nephrology follows, eGFR 19), T2DM on glipizide,
HTN, gout. No blood thinners.

O: Wt 97.5kg, ht 176.5cm, BMI 31.3.
L posterior calf: reticulated brownish-purple net pattern ~15 x 10 cm w/ two firm, very
tender subcutaneous nodules (1.5 cm, 2 cm) in the mid calf. No open skin. R calf normal.
Calf girth equal. Homans not used; no signs of DVT per pt's recent US (12/2023).
MMT: PF 4/5 bil (pain L), DF 5/5. SLS L 4 s, R 9 s.

A: Balance deficits; skin changes L calf of unclear cause in a pt w/ CKD 4 - medical eval
needed before any modality or soft tissue work there.

P: Stop heating pad (educated). Message PCP w/ photo (consent). Balance/strength 1x/wk x 6.
97162.
"""),
("2024-01-30", "Dermatology Consult", """
DERMATOLOGY - NEW PATIENT  01/30/24

66M, CKD4, no dialysis yet, DM2 (glipizide), referred for L calf rash + painful nodules
after months of nightly heating pad use.

Exam: L posterior calf reticulated hyperpigmented/violaceous network (erythema ab igne
pattern) w/ two firm, tender subcut nodules, one w/ a faint dusky center. No ulceration.
Wt 97 kg, BMI 31.2.

Assessment: EAI (erythema ab igne) plus a panniculitis, or early calciphylaxis - cannot
tell clinically. Possible calciphylaxis given advanced CKD.

Plan: 4mm punch of the dusky nodule today; labs (Ca, phos, PTH); no heat.
"""),
("2024-02-20", "Dermatology Telephone Note", """
Derm phone f/u 2024-02-20

Bx result reviewed w/ pt: superficial dermis w/ pigment incontinence only; subcutis not
sampled - nondiagnostic for calciphylaxis. Cannot exclude calciphylaxis.
Recommended deep incisional biopsy of a nodule; pt declines ("the last one hurt for a
week"). Nodules "about the same", skin not open.
Pt relocating to his daughter's home in Tennessee next week. Records release signed; advised to see
derm + nephrology there promptly and to keep all heat off the leg.
Possible calciphylaxis, unconfirmed. Discharged from our clinic.
"""),
]}

U16 = {"patient_id": "U16", "age": 77, "sex": "F", "notes": [
("2017-11-28", "Inpatient Rehab OT/PT Co-Treat Note", """
Co-tx OT/PT   11/28/17   Acute rehab, bed 9

S: Pt c/o R heel pain 7/10, "it throbs at night". Family reports she keeps both heels pushed
into the footboard when lying in bed.
PMH: ESRD on dialysis (Tue-Thu-Sat chair), insulin-treated T2DM, PAD (L femoropopliteal bypass 2015), CVA 2017 (L hemipar.)

O: R posterior heel: 2 cm dark purple-black area, dry, w/ violet rim; L heel intact.
Wt 55.7 kg, BMI 23.4.
Bed mob mod A. Sit<>stand mod A x2 w/ RW. W/c level: propels w/ R UE/LE 50 ft.
ADL: UB dressing min A, LB dressing max A.

A: Heel lesion limiting WB on the R foot during standing; pressure from bed footboard noted.

P: Heel protector boots bil in bed, footboard padded, turning q2h per RN. Wound consult
requested. Cont OT/PT BID, WB as tolerated w/ cushioned shoe. 60 min co-treat.
"""),
("2017-12-05", "Wound Care Consult", """
WOUND CARE CONSULT - R HEEL   12/05/2017

77F, HD, DM on insulin, severe PAD. R posterior heel: 2.5cm dry, black, stable eschar, violaceous
retiform rim, livedo on R lateral foot. Very painful. L heel intact in boot.
ABI not compressible; TBI R 0.28.

Impression: unstageable pressure injury R heel vs arterial ulcer vs calciphylaxis
(retiform rim, HD, pain out of proportion). Cannot exclude calciphylaxis.
Heel biopsy not advised given ischemia (vascular agrees).

Plan: eschar left alone (stable, dry); paint w/ povidone-iodine once daily, offload in boots; vascular eval for
angiography; nephrology aware of ?calciphylaxis.
"""),
("2018-01-09", "Physiatry Discharge Summary", """
PM&R DISCHARGE SUMMARY - Acute Inpatient Rehab
Admit 11/20/2017  Discharge 01/09/2018

77 yo F w/ L-sided weakness from R MCA infarct; ESRD/HD; DM requiring insulin; PAD.
Course complicated by R heel eschar; differential throughout stayed arterial ulcer / pressure
injury / calciphylaxis; no biopsy ever done, no final diagnosis. Angiogram deferred by family.
Nephrology started empiric sodium thiosulfate with HD 2017-12-12 for possible calciphylaxis;
eschar stable at d/c.

Function at discharge: min A for transfers, w/c mod I on unit, ambulation 25 ft w/ hemi-walker
mod A. LB dressing mod A.
BMI 23.4.

D/c to Linden Court SNF (outside our system) for ongoing PT/OT, HD at their affiliated unit.
"""),
]}

U17 = {"patient_id": "U17", "age": 70, "sex": "M", "notes": [
("2025-08-12", "OT Wheelchair Seating Evaluation", """
SEATING & MOBILITY CLINIC - OT EVAL   08/12/2025

70 yo M, PD (CAPD), AF on warfarin, severe OA hips/knees, no diabetes. Uses manual w/c
with a 2-point lap belt, fastened snug across the lower abdomen "since spring" because he
slides forward.

Posture: posterior pelvic tilt, sacral sitting, belt riding high over lower abd.
Skin check: lower abdomen just under the belt line, a mottled lacy purple patch ~10 x 3 cm,
tender, w/ a firm 2 cm nodule on the L; no open area. Buttocks/sacrum intact.
Wt 80.1 kg, BMI 26.0.

Assessment: poor pelvic positioning; belt now sitting over the abdomen and PD catheter area.
Abdominal skin finding unexplained - flagged to PD nurse.

Plan: trial sub-ASIS bar/4-point belt, anti-thrust cushion, tilt-in-space w/c quote.
"""),
("2025-08-19", "PD Clinic Note", """
Peritoneal dialysis clinic 8/19/25

Pt seen w/ daughter. OT (seating clinic) flagged a tender mottled patch + nodule on the
lower abdomen under the w/c lap belt. Pt says it aches when the belt is done up, otherwise
"just sore". Exchanges going fine, no cloudy effluent.
Exam: BP 132/70. Lower abd: 11 x 3 cm livedoid band with a 2.5 cm firm, sore nodule at the
L lower quadrant, not ulcerated. Catheter exit site fine. INR 2.4.
Impression: worried about early calciphylaxis (on PD and warfarin) vs pressure-related
livedo vs panniculitis. Not diagnosed - needs tissue.
Plan: derm referral for biopsy placed; loosen belt/positioning per OT; review warfarin w/
cardiology; Ca, phos, PTH today.
"""),
("2025-09-03", "Palliative Care Note", """
Palliative care consult - 9/3/2025

70M on CAPD with progressive frailty, 7 kg wt loss since June; wants to focus on comfort.
Now sleeps much of the day and takes little food. Pain mainly hips/knees and the lower belly patch.
After a long talk w/ pt and daughter: he will stop peritoneal dialysis and go onto hospice
at home. He declined the skin biopsy - "I don't need to know what it is". Derm appt
cancelled at his request.
Abdominal lesion: suspected calciphylaxis, never biopsied or confirmed; comfort measures
only.
Warfarin stopped today. BMI 26.0 from last clinic weight.
Plan: home hospice referral, oxycodone liquid low dose, bowel regimen; OT to leave the lap
belt loose for comfort; chaplain visit offered.
"""),
]}

U18 = {"patient_id": "U18", "age": 55, "sex": "F", "notes": [
("2021-05-11", "Outpatient PT Note - Compression Fitting", """
PT - edema / compression   5/11/21

55 yo F on PD, referred for BLE edema and painful ankle sores. Sores came first (x ~2 mo),
before any compression. Obese, BMI 32.5 (wt 86 kg). No DM. Never on warfarin.

Skin: bilat medial malleoli - small punched-out ulcers 0.5-0.8 cm w/ surrounding white
starburst scars and purple dots; very painful. Lower legs 2+ pitting edema.
Girths (cm, 10 cm above med mall): R 31.5, L 32.

Fitted knee-high 15-20 mmHg stockings today, padding over the malleolar sores.
Ther ex: ankle pumps, seated heel raises, walking program.

A: Edema mgmt started; ulcers appear atypical - messaged PD doctor.
P: 1x/wk x 4.
"""),
("2021-05-25", "Nephrology / PD Clinic Note", """
PD clinic 5/25/21

S: 55F on CCPD x 4 yrs. Ankle sores very painful, worse at night, stockings feel tight.
PT messaged us on 5/11.
O: BP 138/82, weight 86 kg, BMI 32.5. Both inner ankles: several small shallow ulcers with
purple stippling and pale scarring around them; mild livedo up the shins.
Labs: calcium 9.1 mg/dL / phosphorus 5.2 / iPTH 310.
A: painful bilateral ankle ulcers w/ livedo - ?calciphylaxis in a PD pt, though the
distribution is unusual for it.
P: biopsy via derm (referral sent); hold the stockings until then; continue current PD Rx and
sevelamer; acetaminophen for pain.
"""),
("2021-06-08", "Dermatology Note", """
Dermatology  6/8/2021

55F on PD, referred by nephrology for painful ulcers at both ankles (since about March).

Bx of L medial ankle ulcer edge (5/28): hyalinized, thrombosed dermal vessels, no vessel
calcification on von Kossa, no vasculitis.
Exam today: bilat medial malleoli w/ 3-4 small ulcers each, porcelain-white stellate scars,
dotted purpura; no retiform plaques, no nodules elsewhere.

Dx: livedoid vasculopathy. Calciphylaxis excluded - no calcium in vessels, and the pattern
(atrophie blanche, ankles) fits livedoid vasculopathy.

Plan: start low-dose aspirin + pentoxifylline after nephrology review; light compression may
resume; wound care. Obesity counselling. BMI 32.5. RTC 8 wks.
"""),
]}

U19 = {"patient_id": "U19", "age": 45, "sex": "F", "notes": [
("2026-03-03", "Outpatient PT Initial Evaluation", """
PT INITIAL EVAL  03/03/2026  Dx: mechanical LBP

S: 45 yo F, LBP after moving house 3 wks ago. PMH: CKD 3b (IgA nephropathy, not on
dialysis), T1DM on insulin pump, HTN, obesity. No anticoagulation.
FHx: Mom was on dialysis 11 yrs; calciphylaxis was what killed her (2019). Pt very anxious about heat on
her back; asked that we skip hot packs.

O: BMI 29.6 (wt 79.4 kg, ht 163.8 cm). Lumbar flex 60%, ext 50% w/ pain at end range.
Neuro screen neg. Skin of back, abdomen and legs intact; pump site L upper abdomen clean.

A: Mechanical LBP, good prognosis. No skin concerns.

P: 2x/wk x 4 wks, manual + ther ex, no thermal modalities per pt preference. HEP.
97161, 97140, 97110.
"""),
("2026-03-24", "Nephrology Clinic Note", """
Nephrology clinic 24-Mar-2026

45F, CKD 3b (eGFR 38) from IgA nephropathy, T1DM on pump, HTN, obesity. Back pain
improving with PT. Asks about her risk of calciphylaxis because of her mother, who developed
it years into hemodialysis.
Explained it is rare before dialysis and that her mineral labs are good; reviewed Ca/phos
(9.3/4.0), PTH 96. Counselled that if she ever reaches dialysis we would watch her skin
closely.
Skin exam: no purpura, nodules or ulcers on trunk or legs. No calciphylaxis.
Plan: ACEi, BP target < 130/80, pump per endocrine, RTC 6 mo. BMI 29.6.
"""),
]}

U20 = {"patient_id": "U20", "age": 59, "sex": "M", "notes": [
("2018-06-12", "Physiatry Outpatient Consult", """
PM&R OUTPATIENT CONSULT  June 12, 2018
Reason: bilat knee OA, functional decline

59 yo M, ESRD on HD since 2016 (MWF), T2DM diet-controlled, HTN. No warfarin.
Wt 85 kg, BMI 27.0.

Knees: crepitus bil, ROM 0-115, mild effusion L. Quad 4/5. Gait slow, no AD.
Skin BLE and trunk intact, no purpura/nodules; nothing to suggest calciphylaxis.

Plan: PT 2x/wk x 6 wks - quad/hip strengthening, aquatic therapy if available.
Counselled pt and PT: because dialysis patients are at risk of calciphylaxis, avoid hot
packs, heating pads and prolonged ice on the thighs and legs; call promptly about any dark,
painful patch of skin. Topical diclofenac PRN.
"""),
("2018-07-10", "Outpatient PT Daily Note", """
PT note 7/10/18 visit 7

S: Knees "better on stairs". Pain 2/10. Came straight from his Tues HD makeup session,
a little tired.
O: Leg press 3x10 @ 40 kg, step-ups 6" 2x10, TKE w/ blue band, bike 10 min. Gait normal
speed, no AD. Quad MMT 4+/5 bil. 30 s chair stand: 12 reps (was 8 at eval).
No hot/cold modalities per physiatry (calciphylaxis risk in HD). Skin of both legs checked
at end of session: intact.
A: Pt tol tx well, progressing toward goals; fatigue after dialysis noted.
P: Cont POC, HEP updated (wall sits, step-ups at home). 45 min ther ex. 4 visits left.
"""),
]}

PATIENTS = [U15, U16, U17, U18, U19, U20]
