"""probe161 corpus notes, B01-B07 (allergy and immunology clinic and the services around it; all invented)."""

B01 = {"patient_id": "B01", "age": 63, "sex": "F", "notes": [
("2019-03-12", "Allergy Immunotherapy Build-up Visit", """
ALLERGY & IMMUNOLOGY -- SUBCUTANEOUS IMMUNOTHERAPY (SCIT)
Larkspur Allergy Associates, Ste 210          Build-up visit #1   DOS 03/12/2019

63 yo F w/ perennial AR + mild persistent asthma. Prick test 1/2019: D. pter 8 mm,
D. far 7 mm, cat pelt 11 mm, hist ctrl 5 mm. Symptoms despite fluticasone, azelastine,
montelukast. SCIT consent signed today (local rxn, systemic rxn, anaphylaxis, need to
carry epi reviewed; pt verbalized understanding).
PMH: ESRD -- her HD days Tue, Thu, Sat; right IJ tunneled catheter (two failed
fistulas); T2DM on glargine 18 u qHS which she injects into her belly; HTN, HLD.
No anticoagulation.
Pre-injection screen: afebrile, no wheeze this wk, PEF 360 (PB 380), BP 142/80, P 78.
Wt 88.0 kg   BMI 33.1

Vial: mite/cat mix 1:1000 v/v (silver cap)
0.05 mL SC given R posterior upper arm, 27g needle. Per protocol shots alternate
arms every visit -- next visit = left arm, back of the arm, mid-triceps.
30 min wait: 4 mm wheal, no systemic sx. Discharged ambulatory.
Plan: build-up twice weekly on her M/W/F non-dialysis days, target maintenance ~Aug.
Keep epinephrine auto-injector on person.
"""),
("2019-11-20", "Dermatology Consult", """
DERMATOLOGY CONSULT (outpt, urgent add-on)
Ref: Dr. Ostrowski, allergy

CC: "both arms burn in back, can't lie on them"
HPI: 63F, ESRD, HD for four yrs, on allergy shots since March, now at maintenance with
injections every 2 wks alternating L and R posterior arms. Painful purple hard spots
started 3 wks ago, both arms at the back (upper arm), and have grown; she stopped sleeping
on her side. Denies fever. No new meds.

Exam: BP 150/84. BMI 32.9.
L posterior upper arm: 5x4cm woody violaceous plaque, lacy purpura ringing it,
1 cm dusky gray necrotic center. R posterior upper arm: similar plaque 3x3cm,
not yet necrotic. Exquisitely tender. Thighs/abdomen checked: clear.

A/P:
# Calciphylaxis, both posterior upper arms -- clinical dx, very typical morphology,
  sitting exactly where her subcutaneous allergen injections have gone in.
- Punch (4 mm) through the L arm plaque border today, to document.
- Hold SCIT; will call Dr. Ostrowski. Paged nephrology: STS during HD, check CaxP
  product + PTH, stop the calcium-based binder.
- Pain: APAP around the clock, hydromorphone low dose for breakthrough.
"""),
("2019-12-03", "Allergy Follow-up", """
Allergy/Immunology f/u   12/03/19

Interval: Seen by derm 11/20. Punch from L posterior arm: calcium in the media of
little subcutaneous vessels, clot in lumens, dead fat; calcium stain (von Kossa) pos
=> calciphylaxis.
Posterior upper arms, both sides, biopsy-proven -- in the same skin where every SCIT dose
went since 03/12/2019. Nephrology now giving STS 25g during every HD session.

Rhinitis: moderate, using INCS daily. Asthma: ACT 21.
Vitals: BP 138/76, HR 80, SpO2 97% RA, weighed 86.9 kg -> BMI 32.6.
Skin: dressings on both arms, not removed today.

Assessment/Plan:
1. AR/asthma -- SCIT permanently discontinued given calciphylaxis at injection sites;
   no further injectable allergen therapy. Discussed SLIT tablet for dust mite as a
   non-injected option, will revisit after wounds settle.
2. Calciphylaxis -- derm + renal managing.
3. Updated allergy list: no drug allergies. Continue glargine.
RTC 3 mo.
"""),
]}

B02 = {"patient_id": "B02", "age": 58, "sex": "M", "notes": [
("2021-06-10", "Allergy and Immunology Consult", """
ALLERGY AND IMMUNOLOGY NEW PT
Reason: severe atopic dermatitis, failed topicals

58 y/o man, eczema since childhood, flared past 2 yrs. Itch NRS 8/10, sleep broken
4-5x/night. Tried triamcinolone 0.1%, tacrolimus oint, bleach baths, 6 wks of
narrow-band UVB (stopped, couldn't get to sessions around dialysis).
PMH: ESRD (IgA nephropathy), CCPD at night for ~3 yrs (exit site R mid abdomen);
pAF -- warfarin, INR aim 2-3; gout. No diabetes.
Meds: warfarin 5 mg, sevelamer, calcitriol, allopurinol 100, cetirizine.
NKDA.
Exam: BP 128/74, HR 70 irregular. Ht 178 cm, wt 90 kg, BMI 28.4.
Lichenified plaques antecubital + popliteal fossae, neck, dorsal hands; excoriations
on shins. EASI 24. No skin necrosis.

Impression: moderate-to-severe AD, adult persistence.
Plan:
- Dupilumab 600 mg load then 300 mg SC q2wk once prior auth approved. Teach
  self-injection; allowed sites thigh or abdomen, keep 5 cm from the PD exit site.
- Continue emollients, TCS to flares.
- Baseline eye hx; report conjunctivitis.
"""),
("2021-10-05", "Allergy Follow-up", """
A&I RETURN VISIT -- atopic dermatitis on biologic

S: Loading dose given here in clinic in August 2021 (two pens, one in each front thigh).
Since then pt self-injects dupilumab 300 mg q2wk, always into the anterior thighs, switches
L/R each dose; does not like going near his PD catheter. Itch now 3/10, sleeping
through. Some gritty red eyes x 2 wks. No injection reactions worth mentioning per pt.

O: BP 132/78. BMI 28.3. EASI 9. Residual thin plaques flexures. Eyes mild injection,
no discharge.

A/P: AD responding well to dupilumab.
- continue 300 mg q2wk
- preservative-free tears; ophtho if no better in 3 wks
- INR checks per anticoag clinic, no interaction expected
f/u 4 months
"""),
("2021-12-08", "Dermatology Consult", """
Dermatology -- new consult, requested by PD nurse

HPI: 58M on peritoneal dialysis, atopic derm on dupilumab (per A&I), AF on warfarin.
Very painful sore, L thigh front, there since Thanksgiving. Started as a
hard purple patch, turned black over last 10 days. Pain 9/10, nights the worst.

Exam: wt 89.1 kg, BMI 28.0. L anterior mid thigh: stuck-down black eschar 4.5x3cm,
bordered by stellate retiform purpura; dusky firm induration reaching 2 cm past it.
R thigh clear. No lower leg ulcers. Pedal pulses palpable.

Labs 12/1 -- Ca 9.6 mg/dL; P 7.1 high; PTH 612 high; alb 3.1 low; INR 2.6 on 12/1 as well.

Assessment:
L anterior thigh calciphylaxis -- clinical diagnosis (PD, warfarin, high phos/PTH,
classic retiform purpura w/ eschar). 6 mm punch from the purpuric edge to dermpath,
von Kossa requested, to document.
Plan:
- ask cardiology re: switching warfarin to apixaban
- nephrology: intensify PD clearance, non-calcium binder, start STS
- wound care: no debridement of stable dry eschar for now
"""),
]}

B03 = {"patient_id": "B03", "age": 47, "sex": "F", "notes": [
("2022-09-14", "Immunology Follow-up (HAE)", """
IMMUNOLOGY CLINIC -- Hereditary angioedema type 1
Visit 09/14/2022

HAE dx age 19 (C4 low, C1-INH antigen 18%). Attacks past 3 mo: 7, mostly abdominal
(cramping, vomiting) and 2 hand swellings. No laryngeal attacks this year.
On-demand: icatibant 30 mg SC, she uses the thigh. Since this past spring she lays an
electric pad (heat) on her low belly, each and every abdominal attack, sometimes on
high for 3-4 hrs; nothing else settles the cramping, she says.
PMH: ESRD (lupus nephritis), in-center HD (MWF schedule) through a L brachiocephalic
AVF, HTN. No DM.
Obesity, class II. No warfarin ever.
Vitals: BP 146/88, P 84, Wt 103 kg, BMI 36.9.
Abdomen soft today. Mild reticulated brown-red mottling lower abdomen.

A/P:
1. HAE w/ frequent attacks -> start LTP: lanadelumab 300 mg SC q2wk, teach into
   thighs. Continue icatibant prn. Danazol avoided.
2. Heating pad -- advised lower setting, towel barrier, not to sleep on it.
RTC 3 mo or sooner.
"""),
("2023-07-11", "Dermatology Consult", """
DERM CONSULT 7/11/23

47 yo F on HD, HAE on lanadelumab. Brand-new, very painful belly lesion,
beginning in June 2023, was a red hard lump -> now black center. She points out it is
on the very skin where the heating pad sits during her angioedema attacks.

Exam: BMI 36.4. RLQ abdomen, inferolateral to the umbilicus: firm violaceous plaque
6x4cm; at its middle a 2-cm eschar, black, stellate purpuric edge; a faint brown-red
reticulate net (looks like erythema ab igne) across the lower abdomen.
Thigh injection areas unremarkable.

A/P:
- Calciphylaxis, R lower quadrant of the abdomen, developing within heating-pad-
  damaged skin. Incisional bx of margin today (sent, von Kossa).
- Stop the heating pad entirely.
- Nephrology: STS 25g IV in hour 4 of every HD run; cinacalcet up-titration.
- Wound RN weekly.
ADDENDUM 7/18/23: path = calcified small arterioles, intimal proliferation, luminal
thrombus; consistent with calciphylaxis.
"""),
("2023-07-25", "Immunology Follow-up (HAE)", """
IMMUNOLOGY f/u  07/25/2023

HAE: zero attacks since March on lanadelumab q2wk (thighs). Has not needed icatibant.
New problem: biopsy-proven calciphylaxis of the RLQ abdomen (derm 7/11, path 7/18), in
the place she used the heating pad. Now on STS with HD.
Pain OK: after each dialysis gabapentin 100 mg, plus oxycodone 5 prn (rarely).

Vitals: BP 138/82, HR 88, BMI 36.1 (102.0 kg).
RLQ dressing intact, no strike-through.

A/P:
1. HAE well controlled -> continue lanadelumab, may extend to q4wk in 6 mo if attack-
   free. If an abdominal attack occurs: icatibant and call us; NO heating pad.
2. Calciphylaxis -- derm/nephrology/wound. Keep heating pad, ice and gel packs away
   from her abdomen.
3. Contraception: continue progestin-only.
"""),
]}

B04 = {"patient_id": "B04", "age": 71, "sex": "M", "notes": [
("2018-01-10", "Allergy Consult", """
ALLERGY CONSULT  Jan 10 2018
Referred by nephrology for "allergy work-up of itching"

71 yo man, generalized itch x 8 mo, worst on shins and back, worse on dialysis days.
No hives, no swelling. Since Christmas he puts frozen gel packs straight on both
shins every night in bed (per wife, often still on them at 3 AM).
PMH: ESRD on HD (MWF) 3 yrs, T2DM on insulin (detemir + lispro), CAD s/p PCI,
PAD. Not on warfarin.
Meds: detemir, lispro, clopidogrel, atorvastatin, sevelamer, hydroxyzine 10 qhs.
Vitals: BP 152/70, HR 66, BMI 29.5 (overweight).
Skin: xerosis, scattered excoriations upper back, shins cool and pink, no wheals,
dermatographism neg.

Skin prick testing (volar forearms): env panel + common foods all negative, histamine
6 mm, saline 0.

Assessment: pruritus of CKD (uremic pruritus), no IgE-mediated process found.
Plan: thick emollient 2x/day, gabapentin 100 mg, dose only after dialysis; stop hydroxyzine
(falls). Limit cold packs to 15 min with a cloth in between. Nephrology to review
dialysis adequacy and PTH. No allergy f/u needed unless hives.
"""),
("2018-03-06", "Wound Clinic Note", """
WOUND CARE CENTER - INITIAL VISIT  03/06/2018

Pt: 71M, HD, DM2 on insulin, PAD. Referred for RLE ulcer.
Onset: mid-February; a painful purple spot on R shin which then broke down.
Location is over the area he ices nightly for itch, which he started over the holidays.
Pain 8/10 constant, not relieved by elevation.

Wound #1 -- R shin, anterior, mid: 3.2x2.1x0.2 cm; bed = eschar 80%, slough 20%;
scant serous exudate; livedoid violaceous net around it for 4 cm; no fluctuance.
L shin: intact, dry.
ABI R >1.3 (noncompressible), TBI 0.52. DP/PT dopplerable.

Imp: painful necrotic ulcer R shin in dialysis pt -- concern for calciphylaxis vs
arterial ulcer.
Plan: no sharp debridement yet (dx first). Calcium alginate, bordered foam,
change 3x/wk. Derm asked to biopsy this wk. Stop ice packs on legs.
"""),
("2018-03-20", "Nephrology HD Progress Note", """
HD ROUNDS -- nephrology  3/20/18

Chair 12, MWF 2nd shift. EDW 84.0 kg. Post wt Fri 84.6. UF goal 2.5 L.
Kt/V 1.31 (2/28). Hgb 10.4 / K 5.0 / Ca++ 9.9 / P-level 6.8 H / iPTH 780 H / alb 3.4.

Skin bx R shin (derm, 3/9/18): calcium deposition in walls of small subcut vessels,
microthrombi, panniculitis -> calciphylaxis, R shin, at the site he iced nightly.
Pt reports pain 7/10, sleeping poorly.

Vitals pre: BP 158/72, HR 68. BMI 29.5, overweight.

Plan:
- Thiosulfate 25g IV given in the closing 60 min, every treatment (TIW).
- Switch calcitriol to paricalcitol low dose, add cinacalcet 30.
- Dialysate Ca 2.0.
- Wound center weekly; re-educated: legs get no ice and no heat.
- Insulin per endo, A1c 7.4.
"""),
]}

B05 = {"patient_id": "B05", "age": 55, "sex": "F", "notes": [
("2020-04-20", "Emergency Department Note", """
ED PHYSICIAN NOTE  04/20/2020 20:14

CC: throat closing after dinner
55 yo F ate shrimp scampi at 19:30, within 15 min lip swelling, diffuse hives,
hoarse voice, vomiting x1. EMS gave epinephrine 0.5 mg IM R anterolateral thigh at
19:52 and diphenhydramine 50 mg.
PMH: ESRD on PD (CCPD), T2DM (linagliptin), HTN, obesity. No anticoag.
Vitals on arrival: BP 96/58, HR 118, RR 24, SpO2 93% RA.
Exam: urticaria trunk + arms, lip angioedema, mild stridor-free hoarseness, exp wheeze.

ED course: 2nd epi 0.5 mg IM (L thigh) 20:05, methylpred 125 IV, famotidine 20 IV,
albuterol neb x2, 1 L NS bolus held (PD pt, lungs clear, gave 250 mL).
22:30 symptoms resolved, BP 128/70. Observed 6 hrs total.

Dx: anaphylaxis to shellfish.
Dispo: home w/ epinephrine auto-injector 0.3 mg x2 Rx, prednisone 40 x 3 d,
cetirizine. Allergy referral placed. Carry both pens at ALL times.
"""),
("2020-05-14", "Allergy Clinic Note", """
ALLERGY & IMMUNOLOGY -- new pt (food allergy)   May 14 2020

Hx: anaphylaxis to shrimp 4/2020 (ED, 2 doses epi). Tolerated tuna and salmon since.
Bought a zippered belt pouch in late April, and now wears both auto-injectors in it
all day, every day, buckled snug so it doesnt bounce -- it rides on her left hip.
PMH: ESRD (CCPD), DM type 2 -- linagliptin, never insulin; HTN; OSA.
Vitals: BP 134/80, Wt 92 kg, BMI 31.8.
Skin: no urticaria. Slight red mark L iliac crest where pouch buckle sits.

Testing today (volar forearm prick): shrimp 9 mm, crab 7 mm, lobster 6 mm,
dust mite 3 mm, hist 5 mm, saline 0. sIgE sent incl Pen a 1 (tropomyosin).

Assessment: IgE-mediated crustacean shellfish allergy. Obesity.
Plan: strict crustacean avoidance, mollusks by label pending results. Action plan
given, auto-injector technique reviewed w/ trainer. Medical ID bracelet.
RTC 6 mo.
"""),
("2020-09-17", "Wound Care Note", """
Outpatient Wound Care -- new referral from PD unit   9/17/2020

55F on peritoneal dialysis, DM2, obesity. Painful wound L lateral hip. Pt dates the
start to 09/03/2020: a dark bruise-looking hard spot "that hurt like a burn", now open.
No fall, no injury she remembers.

Vitals: BP 140/82, T 98.1, BMI 31.5.
Wound: L lateral hip just below the iliac crest, 4.0 x 3.1 cm, 60% adherent black
necrosis, 40% pale base, border of retiform violaceous purpura, severe pain with light
touch. No purulence. Surrounding induration ~3 cm.
Other skin: intact, PD exit site clean.

Impression: necrotic painful wound L hip in PD patient, highly suspicious for
calciphylaxis; r/o infection.
Plan: incisional bx w/ derm next week, plain film L hip (soft tissue calcification),
Santyl held until dx, nonadherent dressing + ABD pad. Pain mgmt via PCP.
"""),
("2020-10-01", "Nephrology PD Clinic Note", """
PD CLINIC -- monthly   10/01/20

Regimen: cycler, 5 fills (2.2 L each), icodextrin day dwell 1.5 L. Kt/V (wk) = 1.9.
Labs: Ca 9.4 mg/dL | PO4 6.2 | PTH 540 | HCO3 24 | alb 3.3.

Skin: derm incisional bx 9/22 from L lateral hip = calciphylaxis (vessel walls
calcified, thrombosed, fat necrotic). Wound unchanged size per WOCN.

Vitals: BP 132/78, wt 90.7 kg, BMI 31.2. Obese.

A/P:
1. Calciphylaxis L hip -- begin IV STS M/W/F in the hospital's infusion suite since she
   is a PD pt; calcium carbonate off, sevelamer 1600 tid on, cinacalcet 30.
   Discussed transition to HD to improve clearance; she'd rather remain on PD.
2. DM2 -- A1c 6.9, continue linagliptin.
3. Shellfish allergy -- carries auto-injectors, action plan up to date; mollusk
   sIgE came back negative.
"""),
]}

B06 = {"patient_id": "B06", "age": 52, "sex": "F", "notes": [
("2024-01-23", "Allergy Consult", """
ALLERGY/IMMUNOLOGY CONSULT   1/23/2024
Reason for referral: chronic hives not responding to antihistamines

52 yo F w/ hives since ~Aug 2023, near daily, trunk > limbs. Individual wheals last
2-3 days, burn rather than itch, and leave brownish bruise-like stain. No angioedema.
Arthralgias. No new meds besides those below.
PMH: recurrent DVT, on warfarin since 2019; obesity; HTN; normal kidney function.
No DM.
Meds: warfarin 7.5 daily (last wk's INR 2.4), lisinopril, cetirizine 20 mg bid.
Vitals: BP 136/84, Wt 118 kg, BMI 41.9.
Skin: several 2-4 cm erythematous edematous plaques L flank and lower back, one with
central dusky purpura.
Labs: CBC nl, ESR 44, C3 92, C4 9 (low), C1q pending, Cr 0.78, eGFR >90, UA bland.

Impression: chronic urticaria with features of urticarial vasculitis (duration >24 h,
purpura, low C4).
Plan: derm for lesional punch bx (H&E + DIF) of a fresh wheal; hold further
antihistamine escalation until result. Lisinopril -> amlodipine (ACEi).
"""),
("2024-02-06", "Dermatology Procedure Note", """
DERMATOLOGY PROCEDURE NOTE   DOS 02/06/2024

Procedure: punch biopsy x2
Indication: ?urticarial vasculitis (referred by allergy)
Consent obtained, time-out performed. INR today 2.3, warfarin not held.
Site: L flank, fresh 3 cm urticarial plaque, ~8 cm above iliac crest, roughly in
the posterior axillary line.
Chlorhexidine prep, anesthesia 2 mL lidocaine 1% with epinephrine.
4 mm punch for H&E from the plaque center, 4 mm punch for DIF from its edge 1 cm
away. Hemostasis w/ pressure. Each closed w/ 1 simple interrupted 4-0 nylon.
Petrolatum + adhesive bandage. Blood loss negligible; pt did fine.
Wound care handout; suture removal in 10-14 days at PCP.
Path to dermpath and DIF lab.
"""),
("2024-04-30", "Dermatology Follow-up", """
DERM F/U  4/30/24

Bx 2/6 results: neutrophilic urticaria, no leukocytoclasia, DIF negative -> not
urticarial vasculitis. Sutures out 2/19, healed.
NEW: since Easter she has a very painful hard purple patch that started right in the
healed biopsy scar on her L flank and has spread to 5 x 4 cm, center now black. Pain
9/10, up most nights.
Exam: BMI 41.7. L flank: indurated stellate purpuric plaque, eschar of 2 cm at the
core, centered on the old punch scars. No other similar lesions.
Incisional bx 4/16: calciphylaxis -- septal vessels calcified, thrombosed, with
fat necrosis; von Kossa +.

A/P:
# Non-uremic calciphylaxis L flank (renal function normal; risk: warfarin, obesity,
  female), arising in the Feb 6 punch biopsy scar.
- Warfarin -> apixaban, discussed with hematology today.
- IV sodium thiosulfate at infusion center, 25 g 3x/wk.
- Wound care referral, pain regimen per PCP.
- Chronic urticaria -- back to allergy for omalizumab discussion.
"""),
]}

B07 = {"patient_id": "B07", "age": 60, "sex": "F", "notes": [
("2017-05-16", "Allergy Consult - Drug Allergy", """
DRUG ALLERGY EVALUATION  05/16/2017
Referral: PD nephrologist, "PCN allergy label, please clarify before peritonitis hits"

60 yo F. Label = "penicillin - hives" from childhood, mother's report; no exposure since.
Has had cephalexin 2014 without reaction.
PMH: ESRD (diabetic nephropathy). Laparoscopic PD catheter placed March 2017, exit site
L lower abdomen; started CCPD in April. T2DM on insulin glargine + aspart, injects her
thighs. HTN, hypothyroid. No warfarin.
Vitals: BP 138/76  P 74  Wt 71.0kg  BMI 27.2

Testing:
Prick (volar forearm): PPL neg, PenG 10,000 U/mL neg, hist 6 mm, saline 0.
Intradermal (R upper arm): PPL neg, PenG neg at 15 min.
Oral challenge: amoxicillin 250 mg, observed 60 min -> no reaction.

Assessment: low-risk remote history, negative testing and challenge.
Plan: penicillin allergy REMOVED from chart; letter to pt + PD unit. May use
cefazolin/vancomycin per ISPD as needed.
"""),
("2017-10-12", "Nephrology PD Clinic Note", """
PD CLINIC NOTE 10/12/2017

60F CCPD since 4/2017, doing well until now. Reports a very tender hard lump low on
her left belly starting in September; skin over it turned purple-gray. No fever,
effluent clear, no pain with drains.
Exam: BMI 27.0. PD exit site (LLQ) looks good -- no crusting or drainage. Along the
subcutaneous tunnel, just cephalad of the exit: violaceous indurated plaque 3x2.5cm,
livedoid border, very tender; not fluctuant, nothing expressible.
Cell count effluent 12 WBC. US tunnel: no fluid collection.

Labs: Ca 10.2 (corr), PO4 6.6, iPTH 455, albumin 3.0.

A/P: plaque L lower abdomen overlying PD catheter tunnel -- tunnel infection unlikely
(US neg, no drainage); concern for calciphylaxis.
- derm for biopsy this month
- hold calcium acetate, start lanthanum
- continue CCPD; insulin per PCP
"""),
("2017-11-02", "Dermatology Note", """
DERMATOLOGY  11/2/17

Follow-up of incisional bx (10/24/17) taken from the LLQ plaque.
Path: medial calcium in small subcut arterioles, fibrin thrombi,
extravascular calcification -> c/w calciphylaxis.

Pain 7/10 per pt; center has been ulcerated x 1 wk.
Exam: L lower abdomen over the course of the PD catheter, 3.5 x 3 cm plaque, 1 cm
central shallow ulcer w/ black base, stellate purpura at rim. Exit site itself ok.

Dx: calciphylaxis, L lower abdomen.
Plan: STS via PD unit protocol, wound RN, avoid trauma to area, surgical
consult re: relocating catheter if enlarges. Discussed prognosis.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
