"""probe179 corpus notes, E01-E07 (chiropractic, massage and modality clinics, and the physicians
around them; every person, place and sentence invented)."""

E01 = {"patient_id": "E01", "age": 63, "sex": "M", "notes": [
("2019-03-12", "Sports Medicine Procedure Note", """
HARROWGATE SPINE & SPORT - integrated chiro / sports med suite
SPORTS MEDICINE PROCEDURE NOTE                 DOS: 03/12/2019
Referred by: Pell Antrobus, DC (treating chiropractor)

Indication: 63 y/o M w/ chronic R lateral hip-thigh ache, ropy tender bands in the R TFL and
along the ITB. 6 wks of CMT and home stretching w/o lasting gain.
PMH: ESRD - HD TuThSa, AVF L upper arm. Type 2 DM, basal-bolus (glargine 30u HS, lispro per
scale); he injects his belly only. HTN, OSA on CPAP. No anticoagulant. NKDA.
VS: BP148/86  P78  O2sat97%  104.0kg  BMI 31.6

PROCEDURE: Trigger point injections, right lateral thigh
Risks/benefits reviewed, consent signed. Three points marked on the right lateral thigh, upper
and middle thirds. Chlorhexidine prep. 25 g 1.5 in needle, lidocaine 1% plain, 1 mL per point
(3 mL total), peppering technique; local twitch x2. Gauze pressure until dry.
EBL negligible. No complications, tolerated well.

Post: ~30% less pain on palpation at 10 min.
Ok to resume CMT after 48 hrs; no heat on the area tonight.
F/u 4 wks. Repeat TPI not before 6 wks.
"""),
("2019-04-16", "Chiropractic Progress Note", """
Harrowgate Spine & Sport -- Chiropractic SOAP   (P. Antrobus DC)

S: Back 5 wks post TPI w/ Dr Quaye. Hip ache is better, BUT now a "burning bruise" on
the outer R thigh which he spotted about 2 wks ago, in the same spot the needles
went. 7/10, worse at night, cant lie on that hip. Afebrile. Denies any fall or knock.

O: BP 152/90, P 80. R lateral thigh: roughly 6x4cm stellate purple patch w/ a darker
dusky middle, exquisitly tender to feather touch, skin around it woody/firm. Not warm,
no streaking. Lumbar: L4-5 restricted R lat flexion. SLR neg bilat. Gait WNL.

A: 1. Chronic R lateral hip pain - improved.
   2. New painful purpuric skin lesion, R lateral thigh, at the prior injection spots.
      Not mechanical; pt is on dialysis - needs medical eyes today.

P: No adjustment or soft tissue to the R thigh. Prone thoracic Diversified only.
Phoned Dr Quaye -> derm add-on slot requested. Pt to tell his HD charge nurse tmrw.
98940 only.
"""),
("2019-04-23", "Dermatology Consultation", """
DERMATOLOGY CONSULT - Fenwick Skin Associates
CC: painful R thigh plaque

HPI: 63M, HD-dependent ESRD and DM2 on insulin. Pt says the lesion on his R lateral thigh began
3 wks ago. Sports medicine gave trigger point injections into that exact area on 3/12/2019.
Seen as an add-on 4/17; a 4mm punch came from the active edge that day.

Path (FS19-2231): calcium encrusting arteriolar walls within the subcutis, concentric
intimal thickening, fibrin plugs; von Kossa +, lobular fat necrosis. Pathologist's
read: calciphylaxis.
HD labs 4/16: iPTH 812 pg/mL; PO4 7.1 mg/dL; corr Ca 9.4; alb 3.2

Exam: R lat thigh - retiform violaceous plaque, now 7x5cm, with black eschar
(1.5cm) centrally. Abdomen, L thigh, both calves clear.

IMPRESSION: calciphylaxis (biopsy-confirmed), R lateral thigh, arising at the TPI
needle sites.
- Sodium thiosulfate 25g IV, post-dialysis, each session (nephrology aware)
- Stop calcium carbonate, sevelamer instead; cinacalcet vs parathyroidectomy per renal
- No further needles into either thigh
- Wound clinic referral, gabapentin 100 mg after HD for pain
BMI 31.2 today.
"""),
]}

E02 = {"patient_id": "E02", "age": 58, "sex": "F", "notes": [
("2022-05-03", "Massage Therapy Session Note", """
WILLOWMERE THERAPEUTIC MASSAGE - session note
LMT: Corinne Abara, LMT    60 min, Swedish w/ focused work

Intake update (client report): kidneys failed 2020, does dialysis at home overnight
through a tube in her belly. Type 2 sugar - "a pill, no shots". Irregular heartbeat,
takes warfarin, bruises easily. 5'4", 174 lb; her PCP sheet says BMI 29.9 (overweight).

S: Here for neck and shoulder tension (desk job). Also has had R calf cramps at night all
winter; says she ices the inside of the R calf most nights, and has since early spring:
freezes water in paper cups and rubs it up and down the muscle till numb, 10-15 min.
O: Upper traps and levators ropy bilat, L > R. Looked at the calf at her request: skin of
both lower legs intact, no discoloration. Slight puffiness at the ankles.
A: Cervical/upper trapezius tension. R calf cramping per client.
P: Light to moderate pressure only (warfarin). Neck, shoulders, upper back; no calf work
today. Skipped abdomen (catheter). Suggested she ask her kidney doctor about the cramps
and her ice-cup habit. Rebook 2 wks.
"""),
("2022-09-06", "PD Clinic Progress Note", """
HOME DIALYSIS PROGRAM - PD CLINIC       Nephrology: T. Okafor-Reid, MD

58 y/o F, ESRD (diabetic kidney disease), CCPD since 2020 - 4 cycles of 2.0 L overnight,
icodextrin last fill. Came in early: R lower leg pain, very bad.

Interval: In mid-August she felt a hard, dusky, very sore area on the inner R calf; the
center has since gone black. Pain 9/10 and it wakes her. Afebrile. Remains on warfarin for AF.

Exam: BP 138/82, wt 79.0 kg (BMI 29.9). R medial calf: 5x3cm indurated violaceous
plaque, net-like border, 1cm eschar centrally. PD exit site clean and dry, tunnel
nontender. No other skin findings.
Labs: PTH 540; phosphorus 6.4; Ca 9.8; albumin 3.0. Kt/V (weekly) 1.9.

A/P:
1. Necrotic R calf lesion, highly suspicious for calciphylaxis (warfarin, high phos, F).
   Urgent derm for an incisional bx.
2. Warfarin -> apixaban? message to cardiology.
3. Calcium acetate off; sevelamer 1600 with each meal. Bump up PD clearance.
"""),
("2022-09-20", "Dermatology Progress Note", """
Dermatology - results and plan
Pt: 58F, PD-dependent ESRD, DM2 (linagliptin), AF.

Incisional biopsy R medial calf 9/13/22: medial calcium within little vessels of dermis
and fat, thrombosed lumens, septal panniculitis, fat necrosis.
Final dx: CALCIPHYLAXIS.

Today: plaque a bit larger (6 x 3.5 cm), eschar dry, no purulence. Pain 8/10 on
hydromorphone 1 mg prn. Cardiology agreed to stop warfarin, apixaban started 9/15.

Plan:
- STS 25g IV TIW via the infusion suite (she has no HD access, being on PD); renal
  to watch for metabolic acidosis
- Leave the eschar intact, dilute vinegar soaks, non-adherent dressing, no compression
- Palliative care consult for pain
- Re-check 3 wks. Photos uploaded to chart.
"""),
]}

E03 = {"patient_id": "E03", "age": 71, "sex": "M", "notes": [
("2020-05-05", "Chiropractic Re-Examination", """
BRACKENRIDGE FAMILY CHIROPRACTIC
Re-exam (visit #8)           Provider: Lionel Faircloth, DC

CC: pain on the left, back wrapping into the flank - "like a belt of pain on the left".
Hx: 71 yo M under our care since April 2020. Each visit (2x/wk): moist hot pack to the
left flank / QL region x 12 min (6 layers toweling), then side-posture Diversified L3-L5
and Cox flexion-distraction.
PMH: kidney failure on hemodialysis MWF (R forearm fistula), HTN, gout. Not diabetic.
Meds: amlodipine, sevelamer, calcitriol, allopurinol; no blood thinners.
Ht 5'10", wt 230 lb - obese, BMI 33.1.

Outcome measures: Oswestry 38% (intake 52%). VAS 4/10 (intake 7/10).
Exam: L QL hypertonic, TTP from 12th rib to iliac crest. Kemp's neg. SLR neg B.
Skin over the left flank mildly pink right after heat, blanches, no breaks.
Listings: L4 PLI, L5 PL, L SI.

Assessment: improving mechanical LBP.
Plan: same tx 2x/wk x 4 wks, then weekly. CPT 98940, 97010, 97140.
"""),
("2020-05-26", "Chiropractic Daily Note", """
Brackenridge Family Chiropractic - Daily SOAP        L. Faircloth DC

S: Back 3/10. Now worried about a "dark sore spot" on his left side that appeared on
5/19/20. Very painful, 8/10, stings when his shirt brushes it. Showed his HD nurse Monday.
O: Left flank, halfway between the 12th rib and iliac crest - squarely in the area we
have been heating - 4cm purple-black irregular patch, lacy violet rim, firm
beneath. Exquisitely tender. No blister, no weeping.
A: Skin lesion, not chiropractic. Burn vs vascular process; pt is a dialysis pt.
P: NO hot packs and no soft tissue to the left flank until cleared. Prone thoracic
and cervical adj only, bolster under chest. Called nephrology office - appt 5/28.
Photo w/ consent to chart.
"""),
("2020-06-09", "Nephrology Progress Note", """
NEPHROLOGY - HD rounds, Cedar Point Dialysis         Dr. Ansel Mbeki-Hart

71M, ESRD from hypertensive nephrosclerosis; HD Mon/Wed/Fri 3h45m, R RC AVF, EDW 101.5.
Derm punch 5/29: calciphylaxis (arteriolar medial calcification + thrombi).
Lesion began 5/19/20 on the left flank, exactly where his chiropractor applied moist hot
packs twice a week since April. Repeated heat to the skin is the probable local trigger.

Today: L flank 5x4cm eschar ringed by retiform purpura, pain 7/10.
Labs: phos 6.8 | PTH 690 | albumin 3.4 | Ca 9.6. spKt/V 1.3.
BMI 32.8 (wt today 104.1 kg post).

Plan:
- STS 25g IV, infused over the run's last 60 min, started 6/1
- Calcium-free dialysate bath, calcitriol off, cinacalcet 30mg on
- No heat applications anywhere; chiropractor informed by letter
- Wound care weekly
"""),
]}

E04 = {"patient_id": "E04", "age": 66, "sex": "F", "notes": [
("2023-11-07", "Chiropractic Follow-up SOAP", """
PINEWATER CHIROPRACTIC & DECOMPRESSION
Follow-up SOAP - visit 11                 Dr. Rhea Calloway, DC

S: LBP 3/10, was 6/10. Has been using the home inversion table we discussed since
October - 2 to 3 min at about 30 deg, once or twice daily. Her ankles are held in the
foam ankle clamps, which "feel snug". No dizziness or visual change reported.
PMH: ESRD on HD TTS (L BB fistula). Diabetic, type 2, on degludec injected in the
abdomen; HTN - controlled, obesity; BMI 38.0 on intake form. Aspirin 81. No warfarin.
O: BP 134/78 seated. Lumbar ROM flex 70 deg, ext 15 deg w/ end-range pain. Prone
instability test neg. Tender L5-S1 facets bilat.
Tx: lumbar flexion-distraction 3 x 5 reps, Activator L5/ sacrum, interferential to lumbar
paraspinals 10 min.
A: Lumbar facet syndrome, responding.
P: Continue inversion 2-3 min/day, no more than 30 deg given BP. 1x/wk x 4.
"""),
("2024-01-09", "Primary Care Office Visit", """
Orchard Street Primary Care - acute visit
CC: "painful sores, fronts of both ankles"

HPI: 66F - dialysis (in-center) for ESRD; diabetic on insulin. Painful dark sores over the
front of each ankle; onset New Year's Day. Uses a home inversion table; the foam ankle clamps press
exactly on these spots. Pain 8/10 R, 6/10 L, worse lying in bed. No fever, no trauma
otherwise.

Exam: T 98.1  BP 142/84  HR 88  Wt 99 kg
R anterior ankle 3x2cm, L anterior ankle 2.5x2cm purpuric plaques, each with a
dusky stellate center and a faint livid net around; very tender, cool. DP pulses faint
by doppler bilat.

A/P: Bilateral anterior ankle lesions at points of clamp pressure in a dialysis pt -
pressure injury vs calciphylaxis.
- Stop inversion table (told chiropractor)
- Urgent wound clinic, ABI/TBI ordered
- Acetaminophen; avoid NSAIDs
"""),
("2024-01-22", "Wound Clinic Consultation", """
WOUND & HYPERBARIC CENTER - new consult

66 yo F (HD) sent over for bilateral ankle wounds since 1/1/24.
Exam:
 R anterior ankle: 3.4x2.6cm, black adherent eschar center, retiform purpuric rim,
   indurated periwound, no drainage.
 L anterior ankle: 2.8x2.2cm, same appearance, smaller eschar.
Sensation intact. ABI noncompressible; TBI 0.52 R / 0.55 L.
Procedure: L ankle lesion edge biopsied with a 4mm punch after lidocaine 1%. Hemostasis w/
Monsel's. Specimen to path.
Assessment: retiform purpura with eschar, both ankles, at former clamp pressure points -
favor calciphylaxis; await path.
Plan: no debridement of the eschars for now; foam border dressings, offload ankles in bed
w/ heel/ankle protector boots; notify nephrology re STS.
"""),
("2024-02-05", "Nephrology Clinic Note", """
Nephrology clinic  - Dr. Yusuf Ardley-Quinn

L ankle biopsy (1/22/24): medial calcinosis of small arterioles, thrombosed lumens,
fat necrosis - calciphylaxis. Both ankle lesions sit exactly where the
inversion-table ankle clamps pressed since October; the chronic pressure very likely
set them off.

Renal: ESRD; dialyzes Tues/Thurs/Sat. DM2 - insulin degludec. BMI 37.4 today.
Labs: iPTH 1020, phos 7.4, calcium 9.9, alb 3.1.

Plan:
1. Sodium thiosulfate, 25g intravenously each HD session - first dose 2/6.
2. Sevelamer 2400 TID; stop calcium-based binder; cinacalcet titrate toward 60mg.
3. Surgery referral for parathyroidectomy evaluation.
4. Inversion table permanently stopped; pressure-relief boots at night.
"""),
]}

E05 = {"patient_id": "E05", "age": 52, "sex": "F", "notes": [
("2021-06-03", "Chiropractic Daily Note", """
SUMMIT LANE CHIROPRACTIC - daily note     Dr. Marcus Oyelaran, DC
Dx: R shoulder impingement; T4-T6 segmental dysfunction; cervicalgia

S: R shoulder ache 5/10 reaching overhead, sleeping on it hurts.
PMH: mechanical mitral valve 2014 on warfarin (INR per cardiology anticoag clinic),
hypothyroid, obesity - BMI 41.2. Normal kidneys per pt (creat 0.8 in March). No diabetes.

O: Painful arc between 70 and 120 deg. Hawkins-Kennedy +R, Neer +R. Drop arm neg. Cervical ROM
WNL. T4-T6 fixation.

Tx: Diversified T4-T6 prone, Activator C6 R. STM R supraspinatus / posterior cuff.
Kinesiology tape applied today to the right shoulder: Y-strip over the deltoid plus
I-strip across the AC region, 25% tension, skin cleaned w/ alcohol first.

P: Wear tape 3-5 d, remove slowly with baby oil. We will re-tape each week.
HEP: pendulums, scapular squeezes. 98940, 97140, 97112.
"""),
("2021-07-13", "Chiropractic Daily Note", """
SUMMIT LANE CHIROPRACTIC - daily note     Dr. M. Oyelaran

S: Pt pulled the last tape off early (Thurs) bc of pain. Has a very sore purple patch on
the R shoulder since the 4th of July, "like a bad bruise but it burns". 8/10.
O: R shoulder, lateral aspect, under where the Y-strip tails lay: 5 x 4 cm reticulated
violaceous plaque, grey-dusky center ~1 cm, indurated, TTP ++. No vesicles, no
rectangular margin - does not look like a tape allergy.
A: Painful skin lesion, cause unclear, warfarin-treated pt. Not for chiropractic tx.
P: Taping stopped. No STM to R shoulder. Cervical adj only. Called PCP - derm same week.
"""),
("2021-07-29", "Dermatology Consultation", """
DERMATOLOGY - Brightwater Dermatology          Ingrid Solvang-Pike, MD

52F w/ mechanical MVR on warfarin, obesity (BMI 41.2), hypothyroidism.
R shoulder plaque since 7/4/21; biopsied 7/20 (punch): tiny subcutaneous
vessels with calcified media, clot and fat necrosis -> calciphylaxis. Kidneys normal -
creatinine 0.8, eGFR over 90; calcium 9.1, phos 3.6, PTH 48, 25-OH D 31. So: non-uremic calciphylaxis.

The plaque lies in the footprint of the kinesiology tape put on the R shoulder by her
chiropractor each week starting 6/3/21. Repeated taping and stripping of the skin most
likely provoked it - a Koebner response.

Plan:
- Cardiology: mechanical valve, warfarin can't be stopped; vit K supplement discussed
- STS 25g IV 3x/wk via PICC x 8 wks
- No tape, adhesives or friction to the area; silicone foam dressing
- Pain clinic
"""),
]}

E06 = {"patient_id": "E06", "age": 77, "sex": "M", "notes": [
("2017-02-06", "Chiropractic Visit Note and Incident Report", """
RIVERBEND CHIROPRACTIC CLINIC - visit note / incident report
Date & time of incident: 02/06/2017 approx 10:40

Visit: 77 yo M, wk 3 of care for thoracolumbar stiffness. Thompson drop table adj
T10-L1 and L5, SOT blocking. Tolerated.

Incident: Stepping down from the drop table after adjusting, pt's foot missed the step
stool and he sat down hard on the tile, taking the fall on his L buttock. Did not lose
consciousness; head not struck. Stood with 2-person assist.
Exam after: L buttock - upper outer quadrant, 3 cm red-purple bruise already forming,
tender. Hip ROM full, painless. Walked out with his cane, steady.
PMH on file: ESRD on HD MWF, atrial fib on warfarin, DM (diet only), HTN. BMI 26.5.

Plan: Offered ice pack - declined, "too cold". Advised to show HD nurse the bruise
and call if pain increases. Incident form filed. Next appt 2/13.
"""),
("2017-03-01", "Hemodialysis Rounding Note", """
HD ROUNDING - Kestrel Valley Dialysis, chair 14

77M, ESRD (DKD vs HTN); dialysis 3x/wk, left forearm PTFE loop. AF - warfarin (INR 2.6 Monday).
Since 2/20 very painful area on L buttock, can't sit the full run - RN noted a dark area
during chair check today.
Exam: 6x5cm stellate violaceous purpura, L upper outer buttock, w/ 2 cm black center,
livedo at the margins, rock hard; exquisite pain to touch.
Labs: PTH 455; Ca 9.2 mg/dL; PO4 6.9 mg/dL; albumin 3.3 g/dL.
A: Calciphylaxis? warfarin-induced necrosis? Need tissue.
P: - Urgent wound clinic w/ biopsy
   - Hold calcium acetate, start lanthanum
   - Discuss warfarin with cardiology
   - Gel cushion for chair, turn in bed q2h
"""),
("2017-03-15", "Wound Clinic Note", """
Kestrel Valley Wound Clinic - f/u

Bx 3/3 (L buttock, incisional): calcification of subcutaneous arterioles, intimal
proliferation, thrombosis; no vasculitis. Calciphylaxis confirmed.
Pt unsure whether he hurt the area; says it "just turned up" around 2/20.

Exam: L buttock ulcer 6.5x5cm; 70% eschar (black), 30% slough; serous exudate
moderate, no odour. Periwound indurated, violaceous.
Dressing change hurts: 8/10.

Plan: - Leave stable eschar, enzymatic agent to slough edge only
      - Ca alginate + bordered foam, change q2d
      - STS 25g IV w/ HD per nephrology (begun 3/6)
      - Warfarin stopped by cardiology 3/8; now apixaban
      - Nutrition consult, protein supplement
Weight 80.4kg, BMI 26.1.
"""),
]}

E07 = {"patient_id": "E07", "age": 69, "sex": "F", "notes": [
("2017-06-06", "Massage Therapy Session Note", """
Lakeshore Massage Collective - client session note
Therapist: Dov Halvorsen, LMT      45 min Swedish, side-lying

Health intake update: diabetes, on insulin - hubby injects it into the posterior
upper arm, switching sides. Kidney failure, does the bag exchanges at home (PD). High BP. BMI 35.3 per her chart
copy. No blood thinners.

S: Wants neck and upper back work, stiff from gardening. Mentions a sore, purplish spot,
L upper arm, back side, since Memorial Day, "hurts like a burn".
O: Back of L upper arm, mid: about 3 cm firm violet patch with a netlike edge, very tender
to light touch. Left it alone. Upper traps and levator hypertonic bilat.
A: Local contraindication L arm.
P: Worked neck, traps, R arm, back - light pressure. Avoided the whole L upper arm and
the PD catheter area. Urged her to show her PD nurse this week.
"""),
("2017-06-14", "PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC - monthly visit

69F, ESRD 2/2 diabetic nephropathy, CAPD (four 2L exchanges daily) since 2015.
DM2: insulin glargine 18u daily since March 2016, her husband gives it posteriorly
in the upper arms, switching arms daily.
New: very painful lesion, L posterior upper arm, began on Memorial Day.
Exam: BP 150/88, wt 91.6 kg. L posterior upper arm 4x3cm retiform violaceous plaque,
small central eschar, marked tenderness. Exit site healthy.
Labs: iPTH 380, PO4 6.2, albumin 2.9, calcium 10.1 while taking calcium carbonate.
Impression: probable calciphylaxis.
Plan: biopsy via derm within the week. Swap calcium carbonate for sevelamer. Reduce calcitriol.
"""),
("2017-06-28", "Dermatology Note", """
DERMATOLOGY - Ferncliff Medical Group

Pt 69F on PD. Punch biopsy L posterior upper arm (6/16): small-vessel calcification,
thrombosis, necrosis of fat. Diagnosis: calciphylaxis.

Exam today: L posterior upper arm plaque 4.5x3.5cm, eschar 1.5cm, violaceous
net at rim. No lesions on R arm, abdomen, thighs.
Plan:
- Intraperitoneal/IV STS per nephrology; starting IV 3x/wk
- Husband to give insulin in the abdomen from now on, not in the arms
- Hydrocolloid-free dressing, gentle cleanse NS
- BMI 35.3, obese; dietitian for protein without phos load
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
