"""probe149 corpus notes, E01-E07 (occupational health and the clinics around it; all invented)."""

E01 = {"patient_id": "E01", "age": 57, "sex": "M", "notes": [
("2019-03-12", "Occupational Health Work Injury Visit", """
WORK INJURY - INITIAL VISIT
Lindqvist Occupational Medicine, Harrow St. site
Employer: City of Brennock Sanitation Dept.    Claim #: pending    DOI: 03/11/2019

CC: "threw my back out on the route"
HPI: 57 y/o M refuse collector x 11 yrs. Yesterday ~10:40 he was hand-lifting an overfilled
96-gal cart onto the tipper when the lift arm jammed and he felt a pull across the low back, R>L.
No fall. No radiation to legs, no numbness, bowel/bladder nl. Finished his route slowly.
PMH: end-stage kidney dz, dialyzes TTS at Brennock Kidney Ctr, T2DM on insulin glargine 24 u qHS,
HTN, gout. Not on any blood thinner. NSAIDs avoided d/t ESRD.
VS: BP 158/86  HR 84  T 36.8C  Wt 109 kg  BMI 33.1
Exam: R lumbar paraspinal spasm, TTP R L4-5 paraspinals, SLR neg bilat, strength 5/5 BLE,
reflexes 1+ symmetric. Skin of back and buttocks intact, no rash.
A: Lumbar strain, work related. OSHA recordable.
Procedure: options reviewed; pt prefers a shot over oral steroid. Triamcinolone acetonide 40 mg IM
given to the R upper outer buttock (ventrogluteal), lot TK-8842, no complications, bandage on.
P: acetaminophen 1 g TID prn, gentle walking, HEP handout.
Work status: modified duty - no lifting over 15 lb, no cart tipping x 2 wks. Recheck 3/26/19.
"""),
("2019-04-18", "Hemodialysis Rounding Note", """
HD ROUNDS - Brennock Kidney Center, chair 14, TTS 2nd shift

S: Exquisitely sore patch on his R buttock, started 3 wks ago, burning, now cannot sit through a
full treatment without shifting. 9/10. Back strain itself better, back to full duty since 4/1.
Sleeps on L side. No fever/chills.
O: Pre BP 171/90, post 142/80. UF 2.9 L. EDW 106.5 kg.
R upper outer buttock: 5x4 cm hard plum-colored plaque, stellate dusky center, net-like
purple rim; he flinches at a fingertip. Not fluctuant, nothing draining. L buttock clear.
Access: L brachiocephalic AVF, thrill +, bruit +.
Labs 4/16 Ca/PO4/iPTH 9.9/7.4/812, Alb 3.4, Hgb 10.6, spKt/V 1.31
Meds: PhosLo 1334 mg with each meal, cinacalcet 60 mg daily, glargine 24 u,
amlodipine 10, allopurinol 100, epoetin with HD.
A/P:
1. Painful indurated R buttock plaque, high phos and PTH - worried this is calciphylaxis.
   Paged derm - they will do a deep bx this wk. PhosLo off, sevelamer 1600 mg TID on.
   Cinacalcet up to 90 mg. Dietitian re phosphorus.
2. Pain: scheduled APAP, hydromorphone 0.5 mg PO prn, gel cushion for the chair.
3. Dialysis adequate, continue current Rx.
"""),
("2019-04-29", "Dermatology Follow-up", """
DERMATOLOGY - FOLLOW UP / PATHOLOGY REVIEW

57M, ESRD on HD, seen 4/22 for a painful R buttock plaque; deep incisional biopsy done that day.
History: onset late March 2019 as a burning red-purple patch that has hardened and darkened.
On 3/12/19 he recieved an IM Kenalog shot at occupational health for a work back strain,
given in his R buttock, upper-outer quadrant; he points to that very spot as where the pain began.

Path (S19-3316): subcuticular arterioles show medial mineral deposits, ringed on von Kossa,
with occlusive thrombus and lobular fat necrosis. Vasculitis absent; stains for organisms neg.

Exam today: R upper outer buttock plaque now 6x5cm, retiform and purpuric, black eschar
centrally (1.5cm); sutured biopsy site intact. Thighs, abdomen and calves checked - nothing new.

Impression: calciphylaxis, biopsy-proven, R buttock - it developed right where the 3/12
triamcinolone injection went in.
Plan:
- STS 25g IV during every dialysis run (nephrology aware)
- no IM injections anywhere; SC meds into abdomen only
- hydrocolloid to eschar, no debridement for now
- letter to Lindqvist Occ Med re: possible work-relatedness of the injection
RTC 3 wks.
"""),
]}

E02 = {"patient_id": "E02", "age": 49, "sex": "M", "notes": [
("2022-06-14", "Occupational Health Fitness-for-Duty Evaluation", """
FITNESS-FOR-DUTY EVALUATION
Harlow County Sheriff's Office - Detention Division
Requested by: HR (Lt. Osgood). Reason: skin problem interfering with wearing the duty belt.

49M detention officer x 16 yrs. Worked in classification (desk) until spring 2022, then
reassigned to the inmate transport unit; now wears the full duty belt (radio, cuffs, OC,
baton, keys, ~9 kg) for 12-h shifts, often seated in the van.
ESRD 2/2 FSGS, on PD since 2020 (CCPD nightly, cycler ~9 h); PD catheter exits LLQ.
No diabetes. Has never taken warfarin.
Since right around Memorial Day he has had painful dark patches on both flanks, where the belt
rides above the hip bones. Any pressure is agony; he unbuckles the belt in the van.
VS: BP 146/92  HR 78  Ht 180 cm  Wt 125.4 kg  BMI 38.7 (class II obesity)
Skin: R flank 6x3 cm and L flank 5x3 cm violaceous indurated bands with livedo at the
margins, L with a central 1 cm black crust; very tender. PD exit site: no crust or redness,
tunnel nontender.
Assessment:
1. Bilateral flank plaques at the belt line - calciphylaxis has to be excluded; sent same day to
   derm and his nephrologist.
2. PD itself compatible with duty with scheduling accommodation.
Determination: NOT fit for transport duty at present. Temporary modified duty: desk only,
no duty belt, x 30 days. Re-evaluate after derm.
"""),
("2022-06-28", "Dermatology Clinic Note", """
Dermatology clinic
Pt: 49 y/o male, home PD, referred by occupational health for painful plaques of
both flanks since the end of May.

Biopsy 6/21/22, L flank, edge of plaque (incisional): mural calcium in tiny hypodermal
arterioles plus intimal fibroplasia and fibrin thrombi; septal + lobular fat dead;
negative for vasculitis; cultures neg.

Exam: R flank 6x3.5 cm indurated purpuric band, now with a 1.5 cm dusky center; L flank 5x3 cm
band with 1.2 cm adherent eschar; biopsy site healing. Both sit in a horizontal strip just above
the iliac crests. Abdomen, thighs, calves clear.

Impression: calciphylaxis of both flanks. The band-like distribution matches exactly where his
duty belt presses - pressure-induced, Koebner-type localization.
Plan:
- no belt or waistband pressure over the flanks; suspenders suggested for trousers
- IV sodium thiosulfate per nephrology (infusion center, PD patient)
- calcium alginate to eschars, foam border, change q48h
- gabapentin 100mg nightly (renally adjusted)
- photos in chart; RTC 4 wks
"""),
("2022-08-09", "PD Clinic Note - Nephrology", """
PD CLINIC - monthly visit

Calciphylaxis of both flanks (biopsy 6/2022) - IV STS 25g Mon/Wed/Fri at the infusion
center since 6/30, tolerating w/ mild nausea. Pain 4/10 from 8/10.
PD: cycler, five 2.2-L fills overnight + 1.5-L icodextrin by day; weekly clearance 1.9. Residual
urine ~300 mL/d.
Meds: sevelamer 2400 mg TID, cinacalcet 60 mg, calcitriol stopped 6/22, amlodipine,
carvedilol, gabapentin 100 qHS.
Labs 8/2: Ca 8.8  Phos 5.1  PTH 402  Alb 3.2
VS: 138/84, wt 123.9 kg, BMI 38.2.
Flanks: R band flattening, no eschar; L eschar 1 cm, dry, edges lifting; no cellulitis.
Work: remains on desk duty; workers' comp claim filed (duty belt) - adjudication pending.
Plan: continue STS to total 12 wks, recheck PTH, renal dietitian. RTC 1 month.
"""),
]}

E03 = {"patient_id": "E03", "age": 61, "sex": "F", "notes": [
("2020-11-16", "Occupational Health Work Injury Visit - Burn", """
OCC HEALTH - WORK INJURY (BURN)
Employer: Pell's Diner, Route 9    DOI: 11/14/2020 (Sat)    Supervisor aware, report filed

MOI: line cook, reaching into the convection oven for a sheet pan at the breakfast rush, her L
forearm touched the upper oven rack. Ran it under cool water ~10 min at work. Seen Monday.
PMH: ESRD, in-center dialysis MWF via a right upper-arm AVG; DM2 - takes linagliptin; atrial
fibrillation
anticoagulated with warfarin (her INR was 2.6 when drawn last Wed), HTN.
VS: 132/78  P 88 irreg  T 36.6  BMI 27.4
Exam: L dorsal forearm, mid-shaft: 6x2 cm superficial partial-thickness burn, pink blanching
base, two small intact blisters, non circumferential; hand and wrist spared. Radial pulse 2+.
Tx: cleansed w/ saline, blisters left intact, bacitracin + Adaptic + rolled gauze. Tetanus: Tdap
2018, up to date. Dressing supplies given.
A: superficial partial-thickness burn L dorsal forearm, work related.
Work status: no fryer, oven or dish station x 1 week; prep work OK with long sleeve + glove.
Back to this clinic in 7 days - earlier for spreading redness or fever.
"""),
("2021-01-05", "Dermatology New Patient Visit", """
DERMATOLOGY NEW PATIENT
Ref: Dr. Okafor (nephrology) - "exquisitely painful black spot L arm"

61F, ESRD (dialysis MWF), AF on warfarin, T2DM. Since early December: a purple, burning,
very tender area on the L dorsal forearm that turned hard with a black center over the
holidays. Wakes her most nights. No fever. No new meds. Off work since 12/28.

Exam: L dorsal mid-forearm 4x3 cm star-shaped black eschar, retiform violaceous border,
surrounding induration; warm, no pus, no lymphangitic streaking. Remainder of skin exam
(trunk, thighs, legs) w/o similar lesions. Radial pulses 2+ bilat.
Labs (12/30): corr Ca 9.4 ... phosphate 6.9 ... PTH 588 ... INR 2.8 ... WBC 7.2
DDx: calciphylaxis, ecthyma, or warfarin-induced skin necrosis.
Procedure: consent; 1% lido w/o epi; 6 mm punch + small incisional wedge at the active edge,
deep to fat; 4-0 nylon; Vaseline + bandage. Specimens to path (H&E, calcium stain) and micro.
Plan: will call with results; discussed with nephrology to hold warfarin if calciphylaxis.
"""),
("2021-01-19", "Nephrology Progress Note", """
Nephrology progress note (HD unit, M/W/F 1st shift)

Bx 1/5/21 L forearm: calcified hypodermal arterioles, thrombosed, fat necrotic around them
= calciphylaxis. Cultures no growth.
Changes made: warfarin stopped 1/8 -> apixaban 2.5 mg bid (cardiology ok'd). Sodium
thiosulfate 25g IV, infused in the closing hour of every run, since 1/11. Calcium acetate
switched to sevelamer.
Wound: L dorsal forearm eschar 4x3 cm, unchanged, dry, periwound less violaceous.
Pain 6 of 10 on tramadol 50 q12h prn + acetaminophen.
VS: 128/70  wt 70.1 kg  BMI 27.4
Labs 1/15: Ca 9.0 / PO4 5.8 / PTH 540 / Hgb 10.1
Plan: continue STS, add cinacalcet 30 mg, wound care via derm, no heat/cold to arm.
Work: FMLA paperwork completed today - off work until cleared by derm.
"""),
]}

E04 = {"patient_id": "E04", "age": 54, "sex": "F", "notes": [
("2023-09-20", "Occupational Health Return-to-Work Evaluation", """
RETURN-TO-WORK EVALUATION
Employer: Fenwick Packing Co. - trim line    WC claim accepted: bilateral CTS, R>L

54F meat trimmer x 14 yrs (knife work, repetitive grip). s/p R open carpal tunnel release in
August 2023 (Dr. Ashgrove, hand surgery). Sutures removed at 2 wks. Numbness in R thumb and index
much improved, still aching at the palm with gripping.
ESRD on hemodialysis since 2014; hand surgeon felt dialysis-related amyloid contributed. No DM.
No anticoagulants ever.
VS: BP 124/72  HR 70  Wt 64.0 kg  BMI 24.8
Exam R hand: 4 cm longitudinal palmar incision, well healed, mild tenderness over the proximal
end, no erythema or drainage. Pillar pain. Thenar bulk preserved. Phalen neg.
Grip dynamometer, 2nd handle setting: R 14 kg vs L 22 kg. Pinch R 4 kg.
A: R CTR, healing as expected. L CTS mild, splinting at night.
Work status: modified duty 4 wks - no knife work with R hand, no repetitive gripping more than
10/min, may use L hand freely, 10 lb limit R. Continue hand therapy 2x/wk.
Recheck 10/18/23.
"""),
("2023-11-02", "Wound Care Clinic Initial Visit", """
WOUND CARE CENTER - NEW PATIENT
Referred by hand therapist: dark, extremely sore area on the R palm.

HPI: 54F on HD. Since mid-October, burning pain and a purple patch at the proximal end of her
R palm scar; the center went black last week. Can't tolerate hand therapy putty now.
Exam: R proximal palm, along the proximal 1.5 cm of the healed surgical scar: 1.8x1.2 cm dry
adherent eschar with a violaceous retiform halo, exquisitely tender. Dry; nothing fluctuant.
Cap refill < 2 s all digits; radial and ulnar pulses palpable. Access is a L forearm fistula, so
steal to the R hand is not a concern. Other skin not examined in detail, pt reports none.
Labs from HD 10/30: Ca 10.1, PO4 7.8, iPTH 1140.
DDx: calciphylaxis (acral) vs ischemic necrosis vs suture granuloma w/ infection.
Plan: eschar left alone; povidone-iodine paint twice daily, dry gauze. Derm to biopsy, appt 11/9.
Letter to employer: off work pending dx.
"""),
("2023-11-16", "Dermatology Consult", """
DERM CONSULT - follow up of biopsy

Punch biopsy 11/9, margin of the R palm eschar: calcium in the walls of little arterioles low in
the dermis and the subcutaneous fat, thrombi, ischemic necrosis; no granulomas; PAS and Gram
negative.

Impression: calciphylaxis, biopsy-proven, acral, in a 54F on long-term HD with severe secondary
hyperparathyroidism. It has arisen within the R carpal tunnel release scar from August.
Current: 2x1.3 cm eschar, halo slightly larger, 9/10 pain with hand use.
Plan:
- sodium thiosulfate with each dialysis; nephrology increasing cinacalcet, surgery referral for
  parathyroidectomy
- gentle wound care only, no debridement
- no compressive splinting of R hand
- Work note: no use of R hand at work until re-evaluation in 4 weeks.
"""),
]}

E05 = {"patient_id": "E05", "age": 63, "sex": "M", "notes": [
("2024-06-03", "Occupational Health Work Injury Visit", """
OCCUPATIONAL HEALTH - ACUTE WORK INJURY
Employer: US Postal Service, Alder Flats station (city carrier)    DOI 6/3/24 approx 11:15

MOI: walking route, an unrestrained dog came off a porch and bit him in the L posterior
calf. Owner identified; dog's rabies vaccine current per owner, animal control notified.
Supervisor completed federal injury form.
PMH: ESRD, evening HD Mon-Wed-Fri; T2DM - Lantus 18 u qHS + Humalog sliding scale; HTN; PAD.
No anticoagulation.
VS: 148/80  HR 92  T 36.9  Wt 96.2 kg  BMI 31.0
Exam: L posterior calf: three puncture wounds and a 2 cm superficial laceration, minimal
oozing, no tendon or muscle exposure, calf soft. DP faint, PT palpable.
Tx: irrigated w/ 500 mL NS under pressure, not closed (bite), non-adherent dressing.
Amoxicillin-clavulanate 500/125 once daily after HD x 5 days (renal dose). Tdap 2021 - current.
Rabies PEP not indicated (dog observable).
Work: off route today and tomorrow, then casing mail indoors until recheck 6/10.
"""),
("2024-06-10", "Occupational Health Follow-up", """
Occ Health recheck - dog bite L posterior calf, DOI 6/3/24

S: Finished amox-clav yesterday. Mild soreness, no fever. Doing indoor casing duty.
O: BP 140/78  HR 80  afebrile.
L posterior calf: puncture sites scabbed, laceration edges approximated by granulation, faint
pink rim < 1 cm, no warmth, no drainage, no streaking. Calf nontender to squeeze.
A: healing dog bite, no infection.
P: keep covered on route, wash daily, watch for redness. Long trousers on route.
Work status: return to full street delivery 6/12/24.
Case closed pending no further issues.
"""),
("2024-06-27", "Hemodialysis Unit Note", """
HD UNIT - physician note (M/W/F evening shift)

Pt reports terrible pain behind the L lower leg since Father's Day, worse every day, "like a
hot nail". Cannot stand the bedsheet touching it. Missed part of Monday's treatment d/t pain.
Exam: L posterior calf 7x5 cm purpuric plaque, reticulated edge, dusky necrotic center,
very tender, woody induration. No crepitus. Pedal pulses weak bilat (known PAD).
VS: pre 162/84, post 138/76, UF 3.1 L.
Labs: Ca 9.7 | PO4 8.0 | PTH 730 | Alb 3.1 | Hgb 10.9 | A1c 7.6
Meds: Lantus 18 u, Humalog SSI, Tums 1250 three times a day, calcitriol 0.5 mcg w/ HD.
A/P: painful necrotic L calf plaque in a diabetic HD pt with high Ca x P - high suspicion for
calciphylaxis. Stop calcium carbonate & calcitriol, start lanthanum. Derm this week for biopsy.
Pain: oxycodone 5 mg q8h prn. Bed cradle at night, keep leg elevated.
"""),
("2024-07-11", "Dermatology Consult", """
DERMATOLOGY CONSULT
63M HD, diabetic, referred for painful necrosis of the L calf.

Biopsy 7/2 (double punch, L posterior calf): arterioles of the fat with calcified media and
thickened intima, microthrombi, widespread fat necrosis - diagnostic of calciphylaxis.
Denies other painful areas.
Exam: L posterior calf 8x6 cm black eschar with violaceous rim, small amount serous drainage,
no odor. R leg and both thighs clear.
Assessment: calciphylaxis (biopsy-confirmed), L posterior calf. Diabetes, PAD and high
phosphorus are the main drivers.
Plan: IV STS 25g at every dialysis session; wound clinic for calcium alginate + foam;
no sharp debridement while eschar dry; palliative care for pain.
Work: off work; Form CA-17 duty status completed - no walking routes.
"""),
]}

E06 = {"patient_id": "E06", "age": 45, "sex": "F", "notes": [
("2021-01-11", "Occupational Health Work Injury Visit", """
OCC MED - NEW INJURY
Corvane Electronics, Line 4 assembler    DOI 01/04/2021 (reported, gradual onset)

45F with 6 wks of R lateral elbow pain, worse with driving screws and lifting trays, hurts to
grip a coffee cup. No fall, no blow.
PMH: recurrent DVT/PE (2017, 2019) - on warfarin lifelong, INR checked at Anticoag clinic;
prediabetes (A1c 6.1% 11/2020), obesity, GERD. Kidney function normal (Cr 0.8 in December).
VS: BP 134/86  P 76  Wt 118.0kg  BMI 41.2
Exam: TTP R lateral epicondyle, pain with resisted wrist and middle-finger extension, full
ROM, no effusion, sensation intact, skin normal.
A: R lateral epicondylitis, work related (repetitive).
P: ice massage with a paper-cup ice pop to the R lateral elbow 10 min three times per shift -
first session done here in clinic today, pt demonstrated; counterforce strap to R proximal
forearm; no NSAIDs (warfarin). Wrist extensor stretching handout.
Work: modified - rotate stations hourly, no power screwdriver > 2 h/shift. Recheck 2-3 wks.
"""),
("2021-02-22", "Occupational Health Follow-up", """
Occ Med f/u - R lateral epicondylitis

S: Elbow ache somewhat better but now a dark, terribly sore spot on the outer R elbow for 2
weeks. Has been icing the R lateral elbow faithfully since 1/11, 3x per shift plus evenings at
home. Wears strap most of shift.
O: BP 138/84. R lateral elbow directly over the epicondyle: 3x2.5 cm firm violaceous plaque,
gray-dusky middle, lace-like purple margin; she pulls away at light touch; no blister, not
warm. Skin under the strap on the proximal forearm normal. INR 2.9 (2/18).
A: new painful necrotic-appearing plaque R lateral elbow - not explained by epicondylitis;
cold injury vs warfarin necrosis vs other - needs derm.
P: STOP ice. Strap off. Same-week derm referral placed, called office.
Work: off work until seen by derm.
"""),
("2021-03-08", "Dermatology Consult", """
DERMATOLOGY
45F referred from occupational medicine.

Biopsy 3/1/21 R lateral elbow (incisional): mineralized small vessels in lower dermis and
panniculus, thrombosed, with necrotic fat; von Kossa +; vasculitis absent. Renal function normal
(eGFR > 90),
Ca 9.5, Phos 3.6, PTH 58.
Dx: calciphylaxis, non-uremic type, proven on biopsy, R lateral elbow.
The plaque is precisely where she put the ice three times a shift from 1/11 on; repeated
cold injury most likely set it off locally in the setting of warfarin and obesity.
Exam: 3.5x3 cm eschar forming centrally, violaceous rim. No other lesions on abdomen or
thighs.
Plan: hematology to replace warfarin (apixaban discussed); sodium thiosulfate IV thrice weekly,
infusion suite; no icing or heating that elbow again; Vaseline + non-stick dressing.
Wt 116.8 kg, BMI 40.8. Work: remain off; letter to employer; WC paperwork to occ med.
"""),
]}

E07 = {"patient_id": "E07", "age": 52, "sex": "M", "notes": [
("2025-09-19", "Occupational Health Visit", """
OCC HEALTH - new hire complaint
Employer: Ravelstone Bottling, palletizer operator. Start date 9/5/2025 (pre-placement exam 8/28,
cleared w/ HD schedule accommodation - works days, dialysis evenings).

C/o rubbing and soreness on the R outer ankle where the collar of the company-issued steel-toe
safety boots presses over the R lateral malleolus; has worn them every shift since his first day.
Stands 10 h on concrete.
PMH: ESRD - HD three evenings weekly; his type 2 diabetes is handled by diet (A1c 6.4, no meds);
HTN; never on warfarin.
VS: BP 150/88  HR 74  BMI=29.9 (91.6 kg, 175 cm)
Exam: R lateral malleolus 3x2 cm erythematous blanching patch, no blister, skin unbroken. DP
faintly palpable, PT 1+. Monofilament 10/10 sites intact bilat.
A: friction from boot collar, R lateral ankle.
P: padded ankle sleeve + moleskin; safety dept to exchange for a lower-collar wide boot.
Full duty. Return if skin breaks or pain worsens.
"""),
("2025-10-16", "Hemodialysis Rounding Note", """
Hemodialysis rounds - Kestrel Ridge Dialysis, M/W/F eve

52M, new black ulcer at the R lateral ankle: began on 10/2/25 as a purple, burning spot, now
opened. Pain 8/10, up at night with it, limping at work.
Exam: over the R lateral malleolus a 2.5x2 cm ulcer, adherent black base and violaceous retiform
rim,
very tender; no purulence. Foot warm, DP faint.
VS: 158/86 pre; UF 2.6 L. EDW 89.0 kg.
Labs 10/13: Ca 9.6, PO4 8.1, iPTH 640, albumin 3.5, Hb 11.2
Meds: PhosLo two with each meal, IV calcitriol at HD, lisinopril 20, amlodipine 5.
A/P: necrotic painful ankle ulcer, high phos - r/o calciphylaxis; ischemic ulcer also possible.
Stop calcium acetate and calcitriol; sevelamer 1600 TID. ABI/TBI ordered. Referral wound care +
derm for biopsy.
"""),
("2025-11-04", "Wound Care and Dermatology Note", """
Combined wound / derm clinic

Biopsy 10/23/25, R lateral ankle ulcer margin: calcium-encrusted arterioles in the fat,
thrombosed, surrounding fat necrosis (von Kossa stain +) = calciphylaxis.
Vascular: ABI noncompressible (1.3) R; TBI 0.52 R - adequate for healing.
Wound R lateral malleolus: 2.8x2.2x0.2 cm; eschar 80 pct, slough 20 pct; light serous
exudate; violaceous periwound 1 cm.
A: calciphylaxis R lateral ankle, biopsy-confirmed, in HD patient with uncontrolled
phosphorus.
P: STS 25g IV at each of his 3 weekly treatments (orders sent to unit); Santyl to slough only;
offload, open-heel
post-op shoe; neuropathic-type pain - gabapentin one 100-mg cap after each run.
Work note: off work until ulcer healed, then re-evaluation with occupational health.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
