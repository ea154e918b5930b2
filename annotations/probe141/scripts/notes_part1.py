"""probe141 corpus notes, C01-C07 (pain medicine, anaesthesia and the clinics around them; all invented)."""

C01 = {"patient_id": "C01", "age": 66, "sex": "F", "notes": [
("2019-03-12", "Pain Clinic Procedure Note", """
PAIN MANAGEMENT CENTER - PROCEDURE NOTE
Harrowgate Spine & Pain, Suite 210              DOS: 03/12/2019
Attending: R. Okonkwo-Vale MD

Procedure: Trigger point injections x3, L gluteus medius / upper gluteal region (CPT 20553)

Indication: 66 yo F w/ chronic L buttock + lateral hip pain, myofascial; taut bands w/
referred pain reproduced on palpation. Failed 8 wks of PT, could not tolerate heat.
PMH: ESRD, dialyzes Tue/Thu/Sat (last run yesterday); DM2 on insulin glargine + lispro; HTN.
Not anticoagulated, never been on warfarin. ASA 81 continued (low bleeding risk).
VS: BP 148/82, P 78, sat 97% on room air. Weight 88.0 kg (BMI 33.8)

Consent obtained after reviewing bleeding, infection, post-injection soreness and
flare. Time-out completed with the RN; chlorhexidine prep x2, allowed to dry.
Three points marked over the L upper outer gluteal region; 25g 1.5" needle, 2 mL of
bupivacaine 0.25% (no steroid) per point after neg aspiration. Local twitch elicited at
2 of 3 points. Bandaids applied. EBL nil, no complications, pt tol well.

Post-procedure NRS 7/10 -> 3/10 at 15 min.
Plan: home stretching program, f/u 4-6 wks; may repeat TPIs no sooner than 8 wks.
"""),
("2019-04-09", "Nephrology HD Rounding Note", """
HD ROUNDS - Larchmont Dialysis Unit, chair 14
4/9/19

66F, ESRD from diabetic kidney disease, runs TTS through a R brachiocephalic AVF.
Subj: severe L buttock pain, "like a burn under the skin". Noticed a hard dark patch there
~2 wks ago. Pain 9/10, worse sitting in the chair; has signed off early twice this wk.
Obj: pre-run BP 162/88, 1.4 kg over her EDW of 86.5.
Skin: over the L upper-outer buttock a firm plum-coloured plaque, approx 6x4 cm, stellate
dusky centre, livedoid rim, exquisitely tender. Sacrum and R buttock intact.
Labs (drawn 4/2): iPTH 812 H | Phos 7.4 H | Ca 9.6 (corr 10.2) | Alb 3.3 L | Hgb 10.1 L
Meds: PhosLo 2 caps w/ meals; calcitriol 0.5 mcg TIW with runs; Lantus 18 u
at night plus Humalog by scale; amlodipine, gabapentin 100 mg after runs.
Assessment/plan:
- Painful retiform plaque, L buttock: calciphylaxis is my main worry. Asking derm to
  biopsy this week. PhosLo off, sevelamer on; calcitriol held; cinacalcet 30 daily.
- Runs extended to 4.5 h; dietitian to review phos.
- Will call pain clinic - she had injections into that buttock last month.
"""),
("2019-04-30", "Pain Clinic Follow-up", """
PAIN MANAGEMENT CENTER - FOLLOW UP                04/30/2019
Harrowgate Spine & Pain

Interval hx: seen 3/12/19 for L gluteal TPIs. Dr. Ilves (derm) took a punch specimen from the
buttock plaque on 4/17; pathology describes mural Ca++ in tiny hypodermal
vessels, clot in several, and dead fat - read as calciphylaxis. Thiosulfate has been
given on her HD days since 4/20.
The ulcerating plaque lies precisely over the three TPI points I placed in March. I think
the needling acted as the local trigger here (Koebner-type). Reviewed w/ pt and her
husband; upset but understanding, questions answered.

Pain 8/10 constant, burning, allodynia around the wound. PEG 8/8/9.
Exam: L upper outer buttock eschar 5.5x4 cm, violaceous margin, no cellulitis.
BMI today 33.1. PDMP reviewed - no other prescribers.

Plan:
- No further TPIs or any needling of the buttocks or thighs.
- Hydromorphone 1 mg PO as needed, no more than 4 tabs daily (chosen over morphine
  because of ESRD), bowel regimen.
- Gabapentin stays 100 mg post-HD; lidocaine 5% ointment to intact periwound skin.
- Palliative care co-management offered, pt agrees.
RTC 3 wks.
"""),
]}

C02 = {"patient_id": "C02", "age": 58, "sex": "M", "notes": [
("2023-03-07", "Pain Medicine New Patient Consult", """
PAIN MEDICINE CONSULTATION
Referring: Dr. T. Marchetti (nephrology)          Date of service 2023-03-07

CC: bilateral calf pain + cramps, worse on dialysis days
HPI: 58 y/o M with IgA nephropathy -> ESRD, in-centre HD (first shift, MWF) x 6 yrs,
paroxysmal AF on warfarin; sent for intractable intradialytic leg cramps and burning feet. Since last fall
he wraps an electric heating pad around both calves every night "on high" and usually falls
asleep with it on. Since early February painful purple spots on both calves, posteriorly,
a few gone black centrally. He says he never fell or hurt his legs. No diabetes. Never smoker.
Meds: Coumadin 5 mg (last INR 2.6), metoprolol 25 BID, sevelamer, cinacalcet 30.
Exam: BP 132/76, HR 66 irreg. BMI=27.4
Bilat posterior calves: reticulated brown net (erythema ab igne pattern) with 3 tender
stellate purpuric plaques - one right (3x2 cm), two left (4x3 and 1.5 cm) - each with a
black eschar.
DP pulses 1+ bilat.
Impression: these look concerning for calciphylaxis rather than a simple heat burn.
Plan: STOP the heating pad now. Same-week derm (called Dr. Vasquez-Ormond). No nerve blocks
for now. Pre-HD calf stretching. F/u after derm.
"""),
("2023-03-15", "Dermatology Consult", """
DERMATOLOGY - NEW CONSULT  03/15/2023
58M ESRD on HD, on warfarin, referred by pain medicine.
Hx: nightly heating pad to both calves since fall 2022; skin lesions appeared early Feb 2023.

Exam: posterior calves bilaterally - erythema ab igne, and on top of it retiform purpura;
plaques R calf 3.2x2 cm and L calf 4x3 cm with adherent eschar, exquisitely tender,
rimmed by livedo. Distribution matches the heating pad contact zone on both legs.
Procedure: 2 deep incisional biopsies taken from the margin of the bigger L calf plaque
(H&E, von Kossa).

A: retiform purpura + eschar on both calves where chronic heat was applied;
calciphylaxis strongly favored over other causes. Warfarin an additional risk factor.
P: path f/u 1 wk. Recommend stopping warfarin (I will call cardiology about apixaban).
Wound clinic referral. No heating devices anywhere on the legs.
"""),
("2023-03-29", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
Date: 3/29/23     Pt: 58 yo M, HD MWF, seen w/ wife

Pathology (3/15 biopsy, L calf): arteriolar calcification in the subcutis with
intimal thickening, thrombi, fat necrosis; a von-Kossa preparation confirms mineral in the
vessel walls. Our diagnosis is therefore calciphylaxis.
Derm and I agree the ulcers on both calves are calciphylaxis that formed exactly where he
wrapped the heating pad night after night.

Plan:
- Sodium thiosulfate 25 grams IV, run in during the last 60 min of every treatment.
- Warfarin stopped 3/20 per cardiology; apixaban 2.5 mg BID instead.
- Binder: sevelamer 1600 mg TID, calcium-free.
- 3/27 labs - PTH 640, phosphorus 6.8, calcium 9.1 -> cinacalcet up to 60 mg daily.
- Pain medicine following (hydromorphone prn, gabapentin 100 mg after HD).
- Wound clinic weekly; keep eschar dry.
Wt 78.3 kg, BMI 27.0. Next visit 4 wks, sooner if fever or spreading redness.
"""),
]}

C03 = {"patient_id": "C03", "age": 79, "sex": "F", "notes": [
("2021-08-24", "Interventional Pain Follow-up", """
INTERVENTIONAL PAIN - FOLLOW-UP VISIT            08/24/2021

79 yo woman, ESRD on nightly CCPD (PD catheter since 2018), osteoporosis, HTN. No DM.
Acute T12 compression fx after lifting a laundry basket in July; MRI 7/30 w/ marrow edema
T12, ~35% height loss, no retropulsion.
Interval: orthotist fitted a TLSO earlier this month (August 2021). Wears it whenever upright,
about 10 h/day. Lower rim sits at her iliac crests and "digs in" on the L when she sits.
Pain 6/10 today (9/10 at the first visit).

Exam: TTP T11-L1 midline, LE neuro intact. Skin under the brace: faint blanching erythema at
the L flank where the shell's lower border rests, intact.
Body mass index: 22.6 kg/m2

A/P: painful osteoporotic T12 fx, improving with bracing.
- Kyphoplasty discussed; pt declines for now.
- Orthotist to add foam padding to the lower L edge.
- Acetaminophen 650 q6h prn; tramadol avoided (PD, seizure risk); no NSAIDs.
- Bone health to endocrinology.
RTC 6 wks.
"""),
("2021-11-02", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC - monthly visit
11/02/2021     RN: Grete P.    MD: Dr. Lindqvist-Amaro

79F on CCPD, 5 cycler exchanges/night, Kt/V 1.9 (Sept). PD exit (R lower abdomen) clean and
dry, no crusting.
New problem: painful dark patch on L flank since October, right where the back brace edge
sits. Stopped wearing the brace bc of the pain. Pain 8/10, not sleeping.
Exam: L flank a hand-breadth above the iliac crest: band-shaped violaceous plaque, 7x3 cm,
firm, 1 cm black area in the middle, net-like livedo around it. No fluctuance.
Labs this month: PTH 455; Ca 10.2; PO4 6.1; albumin 3.0. On calcium carbonate + calcitriol.
Wt 53.9 kg, BMI 22.1

A/P: ?calciphylaxis vs device-related pressure injury (TLSO).
- Urgent derm biopsy requested.
- Calcium carbonate and calcitriol both stopped; sevelamer 800 mg with meals.
- Pain: acetaminophen round the clock; oxycodone 2.5 mg at night if needed.
"""),
("2021-11-16", "Wound Care Clinic Note", """
WOUND CARE CENTER - Visit #1            Nov 16 2021
Referred by nephrology.

Dx: calciphylaxis of the L flank, confirmed on deep punch bx 11/5/21 (derm: calcified
vessels with thrombi, fat necrosis; von Kossa pos).
Hx per pt + daughter: TLSO fitted in August 2021 for T12 fx; she first saw the dark area in
October at the exact spot where the inferior edge of the brace pressed on her L side.

Wound: L flank 7.2x3.1 cm; eschar black over ~80%, the rest pale; scant serous drainage;
periwound violaceous and indurated; no odor. Pain 7/10 while the dressing is changed.
Tx: dry stable eschar left intact; cleanse NS; silicone foam, change q3d.
Offloading: brace permanently d/c'd per spine team. No binders or belts across the flank.
PD exit site care unchanged.
RTC 1 wk.
"""),
]}

C04 = {"patient_id": "C04", "age": 61, "sex": "M", "notes": [
("2018-10-16", "PACU Note", """
PACU - ANESTHESIA HANDOFF / RECOVERY NOTE          2018-10-16  11:55

Procedure: implantation of intrathecal drug delivery system (40 mL pump); catheter via
L2-3 paramedian approach, tip at T10; pump pocket R lower quadrant abdomen through an
8 cm transverse incision. Surgeon: Dr. Abernathy-Cole.
Anesthesia: GA w/ LMA #5, TIVA propofol/remifentanil, cefazolin 3 g pre-incision.
Pt: 61 yo M, end-stage kidney disease, dialyzes MWF 2nd shift (last run 10/15, K 4.6
this am), DM2 on linagliptin (no insulin), OSA on CPAP, FBSS s/p L4-S1 fusion x2. BMI 36.2, obese. ASA IV.

Arrival: drowsy but arousable, airway patent on 4 L NC, SpO2 96%. BP 156/84, HR 72,
RR 14, T 36.4. L arm AVF - no BP cuff/IV on L.
Dressings: lumbar paramedian incision and RLQ pocket incision dry + intact.
Pain NRS 6/10 -> hydromorphone 0.2 mg IV x2 -> 3/10. Ondansetron 4 mg for nausea.
Pump primed with preservative-free hydromorphone, simple continuous 0.4 mg/day.
Aldrete 9 at 12:50. To 23-h obs, CPAP when sleeping, pump interrogation before d/c.
"""),
("2019-01-07", "Nephrology HD Rounding Note", """
HEMODIALYSIS ROUNDS - Pinecrest Kidney Center         01/07/2019

S: severe pain in the lower R abdomen since Christmas Day - began as a tender red spot,
turned purple and hard, now has a black centre. Denies fever/chills. The pump boluses
do nothing for it.
O: BP 170/90. Wt 112.6 kg (EDW 111.0).
R lower quadrant, below the umbilicus: indurated violaceous plaque 6x5 cm; at its centre a
thumbnail-sized black eschar; retiform border; very tender.
Labs 1/2: PO4 8.1 (H) / Ca 9.9 / PTH 1130 (H) / albumin 3.4

A/P: new necrotic plaque RLQ - concern for calciphylaxis (severe SHPT, obesity, hyperphos).
- Derm consult for biopsy.
- Sevelamer 2400 mg TID, start cinacalcet 30 daily, stop calcitriol.
- Pain clinic informed; no change to pump settings today.
"""),
("2019-01-22", "Dermatology Consult", """
DERMATOLOGY CONSULTATION         1/22/19

61M: ESRD (HD), type 2 diabetes, obesity (BMI 36.2).
Exam: RLQ abdominal wall, stellate necrotic plaque 6.5x5 cm, black eschar, violaceous
livedoid border; a well-healed transverse surgical scar runs through its upper
portion. No other lesions on the pannus, thighs or buttocks.
Path (punch bx 1/10/19, plaque edge): medial calcific deposits in hypodermal
arterioles, occlusive thrombi, septal panniculitis - c/w calciphylaxis.

A: biopsy-proven calciphylaxis, R lower abdomen; onset 12/25/2018 per pt.
P: thiosulfate 25 g at each dialysis (nephrology ordering). Leave eschar intact,
calcium alginate at the margins. Hyperbaric oxygen referral. Palliative care for symptom
support. Derm f/u 2 wks.
"""),
]}

C05 = {"patient_id": "C05", "age": 71, "sex": "F", "notes": [
("2025-01-06", "ED Provider Note", """
EMERGENCY DEPARTMENT - PROVIDER NOTE         01/06/2025 16:20

CC: fall
71 yo F on HD M/W/F (Marlow Creek Dialysis). This afternoon, walking to her car after the run,
her feet went out from under her on an icy patch of the unit's lot and she landed on her R
side. No head strike, no LOC. c/o R hip pain, able to bear wt w/ pain. Also scraped R palm.
PMH: ESRD, DM2 on insulin (Lantus 20 units, into the abdomen), HTN, hypothyroid, CAD s/p PCI.
No anticoagulant; ASA 81.
Vitals: BP 158/70, HR 84, RR 16, SpO2 98% RA, T 36.7. BMI 29.9 (overweight)

Exam: R lateral hip with 10x8 cm ecchymosis over the greater trochanter, tender, skin
intact, no deformity, hip ROM full but painful. R palm superficial abrasion, irrigated.
XR R hip + pelvis: no fracture or dislocation.
MDM: R hip contusion after mechanical fall on ice.
Dispo: home with daughter, FWW, acetaminophen 1 g q8h prn (max 3 g), f/u PCP 1 wk.
Return if unable to walk, new numbness or fever.
"""),
("2025-01-21", "Pain Clinic New Patient", """
PAIN CLINIC - NEW PATIENT              Jan 21 2025

Ref by PCP for R lateral hip pain after a fall on 1/6/25 (ED note reviewed; XR neg).
Pain 7/10 at the lateral hip, worse lying on the R side, some radiation down the lateral
thigh toward the knee. Sleeping poorly.
Exam: bruise over R greater trochanter now yellow-green and fading, skin intact, no open
areas. TTP over trochanter; FABER neg, SLR neg, hip IR full and painless.
Assessment: post-traumatic R greater trochanteric pain syndrome / contusion.
Plan:
- Discussed US-guided trochanteric bursa injection; pt prefers to wait until the bruise
  clears - reassess in 3-4 wks.
- PT referral for hip abductor strengthening.
- Acetaminophen scheduled; avoid NSAIDs (ESRD). Duloxetine not appropriate (CrCl < 30).
BMI 29.9. PDMP: no controlled substance fills.
"""),
("2025-02-04", "Dialysis Rounding Note", """
DIALYSIS ROUNDING NOTE - Marlow Creek            2/4/2025

71F, ESRD, dialyzing through a L AVF; DM2 on insulin.
S: the R hip hurts "like a hot coal" - it began about 10 days ago and is now purple and
hard. Could not sit for the full run on Monday.
O: Over the R greater trochanter: dusky purple indurated plaque 8x6 cm, retiform
margins, 2 cm central dark gray patch, extremely tender to light touch. Afebrile.
Labs: iPTH 990; phosphorus 7.9; Ca 9.4; alb 3.1
Meds: calcium acetate, calcitriol 0.75 mcg w/ HD, glargine, levothyroxine.

A/P: rule out calciphylaxis; dermatology to biopsy this week.
- Stop calcium-based binder and calcitriol; start sevelamer.
- Extend HD to 4 h.
- Hydromorphone 0.5 mg orally every 6 hours if needed.
"""),
("2025-02-18", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC                      02/18/2025

Bx result (punch x2, R lateral hip, 2/6/25): widespread calcific change of small hypodermal
vessels, thrombi, necrotic lobules of fat; von Kossa + => calciphylaxis.
Exam: R lateral hip plaque 9x6.5 cm, now with a 3 cm central eschar. No lesions elsewhere
(abdomen including insulin sites, thighs, buttocks and legs checked).
Pt denies any injection, heat or topical product on that area.

A: calciphylaxis of the R hip, biopsy-proven.
P: STS with HD started by nephrology 2/10. Wound care referral. Palliative care offered.
Asked the pain clinic to cancel the trochanteric injection they had discussed - message
sent. RTC 3 wks.
"""),
]}

C06 = {"patient_id": "C06", "age": 54, "sex": "F", "notes": [
("2022-07-05", "Regional Anesthesia / Pain Procedure Note", """
PROCEDURE NOTE - Regional Anesthesia & Pain Clinic        DOS 07/05/2022
Procedure: US-guided L lateral femoral cutaneous nerve block (repeat)
Dx: L meralgia paresthetica (G57.12)

Hx: 54F, CAPD for ESRD; DM2 (glargine); morbid obesity, BMI 41.3.
First L LFCN block 06/2022 gave ~70% relief for 3 wks; burning numbness of the anterolateral
thigh has come back.
Vitals: BP 138/84, HR 80, SpO2 98%. No anticoagulants (ASA only). Fingerstick 188.

Technique: supine; L proximal anterolateral thigh prepped w/ CHG; linear probe just
inferomedial to the ASIS; LFCN seen between sartorius and TFL. 22G 50 mm needle
in-plane, 4 mL ropivacaine 0.2% + triamcinolone 20 mg (reduced dose for DM) after neg
aspiration. Skin entry ~3 cm below the ASIS. Small bandage.
No paresthesia, no complications.
Post: numb in the LFCN distribution, pain 6 -> 1/10.
Plan: check sugars x 72 h (steroid); f/u 6 wks; if it recurs, consider pulsed RF.
"""),
("2022-08-02", "PD Clinic Note", """
PD CLINIC - Westbury Home Dialysis          8/2/22

54F on CAPD (four 2-L bags, icodextrin for the long dwell). Exit site L lower abd: healthy,
no tenderness.
Problem: exquisitely painful, hard, purple area on her L anterior
thigh, first appeared 7/19/22, slowly enlarging; black spot in the center for 1 wk.
Denies fall or bug bite.
Exam: L proximal anterolateral thigh: 5x4-cm plaque, violaceous, indurated, net-like
border, 1x1 cm central black eschar. Pannus and R thigh normal.
Labs: iPTH 520 - Phos 6.9 - corrected Ca 9.8 - Alb 2.9
BMI 41.0

A: concern for calciphylaxis (PD, DM, obesity, low albumin).
P: derm for biopsy asap. Calcium carbonate -> sevelamer. Calcitriol cut to 0.25 mcg.
Pain team made aware.
"""),
("2022-08-16", "Pain Clinic Follow-up", """
PAIN CLINIC FOLLOW-UP                08/16/2022

Derm biopsy 8/9/22 came back as calciphylaxis (calcified, clotted arterioles in the
subcutaneous fat, fat necrosis).
The plaque is centered on exactly the spot where I did both L LFCN blocks (June and 7/5),
i.e. the needle entry below the ASIS. A pathergy / Koebner-type trigger is likely.
Discussed openly with the pt; documented per risk management.

Pain 9/10 burning at the lesion, poor sleep, mood low.
Plan:
- NO further injections, RF or needling of the thighs.
- Hydromorphone 1 mg q4h prn + senna.
- Gabapentin 100 mg qhs (PD dosing).
- Nephrology to begin sodium thiosulfate at the PD unit, 25 g per infusion, 3 days/wk.
Body mass index today 41.0 kg/m2. RTC 2 wks.
"""),
]}

C07 = {"patient_id": "C07", "age": 63, "sex": "F", "notes": [
("2020-04-28", "Primary Care Office Visit", """
PRIMARY CARE - OFFICE VISIT            4/28/2020

63 yo F with mechanical MVR (2011) on warfarin, obesity, HTN, hypothyroidism.
Creatinine 0.8 (eGFR 74) - kidneys fine. No diabetes.
CC: painful sore under L breast
HPI: since Easter Sunday a very painful, hard, purple area under her L breast, in the fold
where the band of her underwire bra sits; she has worn that style all day for many years.
Now a black spot. No fever. Denies injury, burns or heat packs.
Vitals: BP 134/82, HR 74, T 36.9, Wt 119 kg, BMI 44.1

Skin: L inframammary fold, linear indurated violaceous plaque 7x3 cm with a black necrotic
centre (1.5 cm); livedo extending onto the lower breast. R side intact.
INR 2.9 today.
A/P: necrotic plaque L breast fold; ddx infected intertrigo (unlikely), warfarin necrosis,
calciphylaxis. Urgent derm. Stop the underwire bra. Cephalexin x 7 d empirically.
"""),
("2020-05-12", "Dermatology New Patient", """
DERMATOLOGY NEW PATIENT             05/12/2020
Ref: PCP. 63F, normal renal function, warfarin for mechanical valve, BMI 44.
Lesion began 4/12/2020 (Easter) per pt.

Exam: L inframammary breast, band-shaped necrotic plaque 8x3.5 cm with eschar and retiform
purpuric border, following exactly the underwire line of her bra; a second 2 cm purpuric
patch at its lateral end.
Bx 5/5 (deep incisional): calcific deposits in small hypodermal vessels,
thrombi, no vasculitis. Serum calcium, phosphate and PTH all normal; protein C/S normal.

Dx: non-uremic calciphylaxis, L breast, where the underwire has pressed for years.
Plan: loose cotton bras only, no underwire. IV thiosulfate 25 g, three visits per week, via
the oncology infusion chairs. Discuss warfarin alternatives with cardiology. Wound care referral.
"""),
("2020-06-02", "Pain Medicine Consult", """
PAIN MEDICINE CONSULT               6/2/2020
Reason: pain from non-uremic calciphylaxis, L breast

63F with a mechanical mitral valve; cardiology will not consider a DOAC, so warfarin stays
(her INR window is 2.5 to 3.5, checked weekly at the anticoag clinic). She has no diabetes and no
kidney disease.
Pain 8/10 burning/stabbing, allodynic periwound skin, worst during dressing changes.
Current: oxycodone 5 mg q6h prn (using 4/day), acetaminophen 1 g TID.
Exam: L inframammary wound 8x4 cm, eschar, no drainage. BMI 43.6

Assessment: mixed nociceptive / neuropathic pain from a calciphylaxis ulcer.
Plan:
- Gabapentin 300 mg qhs, titrate.
- Lidocaine 4% cream to periwound 30 min before dressing changes.
- Serratus plane or PECS block if refractory - not now, given INR 3.1 and risk of needling
  near the wound.
F/u 4 wks.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
